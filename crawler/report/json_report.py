"""The scan report as JSON (schema in docs/report.md).  Stable: fields are only added."""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

from crawler import __version__
from crawler.model.results import ScanResult, ScoreRange
from crawler.model.status import STATUS_TH

SCHEMA_VERSION = 1


def _range(value: ScoreRange) -> dict[str, float]:
    return {"low": value.low, "high": value.high}


def scan_report(result: ScanResult, scanned_at: datetime | None = None) -> dict[str, Any]:
    summary, ruleset, score = result.summary, result.rules, result.score
    stats = summary.stats
    return {
        "tool": "oit-crawler",
        "version": __version__,
        "schema": SCHEMA_VERSION,
        "site": {
            "start_url": summary.start_url,
            "home_url": summary.home_url,
            "reachable": summary.reachable,
            "home_outcome": summary.home_outcome,
        },
        "year": ruleset.year,
        "rules": {
            "year": ruleset.year,
            "title": ruleset.title,
            "provisional": ruleset.provisional,
            "status": ruleset.status,
            "confidence": ruleset.confidence,
        },
        "scanned_at": (scanned_at or datetime.now(UTC)).isoformat(timespec="seconds"),
        "score": {
            "oit": _range(score.oit),
            "exact": score.oit.exact,
            "indicators": {key: _range(value) for key, value in sorted(score.indicators.items())},
            "sub_indicators": {key: _range(value) for key, value in sorted(score.sub_indicators.items())},
            "counts": score.counts,
            "provisional": score.provisional,
        },
        "items": [
            {
                "code": item.code,
                "title": item.title,
                "sub": item.sub,
                "status": item.status.value,
                "status_th": STATUS_TH[item.status],
                "url": item.url,
                "evidence": [{**asdict(ref), "verdict": ref.verdict.value} for ref in item.evidence],
                "reason": item.reason,
                "fix": item.fix,
                "confidence": item.confidence,
                "missing_elements": item.missing_elements,
                "provisional": item.provisional,
            }
            for item in result.items
        ],
        "incomplete": result.incomplete_reasons,
        "findings": [asdict(finding) for finding in summary.findings],
        "stats": {
            "requests": stats.requests,
            "pages": stats.pages,
            "documents": stats.documents,
            "errors": stats.errors,
            "seconds": summary.seconds,
        },
    }
