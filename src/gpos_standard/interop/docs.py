"""The converters' mapping tables as Markdown, between markers in the crosswalk pages, so the pages cannot drift
from the code: the tests compare each page with :func:`render`; ``python -m gpos_standard.interop.docs`` rewrites
them."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from ._tables import table

START, END = "<!-- converter-table:start -->", "<!-- converter-table:end -->"


def _code(values: object) -> str:
    if isinstance(values, dict):
        return ", ".join(f"`{k}` = `{v}`" for k, v in values.items())
    if isinstance(values, list):
        return ", ".join(f"`{v}`" if v != "" else "(empty)" for v in values)
    return f"`{values}`"


def misp() -> str:
    t = table("misp")
    lines = ["Generated from the converter's table (`src/gpos_standard/interop/data/misp.yaml`); "
             "`gpos export misp` and `gpos import misp` use exactly this.", "",
             "| GPOS | MISP object | relation | also |", "|---|---|---|---|"]
    for code, spec in t["indicators"].items():
        also = _code(spec.get("fixed", {})) if spec.get("fixed") else ""
        if spec.get("by_length"):
            also = "relation by length of the hash: " + _code(spec["by_length"])
        lines.append(f"| indicator `{code}` | `{spec['object']}` | `{spec['relation']}` | {also} |")
    for gpos, misp_field in t["indicator_fields"].items():
        lines.append(f"| indicator `{gpos}` | the object's `{misp_field}` | | in UTC, as MISP writes it |")
    lines.append("| indicator `status` | `phishing:state` tag of the value | | through the code list's `misp` column; "
                 "several codes share a tag, a code without one comes back as `unknown` |")
    crypto, bank = t["financial_accounts"]["crypto"], t["financial_accounts"]["bank"]
    for gpos, relation in {**crypto["fields"], **crypto["first_of"]}.items():
        lines.append(f"| financial account ({_code(crypto['types'])}) `{gpos}` | `{crypto['object']}` | `{relation}` | "
                     f"{'the first only' if gpos in crypto['first_of'] else ''} |")
    for gpos, relation in bank["fields"].items():
        lines.append(f"| financial account (other types) `{gpos}` | `{bank['object']}` | `{relation}` | |")
    lines.append(f"| financial account `account_type` | `{bank['object']}` | `non-banking-institution` | "
                 f"0 for `{bank['bank_type']}`; 1 for the other types, which come back as `{bank['other_type']}` |")
    p = t["persons"]
    for gpos, relation in {**p["first_of"], **p["fields"], **p["list_fields"], **p["coded"]}.items():
        note = "the first name" if gpos in p["first_of"] else "through the code list" if gpos in p["coded"] else ""
        lines.append(f"| person `{gpos}` | `{p['object']}` | `{relation}` | {note} |")
    for gpos, relation in p["rest_of"].items():
        lines.append(f"| person `{gpos}` after the first | `{p['object']}` | `{relation}` | |")
    lines.append(f"| person_involvement `role` | `{p['object']}` | `{p['roles']}` | export only; persons only for "
                 f"the audiences {_code(p['audiences'])} |")
    tx = t["transactions"]
    for gpos, relation in {**tx["fields"], "amount.amount": tx["amount"], "amount.crypto_asset": tx["asset"],
                           "executed_at": tx["time"]}.items():
        lines.append(f"| on-chain transaction `{gpos}` | `{tx['object']}` | `{relation}` | |")
    lines.append(f"| on-chain transaction: the receiving account's `wallet_address` | `{tx['object']}` | "
                 f"`{tx['to_wallet']}` | export only; `payment_method` comes back as `{tx['import_payment_method']}` |")
    o = t["organisations"]
    for gpos, relation in o["fields"].items():
        lines.append(f"| organisation `{gpos}` | `{o['object']}` | `{relation}` | |")
    lines.append(f"| the envelope (`export_id`; the rest as JSON in `comment`) | `{t['envelope']['object']}` | "
                 f"`identifier` | `type` = `{t['envelope']['type']}` |")
    lines += ["", "Standalone attributes of other events become indicators: "
              + ", ".join(f"`{k}` → `{v}`" for k, v in t["attributes"].items()) + ". Objects without a GPOS "
              "comment: " + ", ".join(f"`{k}` → {v}" for k, v in t["foreign_objects"].items())
              + "; the indicator templates above → indicators.", "",
              "**Not carried to MISP:**", ""]
    lines += [f"- {item['what']}: {item['why']}" for item in t["not_carried_on_export"]]
    lines += ["", "**Not carried from MISP** (each counted in the import's not-carried report): object templates, "
              "relations and attribute types not in the table, tags other than TLP and `phishing:state`, galaxies, "
              "event reports, sightings, the event's `info`; a record the validator rejects is dropped and counted "
              "with its rule code.", ""]
    return "\n".join(lines)


def ctdc() -> str:
    t = table("ctdc")
    lines = ["Generated from the converter's table (`src/gpos_standard/interop/data/ctdc.yaml`); "
             "`gpos import ctdc` and `gpos export ctdc` use exactly this, as do `gpos import htcds` and "
             "`gpos export htcds` for an HTCDS-shaped case file (JSON: `{\"victims\": [...]}`, each victim keyed by "
             "the same variable names; JSON true and false read as 1 and 0). Missing values: "
             + _code(t["missing"]) + ".", "", "| CTDC column | GPOS | values |", "|---|---|---|"]
    for column, spec in t["columns"].items():
        values = _code(spec["values"]) if "values" in spec else ""
        if spec.get("otherwise"):
            values += f"; any other value = `{spec['otherwise']}`"
        lines.append(f"| `{column}` | `{spec['field']}` | {values} |")
    for field, columns in t["flags"].items():
        for column, codes in columns.items():
            lines.append(f"| `{column}` = 1 | `TraffickingScreening.{field}` | {_code(codes)} |")
    lines += ["", "**Not carried from CTDC** (each value counted in the import's not-carried report, as is any "
              "column not listed here and any value the table does not know):", ""]
    lines += [f"- `{column}`: {why}" for column, why in t["not_carried"].items()]
    lines += ["", "**Not carried to CTDC:** one row per TraffickingScreening; the codes without a CTDC column go to "
              "the column of their nearest parent (`forced_online_scamming` → `typeOfLabourIllicitActivities`), "
              "codes with neither are dropped; only the first nationality and the age range are written; "
              "every other GPOS record stays out.", ""]
    return "\n".join(lines)


PAGES: dict[str, Callable[[], str]] = {"docs/crosswalks/misp.md": misp, "docs/crosswalks/htcds.md": ctdc}


def render(text: str, block: str) -> str:
    """The page with the block between the markers replaced (the markers appended when missing)."""
    if START not in text:
        return f"{text.rstrip()}\n\n## The converter's mapping\n\n{START}\n{block}{END}\n"
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{block}{END}{tail}"


def main(root: Path) -> int:
    for rel, make in PAGES.items():
        path = root / rel
        text = path.read_text(encoding="utf-8")
        new = render(text, make())
        if new != text:
            path.write_text(new, encoding="utf-8")
            print(f"wrote {rel}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path.cwd()))
