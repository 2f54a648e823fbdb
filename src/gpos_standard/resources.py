"""The generated artifacts shipped in the package, loaded once on first use."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


def _load(name: str) -> Any:
    return json.loads(resources.files("gpos_standard").joinpath("schema", name).read_text(encoding="utf-8"))


@cache
def json_schema() -> dict[str, Any]:
    """The JSON Schema of an export document (draft 2019-09)."""
    return _load("gpos.schema.json")


@cache
def schema_meta() -> dict[str, Any]:
    """Ranges, references and sensitivity of every slot, as generated from the LinkML schema."""
    return _load("schema_meta.json")


@cache
def codelists() -> dict[str, Any]:
    """Every code list with titles in the members' languages and crosswalks to peer vocabularies."""
    return _load("codelists.json")
