"""Phone numbers, checked against Google's libphonenumber metadata and normalised to E.164.

A number must be valid (in an allocated range), not merely possible, so that typos and invented numbers do not
join unrelated reports. Native digits (Thai, Bengali, Devanagari, Arabic-Indic) are accepted as written.
"""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, ValidationResult

from ._result import IdResult, bad, ok

# Digits (any script), an optional leading plus and the usual separators; letters would let the parser pick a
# number out of free text or read vanity letters, which hides data-entry errors.
_PHONE_RE = re.compile(r"[+\uff0b]?[\d\s().\-/\u2010-\u2015]+")
_MAX_LENGTH = 64

_PARSE_REASONS = {
    NumberParseException.INVALID_COUNTRY_CODE: "the country calling code is not assigned",
    NumberParseException.NOT_A_NUMBER: "not a phone number",
    NumberParseException.TOO_SHORT_AFTER_IDD: "too few digits after the international prefix",
    NumberParseException.TOO_SHORT_NSN: "too few digits for a phone number",
    NumberParseException.TOO_LONG: "too many digits for a phone number",
}
_LENGTH_REASONS = {
    ValidationResult.TOO_SHORT: "too few digits for a number in {}",
    ValidationResult.TOO_LONG: "too many digits for a number in {}",
    ValidationResult.INVALID_LENGTH: "wrong number of digits for a number in {}",
    ValidationResult.INVALID_COUNTRY_CODE: "the country calling code is not assigned",
}


def check_phone(value: str, country: str | None = None) -> IdResult:
    if len(value) > _MAX_LENGTH:
        return bad("too long for a phone number")
    if not _PHONE_RE.fullmatch(value):
        return bad("a phone number may contain only digits, a leading +, spaces and the separators - . ( ) /")
    region = country.strip().upper() if country else None
    international = value[0] in "+\uff0b"
    if not international:
        if region is None:
            return bad("a number in national format needs a default country, or write it with + and the country code")
        if region not in phonenumbers.SUPPORTED_REGIONS:
            return bad("the default country is not a known ISO 3166-1 country code")
    try:
        number = phonenumbers.parse(value, None if international else region)
    except NumberParseException as exc:
        return bad(_PARSE_REASONS.get(exc.error_type, "not a phone number"))
    if phonenumbers.is_valid_number(number):
        return ok(phonenumbers.format_number(number, PhoneNumberFormat.E164))
    where = phonenumbers.region_code_for_country_code(number.country_code or 0)
    where = "its country calling code" if where in ("ZZ", "001") else where
    possible = phonenumbers.is_possible_number_with_reason(number)
    if possible in _LENGTH_REASONS:
        return bad(_LENGTH_REASONS[possible].format(where))
    return bad(f"not a valid number for {where}: no numbers are allocated in that range")
