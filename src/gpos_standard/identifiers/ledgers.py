"""Addresses of account-based ledgers: Solana, XRP Ledger, Stellar, Polkadot, TON and BNB Beacon Chain.

Choice per network: own code throughout, each a few lines over the standard library (hashlib's BLAKE2b,
binascii's CRC-16/XMODEM, base64/base32) pinned by the published vectors in the tests. The libraries that exist
are whole SDKs for signing and talking to nodes: solders (a 4 MB Rust wheel), xrpl-py (httpx, websockets, ECPy),
stellar-sdk (requests, aiohttp, pynacl), substrate-interface/scalecodec (requests, websocket-client, xxhash),
tonsdk/pytoniq-core (pynacl, bitarray), none of them needed to read an address.

- solana (``sol``): base58 of a 32-byte Ed25519 public key. There is no checksum, so a mistyped character is
  caught only when it changes the decoded length; the curve point is not checked either, since program-derived
  addresses are deliberately off the curve.
- ripple_xrpl (``xrp``): classic ``r...`` addresses (base58check in Ripple's alphabet, version 0x00, 20-byte
  account ID) and X-addresses (``X...``, XLS-5d: account ID, tag flag and 64-bit tag). Both kept as written: the
  X-address carries the destination tag that tells an exchange's customers apart.
- stellar (``xlm``): SEP-23 StrKey accounts ``G...``, muxed accounts ``M...`` and contracts ``C...`` (base32 with
  CRC-16/XMODEM, canonical re-encoding required). Secret seeds (``S...``) are refused with a warning.
- polkadot (``dot``): SS58 with network prefix 0 and a 2-byte BLAKE2b-512 checksum over ``SS58PRE``; addresses of
  other networks (Kusama 2, generic Substrate 42, ...) are refused with the prefix they carry. A 2-byte
  checksum misses about one mistyped character in 65 536.
- ton (``ton``): user-friendly 48-character base64url (or standard base64) form with tag, workchain, account ID and
  CRC-16/XMODEM, and the raw ``workchain:hex`` form (no checksum). Bounceable and non-bounceable forms of one
  account normalise to the same raw form, so they match; testnet-only forms are refused.
- bnb_beacon_chain (``bnb``): bech32 ``bnb1...`` with a 20-byte account; ``tbnb1`` testnet refused.
"""

from __future__ import annotations

import base64
import binascii
import re
from hashlib import blake2b

from ._codecs import (
    BASE58_BITCOIN,
    BASE58_RIPPLE,
    BECH32,
    CHECKSUM_MISMATCH,
    b58decode,
    b58decode_check,
    bech32_payload,
)
from ._result import IdResult, bad, ok

TESTNET = "a testnet address, not a mainnet {} address"


def check_sol(value: str) -> IdResult:
    if not 32 <= len(value) <= 44:
        return bad("a Solana address has 32 to 44 base58 characters")
    try:
        key = b58decode(value, BASE58_BITCOIN)
    except ValueError as exc:
        return bad(str(exc))
    if len(key) != 32:
        return bad("does not decode to a 32-byte Solana public key")
    return ok(value)


# --- XRP Ledger ----------------------------------------------------------------------------------------------------

_X_PREFIXES = {b"\x05\x44": "", b"\x04\x93": TESTNET.format("XRP Ledger")}


def check_xrp(value: str) -> IdResult:
    if value[0] not in "rXT" or not 25 <= len(value) <= 47:
        return bad("an XRP Ledger address starts with r (classic, 25 to 35 characters) or X (X-address)")
    try:
        payload = b58decode_check(value, BASE58_RIPPLE)
    except ValueError as exc:
        return bad(str(exc))
    if value[0] == "r":
        if len(payload) != 21 or payload[0] != 0:
            return bad("does not decode to a classic XRP Ledger address (version 0x00, 20-byte account ID)")
        return ok(value)
    if len(payload) != 31 or payload[:2] not in _X_PREFIXES:
        return bad("does not decode to an X-address (2-byte prefix, 20-byte account ID, flag and tag)")
    if _X_PREFIXES[payload[:2]]:
        return bad(_X_PREFIXES[payload[:2]])
    flag, tag = payload[22], int.from_bytes(payload[23:], "little")
    if flag > 1 or tag >> 32 or (flag == 0 and tag):
        return bad("the X-address tag flag or tag is malformed")
    return ok(value)


# --- Stellar -------------------------------------------------------------------------------------------------------

# version byte -> (what it is, key bytes after it); None for StrKeys that are not account addresses
_STRKEYS: dict[int, tuple[str, int] | None] = {
    6 << 3: ("account", 32), 12 << 3: ("muxed account", 40), 2 << 3: ("contract", 32),
    18 << 3: None, 19 << 3: None, 23 << 3: None, 15 << 3: None, 11 << 3: None, 1 << 3: None,
}
_STRKEY_RE = re.compile(r"[A-Z2-7]{56}|[A-Z2-7]{69}")


def check_xlm(value: str) -> IdResult:
    if value[0] == "S":
        return bad("a Stellar secret seed, not an address: it gives control of the account and must not be shared")
    if not _STRKEY_RE.fullmatch(value):
        return bad("a Stellar address has 56 capital letters and digits 2-7 (69 for a muxed M... address)")
    raw = base64.b32decode(value + "=" * (-len(value) % 8))
    if base64.b32encode(raw).decode("ascii").rstrip("=") != value:
        return bad("is not canonical base32: its last character has bits set that must be zero")
    if raw[0] not in _STRKEYS:
        return bad("the version character is not that of a Stellar account, muxed account or contract")
    kind = _STRKEYS[raw[0]]
    if kind is None:
        return bad("a Stellar key or signer, not an account, muxed account or contract address")
    if len(raw) != 1 + kind[1] + 2:
        return bad("the version character does not match the length of the address")
    if binascii.crc_hqx(raw[:-2], 0).to_bytes(2, "little") != raw[-2:]:
        return bad(CHECKSUM_MISMATCH)
    return ok(value)


# --- Polkadot ------------------------------------------------------------------------------------------------------

_SS58_NAMES = {0: "Polkadot", 2: "Kusama", 42: "generic Substrate"}


def ss58_decode(value: str) -> tuple[int, bytes]:
    """(network prefix, 32-byte account ID) of an SS58 address; ``ValueError`` if malformed."""
    raw = b58decode(value, BASE58_BITCOIN)
    if not raw or raw[0] >= 128:
        raise ValueError("does not start with a valid SS58 network prefix")
    if raw[0] < 64:
        prefix, size = raw[0], 1
    else:
        if len(raw) < 2:
            raise ValueError("too short for an SS58 address")
        prefix, size = ((raw[0] & 0x3F) << 2) | (raw[1] >> 6) | ((raw[1] & 0x3F) << 8), 2
    if len(raw) != size + 32 + 2:
        raise ValueError("does not decode to a 32-byte account with a 2-byte checksum")
    if blake2b(b"SS58PRE" + raw[:-2], digest_size=64).digest()[:2] != raw[-2:]:
        raise ValueError(CHECKSUM_MISMATCH)
    return prefix, raw[size:-2]


def check_dot(value: str) -> IdResult:
    if not 46 <= len(value) <= 50:
        return bad("a Polkadot address has 46 to 48 base58 characters and starts with 1")
    try:
        prefix, _ = ss58_decode(value)
    except ValueError as exc:
        return bad(str(exc))
    if prefix != 0:
        name = _SS58_NAMES.get(prefix, "another network")
        return bad(f"wrong network prefix: an SS58 address of {name} (prefix {prefix}), where Polkadot uses 0")
    return ok(value)


# --- TON -----------------------------------------------------------------------------------------------------------

_TON_RAW_RE = re.compile(r"(0|-1):[0-9a-fA-F]{64}")
_TON_URL_RE = re.compile(r"[A-Za-z0-9_-]{48}")
_TON_STD_RE = re.compile(r"[A-Za-z0-9+/]{48}")
_TON_TAGS = {0x11: "", 0x51: "", 0x91: TESTNET.format("TON"), 0xD1: TESTNET.format("TON")}


def check_ton(value: str) -> IdResult:
    if ":" in value:
        if not _TON_RAW_RE.fullmatch(value):
            return bad("a raw TON address is the workchain (0 or -1), a colon and 64 hexadecimal digits")
        return ok(value.lower())
    if _TON_URL_RE.fullmatch(value):
        raw = base64.urlsafe_b64decode(value)
    elif _TON_STD_RE.fullmatch(value):
        raw = base64.b64decode(value)
    else:
        return bad("a TON address has 48 base64url characters (or is the raw workchain:hex form)")
    if binascii.crc_hqx(raw[:34], 0).to_bytes(2, "big") != raw[34:]:
        return bad(CHECKSUM_MISMATCH)
    if raw[0] not in _TON_TAGS:
        return bad("the flags byte is not one TON defines (bounceable or non-bounceable)")
    if _TON_TAGS[raw[0]]:
        return bad(_TON_TAGS[raw[0]])
    if raw[1] not in (0x00, 0xFF):
        return bad("the workchain is neither the basechain (0) nor the masterchain (-1)")
    return ok(f"{0 if raw[1] == 0 else -1}:{raw[2:34].hex()}")


# --- BNB Beacon Chain ----------------------------------------------------------------------------------------------

_BNB_HRPS = {"bnb": "", "tbnb": TESTNET.format("BNB Beacon Chain")}


def check_bnb(value: str) -> IdResult:
    try:
        _, account = bech32_payload(value, _BNB_HRPS, BECH32)
    except ValueError as exc:
        return bad(str(exc))
    if len(account) != 20:
        return bad("does not decode to a 20-byte BNB Beacon Chain account")
    return ok(value.lower())
