"""The rule files ship inside the wheel and are found there, away from the checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from .conftest import ROOT


def test_installed_wheel_finds_its_rules(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(dist), str(ROOT)],
        check=True,
        timeout=300,
    )
    (wheel,) = dist.glob("oit_crawler-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert {f"crawler/_rules/{year}.yaml" for year in range(2564, 2570)} <= set(names)

    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        check=True,
        timeout=300,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "OIT_RULES_DIR"}
    env["PYTHONPATH"] = str(target)
    probe = subprocess.run(
        [sys.executable, "-c", "import crawler.criteria.loader as l; print(l.__file__); print(l.default_rules_dir())"],
        capture_output=True,
        text=True,
        cwd=elsewhere,
        env=env,
        check=True,
    )
    module_file, rules_dir = probe.stdout.split()
    assert module_file.startswith(str(target))
    assert rules_dir == str(target / "crawler" / "_rules")
    result = subprocess.run(
        [sys.executable, "-m", "crawler", "rules", "years", "--json"],
        capture_output=True,
        text=True,
        cwd=elsewhere,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert '"year": 2569' in result.stdout
