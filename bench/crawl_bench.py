"""Crawl speed and memory, side by side with Scrapy, on a generated site served on loopback.

    python -m bench.crawl_bench [--pages 2000] [--rounds 3]

The site is served by a separate process so the crawlers do not share a GIL with it.  Each
crawler runs in a fresh process per round, alternating order; the medians are reported with
the ratio oit/Scrapy (pages/s: higher is better; CPU ms per page: lower is better).  Results
are written to bench/results/crawl.json.  Memory: the peak RSS growth of 1,000- and 5,000-page
crawls (bench/memcrawl.py) — bounded when the growth per extra page is a small constant.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PER_HOST, CONCURRENCY = 4, 8


def run_json(args: list[str]) -> dict:
    done = subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=ROOT, timeout=1800)
    if done.returncode != 0:
        raise SystemExit(f"{args} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def speed(pages: int, rounds: int) -> dict:
    server = subprocess.Popen(
        [sys.executable, "-m", "bench.site_server", str(pages)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        url = server.stdout.readline().strip()
        runs: dict[str, list[dict]] = {"oit": [], "scrapy": []}
        for round_number in range(rounds):
            order = ["oit", "scrapy"] if round_number % 2 == 0 else ["scrapy", "oit"]
            for name in order:
                script = "bench/run_oit.py" if name == "oit" else "bench/run_scrapy.py"
                result = run_json([script, url, str(PER_HOST), str(CONCURRENCY)])
                runs[name].append(result)
                print(f"  round {round_number + 1} {name:6} {result}", flush=True)
    finally:
        server.terminate()
    summary = {}
    for name, results in runs.items():
        summary[name] = {
            "pages": results[0]["pages"],
            "pages_per_second": statistics.median(r["pages"] / r["seconds"] for r in results),
            "cpu_ms_per_page": statistics.median(1000 * r["cpu_seconds"] / r["pages"] for r in results),
            "peak_rss_mib": statistics.median(r["peak_rss_mib"] for r in results),
        }
    summary["ratio_pages_per_second"] = summary["oit"]["pages_per_second"] / summary["scrapy"]["pages_per_second"]
    summary["ratio_cpu_ms_per_page"] = summary["oit"]["cpu_ms_per_page"] / summary["scrapy"]["cpu_ms_per_page"]
    return summary


def memory() -> dict:
    growth = {}
    with tempfile.TemporaryDirectory() as spool:
        for pages in (1000, 5000):
            result = run_json(["-m", "bench.memcrawl", str(pages), f"{spool}/{pages}"])
            growth[pages] = result["growth_kib"]
            print(f"  memory {pages} pages: {result}", flush=True)
    return {
        "growth_kib": growth,
        "kib_per_extra_page": (growth[5000] - growth[1000]) / 4000,
        "ratio_growth_5000_vs_1000": growth[5000] / max(growth[1000], 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    print(f"speed: {args.pages}-page site, per-host {PER_HOST}, concurrency {CONCURRENCY}", flush=True)
    result = {"site_pages": args.pages, "speed": speed(args.pages, args.rounds), "memory": memory()}
    out = ROOT / "bench" / "results" / "crawl.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2))
    s = result["speed"]
    print(f"\n{'':8}{'pages/s':>10}{'CPU ms/page':>14}{'peak RSS MiB':>14}")
    for name in ("oit", "scrapy"):
        print(
            f"{name:8}{s[name]['pages_per_second']:>10.1f}{s[name]['cpu_ms_per_page']:>14.2f}{s[name]['peak_rss_mib']:>14.1f}"
        )
    print(f"ratio oit/scrapy: pages/s {s['ratio_pages_per_second']:.2f}, CPU ms/page {s['ratio_cpu_ms_per_page']:.2f}")
    m = result["memory"]
    print(f"memory growth: {m['growth_kib']} KiB; {m['kib_per_extra_page']:.2f} KiB per extra page")


if __name__ == "__main__":
    main()
