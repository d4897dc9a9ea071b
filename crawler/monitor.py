"""Compare scans and report what changed: for ``oit diff`` and the nightly ``oit monitor``.

A regression is an item that passed before and now fails for a reason the site is
responsible for (missing, broken, stale, incomplete).  An item that passed and now cannot be
checked (``review``: the site was slow, rate-limited or unreachable this time) is reported as
``unchecked`` — never as a regression, so a flaky night does not page anyone.
"""

from __future__ import annotations

from typing import Any

from crawler.model.results import ChangeKind, ItemChange
from crawler.model.status import FAILING


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
