"""Extraction cost per link as a page grows: a table cell holding N links (old CMS archive
pages put every news title in one cell).

    python -m bench.extract_bench

Linear means the cost per link stays flat: the ratio of the per-link time at 2,000 links to
the per-link time at 200 links (same process, median of three rounds) should stay near 1.
Before the row text was cached per table row it was 7.1 (6.4 s for the 2,000-link page).
Results: bench/results/extract.json.
"""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

from crawler.extract.html import extract_page

ROOT = Path(__file__).resolve().parent.parent
SIZES = (200, 2000)


def page(links: int) -> str:
    cell = "".join(f"<a href='/news/{i}'>ข่าวประชาสัมพันธ์ที่ {i} ประจำปี ๒๕๖๗</a> " for i in range(links))
    return f"<html><body><table><tr><td>{cell}</td></tr></table></body></html>"


def per_link_seconds(links: int) -> float:
    html = page(links)
    rounds = []
    for _ in range(3):
        started = time.perf_counter()
        extracted = extract_page(html, "http://x.go.th/")
        rounds.append(time.perf_counter() - started)
        assert len(extracted.links) == links
    return statistics.median(rounds) / links


def main() -> None:
    costs = {links: per_link_seconds(links) for links in SIZES}
    result = {
        "per_link_ms": {str(links): round(cost * 1000, 4) for links, cost in costs.items()},
        "ratio_large_to_small": round(costs[SIZES[1]] / costs[SIZES[0]], 2),
    }
    (ROOT / "bench" / "results" / "extract.json").write_text(json.dumps(result, indent=1) + "\n", "utf-8")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
