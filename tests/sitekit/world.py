"""A world of generated municipal sites with a ground-truth verdict per item, for scoring the scanner.

The world knows nothing of the tool's rule files: it carries its own catalogue
(``world_catalog/*.yaml``, taken from real municipal reports and the research notes, each entry
citing its source) of the labels real sites use, what the documents say, their freshness and
near-miss decoys.  Every item of every site gets a true verdict — pass, stale, incomplete,
broken, missing or review — and the site is built so that a careful auditor gives exactly that
verdict:

- pass: the right document, its own text dated in the right period, every element present
  (sometimes last year's version beside it, sometimes the elements spread over two documents);
- stale: only versions of another period (dated in their text), sometimes under a label that
  claims the assessed year;
- incomplete: the right period, one required element absent from all the item's evidence;
- broken: the only link answers 404/500, has an empty ``href`` or serves a damaged file;
- missing: nothing (sometimes a decoy: a news post, a meeting about the item);
- review: the evidence is only on an external service (Google Drive, anyflip, a Facebook post),
  or is a scanned image-only PDF whose year appears nowhere else.

Layouts: an ITA table page, ordinary menus without codes, a year selector (ITA 2566 and 2567
side by side), per-item pages, and a JavaScript menu built from JSON.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import ClassVar
from urllib.parse import quote, unquote, urlsplit

import yaml

from crawler.demo.server import Request, Response, html, raw
from tests.sitekit.docs import EXTENSIONS, FONTS, Doc, DocFactory, damaged

FY = 2567  # the assessed year: FY2567 = 1 ต.ค. 2566 – 30 ก.ย. 2567
CATALOG_DIR = Path(__file__).with_name("world_catalog")
VERDICTS = ("pass", "stale", "incomplete", "broken", "missing", "review")
WEIGHTS = {"pass": 46, "stale": 12, "incomplete": 12, "broken": 10, "missing": 12, "review": 8}
LAYOUTS = ("ita_table", "menus", "year_selector", "per_item", "js_menu")
FIRST_HALF = (10, 11, 12, 1, 2, 3)  # the months a monthly series must hold (seed 002: "ให้ครบทุกเดือน")
DATED = ("current_fy", "covers_current_fy", "first_half", "previous_fy", "monthly")

THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
MONTHS = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)  # fmt: skip
ABBR = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.")


def th(value: object) -> str:
    return str(value).translate(THAI_DIGITS)


# -- the catalogue -----------------------------------------------------------------------------


def load_catalog(directory: Path = CATALOG_DIR) -> dict[str, dict]:
    """Item code → entry, from every YAML file of the catalogue (one per sub-indicator)."""
    catalog: dict[str, dict] = {}
    for path in sorted(directory.glob("*.yaml")):
        for code, entry in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).items():
            if code in catalog:
                raise ValueError(f"{code} twice in the catalogue ({path.name})")
            catalog[code] = {**entry, "code": code, "sub": path.stem}
    return dict(sorted(catalog.items(), key=lambda kv: int(kv[0][1:])))


def allowed_verdicts(entry: dict) -> list[str]:
    verdicts = list(entry.get("verdicts") or VERDICTS)
    if entry["fresh"] not in DATED:
        verdicts = [v for v in verdicts if v != "stale"]
    if len(entry["elements"]) < 2:
        verdicts = [v for v in verdicts if v != "incomplete"]
    return verdicts


# -- agencies ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Agency:
    full: str  # องค์การบริหารส่วนตำบลหนองบัว
    short: str  # อบต.หนองบัว
    tambon: str
    slug: str
    chief: str  # นายก… (title of the chief executive)


AGENCIES = (
    Agency("องค์การบริหารส่วนตำบลหนองบัว", "อบต.หนองบัว", "หนองบัว", "nongbua", "นายกองค์การบริหารส่วนตำบลหนองบัว"),
    Agency("เทศบาลตำบลท่าข้าม", "ทต.ท่าข้าม", "ท่าข้าม", "thakham", "นายกเทศมนตรีตำบลท่าข้าม"),
    Agency("องค์การบริหารส่วนตำบลโคกสูง", "อบต.โคกสูง", "โคกสูง", "khoksung", "นายกองค์การบริหารส่วนตำบลโคกสูง"),
    Agency("เทศบาลตำบลบ้านใหม่", "เทศบาลตำบลบ้านใหม่", "บ้านใหม่", "banmai", "นายกเทศมนตรีตำบลบ้านใหม่"),
)


# -- periods: what a version of a document covers, written the way sites write it ------------


@dataclass(frozen=True)
class Period:
    text: str  # the period as the document's own title/heading writes it ("" when timeless)
    label_year: str  # what a label's {y} says for this version
    year: int  # the B.E. year the version belongs to (fiscal year, report year, plan start)
    sign: tuple[int, int, int]  # (day, month, B.E. year) of the signature line
    month: tuple[int, int] | None = None  # (month, B.E. year) of a monthly summary
    prev: int = 0  # the year analysed (O42)
    file_year: str = ""  # how a file name of this version writes its year


def _year_form(year: int, rng: random.Random) -> str:
    return rng.choice([str(year), th(year), f"พ.ศ. {th(year)}", f"พ.ศ.{year}"])


def _short(year: int) -> str:
    return str(year)[2:]


def make_period(entry: dict, age: int, rng: random.Random, month: int | None = None) -> Period:
    """The period of a version ``age`` years behind the one the assessed year asks for
    (``month``: which month of a monthly series, else one at random)."""
    fresh = entry["fresh"]
    if fresh == "current_fy":
        year = FY - age
        text = rng.choice([
            f"ประจำปีงบประมาณ พ.ศ. {th(year)}",
            f"ประจำปีงบประมาณ {year}",
            f"ปีงบประมาณ พ.ศ. {th(year)}",
            f"ประจำปี {th(year)}",
        ])  # fmt: skip
        window = entry.get("current_window" if age == 0 else "old_window")
        if window:
            (y0, m0), (_, m1) = (tuple(int(x) for x in w.split("-")) for w in window)
            sign = (rng.randint(2, 27), rng.randint(m0, m1), y0)
            text = f"วันที่ {th(sign[0])} {MONTHS[sign[1] - 1]} {th(sign[2])}"
        else:
            sign = rng.choice([(28, 9, year - 1), (rng.randint(2, 27), rng.randint(10, 12), year - 1),
                               (rng.randint(2, 27), rng.randint(1, 3), year)])  # fmt: skip
        return Period(text, _year_form(year, rng), year, sign, prev=year - 1, file_year=str(year))
    if fresh == "covers_current_fy":
        start, end = rng.choice([(2566, 2570), (2565, 2568), (2566, 2569)])
        if age:
            start, end = rng.choice([(2561, 2565), (2562, 2565), (2560, 2564)])
        text = rng.choice([f"(พ.ศ. {th(start)} – {th(end)})", f"พ.ศ. {start}-{end}", f"(พ.ศ. {th(start)} - {th(end)})"])
        label = rng.choice([f"{start}-{end}", f"{th(start)} – {th(end)}", f"พ.ศ. {th(start)}-{th(end)}"])
        sign = (rng.randint(2, 27), rng.choice([6, 9, 11]), start - 1)
        return Period(text, label, start, sign, file_year=rng.choice([f"{start}-{end}", f"{start}_{str(end)[2:]}"]))
    if fresh == "first_half":
        year = FY - age
        text = rng.choice([
            f"รอบ ๖ เดือน (๑ ตุลาคม {th(year - 1)} – ๓๑ มีนาคม {th(year)})",
            f"รอบ 6 เดือน ประจำปีงบประมาณ {year} (ต.ค. {_short(year - 1)} – มี.ค. {_short(year)})",
            f"ระหว่างเดือนตุลาคม {year - 1} ถึงเดือนมีนาคม {year}",
            f"ประจำปีงบประมาณ พ.ศ. {th(year)} รอบ ๖ เดือน (ต.ค. {th(_short(year - 1))} – มี.ค. {th(_short(year))})",
        ])  # fmt: skip
        return Period(text, _year_form(year, rng), year, (rng.randint(2, 28), 4, year), file_year=str(year))
    if fresh == "previous_fy":
        year = FY - 1 - age
        text = rng.choice([
            f"ประจำปีงบประมาณ พ.ศ. {th(year)}",
            f"ปีงบประมาณ {year} (๑ ตุลาคม {th(year - 1)} – ๓๐ กันยายน {th(year)})",
            f"ประจำปีงบประมาณ {th(year)}",
        ])  # fmt: skip
        sign = (rng.randint(2, 28), rng.randint(10, 12), year)
        return Period(text, _year_form(year, rng), year, sign, file_year=str(year))
    if fresh == "monthly":
        year = FY - age
        month = month or rng.choice(FIRST_HALF)
        cal = year - 1 if month >= 10 else year
        text = rng.choice([f"ประจำเดือน{MONTHS[month - 1]} พ.ศ. {th(cal)}", f"เดือน {ABBR[month - 1]} {_short(cal)}"])
        label = rng.choice(
            [f"{MONTHS[month - 1]} {th(cal)}", f"{ABBR[month - 1]} {_short(cal)}", f"{MONTHS[month - 1]} {cal}"]
        )
        sign = (rng.randint(1, 10), month % 12 + 1, cal + (month == 12))
        return Period(text, label, year, sign, month=(month, cal), file_year=f"{cal}-{month:02d}")
    # timeless: many manuals and codes of ethics were written years ago and are still in force
    year = rng.choice([2562, 2563, 2564, 2565, 2566])
    return Period("", "", year, (rng.randint(1, 28), rng.randint(1, 12), year))


def fill(template: str, agency: Agency, period: Period | None, rng: random.Random, *, full: bool = False) -> str:
    """Fill a catalogue template; a template asking for a year the version has none of loses it."""
    values = {
        "a": agency.full if full else agency.short,
        "t": agency.tambon,
        "host": f"{agency.slug}.go.th",
        "slug": agency.slug,
        "n": str(rng.randint(2, 480)),
        "y": period.label_year if period else "",
        "period": period.text if period else "",
        "prev": str(period.prev) if period and period.prev else "",
        "prevperiod": f"พ.ศ. {th(period.prev)}" if period and period.prev else "",
        "m": "",
    }
    if period and period.month:
        month, cal = period.month
        values["m"] = rng.choice([f"{MONTHS[month - 1]} {th(cal)}", f"{ABBR[month - 1]} {_short(cal)}"])
    text = template
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return " ".join(text.replace("()", "").split())


# -- what documents say --------------------------------------------------------------------------

# A line of content under each element's heading, by element id; never naming another element.
FILLER = {
    "projects": "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ ๒ / โครงการจัดงานวันผู้สูงอายุ / โครงการอบรมอาสาสมัครป้องกันภัย",
    "budget": "รวมทั้งสิ้น ๓,๔๕๐,๐๐๐ บาท จำแนกรายโครงการตามตาราง",
    "timeline": "ไตรมาสที่ ๑ – ไตรมาสที่ ๔",
    "progress": "ดำเนินการแล้วเสร็จ ๑๒ โครงการ อยู่ในขั้นตอนจัดซื้อจัดจ้าง ๕ โครงการ",
    "results": "ดำเนินโครงการตามแผนได้ ๔๒ โครงการ จาก ๕๐ โครงการ คิดเป็นร้อยละ ๘๔",
    "problems": "๑) การเบิกจ่ายล่าช้าในไตรมาสแรก ๒) บุคลากรมีจำนวนจำกัด",
    "suggestions": "ควรเร่งรัดการดำเนินการในไตรมาสแรก และจัดอบรมเจ้าหน้าที่เพิ่มเติม",
    "strategy": "ยุทธศาสตร์ที่ ๑ ด้านโครงสร้างพื้นฐาน ยุทธศาสตร์ที่ ๒ ด้านคุณภาพชีวิต ยุทธศาสตร์ที่ ๓ ด้านการบริหารจัดการ",
    "goals": "ประชาชนมีคุณภาพชีวิตที่ดี มีถนนและแหล่งน้ำเพื่อการเกษตรเพียงพอ",
    "indicators": "ร้อยละของครัวเรือนที่มีน้ำประปาใช้ ไม่น้อยกว่าร้อยละ ๙๕",
    "task": "รับผิดชอบการรับชำระ ตรวจสอบ และนำส่งเงินรายได้",
    "position": "ผู้ปฏิบัติงานตามตำแหน่งที่กำหนดในกรอบอัตรากำลัง",
    "steps": "๑. รับเรื่อง ๒. ตรวจสอบเอกสาร ๓. เสนอผู้มีอำนาจพิจารณา ๔. แจ้งผล",
    "service": "ให้บริการแก่ประชาชนทั่วไปในเขตพื้นที่ ณ สำนักงาน ในวันและเวลาราชการ",
    "O26.stats": "อัตรากำลังทั้งหมด ๔๒ อัตรา บรรจุใหม่ ๓ ราย โอน/ย้าย ๒ ราย เข้ารับการฝึกอบรม ๓๘ ราย",
    "stats": "งานทะเบียนราษฎร ๓๑๒ ราย งานจัดเก็บรายได้ ๕๒๐ ราย งานป้องกันและบรรเทาสาธารณภัย ๔๕ ราย",
    "plan": "รายการตามบัญชีแนบท้ายประกาศนี้",
    "announce": "รายละเอียดตามเอกสารแนบท้ายประกาศ",
    "summary": "วิธีเฉพาะเจาะจง ๑๘๕ รายการ วิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding) ๖ รายการ",
    "policy": "เพื่อให้เป็นแนวทางปฏิบัติของผู้บริหารและเจ้าหน้าที่ทุกคน",
    "recruit": "ดำเนินการด้วยความโปร่งใส เปิดเผย และตรวจสอบได้",
    "appoint": "เป็นไปตามมาตรฐานทั่วไปของคณะกรรมการพนักงานส่วนท้องถิ่น",
    "develop": "จัดส่งพนักงานเข้ารับการอบรมอย่างน้อยปีละ ๑ หลักสูตร",
    "appraise": "ประเมินปีละ ๒ ครั้ง ตามแบบที่กำหนด",
    "reward": "พิจารณาความดีความชอบด้วยความเป็นธรรม และดำเนินการทางวินัยตามระเบียบ",
    "how": "ผู้ร้องแจ้งชื่อ ที่อยู่ และรายละเอียดพฤติการณ์พร้อมหลักฐาน (ถ้ามี)",
    "unit": "ผู้ประสานงาน โทร. ๐๔๓-๒๑๒๓๔๕ ต่อ ๑๐๒",
    "timeframe": "นับแต่วันที่ได้รับเรื่อง",
    "total": "๒ เรื่อง",
    "done": "๑ เรื่อง",
    "ongoing": "๑ เรื่อง",
    "activity": "มีผู้เข้าร่วมกิจกรรมจำนวน ๘๕ คน ประกอบด้วยผู้บริหาร สมาชิกสภา พนักงาน และประชาชน",
    "nogift": "เพื่อเป็นการป้องกันผลประโยชน์ทับซ้อนและสร้างวัฒนธรรมองค์กรที่ดี",
    "signed": "",
    "report": "สรุปผลตามแบบรายงานที่แนบ",
    "events": "การเบิกจ่ายค่าตอบแทนล่วงเวลา / การตรวจรับงานก่อสร้าง",
    "level": "สูง ๑ เรื่อง ปานกลาง ๑ เรื่อง",
    "measures": "กำหนดผู้รับผิดชอบและระยะเวลาในการดำเนินการอย่างชัดเจน",
    "actions": "ตรวจสอบการลงเวลาปฏิบัติงานทุกเดือน และแต่งตั้งคณะกรรมการตรวจรับที่มีความรู้",
    "code": "หมวด ๑ บททั่วไป หมวด ๒ มาตรฐานทางจริยธรรม หมวด ๓ กลไกและระบบการบังคับใช้",
    "team": "ประกอบด้วยปลัด เป็นประธาน และหัวหน้าส่วนราชการเป็นคณะทำงาน",
    "dodont": "ควรทำ: ปฏิบัติงานด้วยความซื่อสัตย์ / ไม่ควรทำ: ใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน",
    "training": "จัดเมื่อวันที่ตามกำหนดการ มีพนักงานเข้าร่วม ๔๐ คน",
    "rule": "ตามประกาศหลักเกณฑ์และเงื่อนไขการประเมินผลการปฏิบัติงาน",
    "weak": "การเปิดเผยข้อมูลบนเว็บไซต์ยังไม่ครบถ้วน",
    "improve": "การรับรู้ของประชาชนต่อช่องทางการร้องเรียน",
    "qr": "",
    "law": "และกฎหมายอื่นที่เกี่ยวข้องกับการปฏิบัติงาน",
    "duties": "(๑) จัดให้มีและบำรุงรักษาทางน้ำและทางบก (๒) รักษาความสะอาดของถนน ทางน้ำ ทางเดิน และที่สาธารณะ "
    "รวมทั้งกำจัดมูลฝอยและสิ่งปฏิกูล (๓) ป้องกันโรคและระงับโรคติดต่อ (๔) ป้องกันและบรรเทาสาธารณภัย "
    "(๕) ส่งเสริมการศึกษา ศาสนา และวัฒนธรรม (๖) ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ "
    "(๗) คุ้มครอง ดูแล และบำรุงรักษาทรัพยากรธรรมชาติและสิ่งแวดล้อม (๘) บำรุงรักษาศิลปะ จารีตประเพณี "
    "ภูมิปัญญาท้องถิ่น และวัฒนธรรมอันดีของท้องถิ่น (๙) ปฏิบัติหน้าที่อื่นตามที่ทางราชการมอบหมาย",
    "units": "ปลัด รองปลัด หัวหน้าสำนักปลัด ผู้อำนวยการกองคลัง ผู้อำนวยการกองช่าง "
    "ผู้อำนวยการกองการศึกษา ศาสนาและวัฒนธรรม พร้อมงานในสังกัดแต่ละกอง",
}
# Items whose elements are the columns of one table (a plan's project list, a สขร.1 form …)
TABLE_ITEMS = {"O11", "O12", "O16", "O21", "O24", "O29", "O36", "O37"}
INTRO = (
    "{a} ได้จัดทำเอกสารฉบับนี้เพื่อเผยแพร่ต่อสาธารณะ ตามหลักการเปิดเผยข้อมูลข่าวสารของทางราชการ",
    "เพื่อให้การบริหารงานของ{a}เป็นไปอย่างโปร่งใส ตรวจสอบได้ จึงเผยแพร่ข้อมูลดังรายละเอียดต่อไปนี้",
)


def _cell(element: str, row: int, period: Period) -> str:
    month, cal = period.month or (3, period.year)
    values = {
        "projects": ["ก่อสร้างถนน คสล. หมู่ที่ ๒", "จัดงานวันผู้สูงอายุ", "อบรม อปพร.", "จัดซื้อวัสดุการเกษตร"],
        "budget": ["๔๙๕,๐๐๐", "๘๐,๐๐๐", "๑๒๐,๐๐๐", "๔๕,๐๐๐"],
        "timeline": ["ไตรมาส ๑", "ไตรมาส ๒", "ไตรมาส ๒–๓", "ไตรมาส ๔"],
        "progress": ["ดำเนินการแล้วเสร็จ", "ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ", "ยังไม่ดำเนินการ"],
        "stats": ["๓๑๒", "๕๒๐", "๔๕", "๑๘"],
        "item": ["จัดซื้อวัสดุสำนักงาน", "จ้างซ่อมรถบรรทุกน้ำ", "จัดซื้อน้ำมันเชื้อเพลิง", "จ้างเหมาถ่ายเอกสาร"],
        "amount": ["๑๒,๕๐๐", "๓๔,๐๐๐", "๒๐,๐๐๐", "๕,๕๐๐"],
        "refprice": ["๑๒,๕๐๐", "๓๔,๐๐๐", "๒๐,๐๐๐", "๕,๕๐๐"],
        "method": ["เฉพาะเจาะจง"] * 4,
        "bidders": ["ร้านรุ่งเรืองพาณิชย์ ๑๒,๔๐๐", "อู่ช่างเอก ๓๓,๘๐๐", "หจก.ปิโตรไทย ๒๐,๐๐๐", "ร้านก๊อปปี้ ๕,๕๐๐"],
        "winner": ["ร้านรุ่งเรืองพาณิชย์ ๑๒,๔๐๐", "อู่ช่างเอก ๓๓,๘๐๐", "หจก.ปิโตรไทย ๒๐,๐๐๐", "ร้านก๊อปปี้ ๕,๕๐๐"],
        "reason": ["ราคาต่ำสุด คุณสมบัติครบ"] * 4,
        "contract": [f"{th(row + 11)}/{th(cal)} ลว. {th(row * 3 + 2)} {ABBR[month - 1]} {th(_short(cal))}"] * 4,
        "total": ["๑", "๐", "๑", "๐"],
        "done": ["๑", "๐", "๐", "๐"],
        "ongoing": ["๐", "๐", "๑", "๐"],
    }
    return values.get(element, ["-"] * 4)[row]


def _table_rows(entry: dict, present: list[dict], period: Period, rng: random.Random) -> tuple[tuple[str, ...], ...]:
    heads = ["ลำดับ"]
    if entry["code"] == "O16":
        heads.append("งานบริการ")
    if entry["code"] == "O29":
        heads.append("ช่วงเวลา")
    heads += [rng.choice(element["phrases"]) for element in present]
    rows = [tuple(heads)]
    services = ["งานทะเบียนราษฎร", "งานจัดเก็บรายได้", "งานป้องกันและบรรเทาสาธารณภัย", "งานขออนุญาตก่อสร้าง"]
    fy = period.year
    spans = [f"ต.ค.–ธ.ค. {th(_short(fy - 1))}", f"ม.ค.–มี.ค. {th(_short(fy))}"]
    count = 2 if entry["code"] == "O29" else 4
    for row in range(count):
        cells = [th(row + 1)]
        if entry["code"] == "O16":
            cells.append(services[row])
        if entry["code"] == "O29":
            cells.append(spans[row])
        cells += [_cell(element["id"], row, period) for element in present]
        rows.append(tuple(cells))
    return tuple(rows)


def sign_line(period: Period) -> str:
    day, month, year = period.sign
    return f"ประกาศ ณ วันที่ {th(day)} {MONTHS[month - 1]} พ.ศ. {th(year)}"


def doc_content(
    entry: dict,
    agency: Agency,
    period: Period,
    elements: list[dict],
    rng: random.Random,
    *,
    title: str | None = None,
    fmt: str = "pdf",
) -> Doc:
    """One document of an item: its heading and period, the given elements, a signature line."""
    title = title or fill(rng.choice(entry["headings"]), agency, period, rng, full=True)
    blocks: list[tuple] = [("p", agency.full)]
    if period.text and period.text not in title:
        blocks.append(("p", period.text))
    blocks.append(("p", fill(rng.choice(INTRO), agency, period, rng, full=True)))
    code = entry["code"]
    if code in TABLE_ITEMS:
        blocks.append(("table", _table_rows(entry, elements, period, rng)))
    else:
        for element in elements:
            phrase = fill(rng.choice(element["phrases"]), agency, period, rng, full=True)
            if element["id"] == "signed":
                continue  # the signature closes the document
            blocks.append(("h", phrase))
            if element["id"] == "qr":
                blocks.append(("img", "qr"))
            elif FILLER.get(f"{code}.{element['id']}", FILLER.get(element["id"])):
                blocks.append(("p", FILLER.get(f"{code}.{element['id']}", FILLER.get(element["id"]))))
    blocks.append(("p", sign_line(period)))
    if any(element["id"] == "signed" for element in elements):
        blocks.append(("p", f"(นายสมชาย ใจดี) {agency.chief}"))
    else:
        blocks.append(("p", "(นางสาวมาลี ศรีงาม) ผู้จัดทำ"))
    return Doc(fmt, title, tuple(blocks), rng.choice(FONTS))


def decoy_doc(title: str, agency: Agency, period: Period, rng: random.Random) -> Doc:
    blocks = (
        ("p", agency.full),
        ("p", f"{agency.full} ขอแจ้งให้ทราบโดยทั่วกัน รายละเอียดตามเอกสารนี้"),
        ("p", "จึงประกาศมาเพื่อทราบโดยทั่วกัน"),
        ("p", sign_line(period)),
    )
    return Doc("pdf", title, blocks, rng.choice(FONTS))


# -- a site being built ------------------------------------------------------------------------


@dataclass
class Link:
    text: str  # the name the site lists the evidence under
    href: str  # "" for an empty href
    age: int = 0  # 0: the version the assessed year asks for; 1: last year's …
    external: bool = False


@dataclass
class ItemPlan:
    code: str
    entry: dict
    truth: str
    label: str  # how the site names the item in the assessed year's section
    links: list[Link] = field(default_factory=list)  # evidence in the assessed year's section
    old: list[Link] = field(default_factory=list)  # last year's versions (beside, or on the old year's page)
    decoys: list[Link] = field(default_factory=list)
    note: str = ""  # how the truth was built, for reading a confusion row
    old_page_only: bool = False  # year selector: the item is only on the old year's page

    @property
    def number(self) -> int:
        return int(self.code[1:])


@dataclass(frozen=True)
class DocRef:
    """A route to a generated document, resolved to bytes once every document is rendered."""

    key: str
    content_type: str
    filename: str
    mode: str = "ok"  # ok | damaged
    disposition: bool = False


EXTERNAL = (
    "https://drive.google.com/drive/folders/1{token}",
    "https://online.anyflip.com/{short}/{short2}/",
    "https://www.facebook.com/{slug}/posts/pfbid0{token}",
    "https://drive.google.com/file/d/1{token}/view?usp=sharing",
)
GENERIC_LINK_TEXTS = ("คลิก", "ดาวน์โหลด", "ดูข้อมูล", "คลิกที่นี่", "รายละเอียด", "ไฟล์แนบ")


class SiteBuilder:
    def __init__(self, layout: str, seed: int, factory: DocFactory) -> None:
        self.layout, self.seed, self.factory = layout, seed, factory
        self.rng = random.Random(f"oit-world-{layout}-{seed}")
        self.agency = AGENCIES[(seed + LAYOUTS.index(layout)) % len(AGENCIES)]
        self.routes: dict[str, Response | DocRef] = {}
        self.counter = self.rng.randint(100, 900)
        self.plans: dict[str, ItemPlan] = {}
        self.news: list[tuple[str, str, str]] = []  # (date text, title, href) of O7's posts
        self.nav: list[tuple[str, list[tuple[str, str]]]] = []
        self.served: dict[str, str] = {}  # href → "format/URL style" of each generated document
        self.dead: set[str] = {"/ita/2565.php"}  # links meant to answer 404 (older years' pages often do)
        self.charset = "tis-620" if seed % 2 and layout in ("ita_table", "menus") else "utf-8"
        self.code_style = self.rng.choice(["O", "o0", "O-", "thai", "kho", "OIT"])

    # -- small helpers
    def next_id(self) -> int:
        self.counter += self.rng.randint(1, 9)
        return self.counter

    def external_url(self) -> str:
        token = "".join(
            self.rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(24)
        )
        template = self.rng.choice(EXTERNAL)
        return template.format(token=token, short=token[:5].lower(), short2=token[5:9].lower(), slug=self.agency.slug)

    def add_doc(self, doc: Doc, name: str, period: Period, *, style: str | None = None, mode: str = "ok") -> str:
        """Serve ``doc`` at a URL in one of the styles real sites use; return the href."""
        ext = EXTENSIONS[doc.fmt]
        if not name.endswith(ext):
            name = name.rsplit(".", 1)[0] + ext
        style = style or self.rng.choice(["raw", "raw", "encoded", "meaningless", "timestamp", "download"])
        _, month, year = period.sign
        if style in ("raw", "encoded"):
            path = f"/uploads/{year - 543}/{month:02d}/{name}"
            copy = 1
            while path in self.routes:  # two documents of one name: the CMS numbers the second
                copy += 1
                path = f"/uploads/{year - 543}/{month:02d}/{name.rsplit('.', 1)[0]}_{copy}{ext}"
            href = path if style == "raw" else quote(path)
        elif style == "meaningless":
            path = href = f"/files/file_{self.next_id()}{ext}"
        elif style == "timestamp":
            path = href = f"/upload/{1_600_000_000 + self.next_id() * 86_413}{ext}"
        else:
            path = href = f"/download.php?id={self.next_id()}"
        key = self.factory.add(doc)
        self.routes[path] = DocRef(key, doc.content_type, name, mode, disposition=style == "download")
        self.served[href] = f"{doc.fmt}/{style}"
        return href

    def doc_link(
        self,
        entry: dict,
        period: Period,
        elements: list[dict],
        age: int,
        *,
        text: str | None = None,
        fmt: str | None = None,
        style: str | None = None,
        title: str | None = None,
        mode: str = "ok",
    ) -> Link:
        template = self.rng.choice(entry["files"])
        fmt = fmt or {".docx": "docx", ".xlsx": "xlsx"}.get(Path(template).suffix, "pdf")
        doc = doc_content(entry, self.agency, period, elements, self.rng, title=title, fmt=fmt)
        named = replace(period, label_year=period.file_year, month=None)
        name = fill(template, self.agency, named, self.rng).replace("{m}", "")
        href = self.add_doc(doc, name, period, style=style, mode=mode)
        return Link(text or self.item_label(entry, period), href, age)

    def item_label(self, entry: dict, period: Period | None, template: str | None = None) -> str:
        template = template or self.rng.choice(entry["labels"])
        label = fill(template, self.agency, period, self.rng)
        if period and period.label_year and "{y}" not in template and "{m}" not in template and self.rng.random() < 0.5:
            label += f" ปี {period.label_year}"
        return label

    # -- one item, built to its true verdict
    def plan(self, entry: dict, truth: str) -> ItemPlan:
        kind = entry["kind"]
        if kind in ("page", "channel"):
            plan = self.plan_page(entry, truth)
        elif kind == "news":
            plan = self.plan_news(entry, truth)
        elif kind == "social":
            plan = self.plan_social(entry, truth)
        else:
            plan = self.plan_doc(entry, truth)
        if truth == "missing" and self.rng.random() < 0.6:
            plan.decoys.append(self.decoy(entry))
        served = [self.served[link.href] for link in plan.links + plan.old if link.href in self.served]
        if served:
            plan.note = f"{plan.note} [{', '.join(served)}]".strip()
        self.plans[plan.code] = plan
        return plan

    def decoy(self, entry: dict) -> Link:
        period = make_period({**entry, "fresh": "current_fy"}, 0, self.rng)
        title = fill(self.rng.choice(entry["decoys"]), self.agency, period, self.rng)
        if self.rng.random() < 0.5:
            title += f" ประจำปีงบประมาณ {period.label_year}"
        doc = decoy_doc(title, self.agency, period, self.rng)
        return Link(title, self.add_doc(doc, f"{title}.pdf", period))

    def _periods(self, entry: dict, age: int, count: int) -> list[Period]:
        """``count`` versions of one age (distinct months for monthly summaries)."""
        periods: list[Period] = []
        for _ in range(count * 6):
            period = make_period(entry, age, self.rng)
            if all(period.month != other.month or not period.month for other in periods):
                periods.append(period)
            if len(periods) == count:
                break
        return periods

    def plan_doc(self, entry: dict, truth: str) -> ItemPlan:
        rng, elements = self.rng, entry["elements"]
        monthly = entry["fresh"] == "monthly"
        template = rng.choice(entry["labels"])
        current = make_period(entry, 0, rng)
        plan = ItemPlan(entry["code"], entry, truth, self.item_label(entry, current, template))
        dated = entry["fresh"] in DATED
        want_old = dated and (self.layout == "year_selector" or rng.random() < 0.4)
        if truth in ("pass", "incomplete"):
            present = list(elements)
            if truth == "incomplete":
                omit = rng.choice(entry.get("omittable") or [e["id"] for e in elements])
                present = [e for e in elements if e["id"] != omit]
                plan.note = f"no {omit}"
            periods = [current]
            if monthly:
                # Every month of the first half; an incomplete series may lack months instead.
                months = list(FIRST_HALF)
                if truth == "incomplete" and rng.random() < 0.5:
                    present = list(elements)
                    gone = rng.sample(months, rng.randint(1, 3))
                    months = [m for m in months if m not in gone]
                    plan.note = "months missing: " + ", ".join(map(str, gone))
                periods = [make_period(entry, 0, rng, month) for month in months]
            if not monthly and len(present) >= 2 and rng.random() < 0.25:
                cut = rng.randint(1, len(present) - 1)
                first = self.doc_link(entry, current, present[:cut], 0, text=plan.label)
                second = self.doc_link(entry, current, present[cut:], 0, text=f"{plan.label} (ภาคผนวก)")
                plan.links += [first, second]
                plan.note += " split over two documents"
            else:
                plan.links += [self.doc_link(entry, period, present, 0) for period in periods]
                if len(plan.links) == 1 and rng.random() < 0.5:
                    plan.links[0].text = plan.label
            if want_old:
                old = self._periods(entry, 1, 1)[0]
                plan.old.append(self.doc_link(entry, old, present, 1))
            elif not dated and self.layout == "year_selector" and truth == "pass":
                plan.old = list(plan.links)  # a manual in force is listed again on the old year's page
        elif truth == "stale":
            ages = [1] if rng.random() < 0.7 else [1, 2]
            claim = rng.random() < 0.4
            for age in ages:
                for period in self._periods(entry, age, 2 if monthly else 1):
                    text = self.item_label(entry, current, template) if claim else None
                    plan.links.append(self.doc_link(entry, period, list(elements), age, text=text))
            if not claim:
                plan.label = self.item_label(entry, make_period(entry, ages[0], rng), template)
            plan.note = (
                ("labelled as this year; " if claim else "") + "versions of " + ", ".join(str(FY - age) for age in ages)
            )
            if self.layout == "year_selector":
                plan.old = list(plan.links)
                plan.old_page_only = rng.random() < 0.5
        elif truth == "broken":
            self._broken(entry, plan, current)
        elif truth == "review":
            if dated and rng.random() < 0.5:
                # a scan whose year is only in the image: no year in the label or the file name
                plan.label = self.item_label(entry, None, self._yearless(entry))
                doc = doc_content(entry, self.agency, current, list(elements), rng, fmt="scan")
                href = self.add_doc(
                    doc, "scan.pdf", current, style=rng.choice(["meaningless", "timestamp", "download"])
                )
                plan.links.append(Link(rng.choice(GENERIC_LINK_TEXTS), href))
                plan.note = "scanned, year only in the image"
            else:
                plan.links.append(Link(plan.label, self.external_url(), external=True))
                plan.note = "external service only"
        return plan

    def _yearless(self, entry: dict) -> str:
        plain = [t for t in entry["labels"] if "{y}" not in t and "{m}" not in t and "{prev}" not in t]
        return self.rng.choice(plain or [entry["labels"][0].replace("{y}", "").replace("{m}", "")])

    def _broken(self, entry: dict, plan: ItemPlan, period: Period, *, page: bool = False) -> None:
        rng = self.rng
        modes = ["404", "500", "empty"] + ([] if page else ["damaged", "damaged"])
        mode = rng.choice(modes)
        plan.note = f"link {mode}"
        if mode == "empty":
            plan.links.append(Link(plan.label, ""))
            return
        if mode == "damaged":
            plan.links.append(self.doc_link(entry, period, list(entry["elements"]), 0, mode="damaged"))
            return
        path = f"/files/{rng.choice(['ita', 'oit', 'doc'])}{FY}_{plan.code.lower()}_{self.next_id()}.pdf"
        if page:
            path = f"/page.php?id={self.next_id()}"
        if mode == "500":
            self.routes[path] = html("<html><body><h1>Internal Server Error</h1></body></html>", 500)
        else:
            self.dead.add(path)
        plan.links.append(Link(plan.label, path))

    # -- pages whose elements are in their own text
    PAGE_SLUGS: ClassVar[dict[str, str]] = {
        "O1": "structure", "O2": "executive", "O3": "authority", "O5": "contact",
        "O8": "webboard", "O18": "e-service", "O28": "complaint-corruption",
    }  # fmt: skip

    def page_path(self, code: str) -> str:
        if self.seed % 2:
            return f"/index.php?option=com_content&view=article&id={self.next_id()}"
        return f"/{self.PAGE_SLUGS[code]}.php" if self.rng.random() < 0.5 else f"/page/{self.PAGE_SLUGS[code]}"

    def plan_page(self, entry: dict, truth: str) -> ItemPlan:
        rng = self.rng
        plan = ItemPlan(entry["code"], entry, truth, self.item_label(entry, None))
        elements = list(entry["elements"])
        if truth in ("pass", "incomplete"):
            if truth == "incomplete":
                omit = rng.choice(entry.get("omittable") or [e["id"] for e in elements])
                elements = [e for e in elements if e["id"] != omit]
                plan.note = f"no {omit}"
            path = self.page_path(plan.code)
            heading = fill(rng.choice(entry["headings"]), self.agency, None, rng, full=True)
            self.routes[path] = self.page(heading, self.page_body(entry, elements))
            plan.links.append(Link(plan.label, path))
            if self.layout == "year_selector":
                plan.old = list(plan.links)
        elif truth == "broken":
            self._broken(entry, plan, make_period(entry, 0, rng), page=True)
        elif truth == "review":
            plan.links.append(Link(plan.label, self.external_url(), external=True))
            plan.note = "external service only"
        return plan

    def page_body(self, entry: dict, elements: list[dict]) -> str:
        rng, agency, code = self.rng, self.agency, entry["code"]
        ids = {e["id"] for e in elements}
        if code == "O2":
            people = [
                ("นายสมชาย ใจดี", agency.chief, "๐๘๑-๒๓๔-๕๖๗๘"),
                ("นายประสิทธิ์ มั่นคง", f"รอง{agency.chief}", "๐๘๙-๑๑๒-๓๓๔๔"),
                ("นางวันเพ็ญ ทองดี", "ปลัด (หัวหน้าฝ่ายประจำ)", "๐๘๖-๕๕๔-๓๒๑๐"),
                ("นายวิชัย สุขสม", "รองปลัด", "๐๘๒-๙๙๐-๑๒๓๔"),
            ]
            head = "<tr>" + ("<th>รูป</th>" if "photos" in ids else "") + "<th>ชื่อ-สกุล</th><th>ตำแหน่ง</th>"
            head += ("<th>ช่องทางการติดต่อ</th>" if "contacts" in ids else "") + "</tr>"
            rows = ""
            for index, (name, position, phone) in enumerate(people):
                rows += "<tr>" + (
                    f"<td><img src='/images/p{index + 1}.png' alt='{name}'></td>" if "photos" in ids else ""
                )
                rows += f"<td>{name}</td><td>{position}</td>"
                rows += (f"<td>โทร. {phone}</td>" if "contacts" in ids else "") + "</tr>"
            return f"<p>ฝ่ายการเมือง และฝ่ายข้าราชการประจำ</p><table class='table'>{head}{rows}</table>"
        parts = []
        for element in elements:
            phrase = fill(rng.choice(element["phrases"]), agency, None, rng, full=True)
            if phrase == "<map>":
                parts.append(
                    "<h4>แผนที่ตั้งสำนักงาน</h4><iframe src='https://www.google.com/maps/embed?pb=!1m18!1m12' "
                    "width='600' height='300'></iframe>"
                )
            elif element["id"] == "chart":
                parts.append(f"<h3>{phrase}</h3><p><img src='/images/structure.png' alt='{phrase}'></p>")
            elif code in ("O8", "O18", "O28"):
                parts.append(self._form(code, phrase))
            elif code == "O5":
                parts.append(f"<p>{phrase}</p>")
            else:
                parts.append(f"<h3>{phrase}</h3><p>{FILLER.get(element['id'], '')}</p>")
        if code == "O5":
            parts.append("<p>เวลาทำการ วันจันทร์ – วันศุกร์ เวลา ๐๘.๓๐ – ๑๖.๓๐ น. (เว้นวันหยุดราชการ)</p>")
        return "".join(parts)

    def _form(self, code: str, phrase: str) -> str:
        if code == "O8":
            threads = ""
            for question, answer in (
                ("สอบถามการชำระภาษีที่ดิน", "ชำระได้ที่กองคลังภายในเดือนเมษายน"),
                ("ขอทราบกำหนดการรับเบี้ยยังชีพ", "จ่ายทุกวันที่ ๑๐ ของเดือน"),
                ("ไฟฟ้าส่องสว่างหมู่ ๔ ดับ", "กองช่างรับเรื่องและจะเข้าซ่อมภายใน ๓ วัน"),
            ):
                path = f"/webboard/view.php?id={self.next_id()}"
                self.routes[path] = self.page(
                    question, f"<p>คำถาม: {question}</p><p>ตอบโดย admin: {answer}</p><form><textarea></textarea></form>"
                )
                threads += f"<tr><td><a href='{path}'>{question}</a></td><td>ตอบแล้ว</td></tr>"
            return (
                f"<table><tr><th>กระทู้</th><th>สถานะ</th></tr>{threads}</table>"
                f"<h3>{phrase}</h3><form method='post' action='/webboard/post.php'><input name='title'>"
                "<textarea name='detail'></textarea><button type='submit'>ส่ง</button></form>"
                "<p>เจ้าหน้าที่จะตอบคำถามภายใน ๓ วันทำการ</p>"
            )
        action = "/eservice/submit.php" if code == "O18" else "/complaint/corruption.php"
        fields = (
            "<select name='service'><option>ขอรับถังขยะ</option><option>ขอน้ำอุปโภคบริโภค</option>"
            "<option>ขอซ่อมไฟฟ้าสาธารณะ</option></select>"
            if code == "O18"
            else "<input name='subject'><textarea name='detail'></textarea><input type='file' name='evidence'>"
        )
        return f"<h3>{phrase}</h3><form method='post' action='{action}'>{fields}<button>ส่งข้อมูล</button></form>"

    # -- news (O7): a list page of posts dated in their own text
    def plan_news(self, entry: dict, truth: str) -> ItemPlan:
        rng = self.rng
        plan = ItemPlan(entry["code"], entry, truth, self.item_label(entry, None))
        if truth in ("pass", "stale"):
            span = ((2566, 10), (2567, 3)) if truth == "pass" else ((2565, 1), (2566, 8))
            months = [(y, m) for y in range(span[0][0], span[1][0] + 1) for m in range(1, 13)]
            months = [ym for ym in months if span[0] <= ym <= span[1]]
            for title in rng.sample(entry["elements"][0]["phrases"], 4):
                year, month = rng.choice(months)
                day = rng.randint(1, 28)
                date = rng.choice([
                    f"{th(day)} {ABBR[month - 1]} {th(_short(year))}",
                    f"{day} {MONTHS[month - 1]} {year}",
                    f"{year - 543}-{month:02d}-{day:02d}",
                    f"{day:02d}/{month:02d}/{year}",
                ])  # fmt: skip
                href = f"/news/view.php?id={self.next_id()}"
                body = f"<p>วันที่ {date}</p><p>{self.agency.full} {FILLER['activity']}</p>"
                self.routes[href] = self.page(title, body)
                self.news.append((date, title, href))
            rows = "".join(f"<li><a href='{h}'>{t}</a> <span class='date'>{d}</span></li>" for d, t, h in self.news)
            path = "/news.php" if rng.random() < 0.5 else "/news/index.php?cat=1"
            self.routes[path] = self.page(
                fill(rng.choice(entry["headings"]), self.agency, None, rng), f"<ul>{rows}</ul>"
            )
            plan.links.append(Link(plan.label, path))
            plan.note = "posts of FY2567" if truth == "pass" else "posts of 2565–2566 only"
            if self.layout == "year_selector":
                plan.old = list(plan.links)
        elif truth == "broken":
            self._broken(entry, plan, make_period(entry, 0, rng), page=True)
        elif truth == "review":
            plan.links.append(Link("ติดตามข่าวสารได้ที่ Facebook", self.external_url(), external=True))
            plan.note = "news only on Facebook"
        return plan

    # -- social network (O9): the agency's own page on a social network is the evidence
    def plan_social(self, entry: dict, truth: str) -> ItemPlan:
        plan = ItemPlan(entry["code"], entry, truth, self.item_label(entry, None))
        if truth == "pass":
            url = fill(self.rng.choice(entry["elements"][0]["phrases"]), self.agency, None, self.rng)
            network = "Facebook" if "facebook" in url else "Line" if "line.me" in url else "YouTube"
            labels = [label for label in entry["labels"] if network.lower() in label.lower()] + ["Social Network"]
            plan.label = fill(self.rng.choice(labels), self.agency, None, self.rng)
            plan.links.append(Link(plan.label, url, external=True))
            plan.note = url.split("/")[2]
        return plan

    # -- layouts
    def page(self, title: str, body: str) -> PageRef:
        return PageRef(title, body)

    def menu_entry(self, plan: ItemPlan) -> tuple[str, str] | None:
        """The menu entry of an item in a site without codes: a direct link or a list page."""
        links = plan.links + plan.old
        if not links or plan.old_page_only:
            return None
        if len(links) == 1 and (plan.entry["kind"] != "doc" or self.rng.random() < 0.5):
            return plan.label, links[0].href
        path = f"/content.php?cat={self.next_id()}" if self.seed % 2 else f"/list/{plan.entry['menu']}/{self.next_id()}"
        items = "".join(
            f'<li><a href="{esc(link.href)}">{link.text}</a> <small>โพสต์เมื่อ {self._posted(link)}</small></li>'
            for link in links
        )
        self.routes[unquote(path)] = self.page(plan.label, f"<ul class='docs'>{items}</ul>")
        return plan.label, path

    def _posted(self, link: Link) -> str:
        year = FY - link.age - self.rng.choice([0, 1])
        return f"{th(self.rng.randint(1, 28))} {ABBR[self.rng.randint(0, 11)]} {th(_short(year))}"

    def code_form(self, number: int) -> str:
        style = self.code_style if self.rng.random() < 0.85 else self.rng.choice(["O", "o0"])
        return {
            "O": f"O{number}",
            "o0": f"o{number:02d}",
            "O-": f"O-{number}",
            "thai": f"๐{th(number)}",
            "kho": f"ข้อ ๐{th(number)}",
            "OIT": f"OIT {number}",
        }[style]

    def cell(self, links: list[Link]) -> str:
        if len(links) == 1:
            text = self.rng.choice(GENERIC_LINK_TEXTS) if self.rng.random() < 0.6 else links[0].text
            return f'<a href="{esc(links[0].href)}">{text}</a>'
        return "<br>".join(f'<a href="{esc(link.href)}">{link.text}</a>' for link in links)

    def ita_table(self, year: int) -> str:
        old = year < FY
        parts = []
        for sub, title in SUBS.items():
            rows = []
            for plan in (p for p in self.plans.values() if p.entry["sub"] == sub):
                if old:
                    links, label = plan.old, (plan.old[0].text if plan.old else "")
                else:
                    links = [] if plan.old_page_only else list(plan.links)
                    label = plan.label
                    if plan.old and plan.truth != "stale" and self.rng.random() < 0.5:
                        links += plan.old  # last year's version listed beside this year's
                if not links and (old or self.rng.random() < 0.5):
                    continue
                label = label or plan.label
                rows.append(
                    f"<tr><td>{self.code_form(plan.number)}</td><td>{label}</td>"
                    f"<td>{self.cell(links) if links else ''}</td></tr>"
                )
            parts.append(f"<tr><th colspan='3'>{title}</th></tr>" + "".join(rows))
        heading = self.rng.choice([
            f"การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. {th(year)}",
            f"ITA {year} การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT)",
            f"การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี {th(year)}",
        ])  # fmt: skip
        head = "<tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>"
        return f"<h2>{heading}</h2><table class='ita'>{head}{''.join(parts)}</table>"

    def per_item_pages(self) -> str:
        style = self.rng.choice(["/ita/O{n}", "/ksp-ita-{n:02d}.php", "/ita.php?item={n}"])
        rows = []
        for plan in self.plans.values():
            if not plan.links and self.rng.random() < 0.5:
                continue
            path = style.format(n=plan.number)
            links = plan.links + plan.old
            if links:
                items = "".join(f'<li><a href="{esc(link.href)}">{link.text}</a></li>' for link in links)
                body = f"<p>หลักฐาน / เอกสารประกอบ</p><ul>{items}</ul>"
            else:
                body = f"<p>{self.rng.choice(['อยู่ระหว่างดำเนินการ', 'กำลังปรับปรุงข้อมูล...'])}</p>"
                # The item's own page answers 200 with nothing: its link leads nowhere, as the
                # field corpus and the holdout annotate it (not "not published").
                if plan.truth == "missing":
                    plan.truth, plan.note = "broken", "its per-item page is a placeholder"
            self.routes[path] = self.page(f"{plan.code} {plan.label}", body)
            rows.append(f'<li><a href="{path}">{self.code_form(plan.number)} {plan.label}</a></li>')
        heading = f"การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. {th(FY)}"
        return f"<h2>{heading}</h2><ul class='ita-items'>{''.join(rows)}</ul>"

    def build_layout(self) -> None:
        rng, layout = self.rng, self.layout
        groups: dict[str, list[tuple[str, str]]] = {menu: [] for menu in MENUS}
        for plan in self.plans.values():
            kind = plan.entry["kind"]
            if kind in ("social", "doc"):
                continue  # doc items: in the ITA section of coded layouts, in the menus below otherwise
            entry = self.menu_entry(plan)
            if entry:
                groups[plan.entry["menu"]].append(entry)
        decoys = [link for plan in self.plans.values() for link in plan.decoys]
        if decoys:
            items = "".join(f'<li><a href="{esc(d.href)}">{d.text}</a></li>' for d in decoys)
            self.routes["/documents.php"] = self.page("เอกสารเผยแพร่", f"<ul>{items}</ul>")
            groups["ศูนย์ข้อมูลข่าวสาร"].append(("เอกสารเผยแพร่อื่น ๆ", "/documents.php"))
        groups["ร้องเรียน"].append(("ร้องเรียน/ร้องทุกข์ทั่วไป", "/complaint.php"))
        self.routes["/complaint.php"] = self.page(
            "ร้องเรียน/ร้องทุกข์ทั่วไป",
            "<p>แจ้งเรื่องร้องทุกข์ทั่วไป เช่น ไฟฟ้า ประปา ถนน ขยะ</p><form><textarea name='detail'></textarea></form>",
        )
        groups["เกี่ยวกับเรา"].insert(0, ("ประวัติความเป็นมา", "/history.php"))
        self.routes["/history.php"] = self.page(
            "ประวัติความเป็นมา", f"<p>{self.agency.full} " + "ตั้งอยู่ริมแม่น้ำ " * 6 + "</p>"
        )
        if layout == "ita_table":
            path = rng.choice(["/ita2567.php", "/oit/2567", "/index.php?page=ita"])
            self.routes[path] = self.page(f"ITA {FY}", self.ita_table(FY))
            groups["ศูนย์ข้อมูลข่าวสาร"].insert(0, (rng.choice([f"ITA {FY}", f"OIT ปี {th(FY)}", "ITA"]), path))
        elif layout == "year_selector":
            ita = [("ITA 2565", "/ita/2565.php")]  # older years' pages often 404
            for year in (FY - 1, FY):
                self.routes[f"/ita/{year}.php"] = self.page(f"ITA {year}", self.ita_table(year))
                ita.append((f"ITA {year}", f"/ita/{year}.php"))
            rng.shuffle(ita)
            groups["ITA"] = ita
        elif layout == "per_item":
            path = rng.choice(["/ita/", "/ita.php"])
            self.routes[path] = self.page(f"ITA {FY}", self.per_item_pages())
            groups["ศูนย์ข้อมูลข่าวสาร"].insert(0, (f"ITA {th(FY)}", path))
        else:
            for plan in self.plans.values():
                if plan.entry["kind"] == "doc":
                    entry = self.menu_entry(plan)
                    if entry:
                        groups[plan.entry["menu"]].append(entry)
        self.nav = [(name, entries) for name, entries in groups.items() if entries]
        if layout == "js_menu":
            menu = {
                "menu": [
                    {"title": name, "items": [{"title": t, "url": u} for t, u in items]} for name, items in self.nav
                ]
            }
            self.routes["/api/menu.json"] = raw(json.dumps(menu, ensure_ascii=False).encode(), "application/json")
            self.routes["/assets/js/menu.js"] = raw(MENU_JS.encode(), "application/javascript")
        self.routes["/"] = self.page("หน้าแรก", self.home())
        png = tiny_png()
        for name in ("structure", "p1", "p2", "p3", "p4", "banner"):
            self.routes[f"/images/{name}.png"] = raw(png, "image/png")

    def home(self) -> str:
        social = self.plans.get("O9")
        icons = ""
        if social and social.links:
            link = social.links[0]
            icons = (
                f"<a href=\"{link.href}\" title=\"{link.text}\"><img src='/images/banner.png' alt=''> {link.text}</a>"
            )
        news = ""
        if self.news and self.plans["O7"].links:
            news = (
                "<h3>ข่าวล่าสุด</h3><ul>"
                + "".join(f"<li><a href='{h}'>{t}</a> {d}</li>" for d, t, h in self.news[:3])
                + "</ul>"
            )
            news += f'<a href="{self.plans["O7"].links[0].href}">ดูข่าวทั้งหมด</a>'
        elif self.plans.get("O7") and self.plans["O7"].links:
            link = self.plans["O7"].links[0]
            news = f'<a href="{esc(link.href)}">{link.text}</a>'
        banners = (
            "<div class='banners'><a href='https://www.nacc.go.th/'><img src='/images/banner.png' alt='ป.ป.ช.'></a>"
            "<a href='https://www.dla.go.th/'><img src='/images/banner.png' alt='กรมส่งเสริมการปกครองท้องถิ่น'></a>"
            "<a href='https://line.me/R/ti/p/@dla'>Line กรมส่งเสริมการปกครองท้องถิ่น</a></div>"
        )
        return f"<div class='social'>{icons}</div>{banners}<h1>ยินดีต้อนรับสู่{self.agency.full}</h1>{news}"

    def render_page(self, page: PageRef) -> Response:
        if self.layout == "js_menu":
            nav = "<div id='nav'></div><script src='/assets/js/menu.js'></script>"
        else:
            nav = "<ul class='nav'><li><a href='/'>หน้าแรก</a></li>"
            for name, entries in self.nav:
                items = "".join(f'<li><a href="{esc(href)}">{text}</a></li>' for text, href in entries)
                nav += f"<li class='dropdown'><span>{name}</span><ul class='dropdown-menu'>{items}</ul></li>"
            nav += "</ul>"
        share = "<a href='https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample'>แชร์ไปยัง Facebook</a>"
        text = (
            f"<!DOCTYPE html><html><head><meta charset='{self.charset}'>"
            f"<title>{page.title} - {self.agency.short}</title></head>"
            f"<body><header><b>{self.agency.full}</b></header>{nav}<main><h2>{page.title}</h2>{page.body}</main>"
            f"<footer>สงวนลิขสิทธิ์ {self.agency.full} {share}</footer></body></html>"
        )
        if self.charset != "utf-8":
            try:
                text.encode("cp874")
            except UnicodeEncodeError:
                return html(text)
        return html(text, charset=self.charset)


@dataclass(frozen=True)
class PageRef:
    title: str
    body: str


SUBS = {  # src: ita-criteria §5 (sub-indicators of 2566, unchanged in 2567); seed:003 headings
    "9.1": "ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน",
    "9.2": "ตัวชี้วัดย่อยที่ 9.2 การบริหารงาน",
    "9.3": "ตัวชี้วัดย่อยที่ 9.3 การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ",
    "9.4": "ตัวชี้วัดย่อยที่ 9.4 การบริหารและพัฒนาทรัพยากรบุคคล",
    "9.5": "ตัวชี้วัดย่อยที่ 9.5 การส่งเสริมความโปร่งใส",
    "10.1": "ตัวชี้วัดย่อยที่ 10.1 การดำเนินการเพื่อป้องกันการทุจริต",
    "10.2": "ตัวชี้วัดย่อยที่ 10.2 มาตรการส่งเสริมคุณธรรมและความโปร่งใส",
}
# src: site-patterns.md "No ITA page" menus
MENUS = ("เกี่ยวกับเรา", "นโยบายและแผน", "รายงาน", "ศูนย์ข้อมูลข่าวสาร", "จัดซื้อจัดจ้าง", "ร้องเรียน", "บริการประชาชน", "ติดต่อเรา")
MENU_JS = """
fetch('/api/menu.json').then(function (r) { return r.json(); }).then(function (data) {
  var nav = document.getElementById('nav'), ul = document.createElement('ul');
  data.menu.forEach(function (group) {
    var li = document.createElement('li'), sub = document.createElement('ul');
    li.appendChild(document.createTextNode(group.title));
    group.items.forEach(function (item) {
      var a = document.createElement('a'), i = document.createElement('li');
      a.href = item.url; a.textContent = item.title; i.appendChild(a); sub.appendChild(i);
    });
    li.appendChild(sub); ul.appendChild(li);
  });
  nav.appendChild(ul);
});
"""


def esc(href: str) -> str:
    return href.replace("&", "&amp;").replace('"', "&quot;")


def tiny_png() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 200, 200)).save(out, format="PNG")
    return out.getvalue()


# -- the world ----------------------------------------------------------------------------------

NOT_FOUND = html("<html><body><h1>404 Not Found</h1></body></html>", 404)


@dataclass
class WorldSite:
    name: str
    layout: str
    agency: Agency
    routes: dict[str, Response]
    truth: dict[str, str] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)  # how each item's truth was built
    dead: set[str] = field(default_factory=set)  # internal links meant to answer 404

    @property
    def render_js(self) -> bool:
        return self.layout == "js_menu"

    def route(self, request: Request) -> Response:
        """For ``FixtureServer.not_found``: routes are keyed by their decoded path, so raw Thai
        hrefs, percent-encoded ones and any client's own encoding all reach the same file."""
        path = unquote(request.path)
        return self.routes.get(path) or self.routes.get(unquote(urlsplit(request.path).path)) or NOT_FOUND


def choose_truth(entry: dict, rng: random.Random) -> str:
    verdicts = allowed_verdicts(entry)
    return rng.choices(verdicts, weights=[WEIGHTS[v] for v in verdicts])[0]


def plan_site(layout: str, seed: int, factory: DocFactory, catalog: dict[str, dict], codes: list[str]) -> SiteBuilder:
    builder = SiteBuilder(layout, seed, factory)
    chooser = random.Random(f"oit-world-truth-{layout}-{seed}")
    for code in codes:
        builder.plan(catalog[code], choose_truth(catalog[code], chooser))
    builder.build_layout()
    return builder


def finish_site(builder: SiteBuilder) -> WorldSite:
    routes: dict[str, Response] = {}
    for path, route in builder.routes.items():
        if isinstance(route, PageRef):
            routes[path] = builder.render_page(route)
        elif isinstance(route, DocRef):
            data = builder.factory.data(route.key)
            headers = {}
            if route.disposition:
                headers["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(route.filename)}"
            routes[path] = raw(damaged(data) if route.mode == "damaged" else data, route.content_type, headers=headers)
        else:
            routes[path] = route
    plans = builder.plans.values()
    return WorldSite(
        f"{builder.layout}-{builder.seed}",
        builder.layout,
        builder.agency,
        routes,
        {plan.code: plan.truth for plan in plans},
        {plan.code: plan.note for plan in plans},
        builder.dead,
    )


def build_world(
    seeds: int | list[int] = 2,
    *,
    layouts: tuple[str, ...] = LAYOUTS,
    codes: list[str] | None = None,
    cache_dir: Path | None = None,
) -> list[WorldSite]:
    """Sites for every layout and seed; ``codes`` (default: the whole catalogue) are the items of
    the assessed year.  Documents are rendered once for the whole world, cached by content hash."""
    catalog = load_catalog()
    codes = codes or list(catalog)
    factory = DocFactory(cache_dir)
    seed_list = list(range(seeds)) if isinstance(seeds, int) else list(seeds)
    builders = [plan_site(layout, seed, factory, catalog, codes) for layout in layouts for seed in seed_list]
    factory.render()
    return [finish_site(builder) for builder in builders]
