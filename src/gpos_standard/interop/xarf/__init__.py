"""X-ARF v4: ``gpos export xarf`` (mapping in mapping.yaml, documented in docs/crosswalks/xarf.md)."""

from __future__ import annotations

from typing import Any

from .. import Output


def export_document(document: dict[str, Any], audience: str) -> list[Output]:
    """The export's reportable indicators as X-ARF v4 reports, one JSON object a line."""
    from .export import to_jsonl

    return [Output("", to_jsonl(document))]
