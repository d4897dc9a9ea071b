"""``oit diff SITE``: a site's latest scan against the previous one (from the history store)."""

from __future__ import annotations

import argparse
import contextlib
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from crawler.cli.options import DEFAULT_DB, Context
from crawler.errors import EXIT_FINDINGS, EXIT_OK, InvalidStartUrl, UsageError
from crawler.monitor import diff_reports
from crawler.report.terminal import changes_table
from crawler.store.history import HistoryStore
from crawler.urls import prepare_start_url


def register(commands: Any) -> None:
    parser = commands.add_parser("diff", help="compare a site's latest scan with the previous one")
    parser.add_argument("site", help="site id (from the CSV) or the site's URL/host")
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--baseline", type=int, help="scan id to compare with (default: the previous one)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, context: Context) -> int:
    """Exit 1 when an item regressed (as ``oit monitor``), 2 for an unknown site or baseline."""
    if not args.db.exists():  # opening it would create an empty history
        raise UsageError(f"no history database at {args.db} (oit batch and oit monitor write one; see --db)")
    with HistoryStore(args.db) as store:
        site_id = args.site
        if not store.scans(site_id, limit=1):  # a URL or host: monitored sites are keyed by host
            with contextlib.suppress(InvalidStartUrl):
                site_id = urlsplit(prepare_start_url(site_id)).hostname or site_id
        latest = store.scans(site_id, limit=1)
        if not latest:
            raise UsageError(f"no scans of {args.site} in {args.db}")
        current = latest[0]
        if args.baseline is not None and store.report(args.baseline) is None:
            raise UsageError(f"no scan {args.baseline} in {args.db} (oit diff compares scans by their ids)")
        baseline = args.baseline or store.previous_scanned(site_id, current.id)
        changes = diff_reports(store.report(baseline) if baseline else None, store.report(current.id) or {})
    rows = [(site_id, c.code, c.kind, c.before or "", c.after, c.reason) for c in changes]
    context.out.print(changes_table(rows))
    context.out.print(f"scan {current.id} vs {baseline or '(none)'}: {len(changes)} change(s)", highlight=False)
    return EXIT_FINDINGS if any(change.kind == "regressed" for change in changes) else EXIT_OK
