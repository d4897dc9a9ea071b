"""Which links to fetch first: those whose text or URL looks like ITA evidence.

The crawl is breadth-first within a priority level, so ITA content is reached early even
when the page budget ends the crawl before the whole site is seen.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from crawler.thai.codes import find_item_codes
from crawler.thai.normalize import compact

STRONG = 3
EVIDENCE = 2
PLAIN = 1
UNLIKELY = 0

_STRONG_WORDS = (
    "ita",
    "oit",
    "คุณธรรมและความโปร่งใส",
    "คุณธรรม",
    "ความโปร่งใส",
    "เปิดเผยข้อมูล",
    "ข้อมูลสาธารณะ",
    "ศูนย์ข้อมูลข่าวสาร",
    "การประเมินคุณธรรม",
)
_EVIDENCE_WORDS = (
    "แผน",
    "รายงาน",
    "ประกาศ",
    "คู่มือ",
    "มาตรฐาน",
    "งบประมาณ",
    "จัดซื้อ",
    "จัดจ้าง",
    "ร้องเรียน",
    "ทุจริต",
    "ติดต่อ",
    "โครงสร้าง",
    "ผู้บริหาร",
    "อำนาจหน้าที่",
    "กฎหมาย",
    "กฏหมาย",
    "ข่าว",
    "บุคลากร",
    "กำลังคน",
    "นโยบาย",
    "จริยธรรม",
    "ประมวล",
    "ผลการดำเนินงาน",
    "สถิติ",
    "ถามตอบ",
    "q&a",
    "eservice",
    "e-service",
    "ดาวน์โหลด",
    "เอกสาร",
    "download",
    "plan",
    "report",
)
_UNLIKELY_WORDS = (
    "gallery",
    "ภาพกิจกรรม",
    "อัลบั้ม",
    "webboard",
    "กระทู้",
    "calendar",
    "ปฏิทิน",
    "login",
    "เข้าสู่ระบบ",
    "register",
    "print",
    "พิมพ์",
    "rss",
    "sitemap",
)
_PAGE_NUMBER = re.compile(r"[?&](?:page|p|pg|start|offset)=(\d+)", re.IGNORECASE)
_URL_ITA = re.compile(r"(?:^|[/_\-.=?&])(?:ita|oit|o\d{1,2})(?:$|[/_\-.=?&])", re.IGNORECASE)


@dataclass(frozen=True)
class PriorityModel:
    """Scores a link 0..3; ``hints`` are extra phrases (e.g. the year's item titles)."""

    year: int | None = None
    hints: tuple[str, ...] = field(default_factory=tuple)

    @classmethod
    def for_titles(cls, titles: Iterable[str], year: int | None = None) -> PriorityModel:
        hints = {compact(title) for title in titles}
        return cls(year=year, hints=tuple(sorted(hint for hint in hints if len(hint) >= 6)))

    def score(self, text: str, url: str, context: str = "") -> int:
        raw = f"{text} {context}"
        key = compact(raw)
        lowered_url = url.lower()
        page = _PAGE_NUMBER.search(lowered_url)
        if page and int(page.group(1)) > 3:
            return UNLIKELY
        if any(word in key or word in lowered_url for word in _UNLIKELY_WORDS) and not self._strong(key, raw, url):
            return UNLIKELY
        if self._strong(key, raw, url):
            return STRONG if not self._other_year(key) else EVIDENCE
        if any(word in key for word in _EVIDENCE_WORDS) or any(hint in key for hint in self.hints):
            return EVIDENCE
        return PLAIN

    def _strong(self, key: str, raw: str, url: str) -> bool:
        if any(word in key for word in _STRONG_WORDS):
            return True
        if find_item_codes(raw, max_code=43, ita_context=False):
            return True
        return _URL_ITA.search(url) is not None

    def _other_year(self, key: str) -> bool:
        """An ITA link that names only some other, older year (ITA 2564 while checking 2567)."""
        if self.year is None:
            return False
        years = {int(y) for y in re.findall(r"25[5-7]\d", key)}
        years |= {2500 + int(y) for y in re.findall(r"(?:ita|oit)(\d{2})(?!\d)", key)}
        return bool(years) and all(year < self.year - 1 for year in years)
