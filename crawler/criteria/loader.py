"""Find, load, resolve and validate the rule files.

A rule file may ``inherits: <year>`` (all items of that year, then this file's items
override fields by code, ``remove:`` drops codes) and an item may say ``like: "2566:O14"``
(start from that item of another year, then override).  Every field of a resolved item
remembers which file and line it came from, so a problem is reported where it was written.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from crawler.criteria.models import (
    ITEM_FIELDS,
    Indicator,
    ItemRule,
    RuleFileHeader,
    SubIndicator,
)
from crawler.criteria.yamlsrc import Path_, SourceFile, load_source
from crawler.errors import Problem, RuleFileError, RulesNotFound

RULES_ENV = "OIT_RULES_DIR"


def default_rules_dir() -> Path:
    """$OIT_RULES_DIR, else the copy inside the installed package, else the checkout's rules/."""
    if env := os.environ.get(RULES_ENV):
        return Path(env)
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "_rules", here.parent / "rules"):
        if candidate.is_dir():
            return candidate
    raise RulesNotFound(f"no rules directory found (set {RULES_ENV})")


Origin = tuple[SourceFile, Path_]


@dataclass(frozen=True)
class ResolvedItem:
    rule: ItemRule
    origins: dict[str, Origin]
    item_origin: Origin

    def line_of(self, field_name: str, *sub: str | int) -> tuple[Path, int]:
        source, path = self.origins.get(field_name, self.item_origin)
        return source.path, source.line_of((*path, *sub) if field_name in self.origins else path)


@dataclass
class RuleSet:
    """The resolved criteria of one assessment year."""

    year: int
    title: str
    status: str
    confidence: str
    source: str
    notes: list[str]
    indicators: list[Indicator]
    sub_indicators: list[SubIndicator]
    resolved: list[ResolvedItem]
    path: Path
    inherits: int | None = None
    _by_code: dict[str, ResolvedItem] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._by_code = {r.rule.code: r for r in self.resolved}

    @property
    def provisional(self) -> bool:
        return self.status == "provisional"

    @property
    def items(self) -> list[ItemRule]:
        return [r.rule for r in self.resolved]

    @property
    def max_code(self) -> int:
        return max((r.rule.number for r in self.resolved), default=0)

    def item(self, code: str) -> ItemRule:
        return self._by_code[normalize_code(code)].rule

    def sub_indicator(self, sub_id: str) -> SubIndicator:
        return next(s for s in self.sub_indicators if s.id == sub_id)


def normalize_code(code: str) -> str:
    """'o01' / 'O-1' / '1' -> 'O1'."""
    digits = "".join(ch for ch in code if ch.isdigit())
    return f"O{int(digits)}" if digits else code.upper()


@dataclass
class _RawItem:
    fields: dict[str, Any]
    origins: dict[str, Origin]
    item_origin: Origin


class RuleCatalog:
    """All rule files of one directory, loaded lazily and cached."""

    def __init__(self, directory: Path | None = None):
        self.directory = directory or default_rules_dir()
        self._sources: dict[int, SourceFile] = {}
        self._headers: dict[int, tuple[SourceFile, RuleFileHeader]] = {}
        self._raw: dict[int, tuple[RuleFileHeader, dict[str, _RawItem]]] = {}
        self._sets: dict[int, RuleSet] = {}
        self._broken: dict[int, RuleFileError] = {}

    def files(self) -> dict[int, Path]:
        found: dict[int, Path] = {}
        for path in sorted(self.directory.glob("*.yaml")):
            if path.stem.isdigit():
                found[int(path.stem)] = path
        return found

    def years(self) -> list[int]:
        return sorted(self.files())

    def load(self, year: int) -> RuleSet:
        if year not in self._sets:
            self._sets[year] = self._build(year)
        return self._sets[year]

    def load_all(self) -> tuple[dict[int, RuleSet], list[Problem]]:
        sets: dict[int, RuleSet] = {}
        problems: list[Problem] = []
        for year in self.years():
            try:
                sets[year] = self.load(year)
            except RuleFileError as exc:
                problems.extend(p for p in exc.problems if p not in problems)
        return sets, problems

    # -- loading -----------------------------------------------------------------------

    def _source(self, year: int) -> SourceFile:
        if year not in self._sources:
            path = self.files().get(year)
            if path is None:
                raise KeyError(year)
            self._sources[year] = load_source(path)
        return self._sources[year]

    def _header(self, year: int) -> tuple[SourceFile, RuleFileHeader]:
        if year not in self._headers:
            self._headers[year] = self._validate_header(year)
        return self._headers[year]

    def _validate_header(self, year: int) -> tuple[SourceFile, RuleFileHeader]:
        source = self._source(year)
        if not isinstance(source.data, dict):
            raise RuleFileError([source.problem((), "a rule file must be a mapping")])
        try:
            header = RuleFileHeader.model_validate(source.data)
        except ValidationError as exc:
            raise RuleFileError([source.problem(err["loc"], _describe(err)) for err in exc.errors()]) from exc
        if header.year != year:
            raise RuleFileError([source.problem(("year",), f"year {header.year} does not match file name {year}")])
        return source, header

    def _raw_items(self, year: int, stack: tuple[int, ...] = ()) -> tuple[RuleFileHeader, dict[str, _RawItem]]:
        if year in self._raw:
            return self._raw[year]
        if year in self._broken:
            raise self._broken[year]
        try:
            self._raw[year] = self._resolve_raw(year, stack)
        except RuleFileError as exc:
            if year not in stack:  # a cycle is reported once, by the file that closes it
                self._broken[year] = exc
            raise
        return self._raw[year]

    def _resolve_raw(self, year: int, stack: tuple[int, ...]) -> tuple[RuleFileHeader, dict[str, _RawItem]]:
        source, header = self._header(year)
        if year in stack:
            cycle = stack[stack.index(year) :]
            chain = " -> ".join(str(y) for y in (*cycle, year))
            raise RuleFileError([source.problem(("inherits",), f"inheritance cycle: {chain}")])
        problems: list[Problem] = []
        items: dict[str, _RawItem] = {}
        if header.inherits is not None:
            if header.inherits not in self.files():
                raise RuleFileError(
                    [source.problem(("inherits",), f"inherits {header.inherits}, which has no rule file")]
                )
            _, parent_items = self._raw_items(header.inherits, (*stack, year))
            items = {code: _RawItem(dict(r.fields), dict(r.origins), r.item_origin) for code, r in parent_items.items()}
        own_fields: dict[str, set[str]] = {}
        broken_refs: set[str] = set()
        written: dict[str, Path_] = {}
        for index, code in enumerate(header.remove):
            if normalize_code(code) not in items:
                problems.append(source.problem(("remove", index), f"remove: {code} is not an inherited item"))
            items.pop(normalize_code(code), None)
        for index, entry in enumerate(header.items):
            path: Path_ = ("items", index)
            if not isinstance(entry, dict):
                problems.append(source.problem(path, "an item must be a mapping"))
                continue
            unknown = set(entry) - ITEM_FIELDS - {"like"}
            for key in sorted(unknown):
                problems.append(source.problem((*path, key), f"unknown field {key!r}"))
            code = normalize_code(str(entry.get("code", "")))
            if not entry.get("code"):
                problems.append(source.problem(path, "item has no code"))
                continue
            if code in written:  # the later copy would silently replace the first
                first = source.line_of(written[code])
                problems.append(source.problem((*path, "code"), f"{code} is written twice (first on line {first})"))
                continue
            written[code] = path
            base = items.get(code)
            if "like" in entry:
                try:
                    base = self._like(str(entry["like"]), (*stack, year))
                except (KeyError, ValueError) as exc:
                    problems.append(source.problem((*path, "like"), f"like: {exc.args[0]}"))
                    continue
                except RuleFileError:
                    # The referenced file's own problems are reported with that file; say it
                    # here once per referenced year rather than once per reference.
                    broken_year = str(entry["like"]).partition(":")[0]
                    if broken_year not in broken_refs:
                        broken_refs.add(broken_year)
                        message = f"like: {entry['like']} is in a broken rule file ({broken_year}.yaml)"
                        problems.append(source.problem((*path, "like"), message))
                    continue
            if base is None:
                base = _RawItem({}, {}, (source, path))
            merged = _RawItem(dict(base.fields), dict(base.origins), (source, path))
            for key, value in entry.items():
                if key == "like" or key in unknown:
                    continue
                merged.fields[key] = value
                merged.origins[key] = (source, (*path, key))
            merged.fields["code"] = code
            items[code] = merged
            own_fields[code] = set(entry)
        for code, raw in items.items():
            for key, value in header.defaults.items():
                if key not in own_fields.get(code, ()):
                    raw.fields[key] = value
                    raw.origins[key] = (source, ("defaults", key))
        if problems:
            raise RuleFileError(problems)
        return header, items

    def _like(self, reference: str, stack: tuple[int, ...]) -> _RawItem:
        year_text, _, code = reference.partition(":")
        if not year_text.isdigit() or not code:
            raise ValueError(f"{reference!r} is not of the form '2566:O14'")
        year = int(year_text)
        if year not in self.files():
            raise KeyError(f"no rule file for {year}")
        _, items = self._raw_items(year, stack)
        if normalize_code(code) not in items:
            raise KeyError(f"{year} has no item {code}")
        return items[normalize_code(code)]

    def _inherited_header(self, year: int, name: str) -> list[Any] | None:
        _, header = self._header(year)
        value = getattr(header, name)
        if value is None and header.inherits is not None:
            return self._inherited_header(header.inherits, name)
        return value

    def _build(self, year: int) -> RuleSet:
        header, raw_items = self._raw_items(year)
        source, _ = self._header(year)
        problems: list[Problem] = []
        indicators = self._inherited_header(year, "indicators")
        subs = self._inherited_header(year, "sub_indicators")
        if not indicators or not subs:
            raise RuleFileError([source.problem((), "indicators and sub_indicators are required")])
        resolved: list[ResolvedItem] = []
        for code, raw in raw_items.items():
            try:
                rule = ItemRule.model_validate(raw.fields)
            except ValidationError as exc:
                for err in exc.errors():
                    name = str(err["loc"][0]) if err["loc"] else ""
                    src, path = raw.origins.get(name, raw.item_origin)
                    where = (*path, *err["loc"][1:]) if name in raw.origins else path
                    problems.append(src.problem(where, f"{code}: {_describe(err)}"))
                continue
            resolved.append(ResolvedItem(rule, raw.origins, raw.item_origin))
        resolved.sort(key=lambda r: r.rule.number)
        if problems:  # the whole-year checks below would only repeat these
            raise RuleFileError(problems)
        problems.extend(_semantic_problems(source, indicators, subs, resolved))
        if problems:
            raise RuleFileError(problems)
        return RuleSet(
            year=year,
            title=header.title,
            status=header.status,
            confidence=header.confidence,
            source=header.source,
            notes=header.notes,
            indicators=indicators,
            sub_indicators=subs,
            resolved=resolved,
            path=source.path,
            inherits=header.inherits,
        )


def _describe(err: ErrorDetails) -> str:
    loc = ".".join(str(part) for part in err["loc"])
    return f"{loc}: {err['msg']}" if loc else err["msg"]


def _semantic_problems(
    source: SourceFile,
    indicators: list[Indicator],
    subs: list[SubIndicator],
    resolved: list[ResolvedItem],
) -> list[Problem]:
    problems: list[Problem] = []
    indicator_ids = {i.id for i in indicators}
    sub_ids = {s.id for s in subs}
    for sub in subs:
        if sub.indicator not in indicator_ids:
            problems.append(
                source.problem(("sub_indicators",), f"sub-indicator {sub.id} has no indicator {sub.indicator}")
            )
    numbers = [r.rule.number for r in resolved]
    highest = max(numbers, default=0)
    missing = sorted(set(range(1, highest + 1)) - set(numbers))
    if missing:
        problems.append(
            source.problem(
                ("items",),
                f"item codes must run O1..O{highest} without gaps; missing {[f'O{n}' for n in missing]}",
            )
        )
    concepts: dict[str, str] = {}
    for r in resolved:
        file, line = r.line_of("sub")
        if r.rule.sub not in sub_ids:
            problems.append(Problem(file, line, f"{r.rule.code}: unknown sub-indicator {r.rule.sub}"))
        if r.rule.concept in concepts:
            file, line = r.line_of("concept")
            problems.append(
                Problem(
                    file,
                    line,
                    f"{r.rule.code}: concept {r.rule.concept!r} already used by {concepts[r.rule.concept]}",
                )
            )
        concepts[r.rule.concept] = r.rule.code
        if not r.rule.tests.match:
            file, line = r.line_of("tests")
            problems.append(Problem(file, line, f"{r.rule.code}: needs at least one tests.match example"))
    for sub in subs:
        if not any(r.rule.sub == sub.id for r in resolved):
            problems.append(source.problem(("sub_indicators",), f"sub-indicator {sub.id} has no items"))
    return problems
