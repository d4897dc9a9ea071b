"""The JSON of a monitoring run's changes, by site (``oit monitor --json``)."""

from __future__ import annotations

import json
from typing import Any

from crawler.model.results import ItemChange


def changes_json(changes: list[ItemChange]) -> list[dict[str, Any]]:
    return [json.loads(json.dumps(change.__dict__)) for change in changes]
