"""The conformance suite: language-neutral cases any implementation of the standard can run.

``reference_data/conformance/source/cases.yaml`` describes each case as data: the base export
(``source/base.json``) with RFC 6902 JSON Patch edits, written in one format (JSON, YAML, JSON Lines, CSV package
as a folder or zip, XLSX, export package as a folder or zip), optional edits of the written files, and the verdict
and (rule code, JSON Pointer) pairs a conforming validator gives for it. This module builds the inputs
(``reference_data/conformance/cases/``) and the manifest ``cases.json`` (described by ``cases.schema.json``). The
expectations are the data file's, never the validator's output: ``tests/test_conformance.py`` checks that ``gpos``
agrees with them.

Zips (CSV packages, export packages and XLSX workbooks) are written with stored (uncompressed) members and fixed
dates, so the same case always gives the same bytes, whatever the zlib. ``make generate`` runs ``write``; the drift
check runs ``stale``.
"""

from __future__ import annotations

import copy
import io
import json
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonpatch
import yaml

from .paths import ROOT

SUITE = Path("reference_data/conformance")
SOURCE = SUITE / "source" / "cases.yaml"
MANIFEST = SUITE / "cases.json"
MANIFEST_SCHEMA = SUITE / "cases.schema.json"
CASES = SUITE / "cases"
RULES = Path("schema/rules.yaml")
#: Format -> how the input is named: a file extension, or "/" for a folder.
FORMATS = {"json": ".json", "yaml": ".yaml", "jsonl": ".jsonl", "csv-folder": "/", "csv-zip": ".zip",
           "xlsx": ".xlsx", "package-folder": "/", "package-zip": ".zip"}
TEXT_FORMATS = ("json", "yaml", "jsonl")
FIXED_DATE = (2025, 1, 1, 0, 0, 0)
SINGLE = ""  # the member name of a one-file format


class SuiteError(ValueError):
    """The source of the suite is wrong (an unknown rule, a duplicate id, an edit that does not apply...)."""


@dataclass
class Case:
    id: str
    format: str
    description: str
    expect: list[tuple[str, str]]
    needs: list[str] = field(default_factory=list)
    version: str | None = None
    patch: list[dict[str, Any]] = field(default_factory=list)
    text: list[dict[str, str]] = field(default_factory=list)
    json: list[dict[str, Any]] = field(default_factory=list)
    add_files: dict[str, str] = field(default_factory=dict)
    raw: str | None = None
    encoding: str = "utf-8"
    extensions: list[str] = field(default_factory=list)

    @property
    def input(self) -> str:
        ext = FORMATS[self.format]
        return f"cases/{self.id}" + ("" if ext == "/" else ext)


_KEYS = {"id", "description", "expect", "needs", "version", "versions", "format", "formats", "patch", "text", "json",
         "add_files", "raw", "encoding", "extensions"}


def expand(entry: dict[str, Any]) -> list[Case]:
    """One source entry -> its cases: one per version of ``versions`` and per format of ``formats``."""
    unknown = set(entry) - _KEYS
    if unknown:
        raise SuiteError(f"case {entry.get('id')}: unknown keys {sorted(unknown)}")
    versions = entry.get("versions") or [entry.get("version")]
    formats = entry.get("formats") or [entry.get("format", "json")]
    out = []
    for fmt in formats:
        if fmt not in FORMATS:
            raise SuiteError(f"case {entry['id']}: unknown format {fmt!r}")
        for version in versions:
            name = entry["id"] + (f"-{fmt}" if "formats" in entry else "") + (
                f"-{version}" if "versions" in entry else "")
            out.append(Case(
                id=name, format=fmt, version=version, description=" ".join(entry["description"].split()),
                expect=[(str(code), str(pointer)) for code, pointer in entry["expect"]],
                needs=list(entry.get("needs", [])), patch=entry.get("patch", []), text=entry.get("text", []),
                json=entry.get("json", []), add_files=entry.get("add_files", {}), raw=entry.get("raw"),
                encoding=entry.get("encoding", "utf-8"), extensions=list(entry.get("extensions", [])),
            ))
    return out


def load(root: Path = ROOT) -> tuple[dict[str, Any], dict[str, Any], list[Case]]:
    """The source file, the base document and every case."""
    source = yaml.safe_load((root / SOURCE).read_text(encoding="utf-8"))
    base = json.loads((root / SOURCE).with_name(source["base"]).read_text(encoding="utf-8"))
    cases = [case for entry in source["cases"] for case in expand(entry)]
    seen: set[str] = set()
    for case in cases:
        if case.id in seen:
            raise SuiteError(f"two cases are named {case.id}")
        seen.add(case.id)
    return source, base, cases


def rules(root: Path = ROOT) -> dict[str, dict[str, str]]:
    """Rule code -> its annotations (severity, scope...), from the schema's rule catalogue."""
    enum = yaml.safe_load((root / RULES).read_text(encoding="utf-8"))["enums"]["ValidationRule"]
    return {code: dict(value["annotations"]) for code, value in enum["permissible_values"].items()}


# -- building one case ---------------------------------------------------------------------------------------------
def document_of(case: Case, base: dict[str, Any]) -> Any:
    doc = copy.deepcopy(base)
    if case.version is not None:
        doc["standard_version"] = case.version
    try:
        return jsonpatch.apply_patch(doc, case.patch)
    except (jsonpatch.JsonPatchException, jsonpatch.JsonPointerException) as exc:
        raise SuiteError(f"case {case.id}: {exc}") from None


def _written(document: dict[str, Any], fmt: str) -> dict[str, bytes]:
    """The files of one format for a document: member name -> bytes, in the order a zip holds them."""
    from gpos_standard.io import formats
    from gpos_standard.io.csvpkg import package_files
    from gpos_standard.io.package import DATA_FILE, MANIFEST, build_manifest, canonical_jsonl, manifest_bytes

    if fmt in ("csv-folder", "csv-zip"):
        return dict(package_files(document))
    if fmt in ("package-folder", "package-zip"):
        data, counts = canonical_jsonl(document)
        return {DATA_FILE: data, MANIFEST: manifest_bytes(build_manifest(document, {DATA_FILE: data}, counts))}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"case{FORMATS[fmt]}"
        formats.write(document, path, fmt)
        if fmt != "xlsx":
            return {SINGLE: path.read_bytes()}
        with zipfile.ZipFile(path) as book:  # the workbook's own members, re-stored below
            return {SINGLE: _zip({info.filename: book.read(info) for info in book.infolist()})}


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
            info.external_attr = 0o644 << 16
            info.create_system = 0
            archive.writestr(info, data)
    return buffer.getvalue()


def _edit_text(case: Case, text: str, edit: dict[str, str]) -> str:
    if "prepend" in edit:
        return edit["prepend"] + text
    if "truncate_after" in edit:
        at = text.find(edit["truncate_after"])
        if at < 0:
            raise SuiteError(f"case {case.id}: {edit['truncate_after']!r} is not in the file")
        return text[: at + len(edit["truncate_after"])]
    if text.count(edit["find"]) != 1:
        raise SuiteError(f"case {case.id}: {edit['find']!r} occurs {text.count(edit['find'])} times, not once")
    return text.replace(edit["find"], edit["replace"])


def files_of(case: Case, base: dict[str, Any]) -> dict[str, bytes]:
    """The input of a case: member name -> bytes (the one member of a one-file format is named "")."""
    if case.raw is not None:
        return {SINGLE: case.raw.encode(case.encoding)}
    files = _written(document_of(case, base), case.format)
    for edit in case.text:
        name = edit.get("file", SINGLE)
        files[name] = _edit_text(case, files[name].decode("utf-8"), edit).encode("utf-8")
    for edit in case.json:
        member = json.loads(files[edit["file"]])
        files[edit["file"]] = (json.dumps(jsonpatch.apply_patch(member, edit["patch"]), indent=2,
                                          ensure_ascii=False) + "\n").encode("utf-8")
    for name, text in case.add_files.items():
        files[name] = text.encode("utf-8")
    if case.encoding != "utf-8":
        files = {name: data.decode("utf-8").encode(case.encoding) for name, data in files.items()}
    return files


def input_files(case: Case, base: dict[str, Any]) -> dict[str, bytes]:
    """Path in the suite folder -> bytes: one file, the files of a folder, or one zip."""
    files = files_of(case, base)
    if FORMATS[case.format] == "/":
        return {f"{case.input}/{name}": data for name, data in files.items()}
    if case.format.endswith("-zip"):
        return {case.input: _zip(files)}
    return {case.input: files[SINGLE]}


# -- the manifest --------------------------------------------------------------------------------------------------
def entry(case: Case, base: dict[str, Any], catalogue: dict[str, dict[str, str]]) -> dict[str, Any]:
    """A case as the manifest lists it."""
    unknown = [code for code, _ in case.expect if code not in catalogue]
    if unknown:
        raise SuiteError(f"case {case.id}: unknown rule codes {unknown}")
    declared = None if case.raw is not None else document_of(case, base).get("standard_version")
    severities = {catalogue[code]["severity"] for code, _ in case.expect}
    scopes = {catalogue[code]["scope"] for code, _ in case.expect} | set(case.needs)
    out: dict[str, Any] = {
        "id": case.id,
        "input": case.input,
        "format": case.format,
        "standard_version": declared if isinstance(declared, str) else None,
        "verdict": "invalid" if "error" in severities else "valid",
        "issues": [{"code": code, "pointer": pointer} for code, pointer in sorted(set(case.expect))],
        "scopes": sorted(scopes or {"structural"}),
        "description": case.description,
    }
    if case.extensions:
        out["extensions"] = case.extensions
    return out


def manifest(source: dict[str, Any], base: dict[str, Any], cases: list[Case],
             catalogue: dict[str, dict[str, str]]) -> dict[str, Any]:
    entries = [entry(case, base, catalogue) for case in cases]
    covered = {issue["code"] for e in entries for issue in e["issues"]}
    uncovered = dict(source.get("uncovered", {}))
    missing = sorted(set(catalogue) - covered - set(uncovered))
    if missing:
        raise SuiteError(f"no case covers {', '.join(missing)}: add one, or say why in `uncovered`")
    stale = sorted(set(uncovered) & covered)
    if stale:
        raise SuiteError(f"{', '.join(stale)} now have cases: remove them from `uncovered`")
    versions = sorted({e["standard_version"] for e in entries if e["standard_version"] in _supported()})
    return {
        "$schema": "./cases.schema.json",
        "title": "GPOS conformance suite",
        "description": "Cases any implementation of the GPOS standard can run: validate each input and compare the "
                       "verdict and the (rule code, JSON Pointer) pairs. Built by `make generate` from "
                       "source/cases.yaml; see docs/guides/conformance.md.",
        "standard_versions": versions,
        "not_before": source["not_before"],
        "uncovered_rules": uncovered,
        "cases": entries,
    }


def _supported() -> list[str]:
    from gpos_standard.resources import supported_versions

    return list(supported_versions())


def render(root: Path = ROOT) -> dict[Path, bytes]:
    """Every file the suite's source gives: the inputs and the manifest (paths relative to ``root``)."""
    source, base, cases = load(root)
    out: dict[Path, bytes] = {}
    for case in cases:
        out.update({SUITE / rel: data for rel, data in input_files(case, base).items()})
    data = manifest(source, base, cases, rules(root))
    _check_manifest(root, data)
    out[MANIFEST] = (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    return out


def _check_manifest(root: Path, data: dict[str, Any]) -> None:
    import jsonschema

    schema = json.loads((root / MANIFEST_SCHEMA).read_text(encoding="utf-8"))
    error = jsonschema.exceptions.best_match(jsonschema.Draft202012Validator(schema).iter_errors(data))
    if error is not None:
        raise SuiteError(f"cases.json does not follow cases.schema.json at /{'/'.join(map(str, error.path))}: "
                         f"{error.message}")


def _built(root: Path) -> list[Path]:
    folder = root / CASES
    return sorted(p.relative_to(root) for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else []


def stale(root: Path = ROOT) -> list[str]:
    """Files of the suite that differ from what the source gives, or that it no longer gives."""
    wanted = render(root)
    out = [p for p, data in wanted.items() if not (root / p).is_file() or (root / p).read_bytes() != data]
    out += [p for p in _built(root) if p not in wanted]
    return sorted(str(p) for p in out)


def write(root: Path = ROOT) -> list[str]:
    """Write the suite; remove inputs of cases that are gone. Returns the paths written or removed."""
    wanted = render(root)
    changed = []
    for rel in _built(root):
        if rel not in wanted:
            (root / rel).unlink()
            changed.append(str(rel))
    for rel, data in wanted.items():
        path = root / rel
        if not path.is_file() or path.read_bytes() != data:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            changed.append(str(rel))
    for folder in sorted((root / CASES).rglob("*"), reverse=True):
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
    return changed
