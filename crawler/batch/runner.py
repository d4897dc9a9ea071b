"""Scan many sites at once, politely, and record each one as soon as it is done.

Many sites run concurrently (each still limited per host by its own fetcher); one shared pool
of document workers caps extraction for the whole batch; a site that fails for any reason is
recorded as ``failed`` and the batch goes on; sites that could not be reached are tried once
more at the end with longer timeouts.  Every finished site is committed to the history store
at once, so a killed batch resumes where it stopped.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crawler.batch.sites import SiteRow
from crawler.crawl.engine import CrawlOptions
from crawler.criteria.loader import RuleSet
from crawler.documents.worker import DocumentReader
from crawler.fetch.cache import HttpCache
from crawler.fetch.policy import FetchPolicy
from crawler.report.files import write_reports
from crawler.report.json_report import scan_report
from crawler.report.results_csv import ResultRow
from crawler.scan import scan_site
from crawler.store.history import HistoryStore, now


@dataclass(frozen=True)
class BatchOptions:
    concurrency: int = 8  # sites scanned at once
    document_workers: int = 2  # extraction processes for the whole batch
    retry_unreachable: bool = True
    write_site_reports: bool = True


@dataclass
class SiteEvent:
    site: SiteRow
    state: str  # scanned | unreachable | failed
    attempt: int
    seconds: float
    requests: int = 0
    error: str = ""


@dataclass
class BatchSummary:
    batch_id: int
    total: int
    skipped: int = 0
    done: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    stopped: bool = False  # a signal ended it: the sites under way were not recorded (--resume redoes them)
    signal: int | None = None  # which one (set by the command that caught it)


async def run_batch(
    rows: list[SiteRow],
    ruleset: RuleSet,
    store: HistoryStore,
    batch_id: int,
    *,
    out_dir: Path,
    policy: FetchPolicy | None = None,
    options: CrawlOptions | None = None,
    batch: BatchOptions | None = None,
    cache: HttpCache | None = None,
    on_event: Callable[[SiteEvent], None] | None = None,
    trust_env: bool = True,
    stop: asyncio.Event | None = None,
) -> BatchSummary:
    """``stop`` set (Ctrl-C, SIGTERM): no site starts, the sites under way are abandoned unrecorded
    (a partial scan recorded as done would be skipped by ``--resume``), the finished ones stay."""
    batch = batch or BatchOptions()
    stop = stop or asyncio.Event()
    policy = policy or FetchPolicy()
    started = time.monotonic()
    done_before = store.sites_done(batch_id)
    pending = [row for row in rows if row.id not in done_before]
    summary = BatchSummary(batch_id, len(rows), skipped=len(rows) - len(pending))
    slots = asyncio.Semaphore(max(1, batch.concurrency))

    async with DocumentReader(cache.root if cache else None, workers=batch.document_workers) as reader:

        async def one(row: SiteRow, attempt: int, site_policy: FetchPolicy) -> None:
            async with slots:
                if stop.is_set():
                    return
                scan = _scan_one(
                    row,
                    attempt,
                    ruleset,
                    store,
                    batch_id,
                    site_policy,
                    options,
                    cache,
                    reader,
                    trust_env,
                    out_dir if batch.write_site_reports else None,
                )
                event = await _unless_stopped(scan, stop)
            if event is None:
                return
            summary.done[event.state] = summary.done.get(event.state, 0) + 1
            if on_event is not None:
                on_event(event)

        for row in rows:
            store.upsert_site(
                row.id,
                row.url,
                name=row.name,
                type=row.type,
                province=row.province,
                district=row.district,
                extra=row.extra,
            )
        await asyncio.gather(*(one(row, 1, policy) for row in pending))
        if stop.is_set():
            reader.abandon()  # a document under way is not waited for
        elif batch.retry_unreachable:
            patient = dataclasses.replace(
                policy, connect_timeout=policy.connect_timeout * 3, read_timeout=policy.read_timeout * 2
            )
            retry = [row for row in rows if _needs_retry(store, batch_id, row.id)]
            await asyncio.gather(*(one(row, 2, patient) for row in retry))
    summary.seconds = time.monotonic() - started
    summary.stopped = stop.is_set()
    return summary


async def _unless_stopped(work: Coroutine[Any, Any, SiteEvent], stop: asyncio.Event) -> SiteEvent | None:
    """``work``'s result, or None when ``stop`` is set first (the work is cancelled)."""
    task = asyncio.ensure_future(work)
    stopper = asyncio.ensure_future(stop.wait())
    await asyncio.wait({task, stopper}, return_when=asyncio.FIRST_COMPLETED)
    stopper.cancel()
    if task.done():
        return task.result()
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    return None


def _needs_retry(store: HistoryStore, batch_id: int, site_id: str) -> bool:
    latest = store.scans(site_id, batch_id=batch_id, limit=1)
    return bool(latest) and latest[0].state == "unreachable" and latest[0].attempt == 1


async def _scan_one(
    row: SiteRow,
    attempt: int,
    ruleset: RuleSet,
    store: HistoryStore,
    batch_id: int,
    policy: FetchPolicy,
    options: CrawlOptions | None,
    cache: HttpCache | None,
    reader: DocumentReader,
    trust_env: bool,
    out_dir: Path | None,
) -> SiteEvent:
    started_at, started = now(), time.monotonic()
    try:
        result = await scan_site(
            row.url, ruleset, policy=policy, options=options, cache=cache, trust_env=trust_env, reader=reader
        )
    except Exception as exc:  # one site must never stop the batch; the error is recorded
        error = f"{type(exc).__name__}: {exc}"
        store.record_scan(
            row.id,
            row.url,
            ruleset.year,
            started_at,
            report=None,
            state="failed",
            batch_id=batch_id,
            error=error,
            attempt=attempt,
        )
        return SiteEvent(row, "failed", attempt, time.monotonic() - started, error=error)
    state = "scanned" if result.summary.reachable else "unreachable"
    report = write_reports(result, out_dir / row.id).report if out_dir is not None else scan_report(result)
    error = "" if state == "scanned" else "; ".join(result.incomplete_reasons)
    store.record_scan(
        row.id,
        row.url,
        ruleset.year,
        started_at,
        report=report,
        state=state,
        batch_id=batch_id,
        error=error,
        attempt=attempt,
        documents=result.documents,
    )
    return SiteEvent(row, state, attempt, time.monotonic() - started, result.summary.stats.requests, error)


def result_rows(store: HistoryStore, batch_id: int, rows: list[SiteRow]) -> list[ResultRow]:
    """One row per site and item of a batch (a failed scan has no items: one row carries its error)."""
    by_id = {row.id: row for row in rows}
    table: list[ResultRow] = []
    for scan in store.batch_results(batch_id):
        site = by_id.get(scan.site_id)
        name, province = (site.name, site.province) if site else ("", "")
        head = (scan.site_id, name, province, scan.state, scan.score_low, scan.score_high)
        details = store.item_details(scan.id) or [("", "", "", scan.error)]
        table += [ResultRow(*head, code, status, url or "", reason) for code, status, url, reason in details]
    return table
