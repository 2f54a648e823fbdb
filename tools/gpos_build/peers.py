"""Peers: what other implementations built from the LinkML source say about each case of the conformance suite.

Two peers, each given the schema of the version the case declares (an unknown version: the version the standard
says applies, ``gpos_standard.versioning.resolve``):

* ``linkml``: LinkML's own validator (``linkml.validator``, target class Export) with the JSON Schema that LinkML's
  ``gen-json-schema`` makes from the version's merged LinkML schema (``src/gpos_standard/schema/<version>/
  gpos.linkml.yaml``), run with the flags the schema's conventions ask for: ``--closed`` (annotation
  closed_classes) and ``--no-include-null`` (annotation nulls: forbidden). Inputs are read with LinkML's loaders.
* ``jsonschema``: plain ``jsonschema`` (Draft 2019-09, with format checking) on the shipped JSON Schema of the
  version. Inputs are read with ``json`` and PyYAML's ``safe_load``.

A peer reads one JSON or YAML document; the other formats are not applicable to it. Each case's verdict is compared
with the expected one (``conformance_results.compare``), and the record goes to ``reference_data/conformance/
peer-agreement.csv`` and the agreement section of ``docs/guides/conformance.md``. A disagreement is explained by
the scopes the case needs beyond the schema (cross_record, identifier, checksum...); a structural case that
disagrees is a gap, explained in ``source/peer-notes.yaml``.

Usage (from ``tools/``): ``python -m gpos_build.peers [--check]``; ``make generate`` runs it.
"""

from __future__ import annotations

import argparse
import copy
import csv
import io
import json
import sys
import tempfile
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from . import conformance_results as results
from .paths import ROOT

RECORD = Path("reference_data/conformance/peer-agreement.csv")
NOTES = Path("reference_data/conformance/source/peer-notes.yaml")
GUIDE = Path("docs/guides/conformance.md")
START, END = "<!-- peer-agreement:start -->", "<!-- peer-agreement:end -->"
PEERS = ("linkml", "jsonschema")
READ = ("json", "yaml")
NOT_READ = {
    "jsonl": "JSON Lines (an envelope line, then one record per line named by record_type) is the standard's "
             "streaming form, not one document",
    "csv": "a CSV package is tables whose cells the standard maps to typed values, not one document",
    "xlsx": "a workbook is tables whose cells the standard maps to typed values, not one document",
    "package": "an export package wraps JSON Lines in a manifest with checksums, not one document",
}
STRUCTURAL = "structural"


def not_read_reason(fmt: str) -> str:
    return NOT_READ[fmt.split("-")[0]]


class Peers:
    """Both peers for every version of the standard the package ships, built once."""

    def __init__(self, root: Path = ROOT) -> None:
        self.root = root
        self._tmp = tempfile.TemporaryDirectory(prefix="gpos-peers-")
        self._linkml: dict[str, Any] = {}
        self._jsonschema: dict[str, Any] = {}
        self._schemas: dict[str, Any] = {}

    def close(self) -> None:
        self._tmp.cleanup()

    def merged(self, version: str) -> Path:
        return self.root / "src" / "gpos_standard" / "schema" / version / "gpos.linkml.yaml"

    def schema(self, version: str) -> Any:
        """The version's merged LinkML schema, loaded once (loading takes seconds) and shared by both LinkML tools."""
        if version not in self._schemas:
            from linkml_runtime.linkml_model import SchemaDefinition
            from linkml_runtime.loaders import yaml_loader

            self._schemas[version] = yaml_loader.load(str(self.merged(version)), SchemaDefinition)
        return self._schemas[version]

    def linkml_json_schema(self, version: str) -> dict[str, Any]:
        """LinkML's gen-json-schema on the merged schema, with the flags its convention annotations ask for."""
        from linkml.generators.jsonschemagen import JsonSchemaGenerator

        schema = self.schema(version)
        notes = {name: str(a.value) for name, a in schema.annotations.items()}
        gen = JsonSchemaGenerator(copy.deepcopy(schema), top_class=self.root_class(version),
                                  not_closed=notes.get("closed_classes", "").lower() != "true",
                                  include_null=notes.get("nulls") != "forbidden", mergeimports=True)
        return json.loads(gen.serialize())  # type: ignore[no-any-return]

    def root_class(self, version: str) -> str:
        from gpos_standard.resources import schema_meta

        return str(schema_meta(version)["root"])

    def linkml(self, version: str) -> Any:
        if version not in self._linkml:
            from linkml.validator import Validator
            from linkml.validator.plugins import JsonschemaValidationPlugin

            path = Path(self._tmp.name) / f"linkml-{version}.schema.json"
            path.write_text(json.dumps(self.linkml_json_schema(version)), encoding="utf-8")
            self._linkml[version] = Validator(self.schema(version), validation_plugins=[
                JsonschemaValidationPlugin(closed=True, json_schema_path=path)])
        return self._linkml[version]

    def jsonschema(self, version: str) -> Any:
        if version not in self._jsonschema:
            from jsonschema import Draft201909Validator

            from gpos_standard.resources import json_schema

            self._jsonschema[version] = Draft201909Validator(
                json_schema(version), format_checker=Draft201909Validator.FORMAT_CHECKER)
        return self._jsonschema[version]

    def verdict_linkml(self, document: Any, version: str) -> str:
        from linkml.validator.report import Severity

        report = self.linkml(version).validate(document, self.root_class(version))
        return "invalid" if any(r.severity == Severity.ERROR for r in report.results) else "valid"

    def verdict_jsonschema(self, document: Any, version: str) -> str:
        return "valid" if self.jsonschema(version).is_valid(document) else "invalid"

    @cached_property
    def verdicts(self) -> dict[str, Callable[[Any, str], str]]:
        return {"linkml": self.verdict_linkml, "jsonschema": self.verdict_jsonschema}


def read(path: Path, fmt: str) -> Any:
    """The document as both peers read it: strict UTF-8, then ``json`` or PyYAML's ``safe_load`` (what LinkML's
    loaders use, without their dropping of null, [] and {}). ValueError when it cannot be read."""
    text = path.read_bytes().decode("utf-8")
    if fmt == "json":
        return json.loads(text)
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ValueError(str(exc)) from None


def version_for(case: dict[str, Any]) -> str:
    """The version whose schema a peer applies: the declared one's release, or the standard's fallback."""
    from gpos_standard.versioning import resolve

    return resolve(case["standard_version"]).version


def verdict(peers: Peers, name: str, case: dict[str, Any]) -> str:
    try:
        document = read(peers.root / "reference_data" / "conformance" / case["input"], case["format"])
    except ValueError:  # the peer cannot read the file: it does not accept it
        return "invalid"
    return peers.verdicts[name](document, version_for(case))


def run(root: Path = ROOT) -> dict[str, dict[str, results.Result]]:
    """Peer -> its verdict on every case."""
    manifest = results.load_manifest(root / "reference_data" / "conformance")
    peers = Peers(root)
    out: dict[str, dict[str, results.Result]] = {name: {} for name in PEERS}
    try:
        for case in manifest["cases"]:
            for name in PEERS:
                if case["format"] not in READ:
                    result = results.Result(case["id"], "not_applicable", None, not_read_reason(case["format"]))
                else:
                    result = results.Result(case["id"], verdict(peers, name, case), None)
                out[name][case["id"]] = result
    finally:
        peers.close()
    return out


def reason(outcome: results.Outcome, notes: dict[str, str]) -> str:
    """Why a peer does not agree (or does not apply) on a case."""
    if outcome.status == "not_applicable":
        return outcome.detail
    if outcome.status != "fail":
        return ""
    beyond = [s for s in outcome.case["scopes"] if s != STRUCTURAL]
    if beyond:
        codes = ", ".join(sorted({i["code"] for i in outcome.case["issues"]})) or "no issue"
        return f"needs {' and '.join(beyond)} ({codes}), more than the schema"
    return "structural gap: " + notes.get(outcome.case["id"], "not explained yet (see source/peer-notes.yaml)")


def record(root: Path = ROOT, verdicts: dict[str, dict[str, results.Result]] | None = None) -> list[dict[str, str]]:
    """One row per case: the expected verdict, each peer's verdict, whether it agrees, and why not."""
    manifest = results.load_manifest(root / "reference_data" / "conformance")
    verdicts = verdicts or run(root)
    notes = yaml.safe_load((root / NOTES).read_text(encoding="utf-8")) or {}
    outcomes = {name: results.compare(manifest, verdicts[name], verdict_only=True) for name in PEERS}
    rows = []
    for i, case in enumerate(manifest["cases"]):
        row = {"case": case["id"], "format": case["format"], "scopes": " ".join(case["scopes"]),
               "expected": case["verdict"]}
        whys = []
        for name in PEERS:
            outcome = outcomes[name][i]
            row[name] = verdicts[name][case["id"]].verdict
            row[f"{name}_agrees"] = {"verdict": "yes", "fail": "no"}.get(outcome.status, "n/a")
            whys.append(reason(outcome, notes))
        row["reason"] = "; ".join(dict.fromkeys(w for w in whys if w))
        rows.append(row)
    return rows


def csv_bytes(rows: list[dict[str, str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


# -- the agreement figures and the docs section ----------------------------------------------------------------------
def figures(rows: list[dict[str, str]]) -> list[tuple[str, int, int, dict[str, int]]]:
    """(scope, cases, cases a peer reads, peer -> cases it agrees on); first the structural-only cases, last all."""
    groups: dict[str, list[dict[str, str]]] = {"structural only": [r for r in rows if r["scopes"] == STRUCTURAL]}
    for scope in sorted({s for r in rows for s in r["scopes"].split()}):
        groups[scope] = [r for r in rows if scope in r["scopes"].split()]
    groups["all cases"] = rows
    out = []
    for name, group in groups.items():
        applicable = [r for r in group if r["format"] in READ]
        out.append((name, len(group), len(applicable),
                    {p: sum(r[f"{p}_agrees"] == "yes" for r in applicable) for p in PEERS}))
    return out


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def section(rows: list[dict[str, str]]) -> str:
    """The generated part of the conformance guide: figures per scope, then every disagreement with its reason."""
    lines = ["<!-- Generated by `make generate` (tools/gpos_build/peers.py) from reference_data/conformance/"
             "peer-agreement.csv. Do not edit. -->", "",
             "| Scope | Cases | JSON or YAML | LinkML validator agrees | jsonschema agrees |",
             "|---|---:|---:|---:|---:|"]
    for name, total, applicable, agree in figures(rows):
        shown = [f"{agree[p]} of {applicable} ({100 * agree[p] / applicable:.0f}%)" if applicable else "n/a"
                 for p in PEERS]
        lines.append(f"| {name} | {total} | {applicable} | {' | '.join(shown)} |")
    lines += ["", "Cases where a peer's verdict differs from the expected one, and why:", "",
              "| Case | Scopes | Expected | LinkML validator | jsonschema | Why |", "|---|---|---|---|---|---|"]
    for r in rows:
        if "no" in (r["linkml_agrees"], r["jsonschema_agrees"]):
            lines.append(f"| `{r['case']}` | {r['scopes']} | {r['expected']} | {r['linkml']} | {r['jsonschema']} | "
                         f"{_cell(r['reason'])} |")
    lines += ["", "Not applicable (the peers read one JSON or YAML document):", ""]
    for fmt in sorted({r["format"] for r in rows if r["format"] not in READ}):
        count = sum(r["format"] == fmt for r in rows)
        lines.append(f"- {fmt}: {count} cases; {not_read_reason(fmt)}.")
    return "\n".join(lines) + "\n"


def render_guide(text: str, rows: list[dict[str, str]]) -> str:
    head, rest = text.split(START + "\n", 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{section(rows)}{END}{tail}"


def render(root: Path = ROOT) -> dict[Path, bytes]:
    """The agreement record and the guide with its generated section (paths relative to ``root``)."""
    rows = record(root)
    guide = (root / GUIDE).read_text(encoding="utf-8")
    return {RECORD: csv_bytes(rows), GUIDE: render_guide(guide, rows).encode("utf-8")}


def stale(root: Path = ROOT) -> list[str]:
    return [str(p) for p, data in render(root).items() if not (root / p).is_file() or (root / p).read_bytes() != data]


def write(root: Path = ROOT) -> list[str]:
    changed = []
    for rel, data in render(root).items():
        if not (root / rel).is_file() or (root / rel).read_bytes() != data:
            (root / rel).write_bytes(data)
            changed.append(str(rel))
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="peers", description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if the record is out of date")
    args = parser.parse_args(argv)
    if args.check:
        out = stale()
        for rel in out:
            print(f"out of date: {rel}", file=sys.stderr)
        return 1 if out else 0
    for rel in write():
        print(f"wrote {rel}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
