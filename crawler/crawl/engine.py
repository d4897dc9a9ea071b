"""The crawl of one site: a priority frontier, workers, budgets, records and findings.

Data flows one way: the fetcher answers, ``extract_page`` turns HTML into a record, this
module decides what to fetch next and hands every record to a sink as soon as it exists.
Only small per-URL bookkeeping (parent pointer, link text) stays in memory, so a 5,000-page
site costs a few megabytes.
"""

from __future__ import annotations

import asyncio
import dataclasses
import time
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from urllib.parse import urlsplit

from crawler.crawl.build import document_record, error_entry, fill_page, page_record
from crawler.crawl.findings import FindingCollector
from crawler.crawl.frontier import Budgets, Frontier, Node
from crawler.crawl.priority import UNLIKELY, PriorityModel
from crawler.crawl.scope import SiteScope
from crawler.crawl.sink import CrawlSink
from crawler.crawl.sitemap import parse_sitemap
from crawler.crawl.start import home_may_move_to, start_candidates
from crawler.extract.html import ExtractedPage, extract_page
from crawler.fetch.addresses import network_of
from crawler.fetch.browser import LazyBrowser, needs_browser, script_signature
from crawler.fetch.client import Fetcher, FetchResult
from crawler.fetch.decode import looks_like_mojibake, repair_mojibake
from crawler.fetch.robots import RobotsCache, RobotsRules
from crawler.model.outcome import Outcome
from crawler.model.records import ExternalRecord, Link, PageRecord, PathStep, Via
from crawler.model.results import CrawlError, CrawlStats, CrawlSummary, RobotsState
from crawler.model.url import Url
from crawler.urls import (
    LOCAL_ADDRESS,
    document_type,
    external_service,
    file_name,
    literal_ip,
    normalize_url,
    prepare_start_url,
)

HOME_TEXT = "หน้าแรก"
MAX_PATH = 12
MAX_ALIASES = 5_000
MAX_REFRESHES = 10  # pages followed along a chain of <meta refresh> forwards to find a loop
_OUTCOME_FINDING = {
    Outcome.NOT_FOUND: "not_found",
    Outcome.SERVER_ERROR: "server_error",
    Outcome.TIMEOUT: "timeout",
    Outcome.PROTOCOL: "protocol_error",
    Outcome.CLIENT_ERROR: "client_error",
    Outcome.CONNECT: "connect_error",
    Outcome.DNS: "dns_error",
    Outcome.REDIRECT_LOOP: "redirect_loop",
    Outcome.TOO_MANY_REDIRECTS: "redirect_loop",
    Outcome.RATE_LIMITED: "rate_limited",
    Outcome.UNAVAILABLE: "server_error",
    Outcome.CIRCUIT_OPEN: "circuit_open",
    Outcome.BLOCKED: "bot_protection",
    Outcome.TOO_LARGE: "too_large",
    Outcome.ROBOTS: "robots_disallowed",
    Outcome.PRIVATE_ADDRESS: "private_address",
    Outcome.PLACEHOLDER: "placeholder_pages",
    Outcome.INTERNAL: "internal_error",
}
_UNREACHABLE = frozenset(
    {Outcome.DNS, Outcome.CONNECT, Outcome.TLS, Outcome.TIMEOUT, Outcome.PROTOCOL, Outcome.CIRCUIT_OPEN}
)


@dataclass(frozen=True)
class CrawlOptions:
    max_pages: int = 400
    max_documents: int = 400
    max_depth: int = 6
    max_seconds: float = 900.0
    concurrency: int = 4
    fetch_documents: bool = True
    obey_robots: bool = True
    use_sitemaps: bool = True
    max_sitemaps: int = 10
    max_sitemap_urls: int = 5_000
    render_js: bool = True
    max_rendered_pages: int = 20


class SiteCrawler:
    def __init__(
        self,
        start_url: str,
        fetcher: Fetcher,
        sink: CrawlSink,
        options: CrawlOptions | None = None,
        priority: PriorityModel | None = None,
        stop: asyncio.Event | None = None,
    ) -> None:
        self.start_url = prepare_start_url(start_url)
        self.fetcher = fetcher
        self.sink = sink
        self.options = options or CrawlOptions()
        self.priority = priority or PriorityModel()
        self.scope = SiteScope.of(urlsplit(self.start_url).hostname or "")
        self.findings = FindingCollector()
        self.frontier = Frontier(
            Budgets(self.options.max_pages, self.options.max_documents, self.options.fetch_documents)
        )
        self.robots = RobotsCache(fetcher, obey=self.options.obey_robots)
        self._externals: dict[str, ExternalRecord] = {}
        self._errors: list[CrawlError] = []
        self._ignored: dict[str, int] = {}
        self._refreshes: dict[str, str] = {}  # an empty page's <meta refresh> target
        self._timing = {"fetch": 0.0, "extract": 0.0, "render": 0.0}
        self._sitemaps: list[str] = []
        self._browser = LazyBrowser(self.fetcher.policy.user_agent)
        self._rendered = 0
        self._aliases: dict[str, str] = {}
        self._rendered_signatures: set[str] = set()
        # Set to end the crawl early; the records so far are kept and the summary says why.
        self.stop = stop or asyncio.Event()

    # -- public -------------------------------------------------------------------------
    async def run(self) -> CrawlSummary:
        started = time.monotonic()
        summary = CrawlSummary(
            start_url=self.start_url,
            home_url=None,
            reachable=False,
            hosts=[],
            started_at=datetime.now(UTC).isoformat(timespec="seconds"),
        )
        crawl = asyncio.create_task(self._crawl(summary))
        stopped = asyncio.create_task(self.stop.wait())
        try:
            async with asyncio.timeout(self.options.max_seconds):
                await asyncio.wait({crawl, stopped}, return_when=asyncio.FIRST_COMPLETED)
            if not crawl.done():  # asked to stop (Ctrl-C, SIGTERM): keep what was collected
                self.frontier.stopped_by = "interrupted"
        except TimeoutError:
            self.frontier.stopped_by = "time"
        finally:
            for task in (crawl, stopped):
                task.cancel()
            await asyncio.gather(crawl, stopped, return_exceptions=True)
            await self._browser.close()
        if crawl.done() and not crawl.cancelled() and (error := crawl.exception()) is not None:
            raise error
        summary.seconds = round(time.monotonic() - started, 3)
        self._finish(summary)
        return summary

    # -- the crawl ----------------------------------------------------------------------
    async def _crawl(self, summary: CrawlSummary) -> None:
        host = urlsplit(self.start_url).hostname or ""
        await self.fetcher.trust_start_host(host)
        home_result = await self._fetch_home(summary)
        if home_result is None:
            return
        summary.reachable = True
        if self.options.use_sitemaps:
            await self._read_sitemaps(summary.home_url or self.start_url)
        workers = [asyncio.create_task(self._worker()) for _ in range(max(1, self.options.concurrency))]
        try:
            await asyncio.gather(*workers)
        finally:
            for worker in workers:
                worker.cancel()

    async def _fetch_home(self, summary: CrawlSummary) -> FetchResult | None:
        candidates = start_candidates(self.start_url)
        first_failure: FetchResult | None = None
        for index, candidate in enumerate(candidates):
            robots = await self._robots_for(candidate)
            if robots.fetch is not None and robots.fetch.outcome in _UNREACHABLE:
                # The host did not answer for robots.txt; asking again for the home page only waits longer.
                first_failure = first_failure or dataclasses.replace(robots.fetch, url=candidate, final_url=candidate)
                continue
            if not robots.allows(candidate) and self.options.obey_robots:
                self.findings.add("robots_disallowed", candidate, "the home page itself is disallowed")
                summary.home_outcome = Outcome.ROBOTS
                return None
            result = await self.fetcher.fetch(candidate, allow_host=home_may_move_to)
            if result.outcome in _UNREACHABLE:
                first_failure = first_failure or result
                continue
            if result.outcome is Outcome.EXTERNAL_REDIRECT:
                self.findings.add("home_external", candidate, f"{candidate} → {result.final_url}")
                summary.home_url = candidate
                summary.home_outcome = result.outcome
                node_id = self._register(candidate, 0, None, HOME_TEXT, "start", False, priority=3)
                self._external_redirect(node_id, result)
                return result
            if index:
                self.findings.add("scheme_fallback", candidate, f"{self.start_url} → {candidate}")
            final = normalize_url(result.final_url) or candidate
            final_host = urlsplit(final).hostname or ""
            if final_host not in self.scope:
                self.scope.add(final_host)
            self.scope.add(urlsplit(candidate).hostname or "")
            summary.home_url = final
            summary.home_outcome = result.outcome
            node_id = self._register(final, 0, None, HOME_TEXT, "start", False, priority=3)
            self.frontier.pages += 1
            self.frontier.mark_visited(final)
            if candidate != final:
                self.frontier.mark_visited(candidate)
            await self._record(node_id, result)
            if result.outcome is not Outcome.OK:
                followed = "; links on the error page were followed" if self.frontier.pending() else ""
                self.findings.add("home_page_error", final, f"{result.outcome.value} (HTTP {result.status}){followed}")
            return result
        failure = first_failure
        summary.home_outcome = failure.outcome if failure else None
        detail = f"{failure.outcome.value}: {failure.message}" if failure else None
        self.findings.add("site_unreachable", self.start_url, detail)
        if failure is not None:
            self._errors.append(error_entry(self.start_url, failure, None, HOME_TEXT))
            if failure.tls_failure is not None:
                self.findings.add("tls_problem", self.start_url, failure.tls_failure.message)
        return None

    async def _robots_for(self, url: str) -> RobotsRules:
        visit = await self.robots.visit(url)
        rules = visit.rules
        if visit.first and rules.state == "unavailable":
            self.findings.add("robots_unavailable", rules.url, rules.message)
        if visit.first and visit.delay_used is not None:
            used = visit.delay_used
            self.findings.add("crawl_delay", rules.url, f"Crawl-delay {rules.crawl_delay:g} s (used {used:g} s)")
        return rules

    async def _read_sitemaps(self, home: str) -> None:
        parts = urlsplit(home)
        robots = self.robots.rules_of(home)
        queue = (
            list(robots.sitemaps) if robots and robots.sitemaps else [f"{parts.scheme}://{parts.netloc}/sitemap.xml"]
        )
        found = 0
        read = 0
        while queue and read < self.options.max_sitemaps:
            sitemap_url = Url.parse(queue.pop(0), home)
            if sitemap_url is None or urlsplit(sitemap_url).hostname not in self.scope:
                continue
            read += 1
            result = await self.fetcher.fetch(sitemap_url, allow_host=self.scope.allows, keep_body=True)
            if result.outcome is not Outcome.OK or not result.body:
                continue
            is_index, locations = parse_sitemap(result.body)
            if not locations:
                continue
            self._sitemaps.append(sitemap_url)
            if is_index:
                queue.extend(child for location in locations if (child := Url.parse(location, sitemap_url)))
                continue
            for location in locations:
                if found >= self.options.max_sitemap_urls:
                    break
                url = Url.parse(location, sitemap_url)
                if url is None or urlsplit(url).hostname not in self.scope or self.frontier.known(url) is not None:
                    continue
                is_document = document_type(url) is not None
                score = self.priority.score("", url)
                # Sitemap-only URLs wait behind linked ones of the same interest.
                self._register(url, 1, None, "sitemap.xml", "sitemap", is_document, priority=max(score - 1, UNLIKELY))
                found += 1
        if self._sitemaps:
            self.findings.add("sitemap", self._sitemaps[0], f"{found} URLs from {len(self._sitemaps)} sitemap(s)")

    # -- frontier -----------------------------------------------------------------------
    def _register(
        self,
        url: Url,
        depth: int,
        parent: int | None,
        text: str,
        via: Via,
        is_document: bool,
        *,
        priority: int,
        heading: str = "",
        row: str = "",
    ) -> int:
        from_home = via != "sitemap" and (parent is None or self.frontier.nodes[parent].from_home)
        node = Node(url, depth, parent, text, via, is_document, heading, row, priority, from_home)
        return self.frontier.push(node, queue=via != "start")

    async def _worker(self) -> None:
        while True:
            node_id = await self.frontier.pop()
            if node_id is None:
                return
            try:
                await self._visit(node_id)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # one URL must never end the crawl
                node = self.frontier.nodes[node_id]
                self.findings.add("internal_error", node.url, f"{type(exc).__name__}: {exc}")
                self._errors.append(CrawlError(node.url, Outcome.INTERNAL, None, repr(exc)))
            finally:
                self.frontier.done()

    # -- visiting -----------------------------------------------------------------------
    async def _visit(self, node_id: int) -> None:
        node = self.frontier.nodes[node_id]
        robots = await self._robots_for(node.url)
        if self.options.obey_robots and not robots.allows(node.url):
            result = FetchResult(node.url, node.url, Outcome.ROBOTS, message=f"disallowed by {robots.url}")
        else:
            started = time.monotonic()
            result = await self.fetcher.fetch(node.url, allow_host=self.scope.allows)
            self._timing["fetch"] += time.monotonic() - started
        if result.outcome is Outcome.EXTERNAL_REDIRECT:
            self._external_redirect(node_id, result)
            return
        final = normalize_url(result.final_url) or node.url
        if final != node.url and self.frontier.visited(final) and result.outcome is Outcome.OK:
            if len(self._aliases) < MAX_ALIASES:
                self._aliases[node.url] = final  # an alias of a page already recorded (/index.php → /)
            return
        self.frontier.mark_visited(final)
        await self._record(node_id, result)

    async def _record(self, node_id: int, result: FetchResult) -> None:
        """HTML is a page whatever the link looked like; anything else that answered is a document;
        a failed page link is recorded as a page."""
        if result.body is not None and _looks_html(result):
            await self._handle_page_result(node_id, result)
        elif self.frontier.nodes[node_id].is_document or result.ok:
            self._record_document(node_id, result)
        else:
            await self._handle_page_result(node_id, result)

    async def _handle_page_result(self, node_id: int, result: FetchResult) -> None:
        node = self.frontier.nodes[node_id]
        outcome = result.outcome
        record = page_record(node, result, self._path(node_id))
        if result.tls_failure is not None:
            self.findings.add("tls_problem", _origin(result.final_url), _tls_detail(result))
        if result.body is not None and _looks_html(result):
            started = time.monotonic()
            decoded = result.decoded()
            assert decoded is not None
            page = extract_page(decoded.text, result.final_url)
            self._timing["extract"] += time.monotonic() - started
            if self.options.render_js and needs_browser(decoded.text, page.own_chars, self._same_site_links(page)):
                rendered = await self._render(result.final_url, script_signature(decoded.text))
                if rendered is not None:
                    page, record.rendered = rendered, True
            record.encoding, record.encoding_source = decoded.codec, decoded.source
            if decoded.codec == "cp874":
                self.findings.add("legacy_encoding", result.final_url, decoded.header_label or decoded.meta_label)
            for note in decoded.findings:
                if "but <meta> says" in note:
                    self.findings.add("encoding_conflict", result.final_url, note)
                elif "are not valid" in note:
                    self.findings.add("encoding_invalid", result.final_url, note)
            self._fill_page(record, page)
            forwards = self._forwards(record.final_url, page) if page.placeholder else None
            if forwards is not None and outcome is Outcome.OK:
                # A page that only forwards (<meta http-equiv="refresh">) is a redirect, not an empty
                # page; one whose chain comes back to it is a redirect loop.
                if forwards:
                    record.outcome = Outcome.REDIRECT_LOOP
                    result = replace(result, message=f"meta refresh loop: {forwards}")
            elif page.placeholder and outcome is Outcome.OK:
                record.outcome = Outcome.PLACEHOLDER
                record.placeholder = page.placeholder
            self._follow(node_id, page)
            if node.is_document:
                self.findings.add("wrong_content_type", node.url, result.content_type)
        self._note_outcome(node, Outcome(record.outcome), result, record.url)
        self.sink.page(record)

    def _forwards(self, url: Url, page: ExtractedPage) -> str | None:
        """For an empty page that forwards by ``<meta refresh>``: "" when the chain it starts ends,
        the chain ("a → b → a") when it comes back here; None when the page does not forward."""
        target = next((link.url for link in page.links if link.kind == "meta_refresh"), None)
        if target is None:
            return None
        self._refreshes[url] = target
        chain: list[str] = [url, target]
        while chain[-1] != url and chain[-1] in self._refreshes and len(chain) < MAX_REFRESHES:
            chain.append(self._refreshes[chain[-1]])
        return " → ".join(chain) if chain[-1] == url else ""

    def _same_site_links(self, page: ExtractedPage) -> int:
        return len({link.url for link in page.links if link.url.host in self.scope and link.url != page.url})

    async def _render(self, url: str, signature: str) -> ExtractedPage | None:
        """The page as Chromium builds it, or None.  Pages built by the same scripts as one
        already rendered (a site-wide menu filled from JSON on every page) are not rendered
        again: what the scripts add is known, and the page's own content is in its HTML."""
        if signature in self._rendered_signatures:
            return None
        if self._rendered >= self.options.max_rendered_pages:
            self.findings.add("js_not_rendered", url, f"more than {self.options.max_rendered_pages} pages to render")
            return None
        self._rendered += 1
        started = time.monotonic()
        async with self.fetcher.slot(urlsplit(url).netloc):
            renderer = await self._browser.get()
            delay = self.fetcher.policy.per_host_delay
            rendered = await renderer.render(url, delay=delay) if renderer is not None else None
        self._timing["render"] += time.monotonic() - started
        if rendered is None or rendered.html is None:
            reason = self._browser.error if rendered is None else rendered.error
            self.findings.add("js_not_rendered", url, reason)
            return None
        self.findings.add("js_rendered", url)
        if rendered.error:  # drawn, but a limit cut it short
            self.findings.add("js_render_limited", url, rendered.error)
        self._rendered_signatures.add(signature)
        return extract_page(rendered.html, rendered.final_url)

    def _fill_page(self, record: PageRecord, page: ExtractedPage) -> None:
        fill_page(record, page)
        for key in ("empty", "hash_only", "javascript", "mail_or_phone", "in_comments", "in_hidden"):
            self._ignored[key] = self._ignored.get(key, 0) + getattr(page.ignored, key)
        ignored = page.ignored
        for code, count, samples in (
            ("links_in_comments", ignored.in_comments, ignored.samples_in_comments),
            ("links_in_hidden_blocks", ignored.in_hidden, ignored.samples_in_hidden),
        ):
            if count:
                self.findings.add(code, record.final_url, ", ".join(samples[:3]), count=count)
        if page.ignored.empty or page.empty_link_texts:
            for text in page.empty_link_texts[:3]:
                self.findings.add("empty_links", record.final_url, f"“{text}” ({record.final_url})", count=0)
            self.findings.add("empty_links", record.final_url, count=page.ignored.empty)

    def _follow(self, node_id: int, page: ExtractedPage) -> None:
        node = self.frontier.nodes[node_id]
        for link in page.links:
            url = normalize_url(link.url)
            if url is None:
                continue
            host = urlsplit(url).hostname or ""
            if host not in self.scope:
                self._external_link(node_id, url, host, link)
                continue
            if self.frontier.known(url) is not None:
                self._maybe_adopt(url, node_id, link)
                continue
            is_document = document_type(url) is not None
            if not is_document and node.depth + 1 > self.options.max_depth:
                self.frontier.skipped["depth"] = self.frontier.skipped.get("depth", 0) + 1
                continue
            context = " ".join((link.heading, link.row, *link.menu))
            score = self.priority.score(link.text or link.title, url, context)
            if is_document and node.priority >= 2:
                score = max(score, node.priority)  # a file listed on an ITA page is ITA evidence
            self._register(
                url,
                node.depth + 1,
                node_id,
                link.text or link.title or file_name(url),
                "link",
                is_document,
                priority=score,
                heading=link.heading,
                row=link.row,
            )

    def _maybe_adopt(self, url: str, parent_id: int, link: Link) -> None:
        """A URL first seen in a sitemap gets the path of the first page that links to it."""
        node_id = self.frontier.known(url)
        assert node_id is not None
        node = self.frontier.nodes[node_id]
        if node.via == "sitemap" and not self.frontier.visited(url):
            node.parent, node.via, node.text = parent_id, "link", link.text or link.title or node.text
            node.from_home = self.frontier.nodes[parent_id].from_home
            node.depth = self.frontier.nodes[parent_id].depth + 1
            node.heading, node.row = link.heading, link.row
            new_priority = self.priority.score(link.text, url, " ".join((link.heading, link.row, *link.menu)))
            if new_priority > node.priority:
                node.priority = new_priority
                self.frontier.requeue(node_id)

    def _external_link(self, node_id: int, url: str, host: str, link: Link) -> None:
        known = self._externals.get(url)
        if known is not None:
            known.times_linked += 1
            return
        parent = self.frontier.nodes[node_id]
        ip = literal_ip(host)
        local = host == "localhost" or host.endswith(".localhost") or bool(ip and network_of(ip) != "public")
        if local:
            self.findings.add("local_address_links", parent.url, f"{link.text or '(no text)'} → {url}")
        self._externals[url] = ExternalRecord(
            url=url,
            service=LOCAL_ADDRESS if local else external_service(host, urlsplit(url).path),
            host=host,
            text=link.text or link.title,
            found_on=parent.url,
            heading=link.heading,
            row=link.row,
            path=self._path(node_id),
            doc_type=document_type(url),
        )

    def _external_redirect(self, node_id: int, result: FetchResult) -> None:
        node = self.frontier.nodes[node_id]
        url = normalize_url(result.final_url) or result.final_url
        host = urlsplit(url).hostname or ""
        if url in self._externals:
            self._externals[url].times_linked += 1
            return
        parent_path = self._path(node.parent) if node.parent is not None else []
        self._externals[url] = ExternalRecord(
            url=url,
            service=external_service(host, urlsplit(url).path),
            host=host,
            text=node.text,
            found_on=self.frontier.nodes[node.parent].url if node.parent is not None else node.url,
            heading=node.heading,
            row=node.row,
            path=[*parent_path, PathStep(node.text, node.url)],
            doc_type=document_type(url),
            via="redirect",
        )

    def _record_document(self, node_id: int, result: FetchResult) -> None:
        node = self.frontier.nodes[node_id]
        name = file_name(result.final_url if result.ok else node.url)
        repaired = repair_mojibake(name)
        if repaired != name:
            self.findings.add("mojibake_file_names", node.url, f"{name} → {repaired}")
        elif looks_like_mojibake(name):
            self.findings.add("mojibake_file_names", node.url, f"{name} (cannot be repaired: bytes were lost)")
        found_on = self.frontier.nodes[node.parent].url if node.parent is not None else None
        record = document_record(node, result, self._path(node_id), found_on, name, repaired)
        if result.tls_failure is not None:
            self.findings.add("tls_problem", _origin(result.final_url), _tls_detail(result))
        self._note_outcome(node, result.outcome, result, node.url)
        self.sink.document(record)

    def _note_outcome(self, node: Node, outcome: Outcome, result: FetchResult, url: str) -> None:
        code = _OUTCOME_FINDING.get(outcome)
        if outcome is Outcome.OK or outcome is Outcome.EXTERNAL_REDIRECT:
            return
        detail = result.message or (result.status and f"HTTP {result.status}") or None
        if outcome is Outcome.PLACEHOLDER:
            detail = None
        # Every failed outcome is an error entry (what the assessment reads); not every one has a
        # finding of its own (an invalid URL, a TLS failure named by tls_problem where it is seen).
        if code is not None:
            self.findings.add(code, url, f"{node.text}: {detail}" if detail else node.text or None)
        parent = self.frontier.nodes[node.parent].url if node.parent is not None else None
        if len(self._errors) < 5_000:
            self._errors.append(error_entry(url, result, parent, node.text, outcome))

    def _path(self, node_id: int | None) -> list[PathStep]:
        steps: list[PathStep] = []
        current = node_id
        while current is not None and len(steps) < MAX_PATH:
            node = self.frontier.nodes[current]
            steps.append(PathStep(node.text, node.url))
            current = node.parent
        return list(reversed(steps))

    # -- the end ------------------------------------------------------------------------
    def _finish(self, summary: CrawlSummary) -> None:
        for record in self._externals.values():
            self.sink.external(record)
        unvisited = self.frontier.unvisited()
        if unvisited.stopped_by == "interrupted":
            self.findings.add("interrupted", None, f"{sum(unvisited.counts.values())} links not visited")
        elif unvisited.stopped_by or unvisited.counts.get("not_reached"):
            stopped = unvisited.stopped_by or "time"
            self.findings.add(
                "budget_exhausted",
                None,
                f"stopped by the {stopped} budget; {sum(unvisited.counts.values())} links not visited",
            )
        for host_key, slot in self.fetcher.slots.items():
            if slot.is_open:
                self.findings.add("circuit_open", host_key, slot.open_reason)
        summary.hosts = sorted(self.scope.keys)
        summary.findings = self.findings.sorted()
        summary.robots = {
            origin: RobotsState(rules.state, rules.crawl_delay, list(rules.sitemaps), rules.message)
            for origin, rules in self.robots.by_origin.items()
        }
        summary.sitemaps = self._sitemaps
        summary.ignored_links = dict(self._ignored)
        summary.unvisited = unvisited
        summary.errors = self._errors
        summary.aliases = dict(self._aliases)
        stats = self.fetcher.stats
        summary.stats = CrawlStats(
            requests=stats.requests,
            retries=stats.retries,
            revalidated=stats.revalidated,
            bytes=stats.bytes,
            pages=self.frontier.pages,
            documents=self.frontier.documents,
            external_links=len(self._externals),
            errors=len(self._errors),
            by_outcome=dict(stats.by_outcome),
            fetch_seconds=round(self._timing["fetch"], 3),
            extract_seconds=round(self._timing["extract"], 3),
            render_seconds=round(self._timing["render"], 3),
            rendered_pages=self._rendered,
        )
        summary.hosts_stats = {
            key: dataclasses.replace(slot.stats, circuit_open=slot.open_reason)
            for key, slot in self.fetcher.slots.items()
        }


def _tls_detail(result: FetchResult) -> str:
    failure = result.tls_failure
    assert failure is not None
    return f"{failure.problem.value}: {failure.message}"


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _looks_html(result: FetchResult) -> bool:
    if result.body is None:
        return False
    if result.mime in ("text/html", "application/xhtml+xml"):
        return True
    head = result.body[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<title", b"<div", b"<table"))


async def crawl_site(
    start_url: str,
    fetcher: Fetcher,
    sink: CrawlSink,
    options: CrawlOptions | None = None,
    priority: PriorityModel | None = None,
) -> CrawlSummary:
    return await SiteCrawler(start_url, fetcher, sink, options, priority).run()
