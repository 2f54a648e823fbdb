"""One record judged alone: the rules of the standard that concern a single record, run by the export validator's
own checks (``engine.check_object``).

A rule whose scope (``schema/rules.yaml``) is structural, record, time, identifier or checksum can be judged from one
record; the others need the whole export (duplicate ids, references, screenings of victims: ``cross_record``), its
container or its envelope, and only ``gpos_standard.validate`` runs them. The generated models call
``record_findings`` from a model validator, so a model and the validator give one verdict on a record.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from .. import schema_info
from ..io.records import _nowhere, json_pointer
from ..resources import current_version
from .context import ExportContext
from .engine import ROOT, check_object
from .report import Issue, Report
from .rules import RULES
from .walk import Finding, RecordScope

__all__ = ["RECORD_SCOPES", "is_record_level", "record_findings", "record_type_and_data", "validate_record"]

# The scopes of the rules that one record (or the envelope alone) can break.
RECORD_SCOPES = frozenset({"structural", "record", "time", "identifier", "checksum"})


def is_record_level(code: str) -> bool:
    """Whether a rule can be judged from one record, without the rest of the export."""
    return RULES[code].scope in RECORD_SCOPES


def record_findings(record: Any, record_type: str, *, version: str | None = None, now: datetime | None = None,
                    member_country: str | None = None) -> list[Finding]:
    """(code, message, path) of every record-level rule a record breaks, warnings included.

    ``member_country``: the region in which national phone numbers are read (an export's member country).
    """
    context = ExportContext(now=now or datetime.now(timezone.utc), default_region=member_country)
    record_id = record.get("id") if isinstance(record, dict) else None
    scope = RecordScope(None, None, record_type, record_id if isinstance(record_id, str) else None, context, _nowhere,
                        True, -1 if record_type == ROOT else 0, version or current_version())
    return [f for f in check_object(record, scope) if is_record_level(f[0])]


def record_type_and_data(record: Any, cls: str | type | None) -> tuple[str, Any]:
    """The class to judge a record by, and the record as a JSON-ready object."""
    if isinstance(cls, type):
        cls = cls.__name__
    if hasattr(record, "model_dump") and hasattr(type(record), "model_fields"):  # one of the generated models
        return cls or type(record).__name__, record.model_dump(mode="json")
    if cls is None:
        named = record.get("record_type") if isinstance(record, dict) else None
        if not isinstance(named, str):
            raise ValueError("name the class of the record (validate_record(record, 'Case')), or give the record "
                             "its record_type, as a JSON Lines record has")
        record = {k: v for k, v in record.items() if k != "record_type"}
        cls = named
    return cls, record


def validate_record(record: Any, cls: str | type | None = None, *, version: str | None = None,
                    now: datetime | None = None, member_country: str | None = None) -> Report:
    """Check one record against the rules that concern one record, without an export around it.

    ``record``: a dict or a model instance. ``cls``: its class (a name such as ``"Case"``, or the model class); when
    None, the model's class or the dict's ``record_type`` key. References, duplicate ids and the other rules that
    need the whole export are not checked: ``gpos_standard.validate`` checks those. An unknown class raises
    ``ValueError``.
    """
    name, data = record_type_and_data(record, cls)
    if name not in schema_info.classes(version):
        raise ValueError(f"{name} is not a class of the standard")
    report = Report(records=1)
    record_id = data.get("id") if isinstance(data, dict) and isinstance(data.get("id"), str) else None
    for code, message, path in record_findings(data, name, version=version, now=now, member_country=member_country):
        report.add(Issue(code=code, message=message, path=json_pointer(path), record_type=name, record_id=record_id))
    return report
