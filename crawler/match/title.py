"""Does a title (link text, heading, file name, document title) name a given OIT item?

Gates first, score second: every ``must`` keyword present, no ``must_not`` keyword present,
then the best fuzzy similarity against the item's title and aliases must reach
``min_score``.  The gates are what tell a plan from the report on it; the score is what
tolerates the paraphrases and misspellings real sites use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from crawler.criteria.models import ItemRule
from crawler.match.keywords import keyword_hit, keyword_near
from crawler.thai.fuzzy import similarity, thai_words
from crawler.thai.normalize import compact, normalize_text


@dataclass(frozen=True)
class TitleMatch:
    code: str
    ok: bool
    score: float
    alias: str | None
    reason: str


def match_title(item: ItemRule, text: str, flat: str | None = None) -> TitleMatch:
    """Judge ``text`` against ``item``; ``reason`` says why in a few words.  ``flat`` is
    ``compact(text)`` when the caller already has it."""
    flat = compact(text) if flat is None else flat
    for keyword in item.must_not:
        if hit := keyword_hit(keyword, flat):
            return TitleMatch(item.code, False, 0.0, None, f"has excluded word {hit!r}")
    for keyword in item.decoys:
        if hit := keyword_hit(keyword, flat):
            return TitleMatch(item.code, False, 0.0, None, f"reads as news or an event about it ({hit!r})")
    lacking = [keyword for keyword in item.must if keyword_hit(keyword, flat) is None]
    # One required word typed with a slip beside the others ("คู่มือการปฏิบัตงาน") is there.
    slip = len(lacking) == 1 and len(item.must) > 1 and keyword_near(lacking[0], flat)
    if lacking and not slip:
        return TitleMatch(item.code, False, 0.0, None, f"lacks required word {lacking[0]!r}")
    best_alias, best_score = item.title, 0.0
    for alias in (item.title, *item.aliases):
        score = similarity(alias, text)
        if score > best_score:
            best_alias, best_score = alias, score
        if score >= 100:
            break
    if best_score < item.min_score:
        # A short menu label made of the item's own words ("ระเบียบ/กฎหมาย", "ติดตามแผนป้องกัน
        # การทุจริต ๖ เดือนแรก") is far from every title as a string, close as words.
        words = word_overlap(item, text)
        if words > best_score:
            best_alias, best_score = "its words", words
    ok = best_score >= item.min_score
    verdict = "similar to" if ok else "too far from"
    return TitleMatch(item.code, ok, best_score, best_alias, f"{verdict} {best_alias!r} ({best_score:g})")


_STOP_WORDS = frozenset(
    {
        "การ",
        "ความ",
        "ของ",
        "และ",
        "ที่",
        "ใน",
        "ประจำปี",
        "ประจำ",
        "ปี",
        "พ.ศ.",
        "พ.ศ",
        "หรือ",
        "เรื่อง",
        "ฯ",
        "/",
        "-",
        "(",
        ")",
    }
)
_AGENCY = re.compile(r"(?:อบต|ทต|ทม|ทน|เทศบาล(?:ตำบล|เมือง|นคร)?|องค์การบริหารส่วนตำบล)\.?\S*")
MIN_WORDS = 2
WORD_SHARE = 0.8  # of the label's words found in the item's own wording


def word_overlap(item: ItemRule, text: str) -> float:
    """0-100: the share of the label's words (stop words, years and the agency's name left out)
    that appear in the item's title and aliases; 0 for labels of fewer than two words."""
    label = _AGENCY.sub(" ", normalize_text(text))
    words = [word.removeprefix("การ").removeprefix("ความ") for word in thai_words(label).split()]
    words = [word for word in words if word and word not in _STOP_WORDS and not word.isdigit() and len(word) > 1]
    if len(words) < MIN_WORDS or len(words) > 8:
        return 0.0
    vocabulary = _vocabulary(item.title, tuple(item.aliases))
    share = sum(1 for word in words if compact(word) in vocabulary) / len(words)
    return round(100.0 * share, 1) if share >= WORD_SHARE else 0.0


@lru_cache(maxsize=512)
def _vocabulary(title: str, aliases: tuple[str, ...]) -> str:
    return " ".join(compact(text) for text in (title, *aliases))


def rank_items(items: list[ItemRule], text: str) -> list[TitleMatch]:
    """Items whose gates and threshold ``text`` passes, best first."""
    matches = [m for m in (match_title(item, text) for item in items) if m.ok]
    return sorted(matches, key=lambda m: -m.score)
