"""Typed record factories for the tests of the pure stages: the records the crawl would give,
with defaults for what a test does not care about."""

from __future__ import annotations

from collections.abc import Iterable

from crawler.model.document import DocumentText, Method
from crawler.model.outcome import Outcome
from crawler.model.records import DocumentRecord, ExternalRecord, IgnoredLinks, Link, PageRecord, PathStep, Via
from crawler.model.url import Url

HOME = "http://t.go.th/"


def url(text: str) -> Url:
    parsed = Url.parse(text)
    assert parsed is not None, text
    return parsed


def link(href: str, text: str, *, row: str = "", heading: str = "", menu: Iterable[str] = (), kind="a") -> Link:
    return Link(
        url(href if "://" in href else HOME.rstrip("/") + href),
        text,
        kind=kind,
        heading=heading,
        row=row,
        menu=tuple(menu),
    )


def page(
    address: str,
    *,
    title: str = "",
    headings: Iterable[str] = (),
    text: str = "",
    links: Iterable[Link] = (),
    outcome: Outcome | str = Outcome.OK,
    empty: Iterable[str] = (),
    via: Via = "link",
    images: int = 0,
    forms: int = 0,
) -> PageRecord:
    return PageRecord(
        url=url(address),
        final_url=url(address),
        outcome=Outcome(outcome),
        status=200,
        depth=1,
        via=via,
        path=[PathStep("หน้าแรก", HOME)],
        title=title,
        headings=list(headings),
        text=text,
        links=list(links),
        ignored_links=IgnoredLinks(empty_link_texts=list(empty)),
        images=images,
        forms=forms,
    )


def document(
    address: str,
    *,
    outcome: Outcome | str = Outcome.OK,
    name: str = "file.pdf",
    text: str | None = None,
    method: Method = "text_layer",
    doc_type: str = "pdf",
) -> DocumentRecord:
    """A fetched document; ``text`` is what the document stage read (None: not read)."""
    return DocumentRecord(
        url=url(address),
        final_url=url(address),
        outcome=Outcome(outcome),
        status=200,
        depth=2,
        via="link",
        path=[PathStep("หน้าแรก", HOME)],
        link_text="",
        found_on=None,
        file_name=name,
        doc_type=doc_type,
        text=DocumentText(text, method) if text is not None else None,
    )


def external(address: str, service: str | None, host: str = "") -> ExternalRecord:
    return ExternalRecord(url(address), service, host or url(address).host, "", HOME)
