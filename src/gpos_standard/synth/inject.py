"""Realistic mistakes, each breaking exactly one rule of one record so tests can demand an exact report.

A mutator changes a record in place and returns the path inside the record where the validator must report
its rule code, or None when it does not apply to that record (for example a bad IBAN on a wallet). Mutations
never touch what other records depend on (ids that are referenced, roles that domain rules pair up), so one
injected error yields one issue.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from .identifiers import corrupt_base58, corrupt_iban

Path = tuple[str | int, ...]
Mutator = Callable[[dict[str, Any], "InjectState"], "Path | None"]


@dataclass(frozen=True, slots=True)
class Injected:
    """One injected error: where it is and which rule must report it."""

    stream_index: int  # 0-based position among the records (the envelope excluded)
    line: int  # line in the JSON Lines file (the envelope is line 1)
    collection: str
    collection_index: int  # index in the collection of the JSON document
    record_type: str
    record_id: str
    kind: str
    code: str
    path: str  # JSON pointer inside the record

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class InjectState:
    """What mutators may need beyond the record: earlier ids to duplicate, a counter for unique bad values."""

    def __init__(self, member: str) -> None:
        self.member = member
        self.last_involvement: str | None = None
        self.n = 0

    def missing_id(self, prefix: str) -> str:
        self.n += 1
        return f"{self.member}-{prefix}-MISSING-{self.n}"


def _wrong_date_format(rec: dict[str, Any], st: InjectState) -> Path | None:
    day = rec["incident_start_date"]
    rec["first_contact_date"] = f"{day[8:10]}/{day[5:7]}/{day[:4]}"
    return ("first_contact_date",)


def _unknown_code(rec: dict[str, Any], st: InjectState) -> Path | None:
    rec["reporting_channel"] = "web_form"
    return ("reporting_channel",)


def _dangling_reference(rec: dict[str, Any], st: InjectState) -> Path | None:
    rec["indicators"][0] = st.missing_id("IND")
    return ("indicators", 0)


def _wrong_reference_type(rec: dict[str, Any], st: InjectState) -> Path | None:
    rec["receiving_organisation"] = rec["indicators"][-1]
    return ("receiving_organisation",)


def _amount_as_number(rec: dict[str, Any], st: InjectState) -> Path | None:
    if "losses" in rec:
        rec["losses"][0]["amount"] = float(rec["losses"][0]["amount"])
        return ("losses", 0, "amount")
    if "amount" in rec and isinstance(rec["amount"], dict):
        rec["amount"]["amount"] = float(rec["amount"]["amount"])
        return ("amount", "amount")
    return None


def _missing_required(rec: dict[str, Any], st: InjectState) -> Path | None:
    for name in ("reporting_channel", "payment_method"):
        if name in rec:
            del rec[name]
            return ()
    return None


def _future_date(rec: dict[str, Any], st: InjectState) -> Path | None:
    rec["received_at"] = "2099" + rec["received_at"][4:]
    return ("received_at",)


def _dates_out_of_order(rec: dict[str, Any], st: InjectState) -> Path | None:
    # The incident "ends" a year before it started.
    rec["incident_end_date"] = str(int(rec["incident_start_date"][:4]) - 1) + rec["incident_start_date"][4:]
    if rec["incident_end_date"][5:] == "02-29":
        rec["incident_end_date"] = rec["incident_end_date"][:8] + "28"
    return ("incident_end_date",)


def _bad_currency(rec: dict[str, Any], st: InjectState) -> Path | None:
    for i, loss in enumerate(rec.get("losses", ())):
        if "currency" in loss:
            loss["currency"] = "QQQ"
            return ("losses", i, "currency")
    return None


def _broken_phone(value: str) -> str:
    """The number with a digit group lost when copying it (or, if that is still valid, one too many)."""
    import phonenumbers

    for candidate in (value[:-3], value + "77", value[:4] + "0" * 3):
        try:
            if not phonenumbers.is_valid_number(phonenumbers.parse(candidate)):
                return candidate
        except phonenumbers.NumberParseException:
            return candidate
    return "+0"


def _bad_phone(rec: dict[str, Any], st: InjectState) -> Path | None:
    if rec.get("indicator_type") == "phone_number":
        rec["value"] = _broken_phone(rec["value"])
        return ("value",)
    for i, contact in enumerate(rec.get("contact_details", ())):
        if contact["kind"] == "phone_number":
            contact["value"] = _broken_phone(contact["value"])
            return ("contact_details", i, "value")
    return None


def _bad_email(rec: dict[str, Any], st: InjectState) -> Path | None:
    for i, contact in enumerate(rec.get("contact_details", ())):
        if contact["kind"] == "email_address":
            contact["value"] = contact["value"].replace("@", " at ")
            return ("contact_details", i, "value")
    return None


def _bad_country(rec: dict[str, Any], st: InjectState) -> Path | None:
    rec["nationalities"][0] = "XX"
    return ("nationalities", 0)


def _bad_iban(rec: dict[str, Any], st: InjectState) -> Path | None:
    if "iban" not in rec:
        return None
    rec["iban"] = corrupt_iban(rec["iban"])
    return ("iban",)


def _bad_wallet(rec: dict[str, Any], st: InjectState) -> Path | None:
    if rec.get("crypto_network") not in ("tron", "bitcoin") or "wallet_address" not in rec:
        return None
    if rec["wallet_address"].startswith("bc1"):
        return None
    rec["wallet_address"] = corrupt_base58(rec["wallet_address"])
    return ("wallet_address",)


def _duplicate_id(rec: dict[str, Any], st: InjectState) -> Path | None:
    if st.last_involvement is None:
        return None
    rec["id"] = st.last_involvement
    return ("id",)


def _closed_without_reason(rec: dict[str, Any], st: InjectState) -> Path | None:
    rec["status"] = "closed"
    rec.pop("closure_reason", None)
    return ()  # the rule is the case's: reported at the case


# kind -> (rule code, mutator)
KINDS: dict[str, tuple[str, Mutator]] = {
    "wrong_date_format": ("GPOS-E007", _wrong_date_format),
    "unknown_code": ("GPOS-E005", _unknown_code),
    "dangling_reference": ("GPOS-E021", _dangling_reference),
    "wrong_reference_type": ("GPOS-E022", _wrong_reference_type),
    "amount_as_number": ("GPOS-E004", _amount_as_number),
    "missing_required": ("GPOS-E002", _missing_required),
    "future_date": ("GPOS-E031", _future_date),
    "dates_out_of_order": ("GPOS-E030", _dates_out_of_order),
    "bad_currency": ("GPOS-E041", _bad_currency),
    "bad_phone": ("GPOS-E043", _bad_phone),
    "bad_email": ("GPOS-E044", _bad_email),
    "bad_country": ("GPOS-E040", _bad_country),
    "bad_iban": ("GPOS-E046", _bad_iban),
    "bad_wallet": ("GPOS-E048", _bad_wallet),
    "duplicate_id": ("GPOS-E020", _duplicate_id),
    "closed_without_reason": ("GPOS-E053", _closed_without_reason),
}

# Which kinds make sense for which record type (a mutator may still decline a particular record).
BY_TYPE: dict[str, tuple[str, ...]] = {
    "ScamReport": ("wrong_date_format", "unknown_code", "dangling_reference", "wrong_reference_type",
                   "amount_as_number", "missing_required", "future_date", "dates_out_of_order", "bad_currency"),
    "Person": ("bad_phone", "bad_email", "bad_country"),
    "FinancialAccount": ("bad_iban", "bad_wallet"),
    "Transaction": ("amount_as_number", "missing_required"),
    "Indicator": ("bad_phone",),
    "PersonInvolvement": ("duplicate_id",),
    "Case": ("closed_without_reason",),
}


def pointer(path: Path) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)
