"""Parquet folders: one table per collection with the generated Arrow schema, exact round trips, validation, and
DuckDB and Spark reading the files as they are."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gpos_standard.cli import main
from gpos_standard.io import parquet
from gpos_standard.io.formats import open_source, output_format, write
from gpos_standard.io.records import ReadError, to_document
from gpos_standard.resources import supported_versions
from gpos_standard.schema_info import collections
from gpos_standard.validation import validate

from conftest import EXPORTS, INVALID_DIR, load_json
from strategies import CLASSES, record, value

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
COLLECTIONS = collections()


def read(path: Path) -> dict[str, Any]:
    source = open_source(path)
    try:
        return to_document(source, list(COLLECTIONS))
    finally:
        source.close()


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    doc: dict[str, Any] = {}
    for name, slot in CLASSES["Export"]["slots"].items():
        if name not in COLLECTIONS and (slot["required"] or draw(st.booleans())):
            doc[name] = draw(value(slot))
    for name in draw(st.lists(st.sampled_from(sorted(COLLECTIONS)), max_size=3, unique=True)):
        doc[name] = draw(st.lists(record(COLLECTIONS[name]), min_size=1, max_size=2))
    return doc


def test_output_paths_name_the_format() -> None:
    assert output_format("x.parquet/") == output_format("x.parquet") == "parquet"
    assert output_format("x/") == "csv-folder"


@pytest.mark.parametrize("export", EXPORTS, ids=lambda p: p.name)
def test_reference_exports_round_trip_exactly(export: Path, tmp_path: Path) -> None:
    doc = load_json(export)
    write(doc, f"{tmp_path}/x.parquet/")
    assert read(tmp_path / "x.parquet") == doc
    assert not validate(tmp_path / "x.parquet").issues or validate(doc).issues


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(documents())
def test_generated_exports_round_trip_exactly(doc: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        write(doc, f"{folder}/x.parquet")
        assert read(Path(folder) / "x.parquet") == doc


def test_tables_use_the_generated_schema_and_carry_the_marking(tmp_path: Path) -> None:
    doc = load_json(EXPORTS[0])
    write(doc, tmp_path / "x.parquet")
    names = sorted(p.name for p in (tmp_path / "x.parquet").iterdir())
    assert names == sorted(["export.parquet", *(f"{n}.parquet" for n in COLLECTIONS if doc.get(n))])
    for file in (tmp_path / "x.parquet").iterdir():
        schema = pq.read_schema(file)
        assert schema.metadata[b"gpos.standard_version"] == doc["standard_version"].encode()
        assert schema.metadata[b"gpos.sharing_marking"] == doc["sharing_marking"].encode()
        assert json.loads(schema.metadata[b"gpos.envelope"])["export_id"] == doc["export_id"]
        assert schema.remove_metadata() == parquet.arrow_schema(file.stem, doc["standard_version"]).remove_metadata()
    reports = pq.read_table(tmp_path / "x.parquet" / "scam_reports.parquet")
    assert pa.types.is_list(reports.schema.field("typologies").type)
    assert pa.types.is_struct(reports.schema.field("losses").type.value_type)


def test_every_version_ships_an_arrow_schema() -> None:
    for version in supported_versions():
        tables = parquet.arrow_tables(version)
        assert set(tables) == {"export", *collections(version)}
        for name in tables:
            parquet.arrow_schema(name, version)


def test_values_that_fit_no_column_are_kept_aside(tmp_path: Path) -> None:
    doc = load_json(EXPORTS[0])
    case = doc["cases"][0]
    case.update({"title": 5, "th:station": {"code": "BKK-1"}, "jurisdictions": ["TH", 7], "opened_date": None})
    write(doc, tmp_path / "x.parquet")
    assert read(tmp_path / "x.parquet") == doc
    extra = pq.read_table(tmp_path / "x.parquet" / "cases.parquet").column("_extra")[0].as_py()
    assert set(json.loads(extra)) == {"title", "th:station", "jurisdictions", "opened_date"}


@pytest.mark.parametrize("example", sorted(INVALID_DIR.glob("*.json"))[:12], ids=lambda p: p.stem)
def test_invalid_exports_keep_their_issues(tmp_path: Path, example: Path) -> None:
    try:
        document = json.loads(example.read_text(encoding="utf-8"))
    except ValueError:
        pytest.skip("not JSON")
    try:
        write(document, tmp_path / "x.parquet")
    except ValueError as exc:
        assert "cannot hold" in str(exc) or "must be a list" in str(exc)
        return
    assert read(tmp_path / "x.parquet") == document
    got = sorted((i.code, i.path) for i in validate(tmp_path / "x.parquet").issues)
    assert got == sorted((i.code, i.path) for i in validate(document).issues)


def test_issues_point_at_table_row_and_column(tmp_path: Path) -> None:
    doc = load_json(EXPORTS[0])
    doc["cases"][-1]["status"] = "nonsense"
    write(doc, tmp_path / "x.parquet")
    issues = [i for i in validate(tmp_path / "x.parquet").issues if i.code != "GPOS-W003"]
    assert issues, "the broken status is found"
    where = issues[0]
    assert where.sheet == "cases.parquet" and where.row == len(doc["cases"]) and where.column == "status"


def test_stray_and_stale_files(tmp_path: Path) -> None:
    doc = load_json(EXPORTS[0])
    write(doc, tmp_path / "x.parquet")
    smaller = {k: v for k, v in doc.items() if k != "cases"}
    with pytest.raises(FileExistsError, match=r"cases\.parquet"):
        write(smaller, tmp_path / "x.parquet")
    assert read(tmp_path / "x.parquet") == doc  # nothing was replaced
    (tmp_path / "x.parquet" / "notes.parquet").write_bytes(b"not parquet")
    assert read(tmp_path / "x.parquet") == doc  # only the listed tables are read


def test_hostile_folders_are_unreadable_not_crashes(tmp_path: Path) -> None:
    folder = tmp_path / "x.parquet"
    write(load_json(EXPORTS[0]), folder)
    (folder / "cases.parquet").write_bytes(b"PAR1 broken")
    with pytest.raises(ReadError, match=r"cases\.parquet"):
        read(folder)
    pq.write_table(pa.table({"when": pa.array([1], pa.timestamp("s"))}), folder / "cases.parquet")
    with pytest.raises(ReadError, match="type"):
        read(folder)
    pq.write_table(pa.table({"id": ["X-1"], "_extra": ["[1]"]}), folder / "cases.parquet")
    with pytest.raises(ReadError, match="_extra"):
        read(folder)
    with pytest.raises(ReadError, match="folder"):
        open_source(folder / "export.parquet")


def test_convert_and_validate_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    jsonl = tmp_path / "x.jsonl"
    write(load_json(EXPORTS[0]), jsonl)
    assert main(["convert", str(jsonl), "-o", f"{tmp_path}/x.parquet/"]) == 0
    assert main(["validate", str(tmp_path / "x.parquet")]) == 0
    assert main(["convert", str(tmp_path / "x.parquet"), "-o", str(tmp_path / "back.jsonl")]) == 0
    assert read(tmp_path / "back.jsonl") == read(jsonl)


def test_many_records_are_written_in_batches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parquet, "BATCH_ROWS", 3)
    monkeypatch.setattr(parquet, "BUFFERED_ROWS", 5)
    doc = load_json(EXPORTS[0])
    doc["scam_reports"] = [{**doc["scam_reports"][0], "id": f"TH-R{i}"} for i in range(20)]
    write(doc, tmp_path / "x.parquet")
    assert pq.ParquetFile(tmp_path / "x.parquet" / "scam_reports.parquet").num_row_groups > 3
    assert read(tmp_path / "x.parquet") == doc


def test_duckdb_reads_the_tables(tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    doc = load_json(EXPORTS[0])
    write(doc, tmp_path / "x.parquet")
    file = str(tmp_path / "x.parquet" / "scam_reports.parquet")
    con = duckdb.connect()
    rows = con.execute("SELECT id, len(typologies) FROM read_parquet(?) ORDER BY id", [file]).fetchall()
    assert rows == sorted((r["id"], len(r.get("typologies", []))) for r in doc["scam_reports"])
    marking = con.execute("SELECT value FROM parquet_kv_metadata(?) WHERE key = 'gpos.sharing_marking'",
                          [file]).fetchone()
    assert marking[0] == doc["sharing_marking"].encode()


@pytest.mark.spark
def test_spark_reads_the_tables(tmp_path: Path, spark: Any) -> None:
    doc = load_json(EXPORTS[0])
    write(doc, tmp_path / "x.parquet")
    frame = spark.read.parquet(str(tmp_path / "x.parquet" / "scam_reports.parquet"))
    got = sorted((row["id"], len(row["typologies"] or [])) for row in frame.select("id", "typologies").collect())
    assert got == sorted((r["id"], len(r.get("typologies", []))) for r in doc["scam_reports"])
    amounts = frame.selectExpr("explode(losses) AS loss").selectExpr("loss.amount").collect()
    assert {row["amount"] for row in amounts} == {x["amount"] for r in doc["scam_reports"] for x in r.get("losses", [])}
