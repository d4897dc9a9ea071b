"""Where crawl records go as they are produced.

``MemorySink`` keeps them (tests, the scan of one site); ``SpoolSink`` appends them to JSON
Lines files so a crawl of thousands of pages holds no page in memory after it is recorded.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

from crawler.model.records import DocumentRecord, ExternalRecord, PageRecord, to_json


class CrawlSink(Protocol):
    def page(self, record: PageRecord) -> None: ...
    def document(self, record: DocumentRecord) -> None: ...
    def external(self, record: ExternalRecord) -> None: ...


class MemorySink:
    def __init__(self) -> None:
        self.pages: list[PageRecord] = []
        self.documents: list[DocumentRecord] = []
        self.externals: list[ExternalRecord] = []

    def page(self, record: PageRecord) -> None:
        self.pages.append(record)

    def document(self, record: DocumentRecord) -> None:
        self.documents.append(record)

    def external(self, record: ExternalRecord) -> None:
        self.externals.append(record)


class SpoolSink:
    KINDS = ("pages", "documents", "externals")

    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self._files = {kind: (self.directory / f"{kind}.jsonl").open("a", encoding="utf-8") for kind in self.KINDS}
        self.counts = dict.fromkeys(self.KINDS, 0)

    def _write(self, kind: str, record: Any) -> None:
        self._files[kind].write(json.dumps(to_json(record), ensure_ascii=False) + "\n")
        self.counts[kind] += 1

    def page(self, record: PageRecord) -> None:
        self._write("pages", record)

    def document(self, record: DocumentRecord) -> None:
        self._write("documents", record)

    def external(self, record: ExternalRecord) -> None:
        self._write("externals", record)

    def close(self) -> None:
        for handle in self._files.values():
            handle.close()

    def lines(self, kind: str) -> Iterator[str]:
        with (self.directory / f"{kind}.jsonl").open(encoding="utf-8") as handle:
            for line in handle:
                yield line.rstrip("\n")
