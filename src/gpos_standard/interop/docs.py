"""The converters' mapping tables as Markdown, between markers in the crosswalk pages (STIX, X-ARF, MISP,
CTDC/HTCDS), so the pages cannot drift from the code: ``make generate`` writes each page through :func:`render` and
its check fails on a page that differs; ``python -m gpos_standard.interop.docs`` rewrites them alone."""

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


def _table(head: list[str], rows: list[list[str]]) -> list[str]:
    return ["| " + " | ".join(head) + " |", "|" + "---|" * len(head), *("| " + " | ".join(r) + " |" for r in rows)]


def _codes(values: list[str] | dict[str, str]) -> str:
    return ", ".join(f"`{v}`" for v in values) or "none"


def stix() -> str:
    from .stix.common import crosswalk, mapping

    m = mapping()
    lines = ["### What the converter carries (generated from `interop/stix/mapping.yaml`)", ""]
    lines += _table(["GPOS collection", "STIX object", "Native STIX properties", "Every other field"], [
        [f"`{name}` ({spec['class']})", f"`{spec['stix']}`",
         _codes([f"{g} → {s}" for g, s in spec["native"].items()]), "`gpos` extension"]
        for name, spec in m["classes"].items()] + [
        ["the envelope (Export)", f"`{m['envelope']['stix']}`", "`published` ← `created_at`", "`gpos` extension"]])
    lines += ["", "**Not carried to STIX** (left out of the bundle; an import cannot bring them back):", ""]
    lines += _table(["GPOS collection", "Why"], [[f"`{k}`", v] for k, v in m["not_carried"].items()])
    lines += ["", "**Indicator types** (the pattern compares the normalised value when there is one):", ""]
    lines += _table(["indicator_type", "STIX observable", "Property", "Defined by"], [
        [f"`{code}`", _codes(spec["sco"] if isinstance(spec["sco"], list) else [spec["sco"]]),
         f"`{spec['property']}`", "GPOS `extension-definition`" if str(spec["sco"]) in m["extensions"] else "STIX 2.1"]
        for code, spec in m["observables"].items()])
    lines += ["", "**Markings** (TLP 2.0 marking definitions published by OASIS):", ""]
    lines += _table(["sharing_marking", "marking-definition"], [
        [f"`{code}`", f"`{spec['id']}` ({spec['name']})"] for code, spec in m["tlp"]["markings"].items()])
    lines += ["", "**Case status** → Incident Core `investigation_status` (the `stix` crosswalk of case_status):", ""]
    lines += _table(["case_status", "investigation_status"],
                    [[f"`{k}`", _codes(v)] for k, v in crosswalk("case_status", "stix").items()])
    lines += ["", "**Import of bundles made elsewhere** (without the `gpos` extension): identities of organisations "
              "become Organisations, incidents ScamReports, indicators whose pattern is one comparison on one of "
              "these observables, and free-standing observables, become Indicators; every other object type, "
              "property and relationship is counted in the not-carried report.", ""]
    lines += _table(["STIX observable", "indicator_type"],
                    [[f"`{k}`", f"`{v}`"] for k, v in m["import_observables"].items()])
    lines += ["", "**Warnings of the OASIS `stix2-validator`** on the reference exports (zero errors):", ""]
    lines += _table(["Code", "Why"], [[f"`{k}`", v] for k, v in m["validator_warnings"].items()])
    return "\n".join(lines) + "\n"


def xarf() -> str:
    from .stix.common import crosswalk
    from .xarf.export import mapping

    m = mapping()
    lines = ["### What the converter sends (generated from `interop/xarf/mapping.yaml`)", "",
             f"One X-ARF {m['xarf_version']} `content` report per indicator of type {_codes(m['reportable_types'])} "
             f"whose status is {_codes(m['reportable_statuses'])}, with a URL: a `url`, a domain's root "
             "(`https://domain/`), an account given as a URL, or a handle on a platform with public profile "
             "URLs. The type is `phishing` when a linked typology is one of "
             f"{_codes(m['phishing_typologies'])}, otherwise `fraud`. Never sent: "
             f"{_codes(m['never_sent'])}.", ""]
    lines += _table(["platform", "profile URL"], [[f"`{k}`", f"`{v}`"] for k, v in m["profile_urls"].items()])
    lines += ["", "**fraud_type** (the first linked typology with an `xarf` crosswalk value; "
              f"`{m['default_fraud_type']}` when none has one):", ""]
    lines += _table(["scam_typology", "fraud_type"],
                    [[f"`{k}`", f"`{v[0]}`"] for k, v in crosswalk("scam_typology", "xarf").items() if v])
    lines += ["", "**payment_methods** (a code that maps to several X-ARF values is sent as `other`):", ""]
    lines += _table(["payment_method", "X-ARF"], [
        [f"`{k}`", f"`{v[0]}`" if len(v) == 1 else "`other`"] for k, v in crosswalk("payment_method", "xarf").items()
        if v])
    lines += ["", "**cryptocurrency_addresses.currency** (by the wallet's crypto_asset, then its crypto_network; "
              "every other is `other`):", ""]
    lines += _table(["GPOS", "X-ARF"], [[f"crypto_asset `{k}`", f"`{v}`"] for k, v in m["crypto_assets"].items()]
                    + [[f"crypto_network `{k}`", f"`{v}`"] for k, v in m["crypto_networks"].items()])
    return "\n".join(lines) + "\n"


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


PAGES: dict[str, Callable[[], str]] = {"docs/crosswalks/stix.md": stix, "docs/crosswalks/xarf.md": xarf,
                                      "docs/crosswalks/misp.md": misp, "docs/crosswalks/htcds.md": ctdc}


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
