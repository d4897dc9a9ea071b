"""``oit scan URL``: the pre-assessment end to end."""

from __future__ import annotations

import argparse
import asyncio
import sys
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from rich.console import Console

from crawler.cli_crawl import BadOption, add_fetch_arguments, crawl_settings
from crawler.crawl.engine import InvalidStartUrl
from crawler.criteria.loader import RuleSet
from crawler.report.files import write_reports
from crawler.report.terminal import print_scan
from crawler.scan import scan_site

EXIT_OK, EXIT_USAGE, EXIT_UNREACHABLE = 0, 2, 3


def add_scan_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("url", help="the site's home page, e.g. https://www.example.go.th")
    parser.add_argument("--year", type=int, help="assessment year B.E. (default: the current one)")
    parser.add_argument("--json", dest="json_out", help="JSON report file, or - for stdout")
    parser.add_argument("--html", dest="html_out", type=Path, help="HTML report file (default: in --out)")
    parser.add_argument("--out", type=Path, help="report folder (default: reports/<host>-<date>/)")
    parser.add_argument("--lang", choices=("th", "en"), default="th", help="terminal report language")
    add_fetch_arguments(parser)


def run_scan_command(args: argparse.Namespace, ruleset: RuleSet, out: Console, err: Console) -> int:
    try:
        policy, options, cache = crawl_settings(args)
        result = asyncio.run(scan_site(args.url, ruleset, policy=policy, options=options, cache=cache))
    except (BadOption, InvalidStartUrl) as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        return EXIT_USAGE
    host = urlsplit(result.summary.home_url or result.summary.start_url).hostname
    folder = args.out or Path("reports") / f"{host}-{date.today():%Y%m%d}"
    written = write_reports(result, folder, args.html_out)
    text = written.text
    if args.json_out == "-":
        sys.stdout.write(text + "\n")
        print_scan(result, Console(stderr=True, emoji=False), args.lang)
    else:
        if args.json_out:
            Path(args.json_out).write_text(text, encoding="utf-8")
        print_scan(result, out, args.lang)
    err.print(f"รายงาน: {written.html_path} , {written.json_path}", highlight=False)
    return EXIT_OK if result.summary.reachable else EXIT_UNREACHABLE
