"""``oit rules years|list|show|check``: inspect and lint the criteria rule files."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from crawler.cli import options
from crawler.cli.options import Context
from crawler.criteria.check import check_rules
from crawler.criteria.loader import RuleCatalog, RuleSet, normalize_code
from crawler.errors import EXIT_FINDINGS, EXIT_OK, RuleFileError, UsageError
from crawler.report.terminal import rule_items_table, rule_years_table
from crawler.thai.fiscal import freshness_window


def register(commands: Any) -> None:
    rules = commands.add_parser("rules", help="inspect and check the criteria rule files")
    rule_cmds = rules.add_subparsers(dest="rules_command", required=True, metavar="SUBCOMMAND")
    years = rule_cmds.add_parser("years", help="list assessment years that have rule files")
    years.add_argument("--json", action="store_true", help="print JSON")
    years.set_defaults(run=run_years)
    listing = rule_cmds.add_parser("list", help="list the items of one year")
    options.add_year_argument(listing)
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(run=run_list)
    show = rule_cmds.add_parser("show", help="show one item in full")
    show.add_argument("code", help="item code, e.g. O12")
    options.add_year_argument(show)
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(run=run_show)
    check = rule_cmds.add_parser("check", help="validate rule files and run their test cases")
    check.add_argument("path", nargs="?", type=Path, help="rules directory (default: --rules-dir)")
    check.set_defaults(run=run_check)


def _meta(ruleset: RuleSet) -> dict[str, object]:
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


def _print_json(payload: object) -> None:
    sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")


def run_years(args: argparse.Namespace, context: Context) -> int:
    catalog: RuleCatalog = options.catalog(args)
    sets, problems = catalog.load_all()
    ordered = [ruleset for _, ruleset in sorted(sets.items())]
    if args.json:
        _print_json([_meta(ruleset) for ruleset in ordered])
    else:
        rows = [(r.year, len(r.items), r.provisional, r.confidence, r.inherits) for r in ordered]
        context.out.print(rule_years_table(rows))
    if problems:
        raise RuleFileError(problems)
    return EXIT_OK


def run_list(args: argparse.Namespace, context: Context) -> int:
    ruleset = options.ruleset(args)
    if args.json:
        _print_json({**_meta(ruleset), "items": [item.model_dump(mode="json") for item in ruleset.items]})
        return EXIT_OK
    if ruleset.provisional:
        context.out.print(
            f"เกณฑ์ปี {ruleset.year} เป็นเกณฑ์ชั่วคราว (provisional): {ruleset.source}", style="yellow", markup=False
        )
    rows = [(item.code, item.sub, item.title, item.freshness.value, item.status) for item in ruleset.items]
    context.out.print(rule_items_table(ruleset.title, rows))
    return EXIT_OK


def run_show(args: argparse.Namespace, context: Context) -> int:
    ruleset = options.ruleset(args)
    try:
        item = ruleset.item(args.code)
    except KeyError:
        code = normalize_code(args.code)
        raise UsageError(f"{code} is not an item of {ruleset.year} (O1..O{ruleset.max_code})") from None
    window = freshness_window(item.freshness, ruleset.year)
    if args.json:
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
        _print_json(payload)
        return EXIT_OK
    out = context.out
    sub = ruleset.sub_indicator(item.sub)
    out.print(f"{item.code} {item.title}  (ITA {ruleset.year}, {sub.id} {sub.title})", style="bold", markup=False)
    if ruleset.provisional or item.status == "provisional":
        out.print("เกณฑ์ชั่วคราว (provisional) — ตรวจกับคู่มือ ป.ป.ช. อีกครั้ง", style="yellow")
    lines = [
        f"ความใหม่: {item.freshness.value} — {window.describe_th()}",
        f"ประเภทหลักฐาน: {item.kind}; ที่ตั้ง: {item.location}",
    ]
    if item.aliases:
        lines.append("ชื่ออื่นที่พบ: " + " / ".join(item.aliases))
    if item.elements:
        lines.append("องค์ประกอบที่ต้องมี:")
        lines += [f"  - {element.label}{' (ถ้ามี)' if element.optional else ''}" for element in item.elements]
    lines.append(f"วิธีแก้: {item.fix}")
    lines.append(f"ที่มา: {item.source} (confidence {item.confidence}, {item.status})")
    if item.note:
        lines.append(f"หมายเหตุ: {item.note}")
    for line in lines:
        out.print(line, highlight=False, markup=False)
    return EXIT_OK


def run_check(args: argparse.Namespace, context: Context) -> int:
    report = check_rules(options.rules_dir(args.path or args.rules_dir))
    for problem in report.problems:
        context.err.print(str(problem), highlight=False, markup=False)
    summary = f"{report.files} rule files ({len(report.years)} valid), {report.items} items, {report.cases} test cases"
    if report.ok:
        context.out.print(f"[green]rules OK[/green]: {summary}", highlight=False)
        return EXIT_OK
    context.out.print(f"[red]{len(report.problems)} problem(s)[/red] in {summary}", highlight=False)
    return EXIT_FINDINGS
