"""Where a crawl starts: the addresses to try for what the user gave, and where a home page
may move to.  Pure."""

from __future__ import annotations

from urllib.parse import urlsplit

from crawler.model.url import Url
from crawler.urls import external_service, literal_ip


def home_may_move_to(host: str) -> bool:
    """A home page may redirect to a new domain or a Google Sites mini-site, not to Facebook."""
    return external_service(host) in (None, "google_sites")


def start_candidates(url: Url) -> list[Url]:
    """The address as given, then the other scheme, then www added/removed (real sites answer on one)."""
    parts = urlsplit(url)
    other_scheme = "http" if parts.scheme == "https" else "https"
    host = parts.hostname or ""
    candidates = [url, parts._replace(scheme=other_scheme).geturl()]
    if literal_ip(host) is None and host != "localhost":
        toggled = host[4:] if host.startswith("www.") else "www." + host
        netloc = parts.netloc.replace(host, toggled, 1)
        candidates += [
            parts._replace(netloc=netloc).geturl(),
            parts._replace(scheme=other_scheme, netloc=netloc).geturl(),
        ]
    return [parsed for candidate in candidates if (parsed := Url.parse(candidate)) is not None]
