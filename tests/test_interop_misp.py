"""MISP export: the reference exports become MISP events that the peers' own tools accept (PyMISP loads them,
misp-stix converts them to STIX 2.1 without errors), deterministic, with TLP and typology tags."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from gpos_standard.cli import main
from gpos_standard.interop.misp import export_events
from gpos_standard.interop.misp.export import utc

from conftest import EXPORTS, load_json

pymisp = pytest.importorskip("pymisp")
misp_stix = pytest.importorskip("misp_stix_converter")


def _stix_errors(event: dict[str, Any]) -> dict[str, Any]:
    parser = misp_stix.MISPtoSTIX21Parser()
    parser.parse_misp_event(copy.deepcopy(event))
    assert parser.bundle.objects
    return dict(parser.errors)


@pytest.mark.parametrize("path", EXPORTS, ids=lambda p: p.stem)
def test_reference_exports_make_events_pymisp_loads_and_misp_stix_converts(path: Path) -> None:
    document = load_json(path)
    for per_case in (False, True):
        events = export_events(document, "originating_agency", per_case=per_case)
        assert len(events) == (len(document["cases"]) if per_case else 1)
        for event in events:
            loaded = pymisp.MISPEvent()
            loaded.from_dict(**copy.deepcopy(event))
            assert len(loaded.objects) == len(event["Event"]["Object"])
            for obj in loaded.objects:  # every object follows its template: PyMISP's strict check
                strict = pymisp.MISPObject(obj.name, strict=True)
                for attribute in obj.attributes:
                    strict.add_attribute(attribute.object_relation, value=attribute.value)
                strict.to_dict(strict=True)
            assert _stix_errors(event) == {}


def test_event_content_tags_and_determinism() -> None:
    document = load_json(next(p for p in EXPORTS if p.stem.startswith("th")))
    event = export_events(document, "originating_agency")[0]["Event"]
    assert export_events(document, "originating_agency")[0]["Event"] == event  # no clock, no random uuid
    tags = [t["name"] for t in event["Tag"]]
    assert tags[0] == "tlp:amber"
    assert "cryptocurrency-threat:Pig Butchering Scam" in tags
    names = {o["name"] for o in event["Object"]}
    assert {"url", "domain-ip", "bank-account", "coin-address", "person", "legal-entity"} <= names
    comments = {o["comment"] for o in event["Object"]}
    assert "GPOS indicators TH-CCIB-IND-0001" in comments
    assert len({o["uuid"] for o in event["Object"]}) == len(event["Object"])


def test_every_tag_is_a_machine_tag_of_a_published_misp_taxonomy() -> None:
    pytaxonomies = pytest.importorskip("pytaxonomies")
    from gpos_standard.interop._tables import crosswalk

    known = {tag for tags in pytaxonomies.Taxonomies().all_machinetags() for tag in tags}
    used = {tag for codelist in ("sharing_marking", "scam_typology", "indicator_status")
            for tags in crosswalk(codelist, "misp").values() for tag in tags}
    assert used - known == set()


def test_persons_only_for_audiences_that_may_see_them() -> None:
    document = load_json(next(p for p in EXPORTS if p.stem.startswith("th")))
    names = {o["name"] for o in export_events(document, "public_statistics")[0]["Event"]["Object"]}
    assert "person" not in names


def test_datetimes_in_utc_as_misp_writes_them() -> None:
    assert utc("2025-01-01T10:00:00+07:00") == "2025-01-01T03:00:00.000000+00:00"
    assert utc("2025-01-01T10:00:00.123456789Z") == "2025-01-01T10:00:00.123456+00:00"


def test_command_line_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = next(p for p in EXPORTS if p.stem.startswith("bd"))
    out = tmp_path / "event.json"
    assert main(["export", "misp", str(source), "-o", str(out), "--audience", "originating_agency"]) == 0
    event = json.loads(out.read_text())
    assert event["Event"]["info"].startswith("GPOS export ")


@pytest.mark.parametrize("audience", ["partner_law_enforcement", "public_statistics"])
def test_command_line_applies_the_sharing_policy(audience: str, tmp_path: Path) -> None:
    source = next(p for p in EXPORTS if p.stem.startswith("th"))
    key, out = tmp_path / "key", tmp_path / "event.json"
    assert main(["keygen", "-o", str(key)]) == 0
    assert main(["export", "misp", str(source), "-o", str(out), "--audience", audience, "--key-file", str(key)]) == 0
    text = out.read_text()
    document = load_json(source)
    for person in document["persons"]:  # names, birth dates and document numbers never reach the event
        for value in [*person.get("names", []), person.get("date_of_birth"),
                      *(d["number"] for d in person.get("identity_documents", []))]:
            if value:
                assert value not in text
    loaded = pymisp.MISPEvent()
    loaded.from_dict(**json.loads(text))
    assert _stix_errors(json.loads(text)) == {}
