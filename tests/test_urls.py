"""URL normal form, document and service detection, scope, priority, sitemaps."""

from __future__ import annotations

import gzip

import pytest

from crawler.crawl.priority import EVIDENCE, PLAIN, STRONG, UNLIKELY, PriorityModel
from crawler.crawl.scope import SiteScope
from crawler.crawl.sitemap import parse_sitemap
from crawler.crawl.start import start_candidates
from crawler.urls import document_type, external_service, is_post_link, is_share_link, normalize_url


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("HTTP://WWW.Song.GO.TH:80/ITA/../ita/index.php#top", "http://www.song.go.th/ita/index.php"),
        ("https://x.go.th:443", "https://x.go.th/"),
        (
            "http://x.go.th/ไฟล์/แผน 2567.pdf",
            "http://x.go.th/%E0%B9%84%E0%B8%9F%E0%B8%A5%E0%B9%8C/%E0%B9%81%E0%B8%9C%E0%B8%99%202567.pdf",
        ),
        ("http://x.go.th/%e0%b9%84%E0%B8%9F.pdf", "http://x.go.th/%E0%B9%84%E0%B8%9F.pdf"),
        ("http://x.go.th/a.php?id=5&PHPSESSID=abc&utm_source=fb", "http://x.go.th/a.php?id=5"),
        ("http://x.go.th/files\\o1.pdf", "http://x.go.th/files/o1.pdf"),
        ("http://x.go.th/dir/", "http://x.go.th/dir/"),
        ("http://เทศบาล.ไทย/", "http://xn--o3cg7ak5c9d.xn--o3cw4h/"),
        # escapes that name another resource when decoded stay escaped (fuzzing, field reports)
        ("http://x.go.th/a%2fb/%2F", "http://x.go.th/a%2Fb/%2F"),
        ("http://x.go.th/d.php?q=a%26b&r=1%3D2", "http://x.go.th/d.php?q=a%26b&r=1%3D2"),
        ("http://x.go.th/f/%B4%D3.pdf", "http://x.go.th/f/%B4%D3.pdf"),  # TIS-620 bytes, not U+FFFD
        ("http://x.go.th/%2541", "http://x.go.th/%2541"),
        # session ids in the path or the query are one page, not one page per visitor
        ("http://x.go.th/ita.jsp;jsessionid=0A1B2C3D?id=4", "http://x.go.th/ita.jsp?id=4"),
        ("http://x.go.th/p.php?OSCsid=9f8e&id=4&SessionID=77", "http://x.go.th/p.php?id=4"),
    ],
)
def test_normalize_url(raw, normal):
    assert normalize_url(raw) == normal


@pytest.mark.parametrize(
    "bad",
    ["mailto:a@b.c", "ftp://x/", "http://", "http://x.go.th:99999/", "javascript:x", "http://./?&", "http://[::1"],
)
def test_normalize_url_rejects(bad):
    assert normalize_url(bad) is None


@pytest.mark.parametrize(
    ("url", "content_type", "kind"),
    [
        ("http://x/f/plan.PDF", None, "pdf"),
        ("http://x/download.php?file=report.xlsx", None, "xlsx"),
        ("http://x/getfile.php?id=5", "application/pdf", "pdf"),
        ("http://x/file.pdf", "text/html; charset=utf-8", None),
        ("http://x/scan.jpg", None, "image"),
        ("http://x/ita.php", None, None),
    ],
)
def test_document_type(url, content_type, kind):
    assert document_type(url, content_type) == kind


def test_external_services():
    assert external_service("drive.google.com") == "google_drive"
    assert external_service("m.facebook.com") == "facebook"
    assert external_service("process3.gprocurement.go.th") == "egp"
    assert external_service("song.go.th") is None


def test_scope_covers_www_schemes_and_subdomains_only():
    scope = SiteScope.of("www.song.go.th")
    assert "song.go.th" in scope and "WWW.SONG.GO.TH" in scope and "ita.song.go.th" in scope
    assert "go.th" not in scope and "evilsong.go.th" not in scope and "facebook.com" not in scope


def test_start_candidates_try_other_scheme_and_www():
    assert start_candidates("https://song.go.th/") == [
        "https://song.go.th/",
        "http://song.go.th/",
        "https://www.song.go.th/",
        "http://www.song.go.th/",
    ]


@pytest.mark.parametrize(
    ("text", "url", "score"),
    [
        ("ITA 2567", "http://x/index.php?p=ita", STRONG),
        ("การเปิดเผยข้อมูลสาธารณะ", "http://x/page.php?id=9", STRONG),
        ("ดูข้อมูล", "http://x/ita/o12.php", STRONG),
        ("O12 รายงานผล", "http://x/p.php", STRONG),
        ("แผนพัฒนาท้องถิ่น", "http://x/p.php?id=3", EVIDENCE),
        ("ประวัติความเป็นมา", "http://x/history.php", PLAIN),
        ("ภาพกิจกรรม", "http://x/gallery.php", UNLIKELY),
        ("ข่าว", "http://x/news.php?page=40", UNLIKELY),
    ],
)
def test_priority(text, url, score):
    assert PriorityModel(year=2567).score(text, url) == score


def test_older_ita_years_rank_below_the_assessed_one():
    model = PriorityModel(year=2568)
    assert model.score("ITA 2565", "http://x/a") == EVIDENCE
    assert model.score("ITA 2568", "http://x/b") == STRONG


def test_sitemap_urlset_index_and_gzip():
    urlset = (
        b"<?xml version='1.0'?><urlset><url><loc> http://x/a?x=1&amp;y=2 </loc></url><url><loc>/b</loc></url></urlset>"
    )
    assert parse_sitemap(urlset) == (False, ["http://x/a?x=1&y=2", "/b"])
    index = b"<sitemapindex><sitemap><loc>http://x/s1.xml.gz</loc></sitemap></sitemapindex>"
    assert parse_sitemap(index) == (True, ["http://x/s1.xml.gz"])
    assert parse_sitemap(gzip.compress(urlset))[1][0] == "http://x/a?x=1&y=2"
    bomb = gzip.compress(b"<urlset>" + b" " * (80 * 1024 * 1024))
    assert parse_sitemap(bomb) == (False, [])


@pytest.mark.parametrize(
    ("url", "post", "share"),
    [
        ("https://www.facebook.com/neunsung.sao/posts/pfbid02kQ7x9", True, False),
        ("https://www.facebook.com/permalink.php?story_fbid=1&id=2", True, False),
        ("https://www.youtube.com/watch?v=abc123", True, False),
        ("https://x.com/tambon/status/1789", True, False),
        ("https://www.facebook.com/neunsung.sao", False, False),
        ("https://www.facebook.com/profile.php?id=100064", False, False),
        ("https://www.youtube.com/@tambon-neunsung", False, False),
        ("https://lin.ee/AbC123", False, False),
        ("https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fx.go.th", False, True),
        ("https://drive.google.com/file/d/1abc/view", False, False),  # a file on a drive, not a post
    ],
)
def test_a_post_or_a_share_button_is_not_the_agencys_page(url, post, share):
    """The social-network item wants the agency's page or channel: a link to one post of it
    (field 19) or a share button says the agency is there but is not the page itself."""
    assert (is_post_link(url), is_share_link(url)) == (post, share)


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        # blind holdout 24: WordPress posts embed their PDF in pdf.js
        (
            "http://t.go.th/wp-content/plugins/pdfjs-viewer/web/viewer.html?file=%2Fwp-content%2Fuploads%2F"
            "%E0%B9%81%E0%B8%9C%E0%B8%99.pdf&download=true",
            "/wp-content/uploads/แผน.pdf",
        ),
        ("https://docs.google.com/viewer?url=http%3A%2F%2Ft.go.th%2Ff%2Fa.pdf&embedded=true", "http://t.go.th/f/a.pdf"),
        (
            "https://view.officeapps.live.com/op/embed.aspx?src=http%3A%2F%2Ft.go.th%2Ff%2Fb.docx",
            "http://t.go.th/f/b.docx",
        ),
        ("http://t.go.th/news.php?file=3", None),  # not a viewer
        ("http://t.go.th/pdfjs/web/viewer.html", None),  # a viewer showing nothing
    ],
)
def test_a_viewer_shows_the_document_in_its_parameter(url, shown):
    from crawler.urls import viewed_document

    assert viewed_document(url) == shown
