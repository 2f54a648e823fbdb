"""Line numbers for JSON paths, computed only when there is a problem to report.

Parsing for validation uses the fast standard parser, which keeps no positions; when issues need lines, the
text is scanned once more here and every value's starting line is indexed by its path.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from json.decoder import JSONDecoder, scanstring

Path = tuple[str | int, ...]
_WS = re.compile(r"[ \t\n\r]*")
_SCALAR = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null|NaN|-?Infinity")


def json_line_index(text: str) -> dict[Path, int]:
    """Map every path in a well-formed JSON text to the 1-based line where its value starts."""
    newlines = [m.start() for m in re.finditer("\n", text)]
    positions: dict[Path, int] = {}

    def ws(pos: int) -> int:
        return _WS.match(text, pos).end()  # type: ignore[union-attr]

    def value(pos: int, path: Path) -> int:
        pos = ws(pos)
        positions[path] = pos
        char = text[pos]
        if char == "{":
            pos = ws(pos + 1)
            if text[pos] == "}":
                return pos + 1
            while True:
                key, pos = scanstring(text, ws(pos) + 1)
                pos = ws(pos) + 1  # the colon
                pos = ws(value(pos, (*path, key)))
                if text[pos] == ",":
                    pos += 1
                    continue
                return pos + 1
        if char == "[":
            pos = ws(pos + 1)
            if text[pos] == "]":
                return pos + 1
            index = 0
            while True:
                pos = ws(value(pos, (*path, index)))
                index += 1
                if text[pos] == ",":
                    pos += 1
                    continue
                return pos + 1
        if char == '"':
            return scanstring(text, pos + 1)[1]
        match = _SCALAR.match(text, pos)
        if match is None:
            raise ValueError(f"unexpected character at offset {pos}")
        return match.end()

    start = 1 if text.startswith("\ufeff") else 0
    value(start, ())
    return {path: bisect_right(newlines, pos - 1) + 1 for path, pos in positions.items()}


def nearest_line(index: dict[Path, int], path: Path) -> int | None:
    """The line of ``path``, or of its closest ancestor that has one."""
    while True:
        if path in index:
            return index[path]
        if not path:
            return None
        path = path[:-1]



class JsonLineFinder:
    """Lines of paths in a JSON export document, without indexing every value of a large document.

    The first question indexes only the top level and each record of each collection (``raw_decode`` skips over
    a record at C speed, and newlines are counted between record starts). A path inside a record is then found
    by scanning that record's text alone, so a million-record document with one issue costs one quick pass.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._spans: dict[Path, tuple[int, int, int]] | None = None
        self._record_index: tuple[Path, dict[Path, int]] | None = None

    def _index(self) -> dict[Path, tuple[int, int, int]]:
        text = self.text
        decoder = JSONDecoder()
        ws = _WS.match
        pos = ws(text, 0).end()  # type: ignore[union-attr]
        spans: dict[Path, tuple[int, int, int]] = {(): (pos, len(text), text.count("\n", 0, pos) + 1)}
        if text[pos] != "{":
            return spans
        line, last = spans[()][2], pos
        pos = ws(text, pos + 1).end()  # type: ignore[union-attr]
        while text[pos] == '"':
            key, pos = scanstring(text, pos + 1)
            pos = ws(text, ws(text, pos).end() + 1).end()  # type: ignore[union-attr]
            line += text.count("\n", last, pos)
            last, start, start_line = pos, pos, line
            if text[pos] == "[":
                index, pos = 0, ws(text, pos + 1).end()  # type: ignore[union-attr]
                while text[pos] != "]":
                    line += text.count("\n", last, pos)
                    last = pos
                    end = decoder.raw_decode(text, pos)[1]
                    spans[(key, index)] = (pos, end, line)
                    index += 1
                    pos = ws(text, end).end()  # type: ignore[union-attr]
                    if text[pos] == ",":
                        pos = ws(text, pos + 1).end()  # type: ignore[union-attr]
                end = pos + 1
            else:
                end = decoder.raw_decode(text, pos)[1]
            spans[(key,)] = (start, end, start_line)
            pos = ws(text, end).end()  # type: ignore[union-attr]
            if text[pos] == ",":
                pos = ws(text, pos + 1).end()  # type: ignore[union-attr]
        return spans

    def line_of(self, path: Path) -> int | None:
        if self._spans is None:
            self._spans = self._index()
        spans = self._spans
        for depth in (2, 1, 0):
            prefix = path[:depth]
            if len(path) >= depth and prefix in spans:
                break
        start, end, line = spans[prefix]
        rest = path[len(prefix):]
        if not rest:
            return line
        if self._record_index is None or self._record_index[0] != prefix:
            self._record_index = (prefix, json_line_index(self.text[start:end]))
        inner = nearest_line(self._record_index[1], rest)
        return None if inner is None else line + inner - 1
