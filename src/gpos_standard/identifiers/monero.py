"""Monero addresses: standard (``4...``), subaddress (``8...``) and integrated (``4...``, 106 characters).

Own code: Monero's base58 encodes 8-byte blocks as 11 characters each (the last block shorter), over a network
byte, the public spend and view keys (and an 8-byte payment ID for integrated addresses), with the first 4 bytes
of Keccak-256 as checksum. Keccak comes from pycryptodome, already a dependency. The ``monero`` package on PyPI
does the same but pulls requests, pynacl and a wallet RPC client, and was last released in 2022.
Testnet and stagenet addresses are refused.
"""

from __future__ import annotations

from Crypto.Hash import keccak

from ._codecs import CHECKSUM_MISMATCH, b58number
from ._result import IdResult, bad, ok

_BLOCK_CHARS = (0, 2, 3, 5, 6, 7, 9, 10, 11)  # characters that encode 0..8 bytes
# network byte -> (kind of address, total bytes with checksum); None for the test networks
_NETWORK_BYTES: dict[int, tuple[str, int] | None] = {
    18: ("standard", 69), 19: ("integrated", 77), 42: ("subaddress", 69),
    53: None, 54: None, 63: None,  # testnet
    24: None, 25: None, 36: None,  # stagenet
}


def xmr_b58decode(text: str) -> bytes:
    """Decode Monero's block-wise base58; ``ValueError`` if a block has the wrong length or overflows."""
    out = bytearray()
    for start in range(0, len(text), 11):
        block = text[start:start + 11]
        if len(block) not in _BLOCK_CHARS:
            raise ValueError("has a length no Monero address can have")
        size = _BLOCK_CHARS.index(len(block))
        number = b58number(block)
        if number >> (8 * size):
            raise ValueError("contains a block that does not decode: probably a mistyped character")
        out += number.to_bytes(size, "big")
    return bytes(out)


def check_xmr(value: str) -> IdResult:
    if len(value) not in (95, 106):
        return bad("a Monero address has 95 characters (106 for an integrated address)")
    try:
        raw = xmr_b58decode(value)
    except ValueError as exc:
        return bad(str(exc))
    if raw[0] not in _NETWORK_BYTES:
        return bad("the network byte is not one of Monero's (mainnet addresses start with 4 or 8)")
    network = _NETWORK_BYTES[raw[0]]
    if network is None:
        return bad("a testnet or stagenet address, not a Monero mainnet address")
    if len(raw) != network[1]:
        return bad(f"the length does not match a Monero {network[0]} address")
    if keccak.new(digest_bits=256, data=raw[:-4]).digest()[:4] != raw[-4:]:
        return bad(CHECKSUM_MISMATCH)
    return ok(value)
