"""The JSON document of ``oit crawl`` (schema in docs/crawl.md), written by streaming
the spooled records so a large crawl never sits in memory as one object."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any, TextIO

from crawler import __version__
from crawler.crawl.engine import CrawlOptions, CrawlSummary
from crawler.crawl.sink import SpoolSink
from crawler.fetch.policy import FetchPolicy

SCHEMA_VERSION = 1


def crawl_header(summary: CrawlSummary, options: CrawlOptions, policy: FetchPolicy) -> dict[str, Any]:
    data = asdict(summary)
    policy_data = asdict(policy)
    return {
        "tool": "oit-crawler",
        "version": __version__,
        "kind": "crawl",
        "schema": SCHEMA_VERSION,
        **{key: data[key] for key in ("start_url", "home_url", "reachable", "home_outcome", "hosts")},
        "started_at": summary.started_at,
        "seconds": summary.seconds,
        "options": asdict(options),
        "policy": {key: policy_data[key] for key in policy_data if key != "user_agent"}
        | {"user_agent": policy.user_agent},
        "stats": data["stats"],
        "findings": data["findings"],
        "robots": data["robots"],
        "sitemaps": data["sitemaps"],
        "ignored_links": data["ignored_links"],
        "unvisited": data["unvisited"],
        "hosts_stats": data["hosts_stats"],
        "errors": data["errors"],
    }


def write_crawl_json(
    stream: TextIO, summary: CrawlSummary, sink: SpoolSink, options: CrawlOptions, policy: FetchPolicy
) -> None:
    header = json.dumps(crawl_header(summary, options, policy), ensure_ascii=False, indent=1)
    stream.write(header[:-2].rstrip() + ",\n")  # reopen the object to stream the record arrays
    for index, (kind, key) in enumerate(
        (("pages", "pages"), ("documents", "documents"), ("externals", "external_links"))
    ):
        stream.write(f' "{key}": [\n')
        first = True
        for line in sink.lines(kind):
            if not first:
                stream.write(",\n")
            stream.write("  " + line)
            first = False
        stream.write("\n ]" + (",\n" if index < 2 else "\n"))
    stream.write("}\n")
