"""``oit monitor URL|sites.csv`` (nightly: scan, store, diff, report) and ``oit diff SITE``."""

from __future__ import annotations

import argparse
import contextlib
import json
from pathlib import Path
from urllib.parse import urlsplit

from rich.console import Console
from rich.table import Table

from crawler.batch.sites import SiteListError, SiteRow, read_sites
from crawler.cli_batch import DEFAULT_DB, add_batch_run_arguments, execute_batch
from crawler.cli_crawl import BadOption, add_fetch_arguments, crawl_settings
from crawler.crawl.engine import InvalidStartUrl, prepare_start_url
from crawler.criteria.loader import RuleSet
from crawler.model.status import STATUSES
from crawler.monitor import changes_json, diff_reports, junit_xml, markdown_summary, threshold_failures
from crawler.store.history import HistoryStore

EXIT_OK, EXIT_REGRESSED, EXIT_USAGE, EXIT_NOTHING = 0, 1, 2, 3


def add_monitor_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("target", help="a site's home page, or a CSV list of sites")
    parser.add_argument("--year", type=int, help="assessment year B.E. (default: the current one)")
    parser.add_argument("--db", type=Path, default=DEFAULT_DB, help=f"history database (default: {DEFAULT_DB})")
    parser.add_argument("--fail-on", default="", help="statuses that fail the run, e.g. missing,stale")
    parser.add_argument("--min-score", type=float, help="fail when the estimated OIT score (low end) is below this")
    parser.add_argument("--junit", type=Path, help="JUnit XML file (one test case per item)")
    parser.add_argument("--markdown", type=Path, help="Markdown summary file (CI job summary, issue)")
    parser.add_argument("--json", dest="json_out", type=Path, help="JSON file of the changes")
    parser.add_argument("--out", type=Path, help="report folder (default: reports/monitor-<batch>/)")
    add_batch_run_arguments(parser)
    add_fetch_arguments(parser)


def add_diff_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("site", help="site id (from the CSV) or the site's URL/host")
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--baseline", type=int, help="scan id to compare with (default: the previous one)")


def _site_rows(target: str) -> tuple[list[SiteRow], list[str]]:
    if target.lower().endswith(".csv"):
        return read_sites(target)
    url = prepare_start_url(target)
    return [SiteRow(line=0, id=urlsplit(url).hostname or url, url=url)], []


def run_monitor_command(args: argparse.Namespace, ruleset: RuleSet, out: Console, err: Console) -> int:
    fail_on = {status.strip() for status in args.fail_on.split(",") if status.strip()}
    unknown = fail_on - set(STATUSES)
    try:
        if unknown:
            raise BadOption(f"--fail-on: unknown status {', '.join(sorted(unknown))} (use {', '.join(STATUSES)})")
        rows, problems = _site_rows(args.target)
        settings = crawl_settings(args)
    except (SiteListError, InvalidStartUrl, BadOption) as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        return EXIT_USAGE
    for problem in problems:
        err.print(f"[yellow]{problem}[/yellow]", highlight=False)
    with HistoryStore(args.db) as store:
        batch_id = store.start_batch(f"monitor:{args.target}", ruleset.year, {"fail_on": sorted(fail_on)})
        out_dir = args.out or Path("reports") / f"monitor-{batch_id}"
        execute_batch(args, rows, ruleset, store, batch_id, out_dir, err, settings)
        results = []
        for scan in store.batch_results(batch_id):
            report = store.report(scan.id) or {"site": {"reachable": False}, "items": [], "score": {}}
            baseline = store.previous_scanned(scan.site_id, scan.id)
            changes = diff_reports(store.report(baseline) if baseline else None, report)
            failures = threshold_failures(report, fail_on, args.min_score) if scan.state == "scanned" else []
            results.append((scan.site_id, report, changes, failures))
    scanned = [r for r in results if r[1].get("site", {}).get("reachable")]
    _print_changes(results, out)
    if args.junit:
        args.junit.write_text(junit_xml(results), "utf-8")
    if args.markdown:
        args.markdown.write_text(markdown_summary(results), "utf-8")
    if args.json_out:
        args.json_out.write_text(
            json.dumps(
                {site: changes_json(changes) for site, _r, changes, _f in results}, ensure_ascii=False, indent=1
            ),
            "utf-8",
        )
    if not scanned:
        err.print("[red]ตรวจไม่ได้เลยสักแห่ง (nothing could be scanned)[/red]", highlight=False)
        return EXIT_NOTHING
    regressed = any(change.kind == "regressed" for _s, _r, changes, _f in results for change in changes)
    failed = any(failures for *_rest, failures in results)
    return EXIT_REGRESSED if regressed or failed else EXIT_OK


def _print_changes(results, out: Console) -> None:
    table = Table(title="การเปลี่ยนแปลงจากการตรวจครั้งก่อน (changes since the previous scan)")
    for column in ("site", "ข้อ", "การเปลี่ยนแปลง", "เดิม", "ตอนนี้", "เหตุผล"):
        table.add_column(column, overflow="fold")
    colours = {"regressed": "red", "improved": "green", "unchecked": "cyan"}
    for site_id, _report, changes, failures in results:
        for change in changes:
            colour = colours.get(change.kind, "yellow")
            table.add_row(
                site_id,
                change.code,
                f"[{colour}]{change.kind}[/]",
                change.before or "-",
                change.after,
                change.reason[:160],
            )
        for failure in failures:
            table.add_row(site_id, "", "[red]threshold[/]", "", "", failure)
    out.print(table)


def run_diff_command(args: argparse.Namespace, out: Console, err: Console) -> int:
    with HistoryStore(args.db) as store:
        site_id = args.site
        if not store.scans(site_id, limit=1):  # a URL or host: monitored sites are keyed by host
            with contextlib.suppress(InvalidStartUrl):
                site_id = urlsplit(prepare_start_url(site_id)).hostname or site_id
        latest = store.scans(site_id, limit=1)
        if not latest:
            err.print(f"[red]error:[/red] no scans of {args.site} in {args.db}", highlight=False)
            return EXIT_USAGE
        current = latest[0]
        baseline = args.baseline or store.previous_scanned(site_id, current.id)
        changes = diff_reports(store.report(baseline) if baseline else None, store.report(current.id) or {})
    _print_changes([(site_id, {}, changes, [])], out)
    out.print(f"scan {current.id} vs {baseline or '(none)'}: {len(changes)} change(s)", highlight=False)
    return EXIT_OK
