"""What the terminal shows, as rich renderables (the commands print them; tests render them
to a string).  Thai by default (``lang="en"`` for English).

Everything that comes from a site or a rule file (titles, link texts, URLs, reasons) is put
in ``Text`` objects, never in markup: a link text "[/link]" or an address "http://[::1]/"
is data.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.console import RenderableType
from rich.style import Style
from rich.table import Table
from rich.text import Text

from crawler.model.findings import Finding
from crawler.model.results import CrawlStats, ScanResult, ScoreRange
from crawler.model.status import STATUS_TH, Status

_SEVERITY_STYLE = {"error": "red", "warning": "yellow", "info": "cyan"}
_CHANGE_STYLE = {"regressed": "red", "improved": "green", "unchecked": "cyan", "threshold": "red"}


def score_text(value: ScoreRange) -> str:
    return f"{value.low:.2f}" if value.exact else f"{value.low:.2f} – {value.high:.2f}"


def scan_renderables(result: ScanResult, lang: str = "th") -> list[RenderableType]:
    """The scan: a provisional warning, the item table, the score line, what was not checked."""
    thai = lang == "th"
    rules, summary = result.rules, result.summary
    site = summary.home_url or summary.start_url
    shown: list[RenderableType] = []
    if rules.provisional:
        warning = (
            f"เกณฑ์ปี {rules.year} เป็นเกณฑ์ชั่วคราว (provisional) ผลและคะแนนเป็นเพียงการประมาณ"
            if thai
            else f"The {rules.year} criteria are provisional; statuses and score are estimates"
        )
        shown.append(Text(warning, style="yellow"))
    title = f"ผลตรวจ OIT ปี {rules.year}: {site}" if thai else f"OIT {rules.year} pre-assessment: {site}"
    table = Table(title=Text(title), show_lines=False)
    table.add_column("ข้อ" if thai else "Item", no_wrap=True)
    table.add_column("สถานะ" if thai else "Status", no_wrap=True)
    table.add_column("รายการ" if thai else "Title", overflow="fold", ratio=2)
    table.add_column("เหตุผล / วิธีแก้" if thai else "Reason / fix", overflow="fold", ratio=3)
    for item in result.items:
        status = Text(
            f"{item.status.icon} {item.status.label_th if thai else item.status.value}", style=item.status.style
        )
        detail = Text(item.reason)
        if item.status is not Status.PASS:
            detail.append(f"\n→ {item.fix}", style="dim")
        if item.url:
            detail.append("\n")
            detail.append(item.url, style=Style(link=item.url))
        table.add_row(item.code, status, Text(item.title), detail)
    shown.append(table)
    counts = result.score.counts
    summary_line = ", ".join(
        f"{STATUS_TH[Status(key)] if thai else key} {value}" for key, value in counts.items() if value
    )
    label = "คะแนน OIT โดยประมาณ" if thai else "Estimated OIT score"
    line = Text(f"{label}: {score_text(result.score.oit)}", style="bold")
    line.append(f"  ({summary_line})")
    shown.append(line)
    if not result.score.oit.exact:
        note = (
            "ช่วงคะแนน: ต่ำสุดเมื่อข้อที่ต้องตรวจเองไม่ผ่านทั้งหมด สูงสุดเมื่อผ่านทั้งหมด"
            if thai
            else "Range: lowest if every review item fails, highest if all pass"
        )
        shown.append(Text(note, style="dim"))
    for reason in result.incomplete_reasons:
        line = Text("ตรวจได้ไม่ครบ: " if thai else "incomplete: ", style="cyan")
        line.append(reason, style="")
        shown.append(line)
    return shown


def crawl_line(site: str, reachable: bool, stats: CrawlStats, seconds: float) -> Text:
    """One line of what a crawl did."""
    line = Text(site, style="bold")
    line.append(" ")
    line.append("เปิดได้" if reachable else "เปิดไม่ได้ (unreachable)", style="green" if reachable else "red")
    line.append(
        f" — {stats.pages} หน้า, {stats.documents} เอกสาร, "
        f"{stats.external_links} ลิงก์ภายนอก, {stats.requests} requests, {seconds:.1f} s"
    )
    return line


def findings_table(findings: Sequence[Finding]) -> Table:
    table = Table(title="สิ่งที่พบระหว่างตรวจ (findings)")
    table.add_column("ระดับ", no_wrap=True)
    table.add_column("รหัส", no_wrap=True)
    table.add_column("จำนวน", justify="right")
    table.add_column("คำอธิบาย", overflow="fold", ratio=1)
    for finding in findings:
        detail = Text(finding.message_th)
        if finding.urls:
            detail.append(f"\n{finding.urls[0]}", style="dim")
        table.add_row(
            Text(finding.severity, style=_SEVERITY_STYLE[finding.severity]), finding.code, str(finding.count), detail
        )
    return table


ChangeRow = tuple[str, str, str, str, str, str]  # site, code, kind, before, after, reason


def changes_table(rows: Iterable[ChangeRow]) -> Table:
    """What changed since each site's previous scan (``oit monitor``, ``oit diff``)."""
    table = Table(title="การเปลี่ยนแปลงจากการตรวจครั้งก่อน (changes since the previous scan)")
    for column in ("site", "ข้อ", "การเปลี่ยนแปลง", "เดิม", "ตอนนี้", "เหตุผล"):
        table.add_column(column, overflow="fold")
    for site, code, kind, before, after, reason in rows:
        kind_text = Text(kind, style=_CHANGE_STYLE.get(kind, "yellow"))
        table.add_row(Text(site), code, kind_text, before or "-", after, Text(reason[:160]))
    return table


RuleYearRow = tuple[int, int, bool, str, int | None]  # year, items, provisional, confidence, inherits


def rule_years_table(rows: Iterable[RuleYearRow]) -> Table:
    table = Table(title="ปีการประเมิน ITA ที่มีเกณฑ์ / Assessment years with rules")
    for column in ("ปี (year)", "ข้อ (items)", "สถานะ (status)", "ความเชื่อมั่น", "สืบทอดจาก"):
        table.add_column(column)
    for year, items, provisional, confidence, inherits in rows:
        status = Text("provisional (ชั่วคราว)", style="yellow") if provisional else Text("verified", style="green")
        table.add_row(str(year), str(items), status, confidence, str(inherits or "-"))
    return table


RuleItemRow = tuple[str, str, str, str, str]  # code, sub-indicator, title, freshness, status


def rule_items_table(title: str, rows: Iterable[RuleItemRow]) -> Table:
    table = Table(title=Text(title))
    table.add_column("ข้อ", no_wrap=True)
    table.add_column("ตัวชี้วัดย่อย", no_wrap=True)
    table.add_column("ข้อมูล", overflow="fold", ratio=1)
    table.add_column("ความใหม่ (freshness)", no_wrap=True)
    table.add_column("สถานะ", no_wrap=True)
    for code, sub, item_title, freshness, status in rows:
        table.add_row(code, sub, Text(item_title), freshness, status)
    return table


HistorySiteRow = tuple[str, str, str, int, int]  # id, start URL, name, scans, latest scan id


def history_sites_table(rows: Iterable[HistorySiteRow]) -> Table:
    """``oit history``: the sites of a history database."""
    table = Table(title="เว็บไซต์ในประวัติการตรวจ (sites in the history)")
    for column in ("site", "URL", "ชื่อ", "ตรวจแล้ว (scans)", "ครั้งล่าสุด (latest scan)"):
        table.add_column(column, overflow="fold")
    for site, url, name, scans, latest in rows:
        table.add_row(Text(site), Text(url), Text(name or "-"), str(scans), str(latest))
    return table


_STATUS_TH_BY_VALUE = {status.value: label for status, label in STATUS_TH.items()}
HistoryScanRow = tuple[int, str, str, str, dict[str, int], str]  # id, finished, state, score, statuses, error


def history_scans_table(site: str, rows: Iterable[HistoryScanRow]) -> Table:
    """``oit history SITE``: a site's scans, newest first, with the ids ``oit diff --baseline`` takes."""
    table = Table(title=Text(f"การตรวจของ {site} (scans, newest first)"))
    for column in ("scan", "เสร็จเมื่อ (finished)", "ผล (state)", "คะแนน (score)", "สถานะรายข้อ (items)"):
        table.add_column(column, overflow="fold")
    for scan_id, finished, state, score, statuses, error in rows:
        counts = ", ".join(f"{_STATUS_TH_BY_VALUE.get(s, s)} {n}" for s, n in statuses.items())
        table.add_row(str(scan_id), finished, state, score, Text(counts or error[:80] or "-"))
    return table
