"""Hostile sites end to end (issue 12): served on 127.0.0.1, scanned by the whole pipeline."""

from __future__ import annotations

import json
import signal
import time

import pytest

from crawler.model.status import Status
from tests.cli import oit_started
from tests.sitekit.scan import LOOPBACK_POLICY, scan_served
from tests.sitekit.server import FixtureServer, html, raw

STRUCTURE = (
    "<h1>โครงสร้างส่วนราชการ</h1><p>แผนผังโครงสร้างการแบ่งส่วนราชการ องค์การบริหารส่วนตำบลทดสอบ</p>"
    "<ul><li>สำนักปลัด</li><li>กองคลัง</li><li>กองช่าง</li><li>กองการศึกษา ศาสนาและวัฒนธรรม</li></ul>"
    "<p>นายก อบต. ปลัด อบต. ผู้อำนวยการกองคลัง ผู้อำนวยการกองช่าง</p>"
)
ITA = (
    "<h1>ITA 2567 การเปิดเผยข้อมูลสาธารณะ</h1>"
    "<table><tr><td>O1</td><td><a href='/structure.php'>โครงสร้าง</a></td></tr></table>"
)


def test_evidence_reached_only_through_the_sitemap_is_not_a_pass(catalog):
    """A home page that answers 200 with an empty body: the auditor cannot get from the main
    website to the evidence, whatever the sitemap lists (it passed before)."""
    sitemap = (
        b"<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
        b"<url><loc>/ita.php</loc></url></urlset>"
    )
    routes = {
        "/": html(""),
        "/sitemap.xml": raw(sitemap, "application/xml"),
        "/ita.php": html(ITA),
        "/structure.php": html(STRUCTURE),
    }
    with FixtureServer(routes) as server:
        result = scan_served(server.url("/"), catalog.load(2567))
    o1 = next(item for item in result.items if item.code == "O1")
    assert o1.status is Status.REVIEW, o1.reason
    assert "sitemap" in o1.reason


def test_the_same_evidence_linked_from_the_home_page_passes(catalog):
    routes = {"/": html("<a href='/ita.php'>ITA 2567</a>"), "/ita.php": html(ITA), "/structure.php": html(STRUCTURE)}
    with FixtureServer(routes) as server:
        result = scan_served(server.url("/"), catalog.load(2567))
    assert next(item for item in result.items if item.code == "O1").status is Status.PASS


HIDDEN = {
    "inline style": "<div style='display: none'>{row}</div>",
    "hidden attribute": "<section hidden>{row}</section>",
    "visibility": "<table style='visibility:hidden'>{row}</table>",
    "nested": "<div style='display:none'><p hidden>ปิดไว้</p><div hidden>{row}</div></div>",
}


@pytest.mark.parametrize("hiding", HIDDEN.values(), ids=HIDDEN.keys())
def test_evidence_in_a_block_no_visitor_can_open_is_not_published(catalog, hiding):
    """Hostile-site campaign: an ITA row inside a block the page never shows (an old CMS's
    switched-off section) passed; an auditor sees nothing there."""
    row = "<tr><td>O1</td><td><a href='/structure.php'>โครงสร้าง</a></td></tr>"
    ita = "<h1>ITA 2567 การเปิดเผยข้อมูลสาธารณะ</h1>" + hiding.format(
        row=row if "table" in hiding else f"<table>{row}</table>"
    )
    routes = {"/": html("<a href='/ita.php'>ITA 2567</a>"), "/ita.php": html(ita), "/structure.php": html(STRUCTURE)}
    with FixtureServer(routes) as server:
        result = scan_served(server.url("/"), catalog.load(2567))
    o1 = next(item for item in result.items if item.code == "O1")
    assert o1.status is not Status.PASS, o1.reason
    assert "links_in_hidden_blocks" in {finding.code for finding in result.summary.findings}


def test_evidence_in_a_block_a_button_opens_is_published(catalog):
    ita = (
        "<h1>ITA 2567 การเปิดเผยข้อมูลสาธารณะ</h1><button onclick=\"show('o1')\">ข้อมูลพื้นฐาน</button>"
        "<div id='o1' style='display:none'><table><tr><td>O1</td>"
        "<td><a href='/structure.php'>โครงสร้าง</a></td></tr></table></div>"
    )
    routes = {"/": html("<a href='/ita.php'>ITA 2567</a>"), "/ita.php": html(ita), "/structure.php": html(STRUCTURE)}
    with FixtureServer(routes) as server:
        result = scan_served(server.url("/"), catalog.load(2567))
    assert next(item for item in result.items if item.code == "O1").status is Status.PASS


def _bomb() -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<a>" + " " * (100 * 1024 * 1024) + "</a>")
    return buffer.getvalue()


def test_a_damaged_file_says_how_it_is_damaged(catalog):
    """Hostile-site campaign: a 0-byte DOCX, a log-in page served as a PDF and a zip bomb were
    all "ไฟล์เสีย เปิดไม่ได้"; each is named, and only the first two are the site's broken file."""
    docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    wall = "<html><head><title>เข้าสู่ระบบสมาชิก</title></head><body><form><input name='u'></form></body></html>"
    rows = [
        ("O11", "แผนดำเนินงานประจำปี 2567", "/files/plan.docx"),
        ("O13", "รายงานผลการดำเนินงานประจำปี 2566", "/files/report.pdf"),
        ("O36", "แผนปฏิบัติการป้องกันการทุจริต 2567", "/files/anti.docx"),
    ]
    table = "".join(f"<tr><td>{c}</td><td><a href='{u}'>{t}</a></td></tr>" for c, t, u in rows)
    routes = {
        "/": html("<a href='/ita.php'>ITA 2567</a>"),
        "/ita.php": html(f"<h1>ITA 2567 การเปิดเผยข้อมูลสาธารณะ</h1><table>{table}</table>"),
        "/files/plan.docx": raw(b"", docx),
        "/files/report.pdf": raw(wall.encode(), "application/pdf"),
        "/files/anti.docx": raw(_bomb(), docx),
    }
    with FixtureServer(routes) as server:
        result = scan_served(server.url("/"), catalog.load(2567))
    items = {item.code: item for item in result.items}
    assert (items["O11"].status, items["O13"].status) == (Status.BROKEN, Status.BROKEN)
    assert "0 ไบต์" in items["O11"].reason
    assert "หน้าเว็บ" in items["O13"].reason and "เข้าสู่ระบบสมาชิก" in items["O13"].reason
    assert items["O36"].status is Status.REVIEW and "ใหญ่เกินกำหนด" in items["O36"].reason


def _forward(to: str) -> str:
    return f"<html><head><meta http-equiv='refresh' content='0;url={to}'></head><body></body></html>"


def test_a_meta_refresh_loop_on_the_ita_page_is_named_a_loop(catalog):
    """Hostile-site campaign: two pages forwarding to each other by <meta refresh> were called
    "empty pages" (placeholders); the clerk must hear that the ITA link goes round in circles."""
    home = "<h1>อบต.ทดสอบ</h1><p>ยินดีต้อนรับสู่เว็บไซต์องค์การบริหารส่วนตำบล</p><a href='/ita.php'>ITA 2567</a>"
    routes = {"/": html(home), "/ita.php": html(_forward("/ita2.php")), "/ita2.php": html(_forward("/ita.php"))}
    with FixtureServer(routes) as server:
        result = scan_served(server.url("/"), catalog.load(2567))
    findings = {finding.code: finding for finding in result.summary.findings}
    assert "placeholder_pages" not in findings
    assert "meta refresh loop" in findings["redirect_loop"].details[0]
    o1 = next(item for item in result.items if item.code == "O1")
    assert o1.status is Status.REVIEW and "ส่งต่อวนซ้ำ" in o1.reason, o1.reason


def test_a_page_that_forwards_by_meta_refresh_is_followed(catalog):
    routes = {
        "/": html("<h1>อบต.ทดสอบ</h1><p>ยินดีต้อนรับ</p><a href='/ita.php'>ITA 2567</a>"),
        "/ita.php": html(_forward("/ita/2567.php")),
        "/ita/2567.php": html(ITA),
        "/structure.php": html(STRUCTURE),
    }
    with FixtureServer(routes) as server:
        result = scan_served(server.url("/"), catalog.load(2567))
    assert "placeholder_pages" not in {finding.code for finding in result.summary.findings}
    assert next(item for item in result.items if item.code == "O1").status is Status.PASS


def test_a_page_of_50000_links_costs_only_itself(catalog):
    """Issue 12 item 5: a news archive of 50,000 links in one table cell, linked before the ITA
    page, spent the page budget and blocked fetching (each link copied its whole row's text).
    Priority before volume: the ITA page's evidence is still fetched and judged."""
    cell = "".join(f"<a href='/news/{n}'>ข่าว {n}</a> " for n in range(50_000))
    routes = {
        "/": html("<a href='/archive.php'>คลังข่าว</a> <a href='/ita.php'>ITA 2567</a>"),
        "/archive.php": html(f"<table><tr><td>{cell}</td></tr></table>"),
        "/ita.php": html(ITA),
        "/structure.php": html(STRUCTURE),
    }
    with FixtureServer(routes) as server:
        server.not_found = lambda request: html("<h1>ข่าว</h1><p>ข่าวประชาสัมพันธ์</p>")
        result = scan_served(server.url("/"), catalog.load(2567))
    assert next(item for item in result.items if item.code == "O1").status is Status.PASS


@pytest.mark.parametrize("ita", [html("<h1>500</h1>", 500), html("", 302, headers={"Location": "/ita.php"})])
def test_items_behind_an_ita_page_that_will_not_open_are_unread_not_unpublished(catalog, ita):
    """Hostile-site campaign: the ITA page answering 500 (or redirecting to itself) made every
    item it lists "missing", with a score of exactly 2.0; they could not be read."""
    routes = {"/": html("<a href='/ita.php'>ITA 2567</a> <a href='/contact.php'>ติดต่อเรา</a>"), "/ita.php": ita}
    with FixtureServer(routes) as server:
        result = scan_served(server.url("/"), catalog.load(2567))
    o11 = next(item for item in result.items if item.code == "O11")
    assert o11.status is Status.REVIEW, o11.reason
    assert "เปิดหน้า ITA ไม่ได้" in o11.reason
    assert result.score.oit.low < result.score.oit.high


def test_an_empty_home_page_leaves_the_site_unchecked_not_empty(catalog):
    """Hostile-site campaign: a home page answering 200 with an empty body gave all 43 items
    "missing" and an exact score of 0; nothing could be reached, so nothing may be called unpublished."""
    with FixtureServer({"/": html("")}) as server:
        result = scan_served(server.url("/"), catalog.load(2567))
    assert {item.status for item in result.items} == {Status.REVIEW}
    assert any("หน้าแรก" in reason for reason in result.incomplete_reasons)


def test_a_bogus_content_encoding_is_a_named_outcome_not_an_internal_error():
    """Field report (issue 12, item 4): reported as internal_error ('a bug in this tool')."""
    import asyncio

    from crawler.fetch.client import Fetcher
    from crawler.model.outcome import Outcome

    routes = {"/": html("<p>ข่าว</p>", headers={"Content-Encoding": "gzip"})}
    with FixtureServer(routes) as server:

        async def fetch():
            async with Fetcher(LOOPBACK_POLICY, trust_env=False) as fetcher:
                await fetcher.trust_start_host("127.0.0.1")  # the test site is on loopback
                return await fetcher.fetch(server.url("/"))

        result = asyncio.run(fetch())
    assert result.outcome is Outcome.PROTOCOL and "Content-Encoding" in result.message


def test_an_ita_page_sent_in_a_bogus_content_encoding_is_unread_not_unpublished(catalog):
    """Hostile-site campaign: the protocol error left no record, no finding, and 43 items
    "missing" (the outcome had no finding, so the error was never noted)."""
    ita = html(ITA, headers={"Content-Encoding": "gzip"})
    home = "<h1>อบต.ทดสอบ</h1><p>ยินดีต้อนรับ</p><a href='/ita.php'>การเปิดเผยข้อมูลสาธารณะ ITA 2567</a>"
    with FixtureServer({"/": html(home), "/ita.php": ita, "/structure.php": html(STRUCTURE)}) as server:
        result = scan_served(server.url("/"), catalog.load(2567))
    assert "protocol_error" in {finding.code for finding in result.summary.findings}
    o1 = next(item for item in result.items if item.code == "O1")
    assert o1.status is Status.REVIEW and "ผิดรูปแบบ" in o1.reason, o1.reason


def test_a_page_not_in_the_charset_it_declares_is_named(catalog):
    """Hostile-site campaign: "charset=utf-8" over TIS-620 bytes (a server's default header on an
    old page) was decoded with replacement characters and said nothing; visitors see garbage."""
    body = ("<h1>ITA 2567</h1>" + ITA).encode("cp874")
    home = "<h1>อบต.ทดสอบ</h1><p>ยินดีต้อนรับ</p><a href='/ita.php'>ITA 2567</a>"
    with FixtureServer({"/": html(home), "/ita.php": raw(body, "text/html; charset=utf-8")}) as server:
        result = scan_served(server.url("/"), catalog.load(2567))
    findings = {finding.code: finding for finding in result.summary.findings}
    assert "not valid utf-8" in findings["encoding_invalid"].details[0]


def test_a_site_that_answers_503_everywhere_is_unchecked_not_unpublished(catalog):
    """Field report (issue 12, item 1): every URL, robots.txt included, answered 503 and all 43
    items were called missing; nothing was checked, so nothing may be called unpublished."""
    from crawler.demo.server import Response

    def busy(_request):
        return Response(503, b"Service Unavailable", content_type="text/plain")

    server = FixtureServer({})
    server.not_found = busy  # every path, robots.txt and the home page included
    with server:
        result = scan_served(server.url("/"), catalog.load(2567))
    statuses = {item.status for item in result.items}
    assert Status.MISSING not in statuses and statuses == {Status.REVIEW}
    assert result.incomplete_reasons


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)], ids=["sigterm", "sigint"])
def test_a_stopped_scan_writes_a_partial_report_marked_incomplete(tmp_path, signum, code):
    """Field report (issue 12, item 8): Ctrl-C printed a traceback and SIGTERM (cron, CI time
    limits) wrote nothing.  Now the crawl stops, what was collected is assessed and written."""
    from crawler.demo.server import Response

    def slow(request):
        index = int(request.path.rsplit("/", 1)[-1] or 0) if request.path.startswith("/p/") else 0
        links = "".join(f"<a href='/p/{j}'>หน้า {j}</a>" for j in range(index + 1, index + 30))
        return Response(200, f"<h1>หน้า {index}</h1><p>ข่าว</p>{links}".encode(), delay=0.3)

    server = FixtureServer({"/": html(ITA.replace("/structure.php", "/p/1") + "<a href='/p/1'>ถัดไป</a>")})
    server.not_found = slow
    out = tmp_path / "out"
    with server:
        started = oit_started(
            "scan", server.url("/"), "--year", "2567", "--out", str(out), "--no-cache", "--no-browser", "--delay", "0"
        )
        time.sleep(4)
        started.send_signal(signum)
        _stdout, stderr = started.communicate(timeout=60)
    assert started.returncode == code, stderr
    assert "Traceback" not in stderr and "หยุดตามคำสั่ง" in stderr
    report = json.loads((out / "report.json").read_text("utf-8"))
    assert any("หยุดโดยผู้ใช้" in reason for reason in report["incomplete"])
    assert {item["status"] for item in report["items"]} <= {"pass", "review", "broken", "stale", "incomplete"}
