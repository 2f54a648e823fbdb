"""The artefacts at hand: ``gpos schema`` and ``gpos_standard.schema`` hand out the shipped JSON Schema, LinkML
schema, JSON-LD context and SQL tables of every version, without LinkML at runtime."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from gpos_standard import schema
from gpos_standard.cli import main
from gpos_standard.resources import current_version, json_schema, supported_versions

from conftest import EXPORTS, load_json

VERSIONS = supported_versions()


@pytest.mark.parametrize("version", VERSIONS)
def test_every_version_ships_every_format(version: str) -> None:
    assert schema.json_schema(version) == json_schema(version)
    assert schema.linkml(version).startswith(("id:", "name:", "#")) or "classes:" in schema.linkml(version)
    context = schema.jsonld_context(version)["@context"]
    assert context["gpos"] == "https://w3id.org/gpos/standard/"
    tables = sqlite3.connect(":memory:")
    tables.executescript(schema.sql(version))
    names = {row[0] for row in tables.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"Case", "Person", "Transaction"} <= names


def test_the_current_version_is_the_default_and_copies_are_fresh() -> None:
    assert schema.text("sql") == schema.sql(current_version())
    mine = schema.json_schema()
    mine["$defs"].clear()
    assert json_schema()["$defs"], "the validator's schema is not the caller's copy"


def test_unknown_versions_and_formats_are_refused() -> None:
    with pytest.raises(KeyError, match="not shipped"):
        schema.json_schema("9.9.9")
    with pytest.raises(ValueError, match="unknown format"):
        schema.text("xsd")


def test_the_runtime_reads_them_without_linkml() -> None:
    code = ("import sys, gpos_standard; s = gpos_standard.schema; s.sql(); s.jsonld_context(); s.linkml(); "
            "print(sorted(m for m in ('linkml', 'linkml_runtime', 'pydantic') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_gpos_schema_prints_each_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "--format", "jsonschema"]) == 0
    assert json.loads(capsys.readouterr().out) == json_schema()
    assert main(["schema", "--format", "sql", "--version", VERSIONS[0]]) == 0
    assert capsys.readouterr().out == schema.sql(VERSIONS[0])
    assert main(["schema", "--format", "jsonld-context"]) == 0
    assert "@context" in json.loads(capsys.readouterr().out)


def test_gpos_schema_writes_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "gpos.linkml.yaml"
    assert main(["schema", "--format", "linkml", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == schema.linkml()
    assert main(["schema", "--format", "linkml", "--version", "9.9.9"]) == 2
    assert "not shipped" in capsys.readouterr().err


def test_an_export_reads_as_linked_data_with_the_context() -> None:
    rdflib = pytest.importorskip("rdflib")
    doc = load_json(EXPORTS[0])
    graph = rdflib.Graph().parse(data=json.dumps({"@context": schema.jsonld_context()["@context"],
                                                  "cases": doc["cases"]}), format="json-ld")
    assert len(graph) > 20
