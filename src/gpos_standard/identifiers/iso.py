"""ISO codes: countries (3166-1 alpha-2), currencies (4217 alpha-3, current only) and languages (639-1 or 639-3).

Currencies are the standard's own code set (the Currency enum of the shipped JSON Schema, from
reference_data/iso), so that a pycountry release still listing a withdrawn currency changes nothing; countries and
languages come from pycountry. Each set is built once, so each check is a set lookup.
"""

from __future__ import annotations

from functools import cache

import pycountry

from ._result import IdResult, bad, ok


@cache
def _countries() -> tuple[frozenset[str], frozenset[str]]:
    return (frozenset(c.alpha_2 for c in pycountry.countries), frozenset(c.alpha_3 for c in pycountry.countries))


@cache
def _currencies() -> frozenset[str]:
    from ..resources import json_schema

    return frozenset(json_schema()["$defs"]["Currency"]["enum"])


@cache
def _languages() -> tuple[frozenset[str], frozenset[str]]:
    two = frozenset(lang.alpha_2 for lang in pycountry.languages if hasattr(lang, "alpha_2"))
    return two, frozenset(lang.alpha_3 for lang in pycountry.languages)


def check_country(value: str) -> IdResult:
    code = value.upper()
    alpha_2, alpha_3 = _countries()
    if code in alpha_2:
        return ok(code)
    if code in alpha_3:
        return bad("a three-letter code: give the two-letter ISO 3166-1 alpha-2 code instead")
    if len(code) != 2 or not code.isascii() or not code.isalpha():
        return bad("a country is given as a two-letter ISO 3166-1 alpha-2 code")
    return bad("not an assigned ISO 3166-1 country code")


def check_currency(value: str) -> IdResult:
    code = value.upper()
    if code in _currencies():
        return ok(code)
    if len(code) != 3 or not code.isascii() or not code.isalpha():
        return bad("a currency is given as a three-letter ISO 4217 code")
    return bad("not a current ISO 4217 currency code")


def check_language(value: str) -> IdResult:
    code = value.lower()
    two, three = _languages()
    if code in two or code in three:
        return ok(code)
    if len(code) not in (2, 3) or not code.isascii() or not code.isalpha():
        return bad("a language is given as a two-letter ISO 639-1 or three-letter ISO 639-3 code")
    return bad("not an ISO 639-1 or ISO 639-3 language code")
