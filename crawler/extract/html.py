"""Turn one decoded HTML page into records: title, headings, breadcrumb, text and links.

Pure: no network.  Every link keeps the context a person reading the page would use to
decide what it is — the heading above it, the table row around it, the menu it sits in —
because on ITA pages the link text is often just "คลิก" or a file name.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

from selectolax.lexbor import LexborHTMLParser, LexborNode

from crawler.extract.placeholder import placeholder_reason
from crawler.model.url import Url
from crawler.urls import document_type

LinkKind = Literal["a", "onclick", "frame", "iframe", "embed", "area", "meta_refresh", "script", "data"]

MAX_TEXT_CHARS = 30_000
MAX_LINKS = 3_000
MAX_CONTEXT = 240

_WS = re.compile(r"[\s\u00a0\u200b\u200c\u200d\u2060\ufeff]+")
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "caption", "legend", "summary"})
_HEADING_CLASS = re.compile(
    r"(?:^|[\s_-])(?:panel-heading|panel-title|card-header|card-title|box-title|widget-title|section-title|"
    r"block-title|module-title|topic|headline|title)(?:$|[\s_-])",
    re.IGNORECASE,
)
_JS_URL = re.compile(
    r"""(?:(?:window|document|self|top|parent)\.)?location(?:\.href)?\s*=\s*['"]([^'"]+)['"]"""
    r"""|location\.(?:assign|replace)\(\s*['"]([^'"]+)['"]"""
    r"""|window\.open\(\s*['"]([^'"]+)['"]""",
    re.IGNORECASE,
)
_COMMENT_URL = re.compile(r"""(?:href|src)\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)
_REFRESH_URL = re.compile(r"""url\s*=\s*['"]?([^'"]+)""", re.IGNORECASE)
_ALWAYS_BOILERPLATE = "script, style, noscript, template, nav, header, footer"
_NAMED_BOILERPLATE = (
    "[class*=menu], [id*=menu], [class*=navbar], [class*=sidebar], [id*=sidebar], "
    "[class*=breadcrumb], [class*=footer], [id*=footer], [id=header], [class=header]"
)
_BREADCRUMB = "[class*=breadcrumb], [id*=breadcrumb], [aria-label*=readcrumb], [class*=crumb]"
_BREADCRUMB_SPLIT = re.compile(r"\s*(?:›|»|>|/|\|)\s*")
_DATA_ATTRS = ("data-href", "data-url", "data-link", "data-file")


def clean_text(text: str | None) -> str:
    """Readable text: NFC, every run of spaces, &nbsp; and zero-width characters one space."""
    if not text:
        return ""
    return _WS.sub(" ", unicodedata.normalize("NFC", text)).strip()


@dataclass(frozen=True)
class Link:
    url: Url  # the normal form: the key of records, candidates and evidence
    text: str
    kind: LinkKind = "a"
    title: str = ""
    heading: str = ""
    row: str = ""
    menu: tuple[str, ...] = ()


@dataclass
class IgnoredLinks:
    """Links a person cannot follow: counted so the report can say they exist."""

    empty: int = 0
    hash_only: int = 0
    javascript: int = 0
    mail_or_phone: int = 0
    in_comments: int = 0
    samples_in_comments: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.empty + self.hash_only + self.javascript + self.mail_or_phone + self.in_comments


@dataclass
class ExtractedPage:
    url: str
    title: str
    headings: list[str]
    breadcrumb: list[str]
    text: str
    links: list[Link]
    ignored: IgnoredLinks
    placeholder: str | None = None
    content_chars: int = 0
    own_chars: int = 0  # text that is not menus, headers, footers or list links
    frames: int = 0
    # An empty ``href`` whose text names something is evidence of a missing link.
    empty_link_texts: list[str] = field(default_factory=list)


def extract_page(html: str, url: str) -> ExtractedPage:
    tree = LexborHTMLParser(html)
    base = _base_url(tree, url)
    ignored = IgnoredLinks()
    links: list[Link] = []
    empty_texts: list[str] = []
    headings: list[str] = []
    current_heading = ""
    frames = 0
    root = tree.root
    if root is not None:
        for node in root.traverse(include_text=False):
            tag = node.tag
            if tag == "-comment":
                _count_comment_links(node, ignored)
                continue
            if tag in _HEADING_TAGS or (tag in ("div", "span", "p", "th", "td", "b", "strong") and _is_heading(node)):
                text = clean_text(node.text(deep=True, separator=" "))
                if text and len(text) <= 200:
                    current_heading = text
                    if tag[0] == "h" and len(headings) < 80:
                        headings.append(text)
            if len(links) >= MAX_LINKS:
                continue
            if tag in ("frame", "iframe"):
                frames += 1
            for link in _links_of(node, base, current_heading, ignored, empty_texts):
                links.append(link)
        links.extend(_meta_refresh(tree, base))
    title_node = tree.css_first("title")
    title = clean_text(title_node.text()) if title_node is not None else ""
    breadcrumb = _breadcrumb(tree)
    full_text = clean_text(tree.body.text(deep=True, separator=" ")) if tree.body else ""
    script_targets = _script_redirects(tree, base, current_heading)
    content, own_text = _content_text(tree)
    if frames == 0 and len(content) < 40:  # a page that only sends the visitor elsewhere
        links.extend(script_targets)
    # Only the page's own text: menu labels such as "ITA 2566" would read as the page's year.
    text = content
    page = ExtractedPage(
        url=url,
        title=title,
        headings=headings,
        breadcrumb=breadcrumb,
        text=text[:MAX_TEXT_CHARS],
        links=links,
        ignored=ignored,
        content_chars=len(content),
        own_chars=len(own_text),
        frames=frames,
        empty_link_texts=empty_texts[:50],
    )
    page.placeholder = placeholder_reason(
        title,
        headings,
        own_text,
        full_text,
        has_embedded=frames > 0 or _has_embeds(tree) or _has_document_links(links) or len(links) >= 5,
    )
    return page


def _base_url(tree: LexborHTMLParser, url: str) -> str:
    base = tree.css_first("base[href]")
    href = (base.attributes.get("href") or "").strip() if base else ""
    # A malformed <base href> ("http://[::1") is ignored, as browsers ignore it.
    return (Url.parse(href, url) or url) if href else url


def _is_heading(node: LexborNode) -> bool:
    cls = node.attributes.get("class") or ""
    return bool(cls) and _HEADING_CLASS.search(cls) is not None


def _links_of(node: LexborNode, base: str, heading: str, ignored: IgnoredLinks, empty_texts: list[str]) -> list[Link]:
    tag = node.tag
    attrs = node.attributes
    found: list[tuple[str, LinkKind]] = []
    if tag in ("a", "area"):
        href = attrs.get("href")
        if href is None:
            if tag == "a" and not attrs.get("onclick") and not any(a in attrs for a in _DATA_ATTRS):
                return []
        else:
            href = href.strip()
            lowered = href.lower()
            if not href:
                ignored.empty += 1
                label = _label(node)
                if label:
                    empty_texts.append(label)
            elif href == "#" or (href.startswith("#") and tag == "a" and not attrs.get("onclick")):
                ignored.hash_only += 1
            elif lowered.startswith("javascript:"):
                js = _js_target(href)
                if js:
                    found.append((js, "onclick"))
                else:
                    ignored.javascript += 1
            elif lowered.startswith(("mailto:", "tel:", "line:", "sms:")):
                ignored.mail_or_phone += 1
            else:
                found.append((href, "a" if tag == "a" else "area"))
    elif tag in ("frame", "iframe", "embed"):
        src = (attrs.get("src") or "").strip()
        if src and not src.lower().startswith(("javascript:", "about:", "data:")):
            found.append((src, "embed" if tag == "embed" else tag))  # type: ignore[arg-type]
    elif tag == "object":
        data = (attrs.get("data") or "").strip()
        if data:
            found.append((data, "embed"))
    onclick = attrs.get("onclick")
    if onclick:
        target = _js_target(onclick)
        if target:
            found.append((target, "onclick"))
    for attr in _DATA_ATTRS:
        value = (attrs.get(attr) or "").strip()
        if value and not value.startswith("#"):
            found.append((value, "data"))
    if not found:
        return []
    text = _label(node)
    title = clean_text(attrs.get("title"))
    row, menu = _context(node)
    links = []
    for href, kind in found:
        absolute = _resolve(base, href)
        if absolute:
            links.append(Link(absolute, text, kind, title, heading[:MAX_CONTEXT], row, menu))
    return links


def _label(node: LexborNode) -> str:
    text = clean_text(node.text(deep=True, separator=" "))
    if text:
        return text[:MAX_CONTEXT]
    for img in node.css("img"):
        alt = clean_text(img.attributes.get("alt") or img.attributes.get("title"))
        if alt:
            return alt[:MAX_CONTEXT]
    return clean_text(node.attributes.get("title") or node.attributes.get("aria-label") or node.attributes.get("value"))


def _resolve(base: str, href: str) -> Url | None:
    return Url.parse(href, base)


def _js_target(code: str) -> str | None:
    found = _JS_URL.search(code)
    if not found:
        return None
    target = next(group for group in found.groups() if group)
    return None if target.startswith("#") else target


def _context(node: LexborNode) -> tuple[str, tuple[str, ...]]:
    """The table row around a link and the labels of the menu items it is nested in."""
    row = ""
    menu: list[str] = []
    parent = node.parent
    first_li = True
    depth = 0
    while parent is not None and depth < 30:
        tag = parent.tag
        if tag == "tr" and not row:
            row = clean_text(parent.text(deep=True, separator=" "))[:MAX_CONTEXT]
        elif tag == "li":
            if not first_li:
                label = _menu_label(parent)
                if label:
                    menu.append(label)
            first_li = False
        elif tag in ("body", "html"):
            break
        parent = parent.parent
        depth += 1
    return row, tuple(reversed(menu))


def _menu_label(item: LexborNode) -> str:
    child = item.child
    while child is not None:
        if child.tag in ("a", "span", "button", "strong", "b", "div", "p", "label"):
            text = clean_text(child.text(deep=True, separator=" "))
            if text:
                return text[:80]
        elif child.tag == "-text":
            text = clean_text(child.text_content)
            if text:
                return text[:80]
        child = child.next
    return ""


def _count_comment_links(node: LexborNode, ignored: IgnoredLinks) -> None:
    content = node.comment_content or ""
    for found in _COMMENT_URL.finditer(content):
        ignored.in_comments += 1
        if len(ignored.samples_in_comments) < 20:
            ignored.samples_in_comments.append(found.group(1))


def _meta_refresh(tree: LexborHTMLParser, base: str) -> list[Link]:
    links = []
    for meta in tree.css("meta[http-equiv]"):
        if (meta.attributes.get("http-equiv") or "").lower() != "refresh":
            continue
        found = _REFRESH_URL.search(meta.attributes.get("content") or "")
        absolute = _resolve(base, found.group(1)) if found else None
        if absolute:
            links.append(Link(absolute, "", "meta_refresh"))
    return links


def _script_redirects(tree: LexborHTMLParser, base: str, heading: str) -> list[Link]:
    links = []
    for script in tree.css("script"):
        code = script.text() or ""
        for found in _JS_URL.finditer(code):
            target = next(group for group in found.groups() if group)
            absolute = _resolve(base, target)
            if absolute:
                links.append(Link(absolute, "", "script", heading=heading))
    return links[:5]


def _breadcrumb(tree: LexborHTMLParser) -> list[str]:
    node = tree.css_first(_BREADCRUMB)
    if node is None:
        return []
    parts = [clean_text(item.text(deep=True, separator=" ")) for item in node.css("li, a")]
    parts = [part for part in parts if part]
    if not parts:
        parts = [p for p in _BREADCRUMB_SPLIT.split(clean_text(node.text(deep=True, separator=" "))) if p]
    unique: list[str] = []
    for part in parts:
        if part not in unique and len(part) <= 120:
            unique.append(part)
    return unique[:10]


def _content_text(tree: LexborHTMLParser) -> tuple[str, str]:
    """Body text without scripts, menus, headers and footers, and the same without any link
    in a list (what is left of a placeholder page whose menu has no telling class names).
    Modifies the tree: call last."""
    body = tree.body
    if body is None:
        return "", ""
    for node in body.css(_ALWAYS_BOILERPLATE):
        node.decompose()
    for node in body.css(_NAMED_BOILERPLATE):
        # A wrapper named "menu-content" that holds the page's own heading is not a menu.
        if node.css_first("h1, main, article, table") is None:
            node.decompose()
    content = clean_text(body.text(deep=True, separator=" "))
    for node in body.css("li a, li button"):
        node.decompose()
    return content, clean_text(body.text(deep=True, separator=" "))


def _has_embeds(tree: LexborHTMLParser) -> bool:
    return tree.css_first("embed, object, iframe, frame, video, img[src$='.jpg'], img[src$='.png']") is not None


def _has_document_links(links: list[Link]) -> bool:
    return any(not link.menu and document_type(link.url) is not None for link in links)
