"""Templates in the member's language: instructions, notes and drop-downs translated, required columns marked,
and a label picked from a drop-down reads back as the standard's code."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from thai_analyst import _rows, scenario

from gpos_standard import validate
from gpos_standard.cli import main
from gpos_standard.io.formats import open_source
from gpos_standard.io.labels import label
from gpos_standard.io.records import to_document
from gpos_standard.resources import codelists
from gpos_standard.schema_info import collections


def _title(codelist: str, code: str, lang: str) -> str:
    return label(next(c for c in codelists()[codelist]["codes"] if c["code"] == code), lang)


@pytest.mark.parametrize("lang", ["th", "ar"])
def test_labels_picked_in_the_template_read_back_as_codes(tmp_path: Path, lang: str) -> None:
    path = tmp_path / f"template-{lang}.xlsx"
    assert main(["template", "--lang", lang, "-o", str(path)]) == 0
    book = load_workbook(path)
    assert book["_about"]["A1"].value != "GPOS export template"
    header = {cell.value: cell for cell in book["scam_reports"][1]}
    assert header["reporting_channel"].fill.fgColor.rgb.endswith("FFD8A8")  # required: orange
    assert not header["narrative"].fill.fgColor.rgb.endswith("FFD8A8")
    labels = {row[0] for row in book["_labels"].iter_rows(min_row=2, values_only=True)}
    typed = {
        "reporting_channel": _title("reporting_channel", "hotline", lang),
        "typologies": _title("scam_typology", "task_job_scam", lang) + "|" + _title("scam_typology", "romance", lang),
        "status": _title("report_status", "triaged", lang),
    }
    assert {typed["reporting_channel"], typed["status"]} <= labels
    rows = _rows(scenario())
    rows["scam_reports"] = rows["scam_reports"][:1]
    rows["indicators"] = rows["indicators"][:1]
    rows["scam_reports"][0].update(typed)
    for sheet_name, table in rows.items():
        sheet = book[sheet_name]
        columns = {cell.value: cell.column for cell in sheet[1]}
        for r, row in enumerate(table, start=2):
            for name, value in row.items():
                sheet.cell(row=r, column=columns[name], value=value)
    book.save(path)
    report = validate(path)
    assert report.valid, [str(i.message) for i in report.issues]
    source = open_source(path)
    try:
        document = to_document(source, list(collections()))
    finally:
        source.close()
    record = document["scam_reports"][0]
    assert (record["reporting_channel"], record["typologies"], record["status"]) == (
        "hotline", ["task_job_scam", "romance"], "triaged")


def test_an_english_template_keeps_codes_in_its_dropdowns(tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"
    assert main(["template", "-o", str(path)]) == 0
    book = load_workbook(path)
    assert "_labels" not in book.sheetnames
    assert main(["template", "--lang", "fr", "-o", str(tmp_path / "x.xlsx")]) == 2
