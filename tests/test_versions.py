"""What ``gpos validate`` does with the standard_version an export declares (the results the versioning guide
documents): a shipped version's rules, a newer patch checked as its known release (GPOS-W003), anything else an
error naming the supported versions (GPOS-E012)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from gpos_standard import validate
from gpos_standard.cli import main
from gpos_standard.resources import supported_versions

from conftest import ROOT, load_json

BASE = ROOT / "reference_data" / "exports" / "0.1.0" / "th_export.json"
ROOT_POINTER = "/standard_version"

# declared version -> (exit code, (code, path) of the issues about the version, words the message must hold)
CASES: dict[str, tuple[int, set[tuple[str, str]], tuple[str, ...]]] = {
    "0.1.0": (0, set(), ()),
    "0.1.7": (0, {("GPOS-W003", ROOT_POINTER)}, ("newer patch", "checked against 0.1.0")),
    "0.0.9": (1, {("GPOS-E012", ROOT_POINTER)}, ("0.1.x and 0.2.x", "gpos upgrade", "checked against 0.2.0")),
    "0.3.0": (1, {("GPOS-E012", ROOT_POINTER)}, ("0.1.x and 0.2.x", "pip install -U gpos-standard")),
    "1.0.0": (1, {("GPOS-E012", ROOT_POINTER)}, ("0.1.x and 0.2.x", "pip install -U gpos-standard")),
    "banana": (1, {("GPOS-E006", ROOT_POINTER)}, ("semantic version",)),
    "": (1, {("GPOS-E002", "")}, ("standard_version",)),  # no standard_version at all
}


def _declaring(version: str, tmp_path: Path) -> Path:
    document: dict[str, Any] = load_json(BASE)
    if version:
        document["standard_version"] = version
    else:
        del document["standard_version"]
    path = tmp_path / f"declares_{version or 'nothing'}.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_the_cases_cover_the_shipped_versions() -> None:
    assert supported_versions() == ["0.1.0", "0.2.0"], "update CASES and the versioning guide for the new version"


@pytest.mark.parametrize("version", list(CASES), ids=lambda v: v or "absent")
def test_declared_version_gives_the_documented_result(version: str, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    exit_code, issues, words = CASES[version]
    path = _declaring(version, tmp_path)
    report = validate(path)
    about_version = {(i.code, i.path) for i in report.issues if i.path in ("", ROOT_POINTER)}
    assert about_version == issues
    assert all(i.code == "GPOS-W004" for i in report.issues if (i.code, i.path) not in issues)
    for word in words:
        assert any(word in i.message for i in report.issues if (i.code, i.path) in issues), word
    assert main(["validate", str(path)]) == exit_code
    capsys.readouterr()


def test_the_rules_of_the_declared_version_apply(tmp_path: Path) -> None:
    """A field deprecated in 0.2.0 is plain in 0.1.0 and draws W004 in 0.2.0; a 0.2.0 field is unknown in 0.1.0."""
    document = load_json(BASE)
    assert not validate(document).issues
    document["standard_version"] = "0.2.0"
    assert {i.code for i in validate(document).issues} == {"GPOS-W004"}
    document["standard_version"] = "0.1.0"
    document["persons"][0]["minor_at_entry"] = True
    assert {(i.code, i.path) for i in validate(document).issues} == {("GPOS-E003", "/persons/0")}


def test_the_versioning_guide_documents_these_results() -> None:
    guide = (ROOT / "docs" / "guides" / "versioning.md").read_text(encoding="utf-8")
    section = guide.split("## Which rules apply to an export", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ") and not line.startswith("| `standard")]
    for version, (exit_code, issues, _) in CASES.items():
        (row,) = [r for r in rows if (f"`{version}`" in r.split("|")[1] if version else r.startswith("| absent"))]
        cells = [c.strip() for c in row.strip("|").split("|")]
        assert cells[-1].startswith(str(exit_code)), row
        assert all(code in cells[1] for code, _ in issues), row
