"""Issue 13's scenario: a Thai police analyst fills the XLSX template with twenty reports and the everyday
mistakes people make; the validator answers in Thai with the right suggestion for each, and ``gpos fix`` makes the
workbook valid without touching anything ambiguous."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from thai_analyst import build, scenario

from gpos_standard import validate
from gpos_standard.cli import main
from gpos_standard.fix import fix_file
from gpos_standard.io.formats import open_source, write
from gpos_standard.io.records import to_document
from gpos_standard.io.template import EXAMPLES
from gpos_standard.schema_info import collections
from gpos_standard.validation import present

THAI = re.compile(r"[\u0E00-\u0E7F]")


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("thai")
    clean, mistaken = folder / "clean.xlsx", folder / "mistaken.xlsx"
    build(clean, with_mistakes=False)
    build(mistaken, with_mistakes=True)
    return clean, mistaken


def _document(path: Path) -> dict:
    source = open_source(path)
    try:
        return to_document(source, list(collections()))
    finally:
        source.close()


def test_the_workbook_without_mistakes_is_valid(workbooks: tuple[Path, Path]) -> None:
    report = validate(workbooks[0])
    assert report.valid and report.records == 23, [i.message for i in report.issues]


def test_each_mistake_gets_a_thai_message_and_the_right_suggestion(workbooks: tuple[Path, Path]) -> None:
    report = validate(workbooks[1])
    spec = scenario()
    for mistake in spec["mistakes"]:
        found = [i for i in report.issues if i.sheet == mistake["sheet"] and i.row == mistake["row"]
                 and i.column == mistake["column"]]
        assert len(found) == 1, mistake
        issue = found[0]
        assert issue.code == mistake["rule"], mistake
        assert issue.suggestion is not None and issue.suggestion.value == mistake["expected"], mistake
        assert issue.suggestion.certain
        thai = present.message(issue, "th")
        assert THAI.search(thai) and thai != str(issue.message), thai
        assert "หมายถึง" in str(present.suggestion(issue, "th"))
    for header in spec["headers"]:
        unknown = [i for i in report.issues if i.sheet == header["sheet"] and i.code == header["rule"]]
        assert len(unknown) == spec["reports"]
        assert {i.suggestion.value for i in unknown if i.suggestion} == {header["expected"]}
    suggested = {i.code for i in report.issues if i.suggestion}
    assert suggested == {m["rule"] for m in spec["mistakes"]} | {h["rule"] for h in spec["headers"]}


def test_a_spreadsheet_issue_names_its_row_not_a_record_index(workbooks: tuple[Path, Path]) -> None:
    for issue in validate(workbooks[1]).issues:
        if issue.sheet == "scam_reports":
            where = present.where(issue)
            assert f"row {issue.row}" in where and "record" not in where, where


def test_fix_makes_exactly_the_corrected_workbook(workbooks: tuple[Path, Path], tmp_path: Path) -> None:
    mistaken, corrected = workbooks[1], tmp_path / "corrected.xlsx"
    build(corrected, with_mistakes=False, corrected=True)
    out = tmp_path / "fixed.xlsx"
    result, before, after = fix_file(mistaken, out)
    assert not before.valid and after.valid
    assert result.skipped == []
    assert _document(out) == _document(corrected)  # every mistake fixed, nothing else touched


def test_fix_leaves_ambiguous_suggestions_alone(workbooks: tuple[Path, Path], tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    document = _document(workbooks[0])
    document["scam_reports"][0]["incident_start_date"] = "03/04/2025"  # 3 April or 4 March?
    document["scam_reports"][1]["typologies"] = ["หลอกลงทุน"]  # part of several Thai titles
    document["scam_reports"][2]["typologies"] = ["romance_investmnet"]
    source, out = tmp_path / "in.json", tmp_path / "out.json"
    write(document, source)
    assert main(["fix", "--lang", "th", str(source), "-o", str(out)]) == 1
    assert "แก้ไขแล้ว 1 รายการ" in capsys.readouterr().out
    fixed = json.loads(out.read_text(encoding="utf-8"))
    assert fixed["scam_reports"][0]["incident_start_date"] == "03/04/2025"
    assert fixed["scam_reports"][1]["typologies"] == ["หลอกลงทุน"]
    assert fixed["scam_reports"][2]["typologies"] == ["romance_investment"]
    log = json.loads((tmp_path / "out.json.changes.json").read_text(encoding="utf-8"))
    assert [c["pointer"] for c in log["applied"]] == ["/scam_reports/2/typologies/0"]
    assert [c["pointer"] for c in log["not_applied"]] == ["/scam_reports/0/incident_start_date"]
    assert log["not_applied"][0]["note"] == "ถือว่าเป็นวัน/เดือน/ปี"


def test_a_null_gives_one_error(workbooks: tuple[Path, Path]) -> None:
    document = _document(workbooks[0])
    report = document["scam_reports"][0]
    for name in ("status", "incident_start_date", "case", "reporter_role", "typologies", "narrative_language"):
        report[name] = None
    report["losses"][0]["amount"] = None
    issues = validate(document).issues
    assert len(issues) == 7, [str(i.message) for i in issues]
    assert all(i.code == "GPOS-E004" and "None" not in i.message for i in issues)


def test_the_template_examples_validate(workbooks: tuple[Path, Path]) -> None:
    document = _document(workbooks[0])
    report = document["scam_reports"][0]
    report["typologies"] = EXAMPLES["codes"].split("|")
    report["received_at"] = EXAMPLES["datetime"]
    report["incident_start_date"] = EXAMPLES["datetime"][:10]
    report["losses"][0]["amount"] = EXAMPLES["amount"]
    assert validate(document).valid


def test_a_misspelt_sheet_name_gets_a_suggestion(workbooks: tuple[Path, Path], tmp_path: Path) -> None:
    from openpyxl import load_workbook

    book = load_workbook(workbooks[0])
    book["scam_reports"].title = "scam_report"
    path = tmp_path / "sheet.xlsx"
    book.save(path)
    issue = next(i for i in validate(path).issues if i.sheet == "scam_report")
    assert issue.suggestion is not None and issue.suggestion.value == "scam_reports"
    assert "ชีต 'scam_report'" in present.message(issue, "th")
