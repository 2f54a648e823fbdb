"""The bounds every reader enforces, so that no input can make a command crash, hang or exhaust memory.

An export is shallow (an Export, a record, an object inside it, a list of objects inside that: about six levels)
and holds no number a spreadsheet could not show, so the limits below are far above any real export and far
below what the libraries downstream can take (the JSON Schema engine stops near 255 levels, Python refuses to
turn integers of more than 4300 digits into text, Excel stops at row 1,048,576 and column XFD). A value beyond
them makes its file, line or row unreadable (GPOS-E001/E011) with a message saying which limit, instead of a
traceback later.

:func:`check_value` is called by every reader on the values it builds outside the fast lane (a record the
compiled schema accepts has the schema's depth); the number hooks are given to the JSON parsers.
"""

from __future__ import annotations

import math
from typing import Any

MAX_DEPTH = 64  # objects and lists inside one another, counting the document itself
MAX_INT_DIGITS = 1000
MAX_ROWS = 1_048_576  # a spreadsheet's own limits
MAX_COLUMNS = 16_384
_INT_BOUND = 10**MAX_INT_DIGITS


class LimitError(ValueError):
    """A value beyond one of the limits; readers turn it into their own unreadable-input error."""


def bounded_int(text: str) -> int:
    """``parse_int`` for the JSON parsers: refuses integers too long to handle."""
    digits = len(text) - (text[:1] == "-")
    if digits > MAX_INT_DIGITS:
        raise LimitError(f"a number has {digits} digits; at most {MAX_INT_DIGITS} are accepted")
    return int(text)


def bounded_float(text: str) -> float:
    """``parse_float`` for the JSON parsers: refuses numbers too large for a double (read as infinity)."""
    value = float(text)
    if not math.isfinite(value):
        raise LimitError("a number is too large to be represented (it would be read as infinity)")
    return value


def check_value(value: Any, *, strings: bool = False) -> None:
    """Raise LimitError when ``value`` nests deeper than MAX_DEPTH or holds an integer with too many digits.

    ``strings``: also refuse text holding a lone surrogate, which is not a character (the YAML parser lets
    ``"\\ud800"`` through; the JSON loaders check escapes themselves).
    """
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise LimitError(f"values are nested more than {MAX_DEPTH} levels deep; an export needs fewer than ten")
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else None
        if children is None:
            _check_scalar(node, strings)
            continue
        for child in children:
            if isinstance(child, dict | list):
                stack.append((child, depth + 1))
            else:
                _check_scalar(child, strings)
        if strings and isinstance(node, dict):
            for key in node:
                _check_scalar(key, strings)


def _check_scalar(value: Any, strings: bool) -> None:
    if value.__class__ is int and (value >= _INT_BOUND or value <= -_INT_BOUND):
        raise LimitError(f"a number has more than {MAX_INT_DIGITS} digits")
    if strings and value.__class__ is str and not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise LimitError("a text holds an unpaired surrogate (such as \\ud800), which is not a character") from None
