"""Read sitemap.xml (and sitemap indexes, gzip) without an XML parser: real sitemaps are
often not well-formed, and a regex cannot be tricked into expanding entities."""

from __future__ import annotations

import html
import re
import zlib

_LOC = re.compile(rb"<(?:\w+:)?loc>\s*(.*?)\s*</(?:\w+:)?loc>", re.IGNORECASE | re.DOTALL)
_INDEX = re.compile(rb"<(?:\w+:)?sitemapindex\b", re.IGNORECASE)
MAX_UNCOMPRESSED = 50 * 1024 * 1024


def gunzip_bounded(body: bytes, limit: int = MAX_UNCOMPRESSED) -> bytes | None:
    """Decompress a gzip body, refusing one that inflates past ``limit`` (a zip bomb)."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(body, limit)
    except zlib.error:
        return None
    if inflater.unconsumed_tail:
        return None
    return out


def parse_sitemap(body: bytes) -> tuple[bool, list[str]]:
    """(is_index, locations)."""
    if body[:2] == b"\x1f\x8b":
        inflated = gunzip_bounded(body)
        if inflated is None:
            return False, []
        body = inflated
    locations = [html.unescape(found.group(1).decode("utf-8", "replace")).strip() for found in _LOC.finditer(body)]
    return bool(_INDEX.search(body[:4096])), [loc for loc in locations if loc]
