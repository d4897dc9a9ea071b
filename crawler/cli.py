"""The ``oit`` command.  Exit codes: 0 ran, 1 findings/check failures, 2 usage error,
3 the site could not be reached at all."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from rich.console import Console
from rich.table import Table

from crawler import __version__
from crawler.cli_batch import add_batch_arguments, run_batch_command
from crawler.cli_crawl import add_crawl_arguments, run_crawl_command
from crawler.cli_demo import add_demo_arguments, run_demo_command
from crawler.cli_monitor import add_diff_arguments, add_monitor_arguments, run_diff_command, run_monitor_command
from crawler.cli_scan import add_scan_arguments, run_scan_command
from crawler.criteria.check import check_rules
from crawler.criteria.loader import RuleCatalog, RuleSet, RulesNotFound, normalize_code
from crawler.criteria.yamlsrc import RuleFileError
from crawler.thai.fiscal import default_assessment_year, freshness_window

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    pass


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="oit",
        description="ตรวจเว็บไซต์ อปท. ตามเกณฑ์ OIT ของ ITA ก่อนการประเมิน / "
        "Pre-assess a Thai local government website against the ITA OIT checklist.",
    )
    parser.add_argument("--version", action="version", version=f"oit-crawler {__version__}")
    parser.add_argument(
        "--rules-dir",
        type=Path,
        help="directory of <year>.yaml rule files (default: bundled rules)",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    rules = commands.add_parser("rules", help="inspect and check the criteria rule files")
    rule_cmds = rules.add_subparsers(dest="rules_command", required=True, metavar="SUBCOMMAND")
    years = rule_cmds.add_parser("years", help="list assessment years that have rule files")
    years.add_argument("--json", action="store_true", help="print JSON")
    listing = rule_cmds.add_parser("list", help="list the items of one year")
    listing.add_argument("--year", type=int, help="assessment year B.E. (default: current)")
    listing.add_argument("--json", action="store_true", help="print JSON")
    show = rule_cmds.add_parser("show", help="show one item in full")
    show.add_argument("code", help="item code, e.g. O12")
    show.add_argument("--year", type=int, help="assessment year B.E. (default: current)")
    show.add_argument("--json", action="store_true", help="print JSON")
    check = rule_cmds.add_parser("check", help="validate rule files and run their test cases")
    check.add_argument("path", nargs="?", type=Path, help="rules directory (default: --rules-dir)")

    monitor = commands.add_parser(
        "monitor", help="nightly: scan, store, compare with the last scan (exit 1 on regressions)"
    )
    add_monitor_arguments(monitor)
    diff = commands.add_parser("diff", help="compare a site's latest scan with the previous one")
    add_diff_arguments(diff)

    batch = commands.add_parser("batch", help="scan every site of a CSV list (resumable, recorded in history)")
    add_batch_arguments(batch)

    demo = commands.add_parser("demo", help="scan the bundled sample municipality website (no network needed)")
    add_demo_arguments(demo)

    scan = commands.add_parser("scan", help="pre-assess a site: item statuses, reasons, fixes, estimated score")
    add_scan_arguments(scan)

    crawl = commands.add_parser("crawl", help="crawl a site and write what was found as JSON (no assessment)")
    add_crawl_arguments(crawl)
    crawl.add_argument("--year", type=int, help="assessment year whose item titles steer the crawl")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    # emoji=False: rich would turn "2569.yaml:100:" into a 💯 emoji in a file:line message.
    out = Console(soft_wrap=True, emoji=False)
    err = Console(stderr=True, soft_wrap=True, emoji=False)
    try:
        if args.command == "rules":
            return _rules(args, out, err)
        if args.command == "monitor":
            catalog = _catalog(args)
            return run_monitor_command(args, catalog.load(_year(args, catalog)), out, err)
        if args.command == "diff":
            return run_diff_command(args, out, err)
        if args.command == "batch":
            catalog = _catalog(args)
            return run_batch_command(args, catalog.load(_year(args, catalog)), err)
        if args.command == "demo":
            catalog = _catalog(args)
            return run_demo_command(args, catalog.load(_year(args, catalog)), out, err)
        if args.command == "scan":
            catalog = _catalog(args)
            return run_scan_command(args, catalog.load(_year(args, catalog)), out, err)
        if args.command == "crawl":
            return run_crawl_command(args, err, _priority_titles(args))
    except (UsageError, RulesNotFound) as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        return EXIT_USAGE
    except RuleFileError as exc:
        err.print("[red]rule file error:[/red]", highlight=False)
        for problem in exc.problems:
            err.print(f"  {problem}", highlight=False, markup=False)
        return EXIT_FINDINGS
    parser.error(f"unknown command {args.command}")
    return EXIT_USAGE


def _priority_titles(args: argparse.Namespace) -> tuple[int | None, list[str]]:
    """The year's item titles and aliases, which tell the crawl which links to follow first."""
    catalog = _catalog(args)
    ruleset = catalog.load(_year(args, catalog))
    titles = [text for item in ruleset.items for text in (item.title, *item.aliases)]
    return ruleset.year, titles


def _rules_dir(directory: Path | None) -> Path | None:
    if directory is not None and not directory.is_dir():
        raise UsageError(f"rules directory {directory} does not exist")
    return directory


def _catalog(args: argparse.Namespace) -> RuleCatalog:
    return RuleCatalog(_rules_dir(args.rules_dir))


def _year(args: argparse.Namespace, catalog: RuleCatalog) -> int:
    years = catalog.years()
    if args.year is not None:
        if args.year not in years:
            raise UsageError(
                f"no criteria for assessment year {args.year}; known years: "
                f"{', '.join(map(str, years))} (a year without a rule file is never guessed)"
            )
        return args.year
    chosen = default_assessment_year(years, date.today())
    if chosen is None:
        raise UsageError("no rule year is current for today's date; pass --year")
    return chosen


def _rules(args: argparse.Namespace, out: Console, err: Console) -> int:
    if args.rules_command == "check":
        return _rules_check(args.path or args.rules_dir, out, err)
    catalog = _catalog(args)
    if args.rules_command == "years":
        return _rules_years(catalog, args.json, out)
    ruleset = catalog.load(_year(args, catalog))
    if args.rules_command == "list":
        return _rules_list(ruleset, args.json, out)
    return _rules_show(ruleset, args.code, args.json, out)


def _ruleset_meta(ruleset: RuleSet) -> dict[str, object]:
    return {
        "year": ruleset.year,
        "title": ruleset.title,
        "status": ruleset.status,
        "provisional": ruleset.provisional,
        "confidence": ruleset.confidence,
        "source": ruleset.source,
        "inherits": ruleset.inherits,
        "items_count": len(ruleset.items),
    }


def _rules_years(catalog: RuleCatalog, as_json: bool, out: Console) -> int:
    sets, problems = catalog.load_all()
    if as_json:
        print(json.dumps([_ruleset_meta(s) for _, s in sorted(sets.items())], ensure_ascii=False, indent=2))
    else:
        table = Table(title="ปีการประเมิน ITA ที่มีเกณฑ์ / Assessment years with rules")
        for column in ("ปี (year)", "ข้อ (items)", "สถานะ (status)", "ความเชื่อมั่น", "สืบทอดจาก"):
            table.add_column(column)
        for year, ruleset in sorted(sets.items()):
            status = "[yellow]provisional (ชั่วคราว)[/yellow]" if ruleset.provisional else "[green]verified[/green]"
            table.add_row(
                str(year),
                str(len(ruleset.items)),
                status,
                ruleset.confidence,
                str(ruleset.inherits or "-"),
            )
        out.print(table)
    if problems:
        raise RuleFileError(problems)
    return EXIT_OK


def _rules_list(ruleset: RuleSet, as_json: bool, out: Console) -> int:
    if as_json:
        payload = {
            **_ruleset_meta(ruleset),
            "items": [item.model_dump(mode="json") for item in ruleset.items],
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK
    if ruleset.provisional:
        out.print(f"[yellow]เกณฑ์ปี {ruleset.year} เป็นเกณฑ์ชั่วคราว (provisional): {ruleset.source}[/yellow]")
    table = Table(title=ruleset.title)
    table.add_column("ข้อ", no_wrap=True)
    table.add_column("ตัวชี้วัดย่อย", no_wrap=True)
    table.add_column("ข้อมูล", overflow="fold", ratio=1)
    table.add_column("ความใหม่ (freshness)", no_wrap=True)
    table.add_column("สถานะ", no_wrap=True)
    for item in ruleset.items:
        table.add_row(item.code, item.sub, item.title, item.freshness.value, item.status)
    out.print(table)
    return EXIT_OK


def _rules_show(ruleset: RuleSet, code: str, as_json: bool, out: Console) -> int:
    try:
        item = ruleset.item(code)
    except KeyError:
        raise UsageError(f"{normalize_code(code)} is not an item of {ruleset.year} (O1..O{ruleset.max_code})") from None
    window = freshness_window(item.freshness, ruleset.year)
    if as_json:
        payload = {
            "year": ruleset.year,
            "provisional": ruleset.provisional,
            **item.model_dump(mode="json"),
            "window": {
                "start": window.start.isoformat() if window.start else None,
                "end": window.end.isoformat() if window.end else None,
                "rule": window.rule,
                "description": window.describe_th(),
            },
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK
    sub = ruleset.sub_indicator(item.sub)
    out.print(
        f"[bold]{item.code} {item.title}[/bold]  (ITA {ruleset.year}, {sub.id} {sub.title})",
        highlight=False,
    )
    if ruleset.provisional or item.status == "provisional":
        out.print("[yellow]เกณฑ์ชั่วคราว (provisional) — ตรวจกับคู่มือ ป.ป.ช. อีกครั้ง[/yellow]")
    out.print(f"ความใหม่: {item.freshness.value} — {window.describe_th()}", highlight=False)
    out.print(f"ประเภทหลักฐาน: {item.kind}; ที่ตั้ง: {item.location}", highlight=False)
    if item.aliases:
        out.print("ชื่ออื่นที่พบ: " + " / ".join(item.aliases), highlight=False)
    if item.elements:
        out.print("องค์ประกอบที่ต้องมี:")
        for element in item.elements:
            flag = " (ถ้ามี)" if element.optional else ""
            out.print(f"  - {element.label}{flag}", highlight=False)
    out.print(f"วิธีแก้: {item.fix}", highlight=False)
    out.print(f"ที่มา: {item.source} (confidence {item.confidence}, {item.status})", highlight=False)
    if item.note:
        out.print(f"หมายเหตุ: {item.note}", highlight=False)
    return EXIT_OK


def _rules_check(directory: Path | None, out: Console, err: Console) -> int:
    report = check_rules(_rules_dir(directory))
    for problem in report.problems:
        err.print(str(problem), highlight=False, markup=False)
    summary = f"{report.files} rule files ({len(report.years)} valid), {report.items} items, {report.cases} test cases"
    if report.ok:
        out.print(f"[green]rules OK[/green]: {summary}", highlight=False)
        return EXIT_OK
    out.print(f"[red]{len(report.problems)} problem(s)[/red] in {summary}", highlight=False)
    return EXIT_FINDINGS


if __name__ == "__main__":
    sys.exit(main())
