"""The crosswalk pages show the converters' own mapping tables: a page that drifts from a table fails here
(rewrite with `python -m gpos_standard.interop.docs`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from gpos_standard.interop import docs
from gpos_standard.interop._tables import table

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("rel", list(docs.PAGES))
def test_page_shows_the_converter_table(rel: str) -> None:
    text = (ROOT / rel).read_text(encoding="utf-8")
    assert docs.START in text, f"{rel} has no converter table; run python -m gpos_standard.interop.docs"
    assert docs.render(text, docs.PAGES[rel]()) == text, f"{rel} is out of date"


def test_every_mapped_name_is_on_the_pages() -> None:
    misp = (ROOT / "docs/crosswalks/misp.md").read_text(encoding="utf-8")
    for code, spec in table("misp")["indicators"].items():
        assert f"indicator `{code}` | `{spec['object']}` | `{spec['relation']}`" in misp
    htcds = (ROOT / "docs/crosswalks/htcds.md").read_text(encoding="utf-8")
    spec = table("ctdc")
    for column in [*spec["columns"], *spec["not_carried"], *(c for f in spec["flags"].values() for c in f)]:
        assert f"`{column}`" in htcds, column


def test_render_replaces_only_the_block() -> None:
    page = f"intro\n\n{docs.START}\nold\n{docs.END}\nafter\n"
    assert docs.render(page, "new\n") == f"intro\n\n{docs.START}\nnew\n{docs.END}\nafter\n"
