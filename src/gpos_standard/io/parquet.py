"""Parquet exports: a folder ``NAME.parquet/`` with one Parquet table per record collection, for analysis at scale.

The format (``pyarrow``, the optional extra ``parquet``):

- ``export.parquet`` holds the envelope as one row; ``<collection>.parquet`` (``scam_reports.parquet``...) the
  records of each non-empty collection, one row each. The Arrow schema of every table is generated from the schema
  (``arrow_schema.json`` of each version, by ``make generate``): inlined objects are structs, multivalued slots lists,
  dates and decimal amounts text as the standard writes them.
- Every file's key-value metadata says ``gpos.standard_version``, ``gpos.sharing_marking`` and the whole envelope
  (``gpos.envelope``, JSON), so that a table read on its own (by DuckDB, Spark...) still carries its marking;
  ``export.parquet`` lists the tables (``gpos.tables``) so that a stray file is never read as part of the export.
- Whatever does not fit a table's columns (extension fields; in an invalid export, a value of the wrong type) is kept
  as JSON in the ``_extra`` column of its struct, so that every export converts both ways exactly.

Writing streams: records are buffered a few thousand at a time and written as record batches, every file atomically
(:func:`.output.folder_writer`). Reading streams batch by batch.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

from .. import resources, schema_info
from .limits import LimitError, check_value
from .loaders import LoadError, load_json_text
from .records import Locate, Location, ReadError, RecordItem, Source
from .spool import RECORDS, Parts

EXTRA = "_extra"
ENVELOPE_TABLE = "export"
SUFFIX = ".parquet"
BATCH_ROWS = 4096  # rows buffered per table before a record batch is written
BUFFERED_ROWS = 16384  # rows buffered over all tables before every buffer is written
_INT64 = (-(2**63), 2**63)
META_VERSION, META_MARKING, META_ENVELOPE, META_TABLES = (
    b"gpos.standard_version", b"gpos.sharing_marking", b"gpos.envelope", b"gpos.tables")


def pyarrow() -> Any:
    """``pyarrow``, or a ReadError saying how to install it."""
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise ReadError("Parquet needs pyarrow: pip install 'gpos-standard[parquet]'") from None
    return pyarrow


@cache
def arrow_tables(version: str | None = None) -> dict[str, Any]:
    """The generated table definitions of a version of the standard (the current one by default)."""
    text = resources.artefact("arrow_schema.json", version).read_text(encoding="utf-8")
    return json.loads(text)["tables"]  # type: ignore[no-any-return]


def _arrow_type(spec: Any) -> Any:
    pa = pyarrow()
    if isinstance(spec, str):
        return {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(), "bool": pa.bool_()}[spec]
    if "list" in spec:
        return pa.list_(_arrow_type(spec["list"]))
    return pa.struct([_arrow_field(f) for f in spec["struct"]])


def _arrow_field(spec: dict[str, Any]) -> Any:
    pa = pyarrow()
    meta = {b"gpos_type": spec["gpos_type"].encode()} if "gpos_type" in spec else None
    return pa.field(spec["name"], _arrow_type(spec["type"]), nullable=True, metadata=meta)


def arrow_schema(table: str, version: str | None = None, metadata: dict[bytes, bytes] | None = None) -> Any:
    """The ``pyarrow.Schema`` of one table (``export`` or a collection name)."""
    return pyarrow().schema([_arrow_field(f) for f in arrow_tables(version)[table]["fields"]], metadata=metadata)


# ---- writing ------------------------------------------------------------------------------------------------------

def _fit(value: Any, spec: Any) -> tuple[bool, Any]:
    """Whether ``value`` fits a column of type ``spec``, and the value to store."""
    if isinstance(spec, str):
        if spec == "string":
            return value.__class__ is str, value
        if spec == "int64":
            return value.__class__ is int and _INT64[0] <= value < _INT64[1], value
        if spec == "float64":
            return value.__class__ is float, value
        return value.__class__ is bool, value
    if "list" in spec:
        if value.__class__ is not list:
            return False, None
        items = []
        for item in value:
            fits, stored = _fit(item, spec["list"])
            if not fits:
                return False, None
            items.append(stored)
        return True, items
    if value.__class__ is not dict:
        return False, None
    return True, _row(value, _fields(spec["struct"]))


_FIELDS: dict[int, dict[str, Any]] = {}


def _fields(specs: list[dict[str, Any]]) -> dict[str, Any]:
    """Column name -> type of a struct's fields (remembered per definition)."""
    found = _FIELDS.get(id(specs))
    if found is None:
        found = _FIELDS[id(specs)] = {f["name"]: f["type"] for f in specs if f["name"] != EXTRA}
    return found


def _row(obj: dict[str, Any], fields: dict[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in obj.items():
        spec = fields.get(key)
        fits, stored = (False, None) if spec is None or value is None else _fit(value, spec)
        if fits:
            row[key] = stored
        else:
            extra[key] = value
    if extra:
        row[EXTRA] = json.dumps(extra, ensure_ascii=False, allow_nan=False)
    return row


def _version_of(envelope: dict[str, Any]) -> str | None:
    version = envelope.get("standard_version")
    return version if isinstance(version, str) and version in resources.supported_versions() else None


class _Table:
    """One table being written: its schema, its open writer and the rows not written yet."""

    def __init__(self, name: str, handle: Any, version: str | None, metadata: dict[bytes, bytes]) -> None:
        pq = pyarrow().parquet
        self.name = name
        self.schema = arrow_schema(name, version, metadata)
        self.fields = _fields(arrow_tables(version)[name]["fields"])
        self.writer = pq.ParquetWriter(handle, self.schema, compression="zstd")
        self.rows: list[dict[str, Any]] = []
        self.count = 0

    def add(self, record: Any, index: int) -> None:
        if record.__class__ is not dict:
            raise ValueError(f"a Parquet table cannot hold {self.name}[{index}]: a record must be an object")
        self.rows.append(_row(record, self.fields))

    def flush(self) -> None:
        if not self.rows:
            return
        pa = pyarrow()
        try:
            batch = pa.RecordBatch.from_pylist(self.rows, schema=self.schema)
        except (pa.ArrowException, UnicodeError) as exc:
            raise ValueError(f"a Parquet table cannot hold a value of {self.name}: {type(exc).__name__}") from None
        self.writer.write_batch(batch)
        self.count += len(self.rows)
        self.rows = []

    def close(self) -> None:
        self.flush()
        self.writer.close()


def _metadata(envelope: dict[str, Any]) -> dict[bytes, bytes]:
    meta = {META_ENVELOPE: json.dumps(envelope, ensure_ascii=False, allow_nan=False).encode("utf-8")}
    for key, field in ((META_VERSION, "standard_version"), (META_MARKING, "sharing_marking")):
        if isinstance(envelope.get(field), str):
            meta[key] = envelope[field].encode("utf-8")
    return meta


def write_parquet_stream(envelope: dict[str, Any], records: Iterable[tuple[str, Any]], folder: Path) -> dict[str, int]:
    """Write an export given as its envelope and ``(collection, record)`` pairs (in any order) as a Parquet folder,
    in bounded memory; returns the number of records per collection."""
    from . import output

    collections = schema_info.collections()
    version = _version_of(envelope)
    metadata = _metadata(envelope)
    known = {f"{name}{SUFFIX}" for name in (ENVELOPE_TABLE, *collections)}
    tables: dict[str, _Table] = {}
    with output.folder_writer(folder) as add:
        buffered = 0
        for collection, record in records:
            table = tables.get(collection)
            if table is None:
                if collection not in collections:
                    raise ValueError(f"a Parquet export cannot hold the unknown collection {collection!r}")
                table = tables[collection] = _Table(collection, add(f"{collection}{SUFFIX}"), version, metadata)
            table.add(record, table.count + len(table.rows))
            buffered += 1
            if len(table.rows) >= BATCH_ROWS:
                buffered -= len(table.rows)
                table.flush()
            elif buffered >= BUFFERED_ROWS:
                for each in tables.values():
                    each.flush()
                buffered = 0
        for table in tables.values():
            table.close()
        counts = {name: tables[name].count for name in collections if name in tables}
        stale = sorted(p.name for p in folder.iterdir() if p.name in known and p.name[:-len(SUFFIX)] not in counts
                       and p.name != f"{ENVELOPE_TABLE}{SUFFIX}")
        if stale:
            raise FileExistsError(f"{folder} already holds {', '.join(stale)} from another export; write to an "
                                  "empty folder")
        head = _Table(ENVELOPE_TABLE, add(f"{ENVELOPE_TABLE}{SUFFIX}"), version,
                      {**metadata, META_TABLES: json.dumps(counts).encode()})
        head.add(envelope, 0)
        head.close()
    return counts


def write_parquet_parts(parts: Parts, folder: Path) -> None:
    """Write an export given in parts (a document in memory, or a spool) as a Parquet folder."""

    def records() -> Iterator[tuple[str, Any]]:
        for name, value in parts.items():
            if value is RECORDS:
                for record in parts.records(name):
                    yield name, record
            elif name in schema_info.collections() and not isinstance(value, list):
                raise ValueError(f"'{name}' must be a list of records")

    write_parquet_stream(parts.envelope(), records(), Path(folder))


# ---- reading ------------------------------------------------------------------------------------------------------

def is_parquet_folder(path: Path) -> bool:
    return path.is_dir() and (path / f"{ENVELOPE_TABLE}{SUFFIX}").is_file()


def _value(value: Any) -> Any:
    if value.__class__ is dict:
        return _object(value)
    if value.__class__ is list:
        return [_value(v) for v in value]
    return value


def _object(row: dict[str, Any]) -> dict[str, Any]:
    out = {key: _value(value) for key, value in row.items() if value is not None and key != EXTRA}
    extra = row.get(EXTRA)
    if extra is not None:
        try:
            more = load_json_text(extra)
        except LoadError as exc:
            raise LimitError(f"its {EXTRA} column is not a JSON object ({exc})") from None
        if not isinstance(more, dict):
            raise LimitError(f"its {EXTRA} column is not a JSON object")
        out.update(more)
    return out


_ALLOWED = ("string", "large_string", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "double",
            "float", "bool")


def _check_types(arrow_type: Any, pa: Any) -> bool:
    if pa.types.is_struct(arrow_type):
        return all(_check_types(arrow_type.field(i).type, pa) for i in range(arrow_type.num_fields))
    if pa.types.is_list(arrow_type) or pa.types.is_large_list(arrow_type):
        return _check_types(arrow_type.value_type, pa)
    if pa.types.is_dictionary(arrow_type):
        return _check_types(arrow_type.value_type, pa)
    return str(arrow_type) in _ALLOWED


class ParquetSource(Source):
    """A Parquet export folder, read a record batch at a time."""

    format = "parquet"

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = Path(path)
        self._head: Any = None

    def _open(self, name: str) -> Any:
        pa = pyarrow()
        file = self.path / f"{name}{SUFFIX}"
        try:
            handle = pa.parquet.ParquetFile(file)
        except (OSError, pa.ArrowException) as exc:
            raise ReadError(f"{file.name} is not a readable Parquet file ({type(exc).__name__})",
                            Location(sheet=file.name)) from None
        for field in handle.schema_arrow:
            if not _check_types(field.type, pa):
                raise ReadError(f"column {field.name} of {file.name} has the type {field.type}, which no field of "
                                "the standard has", Location(sheet=file.name, column=field.name))
        return handle

    def _rows(self, name: str) -> Iterator[tuple[int, dict[str, Any]]]:
        pa = pyarrow()
        handle = self._open(name)
        index = 0
        try:
            for batch in handle.iter_batches(batch_size=BATCH_ROWS):
                for row in batch.to_pylist():
                    try:
                        record = _object(row)
                        check_value(record, strings=True)
                    except LimitError as exc:
                        raise ReadError(f"row {index + 1} cannot be read: {exc}",
                                        Location(row=index + 1, sheet=f"{name}{SUFFIX}")) from None
                    yield index, record
                    index += 1
        except (OSError, pa.ArrowException) as exc:
            raise ReadError(f"{name}{SUFFIX} cannot be read ({type(exc).__name__})",
                            Location(sheet=f"{name}{SUFFIX}")) from None

    def _tables(self) -> dict[str, int]:
        head = self._open(ENVELOPE_TABLE)
        raw = (head.schema_arrow.metadata or {}).get(META_TABLES)
        try:
            tables = load_json_text(raw.decode("utf-8")) if raw else None
        except (LoadError, UnicodeDecodeError):
            tables = None
        collections = schema_info.collections()
        if not isinstance(tables, dict) or not all(name in collections for name in tables):
            raise ReadError(f"{ENVELOPE_TABLE}{SUFFIX} does not list the tables of the export (metadata "
                            f"{META_TABLES.decode()}); write the folder with gpos convert",
                            Location(sheet=f"{ENVELOPE_TABLE}{SUFFIX}"))
        return tables

    def envelope(self) -> tuple[dict[str, Any], Locate]:
        rows = list(self._rows(ENVELOPE_TABLE))
        if len(rows) != 1:
            raise ReadError(f"{ENVELOPE_TABLE}{SUFFIX} must hold exactly one row, the envelope; it holds {len(rows)}",
                            Location(sheet=f"{ENVELOPE_TABLE}{SUFFIX}"))
        return rows[0][1], _locate(ENVELOPE_TABLE, 0)

    def records(self) -> Iterator[RecordItem]:
        tables = self._tables()
        for name in schema_info.collections():
            if name not in tables:
                continue
            for index, record in self._rows(name):
                yield RecordItem(name, index, record, _locate(name, index))


def _locate(table: str, index: int) -> Locate:
    def locate(path: tuple[str | int, ...]) -> Location:
        column = path[0] if path and isinstance(path[0], str) else None
        return Location(row=index + 1, sheet=f"{table}{SUFFIX}", column=column)

    return locate
