"""``oit diff SITE``: a site's latest scan against the previous one (from the history store)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from crawler.cli import options
from crawler.cli.options import Context
from crawler.errors import EXIT_FINDINGS, EXIT_OK, UsageError
from crawler.monitor import diff_reports
from crawler.report.terminal import changes_table


def register(commands: Any) -> None:
    parser = commands.add_parser("diff", help="compare a site's latest scan with the previous one")
    parser.add_argument("site", help="site id (from the CSV), the site's start URL, or its host")
    parser.add_argument("--db", type=Path, help=options.HISTORY_HELP)
    parser.add_argument("--baseline", type=int, help="scan id to compare with (default: the previous one)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, context: Context) -> int:
    """Exit 1 when an item regressed (as ``oit monitor``), 2 for an unknown site or baseline."""
    with options.open_history(options.history_db(args)) as store:
        site_id = options.find_site(store, args.site)
        current = store.scans(site_id, limit=1)[0]
        if args.baseline is not None and store.report(args.baseline) is None:
            raise UsageError(f"no scan {args.baseline} in {store.path} (oit history {site_id} lists its scans)")
        baseline = args.baseline if args.baseline is not None else store.previous_scanned(site_id, current.id)
        before = store.report(baseline) if baseline is not None else None
        changes = diff_reports(before, store.report(current.id) or {})
    rows = [(site_id, c.code, c.kind, c.before or "", c.after, c.reason) for c in changes]
    context.out.print(changes_table(rows))
    shown = baseline if baseline is not None else "(none)"
    context.out.print(f"scan {current.id} vs {shown}: {len(changes)} change(s)", highlight=False)
    return EXIT_FINDINGS if any(change.kind == "regressed" for change in changes) else EXIT_OK
