"""What assessment needs to know about a crawl, by URL (the ``Url`` normal form)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from crawler.model.url import Url

# A link found on this many pages (and on at least this share of them) is the site's
# navigation or footer (the Facebook icon, the home link), not what one page introduces.
_COMMON_MIN_PAGES = 4
_COMMON_SHARE = 0.5


@dataclass
class CrawlFacts:
    year: int
    pages: dict[str, dict[str, Any]]  # page records (JSON form) by url, final_url and alias
    documents: dict[str, dict[str, Any]]
    externals: dict[str, dict[str, Any]]
    incomplete_reasons: list[str]  # why parts of the site were not checked (empty when complete)
    common_links: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def from_records(
        cls,
        year: int,
        pages: Iterable[dict[str, Any]],
        documents: Iterable[dict[str, Any]],
        externals: Iterable[dict[str, Any]],
        incomplete_reasons: list[str],
        aliases: Mapping[str, str] | None = None,
    ) -> CrawlFacts:
        page_list, document_list = list(pages), list(documents)
        facts = cls(
            year,
            _by_url(page_list),
            _by_url(document_list),
            {_key(e["url"]): e for e in externals},
            incomplete_reasons,
            _common_links(page_list),
        )
        for alias, target in (aliases or {}).items():
            for table in (facts.pages, facts.documents):
                if target in table:
                    table.setdefault(_key(alias), table[target])
        return facts

    def page(self, url: str | None) -> dict[str, Any] | None:
        return self.pages.get(_key(url)) if url else None

    def document(self, url: str | None) -> dict[str, Any] | None:
        return self.documents.get(_key(url)) if url else None

    def external(self, url: str | None) -> dict[str, Any] | None:
        return self.externals.get(_key(url)) if url else None


def _key(url: str) -> str:
    """Records from this crawl are keyed by ``Url`` already; JSON read back is re-normalised."""
    return url if isinstance(url, Url) else (Url.parse(url) or url)


def _by_url(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    table: dict[str, dict[str, Any]] = {}
    for record in records:
        table.setdefault(_key(record["url"]), record)
        table.setdefault(_key(record.get("final_url") or record["url"]), record)
    return table


def _common_links(pages: list[dict[str, Any]]) -> frozenset[str]:
    seen: Counter[str] = Counter()
    for page in pages:
        seen.update({_key(link["url"]) for link in page.get("links") or [] if link.get("url")})
    floor = max(_COMMON_MIN_PAGES, _COMMON_SHARE * len(pages))
    return frozenset(url for url, count in seen.items() if count >= floor)
