"""``oit rules check``: validate every rule file and run every item's test cases.

For each item of each year:

* every ``tests.match`` title must match the item, and no other item of the same year may
  claim it with a higher score (otherwise the scanner would file that evidence under the
  wrong item);
* every ``tests.no_match`` title must not match the item.

Problems carry the file and line where the failing case is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from crawler.criteria.loader import RuleCatalog, RuleSet
from crawler.errors import Problem
from crawler.match.title import match_title


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


def run_cases(ruleset: RuleSet) -> tuple[int, list[Problem]]:
    """Run the test cases of one year; return (number of cases, problems)."""
    problems: list[Problem] = []
    cases = 0
    items = ruleset.items
    for resolved in ruleset.resolved:
        item = resolved.rule
        for index, title in enumerate(item.tests.match):
            cases += 1
            file, line = resolved.line_of("tests", "match", index)
            result = match_title(item, title)
            if not result.ok:
                problems.append(
                    Problem(
                        file,
                        line,
                        f"{ruleset.year} {item.code}: should match {title!r} but {result.reason}",
                    )
                )
                continue
            rivals = [
                m
                for m in (match_title(other, title) for other in items if other.code != item.code)
                if m.ok and m.score >= result.score
            ]
            if rivals:
                rival = max(rivals, key=lambda m: m.score)
                problems.append(
                    Problem(
                        file,
                        line,
                        f"{ruleset.year} {item.code}: {title!r} matches {rival.code} as well or better "
                        f"({rival.score:g} >= {result.score:g}); add a gate to {rival.code}",
                    )
                )
        for index, title in enumerate(item.tests.no_match):
            cases += 1
            result = match_title(item, title)
            if result.ok:
                file, line = resolved.line_of("tests", "no_match", index)
                problems.append(
                    Problem(
                        file,
                        line,
                        f"{ruleset.year} {item.code}: should not match {title!r} but {result.reason}",
                    )
                )
    return cases, problems


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
