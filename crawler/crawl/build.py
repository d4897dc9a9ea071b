"""The records of a crawl, built from what the fetcher and the extractor gave.  Pure: the
engine decides what to fetch and which findings to report; these only build."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from crawler.crawl.frontier import Node
from crawler.extract.html import ExtractedPage
from crawler.fetch.client import FetchResult
from crawler.model.outcome import Outcome
from crawler.model.records import DocumentRecord, PageRecord, PathStep
from crawler.model.results import CrawlError
from crawler.urls import document_type, normalize_url


def _fetched(node: Node, result: FetchResult, path: list[PathStep]) -> dict[str, Any]:
    """What every fetched record has (``FetchedRecord``'s fields)."""
    return {
        "url": node.url,
        "final_url": normalize_url(result.final_url) or node.url,
        "outcome": result.outcome,
        "status": result.status,
        "depth": node.depth,
        "via": node.via,
        "path": path,
        "content_type": result.content_type,
        "size": result.size,
        "sha256": result.sha256,
        "seconds": round(result.seconds, 3),
        "revalidated": result.revalidated,
        "message": result.message,
        "from_home": node.from_home,
    }


def page_record(node: Node, result: FetchResult, path: list[PathStep]) -> PageRecord:
    """A page's record from its fetch; ``fill_page`` adds what its HTML says."""
    return PageRecord(
        **_fetched(node, result, path),
        redirects=list(result.redirects),
    )


def fill_page(record: PageRecord, page: ExtractedPage) -> None:
    record.title = page.title
    record.headings = page.headings
    record.breadcrumb = page.breadcrumb
    record.text = page.text
    record.images = page.images
    record.forms = page.forms
    record.replies = page.replies
    record.pictures = page.pictures
    record.links = list(page.links)
    record.ignored_links = replace(page.ignored, empty_link_texts=list(page.empty_link_texts))


def document_record(
    node: Node, result: FetchResult, path: list[PathStep], found_on: str | None, name: str, repaired: str
) -> DocumentRecord:
    """A document's record; ``repaired``: its file name with mojibake undone (== ``name`` when none)."""
    return DocumentRecord(
        **_fetched(node, result, path),
        link_text=node.text,
        found_on=found_on,
        heading=node.heading,
        row=node.row,
        file_name=name,
        file_name_repaired=repaired if repaired != name else None,
        doc_type=document_type(result.final_url, result.content_type) or document_type(node.url),
        body_path=result.body_path,
    )


def error_entry(
    url: str, result: FetchResult, found_on: str | None, text: str, outcome: Outcome | None = None
) -> CrawlError:
    return CrawlError(url, outcome or result.outcome, result.status, result.message, found_on, text)
