"""Synthetic reference data: one realistic export per founding member, and invalid examples.

``python -m gpos_build.examples`` (run from ``tools/``) writes

* ``reference_data/exports/{th,bd,np,pe,ae}_export.json``: one export per founding member (``th``, ``bd``, ``np``,
  ``pe`` and ``ae`` modules), every collection of the ``Export`` envelope filled;
* ``reference_data/invalid/``: small documents that each break exactly one structural rule (``invalid`` module),
  and ``expected_errors.csv`` (``file,code,path``) listing every error each one must produce (warnings: in
  ``reference_data/warnings/`` with ``expected_warnings.csv``);

then checks them with the real validator (``gpos_standard.validate``, at a fixed ``now`` so that results never
depend on the clock): every export must be free of issues and every invalid file must give exactly the errors
listed for it. ``--check`` writes nothing and fails when a file on disk differs from what this package builds.

Everything is deterministic: no clock, no unseeded randomness. Every person, account, phone number, wallet and
story is fictional; identifiers carry valid check digits and checksums (see ``common``).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from gpos_standard import validate
from gpos_standard.resources import schema_meta

from ..paths import ROOT
from .ae import build_ae
from .bd import build_bd
from .common import COLLECTIONS
from .extension import build_th_extended
from .invalid import ERRORS_MANIFEST, WARNINGS_MANIFEST, build_invalid, build_minimal, build_warnings
from .np import build_np
from .pe import build_pe
from .th import build_th

__all__ = ["build_all", "build_invalid", "main"]

EXPORTS_DIR = ROOT / "reference_data" / "exports"
EXTENSION_EXAMPLE = ROOT / "extensions" / "th-police" / "example_export.json"
INVALID_DIR = ROOT / "reference_data" / "invalid"
WARNINGS_DIR = ROOT / "reference_data" / "warnings"
# Later than every date and time in the data, so that "not in the future" never depends on when the checks run.
NOW = datetime(2025, 7, 15, tzinfo=timezone.utc)


def build_all() -> dict[str, dict[str, Any]]:
    """File name -> export document, one per founding member."""
    return {
        "th_export.json": build_th(),
        "bd_export.json": build_bd(),
        "np_export.json": build_np(),
        "pe_export.json": build_pe(),
        "ae_export.json": build_ae(),
    }


def _issues(source: dict[str, Any] | Path, extensions: tuple[str, ...] = ()) -> list[tuple[str, str, str]]:
    return [(i.code, i.path, i.message) for i in validate(source, now=NOW, extensions=extensions).issues]


def run_checks(exports: dict[str, dict[str, Any]], invalid: dict[str, str],
               warnings: dict[str, str] | None = None) -> list[str]:
    """Problems found by the validator in the exports and the examples (empty when all is well)."""
    problems: list[str] = []
    for name, doc in {**exports, "minimal export": build_minimal()}.items():
        if name in exports:
            problems += [f"{name}: collection {c} is empty" for c in COLLECTIONS if not doc.get(c)]
        problems += [f"{name}: {code} at {path!r}: {message}" for code, path, message in _issues(doc)]
    for bundle, manifest in ((invalid, ERRORS_MANIFEST), (warnings or {}, WARNINGS_MANIFEST)):
        if bundle:
            problems += _check_bundle(bundle, manifest)
    return problems


def _check_extended(doc: dict[str, Any]) -> list[str]:
    """Valid with the extension; without it, valid with one GPOS-W005 (and a GPOS-W001 for each platform code the
    extension adds)."""
    problems = [f"extension example: {code} at {path!r}: {message}" for code, path, message in
                _issues(doc, ("th-police",))]
    without = {code for code, _, _ in _issues(doc)}
    if without != {"GPOS-W005", "GPOS-W001"}:
        problems.append(f"extension example without the module: expected W005 and W001, got {sorted(without)}")
    return problems


def _check_bundle(bundle: dict[str, str], manifest: str) -> list[str]:
    """Each example gives exactly the (code, path) rows its manifest lists."""
    problems: list[str] = []
    invalid = bundle
    expected: dict[str, set[tuple[str, str]]] = {}
    extensions: dict[str, tuple[str, ...]] = {}
    for row in csv.DictReader(io.StringIO(invalid[manifest])):
        expected.setdefault(row["file"], set()).add((row["code"], row["path"]))
        if row.get("extension"):
            extensions[row["file"]] = (row["extension"],)
    with tempfile.TemporaryDirectory() as tmp:
        entries: set[str] = set()
        for name, text in invalid.items():
            if name == manifest:
                continue
            path = Path(tmp) / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            entries.add(name.split("/")[0])  # a package example is a folder
        for name in sorted(entries):
            want = expected.get(name, set())
            if not want:
                problems.append(f"{name}: not listed in {manifest}")
            got = {(code, pointer) for code, pointer, _ in _issues(Path(tmp) / name, extensions.get(name, ()))}
            if got != want:
                problems.append(f"{name}: expected {sorted(want)}, got {sorted(got)}")
    return problems


def coverage(exports: dict[str, dict[str, Any]]) -> dict[str, dict[str, list[str]]]:
    """Per export, the optional slots of each record class that no record uses (a guide, not a rule)."""
    meta = schema_meta()
    out: dict[str, dict[str, list[str]]] = {}
    for name, doc in exports.items():
        for coll, cls in meta["collections"].items():
            used = {k for r in doc.get(coll, []) for k in r}
            slots = meta["classes"][cls]["slots"]
            unused = sorted(k for k, s in slots.items() if not s.get("required") and k not in used)
            if unused:
                out.setdefault(name, {})[cls] = unused
    return out


def _dump(doc: dict[str, Any]) -> str:
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def _released_versions() -> list[str]:
    releases = ROOT / "schema" / "releases"
    return [p.name for p in releases.iterdir() if p.is_dir()] if releases.is_dir() else []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="examples", description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--check", action="store_true", help="write nothing; fail if files on disk are stale")
    parser.add_argument("--coverage", action="store_true", help="list optional slots each export leaves unused")
    args = parser.parse_args(argv)
    exports = build_all()
    invalid, warnings = build_invalid(), build_warnings()
    wanted = {EXPORTS_DIR / k: _dump(v) for k, v in exports.items()}
    wanted.update({INVALID_DIR / k: v for k, v in invalid.items()})
    wanted.update({WARNINGS_DIR / k: v for k, v in warnings.items()})
    extended = build_th_extended(exports["th_export.json"])
    wanted[EXTENSION_EXAMPLE] = _dump(extended)
    stale = [p for p, text in wanted.items() if not p.exists() or p.read_text(encoding="utf-8") != text]
    frozen = {EXPORTS_DIR / version for version in _released_versions()}  # released exports: never rebuilt
    extra = sorted(p for d in (EXPORTS_DIR, INVALID_DIR, WARNINGS_DIR) if d.exists() for p in d.rglob("*")
                   if p.is_file() and p not in wanted and not frozen.intersection(p.parents))
    if args.check:
        for p in stale:
            print(f"out of date: {p.relative_to(ROOT)}", file=sys.stderr)
        for p in extra:
            print(f"not built by this module: {p.relative_to(ROOT)}", file=sys.stderr)
    else:
        for p in stale:
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(wanted[p], encoding="utf-8")
            print(f"wrote {p.relative_to(ROOT)}")
        for p in extra:
            p.unlink()
            print(f"removed {p.relative_to(ROOT)}")
    if args.coverage:
        for name, classes in coverage(exports).items():
            for cls, slots in classes.items():
                print(f"{name}: {cls}: unused {', '.join(slots)}")
    problems = run_checks(exports, invalid, warnings) + _check_extended(extended)
    for p in problems:
        print(f"problem: {p}", file=sys.stderr)
    for name, doc in exports.items():
        counts = ", ".join(f"{c}={len(doc.get(c, []))}" for c in COLLECTIONS)
        print(f"{name}: {counts}")
    return 1 if problems or (args.check and (stale or extra)) else 0
