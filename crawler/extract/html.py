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
from urllib.parse import unquote

from selectolax.lexbor import LexborHTMLParser, LexborNode

from crawler.extract.board import board_replies
from crawler.extract.placeholder import placeholder_reason
from crawler.model.records import IgnoredLinks, Link, LinkKind
from crawler.model.url import Url
from crawler.thai.linkwords import is_generic
from crawler.urls import document_type, viewed_document

MAX_TEXT_CHARS = 30_000
MAX_LINKS = 3_000
MAX_CONTEXT = 240
MAX_ROW = 400  # longer "rows" are layout tables (old PHP sites put the whole page in one)
_LABEL_CELL = 80  # a row's cell this short and without links labels the row ("O13", "๑๓")

_WS = re.compile(r"[\s\u00a0\u200b\u200c\u200d\u2060\ufeff]+")
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "caption", "legend", "summary"})
_HEADING_LEVEL = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_MINOR_HEADING = 7  # captions, panel titles, box-title cells: below every <hN>
_HEADING_CLASS = re.compile(
    r"(?:^|[\s_-])(?:panel-heading|panel-title|card-header|card-title|box-title|widget-title|section-title|"
    r"accordion-heading|accordion-header|accordion-title|"
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
    images: int = 0  # pictures in the page's own content (executives' photos), not icons or banners
    forms: int = 0  # forms a visitor fills in (a complaint form, a web board), not search boxes
    pictures: list[str] = field(default_factory=list)  # "src alt" of the page's images (an EIT QR code)
    frames: int = 0
    replies: int | None = None  # answers a web board's page shows (extract.board), None: no reply counts
    # An empty ``href`` whose text names something is evidence of a missing link.
    empty_link_texts: list[str] = field(default_factory=list)


def extract_page(html: str, url: str) -> ExtractedPage:
    tree = LexborHTMLParser(html)
    base = _base_url(tree, url)
    ignored = IgnoredLinks()
    _drop_hidden(tree, html, ignored)
    links: list[Link] = []
    empty_texts: list[str] = []
    headings: list[str] = []
    current_heading = ""
    # The headings above the current point, outermost first: a row under "ตัวชี้วัดย่อยที่ 9.2"
    # is still in the page's "ITA ประจำปี ๒๕๖๗" section.
    outline: list[tuple[int, str]] = []
    frames = 0
    # A table row's text, once per row: a cell of 2,000 links asked it 2,000 times (4 s).
    rows = _RowCache()
    root = tree.root
    if root is not None:
        for node in root.traverse(include_text=False):
            tag = node.tag
            if tag == "-comment":
                _count_comment_links(node, ignored)
                continue
            if (
                tag in _HEADING_TAGS
                or (tag in ("div", "span", "p", "th", "td", "b", "strong") and _is_heading(node))
                or (tag in ("td", "th") and _is_lone_cell(node))
                or (tag in ("p", "div") and _is_bold_line(node))
            ):
                text = clean_text(node.text(deep=True, separator=" "))
                if text and len(text) <= 200:
                    current_heading = text
                    level = _HEADING_LEVEL.get(tag, _MINOR_HEADING)
                    while outline and outline[-1][0] >= level:
                        outline.pop()
                    outline.append((level, text))
                    if tag[0] == "h" and len(headings) < 80:
                        headings.append(text)
            if len(links) >= MAX_LINKS:
                continue
            if tag in ("frame", "iframe"):
                frames += 1
            section = "\n".join(text for _level, text in outline)[:MAX_CONTEXT]
            for link in _links_of(node, base, current_heading, ignored, empty_texts, section, rows):
                links.append(link)
        links.extend(_meta_refresh(tree, base))
    title_node = tree.css_first("title")
    title = clean_text(title_node.text()) if title_node is not None else ""
    breadcrumb = _breadcrumb(tree)
    full_text = clean_text(tree.body.text(deep=True, separator=" ")) if tree.body else ""
    script_targets = _script_redirects(tree, base, current_heading)
    form_nodes = _forms(tree)
    forms = len(form_nodes)
    # A form is named by its caption as a section by its heading.
    captions = [caption for form in form_nodes if (caption := _form_caption(form)) and caption not in headings]
    headings.extend(captions[:5])
    replies = board_replies(tree, full_text)
    pictures = _pictures(tree)
    content, own_text, images = _content_text(tree)
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
        images=images,
        forms=forms,
        pictures=pictures,
        frames=frames,
        replies=replies,
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


_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# Blocks a script or a click shows: accordions, tabs, drop-down menus, pop-ups, "อ่านต่อ" boxes.
_OPENABLE_CLASS = re.compile(
    r"collapse|accordion|tab(?!le)|dropdown|menu|nav|panel|modal|popup|toggle|slide|more|expand|drawer|sub",
    re.IGNORECASE,
)


def _drop_hidden(tree: LexborHTMLParser, html: str, ignored: IgnoredLinks) -> None:
    """Remove the blocks no visitor can see: ``style="display:none"`` or ``hidden`` with nothing
    on the page that opens them.  An auditor reads the page as shown; a document linked only
    from such a block (an old CMS's switched-off section, a copy hidden for search engines) is
    not published.  Anything a click may open is kept: sub-menus (inside a list item), blocks
    whose class says accordion/tab/menu, blocks whose id a control names, and blocks right after
    a button or an ``onclick``."""
    body = tree.body
    if body is None:
        return
    hidden = [
        node
        for node in body.css("[hidden], [style]")
        if ("hidden" in node.attributes or _HIDDEN_STYLE.search(node.attributes.get("style") or ""))
        and node.tag not in ("input", "template", "script", "style", "img", "iframe")
        and not _can_be_opened(node, html)
    ]
    chosen = {node.mem_id for node in hidden}
    for node in hidden:
        if _has_ancestor_in(node, chosen):
            continue  # removed with the block around it
        anchors = node.css("a[href]")
        if anchors:
            ignored.in_hidden += len(anchors)
            for anchor in anchors[:3]:
                label = _label(anchor)
                if label and len(ignored.samples_in_hidden) < 5:
                    ignored.samples_in_hidden.append(label[:80])
        node.decompose()


def _has_ancestor_in(node: LexborNode, ids: set[int]) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.mem_id in ids:
            return True
        parent = parent.parent
    return False


def _can_be_opened(node: LexborNode, html: str) -> bool:
    for named in (node, node.parent):
        if named is not None and _OPENABLE_CLASS.search(
            (named.attributes.get("class") or "") + " " + (named.attributes.get("id") or "")
        ):
            return True
    ancestor: LexborNode | None = node
    while ancestor is not None and ancestor.tag != "body":
        if ancestor.tag in ("li", "nav", "ul", "ol", "select", "details", "dialog"):
            return True
        ancestor = ancestor.parent
    ident = node.attributes.get("id")
    # named by a control (href="#x", onclick="show('x')", aria-controls="x"), not only by its own id=
    if ident and (f"#{ident}" in html or f"'{ident}'" in html or html.count(f'"{ident}"') > 1):
        return True
    opener = node.prev
    while opener is not None and opener.tag in ("-text", "-comment"):
        opener = opener.prev
    return opener is not None and (
        opener.tag == "button" or "onclick" in opener.attributes or (opener.css_first("[onclick], button") is not None)
    )


def _base_url(tree: LexborHTMLParser, url: str) -> str:
    base = tree.css_first("base[href]")
    href = (base.attributes.get("href") or "").strip() if base else ""
    # A malformed <base href> ("http://[::1") is ignored, as browsers ignore it.
    return (Url.parse(href, url) or url) if href else url


def _is_bold_line(node: LexborNode) -> bool:
    """A paragraph that is only a short bold phrase, no link: a section title on sites that
    never use <h2> (<p class="sec"><b>แผนพัฒนาท้องถิ่น</b></p>)."""
    elements = []
    child = node.child
    while child is not None:
        if child.tag == "-text":
            if (child.text_content or "").strip():
                return False
        elif child.tag != "-comment":
            elements.append(child)
        child = child.next
    if len(elements) != 1 or elements[0].tag not in ("b", "strong", "u") or node.css_first("a") is not None:
        return False
    return 0 < len(node.text(deep=True).strip()) <= 100


def _is_lone_cell(node: LexborNode) -> bool:
    """A table row of one short cell with no link: old PHP sites' box titles
    (<tr><td class="mh">ข้อมูลสาธารณะ ITA ๒๕๖๗</td></tr>) head the rows below them."""
    row = node.parent
    if row is None or row.tag != "tr" or node.css_first("a") is not None:
        return False
    cells = 0
    child = row.child
    while child is not None:
        if child.tag in ("td", "th"):
            cells += 1
        child = child.next
    return cells == 1 and 0 < len(node.text(deep=True).strip()) <= 80


def _is_heading(node: LexborNode) -> bool:
    cls = node.attributes.get("class") or ""
    return bool(cls) and _HEADING_CLASS.search(cls) is not None


def _links_of(
    node: LexborNode,
    base: str,
    heading: str,
    ignored: IgnoredLinks,
    empty_texts: list[str],
    section: str = "",
    rows: _RowCache | None = None,
) -> list[Link]:
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
                    empty_texts.append(_lost_target(node, label, heading, rows))
            elif href == "#" or (href.startswith("#") and tag == "a" and not attrs.get("onclick")):
                ignored.hash_only += 1
                label = _label(node)
                if href == "#" and len(label) >= 4 and not _is_toggle(node):
                    empty_texts.append(_lost_target(node, label, heading, rows))  # "[คู่มือการปฏิบัติงาน]"
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
    elif tag == "option" and _is_jump_menu(node):
        value = (attrs.get("value") or "").strip()
        if value and not value.startswith("#") and ("/" in value or "." in value or "?" in value):
            found.append((value, "option"))
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
    rows = rows if rows is not None else _RowCache()
    row, menu = _context(node, rows)
    caption = _caption_before(node, rows) if not row and is_generic(text) else ""
    links = []
    for href, kind in found:
        absolute = _resolve(base, href)
        # a viewer embedding a document (pdf.js, Google's, Office Online's) links that document: the
        # viewer's own page is a script shell with no text (blind holdout 43: pdf.js's viewer.php
        # was read as an empty placeholder and reported broken over the stale file it showed)
        shown = viewed_document(str(absolute)) if absolute else None
        url = (_resolve(str(absolute), shown) if shown else None) or absolute
        if url:
            links.append(Link(url, text, kind, title, heading[:MAX_CONTEXT], row, menu, section, caption))
    return links


_JUMP = re.compile(r"location|window\.open|this\.value|jumpmenu|selectedindex|\.href", re.IGNORECASE)


def _is_jump_menu(option: LexborNode) -> bool:
    """An <option> of a drop-down that sends the visitor to its value (old sites' year menus:
    <select onchange="location=this.value">, Dreamweaver's MM_jumpMenu)."""
    select = option.parent
    while select is not None and select.tag == "optgroup":
        select = select.parent
    return select is not None and select.tag == "select" and bool(_JUMP.search(select.attributes.get("onchange") or ""))


def _lost_target(node: LexborNode, label: str, heading: str, rows: _RowCache | None) -> str:
    """What a link that opens nothing was for.  "ประกาศนโยบายคุ้มครองข้อมูลส่วนบุคคล (PDPA)
    <a href=''>คลิกที่นี่</a>": the line or row names it, its own word seldom does; a line that is
    the word alone, in an accordion panel, is named by the panel's heading ("ข้อ ๖ กฏหมาย…")."""
    # (its own words too, in a table's row: "O43 | การดำเนินการตามมาตรการ… | [รายงานผล…ตามมาตรการฯ
    # ปี ๒๕๖๗]" is named by the row's code, blind holdouts 39 and 40)
    if not is_generic(label) and not _in_table_row(node):
        return label
    row = _context(node, rows if rows is not None else _RowCache())[0]
    if label in row and len(row) <= MAX_CONTEXT and row.strip() != label:
        return row
    if not is_generic(label):
        return label
    return f"{heading} {label}" if heading else label


def _in_table_row(node: LexborNode) -> bool:
    parent, depth = node.parent, 0
    while parent is not None and depth < 6:
        if parent.tag == "tr":
            return True
        parent, depth = parent.parent, depth + 1
    return False


def _is_toggle(node: LexborNode) -> bool:
    """A dropdown or accordion opener (href="#" on purpose), not a link that lost its target."""
    attrs = node.attributes
    if any(name in attrs for name in ("data-toggle", "data-bs-toggle", "aria-haspopup", "aria-expanded", "role")):
        return True
    if "toggle" in (attrs.get("class") or "") or "dropdown" in (attrs.get("class") or ""):
        return True
    parent = node.parent
    return parent is not None and parent.tag == "li" and parent.css_first("ul, ol") is not None


def _label(node: LexborNode) -> str:
    text = clean_text(node.text(deep=True, separator=" "))
    if text:
        return text[:MAX_CONTEXT]
    images = node.css("img")
    for img in images:
        alt = clean_text(img.attributes.get("alt") or img.attributes.get("title"))
        if alt:
            return alt[:MAX_CONTEXT]
    named = clean_text(
        node.attributes.get("title") or node.attributes.get("aria-label") or node.attributes.get("value")
    )
    if named or not images:
        return named
    # A button that is only a picture without words: its file's name is all a program can read
    # of it (a grid of "/images/ita/o26.png" buttons, blind holdout 58).
    stem = _image_stem(images[0].attributes.get("src") or "")
    return stem if _CODED_IMAGE.fullmatch(stem) else ""


# an image file named for an item code: "o26", "O-12", "ita_o05", "oit14"
_CODED_IMAGE = re.compile(r"(?:ita|oit)?[ _-]?o[ _-]?\d{1,2}", re.IGNORECASE)


def _image_stem(src: str) -> str:
    name = unquote(src.split("?", 1)[0].rsplit("/", 1)[-1])
    return name.rsplit(".", 1)[0]


def _resolve(base: str, href: str) -> Url | None:
    return Url.parse(href, base)


def _js_target(code: str) -> str | None:
    found = _JS_URL.search(code)
    if not found:
        return None
    target = next(group for group in found.groups() if group)
    return None if target.startswith("#") else target


@dataclass
class _RowCache:
    """What the rows and cells of a page say, computed once each (by node)."""

    texts: dict[int, str] = field(default_factory=dict)
    links: dict[int, int] = field(default_factory=dict)
    columns: dict[int, dict[int, str]] = field(default_factory=dict)  # by table
    header_rows: dict[int, int] = field(default_factory=dict)  # table -> its first row

    def text(self, node: LexborNode) -> str:
        found = self.texts.get(node.mem_id)
        if found is None:
            found = self.texts[node.mem_id] = clean_text(node.text(deep=True, separator=" "))
        return found

    def link_count(self, node: LexborNode) -> int:
        found = self.links.get(node.mem_id)
        if found is None:
            found = self.links[node.mem_id] = len(node.css("a"))
        return found

    def year_columns(self, row: LexborNode) -> dict[int, str]:
        """The column headings of ``row``'s table that name years, by column, when there are two
        or more ("ข้อ | รายการข้อมูล | ปี ๒๕๖๕ | ปี ๒๕๖๖ | ปี ๒๕๖๗"); otherwise none."""
        table = row.parent
        while table is not None and table.tag != "table":
            table = table.parent
        if table is None:
            return {}
        found = self.columns.get(table.mem_id)
        if found is None:
            header = table.css_first("tr")
            cells = [] if header is None else [c for c in header.iter() if c.tag in ("td", "th")]
            named = {i: self.text(c) for i, c in enumerate(cells) if _COLUMN_YEAR.search(self.text(c))}
            years = {_COLUMN_YEAR.search(text).group(0) for text in named.values()}  # type: ignore[union-attr]
            found = self.columns[table.mem_id] = named if len(years) >= 2 and header is not None else {}
            self.header_rows[table.mem_id] = header.mem_id if header is not None else -1
        return found if self.header_rows.get(table.mem_id) != row.mem_id else {}


_COLUMN_YEAR = re.compile(r"(?<![\d๐-๙])(?:25|๒๕)[\d๐-๙]{2}(?![\d๐-๙])")


def _cells(row: LexborNode) -> list[LexborNode]:
    return [cell for cell in row.iter() if cell.tag in ("td", "th")]


_BAR_CELLS = 3  # a code and a title, each a link, are a data row; three links side by side a bar


def _link_bar(row: LexborNode, rows: _RowCache) -> bool:
    """Is this table row a bar of links, every cell one of them (a home page's icons: blind
    holdout 64's "Line@" was named by its neighbour "ถาม-ตอบ" and made the Q&A channel)?"""
    cells = [cell for cell in _cells(row) if rows.text(cell)]
    return len(cells) >= _BAR_CELLS and all(rows.link_count(cell) == 1 for cell in cells)


def _column_of(cell: LexborNode, row: LexborNode) -> int:
    return next((i for i, other in enumerate(_cells(row)) if other.mem_id == cell.mem_id), -1)


def _context(node: LexborNode, rows: _RowCache) -> tuple[str, tuple[str, ...]]:
    """The table row around a link and the labels of the menu items it is nested in
    (``rows``: the texts of the rows already seen)."""
    row = ""
    menu: list[str] = []
    parent = node.parent
    first_li = True
    depth = 0
    cell: LexborNode | None = None
    in_block = False  # the link sits in a paragraph, item or line of its own inside its cell
    while parent is not None and depth < 30:
        tag = parent.tag
        if tag in ("td", "th") and cell is None:
            cell = parent
        elif cell is None and (tag in _BLOCKS or _breaks_lines(parent)):  # (a table's rows: not scanned per link)
            in_block = True
        if tag == "tr" and not row:
            # A cell of several paragraphs, each with its own link ("<p>รายงานผล… <a>ดาวน์โหลด</a>
            # </p><p>รายงานผลการดำเนินการป้องกันการทุจริต <a>(คลิก)</a></p>"): the link's row is
            # its line and the row's other cells, not its neighbours' words.
            # Of the row's other cells only the short ones without links count (a code, a
            # number): in a layout table the next cell is the page's content, not a label.
            columns = rows.year_columns(parent) if cell is not None else {}
            column = _column_of(cell, parent) if cell is not None and columns else -1
            if cell is not None and column in columns:
                # A table of years side by side ("O12 | รายงาน… | คลิก | รายงานรอบ 6 เดือน | …" under
                # "ปี ๒๕๖๕ | ปี ๒๕๖๖ | ปี ๒๕๖๗"): a cell's link is of its column's year, not of
                # every year the row's other cells name (blind holdout 35).
                labels = " ".join(
                    rows.text(other)
                    for i, other in enumerate(_cells(parent))
                    if i not in columns and rows.link_count(other) == 0 and len(rows.text(other)) <= MAX_ROW
                )
                text = clean_text(f"{labels} {columns[column]} {rows.text(cell)}")
            elif cell is not None and in_block and rows.link_count(cell) > 1:
                line = _line_of(node)
                others = " ".join(
                    rows.text(other)
                    for other in parent.iter()
                    if other.tag in ("td", "th")
                    and other.mem_id != cell.mem_id
                    and rows.link_count(other) == 0
                    and len(rows.text(other)) <= _LABEL_CELL
                )
                text = clean_text(f"{others} {line}") if line else ""
            elif cell is not None and _link_bar(parent, rows):
                text = ""  # a bar of icon links in a table ("Facebook | Line@ | E-Service | ถาม-ตอบ"): no row
            else:
                text = rows.text(parent)
            # A data row, not a layout table's row holding the menu and the whole page
            row = text if len(text) <= MAX_ROW else "-"
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
    if row in ("", "-"):
        # Outside a data row, the line the link sits on names it: "22. รายงานผลการจัดซื้อจัดจ้าง
        # ประจำปี <a>[ดาวน์โหลด]</a><br>", "<li>O13 รายงานผล… <a>คลิก</a></li>".
        row = _line_of(node)
    if not row and is_generic(_label(node)):
        row = _block_row(node, rows)
    return row, tuple(reversed(menu))


_CAPTION = 120  # a caption line over a button, not a paragraph of the page's text


def _caption_before(node: LexborNode, rows: _RowCache) -> str:
    """The caption a page builder puts in the block before a lone button (Elementor: "<div><p>•
    คำสั่งแต่งตั้งคณะทำงานขับเคลื่อนจริยธรรม ปี ๒๕๖๖</p></div><div><a>ดาวน์โหลด</a></div>", blind
    holdout 65): the nearest preceding block of the outermost wrapper that holds only this link,
    when it is short, links nothing and is not a heading (headings name sections on their own)."""
    own = clean_text(node.text(deep=True, separator=" "))
    wrapper, depth = node, 0
    while (
        (parent := wrapper.parent) is not None
        and depth < 6
        and parent.tag not in ("body", "html", "td", "th", "li")
        and rows.link_count(parent) == 1
        and rows.text(parent) == own
    ):
        wrapper, depth = parent, depth + 1
    before = wrapper.prev
    while before is not None and before.tag in ("-text", "-comment") and not (before.text() or "").strip():
        before = before.prev
    if before is None or before.tag not in _BLOCKS or rows.link_count(before) > 0:
        return ""
    if before.css_first("h1, h2, h3, h4, h5, h6") is not None:
        return ""
    text = rows.text(before)
    return text if len(text) <= _CAPTION else ""


_DIV_ROW = 200  # a block this short around a lone "ดูข้อมูล" is its row: "<div><p>O16 …</p><p><a>…"


def _block_row(node: LexborNode, rows: _RowCache) -> str:
    """A row built of blocks, not a table (Google Sites, Bootstrap: ``<div class="row"><div>O16
    ข้อมูลเชิงสถิติการให้บริการ</div><div><a>ดูข้อมูล</a></div></div>``): the nearest enclosing
    block, up to a few levels, that holds this one link and more words than its own."""
    own = clean_text(node.text(deep=True, separator=" "))
    parent, depth = node.parent, 0
    while parent is not None and depth < 4 and parent.tag not in ("body", "html", "table", "tr", "ul", "ol"):
        if parent.tag in _BLOCKS:
            if rows.link_count(parent) > 1:
                return ""
            text = rows.text(parent)
            if len(text) > _DIV_ROW:
                return ""
            if text != own:
                return text
            depth += 1
        parent = parent.parent
    return ""


_BLOCKS = frozenset({"li", "p", "div", "td", "th", "dd", "dt", "section", "article", "main", "body", "blockquote"})
_LINE_ENDS = _BLOCKS | {"br", "hr", "ul", "ol", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "form"}
_LINE_SIBLINGS = 12  # a line is a few nodes; a block of thousands of links is not one line


def _line_of(node: LexborNode) -> str:
    """The text of the line around ``node``: its block's children from the previous line break
    to the next.  Empty when the link is alone on its line (a menu item)."""
    child, parent = node, node.parent
    # (an inline element holding line breaks is a block of lines: old sites wrap a whole list in
    # <font>, "<font>34. <a>…</a><br>35. <a>…</a> [<a>ดาวน์โหลด</a>]<br>…</font>", blind holdout 72)
    while parent is not None and parent.tag not in _BLOCKS and not _breaks_lines(parent):
        child, parent = parent, parent.parent
    if parent is None:
        return ""
    before, after = _line_siblings(child, "prev")[::-1], _line_siblings(child, "next")
    own = _node_text(child)
    line = clean_text(" ".join([*(_node_text(n) for n in before), own, *(_node_text(n) for n in after)]))
    if line == clean_text(own):
        return ""
    outside = " ".join(_node_text(n) for n in (*before, *after) if not _holds_link(n))
    if not _SEPARATORS_ONLY.match(outside):
        if len(before) >= _LINE_SIBLINGS and (lead := _leading_text(parent)) and lead not in line:
            # a long line of months and their files, named once at its start ("๒๑. สรุปผล…
            # รายเดือน ต.ค. ๖๕ (PDF) (Excel) … มี.ค. ๖๖ (PDF) (Excel)": blind holdout 42)
            return clean_text(f"{lead} {line}")[:MAX_CONTEXT]
        return line[:MAX_CONTEXT]
    if parent.tag not in _BLOCKS:
        return ""  # (a <font> of several sections: its first line names only the first of them)
    # A line of links only ("- ต.ค. 66 - พ.ย. 66 - ธ.ค. 66") under the block's first line, which
    # names them: "<li>O21 สรุปผลการจัดซื้อจัดจ้างรายเดือน<br>- <a>ต.ค. 66</a> - <a>พ.ย. 66</a>".
    lead = _first_line(parent)
    if not lead and len(before) >= _LINE_SIBLINGS:
        # …or on one line with them, further back than a line's few nodes: "<li>o21 สรุปผล…
        # รายเดือน : <a>ก.ย.65</a> | … | <a>มี.ค.66</a></li>" names its seventh link too.
        lead = _leading_text(parent)
    return clean_text(f"{lead} {line}")[:MAX_CONTEXT] if lead and lead not in line else line[:MAX_CONTEXT]


_SEPARATORS_ONLY = re.compile(r"^[\s\-–—|/,·•:;()\[\]]*$")


_BREAK_SCAN = 24  # children looked at: a list's first line ends within a few nodes


def _breaks_lines(node: LexborNode) -> bool:
    """Does this (inline) element hold line breaks among its first children?  Bounded: it is
    asked for every link's inline ancestors, and a <span> of 2,000 links holds none."""
    child, seen = node.child, 0
    while child is not None and seen < _BREAK_SCAN:
        if child.tag == "br":
            return True
        child, seen = child.next, seen + 1
    return False


def _line_siblings(child: LexborNode, step: Literal["prev", "next"]) -> list[LexborNode]:
    """``child``'s siblings on its line, in the direction ``step``, nearest first."""
    found: list[LexborNode] = []
    sibling = getattr(child, step)
    while sibling is not None and sibling.tag not in _LINE_ENDS and len(found) < _LINE_SIBLINGS:
        found.append(sibling)
        sibling = getattr(sibling, step)
    return found


def _holds_link(node: LexborNode) -> bool:
    return node.tag == "a" or (node.tag != "-text" and node.css_first("a") is not None)


def _first_line(block: LexborNode) -> str:
    """The text of a block up to its first line break, when it has no link of its own."""
    parts: list[str] = []
    child, steps = block.child, 0
    while child is not None and child.tag not in _LINE_ENDS and steps < _LINE_SIBLINGS:
        if _holds_link(child):
            return ""
        parts.append(_node_text(child))
        child, steps = child.next, steps + 1
    return clean_text(" ".join(parts))


def _leading_text(block: LexborNode) -> str:
    """The words a block opens with, before its first link."""
    parts: list[str] = []
    child = block.child
    while child is not None and not _holds_link(child) and len(parts) < _LINE_SIBLINGS:
        parts.append(_node_text(child))
        child = child.next
    lead = clean_text(" ".join(parts))
    return "" if _SEPARATORS_ONLY.match(lead) else lead


def _node_text(node: LexborNode) -> str:
    if node.tag == "-text":
        return node.text_content or ""
    if node.tag in ("script", "style", "-comment"):
        return ""
    return node.text(deep=True, separator=" ")


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


def _content_text(tree: LexborHTMLParser) -> tuple[str, str, int]:
    """Body text without scripts, menus, headers and footers, the same without any link in a
    list (what is left of a placeholder page whose menu has no telling class names), and the
    number of pictures in what is left.  Modifies the tree: call last."""
    body = tree.body
    if body is None:
        return "", "", 0
    for node in body.css(_ALWAYS_BOILERPLATE):
        node.decompose()
    for node in body.css(_NAMED_BOILERPLATE):
        # A wrapper named "menu-content" that holds the page's own heading is not a menu.
        if node.css_first("h1, main, article, table") is None:
            node.decompose()
    content = clean_text(body.text(deep=True, separator=" "))
    images = sum(1 for img in body.css("img") if _is_picture(img))
    for node in body.css("li a, li button"):
        node.decompose()
    return content, clean_text(body.text(deep=True, separator=" ")), images


_DECORATION = re.compile(
    r"logo|icon|banner|bullet|arrow|spacer|(?<![a-z])line(?![a-z])|bg|button|btn|facebook|youtube|qr", re.IGNORECASE
)


def _is_picture(img: LexborNode) -> bool:
    """A photo or chart in the content, not an icon, a logo or a banner link."""
    attrs = img.attributes
    src = attrs.get("src") or attrs.get("data-src") or ""
    if not src or _DECORATION.search(src):
        return False
    for side in ("width", "height"):
        value = (attrs.get(side) or "").strip().rstrip("px")
        if value.isdigit() and int(value) < 48:
            return False
    parent = img.parent
    return not (parent is not None and parent.tag == "a" and _DECORATION.search(parent.attributes.get("href") or ""))


MAX_PICTURES = 60


def _pictures(tree: LexborHTMLParser) -> list[str]:
    """What the page's images say about themselves: file name and alternative text."""
    found = []
    for img in tree.css("img")[:MAX_PICTURES]:
        attrs = img.attributes
        words = " ".join(v for v in (attrs.get("src"), attrs.get("alt"), attrs.get("title")) if v and len(v) < 300)
        if words:
            found.append(clean_text(words))
    return found


_SEARCH_FIELD = re.compile(r"search|^q$|keyword|query|ค้นหา", re.IGNORECASE)


def _forms(tree: LexborHTMLParser) -> list[LexborNode]:
    """Forms with something to write in that is not a search box (call before boilerplate is cut)."""
    found = []
    for form in tree.css("form"):
        fields = [
            field
            for field in form.css("input, textarea, select")
            if (field.attributes.get("type") or "text").lower() not in ("hidden", "submit", "button", "image", "reset")
        ]
        # A form that posts is not a search, whatever its field is called (a board's "q").
        posts = (form.attributes.get("method") or "").lower() == "post"
        searches = [
            field
            for field in fields
            if not posts
            and (
                (field.attributes.get("type") or "").lower() == "search"
                or _SEARCH_FIELD.search(field.attributes.get("name") or field.attributes.get("id") or "")
            )
        ]
        if form.css_first("input[type=password]") is not None:
            continue  # a log-in box
        if fields and (len(fields) > len(searches) or form.css_first("textarea") is not None):
            found.append(form)
    return found


_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _form_caption(form: LexborNode) -> str:
    """The words that name a form: its <legend>, or the bold phrase of the line just above it
    (<p><b>แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</b> (ผู้ร้องจะได้รับการปกปิดข้อมูล)</p>:
    blind holdout 49's corruption complaint form on a page headed "ร้องเรียน / ร้องทุกข์")."""
    legend = form.css_first("legend")
    if legend is not None and 0 < len(text := clean_text(legend.text())) <= 100:
        return text
    node = form.prev
    while node is not None and node.tag in ("-text", "-comment") and not (node.text_content or "").strip():
        node = node.prev
    if node is None or node.tag in _HEADING_TAGS or node.tag not in ("p", "div", "span", "b", "strong", "label"):
        return ""  # a heading is one already; other blocks name nothing
    bold = node if node.tag in ("b", "strong") else node.css_first("b, strong")
    if bold is None or bold.css_first("a") is not None:
        return ""
    text = clean_text(bold.text())
    return text if 0 < len(text) <= 100 else ""


def _has_embeds(tree: LexborHTMLParser) -> bool:
    return tree.css_first("embed, object, iframe, frame, video, img[src$='.jpg'], img[src$='.png']") is not None


def _has_document_links(links: list[Link]) -> bool:
    return any(not link.menu and document_type(link.url) is not None for link in links)
