"""National extensions and profiles: load them, and check an export's records against the ones it declares.

An export names the extensions it uses in ``extensions`` (name, version, prefix). Their fields are named
``prefix:field``; a receiver without the module accepts them unchecked (GPOS-W005), and a field whose prefix no
declaration names is an unknown field (GPOS-E003). Given the module (``gpos validate --extension``), the fields and
the profile's stricter rules are checked with a JSON Schema compiled from it, and a broken rule is GPOS-E013.
"""

from __future__ import annotations

from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema_rs

from ..resources import schema_meta
from .module import Extension, ExtensionError, Field, Tightening, read_extension

__all__ = ["Extension", "ExtensionError", "ExtensionSet", "bundled", "load"]

Finding = tuple[str, str, tuple[Any, ...]]
CODE = "GPOS-E013"


def bundled() -> dict[str, Path]:
    """Extension name -> module of the extensions shipped with the package (``extensions/`` of the project)."""
    found: dict[str, Path] = {}
    places = [Path(str(resources.files("gpos_standard").joinpath("extension", "bundled"))),
              Path(__file__).resolve().parents[3] / "extensions"]  # a development checkout
    for place in places:
        if place.is_dir():
            for module in sorted(place.glob("*/*.yaml")):
                found.setdefault(module.parent.name, module)
    return found


def load(spec: str | Path, version: str | None = None) -> Extension:
    """An extension from a path to its module, or the name of a bundled one."""
    path = Path(spec)
    if not path.is_file():
        shipped = bundled()
        if str(spec) not in shipped:
            names = ", ".join(sorted(shipped)) or "none"
            raise ExtensionError(f"{spec}: no such extension module (a path to a LinkML module, or the name of a "
                                 f"bundled extension: {names})")
        path = shipped[str(spec)]
    return read_extension(path, version)


def _scalar(f: Field, meta: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": {"integer": "integer", "float": "number", "boolean": "boolean"}.get(f.base,
                                                                                                        "string")}
    if f.base in ("date", "datetime"):
        type_name = "IsoDate" if f.base == "date" else "IsoDateTime"
        schema["pattern"] = meta["types"][type_name]["pattern"]
        schema["format"] = "date" if f.base == "date" else "date-time"
    elif schema["type"] == "string":
        schema["pattern"] = f.pattern or "[\\s\\S]"
    if f.codes is not None:
        schema["enum"] = sorted(f.codes)
    if f.minimum is not None:
        schema["minimum"] = f.minimum
    if f.maximum is not None:
        schema["maximum"] = f.maximum
    return schema


def _tighten(prop: dict[str, Any], t: Tightening, multivalued: bool) -> None:
    target = prop.setdefault("items", {}) if multivalued else prop
    if t.pattern is not None:
        target["pattern"] = t.pattern
    if t.minimum is not None:
        target["minimum"] = t.minimum
    if t.maximum is not None:
        target["maximum"] = t.maximum
    if t.min_items is not None:
        prop["minItems"] = t.min_items


class ExtensionSet:
    """The extensions an export declares and the validator was given, compiled for one version of the standard."""

    def __init__(self, extensions: list[Extension], version: str) -> None:
        self.extensions = extensions
        self.version = version
        self.meta = schema_meta(version)
        self.fields = {(f.cls, f.key): (f, e) for e in extensions for f in e.fields}
        self.tightenings = {(t.cls, t.slot): e for e in extensions for t in e.tightenings}
        self.extra_codes: dict[str, frozenset[str]] = {}
        for e in extensions:
            for enum, codes in e.extra_codes.items():
                self.extra_codes[enum] = self.extra_codes.get(enum, frozenset()) | codes

    @cached_property
    def schema(self) -> dict[str, Any]:
        """One definition per class: the extension fields, the profiles' rules, and the way into nested objects."""
        defs: dict[str, dict[str, Any]] = {name: {"properties": {}, "required": []} for name in self.meta["classes"]}
        for (cls, key), (f, _) in self.fields.items():
            item = _scalar(f, self.meta)
            defs[cls]["properties"][key] = {"type": "array", "minItems": 1, "items": item} if f.multivalued else item
            if f.required:
                defs[cls]["required"].append(key)
        for e in self.extensions:
            for t in e.tightenings:
                slot = self.meta["classes"][t.cls]["slots"][t.slot]
                _tighten(defs[t.cls]["properties"].setdefault(t.slot, {}), t, slot["multivalued"])
                if t.required and t.slot not in defs[t.cls]["required"]:
                    defs[t.cls]["required"].append(t.slot)
        changed = True
        while changed:  # reach the classes of nested objects that have something to check
            changed = False
            for cname, cls in self.meta["classes"].items():
                for sname, slot in cls["slots"].items():
                    rng = slot["range"]
                    if slot["kind"] != "inlined" or sname in defs[cname]["properties"] or not self._has(defs, rng):
                        continue
                    ref = {"$ref": f"#/$defs/{rng}"}
                    defs[cname]["properties"][sname] = {"items": ref} if slot["multivalued"] else ref
                    changed = True
        return {"$schema": "https://json-schema.org/draft/2019-09/schema", "$defs": defs}

    @staticmethod
    def _has(defs: dict[str, dict[str, Any]], cls: str) -> bool:
        return bool(defs[cls]["properties"] or defs[cls]["required"])

    @cached_property
    def _validators(self) -> dict[str, Any]:
        schema = self.schema
        return {cls: jsonschema_rs.validator_for({**schema, "$ref": f"#/$defs/{cls}"}, validate_formats=True)
                for cls, d in schema["$defs"].items() if self._has(schema["$defs"], cls)}

    def check(self, record_type: str, data: Any) -> list[Finding]:
        """E013 findings for one record (or the envelope) of a class: (code, message, path in the record)."""
        validator = self._validators.get(record_type)
        if validator is None or not isinstance(data, dict) or validator.is_valid(data):
            return []
        return [self._finding(error, record_type) for error in validator.iter_errors(data)]

    def _owner(self, record_type: str, path: tuple[Any, ...]) -> str:
        cls = record_type
        for step in path[:-1]:
            slot = self.meta["classes"].get(cls, {}).get("slots", {}).get(step) if isinstance(step, str) else None
            if slot is not None and slot["kind"] == "inlined":
                cls = slot["range"]
        return cls

    def _finding(self, error: Any, record_type: str) -> Finding:
        path = tuple(error.instance_path)
        kind = error.kind.name
        if kind == "required":
            name = error.kind.as_dict()["property"]
            cls = self._owner(record_type, (*path, name))
            ext = self._extension_of(cls, name)
            return CODE, f"{cls} is missing the field '{name}', which the extension {ext} requires", path
        names = [p for p in path if isinstance(p, str)]
        name = names[-1] if names else "the value"
        cls = self._owner(record_type, path)
        ext = self._extension_of(cls, name)
        field = self.fields.get((cls, name))
        personal = field[0].sensitivity in ("personal", "special_category") if field else True
        value = "the value" if personal else repr(error.instance)[:60]
        what = {"pattern": "does not match the pattern", "enum": "is not one of its codes",
                "format": "is not a valid date", "type": "has the wrong JSON type", "minItems": "is an empty list",
                "minimum": "is below the minimum", "maximum": "is above the maximum"}.get(kind, "breaks a rule")
        return CODE, f"'{name}' of {cls}: {value} {what} that the extension {ext} sets", path

    def _extension_of(self, cls: str, name: str) -> str:
        if (cls, name) in self.fields:
            e = self.fields[(cls, name)][1]
        else:
            e = self.tightenings.get((cls, name)) or self.extensions[0]
        return f"{e.name} {e.version}"
