"""A Thai municipal site with the traps real ones have (see research/site-patterns.md).

``trap_site()`` returns the routes and the ground truth: every evidence document a person
can reach from the home page, and the trap each finding code should report.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tests.sitekit.server import Response, html, raw, redirect

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def as_windows_874(text: str) -> str:
    """UTF-8 bytes of ``text`` read as windows-874, as a browser does (undefined bytes stay C1)."""
    return "".join(bytes([b]).decode("cp874", errors="ignore") or chr(b) for b in text.encode("utf-8"))


MOJIBAKE_NAME = as_windows_874("เอกสาร.pdf")

MENU = """
<ul class="nav">
 <li><a href="/index.php">หน้าแรก</a></li>
 <li><span>เกี่ยวกับเรา</span>
   <ul><li><a href="/about/structure.php">โครงสร้าง&nbsp;&nbsp;&nbsp;&nbsp;</a></li>
       <li><a href="/about/executives.php">ผู้บริหาร</a></li></ul></li>
 <li><span>ITA</span>
   <ul><li><a href="/ita/2567.php">ITA&nbsp;2567</a></li>
       <li><a href="/ita/2566.php">ITA 2566</a></li></ul></li>
 <li><a href="https://www.facebook.com/tambon.test">Facebook</a></li>
</ul>
"""


def page(body: str, title: str = "องค์การบริหารส่วนตำบลทดสอบ", **kw) -> Response:
    return html(
        f"<html><head><title>{title}</title></head><body>{MENU}<div id='content'>{body}</div></body></html>", **kw
    )


@dataclass
class TrapSite:
    routes: dict[str, Response | object]
    evidence: set[str] = field(default_factory=set)  # paths of documents reachable from home
    unreachable_evidence: set[str] = field(default_factory=set)  # linked but broken/limited
    findings: set[str] = field(default_factory=set)


def trap_site() -> TrapSite:
    site = TrapSite(routes={})
    r = site.routes
    # Home page answers 500 but still renders its menu (PHP warning at the end of the page).
    r["/"] = page("<h1>ยินดีต้อนรับ</h1><p>ข่าวประชาสัมพันธ์ประจำเดือน</p><b>Warning</b>: mysql_connect()", status=500)
    r["/index.php"] = redirect("/")
    r["/robots.txt"] = raw(
        b"User-agent: *\nDisallow: /admin/\nDisallow: /private/\n\nSitemap: /sitemap.xml\n", "text/plain"
    )
    r["/sitemap.xml"] = raw(
        b"<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
        b"<url><loc>/news/only-in-sitemap.php</loc></url></urlset>",
        "application/xml",
    )
    r["/news/only-in-sitemap.php"] = page("<h2>ข่าวประชาสัมพันธ์</h2><p>ประกาศรับสมัครงาน ประจำปี 2567</p>")
    # A windows-874 page whose header says TIS-620 and whose <meta> says UTF-8.
    r["/about/structure.php"] = html(
        "<html><head><meta charset='utf-8'><title>โครงสร้างส่วนราชการ</title></head><body>"
        f"{MENU}<h2>แผนภูมิโครงสร้าง “ส่วนราชการ”…</h2>"
        "<a href='/files/o1-structure.pdf'>ดาวน์โหลดแผนผังโครงสร้าง</a></body></html>",
        charset="tis-620",
    )
    site.evidence.add("/files/o1-structure.pdf")
    r["/about/executives.php"] = page("<p>กำลังปรับปรุงข้อมูล...</p>")  # placeholder with 200
    r["/ita/2567.php"] = page(
        f"""
        <h2>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๗</h2>
        <table>
         <tr><td>O1</td><td>โครงสร้าง</td><td><a href="/about/structure.php">คลิก</a></td></tr>
         <tr><td>O3</td><td>อำนาจหน้าที่</td>
             <td><button onclick="location.href='/ita/o3.php'">ดูข้อมูล</button></td></tr>
         <tr><td>O10</td><td>แผนการดำเนินงาน</td>
             <td><a href="javascript:window.open('/files/plan67.pdf')">เปิดไฟล์</a></td></tr>
         <tr><td>O11</td><td>รายงานการกำกับติดตาม</td><td><a href="">ดาวน์โหลด</a></td></tr>
         <tr><td>O12</td><td>รายงานผลการดำเนินงานประจำปี</td><td><a href="/ita/loop1.php">ดู</a></td></tr>
         <tr><td>O13</td><td>คู่มือการปฏิบัติงาน</td><td><a href="/ita/slow.php">ดู</a></td></tr>
         <tr><td>O14</td><td>มาตรฐานการให้บริการ</td><td><a href="/ita/busy.php">ดู</a></td></tr>
         <tr><td>O16</td><td>แผนการใช้จ่ายงบประมาณ</td><td><a href="/files/budget-huge.pdf">ดาวน์โหลด</a></td></tr>
         <tr><td>O17</td><td>รายงานการกำกับติดตามการใช้จ่ายงบประมาณ</td>
             <td><a href="/files/{MOJIBAKE_NAME}">ไฟล์</a></td></tr>
         <tr><td>O20</td><td>สรุปผลการจัดซื้อจัดจ้าง</td>
             <td><a href="https://process3.gprocurement.go.th/egp/x">e-GP</a></td></tr>
         <tr><td>O22</td><td>นโยบายการบริหารทรัพยากรบุคคล</td>
             <td><a href="http://localhost:8080/ita/o22.pdf">ไฟล์</a></td></tr>
         <tr><td>O30</td><td>ช่องทางแจ้งเรื่องร้องเรียนการทุจริต</td>
             <td><a href="/private/complaints.php">ดู</a></td></tr>
         <tr><td>O33</td><td>ข้อมูลเชิงสถิติเรื่องร้องเรียน</td><td><a href="/ita/old-json.php">ดู</a></td></tr>
        </table>
        <!-- <a href="/files/o2-draft.pdf">O2 ข้อมูลผู้บริหาร (ร่าง)</a> -->
        """,
        title="ITA 2567",
    )
    site.evidence |= {"/files/plan67.pdf", f"/files/{MOJIBAKE_NAME}"}
    r["/ita/o3.php"] = page(
        "<h2>O3 อำนาจหน้าที่</h2><p>ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล</p>"
        "<a href='/files/o3-authority.pdf'>อำนาจหน้าที่ (PDF)</a>"
    )
    site.evidence.add("/files/o3-authority.pdf")
    r["/files/o1-structure.pdf"] = raw(PDF, "application/pdf")
    r["/files/o3-authority.pdf"] = raw(PDF, "application/pdf")
    r["/files/plan67.pdf"] = raw(PDF, "application/pdf")
    r[f"/files/{MOJIBAKE_NAME}"] = raw(PDF, "application/pdf")
    from urllib.parse import quote

    r[f"/files/{quote(MOJIBAKE_NAME)}"] = raw(PDF, "application/pdf")
    r["/files/budget-huge.pdf"] = Response(
        200, (b"\0" * 65536 for _ in range(64)), content_type="application/pdf", send_length=False
    )
    r["/ita/loop1.php"] = redirect("/ita/loop2.php")
    r["/ita/loop2.php"] = redirect("/ita/loop1.php")
    r["/ita/slow.php"] = page("<p>ช้ามาก</p>", delay=3.0)
    r["/ita/busy.php"] = html("Too Many Requests", 429, headers={"Retry-After": "1"})
    r["/ita/old-json.php"] = raw(b'{"error": "not found"}', "application/json", status=404)
    r["/private/complaints.php"] = page("<p>ห้ามเข้า</p>")
    r["/ita/2566.php"] = page(
        "<h2>ITA 2566</h2><a href='/files/plan66.pdf'>O10 แผนการดำเนินงาน ประจำปี 2566</a>", title="ITA 2566"
    )
    r["/files/plan66.pdf"] = raw(PDF, "application/pdf")
    site.evidence.add("/files/plan66.pdf")
    site.unreachable_evidence |= {"/files/budget-huge.pdf", "/ita/loop1.php", "/ita/slow.php", "/ita/busy.php"}
    site.findings |= {
        "home_page_error",
        "encoding_conflict",
        "legacy_encoding",
        "placeholder_pages",
        "redirect_loop",
        "timeout",
        "rate_limited",
        "too_large",
        "robots_disallowed",
        "links_in_comments",
        "empty_links",
        "local_address_links",
        "mojibake_file_names",
        "not_found",
        "sitemap",
    }
    return site
