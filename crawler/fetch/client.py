"""The fetcher: every request of a scan goes through one ``Fetcher`` (one httpx client per TLS tier).

It owns politeness (per-host slots), retries with backoff and ``Retry-After``, redirects
(followed one hop at a time so each hop is checked for loops, scope and address), body size
limits, conditional requests, TLS fallback, and the classification of every failure into an
``Outcome``.  It knows nothing of ITA.
"""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import os
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin

import httpx

from crawler.fetch.addresses import Network, Resolver
from crawler.fetch.cache import CachedEntry, HttpCache
from crawler.fetch.decode import Decoded, decode_body
from crawler.fetch.policy import FetchPolicy, content_family
from crawler.fetch.slots import HostSlot
from crawler.fetch.tls import TlsFailure, TlsTier, classify_tls_error, ssl_context
from crawler.model.outcome import RETRYABLE, Outcome, outcome_for_status
from crawler.urls import normalize_url

_BOT_WALL_MARKERS = (
    b"cf-chl",
    b"challenge-platform",
    b"just a moment...",
    b"attention required! | cloudflare",
    b"g-recaptcha",
    b"hcaptcha",
    b"incapsula",
    b"request unsuccessful",
)
_BREAKER_OUTCOMES = frozenset(
    {Outcome.RATE_LIMITED, Outcome.UNAVAILABLE, Outcome.SERVER_ERROR, Outcome.TIMEOUT, Outcome.CONNECT}
)


@dataclass(frozen=True)
class FetchResult:
    url: str
    final_url: str
    outcome: Outcome
    status: int | None = None
    content_type: str | None = None  # the full header, charset included
    body: bytes | None = None  # pages (HTML/XML/text), kept in memory
    body_path: str | None = None  # documents, spooled to the cache
    size: int = 0
    sha256: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    redirects: tuple[str, ...] = ()
    tls_tier: TlsTier | None = None
    tls_failure: TlsFailure | None = None
    attempts: int = 1
    seconds: float = 0.0
    message: str = ""
    revalidated: bool = False

    @property
    def ok(self) -> bool:
        return self.outcome is Outcome.OK

    @property
    def mime(self) -> str:
        return (self.content_type or "").split(";")[0].strip().lower()

    @property
    def family(self) -> str:
        return content_family(self.content_type)

    def decoded(self) -> Decoded | None:
        return decode_body(self.body, self.content_type) if self.body is not None else None


@dataclass
class FetchStats:
    requests: int = 0
    bytes: int = 0
    retries: int = 0
    revalidated: int = 0
    by_outcome: dict[str, int] = field(default_factory=dict)


@dataclass
class _Redirect:
    location: str
    status: int


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if moment is None:
        return None
    return max(0.0, moment.timestamp() - (now if now is not None else time.time()))


class Fetcher:
    """Use as ``async with Fetcher(policy) as fetcher: await fetcher.fetch(url)``."""

    def __init__(
        self,
        policy: FetchPolicy | None = None,
        *,
        cache: HttpCache | None = None,
        allowed_networks: set[Network] | None = None,
        trust_env: bool = True,
    ) -> None:
        self.policy = policy or FetchPolicy()
        self.cache = cache
        self.allowed_networks: set[Network] = {*(allowed_networks or ()), "public"}
        self.stats = FetchStats()
        self.slots: dict[str, HostSlot] = {}
        self.tls_by_host: dict[str, tuple[TlsTier, TlsFailure | None]] = {}
        self._resolver = Resolver()
        self._clients: dict[TlsTier, httpx.AsyncClient] = {}
        self._trust_env = trust_env

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        for client in self._clients.values():
            await client.aclose()
        self._clients.clear()

    async def trust_start_host(self, host: str) -> None:
        """Allow the networks the scan's own start host is on (a scan of an intranet site)."""
        networks, _error = await self._resolver.networks(host)
        self.allowed_networks |= networks

    def slot(self, host_key: str) -> HostSlot:
        slot = self.slots.get(host_key)
        if slot is None:
            policy = self.policy
            slot = HostSlot(policy.per_host_concurrency, policy.per_host_delay, policy.breaker_threshold)
            self.slots[host_key] = slot
        return slot

    def _client(self, tier: TlsTier) -> httpx.AsyncClient:
        client = self._clients.get(tier)
        if client is None:
            policy = self.policy
            client = httpx.AsyncClient(
                verify=ssl_context(tier, policy.ca_bundle),
                timeout=httpx.Timeout(
                    connect=policy.connect_timeout,
                    read=policy.read_timeout,
                    write=policy.read_timeout,
                    pool=policy.total_timeout,
                ),
                follow_redirects=False,
                headers={"User-Agent": policy.user_agent, "Accept-Language": "th,en;q=0.8"},
                limits=httpx.Limits(max_connections=200, max_keepalive_connections=50),
                trust_env=self._trust_env,
            )
            self._clients[tier] = client
        return client

    async def fetch(
        self,
        url: str,
        *,
        allow_host: Callable[[str], bool] | None = None,
        conditional: bool = True,
        keep_body: bool = False,
    ) -> FetchResult:
        """Fetch ``url`` following redirects; never raises for network or server trouble.

        ``allow_host`` is asked about every redirect target's host; a ``False`` ends the fetch
        with ``EXTERNAL_REDIRECT`` and the target as ``final_url`` (not fetched).  ``keep_body``
        keeps any body in memory (within the size limit) instead of spooling it to the cache.
        """
        started = time.monotonic()
        chain: list[str] = []
        current = url
        seen = {url}
        attempts = 0
        for _hop in range(self.policy.max_redirects + 1):
            try:
                parsed = httpx.URL(current)
            except (httpx.InvalidURL, ValueError) as exc:
                return self._done(url, current, Outcome.INVALID_URL, started, chain, message=f"invalid URL: {exc}")
            if parsed.scheme not in ("http", "https"):
                return self._done(
                    url, current, Outcome.UNSUPPORTED_SCHEME, started, chain, message=f"scheme {parsed.scheme!r}"
                )
            if not parsed.host:
                return self._done(url, current, Outcome.INVALID_URL, started, chain, message="URL has no host")
            if chain and allow_host is not None and not allow_host(parsed.host):
                return self._done(url, current, Outcome.EXTERNAL_REDIRECT, started, chain)
            networks, dns_error = await self._resolver.networks(parsed.host)
            if dns_error:
                return self._done(url, current, Outcome.DNS, started, chain, message=dns_error)
            refused = sorted(networks - self.allowed_networks)
            if refused:
                return self._done(
                    url,
                    current,
                    Outcome.PRIVATE_ADDRESS,
                    started,
                    chain,
                    message=f"{parsed.host} is on a {'/'.join(refused)} network; not fetched from a public site",
                )
            slot = self.slot(parsed.netloc.decode("ascii"))
            if slot.is_open:
                return self._done(url, current, Outcome.CIRCUIT_OPEN, started, chain, message=slot.open_reason or "")
            answer, tries = await self._with_retries(current, parsed.host, slot, conditional, keep_body)
            attempts += tries
            if isinstance(answer, _Redirect):
                target = urljoin(current, answer.location.strip())
                target = target.split("#", 1)[0]
                if normalize_url(target) is None:
                    # "Location: javascript:…", "http://[::1": the server sends the visitor nowhere
                    return self._done(
                        url,
                        current,
                        Outcome.INVALID_URL,
                        started,
                        chain,
                        status=answer.status,
                        message=f"redirect to an address that cannot be opened: {answer.location[:200]!r}",
                    )
                if target in seen:
                    chain.append(target)
                    return self._done(
                        url,
                        target,
                        Outcome.REDIRECT_LOOP,
                        started,
                        chain,
                        status=answer.status,
                        message=f"redirect loop back to {target}",
                    )
                seen.add(target)
                chain.append(target)
                current = target
                continue
            return _replace(answer, url=url, redirects=tuple(chain), attempts=attempts, started=started)
        return self._done(
            url,
            current,
            Outcome.TOO_MANY_REDIRECTS,
            started,
            chain,
            message=f"more than {self.policy.max_redirects} redirects",
        )

    def _done(
        self,
        url: str,
        final_url: str,
        outcome: Outcome,
        started: float,
        chain: list[str],
        *,
        status: int | None = None,
        message: str = "",
    ) -> FetchResult:
        self._count(outcome)
        return FetchResult(
            url=url,
            final_url=final_url,
            outcome=outcome,
            status=status,
            redirects=tuple(chain),
            seconds=time.monotonic() - started,
            message=message,
        )

    def _count(self, outcome: Outcome) -> None:
        self.stats.by_outcome[outcome.value] = self.stats.by_outcome.get(outcome.value, 0) + 1

    async def _with_retries(
        self, url: str, host: str, slot: HostSlot, conditional: bool, keep_body: bool
    ) -> tuple[FetchResult | _Redirect, int]:
        policy = self.policy
        attempt = 0
        while True:
            attempt += 1
            async with slot:
                if slot.is_open:  # opened while this request waited for its turn
                    self._count(Outcome.CIRCUIT_OPEN)
                    return FetchResult(url, url, Outcome.CIRCUIT_OPEN, message=slot.open_reason or ""), attempt
                self.stats.requests += 1
                answer, retry_after = await self._attempt(url, host, conditional, keep_body)
            if isinstance(answer, _Redirect):
                slot.record(failed=False)
                return answer, attempt
            outcome = answer.outcome
            if outcome in RETRYABLE and retry_after is not None and retry_after > policy.max_retry_after:
                answer = _with_message(answer, f"server asked to wait {retry_after:.0f} s (Retry-After); gave up")
                break
            if outcome not in RETRYABLE or attempt > policy.retries:
                break
            if outcome is Outcome.CONNECT and attempt >= 2:
                break  # a refused connection is retried once: more only delays the verdict
            delay = retry_after if retry_after is not None else policy.backoff_base * (2 ** (attempt - 1))
            delay *= 1.0 if retry_after is not None else random.uniform(0.8, 1.2)
            if retry_after is not None or outcome is Outcome.RATE_LIMITED:
                slot.pause(delay)
            slot.stats.retries += 1
            self.stats.retries += 1
            await asyncio.sleep(delay)
            if slot.is_open:
                break
        failed = answer.outcome in _BREAKER_OUTCOMES
        slot.record(failed, reason=f"{answer.outcome.value} ({answer.status or answer.message})" if failed else "")
        self._count(answer.outcome)
        return answer, attempt

    async def _attempt(
        self, url: str, host: str, conditional: bool, keep_body: bool
    ) -> tuple[FetchResult | _Redirect, float | None]:
        """One request (TLS tiers tried within it); returns the answer and any Retry-After."""
        tier, failure = self.tls_by_host.get(host, (TlsTier.STRICT, None))
        while True:
            try:
                return await self._request(url, tier, failure, conditional, keep_body)
            except httpx.TransportError as exc:
                tls = classify_tls_error(exc)
                next_tier = _next_tier(tier, tls) if tls and self.policy.lenient_tls else None
                if tls and next_tier is not None:
                    failure = failure or tls
                    tier = next_tier
                    self.tls_by_host[host] = (tier, failure)
                    continue
                return self._transport_failure(url, exc, tls, tier, failure), None
            except httpx.DecodingError as exc:
                # "Content-Encoding: gzip" over a plain body: any browser shows an error page too.
                message = f"the body is not in the Content-Encoding the server declares: {exc}"
                return FetchResult(url, url, Outcome.PROTOCOL, message=message, tls_tier=tier), None

    def _transport_failure(
        self, url: str, exc: Exception, tls: TlsFailure | None, tier: TlsTier, failure: TlsFailure | None
    ) -> FetchResult:
        if tls is not None:
            outcome, message = Outcome.TLS, f"TLS failed ({tls.problem.value}): {tls.message}"
        elif isinstance(exc, httpx.TimeoutException):
            outcome, message = Outcome.TIMEOUT, f"{type(exc).__name__}: no answer in time"
        elif isinstance(exc, httpx.ConnectError) and _is_dns_error(exc):
            outcome, message = Outcome.DNS, f"DNS lookup failed: {exc}"
        elif isinstance(exc, httpx.ConnectError):
            outcome, message = Outcome.CONNECT, f"connection failed: {exc or type(exc).__name__}"
        elif isinstance(exc, httpx.UnsupportedProtocol):
            outcome, message = Outcome.UNSUPPORTED_SCHEME, str(exc)
        else:
            outcome, message = Outcome.PROTOCOL, f"{type(exc).__name__}: {exc}"
        return FetchResult(url, url, outcome, message=message, tls_tier=tier, tls_failure=tls or failure)

    async def _request(
        self, url: str, tier: TlsTier, failure: TlsFailure | None, conditional: bool, keep_body: bool
    ) -> tuple[FetchResult | _Redirect, float | None]:
        policy = self.policy
        cached = self.cache.lookup(url) if (self.cache and conditional) else None
        headers: dict[str, str] = {}
        if cached and cached.etag:
            headers["If-None-Match"] = cached.etag
        if cached and cached.last_modified:
            headers["If-Modified-Since"] = cached.last_modified
        try:
            async with asyncio.timeout(policy.total_timeout):
                async with self._client(tier).stream("GET", url, headers=headers) as response:
                    status = response.status_code
                    retry_after = parse_retry_after(response.headers.get("retry-after"))
                    location = response.headers.get("location")
                    if 300 <= status < 400 and status != 304 and location:
                        return _Redirect(location, status), None
                    if status == 304 and cached is not None:
                        self.stats.revalidated += 1
                        return self._from_cache(url, cached, tier, failure), None
                    result = await self._read(url, response, tier, failure, keep_body)
                    return result, retry_after
        except httpx.InvalidURL as exc:
            # httpx builds the next request of every redirect, followed or not: a "Location:
            # javascript:…" fails there.  The server sends the visitor nowhere.
            return (
                FetchResult(
                    url,
                    url,
                    Outcome.INVALID_URL,
                    message=f"redirect to an address that cannot be opened ({exc})",
                    tls_tier=tier,
                    tls_failure=failure,
                ),
                None,
            )
        except TimeoutError:
            return (
                FetchResult(
                    url,
                    url,
                    Outcome.TIMEOUT,
                    message=f"no complete answer within {policy.total_timeout:.0f} s",
                    tls_tier=tier,
                    tls_failure=failure,
                ),
                None,
            )

    def _from_cache(self, url: str, cached: CachedEntry, tier: TlsTier, failure: TlsFailure | None) -> FetchResult:
        assert self.cache is not None
        is_page = content_family(cached.content_type) == "page"
        return FetchResult(
            url=url,
            final_url=cached.final_url,
            outcome=Outcome.OK,
            status=cached.status,
            content_type=cached.content_type,
            body=self.cache.read_body(cached) if is_page else None,
            body_path=None if is_page else str(self.cache.body_path(cached.sha256)),
            size=cached.size,
            sha256=cached.sha256,
            etag=cached.etag,
            last_modified=cached.last_modified,
            tls_tier=tier,
            tls_failure=failure,
            revalidated=True,
        )

    async def _read(
        self, url: str, response: httpx.Response, tier: TlsTier, failure: TlsFailure | None, keep_body: bool
    ) -> FetchResult:
        status = response.status_code
        content_type = response.headers.get("content-type")
        outcome = outcome_for_status(status)
        limit = self.policy.sizes.for_type(content_type)
        base = {
            "url": url,
            "final_url": str(response.url),
            "status": status,
            "content_type": content_type,
            "etag": response.headers.get("etag"),
            "last_modified": response.headers.get("last-modified"),
            "tls_tier": tier,
            "tls_failure": failure,
        }
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit and outcome is Outcome.OK:
            return FetchResult(
                **base,
                outcome=Outcome.TOO_LARGE,
                size=int(declared),
                message=f"Content-Length {int(declared):,} bytes is over the {limit:,}-byte limit; not downloaded",
            )
        if outcome is not Outcome.OK:
            # Error bodies are read (bounded) because a 500 home page often still carries the menu.
            body, size, too_large = await _read_bounded(response, min(limit, 2 * 1024 * 1024))
            self.stats.bytes += size
            if outcome in (
                Outcome.BLOCKED,
                Outcome.SERVER_ERROR,
                Outcome.RATE_LIMITED,
                Outcome.UNAVAILABLE,
            ) and _is_bot_wall(body):
                outcome = Outcome.BLOCKED
                message = f"HTTP {status}: a bot-protection challenge page"
            else:
                message = f"HTTP {status}"
            is_page = content_family(content_type) == "page"
            return FetchResult(**base, outcome=outcome, body=body if is_page else None, size=size, message=message)
        if keep_body or content_family(content_type) == "page":
            body, size, too_large = await _read_bounded(response, limit)
            self.stats.bytes += size
            if too_large:
                return FetchResult(
                    **base,
                    outcome=Outcome.TOO_LARGE,
                    size=size,
                    message=f"page is larger than the {limit:,}-byte limit; stopped reading",
                )
            digest = hashlib.sha256(body).hexdigest()
            if self.cache is not None and (base["etag"] or base["last_modified"]):
                self.cache.put_body(body, digest)
                self._remember(base, digest, size)
            return FetchResult(**base, outcome=Outcome.OK, body=body, size=size, sha256=digest)
        return await self._spool_document(base, response, limit)

    async def _spool_document(self, base: dict, response: httpx.Response, limit: int) -> FetchResult:
        digest = hashlib.sha256()
        size = 0
        complete = False
        handle = self.cache.spool() if self.cache is not None else None
        try:
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > limit:
                    break
                digest.update(chunk)
                if handle is not None:
                    handle.write(chunk)
            else:
                complete = True
        finally:
            self.stats.bytes += size
            if handle is not None:
                handle.close()
                if not complete:
                    os.unlink(handle.name)
        if not complete:
            return FetchResult(
                **base,
                outcome=Outcome.TOO_LARGE,
                size=size,
                message=f"file is larger than the {limit:,}-byte limit; stopped reading",
            )
        sha = digest.hexdigest()
        body_path = None
        if self.cache is not None and handle is not None:
            body_path = str(self.cache.adopt(handle.name, sha))
            if base["etag"] or base["last_modified"]:
                self._remember(base, sha, size)
        return FetchResult(**base, outcome=Outcome.OK, body_path=body_path, size=size, sha256=sha)

    def _remember(self, base: dict, sha256: str, size: int) -> None:
        assert self.cache is not None
        self.cache.remember(
            CachedEntry(
                url=base["url"],
                final_url=base["final_url"],
                status=base["status"],
                content_type=base["content_type"],
                etag=base["etag"],
                last_modified=base["last_modified"],
                sha256=sha256,
                size=size,
            )
        )


async def _read_bounded(response: httpx.Response, limit: int) -> tuple[bytes, int, bool]:
    """Up to ``limit`` decoded bytes (so a gzip bomb stops at the limit too)."""
    parts: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > limit:
            return b"".join(parts), size, True
        parts.append(chunk)
    return b"".join(parts), size, False


def _is_bot_wall(body: bytes | None) -> bool:
    if not body:
        return False
    head = body[:65536].lower()
    return any(marker in head for marker in _BOT_WALL_MARKERS)


def _is_dns_error(exc: BaseException) -> bool:
    text = str(exc).lower()
    return any(
        marker in text
        for marker in ("name or service not known", "nodename nor servname", "temporary failure in name resolution")
    )


def _next_tier(tier: TlsTier, failure: TlsFailure) -> TlsTier | None:
    if tier is TlsTier.INSECURE:
        return None
    if failure.verify_error:
        return TlsTier.INSECURE
    return TlsTier.LEGACY if tier is TlsTier.STRICT else TlsTier.INSECURE


def _with_message(result: FetchResult, message: str) -> FetchResult:
    return dataclasses.replace(result, message=message)


def _replace(
    result: FetchResult, *, url: str, redirects: tuple[str, ...], attempts: int, started: float
) -> FetchResult:
    return dataclasses.replace(
        result, url=url, redirects=redirects, attempts=attempts, seconds=time.monotonic() - started
    )
