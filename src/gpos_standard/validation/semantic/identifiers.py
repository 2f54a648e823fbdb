"""Identifiers: ISO codes, phone numbers, e-mail, URLs, domains, IBAN, BIC and crypto addresses (GPOS-E04x)."""

from __future__ import annotations

import ipaddress
from functools import lru_cache
from typing import Any

from ..._patterns import PSEUDONYM_PREFIX
from ...identifiers import NETWORK_KIND
from ...identifiers import check as check_id
from ..walk import RecordScope, SlotRef, field_rule, object_passes_when, object_rule, passes_when

Finding = tuple[str, str, tuple[Any, ...]]
INDICATOR_KIND = {"phone_number": ("phone", "GPOS-E043"), "email_address": ("email", "GPOS-E044"),
                  "url": ("url", "GPOS-E045"), "domain": ("domain", "GPOS-E045")}
CODE_KINDS = {"^[A-Z]{2}$": ("country", "GPOS-E040", "an ISO 3166-1 country"),
              "^[A-Z]{3}$": ("currency", "GPOS-E041", "an ISO 4217 currency"),
              "^[a-z]{2,3}$": ("language", "GPOS-E042", "an ISO 639 language")}
KIND_CODE = {"iban": "GPOS-E046", "bic": "GPOS-E047", "phone": "GPOS-E043", "email": "GPOS-E044", "url": "GPOS-E045",
             "domain": "GPOS-E045", **{kind: "GPOS-E048" for kind in NETWORK_KIND.values()}}


@lru_cache(maxsize=1 << 16)
def _check(kind: str, value: str, region: str | None) -> tuple[bool, str | None, str | None]:
    result = check_id(kind, value, country=region) if kind == "phone" else check_id(kind, value)
    return result.valid, result.normalised, result.reason


# ISO codes repeat on nearly every record: a plain dict per kind answers faster than the general cache. Bounded,
# so that a file full of distinct invalid codes cannot grow it without limit.
_CODE_VERDICTS: dict[str, dict[str, bool]] = {"country": {}, "currency": {}, "language": {}, "subdivision": {}}


def _valid_code(kind: str, value: str) -> bool:
    verdicts = _CODE_VERDICTS[kind]
    verdict = verdicts.get(value)
    if verdict is None:
        if kind == "subdivision":
            import pycountry

            verdict = pycountry.subdivisions.get(code=value) is not None
        else:
            verdict = _check(kind, value, None)[0]
        if len(verdicts) > 4096:
            verdicts.clear()
        verdicts[value] = verdict
    return verdict


def _code_kind(slot: SlotRef) -> bool:
    return slot.meta.get("pattern") in CODE_KINDS


@field_rule(_code_kind, "GPOS-E040")
@passes_when(lambda slot: ("{verdicts}.get({v}) is True",
                           {"verdicts": _CODE_VERDICTS[CODE_KINDS[slot.meta["pattern"]][0]]}))
def iso_code(value: Any, slot: SlotRef, scope: RecordScope) -> tuple[str, str] | None:
    kind, code, what = CODE_KINDS[slot.meta["pattern"]]
    if not isinstance(value, str) or len(value) not in (2, 3) or _valid_code(kind, value):
        return None
    return code, f"{slot.label()}: {slot.show(value)} is not {what} code"


@field_rule(lambda s: s.name == "subdivision", "GPOS-E040")
@passes_when(lambda slot: ("{verdicts}.get({v}) is True", {"verdicts": _CODE_VERDICTS["subdivision"]}))
def subdivision(value: Any, slot: SlotRef, scope: RecordScope) -> str | None:
    if isinstance(value, str) and "-" in value and not _valid_code("subdivision", value):
        return f"{slot.label()}: {slot.show(value)} is not an ISO 3166-2 subdivision code"
    return None


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


_LOOKUPS = {"known": _known, "NETWORK_KIND": NETWORK_KIND,
            "INDICATOR_KIND_OF": {itype: kind for itype, (kind, _) in INDICATOR_KIND.items()}
            | {"crypto_wallet_address": "wallet"},
            "CONTACT_KIND_OF": {itype: kind for itype, (kind, _) in INDICATOR_KIND.items()
                                if kind in ("phone", "email")}}


def _indicator_known(o: str) -> tuple[list[str], dict[str, Any]]:
    """Statements setting ``ok`` for an indicator whose value is known valid and whose normalised value (if
    given) is its canonical form: the common case, decided without calling the rule."""
    return [f"k = INDICATOR_KIND_OF.get({o}.get('indicator_type'))",
            f"if k == 'wallet': k = NETWORK_KIND.get({o}.get('crypto_network'))",
            f"c = known(k, context.default_region).get({o}.get('value')) if k is not None else None",
            f"n = {o}.get('normalised_value')",
            "ok = c is not None and (n is None or n == c or not c)"], _LOOKUPS


def _contact_known(o: str) -> tuple[list[str], dict[str, Any]]:
    return [f"k = CONTACT_KIND_OF.get({o}.get('kind'))",
            f"ok = k is None or {o}.get('value') in known(k, context.default_region)"], _LOOKUPS


def _remember(kind: str, region: str | None, value: str, canonical: str | None) -> None:
    known = _known(kind, region)
    if len(known) > 1 << 16:
        known.clear()
    known[value] = canonical or ""


@field_rule(lambda s: s.name in ("iban", "bic"), "GPOS-E046")
@passes_when(lambda slot: ("{v} in {known}", {"known": _known(slot.name)}))
def bank_identifier(value: Any, slot: SlotRef, scope: RecordScope) -> tuple[str, str] | None:
    if not isinstance(value, str) or value.startswith(PSEUDONYM_PREFIX):
        return None
    valid, canonical, reason = _check(slot.name, value, None)
    if valid:
        _remember(slot.name, None, value, canonical)
        return None
    return KIND_CODE[slot.name], f"the {slot.name.upper()} in {slot.label()} is not valid: {reason}"


def _identifier(kind: str, value: Any, what: str, region: str | None) -> tuple[str, str] | None:
    if not isinstance(value, str) or value.startswith(PSEUDONYM_PREFIX):
        return None
    valid, canonical, reason = _check(kind, value, region)
    if valid:
        _remember(kind, region, value, canonical)
        return None
    return KIND_CODE[kind], f"{what} is not valid: {reason}"


@object_rule("FinancialAccount")
def wallet(obj: dict[str, Any], scope: RecordScope) -> list[Finding] | None:
    kind = NETWORK_KIND.get(obj.get("crypto_network", ""))
    if kind and "wallet_address" in obj:
        value = obj["wallet_address"]
        if isinstance(value, str) and value in _known(kind):
            return None
        found = _identifier(kind, value, f"the {obj['crypto_network']} wallet address", None)
        if found:
            return [(found[0], found[1], ("wallet_address",))]
    return None


@object_rule("Indicator")
@object_passes_when(_indicator_known)
def indicator(obj: dict[str, Any], scope: RecordScope) -> list[Finding] | None:
    itype, value = obj.get("indicator_type"), obj.get("value")
    if not isinstance(value, str) or not isinstance(itype, str):
        return None
    region = scope.context.default_region
    kind = INDICATOR_KIND[itype][0] if itype in INDICATOR_KIND else None
    if itype == "crypto_wallet_address":
        kind = NETWORK_KIND.get(obj.get("crypto_network", ""))
    elif itype == "ip_address":
        return _ip_address(value)
    if kind is None:
        return None
    normalised = obj.get("normalised_value")
    canonical = _known(kind, region).get(value)
    if canonical is not None and (normalised is None or normalised == canonical or not canonical):
        return None  # known to be valid, and normalised as it should be
    found = _identifier(kind, value, f"the {itype.replace('_', ' ')} indicator value", region)
    if found:
        return [(found[0], found[1], ("value",))]
    if value.startswith(PSEUDONYM_PREFIX) or not isinstance(normalised, str):
        return None
    canonical = _check(kind, value, region)[1]
    if canonical and normalised != canonical:
        return [("GPOS-W002", f"normalised_value is not the canonical form of the {itype.replace('_', ' ')}",
                 ("normalised_value",))]
    return None


def _ip_address(value: str) -> list[Finding] | None:
    known = _known("ip")
    if value in known:
        return None
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return [("GPOS-E045", "the indicator value is not a valid IPv4 or IPv6 address", ("value",))]
    _remember("ip", None, value, None)
    return None


@object_rule("ContactDetail")
@object_passes_when(_contact_known)
def contact(obj: dict[str, Any], scope: RecordScope) -> list[Finding] | None:
    kind = INDICATOR_KIND.get(obj.get("kind", ""), (None, None))[0]
    if kind in ("phone", "email"):
        value = obj.get("value")
        region = scope.context.default_region
        if isinstance(value, str) and value in _known(kind, region):
            return None
        found = _identifier(kind, value, f"the contact {kind}", region)
        if found:
            return [(found[0], found[1], ("value",))]
    return None
