"""What a crawl produces: one record per URL, typed from the fetch to the assessment.

The records cross every stage boundary as these types; JSON appears only at the edges (the
crawl's JSON Lines spool, ``oit crawl``'s output, the scan's saved data), through ``to_json``
and the ``*_from_json`` functions, which round-trip.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

from crawler.model.document import DocumentText
from crawler.model.outcome import Outcome
from crawler.model.url import Url

Via = Literal["start", "link", "sitemap", "redirect"]
LinkKind = Literal["a", "onclick", "frame", "iframe", "embed", "area", "meta_refresh", "script", "data", "option"]


@dataclass(frozen=True)
class PathStep:
    text: str
    url: str


@dataclass(frozen=True)
class Link:
    url: Url  # the normal form: the key of records, candidates and evidence
    text: str
    kind: LinkKind = "a"
    title: str = ""
    heading: str = ""
    row: str = ""
    menu: tuple[str, ...] = ()
    section: str = ""  # every heading above the link, outermost first, one per line
    caption: str = ""  # the line a page builder puts before a lone button ("• คำสั่ง… ปี ๒๕๖๖")


@dataclass
class IgnoredLinks:
    """Links a person cannot follow: counted so the report can say they exist."""

    empty: int = 0
    hash_only: int = 0
    javascript: int = 0
    mail_or_phone: int = 0
    in_comments: int = 0
    samples_in_comments: list[str] = field(default_factory=list)
    # Links in blocks the page never shows (style="display:none", ``hidden``) with nothing that opens them.
    in_hidden: int = 0
    samples_in_hidden: list[str] = field(default_factory=list)
    # The words of empty links ("O11 รายงาน" with href=""): evidence of a link that lost its target.
    empty_link_texts: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.empty + self.hash_only + self.javascript + self.mail_or_phone + self.in_comments + self.in_hidden


@dataclass(kw_only=True)
class FetchedRecord:
    """What every fetched URL has: where it was found, how it answered."""

    url: Url  # the normal form the frontier deduplicates on: the record's key everywhere
    final_url: Url
    outcome: Outcome
    status: int | None
    depth: int
    via: Via
    path: list[PathStep]
    content_type: str | None = None
    size: int = 0
    sha256: str | None = None
    seconds: float = 0.0
    revalidated: bool = False
    message: str = ""
    # Reached by links from the home page; False: found only through a sitemap (or pages found so).
    from_home: bool = True


@dataclass(kw_only=True)
class PageRecord(FetchedRecord):
    title: str = ""
    headings: list[str] = field(default_factory=list)
    breadcrumb: list[str] = field(default_factory=list)
    text: str = ""
    links: list[Link] = field(default_factory=list)
    ignored_links: IgnoredLinks = field(default_factory=IgnoredLinks)
    placeholder: str | None = None
    images: int = 0  # pictures in the page's own content (see extract.html._is_picture)
    forms: int = 0  # forms a visitor fills in: a complaint channel, a web board
    replies: int | None = None  # answers a web board's page shows; None: it shows no reply counts
    pictures: list[str] = field(default_factory=list)  # "src alt" of its images
    encoding: str | None = None
    encoding_source: str | None = None
    redirects: list[str] = field(default_factory=list)
    rendered: bool = False  # links and text come from Chromium, not the server's HTML

    @property
    def is_home(self) -> bool:
        """Is this the site's home page, where the crawl started?"""
        return self.via == "start"


@dataclass(kw_only=True)
class DocumentRecord(FetchedRecord):
    link_text: str
    found_on: str | None
    heading: str = ""
    row: str = ""
    file_name: str = ""
    file_name_repaired: str | None = None
    doc_type: str | None = None
    body_path: str | None = None
    # What the document stage read (None: not read, e.g. not fetched or reading was off).
    text: DocumentText | None = None

    @property
    def name(self) -> str:
        return self.file_name_repaired or self.file_name


Record = PageRecord | DocumentRecord


@dataclass
class ExternalRecord:
    url: str
    service: str | None
    host: str
    text: str
    found_on: str
    heading: str = ""
    row: str = ""
    path: list[PathStep] = field(default_factory=list)
    doc_type: str | None = None
    via: Literal["link", "redirect"] = "link"
    times_linked: int = 1


# -- JSON at the edges ------------------------------------------------------------------------

# The document stage's keys in a document's JSON form (schema 1 spelled them flat).
_TEXT_KEYS = {
    "text": "text",
    "doc_title": "title",
    "signature": "signature",
    "text_method": "method",
    "text_problem": "problem",
    "ocr_pages": "ocr_pages",
    "pages": "pages",
    "pages_read": "pages_read",
    "ocr_texts": "ocr_texts",
    "text_detail": "detail",
    "read_seconds": "seconds",
}


def to_json(record: PageRecord | DocumentRecord | ExternalRecord) -> dict[str, Any]:
    """A record as JSON-ready data (the documented shape of docs/crawl.md).  Flat but for its
    links, path and ignored links; ``asdict`` of a whole page would deep-copy every link, which
    was the crawl's largest CPU cost."""
    data = dict(vars(record))
    data["path"] = [{"text": step.text, "url": step.url} for step in record.path]
    if isinstance(record, PageRecord):
        data["links"] = [{**vars(link), "menu": list(link.menu)} for link in record.links]
        data["ignored_links"] = asdict(record.ignored_links)
    if isinstance(record, DocumentRecord):
        text = data.pop("text")
        if text is not None:
            data.update({key: getattr(text, attribute) for key, attribute in _TEXT_KEYS.items()})
    return data


def _path(data: dict[str, Any]) -> list[PathStep]:
    return [PathStep(step.get("text", ""), step.get("url", "")) for step in data.get("path") or []]


def _fetched(data: dict[str, Any], cls: type) -> dict[str, Any]:
    known = {f.name for f in fields(cls)}
    values = {key: value for key, value in data.items() if key in known}
    url = Url.parse(data["url"]) or Url(data["url"])
    values.update(
        url=url,
        final_url=Url.parse(data.get("final_url") or "") or url,
        outcome=Outcome(data.get("outcome") or "ok"),
        status=data.get("status"),
        depth=data.get("depth", 0),
        via=data.get("via") or "link",
        path=_path(data),
    )
    return values


def page_from_json(data: dict[str, Any]) -> PageRecord:
    values = _fetched(data, PageRecord)
    values["links"] = [_link(link) for link in data.get("links") or []]
    values["ignored_links"] = IgnoredLinks(**(data.get("ignored_links") or {}))
    return PageRecord(**values)


def document_from_json(data: dict[str, Any]) -> DocumentRecord:
    values = _fetched(data, DocumentRecord)
    values.setdefault("link_text", "")
    values.setdefault("found_on", None)
    values.pop("text", None)
    record = DocumentRecord(**values)
    if "text_method" in data:
        read = {attribute: data[key] for key, attribute in _TEXT_KEYS.items() if key in data}
        record.text = DocumentText(**{"text": "", **read})
    return record


def external_from_json(data: dict[str, Any]) -> ExternalRecord:
    known = {f.name for f in fields(ExternalRecord)}
    values = {key: value for key, value in data.items() if key in known}
    values["path"] = _path(data)
    return ExternalRecord(**values)


def _link(data: dict[str, Any]) -> Link:
    known = {f.name for f in fields(Link)}
    values = {key: value for key, value in data.items() if key in known}
    values["url"] = Url.parse(data["url"]) or Url(data["url"])
    values["menu"] = tuple(data.get("menu") or ())
    return Link(**values)
