"""ISO code sets (countries, currencies, languages, subdivisions) as LinkML enums.

The sets are data of the standard: ``reference_data/iso/*.csv`` pins them, so a new ISO code reaches members through a
release of the standard, never through whichever version of a library happens to be installed. ``refresh()`` rewrites
the CSVs from pycountry (a deliberate maintenance step: ``python -m gpos_build.iso``); ``linkml_module()`` turns the
CSVs into the generated module ``schema/iso.yaml``.
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path
from typing import Any

import yaml

from .paths import Layout

# enum -> (file, title, description, rule code, source)
SETS: dict[str, tuple[str, str, str, str, str]] = {
    "Country": (
        "countries.csv", "Country (ISO 3166-1 alpha-2)",
        "A country, dependent territory or special area of geographical interest, by its ISO 3166-1 alpha-2 code "
        "in upper case, such as TH, NP or PE.", "GPOS-E040", "ISO 3166-1"),
    "Subdivision": (
        "subdivisions.csv", "Country subdivision (ISO 3166-2)",
        "A province, state, region or other subdivision of a country by its ISO 3166-2 code, such as TH-10 "
        "(Bangkok) or NP-P3 (Bagmati).", "GPOS-E040", "ISO 3166-2"),
    "Currency": (
        "currencies.csv", "Currency (ISO 4217)",
        "A current currency by its ISO 4217 alphabetic code in upper case, such as THB, BDT, NPR, PEN, AED or USD.",
        "GPOS-E041", "ISO 4217"),
    "Language": (
        "languages.csv", "Language (ISO 639)",
        "A language by its two-letter ISO 639-1 code where one exists (th, bn, ne, es, ar), else its three-letter "
        "ISO 639-3 code, in lower case.", "GPOS-E042", "ISO 639-1 and ISO 639-3"),
}


def read(layout: Layout, enum: str) -> list[tuple[str, str, str]]:
    """(code, name, added_in) of one set: added_in is the version of the standard that first accepted the code."""
    path = layout.root / "reference_data" / "iso" / SETS[enum][0]
    rows = list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))
    return [(row["code"], row["name"], row["added_in"]) for row in rows]


def linkml_module(layout: Layout, version: str) -> str:
    enums: dict[str, Any] = {}
    for enum, (_, title, description, rule, source) in SETS.items():
        enums[enum] = {
            "title": title,
            "description": description,
            "annotations": {"added_in": "0.1.0", "gpos_rule": rule, "external_code_set": source},
            "permissible_values": {code: {"title": name, "annotations": {"added_in": added}}
                                   for code, name, added in read(layout, enum)},
        }
    module = {
        "id": "https://w3id.org/gpos/standard/iso",
        "name": "gpos_iso",
        "title": "GPOS ISO code sets",
        "description": (
            "GENERATED from reference_data/iso/*.csv by `make generate`; do not edit. The ISO code sets the standard "
            "accepts, pinned with each release: countries (ISO 3166-1 alpha-2), subdivisions (ISO 3166-2), "
            "currencies (ISO 4217) and languages (ISO 639-1, else ISO 639-3)."
        ),
        "version": version,
        "license": "CC-BY-4.0",
        "prefixes": {"gpos": "https://w3id.org/gpos/standard/", "linkml": "https://w3id.org/linkml/"},
        "default_prefix": "gpos",
        "imports": ["linkml:types"],
        "enums": enums,
    }
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(module, Dumper=dumper, sort_keys=False, allow_unicode=True, width=120)


def refresh(layout: Layout) -> list[Path]:
    """Rewrite the CSVs from the installed pycountry (a maintenance step, reviewed like any data change)."""
    import pycountry

    sets = {
        "Country": sorted((c.alpha_2, c.name) for c in pycountry.countries),
        "Subdivision": sorted((s.code, s.name) for s in pycountry.subdivisions),
        "Currency": sorted((c.alpha_3, c.name) for c in pycountry.currencies),
        "Language": sorted({(lang.alpha_2, lang.name) for lang in pycountry.languages if hasattr(lang, "alpha_2")}
                           | {(lang.alpha_3, lang.name) for lang in pycountry.languages}),
    }
    version = str(yaml.safe_load(layout.root_schema.read_text(encoding="utf-8"))["version"])
    written = []
    for enum, rows in sets.items():
        added = {code: when for code, _, when in read(layout, enum)}  # a new code is added in the working version
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["code", "name", "added_in"])
        writer.writerows((code, name, added.get(code, version)) for code, name in rows)
        path = layout.root / "reference_data" / "iso" / SETS[enum][0]
        path.write_text(out.getvalue(), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    from .paths import ROOT

    for p in refresh(Layout(ROOT)):
        print(f"wrote {p.relative_to(ROOT)}")
    sys.exit(0)
