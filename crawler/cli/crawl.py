"""``oit crawl URL``: run only the crawl stage and write what it found as JSON."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from crawler.cli import options
from crawler.cli.options import Context
from crawler.crawl.engine import CrawlOptions, SiteCrawler
from crawler.crawl.priority import PriorityModel
from crawler.crawl.sink import SpoolSink
from crawler.errors import EXIT_OK, EXIT_UNREACHABLE
from crawler.fetch.cache import HttpCache
from crawler.fetch.client import Fetcher
from crawler.fetch.policy import FetchPolicy
from crawler.model.results import CrawlSummary
from crawler.report.crawl_json import write_crawl_json
from crawler.report.terminal import crawl_line, findings_table


def register(commands: Any) -> None:
    parser = commands.add_parser("crawl", help="crawl a site and write what was found as JSON (no assessment)")
    parser.add_argument("url", help="the site's home page, e.g. https://www.example.go.th")
    parser.add_argument("--out", "-o", help="JSON file, or - for stdout (default: reports/<host>-<date>/crawl.json)")
    options.add_fetch_arguments(parser)
    options.add_year_argument(parser, "assessment year whose item titles steer the crawl")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, context: Context) -> int:
    policy, crawl_options, cache = options.crawl_settings(args)
    ruleset = options.ruleset(args)
    if args.out and args.out != "-":
        options.writable_file(Path(args.out), "--out")
    titles = [text for item in ruleset.items for text in (item.title, *item.aliases)]
    priority = PriorityModel.for_titles(titles, ruleset.year)
    with tempfile.TemporaryDirectory(prefix="oit-crawl-") as spool_dir:
        sink = SpoolSink(spool_dir)
        try:
            summary = asyncio.run(_crawl(args.url, policy, crawl_options, priority, cache, sink))
        finally:
            sink.close()
        records = {kind: sink.lines(kind) for kind in SpoolSink.KINDS}
        options_data, policy_data = asdict(crawl_options), asdict(policy) | {"user_agent": policy.user_agent}
        target = _output_path(args.out, summary)
        if target is None:
            try:
                write_crawl_json(sys.stdout, summary, records, options_data, policy_data)
                sys.stdout.flush()
            except BrokenPipeError:  # `oit crawl URL -o - | head`: the reader left, not an error
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            with target.open("w", encoding="utf-8") as handle:
                write_crawl_json(handle, summary, records, options_data, policy_data)
    context.err.print(
        crawl_line(summary.home_url or summary.start_url, summary.reachable, summary.stats, summary.seconds)
    )
    if summary.findings:
        context.err.print(findings_table(summary.findings))
    if target is not None:
        context.err.print(f"JSON: {target}", highlight=False, markup=False)
    return EXIT_OK if summary.reachable else EXIT_UNREACHABLE


async def _crawl(
    url: str,
    policy: FetchPolicy,
    crawl_options: CrawlOptions,
    priority: PriorityModel,
    cache: HttpCache | None,
    sink: SpoolSink,
) -> CrawlSummary:
    async with Fetcher(policy, cache=cache) as fetcher:
        return await SiteCrawler(url, fetcher, sink, crawl_options, priority).run()


def _output_path(out: str | None, summary: CrawlSummary) -> Path | None:
    if out == "-":
        return None
    if out:
        return Path(out)
    host = urlsplit(summary.home_url or summary.start_url).hostname or "site"
    return Path("reports") / f"{host}-{date.today():%Y%m%d}" / "crawl.json"
