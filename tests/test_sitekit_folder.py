"""The field-corpus folder loader (tests/sitekit/folder.py): strict validation and static serving."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import httpx
import pytest

from tests.sitekit.folder import SiteFolderError, load_site

HOME = "<html><body><h1>อบต.ทดสอบ</h1></body></html>"


def make(tmp_path: Path, site_yaml: str, files: dict[str, str | bytes]) -> Path:
    folder = tmp_path / "99-test-site"
    (folder / "www").mkdir(parents=True)
    (folder / "site.yaml").write_text(site_yaml, encoding="utf-8")
    for name, content in {"index.html": HOME, **files}.items():
        path = folder / "www" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder


BASIC = "year: 2567\nreport: a test site\n"


def test_expectations_cover_every_item_with_the_default(tmp_path, catalog):
    page = "<p>\n<!-- expect O11 pass: แผนดำเนินงาน 2567 -->\n<a href='/x.pdf'>แผน</a></p>"
    folder = make(
        tmp_path,
        BASIC + "expect:\n  default: missing\n  O9: {status: review, why: facebook only}\n",
        {"ita/index.html": page},
    )
    site = load_site(folder, catalog)
    codes = [item.code for item in catalog.load(2567).items]
    assert list(site.expect) == codes
    assert site.expect["O11"].status == "pass" and site.expect["O11"].where == "www/ita/index.html:2"
    assert site.expect["O9"].status == "review" and site.expect["O9"].where == "site.yaml"
    assert site.expect["O1"].status == "missing" and not site.expect["O1"].annotated
    assert set(site.annotated) == {"O9", "O11"}


@pytest.mark.parametrize(
    ("site_yaml", "files", "message"),
    [
        (BASIC, {"a.html": "<!-- expect O11 passed: typo -->"}, "a.html:1: unknown status 'passed'"),
        (BASIC, {"a.html": "<!-- expect O44 pass: no such item -->"}, "unknown item code 'O44'"),
        (BASIC, {"a.html": "<!-- expect O01 pass: zero-padded -->"}, "unknown item code 'O01'"),
        (BASIC, {"a.html": "<!-- expect O11 pass -->"}, "a.html:1: annotation must read"),
        (BASIC, {"a.html": "<!-- expected O11 pass: x -->"}, "annotation must read"),
        (
            BASIC,
            {"a.html": "<!-- expect O11 pass: here -->", "b/c.html": "\n<!-- expect O11 stale: there -->"},
            "O11 is annotated more than once: www/a.html:1, www/b/c.html:2",
        ),
        (
            BASIC + "expect:\n  O11: {status: pass, why: twice}\n",
            {"a.html": "<!-- expect O11 pass: x -->"},
            "more than once",
        ),
        (BASIC + "expect:\n  default: absent\n", {}, "expect default: unknown status 'absent'"),
        (BASIC + "routes:\n  /x: {}\n", {}, "site.yaml routes '/x': no known kind"),
        (BASIC + "routes:\n  /x: {serve: a.html}\n", {}, "unknown key(s) serve"),
        (BASIC + "routes:\n  /x: {file: nothere.pdf}\n", {}, "www/nothere.pdf does not exist"),
        (BASIC + "routes:\n  /x: {redirect: /y, status: 200}\n", {}, "redirect status 200 is not a redirect"),
        ("year: 2599\nreport: x\n", {}, "year: 2599: no rule set"),
        ("report: x\n", {}, "year: must be"),
        (BASIC + "colour: red\n", {}, "unknown key 'colour'"),
        (BASIC, {"menu.json": '{"a": "<!-- expect O1 pass: x -->"}'}, "annotations go only in .html files"),
        (BASIC + "known_misses:\n  O30: matcher\n", {}, "known_misses: O30 is not an annotated item"),
        (BASIC + "known_misses: [O11]\n", {"a.html": "<!-- expect O11 pass: x -->"}, "known_misses: must map"),
    ],
)
def test_problems_name_the_file(tmp_path, catalog, site_yaml, files, message):
    folder = make(tmp_path, site_yaml, files)
    with pytest.raises(SiteFolderError) as error:
        load_site(folder, catalog)
    assert message in str(error.value)
    assert "99-test-site/" in str(error.value)


def test_serves_files_routes_and_strips_annotations(tmp_path, catalog):
    thai = "fileupload/แผนดำเนินงาน ประจำปี 2567–2569.docx"
    folder = make(
        tmp_path,
        BASIC
        + "routes:\n"
        + "  /download.php?id=17: {file: store/a1.xlsx, content_type: application/vnd.ms-excel}\n"
        + "  /old: {redirect: /ita/}\n"
        + "  /busy: {status: 503, body: Service Unavailable}\n"
        + "  /gone/: {status: 404}\n"
        + "  /tis.html: {file: tis.html, content_type: 'text/html; charset=tis-620'}\n",
        {
            thai: b"PK\x03\x04docx",
            "store/a1.xlsx": b"PK\x03\x04xlsx",
            "ita/index.html": "<ul>\n  <!-- expect O11 pass: ลิงก์ไทยดิบ -->\n  <li><a href='/x'>x</a></li></ul>",
            "tis.html": "<p>ทดสอบ<!-- expect O1 pass: โครงสร้าง --></p>".encode("cp874"),
            "gone/index.html": HOME,
        },
    )
    site = load_site(folder, catalog)
    assert site.expect["O1"].where == "www/tis.html:1"
    with site.server() as server, httpx.Client(base_url=server.url(""), follow_redirects=False) as client:
        document = client.get("/" + quote(thai))
        assert document.status_code == 200 and document.content == b"PK\x03\x04docx"
        assert document.headers["content-type"].startswith("application/vnd.openxmlformats-officedocument.word")
        ita = client.get("/ita/")
        assert ita.status_code == 200 and "expect" not in ita.text and "<li>" in ita.text
        assert ita.text.count("\n") == 1  # the annotation's own line went with it
        assert client.get("/ita").headers["location"] == "/ita/"
        assert client.get("/ita/index.html?page=2").status_code == 200
        assert client.get("/download.php?id=17").headers["content-type"] == "application/vnd.ms-excel"
        assert client.get("/download.php?id=18").status_code == 404
        assert client.get("/old").headers["location"] == "/ita/"
        busy = client.get("/busy")
        assert busy.status_code == 503 and busy.text == "Service Unavailable"
        assert client.get("/gone/").status_code == 404
        tis = client.get("/tis.html")
        assert tis.content == "<p>ทดสอบ</p>".encode("cp874")
        assert client.get("/nothing.pdf").status_code == 404
        assert client.get("/../site.yaml").status_code == 404
