"""Read documents in worker processes, with a time limit per document and a text cache.

A parser that crashes (a segfault in a C library) or loops on a hostile file takes down a
worker, never the scan: the pool is rebuilt and the document is recorded as ``crashed`` or
``timeout``.  Extracted text is cached on disk by the file's SHA-256, so nightly re-scans
read only documents that changed.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import json
import multiprocessing
import os
import signal
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from crawler.documents.readers import read_document
from crawler.model.document import DocumentText

_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
_WATCH_SECONDS = 1.0
CACHE_VERSION = 5  # 5: a letter's "(name) / position" is a signature; 4: OCR pages kept apart


def _read_json(path: str, doc_type: str | None, ocr: bool) -> dict:
    return read_document(path, doc_type, ocr=ocr).to_json()


def die_with_parent(parent: int) -> None:
    """A worker ends when the scan does, however it ends: ``kill -9`` of a batch must not leave
    readers behind.  Linux tells the child (PR_SET_PDEATHSIG); elsewhere a thread watches."""
    told = False
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            told = ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL) == 0
    if os.getppid() != parent:  # the parent died before the call above
        os._exit(1)
    if not told:
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(_WATCH_SECONDS)
    os._exit(1)


class TextCache:
    def __init__(self, root: str | Path) -> None:
        self.root = Path(root) / f"text-v{CACHE_VERSION}"
        self.root.mkdir(parents=True, exist_ok=True)

    def _path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / f"{sha256}.json"

    def get(self, sha256: str) -> DocumentText | None:
        try:
            return DocumentText(**json.loads(self._path(sha256).read_text("utf-8")))
        except (OSError, ValueError, TypeError):
            return None

    def put(self, sha256: str, result: DocumentText) -> None:
        if result.problem in ("timeout", "crashed"):
            return  # worth another try next time
        path = self._path(sha256)
        path.parent.mkdir(exist_ok=True)
        temp = path.with_suffix(".tmp")
        temp.write_text(json.dumps(result.to_json(), ensure_ascii=False), "utf-8")
        os.replace(temp, path)


class DocumentReader:
    """``async with DocumentReader(cache_dir) as reader: await reader.read(path, sha, type)``."""

    def __init__(
        self, cache_dir: str | Path | None = None, *, workers: int = 2, timeout: float = 120.0, ocr: bool = True
    ) -> None:
        self.cache = TextCache(cache_dir) if cache_dir else None
        self.workers = max(1, workers)
        self.timeout = timeout
        self.ocr = ocr
        self._pool: ProcessPoolExecutor | None = None
        self._slots = asyncio.Semaphore(self.workers)
        self.stats = {"read": 0, "cached": 0, "timeouts": 0, "crashes": 0}

    async def __aenter__(self) -> DocumentReader:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        self._shutdown()

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # spawn: a forked child of a process with threads (the event loop, a test server) can deadlock
            self._pool = ProcessPoolExecutor(
                self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=die_with_parent,
                initargs=(os.getpid(),),
            )
        return self._pool

    def abandon(self) -> None:
        """Stop now: the documents being read are not waited for (the run was stopped)."""
        self._shutdown(kill=True)

    def _shutdown(self, kill: bool = False) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        if kill:
            for process in list(getattr(pool, "_processes", {}).values()):
                process.kill()
        pool.shutdown(wait=not kill, cancel_futures=True)

    async def read(self, path: str, sha256: str | None, doc_type: str | None) -> DocumentText:
        if self.cache and sha256 and (cached := self.cache.get(sha256)) is not None:
            self.stats["cached"] += 1
            return cached
        async with self._slots:
            result = await self._read(path, doc_type)
        self.stats["read"] += 1
        if self.cache and sha256:
            self.cache.put(sha256, result)
        return result

    async def _read(self, path: str, doc_type: str | None) -> DocumentText:
        loop = asyncio.get_running_loop()
        try:
            future = loop.run_in_executor(self._executor(), _read_json, path, doc_type, self.ocr)
            return DocumentText(**await asyncio.wait_for(future, self.timeout))
        except TimeoutError:
            self.stats["timeouts"] += 1
            self._shutdown(kill=True)  # the worker is still busy with the file: replace the pool
            return DocumentText("", "none", problem="timeout", detail=f"more than {self.timeout:.0f} s")
        except BrokenProcessPool as exc:
            self.stats["crashes"] += 1
            self._shutdown(kill=True)
            return DocumentText("", "none", problem="crashed", detail=str(exc) or "the reader process died")
