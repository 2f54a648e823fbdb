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


def _case_classes() -> dict[int, int] | None:
    """The characters the regular-expression engine takes as equal ignoring case, beyond their lower case (its own
    table, so that :class:`_Fold` agrees with it); None when this Python does not expose it."""
    try:
        from re._casefix import _EXTRA_CASES as fixes  # Python 3.11+
    except ImportError:
        try:
            from sre_compile import _ignorecase_fixes as fixes  # type: ignore[attr-defined,no-redef]  # 3.10
        except ImportError:
            return None
    return {lo: min((lo, *others)) for lo, others in fixes.items()}


class _Fold(dict):  # type: ignore[type-arg]
    """A ``str.translate`` table: each character to one character standing for every character the regular
    expression engine matches with it under IGNORECASE (its simple lower case, then one of its equivalents)."""

    def __init__(self, classes: dict[int, int]) -> None:
        super().__init__()
        import _sre

        self._lower = _sre.unicode_tolower
        self._classes = classes

    def __missing__(self, code: int) -> str:
        lower = self._lower(code)
        folded = self[code] = chr(self._classes.get(lower, lower))
        return folded


class _FirstWords:
    """Which literals could match a text: a literal matches only where its first word does, character by
    character ignoring case, so looking every stretch of the text up by length in an index of first words
    finds every literal that can (and a few that cannot, which the expression then does not match)."""

    def __init__(self, ordered: list[str]) -> None:
        classes = _case_classes()
        self.fold = None if classes is None else _Fold(classes)
        self.index: dict[str, list[int]] = {}
        if self.fold is not None:
            for position, text in enumerate(ordered):
                self.index.setdefault(text.split()[0].translate(self.fold), []).append(position)
        self.lengths = sorted({len(word) for word in self.index})

    def candidates(self, text: str) -> set[int] | None:
        if self.fold is None:
            return None
        folded = text.translate(self.fold)
        found: set[int] = set()
        get = self.index.get
        for length in self.lengths:
            for start in range(len(folded) - length + 1):
                hits = get(folded[start:start + length])
                if hits:
                    found.update(hits)
        return found


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
        self._patterns = [rf"(?<![{_EDGE}])" + r"\s+".join(map(re.escape, text.split())) + rf"(?![{_EDGE}])"
                          for text in ordered]
        self._index = _FirstWords(ordered)
        self._literals: re.Pattern[str] | None = None

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
        literals = self._literals_in(text)
        if literals is not None:
            text, found = _replace(literals, text,
                                   lambda m: self._placeholders.get(_collapse(m).casefold(), "[identifier]"))
            total += found
        for pattern in (_DIGITS, _DOCUMENT):
            text, found = _replace(pattern, text, "[number]", _long_number if pattern is _DIGITS else None)
            total += found
        return text, total

    def _literals_in(self, text: str) -> re.Pattern[str] | None:
        """The alternation of every literal, longest first, less those that cannot match ``text`` at all: the
        same matches, found without trying hundreds of thousands of alternatives at every character."""
        if not self._patterns:
            return None
        candidates = self._index.candidates(text)
        if candidates is None:  # no way to rule any out: every literal
            if self._literals is None:
                self._literals = re.compile("|".join(self._patterns), re.IGNORECASE)
            return self._literals
        if not candidates:
            return None
        return re.compile("|".join(self._patterns[i] for i in sorted(candidates)), re.IGNORECASE)

    def _phones(self, text: str) -> tuple[str, int]:
        import phonenumbers

        matches = list(phonenumbers.PhoneNumberMatcher(text, self.region, phonenumbers.Leniency.VALID))
        for match in reversed(matches):
            text = text[:match.start] + "[phone]" + text[match.end:]
        return text, len(matches)
