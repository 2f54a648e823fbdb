"""Large JSON export documents, read one record at a time from their text.

``json.loads`` of a 300 MB export builds every record at once and needs several gigabytes. Here the text is kept
and each record is decoded on its own with ``JSONDecoder.raw_decode`` (the C scanner, with the same duplicate-key
and NaN checks as the whole-document loader), validated, and dropped. A first pass decodes the envelope and finds
where each collection starts, so envelope fields may come before or after the collections. Line numbers are
counted between records as they are read.
"""

from __future__ import annotations

import json
import re
from array import array
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .. import schema_info
from .limits import LimitError, bounded_float, bounded_int, check_value
from .loaders import _SURROGATE_ESCAPE, LoadError, _decode, _reject_constant, _reject_duplicates
from .locate import json_line_index, nearest_line
from .records import BadRecord, JsonPath, Locate, Location, ReadError, RecordItem, Source

try:
    import orjson
except ImportError:  # pragma: no cover - orjson is optional
    orjson = None  # type: ignore[assignment]

_WS = re.compile(r"[ \t\n\r]*")


class _Span:
    """Locates paths inside one value of the document: its own line, or a line found by scanning its text."""

    __slots__ = ("end", "line", "start", "text")

    def __init__(self, text: str, start: int, end: int, line: int) -> None:
        self.text, self.start, self.end, self.line = text, start, end, line

    def __call__(self, path: JsonPath) -> Location:
        if not path:
            return Location(line=self.line)
        inner = nearest_line(json_line_index(self.text[self.start:self.end]), path)
        return Location(line=None if inner is None else self.line + inner - 1)


class StreamingDocumentSource(Source):
    """A JSON export document validated record by record; memory holds its text and one record."""

    format = "json"

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        try:
            self.text = _decode(path.read_bytes())
        except LoadError as exc:
            raise ReadError(str(exc), Location(line=exc.line)) from None
        self._decoder = json.JSONDecoder(object_pairs_hook=_reject_duplicates, parse_constant=_reject_constant,
                                        parse_int=bounded_int, parse_float=bounded_float)
        self._surrogates = _SURROGATE_ESCAPE.search(self.text) is not None
        self._envelope: dict[str, Any] | None = None
        self._fields: dict[str, tuple[int, int]] = {}  # envelope key -> span of its value
        self._arrays: list[tuple[str, int]] = []  # collection -> position of its "["
        self._spans: dict[str, tuple[array[int], array[int]]] = {}  # collection -> start and end of each record
        self._not_lists: list[tuple[str, int]] = []

    def _ws(self, pos: int) -> int:
        return _WS.match(self.text, pos).end()  # type: ignore[union-attr]

    def _value(self, pos: int) -> tuple[Any, int]:
        try:
            value, end = self._decoder.raw_decode(self.text, pos)
            check_value(value)
            if self._surrogates:  # as in the whole-document loader: every \u escape must pair up
                json.dumps(value, ensure_ascii=False).encode("utf-8")
            return value, end
        except UnicodeEncodeError:
            raise ReadError("a \\u escape is an unpaired surrogate, which is not a character",
                            Location(line=self._line(pos))) from None
        except json.JSONDecodeError as exc:
            raise ReadError(f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})",
                            Location(line=exc.lineno)) from None
        except (LoadError, LimitError) as exc:
            raise ReadError(str(exc), Location(line=self._line(pos))) from None
        except RecursionError:
            raise ReadError("the document is nested too deeply", Location(line=self._line(pos))) from None

    def _line(self, pos: int) -> int:
        return self.text.count("\n", 0, pos) + 1

    def _expect(self, pos: int, char: str) -> None:
        if pos >= len(self.text) or self.text[pos] != char:
            found = "the end of the file" if pos >= len(self.text) else repr(self.text[pos])
            raise ReadError(f"not valid JSON: expected {char!r} but found {found} (line {self._line(pos)})",
                            Location(line=self._line(pos)))

    def _elements(self, start: int) -> Iterator[tuple[int, int, Any]]:
        """(start, end, value) of each element of the array whose "[" is at ``start``."""
        pos = self._ws(start + 1)
        if self.text.startswith("]", pos):
            return
        while True:
            value, end = self._value(pos)
            yield pos, end, value
            pos = self._ws(end)
            if self.text.startswith(",", pos):
                pos = self._ws(pos + 1)
                continue
            self._expect(pos, "]")
            return

    def _scan(self) -> None:
        """First pass: decode the envelope fields and note where each collection's array starts."""
        collections = schema_info.collections()
        text = self.text
        pos = self._ws(0)
        if not text.strip():
            raise ReadError("the file is empty", Location(line=1))
        if not text.startswith("{", pos):
            raise ReadError("an export document must be a JSON object (a mapping)", Location(line=self._line(pos)))
        envelope: dict[str, Any] = {}
        seen: set[str] = set()
        pos = self._ws(pos + 1)
        while not text.startswith("}", pos):
            self._expect(pos, '"')
            try:
                key, pos = json.decoder.scanstring(text, pos + 1)
            except json.JSONDecodeError as exc:
                raise ReadError(f"not valid JSON: {exc.msg}", Location(line=exc.lineno)) from None
            if key in seen:
                raise ReadError(f"duplicate key {key!r} in an object: one of the values would be lost",
                                Location(line=self._line(pos)))
            seen.add(key)
            pos = self._ws(pos)
            self._expect(pos, ":")
            pos = self._ws(pos + 1)
            if key in collections and text.startswith("[", pos):
                self._arrays.append((key, pos))
                starts, ends = self._spans.setdefault(key, (array("q"), array("q")))
                end = pos + 1
                for begin, end, _ in self._elements(pos):  # checked strictly and dropped: only the span is kept
                    starts.append(begin)
                    ends.append(end)
                end = self._ws(end)
                end += 1  # the "]"
                if not starts or starts[-1] < pos:  # an empty list: the envelope's check reports it (GPOS-E009)
                    self._arrays.pop()
                    envelope[key] = []
                    self._fields[key] = (pos, end)
            else:
                value, end = self._value(pos)
                if key in collections and value is not None:
                    self._not_lists.append((key, pos))
                else:  # a null collection too: the envelope's check reports it (GPOS-E004), as for a document
                    envelope[key] = value
                    self._fields[key] = (pos, end)
            pos = self._ws(end)
            if text.startswith(",", pos):
                pos = self._ws(pos + 1)
            else:
                self._expect(pos, "}")
        if self._ws(pos + 1) != len(text):
            raise ReadError("not valid JSON: extra data after the export object", Location(line=self._line(pos)))
        self._envelope = envelope

    def envelope(self) -> tuple[dict[str, Any], Locate]:
        if self._envelope is None:
            self._scan()
        assert self._envelope is not None

        def locate(path: JsonPath) -> Location:
            if path and path[0] in self._fields:
                start, end = self._fields[str(path[0])]
                return _Span(self.text, start, end, self._line(start))(path[1:])
            return Location(line=1)

        return self._envelope, locate

    def records(self) -> Iterator[RecordItem | BadRecord]:
        self.envelope()
        for key, pos in self._not_lists:
            yield BadRecord(f"'{key}' must be a list of records", Location(line=self._line(pos)), key)
        line, counted = 1, 0
        text = self.text
        for key, _ in self._arrays:
            starts, ends = self._spans[key]
            for index, (begin, end) in enumerate(zip(starts, ends, strict=True)):
                line += text.count("\n", counted, begin)
                counted = begin
                yield RecordItem(key, index, self._again(begin, end), _Span(text, begin, end, line))

    def _again(self, begin: int, end: int) -> Any:
        """A record the first pass already decoded strictly (no duplicate key, no NaN, no lone surrogate):
        orjson gives the same value several times faster; the strict decoder is the fallback for what orjson
        refuses (integers beyond 64 bits)."""
        if orjson is not None:
            try:
                return orjson.loads(self.text[begin:end])
            except orjson.JSONDecodeError:
                pass
        return self._value(begin)[0]
