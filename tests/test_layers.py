"""Imports go one way: model ← fetch ← crawl/extract/documents ← match/assess ← report ←
scan/batch/monitor ← cli.  Read from the source (ast), so a lazy import inside a function
counts too."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "crawler"

# Lowest first.  A module may import its own layer and the layers below, never above.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("crawler", "crawler.model", "crawler.errors", "crawler.thai", "crawler.urls"),
    ("crawler.criteria", "crawler.fetch"),
    ("crawler.extract", "crawler.crawl", "crawler.documents"),
    ("crawler.match", "crawler.resolve", "crawler.assess", "crawler.criteria.check"),
    ("crawler.report",),
    ("crawler.scan", "crawler.store", "crawler.batch", "crawler.monitor", "crawler.demo"),
    ("crawler.cli", "crawler.__main__"),
)
# Modules of cli/ that commands may share; every other cli module is a command.
CLI_SHARED = frozenset({"crawler.cli.options", "crawler.cli.progress", "crawler.cli.signals"})


def layer_of(module: str) -> int:
    """The layer of the longest prefix that names one ("crawler.criteria.check" before "crawler.criteria")."""
    best, best_len = -1, -1
    for index, prefixes in enumerate(LAYERS):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best_len:
                best, best_len = index, len(prefix)
    return best


def imports_of(source: str) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names if alias.name.startswith("crawler")]
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("crawler"):
            found += [(node.lineno, node.module)]
            # "from crawler.cli import options": the names may be modules
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
    return found


def violations(module: str, source: str, known: set[str]) -> list[str]:
    problems = []
    own = layer_of(module)
    for line, imported in imports_of(source):
        if imported not in known and imported.rsplit(".", 1)[0] in known and not imported.startswith("crawler.cli."):
            imported = imported.rsplit(".", 1)[0]  # "from crawler.x import name": the module is crawler.x
        if imported not in known:
            continue
        if layer_of(imported) > own:
            problems.append(f"{module}:{line} imports {imported} (layer {layer_of(imported)} > {own})")
        command = module.startswith("crawler.cli.") and module not in CLI_SHARED
        if command and imported.startswith("crawler.cli.") and imported not in CLI_SHARED and imported != module:
            problems.append(f"{module}:{line} imports the command {imported}")
    return problems


def package_modules() -> dict[str, Path]:
    modules = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        modules[name] = path
    return modules


MODULES = package_modules()


def test_every_module_has_a_layer():
    assert [name for name in MODULES if layer_of(name) < 0] == []


def test_imports_go_one_way():
    known = set(MODULES)
    problems = [p for name, path in MODULES.items() for p in violations(name, path.read_text("utf-8"), known)]
    assert problems == []


@pytest.mark.parametrize(
    ("module", "source", "expected"),
    [
        ("crawler.assess.judge", "from crawler.report.terminal import scan_renderables\n", "imports crawler.report"),
        ("crawler.model.records", "import crawler.fetch.client\n", "imports crawler.fetch.client"),
        ("crawler.report.json_report", "def f():\n    from crawler.scan import scan_site\n", "imports crawler.scan"),
        ("crawler.cli.scan", "from crawler.cli import crawl\n", "imports the command crawler.cli.crawl"),
    ],
    ids=["assess-imports-report", "model-imports-fetch", "lazy-report-imports-scan", "command-imports-command"],
)
def test_a_wrong_way_import_is_caught(module, source, expected):
    found = violations(module, source, set(MODULES))
    assert any(expected in problem for problem in found), found


def test_imports_down_or_sideways_are_allowed():
    known = set(MODULES)
    assert violations("crawler.cli.scan", "from crawler.cli import options\nfrom crawler.scan import x\n", known) == []
    assert violations("crawler.assess.judge", "from crawler.match.title import match_title\n", known) == []
