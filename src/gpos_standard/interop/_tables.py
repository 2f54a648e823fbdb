"""Mapping tables of the converters (YAML files in ``interop/data``) and the code lists' crosswalk columns."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Any

import yaml

from ..resources import codelists


@cache
def table(name: str) -> dict[str, Any]:
    """The mapping table ``interop/data/<name>.yaml``."""
    text = files(__package__).joinpath("data", f"{name}.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)  # type: ignore[no-any-return]


@cache
def crosswalk(codelist: str, peer: str) -> dict[str, list[str]]:
    """GPOS code -> the peer's values, from the code list's crosswalk column (close matches keep their ``~``)."""
    out: dict[str, list[str]] = {}
    for code in codelists()[codelist]["codes"]:
        values = (code.get("crosswalk") or {}).get(peer) or []
        if values:
            out[code["code"]] = list(values)
    return out


@cache
def reverse_crosswalk(codelist: str, peer: str) -> dict[str, str]:
    """The peer's value -> the first GPOS code that maps to it exactly (close matches ``~`` are not reversed)."""
    out: dict[str, str] = {}
    for code, values in crosswalk(codelist, peer).items():
        for value in values:
            if not value.startswith("~"):
                out.setdefault(value, code)
    return out
