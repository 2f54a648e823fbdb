"""GPOS export -> STIX 2.1 bundle.

Organisations become identities, indicators become indicators with a STIX pattern and the observable (SCO) they
describe, scam reports and cases become incidents (with the OASIS Incident Core Extension), linked by
relationships; the export's ``sharing_marking`` becomes the TLP 2.0 marking of every object and the envelope a
``report``. A record's fields without a STIX property travel in the ``gpos`` property extension, so the import
gives back the same records. What goes where is in mapping.yaml.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import orjson

from .common import crosswalk, gpos_extension_id, mapping, record_id, sco_id, stix_timestamp

SPEC = "2.1"


def _fits(sco_type: str, value: str) -> bool:
    """Whether a value is what the STIX SCO's schema requires (else it travels as a gpos-identifier)."""
    try:
        if sco_type == "ipv4-addr":
            ipaddress.IPv4Network(value, strict=False)
        elif sco_type == "ipv6-addr":
            ipaddress.IPv6Network(value, strict=False)
        elif sco_type == "url":
            parts = urlsplit(value)
            return bool(parts.scheme and parts.netloc) and not any(c.isspace() for c in value)
        elif sco_type == "email-addr":
            return "@" in value
        elif sco_type == "domain-name":
            import idna

            idna.encode(value)
    except (ValueError, UnicodeError):
        return False
    return True


def _quote(value: str) -> str:
    """A string literal of a STIX pattern."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


class _Builder:
    def __init__(self, document: dict[str, Any]) -> None:
        self.doc = document
        self.map = mapping()
        self.created = stix_timestamp(document.get("created_at")) or "1970-01-01T00:00:00.000Z"
        marking = self.map["tlp"]["markings"].get(document.get("sharing_marking"))
        self.marking = marking
        self.markings = [marking["id"]] if marking else []
        self.ids: dict[tuple[str, str], str] = {}  # (collection, gpos id) -> STIX id
        for collection, spec in self.map["classes"].items():
            for rec in document.get(collection) or ():
                if isinstance(rec, dict) and isinstance(rec.get("id"), str):
                    self.ids[(collection, rec["id"])] = record_id(spec["stix"], collection, rec["id"])
        publisher = document.get("publisher")
        self.publisher = self.ids.get(("organisations", publisher)) if isinstance(publisher, str) else None
        self.seen_scos: set[str] = set()

    # common properties
    def _base(self, stix_type: str, stix_id: str) -> dict[str, Any]:
        obj: dict[str, Any] = {"type": stix_type, "spec_version": SPEC, "id": stix_id,
                               "created": self.created, "modified": self.created}
        if self.publisher and self.publisher != stix_id:
            obj["created_by_ref"] = self.publisher
        return obj

    def _finish(self, obj: dict[str, Any], rec: dict[str, Any], cls: str, native: dict[str, str]) -> dict[str, Any]:
        obj["external_references"] = [{"source_name": "gpos", "external_id": rec["id"]}]
        if self.markings:
            obj["object_marking_refs"] = self.markings
        exact = {g for g, s in native.items() if g in rec and s in obj and obj[s] == rec[g]}
        rest = {k: v for k, v in rec.items() if k != "id" and k not in exact}
        obj.setdefault("extensions", {})[gpos_extension_id()] = {
            "extension_type": "property-extension", "gpos_class": cls, **rest}
        return obj

    def relationship(self, source: str, target: str, kind: str = "related-to") -> dict[str, Any]:
        rel_id = record_id("relationship", "relationships", f"{source}/{kind}/{target}")
        obj = self._base("relationship", rel_id)
        obj.update(relationship_type=kind, source_ref=source, target_ref=target)
        if self.markings:
            obj["object_marking_refs"] = self.markings
        return obj

    # records
    def identity(self, rec: dict[str, Any]) -> Iterator[dict[str, Any]]:
        obj = self._base("identity", self.ids[("organisations", rec["id"])])
        obj.update(name=rec.get("name") or rec["id"], identity_class="organization")
        sectors = self.map["sectors"].get(rec.get("organisation_type"))
        if sectors:
            obj["sectors"] = sectors
        if rec.get("website"):
            obj["contact_information"] = rec["website"]
        yield self._finish(obj, rec, "Organisation", self.map["classes"]["organisations"]["native"])

    def _incident(self, rec: dict[str, Any], collection: str, cls: str, core: dict[str, Any],
                  name: str) -> dict[str, Any]:
        obj = self._base("incident", self.ids[(collection, rec["id"])])
        obj["name"] = name
        typologies = [t for t in rec.get("typologies") or () if isinstance(t, str)]
        if typologies:
            obj["labels"] = typologies
            core["incident_types"] = typologies
        obj["extensions"] = {self.map["incident_extension"]: {"extension_type": "property-extension", **core}}
        return obj

    def scam_report(self, rec: dict[str, Any]) -> Iterator[dict[str, Any]]:
        attempted = rec.get("attempted_only")
        determination = self.map["determination"]["absent" if attempted is None else str(attempted).lower()]
        status = "closed" if rec.get("status") in ("closed", "rejected_duplicate", "information_only") else "open"
        obj = self._incident(rec, "scam_reports", "ScamReport",
                             {"determination": determination, "investigation_status": status},
                             f"Scam report {rec['id']}")
        if isinstance(rec.get("narrative"), str) and rec["narrative"]:
            obj["description"] = rec["narrative"]
        yield self._finish(obj, rec, "ScamReport", self.map["classes"]["scam_reports"]["native"])
        case = self.ids.get(("cases", rec.get("case") or ""))
        if case:
            yield self.relationship(obj["id"], case)

    def case(self, rec: dict[str, Any]) -> Iterator[dict[str, Any]]:
        status = (crosswalk("case_status", "stix").get(rec.get("status") or "") or ["open"])[0]
        obj = self._incident(rec, "cases", "Case", {"determination": "confirmed", "investigation_status": status},
                             rec.get("title") or f"Case {rec['id']}")
        yield self._finish(obj, rec, "Case", self.map["classes"]["cases"]["native"])

    def observable(self, rec: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
        """The pattern and the SCO of an indicator, or None when its value cannot make one."""
        value = rec.get("normalised_value") or rec.get("value")
        if not isinstance(value, str) or not value:
            return None
        fallback = {"sco": "gpos-identifier", "property": "value"}
        spec = self.map["observables"].get(rec.get("indicator_type"), fallback)
        if spec["property"] == "hashes" and len(value) not in self.map["file_hashes"]:
            spec = fallback  # not a digest STIX names: kept as an identifier of type file_hash
        sco_type, prop = spec["sco"], spec["property"]
        if isinstance(sco_type, list):  # ipv4-addr / ipv6-addr
            sco_type = sco_type[1] if ":" in value else sco_type[0]
        if not _fits(sco_type, value):  # not a value the STIX object may hold: kept as an identifier of its type
            sco_type, prop = fallback["sco"], fallback["property"]
        if prop == "hashes":
            algorithm = self.map["file_hashes"][len(value)]
            contributing: dict[str, Any] = {"hashes": {algorithm: value.lower()}}
            pattern = f"[file:hashes.{_quote(algorithm)} = {_quote(value.lower())}]"
        elif sco_type == "gpos-identifier":
            kind = str(rec.get("indicator_type"))
            contributing = {"identifier_type": kind, "value": value}
            pattern = (f"[gpos-identifier:identifier_type = {_quote(kind)} "
                       f"AND gpos-identifier:value = {_quote(value)}]")
        else:
            contributing = {prop: value}
            pattern = f"[{sco_type}:{prop} = {_quote(value)}]"
        sco: dict[str, Any] = {"type": sco_type, "spec_version": SPEC, "id": sco_id(sco_type, contributing),
                               **contributing}
        own = self.map["extensions"].get(sco_type)
        if own:
            sco["extensions"] = {own["id"]: {"extension_type": "new-sco"}}
        if self.markings:
            sco["object_marking_refs"] = self.markings
        return pattern, sco

    def indicator(self, rec: dict[str, Any]) -> Iterator[dict[str, Any]]:
        made = self.observable(rec)
        if made is None:
            return
        pattern, sco = made
        obj = self._base("indicator", self.ids[("indicators", rec["id"])])
        obj.update(name=f"{rec.get('indicator_type')} {rec['id']}",
                   description=f"GPOS indicator {rec['id']} of type {rec.get('indicator_type')}",
                   indicator_types=["malicious-activity"],
                   pattern=pattern, pattern_type="stix",
                   valid_from=stix_timestamp(rec.get("first_seen")) or self.created)
        if isinstance(rec.get("confidence"), int) and not isinstance(rec["confidence"], bool):
            obj["confidence"] = rec["confidence"]
        yield self._finish(obj, rec, "Indicator", self.map["classes"]["indicators"]["native"])
        if sco["id"] not in self.seen_scos:
            self.seen_scos.add(sco["id"])
            yield sco
        yield self.relationship(obj["id"], sco["id"])
        for collection, field in (("scam_reports", "reports"), ("cases", "cases")):
            for ref in rec.get(field) or ():
                target = self.ids.get((collection, ref))
                if target:
                    yield self.relationship(obj["id"], target)

    def markings_objects(self) -> list[dict[str, Any]]:
        if not self.marking:
            return []
        tlp = self.map["tlp"]
        return [{"type": "marking-definition", "spec_version": SPEC, "id": self.marking["id"],
                 "created_by_ref": tlp["created_by_ref"], "created": tlp["created"], "name": self.marking["name"],
                 "extensions": {tlp["extension"]: {"extension_type": "property-extension",
                                                   "tlp_2_0": self.marking["tlp_2_0"]}}}]

    def extension_definitions(self, used: set[str]) -> list[dict[str, Any]]:
        std = self.map["standard_identity"]
        out: list[dict[str, Any]] = [{"type": "identity", "spec_version": SPEC, "id": std["id"],
                                      "created": std["created"], "modified": std["created"],
                                      "name": std["name"], "identity_class": "organization"}]
        for name, ext in self.map["extensions"].items():
            if name != "gpos" and name not in used:
                continue
            out.append({"type": "extension-definition", "spec_version": SPEC, "id": ext["id"],
                        "created_by_ref": std["id"], "created": std["created"], "modified": std["created"],
                        "name": ext["name"], "description": ext["description"],
                        "schema": "https://gpos-standard.org/stix/" + ext["name"],
                        "version": "1.0.0", "extension_types": ext["extension_types"]})
        return out

    def records(self) -> Iterator[dict[str, Any]]:
        makers = {"organisations": self.identity, "scam_reports": self.scam_report, "cases": self.case,
                  "indicators": self.indicator}
        for collection in self.map["classes"]:
            for rec in self.doc.get(collection) or ():
                if isinstance(rec, dict) and isinstance(rec.get("id"), str):
                    yield from makers[collection](rec)

    def report(self, refs: list[str]) -> dict[str, Any]:
        export_id = str(self.doc.get("export_id") or "export")
        obj = self._base("report", record_id("report", "exports", export_id))
        obj.update(name=f"GPOS export {export_id}", published=self.created, report_types=["threat-report"],
                   object_refs=refs)
        rest = {k: v for k, v in self.doc.items() if k not in self.map["classes"] and k not in self.map["not_carried"]}
        obj["extensions"] = {gpos_extension_id(): {"extension_type": "property-extension",
                                                   "gpos_class": "Export", **rest}}
        if self.markings:
            obj["object_marking_refs"] = self.markings
        return obj


def iter_objects(document: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every object of the bundle made from ``document``, in a stable order, one at a time: markings, the
    extension definitions, the records' objects, and last the report that lists them (only ids are kept)."""
    builder = _Builder(document)
    yield from builder.markings_objects()
    yield from builder.extension_definitions(set(builder.map["extensions"]))
    refs: list[str] = []
    for obj in builder.records():
        refs.append(obj["id"])
        yield obj
    yield builder.report(refs or [builder.map["standard_identity"]["id"]])


def bundle_id(document: dict[str, Any]) -> str:
    return record_id("bundle", "exports", str(document.get("export_id") or "export"))


def to_bundle(document: dict[str, Any]) -> dict[str, Any]:
    return {"type": "bundle", "id": bundle_id(document), "objects": list(iter_objects(document))}


def iter_bytes(document: dict[str, Any]) -> Iterator[bytes]:
    """The bundle as JSON, one object a line, produced as it is written (the bundle is never whole in memory)."""
    yield b'{"type": "bundle", "id": ' + orjson.dumps(bundle_id(document)) + b', "objects": [\n'
    separator = b""
    for obj in iter_objects(document):
        yield separator + orjson.dumps(obj)
        separator = b",\n"
    yield b"\n]}\n"


def to_bytes(document: dict[str, Any]) -> bytes:
    return b"".join(iter_bytes(document))
