"""IBANs and BICs, with python-stdnum (its IBAN registry holds each country's length and structure).

IBANs carry ISO 7064 mod 97-10 check digits, which catch every digit typed for another digit and every letter for
another letter; a digit/letter swap inside an alphanumeric account part (e.g. O for 0 in PK, SA, FR) escapes them
about once in 97, a limit of the standard. BICs carry no check digits, so only structure and country are checked.
"""

from __future__ import annotations

import re
from functools import cache

from stdnum import bic, iban
from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength, ValidationError
from stdnum.iso7064 import mod_97_10
from stdnum.util import NumberValidationModule, get_cc_module

from ._result import IdResult, bad, ok

_IBAN_SEPARATORS_RE = re.compile(r"[\s\-.]")
_IBAN_RE = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}")
_BIC_RE = re.compile(r"[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?")

_IBAN_REASONS: dict[type[ValidationError], str] = {
    InvalidComponent: "the country code is not one that issues IBANs",
    InvalidFormat: "the account part does not have the length or structure used in this country",
    InvalidLength: "the account part does not have the length used in this country",
}


def check_iban(value: str) -> IdResult:
    number = _IBAN_SEPARATORS_RE.sub("", value).upper()
    if not _IBAN_RE.fullmatch(number):
        return bad("an IBAN is a country code, two check digits and up to 30 letters or digits")
    if number[2:4] in ("00", "01", "99"):
        return bad("the check digits are out of range (00, 01 and 99 are never issued)")
    if not mod_97_10.is_valid(number[4:] + number[:4]):
        return bad("the check digits do not match")
    try:
        iban.validate(number, check_country=False)
    except ValidationError as exc:
        return bad(_IBAN_REASONS.get(type(exc), "not a valid IBAN"))
    national = _national_module(number[:2])
    if national is not None:
        try:
            national.validate(number)
        except InvalidChecksum:
            return bad("the national check digits inside the IBAN do not match")
        except ValidationError:
            pass  # e.g. a bank code missing from stdnum's bank list, which can lag behind new banks
    return ok(number)


@cache
def _national_module(country: str) -> NumberValidationModule | None:
    """stdnum's module with the national check digits of a country's IBANs (BE, ES, ME, NO), if any."""
    return get_cc_module(country.lower(), "iban")


def check_bic(value: str) -> IdResult:
    code = value.upper()
    if len(code) not in (8, 11):
        return bad("a BIC has 8 or 11 characters")
    if not _BIC_RE.fullmatch(code):
        return bad("a BIC is 4 letters for the bank, 2 for the country, then 2 or 5 letters or digits")
    if not bic.is_valid(code):
        return bad("the country code in the BIC is not a known country")
    return ok(code)
