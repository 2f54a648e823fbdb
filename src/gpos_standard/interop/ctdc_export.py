"""GPOS -> CTDC rows: what a trafficking screening, its person and the person's registration hold, in the
columns of the CTDC data set (missing = -99, as CTDC writes it)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

from ._tables import table

Record = dict[str, Any]
MISSING = "-99"


@cache
def _parents() -> dict[str, dict[str, str | None]]:
    from ..resources import codelists

    return {name: {c["code"]: c.get("parent") for c in codelists()[name]["codes"]}
            for name in ("exploitation_type", "trafficking_indicator", "recruiter_relationship")}


_LISTS = {"indicators_observed": "trafficking_indicator", "exploitation_types": "exploitation_type",
          "recruiter_relationships": "recruiter_relationship"}


def _flag_columns(field: str, codes: list[str]) -> dict[str, str]:
    """Flag columns of ``field`` set to 1 for the codes (or their nearest mapped parent), 0 otherwise."""
    columns = table("ctdc")["flags"][field]
    by_code: dict[str, str] = {}
    for column, mapped in columns.items():
        if len(mapped) == 1:  # the first column of a code wins: the k-anonymised set's, listed first
            by_code.setdefault(mapped[0], column)
    out = {column: "0" for column in columns if column in by_code.values()}
    parents = _parents()[_LISTS[field]]
    for code in codes:
        while code and code not in by_code:
            code = parents.get(code) or ""
        if code:
            out[by_code[code]] = "1"
    return out


def _reverse(column: str) -> dict[Any, str]:
    out: dict[Any, str] = {}
    for text, code in table("ctdc")["columns"][column]["values"].items():
        out.setdefault(code, text)  # the first spelling is CTDC's; the later ones are HTCDS's
    return out


def _age(person: Record) -> str:
    low, high = person.get("age_min"), person.get("age_max")
    if low is None:
        return MISSING
    return f"{low}+" if high is None else f"{low}--{high}"


def rows(document: Record) -> Iterator[dict[str, str]]:
    persons = {p["id"]: p for p in document.get("persons", [])}
    registrations = {i["person"]: i for i in document.get("person_involvements", []) if i.get("registered_by")}
    for screening in document.get("trafficking_screenings", []):
        person = persons.get(screening["person"], {})
        registration = registrations.get(screening["person"], {})
        row = {"yearOfRegistration": str(screening.get("screening_date", ""))[:4] or MISSING,
               "Datasource": _reverse("Datasource").get(registration.get("record_source"), MISSING),
               "gender": _reverse("gender").get(person.get("gender"), MISSING),
               "ageBroad": _age(person)}
        for column in ("majorityStatus", "majorityStatusAtExploit", "majorityEntry"):
            field = table("ctdc")["columns"][column]["field"]
            row[column] = _reverse(column).get(person.get(field), MISSING) if field in person else MISSING
        row["citizenship"] = (person.get("nationalities") or [MISSING])[0]
        row["CountryOfExploitation"] = screening.get("country_of_exploitation", MISSING)
        row["isAbduction"] = {True: "1", False: "0"}.get(screening.get("abducted"), MISSING)  # type: ignore[arg-type]
        for field in _LISTS:
            row.update(_flag_columns(field, screening.get(field, [])))
        yield row
