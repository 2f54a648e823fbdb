"""A plain description of the schema, read once through LinkML's SchemaView.

Every generator works from this, so the JSON Schema, the Pydantic models and the runtime metadata cannot
disagree about a slot's range, cardinality, pattern or sensitivity.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from linkml_runtime.utils.schemaview import SchemaView

from .paths import Layout

__all__ = ["DATETIME_PATTERN", "DATE_PATTERN", "OPEN_CODE_PATTERN", "AnnotationError", "SchemaModel"]

from gpos_standard._patterns import DATE_PATTERN, DATETIME_PATTERN, OPEN_CODE_PATTERN, PSEUDONYM_PATTERN

SCALAR_TYPES = {"string", "date", "datetime", "integer", "float", "boolean", "uri"}
SENSITIVITY_LEVELS = ("public", "restricted", "personal", "special_category")



@dataclass(frozen=True)
class Slot:
    name: str
    description: str
    range: str
    kind: str  # "scalar" | "enum" | "ref" | "inlined"
    multivalued: bool
    required: bool
    sensitivity: str
    pattern: str | None = None
    pseudonymise: bool = False
    minimum: float | int | None = None
    maximum: float | int | None = None
    commitments: tuple[int, ...] = ()

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "range": self.range,
            "kind": self.kind,
            "multivalued": self.multivalued,
            "required": self.required,
            "sensitivity": self.sensitivity,
            "description": self.description,
        }
        if self.pseudonymise:
            out["pseudonymise"] = True
        if self.pattern:
            out["pattern"] = self.pattern
        if self.minimum is not None:
            out["minimum"] = self.minimum
        if self.maximum is not None:
            out["maximum"] = self.maximum
        if self.commitments:
            out["commitments"] = list(self.commitments)
        return out


@dataclass(frozen=True)
class Class:
    name: str
    description: str
    abstract: bool
    is_record: bool
    parent: str | None
    slots: list[Slot] = field(default_factory=list)
    commitments: tuple[int, ...] = ()


@dataclass(frozen=True)
class Enum:
    name: str
    codelist: str
    description: str
    closed: bool
    codes: list[tuple[str, str, str]]  # (code, title, description)


class AnnotationError(ValueError):
    """A schema annotation has a value the generators cannot read; the message names the element."""


def commitments(annotations: Any, where: str) -> tuple[int, ...]:
    """The Joint Statement commitments an element serves: its ``commitments`` annotation, numbers separated by
    spaces (``"5 19 25"``; YAML reads a single number as an integer). Whether each exists is checked against the
    Statement's list when the documentation is generated (``gpos_build.statement``)."""
    if "commitments" not in annotations:
        return ()
    tokens = str(annotations["commitments"].value).split()
    if not tokens or not all(t.isdigit() for t in tokens):
        raise AnnotationError(f"schema: {where}: annotation commitments must be numbers separated by spaces, "
                              f"not {tokens!r}")
    return tuple(int(t) for t in tokens)


class SchemaModel:
    def __init__(self, layout: Layout) -> None:
        self.layout = layout
        self.view = SchemaView(str(layout.root_schema))

    @cached_property
    def version(self) -> str:
        return str(self.view.schema.version)

    @cached_property
    def root_class(self) -> str:
        roots = [c.name for c in self.view.all_classes().values() if c.tree_root]
        assert len(roots) == 1, roots
        return roots[0]

    @cached_property
    def enums(self) -> list[Enum]:
        out = []
        for e in self.view.all_enums().values():
            codes = [(str(k), pv.title or "", pv.description or "") for k, pv in e.permissible_values.items()]
            closed = str(e.annotations["closed"].value) == "true"
            out.append(Enum(e.name, str(e.annotations["codelist"].value), e.description or "", closed, codes))
        return out

    @cached_property
    def classes(self) -> list[Class]:
        enum_names = set(self.view.all_enums())
        class_names = set(self.view.all_classes())
        out = []
        for c in self.view.all_classes().values():
            slots = []
            for s in self.view.class_induced_slots(c.name):
                rng = s.range or "string"
                if rng in enum_names:
                    kind = "enum"
                elif rng in class_names:
                    target = self.view.get_class(rng)
                    has_id = any(x.identifier for x in self.view.class_induced_slots(rng))
                    kind = "inlined" if (s.inlined or s.inlined_as_list or not has_id) else "ref"
                    if has_id and kind == "inlined" and target.name != rng:
                        raise AssertionError(rng)
                else:
                    assert rng in SCALAR_TYPES, f"{c.name}.{s.name}: unsupported range {rng}"
                    kind = "scalar"
                ann = s.annotations["sensitivity"] if "sensitivity" in s.annotations else None
                sensitivity = str(ann.value) if ann else ""
                pseudonymise = "pseudonymise" in s.annotations and str(s.annotations["pseudonymise"].value) == "true"
                pattern = s.pattern
                if pattern and pseudonymise:  # a pseudonym stands in for the value
                    pattern = f"^(?:{pattern[1:-1]}|{PSEUDONYM_PATTERN})$"
                slots.append(
                    Slot(
                        name=s.name,
                        description=(s.description or "").strip(),
                        range=rng,
                        kind=kind,
                        multivalued=bool(s.multivalued),
                        required=bool(s.required or s.identifier),
                        sensitivity=sensitivity,
                        pattern=pattern,
                        pseudonymise=pseudonymise,
                        minimum=s.minimum_value,
                        maximum=s.maximum_value,
                        commitments=commitments(s.annotations, f"{c.name}.{s.name}"),
                    )
                )
            is_record = any(a == "Record" for a in self.view.class_ancestors(c.name)) and not c.abstract
            out.append(
                Class(
                    name=c.name,
                    description=(c.description or "").strip(),
                    abstract=bool(c.abstract),
                    is_record=is_record,
                    parent=c.is_a,
                    slots=slots,
                    commitments=commitments(c.annotations, c.name),
                )
            )
        return out

    def enum(self, name: str) -> Enum:
        return next(e for e in self.enums if e.name == name)

    def cls(self, name: str) -> Class:
        return next(c for c in self.classes if c.name == name)

    @cached_property
    def collections(self) -> dict[str, str]:
        """Export slot name -> record class it holds."""
        return {s.name: s.range for s in self.cls(self.root_class).slots if s.multivalued and s.kind == "inlined"}

    def id_pattern(self) -> str:
        slot = next(s for s in self.cls("Record").slots if s.name == "id")
        assert slot.pattern
        return slot.pattern
