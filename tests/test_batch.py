"""Batch scans: many fixture sites on loopback (dead, slow, rate-limiting), CSV validation,
history, resume after kill -9."""

from __future__ import annotations

import asyncio
import csv
import signal
import sqlite3
import subprocess
import time
from contextlib import ExitStack
from pathlib import Path

import pytest

from crawler.batch.runner import BatchOptions, result_rows, run_batch
from crawler.batch.sites import read_sites
from crawler.crawl.engine import CrawlOptions
from crawler.errors import SiteListError
from crawler.fetch.policy import FetchPolicy
from crawler.report.results_csv import write_results_csv
from crawler.store.history import HistoryStore
from tests.cli import oit, oit_started
from tests.records import document
from tests.sitekit.docs import Doc, docx_bytes
from tests.sitekit.server import FixtureServer, html, raw

ROOT = Path(__file__).resolve().parent.parent


def small_site(n: int, delay: float = 0.0) -> dict:
    ita = (
        "<h2>ITA 2567 การเปิดเผยข้อมูลสาธารณะ</h2><table>"
        "<tr><td>O1</td><td>โครงสร้าง</td><td><a href='/structure'>คลิก</a></td></tr>"
        + ("<tr><td>O3</td><td>อำนาจหน้าที่</td><td><a href='/gone'>คลิก</a></td></tr>" if n % 2 else "")
        + "</table>"
    )
    structure = "<h1>โครงสร้าง</h1><p>" + "แผนผังโครงสร้าง สำนักปลัด กองคลัง " * 4 + "</p>"
    return {
        "/": html(f"<a href='/ita'>ITA 2567</a><p>อบต.ที่ {n}</p>", delay=delay),
        "/ita": html(ita, delay=delay),
        "/structure": html(structure, delay=delay),
    }


def write_csv(path: Path, rows: list[tuple[str, str]], extra_lines: str = "") -> None:
    lines = ["id,name,type,province,district,url,zone"]
    lines += [f"{site_id},อบต.{site_id},อบต.,ตัวอย่าง,เมือง,{url},z1" for site_id, url in rows]
    path.write_text("\n".join(lines) + "\n" + extra_lines, "utf-8")


def test_site_list_validation_reports_lines_and_keeps_going(tmp_path):
    path = tmp_path / "sites.csv"
    write_csv(
        path,
        [("a", "https://a.go.th"), ("b", "b.go.th")],
        "a,dup,อบต.,,,https://c.go.th,z\n,noid,,,,https://d.go.th,z\nx,bad,,,,ftp://x.go.th,z\n"
        "y,typo,ตำบล,,,https://y.go.th,z\nz,cells,,,,https://z.go.th,z,extra\n",
    )
    rows, problems = read_sites(path)
    assert [row.id for row in rows] == ["a", "b", "y"]
    assert rows[1].url == "https://b.go.th/" and rows[0].extra == {"zone": "z1"}
    joined = "\n".join(problems)
    for line, words in (
        (4, "already used on line 2"),
        (5, "empty id"),
        (6, "bad url"),
        (7, "unknown type"),
        (8, "more cells"),
    ):
        assert f"sites.csv:{line}: " in joined and words in joined
    (tmp_path / "nourl.csv").write_text("id,name\na,b\n", "utf-8")
    with pytest.raises(SiteListError, match="url"):
        read_sites(tmp_path / "nourl.csv")


def test_a_batch_of_fifty_sites_with_dead_slow_and_rate_limited_hosts(tmp_path, catalog):
    ruleset = catalog.load(2567)
    with ExitStack() as stack:
        rows = []
        for n in range(44):
            server = stack.enter_context(FixtureServer(small_site(n), record=False))
            rows.append((f"s{n:02d}", server.url("/")))
        for n in range(3):  # dead hosts: the port is closed
            with FixtureServer() as gone:
                rows.append((f"dead{n}", gone.url("/")))
        slow = stack.enter_context(FixtureServer(small_site(99, delay=1.3), record=False))
        rows.append(("slow", slow.url("/")))
        busy_routes = {path: html("Too Many Requests", 429, headers={"Retry-After": "1"}) for path in ("/", "/ita")}
        busy = stack.enter_context(FixtureServer(busy_routes))
        rows.append(("busy", busy.url("/")))
        rows.append(("s44", stack.enter_context(FixtureServer(small_site(44), record=False)).url("/")))
        path = tmp_path / "sites.csv"
        write_csv(path, rows)
        site_rows, problems = read_sites(path)
        assert not problems and len(site_rows) == 50
        policy = FetchPolicy(per_host_delay=0, retries=1, backoff_base=0.1, read_timeout=1.0, connect_timeout=1.0)
        with HistoryStore(tmp_path / "history.sqlite") as store:
            batch_id = store.start_batch(str(path), 2567, {})
            summary = asyncio.run(
                run_batch(
                    site_rows,
                    ruleset,
                    store,
                    batch_id,
                    out_dir=tmp_path / "out",
                    policy=policy,
                    options=CrawlOptions(render_js=False, use_sitemaps=False),
                    batch=BatchOptions(concurrency=10),
                    trust_env=False,
                )
            )
            results = {scan.site_id: scan for scan in store.batch_results(batch_id)}
            assert len(results) == 50 and summary.skipped == 0
            assert all(results[f"dead{n}"].state == "unreachable" for n in range(3))
            assert set(results["dead0"].items.values()) == {"review"}  # never "missing" when not checked
            assert results["slow"].state == "scanned"  # unreachable at first, reached with longer timeouts
            assert store.db.execute("SELECT COUNT(*) FROM scans WHERE site_id='slow'").fetchone()[0] == 2
            assert results["busy"].state == "scanned" and set(results["busy"].items.values()) <= {"review"}
            assert results["s01"].items["O1"] == "pass" and results["s01"].items["O3"] == "broken"
            written = write_results_csv(tmp_path / "out" / "results.csv", result_rows(store, batch_id, site_rows))
        assert busy.max_in_flight <= FetchPolicy.per_host_concurrency
    with (tmp_path / "out" / "results.csv").open(encoding="utf-8-sig") as handle:
        table = list(csv.DictReader(handle))
    assert len(table) == written == 50 * 43  # every site × item; an unreachable site's items are review
    assert (tmp_path / "out" / "s00" / "report.html").exists()


def oit_batch(*args: str) -> subprocess.Popen[str]:
    return oit_started("batch", *args)


def test_killed_batch_resumes_to_the_same_results(tmp_path):
    with ExitStack() as stack:
        rows = [
            (f"r{n:02d}", stack.enter_context(FixtureServer(small_site(n, delay=0.15), record=False)).url("/"))
            for n in range(12)
        ]
        path = tmp_path / "sites.csv"
        write_csv(path, rows)
        common = [
            "--year",
            "2567",
            "--delay",
            "0",
            "--no-cache",
            "--no-browser",
            "--no-sitemaps",
            "--sites-at-once",
            "2",
            "--no-progress",
        ]
        killed_db = tmp_path / "killed.sqlite"
        first = oit_batch(str(path), "--db", str(killed_db), "--out", str(tmp_path / "a"), *common)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            time.sleep(0.2)
            if killed_db.exists():
                try:
                    done = sqlite3.connect(killed_db).execute("SELECT COUNT(*) FROM scans").fetchone()[0]
                except sqlite3.OperationalError:
                    continue
                if done >= 4:
                    break
        first.send_signal(signal.SIGKILL)
        first.wait()
        partial = sqlite3.connect(killed_db).execute("SELECT COUNT(*) FROM scans").fetchone()[0]
        assert 4 <= partial < 12, "the batch was not killed half-way"
        refused = oit_batch(str(path), "--db", str(killed_db), *common)
        assert refused.wait() == 2 and "--resume" in refused.stderr.read()
        resumed = oit_batch(str(path), "--db", str(killed_db), "--out", str(tmp_path / "a"), "--resume", *common)
        assert resumed.wait() == 0, resumed.stderr.read()
        straight_db = tmp_path / "straight.sqlite"
        straight = oit_batch(str(path), "--db", str(straight_db), "--out", str(tmp_path / "b"), *common)
        assert straight.wait() == 0, straight.stderr.read()

    def final(db: Path) -> dict:
        with HistoryStore(db) as store:
            (batch_id,) = store.db.execute("SELECT MAX(id) FROM batches").fetchone()
            return {scan.site_id: (scan.state, scan.items) for scan in store.batch_results(batch_id)}

    resumed_results, straight_results = final(killed_db), final(straight_db)
    dashboard = (tmp_path / "a" / "index.html").read_text("utf-8")
    assert dashboard.count("/report.html'>") == 12 and "ข้อที่ไม่ผ่านบ่อยที่สุด" in dashboard
    assert "<td>O2</td><td>ข้อมูลผู้บริหาร</td><td>12</td><td>100%</td>" in dashboard  # missing everywhere
    assert "<tr><td>O1</td>" not in dashboard.split("เรียงตามคะแนน")[0]  # O1 passes on every site
    assert len(resumed_results) == 12 and resumed_results == straight_results
    with HistoryStore(killed_db) as store:  # no site was scanned twice in the resumed batch
        assert store.db.execute("SELECT COUNT(*) FROM scans").fetchone()[0] == 12


def test_history_store_migrates_once_records_documents_and_refuses_newer_files(tmp_path):
    path = tmp_path / "h.sqlite"
    with HistoryStore(path) as store:
        assert store.version == 1
        store.upsert_site("a", "https://a.go.th/", name="อบต.เอ", extra={"zone": "1"})
        report = {
            "score": {"oit": {"low": 50.0, "high": 60.0}},
            "rules": {"provisional": True},
            "items": [
                {"code": "O1", "status": "pass", "url": "https://a.go.th/x", "reason": "r", "confidence": "high"}
            ],
        }
        docs = [document("https://a.go.th/f.pdf", text="ข้อความ")]
        docs[0].sha256 = "ab" * 32
        scan_id = store.record_scan("a", "https://a.go.th/", 2567, "t0", report=report, state="scanned", documents=docs)
    with HistoryStore(path) as store:  # reopening does not migrate again
        assert store.version == 1
        assert store.scans("a")[0].items == {"O1": "pass"} and store.scans("a")[0].score_low == 50.0
        assert store.db.execute("SELECT sha256 FROM documents WHERE scan_id = ?", (scan_id,)).fetchone()[0] == "ab" * 32
        store.db.execute("PRAGMA user_version = 99")
    with pytest.raises(RuntimeError, match="newer oit-crawler"):
        HistoryStore(path)


def test_site_lists_as_thai_excel_saves_them(tmp_path):
    """Field report (issue 12, item 9): windows-874 and ';'-separated lists were rejected, and
    line numbers counted CSV records, not file lines."""
    text = (
        "id;name;type;province;district;url\n"
        "\n"
        's1;"เทศบาลตำบล\nบ้านใหม่";เทศบาล;ลำปาง;;https://s1.go.th\n'
        "s1;อบต.ซ้ำ;อบต.;ลำปาง;;https://s2.go.th\n"
    )
    (tmp_path / "excel.csv").write_bytes(text.encode("cp874"))
    rows, problems = read_sites(tmp_path / "excel.csv")
    assert [(row.id, row.name, row.province) for row in rows] == [("s1", "เทศบาลตำบล\nบ้านใหม่", "ลำปาง")]
    assert rows[0].line == 4  # the record ends on file line 4 (a blank line and a quoted newline before)
    assert problems == [f"{tmp_path / 'excel.csv'}:5: id 's1' already used on line 4; row skipped"]
    (tmp_path / "bom.csv").write_bytes(b"\xef\xbb\xbf" + b"id,url\ns1,s1.go.th\n")
    assert [row.url for row in read_sites(tmp_path / "bom.csv")[0]] == ["https://s1.go.th/"]


def _children(pid: int) -> set[int]:
    """The processes whose parent is ``pid`` (from /proc: no psutil)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads the process table from /proc")
def test_kill_9_of_a_batch_leaves_no_document_worker_behind(tmp_path):
    """Issue 12: ``kill -9`` of a batch left its two document workers running as orphans."""
    plan = docx_bytes(Doc("docx", "แผนดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2567", (("p", "โครงการ งบประมาณ ระยะเวลา"),)))
    docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

    def site(n: int) -> dict:
        routes = small_site(n, delay=0.3)
        routes["/"] = html(f"<a href='/ita'>ITA 2567</a> <a href='/plan.docx'>แผนดำเนินงาน 2567</a> {n}", delay=0.3)
        routes["/plan.docx"] = raw(plan, docx)
        return routes

    with ExitStack() as stack:
        rows = [(f"s{n}", stack.enter_context(FixtureServer(site(n), record=False)).url("/")) for n in range(8)]
        path = tmp_path / "sites.csv"
        write_csv(path, rows)
        db = tmp_path / "h.sqlite"
        batch = oit_batch(str(path), "--db", str(db), "--year", "2567", "--delay", "0", "--no-cache", "--no-browser")
        workers: set[int] = set()
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not workers:
            time.sleep(0.2)
            workers = {pid for pid in _children(batch.pid) if "multiprocessing" in _command_line(pid)}
        assert workers, "the batch started no document worker"
        batch.send_signal(signal.SIGKILL)
        batch.wait()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
            time.sleep(0.2)
        assert not [pid for pid in workers if _alive(pid)], "document workers outlived the batch"


def _command_line(pid: int) -> str:
    try:
        return (Path("/proc") / str(pid) / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_stopped_batch_keeps_its_finished_sites_and_says_how_to_resume(tmp_path, signum, code):
    """Issue 12: SIGINT/SIGTERM of a batch printed a traceback and gave no way on.  Now the sites
    finished are recorded, those under way are not (they are redone), the command to continue is
    printed, and that command finishes the batch with every site scanned once."""
    with ExitStack() as stack:
        rows = [
            (f"r{n:02d}", stack.enter_context(FixtureServer(small_site(n, delay=0.3), record=False)).url("/"))
            for n in range(10)
        ]
        path = tmp_path / "sites.csv"
        write_csv(path, rows)
        db = tmp_path / "h.sqlite"
        common = ["--delay", "0", "--no-cache", "--no-browser", "--no-sitemaps", "--sites-at-once", "2"]
        batch = oit_batch(str(path), "--db", str(db), "--year", "2567", "--out", str(tmp_path / "out"), *common)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            time.sleep(0.2)
            try:
                if sqlite3.connect(db).execute("SELECT COUNT(*) FROM scans").fetchone()[0] >= 2:
                    break
            except sqlite3.OperationalError:
                continue
        batch.send_signal(signum)
        stderr = batch.stderr.read()
        assert batch.wait(timeout=60) == code, stderr
        assert "Traceback" not in stderr and "หยุดตามคำสั่ง" in stderr
        command = stderr.split("continue with:", 1)[1].split()
        assert command[:2] == ["oit", "batch"] and "--resume" in command
        assert "--delay" in command and "--no-cache" in command  # the run's own options, not the defaults
        finished = sqlite3.connect(db).execute("SELECT COUNT(*) FROM scans").fetchone()[0]
        assert 2 <= finished < 10
        assert (tmp_path / "out" / "results.csv").exists()  # what was finished is written
        resumed = oit_batch(*command[2:], *common)
        assert resumed.wait(timeout=300) == 0, resumed.stderr.read()
    with HistoryStore(db) as store:
        assert store.db.execute("SELECT COUNT(*) FROM scans").fetchone()[0] == 10
        assert store.unfinished_batch(str(path.resolve()), 2567) is None


@pytest.mark.parametrize("command", ["batch", "monitor"])
def test_a_site_lists_words_are_data_never_markup(tmp_path, command):
    """Issue 12, item 2 (audit): a row whose id holds "[/link]" made `oit batch` and `oit monitor`
    print its problem as rich markup: MarkupError and a traceback instead of the problem."""
    (tmp_path / "sites.csv").write_text("id,url\n[/link],not a url at all\n", encoding="utf-8")
    done = oit(command, str(tmp_path / "sites.csv"), "--db", str(tmp_path / "h.sqlite"), cwd=tmp_path)
    assert "MarkupError" not in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert "[/link]" in done.stderr
