"""Bitcoin Cash addresses: CashAddr (``bitcoincash:q...``, prefix optional) and the legacy base58check form.

Own code: the CashAddr checksum is a 40-bit BCH code over the bech32 alphabet, a dozen lines pinned by the
specification's own test vectors (bitcoincash.org spec/cashaddr.md). The ``cashaddress`` package on PyPI is
unmaintained since 2019 and refuses the specification's hashes longer than 160 bits.

Both forms normalise to lowercase CashAddr with its prefix, so members match a legacy address with its CashAddr
twin. Accepted types are P2PKH and P2SH (0 and 1) and their CashTokens-aware twins (2 and 3), with any hash size
the size bits allow; ``bchtest:``/``bchreg:`` addresses are refused as testnet ones.
"""

from __future__ import annotations

from ._codecs import BECH32_CHARSET, BECH32_INDEX, CHECKSUM_MISMATCH, b58decode_check, convert_bits, generator_table
from ._result import IdResult, bad, ok

PREFIX = "bitcoincash"
_TESTNET_PREFIXES = ("bchtest", "bchreg")
_GENERATOR = (0x98F2BC8E61, 0x79B76D99E2, 0xF33E5FB3C4, 0xAE2EABE2A8, 0x1E4F43E470)
_HASH_SIZES = (20, 24, 28, 32, 40, 48, 56, 64)
_TYPES = {0: "P2PKH", 1: "P2SH", 2: "token-aware P2PKH", 3: "token-aware P2SH"}
_LEGACY_TYPES = {0x00: 0, 0x05: 1}


_TABLE = generator_table(_GENERATOR)


def _polymod(values: list[int]) -> int:
    c = 1
    for d in values:
        c = ((c & 0x07FFFFFFFF) << 5 ^ d) ^ _TABLE[c >> 35]
    return c ^ 1


def cashaddr_decode(text: str, default_prefix: str = PREFIX) -> tuple[str, list[int]]:
    """Split CashAddr text into (prefix, 5-bit data without checksum); ``ValueError`` if the checksum fails."""
    if text.lower() != text and text.upper() != text:
        raise ValueError("mixes upper and lower case, which CashAddr forbids")
    text = text.lower()
    prefix, _, payload = text.rpartition(":")
    prefix = prefix or default_prefix
    if not prefix.isascii() or not prefix.isalnum() or len(payload) < 8:
        raise ValueError("does not have the prefix and length of a CashAddr address")
    try:
        data = [BECH32_INDEX[c] for c in payload]
    except KeyError:
        raise ValueError("contains a character outside the CashAddr alphabet (1, b, i and o are never used)") from None
    if _polymod([ord(c) & 31 for c in prefix] + [0] + data) != 0:
        raise ValueError(CHECKSUM_MISMATCH)
    return prefix, data[:-8]


def cashaddr_encode(prefix: str, payload: bytes) -> str:
    """CashAddr text for a version byte and hash (used to normalise legacy addresses)."""
    acc = bits = 0
    data = []
    for byte in payload:
        acc, bits = (acc << 8) | byte, bits + 8
        while bits >= 5:
            bits -= 5
            data.append(acc >> bits & 31)
    if bits:
        data.append(acc << (5 - bits) & 31)
    checksum = _polymod([ord(c) & 31 for c in prefix] + [0] + data + [0] * 8)
    data += [checksum >> 5 * (7 - i) & 31 for i in range(8)]
    return prefix + ":" + "".join(BECH32_CHARSET[d] for d in data)


def check_bch(value: str) -> IdResult:
    if len(value) > 150:
        return bad("too long for a Bitcoin Cash address")
    if value[0] in "13" and ":" not in value:
        return _legacy(value)
    try:
        prefix, data = cashaddr_decode(value)
    except ValueError as exc:
        return bad(str(exc))
    if prefix in _TESTNET_PREFIXES:
        return bad("a testnet or regtest address, not a Bitcoin Cash mainnet address")
    if prefix != PREFIX:
        return bad("has the wrong prefix: a Bitcoin Cash address starts with bitcoincash: or q, p, z or r")
    payload = convert_bits(data, 5, 8)
    if payload is None or not payload:
        return bad("has invalid padding bits at the end of its data")
    version = payload[0]
    if version & 0x80 or (version >> 3) not in _TYPES:
        return bad("the address type is not one Bitcoin Cash defines (P2PKH, P2SH or their token-aware forms)")
    if len(payload) - 1 != _HASH_SIZES[version & 7]:
        return bad("the hash length does not match the size its version byte announces")
    return ok(PREFIX + ":" + value.lower().rpartition(":")[2])


def _legacy(value: str) -> IdResult:
    try:
        payload = b58decode_check(value)
    except ValueError as exc:
        return bad(str(exc))
    if len(payload) != 21 or payload[0] not in _LEGACY_TYPES:
        return bad("not a legacy mainnet P2PKH or P2SH address (version byte 0x00 or 0x05, 20-byte hash)")
    return ok(cashaddr_encode(PREFIX, bytes([_LEGACY_TYPES[payload[0]] << 3]) + payload[1:]))
