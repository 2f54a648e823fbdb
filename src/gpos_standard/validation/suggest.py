"""Suggested fixes for the mistakes people make when typing data by hand: a misspelt code, a code's title (in any
of the standard's languages) instead of the code, a misspelt field name, a date in a local form (day/month/year,
a Thai Buddhist-era year), a local phone number without its country code, an amount with thousands separators.

A suggestion is made only when there is one candidate: a near-tie between two codes gives none. Each says what was
assumed (the day/month order, the era, the member country). ``certain`` is False when the fix rests on an
assumption another reading would contradict (03/04/2025); ``gpos fix`` applies only certain ones.
Fuzzy matching is rapidfuzz's, imported on first use.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Any

from .. import schema_info
from ..i18n import Msg, tr
from ..resources import codelists, schema_meta
from .report import Suggestion

BUDDHIST_ERA_OFFSET = 543
MIN_SCORE = 80.0  # rapidfuzz similarity (0-100) below which a candidate is no suggestion
MIN_GAP = 8.0  # the best candidate must beat the second by this much, or the choice is a guess
_DATE = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\s*$")
_THOUSANDS = re.compile(r"^\s*(\d{1,3}(?:,\d{3})+)(\.\d+)?\s*$")
_DATE_CODES = frozenset({"GPOS-E007"})
_CODE_CODES = frozenset({"GPOS-E005", "GPOS-W001"})


def at(data: Any, path: tuple[Any, ...]) -> Any:
    """The value at a path of keys and indexes, or None where the path leads nowhere."""
    for step in path:
        try:
            data = data[step]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def suggest(code: str, message: str, data: Any, path: tuple[Any, ...], record_type: str, version: str | None,
            region: str | None) -> Suggestion | None:
    """The fix for one finding in ``data`` (one record, ``path`` inside it), or None."""
    try:
        if code == "GPOS-E003" and isinstance(message, Msg) and "field" in message.params:
            return _field_name(str(message.params["field"]), path, record_type, version)
        if code == "GPOS-W002" and isinstance(message, Msg) and message.params.get("canonical"):
            return Suggestion(message.params["canonical"], tr("the canonical form (a phone number with its country "
                                                              "code, an IBAN without spaces...)"))
        value = at(data, path)
        slot = schema_info.slot_at(path, record_type, version)
        if slot is None:
            return None
        if code == "GPOS-E004" and value is None and path and isinstance(path[-1], str) \
                and not slot.meta.get("required"):
            return Suggestion(None, tr("leave the optional field out"), True, drop=True)
        if code in _CODE_CODES and slot.meta["kind"] == "enum" and isinstance(value, str):
            return _code(value, slot, version)
        if not isinstance(value, str):
            return None
        if code in _DATE_CODES and slot.meta.get("range") == "date":
            return local_date(value)
        if slot.meta.get("type") == "DecimalAmount":
            return _amount(value)
        if code == "GPOS-E043" or slot.meta.get("type") in ("PhoneNumber", "E164Phone"):
            return local_phone(value, region)
    except (KeyError, ValueError, TypeError):
        return None
    return None


AMBIGUOUS = "ambiguous"


def _unique(query: str, choices: dict[str, str]) -> str | None:
    """The one choice (key) whose text is nearest to ``query`` by edit distance; ``AMBIGUOUS`` when another is
    about as near; None when none is near."""
    from rapidfuzz import fuzz, process, utils

    found = process.extract(query, choices, scorer=fuzz.ratio, processor=utils.default_process, limit=5)
    if not found or found[0][1] < MIN_SCORE:
        return None
    best_key = found[0][2]
    rivals = [f for f in found[1:] if choices[f[2]] != choices[best_key] and f[1] > found[0][1] - MIN_GAP]
    return AMBIGUOUS if rivals else best_key


@cache
def _titles(version: str | None, codelist: str) -> dict[str, tuple[str, str]]:
    """Every title of every code, in every language, folded: text -> (code, language)."""
    out: dict[str, tuple[str, str]] = {}
    for entry in codelists(version)[codelist]["codes"]:
        out.setdefault(entry["title"].casefold(), (entry["code"], "en"))
        for lang, title in (entry.get("titles") or {}).items():
            if title:
                out.setdefault(title.casefold(), (entry["code"], lang))
    return out


def _code(value: str, slot: schema_info.SlotAt, version: str | None) -> Suggestion | None:
    enum = schema_meta(version)["enums"][slot.meta["range"]]
    codelist = enum.get("codelist")
    if not codelist:
        return None
    titles = _titles(version, codelist)
    folded = value.strip().casefold()
    if folded in titles:
        found, lang = titles[folded]
        return Suggestion(found, tr("the code whose title in {lang} is {title}", lang=lang, title=repr(value)))
    codes = {c["code"]: c["code"] for c in codelists(version)[codelist]["codes"]}
    normal = re.sub(r"[\s\-]+", "_", folded)
    if normal in codes:
        return Suggestion(normal, tr("written in lower case with underscores"))
    near = _unique(value, codes)
    if near is None:  # no code is near: perhaps a title, misspelt
        by_title = _unique(value, {title: code for title, (code, _) in titles.items()})
        if by_title not in (None, AMBIGUOUS):
            return Suggestion(titles[str(by_title)][0], tr("the code whose title is nearest"))
        return None
    return None if near == AMBIGUOUS else Suggestion(near, tr("the nearest code"))


def _field_name(name: str, path: tuple[Any, ...], record_type: str, version: str | None) -> Suggestion | None:
    owner = schema_info.class_at(path, record_type, version)
    slots = schema_info.classes(version).get(owner, {}).get("slots", {})
    near = _unique(name, {s: s for s in slots})
    if near in (None, AMBIGUOUS):
        return None
    return Suggestion(near, tr("the field of {record} nearest to '{field}'", record=owner, field=name))


def local_date(value: str) -> Suggestion | None:
    """31/12/2025 -> 2025-12-31 (day/month/year, the order of the partnership's members); a year past 2400 is
    taken as Buddhist era (2568 -> 2025). Uncertain when the day could also be the month (03/04/2025)."""
    match = _DATE.match(value)
    if match is None:
        return None
    day, month, year = (int(g) for g in match.groups())
    notes = [tr("assumed day/month/year")]
    if year > 2400:
        year -= BUDDHIST_ERA_OFFSET
        notes.append(tr("assumed a Thai Buddhist-era year ({year} - 543)", year=year + BUDDHIST_ERA_OFFSET))
    try:
        fixed = date(year, month, day)
    except ValueError:
        return None
    certain = day > 12 or day == month
    note = notes[0] if len(notes) == 1 else tr("{first}; {second}", first=notes[0], second=notes[1])
    return Suggestion(fixed.isoformat(), note, certain)


def _amount(value: str) -> Suggestion | None:
    """1,250.00 -> 1250.00 (commas only as thousands separators, with a point for decimals)."""
    match = _THOUSANDS.match(value)
    if match is None:
        return None
    return Suggestion(match.group(1).replace(",", "") + (match.group(2) or ""), tr("removed the thousands separators"))


def local_phone(value: str, region: str | None) -> Suggestion | None:
    """A national number completed with the member country's code: 081 234 5678 in TH -> +66812345678."""
    import phonenumbers

    if not region or value.strip().startswith("+"):
        return None
    try:
        number = phonenumbers.parse(value, region.split("-")[0])
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return Suggestion(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164),
                      tr("assumed a number of the export's member country {country}", country=region))


def sheet_name(name: str, collections: dict[str, str]) -> Suggestion | None:
    """The collection a misspelt sheet name stands for (``scam_report`` -> ``scam_reports``). Only shown: the
    records of a sheet the reader skipped are not in the document ``gpos fix`` writes, so it cannot rename it."""
    near = _unique(name, {c: c for c in collections})
    if near in (None, AMBIGUOUS):
        return None
    return Suggestion(near, tr("the sheet of the collection nearest to '{sheet}': rename the sheet", sheet=name),
                      certain=False)
