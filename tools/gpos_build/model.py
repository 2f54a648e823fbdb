"""A plain description of one version of the schema, read once through LinkML's SchemaView.

Every generator works from this, so the JSON Schema, the Pydantic models, the runtime metadata, the code lists and the
documentation cannot disagree about a slot's range, cardinality, pattern, sensitivity or rules. Nothing here adds a
constraint: it reads what the LinkML source declares (types, enums, ``any_of``, ``rules``) and the annotations that
name the rules LinkML cannot express (``checks``, ``date_order``, ``may_be_future``, ``gpos_rule``).
"""

from __future__ import annotations

import copy
import hashlib
import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from linkml_runtime.utils import schemaview as _schemaview
from linkml_runtime.utils.schemaview import SchemaView

__all__ = ["BASE_TYPES", "END", "AnnotationError", "Class", "Enum", "Rule", "SchemaModel", "Slot", "TypeDef",
           "annotations_of", "body", "commitments_of"]

BASE_TYPES = ("string", "date", "datetime", "integer", "float", "boolean")
SENSITIVITY_LEVELS = ("public", "restricted", "personal", "special_category")
# How every pattern of the standard ends: "$" alone lets Python's, Java's and .NET's engines accept a trailing newline.
END = "$(?![\\s\\S])"
OPEN_CODE_TYPE = "OpenCode"
TEXT_TYPE = "Text"


_load_schema_wrap = _schemaview.load_schema_wrap
_PARSED: dict[bytes, Any] = {}


def _load_module(path: str, **kwargs: Any) -> Any:
    """LinkML's module loader, remembering each module by its content: building the LinkML objects of the ISO code
    sets takes seconds, and one `make generate` (or test session) reads the same modules for several versions."""
    full = os.path.join(str(kwargs.get("base_dir") or ""), path)
    try:
        data = Path(full).read_bytes()
    except OSError:
        return _load_schema_wrap(path, **kwargs)
    key = hashlib.sha256(data).digest()
    if key not in _PARSED:
        _PARSED[key] = _load_schema_wrap(path, **kwargs)
    schema = copy.copy(_PARSED[key])  # shares the (read-only) elements; imports resolve from this file's folder
    schema.source_file = full
    return schema


_schemaview.load_schema_wrap = _load_module


class AnnotationError(ValueError):
    """A schema annotation has a value the generators cannot read; the message names the element."""


def commitments_of(annotations: dict[str, str], where: str) -> tuple[int, ...]:
    """The Joint Statement commitments an element serves: its ``commitments`` annotation, numbers separated by
    spaces (``"5 19 25"``). Whether each exists is checked against the Statement's list when the documentation is
    generated (``gpos_build.statement``)."""
    if "commitments" not in annotations:
        return ()
    tokens = annotations["commitments"].split()
    if not tokens or not all(t.isdigit() for t in tokens):
        raise AnnotationError(f"schema: {where}: annotation commitments must be numbers separated by spaces, "
                              f"not {tokens!r}")
    return tuple(int(t) for t in tokens)


def annotations_of(element: Any) -> dict[str, str]:
    found = element.annotations or {}
    keys = found._keys() if hasattr(found, "_keys") else list(found)
    return {str(k): str(found[k].value) for k in keys}


def body(pattern: str) -> str:
    """A pattern without its anchors, to combine alternatives."""
    if pattern.startswith("^"):
        pattern = pattern[1:]
    for end in (END, "$"):
        if pattern.endswith(end):
            return pattern[: -len(end)]
    return pattern


@dataclass(frozen=True)
class Slot:
    name: str
    description: str
    range: str  # base type of a scalar (string, date, ...), or the enum or class
    kind: str  # "scalar" | "enum" | "ref" | "inlined"
    multivalued: bool
    required: bool
    sensitivity: str
    type: str | None = None  # LinkML type(s) of a scalar, e.g. IsoDate, or IbanCode|Pseudonym
    pattern: str | None = None
    pseudonymise: bool = False
    minimum: float | int | None = None
    maximum: float | int | None = None
    open: bool = False  # an enum slot that also accepts any well-formed code (OpenCode)
    annotations: dict[str, str] = field(default_factory=dict)
    deprecated: str | None = None
    replaced_by: str | None = None
    slot_uri: str | None = None

    @property
    def added_in(self) -> str:
        return self.annotations.get("added_in", "")

    @property
    def commitments(self) -> tuple[int, ...]:
        return commitments_of(self.annotations, self.name)

    @property
    def free_text(self) -> bool:
        """Text with no pattern, code list or reference: may hold anything a person typed. Slots annotated
        pseudonymise are typed identifiers (a phone, a wallet), which the sharing policy pseudonymises instead."""
        return self.kind == "scalar" and self.type == TEXT_TYPE and not self.pseudonymise

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "range": self.range,
            "kind": self.kind,
            "multivalued": self.multivalued,
            "required": self.required,
            "sensitivity": self.sensitivity,
            "description": self.description,
            "added_in": self.added_in,
        }
        if self.type:
            out["type"] = self.type
        if self.free_text:
            out["free_text"] = True
        if self.pseudonymise:
            out["pseudonymise"] = True
        if self.pattern:
            out["pattern"] = self.pattern
        if self.minimum is not None:
            out["minimum"] = self.minimum
        if self.maximum is not None:
            out["maximum"] = self.maximum
        if self.open:
            out["open"] = True
        if self.commitments:
            out["commitments"] = list(self.commitments)
        checks = self.annotations.get("checks", "").split()
        if checks:
            out["checks"] = checks
        if self.annotations.get("may_be_future") == "true":
            out["may_be_future"] = True
        if self.deprecated:
            out["deprecated"] = self.deprecated
            out["deprecated_in"] = self.annotations.get("deprecated_in", "")
            if self.replaced_by:
                out["replaced_by"] = self.replaced_by
        return out


@dataclass(frozen=True)
class Rule:
    """A LinkML class rule (preconditions -> postconditions) and the rule code it is reported under."""

    code: str
    description: str
    added_in: str
    # slot -> its condition: {"required": True}, {"value_presence": "ABSENT"}, {"equals_string": "closed"},
    # {"equals_string_in": [...]} or {"pattern": "..."} (several may be combined)
    preconditions: dict[str, dict[str, Any]] = field(default_factory=dict)
    postconditions: dict[str, dict[str, Any]] = field(default_factory=dict)


RULE_CONDITIONS = ("required", "value_presence", "equals_string", "equals_string_in", "pattern")


def _conditions(expression: Any, where: str) -> dict[str, dict[str, Any]]:
    """The slot conditions of a rule's pre- or postconditions, in the small form every implementation can read. An
    ``all_of`` of expressions is their conjunction: the schema writes several absent slots that way, because LinkML's
    JSON Schema generator reads two ABSENT conditions of one expression as "not both present"."""
    out: dict[str, dict[str, Any]] = {}
    if expression is None:
        return out
    for part in expression.all_of or ():
        for name, found in _conditions(part, where).items():
            assert name not in out, f"{where}: two conditions on {name} in one rule"
            out[name] = found
    for name, condition in (expression.slot_conditions or {}).items():
        found: dict[str, Any] = {}
        if condition.required:
            found["required"] = True
        if condition.value_presence:
            found["value_presence"] = str(condition.value_presence)
        if condition.equals_string is not None:
            found["equals_string"] = condition.equals_string
        if condition.equals_string_in:
            found["equals_string_in"] = [str(v) for v in condition.equals_string_in]
        if condition.pattern is not None:
            found["pattern"] = condition.pattern
        assert found, f"{where}: a rule condition on {name} other than {RULE_CONDITIONS}"
        assert str(name) not in out, f"{where}: two conditions on {name} in one rule"
        out[str(name)] = found
    own_absent = [n for n, c in (expression.slot_conditions or {}).items() if str(c.value_presence) == "ABSENT"]
    assert len(own_absent) <= 1, f"{where}: write several ABSENT conditions as an all_of (see above)"
    return out


@dataclass(frozen=True)
class Class:
    name: str
    description: str
    abstract: bool
    is_record: bool
    parent: str | None
    slots: list[Slot] = field(default_factory=list)
    annotations: dict[str, str] = field(default_factory=dict)
    rules: list[Rule] = field(default_factory=list)
    class_uri: str | None = None
    deprecated: str | None = None

    @property
    def added_in(self) -> str:
        return self.annotations.get("added_in", "")

    @property
    def commitments(self) -> tuple[int, ...]:
        return commitments_of(self.annotations, self.name)

    @property
    def date_order(self) -> list[list[str]]:
        """Chains of slots (dotted for a nested object) whose dates must not decrease."""
        text = self.annotations.get("date_order", "")
        return [chain.split() for chain in text.split(";") if chain.strip()]

    @property
    def checks(self) -> list[str]:
        return self.annotations.get("checks", "").split()


@dataclass(frozen=True)
class PermissibleValue:
    code: str
    title: str
    description: str
    parent: str | None
    deprecated: str | None
    replaced_by: str | None
    annotations: dict[str, str]
    meaning: str | None = None
    exact_mappings: tuple[str, ...] = ()
    close_mappings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Enum:
    name: str
    title: str
    description: str
    annotations: dict[str, str]
    values: list[PermissibleValue]

    @property
    def codelist(self) -> str | None:
        """The code list the enum holds (None for the ISO code sets and the rule codes)."""
        return self.annotations.get("codelist")

    @property
    def closed(self) -> bool:
        return self.annotations.get("closed", "true") == "true"

    @property
    def codes(self) -> list[tuple[str, str, str]]:
        return [(v.code, v.title, v.description) for v in self.values]

    @property
    def added_in(self) -> str:
        return self.annotations.get("added_in", "")


@dataclass(frozen=True)
class TypeDef:
    name: str
    base: str
    pattern: str | None
    description: str
    annotations: dict[str, str]
    minimum: float | int | None = None
    maximum: float | int | None = None
    uri: str | None = None  # such as xsd:decimal: what a value means, beyond its base type


class SchemaModel:
    """One version of the schema: the working schema/ or a frozen release (a merged single-file schema)."""

    def __init__(self, source: Path | Any) -> None:
        root = getattr(source, "root_schema", source)
        self.path = Path(root)
        self.view = SchemaView(str(root))

    # -- schema-level ----------------------------------------------------------------------------------------------
    @cached_property
    def version(self) -> str:
        return str(self.view.schema.version)

    @cached_property
    def annotations(self) -> dict[str, str]:
        return annotations_of(self.view.schema)

    @cached_property
    def root_class(self) -> str:
        roots = [c.name for c in self.view.all_classes().values() if c.tree_root]
        assert len(roots) == 1, roots
        return roots[0]

    # -- types -----------------------------------------------------------------------------------------------------
    @cached_property
    def types(self) -> dict[str, TypeDef]:
        out: dict[str, TypeDef] = {}
        for name, t in self.view.all_types().items():
            if name in BASE_TYPES or t.from_schema == "https://w3id.org/linkml/types":
                continue
            base = next(a for a in self.view.type_ancestors(name) if a in BASE_TYPES)
            out[name] = TypeDef(name, base, t.pattern, (t.description or "").strip(), annotations_of(t),
                                t.minimum_value, t.maximum_value, t.uri)
        return out

    def _scalar(self, type_names: list[str]) -> tuple[str, str, str | None]:
        """Base type, type label and pattern of a scalar slot whose value is one of the given types."""
        bases, patterns = set(), []
        for name in type_names:
            if name in BASE_TYPES:
                bases.add(name)
                continue
            t = self.types[name]
            bases.add(t.base)
            if t.pattern and name != TEXT_TYPE:
                patterns.append(t.pattern)
        assert len(bases) == 1, f"types of different kinds in one slot: {type_names}"
        if not patterns:
            pattern = None
        elif len(patterns) == 1:
            pattern = patterns[0]
        else:
            pattern = "^(?:" + "|".join(body(p) for p in patterns) + ")" + END
        return bases.pop(), "|".join(type_names), pattern

    # -- enums -----------------------------------------------------------------------------------------------------
    @cached_property
    def enums(self) -> list[Enum]:
        out = []
        for e in self.view.all_enums().values():
            values = []
            for code, pv in e.permissible_values.items():
                values.append(PermissibleValue(
                    code=str(code), title=pv.title or "", description=(pv.description or "").strip(),
                    parent=str(pv.is_a) if pv.is_a else None, deprecated=pv.deprecated,
                    replaced_by=pv.deprecated_element_has_exact_replacement,
                    annotations=annotations_of(pv), meaning=pv.meaning,
                    exact_mappings=tuple(pv.exact_mappings or ()), close_mappings=tuple(pv.close_mappings or ()),
                ))
            out.append(Enum(e.name, e.title or "", (e.description or "").strip(), annotations_of(e), values))
        return out

    def enum(self, name: str) -> Enum:
        return next(e for e in self.enums if e.name == name)

    @cached_property
    def rules(self) -> dict[str, dict[str, str]]:
        """The validation rules (the ValidationRule enum): code -> title, description, severity, scope, linkml."""
        e = self.enum("ValidationRule")
        return {v.code: {"title": v.title, "description": v.description, **v.annotations} for v in e.values}

    # -- classes ---------------------------------------------------------------------------------------------------
    def _slot(self, owner: str, s: Any, enum_names: set[str], class_names: set[str]) -> Slot:
        ranges = [a.range for a in s.any_of] if s.any_of else [s.range or TEXT_TYPE]
        assert all(ranges), f"{owner}.{s.name}: any_of without a range"
        open_code = False
        type_label: str | None = None
        pattern: str | None = None
        if ranges[0] in enum_names:
            rest = ranges[1:]
            assert rest in ([], [OPEN_CODE_TYPE]), f"{owner}.{s.name}: an enum may only be opened by {OPEN_CODE_TYPE}"
            rng, kind, open_code = ranges[0], "enum", bool(rest)
            if open_code:
                pattern = self.types[OPEN_CODE_TYPE].pattern
        elif ranges[0] in class_names:
            assert len(ranges) == 1, f"{owner}.{s.name}: any_of over classes is not supported"
            rng = ranges[0]
            has_id = any(x.identifier for x in self.view.class_induced_slots(rng))
            kind = "inlined" if (s.inlined or s.inlined_as_list or not has_id) else "ref"
        else:
            rng, type_label, pattern = self._scalar(ranges)
            kind = "scalar"
            if s.pattern:  # a slot may narrow its type's pattern
                pattern = s.pattern
        ann = annotations_of(s)
        if s.multivalued:
            assert s.minimum_cardinality == 1, f"{owner}.{s.name}: a list slot declares minimum_cardinality: 1"
        return Slot(
            name=s.name,
            description=(s.description or "").strip(),
            range=rng,
            kind=kind,
            multivalued=bool(s.multivalued),
            required=bool(s.required or s.identifier),
            sensitivity=ann.get("sensitivity", ""),
            type=type_label,
            pattern=pattern,
            pseudonymise=ann.get("pseudonymise") == "true",
            minimum=s.minimum_value,
            maximum=s.maximum_value,
            open=open_code,
            annotations=ann,
            deprecated=s.deprecated,
            replaced_by=s.deprecated_element_has_exact_replacement,
            slot_uri=s.slot_uri,
        )

    @cached_property
    def classes(self) -> list[Class]:
        enum_names = set(self.view.all_enums())
        class_names = set(self.view.all_classes())
        out = []
        for c in self.view.all_classes().values():
            slots = [self._slot(c.name, s, enum_names, class_names) for s in self.view.class_induced_slots(c.name)]
            # in the order LinkML's JSON Schema generator writes them: the class's own, then its ancestors'
            rules = [Rule(annotations_of(r)["gpos_rule"], (r.description or "").strip(),
                          annotations_of(r).get("added_in", ""), _conditions(r.preconditions, c.name),
                          _conditions(r.postconditions, c.name))
                     for a in self.view.class_ancestors(c.name) for r in self.view.get_class(a).rules]
            is_record = any(a == "Record" for a in self.view.class_ancestors(c.name)) and not c.abstract
            out.append(Class(
                name=c.name, description=(c.description or "").strip(), abstract=bool(c.abstract),
                is_record=is_record, parent=c.is_a, slots=slots, annotations=annotations_of(c), rules=rules,
                class_uri=c.class_uri, deprecated=c.deprecated,
            ))
        return out

    def cls(self, name: str) -> Class:
        return next(c for c in self.classes if c.name == name)

    @cached_property
    def collections(self) -> dict[str, str]:
        """Export slot name -> record class it holds."""
        records = {c.name for c in self.classes if c.is_record}
        return {s.name: s.range for s in self.cls(self.root_class).slots
                if s.multivalued and s.kind == "inlined" and s.range in records}

    def id_pattern(self) -> str:
        slot = next(s for s in self.cls("Record").slots if s.name == "id")
        assert slot.pattern
        return slot.pattern
