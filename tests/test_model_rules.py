"""The models and the validator judge a record by one implementation: every record-level rule gives the same verdict
(and the same rule codes) from ``Model.model_validate`` and from ``gpos_standard.validate``.

Records come from a list of invalid kinds (tests/data/model_rule_cases.json), from the conformance suite and from
hypothesis. The rules that need other records (references, duplicate ids) are validate()'s alone.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from gpos_standard import models, schema_info, validate
from gpos_standard.resources import current_version
from gpos_standard.validation.record import is_record_level

from conftest import ROOT, load_json
from strategies import RECORD_TYPES, mutated, record

CASES = load_json(Path(__file__).parent / "data" / "model_rule_cases.json")["cases"]
CONFORMANCE = ROOT / "reference_data" / "conformance"
REGION = "TH"
ENVELOPE = {"standard_version": current_version(), "export_id": "TH-EXP-1", "publisher": "TH-ORG-1",
            "member_country": REGION, "created_at": "2025-07-04T10:15:00+07:00",
            "period": {"start_date": "2025-01-01", "end_date": "2025-06-30"}, "sharing_marking": "AMBER",
            "licence": "GPOS data-sharing terms 2025"}


@cache
def _collection_of(cls: str) -> str:
    return next(c for c, t in schema_info.collections().items() if t == cls)


def model_codes(cls: str, data: Any, region: str | None = REGION) -> set[str]:
    """The error types the model raises for a record (the rule codes; a Pydantic type would be a disagreement)."""
    try:
        models.RECORD_TYPES[cls].model_validate(data, context={"member_country": region})
    except ValidationError as exc:
        return {e["type"] for e in exc.errors()}
    return set()


def record_level_errors(issues: Any, prefix: str) -> set[str]:
    return {i.code for i in issues if i.severity == "error" and is_record_level(i.code)
            and (i.path == prefix or i.path.startswith(prefix + "/"))}


def validator_codes(cls: str, data: Any) -> set[str]:
    """The record-level errors validate() reports for a record, in an export of its own."""
    collection = _collection_of(cls)
    report = validate({**ENVELOPE, collection: [data]})
    return record_level_errors(report.issues, f"/{collection}/0")


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["kind"])
def test_models_and_validate_reject_each_kind_of_invalid_record_alike(case: dict[str, Any]) -> None:
    from_models = model_codes(case["class"], case["record"])
    assert case["code"] in from_models
    assert from_models == validator_codes(case["class"], case["record"])


def test_the_list_covers_every_kind_the_issue_names() -> None:
    assert len(CASES) >= 22
    assert sum(c["models_accepted_before"] for c in CASES) >= 10


def test_rule_errors_carry_the_code_the_field_and_no_value() -> None:
    with pytest.raises(ValidationError) as caught:
        models.Person.model_validate({"id": "TH-PER-1", "contact_details": [{"kind": "phone_number",
                                                                              "value": "+66 12"}]})
    [error] = caught.value.errors()
    assert error["type"] == "GPOS-E043" and error["loc"] == ("contact_details", 0, "value")
    assert error["ctx"]["code"] == "GPOS-E043" and error["ctx"]["url"].endswith("/GPOS-E043/")
    assert error["msg"].startswith("GPOS-E043: ") and "+66 12" not in str(caught.value)


def test_an_assignment_that_breaks_a_rule_is_refused_and_undone() -> None:
    case = models.Case(id="TH-CASE-1", status="received", opened_date="2025-01-02", lead_agency="TH-ORG-1")
    with pytest.raises(ValidationError, match="GPOS-E053"):
        case.status = "closed"  # type: ignore[assignment]
    assert case.status == "received"
    closed = models.Case.model_validate({**case.model_dump(), "status": "closed", "closure_reason": "other"})
    assert closed.status == "closed"


def test_rules_that_need_other_records_are_left_to_validate() -> None:
    case = {"id": "TH-CASE-1", "status": "received", "opened_date": "2025-01-02", "lead_agency": "TH-ORG-404"}
    assert model_codes("Case", case) == set() == validator_codes("Case", case)
    report = validate({**ENVELOPE, "cases": [case, case]})
    assert {"GPOS-E020", "GPOS-E021"} <= {i.code for i in report.issues}


def test_national_phone_numbers_are_read_in_the_member_country() -> None:
    person = {"id": "TH-PER-1", "contact_details": [{"kind": "phone_number", "value": "081 234 5678"}]}
    assert model_codes("Person", person, region="TH") == set()
    assert model_codes("Person", person, region=None) == {"GPOS-E043"}
    export = models.Export.model_validate({**ENVELOPE, "persons": [person]})
    assert export.persons is not None


def _conformance_documents() -> list[tuple[str, dict[str, Any]]]:
    suite = load_json(CONFORMANCE / "cases.json")
    out = []
    for case in suite["cases"]:
        if case["format"] != "json" or case["standard_version"] != current_version():
            continue
        try:
            doc = load_json(CONFORMANCE / case["input"])
        except (ValueError, UnicodeDecodeError):
            continue  # not JSON: a reader's case
        if isinstance(doc, dict) and not doc.get("extensions"):  # the models do not know extension fields
            out.append((case["id"], doc))
    return out


CONFORMANCE_DOCS = _conformance_documents()


def test_the_conformance_suite_gives_documents_to_compare() -> None:
    assert len(CONFORMANCE_DOCS) >= 30


@pytest.mark.parametrize("doc", [d for _, d in CONFORMANCE_DOCS], ids=[i for i, _ in CONFORMANCE_DOCS])
def test_models_and_validate_agree_on_every_record_of_the_conformance_cases(doc: dict[str, Any]) -> None:
    report = validate(doc)
    region = doc.get("member_country") if isinstance(doc.get("member_country"), str) else None
    for collection, record_type in schema_info.collections().items():
        records = doc.get(collection)
        if not isinstance(records, list):
            continue
        for index, data in enumerate(records):
            if not isinstance(data, dict):
                continue
            expected = record_level_errors(report.issues, f"/{collection}/{index}")
            assert model_codes(record_type, data, region) == expected, (collection, index)
    envelope_ok = not {i.code for i in report.issues if i.severity == "error" and is_record_level(i.code)}
    try:
        models.Export.model_validate(doc)
        accepted = True
    except ValidationError:
        accepted = False
    assert accepted == envelope_ok


@st.composite
def record_and_type(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    cls = draw(st.sampled_from(RECORD_TYPES))
    doc = draw(record(cls))
    if draw(st.booleans()):
        doc = draw(mutated(doc))
    return cls, doc


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(record_and_type())
def test_models_and_validate_agree_on_generated_records(case: tuple[str, dict[str, Any]]) -> None:
    cls, doc = case
    assert model_codes(cls, doc) == validator_codes(cls, doc), json.dumps(doc, ensure_ascii=False)[:500]
