"""The one way tests run ``oit``: a real subprocess (``python -m crawler``), real exit codes,
a wide terminal so tables are not folded."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _command(args: tuple[str, ...]) -> list[str]:
    return [sys.executable, "-m", "crawler", *args]


def _env(extra: dict[str, str] | None) -> dict[str, str]:
    return {**os.environ, "COLUMNS": "200", **(extra or {})}


def oit(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run ``oit ARGS`` to the end."""
    return subprocess.run(
        _command(args), capture_output=True, text=True, cwd=cwd or ROOT, env=_env(env), timeout=timeout
    )


def oit_started(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    """Start ``oit ARGS`` and return at once (a test that kills or signals it)."""
    return subprocess.Popen(
        _command(args),
        cwd=cwd or ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(env),
    )
