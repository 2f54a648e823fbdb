"""gpos import stix: GPOS -> STIX -> GPOS keeps every field of the carried records (reference exports and a property
test over generated exports); published OASIS bundles import into valid exports with their not-carried report."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytest.importorskip("stix2")

from gpos_standard import validate
from gpos_standard.interop import ConversionError, ImportOptions
from gpos_standard.interop.stix.common import mapping
from gpos_standard.interop.stix.export import to_bundle
from gpos_standard.interop.stix.imports import import_bundle, import_objects
from gpos_standard.schema_info import classes, collections

from strategies import record

ROOT = Path(__file__).resolve().parents[1]
EXPORTS = sorted((ROOT / "reference_data" / "exports").glob("*.json"))
DATA = ROOT / "tests" / "data" / "stix"
CARRIED = mapping()["classes"]


def carried(document: dict[str, Any]) -> dict[str, Any]:
    """What STIX can hold of an export: the envelope and the carried collections, with references to records
    outside them removed (the importer drops those and reports them)."""
    out = {k: v for k, v in document.items() if k not in collections()}
    present = {r["id"] for name in CARRIED for r in document.get(name) or ()}
    for name in CARRIED:
        if not document.get(name):
            continue
        slots = classes()[collections()[name]]["slots"]
        records = []
        for rec in document[name]:
            rec = dict(rec)
            for slot, info in slots.items():
                if info["kind"] == "ref" and slot in rec:
                    value = rec[slot]
                    kept = [v for v in value if v in present] if isinstance(value, list) else (
                        value if value in present else None)
                    if kept:
                        rec[slot] = kept
                    else:
                        del rec[slot]
            records.append(dict(sorted(rec.items())))
        out[name] = records
    return out


def round_trip(document: dict[str, Any]) -> dict[str, Any]:
    objects = json.loads(json.dumps(to_bundle(document)))["objects"]
    return import_objects(objects, ImportOptions()).document


@pytest.mark.parametrize("path", EXPORTS, ids=[p.stem for p in EXPORTS])
def test_reference_exports_round_trip(path: Path) -> None:
    document = json.loads(path.read_text(encoding="utf-8"))
    back = round_trip(document)
    assert back == carried(document)
    assert validate(back).valid
    assert to_bundle(back) == to_bundle(carried(document))  # and STIX -> GPOS -> STIX gives the same bundle


_ENVELOPE = {"standard_version": "0.2.0", "export_id": "TH-GEN-1", "publisher": "TH-ORG-1", "member_country": "TH",
             "created_at": "2025-07-04T10:15:00+07:00", "period": {"start_date": "2025-01-01",
                                                                   "end_date": "2025-06-30"},
             "sharing_marking": "GREEN", "licence": "test"}


def _collection(name: str) -> st.SearchStrategy[list[dict[str, Any]]]:
    return st.lists(record(collections()[name]), max_size=3, unique_by=lambda r: r["id"])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.fixed_dictionaries({name: _collection(name) for name in CARRIED}))
def test_generated_exports_round_trip(records: dict[str, list[dict[str, Any]]]) -> None:
    document = {**_ENVELOPE, **{k: v for k, v in records.items() if v}}
    assert round_trip(document) == carried(document)


def test_bundle_without_gpos_extension_needs_the_member(tmp_path: Path) -> None:
    with pytest.raises(ConversionError, match="--member"):
        import_bundle(DATA / "indicator-for-c2-ip-address.json", ImportOptions())


def _import(name: str) -> tuple[dict[str, Any], dict[tuple[str, str], int]]:
    result = import_bundle(DATA / name, ImportOptions(member_country="US"))
    report = validate(result.document)
    assert report.valid, [(i.code, i.path, i.message) for i in report.errors]
    return result.document, {(r["where"], r["reason"].split(",")[0]): r["count"] for r in result.summary()}


def test_published_bundle_with_indicators_and_malware() -> None:
    document, report = _import("indicators-for-C2-with-COA.json")
    assert sorted((i["indicator_type"], i["value"]) for i in document["indicators"]) == [
        ("file_hash", "ef537f25c895bfa782526529a9b63d97aa631564d5d789c2b765448c8635fb6c"),
        ("ip_address", "10.0.0.0")]
    assert [o["name"] for o in document["organisations"]] == ["The MITRE Corporation - DHS Support Team"]
    assert document["publisher"] == document["organisations"][0]["id"]
    assert report == {
        ("malware", "no GPOS class for this STIX object type"): 1,
        ("course-of-action", "no GPOS class for this STIX object type"): 1,
        ("relationship (indicates)", "links objects that are not both carried"): 2,
        ("relationship (mitigates)", "links objects that are not both carried"): 1,
        ("indicator.name", "no Indicator field for it"): 2,
        ("indicator.description", "no Indicator field for it"): 2,
        ("indicator.indicator_types", "no Indicator field for it"): 2,
    }


def test_published_bundle_with_email_patterns_is_reported_not_dropped() -> None:
    document, report = _import("malicious-email-indicator-with-attachment.json")
    assert "indicators" not in document
    assert report[("indicator.pattern", "not a single comparison on an observable GPOS has a type for")] == 2
    assert report[("attack-pattern", "no GPOS class for this STIX object type")] == 1


def test_cli_import_writes_the_export_and_the_report(tmp_path: Path) -> None:
    from gpos_standard.cli import main

    out, report = tmp_path / "th.json", tmp_path / "nc.json"
    assert main(["import", "stix", str(DATA / "indicators-for-C2-with-COA.json"), "-o", str(out), "--member", "US",
                 "--not-carried", str(report)]) == 0
    assert validate(json.loads(out.read_bytes())).valid
    summary = json.loads(report.read_bytes())
    assert summary["records_read"] == 8 and summary["records_skipped"] == 5


@pytest.mark.parametrize("content", [b"not json", b"[1, 2]", b'{"type": "bundle", "objects": 5}'])
def test_cli_refuses_what_is_not_stix(tmp_path: Path, content: bytes) -> None:
    from gpos_standard.cli import main

    source, out = tmp_path / "in.json", tmp_path / "out.json"
    source.write_bytes(content)
    assert main(["import", "stix", str(source), "-o", str(out), "--member", "TH"]) == 2
    assert not out.exists()


def test_foreign_records_gpos_refuses_are_reported_not_fatal() -> None:
    objects = [
        {"type": "indicator", "spec_version": "2.1", "id": "indicator--5d0092c5-5f74-4287-9642-33f4c354e56d",
         "created": "2020-01-01T00:00:00.000Z", "modified": "2020-01-01T00:00:00.000Z",
         "pattern": "[url:value = 'not a url']", "pattern_type": "stix", "valid_from": "2020-01-01T00:00:00Z"},
        {"type": "domain-name", "spec_version": "2.1", "id": "domain-name--5d0092c5-5f74-4287-9642-33f4c354e56e",
         "value": "scam.example"}]
    result = import_objects(objects, ImportOptions(member_country="TH", sharing_marking="AMBER"))
    assert validate(result.document).valid
    assert [i["value"] for i in result.document["indicators"]] == ["scam.example"]
    assert result.document["sharing_marking"] == "AMBER"
    assert [(r["where"], r["reason"], r["count"]) for r in result.summary()] == [
        ("Indicator", "not a valid GPOS record (GPOS-E045)", 1)]
    assert result.records_skipped == 1
