"""Running a list of sites with progress on the terminal (``oit batch``, ``oit monitor``)."""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from crawler.batch.runner import BatchOptions, BatchSummary, SiteEvent, run_batch
from crawler.batch.sites import SiteRow
from crawler.cli.options import CrawlSettings
from crawler.cli.signals import until_stopped
from crawler.criteria.loader import RuleSet
from crawler.store.history import HistoryStore


def execute_batch(
    args: argparse.Namespace,
    rows: list[SiteRow],
    ruleset: RuleSet,
    store: HistoryStore,
    batch_id: int,
    out_dir: Path,
    err: Console,
    settings: CrawlSettings,
) -> BatchSummary:
    """Run the batch (``settings`` from ``crawl_settings``) with progress on ``err``, then close it."""
    policy, options, cache = settings
    show_bar = not args.no_progress and sys.stderr.isatty()
    batch = BatchOptions(concurrency=args.sites_at_once, document_workers=args.document_workers)
    with _Reporter(err, len(rows), show_bar) as reporter:
        summary, signum = asyncio.run(
            until_stopped(
                lambda stop: run_batch(
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
                    stop=stop,
                )
            )
        )
    if signum is None:
        store.finish_batch(batch_id)  # a stopped batch stays unfinished: --resume continues it
    summary.signal = signum
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
