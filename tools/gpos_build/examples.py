"""Synthetic reference data: one realistic export per founding member, and invalid examples.

``python -m gpos_build.examples`` (run from ``tools/``) writes

* ``reference_data/exports/{th,bd,np,pe,ae}_export.json``: one export per founding member, every collection of the
  ``Export`` envelope filled, every reference resolving, dates in order;
* ``reference_data/invalid/``: small documents that each break exactly one structural rule, and
  ``expected_errors.csv`` (``file,code,path``) listing every error each one must produce;

then checks them: the cross-record rules below, the code lists in ``reference_data/codelists/`` and, once it has
been generated, the JSON Schema in ``src/gpos_standard/schema/gpos.schema.json`` (with ``jsonschema_rs``).
``--check`` writes nothing and fails when a file on disk differs from what this module builds.

Everything is deterministic: no clock, no unseeded randomness. Every person, account, phone number, wallet and
story is fictional. Phone numbers are checked with ``phonenumbers``, IBANs and LEIs carry computed check digits,
TRON and Bitcoin addresses are base58check/bech32 encodings of seeded hashes and Ethereum addresses carry the
EIP-55 checksum (Keccak-256 is implemented below, as ``hashlib.sha3_256`` is not Keccak).
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
EXPORTS_DIR = ROOT / "reference_data" / "exports"
INVALID_DIR = ROOT / "reference_data" / "invalid"
CODELIST_DIR = ROOT / "reference_data" / "codelists"
SCHEMA_DIR = ROOT / "schema"
JSON_SCHEMA = ROOT / "src" / "gpos_standard" / "schema" / "gpos.schema.json"

STANDARD_VERSION = "0.1.0"
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


# --------------------------------------------------------------------------------------------------------------
# Identifier and value helpers
# --------------------------------------------------------------------------------------------------------------


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


# Keccak-256 (the pre-standard padding used by Ethereum), needed for EIP-55 checksums.
def _rc_bit(t: int) -> int:
    r = 1
    for _ in range(t % 255):
        r <<= 1
        if r & 0x100:
            r ^= 0x171
    return r & 1


_KECCAK_RC = [sum(_rc_bit(j + 7 * i) << ((1 << j) - 1) for j in range(7)) for i in range(24)]
_KECCAK_ROT = [[0, 36, 3, 41, 18], [1, 44, 10, 45, 2], [62, 6, 43, 15, 61], [28, 55, 25, 21, 56], [27, 20, 39, 8, 14]]
_M64 = (1 << 64) - 1


def _rol(v: int, n: int) -> int:
    return ((v << n) | (v >> (64 - n))) & _M64 if n else v


def _keccak_f(a: list[list[int]]) -> list[list[int]]:
    for rnd in range(24):
        c = [a[x][0] ^ a[x][1] ^ a[x][2] ^ a[x][3] ^ a[x][4] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rol(c[(x + 1) % 5], 1) for x in range(5)]
        a = [[a[x][y] ^ d[x] for y in range(5)] for x in range(5)]
        b = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                b[y][(2 * x + 3 * y) % 5] = _rol(a[x][y], _KECCAK_ROT[x][y])
        a = [[b[x][y] ^ ((~b[(x + 1) % 5][y]) & b[(x + 2) % 5][y]) for y in range(5)] for x in range(5)]
        a[0][0] ^= _KECCAK_RC[rnd]
    return a


def keccak256(data: bytes) -> bytes:
    rate = 136
    padded = bytearray(data) + b"\x01"
    while len(padded) % rate:
        padded += b"\x00"
    padded[-1] |= 0x80
    state = [[0] * 5 for _ in range(5)]
    for off in range(0, len(padded), rate):
        block = padded[off : off + rate]
        for i in range(rate // 8):
            state[i % 5][i // 5] ^= int.from_bytes(block[8 * i : 8 * i + 8], "little")
        state = _keccak_f(state)
    return b"".join(state[i % 5][i // 5].to_bytes(8, "little") for i in range(4))


assert keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58encode(data: bytes) -> str:
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(data) - len(data.lstrip(b"\x00"))
    return "1" * pad + out


def b58decode(text: str) -> bytes:
    n = 0
    for ch in text:
        n = n * 58 + _B58.index(ch)
    body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    pad = len(text) - len(text.lstrip("1"))
    return b"\x00" * pad + body


def b58check(payload: bytes) -> str:
    return b58encode(payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4])


def tron_address(seed: str) -> str:
    """A TRON address: base58check of 0x41 and a 20-byte account id (here a seeded Keccak hash, as TRON does)."""
    return b58check(b"\x41" + keccak256(seed_bytes("tron:" + seed, 64))[-20:])


def eth_address(seed: str) -> str:
    """An Ethereum address with its EIP-55 mixed-case checksum."""
    raw = keccak256(seed_bytes("eth:" + seed, 64))[-20:].hex()
    digest = keccak256(raw.encode()).hex()
    return "0x" + "".join(c.upper() if c.isalpha() and int(digest[i], 16) >= 8 else c for i, c in enumerate(raw))


_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values: list[int]) -> int:
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((top >> i) & 1) else 0
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _convertbits(data: bytes, frombits: int, tobits: int) -> list[int]:
    acc = bits = 0
    ret = []
    maxv = (1 << tobits) - 1
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def btc_address(seed: str) -> str:
    """A native SegWit (P2WPKH, BIP-173 bech32) Bitcoin address of a seeded 20-byte key hash."""
    data = [0, *_convertbits(seed_bytes("btc:" + seed, 20), 8, 5)]
    polymod = _bech32_polymod([*_hrp_expand("bc"), *data, 0, 0, 0, 0, 0, 0]) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return "bc1" + "".join(_BECH32[d] for d in data + checksum)


def valid_btc_bech32(address: str) -> bool:
    hrp, _, rest = address.rpartition("1")
    if hrp != "bc" or any(c not in _BECH32 for c in rest):
        return False
    data = [_BECH32.index(c) for c in rest]
    return _bech32_polymod(_hrp_expand(hrp) + data) == 1


def valid_tron(address: str) -> bool:
    try:
        raw = b58decode(address)
    except ValueError:
        return False
    payload, check = raw[:-4], raw[-4:]
    return (
        len(raw) == 25
        and payload[0] == 0x41
        and hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] == check
    )


def valid_eth(address: str) -> bool:
    if not re.fullmatch(r"0x[0-9a-fA-F]{40}", address):
        return False
    raw = address[2:].lower()
    digest = keccak256(raw.encode()).hex()
    expected = "".join(c.upper() if c.isalpha() and int(digest[i], 16) >= 8 else c for i, c in enumerate(raw))
    return address[2:] == expected


def iban(country: str, bban: str) -> str:
    """An IBAN with computed ISO 7064 mod 97-10 check digits."""
    from stdnum import iban as stdiban

    check = stdiban.calc_check_digits(country + "00" + bban)
    value = f"{country}{check}{bban}"
    assert stdiban.is_valid(value), value
    return value


def lei(base18: str) -> str:
    """A Legal Entity Identifier (ISO 17442) with computed check digits."""
    digits = "".join(str(int(c, 36)) for c in base18 + "00")
    value = f"{base18}{98 - int(digits) % 97:02d}"
    from stdnum import lei as stdlei

    assert stdlei.is_valid(value), value
    return value


def phone(region: str, national: str) -> str:
    """A phone number in E.164, checked with ``phonenumbers``."""
    import phonenumbers

    parsed = phonenumbers.parse(national, region)
    if not phonenumbers.is_valid_number(parsed):
        raise ValueError(f"not a valid {region} phone number: {national}")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


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
        return record["id"]

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
