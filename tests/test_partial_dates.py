"""Dates known to the month or the year (0.2.0): the <date>_precision convention, its LinkML rules (GPOS-E032), the
date-order rule at the coarser precision (GPOS-E030), the Pydantic models and the redactor agreeing with them."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import pytest
from exports import minimal
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from gpos_standard import models, validate
from gpos_standard.resources import schema_meta
from gpos_standard.sharing.redact import redact

NOW = datetime(2025, 7, 1, tzinfo=timezone.utc)
SUFFIX = "_precision"


def issues_of(doc: dict[str, Any]) -> set[tuple[str, str]]:
    return {(i.code, i.path) for i in validate(doc, now=NOW).issues}


def precision_slots() -> list[tuple[str, str, dict[str, Any]]]:
    return [(cls, name, meta) for cls, info in schema_meta()["classes"].items()
            for name, meta in info["slots"].items() if meta["range"] == "DatePrecision"]


def test_every_precision_slot_follows_the_convention_and_has_its_rules() -> None:
    """<date>_precision sits next to a date or date-time slot <date>, and the class carries the GPOS-E032 rules that
    tie them: precision without date, and month and year (plus day for a date-time) written as the period's start."""
    slots = precision_slots()
    assert len(slots) >= 10
    for cls, name, _ in slots:
        info = schema_meta()["classes"][cls]
        date = name[: -len(SUFFIX)]
        assert name.endswith(SUFFIX) and info["slots"][date]["range"] in ("date", "datetime"), (cls, name)
        rules = [r for r in info["rules"] if r["code"] == "GPOS-E032"
                 and (date in r["preconditions"] or name in r["preconditions"])]
        levels = {r["preconditions"].get(name, {}).get("equals_string") for r in rules}
        expected = {None, "month", "year"} | ({"day"} if info["slots"][date]["range"] == "datetime" else set())
        assert levels == expected, (cls, name, levels)


def with_report(**fields: Any) -> dict[str, Any]:
    doc = minimal()
    doc["scam_reports"][0].update(fields)
    return doc


@pytest.mark.parametrize(("fields", "expected"), [
    # March 2024 known to the year: not out of order with December 2024 or a day in 2024
    ({"first_contact_date": "2024-01-01", "first_contact_date_precision": "year"}, set()),
    ({"first_contact_date": "2024-12-01", "first_contact_date_precision": "month",
      "incident_start_date": "2024-12-01"}, set()),
    ({"first_contact_date": "2024-12-01", "first_contact_date_precision": "year",
      "incident_start_date": "2024-11-15"}, {("GPOS-E032", "/scam_reports/0/first_contact_date")}),
    # same month, reported the other way round: equal at month precision
    ({"first_contact_date": "2024-12-01", "first_contact_date_precision": "month",
      "incident_start_date": "2024-11-30"}, {("GPOS-E030", "/scam_reports/0/incident_start_date")}),
    ({"first_contact_date": "2025-01-01", "first_contact_date_precision": "year",
      "incident_start_date": "2024-12-01"}, {("GPOS-E030", "/scam_reports/0/incident_start_date")}),
    ({"first_contact_date_precision": "year"}, {("GPOS-E032", "/scam_reports/0/first_contact_date")}),
    ({"received_at": "2025-02-03T00:00:00+07:00", "received_at_precision": "day"}, set()),
    ({"received_at": "2025-02-03T10:00:00+07:00", "received_at_precision": "day"},
     {("GPOS-E032", "/scam_reports/0/received_at")}),
    ({"received_at": "2025-02-01T00:00:00+07:00", "received_at_precision": "month",
      "incident_end_date": "2025-02-20"}, set()),
])
def test_partial_dates(fields: dict[str, Any], expected: set[tuple[str, str]]) -> None:
    assert issues_of(with_report(**fields)) == expected


def test_a_precision_without_its_date() -> None:
    doc = minimal()
    doc["persons"][0]["date_of_birth_precision"] = "day"
    assert issues_of(doc) == {("GPOS-E032", "/persons/0")}


@settings(max_examples=40, deadline=None)
@given(st.dates(min_value=datetime(2020, 1, 1).date(), max_value=datetime(2024, 12, 31).date()),
       st.dates(min_value=datetime(2020, 1, 1).date(), max_value=datetime(2024, 12, 31).date()),
       st.sampled_from(["year", "month", "day"]))
def test_order_is_judged_at_the_coarser_precision(first: Any, start: Any, precision: str) -> None:
    keep = {"year": 4, "month": 7, "day": 10}[precision]
    written = first.isoformat()[:keep] + {"year": "-01-01", "month": "-01", "day": ""}[precision]
    doc = with_report(first_contact_date=written, first_contact_date_precision=precision,
                      incident_start_date=start.isoformat())
    out_of_order = written[:keep] > start.isoformat()[:keep]
    assert (("GPOS-E030", "/scam_reports/0/incident_start_date") in issues_of(doc)) == out_of_order


def test_the_models_apply_the_same_rules() -> None:
    person = {"id": "TH-PER-9", "date_of_birth": "1971-01-01", "date_of_birth_precision": "year"}
    models.Person.model_validate(person)
    for broken in ({**person, "date_of_birth": "1971-06-14"}, {"id": "TH-PER-9", "date_of_birth_precision": "year"}):
        with pytest.raises(ValidationError, match="GPOS-E032"):
            models.Person.model_validate(broken)


def test_redaction_keeps_precisions_true() -> None:
    """A date generalised to its month is known to the month; a dropped date takes its precision with it."""
    doc = with_report(first_contact_date="2024-11-02", incident_start_date="2024-01-01",
                      incident_start_date_precision="year")
    doc["persons"][0].update(date_of_birth="1971-01-01", date_of_birth_precision="year")
    out, _ = redact(doc, "partner_law_enforcement", key=b"k" * 32)
    report, person = out["scam_reports"][0], out["persons"][0]
    assert (report["first_contact_date"], report["first_contact_date_precision"]) == ("2024-11-01", "month")
    assert report["incident_start_date_precision"] == "year"
    assert "date_of_birth" not in person and "date_of_birth_precision" not in person
    assert not [i for i in validate(out, now=NOW).issues if i.severity == "error"]
