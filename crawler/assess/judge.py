"""Judge one target of an item on its own content: its period and the elements it holds.

The document's own dates beat the words that point at it: a row "นโยบาย… ประจำปี พ.ศ.2567"
over a document dated 2564–2566 inside is stale.  The link's words decide only when the
content is readable and names no period; a year read only by OCR decides only when the link's
words name the same period.  A page whose own text is a heading and a list of files is a
pointer: the files it lists are judged instead.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from typing import Literal
from urllib.parse import urlsplit

from crawler.criteria.models import Element, ItemRule
from crawler.extract.placeholder import PLACEHOLDER_PHRASES
from crawler.match.keywords import first_hit, keyword_hit, keyword_pattern
from crawler.match.title import match_title
from crawler.model.document import PROBLEM_TH
from crawler.model.records import DocumentRecord, Link, PageRecord, Record
from crawler.model.status import Status
from crawler.resolve.targets import Target
from crawler.thai.agency import LOCAL_TYPE, other_agency
from crawler.thai.codes import find_item_codes, is_item_page
from crawler.thai.dates import DateMention, assessment_dates, extract_dates
from crawler.thai.fiscal import Freshness, FreshnessResult, Month, judge_freshness, months_between
from crawler.thai.linkwords import is_generic
from crawler.thai.normalize import compact
from crawler.urls import (
    LOCAL_ADDRESS,
    external_service,
    holds_evidence,
    is_post_link,
    is_share_link,
    looks_like_file,
    national_agency,
    site_key,
)

# "current": of the item's period (or the item has none); "other": dated to another period;
# "unknown": nothing says which period it is.
Period = Literal["current", "other", "unknown"]

_SUBJECT = re.compile(r"(?<![\d๐-๙])(?<![\d๐-๙] )เรื่อง")
TITLE_CHARS = 400  # a document's title is in its first lines
HEAD_LINES = 3  # a document's title takes its first lines
# A letter's subject comes after its number, its office and its date ("ที่ พท ๐๐๒๓.๑๕/ว ๑๒๔๕",
# "ที่ว่าการอำเภอ…", "๒๔ ตุลาคม ๒๕๖๕", "เรื่อง …"), each on its own line.
SUBJECT_LINES = 8
_PROMISE = re.compile(r"จะ(?:ดำเนินการ)?เผยแพร่|จะนำ(?:ขึ้น|ข้อมูล|ไฟล์)|เมื่อดำเนินการ(?:แล้ว)?เสร็จ|ภายในเดือน")
OTHER_AGENCY = "เอกสารนี้เป็นของหน่วยงานอื่น"  # how a copied document's note begins
SAME_FILE = "ไฟล์เดียวกับข้อ"  # how a note about one file linked for two items begins
SAME_PAGE = "หน้าเดียวกับข้อ"  # …and about one page
NAME_LINE = 150  # a line this short that names the item is a title, not content
NAME_SCORE = 85  # title similarity from which a line repeats the item's name
# The line that names the agency under a document's title ("เทศบาลตำบลท่าข้าม อำเภอ…").
_TITLE_PARTS = re.compile(r"\s+(?:-|–|\||::|»)\s+")  # "ประชุม… - เทศบาลเมือง…"
_AGENCY_LINE = re.compile(
    rf"\s*{LOCAL_TYPE}\S{{1,30}}"
    r"(?:\s+(?:อำเภอ|อ\.|จังหวัด|จ\.)\S{1,30}){0,2}\s*$"
)
_SUBTITLE = re.compile(r"\s*\([^()]{3,120}\)\s*$")
# "(๑) ผลการดำเนินการตามแผน…", "2. การพัฒนาบุคลากร", "- …": a numbered line is a part of the
# body, however much it sounds like the title.
_ENUMERATED = re.compile(r"\s*(?:\(?[0-9๐-๙]{1,2}[.)]|[-•●▪*]\s)")
SIGNATURE_TAIL = 600  # where a document's signature is when no signature block was recognised
OCR_PLAUSIBLE_YEARS = 10  # an OCR-read year older than this before the assessment is a misread digit
# A page that lists files and says less than this besides its headings and link texts, none of
# it an element of the item, only introduces the files (a contact page with a PDF map does not).
POINTER_TEXT = 300
EMPTY_TEXT = 80  # a page saying less than this besides its headings has no content of its own
DOCUMENT_PAGE_TEXT = 600  # a page shorter than this is not a plan or a report shown as HTML
PLACEHOLDER_TEXT = 120  # compact characters: a page saying only "อยู่ระหว่างปรับปรุงข้อมูล" and little else
MAX_PAGE_TEXT = 20_000
_BROKEN_FILE = ("encrypted", "corrupt", "empty", "web_page")
_EMBEDS = frozenset({"iframe", "frame", "embed"})
_MAP_SERVICE = re.compile(
    r"google\.[a-z.]+/maps|maps\.google|goo\.gl/maps|maps\.app\.goo\.gl|openstreetmap|longdo\.com", re.I
)
# An element's word in "จะ…/เพื่อพิจารณา… <word> ต่อไป" is what will be done (compact text).
_LATER = re.compile(r"[^\n]{0,12}?ต่อไป")
_INTENDS = re.compile(r"จะ|เพื่อพิจารณา|เพื่อกำหนด")
_INTENT_SPAN = 30
TITLE_LINES = 4  # a document's title, its agency and its year fill its first lines
PART_LINES = 400  # where a document's part headings are looked for ("ข. คู่มือสำหรับประชาชน")
SHORT_PART = 60  # characters: a part's heading, not a sentence that names the item
# "รายละเอียดตามเอกสารแนบ", "ดังไฟล์แนบ", "ตามแนบ", "ดาวน์โหลดเอกสารได้ที่…" (compact text)
# (and a caption "เอกสารประกอบ: คำสั่ง… / Do & Don't / ภาพการอบรม" over an embedded Drive folder
# names what the files hold: blind holdout 21)
_REFERS_ON = re.compile(
    r"(?:ตาม|ดัง|ใน)(?:เอกสาร|ไฟล์)?(?:ที่)?แนบ|ดาวน์โหลด(?:เอกสาร|ไฟล์)?(?:ได้)?(?:ที่|ด้านล่าง)"
    r"|(?:เอกสาร|ไฟล์)(?:ประกอบ|แนบ|ที่เกี่ยวข้อง)[:：]"
)
_MAP_PICTURE = re.compile(r"map|แผนที่|แผนผังที่ตั้ง", re.I)
# Where files are kept, not where a service runs: a Drive file is a document someone must open.
_FILE_HOSTS = frozenset({"google_drive", "google_sites", "flipbook", "dropbox", "onedrive"})


@dataclass(frozen=True)
class Judged:
    target: Target
    status: Status  # what this target alone would give the item
    period: Period
    found: frozenset[str]  # ids of the required elements its content holds
    readable: bool  # its content could be read, so a missing element is really missing
    note: str
    pointer: bool = False  # a page that only introduces the files judged beside it
    freshness: FreshnessResult | None = None
    months: frozenset[Month] = frozenset()  # of a monthly series: the months this target reports
    # It names a period ("ต.ค. – ธ.ค. ๖๖"), so its months say what it covers: a range split over
    # a PDF's lines leaves single months, which prove nothing.
    names_period: bool = False
    # A scan of the item's period whose text was read in part: the elements it holds count with
    # the other evidence's; what it lacks may be in the picture.
    scan: bool = False


def judge_target(item: ItemRule, target: Target, year: int) -> Judged:
    if target.kind == "empty_link":
        return Judged(target, Status.BROKEN, "unknown", frozenset(), False, "มีหัวข้อแต่ลิงก์ว่าง คลิกแล้วไม่มีอะไรเปิดขึ้น")
    label_period, label_result = _label_period(item, target, year)
    if target.kind == "external":
        if target.service == LOCAL_ADDRESS:
            note = "ลิงก์ชี้ไปที่ localhost หรือเครือข่ายภายในของผู้ทำเว็บไซต์ ผู้เข้าชมเปิดไม่ได้"
            return Judged(target, Status.BROKEN, label_period, frozenset(), False, note)
        if target.url and is_share_link(target.url):
            return Judged(target, Status.REVIEW, "unknown", frozenset(), False, "ปุ่มแชร์ ไม่ใช่หน้าของหน่วยงาน", True)
        if target.url and is_post_link(target.url) and _accepted(item, target.service):
            note = f"ลิงก์ไปยังโพสต์หนึ่งบน {target.service} ไม่ใช่หน้าเพจ/ช่องของหน่วยงาน ต้องเปิดดูว่าเป็นช่องทางของหน่วยงานหรือไม่"
            return Judged(target, Status.REVIEW, "unknown", frozenset(), False, note)
        host = (urlsplit(target.url).hostname or "") if target.url else ""
        if "any_site" in item.accepts_external and national_agency(host):
            note = f"ลิงก์ไปยังช่องทางของหน่วยงานอื่น ({host}) ไม่ใช่ช่องทางของหน่วยงานเอง"
            return Judged(target, Status.INCOMPLETE, "current", frozenset(), True, note)
        if _accepted(item, target.service):
            # What the channel is for, it says where it is linked: "แบบฟอร์มร้องเรียน/ร้องทุกข์ ออนไลน์"
            # is the general complaints form, not the corruption channel (blind holdout 70).
            own = "" if target.introduced_by else target.match.candidate.text  # (a page's list: its own label)
            words = compact(target.label if not own or is_generic(own) else own)
            unnamed = [
                element
                for element in item.elements
                if element.within == "opening" and not any(keyword_hit(keyword, words) for keyword in element.any)
            ]
            if unnamed:
                note = f"ลิงก์ไปยัง {target.service} แต่ชื่อลิงก์ไม่ได้บอกว่าเป็น{unnamed[0].label}"
                found = frozenset(e.id for e in item.elements if e not in unnamed)
                return Judged(target, Status.INCOMPLETE, "current", found, True, note)
            everything = frozenset(element.id for element in item.elements)
            return Judged(target, Status.PASS, "current", everything, True, f"ลิงก์ไปยัง {target.service} ของหน่วยงาน")
        note = f"หลักฐานอยู่นอกเว็บไซต์ ({target.service}) โปรแกรมเปิดอ่านไม่ได้ ต้องเปิดลิงก์นี้ตรวจ"
        return Judged(target, Status.REVIEW, label_period, frozenset(), False, note)
    record = target.record
    if target.kind == "not_fetched" or record is None:
        note = "ลิงก์นี้ยังไม่ได้ถูกเปิดตรวจ (เกินจำนวนหน้าที่กำหนด หรือถูกข้าม)"
        return Judged(target, Status.REVIEW, label_period, frozenset(), False, note)
    outcome = record.outcome
    if outcome.family == "broken":
        return Judged(target, Status.BROKEN, label_period, frozenset(), False, f"เปิดลิงก์แล้ว{outcome.label_th}")
    if outcome.family == "unchecked":
        return Judged(target, Status.REVIEW, label_period, frozenset(), False, f"ตรวจไม่ได้: {outcome.label_th}")
    if isinstance(record, PageRecord):
        judged = _judge_page(item, target, record, year, label_period, label_result)
    elif item.accepts_external:
        # The item is a channel (a social page, an online service): a file is not one.
        return Judged(target, Status.REVIEW, "unknown", frozenset(), False, "เป็นไฟล์ ไม่ใช่ช่องทางออนไลน์", True)
    else:
        judged = _judge_document(item, target, record, year, label_period, label_result)
    if item.freshness is Freshness.MONTHLY and judged.period == "current" and not judged.months:
        # A summary whose own text names no month: the words that point at it ("ต.ค. 66").
        judged = replace(judged, months=_months_named(extract_dates(target.words)))
    if target.via_sitemap_only and judged.status is Status.PASS:
        note = "พบผ่าน sitemap.xml เท่านั้น ไม่มีลิงก์จากหน้าแรกของเว็บไซต์ (ผู้ตรวจต้องเข้าถึงได้จากเว็บไซต์หลัก)"
        return Judged(target, Status.REVIEW, judged.period, judged.found, judged.readable, note)
    return judged


def _judge_page(
    item: ItemRule,
    target: Target,
    record: PageRecord,
    year: int,
    label_period: Period,
    label_result: FreshnessResult | None,
) -> Judged:
    headings = [record.title, *record.headings]
    # The criteria copied onto the page ("ต้องประกอบด้วย ๑) … ๒) …") name every element and hold none.
    text = _without_criteria(target.text or record.text)
    residual = _without_criteria(_residual_text(target))
    flat = compact(residual)
    # (…and one that says when it will be: "อยู่ระหว่างดำเนินการ / …จะเผยแพร่รายงาน… เมื่อดำเนินการแล้ว
    # เสร็จ", blind holdout 37)
    promised = len(flat) < POINTER_TEXT and _PROMISE.search(flat) is not None
    # (…and one whose words besides its links, a menu of the ITA pages around it, say only that:
    # blind holdout 71's O35)
    own_words = _without_criteria(_residual_text(target, every_link=True))
    bare = len(compact(own_words))
    empty = len(flat) < PLACEHOLDER_TEXT or promised or (bare < PLACEHOLDER_TEXT and not target.lists_files)
    if empty and (said := next((phrase for phrase in PLACEHOLDER_PHRASES if phrase in flat), None)):
        shown = residual[:60] if len(flat) < PLACEHOLDER_TEXT else said
        note = f"หน้านี้ยังไม่มีเนื้อหา (“{shown}”)"
        return Judged(target, Status.BROKEN, label_period, frozenset(), False, note)
    # A page linked for two items is the one its own title names, as a file is: O3's card opening
    # the page headed "O2 ข้อมูลผู้บริหาร" (a copy-paste slip, blind holdout 66).
    if (owner := _page_owner(item, target, record)) is not None:
        note = f"{SAME_PAGE} {owner} (“{headings[0][:60]}”) ไม่ใช่หน้าของข้อนี้"
        return Judged(target, Status.REVIEW, "unknown", frozenset(), False, note, True)
    # A page that says in its title that it is a meeting, a training or news ("ประชุมพนักงาน
    # เทศบาลประจำเดือนมกราคม" under "นโยบายการบริหารทรัพยากรบุคคล") is not the item, as a file is not.
    if (decoy := _decoy_title(item, record)) is not None:
        note = f"หน้านี้คือ “{decoy[:60]}” (ข่าวหรือกิจกรรม) ไม่ใช่เอกสารของข้อนี้"
        return Judged(target, Status.REVIEW, "unknown", frozenset(), False, note, True)
    # …or whose first words say it is something the item excludes ("ข้อมูลเชิงสถิติ ประจำปี ๒๕๖๗
    # สถิติผู้เข้าชมเว็บไซต์" under the service statistics: a visitor counter).
    # (its own words, not the links it lists: a news list's first entry "ประชาสัมพันธ์การรับสมัคร…")
    plain = compact(residual[: 2 * OPENING_TEXT])
    if (excluded := _opens_with_excluded(item, compact(own_words[:OPENING_TEXT]), plain)) is not None:
        note = f"หน้านี้เป็นเรื่อง “{excluded}” ไม่ใช่ข้อมูลของข้อนี้"
        return Judged(target, Status.REVIEW, "unknown", frozenset(), False, note, True)
    # A page with a form is a channel (a complaint form, a web board): that is its content.
    channel = record.forms > 0 and bool(item.accepts_external)
    says_nothing = (
        not channel
        and not (_found(item, residual) or _listed(item, target, record))
        and (
            (target.lists_files and len(residual) < POINTER_TEXT)
            # a heading and a picture (an organisation chart) is content; a heading alone is not
            or (_required(item) and len(residual) < EMPTY_TEXT and not record.images)
        )
    )
    # A short page that says its content is in the attachment ("ขอเผยแพร่รายงาน…ตามมาตรการ…
    # รายละเอียดตามเอกสารแนบ") introduces the file, whatever the item's words in its sentence.
    if (target.lists_files or target.leads_on) and len(residual) < POINTER_TEXT and _REFERS_ON.search(compact(text)):
        says_nothing = True
    # A document item's evidence is a document: a short page about it (a news post "ประกาศใช้
    # แผน…", a per-item page) is not the plan, whatever words it shares with it.
    # (A short page titled with the document's name that holds most of its elements is the
    # document shown as HTML: a complaint guideline's channels, steps and time limits in four
    # numbered paragraphs, blind holdout 35; not a news post about it.)
    shown_as_html = _named_for(item, headings) and (
        _holds_most(item, residual) or _reports_its_one_element(item, target, residual)
    )
    if item.kind == "document" and len(residual) < DOCUMENT_PAGE_TEXT and not shown_as_html:
        says_nothing = True
    # The ITA page of the item ("๐๑๓ รายงานผลการดำเนินงานประจำปี") that lists its evidence
    # introduces it, however much it says: sites print the criteria there ("ต้องมีปัญหา
    # อุปสรรค…"), which is not the report.  A page item's own page is its content.
    if not channel and _is_item_page(item, headings):
        # …and one that only links on ("ช่องทางแจ้งเรื่องร้องเรียนการทุจริต" to the channel's page,
        # "O8 Q&A" to the web board): what the link opens is the evidence.
        # (An element read in the page's links, the laws a laws page links to the Council of
        # State, is on the page: blind holdout 31.)
        listed = _link_words(record, target.dead_links) if any(e.within == "links" for e in item.elements) else ""
        onward = not _found(item, f"{own_words} {listed}")
        # A channel item's page that says in a line what it links ("ช่องทางถาม-ตอบ ระหว่าง
        # ประชาชนกับเทศบาล / คลิกเข้าสู่กระดาน"): the words describe the channel, the link is it.
        leads_on = target.lists_files or target.leads_on
        introduces_channel = bool(item.accepts_external) and leads_on and len(residual) < POINTER_TEXT
        says_nothing = says_nothing or onward or introduces_channel or (item.kind != "page" and target.lists_files)
    # A page whose list is the content, every entry linked to its text elsewhere (the Acts of a
    # laws page, each "ดูรายละเอียด" at the Council of State): the list is the evidence.
    if says_nothing and _lists_its_content(item, residual, target):
        says_nothing = False
    if says_nothing:
        if target.lists_files:
            note = "หน้านี้แนะนำไฟล์หลักฐาน (ตรวจไฟล์แทน)"
        elif target.leads_on:
            note = "หน้านี้แนะนำลิงก์ไปยังหลักฐาน (ตรวจที่ลิงก์แทน)"
        elif (
            item.kind == "document"
            and record.images
            and _named_for(item, headings)
            and not _is_item_page(item, headings)
        ):
            # A post named for the document that shows it as a picture (an infographic of the
            # survey's results, blind holdout 32): a person must look at the picture.
            note = "หน้านี้แสดงเอกสารเป็นภาพ โปรแกรมอ่านข้อความในภาพไม่ได้ ต้องเปิดดูว่าภาพเป็นเอกสารของข้อนี้ในปีที่ประเมินหรือไม่"
            return Judged(target, Status.REVIEW, "unknown", frozenset(), False, note)
        else:
            note = "หน้านี้ไม่ใช่ตัวเอกสารของข้อนี้"
        return Judged(target, Status.REVIEW, "unknown", frozenset(), False, note, True)
    content = "\n".join([*headings, text])[:MAX_PAGE_TEXT]
    # A page that lists news or files is many things at once: any current entry makes it current.
    mentions = extract_dates(content)
    content_result = judge_freshness(item.freshness, year, mentions)
    # What a page embeds is part of it: a Google Maps <iframe> is the contact page's map.
    # So is a link to a map service ("ดูแผนที่ (Google Maps)") and a picture of a map.
    embedded = " ".join(
        [
            *(link.url for link in record.links if link.kind in _EMBEDS or _MAP_SERVICE.search(str(link.url))),
            *(picture for picture in record.pictures if _MAP_PICTURE.search(picture)),
        ]
    )
    judged = _verdict(item, target, f"{content}\n{embedded}", True, content_result, label_period, label_result)
    return _with_months(judged, mentions)


def _judge_document(
    item: ItemRule,
    target: Target,
    record: DocumentRecord,
    year: int,
    label_period: Period,
    label_result: FreshnessResult | None,
) -> Judged:
    read = record.text
    problem = read.problem if read is not None else None
    if problem in _BROKEN_FILE:
        named = f" (“{read.title}”)" if problem == "web_page" and read is not None and read.title else ""
        return Judged(target, Status.BROKEN, label_period, frozenset(), False, PROBLEM_TH[problem] + named)
    content = read.text if read is not None else ""
    ocr = read is not None and read.method == "ocr"
    if target.match.combined and content.strip():
        # one file for "o1 - o6": the executives' part, not the structure's ปลัด (blind holdout 60)
        part, others = _own_part(item, target, content)
        if not part and others:
            # the others' parts are there and this item's is not: the file does not hold it
            note = "ไฟล์รวมของหลายข้อนี้ไม่มีส่วนของข้อนี้"
            return Judged(target, Status.REVIEW, "unknown", frozenset(), False, note, True)
        if not part:
            note = "ไฟล์รวมของหลายข้อ หาส่วนของข้อนี้ในไฟล์ไม่พบ ต้องเปิดไฟล์ตรวจว่ามีข้อมูลของข้อนี้หรือไม่"
            return Judged(target, Status.REVIEW, label_period, frozenset(), False, note)
        content = part
    # One file linked for two items ("the same PDF reused") is the item its own title names:
    # a file titled "ผลการประเมินความเสี่ยงการทุจริต" is not the report on the actions (must_not).
    heading = _document_heading(content)
    owner = _owner(item, target, content, ocr)
    if target.shared_with and (owner or any(keyword_hit(keyword, compact(heading)) for keyword in item.must_not)):
        sharing = owner or ", ".join(sorted(target.shared_with))
        note = f"{SAME_FILE} {sharing} (“{heading[:60]}”) ไม่ใช่เอกสารของข้อนี้"
        return Judged(target, Status.REVIEW, "unknown", frozenset(), False, note, True)
    # A file that says in its title that it is an order, a meeting or a training ("คำสั่ง… เรื่อง
    # แต่งตั้งคณะกรรมการ…" under "หลักเกณฑ์การบริหารงานบุคคล") is not the item, whatever its link says.
    head_lines = content.split("\n", SUBJECT_LINES)[:SUBJECT_LINES]
    subject = [line for line in head_lines if line.strip().startswith("เรื่อง")]
    opening = compact(" ".join([heading, *subject]))
    if (decoy := first_hit(item.decoys, opening)) is not None:
        note = f"ไฟล์นี้คือ “{heading[:60]}” ({decoy}) ไม่ใช่เอกสารของข้อนี้"
        return Judged(target, Status.REVIEW, "unknown", frozenset(), False, note, True)
    # A neighbour's manual, the NACC's handbook: another agency's name heads or signs it and the
    # site's own is nowhere in it (blind holdouts 27–30).  OCR misreads names: it does not decide.
    signature = read.signature if read is not None else ""
    head = "\n".join(head_lines)
    other = None if ocr or item.others_documents else other_agency(head, signature, content, target.agency)
    if other is not None:
        note = f"{OTHER_AGENCY} (“{other}”) ไม่ใช่ของหน่วยงานนี้"
        return Judged(target, Status.REVIEW, "unknown", frozenset(), False, note, True)
    if not content.strip():
        why = PROBLEM_TH.get(problem or "", "ยังอ่านเนื้อหาเอกสารไม่ได้")
        # (the words must name another period, not the day it was posted: "๑๐ เม.ย. ๖๖" on a card)
        decided = label_result.decided_by if label_result is not None else None
        if label_period == "other" and decided is not None and decided.is_subject_period:
            return Judged(
                target, Status.STALE, "other", frozenset(), False, _stale_note(label_result), freshness=label_result
            )
        return Judged(target, Status.REVIEW, label_period, frozenset(), False, f"{why} {_what_to_check(item)}")
    mentions = _mentions(content, read.ocr_texts if read is not None else [], ocr)
    # the assessment analysed dates an analysis only when nothing else does (its signature day does)
    mentions = mentions or _assessed(item, content, ocr=ocr)
    content_result = judge_freshness(item.freshness, year, mentions, title_chars=TITLE_CHARS)
    # A scan with no date OCR could read is undated too: the link's words decide only when they
    # name its period, not when they are the day it was posted.
    if ocr and content_result.verdict == "unknown":
        return _ocr_verdict(item, target, content, mentions, year, label_period, label_result)
    # A plan in force ("แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๖–๒๕๗๐)") linked as a report or as
    # the actions taken is the plan, not what was done (blind holdout 40); an old plan is stale.
    if content_result.verdict == "fresh" and _plan_under_report(item, content):
        note = f"ไฟล์นี้คือแผน (“{heading[:60]}”) ไม่ใช่รายงานผลหรือการดำเนินการของข้อนี้"
        return Judged(target, Status.REVIEW, "unknown", frozenset(), False, note, True)
    judged = _verdict(item, target, content, True, content_result, label_period, label_result, ocr=ocr)
    return _with_months(judged, mentions)


def _page_owner(item: ItemRule, target: Target, record: PageRecord) -> str | None:
    """The other item a page linked for both is, by its title and first headings naming it by
    code and title ("O2 ข้อมูลผู้บริหาร"); None when they name this item too, or no other item,
    or the page is the home page (which names everything).  A post's title is no item's name:
    "นายก อบต. นำคณะผู้บริหาร…" has O2's word and is O35's activity."""
    if not target.shared_rules or record.is_home:
        return None
    heads = [text for text in (record.title, *record.headings[:PAGE_TITLE_HEADINGS]) if text]
    if any(match_title(item, text).ok for text in heads):
        return None
    named = {
        other.code
        for other in target.shared_rules
        for text in heads
        if [m.first for m in find_item_codes(text, max_code=99, ita_context=True)] == [other.number]
        and match_title(other, text).ok
    }
    return named.pop() if len(named) == 1 else None


PAGE_TITLE_HEADINGS = 2


def _owner(item: ItemRule, target: Target, content: str, ocr: bool) -> str:
    """The other item a file linked for both is, by its own title: O16's service statistics
    under O17's row, O39's code of ethics under O41's, the citizens' manual under the staff
    manual's (blind holdouts 50, 56 and 59; the same PDF reused for several items,
    site-patterns.md).  Empty when its title names this item too, or a part of its body does
    ("ข. คู่มือสำหรับประชาชน" in a staff manual linked for both), or no other item, or one read
    by OCR (which garbles titles)."""
    if ocr or not target.shared_rules:
        return ""
    lines = [line.strip() for line in content.split("\n") if line.strip()]
    heading = []
    for line in lines[:TITLE_LINES]:
        if not _title_like(line):
            break  # a table's header row is no part of the title
        heading.append(line)
    title = " ".join(heading)
    required = [element.id for element in item.elements if not element.optional]
    # (an item of one element the body holds: a plan's progress report with the budget spent,
    # linked for the budget report too, field folder 66)
    if match_title(item, title).ok or (len(required) == 1 and set(required) <= _found(item, content)):
        return ""
    parts = (line for line in lines[len(heading) : PART_LINES] if len(line) <= SHORT_PART)
    if any(match_title(item, line).ok for line in parts):
        return ""
    named = [other.code for other in target.shared_rules if match_title(other, title).ok]
    return named[0] if len(named) == 1 else ""


def _own_part(item: ItemRule, target: Target, content: str) -> tuple[str, bool]:
    """The part of a combined file that is ``item``'s, from a short line naming it ("ส่วนที่ ๒
    ข้อมูลผู้บริหาร") to the next short line naming another item the file is linked for, and
    whether the file has such parts of the others at all."""
    lines = content.split("\n")
    start: int | None = None
    others = False
    for at, line in enumerate(lines):
        if start is None and _names_part(item, line):
            start = at
        elif any(_names_part(other, line) for other in target.shared_rules):
            others = True
            if start is not None:
                return "\n".join(lines[start:at]), others
    return ("\n".join(lines[start:]) if start is not None else ""), others


def _names_part(item: ItemRule, line: str) -> bool:
    line = line.strip()
    return 0 < len(line) <= SHORT_PART and match_title(item, line).ok


def _assessed(item: ItemRule, text: str, *, ocr: bool = False) -> list[DateMention]:
    """The analysis of "ITA 2566" is of FY 2567 (``dated_by_assessment``); nothing for other items."""
    if item.dated_by_assessment is None:
        return []
    return assessment_dates(text, item.dated_by_assessment, ocr=ocr)


def _mentions(content: str, ocr_texts: list[str], ocr: bool) -> list[DateMention]:
    """The dates of a document: a text layer's are read as text; those of its pages read by
    OCR (a scanned signature sheet at the end) are marked OCR and never decide alone."""
    if ocr or not ocr_texts:
        return extract_dates(content, ocr=ocr)
    layer = content
    for page in ocr_texts:
        layer = layer.replace(page, " ")
    scanned = [replace(m, ocr=True) for page in ocr_texts for m in extract_dates(page, ocr=True)]
    return [*extract_dates(layer), *scanned]


def _ocr_verdict(
    item: ItemRule,
    target: Target,
    content: str,
    mentions: list[DateMention],
    year: int,
    label_period: Period,
    label_result: FreshnessResult | None,
) -> Judged:
    """A scan: its year, read by OCR, counts only when the link's words name the same period.
    A year decades before the assessment ("๒๕๒๒" for ๒๕๖๖) is Tesseract misreading a digit:
    such a scan is as good as undated, and the link's words decide as for any undated text."""
    # The link's words must name a period ("ประจำปี 2567"), not a posting day ("โพสต์เมื่อ ๕ ก.ย. ๖๗").
    decided = label_result.decided_by if label_result is not None else None
    named = decided is not None and decided.is_subject_period
    plausible = [replace(m, ocr=False) for m in mentions if m.fiscal_years[1] >= year - OCR_PLAUSIBLE_YEARS]
    if not plausible and named:
        return _verdict(
            item, target, content, True, judge_freshness(item.freshness, year, []), label_period, label_result, ocr=True
        )
    as_if_read = judge_freshness(item.freshness, year, plausible, title_chars=TITLE_CHARS)
    agrees = named and (
        (as_if_read.verdict == "fresh" and label_period == "current")
        or (as_if_read.verdict == "stale" and label_period == "other")
    )
    if agrees:
        note = " (ปีที่อ่านจากภาพสแกนตรงกับชื่อเอกสาร)"
        return _verdict(item, target, content, True, as_if_read, label_period, label_result, note=note, ocr=True)
    found = _found(item, content, target)
    if mentions:
        note = "เป็นภาพสแกน อ่านปีด้วย OCR ได้ไม่แน่นอน และชื่อลิงก์ไม่ได้ระบุปีเดียวกัน ต้องเปิดไฟล์ตรวจปี"
    else:
        note = "เป็นภาพสแกนที่โปรแกรมอ่านปีไม่ได้ และชื่อลิงก์ไม่ได้ระบุปีของเอกสาร ต้องเปิดไฟล์ตรวจปี"
    return Judged(target, Status.REVIEW, "unknown", found, True, note)


def _verdict(
    item: ItemRule,
    target: Target,
    content: str,
    readable: bool,
    content_result: FreshnessResult,
    label_period: Period,
    label_result: FreshnessResult | None,
    *,
    note: str = "",
    ocr: bool = False,
) -> Judged:
    found = _found(item, content, target)
    period, result = _period(content_result, label_period, label_result)
    missing = [element.label for element in item.elements if not element.optional and element.id not in found]
    if period == "other":
        return Judged(target, Status.STALE, period, found, readable, _stale_note(result), freshness=result)
    if period == "unknown":
        what = "ปีของเอกสาร" + (f" และ{', '.join(missing)}" if missing else "")
        reason = result.reason_th if result else "ไม่พบปีหรือช่วงเวลาของเอกสาร"
        return Judged(target, Status.REVIEW, period, found, readable, f"ต้องตรวจ{what}: {reason}", freshness=result)
    when = result.reason_th if result else ""
    if missing and ocr:
        # Text read from a picture misses what it cannot read (a table OCR breaks into single
        # letters): what it lacks is for a person to look for, not proof of absence (blind holdout 44).
        # What the scan's own title says it is counts as read ("คำสั่งแต่งตั้งคณะทำงานขับเคลื่อน
        # จริยธรรม ปีงบประมาณ ๒๕๖๗" is the team, beside a Do & Don't sheet and a training post:
        # blind holdout 61); combine pools it with the other evidence of the period.
        titled = _found(item, target.label)
        found |= titled
        missing = [element.label for element in item.elements if not element.optional and element.id not in found]
        if not missing:
            note = f"{when} (องค์ประกอบตามชื่อเอกสารสแกน “{target.label[:60]}”)".strip()
            return Judged(target, Status.PASS, period, found, readable, note, freshness=result)
        if titled and item.elements_apart:
            # the team order is the team order: the Do & Don't sheet is not in it (blind holdouts 63, 69)
            note = f"เอกสารสแกน “{target.label[:60]}” ไม่มี {', '.join(missing)}"
            return Judged(target, Status.INCOMPLETE, period, found, readable, note, freshness=result)
        note = f"อ่านจากภาพสแกน ไม่พบ {', '.join(missing)} ซึ่งอาจอ่านจากภาพไม่ออก ต้องเปิดไฟล์ตรวจ"
        return Judged(target, Status.REVIEW, period, found, readable, note, freshness=result, scan=True)
    if missing:
        return Judged(target, Status.INCOMPLETE, period, found, readable, f"ขาด {', '.join(missing)}", freshness=result)
    return Judged(target, Status.PASS, period, found, readable, (when + note).strip(), freshness=result)


def _period(
    content: FreshnessResult, label_period: Period, label_result: FreshnessResult | None
) -> tuple[Period, FreshnessResult | None]:
    """The content's own dates decide; the link's words only when the content names no period."""
    if content.verdict == "not_required":
        return "current", content
    if content.verdict == "fresh":
        return "current", content
    if content.verdict == "stale":
        return "other", content
    if label_result is not None and label_period != "unknown":
        return label_period, label_result
    return "unknown", content


def _label_period(item: ItemRule, target: Target, year: int) -> tuple[Period, FreshnessResult | None]:
    mentions = extract_dates(target.words) or _assessed(item, target.words)
    result = judge_freshness(item.freshness, year, mentions, title_chars=len(target.words) + 1)
    period: Period = {"fresh": "current", "not_required": "current", "stale": "other"}.get(  # type: ignore[assignment]
        result.verdict, "unknown"
    )
    return period, result


def _found(item: ItemRule, content: str, target: Target | None = None) -> frozenset[str]:
    """The required elements ``content`` holds; ``target`` adds what is not text: the
    signature block of a document, the pictures of a page."""
    flat = compact(content)
    body = compact(_without_item_names(item, content))
    named = _named_by_title(item)
    record = target.record if target is not None else None
    found: set[str] = set()
    for element in item.elements:
        if element.within == "site" and target is not None:
            where = f"{flat} {target.site}"
        elif element.within == "opening":
            # What the evidence says it is: its title, headings and first words, not an option
            # deep in a general form ("ประเภทเรื่อง: … ร้องเรียนเจ้าหน้าที่ / การทุจริต").
            # (A page's own words, after its title and headings: its content begins with every
            # heading of the template, which would crowd them out.)
            own = target.text if isinstance(record, PageRecord) and target is not None else ""
            where = compact(_opening(record, own or content))
        elif element.within == "signature" and record is not None:
            # The last signature block says who signed; without one, the end of the text does.
            signature = record.text.signature if isinstance(record, DocumentRecord) and record.text else ""
            where = compact(signature) or compact(content[-SIGNATURE_TAIL:])
        else:
            # An element the item's name says ("โครงสร้าง" of the structure item) may be read
            # anywhere; any other must be in the body, not in a title that repeats the name
            # ("รายงานผลการดำเนินงานตามแผน…" is not the results).
            where = flat if element.id in named or element.in_title else body
        if element.within == "links" and isinstance(record, PageRecord):
            where = f"{where} {_link_words(record, target.dead_links if target else frozenset())}"
        # Pictures: a page shows them or not; a document's cannot be seen in its text.
        shown = (
            element.within == "pictures"
            and target is not None
            and record is not None
            and (not isinstance(record, PageRecord) or record.images > 0)
        )
        # A board whose every topic says "ตอบ 0" talks one way, whatever its words; so does a
        # page of questions the agency wrote and answered itself (an FAQ: no form, no topic).
        unanswered = element.within == "board" and isinstance(record, PageRecord) and not _two_way(record)
        # A service is online when the page takes the request, whatever it says: a list of phone
        # numbers under "E-Service" sends the visitor to the office.
        if element.within == "online":
            if isinstance(record, PageRecord) and _takes_requests(record, target.text if target else ""):
                found.add(element.id)
            continue
        if not unanswered and (shown or any(_holds(keyword, where) for keyword in element.any)):
            found.add(element.id)
    return frozenset(found)


# Where a page starts quoting the criteria: "ต้องประกอบด้วย", "องค์ประกอบ: ๑) …", "อย่างน้อยประกอบด้วย".
_CRITERIA = re.compile(
    r"(?:รายละเอียด|คำอธิบาย)\s*[:：]\s*แสดง|(?:ต้อง|อย่างน้อย|โดยมี)ประกอบด้วย"
    r"|องค์ประกอบ(?:ข้อมูล|ด้านข้อมูล)?\s*[:：]|รายละเอียดอย่างน้อย"
)
OPENING_TEXT = 100  # a page's first words after its title, where it says what it is
CRITERIA_TEXT = 400  # characters of a quoted criterion: its numbered points, not the page after them


def _without_criteria(text: str) -> str:
    """``text`` without the criteria it quotes (each from its marker, ``CRITERIA_TEXT`` long)."""
    while (found := _CRITERIA.search(text)) is not None:
        text = text[: found.start()] + " " + text[found.start() + CRITERIA_TEXT :]
    return text


def _listed(item: ItemRule, target: Target, record: PageRecord) -> bool:
    """Do the page's link words hold an element that may be met by them (``within: links``: the
    laws a laws page lists, each linked to its text on the Council of State's site)?"""
    words = _link_words(record, target.dead_links)
    return any(
        element.within == "links" and any(_holds(keyword, words) for keyword in element.any)
        for element in item.elements
    )


def _link_words(record: PageRecord, dead: frozenset[str]) -> str:
    """The words of the page's own links that open something (not its menus, not a 404), compact:
    a list of laws whose every link is dead lists nothing to read."""
    # (a card's "ดูรายละเอียด" is named by its row: "พระราชบัญญัติ… พ.ศ. ๒๕๓๗ | ๕ ต.ค. ๖๕ | ดูรายละเอียด")
    words = (
        link.row or link.text if is_generic(link.text) else link.text
        for link in record.links
        if not link.menu and link.url not in dead
    )
    return compact(" ".join(words))


def _holds(keyword: str, flat: str) -> bool:
    """Does compact ``flat`` hold ``keyword`` as something done, not as an intention ("…เสนอ
    ผู้บริหารเพื่อพิจารณากำหนดแนวทางต่อไป" has no measures yet)?"""
    return any(
        not (
            _LATER.match(flat, hit.end(), hit.end() + _INTENT_SPAN)
            and _INTENDS.search(flat, max(0, hit.start() - _INTENT_SPAN), hit.start())
        )
        for hit in keyword_pattern(keyword).finditer(flat)
    )


def _with_months(judged: Judged, mentions: list[DateMention]) -> Judged:
    """``judged`` with the months its dates name and whether one of them is a period."""
    mentions = [m for m in mentions if not m.pending]
    names_period = any(m.kind == "period" and not m.ocr for m in mentions)
    return replace(judged, months=_months_named(mentions), names_period=names_period)


def _months_named(mentions: list[DateMention]) -> frozenset[Month]:
    """The months a monthly summary reports: those its month and period mentions cover
    ("ประจำเดือนตุลาคม ๒๕๖๖", a sheet per month, "ต.ค. – ธ.ค. ๖๖").  Single days (contract
    dates) and whole years say nothing of which months it covers."""
    periods = [m for m in mentions if _whole_months(m)]
    # A report that names its period covers that period; a month it names besides is an event
    # in it ("อบรม… กำหนดจัด ก.ค. ๒๕๖๕" in a six-month report: blind holdout 34).
    spans = [months_between(m.start, m.end) for m in periods or [m for m in mentions if m.kind == "month"]]
    return frozenset().union(*spans)


def _whole_months(mention: DateMention) -> bool:
    """A period of whole months ("ต.ค. – ธ.ค. ๖๖", "ไตรมาสที่ ๑") is what a report covers; one of
    days ("27 ธ.ค. 66 – 4 ม.ค. 67", a New Year campaign in its table) is when a project ran."""
    if mention.kind != "period" or mention.start.day != 1:
        return False
    return mention.end.day == calendar.monthrange(mention.end.year, mention.end.month)[1]


def _decoy_title(item: ItemRule, record: PageRecord) -> str | None:
    """The page's own name (its title before " - <agency>", its first headings that are not the
    agency's name) when that name hits one of the item's decoys."""
    names = [_TITLE_PARTS.split(record.title)[0], *record.headings[:2]]
    for name in names:
        if not name.strip() or _AGENCY_LINE.match(name):
            continue
        if first_hit(item.decoys, compact(name)) is not None:
            return name
    return None


def _opens_with_excluded(item: ItemRule, opening: str, plain: str) -> str | None:
    """The excluded word a page's opening is about, unless in the page's own text (``plain``,
    without its headings) all the item's required words come before it ("โครงสร้างส่วนราชการ…
    (แผนอัตรากำลัง ๓ ปี)" is the structure, blind holdout 41)."""
    excluded = first_hit(item.must_not, opening)
    if excluded is None or not item.must:
        return excluded
    at = plain.find(excluded)
    before = plain[:at] if at > 0 else ""
    return None if before and all(keyword_pattern(keyword).search(before) for keyword in item.must) else excluded


def _lists_its_content(item: ItemRule, residual: str, target: Target) -> bool:
    """Does the page hold, in the words of its links, every element read there?"""
    listed = [element for element in item.elements if element.within == "links"]
    return bool(listed) and {e.id for e in listed} <= _found(item, residual, target)


def _holds_most(item: ItemRule, text: str) -> bool:
    """Does ``text`` hold at least two and at least half of the item's required elements?"""
    required = [element for element in item.elements if not element.optional]
    return len(required) >= 2 and len(_found(item, text) & {e.id for e in required}) >= max(2, -(-len(required) // 2))


def _reports_its_one_element(item: ItemRule, target: Target, residual: str) -> bool:
    """A report of one element shown as a post: "รายงานผลการดำเนินการตามนโยบาย No Gift Policy
    รอบ 6 เดือน" with its period, its table and its evaluation in the post's own words, and no
    file it introduces (blind holdout 53).  (A post that attaches the report introduces it; a
    page that quotes the criteria names no period.)"""
    required = [element for element in item.elements if not element.optional]
    if len(required) != 1 or target.lists_files or len(residual) < POINTER_TEXT:
        return False
    if required[0].id not in _found(item, residual):
        return False
    return any(mention.kind == "period" for mention in extract_dates(residual))


def _named_for(item: ItemRule, headings: list[str]) -> bool:
    """Is the page titled with the item's own name ("ผลการสำรวจความพึงพอใจ"), not a story about
    it ("กิจกรรมมอบนโยบาย No Gift Policy และวันต่อต้านคอร์รัปชันสากล")?"""
    return any(_repeats_name(item, heading) for heading in headings if heading)


def _is_item_page(item: ItemRule, headings: list[str]) -> bool:
    """Does the page's title or a heading carry the item's code (an ITA per-item page)?"""
    return is_item_page(item.number, headings)


_ASK = re.compile(r"ตั้งกระทู้|ตั้งคำถาม|ส่งคำถาม|ถามคำถาม|เขียนคำถาม|newtopic|newthread|post", re.IGNORECASE)


def _two_way(record: PageRecord) -> bool:
    """Can a visitor ask here and see answers: a form, an answered topic, a link to ask?"""
    if record.replies == 0:
        return False
    return (
        record.forms > 0
        or bool(record.replies)
        or any(_ASK.search(f"{link.text} {link.url}") for link in record.links if not link.menu)
    )


# A link that makes a request, not one that downloads a form to print (compact, lower-cased).
# ("E-Service" itself names the section: its own menu entry and breadcrumb link it.)
_REQUEST = re.compile(r"ยื่น(?:คำ)?(?:ร้อง|ขอ)|คำร้องออนไลน์|แบบฟอร์มออนไลน์|กรอกแบบฟอร์ม|ขอรับบริการ|request")
# Services of another kind: a visitor asks nothing of the agency there.
_NOT_A_SERVICE = frozenset({"facebook", "line", "youtube", "instagram", "tiktok", "twitter"})


def _takes_requests(record: PageRecord, own_text: str) -> bool:
    """Can a visitor make a request from this page: a form of its own, a link in its own text
    (not the template's banners of other agencies, not a file) to an online system or to a
    request form?"""
    if record.forms > 0:
        return True
    home = site_key(urlsplit(str(record.final_url)).hostname or "")
    own = compact(own_text or record.text)
    for link in record.links:
        url = str(link.url)
        if link.menu or link.kind != "a" or link.url in (record.url, record.final_url):
            continue
        if not (words := compact(link.text)) or words not in own:
            continue
        if looks_like_file(url) or _MAP_SERVICE.search(url):
            continue
        parts = urlsplit(url)
        if site_key(parts.hostname or "") != home:
            if external_service(parts.hostname or "", parts.path) not in _NOT_A_SERVICE | _FILE_HOSTS:
                return True
        elif _REQUEST.search(compact(f"{link.text} {parts.path} {parts.query}")):
            return True
    return False


def _opening(record: Record | None, content: str) -> str:
    if isinstance(record, PageRecord):
        return " ".join([record.title, *record.headings[:3], content[:OPENING_TEXT]])
    return " ".join([_document_heading(content), content[:OPENING_TEXT]])


_REPORT_ITEM = re.compile(r"^(?:รายงาน|ผลการ|การดำเนินการ)")
_REPORTS = re.compile(r"รายงาน|ผลการดำเนิน|ความก้าวหน้า|การดำเนินการตาม|ติดตาม")


def _plan_under_report(item: ItemRule, content: str) -> bool:
    """Is the document a plan while the item asks for a report or the actions taken?"""
    if not _REPORT_ITEM.match(compact(item.title)):
        return False
    head = compact(" ".join(content.split("\n", HEAD_LINES)[:HEAD_LINES]))
    return head.startswith("แผน") and _REPORTS.search(head) is None


def _document_heading(content: str) -> str:
    """A document's title: its first line of text (a spreadsheet's first after the sheet name)."""
    for line in content.split("\n")[: HEAD_LINES + 1]:
        line = line.strip()
        if line and not (line.startswith("[") and line.endswith("]")):
            return line[:NAME_LINE]
    return ""


def _without_item_names(item: ItemRule, content: str) -> str:
    """``content`` without its title lines that name the item: a document's first lines, a
    page's title and headings (which come first in its content)."""
    lines = content.split("\n")
    # A document's title is what stands above the line that names the agency ("รายงานความก้าวหน้า…
    # / ปีงบประมาณ ๒๕๖๗ รอบ ๖ เดือน / เทศบาลตำบลท่าข้าม / …"); when it repeats the item's name it
    # promises, the body holds.  (A title that names something else, "รายงานผลโครงการอบรม…" under
    # the ethics item, says what the document is.)
    agency = next((i for i, line in enumerate(lines[: HEAD_LINES + 1]) if _AGENCY_LINE.match(line)), 0)
    if agency > 0 and all(_title_like(line) for line in lines[:agency]) and _is_name(item, " ".join(lines[:agency])):
        lines = lines[agency:]
    # A PDF wraps a long title over lines ("…เรื่อง เจตนารมณ์น / ณ์ โยบาย / ไม่รับของขวัญและของ
    # กำนัล… (No Gift / Policy) ปีงบประมาณ…"): the shortest opening run that repeats the name.
    for count in range(1, min(HEAD_LINES + 1, len(lines)) + 1):
        if not _title_like(lines[count - 1]):
            break
        if _repeats_name(item, " ".join(lines[:count])):
            lines = lines[count:]
            # …and its subtitle in brackets: "(พร้อมปัญหา อุปสรรค และข้อเสนอแนะ)" promises, the body holds
            while lines and _SUBTITLE.match(lines[0]):
                lines = lines[1:]
            break
    head, rest = lines[:HEAD_LINES], lines[HEAD_LINES:]
    kept = [line for line in head if not (_title_like(line) and _repeats_name(item, line)) or _header_row(item, line)]
    return "\n".join([*kept, *rest])


def _header_row(item: ItemRule, line: str) -> bool:
    """Is ``line`` a table's column headings ("ยุทธศาสตร์การพัฒนา  เป้าประสงค์  ตัวชี้วัด")
    rather than a title?  It names two or more of the item's elements beyond its name: a
    plan's title says it is a plan, its table's header says what it holds."""
    flat = compact(line)
    hits = [
        element
        for element in item.elements
        if not _in_name(item, element) and any(keyword_hit(keyword, flat) for keyword in element.any)
    ]
    return len(hits) >= 2


def _in_name(item: ItemRule, element: Element) -> bool:
    names = [compact(name) for name in (item.title, *item.aliases)]
    return any(keyword_hit(keyword, name) for keyword in element.any for name in names)


def _title_like(line: str) -> bool:
    """Could ``line`` be (a part of) a title?  Not a table row, a long paragraph, a numbered line
    or a field of a form ("งานที่ให้บริการ : การลงทะเบียน…" above the agency's name: blind holdout 53)."""
    return " | " not in line and len(line) <= NAME_LINE and not _ENUMERATED.match(line) and not _FIELD.match(line)


_FIELD = re.compile(r"^[ก-๏ ]{2,40}[:：] ?\S")


def _repeats_name(item: ItemRule, line: str) -> bool:
    """Does a title line repeat the item's name?  A line that only resembles it
    ("รายงานผลโครงการอบรมคุณธรรมจริยธรรม" for "การขับเคลื่อนจริยธรรม") is the document's own title,
    and what it names (a training) is what the document is about."""
    # "ประกาศ<หน่วยงาน> เรื่อง <ชื่อ>": the name is after เรื่อง ("สูง ๑ เรื่อง" counts matters)
    subject = _SUBJECT.split(line, 1)[-1]
    if len(compact(subject)) > 2 * len(compact(item.title)):
        return False  # the name and as much again: a sentence of the body ("ผลการดำเนินงาน… 42 โครงการ")
    return _is_name(item, line)


def _is_name(item: ItemRule, text: str) -> bool:
    """Is ``text`` the item's name (its title or an alias, closely)?"""
    match = match_title(item, text)
    return match.ok and match.score >= NAME_SCORE


def _named_by_title(item: ItemRule) -> frozenset[str]:
    """The elements the item's own name already says (its title or an alias holds a keyword),
    when the name says them all: then the name is the content ("โครงสร้างและแผนผัง").  When the
    item asks for more than its name (a risk assessment's events, levels and measures), what
    the name says is a part of the body like the rest: a title "ผลการประเมินความเสี่ยง…" over
    a table of levels has no events."""
    named = frozenset(element.id for element in item.elements if _in_name(item, element))
    return named if len(named) == len(item.elements) else frozenset()


def _required(item: ItemRule) -> bool:
    return any(not element.optional for element in item.elements)


def _residual_text(target: Target, *, every_link: bool = False) -> str:
    """What the page says itself: its own text without its headings and the words of the
    links to the files and evidence hosts it lists, which are judged on their own (a list of
    news posts is what a news page says, a list of laws linked to the Council of State's
    site is what a laws page says).  ``every_link``: without the words of any of its links."""
    record = target.record
    if not isinstance(record, PageRecord):
        return target.text
    text = target.text or record.text
    # …and the links on to the item's other targets, also judged on their own ("๒ ช่องทางแจ้งเรื่อง
    # ร้องเรียนการทุจริต (ออนไลน์) | ดาวน์โหลด" on a complaints page links the channel's page).
    # (Not what the page embeds: a map's <iframe> is part of a contact page.)
    left_out = record.links if every_link else [link for link in record.links if _judged_apart(link, target)]
    listed = [link.text for link in left_out]
    # A file table's row names the file its "ดาวน์โหลด" links ("การประเมินความเสี่ยง… ๒๕๖๖ | ๑๕ พ.ย.
    # ๒๕๖๕ | ดาวน์โหลด"): the row is the file's label, judged with the file (blind holdout 26).
    listed += [link.row for link in left_out if link.row and not link.menu]
    listed += record.ignored_links.empty_link_texts  # a link to nothing ("href=''") is not what the page says
    # A list of posts, each titled by a heading that links to it (a WordPress archive's
    # <h2><a>…</a></h2>): those headings are what the page lists, not its title.  One heading
    # that is also a menu entry ("อำนาจหน้าที่") is the page's title.
    linked = {link.text for link in record.links if not holds_evidence(link.url)}
    entries = [heading for heading in record.headings if heading in linked]
    headings = record.headings if len(entries) < 2 else [h for h in record.headings if h not in linked]
    for part in sorted({*headings, *listed}, key=len, reverse=True):
        if part:
            text = text.replace(part, " ")
    return " ".join(_CMS_COUNTER.sub(" ", text).split())


# A CMS's counters ("(ดาวน์โหลด ๑๗ ครั้ง)", "อ่าน 137 ครั้ง", "Hits: 52") count readers, not services
# or complaints (blind holdout 32: a K2 item's counters were taken for its statistics).
# (A count says "ครั้ง" or "Hits:"; "ดาวน์โหลด ๒๕๖๗" is a year.)
_CMS_COUNTER = re.compile(
    r"\(?(?:ดาวน์โหลด|โหลด|เปิดอ่าน|อ่าน|เข้าชม|ผู้ชม)\s*(?:แล้ว)?\s*[\d๐-๙][\d๐-๙,]*\s*ครั้ง\)?"
    r"|(?<![a-z])(?:views?|hits?|downloads?)\s*:\s*[\d,]+",
    re.IGNORECASE,
)


def _judged_apart(link: Link, target: Target) -> bool:
    """A link whose target is judged on its own: a file (by its name or by what it opened), an
    evidence host, another target of the item (not what the page embeds: a map's <iframe>)."""
    url = link.url
    return holds_evidence(url) or url in target.file_links or (url in target.leads_to and link.kind == "a")


def _stale_note(result: FreshnessResult | None) -> str:
    return result.reason_th if result else "เป็นข้อมูลของปีอื่น"


def _what_to_check(item: ItemRule) -> str:
    required = [element.label for element in item.elements if not element.optional]
    parts = [*required[:4], "ปีของเอกสาร"] if item.freshness != "timeless" else required[:4]
    return "ต้องตรวจในไฟล์ว่ามี " + ", ".join(parts) if parts else "ต้องตรวจเนื้อหาในไฟล์"


def _accepted(item: ItemRule, service: str | None) -> bool:
    """Is a link to ``service`` this item's evidence (its social page, its online system)?"""
    if service in item.accepts_external:
        return True
    return "any_site" in item.accepts_external and service not in _FILE_HOSTS
