"""Load an export document from JSON or YAML into plain Python data, safely.

JSON: duplicate keys, NaN and Infinity are rejected because they would silently lose or distort data. YAML:
safe loading only, with YAML 1.2 core scalars (``2025-01-05`` stays a string, ``NO`` stays Norway), and no
anchors or aliases (they enable "billion laughs" expansion and have no use in an export).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .limits import MAX_INT_DIGITS, LimitError, bounded_float, bounded_int, check_value
from .locate import JsonLineFinder, nearest_line

JSON_SUFFIXES = {".json"}
YAML_SUFFIXES = {".yaml", ".yml"}


class LoadError(ValueError):
    """The file cannot be read as a document; ``line``/``column`` say where, when known."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None) -> None:
        super().__init__(message)
        self.line = line
        self.column = column


@dataclass
class Loaded:
    data: Any
    text: str
    format: str
    _finder: JsonLineFinder | None = field(default=None, repr=False)
    _yaml_lines: dict[Any, int] | None = field(default=None, repr=False)

    def line_of(self, path: tuple[str | int, ...]) -> int | None:
        if self.format == "yaml":
            return nearest_line(self._yaml_lines or {}, path)
        if self._finder is None:
            self._finder = JsonLineFinder(self.text)
        return self._finder.line_of(path)


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise LoadError(f"duplicate key {key!r} in an object: one of the values would be lost")
        out[key] = value
    return out


def _reject_constant(name: str) -> Any:
    raise LoadError(f"{name} is not valid JSON: write numbers as finite decimal numbers")


def _decode(raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raise LoadError("the file starts with a UTF-8 byte-order mark; save it as UTF-8 without BOM", 1, 1)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise LoadError(f"not valid UTF-8 (byte {exc.start})", line) from None


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def load_json_text(text: str) -> Any:
    if not text.strip():
        raise LoadError("the file is empty")
    try:
        data = json.loads(text, object_pairs_hook=_reject_duplicates, parse_constant=_reject_constant,
                          parse_int=bounded_int, parse_float=bounded_float)
        check_value(data)
    except json.JSONDecodeError as exc:
        raise LoadError(f"not valid JSON: {exc.msg}", exc.lineno, exc.colno) from None
    except LimitError as exc:
        raise LoadError(str(exc)) from None
    except RecursionError:
        raise LoadError("the document is nested too deeply") from None
    if _SURROGATE_ESCAPE.search(text):  # rare: only then check that every escape pairs up into a character
        try:
            json.dumps(data, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise LoadError("a \\u escape is an unpaired surrogate, which is not a character") from None
    return data


class _SafeLoader(yaml.SafeLoader):
    """SafeLoader with YAML 1.2 core scalars and no aliases."""

    def compose_node(self, parent: Any, index: Any) -> Any:  # type: ignore[override]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise LoadError("YAML anchors and aliases are not allowed in an export", event.start_mark.line + 1)
        return super().compose_node(parent, index)

    def construct_mapping(self, node: Any, deep: bool = False) -> Any:
        keys = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, str):
                raise LoadError("mapping keys must be strings, as in JSON", key_node.start_mark.line + 1)
            if key in keys:
                raise LoadError(f"duplicate key {key!r}: one of the values would be lost", key_node.start_mark.line + 1)
            keys.add(key)
        return super().construct_mapping(node, deep=deep)


def _not_json(loader: Any, node: Any) -> Any:
    raise LoadError(f"{node.tag} values have no JSON equivalent and are not allowed", node.start_mark.line + 1)


def _bounded_int(loader: Any, node: Any) -> int:
    if len(str(node.value)) > MAX_INT_DIGITS + 10:  # before int() refuses it with a traceback (4300 digits)
        raise LoadError(f"a number has more than {MAX_INT_DIGITS} digits", node.start_mark.line + 1)
    return int(yaml.SafeLoader.construct_yaml_int(loader, node))


def _finite_float(loader: Any, node: Any) -> float:
    value = yaml.SafeLoader.construct_yaml_float(loader, node)
    if value != value or value in (float("inf"), float("-inf")):
        raise LoadError("NaN and infinity are not valid numbers in an export", node.start_mark.line + 1)
    return value


for _tag in ("set", "binary", "omap", "pairs", "timestamp"):
    _SafeLoader.add_constructor(f"tag:yaml.org,2002:{_tag}", _not_json)
_SafeLoader.add_constructor("tag:yaml.org,2002:float", _finite_float)
_SafeLoader.add_constructor("tag:yaml.org,2002:int", _bounded_int)

_SafeLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_SafeLoader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf"))


def _yaml_lines(node: Any, path: tuple[str | int, ...], out: dict[Any, int]) -> None:
    out[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            _yaml_lines(value_node, (*path, key_node.value), out)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _yaml_lines(item, (*path, i), out)


def load_yaml_text(text: str) -> tuple[Any, dict[Any, int]]:
    if not text.strip():
        raise LoadError("the file is empty")
    try:
        loader = _SafeLoader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                raise LoadError("the file is empty")
            data = loader.construct_document(node)
            check_value(data, strings=True)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = mark.line + 1 if mark else None
        col = mark.column + 1 if mark else None
        raise LoadError(f"not valid YAML: {exc.problem or exc}", line, col) from None
    except yaml.YAMLError as exc:
        raise LoadError(f"not valid YAML: {exc}") from None
    except LimitError as exc:
        raise LoadError(str(exc)) from None
    except RecursionError:
        raise LoadError("the document is nested too deeply") from None
    lines: dict[Any, int] = {}
    _yaml_lines(node, (), lines)
    return data, lines


def sniff_format(path: Path, text: str) -> str:
    suffix = path.suffix.lower()
    if suffix in JSON_SUFFIXES:
        return "json"
    if suffix in YAML_SUFFIXES:
        return "yaml"
    return "json" if text.lstrip()[:1] in ("{", "[") else "yaml"


def load_document(path: Path) -> Loaded:
    """Read and parse one export document; raise LoadError for anything that is not one."""
    text = _decode(path.read_bytes())
    fmt = sniff_format(path, text)
    if fmt == "json":
        return Loaded(load_json_text(text), text, "json")
    data, lines = load_yaml_text(text)
    return Loaded(data, text, "yaml", _yaml_lines=lines)
