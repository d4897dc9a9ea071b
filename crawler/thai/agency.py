"""Which agency a text is of: the local agencies it names ("องค์การบริหารส่วนตำบลโคกเครือ",
"อบต.นาเชือก", "เทศบาลเมืองท่าช้างทอง") and the central ones ("สำนักงาน ป.ป.ช.").

Sites copy other agencies' documents: a neighbour's complaint manual, the NACC's ITA handbook,
the civil service's guide.  Such a document names an agency that is not the site's and never
the site's own; that is how an auditor sees it is not the agency's work.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from rapidfuzz import fuzz

from crawler.thai.normalize import compact

# The kinds of local agency, full and abbreviated ("อบต." is also written without its dot).
LOCAL_TYPE = r"(?:องค์การบริหารส่วน(?:ตำบล|จังหวัด)|เทศบาล(?:ตำบล|เมือง|นคร)|อบต\.?|อบจ\.?|ทต\.|ทม\.|ทน\.)"
_LOCAL = re.compile(LOCAL_TYPE + r"[ \u00a0]?([ก-ฮะ-ฺเ-ํ]{2,40})")
# Where a name ends when no space follows it: "…ตำบลโคกเครืออำเภอยางตลาด", "…โคกเครือขอประกาศ"
_NAME_END = re.compile(r"อำเภอ|จังหวัด|ตำบล|หมู่ที่|ขอ|เรื่อง|ประจำ|ว่าด้วย|ทุกแห่ง|ดังนี้|ได้|และ|หรือ")
# Words after the type that are not a name ("นายกองค์การบริหารส่วนตำบล ทุกแห่ง", "…ส่วนตำบลแห่งนี้")
_NOT_A_NAME = re.compile(r"^(?:ทุก|แห่ง|นี้|นั้น|ใน|ของ|ที่|ซึ่ง|จะ|ได้|เป็น|และ|หรือ|ต่าง|อื่น|ดังกล่าว|เดียวกัน)")
_CENTRAL = re.compile(
    r"สำนักงานป\.?ป\.?ช\.?|สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ"
    r"|สำนักงานก\.?พ\.?(?![ก-๙])|สำนักงานคณะกรรมการข้าราชการพลเรือน"
    r"|สำนักงานป\.?ป\.?ท\.?|กรมส่งเสริมการปกครองท้องถิ่น|คณะกรรมการป\.?ป\.?ช\.?(?![ก-๙])"
)
# The province's and the district's offices ("แผนพัฒนาจังหวัดสระแก้ว", "ประกาศจังหวัด…", signed
# "ผู้ว่าราชการจังหวัด…", "นายอำเภอ…"): the central government's regional bodies, not a local one.
_REGIONAL = re.compile(
    r"^(?:ประกาศ|คำสั่ง|แผนพัฒนา)จังหวัด|สำนักงานจังหวัด|ผู้ว่าราชการจังหวัด|^(?:ประกาศ|คำสั่ง)อำเภอ|ที่ว่าการอำเภอ"
    r"|นายอำเภอ|ท้องถิ่นจังหวัด|สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด"
)
# A law's own text ("พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. ๒๕๖๒"): Parliament's, no agency's policy.
# (A copy from the Royal Gazette opens with its page header: "เล่ม ๑๓๖ ตอนที่ ๖๙ ก ราชกิจจานุเบกษา".)
_LAW = re.compile(r"^\s*(?:เล่ม ?[\d๐-๙]+ ?ตอน(?:ที่)? ?[\d๐-๙]+ ?[ก-ง]? ?)?(พระราชบัญญัติ|พระราชกฤษฎีกา|ราชกิจจานุเบกษา)")
SAME_NAME = 85  # similarity from which two names are one agency's (an OCR slip, a missing tone mark)


def local_names(text: str) -> list[str]:
    """The names of the local agencies ``text`` names, in order ("โคกเครือ", "นาเชือก")."""
    names: list[str] = []
    for match in _LOCAL.finditer(text):
        name = match.group(1)
        if _NOT_A_NAME.match(name):
            continue
        if (end := _NAME_END.search(name, 2)) is not None:
            name = name[: end.start()]
        if len(name) >= 2:
            names.append(name)
    return names


def site_agency(texts: Iterable[str]) -> frozenset[str]:
    """The site's own agency: the name its home page's title and headings give most often."""
    counts = Counter(name for text in texts for name in local_names(text))
    if not counts:
        return frozenset()
    best = counts.most_common(1)[0][1]
    return frozenset(name for name, count in counts.items() if count == best)


def is_own(name: str, own: frozenset[str]) -> bool:
    return any(name == mine or fuzz.ratio(name, mine) >= SAME_NAME for mine in own)


def names_own(text: str, own: frozenset[str]) -> bool:
    """Does ``text`` name the site's agency anywhere (its name alone counts: "บ้านโคกเครือ")?"""
    flat = compact(text)
    return any(mine in flat for mine in own) or any(is_own(name, own) for name in local_names(text))


def other_agency(opening: str, signature: str, text: str, own: frozenset[str]) -> str | None:
    """The agency a document is of when that is not the site's: ``opening`` (its first lines)
    or ``signature`` names another agency and nothing in ``text`` names the site's own."""
    if not own:
        return None
    other = _named_other(opening, signature, own)
    # (the whole text is read only for a document that names another agency: most name none)
    return other if other is not None and not names_own(text, own) else None


def _named_other(opening: str, signature: str, own: frozenset[str]) -> str | None:
    for part in (opening, signature):
        for name in local_names(part):
            if not is_own(name, own):
                return name
    if (central := _CENTRAL.search(compact(opening))) is not None:
        return central.group(0)
    for part in (opening, signature):
        if (regional := _REGIONAL.search(compact(part))) is not None:
            return regional.group(0)
    if (law := _LAW.match(opening)) is not None:
        return law.group(1)
    return None
