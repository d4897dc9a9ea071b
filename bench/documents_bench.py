"""Thai text extraction: PDF libraries side by side, and OCR seconds per page.

    python -m bench.documents_bench [--pages 50]

A Thai PDF of N pages is printed by Chromium (fonts-thai-tlwg); each library extracts it in the
same process, one after the other, three rounds: pages/s (median) and character accuracy
against the source text (compact forms, spaces and digit styles ignored).  Then one page is
rendered to an image-only PDF and read by Tesseract's Thai model: seconds per page and accuracy.
pypdfium2 is the library the tool uses; pdfplumber (pdfminer.six) and pypdf are the usual
alternatives (PyMuPDF is left out: AGPL).  Needs the `bench` extra plus pdfplumber and pypdf.
Results: bench/results/documents.json.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from crawler.documents.readers import clean_pdfium_text, read_document
from tests.test_documents import SOURCE, char_accuracy, chromium_pdf, scanned_copy

ROOT = Path(__file__).resolve().parent.parent


def with_pypdfium2(path: Path) -> list[str]:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        return [clean_pdfium_text(document[i].get_textpage().get_text_range()) for i in range(len(document))]
    finally:
        document.close()


def with_pdfplumber(path: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def with_pypdf(path: Path) -> list[str]:
    import pypdf

    return [page.extract_text() or "" for page in pypdf.PdfReader(path).pages]


LIBRARIES = {"pypdfium2": with_pypdfium2, "pdfplumber": with_pdfplumber, "pypdf": with_pypdf}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=50)
    args = parser.parse_args()
    results: dict = {"pages": args.pages, "libraries": {}}
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "report.pdf"
        chromium_pdf(pdf, f"<h1>{SOURCE[:36]}</h1><p>{SOURCE[36:]}</p>", pages=args.pages)
        for name, extract in LIBRARIES.items():
            speeds, texts = [], []
            for _round in range(3):
                started = time.perf_counter()
                texts = extract(pdf)
                speeds.append(len(texts) / (time.perf_counter() - started))
            accuracy = char_accuracy(SOURCE, texts[0])
            results["libraries"][name] = {"pages_per_second": statistics.median(speeds), "accuracy": accuracy}
            print(f"{name:11} {statistics.median(speeds):8.1f} pages/s   Thai character accuracy {accuracy:.4f}")
        scan = scanned_copy(pdf, Path(folder) / "scan.pdf")
        started = time.perf_counter()
        ocr = read_document(str(scan), "pdf")
        seconds = time.perf_counter() - started
        results["ocr"] = {"seconds_per_page": seconds, "accuracy": char_accuracy(SOURCE, ocr.text)}
        print(f"OCR (tesseract tha, 200 dpi page): {seconds:.2f} s/page, accuracy {results['ocr']['accuracy']:.4f}")
    out = ROOT / "bench" / "results" / "documents.json"
    out.write_text(json.dumps(results, indent=2))
    fastest = max(results["libraries"].values(), key=lambda r: r["pages_per_second"])["pages_per_second"]
    ours = results["libraries"]["pypdfium2"]["pages_per_second"]
    print(f"pypdfium2 speed vs the fastest: {ours / fastest:.2f}")


if __name__ == "__main__":
    main()
