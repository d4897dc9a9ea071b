"""The CSV of a batch: one row per site and item, for Excel (UTF-8 with a BOM)."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple


class ResultRow(NamedTuple):
    site_id: str
    name: str
    province: str
    state: str
    score_low: float | None
    score_high: float | None
    code: str
    status: str
    url: str = ""
    reason: str = ""


def write_results_csv(path: Path, rows: Iterable[ResultRow]) -> int:
    """Write ``rows`` under a header; returns how many were written."""
    written = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8-sig") as handle:  # BOM: Excel opens Thai correctly
        writer = csv.writer(handle)
        writer.writerow(ResultRow._fields)
        for row in rows:
            writer.writerow(row)
            written += 1
    return written
