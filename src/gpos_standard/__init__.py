"""gpos-standard: the GPOS data standard for sharing information on online scams and scam-centre trafficking.

``validate(...)`` checks exports (paths, documents, models, records) and returns a ``Report``;
``validate_record(record)`` checks one record; ``gpos_standard.models`` holds a Pydantic model per class of the
standard, and ``gpos_standard.schema`` the shipped artefacts (JSON Schema, LinkML, JSON-LD context, SQL).

Imports are lazy so that ``import gpos_standard`` and ``gpos --help`` stay fast; the validation stack loads on
first use.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from . import models, schema
    from .validation import InputError, Issue, Report, Validatable, validate, validate_record

__all__ = ["InputError", "Issue", "Report", "Validatable", "__version__", "models", "schema", "standard_version",
           "validate", "validate_record"]

# Public name -> the module that defines it, imported on first use.
_LAZY = {"validate": ".validation", "validate_record": ".validation", "Report": ".validation",
         "Issue": ".validation", "InputError": ".validation", "Validatable": ".validation"}
_SUBMODULES = frozenset({"models", "schema"})


def standard_version() -> str:
    """Version of the data standard this package implements (read from the shipped JSON Schema)."""
    from .resources import json_schema

    return str(json_schema()["version"])


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name], __name__), name)
    if name in _SUBMODULES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module 'gpos_standard' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
