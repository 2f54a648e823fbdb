"""The command line as a member developer uses it: versions, exit codes, text and JSON reports, code lists."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import gpos_standard
from gpos_standard.cli import main

from conftest import EXPORTS


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "gpos_standard.cli", *args], capture_output=True, text=True,
                          timeout=120)


def test_version_names_package_and_standard() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == (
        f"gpos-standard {gpos_standard.__version__} (GPOS data standard {gpos_standard.standard_version()})"
    )


def test_package_and_standard_versions_agree_with_the_schema() -> None:
    import yaml

    from conftest import ROOT

    schema_version = yaml.safe_load((ROOT / "schema" / "gpos.yaml").read_text(encoding="utf-8"))["version"]
    assert gpos_standard.standard_version() == schema_version
    from gpos_standard.models import STANDARD_VERSION

    assert STANDARD_VERSION == schema_version


def test_missing_path_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(tmp_path / "nope.json")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_unknown_option_is_a_usage_error() -> None:
    assert run("validate", "--bogus", "x.json").returncode == 2


def test_unparsable_file_is_invalid_not_a_crash(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text('{"standard_version": "0.1.0",\n  "export_id": \n', encoding="utf-8")
    assert main(["validate", "--format", "json", str(bad)]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["valid"] is False
    (issue,) = report["issues"]
    assert issue["code"] == "GPOS-E001"
    assert issue["file"] == str(bad)
    assert issue["line"] == 3


def test_json_report_shape(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = json.loads(EXPORTS[0].read_text(encoding="utf-8"))
    doc["scam_reports"][0]["received_at"] = "2025-01-01 10:00"
    doc["persons"][0]["nationalities"] = ["Nepal"]
    path = tmp_path / "x.json"
    path.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    assert main(["validate", "--format", "json", str(path)]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["summary"]["errors"] == 2
    issues = {i["code"]: i for i in report["issues"]}
    date_issue = issues["GPOS-E007"]
    assert date_issue["path"] == "/scam_reports/0/received_at"
    assert date_issue["record_type"] == "ScamReport" and date_issue["record_index"] == 0
    assert date_issue["record_id"] == doc["scam_reports"][0]["id"]
    assert isinstance(date_issue["line"], int) and date_issue["line"] > 1
    lines = path.read_text(encoding="utf-8").splitlines()
    assert '"received_at"' in lines[date_issue["line"] - 1]
    assert set(date_issue) >= {"severity", "code", "message", "file", "path", "line", "url"}
    nationality = issues["GPOS-E040"]
    assert "Nepal" not in nationality["message"], "personal values are never echoed"


def test_text_report_has_a_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(EXPORTS[0])]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert out[-1].startswith("valid: 0 errors")


def test_folder_is_validated_file_by_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--format", "json", str(EXPORTS[0].parent)]) == 0
    documents = sorted(EXPORTS[0].parent.rglob("*.json"))  # the frozen exports of released versions too
    assert len(json.loads(capsys.readouterr().out)["files"]) == len(documents) > len(EXPORTS)


def test_packages_inside_a_folder_are_validated_whole(capsys: pytest.CaptureFixture[str]) -> None:
    from conftest import INVALID_DIR

    assert main(["validate", "--format", "json", str(INVALID_DIR)]) == 1
    files = json.loads(capsys.readouterr().out)["files"]
    packages = [p for p in INVALID_DIR.iterdir() if p.is_dir()]
    assert packages and all(str(p) in files for p in packages)
    assert not any("manifest.json" in f or "export.jsonl" in f for f in files)


def test_codes_lists_and_translates(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["codes"]) == 0
    listing = capsys.readouterr().out
    assert "scam_typology" in listing and "sharing_marking" in listing
    assert main(["codes", "scam_typology", "--lang", "th"]) == 0
    thai = capsys.readouterr().out
    assert "romance_investment" in thai
    assert any("\u0e00" <= ch <= "\u0e7f" for ch in thai), "Thai titles are printed"


def test_unknown_codelist_suggests_a_name(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["codes", "scam_typologies"]) == 2
    assert "scam_typology" in capsys.readouterr().err


def test_import_is_light() -> None:
    heavy = ("pydantic", "jsonschema_rs", "linkml", "yaml")
    code = f"import sys, gpos_standard; print(sorted(m for m in {heavy!r} if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_runtime_does_not_depend_on_linkml() -> None:
    from conftest import ROOT

    tomllib = pytest.importorskip("tomllib")

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    runtime = " ".join(project["dependencies"]).lower()
    assert "linkml" not in runtime
    assert any(d.startswith("linkml") for d in project["optional-dependencies"]["dev"])
