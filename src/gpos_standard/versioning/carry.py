"""Records a target version cannot hold once the values it lacks are dropped (``gpos upgrade --drop-unsupported``).

Dropping a field or a code the target lacks can leave a record without a required field (an involvement whose role
is a code the older list lacks) or breaking one of the target's class rules (a victim registered without a report
or case, which an older version does not allow). Such a record is dropped as a whole, then every reference to it;
a record that loses a required reference that way goes too, until nothing changes.
"""

from __future__ import annotations

from typing import Any

from .._conditions import conditions_hold

Path = tuple[str | int, ...]


def _cannot_stand(record: dict[str, Any], cls: dict[str, Any]) -> str | None:
    for name, slot in cls["slots"].items():
        if slot.get("required") and name not in record:
            return f"without the field '{name}', which cannot be carried, the record is not valid"
    for rule in cls.get("rules", ()):
        if conditions_hold(record.get, rule.get("preconditions") or {}) and \
                not conditions_hold(record.get, rule.get("postconditions") or {}):
            return f"without what cannot be carried, the record breaks the class rule {rule['code']}"
    return None


def drop_records(out: dict[str, Any], meta: dict[str, Any]) -> list[tuple[Path, str]]:
    """Remove from ``out`` (an export in the target version ``meta``, its records at the indices they had in the
    source) the records that cannot stand and the references to them; (path, why) of each removal."""
    records = {(name, i): r for name, cls in meta["collections"].items() if isinstance(out.get(name), list)
               for i, r in enumerate(out[name]) if isinstance(r, dict)}
    classes = {name: meta["classes"][cls] for name, cls in meta["collections"].items()}
    notes: list[tuple[Path, str]] = []
    gone: set[tuple[str, int]] = set()
    check = set(records)
    order = list(meta["collections"])
    while check:
        dropped = []
        for key in sorted(check, key=lambda k: (order.index(k[0]), k[1])):  # sets of str: no stable order
            why = _cannot_stand(records[key], classes[key[0]]) if key not in gone else None
            if why is not None:
                dropped.append(key)
                notes.append((key, why))
        if not dropped:
            break
        gone.update(dropped)
        ids = {records[key].get("id") for key in dropped}
        check = set()
        for key, record in records.items():
            if key in gone:
                continue
            for name, slot in classes[key[0]]["slots"].items():
                if slot["kind"] != "ref" or name not in record:
                    continue
                value = record[name]
                if isinstance(value, list):
                    kept = [v for v in value if v not in ids]
                    for i, v in enumerate(value):
                        if v in ids:
                            notes.append(((*key, name, i), "a reference to a record that cannot be carried"))
                    if len(kept) != len(value):
                        if kept:
                            record[name] = kept
                        else:
                            del record[name]
                        check.add(key)
                elif value in ids:
                    notes.append(((*key, name), "a reference to a record that cannot be carried"))
                    del record[name]
                    check.add(key)
    for name in sorted({key[0] for key in gone}):
        out[name] = [r for i, r in enumerate(out[name]) if (name, i) not in gone]
        if not out[name]:
            del out[name]  # the standard has no empty lists
    return notes
