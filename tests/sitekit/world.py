"""A world of generated municipal sites with ground truth per item, for scoring the scanner.

Each site has one layout — an ITA table page, no ITA page (items spread over menus), a
multi-year ITA page, per-item pages — and every item of the assessed year gets a true status
chosen at random (seeded): the site is then built so that a careful auditor would give that
status.  Labels come from the rule file's titles and aliases with varied code forms and year
phrases; the generator only uses a label that names its item and no other item, so the truth
is unambiguous.  New traps are a few lines here.

True statuses follow the tool's semantics: a PDF that is not read yet can only be ``stale``
(its link text names an old year) or ``broken``; ``review`` is evidence on Google Drive.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from crawler.criteria.loader import RuleSet
from crawler.criteria.models import ItemRule
from crawler.match.keywords import keyword_hit
from crawler.match.title import match_title
from crawler.thai.fiscal import Freshness
from crawler.thai.normalize import compact
from tests.sitekit.server import Response, html, raw

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
LAYOUTS = ("ita_table", "menus", "multi_year", "per_item")
STATUSES = ("pass", "stale", "incomplete", "broken", "missing", "review")
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
FILLER = "อบต.ตัวอย่าง"


@dataclass
class WorldSite:
    name: str
    layout: str
    routes: dict[str, Response]
    truth: dict[str, str] = field(default_factory=dict)


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
class _Entry:
    item: ItemRule
    status: str
    label: str
    target: str | None  # href; None for a missing item; "" for an empty link


def build_site(ruleset: RuleSet, layout: str, seed: int) -> WorldSite:
    rng = random.Random(f"{layout}-{seed}")
    year = ruleset.year
    site = WorldSite(f"{layout}-{seed}", layout, {})
    routes = site.routes
    entries: list[_Entry] = []
    for item in ruleset.items:
        entry = _plan_item(item, ruleset, year, rng, routes, layout)
        site.truth[item.code] = entry.status
        entries.append(entry)
    _layout(layout, ruleset, entries, routes, rng, year)
    if seed % 2:
        _as_tis620(routes)  # old PHP CMSs: the whole site in windows-874, declared as TIS-620
    return site


def _as_tis620(routes: dict[str, Response]) -> None:
    for path, response in routes.items():
        if (response.content_type or "").startswith("text/html") and isinstance(response.body, bytes):
            text = response.body.decode("utf-8").replace("<ul class='nav'>", "<ul class='nav'>&nbsp;&nbsp;&nbsp;")
            routes[path] = Response(response.status, text.encode("cp874"), content_type="text/html; charset=tis-620")


def _plan_item(item: ItemRule, ruleset: RuleSet, year: int, rng: random.Random, routes: dict, layout: str) -> _Entry:
    fresh_text = year_phrase(item.freshness, year, fresh=True)
    choices = list(STATUSES)
    rng.shuffle(choices)
    elements = element_texts(item)
    for status in choices:
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
            return _Entry(item, status, label, None)
        if status == "review":
            return _Entry(item, status, label, f"https://drive.google.com/file/d/{slug}/view")
        if status == "broken":
            if rng.random() < 0.5:
                return _Entry(item, status, label, f"/files/{slug}.pdf")  # never served: 404
            routes[f"/page/{slug}"] = html(
                f"<html><head><title>{label}</title></head><body><p>กำลังปรับปรุงข้อมูล...</p></body></html>"
            )
            return _Entry(item, status, label, f"/page/{slug}")
        if status == "stale":
            routes[f"/files/{slug}.pdf"] = raw(PDF, "application/pdf")
            return _Entry(item, status, label, f"/files/{slug}.pdf")
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
        paragraphs = "".join(f"<p>{text}</p>" for text in body) or "<p>รายละเอียดดังนี้</p>"
        routes[f"/page/{slug}"] = html(
            f"<html><head><title>{label}</title></head><body><h1>{label}</h1><p>{FILLER}</p>{paragraphs}</body></html>"
        )
        return _Entry(item, status, label, f"/page/{slug}")
    return _Entry(item, "missing", item.title, None)


def _hits(item: ItemRule, index: int, text: str) -> bool:
    required = [element for element in item.elements if not element.optional]
    return any(keyword_hit(keyword, compact(text)) for keyword in required[index].any)


def _layout(layout: str, ruleset: RuleSet, entries: list[_Entry], routes: dict, rng: random.Random, year: int) -> None:
    present = [entry for entry in entries if entry.target is not None]
    menu = "<ul class='nav'><li><a href='/'>หน้าแรก</a></li><li><a href='/about'>เกี่ยวกับเรา</a></li>"
    routes["/about"] = html("<html><body><h1>ประวัติความเป็นมา</h1><p>" + "ตำบลตัวอย่างก่อตั้งเมื่อนานมาแล้ว " * 5)
    if layout == "menus":
        groups: dict[str, list[_Entry]] = {}
        for entry in present:
            groups.setdefault(ruleset.sub_indicator(entry.item.sub).title, []).append(entry)
        for title, members in groups.items():
            menu += f"<li><span>{title}</span><ul>"
            menu += "".join(f"<li><a href='{e.target}'>{e.label}</a></li>" for e in members)
            menu += "</ul></li>"
        menu += "</ul>"
        routes["/"] = html(f"<html><head><title>อบต.ตัวอย่าง</title></head><body>{menu}<h1>ยินดีต้อนรับ</h1></body></html>")
        return
    table_rows = "".join(_row(entry, rng) for entry in present)
    heading = f"การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. {str(year).translate(THAI_DIGITS)}"
    if layout == "per_item":
        rows = ""
        for entry in present:
            number = entry.item.number
            rows += f"<li><a href='/ita/o{number}'>O{number} {entry.item.title}</a></li>"
            routes[f"/ita/o{number}"] = html(
                f"<html><body><h2>O{number} {entry.item.title}</h2>"
                f"<p>{entry.label}</p><a href='{entry.target}'>ดาวน์โหลด</a></body></html>"
            )
        body = f"<h2>{heading}</h2><ul>{rows}</ul>"
    else:
        body = f"<h2>{heading}</h2><table><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>{table_rows}</table>"
    menu += f"<li><a href='/ita{year}'>ITA {year}</a></li>"
    if layout == "multi_year":
        menu += f"<li><a href='/ita{year - 1}'>ITA {year - 1}</a></li>"
        old_rows = ""
        for entry in present:
            old = f"/files/old-{entry.item.code.lower()}.pdf"
            routes[old] = raw(PDF, "application/pdf")
            old_label = entry.label.replace(str(year), str(year - 1)).replace(str(year - 1 - 1), str(year - 2))
            old_rows += f"<tr><td>{entry.item.code}</td><td>{old_label}</td><td><a href='{old}'>คลิก</a></td></tr>"
        routes[f"/ita{year - 1}"] = html(
            f"<html><body><h2>ITA {year - 1} การเปิดเผยข้อมูลสาธารณะ</h2><table>{old_rows}</table></body></html>"
        )
    menu += "</ul>"
    routes[f"/ita{year}"] = html(f"<html><head><title>ITA {year}</title></head><body>{menu}{body}</body></html>")
    routes["/"] = html(f"<html><head><title>อบต.ตัวอย่าง</title></head><body>{menu}<h1>ยินดีต้อนรับ</h1></body></html>")


def _row(entry: _Entry, rng: random.Random) -> str:
    code = code_form(entry.item.number, rng)
    link_text = rng.choice(["คลิก", "ดาวน์โหลด", "ดูข้อมูล", entry.label])
    return f"<tr><td>{code}</td><td>{entry.label}</td><td><a href='{entry.target}'>{link_text}</a></td></tr>"


def build_world(ruleset: RuleSet, seeds: int = 2) -> list[WorldSite]:
    return [build_site(ruleset, layout, seed) for layout in LAYOUTS for seed in range(seeds)]
