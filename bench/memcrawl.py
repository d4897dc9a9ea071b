"""Crawl a generated N-page site and print the crawl's peak memory growth as JSON.

Run in a fresh process per size (``python -m bench.memcrawl N DIR``) so that one
crawl's memory cannot hide another's.  Growth = peak RSS during the crawl minus RSS before it.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path

from crawler.crawl.engine import CrawlOptions, crawl_site
from crawler.crawl.sink import SpoolSink
from crawler.fetch.client import Fetcher
from crawler.fetch.policy import FetchPolicy
from tests.sitekit.server import FixtureServer, Request, Response, html

FILLER = "เนื้อหาของหน้า รายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ " * 40


def generated_site(pages: int) -> dict:
    """Page i links to the next 50 pages; HTML is built per request, not stored."""

    def page(request: Request) -> Response:
        index = int(request.path.rsplit("/", 1)[-1])
        links = "".join(f"<li><a href='/p/{j}'>หน้าที่ {j}</a></li>" for j in range(index + 1, min(pages, index + 51)))
        return html(f"<html><body><h1>หน้า {index}</h1><p>{FILLER}</p><ul>{links}</ul></body></html>")

    routes: dict = {f"/p/{i}": page for i in range(pages)}
    routes["/"] = html("".join(f"<a href='/p/{i}'>หน้า {i}</a>" for i in range(0, pages, 50)))
    return routes


def rss_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(field)


def reset_peak() -> None:
    Path("/proc/self/clear_refs").write_text("5")  # resets VmHWM to the current RSS


async def crawl(pages: int, spool: Path) -> dict:
    with FixtureServer(generated_site(pages), record=False) as server:
        policy = FetchPolicy(per_host_delay=0, per_host_concurrency=4)
        async with Fetcher(policy, trust_env=False) as fetcher:
            summary = await crawl_site(
                server.url("/"),
                fetcher,
                SpoolSink(spool),
                CrawlOptions(max_pages=pages + 1, concurrency=8, use_sitemaps=False),
            )
    return summary.stats


def main() -> None:
    pages, spool = int(sys.argv[1]), Path(sys.argv[2])
    asyncio.run(crawl(30, spool / "warm-up"))  # imports, pools and caches, on a small site
    reset_peak()
    before = rss_kib("VmRSS")
    started, cpu = time.perf_counter(), time.process_time()
    stats = asyncio.run(crawl(pages, spool / "measured"))
    print(
        json.dumps(
            {
                "pages": stats.pages,
                "growth_kib": rss_kib("VmHWM") - before,
                "seconds": round(time.perf_counter() - started, 3),
                "cpu_seconds": round(time.process_time() - cpu, 3),
            }
        )
    )


if __name__ == "__main__":
    main()
