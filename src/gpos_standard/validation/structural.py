"""Structural rules: the generated JSON Schema of the export's version, run by jsonschema-rs, each error an Issue.

Rule codes come from the schema: a class rule carries its code (``x-gpos-rule``), an ISO code set its code
(``rule``), a type the code of its pattern (``pattern_rule``, for example GPOS-E007 for dates). Messages are written
from the schema's own metadata rather than copied from the engine, so they name the field and what was expected,
and never repeat the value of a personal or special-category field.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

import jsonschema_rs

from .. import schema_info
from ..i18n import N_, tr
from ..resources import current_version, json_schema, schema_meta

# Every pattern of the standard ends "$(?![\s\S])" so that Python's, Java's and .NET's engines reject a trailing
# newline. jsonschema-rs's engine reads "$" as the end of the text already, and runs the look-ahead four times
# slower, so it gets the plain form: the same strings match.
PORTABLE_END = "$(?![\\s\\S])"

_TYPE_HINTS = {
    "RecordId": N_("a record identifier such as TH-CCIB-RPT-2025-000123"),  # the type's name in 0.1.0
    "RecordIdentifier": N_("a record identifier such as TH-CCIB-RPT-2025-000123"),
    "DecimalAmount": N_('a non-negative decimal number written as a string, such as "1250.00"'),
    "SemVer": N_("a semantic version such as 0.2.0"),
    "Sha256Hex": N_("a SHA-256 digest: 64 lower-case hexadecimal characters"),
    "CryptoTicker": N_("a crypto-asset ticker in upper case, such as USDT"),
    "IbanCode|Pseudonym": N_("an IBAN without spaces, such as TH..., or a pseudonym written by gpos redact"),
    "OpenCode": N_("a code in lower case with underscores"),
}
_DATE_RANGES = {
    "date": N_("a date written YYYY-MM-DD that exists in the calendar"),
    "datetime": N_("an RFC 3339 date-time with seconds and a time-zone offset, such as 2025-03-14T09:21:00+07:00"),
}
_ISO_TITLES = {"GPOS-E040": N_("{field}: {value} is not an ISO 3166 country or subdivision code"),
               "GPOS-E041": N_("{field}: {value} is not an ISO 4217 currency code"),
               "GPOS-E042": N_("{field}: {value} is not an ISO 639 language code")}
EMPTY = N_("{field} is empty: omit an optional field instead of leaving it empty")
Finding = tuple[str, str, tuple[str | int, ...]]


def _for_engine(node: Any) -> Any:
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "pattern" and isinstance(value, str) and value.endswith(PORTABLE_END):
                value = value[: -len(PORTABLE_END)] + "$"
            elif key == "patternProperties":
                value = {(k[: -len(PORTABLE_END)] + "$" if k.endswith(PORTABLE_END) else k): _for_engine(v)
                         for k, v in value.items()}
                out[key] = value
                continue
            out[key] = _for_engine(value)
        return out
    if isinstance(node, list):
        return [_for_engine(v) for v in node]
    return node


def _extension_fields(node: Any, allowed: dict[str, Any] | None) -> Any:
    """The schema with extension fields allowed only for the declared prefixes (none: no extension field at all)."""
    if isinstance(node, dict):
        out = {k: _extension_fields(v, allowed) for k, v in node.items() if k != "patternProperties"}
        if "patternProperties" in node and allowed:
            out["patternProperties"] = allowed
        return out
    if isinstance(node, list):
        return [_extension_fields(v, allowed) for v in node]
    return node


@cache
def _engine_schema(version: str | None, prefixes: tuple[str, ...] = ()) -> dict[str, Any]:
    schema = _for_engine(json_schema(version))
    allowed = {f"^(?:{'|'.join(prefixes)}):[a-z][a-z0-9_]*$": {}} if prefixes else None
    return _extension_fields(schema, allowed)  # type: ignore[no-any-return]


def validator_for(definition: str | None, version: str | None = None, prefixes: tuple[str, ...] = ()) -> Any:
    """The compiled validator of a record type (None: a whole export) in one version, built once. ``prefixes``:
    the prefixes of the extensions the export declares, whose fields (prefix:field) are accepted."""
    return _validator(definition, version or current_version(), prefixes)


@cache
def _validator(definition: str | None, version: str, prefixes: tuple[str, ...]) -> Any:
    schema = _engine_schema(version, prefixes)
    if definition is not None:
        schema = {**schema, "$ref": f"#/$defs/{definition}"}
        for key in ("properties", "required", "additionalProperties", "patternProperties", "type"):
            schema.pop(key, None)
    return jsonschema_rs.validator_for(schema, validate_formats=True)


@cache
def _rule_nodes(version: str | None) -> dict[tuple[Any, ...], tuple[str, str]]:
    """Schema path of each class rule -> (rule code, its description)."""
    found: dict[tuple[Any, ...], tuple[str, str]] = {}

    def walk(node: Any, path: tuple[Any, ...]) -> None:
        if isinstance(node, dict):
            if "x-gpos-rule" in node:
                found[path] = (node["x-gpos-rule"], node.get("description", ""))
            for key, value in node.items():
                walk(value, (*path, key))
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, (*path, i))

    walk(json_schema(version), ())
    return found


def _rule_of(schema_path: tuple[Any, ...], version: str | None) -> tuple[str, str] | None:
    nodes = _rule_nodes(version)
    for end in range(len(schema_path), 0, -1):
        rule = nodes.get(schema_path[:end])
        if rule is not None:
            return rule
    return None


_PRECISION = (  # the class rules the generator writes for each partial date, one template per form
    (re.compile(r"^(\w+)_precision is given but \1 is not\.$"),
     N_("{field}_precision is given but {field} is not.")),
    (re.compile(r"^(\w+)_precision is year, so \1 must be the first day of the year \(YYYY-01-01\)\.$"),
     N_("{field}_precision is year, so {field} must be the first day of the year (YYYY-01-01).")),
    (re.compile(r"^(\w+)_precision is month, so \1 must be the first day of the month \(YYYY-MM-01\)\.$"),
     N_("{field}_precision is month, so {field} must be the first day of the month (YYYY-MM-01).")),
    (re.compile(r"^(\w+)_precision is year, so \1 must be the first day of the year \(YYYY-01-01T00:00:00\)\.$"),
     N_("{field}_precision is year, so {field} must be the first day of the year (YYYY-01-01T00:00:00).")),
    (re.compile(r"^(\w+)_precision is month, so \1 must be the first day of the month \(YYYY-MM-01T00:00:00\)\.$"),
     N_("{field}_precision is month, so {field} must be the first day of the month (YYYY-MM-01T00:00:00).")),
    (re.compile(r"^(\w+)_precision is day, so \1 must be at 00:00:00 \(YYYY-MM-DDT00:00:00 with its offset\)\.$"),
     N_("{field}_precision is day, so {field} must be at 00:00:00 (YYYY-MM-DDT00:00:00 with its offset).")),
)


def rule_message(description: str) -> str:
    """A class rule's description (schema) as a translatable message; the message catalogue takes the
    descriptions of every class rule through this function."""
    for pattern, template in _PRECISION:
        match = pattern.match(description)
        if match:
            return tr(template, field=match.group(1))
    text = description[:1].lower() + description[1:]
    return tr(text)


def _describe(slot: schema_info.SlotAt | None) -> str:
    if slot is None:
        return tr("the required format")
    type_name = slot.meta.get("type")
    if slot.meta["kind"] == "enum" and slot.meta.get("open"):
        enum = schema_meta(slot.version)["enums"].get(slot.meta["range"], {})
        return tr("a code of the {codelist} code list, or a new code in lower case with underscores",
                  codelist=enum.get("codelist"))
    if type_name in _TYPE_HINTS:
        return tr(_TYPE_HINTS[type_name])
    pattern = slot.meta.get("pattern")
    if type_name:
        description = schema_meta(slot.version)["types"].get(type_name, {}).get("description", "")
        first = description.split(". ")[0].rstrip(".")
        if first:  # the schema's own description of the type: English only
            return f"{first[0].lower()}{first[1:]} (pattern {pattern})" if pattern else first
    return tr("a value matching {pattern}", pattern=pattern) if pattern else tr("the required format")


def _field(slot: schema_info.SlotAt | None, path: tuple[str | int, ...]) -> str:
    if slot is None:
        return tr("the document") if not path else f"'{path[-1]}'"
    return schema_info.label(slot.name, slot.owner)


def _show(value: Any, slot: schema_info.SlotAt | None) -> str:
    return schema_info.show(slot, value)


def _pattern_rule(slot: schema_info.SlotAt | None, instance: Any) -> str:
    if instance == "":
        return "GPOS-E009"
    type_name = slot.meta.get("type") if slot else None
    types = schema_meta(slot.version)["types"] if slot else {}
    return str(types.get(type_name, {}).get("pattern_rule", "GPOS-E006"))


def _convert(error: Any, root: str, version: str | None) -> list[Finding]:
    path = tuple(error.instance_path)
    kind = error.kind.name
    detail = error.kind.as_dict()
    rule = _rule_of(tuple(error.schema_path), version)
    if rule is not None:
        cls = schema_info.class_at(path, root, version)
        return [(rule[0], tr("{record}: {rule}", record=cls, rule=rule_message(rule[1])) if rule[1]
                 else tr("{record} breaks {rule}", record=cls, rule=rule[0]), path)]
    slot = schema_info.slot_at(path, root, version)
    where = _field(slot, path)
    if kind == "required":
        cls = schema_info.class_at(path, root, version)
        return [("GPOS-E002", tr("{record} is missing the required field '{field}'", record=cls,
                                 field=detail["property"]), path)]
    if kind == "additionalProperties":
        cls = schema_info.class_at(path, root, version)
        return [("GPOS-E003", tr("{record} has an unknown field '{field}': no extension with the prefix {prefix} is "
                                 "declared in the export's extensions", record=cls, field=name,
                                 prefix=repr(name.split(":")[0])) if ":" in name
                 else tr("{record} has an unknown field '{field}'", record=cls, field=name), path)
                for name in detail["unexpected"]]
    if kind == "type":
        if error.instance is None:
            if slot is not None and slot.meta.get("required") and not isinstance(path[-1] if path else None, int):
                return [("GPOS-E004", tr("{field} is null: it is required, give its value", field=where), path)]
            return [("GPOS-E004", tr("{field} is null: omit an optional field instead of setting it to null",
                                     field=where), path)]
        expected = " or ".join(detail["types"])
        return [("GPOS-E004", tr("{field} must be of JSON type {expected}", field=where, expected=expected), path)]
    if kind == "enum":
        if error.instance == "":
            return [("GPOS-E009", tr(EMPTY, field=where), path)]
        enum_name = slot.meta["range"] if slot else None
        enum = schema_meta(version)["enums"].get(enum_name, {}) if enum_name else {}
        if enum.get("rule"):
            template = _ISO_TITLES.get(enum["rule"], N_("{field}: {value} is not a known code"))
            return [(enum["rule"], tr(template, field=where, value=_show(error.instance, slot)), path)]
        codelist = enum.get("codelist") or "its"
        return [("GPOS-E005", tr("{value} is not a code of the {codelist} code list (field {field}; see "
                                 "`gpos codes {codelist}`)", value=_show(error.instance, slot), codelist=codelist,
                                 field=where), path)]
    if kind in ("pattern", "format", "anyOf"):
        rng = slot.meta["range"] if slot else None
        if rng in _DATE_RANGES and error.instance != "":
            return [("GPOS-E007", tr("{field} must be {expected}", field=where,
                                     expected=tr(_DATE_RANGES[rng])), path)]
        code = _pattern_rule(slot, error.instance)
        if code == "GPOS-E009":
            return [(code, tr(EMPTY, field=where), path)]
        return [(code, tr("{field} must be {expected}", field=where, expected=_describe(slot)), path)]
    if kind in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        template = N_("{field} must be at least {limit}") if "inimum" in kind else N_("{field} must be at most {limit}")
        return [("GPOS-E008", tr(template, field=where, limit=detail["limit"]), path)]
    if kind in ("minLength", "minItems"):
        return [("GPOS-E009", tr(EMPTY, field=where), path)]
    return [("GPOS-E010", tr("{field} breaks a constraint of the schema ({kind})", field=where, kind=kind), path)]


def check(document: Any, definition: str | None = None, version: str | None = None,
          prefixes: tuple[str, ...] = ()) -> Iterator[Finding]:
    """Yield (code, message, path) for every structural problem, one per field.

    ``definition`` validates a single record against ``#/$defs/<definition>`` instead of a whole export.
    """
    version = version or current_version()
    validator = validator_for(definition, version, prefixes)
    if validator.is_valid(document):
        return
    root = definition or schema_info.root_class(version)
    findings = [f for error in validator.iter_errors(document) for f in _convert(error, root, version)]
    # A value of the wrong JSON type (null included) is one problem: the constraints of the right type (a code
    # list, a class rule) say nothing more about it.
    wrong_type = {path for code, _, path in findings if code == "GPOS-E004"}
    seen: set[tuple[str, tuple[str | int, ...], str]] = set()
    for code, message, path in findings:
        key = (code, path, message)
        if key not in seen and (code == "GPOS-E004" or path not in wrong_type):
            seen.add(key)  # a date failing both pattern and format is one problem
            yield code, message, path
