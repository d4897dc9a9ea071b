"""One oit-crawler crawl of URL (in its own process); prints pages, seconds, CPU seconds, peak RSS."""

from __future__ import annotations

import asyncio
import json
import resource
import sys
import tempfile
import time

from crawler.crawl.engine import CrawlOptions, crawl_site
from crawler.crawl.sink import SpoolSink
from crawler.fetch.client import Fetcher
from crawler.fetch.policy import FetchPolicy


async def main(url: str, per_host: int, concurrency: int) -> dict:
    with tempfile.TemporaryDirectory() as spool:
        async with Fetcher(FetchPolicy(per_host_delay=0, per_host_concurrency=per_host), trust_env=False) as fetcher:
            summary = await crawl_site(
                url,
                fetcher,
                SpoolSink(spool),
                CrawlOptions(max_pages=100_000, max_depth=100, concurrency=concurrency, use_sitemaps=False),
            )
    return summary.stats


if __name__ == "__main__":
    url, per_host, concurrency = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    started, cpu = time.perf_counter(), time.process_time()
    stats = asyncio.run(main(url, per_host, concurrency))
    print(
        json.dumps(
            {
                "pages": stats.pages,
                "seconds": time.perf_counter() - started,
                "cpu_seconds": time.process_time() - cpu,
                "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            }
        )
    )
