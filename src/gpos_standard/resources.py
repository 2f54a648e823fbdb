"""The generated artefacts shipped in the package, one folder per version of the standard, loaded once on first use.

``versions.json`` says which versions this package implements (``supported``) and which is current (the version new
exports are written in). Every function takes an optional ``version``; None means the current one.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from importlib.abc import Traversable


def _folder() -> Traversable:
    return resources.files("gpos_standard").joinpath("schema")


@cache
def versions() -> dict[str, Any]:
    """``{"current": "0.2.0", "supported": [...], "released": [...]}``."""
    return json.loads(_folder().joinpath("versions.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def current_version() -> str:
    return str(versions()["current"])


def supported_versions() -> list[str]:
    return list(versions()["supported"])


def _version(version: str | None) -> str:
    if version is None:
        return current_version()
    if version not in versions()["supported"]:
        raise KeyError(f"standard version {version} is not shipped in this package "
                       f"(supported: {', '.join(supported_versions())})")
    return version


@cache
def _load(version: str, name: str) -> Any:
    return json.loads(_folder().joinpath(version, name).read_text(encoding="utf-8"))


def artefact(name: str, version: str | None = None) -> Traversable:
    """A shipped file of one version: gpos.schema.json, schema_meta.json, codelists.json, gpos.linkml.yaml,
    gpos.context.jsonld or gpos.sql."""
    return _folder().joinpath(_version(version), name)


def json_schema(version: str | None = None) -> dict[str, Any]:
    """The JSON Schema of an export document (draft 2019-09)."""
    return _load(_version(version), "gpos.schema.json")  # type: ignore[no-any-return]


def schema_meta(version: str | None = None) -> dict[str, Any]:
    """Ranges, references, sensitivity, rules and versions of every element, as generated from the LinkML schema."""
    return _load(_version(version), "schema_meta.json")  # type: ignore[no-any-return]


def codelists(version: str | None = None) -> dict[str, Any]:
    """Every code list with titles in the members' languages and crosswalks to peer vocabularies."""
    return _load(_version(version), "codelists.json")  # type: ignore[no-any-return]
