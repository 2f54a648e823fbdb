"""JSON Lines exports: one record per line, so exports of any size are read in constant memory.

The format (``.jsonl``):

- UTF-8 without a byte-order mark; one JSON object per line; empty lines are skipped.
- The first line is the envelope: ``{"record_type": "Export", ...}`` with every Export field except the record
  collections (``standard_version``, ``export_id``, ``publisher``, ``period``...).
- Every other line is one record: ``{"record_type": "ScamReport", "id": "TH-...", ...}``, where
  ``record_type`` is the record class (``ScamReport``, ``Case``, ``Person``...). Records may come in any
  order; a record's position is counted among the records of its type.
- The same rules as JSON documents apply inside a line: duplicate keys, NaN and Infinity are rejected.
- A line that cannot be read (bad JSON, not UTF-8, longer than 16 MiB: GPOS-E001) or that is not a record (not
  an object, no or an unknown record_type: GPOS-E011) is reported with its line number and reading goes on with
  the next line. A missing or broken envelope makes the whole file unreadable.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from difflib import get_close_matches
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import schema_info
from .limits import LimitError, check_value
from .loaders import LoadError, load_json_text
from .records import BadRecord, JsonPath, Locate, Location, ReadError, RecordItem, Source

if TYPE_CHECKING:
    from .spool import Parts

try:
    import orjson
except ImportError:  # pragma: no cover - orjson is optional
    orjson = None  # type: ignore[assignment]

MAX_LINE = 16 * 1024**2
_CHUNK = 1024**2
_BLANK = b" \t\r\n"
_BOM = b"\xef\xbb\xbf"
_TOO_LONG = None


def line_blocks(path: Path, start: int, end: int | None, first: int,
                block: int = _CHUNK) -> Iterator[tuple[int, list[bytes | None]]]:
    """The lines of ``path`` from byte ``start`` to ``end`` (a line boundary; None: the end of the file) in
    blocks of about ``block`` bytes: ``(number of the first line, lines without their newline)``.

    Reading a megabyte at a time and splitting it is several times faster than reading line by line. A line
    over MAX_LINE is given as ``None`` and never held whole.
    """
    number, skipping = first, False
    parts: list[bytes] = []  # the start of a line that continues in the next block
    pending = 0  # and its size
    with path.open("rb") as handle:
        handle.seek(start)
        remaining = -1 if end is None else end - start
        while remaining:
            chunk = handle.read(block if remaining < 0 else min(block, remaining))
            if not chunk:
                break
            remaining = remaining - len(chunk) if remaining > 0 else remaining
            if skipping:  # the rest of an over-long line, already reported
                cut = chunk.find(b"\n")
                if cut < 0:
                    continue
                chunk, skipping = chunk[cut + 1:], False
            cut = chunk.rfind(b"\n")
            if cut < 0:
                parts.append(chunk)
                pending += len(chunk)
                if pending > MAX_LINE:
                    yield number, [None]
                    number, parts, pending, skipping = number + 1, [], 0, True
                continue
            lines: list[bytes | None] = chunk[:cut].split(b"\n")  # type: ignore[assignment]
            if parts:
                head = lines[0]
                assert head is not None
                lines[0] = None if pending + len(head) > MAX_LINE else b"".join([*parts, head])
            if len(chunk) > MAX_LINE:
                lines = [None if line is not None and len(line) > MAX_LINE else line for line in lines]
            yield number, lines
            number += len(lines)
            parts, pending = ([chunk[cut + 1:]], len(chunk) - cut - 1) if cut + 1 < len(chunk) else ([], 0)
    if parts:
        yield number, [None if pending > MAX_LINE else b"".join(parts)]


def written_by_python(value: Any, raw: bytes) -> bool:
    """Is ``raw`` exactly what Python's ``json.dumps`` writes for ``value``, spaced (its default) or compact,
    with non-ASCII characters escaped or not? Then, as with orjson's form, the line cannot have held a duplicate
    key: that is the other common way of writing JSON Lines, and this check is several times cheaper than
    parsing again with a duplicate-detecting parser."""
    spaced = b'": ' in raw
    text = json.dumps(value, ensure_ascii=raw.isascii(), allow_nan=False,
                      separators=(", ", ": ") if spaced else (",", ":"))
    return text.encode("utf-8") == raw


def parse_line(raw: bytes) -> Any:
    """Parse one line, rejecting what a JSON document would reject; raise LoadError (column in the message).

    orjson parses the line; when re-serialising the result gives the same bytes the line cannot have held a
    duplicate key (orjson keeps only the last one), which is the case for every line written by this package.
    Other lines are parsed again with the standard parser, which checks for duplicates.
    """
    line = raw.strip(_BLANK)
    if orjson is not None:
        try:
            value = orjson.loads(line)
        except orjson.JSONDecodeError:
            pass
        else:
            try:
                check_value(value)
            except LimitError as exc:
                raise LoadError(str(exc)) from None
            if orjson.dumps(value) == line or (value.__class__ is dict and written_by_python(value, line)):
                return value
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise LoadError(f"not valid UTF-8 (byte {exc.start + 1} of the line)", None, exc.start + 1) from None
    return load_json_text(text)


class _At:
    """Locates every path of a record on its line; builds the Location only when an issue needs it."""

    __slots__ = ("line",)

    def __init__(self, line: int) -> None:
        self.line = line

    def __call__(self, _: JsonPath) -> Location:
        return Location(line=self.line)


def _at(line: int) -> Locate:
    return _At(line)


def _problem(exc: LoadError, line: int) -> str:
    where = f"line {line}" + (f", column {exc.column}" if exc.column else "")
    return f"{where}: {exc}"


class JsonLinesSource(Source):
    """A ``.jsonl`` export, read line by line; ``records()`` never holds more than one line."""

    format = "jsonl"
    fast_lane = True  # the validator may read it through ``line_blocks`` (validation/fastlane.py)

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path
        self._envelope: dict[str, Any] | None = None
        self._line = 0
        self._offset = 0
        self._held: dict[str, Any] = {}
        self._types = {cls: name for name, cls in schema_info.collections().items()}

    def _read_envelope(self) -> dict[str, Any]:
        offset = 0  # of the line after the envelope, where the records start
        blocks = line_blocks(self.path, 0, None, 1, _CHUNK)
        try:
            for first, lines in blocks:
                for line, raw in enumerate(lines, first):
                    if raw is None:
                        raise ReadError(f"line {line} (the envelope) is longer than {MAX_LINE} bytes",
                                        Location(line=line))
                    offset += len(raw) + 1
                    if raw.strip(_BLANK):
                        self._line, self._offset = line, offset
                        return self._envelope_line(raw, line)
        finally:
            blocks.close()  # the file, whose records are read later from the offset
        raise ReadError("the file is empty: a JSON Lines export starts with an envelope line "
                        '{"record_type": "Export", ...}', Location(line=1))

    def _envelope_line(self, raw: bytes, line: int) -> dict[str, Any]:
        if line == 1 and raw.startswith(_BOM):
            raise ReadError("the file starts with a UTF-8 byte-order mark; save it as UTF-8 without BOM",
                            Location(line=1))
        try:
            value = parse_line(raw)
        except LoadError as exc:
            raise ReadError(f"the envelope cannot be read: {_problem(exc, line)}", Location(line=line)) from None
        return self._check_envelope(value, line)

    def _check_envelope(self, value: Any, line: int) -> dict[str, Any]:
        root = schema_info.root_class()
        found = value.get("record_type") if isinstance(value, dict) else None
        if found != root:
            what = f"a {found} record" if isinstance(found, str) else f"a {type(value).__name__}"
            if isinstance(value, dict) and found is None:
                what = "an object without record_type"
            raise ReadError(f'line {line} must be the envelope {{"record_type": "{root}", ...}}; found {what}',
                            Location(line=line))
        envelope = {k: v for k, v in value.items() if k != "record_type"}
        for name in schema_info.collections():
            if name in envelope:
                self._held[name] = envelope.pop(name)
        return envelope

    def envelope(self) -> tuple[dict[str, Any], Locate]:
        if self._envelope is None:
            self._envelope = self._read_envelope()
        return self._envelope, _at(self._line)

    def records(self) -> Iterator[RecordItem | BadRecord]:
        self.envelope()
        counts: dict[str, int] = {}
        yield from self.held_records(counts)
        for first, lines in self.line_blocks():
            for number, raw in enumerate(lines, first):
                item = self.item(number, raw, counts)
                if item is not None:
                    yield item

    def held_records(self, counts: dict[str, int]) -> Iterator[RecordItem | BadRecord]:
        """Records put inside the envelope line itself."""
        for name, items in self._held.items():
            if not isinstance(items, list):
                yield BadRecord(f"line {self._line}: '{name}' must be a list of records", Location(line=self._line),
                                name)
                continue
            counts[name] = len(items)
            for index, item in enumerate(items):
                yield RecordItem(name, index, item, _at(self._line))

    def line_blocks(self) -> Iterator[tuple[int, list[bytes | None]]]:
        """The lines after the envelope, in blocks: see :func:`line_blocks`."""
        self.envelope()
        return line_blocks(self.path, self._offset, None, self._line + 1, _CHUNK)

    def item(self, line: int, raw: bytes | None, counts: dict[str, int]) -> RecordItem | BadRecord | None:
        """The record on one line (None for a blank line); ``counts`` numbers the records of each type."""
        if raw is None:
            return BadRecord(f"line {line} is longer than {MAX_LINE} bytes and was skipped", Location(line=line))
        if not raw.strip(_BLANK):
            return None
        return self._record(line, raw, counts)

    def _record(self, line: int, raw: bytes, counts: dict[str, int]) -> RecordItem | BadRecord | None:
        try:
            value = parse_line(raw)
        except LoadError as exc:
            return BadRecord(_problem(exc, line), Location(line=line))
        if not isinstance(value, dict):
            return BadRecord(f"line {line}: a record must be a JSON object, not {type(value).__name__}",
                             Location(line=line), code="GPOS-E011")
        record_type = value.pop("record_type", None)
        collection = self._types.get(record_type) if isinstance(record_type, str) else None
        if collection is None:
            if record_type is None:
                problem = 'has no "record_type"'
            elif record_type == schema_info.root_class():
                problem = "is a second envelope; only the first line may be the Export envelope"
            else:
                hint = get_close_matches(str(record_type), list(self._types), n=1)
                problem = f"has an unknown record_type {record_type!r}" + (f" (did you mean {hint[0]!r}?)"
                                                                          if hint else "")
            return BadRecord(f"line {line} {problem}", Location(line=line), code="GPOS-E011")
        index = counts.get(collection, 0)
        counts[collection] = index + 1
        return RecordItem(collection, index, value, _at(line))


def dumps(value: Any) -> bytes:
    """One compact JSON line (orjson when available; the standard library for what orjson refuses)."""
    if orjson is not None:
        try:
            return orjson.dumps(value)
        except TypeError:  # integers beyond 64 bits
            pass
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")


def write_jsonl(document: dict[str, Any], path: Path) -> None:
    """Write the envelope line, then every record in collection order and document order."""
    from .spool import document_parts

    write_jsonl_parts(document_parts(document), path)


def write_jsonl_parts(parts: Parts, path: Path) -> None:
    """:func:`write_jsonl` for a document given in parts (:mod:`.spool`), one record in memory at a time."""
    from .output import atomic
    from .spool import RECORDS

    collections = schema_info.collections()
    envelope = {"record_type": schema_info.root_class()}
    envelope.update(parts.envelope())
    with atomic(path, buffering=_CHUNK) as handle:
        handle.write(dumps(envelope) + b"\n")
        for name, cls in collections.items():
            items = parts.get(name)
            if items is None:
                continue
            if items is RECORDS:
                items = parts.records(name)
            elif not isinstance(items, list):
                raise ValueError(f"'{name}' must be a list of records")
            for record in items:
                if not isinstance(record, dict):
                    raise ValueError(f"every item of '{name}' must be an object")
                handle.write(dumps({"record_type": cls, **record}) + b"\n")
