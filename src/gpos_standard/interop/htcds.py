"""HTCDS-shaped case files (JSON) <-> GPOS: ``{"victims": [record, ...]}`` (or the bare list), each record keyed
by the HTCDS variable names that the CTDC data set publishes (``gender``, ``ageBroad``, ``citizenship``,
``meansOfControl*``, ``typeOfLabour*``, ``recruiterRelation*``...), with HTCDS's own gender values accepted.

The mapping is CTDC's (``interop/data/ctdc.yaml``): the same records, the same not-carried report; JSON true and
false are read as the codebook's 1 and 0.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from . import ConversionError, ImportOptions, ImportResult, Output
from ._read import read_json
from .ctdc import import_rows


def _records(content: Any) -> Iterator[tuple[int, dict[str, Any]]]:
    victims = content.get("victims") if isinstance(content, dict) else content
    if not isinstance(victims, list):
        raise ConversionError('not an HTCDS case file (expected {"victims": [...]} or a list of victim records)')
    for number, record in enumerate(victims, start=1):
        yield number, record if isinstance(record, dict) else {"(record)": [record]}


def import_path(path: Path, options: ImportOptions) -> ImportResult:
    return import_rows(_records(read_json(path)), options, "HTCDS")


def export_document(document: dict[str, Any], audience: str) -> list[Output]:
    """The victim records of the export's trafficking screenings, keyed by the HTCDS/CTDC variable names."""
    from .ctdc_export import rows

    victims = list(rows(document))
    return [Output("", json.dumps({"victims": victims}, ensure_ascii=False, indent=1).encode())]
