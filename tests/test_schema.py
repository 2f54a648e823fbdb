"""The LinkML schema itself: documented, versioned, licensed, every slot marked for sensitivity, lint-clean."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
import yaml

from gpos_standard.resources import artefact, json_schema, schema_meta

from conftest import ROOT

SCHEMA_DIR = ROOT / "schema"
MODULES = sorted(SCHEMA_DIR.glob("*.yaml"))
SENSITIVITY = {"public", "restricted", "personal", "special_category"}
REQUIRED_CLASSES = {
    "Export", "ScamReport", "Case", "Person", "PersonInvolvement", "TraffickingScreening", "NonPunishmentAssessment",
    "ProtectionMeasure", "Repatriation", "Organisation", "BeneficialOwnership", "FocalPoint", "Taskforce",
    "FinancialAccount", "Transaction", "FinancialIndicator", "AssetAction", "Indicator", "Evidence",
}


@pytest.mark.parametrize("module", MODULES, ids=lambda p: p.name)
def test_module_is_versioned_and_licensed(module) -> None:
    data = yaml.safe_load(module.read_text(encoding="utf-8"))
    root = yaml.safe_load((SCHEMA_DIR / "gpos.yaml").read_text(encoding="utf-8"))
    assert re.fullmatch(r"\d+\.\d+\.\d+", str(data["version"]))
    assert data["version"] == root["version"], "every module carries the standard's version"
    assert data["license"] == "CC-BY-4.0", "a stated licence, not LinkML's CC0 default"
    assert data.get("description")


def test_required_classes_exist() -> None:
    assert REQUIRED_CLASSES <= set(schema_meta()["classes"])


def test_every_class_and_slot_is_described_and_has_a_sensitivity() -> None:
    problems = []
    for name, cls in schema_meta()["classes"].items():
        if not cls["description"]:
            problems.append(f"{name}: no description")
        for slot, meta in cls["slots"].items():
            if meta["sensitivity"] not in SENSITIVITY:
                problems.append(f"{name}.{slot}: sensitivity {meta['sensitivity']!r}")
    for name, node in json_schema()["$defs"].items():
        for prop, spec in node.get("properties", {}).items():
            if not spec.get("description"):
                problems.append(f"{name}.{prop}: no description in JSON Schema")
    assert problems == []


def test_direct_identifiers_are_personal_or_more() -> None:
    classes = schema_meta()["classes"]
    for cls, slot in [("Person", "names"), ("Person", "identity_documents"), ("Person", "contact_details"),
                      ("Person", "date_of_birth"), ("Person", "photographs"), ("ScamReport", "narrative"),
                      ("FocalPoint", "secure_contact"), ("FinancialAccount", "iban"),
                      ("TraffickingScreening", "outcome"), ("PersonInvolvement", "role")]:
        assert classes[cls]["slots"][slot]["sensitivity"] in {"personal", "special_category"}, (cls, slot)


def test_references_are_identifiers_not_inlined_records() -> None:
    for name, cls in schema_meta()["classes"].items():
        for slot, meta in cls["slots"].items():
            target = schema_meta()["classes"].get(meta["range"])
            if target and target["record"] and name != schema_meta()["root"]:
                assert meta["kind"] == "ref", f"{name}.{slot} inlines the record type {meta['range']}"


def test_every_pattern_is_anchored_so_that_a_trailing_newline_fails() -> None:
    """'$' alone lets Python's, Java's and .NET's engines accept "TH\\n": patterns end "$(?![\\s\\S])"."""
    patterns = {(name, slot): meta["pattern"] for name, cls in schema_meta()["classes"].items()
                for slot, meta in cls["slots"].items() if "pattern" in meta}
    patterns.update({("type", name): t["pattern"] for name, t in schema_meta()["types"].items()
                     if t.get("pattern") and name != "Text"})
    for where, pattern in patterns.items():
        assert pattern.startswith("^") and pattern.endswith("$(?![\\s\\S])"), where
        compiled = re.compile(pattern)
        for sample in ("TH", "2025-01-01", "TH-CCIB-RPT-1", "0.1.0", "1250.00", "USDT"):
            if compiled.search(sample):
                assert not compiled.search(sample + "\n") and not compiled.search(sample + "\u2028"), where


def test_linkml_lint_reports_no_errors() -> None:
    pytest.importorskip("linkml")
    merged = artefact("gpos.linkml.yaml")
    result = subprocess.run(
        [sys.executable, "-m", "linkml.linter.cli", "--config", str(ROOT / ".linkmllint.yaml"),
         "--format", "tsv", str(merged)],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )
    problems = [line for line in result.stdout.splitlines()[1:] if line.strip()]
    assert problems == [], "\n".join(problems)
    assert result.returncode == 0, result.stderr
