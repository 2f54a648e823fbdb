"""Code lists: read the reviewed CSVs, check them, and derive the LinkML enum module and the shipped JSON.

The CSVs in ``reference_data/codelists/`` are the source of truth; ``codelists.yaml`` beside them says which
lists exist, in which order, and whether each is closed. Both are checked against
``codelist-schema.json`` so that a malformed row fails the build with the file and row named.
"""

from __future__ import annotations

import csv
import json
from typing import Any
from urllib.parse import quote

import jsonschema
import yaml

from .paths import Layout

LANGUAGES = ("th", "bn", "ne", "es", "ar")
BASE_COLUMNS = ["code", "title", "description", "parent", "source", "deprecated", "added_in", "replaced_by"] + [
    f"title_{lang}" for lang in LANGUAGES
]
CROSSWALK_PREFIX = "xw_"
CLOSE_MARK = "~"  # a crosswalk value starting with it is a close (partial) match, not an equivalent
ATTRIBUTE_SUFFIX = "_format"


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


def read_crosswalks(layout: Layout) -> dict[str, dict[str, Any]]:
    """The peer vocabularies of the crosswalk columns: column name -> title, base IRI, CURIE prefix, exact lists."""
    return yaml.safe_load((layout.codelist_dir / "crosswalks.yaml").read_text(encoding="utf-8"))


def read_codelist(layout: Layout, name: str, attributes: tuple[str, ...] = ()) -> list[dict[str, str]]:
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
    bad = [c for c in extra if not c.startswith(CROSSWALK_PREFIX) and c not in attributes]
    if bad:
        raise CodelistError(f"{path}: unknown columns {bad}; crosswalk columns start with {CROSSWALK_PREFIX}, "
                            "other columns must be declared in the list's attributes in codelists.yaml")
    missing = [c for c in attributes if c not in extra]
    if missing:
        raise CodelistError(f"{path}: the attribute columns {missing} declared in codelists.yaml are missing")
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
        if row["replaced_by"] and not row["deprecated"]:
            raise CodelistError(f"{path}:{line}: replaced_by is only for a deprecated code")
        seen.add(code)
        rows.append(row)
    if not rows:
        raise CodelistError(f"{path}: has no codes")
    codes = {row["code"] for row in rows}
    for line, row in enumerate(rows, start=2):
        unknown = [c for c in row["replaced_by"].split("|") if c and c not in codes]
        if unknown:
            raise CodelistError(f"{path}:{line}: replaced_by names {unknown}, which are not codes of the list")
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
    return {name: {**meta, "rows": read_codelist(layout, name, tuple(meta.get("attributes", ())))}
            for name, meta in index.items()}


def _curie(vocabulary: dict[str, Any], prefix: str, value: str) -> str:
    if vocabulary.get("terms") == "upper_first":  # the vocabulary publishes a term IRI per value
        value = value[:1].upper() + value[1:]
    return f"{vocabulary.get('prefix', prefix)}:{quote(value, safe='')}"


def shared_values(rows: list[dict[str, str]]) -> set[tuple[str, str]]:
    """(column, value) pairs that several codes of one list map to on their own: the peer term is broader."""
    seen: dict[tuple[str, str], int] = {}
    for row in rows:
        for column, value in row.items():
            if column.startswith(CROSSWALK_PREFIX) and value and "|" not in value and not value.startswith(CLOSE_MARK):
                seen[column, value] = seen.get((column, value), 0) + 1
    return {key for key, n in seen.items() if n > 1}


def _mappings(row: dict[str, str], list_name: str, crosswalks: dict[str, Any],
              shared: set[tuple[str, str]]) -> dict[str, Any]:
    """The SKOS-style mappings of one code from its crosswalk columns (rules in crosswalks.yaml)."""
    out: dict[str, list[str]] = {}
    meaning = None
    for column, value in row.items():
        if not (column.startswith(CROSSWALK_PREFIX) and value):
            continue
        prefix = column[len(CROSSWALK_PREFIX):]
        if prefix not in crosswalks:
            raise CodelistError(f"crosswalk column {column} has no vocabulary in crosswalks.yaml")
        vocabulary = crosswalks[prefix]
        values = value.split("|")
        marked = [v[len(CLOSE_MARK):] for v in values if v.startswith(CLOSE_MARK)]
        if marked:  # "~value": a partial match the CSV states, whatever the list's rule would say
            out.setdefault("close_mappings", []).extend(_curie(vocabulary, prefix, v) for v in marked)
            values = [v for v in values if not v.startswith(CLOSE_MARK)]
            if not values:
                continue
            value = "|".join(values)
        if len(values) > 1:  # the code is covered by their combination
            relation = "close_mappings"
        elif (column, value) in shared:  # several codes map to this one value
            relation = "broad_mappings"
        elif list_name in vocabulary.get("exact", ()):
            relation = "exact_mappings"
        else:
            relation = "close_mappings"
        curies = [_curie(vocabulary, prefix, v) for v in values]
        if relation == "exact_mappings" and "terms" in vocabulary:
            meaning = curies[0]  # the code denotes the peer's term (not also an exact mapping of itself)
        else:
            out.setdefault(relation, []).extend(curies)
    ordered: dict[str, Any] = {"meaning": meaning} if meaning else {}
    ordered.update({k: out[k] for k in ("exact_mappings", "close_mappings", "broad_mappings") if k in out})
    return ordered


def _permissible_value(row: dict[str, str], list_name: str, crosswalks: dict[str, Any], attributes: tuple[str, ...],
                       shared: set[tuple[str, str]]) -> dict[str, Any]:
    pv: dict[str, Any] = {"title": row["title"], "description": row["description"]}
    if row["parent"]:
        pv["is_a"] = row["parent"]
    if row["deprecated"]:
        pv["deprecated"] = f"Deprecated in {row['deprecated']}" + (
            f"; use {' or '.join(row['replaced_by'].split('|'))} instead." if row["replaced_by"] else ".")
        replacements = row["replaced_by"].split("|") if row["replaced_by"] else []
        if len(replacements) == 1:
            pv["deprecated_element_has_exact_replacement"] = replacements[0]
        elif replacements:  # a split code: each new code is a possible replacement
            pv["deprecated_element_has_possible_replacement"] = replacements[0]
    pv.update(_mappings(row, list_name, crosswalks, shared))
    annotations: dict[str, str] = {"added_in": row["added_in"], "source": row["source"]}
    if row["deprecated"]:
        annotations["deprecated_in"] = row["deprecated"]
        if row["replaced_by"]:
            annotations["replaced_by"] = row["replaced_by"]
    annotations.update({f"title_{lang}": row[f"title_{lang}"] for lang in LANGUAGES})
    annotations.update({column: row[column] for column in attributes if row[column]})
    annotations.update({column: value for column, value in row.items()
                        if column.startswith(CROSSWALK_PREFIX) and value})
    pv["annotations"] = annotations
    return pv


def linkml_module(lists: dict[str, dict[str, Any]], version: str, crosswalks: dict[str, Any]) -> str:
    """The code lists as LinkML enums, carrying everything the CSVs say (titles in every language, crosswalks,
    versions), so that a release's merged schema alone gives back its code lists."""
    for key, vocabulary in crosswalks.items():
        unknown = [n for n in vocabulary.get("exact", ()) if n not in lists]
        if unknown or vocabulary.get("terms", "upper_first") != "upper_first":
            raise CodelistError(f"crosswalks.yaml: {key}: unknown code lists {unknown} in exact, or terms is not "
                                "upper_first")
    enums: dict[str, Any] = {}
    for name, meta in lists.items():
        attributes = tuple(meta.get("attributes", ()))
        shared = shared_values(meta["rows"])
        annotations: dict[str, str] = {
            "codelist": name, "closed": str(meta["closed"]).lower(), "hierarchical": str(meta["hierarchical"]).lower(),
            "added_in": meta["added_in"],
        }
        if meta.get("deprecated"):
            annotations["deprecated_in"] = meta["deprecated"]
        if attributes:
            annotations["attributes"] = " ".join(attributes)
        columns = [c[len(CROSSWALK_PREFIX):] for c in meta["rows"][0] if c.startswith(CROSSWALK_PREFIX)]
        if columns:
            annotations["crosswalks"] = " ".join(columns)
        annotations.update({f"translation_{lang}": status for lang, status in meta["translations"].items()})
        if meta.get("commitments"):  # Joint Statement commitments, space-separated as on classes and slots
            annotations["commitments"] = " ".join(str(n) for n in meta["commitments"])
        enums[enum_name(name)] = {
            "title": meta["title"],
            "description": meta["description"].strip(),
            "annotations": annotations,
            "permissible_values": {row["code"]: _permissible_value(row, name, crosswalks, attributes, shared)
                                   for row in meta["rows"]},
        }
    prefixes = {"gpos": "https://w3id.org/gpos/standard/", "linkml": "https://w3id.org/linkml/"}
    prefixes.update({vocabulary.get("prefix", prefix): vocabulary["base"] for prefix, vocabulary in crosswalks.items()})
    module = {
        "id": "https://w3id.org/gpos/standard/codelists",
        "name": "gpos_codelists",
        "title": "GPOS code lists",
        "description": (
            "GENERATED from reference_data/codelists/*.csv by `make generate`; do not edit. The enumerations of the "
            "GPOS code lists."
        ),
        "version": version,
        "license": "CC-BY-4.0",
        "prefixes": prefixes,
        "default_prefix": "gpos",
        "imports": ["linkml:types"],
        "enums": enums,
    }
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(module, Dumper=dumper, sort_keys=False, allow_unicode=True, width=120)


def shipped_json(enums: list[Any]) -> dict[str, Any]:
    """The code lists as the runtime package needs them, read back from the LinkML enums (so that a frozen release
    gives the same file): titles in every language, crosswalks, versions, attributes."""
    out: dict[str, Any] = {}
    for enum in enums:
        if enum.codelist is None:
            continue
        ann = enum.annotations
        attributes = ann.get("attributes", "").split()
        columns = ann.get("crosswalks", "").split()
        codes = []
        for pv in enum.values:
            a = pv.annotations
            codes.append({
                "code": pv.code,
                "title": pv.title,
                "description": pv.description,
                "parent": pv.parent,
                "source": a.get("source", ""),
                "deprecated": a.get("deprecated_in"),
                "replaced_by": a.get("replaced_by"),
                "added_in": a["added_in"],
                "titles": {lang: a[f"title_{lang}"] for lang in LANGUAGES},
                "crosswalk": {c: a[CROSSWALK_PREFIX + c].split("|") if CROSSWALK_PREFIX + c in a else []
                              for c in columns},
                **({"attributes": {k: a[k] for k in attributes if k in a}} if attributes else {}),
            })
        out[enum.codelist] = {
            "enum": enum.name,
            "title": enum.title,
            "description": enum.description,
            "closed": enum.closed,
            "hierarchical": ann.get("hierarchical") == "true",
            "added_in": ann["added_in"],
            "translations": {lang: ann[f"translation_{lang}"] for lang in LANGUAGES},
            "commitments": [int(n) for n in ann.get("commitments", "").split()],
            "codes": codes,
        }
    return out


__all__ = ["CodelistError", "enum_name", "linkml_module", "load_all", "read_crosswalks", "shipped_json"]
