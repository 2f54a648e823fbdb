"""Each semantic rule fires where it should, names the right path, and nothing fires on valid data."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

import pytest
from exports import minimal

from gpos_build.examples.invalid import DELETE, set_at
from gpos_standard import validate

NOW = datetime(2025, 7, 1, tzinfo=timezone.utc)
Mutation = Callable[[dict[str, Any]], None]


def issues_of(doc: dict[str, Any]) -> set[tuple[str, str]]:
    return {(i.code, i.path) for i in validate(doc, now=NOW).issues}


def test_minimal_export_is_clean() -> None:
    assert issues_of(minimal()) == set()



CASES: dict[str, tuple[Mutation, set[tuple[str, str]]]] = {
    "duplicate id": (set_at("/persons/1/id", "TH-CASE-1"), {("GPOS-E020", "/persons/1/id"),
                                                          # references to TH-PER-2 no longer resolve
                                                          ("GPOS-E021", "/person_involvements/1/person"),
                                                          ("GPOS-E021", "/person_involvements/2/person"),
                                                          ("GPOS-E021", "/trafficking_screenings/0/person"),
                                                          ("GPOS-E021", "/non_punishment_assessments/0/person")}),
    "dangling reference": (set_at("/scam_reports/0/case", "TH-CASE-9"), {("GPOS-E021", "/scam_reports/0/case")}),
    "wrong target type": (set_at("/cases/0/lead_agency", "TH-PER-1"), {("GPOS-E022", "/cases/0/lead_agency")}),
    "closed before opened": (set_at("/cases/0/closed_date", "2025-01-01"), {("GPOS-E030", "/cases/0/closed_date")}),
    "incident after report": (set_at("/scam_reports/0/incident_end_date", "2025-02-04"),
                              {("GPOS-E030", "/scam_reports/0/received_at")}),
    "future": (set_at("/cases/0/opened_date", "2031-01-01"), {("GPOS-E031", "/cases/0/opened_date")}),
    "unknown country": (set_at("/persons/1/nationalities/0", "QQ"),
                        {("GPOS-E040", "/persons/1/nationalities/0")}),
    "unknown currency": (set_at("/scam_reports/0/losses/0/currency", "ABC"),
                         {("GPOS-E041", "/scam_reports/0/losses/0/currency")}),
    "unknown language": (set_at("/scam_reports/0/narrative_language", "qq"),
                         {("GPOS-E042", "/scam_reports/0/narrative_language")}),
    "bad phone": (set_at("/persons/0/contact_details/0/value", "+6612"),
                  {("GPOS-E043", "/persons/0/contact_details/0/value")}),
    "bad email": (set_at("/persons/0/contact_details/0", {"kind": "email_address", "value": "somchai@@mail"}),
                  {("GPOS-E044", "/persons/0/contact_details/0/value")}),
    "bad domain": (set_at("/indicators/0/value", "not a domain"), {("GPOS-E045", "/indicators/0/value")}),
    "bad iban": (set_at("/financial_accounts/1/iban", "AE070331234567890123457"),
                 {("GPOS-E046", "/financial_accounts/1/iban")}),
    "bad bic": (set_at("/financial_accounts/1/bic", "DEUTQQFF"), {("GPOS-E047", "/financial_accounts/1/bic")}),
    "bad wallet": (set_at("/financial_accounts/0/wallet_address", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u"),
                   {("GPOS-E048", "/financial_accounts/0/wallet_address")}),
    "no non-punishment": (set_at("/non_punishment_assessments", DELETE),
                          {("GPOS-E050", "/person_involvements/2/role")}),
    "no screening": (set_at("/trafficking_screenings", DELETE),
                     {("GPOS-E051", "/person_involvements/1/role")}),
    "amount without unit": (set_at("/scam_reports/0/losses/0/currency", DELETE),
                            {("GPOS-E052", "/scam_reports/0/losses/0")}),
    "closed without reason": (set_at("/cases/0/status", "closed"), {("GPOS-E053", "/cases/0")}),
    "involved in a report only": (set_at("/person_involvements/0/case", DELETE), set()),
    "open code list": (set_at("/scam_reports/0/platforms/0", "myspace_revival"),
                       {("GPOS-W001", "/scam_reports/0/platforms/0")}),
    "non-canonical indicator": (set_at("/indicators/0/normalised_value", "Example-Scam.com"),
                                {("GPOS-W002", "/indicators/0/normalised_value")}),
}


@pytest.mark.parametrize("name", CASES)
def test_rule_fires_exactly_where_expected(name: str) -> None:
    mutate, expected = CASES[name]
    doc = minimal()
    mutate(doc)
    assert issues_of(doc) == expected


def test_involvement_in_nothing() -> None:
    doc = minimal()
    del doc["person_involvements"][0]["case"]
    del doc["person_involvements"][0]["report"]
    assert issues_of(doc) == {("GPOS-E054", "/person_involvements/0")}


def test_warnings_do_not_make_an_export_invalid() -> None:
    doc = minimal()
    doc["scam_reports"][0]["platforms"] = ["myspace_revival"]
    report = validate(doc, now=NOW)
    assert report.valid and report.warning_count == 1


@pytest.mark.parametrize("path,value", [
    ("/persons/0/contact_details/0/value", "+6612"),
    ("/persons/1/nationalities/0", "QQ"),
    ("/financial_accounts/1/iban", "AE070331234567890123457"),
])
def test_messages_never_echo_personal_values(path: str, value: str) -> None:
    doc = minimal()
    set_at(path, value)(doc)
    report = validate(doc, now=NOW)
    assert report.issues
    for issue in report.issues:
        assert value not in issue.message
        assert value.lstrip("+") not in issue.message


def test_issue_carries_record_and_location() -> None:
    doc = minimal()
    doc["cases"][0]["closed_date"] = "2025-01-01"
    (issue,) = validate(doc, now=NOW).issues
    assert issue.record_type == "Case" and issue.record_index == 0 and issue.record_id == "TH-CASE-1"
    assert issue.severity == "error" and issue.url.endswith("/GPOS-E030/")
