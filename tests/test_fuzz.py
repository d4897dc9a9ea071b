"""Property-based fuzzing of the parsers that read what a site sends (hypothesis).

A fixed small budget per target so CI stays fast.  Every example that once failed is kept
as an ``@example`` beside its target (replayed on every run, in any checkout); hypothesis's own
database (``tests/hypothesis-db``, not committed) replays local failures first.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from hypothesis.database import DirectoryBasedExampleDatabase

from crawler.extract.html import extract_page
from crawler.fetch.decode import decode_body
from crawler.model.url import Url
from crawler.thai.dates import extract_dates
from crawler.thai.normalize import compact, normalize_text
from crawler.urls import document_type, external_service, file_name, file_stem

DATABASE = DirectoryBasedExampleDatabase(str(Path(__file__).parent / "hypothesis-db"))
FUZZ = settings(max_examples=300, deadline=None, database=DATABASE, suppress_health_check=[HealthCheck.too_slow])

# Text as sites write it: Thai, digits (both kinds), URL punctuation, brackets, escapes.
PIECES = st.sampled_from(
    ["http://", "https://", "[", "]", "::1", ":", "/", "?", "&", "=", "#", "%", "%2F", "%26", "%B4", "%E0%B8%81",
     ".", "..", " ", "\t", "\x00", "x.go.th", "www.", "แผน", "ๅ", "ฤ", "ำ", "่", "๒๕๖๗", "2567", "ต.ค.", "-", "–",
     "<", ">", '"', "'", "@", "\\", "ไฟล์.pdf", "a", "Z", "\ufeff", "\u200b"]
)  # fmt: skip
SITE_TEXT = st.lists(PIECES, max_size=20).map("".join) | st.text(max_size=60)


@FUZZ
@given(SITE_TEXT, st.sampled_from([None, "http://x.go.th/ita/", "https://[::1]/a/"]))
@example("http://[::1", None)  # found by fuzzing (issue 12): raised ValueError
@example("http://./?&", None)  # a URL without a host
@example("http://x.go.th/%2F", None)  # '/%2F' -> '//' -> '/': not a fixed point
@example("http://x.go.th/?a=%26", None)
def test_a_url_normal_form_is_a_fixed_point_and_never_raises(text, base):
    url = Url.parse(text, base)
    if url is not None:
        assert Url.parse(str(url)) == url
        assert url.host


@FUZZ
@given(SITE_TEXT)
@example("http://[::1")
def test_url_facts_never_raise_on_site_text(text):
    document_type(text)
    file_name(text)
    file_stem(text)
    external_service(text, text)


@FUZZ
@given(st.binary(max_size=300), st.sampled_from([None, "text/html", "text/html; charset=idna", "charset=utf-16"]))
def test_any_bytes_under_any_declared_charset_decode(body, content_type):
    decode_body(body, content_type)


@FUZZ
@given(
    st.lists(PIECES, max_size=12).map("".join),
    st.sampled_from(["ascii", "idna", "rot-13", "utf-7", "x\x00y", "utf-16", "tis-620", "base64"]),
)
@example("ข่าว", "idna")  # raised UnicodeError
@example("ข่าว", "rot-13")  # raised LookupError
def test_a_page_may_declare_any_charset_label(text, label):
    body = f"<html><head><meta charset='{label}'></head><body>{text}</body></html>".encode("utf-8", "replace")
    decode_body(body + b"\xe0\x80\xff", f"text/html; charset={label}")


@FUZZ
@given(st.lists(PIECES, max_size=25).map("".join))
def test_any_markup_extracts(text):
    body = f"<a href='{text}'>{text}</a><select onchange='location=this.value'><option value='{text}'></select>"
    html = f"<html><head><base href='{text}'></head><body>{body}</body></html>"
    extract_page(html, "http://x.go.th/ita/")


@FUZZ
@given(SITE_TEXT)
@example("http://ๅๅ")  # found by fuzzing: 'ๅๅ' -> 'าๅ' -> 'า'
def test_thai_normal_form_is_a_fixed_point(text):
    assert normalize_text(normalize_text(text)) == normalize_text(text)
    assert compact(compact(text)) == compact(text)
    extract_dates(text)
