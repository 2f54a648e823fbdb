"""STIX 2.1: ``gpos export stix`` and ``gpos import stix`` (mapping in mapping.yaml, documented in
docs/crosswalks/stix.md)."""

from __future__ import annotations

from typing import Any

from .. import Output


def export_document(document: dict[str, Any], audience: str) -> list[Output]:
    """The export as one STIX 2.1 bundle (JSON). The document was already prepared for ``audience``."""
    from .export import to_bytes

    return [Output("", to_bytes(document))]
