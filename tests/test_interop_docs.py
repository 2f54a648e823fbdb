"""The crosswalk pages show the converters' own mapping tables: they cannot drift from the code."""

from __future__ import annotations

from pathlib import Path

import pytest

from gpos_standard.interop.crosswalk_tables import PAGES, block

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("name", sorted(PAGES))
def test_crosswalk_page_holds_the_generated_tables(name: str) -> None:
    page = (ROOT / "docs" / "crosswalks" / name).read_text(encoding="utf-8")
    assert block(page) == PAGES[name](), (
        f"docs/crosswalks/{name} differs from the converter's mapping: run "
        "python -m gpos_standard.interop.crosswalk_tables")


def test_readme_shows_the_converter_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in ("gpos export stix", "gpos import stix", "gpos export xarf"):
        assert command in readme
