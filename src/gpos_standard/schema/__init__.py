"""The artefacts of each version of the standard shipped in this package, for use from Python or another language.

Each version's folder (``gpos_standard/schema/<version>/``) holds the JSON Schema of an export
(``gpos.schema.json``, draft 2019-09), the LinkML schema with its imports merged (``gpos.linkml.yaml``, the source
of truth), the JSON-LD context that reads an export as linked data (``gpos.context.jsonld``) and CREATE TABLE
statements for a relational copy (``gpos.sql``, SQLite dialect), all generated from ``schema/`` by
``make generate``. ``gpos schema --format F`` prints or writes the same files. ``version=None`` means the current
version; an unknown version raises ``KeyError``.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from .. import resources

if TYPE_CHECKING:
    from importlib.abc import Traversable

__all__ = ["FORMATS", "artefact_path", "json_schema", "jsonld_context", "linkml", "sql", "text", "versions"]

# gpos schema --format -> the file each version ships.
FORMATS = {
    "jsonschema": "gpos.schema.json",
    "linkml": "gpos.linkml.yaml",
    "jsonld-context": "gpos.context.jsonld",
    "sql": "gpos.sql",
}


def versions() -> list[str]:
    """The versions of the standard whose artefacts this package ships, oldest first."""
    return resources.supported_versions()


def artefact_path(format: str, version: str | None = None) -> Traversable:
    """The shipped file of a format (a key of ``FORMATS``) and version."""
    if format not in FORMATS:
        raise ValueError(f"unknown format {format!r}: one of {', '.join(FORMATS)}")
    return resources.artefact(FORMATS[format], version)


def text(format: str, version: str | None = None) -> str:
    """The shipped file of a format and version, as text (UTF-8)."""
    return artefact_path(format, version).read_text(encoding="utf-8")


def json_schema(version: str | None = None) -> dict[str, Any]:
    """The JSON Schema of an export document (a fresh copy: change it freely)."""
    return json.loads(text("jsonschema", version))  # type: ignore[no-any-return]


def linkml(version: str | None = None) -> str:
    """The LinkML schema, imports merged, as YAML text (read it with ``linkml_runtime``'s SchemaView)."""
    return text("linkml", version)


def jsonld_context(version: str | None = None) -> dict[str, Any]:
    """The JSON-LD context: add it as ``@context`` to an export to read it as RDF."""
    return json.loads(text("jsonld-context", version))  # type: ignore[no-any-return]


def sql(version: str | None = None) -> str:
    """CREATE TABLE statements, one table per class, SQLite dialect."""
    return text("sql", version)
