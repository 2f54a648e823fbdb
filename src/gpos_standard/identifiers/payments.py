"""Payment aliases: the proxy identifiers of instant-payment schemes (added in 0.2.0).

Which format an alias has depends on its scheme: the ``alias_format`` column of the payment_scheme code list names
one of the kinds below. Check digits are python-stdnum's (Thai and Brazilian tax numbers), phone numbers are
libphonenumber's. Schemes without a published format are not checked.
"""

from __future__ import annotations

import re

from ._result import IdResult, bad, ok
from .phone import check_phone
from .web import check_email

_DIGITS_RE = re.compile(r"[\s\-.]")
# UPI virtual payment address: handle@psp (NPCI: letters, digits, dots, hyphens and underscores, then the PSP handle).
_UPI_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{1,255}@[A-Za-z][A-Za-z0-9]{1,63}")
_UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def _stdnum(module: object, number: str) -> bool:
    from stdnum.exceptions import ValidationError

    try:
        module.validate(number)  # type: ignore[attr-defined]
    except ValidationError:
        return False
    return True


def check_promptpay(value: str) -> IdResult:
    """A Thai mobile number, a 13-digit citizen or tax identification number, or a 15-digit e-wallet ID."""
    digits = _DIGITS_RE.sub("", value)
    if digits.isdigit() and len(digits) == 13:
        from stdnum.th import tin

        if _stdnum(tin, digits):
            return ok(digits)
        return bad("the check digit of the 13-digit citizen or tax identification number does not match")
    if digits.isdigit() and len(digits) == 15:
        return ok(digits)  # an e-wallet ID: no published check digit
    phone = check_phone(value, "TH")
    if phone.valid and phone.normalised and phone.normalised.startswith("+66"):
        return phone
    return bad("a PromptPay ID is a Thai mobile number, a 13-digit citizen or tax identification number or a "
               "15-digit e-wallet ID")


def check_upi_vpa(value: str) -> IdResult:
    if not _UPI_RE.fullmatch(value):
        return bad("a UPI ID is written handle@provider with letters, digits, dots, hyphens or underscores")
    return ok(value.lower())


def check_pix_key(value: str) -> IdResult:
    """A CPF or CNPJ, a Brazilian phone number (+55), an e-mail address or a random key (UUID)."""
    if "@" in value:
        return check_email(value)
    if value.startswith("+"):
        phone = check_phone(value)
        if phone.valid and phone.normalised and phone.normalised.startswith("+55"):
            return phone
        return bad("a Pix phone key is a Brazilian number written with +55")
    if _UUID_RE.fullmatch(value):
        return ok(value.lower())
    digits = _DIGITS_RE.sub("", value).replace("/", "")
    if digits.isdigit() and len(digits) in (11, 14):
        from stdnum.br import cnpj, cpf

        if _stdnum(cpf if len(digits) == 11 else cnpj, digits):
            return ok(digits)
        return bad("the check digits of the CPF or CNPJ do not match")
    return bad("a Pix key is a CPF or CNPJ, a +55 phone number, an e-mail address or a random key (UUID)")


def check_pe_mobile(value: str) -> IdResult:
    """A Peruvian mobile number (nine digits starting with 9), as Yape and Plin address accounts."""
    import phonenumbers

    phone = check_phone(value, "PE")
    if phone.valid and phone.normalised and phone.normalised.startswith("+51"):
        number = phonenumbers.parse(phone.normalised)
        if phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE:
            return phone
    return bad("the alias is a Peruvian mobile number: nine digits starting with 9, optionally after +51")
