"""JSON Schema: LinkML's generator, then the fixes that make it agree with the Pydantic models.

gen-json-schema (1.12) is run closed and without nulls; the post-processing below adds what it leaves out:
patterns on dates and on references, ``minLength``/``minItems`` so that an empty value cannot stand in for
an absent one (CSV cannot tell them apart), and the standard's identity on the root.
"""

from __future__ import annotations

import json
from typing import Any

from linkml.generators.jsonschemagen import JsonSchemaGenerator

from .model import DATE_PATTERN, DATETIME_PATTERN, OPEN_CODE_PATTERN, SchemaModel

SCHEMA_ID = "https://w3id.org/gpos/standard/{version}/gpos.schema.json"


def _fix_property(prop: dict[str, Any], slot: Any, id_pattern: str) -> None:
    target = prop["items"] if slot.multivalued else prop
    if slot.multivalued:
        assert prop.get("type") == "array", (slot.name, prop)
        prop["minItems"] = 1
    if slot.kind == "ref":
        target.pop("type", None)
        target.update({"type": "string", "pattern": id_pattern})
    elif slot.range == "date":
        target["pattern"] = DATE_PATTERN
        target["format"] = "date"
    elif slot.range == "datetime":
        target["pattern"] = DATETIME_PATTERN
        target["format"] = "date-time"
    elif slot.range == "uri":
        raise AssertionError(f"{slot.name}: use a string with a pattern, not uri")
    elif slot.range == "string" and slot.kind == "scalar" and slot.pattern:
        target["pattern"] = slot.pattern
    elif slot.range == "string" and slot.kind == "scalar":
        target["minLength"] = 1
    if slot.description:
        prop["description"] = slot.description


def generate(model: SchemaModel) -> dict[str, Any]:
    gen = JsonSchemaGenerator(
        str(model.layout.root_schema),
        top_class=model.root_class,
        not_closed=False,
        include_null=False,
        mergeimports=True,
    )
    schema: dict[str, Any] = json.loads(gen.serialize())
    id_pattern = model.id_pattern()
    defs = schema["$defs"]
    for cls in model.classes:
        if cls.name not in defs:
            continue
        node = defs[cls.name]
        assert node.get("additionalProperties") is False, f"{cls.name} is not closed"
        node["description"] = cls.description
        for slot in cls.slots:
            _fix_property(node["properties"][slot.name], slot, id_pattern)
    for enum in model.enums:
        node = defs[enum.name]
        node["description"] = enum.description
        if not enum.closed:
            node.pop("enum")
            node["pattern"] = OPEN_CODE_PATTERN
            node["examples"] = [code for code, _, _ in enum.codes]
    root = model.cls(model.root_class)
    for slot in root.slots:
        _fix_property(schema["properties"][slot.name], slot, id_pattern)
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
    schema.pop("$id", None)
    schema.pop("title", None)
    schema.pop("description", None)
    schema.pop("version", None)
    ordered.update(schema)
    return ordered
