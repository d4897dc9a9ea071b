"""What a crawl produces.  Plain dataclasses; ``to_json`` gives the documented JSON shape."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from crawler.model.url import Url

Via = Literal["start", "link", "sitemap", "redirect"]


@dataclass(frozen=True)
class PathStep:
    text: str
    url: str


@dataclass(kw_only=True)
class FetchedRecord:
    """What every fetched URL has: where it was found, how it answered."""

    url: Url  # the normal form the frontier deduplicates on: the record's key everywhere
    final_url: Url
    outcome: str
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


@dataclass(kw_only=True)
class PageRecord(FetchedRecord):
    title: str = ""
    headings: list[str] = field(default_factory=list)
    breadcrumb: list[str] = field(default_factory=list)
    text: str = ""
    links: list[dict[str, Any]] = field(default_factory=list)
    ignored_links: dict[str, Any] = field(default_factory=dict)
    placeholder: str | None = None
    images: int = 0  # pictures in the page's own content (see extract.html._is_picture)
    forms: int = 0  # forms a visitor fills in: a complaint channel, a web board
    pictures: list[str] = field(default_factory=list)  # "src alt" of its images
    encoding: str | None = None
    encoding_source: str | None = None
    redirects: list[str] = field(default_factory=list)
    rendered: bool = False  # links and text come from Chromium, not the server's HTML


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


@dataclass
class Finding:
    code: str
    severity: Literal["error", "warning", "info"]
    message: str
    message_th: str
    count: int = 0
    urls: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)


def to_json(record: Any) -> dict[str, Any]:
    """A record as JSON-ready data.  Records are flat but for ``path``; ``asdict`` would deep-copy
    every link of every page, which was the crawl's largest CPU cost."""
    data = dict(vars(record))
    if "path" in data:
        data["path"] = [{"text": step.text, "url": step.url} for step in data["path"]]
    return data
