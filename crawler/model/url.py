"""``Url``: an http(s) address in the one normal form every stage keys on.

A site writes the same file as ``/files/แผน 2567.pdf``, ``/files/%E0%B9%81%E0%B8%9C%E0%B8%99%202567.pdf``
and ``/files/../files/แผน%202567.pdf#page=2``; the frontier, the records, the evidence
candidates and the reports must all see one address, or a document that was fetched looks
unchecked.  ``Url.parse`` is the only way to make one, so two ``Url`` values are equal exactly
when they name the same resource.  ``Url`` is a ``str`` (JSON and dict keys need no
conversion); a plain ``str`` is not a ``Url`` to the type checker.
"""

from __future__ import annotations

import posixpath
import re
from urllib.parse import quote, quote_from_bytes, unquote, unquote_to_bytes, urljoin, urlsplit, urlunsplit

_DEFAULT_PORTS = {"http": 80, "https": 443}
_SAFE_PATH = "/:@!$&'()*+,;=-._~%"
_SAFE_QUERY = "/:@!$&'()*+,;=-._~%?"
_SESSION_PARAMS = re.compile(
    r"^(?:phpsessid|sid|jsessionid|sessionid|session_id|oscsid|zenid|cfid|cftoken|aspsessionid\w*"
    r"|utm_[a-z]+|fbclid|gclid)$",
    re.IGNORECASE,
)
# A session id written into the path: "/ita.jsp;jsessionid=0A1B2C", "/page;phpsessid=…".
_PATH_SESSION = re.compile(r";(?:jsessionid|phpsessid|sid|sessionid)=[^/?#]*", re.IGNORECASE)
# As browsers do (URL standard): tabs and newlines anywhere in an href are dropped, leading and
# trailing spaces and controls stripped; other spaces are part of the address.
_TAB_OR_NEWLINE = re.compile(r"[\t\r\n]+")
_EDGE = "".join(map(chr, range(0x21))) + "\ufeff"


# Escapes that must stay escaped: decoded they would name another resource ("a%2Fb" is one
# path segment, "a/b" two; "%26" in a query is data, "&" a separator) or change on the next
# pass ("%2541" would become "%41", then "A").
_PATH_KEPT = re.compile(r"(%(?:2F|3F|23|25))", re.IGNORECASE)
_QUERY_KEPT = re.compile(r"(%(?:26|3D|2B|23|25))", re.IGNORECASE)


def _requote(text: str, safe: str, kept: re.Pattern[str]) -> str:
    """``text`` with its percent-encoding made uniform: raw Thai and spaces encoded,
    over-encoded ASCII decoded, the escapes in ``kept`` left as they are (upper-cased), and
    bytes that are not UTF-8 (a TIS-620 file name, "%B4%D3") kept as bytes."""
    parts = kept.split(text)
    for index in range(0, len(parts), 2):
        raw = unquote_to_bytes(parts[index])
        try:
            parts[index] = quote(raw.decode("utf-8"), safe=safe)
        except UnicodeDecodeError:
            parts[index] = quote_from_bytes(raw, safe=safe)
    for index in range(1, len(parts), 2):
        parts[index] = parts[index].upper()
    return "".join(parts)


class Url(str):
    __slots__ = ()

    @classmethod
    def parse(cls, text: str, base: str | None = None) -> Url | None:
        """The normal form of ``text`` (resolved against ``base`` when given): lower-case scheme
        and host, no default port, no fragment, dot segments resolved, percent-encoding made
        uniform (raw Thai and spaces encoded, over-encoded ASCII decoded), session and tracking
        parameters dropped.  None when it is not an http(s) URL or cannot be parsed."""
        if isinstance(text, Url) and base is None:
            return text
        raw = _TAB_OR_NEWLINE.sub("", text).strip(_EDGE)
        try:
            if base is not None:
                raw = urljoin(base, raw)
            parts = urlsplit(raw)
            port = parts.port
        except ValueError:
            return None
        scheme = parts.scheme.lower()
        if scheme not in _DEFAULT_PORTS or not parts.hostname:
            return None
        try:
            host = parts.hostname.encode("idna").decode("ascii") if not parts.hostname.isascii() else parts.hostname
        except UnicodeError:
            return None
        host = host.lower().rstrip(".")
        if not host:
            return None  # "http://./": no host at all
        if ":" in host:
            host = f"[{host}]"
        netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
        path = _PATH_SESSION.sub("", parts.path) or "/"
        # Old IIS/PHP sites write paths with backslashes; browsers read them as slashes.
        path = path.replace("\\", "/")
        had_slash = path.endswith("/")
        path = posixpath.normpath(path) if path not in ("", "/") else "/"
        if path.startswith("//"):
            path = "/" + path.lstrip("/")
        if had_slash and not path.endswith("/"):
            path += "/"
        path = _requote(path, _SAFE_PATH, _PATH_KEPT)
        query = "&".join(
            _requote(pair, _SAFE_QUERY, _QUERY_KEPT)
            for pair in parts.query.split("&")
            if pair and not _SESSION_PARAMS.match(unquote(pair.split("=", 1)[0]))
        )
        return cls(urlunsplit((scheme, netloc, path, query, "")))

    @property
    def host(self) -> str:
        return urlsplit(self).hostname or ""

    @property
    def origin(self) -> str:
        parts = urlsplit(self)
        return f"{parts.scheme}://{parts.netloc}"

    @property
    def readable(self) -> str:
        """The address as a person reads it (Thai and spaces decoded), for reports."""
        return unquote(self)
