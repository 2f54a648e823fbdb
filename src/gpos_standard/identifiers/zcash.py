"""Zcash addresses: transparent (``t1``, ``t3``), TEX (``tex1``), shielded Sapling (``zs1``) and Sprout (``zc``),
and unified addresses (``u1``).

Own code over ``_codecs`` and hashlib's BLAKE2b, pinned by the zcash-test-vectors (ZIP-316 unified addresses and
F4Jumble, ZIP-320 TEX addresses). There is no light library: the Zcash crates have no Python binding on PyPI and
``bip-utils`` knows only transparent addresses.

- transparent: base58check with the 2-byte prefixes 0x1CB8 (P2PKH) and 0x1CBD (P2SH);
- TEX (ZIP-320): bech32m ``tex`` over a 20-byte P2PKH hash;
- Sapling: bech32 ``zs`` over 43 bytes (diversifier and transmission key); the key is not checked to be a curve
  point, which needs elliptic-curve arithmetic;
- Sprout (retired, but its addresses still hold funds): base58check with prefix 0x169A and 64 bytes;
- unified (ZIP-316): bech32m ``u`` without the length limit, F4Jumble undone, the 16-byte padding that names the
  prefix checked, then the receivers (typecode, length, value) parsed: ascending typecodes, known ones of the
  right length, at most one transparent receiver.
Testnet forms (``tm``, ``t2``, ``textest``, ``ztestsapling``, ``zt``, ``utest``) are refused.
"""

from __future__ import annotations

from hashlib import blake2b

from ._codecs import BECH32, BECH32M, b58decode_check, bech32_decode, bech32_payload, convert_bits
from ._result import IdResult, bad, ok

TESTNET = "a testnet address, not a Zcash mainnet address"
_BASE58 = {b"\x1c\xb8": 20, b"\x1c\xbd": 20, b"\x16\x9a": 64}  # mainnet prefix -> payload length
_BASE58_TESTNET = (b"\x1d\x25", b"\x1c\xba", b"\x16\xb6")
_TEX_HRPS = {"tex": "", "textest": TESTNET}
_SAPLING_HRPS = {"zs": "", "ztestsapling": TESTNET}
_UNIFIED_MAX_CHARS = 1000
_RECEIVER_LENGTHS = {0: 20, 1: 20, 2: 43, 3: 43}  # P2PKH, P2SH, Sapling, Orchard


def check_zec(value: str) -> IdResult:
    if len(value) > _UNIFIED_MAX_CHARS:
        return bad("too long for a Zcash address")
    head = value[:4].lower()
    try:
        if head.startswith(("u1", "utes")):
            return _unified(value)
        if head.startswith("tex"):
            if len(bech32_payload(value, _TEX_HRPS, BECH32M)[1]) != 20:
                return bad("a TEX address holds a 20-byte transparent hash")
            return ok(value.lower())
        if head.startswith(("zs1", "ztes")):
            if len(bech32_payload(value, _SAPLING_HRPS, BECH32)[1]) != 43:
                return bad("a Sapling address holds 43 bytes")
            return ok(value.lower())
        _base58(value)
    except ValueError as exc:
        return bad(str(exc))
    return ok(value)


def _base58(value: str) -> None:
    payload = b58decode_check(value)
    prefix = payload[:2]
    if prefix in _BASE58_TESTNET:
        raise ValueError(TESTNET)
    if prefix not in _BASE58 or len(payload) != 2 + _BASE58[prefix]:
        raise ValueError("not a Zcash address: it starts with t1, t3, zc, zs1, tex1 or u1")


# --- unified addresses (ZIP-316) -----------------------------------------------------------------------------------

def _h(i: int, data: bytes, size: int) -> bytes:
    return blake2b(data, digest_size=size, person=b"UA_F4Jumble_H" + bytes([i, 0, 0])).digest()


def _g(i: int, data: bytes, size: int) -> bytes:
    blocks = (size + 63) // 64
    out = b"".join(blake2b(data, person=b"UA_F4Jumble_G" + bytes([i]) + j.to_bytes(2, "little")).digest()
                   for j in range(blocks))
    return out[:size]


def _xor(a: bytes, b: bytes) -> bytes:
    return (int.from_bytes(a, "big") ^ int.from_bytes(b, "big")).to_bytes(len(a), "big")


def f4jumble_inverse(message: bytes) -> bytes:
    """Undo ZIP-316's F4Jumble, the unkeyed 4-round Feistel that spreads every byte over the whole address."""
    left = min(64, len(message) // 2)
    c, d = message[:left], message[left:]
    y = _xor(c, _h(1, d, left))
    x = _xor(d, _g(1, y, len(d)))
    a = _xor(y, _h(0, x, left))
    b = _xor(x, _g(0, a, len(d)))
    return a + b


def _compact_size(data: bytes, pos: int) -> tuple[int, int]:
    """A Bitcoin CompactSize at ``pos`` in canonical (shortest) form -> (value, next position)."""
    first = data[pos]
    if first < 0xFD:
        return first, pos + 1
    width = {0xFD: 2, 0xFE: 4, 0xFF: 8}[first]
    if pos + 1 + width > len(data):
        raise ValueError("a receiver's length runs past the end of the address")
    number = int.from_bytes(data[pos + 1:pos + 1 + width], "little")
    if number < (0xFD if width == 2 else 1 << (8 * width // 2)):
        raise ValueError("a receiver's typecode or length is not in its shortest form")
    return number, pos + 1 + width


def _unified(value: str) -> IdResult:
    hrp, data, const = bech32_decode(value, _UNIFIED_MAX_CHARS)
    if hrp == "utest":
        return bad(TESTNET)
    if hrp != "u" or const != BECH32M:
        return bad("not a Zcash unified address (bech32m with the prefix u1)")
    raw = convert_bits(data, 5, 8)
    if raw is None or not 48 <= len(raw) <= 4194368:
        return bad("a unified address has the wrong length or padding")
    raw = f4jumble_inverse(raw)
    if raw[-16:] != hrp.encode("ascii").ljust(16, b"\0"):
        return bad("the unified address padding does not match: probably a mistyped character")
    pos, last, typecodes = 0, -1, []
    body = raw[:-16]
    while pos < len(body):
        typecode, pos = _compact_size(body, pos)
        if pos >= len(body):
            return bad("a receiver of this unified address is cut short")
        length, pos = _compact_size(body, pos)
        if typecode <= last or pos + length > len(body) or _RECEIVER_LENGTHS.get(typecode, length) != length:
            return bad("the receivers of this unified address are malformed (order, type or length)")
        last, pos = typecode, pos + length
        typecodes.append(typecode)
    if not typecodes or {0, 1} <= set(typecodes):
        return bad("a unified address needs receivers, and at most one transparent one")
    return ok(value.lower())
