"""MISP event(s) -> a GPOS export, with the report of what the standard cannot carry.

Objects made by GPOS (comment "GPOS <collection> <id>") come back as the same records with the same ids; objects
and attributes of other events become records with ids made from their MISP uuid. Whatever has no place in GPOS
(other templates, relations, tags, galaxies) is counted in the not-carried report, never silently dropped.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from .. import ConversionError, ImportOptions, ImportResult
from .._read import read_json
from .._tables import reverse_crosswalk, table
from ..prune import drop_invalid_records

Record = dict[str, Any]
_OURS = re.compile(r"^GPOS (?P<collection>[a-z_]+) (?P<id>\S+)$")


def _events(content: Any) -> list[Record]:
    """The events of a MISP JSON file: one event, an event list, or a search response."""
    if isinstance(content, dict) and "response" in content:
        content = content["response"]
    items = content if isinstance(content, list) else [content]
    events = [i.get("Event", i) if isinstance(i, dict) else None for i in items]
    if not events or any(not isinstance(e, dict) or not ({"info", "Attribute", "Object"} & set(e)) for e in events):
        raise ConversionError("not a MISP event (expected an object with Event, or a list of them)")
    return events  # type: ignore[return-value]


def _items(value: Any) -> list[Record]:
    """The objects of a list in a MISP file; anything else there is ignored rather than trusted."""
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _values(obj: Record) -> list[tuple[str, str, Record]]:
    return [(str(a.get("object_relation", "")), str(a.get("value", "")), a) for a in _items(obj.get("Attribute"))
            if not a.get("deleted")]


def _tag_names(item: Record) -> list[str]:
    return [str(t.get("name", "")) for t in _items(item.get("Tag"))]


def _status(attribute: Record) -> str:
    """The indicator status from the attribute's phishing:state tag ("unknown" without one)."""
    codes = reverse_crosswalk("indicator_status", "misp")
    return next((codes[t] for t in _tag_names(attribute) if t in codes), "unknown")


def _namespace(tag: str) -> str:
    return re.split(r"[:=]", tag, maxsplit=1)[0]


class _Builder:
    def __init__(self, result: ImportResult) -> None:
        self.result = result
        self.doc: Record = {}
        self.envelope: Record = {}
        self.ids: set[tuple[str, str]] = set()
        self.table = table("misp")

    def add(self, collection: str, record: Record, where: str) -> None:
        if (collection, record["id"]) in self.ids:
            self.result.skip(where, "a second record with the same id")
            return
        self.ids.add((collection, record["id"]))
        self.doc.setdefault(collection, []).append(record)

    def not_carried(self, where: str, reason: str, example: str = "") -> None:
        self.result.skip(where, reason, example)

    # -- objects
    def obj(self, obj: Record) -> None:
        self.result.records_read += 1
        name = str(obj.get("name", ""))
        ours = _OURS.match(str(obj.get("comment") or ""))
        values = _values(obj)
        if name == self.table["envelope"]["object"] and ("type", self.table["envelope"]["type"]) in [
                (r, v) for r, v, _ in values]:
            self.envelope_from(values)
            return
        collection = ours["collection"] if ours else self.table["foreign_objects"].get(name)
        if collection is None and any(s["object"] == name for s in self.table["indicators"].values()):
            collection = "indicators"
        record_id = ours["id"] if ours else f"MISP-{obj.get('uuid', '')}"
        handler = {"indicators": self.indicators, "financial_accounts": self.account, "persons": self.person,
                   "organisations": self.organisation, "transactions": self.transaction}.get(collection or "")
        if handler is None:
            self.not_carried(f"object {name}", "no GPOS record for this MISP object template",
                             f"object {obj.get('uuid')}")
            self.result.records_skipped += 1
            return
        handler(name, record_id, obj, values, bool(ours))

    def indicators(self, name: str, record_id: str, obj: Record, values: list[tuple[str, str, Record]],
                   ours: bool) -> None:
        present = {r: v for r, v, _ in values}
        used: set[str] = set()
        for indicator_type, spec in self.table["indicators"].items():
            if spec["object"] != name or any(present.get(k) != v for k, v in spec.get("fixed", {}).items()):
                continue
            relations = {spec["relation"], *spec.get("by_length", {}).values()}
            for relation, value, attribute in values:
                if relation not in relations:
                    continue
                record: Record = {"id": record_id if ours else f"MISP-{attribute.get('uuid', '')}",
                                  "indicator_type": indicator_type, "value": value, "status": _status(attribute)}
                for gpos, misp in self.table["indicator_fields"].items():
                    if obj.get(misp):
                        record[gpos] = str(obj[misp])
                self.add("indicators", record, f"object {name}")
                used.add(relation)
                used.update(spec.get("fixed", {}))
        self.rest(name, values, used)

    def rest(self, name: str, values: list[tuple[str, str, Record]], used: set[str]) -> None:
        for relation, _, attribute in values:
            if relation not in used:
                self.not_carried(f"object {name}: {relation}", "no GPOS field for this object relation",
                                 f"attribute {attribute.get('uuid')}")
            else:
                for tag in _tag_names(attribute):
                    if tag not in reverse_crosswalk("indicator_status", "misp"):
                        self.not_carried(f"attribute tag {_namespace(tag)}", "no GPOS field for this taxonomy")

    def account(self, name: str, record_id: str, obj: Record, values: list[tuple[str, str, Record]],
                ours: bool) -> None:
        spec = self.table["financial_accounts"]
        present = {r: v for r, v, _ in values}
        if name == spec["crypto"]["object"]:
            crypto = spec["crypto"]
            record: Record = {"id": record_id, "account_type": crypto["types"][0]}
            pairs = {**crypto["fields"], **crypto["first_of"]}
            for gpos, misp in pairs.items():
                if misp in present:
                    record[gpos] = [present[misp]] if gpos in crypto["first_of"] else present[misp]
        else:
            bank = spec["bank"]
            other = present.get("non-banking-institution") in ("1", "true", "True")
            record = {"id": record_id, "account_type": bank["other_type"] if other else bank["bank_type"]}
            pairs = bank["fields"]
            record.update({g: present[m] for g, m in pairs.items() if m in present})
            pairs = {**pairs, "_": "non-banking-institution"}
        self.add("financial_accounts", record, f"object {name}")
        self.rest(name, values, set(pairs.values()))

    def person(self, name: str, record_id: str, obj: Record, values: list[tuple[str, str, Record]],
               ours: bool) -> None:
        spec = self.table["persons"]
        record: Record = {"id": record_id}
        used = {spec["roles"]}
        names = [v for r, v, _ in values if r in spec["first_of"].values()]
        names += [v for r, v, _ in values if r in spec["rest_of"].values()]
        if names:
            record["names"] = names
        used |= set(spec["first_of"].values()) | set(spec["rest_of"].values())
        present = {r: v for r, v, _ in values}
        record.update({g: present[m] for g, m in spec["fields"].items() if m in present})
        used |= set(spec["fields"].values())
        for gpos, misp in spec["list_fields"].items():
            items = [v for r, v, _ in values if r == misp]
            if items:
                record[gpos] = items
            used.add(misp)
        for gpos, misp in spec["coded"].items():
            codes = [reverse_crosswalk(gpos, "misp").get(v) for r, v, _ in values if r == misp]
            if codes and codes[0]:
                record[gpos] = codes[0]
                used.add(misp)
        if any(r == spec["roles"] for r, _, _ in values):
            self.not_carried(f"object {name}: {spec['roles']}", "a role needs a case or report to involve the "
                             "person in; MISP does not say which")
        self.add("persons", record, f"object {name}")
        self.rest(name, values, used)

    def transaction(self, name: str, record_id: str, obj: Record, values: list[tuple[str, str, Record]],
                    ours: bool) -> None:
        spec = self.table["transactions"]
        present = {r: v for r, v, _ in values}
        amount = {"amount": present.get(spec["amount"], ""), "crypto_asset": present.get(spec["asset"], "")}
        record: Record = {"id": record_id, "payment_method": spec["import_payment_method"], "amount": amount,
                          "executed_at": present.get(spec["time"], "")}
        record.update({g: present[m] for g, m in spec["fields"].items() if m in present})
        self.add("transactions", record, f"object {name}")
        self.rest(name, values, {*spec["fields"].values(), spec["amount"], spec["asset"], spec["time"]})

    def organisation(self, name: str, record_id: str, obj: Record, values: list[tuple[str, str, Record]],
                     ours: bool) -> None:
        spec = self.table["organisations"]
        present = {r: v for r, v, _ in values}
        record: Record = {"id": record_id, "organisation_type": spec["import_type"]}
        record.update({g: present[m] for g, m in spec["fields"].items() if m in present})
        if "name" not in record:
            self.not_carried(f"object {name}", "an organisation needs a name")
            return
        self.add("organisations", record, f"object {name}")
        self.rest(name, values, set(spec["fields"].values()))

    def envelope_from(self, values: list[tuple[str, str, Record]]) -> None:
        present = {r: v for r, v, _ in values}
        try:
            rest = json.loads(present.get("comment", "{}"))
        except ValueError:
            rest = {}
        self.envelope = {**(rest if isinstance(rest, dict) else {}), "export_id": present.get("identifier")}

    # -- attributes and the event
    def attribute(self, attribute: Record) -> None:
        self.result.records_read += 1
        kind = str(attribute.get("type", ""))
        indicator_type = self.table["attributes"].get(kind)
        if indicator_type is None:
            self.not_carried(f"attribute {kind}", "no GPOS indicator type for this MISP attribute type",
                             f"attribute {attribute.get('uuid')}")
            self.result.records_skipped += 1
            return
        record = {"id": f"MISP-{attribute.get('uuid', '')}", "indicator_type": indicator_type,
                  "value": str(attribute.get("value", "")), "status": _status(attribute)}
        for field in ("first_seen", "last_seen"):
            if attribute.get(field):
                record[field] = str(attribute[field])
        self.add("indicators", record, f"attribute {kind}")
        self.rest(kind, [(kind, "", attribute)], {kind})

    def event(self, event: Record) -> None:
        if event.get("info") and not any(str(o.get("comment", "")).startswith("GPOS export ")
                                         for o in _items(event.get("Object"))):
            self.not_carried("event info", "no GPOS field for the title of an event (free text)")
        for attribute in _items(event.get("Attribute")):
            if not attribute.get("deleted"):
                self.attribute(attribute)
        for obj in _items(event.get("Object")):
            if not obj.get("deleted"):
                self.obj(obj)
        marking = reverse_crosswalk("sharing_marking", "misp")
        for tag in _tag_names(event):
            if tag in marking:
                self.envelope.setdefault("sharing_marking", marking[tag])
            else:
                self.not_carried(f"event tag {_namespace(tag)}", "MISP holds no scam report or case to carry it")
        for galaxy in _items(event.get("Galaxy")):
            self.not_carried(f"galaxy {galaxy.get('type', '')}", "no GPOS field for MISP galaxy clusters")
        for key in ("EventReport", "Sighting", "ShadowAttribute"):
            if event.get(key):
                self.not_carried(f"event {key}", "no GPOS record for it", "")


def _moment(event: Record) -> str:
    stamp = event.get("timestamp") or event.get("publish_timestamp")
    if stamp and str(stamp).isdigit():
        return datetime.fromtimestamp(int(stamp), timezone.utc).isoformat().replace("+00:00", "Z")
    return f"{event.get('date') or '1970-01-01'}T00:00:00Z"


def _envelope(builder: _Builder, events: list[Record], options: ImportOptions) -> Record:
    from ...resources import current_version

    first = events[0]
    envelope = dict(builder.envelope)
    defaults = table("misp")["import_defaults"]
    org = first.get("Orgc") or first.get("Org") or {}
    org = org if isinstance(org, dict) else {}
    publisher = options.publisher or envelope.get("publisher")
    if not publisher:
        publisher = f"MISP-{org.get('uuid') or 'ORG'}"
        if ("organisations", publisher) not in builder.ids:
            builder.add("organisations", {"id": publisher, "name": str(org.get("name") or "MISP organisation"),
                                          "organisation_type": table("misp")["organisations"]["import_type"]},
                        "event Orgc")
    member = options.member_country or envelope.get("member_country")
    if not member:
        raise ConversionError("a MISP event does not say the member country of the export: give it (--member CC)")
    day = str(first.get("date") or _moment(first)[:10])
    out = {"standard_version": current_version(),
           "export_id": options.export_id or envelope.get("export_id") or f"MISP-{first.get('uuid', 'EVENT')}",
           "publisher": publisher, "member_country": member,
           "created_at": envelope.get("created_at") or _moment(first),
           "period": envelope.get("period") or {"start_date": day, "end_date": day},
           "sharing_marking": envelope.get("sharing_marking") or options.sharing_marking or defaults["sharing_marking"],
           "licence": envelope.get("licence") or options.extra.get("licence") or defaults["licence"]}
    return out


def import_event(content: Any, options: ImportOptions, prune: bool = True) -> ImportResult:
    """A GPOS export from parsed MISP JSON (an event, a list of events or a search response).

    ``prune``: drop the records the validator rejects (counted in the report); off, the mapping alone.
    """
    events = _events(content)
    result = ImportResult(document={})
    builder = _Builder(result)
    for event in events:
        builder.event(event)
    result.document = {**_envelope(builder, events, options), **builder.doc}
    if prune:
        drop_invalid_records(result, "MISP")
    return result


def import_path(path: Path, options: ImportOptions) -> ImportResult:
    return import_event(read_json(path), options)
