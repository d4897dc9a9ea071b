"""URL normal form and what a URL points at (page, document, external service). Pure."""

from __future__ import annotations

import posixpath
import re
from typing import Literal
from urllib.parse import quote, unquote, urlsplit, urlunsplit

DocumentType = Literal[
    "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "rtf", "csv", "image", "archive"
]

_EXTENSIONS: dict[str, DocumentType] = {
    "pdf": "pdf",
    "doc": "doc",
    "docx": "docx",
    "xls": "xls",
    "xlsx": "xlsx",
    "ppt": "ppt",
    "pptx": "pptx",
    "odt": "odt",
    "ods": "ods",
    "rtf": "rtf",
    "csv": "csv",
    "jpg": "image",
    "jpeg": "image",
    "png": "image",
    "gif": "image",
    "webp": "image",
    "tif": "image",
    "tiff": "image",
    "zip": "archive",
    "rar": "archive",
    "7z": "archive",
}
_MIME_TYPES: dict[str, DocumentType] = {
    "application/pdf": "pdf",
    "application/msword": "doc",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.ms-excel": "xls",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    "application/vnd.ms-powerpoint": "ppt",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
    "application/vnd.oasis.opendocument.text": "odt",
    "application/vnd.oasis.opendocument.spreadsheet": "ods",
    "application/rtf": "rtf",
    "text/csv": "csv",
    "application/zip": "archive",
    "application/x-rar-compressed": "archive",
}
# Evidence hosted elsewhere: recorded with where it was found, never crawled.
_SERVICES = (
    ("google_drive", ("drive.google.com", "docs.google.com")),
    ("google_sites", ("sites.google.com",)),
    ("facebook", ("facebook.com", "fb.com", "fb.me", "fb.watch")),
    ("egp", ("gprocurement.go.th", "process3.gprocurement.go.th")),
    ("line", ("line.me", "lin.ee")),
    ("youtube", ("youtube.com", "youtu.be")),
    ("onedrive", ("onedrive.live.com", "1drv.ms", "sharepoint.com")),
    ("dropbox", ("dropbox.com",)),
)
_DEFAULT_PORTS = {"http": 80, "https": 443}
_SAFE_PATH = "/:@!$&'()*+,;=-._~%"
_SAFE_QUERY = "/:@!$&'()*+,;=-._~%?"
_SESSION_PARAMS = re.compile(r"^(?:phpsessid|sid|jsessionid|utm_[a-z]+|fbclid|gclid)$", re.IGNORECASE)


def normalize_url(url: str) -> str | None:
    """One spelling per resource: lower-case scheme and host, no default port, no fragment,
    dot segments resolved, percent-encoding made uniform, session/tracking parameters dropped.
    None when the URL is not http(s) or cannot be parsed."""
    try:
        parts = urlsplit(url.strip())
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
    if ":" in host:
        host = f"[{host}]"
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    path = parts.path or "/"
    # Old IIS/PHP sites write paths with backslashes; browsers read them as slashes.
    path = path.replace("\\", "/")
    had_slash = path.endswith("/")
    path = posixpath.normpath(path) if path not in ("", "/") else "/"
    if path.startswith("//"):
        path = "/" + path.lstrip("/")
    if had_slash and not path.endswith("/"):
        path += "/"
    path = quote(unquote(path), safe=_SAFE_PATH)
    query = "&".join(
        quote(unquote(pair), safe=_SAFE_QUERY)
        for pair in parts.query.split("&")
        if pair and not _SESSION_PARAMS.match(pair.split("=", 1)[0])
    )
    return urlunsplit((scheme, netloc, path, query, ""))


def document_type(url: str, content_type: str | None = None) -> DocumentType | None:
    """The document type from the Content-Type, else from the file name's extension."""
    if content_type:
        mime = content_type.split(";")[0].strip().lower()
        if mime in _MIME_TYPES:
            return _MIME_TYPES[mime]
        if mime.startswith("image/"):
            return "image"
        if mime in ("text/html", "application/xhtml+xml"):
            return None
    path = unquote(urlsplit(url).path).lower()
    extension = path.rsplit(".", 1)[-1] if "." in path.rsplit("/", 1)[-1] else ""
    found = _EXTENSIONS.get(extension)
    if found is None:
        # download.php?file=plan.pdf
        query = unquote(urlsplit(url).query).lower()
        match = re.search(r"\.([a-z0-9]{2,4})(?:$|&)", query)
        found = _EXTENSIONS.get(match.group(1)) if match else None
    return found


def external_service(host: str) -> str | None:
    host = host.lower()
    for name, domains in _SERVICES:
        if any(host == domain or host.endswith("." + domain) for domain in domains):
            return name
    return None


def site_key(host: str) -> str:
    """The host without a leading ``www.``: www and non-www are one site."""
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def file_name(url: str) -> str:
    return unquote(urlsplit(url).path.rsplit("/", 1)[-1])
