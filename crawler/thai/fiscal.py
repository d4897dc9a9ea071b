"""Thai fiscal years and the date windows each OIT freshness class accepts.

FY N (B.E.) runs 1 Oct of (N-1) to 30 Sep of N, B.E. = C.E. + 543; ITA year N assesses
FY N.  Freshness classes (rule files name them):

=====================  =======================================================
current_fy             the document's year/period lies within FY N
covers_current_fy      a (multi-year) plan whose period includes the whole of FY N
first_half_fy          data of FY N that reaches into its first six months
                       (1 Oct N-1 – 31 Mar N), monthly/quarterly/6-monthly
monthly                monthly summaries: same window as first_half_fy
previous_fy            a report of FY N-1
timeless               no date requirement (structure, laws, channels)
=====================  =======================================================
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from collections.abc import Iterable

    from crawler.thai.dates import DateMention

BE_OFFSET = 543


class Freshness(StrEnum):
    CURRENT_FY = "current_fy"
    COVERS_CURRENT_FY = "covers_current_fy"
    FIRST_HALF_FY = "first_half_fy"
    MONTHLY = "monthly"
    PREVIOUS_FY = "previous_fy"
    TIMELESS = "timeless"


def be_to_ce(year: int) -> int:
    return year - BE_OFFSET


def ce_to_be(year: int) -> int:
    return year + BE_OFFSET


def fiscal_year_of(day: date) -> int:
    """B.E. fiscal year that contains ``day`` (1 Oct 2023 is in FY 2567)."""
    ce = day.year + 1 if day.month >= 10 else day.year
    return ce_to_be(ce)


def fiscal_year_window(fy: int) -> tuple[date, date]:
    """First and last day of B.E. fiscal year ``fy``."""
    ce = be_to_ce(fy)
    return date(ce - 1, 10, 1), date(ce, 9, 30)


def first_half_window(fy: int) -> tuple[date, date]:
    """1 Oct (N-1) – 31 Mar N: what OIT's "ข้อมูล ๖ เดือนแรก" must cover."""
    ce = be_to_ce(fy)
    return date(ce - 1, 10, 1), date(ce, 3, 31)


Month = tuple[int, int]  # (Gregorian year, month)


def first_half_months(fy: int, as_of: date) -> frozenset[Month]:
    """The months of 1 Oct (N-1) – 31 Mar N that had ended by ``as_of``: what a monthly series
    must hold by then ("จัดทำสรุปผลรายเดือนให้ครบทุกเดือน", seed 002)."""
    start, end = first_half_window(fy)
    months: set[Month] = set()
    year, month = start.year, start.month
    while date(year, month, 1) <= end:
        following = date(year + (month == 12), month % 12 + 1, 1)
        if following <= as_of:
            months.add((year, month))
        year, month = following.year, following.month
    return frozenset(months)


def months_between(start: date, end: date, limit: int = 12) -> frozenset[Month]:
    """Every month ``start``..``end`` touches (at most ``limit``: a year is not a month)."""
    months: set[Month] = set()
    year, month = start.year, start.month
    while date(year, month, 1) <= end and len(months) < limit:
        months.add((year, month))
        year, month = year + (month == 12), month % 12 + 1
    return frozenset(months)


def default_assessment_year(available: Iterable[int], today: date) -> int | None:
    """The newest rule year not later than the fiscal year running today.

    ITA year N is assessed during FY N (answers in March–April N), so in November 2026
    (FY 2570) the newest assessment with criteria is the latest rule file up to 2570.
    """
    current = fiscal_year_of(today)
    usable = [y for y in available if y <= current]
    return max(usable) if usable else None


Verdict = Literal["fresh", "stale", "unknown", "not_required"]
WindowRule = Literal["within", "covers", "within_reaching", "any"]


@dataclass(frozen=True)
class FreshnessWindow:
    """What a freshness class accepts in assessment year ``year``."""

    freshness: Freshness
    year: int
    start: date | None
    end: date | None
    rule: WindowRule
    # Only for within_reaching: the part of the window the data must reach into.
    reach_start: date | None = None
    reach_end: date | None = None

    def accepts(self, start: date, end: date) -> bool:
        """Does a document whose subject period is start..end satisfy the window?"""
        if self.rule == "any":
            return True
        assert self.start is not None and self.end is not None
        if self.rule == "covers":
            return start <= self.start and end >= self.end
        inside = self.start <= start and end <= self.end
        if self.rule == "within":
            return inside
        assert self.reach_start is not None and self.reach_end is not None
        return inside and start <= self.reach_end and end >= self.reach_start

    def describe_th(self) -> str:
        """The window in words for the Thai report."""
        fy = self.year
        return {
            Freshness.CURRENT_FY: f"ต้องเป็นข้อมูลของปีงบประมาณ พ.ศ. {fy}",
            Freshness.COVERS_CURRENT_FY: f"ต้องเป็นแผนที่มีระยะเวลาครอบคลุมปีงบประมาณ พ.ศ. {fy}",
            Freshness.FIRST_HALF_FY: (
                f"ต้องมีข้อมูลครอบคลุม ๖ เดือนแรกของปีงบประมาณ พ.ศ. {fy} (1 ต.ค. {fy - 1} – 31 มี.ค. {fy})"
            ),
            Freshness.MONTHLY: (f"ต้องเป็นข้อมูลรายเดือนของปีงบประมาณ พ.ศ. {fy} ตั้งแต่ ต.ค. {fy - 1} ถึง มี.ค. {fy}"),
            Freshness.PREVIOUS_FY: f"ต้องเป็นรายงานผลของปีงบประมาณ พ.ศ. {fy - 1}",
            Freshness.TIMELESS: "ไม่กำหนดปี (ต้องเป็นข้อมูลที่ยังใช้อยู่)",
        }[self.freshness]


def freshness_window(freshness: Freshness | str, year: int) -> FreshnessWindow:
    """The window that ``freshness`` accepts for assessment year ``year`` (B.E.)."""
    cls = Freshness(freshness)
    fy_start, fy_end = fiscal_year_window(year)
    if cls is Freshness.CURRENT_FY:
        return FreshnessWindow(cls, year, fy_start, fy_end, "within")
    if cls is Freshness.COVERS_CURRENT_FY:
        return FreshnessWindow(cls, year, fy_start, fy_end, "covers")
    if cls in (Freshness.FIRST_HALF_FY, Freshness.MONTHLY):
        half_start, half_end = first_half_window(year)
        return FreshnessWindow(cls, year, fy_start, fy_end, "within_reaching", half_start, half_end)
    if cls is Freshness.PREVIOUS_FY:
        prev_start, prev_end = fiscal_year_window(year - 1)
        return FreshnessWindow(cls, year, prev_start, prev_end, "within")
    return FreshnessWindow(cls, year, None, None, "any")


@dataclass(frozen=True)
class FreshnessResult:
    verdict: Verdict
    window: FreshnessWindow
    decided_by: DateMention | None
    reason_th: str


def judge_freshness(
    freshness: Freshness | str, year: int, mentions: Iterable[DateMention], *, title_chars: int | None = None
) -> FreshnessResult:
    """Decide freshness from the dates found in a piece of evidence.

    Subject periods ("ประจำปีงบประมาณ 2567", "ต.ค. 66 – มี.ค. 67", "พ.ศ. 2566–2570") decide;
    single days (a signature date, "ข้อมูล ณ วันที่ …") are used only when no subject period
    was found, because a report of FY 2566 is usually signed in FY 2567.  Mentions read by OCR
    (``ocr=True``) are left out: a misread digit must not give pass or stale, so a verdict
    resting on OCR alone is "unknown" and cross-checking OCR years is the caller's job.

    With ``title_chars`` the text is one document: the first subject period within its first
    ``title_chars`` characters (its title) is what the document is about and decides alone — an
    old plan that cites "แผนพัฒนาท้องถิ่น (พ.ศ. 2566–2570)" further down is still the old plan.
    Without it (a page listing news, a link's words) any accepted mention makes it fresh.
    """
    window = freshness_window(freshness, year)
    if window.rule == "any":
        return FreshnessResult("not_required", window, None, window.describe_th())
    usable = [m for m in mentions if not m.ocr]
    subjects = [m for m in usable if m.is_subject_period]
    candidates = subjects or [m for m in usable if not m.is_subject_period]
    if not candidates:
        note = " (พบปีจากการอ่านภาพ OCR เท่านั้น ต้องให้เจ้าหน้าที่ตรวจ)" if mentions else ""
        return FreshnessResult("unknown", window, None, "ไม่พบปีหรือช่วงเวลาของเอกสาร" + note)
    if title_chars is not None:
        in_title = [m for m in candidates if m.span[0] < title_chars and m.confidence >= 0.8]
        candidates = [min(in_title, key=lambda m: m.span[0])] if in_title else candidates
    ranked = sorted(candidates, key=lambda m: (-m.confidence, m.span[0]))
    if title_chars is not None:
        ranked = ranked[:1]
    for mention in ranked:
        if window.accepts(mention.start, mention.end) or _in_force(window, mention):
            return FreshnessResult("fresh", window, mention, f"พบ \u201c{mention.text}\u201d ตรงตามเกณฑ์")
    best = ranked[0]
    return FreshnessResult(
        "stale",
        window,
        best,
        f"พบ \u201c{best.text}\u201d แต่{window.describe_th()}",
    )


def _in_force(window: FreshnessWindow, mention: DateMention) -> bool:
    """A multi-year policy ("นโยบาย… พ.ศ. 2566–2570") is in force in FY N when it covers it;
    NACC's "ในปี พ.ศ. N" asks for that, not for a document of that one year."""
    return (
        window.freshness is Freshness.CURRENT_FY
        and mention.kind == "year_range"
        and window.start is not None
        and window.end is not None
        and mention.start <= window.start
        and mention.end >= window.end
    )
