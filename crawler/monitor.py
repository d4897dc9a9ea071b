"""Compare scans and report what changed: for ``oit diff`` and the nightly ``oit monitor``.

A regression is an item that passed before and now fails for a reason the site is
responsible for (missing, broken, stale, incomplete).  An item that passed and now cannot be
checked (``review``: the site was slow, rate-limited or unreachable this time) is reported as
``unchecked`` — never as a regression, so a flaky night does not page anyone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal
from xml.etree import ElementTree

from crawler.model.status import FAILING

ChangeKind = Literal["regressed", "improved", "unchecked", "evidence_changed", "changed"]


@dataclass(frozen=True)
class ItemChange:
    code: str
    title: str
    kind: ChangeKind
    before: str | None
    after: str
    url_before: str | None
    url_after: str | None
    reason: str


def items_of(report: dict[str, Any] | None) -> dict[str, dict[str, Any]]:
    return {item["code"]: item for item in (report or {}).get("items", [])}


def diff_reports(previous: dict[str, Any] | None, current: dict[str, Any]) -> list[ItemChange]:
    """Changes from ``previous`` to ``current`` (both JSON scan reports)."""
    before_items, after_items = items_of(previous), items_of(current)
    reachable = current.get("site", {}).get("reachable", False)
    changes: list[ItemChange] = []
    for code, after in after_items.items():
        before = before_items.get(code)
        old_status = before["status"] if before else None
        new_status = after["status"]
        old_url = before.get("url") if before else None
        kind: ChangeKind | None = None
        if old_status == "pass" and new_status != "pass":
            kind = "regressed" if reachable and new_status in FAILING else "unchecked"
        elif old_status is not None and old_status != "pass" and new_status == "pass":
            kind = "improved"
        elif old_status == new_status == "pass" and old_url != after.get("url"):
            kind = "evidence_changed"
        elif old_status is not None and old_status != new_status:
            kind = "changed" if reachable else "unchecked"
        if kind is not None:
            changes.append(
                ItemChange(
                    code, after["title"], kind, old_status, new_status, old_url, after.get("url"), after["reason"]
                )
            )
    return changes


def threshold_failures(report: dict[str, Any], fail_on: set[str], min_score: float | None) -> list[str]:
    """Why the current report fails the user's thresholds (``--fail-on``, ``--min-score``)."""
    problems = [f"{item['code']} {item['status']}" for item in report.get("items", []) if item["status"] in fail_on]
    if min_score is not None and report.get("site", {}).get("reachable"):
        low = report["score"]["oit"]["low"]
        if low < min_score:
            problems.append(f"estimated OIT score {low:.2f} < {min_score:g}")
    return problems


def junit_xml(results: list[tuple[str, dict[str, Any], list[ItemChange], list[str]]]) -> str:
    """One test suite per site, one test case per item; a regression or a threshold failure is a
    <failure>, an item that could not be checked is <skipped>."""
    suites = ElementTree.Element("testsuites", name="oit-crawler")
    for site_id, report, changes, problems in results:
        regressed = {change.code: change for change in changes if change.kind == "regressed"}
        failing_codes = {problem.split()[0] for problem in problems if problem.startswith("O")}
        items = report.get("items", [])
        suite = ElementTree.SubElement(
            suites,
            "testsuite",
            name=site_id,
            tests=str(len(items)),
            failures=str(sum(1 for i in items if i["code"] in regressed or i["code"] in failing_codes)),
            skipped=str(sum(1 for i in items if i["status"] == "review")),
        )
        for item in items:
            case = ElementTree.SubElement(suite, "testcase", classname=site_id, name=f"{item['code']} {item['title']}")
            if item["code"] in regressed:
                change = regressed[item["code"]]
                failure = ElementTree.SubElement(
                    case, "failure", type="regression", message=f"{item['code']}: pass -> {change.after}"
                )
                failure.text = f"{change.reason}\nfix: {item['fix']}\nwas: {change.url_before or '-'}"
            elif item["code"] in failing_codes:
                failure = ElementTree.SubElement(case, "failure", type=item["status"], message=item["reason"])
                failure.text = f"fix: {item['fix']}"
            elif item["status"] == "review":
                ElementTree.SubElement(case, "skipped", message=item["reason"])
        score_problems = [p for p in problems if not p.startswith("O")]
        if score_problems:
            case = ElementTree.SubElement(suite, "testcase", classname=site_id, name="OIT score")
            ElementTree.SubElement(case, "failure", type="min-score", message="; ".join(score_problems))
    ElementTree.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ElementTree.tostring(suites, encoding="unicode") + "\n"


def markdown_summary(results: list[tuple[str, dict[str, Any], list[ItemChange], list[str]]]) -> str:
    """For a CI job summary or an issue: per site the score, regressions, other changes."""
    lines = ["# oit-crawler monitor", ""]
    for site_id, report, changes, problems in results:
        score = report.get("score", {}).get("oit", {})
        reachable = report.get("site", {}).get("reachable", False)
        state = f"OIT {score.get('low', 0):.2f}–{score.get('high', 0):.2f}" if reachable else "เปิดไม่ได้ (unreachable)"
        lines += [f"## {site_id} — {state}", ""]
        regressed = [c for c in changes if c.kind == "regressed"]
        if regressed:
            lines += ["**ข้อที่ถดถอย (regressions)**", "", "| ข้อ | รายการ | เดิม | ตอนนี้ | เหตุผล |", "|---|---|---|---|---|"]
            lines += [f"| {c.code} | {c.title} | {c.before} | {c.after} | {c.reason} |" for c in regressed]
            lines.append("")
        others = [c for c in changes if c.kind != "regressed"]
        if others:
            lines += ["| ข้อ | การเปลี่ยนแปลง | เดิม | ตอนนี้ |", "|---|---|---|---|"]
            lines += [f"| {c.code} | {c.kind} | {c.before} | {c.after} |" for c in others]
            lines.append("")
        if problems:
            lines += ["ไม่ผ่านเกณฑ์ที่ตั้งไว้: " + ", ".join(problems), ""]
        if not changes and not problems:
            lines += ["ไม่มีการเปลี่ยนแปลง (no changes)", ""]
    return "\n".join(lines)


def changes_json(changes: list[ItemChange]) -> list[dict[str, Any]]:
    return [json.loads(json.dumps(change.__dict__)) for change in changes]
