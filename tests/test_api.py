"""The library API a developer can guess: what validate() and validate_record() take, typed reports, public names,
and a type checker that sees the types (py.typed, mypy --strict over a small program)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

import gpos_standard
from gpos_standard import Issue, Report, models, validate, validate_record

from conftest import EXPORTS, ROOT, load_json

CASE = {"id": "TH-CASE-1", "status": "received", "opened_date": "2025-01-02", "lead_agency": "TH-ORG-1"}
ORG = {"id": "TH-ORG-1", "name": "Cyber Crime Investigation Bureau", "organisation_type": "law_enforcement"}
EXPORT = next(p for p in EXPORTS if p.name == "th_export.json")


def codes(report: Report) -> set[str]:
    return {i.code for i in report.issues}


def test_validate_takes_paths_documents_and_export_models() -> None:
    doc = load_json(EXPORT)
    assert validate(EXPORT).valid and validate(str(EXPORT)).valid and validate(doc).valid
    assert validate(models.Export.model_validate(doc)).valid


def test_validate_takes_records_without_an_envelope() -> None:
    organisation = models.Organisation.model_validate(ORG)
    case = models.Case.model_validate(CASE)
    assert validate([case, organisation]).valid
    assert validate([CASE | {"record_type": "Case"}, ORG | {"record_type": "Organisation"}]).valid
    assert codes(validate([case])) == {"GPOS-E021"}  # the lead agency is not among the records
    assert codes(validate(case)) == {"GPOS-E021"}
    assert "GPOS-E020" in codes(validate([case, case, organisation]))
    assert codes(validate([CASE])) == {"GPOS-E011"}  # a dict without its record_type
    assert validate(iter([case, organisation])).records == 2


def test_validate_refuses_what_it_cannot_take() -> None:
    with pytest.raises(TypeError, match="validate\\(\\) takes"):
        validate(42)  # type: ignore[arg-type]


def test_validate_record_checks_one_record_by_its_class_named_or_inferred() -> None:
    assert validate_record(CASE, "Case").valid
    assert validate_record(CASE, models.Case).valid
    assert validate_record(models.Case.model_validate(CASE)).valid
    assert validate_record({**CASE, "record_type": "Case"}).valid
    closed = validate_record({**CASE, "status": "closed", "jurisdictions": ["XX"]}, "Case")
    assert not closed.valid and codes(closed) == {"GPOS-E040", "GPOS-E053"}
    [issue] = [i for i in closed.issues if i.code == "GPOS-E040"]
    assert issue.path == "/jurisdictions/0" and issue.record_type == "Case" and issue.record_id == "TH-CASE-1"
    with pytest.raises(ValueError, match="name the class"):
        validate_record(CASE)
    with pytest.raises(ValueError, match="not a class"):
        validate_record(CASE, "Casebook")


def test_reports_and_issues_are_typed_dataclasses_with_json() -> None:
    report = validate_record({**CASE, "status": "closed"}, "Case")
    assert isinstance(report, Report) and isinstance(report.issues[0], Issue)
    data = json.loads(report.to_json())
    assert data == report.to_dict() and data["valid"] is False
    assert json.loads(report.issues[0].to_json(indent=2))["code"] == "GPOS-E053"


def test_public_names_are_listed_and_visible() -> None:
    for name in gpos_standard.__all__:
        assert name in dir(gpos_standard)
        assert getattr(gpos_standard, name) is not None
    assert {"validate", "validate_record", "Report", "Issue", "models"} <= set(gpos_standard.__all__)
    namespace: dict[str, Any] = {}
    exec("from gpos_standard import *", namespace)
    assert set(gpos_standard.__all__) <= set(namespace)


def test_the_package_is_marked_typed() -> None:
    assert resources.files("gpos_standard").joinpath("py.typed").is_file()


MYPY = [sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent", "--no-error-summary",
        "--cache-dir", str(ROOT / ".mypy_cache")]


@pytest.mark.skipif(shutil.which("mypy") is None and not (Path(sys.executable).parent / "mypy").exists(),
                    reason="mypy is in the dev extra")
def test_mypy_strict_passes_over_a_program_using_the_api(tmp_path: Path) -> None:
    example = ROOT / "tests" / "typing" / "api_example.py"
    result = subprocess.run([*MYPY, str(example)], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    probe = tmp_path / "probe.py"
    probe.write_text("from gpos_standard import validate, validate_record\n"
                     "reveal_type(validate('x.json'))\nreveal_type(validate_record({}, 'Case'))\n", encoding="utf-8")
    revealed = subprocess.run([*MYPY, str(probe)], capture_output=True, text=True, cwd=ROOT).stdout
    assert revealed.count('Revealed type is "gpos_standard.validation.report.Report"') == 2, revealed
