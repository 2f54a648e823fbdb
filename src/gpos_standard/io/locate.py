"""Line numbers for JSON paths, computed only when there is a problem to report.

Parsing for validation uses the fast standard parser, which keeps no positions; when issues need lines, the
text is scanned once more here and every value's starting line is indexed by its path.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from json.decoder import scanstring

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


Locator = Callable[[Path], "int | None"]
