"""Does a title (link text, heading, file name, document title) name a given OIT item?

Gates first, score second: every ``must`` keyword present, no ``must_not`` keyword present,
then the best fuzzy similarity against the item's title and aliases must reach
``min_score``.  The gates are what tell a plan from the report on it; the score is what
tolerates the paraphrases and misspellings real sites use.
"""

from __future__ import annotations

from dataclasses import dataclass

from crawler.criteria.models import ItemRule
from crawler.match.keywords import keyword_hit
from crawler.thai.fuzzy import similarity
from crawler.thai.normalize import compact


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
    for keyword in item.must:
        if keyword_hit(keyword, flat) is None:
            return TitleMatch(item.code, False, 0.0, None, f"lacks required word {keyword!r}")
    best_alias, best_score = item.title, 0.0
    for alias in (item.title, *item.aliases):
        score = similarity(alias, text)
        if score > best_score:
            best_alias, best_score = alias, score
        if score >= 100:
            break
    ok = best_score >= item.min_score
    verdict = "similar to" if ok else "too far from"
    return TitleMatch(item.code, ok, best_score, best_alias, f"{verdict} {best_alias!r} ({best_score:g})")


def rank_items(items: list[ItemRule], text: str) -> list[TitleMatch]:
    """Items whose gates and threshold ``text`` passes, best first."""
    matches = [m for m in (match_title(item, text) for item in items) if m.ok]
    return sorted(matches, key=lambda m: -m.score)
