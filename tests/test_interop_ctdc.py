"""CTDC import and export: every column of the CTDC data set is mapped or reported, rows become valid Persons,
registrations and TraffickingScreenings, and what GPOS holds goes back to the same columns."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from gpos_standard.cli import main
from gpos_standard.interop import ImportOptions
from gpos_standard.interop._tables import table
from gpos_standard.interop.ctdc import age, export_document, import_path
from gpos_standard.validation import validate

from conftest import EXPORTS, load_json

SAMPLE = Path(__file__).parent / "data" / "ctdc" / "ctdc-global-sample.csv"
OPTIONS = ImportOptions(member_country="TH")


def _header(path: Path) -> list[str]:
    with path.open(newline="", encoding="utf-8") as handle:
        return next(csv.reader(handle))


def test_every_column_is_mapped_or_listed_as_not_carried() -> None:
    spec = table("ctdc")
    mapped = {spec["id_column"], *spec["columns"], *(c for f in spec["flags"].values() for c in f)}
    assert set(_header(SAMPLE)) <= mapped | set(spec["not_carried"])
    reported = {row["where"] for row in import_path(SAMPLE, OPTIONS).summary()}
    with SAMPLE.open(newline="", encoding="utf-8") as handle:
        filled = {c for row in csv.DictReader(handle) for c, v in row.items() if v not in spec["missing"]}
    for column in filled:  # a column with values either fills a GPOS field or is in the not-carried report
        assert (column in mapped) != (column in reported), column


def test_unknown_columns_and_values_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("yearOfRegistration,gender,ageBroad,favouriteColour,isForcedLabour\n"
                    "2020,Female,about 30,blue,maybe\n2021,-99,48+,-99,1\n,Male,18--20,,1\n")
    result = import_path(path, OPTIONS)
    report = {(r["where"], r["reason"]): r["count"] for r in result.summary()}
    assert report[("favouriteColour", "not a column of the CTDC codebook")] == 1
    assert report[("ageBroad", "not an age range")] == 1
    assert report[("isForcedLabour", "a flag that is neither 1 nor 0")] == 1
    assert report[("yearOfRegistration", "a row without a year of registration cannot be dated")] == 1
    assert result.records_read == 3 and result.records_skipped == 1
    assert validate(result.document).valid


def test_sample_rows_become_valid_records() -> None:
    result = import_path(SAMPLE, OPTIONS)
    document = result.document
    assert validate(document).valid
    assert len(document["persons"]) == len(document["trafficking_screenings"]) == 12
    screening = document["trafficking_screenings"][3]
    assert screening["exploitation_types"] == ["forced_labour", "forced_criminality"]
    assert "threat_of_law_enforcement" in screening["indicators_observed"]
    assert screening["abducted"] is True and screening["country_of_exploitation"] == "KH"
    assert document["person_involvements"][3]["role"] == "tip_victim_forced_criminality"
    assert screening["id"] == "CTDC-TSC-40004" and screening["person"] == "CTDC-PER-40004"  # from case_id
    assert document["persons"][3] | {"id": ""} == {"id": "", "gender": "male", "age_min": 30, "age_max": 38,
                                                  "minor_at_registration": False, "minor_at_exploitation": False,
                                                  "minor_at_entry": False, "nationalities": ["KH"]}


def test_age_ranges() -> None:
    assert age("18--20") == {"age_min": 18, "age_max": 20, "age_band": "age_18_24"}
    assert age("9--17") == {"age_min": 9, "age_max": 17}  # crosses two bands: the range only
    assert age("48+") == {"age_min": 48}
    assert age("unknown") is None


def _rows(document: dict[str, Any]) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(export_document(document, "originating_agency")[0].data.decode())))


def _content(document: dict[str, Any]) -> list[Any]:
    """Persons and screenings without their ids, code lists as sets (the order of the flags is the file's)."""
    def plain(record: dict[str, Any]) -> dict[str, Any]:
        return {k: sorted(v) if isinstance(v, list) else v for k, v in record.items() if k not in ("id", "person")}

    persons = {p["id"]: plain(p) for p in document["persons"]}
    return [(persons[s["person"]], plain(s)) for s in document["trafficking_screenings"]]


def test_round_trip_ctdc_gpos_ctdc(tmp_path: Path) -> None:
    first = import_path(SAMPLE, OPTIONS).document
    path = tmp_path / "again.csv"
    path.write_bytes(export_document(first, "originating_agency")[0].data)
    second = import_path(path, OPTIONS).document
    assert _content(second) == _content(first)
    assert [i["role"] for i in second["person_involvements"]] == [i["role"] for i in first["person_involvements"]]


@pytest.mark.parametrize("path", EXPORTS, ids=lambda p: p.stem)
def test_reference_exports_to_ctdc(path: Path, tmp_path: Path) -> None:
    document = load_json(path)
    rows = _rows(document)
    assert len(rows) == len(document.get("trafficking_screenings", []))
    if rows:
        out = tmp_path / "ctdc.csv"
        out.write_bytes(export_document(document, "originating_agency")[0].data)
        assert validate(import_path(out, OPTIONS).document).valid


def test_forced_online_scamming_goes_to_its_parent_column() -> None:
    document = load_json(next(p for p in EXPORTS if p.stem.startswith("th")))
    row = _rows(document)[0]
    assert document["trafficking_screenings"][0]["exploitation_types"] == ["forced_online_scamming"]
    assert row["typeOfLabourIllicitActivities"] == "1"


def test_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, report = tmp_path / "out.json", tmp_path / "report.json"
    assert main(["import", "ctdc", str(SAMPLE), "-o", str(out), "--member", "TH", "--not-carried", str(report)]) == 0
    assert validate(out).valid
    assert {r["where"] for r in json.loads(report.read_text())["not_carried"]} >= {"meansOfControlConcatenated"}
    assert main(["import", "ctdc", str(SAMPLE), "-o", str(tmp_path / "b.json")]) == 2
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"\xff\xfe\x00garbage")
    assert main(["import", "ctdc", str(bad), "-o", str(tmp_path / "c.json"), "--member", "TH"]) == 2
    csv_out = tmp_path / "x.csv"
    assert main(["export", "ctdc", str(EXPORTS[-1]), "-o", str(csv_out), "--audience", "originating_agency"]) == 0
    assert "Traceback" not in capsys.readouterr().err


CASE_FILE = Path(__file__).parent / "data" / "htcds" / "case-file.json"


def test_htcds_case_file() -> None:
    from gpos_standard.interop.htcds import import_path as import_htcds

    result = import_htcds(CASE_FILE, OPTIONS)
    document = result.document
    assert validate(document).valid
    assert [p["gender"] for p in document["persons"]] == ["female", "male"]
    first = document["trafficking_screenings"][0]
    assert first["exploitation_types"] == ["forced_labour", "forced_criminality"] and first["abducted"] is False
    assert document["trafficking_screenings"][1]["recruiter_relationships"] == ["other"]
    report = {r["where"]: r["reason"] for r in result.summary()}
    assert report == {"caseNotes": "a list or object where the codebook has one value"}


def test_htcds_export_round_trip(tmp_path: Path) -> None:
    from gpos_standard.interop.htcds import export_document as export_htcds
    from gpos_standard.interop.htcds import import_path as import_htcds

    first = import_htcds(CASE_FILE, OPTIONS).document
    path = tmp_path / "again.json"
    path.write_bytes(export_htcds(first, "originating_agency")[0].data)
    assert _content(import_htcds(path, OPTIONS).document) == _content(first)
    path.write_text('{"cases": 1}')
    assert main(["import", "htcds", str(path), "-o", str(tmp_path / "x.json"), "--member", "TH"]) == 2
