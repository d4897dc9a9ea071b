"""The fetcher against real servers on 127.0.0.1: retries, limits, TLS, politeness, caching."""

from __future__ import annotations

import asyncio
import itertools
from urllib.parse import quote, unquote

import pytest

from crawler.fetch.cache import HttpCache
from crawler.fetch.client import Fetcher, parse_retry_after
from crawler.fetch.policy import MB, FetchPolicy, SizeLimits
from crawler.fetch.tls import TlsProblem, TlsTier
from crawler.model.outcome import Outcome
from tests.sitekit.certs import TestPKI
from tests.sitekit.server import FixtureServer, Response, gzip_bomb, html, raw, redirect

FAST = FetchPolicy(per_host_delay=0, retries=0, backoff_base=0.05, read_timeout=2, total_timeout=5)


def fetch(url: str, policy: FetchPolicy = FAST, **kw):
    async def run():
        async with Fetcher(policy, trust_env=False, allowed_networks={"loopback"}, **kw) as fetcher:
            return await fetcher.fetch(url), fetcher

    return asyncio.run(run())


def fetch_many(urls: list[str], policy: FetchPolicy = FAST, **kw):
    async def run():
        async with Fetcher(policy, trust_env=False, allowed_networks={"loopback"}, **kw) as fetcher:
            return await asyncio.gather(*(fetcher.fetch(url) for url in urls)), fetcher

    return asyncio.run(run())


def test_ok_page_keeps_body_and_hash():
    with FixtureServer({"/": html("<html><body>สวัสดี</body></html>")}) as server:
        result, _ = fetch(server.url("/"))
    assert result.outcome is Outcome.OK and result.status == 200
    assert "สวัสดี" in result.decoded().text
    assert result.sha256 and result.size == len("<html><body>สวัสดี</body></html>".encode())


def test_retry_after_is_honoured_for_429():
    calls = {"n": 0}

    def flaky(_request):
        calls["n"] += 1
        if calls["n"] == 1:
            return html("slow down", 429, headers={"Retry-After": "1"})
        return html("<html><body>ok</body></html>")

    with FixtureServer({"/busy": flaky}) as server:
        result, fetcher = fetch(server.url("/busy"), FetchPolicy(per_host_delay=0, retries=2, backoff_base=0.01))
        first, second = server.starts("/busy")
    assert result.outcome is Outcome.OK and result.attempts == 2
    assert second - first >= 0.9, "the second request came before Retry-After elapsed"
    assert fetcher.stats.retries == 1


def test_retry_after_beyond_the_cap_gives_up_at_once():
    with FixtureServer({"/busy": html("no", 429, headers={"Retry-After": "3600"})}) as server:
        result, _ = fetch(server.url("/busy"), FetchPolicy(per_host_delay=0, retries=3, max_retry_after=30))
        assert server.hits("/busy") == 1
    assert result.outcome is Outcome.RATE_LIMITED
    assert "3600" in result.message


def test_5xx_is_retried_with_backoff_then_succeeds():
    answers = iter([html("down", 503), html("down", 502), html("<html><body>up</body></html>")])
    with FixtureServer({"/x": lambda _r: next(answers)}) as server:
        result, _ = fetch(server.url("/x"), FetchPolicy(per_host_delay=0, retries=2, backoff_base=0.05))
        assert server.hits("/x") == 3
    assert result.outcome is Outcome.OK and result.attempts == 3


def test_503_is_unavailable_and_unchecked_500_is_broken():
    with FixtureServer({"/busy": html("Service Unavailable", 503), "/bug": html("error", 500)}) as server:
        (busy, bug), _ = fetch_many([server.url("/busy"), server.url("/bug")], FetchPolicy(per_host_delay=0, retries=0))
    assert busy.outcome is Outcome.UNAVAILABLE and busy.outcome.could_not_check
    assert bug.outcome is Outcome.SERVER_ERROR and bug.outcome.family == "broken"


def test_404_is_not_retried_and_is_broken_not_unchecked():
    with FixtureServer() as server:
        result, _ = fetch(server.url("/missing"), FetchPolicy(per_host_delay=0, retries=3))
        assert server.hits("/missing") == 1
    assert result.outcome is Outcome.NOT_FOUND and result.outcome.family == "broken"


def test_slow_endpoint_times_out_on_read():
    with FixtureServer({"/slow": html("late", delay=2.0)}) as server:
        result, _ = fetch(server.url("/slow"), FetchPolicy(per_host_delay=0, retries=1, read_timeout=0.3))
        assert server.hits("/slow") == 2  # one retry
    assert result.outcome is Outcome.TIMEOUT


def test_dripping_server_hits_the_total_time_limit():
    drip = Response(200, (b"<p>x</p>" for _ in range(100)), chunk_delay=0.2, send_length=False)
    with FixtureServer({"/drip": drip}) as server:
        result, _ = fetch(server.url("/drip"), FetchPolicy(per_host_delay=0, retries=0, total_timeout=1.0))
    assert result.outcome is Outcome.TIMEOUT
    assert "1 s" in result.message


def test_declared_huge_file_is_not_downloaded():
    huge = raw(b"%PDF-1.4 tiny", "application/pdf", headers={"Content-Length": str(30 * MB)}, send_length=False)
    with FixtureServer({"/big.pdf": huge}) as server:
        result, _ = fetch(server.url("/big.pdf"), FetchPolicy(per_host_delay=0, sizes=SizeLimits(document=MB)))
    assert result.outcome is Outcome.TOO_LARGE and result.outcome.could_not_check
    assert result.size == 30 * MB


def test_undeclared_huge_file_stops_at_the_limit(tmp_path):
    chunks = (b"\0" * 65536 for _ in range(200))  # 12.5 MB, no Content-Length
    with FixtureServer({"/big.pdf": Response(200, chunks, content_type="application/pdf", send_length=False)}) as s:
        result, _ = fetch(s.url("/big.pdf"), FetchPolicy(sizes=SizeLimits(document=MB)), cache=HttpCache(tmp_path))
    assert result.outcome is Outcome.TOO_LARGE
    assert MB < result.size < 2 * MB
    assert not list((tmp_path / "tmp").iterdir()), "the partial download was left on disk"


def test_gzip_bomb_is_cut_at_the_page_limit():
    with FixtureServer({"/bomb": gzip_bomb(40)}) as server:
        result, _ = fetch(server.url("/bomb"), FetchPolicy(per_host_delay=0, sizes=SizeLimits(page=MB)))
    assert result.outcome is Outcome.TOO_LARGE


def test_redirect_loop_is_detected():
    routes = {"/a": redirect("/b"), "/b": redirect("/c"), "/c": redirect("/a")}
    with FixtureServer(routes) as server:
        result, _ = fetch(server.url("/a"))
        assert server.hits("/a") == 1
    assert result.outcome is Outcome.REDIRECT_LOOP
    assert result.redirects[-1].endswith("/a")


@pytest.mark.parametrize("location", ["javascript:alert(1)", "http://[::1"])
def test_a_redirect_to_an_address_that_cannot_be_opened_is_named(location):
    """Hostile-site campaign: "Location: javascript:alert(1)" made httpx raise while building the
    next request (it does so even when not following), reported as the tool's own internal error."""
    with FixtureServer({"/c": redirect(location)}) as server:
        result, _ = fetch(server.url("/c"))
    assert result.outcome is not Outcome.INTERNAL and result.outcome.family == "broken", result.message


def test_a_redirect_to_a_raw_thai_location_is_followed():
    """Blind holdout 33: PHP sends "Location: /fileupload/datafiles/แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570).pdf"
    as raw UTF-8 bytes; the file is fetched under the percent-encoded form of that path."""
    target = "/fileupload/datafiles/แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570).pdf"
    plan = raw(b"%PDF-1.4 plan", "application/pdf")
    routes = {"/old-plan.pdf": redirect(target, 301), quote(target): plan, quote(target, safe="/()"): plan}
    with FixtureServer(routes) as server:
        result, _ = fetch(server.url("/old-plan.pdf"))
    assert result.outcome is Outcome.OK, result.message
    assert unquote(result.final_url) == server.url(target)


def test_redirect_chain_is_capped():
    routes = {f"/r{i}": redirect(f"/r{i + 1}", 301) for i in range(30)}
    with FixtureServer(routes) as server:
        result, _ = fetch(server.url("/r0"), FetchPolicy(per_host_delay=0, max_redirects=5))
    assert result.outcome is Outcome.TOO_MANY_REDIRECTS
    assert len(result.redirects) == 6


def test_redirect_to_another_host_is_reported_not_followed():
    with FixtureServer({"/fb": redirect("https://www.facebook.com/somewhere")}) as server:

        async def run():
            async with Fetcher(FAST, trust_env=False, allowed_networks={"loopback"}) as fetcher:
                return await fetcher.fetch(server.url("/fb"), allow_host=lambda host: host == "127.0.0.1")

        result = asyncio.run(run())
    assert result.outcome is Outcome.EXTERNAL_REDIRECT
    assert result.final_url == "https://www.facebook.com/somewhere"


@pytest.mark.parametrize(
    "url", ["http://169.254.169.254/latest/meta-data/", "http://10.1.2.3/intranet/", "http://[::1]/"]
)
def test_private_addresses_are_refused_from_a_public_scan(url):
    async def run():
        async with Fetcher(FAST, trust_env=False) as fetcher:  # a scan that started on a public host
            return await fetcher.fetch(url)

    result = asyncio.run(run())
    assert result.outcome is Outcome.PRIVATE_ADDRESS
    assert result.outcome.could_not_check


def test_a_scan_started_on_loopback_may_fetch_loopback_but_not_link_local():
    with FixtureServer({"/": html("<p>ok</p>")}) as server:

        async def run():
            async with Fetcher(FAST, trust_env=False) as fetcher:
                await fetcher.trust_start_host("127.0.0.1")
                return await fetcher.fetch(server.url("/")), await fetcher.fetch("http://169.254.169.254/")

        local, metadata = asyncio.run(run())
    assert local.outcome is Outcome.OK
    assert metadata.outcome is Outcome.PRIVATE_ADDRESS


def test_unknown_host_and_closed_port_are_classified():
    dns, _ = fetch("http://no-such-host.invalid/")
    assert dns.outcome is Outcome.DNS
    with FixtureServer() as server:
        port = server.port
    closed, _ = fetch(f"http://127.0.0.1:{port}/")
    assert closed.outcome is Outcome.CONNECT


def test_bot_wall_is_blocked_not_missing():
    wall = html("<html><title>Just a moment...</title><script src='/cdn-cgi/challenge-platform/x'></script>", 503)
    with FixtureServer({"/": wall, "/f": html("Forbidden", 403)}) as server:
        (challenge, forbidden), _ = fetch_many([server.url("/"), server.url("/f")])
    assert challenge.outcome is Outcome.BLOCKED and "challenge" in challenge.message
    assert forbidden.outcome is Outcome.BLOCKED and forbidden.outcome.could_not_check


def test_circuit_breaker_stops_hammering_a_failing_host():
    with FixtureServer({f"/p{i}": html("down", 503) for i in range(12)}) as server:
        policy = FetchPolicy(per_host_delay=0, per_host_concurrency=1, retries=0, breaker_threshold=3)
        results, fetcher = fetch_many([server.url(f"/p{i}") for i in range(12)], policy)
        assert len(server.requests) == 3
    outcomes = [result.outcome for result in results]
    assert outcomes.count(Outcome.UNAVAILABLE) == 3  # 503: down for now, not gone
    assert outcomes.count(Outcome.CIRCUIT_OPEN) == 9
    assert next(iter(fetcher.slots.values())).is_open


def test_per_host_concurrency_is_never_exceeded():
    with FixtureServer({f"/p{i}": html("<p>x</p>", delay=0.15) for i in range(10)}) as server:
        policy = FetchPolicy(per_host_delay=0, per_host_concurrency=2)
        results, fetcher = fetch_many([server.url(f"/p{i}") for i in range(10)], policy)
        assert server.max_in_flight == 2  # both slots used, never a third
    assert all(result.ok for result in results)
    assert next(iter(fetcher.slots.values())).stats.max_in_flight == 2


def test_per_host_delay_spaces_request_starts():
    with FixtureServer({f"/p{i}": html("<p>x</p>") for i in range(5)}) as server:
        fetch_many([server.url(f"/p{i}") for i in range(5)], FetchPolicy(per_host_delay=0.2, per_host_concurrency=4))
        starts = sorted(request.started for request in server.requests)
    gaps = [later - earlier for earlier, later in itertools.pairwise(starts)]
    assert min(gaps) >= 0.18


def test_conditional_request_revalidates_from_cache(tmp_path):
    def tagged(request):
        if request.headers.get("if-none-match") == '"v1"':
            return Response(304, b"", content_type=None, headers={"ETag": '"v1"'})
        return html("<html><body>แผนการดำเนินงาน</body></html>", headers={"ETag": '"v1"'})

    with FixtureServer({"/plan": tagged}) as server:
        cache = HttpCache(tmp_path)
        first, _ = fetch(server.url("/plan"), cache=cache)
        second, fetcher = fetch(server.url("/plan"), cache=cache)
        assert server.requests[1].headers.get("if-none-match") == '"v1"'
    assert not first.revalidated and second.revalidated
    assert second.body == first.body and fetcher.stats.revalidated == 1


def test_documents_are_spooled_to_the_cache_by_hash(tmp_path):
    pdf = b"%PDF-1.4\n" + b"x" * 5000
    with FixtureServer({"/f.pdf": raw(pdf, "application/pdf")}) as server:
        result, _ = fetch(server.url("/f.pdf"), cache=HttpCache(tmp_path))
    assert result.body is None and result.body_path
    with open(result.body_path, "rb") as handle:
        assert handle.read() == pdf


def test_retry_after_parses_dates():
    assert parse_retry_after("120") == 120
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == pytest.approx(10)
    assert parse_retry_after("soon") is None


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    return TestPKI(tmp_path_factory.mktemp("pki"))


@pytest.mark.parametrize(
    ("kind", "problem"),
    [
        ("self_signed", TlsProblem.SELF_SIGNED),
        ("expired", TlsProblem.EXPIRED),
        ("wrong_host", TlsProblem.HOSTNAME_MISMATCH),
    ],
)
def test_broken_certificates_are_read_leniently_and_reported(pki, kind, problem):
    page = html("<html><body>เทศบาลตำบลทดสอบ</body></html>")
    with FixtureServer({"/": page}, tls=pki.server_context(kind)) as server:
        policy = FetchPolicy(per_host_delay=0, retries=0, ca_bundle=str(pki.ca_file))
        result, _ = fetch(server.url("/"), policy)
        strict, _ = fetch(server.url("/"), FetchPolicy(per_host_delay=0, retries=0, lenient_tls=False))
    assert result.outcome is Outcome.OK
    assert result.tls_tier is TlsTier.INSECURE
    assert result.tls_failure is not None and result.tls_failure.problem is problem
    assert strict.outcome is Outcome.TLS


def test_unknown_issuer_is_reported_as_incomplete_chain(pki):
    with FixtureServer({"/": html("<p>x</p>")}, tls=pki.server_context("valid")) as server:
        result, _ = fetch(server.url("/"))  # the test CA is not trusted here
        trusted, _ = fetch(server.url("/"), FetchPolicy(per_host_delay=0, ca_bundle=str(pki.ca_file)))
    assert result.ok and result.tls_failure.problem is TlsProblem.UNKNOWN_ISSUER
    assert trusted.ok and trusted.tls_failure is None and trusted.tls_tier is TlsTier.STRICT
