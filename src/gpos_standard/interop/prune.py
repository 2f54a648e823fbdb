"""Keep an imported document valid: drop the records the validator rejects, and say which and why."""

from __future__ import annotations

import re
from typing import Any

from . import ImportResult

_RECORD = re.compile(r"^/(?P<collection>[a-z_]+)/(?P<index>\d+)(/|$)")
MAX_ROUNDS = 5  # a dropped record can leave another one dangling: a few rounds settle it


def drop_invalid_records(result: ImportResult, source: str) -> None:
    """Remove the records with errors from ``result.document`` and count them as not carried, by rule code.

    Errors outside any record (the envelope) are left for the caller, which refuses to write an invalid export.
    """
    from ..validation import validate

    document = result.document
    for _ in range(MAX_ROUNDS):
        report = validate(document)
        bad: dict[str, set[int]] = {}
        for issue in report.issues:
            match = _RECORD.match(issue.path or "")
            if issue.severity == "error" and match and isinstance(document.get(match["collection"]), list):
                if int(match["index"]) not in bad.setdefault(match["collection"], set()):
                    result.skip(f"{source} -> {match['collection']}", f"{issue.code}: the record would be invalid")
                    result.records_skipped += 1
                bad[match["collection"]].add(int(match["index"]))
        if not bad:
            return
        for collection, indices in bad.items():
            kept: list[Any] = [r for i, r in enumerate(document[collection]) if i not in indices]
            if kept:
                document[collection] = kept
            else:
                del document[collection]
