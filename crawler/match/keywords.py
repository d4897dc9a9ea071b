"""Keyword gates: the words a title must and must not contain, on compact Thai text.

A keyword is plain text with ``|`` between alternatives ("ผลการดำเนินงาน|ผลการปฏิบัติงาน")
or ``re:<regex>``; both are tested against :func:`compact` text (normalised, no spaces,
Thai digits as Arabic, Latin casefolded), so rule authors may write spaces and Thai digits
freely.
"""

from __future__ import annotations

import re
from functools import lru_cache

from crawler.thai.normalize import compact


@lru_cache(maxsize=8192)
def _compiled(keyword: str) -> re.Pattern[str] | tuple[str, ...]:
    if keyword.startswith("re:"):
        return re.compile(keyword[3:])
    return tuple(compact(alt) for alt in keyword.split("|"))


def keyword_hit(keyword: str, compact_text: str) -> str | None:
    """The alternative of ``keyword`` found in ``compact_text``, or None."""
    test = _compiled(keyword)
    if isinstance(test, re.Pattern):
        found = test.search(compact_text)
        return found.group(0) if found else None
    return next((alt for alt in test if alt and alt in compact_text), None)
