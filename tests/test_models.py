"""The generated models give conformant documents by default: no nulls, the standard's forms of dates, date-times
and amounts, and an exact round trip of every reference export."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from pydantic import ValidationError

from gpos_standard import models, validate
from gpos_standard.resources import current_version

from conftest import EXPORTS, load_json

TRANSACTION = {"id": "TH-TX-1", "from_account": "TH-ACC-1", "to_account": "TH-ACC-2",
               "payment_method": "bank_transfer_domestic", "amount": {"amount": "1", "currency": "THB"}}
CURRENT = [p for p in EXPORTS if load_json(p)["standard_version"] == current_version()]


def test_there_are_reference_exports_of_the_current_version() -> None:
    assert len(CURRENT) >= 5


@pytest.mark.parametrize("path", CURRENT, ids=lambda p: p.name)
def test_reference_export_round_trips_with_default_arguments(path) -> None:
    doc = load_json(path)
    export = models.Export.model_validate(doc)
    dumped = json.loads(export.model_dump_json())
    assert dumped == doc
    assert export.model_dump() == doc
    assert validate(dumped).valid


def test_unset_optional_fields_are_absent_from_every_dump() -> None:
    case = models.Case(id="TH-CASE-1", status="received", opened_date="2025-01-02", lead_agency="TH-ORG-1")
    expected = {"id": "TH-CASE-1", "status": "received", "opened_date": "2025-01-02", "lead_agency": "TH-ORG-1"}
    assert case.model_dump() == expected
    assert case.model_dump(mode="json") == expected
    assert json.loads(case.model_dump_json()) == expected
    assert "null" not in case.model_dump_json(indent=2)


def test_python_dates_datetimes_and_decimals_are_written_as_the_standard_requires() -> None:
    case = models.Case(id="TH-CASE-1", status="received", opened_date=date(2025, 1, 2), lead_agency="TH-ORG-1")
    assert case.opened_date == "2025-01-02"
    moment = datetime(2025, 3, 14, 9, 21, tzinfo=timezone(timedelta(hours=7)))
    transaction = models.Transaction.model_validate({
        **TRANSACTION, "executed_at": moment, "amount": {"amount": Decimal("1250.00"), "currency": "THB"}})
    dumped = transaction.model_dump()
    assert dumped["executed_at"] == "2025-03-14T09:21:00+07:00"
    assert dumped["amount"] == {"amount": "1250.00", "currency": "THB"}
    assert models.MonetaryAmount(amount=Decimal("1E+3"), currency="USD").amount == "1000"
    assert models.MonetaryAmount(amount=Decimal("0.000001"), currency="USD").amount == "0.000001"
    fraction = datetime(2025, 3, 14, 9, 21, 0, 500000, tzinfo=timezone.utc)
    assert models.Transaction.model_validate({**transaction.model_dump(), "executed_at": fraction}).executed_at == \
        "2025-03-14T09:21:00.500000+00:00"
    assert validate({"standard_version": current_version(), "export_id": "TH-EXP-1", "publisher": "TH-ORG-1",
                     "member_country": "TH", "created_at": "2025-07-01T00:00:00Z", "sharing_marking": "AMBER",
                     "cases": [case.model_dump()]}) is not None


@pytest.mark.parametrize("bad", [
    datetime(2025, 3, 14, 9, 21),  # no time zone
    date(2025, 3, 14),  # a date for a date-time
])
def test_python_values_that_cannot_be_written_as_the_standard_requires_are_refused(bad) -> None:
    with pytest.raises(ValidationError):
        models.Transaction.model_validate({**TRANSACTION, "executed_at": bad})


@pytest.mark.parametrize("bad", [Decimal("-1"), Decimal("NaN"), 12, 1.5, True])
def test_amounts_that_are_not_non_negative_decimals_are_refused(bad) -> None:
    with pytest.raises(ValidationError):
        models.MonetaryAmount(amount=bad, currency="USD")


def test_a_datetime_is_not_taken_for_a_date() -> None:
    with pytest.raises(ValidationError):
        models.Case(id="TH-CASE-1", status="received", opened_date=datetime(2025, 1, 2, tzinfo=timezone.utc),
                    lead_agency="TH-ORG-1")


def test_error_messages_do_not_repeat_values() -> None:
    with pytest.raises(ValidationError) as caught:
        models.Person.model_validate({"id": "TH-PER-1", "date_of_birth": "Somchai 1971"})
    assert "Somchai" not in str(caught.value)
