"""National extensions and profiles: the Thai example validates with and without its module, an extension that
would change or loosen the standard is refused, and undeclared extension fields stay errors."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from gpos_standard import validate
from gpos_standard.cli import main
from gpos_standard.extension import ExtensionError, bundled, load

from conftest import ROOT

EXAMPLE = ROOT / "extensions" / "th-police" / "example_export.json"
MODULE = ROOT / "extensions" / "th-police" / "th_police.yaml"


def _codes(report: Any) -> set[tuple[str, str]]:
    return {(i.code, i.path) for i in report.issues}


def _document() -> dict[str, Any]:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def test_the_thai_profile_is_bundled_and_read() -> None:
    assert bundled()["th-police"].samefile(MODULE)
    ext = load("th-police")
    assert (ext.name, ext.version, ext.prefix) == ("th-police", "1.0.0", "thpol")
    assert {f.key for f in ext.fields} >= {"thpol:police_case_number", "thpol:national_id_number"}
    assert ext.extra_codes == {"Platform": frozenset({"pantip", "kaidee"})}


def test_the_example_is_valid_with_the_extension() -> None:
    assert validate(EXAMPLE, extensions=["th-police"]).issues == []
    assert main(["validate", "--extension", str(MODULE), str(EXAMPLE)]) == 0


def test_a_receiver_without_the_extension_reads_the_example_with_one_warning() -> None:
    report = validate(EXAMPLE)
    assert report.valid
    assert {i.code for i in report.issues} == {"GPOS-W005", "GPOS-W001"}  # and pantip is an unknown platform
    assert [i.path for i in report.issues if i.code == "GPOS-W005"] == ["/extensions/0"]


def test_extension_rules_are_checked_and_personal_values_never_quoted() -> None:
    doc = _document()
    doc["cases"][0]["thpol:police_case_number"] = "1187-2568"
    del doc["cases"][1]["thpol:police_case_number"]  # required by the extension
    doc["persons"][0]["thpol:national_id_number"] = "31012-00456-78-1"  # personal
    del doc["cases"][2]["jurisdictions"]  # optional in the standard, required by the profile
    report = validate(doc, extensions=["th-police"])
    assert _codes(report) == {("GPOS-E013", "/cases/0/thpol:police_case_number"), ("GPOS-E013", "/cases/1"),
                              ("GPOS-E013", "/persons/0/thpol:national_id_number"), ("GPOS-E013", "/cases/2")}
    assert all("31012" not in i.message for i in report.issues)
    assert any("1187-2568" in i.message for i in report.issues)  # restricted, so it may be shown


def test_a_field_of_an_undeclared_extension_is_an_unknown_field() -> None:
    doc = _document()
    doc["cases"][0]["bdpol:case_number"] = "X-1"
    report = validate(doc, extensions=["th-police"])
    assert _codes(report) == {("GPOS-E003", "/cases/0")}
    assert "bdpol" in report.issues[0].message
    del doc["extensions"]
    assert {i.code for i in validate(doc).issues} == {"GPOS-E003", "GPOS-W001"}


@pytest.mark.parametrize(("change", "fragment"), [
    (lambda u: u.update(prefix="thp"), "prefix"),
    (lambda u: u.update(version="2.0.0"), "another major version"),
])
def test_a_module_that_does_not_fit_the_declaration_is_reported(change: Any, fragment: str) -> None:
    doc = _document()
    change(doc["extensions"][0])
    report = validate(doc, extensions=["th-police"])
    codes = _codes(report)
    assert ("GPOS-E013", "/extensions/0") in codes
    assert fragment in next(i.message for i in report.issues if i.path == "/extensions/0")


def test_extensions_are_a_0_2_feature() -> None:
    doc = _document()
    doc["standard_version"] = "0.1.0"
    for case in doc["cases"]:
        for key in [k for k in case if ":" in k]:
            del case[key]
    report = validate(doc)
    assert ("GPOS-E003", "") in _codes(report)  # 0.1.0 has no extensions field


def test_parallel_validation_checks_extensions_the_same_way(tmp_path: Path) -> None:
    from gpos_standard.io.formats import write

    doc = _document()
    doc["cases"][0]["thpol:police_case_number"] = "bad"
    path = tmp_path / "x.jsonl"
    write(doc, path)
    one = validate(path, extensions=["th-police"], jobs=1)
    two = validate(path, extensions=["th-police"], jobs=2)
    assert _codes(one) == _codes(two) == {("GPOS-E013", "/cases/0/thpol:police_case_number")}


def _module() -> dict[str, Any]:
    return yaml.safe_load(MODULE.read_text(encoding="utf-8"))


def _case(module: dict[str, Any]) -> dict[str, Any]:
    return module["classes"]["ThaiPoliceCase"]


REFUSED = [
    ("redefines a standard field", lambda m: _case(m)["attributes"].update(status={"annotations": {"sensitivity":
                                                                                                  "public"}}),
     "already has a field 'status'"),
    ("makes a required field optional", lambda m: _case(m)["slot_usage"].update(status={"required": False}),
     "cannot make it optional"),
    ("changes a description", lambda m: _case(m)["slot_usage"].update(title={"description": "Victim's name"}),
     "would change the meaning"),
    ("changes a range", lambda m: _case(m)["slot_usage"].update(opened_date={"range": "string"}),
     "would change the meaning"),
    ("changes a cardinality", lambda m: _case(m)["slot_usage"].update(jurisdictions={"multivalued": False}),
     "would change the meaning"),
    ("raises a maximum", lambda m: m["classes"].update(X={"apply_to": "Indicator", "slot_usage": {
        "confidence": {"maximum_value": 150}}}), "above the standard's"),
    ("lowers a minimum", lambda m: m["classes"].update(X={"apply_to": "Indicator", "slot_usage": {
        "confidence": {"minimum_value": -5}}}), "below the standard's"),
    ("adds codes to a closed list", lambda m: m["enums"].update(X={"annotations": {"gpos_extends": "ScamTypology"},
                                                                   "permissible_values": {"lottery_thai": {}}}),
     "closed code list"),
    ("changes a class", lambda m: _case(m).update(is_a="Record"), "would change the class"),
    ("adds a field with no sensitivity", lambda m: _case(m)["attributes"].update(extra={"description": "x"}),
     "how sensitive"),
    ("applies to no class of the standard", lambda m: _case(m).update(apply_to="Kase"), "not a class"),
    ("does not import the standard", lambda m: m.update(imports=["linkml:types"]), "imports the standard"),
    ("has no prefix", lambda m: m["annotations"].pop("gpos_prefix"), "gpos_prefix"),
]


@pytest.mark.parametrize(("name", "change", "fragment"), REFUSED, ids=[r[0] for r in REFUSED])
def test_an_extension_that_changes_or_loosens_the_standard_is_refused(
        tmp_path: Path, name: str, change: Any, fragment: str, capsys: pytest.CaptureFixture[str]) -> None:
    module = copy.deepcopy(_module())
    change(module)
    path = tmp_path / "ext.yaml"
    path.write_text(yaml.safe_dump(module, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ExtensionError, match=fragment):
        load(path)
    assert main(["extension", "check", str(path)]) == 2
    assert fragment in capsys.readouterr().err
    assert main(["validate", "--extension", str(path), str(EXAMPLE)]) == 2


def test_unreadable_modules_are_usage_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("classes: [\n", encoding="utf-8")
    with pytest.raises(ExtensionError, match="not well-formed YAML"):
        load(bad)
    with pytest.raises(ExtensionError, match="no such extension"):
        load(tmp_path / "missing.yaml")


def test_the_merged_schema_lets_linkml_tools_check_the_extension(tmp_path: Path) -> None:
    """LinkML's own JSON Schema generator, on the standard with the extension merged in, accepts the example and
    rejects a bad extension value."""
    jsonschema = pytest.importorskip("jsonschema")
    pytest.importorskip("linkml")
    from linkml.generators.jsonschemagen import JsonSchemaGenerator

    out = tmp_path / "merged.yaml"
    assert main(["extension", "merge", "th-police", "-o", str(out)]) == 0
    merged = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert merged["classes"]["Case"]["attributes"]["thpol_police_case_number"]["alias"] == "thpol:police_case_number"
    schema = json.loads(JsonSchemaGenerator(str(out), top_class="Export", not_closed=False, include_null=False,
                                            mergeimports=True).serialize())
    validator = jsonschema.Draft201909Validator(schema, format_checker=jsonschema.FormatChecker())
    doc = _document()
    assert list(validator.iter_errors(doc)) == []
    doc["cases"][0]["thpol:police_case_number"] = "1187-2568"
    assert [list(e.absolute_path) for e in validator.iter_errors(doc)] == [["cases", 0, "thpol:police_case_number"]]


@pytest.mark.parametrize("suffix", [".csv.zip", ".xlsx"])
def test_extension_fields_survive_spreadsheets_exactly(tmp_path: Path, suffix: str) -> None:
    from gpos_standard.io.formats import open_source, write
    from gpos_standard.io.records import to_document
    from gpos_standard.schema_info import collections

    def read(path: Path) -> dict[str, Any]:
        source = open_source(path)
        try:
            return to_document(source, list(collections()))
        finally:
            source.close()

    doc = _document()
    doc["cases"][0]["thpol:investigating_station"] = "12"  # text that looks like a number stays text
    write(doc, tmp_path / f"x{suffix}")
    back = read(tmp_path / f"x{suffix}")
    assert back == doc
    assert validate(tmp_path / f"x{suffix}", extensions=["th-police"]).issues == []


def test_extension_cell_text_reads_back_as_the_value() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from gpos_standard.io.tabular import extension_text, extension_value

    values = st.one_of(st.text(min_size=1), st.booleans(), st.integers(), st.floats(allow_nan=False,
                       allow_infinity=False), st.lists(st.text(min_size=1), min_size=1, max_size=3))

    @settings(max_examples=300, deadline=None)
    @given(values)
    def round_trip(value: Any) -> None:
        assert extension_value(extension_text(value)) == value
        assert type(extension_value(extension_text(value))) is type(value)

    round_trip()
