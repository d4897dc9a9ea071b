"""The whole pre-assessment of one site: crawl, read documents, then ``assess_crawl``
(``crawler.assess.site``, pure: records in, results out)."""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

from crawler.assess.site import assess_crawl
from crawler.crawl.engine import CrawlOptions, SiteCrawler
from crawler.crawl.priority import PriorityModel
from crawler.crawl.sink import MemorySink
from crawler.criteria.loader import RuleSet
from crawler.documents.worker import DocumentReader
from crawler.fetch.cache import HttpCache
from crawler.fetch.client import Fetcher
from crawler.fetch.policy import FetchPolicy
from crawler.model.outcome import Outcome
from crawler.model.records import DocumentRecord
from crawler.model.results import ScanResult


async def scan_site(
    url: str,
    ruleset: RuleSet,
    *,
    policy: FetchPolicy | None = None,
    options: CrawlOptions | None = None,
    cache: HttpCache | None = None,
    trust_env: bool = True,
    read_documents: bool = True,
    reader: DocumentReader | None = None,
    stop: asyncio.Event | None = None,
) -> ScanResult:
    """Crawl, read documents, match and assess one site.  ``reader`` lets a batch share one
    pool of document workers across all its sites; ``stop`` ends the crawl early (a signal),
    and the documents already fetched are still read and assessed."""
    sink = MemorySink()
    titles = [text for item in ruleset.items for text in (item.title, *item.aliases)]
    priority = PriorityModel.for_titles(titles, ruleset.year)
    with tempfile.TemporaryDirectory(prefix="oit-scan-") as scratch:
        # Documents are spooled to a cache so the document stage can read them; without a
        # user cache the scan uses a temporary one.
        cache = cache or HttpCache(scratch)
        async with Fetcher(policy, cache=cache, trust_env=trust_env) as fetcher:
            summary = await SiteCrawler(url, fetcher, sink, options, priority, stop).run()
        documents = sink.documents
        if read_documents:
            await attach_document_text(documents, cache.root, reader)
    result = assess_crawl(ruleset, summary, sink.pages, documents, sink.externals)
    result.documents = documents
    return result


async def attach_document_text(
    documents: list[DocumentRecord], cache_root: Path, reader: DocumentReader | None = None
) -> None:
    """Read every fetched document (worker processes, text cache) and add its text to the record."""
    readable = [doc for doc in documents if doc.outcome is Outcome.OK and doc.body_path]
    if not readable:
        return
    if reader is None:
        async with DocumentReader(cache_root) as own_reader:
            await attach_document_text(documents, cache_root, own_reader)
        return
    results = await asyncio.gather(*(reader.read(doc.body_path or "", doc.sha256, doc.doc_type) for doc in readable))
    for doc, result in zip(readable, results, strict=True):
        doc.text = result
