"""URL normal form and what a URL points at (page, document, external service). Pure."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable
from typing import Literal
from urllib.parse import SplitResult, parse_qsl, unquote, urlsplit

from crawler.errors import InvalidStartUrl
from crawler.model.url import Url

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
# Evidence hosted elsewhere: recorded with where it was found, never crawled.  Order matters:
# a Google Form is an online service, a Google Drive file is a document someone must open.
_SERVICES = (
    ("google_forms", ("forms.gle",)),
    ("google_drive", ("drive.google.com", "docs.google.com")),
    ("google_sites", ("sites.google.com",)),
    ("facebook", ("facebook.com", "fb.com", "fb.me", "fb.watch")),
    ("egp", ("gprocurement.go.th", "process3.gprocurement.go.th")),
    ("line", ("line.me", "lin.ee")),
    ("youtube", ("youtube.com", "youtu.be")),
    ("instagram", ("instagram.com",)),
    ("tiktok", ("tiktok.com",)),
    ("twitter", ("twitter.com", "x.com")),
    ("flipbook", ("anyflip.com", "fliphtml5.com", "heyzine.com", "issuu.com", "pubhtml5.com", "flipsnack.com")),
    ("onedrive", ("onedrive.live.com", "1drv.ms", "sharepoint.com")),
    ("dropbox", ("dropbox.com",)),
)
SERVICE_NAMES = frozenset(name for name, _domains in _SERVICES)


def normalize_url(url: str) -> Url | None:
    """The one normal form of ``url`` (see :meth:`crawler.model.url.Url.parse`)."""
    return Url.parse(url)


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
    path = unquote(_split(url).path).lower()
    extension = path.rsplit(".", 1)[-1] if "." in path.rsplit("/", 1)[-1] else ""
    found = _EXTENSIONS.get(extension)
    if found is None:
        # download.php?file=plan.pdf
        query = unquote(_split(url).query).lower()
        match = re.search(r"\.([a-z0-9]{2,4})(?:$|&)", query)
        found = _EXTENSIONS.get(match.group(1)) if match else None
    return found


_DOWNLOAD_SCRIPT = re.compile(
    r"(?:^|/)(?:download|dl|getfile|file|files|attach\w*|fileupload)(?:\.\w+)?$", re.IGNORECASE
)


def looks_like_file(url: str) -> bool:
    """A link to a document (not an image), by its name or by a download script's."""
    kind = document_type(url)
    if kind is not None:
        return kind != "image"
    path = _split(url).path.rstrip("/")
    return bool(_DOWNLOAD_SCRIPT.search(path))


_VIEWER_PAGES = ("/viewer.html", "/viewer.php", "/viewer", "/gview", "/op/embed.aspx", "/op/view.aspx")
_VIEWER_PARAMETERS = ("file", "url", "src")


def viewed_document(url: str) -> str | None:
    """The document a web viewer shows (blind holdout 24: WordPress posts that embed a PDF in
    pdf.js): ".../pdfjs/web/viewer.html?file=%2Fuploads%2Fx.pdf", Google's ".../viewer?url=…",
    Office Online's "view.officeapps.live.com/op/embed.aspx?src=…".  None for any other page."""
    parts = _split(url)
    if not parts.path.lower().endswith(_VIEWER_PAGES):
        return None
    for key, value in parse_qsl(parts.query):
        if key.lower() in _VIEWER_PARAMETERS and value.strip():
            return value.strip()
    return None


LOCAL_ADDRESS = "local_address"  # the "service" of a link to localhost or a private network: nobody else can open it
_SHARE = re.compile(
    r"/sharer|/share(?:\.php|/|$|\?)|/intent/(?:tweet|post)|/R/msg/|/dialog/(?:share|feed)", re.IGNORECASE
)


def is_share_link(url: str) -> bool:
    """A "share this page" button (facebook.com/sharer…, twitter.com/intent/tweet, LINE's
    /R/msg/text): it names the service, not the agency's own page on it."""
    parts = _split(url)
    return external_service(parts.hostname or "", parts.path) is not None and bool(_SHARE.search(parts.path))


# One post, photo or video on a social network (facebook.com/<page>/posts/…, youtube.com/watch,
# x.com/<user>/status/…): it shows the agency said something there, not the agency's page.
_POST = re.compile(
    r"/posts/|/photos?/|/videos?/|/permalink\.php|/story\.php|/watch|/status/|/reel/|/shorts/", re.IGNORECASE
)
_SOCIAL = frozenset({"facebook", "youtube", "instagram", "tiktok", "twitter"})


def is_post_link(url: str) -> bool:
    """A link to one post of a social network rather than to a page or channel."""
    parts = _split(url)
    service = external_service(parts.hostname or "", parts.path)
    return service in _SOCIAL and bool(_POST.search(parts.path + ("?" + parts.query if parts.query else "")))


def is_account_link(url: str) -> bool:
    """A link to an agency's account on a social network or chat service (its Facebook page,
    its LINE official account), not to one post or file there."""
    parts = _split(url)
    service = external_service(parts.hostname or "", parts.path)
    return service in (*_SOCIAL, "line") and not is_post_link(url)


# National agencies' own channels (the NACC, the Ombudsman, the Damrongdhama 1567 centre, the
# PACC, the Auditor General): a local agency's banner to them is not the agency's own channel.
_NATIONAL_CHANNELS = (
    "nacc.go.th",
    "ombudsman.go.th",
    "damrongdhama.moi.go.th",
    "pacc.go.th",
    "oag.go.th",
)


def national_agency(host: str) -> bool:
    """Is ``host`` a national agency's site (whose complaint channel is not a local agency's)?"""
    return _on(host.lower().rstrip("."), _NATIONAL_CHANNELS)


def _on(host: str, domains: Iterable[str]) -> bool:
    """Is ``host`` one of ``domains`` or a subdomain of one?"""
    return any(host == domain or host.endswith("." + domain) for domain in domains)


def external_service(host: str, path: str = "") -> str | None:
    """The service an external host belongs to; ``path`` tells a Google Form from a Drive file."""
    host = host.lower()
    if host == "docs.google.com" and path.startswith("/forms"):
        return "google_forms"
    for name, domains in _SERVICES:
        if _on(host, domains):
            return name
    return None


def holds_evidence(url: str) -> bool:
    """Is ``url`` a file, or a page of an evidence host (Drive, a flipbook, Facebook)?"""
    parts = _split(url)
    return looks_like_file(url) or external_service(parts.hostname or "", parts.path) is not None


def service_front_page(url: str) -> bool:
    """Is ``url`` an outside service's front page ("https://www.gprocurement.go.th/")?  It shows
    the service, nothing of one agency's."""
    parts = _split(url)
    return (
        parts.path in ("", "/") and not parts.query and external_service(parts.hostname or "", parts.path) is not None
    )


def site_key(host: str) -> str:
    """The host without a leading ``www.``: www and non-www are one site."""
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def site_identity(start_url: str) -> str:
    """What a monitored site is known by in the history: its normalised start URL without
    query and fragment ("https://song.go.th/", "http://127.0.0.1:8080/abt/").  Two sites on one
    host, or one site on two ports, are two histories; www and non-www are one."""
    parts = _split(normalize_url(start_url) or start_url)
    host = site_key(parts.hostname or "")
    if ":" in host:
        host = f"[{host}]"
    port = f":{parts.port}" if parts.port else ""
    path = parts.path or "/"
    return f"{parts.scheme}://{host}{port}{path}"


def file_name(url: str) -> str:
    return unquote(_split(url).path.rsplit("/", 1)[-1])


_MEANINGLESS_NAME = re.compile(r"^[\W\d_]*(?:file|doc|scan|img|upload)?[\W\d_]*$", re.IGNORECASE)


def file_stem(url: str) -> str:
    """A file's name without its extension when it says something ("แผนดำเนินงาน 2567"), else
    "" (file_123, 1699864123, a hash)."""
    stem = file_name(url).rsplit(".", 1)[0].replace("_", " ").replace("-", " ").strip()
    if _MEANINGLESS_NAME.match(stem) or re.fullmatch(r"[0-9a-f]{16,}", stem, re.IGNORECASE):
        return ""
    return stem


def prepare_start_url(text: str) -> Url:
    """A usable start URL from what a user typed ("song.go.th", "https://x/", " www.x.go.th ")."""
    raw = (text or "").strip()
    if not raw:
        raise InvalidStartUrl("empty address")
    if "://" not in raw:
        raw = "https://" + raw.lstrip("/")
    scheme = raw.split("://", 1)[0].lower()
    if scheme not in ("http", "https"):
        raise InvalidStartUrl(f"{text!r}: only http:// and https:// addresses can be checked")
    normalized = normalize_url(raw)
    if normalized is None:
        raise InvalidStartUrl(f"{text!r} is not a valid web address")
    host = _split(normalized).hostname or ""
    if "." not in host and literal_ip(host) is None and host != "localhost":
        raise InvalidStartUrl(f"{text!r}: host name {host!r} has no domain")
    return normalized


def literal_ip(host: str) -> str | None:
    """The address a host name is when it is an IP literal ("127.0.0.1", "[::1]"), else None."""
    candidate = host.strip("[]")
    try:
        ipaddress.ip_address(candidate)
    except ValueError:
        return None
    return candidate


def _split(url: str) -> SplitResult:
    """``urlsplit``, or an empty split for what cannot be split ("http://[::1"): site text is data."""
    try:
        return urlsplit(url)
    except ValueError:
        return SplitResult("", "", "", "", "")
