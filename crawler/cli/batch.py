"""``oit batch sites.csv``: scan a list of sites, resumable, recorded in the history store."""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path
from typing import Any

from crawler.batch.dashboard import render_dashboard
from crawler.batch.runner import result_rows
from crawler.batch.sites import read_sites
from crawler.cli import options
from crawler.cli.options import Context
from crawler.cli.progress import execute_batch
from crawler.cli.signals import STOPPED_BATCH_TH, exit_code
from crawler.errors import EXIT_OK, EXIT_UNREACHABLE, UnfinishedBatch, UsageError
from crawler.report.results_csv import write_results_csv
from crawler.store.history import HistoryStore


def register(commands: Any) -> None:
    parser = commands.add_parser("batch", help="scan every site of a CSV list (resumable, recorded in history)")
    parser.add_argument("sites", type=Path, help="CSV of sites: id,name,type,province,district,url (extra kept)")
    options.add_year_argument(parser, "assessment year B.E. (default: the current one)")
    parser.add_argument("--out", type=Path, help="report folder (default: reports/batch-<id>/)")
    options.add_site_run_arguments(parser)
    resume = parser.add_mutually_exclusive_group()
    resume.add_argument("--resume", action="store_true", help="continue the unfinished batch of this list and year")
    resume.add_argument("--fresh", action="store_true", help="start a new batch even if one is unfinished")
    options.add_fetch_arguments(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, context: Context) -> int:
    ruleset = options.ruleset(args)
    rows, problems = read_sites(args.sites)
    settings = options.crawl_settings(args)
    err = context.err
    for problem in problems:
        err.print(str(problem), style="yellow", markup=False, highlight=False)  # site text is data
    if not rows:
        raise UsageError("no usable rows in the site list")
    source = str(args.sites.resolve())
    db = options.history_db(args)
    err.print(f"ประวัติการตรวจ (history): {db}", highlight=False)
    with HistoryStore(db) as store:
        unfinished = store.unfinished_batch(source, ruleset.year)
        if unfinished is not None and not (args.resume or args.fresh):
            raise UnfinishedBatch(
                f"batch {unfinished} of this list is unfinished: --resume to continue it, --fresh to start over"
            )
        if args.resume and unfinished is not None:
            batch_id = unfinished
            err.print(f"ทำต่อจากชุดที่ {batch_id} (resuming batch {batch_id})", highlight=False)
        else:
            batch_id = store.start_batch(source, ruleset.year, {"sites_at_once": args.sites_at_once})
        out_dir = args.out or Path("reports") / f"batch-{batch_id}"
        summary = execute_batch(args, rows, ruleset, store, batch_id, out_dir, err, settings)
        written = write_results_csv(out_dir / "results.csv", result_rows(store, batch_id, rows))
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
        markup=False,
    )
    if summary.signal is not None:
        err.print(STOPPED_BATCH_TH.format(command=resume_command(ruleset.year)), style="yellow", highlight=False)
        return exit_code(summary.signal)
    return EXIT_OK if counts["scanned"] else EXIT_UNREACHABLE


def resume_command(year: int, argv: list[str] | None = None) -> str:
    """The command that continues this batch where it stopped: the one that was run, with its
    fetch options (``--delay``, ``--cache`` …), ``--resume`` instead of ``--fresh``, and the year."""
    given = list(sys.argv[1:] if argv is None else argv)
    at = given.index("batch") if "batch" in given else -1
    before, after = given[: max(at, 0)], given[at + 1 :]  # the global options (--rules-dir) stay first
    kept = [part for part in after if part not in ("--resume", "--fresh")]
    if not any(part == "--year" or part.startswith("--year=") for part in kept):
        kept += ["--year", str(year)]
    return shlex.join(["oit", *before, "batch", *kept, "--resume"])
