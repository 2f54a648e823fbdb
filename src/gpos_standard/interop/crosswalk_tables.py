"""The converters' mapping tables as Markdown, for the crosswalk pages (docs/crosswalks/stix.md and xarf.md).

The pages hold the tables between ``<!-- converter-tables -->`` and ``<!-- /converter-tables -->``; a test checks
they equal what this module renders from the mapping files, so the docs cannot drift from the converters.
``python -m gpos_standard.interop.crosswalk_tables`` rewrites the pages.
"""

from __future__ import annotations

import sys
from pathlib import Path

START, END = "<!-- converter-tables -->", "<!-- /converter-tables -->"


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
    return "\n".join(lines)


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
    return "\n".join(lines)


PAGES = {"stix.md": stix, "xarf.md": xarf}


def block(page_text: str) -> str:
    """The generated part of a page, or "" when it has none."""
    if START not in page_text or END not in page_text:
        return ""
    return page_text.split(START, 1)[1].split(END, 1)[0].strip("\n")


def rewrite(folder: Path) -> None:
    for name, render in PAGES.items():
        path = folder / name
        text = path.read_text(encoding="utf-8")
        head, rest = text.split(START, 1)
        tail = rest.split(END, 1)[1]
        path.write_text(f"{head}{START}\n{render()}\n{END}{tail}", encoding="utf-8")


if __name__ == "__main__":
    rewrite(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/crosswalks"))
