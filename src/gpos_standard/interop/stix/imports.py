"""STIX 2.1 bundle -> GPOS export.

Objects that carry the ``gpos`` extension (bundles made by ``gpos export stix``) become the very records they were
made from. Other bundles are mapped as far as STIX allows: organisation identities become Organisations,
indicators with a simple comparison pattern and free-standing observables become Indicators, incidents become
ScamReports; everything else is counted in the not-carried report, with the reason.
"""

from __future__ import annotations

import re
import uuid
from pathlib import Path
from typing import Any

import orjson

from ...io.limits import LimitError, check_value
from ...resources import current_version
from ...schema_info import classes, collections
from .. import ConversionError, ImportOptions, ImportResult
from .common import gpos_extension_id, mapping

MAX_BYTES = 512 * 1024 * 1024
# one comparison of a simple pattern: [type:property = 'value'] (hashes.'SHA-256' included)
_COMPARISON = re.compile(r"^\[\s*([a-z0-9-]+):([a-z_]+(?:\.'[^']+')?)\s*=\s*'((?:[^'\\]|\\.)*)'\s*\]$")
_SKIPPED_QUIETLY = {"marking-definition", "extension-definition", "language-content"}
_ORDER = ("CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED")


def _read(path: Path) -> list[dict[str, Any]]:
    if path.stat().st_size > MAX_BYTES:
        raise ConversionError(f"larger than {MAX_BYTES // 2**20} MiB")
    try:
        data = orjson.loads(path.read_bytes())
        check_value(data, strings=True)
    except orjson.JSONDecodeError as exc:
        raise ConversionError(f"not JSON ({exc.msg} at line {exc.lineno})") from None
    except LimitError as exc:
        raise ConversionError(str(exc)) from None
    if isinstance(data, dict) and data.get("type") == "bundle":
        objects = data.get("objects") or []
    elif isinstance(data, dict) and isinstance(data.get("type"), str):
        objects = [data]
    else:
        raise ConversionError("not a STIX bundle or object (no 'type')")
    if not isinstance(objects, list):
        raise ConversionError("the bundle's 'objects' is not a list")
    return [o for o in objects if isinstance(o, dict) and isinstance(o.get("id"), str)]


def _gpos_id(stix_id: str) -> str:
    """A GPOS record id for an object that has none: the STIX id's UUID under the prefix STIX."""
    return "STIX-" + stix_id.split("--", 1)[-1]


def _gpos_ext(obj: dict[str, Any]) -> dict[str, Any] | None:
    ext = (obj.get("extensions") or {}).get(gpos_extension_id())
    return ext if isinstance(ext, dict) and isinstance(ext.get("gpos_class"), str) else None


def _external_id(obj: dict[str, Any]) -> str | None:
    for ref in obj.get("external_references") or ():
        if isinstance(ref, dict) and ref.get("source_name") == "gpos" and isinstance(ref.get("external_id"), str):
            return str(ref["external_id"])
    return None


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


class _Importer:
    def __init__(self, objects: list[dict[str, Any]], options: ImportOptions) -> None:
        self.objects = objects
        self.options = options
        self.map = mapping()
        self.by_class: dict[str, list[dict[str, Any]]] = {}
        self.collection_of = {spec["class"]: name for name, spec in self.map["classes"].items()}
        self.result = ImportResult(document={})
        self.gpos_ids: dict[str, str] = {}  # STIX id -> GPOS id of the records made
        self.envelope: dict[str, Any] | None = None

    def add(self, cls: str, record: dict[str, Any], stix_id: str) -> None:
        self.by_class.setdefault(self.collection_of[cls], []).append(record)
        self.gpos_ids[stix_id] = record["id"]

    # objects made by gpos export stix
    def from_extension(self, obj: dict[str, Any], ext: dict[str, Any]) -> None:
        cls = ext["gpos_class"]
        fields = {k: v for k, v in ext.items() if k not in ("extension_type", "gpos_class")}
        if cls == "Export":
            self.envelope = fields
            return
        if cls not in self.collection_of:
            self.result.skip(f"gpos extension {cls}", "a GPOS class this converter does not carry", obj["id"])
            return
        record = {"id": _external_id(obj) or _gpos_id(obj["id"]), **fields}
        natives = self.map["classes"][self.collection_of[cls]]["native"]
        for gpos_name, stix_name in natives.items():
            if stix_name in obj and gpos_name not in record:
                record[gpos_name] = obj[stix_name]
        self.add(cls, dict(sorted(record.items())), obj["id"])

    # objects from other producers
    def identity(self, obj: dict[str, Any]) -> None:
        if obj.get("identity_class") not in (None, "organization", "class", "group", "system"):
            self.result.skip(f"identity ({obj.get('identity_class')})", "only organisations are carried", obj["id"])
            self.result.records_skipped += 1
            return
        self.add("Organisation", {"id": _gpos_id(obj["id"]), "name": str(obj.get("name") or obj["id"]),
                                  "organisation_type": "other"}, obj["id"])
        for prop in ("sectors", "contact_information", "description", "roles"):
            if prop in obj:
                self.result.skip(f"identity.{prop}", "no Organisation field for it", obj["id"])

    def _indicator(self, obj: dict[str, Any], kind: str, value: str, extra: dict[str, Any]) -> None:
        record: dict[str, Any] = {"id": _gpos_id(obj["id"]), "indicator_type": kind, "value": value,
                                  "status": "unknown", "source_reference": obj["id"], **extra}
        self.add("Indicator", record, obj["id"])

    def indicator(self, obj: dict[str, Any]) -> None:
        pattern = obj.get("pattern")
        match = _COMPARISON.match(pattern) if obj.get("pattern_type", "stix") == "stix" and isinstance(
            pattern, str) else None
        kind = self.map["import_observables"].get(match.group(1)) if match else None
        if not match or not kind:
            self.result.skip("indicator.pattern", "not a single comparison on an observable GPOS has a type for",
                             obj["id"])
            self.result.records_skipped += 1
            return
        extra: dict[str, Any] = {}
        if isinstance(obj.get("confidence"), int):
            extra["confidence"] = obj["confidence"]
        if isinstance(obj.get("valid_from"), str):
            extra["first_seen"] = obj["valid_from"]
        self._indicator(obj, kind, _unescape(match.group(3)), extra)
        for prop in ("name", "description", "indicator_types", "kill_chain_phases", "valid_until", "labels"):
            if prop in obj:
                self.result.skip(f"indicator.{prop}", "no Indicator field for it", obj["id"])

    def observable(self, obj: dict[str, Any]) -> None:
        kind = self.map["import_observables"][obj["type"]]
        prop = self.map["observables"][kind]["property"]
        value = obj.get(prop)
        if prop == "hashes" and isinstance(value, dict) and value:
            value = next(iter(value.values()))
        if not isinstance(value, str) or not value:
            self.result.skip(obj["type"], f"no {prop}", obj["id"])
            self.result.records_skipped += 1
            return
        self._indicator(obj, kind, value, {})

    def incident(self, obj: dict[str, Any]) -> None:
        record = {"id": _gpos_id(obj["id"]), "reporting_channel": "unknown", "typologies": ["unknown"],
                  "status": "received", "received_at_unknown": True}
        if isinstance(obj.get("description"), str) and obj["description"]:
            record["narrative"] = obj["description"]
        self.add("ScamReport", record, obj["id"])
        self.result.skip("incident.name", "no ScamReport field for it", obj["id"])

    def relationship(self, obj: dict[str, Any]) -> None:
        source, target = self.gpos_ids.get(obj.get("source_ref", "")), self.gpos_ids.get(obj.get("target_ref", ""))
        sources = {r["id"]: r for r in self.by_class.get("indicators", ())}
        reports = {r["id"] for r in self.by_class.get("scam_reports", ())}
        if source in sources and target in reports:
            sources[source].setdefault("reports", []).append(target)
            return
        self.result.skip(f"relationship ({obj.get('relationship_type')})",
                         "links objects that are not both carried, or a link GPOS has no field for", obj["id"])
        self.result.records_skipped += 1

    def run(self) -> ImportResult:
        own = any((_gpos_ext(o) or {}).get("gpos_class") == "Export" for o in self.objects)
        relationships = []
        for obj in self.objects:
            self.result.records_read += 1
            kind, ext = obj.get("type"), _gpos_ext(obj)
            if ext is not None:
                self.from_extension(obj, ext)
            elif own or kind in _SKIPPED_QUIETLY:
                continue  # a GPOS bundle's SCOs and relationships repeat what the extensions hold
            elif kind == "relationship":
                relationships.append(obj)
            elif kind == "identity":
                self.identity(obj)
            elif kind == "indicator":
                self.indicator(obj)
            elif kind == "incident":
                self.incident(obj)
            elif kind in self.map["import_observables"]:
                self.observable(obj)
            else:
                self.result.skip(str(kind), "no GPOS class for this STIX object type", obj["id"])
                self.result.records_skipped += 1
        for obj in relationships:
            self.relationship(obj)
        self.result.document = self.document()
        self.drop_dangling()
        if not own:
            self.drop_invalid()
        return self.result

    def drop_invalid(self) -> None:
        """A foreign record GPOS would refuse (a URL that is not one...) is left out and reported, rather than
        making the whole import invalid. A bundle made by gpos export stix must round-trip whole, or be refused."""
        from ...validation import validate

        for _ in range(3):  # dropping a record can leave references to it: drop those, check again
            bad = {(i.record_type, i.record_id): i.code for i in validate(self.result.document).errors
                   if i.record_type in self.collection_of and i.record_id}
            if not bad:
                return
            for (cls, record_id), code in sorted(bad.items()):
                name = self.collection_of[cls]
                self.result.document[name] = [r for r in self.result.document[name] if r.get("id") != record_id]
                if not self.result.document[name]:
                    del self.result.document[name]
                self.result.skip(cls, f"not a valid GPOS record ({code})", record_id)
                self.result.records_skipped += 1
            self.drop_dangling()

    def marking(self) -> str:
        found = set()
        tlp2 = {m["id"]: code for code, m in self.map["tlp"]["markings"].items()}
        for obj in self.objects:
            for ref in obj.get("object_marking_refs") or ():
                code = tlp2.get(ref) or self.map["tlp"]["tlp1"].get(ref)
                if code:
                    found.add(code)
        if found:
            return max(found, key=_ORDER.index)
        return self.options.sharing_marking or "RED"  # unmarked: the most restrictive unless told otherwise

    def document(self) -> dict[str, Any]:
        if self.envelope is not None:
            doc = dict(self.envelope)
        else:
            if not self.options.member_country:
                raise ConversionError("the bundle does not say which member exports it: give --member")
            created = sorted(str(o["modified"]) for o in self.objects if isinstance(o.get("modified"), str))
            moment = created[-1] if created else "1970-01-01T00:00:00Z"
            doc = {"standard_version": current_version(),
                   "export_id": self.options.export_id or "STIX-" + str(uuid.uuid5(uuid.NAMESPACE_URL, moment)),
                   "publisher": self.options.publisher or self.publisher(),
                   "member_country": self.options.member_country, "created_at": moment,
                   "period": {"start_date": (created[0] if created else moment)[:10], "end_date": moment[:10]},
                   "sharing_marking": self.marking(), "licence": "as set by the STIX bundle's producer"}
        for name in collections():
            if self.by_class.get(name):
                doc[name] = self.by_class[name]
        return doc

    def publisher(self) -> str:
        """The organisation that made most objects, or a placeholder Organisation when none says."""
        makers = [self.gpos_ids.get(str(o.get("created_by_ref"))) for o in self.objects]
        named = [m for m in makers if m]
        if named:
            return max(set(named), key=named.count)
        placeholder = {"id": "STIX-unknown-producer", "name": "Unknown producer of a STIX bundle",
                       "organisation_type": "other"}
        self.by_class.setdefault("organisations", []).insert(0, placeholder)
        return placeholder["id"]

    def drop_dangling(self) -> None:
        """References to records the bundle did not carry would make the export invalid: drop and report them."""
        doc = self.result.document
        present = {r["id"] for name in collections() for r in doc.get(name) or () if isinstance(r, dict)}
        meta = classes()
        for name, cls in collections().items():
            for record in doc.get(name) or ():
                for slot, info in meta[cls]["slots"].items():
                    if info["kind"] != "ref" or slot not in record:
                        continue
                    value = record[slot]
                    kept = [v for v in value if v in present] if isinstance(value, list) else (
                        value if value in present else None)
                    lost = (len(value) - len(kept)) if isinstance(value, list) else (kept is None)
                    if lost:
                        self.result.skip(f"{cls}.{slot}", "refers to a record the bundle does not carry",
                                         str(record.get("id")))
                    if kept:
                        record[slot] = kept
                    else:
                        del record[slot]


def import_bundle(path: Path, options: ImportOptions) -> ImportResult:
    return _Importer(_read(path), options).run()


def import_objects(objects: list[dict[str, Any]], options: ImportOptions) -> ImportResult:
    return _Importer(objects, options).run()
