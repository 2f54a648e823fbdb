"""The shipped JSON Schema is LinkML's own: what `gen-json-schema --closed --no-include-null` makes from schema/ gives
the same verdict, at the same places, on every document of the conformance suite and the reference exports.

The project's generator only adds metadata (descriptions, identity, rule markers) and the one convention LinkML cannot
say, the names of national extension fields; documents with such fields are left out of the comparison.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from gpos_standard.resources import current_version, json_schema

from conftest import ROOT

pytest.importorskip("linkml")

SUITE = ROOT / "reference_data" / "conformance"


@pytest.fixture(scope="module")
def linkml_schema() -> dict[str, Any]:
    from gpos_build import jsonschema_gen
    from gpos_build.generate import working_schema
    from gpos_build.paths import Layout

    with working_schema(Layout(ROOT)) as (model, _, _):
        return jsonschema_gen.linkml_json_schema(model)


def _documents() -> list[tuple[str, Any]]:
    manifest = json.loads((SUITE / "cases.json").read_text(encoding="utf-8"))
    out = []
    for case in manifest["cases"]:
        if case["format"] != "json" or case.get("version") not in (None, current_version()):
            continue
        try:
            document = json.loads((SUITE / case["input"]).read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError):
            continue
        if ":" in json.dumps(list(_keys(document))):  # extension fields: the one convention LinkML cannot say
            continue
        out.append((case["id"], document))
    out += [(p.name, json.loads(p.read_text(encoding="utf-8"))) for p in sorted((ROOT / "reference_data" /
                                                                                  "exports").glob("*.json"))]
    return out


def _keys(node: Any) -> Any:
    if isinstance(node, dict):
        for key, value in node.items():
            yield key
            yield from _keys(value)
    elif isinstance(node, list):
        for value in node:
            yield from _keys(value)


def _errors(validator: Any, document: Any) -> set[tuple[Any, ...]]:
    return {tuple(e.instance_path) for e in validator.iter_errors(document)}


def test_the_shipped_schema_accepts_exactly_what_linkml_generates(linkml_schema: dict[str, Any]) -> None:
    import jsonschema_rs

    ours = jsonschema_rs.validator_for(json_schema(), validate_formats=True)
    theirs = jsonschema_rs.validator_for(linkml_schema, validate_formats=True)
    documents = _documents()
    assert len(documents) > 100
    for name, document in documents:
        assert ours.is_valid(document) == theirs.is_valid(document), name
        assert _errors(ours, document) == _errors(theirs, document), name


def test_the_project_adds_only_metadata_and_the_extension_convention(linkml_schema: dict[str, Any]) -> None:
    """Every keyword that decides validity is LinkML's: strip the metadata and the rule markers from ours and put
    the class rules back where LinkML writes them, and the two schemas are the same."""
    metadata = {"description", "title", "$id", "version", "x-gpos-rule", "examples", "patternProperties",
                "metamodel_version", "generation_date"}

    def strip(node: Any) -> Any:
        if isinstance(node, dict):
            out = {k: strip(v) for k, v in node.items() if k not in metadata}
            if len(out.get("allOf", [])) == 1 and not (set(out["allOf"][0]) - {"if", "then", "else"}):
                out.update(out.pop("allOf")[0])  # LinkML writes a lone rule on the class itself
            return out
        if isinstance(node, list):
            return [strip(v) for v in node]
        return node

    assert strip(json_schema()) == strip(linkml_schema)


def test_working_schema_is_the_current_version() -> None:
    assert (Path(ROOT) / "schema" / "gpos.yaml").read_text(encoding="utf-8").count(f"version: {current_version()}")
