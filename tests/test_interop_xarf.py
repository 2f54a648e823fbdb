"""gpos export xarf: every report made from the reference exports validates against the published X-ARF v4 JSON
Schemas (vendored under tests/data/xarf with their licence), and nothing personal reaches an abuse desk."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource

from gpos_standard.interop import ConversionError, load
from gpos_standard.interop.xarf.export import reports, resource_url

ROOT = Path(__file__).resolve().parents[1]
EXPORTS = sorted((ROOT / "reference_data" / "exports").glob("*.json"))
SCHEMAS = ROOT / "tests" / "data" / "xarf"


def _validators() -> dict[str, Draft202012Validator]:
    resources = [json.loads(p.read_text(encoding="utf-8")) for p in SCHEMAS.rglob("*.json") if "sample" not in p.name]
    registry = Registry().with_resources((s["$id"], Resource.from_contents(s)) for s in resources)
    by_id = {s["$id"]: s for s in resources}
    return {kind: Draft202012Validator(by_id[f"https://xarf.org/schemas/v4/types/content-{kind}.json"],
                                       registry=registry, format_checker=FormatChecker())
            for kind in ("fraud", "phishing")}


VALIDATORS = _validators()


def _errors(report: dict[str, Any]) -> list[str]:
    validator = VALIDATORS[report["type"]]
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(report)]


@pytest.mark.parametrize("name", ["sample-content-fraud.json", "sample-content-phishing.json"])
def test_the_schemas_accept_the_published_samples(name: str) -> None:
    assert _errors(json.loads((SCHEMAS / name).read_text(encoding="utf-8"))) == []


def test_the_schemas_reject_a_broken_report() -> None:
    sample = json.loads((SCHEMAS / "sample-content-fraud.json").read_text(encoding="utf-8"))
    broken = {**sample, "reporter": {**sample["reporter"], "contact": "not a mailbox"}, "fraud_type": "pig"}
    assert len(_errors(broken)) == 2


@pytest.mark.parametrize("path", EXPORTS, ids=[p.stem for p in EXPORTS])
def test_reference_exports_make_valid_reports(path: Path) -> None:
    document = json.loads(path.read_text(encoding="utf-8"))
    made = reports(document)
    assert made, "every reference export has reportable indicators"
    for report in made:
        assert _errors(report) == [], report["url"]
    narratives = {r.get("narrative") for r in document.get("scam_reports") or ()} - {None}
    text = json.dumps(made, ensure_ascii=False)
    assert not any(n in text for n in narratives)
    names = {n for p in document.get("persons") or () for n in p.get("names") or ()}
    assert not any(n in text for n in names)
    assert len({r["report_id"] for r in made}) == len(made)


def test_registry_contract_writes_json_lines() -> None:
    document = json.loads(EXPORTS[-1].read_text(encoding="utf-8"))
    (output,) = load("xarf").export_document(document, "originating_agency")
    lines = output.data.decode().splitlines()
    assert [json.loads(line) for line in lines] == reports(document)


def test_what_is_reported_and_how() -> None:
    document = json.loads(EXPORTS[-1].read_text(encoding="utf-8"))  # Thailand
    made = {r["url"]: r for r in reports(document)}
    taken_down = [i for i in document["indicators"] if i["status"] == "taken_down"]
    assert taken_down and not {resource_url(i) for i in taken_down} & set(made)
    assert all(r["reporter"]["contact"].endswith("@ccib.go.th") for r in made.values())


@pytest.mark.parametrize(("indicator", "url"), [
    ({"indicator_type": "domain", "value": "Scam.Example"}, "https://scam.example/"),
    ({"indicator_type": "messaging_account", "value": "@jobs_x", "platform": "telegram"}, "https://t.me/jobs_x"),
    ({"indicator_type": "social_media_account", "value": "Display Name", "platform": "facebook"}, None),
    ({"indicator_type": "messaging_account", "value": "someone", "platform": "line"}, None),
    ({"indicator_type": "social_media_account", "value": "facebook.com/a.b", "platform": "facebook"},
     "https://facebook.com/a.b"),
])
def test_resource_url(indicator: dict[str, Any], url: str | None) -> None:
    assert resource_url(indicator) == url


def test_no_contact_mailbox_is_a_clear_refusal() -> None:
    document = json.loads(EXPORTS[-1].read_text(encoding="utf-8"))
    document["focal_points"] = []
    with pytest.raises(ConversionError, match="focal point"):
        reports(document)


def test_cli_export(tmp_path: Path) -> None:
    from gpos_standard.cli import main

    out = tmp_path / "reports.jsonl"
    assert main(["export", "xarf", str(EXPORTS[0]), "-o", str(out), "--audience", "originating_agency"]) == 0
    assert all(_errors(json.loads(line)) == [] for line in out.read_text(encoding="utf-8").splitlines())
