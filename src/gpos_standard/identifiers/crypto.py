"""Wallet addresses: Bitcoin (base58check, bech32, bech32m), Ethereum/EVM (EIP-55) and TRON (base58check).

Base58check and bech32 are implemented here with the standard library (they are short and pinned by the BIP test
vectors in the tests); Keccak-256 for EIP-55 comes from pycryptodome (``Crypto.Hash.keccak``).
"""

from __future__ import annotations

import re
from hashlib import sha256

from Crypto.Hash import keccak

from ._result import IdResult, bad, ok

_B58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B58_INDEX = {c: i for i, c in enumerate(_B58_ALPHABET)}
_B58_RE = re.compile(f"[{_B58_ALPHABET}]+")

_BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32_INDEX = {c: i for i, c in enumerate(_BECH32_CHARSET)}
_BECH32_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
BECH32, BECH32M = 1, 0x2BC830A3  # the checksum constants of BIP-173 and BIP-350

_ETH_RE = re.compile(r"0x[0-9a-fA-F]{40}")


# --- base58check ---------------------------------------------------------------------------------------------------

def b58decode_check(text: str) -> bytes:
    """Decode base58check text to its payload (version byte included); ``ValueError`` says what is wrong."""
    if not _B58_RE.fullmatch(text):
        raise ValueError("contains a character outside the base58 alphabet (0, O, I and l are never used)")
    number = 0
    for char in text:
        number = number * 58 + _B58_INDEX[char]
    zeros = len(text) - len(text.lstrip("1"))
    raw = b"\0" * zeros + number.to_bytes((number.bit_length() + 7) // 8, "big")
    if len(raw) < 5:
        raise ValueError("too short for a base58check address")
    payload, checksum = raw[:-4], raw[-4:]
    if sha256(sha256(payload).digest()).digest()[:4] != checksum:
        raise ValueError("the checksum does not match: probably a mistyped character")
    return payload


# --- bech32 / bech32m ----------------------------------------------------------------------------------------------

def _generator_table() -> tuple[int, ...]:
    """XOR of the generators selected by each 5-bit value, so the checksum loop needs one lookup per character."""
    table = []
    for top in range(32):
        acc = 0
        for i, gen in enumerate(_BECH32_GENERATOR):
            if (top >> i) & 1:
                acc ^= gen
        table.append(acc)
    return tuple(table)


_GENERATOR_TABLE = _generator_table()


def _polymod(values: list[int]) -> int:
    chk = 1
    for value in values:
        chk = ((chk & 0x1FFFFFF) << 5 ^ value) ^ _GENERATOR_TABLE[chk >> 25]
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def bech32_decode(text: str) -> tuple[str, list[int], int]:
    """Split bech32/bech32m text into (hrp, data without checksum, BECH32 or BECH32M); ``ValueError`` if invalid."""
    if any(ord(c) < 33 or ord(c) > 126 for c in text):
        raise ValueError("contains a character not allowed in a bech32 address")
    if text.lower() != text and text.upper() != text:
        raise ValueError("mixes upper and lower case, which bech32 forbids")
    text = text.lower()
    pos = text.rfind("1")
    if pos < 1 or pos + 7 > len(text) or len(text) > 90:
        raise ValueError("does not have the length and separator of a bech32 address")
    hrp = text[:pos]
    try:
        data = [_BECH32_INDEX[c] for c in text[pos + 1:]]
    except KeyError:
        raise ValueError("contains a character outside the bech32 alphabet (1, b, i and o are never used)") from None
    const = _polymod(_hrp_expand(hrp) + data)
    if const not in (BECH32, BECH32M):
        raise ValueError("the checksum does not match: probably a mistyped character")
    return hrp, data[:-6], const


def _convert_bits(data: list[int], from_bits: int, to_bits: int) -> bytes | None:
    """Regroup 5-bit groups into bytes without padding, as BIP-173 requires; None if the padding is wrong."""
    acc = bits = 0
    out = bytearray()
    mask = (1 << to_bits) - 1
    for value in data:
        acc = (acc << from_bits) | value
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            out.append((acc >> bits) & mask)
    if bits >= from_bits or (acc << (to_bits - bits)) & mask:
        return None
    return bytes(out)


def decode_segwit(hrp: str, text: str) -> tuple[int, bytes]:
    """Decode a segwit address for ``hrp`` to (witness version, program); ``ValueError`` if invalid."""
    found, data, const = bech32_decode(text)
    if found != hrp:
        raise ValueError("not a Bitcoin mainnet address (it should start with bc1)")
    if not data or data[0] > 16:
        raise ValueError("the witness version is missing or out of range")
    version = data[0]
    program = _convert_bits(data[1:], 5, 8)
    if program is None or not 2 <= len(program) <= 40:
        raise ValueError("the witness program has an invalid length")
    if version == 0 and len(program) not in (20, 32):
        raise ValueError("a version 0 witness program must be 20 or 32 bytes")
    if const != (BECH32 if version == 0 else BECH32M):
        raise ValueError("uses the wrong checksum variant for its witness version (bech32 for v0, bech32m for v1+)")
    return version, program


# --- the checks ----------------------------------------------------------------------------------------------------

def check_btc(value: str) -> IdResult:
    if len(value) > 90:
        return bad("too long for a Bitcoin address")
    if value[:3].lower() == "bc1":
        try:
            decode_segwit("bc", value)
        except ValueError as exc:
            return bad(str(exc))
        return ok(value.lower())
    if value[:3].lower() in ("tb1", "bcr"):
        return bad("a testnet or regtest address, not a Bitcoin mainnet address")
    if value[0] not in "13":
        return bad("a Bitcoin address starts with 1, 3 or bc1")
    try:
        payload = b58decode_check(value)
    except ValueError as exc:
        return bad(str(exc))
    if len(payload) != 21:
        return bad("decodes to the wrong number of bytes for a Bitcoin address")
    if payload[0] not in (0x00, 0x05):
        return bad("not a mainnet pay-to-public-key-hash or pay-to-script-hash address")
    return ok(value)


def eip55(address: str) -> str:
    """The EIP-55 mixed-case checksum form of a 0x-prefixed 40-hex-digit address."""
    hexdigits = address[2:].lower()
    digest = keccak.new(digest_bits=256, data=hexdigits.encode("ascii")).hexdigest()
    return "0x" + "".join(c.upper() if int(h, 16) >= 8 else c for c, h in zip(hexdigits, digest[:40], strict=True))


def check_eth(value: str) -> IdResult:
    if not _ETH_RE.fullmatch(value):
        return bad("an Ethereum address is 0x followed by 40 hexadecimal digits")
    checksummed = eip55(value)
    body = value[2:]
    if body != body.lower() and body != body.upper() and value != checksummed:
        return bad("the mixed-case (EIP-55) checksum does not match: probably a mistyped character")
    return ok(checksummed)


def check_trx(value: str) -> IdResult:
    if value[0] != "T" or len(value) != 34:
        return bad("a TRON address has 34 characters and starts with T")
    try:
        payload = b58decode_check(value)
    except ValueError as exc:
        return bad(str(exc))
    if len(payload) != 21 or payload[0] != 0x41:
        return bad("does not decode to a TRON address (version byte 0x41, 21 bytes)")
    return ok(value)
