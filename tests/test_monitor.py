"""Nightly monitoring: a site that lost an item, an unchanged site, an unreachable site."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from lxml import etree

from crawler.monitor import diff_reports
from tests.cli import oit
from tests.sitekit.server import FixtureServer
from tests.test_batch import small_site

ROOT = Path(__file__).resolve().parent.parent
XSD = etree.XMLSchema(etree.parse(str(ROOT / "tests" / "fixtures" / "junit.xsd")))


def monitor(tmp_path: Path, url: str, tag: str, *extra: str) -> subprocess.CompletedProcess[str]:
    return oit(
        "monitor",
        url,
        "--year",
        "2567",
        "--db",
        str(tmp_path / "h.sqlite"),
        "--junit",
        str(tmp_path / f"{tag}.xml"),
        "--markdown",
        str(tmp_path / f"{tag}.md"),
        "--delay",
        "0",
        "--no-cache",
        "--no-browser",
        "--no-sitemaps",
        "--retries",
        "0",
        "--out",
        str(tmp_path / tag),
        *extra,
        timeout=300,
    )


def test_monitor_exit_codes_junit_and_markdown(tmp_path):
    routes = small_site(2)  # O1 passes; no O3 row
    with FixtureServer(routes) as server:
        url = server.url("/")
        first = monitor(tmp_path, url, "first")
        assert first.returncode == 0, first.stderr
        # no baseline yet: JUnit shows what fails now (O3 has no row), not an all-green first night
        first_failures = etree.parse(str(tmp_path / "first.xml")).findall(".//failure")
        assert "O3 " in {f.getparent().get("name")[:3] for f in first_failures}
        same = monitor(tmp_path, url, "same")
        assert same.returncode == 0, same.stderr
        assert "<failure" not in (tmp_path / "same.xml").read_text("utf-8")
        del server.routes["/structure"]  # the site lost O1's page overnight
        lost = monitor(tmp_path, url, "lost", "--json", "-")
        assert lost.returncode == 1, lost.stderr
        # the history knows the site by its normalised start URL (host, port and path)
        assert json.loads(lost.stdout[lost.stdout.index("{") :])[url][0]["kind"] == "regressed"
        db = str(tmp_path / "h.sqlite")
        regressed = oit("diff", url, "--db", db, timeout=60)
        assert regressed.returncode == 1 and "regressed" in regressed.stdout  # exits as monitor does
        unknown = oit("diff", url, "--db", db, "--baseline", "999", timeout=60)
        assert unknown.returncode == 2 and "no scan 999" in unknown.stderr
        missing = oit("diff", url, "--db", str(tmp_path / "none.sqlite"), timeout=60)
        assert missing.returncode == 2 and not (tmp_path / "none.sqlite").exists()
        fail_on = monitor(tmp_path, url, "strict", "--fail-on", "missing")
        assert fail_on.returncode == 1
        port = server.port
    junit = etree.parse(str(tmp_path / "lost.xml"))
    XSD.assertValid(junit)
    failures = junit.findall(".//failure")
    assert len(failures) == 1 and failures[0].get("type") == "regression"
    assert failures[0].getparent().get("name").startswith("O1 ")
    markdown = (tmp_path / "lost.md").read_text("utf-8")
    assert "| O1 |" in markdown and "regressions" in markdown
    XSD.assertValid(etree.parse(str(tmp_path / "strict.xml")))
    gone = monitor(tmp_path, f"http://127.0.0.1:{port}/", "gone")
    assert gone.returncode == 3
    gone_junit = etree.parse(str(tmp_path / "gone.xml"))
    XSD.assertValid(gone_junit)
    assert not gone_junit.findall(".//failure"), "an unreachable night must not report regressions"
    diff = oit("diff", f"http://127.0.0.1:{port}/", "--db", str(tmp_path / "h.sqlite"), timeout=60)
    assert diff.returncode == 0 and "unchecked" in diff.stdout


def report(reachable: bool, **statuses: str) -> dict:
    items = [
        {"code": code, "title": code, "status": status, "url": None, "reason": "r", "fix": "f"}
        for code, status in statuses.items()
    ]
    return {"site": {"reachable": reachable}, "items": items}


def test_diff_tells_regressions_from_could_not_check():
    before = report(True, O1="pass", O2="pass", O3="missing", O4="pass")
    after = report(True, O1="broken", O2="review", O3="pass", O4="pass")
    kinds = {change.code: change.kind for change in diff_reports(before, after)}
    assert kinds == {"O1": "regressed", "O2": "unchecked", "O3": "improved"}
    offline = report(False, O1="review", O2="review", O3="review", O4="review")
    assert {change.kind for change in diff_reports(before, offline)} == {"unchecked"}


def test_history_is_per_start_url_in_the_users_data_directory(tmp_path):
    """Issue 12: two sites on one host were one history, and the database was reports/ under
    whatever directory cron started in.  Now: one history per normalised start URL, kept under
    $XDG_DATA_HOME wherever the command runs, its path printed; ``oit history`` lists the sites
    and a site's scans with the ids ``oit diff --baseline`` takes."""
    data = tmp_path / "data"
    env = {"XDG_DATA_HOME": str(data)}
    for n in (0, 1):
        (tmp_path / f"cwd{n}").mkdir()
    common = ("--year", "2567", "--delay", "0", "--no-cache", "--no-browser", "--no-sitemaps", "--retries", "0")
    with FixtureServer(small_site(2)) as first, FixtureServer(small_site(1)) as second:
        runs = [
            oit("monitor", site.url("/"), *common, "--out", str(tmp_path / f"r{n}"), cwd=tmp_path / f"cwd{n}", env=env)
            for n, site in enumerate((first, second))
        ]
        for run in runs:
            assert run.returncode == 0, run.stderr
            assert str(data / "oit-crawler" / "history.sqlite") in run.stderr
        again = oit("monitor", first.url("/"), *common, "--out", str(tmp_path / "r2"), cwd=tmp_path, env=env)
        assert again.returncode == 0, again.stderr
        listed = oit("history", env=env, cwd=tmp_path, timeout=60)
        assert listed.returncode == 0, listed.stderr
        assert first.url("/") in listed.stdout and second.url("/") in listed.stdout
        scans = oit("history", first.url("/"), env=env, cwd=tmp_path, timeout=60)
        assert scans.returncode == 0 and "scan" in scans.stdout
        ambiguous = oit("history", "127.0.0.1", env=env, cwd=tmp_path, timeout=60)
        assert ambiguous.returncode == 2 and "2 sites on this host" in ambiguous.stderr
        diff = oit("diff", first.url("/"), env=env, cwd=tmp_path, timeout=60)
        assert diff.returncode == 0 and "scan 3 vs 1" in diff.stdout
    assert not (tmp_path / "reports" / "history.sqlite").exists()
