"""The Markdown summary of a monitoring run (a CI job summary, an issue)."""

from __future__ import annotations

from crawler.model.results import SiteCheck


def markdown_summary(results: list[SiteCheck]) -> str:
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
