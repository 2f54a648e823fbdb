"""Read a national extension (a LinkML module that imports the standard) and refuse what an extension may not do.

An extension adds, without forking the standard:

* fields, as attributes of a class with ``apply_to: <standard class>`` (LinkML's way of injecting slots into a class
  of another module); in data they are named ``<prefix>:<attribute>``;
* codes on an open code list, as an enum with the annotation ``gpos_extends: <standard enum>``;
* stricter rules on standard fields (a profile), as ``slot_usage`` of the apply_to class: ``required: true``, an extra
  ``pattern``, a higher ``minimum_value``, a lower ``maximum_value`` or a higher ``minimum_cardinality``.

Anything that would change the meaning of a standard field or loosen a constraint is refused with a message naming
the element: a new field named like a standard one, a slot_usage that changes a description, range, cardinality or
sensitivity or makes a required field optional, codes added to a closed list, a field without a sensitivity. The
module is read with PyYAML alone, so validating with an extension never needs the LinkML toolchain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..resources import schema_meta
from ..schema_info import SENSITIVITY_ORDER

__all__ = ["Extension", "ExtensionError", "Field", "Tightening", "extension_mismatch", "read_extension"]

NAME = re.compile(r"[a-z][a-z0-9-]{1,31}")
PREFIX = re.compile(r"[a-z][a-z0-9]{1,15}")
ATTRIBUTE = re.compile(r"[a-z][a-z0-9_]*")
SEMVER = re.compile(r"(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)")
BUILTIN = {"string": "string", "integer": "integer", "float": "float", "boolean": "boolean", "date": "date",
           "datetime": "datetime"}
ATTRIBUTE_KEYS = {"description", "range", "required", "multivalued", "minimum_cardinality", "pattern",
                  "minimum_value", "maximum_value", "annotations", "title", "slot_uri", "exact_mappings",
                  "close_mappings", "comments", "examples"}
TIGHTENING_KEYS = {"required", "pattern", "minimum_value", "maximum_value", "minimum_cardinality"}
MODULE_KEYS = {"id", "name", "title", "description", "version", "license", "prefixes", "default_prefix",
               "default_range", "imports", "annotations", "classes", "enums", "types", "see_also", "contributors"}


class ExtensionError(ValueError):
    """An extension module that cannot be read, or that would change or loosen the standard."""


@dataclass(frozen=True)
class Field:
    """A field an extension adds to a standard class."""

    cls: str
    name: str  # the attribute name; in data ``prefix:name``
    key: str  # the name in data
    description: str
    base: str  # string, integer, float, boolean, date, datetime
    pattern: str | None = None
    codes: frozenset[str] | None = None  # a code list (the extension's or the standard's)
    codelist: str | None = None
    required: bool = False
    multivalued: bool = False
    minimum: float | None = None
    maximum: float | None = None
    sensitivity: str = "personal"
    type_name: str | None = None


@dataclass(frozen=True)
class Tightening:
    """A stricter rule a profile puts on a standard field."""

    cls: str
    slot: str
    required: bool = False
    pattern: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    min_items: int | None = None


@dataclass
class Extension:
    name: str
    version: str
    prefix: str
    title: str
    standard: str  # the major.minor versions of the standard it applies to, e.g. "0.2"
    path: Path
    fields: list[Field] = field(default_factory=list)
    tightenings: list[Tightening] = field(default_factory=list)
    extra_codes: dict[str, frozenset[str]] = field(default_factory=dict)  # standard enum -> added codes
    source: dict[str, Any] = field(default_factory=dict)

    def applies_to(self, version: str) -> bool:
        return any(version == v or version.startswith(v + ".") for v in self.standard.split())


def _fail(path: Path, where: str, message: str) -> ExtensionError:
    return ExtensionError(f"{path}: {where}: {message}")


def _load(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ExtensionError(f"{path}: cannot be read ({exc.__class__.__name__})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "YAML"
        raise ExtensionError(f"{path}: {where}: not well-formed YAML") from None
    if not isinstance(data, dict):
        raise ExtensionError(f"{path}: an extension is a LinkML schema (a YAML mapping)")
    return data


def _annotations(element: dict[str, Any]) -> dict[str, str]:
    raw = element.get("annotations") or {}
    if not isinstance(raw, dict):
        return {}
    return {str(k): str(v.get("value") if isinstance(v, dict) else v) for k, v in raw.items()}


def read_extension(path: Path, version: str | None = None) -> Extension:
    """Read and check an extension module against a version of the standard (None: the current one)."""
    data = _load(path)
    unknown = set(data) - MODULE_KEYS
    if unknown:
        raise _fail(path, "module", f"unsupported keys {sorted(unknown)} (an extension adds fields, codes and "
                                    "stricter rules to classes of the standard with apply_to)")
    ann = _annotations(data)
    name, prefix = ann.get("gpos_extension", ""), ann.get("gpos_prefix", "")
    if not NAME.fullmatch(name):
        raise _fail(path, "annotations", "gpos_extension must name the extension (lower case and hyphens, e.g. "
                                         "th-police)")
    if not PREFIX.fullmatch(prefix):
        raise _fail(path, "annotations", "gpos_prefix must be the prefix of its fields (2 to 16 lower-case letters "
                                         "or digits, e.g. thpol)")
    module_version = str(data.get("version", ""))
    if not SEMVER.fullmatch(module_version):
        raise _fail(path, "version", "an extension has a semantic version, such as 1.0.0")
    if "gpos" not in [str(i) for i in data.get("imports") or []]:
        raise _fail(path, "imports", "an extension imports the standard (imports: [linkml:types, gpos])")
    meta = schema_meta(version)
    ext = Extension(name, module_version, prefix, str(data.get("title") or name),
                    ann.get("gpos_standard", ".".join(meta["version"].split(".")[:2])), path, source=data)
    local_enums = _enums(path, data, meta, ext)
    for cname, cls in (data.get("classes") or {}).items():
        _class(path, str(cname), cls, meta, ext, local_enums)
    return ext


def _enums(path: Path, data: dict[str, Any], meta: dict[str, Any], ext: Extension) -> dict[str, frozenset[str]]:
    local: dict[str, frozenset[str]] = {}
    for ename, enum in (data.get("enums") or {}).items():
        if not isinstance(enum, dict):
            raise _fail(path, f"enum {ename}", "must be a mapping")
        codes = frozenset(str(c) for c in (enum.get("permissible_values") or {}))
        if not codes or not all(ATTRIBUTE.fullmatch(c) for c in codes):
            raise _fail(path, f"enum {ename}", "codes are lower snake case, and there is at least one")
        target = _annotations(enum).get("gpos_extends")
        if target is None:
            local[str(ename)] = codes
            continue
        standard = meta["enums"].get(target)
        if standard is None or not standard.get("codelist"):
            raise _fail(path, f"enum {ename}", f"gpos_extends names {target!r}, which is not a code list of the "
                                               "standard")
        if standard["closed"] and not _is_opened(meta, target):
            raise _fail(path, f"enum {ename}", f"refused: it adds codes to {target}, a closed code list (a closed "
                                               "list only changes with a release of the standard)")
        ext.extra_codes[target] = ext.extra_codes.get(target, frozenset()) | codes
    return local


def _is_opened(meta: dict[str, Any], enum: str) -> bool:
    """Is the enum used as an open list (any_of with OpenCode) somewhere?"""
    return any(s.get("range") == enum and s.get("open") for c in meta["classes"].values()
               for s in c["slots"].values())


def _class(path: Path, cname: str, cls: Any, meta: dict[str, Any], ext: Extension,
           local_enums: dict[str, frozenset[str]]) -> None:
    where = f"class {cname}"
    if not isinstance(cls, dict) or not cls.get("apply_to"):
        raise _fail(path, where, "an extension class applies to a class of the standard (apply_to: Case)")
    target = str(cls["apply_to"])
    if target not in meta["classes"]:
        raise _fail(path, where, f"apply_to names {target!r}, which is not a class of standard version "
                                 f"{meta['version']}")
    extra = set(cls) - {"apply_to", "description", "title", "attributes", "slot_usage", "annotations", "comments"}
    if extra:
        raise _fail(path, where, f"refused: {sorted(extra)} would change the class {target} itself (is_a, mixins, "
                                 "rules...); an extension adds fields and stricter field rules only")
    slots = meta["classes"][target]["slots"]
    for aname, attribute in (cls.get("attributes") or {}).items():
        ext.fields.append(_field(path, f"{where}.{aname}", target, str(aname), attribute or {}, meta, ext,
                                 local_enums, slots))
    for sname, usage in (cls.get("slot_usage") or {}).items():
        ext.tightenings.append(_tightening(path, f"{where}.slot_usage.{sname}", target, str(sname), usage or {},
                                           slots))


def _field(path: Path, where: str, cls: str, name: str, attribute: dict[str, Any], meta: dict[str, Any],
           ext: Extension, local_enums: dict[str, frozenset[str]], slots: dict[str, Any]) -> Field:
    if not ATTRIBUTE.fullmatch(name):
        raise _fail(path, where, "a field name is lower snake case")
    if name in slots:
        raise _fail(path, where, f"refused: {cls} already has a field {name!r}; an extension cannot redefine a "
                                 "standard field (use slot_usage for a stricter rule)")
    unknown = set(attribute) - ATTRIBUTE_KEYS
    if unknown:
        raise _fail(path, where, f"unsupported keys {sorted(unknown)}")
    sensitivity = _annotations(attribute).get("sensitivity")
    if sensitivity not in SENSITIVITY_ORDER:
        raise _fail(path, where, f"every field says how sensitive it is: annotations: {{sensitivity: one of "
                                 f"{', '.join(SENSITIVITY_ORDER)}}}")
    rng = str(attribute.get("range") or "Text")
    base, pattern, codes, codelist, type_name = _range(path, where, rng, meta, local_enums)
    if attribute.get("pattern"):
        pattern = str(attribute["pattern"])
        try:
            re.compile(pattern)
        except re.error:
            raise _fail(path, where, "the pattern is not a regular expression") from None
    multivalued = bool(attribute.get("multivalued"))
    if multivalued and attribute.get("minimum_cardinality") not in (None, 1):
        raise _fail(path, where, "a list field has minimum_cardinality 1 (lists are never empty)")
    return Field(cls, name, f"{ext.prefix}:{name}", str(attribute.get("description") or ""), base, pattern, codes,
                 codelist, bool(attribute.get("required")), multivalued, attribute.get("minimum_value"),
                 attribute.get("maximum_value"), sensitivity, type_name)


def _range(path: Path, where: str, rng: str, meta: dict[str, Any], local_enums: dict[str, frozenset[str]],
           ) -> tuple[str, str | None, frozenset[str] | None, str | None, str | None]:
    """Base type, pattern, codes, code-list name and type name of a field's range."""
    if rng in BUILTIN:
        return BUILTIN[rng], None, None, None, rng
    if rng in meta["types"]:
        t = meta["types"][rng]
        pattern = None if rng == "Text" else t.get("pattern")
        return str(t["base"]), pattern, None, None, rng
    if rng in local_enums:
        return "string", None, local_enums[rng], rng, None
    if rng in meta["enums"]:
        from ..resources import codelists, json_schema

        enum = meta["enums"][rng]
        if enum.get("codelist"):
            codes = frozenset(c["code"] for c in codelists(meta["version"])[enum["codelist"]]["codes"])
        else:
            codes = frozenset(json_schema(meta["version"])["$defs"][rng]["enum"])
        return "string", None, codes, enum.get("codelist") or rng, None
    if rng in meta["classes"]:
        raise _fail(path, where, f"range {rng}: fields that hold records or objects are not supported in "
                                 "extensions yet; use a code or a text")
    raise _fail(path, where, f"range {rng!r} is neither a type nor an enum of the standard or of the extension")


def _tightening(path: Path, where: str, cls: str, slot: str, usage: dict[str, Any],
                slots: dict[str, Any]) -> Tightening:
    if slot not in slots:
        raise _fail(path, where, f"{cls} has no field {slot!r}")
    std = slots[slot]
    changed = set(usage) - TIGHTENING_KEYS
    if changed:
        raise _fail(path, where, f"refused: {sorted(changed)} would change the meaning of the standard field "
                                 f"{cls}.{slot}; a profile may only make it required, add a pattern or narrow its "
                                 "bounds")
    if "required" in usage and not usage["required"] and std["required"]:
        raise _fail(path, where, f"refused: {cls}.{slot} is required by the standard; a profile cannot make it "
                                 "optional")
    minimum, maximum = usage.get("minimum_value"), usage.get("maximum_value")
    if minimum is not None and std.get("minimum") is not None and minimum < std["minimum"]:
        raise _fail(path, where, f"refused: minimum_value {minimum} is below the standard's {std['minimum']}")
    if maximum is not None and std.get("maximum") is not None and maximum > std["maximum"]:
        raise _fail(path, where, f"refused: maximum_value {maximum} is above the standard's {std['maximum']}")
    min_items = usage.get("minimum_cardinality")
    if min_items is not None and (not std["multivalued"] or min_items < 1):
        raise _fail(path, where, "refused: minimum_cardinality applies to a list field and is at least 1")
    if (minimum is not None or maximum is not None) and std["range"] not in ("integer", "float"):
        raise _fail(path, where, f"refused: {cls}.{slot} is not a number")
    pattern = usage.get("pattern")
    if pattern is not None:
        if std["kind"] != "scalar" or std["range"] != "string":
            raise _fail(path, where, f"refused: a pattern applies to a text field, and {cls}.{slot} is not one")
        try:
            re.compile(str(pattern))
        except re.error:
            raise _fail(path, where, "the pattern is not a regular expression") from None
    return Tightening(cls, slot, bool(usage.get("required")), str(pattern) if pattern is not None else None,
                      minimum, maximum, min_items)


def extension_mismatch(ext: Extension, prefix: Any, declared: Any, standard_version: str) -> str | None:
    """Why the module given for a declared extension does not fit the declaration, or None."""
    if prefix != ext.prefix:
        return (f"the export gives the extension {ext.name} the prefix {prefix!r}, but its module ({ext.path.name}) "
                f"names its fields {ext.prefix}:...")
    if not isinstance(declared, str) or declared.split(".")[0] != ext.version.split(".")[0]:
        return (f"the export follows the extension {ext.name} {declared}, but the module given is version "
                f"{ext.version} (another major version)")
    if not ext.applies_to(standard_version):
        return (f"the extension {ext.name} {ext.version} is written for standard {ext.standard}, not for "
                f"{standard_version}")
    return None
