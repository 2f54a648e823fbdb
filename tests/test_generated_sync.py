"""Principle 1: every generated file matches its sources, and the check notices when one does not."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from gpos_standard.resources import current_version

from conftest import ROOT

gpos_build = pytest.importorskip("gpos_build.generate", reason="needs the dev extra (linkml)")
from gpos_build.codelists import CodelistError  # noqa: E402
from gpos_build.paths import Layout  # noqa: E402


@pytest.fixture(scope="module")
def rendered() -> dict[Path, bytes]:
    return gpos_build.render(Layout(ROOT))


def test_generated_files_are_up_to_date(rendered: dict[Path, bytes]) -> None:
    stale = [p for p, data in rendered.items() if not p.exists() or p.read_bytes() != data]
    assert stale == [], f"out of date: {[str(p.relative_to(ROOT)) for p in stale]}; run `make generate`"


def test_every_supported_version_ships_its_artefacts(rendered: dict[Path, bytes]) -> None:
    layout = Layout(ROOT)
    versions = {p.parent.name for p in rendered if p.parent.parent == layout.package_schema_dir}
    assert current_version() in versions
    assert {f.name for f in layout.release_dirs()} <= versions
    for version in versions:
        names = {p.name for p in rendered if p.parent == layout.version_dir(version)}
        assert names == {"gpos.schema.json", "schema_meta.json", "codelists.json", "gpos.linkml.yaml",
                         "gpos.context.jsonld", "gpos.sql"}, version


def _copy_sources(tmp_path: Path) -> Layout:
    shutil.copytree(ROOT / "schema", tmp_path / "schema", ignore=shutil.ignore_patterns("releases"))
    for part in ("reference_data/codelists", "reference_data/iso", "src/gpos_standard/schema"):
        shutil.copytree(ROOT / part, tmp_path / part)
    shutil.copy(ROOT / "src/gpos_standard/models.py", tmp_path / "src/gpos_standard/models.py")
    return Layout(tmp_path)


def skip_linkml_generators(monkeypatch: pytest.MonkeyPatch) -> None:
    """LinkML's JSON-LD and SQL generators take minutes on an edited schema (whose output is not remembered yet);
    the tests that edit the schema are about other files."""
    from gpos_build import linkml_artefacts

    monkeypatch.setattr(linkml_artefacts, "_remembered", lambda model, kind, make: b"(not generated in this test)\n")


def test_check_notices_an_edited_codelist_and_schema_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    skip_linkml_generators(monkeypatch)
    layout = _copy_sources(tmp_path)
    csv_path = layout.codelist_dir / "scam_typology.csv"
    csv_path.write_text(csv_path.read_text(encoding="utf-8").replace("Romance", "Romantic", 1), encoding="utf-8")
    module = layout.schema_dir / "reports.yaml"
    module.write_text(module.read_text(encoding="utf-8").replace("Handling status of the report.", "Status."),
                      encoding="utf-8")
    stale = {str(p.relative_to(tmp_path)) for p in gpos_build.stale(layout, releases=False)}
    folder = f"src/gpos_standard/schema/{current_version()}"
    assert {"schema/codelists.yaml", f"{folder}/codelists.json", f"{folder}/gpos.schema.json",
            f"{folder}/schema_meta.json", f"{folder}/gpos.linkml.yaml", "src/gpos_standard/models.py"} <= stale
    assert "schema/iso.yaml" not in stale


def test_generation_is_deterministic(rendered: dict[Path, bytes]) -> None:
    again = gpos_build.render(Layout(ROOT), releases=False)
    assert again and all(rendered[p] == data for p, data in again.items())


def test_a_released_version_cannot_change_under_its_number(tmp_path: Path) -> None:
    from gpos_build.generate import _check_release_unchanged

    releases = Layout(ROOT).release_dirs()
    if not releases:
        pytest.skip("no release yet")
    release = releases[-1]
    working = tmp_path / "schema"
    shutil.copytree(release, working)  # the working schema carries the release's number...
    _check_release_unchanged(release, working)  # ...which it may while it is identical
    edited = working / "reports.yaml"
    edited.write_text(edited.read_text(encoding="utf-8").replace("Handling status of the report.", "Status."),
                      encoding="utf-8")
    with pytest.raises(CodelistError, match="released and frozen"):
        _check_release_unchanged(release, working)
