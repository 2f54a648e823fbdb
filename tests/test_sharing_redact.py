"""Redaction, proven: for any valid export and every audience the output is valid and leaks nothing above the
audience's ceiling; pseudonyms behave; the key never leaves the process."""

from __future__ import annotations

import copy
import hashlib
import json
import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, assume, given, settings
from hypothesis import strategies as st

from gpos_standard.resources import schema_meta
from gpos_standard.sharing import policy
from gpos_standard.sharing.keys import Key, KeyProblem, generate, load_key, parse
from gpos_standard.sharing.pseudonym import Pseudonymiser
from gpos_standard.sharing.redact import age_band, redact
from gpos_standard.validation import validate

from conftest import EXPORTS, load_json
from strategies import CLASSES, record

KEY = Key(hashlib.sha256(b"test key").digest(), "0123456789abcdef")
OTHER_KEY = Key(hashlib.sha256(b"another test key").digest(), "fedcba9876543210")
AUDIENCES = list(policy.AUDIENCES)
COLLECTIONS: dict[str, str] = schema_meta()["collections"]
LATER = datetime(2200, 1, 1, tzinfo=timezone.utc)  # generated dates run to 2100
_PSEUDONYMS = re.compile(r"psn:[0-9a-f]{64}|-PSN-[0-9a-f]{24}|\b[0-9a-f]{16}\b")

ENVELOPE: dict[str, Any] = {
    "standard_version": "0.1.0", "export_id": "TH-EXP-GEN", "publisher": "TH-ORG", "member_country": "TH",
    "created_at": "2101-01-01T00:00:00Z", "period": {"start_date": "2025-01-01", "end_date": "2025-06-30"},
    "sharing_marking": "AMBER", "licence": "GPOS data-sharing terms 2025",
}


# -- valid exports from the schema strategies ------------------------------------------------------------------------
def _refs(cls: str, obj: dict[str, Any], ids: dict[str, list[str]], draw: st.DrawFn) -> None:
    for name, meta in CLASSES[cls]["slots"].items():
        if name not in obj:
            continue
        if meta["kind"] == "ref" and name != "id":
            pool = ids.get(meta["range"], [])
            if not pool:
                del obj[name]
            elif meta["multivalued"]:
                obj[name] = draw(st.lists(st.sampled_from(pool), min_size=1, max_size=2, unique=True))
            else:
                obj[name] = draw(st.sampled_from(pool))
        elif meta["kind"] == "inlined":
            for item in obj[name] if isinstance(obj[name], list) else [obj[name]]:
                _refs(meta["range"], item, ids, draw)


def _remove(doc: dict[str, Any], pointer: str, whole_object: bool) -> bool:
    parts: list[Any] = [int(p) if p.isdigit() else p for p in pointer.strip("/").split("/") if p]
    if whole_object:
        parts = parts[: max(i + 1 for i, p in enumerate(parts) if isinstance(p, int))] if any(
            isinstance(p, int) for p in parts) else []
    if not parts:
        return False
    parent: Any = doc
    for step in parts[:-1]:
        try:
            parent = parent[step]
        except (KeyError, IndexError, TypeError):
            return True  # already removed with an enclosing object in this pass
    if isinstance(parent, list):
        parent[parts[-1]] = None  # removed after the pass, so that indexes stay valid
    elif isinstance(parent, dict):
        parent.pop(parts[-1], None)
    return True


def _compact(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _compact(v) for k, v in value.items() if v is not None and v != []}
    if isinstance(value, list):
        return [_compact(v) for v in value if v is not None]
    return value


@st.composite
def valid_exports(draw: st.DrawFn) -> dict[str, Any]:
    """An export built from the schema strategies, then repaired (offending values removed) until it validates."""
    doc: dict[str, Any] = copy.deepcopy(ENVELOPE)
    ids: dict[str, list[str]] = {"Organisation": ["TH-ORG"]}
    chosen = draw(st.lists(st.sampled_from(sorted(COLLECTIONS)), min_size=1, max_size=8, unique=True))
    n = 0
    for coll in chosen:
        items = draw(st.lists(record(COLLECTIONS[coll]), min_size=1, max_size=3))
        for item in items:
            n += 1
            item["id"] = f"TH-R{n}"
            ids.setdefault(COLLECTIONS[coll], []).append(item["id"])
        doc[coll] = items
    doc.setdefault("organisations", []).insert(0, {"id": "TH-ORG", "name": "Agency", "organisation_type": "other"})
    for coll in list(doc):
        if coll in COLLECTIONS:
            for item in doc[coll]:
                _refs(COLLECTIONS[coll], item, ids, draw)
    for _ in range(12):
        report = validate(doc, now=LATER)
        if report.valid:
            return doc
        for issue in report.errors:
            if not _remove(doc, issue.path, issue.code in ("GPOS-E002", "GPOS-E011")):
                assume(False)
        doc = _compact(doc)
        doc["organisations"] = doc.get("organisations") or []
    assume(False)
    return doc


# -- what may leave ----------------------------------------------------------------------------------------------------
def _leaves(cls: str, obj: Any, out: list[tuple[str, str, Any]]) -> None:
    if not isinstance(obj, dict):
        return
    for name, value in obj.items():
        meta = CLASSES[cls]["slots"].get(name)
        if meta is None or (name in COLLECTIONS and cls == "Export"):
            continue
        for v in value if isinstance(value, list) else [value]:
            if meta["kind"] == "inlined":
                _leaves(meta["range"], v, out)
            else:
                out.append((cls, name, v))


def leaves(document: dict[str, Any]) -> list[tuple[str, str, Any]]:
    out: list[tuple[str, str, Any]] = []
    _leaves("Export", document, out)
    for coll, cls in COLLECTIONS.items():
        for item in document.get(coll) or []:
            _leaves(cls, item, out)
    return out


def _above(aud: str, cls: str, slot: str) -> bool:
    return policy.rank(policy.sensitivity(cls, slot)) > policy.rank(policy.AUDIENCES[aud].ceiling)


def _strings(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [value] if isinstance(value, str) else []


def assert_no_leak(original: dict[str, Any], output: dict[str, Any], redaction: dict[str, Any], aud: str) -> None:
    released = set(policy.RELEASED.get(aud, {}))
    sensitive, allowed = set(), set()
    for cls, slot, value in leaves(original):
        if not isinstance(value, str):
            continue
        if not _above(aud, cls, slot) or (cls, slot) in released:
            allowed.add(value)
        else:
            sensitive.add(value)
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                allowed.add(value[:8] + "01")  # a date generalised to its month
    # Search values, not the names of slots that the redaction record lists.
    text = _PSEUDONYMS.sub("#", "\n".join(_strings([{**output, "redaction": None}, {**redaction, "steps": None}])))
    blob = "\n".join(allowed)
    for value in sensitive:
        if len(value) >= 4 and value not in blob:
            assert value not in text, f"{aud}: a sensitive value leaked"
    # Every leaf above the ceiling is released, pseudonymous, or generalised.
    for cls, slot, value in leaves(output):
        if not _above(aud, cls, slot) or (cls, slot) in released:
            continue
        ok = isinstance(value, str) and (value.startswith("psn:") or "-PSN-" in value or
                                         (len(value) == 10 and value.endswith("-01")))
        assert ok, f"{aud}: {cls}.{slot} is above the ceiling but in clear"
    if aud != "originating_agency":
        text = json.dumps(output)
        for coll in COLLECTIONS:
            for item in original.get(coll) or []:
                assert f'"{item["id"]}"' not in text, "a record id left in clear"


def check(document: dict[str, Any], aud: str, now: datetime | None = None) -> dict[str, Any]:
    output, redaction = redact(copy.deepcopy(document), aud, KEY)
    report = validate(output, now=now)
    assert report.valid, [(i.code, i.path, i.message) for i in report.errors[:5]]
    assert_no_leak(document, output, redaction, aud)
    assert KEY.secret.hex() not in json.dumps([output, redaction])
    return output


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck),
          phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink])
@given(valid_exports(), st.sampled_from(AUDIENCES))
def test_any_valid_export_redacts_to_a_valid_export_without_leaks(document: dict[str, Any], aud: str) -> None:
    check(document, aud, now=LATER)


@pytest.mark.parametrize("aud", AUDIENCES)
@pytest.mark.parametrize("path", EXPORTS, ids=[p.name for p in EXPORTS])
def test_reference_exports(path: Path, aud: str) -> None:
    document = load_json(path)
    output = check(document, aud)
    if aud == "originating_agency":
        assert output == {**{k: v for k, v in document.items() if v != []}, "redaction": output["redaction"]}
        assert output["redaction"]["audience"] == "originating_agency"


def test_dropped_records_take_their_references_with_them() -> None:
    document = load_json(EXPORTS[0])
    output, _ = redact(document, "partner_law_enforcement", KEY)
    assert "trafficking_screenings" not in output and "person_involvements" not in output
    ids = {r["id"] for coll in COLLECTIONS for r in output.get(coll) or []}
    holders = [a["holder_person"] for a in output.get("financial_accounts", []) if "holder_person" in a]
    assert holders and all(h in ids and "-PSN-" in h for h in holders)


def test_children_are_reduced_to_their_id() -> None:
    document = copy.deepcopy(ENVELOPE)
    document["organisations"] = [{"id": "TH-ORG", "name": "Agency", "organisation_type": "other"}]
    document["persons"] = [{"id": "TH-P1", "names": ["Somchai Child"], "is_minor": True, "gender": "male"},
                           {"id": "TH-P2", "date_of_birth": "2095-05-01", "nationalities": ["TH"]}]
    output, _ = redact(document, "partner_law_enforcement", KEY)
    assert [sorted(p) for p in output["persons"]] == [["id"], ["id"]]


def test_age_band() -> None:
    assert age_band("2000-07-05", "2025-07-04") == "age_18_24"
    assert age_band("2000-07-04", "2025-07-04") == "age_25_34"
    assert age_band("2010-01-01", "2025-07-04") == "age_12_17"
    assert age_band("1950-01-01", "2025-07-04") == "age_65_plus"
    assert age_band("2030-01-01", "2025-07-04") == "unknown"


# -- pseudonyms --------------------------------------------------------------------------------------------------
def test_pseudonyms_stable_keyed_and_normalised() -> None:
    a, b, c = (Pseudonymiser(k, country="TH") for k in (KEY, KEY, OTHER_KEY))
    phone = a.value("phone", "+66 81 234 5678")
    assert re.fullmatch(r"psn:[0-9a-f]{64}", phone)
    assert phone == b.value("phone", "+66812345678") == a.value("phone", "081 234 5678", region="TH")
    assert phone != c.value("phone", "+66812345678")
    assert a.value("email", "Victim@Example.COM") == a.value("email", "victim@example.com")
    assert a.value("name", "  SOMCHAI   Jaidee ") == a.value("name", "somchai jaidee")
    assert a.value("iban", "AE07 0331 2345 6789 0123 456") == a.value("iban", "AE070331234567890123456")
    wallet = "0x52908400098527886E0F7030069857D2E4169EE7"
    assert a.value("wallet", wallet.lower(), network="ethereum") == a.value("wallet", wallet, network="ethereum")
    assert a.value("phone", "+66812345678") != a.value("name", "+66812345678")  # the kind is part of the input
    assert a.record_id("TH-PER-1") == b.record_id("TH-PER-1") != c.record_id("TH-PER-1")
    assert re.fullmatch(r"TH-PSN-[0-9a-f]{24}", a.record_id("TH-PER-1"))


def test_same_identifier_same_pseudonym_across_slots() -> None:
    document = copy.deepcopy(ENVELOPE)
    document["organisations"] = [{"id": "TH-ORG", "name": "Agency", "organisation_type": "other"}]
    document["persons"] = [{"id": "TH-P1", "contact_details": [{"kind": "phone_number", "value": "+66 81 234 5678"}]}]
    document["indicators"] = [{"id": "TH-I1", "indicator_type": "phone_number", "value": "+66812345678",
                               "status": "active"}]
    output, _ = redact(document, "partner_law_enforcement", KEY)
    assert output["persons"][0]["contact_details"][0]["value"] != "+66812345678"
    # Indicators are restricted, so partners see them in clear; the person's phone is pseudonymised.
    again, _ = redact(document, "partner_law_enforcement", KEY)
    assert again == output


def test_key_is_required_only_when_pseudonymising() -> None:
    document = load_json(EXPORTS[0])
    redact(document, "originating_agency", None)
    with pytest.raises(KeyProblem, match="needs a key"):
        redact(document, "partner_law_enforcement", None)


def test_key_loading(tmp_path: Path) -> None:
    key, content = generate()
    key_file = tmp_path / "key"
    key_file.write_bytes(content)
    assert load_key(key_file) == key and key.key_id and len(key.secret) == 32
    assert load_key(None, {"GPOS_PSEUDONYM_KEY": content.decode()}) == key
    assert load_key(None, {}) is None
    raw = bytes(range(200, 240))
    assert load_key(None, {"GPOS_PSEUDONYM_KEY": raw.hex()}) == Key(raw.hex().encode(), None)
    with pytest.raises(KeyProblem, match="cannot read"):
        load_key(tmp_path / "missing")


@pytest.mark.parametrize("weak", [b"short", b"password12345678", b"password12345678password12345678",
                                  b"a" * 64, b"0123456789" * 4, b"correct horse battery staple test"])
def test_weak_keys_are_refused_with_how_to_make_one(weak: bytes) -> None:
    """Issue 15, finding 11."""
    with pytest.raises(KeyProblem, match="gpos keygen"):
        parse(weak, "the key file")


def test_damaged_key_file_is_refused() -> None:
    _, content = generate()
    with pytest.raises(KeyProblem, match="damaged"):
        parse(content[:-10], "k")
    with pytest.raises(KeyProblem, match="not a random"):
        parse(b"gpos-key-1 0123456789abcdef " + __import__("base64").urlsafe_b64encode(b"\0" * 32), "k")


def test_redaction_record_validates_as_manifest_part() -> None:
    _, redaction = redact(load_json(EXPORTS[0]), "partner_law_enforcement", KEY)
    assert redaction["key_id"] == KEY.key_id and "key_fingerprint" not in redaction
    codes = {s["action"] for s in redaction["steps"]}
    assert codes <= {"dropped", "pseudonymised", "generalised_to_month", "generalised_to_age_band",
                     "generalised_to_region", "identifiers_pseudonymised", "personal_data_replaced"}


# -- issue 15 ------------------------------------------------------------------------------------------------------
def _with_spoofed_pseudonyms() -> dict[str, Any]:
    document = load_json(EXPORTS[0])
    person = next(p for p in document["persons"] if p.get("contact_details") and p.get("names"))
    person["names"] = ["psn:Somchai Jaidee", "psn:" + "a" * 64]
    person["contact_details"][0]["value"] = "psn:+66812345678"
    return document


def test_a_value_typed_as_a_pseudonym_is_pseudonymised() -> None:
    """Finding 1: recognition of a pseudonym does not depend on a prefix the publisher can type."""
    output, redaction = redact(_with_spoofed_pseudonyms(), "partner_law_enforcement", KEY)
    text = json.dumps(output)
    assert "Somchai" not in text and "+66812345678" not in text and "psn:" + "a" * 64 not in text
    assert redaction["key_id"] == KEY.key_id


def test_re_redacting_a_package_under_the_same_key_keeps_its_pseudonyms(tmp_path: Path) -> None:
    first, redaction = redact(_with_spoofed_pseudonyms(), "partner_law_enforcement", KEY)
    again, _ = redact(copy.deepcopy(first), "partner_law_enforcement", KEY, redaction)
    assert again["persons"] == first["persons"]
    other = Key(KEY.secret, "1111111111111111")  # a manifest naming another key id is not trusted
    moved, _ = redact(copy.deepcopy(first), "partner_law_enforcement", other, redaction)
    assert moved["persons"] != first["persons"]


FREE_TEXT_SLOTS = [("cases", "title"), ("evidence", "exhibit_number"), ("evidence", "legal_authorisation"),
                   ("taskforces", "mandate"), ("organisations", "registration_number"), ("focal_points", "unit")]


@pytest.mark.parametrize("aud", ["partner_law_enforcement", "public_statistics"])
def test_personal_data_in_free_text_does_not_leave(aud: str) -> None:
    """Finding 4: a victim's name and phone in free text of restricted or public slots, and in a record id."""
    document = load_json(EXPORTS[0])
    victim = next(p for p in document["persons"] if p.get("names"))
    name = victim["names"][0]
    planted = f"{name} +66 81 234 5678 somchai@example.com 1-7777-88888-99-2"
    for coll, slot in FREE_TEXT_SLOTS:
        document[coll][0][slot] = planted
    document["persons"][0].setdefault("identity_documents", [{"document_type": planted, "number": "X1"}])
    document["custody_events"] = document.get("custody_events") or []
    old_id = document["cases"][0]["id"]
    new_id = "TH-" + name.split()[0].upper() + "-0812345678"
    text = json.dumps(document).replace(f'"{old_id}"', f'"{new_id}"')
    output, _ = redact(json.loads(text), aud, KEY)
    out = json.dumps(output, ensure_ascii=False)
    for part in (*name.split(), "812345678", "somchai@example.com", "88888", name.split()[0].upper()):
        assert part not in out, part
    if aud == "partner_law_enforcement":
        assert "[name] [phone] [email] [number]" in out


def test_keygen_writes_a_private_key_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Finding 11: gpos keygen, and the manifest names the key by a random id, not a hash of it."""
    from gpos_standard.cli import main

    key_file = tmp_path / "key.bin"
    assert main(["keygen", "-o", str(key_file)]) == 0
    assert key_file.stat().st_mode & 0o777 == 0o600
    key = load_key(key_file)
    assert key is not None and len(key.secret) == 32 and key.key_id in capsys.readouterr().out
    before = key_file.read_bytes()
    assert main(["keygen", "-o", str(key_file)]) == 2
    assert key_file.read_bytes() == before
    out = tmp_path / "p.zip"
    assert main(["redact", str(EXPORTS[0]), "--audience", "partner_law_enforcement", "--key-file", str(key_file),
                 "-o", str(out)]) == 0
    manifest = json.loads(__import__("zipfile").ZipFile(out).read("manifest.json"))
    assert manifest["redaction"]["key_id"] == key.key_id
    assert key.key_id not in hashlib.sha256(key.secret).hexdigest()
    weak = tmp_path / "weak"
    weak.write_bytes(b"password12345678")
    assert main(["redact", str(EXPORTS[0]), "--audience", "partner_law_enforcement", "--key-file", str(weak),
                 "-o", str(tmp_path / "q.zip")]) == 2
    assert "gpos keygen" in capsys.readouterr().err
