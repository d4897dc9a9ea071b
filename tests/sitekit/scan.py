"""Scanning a fixture site served on 127.0.0.1: the policy for loopback sites and one call."""

from __future__ import annotations

import asyncio

from crawler.crawl.engine import CrawlOptions
from crawler.criteria.loader import RuleSet
from crawler.fetch.policy import FetchPolicy
from crawler.model.results import ScanResult
from crawler.scan import scan_site

# Our own fixture server: no delay is needed to be polite, and no retry to be patient.
LOOPBACK_POLICY = FetchPolicy(per_host_delay=0, per_host_concurrency=4, retries=0, read_timeout=5)


def scan_served(url: str, ruleset: RuleSet) -> ScanResult:
    """``asyncio.run(scan_site(...))``, except that the coroutine run returns nothing: on Python
    3.11 ``asyncio.run`` ends by formatting the repr of its finished task (signal.getsignal →
    enum lookup error message → the SIGINT handler's partial → the task → its result), and the
    repr of a ScanResult takes seconds."""
    holder: list[ScanResult] = []

    async def run() -> None:
        options = CrawlOptions(concurrency=4)
        holder.append(await scan_site(url, ruleset, policy=LOOPBACK_POLICY, options=options, trust_env=False))

    asyncio.run(run())
    return holder[0]
