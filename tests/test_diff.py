"""``gpos diff``: every kind of change is classified by the versioning rules, and every shipped version's number is at
least what its diff from the previous shipped version requires."""

from __future__ import annotations

import copy
import itertools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from gpos_build.examples.invalid import DELETE, set_at
from gpos_standard.cli import main
from gpos_standard.resources import codelists, schema_meta, supported_versions
from gpos_standard.versioning import parse
from gpos_standard.versioning.diff import Description, DiffError, diff, load, minimum_next
from gpos_standard.versioning.patterns import widens

from conftest import ROOT

BASE = "0.1.0"
END = "$(?![\\s\\S])"


def _base() -> Description:
    return Description(copy.deepcopy(schema_meta(BASE)), copy.deepcopy(codelists(BASE)), BASE)


def _levels(change: Callable[[dict[str, Any], dict[str, Any]], None]) -> set[tuple[str, str]]:
    new = _base()
    change(new.meta, new.codelists)
    return {(c.element, c.level) for c in diff(_base(), new).changes}


def _slot(meta: dict[str, Any], cls: str, slot: str) -> dict[str, Any]:
    return meta["classes"][cls]["slots"][slot]  # type: ignore[no-any-return]


def _code(lists: dict[str, Any], name: str, code: str) -> dict[str, Any]:
    return next(c for c in lists[name]["codes"] if c["code"] == code)


def _add_slot(meta: dict[str, Any], required: bool) -> None:
    _slot(meta, "Case", "title")  # exists: copy its shape
    meta["classes"]["Case"]["slots"]["summary"] = {**_slot(meta, "Case", "title"), "required": required}


def _pattern(cls: str, slot: str, pattern: str | None) -> Callable[[dict[str, Any], dict[str, Any]], None]:
    def change(meta: dict[str, Any], _: dict[str, Any]) -> None:
        if pattern is None:
            del _slot(meta, cls, slot)["pattern"]
        else:
            _slot(meta, cls, slot)["pattern"] = pattern
    return change


def _set(path: str, value: Any) -> Callable[[dict[str, Any], dict[str, Any]], None]:
    """Set (or with value None, delete) ``meta[a][b]...`` given as ``a/b/...``."""
    change = set_at(f"/{path}", DELETE if value is None else value)
    return lambda meta, _: change(meta)


def _rule_on_new_slot(meta: dict[str, Any]) -> None:
    """A precision slot and its rule (as in 0.2.0): objects valid before have no precision, so the rule never fires."""
    _add_slot(meta, False)
    meta["classes"]["Case"].setdefault("rules", []).append(
        {"code": "GPOS-E053", "preconditions": {"summary": {"equals_string": "year"}},
         "postconditions": {"opened_date": {"pattern": "^[0-9]{4}-01-01$"}}})


def _narrowed_involvement_rule(meta: dict[str, Any]) -> None:
    """GPOS-E054 relaxed as in 0.2.0: its new preconditions include the old ones and exclude what the old
    postcondition required, so it fires only on objects the old rule rejected."""
    cls = meta["classes"]["PersonInvolvement"]
    cls["slots"]["registered_by"] = {**cls["slots"]["case"], "required": False}
    cls["rules"] = [{"code": "GPOS-E054", "preconditions": {"case": {"value_presence": "ABSENT"},
                                                            "report": {"value_presence": "ABSENT"}},
                     "postconditions": {"registered_by": {"required": True}}}]


CASES: dict[str, tuple[Callable[[dict[str, Any], dict[str, Any]], None], tuple[str, str]]] = {
    "slot removed": (lambda m, _: m["classes"]["Case"]["slots"].pop("title"), ("slot Case.title", "major")),
    "optional slot added": (lambda m, _: _add_slot(m, False), ("slot Case.summary", "minor")),
    "required slot added": (lambda m, _: _add_slot(m, True), ("slot Case.summary", "major")),
    "slot made required": (_set("classes/Case/slots/title/required", True), ("slot Case.title", "major")),
    "slot made optional": (_set("classes/Case/slots/status/required", False), ("slot Case.status", "minor")),
    "slot made a list": (_set("classes/Case/slots/title/multivalued", True), ("slot Case.title", "major")),
    "range changed": (_set("classes/Case/slots/status/range", "ReportStatus"), ("slot Case.status", "major")),
    "pattern narrowed": (_pattern("MonetaryAmount", "crypto_asset", "^[A-Z0-9]{3,10}" + END),
                         ("slot MonetaryAmount.crypto_asset", "major")),
    "pattern widened": (_pattern("MonetaryAmount", "crypto_asset", "^[A-Z0-9]{2,12}" + END),
                        ("slot MonetaryAmount.crypto_asset", "minor")),
    "pattern rewritten": (_pattern("MonetaryAmount", "crypto_asset", "^(?:[A-Z]|[0-9]){2,10}" + END),
                          ("slot MonetaryAmount.crypto_asset", "major")),
    "pattern removed": (_pattern("MonetaryAmount", "crypto_asset", None),
                        ("slot MonetaryAmount.crypto_asset", "minor")),
    "minimum raised": (_set("classes/Indicator/slots/confidence/minimum", 10), ("slot Indicator.confidence", "major")),
    "maximum raised": (_set("classes/Indicator/slots/confidence/maximum", 1000),
                       ("slot Indicator.confidence", "minor")),
    "maximum removed": (_set("classes/Indicator/slots/confidence/maximum", None),
                        ("slot Indicator.confidence", "minor")),
    "sensitivity raised": (_set("classes/Case/slots/title/sensitivity", "special_category"),
                           ("slot Case.title", "major")),
    "sensitivity lowered": (_set("classes/Person/slots/names/sensitivity", "restricted"),
                            ("slot Person.names", "minor")),
    "slot deprecated": (_set("classes/Case/slots/title/deprecated", "use summary"), ("slot Case.title", "minor")),
    "slot description": (_set("classes/Case/slots/title/description", "Other words."), ("slot Case.title", "patch")),
    "open list closed": (_set("classes/ScamReport/slots/platforms/open", None), ("slot ScamReport.platforms", "major")),
    "check added": (_set("classes/Case/slots/title/checks", ["GPOS-E045"]), ("slot Case.title", "major")),
    "warning check added": (_set("classes/Case/slots/title/checks", ["GPOS-W002"]), ("slot Case.title", "minor")),
    "unknown slot property": (_set("classes/Case/slots/title/x_new_constraint", 3), ("slot Case.title", "major")),
    "class removed": (lambda m, _: m["classes"].pop("CustodyEvent"), ("class CustodyEvent", "major")),
    "class made abstract": (_set("classes/Case/abstract", True), ("class Case", "major")),
    "class rule added": (lambda m, _: m["classes"]["Period"].setdefault("rules", []).append(
        {"code": "GPOS-E052", "description": "x", "preconditions": {}, "postconditions": {"end_date": {
            "required": True}}}), ("class Period", "major")),
    "class rule removed": (lambda m, _: m["classes"]["MonetaryAmount"]["rules"].pop(), ("class MonetaryAmount",
                                                                                          "minor")),
    "class rule reworded": (lambda m, _: m["classes"]["MonetaryAmount"]["rules"][0].update(description="y"),
                            ("class MonetaryAmount", "patch")),
    "date order added": (lambda m, _: m["classes"]["Case"].setdefault("date_order", []).append(
        ["opened_date", "reported_date"]), ("class Case", "major")),
    "collection removed": (lambda m, _: m["collections"].pop("evidence"), ("collection evidence", "major")),
    "nulls allowed": (_set("conventions/nulls", "allowed"), ("convention nulls", "minor")),
    "classes opened": (_set("conventions/closed_classes", "false"), ("convention closed_classes", "minor")),
    "type pattern narrowed": (_set("types/CryptoTicker/pattern", "^[A-Z]{2,10}" + END), ("type CryptoTicker",
                                                                                          "major")),
    "type base changed": (_set("types/CryptoTicker/base", "integer"), ("type CryptoTicker", "major")),
    "list closed": (_set("enums/Platform/closed", True), ("code list platform", "major")),
    "list opened": (_set("enums/Gender/closed", False), ("code list gender", "minor")),
    "enum removed": (lambda m, _: m["enums"].pop("Gender"), ("code list gender", "major")),
    # a class rule added: major unless no object valid before can meet its preconditions, or every such object
    # already meets its postconditions
    "class rule on existing slots": (lambda m, _: m["classes"]["Case"].setdefault("rules", []).append(
        {"code": "GPOS-E053", "preconditions": {"title": {"required": True}},
         "postconditions": {"closure_reason": {"required": True}}}), ("class Case", "major")),
    "class rule on a new slot": (lambda m, _: _rule_on_new_slot(m), ("class Case", "minor")),
    "class rule narrowing an old one": (lambda m, _: _narrowed_involvement_rule(m),
                                        ("class PersonInvolvement", "minor")),
    "error rule added": (_set("rules/GPOS-E099", {"title": "t", "severity": "error", "scope": "record"}),
                         ("rule GPOS-E099", "major")),
    "warning rule added": (_set("rules/GPOS-W099", {"title": "t", "severity": "warning", "scope": "record"}),
                           ("rule GPOS-W099", "minor")),
    "rule made an error": (_set("rules/GPOS-W001/severity", "error"), ("rule GPOS-W001", "major")),
    "rule reworded": (_set("rules/GPOS-E001/title", "Other"), ("rule GPOS-E001", "patch")),
    "code removed": (lambda _, x: x["gender"]["codes"].pop(), ("code gender:" + codelists(BASE)["gender"]["codes"][-1][
        "code"], "major")),
    "code added": (lambda _, x: x["gender"]["codes"].append({"code": "new_one", "title": "New"}),
                   ("code gender:new_one", "minor")),
    "code deprecated": (lambda _, x: _code(x, "scam_typology", "romance").update(deprecated="0.2.0",
                                                                                 replaced_by="romance_investment"),
                        ("code scam_typology:romance", "minor")),
    "code retitled": (lambda _, x: _code(x, "scam_typology", "romance").update(title="Love scam"),
                      ("code scam_typology:romance", "patch")),
    "translation": (lambda _, x: _code(x, "scam_typology", "romance")["titles"].update(th="x"),
                    ("code scam_typology:romance", "patch")),
    "crosswalk": (lambda _, x: _code(x, "scam_typology", "romance")["crosswalk"].update(xarf=["other"]),
                  ("code scam_typology:romance", "patch")),
    "code moved": (lambda _, x: _code(x, "scam_typology", "romance").update(parent="romance_investment"),
                   ("code scam_typology:romance", "major")),
    "check attribute set": (lambda _, x: _code(x, "crypto_network", "solana").setdefault("attributes", {}).update(
        address_format="sol"), ("code crypto_network:solana", "major")),
    "check attribute removed": (lambda _, x: _code(x, "crypto_network", "tron")["attributes"].clear(),
                                ("code crypto_network:tron", "minor")),
}


@pytest.mark.parametrize("name", list(CASES))
def test_each_kind_of_change_is_classified(name: str) -> None:
    change, expected = CASES[name]
    assert expected in _levels(change)


def test_a_version_compared_with_itself_has_no_change() -> None:
    result = diff(_base(), _base())
    assert result.changes == [] and result.largest is None


def test_every_shipped_version_number_is_at_least_what_its_diff_requires() -> None:
    versions = supported_versions()
    assert len(versions) >= 2
    for old, new in itertools.pairwise(versions):
        result = diff(load(old), load(new))
        assert result.changes, f"{new} ships without a change from {old}"
        assert result.satisfied(), f"{new} is too small a step after {old}: {result.summary()}"


def test_the_0_2_0_changes_are_classified() -> None:
    """0.2.0 only adds and widens: every change is minor or a patch (a newly checked network warns, GPOS-W006)."""
    result = diff(load("0.1.0"), load("0.2.0"))
    changes = {(c.element, c.level) for c in result.changes}
    assert {("slot Person.is_minor", "minor"), ("slot Person.minor_at_exploitation", "minor"),
            ("class ModerationAction", "minor"), ("slot Export.extensions", "minor"),
            ("code trafficking_indicator:physical_sexual_violence", "minor"),
            ("code trafficking_indicator:physical_violence", "minor"), ("rule GPOS-W005", "minor"),
            ("code crypto_network:solana", "minor"), ("class SanctionsDesignation", "minor"),
            ("slot ScamReport.received_at", "minor"), ("class PersonInvolvement", "minor"),
            ("code trafficking_indicator:uses_children", "minor"), ("rule GPOS-E032", "minor")} <= changes
    assert result.largest == "minor", [c for c in result.changes if c.level == "major"]


@pytest.mark.parametrize(("old", "level", "wanted"), [
    ("0.1.0", "major", "0.2.0"), ("0.1.0", "minor", "0.2.0"), ("0.1.0", "patch", "0.1.1"), ("1.2.3", "major", "2.0.0"),
    ("1.2.3", "minor", "1.3.0"), ("1.2.3", "patch", "1.2.4"), ("1.2.3", None, "1.2.3"),
])
def test_minimum_next_version(old: str, level: str | None, wanted: str) -> None:
    assert minimum_next(old, level) == wanted


def test_a_release_too_small_for_its_changes_is_caught() -> None:
    new = _base()
    new.meta["version"] = "0.1.1"
    new.meta["classes"]["Case"]["slots"].pop("title")
    result = diff(_base(), new)
    assert result.largest == "major" and result.required_release == "minor"
    assert not result.satisfied() and "too small" in result.summary()
    new.meta["version"] = "0.2.0"
    assert diff(_base(), new).satisfied()


@pytest.mark.parametrize(("old", "new", "wider"), [
    ("^[A-Z0-9]{2,10}" + END, "^[A-Z0-9]{2,12}" + END, True),
    ("^[A-Z0-9]{2,10}" + END, "^[A-Z0-9]{3,10}" + END, False),
    ("^[A-Z]{2}" + END, "^[A-Z0-9]{2}" + END, True),
    ("^[A-Z0-9]{2}" + END, "^[A-Z]{2}" + END, False),
    ("^[A-Z]{2}[0-9]{2}" + END, "^(?:[A-Z]{2}[0-9]{2}|psn:[0-9a-f]{64})" + END, True),
    ("^(?:a|b)" + END, "^(?:a)" + END, False),
    ("^a+" + END, "^a*" + END, True),
    ("^a{4}" + END, "^a{3,}" + END, True),
    ("^a{4,}" + END, "^a{4,9}" + END, False),
    ("^[._-]x" + END, "^[._/-]x" + END, True),
    ("^[a\\-z]" + END, "^[a-z]" + END, False),  # an escaped hyphen is not a range
    ("^[^a-c]" + END, "^[^b]" + END, True),
    ("^[\\d]" + END, "^[\\da]" + END, False),  # class escapes are compared as text
    ("^a(?!b{1,2})" + END, "^a(?!b{1,3})" + END, False),  # wider inside a negative lookahead is narrower
    ("^ab" + END, "^a|b" + END, False),  # ^a|b$ is not a whole-value alternative
    ("^a" + END, "^a$", False),  # a trailing newline is accepted by "$" alone
    ("^a++" + END, "^a+" + END, False),
])
def test_pattern_widening_is_proved_or_refused(old: str, new: str, wider: bool) -> None:
    assert widens(old, new) is wider


def test_a_folder_of_artefacts_is_a_version(tmp_path: Path) -> None:
    folder = ROOT / "src" / "gpos_standard" / "schema" / "0.1.0"
    assert diff(load(str(folder)), load("0.1.0")).changes == []
    with pytest.raises(DiffError, match="not shipped"):
        load("9.9.9")
    with pytest.raises(DiffError, match=r"no schema_meta\.json"):
        load(str(tmp_path))
    (tmp_path / "gpos.yaml").write_text("id: x\n", encoding="utf-8")
    with pytest.raises(DiffError, match=r"gpos_build\.diff"):
        load(str(tmp_path))


def test_cli_text_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", "0.1.0", "0.2.0"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("GPOS standard 0.1.0 -> 0.2.0: ")
    assert "\nminor: " in text and "  slot Person.is_minor: deprecated in 0.2.0" in text
    assert main(["diff", "--format", "json", "0.1.0", "0.2.0"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["old"] == "0.1.0" and report["new"] == "0.2.0" and report["satisfied"] is True
    assert sum(report["counts"].values()) == len(report["changes"]) > 0
    assert {c["level"] for c in report["changes"]} <= {"patch", "minor", "major"}


def test_cli_refuses_an_unknown_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", "0.1.0", "7.0.0"]) == 2
    assert "7.0.0 is not shipped" in capsys.readouterr().err


def test_the_tool_describes_a_linkml_schema_as_the_generator_does(capsys: pytest.CaptureFixture[str]) -> None:
    tool = pytest.importorskip("gpos_build.diff", reason="needs the dev extra (linkml)")
    release = ROOT / "schema" / "releases" / "0.1.0"
    assert tool.main([str(release), "0.1.0"]) == 0
    assert "nothing changed" in capsys.readouterr().out
    assert parse(tool.description(str(release / "gpos.yaml")).version) == (0, 1, 0)
