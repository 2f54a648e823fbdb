"""Records to rows of cells, for the CSV and XLSX writers and the templates (conventions in ``tabular``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .records import json_pointer

if TYPE_CHECKING:
    from .spool import Parts
from .tabular import EMPTY_OBJECT, EXTENSION_FIELD, SEP, RowProblem, Table, _rank, extension_text, join_list, slots_of


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
        if slot is None and cls and EXTENSION_FIELD.fullmatch(key):
            out[here] = extension_text(value)
        elif slot is None:
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


def _flat(cls: str, record: Any) -> dict[tuple[Any, ...], str]:
    return flatten(cls, record) if isinstance(record, dict) else {("",): _text(record)}


def columns_of(cls: str, records: Iterable[Any]) -> list[tuple[Any, ...]]:
    """The column paths of a collection: every column any record uses, in a stable order."""
    seen: dict[tuple[Any, ...], None] = {}
    for record in records:
        seen.update(dict.fromkeys(_flat(cls, record)))
    return order_columns(cls, seen)


def rows_of(cls: str, records: Iterable[dict[str, Any]]) -> tuple[list[str], list[list[str]]]:
    """The header and text rows for a collection: every column any record uses, in a stable order."""
    flat = [_flat(cls, record) for record in records]
    seen: dict[tuple[Any, ...], None] = {}
    for item in flat:
        seen.update(dict.fromkeys(item))
    paths = order_columns(cls, seen)
    return [header(p) for p in paths], [[item.get(p, "") for p in paths] for item in flat]


def _kind(value: Any) -> str:
    """What a value is, for a message that must not repeat it."""
    if value is _GONE:
        return "absent"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "an empty text" if value == "" else "a text"
    if isinstance(value, list):
        return "an empty list" if not value else "a list"
    return "an empty object" if not value else "an object"


_GONE: Any = object()


def _difference(a: Any, b: Any, path: tuple[Any, ...] = ()) -> tuple[tuple[Any, ...], Any, Any] | None:
    """The first place where ``a`` and ``b`` differ, types included (``1`` is not ``True``, ``"5"`` not ``5``)."""
    if type(a) is not type(b):
        return path, a, b
    if isinstance(a, dict):
        for key in [*a, *(k for k in b if k not in a)]:
            found = _difference(a.get(key, _GONE), b.get(key, _GONE), (*path, key))
            if found:
                return found
        return None
    if isinstance(a, list):
        for i in range(max(len(a), len(b))):
            found = _difference(a[i] if i < len(a) else _GONE, b[i] if i < len(b) else _GONE, (*path, i))
            if found:
                return found
        return None
    return None if a == b else (path, a, b)


def table_rows(name: str, cls: str, records: list[Any]) -> tuple[list[str], list[list[str]]]:
    """``rows_of``, refused (ValueError) when reading the rows back would not give the records exactly."""
    paths = columns_of(cls, records)
    return [header(p) for p in paths], list(checked_rows(name, cls, paths, records))


def checked_rows(name: str, cls: str, paths: list[tuple[Any, ...]], records: Iterable[Any]) -> Iterator[list[str]]:
    """The text rows of ``records`` under the columns ``paths`` (:func:`columns_of`), one at a time; ValueError
    when reading a row back would not give its record exactly.

    Cells are text, so some values of invalid data have no cell that reads back as them: a number in a text
    field comes back as text, null or an empty text as an absent field. Writing them anyway would silently turn
    invalid data into different (sometimes valid) data; the message says what and where, never the value.
    """
    table = Table(name, cls, [header(p) for p in paths])
    for index, record in enumerate(records):
        item = _flat(cls, record)
        row = [item.get(p, "") for p in paths]
        where = f"{name}/{index}" if name != "export" and name != "export.csv" else "the envelope"
        if not isinstance(record, dict):
            raise ValueError(f"{where} is {_kind(record)}, not an object: it cannot be written as a row")
        try:
            back, _ = table.record(index + 2, row)
        except RowProblem as exc:
            raise ValueError(f"{where} cannot be written as a row: {exc}") from None
        found = _difference(record, back)
        if found:
            path, before, after = found
            raise ValueError(
                f"{where}{json_pointer(path)} is {_kind(before)}, which a CSV or XLSX cell cannot hold: it would be "
                f"read back as {_kind(after)}. Correct it first (gpos validate lists it), or convert to JSON, YAML "
                "or JSON Lines, which keep it as it is")
        yield row


def stream_tables(parts: Parts, envelope_name: str) -> Iterator[tuple[str, list[str], Iterator[list[str]]]]:
    """``(table name, header, rows)`` for the envelope, then each non-empty collection in schema order, as
    :func:`~.records.tables_of` and :func:`table_rows` give them for a document: each collection is read twice
    (its columns, then its rows), one record at a time."""
    from .. import schema_info
    from .spool import RECORDS

    root = schema_info.root_class()
    envelope = [parts.envelope()]
    paths = columns_of(root, envelope)
    yield envelope_name, [header(p) for p in paths], checked_rows(envelope_name, root, paths, envelope)
    for name, cls in schema_info.collections().items():
        items = parts.get(name)
        if items is None or items == []:
            continue
        if items is not RECORDS:
            raise ValueError(f"'{name}' must be a list of records")
        paths = columns_of(cls, parts.records(name))
        yield name, [header(p) for p in paths], checked_rows(name, cls, paths, parts.records(name))
