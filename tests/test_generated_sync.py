"""Principle 1: every generated file matches its sources, and the check notices when one does not."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import ROOT

gpos_build = pytest.importorskip("gpos_build.generate", reason="needs the dev extra (linkml)")
from gpos_build.paths import Layout  # noqa: E402


def test_generated_files_are_up_to_date() -> None:
    stale = gpos_build.stale(Layout(ROOT))
    assert stale == [], f"out of date: {[str(p.relative_to(ROOT)) for p in stale]}; run `make generate`"


def _copy_sources(tmp_path: Path) -> Layout:
    for part in ("schema", "reference_data/codelists", "src/gpos_standard/schema"):
        shutil.copytree(ROOT / part, tmp_path / part)
    shutil.copy(ROOT / "src/gpos_standard/models.py", tmp_path / "src/gpos_standard/models.py")
    return Layout(tmp_path)


def test_check_notices_an_edited_codelist(tmp_path: Path) -> None:
    layout = _copy_sources(tmp_path)
    assert gpos_build.stale(layout) == []
    csv_path = layout.codelist_dir / "scam_typology.csv"
    text = csv_path.read_text(encoding="utf-8")
    csv_path.write_text(text.replace("Romance", "Romantic", 1), encoding="utf-8")
    stale = {p.name for p in gpos_build.stale(layout)}
    assert {"codelists.yaml", "codelists.json"} <= stale
    assert gpos_build.main(["--check", "--root", str(tmp_path)]) == 1


def test_check_notices_an_edited_schema_module(tmp_path: Path) -> None:
    layout = _copy_sources(tmp_path)
    module = layout.schema_dir / "reports.yaml"
    module.write_text(module.read_text(encoding="utf-8").replace("Handling status of the report.", "Status."),
                      encoding="utf-8")
    stale = {p.name for p in gpos_build.stale(layout)}
    assert {"gpos.schema.json", "models.py", "schema_meta.json"} <= stale


def test_generation_is_deterministic(tmp_path: Path) -> None:
    layout = _copy_sources(tmp_path)
    first = gpos_build.render(layout)
    second = gpos_build.render(layout)
    assert {p.name: b for p, b in first.items()} == {p.name: b for p, b in second.items()}
