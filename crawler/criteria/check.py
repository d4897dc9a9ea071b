"""``oit rules check``: validate every rule file and run every item's test cases.

For each item of each year:

* every ``tests.match`` title must match the item, and no other item of the same year may
  claim it with a higher score (otherwise the scanner would file that evidence under the
  wrong item);
* every ``tests.no_match`` title must not match the item;
* every ``tests.assess`` case (a link's words and the document's text) must get its expected
  status, lacking exactly the elements it names.

Each case has an id ("2567-O12-no_match-2") that the test suite uses as its test id.

Problems carry the file and line where the failing case is written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path

from crawler.assess.site import assess_crawl
from crawler.criteria.loader import RuleCatalog, RuleSet
from crawler.criteria.models import AssessCase, ItemRule
from crawler.errors import Problem
from crawler.match.title import match_title
from crawler.model.document import DocumentText
from crawler.model.outcome import Outcome
from crawler.model.records import DocumentRecord, Link, PageRecord, PathStep
from crawler.model.results import CrawlSummary
from crawler.model.url import Url
from crawler.thai.codes import find_item_codes
from crawler.thai.fiscal import Freshness, be_to_ce


@dataclass
class CheckReport:
    files: int = 0
    years: list[int] = field(default_factory=list)
    items: int = 0
    cases: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class RuleCase:
    """One test case of a rule file, with an id that names it ("2567-O12-no_match-2")."""

    id: str
    file: Path
    line: int
    check: Callable[[], str | None]  # the failure message, or None when the case holds

    def run(self) -> Problem | None:
        message = self.check()
        return Problem(self.file, self.line, f"{self.id}: {message}") if message else None


def iter_cases(ruleset: RuleSet) -> Iterator[RuleCase]:
    """Every test case of one year, in file order."""
    for resolved in ruleset.resolved:
        item = resolved.rule
        prefix = f"{ruleset.year}-{item.code}"
        for index, title in enumerate(item.tests.match):
            file, line = resolved.line_of("tests", "match", index)
            yield RuleCase(f"{prefix}-match-{index}", file, line, partial(_should_match, ruleset, item, title))
        for index, title in enumerate(item.tests.no_match):
            file, line = resolved.line_of("tests", "no_match", index)
            yield RuleCase(f"{prefix}-no_match-{index}", file, line, partial(_should_not_match, item, title))
        for index, case in enumerate(item.tests.assess):
            file, line = resolved.line_of("tests", "assess", index)
            yield RuleCase(f"{prefix}-assess-{index}", file, line, partial(_should_assess, ruleset, item, case))


def run_cases(ruleset: RuleSet) -> tuple[int, list[Problem]]:
    """Run the test cases of one year; return (number of cases, problems)."""
    cases = list(iter_cases(ruleset))
    return len(cases), [problem for case in cases if (problem := case.run()) is not None]


def _should_match(ruleset: RuleSet, item: ItemRule, title: str) -> str | None:
    result = match_title(item, title)
    if not result.ok:
        return f"should match {title!r} but {result.reason}"
    codes = {n for m in find_item_codes(title, max_code=ruleset.max_code) for n in range(m.first, m.last + 1)}
    if codes == {item.number}:
        return None  # a row whose code and title both name the item is the item (match_items)
    rivals = [
        m
        for m in (match_title(other, title) for other in ruleset.items if other.code != item.code)
        if m.ok and m.score >= result.score
    ]
    if rivals:
        rival = max(rivals, key=lambda m: m.score)
        return (
            f"{title!r} matches {rival.code} as well or better "
            f"({rival.score:g} >= {result.score:g}); add a gate to {rival.code}"
        )
    return None


def _should_not_match(item: ItemRule, title: str) -> str | None:
    result = match_title(item, title)
    return f"should not match {title!r} but {result.reason}" if result.ok else None


_FY = re.compile(r"\{(fy|period)([+-]\d)?\}")
CASE_SITE = "http://case.oit.test/"


def case_text(text: str, year: int, freshness: Freshness | None = None) -> str:
    """``text`` with {fy}, {fy-1}, {fy+1} … replaced by fiscal years (B.E.) around ``year``, and
    {period}, {period-1} … around the year the item's freshness asks for (the year before for a
    report of the previous year): a case written for a current-year item then holds in a later
    year that inherits the item as a report of the year before."""
    before = 1 if freshness is Freshness.PREVIOUS_FY else 0

    def year_of(found: re.Match[str]) -> str:
        shift = int(found.group(2) or 0) - (before if found.group(1) == "period" else 0)
        return str(year + shift)

    return _FY.sub(year_of, text)


def _should_assess(ruleset: RuleSet, item: ItemRule, case: AssessCase) -> str | None:
    """The case's document, linked under its title from the ITA page of a one-page site, must
    get the expected status and lack exactly the expected elements."""
    unknown = sorted(set(case.missing) - {element.id for element in item.elements})
    if unknown:
        return f"missing names no element of {item.code}: {', '.join(unknown)}"
    title, text = (case_text(words, ruleset.year, item.freshness) for words in (case.title, case.text))
    ita = Url(f"{CASE_SITE}ita/")
    document = Url(f"{CASE_SITE}files/case.pdf")
    home = [PathStep("หน้าแรก", CASE_SITE)]
    page = PageRecord(
        url=ita,
        final_url=ita,
        outcome=Outcome.OK,
        status=200,
        depth=1,
        via="link",
        path=home,
        title=f"ITA {ruleset.year}",
        headings=[f"การเปิดเผยข้อมูลสาธารณะ ITA {ruleset.year}"],
        links=[Link(document, title, row=title)],
    )
    record = DocumentRecord(
        url=document,
        final_url=document,
        outcome=Outcome.OK,
        status=200,
        depth=2,
        via="link",
        path=[*home, PathStep(f"ITA {ruleset.year}", ita)],
        link_text=title,
        found_on=ita,
        file_name="case.pdf",
        doc_type="pdf",
        text=DocumentText(text, "text_layer"),
    )
    summary = CrawlSummary(CASE_SITE, CASE_SITE, True, ["case.oit.test"], "case")
    # The end of the fiscal year: everything the year asks for is due.
    as_of = date(be_to_ce(ruleset.year), 9, 30)
    result = assess_crawl(ruleset, summary, [page], [record], [], as_of=as_of)
    got = next(found for found in result.items if found.code == item.code)
    labels = {element.label: element.id for element in item.elements}
    missing = sorted(labels[label] for label in got.missing_elements if label in labels)
    if got.status.value != case.expect or (case.expect == "incomplete" and missing != sorted(case.missing)):
        lacking = f", lacking {', '.join(missing)}" if missing else ""
        return f"expected {case.expect}{_lacking(case.missing)} but got {got.status.value}{lacking}: {got.reason}"
    return None


def _lacking(ids: list[str]) -> str:
    return f", lacking {', '.join(sorted(ids))}" if ids else ""


def check_rules(directory: Path | None = None) -> CheckReport:
    catalog = RuleCatalog(directory)
    report = CheckReport()
    sets, report.problems = catalog.load_all()
    report.files = len(catalog.years())
    if not catalog.years():
        report.problems.append(Problem(catalog.directory, 0, "no rule files (<year>.yaml) found"))
    for year, ruleset in sorted(sets.items()):
        report.years.append(year)
        report.items += len(ruleset.items)
        cases, problems = run_cases(ruleset)
        report.cases += cases
        report.problems.extend(problems)
    return report
