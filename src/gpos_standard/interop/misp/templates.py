"""The MISP object templates and attribute types shipped with PyMISP (the ``interop`` extra)."""

from __future__ import annotations

import json
import uuid
from functools import cache
from pathlib import Path
from typing import Any

from .. import ConversionError

NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:gpos-standard:misp")  # uuid5 of GPOS ids: stable across exports


def stable_uuid(*parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, "/".join(parts)))


@cache
def _data() -> Path:
    try:
        import pymisp
    except ImportError:
        raise ConversionError("the MISP converter needs PyMISP: pip install 'gpos-standard[interop]'") from None
    return Path(pymisp.__file__).parent / "data"


@cache
def template(name: str) -> dict[str, Any]:
    """The definition of a MISP object template."""
    path = _data() / "misp-objects" / "objects" / name / "definition.json"
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@cache
def _categories() -> dict[str, str]:
    types = json.loads((_data() / "describeTypes.json").read_text(encoding="utf-8"))["result"]
    return {t: d["default_category"] for t, d in types["sane_defaults"].items()}


def attribute_type(object_name: str, relation: str) -> str:
    return template(object_name)["attributes"][relation]["misp-attribute"]  # type: ignore[no-any-return]


def category(attribute_type_: str) -> str:
    return _categories().get(attribute_type_, "Other")
