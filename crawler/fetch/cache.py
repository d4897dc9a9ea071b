"""On-disk HTTP cache: validators (ETag, Last-Modified) and content-addressed bodies.

A re-scan sends conditional requests; a 304 costs the server almost nothing and the body
comes from here.  Documents are always spooled to ``bodies/`` (by SHA-256) so the document
stage can read them without holding them in memory.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass(frozen=True)
class CachedEntry:
    url: str
    final_url: str
    status: int
    content_type: str | None
    etag: str | None
    last_modified: str | None
    sha256: str
    size: int


class HttpCache:
    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)
        (self.root / "entries").mkdir(parents=True, exist_ok=True)
        (self.root / "bodies").mkdir(parents=True, exist_ok=True)
        (self.root / "tmp").mkdir(parents=True, exist_ok=True)

    def _entry_path(self, url: str) -> Path:
        key = hashlib.sha1(url.encode("utf-8")).hexdigest()
        return self.root / "entries" / key[:2] / f"{key}.json"

    def body_path(self, sha256: str) -> Path:
        return self.root / "bodies" / sha256[:2] / sha256

    def lookup(self, url: str) -> CachedEntry | None:
        path = self._entry_path(url)
        try:
            entry = CachedEntry(**json.loads(path.read_text("utf-8")))
        except (OSError, ValueError, TypeError):
            return None
        return entry if self.body_path(entry.sha256).exists() else None

    def read_body(self, entry: CachedEntry) -> bytes:
        return self.body_path(entry.sha256).read_bytes()

    def spool(self) -> tempfile._TemporaryFileWrapper:
        """A temporary file on the cache's disk, to be ``adopt``-ed once its hash is known."""
        return tempfile.NamedTemporaryFile(dir=self.root / "tmp", delete=False)

    def adopt(self, temp_path: str | Path, sha256: str) -> Path:
        target = self.body_path(sha256)
        target.parent.mkdir(exist_ok=True)
        os.replace(temp_path, target)
        return target

    def put_body(self, body: bytes, sha256: str) -> Path:
        target = self.body_path(sha256)
        if not target.exists():
            with self.spool() as handle:
                handle.write(body)
            self.adopt(handle.name, sha256)
        return target

    def remember(self, entry: CachedEntry) -> None:
        path = self._entry_path(entry.url)
        path.parent.mkdir(exist_ok=True)
        temp = path.with_suffix(".tmp")
        temp.write_text(json.dumps(asdict(entry), ensure_ascii=False), "utf-8")
        os.replace(temp, path)
