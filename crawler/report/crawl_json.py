"""The JSON document of ``oit crawl`` (schema in docs/crawl.md), written by streaming the
spooled records (JSON Lines) so a large crawl never sits in memory as one object."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict
from typing import Any, TextIO

from crawler import __version__
from crawler.model.outcome import Outcome
from crawler.model.results import CrawlSummary

SCHEMA_VERSION = 1
_ARRAYS = (("pages", "pages"), ("documents", "documents"), ("externals", "external_links"))


def crawl_header(summary: CrawlSummary, options: Mapping[str, Any], policy: Mapping[str, Any]) -> dict[str, Any]:
    """``options`` and ``policy``: the crawl options and fetch policy as data."""
    data = asdict(summary)
    return {
        "tool": "oit-crawler",
        "version": __version__,
        "kind": "crawl",
        "schema": SCHEMA_VERSION,
        **{key: data[key] for key in ("start_url", "home_url", "reachable", "home_outcome", "hosts")},
        "started_at": summary.started_at,
        "seconds": summary.seconds,
        "options": dict(options),
        "policy": dict(policy),
        "stats": data["stats"],
        "findings": data["findings"],
        "robots": data["robots"],
        "sitemaps": data["sitemaps"],
        "ignored_links": data["ignored_links"],
        "unvisited": data["unvisited"],
        "hosts_stats": data["hosts_stats"],
        "errors": [{**error, "family": Outcome(error["outcome"]).family} for error in data["errors"]],
    }


def write_crawl_json(
    stream: TextIO,
    summary: CrawlSummary,
    records: Mapping[str, Iterable[str]],
    options: Mapping[str, Any],
    policy: Mapping[str, Any],
) -> None:
    """``records``: for "pages", "documents" and "externals", their JSON lines."""
    header = json.dumps(crawl_header(summary, options, policy), ensure_ascii=False, indent=1)
    stream.write(header[:-2].rstrip() + ",\n")  # reopen the object to stream the record arrays
    for index, (kind, key) in enumerate(_ARRAYS):
        stream.write(f' "{key}": [\n')
        first = True
        for line in records.get(kind, ()):
            if not first:
                stream.write(",\n")
            stream.write("  " + line)
            first = False
        stream.write("\n ]" + (",\n" if index < len(_ARRAYS) - 1 else "\n"))
    stream.write("}\n")
