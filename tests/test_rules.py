"""The shipped rule files: content checked against the seed reports, loader errors with file:line."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from crawler.criteria.check import check_rules, iter_cases, run_cases
from crawler.criteria.loader import RuleCatalog
from crawler.errors import RuleFileError
from crawler.match.title import match_title, rank_items
from crawler.thai.codes import find_item_codes
from crawler.thai.fiscal import freshness_window

from .conftest import ROOT

YEARS = [2564, 2565, 2566, 2567, 2568, 2569]


def test_years_and_provisional_flags(catalog: RuleCatalog) -> None:
    assert catalog.years() == YEARS
    provisional = {year: catalog.load(year).provisional for year in YEARS}
    assert provisional == {2564: False, 2565: False, 2566: False, 2567: False, 2568: True, 2569: True}
    assert [len(catalog.load(year).items) for year in YEARS] == [43, 43, 43, 43, 28, 26]
    for year in (2568, 2569):
        assert all(item.status == "provisional" for item in catalog.load(year).items)
        assert any("rovisional" in note for note in catalog.load(year).notes)


def _seed003_rows(fixtures_dir: Path) -> list[tuple[str, str, str]]:
    rows = []
    for line in (fixtures_dir / "seed003_oit2566_table.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        code_text, title, elements = line.split("\t")
        (mention,) = find_item_codes(code_text, max_code=43, ita_context=True)
        rows.append((mention.code, title, elements))
    return rows


def test_2566_matches_the_seed_003_table(catalog: RuleCatalog, fixtures_dir: Path) -> None:
    ruleset = catalog.load(2566)
    rows = _seed003_rows(fixtures_dir)
    assert [code for code, _, _ in rows] == [f"O{n}" for n in range(1, 44)]
    for code, seed_title, _ in rows:
        item = ruleset.item(code)
        assert match_title(item, seed_title).ok, (code, seed_title)
        assert rank_items(ruleset.items, seed_title)[0].code == code, (code, seed_title)
    assert ruleset.item("O10").title == "นโยบายคุ้มครองข้อมูลส่วนบุคคล"
    assert "No Gift Policy" in ruleset.item("O31").title
    assert ruleset.item("O31").concept == "no_gift_declaration"


def test_2566_freshness_follows_the_seed_wording(catalog: RuleCatalog, fixtures_dir: Path) -> None:
    ruleset = catalog.load(2566)
    expected = {
        "ครอบคลุมปี": "covers_current_fy",
        "๖ เดือนแรก": "first_half_fy",
        "เป็นรายงานผลของปี": "previous_fy",
    }
    for code, _, elements in _seed003_rows(fixtures_dir):
        for phrase, freshness in expected.items():
            if phrase in elements:
                assert ruleset.item(code).freshness == freshness, (code, phrase)


def test_2564_list_follows_seed_000(catalog: RuleCatalog, fixtures_dir: Path) -> None:
    ruleset = catalog.load(2564)
    assert ruleset.item("O10").concept == "annual_plan"
    assert ruleset.item("O10").title == "แผนดำเนินงานประจำปี"
    lines = (fixtures_dir / "seed000_ita2564_list.txt").read_text(encoding="utf-8").splitlines()
    checked = 0
    for line in lines:
        mentions = find_item_codes(line, max_code=ruleset.max_code)
        if len(mentions) != 1 or mentions[0].first != mentions[0].last:
            continue  # ranges name a group of items, not one title
        title = line[line.index(" ", 4) :].strip()
        title = re.sub(r"^[๐-๙0-9 ]+", "", title)
        assert rank_items(ruleset.items, title)[0].code == mentions[0].code, line
        checked += 1
    assert checked == 19  # the 26 headings less the 7 that name a range


def test_inherited_years_move_the_windows_on(catalog: RuleCatalog) -> None:
    for child, parent in ((2567, 2566), (2565, 2564)):
        a, b = catalog.load(child), catalog.load(parent)
        assert [(i.code, i.title, i.concept, i.freshness) for i in a.items] == [
            (i.code, i.title, i.concept, i.freshness) for i in b.items
        ]
        item = a.item("O13" if child == 2567 else "O12")
        window = freshness_window(item.freshness, child)
        assert window.start is not None and window.start.year == child - 543 - 2  # FY N-1 starts Oct of N-2
    assert catalog.load(2567).item("O2").elements[1].id == "deputies"  # a 2567 override
    assert catalog.load(2567).item("O1").confidence == "medium"  # `defaults:` restamps inherited items


CASES = [case for year in YEARS for case in iter_cases(RuleCatalog(ROOT / "rules").load(year))]


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_rule_case(case) -> None:
    """One test per case of the rule files (as sqlfluff does): match, no_match and assess."""
    problem = case.run()
    assert problem is None, str(problem)


@pytest.mark.parametrize("year", YEARS)
def test_every_item_has_cases(catalog: RuleCatalog, year: int) -> None:
    cases, _ = run_cases(catalog.load(year))
    assert cases >= 5 * len(catalog.load(year).items) - 30


def test_assess_cases_exist_for_the_years_people_use() -> None:
    kinds = {case.id.split("-")[2] for case in CASES if case.id.startswith(("2566-", "2567-"))}
    assert "assess" in kinds


def test_shipped_rules_check_clean() -> None:
    report = check_rules(ROOT / "rules")
    assert report.ok, "\n".join(map(str, report.problems))
    assert report.years == YEARS
    assert report.cases > 1000


# -- broken copies -----------------------------------------------------------------------


@pytest.fixture()
def rules_copy(tmp_path: Path) -> Path:
    target = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", target)
    return target


def _line_of(path: Path, needle: str, after: str | None = None) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    start = 0
    if after is not None:
        start = next(i for i, line in enumerate(lines) if after in line)
    return next(i for i in range(start, len(lines)) if needle in lines[i]) + 1


def _edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def _problems(rules: Path) -> list[str]:
    report = check_rules(rules)
    assert not report.ok
    return [str(p) for p in report.problems]


def test_bad_enum_value_reports_file_and_line(rules_copy: Path) -> None:
    path = rules_copy / "2566.yaml"
    line = _line_of(path, "freshness: current_fy", after="code: O7")
    _edit(path, '    freshness: current_fy\n    must: ["ข่าว', '    freshness: this_year\n    must: ["ข่าว')
    problems = _problems(rules_copy)
    assert any(p.startswith(f"{path}:{line}: O7: freshness:") for p in problems), problems


def test_yaml_syntax_error_reports_line(rules_copy: Path) -> None:
    path = rules_copy / "2569.yaml"
    _edit(path, '  - {code: O4, like: "2568:O4"}', '  - {code: O4, like: "2568:O4"')
    line = _line_of(path, "code: O4")
    problems = _problems(rules_copy)
    assert any(p.startswith(f"{path}:") and "invalid YAML" in p for p in problems), problems
    reported = int(next(p for p in problems if "invalid YAML" in p).split(":")[1])
    assert line <= reported <= line + 2


def test_unknown_and_duplicate_fields(rules_copy: Path) -> None:
    path = rules_copy / "2566.yaml"
    _edit(
        path,
        '    kind: page\n    freshness: timeless\n    must: ["ผู้บริหาร',
        '    kind: page\n    freshnes: timeless\n    must: ["ผู้บริหาร',
    )
    line = _line_of(path, "freshnes: timeless")
    problems = _problems(rules_copy)
    assert f"{path}:{line}: unknown field 'freshnes'" in problems
    path.write_text(path.read_text(encoding="utf-8").replace("freshnes: timeless", "title: again"), encoding="utf-8")
    problems = _problems(rules_copy)
    assert any("duplicate key 'title'" in p and p.startswith(f"{path}:{line}:") for p in problems), problems


def test_failing_test_case_points_at_the_case(rules_copy: Path) -> None:
    path = rules_copy / "2566.yaml"
    _edit(path, 'no_match: ["โครงสร้างพื้นฐานของตำบล"', 'no_match: ["โครงสร้างองค์กร อบต."')
    line = _line_of(path, 'no_match: ["โครงสร้างองค์กร อบต."')
    problems = _problems(rules_copy)
    assert any(p.startswith(f"{path}:{line}: 2566-O1-no_match-0: should not match") for p in problems), problems
    # 2564 reuses 2566's O1 with `like:`, so its copy of the case fails too, reported where it is written.
    copied = [p for p in problems if "2564-O1-no_match-0: should not match" in p]
    assert any(p.startswith(f"{path}:{line}:") for p in copied), problems


def test_cross_item_confusion_is_caught(rules_copy: Path) -> None:
    # Without its gate (and the near-miss that guards it), O23 (HR policy) claims the example of
    # O24 (the report on that policy) as strongly as O24 does: the scanner could not tell them apart.
    path = rules_copy / "2566.yaml"
    _edit(path, '"การดำเนินการตาม|รายงาน|ความก้าวหน้า", "หลักเกณฑ์"', '"หลักเกณฑ์"')
    _edit(path, 'no_match: ["การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล", ', "no_match: [")
    problems = _problems(rules_copy)
    assert any("2566-O24-match-" in p and "matches O23 as well or better" in p for p in problems), problems


def test_missing_parent_year(rules_copy: Path) -> None:
    _edit(rules_copy / "2567.yaml", "inherits: 2566", "inherits: 2570")
    problems = "\n".join(_problems(rules_copy))
    assert "2567.yaml:11: inherits 2570, which has no rule file" in problems
    # 2568 reuses 2567 items; it says so instead of repeating 2567's problem
    assert re.search(r"2568\.yaml:\d+: like: 2567:O2 is in a broken rule file", problems)


def test_missing_like_target(rules_copy: Path) -> None:
    _edit(rules_copy / "2569.yaml", 'like: "2568:O4"', 'like: "2568:O99"')
    line = _line_of(rules_copy / "2569.yaml", 'like: "2568:O99"')
    assert f"{rules_copy / '2569.yaml'}:{line}: like: 2568 has no item O99" in _problems(rules_copy)


def test_gap_in_codes(rules_copy: Path) -> None:
    _edit(rules_copy / "2568.yaml", '  - {code: O4, like: "2566:O7"}\n', "")
    problems = "\n".join(_problems(rules_copy))
    assert re.search(r"2568\.yaml:\d+: item codes must run O1\.\.O28 without gaps; missing \['O4'\]", problems)


def test_an_item_written_twice_is_an_error_not_a_silent_override(rules_copy: Path) -> None:
    """Field report (issue 12, item 9): a duplicated O2 block passed and the later copy won."""
    path = rules_copy / "2566.yaml"
    text = path.read_text(encoding="utf-8")
    block = text[text.index("  - code: O2\n") : text.index("  - code: O3\n")]
    path.write_text(text.replace(block, block + block.replace('title: "', 'title: "ซ้ำ ', 1)), encoding="utf-8")
    first = _line_of(path, "  - code: O2")
    problems = "\n".join(_problems(rules_copy))
    assert re.search(rf"2566\.yaml:\d+: O2 is written twice \(first on line {first}\)", problems), problems


def test_bad_regular_expression(rules_copy: Path) -> None:
    _edit(rules_copy / "2564.yaml", '"re:6เดือน|หกเดือน|ไตรมาส|ครึ่งปี"', '"re:6เดือน|(ไตรมาส"')
    line = _line_of(rules_copy / "2564.yaml", '"re:6เดือน|(ไตรมาส"')
    problems = _problems(rules_copy)
    assert any(
        p.startswith(f"{rules_copy / '2564.yaml'}:{line}: O19: must: Value error, bad regular") for p in problems
    )


def test_inheritance_cycle(rules_copy: Path) -> None:
    _edit(rules_copy / "2566.yaml", "schema_version: 1\n", "schema_version: 1\ninherits: 2567\n")
    problems = "\n".join(_problems(rules_copy))
    assert "2566.yaml:9: inheritance cycle: 2566 -> 2567 -> 2566" in problems
    # dependants say once per broken year that they cannot be resolved, not once per item
    assert problems.count("2564.yaml") == 1


def test_loading_a_broken_year_raises_with_all_problems(rules_copy: Path) -> None:
    _edit(rules_copy / "2566.yaml", "kind: any\n    freshness: timeless", "kind: website\n    freshness: sometimes")
    with pytest.raises(RuleFileError) as caught:
        RuleCatalog(rules_copy).load(2566)
    assert len(caught.value.problems) == 2
    assert all(str(p).startswith(str(rules_copy / "2566.yaml") + ":") for p in caught.value.problems)
