"""What assessment needs to know about a crawl, by URL (the ``Url`` normal form)."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import TypeVar

from crawler.criteria.models import ItemRule
from crawler.model.outcome import Outcome
from crawler.model.records import DocumentRecord, ExternalRecord, PageRecord
from crawler.model.url import Url
from crawler.thai.normalize import compact

# A link found on this many pages (and on at least this share of them) is the site's
# navigation or footer (the Facebook icon, the home link), not what one page introduces.
_COMMON_MIN_PAGES = 4
_COMMON_SHARE = 0.5
_TEMPLATE_KEY = 30  # characters that tell pages of one template apart from others
TEMPLATE_SAMPLE = 200
# A start shared by a minority of pages is a template when it is this long: a menu of a few
# dozen entries (the script-built menu of the pages a browser drew), not a shared heading.
_MENU_TEXT = 300
_TEMPLATE_LAYERS = 3  # a banner, a side box, a menu: templates nest


@dataclass
class CrawlFacts:
    year: int
    pages: dict[str, PageRecord]  # by url, final_url and alias
    documents: dict[str, DocumentRecord]
    externals: dict[str, ExternalRecord]
    incomplete_reasons: list[str]  # why parts of the site were not checked (empty when complete)
    common_links: frozenset[str] = field(default_factory=frozenset)
    # The site template's text at the start and end of every page (a marquee, the menus and
    # side boxes of an old table layout that no class name gives away).
    # Sites have more than one (a page drawn by the browser carries its script-built menu).
    template: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    as_of: date = field(default_factory=date.today)  # the day of the scan: what "by now" means
    agency: frozenset[str] = frozenset()  # the site's own agency's names, from its home page
    items: Mapping[str, ItemRule] = field(default_factory=dict)  # the year's items by code

    @cached_property
    def site_text(self) -> str:
        """What the whole site shows besides page text (compact): its images' names and
        alternative texts and its links, for an element that may be anywhere on the site
        (the EIT survey's QR code)."""
        parts: list[str] = []
        for page in {id(page): page for page in self.pages.values()}.values():
            parts.extend(page.pictures)
            parts.extend(f"{link.url} {link.text}" for link in page.links)
        parts.extend(self.externals)
        return compact(" ".join(parts))

    def own_text(self, page: PageRecord) -> str:
        """The page's text without the site template around it."""
        prefixes, suffixes = self.template
        return _strip_ends(_strip_ends(page.text, prefixes), suffixes, at_end=True).strip()

    @classmethod
    def from_records(
        cls,
        year: int,
        pages: Iterable[PageRecord],
        documents: Iterable[DocumentRecord],
        externals: Iterable[ExternalRecord],
        incomplete_reasons: list[str],
        aliases: Mapping[str, str] | None = None,
    ) -> CrawlFacts:
        page_list, document_list = list(pages), list(documents)
        facts = cls(
            year,
            _by_url(page_list),
            _by_url(document_list),
            {_key(e.url): e for e in externals},
            incomplete_reasons,
            _common_links(page_list),
            _template(page_list),
        )
        for alias, target in (aliases or {}).items():
            if (page := facts.page(target)) is not None:
                facts.pages.setdefault(_key(alias), page)
            if (document := facts.document(target)) is not None:
                facts.documents.setdefault(_key(alias), document)
        return facts

    def page(self, url: str | None) -> PageRecord | None:
        return self.pages.get(_key(url)) if url else None

    def document(self, url: str | None) -> DocumentRecord | None:
        return self.documents.get(_key(url)) if url else None

    def external(self, url: str | None) -> ExternalRecord | None:
        return self.externals.get(_key(url)) if url else None


def _key(url: str) -> str:
    """Records are keyed by ``Url`` already; an address from elsewhere is normalised."""
    return url if isinstance(url, Url) else (Url.parse(url) or url)


R = TypeVar("R", PageRecord, DocumentRecord)


def _by_url(records: list[R]) -> dict[str, R]:
    table: dict[str, R] = {}
    for record in records:
        table.setdefault(record.url, record)
        table.setdefault(record.final_url, record)
    return table


def _template(pages: list[PageRecord]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The texts pages start and end with: for each group of pages that begin (end) alike, the
    longest prefix (suffix) they share, cut back to a word boundary — the largest group's when
    it holds most pages, and any other group's that is as long as a whole menu."""
    texts = [page.text for page in pages if page.outcome is Outcome.OK][:TEMPLATE_SAMPLE]
    if len(texts) < _COMMON_MIN_PAGES:
        return (), ()
    ends = _layered_starts([text[::-1] for text in texts])
    return _layered_starts(texts), tuple(end[::-1] for end in ends)


def _layered_starts(texts: list[str]) -> tuple[str, ...]:
    """The shared starts, layer after layer: under the cookie banner every page but the home
    page ends with (the outer layer), most end with the "เรื่องล่าสุด" box of a sidebar."""
    found: list[str] = []
    for _ in range(_TEMPLATE_LAYERS):
        layer = [start for start in _shared_starts(texts) if start not in found]
        if not layer:
            break
        found += layer
        texts = [_strip_ends(text, tuple(found)) for text in texts]
    return tuple(sorted(found, key=len, reverse=True))


def _strip_ends(text: str, starts: tuple[str, ...], *, at_end: bool = False) -> str:
    """``text`` without the template texts it starts (``at_end``: ends) with, layer after layer."""
    for _ in range(_TEMPLATE_LAYERS):
        if at_end:
            part = next((end for end in starts if end and text.endswith(end)), "")
            text = text[: -len(part)] if part else text
        else:
            part = next((start for start in starts if start and text.startswith(start)), "")
            text = text[len(part) :]
        if not part:
            break
    return text


def _shared_starts(texts: list[str]) -> tuple[str, ...]:
    groups: Counter[str] = Counter(text[:_TEMPLATE_KEY] for text in texts if len(text) > _TEMPLATE_KEY)
    found: list[str] = []
    for rank, (key, size) in enumerate(groups.most_common()):
        if size < _COMMON_MIN_PAGES:
            break
        shared = os.path.commonprefix([text for text in texts if text.startswith(key)])  # noqa: RUF071 (text, not paths)
        cut = shared.rfind(" ")
        start = shared[: cut + 1] if cut > 0 else ""
        main = rank == 0 and size >= _COMMON_SHARE * len(texts)
        if start and (main or len(start) >= _MENU_TEXT):
            found.append(start)
    return tuple(sorted(found, key=len, reverse=True))


def _common_links(pages: list[PageRecord]) -> frozenset[str]:
    seen: Counter[str] = Counter()
    for page in pages:
        seen.update({link.url for link in page.links})
    floor = max(_COMMON_MIN_PAGES, _COMMON_SHARE * len(pages))
    return frozenset(url for url, count in seen.items() if count >= floor)
