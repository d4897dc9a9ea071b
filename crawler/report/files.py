"""Write a scan's report.json and report.html into a folder (scan, demo and batch share this)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crawler.model.results import ScanResult
from crawler.report.html_report import render_html
from crawler.report.json_report import scan_report


@dataclass(frozen=True)
class WrittenReport:
    report: dict[str, Any]
    text: str  # the JSON, as written
    json_path: Path
    html_path: Path


def write_reports(result: ScanResult, folder: Path, html_path: Path | None = None) -> WrittenReport:
    report = scan_report(result)
    text = json.dumps(report, ensure_ascii=False, indent=1)
    folder.mkdir(parents=True, exist_ok=True)
    json_path = folder / "report.json"
    json_path.write_text(text, encoding="utf-8")
    html_path = html_path or folder / "report.html"
    html_path.parent.mkdir(parents=True, exist_ok=True)
    sub_titles = result.rules.sub_indicators
    html_path.write_text(render_html(report, sub_titles), encoding="utf-8")
    return WrittenReport(report, text, json_path, html_path)
