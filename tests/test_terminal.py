"""The terminal renderables, rendered to a string in-process (as rich's own tests do)."""

from __future__ import annotations

from rich.console import Console

from crawler.model.findings import Finding
from crawler.model.results import CrawlSummary, ItemResult, RulesInfo, ScanResult, Score, ScoreRange
from crawler.model.status import Status
from crawler.report.terminal import changes_table, findings_table, scan_renderables


def render(*renderables, width: int = 160) -> str:
    console = Console(width=width, record=True, color_system=None, emoji=False)
    for renderable in renderables:
        console.print(renderable)
    return console.export_text()


def result(items: list[ItemResult], *, provisional: bool = False, low: float = 50.0, high: float = 50.0) -> ScanResult:
    rules = RulesInfo(2567, "ITA 2567", "verified", "high", provisional)
    summary = CrawlSummary("http://[::1]:8080/", "http://[::1]:8080/", True, ["::1"], "t0")
    counts = {status.value: sum(item.status is status for item in items) for status in Status}
    return ScanResult(rules, summary, items, Score(ScoreRange(low, high), counts=counts))


def item(code: str, status: Status, title: str, reason: str, url: str | None = None) -> ItemResult:
    found = ItemResult(code, title, "9.1", status, reason, "แก้ไขตามเกณฑ์", "high")
    if url:
        from crawler.model.results import EvidenceRef

        found.evidence.append(EvidenceRef(url, title, [], None, "ok", status, ""))
    return found


def test_site_text_is_data_never_markup():
    hostile = [
        item("O1", Status.PASS, "โครงสร้าง [/link] [bold]", "พบ “[/]” [red]x[/red]", "http://[::1]:8080/o1[x].pdf"),
        item("O2", Status.REVIEW, "ข้อมูลผู้บริหาร", "ต้องตรวจ [link=http://evil]"),
    ]
    text = render(*scan_renderables(result(hostile)))
    assert "โครงสร้าง [/link] [bold]" in text and "[red]x[/red]" in text and "[link=http://evil]" in text
    assert "http://[::1]:8080/o1[x].pdf" in text
    assert "ผลตรวจ OIT ปี 2567: http://[::1]:8080/" in text


def test_scan_shows_status_words_the_score_and_what_was_not_checked():
    scan = result([item("O1", Status.PASS, "โครงสร้าง", "พบ"), item("O2", Status.REVIEW, "ผู้บริหาร", "ต้องตรวจ")])
    scan.score = Score(ScoreRange(1.25, 2.5), counts={"pass": 1, "review": 1})
    scan.incomplete_reasons.append("เปิดหน้าแรกของเว็บไซต์ไม่ได้")
    text = render(*scan_renderables(scan))
    assert "✔ ผ่าน" in text and "? ต้องให้เจ้าหน้าที่ตรวจ" in text
    assert "คะแนน OIT โดยประมาณ: 1.25 – 2.50" in text and "ช่วงคะแนน" in text
    assert "ตรวจได้ไม่ครบ: เปิดหน้าแรกของเว็บไซต์ไม่ได้" in text
    english = render(*scan_renderables(scan, "en"))
    assert "Estimated OIT score: 1.25 – 2.50" in english and "review" in english


def test_provisional_rules_are_announced():
    text = render(*scan_renderables(result([], provisional=True)))
    assert "เกณฑ์ชั่วคราว (provisional)" in text


def test_findings_and_changes_tables():
    finding = Finding("not_found", "error", "404", "ลิงก์ไปหน้าที่ไม่มีอยู่ (404)", 3, ["http://t.go.th/[x]"])
    text = render(findings_table([finding]), changes_table([("t.go.th", "O1", "regressed", "pass", "missing", "[b]")]))
    assert "ลิงก์ไปหน้าที่ไม่มีอยู่ (404)" in text and "http://t.go.th/[x]" in text
    assert "regressed" in text and "[b]" in text
