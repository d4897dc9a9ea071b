"""How many answers a web board's page shows: a board where no question was ever answered is a
notice board, not the two-way channel the Q&A item asks for (auditors give it 0).

Pure: reads a parsed page.  Boards say it in one of three ways: a column of reply counts in
the topic table (หัวข้อ | ผู้ตั้ง | วันที่ | ตอบ), a count beside each topic ("ตอบ: 3",
"(0 ตอบ)"), or the words on a topic ("ยังไม่มีการตอบ" / "ตอบกลับโดย เจ้าหน้าที่").
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from crawler.thai.normalize import thai_digits_to_arabic

_REPLY_HEADER = re.compile(r"^(?:ตอบ|คำตอบ|ตอบกลับ|จำนวน(?:คำ|การ)?ตอบ(?:กลับ)?|replies|reply|answers?)$", re.IGNORECASE)
_COUNT = re.compile(r"^\(?\s*(\d{1,5})\s*\)?$")
_COUNT_IN_TEXT = re.compile(
    r"(?:ตอบกลับ|คำตอบ|ตอบ|replies|reply)\s*[:：]?\s*\(?\s*(\d{1,5})\s*\)?(?!\s*[/.\-]\d)"
    r"|\(\s*(\d{1,5})\s*(?:ตอบ|คำตอบ|replies)\s*\)",
    re.IGNORECASE,
)
# "รอเจ้าหน้าที่ตอบ" (blind holdout 22) waits for the answer "เจ้าหน้าที่ตอบ" would announce
_UNANSWERED = re.compile(
    r"ยังไม่มี(?:การ|ผู้|คำ)ตอบ|ยังไม่ได้รับ(?:การ|คำ)ตอบ|รอ(?:การ)?(?:เจ้าหน้าที่|ผู้ดูแล(?:ระบบ)?|admin)?\s*ตอบ"
    r"|no replies yet",
    re.IGNORECASE,
)
_ANSWERED = re.compile(
    r"ตอบกลับโดย|ตอบโดย|คำตอบจาก|ผู้ตอบ\s*[:：]|(?<!รอ)เจ้าหน้าที่ตอบ|ความคิดเห็นที่\s*\d|(?<![a-z])re\s*:", re.IGNORECASE
)


def board_replies(tree: LexborHTMLParser, text: str) -> int | None:
    """The answers the page shows (a lower bound), or None when it shows no reply count at all."""
    counted = _column_replies(tree)
    if counted is not None:
        return counted
    digits = thai_digits_to_arabic(text)
    if _ANSWERED.search(digits):
        return 1
    # "รอเจ้าหน้าที่ตอบ" then the next topic's number "11" is no count of 11 answers
    counts = [int(a or b) for a, b in _COUNT_IN_TEXT.findall(_UNANSWERED.sub(" ", digits))]
    unanswered = len(_UNANSWERED.findall(digits))
    if not counts and not unanswered:
        return None
    return sum(counts)


def _column_replies(tree: LexborHTMLParser) -> int | None:
    total: int | None = None
    for table in tree.css("table"):
        rows = table.css("tr")
        column = _reply_column(rows[0]) if rows else None
        if column is None:
            continue
        for row in rows[1:]:
            cells = _cells(row)
            if column < len(cells):
                cell = thai_digits_to_arabic(cells[column].text(deep=True).strip())
                value = _COUNT.match(cell)
                if value:
                    total = (total or 0) + int(value.group(1))
                elif cell.strip("-–— ") and not _UNANSWERED.search(cell):  # an answer written in the row
                    total = (total or 0) + 1
                else:
                    total = total or 0
    return total


def _reply_column(header: LexborNode) -> int | None:
    for index, cell in enumerate(_cells(header)):
        if _REPLY_HEADER.match(cell.text(deep=True).strip()):
            return index
    return None


def _cells(row: LexborNode) -> list[LexborNode]:
    cells = []
    child = row.child
    while child is not None:
        if child.tag in ("td", "th"):
            cells.append(child)
        child = child.next
    return cells
