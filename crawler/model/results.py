"""What the stages produce: the crawl's summary, each item's result, the score, the scan.

Types only: ``crawl`` fills ``CrawlSummary``, ``assess`` the item results and the score,
``scan`` puts them together; every report and the store read these types.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from crawler.model.findings import Finding
from crawler.model.outcome import Family, Outcome
from crawler.model.records import DocumentRecord
from crawler.model.status import Status

Confidence = Literal["high", "medium", "low"]


@dataclass
class CrawlStats:
    requests: int = 0
    retries: int = 0
    revalidated: int = 0
    bytes: int = 0
    pages: int = 0
    documents: int = 0
    external_links: int = 0
    errors: int = 0
    by_outcome: dict[str, int] = field(default_factory=dict)
    fetch_seconds: float = 0.0
    extract_seconds: float = 0.0
    render_seconds: float = 0.0
    rendered_pages: int = 0


@dataclass(frozen=True)
class CrawlError:
    """A URL that did not answer with content, and where it was linked."""

    url: str
    outcome: Outcome
    status: int | None = None
    message: str = ""
    found_on: str | None = None
    link_text: str = ""

    @property
    def family(self) -> Family:
        return self.outcome.family


@dataclass
class Unvisited:
    """What the budgets left: why the crawl stopped, how many links each budget skipped, and
    samples of skipped links that looked like evidence."""

    stopped_by: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    likely_evidence: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class RobotsState:
    state: str
    crawl_delay: float | None = None
    sitemaps: list[str] = field(default_factory=list)
    message: str = ""


@dataclass
class HostStats:
    """One host's download slot: what it sent, retried, failed, and how it was throttled."""

    requests: int = 0
    retries: int = 0
    failures: int = 0
    max_in_flight: int = 0
    waited_seconds: float = 0.0
    circuit_open: str | None = None  # why the host stopped being asked, when it did


@dataclass
class CrawlSummary:
    start_url: str
    home_url: str | None
    reachable: bool
    hosts: list[str]
    started_at: str
    seconds: float = 0.0
    stats: CrawlStats = field(default_factory=CrawlStats)
    findings: list[Finding] = field(default_factory=list)
    robots: dict[str, RobotsState] = field(default_factory=dict)  # by origin
    sitemaps: list[str] = field(default_factory=list)
    ignored_links: dict[str, int] = field(default_factory=dict)
    unvisited: Unvisited = field(default_factory=Unvisited)
    hosts_stats: dict[str, HostStats] = field(default_factory=dict)
    errors: list[CrawlError] = field(default_factory=list)
    home_outcome: Outcome | None = None
    # A URL that redirected to a page already recorded, and that page: the record answers for both.
    aliases: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ScoreRange:
    low: float
    high: float

    @property
    def exact(self) -> bool:
        return self.low == self.high


@dataclass
class Score:
    oit: ScoreRange
    indicators: dict[str, ScoreRange] = field(default_factory=dict)
    sub_indicators: dict[str, ScoreRange] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    provisional: bool = False


@dataclass(frozen=True)
class EvidenceRef:
    url: str | None
    label: str
    path: list[str]
    found_on: str | None
    outcome: str
    verdict: Status
    note: str


@dataclass
class ItemResult:
    code: str
    title: str
    sub: str
    status: Status
    reason: str
    fix: str
    confidence: Confidence
    evidence: list[EvidenceRef] = field(default_factory=list)
    missing_elements: list[str] = field(default_factory=list)
    provisional: bool = False

    @property
    def url(self) -> str | None:
        return next((ref.url for ref in self.evidence if ref.url), None)


@dataclass(frozen=True)
class RulesInfo:
    """What a report says of the criteria a scan used (the rule set itself stays in criteria/)."""

    year: int
    title: str
    status: str
    confidence: str
    provisional: bool
    sub_indicators: dict[str, str] = field(default_factory=dict)  # id -> title, in order


@dataclass
class ScanResult:
    rules: RulesInfo
    summary: CrawlSummary
    items: list[ItemResult]
    score: Score
    incomplete_reasons: list[str] = field(default_factory=list)
    documents: list[DocumentRecord] = field(default_factory=list)  # document records, text included


ChangeKind = Literal["regressed", "improved", "unchecked", "evidence_changed", "changed"]


@dataclass(frozen=True)
class ItemChange:
    code: str
    title: str
    kind: ChangeKind
    before: str | None
    after: str
    url_before: str | None
    url_after: str | None
    reason: str


# One site of a monitoring run: its stored JSON report, what changed, which thresholds failed.
SiteCheck = tuple[str, dict[str, Any], list[ItemChange], list[str]]
