"""Accuracy of the whole scanner on the generated test world (tests/sitekit/world.py).

The world carries its own catalogue (tests/sitekit/world_catalog/), independent of the rule
files, so agreement with the tool is never built in.
"""

from __future__ import annotations

import asyncio
import os
import re
import time
from collections import Counter
from html import unescape as html_unescape
from urllib.parse import quote

import pytest

from crawler.crawl.engine import CrawlOptions
from crawler.scan import scan_site
from tests.sitekit.scan import LOOPBACK_POLICY
from tests.sitekit.server import FixtureServer, Request
from tests.sitekit.world import DATED, FY, LAYOUTS, VERDICTS, allowed_verdicts, build_world, load_catalog

FRESHNESS = {"timeless", *DATED}
# The seeds the suite runs; OIT_WORLD_SEEDS=5,6 scores worlds it never saw (seeds 2–14 are
# the ones the fixes of issue 10 were checked on; a new seed is the next unseen world).
WORLD_SEEDS = [int(seed) for seed in os.environ.get("OIT_WORLD_SEEDS", "0,1").split(",")]

KINDS = {"page", "doc", "social", "channel", "news"}


def test_world_catalog_is_well_formed(catalog):
    codes = [item.code for item in catalog.load(FY).items]  # the rule set gives the list of codes, nothing else
    world = load_catalog()
    assert sorted(world, key=lambda c: int(c[1:])) == sorted(codes, key=lambda c: int(c[1:]))
    for code, entry in world.items():
        assert entry.get("src"), f"{code}: no source"
        assert entry["kind"] in KINDS, code
        assert entry["fresh"] in FRESHNESS, code
        assert len(entry["labels"]) >= 3, f"{code}: fewer than 3 labels"
        assert entry["elements"] and all(e["id"] and e["phrases"] for e in entry["elements"]), code
        assert len(entry["decoys"]) >= 2, code
        if entry["kind"] == "doc":
            assert entry["files"] and entry["headings"], code
        ids = {e["id"] for e in entry["elements"]}
        assert set(entry.get("omittable", [])) <= ids, code
        assert set(allowed_verdicts(entry)) <= set(VERDICTS) and "pass" in allowed_verdicts(entry), code


async def scan_world(world, ruleset, parallel: int = 2):
    """Scan the sites two at a time (one crawls while the other's documents are read)."""
    gate = asyncio.Semaphore(parallel)

    async def scan(site):
        async with gate:
            with FixtureServer(site.routes) as server:
                server.not_found = site.route  # raw Thai, percent-encoded and re-encoded paths alike
                return await scan_site(
                    server.url("/"),
                    ruleset,
                    policy=LOOPBACK_POLICY,
                    options=CrawlOptions(concurrency=4, render_js=site.render_js, max_seconds=120),
                    trust_env=False,
                )

    return await asyncio.gather(*(scan(site) for site in world))


def test_world_accuracy_and_false_pass_rate(catalog, capsys, tmp_path_factory):
    ruleset = catalog.load(FY)
    codes = [item.code for item in ruleset.items]
    started = time.monotonic()
    world = build_world(seeds=WORLD_SEEDS, codes=codes)
    built = time.monotonic() - started
    total = correct = false_pass = must_not_pass = 0
    confusion: Counter[tuple[str, str, str, str]] = Counter()
    classes: Counter[tuple[str, str]] = Counter()
    notes: dict[tuple[str, str, str, str], str] = {}
    for site, result in zip(world, asyncio.run(scan_world(world, ruleset)), strict=True):
        for item in result.items:
            truth, got = site.truth[item.code], item.status.value
            total += 1
            correct += truth == got
            false_pass += got == "pass" and truth != "pass"
            must_not_pass += truth != "pass"
            if truth != got:
                key = (site.name, item.code, truth, got)
                confusion[key] += 1
                classes[(truth, got)] += 1
                notes.setdefault(key, site.notes.get(item.code, ""))
    # The measure: passes among the items that must not pass (not among all items).
    accuracy, false_pass_rate = correct / total, false_pass / max(must_not_pass, 1)
    with capsys.disabled():
        print(
            f"\nworld: {len(world)} sites, {total} item verdicts, accuracy {accuracy:.3f}, "
            f"false passes {false_pass} of {must_not_pass} items that must not pass ({false_pass_rate:.3f}) "
            f"(built in {built:.0f}s, total {time.monotonic() - started:.0f}s)"
        )
        print("  by class: " + ", ".join(f"{t}→{g} ×{n}" for (t, g), n in classes.most_common()))
        for (layout, code, truth, got), count in sorted(confusion.items()):
            note = notes[(layout, code, truth, got)]
            print(f"  {layout:15} {code:4} truth {truth:10} got {got:10} ×{count}  {note}")
    assert accuracy >= 0.90
    assert false_pass_rate <= 0.01


@pytest.mark.parametrize("layout", LAYOUTS)
def test_world_sites_serve_what_they_link(layout):
    """The generator's own sanity: every internal link of a site answers, unless it is meant to be dead."""
    (site,) = build_world(seeds=[0], layouts=(layout,))
    assert site.routes["/"].status == 200
    assert any(route.content_type == "application/pdf" for route in site.routes.values())
    assert set(site.truth.values()) <= set(VERDICTS)
    hrefs = set()
    for route in site.routes.values():
        if (route.content_type or "").startswith(("text/html", "application/json")):
            text = route.body.decode("cp874" if "tis-620" in route.content_type else "utf-8")
            hrefs |= set(re.findall(r'(?:href="|href=\'|"url": ")(/[^"\']*)', text))
    assert hrefs
    for href in hrefs:
        path = html_unescape(href)
        status = site.route(Request("GET", quote(path, safe="/?=&%"), {}, 0.0)).status
        assert status in (200, 500) or path in site.dead, path
