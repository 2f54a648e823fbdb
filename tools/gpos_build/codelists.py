"""Code lists: read the reviewed CSVs, check them, and derive the LinkML enum module and the shipped JSON.

The CSVs in ``reference_data/codelists/`` are the source of truth; ``codelists.yaml`` beside them says which
lists exist, in which order, and whether each is closed. Both are checked against
``codelist-schema.json`` so that a malformed row fails the build with the file and row named.
"""

from __future__ import annotations

import csv
import json
from typing import Any

import jsonschema
import yaml

from .paths import Layout

LANGUAGES = ("th", "bn", "ne", "es", "ar")
BASE_COLUMNS = ["code", "title", "description", "parent", "source", "deprecated"] + [
    f"title_{lang}" for lang in LANGUAGES
]
CROSSWALK_PREFIX = "xw_"


class CodelistError(ValueError):
    """A code-list file breaks the code-list rules; the message names file and row."""


def enum_name(list_name: str) -> str:
    return "".join(part.capitalize() for part in list_name.split("_"))


def _load_schema(layout: Layout) -> dict[str, Any]:
    return json.loads((layout.codelist_dir / "codelist-schema.json").read_text(encoding="utf-8"))


def read_index(layout: Layout) -> dict[str, dict[str, Any]]:
    index = yaml.safe_load(layout.codelist_index.read_text(encoding="utf-8"))
    schema = _load_schema(layout)
    validator = jsonschema.Draft202012Validator(schema["$defs"]["index"])
    errors = sorted(validator.iter_errors(index), key=lambda e: list(e.absolute_path))
    if errors:
        e = errors[0]
        where = "/".join(str(p) for p in e.absolute_path)
        raise CodelistError(f"{layout.codelist_index}: {where}: {e.message}")
    return index


def read_codelist(layout: Layout, name: str) -> list[dict[str, str]]:
    path = layout.codelist_dir / f"{name}.csv"
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        raise CodelistError(f"{path}: starts with a byte-order mark; save as UTF-8 without BOM")
    if b"\r" in raw:
        raise CodelistError(f"{path}: has CR characters; use LF line endings")
    reader = csv.DictReader(raw.decode("utf-8").splitlines())
    header = reader.fieldnames or []
    if header[: len(BASE_COLUMNS)] != BASE_COLUMNS:
        raise CodelistError(f"{path}: header must start with {','.join(BASE_COLUMNS)}")
    extra = header[len(BASE_COLUMNS) :]
    bad = [c for c in extra if not c.startswith(CROSSWALK_PREFIX)]
    if bad:
        raise CodelistError(f"{path}: unknown columns {bad}; crosswalk columns start with {CROSSWALK_PREFIX}")
    row_validator = jsonschema.Draft202012Validator(_load_schema(layout)["$defs"]["row"])
    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    for line, row in enumerate(reader, start=2):
        if None in row or any(v is None for v in row.values()):
            raise CodelistError(f"{path}:{line}: row has a different number of cells than the header")
        for error in row_validator.iter_errors(row):
            raise CodelistError(f"{path}:{line}: {error.message}")
        code = row["code"]
        if code in seen:
            raise CodelistError(f"{path}:{line}: duplicate code {code!r}")
        if row["parent"] and row["parent"] not in seen:
            raise CodelistError(f"{path}:{line}: parent {row['parent']!r} must be a code listed above it")
        seen.add(code)
        rows.append(row)
    if not rows:
        raise CodelistError(f"{path}: has no codes")
    return rows


def load_all(layout: Layout) -> dict[str, dict[str, Any]]:
    """Return every code list with its metadata and rows, in index order."""
    index = read_index(layout)
    on_disk = {p.stem for p in layout.codelist_dir.glob("*.csv")}
    missing, unlisted = set(index) - on_disk, on_disk - set(index)
    if missing or unlisted:
        raise CodelistError(
            f"{layout.codelist_index}: lists without a CSV: {sorted(missing)}; "
            f"CSVs not in the index: {sorted(unlisted)}"
        )
    return {name: {**meta, "rows": read_codelist(layout, name)} for name, meta in index.items()}


def linkml_module(lists: dict[str, dict[str, Any]], version: str) -> str:
    enums: dict[str, Any] = {}
    for name, meta in lists.items():
        pvs: dict[str, Any] = {}
        for row in meta["rows"]:
            pv: dict[str, Any] = {"title": row["title"], "description": row["description"]}
            if row["parent"]:
                pv["is_a"] = row["parent"]
            if row["deprecated"]:
                pv["deprecated"] = f"Deprecated in {row['deprecated']}"
            pvs[row["code"]] = pv
        annotations = {"codelist": name, "closed": str(meta["closed"]).lower()}
        if meta.get("commitments"):  # Joint Statement commitments, space-separated as on classes and slots
            annotations["commitments"] = " ".join(str(n) for n in meta["commitments"])
        enums[enum_name(name)] = {
            "title": meta["title"],
            "description": meta["description"].strip(),
            "annotations": annotations,
            "permissible_values": pvs,
        }
    module = {
        "id": "https://w3id.org/gpos/standard/codelists",
        "name": "gpos_codelists",
        "title": "GPOS code lists",
        "description": (
            "GENERATED from reference_data/codelists/*.csv by `make generate`; do not edit. "
            "The enumerations of the GPOS code lists."
        ),
        "version": version,
        "license": "CC-BY-4.0",
        "prefixes": {"gpos": "https://w3id.org/gpos/standard/", "linkml": "https://w3id.org/linkml/"},
        "default_prefix": "gpos",
        "imports": ["linkml:types"],
        "enums": enums,
    }
    return yaml.safe_dump(module, sort_keys=False, allow_unicode=True, width=120)


def shipped_json(lists: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The code lists as the runtime package needs them: titles in every language and crosswalks."""
    out: dict[str, Any] = {}
    for name, meta in lists.items():
        codes = []
        for row in meta["rows"]:
            codes.append(
                {
                    "code": row["code"],
                    "title": row["title"],
                    "description": row["description"],
                    "parent": row["parent"] or None,
                    "source": row["source"],
                    "deprecated": row["deprecated"] or None,
                    "titles": {lang: row[f"title_{lang}"] for lang in LANGUAGES},
                    "crosswalk": {
                        k[len(CROSSWALK_PREFIX) :]: v.split("|") if v else []
                        for k, v in row.items()
                        if k.startswith(CROSSWALK_PREFIX)
                    },
                }
            )
        out[name] = {
            "enum": enum_name(name),
            "title": meta["title"],
            "description": meta["description"].strip(),
            "closed": meta["closed"],
            "hierarchical": meta["hierarchical"],
            "translations": meta["translations"],
            "commitments": list(meta.get("commitments") or []),
            "codes": codes,
        }
    return out


__all__ = ["CodelistError", "enum_name", "linkml_module", "load_all", "shipped_json"]
