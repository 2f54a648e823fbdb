"""Rule pages show the real report of a failing example from reference_data/invalid and its fix."""

from __future__ import annotations

import pytest

from gpos_build import docs_rules
from gpos_standard.cli import main

from conftest import ROOT


@pytest.fixture(scope="module")
def examples() -> dict:
    return docs_rules.examples(ROOT)


def test_the_example_output_is_what_gpos_validate_prints(examples: dict, capsys: pytest.CaptureFixture[str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("COLUMNS", "10000")
    example = examples["GPOS-E005"]
    assert main(["validate", example["file"]]) == 1
    assert capsys.readouterr().out.rstrip("\n") == example["output"]


def test_the_fix_is_the_valid_value(examples: dict) -> None:
    assert examples["GPOS-E005"]["fix"] == [("/scam_reports/0/reporting_channel", "carrier_pigeon", "online_portal")]
    assert examples["GPOS-E002"]["fix"][0][1] is ...  # the field is absent from the example
    with_fix = [code for code, e in examples.items() if e["fix"]]
    assert len(with_fix) >= 30


def test_rule_pages_carry_the_example() -> None:
    page = (ROOT / "docs" / "reference" / "rules" / "GPOS-E005.md").read_text(encoding="utf-8")
    assert "reference_data/invalid/e005_code_not_in_list.json" in page and '`"online_portal"`' in page
