"""Whole-site crawls of fixture sites on 127.0.0.1."""

from __future__ import annotations

import asyncio
import dataclasses
import itertools
import os
from urllib.parse import unquote, urlsplit

import pytest

from crawler.crawl.engine import CrawlOptions, crawl_site
from crawler.crawl.sink import MemorySink
from crawler.errors import InvalidStartUrl
from crawler.fetch.browser import MAX_RENDER_REQUESTS, find_chromium
from crawler.fetch.cache import HttpCache
from crawler.fetch.client import Fetcher
from crawler.fetch.policy import MB, FetchPolicy, SizeLimits
from crawler.model.outcome import Outcome
from crawler.urls import prepare_start_url
from tests.sitekit.certs import TestPKI
from tests.sitekit.server import FixtureServer, html, raw, redirect
from tests.sitekit.trapsite import MOJIBAKE_NAME, trap_site

POLICY = FetchPolicy(
    per_host_delay=0,
    per_host_concurrency=2,
    retries=1,
    backoff_base=0.05,
    read_timeout=1.0,
    total_timeout=4.0,
    sizes=SizeLimits(document=1 * MB),
)


def run_crawl(url, *, policy=POLICY, options=None, sink=None, cache=None):
    sink = sink if sink is not None else MemorySink()

    async def run():
        async with Fetcher(policy, cache=cache, trust_env=False) as fetcher:
            return await crawl_site(url, fetcher, sink, options or CrawlOptions(concurrency=4))

    return asyncio.run(run()), sink


def path_of(url: str) -> str:
    return unquote(urlsplit(url).path)


@pytest.fixture(scope="module")
def trap_crawl():
    site = trap_site()
    with FixtureServer(site.routes) as server:
        summary, sink = run_crawl(server.url("/"), options=CrawlOptions(concurrency=4, max_pages=60))
        yield site, server, summary, sink


def test_trap_site_crawl_finishes_within_budget(trap_crawl):
    _site, _server, summary, sink = trap_crawl
    assert summary.reachable
    assert len(sink.pages) <= 60
    assert summary.stats.pages == len(sink.pages)


def test_every_reachable_evidence_document_is_found(trap_crawl):
    site, _server, _summary, sink = trap_crawl
    fetched = {path_of(doc.url) for doc in sink.documents if doc.outcome == "ok"}
    assert site.evidence <= fetched, f"missed: {site.evidence - fetched}"


def test_each_trap_is_a_recorded_finding(trap_crawl):
    site, _server, summary, _sink = trap_crawl
    codes = {finding.code for finding in summary.findings}
    assert site.findings <= codes, f"not reported: {site.findings - codes}"


def test_politeness_holds_from_the_servers_side(trap_crawl):
    _site, server, summary, _sink = trap_crawl
    assert server.max_in_flight <= POLICY.per_host_concurrency
    assert not any(path.startswith(("/private/", "/admin/")) for path in server.paths()), "robots.txt ignored"
    assert all(stats.max_in_flight <= 2 for stats in summary.hosts_stats.values())


def test_failures_are_classified_and_could_not_check_is_not_missing(trap_crawl):
    _site, _server, _summary, sink = trap_crawl
    records = {path_of(record.url): record for record in [*sink.pages, *sink.documents]}
    assert records["/ita/loop1.php"].outcome == Outcome.REDIRECT_LOOP
    assert records["/ita/slow.php"].outcome == Outcome.TIMEOUT
    assert records["/ita/busy.php"].outcome == Outcome.RATE_LIMITED
    assert records["/files/budget-huge.pdf"].outcome == Outcome.TOO_LARGE
    assert records["/private/complaints.php"].outcome == Outcome.ROBOTS
    assert records["/ita/old-json.php"].outcome == Outcome.NOT_FOUND
    assert records["/about/executives.php"].outcome == Outcome.PLACEHOLDER
    for unchecked in ("/ita/busy.php", "/files/budget-huge.pdf", "/private/complaints.php"):
        assert Outcome(records[unchecked].outcome).could_not_check


def test_home_500_still_yields_its_links(trap_crawl):
    _site, _server, summary, sink = trap_crawl
    home = next(page for page in sink.pages if page.via == "start")
    assert home.outcome == Outcome.SERVER_ERROR and home.status == 500
    assert any(path_of(page.url) == "/ita/2567.php" for page in sink.pages)
    assert summary.home_outcome == "server_error"


def test_link_paths_context_and_onclick(trap_crawl):
    _site, _server, _summary, sink = trap_crawl
    docs = {path_of(doc.url): doc for doc in sink.documents}
    plan = docs["/files/plan67.pdf"]  # linked only through javascript:window.open(...)
    assert [step.text for step in plan.path] == ["หน้าแรก", "ITA 2567", "เปิดไฟล์"]
    assert "O10" in plan.row and "แผนการดำเนินงาน" in plan.row
    assert "OIT" in plan.heading
    o3 = next(page for page in sink.pages if path_of(page.url) == "/ita/o3.php")  # a <button onclick>
    assert [step.text for step in o3.path][-1] == "ดูข้อมูล"
    mojibake = docs[f"/files/{MOJIBAKE_NAME}"]
    assert mojibake.file_name_repaired == "เอกสาร.pdf"


def test_windows_874_page_decodes_with_curly_quotes(trap_crawl):
    _site, _server, _summary, sink = trap_crawl
    structure = next(page for page in sink.pages if path_of(page.url) == "/about/structure.php")
    assert structure.encoding == "cp874"
    assert "“ส่วนราชการ”…" in structure.text
    assert structure.title == "โครงสร้างส่วนราชการ"


def test_comment_empty_and_external_links_are_counted_not_crawled(trap_crawl):
    _site, server, summary, sink = trap_crawl
    assert "/files/o2-draft.pdf" not in server.paths()
    assert summary.ignored_links["in_comments"] >= 1
    assert summary.ignored_links["empty"] >= 1
    services = {external.service for external in sink.externals}
    assert {"facebook", "egp"} <= services
    localhost = next(external for external in sink.externals if external.host == "localhost")
    assert path_of(localhost.found_on) == "/ita/2567.php"
    facebook = next(external for external in sink.externals if external.service == "facebook")
    assert facebook.times_linked > 1  # the menu is on every page, recorded once


def test_sitemap_urls_are_crawled_with_their_origin(trap_crawl):
    _site, _server, summary, sink = trap_crawl
    page = next(page for page in sink.pages if path_of(page.url) == "/news/only-in-sitemap.php")
    assert page.via == "sitemap"
    assert summary.sitemaps


def test_ignore_robots_override_fetches_disallowed_pages():
    site = trap_site()
    with FixtureServer(site.routes) as server:
        run_crawl(server.url("/"), options=CrawlOptions(obey_robots=False, max_pages=30))
        assert server.hits("/private/complaints.php") == 1


def test_page_budget_is_never_exceeded_and_ita_links_go_first():
    routes = {"/": html("".join(f"<a href='/news/{i}.php'>ข่าว {i}</a>" for i in range(200)) + "<a href='/ita'>ITA</a>")}
    routes |= {f"/news/{i}.php": html(f"<p>ข่าวที่ {i}</p>") for i in range(200)}
    routes["/ita"] = html("<a href='/ita/o1'>O1 โครงสร้าง</a>")
    routes["/ita/o1"] = html("<p>โครงสร้าง</p>")
    with FixtureServer(routes) as server:
        summary, sink = run_crawl(server.url("/"), options=CrawlOptions(max_pages=20, concurrency=2))
    assert len(sink.pages) <= 20
    assert {"/ita", "/ita/o1"} <= {path_of(page.url) for page in sink.pages}
    assert "budget_exhausted" in {finding.code for finding in summary.findings}
    assert summary.unvisited.stopped_by == "pages"
    assert summary.unvisited.counts["pages"] + summary.unvisited.counts.get("not_reached", 0) > 100


def test_depth_budget():
    routes = {f"/d{i}": html(f"<a href='/d{i + 1}'>ต่อไป</a>") for i in range(10)}
    routes["/"] = html("<a href='/d0'>เริ่ม</a>")
    with FixtureServer(routes) as server:
        summary, sink = run_crawl(server.url("/"), options=CrawlOptions(max_depth=3))
    assert max(page.depth for page in sink.pages) == 3
    assert summary.unvisited.counts["depth"] == 1


def test_wall_clock_budget_ends_the_crawl_and_says_so():
    routes = {"/": html("".join(f"<a href='/s{i}'>แผน {i}</a>" for i in range(20)))}
    routes |= {f"/s{i}": html("<p>ช้า</p>", delay=0.6) for i in range(20)}
    with FixtureServer(routes) as server:
        summary, sink = run_crawl(
            server.url("/"), options=CrawlOptions(max_seconds=1.5, concurrency=2, use_sitemaps=False)
        )
    assert summary.unvisited.stopped_by == "time"
    assert 1 <= len(sink.pages) < 21
    assert "budget_exhausted" in {finding.code for finding in summary.findings}


def test_unreachable_site_is_reported_not_raised():
    with FixtureServer() as server:
        port = server.port
    summary, sink = run_crawl(f"http://127.0.0.1:{port}/")
    assert not summary.reachable and not sink.pages
    assert summary.findings[0].code == "site_unreachable"
    assert summary.home_outcome == "connect"


def test_dead_host_is_not_asked_twice_per_address():
    with FixtureServer() as server:
        port = server.port
    summary, _ = run_crawl(f"http://127.0.0.1:{port}/", policy=FetchPolicy(per_host_delay=0, retries=2))
    # robots.txt on http and https, each tried twice (a refused connection is retried once); no home fetch
    assert summary.stats.requests == 4
    assert summary.errors[0].outcome == "connect"


def test_home_redirecting_to_facebook_is_reported_not_crawled():
    with FixtureServer({"/": redirect("https://www.facebook.com/tambon.test")}) as server:
        summary, sink = run_crawl(server.url("/"))
    assert summary.reachable and summary.home_outcome == "external_redirect"
    assert "home_external" in {finding.code for finding in summary.findings}
    assert [external.url for external in sink.externals] == ["https://www.facebook.com/tambon.test"]
    assert sink.externals[0].via == "redirect"


def test_https_address_falls_back_to_http():
    with FixtureServer({"/": html("<p>เทศบาล</p>")}) as server:
        summary, _sink = run_crawl(f"https://127.0.0.1:{server.port}/")
    assert summary.reachable and summary.home_url.startswith("http://")
    assert "scheme_fallback" in {finding.code for finding in summary.findings}


def test_self_signed_site_is_crawled_with_a_tls_finding(tmp_path):
    pki = TestPKI(tmp_path)
    routes = {"/": html("<a href='/ita.php'>ITA</a>"), "/ita.php": html("<a href='/o1.pdf'>O1</a>")}
    routes["/o1.pdf"] = raw(b"%PDF-1.4", "application/pdf")
    with FixtureServer(routes, tls=pki.server_context("expired")) as server:
        summary, sink = run_crawl(server.url("/"), policy=FetchPolicy(per_host_delay=0, ca_bundle=str(pki.ca_file)))
    assert [doc.outcome for doc in sink.documents] == ["ok"]
    tls = next(finding for finding in summary.findings if finding.code == "tls_problem")
    assert "expired" in tls.details[0]


def test_recrawl_with_cache_uses_conditional_requests(tmp_path):
    def tagged(body):
        def route(request):
            if request.headers.get("if-none-match") == '"1"':
                return html("", 304, headers={"ETag": '"1"'}, content_type=None)
            return html(body, headers={"ETag": '"1"'})

        return route

    routes = {"/": tagged("<a href='/a'>แผนพัฒนา</a>"), "/a": tagged("<a href='/b.pdf'>แผน</a>")}
    routes["/b.pdf"] = raw(b"%PDF-1.4 plan", "application/pdf", headers={"ETag": '"1"'})
    with FixtureServer(routes) as server:
        _first, sink1 = run_crawl(server.url("/"), cache=HttpCache(tmp_path))
        second, sink2 = run_crawl(server.url("/"), cache=HttpCache(tmp_path))
    assert second.stats.revalidated >= 2
    assert [p.links for p in sink1.pages] == [p.links for p in sink2.pages]
    assert sink2.documents[0].sha256 == sink1.documents[0].sha256


@pytest.mark.parametrize("bad", ["", "ftp://x.go.th/", "http://", "not a url at all", "javascript:alert(1)"])
def test_bad_start_urls_are_rejected_with_a_reason(bad):
    with pytest.raises(InvalidStartUrl):
        prepare_start_url(bad)


def test_start_url_gets_a_scheme():
    assert prepare_start_url(" song.go.th ") == "https://song.go.th/"


JS_MENU = """<html><head><title>เทศบาลตำบลทดสอบ</title></head><body><div id="root"></div>
<script>
fetch('/api/menu.json').then(r => r.json()).then(items => {
  const root = document.getElementById('root');
  for (const item of items) {
    const a = document.createElement('a');
    a.href = item.href; a.textContent = item.label;
    root.appendChild(a);
  }
});
</script></body></html>"""
JS_ROUTES = {
    "/": html(JS_MENU),
    "/api/menu.json": raw(
        '[{"href": "/ita/2567", "label": "ITA 2567"}, {"href": "/files/o1.pdf", "label": "O1 โครงสร้าง"}]'.encode(),
        "application/json",
    ),
    "/ita/2567": html("<p>การเปิดเผยข้อมูลสาธารณะ ปี ๒๕๖๗</p>" * 20),
    "/files/o1.pdf": raw(b"%PDF-1.4", "application/pdf"),
}


@pytest.mark.skipif(
    find_chromium() is None and not os.environ.get("CI"),
    reason="no Chromium here (.ci/run installs it; in CI this test never skips)",
)
def test_links_built_by_javascript_are_found_with_chromium():
    with FixtureServer(JS_ROUTES) as server:
        summary, sink = run_crawl(server.url("/"))
    home = next(page for page in sink.pages if page.via == "start")
    assert home.rendered
    assert [doc.link_text for doc in sink.documents] == ["O1 โครงสร้าง"]
    assert "js_rendered" in {finding.code for finding in summary.findings}


# Field report (issue 10, class 5): social and banner links in the HTML, the site's own menu
# only in a JSON file a script reads into an empty <div id="nav">.
JS_NAV_BESIDE_OTHER_LINKS = """<html><head><title>อบต.ทดสอบ</title><script src="/js/jquery.min.js"></script></head>
<body><div class="top"><a href="https://www.facebook.com/abt.test">Facebook</a> <a href="https://line.me/R/ti/p/@abt">Line</a>
<a href="https://www.dla.go.th"><img src="/img/dla.png" alt="กรมส่งเสริมการปกครองท้องถิ่น"></a>
<a href="https://www.nacc.go.th"><img src="/img/nacc.png" alt="ป.ป.ช."></a>
<a href="https://www.oic.go.th"><img src="/img/oic.png" alt="สขร."></a>
<a href="https://www.gprocurement.go.th"><img src="/img/egp.png" alt="e-GP"></a>
<a href="https://www.youtube.com/@abttest"><img src="/img/yt.png" alt="YouTube"></a></div>
<div id="nav"></div><p>ยินดีต้อนรับสู่เว็บไซต์องค์การบริหารส่วนตำบลทดสอบ ตำบลทดสอบตั้งอยู่ทางทิศเหนือของอำเภอ
มีพื้นที่ประมาณ 45 ตารางกิโลเมตร ประกอบด้วย 12 หมู่บ้าน ประชากรส่วนใหญ่ประกอบอาชีพเกษตรกรรม ทำนา ทำสวนยางพารา
และเลี้ยงสัตว์ องค์การบริหารส่วนตำบลมีภารกิจในการพัฒนาคุณภาพชีวิตของประชาชนในพื้นที่ตามอำนาจหน้าที่</p>
<script>
$.getJSON('/data/menu.json', function (items) {
  items.forEach(function (item) { $('#nav').append('<a href="' + item.href + '">' + item.label + '</a> '); });
});
</script></body></html>"""


@pytest.mark.skipif(
    find_chromium() is None and not os.environ.get("CI"),
    reason="no Chromium here (.ci/run installs it; in CI this test never skips)",
)
def test_a_javascript_menu_beside_social_and_banner_links_is_rendered():
    jquery = (  # the two calls of jQuery the page uses
        "window.$ = function (sel) { return { append: function (h) {"
        " document.querySelector(sel).insertAdjacentHTML('beforeend', h); } }; };"
        "$.getJSON = function (u, f) { fetch(u).then(function (r) { return r.json(); }).then(f); };"
    )
    routes = {
        "/": html(JS_NAV_BESIDE_OTHER_LINKS),
        "/js/jquery.min.js": raw(jquery.encode(), "application/javascript"),
        "/data/menu.json": raw(
            '[{"href": "/ita/2567", "label": "ITA 2567"}, {"href": "/about", "label": "เกี่ยวกับเรา"}]'.encode(),
            "application/json",
        ),
        "/ita/2567": html("<h1>การเปิดเผยข้อมูลสาธารณะ ปี ๒๕๖๗</h1>" + "<p>ข้อมูล</p>" * 20),
        "/about": html("<h1>ประวัติ</h1>" + "<p>ตำบลทดสอบ</p>" * 20),
    }
    with FixtureServer(routes) as server:
        _summary, sink = run_crawl(server.url("/"))
    home = next(page for page in sink.pages if page.via == "start")
    assert home.rendered
    assert {"/ita/2567", "/about"} <= {urlsplit(page.url).path for page in sink.pages}


# Holdout 10: a full menu in the HTML (a dozen same-site links) whose one branch, "ITA / OIT
# ๒๕๖๗", is an empty sub-menu a script file fills from a JSON answer: the only way to the evidence.
FULL_MENU_EMPTY_BRANCH = (
    "<html><head><title>อบต.ทดสอบ</title></head><body><ul class='nav menu'>"
    + "".join(f"<li><a href='/page/{n}'>เมนูที่ {n}</a></li>" for n in range(12))
    + "<li class='parent'><a href='#'>ITA / OIT ๒๕๖๗</a><ul class='nav-child' id='ita-sub'></ul></li>"
    "</ul><p>ยินดีต้อนรับ</p><script src='/js/itamenu.js'></script></body></html>"
)
ITA_MENU_SCRIPT = (
    "fetch('/index.php?option=com_ajax&module=itamenu&format=json').then(function (r) { return r.json(); })"
    ".then(function (res) { res.data.forEach(function (item) { var a = document.createElement('a');"
    " a.href = item.link; a.textContent = item.title; var li = document.createElement('li'); li.appendChild(a);"
    " document.getElementById('ita-sub').appendChild(li); }); });"
)


@pytest.mark.skipif(
    find_chromium() is None and not os.environ.get("CI"),
    reason="no Chromium here (.ci/run installs it; in CI this test never skips)",
)
def test_a_full_menu_with_an_empty_branch_a_script_fills_is_rendered():
    routes = {
        "/": html(FULL_MENU_EMPTY_BRANCH),
        "/js/itamenu.js": raw(ITA_MENU_SCRIPT.encode(), "application/javascript"),
        "/index.php?option=com_ajax&module=itamenu&format=json": raw(
            b'{"success": true, "data": [{"link": "/ita-2567.html", "title": "OIT 2567"}]}',
            "application/json",
        ),
        "/ita-2567.html": html("<h1>การเปิดเผยข้อมูลสาธารณะ ปี ๒๕๖๗</h1>" + "<p>ข้อมูล</p>" * 20),
        **{f"/page/{n}": html(f"<h1>หน้า {n}</h1>" + "<p>เนื้อหา</p>" * 20) for n in range(12)},
    }
    with FixtureServer(routes) as server:
        _summary, sink = run_crawl(server.url("/"))
    assert "/ita-2567.html" in {urlsplit(page.url).path for page in sink.pages}


def _js_page(script: str) -> str:
    """A page the crawler renders (an empty menu a script fills) running ``script``."""
    return f"<html><body><div id='nav'></div><p>อบต.ทดสอบ</p><script>{script}</script></body></html>"


needs_chromium = pytest.mark.skipif(
    find_chromium() is None and not os.environ.get("CI"),
    reason="no Chromium here (.ci/run installs it; in CI this test never skips)",
)


@needs_chromium
def test_a_script_that_reloads_its_page_forever_is_cut_after_a_few_navigations():
    """Issue 12 item 7: a page setting location to itself in a loop hung the scan until it was
    killed at 180 s.  Now the render refuses the navigations past the limit and says so."""
    routes = {"/": html(_js_page("fetch('/menu.json'); setTimeout(function () { location.reload(); }, 50);"))}
    with FixtureServer(routes) as server:
        summary, sink = run_crawl(server.url("/"))
    assert any(page.via == "start" for page in sink.pages)
    limited = [f for f in summary.findings if f.code == "js_render_limited"]
    assert limited and "navigated" in " ".join(limited[0].details)
    assert server.hits("/") <= 2 + 5  # the crawler's own request(s) and the navigations allowed


@needs_chromium
def test_a_rendered_page_keeps_the_hosts_pace_and_its_request_limit():
    """Issue 12 item 7: Chromium made 600–1,430 requests at ~15 a second against a host the
    crawler asks twice at once, 0.5 s apart.  Now every request of the page to the site waits its
    turn, and past the render's request limit the rest are refused."""
    flood = "for (var n = 0; n < 400; n++) { fetch('/api/' + n); }"
    routes = {"/": html(_js_page(flood))}
    policy = dataclasses.replace(POLICY, per_host_delay=0.02)
    with FixtureServer(routes) as server:
        server.not_found = raw(b"{}", "application/json")
        _summary, _sink = run_crawl(server.url("/"), policy=policy)
    starts = sorted(server.starts_with("/api/"))
    assert 0 < len(starts) <= MAX_RENDER_REQUESTS
    gaps = [later - earlier for earlier, later in itertools.pairwise(starts)]
    assert min(gaps) >= 0.015, "the page's requests to the site were not spaced by the host's delay"


@needs_chromium
def test_a_script_that_never_yields_ends_the_render_not_the_scan():
    """Issue 12 item 7: a busy-looping script took 37 s and 1.1 GB.  Now the render has a time
    limit that covers loading, reading and closing the page, and the crawl goes on."""
    routes = {
        "/": html(_js_page("while (true) {}") + "<a href='/about'>เกี่ยวกับเรา</a>"),
        "/about": html("<h1>เกี่ยวกับเรา</h1>" + "<p>ตำบลทดสอบ</p>" * 20),
    }
    with FixtureServer(routes) as server:
        summary, sink = run_crawl(server.url("/"))
    assert "/about" in {urlsplit(page.url).path for page in sink.pages}  # the crawl went on
    assert "js_not_rendered" in {finding.code for finding in summary.findings}


def test_without_a_browser_javascript_pages_are_reported_unchecked(monkeypatch):
    monkeypatch.setenv("OIT_CHROMIUM", "/nonexistent/chromium")
    with FixtureServer(JS_ROUTES) as server:
        summary, sink = run_crawl(server.url("/"))
    assert not sink.documents
    finding = next(finding for finding in summary.findings if finding.code == "js_not_rendered")
    assert "Chromium" in finding.details[0]


def test_bad_ipv6_addresses_in_robots_sitemaps_and_redirects_are_data_not_crashes():
    """Field report (issue 12): one 'Sitemap: http://[::1' line in robots.txt made the whole site
    unscannable (a traceback within two seconds)."""
    routes = {
        "/robots.txt": raw(b"User-agent: *\nDisallow:\nSitemap: http://[::1\nSitemap: /sitemap.xml\n", "text/plain"),
        "/sitemap.xml": raw(
            b"<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
            b"<url><loc>http://[::1</loc></url><url><loc>/from-sitemap.php</loc></url></urlset>",
            "application/xml",
        ),
        "/": html(
            "<base href='http://[::1'><h1>เทศบาลตำบลทดสอบ</h1><p>ข้อมูลข่าวสารของเทศบาล</p>"
            "<a href='http://[::1/x'>bad</a><a href='/moved'>ย้าย</a>"
        ),
        "/moved": redirect("http://[::1"),
        "/from-sitemap.php": html("<h1>จาก sitemap</h1>"),
    }
    with FixtureServer(routes) as server:
        summary, sink = run_crawl(server.url("/"))
    assert summary.reachable
    paths = {path_of(page.url): page for page in sink.pages}
    assert "/from-sitemap.php" in paths  # the good sitemap line still counts
    moved = paths["/moved"]  # httpx refuses the Location itself: a named broken outcome, not a crash
    assert moved.outcome.family == "broken" and "[::1" not in path_of(moved.url)


def test_session_ids_in_links_do_not_multiply_pages():
    """Field report (issue 12): a 40-page site answered with a new session id in every link
    and was crawled as hundreds of pages.  Session ids in the path (";jsessionid=") and the
    query (PHPSESSID, sid, osCsid) name the same page."""
    import secrets

    def links() -> str:
        sid = secrets.token_hex(8)
        return "".join(
            f"<a href='/p/{j};jsessionid={sid}'>หน้า {j}</a>"
            f"<a href='/q.php?id={j}&PHPSESSID={sid}&osCsid={sid}'>รายการ {j}</a>"
            f"<a href='/q.php?sid={sid}&id={j}'>รายการ {j}</a>"
            for j in range(8)
        )

    def page(_request):
        return html(f"<h1>เทศบาลตำบลทดสอบ</h1><p>ข้อมูลข่าวสาร</p>{links()}")

    routes = {"/": page, "/q.php": page, **{f"/p/{j}": page for j in range(8)}}
    with FixtureServer(routes) as server:
        summary, sink = run_crawl(server.url("/"), options=CrawlOptions(concurrency=4, max_pages=200))
    assert len(sink.pages) == 1 + 8 + 8, sorted(page.url for page in sink.pages)
    assert summary.stats.requests <= 1 + 8 + 8 + 2  # robots.txt and sitemap.xml besides


def test_records_round_trip_through_their_json_form(trap_crawl):
    """JSON is only an edge: a record written out and read back is the same record."""
    from crawler.model.document import DocumentText
    from crawler.model.records import document_from_json, external_from_json, page_from_json, to_json

    _site, _server, _summary, sink = trap_crawl
    assert sink.pages and sink.documents and sink.externals
    for records, read in ((sink.pages, page_from_json), (sink.documents, document_from_json)):
        for record in records:
            assert read(to_json(record)) == record
    for external in sink.externals:
        assert external_from_json(to_json(external)) == external
    text = DocumentText("หน้า 1\nลงชื่อ", "text_layer", "หน้า 1", "นายก", 2, 2, 1, ["ลงชื่อ"], "timeout", "read 2 of 2", 1.5)
    read_one = dataclasses.replace(sink.documents[0], text=text)
    assert document_from_json(to_json(read_one)) == read_one
