"""Rebuild the binary documents of the field corpus (tests/field/*/www/) from their sources.

Each site keeps its sources in ``src/`` and lists what to build in ``src/documents.yaml``::

    - www: fileupload/datafiles/แผนดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2567.docx   # output, under www/
      src: plan-2567.html                                                    # source, under src/
    - www: uploads/file_20240312.xlsx
      src: proc-q1.yaml          # a workbook: {sheets: {name: [[cell, ...], ...]}, widths: {A: 30}}
    - www: files/ประกาศ.pdf
      src: nogift.html
      scan: true                 # printed, then rasterised: an image-only PDF (a scanner's output)
    - www: docs/report.pdf
      src: report.html
      via: chromium              # PDF printer: libreoffice (default, like a Word export) or chromium
    - www: images/structure-2567.png
      label: แผนภูมิโครงสร้าง อบต.   # an image (banner, photo, chart) drawn as a box with this text
      size: [640, 400]           # optional, pixels

Images (.png, .jpg, .gif) are placeholders: a tinted box with the label in Thai (the tool reads no
images; they are there so pages look whole and linked charts do not answer 404).
HTML → PDF and HTML → DOCX go through LibreOffice (``soffice --headless``); ``via: chromium``
prints with Debian's Chromium through Playwright; XLSX is written with openpyxl; a scanned PDF
is the printed PDF rendered to a grey JPEG page by page (pypdfium2) and saved as a PDF (Pillow).
The tests only read www/, so run this after editing a source:

    .venv/bin/python tools/build_field_docs.py            # every site
    .venv/bin/python tools/build_field_docs.py 11-ordinary-a
    .venv/bin/python tools/build_field_docs.py --check    # every binary in www/ has a source entry
    .venv/bin/python tools/build_field_docs.py --add-missing-images 02-short-content-pages
                                    # list the images the pages refer to, then build
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

import yaml

ROOT = Path(__file__).resolve().parent.parent
FIELD = ROOT / "tests" / "field"
BINARY = {".pdf", ".docx", ".xlsx", ".doc", ".xls", ".odt", ".png", ".jpg", ".jpeg", ".gif"}
IMAGES = ("png", "jpg", "jpeg", "gif")
FONT = "/usr/share/fonts/truetype/tlwg/Garuda.ttf"
CHROMIUM = "/usr/bin/chromium"


@dataclass
class Job:
    site: Path
    www: Path  # output
    src: Path | None  # source (None for an image drawn from its label)
    via: str = "libreoffice"
    scan: bool = False
    label: str = ""
    size: tuple[int, int] = (300, 90)

    @property
    def kind(self) -> str:
        return self.www.suffix.lower().lstrip(".")


def jobs_of(site: Path) -> list[Job]:
    listing = site / "src" / "documents.yaml"
    if not listing.exists():
        return []
    entries = yaml.safe_load(listing.read_text(encoding="utf-8")) or []
    jobs = []
    for entry in entries:
        unknown = set(entry) - {"www", "src", "via", "scan", "label", "size"}
        if unknown:
            raise SystemExit(f"{listing}: unknown key(s) {sorted(unknown)} in {entry}")
        output = site / "www" / entry["www"]
        if output.suffix.lower().lstrip(".") in IMAGES:
            if "label" not in entry:
                raise SystemExit(f"{listing}: an image needs a label ({entry['www']})")
            size = tuple(entry.get("size", (300, 90)))
            jobs.append(Job(site, output, None, label=str(entry["label"]), size=size))  # type: ignore[arg-type]
            continue
        job = Job(site, output, site / "src" / entry["src"], entry.get("via", "libreoffice"))
        job.scan = bool(entry.get("scan", False))
        if not job.src.is_file():
            raise SystemExit(f"{listing}: source {job.src.relative_to(site)} does not exist")
        if job.kind not in ("pdf", "docx", "xlsx"):
            raise SystemExit(f"{listing}: cannot build .{job.kind} ({entry['www']})")
        if job.via not in ("libreoffice", "chromium"):
            raise SystemExit(f"{listing}: via: {job.via} (libreoffice or chromium)")
        jobs.append(job)
    return jobs


# -- LibreOffice -------------------------------------------------------------------------------


def libreoffice(jobs: list[Job], target: str, scratch: Path) -> dict[Path, Path]:
    """Convert the jobs' HTML sources in one soffice run; output file per source."""
    if not jobs:
        return {}
    inputs = scratch / f"in-{target.split(':')[0]}"
    outputs = scratch / f"out-{target.split(':')[0]}"
    inputs.mkdir()
    outputs.mkdir()
    staged: dict[Path, Path] = {}
    for number, job in enumerate(jobs):
        # ASCII names for soffice; the output is moved to its (Thai, spaced) name afterwards.
        copy = inputs / f"doc{number:03}.html"
        shutil.copyfile(job.src, copy)
        staged[job.src] = copy
    command = [
        "soffice",
        "--headless",
        "--norestore",
        f"-env:UserInstallation=file://{scratch / 'lo-profile'}",
        "--infilter=HTML (StarWriter)",
        "--convert-to",
        target,
        "--outdir",
        str(outputs),
        *map(str, staged.values()),
    ]
    subprocess.run(command, check=True, capture_output=True, timeout=600)
    extension = target.split(":")[0]
    result = {}
    for source, copy in staged.items():
        produced = outputs / (copy.stem + "." + extension)
        if not produced.exists():
            raise SystemExit(f"soffice produced nothing for {source}")
        result[source] = produced
    return result


# -- Chromium ----------------------------------------------------------------------------------


async def _chromium_print(pairs: list[tuple[Path, Path]]) -> None:
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = await browser.new_page()
        for source, output in pairs:
            await page.goto(source.resolve().as_uri())
            await page.pdf(path=str(output), format="A4", print_background=True)
        await browser.close()


def chromium(jobs: list[Job], scratch: Path) -> dict[Path, Path]:
    pairs = [(job.src, scratch / f"chromium{number:03}.pdf") for number, job in enumerate(jobs)]
    if pairs:
        asyncio.run(_chromium_print(pairs))
    return {job.src: output for job, (_, output) in zip(jobs, pairs, strict=True)}


# -- scans and workbooks -----------------------------------------------------------------------


def rasterise(pdf: Path, output: Path) -> None:
    """An image-only PDF of ``pdf``: each page rendered at 150 dpi, grey, slightly skewed, JPEG."""
    import pypdfium2
    from PIL import Image, ImageFilter

    document = pypdfium2.PdfDocument(str(pdf))
    pages = []
    for index in range(len(document)):
        image = document[index].render(scale=150 / 72).to_pil().convert("L")
        image = image.rotate(0.6, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=250)
        image = image.filter(ImageFilter.GaussianBlur(0.5)).point(lambda v: min(255, v + 12))
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=60)
        pages.append(Image.open(io.BytesIO(buffer.getvalue())))
    document.close()
    pages[0].save(output, "PDF", resolution=150.0, save_all=True, append_images=pages[1:])


def picture(job: Job) -> None:
    from PIL import Image, ImageDraw, ImageFont

    width, height = job.size
    tint = sum(job.label.encode("utf-8")) % 360
    image = Image.new("RGB", (width, height), f"hsl({tint}, 45%, 85%)")
    draw = ImageDraw.Draw(image)
    draw.rectangle((2, 2, width - 3, height - 3), outline=f"hsl({tint}, 50%, 35%)", width=3)
    points = max(12, min(28, height // 4))
    font = ImageFont.truetype(FONT, points)
    while points > 9 and max(draw.textlength(line, font=font) for line in job.label.splitlines() or [""]) > width - 12:
        points -= 1
        font = ImageFont.truetype(FONT, points)
    draw.multiline_text((width / 2, height / 2), job.label, fill="black", font=font, anchor="mm", align="center")
    if job.kind in ("png", "gif"):
        image.quantize(32).save(job.www, optimize=True)
    else:
        image.save(job.www, "JPEG", quality=70)


def workbook(source: Path, output: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    spec = yaml.safe_load(source.read_text(encoding="utf-8"))
    book = Workbook()
    book.remove(book.active)
    for name, rows in spec["sheets"].items():
        sheet = book.create_sheet(str(name))
        for row in rows:
            sheet.append(list(row))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for column, width in (spec.get("widths") or {}).items():
            sheet.column_dimensions[column].width = width
        for row in sheet.iter_rows():
            for cell in row:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    book.properties.creator = spec.get("creator", "")
    book.save(output)


# -- main --------------------------------------------------------------------------------------


def build(sites: list[Path]) -> int:
    jobs = [job for site in sites for job in jobs_of(site)]
    with tempfile.TemporaryDirectory(prefix="field-docs-") as tmp:
        # (images have no source; everything else is grouped by converter)
        scratch = Path(tmp)
        pdf_lo = [job for job in jobs if job.kind == "pdf" and job.via == "libreoffice"]
        pdf_chrome = [job for job in jobs if job.kind == "pdf" and job.via == "chromium"]
        # A scan's source is printed by the job's printer first (same lists as above).
        docx = [job for job in jobs if job.kind == "docx"]
        made: dict[tuple[Path, str], Path] = {}
        for source, produced in libreoffice(pdf_lo, "pdf:writer_pdf_Export", scratch).items():
            made[(source, "pdf")] = produced
        for source, produced in chromium(pdf_chrome, scratch).items():
            made[(source, "pdf")] = produced
        for source, produced in libreoffice(docx, "docx:MS Word 2007 XML", scratch).items():
            made[(source, "docx")] = produced
        for job in jobs:
            job.www.parent.mkdir(parents=True, exist_ok=True)
            if job.src is None:
                picture(job)
            elif job.kind == "xlsx":
                workbook(job.src, job.www)
            elif job.scan:
                rasterise(made[(job.src, "pdf")], job.www)
            else:
                shutil.copyfile(made[(job.src, job.kind)], job.www)
            print(f"{job.site.name}/www/{job.www.relative_to(job.site / 'www')}  ({job.www.stat().st_size:,} B)")
    return len(jobs)


def check(sites: list[Path]) -> int:
    problems = 0
    for site in sites:
        listed = {job.www for job in jobs_of(site)}
        for path in sorted((site / "www").rglob("*")):
            if path.is_file() and path.suffix.lower() in BINARY and path not in listed:
                print(f"{site.name}/www/{path.relative_to(site / 'www')}: no entry in src/documents.yaml")
                problems += 1
    return problems


IMAGE_REF = re.compile(
    r"""<(?:img[^>]*?\ssrc|a[^>]*?\shref)=["'](/[^"'#?]+\.(?:png|jpe?g|gif))["']([^>]*)>([^<]*)""", re.IGNORECASE
)
ALT = re.compile(r"""alt=["']([^"']*)["']""", re.IGNORECASE)


def add_missing_images(sites: list[Path]) -> int:
    """Authoring aid: append an entry to src/documents.yaml for every image a page refers to
    (``<img src>`` or ``<a href>``) that is neither in www/ nor listed; label from alt/link text."""
    added = 0
    for site in sites:
        www = site / "www"
        listed = {job.www for job in jobs_of(site)}
        new: dict[str, str] = {}
        for page in sorted(www.rglob("*.htm*")):
            for match in IMAGE_REF.finditer(page.read_text(encoding="utf-8", errors="replace")):
                target = www / unquote(match.group(1)).lstrip("/")
                if target.exists() or target in listed:
                    continue
                alt = ALT.search(match.group(0))
                label = (alt.group(1) if alt and alt.group(1) else match.group(3).strip()) or target.stem
                new.setdefault(target.relative_to(www).as_posix(), label)
        if not new:
            continue
        listing = site / "src" / "documents.yaml"
        listing.parent.mkdir(exist_ok=True)
        with listing.open("a", encoding="utf-8") as out:
            for path, label in new.items():
                size = "[640, 400]" if "โครงสร้าง" in label or "structure" in path else "[300, 90]"
                out.write(f"- www: {path}\n  label: {json.dumps(label, ensure_ascii=False)}\n  size: {size}\n")
                added += 1
                print(f"{site.name}: + {path} ({label})")
    return added


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sites", nargs="*", help="site folder names (default: all)")
    parser.add_argument("--check", action="store_true", help="only check that every binary has a source")
    parser.add_argument(
        "--add-missing-images", action="store_true", help="list images the pages refer to in src/documents.yaml"
    )
    args = parser.parse_args(argv)
    sites = sorted(p for p in FIELD.iterdir() if p.is_dir() and (p / "site.yaml").exists())
    if args.sites:
        sites = [FIELD / name.rstrip("/").split("/")[-1] for name in args.sites]
    if args.check:
        return 1 if check(sites) else 0
    if args.add_missing_images:
        add_missing_images(sites)
    count = build(sites)
    print(f"{count} documents built", file=sys.stderr)
    return 1 if check(sites) else 0


if __name__ == "__main__":
    sys.exit(main())
