"""robots.txt: fetched once per host, parsed with Protego (wildcards, Crawl-delay, Sitemap).

Per RFC 9309 a 4xx robots.txt means "no rules".  For a 5xx or an unreachable robots.txt the
RFC says to assume everything is disallowed; a single-visit check would then report a whole
site as unchecked because of one broken URL, so the crawl goes on and the report says that
robots.txt could not be read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

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
