"""``oit batch sites.csv``: scan a list of sites, resumable, recorded in the history store."""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from crawler.batch.dashboard import render_dashboard
from crawler.batch.runner import BatchOptions, BatchSummary, SiteEvent, run_batch, write_results_csv
from crawler.batch.sites import SiteListError, SiteRow, read_sites
from crawler.cli_crawl import BadOption, add_fetch_arguments, crawl_settings
from crawler.crawl.engine import CrawlOptions
from crawler.criteria.loader import RuleSet
from crawler.fetch.cache import HttpCache
from crawler.fetch.policy import FetchPolicy
from crawler.store.history import HistoryStore

EXIT_OK, EXIT_USAGE, EXIT_NOTHING = 0, 2, 3
DEFAULT_DB = Path("reports") / "history.sqlite"


def add_batch_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("sites", type=Path, help="CSV of sites: id,name,type,province,district,url (extra kept)")
    parser.add_argument("--year", type=int, help="assessment year B.E. (default: the current one)")
    parser.add_argument("--db", type=Path, default=DEFAULT_DB, help=f"history database (default: {DEFAULT_DB})")
    parser.add_argument("--out", type=Path, help="report folder (default: reports/batch-<id>/)")
    add_batch_run_arguments(parser)
    resume = parser.add_mutually_exclusive_group()
    resume.add_argument("--resume", action="store_true", help="continue the unfinished batch of this list and year")
    resume.add_argument("--fresh", action="store_true", help="start a new batch even if one is unfinished")
    add_fetch_arguments(parser)


def add_batch_run_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of any run over several sites (``oit batch``, ``oit monitor``)."""
    parser.add_argument("--sites-at-once", type=int, default=BatchOptions.concurrency, help="sites scanned at once")
    parser.add_argument("--document-workers", type=int, default=BatchOptions.document_workers)
    parser.add_argument("--no-progress", action="store_true", help="plain log lines instead of a progress bar")


def run_batch_command(args: argparse.Namespace, ruleset: RuleSet, err: Console) -> int:
    try:
        rows, problems = read_sites(args.sites)
        settings = crawl_settings(args)
    except (SiteListError, BadOption) as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        return EXIT_USAGE
    for problem in problems:
        err.print(f"[yellow]{problem}[/yellow]", highlight=False)
    if not rows:
        err.print("[red]error:[/red] no usable rows in the site list", highlight=False)
        return EXIT_USAGE
    source = str(args.sites.resolve())
    with HistoryStore(args.db) as store:
        unfinished = store.unfinished_batch(source, ruleset.year)
        if unfinished is not None and not (args.resume or args.fresh):
            err.print(
                f"[red]error:[/red] batch {unfinished} of this list is unfinished: "
                "--resume to continue it, --fresh to start over",
                highlight=False,
            )
            return EXIT_USAGE
        if args.resume and unfinished is not None:
            batch_id = unfinished
            err.print(f"ทำต่อจากชุดที่ {batch_id} (resuming batch {batch_id})", highlight=False)
        else:
            batch_id = store.start_batch(source, ruleset.year, {"sites_at_once": args.sites_at_once})
        out_dir = args.out or Path("reports") / f"batch-{batch_id}"
        summary = execute_batch(args, rows, ruleset, store, batch_id, out_dir, err, settings)
        written = write_results_csv(store, batch_id, rows, out_dir / "results.csv")
        titles = {item.code: item.title for item in ruleset.items}
        dashboard = render_dashboard(store, batch_id, titles, {row.id: row.name for row in rows})
        (out_dir / "index.html").write_text(dashboard, "utf-8")
        results = store.batch_results(batch_id)
    counts = {state: sum(1 for r in results if r.state == state) for state in ("scanned", "unreachable", "failed")}
    err.print(
        f"ชุดที่ {batch_id}: ตรวจได้ {counts['scanned']}, เปิดไม่ได้ {counts['unreachable']}, "
        f"ขัดข้อง {counts['failed']} จาก {len(rows)} แห่ง (ข้ามที่ตรวจแล้ว {summary.skipped}) "
        f"ใน {summary.seconds:.0f} วินาที — {out_dir / 'index.html'}, {out_dir / 'results.csv'} ({written} แถว)",
        highlight=False,
    )
    return EXIT_OK if counts["scanned"] else EXIT_NOTHING


def execute_batch(
    args: argparse.Namespace,
    rows: list[SiteRow],
    ruleset: RuleSet,
    store: HistoryStore,
    batch_id: int,
    out_dir: Path,
    err: Console,
    settings: tuple[FetchPolicy, CrawlOptions, HttpCache | None],
) -> BatchSummary:
    """Run the batch (``settings`` from ``crawl_settings``) with progress on ``err``, then close it."""
    policy, options, cache = settings
    show_bar = not args.no_progress and sys.stderr.isatty()
    batch = BatchOptions(concurrency=args.sites_at_once, document_workers=args.document_workers)
    with _Reporter(err, len(rows), show_bar) as reporter:
        summary = asyncio.run(
            run_batch(
                rows,
                ruleset,
                store,
                batch_id,
                out_dir=out_dir,
                policy=policy,
                options=options,
                batch=batch,
                cache=cache,
                on_event=reporter.event,
            )
        )
    store.finish_batch(batch_id)
    return summary


class _Reporter:
    """A rich progress bar on a terminal, plain lines otherwise (CI logs, --no-progress)."""

    def __init__(self, err: Console, total: int, bar: bool) -> None:
        self.err = err
        self.progress = (
            Progress(
                TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), console=err
            )
            if bar
            else None
        )
        self.task = self.progress.add_task("sites", total=total) if self.progress else None
        self.failed = 0
        self.requests = 0
        self.started = time.monotonic()

    def __enter__(self) -> _Reporter:
        if self.progress:
            self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.progress:
            self.progress.stop()

    def event(self, event: SiteEvent) -> None:
        self.failed += event.state != "scanned"
        self.requests += event.requests
        rate = self.requests / max(time.monotonic() - self.started, 0.001)
        if self.progress and self.task is not None:
            self.progress.update(
                self.task,
                advance=1 if event.attempt == 1 else 0,
                description=f"sites (not reached/failed {self.failed}, {rate:.1f} requests/s)",
            )
        else:
            note = f" — {event.error[:120]}" if event.error else ""
            self.err.print(
                f"{event.site.id}: {event.state} (attempt {event.attempt}, {event.seconds:.1f} s, "
                f"{event.requests} requests){note}",
                highlight=False,
                markup=False,
            )
