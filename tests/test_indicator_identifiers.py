"""The identifier kinds added in 0.2.0 for indicators: IMEI, file and transaction hashes, app packages, SMS sender IDs
and payment aliases per scheme (GPOS-E049)."""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from typing import Any

import pytest
from exports import minimal

from gpos_build.examples.common import b58encode
from gpos_standard import validate
from gpos_standard.identifiers import IdResult, check

NOW = datetime(2025, 7, 1, tzinfo=timezone.utc)
SIGNATURE = b58encode(hashlib.sha512(b"gpos").digest())  # a Solana-style transaction signature: 64 bytes in base58
EMPTY = b""

VALID = [
    ("imei", "490154203237518", "490154203237518"),
    ("imei", "35-209900-176148-1", "352099001761481"),
    ("imei", "35209900176148", "35209900176148"),  # 14 digits: no check digit written
    ("file_hash", hashlib.md5(EMPTY).hexdigest().upper(), hashlib.md5(EMPTY).hexdigest()),
    ("file_hash", hashlib.sha1(EMPTY).hexdigest(), hashlib.sha1(EMPTY).hexdigest()),
    ("file_hash", hashlib.sha256(EMPTY).hexdigest(), hashlib.sha256(EMPTY).hexdigest()),
    ("file_hash", hashlib.sha512(EMPTY).hexdigest(), hashlib.sha512(EMPTY).hexdigest()),
    ("tx_hash", "0x" + "AB" * 32, "ab" * 32),
    ("tx_hash", "ab" * 32, "ab" * 32),
    ("tx_hash", SIGNATURE, SIGNATURE),
    ("app_package", "com.example.invest", "com.example.invest"),
    ("app_package", "th.co.bank.mobile_app", "th.co.bank.mobile_app"),
    ("app_package", "com.example.my-app", "com.example.my-app"),
    ("sms_sender", "KBank-Info", "KBank-Info"),
    ("sms_sender", "BCP", "BCP"),
    ("sms_sender", "+51 928 440 173", "+51928440173"),
    ("sms_sender", "1441", "1441"),
    ("promptpay", "081-234-5678", "+66812345678"),
    ("promptpay", "1101700207366", "1101700207366"),
    ("promptpay", "004999000288505", "004999000288505"),  # e-wallet ID
    ("upi_vpa", "Rahul.Sharma@okaxis", "rahul.sharma@okaxis"),
    ("upi_vpa", "shop-01@ybl", "shop-01@ybl"),
    ("pix_key", "529.982.247-25", "52998224725"),
    ("pix_key", "11.222.333/0001-81", "11222333000181"),
    ("pix_key", "+55 11 98765-4321", "+5511987654321"),
    ("pix_key", "Pagamentos@Example.com", "Pagamentos@example.com"),
    ("pix_key", "123E4567-E89B-12D3-A456-426614174000", "123e4567-e89b-12d3-a456-426614174000"),
    ("pe_mobile", "912 845 301", "+51912845301"),
    ("pe_mobile", "+51 987 654 321", "+51987654321"),
]
INVALID = [
    ("imei", "490154203237519"), ("imei", "4901542032375"), ("imei", "49015420323751X"),
    ("file_hash", "abc"), ("file_hash", "sha256:" + "a" * 64), ("file_hash", "g" * 64),
    ("tx_hash", "ab" * 31), ("tx_hash", "0x" + "g" * 64), ("tx_hash", b58encode(bytes(range(1, 33)))),
    ("app_package", "invest"), ("app_package", ".com.invest"), ("app_package", "com..invest"),
    ("app_package", "1com.invest"),
    ("sms_sender", "ThisIsTooLongSender"), ("sms_sender", "12"), ("sms_sender", "-----"),
    ("promptpay", "1101700207367"), ("promptpay", "12345"), ("promptpay", "+51 912 845 301"),
    ("upi_vpa", "@okaxis"), ("upi_vpa", "rahul@"), ("upi_vpa", "ra hul@okaxis"),
    ("pix_key", "529.982.247-26"), ("pix_key", "+66 81 234 5678"), ("pix_key", "12345"),
    ("pe_mobile", "01 4123456"), ("pe_mobile", "+66 81 234 5678"),
]


@pytest.mark.parametrize(("kind", "value", "normalised"), VALID)
def test_valid(kind: str, value: str, normalised: str) -> None:
    assert check(kind, value) == IdResult(True, normalised, None)
    assert check(kind, normalised) == IdResult(True, normalised, None)  # the canonical form is a fixed point


@pytest.mark.parametrize(("kind", "value"), INVALID)
def test_invalid(kind: str, value: str) -> None:
    result = check(kind, value)
    assert not result.valid and result.reason and value not in result.reason


@pytest.mark.parametrize(("kind", "value"), [("imei", "490154203237518"), ("pix_key", "52998224725")])
def test_every_one_digit_change_is_caught(kind: str, value: str) -> None:
    """The check digits (Luhn for IMEIs, the two mod-11 digits of a CPF) catch every changed digit. (The Thai
    identification number's single mod-11 digit, reduced mod 10, does not: some changes escape it.)"""
    for i, digit in enumerate(value):
        for other in "0123456789".replace(digit, ""):
            assert not check(kind, value[:i] + other + value[i + 1:]).valid, (i, other)


def with_indicator(**fields: Any) -> set[tuple[str, str]]:
    doc = minimal()
    doc["indicators"][0] = {"id": "TH-IND-1", "status": "active", "reports": ["TH-RPT-1"], **fields}
    return {(i.code, i.path) for i in validate(doc, now=NOW).issues}


@pytest.mark.parametrize(("fields", "expected"), [
    ({"indicator_type": "payment_alias", "payment_scheme": "yape", "value": "912 845 301",
      "normalised_value": "+51912845301"}, set()),
    ({"indicator_type": "payment_alias", "payment_scheme": "yape", "value": "912 845 301",
      "normalised_value": "912845301"}, {("GPOS-W002", "/indicators/0/normalised_value")}),
    ({"indicator_type": "payment_alias", "payment_scheme": "upi", "value": "not-an-upi-id"},
     {("GPOS-E049", "/indicators/0/value")}),
    # no published format for the scheme, or an unlisted scheme of the open list: not checked
    ({"indicator_type": "payment_alias", "payment_scheme": "paynow", "value": "S1234567D"}, set()),
    ({"indicator_type": "payment_alias", "payment_scheme": "bizum", "value": "600000000"},
     {("GPOS-W001", "/indicators/0/payment_scheme")}),
    ({"indicator_type": "crypto_transaction_hash", "crypto_network": "ethereum", "value": "0x" + "ab" * 32}, set()),
    ({"indicator_type": "sms_sender_id", "value": "KBank Security Team"}, {("GPOS-E049", "/indicators/0/value")}),
    ({"indicator_type": "mobile_app_package", "value": "com.sinchai.quickloan"}, set()),
    ({"indicator_type": "file_hash", "value": "0" * 63}, {("GPOS-E049", "/indicators/0/value")}),
    # the asset of a wallet: its ticker and the token's identifier on the network
    ({"indicator_type": "crypto_wallet_address", "crypto_network": "ethereum", "crypto_asset": "USDT",
      "value": "0x52908400098527886E0F7030069857D2E4169EE7",
      "token_contract": "0xdAC17F958D2ee523a2206206994597C13D831ec7"}, set()),
])
def test_indicator_values(fields: dict[str, Any], expected: set[tuple[str, str]]) -> None:
    assert with_indicator(**fields) == expected
