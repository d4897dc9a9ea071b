"""Fetch settings.  Defaults are polite for a small government server on weak hosting."""

from __future__ import annotations

from dataclasses import dataclass, field

from crawler import __version__

USER_AGENT = (
    f"oit-crawler/{__version__} (ITA OIT pre-assessment of a Thai local government website; "
    "+https://github.com/oit-crawler/oit-crawler)"
)
ROBOTS_AGENT = "oit-crawler"

MB = 1024 * 1024


@dataclass(frozen=True)
class SizeLimits:
    """Maximum body size per content family; the body is streamed and cut at the limit."""

    page: int = 8 * MB
    document: int = 60 * MB
    image: int = 15 * MB
    other: int = 5 * MB

    def for_type(self, content_type: str | None) -> int:
        family = content_family(content_type)
        return {"page": self.page, "document": self.document, "image": self.image}.get(family, self.other)


def content_family(content_type: str | None) -> str:
    mime = (content_type or "").split(";")[0].strip().lower()
    if mime in ("text/html", "application/xhtml+xml", "text/plain", "text/xml", "application/xml") or not mime:
        return "page"
    if mime.startswith("image/"):
        return "image"
    if mime.startswith("text/"):
        return "other"
    return "document"


@dataclass(frozen=True)
class FetchPolicy:
    user_agent: str = USER_AGENT
    per_host_concurrency: int = 2
    # Minimum seconds between request starts to one host (robots.txt Crawl-delay can raise it).
    per_host_delay: float = 0.5
    max_crawl_delay: float = 10.0
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    # Wall-clock limit for one request including the body: a server that drips one byte a
    # second never trips the read timeout.
    total_timeout: float = 60.0
    retries: int = 2
    backoff_base: float = 1.0
    max_retry_after: float = 120.0
    max_redirects: int = 10
    # Consecutive 429/5xx answers (after retries) from one host before the fetcher stops
    # asking it anything.
    breaker_threshold: int = 5
    sizes: SizeLimits = field(default_factory=SizeLimits)
    obey_robots: bool = True
    # Extra CA certificates to trust (PEM file), e.g. a corporate proxy's root.
    ca_bundle: str | None = None
    lenient_tls: bool = True
