"""The calamine reader (io/xlsx_fast.py) reads exactly what openpyxl's streaming parser reads, and gives way to it
for every workbook it would read differently."""

from __future__ import annotations

import zipfile
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from gpos_standard.io import xlsx_fast
from gpos_standard.io.formats import write
from gpos_standard.io.records import BadRecord, RecordItem
from gpos_standard.io.xlsx import XlsxSource

from conftest import EXPORTS, load_json


def _read(path: Path, fast: bool, monkeypatch: pytest.MonkeyPatch) -> tuple[bool, Any]:
    with monkeypatch.context() as patch:
        if not fast:
            patch.setattr(xlsx_fast, "workbook", lambda path, box: None)
        source = XlsxSource(path)
        try:
            envelope, locate = source.envelope()
            items = []
            for item in source.records():
                if isinstance(item, RecordItem):
                    first = next(iter(item.data), None)
                    items.append((item.collection, item.index, item.data, item.locate((first,)) if first else None))
                else:
                    assert isinstance(item, BadRecord)
                    items.append((item.message, item.location))
            return source._fast is not None, (envelope, locate(("export_id",)), items)
        finally:
            source.close()


@pytest.mark.parametrize("path", EXPORTS, ids=lambda p: p.stem)
def test_written_workbooks_are_read_by_calamine_as_by_openpyxl(path: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    document = load_json(path)
    document["scam_reports"][0]["narrative"] = "a\r\n_x0041_\x01 <b>"
    write(document, tmp_path / "x.xlsx")
    fast, got = _read(tmp_path / "x.xlsx", True, monkeypatch)
    assert fast
    assert got == _read(tmp_path / "x.xlsx", False, monkeypatch)[1]


def test_typed_cells_read_by_calamine_as_by_openpyxl(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    book = openpyxl.Workbook()
    envelope = book.active
    envelope.title = "export"
    envelope.append(["export_id", "created_at", "period/start_date", "period/end_date"])
    envelope.append(["TH-EXP-1", datetime(2025, 1, 5, 10, 0), datetime(2024, 1, 1), datetime(2024, 6, 30, 0, 0)])
    reports = book.create_sheet("scam_reports")
    reports.append(["id", "attempted_only", "losses/0/amount", "losses/1/amount", "location/latitude", "notes",
                    "received_at"])
    reports.append(["TH-R1", True, 1250.5, 0.1 + 0.2, 13, "a_x000D_b", timedelta(hours=3)])
    reports.append([None])
    reports.append(["TH-R2", "false", 10**16, None, "13.0", 1e20, None])
    reports["C8"] = "=1+1"
    path = tmp_path / "x.xlsx"
    book.save(path)
    fast, got = _read(path, True, monkeypatch)
    assert fast
    assert got == _read(path, False, monkeypatch)[1]


@pytest.mark.parametrize("cells", [
    b'<row r="9"><c r="B9"><v>not a number</v></c></row>',  # openpyxl: the cell is damaged
    b'<row r="9"><c r="B9" t="e"><v>#N/A</v></c></row>',  # calamine: empty
    b'<row r="9"><c r="B9" t="inlineStr"><is><t>_xD800_</t></is></c></row>',  # half a character
    b'<row r="9"><c r="B9" t="inlineStr"><is><t>_xFFFE_</t></is></c></row>',  # calamine: as written
    b"".join(b'<row r="%d"><c r="XFD%d" t="inlineStr"><is><t>x</t></is></c></row>' % (i, i)
             for i in range(100, 600)),  # a rectangle of 600 x 16384 cells, nearly all empty
    b'<row r="99999999999"><c r="A99999999999" t="inlineStr"><is><t>x</t></is></c></row>',
    b'<row r="9"><c t="inlineStr"><is><t>x</t></is></c></row>',  # no address
    b'<row><c r="A9" t="inlineStr"><is><t>x</t></is></c></row>',  # no row number
])
def test_what_calamine_would_read_differently_goes_to_openpyxl(cells: bytes, tmp_path: Path) -> None:
    good = tmp_path / "good.xlsx"
    write(load_json(EXPORTS[0]), good)
    path = tmp_path / "x.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet2.xml":
                data = data.replace(b"</sheetData>", cells + b"</sheetData>")
            target.writestr(info, data)
    assert XlsxSource(good)._fast is not None
    assert XlsxSource(path)._fast is None


def test_a_wide_sheet_with_its_cells_is_read_by_calamine(tmp_path: Path) -> None:
    """The rectangle is too large only when it holds far more cells than the sheet has."""
    document = load_json(EXPORTS[0])
    document["scam_reports"][0].update({f"x{i}": "v" for i in range(800)})  # unknown fields: reported, kept
    write(document, tmp_path / "x.xlsx")
    assert XlsxSource(tmp_path / "x.xlsx")._fast is not None
