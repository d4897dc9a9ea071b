"""One rule for combining the verdicts of an item's targets into the item's status.

1. The targets of the item's period that could be read (pass or incomplete on their own) are
   one body of evidence: the required elements are counted over all of them together (a team
   order, a Do & Don't sheet and a training report make the ethics item).  All found: ``pass``.
   Some still absent: ``incomplete`` — unless a target of the period that could not be read
   (a Drive folder, a scan, a page not fetched) may hold them: then ``review``.
2. Nothing of the period was read: a target of the period that must be looked at (``review``),
   then a broken link that claims the period (``broken``), then evidence whose period nothing
   names (``review``), then other periods' versions (``stale``), then the rest.
Every version is judged; the best decides; the others stay in the evidence list.
"""

from __future__ import annotations

from dataclasses import dataclass

from crawler.assess.judge import OTHER_AGENCY, SAME_FILE, SAME_PAGE, Judged
from crawler.criteria.models import ItemRule
from crawler.model.records import PageRecord
from crawler.model.status import Status
from crawler.thai.dates import month_name
from crawler.thai.fiscal import Freshness, Month

# After the item's own period, in this order: which targets decide when none of the period was read.
_FALLBACKS: tuple[tuple[Status, frozenset[str]], ...] = (
    (Status.REVIEW, frozenset({"current"})),
    (Status.BROKEN, frozenset({"current"})),
    (Status.REVIEW, frozenset({"unknown"})),
    (Status.STALE, frozenset({"other"})),
    (Status.REVIEW, frozenset({"current", "unknown", "other"})),
    (Status.BROKEN, frozenset({"current", "unknown", "other"})),
)


@dataclass(frozen=True)
class Decision:
    status: Status
    decisive: tuple[Judged, ...]  # what the status rests on, best first
    missing: tuple[str, ...] = ()  # Thai labels of required elements absent from all fresh evidence
    note: str = ""  # the reason, when it is the combination's and not one target's


def combine(item: ItemRule, judged: list[Judged], months: frozenset[Month] = frozenset()) -> Decision:
    """``months``: for a monthly series, the months it must report by now."""
    evidence = [j for j in judged if not j.pointer]
    fresh = [j for j in evidence if j.period == "current" and j.status in (Status.PASS, Status.INCOMPLETE)]
    if fresh:
        # The home page's sidebar ("ผู้บริหาร" over the mayor's photo) and its footer's phone
        # number are not the executives page: the home page is an item's evidence on its own or
        # not at all, and lends no element to another target (blind holdout 50's O2).
        pooled = [j for j in fresh if j.status is Status.PASS or not _on_home_page(j)] or fresh
        scans = [j for j in evidence if j.scan and j.period == "current"]
        found = frozenset().union(*(j.found for j in (*pooled, *scans)))
        missing = tuple(e.label for e in item.elements if not e.optional and e.id not in found)
        missing += _missing_months(fresh, months)
        if item.freshness is Freshness.FIRST_HALF_FY:
            missing += _one_quarter_only(fresh)
        if item.whole_year:
            missing += _part_of_year(fresh)
        ranked = tuple(sorted(fresh, key=lambda j: (j.status is not Status.PASS, -len(j.found))))
        if not missing and scans:
            ranked += tuple(scans)
        if not missing:
            note = f"องค์ประกอบครบเมื่อรวม {len(ranked)} รายการ" if ranked[0].status is not Status.PASS else ""
            return Decision(Status.PASS, ranked, note=note)
        unread = tuple(j for j in evidence if j.status is Status.REVIEW and j.period != "other")
        if unread:
            note = f"เอกสารที่อ่านได้ยังขาด {', '.join(missing)} ต้องเปิดตรวจ “{unread[0].target.label[:60]}” ว่ามีหรือไม่"
            return Decision(Status.REVIEW, (*unread, *ranked), missing, note)
        # Without its online channel an online service does not exist: pages about it that
        # take no request (phone numbers under "E-Service") are not an incomplete one.
        if any(e.within == "online" and e.label in missing for e in item.elements):
            note = "หน้านี้ไม่มีแบบฟอร์มหรือลิงก์ไประบบให้ยื่นคำขอออนไลน์ ผู้รับบริการยังต้องติดต่อที่สำนักงาน"
            return Decision(Status.MISSING, ranked, missing, note)
        # …nor a Q&A channel without a board: a contact page of phone numbers under "ถาม-ตอบ"
        # (blind holdout 53), unlike a board whose questions wait for answers.
        if any(e.within == "board" and e.label in missing for e in item.elements) and not any(map(_is_board, fresh)):
            note = "หน้านี้ไม่มีกระดานถาม-ตอบหรือแบบฟอร์มส่งคำถาม มีเพียงข้อมูลสำหรับติดต่อ"
            return Decision(Status.MISSING, ranked, missing, note)
        return Decision(Status.INCOMPLETE, ranked, missing)
    pointers = tuple(j for j in judged if j.pointer)
    # (another agency's document, another item's file: the pointer says whose it is)
    whose = next((j.note for j in pointers if j.note.startswith((OTHER_AGENCY, SAME_FILE, SAME_PAGE))), None)
    for status, periods in _FALLBACKS:
        chosen = tuple(j for j in evidence if j.status is status and j.period in periods)
        # A dead link to an old year's version ("ปี ๒๕๖๕ | คลิก") says nothing of this year's, a
        # page that lists nothing of the item or another's file (blind holdout 35).
        if chosen and not (pointers and status is Status.BROKEN and all(j.period == "other" for j in chosen)):
            return Decision(status, chosen)
    # Only pages that list files, none of which is this item's (meeting minutes on a page titled
    # "แผนพัฒนาท้องถิ่น", another item's reports): the item is not published.
    note = whose or "ในหน้านี้ไม่มีเอกสารของข้อนี้ (มีแต่ข่าว การประชุม หรือเอกสารของข้ออื่น)"
    return Decision(Status.MISSING, pointers, note=note)


def _is_board(judged: Judged) -> bool:
    """Can a visitor ask here, one-way as the answers may be: a form or a board's topics?  (An
    FAQ the agency wrote is no channel, with answers or without: field folders 33 and 42.)"""
    record = judged.target.record
    return isinstance(record, PageRecord) and (record.forms > 0 or record.replies is not None)


def _on_home_page(judged: Judged) -> bool:
    record = judged.target.record
    return isinstance(record, PageRecord) and record.is_home


_FIRST_QUARTER = frozenset({10, 11, 12})
_SECOND_QUARTER = frozenset({1, 2, 3})
_LAST_QUARTER = frozenset({7, 8, 9})


def _one_quarter_only(fresh: list[Judged]) -> tuple[str, ...]:
    """A half-year report whose periods keep to one quarter is a quarterly report (holdouts 16
    and 18: "ไตรมาสที่ ๑ (ต.ค. – ธ.ค. ๖๖)", "ไตรมาส 2 (ม.ค. – มี.ค. ๖๗)"); both quarters listed
    together make the half.  Nothing to say unless every target names its period."""
    named = {month for j in fresh for _year, month in j.months} & (_FIRST_QUARTER | _SECOND_QUARTER)
    if not named or not all(j.names_period for j in fresh):
        return ()
    if named <= _FIRST_QUARTER or named <= _SECOND_QUARTER:
        return ("ผลการดำเนินงานครบรอบ 6 เดือน (ต.ค. – มี.ค.) ไม่ใช่เพียงไตรมาสเดียว",)
    return ()


def _part_of_year(fresh: list[Judged]) -> tuple[str, ...]:
    """An annual report whose periods all end before the fiscal year's last quarter covers part
    of the year ("ประจำปี ๒๕๖๖ (ไตรมาสที่ ๑–๒)", "งวดที่ ๑–๓ (ต.ค. ๖๓ – มิ.ย. ๖๔)").  Nothing to
    say unless every target names its period."""
    named = {month for j in fresh for month in j.months}
    if not named or not all(j.names_period for j in fresh):
        return ()
    if max(named)[1] in _LAST_QUARTER:
        return ()
    return ("ผลของทั้งปีงบประมาณ (ต.ค. – ก.ย.) ไม่ใช่เพียงบางเดือน",)


def _missing_months(fresh: list[Judged], months: frozenset[Month]) -> tuple[str, ...]:
    """A monthly series must hold every month (seed 002: "ให้ครบทุกเดือน"): the months it lacks,
    as one missing element.  Nothing to say when no target names its months."""
    reported = frozenset().union(*(j.months for j in fresh))
    if not months or not reported:
        return ()
    absent = sorted(months - reported)
    if not absent:
        return ()
    return ("สรุปผลครบทุกเดือน (ขาด " + ", ".join(month_name(year, month) for year, month in absent) + ")",)
