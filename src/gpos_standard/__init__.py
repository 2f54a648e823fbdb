"""gpos-standard: the GPOS data standard for sharing information on online scams and scam-centre trafficking.

Imports are lazy so that ``import gpos_standard`` and ``gpos --help`` stay fast; the validation stack loads on
first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .validation import Issue, Report, validate

__all__ = ["Issue", "Report", "__version__", "standard_version", "validate"]


def standard_version() -> str:
    """Version of the data standard this package implements (read from the shipped JSON Schema)."""
    from .resources import json_schema

    return str(json_schema()["version"])


def __getattr__(name: str) -> Any:
    if name in {"validate", "Report", "Issue"}:
        from . import validation

        return getattr(validation, name)
    raise AttributeError(f"module 'gpos_standard' has no attribute {name!r}")
