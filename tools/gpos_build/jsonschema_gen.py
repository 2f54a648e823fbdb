"""JSON Schema: LinkML's own generator, run as the schema's conventions say, plus metadata.

The schema declares its conventions in annotations that the generator flags follow: ``closed_classes`` (no field the
standard does not define: ``--closed``), ``nulls: forbidden`` (an optional field is omitted, never null:
``--no-include-null``) and, from 0.2.0, ``extension_fields`` (the name pattern of national extension fields, emitted
as ``patternProperties``, the one thing LinkML cannot say). Everything else below is metadata that changes no
verdict: descriptions, the standard's identity, and an ``x-gpos-rule`` marker on each class rule so that a violation
is reported under the rule code the schema gives it. A test checks that the validity keywords are LinkML's own.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from linkml.generators.jsonschemagen import JsonSchemaGenerator

from .model import SchemaModel

SCHEMA_ID = "https://w3id.org/gpos/standard/{version}/gpos.schema.json"
RULE_KEYS = ("if", "then", "else")


_MADE: dict[bytes, str] = {}


def _key(model: SchemaModel) -> bytes:
    digest = hashlib.sha256()
    for module in sorted(model.path.parent.glob("*.yaml")):
        digest.update(module.name.encode() + b"\0" + module.read_bytes() + b"\0")
    return digest.digest()


def linkml_json_schema(model: SchemaModel) -> dict[str, Any]:
    """What LinkML's gen-json-schema gives for the schema, with the flags its conventions ask for. Remembered by
    the schema's content: a test session and one `make generate` ask for the same schema more than once."""
    key = _key(model)
    if key not in _MADE:
        _MADE[key] = _generate(model)
    return json.loads(_MADE[key])  # type: ignore[no-any-return]


def _generate(model: SchemaModel) -> str:
    gen = JsonSchemaGenerator(
        str(model.path),
        top_class=model.root_class,
        not_closed=model.annotations.get("closed_classes") != "true",
        include_null=model.annotations.get("nulls") != "forbidden",
        mergeimports=True,
    )
    return gen.serialize()  # type: ignore[no-any-return]


def _mark_rules(node: dict[str, Any], rules: list[Any], where: str) -> None:
    """Put each class rule in an ``allOf`` item of its own, marked with its code (LinkML writes a lone rule's
    if/then on the class itself, where its failures could not be told from the class's own)."""
    if not rules:
        assert not any(k in node for k in RULE_KEYS), where
        return
    if any(k in node for k in RULE_KEYS):
        assert len(rules) == 1, where
        items = [{k: node.pop(k) for k in RULE_KEYS if k in node}]
        node["allOf"] = items + node.get("allOf", [])
    items = node["allOf"]
    assert len(items) >= len(rules), where
    for item, rule in zip(items, rules, strict=False):
        assert any(k in item for k in RULE_KEYS), where
        item["x-gpos-rule"] = rule.code
        item["description"] = rule.description


def generate(model: SchemaModel) -> dict[str, Any]:
    schema = linkml_json_schema(model)
    defs = schema["$defs"]
    extension_fields = model.annotations.get("extension_fields")
    for cls in model.classes:
        if cls.name not in defs:
            continue
        node = defs[cls.name]
        node["description"] = cls.description
        _mark_rules(node, cls.rules, cls.name)
        if extension_fields:
            node["patternProperties"] = {extension_fields: {}}
    for enum in model.enums:
        if enum.name in defs:
            defs[enum.name]["description"] = enum.description
    if extension_fields:
        schema["patternProperties"] = {extension_fields: {}}
    schema.pop("metamodel_version", None)
    schema.pop("generation_date", None)
    ordered = {
        "$schema": schema.pop("$schema"),
        "$id": SCHEMA_ID.format(version=model.version),
        "title": "GPOS data standard export",
        "description": (
            f"JSON Schema of a GPOS export document, standard version {model.version}. GENERATED from schema/ by "
            "`make generate`; do not edit. Validate a single record against `#/$defs/<ClassName>`."
        ),
        "version": model.version,
    }
    for key in ("$id", "title", "description", "version"):
        schema.pop(key, None)
    ordered.update(schema)
    return ordered
