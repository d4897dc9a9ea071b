"""``oit scan URL``: the pre-assessment end to end."""

from __future__ import annotations

import argparse
import asyncio
import sys
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from rich.console import Console

from crawler.cli import options
from crawler.cli.options import Context
from crawler.cli.signals import STOPPED_TH, exit_code, until_stopped
from crawler.errors import EXIT_OK, EXIT_UNREACHABLE
from crawler.report.files import write_reports
from crawler.report.terminal import scan_renderables
from crawler.scan import scan_site


def register(commands: Any) -> None:
    parser = commands.add_parser("scan", help="pre-assess a site: item statuses, reasons, fixes, estimated score")
    parser.add_argument("url", help="the site's home page, e.g. https://www.example.go.th")
    options.add_year_argument(parser, "assessment year B.E. (default: the current one)")
    parser.add_argument("--json", dest="json_out", help="JSON report file, or - for stdout")
    parser.add_argument("--html", dest="html_out", type=Path, help="HTML report file (default: in --out)")
    parser.add_argument("--out", type=Path, help="report folder (default: reports/<host>-<date>/)")
    parser.add_argument("--lang", choices=("th", "en"), default="th", help="terminal report language")
    options.add_fetch_arguments(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, context: Context) -> int:
    ruleset = options.ruleset(args)
    policy, crawl_options, cache = options.crawl_settings(args)
    # Where the reports go is checked now: a path that is a file must not cost a whole crawl.
    options.writable_folder(args.out or Path("reports"), "--out")
    if args.html_out:
        options.writable_file(args.html_out, "--html")
    if args.json_out and args.json_out != "-":
        options.writable_file(Path(args.json_out), "--json")
    result, signum = asyncio.run(
        until_stopped(
            lambda stop: scan_site(args.url, ruleset, policy=policy, options=crawl_options, cache=cache, stop=stop)
        )
    )
    host = urlsplit(result.summary.home_url or result.summary.start_url).hostname
    folder = args.out or Path("reports") / f"{host}-{date.today():%Y%m%d}"
    written = write_reports(result, folder, args.html_out)
    # With the JSON on stdout, the table goes to stderr so that stdout stays one JSON document.
    table_console = context.out
    if args.json_out == "-":
        sys.stdout.write(written.text + "\n")
        table_console = Console(stderr=True, emoji=False)
    elif args.json_out:
        Path(args.json_out).write_text(written.text, encoding="utf-8")
    for renderable in scan_renderables(result, args.lang):
        table_console.print(renderable)
    context.err.print(f"รายงาน: {written.html_path} , {written.json_path}", highlight=False, markup=False)
    if signum is not None:
        context.err.print(STOPPED_TH, style="yellow", highlight=False, markup=False)
        return exit_code(signum)
    return EXIT_OK if result.summary.reachable else EXIT_UNREACHABLE
