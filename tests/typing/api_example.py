"""A small program using the library's API, type-checked with ``mypy --strict`` by tests/test_api.py."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from pydantic import ValidationError

from gpos_standard import Issue, Report, models, validate, validate_record


def errors_in(path: Path) -> list[str]:
    report: Report = validate(path)
    return [f"{issue.code} {issue.path}: {issue.message}" for issue in report.errors]


def build_case() -> models.Case:
    return models.Case(id="TH-CASE-1", status=models.CaseStatus.received, opened_date=date(2025, 1, 2).isoformat(),
                       lead_agency="TH-ORG-1")


def amount(value: Decimal) -> models.MonetaryAmount:
    return models.MonetaryAmount.model_validate({"amount": value, "currency": "THB"})


def rule_codes(record: dict[str, object]) -> list[str]:
    try:
        models.Case.model_validate(record)
    except ValidationError as exc:
        return [str(error["type"]) for error in exc.errors()]
    return []


def check_all(records: list[models.Case]) -> bool:
    first: Issue | None = next(iter(validate(records).issues), None)
    single: Report = validate_record(records[0])
    return first is None and single.valid and validate(build_case(), {"export_id": "x"}).error_count > 0


def as_json(report: Report) -> str:
    return report.to_json(indent=2)
