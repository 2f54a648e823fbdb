"""Identifiers: phone numbers, e-mail, URLs, domains, IP addresses, IBAN, BIC, crypto addresses (GPOS-E043-E048) and,
from 0.2.0, IMEIs, file and transaction hashes, app packages, SMS sender IDs and payment aliases (GPOS-E049).

Which format a value has comes from the schema: a type's ``checks`` (IbanCode, BicCode), the ``value_format`` of
the indicator type, the ``address_format`` of the crypto network and the ``alias_format`` of
the payment scheme in the code lists. The ISO codes are enums of the schema, checked with the JSON Schema.
"""

from __future__ import annotations

import ipaddress
from functools import cache, lru_cache
from typing import Any

from ..._patterns import PSEUDONYM_PREFIX
from ...i18n import tr
from ...identifiers import check as check_id
from ...resources import codelists, schema_meta
from ..walk import RecordScope, SlotRef, field_rule, object_passes_when, object_rule, passes_when

Finding = tuple[str, str, tuple[Any, ...]]

KIND_CODE = {"iban": "GPOS-E046", "bic": "GPOS-E047", "phone": "GPOS-E043", "email": "GPOS-E044",
             "url": "GPOS-E045", "domain": "GPOS-E045", "ip": "GPOS-E045"}
# Device, file, transaction, app, SMS sender and payment-alias kinds (0.2.0): every other kind is a wallet format.
OTHER_IDENTIFIER_KINDS = frozenset({"imei", "file_hash", "tx_hash", "app_package", "sms_sender", "promptpay",
                                    "upi_vpa", "pix_key", "pe_mobile"})
TYPE_KIND = {"GPOS-E046": "iban", "GPOS-E047": "bic"}


def _code_for(kind: str) -> str:
    if kind in OTHER_IDENTIFIER_KINDS:
        return "GPOS-E049"
    return KIND_CODE.get(kind, "GPOS-E048")  # every other kind is a wallet address format


@cache
def _attribute(version: str | None, codelist: str, attribute: str) -> dict[str, str]:
    """code -> the value of an attribute column of a code list (empty values left out)."""
    return {c["code"]: c["attributes"][attribute] for c in codelists(version)[codelist]["codes"]
            if c.get("attributes", {}).get(attribute)}


def network_formats(version: str | None = None) -> dict[str, str]:
    """Crypto network -> the address format its wallets have (a kind of ``gpos check-id``)."""
    return _attribute(version, "crypto_network", "address_format")


def _severity(version: str | None, network: Any, found: tuple[str, str]) -> tuple[str, str]:
    """E048 becomes the warning W006 for a network whose address check a minor release added."""
    warned = _attribute(version, "crypto_network", "address_severity").get(network) == "warning"
    return ("GPOS-W006", found[1] + " (a warning until the next major version)") if warned else found


def value_formats(version: str | None = None) -> dict[str, str]:
    """Indicator type -> the format of its value (``wallet``: the format of its crypto network; ``payment_alias``:
    the format of its payment scheme)."""
    return _attribute(version, "indicator_type", "value_format")


def alias_formats(version: str | None = None) -> dict[str, str]:
    """Payment scheme -> the format of its aliases (0.2.0; an older version has no such list)."""
    return _attribute(version, "payment_scheme", "alias_format") if _has_list(version, "payment_scheme") else {}


def _has_list(version: str | None, codelist: str) -> bool:
    return codelist in codelists(version)


def _kind_of(obj: dict[str, Any], fmt: str | None, version: str | None) -> str | None:
    """The identifier kind of an indicator's value: wallets by their network, payment aliases by their scheme."""
    if fmt == "wallet":
        network = obj.get("crypto_network")
        return network_formats(version).get(network) if isinstance(network, str) else None
    if fmt == "payment_alias":
        scheme = obj.get("payment_scheme")
        return alias_formats(version).get(scheme) if isinstance(scheme, str) else None
    return fmt


@lru_cache(maxsize=1 << 16)
def _check(kind: str, value: str, region: str | None) -> tuple[bool, str | None, str | None]:
    result = check_id(kind, value, country=region) if kind == "phone" else check_id(kind, value)
    return result.valid, result.normalised, result.reason


# Values already found valid -> their canonical form ("" when the kind has none), per kind and region (phone
# numbers depend on the member's region): the compiled checks look here before calling anything. Bounded like
# the ISO verdicts.
_KNOWN: dict[tuple[str, str | None], dict[str, str]] = {}


def _known(kind: str, region: str | None = None) -> dict[str, str]:
    key = (kind, region if kind == "phone" else None)  # only phone numbers depend on the region
    known = _KNOWN.get(key)
    if known is None:
        known = _KNOWN[key] = {}
    return known


def _lookups() -> dict[str, Any]:
    # The current version's tables: a compiled check only skips a value whose verdict is certain, and an older
    # version's lists are subsets of the current one's (codes are never removed in a minor release).
    return {"known": _known, "NETWORK_KIND": network_formats(), "INDICATOR_KIND_OF": value_formats(),
            "ALIAS_KIND": alias_formats(),
            "CONTACT_KIND_OF": {k: v for k, v in value_formats().items() if v in ("phone", "email")}}


def _indicator_known(o: str) -> tuple[list[str], dict[str, Any]]:
    """Statements setting ``ok`` for an indicator whose value is known valid and whose normalised value (if
    given) is its canonical form: the common case, decided without calling the rule."""
    return [f"k = INDICATOR_KIND_OF.get({o}.get('indicator_type'))",
            f"if k == 'wallet': k = NETWORK_KIND.get({o}.get('crypto_network'))",
            f"elif k == 'payment_alias': k = ALIAS_KIND.get({o}.get('payment_scheme'))",
            f"c = known(k, context.default_region).get({o}.get('value')) if k is not None else None",
            f"n = {o}.get('normalised_value')",
            "ok = c is not None and (n is None or n == c or not c)"], _lookups()


def _contact_known(o: str) -> tuple[list[str], dict[str, Any]]:
    return [f"k = CONTACT_KIND_OF.get({o}.get('kind'))",
            f"ok = k is None or {o}.get('value') in known(k, context.default_region)"], _lookups()


def _remember(kind: str, region: str | None, value: str, canonical: str | None) -> None:
    known = _known(kind, region)
    if len(known) > 1 << 16:
        known.clear()
    known[value] = canonical or ""


def _type_kind(slot: SlotRef) -> str | None:
    """``iban`` or ``bic`` for a slot of a type whose ``checks`` name GPOS-E046 or GPOS-E047."""
    if slot.meta["kind"] != "scalar":
        return None
    types = schema_meta(slot.version)["types"]
    for name in str(slot.meta.get("type", "")).split("|"):
        for code in types.get(name, {}).get("checks", "").split():
            if code in TYPE_KIND:
                return TYPE_KIND[code]
    return None


@field_rule(lambda slot: _type_kind(slot) is not None, "GPOS-E046")
@passes_when(lambda slot: ("{v} in {known}", {"known": _known(str(_type_kind(slot)))}))
def bank_identifier(value: Any, slot: SlotRef, scope: RecordScope) -> tuple[str, str] | None:
    kind = str(_type_kind(slot))
    if not isinstance(value, str) or value.startswith(PSEUDONYM_PREFIX):
        return None
    valid, canonical, reason = _check(kind, value, None)
    if valid:
        _remember(kind, None, value, canonical)
        return None
    return KIND_CODE[kind], tr("the {kind} in {field} is not valid: {reason}", kind=kind.upper(), field=slot.label(),
                               reason=reason)


def _identifier(kind: str, value: Any, what: str, region: str | None) -> tuple[str, str] | None:
    if not isinstance(value, str) or value.startswith(PSEUDONYM_PREFIX):
        return None
    valid, canonical, reason = _check(kind, value, region)
    if valid:
        _remember(kind, region, value, canonical)
        return None
    return _code_for(kind), tr("{what} is not valid: {reason}", what=what, reason=reason)


@object_rule("FinancialAccount", codes=("GPOS-E048", "GPOS-W006"))
def wallet(obj: dict[str, Any], scope: RecordScope) -> list[Finding] | None:
    network = obj.get("crypto_network")
    kind = network_formats(scope.version).get(network) if isinstance(network, str) else None
    if kind and "wallet_address" in obj:
        value = obj["wallet_address"]
        if isinstance(value, str) and value in _known(kind):
            return None
        found = _identifier(kind, value, f"the {obj['crypto_network']} wallet address", None)
        if found:
            code, message = _severity(scope.version, network, found)
            return [(code, message, ("wallet_address",))]
    return None


@object_rule("Indicator", codes=("GPOS-E043", "GPOS-E044", "GPOS-E045", "GPOS-E048", "GPOS-E049", "GPOS-W002",
                                 "GPOS-W006"))
@object_passes_when(_indicator_known)
def indicator(obj: dict[str, Any], scope: RecordScope) -> list[Finding] | None:
    itype, value = obj.get("indicator_type"), obj.get("value")
    if not isinstance(value, str) or not isinstance(itype, str):
        return None
    region = scope.context.default_region
    kind = value_formats(scope.version).get(itype)
    if kind == "ip":
        return _ip_address(value)
    kind = _kind_of(obj, kind, scope.version)
    if kind is None:
        return None
    normalised = obj.get("normalised_value")
    canonical = _known(kind, region).get(value)
    if canonical is not None and (normalised is None or normalised == canonical or not canonical):
        return None  # known to be valid, and normalised as it should be
    found = _identifier(kind, value, f"the {itype.replace('_', ' ')} indicator value", region)
    if found:
        if found[0] == "GPOS-E048":
            found = _severity(scope.version, obj.get("crypto_network"), found)
        return [(found[0], found[1], ("value",))]
    if value.startswith(PSEUDONYM_PREFIX) or not isinstance(normalised, str):
        return None
    canonical = _check(kind, value, region)[1]
    if canonical and normalised != canonical:
        # the canonical form rides along (not in the text) for the suggested fix
        return [("GPOS-W002", tr("normalised_value is not the canonical form of the {kind}",
                                 kind=itype.replace("_", " "), canonical=canonical), ("normalised_value",))]
    return None


def _ip_address(value: str) -> list[Finding] | None:
    known = _known("ip")
    if value in known:
        return None
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return [("GPOS-E045", tr("the indicator value is not a valid IPv4 or IPv6 address"), ("value",))]
    _remember("ip", None, value, None)
    return None


@object_rule("ContactDetail", codes=("GPOS-E043", "GPOS-E044"))
@object_passes_when(_contact_known)
def contact(obj: dict[str, Any], scope: RecordScope) -> list[Finding] | None:
    contact_kind = obj.get("kind")
    kind = value_formats(scope.version).get(contact_kind) if isinstance(contact_kind, str) else None
    if kind in ("phone", "email"):
        value = obj.get("value")
        region = scope.context.default_region
        if isinstance(value, str) and value in _known(kind, region):
            return None
        found = _identifier(kind, value, tr("the contact {kind}", kind=kind), region)
        if found:
            return [(found[0], found[1], ("value",))]
    return None
