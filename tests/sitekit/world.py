"""A world of generated municipal sites with ground truth per item, for scoring the scanner.

Each site has one layout — an ITA table page, no ITA page (items spread over menus), a
multi-year ITA page, per-item pages — and every item of the assessed year gets a true status
chosen at random (seeded): the site is then built so that a careful auditor would give that
status.  Labels come from the rule file's titles and aliases with varied code forms and year
phrases; the generator only uses a label that names its item and no other item, so the truth
is unambiguous.  New traps are a few lines here.

True statuses follow the tool's semantics: documents are real PDFs whose own text names no
year and holds no elements, so they can only be ``stale`` (the link names an old year) or
``broken``; ``review`` is evidence on Google Drive.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from crawler.criteria.loader import RuleSet
from crawler.demo.server import Response, html, raw
from crawler.demo.site import STATUSES, THAI_DIGITS, UNDATED_PDF, Entry, bundled_pdf, code_form, plan_item, tis620

LAYOUTS = ("ita_table", "menus", "multi_year", "per_item")


@dataclass
class WorldSite:
    name: str
    layout: str
    routes: dict[str, Response]
    truth: dict[str, str] = field(default_factory=dict)


def build_site(ruleset: RuleSet, layout: str, seed: int) -> WorldSite:
    rng = random.Random(f"{layout}-{seed}")
    year = ruleset.year
    site = WorldSite(f"{layout}-{seed}", layout, {})
    routes = site.routes
    entries: list[Entry] = []
    for item in ruleset.items:
        order = list(STATUSES)
        rng.shuffle(order)
        entry = plan_item(item, ruleset, year, rng, routes, order)
        site.truth[item.code] = entry.status
        entries.append(entry)
    _layout(layout, ruleset, entries, routes, rng, year)
    if seed % 2:
        tis620(routes)  # old PHP CMSs: the whole site in windows-874, declared as TIS-620
    return site


def _layout(layout: str, ruleset: RuleSet, entries: list[Entry], routes: dict, rng: random.Random, year: int) -> None:
    present = [entry for entry in entries if entry.target is not None]
    menu = "<ul class='nav'><li><a href='/'>หน้าแรก</a></li><li><a href='/about'>เกี่ยวกับเรา</a></li>"
    routes["/about"] = html("<html><body><h1>ประวัติความเป็นมา</h1><p>" + "ตำบลตัวอย่างก่อตั้งเมื่อนานมาแล้ว " * 5)
    if layout == "menus":
        groups: dict[str, list[Entry]] = {}
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
            routes[old] = raw(bundled_pdf(UNDATED_PDF), "application/pdf")
            old_label = entry.label.replace(str(year), str(year - 1)).replace(str(year - 1 - 1), str(year - 2))
            old_rows += f"<tr><td>{entry.item.code}</td><td>{old_label}</td><td><a href='{old}'>คลิก</a></td></tr>"
        routes[f"/ita{year - 1}"] = html(
            f"<html><body><h2>ITA {year - 1} การเปิดเผยข้อมูลสาธารณะ</h2><table>{old_rows}</table></body></html>"
        )
    menu += "</ul>"
    routes[f"/ita{year}"] = html(f"<html><head><title>ITA {year}</title></head><body>{menu}{body}</body></html>")
    routes["/"] = html(f"<html><head><title>อบต.ตัวอย่าง</title></head><body>{menu}<h1>ยินดีต้อนรับ</h1></body></html>")


def _row(entry: Entry, rng: random.Random) -> str:
    code = code_form(entry.item.number, rng)
    link_text = rng.choice(["คลิก", "ดาวน์โหลด", "ดูข้อมูล", entry.label])
    return f"<tr><td>{code}</td><td>{entry.label}</td><td><a href='{entry.target}'>{link_text}</a></td></tr>"


def build_world(ruleset: RuleSet, seeds: int = 2) -> list[WorldSite]:
    return [build_site(ruleset, layout, seed) for layout in LAYOUTS for seed in range(seeds)]
