"""Code-list labels in a template's language: ``หลอกทำงานออนไลน์หรือทำภารกิจ (task_job_scam)``.

A template made with ``--lang`` offers these labels in its drop-downs and lists them, with their codes, in the
hidden sheet ``_labels``. Reading the workbook back turns a label found in that sheet into its code, in code-list
fields only; any other text is read as typed (and the validator reports it). The label ends with the code, so it
is unique and the person picking it sees the code too.
"""

from __future__ import annotations

from typing import Any

from ..resources import codelists, schema_meta

LABELS_SHEET = "_labels"


def label(entry: dict[str, Any], lang: str) -> str:
    """``title (code)`` in ``lang``, the English title when the code has no title in that language."""
    title = (entry.get("titles") or {}).get(lang) or entry["title"]
    return f"{title} ({entry['code']})"


def labels(codelist: str, lang: str) -> list[tuple[str, str]]:
    """(label, code) of every code of a list that is not deprecated, in list order."""
    return [(label(c, lang), c["code"]) for c in codelists()[codelist]["codes"] if not c.get("deprecated")]


def relabel(data: Any, cls: str, mapping: dict[str, str]) -> Any:
    """``data`` (an object of class ``cls``) with every label of ``mapping`` in a code-list field turned into its
    code; changed in place and returned."""
    if not mapping or not isinstance(data, dict):
        return data
    slots = schema_meta()["classes"].get(cls, {}).get("slots", {})
    for name, value in data.items():
        slot = slots.get(name)
        if slot is None:
            continue
        if slot["kind"] == "enum":
            if isinstance(value, str):
                data[name] = mapping.get(value, value)
            elif isinstance(value, list):
                data[name] = [mapping.get(v, v) if isinstance(v, str) else v for v in value]
        elif slot["kind"] == "inlined":
            for item in value if isinstance(value, list) else [value]:
                relabel(item, slot["range"], mapping)
    return data
