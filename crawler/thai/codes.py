"""Find OIT item codes (O1…O43) in link texts, headings, table cells, file names and URLs.

Sites write one code many ways: ``O1``, ``o01``, ``O-34``, ``OIT 31``, ``o15_``, ``/ITA/O27``,
``#ITA031``, ``ข้อ O2``, ``ข้อ ๐๒``, Thai-digit table codes where the Thai zero stands for the
letter O (``๐๑๐`` = O10, spaced ``๐ ๑๒``), and the digit zero typed for the letter
(``030 ช่องทางแจ้ง…``).  The bare-zero forms are accepted only in an ITA context (the caller
knows it is on an ITA page, or the text says so): elsewhere ``010`` is just a number.
Codes of other checklists (``MOIT1``, ``EB10``) are never read as OIT codes, and a code is
only valid when it exists in the assessed year (1..max_code): O30 means nothing in 2569.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from crawler.thai.normalize import normalize_text

CodeForm = Literal["latin", "kho", "ita", "zero"]

# Ordered by how much the form can be trusted; on overlapping spans the first wins.
_FORMS: tuple[tuple[CodeForm, re.Pattern[str], bool], ...] = (
    # O12, o01, O-34, OIT 31, oit14, o10:, o15_x.  Not preceded by a letter or digit, which
    # rejects MOIT1, ISO 9001, PO12, and not followed by a third digit (oit2567).
    ("latin", re.compile(r"(?<![a-z0-9])(?:oit|o)[ ]?[-.:_#]?[ ]?0*(\d{1,2})(?![\d])"), False),
    # ข้อ O2, ข้อ ๐๒, ข้อ ๐๑๐, ข้อ 0 12: needs the O or the leading zero; a plain "ข้อ 12"
    # is a clause number in a regulation.
    ("kho", re.compile(r"ข้อ ?(?:o ?[-.:]? ?0*|0 ?0*)(\d{1,2})(?!\d)"), False),
    # ITA031, ita-05 (per-item pages such as ksp-ita-05.php); ita2567 is a year.
    ("ita", re.compile(r"(?<![a-z])ita[-_# ]?0(\d{1,2})(?!\d)"), True),
    # 030, ๐๑๐, ๐ ๑๒ — a zero standing for the letter O, only in an ITA context.  Not inside
    # a longer number, a date (01/10/2566), a decimal, a time or a phone number (02-123-4567).
    (
        "zero",
        re.compile(r"(?<![\w.,/:-])0 ?(\d{1,2})(?![\d.,/:%])(?! ?- ?\d{3})"),
        True,
    ),
)
_RANGE_TAIL = re.compile(r" ?- ?(?:oit|o|0)? ?(\d{1,2})(?!\d)")
_ITA_CONTEXT = re.compile(r"(?<![a-z])(?:ita|oit)(?![a-z])|การเปิดเผยข้อมูลสาธารณะ|คุณธรรมและความโปร่งใส|ตัวชี้วัดย่อย")


@dataclass(frozen=True)
class CodeMention:
    """One code (or range of codes) found in normalised text."""

    first: int
    last: int
    form: CodeForm
    start: int
    end: int
    text: str

    @property
    def codes(self) -> list[str]:
        return [f"O{n}" for n in range(self.first, self.last + 1)]

    @property
    def code(self) -> str:
        return f"O{self.first}"


def has_ita_context(text: str) -> bool:
    """True when the text itself says it is about ITA/OIT."""
    return bool(_ITA_CONTEXT.search(normalize_text(text)))


def find_item_codes(text: str, *, max_code: int, ita_context: bool | None = None) -> list[CodeMention]:
    """Every item code in ``text``, in reading order.

    ``max_code`` is the number of items in the assessed year; codes outside 1..max_code are
    dropped.  ``ita_context`` enables the bare-zero forms; ``None`` means "decide from the
    text itself".  Offsets refer to :func:`normalize_text` of the input.
    """
    norm = normalize_text(text)
    if ita_context is None:
        ita_context = bool(_ITA_CONTEXT.search(norm))
    found: list[CodeMention] = []
    taken: list[tuple[int, int]] = []
    for form, pattern, needs_context in _FORMS:
        if needs_context and not ita_context:
            continue
        for m in pattern.finditer(norm):
            first = int(m.group(1))
            if not 1 <= first <= max_code:
                continue
            start, end = m.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            last = first
            tail = _RANGE_TAIL.match(norm, end)
            if tail and first < int(tail.group(1)) <= max_code:
                last = int(tail.group(1))
                end = tail.end()
            taken.append((start, end))
            found.append(CodeMention(first, last, form, start, end, norm[start:end]))
    found.sort(key=lambda c: c.start)
    return found


def is_item_page(number: int, headings: list[str]) -> bool:
    """Does a title or heading carry item ``number``'s code alone (an ITA per-item page,
    "O35 การมีส่วนร่วมของผู้บริหาร")?"""
    for heading in headings:
        mentions = find_item_codes(heading, max_code=99, ita_context=True)
        if [m.first for m in mentions] == [number] and mentions[0].last == number:
            return True
    return False
