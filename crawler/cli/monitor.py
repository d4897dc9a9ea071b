"""``oit monitor URL|sites.csv``: the nightly job — scan, store, compare with the last scan."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from crawler.batch.sites import SiteRow, read_sites
from crawler.cli import options
from crawler.cli.options import Context
from crawler.cli.progress import execute_batch
from crawler.cli.signals import STOPPED_TH, exit_code
from crawler.errors import EXIT_FINDINGS, EXIT_OK, BadOption, NothingScanned
from crawler.model.results import SiteCheck
from crawler.model.status import FAILING, STATUSES
from crawler.monitor import diff_reports, threshold_failures
from crawler.report.changes_json import changes_json
from crawler.report.junit import junit_xml
from crawler.report.markdown import markdown_summary
from crawler.report.terminal import ChangeRow, changes_table
from crawler.store.history import HistoryStore
from crawler.urls import prepare_start_url, site_identity


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "monitor", help="nightly: scan, store, compare with the last scan (exit 1 on regressions)"
    )
    parser.add_argument("target", help="a site's home page, or a CSV list of sites")
    options.add_year_argument(parser, "assessment year B.E. (default: the current one)")
    parser.add_argument("--fail-on", default="", help="statuses that fail the run, e.g. missing,stale")
    parser.add_argument("--min-score", type=float, help="fail when the estimated OIT score (low end) is below this")
    parser.add_argument("--junit", type=Path, help="JUnit XML file (one test case per item)")
    parser.add_argument("--markdown", type=Path, help="Markdown summary file (CI job summary, issue)")
    parser.add_argument("--json", dest="json_out", type=Path, help="JSON file of the changes, or - for stdout")
    parser.add_argument("--out", type=Path, help="report folder (default: reports/monitor-<batch>/)")
    parser.add_argument("--site-id", help="the name of a single site's history (default: its normalised start URL)")
    options.add_site_run_arguments(parser)
    options.add_fetch_arguments(parser)
    parser.set_defaults(run=run)


def change_rows(results: list[SiteCheck]) -> list[ChangeRow]:
    rows: list[ChangeRow] = []
    for site_id, _report, changes, failures in results:
        rows += [(site_id, c.code, c.kind, c.before or "", c.after, c.reason) for c in changes]
        rows += [(site_id, "", "threshold", "", "", failure) for failure in failures]
    return rows


def _site_rows(target: str, site_id: str | None) -> tuple[list[SiteRow], list[str]]:
    if target.lower().endswith(".csv"):
        if site_id:
            raise BadOption("--site-id names one site; a CSV list gives each site's id in its id column")
        return read_sites(target)
    url = prepare_start_url(target)
    return [SiteRow(line=0, id=site_id or site_identity(url), url=url)], []


def run(args: argparse.Namespace, context: Context) -> int:
    ruleset = options.ruleset(args)
    fail_on = {status.strip() for status in args.fail_on.split(",") if status.strip()}
    if unknown := fail_on - set(STATUSES):
        raise BadOption(f"--fail-on: unknown status {', '.join(sorted(unknown))} (use {', '.join(STATUSES)})")
    rows, problems = _site_rows(args.target, args.site_id)
    for path, option in ((args.junit, "--junit"), (args.markdown, "--markdown")):
        if path is not None:
            options.writable_file(path, option)
    if args.json_out is not None and str(args.json_out) != "-":
        options.writable_file(args.json_out, "--json")
    settings = options.crawl_settings(args)
    for problem in problems:
        context.err.print(str(problem), style="yellow", markup=False, highlight=False)  # site text is data
    db = options.history_db(args)
    context.err.print(f"ประวัติการตรวจ (history): {db}", highlight=False)
    with HistoryStore(db) as store:
        batch_id = store.start_batch(f"monitor:{args.target}", ruleset.year, {"fail_on": sorted(fail_on)})
        out_dir = args.out or Path("reports") / f"monitor-{batch_id}"
        summary = execute_batch(args, rows, ruleset, store, batch_id, out_dir, context.err, settings)
        results: list[SiteCheck] = []
        first_runs: set[str] = set()  # sites without a baseline: JUnit shows what fails now
        for scan in store.batch_results(batch_id):
            report = store.report(scan.id) or {"site": {"reachable": False}, "items": [], "score": {}}
            baseline = store.previous_scanned(scan.site_id, scan.id)
            changes = diff_reports(store.report(baseline) if baseline else None, report)
            failures = threshold_failures(report, fail_on, args.min_score) if scan.state == "scanned" else []
            results.append((scan.site_id, report, changes, failures))
            if baseline is None and scan.state == "scanned":
                first_runs.add(scan.site_id)
    scanned = [r for r in results if r[1].get("site", {}).get("reachable")]
    # With the JSON on stdout, the table goes to stderr: stdout stays one JSON document.
    json_on_stdout = args.json_out is not None and str(args.json_out) == "-"
    (context.err if json_on_stdout else context.out).print(changes_table(change_rows(results)))
    if args.junit:
        args.junit.write_text(junit_xml(_with_first_run_failures(results, first_runs)), "utf-8")
    if args.markdown:
        args.markdown.write_text(markdown_summary(results), "utf-8")
    if args.json_out:
        by_site = {site: changes_json(changes) for site, _r, changes, _f in results}
        text = json.dumps(by_site, ensure_ascii=False, indent=1)
        if json_on_stdout:
            sys.stdout.write(text + "\n")
        else:
            args.json_out.write_text(text, "utf-8")
    if summary.signal is not None:
        context.err.print(STOPPED_TH, style="yellow", highlight=False, markup=False)
        return exit_code(summary.signal)
    if not scanned:
        raise NothingScanned("ตรวจไม่ได้เลยสักแห่ง (nothing could be scanned)")
    regressed = any(change.kind == "regressed" for _s, _r, changes, _f in results for change in changes)
    failed = any(failures for *_rest, failures in results)
    return EXIT_FINDINGS if regressed or failed else EXIT_OK


def _with_first_run_failures(results: list[SiteCheck], first_runs: set[str]) -> list[SiteCheck]:
    """On a site's first run there is nothing to regress from: every item that fails now
    (missing, broken, stale, incomplete) is a JUnit failure, or the first report is all green."""
    checked: list[SiteCheck] = []
    for site_id, report, changes, failures in results:
        if site_id in first_runs:
            failing = [f"{item['code']} {item['status']}" for item in report.get("items", [])]
            failures = [*failures, *(f for f in failing if f.split()[1] in FAILING and f not in failures)]
        checked.append((site_id, report, changes, failures))
    return checked
