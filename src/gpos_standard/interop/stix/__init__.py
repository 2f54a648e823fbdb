"""STIX 2.1: ``gpos export stix`` and ``gpos import stix`` (mapping in mapping.yaml, documented in
docs/crosswalks/stix.md)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .. import ImportOptions, ImportResult, Output


def export_stream(document: dict[str, Any], audience: str) -> Iterator[bytes]:
    """The same bundle as ``export_document``, in pieces, so the caller can write it without holding it whole."""
    from .export import iter_bytes

    return iter_bytes(document)


def export_document(document: dict[str, Any], audience: str) -> list[Output]:
    """The export as one STIX 2.1 bundle (JSON). The document was already prepared for ``audience``."""
    from .export import to_bytes

    return [Output("", to_bytes(document))]


def import_path(path: Path, options: ImportOptions) -> ImportResult:
    """A STIX 2.1 bundle (JSON) as a GPOS export, with what could not be carried."""
    from .imports import import_bundle

    return import_bundle(path, options)
