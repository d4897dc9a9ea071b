"""Accuracy of the whole scanner on the generated test world (tests/sitekit/world.py)."""

from __future__ import annotations

import asyncio
from collections import Counter

from crawler.crawl.engine import CrawlOptions
from crawler.fetch.policy import FetchPolicy
from crawler.scan import scan_site
from tests.sitekit.server import FixtureServer
from tests.sitekit.world import build_world

POLICY = FetchPolicy(per_host_delay=0, per_host_concurrency=4, retries=0, read_timeout=5)


def test_world_accuracy_and_false_pass_rate(catalog, capsys):
    ruleset = catalog.load(2567)
    total = correct = false_pass = 0
    confusion: Counter[tuple[str, str]] = Counter()
    for site in build_world(ruleset, seeds=2):
        with FixtureServer(site.routes) as server:
            result = asyncio.run(
                scan_site(
                    server.url("/"),
                    ruleset,
                    policy=POLICY,
                    options=CrawlOptions(concurrency=4, render_js=False),
                    trust_env=False,
                )
            )
        for item in result.items:
            truth, got = site.truth[item.code], item.status.value
            total += 1
            correct += truth == got
            false_pass += got == "pass" and truth != "pass"
            if truth != got:
                confusion[(site.layout, item.code, truth, got)] += 1
    accuracy, false_pass_rate = correct / total, false_pass / total
    with capsys.disabled():
        print(f"\nworld: {total} item verdicts, accuracy {accuracy:.3f}, false-pass rate {false_pass_rate:.3f}")
        for (layout, code, truth, got), count in sorted(confusion.items()):
            print(f"  {layout:10} {code:4} truth {truth:10} got {got:10} ×{count}")
    assert accuracy >= 0.95
    assert false_pass_rate <= 0.02
