"""The encodings wallet addresses are written in: base58 (any alphabet) with its check, bech32/bech32m, bit regrouping.

Each is a few lines over the standard library and pinned by the published test vectors in the tests (BIP-173,
BIP-350, the base58check addresses of the reference clients), so no dependency is needed. Every decoder raises
``ValueError`` with a reason that never repeats the text.
"""

from __future__ import annotations

from hashlib import sha256

BASE58_BITCOIN = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BASE58_RIPPLE = "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz"
_B58_INDEX = {alphabet: {c: i for i, c in enumerate(alphabet)} for alphabet in (BASE58_BITCOIN, BASE58_RIPPLE)}

BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
BECH32_INDEX = {c: i for i, c in enumerate(BECH32_CHARSET)}
BECH32, BECH32M = 1, 0x2BC830A3  # the checksum constants of BIP-173 and BIP-350
_BECH32_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)

CHECKSUM_MISMATCH = "the checksum does not match: probably a mistyped character"


# --- base58 --------------------------------------------------------------------------------------------------------

def b58number(text: str, alphabet: str = BASE58_BITCOIN) -> int:
    """The number base58 text writes."""
    index = _B58_INDEX[alphabet]
    number = 0
    try:
        for char in text:
            number = number * 58 + index[char]
    except KeyError:
        raise ValueError("contains a character outside the base58 alphabet (0, O, I and l are never used)") from None
    return number


def b58decode(text: str, alphabet: str = BASE58_BITCOIN) -> bytes:
    """Decode base58 text; each leading zero digit (``1``, or ``r`` in Ripple's alphabet) is one zero byte."""
    number = b58number(text, alphabet)
    zeros = len(text) - len(text.lstrip(alphabet[0]))
    return b"\0" * zeros + number.to_bytes((number.bit_length() + 7) // 8, "big")


def double_sha256_checksum(payload: bytes) -> bytes:
    return sha256(sha256(payload).digest()).digest()[:4]


def b58decode_check(text: str, alphabet: str = BASE58_BITCOIN) -> bytes:
    """Decode base58check text to its payload (version bytes included); ``ValueError`` says what is wrong."""
    raw = b58decode(text, alphabet)
    if len(raw) < 5:
        raise ValueError("too short for a base58check address")
    payload, checksum = raw[:-4], raw[-4:]
    if double_sha256_checksum(payload) != checksum:
        raise ValueError(CHECKSUM_MISMATCH)
    return payload


# --- bech32 / bech32m ----------------------------------------------------------------------------------------------

def generator_table(generators: tuple[int, ...]) -> tuple[int, ...]:
    """XOR of the generators selected by each 5-bit value, so a BCH checksum loop needs one lookup per character."""
    table = []
    for top in range(32):
        acc = 0
        for i, gen in enumerate(generators):
            if (top >> i) & 1:
                acc ^= gen
        table.append(acc)
    return tuple(table)


_GENERATOR_TABLE = generator_table(_BECH32_GENERATOR)


def _polymod(values: list[int]) -> int:
    chk = 1
    for value in values:
        chk = ((chk & 0x1FFFFFF) << 5 ^ value) ^ _GENERATOR_TABLE[chk >> 25]
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def bech32_decode(text: str, max_length: int = 90) -> tuple[str, list[int], int]:
    """Split bech32/bech32m text into (hrp, data without checksum, BECH32 or BECH32M); ``ValueError`` if invalid.

    ``max_length`` is BIP-173's 90 characters; Cardano and Zcash unified addresses lift it (they say so), and
    a single mistyped character is still always caught there, as the code's generator divides no single-term error.
    """
    if any(ord(c) < 33 or ord(c) > 126 for c in text):
        raise ValueError("contains a character not allowed in a bech32 address")
    if text.lower() != text and text.upper() != text:
        raise ValueError("mixes upper and lower case, which bech32 forbids")
    text = text.lower()
    pos = text.rfind("1")
    if pos < 1 or pos + 7 > len(text) or len(text) > max_length:
        raise ValueError("does not have the length and separator of a bech32 address")
    hrp = text[:pos]
    try:
        data = [BECH32_INDEX[c] for c in text[pos + 1:]]
    except KeyError:
        raise ValueError("contains a character outside the bech32 alphabet (1, b, i and o are never used)") from None
    const = _polymod(_hrp_expand(hrp) + data)
    if const not in (BECH32, BECH32M):
        raise ValueError(CHECKSUM_MISMATCH)
    return hrp, data[:-6], const


def convert_bits(data: list[int], from_bits: int, to_bits: int) -> bytes | None:
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


def bech32_payload(text: str, hrps: dict[str, str], variant: int, max_length: int = 90) -> tuple[str, bytes]:
    """Decode a bech32 (or bech32m) address whose human-readable part is a key of ``hrps`` to (hrp, bytes).

    ``hrps`` maps each accepted prefix to "" and each refused one (a testnet) to the reason for refusing it.
    """
    hrp, data, const = bech32_decode(text, max_length)
    if hrps.get(hrp) != "":
        expected = " or ".join(f"{h}1" for h, refused in hrps.items() if not refused)
        raise ValueError(hrps.get(hrp) or f"has the wrong prefix for this network: it should start with {expected}")
    if const != variant:
        raise ValueError("uses the wrong checksum variant (bech32 and bech32m are not interchangeable)")
    payload = convert_bits(data, 5, 8)
    if payload is None:
        raise ValueError("has invalid padding bits at the end of its data")
    return hrp, payload


def decode_segwit(hrp: str, text: str, name: str = "a Bitcoin mainnet") -> tuple[int, bytes]:
    """Decode a segwit address for ``hrp`` to (witness version, program); ``ValueError`` if invalid."""
    found, data, const = bech32_decode(text)
    if found != hrp:
        raise ValueError(f"not {name} address (it should start with {hrp}1)")
    if not data or data[0] > 16:
        raise ValueError("the witness version is missing or out of range")
    version = data[0]
    program = convert_bits(data[1:], 5, 8)
    if program is None or not 2 <= len(program) <= 40:
        raise ValueError("the witness program has an invalid length")
    if version == 0 and len(program) not in (20, 32):
        raise ValueError("a version 0 witness program must be 20 or 32 bytes")
    if const != (BECH32 if version == 0 else BECH32M):
        raise ValueError("uses the wrong checksum variant for its witness version (bech32 for v0, bech32m for v1+)")
    return version, program
