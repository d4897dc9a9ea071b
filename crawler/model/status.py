"""The six statuses an item can get, with everything a report shows of them.

One place for the vocabulary: the Thai label, an icon that a black-and-white printer still
tells apart, the colour and terminal style, and which statuses fail an item.
"""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    PASS = "pass"
    STALE = "stale"
    INCOMPLETE = "incomplete"
    BROKEN = "broken"
    MISSING = "missing"
    REVIEW = "review"

    @property
    def label_th(self) -> str:
        return STATUS_TH[self]

    @property
    def icon(self) -> str:
        return ICON[self]

    @property
    def colour(self) -> str:
        return COLOUR[self]

    @property
    def style(self) -> str:
        """The rich style of the terminal table."""
        return STYLE[self]

    @property
    def failing(self) -> bool:
        return self in FAILING


STATUS_TH: dict[Status, str] = {
    Status.PASS: "ผ่าน",
    Status.STALE: "ข้อมูลไม่เป็นปัจจุบัน",
    Status.INCOMPLETE: "ข้อมูลไม่ครบ",
    Status.BROKEN: "ลิงก์เสีย/เปิดไม่ได้",
    Status.MISSING: "ไม่พบข้อมูล",
    Status.REVIEW: "ต้องให้เจ้าหน้าที่ตรวจ",
}
ICON: dict[Status, str] = {
    Status.PASS: "✔",
    Status.STALE: "◔",
    Status.INCOMPLETE: "◐",
    Status.BROKEN: "✘",
    Status.MISSING: "✘",
    Status.REVIEW: "?",
}
COLOUR: dict[Status, str] = {
    Status.PASS: "#1b7f3b",
    Status.STALE: "#a86400",
    Status.INCOMPLETE: "#a86400",
    Status.BROKEN: "#b3261e",
    Status.MISSING: "#b3261e",
    Status.REVIEW: "#1565c0",
}
STYLE: dict[Status, str] = {
    Status.PASS: "green",
    Status.STALE: "yellow",
    Status.INCOMPLETE: "yellow",
    Status.BROKEN: "red",
    Status.MISSING: "red",
    Status.REVIEW: "cyan",
}
# An item in one of these scores 0 and the site must fix it; ``review`` is not known to fail.
FAILING: frozenset[Status] = frozenset({Status.MISSING, Status.BROKEN, Status.STALE, Status.INCOMPLETE})
STATUSES: tuple[str, ...] = tuple(status.value for status in Status)
