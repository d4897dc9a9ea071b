"""Load an annotated field-corpus site folder (tests/field/<nn>-<name>/, format in
tests/field/README.md) and serve it with the fixture server.

``load_site(folder, catalog)`` validates the folder strictly — every problem is reported with the
file (and line) it is in — and returns a :class:`SiteFolder`: the expected verdict of every item
of the site's assessment year (the ``default`` applied to items annotated nowhere) and a
``respond(request)`` that answers like a plain static web server:

* the request target is percent-decoded (UTF-8; raw UTF-8 bytes sent by a client are accepted
  too), so ``/fileupload/แผน 2567.docx`` and ``/fileupload/%E0%B9%81...%202567.docx`` are the same
  file;
* ``routes:`` of ``site.yaml`` come first (matched on path + query, then on the path alone);
* otherwise the file under ``www/`` at that path (the query is ignored); a folder answers with
  its ``index.html``; a folder asked for without its trailing slash is redirected (301) to it;
* anything else is 404.

Content-Type comes from the file extension (``CONTENT_TYPES``); HTML files are served with their
``<!-- expect … -->`` annotations removed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import unquote_to_bytes, urlsplit

import yaml

from tests.sitekit.server import FixtureServer, Request, Response, html, raw, redirect

STATUSES = ("pass", "stale", "incomplete", "broken", "missing", "review")

CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".php": "text/html; charset=utf-8",
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".doc": "application/msword",
    ".xls": "application/vnd.ms-excel",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".json": "application/json",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".xml": "application/xml",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".svg": "image/svg+xml",
    ".ico": "image/x-icon",
}
FALLBACK_TYPE = "application/octet-stream"

SITE_KEYS = {"year", "report", "routes", "expect", "known_misses"}
ROUTE_KEYS = {"status", "redirect", "file", "content_type", "body"}
HTML_SUFFIXES = {".html", ".htm", ".php"}
TEXT_SUFFIXES = {".js", ".json", ".css", ".txt", ".xml", ".svg"}

# Any comment that begins with "expect" is meant as an annotation and must parse.
ANNOTATION_LIKE = re.compile(r"<!--\s*expect", re.IGNORECASE)
COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)
ANNOTATION = re.compile(r"\s*expect\s+(\S+)\s+([^\s:]+)\s*:(.*)", re.DOTALL)
# An annotation alone on its line is removed with its line; elsewhere only the comment goes.
# (On bytes: the comment delimiters are ASCII whatever the page's charset.)
STRIP_LINE = re.compile(rb"^[ \t]*<!--\s*expect\b(?:(?!-->).)*-->[ \t]*\r?\n", re.DOTALL | re.MULTILINE)
STRIP_INLINE = re.compile(rb"<!--\s*expect\b(?:(?!-->).)*-->", re.DOTALL)


class SiteFolderError(ValueError):
    """A field site folder that does not follow tests/field/README.md (all problems listed)."""


class _Catalog(Protocol):
    def load(self, year: int) -> Any: ...


@dataclass(frozen=True)
class Expectation:
    code: str
    status: str
    why: str
    where: str  # "www/ita/index.html:42", "site.yaml" or "default"

    @property
    def annotated(self) -> bool:
        return self.where != "default"


@dataclass
class SiteFolder:
    name: str
    path: Path
    year: int
    report: str
    expect: dict[str, Expectation]  # every item code of the year, in the rule set's order
    # Items the tool is known to get wrong, with why (a strict expected failure: the test fails
    # when one of them comes out right, so the entry is removed and the item guarded again).
    known_misses: dict[str, str] = field(default_factory=dict)
    routes: dict[str, Response] = field(default_factory=dict)  # site.yaml routes, by decoded target
    files: dict[str, Response] = field(default_factory=dict)  # every file under www/, by URL path
    folders: set[str] = field(default_factory=set)  # URL paths of folders under www/, with "/"

    @property
    def annotated(self) -> dict[str, Expectation]:
        return {code: e for code, e in self.expect.items() if e.annotated}

    def respond(self, request: Request) -> Response:
        target = decode_target(request.path)
        path = urlsplit(target).path or "/"
        for key in (target, path):
            if key in self.routes:
                return self.routes[key]
        if path.endswith("/"):
            return self.files.get(path + "index.html") or NOT_FOUND
        if path in self.files:
            return self.files[path]
        if path + "/" in self.folders:
            query = urlsplit(request.path).query
            return redirect(urlsplit(request.path).path + "/" + (f"?{query}" if query else ""), 301)
        return NOT_FOUND

    def server(self) -> FixtureServer:
        """A fixture server that answers every request from this folder."""
        server = FixtureServer({})
        server.not_found = self.respond
        return server


NOT_FOUND = html("<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>", 404)


def decode_target(target: str) -> str:
    """The request target as text: percent-escapes decoded as UTF-8.  http.server gives the
    target as latin-1 text, so raw UTF-8 bytes a client sent unescaped come back too."""
    try:
        data = unquote_to_bytes(target.encode("latin-1"))
    except UnicodeEncodeError:  # already text (not from http.server)
        data = unquote_to_bytes(target)
    return data.decode("utf-8", errors="replace")


def content_type_for(path: Path) -> str:
    return CONTENT_TYPES.get(path.suffix.lower(), FALLBACK_TYPE)


def _charset(content_type: str) -> str:
    match = re.search(r"charset=([\w-]+)", content_type, re.IGNORECASE)
    name = (match.group(1) if match else "utf-8").lower()
    return "cp874" if name in ("tis-620", "tis620", "windows-874", "iso-8859-11") else name


def _is_html(content_type: str) -> bool:
    return content_type.split(";")[0].strip().lower() in ("text/html", "application/xhtml+xml")


class _Problems:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.items: list[str] = []

    def add(self, where: str, message: str) -> None:
        self.items.append(f"{self.folder.name}/{where}: {message}")

    def raise_if_any(self) -> None:
        if self.items:
            raise SiteFolderError("\n".join(self.items))


def load_site(folder: Path, catalog: _Catalog) -> SiteFolder:
    """Read and validate ``folder``; raise :class:`SiteFolderError` naming every problem."""
    folder = Path(folder)
    problems = _Problems(folder)
    config = _read_yaml(folder, problems)
    www = folder / "www"
    if not www.is_dir():
        problems.add("www/", "missing: the served files go in www/ (www/index.html is the home page)")
    elif not (www / "index.html").is_file():
        problems.add("www/index.html", "missing: every site needs a home page")
    problems.raise_if_any()

    year = config.get("year")
    codes: list[str] = []
    if not isinstance(year, int) or isinstance(year, bool):
        problems.add("site.yaml", f"year: must be an assessment year (B.E.) such as 2567, not {year!r}")
    else:
        try:
            codes = [item.code for item in catalog.load(year).items]
        except Exception as error:  # the catalog names the problem (no rule file for that year…)
            problems.add("site.yaml", f"year: {year}: no rule set ({error})")
    report = config.get("report")
    if not isinstance(report, str) or not report.strip():
        problems.add("site.yaml", "report: must say which field report / failure class the site reproduces")
    problems.raise_if_any()

    routes, routed_html = _read_routes(config.get("routes") or {}, www, problems)
    files, html_texts = _read_www(www, set(routed_html), problems)
    html_texts.update(routed_html)
    annotations = _read_annotations(html_texts, set(codes), problems)
    expect = _read_expect(config.get("expect") or {}, codes, annotations, problems)
    known = _read_known_misses(config.get("known_misses") or {}, expect, problems)
    problems.raise_if_any()

    # Serve the HTML with the annotations removed (and any route that serves an HTML file).
    for url_path, response in list(files.items()):
        files[url_path] = _stripped(response)
    routes = {key: _stripped(response) for key, response in routes.items()}
    folders = {"/"} | {"/" + p.relative_to(www).as_posix() + "/" for p in www.rglob("*") if p.is_dir()}
    return SiteFolder(folder.name, folder, year, report.strip(), expect, known, routes, files, folders)


def _read_yaml(folder: Path, problems: _Problems) -> dict[str, Any]:
    path = folder / "site.yaml"
    if not path.is_file():
        problems.add("site.yaml", "missing")
        problems.raise_if_any()
    try:
        config = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        problems.add("site.yaml", f"not valid YAML: {error}")
        problems.raise_if_any()
    if not isinstance(config, dict):
        problems.add("site.yaml", "must be a mapping with year, report, routes, expect")
        problems.raise_if_any()
    for key in sorted(set(config) - SITE_KEYS):
        problems.add("site.yaml", f"unknown key {key!r} (known: {', '.join(sorted(SITE_KEYS))})")
    return config


def _read_www(
    www: Path, routed_html: set[str], problems: _Problems
) -> tuple[dict[str, Response], dict[str, tuple[str, str]]]:
    """Every file under www/ as a response by URL path; the text of the HTML ones by file (except
    those a route serves with its own content type: the route's charset reads them)."""
    files: dict[str, Response] = {}
    html_texts: dict[str, tuple[str, str]] = {}  # "www/x.html" -> (text, content type)
    for path in sorted(p for p in www.rglob("*") if p.is_file()):
        relative = "www/" + path.relative_to(www).as_posix()
        content_type = content_type_for(path)
        body = path.read_bytes()
        if relative in routed_html:
            pass
        elif _is_html(content_type):
            try:
                html_texts[relative] = (body.decode(_charset(content_type)), content_type)
            except UnicodeDecodeError as error:
                problems.add(relative, f"not {_charset(content_type)} text: {error}")
        elif path.suffix.lower() in TEXT_SUFFIXES and ANNOTATION_LIKE.search(body.decode("utf-8", "replace")):
            problems.add(relative, "annotations go only in .html files (or in site.yaml expect:)")
        files["/" + path.relative_to(www).as_posix()] = raw(body, content_type)
    return files, html_texts


def _read_routes(routes: Any, www: Path, problems: _Problems) -> tuple[dict[str, Response], dict[str, tuple[str, str]]]:
    built: dict[str, Response] = {}
    html_texts: dict[str, tuple[str, str]] = {}
    if not isinstance(routes, dict):
        problems.add("site.yaml", "routes: must be a mapping of URL path to an answer")
        return built, html_texts
    for key, spec in routes.items():
        where = f"site.yaml routes {key!r}"
        if not isinstance(key, str) or not key.startswith("/"):
            problems.add(where, "a route is a URL path starting with /")
            continue
        target = decode_target(key)  # a key may be written percent-encoded or raw
        if not isinstance(spec, dict):
            problems.add(where, "must be a mapping such as {status: 404} or {redirect: /ita/}")
            continue
        unknown = set(spec) - ROUTE_KEYS
        if unknown:
            problems.add(where, f"unknown key(s) {', '.join(sorted(unknown))} (known: {', '.join(sorted(ROUTE_KEYS))})")
            continue
        if not spec:
            problems.add(where, f"no known kind of answer (give one of {', '.join(sorted(ROUTE_KEYS))})")
            continue
        status = spec.get("status", 200)
        if not isinstance(status, int) or isinstance(status, bool) or not 100 <= status <= 599:
            problems.add(where, f"status: {status!r} is not an HTTP status code")
            continue
        content_type = spec.get("content_type")
        if content_type is not None and not isinstance(content_type, str):
            problems.add(where, "content_type: must be a string such as 'application/pdf'")
            continue
        if "redirect" in spec:
            if set(spec) - {"redirect", "status"}:
                problems.add(where, "redirect: takes only an optional status (301, 302, 303, 307, 308)")
                continue
            code = spec.get("status", 302)
            if code not in (301, 302, 303, 307, 308):
                problems.add(where, f"redirect status {code} is not a redirect")
                continue
            location = spec["redirect"]
            if not isinstance(location, str) or not location:
                problems.add(where, "redirect: must be a path or URL")
                continue
            built[target] = redirect(location, code)
            continue
        if "file" in spec and "body" in spec:
            problems.add(where, "give file: or body:, not both")
            continue
        if "body" in spec:
            if not isinstance(spec["body"], str):
                problems.add(where, "body: must be text")
                continue
            content_type = content_type or "text/html; charset=utf-8"
            built[target] = raw(spec["body"].encode(_charset(content_type)), content_type, status)
            continue
        if "file" in spec or content_type is not None:
            # file: is relative to www/; content_type alone serves the file at the route's own path.
            name = spec.get("file") or urlsplit(target).path.lstrip("/")
            if not isinstance(name, str) or not name:
                problems.add(where, "file: must be a path relative to www/")
                continue
            path = (www / name).resolve()
            if not path.is_relative_to(www.resolve()) or not path.is_file():
                problems.add(where, f"file: www/{name} does not exist")
                continue
            content_type = content_type or content_type_for(path)
            body = path.read_bytes()
            if _is_html(content_type):
                relative = "www/" + path.relative_to(www.resolve()).as_posix()
                try:
                    html_texts[relative] = (body.decode(_charset(content_type)), content_type)
                except UnicodeDecodeError as error:
                    problems.add(relative, f"served as {content_type} but not {_charset(content_type)} text: {error}")
                    continue
            built[target] = raw(body, content_type, status)
            continue
        # status alone: an error page (or an empty 200).
        reason = {404: "Not Found", 403: "Forbidden", 500: "Internal Server Error", 503: "Service Unavailable"}
        body = f"<html><body><h1>{status} {reason.get(status, '')}</h1></body></html>" if status >= 400 else ""
        built[target] = html(body, status)
    return built, html_texts


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _read_annotations(
    html_texts: dict[str, tuple[str, str]], codes: set[str], problems: _Problems
) -> dict[str, list[Expectation]]:
    found: dict[str, list[Expectation]] = {}
    for relative, (text, _type) in sorted(html_texts.items()):
        for match in COMMENT.finditer(text):
            if not ANNOTATION_LIKE.match(match.group(0)):
                continue
            where = f"{relative}:{_line_of(text, match.start())}"
            parsed = ANNOTATION.fullmatch(match.group(1))
            if not parsed:
                problems.add(where, "annotation must read <!-- expect <code> <status>: <why> -->")
                continue
            code, status, why = parsed.group(1), parsed.group(2), " ".join(parsed.group(3).split())
            if not _check_one(where, code, status, why, codes, problems):
                continue
            found.setdefault(code, []).append(Expectation(code, status, why, where))
    return found


def _check_one(where: str, code: Any, status: Any, why: Any, codes: set[str], problems: _Problems) -> bool:
    ok = True
    if code not in codes:
        problems.add(where, f"unknown item code {code!r} for this year (codes are written O1 … O{len(codes)})")
        ok = False
    if status not in STATUSES:
        problems.add(where, f"unknown status {status!r} (one of {', '.join(STATUSES)})")
        ok = False
    if not isinstance(why, str) or not why.strip():
        problems.add(where, "why: say why an auditor would give this verdict")
        ok = False
    return ok


def _read_expect(
    expect: Any, codes: list[str], annotations: dict[str, list[Expectation]], problems: _Problems
) -> dict[str, Expectation]:
    if not isinstance(expect, dict):
        problems.add("site.yaml", "expect: must be a mapping of item code to {status, why}")
        expect = {}
    default = expect.get("default", "missing")
    if default not in STATUSES:
        problems.add("site.yaml", f"expect default: unknown status {default!r} (one of {', '.join(STATUSES)})")
    for code, spec in expect.items():
        if code == "default":
            continue
        where = f"site.yaml expect {code}"
        if not isinstance(spec, dict) or set(spec) - {"status", "why"}:
            problems.add(where, "must be {status: <status>, why: <why>}")
            continue
        if _check_one(where, code, spec.get("status"), spec.get("why"), set(codes), problems):
            annotations.setdefault(code, []).append(
                Expectation(code, spec["status"], " ".join(spec["why"].split()), "site.yaml")
            )
    result: dict[str, Expectation] = {}
    for code in codes:
        given = annotations.get(code, [])
        if len(given) > 1:
            problems.add(given[1].where, f"{code} is annotated more than once: {', '.join(e.where for e in given)}")
        result[code] = given[0] if given else Expectation(code, str(default), "ไม่มีหลักฐานของข้อนี้บนเว็บไซต์", "default")
    return result


def _read_known_misses(known: Any, expect: dict[str, Expectation], problems: _Problems) -> dict[str, str]:
    if not isinstance(known, dict) or not all(isinstance(why, str) and why.strip() for why in known.values()):
        problems.add("site.yaml", "known_misses: must map item codes to why the tool gets them wrong")
        return {}
    for code in known:
        if code not in expect or not expect[code].annotated:
            problems.add("site.yaml", f"known_misses: {code} is not an annotated item of this site")
    return {str(code): " ".join(str(why).split()) for code, why in known.items()}


def _stripped(response: Response) -> Response:
    if not response.content_type or not _is_html(response.content_type) or not isinstance(response.body, bytes):
        return response
    body = STRIP_INLINE.sub(b"", STRIP_LINE.sub(b"", response.body))
    if body == response.body:
        return response
    return raw(body, response.content_type, response.status, headers=dict(response.headers))


def site_folders(root: Path) -> Iterable[Path]:
    """The site folders of a corpus directory, in name order (anything without site.yaml is skipped)."""
    return sorted(p for p in Path(root).iterdir() if p.is_dir() and (p / "site.yaml").exists())
