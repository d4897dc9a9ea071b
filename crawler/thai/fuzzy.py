"""Fuzzy similarity between an item title (or alias) and a piece of Thai text.

Choices, each pinned by a test in tests/test_fuzzy.py:

* rapidfuzz always gets ``processor=None`` and text we normalised ourselves: its default
  processor replaces every non-alphanumeric character with a space, and Thai vowel and tone
  marks are not alphanumeric to Python, so "ดำเนินงาน" becomes "ดำเน นงาน".
* Thai has no spaces between words, so whole-string scorers compare the compact form
  (:func:`compact`, all spaces removed) and token scorers compare words cut by pythainlp's
  dictionary segmenter (newmm): token_set_ratio on raw Thai sees one giant "word" and
  fails on titles written in a different order ("ประจำปี แผนการใช้จ่ายงบประมาณ").
* partial_ratio finds a title inside a longer link text ("O18 แผนการใช้จ่าย… 2564
  (ฉบับปรับปรุง) ดาวน์โหลด"); both partial and token-set scores are scaled down when the text
  is much shorter than the title, or the one word "แผน" would score 100 against any plan.
* No score tells a plan (แผน…) from the report on it (รายงานผล…): they differ by a word or
  two and score 85-95 either way.  Rules therefore gate on must / must-not words before any
  score is looked at (:mod:`crawler.match.title`).
"""

from __future__ import annotations

from functools import lru_cache
from math import sqrt

from pythainlp.tokenize import word_tokenize
from rapidfuzz import fuzz

from crawler.thai.normalize import compact


@lru_cache(maxsize=65536)
def thai_words(text: str) -> str:
    """Space-separated words of the compact form, for rapidfuzz's token scorers."""
    words = word_tokenize(compact(text), engine="newmm", keep_whitespace=False)
    return " ".join(w for w in words if w.strip())


def similarity(title: str, text: str) -> float:
    """0-100: how well ``text`` shows ``title`` (containing it counts as showing it)."""
    a, t = compact(title), compact(text)
    if not a or not t:
        return 0.0
    coverage = sqrt(min(1.0, len(t) / len(a)))
    partial = fuzz.partial_ratio(a, t, processor=None)
    token_set = fuzz.token_set_ratio(thai_words(title), thai_words(text), processor=None)
    return round(max(partial, token_set) * coverage, 1)
