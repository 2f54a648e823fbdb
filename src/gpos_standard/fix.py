"""``gpos fix``: apply the validator's suggested fixes that are certain, and nothing else.

A suggestion is applied only when it is the one candidate and rests on no assumption another reading would
contradict (a date like 03/04/2025 is left alone); a renamed field is renamed only when its new name is free.
Every change, and every suggestion left alone, goes into a change log; the output is validated again.
Values in the log are shown under the rule of :func:`gpos_standard.schema_info.show` (personal ones are not).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import schema_info
from .validation.report import Issue, Report

_RENAME = "GPOS-E003"


@dataclass
class Change:
    pointer: str
    code: str
    where: str
    before: str
    after: str
    note: str


@dataclass
class FixResult:
    document: dict[str, Any]
    applied: list[Change] = field(default_factory=list)
    skipped: list[Change] = field(default_factory=list)

    def log(self, lang: str = "en") -> dict[str, Any]:
        from .i18n import localize

        def row(c: Change) -> dict[str, Any]:
            return {"pointer": c.pointer, "rule": c.code, "where": c.where, "before": c.before, "after": c.after,
                    "note": localize(c.note, lang)}
        return {"applied": [row(c) for c in self.applied], "not_applied": [row(c) for c in self.skipped]}


def steps(pointer: str) -> list[str]:
    """The reference tokens of an RFC 6901 JSON Pointer."""
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]] if pointer else []


def _walk(document: Any, tokens: list[str]) -> tuple[Any, Any] | None:
    """(container, key) of the value the tokens lead to, or None when the path is not in the document."""
    parent: Any = None
    key: Any = None
    node = document
    for token in tokens:
        parent = node
        if isinstance(node, list):
            if not token.isdigit() or int(token) >= len(node):
                return None
            key = int(token)
        elif isinstance(node, dict):
            if token not in node:
                return None
            key = token
        else:
            return None
        node = node[key]
    return (parent, key) if parent is not None else None


def _shown(issue: Issue, tokens: list[str], value: Any) -> str:
    if value is None:
        return "null"
    path = tuple(int(t) if t.isdigit() else t for t in tokens)
    slot = schema_info.slot_at(path)
    return schema_info.show(slot, value)


def apply(document: dict[str, Any], report: Report) -> FixResult:
    """The document with every certain suggestion of ``report`` applied (the document is changed in place)."""
    from .validation.present import where

    result = FixResult(document)
    for issue in report.issues:
        found = issue.suggestion
        if found is None:
            continue
        tokens = steps(issue.path)
        target = _walk(document, tokens)
        change = Change(issue.path, issue.code, where(issue), "", "", found.note or "")
        if issue.code == _RENAME:
            node = document if not tokens else (target[0][target[1]] if target else None)
            old = getattr(issue.message, "params", {}).get("field")
            change.before, change.after = repr(old), repr(found.value)
            if isinstance(node, dict) and found.certain and old in node and found.value not in node:
                node[found.value] = node.pop(old)
                result.applied.append(change)
            else:
                result.skipped.append(change)
            continue
        if target is None:
            continue
        parent, key = target
        change.before = _shown(issue, tokens, parent[key])
        change.after = _shown(issue, tokens, found.value)
        if found.drop and isinstance(parent, dict):
            change.after = "-"
            del parent[key]
            result.applied.append(change)
        elif found.certain and not found.drop:
            parent[key] = found.value
            result.applied.append(change)
        else:
            result.skipped.append(change)
    return result


def fix_file(source: Path, output: Path) -> tuple[FixResult, Report, Report]:
    """Validate ``source``, apply the certain fixes, write ``output`` (atomically, in the format its name says),
    validate it: (the fixes, the report before, the report after). Raises ReadError for an unreadable source."""
    from .io.formats import open_source, write
    from .io.records import to_document
    from .validation import validate

    before = validate(source)
    opened = open_source(source)
    try:
        document = to_document(opened, list(schema_info.collections()))
    finally:
        opened.close()
    result = apply(document, before)
    write(result.document, output)
    return result, before, validate(output)
