"""The scan as a rich table on the terminal, Thai by default (``lang="en"`` for English)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from crawler.assess.score import ScoreRange
from crawler.model.status import ICON, STATUS_TH, STYLE, Status
from crawler.scan import ScanResult


def _score_text(value: ScoreRange) -> str:
    return f"{value.low:.2f}" if value.exact else f"{value.low:.2f} – {value.high:.2f}"


def print_scan(result: ScanResult, console: Console, lang: str = "th") -> None:
    thai = lang == "th"
    ruleset, summary = result.ruleset, result.summary
    site = summary.home_url or summary.start_url
    title = f"ผลตรวจ OIT ปี {ruleset.year}: {site}" if thai else f"OIT {ruleset.year} pre-assessment: {site}"
    if ruleset.provisional:
        console.print(
            f"[yellow]เกณฑ์ปี {ruleset.year} เป็นเกณฑ์ชั่วคราว (provisional) ผลและคะแนนเป็นเพียงการประมาณ[/yellow]"
            if thai
            else f"[yellow]The {ruleset.year} criteria are provisional; statuses and score are estimates[/yellow]"
        )
    table = Table(title=title, show_lines=False)
    table.add_column("ข้อ" if thai else "Item", no_wrap=True)
    table.add_column("สถานะ" if thai else "Status", no_wrap=True)
    table.add_column("รายการ" if thai else "Title", overflow="fold", ratio=2)
    table.add_column("เหตุผล / วิธีแก้" if thai else "Reason / fix", overflow="fold", ratio=3)
    for item in result.items:
        style = STYLE[item.status]
        status = f"[{style}]{ICON[item.status]} {STATUS_TH[item.status] if thai else item.status.value}[/{style}]"
        detail = item.reason if item.status is Status.PASS else f"{item.reason}\n[dim]→ {item.fix}[/dim]"
        if item.url:
            detail += f"\n[link={item.url}]{item.url}[/link]"
        table.add_row(item.code, status, item.title, detail)
    console.print(table)
    counts = result.score.counts
    summary_line = ", ".join(
        f"{STATUS_TH[Status(key)] if thai else key} {value}" for key, value in counts.items() if value
    )
    label = "คะแนน OIT โดยประมาณ" if thai else "Estimated OIT score"
    console.print(f"[bold]{label}: {_score_text(result.score.oit)}[/bold]  ({summary_line})", highlight=False)
    if not result.score.oit.exact:
        console.print(
            "ช่วงคะแนน: ต่ำสุดเมื่อข้อที่ต้องตรวจเองไม่ผ่านทั้งหมด สูงสุดเมื่อผ่านทั้งหมด"
            if thai
            else "Range: lowest if every review item fails, highest if all pass",
            style="dim",
        )
    for reason in result.incomplete_reasons:
        console.print(f"[cyan]ตรวจได้ไม่ครบ:[/cyan] {reason}" if thai else f"[cyan]incomplete:[/cyan] {reason}")
