"""The `oit rules` commands, run as a user runs them: a real subprocess, real exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest

from tests.cli import oit

from .conftest import ROOT


def test_years_marks_provisional() -> None:
    result = oit("rules", "years", "--json")
    assert result.returncode == 0, result.stderr
    years = {row["year"]: row for row in json.loads(result.stdout)}
    assert sorted(years) == [2564, 2565, 2566, 2567, 2568, 2569]
    assert [y for y, row in years.items() if row["provisional"]] == [2568, 2569]
    table = oit("rules", "years")
    assert table.returncode == 0
    assert "provisional" in table.stdout and "2569" in table.stdout


def test_list_2566_json() -> None:
    result = oit("rules", "list", "--year", "2566", "--json")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["year"] == 2566 and payload["provisional"] is False
    items = payload["items"]
    assert [item["code"] for item in items] == [f"O{n}" for n in range(1, 44)]
    titles = {item["code"]: item["title"] for item in items}
    assert titles["O10"] == "นโยบายคุ้มครองข้อมูลส่วนบุคคล"
    assert "No Gift Policy" in titles["O31"]
    assert {"freshness", "elements", "aliases", "sub", "fix", "status", "confidence", "source"} <= set(items[0])


def test_list_2564_o10_is_the_annual_plan() -> None:
    items = json.loads(oit("rules", "list", "--year", "2564", "--json").stdout)["items"]
    assert items[9]["code"] == "O10" and items[9]["title"] == "แผนดำเนินงานประจำปี"


def test_show_item_with_window() -> None:
    result = oit("rules", "show", "o12", "--year", "2567", "--json")
    assert result.returncode == 0, result.stderr
    item = json.loads(result.stdout)
    assert item["code"] == "O12" and item["freshness"] == "first_half_fy"
    assert item["window"]["start"] == "2023-10-01" and item["window"]["end"] == "2024-09-30"
    text = oit("rules", "show", "O13", "--year", "2567")
    assert text.returncode == 0
    assert "2566" in text.stdout  # the previous fiscal year of 2567, in the Thai description
    provisional = oit("rules", "show", "O1", "--year", "2569")
    assert "provisional" in provisional.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("rules", "list", "--year", "2570"), "no criteria for assessment year 2570"),
        (("rules", "show", "O44", "--year", "2566"), "O44 is not an item of 2566"),
        (("rules", "show", "O27", "--year", "2569"), "O27 is not an item of 2569"),
        (("--rules-dir", "/nonexistent", "rules", "years"), "does not exist"),
    ],
)
def test_usage_errors_exit_2(args: tuple[str, ...], message: str) -> None:
    result = oit(*args)
    assert result.returncode == 2
    assert message in result.stderr


def test_check_passes_on_shipped_rules() -> None:
    result = oit("rules", "check")
    assert result.returncode == 0, result.stderr
    assert "rules OK" in result.stdout


def test_check_fails_with_file_and_line_on_a_broken_copy(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    path = rules / "2569.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    # Break the item written on line 100 or later, so the file:line must survive rich's markup.
    index = next(i for i, line in enumerate(lines) if i >= 99 and "like:" in line)
    lines[index] = lines[index].replace("like:", "lke:")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = oit("rules", "check", str(rules))
    assert result.returncode == 1
    assert f"{path}:{index + 1}: unknown field 'lke'" in result.stderr
    # other commands refuse to work from a broken file, and say where
    listing = oit("--rules-dir", str(rules), "rules", "list", "--year", "2569")
    assert listing.returncode == 1
    assert f"{path}:{index + 1}:" in listing.stderr


def test_default_year_is_announced_as_provisional() -> None:
    # Today's fiscal year has no rules yet, so the newest year (2569, provisional) is used.
    result = oit("rules", "list")
    assert result.returncode == 0
    assert "2569" in result.stdout and "provisional" in result.stdout


def test_crawl_command_writes_json_and_summary(tmp_path):
    from tests.sitekit.server import FixtureServer, html, raw

    routes = {
        "/": html("<a href='/ita.php'>ITA 2567</a><a href='https://www.facebook.com/x'>Facebook</a>"),
        "/ita.php": html("<table><tr><td>O1</td><td><a href='/o1.pdf'>โครงสร้าง</a></td></tr></table>"),
        "/o1.pdf": raw(b"%PDF-1.4", "application/pdf"),
    }
    out = tmp_path / "crawl.json"
    with FixtureServer(routes) as server:
        done = oit("crawl", server.url("/"), "--delay", "0", "--no-cache", "--out", str(out))
    assert done.returncode == 0, done.stderr
    data = json.loads(out.read_text("utf-8"))
    assert data["kind"] == "crawl" and data["reachable"] is True
    assert [page["path"][-1]["text"] for page in data["pages"]] == ["หน้าแรก", "ITA 2567"]
    assert data["documents"][0]["row"] == "O1 โครงสร้าง"
    assert data["external_links"][0]["service"] == "facebook"
    assert "1 เอกสาร" in done.stderr


def test_crawl_command_exit_codes(tmp_path):
    from tests.sitekit.server import FixtureServer

    bad = oit("crawl", "ftp://example.go.th/")
    assert bad.returncode == 2 and "http://" in bad.stderr
    with FixtureServer() as server:
        port = server.port
    dead = oit("crawl", f"http://127.0.0.1:{port}/", "--no-cache", "--retries", "0", "-o", "-")
    assert dead.returncode == 3
    assert json.loads(dead.stdout)["findings"][0]["code"] == "site_unreachable"


def test_scan_command_json_report(tmp_path):
    from crawler.demo.site import UNDATED_PDF, bundled_pdf
    from tests.sitekit.server import FixtureServer, html, raw

    structure = "<h1>โครงสร้างส่วนราชการ</h1><p>" + "แผนผังโครงสร้าง สำนักปลัด กองคลัง กองช่าง " * 5 + "</p>"
    routes = {
        "/": html("<a href='/ita.php'>ITA 2567</a>"),
        "/ita.php": html(
            "<h2>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี พ.ศ. ๒๕๖๗</h2><table>"
            "<tr><td>O1</td><td>โครงสร้าง</td><td><a href='/structure.php'>คลิก</a></td></tr>"
            "<tr><td>O11</td><td>แผนดำเนินงานและการใช้จ่ายงบประมาณประจำปี พ.ศ. 2566</td>"
            "<td><a href='/plan66.pdf'>ดาวน์โหลด</a></td></tr>"
            "<tr><td>O3</td><td>อำนาจหน้าที่</td><td><a href='/gone.php'>ดู</a></td></tr>"
            "<tr><td>O14</td><td>คู่มือการปฏิบัติงาน</td><td><a href='/broken.pdf'>ดู</a></td></tr></table>"
        ),
        "/structure.php": html(structure),
        "/plan66.pdf": raw(bundled_pdf(UNDATED_PDF), "application/pdf"),
        "/broken.pdf": raw(b"%PDF-1.4 cut off in the upload", "application/pdf"),
    }
    report = tmp_path / "r.json"
    with FixtureServer(routes) as server:
        done = oit(
            "scan",
            server.url("/"),
            "--year",
            "2567",
            "--delay",
            "0",
            "--no-cache",
            "--json",
            str(report),
            "--out",
            str(tmp_path / "out"),
        )
    assert done.returncode == 0, done.stderr
    data = json.loads(report.read_text("utf-8"))
    assert {"tool", "version", "site", "year", "rules", "scanned_at", "score", "items", "stats"} <= set(data)
    assert data["rules"] == {**data["rules"], "year": 2567, "provisional": False}
    from tests.test_report import report_schema

    jsonschema.validate(data, report_schema())
    items = {item["code"]: item for item in data["items"]}
    assert len(items) == 43
    assert items["O1"]["status"] == "pass" and items["O1"]["url"].endswith("/structure.php")
    assert items["O11"]["status"] == "stale"
    assert items["O3"]["status"] == "broken"
    assert items["O14"]["status"] == "broken" and "ไฟล์เสีย" in items["O14"]["reason"]  # a corrupt PDF
    assert items["O36"]["status"] == "missing"
    assert data["score"]["oit"]["low"] > 0
    assert (tmp_path / "out" / "report.json").exists()
    assert "คะแนน OIT โดยประมาณ" in done.stdout


def test_unusable_output_cache_and_ca_bundle_are_refused_before_the_crawl(tmp_path):
    """Hostile-site campaign: an --out that is a file was found only after the whole crawl (its
    report lost, a traceback); --cache on a file and a non-PEM --ca-bundle were tracebacks."""
    a_file = tmp_path / "afile"
    a_file.write_text("x", "utf-8")
    dead = "http://127.0.0.1:9/"  # nothing listens: had the crawl started, it would say so instead
    cases = [
        (["--out", str(a_file)], "--out"),
        (["--json", str(tmp_path / "no" / "x.json")], "--json"),
        (["--cache", str(a_file)], "--cache"),
        (["--ca-bundle", str(a_file)], "--ca-bundle"),
    ]
    for extra, option in cases:
        run = oit("scan", dead, "--no-browser", *extra, cwd=tmp_path, timeout=60)
        assert run.returncode == 2, (option, run.stderr)
        assert option in run.stderr and "Traceback" not in run.stderr
