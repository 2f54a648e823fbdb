"""Writing a synthetic export to disk in constant memory, and the sidecar listing the injected errors.

JSON Lines is written as the records come. The JSON document needs records grouped by collection, so each
collection is spooled to a temporary file beside the output and the pieces are concatenated at the end (one
record per line, so line numbers in validation reports stay useful). Other formats (CSV package, XLSX) go
through ``gpos_standard.io.formats.write`` when it exists, which needs the whole document in memory.
"""

from __future__ import annotations

import csv
import io
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ..io.output import atomic, write_bytes
from .inject import Injected

if TYPE_CHECKING:
    from . import Synthesis

BUFFER = 1 << 20
STREAMED = (".jsonl", ".json")
# Mistakes a tabular format cannot carry (a CSV cell has no JSON type, so a number is read as text).
NOT_TABULAR = frozenset({"amount_as_number"})


def _dumps() -> Callable[[Any], bytes]:
    try:
        import orjson

        return orjson.dumps
    except ImportError:  # pragma: no cover - orjson is optional
        import json

        def dumps(value: Any) -> bytes:
            return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

        return dumps


@dataclass
class SynthResult:
    path: Path
    records: int
    injected: list[Injected] = field(default_factory=list)
    sidecar: Path | None = None


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.name + ".injected.csv")


def write_jsonl(synth: Synthesis, out: IO[bytes]) -> None:
    dumps = _dumps()
    prefixes: dict[str, bytes] = {}
    write = out.write
    for record_type, data in synth.pairs():
        prefix = prefixes.get(record_type)
        if prefix is None:
            prefix = prefixes[record_type] = b'{"record_type":"' + record_type.encode() + b'",'
        write(prefix + dumps(data)[1:] + b"\n")


def write_json(synth: Synthesis, out: IO[bytes], spool_dir: Path) -> None:
    from ..schema_info import collections

    dumps = _dumps()
    from . import collection_of

    where = collection_of()
    pairs = synth.pairs()
    _, envelope = next(pairs)
    with tempfile.TemporaryDirectory(prefix=".gpos-synth-", dir=spool_dir) as tmp:
        spools: dict[str, IO[bytes]] = {}
        try:
            for record_type, data in pairs:
                name = where[record_type]
                spool = spools.get(name)
                if spool is None:
                    spool = spools[name] = open(Path(tmp) / name, "w+b", buffering=BUFFER)
                    spool.write(dumps(data))
                else:
                    spool.write(b",\n" + dumps(data))
            out.write(dumps(envelope)[:-1])
            for name in collections():
                if name in spools:
                    spool = spools[name]
                    spool.flush()
                    spool.seek(0)
                    out.write(b',\n"' + name.encode() + b'":[\n')
                    shutil.copyfileobj(spool, out, BUFFER)
                    out.write(b"\n]")
            out.write(b"}\n")
        finally:
            for spool in spools.values():
                spool.close()


def write_sidecar(path: Path, injected: list[Injected]) -> None:
    names = [f.name for f in fields(Injected)]
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(names)
    for item in injected:
        writer.writerow([getattr(item, n) for n in names])
    write_bytes(path, buffer.getvalue().encode("utf-8"))


def read_sidecar(path: Path) -> list[Injected]:
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    ints = {"stream_index", "line", "collection_index"}
    return [Injected(**{k: int(v) if k in ints else v for k, v in row.items()}) for row in rows]  # type: ignore[arg-type]


def write_export(path: str | Path, records: int, seed: int, error_rate: float = 0.0,
                 member: str = "TH") -> SynthResult:
    """Generate and write an export; the format follows the extension (.jsonl, .json, else io.formats)."""
    from . import KINDS, Synthesis

    target = Path(path)
    suffix = target.suffix.lower()
    kinds = None if suffix in STREAMED else [k for k in KINDS if k not in NOT_TABULAR]
    synth = Synthesis(records, seed, error_rate, member, kinds=kinds)
    if suffix in STREAMED:
        target.parent.mkdir(parents=True, exist_ok=True)
        with atomic(target, buffering=BUFFER) as out:
            if suffix == ".jsonl":
                write_jsonl(synth, out)
            else:
                write_json(synth, out, target.parent)
    else:
        try:
            from ..io.formats import write as write_any  # type: ignore[attr-defined]
        except ImportError:
            raise ValueError(f"cannot write {target.name}: only .json and .jsonl are available until "
                             "gpos_standard.io.formats provides the other formats") from None
        write_any(_document(synth), target, None if suffix else "csv-folder")
    result = SynthResult(target, records, list(synth.injected))
    if error_rate > 0:
        result.sidecar = sidecar_path(target)
        write_sidecar(result.sidecar, synth.injected)
    return result


def _document(synth: Synthesis) -> dict[str, Any]:
    from ..schema_info import collections
    from . import collection_of

    where = collection_of()
    pairs = synth.pairs()
    _, envelope = next(pairs)
    grouped: dict[str, list[Any]] = {}
    for record_type, data in pairs:
        grouped.setdefault(where[record_type], []).append(data)
    return {**envelope, **{name: grouped[name] for name in collections() if name in grouped}}
