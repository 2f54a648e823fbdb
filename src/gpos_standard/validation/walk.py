"""Per-class plans of what to check, compiled once from the schema metadata, and the walk that applies them."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..resources import current_version, schema_meta
from ..schema_info import SlotAt

Finding = tuple[str, str, tuple[Any, ...]]  # (rule code, message, path inside the record)


SlotRef = SlotAt  # the slot a check is looking at: owner class, name and metadata


# A field check looks at one scalar value; an object check at one whole object of a class.
FieldCheck = Callable[[Any, SlotRef, "RecordScope"], "str | tuple[str, str] | None"]
# An object check returns its findings, or None (or an empty list) when there are none: not a generator, whose
# creation alone would cost more than most checks.
ObjectCheck = Callable[[dict[str, Any], "RecordScope"], "list[tuple[str, str, tuple[Any, ...]]] | None"]


@dataclass(slots=True)
class RecordScope:
    """What a check may know about the record it is looking at."""

    collection: str | None
    index: int | None
    record_type: str
    record_id: str | None
    context: Any
    locate: Any
    clean: bool = False  # passed the structural checks: every value has its declared shape
    seq: int = -1  # position of the record in the source (-1: the envelope)
    version: str | None = None  # the version of the standard whose rules apply

    def where(self, path: tuple[Any, ...]) -> Any:
        from .context import Where

        return Where(self.collection, self.index, self.record_id, self.record_type, path, self.locate)


@dataclass
class Plan:
    fields: list[tuple[str, SlotRef, list[tuple[str, FieldCheck]], bool]] = field(default_factory=list)
    nested: list[tuple[str, bool, Plan]] = field(default_factory=list)
    objects: list[ObjectCheck] = field(default_factory=list)


FIELD_RULES: list[tuple[Callable[[SlotRef], bool], str, FieldCheck]] = []
# class -> checks, each with the rule codes it reports (empty for a check that only gathers facts for later rules).
OBJECT_RULES: dict[str, list[tuple[ObjectCheck, tuple[str, ...]]]] = {}
# Checks built from a class's metadata (such as its date order): (class, its metadata, version) -> check or None.
OBJECT_RULE_FACTORIES: list[Callable[[str, dict[str, Any], str], ObjectCheck | None]] = []


def field_rule(selector: Callable[[SlotRef], bool], code: str) -> Callable[[FieldCheck], FieldCheck]:
    """Register a check for every slot the selector picks; it returns a message, or (code, message), or None."""

    def register(fn: FieldCheck) -> FieldCheck:
        FIELD_RULES.append((selector, code, fn))
        return fn

    return register


def passes_when(test: Callable[[SlotRef], tuple[str, dict[str, Any]]]) -> Callable[[FieldCheck], FieldCheck]:
    """Attach to a field check a cheap expression that proves a value passes, for the compiled checks.

    ``test(slot)`` returns a Python expression over ``{v}`` (the value) and ``context`` (the export context),
    with any other names it uses given in the mapping; the check itself runs only when the expression is false.
    """

    def attach(fn: FieldCheck) -> FieldCheck:
        fn.passes_when = test  # type: ignore[attr-defined]
        return fn

    return attach


def object_passes_when(
        lines: Callable[[str], tuple[list[str], dict[str, Any]]]) -> Callable[[ObjectCheck], ObjectCheck]:
    """Attach to an object check the source of a cheap test that proves an object passes, for the compiled checks.

    ``lines(o)`` returns Python statements over the object named ``o`` (and ``context``, the export context) that
    set ``ok`` to True when the object certainly passes, and the other names they use; the check itself runs only
    otherwise. Only for checks without side effects.
    """

    def attach(fn: ObjectCheck) -> ObjectCheck:
        fn.passes_when = lines  # type: ignore[attr-defined]
        return fn

    return attach


def object_rule(*classes: str, codes: tuple[str, ...] = ()) -> Callable[[ObjectCheck], ObjectCheck]:
    """Register a check of whole objects of the classes. ``codes``: the rules it reports, which run only for a
    class whose schema names them in its ``checks`` annotation (so each version of the standard gets its own
    rules); a check without codes gathers facts for the rules that need every record."""

    def register(fn: ObjectCheck) -> ObjectCheck:
        for cls in classes:
            OBJECT_RULES.setdefault(cls, []).append((fn, codes))
        return fn

    return register


def object_rule_factory(
        factory: Callable[[str, dict[str, Any], str], ObjectCheck | None]) -> Callable[..., ObjectCheck | None]:
    OBJECT_RULE_FACTORIES.append(factory)
    return factory


def plan_for(cls: str, version: str | None = None) -> Plan:
    """What to check in an object of a class, for one version of the standard (None: the current one)."""
    return _plan(cls, version or current_version())


@cache
def _plan(cls: str, version: str) -> Plan:
    classes = schema_meta(version)["classes"]
    declared = set(classes[cls].get("checks", ()))
    objects = [fn for fn, codes in OBJECT_RULES.get(cls, []) if not codes or declared.intersection(codes)]
    objects += [check for factory in OBJECT_RULE_FACTORIES
                if (check := factory(cls, classes[cls], version)) is not None]
    plan = Plan(objects=objects)
    for name, meta in classes[cls]["slots"].items():
        if meta["kind"] == "inlined":
            if meta["range"] in classes and not classes[meta["range"]]["record"]:
                plan.nested.append((name, meta["multivalued"], _plan(meta["range"], version)))
            continue
        ref = SlotRef(cls, name, meta, version)
        checks = tuple((code, fn) for selector, code, fn in FIELD_RULES if selector(ref))
        target = meta["range"] if meta["kind"] == "ref" else None
        if checks or target:
            plan.fields.append((name, ref, checks, meta["multivalued"], target))
    return plan


def references_in(plan: Plan, obj: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[str, str, tuple[Any, ...]]]:
    """Every reference in an object: (value, expected record type, path). Used to locate unresolved ones."""
    if not isinstance(obj, dict):
        return
    for name, _, _, multivalued, target in plan.fields:
        value = obj.get(name)
        if target is None or value is None:
            continue
        if multivalued and isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, str):
                    yield item, target, (*prefix, name, i)
        elif isinstance(value, str):
            yield value, target, (*prefix, name)
    for name, multivalued, sub in plan.nested:
        value = obj.get(name)
        if multivalued and isinstance(value, list):
            for i, item in enumerate(value):
                yield from references_in(sub, item, (*prefix, name, i))
        elif value is not None:
            yield from references_in(sub, value, (*prefix, name))


def apply(plan: Plan, obj: Any, scope: RecordScope, out: list[Finding], prefix: tuple[Any, ...] = ()) -> None:
    """Run a plan over an object, appending findings to ``out``.

    Values of the wrong shape are skipped silently (structural rules report those). References are resolved
    here against the ids seen so far; the rest wait for the end of the export. This loop runs for every record,
    so it avoids building paths and calling functions for values that pass.
    """
    if not isinstance(obj, dict):
        return
    ids_get = scope.context.ids.get
    for name, ref, checks, multivalued, target in plan.fields:
        value = obj.get(name)
        if value is None:
            continue
        if multivalued and isinstance(value, list):
            items: Any = enumerate(value)
        else:
            items = ((None, value),)
        for i, item in items:
            if target is not None:
                if isinstance(item, str) and ids_get(item) != target:
                    scope.context.references.append(sys.intern(item), target, scope.seq)
                continue
            if isinstance(item, (dict, list)):
                continue
            for code, fn in checks:
                result = fn(item, ref, scope)
                if result is not None:
                    path = (*prefix, name) if i is None else (*prefix, name, i)
                    if isinstance(result, tuple):
                        out.append((result[0], result[1], path))
                    else:
                        out.append((code, result, path))
    for name, multivalued, sub in plan.nested:
        value = obj.get(name)
        if value is None:
            continue
        if multivalued and isinstance(value, list):
            for i, item in enumerate(value):
                apply(sub, item, scope, out, (*prefix, name, i))
        else:
            apply(sub, value, scope, out, (*prefix, name))
    for check in plan.objects:
        for code, message, path in check(obj, scope) or ():
            out.append((code, message, (*prefix, *path)))
