"""Cardano addresses (CIP-19): Shelley bech32 ``addr1...``/``stake1...`` and Byron base58 (``Ae2...``, ``DdzFF...``).

Shelley addresses are bech32 without the 90-character limit (CIP-19 lifts it) over a header byte (address type
and network tag) and 28-byte key or script hashes, or a chain pointer of three variable-length integers; own code
over ``_codecs``. Byron addresses are base58 of a CBOR pair (the CBOR-in-CBOR address and its CRC-32); the CBOR
is read with ``cbor2`` (a maintained, dependency-free decoder, imported only when a Byron address is checked).
``pycardano`` would do both but pulls a transaction-building stack (cbor2, pynacl, typeguard, websocket-client,
requests and more). Testnet addresses (``addr_test``, ``stake_test``, Byron with a network magic) are refused.
"""

from __future__ import annotations

import io
import zlib
from typing import Any

from ._codecs import BECH32, b58decode, bech32_payload
from ._result import IdResult, bad, ok

_TESTNET = "a testnet address, not a Cardano mainnet address"
_HRPS = {"addr": "", "stake": "", "addr_test": _TESTNET, "stake_test": _TESTNET}
_MAX_CHARS = 200
_NOT_CARDANO = "not a Cardano address: it neither starts with addr1 or stake1 nor decodes as a Byron address"
# header type -> length of what follows the header (None: a chain pointer follows the 28-byte payment hash)
_SHELLEY_LENGTHS: dict[int, int | None] = {0: 56, 1: 56, 2: 56, 3: 56, 4: None, 5: None, 6: 28, 7: 28}
_STAKE_TYPES = (14, 15)


def check_ada(value: str) -> IdResult:
    if len(value) > _MAX_CHARS:
        return bad("too long for a Cardano address")
    if value[:5].lower() in ("addr1", "stake", "addr_"):
        return _shelley(value)
    return _byron(value)


def _shelley(value: str) -> IdResult:
    try:
        hrp, raw = bech32_payload(value, _HRPS, BECH32, _MAX_CHARS)
    except ValueError as exc:
        return bad(str(exc))
    if not raw:
        return bad("the address has no header byte")
    kind, network = raw[0] >> 4, raw[0] & 0x0F
    if network != 1:
        return bad(_TESTNET if network == 0 else "the network tag is neither mainnet nor testnet")
    if hrp == "stake":
        if kind not in _STAKE_TYPES or len(raw) != 29:
            return bad("not a stake address: the header type or length is wrong")
        return ok(value.lower())
    if kind not in _SHELLEY_LENGTHS:
        return bad("the header type is not a Shelley payment address type (0 to 7)")
    length = _SHELLEY_LENGTHS[kind]
    if length is None:
        if len(raw) < 32 or not _is_pointer(raw[29:]):
            return bad("the chain pointer of this pointer address is malformed")
    elif len(raw) != 1 + length:
        return bad("the length does not match the header type of this address")
    return ok(value.lower())


def _is_pointer(data: bytes) -> bool:
    """Three variable-length natural numbers (7 bits a byte, high bit = more), filling ``data`` exactly."""
    count, more = 0, False
    for byte in data:
        more = bool(byte & 0x80)
        count += not more
    return count == 3 and not more


def _cbor(data: bytes) -> Any:
    """One CBOR item filling ``data`` exactly (``cbor2.loads`` would ignore trailing bytes)."""
    import cbor2

    stream = io.BytesIO(data)
    try:
        item = cbor2.CBORDecoder(stream).decode()
    except (cbor2.CBORError, ValueError, TypeError, OverflowError, RecursionError) as exc:
        raise ValueError(_NOT_CARDANO) from exc
    if stream.tell() != len(data):
        raise ValueError("has bytes after its Byron address structure")
    return item


def _byron(value: str) -> IdResult:
    import cbor2

    try:
        raw = b58decode(value)
        outer = _cbor(raw)
        if not (isinstance(outer, list) and len(outer) == 2 and isinstance(outer[0], cbor2.CBORTag)
                and outer[0].tag == 24 and isinstance(outer[0].value, bytes) and isinstance(outer[1], int)):
            raise ValueError(_NOT_CARDANO)
        if zlib.crc32(outer[0].value) != outer[1]:
            raise ValueError("the checksum (CRC-32) does not match: probably a mistyped character")
        inner = _cbor(outer[0].value)
    except ValueError as exc:
        return bad(str(exc))
    if not (isinstance(inner, list) and len(inner) == 3 and isinstance(inner[0], bytes) and len(inner[0]) == 28
            and isinstance(inner[1], dict) and type(inner[2]) is int and inner[2] in (0, 2)):
        return bad("the Byron address structure (root, attributes, type) is malformed")
    if 2 in inner[1]:
        return bad(_TESTNET)
    return ok(value)
