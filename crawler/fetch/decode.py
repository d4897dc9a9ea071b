"""Turn response bytes into text the way a browser would, and say how.

httpx ignores ``<meta charset>`` and selectolax assumes UTF-8 for bytes, so pages are decoded
here: BOM, then the HTTP header, then a ``<meta>`` prescan of the first 1024 bytes, then strict
UTF-8, then detection (charset-normalizer, only on bodies of 1 KB or more: it guesses CJK
encodings for short Thai strings), then windows-874 with replacement characters.

TIS-620, ISO-8859-11 and their aliases are decoded as windows-874, as the WHATWG Encoding
Standard and every browser do: Python's ``tis_620`` codec silently turns windows-874's curly
quotes and ellipsis (0x80–0x9F) into C1 control characters.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from typing import Literal

from charset_normalizer import from_bytes

DecodeSource = Literal["bom", "header", "meta", "utf-8", "detected", "fallback"]

_WINDOWS_874_LABELS = frozenset(
    {
        "tis-620",
        "tis620",
        "tis_620",
        "iso-8859-11",
        "iso8859-11",
        "iso_8859-11",
        "windows-874",
        "x-windows-874",
        "dos-874",
        "cp874",
        "ms874",
    }
)
# WHATWG maps these Latin-1 labels to windows-1252 too.
_WINDOWS_1252_LABELS = frozenset(
    {
        "iso-8859-1", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "latin1", "latin-1", "l1",
        "us-ascii", "ascii", "ansi_x3.4-1968", "cp819", "ibm819", "csisolatin1", "iso-ir-100", "x-cp1252",
    }
)  # fmt: skip
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_HEADER_CHARSET = re.compile(rb"charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_META = re.compile(rb"<meta\b[^>]*>", re.IGNORECASE)
_THAI = re.compile(r"[\u0e01-\u0e5b]")
DETECT_MIN_BYTES = 1024


# The encodings of the WHATWG Encoding Standard, by Python codec name: a page may declare any
# label ("idna", "rot-13", "utf-7", "base64", a NUL), a browser knows only these.
_WHATWG_CODECS = frozenset(
    {
        "utf-8", "utf-16-le", "utf-16-be", "cp866", "koi8-r", "koi8-u", "mac-roman", "mac-cyrillic",
        "iso8859-2", "iso8859-3", "iso8859-4", "iso8859-5", "iso8859-6", "iso8859-7", "iso8859-8",
        "iso8859-10", "iso8859-13", "iso8859-14", "iso8859-15", "iso8859-16",
        "cp874", "cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258",
        "gbk", "gb18030", "big5", "euc_jp", "iso2022_jp", "shift_jis", "euc_kr",
    }
)  # fmt: skip


def browser_codec(label: str | None) -> str | None:
    """Python codec for a charset label as a browser reads it; None when a browser would not
    know it either (then the declaration is ignored, as browsers do)."""
    if not label:
        return None
    name = label.strip().strip("\"'").lower()
    if name in _WINDOWS_874_LABELS:
        return "cp874"
    if name in _WINDOWS_1252_LABELS:
        return "cp1252"
    if name in ("utf-16", "utf16"):
        return "utf-16-le"
    try:
        codec = codecs.lookup(name).name
    except (LookupError, ValueError):  # ValueError: a label with a NUL in it
        return None
    return codec if codec in _WHATWG_CODECS else None


def header_charset(content_type: str | None) -> str | None:
    if not content_type:
        return None
    found = _HEADER_CHARSET.search(content_type.encode("latin-1", "replace"))
    return found.group(1).decode("ascii") if found else None


def meta_charset(body: bytes) -> str | None:
    """The charset a ``<meta charset>`` or ``http-equiv`` tag in the first 1024 bytes declares."""
    for tag in _META.finditer(body[:1024]):
        found = _HEADER_CHARSET.search(tag.group(0))
        if found:
            return found.group(1).decode("ascii")
    return None


@dataclass(frozen=True)
class Decoded:
    text: str
    codec: str
    source: DecodeSource
    header_label: str | None = None
    meta_label: str | None = None
    findings: list[str] = field(default_factory=list)


def _strict(body: bytes, codec: str) -> str | None:
    try:
        return body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_body(body: bytes, content_type: str | None = None) -> Decoded:
    """Decode an HTML (or text) body; ``findings`` notes declarations that were wrong."""
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return Decoded(body[len(bom) :].decode(codec, "replace"), codec, "bom")
    header_label, meta_label = header_charset(content_type), meta_charset(body)
    header_codec, meta_codec = browser_codec(header_label), browser_codec(meta_label)
    if meta_codec in ("utf-16-le", "utf-16-be"):
        meta_codec = "utf-8"  # a <meta> readable as ASCII cannot be UTF-16: browsers read UTF-8
    findings: list[str] = []
    for label, maybe_codec in ((header_label, header_codec), (meta_label, meta_codec)):
        if label and maybe_codec is None:
            findings.append(f"unknown charset label {label!r}")
    if header_codec and meta_codec and header_codec != meta_codec:
        # A single-byte codec decodes UTF-8 bytes without error, so "decodes" proves nothing:
        # UTF-8 that is valid and contains Thai wins; otherwise the declaration that decodes.
        declared_utf8 = _strict(body, "utf-8") if "utf-8" in (header_codec, meta_codec) else None
        if declared_utf8 is not None and _THAI.search(declared_utf8):
            chosen = "utf-8"
        else:
            chosen = header_codec if _strict(body, header_codec) is not None else meta_codec
        findings.append(f"header says {header_label} but <meta> says {meta_label}; decoded as {chosen}")
        source: DecodeSource = "header" if chosen == header_codec else "meta"
        return Decoded(body.decode(chosen, "replace"), chosen, source, header_label, meta_label, findings)
    for declared, source in ((header_codec, "header"), (meta_codec, "meta")):
        if declared:
            strict = _strict(body, declared)
            if strict is None:
                findings.append(f"bytes are not valid {declared} as declared")
            text = strict if strict is not None else body.decode(declared, "replace")
            return Decoded(text, declared, source, header_label, meta_label, findings)
    as_utf8 = _strict(body, "utf-8")
    if as_utf8 is not None:
        return Decoded(as_utf8, "utf-8", "utf-8", header_label, meta_label, findings)
    if len(body) >= DETECT_MIN_BYTES:
        best = from_bytes(body).best()
        if best is not None and best.encoding:
            codec = browser_codec(best.encoding) or best.encoding
            return Decoded(body.decode(codec, "replace"), codec, "detected", header_label, meta_label, findings)
    findings.append("no usable charset declaration; decoded as windows-874")
    return Decoded(body.decode("cp874", "replace"), "cp874", "fallback", header_label, meta_label, findings)


_MOJIBAKE_SIGNATURE = re.compile(r"เ[ธน]")


def looks_like_mojibake(text: str) -> bool:
    """UTF-8 Thai read as windows-874 leaves "เธ"/"เน" before nearly every letter."""
    return len(_MOJIBAKE_SIGNATURE.findall(text)) >= 2 and len(_MOJIBAKE_SIGNATURE.findall(text)) * 4 >= len(
        _THAI.findall(text)
    )


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 Thai that was read as windows-874 ("เน€เธญเธเธชเธฒเธฃ" -> "เอกสาร").

    Such text is full of "เธ"/"เน" (the lead bytes 0xE0 0xB8/0xB9 of every Thai letter).  The
    repair is kept only if it is valid UTF-8 and Thai; otherwise the text is returned as is.
    """
    if len(_MOJIBAKE_SIGNATURE.findall(text)) < 2:
        return text
    raw = bytearray()
    for ch in text:
        code = ord(ch)
        if 0x80 <= code <= 0x9F:  # bytes cp874 leaves undefined survive as C1 controls
            raw.append(code)
            continue
        try:
            raw.extend(ch.encode("cp874"))
        except UnicodeEncodeError:
            return text
    repaired = _strict(bytes(raw), "utf-8")
    if repaired is None or not _THAI.search(repaired):
        return text
    return repaired
