"""Google-Sites-style slugs: Thai titles with every vowel and tone mark removed.

Google Sites turns "อำนาจหน้าที่" into the path segment "อำนาจหนาท" and
"คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่" into "คมอหรอแนวทางการปฏบตงานของเจาหนาท"
(`oit-3-อำนาจหนาท`).  To recognise a title in such a URL, compare both sides after the
same stripping: :func:`slug_key`.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from crawler.thai.normalize import normalize_text, strip_thai_marks

_NON_WORD = re.compile(r"[^0-9a-z\u0e01-\u0e5b]+")


def google_sites_slug(title: str) -> str:
    """The slug Google Sites would give a page called ``title``."""
    text = strip_thai_marks(normalize_text(title))
    return _NON_WORD.sub("-", text).strip("-")


def slug_key(text: str) -> str:
    """Comparable key for a title or a (percent-encoded) URL segment: marks, spaces and
    punctuation removed, so ``slug_key("O3 อำนาจหน้าที่") == slug_key("o3-อำนาจหนาท")``."""
    text = strip_thai_marks(normalize_text(unquote(text)))
    return _NON_WORD.sub("", text)
