"""The whole pre-assessment of one site: crawl, match, assess, score.

``assess_crawl`` is pure (records in, results out) so it is tested without a network;
``scan_site`` adds the crawl.
"""

from __future__ import annotations

import asyncio
import tempfile
from datetime import date
from pathlib import Path

from crawler.assess.items import assess_item
from crawler.assess.score import estimate_score
from crawler.crawl.engine import CrawlOptions, SiteCrawler
from crawler.crawl.priority import EVIDENCE, PriorityModel
from crawler.crawl.sink import MemorySink
from crawler.criteria.loader import RuleSet
from crawler.documents.worker import DocumentReader
from crawler.fetch.cache import HttpCache
from crawler.fetch.client import Fetcher
from crawler.fetch.policy import FetchPolicy
from crawler.match.evidence import candidates_from_pages, match_items
from crawler.model.outcome import Outcome
from crawler.model.records import DocumentRecord, ExternalRecord, PageRecord
from crawler.model.results import CrawlSummary, RulesInfo, ScanResult
from crawler.resolve import CrawlFacts, url_claims


def rules_info(ruleset: RuleSet) -> RulesInfo:
    return RulesInfo(
        year=ruleset.year,
        title=ruleset.title,
        status=ruleset.status,
        confidence=ruleset.confidence,
        provisional=ruleset.provisional,
        sub_indicators={sub.id: sub.title for sub in ruleset.sub_indicators},
    )


def incomplete_reasons(summary: CrawlSummary, accounted_for: set[str]) -> list[str]:
    """Why parts of the site that might hold unfound evidence went unchecked, in Thai; empty
    when nothing of interest was left unseen.  ``accounted_for`` are URLs already matched to an
    item: their item gets its own ``review``."""
    reasons: list[str] = []
    unvisited = summary.unvisited or {}
    if unvisited.get("stopped_by") and unvisited.get("likely_evidence"):
        left = len(unvisited["likely_evidence"])
        reasons.append(f"หยุดตรวจเพราะครบงบ ({unvisited['stopped_by']}) ยังมีลิงก์ที่น่าจะเป็นหลักฐานไม่ได้เปิดอย่างน้อย {left} ลิงก์")
    model = PriorityModel()
    unchecked = [
        error
        for error in summary.errors
        if error.get("family") == "unchecked"
        and error["url"] not in accounted_for
        and model.score(error.get("link_text") or "", error["url"]) >= EVIDENCE
    ]
    if unchecked:
        kinds = sorted({Outcome(error["outcome"]).label_th for error in unchecked})
        sample = ", ".join(f"“{error.get('link_text') or error['url']}”" for error in unchecked[:3])
        reasons.append(f"เปิดไม่ได้ {len(unchecked)} ลิงก์ที่อาจมีหลักฐาน ({', '.join(kinds)}): {sample}")
    if "js_not_rendered" in {finding.code for finding in summary.findings}:
        reasons.append("บางหน้าสร้างด้วย JavaScript แต่ไม่มีเบราว์เซอร์ให้เปิด")
    if not summary.reachable:
        reasons.append("เปิดหน้าแรกของเว็บไซต์ไม่ได้")
    elif summary.home_outcome and Outcome(summary.home_outcome).could_not_check:
        reasons.append(f"หน้าแรกตรวจไม่ได้: {Outcome(summary.home_outcome).label_th}")
    return reasons


def assess_crawl(
    ruleset: RuleSet,
    summary: CrawlSummary,
    pages: list[PageRecord],
    documents: list[DocumentRecord],
    externals: list[ExternalRecord],
    *,
    as_of: date | None = None,
) -> ScanResult:
    """``as_of``: the day the site was seen (default today): a monthly series is due up to it."""
    evidence = match_items(ruleset, candidates_from_pages(pages))
    claims = url_claims(evidence)
    reasons = incomplete_reasons(summary, set(claims))
    facts = CrawlFacts.from_records(ruleset.year, pages, documents, externals, reasons, summary.aliases)
    facts.as_of = as_of or facts.as_of
    provisional = ruleset.provisional
    items = [assess_item(evidence[item.code], facts, claims, provisional=provisional) for item in ruleset.items]
    return ScanResult(rules_info(ruleset), summary, items, estimate_score(items, ruleset), reasons)


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
) -> ScanResult:
    """Crawl, read documents, match and assess one site.  ``reader`` lets a batch share one
    pool of document workers across all its sites."""
    sink = MemorySink()
    titles = [text for item in ruleset.items for text in (item.title, *item.aliases)]
    priority = PriorityModel.for_titles(titles, ruleset.year)
    with tempfile.TemporaryDirectory(prefix="oit-scan-") as scratch:
        # Documents are spooled to a cache so the document stage can read them; without a
        # user cache the scan uses a temporary one.
        cache = cache or HttpCache(scratch)
        async with Fetcher(policy, cache=cache, trust_env=trust_env) as fetcher:
            summary = await SiteCrawler(url, fetcher, sink, options, priority).run()
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
