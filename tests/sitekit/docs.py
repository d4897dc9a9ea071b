"""Documents for the generated test world: PDFs with a real Thai text layer, DOCX, XLSX and
scanned (image-only) PDFs, built offline and cached by content hash.

A document is a ``Doc``: a format, a title and a few blocks (headings, paragraphs, tables, a
photo or a QR code).  ``DocFactory.add`` registers one and returns its key; ``render`` builds
everything not yet in the cache in one go (one Chromium for all PDFs; DOCX in pure Python, XLSX
with openpyxl; a scan is a PDF page rendered with pypdfium2 and saved as an image by Pillow);
``data`` returns the bytes.
"""

from __future__ import annotations

import hashlib
import html as htmllib
import io
import json
import os
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

VERSION = "world-docs-1"

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "scan": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
EXTENSIONS = {"pdf": ".pdf", "scan": ".pdf", "docx": ".docx", "xlsx": ".xlsx"}
FONTS = ("Garuda", "Loma", "Kinnari", "Norasi", "Waree")
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@dataclass(frozen=True)
class Doc:
    """``blocks``: ("h", text) | ("p", text) | ("table", ((cell, …), …)) | ("img", "photo" | "qr" | "chart")."""

    fmt: str
    title: str
    blocks: tuple[tuple, ...]
    font: str = "Garuda"

    @property
    def key(self) -> str:
        payload = json.dumps([VERSION, self.fmt, self.title, self.blocks, self.font], ensure_ascii=False)
        return hashlib.sha256(payload.encode()).hexdigest()[:24]

    @property
    def content_type(self) -> str:
        return CONTENT_TYPES[self.fmt]

    def text(self) -> str:
        """All the words of the document (for checks of the world itself)."""
        parts = [self.title]
        for block in self.blocks:
            if block[0] in ("h", "p"):
                parts.append(block[1])
            elif block[0] == "table":
                parts.extend(" ".join(row) for row in block[1])
        return "\n".join(parts)


def default_cache_dir() -> Path:
    return Path(tempfile.gettempdir()) / f"oit-world-docs-{os.getuid()}"


class DocFactory:
    def __init__(self, cache_dir: Path | None = None) -> None:
        self.cache_dir = Path(cache_dir or default_cache_dir())
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        self.pending: dict[str, Doc] = {}

    def path(self, key: str) -> Path:
        return self.cache_dir / key

    def add(self, doc: Doc) -> str:
        key = doc.key
        if not self.path(key).exists():
            self.pending[key] = doc
        return key

    def data(self, key: str) -> bytes:
        return self.path(key).read_bytes()

    def render(self) -> None:
        pending, self.pending = self.pending, {}
        printed = [doc for doc in pending.values() if doc.fmt in ("pdf", "scan")]
        for doc in pending.values():
            if doc.fmt == "docx":
                self._store(doc.key, docx_bytes(doc))
            elif doc.fmt == "xlsx":
                self._store(doc.key, xlsx_bytes(doc))
        if printed:
            pdfs = print_pdfs([doc_html(doc) for doc in printed])
            for doc, pdf in zip(printed, pdfs, strict=True):
                self._store(doc.key, scan_pdf(pdf) if doc.fmt == "scan" else pdf)

    def _store(self, key: str, data: bytes) -> None:
        tmp = self.path(key).with_suffix(".tmp")
        tmp.write_bytes(data)
        tmp.replace(self.path(key))


# -- HTML → PDF (Chromium) -------------------------------------------------------------------


def _svg(kind: str) -> str:
    if kind == "qr":  # a QR-looking pattern: enough for the eye, the element is in the caption
        cells = "".join(
            f"<rect x='{x * 6}' y='{y * 6}' width='6' height='6'/>"
            for x in range(21)
            for y in range(21)
            if (x * 7 + y * 3 + x * y) % 5 < 2 or (x < 7 and y < 7)
        )
        return f"<svg width='126' height='126' xmlns='http://www.w3.org/2000/svg'>{cells}</svg>"
    if kind == "chart":
        boxes = "".join(
            f"<rect x='{20 + i * 110}' y='90' width='95' height='36' fill='none' stroke='black'/>" for i in range(4)
        )
        return (
            "<svg width='480' height='140' xmlns='http://www.w3.org/2000/svg'>"
            "<rect x='180' y='10' width='120' height='36' fill='none' stroke='black'/>"
            f"<line x1='240' y1='46' x2='240' y2='90' stroke='black'/>{boxes}</svg>"
        )
    return (
        "<svg width='90' height='110' xmlns='http://www.w3.org/2000/svg'>"
        "<rect width='90' height='110' fill='#ccc'/><circle cx='45' cy='40' r='22' fill='#888'/></svg>"
    )


def doc_html(doc: Doc) -> str:
    body = []
    for block in doc.blocks:
        kind = block[0]
        if kind == "h":
            body.append(f"<h2>{htmllib.escape(block[1])}</h2>")
        elif kind == "p":
            body.append(f"<p>{htmllib.escape(block[1])}</p>")
        elif kind == "table":
            rows = "".join(
                "<tr>" + "".join(f"<td>{htmllib.escape(cell)}</td>" for cell in row) + "</tr>" for row in block[1]
            )
            body.append(f"<table>{rows}</table>")
        elif kind == "img":
            body.append(f"<div class='img'>{_svg(block[1])}</div>")
    style = (
        f"body{{font-family:'{doc.font}',sans-serif;font-size:13pt;margin:1.5cm}}"
        "h1{font-size:17pt;text-align:center}h2{font-size:14pt}"
        "table{border-collapse:collapse;width:100%}td{border:1px solid #000;padding:3px;font-size:11pt}"
    )
    return (
        f"<html><head><meta charset='utf-8'><title>{htmllib.escape(doc.title)}</title><style>{style}</style></head>"
        f"<body><h1>{htmllib.escape(doc.title)}</h1>{''.join(body)}</body></html>"
    )


def print_pdfs(pages: list[str]) -> list[bytes]:
    """Print HTML pages to PDF with one Chromium (a few tabs at once)."""
    import asyncio

    from playwright.async_api import async_playwright

    async def run() -> list[bytes]:
        out: list[bytes | None] = [None] * len(pages)
        async with async_playwright() as pw:
            browser = await pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            context = await browser.new_context()
            queue = list(enumerate(pages))

            async def worker() -> None:
                tab = await context.new_page()
                while queue:
                    index, page = queue.pop()
                    await tab.set_content(page, wait_until="domcontentloaded")
                    out[index] = await tab.pdf(format="A4")
                await tab.close()

            await asyncio.gather(*(worker() for _ in range(min(3, len(pages)))))
            await browser.close()
        return [pdf or b"" for pdf in out]

    return asyncio.run(run())


def scan_pdf(pdf: bytes, scale: float = 1.3) -> bytes:
    """An image-only PDF of the pages of ``pdf``, as a scanner makes one (grey, no text layer)."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    document = pdfium.PdfDocument(pdf)
    images = []
    for index in range(min(len(document), 2)):
        image = document[index].render(scale=scale).to_pil().convert("L")
        image = image.rotate(0.4, fillcolor=255, resample=Image.Resampling.BILINEAR).filter(ImageFilter.SMOOTH)
        images.append(image)
    document.close()
    out = io.BytesIO()
    images[0].save(out, format="PDF", save_all=True, append_images=images[1:], resolution=94.0)
    return out.getvalue()


# -- DOCX (pure Python) ----------------------------------------------------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _run(text: str, bold: bool = False) -> str:
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f"<w:r>{props}<w:t xml:space='preserve'>{htmllib.escape(text)}</w:t></w:r>"


def docx_bytes(doc: Doc) -> bytes:
    parts = [f"<w:p>{_run(doc.title, bold=True)}</w:p>"]
    for block in doc.blocks:
        if block[0] in ("h", "p"):
            parts.append(f"<w:p>{_run(block[1], bold=block[0] == 'h')}</w:p>")
        elif block[0] == "table":
            rows = "".join(
                "<w:tr>" + "".join(f"<w:tc><w:p>{_run(cell)}</w:p></w:tc>" for cell in row) + "</w:tr>"
                for row in block[1]
            )
            parts.append(f"<w:tbl>{rows}</w:tbl><w:p/>")
        elif block[0] == "img":
            parts.append(f"<w:p>{_run('[ภาพ]')}</w:p>")
    document = (
        f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?><w:document xmlns:w='{_W}'>"
        f"<w:body>{''.join(parts)}</w:body></w:document>"
    )
    content_types = (
        "<?xml version='1.0' encoding='UTF-8'?>"
        "<Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'>"
        "<Default Extension='rels' ContentType='application/vnd.openxmlformats-package.relationships+xml'/>"
        "<Default Extension='xml' ContentType='application/xml'/>"
        "<Override PartName='/word/document.xml' "
        "ContentType='application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'/>"
        "<Override PartName='/docProps/core.xml' "
        "ContentType='application/vnd.openxmlformats-package.core-properties+xml'/>"
        "</Types>"
    )
    rels = (
        "<?xml version='1.0' encoding='UTF-8'?>"
        "<Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'>"
        "<Relationship Id='rId1' "
        "Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument' "
        "Target='word/document.xml'/>"
        "<Relationship Id='rId2' "
        "Type='http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties' "
        "Target='docProps/core.xml'/></Relationships>"
    )
    core = (
        "<?xml version='1.0' encoding='UTF-8'?>"
        "<cp:coreProperties xmlns:cp='http://schemas.openxmlformats.org/package/2006/metadata/core-properties' "
        "xmlns:dc='http://purl.org/dc/elements/1.1/'>"
        f"<dc:title>{htmllib.escape(doc.title)}</dc:title><dc:creator>admin</dc:creator></cp:coreProperties>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", content_types)
        archive.writestr("_rels/.rels", rels)
        archive.writestr("word/document.xml", document)
        archive.writestr("docProps/core.xml", core)
    return out.getvalue()


# -- XLSX (openpyxl) -------------------------------------------------------------------------


def xlsx_bytes(doc: Doc) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet.append([doc.title])
    for block in doc.blocks:
        if block[0] in ("h", "p"):
            sheet.append([block[1]])
        elif block[0] == "table":
            for row in block[1]:
                sheet.append([_number(cell) for cell in row])
            sheet.append([])
    book.properties.title = doc.title
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _number(cell: str) -> str | int | float:
    plain = cell.replace(",", "")
    try:
        return int(plain)
    except ValueError:
        try:
            return float(plain)
        except ValueError:
            return cell


def damaged(data: bytes) -> bytes:
    """A file cut short in transfer: the start of a real file, nothing of its end."""
    return data[: max(200, len(data) // 3)]
