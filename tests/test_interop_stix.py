"""gpos export stix: the reference exports become STIX 2.1 bundles that the OASIS validator accepts without an error
and that the stix2 library loads; ids are stable across re-exports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from strategies import record

stix2 = pytest.importorskip("stix2")
validator = pytest.importorskip("stix2validator")

from gpos_standard.interop import load  # noqa: E402
from gpos_standard.interop.stix.common import mapping  # noqa: E402
from gpos_standard.interop.stix.export import to_bundle  # noqa: E402
from gpos_standard.schema_info import collections  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
EXPORTS = sorted((ROOT / "reference_data" / "exports").glob("*.json"))


def _bundle(path: Path) -> dict:
    return to_bundle(json.loads(path.read_text(encoding="utf-8")))


@pytest.fixture(scope="module", params=EXPORTS, ids=[p.stem for p in EXPORTS])
def bundle(request: pytest.FixtureRequest) -> dict:
    return _bundle(request.param)


_CHECKED: dict[str, tuple[list[str], list[str]]] = {}


def _check(bundle: dict) -> tuple[list[str], list[str]]:
    """The OASIS validator's errors and warnings on a bundle (each bundle validated once: the validator is slow)."""
    if bundle["id"] in _CHECKED:
        return _CHECKED[bundle["id"]]
    results = validator.validate_instance(bundle, validator.ValidationOptions(version="2.1"))
    _CHECKED[bundle["id"]] = [str(e) for e in results.errors], [str(w) for w in results.warnings]
    return _CHECKED[bundle["id"]]


def test_reference_exports_have_no_validator_errors(bundle: dict) -> None:
    errors, _ = _check(bundle)
    assert errors == []


def test_validator_warnings_are_the_documented_ones(bundle: dict) -> None:
    """Only the warnings listed on docs/crosswalks/stix.md appear (each code with its reason)."""
    codes = {w.split("{", 1)[1].split("}")[0] for w in _check(bundle)[1]}
    page = (ROOT / "docs" / "crosswalks" / "stix.md").read_text(encoding="utf-8")
    assert codes <= {c for c in mapping()["validator_warnings"]}, codes
    for code in mapping()["validator_warnings"]:
        assert f"`{code}`" in page


def test_stix2_library_loads_every_object(bundle: dict) -> None:
    parsed = stix2.parse(bundle, allow_custom=True)
    assert len(parsed.objects) == len(bundle["objects"])
    kinds = {o["type"] for o in bundle["objects"]}
    assert {"identity", "indicator", "incident", "relationship", "marking-definition", "report"} <= kinds


def test_every_object_carries_the_tlp_2_marking() -> None:
    document = json.loads(EXPORTS[0].read_text(encoding="utf-8"))
    marking = mapping()["tlp"]["markings"][document["sharing_marking"]]["id"]
    for obj in to_bundle(document)["objects"]:
        if obj["type"] not in ("marking-definition", "extension-definition") and obj["id"] != \
                mapping()["standard_identity"]["id"]:
            assert obj["object_marking_refs"] == [marking], obj["id"]


def test_ids_are_deterministic_and_unique() -> None:
    first, second = _bundle(EXPORTS[0]), _bundle(EXPORTS[0])
    assert first == second
    ids = [o["id"] for o in first["objects"]]
    assert len(ids) == len(set(ids))


def test_observables_and_patterns() -> None:
    document = {"export_id": "TH-X-1", "created_at": "2025-01-01T07:00:00+07:00", "sharing_marking": "GREEN",
                "indicators": [
                    {"id": "TH-IND-1", "indicator_type": "url", "value": "https://a.example/x'y", "status": "active"},
                    {"id": "TH-IND-2", "indicator_type": "ip_address", "value": "2001:db8::1", "status": "active"},
                    {"id": "TH-IND-3", "indicator_type": "file_hash", "value": "A" * 64, "status": "active"},
                    {"id": "TH-IND-4", "indicator_type": "phone_number", "value": "+66812345678",
                     "status": "active"},
                    {"id": "TH-IND-5", "indicator_type": "imei", "value": "490154203237518", "status": "active"}]}
    objects = {o["id"]: o for o in to_bundle(document)["objects"]}
    patterns = sorted(o["pattern"] for o in objects.values() if o["type"] == "indicator")
    assert patterns == ["[file:hashes.'SHA-256' = '" + "a" * 64 + "']",
                        "[gpos-identifier:identifier_type = 'imei' AND gpos-identifier:value = '490154203237518']",
                        "[ipv6-addr:value = '2001:db8::1']",
                        "[phone-number:value = '+66812345678']",
                        "[url:value = 'https://a.example/x\\'y']"]
    assert next(o for o in objects.values() if o["type"] == "report")["published"] == "2025-01-01T00:00:00.000Z"
    assert _check(to_bundle(document))[0] == []


def test_export_through_the_registry_contract() -> None:
    document = json.loads(EXPORTS[0].read_text(encoding="utf-8"))
    outputs = load("stix").export_document(document, "originating_agency")
    assert len(outputs) == 1 and outputs[0].name == ""
    assert json.loads(outputs[0].data)["type"] == "bundle"


def test_cli_export_for_a_partner_goes_through_the_sharing_policy(tmp_path: Path) -> None:
    from gpos_standard.cli import main

    key = tmp_path / "key.bin"
    assert main(["keygen", "-o", str(key)]) == 0
    out = tmp_path / "bundle.json"
    assert main(["export", "stix", str(EXPORTS[-1]), "-o", str(out), "--audience", "partner_law_enforcement",
                 "--key-file", str(key)]) == 0
    bundle = json.loads(out.read_bytes())
    assert _check(bundle)[0] == []
    original = json.loads(EXPORTS[-1].read_text(encoding="utf-8"))
    narratives = {r["narrative"] for r in original["scam_reports"] if r.get("narrative")}
    assert not narratives & {o.get("description") for o in bundle["objects"]}  # the partner may not see them


@pytest.mark.parametrize("name", ["", "TH-CCIB-IND-0001", "indicators/ü", "x" * 300])
def test_fast_uuid5_is_uuid5(name: str) -> None:
    import uuid

    from gpos_standard.interop.stix.common import uuid5

    namespace = uuid.UUID("00abedb4-aa42-466c-9c01-fed23315a9b7")
    assert uuid5(namespace.bytes, name) == str(uuid.uuid5(namespace, name))


_ENVELOPE = {"standard_version": "0.2.0", "export_id": "TH-GEN-1", "publisher": "TH-ORG-1", "member_country": "TH",
             "created_at": "2025-07-04T10:15:00+07:00",
             "period": {"start_date": "2025-01-01", "end_date": "2025-06-30"}, "sharing_marking": "GREEN",
             "licence": "test"}


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.fixed_dictionaries({name: st.lists(record(collections()[name]), max_size=2, unique_by=lambda r: r["id"])
                              for name in mapping()["classes"]}))
def test_generated_exports_have_no_validator_errors(records: dict) -> None:
    """Values STIX cannot hold in an observable (a URL without a scheme...) travel as gpos-identifier instead."""
    document = {**_ENVELOPE, **{k: v for k, v in records.items() if v}}
    results = validator.validate_instance(json.loads(json.dumps(to_bundle(document))),
                                          validator.ValidationOptions(version="2.1"))
    assert [str(e) for e in results.errors] == []


def test_streamed_bundle_is_the_bundle() -> None:
    from gpos_standard.interop.stix.export import to_bytes

    document = json.loads(EXPORTS[0].read_text(encoding="utf-8"))
    assert json.loads(to_bytes(document)) == to_bundle(document)


def test_a_stream_that_fails_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from gpos_standard import cli
    from gpos_standard.interop import ConversionError
    from gpos_standard.interop import stix as stix_format

    def broken(document: dict, audience: str):  # type: ignore[no-untyped-def]
        yield b'{"type": "bundle", "objects": ['
        raise ConversionError("stopped half-way")

    monkeypatch.setattr(stix_format, "export_stream", broken)
    out = tmp_path / "bundle.json"
    assert cli.main(["export", "stix", str(EXPORTS[0]), "-o", str(out), "--audience", "originating_agency"]) == 2
    assert not out.exists() and list(tmp_path.iterdir()) == []
