"""robots.txt: fetched once per host, parsed with Protego (wildcards, Crawl-delay, Sitemap).

Per RFC 9309 a 4xx robots.txt means "no rules".  For a 5xx or an unreachable robots.txt the
RFC says to assume everything is disallowed; a single-visit check would then report a whole
site as unchecked because of one broken URL, so the crawl goes on and the report says that
robots.txt could not be read.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import urlsplit

from protego import Protego

from crawler.fetch.client import Fetcher, FetchResult
from crawler.fetch.policy import ROBOTS_AGENT
from crawler.model.outcome import Outcome

RobotsState = Literal["rules", "none", "unavailable", "ignored"]


@dataclass
class RobotsRules:
    url: str
    state: RobotsState
    agent: str = ROBOTS_AGENT
    parser: Protego | None = None
    sitemaps: list[str] = field(default_factory=list)
    crawl_delay: float | None = None
    message: str = ""
    # How robots.txt itself answered: a dead host shows here first.
    fetch: FetchResult | None = None

    def allows(self, url: str) -> bool:
        if self.parser is None or self.state == "ignored":
            return True
        return bool(self.parser.can_fetch(url, self.agent))


def parse_robots(url: str, text: str, *, agent: str = ROBOTS_AGENT, obey: bool = True) -> RobotsRules:
    parser = Protego.parse(text)
    delay = parser.crawl_delay(agent)
    return RobotsRules(
        url=url,
        state="rules" if obey else "ignored",
        agent=agent,
        parser=parser,
        sitemaps=[s.strip() for s in parser.sitemaps if s and s.strip()],
        crawl_delay=float(delay) if delay else None,
    )


async def load_robots(fetcher: Fetcher, origin: str, *, obey: bool = True) -> RobotsRules:
    """Rules for ``origin`` (scheme://host[:port]); sitemaps are read even when not obeyed."""
    url = origin.rstrip("/") + "/robots.txt"
    result = await fetcher.fetch(url, allow_host=lambda host: True, conditional=False)
    if result.outcome is Outcome.OK and result.body is not None and result.body.lstrip()[:1] != b"<":
        decoded = result.decoded()
        return parse_robots(url, decoded.text if decoded else "", obey=obey)
    if result.outcome is Outcome.OK:
        # An HTML "robots.txt" is the CMS's catch-all page, not rules.
        return RobotsRules(url, "none", message="robots.txt is not a text file (the site's catch-all page?)")
    if result.outcome in (Outcome.NOT_FOUND, Outcome.CLIENT_ERROR, Outcome.BLOCKED):
        return RobotsRules(url, "none", message=f"robots.txt: HTTP {result.status}")
    reason = f"{result.outcome.value} {result.message}".strip()
    return RobotsRules(url, "unavailable", message=f"robots.txt could not be read: {reason}", fetch=result)


@dataclass(frozen=True)
class RobotsVisit:
    rules: RobotsRules
    first: bool  # fetched by this call: the caller reports what it says once
    delay_used: float | None = None  # the Crawl-delay applied to the host's slot, when obeyed


class RobotsCache:
    """robots.txt per origin, fetched once, concurrent callers waiting for the first fetch.

    Politeness in one place: the Crawl-delay a site asks for (capped by the policy) raises the
    delay of its host's download slot, as Scrapy's downloader slots do."""

    def __init__(self, fetcher: Fetcher, *, obey: bool = True) -> None:
        self.fetcher = fetcher
        self.obey = obey
        self.by_origin: dict[str, RobotsRules] = {}
        self._lock = asyncio.Lock()

    async def visit(self, url: str) -> RobotsVisit:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        async with self._lock:
            rules = self.by_origin.get(origin)
            if rules is not None:
                return RobotsVisit(rules, False)
            rules = await load_robots(self.fetcher, origin, obey=self.obey)
            self.by_origin[origin] = rules
            delay = None
            if rules.crawl_delay and self.obey:
                delay = min(rules.crawl_delay, self.fetcher.policy.max_crawl_delay)
                self.fetcher.slot(parts.netloc).raise_delay(delay)
            return RobotsVisit(rules, True, delay)

    def rules_of(self, url: str) -> RobotsRules | None:
        """The rules already read for ``url``'s origin."""
        parts = urlsplit(url)
        return self.by_origin.get(f"{parts.scheme}://{parts.netloc}")
