"""The shipped reference exports are valid; every invalid example fails (exit 1) with exactly the errors its
manifest names; every warning example passes (exit 0, 1 with --strict) with exactly its warnings."""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import pytest

from gpos_standard import validate
from gpos_standard.cli import main

from conftest import EXPORTS, INVALID_DIR, load_json

MEMBERS = {"th", "bd", "np", "pe", "ae"}


WARNINGS_DIR = INVALID_DIR.parent / "warnings"


def _manifest(path: Path = INVALID_DIR / "expected_errors.csv") -> dict[str, set[tuple[str, str]]]:
    expected: dict[str, set[tuple[str, str]]] = defaultdict(set)
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            expected[row["file"]].add((row["code"], row["path"]))
    return expected


def _extensions(path: Path = INVALID_DIR / "expected_errors.csv") -> dict[str, list[str]]:
    """Examples to validate with a bundled national extension: file -> extension names."""
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["file"]: [row["extension"]] for row in csv.DictReader(fh) if row.get("extension")}


def _examples(folder: Path) -> list[Path]:
    """Documents, and export packages as folders (for the package rules GPOS-E060..E064)."""
    return sorted(p for p in folder.iterdir() if p.suffix in {".json", ".yaml", ".yml"} or p.is_dir())


INVALID = _examples(INVALID_DIR)
WARNING_EXAMPLES = _examples(WARNINGS_DIR)
WARNINGS_MANIFEST = WARNINGS_DIR / "expected_warnings.csv"


def test_one_export_per_founding_member() -> None:
    assert {p.name.split("_")[0] for p in EXPORTS} >= MEMBERS


@pytest.mark.parametrize("path", EXPORTS, ids=lambda p: p.name)
def test_reference_export_is_valid(path: Path) -> None:
    report = validate(path)
    assert report.issues == []
    assert report.records > 0


@pytest.mark.parametrize("path", EXPORTS, ids=lambda p: p.name)
def test_reference_export_exercises_every_record_type(path: Path) -> None:
    from gpos_standard.schema_info import collections

    document = load_json(path)
    empty = [name for name in collections() if not document.get(name)]
    assert empty == []


def test_manifest_covers_every_invalid_file() -> None:
    assert set(_manifest()) == {p.name for p in INVALID}
    assert set(_manifest(WARNINGS_MANIFEST)) == {p.name for p in WARNING_EXAMPLES}


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.name)
def test_invalid_example_gives_exactly_the_expected_errors(path: Path) -> None:
    extensions = _extensions().get(path.name, [])
    report = validate(path, extensions=extensions)
    got = {(i.code, i.path) for i in report.issues}
    assert got == _manifest()[path.name]
    assert not report.valid
    assert main(["validate", *(f"--extension={e}" for e in extensions), str(path)]) == 1


@pytest.mark.parametrize("path", WARNING_EXAMPLES, ids=lambda p: p.name)
def test_warning_example_gives_exactly_the_expected_warnings(path: Path) -> None:
    report = validate(path)
    assert {(i.code, i.path) for i in report.issues} == _manifest(WARNINGS_MANIFEST)[path.name]
    assert report.valid and report.warning_count > 0
    assert main(["validate", str(path)]) == 0
    assert main(["validate", "--strict", str(path)]) == 1


@pytest.mark.parametrize("path", EXPORTS[:1] + INVALID[:3], ids=lambda p: p.name)
def test_cli_exit_code_matches_validity(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    expected = 0 if path in EXPORTS else 1
    assert main(["validate", str(path)]) == expected


# E010 is a fallback for schema keywords the standard does not use (a test below shows none is used), so no data
# can trigger it.
NO_FIXTURE = {"GPOS-E010"}


def test_every_rule_has_an_invalid_fixture() -> None:
    from gpos_standard.validation.rules import RULES

    covered = {code for manifest in (_manifest(), _manifest(WARNINGS_MANIFEST))
               for rows in manifest.values() for code, _ in rows}
    assert set(RULES) - NO_FIXTURE <= covered


def test_no_schema_keyword_falls_back_to_the_generic_rule() -> None:
    from gpos_standard.resources import json_schema

    mapped = {"type", "required", "additionalProperties", "enum", "pattern", "format", "minimum", "maximum",
              "minLength", "minItems", "items", "properties", "$ref", "description", "title", "examples", "$defs",
              "$schema", "$id", "version", "patternProperties",
              # an open code list or a pseudonymisable identifier: the alternatives' own keywords are mapped
              "anyOf",
              # class rules: each allOf item is marked with its rule code (x-gpos-rule), whatever fails inside
              "allOf", "if", "then", "not", "const", "x-gpos-rule"}
    used: set[str] = set()

    def walk(schema: object) -> None:
        if not isinstance(schema, dict):
            return
        for key, value in schema.items():
            used.add(key)
            if key in ("properties", "$defs", "patternProperties"):
                for sub in value.values():
                    walk(sub)
            elif key in ("items", "if", "then", "not"):
                walk(value)
            elif key in ("allOf", "anyOf"):
                for sub in value:
                    walk(sub)

    walk(json_schema())
    assert used <= mapped, used - mapped
