"""Redaction: an export prepared for one audience by applying the sharing policy to every value.

Everything not explicitly allowed by :mod:`.policy` is removed: unknown fields and values of the wrong shape
(``--allow-invalid``) are dropped, references to dropped records are removed (and records that cannot exist
without them dropped too), so the output is a valid export with its referential integrity intact. Free text is
passed through the personal-data detector (:mod:`.detect`) where the policy says so. What was done is returned
as a Redaction (audience, ceiling, key id, one step per slot and action with the number of values affected) for
the manifest.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import Any

from ..resources import schema_meta
from ..schema_info import is_free_text
from .detect import Detector
from .keys import Key
from .policy import CHILD_BANDS, MINOR_FLAGS, Action, SlotPlan, audience, classes, dropped_types, plan, rank
from .pseudonym import TYPE_KIND, Pseudonymiser

_SLOT_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
PRECISION_SUFFIX = "_precision"  # the slot giving how much of a date is known
_AGE_BANDS = ((12, "age_00_11"), (18, "age_12_17"), (25, "age_18_24"), (35, "age_25_34"), (45, "age_35_44"),
              (55, "age_45_54"), (65, "age_55_64"))
PUBLIC_MARKING = "CLEAR"

# Pseudonym kind per slot: the same identifier gets the same pseudonym wherever it appears (a phone number in a
# person's contact details and in an indicator, a wallet in an account and in an indicator).
_Kind = Callable[[dict[str, Any]], tuple[str, str | None]]


def _code(obj: dict[str, Any], name: str) -> str:
    """A code field of an object, or "" when absent or not text (invalid data redacted with --allow-invalid)."""
    value = obj.get(name)
    return value if isinstance(value, str) else ""


def _typed(field: str) -> _Kind:
    return lambda o: (TYPE_KIND.get(_code(o, field), _code(o, field)), _code(o, "crypto_network") or None)


SLOT_KIND: dict[tuple[str, str], _Kind] = {
    ("Person", "names"): lambda o: ("name", None),
    ("FinancialAccount", "holder_name"): lambda o: ("name", None),
    ("IdentityDocument", "number"): lambda o: ("identity_document", None),
    ("ContactDetail", "value"): lambda o: (_typed("kind")(o)[0], None),
    ("FinancialAccount", "iban"): lambda o: ("iban", None),
    ("FinancialAccount", "account_number"): lambda o: ("account_number", None),
    ("FinancialAccount", "wallet_address"): lambda o: ("wallet", _code(o, "crypto_network") or None),
    ("Transaction", "reference"): lambda o: ("transaction_reference", None),
    ("Indicator", "value"): _typed("indicator_type"),
    ("Indicator", "normalised_value"): _typed("indicator_type"),
}


def _shaped(meta: dict[str, Any], value: Any) -> bool:
    """Whether a value has the shape its slot declares (ids and references text, objects objects); values of
    another shape only occur in invalid data, and are dropped rather than guessed at."""
    if meta["multivalued"]:
        return isinstance(value, list) and all(_shaped({**meta, "multivalued": False}, v) for v in value)
    if meta["kind"] == "inlined":
        return isinstance(value, dict)
    if meta["kind"] in ("ref", "enum") or meta["range"] in ("string", "date", "datetime"):
        return isinstance(value, str)
    return not isinstance(value, dict | list)


def age_band(date_of_birth: str, at: str) -> str:
    """The age band of someone born on ``date_of_birth`` on the day ``at`` (both ISO dates)."""
    try:
        born, day = date.fromisoformat(date_of_birth[:10]), date.fromisoformat(at[:10])
    except ValueError:
        return "unknown"
    age = day.year - born.year - ((day.month, day.day) < (born.month, born.day))
    if age < 0:
        return "unknown"
    return next((band for limit, band in _AGE_BANDS if age < limit), "age_65_plus")


def _is_child(person: dict[str, Any], at: str) -> bool:
    dob = person.get("date_of_birth")
    by_dob = isinstance(dob, str) and age_band(dob, at) in CHILD_BANDS
    minor = any(person.get(name) is True for name in MINOR_FLAGS)
    return minor or _code(person, "age_band") in CHILD_BANDS or by_dob


class Redactor:
    """Redacts one export document for one audience; single use."""

    def __init__(self, audience_name: str, key: Key | bytes | None = None,
                 previous: dict[str, Any] | None = None) -> None:
        self.audience = audience(audience_name)
        self.table = plan(audience_name)
        self.key = Key(key) if isinstance(key, bytes) else key
        self.pseudonyms = Pseudonymiser(self.key, trusted=_trusted(previous, self.key))
        self.detector: Detector | None = None
        self.steps: Counter[tuple[str, str]] = Counter()
        self.ids: dict[str, str] = {}
        self.dropped: set[str] = set()
        self.region: str | None = None
        self.created_at = ""
        self.gone_types = set(dropped_types(audience_name))

    # -- bookkeeping ---------------------------------------------------------------------------------------------
    def _step(self, cls: str, slot: str, action: Action | str, n: int = 1) -> None:
        if n and _SLOT_NAME.match(slot):
            self.steps[(f"{cls}.{slot}", action.value if isinstance(action, Action) else action)] += n

    def redaction(self) -> dict[str, Any]:
        out: dict[str, Any] = {"audience": self.audience.name, "ceiling": self.audience.ceiling}
        if self.pseudonyms.key_id:
            out["key_id"] = self.pseudonyms.key_id
        if self.steps:
            out["steps"] = [{"slot": slot, "action": action, "values_affected": n}
                            for (slot, action), n in sorted(self.steps.items())]
        return out

    # -- the run -------------------------------------------------------------------------------------------------
    def run(self, document: dict[str, Any]) -> dict[str, Any]:
        meta = schema_meta()
        collections: dict[str, str] = meta["collections"]
        self.region = document.get("member_country") if isinstance(document.get("member_country"), str) else None
        self.pseudonyms.prefix = Pseudonymiser(None, country=self.region).prefix
        self.created_at = str(document.get("created_at", ""))
        if self.audience.free_text != "keep":
            self.detector = Detector(document, self.region)
        records = {coll: [r for r in document.get(coll) if isinstance(r, dict)] if isinstance(
            document.get(coll), list) else [] for coll in collections}
        gone_types = self.gone_types
        for coll, cls in collections.items():
            if cls in gone_types:
                self.dropped.update(str(r.get("id")) for r in records[coll])
                self._step("Export", coll, Action.DROP, len(records[coll]))
        self._map_ids(records, collections, gone_types)
        out: dict[str, Any] = {}
        while True:  # records losing a required reference are dropped, which may drop others in turn
            before = len(self.dropped)
            steps_before = self.steps.copy()
            out = {coll: self._records(cls, records[coll]) for coll, cls in collections.items()
                   if cls not in gone_types}
            if len(self.dropped) == before:
                break
            self.steps = steps_before
        for coll, cls in collections.items():
            kept = out.get(coll)
            if cls not in gone_types and kept is not None and len(kept) < len(records[coll]):
                self._step("Export", coll, Action.DROP, len(records[coll]) - len(kept))
        return self._assemble(document, out, collections)

    def _map_ids(self, records: dict[str, list[dict[str, Any]]], collections: dict[str, str],
                 gone: set[str]) -> None:
        for coll, cls in collections.items():
            if cls in gone or self.table[cls]["id"].action is not Action.PSEUDONYMISE_REF:
                continue
            for record in records[coll]:
                if isinstance(record.get("id"), str):
                    self.ids[record["id"]] = self.pseudonyms.record_id(record["id"], f"{cls}.id")

    def _records(self, cls: str, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return list(self.each(cls, items))

    def each(self, cls: str, items: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        """The redacted records of a collection of class ``cls`` (one pass; records it drops are noted)."""
        for record in items:
            if str(record.get("id")) in self.dropped:
                continue
            if cls == "Person" and rank(self.audience.ceiling) < rank("special_category") and \
                    _is_child(record, self.created_at):
                record = self._child(record)
            result = self._object(cls, record)
            if result is None:
                self.dropped.add(str(record.get("id")))
                continue
            yield result

    def _child(self, person: dict[str, Any]) -> dict[str, Any]:
        """Any data about a child is special-category: below that ceiling only the (pseudonymous) id remains."""
        for name, value in person.items():
            if name != "id":
                self._step("Person", name, Action.DROP, len(value) if isinstance(value, list) else 1)
        return {"id": person["id"]} if "id" in person else {}

    def _assemble(self, document: dict[str, Any], out: dict[str, Any], collections: dict[str, str]) -> dict[str, Any]:
        export_slots = classes()[schema_meta()["root"]]["slots"]
        result: dict[str, Any] = {}
        for name, value in document.items():
            if name in collections or name == "redaction":
                continue
            meta = export_slots.get(name)
            if meta is None or not _shaped(meta, value):
                self._step("Export", name, Action.DROP)
            elif meta["kind"] == "ref":
                result[name] = self.ids.get(value, value)
            elif is_free_text(meta) and self.detector is not None:
                result[name] = self._screen("Export", name, value)
            else:
                result[name] = value
        if self.audience.name == "public_statistics" and result.get("sharing_marking") != PUBLIC_MARKING:
            result["sharing_marking"] = PUBLIC_MARKING
        # The redaction is recorded as the current version records it (key_id, steps for new slots), so a redacted
        # export of an older minor version is written in the current one: a minor upgrade loses nothing.
        result["standard_version"] = schema_meta()["version"]
        if "redaction" in export_slots:  # recorded in the envelope once the schema has a slot for it
            result["redaction"] = self.redaction()
        for coll in collections:
            if out.get(coll):
                result[coll] = out[coll]
        return result

    def _screen(self, cls: str, name: str, text: str) -> str:
        assert self.detector is not None
        new, found = self.detector.scrub(text)
        if found:
            self._step(cls, name, Action.SCREEN)
        return new

    # -- one object ----------------------------------------------------------------------------------------------
    def _object(self, cls: str, obj: dict[str, Any]) -> dict[str, Any] | None:
        slots = classes()[cls]["slots"]
        out: dict[str, Any] = {}
        for name, value in obj.items():
            decision = self.table[cls].get(name)
            if decision is None:  # an unknown field: its sensitivity is unknown, so it never travels
                # (a national extension's prefix:field is recorded as the class's extension fields)
                self._step(cls, "extension_fields" if ":" in name else name, Action.DROP)
                continue
            meta = slots[name]
            if meta["required"] and decision.action is Action.REQUIRED:
                return None
            if not _shaped(meta, value):
                self._step(cls, name, Action.DROP)
                if meta["required"]:
                    return None
                continue
            kept = self._slot(cls, name, meta, decision, value, obj)
            if kept is _MISSING:
                if meta["required"]:
                    return None
                continue
            out[name] = kept
        if cls == "Person" and "date_of_birth" in obj and self.table[cls]["date_of_birth"].action is Action.AGE_BAND:
            out["age_band"] = age_band(str(obj["date_of_birth"]), self.created_at)
        self._precisions(cls, obj, out, slots)
        return out

    def _precisions(self, cls: str, obj: dict[str, Any], out: dict[str, Any], slots: dict[str, Any]) -> None:
        """Keep each date's precision (slot <date>_precision, 0.2.0) true: a date generalised to its month is known to
        the month at most, and a precision whose date was dropped goes with it."""
        for name, meta in slots.items():
            date = name[: -len(PRECISION_SUFFIX)]
            if meta["range"] != "DatePrecision" or not name.endswith(PRECISION_SUFFIX) or date not in slots:
                continue
            if date not in out:
                if out.pop(name, None) is not None:
                    self._step(cls, name, Action.DROP)
            elif self.table[cls][date].action is Action.MONTH and obj.get(name) != "year":
                out[name] = "month"

    def _slot(self, cls: str, name: str, meta: dict[str, Any], decision: SlotPlan, value: Any,
              obj: dict[str, Any]) -> Any:
        action = decision.action
        values = value if isinstance(value, list) else [value]
        if action in (Action.DROP, Action.REQUIRED, Action.AGE_BAND):
            self._step(cls, name, action if action is Action.AGE_BAND else Action.DROP, len(values))
            return _MISSING
        if name == "id" and action is Action.PSEUDONYMISE_REF:
            self._step(cls, name, action)
            return self.ids.get(value) or self.pseudonyms.record_id(value, f"{cls}.id")
        if action is Action.SCREEN:
            new = [self._screen(cls, name, v) for v in values]
            return new if isinstance(value, list) else new[0]
        if meta["kind"] == "ref":
            return self._refs(cls, name, meta, value, values)
        if action is Action.PSEUDONYMISE:
            kind, network = SLOT_KIND.get((cls, name), lambda o: (name, None))(obj)
            new = list(dict.fromkeys(
                self.pseudonyms.value(kind, v, region=self.region, network=network, what=f"{cls}.{name}")
                for v in values))
            self._step(cls, name, action, len(values))
            return new if isinstance(value, list) else new[0]
        if action is Action.MONTH:
            self._step(cls, name, action, len(values))
            new = [v[:8] + "01" if isinstance(v, str) and len(v) >= 10 else v for v in values]
            return new if isinstance(value, list) else new[0]
        if meta["kind"] == "inlined":
            return self._inlined(cls, name, meta, decision, value, values)
        return value

    def _refs(self, cls: str, name: str, meta: dict[str, Any], value: Any, values: list[Any]) -> Any:
        """References follow their target: removed if it was dropped, pseudonymised if its id is."""
        target = meta["range"]
        gone = target in self.gone_types
        pseudonymous = target in self.table and self.table[target]["id"].action is Action.PSEUDONYMISE_REF
        kept, removed, mapped = [], 0, 0
        for v in values:
            if gone or (isinstance(v, str) and v in self.dropped):
                removed += 1
                continue
            if pseudonymous:
                v, mapped = self.ids.get(v) or self.pseudonyms.record_id(v, f"{target}.id"), mapped + 1
            kept.append(v)
        self._step(cls, name, Action.DROP, removed)
        self._step(cls, name, Action.PSEUDONYMISE_REF, mapped)
        if not kept:
            return _MISSING
        return kept if isinstance(value, list) else kept[0]

    def _inlined(self, cls: str, name: str, meta: dict[str, Any], decision: SlotPlan, value: Any,
                 values: list[Any]) -> Any:
        kept = []
        for v in values:
            if not isinstance(v, dict):
                kept.append(v)
                continue
            new = self._object(meta["range"], v)
            if new:
                kept.append(new)
                if decision.action is Action.REGION and new != v:
                    self._step(cls, name, Action.REGION)
            else:
                self._step(cls, name, Action.DROP)
        if not kept:
            return _MISSING
        return kept if isinstance(value, list) else kept[0]


_MISSING: Any = object()


def _trusted(previous: dict[str, Any] | None, key: Key | None) -> set[str]:
    """The slots an input package's own redaction pseudonymised under this same key (by key id)."""
    if not isinstance(previous, dict) or key is None or key.key_id is None or previous.get("key_id") != key.key_id:
        return set()
    steps = previous.get("steps") if isinstance(previous.get("steps"), list) else []
    return {step["slot"] for step in steps if isinstance(step, dict) and isinstance(step.get("slot"), str)
            and step.get("action") in (Action.PSEUDONYMISE.value, Action.PSEUDONYMISE_REF.value)}


def redact(document: dict[str, Any], audience_name: str, key: Key | bytes | None = None,
           previous: dict[str, Any] | None = None) -> tuple[dict[str, Any], dict[str, Any]]:
    """The export redacted for the audience, and the Redaction describing what was done.

    ``previous``: the Redaction of the input, when it is a package ``gpos redact`` made (from its manifest).
    Raises :class:`~.keys.KeyProblem` when something must be pseudonymised and no key was given.
    """
    redactor = Redactor(audience_name, key, previous)
    result = redactor.run(document)
    return result, redactor.redaction()
