"""The field corpus (tests/field/, format in tests/field/README.md): every site folder is served on
127.0.0.1 and scanned by the whole pipeline; every item's verdict must be the annotated one.

A field report becomes a folder, not code.  ``test_field_folder_is_valid`` checks the folders
alone (fast, no scan) so a broken annotation fails with the file and line it is on.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sitekit.folder import Expectation, load_site, site_folders
from tests.sitekit.scan import scan_served

FIELD = Path(__file__).resolve().parent / "field"
FOLDERS = list(site_folders(FIELD))


def _ids(folder: Path) -> str:
    return folder.name


def test_the_corpus_has_sites():
    assert FOLDERS, f"no site folders in {FIELD}"


@pytest.mark.parametrize("folder", FOLDERS, ids=_ids)
def test_field_folder_is_valid(folder, catalog):
    site = load_site(folder, catalog)
    assert set(site.expect) == {item.code for item in catalog.load(site.year).items}
    assert site.annotated, f"{folder.name}: annotates no item (a site exists to exercise some)"


def _table(rows: list[tuple[str, str, str, str, str]]) -> str:
    header = ("item", "expected", "got", "tool's reason", "why (annotation)")
    lines = [" | ".join(header)]
    for code, expected, got, reason, why in rows:
        lines.append(f"{code:4} | {expected:10} | {got:10} | {reason} | {why}")
    return "\n".join(lines)


@pytest.mark.parametrize("folder", FOLDERS, ids=_ids)
def test_field_site(folder, catalog, capsys):
    site = load_site(folder, catalog)
    ruleset = catalog.load(site.year)
    with site.server() as server:
        result = scan_served(server.url("/"), ruleset)
    got = {item.code: item for item in result.items}
    wrong: list[tuple[str, str, str, str, str]] = []
    right_annotated = 0
    now_right: list[str] = []
    for code, expected in site.expect.items():
        item = got.get(code)
        status = item.status.value if item else "(absent)"
        if status == expected.status:
            right_annotated += expected.annotated
            if code in site.known_misses:
                now_right.append(code)
            continue
        if code in site.known_misses:
            continue
        wrong.append((code, expected.status, status, item.reason if item else "", _why(expected)))
    annotated = len(site.annotated)
    with capsys.disabled():
        print(
            f"\nfield {site.name}: {right_annotated}/{annotated} annotated items right, "
            f"{len(site.expect) - len(wrong) - len(site.known_misses) + len(now_right)}/{len(site.expect)} items right"
            + (f" ({len(site.known_misses)} known misses)" if site.known_misses else "")
        )
    if now_right:
        pytest.fail(f"{site.name}: {', '.join(now_right)} now right: remove them from known_misses", pytrace=False)
    if wrong:
        pytest.fail(f"{site.name} ({site.report})\n{_table(wrong)}", pytrace=False)


def _why(expected: Expectation) -> str:
    return f"{expected.why} [{expected.where}]"
