"""The crawl's frontier: which URL to fetch next, within the budgets.

Three operations, as Scrapy's scheduler has: ``push`` a URL found, ``pop`` the next one to
visit (waiting while others are in flight, None when all is done), ``pending`` what is left.
Best first by priority, then breadth; a URL is visited once; what a budget skips is counted
and the skipped links that looked like evidence are kept as samples for the report.
"""

from __future__ import annotations

import asyncio
import heapq
from dataclasses import dataclass, field
from itertools import count

from crawler.model.records import Via
from crawler.model.results import Unvisited
from crawler.model.url import Url

MAX_SAMPLES = 20
EVIDENCE_PRIORITY = 2  # a skipped link this likely to be evidence is named in the report


@dataclass
class Node:
    url: Url
    depth: int
    parent: int | None
    text: str
    via: Via
    is_document: bool
    heading: str = ""
    row: str = ""
    priority: int = 1
    # A chain of links leads here from the home page (not only a sitemap): what "reachable from
    # the main website" means to an auditor.
    from_home: bool = True


@dataclass
class Budgets:
    max_pages: int
    max_documents: int
    fetch_documents: bool = True


@dataclass
class Frontier:
    budgets: Budgets
    nodes: list[Node] = field(default_factory=list)
    pages: int = 0  # pages taken for visiting (the home page included)
    documents: int = 0
    stopped_by: str | None = None
    skipped: dict[str, int] = field(default_factory=dict)
    skipped_samples: list[str] = field(default_factory=list)
    _ids: dict[str, int] = field(default_factory=dict)
    _heap: list[tuple[int, int, int, int]] = field(default_factory=list)
    _seq: count[int] = field(default_factory=count)
    _visited: set[str] = field(default_factory=set)
    _in_flight: int = 0
    _wake: asyncio.Event = field(default_factory=asyncio.Event)

    # -- the three operations -------------------------------------------------------------
    def push(self, node: Node, *, queue: bool = True) -> int:
        """Record ``node``; queue it for visiting unless it is visited already (the home page)."""
        node_id = len(self.nodes)
        self.nodes.append(node)
        self._ids[node.url] = node_id
        if queue:
            heapq.heappush(self._heap, (-node.priority, node.depth, next(self._seq), node_id))
            self._wake.set()
        return node_id

    async def pop(self) -> int | None:
        """The next node to visit, within the budgets; None when nothing is left and nothing
        is in flight (a visit in flight may still push more).  Call ``done`` after the visit."""
        while True:
            while self._heap:
                _, _, _, node_id = heapq.heappop(self._heap)
                node = self.nodes[node_id]
                if node.url in self._visited or not self._within_budget(node):
                    continue
                self._visited.add(node.url)
                self._in_flight += 1
                if node.is_document:
                    self.documents += 1
                else:
                    self.pages += 1
                return node_id
            if self._in_flight == 0:
                return None
            self._wake.clear()
            await self._wake.wait()

    def requeue(self, node_id: int) -> None:
        """Queue a node again after its priority rose (a sitemap URL later found linked)."""
        node = self.nodes[node_id]
        heapq.heappush(self._heap, (-node.priority, node.depth, next(self._seq), node_id))
        self._wake.set()

    def pending(self) -> list[Node]:
        """The queued nodes not visited, best first."""
        return [
            self.nodes[node_id] for *_, node_id in sorted(self._heap) if self.nodes[node_id].url not in self._visited
        ]

    # -- bookkeeping ------------------------------------------------------------------------
    def done(self) -> None:
        self._in_flight -= 1
        self._wake.set()

    def known(self, url: str) -> int | None:
        return self._ids.get(url)

    def visited(self, url: str) -> bool:
        return url in self._visited

    def mark_visited(self, url: str) -> None:
        self._visited.add(url)

    def unvisited(self) -> Unvisited:
        """What the budgets left, once the crawl is over."""
        left = self.pending()
        skipped = dict(self.skipped)
        samples = list(self.skipped_samples)
        if left:
            skipped["not_reached"] = skipped.get("not_reached", 0) + len(left)
            for node in left[:MAX_SAMPLES]:
                if node.priority >= EVIDENCE_PRIORITY and node.url not in samples and len(samples) < MAX_SAMPLES:
                    samples.append(node.url)
        return Unvisited(self.stopped_by, skipped, samples)

    def _within_budget(self, node: Node) -> bool:
        budgets = self.budgets
        reason = None
        if node.is_document and (not budgets.fetch_documents or self.documents >= budgets.max_documents):
            reason = "documents" if budgets.fetch_documents else "documents_disabled"
        elif not node.is_document and self.pages >= budgets.max_pages:
            reason = "pages"
        if reason is None:
            return True
        self.skipped[reason] = self.skipped.get(reason, 0) + 1
        if node.priority >= EVIDENCE_PRIORITY and len(self.skipped_samples) < MAX_SAMPLES:
            self.skipped_samples.append(node.url)
        if reason != "documents_disabled":
            self.stopped_by = self.stopped_by or reason
        return False
