"""A detector of personal data in free text, for every audience below the originating agency.

Free text (a case title, an exhibit number, a focal point's unit: see :func:`~..schema_info.is_free_text`) can
hold anything, a victim's name and phone number included, whatever the sensitivity of its slot. Before free
text leaves the agency, everything below that the detector finds is replaced by a placeholder:

- e-mail addresses (``[email]``);
- IBANs whose check digits are right (``[iban]``), and wallet addresses of Bitcoin, Ethereum and other EVM chains
  and Tron whose checksums are right (``[wallet]``);
- phone numbers, as the phonenumbers library finds them in text, national numbers read in the export's member
  country (``[phone]``);
- runs of eight or more digits, with or without spaces or dashes, other than dates (``[number]``: identity-card,
  account, card and registration numbers), and one or two letters followed by six to nine digits (``[number]``:
  passport-style numbers);
- the export's own personal identifiers wherever they appear: every value of a direct-identifier slot that is
  personal (contact details, document numbers, account numbers, IBANs, holder names, transaction references)
  (``[identifier]``), and the names of its persons, whole or each part of three letters or more (``[name]``).

It cannot find what it has no way to recognise: the name of someone who is not a Person of the export, a
nickname or a misspelling, an address, a date of birth, a phone number written in words or split by other
text, a number of fewer than eight digits, a description that identifies someone without naming them. So the
policy drops free text wherever it is not needed (see :mod:`.policy`), and the guide asks publishers not to write
personal data in such fields at all.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from ..identifiers import check
from ..resources import schema_meta

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_IBAN = re.compile(r"\b[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]){11,30}\b")
_WALLETS = (
    (re.compile(r"\b0x[0-9a-fA-F]{40}\b"), None),
    (re.compile(r"\bbc1[02-9ac-hj-np-z]{11,71}\b", re.IGNORECASE), "btc"),
    (re.compile(r"\b[13][1-9A-HJ-NP-Za-km-z]{25,34}\b"), "btc"),
    (re.compile(r"\bT[1-9A-HJ-NP-Za-km-z]{33}\b"), "trx"),
)
_DIGITS = re.compile(r"(?<![\w\-/.])\d(?:[ \-]?\d){7,}(?![\w\-/])")
_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{4}")
_DOCUMENT = re.compile(r"\b[A-Za-z]{1,2}\d{6,9}\b")
_EDGE = "A-Za-z0-9"  # a literal is found only where it is not part of a longer Latin word or number
MIN_LITERAL = 4  # shorter identifiers would replace ordinary words


def _collapse(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, str):
                yield item


def _personal_identifiers() -> dict[str, list[tuple[str, str]]]:
    """Class -> (slot, placeholder) of the direct-identifier slots that are personal."""
    out: dict[str, list[tuple[str, str]]] = {}
    for cls, info in schema_meta()["classes"].items():
        for name, meta in info["slots"].items():
            if meta.get("pseudonymise") and meta["sensitivity"] in ("personal", "special_category"):
                out.setdefault(cls, []).append((name, "[name]" if name in ("names", "holder_name") else "[identifier]"))
    return out


def _walk(cls: str, obj: Any, found: list[tuple[str, str]], slots: dict[str, list[tuple[str, str]]]) -> None:
    if not isinstance(obj, dict):
        return
    meta = schema_meta()["classes"].get(cls, {}).get("slots", {})
    for name, placeholder in slots.get(cls, ()):
        found.extend((text, placeholder) for text in _strings(obj.get(name)))
    for name, slot in meta.items():
        if slot["kind"] == "inlined" and name in obj:
            items = obj[name] if isinstance(obj[name], list) else [obj[name]]
            for item in items:
                _walk(slot["range"], item, found, slots)


def _long_number(text: str) -> bool:
    return sum(c.isdigit() for c in text) >= 8 and not _DATE.fullmatch(text)


def _replace(pattern: re.Pattern[str], text: str, placeholder: Any, keep: Any = None) -> tuple[str, int]:
    """``pattern.sub`` that counts, keeps matches ``keep`` rejects, and may look the placeholder up."""
    found = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal found
        if keep is not None and not keep(match.group()):
            return match.group()
        found += 1
        return placeholder(match.group()) if callable(placeholder) else str(placeholder)

    return pattern.sub(replace, text), found


class Detector:
    """Finds and replaces personal data in free text, knowing the export's own persons and identifiers."""

    def __init__(self, document: dict[str, Any], region: str | None,
                 records: Iterable[tuple[str, Any]] | None = None) -> None:
        """``records``: (class, record) of every record, in collection order, when the export is read as a
        stream rather than held as ``document``."""
        self.region = region if isinstance(region, str) and re.fullmatch(r"[A-Z]{2}", region) else None
        slots = _personal_identifiers()
        if records is None:
            records = ((cls, record) for collection, cls in schema_meta()["collections"].items()
                       for record in (document.get(collection) if isinstance(document.get(collection), list) else ()))
        literals: dict[str, str] = {}
        found: list[tuple[str, str]] = []
        for cls, record in records:
            _walk(cls, record, found, slots)
            for text, placeholder in found:
                text = _collapse(text)
                if len(text) >= MIN_LITERAL:
                    literals.setdefault(text.casefold(), placeholder)
                if placeholder == "[name]":
                    for part in text.split():
                        if len(part) >= 3:
                            literals.setdefault(part.casefold(), "[name]")
            found.clear()
        ordered = sorted(literals, key=len, reverse=True)  # the longest first: a full name before its parts
        self._placeholders = literals
        self._literals = re.compile("|".join(
            rf"(?<![{_EDGE}])" + r"\s+".join(map(re.escape, text.split())) + rf"(?![{_EDGE}])" for text in ordered),
            re.IGNORECASE) if ordered else None

    def scrub(self, text: str) -> tuple[str, int]:
        """The text with what was found replaced, and how many things were found."""
        steps: list[tuple[re.Pattern[str], Any, Any]] = [
            (_EMAIL, "[email]", None), (_IBAN, "[iban]", lambda m: check("iban", m).valid),
            *((pattern, "[wallet]", None if kind is None else lambda m, k=kind: check(k, m).valid)
              for pattern, kind in _WALLETS)]
        total = 0
        for pattern, placeholder, keep in steps:
            text, found = _replace(pattern, text, placeholder, keep)
            total += found
        text, found = self._phones(text)
        total += found
        if self._literals is not None:
            text, found = _replace(self._literals, text,
                                   lambda m: self._placeholders.get(_collapse(m).casefold(), "[identifier]"))
            total += found
        for pattern in (_DIGITS, _DOCUMENT):
            text, found = _replace(pattern, text, "[number]", _long_number if pattern is _DIGITS else None)
            total += found
        return text, total

    def _phones(self, text: str) -> tuple[str, int]:
        import phonenumbers

        matches = list(phonenumbers.PhoneNumberMatcher(text, self.region, phonenumbers.Leniency.VALID))
        for match in reversed(matches):
            text = text[:match.start] + "[phone]" + text[match.end:]
        return text, len(matches)
