"""``oit history [SITE]``: the sites a history database holds, or one site's scans with their ids
(what ``oit diff --baseline`` takes)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from crawler.cli import options
from crawler.cli.options import Context
from crawler.errors import EXIT_OK
from crawler.report.terminal import history_scans_table, history_sites_table
from crawler.store.history import ScanRow


def register(commands: Any) -> None:
    parser = commands.add_parser("history", help="list the sites in the history, or one site's scans with their ids")
    parser.add_argument("site", nargs="?", help="site id, start URL or host (default: list the sites)")
    parser.add_argument("--db", type=Path, help=options.HISTORY_HELP)
    parser.add_argument("--limit", type=int, default=20, help="scans shown, newest first (default: 20)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, context: Context) -> int:
    db = options.history_db(args)
    with options.open_history(db) as store:
        if args.site is None:
            sites = [(s.id, s.url, s.name, s.scans, s.latest_scan) for s in store.sites()]
            context.out.print(history_sites_table(sites))
        else:
            site_id = options.find_site(store, args.site)
            found = store.scans(site_id, limit=args.limit)
            scans = [(s.id, s.finished_at, s.state, _score(s), _counts(s), s.error) for s in found]
            context.out.print(history_scans_table(site_id, scans))
    context.err.print(f"history: {db}", highlight=False)
    return EXIT_OK


def _score(scan: ScanRow) -> str:
    if scan.score_low is None or scan.score_high is None:
        return "-"
    if scan.score_low == scan.score_high:
        return f"{scan.score_low:.2f}"
    return f"{scan.score_low:.2f}–{scan.score_high:.2f}"


def _counts(scan: ScanRow) -> dict[str, int]:
    counts: dict[str, int] = {}
    for status in scan.items.values():
        counts[status] = counts.get(status, 0) + 1
    return dict(sorted(counts.items(), key=lambda pair: -pair[1]))
