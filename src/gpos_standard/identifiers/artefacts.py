"""Identifiers of devices, files, transactions, apps and SMS senders found as scam indicators (added in 0.2.0).

Each has a clear published format; where there is a check digit a maintained library checks it (the IMEI's Luhn
digit with python-stdnum). Reasons never repeat the value.
"""

from __future__ import annotations

import re

from ._codecs import BASE58_BITCOIN, b58decode
from ._result import IdResult, bad, ok

_SEPARATORS_RE = re.compile(r"[\s\-./]")
# MD5, SHA-1, SHA-256 and SHA-512 in hexadecimal.
_HASH_LENGTHS = {32: "MD5", 40: "SHA-1", 64: "SHA-256", 128: "SHA-512"}
_HEX_RE = re.compile(r"[0-9a-fA-F]+")
# Android application IDs (segments start with a letter, underscores allowed) and Apple bundle IDs (hyphens allowed):
# at least two dot-separated segments, reverse-domain style.
_PACKAGE_RE = re.compile(r"[A-Za-z][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)+")
# An alphanumeric SMS originating address: up to 11 characters of the GSM 7-bit alphabet (3GPP TS 23.040); members'
# data keeps letters, digits, spaces and the punctuation operators accept.
_ALPHANUMERIC_SENDER_RE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9 .&'+!#_-]{0,9}[A-Za-z0-9.!])?")
_NUMERIC_SENDER_RE = re.compile(r"\+?[0-9]{3,15}")


def check_imei(value: str) -> IdResult:
    from stdnum import imei
    from stdnum.exceptions import InvalidChecksum, InvalidFormat, InvalidLength, ValidationError

    try:
        return ok(imei.validate(value))
    except InvalidChecksum:
        return bad("the Luhn check digit does not match: probably a mistyped digit")
    except InvalidLength:
        return bad("an IMEI has 14 or 15 digits (16 for an IMEISV)")
    except InvalidFormat:
        return bad("an IMEI has only digits (spaces and hyphens are ignored)")
    except ValidationError:
        return bad("not a valid IMEI")


def check_file_hash(value: str) -> IdResult:
    if not _HEX_RE.fullmatch(value):
        return bad("a file hash is hexadecimal (0-9 and a-f) without a prefix")
    if len(value) not in _HASH_LENGTHS:
        return bad("a file hash has 32 (MD5), 40 (SHA-1), 64 (SHA-256) or 128 (SHA-512) hexadecimal characters")
    return ok(value.lower())


def check_tx_hash(value: str) -> IdResult:
    """64 hexadecimal characters with or without 0x (canonical: lower case without 0x), or a base58 signature of 64
    bytes as Solana writes transaction ids (canonical: as written, base58 is case-sensitive)."""
    digits = value[2:] if value[:2] in ("0x", "0X") else value
    if len(digits) == 64 and _HEX_RE.fullmatch(digits):
        return ok(digits.lower())
    if 80 <= len(value) <= 90:
        try:
            if len(b58decode(value, BASE58_BITCOIN)) == 64:
                return ok(value)
        except ValueError:
            pass
    return bad("a transaction hash has 64 hexadecimal characters (with or without 0x), or is a base58 signature of "
               "64 bytes")


def check_app_package(value: str) -> IdResult:
    if len(value) > 255:
        return bad("an app package identifier has at most 255 characters")
    if not _PACKAGE_RE.fullmatch(value):
        return bad("an app package identifier is written in reverse-domain form, for example com.example.app")
    return ok(value)


def check_sms_sender(value: str) -> IdResult:
    compact = _SEPARATORS_RE.sub("", value)
    if _NUMERIC_SENDER_RE.fullmatch(compact):
        return ok(compact)
    if len(value) > 11:
        return bad("an alphanumeric SMS sender ID has at most 11 characters")
    if not _ALPHANUMERIC_SENDER_RE.fullmatch(value) or not any(c.isalpha() for c in value):
        return bad("an SMS sender ID is a short code or number, or up to 11 letters, digits and simple punctuation "
                   "with at least one letter")
    return ok(value)
