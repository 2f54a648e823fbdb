"""Every export format behind two calls: ``open_source(path)`` to read and ``write(document, path)`` to write.

The format is chosen by extension; a file with another extension is recognised by its content (a zip is an
XLSX workbook or a CSV package; text starting with an object whose first line has a ``record_type`` is
JSON Lines; other text is JSON or YAML). Readers import their dependencies only when used.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .records import ReadError, Source
from .spool import RECORDS, Parts, document_parts


@dataclass(frozen=True)
class Format:
    name: str
    extensions: tuple[str, ...]
    description: str
    streams: bool  # whether records are read one at a time (constant memory)


FORMATS: tuple[Format, ...] = (
    Format("json", (".json",), "One JSON document: the Export object with its record collections.", False),
    Format("yaml", (".yaml", ".yml"), "The same document in YAML (safe subset: no anchors, no implicit dates).",
           False),
    Format("jsonl", (".jsonl", ".ndjson"), "JSON Lines: an envelope line, then one record per line.", True),
    Format("csv", (".zip", "folder/"), "CSV package: export.csv and one CSV file per collection, in a folder "
           "or a zip.", True),
    Format("xlsx", (".xlsx",), "Excel workbook: sheet 'export' and one sheet per collection.", True),
    Format("parquet", (".parquet",), "Parquet folder: export.parquet and one Parquet table per collection "
           "(pyarrow: the extra 'parquet').", True),
)
_BY_SUFFIX = {ext: fmt.name for fmt in FORMATS for ext in fmt.extensions if ext.startswith(".")}


def _sniff(path: Path) -> str:
    from . import archive

    if archive.is_zip(path):
        with archive.SafeZip(path) as box:
            names = box.names()
        return "xlsx" if "[Content_Types].xml" in names and any(n.startswith("xl/") for n in names) else "csv"
    with path.open("rb") as handle:
        first = handle.readline(1024**2).strip()
        while not first:
            line = handle.readline(1024**2)
            if not line:
                break
            first = line.strip()
    if first.startswith(b"{"):
        from .jsonl import parse_line
        from .loaders import LoadError

        try:
            value = parse_line(first)
        except LoadError:
            return "document"
        if isinstance(value, dict) and "record_type" in value:
            return "jsonl"
    return "document"


def open_source(path: Path) -> Source:
    """The reader for an export file, folder or zip; ReadError when it is none of the formats."""
    path = Path(path)
    if path.is_dir() and (path / "export.parquet").is_file():
        from .parquet import ParquetSource

        return ParquetSource(path)
    if path.is_dir():
        from .csvpkg import CsvPackageSource

        return CsvPackageSource(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        if path.name == "export.csv":
            from .csvpkg import CsvPackageSource

            return CsvPackageSource(path.parent)
        raise ReadError("a CSV export is a package: give the folder or .zip holding export.csv and one CSV file "
                        "per collection")
    fmt = _BY_SUFFIX.get(suffix) or _sniff(path)
    if fmt == "parquet":
        raise ReadError("a Parquet export is a folder holding export.parquet and one table per collection: give "
                        "the folder (write one with gpos convert IN -o NAME.parquet/)")
    if fmt == "jsonl":
        from .jsonl import JsonLinesSource

        return JsonLinesSource(path)
    if fmt == "csv":
        from .csvpkg import CsvPackageSource

        return CsvPackageSource(path)
    if fmt == "xlsx":
        from .xlsx import XlsxSource

        return XlsxSource(path)
    from .document import DocumentSource

    return DocumentSource(path)


def output_format(path: str | Path) -> str:
    """The format to write for an output path: by extension, a Parquet folder for ``name.parquet`` or
    ``name.parquet/``, or a CSV folder for ``dir/`` or a folder."""
    text = str(path)
    if Path(text).suffix.lower() == ".parquet":
        return "parquet"
    if text.endswith(("/", os.sep)) or Path(text).is_dir():
        return "csv-folder"
    suffix = Path(text).suffix.lower()
    if suffix == ".zip":
        return "csv"
    if suffix in _BY_SUFFIX:
        return _BY_SUFFIX[suffix]
    known = ", ".join(ext for fmt in FORMATS for ext in fmt.extensions)
    raise ValueError(f"cannot tell the output format of {text!r} from its extension; use one of {known}")


def yaml_dumper() -> Any:
    """The YAML dumper: text that looks like dates or numbers quoted (PyYAML does this), and line-separator
    characters escaped in double quotes (PyYAML's single-quoted style turns them into spaces)."""
    import yaml

    class Dumper(yaml.SafeDumper):
        pass

    def text(dumper: yaml.SafeDumper, data: str) -> Any:
        style = '"' if any(c in data for c in "\x85\u2028\u2029") else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)

    Dumper.add_representer(str, text)
    return Dumper


def yaml_text(value: Any, dumper: Any = None) -> str:
    import yaml

    return yaml.dump(value, Dumper=dumper or yaml_dumper(), sort_keys=False, allow_unicode=True, width=10**9)


def _write_json(parts: Parts, handle: IO[bytes]) -> None:
    """``json.dumps(document, indent=2)``, written a key and a record at a time: a record at depth two is the
    same text indented by four spaces (JSON text holds no raw line break inside a value)."""
    def dumps(value: Any) -> str:
        return json.dumps(value, indent=2, ensure_ascii=False, allow_nan=False)

    if not parts.items():
        handle.write(b"{}\n")
        return
    separator = b"{\n"
    for key, value in parts.items():
        handle.write(separator)
        separator = b",\n"
        if value is not RECORDS:
            handle.write(dumps({key: value})[2:-2].encode("utf-8"))
            continue
        handle.write(dumps({key: []})[2:-4].encode("utf-8") + b"[\n")
        between = ""
        for record in parts.records(key):
            handle.write((between + "    " + dumps(record).replace("\n", "\n    ")).encode("utf-8"))
            between = ",\n"
        handle.write(b"\n  ]")
    handle.write(b"\n}\n")


def _write_yaml(parts: Parts, handle: IO[bytes]) -> None:
    """The YAML of the whole document, written a key and a record at a time: a block mapping is its pairs one
    after the other, and the sequence under a top-level key is not indented, as a top-level sequence."""
    dumper = yaml_dumper()
    if not parts.items():
        handle.write(yaml_text({}, dumper).encode("utf-8"))
    for key, value in parts.items():
        if value is not RECORDS:
            handle.write(yaml_text({key: value}, dumper).encode("utf-8"))
            continue
        first = True
        for record in parts.records(key):
            handle.write(yaml_text({key: [record]} if first else [record], dumper).encode("utf-8"))
            first = False


def write(document: dict[str, Any], path: str | Path, fmt: str | None = None) -> None:
    """Write an export document in the format of ``path`` (see :func:`output_format`); same input, same bytes.
    Written whole or not at all (:mod:`.output`)."""
    write_parts(document_parts(document), path, fmt)


def write_parts(parts: Parts, path: str | Path, fmt: str | None = None) -> None:
    """:func:`write` for a document given in parts (:mod:`.spool`): records are read one at a time, as often as
    the format needs, so memory holds one record whatever the size of the export."""
    from . import output

    fmt = fmt or output_format(path)
    target = Path(path)
    if fmt in ("json", "yaml"):
        with output.atomic(target, buffering=1024**2) as handle:
            (_write_json if fmt == "json" else _write_yaml)(parts, handle)
    elif fmt == "jsonl":
        from .jsonl import write_jsonl_parts

        write_jsonl_parts(parts, target)
    elif fmt in ("csv", "csv-folder"):
        from .csvpkg import write_csv_parts

        write_csv_parts(parts, target, as_zip=fmt == "csv")
    elif fmt == "xlsx":
        from .xlsx import write_xlsx_parts

        write_xlsx_parts(parts, target)
    elif fmt == "parquet":
        from .parquet import write_parquet_parts

        write_parquet_parts(parts, target)
    else:
        raise ValueError(f"unknown format {fmt!r}")
