"""Text out of each file type.  Runs inside the worker process (see worker.py): a parser that
crashes or hangs on a hostile file takes only the worker down.

PDF: pypdfium2 (PDFium, the engine of Chrome's viewer) reads Thai text layers correctly and
fast where pdfminer-based libraries split marks (peers-and-pitfalls §3c); pages whose text
layer is empty or garbage go to Tesseract's Thai model, page by page, first pages first.
DOCX: the XML inside the zip, paragraphs and table rows.  XLSX: openpyxl, cells as rows.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
import time
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from crawler.fetch.decode import decode_body
from crawler.model.document import DocumentText, Method, Problem
from crawler.thai.normalize import repair_pua

MAX_PAGES = 30  # pages read per PDF; evidence is on the first pages
MAX_OCR_PAGES = 3
MAX_UNZIPPED = 80 * 1024 * 1024  # a zip bomb in a .docx/.xlsx is refused
MAX_ROWS = 3000
MAX_CHARS = 200_000
OCR_SECONDS_PER_PAGE = 60
DOC_SECONDS = 60
_OLE_SCAN = 64 * 1024  # an OLE2 directory sits near the start of small files
_LETTERS = re.compile(r"[\u0e01-\u0e4e A-Za-z]")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# PDF writers put a space after SARA AM and before following marks ("ดำ เนิน"); Thai has no
# space there in the source text.
_SPACE_AFTER_AM = re.compile(r"(?<=\u0e33) (?=[\u0e01-\u0e4e])")


# PDFium emits a cluster with stacked marks twice around the next letter when the producer
# (Chrome/Skia) wrote ActualText spans: "ทั้งสิ้น" comes out as "ทั้งทั้สิ้นสิ้".
_DOUBLED_CLUSTER = re.compile(
    r"([\u0e01-\u0e2e][\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]{2,})([\u0e01-\u0e4e])\1(?![\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])"
)


def clean_thai(text: str) -> str:
    text = repair_pua(text.replace("\r\n", "\n").replace("\r", "\n"))
    return _SPACE_AFTER_AM.sub("", text)


# The same artefact around a cluster with a mark, with a space: "ตัวชี้วัด" comes out as
# "ตัวชี้วัชี้ วัด", "ที่มีคุณภาพ" as "ที่มีที่ มีคุณภาพ" (cluster X, cluster Y, X again, space, Y).
_DOUBLED_BEFORE_SPACE = re.compile(
    r"([\u0e01-\u0e2e][\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]{2,})([\u0e01-\u0e2e][\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]*)\1\s\2"
)
# …and across a line break: "ขั้นตอน" at the end of a line comes out as "ขั้น\nขั้\nตอน".
_DOUBLED_ACROSS_LINES = re.compile(
    r"([\u0e01-\u0e2e][\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]{2,})([\u0e01-\u0e2e])[ \t]*\n\1[ \t]*\n"
)
# …and twice in a row, two clusters together: "ตัวชี้วัด" as "ตัวชี้วัชี้วัด" (blind holdout 65's
# plan, its indicators column heading lost).
_DOUBLED_PAIR = re.compile(
    r"([\u0e01-\u0e2e][\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]{2,})([\u0e01-\u0e2e][\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]*)\1\2"
)
# A leading vowel never ends a word: "ที่ไ ด้มาตรฐาน" is "ที่ได้มาตรฐาน".
_SPACE_AFTER_LEADING_VOWEL = re.compile(r"(?<=[\u0e40-\u0e44]) (?=[\u0e01-\u0e2e])")


def clean_pdfium_text(text: str) -> str:
    """``clean_thai`` plus the repair of PDFium's own artefacts (only its output has them)."""
    text = _DOUBLED_CLUSTER.sub(r"\1\2", clean_thai(text))
    text = _DOUBLED_BEFORE_SPACE.sub(r"\1\2", text)
    text = _DOUBLED_ACROSS_LINES.sub(r"\1\2", text)
    text = _DOUBLED_PAIR.sub(r"\1\2", text)
    return _SPACE_AFTER_LEADING_VOWEL.sub("", text)


def looks_like_text(text: str) -> bool:
    """Enough letters to be a real text layer (scans have none, broken fonts give symbols)."""
    letters = len(_LETTERS.findall(text))
    return letters >= 20 and letters >= 0.4 * len(text.strip() or "x")


def read_pdf(path: str, *, max_pages: int = MAX_PAGES, ocr: bool = True) -> DocumentText:
    import pypdfium2 as pdfium

    started = time.monotonic()
    try:
        document = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as exc:
        message = str(exc)
        failure: Problem = "encrypted" if "password" in message.lower() else "corrupt"
        return DocumentText("", "none", problem=failure, detail=message, seconds=time.monotonic() - started)
    try:
        count = len(document)
        texts: list[str] = []
        empty_pages: list[int] = []
        for index in range(min(count, max_pages)):
            page = document[index]
            text = clean_pdfium_text(page.get_textpage().get_text_range())
            if not looks_like_text(text):
                empty_pages.append(index)
            texts.append(text)
        ocr_pages = 0
        ocr_texts: list[str] = []
        can_ocr = ocr and tesseract_available()
        if empty_pages and can_ocr:
            for index in empty_pages[:MAX_OCR_PAGES]:
                ocr_text = ocr_page(document, index)
                if ocr_text:
                    texts[index] = ocr_text
                    ocr_texts.append(ocr_text)
                    ocr_pages += 1
        text = "\n".join(texts)[:MAX_CHARS]
        # "ocr" only when no page has a text layer: a report whose last page is a scanned
        # signature sheet is read from its text layer, and only its scanned page is uncertain.
        layered = len(texts) - len(empty_pages)
        method: Method = "ocr" if ocr_pages and not layered else "text_layer"
        problem: Problem | None = None
        if not looks_like_text(text):
            problem = "no_text" if can_ocr else "ocr_unavailable"
        elif count > max_pages:
            problem = "too_large"
        return DocumentText(
            text if looks_like_text(text) else "",
            method if looks_like_text(text) else "none",
            title=first_line(text) if looks_like_text(text) else "",
            pages=count,
            pages_read=len(texts),
            ocr_pages=ocr_pages,
            ocr_texts=ocr_texts if layered else [],
            problem=problem,
            detail=f"read {len(texts)} of {count} pages" if count > max_pages else "",
            seconds=time.monotonic() - started,
        )
    finally:
        document.close()


def first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if len(line.strip()) >= 4), "")[:200]


def tesseract_available() -> bool:
    if shutil.which("tesseract") is None:
        return False
    try:
        listed = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return "tha" in listed.stdout.split()


def ocr_page(document, index: int) -> str:
    """Tesseract (Thai + English) on one page rendered at 300 dpi."""
    page = document[index]
    image = page.render(scale=300 / 72).to_pil()
    with tempfile.TemporaryDirectory() as folder:
        png = Path(folder) / "page.png"
        image.save(png)
        try:
            done = subprocess.run(
                ["tesseract", str(png), "stdout", "-l", "tha+eng", "--psm", "6"],
                capture_output=True,
                text=True,
                timeout=OCR_SECONDS_PER_PAGE,
            )
        except subprocess.TimeoutExpired:
            return ""
    return clean_thai(done.stdout) if done.returncode == 0 else ""


class _ZipBomb(ValueError):
    pass


def _check_zip(path: str) -> zipfile.ZipFile:
    archive = zipfile.ZipFile(path)
    unpacked = sum(info.file_size for info in archive.infolist())
    if unpacked > MAX_UNZIPPED:
        archive.close()
        raise _ZipBomb(f"unpacks to {unpacked:,} bytes, more than the limit of {MAX_UNZIPPED:,}")
    return archive


def _unpacks_too_large(exc: Exception, started: float) -> DocumentText:
    return DocumentText("", "none", problem="unpacks_too_large", detail=str(exc), seconds=time.monotonic() - started)


def _zip_xml(path: str, member: str, started: float) -> ElementTree.Element | DocumentText:
    """The parsed XML part of an Office/ODF zip, or the ``corrupt`` result explaining why not."""
    try:
        with _check_zip(path) as archive:
            return ElementTree.fromstring(archive.read(member))
    except _ZipBomb as exc:
        return DocumentText(
            "", "none", problem="unpacks_too_large", detail=str(exc), seconds=time.monotonic() - started
        )
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, ValueError, OSError) as exc:
        return DocumentText("", "none", problem="corrupt", detail=str(exc), seconds=time.monotonic() - started)


def read_docx(path: str) -> DocumentText:
    started = time.monotonic()
    root = _zip_xml(path, "word/document.xml", started)
    if isinstance(root, DocumentText):
        return root
    lines: list[str] = []
    body = root.find(f"{_W}body")
    for block in list(body) if body is not None else []:
        if block.tag == f"{_W}p":
            lines.append("".join(node.text or "" for node in block.iter(f"{_W}t")))
        elif block.tag == f"{_W}tbl":
            for row in block.iter(f"{_W}tr"):
                cells = ["".join(n.text or "" for n in cell.iter(f"{_W}t")) for cell in row.iter(f"{_W}tc")]
                lines.append(" | ".join(cells))
    text = clean_thai("\n".join(line for line in lines if line.strip()))[:MAX_CHARS]
    return DocumentText(text, "docx", title=first_line(text), pages_read=1, seconds=time.monotonic() - started)


def read_xlsx(path: str) -> DocumentText:
    started = time.monotonic()
    try:
        import openpyxl

        _check_zip(path).close()
        # A file object, not the path: openpyxl refuses a path without a spreadsheet suffix,
        # and the HTTP cache keeps bodies under their hash.
        with open(path, "rb") as handle:
            data = io.BytesIO(handle.read())
        workbook = openpyxl.load_workbook(data, read_only=True, data_only=True)
    except _ZipBomb as exc:
        return DocumentText(
            "", "none", problem="unpacks_too_large", detail=str(exc), seconds=time.monotonic() - started
        )
    except Exception as exc:  # openpyxl raises many kinds on broken files
        return DocumentText("", "none", problem="corrupt", detail=str(exc), seconds=time.monotonic() - started)
    lines: list[str] = []
    try:
        for sheet in workbook.worksheets:
            lines.append(f"[{sheet.title}]")
            for count, row in enumerate(sheet.iter_rows(values_only=True)):
                if count >= MAX_ROWS:
                    break
                cells = ["" if value is None else str(value) for value in row]
                if any(cell.strip() for cell in cells):
                    lines.append(" | ".join(cells).rstrip(" |"))
    finally:
        workbook.close()
    text = clean_thai("\n".join(lines))[:MAX_CHARS]
    return DocumentText(text, "xlsx", pages=len(workbook.worksheets), seconds=time.monotonic() - started)


_ODF_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_ODF_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"


def read_odf(path: str) -> DocumentText:
    """ODT/ODS (LibreOffice's own formats): paragraphs and table rows from content.xml."""
    started = time.monotonic()
    root = _zip_xml(path, "content.xml", started)
    if isinstance(root, DocumentText):
        return root
    lines: list[str] = []
    rows = list(root.iter(f"{_ODF_TABLE}table-row"))
    in_tables = {id(p) for row in rows for p in row.iter(f"{_ODF_TEXT}p")}
    for row in rows[:MAX_ROWS]:
        cells = ["".join(cell.itertext()) for cell in row.iter(f"{_ODF_TABLE}table-cell")]
        if any(cell.strip() for cell in cells):
            lines.append(" | ".join(cells).rstrip(" |"))
    for paragraph in root.iter(f"{_ODF_TEXT}p"):
        if id(paragraph) not in in_tables:
            lines.append("".join(paragraph.itertext()))
    text = clean_thai("\n".join(line for line in lines if line.strip()))[:MAX_CHARS]
    return DocumentText(text, "odf", title=first_line(text), seconds=time.monotonic() - started)


def read_xls(path: str) -> DocumentText:
    """Old binary Excel files (procurement summaries from old office PCs), with xlrd."""
    started = time.monotonic()
    try:
        import xlrd

        book = xlrd.open_workbook(path, on_demand=True)
    except Exception as exc:  # xlrd raises its own and struct errors on broken files
        return DocumentText("", "none", problem="corrupt", detail=str(exc), seconds=time.monotonic() - started)
    lines: list[str] = []
    try:
        for sheet in book.sheets():
            lines.append(f"[{sheet.name}]")
            for index in range(min(sheet.nrows, MAX_ROWS)):
                cells = [_xls_cell(value) for value in sheet.row_values(index)]
                if any(cell.strip() for cell in cells):
                    lines.append(" | ".join(cells).rstrip(" |"))
    finally:
        book.release_resources()
    text = clean_thai("\n".join(lines))[:MAX_CHARS]
    return DocumentText(text, "xls", pages=book.nsheets, seconds=time.monotonic() - started)


def _xls_cell(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


_SIGNATURE = re.compile(
    r"(?:\(?\s*ลง(?:ชื่อ|นาม))[^\n]*\n(?:[^\n]*\n){0,2}?\s*([^\n]*(?:นายก|ปลัด|ผู้อำนวยการ|หัวหน้า)[^\n]{0,60})"
)


# A letter signs without "ลงชื่อ": "ขอแสดงความนับถือ / (นายธนากร สุขเจริญ) / ท้องถิ่นจังหวัด
# ปฏิบัติราชการแทน ผู้ว่าราชการจังหวัด…" — a name in brackets over the position.
_NAME_OVER_POSITION = re.compile(
    r"^[ \t]*\([ \t]*(?:นาย|นาง|นางสาว|น\.ส\.|ว่าที่|ดร\.|[ก-ฮ]\.[ก-ฮ]\.)[^\n()]{2,60}\)[ \t]*\n[ \t]*([^\n]{2,120})",
    re.MULTILINE,
)


def signature_of(text: str) -> str:
    """The position under the last signature block (ลงชื่อ … / (name) / position), or, in a
    document without one, under its last "(name) / position"."""
    found = list(_SIGNATURE.finditer(text)) or list(_NAME_OVER_POSITION.finditer(text))
    return found[-1].group(1).strip()[:120] if found else ""


def read_doc(path: str) -> DocumentText:
    """Old binary Word files (.doc, common on old office PCs) through LibreOffice, when the
    machine has it: no maintained pure-Python reader exists."""
    started = time.monotonic()
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return DocumentText("", "none", problem="unsupported", detail="reading .doc needs LibreOffice (soffice)")
    with tempfile.TemporaryDirectory(prefix="oit-doc-") as folder:
        source = Path(folder) / "document.doc"
        shutil.copyfile(path, source)
        profile = Path(folder) / "profile"  # its own profile: a running LibreOffice would block
        command = [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "txt:Text (encoded):UTF8",
            "--outdir",
            folder,
            str(source),
        ]
        try:
            subprocess.run(command, capture_output=True, timeout=DOC_SECONDS, check=False)
            text = (Path(folder) / "document.txt").read_text("utf-8", errors="replace")
        except (OSError, subprocess.TimeoutExpired) as exc:
            return DocumentText("", "none", problem="corrupt", detail=str(exc), seconds=time.monotonic() - started)
    text = clean_thai(text.lstrip("\ufeff"))[:MAX_CHARS]
    if not text.strip():
        return DocumentText(
            "", "none", problem="corrupt", detail="LibreOffice read nothing", seconds=time.monotonic() - started
        )
    return DocumentText(text, "doc", title=first_line(text), seconds=time.monotonic() - started)


def read_document(path: str, doc_type: str | None, *, ocr: bool = True) -> DocumentText:
    """Dispatch by type; the type comes from Content-Type or extension, else the file's magic."""
    # The file's own magic beats the label: servers send Word files as PDF and the reverse.
    if Path(path).stat().st_size == 0:
        return DocumentText("", "none", problem="empty", detail="0 bytes")
    with open(path, "rb") as handle:
        head = handle.read(_OLE_SCAN)
    kind = _sniff(path, head)
    if kind is None and (page := _web_page(path, head)) is not None:
        return page
    kind = kind or doc_type
    readers = {"docx": read_docx, "doc": read_doc, "xlsx": read_xlsx, "odt": read_odf, "ods": read_odf, "xls": read_xls}
    if kind == "pdf":
        result = read_pdf(path, ocr=ocr)
    elif kind in readers:
        result = readers[kind](path)
    else:
        return DocumentText("", "none", problem="unsupported", detail=f"type {kind or 'unknown'}")
    result.signature = signature_of(result.text)
    return result


_HTML_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S
)
_WORD_HTML = re.compile(rb"schemas-microsoft-com:office:(?:office|word)", re.I)
_TITLE = re.compile(rb"<title[^>]*>(.*?)</title>", re.I | re.S)


def _web_page(path: str, head: bytes) -> DocumentText | None:
    """A body that is an HTML page.  Word's "save as web page" .doc is a document: its text is
    read.  Any other page sent as a document (a log-in wall, a CMS error page under a .pdf link)
    is not the file the link promised; its title says what it is."""
    started = time.monotonic()
    if not _HTML_START.match(head):
        return None
    if _WORD_HTML.search(head):
        from selectolax.lexbor import LexborHTMLParser

        with open(path, "rb") as handle:
            data = handle.read(MAX_CHARS * 4)
        # Thai Word saves windows-874 and says so in <meta>: decoded as any page is.
        tree = LexborHTMLParser(decode_body(data).text)
        for node in tree.css("script, style"):
            node.decompose()
        body = tree.body
        raw = body.text(deep=True, separator="\n") if body is not None else ""
        text = clean_thai("\n".join(line for line in raw.split("\n") if line.strip()))[:MAX_CHARS]
        return DocumentText(text, "html", title=first_line(text), pages_read=1, seconds=time.monotonic() - started)
    title = _TITLE.search(head)
    named = " ".join(title.group(1).decode("utf-8", errors="replace").split())[:80] if title else ""
    detail = f"the server sent a web page{f' titled {named!r}' if named else ''} instead of the file"
    return DocumentText("", "none", title=named, problem="web_page", detail=detail, seconds=time.monotonic() - started)


def _sniff(path: str, head: bytes) -> str | None:
    """The type the file's first bytes (``head``) say; a zip is opened to see which."""
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK"):
        try:
            with zipfile.ZipFile(path) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, OSError):
            return None  # the reader of the labelled type reports it as damaged
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names:
            return "xlsx"
        return "odt" if "content.xml" in names else None
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        # An OLE2 file: its directory names the stream (UTF-16) — a Word or an Excel file
        if "WordDocument".encode("utf-16-le") in head:
            return "doc"
        if "Workbook".encode("utf-16-le") in head or "Book".encode("utf-16-le") in head:
            return "xls"
        return None
    return None
