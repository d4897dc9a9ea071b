"""Batch throughput and memory: 50 and 200 generated sites on loopback.

    python -m bench.batch_bench [--sizes 50 200] [--sites-at-once 16]

Each site is its own server (its own host:port, so per-host politeness applies per site) with a
home page, an ITA table and an evidence page.  ``oit batch`` runs in a child process; the child's
wall time gives sites/min and ``wait4`` its peak RSS.  Memory that does not grow with the number
of sites shows as a 200/50 peak ratio near 1.  Results: bench/results/batch.json.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

from tests.sitekit.server import FixtureServer
from tests.test_batch import small_site, write_csv

ROOT = Path(__file__).resolve().parent.parent


def run(size: int, sites_at_once: int) -> dict:
    with ExitStack() as stack, tempfile.TemporaryDirectory() as folder:
        rows = [
            (f"s{n:03d}", stack.enter_context(FixtureServer(small_site(n), record=False)).url("/")) for n in range(size)
        ]
        csv_path = Path(folder) / "sites.csv"
        write_csv(csv_path, rows)
        started = time.perf_counter()
        child = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "crawler",
                "batch",
                str(csv_path),
                "--year",
                "2567",
                "--db",
                str(Path(folder) / "h.sqlite"),
                "--out",
                str(Path(folder) / "out"),
                "--no-cache",
                "--no-browser",
                "--no-sitemaps",
                "--delay",
                "0",
                "--sites-at-once",
                str(sites_at_once),
                "--no-progress",
            ],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        _pid, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
    return {
        "sites": size,
        "exit": os.waitstatus_to_exitcode(status),
        "seconds": seconds,
        "sites_per_minute": 60 * size / seconds,
        "peak_rss_mib": usage.ru_maxrss / 1024,
        "cpu_seconds": usage.ru_utime + usage.ru_stime,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 200])
    parser.add_argument("--sites-at-once", type=int, default=16)
    args = parser.parse_args()
    results = [run(size, args.sites_at_once) for size in args.sizes]
    for result in results:
        print(
            f"{result['sites']:4} sites: {result['sites_per_minute']:6.1f} sites/min, "
            f"peak RSS {result['peak_rss_mib']:.0f} MiB, CPU {result['cpu_seconds']:.0f} s, exit {result['exit']}"
        )
    if len(results) >= 2:
        ratio = results[-1]["peak_rss_mib"] / results[0]["peak_rss_mib"]
        print(f"peak memory {results[-1]['sites']} vs {results[0]['sites']} sites: ×{ratio:.2f}")
    out = ROOT / "bench" / "results" / "batch.json"
    out.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
