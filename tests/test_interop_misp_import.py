"""MISP import: GPOS -> MISP -> GPOS keeps every field the mapping table says MISP holds (reference exports and a
hypothesis property), and real published MISP events become valid GPOS exports with a checked not-carried report."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gpos_standard.cli import main
from gpos_standard.interop import ImportOptions
from gpos_standard.interop._tables import crosswalk, table
from gpos_standard.interop.misp import export_events, import_event, import_path
from gpos_standard.validation import validate

from conftest import EXPORTS, load_json
from strategies import record

pytest.importorskip("pymisp")
DATA = Path(__file__).parent / "data" / "misp"
TABLE = table("misp")
ENVELOPE = ("standard_version", "export_id", "publisher", "member_country", "created_at", "period",
            "sharing_marking", "licence")


def _instant(text: str | None) -> datetime | None:
    if not text:
        return None
    head, sep, tail = text.replace("Z", "+00:00").partition(".")
    if sep:
        digits = len(tail) - len(tail.lstrip("0123456789"))
        tail = (tail[:digits] + "000000")[:6] + tail[digits:]
    return datetime.fromisoformat(head + sep + tail).astimezone(timezone.utc)


def carried(document: dict[str, Any]) -> dict[str, Any]:
    """What the mapping table says a MISP event holds of ``document``, in comparable form."""
    out: dict[str, Any] = {k: document.get(k) for k in ENVELOPE}
    status = crosswalk("indicator_status", "misp")
    out["indicators"] = {
        i["id"]: (i["indicator_type"], i["value"], (status.get(i["status"]) or status["unknown"])[0],  # none: unknown
                  _instant(i.get("first_seen")), _instant(i.get("last_seen")))
        for i in document.get("indicators", []) if i["indicator_type"] in TABLE["indicators"]}
    bank, crypto = TABLE["financial_accounts"]["bank"], TABLE["financial_accounts"]["crypto"]
    accounts = {}
    for a in document.get("financial_accounts", []):
        if a["account_type"] in crypto["types"] and a.get("wallet_address"):
            accounts[a["id"]] = (a["account_type"], a["wallet_address"], (a.get("crypto_assets") or [None])[0])
        elif a["account_type"] not in crypto["types"] and (a.get("account_number") or a.get("iban")):
            kind = bank["bank_type"] if a["account_type"] == bank["bank_type"] else bank["other_type"]
            accounts[a["id"]] = (kind, *(a.get(f) for f in bank["fields"]))
    out["financial_accounts"] = accounts
    gender = crosswalk("gender", "misp")
    out["persons"] = {p["id"]: (p["names"], p.get("date_of_birth"), p.get("nationalities"),
                                p.get("gender") if p.get("gender") in gender else None)
                      for p in document.get("persons", []) if p.get("names")}
    out["organisations"] = {o["id"]: tuple(o.get(f) for f in TABLE["organisations"]["fields"])
                            for o in document.get("organisations", [])}
    out["transactions"] = {t["id"]: (t["blockchain_tx_hash"], t["amount"]["amount"], t["amount"]["crypto_asset"],
                                     _instant(t["executed_at"]))
                           for t in document.get("transactions", [])
                           if t.get("blockchain_tx_hash") and t["amount"].get("crypto_asset")}
    return out


def round_trip(document: dict[str, Any], prune: bool = True) -> dict[str, Any]:
    event = json.loads(json.dumps(export_events(document, "originating_agency")[0]))
    return import_event(event, ImportOptions(), prune=prune).document


@pytest.mark.parametrize("path", EXPORTS, ids=lambda p: p.stem)
def test_reference_exports_round_trip(path: Path) -> None:
    document = load_json(path)
    back = round_trip(document)
    assert validate(back).valid
    assert carried(back) == carried(document)


_ENVELOPE = st.fixed_dictionaries({
    "standard_version": st.just("0.2.0"), "export_id": st.from_regex(r"[A-Z]{2}-[A-Z0-9]{1,8}", fullmatch=True),
    "publisher": st.just("XX-ORG-1"), "member_country": st.sampled_from(["TH", "PE", "NP"]),
    "created_at": st.just("2025-07-04T10:15:00+07:00"),
    "period": st.just({"start_date": "2025-01-01", "end_date": "2025-06-30"}),
    "sharing_marking": st.sampled_from(["CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED"]),
    "licence": st.text(min_size=1, max_size=20)})


def _unique(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return list({r["id"]: r for r in records}.values())


@st.composite
def exports(draw: st.DrawFn) -> dict[str, Any]:
    document = draw(_ENVELOPE)
    for collection, cls in (("indicators", "Indicator"), ("financial_accounts", "FinancialAccount"),
                            ("persons", "Person"), ("organisations", "Organisation"), ("transactions", "Transaction")):
        document[collection] = _unique(draw(st.lists(record(cls), max_size=3)))
    return document


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(exports())
def test_round_trip_keeps_what_misp_holds(document: dict[str, Any]) -> None:
    assert carried(round_trip(document, prune=False)) == carried(document)


def _summary(path: Path) -> tuple[dict[str, Any], dict[str, int]]:
    result = import_path(path, ImportOptions(member_country="LU"))
    assert validate(result.document).valid
    return result.document, {row["where"]: row["count"] for row in result.summary()}


def test_real_circl_event_with_objects() -> None:
    document, report = _summary(DATA / "circl-osint-sednit.json")
    types = sorted({i["indicator_type"] for i in document["indicators"]})
    assert types == ["domain", "file_hash", "ip_address"]
    assert document["sharing_marking"] == "CLEAR"  # tlp:white
    assert report["object file: filename"] == 15 and report["object file: state"] == 37
    assert report["galaxy threat-actor"] == 1 and report["event tag misp-galaxy"] == 14
    assert report["attribute text"] == 1 and report["event info"] == 1


def test_real_circl_event_with_attributes() -> None:
    document, report = _summary(DATA / "circl-osint-xorist.json")
    assert sorted(i["value"][:8] for i in document["indicators"]) == ["0749bae9", "77b0c41b", "b3c4ae25"]
    assert {"attribute link", "attribute regkey|value", "attribute filename", "event tag circl"} <= set(report)


def test_invalid_values_are_dropped_and_counted() -> None:
    event = {"Event": {"info": "x", "uuid": "5a3c2fee-7c8c-438a-8f7f-465402de0b81", "date": "2025-01-01",
                       "Attribute": [{"type": "url", "value": "not a url", "uuid": "1"},
                                     {"type": "domain", "value": "example.org", "uuid": "2"}]}}
    result = import_event(event, ImportOptions(member_country="TH"))
    assert [i["value"] for i in result.document["indicators"]] == ["example.org"]
    assert result.records_skipped == 1
    assert any(r["reason"].startswith("GPOS-E") for r in result.summary())


def test_command_line_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, report = tmp_path / "out.json", tmp_path / "report.json"
    assert main(["import", "misp", str(DATA / "circl-osint-xorist.json"), "-o", str(out), "--member", "LU",
                 "--not-carried", str(report)]) == 0
    assert validate(out).valid
    assert json.loads(report.read_text())["not_carried"]
    assert main(["import", "misp", str(DATA / "circl-osint-xorist.json"), "-o", str(tmp_path / "b.json")]) == 2
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2")
    assert main(["import", "misp", str(bad), "-o", str(tmp_path / "c.json"), "--member", "LU"]) == 2
    assert "Traceback" not in capsys.readouterr().err


_JSON = st.recursive(st.none() | st.booleans() | st.integers(-5, 5) | st.text(max_size=5),
                     lambda inner: st.lists(inner, max_size=3)
                     | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                     max_leaves=10)
_KEYS = st.sampled_from(["Attribute", "Object", "Tag", "Galaxy", "Orgc", "info", "date", "uuid", "timestamp",
                         "EventReport", "comment", "name", "type", "value", "object_relation"])


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(_KEYS, _JSON | st.lists(st.dictionaries(_KEYS, _JSON, max_size=4), max_size=3), max_size=6))
def test_hostile_events_never_raise_anything_but_conversion_errors(event: dict[str, Any]) -> None:
    from gpos_standard.interop import ConversionError

    try:
        import_event({"Event": {"info": "x", **event}}, ImportOptions(member_country="TH"), prune=False)
    except ConversionError:
        pass
