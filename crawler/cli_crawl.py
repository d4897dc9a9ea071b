"""``oit crawl URL``: run only the crawl stage and write what it found as JSON."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from rich.console import Console
from rich.table import Table

from crawler.crawl.engine import CrawlOptions, CrawlSummary, InvalidStartUrl, SiteCrawler
from crawler.crawl.output import write_crawl_json
from crawler.crawl.priority import PriorityModel
from crawler.crawl.sink import SpoolSink
from crawler.fetch.cache import HttpCache
from crawler.fetch.client import Fetcher
from crawler.fetch.policy import MB, FetchPolicy, SizeLimits

EXIT_OK, EXIT_USAGE, EXIT_UNREACHABLE = 0, 2, 3


def add_crawl_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("url", help="the site's home page, e.g. https://www.example.go.th")
    parser.add_argument("--out", "-o", help="JSON file, or - for stdout (default: reports/<host>-<date>/crawl.json)")
    add_fetch_arguments(parser)


def add_fetch_arguments(parser: argparse.ArgumentParser) -> None:
    """Budgets, politeness and network options shared by ``oit crawl`` and ``oit scan``."""
    budgets = parser.add_argument_group("budgets")
    budgets.add_argument("--max-pages", type=int, default=CrawlOptions.max_pages)
    budgets.add_argument("--max-documents", type=int, default=CrawlOptions.max_documents)
    budgets.add_argument("--max-depth", type=int, default=CrawlOptions.max_depth)
    budgets.add_argument("--max-seconds", type=float, default=CrawlOptions.max_seconds, help="wall-clock limit")
    budgets.add_argument("--max-file-mb", type=float, default=SizeLimits.document / MB, help="largest document")
    polite = parser.add_argument_group("politeness")
    polite.add_argument("--per-host", type=int, default=FetchPolicy.per_host_concurrency, help="requests at once")
    polite.add_argument("--delay", type=float, default=FetchPolicy.per_host_delay, help="seconds between requests")
    polite.add_argument("--concurrency", type=int, default=CrawlOptions.concurrency, help="crawl workers")
    polite.add_argument("--timeout", type=float, default=FetchPolicy.read_timeout, help="read timeout (s)")
    polite.add_argument("--retries", type=int, default=FetchPolicy.retries)
    polite.add_argument(
        "--ignore-robots",
        action="store_true",
        help="for the site's owner checking their own site: do not obey robots.txt",
    )
    more = parser.add_argument_group("other")
    more.add_argument("--no-sitemaps", action="store_true", help="do not read sitemap.xml")
    more.add_argument("--no-documents", action="store_true", help="record document links without fetching them")
    more.add_argument("--no-browser", action="store_true", help="never render JavaScript-built pages in Chromium")
    more.add_argument("--cache", type=Path, help="HTTP cache directory (default: ~/.cache/oit-crawler)")
    more.add_argument("--no-cache", action="store_true", help="no conditional requests, documents not kept")
    more.add_argument("--ca-bundle", help="extra trusted CA certificates (PEM)")
    more.add_argument("--strict-tls", action="store_true", help="fail on TLS problems instead of reading anyway")


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "oit-crawler"


class BadOption(ValueError):
    pass


def crawl_settings(args: argparse.Namespace) -> tuple[FetchPolicy, CrawlOptions, HttpCache | None]:
    for name in ("max_pages", "max_documents", "per_host", "concurrency"):
        if getattr(args, name) < 1:
            raise BadOption(f"--{name.replace('_', '-')} must be at least 1")
    policy = FetchPolicy(
        per_host_concurrency=args.per_host,
        per_host_delay=max(0.0, args.delay),
        read_timeout=args.timeout,
        retries=max(0, args.retries),
        sizes=SizeLimits(document=int(args.max_file_mb * MB)),
        obey_robots=not args.ignore_robots,
        ca_bundle=args.ca_bundle,
        lenient_tls=not args.strict_tls,
    )
    options = CrawlOptions(
        max_pages=args.max_pages,
        max_documents=args.max_documents,
        max_depth=args.max_depth,
        max_seconds=args.max_seconds,
        concurrency=args.concurrency,
        fetch_documents=not args.no_documents,
        obey_robots=not args.ignore_robots,
        use_sitemaps=not args.no_sitemaps,
        render_js=not args.no_browser,
    )
    cache = None if args.no_cache else HttpCache(args.cache or default_cache_dir())
    return policy, options, cache


def run_crawl_command(args: argparse.Namespace, err: Console, year_titles: tuple[int | None, list[str]]) -> int:
    try:
        policy, options, cache = crawl_settings(args)
    except BadOption as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        return EXIT_USAGE
    year, titles = year_titles
    priority = PriorityModel.for_titles(titles, year)
    with tempfile.TemporaryDirectory(prefix="oit-crawl-") as spool_dir:
        sink = SpoolSink(spool_dir)
        try:
            summary = asyncio.run(_crawl(args.url, policy, options, priority, cache, sink))
        except InvalidStartUrl as exc:
            err.print(f"[red]error:[/red] {exc}", highlight=False)
            return EXIT_USAGE
        finally:
            sink.close()
        target = _output_path(args.out, summary)
        if target is None:
            try:
                write_crawl_json(sys.stdout, summary, sink, options, policy)
                sys.stdout.flush()
            except BrokenPipeError:  # `oit crawl URL -o - | head`: the reader left, not an error
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            with target.open("w", encoding="utf-8") as handle:
                write_crawl_json(handle, summary, sink, options, policy)
    _print_summary(summary, err, target)
    return EXIT_OK if summary.reachable else EXIT_UNREACHABLE


async def _crawl(url, policy, options, priority, cache, sink) -> CrawlSummary:
    async with Fetcher(policy, cache=cache) as fetcher:
        return await SiteCrawler(url, fetcher, sink, options, priority).run()


def _output_path(out: str | None, summary: CrawlSummary) -> Path | None:
    if out == "-":
        return None
    if out:
        return Path(out)
    host = urlsplit(summary.home_url or summary.start_url).hostname or "site"
    return Path("reports") / f"{host}-{date.today():%Y%m%d}" / "crawl.json"


def _print_summary(summary: CrawlSummary, err: Console, target: Path | None) -> None:
    stats = summary.stats
    state = "[green]เปิดได้[/green]" if summary.reachable else "[red]เปิดไม่ได้ (unreachable)[/red]"
    err.print(
        f"[bold]{summary.home_url or summary.start_url}[/bold] {state} — "
        f"{stats.get('pages', 0)} หน้า, {stats.get('documents', 0)} เอกสาร, "
        f"{stats.get('external_links', 0)} ลิงก์ภายนอก, {stats.get('requests', 0)} requests, "
        f"{summary.seconds:.1f} s",
        highlight=False,
    )
    if summary.findings:
        table = Table(title="สิ่งที่พบระหว่างตรวจ (findings)")
        table.add_column("ระดับ", no_wrap=True)
        table.add_column("รหัส", no_wrap=True)
        table.add_column("จำนวน", justify="right")
        table.add_column("คำอธิบาย", overflow="fold", ratio=1)
        colours = {"error": "red", "warning": "yellow", "info": "cyan"}
        for finding in summary.findings:
            example = f"\n[dim]{finding.urls[0]}[/dim]" if finding.urls else ""
            table.add_row(
                f"[{colours[finding.severity]}]{finding.severity}[/]",
                finding.code,
                str(finding.count),
                f"{finding.message_th}{example}",
            )
        err.print(table)
    if target is not None:
        err.print(f"JSON: {target}", highlight=False)
