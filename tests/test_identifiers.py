"""Identifier checks against the published test vectors (BIP-173, BIP-350, EIP-55, the IBAN registry) and real
addresses, plus properties: single-character typos are caught where the format has a checksum, normalisation is
idempotent, and a reason never repeats the value."""

from __future__ import annotations

import argparse
import json
import re
import string
import subprocess
import sys
from hashlib import sha256

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gpos_standard.cli import check_id
from gpos_standard.identifiers import KINDS, IdResult, check
from gpos_standard.identifiers.crypto import BECH32, BECH32M, bech32_decode, decode_segwit

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
HEX = "0123456789abcdefABCDEF"


def b58encode_check(payload: bytes) -> str:
    raw = payload + sha256(sha256(payload).digest()).digest()[:4]
    number, out = int.from_bytes(raw, "big"), ""
    while number:
        number, rem = divmod(number, 58)
        out = B58[rem] + out
    return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + out


# --- Bitcoin -------------------------------------------------------------------------------------------------------

# BIP-173 / BIP-350: checksum-level vectors, for any human-readable part.
VALID_BECH32 = [
    "A12UEL5L",
    "a12uel5l",
    "an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1tt5tgs",
    "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw",
    "11qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqc8247j",
    "split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w",
    "?1ezyfcl",
]
VALID_BECH32M = [
    "A1LQFN3A",
    "a1lqfn3a",
    "an83characterlonghumanreadablepartthatcontainsthetheexcludedcharactersbioandnumber11sg7hg6",
    "abcdef1l7aum6echk45nj3s0wdvt2fg8x9yrzpqzd3ryx",
    "11llllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllludsr8",
    "split1checkupstagehandshakeupstreamerranterredcaperredlc445v",
    "?1v759aa",
]
INVALID_BECH32 = [
    " 1nwldj5", "\x7f1axkwrx", "\x801eym55h",
    "an84characterslonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1569pvx",
    "pzry9x0s0muk", "1pzry9x0s0muk", "x1b4n0q5v", "li1dgmt3", "de1lg7wt\xff", "A1G7SGD8", "10a06t8", "1qzzfhee",
]
INVALID_BECH32M = [
    " 1xj0phk", "\x7f1g6xzxy", "\x801vctc34",
    "an84characterslonghumanreadablepartthatcontainsthetheexcludedcharactersbioandnumber11d6pts4",
    "qyrz8wqd2c9m", "1qyrz8wqd2c9m", "y1b0jsk6g", "lt1igcx5c0", "in1muywd", "mm1crxm3i", "au1s5cgom", "M1VUXWEZ",
    "16plkw9", "1p2gdwpf",
]
# BIP-350 segwit addresses with their scriptPubKey (mainnet ones must be accepted, testnet ones refused).
SEGWIT_VECTORS = [
    ("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", "0014751e76e8199196d454941c45d1b3a323f1433bd6"),
    ("tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7",
     "00201863143c14c5166804bd19203356da136c985678cd4d27a1b8c6329604903262"),
    ("bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y",
     "5128751e76e8199196d454941c45d1b3a323f1433bd6751e76e8199196d454941c45d1b3a323f1433bd6"),
    ("BC1SW50QGDZ25J", "6002751e"),
    ("bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs", "5210751e76e8199196d454941c45d1b3a323"),
    ("tb1qqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesrxh6hy",
     "0020000000c4a5cad46221b2a187905e5266362b99d5e91c6ce24d165dab93e86433"),
    ("tb1pqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesf3hn0c",
     "5120000000c4a5cad46221b2a187905e5266362b99d5e91c6ce24d165dab93e86433"),
    ("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
     "512079be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"),
]
INVALID_SEGWIT = [
    "tc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq5zuyut",  # invalid human-readable part
    "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd",  # bech32 instead of bech32m
    "tb1z0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqglt7rf",
    "BC1S0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ54WELL",
    "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh",  # bech32m instead of bech32
    "tb1q0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq24jc47",
    "bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4",  # invalid character in checksum
    "BC130XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ7ZWS8R",  # invalid witness version
    "bc1pw5dgrnzv",  # program of 1 byte
    "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v8n0nx0muaewav253zgeav",  # program of 41 bytes
    "BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P",  # v0 program of 16 bytes
    "tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq47Zagq",  # mixed case
    "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v07qwwzcrf",  # more than 4 padding bits
    "tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vpggkg4j",  # non-zero padding
    "bc1gmk9yu",  # empty data
    "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5",  # BIP-173: bad checksum
    "bc1rw5uspcuh",  # BIP-173: program too short
]
REAL_BTC = [
    "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",  # genesis block coinbase (P2PKH)
    "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2",  # P2PKH
    "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",  # P2SH
    "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",  # P2WPKH
    "bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3",  # P2WSH
    "bc1p5cyxnuxmeuwuvkwfem96lqzszd02n6xdcjrs20cac6yqjjwudpxqkedrcr",  # P2TR (BIP-86)
    "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",  # P2TR
]


@pytest.mark.parametrize("text", VALID_BECH32 + VALID_BECH32M)
def test_bech32_valid_checksums_and_flipped_data_character(text: str) -> None:
    _, _, const = bech32_decode(text)
    assert const == (BECH32 if text in VALID_BECH32 else BECH32M)
    pos = text.rfind("1")
    flipped = text[: pos + 1] + chr(ord(text[pos + 1]) ^ 1) + text[pos + 2:]
    with pytest.raises(ValueError):
        bech32_decode(flipped)


@pytest.mark.parametrize("text", INVALID_BECH32 + INVALID_BECH32M)
def test_bech32_invalid_checksums(text: str) -> None:
    try:
        _, _, const = bech32_decode(text)
    except ValueError:
        return
    # a string valid under the other constant is acceptable only if it is in the other valid list
    assert (const == BECH32M) == (text in INVALID_BECH32)


@pytest.mark.parametrize(("address", "script"), SEGWIT_VECTORS)
def test_segwit_vectors(address: str, script: str) -> None:
    hrp = address[:2].lower()
    version, program = decode_segwit(hrp, address)
    assert bytes([version + 0x50 if version else 0, len(program)]) + program == bytes.fromhex(script)
    result = check("btc", address)
    assert result.valid == (hrp == "bc")
    if result.valid:
        assert result.normalised == address.lower()


@pytest.mark.parametrize("address", INVALID_SEGWIT)
def test_invalid_segwit_addresses_are_rejected(address: str) -> None:
    result = check("btc", address)
    assert not result.valid and result.reason


@pytest.mark.parametrize("address", REAL_BTC)
def test_real_bitcoin_addresses(address: str) -> None:
    assert check("btc", address) == IdResult(True, address, None)


def test_bitcoin_base58_rejections() -> None:
    hash160 = bytes(range(20))
    assert check("btc", b58encode_check(b"\x00" + hash160)).valid
    assert check("btc", b58encode_check(b"\x05" + hash160)).valid
    assert not check("btc", b58encode_check(b"\x6f" + hash160)).valid  # testnet P2PKH (m... / n...)
    assert not check("btc", b58encode_check(b"\x00" + hash160[:19])).valid  # payload too short
    assert not check("btc", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfN0").valid  # 0 is not base58
    assert not check("btc", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t").valid  # a TRON address


# --- Ethereum and TRON ---------------------------------------------------------------------------------------------

EIP55_MIXED = [
    "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
    "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
    "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
    "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
]
EIP55_UNIFORM = [  # all-caps and all-lower examples of the EIP, with their checksummed form
    ("0x52908400098527886E0F7030069857D2E4169EE7", "0x52908400098527886E0F7030069857D2E4169EE7"),
    ("0x8617E340B3D01FA5F11F306F4090FD50E238070D", "0x8617E340B3D01FA5F11F306F4090FD50E238070D"),
    ("0xde709f2102306220921060314715629080e2fb77", "0xde709f2102306220921060314715629080e2fb77"),
    ("0x27b1fdb04752bbc536007a920d24acb045561c26", "0x27b1fdb04752bbc536007a920d24acb045561c26"),
    ("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"),
    ("0x5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"),
]
REAL_TRX = [
    "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t",  # USDT TRC-20 contract
    "TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7",  # WTRX contract
    "TEkxiTehnzSmSe2XqrBj4w32RUN966rdz8",  # USDC TRC-20 contract
]


@pytest.mark.parametrize("address", EIP55_MIXED)
@pytest.mark.parametrize("kind", ["eth", "evm"])
def test_eip55_examples(kind: str, address: str) -> None:
    assert check(kind, address) == IdResult(True, address, None)


@pytest.mark.parametrize(("address", "checksummed"), EIP55_UNIFORM)
def test_uniform_case_addresses_need_no_checksum(address: str, checksummed: str) -> None:
    assert check("eth", address).normalised == checksummed


@pytest.mark.parametrize("address", [
    "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD",  # one case flip
    "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe",  # 39 digits
    "5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",  # no 0x
    "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeg",  # not hex
])
def test_bad_ethereum_addresses(address: str) -> None:
    assert not check("eth", address).valid


@pytest.mark.parametrize("address", REAL_TRX)
def test_real_tron_addresses(address: str) -> None:
    assert check("trx", address) == IdResult(True, address, None)


def test_tron_rejections() -> None:
    assert not check("trx", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa").valid
    assert not check("trx", b58encode_check(b"\x42" + bytes(20))).valid  # right length, wrong version byte
    assert check("trx", b58encode_check(b"\x41" + bytes(range(20)))).valid


# --- banking -------------------------------------------------------------------------------------------------------

IBANS = [
    ("AE07 0331 2345 6789 0123 456", "AE070331234567890123456"),
    ("GB29 NWBK 6016 1331 9268 19", "GB29NWBK60161331926819"),
    ("de89370400440532013000", "DE89370400440532013000"),
    ("FR14 2004 1010 0505 0001 3M02 606", "FR1420041010050500013M02606"),
    ("NL91ABNA0417164300", "NL91ABNA0417164300"),
    ("BE68 5390 0754 7034", "BE68539007547034"),
    ("SA03 8000 0000 6080 1016 7519", "SA0380000000608010167519"),
    ("PK36SCBL0000001123456702", "PK36SCBL0000001123456702"),
    ("CH93 0076 2011 6238 5295 7", "CH9300762011623852957"),
    ("ES91 2100 0418 4502 0005 1332", "ES9121000418450200051332"),
    ("NO93 8601 1117 947", "NO9386011117947"),
]


@pytest.mark.parametrize(("value", "normalised"), IBANS)
def test_ibans(value: str, normalised: str) -> None:
    assert check("iban", value) == IdResult(True, normalised, None)


def _with_check_digits(body: str) -> str:
    """An IBAN with correct ISO 7064 check digits around a (possibly nationally invalid) account."""
    from stdnum.iban import calc_check_digits

    return body[:2] + calc_check_digits(body[:2] + "00" + body[4:]) + body[4:]


@pytest.mark.parametrize("value", [
    "GB29NWBK60161331926818",  # check digits
    "GB00NWBK60161331926819",  # out-of-range check digits
    "DE8937040044053201300",  # too short
    _with_check_digits("GB00NWBK6016133192681"),  # too short for GB, valid mod 97
    _with_check_digits("XX00NWBK60161331926819"),  # no such IBAN country
    _with_check_digits("BE00539007547035"),  # Belgian national check digits
    _with_check_digits("ES0021000418460200051332"),  # Spanish national check digits
    "TH12 3456 7890",
])
def test_bad_ibans(value: str) -> None:
    result = check("iban", value)
    assert not result.valid and result.reason


@pytest.mark.parametrize(("value", "normalised"), [
    ("DEUTDEFF", "DEUTDEFF"), ("deutdeff500", "DEUTDEFF500"), ("NWBKGB2L", "NWBKGB2L"), ("BKKBTHBK", "BKKBTHBK"),
    ("SCBLBDDX", "SCBLBDDX"), ("EBILAEAD", "EBILAEAD"), ("BCPLPEPL", "BCPLPEPL"), ("NARBNPKA", "NARBNPKA"),
])
def test_bics(value: str, normalised: str) -> None:
    assert check("bic", value) == IdResult(True, normalised, None)


@pytest.mark.parametrize("value", ["DEUTDEF", "DEUTDEFF5", "DEU1DEFF", "DEUTXXFF", "DEUT DE FF"])
def test_bad_bics(value: str) -> None:
    assert not check("bic", value).valid


# --- phones --------------------------------------------------------------------------------------------------------

PHONES = [  # (country, national, international, E.164)
    ("TH", "081 234 5678", "+66 81 234 5678", "+66812345678"),
    ("TH", "02 123 4567", "+66 2 123 4567", "+6621234567"),
    ("BD", "01712-345678", "+880 1712-345678", "+8801712345678"),
    ("BD", "02-7111234", "+880 2-7111234", "+88027111234"),
    ("NP", "984-1234567", "+977 984-1234567", "+9779841234567"),
    ("NP", "01-4567890", "+977 1-4567890", "+97714567890"),
    ("PE", "912 345 678", "+51 912 345 678", "+51912345678"),
    ("PE", "(01) 1234567", "+51 1 1234567", "+5111234567"),
    ("AE", "050 123 4567", "+971 50 123 4567", "+971501234567"),
    ("AE", "04 234 5678", "+971 4 234 5678", "+97142345678"),
]


@pytest.mark.parametrize(("country", "national", "international", "e164"), PHONES)
def test_phones_national_and_international(country: str, national: str, international: str, e164: str) -> None:
    assert check("phone", national, country=country) == IdResult(True, e164, None)
    assert check("phone", national, country=country.lower()).normalised == e164
    assert check("phone", international) == IdResult(True, e164, None)
    assert check("phone", international, country="PE").normalised == e164  # + overrides the default
    assert check("phone", e164).normalised == e164


def test_phone_native_digits() -> None:
    assert check("phone", "๐๘๑ ๒๓๔ ๕๖๗๘", country="TH").normalised == "+66812345678"  # Thai digits
    assert check("phone", "০১৭১২-৩৪৫৬৭৮", country="BD").normalised == "+8801712345678"  # Bengali digits


@pytest.mark.parametrize(("value", "country", "reason"), [
    ("081 234 5678", None, "needs a default country"),
    ("081 234 5678", "XX", "not a known"),
    ("+66 01 234 5678", None, "not a valid number for TH"),
    ("+66 81 234 567", None, "TH"),
    ("+999 123 4567", None, "not assigned"),
    ("+66 81 234 5678 ext. 9", None, "only digits"),
    ("call +66812345678", None, "only digits"),
    ("+66 81 234 56789 0", None, "TH"),
])
def test_bad_phones(value: str, country: str | None, reason: str) -> None:
    result = check("phone", value, country=country)
    assert not result.valid
    assert result.reason and reason in result.reason


# --- web -----------------------------------------------------------------------------------------------------------

WEB_VALID = [
    ("domain", "Example.COM", "example.com"),
    ("domain", "example.com.", "example.com"),
    ("domain", "bücher.de", "xn--bcher-kva.de"),
    ("domain", "XN--BCHER-KVA.DE", "xn--bcher-kva.de"),
    ("domain", "例子.广告", "xn--fsqu00a.xn--4rr70v"),
    ("domain", "sub-1.a.co.th", "sub-1.a.co.th"),
    ("domain", "xn--o3cw4h.xn--o3cw4h", "xn--o3cw4h.xn--o3cw4h"),
    ("email", "John.Doe+scam@Example.COM", "John.Doe+scam@example.com"),
    ("email", "user@bücher.de", "user@xn--bcher-kva.de"),
    ("email", "o'brien@mail.example.org", "o'brien@mail.example.org"),
    ("url", "HTTPS://Example.COM/Path?Q=A#Frag", "https://example.com/Path?Q=A#Frag"),
    ("url", "http://192.0.2.10:8080/login", "http://192.0.2.10:8080/login"),
    ("url", "http://[2001:DB8::1]/", "http://[2001:db8::1]/"),
    ("url", "ftp://user:pw@FTP.Example.org/file.txt", "ftp://user:pw@ftp.example.org/file.txt"),
    # URLs: what the WHATWG URL Standard accepts, normalised to its serialisation (from 0.2.0)
    ("url", "https://bücher.de/ä?x=1", "https://xn--bcher-kva.de/%C3%A4?x=1"),
    ("url", "https://example.com", "https://example.com/"),
    ("url", "https://my_host.example.com/login", "https://my_host.example.com/login"),
    ("url", "http://example.com:80/a", "http://example.com/a"),
    ("url", "http:/example.com", "http://example.com/"),
    ("url", "http://example.com\\@evil.test/", "http://example.com/@evil.test/"),
    ("url", "http://localhost/", "http://localhost/"),
]
WEB_INVALID = [
    ("domain", "localhost"), ("domain", "a..example"), ("domain", "-bad.example"), ("domain", "bad-.example"),
    ("domain", "under_score.example"), ("domain", "example.c0m"), ("domain", "example.123"),
    ("domain", "xn--zz.example"), ("domain", ("a" * 64) + ".example"), ("domain", ".".join(["abcdefghi"] * 26)),
    ("domain", "zero\u200bwidth.example"), ("domain", "sp ace.example"),
    ("email", "no-at-sign.example"), ("email", "@example.com"), ("email", "a..b@example.com"),
    ("email", ".a@example.com"), ("email", "a b@example.com"), ("email", "user@localhost"),
    ("email", "user@[192.0.2.1]"), ("email", ("a" * 65) + "@example.com"),
    ("url", "example.com"), ("url", "javascript:alert(1)"), ("url", "mailto:a@example.com"),
    ("url", "http://"), ("url", "http://999.1.1.1/"), ("url", "http://[::g]/"),
    ("url", "http://example.com:99999/"), ("url", "http://exa mple.com/"), ("url", "http://example.com:8o/"),
    ("url", "https://exa\tmple.com/"), ("url", "https://ex\u200bample.com/"),
]


@pytest.mark.parametrize(("kind", "value", "normalised"), WEB_VALID)
def test_web_valid(kind: str, value: str, normalised: str) -> None:
    assert check(kind, value) == IdResult(True, normalised, None)


@pytest.mark.parametrize(("kind", "value"), WEB_INVALID)
def test_web_invalid(kind: str, value: str) -> None:
    result = check(kind, value)
    assert not result.valid and result.reason


# --- ISO codes -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("kind", "value", "normalised"), [
    ("country", "TH", "TH"), ("country", "bd", "BD"), ("country", "Np", "NP"), ("country", "AE", "AE"),
    ("currency", "THB", "THB"), ("currency", "bdt", "BDT"), ("currency", "PEN", "PEN"), ("currency", "AED", "AED"),
    ("language", "th", "th"), ("language", "BN", "bn"), ("language", "npi", "npi"), ("language", "tha", "tha"),
])
def test_iso_valid(kind: str, value: str, normalised: str) -> None:
    assert check(kind, value) == IdResult(True, normalised, None)


@pytest.mark.parametrize(("kind", "value"), [
    ("country", "THA"), ("country", "XX"), ("country", "UK"), ("country", "T1"), ("country", "Thailand"),
    ("currency", "VEF"), ("currency", "HRK"), ("currency", "XYZ"), ("currency", "US$"),
    ("language", "xx"), ("language", "en-US"), ("language", "english"),
])
def test_iso_invalid(kind: str, value: str) -> None:
    assert not check(kind, value).valid


# --- the API -------------------------------------------------------------------------------------------------------

WALLET_KINDS = {"btc", "eth", "evm", "etc", "trx", "ltc", "doge", "dash", "bsv", "btg", "neo", "bch", "xmr", "zec",
                "ada", "sol", "xrp", "xlm", "dot", "ton", "bnb"}
VALUE_KINDS = [kind for kind in KINDS if kind != "wallet"]  # "wallet" needs a network (see test_wallets.py)


OTHER_KINDS = {"imei", "file_hash", "tx_hash", "app_package", "sms_sender", "promptpay", "upi_vpa", "pix_key",
               "pe_mobile"}


def test_kinds() -> None:
    assert set(KINDS) == {"phone", "email", "url", "domain", "iban", "bic", "country", "currency", "language",
                          "wallet", *WALLET_KINDS, *OTHER_KINDS}


def test_unknown_kind_raises_and_bad_values_do_not() -> None:
    with pytest.raises(ValueError, match="unknown identifier kind"):
        check("passport", "X")
    for kind in VALUE_KINDS:
        assert check(kind, "   ") == IdResult(False, None, "the value is empty")
        assert not check(kind, None).valid  # type: ignore[arg-type]


def test_import_is_light() -> None:
    code = ("import sys, gpos_standard.identifiers as i; "
            "heavy = {'phonenumbers', 'pycountry', 'stdnum', 'Crypto', 'idna', 'cbor2', 'ada_url'} "
            "& set(sys.modules); "
            "assert not heavy, heavy; i.check('iban', 'GB29NWBK60161331926819'); "
            "assert 'stdnum' in sys.modules and 'phonenumbers' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


# --- properties ----------------------------------------------------------------------------------------------------

UPPER_ALNUM = string.ascii_uppercase + string.digits


def _iban_alphabet(char: str) -> str:
    # Mod 97-10 catches every substitution within a class (digit for digit, letter for letter); a letter
    # becomes two digits, so a digit-for-letter swap can slip through in an alphanumeric account part:
    # a limit of the IBAN standard, not of this check.
    return string.digits if char.isdigit() else string.ascii_uppercase


CHECKSUMMED: list[tuple[str, str, str | None]] = (  # (kind, value, alphabet or None for the IBAN classes)
    [("btc", a, B58) for a in REAL_BTC if not a.startswith("bc1")]
    + [("btc", a, BECH32_CHARSET) for a in REAL_BTC if a.startswith("bc1")]
    + [("eth", a, HEX) for a in EIP55_MIXED]
    + [("trx", a, B58) for a in REAL_TRX]
    + [("iban", n, None) for _, n in IBANS]
)


def _substitutions(kind: str, value: str, alphabet: str | None) -> list[str]:
    start = 2 if kind == "eth" else 0
    out = []
    for i in range(start, len(value)):
        chars = alphabet if alphabet is not None else _iban_alphabet(value[i])
        out += [value[:i] + c + value[i + 1:] for c in chars if c != value[i]]
    return out


def test_eth_vectors_mix_cases() -> None:
    # with at least two letters of each case, one substitution cannot make an address uniform-case (unchecked)
    for address in EIP55_MIXED:
        letters = [c for c in address[2:] if c.isalpha()]
        assert sum(c.isupper() for c in letters) >= 2 and sum(c.islower() for c in letters) >= 2


@pytest.mark.parametrize(("kind", "value", "alphabet"), CHECKSUMMED)
def test_every_single_substitution_is_rejected(kind: str, value: str, alphabet: str | None) -> None:
    assert check(kind, value).valid
    for typo in _substitutions(kind, value, alphabet):
        result = check(kind, typo)
        assert not result.valid, typo
        assert result.reason and typo not in result.reason


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), vector=st.sampled_from(CHECKSUMMED))
def test_property_single_substitution_is_rejected(data: st.DataObject, vector: tuple[str, str, str | None]) -> None:
    kind, value, alphabet = vector
    i = data.draw(st.integers(2 if kind == "eth" else 0, len(value) - 1))
    chars = alphabet if alphabet is not None else _iban_alphabet(value[i])
    char = data.draw(st.sampled_from([c for c in chars if c != value[i]]))
    result = check(kind, value[:i] + char + value[i + 1:])
    assert not result.valid


def test_iban_letter_for_digit_typos_caught_by_structure_where_numeric() -> None:
    for value in ("DE89370400440532013000", "AE070331234567890123456"):  # all-numeric account parts
        for typo in _substitutions("iban", value[:4], None):
            assert not check("iban", typo + value[4:]).valid
        for i in range(4, len(value)):
            for c in string.ascii_uppercase:
                assert not check("iban", value[:i] + c + value[i + 1:]).valid


VALID_VECTORS: list[tuple[str, str, str | None]] = [  # (kind, value, default country)
    *[("btc", a, None) for a in REAL_BTC], *[("eth", a, None) for a in EIP55_MIXED],
    *[("eth", a, None) for a, _ in EIP55_UNIFORM], *[("trx", a, None) for a in REAL_TRX],
    *[("iban", v, None) for v, _ in IBANS], *[(k, v, None) for k, v, _ in WEB_VALID],
    *[("phone", n, c) for c, n, _, _ in PHONES], *[("phone", i, None) for _, _, i, _ in PHONES],
    ("bic", "deutdeff500", None), ("country", "th", None), ("currency", "thb", None), ("language", "NE", None),
]


@given(st.sampled_from(VALID_VECTORS))
def test_normalisation_is_idempotent(vector: tuple[str, str, str | None]) -> None:
    kind, value, country = vector
    normalised = check(kind, value, country=country).normalised
    assert normalised is not None
    assert check(kind, normalised) == IdResult(True, normalised, None)


@given(st.from_regex(r"[A-Za-z0-9]([A-Za-z0-9-]{0,8}[A-Za-z0-9])?(\.[A-Za-z0-9]{1,8}){0,3}\.[A-Za-z]{2,6}",
                     fullmatch=True))
def test_generated_domains_and_emails(domain: str) -> None:
    result = check("domain", domain)
    assert result == IdResult(True, domain.lower(), None)
    email = check("email", f"Some.One@{domain}")
    assert email.normalised == f"Some.One@{domain.lower()}"
    url = check("url", f"HTTP://{domain}/A")
    assert url.normalised == f"http://{domain.lower()}/A"


@given(st.from_regex(r"\+[1-9][0-9]{6,14}", fullmatch=True))
def test_generated_phone_numbers(value: str) -> None:
    result = check("phone", value)
    if result.valid:
        assert result.normalised and re.fullmatch(r"\+[1-9][0-9]{6,14}", result.normalised)
        assert check("phone", result.normalised).normalised == result.normalised
    else:
        assert result.reason and value not in result.reason


INVALID_VECTORS = (
    [("btc", a) for a in INVALID_SEGWIT] + [("iban", "GB29NWBK60161331926818"), ("iban", "TH12 3456 7890")]
    + [(k, v) for k, v in WEB_INVALID] + [("phone", "+66 01 234 5678"), ("phone", "081 234 5678")]
    + [("eth", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"), ("trx", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6T")]
)


@pytest.mark.parametrize(("kind", "value"), INVALID_VECTORS)
def test_reasons_never_contain_the_value(kind: str, value: str) -> None:
    result = check(kind, value)
    assert not result.valid and result.reason
    assert value.strip() not in result.reason


@settings(max_examples=300)
@given(kind=st.sampled_from(VALUE_KINDS), value=st.text(min_size=8, max_size=80))
def test_any_text_gives_a_result_without_leaking_it(kind: str, value: str) -> None:
    result = check(kind, value, country="TH")
    assert isinstance(result, IdResult)
    if result.valid:
        assert result.normalised and result.reason is None
        assert check(kind, result.normalised, country="TH").normalised == result.normalised
    else:
        assert result.normalised is None and result.reason
        if len(value.strip()) >= 8:
            assert value.strip() not in result.reason


# --- CLI -----------------------------------------------------------------------------------------------------------

def cli(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="gpos")
    check_id.add_parser(parser.add_subparsers(dest="command"))
    return check_id.run(parser.parse_args(["check-id", *argv]))


def test_cli_all_valid(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli("phone", "+66 81 234 5678", "081 234 5678", "--country", "TH") == 0
    assert capsys.readouterr().out.splitlines() == ["valid   +66812345678", "valid   +66812345678"]


def test_cli_some_invalid(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli("iban", "GB29NWBK60161331926819", "GB29NWBK60161331926818") == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "valid   GB29NWBK60161331926819"
    assert lines[1] == "invalid GB29NWBK60161331926818: the check digits do not match"


def test_cli_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli("eth", "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", "0x12", "--format", "json") == 1
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows[0] == {"value": "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", "valid": True,
                       "normalised": "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "reason": None}
    assert rows[1]["valid"] is False and rows[1]["reason"]


@pytest.mark.parametrize("argv", [("phone", "081", "--country", "XX"), ("iban", "X", "--country", "TH")])
def test_cli_bad_country_is_a_usage_error(argv: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(*argv) == 2
    assert "--country" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [("passport", "X"), ("phone",), ("phone", "1", "--format", "xml")])
def test_cli_argparse_usage_errors(argv: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        cli(*argv)
    assert exc.value.code == 2


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.from_regex(r"\A[a-zA-Z0-9.-]{1,80}\Z"),
                 st.from_regex(r"\A(?:[a-z0-9-]{1,70}\.){1,4}[a-z0-9-]{1,64}\Z"),
                 st.text(alphabet="ab-.xn9", max_size=30)))
def test_the_plain_domain_shortcut_agrees_with_the_label_checks(value: str) -> None:
    from gpos_standard.identifiers import web

    fast = web._domain(value)
    shortcut, web._PLAIN_DOMAIN_RE = web._PLAIN_DOMAIN_RE, re.compile(r"(?!)")
    try:
        assert web._domain(value) == fast
    finally:
        web._PLAIN_DOMAIN_RE = shortcut
