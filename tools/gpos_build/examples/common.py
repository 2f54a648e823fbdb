"""What every member's builder shares: the export envelope, value helpers and deterministic identifiers.

Identifiers are generated from text seeds, so every run gives the same bytes. Generated wallet addresses, IBANs and
phone numbers are checked with :func:`gpos_standard.identifiers.check`, the same code the validator runs.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

from Crypto.Hash import keccak

from gpos_standard.identifiers import check
from gpos_standard.identifiers.crypto import eip55
from gpos_standard.resources import current_version

STANDARD_VERSION = current_version()  # the working version of the standard
LICENCE = "GPOS data-sharing terms 2025"
PERIOD = {"start_date": "2025-01-01", "end_date": "2025-06-30"}

COLLECTIONS = (
    "scam_reports",
    "cases",
    "persons",
    "person_involvements",
    "trafficking_screenings",
    "non_punishment_assessments",
    "protection_measures",
    "repatriations",
    "organisations",
    "beneficial_ownerships",
    "focal_points",
    "taskforces",
    "financial_accounts",
    "transactions",
    "financial_indicators",
    "asset_actions",
    "indicators",
    "evidence",
    "cooperation_requests",
    "moderation_actions",
    "entity_risk_assessments",
    "sanctions_designations",
)

TZ = {
    "TH": "+07:00",
    "KH": "+07:00",
    "LA": "+07:00",
    "VN": "+07:00",
    "BD": "+06:00",
    "MM": "+06:30",
    "NP": "+05:45",
    "IN": "+05:30",
    "PE": "-05:00",
    "AE": "+04:00",
    "CN": "+08:00",
    "HK": "+08:00",
    "SG": "+08:00",
    "GB": "+01:00",
    "UTC": "Z",
}


# --- deterministic identifiers ------------------------------------------------------------------------------------


def seed_bytes(seed: str, n: int = 32) -> bytes:
    """``n`` deterministic bytes from a text seed (SHA-256 in counter mode)."""
    out = b""
    counter = 0
    while len(out) < n:
        out += hashlib.sha256(f"gpos-example:{seed}:{counter}".encode()).digest()
        counter += 1
    return out[:n]


def sha256_hex(seed: str) -> str:
    """A SHA-256 digest standing in for the digest of an evidence file."""
    return hashlib.sha256(f"gpos-example-file:{seed}".encode()).hexdigest()


def tx_hash(seed: str, prefix: str = "") -> str:
    return prefix + seed_bytes("tx:" + seed).hex()


def counter(fmt: str) -> Callable[[], str]:
    """A function returning ``fmt`` filled with 1, 2, 3... on successive calls (sequential record ids)."""
    n = iter(range(1, 10_000))
    return lambda: fmt.format(next(n))


def _checked(kind: str, value: str, *, country: str | None = None) -> str:
    """``value`` in its normalised form; raises if ``gpos_standard.identifiers`` rejects it."""
    result = check(kind, value, country=country)
    if not result.valid or result.normalised is None:
        raise ValueError(f"not a valid {kind}: {value} ({result.reason})")
    return result.normalised


# The identifiers package validates but does not encode, so the two encodings needed here stay, kept minimal.
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _keccak256(data: bytes) -> bytes:
    return keccak.new(digest_bits=256, data=data).digest()


def b58encode(data: bytes) -> str:
    """Base58 (Bitcoin alphabet), each leading zero byte written as 1."""
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    return "1" * (len(data) - len(data.lstrip(b"\x00"))) + out


def _b58check(payload: bytes) -> str:
    return b58encode(payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4])


def _bech32_segwit_v0(hrp: str, program: bytes) -> str:
    """BIP-173 bech32 encoding of a version 0 witness program."""
    acc = bits = 0
    data = [0]
    for byte in program:  # regroup 8-bit bytes into 5-bit groups, zero-padding the last one
        acc, bits = (acc << 8) | byte, bits + 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    chk = 1
    for v in [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp] + data + [0] * 6:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i, gen in enumerate((0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)):
            chk ^= gen if (top >> i) & 1 else 0
    polymod = chk ^ 1
    return hrp + "1" + "".join(_BECH32[d] for d in data + [(polymod >> 5 * (5 - i)) & 31 for i in range(6)])


def tron_address(seed: str) -> str:
    """A TRON address: base58check of 0x41 and a 20-byte account id (here a seeded Keccak hash, as TRON does)."""
    return _checked("trx", _b58check(b"\x41" + _keccak256(seed_bytes("tron:" + seed, 64))[-20:]))


def eth_address(seed: str) -> str:
    """An Ethereum address with its EIP-55 mixed-case checksum."""
    return _checked("eth", eip55("0x" + _keccak256(seed_bytes("eth:" + seed, 64))[-20:].hex()))


def btc_address(seed: str) -> str:
    """A native SegWit (P2WPKH, BIP-173 bech32) Bitcoin address of a seeded 20-byte key hash."""
    return _checked("btc", _bech32_segwit_v0("bc", seed_bytes("btc:" + seed, 20)))


def iban(country: str, bban: str) -> str:
    """An IBAN with computed ISO 7064 mod 97-10 check digits."""
    from stdnum import iban as stdiban

    return _checked("iban", f"{country}{stdiban.calc_check_digits(country + '00' + bban)}{bban}")


def lei(base18: str) -> str:
    """A Legal Entity Identifier (ISO 17442) with computed check digits."""
    from stdnum import lei as stdlei

    digits = "".join(str(int(c, 36)) for c in base18 + "00")
    value = f"{base18}{98 - int(digits) % 97:02d}"
    assert stdlei.is_valid(value), value
    return value


def phone(region: str, national: str) -> str:
    """A phone number written in ``region``'s national format, as E.164."""
    return _checked("phone", national, country=region)


# --- values -------------------------------------------------------------------------------------------------------


def money(amount: str, currency: str) -> dict[str, str]:
    return {"amount": amount, "currency": currency}


def crypto(amount: str, asset: str, network: str | None = None) -> dict[str, str]:
    out = {"amount": amount, "crypto_asset": asset}
    if network:
        out["crypto_network"] = network
    return out


def dt(value: str, tz: str) -> str:
    """``"2025-03-14 09:21"`` in the time zone of a country code -> RFC 3339 with offset."""
    day, _, clock = value.partition(" ")
    if clock.count(":") == 1:
        clock += ":00"
    return f"{day}T{clock}{TZ[tz]}"


def clean(value: Any) -> Any:
    """Drop keys whose value is None, recursively; refuse empty strings and lists (the standard forbids them)."""
    if isinstance(value, dict):
        out = {k: clean(v) for k, v in value.items() if v is not None}
        for k, v in out.items():
            if v == "" or v == [] or v == {}:
                raise ValueError(f"empty value for {k!r}")
        return out
    if isinstance(value, (list, tuple)):
        return [clean(v) for v in value]
    return value


def custody(*steps: tuple[str, str, str | None, str | None, str | None]) -> list[dict[str, Any]]:
    """Chain-of-custody events from (action, occurred_at, from_org, to_org, purpose) tuples."""
    return [
        clean({"action": a, "occurred_at": t, "from_organisation": f, "to_organisation": o, "purpose": p})
        for a, t, f, o, p in steps
    ]


# --- the export ---------------------------------------------------------------------------------------------------


class ExportBuilder:
    """Collects the records of one export; ``add`` returns the id so that later records can refer to it."""

    def __init__(self, member: str, export_id: str, publisher: str, created_at: str, marking: str) -> None:
        self.member = member
        self.head = {
            "standard_version": STANDARD_VERSION,
            "export_id": export_id,
            "publisher": publisher,
            "member_country": member,
            "created_at": created_at,
            "period": dict(PERIOD),
            "sharing_marking": marking,
            "licence": LICENCE,
        }
        self.records: dict[str, list[dict[str, Any]]] = {c: [] for c in COLLECTIONS}

    def add(self, collection: str, **fields: Any) -> str:
        record = clean(fields)
        self.records[collection].append(record)
        return str(record["id"])

    def build(self) -> dict[str, Any]:
        doc = dict(self.head)
        for name in COLLECTIONS:
            if self.records[name]:
                doc[name] = self.records[name]
        return doc


def focal_points(
    x: ExportBuilder,
    prefix: str,
    entries: list[tuple[str, str, str, tuple[str, str, str | None], list[str], bool]],
    valid_from: str,
    verified: str,
) -> None:
    """The five Joint Statement focal points: (area, organisation, unit, (kind, value, platform), languages, 24/7)."""
    for n, (area, org, unit, contact, langs, always) in enumerate(entries, start=1):
        kind, value, platform = contact
        x.add(
            "focal_points",
            id=f"{prefix}-FP-{n:02d}",
            member_country=x.member,
            area=area,
            organisation=org,
            unit=unit,
            secure_contact={"kind": kind, "value": value, "platform": platform},
            languages=langs,
            available_24_7=always,
            valid_from=valid_from,
            valid_until="2027-12-31" if n % 2 else None,
            last_verified_date=verified,
        )
