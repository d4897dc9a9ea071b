"""``oit demo``: serve the bundled sample municipality website on 127.0.0.1 and scan it."""

from __future__ import annotations

import argparse
import asyncio
import time
from datetime import date
from pathlib import Path
from typing import Any

from crawler.cli import options
from crawler.cli.options import Context
from crawler.crawl.engine import CrawlOptions
from crawler.demo.server import FixtureServer
from crawler.demo.site import build_demo
from crawler.errors import EXIT_OK
from crawler.fetch.policy import FetchPolicy
from crawler.report.files import write_reports
from crawler.report.terminal import scan_renderables
from crawler.scan import scan_site


def register(commands: Any) -> None:
    parser = commands.add_parser("demo", help="scan the bundled sample municipality website (no network needed)")
    options.add_year_argument(parser, "assessment year B.E. (default: the current one)")
    parser.add_argument("--out", type=Path, help="report folder (default: reports/demo-<date>/)")
    parser.add_argument("--lang", choices=("th", "en"), default="th", help="terminal report language")
    parser.add_argument("--serve", action="store_true", help="keep the sample site running after the scan")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, context: Context) -> int:
    ruleset = options.ruleset(args)
    folder = args.out or Path("reports") / f"demo-{date.today():%Y%m%d}"
    with FixtureServer(build_demo(ruleset), record=False) as server:
        context.err.print(f"เว็บไซต์ตัวอย่าง (sample site): {server.url('/')}", highlight=False, markup=False)
        # The sample site is ours: no delay between requests is needed to be polite to it.
        policy = FetchPolicy(per_host_delay=0.0, per_host_concurrency=4, read_timeout=5, retries=1, backoff_base=0.2)
        result = asyncio.run(
            scan_site(server.url("/"), ruleset, policy=policy, options=CrawlOptions(), trust_env=False)
        )
        written = write_reports(result, folder)
        for renderable in scan_renderables(result, args.lang):
            context.out.print(renderable)
        context.err.print(
            f"รายงาน (reports): {written.html_path.resolve()} , {written.json_path.resolve()}",
            highlight=False,
            markup=False,
        )
        if args.serve:
            context.err.print("กด Ctrl+C เพื่อหยุด (Ctrl+C to stop)", highlight=False)
            try:
                while True:
                    time.sleep(3600)
            except KeyboardInterrupt:
                pass
    return EXIT_OK
