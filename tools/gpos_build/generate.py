"""``make generate``: derive every artefact from ``schema/`` and the code-list CSVs, or check they are current.

In order: the generated schema modules (code lists, ISO code sets); for the working version of the standard and for
every frozen release in ``schema/releases/<version>/``, the artefacts the runtime package ships per version (JSON
Schema, runtime metadata, code lists, the merged LinkML schema); the Pydantic models of the working version; the
reference exports and invalid examples (checked by the validator); the reference pages of the documentation site and
the changelog's generated part (``changelog``: the schema changes of each version, from ``gpos diff``); the
conformance suite (``conformance``) and the record of what LinkML's validator and plain jsonschema say about its
cases (``peers``).

Usage: ``python -m gpos_build.generate [--check] [--root DIR]`` (run from ``tools/``, or via the Makefile).
Rendering happens in a scratch copy of the schema, so ``--check`` never writes.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml

from gpos_standard.sharing import policy

from . import (
    arrow_gen,
    changelog,
    codelists,
    conformance,
    docs,
    examples,
    iso,
    jsonschema_gen,
    linkml_artefacts,
    merge,
    messages,
    peers,
    pydantic_gen,
    statement,
)
from .model import AnnotationError, SchemaModel, Slot
from .paths import ROOT, Layout


def _json_bytes(data: Any) -> bytes:
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _enum_meta(enum: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"codelist": enum.codelist, "title": enum.title, "closed": enum.closed,
                           "added_in": enum.added_in}
    if "gpos_rule" in enum.annotations:
        out["rule"] = enum.annotations["gpos_rule"]
    deprecated = {v.code: v.annotations.get("replaced_by", "") for v in enum.values if v.deprecated}
    if deprecated:
        out["deprecated"] = deprecated
        out["deprecated_in"] = {v.code: v.annotations.get("deprecated_in", "") for v in enum.values if v.deprecated}
    return out


def _class_meta(cls: Any) -> dict[str, Any]:
    out: dict[str, Any] = {
        "record": cls.is_record,
        "abstract": cls.abstract,
        "description": cls.description,
        "added_in": cls.added_in,
        "slots": {s.name: s.as_json() for s in cls.slots},
    }
    if cls.commitments:
        out["commitments"] = list(cls.commitments)
    if cls.date_order:
        out["date_order"] = cls.date_order
    if cls.checks:
        out["checks"] = cls.checks
    if cls.rules:
        out["rules"] = [{"code": r.code, "description": r.description, "preconditions": r.preconditions,
                         "postconditions": r.postconditions} for r in cls.rules]
    if cls.deprecated:
        out["deprecated"] = cls.deprecated
    return out


def schema_meta(model: SchemaModel) -> dict[str, Any]:
    """What the runtime needs to know about one version of the schema without LinkML."""
    return {
        "version": model.version,
        "root": model.root_class,
        "record_id_pattern": model.id_pattern(),
        "conventions": {k: v for k, v in model.annotations.items()},
        "collections": model.collections,
        "types": {t.name: {"base": t.base, "pattern": t.pattern, "description": t.description, **t.annotations}
                  for t in model.types.values()},
        "enums": {e.name: _enum_meta(e) for e in model.enums if e.name != "ValidationRule"},
        "rules": model.rules,
        "classes": {c.name: _class_meta(c) for c in model.classes},
    }


def _linkml_made(path: Path, frozen: bool, make: Any, model: SchemaModel) -> bytes:
    """A LinkML generator's output: for a frozen release, the shipped file once it exists (its schema never
    changes, and the generators take minutes); for the working version, made (or read from the cache) afresh."""
    if frozen and path.is_file():
        return path.read_bytes()
    return bytes(make(model))


def version_artefacts(model: SchemaModel, layout: Layout, frozen: bool = False) -> dict[Path, bytes]:
    """What the runtime package ships for one version of the standard (``frozen``: a released version)."""
    folder = layout.version_dir(model.version)
    meta = schema_meta(model)
    return {
        folder / "gpos.schema.json": _json_bytes(jsonschema_gen.generate(model)),
        folder / "schema_meta.json": _json_bytes(meta),
        folder / "arrow_schema.json": _json_bytes(arrow_gen.generate(meta)),
        folder / "codelists.json": _json_bytes(codelists.shipped_json(model.enums)),
        folder / "gpos.linkml.yaml": merge.merged_yaml(model.path.parent).encode("utf-8"),
        folder / "gpos.context.jsonld": _linkml_made(folder / "gpos.context.jsonld", frozen,
                                                     linkml_artefacts.jsonld_context, model),
        folder / "gpos.sql": _linkml_made(folder / "gpos.sql", frozen, linkml_artefacts.sql_ddl, model),
    }


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(x) for x in version.split("."))


@contextmanager
def working_schema(layout: Layout) -> Iterator[tuple[SchemaModel, Layout, dict[Path, bytes]]]:
    """The working schema read from a scratch copy with its code-list and ISO modules generated afresh, so that
    nothing in the checkout is written: the model, the scratch layout, and the generated modules (checkout paths)."""
    lists = codelists.load_all(layout)
    version = str(yaml.safe_load(layout.root_schema.read_text(encoding="utf-8"))["version"])
    codelist_module = codelists.linkml_module(lists, version, codelists.read_crosswalks(layout)).encode("utf-8")
    iso_module = iso.linkml_module(layout, version).encode("utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Layout(Path(tmp))
        shutil.copytree(layout.schema_dir, scratch.schema_dir, ignore=shutil.ignore_patterns("releases"))
        scratch.codelist_module.write_bytes(codelist_module)
        scratch.iso_module.write_bytes(iso_module)
        yield SchemaModel(scratch), scratch, {layout.codelist_module: codelist_module, layout.iso_module: iso_module}


def render(layout: Layout, releases: bool = True) -> dict[Path, bytes]:
    """Every generated file and its exact bytes (``releases=False``: the working version only)."""
    with working_schema(layout) as (model, scratch, modules):
        version = model.version
        out = {**modules, layout.models_py: pydantic_gen.generate(model).encode("utf-8")}
        working = version_artefacts(model, scratch)
        out.update({layout.version_dir(version) / p.name: data for p, data in working.items()})
        versions = [version]
        if releases:
            for folder in layout.release_dirs():
                if folder.name == version:
                    _check_release_unchanged(folder, scratch.schema_dir)
                    continue
                out.update(version_artefacts(SchemaModel(folder / "gpos.yaml"), layout, frozen=True))
                versions.append(folder.name)
            out[layout.versions_json] = _json_bytes({
                "current": version,
                "supported": sorted(versions, key=_version_key),
                "released": sorted((f.name for f in layout.release_dirs()), key=_version_key),
            })
            out.update(changelog.render(layout, out))
    if messages.locale_dir(layout.root).is_dir():
        out.update(messages.render(layout.root))
    out.update(_crosswalk_pages(layout))
    return out


def _crosswalk_pages(layout: Layout) -> dict[Path, bytes]:
    """The crosswalk pages with the converters' mapping tables written in (the rest of each page is prose)."""
    from gpos_standard.interop import docs as interop_docs

    out = {}
    for rel, make in interop_docs.PAGES.items():
        path = layout.root / rel
        if not path.is_file():  # a partial copy of the sources (the tests' scratch layouts)
            continue
        out[path] = interop_docs.render(path.read_text(encoding="utf-8"), make()).encode("utf-8")
    return out


def _check_release_unchanged(release: Path, working: Path) -> None:
    """A released version is frozen: the working schema may carry its number only while it is identical."""
    changed = [p.name for p in sorted(working.glob("*.yaml"))
               if not (release / p.name).is_file() or (release / p.name).read_bytes() != p.read_bytes()]
    if changed:
        raise codelists.CodelistError(
            f"schema version {release.name} is released and frozen, but {', '.join(changed)} changed: "
            "raise the version in schema/*.yaml (see docs/guides/versioning.md)")


def stale(layout: Layout, releases: bool = True) -> list[Path]:
    """Generated files that differ from what the sources give."""
    return [p for p, data in render(layout, releases).items() if not p.exists() or p.read_bytes() != data]


def write(layout: Layout) -> list[Path]:
    changed = []
    for path, data in render(layout).items():
        if not path.exists() or path.read_bytes() != data:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            changed.append(path)
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="generate", description=__doc__)
    parser.add_argument("--check", action="store_true", help="exit 1 if a generated file is out of date")
    parser.add_argument("--root", type=Path, default=ROOT, help="project root (default: this checkout)")
    args = parser.parse_args(argv)
    layout = Layout(args.root.resolve())
    try:
        if args.check:
            out_of_date = [str(p.relative_to(layout.root)) for p in stale(layout)]
            if (layout.root / "docs").is_dir():
                out_of_date += docs.stale(layout.root)
                guide = layout.root / policy.GUIDE
                if guide.exists() and policy.render_guide(guide.read_text(encoding="utf-8")) != guide.read_text(
                        encoding="utf-8"):
                    out_of_date.append(str(policy.GUIDE))
            for rel in out_of_date:
                print(f"out of date: {rel}", file=sys.stderr)
            examples_status = examples.main(["--check"]) if layout.root == ROOT else 0
            if (layout.root / conformance.SOURCE).is_file():  # the suite first: the peers read its cases
                out_of_date += conformance.stale(layout.root) or peers.stale(layout.root)
            if out_of_date or examples_status:
                print("run `make generate` and commit the result", file=sys.stderr)
                return 1
            print("generated files are up to date")
            return 0
        for path in write(layout):
            print(f"wrote {path.relative_to(layout.root)}")
        if layout.root == ROOT and examples.main([]):
            return 1
        for rel in docs.write(layout.root):
            print(f"wrote {rel}")
        if (layout.root / conformance.SOURCE).is_file():
            for rel in conformance.write(layout.root) + peers.write(layout.root):
                print(f"wrote {rel}")
        if policy.update_guide(layout.root / policy.GUIDE):
            print(f"wrote {policy.GUIDE}")
        return 0
    except (codelists.CodelistError, AnnotationError, statement.StatementError, conformance.SuiteError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


__all__ = ["Slot", "main", "render", "schema_meta", "stale", "version_artefacts", "working_schema", "write"]

if __name__ == "__main__":
    sys.exit(main())
