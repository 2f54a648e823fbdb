"""GPOS export -> X-ARF v4 reports, one per reportable indicator, for the abuse desks of hosts and platforms.

Each report is a ``content`` report of type ``phishing`` or ``fraud`` (from the typologies of the scam reports and
cases the indicator belongs to), sent by the export's publisher. Narratives, notes and everything about persons
never leave: X-ARF goes to private operators. What goes where is in mapping.yaml.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

import orjson
import yaml

from .. import ConversionError
from ..stix.common import crosswalk, stix_timestamp

_HANDLE = re.compile(r"^@?([A-Za-z0-9][A-Za-z0-9._-]{0,99})$")
_BARE_URL = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+/\S+$", re.IGNORECASE)
_DOMAIN = re.compile(r"^([a-z0-9]+(-[a-z0-9]+)*\.)+[a-z]{2,}$")  # X-ARF content-base's domain pattern
_TAG = re.compile(r"[^a-z0-9_+-]")
_MAILBOX = re.compile(r"^[^@\s:]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")


@cache
def mapping() -> dict[str, Any]:
    text = resources.files(__package__).joinpath("mapping.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)  # type: ignore[no-any-return]


def _host(url: str) -> str | None:
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host.lower() if host else None


def resource_url(indicator: dict[str, Any]) -> str | None:
    """The URL an X-ARF content report points at, or None when the indicator has none."""
    value = str(indicator.get("normalised_value") or indicator.get("value") or "").strip()
    kind = indicator.get("indicator_type")
    if not value:
        return None
    if kind == "url" or value.lower().startswith(("http://", "https://")):
        return value if _host(value) else None
    if kind == "domain":
        return f"https://{value.lower()}/"
    if _BARE_URL.match(value):
        return "https://" + value
    template = mapping()["profile_urls"].get(indicator.get("platform"))
    handle = _HANDLE.match(value)
    return template.format(handle=handle.group(1)) if template and handle else None


class _Reports:
    def __init__(self, document: dict[str, Any]) -> None:
        self.doc = document
        self.map = mapping()
        self.reports = {r["id"]: r for r in document.get("scam_reports") or () if isinstance(r, dict)}
        self.cases = {c["id"]: c for c in document.get("cases") or () if isinstance(c, dict)}
        self.fraud_types = crosswalk("scam_typology", "xarf")
        self.payments = crosswalk("payment_method", "xarf")
        self.party = self.contact()

    def contact(self) -> dict[str, str]:
        """The reporter and sender: the publishing organisation, its domain and a functional mailbox."""
        publisher = self.doc.get("publisher")
        orgs = {o["id"]: o for o in self.doc.get("organisations") or () if isinstance(o, dict)}
        org = orgs.get(publisher, {})
        units = {publisher} | {i for i, o in orgs.items() if o.get("parent_organisation") == publisher}
        mailboxes = [(fp.get("area"), fp["secure_contact"]["value"]) for fp in self.doc.get("focal_points") or ()
                     if fp.get("organisation") in units and isinstance(fp.get("secure_contact"), dict)
                     and fp["secure_contact"].get("kind") == "email_address"
                     and _MAILBOX.match(str(fp["secure_contact"].get("value")))]
        if not mailboxes:
            raise ConversionError("X-ARF needs the publisher's contact mailbox in clear: add a focal point of the "
                                  "publisher (or of one of its units) with an email_address secure contact, and use "
                                  "an audience whose policy does not pseudonymise it")
        areas = self.map["contact_areas"]
        mailbox = min(mailboxes, key=lambda m: areas.index(m[0]) if m[0] in areas else len(areas))[1]
        domain = _host(org.get("website") or "") or mailbox.rsplit("@", 1)[-1].lower()
        domain = domain.removeprefix("www.")
        return {"org": str(org.get("name") or publisher)[:200], "contact": mailbox, "domain": domain}

    def linked(self, indicator: dict[str, Any]) -> list[dict[str, Any]]:
        """The scam reports the indicator belongs to, or else its cases (broader: many reports, many typologies)."""
        out = [self.reports[r] for r in indicator.get("reports") or () if r in self.reports]
        return out or [self.cases[c] for c in indicator.get("cases") or () if c in self.cases]

    def classify(self, linked: list[dict[str, Any]]) -> tuple[str, str | None, list[str]]:
        typologies = [t for rec in linked for t in rec.get("typologies") or ()]
        if set(typologies) & set(self.map["phishing_typologies"]):
            return "phishing", None, typologies
        for typology in typologies:
            values = self.fraud_types.get(typology) or []
            if values:
                return "fraud", values[0], typologies
        return "fraud", self.map["default_fraud_type"], typologies

    def wallets(self, linked: list[dict[str, Any]]) -> list[dict[str, str]]:
        ids = {r["id"] for r in linked}
        out = []
        for ind in self.doc.get("indicators") or ():
            if ind.get("indicator_type") != "crypto_wallet_address" or not ids & set(
                    (ind.get("reports") or []) + (ind.get("cases") or [])):
                continue
            currency = (self.map["crypto_assets"].get(str(ind.get("crypto_asset") or "").upper())
                        or self.map["crypto_networks"].get(ind.get("crypto_network")) or "other")
            out.append({"currency": currency, "address": str(ind.get("normalised_value") or ind["value"])})
        return sorted(out, key=lambda w: (w["address"], w["currency"]))

    def loss(self, linked: list[dict[str, Any]]) -> dict[str, Any] | None:
        """The loss of the scam report(s), in the currency of the first loss (X-ARF holds one amount)."""
        losses = [amount for rec in linked if rec.get("id") in self.reports for amount in rec.get("losses") or ()]
        fiat = [a for a in losses if isinstance(a.get("currency"), str) and len(a["currency"]) == 3]
        if not fiat:
            return None
        currency = fiat[0]["currency"]
        try:
            total = sum(Decimal(str(a["amount"])) for a in fiat if a["currency"] == currency)
        except InvalidOperation:
            return None
        return {"currency": currency, "amount": float(total)}

    def report(self, indicator: dict[str, Any]) -> dict[str, Any] | None:
        url = resource_url(indicator)
        if url is None:
            return None
        linked = self.linked(indicator)
        kind, fraud_type, typologies = self.classify(linked)
        when = (stix_timestamp(indicator.get("last_seen")) or stix_timestamp(indicator.get("first_seen"))
                or stix_timestamp(self.doc.get("created_at")))
        host = _host(url) or ""
        out: dict[str, Any] = {
            "xarf_version": self.map["xarf_version"],
            "report_id": str(uuid.uuid5(uuid.UUID(self.map["namespace"]), str(indicator["id"]))),
            "timestamp": when, "reporter": self.party, "sender": self.party,
            "source_identifier": host or str(indicator.get("value")), "category": "content", "type": kind,
            "url": url}
        if _DOMAIN.match(host):
            out["domain"] = host
        if kind == "fraud":
            out["fraud_type"] = fraud_type
            payments = sorted({(self.payments.get(p) or ["other"])[0] if len(self.payments.get(p) or []) < 2
                               else "other" for rec in linked for p in rec.get("payment_methods") or ()
                               if self.payments.get(p)})
            if payments:
                out["payment_methods"] = payments
            wallets = self.wallets(linked)
            if wallets:
                out["cryptocurrency_addresses"] = wallets
            loss = self.loss(linked)
            if loss:
                out["loss_amount"] = loss
        brands = list(indicator.get("impersonated_brands") or ()) + [
            b for rec in linked for b in rec.get("impersonated_brands") or ()]
        if brands:
            out["target_brand"] = str(brands[0])
            if kind == "fraud":
                out["claimed_entity"] = str(brands[0])
        if stix_timestamp(indicator.get("last_seen")):
            out["verified_at"] = stix_timestamp(indicator.get("last_seen"))
        if isinstance(indicator.get("confidence"), int):
            out["confidence"] = indicator["confidence"] / 100
        tags = [f"gpos-typology:{_TAG.sub('-', t.lower())}" for t in dict.fromkeys(typologies)]
        if tags:
            out["tags"] = tags[:20]
        return out

    def all(self) -> Iterator[dict[str, Any]]:
        for indicator in sorted((i for i in self.doc.get("indicators") or () if isinstance(i, dict)),
                                key=lambda i: str(i.get("id"))):
            if (indicator.get("indicator_type") in self.map["reportable_types"]
                    and indicator.get("status") in self.map["reportable_statuses"]):
                made = self.report(indicator)
                if made is not None:
                    yield made


def reports(document: dict[str, Any]) -> list[dict[str, Any]]:
    """The X-ARF reports of an export, in the order of the indicators' ids."""
    return list(_Reports(document).all())


def to_jsonl(document: dict[str, Any]) -> bytes:
    return b"".join(orjson.dumps(r) + b"\n" for r in reports(document))
