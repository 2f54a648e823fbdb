"""Structural rules: the generated JSON Schema, run by jsonschema-rs, with each error turned into an Issue.

Messages are written from the schema's own metadata rather than copied from the engine, so they name the
field and what was expected, and never repeat the value of a personal or special-category field.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

import jsonschema_rs

from .. import schema_info
from ..resources import json_schema, schema_meta

_PATTERN_HINTS = {
    "^[A-Z]{2}$": "an ISO 3166-1 alpha-2 country code in upper case, such as TH or NP",
    "^[A-Z]{3}$": "an ISO 4217 currency code in upper case, such as THB or USD",
    "^[a-z]{2,3}$": "an ISO 639 language code in lower case, such as th or bn",
    "^[A-Z]{2}-[A-Z0-9]{1,3}$": "an ISO 3166-2 subdivision code such as TH-10",
    "^[0-9a-f]{64}$": "a SHA-256 digest: 64 lower-case hexadecimal characters",
    "^[A-Z0-9]{2,10}$": "a crypto-asset ticker in upper case, such as USDT",
}
_DATE_RANGES = {
    "date": "a date written YYYY-MM-DD that exists in the calendar",
    "datetime": "an RFC 3339 date-time with seconds and a time-zone offset, such as 2025-03-14T09:21:00+07:00",
}


@cache
def validator_for(definition: str | None) -> Any:
    """The compiled validator of a record type (None: a whole export), built once."""
    schema = json_schema()
    if definition is not None:
        schema = {**schema, "$ref": f"#/$defs/{definition}"}
        for key in ("properties", "required", "additionalProperties", "type"):
            schema.pop(key, None)
    return jsonschema_rs.validator_for(schema, validate_formats=True)



def _describe_pattern(slot: schema_info.SlotAt | None) -> str:
    if slot is None:
        return "the required format"
    if slot.meta["kind"] == "ref" or slot.name == "id" or slot.name == "export_id":
        return f"a record identifier such as TH-CCIB-RPT-2025-000123 (pattern {schema_meta()['record_id_pattern']})"
    pattern = slot.meta.get("pattern")
    if slot.owner == "MonetaryAmount" and slot.name == "amount":
        return 'a non-negative decimal number written as a string, such as "1250.00"'
    if pattern in _PATTERN_HINTS:
        return _PATTERN_HINTS[pattern]
    return f"a value matching {pattern}" if pattern else "the required format"


def _field(slot: schema_info.SlotAt | None, path: tuple[str | int, ...]) -> str:
    if slot is None:
        return "the document" if not path else f"'{path[-1]}'"
    return f"'{slot.name}' of {slot.owner}"


def _show(value: Any, slot: schema_info.SlotAt | None) -> str:
    return schema_info.show(slot, value)


def _convert(error: Any, root: str) -> list[tuple[str, str, tuple[str | int, ...]]]:
    path = tuple(error.instance_path)
    kind = error.kind.name
    detail = error.kind.as_dict()
    slot = schema_info.slot_at(path, root)
    where = _field(slot, path)
    if kind == "required":
        cls = schema_info.class_at(path, root)
        return [("GPOS-E002", f"{cls} is missing the required field '{detail['property']}'", path)]
    if kind == "additionalProperties":
        cls = schema_info.class_at(path, root)
        return [("GPOS-E003", f"{cls} has an unknown field '{name}'", path) for name in detail["unexpected"]]
    if kind == "type":
        if error.instance is None:
            return [("GPOS-E004", f"{where} is null: omit an optional field instead of setting it to null", path)]
        expected = " or ".join(detail["types"])
        return [("GPOS-E004", f"{where} must be of JSON type {expected}", path)]
    if kind == "enum":
        enum = slot.meta["range"] if slot else None
        codelist = schema_meta()["enums"].get(enum, {}).get("codelist", "its") if enum else "its"
        return [("GPOS-E005", f"{_show(error.instance, slot)} is not a code of the {codelist} code list "
                              f"(field {where}; see `gpos codes {codelist}`)", path)]
    if kind in ("pattern", "format"):
        rng = slot.meta["range"] if slot else None
        if rng in _DATE_RANGES:
            return [("GPOS-E007", f"{where} must be {_DATE_RANGES[rng]}", path)]
        return [("GPOS-E006", f"{where} must be {_describe_pattern(slot)}", path)]
    if kind in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        bound = "at least" if "inimum" in kind else "at most"
        return [("GPOS-E008", f"{where} must be {bound} {detail['limit']}", path)]
    if kind in ("minLength", "minItems"):
        return [("GPOS-E009", f"{where} is empty: omit an optional field instead of leaving it empty", path)]
    return [("GPOS-E010", f"{where}: {error.message}", path)]


def check(document: Any, definition: str | None = None) -> Iterator[tuple[str, str, tuple[str | int, ...]]]:
    """Yield (code, message, path) for every structural problem, one per field.

    ``definition`` validates a single record against ``#/$defs/<definition>`` instead of a whole export.
    """
    validator = validator_for(definition)
    if validator.is_valid(document):
        return
    root = definition or schema_info.root_class()
    seen: set[tuple[str, tuple[str | int, ...], str]] = set()
    for error in validator.iter_errors(document):
        for code, message, path in _convert(error, root):
            key = (code, path, message)
            if key not in seen:  # a date failing both pattern and format is one problem
                seen.add(key)
                yield code, message, path
