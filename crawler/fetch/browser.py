"""Render pages whose menus and links are built by JavaScript, with the system Chromium.

Only pages that look JavaScript-built are rendered (see ``needs_browser``), a bounded number
per site, one at a time per host through the fetcher's host slot.  Images, fonts and media
are not downloaded.  Playwright (a default dependency) drives Debian's ``chromium``
(``OIT_CHROMIUM`` overrides the path): Playwright's own
browser download does not work offline.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import os
import re
import shutil
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from crawler.errors import BrowserUnavailable

# Without the background-networking flags Chromium keeps calling Google's hosts, which a
# closed network refuses many times a second.
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
)
_SKIPPED_RESOURCES = frozenset({"image", "media", "font", "stylesheet"})  # no link is in them
_JS_SHELL_MARKERS = (
    'id="root"',
    "id='root'",
    'id="app"',
    "id='app'",
    "enable javascript",
    "เปิดใช้งาน javascript",
    "__next",
    "ng-app",
    "data-reactroot",
)


@dataclass(frozen=True)
class Rendered:
    url: str
    final_url: str
    html: str | None
    error: str | None = None


def find_chromium() -> str | None:
    configured = os.environ.get("OIT_CHROMIUM")
    if configured:
        return configured if os.path.exists(configured) else None
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


# A container a script fills: <div id="nav"></div>, <ul class="menu"></ul>, <nav></nav>.
_EMPTY_CONTAINER = re.compile(
    r"<(?:div|ul|nav)\b[^>]*(?:\b(?:id|class)\s*=\s*[\"'][^\"']*(?:nav|menu)[^\"']*[\"'])?[^>]*>\s*</(?:div|ul|nav)>",
    re.IGNORECASE,
)
# A menu a script fills, named as one: <ul class="nav-child" id="ita-sub"></ul> under "ITA / OIT".
_EMPTY_MENU = re.compile(
    r"<(ul|ol|nav|div)\b[^>]*\b(?:id|class)\s*=\s*[\"'][^\"']*(?:nav|menu|sub)[^\"']*[\"'][^>]*>\s*</\1>",
    re.IGNORECASE,
)
_SCRIPT_LOADS = re.compile(r"fetch\(|getjson|xmlhttprequest|\.json['\"]|\$\.ajax|axios|innerhtml", re.IGNORECASE)
ENOUGH_NAVIGATION = 10  # same-site links: a page with this many has its menu in the HTML
THIN_NAVIGATION = 3


_SCRIPT_SRC = re.compile(r"<script\b[^>]*\bsrc\s*=\s*[\"']?([^\"'\s>]+)", re.IGNORECASE)
_INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc\s*=)[^>]*>(.*?)</script>", re.IGNORECASE | re.DOTALL)


def script_signature(html_text: str) -> str:
    """What builds the page in the browser: its script files and inline scripts.  Two pages
    with one signature get the same menu from the same JSON file."""
    head = html_text[:200_000]
    sources = sorted(set(_SCRIPT_SRC.findall(head)))
    inline = sorted({" ".join(code.split()) for code in _INLINE_SCRIPT.findall(head) if code.strip()})
    digest = hashlib.sha256("\n".join([*sources, "--", *inline]).encode("utf-8", "replace")).hexdigest()
    return digest[:16]


def needs_browser(html_text: str, own_text_chars: int, same_site_links: int) -> bool:
    """Is this page's navigation or content built in the browser?

    Judged by its same-site links, not all links: a home page with Facebook, LINE and banner
    links and an empty ``<div id="nav">`` that a script fills from a JSON file has links, but
    no way into the site (field report: a whole site's 40 items 'missing').  Rendered when
    scripts are present and the same-site navigation is missing or thin — thin counts only
    when an empty menu container or a script that loads data says more is coming — or when a
    full menu has an empty sub-menu a script fills.
    """
    lowered = html_text[:200_000].lower()
    if "<script" not in lowered:
        return False
    if same_site_links >= ENOUGH_NAVIGATION:
        # A full menu with one branch a script fills ("ITA / OIT ๒๕๖๗" over an empty list): that
        # branch is the way to the evidence (holdout 10).  Rendered once per set of scripts.
        return _EMPTY_MENU.search(lowered) is not None
    if same_site_links < THIN_NAVIGATION:
        return own_text_chars < 2_000 or any(marker in lowered for marker in _JS_SHELL_MARKERS)
    filled_later = _EMPTY_CONTAINER.search(lowered) is not None and _SCRIPT_LOADS.search(lowered) is not None
    return filled_later or any(marker in lowered for marker in _JS_SHELL_MARKERS)


class BrowserRenderer:
    """``async with BrowserRenderer(user_agent) as renderer: await renderer.render(url)``."""

    def __init__(self, user_agent: str, *, timeout: float = 20.0, executable: str | None = None) -> None:
        self.user_agent = user_agent
        self.timeout_ms = int(timeout * 1000)
        self.executable = executable
        self._playwright: Any = None
        self._browser: Any = None
        self._context: Any = None
        self.renders = 0
        self.broken = False  # a render that would not end: restart before the next one

    async def __aenter__(self) -> BrowserRenderer:
        try:
            from playwright.async_api import async_playwright
        except ImportError as exc:
            raise BrowserUnavailable("Playwright is not installed (pip install playwright)") from exc
        executable = self.executable or find_chromium()
        if executable is None:
            raise BrowserUnavailable("no Chromium found (apt-get install chromium, or set OIT_CHROMIUM)")
        self._playwright = await async_playwright().start()
        try:
            self._browser = await self._playwright.chromium.launch(
                executable_path=executable, headless=True, args=list(CHROMIUM_ARGS)
            )
            self._context = await self._browser.new_context(
                user_agent=self.user_agent, locale="th-TH", ignore_https_errors=True, java_script_enabled=True
            )
        except Exception as exc:
            await self._playwright.stop()
            raise BrowserUnavailable(f"Chromium did not start: {exc}") from exc
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        for closer in (self._context, self._browser):
            if closer is not None:
                with contextlib.suppress(Exception):  # a crashed browser is already closed
                    await closer.close()
        if self._playwright is not None:
            await self._playwright.stop()

    async def render(self, url: str, *, delay: float = 0.0) -> Rendered:
        """The page as Chromium builds it, within limits: ``MAX_RENDER_REQUESTS`` requests, the
        site's own ones ``delay`` seconds apart (the host's politeness), ``MAX_NAVIGATIONS``
        navigations (a script that reloads the page forever), and the time limit for the whole
        render, content and close included (a script that never yields)."""
        self.renders += 1
        page = await self._context.new_page()
        limits = _RenderLimits(urlsplit(url).hostname or "", delay)
        await page.route("**/*", lambda route: limits.handle(route, page))
        try:
            return await asyncio.wait_for(self._load(page, url, limits), self.timeout_ms / 1000 + _CONTENT_SECONDS)
        except TimeoutError:
            self.broken = True  # a page that does not yield may hold its renderer: start afresh
            return Rendered(url, url, None, f"render time limit ({self.timeout_ms / 1000 + _CONTENT_SECONDS:.0f} s)")
        except Exception as exc:
            return Rendered(url, url, None, f"{type(exc).__name__}: {str(exc).splitlines()[0]}")
        finally:
            try:
                await asyncio.wait_for(page.close(), _CLOSE_SECONDS)
            except Exception:
                self.broken = True

    async def _load(self, page: Any, url: str, limits: _RenderLimits) -> Rendered:
        await page.goto(url, wait_until="domcontentloaded", timeout=self.timeout_ms)
        with contextlib.suppress(Exception):  # pages that poll forever never go idle
            await page.wait_for_load_state("networkidle", timeout=min(self.timeout_ms, 5000))
        html = await page.content()
        if limits.cut:
            return Rendered(url, page.url, html, limits.cut)
        return Rendered(url, page.url, html)


MAX_RENDER_REQUESTS = 150  # what one page may ask for while it is drawn
MAX_NAVIGATIONS = 5  # a script that sets location to the page itself, over and over
_CONTENT_SECONDS = 10.0
_CLOSE_SECONDS = 5.0
RENDERS_PER_BROWSER = 25  # then Chromium is restarted: its memory grows with every page


class _RenderLimits:
    """What the browser may fetch while it draws one page (each request routed through here)."""

    def __init__(self, host: str, delay: float) -> None:
        self.host = host
        self.delay = delay
        self.requests = 0
        self.navigations = 0
        self.cut = ""  # why requests were refused, when they were
        self._gate = asyncio.Lock()
        self._last = 0.0

    async def handle(self, route: Any, page: Any) -> None:
        request = route.request
        if request.resource_type in _SKIPPED_RESOURCES:
            await route.abort()
            return
        self.requests += 1
        if self.requests > MAX_RENDER_REQUESTS:
            self.cut = f"more than {MAX_RENDER_REQUESTS} requests while rendering; the rest refused"
            await route.abort()
            return
        if request.is_navigation_request() and request.frame == page.main_frame:
            self.navigations += 1
            if self.navigations > MAX_NAVIGATIONS:
                self.cut = f"the page navigated more than {MAX_NAVIGATIONS} times (a redirect loop in its script)"
                await route.abort()
                return
        if (urlsplit(request.url).hostname or "") != self.host:
            await route.continue_()
            return
        # The site's own requests keep the host's pace, as the crawler's do: one at a time, the
        # host's delay apart (Chromium alone opens six connections and sends what it likes).
        # A navigation is let through once its turn comes (the browser follows its redirects).
        async with self._gate:
            wait = self._last + self.delay - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            if request.is_navigation_request():
                self._last = time.monotonic()
                await route.continue_()
                return
            try:
                response = await route.fetch()
            finally:
                self._last = time.monotonic()
        await route.fulfill(response=response)


class LazyBrowser:
    """Starts Chromium the first time a page needs it, at most once per crawl."""

    def __init__(self, user_agent: str) -> None:
        self.user_agent = user_agent
        self.error: str | None = None
        self._renderer: BrowserRenderer | None = None
        self._lock = asyncio.Lock()

    async def get(self) -> BrowserRenderer | None:
        async with self._lock:
            spent = self._renderer is not None and (
                self._renderer.broken or self._renderer.renders >= RENDERS_PER_BROWSER
            )
            if spent:
                await self.close()
            if self._renderer is None and self.error is None:
                renderer = BrowserRenderer(self.user_agent)
                try:
                    self._renderer = await renderer.__aenter__()
                except BrowserUnavailable as exc:
                    self.error = str(exc)
            return self._renderer

    async def close(self) -> None:
        if self._renderer is not None:
            renderer, self._renderer = self._renderer, None
            with contextlib.suppress(Exception, TimeoutError):
                await asyncio.wait_for(renderer.__aexit__(None, None, None), _CLOSE_SECONDS * 2)
