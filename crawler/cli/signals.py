"""Ctrl-C and SIGTERM (cron, systemd, CI time limits) stop a run cleanly: the crawl ends, what
was collected is assessed and written, marked incomplete, and the command exits 130 / 143.
A second Ctrl-C exits at once."""

from __future__ import annotations

import asyncio
import os
import signal
from collections.abc import Awaitable, Callable
from typing import TypeVar

T = TypeVar("T")
SIGNALS = (signal.SIGINT, signal.SIGTERM)


async def until_stopped(run: Callable[[asyncio.Event], Awaitable[T]]) -> tuple[T, int | None]:
    """``run(stop)`` with SIGINT/SIGTERM setting ``stop``; returns its result and the signal
    that stopped it (None when none came)."""
    stop = asyncio.Event()
    received: list[int] = []
    loop = asyncio.get_running_loop()

    def on_signal(signum: int) -> None:
        if received:
            os._exit(128 + signum)  # the second one: the user wants out now
        received.append(signum)
        stop.set()

    for signum in SIGNALS:
        loop.add_signal_handler(signum, on_signal, signum)
    try:
        result = await run(stop)
    finally:
        for signum in SIGNALS:
            loop.remove_signal_handler(signum)
    return result, received[0] if received else None


def exit_code(signum: int) -> int:
    return 128 + signum  # 130 for SIGINT, 143 for SIGTERM, as shells report them


STOPPED_TH = "หยุดตามคำสั่ง: บันทึกผลที่ตรวจได้แล้ว (ตรวจได้ไม่ครบ) / stopped: the partial report was written"
STOPPED_BATCH_TH = (
    "หยุดตามคำสั่ง: เว็บไซต์ที่ตรวจเสร็จแล้วบันทึกไว้ ที่ยังตรวจไม่เสร็จจะตรวจใหม่เมื่อทำต่อ / "
    "stopped: finished sites are recorded; continue with:\n  {command}"
)
