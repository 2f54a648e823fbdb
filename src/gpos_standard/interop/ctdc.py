"""CTDC global victim-of-trafficking data (CSV) <-> GPOS: Persons, victim PersonInvolvements registered by the
contributing organisation, and TraffickingScreenings with exploitation types and means of control.

The column mapping is the table ``interop/data/ctdc.yaml``. Rows are read one at a time; every column is either
mapped or counted in the not-carried report (as is every value the table does not know).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from functools import cache
from pathlib import Path
from typing import Any

from . import ConversionError, ImportOptions, ImportResult, Output
from ._tables import table
from .prune import drop_invalid_records

Record = dict[str, Any]
ORG_ID = "CTDC-ORG-1"
_KEY = re.compile(r"[A-Za-z0-9]{1,40}")
_RANGE = re.compile(r"^(\d+)\s*-{1,2}\s*(\d+)$|^(\d+)\s*\+$")


@cache
def _bands() -> list[tuple[str, int, int | None]]:
    from ..resources import codelists

    out: list[tuple[str, int, int | None]] = []
    for code in codelists()["age_band"]["codes"]:
        m = re.fullmatch(r"age_(\d+)_(\d+|plus)", code["code"])
        if m:
            out.append((code["code"], int(m[1]), None if m[2] == "plus" else int(m[2])))
    return out


def age(text: str) -> Record | None:
    """``ageBroad`` ("9--17", "48+") as age_min / age_max, plus the age band when the range lies in one."""
    m = _RANGE.match(text.strip())
    if not m:
        return None
    low, high = (int(m[1]), int(m[2])) if m[1] else (int(m[3]), None)
    out: Record = {"age_min": low} | ({"age_max": high} if high is not None else {})
    for code, b_low, b_high in _bands():
        if low >= b_low and (b_high is None or (high is not None and high <= b_high)):
            out["age_band"] = code
    return out


def _country(text: str) -> str | None:
    import pycountry

    text = text.strip().upper()
    found = pycountry.countries.get(alpha_2=text) if len(text) == 2 else (
        pycountry.countries.get(alpha_3=text) if len(text) == 3 else None)
    return found.alpha_2 if found else None


@cache
def _index() -> dict[str, tuple[str, Any]]:
    """Column -> how it is read, built once: a CSV of 50k rows has millions of cells."""
    spec = table("ctdc")
    out: dict[str, tuple[str, Any]] = {c: ("not_carried", why) for c, why in spec["not_carried"].items()}
    out.update({c: ("column", s) for c, s in spec["columns"].items()})
    out.update({c: ("flag", (field, codes)) for field, cols in spec["flags"].items() for c, codes in cols.items()})
    return out


@cache
def _missing() -> frozenset[str]:
    return frozenset(table("ctdc")["missing"])


class _Row:
    """The GPOS records of one CTDC row."""

    def __init__(self, number: int, result: ImportResult, key: str) -> None:
        self.number = number
        self.result = result
        self.person: Record = {"id": f"CTDC-PER-{key}"}
        self.involvement: Record = {"id": f"CTDC-INV-{key}", "person": self.person["id"],
                                    "registered_by": ORG_ID}
        self.screening: Record = {"id": f"CTDC-TSC-{key}", "person": self.person["id"],
                                  "screening_organisation": ORG_ID, "outcome": table("ctdc")["outcome"]}

    def lost(self, column: str, reason: str) -> None:
        self.result.skip(column, reason, f"row {self.number}")

    def cell(self, column: str, value: str) -> None:
        if value.strip() in _missing():
            return
        kind, target = _index().get(column, ("unknown", None))
        if kind == "flag":
            field, codes = target
            if self.flag(column, value):
                present = self.screening.setdefault(field, [])
                present.extend(c for c in codes if c not in present)
        elif kind == "column":
            self.field(column, target, value.strip())
        elif kind == "not_carried":
            self.lost(column, target)
        else:
            self.lost(column, "not a column of the CTDC codebook")

    def flag(self, column: str, value: str) -> bool | None:
        spec = table("ctdc")
        if value.strip() in spec["flag_yes"]:
            return True
        if value.strip() not in spec["flag_no"]:
            self.lost(column, "a flag that is neither 1 nor 0")
        return None

    def field(self, column: str, spec: Record, value: str) -> None:
        field = spec["field"]
        if "values" in spec:
            coded = spec["values"].get(value, spec.get("otherwise"))
            if coded is None:
                self.lost(column, "a value the mapping does not know")
            elif field == "recruiter_relationships":
                self.screening.setdefault(field, [])
                if coded not in self.screening[field]:
                    self.screening[field].append(coded)
            elif field == "record_source":
                self.involvement[field] = coded
            else:
                self.person[field] = coded
        elif field == "year":
            if not re.fullmatch(r"[12]\d{3}", value.split(".")[0]):
                self.lost(column, "not a year")
                return
            day = f"{value.split('.')[0]}-01-01"
            self.involvement.update(registration_date=day, registration_date_precision="year")
            self.screening.update(screening_date=day, screening_date_precision="year")
        elif field == "age":
            parsed = age(value)
            if parsed is None:
                self.lost(column, "not an age range")
            else:
                self.person.update(parsed)
        elif field in ("nationalities", "country_of_exploitation"):
            code = _country(value)
            if code is None:
                self.lost(column, "not an ISO 3166 country code")
            elif field == "nationalities":
                self.person["nationalities"] = [code]
            else:
                self.screening[field] = code
        elif field == "abducted":
            flag = self.flag(column, value)
            if flag is not None or value.strip() in table("ctdc")["flag_no"]:
                self.screening["abducted"] = bool(flag)

    def records(self) -> Iterator[tuple[str, Record]]:
        spec = table("ctdc")
        forced = set(spec["forced_criminality"]) & set(self.screening.get("exploitation_types", []))
        self.involvement["role"] = spec["role_forced_criminality"] if forced else spec["role"]
        yield "persons", self.person
        yield "person_involvements", self.involvement
        yield "trafficking_screenings", self.screening


def _rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        if not reader.fieldnames:
            raise ConversionError("no header row")
        yield from enumerate(reader, start=2)  # row 1 is the header


def import_path(path: Path, options: ImportOptions) -> ImportResult:
    """A GPOS export from a CTDC CSV, read row by row."""
    try:
        return import_rows(_rows(path), options, "CTDC")
    except (UnicodeDecodeError, csv.Error) as exc:
        raise ConversionError(f"not a CSV file in UTF-8 ({str(exc)[:200]})") from None


def import_rows(rows: Iterable[tuple[int, dict[str, Any]]], options: ImportOptions, source: str) -> ImportResult:
    """A GPOS export from victim records keyed by CTDC variable names (row number, record), one at a time."""
    from ..resources import current_version

    if not options.member_country:
        raise ConversionError(f"a {source} file does not say the member country of the export: give it (--member CC)")
    result = ImportResult(document={})
    collections: dict[str, list[Record]] = {"persons": [], "person_involvements": [], "trafficking_screenings": []}
    years: list[str] = []
    id_column = table("ctdc")["id_column"]
    seen: set[str] = set()
    for number, row in rows:
        result.records_read += 1
        key = _text(row.get(id_column)).strip().removesuffix(".0")
        if not _KEY.fullmatch(key) or key in seen:
            if key:
                result.skip(id_column, "not a usable, unique row id: the row number is used", f"row {number}")
            key = f"R{number}"
        seen.add(key)
        mapped = _Row(number, result, key)
        for column, value in row.items():
            if column == id_column:
                continue
            if column is None:
                mapped.lost("(no header)", "a value beyond the last column of the header")
            elif isinstance(value, (dict, list)):
                mapped.lost(str(column), "a list or object where the codebook has one value")
            else:
                mapped.cell(column, _text(value))
        if "screening_date" not in mapped.screening:
            result.skip("yearOfRegistration", "a row without a year of registration cannot be dated", f"row {number}")
            result.records_skipped += 1
            continue
        years.append(mapped.screening["screening_date"][:4])
        for collection, record in mapped.records():
            collections[collection].append(record)
    first, last = (min(years), max(years)) if years else ("1970", "1970")
    organisation = {"id": ORG_ID, **table("ctdc")["organisation"]}
    result.document = {
        "standard_version": current_version(), "export_id": options.export_id or f"{source}-IMPORT",
        "publisher": options.publisher or ORG_ID, "member_country": options.member_country,
        "created_at": datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        "period": {"start_date": f"{first}-01-01", "end_date": f"{last}-12-31"},
        "sharing_marking": options.sharing_marking or "RED",
        "licence": options.extra.get("licence") or f"{source} terms of use (see the source data set)",
        "organisations": [organisation], **{k: v for k, v in collections.items() if v}}
    drop_invalid_records(result, source)
    return result


def _text(value: Any) -> str:
    """A cell as CTDC writes it: JSON true/false/numbers of a case file become "1"/"0"/digits."""
    if isinstance(value, bool):
        return "1" if value else "0"
    if value is None or isinstance(value, (dict, list)):
        return "" if value is None else "\x00unreadable"
    return str(value)


def export_document(document: Record, audience: str) -> list[Output]:
    """One CTDC row per trafficking screening, with the columns the table maps."""
    from .ctdc_export import rows

    buffer = io.StringIO()
    writer: Any = None
    for row in rows(document):
        if writer is None:
            writer = csv.DictWriter(buffer, fieldnames=list(row), lineterminator="\n")
            writer.writeheader()
        writer.writerow(row)
    return [Output("", buffer.getvalue().encode())]
