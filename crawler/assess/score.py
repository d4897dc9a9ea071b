"""The estimated OIT score, computed the way NACC does: each item 100 or 0, the mean per
sub-indicator, the mean of sub-indicators per indicator, OIT = the mean of indicators.
Items in ``review`` make the score a range: all of them failing … all of them passing."""

from __future__ import annotations

from collections.abc import Iterable

from crawler.criteria.loader import RuleSet
from crawler.model.results import ItemResult, Score, ScoreRange
from crawler.model.status import Status


def _mean(values: list[float]) -> float:
    return round(sum(values) / len(values), 2) if values else 0.0


def _scores(
    results: Iterable[ItemResult], ruleset: RuleSet, review_passes: bool
) -> tuple[float, dict[str, float], dict[str, float]]:
    by_sub: dict[str, list[float]] = {}
    for result in results:
        passed = result.status is Status.PASS or (review_passes and result.status is Status.REVIEW)
        by_sub.setdefault(result.sub, []).append(100.0 if passed else 0.0)
    subs = {sub: _mean(values) for sub, values in by_sub.items()}
    indicators: dict[str, list[float]] = {}
    for sub_id, value in subs.items():
        indicators.setdefault(ruleset.sub_indicator(sub_id).indicator, []).append(value)
    indicator_scores = {ind: _mean(values) for ind, values in indicators.items()}
    return _mean(list(indicator_scores.values())), indicator_scores, subs


def estimate_score(results: list[ItemResult], ruleset: RuleSet) -> Score:
    low, low_ind, low_sub = _scores(results, ruleset, review_passes=False)
    high, high_ind, high_sub = _scores(results, ruleset, review_passes=True)
    counts = {status.value: sum(1 for r in results if r.status is status) for status in Status}
    return Score(
        oit=ScoreRange(low, high),
        indicators={key: ScoreRange(low_ind[key], high_ind[key]) for key in low_ind},
        sub_indicators={key: ScoreRange(low_sub[key], high_sub[key]) for key in low_sub},
        counts=counts,
        provisional=ruleset.provisional,
    )
