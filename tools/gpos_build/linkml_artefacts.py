"""The JSON-LD context and the SQL tables of each version, made by LinkML's own generators at `make generate` time
and shipped in the package, so that the runtime (``gpos schema``) hands them out without LinkML installed.

Each takes LinkML a minute or more on the full schema with its ISO code sets, so the output is remembered on disk
by the content of the schema modules and the LinkML version (``build/linkml-cache``, which `make clean` removes).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import logging
import subprocess
import sys
from collections.abc import Callable
from importlib.metadata import version as installed
from pathlib import Path

from .model import SchemaModel
from .paths import ROOT

CACHE = ROOT / "build" / "linkml-cache"
# SQLAlchemy dialect of the DDL: SQLite's types are the plainest, and every SQL database reads its CREATE TABLEs.
SQL_DIALECT = "sqlite"


def _key(model: SchemaModel, kind: str) -> str:
    digest = hashlib.sha256(f"{kind}\0{installed('linkml')}\0".encode())
    for module in sorted(model.path.parent.glob("*.yaml")):
        digest.update(module.name.encode() + b"\0" + module.read_bytes() + b"\0")
    return digest.hexdigest()


def _remembered(model: SchemaModel, kind: str, make: Callable[[str], str]) -> bytes:
    path = CACHE / f"{_key(model, kind)}.{kind}"
    if path.is_file():
        return path.read_bytes()
    CACHE.mkdir(parents=True, exist_ok=True)
    scratch = path.with_suffix(".part")
    # In a process of its own: the generators change LinkML's shared state (the imported type schemas), which
    # would change what this process reads from the next schema it loads.
    subprocess.run([sys.executable, "-m", "gpos_build.linkml_artefacts", make.__name__, str(model.path),
                    str(scratch)], check=True, cwd=Path(__file__).resolve().parents[1], capture_output=True)
    data = scratch.read_text(encoding="utf-8").rstrip("\n").encode("utf-8") + b"\n"
    scratch.write_bytes(data)
    scratch.replace(path)
    return data


def _child(make_name: str, schema: str, out: str) -> None:
    quiet = io.StringIO()  # the generators print a line per slot they have no SQL type for
    logging.disable(logging.WARNING)
    with contextlib.redirect_stdout(quiet), contextlib.redirect_stderr(quiet):
        text = {"_context": _context, "_sql": _sql}[make_name](schema)
    Path(out).write_text(text, encoding="utf-8")


def _context(schema: str) -> str:
    from linkml.generators.jsonldcontextgen import ContextGenerator

    return str(ContextGenerator(schema, mergeimports=True, metadata=False).serialize())


def _sql(schema: str) -> str:
    from linkml.generators.sqltablegen import SQLTableGenerator

    return str(SQLTableGenerator(schema, mergeimports=True, dialect=SQL_DIALECT).generate_ddl())


def jsonld_context(model: SchemaModel) -> bytes:
    """The JSON-LD 1.1 context that reads an export as linked data (gen-jsonld-context)."""
    return _remembered(model, "context.jsonld", _context)


def _indexes_sorted(ddl: bytes) -> bytes:
    """The generator writes a table's CREATE INDEX lines in an order that changes between runs (set iteration):
    sorting each run of them makes the file reproducible without changing what it creates."""
    lines, out, run = ddl.split(b"\n"), [], []
    for line in lines:
        if line.startswith(b"CREATE INDEX "):
            run.append(line)
            continue
        out += [*sorted(run), line]
        run = []
    return b"\n".join([*out, *sorted(run)])


def sql_ddl(model: SchemaModel) -> bytes:
    """CREATE TABLE statements for a relational copy of the standard (gen-sqltables)."""
    return _indexes_sorted(_remembered(model, "sql", _sql))


__all__ = ["CACHE", "jsonld_context", "sql_ddl"]

if __name__ == "__main__":
    _child(*sys.argv[1:4])
