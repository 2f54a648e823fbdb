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
from collections.abc import Callable
from importlib.metadata import version as installed

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
    quiet = io.StringIO()  # the generators print a line per slot they have no SQL type for
    logging.disable(logging.WARNING)
    try:
        with contextlib.redirect_stdout(quiet), contextlib.redirect_stderr(quiet):
            text = make(str(model.path))
    finally:
        logging.disable(logging.NOTSET)
    data = text.rstrip("\n").encode("utf-8") + b"\n"
    CACHE.mkdir(parents=True, exist_ok=True)
    scratch = path.with_suffix(".part")
    scratch.write_bytes(data)
    scratch.replace(path)
    return data


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
