"""The sample municipality website of ``oit demo``, built from the criteria of the year shown.

Items get statuses in a fixed pattern (pass, review, stale, incomplete, broken, missing …),
each built the way real sites publish: an ITA table page with codes in several spellings,
menus padded with &nbsp;, a page in windows-874, a placeholder that answers 200, a dead link,
a redirect loop, evidence on Google Drive, real PDFs with meaningless file names, last year's
plan left in place.  So the demo shows every status and kind of finding of a real scan.  The
builders here also make the test world (tests/sitekit/world.py).
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from importlib import resources

from crawler.criteria.loader import RuleSet
from crawler.criteria.models import ItemRule
from crawler.demo.docx import DOCX_TYPE, docx_bytes
from crawler.demo.server import Response, html, raw, redirect
from crawler.match.keywords import keyword_hit
from crawler.match.title import match_title
from crawler.thai.fiscal import Freshness
from crawler.thai.normalize import compact

THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
# Phrases that satisfy regular-expression element keywords ("re:โทร|0\\d…", "re:นาย|นาง…").
SAMPLES = (
    "นายสมชาย ใจดี",
    "โทร 042-123-456",
    "saraban@tambon.go.th",
    "จำนวน 12 เรื่อง",
    "ร้อยละ 85",
    "ไตรมาสที่ 2",
    "6 เดือน",
    "www.tambon.go.th",
)
FILLER = "ทต.บ้านตัวอย่าง"  # the demo town: its documents name it, as an agency's own do


def year_phrase(freshness: Freshness, year: int, fresh: bool) -> str:
    shift = 0 if fresh else 2
    y = year - shift
    return {
        Freshness.CURRENT_FY: f"ประจำปีงบประมาณ พ.ศ. {y}",
        Freshness.COVERS_CURRENT_FY: f"(พ.ศ. {y - 1} - {y + 3})" if fresh else f"(พ.ศ. {y - 6} - {y - 2})",
        Freshness.FIRST_HALF_FY: f"(ตุลาคม {y - 1} - มีนาคม {y})",
        Freshness.MONTHLY: f"ประจำเดือนมีนาคม {y}",
        Freshness.PREVIOUS_FY: f"ประจำปีงบประมาณ พ.ศ. {y - 1}",
        Freshness.TIMELESS: "",
    }[Freshness(freshness)]


def element_texts(item: ItemRule) -> list[tuple[str, str]] | None:
    """(label, a phrase that satisfies the element) for each required element, or None."""
    found = []
    for element in item.elements:
        if element.optional:
            continue
        phrase = None
        for keyword in element.any:
            if keyword.startswith("re:"):
                phrase = next((s for s in SAMPLES if keyword_hit(keyword, compact(s))), None)
            else:
                phrase = keyword.split("|")[0]
            if phrase:
                break
        if phrase is None:
            return None
        found.append((element.label, phrase))
    return found


def exclusive_labels(item: ItemRule, ruleset: RuleSet, year_text: str) -> list[str]:
    """Labels (title/aliases plus the year phrase) that name this item and no other."""
    labels = []
    for base in (item.title, *item.aliases):
        if re.search(r"25\d\d", base):
            continue  # an alias with its own years would contradict the year phrase
        label = f"{base} {year_text}".strip()
        if not match_title(item, label).ok:
            continue
        if any(other.code != item.code and match_title(other, label).ok for other in ruleset.items):
            continue
        labels.append(label)
    return labels


def code_form(number: int, rng: random.Random) -> str:
    return rng.choice(
        [f"O{number}", f"o{number:02d}", f"O-{number}", f"0{number:02d}".translate(THAI_DIGITS), f"OIT {number}"]
    )


@dataclass
class Entry:
    item: ItemRule
    status: str
    label: str
    target: str | None  # href; None for a missing item; "" for an empty link


def plan_item(
    item: ItemRule, ruleset: RuleSet, year: int, rng: random.Random, routes: dict, order: list[str] | tuple[str, ...]
) -> Entry:
    """Build the evidence for ``item`` with the first status of ``order`` that the item allows."""
    fresh_text = year_phrase(item.freshness, year, fresh=True)
    elements = element_texts(item)
    for status in order:
        if status == "stale" and item.freshness == Freshness.TIMELESS:
            continue
        if status in ("pass", "incomplete") and not elements and status == "incomplete":
            continue
        if status in ("pass", "incomplete") and elements is None:
            continue
        year_text = year_phrase(item.freshness, year, fresh=status != "stale")
        labels = exclusive_labels(item, ruleset, year_text)
        if not labels:
            continue
        label = rng.choice(labels)
        slug = f"{item.code.lower()}-{rng.randrange(10**6)}"
        if status == "missing":
            return Entry(item, status, label, None)
        if status == "review":
            return Entry(item, status, label, f"https://drive.google.com/file/d/{slug}/view")
        if status == "broken":
            if rng.random() < 0.5:
                return Entry(item, status, label, f"/files/{slug}.pdf")  # never served: 404
            routes[f"/page/{slug}"] = html(
                f"<html><head><title>{label}</title></head><body><p>กำลังปรับปรุงข้อมูล...</p></body></html>"
            )
            return Entry(item, status, label, f"/page/{slug}")
        if status == "stale":
            # a real PDF whose text names no year: the link's old year decides
            routes[f"/files/{slug}.pdf"] = raw(bundled_pdf(UNDATED_PDF), "application/pdf")
            return Entry(item, status, label, f"/files/{slug}.pdf")
        # pass / incomplete: an HTML page that shows the content
        assert elements is not None
        body = [phrase for _label, phrase in elements]
        page_text = " ".join([label, fresh_text, FILLER, *body])
        if status == "incomplete":
            droppable = [
                index
                for index, (_l, phrase) in enumerate(elements)
                if not _hits(item, index, " ".join([label, fresh_text, FILLER, *body[:index], *body[index + 1 :]]))
            ]
            if not droppable:
                continue
            drop = rng.choice(droppable)
            body = body[:drop] + body[drop + 1 :]
        elif not all(_hits(item, index, page_text) for index in range(len(elements))):
            continue
        if item.kind == "document":
            # a plan or a report is a document, not a page about it
            routes[f"/files/{slug}.docx"] = raw(docx_bytes([label, fresh_text, FILLER, *body]), DOCX_TYPE)
            return Entry(item, status, label, f"/files/{slug}.docx")
        paragraphs = "".join(f"<p>{text}</p>" for text in body) or "<p>รายละเอียดดังนี้</p>"
        routes[f"/page/{slug}"] = html(
            f"<html><head><title>{label}</title></head><body><h1>{label}</h1><p>{FILLER}</p>{paragraphs}</body></html>"
        )
        return Entry(item, status, label, f"/page/{slug}")
    return Entry(item, "missing", item.title, None)


def _hits(item: ItemRule, index: int, text: str) -> bool:
    required = [element for element in item.elements if not element.optional]
    return any(keyword_hit(keyword, compact(text)) for keyword in required[index].any)


def tis620(routes: dict[str, Response]) -> None:
    for path, response in routes.items():
        if (response.content_type or "").startswith("text/html") and isinstance(response.body, bytes):
            text = response.body.decode("utf-8").replace("<ul class='nav'>", "<ul class='nav'>&nbsp;&nbsp;&nbsp;")
            routes[path] = Response(response.status, text.encode("cp874"), content_type="text/html; charset=tis-620")


DEMO_PATTERN = ("pass", "review", "stale", "pass", "incomplete", "broken", "pass", "missing")
BUNDLED_PDFS = ("doc_20231105_001.pdf", "file_8812.pdf", "1699864123.pdf")
UNDATED_PDF = "1699864123.pdf"
TOWN = "เทศบาลตำบลบ้านตัวอย่าง"


def bundled_pdf(name: str) -> bytes:
    return resources.files("crawler.demo").joinpath("files", name).read_bytes()


def build_demo(ruleset: RuleSet) -> dict[str, Response]:
    """The demo site's routes for the criteria of ``ruleset.year``."""
    year = ruleset.year
    rng = random.Random(f"demo-{year}")
    routes: dict[str, Response] = {}
    entries = []
    for index, item in enumerate(ruleset.items):
        first = DEMO_PATTERN[index % len(DEMO_PATTERN)]
        order = [first, *(status for status in ("pass", "review", "missing") if status != first)]
        entries.append(plan_item(item, ruleset, year, rng, routes, order))
    menu = (
        "<ul class='menu'>"
        "<li><a href='/index.php'>หน้าแรก&nbsp;&nbsp;&nbsp;</a></li>"
        "<li><span>เกี่ยวกับเรา</span><ul><li><a href='/about.php'>ประวัติความเป็นมา</a></li>"
        "<li><a href='/contact.php'>ติดต่อเรา</a></li></ul></li>"
        "<li><a href='/calendar.php'>ปฏิทินกิจกรรม</a></li>"
        "<li><a href='https://www.facebook.com/banexample'>Facebook</a></li></ul>"
    )

    def page(title: str, body: str) -> str:
        return (
            f"<html><head><meta charset='utf-8'><title>{title} - {TOWN}</title></head><body>"
            f"<div class='header'><b>{TOWN}</b> อำเภอเมือง จังหวัดตัวอย่าง</div>{menu}"
            f"<div id='content'>{body}</div><div class='footer'>{TOWN} โทร 042-000-000</div></body></html>"
        )

    rows = "".join(
        f"<tr><td>{code_form(e.item.number, rng)}</td><td>{e.label}</td>"
        f"<td><a href='{e.target}'>{rng.choice(['คลิก', 'ดาวน์โหลด', 'ดูข้อมูล'])}</a></td></tr>"
        for e in entries
        if e.target is not None
    )
    thai_year = str(year).translate(THAI_DIGITS)
    routes[f"/ita{year}.php"] = html(
        page(
            f"ITA {year}",
            f"<h2>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. {thai_year}</h2>"
            f"<table><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>{rows}</table>"
            "<!-- <a href='/files/draft-ita.pdf'>ร่างรายงาน</a> -->",
        )
    )
    routes[f"/ita{year - 1}.php"] = html(
        page(
            f"ITA {year - 1}",
            f"<h2>ITA {year - 1}</h2><p>ข้อมูลของปีที่แล้ว</p>"
            f"<a href='/files/ita{year - 1}-summary.pdf'>สรุปผลการประเมิน ITA {year - 1}</a>",
        )
    )
    routes[f"/files/ita{year - 1}-summary.pdf"] = raw(bundled_pdf(BUNDLED_PDFS[2]), "application/pdf")
    news = "".join(f"<li><a href='/news/{n}.php'>ข่าวประชาสัมพันธ์ ฉบับที่ {n}/{year}</a></li>" for n in range(1, 4))
    # The ITA menu exists only in a JSON file that a script reads into an empty <div id="nav">,
    # as on real sites: the scan reaches it through the system Chromium.
    ita_menu = [{"href": f"/ita{y}.php", "label": f"ITA {y}"} for y in (year, year - 1)]
    routes["/data/ita-menu.json"] = raw(json.dumps(ita_menu).encode(), "application/json")
    script = (
        "<div id='nav'></div><script>fetch('/data/ita-menu.json').then(r => r.json()).then(items => {"
        " const nav = document.getElementById('nav');"
        " for (const item of items) { const a = document.createElement('a'); a.href = item.href;"
        " a.textContent = item.label; nav.appendChild(a); } });</script>"
    )
    home = f"{script}<h1>ยินดีต้อนรับสู่{TOWN}</h1><h3>ข่าวประชาสัมพันธ์</h3><ul>{news}</ul>"
    routes["/"] = html(page("หน้าแรก", home))
    routes["/index.php"] = redirect("/")
    for n in range(1, 4):
        routes[f"/news/{n}.php"] = html(
            page(f"ข่าว {n}", f"<h1>ข่าวประชาสัมพันธ์ ฉบับที่ {n}/{year}</h1><p>เทศบาลจัดกิจกรรมรณรงค์ทำความสะอาดชุมชน</p>")
        )
    routes["/about.php"] = html(
        page("ประวัติความเป็นมา", "<h1>ประวัติความเป็นมา</h1><p>" + "ตำบลบ้านตัวอย่างตั้งอยู่ริมแม่น้ำ “สายเก่า”… " * 4),
        charset="tis-620",
    )
    routes["/contact.php"] = html(page("ติดต่อเรา", "<p>กำลังปรับปรุงข้อมูล...</p>"))
    routes["/calendar.php"] = redirect("/calendar2.php")
    routes["/calendar2.php"] = redirect("/calendar.php")
    routes["/robots.txt"] = raw(b"User-agent: *\nDisallow: /admin/\nSitemap: /sitemap.xml\n", "text/plain")
    routes["/sitemap.xml"] = raw(
        b"<urlset><url><loc>/</loc></url><url><loc>/about.php</loc></url></urlset>", "application/xml"
    )
    return routes
