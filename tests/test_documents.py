"""Reading real documents: Thai PDFs (text layer and scanned), DOCX, XLSX, broken files."""

from __future__ import annotations

import asyncio
import difflib
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pikepdf
import pytest

from crawler.documents.readers import read_document, tesseract_available
from crawler.documents.worker import DocumentReader
from crawler.fetch.browser import CHROMIUM_ARGS, find_chromium
from crawler.thai.normalize import compact

SOURCE = (
    "รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. ๒๕๖๖ องค์การบริหารส่วนตำบลทดสอบ "
    "ผลการดำเนินงานตามแผนพัฒนาท้องถิ่น จำนวน ๔๕ โครงการ ใช้งบประมาณทั้งสิ้น ๑๒,๓๔๕,๖๗๘ บาท "
    "ปัญหาอุปสรรค งบประมาณไม่เพียงพอ ข้อเสนอแนะ ควรจัดลำดับความสำคัญของโครงการ"
)
needs_chromium = pytest.mark.skipif(
    find_chromium() is None and not os.environ.get("CI"), reason="no Chromium here (.ci/run installs it)"
)


needs_libreoffice = pytest.mark.skipif(
    shutil.which("soffice") is None and not os.environ.get("CI"), reason="no LibreOffice here (.ci/run installs it)"
)
# Legacy Thai fonts and converters put tone marks at private-use code points (shifted glyphs).
TO_PUA = str.maketrans({"\u0e48": "\uf70a", "\u0e49": "\uf70b", "\u0e34": "\uf701", "\u0e35": "\uf702"})


def libreoffice_pdf(folder, text: str) -> Path:
    """Print ``text`` to PDF with LibreOffice Writer (a flat ODT document converted headless)."""
    source = Path(folder) / "report.fodt"
    source.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" '
        'office:mimetype="application/vnd.oasis.opendocument.text"><office:styles>'
        '<style:style style:name="Standard" style:family="paragraph"><style:text-properties '
        'style:font-name="Garuda" style:font-name-complex="Garuda" fo:font-size="14pt" '
        'style:font-size-complex="14pt"/></style:style></office:styles><office:body><office:text>'
        f'<text:p text:style-name="Standard">{text}</text:p></office:text></office:body></office:document>',
        "utf-8",
    )
    return soffice_convert(source, "pdf")


def soffice_convert(source: Path, to: str) -> Path:
    """``source`` converted by LibreOffice to the format ``to``, beside it."""
    folder = source.parent
    subprocess.run(
        ["soffice", "--headless", "--convert-to", to, "--outdir", str(folder), str(source)],
        capture_output=True,
        timeout=180,
        check=True,
        env={**os.environ, "HOME": str(folder)},  # LibreOffice writes a profile into $HOME
    )
    return source.with_suffix(f".{to}")


def scanned_copy(pdf: Path, out: Path) -> Path:
    """The first page of ``pdf`` as an image-only PDF at 200 dpi, as a scanner makes it."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    image = document[0].render(scale=200 / 72).to_pil().convert("L")
    document.close()
    image.save(out, "PDF", resolution=200)
    return out


def char_accuracy(source: str, extracted: str) -> float:
    """1 - normalised edit distance on the compact forms (spaces and digit styles ignored)."""
    a, b = compact(source), compact(extracted)
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def chromium_pdf(path, body: str, pages: int = 1) -> None:
    from playwright.async_api import async_playwright

    async def make():
        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(executable_path=find_chromium(), args=list(CHROMIUM_ARGS))
            page = await browser.new_page()
            breaks = "<div style='page-break-after:always'></div>".join(body for _ in range(pages))
            await page.set_content(
                f"<html><head><meta charset='utf-8'><style>body{{font-family:Garuda,Loma}}</style></head>"
                f"<body>{breaks}</body></html>"
            )
            await page.pdf(path=str(path), format="A4")
            await browser.close()

    asyncio.run(make())


@pytest.fixture(scope="module")
def thai_pdf(tmp_path_factory):
    if find_chromium() is None:
        pytest.skip("no Chromium")
    path = tmp_path_factory.mktemp("docs") / "file_123.pdf"
    chromium_pdf(path, f"<h1>{SOURCE[:36]}</h1><p>{SOURCE[36:]}</p>")
    return path


@needs_chromium
def test_text_layer_pdf_reads_thai_at_98_percent(thai_pdf):
    result = read_document(str(thai_pdf), "pdf")
    assert result.method == "text_layer" and result.problem is None
    assert result.title.startswith("รายงานผลการดำเนินงาน")
    accuracy = char_accuracy(SOURCE, result.text)
    print(f"\ntext-layer PDF (Chromium/Skia): character accuracy {accuracy:.4f}")
    assert accuracy >= 0.98


@needs_libreoffice
def test_libreoffice_pdf_reads_thai_at_98_percent(tmp_path):
    result = read_document(str(libreoffice_pdf(tmp_path, SOURCE)), "pdf", ocr=False)
    accuracy = char_accuracy(SOURCE, result.text)
    print(f"\ntext-layer PDF (LibreOffice): character accuracy {accuracy:.4f}")
    assert result.method == "text_layer" and accuracy >= 0.98


@needs_libreoffice
def test_pdf_with_private_use_area_marks_is_repaired(tmp_path):
    import pypdfium2 as pdfium

    path = libreoffice_pdf(tmp_path, SOURCE.translate(TO_PUA))
    document = pdfium.PdfDocument(str(path))
    raw_text = document[0].get_textpage().get_text_range()
    document.close()
    assert any(0xF700 <= ord(ch) <= 0xF8FF for ch in raw_text), "the trap is not in the PDF"
    result = read_document(str(path), "pdf", ocr=False)
    accuracy = char_accuracy(SOURCE, result.text)
    print(f"\nPDF with private-use-area marks: character accuracy {accuracy:.4f} after repair")
    assert not any(0xF700 <= ord(ch) <= 0xF8FF for ch in result.text)
    assert accuracy >= 0.98


@needs_chromium
@pytest.mark.skipif(not tesseract_available() and not os.environ.get("CI"), reason="no tesseract-ocr-tha here")
def test_scanned_pdf_is_read_by_ocr_at_90_percent(thai_pdf, tmp_path):
    scan = scanned_copy(thai_pdf, tmp_path / "scan_0001.pdf")
    result = read_document(str(scan), "pdf")
    assert result.method == "ocr" and result.ocr_pages == 1
    accuracy = char_accuracy(SOURCE, result.text)
    print(f"\nscanned page (Tesseract tha): character accuracy {accuracy:.4f}")
    assert accuracy >= 0.90


def test_scanned_pdf_without_ocr_says_so(tmp_path):
    from PIL import Image

    scan = tmp_path / "scan.pdf"
    Image.new("L", (400, 600), 255).save(scan, "PDF")
    result = read_document(str(scan), "pdf", ocr=False)
    assert result.problem == "ocr_unavailable" and result.text == ""
    if tesseract_available():
        assert read_document(str(scan), "pdf").problem == "no_text"  # OCR ran and found nothing


def test_docx_paragraphs_and_tables(tmp_path):
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = (
        f"<w:document xmlns:w='{w}'><w:body>"
        "<w:p><w:r><w:t>คู่มือการปฏิบัติงาน </w:t></w:r><w:r><w:t>งานการเจ้าหน้าที่</w:t></w:r></w:p>"
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>ขั้นตอน</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>ระยะเวลา ๓ วัน</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        "</w:body></w:document>"
    )
    path = tmp_path / "doc.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", body)
    result = read_document(str(path), None)
    assert result.method == "docx"
    assert result.text.splitlines() == ["คู่มือการปฏิบัติงาน งานการเจ้าหน้าที่", "ขั้นตอน | ระยะเวลา ๓ วัน"]


def test_xlsx_cells_as_rows(tmp_path):
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "มีนาคม 2567"
    sheet.append(["ลำดับ", "งานที่ซื้อหรือจ้าง", "วงเงิน", "ราคากลาง", "วิธีซื้อหรือจ้าง"])
    sheet.append([1, "จ้างซ่อมถนน", 50000, 50000, "เฉพาะเจาะจง"])
    path = tmp_path / "summary.xlsx"
    workbook.save(path)
    result = read_document(str(path), "xlsx")
    assert result.method == "xlsx"
    assert "1 | จ้างซ่อมถนน | 50000 | 50000 | เฉพาะเจาะจง" in result.text
    assert "[มีนาคม 2567]" in result.text


def test_corrupt_encrypted_and_bomb_files_are_reported(tmp_path):
    corrupt = tmp_path / "broken.pdf"
    corrupt.write_bytes(b"%PDF-1.4\n" + os.urandom(2000))
    assert read_document(str(corrupt), "pdf").problem == "corrupt"
    plain = tmp_path / "plain.pdf"
    with pikepdf.new() as pdf:
        pdf.add_blank_page()
        pdf.save(plain)
    locked = tmp_path / "locked.pdf"
    with pikepdf.open(plain) as pdf:
        pdf.save(locked, encryption=pikepdf.Encryption(user="secret", owner="owner"))
    assert read_document(str(locked), "pdf").problem == "encrypted"
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<a>" + " " * (100 * 1024 * 1024) + "</a>")
    assert read_document(str(bomb), "docx").problem == "unpacks_too_large"


def test_an_empty_file_and_a_web_page_sent_as_a_document_are_named(tmp_path):
    """Hostile-site campaign: a 0-byte DOCX, a zip bomb and a log-in page behind a .pdf link
    were all "ไฟล์เสีย"; the clerk needs to know which (re-upload, or the server's access rule)."""
    empty = tmp_path / "plan.docx"
    empty.write_bytes(b"")
    assert read_document(str(empty), "docx").problem == "empty"
    wall = tmp_path / "report.pdf"
    wall.write_bytes(
        "<!DOCTYPE html>\n<html><head><title>เข้าสู่ระบบ</title></head>"
        "<body><form><input name=u></form></body></html>".encode()
    )
    read = read_document(str(wall), "pdf")
    assert (read.problem, read.title) == ("web_page", "เข้าสู่ระบบ")


def test_a_word_file_saved_as_a_web_page_is_read(tmp_path):
    """Old office PCs "save as" a .doc that is HTML (Word's office namespace): a document, read."""
    page = tmp_path / "plan.doc"
    page.write_bytes(
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
        "<head><style>p {margin:0}</style></head><body><p>แผนดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗</p>"
        "<p>โครงการซ่อมถนน งบประมาณ 450,000 บาท</p></body></html>".encode("cp874")
    )
    read = read_document(str(page), "doc")
    assert read.problem is None and read.method == "html"
    assert read.title == "แผนดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗" and "450,000 บาท" in read.text


@needs_chromium
def test_long_pdf_reads_only_the_first_pages(tmp_path):
    path = tmp_path / "long.pdf"
    chromium_pdf(path, "<p>หน้ารายงาน ประจำปี ๒๕๖๖</p>", pages=200)
    result = read_document(str(path), "pdf")
    assert result.pages == 200 and result.pages_read == 30 and result.problem == "too_large"


def test_worker_times_out_recovers_and_caches(tmp_path):
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.active.append(["ข้อมูล"])
    path = tmp_path / "a.xlsx"
    workbook.save(path)

    async def run():
        async with DocumentReader(tmp_path / "cache", timeout=0.001) as hasty:
            timed_out = await hasty.read(str(path), "abc", "xlsx")
        async with DocumentReader(tmp_path / "cache", timeout=60) as reader:
            first = await reader.read(str(path), "abc", "xlsx")
            again = await reader.read(str(path), "abc", "xlsx")
            return timed_out, first, again, reader.stats

    timed_out, first, again, stats = asyncio.run(run())
    assert timed_out.problem == "timeout"
    assert first.text == again.text == "[Sheet]\nข้อมูล"
    assert stats == {"read": 1, "cached": 1, "timeouts": 0, "crashes": 0}


@needs_chromium
def test_scan_decides_from_document_content_behind_meaningless_names(tmp_path, catalog):
    from crawler.crawl.engine import CrawlOptions
    from crawler.fetch.policy import FetchPolicy
    from crawler.scan import scan_site
    from tests.sitekit.server import FixtureServer, html, raw

    docs = {
        # O11, current fiscal year, every element: pass
        "file_1.pdf": "<h1>แผนดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗</h1><p>โครงการซ่อมถนน งบประมาณ 450,000 บาท "
        "ระยะเวลาดำเนินการ ม.ค. - มี.ค. ๒๕๖๗</p>",
        # O13, previous fiscal year, no ปัญหาอุปสรรค / ข้อเสนอแนะ: incomplete
        "1699864123.pdf": "<h1>รายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖</h1><p>ผลการดำเนินงานตามแผน 45 โครงการ</p>",
        # O36, a plan for 2561-2564 that does not cover 2567: stale
        "doc_a1b2.pdf": "<h1>แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๑ - ๒๕๖๔)</h1><p>โครงการอบรม งบประมาณ 20,000 บาท</p>",
    }
    routes = {}
    for name, body in docs.items():
        chromium_pdf(tmp_path / name, body)
        routes[f"/files/{name}"] = raw((tmp_path / name).read_bytes(), "application/pdf")
    rows = [
        ("O11", "แผนดำเนินงานและการใช้จ่ายงบประมาณประจำปี", "file_1.pdf"),
        ("O13", "รายงานผลการดำเนินงานประจำปี", "1699864123.pdf"),
        ("O36", "แผนปฏิบัติการป้องกันการทุจริต", "doc_a1b2.pdf"),
    ]
    table = "".join(f"<tr><td>{c}</td><td>{t}</td><td><a href='/files/{f}'>ดาวน์โหลด</a></td></tr>" for c, t, f in rows)
    routes["/"] = html("<a href='/ita'>ITA 2567</a>")
    routes["/ita"] = html(f"<h2>การเปิดเผยข้อมูลสาธารณะ ITA 2567</h2><table>{table}</table>")
    with FixtureServer(routes) as server:
        result = asyncio.run(
            scan_site(
                server.url("/"),
                catalog.load(2567),
                policy=FetchPolicy(per_host_delay=0),
                options=CrawlOptions(render_js=False),
                trust_env=False,
            )
        )
    statuses = {item.code: item for item in result.items}
    assert statuses["O11"].status.value == "pass", statuses["O11"].reason
    assert statuses["O13"].status.value == "incomplete", statuses["O13"].reason
    assert set(statuses["O13"].missing_elements) == {"ปัญหาอุปสรรค", "ข้อเสนอแนะ"}
    assert statuses["O36"].status.value == "stale", statuses["O36"].reason


@needs_chromium
@pytest.mark.skipif(not tesseract_available() and not os.environ.get("CI"), reason="no tesseract-ocr-tha here")
def test_a_crashing_worker_never_takes_the_scan_down(thai_pdf, tmp_path):
    scan = scanned_copy(thai_pdf, tmp_path / "scan.pdf")  # OCR takes seconds: time to kill the worker

    async def run():
        async with DocumentReader(None, workers=1, timeout=60) as reader:
            pending = asyncio.ensure_future(reader.read(str(scan), None, "pdf"))
            await asyncio.sleep(1.0)
            for process in list(reader._executor()._processes.values()):
                process.kill()  # what a segfault in a parser does
            crashed = await pending
            after = await reader.read(str(thai_pdf), None, "pdf")
            return crashed, after, reader.stats

    crashed, after, stats = asyncio.run(run())
    assert crashed.problem == "crashed" and stats["crashes"] == 1
    assert after.problem is None and after.text  # a new worker reads the next document


@needs_libreoffice
def test_odt_from_libreoffice_and_old_binary_xls(tmp_path):
    import xlwt

    soffice_convert(libreoffice_pdf(tmp_path, SOURCE).with_suffix(".fodt"), "odt")
    odt = read_document(str(tmp_path / "report.odt"), None)  # sniffed: a zip with content.xml
    assert odt.method == "odf" and char_accuracy(SOURCE, odt.text) >= 0.98
    book = xlwt.Workbook(encoding="utf-8")  # a real BIFF8 .xls, as old office PCs save them
    sheet = book.add_sheet("มีนาคม 2567")
    for row, values in enumerate([["งานที่ซื้อหรือจ้าง", "วงเงิน", "วิธีซื้อหรือจ้าง"], ["จัดซื้อวัสดุสำนักงาน", 12500, "เฉพาะเจาะจง"]]):
        for column, value in enumerate(values):
            sheet.write(row, column, value)
    book.save(str(tmp_path / "summary.xls"))
    xls = read_document(str(tmp_path / "summary.xls"), "xls")
    assert xls.method == "xls"
    assert "จัดซื้อวัสดุสำนักงาน | 12500 | เฉพาะเจาะจง" in xls.text


@needs_chromium
def test_signature_block_names_the_signing_position(tmp_path):
    path = tmp_path / "notice.pdf"
    chromium_pdf(
        path,
        "<h1>ประกาศเจตนารมณ์ No Gift Policy</h1><p>ประกาศ ณ วันที่ ๑ ตุลาคม ๒๕๖๖</p>"
        "<p>(ลงชื่อ) สมชาย ใจดี</p><p>(นายสมชาย ใจดี)</p><p>นายกองค์การบริหารส่วนตำบลทดสอบ</p>",
    )
    assert read_document(str(path), "pdf").signature == "นายกองค์การบริหารส่วนตำบลทดสอบ"


@needs_libreoffice
def test_old_binary_word_file_is_read_through_libreoffice_whatever_its_label(tmp_path):
    soffice_convert(libreoffice_pdf(tmp_path, SOURCE).with_suffix(".fodt"), "doc")
    assert (tmp_path / "report.doc").read_bytes()[:4] == b"\xd0\xcf\x11\xe0", "not an OLE2 Word file"
    # Served as "application/pdf" (a wrong label): the file's magic says Word.
    result = read_document(str(tmp_path / "report.doc"), "pdf")
    assert result.method == "doc" and char_accuracy(SOURCE, result.text) >= 0.98


@pytest.mark.parametrize(
    ("pdfium", "meant"),
    [
        ("ตัวชี้วัชี้ วัด", "ตัวชี้วัด"),  # cluster, cluster, the first again, a space, the second
        ("ตัวชี้วัชี้วัด ค่าเป้าหมาย", "ตัวชี้วัด ค่าเป้าหมาย"),  # both again, no space (blind holdout 65)
        ("ชี้แจงชี้แจง", "ชี้แจงชี้แจง"),  # a word said twice is not a pair of clusters
        ("ที่มีที่ มีคุณภาพ", "ที่มีคุณภาพ"),
        ("ขั้นตอน ขั้น\nขั้\nตอน", "ขั้นตอน ขั้นตอน"),  # the same across a line break
        ("ที่ไ ด้มาตรฐาน", "ที่ได้มาตรฐาน"),  # a leading vowel never ends a word
        ("แผน ดำเนินงาน ปี ๒๕๖๗", "แผน ดำเนินงาน ปี ๒๕๖๗"),  # ordinary spaces stay
        ("ที่นี่ ที่นั่น", "ที่นี่ ที่นั่น"),
    ],
)
def test_pdfium_artefacts_are_repaired_and_nothing_else_is_touched(pdfium, meant):
    from crawler.documents.readers import clean_pdfium_text

    assert clean_pdfium_text(pdfium) == meant


@needs_chromium
@pytest.mark.skipif(not tesseract_available() and not os.environ.get("CI"), reason="no tesseract-ocr-tha here")
def test_a_text_layer_with_one_scanned_page_is_read_from_its_text_layer(thai_pdf, tmp_path):
    """Field report (issue 12, item 5): one OCR'd page marked the whole document as OCR, so the
    year of its text layer could not decide (the plan became review)."""
    scan = scanned_copy(thai_pdf, tmp_path / "signatures.pdf")
    mixed = tmp_path / "plan.pdf"
    with pikepdf.open(thai_pdf) as layered, pikepdf.open(scan) as scanned:
        layered.pages.extend(scanned.pages)
        layered.save(mixed)
    result = read_document(str(mixed), "pdf")
    assert result.method == "text_layer" and result.ocr_pages == 1
    assert len(result.ocr_texts) == 1 and result.ocr_texts[0] in result.text


def test_a_letter_signed_without_the_word_signed_names_its_signer():
    """Blind holdout 23: the province's letter ends "ขอแสดงความนับถือ / (name) / ท้องถิ่นจังหวัด
    ปฏิบัติราชการแทน ผู้ว่าราชการจังหวัด…"; its addressee "เรียน นายกเทศมนตรีตำบล…" is no signer."""
    from crawler.documents.readers import signature_of

    letter = (
        "เรื่อง การขับเคลื่อนนโยบายไม่รับของขวัญ (No Gift Policy)\n"
        "เรียน นายกเทศมนตรีตำบล และนายกองค์การบริหารส่วนตำบล ทุกแห่ง\n"
        "ขอแสดงความนับถือ\n(นายธนากร สุขเจริญ)\nท้องถิ่นจังหวัด ปฏิบัติราชการแทน ผู้ว่าราชการจังหวัดกาญจนบุรี\n"
    )
    assert signature_of(letter) == "ท้องถิ่นจังหวัด ปฏิบัติราชการแทน ผู้ว่าราชการจังหวัดกาญจนบุรี"
    signed = "ประกาศ ณ วันที่ ๑ ตุลาคม ๒๕๖๖\n(ลงชื่อ) สมชาย\n(นายสมชาย ใจดี)\nนายกเทศมนตรีตำบลทดสอบ\n(นางมาลี ศรีงาม)\nผู้จัดทำ"
    assert signature_of(signed) == "นายกเทศมนตรีตำบลทดสอบ"  # the signed block, not the preparer's
    assert signature_of("ประชุมหัวหน้าส่วนราชการ (นายก) เป็นประธาน") == ""
