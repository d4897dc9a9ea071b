"""The site list (``sites.csv``): read and validate every row before anything is scanned.

Columns: id, name, type (เทศบาล / อบต.), province, district, url; extra columns are kept.
A bad row is reported with its line number and skipped; it never stops the batch.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from crawler.errors import InvalidStartUrl, SiteListError
from crawler.urls import prepare_start_url

REQUIRED = ("id", "url")
KNOWN = ("id", "name", "type", "province", "district", "url")
TYPES = ("เทศบาล", "อบต.", "อบจ.", "เมืองพัทยา", "กรุงเทพมหานคร", "")


@dataclass(frozen=True)
class SiteRow:
    line: int
    id: str
    url: str
    name: str = ""
    type: str = ""
    province: str = ""
    district: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def _text_of(data: bytes) -> str:
    """A site list as Thai staff save it: UTF-8 with or without a BOM, or Excel's windows-874."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp874", "replace")


def _dialect(text: str) -> type[csv.Dialect]:
    """Comma, semicolon or tab, as the header line shows (Excel in some locales writes ";")."""
    try:
        return csv.Sniffer().sniff(text.split("\n", 1)[0], delimiters=",;\t")
    except csv.Error:
        return csv.excel


def read_sites(path: str | Path) -> tuple[list[SiteRow], list[str]]:
    """(valid rows, problems as "file:line: message")."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SiteListError(f"{path}: cannot read the site list: {exc}") from exc
    text = _text_of(data)
    # newline="" semantics: quoted cells may hold line breaks; reader.line_num counts file lines.
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=_dialect(text))
    header = [name.strip().lower() for name in reader.fieldnames or []]
    missing = [column for column in REQUIRED if column not in header]
    if missing:
        raise SiteListError(f"{path}:1: the header lacks column(s) {', '.join(missing)} (found: {', '.join(header)})")
    reader.fieldnames = header
    rows: list[SiteRow] = []
    problems: list[str] = []
    seen: dict[str, int] = {}
    for record in reader:
        line = reader.line_num  # the file line the record ends on (blank lines and quoted newlines counted)
        if None in record:
            problems.append(f"{path}:{line}: more cells than header columns; row skipped")
            continue
        values = {key: (value or "").strip() for key, value in record.items()}
        if not any(values.values()):
            continue
        site_id, raw_url = values.get("id", ""), values.get("url", "")
        if not site_id:
            problems.append(f"{path}:{line}: empty id; row skipped")
            continue
        if site_id in seen:
            problems.append(f"{path}:{line}: id {site_id!r} already used on line {seen[site_id]}; row skipped")
            continue
        try:
            url = prepare_start_url(raw_url)
        except InvalidStartUrl as exc:
            problems.append(f"{path}:{line}: {site_id}: bad url: {exc}; row skipped")
            continue
        if values.get("type", "") not in TYPES:
            problems.append(f"{path}:{line}: {site_id}: unknown type {values['type']!r} (kept)")
        seen[site_id] = line
        rows.append(
            SiteRow(
                line=line,
                id=site_id,
                url=url,
                name=values.get("name", ""),
                type=values.get("type", ""),
                province=values.get("province", ""),
                district=values.get("district", ""),
                extra={key: value for key, value in values.items() if key not in KNOWN},
            )
        )
    return rows, problems
