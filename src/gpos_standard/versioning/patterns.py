"""Whether a changed pattern only widens what it accepts: a conservative proof for ``gpos diff``.

A changed pattern is a minor change only when every value the old pattern accepts is provably accepted by the new
one; anything this module cannot prove is reported as major. It proves three kinds of widening, which cover how
patterns of the standard evolve (a longer code, another character, another accepted form):

* the same pattern with looser repetition bounds (``{2,10}`` to ``{2,12}``, ``{4}`` to ``{4,6}``, ``+`` to ``*``);
* the same pattern with character classes that include the old ones (``[A-Z]`` to ``[A-Z0-9]``);
* alternatives added (``A`` to ``(?:A|B)``), where each old alternative is widened by a new one as above.

Inside a negative lookaround widening narrows, so there only identical text counts. Possessive quantifiers and
class escapes such as ``\\d`` inside brackets are compared as text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["widens"]

END = "$(?![\\s\\S])"  # how every pattern of the standard ends (see the schema's types)
_BOUND = re.compile(r"\{(\d+)(?:(,)(\d*))?\}")
_SHORT = {"*": (0, None), "+": (1, None), "?": (0, 1)}
_QUANTIFIABLE = ("char", "class", "close", "any")


@dataclass(frozen=True)
class _Atom:
    kind: str  # char | class | open | close | alt | any | anchor
    text: str
    low: int = 1
    high: int | None = 1  # None: unbounded
    strict: bool = False  # inside a negative lookaround: only identical text proves anything


class _Unsupported(ValueError):
    """A construct the proof does not reason about (the change then counts as major)."""


def _class_end(pattern: str, start: int) -> int:
    """Index just after the ``]`` closing the class that opens at ``start``."""
    i = start + 1
    if i < len(pattern) and pattern[i] == "^":
        i += 1
    if i < len(pattern) and pattern[i] == "]":  # a literal ] first in a class
        i += 1
    while i < len(pattern):
        if pattern[i] == "\\":
            i += 2
            continue
        if pattern[i] == "]":
            return i + 1
        i += 1
    raise _Unsupported("unterminated class")


def _opener(pattern: str, i: int) -> str:
    for opener in ("(?:", "(?=", "(?!", "(?<=", "(?<!"):
        if pattern.startswith(opener, i):
            return opener
    named = re.match(r"\(\?P<\w+>", pattern[i:])
    if named:
        return named.group(0)
    if pattern.startswith("(?", i):
        raise _Unsupported("inline flags or other group kinds")
    return "("


def _atoms(pattern: str) -> list[_Atom]:
    out: list[_Atom] = []
    stack: list[bool] = []  # per open group: whether it is (inside) a negative lookaround
    i = 0
    while i < len(pattern):
        c = pattern[i]
        strict = bool(stack and stack[-1])
        if c == "\\":
            if i + 1 >= len(pattern):
                raise _Unsupported("trailing backslash")
            kind, text, i = "char", pattern[i:i + 2], i + 2
        elif c == "[":
            end = _class_end(pattern, i)
            kind, text, i = "class", pattern[i:end], end
        elif c == "(":
            text = _opener(pattern, i)
            stack.append(strict or text in ("(?!", "(?<!"))
            out.append(_Atom("open", text, strict=stack[-1]))
            i += len(text)
            continue
        elif c == ")":
            if not stack:
                raise _Unsupported("unbalanced parenthesis")
            stack.pop()
            kind, text, i = "close", ")", i + 1
        elif c == "|":
            out.append(_Atom("alt", "|", strict=strict))
            i += 1
            continue
        elif c in "^$":
            out.append(_Atom("anchor", c, strict=strict))
            i += 1
            continue
        else:
            kind, text, i = ("any" if c == "." else "char"), c, i + 1
        low, high, i = _quantifier(pattern, i) if kind in _QUANTIFIABLE else (1, 1, i)
        out.append(_Atom(kind, text, low, high, strict))
    if stack:
        raise _Unsupported("unbalanced parenthesis")
    return out


def _quantifier(pattern: str, i: int) -> tuple[int, int | None, int]:
    if i < len(pattern) and pattern[i] in _SHORT:
        low, high = _SHORT[pattern[i]]
        i += 1
    else:
        bound = _BOUND.match(pattern, i)
        if not bound:
            return 1, 1, i
        low = int(bound[1])
        high = None if bound[2] and not bound[3] else int(bound[3] or bound[1])
        i = bound.end()
    if i < len(pattern) and pattern[i] == "?":  # lazy: the same values match
        i += 1
    elif i < len(pattern) and pattern[i] == "+":
        raise _Unsupported("possessive quantifier")
    return low, high, i


_CLASS_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v"}


def _ranges(cls: str) -> tuple[bool, list[tuple[int, int]]]:
    """(negated, code point ranges) of a bracket class of plain characters and ranges."""
    body = cls[1:-1]
    negated = body.startswith("^")
    body = body[1:] if negated else body
    chars: list[tuple[str, bool]] = []  # (character, written escaped): an escaped - is never a range
    i = 0
    while i < len(body):
        if body[i] == "\\":
            nxt = body[i + 1]
            if nxt.isalnum() and nxt not in _CLASS_ESCAPES:
                raise _Unsupported("class escape")  # \d \s \w \p... : compared as text
            chars.append((_CLASS_ESCAPES.get(nxt, nxt), True))
            i += 2
        else:
            chars.append((body[i], False))
            i += 1
    out: list[tuple[int, int]] = []
    j = 0
    while j < len(chars):
        if j + 2 < len(chars) and chars[j + 1] == ("-", False):
            out.append((ord(chars[j][0]), ord(chars[j + 2][0])))
            j += 3
        else:
            out.append((ord(chars[j][0]), ord(chars[j][0])))
            j += 1
    return negated, out


def _covered(inner: list[tuple[int, int]], outer: list[tuple[int, int]]) -> bool:
    merged: list[list[int]] = []
    for lo, hi in sorted(outer):
        if merged and lo <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    return all(any(m[0] <= lo and hi <= m[1] for m in merged) for lo, hi in inner)


def _class_widens(old: str, new: str) -> bool:
    if old == new:
        return True
    try:
        old_negated, old_ranges = _ranges(old)
        new_negated, new_ranges = _ranges(new)
    except (_Unsupported, IndexError):
        return False
    if old_negated != new_negated:
        return False
    return _covered(new_ranges, old_ranges) if old_negated else _covered(old_ranges, new_ranges)


def _atom_widens(old: _Atom, new: _Atom) -> bool:
    if old.kind != new.kind or old.strict != new.strict:
        return False
    if old.strict:
        return old == new
    if old.text != new.text and not (old.kind == "class" and _class_widens(old.text, new.text)):
        return False
    looser_high = new.high is None or (old.high is not None and new.high >= old.high)
    return new.low <= old.low and looser_high


def _alternatives(atoms: list[_Atom]) -> list[list[_Atom]]:
    """The top-level alternatives, after unwrapping one group that spans the whole pattern."""
    if len(atoms) >= 2 and atoms[0].kind == "open" and atoms[0].text == "(?:" and atoms[-1] == _Atom("close", ")"):
        depth = 0
        for k, atom in enumerate(atoms):
            depth += atom.kind == "open"
            depth -= atom.kind == "close"
            if depth == 0:
                if k == len(atoms) - 1:
                    atoms = atoms[1:-1]
                break
    out: list[list[_Atom]] = [[]]
    depth = 0
    for atom in atoms:
        depth += atom.kind == "open"
        depth -= atom.kind == "close"
        if atom.kind == "alt" and depth == 0:
            out.append([])
        else:
            out[-1].append(atom)
    return out


def _bare_alternation(atoms: list[_Atom]) -> bool:
    depth = 0
    for atom in atoms:
        depth += atom.kind == "open"
        depth -= atom.kind == "close"
        if atom.kind == "alt" and depth == 0:
            return True
    return False


def _sequence_widens(old: list[_Atom], new: list[_Atom]) -> bool:
    return len(old) == len(new) and all(_atom_widens(o, n) for o, n in zip(old, new, strict=True))


def _split_anchors(pattern: str) -> tuple[str, str, str]:
    head = "^" if pattern.startswith("^") else ""
    body = pattern[len(head):]
    for end in (END, "$"):
        if body.endswith(end) and not body.endswith("\\" + end):
            return head, body[: -len(end)], end
    return head, body, ""


def widens(old: str, new: str) -> bool:
    """True when every string that fully matches ``old`` provably fully matches ``new`` (same anchoring)."""
    if old == new:
        return True
    old_head, old_body, old_end = _split_anchors(old)
    new_head, new_body, new_end = _split_anchors(new)
    if (old_head, old_end) != (new_head, new_end):
        return False
    try:
        old_atoms, new_atoms = _atoms(old_body), _atoms(new_body)
    except _Unsupported:
        return False
    if (old_head or old_end) and (_bare_alternation(old_atoms) or _bare_alternation(new_atoms)):
        return False  # ^A|B$ is "starts with A or ends with B": not a whole-value alternative
    old_alts, new_alts = _alternatives(old_atoms), _alternatives(new_atoms)
    return all(any(_sequence_widens(o, n) for n in new_alts) for o in old_alts)
