"""Records to rows of cells, for the CSV and XLSX writers and the templates (conventions in ``tabular``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .tabular import EMPTY_OBJECT, SEP, _rank, join_list, slots_of


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    return value if isinstance(value, str) else str(value)


def _scalar(value: Any) -> bool:
    return not isinstance(value, dict | list)


def _generic(value: Any, path: tuple[Any, ...], out: dict[tuple[Any, ...], str]) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            _generic(item, (*path, str(key)), out)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _generic(item, (*path, i), out)
    elif value is not None:
        out[path] = _text(value)


def _flatten(cls: str | None, obj: dict[str, Any], path: tuple[Any, ...], out: dict[tuple[Any, ...], str]) -> None:
    slots = slots_of(cls) if cls else {}
    for key, value in obj.items():
        slot, here = slots.get(key), (*path, key)
        if value is None:
            continue
        if slot is None:
            _generic(value, here, out)
        elif slot["kind"] == "inlined" and not slot["multivalued"] and isinstance(value, dict):
            if value:
                _flatten(slot["range"], value, here, out)
            else:
                out[here] = EMPTY_OBJECT
        elif slot["kind"] == "inlined" and isinstance(value, list) and all(isinstance(v, dict) for v in value):
            for i, item in enumerate(value):
                if item:
                    _flatten(slot["range"], item, (*here, i), out)
                else:
                    out[(*here, i)] = EMPTY_OBJECT
        elif slot["multivalued"] and isinstance(value, list) and all(map(_scalar, value)):
            if value:
                out[here] = join_list(_text(v) for v in value)
        elif not slot["multivalued"] and _scalar(value):
            out[here] = _text(value)
        else:
            _generic(value, here, out)


def flatten(cls: str, record: dict[str, Any]) -> dict[tuple[Any, ...], str]:
    """A record as ``{column path: cell text}``, the inverse of reading a row."""
    out: dict[tuple[Any, ...], str] = {}
    _flatten(cls, record, (), out)
    return out


def _order_key(cls: str, path: tuple[Any, ...]) -> tuple[Any, ...] | None:
    key: list[int] = []
    current: str | None = cls
    for step in path:
        if isinstance(step, int):
            key.append(step)
            continue
        if current is None or step not in slots_of(current):
            return None
        key.append(_rank(current, step))
        slot = slots_of(current)[step]
        current = slot["range"] if slot["kind"] == "inlined" else None
    return tuple(key)


def order_columns(cls: str, paths: Iterable[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Known columns in schema order (``id`` first) then list position; unknown ones after, as first seen."""
    known: list[tuple[tuple[Any, ...], tuple[Any, ...]]] = []
    unknown: list[tuple[Any, ...]] = []
    for path in paths:
        key = _order_key(cls, path)
        if key is None:
            unknown.append(path)
        else:
            known.append((key, path))
    known.sort(key=lambda pair: pair[0])
    return [path for _, path in known] + unknown


def header(path: tuple[Any, ...]) -> str:
    return SEP.join(map(str, path))


def rows_of(cls: str, records: Iterable[dict[str, Any]]) -> tuple[list[str], list[list[str]]]:
    """The header and text rows for a collection: every column any record uses, in a stable order."""
    flat = [flatten(cls, record) if isinstance(record, dict) else {("",): _text(record)} for record in records]
    seen: dict[tuple[Any, ...], None] = {}
    for item in flat:
        seen.update(dict.fromkeys(item))
    paths = order_columns(cls, seen)
    return [header(p) for p in paths], [[item.get(p, "") for p in paths] for item in flat]
