"""Decoding page bytes as browsers do; bytes made the way legacy Thai PHP sites serve them."""

from __future__ import annotations

from crawler.fetch.decode import browser_codec, decode_body, meta_charset, repair_mojibake

THAI = "“ข่าวประชาสัมพันธ์” องค์การบริหารส่วนตำบล…"


def page(charset_meta: str | None, body_text: str = THAI) -> str:
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset_meta}">' if charset_meta else ""
    return f"<html><head>{meta}<title>อบต.</title></head><body><p>{body_text}</p></body></html>"


def test_tis620_label_is_read_as_windows_874() -> None:
    body = page("tis-620").encode("cp874")
    decoded = decode_body(body, "text/html; charset=TIS-620")
    assert decoded.codec == "cp874" and decoded.source == "header"
    assert THAI in decoded.text  # curly quotes and ellipsis survive
    assert "\x93" in body.decode("tis_620")  # what Python's own codec would have produced
    assert browser_codec("ISO-8859-11") == browser_codec("x-windows-874") == "cp874"
    assert browser_codec("latin1") == "cp1252"
    assert browser_codec("no-such-charset") is None


def test_meta_only_declaration() -> None:
    body = page("windows-874").encode("cp874")
    decoded = decode_body(body, "text/html")
    assert (decoded.codec, decoded.source) == ("cp874", "meta")
    assert THAI in decoded.text
    assert meta_charset(b'<meta charset="utf-8">') == "utf-8"


def test_header_utf8_but_bytes_are_windows_874() -> None:
    # Apache's AddDefaultCharset UTF-8 in front of an old TIS-620 page.
    body = page("tis-620").encode("cp874")
    decoded = decode_body(body, "text/html; charset=UTF-8")
    assert decoded.codec == "cp874" and decoded.source == "meta"
    assert THAI in decoded.text
    assert any("header says UTF-8 but <meta> says tis-620" in f for f in decoded.findings)


def test_header_tis620_but_bytes_are_utf8() -> None:
    body = page("utf-8").encode("utf-8")
    decoded = decode_body(body, "text/html; charset=tis-620")
    assert decoded.codec == "utf-8" and THAI in decoded.text
    assert decoded.findings


def test_undeclared_pages() -> None:
    assert decode_body(page(None).encode("utf-8")).source == "utf-8"
    long_page = page(None, THAI * 40).encode("cp874")
    detected = decode_body(long_page, "text/html")
    assert detected.source in ("detected", "fallback")
    assert THAI.strip("“”…") in detected.text
    short = decode_body(page(None, "ข่าว").encode("cp874"))
    assert short.source == "fallback" and "ข่าว" in short.text
    assert any("windows-874" in f for f in short.findings)


def test_bom_wins() -> None:
    decoded = decode_body(b"\xef\xbb\xbf" + page("tis-620").encode("utf-8"), "text/html; charset=tis-620")
    assert decoded.source == "bom" and THAI in decoded.text


def test_mojibake_file_names() -> None:
    broken = "เอกสาร ITA 2567.pdf".encode().decode("cp874", "replace")
    assert broken.startswith("เน€เธญ")
    # As a browser shows it, byte 0x81 (part of "ก") is gone: the text cannot be repaired and is
    # returned unchanged rather than half-fixed.
    assert repair_mojibake("เน€เธญเธเธชเธฒเธฃ.pdf") == "เน€เธญเธเธชเธฒเธฃ.pdf"
    mangled = "".join(chr(b) if 0x80 <= b <= 0x9F else bytes([b]).decode("cp874") for b in "เอกสาร.pdf".encode())
    assert repair_mojibake(mangled) == "เอกสาร.pdf"
    assert repair_mojibake("เอกสารเผยแพร่") == "เอกสารเผยแพร่"  # real Thai is left alone


def test_labels_a_browser_does_not_know_are_ignored_not_obeyed() -> None:
    """A page can declare any label; only the WHATWG encodings are used (field report: 'idna'
    and 'rot-13' raised, a NUL in the label raised; 'utf-7' would have been obeyed)."""
    for label in ("idna", "rot-13", "utf-7", "base64", "x\x00y", "646", "zlib"):
        body = page(label).encode("cp874")
        for content_type in (f"text/html; charset={label}", None):
            decoded = decode_body(body, content_type)
            assert decoded.codec == "cp874" and THAI in decoded.text, (label, content_type)
    assert browser_codec("ascii") == browser_codec("ANSI_X3.4-1968") == "cp1252"
    assert decode_body(b"<meta charset=ascii>\xe0\xb8\x81", None).codec == "cp1252"


def test_a_meta_that_says_utf16_means_utf8() -> None:
    decoded = decode_body(page("utf-16").encode("utf-8"), "text/html")
    assert decoded.codec == "utf-8" and THAI in decoded.text
