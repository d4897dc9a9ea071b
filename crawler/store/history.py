"""The history of scans in one SQLite file (WAL mode): batches, sites, scans, item results.

Every scan, single or batch, is recorded in one transaction once it is complete, so a batch
killed at any moment (even ``kill -9``) loses only the scans that were in flight; ``--resume``
skips the sites whose scan is already recorded.  The schema is versioned with
``PRAGMA user_version`` and upgraded by the ordered migrations below.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from crawler.model.records import DocumentRecord

MIGRATIONS: list[str] = [
    # 1: the first schema
    """
    CREATE TABLE batches (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        year INTEGER NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        options TEXT NOT NULL DEFAULT '{}'
    );
    CREATE TABLE sites (
        id TEXT PRIMARY KEY,
        url TEXT NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        type TEXT NOT NULL DEFAULT '',
        province TEXT NOT NULL DEFAULT '',
        district TEXT NOT NULL DEFAULT '',
        extra TEXT NOT NULL DEFAULT '{}'
    );
    CREATE TABLE scans (
        id INTEGER PRIMARY KEY,
        batch_id INTEGER REFERENCES batches(id),
        site_id TEXT NOT NULL REFERENCES sites(id),
        url TEXT NOT NULL,
        year INTEGER NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('scanned', 'unreachable', 'failed')),
        attempt INTEGER NOT NULL DEFAULT 1,
        score_low REAL,
        score_high REAL,
        provisional INTEGER NOT NULL DEFAULT 0,
        error TEXT NOT NULL DEFAULT '',
        report TEXT
    );
    CREATE INDEX scans_by_site ON scans(site_id, finished_at);
    CREATE INDEX scans_by_batch ON scans(batch_id, site_id);
    CREATE TABLE item_results (
        scan_id INTEGER NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
        code TEXT NOT NULL,
        status TEXT NOT NULL,
        url TEXT,
        reason TEXT NOT NULL,
        confidence TEXT NOT NULL,
        PRIMARY KEY (scan_id, code)
    );
    CREATE TABLE documents (
        scan_id INTEGER NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
        url TEXT NOT NULL,
        sha256 TEXT,
        outcome TEXT NOT NULL,
        text_method TEXT,
        PRIMARY KEY (scan_id, url)
    );
    """,
]


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class ScanRow:
    id: int
    batch_id: int | None
    site_id: str
    url: str
    year: int
    finished_at: str
    state: str
    attempt: int
    score_low: float | None
    score_high: float | None
    error: str
    items: dict[str, str]  # code -> status


@dataclass(frozen=True)
class SiteSummary:
    id: str
    url: str
    name: str
    scans: int
    latest_scan: int


class HistoryStore:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable at each commit's checkpoint
        self.db.execute("PRAGMA foreign_keys=ON")
        self._migrate()

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        current = self.version
        if current > len(MIGRATIONS):
            raise RuntimeError(f"{self.path} was written by a newer oit-crawler (schema {current} > {len(MIGRATIONS)})")
        for number, script in enumerate(MIGRATIONS[current:], start=current + 1):
            # One script, one transaction: a migration is applied whole or not at all.
            self.db.executescript(f"BEGIN IMMEDIATE; {script}; PRAGMA user_version = {number}; COMMIT;")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # -- batches --------------------------------------------------------------------------
    def start_batch(self, source: str, year: int, options: dict[str, Any]) -> int:
        with self.transaction() as db:
            cursor = db.execute(
                "INSERT INTO batches (source, year, started_at, options) VALUES (?, ?, ?, ?)",
                (source, year, now(), json.dumps(options, ensure_ascii=False)),
            )
            assert cursor.lastrowid is not None
            return cursor.lastrowid

    def unfinished_batch(self, source: str, year: int) -> int | None:
        row = self.db.execute(
            "SELECT id FROM batches WHERE source = ? AND year = ? AND finished_at IS NULL ORDER BY id DESC LIMIT 1",
            (source, year),
        ).fetchone()
        return int(row["id"]) if row else None

    def finish_batch(self, batch_id: int) -> None:
        with self.transaction() as db:
            db.execute("UPDATE batches SET finished_at = ? WHERE id = ?", (now(), batch_id))

    def sites_done(self, batch_id: int, states: tuple[str, ...] = ("scanned", "unreachable", "failed")) -> set[str]:
        marks = ",".join("?" * len(states))
        rows = self.db.execute(
            f"SELECT DISTINCT site_id FROM scans WHERE batch_id = ? AND state IN ({marks})", (batch_id, *states)
        )
        return {row["site_id"] for row in rows}

    # -- scans ----------------------------------------------------------------------------
    def upsert_site(self, site_id: str, url: str, **fields: Any) -> None:
        extra = json.dumps(fields.pop("extra", {}), ensure_ascii=False)
        known = {key: str(fields.get(key) or "") for key in ("name", "type", "province", "district")}
        with self.transaction() as db:
            db.execute(
                "INSERT INTO sites (id, url, name, type, province, district, extra) VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET url=excluded.url, name=excluded.name, type=excluded.type, "
                "province=excluded.province, district=excluded.district, extra=excluded.extra",
                (site_id, url, known["name"], known["type"], known["province"], known["district"], extra),
            )

    def record_scan(
        self,
        site_id: str,
        url: str,
        year: int,
        started_at: str,
        *,
        report: dict[str, Any] | None,
        state: str,
        batch_id: int | None = None,
        error: str = "",
        attempt: int = 1,
        documents: list[DocumentRecord] | None = None,
    ) -> int:
        """Record one finished scan with its item results, in one transaction."""
        score = (report or {}).get("score", {}).get("oit", {})
        with self.transaction() as db:
            cursor = db.execute(
                "INSERT INTO scans (batch_id, site_id, url, year, started_at, finished_at, state, attempt, "
                "score_low, score_high, provisional, error, report) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    batch_id,
                    site_id,
                    url,
                    year,
                    started_at,
                    now(),
                    state,
                    attempt,
                    score.get("low"),
                    score.get("high"),
                    int(bool((report or {}).get("rules", {}).get("provisional"))),
                    error,
                    json.dumps(report, ensure_ascii=False) if report is not None else None,
                ),
            )
            assert cursor.lastrowid is not None
            scan_id = cursor.lastrowid
            db.executemany(
                "INSERT INTO item_results (scan_id, code, status, url, reason, confidence) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (scan_id, item["code"], item["status"], item["url"], item["reason"], item["confidence"])
                    for item in (report or {}).get("items", [])
                ],
            )
            db.executemany(
                "INSERT OR IGNORE INTO documents (scan_id, url, sha256, outcome, text_method) VALUES (?, ?, ?, ?, ?)",
                [
                    (scan_id, doc.url, doc.sha256, doc.outcome.value, doc.text.method if doc.text else None)
                    for doc in documents or []
                ],
            )
        return scan_id

    def scans(self, site_id: str, *, batch_id: int | None = None, limit: int = 10) -> list[ScanRow]:
        """The site's scans, newest first."""
        query = "SELECT * FROM scans WHERE site_id = ?"
        params: list[Any] = [site_id]
        if batch_id is not None:
            query += " AND batch_id = ?"
            params.append(batch_id)
        rows = self.db.execute(query + " ORDER BY id DESC LIMIT ?", (*params, limit)).fetchall()
        return [self._row(row) for row in rows]

    def _row(self, row: sqlite3.Row) -> ScanRow:
        items = {
            r["code"]: r["status"]
            for r in self.db.execute("SELECT code, status FROM item_results WHERE scan_id = ?", (row["id"],))
        }
        return ScanRow(
            id=row["id"],
            batch_id=row["batch_id"],
            site_id=row["site_id"],
            url=row["url"],
            year=row["year"],
            finished_at=row["finished_at"],
            state=row["state"],
            attempt=row["attempt"],
            score_low=row["score_low"],
            score_high=row["score_high"],
            error=row["error"],
            items=items,
        )

    def item_details(self, scan_id: int) -> list[tuple[str, str, str | None, str]]:
        """(code, status, url, reason) of a scan's items, in item order."""
        rows = self.db.execute(
            "SELECT code, status, url, reason FROM item_results WHERE scan_id = ? "
            "ORDER BY CAST(SUBSTR(code, 2) AS INTEGER)",
            (scan_id,),
        )
        return [tuple(row) for row in rows]

    def report(self, scan_id: int) -> dict[str, Any] | None:
        row = self.db.execute("SELECT report FROM scans WHERE id = ?", (scan_id,)).fetchone()
        return json.loads(row["report"]) if row and row["report"] else None

    def previous_scanned(self, site_id: str, before_scan_id: int) -> int | None:
        """The site's latest scan before ``before_scan_id`` that reached the site (the baseline)."""
        row = self.db.execute(
            "SELECT MAX(id) FROM scans WHERE site_id = ? AND id < ? AND state = 'scanned'", (site_id, before_scan_id)
        ).fetchone()
        return int(row[0]) if row and row[0] is not None else None

    def sites(self) -> list[SiteSummary]:
        """Every site with scans: its id, URL, name, number of scans and the latest, by id."""
        rows = self.db.execute(
            "SELECT sites.id, sites.url, sites.name, COUNT(scans.id) AS count, MAX(scans.id) AS latest "
            "FROM sites JOIN scans ON scans.site_id = sites.id GROUP BY sites.id ORDER BY sites.id"
        ).fetchall()
        return [SiteSummary(r["id"], r["url"], r["name"], r["count"], r["latest"]) for r in rows]

    def batch_results(self, batch_id: int) -> list[ScanRow]:
        """The latest scan of every site of a batch."""
        rows = self.db.execute(
            "SELECT * FROM scans WHERE id IN (SELECT MAX(id) FROM scans WHERE batch_id = ? GROUP BY site_id) "
            "ORDER BY site_id",
            (batch_id,),
        ).fetchall()
        return [self._row(row) for row in rows]
