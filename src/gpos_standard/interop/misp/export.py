"""GPOS export -> MISP event(s): one event per export, or one per case.

Events are built as plain MISP JSON from the mapping table and PyMISP's object templates, so that they are
deterministic (uuid5 of the GPOS ids, no clock) and fast; the tests load them with PyMISP and convert them with
misp-stix, the peers' own tools.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from typing import Any

from .. import Output
from .._tables import crosswalk, table
from .templates import attribute_type, category, stable_uuid, template

Record = dict[str, Any]
ENVELOPE_FIELDS = ("standard_version", "publisher", "member_country", "created_at", "period", "licence")


def utc(text: str | None) -> str | None:
    """An RFC 3339 date-time as MISP writes it (UTC, microseconds), which misp-stix parses."""
    if not text:
        return None
    head, sep, tail = text.replace("Z", "+00:00").replace("z", "+00:00").partition(".")
    if sep:  # Python 3.10 reads only 3 or 6 digits of fraction; MISP keeps microseconds
        digits = len(tail) - len(tail.lstrip("0123456789"))
        tail = (tail[:digits] + "000000")[:6] + tail[digits:]
    moment = datetime.fromisoformat(head + sep + tail)
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")


def _attribute(owner: str, relation: str, index: int, object_name: str, value: Any,
               tags: Iterable[str] = ()) -> Record:
    kind = attribute_type(object_name, relation)
    out: Record = {"uuid": stable_uuid(owner, relation, str(index)), "object_relation": relation, "type": kind,
                   "category": category(kind), "value": str(value), "to_ids": False, "disable_correlation": False}
    if tags:
        out["Tag"] = [{"name": t} for t in tags]
    return out


def _object(name: str, collection: str, record_id: str, attributes: list[tuple[str, Any, list[str]]],
            **extra: Any) -> Record | None:
    """A MISP object of template ``name`` for one GPOS record; None when the values cannot fill the template
    (a bank account known only by its holder's name, a person with no name)."""
    definition = template(name)
    present = {relation for relation, value, _ in attributes if value not in (None, "")}
    if not present or not set(definition.get("required", ())) <= present or (
            definition.get("requiredOneOf") and not present & set(definition["requiredOneOf"])):
        return None
    owner = f"{collection}/{record_id}"
    counts: dict[str, int] = {}
    built = []
    for relation, value, tags in attributes:
        if value in (None, ""):
            continue
        counts[relation] = counts.get(relation, 0) + 1
        built.append(_attribute(owner, relation, counts[relation], name, value, tags))
    obj: Record = {"name": name, "meta-category": definition["meta-category"],
                   "description": definition["description"], "template_uuid": definition["uuid"],
                   "template_version": str(definition["version"]), "uuid": stable_uuid(owner),
                   "comment": f"GPOS {collection} {record_id}", "Attribute": built}
    obj.update({k: v for k, v in extra.items() if v})
    return obj


def _indicator(record: Record) -> Record | None:
    spec = table("misp")["indicators"].get(record["indicator_type"])
    if spec is None:
        return None
    value = record["value"]
    relation = spec.get("by_length", {}).get(str(len(value)), spec["relation"])
    status = crosswalk("indicator_status", "misp").get(record.get("status", ""), [])[:1]
    attributes = [(relation, value, status)] + [(k, v, []) for k, v in spec.get("fixed", {}).items()]
    seen = {misp: utc(record.get(gpos)) for gpos, misp in table("misp")["indicator_fields"].items()}
    return _object(spec["object"], "indicators", record["id"], attributes, **seen)


def _account(record: Record) -> Record | None:
    spec = table("misp")["financial_accounts"]
    crypto = spec["crypto"]
    if record["account_type"] in crypto["types"]:
        attributes = [(m, record.get(g), []) for g, m in crypto["fields"].items()]
        attributes += [(m, (record.get(g) or [None])[0], []) for g, m in crypto["first_of"].items()]
        return _object(crypto["object"], "financial_accounts", record["id"], attributes)
    bank = spec["bank"]
    attributes = [(m, record.get(g), []) for g, m in bank["fields"].items()]
    attributes.append(("non-banking-institution", "0" if record["account_type"] == bank["bank_type"] else "1", []))
    return _object(bank["object"], "financial_accounts", record["id"], attributes)


def _person(record: Record, roles: list[str]) -> Record | None:
    spec = table("misp")["persons"]
    attributes: list[tuple[str, Any, list[str]]] = []
    for gpos, misp in spec["first_of"].items():
        attributes.append((misp, (record.get(gpos) or [None])[0], []))
    for gpos, misp in spec["rest_of"].items():
        attributes += [(misp, v, []) for v in (record.get(gpos) or [])[1:]]
    attributes += [(m, record.get(g), []) for g, m in spec["fields"].items()]
    attributes += [(m, v, []) for g, m in spec["list_fields"].items() for v in record.get(g, [])]
    for gpos, misp in spec["coded"].items():
        attributes.append((misp, (crosswalk(gpos, "misp").get(record.get(gpos, ""), [None]))[0], []))
    attributes += [(spec["roles"], role, []) for role in roles]
    return _object(spec["object"], "persons", record["id"], attributes)


def _transaction(record: Record, wallets: dict[str, str]) -> Record | None:
    spec = table("misp")["transactions"]
    amount = record.get("amount") or {}
    if not record.get("blockchain_tx_hash") or not amount.get("crypto_asset"):
        return None
    attributes = [(m, record.get(g), []) for g, m in spec["fields"].items()]
    attributes += [(spec["amount"], amount.get("amount"), []), (spec["asset"], amount["crypto_asset"], []),
                   (spec["time"], utc(record.get("executed_at")), []),
                   (spec["to_wallet"], wallets.get(record.get("to_account", "")), [])]
    return _object(spec["object"], "transactions", record["id"], attributes)


def _organisation(record: Record) -> Record | None:
    spec = table("misp")["organisations"]
    return _object(spec["object"], "organisations", record["id"],
                   [(m, record.get(g), []) for g, m in spec["fields"].items()])


def _envelope(document: Record) -> Record | None:
    spec = table("misp")["envelope"]
    rest = {k: document[k] for k in ENVELOPE_FIELDS if k in document}
    return _object(spec["object"], "export", document["export_id"],
                   [("identifier", document["export_id"], []), ("type", spec["type"], []),
                    ("comment", json.dumps(rest, ensure_ascii=False, sort_keys=True), [])])


def _roles(document: Record) -> dict[str, list[str]]:
    roles: dict[str, list[str]] = {}
    for inv in document.get("person_involvements", []):
        for role in crosswalk("person_role", "misp").get(inv.get("role", ""), []):
            if role not in roles.setdefault(inv["person"], []):
                roles[inv["person"]].append(role)
    return roles


def _tags(document: Record, typologies: Iterable[str]) -> list[Record]:
    names = crosswalk("sharing_marking", "misp").get(document.get("sharing_marking", ""), [])[:1]
    walk = crosswalk("scam_typology", "misp")
    for code in typologies:
        names += [t for t in walk.get(code, []) if t not in names]
    return [{"name": n} for n in names]


def _objects(document: Record, audience: str, keep: dict[str, set[str]] | None = None) -> Iterator[Record]:
    """The objects of the records of ``document`` (only those whose ids are in ``keep``, when given)."""
    def chosen(collection: str) -> Iterator[Record]:
        for record in document.get(collection, []):
            if keep is None or record.get("id") in keep.get(collection, ()):
                yield record

    with_persons = audience in table("misp")["persons"]["audiences"]
    roles = _roles(document) if with_persons else {}
    made = [_envelope(document)]
    made += (_organisation(r) for r in chosen("organisations"))
    made += (_person(r, roles.get(r["id"], [])) for r in chosen("persons") if with_persons)
    made += (_account(r) for r in chosen("financial_accounts"))
    made += (_indicator(r) for r in chosen("indicators"))
    wallets = {a["id"]: a["wallet_address"] for a in document.get("financial_accounts", []) if a.get("wallet_address")}
    made += (_transaction(r, wallets) for r in chosen("transactions"))
    yield from (o for o in made if o is not None)


def _event(document: Record, audience: str, key: str, info: str, typologies: Iterable[str],
           keep: dict[str, set[str]] | None = None) -> Record:
    created = str(document.get("created_at", ""))
    return {"Event": {"uuid": stable_uuid("event", key), "info": info, "date": created[:10],
                      "threat_level_id": "4", "analysis": "2", "published": False,
                      "Orgc": {"name": str(document.get("publisher", "")), "uuid": stable_uuid(
                          "organisations", str(document.get("publisher", "")))},
                      "Tag": _tags(document, typologies), "Attribute": [],
                      "Object": list(_objects(document, audience, keep))}}


def _case_scope(document: Record, case: Record) -> dict[str, set[str]]:
    """The ids of the records of one case: its indicators, accounts, lead agency and involved persons."""
    cid = case["id"]
    return {"indicators": set(case.get("indicators", [])) | {
                i["id"] for i in document.get("indicators", []) if cid in i.get("cases", [])},
            "financial_accounts": set(case.get("financial_accounts", [])),
            "organisations": {case.get("lead_agency", ""), str(document.get("publisher", ""))},
            "persons": {i["person"] for i in document.get("person_involvements", []) if i.get("case") == cid}}


def export_events(document: Record, audience: str, per_case: bool = False) -> list[Record]:
    """The MISP events of an export already prepared for ``audience`` by the sharing policy."""
    if not per_case:
        typologies = [t for coll in ("scam_reports", "cases") for r in document.get(coll, [])
                      for t in r.get("typologies", [])]
        return [_event(document, audience, f"export/{document['export_id']}",
                       f"GPOS export {document['export_id']}", typologies)]
    return [_event(document, audience, f"cases/{case['id']}", case.get("title") or f"GPOS case {case['id']}",
                   case.get("typologies", []), _case_scope(document, case))
            for case in document.get("cases", [])]


def dumps(event: Record) -> bytes:
    return json.dumps(event, ensure_ascii=False, indent=1).encode()


def export_document(document: Record, audience: str, per_case: bool = False) -> list[Output]:
    """One MISP event JSON file for the export, or a folder of one file per case."""
    events = export_events(document, audience, per_case)
    if not per_case:
        return [Output("", dumps(events[0]))]
    cases = document.get("cases", [])
    return [Output(f"{case['id']}.json", dumps(event)) for case, event in zip(cases, events, strict=True)]
