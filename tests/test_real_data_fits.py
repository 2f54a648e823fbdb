"""What 0.2.0 adds so that real data fits: victims registered without a report or case, records without a received
date, ages as ranges, sanctions designations, and the minor-release promise (every 0.1.0 export stays valid)."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

import pytest
from exports import minimal

from gpos_build.examples.invalid import DELETE, set_at
from gpos_standard import validate
from gpos_standard.resources import codelists, current_version

from conftest import ROOT

NOW = datetime(2025, 7, 15, tzinfo=timezone.utc)  # after every date of the reference exports
RELEASED_EXPORTS = sorted((ROOT / "reference_data" / "exports" / "0.1.0").glob("*.json"))


def issues_of(doc: dict[str, Any]) -> set[tuple[str, str]]:
    return {(i.code, i.path) for i in validate(doc, now=NOW).issues}


def changed(*changes: tuple[str, Any]) -> dict[str, Any]:
    doc = minimal()
    for path, value in changes:
        set_at(path, value)(doc)
    return doc


REGISTERED = {"id": "TH-INV-1", "person": "TH-PER-1", "role": "defrauded_victim", "registered_by": "TH-ORG-RTP",
              "registration_date": "2025-03-01", "registration_date_precision": "month", "record_source": "hotline"}


@pytest.mark.parametrize(("involvement", "expected"), [
    (REGISTERED, set()),
    ({**REGISTERED, "role": "presumed_tip_victim"}, set()),
    ({**REGISTERED, "role": "tip_victim"}, {("GPOS-E051", "/person_involvements/0/role")}),  # needs a screening
    ({**REGISTERED, "role": "witness"}, {("GPOS-E054", "/person_involvements/0/role")}),
    ({k: v for k, v in REGISTERED.items() if k != "registered_by"}, {("GPOS-E054", "/person_involvements/0")}),
    ({**REGISTERED, "role": "suspected_perpetrator", "case": "TH-CASE-1"}, set()),  # a case: as in 0.1.0
])
def test_victims_registered_without_a_report_or_case(involvement: dict[str, Any],
                                                     expected: set[tuple[str, str]]) -> None:
    assert issues_of(changed(("/person_involvements/0", involvement))) == expected


@pytest.mark.parametrize(("changes", "expected"), [
    ((("/scam_reports/0/received_at", DELETE), ("/scam_reports/0/received_at_unknown", True)), set()),
    ((("/scam_reports/0/received_at", DELETE),), {("GPOS-E055", "/scam_reports/0")}),
    ((("/scam_reports/0/received_at_unknown", True),), {("GPOS-E055", "/scam_reports/0")}),
    ((("/scam_reports/0/received_at_unknown", False),), {("GPOS-E055", "/scam_reports/0")}),
    ((("/scam_reports/0/received_at", DELETE), ("/scam_reports/0/received_at_unknown", False)),
     {("GPOS-E055", "/scam_reports/0/received_at_unknown")}),
])
def test_a_report_says_when_it_was_received_or_that_it_is_not_known(changes: tuple[tuple[str, Any], ...],
                                                                    expected: set[tuple[str, str]]) -> None:
    assert issues_of(changed(*changes)) == expected


@pytest.mark.parametrize(("low", "high", "expected"), [
    (9, 17, set()), (48, None, set()), (30, 30, set()), (26, 24, {("GPOS-E056", "/persons/1/age_max")}),
    (-1, 5, {("GPOS-E008", "/persons/1/age_min")}),
])
def test_ages_as_source_ranges(low: int, high: int | None, expected: set[tuple[str, str]]) -> None:
    doc = changed(("/persons/1/age_min", low))
    if high is not None:
        set_at("/persons/1/age_max", high)(doc)
    assert issues_of(doc) == expected


DESIGNATION = {"id": "TH-SAN-1", "authority": "ofac", "status": "active", "programmes": ["CYBER2"],
               "listing_date": "2025-05-05", "designated_accounts": ["TH-ACC-1"]}


@pytest.mark.parametrize(("designation", "expected"), [
    (DESIGNATION, set()),
    ({**DESIGNATION, "designated_accounts": None}, set()),  # the subject is not in the export
    ({**DESIGNATION, "status": "delisted"}, {("GPOS-E057", "/sanctions_designations/0")}),
    ({**DESIGNATION, "status": "delisted", "delisting_date": "2025-06-01", "delisting_reason": "court_annulment"},
     set()),
    ({**DESIGNATION, "delisting_date": "2025-01-01"}, {("GPOS-E030", "/sanctions_designations/0/delisting_date")}),
    ({**DESIGNATION, "designated_person": "TH-ACC-2"}, {("GPOS-E022", "/sanctions_designations/0/designated_person")}),
])
def test_sanctions_designations(designation: dict[str, Any], expected: set[tuple[str, str]]) -> None:
    entry = {k: v for k, v in designation.items() if v is not None}
    assert issues_of(changed(("/sanctions_designations", [entry]))) == expected


@pytest.mark.parametrize("path", RELEASED_EXPORTS, ids=lambda p: p.name)
def test_every_released_export_is_valid_under_the_working_version(path: Any) -> None:
    """A minor release only adds and widens: a 0.1.0 export declaring the working version has no error."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["standard_version"] = current_version()
    errors = [(i.code, i.path) for i in validate(doc, now=NOW).issues if i.severity == "error"]
    assert errors == []


# --- crosswalks to counter-trafficking case data (CTDC / HTCDS) ------------------------------------------------------

CTDC_MEANS_OF_CONTROL = [
    "DebtBondage", "TakesEarnings", "RestrictsFinancialAccess", "Threats", "PsychologicalAbuse", "PhysicalAbuse",
    "SexualAbuse", "FalsePromises", "PsychoactiveSubstances", "RestrictsMovement", "RestrictsMedicalCare",
    "ExcessiveWorkingHours", "UsesChildren", "ThreatOfLawEnforcement", "WithholdsNecessities", "WithholdsDocuments",
    "Other"]
CTDC_EXPLOITATION = [
    "isForcedLabour", "isSexualExploit", "isOtherExploit", "isForcedMarriage", "isForcedMilitary", "isOrganRemoval",
    "isSlaveryAndPractices", "typeOfLabourAgriculture", "typeOfLabourAquafarming", "typeOfLabourBegging",
    "typeOfLabourConstruction", "typeOfLabourDomesticWork", "typeOfLabourHospitality",
    "typeOfLabourIllicitActivities", "typeOfLabourManufacturing", "typeOfLabourMiningOrDrilling",
    "typeOfLabourPeddling", "typeOfLabourTransportation", "typeOfLabourOther", "typeOfSexProstitution",
    "typeOfSexPornography", "typeOfSexRemoteInteractiveServices", "typeOfSexPrivateSexualServices"]


def _exact(codelist: str) -> dict[str, list[str]]:
    """CTDC value -> the current codes that map to it exactly (deprecated codes left out)."""
    out: dict[str, list[str]] = {}
    for code in codelists()[codelist]["codes"]:
        values = code["crosswalk"].get("htcds", [])
        plain = [v for v in values if not v.startswith("~")]
        if len(plain) == 1 and not code["deprecated"]:
            out.setdefault(plain[0], []).append(code["code"])
    return out


@pytest.mark.parametrize(("codelist", "values"), [("trafficking_indicator", CTDC_MEANS_OF_CONTROL),
                                                  ("exploitation_type", CTDC_EXPLOITATION)])
def test_every_ctdc_category_has_exactly_one_gpos_code(codelist: str, values: list[str]) -> None:
    """No two CTDC categories collapse into one GPOS code, and none is left without one."""
    exact = _exact(codelist)
    assert {v: exact.get(v) for v in values} == {v: exact[v][:1] for v in values}
    assert all(len(exact[v]) == 1 for v in values)


def test_ctdc_broad_ages_map_to_bands_only_partially() -> None:
    """CTDC's broad ages (9--17, 24--26, 30--38, 48+...) cross the GPOS bands: every mapping is a close one."""
    for code in codelists()["age_band"]["codes"]:
        assert all(v.startswith("~") for v in code["crosswalk"].get("htcds", [])), code["code"]
    nine_to_17 = {c["code"] for c in codelists()["age_band"]["codes"] if "~9--17" in c["crosswalk"].get("htcds", [])}
    assert nine_to_17 == {"age_00_11", "age_12_17"}
