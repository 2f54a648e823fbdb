"""The classification rules of ``gpos diff``, element by element (see ``docs/guides/versioning.md``).

Each comparison names the element (``slot Person.is_minor``, ``code trafficking_indicator:physical_violence``) and
says what changed. A property this module does not know is counted as major: it cannot prove the change harmless.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from . import parse
from .diff import Change
from .patterns import widens

SENSITIVITY = ("public", "restricted", "personal", "special_category")
# Properties that document an element without changing what is valid: a change to any of them is a patch.
DOCUMENTATION = {"description", "added_in", "commitments", "title", "source", "translations", "class_uri",
                 "slot_uri", "meaning", "exact_mappings", "close_mappings", "related_mappings", "narrow_mappings",
                 "broad_mappings", "aliases", "comments", "see_also", "examples"}
DEPRECATION = ("deprecated", "deprecated_in", "replaced_by")
# Scopes of the rules whose every use the schema names (class rules, checks, date order, code-list formats): a new
# rule of one of them rejects data valid before only where one of those uses, classified on its own, does.
APPLIED_IN_SCHEMA = {"structural", "record", "identifier", "checksum", "cross_record", "time"}
# Conventions of the whole schema (its annotations) and the value that is the stricter one.
STRICT_CONVENTIONS = {"closed_classes": "true", "nulls": "forbidden"}


def _short(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


def _documentation(key: str, old: Any, new: Any) -> str:
    """"description changed", or with the values when they are short (commitments, added_in, a title)."""
    name = key.replace("_", " ")
    if key == "description" or len(_short(old)) + len(_short(new)) > 60:
        return f"{name} changed"
    show = [", ".join(map(str, v)) or "none" if isinstance(v, list) else "none" if v is None else str(v)
            for v in (old, new)]
    return f"{name} changed from {show[0]} to {show[1]}"


def _named_codes(meta: dict[str, Any]) -> set[str]:
    """The rule codes a version names where they apply: class and slot checks, class rules, type checks."""
    named: set[str] = set()
    for cls in meta.get("classes", {}).values():
        named.update(cls.get("checks", ()))
        named.update(rule.get("code", "") for rule in cls.get("rules", ()))
        for slot in cls.get("slots", {}).values():
            named.update(slot.get("checks", ()))
    for typ in meta.get("types", {}).values():
        named.update(str(typ.get("checks", "")).split())
    return named


class _Changes:
    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.out: list[Change] = []
        self.types = (old.get("types", {}), new.get("types", {}))
        self.severity = {**{c: r.get("severity", "error") for c, r in old.get("rules", {}).items()},
                         **{c: r.get("severity", "error") for c, r in new.get("rules", {}).items()}}
        self.applied: set[str] = set()  # rule codes newly applied where they can reject data valid before
        self.named = _named_codes(new)  # rule codes the new version's classes and types name where they apply

    def add(self, level: str, element: str, what: str, code: str | None = None) -> None:
        self.out.append(Change(level, element, what))
        if code is not None and level == "major":
            self.applied.add(code)

    def rule_level(self, code: str) -> str:
        """A new check of this rule: major for an error (it can reject data), minor for a warning."""
        return "minor" if self.severity.get(code) == "warning" else "major"

    def unknown(self, element: str, key: str, old: Any, new: Any) -> None:
        self.add("major", element, f"{key} changed from {_short(old)} to {_short(new)} (a property this diff does "
                                   "not know, so it cannot prove the change harmless)")

    def pattern(self, element: str, old: str | None, new: str | None) -> None:
        if old is None:
            self.add("major", element, f"pattern added: {new}")
        elif new is None:
            self.add("minor", element, f"pattern removed (was {old})")
        elif widens(old, new):
            self.add("minor", element, f"pattern widened from {old} to {new}")
        else:
            self.add("major", element, f"pattern changed from {old} to {new} (not provably wider)")

    def bound(self, element: str, key: str, old: Any, new: Any) -> None:
        lower = key == "minimum"
        if new is None:
            self.add("minor", element, f"{key} {old} removed")
        elif old is None:
            self.add("major", element, f"{key} {new} added")
        else:
            looser = new < old if lower else new > old
            self.add("minor" if looser else "major", element, f"{key} changed from {old} to {new}")

    def checks(self, element: str, old: Iterable[str] | None, new: Iterable[str] | None) -> None:
        before, after = list(old or ()), list(new or ())
        for code in after:
            if code not in before:
                self.add(self.rule_level(code), element, f"now checked by {code}", code)
        for code in before:
            if code not in after:
                self.add("minor", element, f"no longer checked by {code}")

    def deprecation(self, element: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        was, now = old.get("deprecated"), new.get("deprecated")
        replacement = new.get("replaced_by")
        if now and not was:
            version = new.get("deprecated_in") or (now if parse(str(now)) else None)  # a code: its version
            since = f" in {version}" if version else ""
            instead = f", replaced by {replacement.replace('|', ' or ')}" if replacement else ""
            self.add("minor", element, f"deprecated{since}{instead} (GPOS-W004 warns when it is used)")
        elif was and not now:
            self.add("minor", element, "no longer deprecated")
        elif was and old.get("replaced_by") != replacement:
            self.add("minor", element, f"replacement changed from {old.get('replaced_by')} to {replacement}")
        elif any(old.get(k) != new.get(k) for k in DEPRECATION):
            self.add("patch", element, "deprecation note changed")

    def properties(self, element: str, old: dict[str, Any], new: dict[str, Any],
                   special: dict[str, Callable[[Any, Any], None]], skip: Iterable[str] = (),
                   deprecation: bool = True) -> None:
        """Compare two property maps: documentation is a patch, ``special`` keys have their own rule, the
        deprecation keys are compared together, anything else is major."""
        skipped = {*skip, *DEPRECATION}
        for key in [*new, *(k for k in old if k not in new)]:
            if key in skipped or old.get(key) == new.get(key):
                continue
            if key in special:
                special[key](old.get(key), new.get(key))
            elif key in DOCUMENTATION:
                self.add("patch", element, _documentation(key, old.get(key), new.get(key)))
            else:
                self.unknown(element, key, old.get(key), new.get(key))
        if deprecation:
            self.deprecation(element, old, new)


def _both(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Names in new's order, then the names only old has."""
    return [*new, *(k for k in old if k not in new)]


# -- the whole schema ------------------------------------------------------------------------------------------------
def _schema(c: _Changes, old: dict[str, Any], new: dict[str, Any]) -> None:
    if old.get("root") != new.get("root"):
        c.add("major", "root class", f"changed from {old.get('root')} to {new.get('root')}")
    if old.get("record_id_pattern") != new.get("record_id_pattern"):
        c.pattern("record identifiers", old.get("record_id_pattern"), new.get("record_id_pattern"))
    before, after = old.get("conventions", {}), new.get("conventions", {})
    for key in _both(before, after):
        was, now, element = before.get(key), after.get(key), f"convention {key}"
        if was == now:
            continue
        if key in STRICT_CONVENTIONS:
            strict = STRICT_CONVENTIONS[key]
            level = "major" if now == strict else "minor" if was == strict else "major"
            c.add(level, element, f"changed from {was} to {now}")
        elif key == "extension_fields":
            if was is None:
                c.add("minor", element, f"added: fields named {now} are national extension fields, not errors")
            elif now is None:
                c.add("major", element, "removed: extension fields become unknown fields (GPOS-E003)")
            else:
                c.pattern(element, was, now)
        else:
            c.unknown(element, "value", was, now)
    before, after = old.get("collections", {}), new.get("collections", {})
    for name in _both(before, after):
        element = f"collection {name}"
        if name not in before:
            c.add("minor", element, f"added (records of {after[name]})")
        elif name not in after:
            c.add("major", element, "removed")
        elif before[name] != after[name]:
            c.add("major", element, f"holds {after[name]} instead of {before[name]}")


def _types(c: _Changes, old: dict[str, Any], new: dict[str, Any]) -> None:
    for name in _both(old, new):
        element = f"type {name}"
        if name not in old:
            c.add("minor", element, f"added ({new[name].get('base')})")
            continue
        if name not in new:
            renamed = [n for n in new if n not in old and _definition(new, n) == _definition(old, name)]
            if renamed:  # the slots that used it show the rename too
                c.add("patch", element, f"renamed to {renamed[0]}, which accepts the same values")
            else:
                c.add("major", element, "removed")
            continue
        c.properties(element, old[name], new[name], {
            "base": lambda a, b, e=element: c.add("major", e, f"base type changed from {a} to {b}"),
            "pattern": lambda a, b, e=element: c.pattern(e, a, b),
            "checks": lambda a, b, e=element: c.checks(e, a, b),
            "pattern_rule": lambda a, b, e=element: c.add("minor", e, f"pattern reported under {b} (was {a})"),
            "minimum": lambda a, b, e=element: c.bound(e, "minimum", a, b),
            "maximum": lambda a, b, e=element: c.bound(e, "maximum", a, b),
        })


# -- classes and slots -----------------------------------------------------------------------------------------------
def _sensitivity(c: _Changes, element: str, old: str, new: str) -> None:
    rank = {level: i for i, level in enumerate(SENSITIVITY)}
    if rank.get(new, len(rank)) > rank.get(old, -1):
        c.add("major", element, f"sensitivity raised from {old} to {new}: publishers must share it more carefully "
                                "(announced as a breaking change)")
    else:
        c.add("minor", element, f"sensitivity lowered from {old} to {new}")


def _definition(types: dict[str, Any], name: str) -> tuple[Any, ...]:
    """What a type accepts and how it is checked (a built-in type is its own definition)."""
    if name not in types:
        return (name,)
    t = types[name]
    return t.get("base"), t.get("pattern"), t.get("checks"), t.get("pattern_rule")


def _slot_type(c: _Changes, element: str, old: str | None, new: str | None) -> None:
    before, after = set((old or "").split("|")) - {""}, set((new or "").split("|")) - {""}
    same = {_definition(c.types[0], n) for n in before} == {_definition(c.types[1], n) for n in after}
    if before and same:
        c.add("patch", element, f"type renamed from {old} to {new}: it accepts the same values")
    elif before and after > before:
        c.add("minor", element, f"also accepts {', '.join(sorted(after - before))} (type {new}, was {old})")
    else:
        c.add("major", element, f"type changed from {old} to {new}")


def _flag(c: _Changes, element: str, gained: tuple[str, str], lost: tuple[str, str]) -> Callable[[Any, Any], None]:
    """A boolean property: (level, text) when it becomes true, and when it stops being true."""

    def apply(_: Any, now: Any) -> None:
        level, text = gained if now else lost
        c.add(level, element, text)

    return apply


def _slot(c: _Changes, element: str, old: dict[str, Any], new: dict[str, Any]) -> None:
    c.properties(element, old, new, {
        "required": _flag(c, element, ("major", "now required"), ("minor", "now optional")),
        "multivalued": _flag(c, element, ("major", "now a list"), ("major", "no longer a list")),
        "kind": lambda a, b: c.add("major", element, f"kind changed from {a} to {b}"),
        "range": lambda a, b: c.add("major", element, f"range changed from {a} to {b}"),
        "type": lambda a, b: _slot_type(c, element, a, b),
        "pattern": lambda a, b: c.pattern(element, a, b),
        "minimum": lambda a, b: c.bound(element, "minimum", a, b),
        "maximum": lambda a, b: c.bound(element, "maximum", a, b),
        "open": _flag(c, element, ("minor", "code list opened: other well-formed codes are accepted (GPOS-W001)"),
                      ("major", "code list closed: codes outside it become errors")),
        "sensitivity": lambda a, b: _sensitivity(c, element, a, b),
        "free_text": _flag(c, element, ("minor", "now free text (treated as personal)"),
                           ("minor", "no longer free text")),
        "pseudonymise": _flag(c, element, ("minor", "now pseudonymised when shared"),
                              ("minor", "no longer pseudonymised when shared")),
        "checks": lambda a, b: c.checks(element, a, b),
        "may_be_future": _flag(c, element, ("minor", "may now be in the future"),
                               ("major", "may no longer be in the future (GPOS-E031)")),
    })


def _rule_key(rule: dict[str, Any]) -> str:
    return json.dumps([rule.get("code"), rule.get("preconditions"), rule.get("postconditions")], sort_keys=True)


def _never_fires_on_old_data(rule: dict[str, Any], old_class: dict[str, Any]) -> str | None:
    """Why a class rule added (or rewritten) in NEW cannot reject an object that was valid in OLD, or None.

    Every condition of a rule but value_presence ABSENT needs its slot present (as the generated JSON Schema reads
    them). So the rule is harmless when a precondition needs a slot OLD does not have, or needs absent a slot OLD
    requires; when every postcondition only needs absent a slot OLD does not have; or when an OLD rule of the
    class has preconditions the new ones include and a postcondition needing present a slot the new ones need
    absent (the new rule is the old one narrowed to data the old one rejected).
    """
    slots = old_class.get("slots", {})
    pre, post = rule.get("preconditions") or {}, rule.get("postconditions") or {}
    for name, condition in pre.items():
        absent = condition.get("value_presence") == "ABSENT"
        if not absent and name not in slots:
            return f"its condition needs {name}, which data valid before never has"
        if absent and slots.get(name, {}).get("required"):
            return f"its condition needs {name} absent, which data valid before always has"
    if post and all(c.get("value_presence") == "ABSENT" and n not in slots for n, c in post.items()):
        return f"it needs absent only {', '.join(post)}, which data valid before never has"
    for old_rule in old_class.get("rules", ()):
        old_pre, old_post = old_rule.get("preconditions") or {}, old_rule.get("postconditions") or {}
        if all(pre.get(n) == c for n, c in old_pre.items()) and any(
                (c.get("required") or c.get("value_presence") == "PRESENT")
                and pre.get(n, {}).get("value_presence") == "ABSENT" for n, c in old_post.items()):
            return f"it applies only to objects that class rule {old_rule.get('code')} rejected before"
    return None


def _class_rules(c: _Changes, element: str, old: list[dict[str, Any]] | None, new: list[dict[str, Any]] | None,
                 old_class: dict[str, Any]) -> None:
    before = {_rule_key(r): r for r in old or ()}
    after = {_rule_key(r): r for r in new or ()}
    for key, rule in after.items():
        if key not in before:
            harmless = _never_fires_on_old_data(rule, old_class)
            what = f"class rule {rule['code']} added: {rule.get('description')}"
            if harmless and c.rule_level(rule["code"]) == "major":
                c.add("minor", element, f"{what} ({harmless})")
            else:
                c.add(c.rule_level(rule["code"]), element, what, rule["code"])
        elif before[key].get("description") != rule.get("description"):
            c.add("patch", element, f"description of class rule {rule['code']} changed")
    for key, rule in before.items():
        if key not in after:
            c.add("minor", element, f"class rule {rule['code']} removed: {rule.get('description')}")


def _date_order(c: _Changes, element: str, old: list[list[str]] | None, new: list[list[str]] | None) -> None:
    before, after = [tuple(x) for x in old or ()], [tuple(x) for x in new or ()]
    for chain in after:
        if chain not in before:
            c.add(c.rule_level("GPOS-E030"), element, f"dates must now be in order: {' <= '.join(chain)} (GPOS-E030)")
    for chain in before:
        if chain not in after:
            c.add("minor", element, f"dates no longer checked in order: {' <= '.join(chain)}")


def _classes(c: _Changes, old: dict[str, Any], new: dict[str, Any]) -> None:
    for name in _both(old, new):
        element = f"class {name}"
        if name not in old:
            kind = "record type" if new[name].get("record") else "abstract class" if new[name].get("abstract") \
                else "class"
            c.add("minor", element, f"added ({kind}, {len(new[name].get('slots', {}))} fields)")
            continue
        if name not in new:
            c.add("major", element, "removed")
            continue
        o, n = old[name], new[name]
        c.properties(element, o, n, {
            "record": _flag(c, element, ("major", "now a record type"), ("major", "no longer a record type")),
            "abstract": _flag(c, element, ("major", "now abstract"), ("minor", "no longer abstract")),
            "checks": lambda a, b, e=element: c.checks(e, a, b),
            "date_order": lambda a, b, e=element: _date_order(c, e, a, b),
            "rules": lambda a, b, e=element, before=o: _class_rules(c, e, a, b, before),
        }, skip=("slots",))
        slots_old, slots_new = o.get("slots", {}), n.get("slots", {})
        for slot in _both(slots_old, slots_new):
            where = f"slot {name}.{slot}"
            if slot not in slots_old:
                required = slots_new[slot].get("required")
                c.add("major" if required else "minor", where, "added" + (" as a required field" if required
                                                                           else " (optional)"))
            elif slot not in slots_new:
                c.add("major", where, "removed")
            else:
                _slot(c, where, slots_old[slot], slots_new[slot])


# -- code lists ------------------------------------------------------------------------------------------------------
def _languages(c: _Changes, element: str, what: str, old: dict[str, Any] | None, new: dict[str, Any] | None) -> None:
    before, after = old or {}, new or {}
    changed = [k for k in _both(before, after) if before.get(k) != after.get(k)]
    if changed:
        c.add("patch", element, f"{what} changed ({', '.join(changed)})")


def _attributes(c: _Changes, element: str, old: dict[str, Any] | None, new: dict[str, Any] | None) -> None:
    """Attribute columns select checks (the address format of a crypto network, the value format of an
    indicator type): setting or changing one can reject values that passed before."""
    before, after = old or {}, new or {}
    for key in _both(before, after):
        if key.endswith("_severity"):  # `warning`: the check of the matching _format reports warnings only
            if before.get(key) == after.get(key):
                continue
            if after.get(key) == "warning":
                c.add("minor", element, f"{key} set to 'warning': its check no longer rejects values")
            else:
                c.add("major", element, f"{key} {before.get(key)!r} removed: its check now rejects values")
            continue
        warned = after.get(key.replace("_format", "_severity")) == "warning"
        if key not in before and warned:
            c.add("minor", element, f"{key} set to {after[key]!r}: values are now checked against it, as warnings")
        elif key not in before:
            c.add("major", element, f"{key} set to {after[key]!r}: values are now checked against it")
        elif key not in after:
            c.add("minor", element, f"{key} {before[key]!r} removed: values are no longer checked against it")
        elif before[key] != after[key]:
            c.add("major", element, f"{key} changed from {before[key]!r} to {after[key]!r}")


def _codes(c: _Changes, name: str, old: list[dict[str, Any]], new: list[dict[str, Any]]) -> None:
    before, after = {x["code"]: x for x in old}, {x["code"]: x for x in new}
    for code in _both(before, after):
        element = f"code {name}:{code}"
        if code not in before:
            c.add("minor", element, "added")
        elif code not in after:
            c.add("major", element, "removed")
        else:
            c.properties(element, before[code], after[code], {
                "titles": lambda a, b, e=element: _languages(c, e, "titles", a, b),
                "crosswalk": lambda a, b, e=element: _languages(c, e, "crosswalks", a, b),
                "parent": lambda a, b, e=element: c.add("major", e, f"moved under {b} (was under {a}): what it "
                                                                    "groups with, and so what it means, changes"),
                "attributes": lambda a, b, e=element: _attributes(c, e, a, b),
            }, skip=("code",))


def _enums(c: _Changes, old: dict[str, Any], old_lists: dict[str, Any], new: dict[str, Any],
           new_lists: dict[str, Any]) -> None:
    for name in _both(old, new):
        either = new.get(name) or old[name]
        listed = either.get("codelist")
        element = f"code list {listed}" if listed else f"enum {name}"
        if name not in old:
            count = len(new_lists.get(listed, {}).get("codes", ())) if listed else 0
            c.add("minor", element, f"added ({count} codes)" if listed else "added")
            continue
        if name not in new:
            c.add("major", element, "removed")
            continue
        c.properties(element, old[name], new[name], {
            "closed": _flag(c, element, ("major", "closed: codes outside it become errors"),
                            ("minor", "opened: other well-formed codes are accepted (GPOS-W001)")),
            "codelist": lambda a, b, e=element: c.add("major", e, f"holds the code list {b} instead of {a}"),
            "rule": lambda a, b, e=element: c.add("minor", e, f"reported under {b} (was {a})"),
        }, deprecation=False)  # deprecated codes are compared code by code below
        if listed and old[name].get("codelist") == listed and listed in old_lists and listed in new_lists:
            o, n = old_lists[listed], new_lists[listed]
            c.properties(element, o, n, {
                "hierarchical": lambda a, b, e=element: c.add("minor", e, f"hierarchical changed from {a} to {b}"),
                "translations": lambda a, b, e=element: _languages(c, e, "translation status", a, b),
            }, skip=("codes", "enum", "closed"))
            _codes(c, listed, o.get("codes", []), n.get("codes", []))


def _rules(c: _Changes, old: dict[str, Any], new: dict[str, Any]) -> None:
    for code in _both(old, new):
        element = f"rule {code}"
        if code not in old:
            rule = new[code]
            if rule.get("severity") == "warning":
                c.add("minor", element, f"added (warning): {rule.get('title')}")
            elif rule.get("scope") in APPLIED_IN_SCHEMA and code in c.named and code not in c.applied:
                c.add("minor", element, f"added (error), applied only where data valid before cannot be: "
                                        f"{rule.get('title')}")
            elif rule.get("scope") == "extension":
                c.add("minor", element, f"added (error, applied only to a national extension the receiver checks "
                                        f"against): {rule.get('title')}")
            else:
                c.add("major", element, f"added (error): {rule.get('title')}")
            continue
        if code not in new:
            c.add("minor", element, "removed (its code is never reused)")
            continue
        c.properties(element, old[code], new[code], {
            "severity": lambda a, b, e=element: c.add("major" if b == "error" else "minor", e,
                                                      f"severity changed from {a} to {b}"),
            "scope": lambda a, b, e=element: c.add("patch", e, f"scope changed from {a} to {b}"),
            "linkml": lambda a, b, e=element: c.add("patch", e, "LinkML expression note changed"),
        })


def compare(old: dict[str, Any], old_lists: dict[str, Any], new: dict[str, Any],
            new_lists: dict[str, Any]) -> list[Change]:
    c = _Changes(old, new)
    _schema(c, old, new)
    _classes(c, old.get("classes", {}), new.get("classes", {}))
    _types(c, old.get("types", {}), new.get("types", {}))
    _enums(c, old.get("enums", {}), old_lists, new.get("enums", {}), new_lists)
    _rules(c, old.get("rules", {}), new.get("rules", {}))
    return c.out
