"""Keyword gates: the words a title must and must not contain, on compact Thai text.

A keyword is plain text with ``|`` between alternatives ("ผลการดำเนินงาน|ผลการปฏิบัติงาน")
or ``re:<regex>``; both are tested against :func:`compact` text (normalised, no spaces,
Thai digits as Arabic, Latin casefolded), so rule authors may write spaces and Thai digits
freely.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import fuzz

from crawler.thai.normalize import compact


@lru_cache(maxsize=8192)
def keyword_pattern(keyword: str) -> re.Pattern[str]:
    """One compiled search for a keyword: its ``re:`` expression, or its alternatives escaped."""
    if keyword.startswith("re:"):
        return re.compile(keyword[3:])
    alternatives = sorted({compact(alt) for alt in keyword.split("|") if compact(alt)}, key=len, reverse=True)
    return re.compile("|".join(re.escape(alt) for alt in alternatives) or "(?!)")


def keyword_hit(keyword: str, compact_text: str) -> str | None:
    """The alternative of ``keyword`` found in ``compact_text``, or None."""
    found = keyword_pattern(keyword).search(compact_text)
    return found.group(0) if found else None


def first_hit(keywords: Iterable[str], compact_text: str) -> str | None:
    """What the first of ``keywords`` that ``compact_text`` holds found there, or None."""
    return next((hit for keyword in keywords if (hit := keyword_hit(keyword, compact_text))), None)


TYPO_MIN = 6  # an alternative this long may be typed with one letter wrong, missing or extra


@lru_cache(maxsize=65536)
def keyword_near(keyword: str, compact_text: str) -> bool:
    """Does a plain alternative of ``keyword`` (``TYPO_MIN`` letters or more) appear in
    ``compact_text`` with one typing slip ("ปฏิบัตงาน" for "ปฏิบัติงาน")?  For the words a title
    must hold; an element's words are never guessed."""
    if keyword.startswith("re:"):
        return False
    for alternative in {compact(alt) for alt in keyword.split("|")}:
        size = len(alternative)
        # one letter wrong is two insertions or deletions of the indel similarity
        if size >= TYPO_MIN and fuzz.partial_ratio(alternative, compact_text, score_cutoff=100 * (1 - 1 / size)):
            return True
    return False
