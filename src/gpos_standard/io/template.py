"""Empty, documented templates generated from the schema, so members can fill in an export by hand.

- CSV: a folder or zip with ``export.csv`` and one ``<collection>.csv`` per collection, each holding only the
  header row (every field; objects expanded into ``/`` columns, position 0 for lists of objects, so more
  items are added as ``losses/1/amount``...), plus ``_fields.csv`` describing every column (required, type,
  code list, sensitivity, description). Files starting with ``_`` are ignored when reading.
- XLSX: an ``_about`` sheet explaining the conventions, sheet ``export`` and one sheet per collection with
  a frozen header row whose cells carry a comment (description, required, type, sensitivity), drop-down
  lists for code-list columns (strict for closed lists, suggestions for open lists and lists of codes) fed
  by a hidden ``_codelists`` sheet, and text-formatted columns so Excel does not turn dates, amounts or
  identifiers into numbers.

Read back with no rows filled in, a template gives a document with an empty envelope: the validator then
lists everything that is missing.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from ..i18n import N_, gettext_for
from ..resources import codelists, schema_meta
from . import tabular
from .csvpkg import ENVELOPE_FILE, write_files
from .flatten import header, order_columns
from .xlsx import ENVELOPE_SHEET, save_reproducibly

FIELDS_FILE = "_fields.csv"
FIELDS_HEADER = ["collection", "column", "required", "type", "code_list", "sensitivity", "description"]
_TYPES = {"string": "text", "date": "date (YYYY-MM-DD)", "datetime": "date-time (RFC 3339 with offset)",
          "integer": "whole number", "float": "number", "boolean": "true or false"}
EXAMPLES = {  # the example values the instructions give: real values of the standard (tests validate them)
    "codes": "romance_investment|task_job_scam",
    "datetime": "2025-01-05T14:30:00+07:00",
    "amount": "1250.00",
}
_ANSWERS = (N_("yes"), N_("no"))  # the answers of "Required:", translated in the notes
ABOUT = [
    N_("GPOS export template"),
    N_("Fill one sheet per kind of record; leave sheets you do not need empty. One row is one record."),
    N_("Sheet 'export' describes the export itself: fill exactly one row under the header."),
    N_("Hover over a column name to see what it means, whether it is required and how sensitive it is. Required "
       "columns have an orange header."),
    N_("Nested fields use '/': location/country. Several items use positions from 0: losses/0/amount, "
       "losses/1/amount (insert columns for more)."),
    N_("Lists of codes or references go in one cell separated by | (for example {codes})."),
    N_("Write dates as YYYY-MM-DD and date-times with an offset, such as {datetime}."),
    N_("Write amounts as plain decimals with a dot ({amount}), true/false fields as true or false."),
    N_("An empty cell means 'not known / not given'. Check the file with: gpos validate FILE.xlsx"),
]


def _expand(cls: str, path: tuple[Any, ...]) -> list[tuple[tuple[Any, ...], dict[str, Any]]]:
    skip = schema_meta()["collections"] if cls == schema_meta()["root"] else {}
    out: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
    for name, slot in tabular.slots_of(cls).items():
        if name in skip:
            continue
        if slot["kind"] == "inlined" and tabular.slots_of(slot["range"]):
            out.extend(_expand(slot["range"], (*path, name, 0) if slot["multivalued"] else (*path, name)))
        else:
            out.append(((*path, name), slot))
    return out


def columns(cls: str) -> list[tuple[tuple[Any, ...], dict[str, Any]]]:
    """Every column of a class, objects expanded, position 0 for lists of objects; in writing order."""
    found = dict(_expand(cls, ()))
    return [(path, found[path]) for path in order_columns(cls, found)]


def tables() -> list[tuple[str, str]]:
    """``(table name, class)`` for the envelope and every collection, in schema order."""
    meta = schema_meta()
    return [(ENVELOPE_SHEET, meta["root"]), *meta["collections"].items()]


def _codelist(slot: dict[str, Any]) -> tuple[str, bool] | None:
    if slot["kind"] != "enum":
        return None
    enum = schema_meta()["enums"][slot["range"]]
    if not enum["codelist"]:  # an ISO code set (thousands of codes): no dropdown
        return None
    return enum["codelist"], not slot.get("open")


def type_text(slot: dict[str, Any]) -> str:
    kind = slot["kind"]
    one = ("code" if kind == "enum" else f"{slot['range']} id" if kind == "ref"
           else _TYPES.get(slot["range"], slot["range"]))
    return f"list of {one} separated by |" if slot["multivalued"] else one


def _required(cls: str, path: tuple[Any, ...]) -> str:
    """'yes', 'no', or 'yes, when <parent> is given' for a field required inside an optional object."""
    classes = schema_meta()["classes"]
    parent_required, current, parent = True, cls, ""
    for depth, step in enumerate(path):
        if isinstance(step, int):
            continue
        slot = classes[current]["slots"][step]
        if slot["kind"] != "inlined":
            if not slot["required"]:
                return "no"
            return "yes" if parent_required else f"yes, when {parent} is given"
        parent_required = parent_required and slot["required"]
        parent = header(path[: depth + 1])
        current = slot["range"]
    return "no"


def field_rows() -> list[list[str]]:
    """One row per template column: what ``_fields.csv`` holds and the XLSX comments say."""
    rows = []
    for table, cls in tables():
        for path, slot in columns(cls):
            lists = _codelist(slot)
            rows.append([table, header(path), _required(cls, path), type_text(slot),
                         lists[0] if lists else "", slot["sensitivity"], slot["description"]])
    return rows


def _header_only(cls: str) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow([header(p) for p, _ in columns(cls)])
    return buffer.getvalue().encode("utf-8")


def write_csv_template(path: Path, *, as_zip: bool) -> None:
    files = [(ENVELOPE_FILE if table == ENVELOPE_SHEET else f"{table}.csv", _header_only(cls))
             for table, cls in tables()]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(FIELDS_HEADER)
    writer.writerows(field_rows())
    files.append((FIELDS_FILE, buffer.getvalue().encode("utf-8")))
    write_files(files, path, as_zip=as_zip)


def _codelist_sheet(book: Any, lang: str) -> dict[str, str]:
    """Write every code list used into the hidden sheet (codes, or in another language than English their labels,
    listed with their codes in the hidden ``_labels`` sheet); return list name -> range formula."""
    from openpyxl.utils import get_column_letter

    from .labels import LABELS_SHEET, labels

    sheet = book.create_sheet("_codelists")
    sheet.sheet_state = "hidden"
    used = sorted({e["codelist"] for e in schema_meta()["enums"].values() if e["codelist"]})
    ranges = {}
    pairs: list[tuple[str, str]] = []
    for i, name in enumerate(used, start=1):
        letter = get_column_letter(i)
        if lang == "en":
            codes = [c["code"] for c in codelists()[name]["codes"] if not c.get("deprecated")]
        else:
            listed = labels(name, lang)
            pairs += listed
            codes = [text for text, _ in listed]
        sheet.cell(row=1, column=i, value=name)
        for row, code in enumerate(codes, start=2):
            sheet.cell(row=row, column=i, value=code)
        ranges[name] = f"'_codelists'!${letter}$2:${letter}${len(codes) + 1}"
    if pairs:
        table = book.create_sheet(LABELS_SHEET)
        table.sheet_state = "hidden"
        table.append(["label", "code"])
        for pair in dict(pairs).items():
            table.append(list(pair))
    return ranges


def write_xlsx_template(path: Path, lang: str = "en") -> None:
    """The workbook; ``lang`` other than English: instructions, notes and drop-downs in that language (code lists
    as ``title (code)`` labels, read back as their codes)."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    about = book.active
    about.title = "_about"
    say = gettext_for(lang)
    for number, line in enumerate(ABOUT, start=1):
        about.cell(row=number, column=1, value=say(line, **EXAMPLES)).font = Font(bold=number == 1)
    about.column_dimensions["A"].width = 110
    about.cell(row=len(ABOUT) + 1, column=1, value=say("Code lists: hidden sheet _codelists; or run: gpos codes NAME")
               ).alignment = Alignment(wrap_text=True)
    required_fill = PatternFill("solid", fgColor="FFD8A8")
    sheets = {}
    for table, _ in tables():
        sheets[table] = book.create_sheet(table)
    ranges = _codelist_sheet(book, lang)
    fields: dict[str, list[list[str]]] = {}
    for row in field_rows():
        fields.setdefault(row[0], []).append(row)
    for table, cls in tables():
        sheet = sheets[table]
        sheet.freeze_panes = "A2"
        for i, ((_, slot), info) in enumerate(zip(columns(cls), fields[table], strict=True), 1):
            letter = get_column_letter(i)
            cell = sheet.cell(row=1, column=i, value=info[1])
            cell.font = Font(bold=True)
            if info[2] == "yes":
                cell.fill = required_fill
            note = "\n".join([info[6], "", say("Required: {answer}", answer=say(info[2]) if info[2] in ("yes", "no")
                                              else info[2]),
                              say("Type: {type}", type=info[3]), say("Sensitivity: {level}", level=info[5])])
            if info[4]:
                note += "\n" + say("Code list: {name}", name=info[4])
            cell.comment = Comment(note, "GPOS", width=320, height=200)
            sheet.column_dimensions[letter].width = max(14, len(info[1]) + 2)
            if slot["kind"] == "scalar" and slot["range"] in ("integer", "float", "boolean"):
                continue
            sheet.column_dimensions[letter].number_format = "@"
            lists = _codelist(slot)
            if lists:
                strict = lists[1] and not slot["multivalued"]
                check = DataValidation(type="list", formula1=ranges[lists[0]], allow_blank=True,
                                       showErrorMessage=strict,
                                       error=say("Pick a code from {name}", name=lists[0]) if strict else None)
                check.add(f"{letter}2:{letter}1048576")
                sheet.add_data_validation(check)
    save_reproducibly(book, path)
