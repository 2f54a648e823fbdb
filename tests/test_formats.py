"""Every format reads into the same records, says where each value is, and round-trips exports losslessly."""

from __future__ import annotations

import csv
import io
import json
import tempfile
import zipfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gpos_standard.io import tabular
from gpos_standard.io.csvpkg import CsvPackageSource
from gpos_standard.io.formats import FORMATS, open_source, output_format, write
from gpos_standard.io.jsonl import JsonLinesSource
from gpos_standard.io.records import BadRecord, Location, ReadError, RecordItem, to_document
from gpos_standard.io.xlsx import XlsxSource, escape, unescape
from gpos_standard.schema_info import collections
from gpos_standard.validation import validate

from conftest import EXPORTS, INVALID_DIR, load_json
from strategies import CLASSES, record, value

COLLECTIONS = collections()
ENVELOPE = {"standard_version": "0.1.0", "export_id": "TH-EXP-1", "publisher": "TH-ORG-1", "member_country": "TH",
            "created_at": "2025-01-05T10:00:00+07:00", "period": {"start_date": "2024-01-01"},
            "sharing_marking": "TLP_AMBER", "licence": "GPOS-1"}
REPORT = {"id": "TH-R1", "received_at": "2025-01-01T09:00:00+07:00", "reporting_channel": "online_portal",
          "typologies": ["romance_investment", "task_scam"], "status": "received", "attempted_only": False,
          "losses": [{"amount": "12500.00", "currency": "THB"}, {"amount": "0.5", "crypto_asset": "USDT"}],
          "location": {"country": "TH", "latitude": 13.75}}
DOC = {**ENVELOPE, "scam_reports": [REPORT, {**REPORT, "id": "TH-R2"}],
       "cases": [{"id": "TH-C1", "status": "open", "opened_date": "2024-02-01", "lead_agency": "TH-ORG-1",
                  "outcomes": {"arrests": 3, "assets_frozen": [{"amount": "10", "currency": "THB"}]}}]}
OUTPUTS = ["x.json", "x.yaml", "x.jsonl", "x.zip", "x_dir/", "x.xlsx"]


def read(path: Path) -> dict[str, Any]:
    source = open_source(path)
    try:
        return to_document(source, list(COLLECTIONS))
    finally:
        source.close()


def items(source: Any) -> list[RecordItem | BadRecord]:
    try:
        return list(source.records())
    finally:
        source.close()


def write_csv(path: Path, rows: list[list[str]], bom: bool = False) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + buffer.getvalue().encode("utf-8"))


# ---- JSON Lines ------------------------------------------------------------------------------------------

def test_jsonl_reads_envelope_records_and_line_numbers(tmp_path: Path) -> None:
    lines = [json.dumps({"record_type": "Export", **ENVELOPE}), "",
             json.dumps({"record_type": "Case", "id": "TH-C1"}),
             json.dumps({"record_type": "ScamReport", "id": "TH-R1"}),
             '{"record_type": "ScamReport", "id": ',  # truncated
             json.dumps({"record_type": "ScamReport", "id": "TH-R2"}),
             json.dumps({"record_type": "Scamreport", "id": "X"})]
    path = tmp_path / "x.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    source = JsonLinesSource(path)
    envelope, locate = source.envelope()
    assert envelope == ENVELOPE and locate(("period", "start_date")) == Location(line=1)
    got = items(source)
    assert [(i.collection, i.index, i.data["id"], i.locate(("id",)).line) for i in got
            if isinstance(i, RecordItem)] == [("cases", 0, "TH-C1", 3), ("scam_reports", 0, "TH-R1", 4),
                                              ("scam_reports", 1, "TH-R2", 6)]
    bad = [i for i in got if isinstance(i, BadRecord)]
    assert [b.location.line for b in bad] == [5, 7]
    assert "not valid JSON" in bad[0].message and "column" in bad[0].message
    assert "did you mean 'ScamReport'" in bad[1].message


def test_jsonl_envelope_must_come_first(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps({"record_type": "ScamReport", "id": "TH-1"}) + "\n", encoding="utf-8")
    with pytest.raises(ReadError, match="must be the envelope"):
        JsonLinesSource(path).envelope()


# ---- CSV packages ----------------------------------------------------------------------------------------

def test_csv_package_types_locations_and_conventions(tmp_path: Path) -> None:
    write_csv(tmp_path / "export.csv", [["export_id", "period/start_date"], ["TH-EXP-1", "2024-01-01"]], bom=True)
    write_csv(tmp_path / "scam_reports.csv", [
        ["id", "typologies", "attempted_only", "losses/0/amount", "losses/2/amount", "location/latitude",
         "narrative", "extra"],
        ["TH-R1", r"a\|b|c\\d", "TRUE", "1250.00", "7", "13.5", " keep  spaces ", "x"],
        [],
        ["TH-R2", "", "yes", "", "", "north", "", ""],
    ])
    (tmp_path / "README.md").write_text("ignored", encoding="utf-8")
    write_csv(tmp_path / "_fields.csv", [["ignored"]])
    source = CsvPackageSource(tmp_path)
    envelope, locate = source.envelope()
    assert envelope == {"export_id": "TH-EXP-1", "period": {"start_date": "2024-01-01"}}
    assert locate(("period", "start_date")) == Location(row=2, sheet="export.csv", column="period/start_date")
    first, second = items(source)
    assert isinstance(first, RecordItem) and isinstance(second, RecordItem)
    assert first.data == {"id": "TH-R1", "typologies": ["a|b", "c\\d"], "attempted_only": True,
                          "losses": [{"amount": "1250.00"}, {"amount": "7"}], "location": {"latitude": 13.5},
                          "narrative": " keep  spaces ", "extra": "x"}
    assert second.data == {"id": "TH-R2", "attempted_only": "yes", "location": {"latitude": "north"}}
    assert (first.index, second.index) == (0, 1)
    assert first.locate(("losses", 1, "amount")) == Location(row=2, sheet="scam_reports.csv",
                                                             column="losses/2/amount")
    assert first.locate(("typologies", 1)).column == "typologies"
    assert second.locate(("received_at",)) == Location(row=4, sheet="scam_reports.csv")


def test_csv_row_problems_are_bad_records(tmp_path: Path) -> None:
    write_csv(tmp_path / "export.csv", [["export_id"]])
    write_csv(tmp_path / "cases.csv", [["id", "outcomes", "outcomes/arrests"], ["TH-C1", "x", "2"],
                                       ["TH-C2", "", "", "surplus"], ["TH-C3"]])
    write_csv(tmp_path / "case.csv", [["id"], ["TH-1"]])
    source = CsvPackageSource(tmp_path)
    assert source.envelope()[0] == {}
    got = items(source)
    assert isinstance(got[0], BadRecord) and "did you mean cases.csv" in got[0].message
    assert isinstance(got[1], BadRecord) and "both give" in got[1].message and got[1].location.row == 2
    assert isinstance(got[2], BadRecord) and "no name" in got[2].message
    assert isinstance(got[3], RecordItem) and got[3].data == {"id": "TH-C3"} and got[3].index == 2


def test_csv_zip_inside_one_folder(tmp_path: Path) -> None:
    path = tmp_path / "x.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("pkg/export.csv", "export_id\r\nTH-EXP-1\r\n")
        archive.writestr("pkg/cases.csv", "id\r\nTH-C1\r\n")
        archive.writestr("__MACOSX/pkg/._cases.csv", "junk")
    assert read(path) == {"export_id": "TH-EXP-1", "cases": [{"id": "TH-C1"}]}


def test_semicolon_csv_gets_a_hint(tmp_path: Path) -> None:
    (tmp_path / "export.csv").write_text("export_id;licence\nTH-1;x\n", encoding="utf-8")
    with pytest.raises(ReadError, match="comma"):
        CsvPackageSource(tmp_path).envelope()


# ---- XLSX ------------------------------------------------------------------------------------------------

def test_xlsx_typed_cells_come_back_as_the_standard_writes_them(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    about = book.active
    about.title = "_about"
    about.append(["ignored"])
    envelope = book.create_sheet("export")
    envelope.append(["export_id", "created_at", "period/start_date"])
    envelope.append(["TH-EXP-1", datetime(2025, 1, 5, 10, 0), datetime(2024, 1, 1)])
    reports = book.create_sheet("scam_reports")
    reports.append(["id", "attempted_only", "losses/0/amount", "losses/1/amount", "location/latitude", "notes"])
    reports.append(["TH-R1", True, 1250.5, 0.1 + 0.2, 13, "a_x000D_b"])
    reports.append([None])
    reports.append(["TH-R2", "false", 1000, None, "13.0", None])
    book.create_sheet("Sheet1")
    path = tmp_path / "x.xlsx"
    book.save(path)
    source = XlsxSource(path)
    env, locate = source.envelope()
    assert env == {"export_id": "TH-EXP-1", "created_at": "2025-01-05T10:00:00", "period": {"start_date": "2024-01-01"}}
    assert locate(("created_at",)) == Location(row=2, sheet="export", column="created_at")
    first, second = items(source)
    assert isinstance(first, RecordItem) and isinstance(second, RecordItem)
    assert first.data == {"id": "TH-R1", "attempted_only": True, "losses": [{"amount": "1250.5"}, {"amount": "0.3"}],
                          "location": {"latitude": 13}, "notes": "a\rb"}
    assert second.data == {"id": "TH-R2", "attempted_only": False, "losses": [{"amount": "1000"}],
                           "location": {"latitude": 13.0}}
    assert second.locate(("losses", 0, "amount")) == Location(row=4, sheet="scam_reports", column="losses/0/amount")


def test_xlsx_stray_sheet_with_data_is_reported(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "export"
    book.create_sheet("reports").append(["id"])
    path = tmp_path / "x.xlsx"
    book.save(path)
    got = items(XlsxSource(path))
    assert len(got) == 1 and isinstance(got[0], BadRecord) and got[0].location.sheet == "reports"


@pytest.mark.parametrize("text", ["plain", "_x0041_", "a\r\nb", "\x00\x1f", "\ufffe", "_x005F_", "x_y"])
def test_xlsx_escape_round_trips(text: str) -> None:
    assert unescape(escape(text)) == text


# ---- writers ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", OUTPUTS)
def test_each_format_round_trips_and_is_reproducible(tmp_path: Path, name: str) -> None:
    first, second = tmp_path / "a" / name, tmp_path / "b" / name
    for target in (first, second):
        target.parent.mkdir(exist_ok=True)
        write(DOC, str(target) + ("/" if name.endswith("/") else ""))
        assert read(target) == DOC
    if first.is_file():
        assert first.read_bytes() == second.read_bytes()
    else:
        assert {p.name: p.read_bytes() for p in first.iterdir()} == {p.name: p.read_bytes() for p in second.iterdir()}


def test_writer_details(tmp_path: Path) -> None:
    write(DOC, tmp_path / "x.json")
    assert (tmp_path / "x.json").read_text(encoding="utf-8").endswith("}\n")
    write({**DOC, "member_country": "NO"}, tmp_path / "x.yaml")
    text = (tmp_path / "x.yaml").read_text(encoding="utf-8")
    assert "start_date: '2024-01-01'" in text and "member_country: 'NO'" in text
    write(DOC, tmp_path / "x.zip")
    with zipfile.ZipFile(tmp_path / "x.zip") as archive:
        assert archive.namelist() == ["export.csv", "scam_reports.csv", "cases.csv"]
        header = archive.read("scam_reports.csv").decode().splitlines()[0]
    assert header.startswith("id,received_at,reporting_channel,typologies,attempted_only,losses/0/amount,"
                             "losses/0/currency,losses/1/amount,losses/1/crypto_asset,location/country")
    assert [f.name for f in FORMATS] == ["json", "yaml", "jsonl", "csv", "xlsx", "parquet"]
    assert output_format("out/") == "csv-folder" and output_format("x.ZIP") == "csv"
    with pytest.raises(ValueError, match="extension"):
        output_format("x.txt")


def test_stale_folder_is_refused(tmp_path: Path) -> None:
    write(DOC, str(tmp_path / "pkg") + "/")
    with pytest.raises(FileExistsError, match=r"cases\.csv"):
        write(ENVELOPE, str(tmp_path / "pkg") + "/")


def test_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    for name, fmt in [("a.xlsx", "xlsx"), ("a.zip", "csv"), ("a.jsonl", "jsonl"), ("a.json", "json")]:
        write(DOC, tmp_path / name)
        renamed = tmp_path / (name + ".dat")
        (tmp_path / name).rename(renamed)
        source = open_source(renamed)
        source.close()
        assert source.format == fmt
        assert read(renamed) == DOC


def test_empty_objects_survive_tables(tmp_path: Path) -> None:
    doc = {**ENVELOPE, "scam_reports": [{**REPORT, "location": {}}]}
    for name in ("x.zip", "x.xlsx"):
        write(doc, tmp_path / name)
        assert read(tmp_path / name) == doc


# ---- templates -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["t.xlsx", "t.zip", "t_dir"])
def test_template_reads_back_as_an_empty_envelope(tmp_path: Path, name: str) -> None:
    from gpos_standard.io.template import write_csv_template, write_xlsx_template

    path = tmp_path / name
    if name.endswith(".xlsx"):
        write_xlsx_template(path)
        book = openpyxl.load_workbook(path)
        sheet = book["scam_reports"]
        assert sheet.freeze_panes == "A2" and sheet["A1"].value == "id" and sheet["A1"].comment is not None
        assert sheet.data_validations.dataValidation and book["_codelists"].sheet_state == "hidden"
    else:
        write_csv_template(path, as_zip=name.endswith(".zip"))
    assert read(path) == {}


def test_template_fields_describe_every_column(tmp_path: Path) -> None:
    from gpos_standard.io.template import write_csv_template

    write_csv_template(tmp_path, as_zip=False)
    fields = list(csv.DictReader((tmp_path / "_fields.csv").open(encoding="utf-8")))
    amount = next(f for f in fields if f["collection"] == "scam_reports" and f["column"] == "losses/0/amount")
    assert amount["required"] == "yes, when losses is given"
    header = (tmp_path / "cases.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert "outcomes/assets_frozen/0/amount" in header and header[0] == "id"


# ---- the command line ------------------------------------------------------------------------------------

def _cli(*argv: str) -> int:
    import argparse

    from gpos_standard.cli import convert, template

    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command")
    convert.add_parser(sub)
    template.add_parser(sub)
    args = parser.parse_args(argv)
    return int((convert if args.command == "convert" else template).run(args))


def test_convert_and_template_commands(tmp_path: Path) -> None:
    source = tmp_path / "in.json"
    write(DOC, source)
    assert _cli("convert", str(source), "-o", str(tmp_path / "out.xlsx")) == 0
    assert read(tmp_path / "out.xlsx") == DOC
    assert _cli("convert", str(source), "-o", str(source)) == 2
    assert _cli("convert", str(source), "-o", str(tmp_path / "out.txt")) == 2
    (tmp_path / "bad.jsonl").write_text("not json\n", encoding="utf-8")
    assert _cli("convert", str(tmp_path / "bad.jsonl"), "-o", str(tmp_path / "bad.json")) == 1
    assert _cli("template", "--format", "xlsx", "-o", str(tmp_path / "t.xlsx")) == 0
    assert _cli("template", "--format", "xlsx", "-o", str(tmp_path / "t.zip")) == 2
    assert _cli("template", "-o", str(tmp_path / "t.zip")) == 0


# ---- lossless round trips --------------------------------------------------------------------------------

@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    """A small export: the envelope fields, then one or two records in a few collections."""
    doc: dict[str, Any] = {}
    for name, slot in CLASSES["Export"]["slots"].items():
        if name not in COLLECTIONS and (slot["required"] or draw(st.booleans())):
            doc[name] = draw(value(slot))
    for name in draw(st.lists(st.sampled_from(sorted(COLLECTIONS)), max_size=3, unique=True)):
        doc[name] = draw(st.lists(record(COLLECTIONS[name]), min_size=1, max_size=2))
    return doc


def _chain(doc: dict[str, Any], folder: Path) -> None:
    path = folder / "start.json"
    write(doc, path)
    current = read(path)
    assert current == doc
    for name in ("chain.jsonl", "chain.zip", "chain.xlsx", "end.json"):
        write(current, folder / name)
        current = read(folder / name)
        assert current == doc, name


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(documents())
def test_chain_json_jsonl_csv_xlsx_json_is_lossless(doc: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        _chain(doc, Path(folder))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(documents())
def test_yaml_and_csv_folder_are_lossless(doc: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for name in ("x.yaml", "pkg/"):
            write(doc, f"{folder}/{name}")
            assert read(Path(folder) / name) == doc


@given(st.lists(st.text(max_size=8), min_size=1, max_size=4))
def test_list_cells_round_trip(items_: list[str]) -> None:
    assert tabular.split_list(tabular.join_list(items_)) == items_


@pytest.mark.parametrize("export", EXPORTS, ids=lambda p: p.name)
def test_reference_exports_round_trip_through_every_format(export: Path, tmp_path: Path) -> None:
    doc = load_json(export)
    for name in OUTPUTS:
        write(doc, f"{tmp_path}/{name}")
        assert read(tmp_path / name.rstrip("/")) == doc, name
    _chain(doc, tmp_path)


# -- issue 15, finding 10: invalid data keeps its issues through CSV and XLSX, or is refused ----------------------
def _issues(report: Any) -> list[tuple[str, str]]:
    return sorted((i.code, i.path) for i in report.issues)


NOW = datetime(2026, 1, 1, tzinfo=timezone.utc)
INVALID_DOCUMENTS = sorted(p for p in INVALID_DIR.glob("*.json") if p.name != "e001_not_json.json")


@pytest.mark.parametrize("suffix", [".zip", ".xlsx"])
@pytest.mark.parametrize("example", INVALID_DOCUMENTS, ids=[p.stem for p in INVALID_DOCUMENTS])
def test_invalid_exports_keep_their_issues_or_are_refused(tmp_path: Path, example: Path, suffix: str) -> None:
    document = json.loads(example.read_text(encoding="utf-8"))
    target = tmp_path / f"out{suffix}"
    try:
        write(document, target)
    except ValueError as exc:
        assert any(reason in str(exc) for reason in ("cannot hold", "cannot be written", "must be a list")), exc
        return
    assert _issues(validate(target, now=NOW)) == _issues(validate(document, now=NOW))


@pytest.mark.parametrize(("change", "kind"), [
    (lambda d: d["cases"][0].__setitem__("title", 5), "a number"),
    (lambda d: d["cases"][0].__setitem__("title", None), "null"),
    (lambda d: d["cases"][0].__setitem__("title", ""), "an empty text"),
    (lambda d: d["cases"][0].__setitem__("jurisdictions", []), "an empty list"),
    (lambda d: d["persons"][0].__setitem__("names", ["Somchai Jaidee", 7]), "a number"),
])
def test_unrepresentable_values_are_refused_without_quoting_them(tmp_path: Path, change: Any, kind: str) -> None:
    document = load_json(EXPORTS[0])
    change(document)
    for suffix in (".zip", ".xlsx"):
        with pytest.raises(ValueError, match=kind) as caught:
            write(document, tmp_path / f"out{suffix}")
        assert "Somchai" not in str(caught.value)
