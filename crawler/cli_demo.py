"""``oit demo``: serve the bundled sample municipality website on 127.0.0.1 and scan it."""

from __future__ import annotations

import argparse
import asyncio
import time
from datetime import date
from pathlib import Path

from rich.console import Console

from crawler.crawl.engine import CrawlOptions
from crawler.criteria.loader import RuleSet
from crawler.demo.server import FixtureServer
from crawler.demo.site import build_demo
from crawler.fetch.policy import FetchPolicy
from crawler.report.files import write_reports
from crawler.report.terminal import print_scan
from crawler.scan import scan_site


def add_demo_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", type=int, help="assessment year B.E. (default: the current one)")
    parser.add_argument("--out", type=Path, help="report folder (default: reports/demo-<date>/)")
    parser.add_argument("--lang", choices=("th", "en"), default="th", help="terminal report language")
    parser.add_argument("--serve", action="store_true", help="keep the sample site running after the scan")


def run_demo_command(args: argparse.Namespace, ruleset: RuleSet, out: Console, err: Console) -> int:
    folder = args.out or Path("reports") / f"demo-{date.today():%Y%m%d}"
    with FixtureServer(build_demo(ruleset), record=False) as server:
        err.print(f"เว็บไซต์ตัวอย่าง (sample site): {server.url('/')}", highlight=False)
        # The sample site is ours: no delay between requests is needed to be polite to it.
        policy = FetchPolicy(per_host_delay=0.0, per_host_concurrency=4, read_timeout=5, retries=1, backoff_base=0.2)
        result = asyncio.run(
            scan_site(server.url("/"), ruleset, policy=policy, options=CrawlOptions(), trust_env=False)
        )
        written = write_reports(result, folder)
        print_scan(result, out, args.lang)
        err.print(f"รายงาน (reports): {written.html_path.resolve()} , {written.json_path.resolve()}", highlight=False)
        if args.serve:
            err.print("กด Ctrl+C เพื่อหยุด (Ctrl+C to stop)", highlight=False)
            try:
                while True:
                    time.sleep(3600)
            except KeyboardInterrupt:
                pass
    return 0
