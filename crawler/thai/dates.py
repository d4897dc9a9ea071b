"""Find years, fiscal years, months, dates and periods in Thai text.

Handles B.E. and C.E. years, Thai digits, two-digit B.E. years where the context makes them
years (``ปีงบประมาณ 67``, ``ต.ค. ๖๖``), full and abbreviated Thai month names (with or
without the second dot, ``ต.ค ๖๕``), day-month-year dates (``ณ วันที่ 5 มีนาคม พ.ศ. 2568``,
``1/10/2566``), month and day ranges (``๑ ต.ค ๖๕ - ๓๑ มี.ค. ๖๖``) and year ranges
(``พ.ศ. 2566-2570``).  Implausible years (``๓๕๖๓``, a typo) are dropped.

A bare year label ("ประจำปี 2566") is read as that fiscal year: OIT documents label fiscal
years, and NACC's own wording says "ปี พ.ศ." where it means the fiscal year.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from crawler.thai.fiscal import be_to_ce, fiscal_year_of, fiscal_year_window
from crawler.thai.normalize import normalize_text

MentionKind = Literal["fiscal_year", "year", "year_range", "period", "month", "date"]

_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("มกราคม", "ม.ค", "january", "jan"),
    2: ("กุมภาพันธ์", "ก.พ", "february", "feb"),
    3: ("มีนาคม", "มี.ค", "march", "mar"),
    4: ("เมษายน", "เม.ย", "april", "apr"),
    5: ("พฤษภาคม", "พ.ค", "may"),
    6: ("มิถุนายน", "มิ.ย", "june", "jun"),
    7: ("กรกฎาคม", "กรกฏาคม", "ก.ค", "july", "jul"),
    8: ("สิงหาคม", "ส.ค", "august", "aug"),
    9: ("กันยายน", "ก.ย", "september", "sept", "sep"),
    10: ("ตุลาคม", "ต.ค", "october", "oct"),
    11: ("พฤศจิกายน", "พ.ย", "november", "nov"),
    12: ("ธันวาคม", "ธ.ค", "december", "dec"),
}


def month_name(year: int, month: int) -> str:
    """A month as a Thai reader writes it: "ธ.ค. 2566" (``year`` Gregorian)."""
    return f"{_MONTHS[month][1]}. {year + 543}"


def _month_alternative(name: str) -> str:
    if "." in name:  # ต.ค -> ต\. ?ค\.?  (second dot often missing: "ต.ค ๖๕")
        first, second = name.split(".")
        return rf"{re.escape(first)}\. ?{re.escape(second)}\.?"
    if name.isascii():
        return rf"(?<![a-z]){name}(?![a-z])\.?"
    return re.escape(name)


_MONTH_LOOKUP: dict[str, int] = {}
_alternatives: list[tuple[str, str]] = []
for _num, _names in _MONTHS.items():
    for _name in _names:
        _MONTH_LOOKUP[_name.replace(".", "")] = _num
        _alternatives.append((_name, _month_alternative(_name)))
# Longest first so that "มีนาคม" is not read as the abbreviation "มี.ค" and so on.
_alternatives.sort(key=lambda pair: -len(pair[0]))
MONTH = "(?:" + "|".join(alt for _, alt in _alternatives) + ")"

BE_LABEL = r"(?:พ\. ?ศ\.?|พศ\.?)"
CE_LABEL = r"(?:ค\. ?ศ\.?)"
_YEAR4 = r"\d{4}"
_YEAR = r"(?:\d{4}|\d{2})"
_SEP = r" ?(?:-|ถึง|ถึงวันที่|จนถึง) ?"
_DAY = r"(?:วันที่ ?)?(\d{1,2})"

_OPT_YEAR = rf" ?(?:{BE_LABEL} ?)?({_YEAR})?(?!\d)"  # "ต.ค. ๖๕", "ต.ค." (year given once at the end)
# A PDF may wrap the closing year onto the next line ("(ตุลาคม ๒๕๖๕ – มีนาคม\n๒๕๖๖)").
_END_YEAR = rf"(?: ?\n(?=(?:{BE_LABEL} ?)?\d{{4}})| )?(?:{BE_LABEL} ?)?({_YEAR})(?!\d)"
_P_DAY_RANGE = re.compile(rf"{_DAY} ?({MONTH}){_OPT_YEAR}{_SEP}{_DAY} ?({MONTH}){_END_YEAR}")
_P_MONTH_RANGE = re.compile(rf"(?:เดือน ?)?({MONTH}){_OPT_YEAR}{_SEP}(?:เดือน ?)?({MONTH}){_END_YEAR}")
# …and as a PDF text layer lays them out, the dash after the second month or its year
# ("ตุลาคม ๒๕๖๕ มีนาคม – \n๒๕๖๖", "(ระหว่างวันที่ ๑ ตุลาคม ๒๕๖๕ ๓๑ มีนาคม ๒๕๖๖ – )")
_P_DAY_RANGES_DASH_LAST = (
    re.compile(rf"{_DAY} ?({MONTH}){_OPT_YEAR} {_DAY} ?({MONTH}) ?-{_END_YEAR}"),
    re.compile(rf"{_DAY} ?({MONTH}){_OPT_YEAR} {_DAY} ?({MONTH}){_END_YEAR} ?-(?! ?\d)"),
)
_P_MONTH_RANGES_DASH_LAST = (
    re.compile(rf"(?:เดือน ?)?({MONTH}){_OPT_YEAR} (?:เดือน ?)?({MONTH}) ?-{_END_YEAR}"),
    re.compile(rf"(?:เดือน ?)?({MONTH}){_OPT_YEAR} (?:เดือน ?)?({MONTH}){_END_YEAR} ?-(?! ?\d)"),
)
_P_DATE = re.compile(rf"{_DAY} ?({MONTH}) ?(?:{BE_LABEL}|{CE_LABEL})? ?({_YEAR})(?!\d)")
_P_NUMERIC_DATE = re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})(?![\d/.])")
# A CMS's own stamp ("วันที่ 2022-08-09", "2567-03-15 10:20"): year first, C.E. or B.E.
_P_ISO_DATE = re.compile(r"(?<![\d/.-])((?:19|20|24|25)\d\d)-(\d{2})-(\d{2})(?![\d-])")
_P_MONTH = re.compile(rf"(?:เดือน ?)?({MONTH}) ?(?:{BE_LABEL}|{CE_LABEL})? ?({_YEAR})(?!\d)")
_P_FISCAL = re.compile(
    rf"(?:ปี ?งบ ?ประมาณ|ปีงบ\.?|fiscal year|fy) ?(?:{BE_LABEL} ?)?({_YEAR})(?!\d)"
    # "– ๒๕๖๖", "ถึง ๒๕๖๖", or a PDF's "๒๕๖๔ ๒๕๖๖ –" (its dash drawn after both years)
    rf"(?: ?(?:-|ถึง) ?({_YEAR})(?!\d)| (\d{{4}}) ?-(?!\d))?"
)
_P_YEAR_RANGE = re.compile(rf"(?:{BE_LABEL} ?)?(?<!\d)(25\d\d) ?(?:-|ถึง) ?(25\d\d|\d{{2}})(?!\d)")
# PDF text layers put the dash of "๒๕๖๖–๒๕๗๐" after both years: "๒๕๖๖ ๒๕๗๐ –".
_P_YEAR_RANGE_DASH_LAST = re.compile(rf"(?:{BE_LABEL} ?)?(?<!\d)(25\d\d) (25\d\d) ?-(?!\d)")
# The year in a law's name is when the law was enacted, not what the document is about:
# "พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. ๒๕๖๒", "ระเบียบกระทรวงมหาดไทย…ท้องถิ่น พ.ศ. ๒๕๔๘
# และที่แก้ไขเพิ่มเติม (ฉบับที่ ๓) พ.ศ. ๒๕๖๑".
_P_LAW_CITATION = re.compile(
    # "ราชบัญญัติ": a PDF line may break the word after its first letter ("เป็นไปตามพ / ระราชบัญญัติ")
    rf"(?:ราชบัญญัติ|พ\. ?ร\. ?บ\.?|ระเบียบ|รัฐธรรมนูญ|พระราชกฤษฎีกา|กฎกระทรวง|ประมวลกฎหมาย|ประมวลจริยธรรม)"
    # (the Act's name broken over two lines by the PDF: "…มาตรฐานทาง\nจริยธรรม พ.ศ. ๒๕๖๒"; not a
    # year's: "ระเบียบวาระ ประจำปี พ.ศ. ๒๕๖๗")
    rf"(?:\S{{0,120}}|\S{{0,100}}\s(?!ประจำ|ปี)\S{{1,60}})"
    rf"(?: ?(?:และที่แก้ไขเพิ่มเติม|แก้ไขเพิ่มเติม)? ?(?:\(ฉบับที่ ?\d+\))? ?{BE_LABEL} ?\d{{4}})+"
    # …and the day the Act came into force ("…พ.ศ. ๒๕๖๒ มีผลใช้บังคับทั้งฉบับ เมื่อวันที่ ๑ มิถุนายน
    # ๒๕๖๕"), the law's date, not the policy's that cites it (blind holdout 50)
    rf"(?: ?(?:ซึ่ง)?(?:ได้)?(?:มีผล)?(?:ใช้)?บังคับ[^\d\n]{{0,30}}?\d{{1,2}} ?{MONTH} ?(?:{BE_LABEL} ?)?\d{{4}})?"
)
# The span of a plan a document follows ("รายงานผล…ตามแผนพัฒนาบุคลากร ๓ ปี (พ.ศ. ๒๕๖๗ – ๒๕๖๙)
# รอบ ๖ เดือน"): the plan's period, cited, not the report's.
# (Not past the document's own "ประจำปี งบประมาณ …", not a day: "…ตามแผนพัฒนาบุคลากร ประจำปีงบประมาณ
# ๒๕๖๕ รอบ ๖ เดือน (๑ ตุลาคม ๒๕๖๔ – ๓๑ มีนาคม ๒๕๖๕)" cites no plan period: blind holdout 34.)
_P_PLAN_CITATION = re.compile(
    rf"ตาม ?(?:แผน|นโยบาย)(?:(?!ประจำปี|ปี ?งบ)[^\n]){{0,80}}?"
    rf"(?:{BE_LABEL} ?)?25\d\d ?(?:-|ถึง) ?(?:25)?\d\d(?!\d)(?! ?{MONTH})"
)
# "ITA 2567", "ผลการประเมินคุณธรรมและความโปร่งใส… (ITA) ประจำปี 2566" name an assessment: a
# section heading, or the result the 2567 measures analyse — never the document's own period.
# (A PDF wraps the title anywhere: "…คุณธรรมและความ\nโปร่งใส\n…ประจำปี งบประมาณ\nพ.ศ. ๒๕๖๕", blind holdout 42.)
_P_ASSESSMENT = re.compile(
    rf"(?:(?<![a-z])\(?(?:ita|oit)\)?|การประเมินคุณธรรม\s?และ\s?ความ\s?โปร่งใส[^\d]{{0,100}}?)"
    rf"\s?(?:\((?:ita|oit)\))?\s?(?:ประจำ)?(?:ปี\s?(?:งบประมาณ)?)?\s?(?:{BE_LABEL})?\s?(?:\d{{4}}|\d{{2}})(?!\d)"
)
# National days, festivals and council sessions are named by their calendar year
# ("วันต่อต้านคอร์รัปชันสากล (ประเทศไทย) ประจำปี 2564" falls on 9 ธ.ค. 2564, FY 2565; "งานประเพณี
# ลอยกระทง ประจำปี ๒๕๖๖" in November; "สมัยสามัญ สมัยที่ ๓ ประจำปี ๒๕๖๖"): the day dates the post.
_P_OBSERVANCE = re.compile(
    rf"(?:วัน[ก-๙]{{2,40}}?(?:สากล|แห่งชาติ|ท้องถิ่นไทย)|ประเพณี[ก-๙]{{0,30}}|สมัยที่ ?\d{{1,2}})"
    # ("วันต่อต้านคอร์รัปชันสากล ๒๕๖๔", the day of 9 ธ.ค. ๒๕๖๔ in FY 2565, without "ประจำปี": blind holdout 59)
    rf"(?: ?\([^()]{{0,30}}\))? ?(?:ประจำปี ?)?(?:{BE_LABEL} ?)?\d{{4}}(?!\d)"
)
# "คำสั่ง…ที่ ๓๕๒/๒๕๖๕": an order's number holds the calendar year it was numbered in, which
# may be either fiscal year (10 พ.ย. ๒๕๖๕ is FY 2566): its date says, not its number.
_P_DOCUMENT_NUMBER = re.compile(r"(?<!ไตรมาส)(?<!ไตรมาส )ที่ ?\d{1,5} ?/ ?25\d\d(?!\d)")
# "ไตรมาสที่ ๑ ปีงบประมาณ ๒๕๖๖", "ปีงบประมาณ พ.ศ. ๒๕๖๖ ไตรมาสที่ ๑ – ๒", "ไตรมาสที่ ๑ (ต.ค. – ธ.ค.)
# ประจำปีงบประมาณ ๒๕๖๖": quarters of the fiscal year
_QUARTERS = r"ไตรมาส ?(?:ที่ ?)?([1-4])(?: ?(?:-|ถึง|และ|,) ?(?:ไตรมาส ?(?:ที่ ?)?)?([1-4]))?(?!\d)"
_P_QUARTER_AFTER_YEAR = re.compile(rf"ปี ?งบประมาณ ?(?:{BE_LABEL} ?)?(25\d\d)\s?\(?{_QUARTERS}")
_P_QUARTER_BEFORE_YEAR = re.compile(
    rf"{_QUARTERS}\s?(?:\([^()]{{0,40}}\)\s?)?(?:/ ?|ประจำ)?(?:ปี ?)?(?:งบประมาณ ?)?(?:{BE_LABEL} ?)?(25\d\d)(?!\d)"
)
_P_LABELLED_YEAR = re.compile(rf"(?:{BE_LABEL}|ประจำปี|ปี|{CE_LABEL}) ?({_YEAR})(?!\d)")
# A Thai telephone number ("0-4301-2468", "043-012468", "0 4301 2468" is not one): its last
# four digits are no year.
_P_PHONE = re.compile(r"(?<![\d-])0[\d-]{7,13}\d(?![\d-])")
_P_BARE_BE_YEAR = re.compile(r"(?<![\d,.])(2[45]\d\d)(?![\d,.])(?! ?บาท)")
# A period a report says it has not covered yet, in the words after it on its line ("ช่วงเดือน
# เมษายน – กันยายน ๒๕๖๕ จะรายงานเพิ่มเติมในภายหลัง", "… อยู่ระหว่างรวบรวมข้อมูล"): blind holdout 46.
_P_PENDING = re.compile(
    r"[^\n]{0,20}?(?:จะ ?(?:ดำเนินการ ?)?(?:รายงาน|สรุป|เผยแพร่|นำเสนอ)"
    r"|(?:รายงาน|เผยแพร่) ?(?:เพิ่มเติม ?)?(?:ใน ?)?(?:ภายหลัง|ครั้งต่อไป)"
    r"|อยู่ระหว่าง ?(?:การ ?)?(?:รวบรวม|จัดทำ)|ยังไม่ ?(?:ได้ ?)?(?:รายงาน|สิ้นสุด))"
)


@dataclass(frozen=True)
class DateMention:
    """A year, fiscal year, period or day found in text; start/end in the Gregorian calendar."""

    kind: MentionKind
    start: date
    end: date
    text: str
    span: tuple[int, int]
    confidence: float
    ocr: bool = False
    pending: bool = False  # a period the text says is still to be reported (covered by nothing yet)

    @property
    def is_subject_period(self) -> bool:
        """Periods say what the document is about; single days are usually signing dates."""
        return self.kind != "date"

    @property
    def fiscal_years(self) -> tuple[int, int]:
        """First and last B.E. fiscal year the mention touches."""
        return fiscal_year_of(self.start), fiscal_year_of(self.end)


def _be_year(raw: str, *, two_digit_ok: bool, ce_label: bool = False) -> int | None:
    """A B.E. year from a 4-digit B.E./C.E. year or a 2-digit B.E. short form."""
    value = int(raw)
    if len(raw) == 2:
        return 2500 + value if two_digit_ok and not ce_label else None
    if 2400 <= value <= 2700 and not ce_label:
        return value
    if 1900 <= value <= 2200:
        return value + 543
    return None


def _month_number(token: str) -> int:
    key = token.replace(".", "").replace(" ", "")
    return _MONTH_LOOKUP[key]


def _month_bounds(be_year: int, month: int) -> tuple[date, date]:
    ce = be_to_ce(be_year)
    return date(ce, month, 1), date(ce, month, calendar.monthrange(ce, month)[1])


def _quarter_window(fy: int, first: int, last: int) -> tuple[date, date]:
    """First and last day of quarters ``first``–``last`` of B.E. fiscal year ``fy`` (Q1: Oct–Dec)."""
    start, _end = fiscal_year_window(fy)
    first_month = (start.month - 1 + 3 * (first - 1)) % 12 + 1
    last_month = (start.month - 1 + 3 * last - 1) % 12 + 1
    first_year = start.year if first_month >= 10 else start.year + 1
    last_year = start.year if last_month >= 10 else start.year + 1
    return date(first_year, first_month, 1), date(last_year, last_month, calendar.monthrange(last_year, last_month)[1])


def _safe_date(be_year: int, month: int, day: int) -> date | None:
    try:
        return date(be_to_ce(be_year), month, day)
    except ValueError:
        return None


def _infer_first_year(first_month: int, last_month: int, last_year: int) -> int:
    """ "ต.ค. - มี.ค. 67": the first month belongs to 66 when it comes later in the calendar."""
    return last_year - 1 if first_month > last_month else last_year


def _range_months(
    first_month: str, first_year: str | None, last_month: str, last_year: str
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """((B.E. year, month), (B.E. year, month)) of a range; the first year may be implied."""
    last_be = _be_year(last_year, two_digit_ok=True)
    if last_be is None:
        return None
    m1, m2 = _month_number(first_month), _month_number(last_month)
    first_be = _be_year(first_year, two_digit_ok=True) if first_year else _infer_first_year(m1, m2, last_be)
    if first_be is None:
        return None
    return (first_be, m1), (last_be, m2)


_P_ASSESSMENT_YEAR = re.compile(r"(\d{4}|\d{2})(?!\d)\s*$")


def assessment_dates(text: str, offset: int, *, ocr: bool = False) -> list[DateMention]:
    """The assessments ``text`` names ("ผลการประเมิน ITA ประจำปี 2566") as the fiscal years of
    what analyses them: FY year + ``offset``.  For the items whose documents are dated so."""
    norm = normalize_text(text)
    found = []
    for m in _P_ASSESSMENT.finditer(norm):
        year = _P_ASSESSMENT_YEAR.search(m.group(0))
        be = _be_year(year.group(1), two_digit_ok=True) if year else None
        if be is not None:
            start, end = fiscal_year_window(be + offset)
            found.append(DateMention("fiscal_year", start, end, m.group(0).strip(), m.span(), 0.8, ocr))
    return found


def extract_dates(text: str, *, ocr: bool = False) -> list[DateMention]:
    """All date mentions in ``text``, most specific first at each position.

    ``ocr=True`` marks every mention as read by OCR (see :func:`judge_freshness`).
    Spans refer to :func:`normalize_text` of the input.
    """
    norm = normalize_text(text)
    found: list[DateMention] = []
    citations = (_P_LAW_CITATION, _P_ASSESSMENT, _P_PLAN_CITATION, _P_DOCUMENT_NUMBER, _P_OBSERVANCE)
    taken: list[tuple[int, int]] = [m.span() for p in citations for m in p.finditer(norm)]
    taken += [m.span() for m in _P_PHONE.finditer(norm) if 9 <= sum(ch.isdigit() for ch in m.group()) <= 10]

    def add(kind: MentionKind, start: date, end: date, m: re.Match[str], conf: float) -> None:
        s, e = m.span()
        if start > end:
            return
        taken.append((s, e))
        pending = kind == "period" and _P_PENDING.match(norm, e) is not None
        found.append(DateMention(kind, start, end, norm[s:e].strip(), (s, e), conf, ocr, pending))

    def free(m: re.Match[str]) -> bool:
        s, e = m.span()
        return not any(s < te and ts < e for ts, te in taken)

    for m in (*_P_DAY_RANGE.finditer(norm), *(m for p in _P_DAY_RANGES_DASH_LAST for m in p.finditer(norm))):
        d1, mo1, y1, d2, mo2, y2 = m.groups()
        span = _range_months(mo1, y1, mo2, y2) if free(m) else None
        if span:
            (first_year, m1), (last_year, m2) = span
            start, end = _safe_date(first_year, m1, int(d1)), _safe_date(last_year, m2, int(d2))
            if start and end:
                add("period", start, end, m, 0.95)

    for m in (*_P_MONTH_RANGE.finditer(norm), *(m for p in _P_MONTH_RANGES_DASH_LAST for m in p.finditer(norm))):
        span = _range_months(*m.groups()) if free(m) else None
        if span:
            (first_year, m1), (last_year, m2) = span
            add("period", _month_bounds(first_year, m1)[0], _month_bounds(last_year, m2)[1], m, 0.9)

    quarters = [(m, m.group(1), m.group(2), m.group(3)) for m in _P_QUARTER_AFTER_YEAR.finditer(norm)]
    quarters += [(m, m.group(3), m.group(1), m.group(2)) for m in _P_QUARTER_BEFORE_YEAR.finditer(norm)]
    for m, fy, first, last in quarters:
        if free(m) and int(first) <= int(last or first):
            add("period", *_quarter_window(int(fy), int(first), int(last or first)), m, 0.9)

    for m in _P_DATE.finditer(norm):
        day, month, year = m.groups()
        be = _be_year(year, two_digit_ok=True, ce_label=bool(re.search(CE_LABEL, m.group(0))))
        if be is None or not free(m):
            continue
        when = _safe_date(be, _month_number(month), int(day))
        if when:
            add("date", when, when, m, 0.9)

    for m in _P_NUMERIC_DATE.finditer(norm):
        day_text, month_text, year = m.groups()
        day, month = int(day_text), int(month_text)
        be = _be_year(year, two_digit_ok=True)
        if be is None or not 1 <= month <= 12 or not free(m):
            continue
        when = _safe_date(be, month, day)
        if when:
            add("date", when, when, m, 0.7)

    for m in _P_ISO_DATE.finditer(norm):
        year, month_text, day_text = m.groups()
        be = _be_year(year, two_digit_ok=False)
        if be is None or not 1 <= int(month_text) <= 12 or not free(m):
            continue
        when = _safe_date(be, int(month_text), int(day_text))
        if when:
            add("date", when, when, m, 0.8)

    for m in _P_FISCAL.finditer(norm):
        y1, y2 = m.group(1), m.group(2) or m.group(3)
        first = _be_year(y1, two_digit_ok=True)
        last = _be_year(y2, two_digit_ok=True) if y2 else first
        if first is None or last is None or last < first or not free(m):
            continue
        kind: MentionKind = "fiscal_year" if first == last else "year_range"
        add(kind, fiscal_year_window(first)[0], fiscal_year_window(last)[1], m, 1.0)

    for m in _P_MONTH.finditer(norm):
        month, year = m.groups()
        be = _be_year(year, two_digit_ok=True)
        if be is None or not free(m):
            continue
        start, end = _month_bounds(be, _month_number(month))
        add("month", start, end, m, 0.85)

    for m in _P_YEAR_RANGE.finditer(norm):
        y1, y2 = m.groups()
        first = int(y1)
        last = int(y2) if len(y2) == 4 else 2500 + int(y2)
        if not (2400 <= first < last <= 2700) or not free(m):
            continue
        add("year_range", fiscal_year_window(first)[0], fiscal_year_window(last)[1], m, 0.9)

    for m in _P_YEAR_RANGE_DASH_LAST.finditer(norm):
        first, last = int(m.group(1)), int(m.group(2))
        if not (2400 <= first < last <= 2700) or not free(m):
            continue
        add("year_range", fiscal_year_window(first)[0], fiscal_year_window(last)[1], m, 0.9)

    for m in _P_LABELLED_YEAR.finditer(norm):
        ce_label = bool(re.match(CE_LABEL, m.group(0)))
        be = _be_year(m.group(1), two_digit_ok=True, ce_label=ce_label)
        if be is None or not free(m):
            continue
        add("year", *fiscal_year_window(be), m, 0.8)

    for m in _P_BARE_BE_YEAR.finditer(norm):
        be = int(m.group(1))
        if not 2400 <= be <= 2700 or not free(m):
            continue
        add("year", *fiscal_year_window(be), m, 0.5)

    found.sort(key=lambda d: d.span[0])
    return found
