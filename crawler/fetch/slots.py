"""Per-host politeness: one slot per host holds its concurrency, pacing and circuit breaker.

Nothing else in the program knows about politeness (Scrapy keeps it in the downloader's
``Slot`` for the same reason).
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

from crawler.model.results import HostStats


@dataclass
class HostSlot:
    concurrency: int
    delay: float
    breaker_threshold: int
    stats: HostStats = field(default_factory=HostStats)
    consecutive_failures: int = 0
    open_reason: str | None = None
    _semaphore: asyncio.Semaphore = field(init=False)
    _pace: asyncio.Lock = field(init=False, default_factory=asyncio.Lock)
    _next_start: float = 0.0
    _paused_until: float = 0.0
    _in_flight: int = 0

    def __post_init__(self) -> None:
        self._semaphore = asyncio.Semaphore(max(1, self.concurrency))

    @property
    def is_open(self) -> bool:
        return self.open_reason is not None

    def pause(self, seconds: float) -> None:
        """Hold every request to this host for ``seconds`` (a Retry-After applies to the host)."""
        self._paused_until = max(self._paused_until, time.monotonic() + seconds)

    def raise_delay(self, seconds: float) -> None:
        self.delay = max(self.delay, seconds)

    async def __aenter__(self) -> HostSlot:
        await self._semaphore.acquire()
        try:
            async with self._pace:
                wait = max(self._next_start, self._paused_until) - time.monotonic()
                if wait > 0:
                    self.stats.waited_seconds += wait
                    await asyncio.sleep(wait)
                self._next_start = time.monotonic() + self.delay
        except BaseException:
            self._semaphore.release()
            raise
        self._in_flight += 1
        self.stats.requests += 1
        self.stats.max_in_flight = max(self.stats.max_in_flight, self._in_flight)
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        self._in_flight -= 1
        self._semaphore.release()

    def record(self, failed: bool, reason: str = "") -> None:
        """Count a final answer: consecutive 429/5xx open the breaker, any success resets it."""
        if not failed:
            self.consecutive_failures = 0
            return
        self.stats.failures += 1
        self.consecutive_failures += 1
        if self.consecutive_failures >= self.breaker_threshold and not self.is_open:
            self.open_reason = reason or f"{self.consecutive_failures} consecutive failures"
