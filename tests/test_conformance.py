"""The conformance suite (reference_data/conformance/): gpos passes every case, the suite covers every rule, format,
version and edge case, is built from its source, and the recorded agreement of the peers meets its goal."""

from __future__ import annotations

import csv
import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import ROOT

SUITE = ROOT / "reference_data" / "conformance"
MANIFEST = json.loads((SUITE / "cases.json").read_text(encoding="utf-8"))
CASES = MANIFEST["cases"]
NOW = datetime.fromisoformat(MANIFEST["not_before"].replace("Z", "+00:00"))

# Cases gpos does not pass yet, each with the gap behind it (reported to the lead). Strict: a fixed gap fails here
# until its entry is removed.
GPOS_GAPS: dict[str, str] = {}


def _issues(case: dict[str, Any]) -> set[tuple[str, str]]:
    return {(i["code"], i["pointer"]) for i in case["issues"]}


@pytest.mark.parametrize("case", [
    pytest.param(c, id=c["id"], marks=[pytest.mark.xfail(reason=GPOS_GAPS[c["id"]], strict=True)]
                 if c["id"] in GPOS_GAPS else []) for c in CASES])
def test_gpos_passes_the_case(case: dict[str, Any]) -> None:
    from gpos_build.conformance_results import gpos_report

    report = gpos_report(case, SUITE, NOW)
    assert ("valid" if report.valid else "invalid") == case["verdict"]
    assert {(i.code, i.path) for i in report.issues} == _issues(case)


def test_manifest_follows_its_schema() -> None:
    import jsonschema

    schema = json.loads((SUITE / "cases.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(MANIFEST))
    assert errors == []


def test_every_rule_format_and_version_has_cases() -> None:
    from gpos_build import conformance

    catalogue = conformance.rules(ROOT)
    covered = {code for case in CASES for code, _ in _issues(case)}
    assert covered | set(MANIFEST["uncovered_rules"]) == set(catalogue)
    assert set(MANIFEST["uncovered_rules"]) <= {"GPOS-E010", "GPOS-E013", "GPOS-W005"}
    assert {c["format"] for c in CASES} == set(conformance.FORMATS)
    assert set(MANIFEST["standard_versions"]) == {"0.1.0", "0.2.0"}
    for version in ("0.1.0", "0.2.0"):  # every format in every supported version
        assert {c["format"] for c in CASES if c["standard_version"] == version} == set(conformance.FORMATS)
    assert {c["verdict"] for c in CASES} == {"valid", "invalid"}


# The edge cases found so far, by the case that pins each down: a case removed or renamed fails here.
EDGE_CASES = [
    "e005-code-trailing-newline-json", "e005-code-line-separator", "e006-id-trailing-newline-0.2.0",
    "e006-id-line-separator", "e007-date-trailing-newline-yaml", "e007-date-line-separator",
    "e007-datetime-trailing-newline", "e006-version-trailing-newline", "e006-version-line-separator",
    "e004-null-optional-0.1.0", "e004-null-required", "e004-null-in-list", "e004-null-collection",
    "e009-empty-string-0.2.0", "e009-empty-code", "e009-empty-list-0.1.0", "e009-empty-collection",
    "e007-february-30-0.2.0", "e007-month-13", "e007-datetime-without-offset-0.1.0",
    "e012-older-version", "e012-newer-minor-version", "e012-next-major-version", "e006-version-not-semver",
    "w003-newer-patch-0.2.7", "w004-deprecated-code", "w004-deprecated-field", "w001-unknown-open-code-0.2.0",
    "e006-open-code-format", "e052-amount-with-two-units", "e052-amount-without-unit-0.2.0",
    "e053-closed-without-reason-json-0.2.0", "e054-involvement-in-nothing-0.1.0", "e002-nested-in-list",
    "e003-nested-object", "e004-string-for-object",
]


def test_the_edge_cases_found_so_far_have_cases() -> None:
    ids = {c["id"] for c in CASES}
    assert [case for case in EDGE_CASES if case not in ids] == []


def test_the_suite_is_built_from_its_source() -> None:
    from gpos_build import conformance

    assert conformance.stale(ROOT) == [], "run `make generate`"


def test_scopes_come_from_the_rules() -> None:
    from gpos_build import conformance

    catalogue = conformance.rules(ROOT)
    for case in CASES:
        scopes = {catalogue[code]["scope"] for code, _ in _issues(case)}
        assert scopes <= set(case["scopes"]), case["id"]
        assert scopes or "structural" in case["scopes"] or set(case["scopes"]) <= {"reading", "extension"}, case["id"]


# -- the builder refuses a wrong source ------------------------------------------------------------------------------
def _entry(**changes: Any) -> dict[str, Any]:
    return {"id": "x", "description": "d", "expect": [], **changes}


def test_builder_refuses_an_unknown_rule_a_missing_rule_and_a_stale_uncovered_entry() -> None:
    from gpos_build import conformance

    base = {"standard_version": "0.2.0"}
    catalogue = {"GPOS-E001": {"severity": "error", "scope": "reading"},
                 "GPOS-W001": {"severity": "warning", "scope": "record"}}
    source = {"not_before": "2025-07-15T00:00:00Z", "uncovered": {"GPOS-E001": "later"}}
    cases = conformance.expand(_entry(expect=[["GPOS-W001", "/a"]]))
    data = conformance.manifest(source, base, cases, catalogue)
    assert data["cases"][0]["verdict"] == "valid" and data["cases"][0]["scopes"] == ["record"]
    with pytest.raises(conformance.SuiteError, match="unknown rule codes"):
        conformance.manifest(source, base, conformance.expand(_entry(expect=[["GPOS-E999", ""]])), catalogue)
    with pytest.raises(conformance.SuiteError, match="no case covers GPOS-E001"):
        conformance.manifest({**source, "uncovered": {}}, base, cases, catalogue)
    with pytest.raises(conformance.SuiteError, match="remove them from `uncovered`"):
        conformance.manifest({**source, "uncovered": {"GPOS-W001": "later", "GPOS-E001": "later"}}, base, cases,
                             catalogue)


def test_builder_expands_lists_and_refuses_an_edit_that_does_not_apply() -> None:
    from gpos_build import conformance

    cases = conformance.expand(_entry(versions=["0.1.0", "0.2.0"], formats=["json", "xlsx"]))
    assert [c.id for c in cases] == ["x-json-0.1.0", "x-json-0.2.0", "x-xlsx-0.1.0", "x-xlsx-0.2.0"]
    assert cases[2].input == "cases/x-xlsx-0.1.0.xlsx"
    base = {"standard_version": "0.2.0", "a": "one"}
    with pytest.raises(conformance.SuiteError, match="occurs 0 times"):
        conformance.files_of(conformance.expand(_entry(text=[{"find": "two", "replace": "2"}]))[0], base)
    with pytest.raises(conformance.SuiteError, match="case x"):
        conformance.document_of(conformance.expand(_entry(patch=[{"op": "remove", "path": "/b"}]))[0], base)
    with pytest.raises(conformance.SuiteError, match="unknown keys"):
        conformance.expand(_entry(expected=[]))


# -- how another implementation reports its results ------------------------------------------------------------------
def test_results_are_compared_case_by_case_in_json_and_csv(tmp_path: Path) -> None:
    from gpos_build import conformance_results as results

    data = results.run_gpos(MANIFEST, SUITE)
    as_json = tmp_path / "gpos.json"
    as_json.write_text(json.dumps(data), encoding="utf-8")
    as_csv = tmp_path / "gpos.csv"
    with as_csv.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["case", "verdict", "code", "pointer"])
        for r in data["results"]:
            writer.writerows([[r["case"], r["verdict"], i["code"], i["pointer"]] for i in r["issues"]]
                             or [[r["case"], r["verdict"], "", ""]])
    for path in (as_json, as_csv):
        _, read = results.read_results(path)
        outcomes = results.compare(MANIFEST, read)
        assert {o.case["id"] for o in outcomes if o.status != "pass"} == set(GPOS_GAPS)
    # A wrong verdict, a wrong issue, a verdict-only claim and a missing case are each told apart.
    first, second, third, *_ = data["results"]
    data["results"] = [{**first, "verdict": "invalid" if first["verdict"] == "valid" else "valid"},
                       {**second, "issues": [{"code": "GPOS-E999", "pointer": ""}]},
                       {"case": third["case"], "verdict": third["verdict"]}]
    as_json.write_text(json.dumps(data), encoding="utf-8")
    _, read = results.read_results(as_json)
    statuses = [o.status for o in results.compare(MANIFEST, read)]
    assert statuses[:4] == ["fail", "verdict", "verdict", "not_run"]
    assert results.main(["compare", str(as_json)]) == 1


# -- the peers: LinkML's validator and plain jsonschema ---------------------------------------------------------------
def _record() -> list[dict[str, str]]:
    with (SUITE / "peer-agreement.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _notes() -> dict[str, str]:
    return yaml.safe_load((SUITE / "source" / "peer-notes.yaml").read_text(encoding="utf-8")) or {}


def test_the_peer_record_covers_every_case_as_the_manifest_says() -> None:
    from gpos_build import peers

    rows = _record()
    assert [r["case"] for r in rows] == [c["id"] for c in CASES]
    for row, case in zip(rows, CASES, strict=True):
        assert row["expected"] == case["verdict"] and row["scopes"] == " ".join(case["scopes"])
        for peer in peers.PEERS:
            if case["format"] in peers.READ:
                assert row[peer] in ("valid", "invalid")
                assert row[f"{peer}_agrees"] == ("yes" if row[peer] == case["verdict"] else "no"), row
            else:
                assert (row[peer], row[f"{peer}_agrees"]) == ("not_applicable", "n/a"), row
                assert peers.not_read_reason(case["format"]) in row["reason"]
        if "no" in (row["linkml_agrees"], row["jsonschema_agrees"]):
            assert row["reason"], row


def test_every_structural_disagreement_is_a_known_gap_and_every_other_names_its_scope() -> None:
    rows = _record()
    structural = {r["case"] for r in rows if r["scopes"] == "structural" and r["linkml_agrees"] == "no"}
    assert structural == set(_notes())  # a new gap needs a note; a closed gap's note must go
    for row in rows:
        if row["linkml_agrees"] == "no" and row["scopes"] != "structural":
            beyond = [s for s in row["scopes"].split() if s != "structural"]
            assert all(scope in row["reason"] for scope in beyond), row


def test_linkml_agrees_on_every_structural_case() -> None:
    rows = [r for r in _record() if r["scopes"] == "structural" and r["linkml_agrees"] != "n/a"]
    assert rows and all(r["linkml_agrees"] == "yes" for r in rows)


def test_the_peers_disagree_only_where_the_schema_cannot_say() -> None:
    """Both peers apply the schema: they agree with each other, except on extension fields (the shipped JSON Schema
    accepts prefix:field names, which LinkML cannot say)."""
    rows = [r for r in _record() if r["linkml_agrees"] != "n/a" and "extension" not in r["scopes"]]
    assert [r["case"] for r in rows if r["linkml"] != r["jsonschema"]] == []
