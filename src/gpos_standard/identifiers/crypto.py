"""Wallet addresses of Bitcoin and the chains that copied its base58check format, plus Ethereum/EVM (EIP-55).

Choice per network (own code = a few lines over ``_codecs`` pinned by the reference clients' test vectors):

- bitcoin (``btc``): own code. Base58check P2PKH/P2SH, bech32 segwit v0 and bech32m v1+ (Taproot) per BIP-173/350;
  the ``bech32`` package on PyPI is the same reference code, unmaintained since 2020 and without the length
  option Cardano and Zcash need, so it would add a dependency and still leave the code here.
- litecoin (``ltc``), dogecoin (``doge``), dash (``dash``), bitcoin_sv (``bsv``), bitcoin_gold (``btg``), tron
  (``trx``), neo (``neo``): own code, the Bitcoin checks with each chain's version bytes and segwit prefix.
  ``base58`` (PyPI) would replace eight lines; ``coinaddrvalidator``/``coinaddrng`` are unmaintained and pull
  pysha3, which no longer builds; ``bip-utils`` covers them all but pulls coincurve, pynacl, ecdsa, cbor2,
  py-sr25519-bindings and more native wheels for keys we never handle.
- ethereum and the EVM chains (``eth``, ``evm``, ``etc``): EIP-55 with Keccak-256 from pycryptodome.

Testnet and regtest addresses are refused everywhere with the same reason: the network codes name mainnets.
Bitcoin SV has no segwit, so ``bc1`` addresses are refused for it. For ``neo`` (Neo N3, version 0x35, ``N...``)
a legacy Neo 2 address (``A...``, version 0x17) is refused with a reason that says so: it belongs to a retired
chain whose accounts were migrated, so recording it as ``neo`` would name the wrong ledger.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from Crypto.Hash import keccak

from ._codecs import BECH32, BECH32M, b58decode_check, bech32_decode, decode_segwit
from ._result import IdResult, bad, ok

__all__ = ["BECH32", "BECH32M", "b58decode_check", "bech32_decode", "check_btc", "check_eth", "check_trx",
           "decode_segwit", "eip55"]

_ETH_RE = re.compile(r"0x[0-9a-fA-F]{40}")
TESTNET = "a testnet or regtest address, not a {} mainnet address"


@dataclass(frozen=True)
class Base58Coin:
    """The published address parameters of one chain: base58check version prefixes and the segwit prefix."""

    name: str
    versions: tuple[bytes, ...]  # mainnet version prefixes; each precedes a 20-byte hash
    starts: str  # what a user sees, for the reason when nothing matches
    testnet: tuple[bytes, ...] = ()
    hrp: str | None = None  # segwit human-readable part, if the chain has segwit
    testnet_hrps: tuple[str, ...] = ()
    other: dict[bytes, str] = field(default_factory=dict)  # version -> reason, for look-alikes of other chains


COINS = {
    "btc": Base58Coin("Bitcoin", (b"\x00", b"\x05"), "1, 3 or bc1", (b"\x6f", b"\xc4"), "bc", ("tb", "bcrt")),
    "ltc": Base58Coin("Litecoin", (b"\x30", b"\x32", b"\x05"), "L, M, 3 or ltc1", (b"\x6f", b"\xc4", b"\x3a"),
                      "ltc", ("tltc", "rltc")),
    "doge": Base58Coin("Dogecoin", (b"\x1e", b"\x16"), "D, 9 or A", (b"\x71", b"\xc4")),
    "dash": Base58Coin("Dash", (b"\x4c", b"\x10"), "X or 7", (b"\x8c", b"\x13")),
    "bsv": Base58Coin("Bitcoin SV", (b"\x00", b"\x05"), "1 or 3", (b"\x6f", b"\xc4")),
    "btg": Base58Coin("Bitcoin Gold", (b"\x26", b"\x17"), "G, A or btg1", (b"\x6f", b"\xc4"), "btg",
                      ("tbtg", "btgrt", "tb")),
    "trx": Base58Coin("TRON", (b"\x41",), "T"),
    "neo": Base58Coin("Neo N3", (b"\x35",), "N", other={
        b"\x17": "a legacy Neo 2 address (starts with A); the neo network code means Neo N3 (addresses start with N)"}),
}


def check_base58_coin(coin: Base58Coin, value: str) -> IdResult:
    """Check ``value`` against ``coin``: its segwit prefix if it has one, else base58check with a known version."""
    if len(value) > 90:
        return bad(f"too long for a {coin.name} address")
    head = value[:10].lower()
    if coin.hrp and head.startswith(coin.hrp + "1"):
        try:
            decode_segwit(coin.hrp, value, f"a {coin.name} mainnet")
        except ValueError as exc:
            return bad(str(exc))
        return ok(value.lower())
    if any(head.startswith(h + "1") for h in coin.testnet_hrps):
        return bad(TESTNET.format(coin.name))
    if coin.hrp and head.startswith(coin.hrp + "mweb1"):
        return bad("a Litecoin MWEB (private) address, whose format this version does not check")
    if head.startswith("bc1"):
        return bad(f"a Bitcoin segwit address, not a {coin.name} address")
    try:
        payload = b58decode_check(value)
    except ValueError as exc:
        return bad(str(exc))
    for version in (*coin.versions, *coin.testnet, *coin.other):
        if payload.startswith(version) and len(payload) == len(version) + 20:
            if version in coin.versions:
                return ok(value)
            return bad(coin.other.get(version) or TESTNET.format(coin.name))
    if len(payload) != 21:
        return bad(f"decodes to the wrong number of bytes for a {coin.name} address")
    return bad(f"the version byte is not one of {coin.name}'s: a {coin.name} address starts with {coin.starts}")


def _checker(kind: str) -> Callable[[str], IdResult]:
    coin = COINS[kind]

    def check(value: str) -> IdResult:
        return check_base58_coin(coin, value)

    check.__name__ = f"check_{kind}"
    return check


check_btc = _checker("btc")
check_ltc = _checker("ltc")
check_doge = _checker("doge")
check_dash = _checker("dash")
check_bsv = _checker("bsv")
check_btg = _checker("btg")
check_trx = _checker("trx")
check_neo = _checker("neo")


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
