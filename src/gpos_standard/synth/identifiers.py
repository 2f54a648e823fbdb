"""Pools of valid, checksummed identifiers, computed once per seed and reused by every record.

Checksums (IBAN mod 97, base58check, bech32, EIP-55) and phone-number validity are expensive compared with
building a record, so each pool is filled at start-up from seeded hashes and then sampled. The encoders are
written here from their specifications rather than borrowed from the validator, so a bug in one is not
mirrored in the other.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field

import phonenumbers
from stdnum import iban as stdnum_iban

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32_GEN = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)

# Foreign IBAN countries seen in scam flows (no national check digits inside, unlike BE/ES/NO/ME).
_IBAN_FORMATS = {"AE": "3n16n", "GB": "4a6n8n", "DE": "8n10n", "SA": "2n18c", "TR": "5n1n16c", "QA": "4a21c",
                 "GE": "2a16n", "CY": "3n5n16c"}
_PHONE_PREFIXES = {"TH": ("8", "9", "6"), "BD": ("17", "18", "19", "13", "15"), "NP": ("98", "97"),
                   "PE": ("9",), "AE": ("50", "52", "54", "55", "56", "58"), "KH": ("1", "9", "7"),
                   "MM": ("9",), "LA": ("20",), "IN": ("9", "8", "7"), "PH": ("9",), "CN": ("13", "15", "18"),
                   "VN": ("9", "3", "8")}


def b58encode_check(payload: bytes) -> str:
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    number = int.from_bytes(data, "big")
    out = []
    while number:
        number, rem = divmod(number, 58)
        out.append(_B58[rem])
    zeros = len(data) - len(data.lstrip(b"\0"))
    return "1" * zeros + "".join(reversed(out))


def _polymod(values: list[int]) -> int:
    chk = 1
    for value in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ value
        for i, gen in enumerate(_BECH32_GEN):
            if (top >> i) & 1:
                chk ^= gen
    return chk


def bech32_segwit_v0(program: bytes, hrp: str = "bc") -> str:
    """A BIP-173 version-0 segwit address for a 20- or 32-byte program."""
    acc = bits = 0
    data = [0]
    for byte in program:
        acc = (acc << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    polymod = _polymod([*expanded, *data, 0, 0, 0, 0, 0, 0]) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH32[d] for d in data + checksum)


def eip55(hex40: str) -> str:
    from Crypto.Hash import keccak

    lower = hex40.lower()
    digest = keccak.new(digest_bits=256, data=lower.encode("ascii")).hexdigest()
    return "0x" + "".join(c.upper() if int(h, 16) >= 8 else c for c, h in zip(lower, digest, strict=False))


def iban_for(country: str, rng: random.Random) -> str:
    """A random IBAN of ``country`` with correct ISO 7064 check digits."""
    bban = []
    for chunk in _split_format(_IBAN_FORMATS[country]):
        length, kind = chunk
        alphabet = "0123456789" if kind == "n" else "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if kind == "a" else \
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        bban.append("".join(rng.choice(alphabet) for _ in range(length)))
    body = "".join(bban)
    check = 98 - _mod97(body + country + "00")
    return f"{country}{check:02d}{body}"


def _mod97(text: str) -> int:
    """ISO 7064 mod 97-10 remainder of an IBAN rearranged as BBAN + country + check digits."""
    return int("".join(str(int(c, 36)) for c in text)) % 97


def _split_format(fmt: str) -> list[tuple[int, str]]:
    out, number = [], ""
    for char in fmt:
        if char.isdigit():
            number += char
        else:
            out.append((int(number), char))
            number = ""
    return out


def _hexes(seed: int, label: str, count: int) -> list[bytes]:
    return [hashlib.sha256(f"{seed}/{label}/{i}".encode()).digest() for i in range(count)]


@dataclass
class Pools:
    """Valid identifiers for one seed; each list is sampled by index."""

    phones: dict[str, list[str]] = field(default_factory=dict)  # region -> E.164 numbers
    ibans: list[str] = field(default_factory=list)
    trx: list[str] = field(default_factory=list)
    btc: list[str] = field(default_factory=list)
    eth: list[str] = field(default_factory=list)
    sha256: list[str] = field(default_factory=list)
    tx_hashes: list[str] = field(default_factory=list)


def _phones(region: str, rng: random.Random, count: int) -> list[str]:
    if region not in phonenumbers.SUPPORTED_REGIONS:
        return []
    code = phonenumbers.country_code_for_region(region)
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    length = len(str(example.national_number)) if example else 9
    prefixes = _PHONE_PREFIXES.get(region, (str(example.national_number)[:2] if example else "9",))
    found: list[str] = []
    tries = 0
    while len(found) < count and tries < count * 50:
        tries += 1
        prefix = prefixes[tries % len(prefixes)]
        national = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix)))
        number = phonenumbers.parse(f"+{code}{national}")
        if phonenumbers.is_valid_number(number):
            found.append(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
    if not found and example is not None:
        found.append(phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164))
    return found


def build_pools(seed: int, regions: list[str], size: int = 512) -> Pools:
    rng = random.Random(f"gpos-synth-pools/{seed}")
    pools = Pools()
    for region in regions:
        pools.phones[region] = _phones(region, rng, size)
    countries = sorted(_IBAN_FORMATS)
    for i in range(size):
        value = iban_for(countries[i % len(countries)], rng)
        if stdnum_iban.is_valid(value):
            pools.ibans.append(value)
    for digest in _hexes(seed, "trx", size):
        pools.trx.append(b58encode_check(b"\x41" + digest[:20]))
    for i, digest in enumerate(_hexes(seed, "btc", size)):
        pools.btc.append(bech32_segwit_v0(digest[:20]) if i % 3 else b58encode_check(b"\x00" + digest[:20]))
    pools.eth = [eip55(d[:20].hex()) for d in _hexes(seed, "eth", size)]
    pools.sha256 = [d.hex() for d in _hexes(seed, "evidence", size)]
    pools.tx_hashes = [d.hex() for d in _hexes(seed, "tx", size)]
    return pools


def corrupt_iban(value: str) -> str:
    """The same IBAN with wrong check digits (still in the issued range 02-98)."""
    check = int(value[2:4])
    wrong = 2 + (check - 2 + 37) % 97
    return f"{value[:2]}{wrong:02d}{value[4:]}"


def corrupt_base58(value: str) -> str:
    """One character replaced by another base58 character, which breaks the checksum."""
    pos = len(value) // 2
    char = value[pos]
    other = _B58[(_B58.index(char) + 7) % 58]
    return value[:pos] + other + value[pos + 1:]
