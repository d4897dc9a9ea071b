from __future__ import annotations

from pathlib import Path

import pytest

from crawler.criteria.loader import RuleCatalog

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def catalog() -> RuleCatalog:
    return RuleCatalog(ROOT / "rules")


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES
