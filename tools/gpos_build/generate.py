"""``make generate``: derive every artifact from ``schema/`` and the code-list CSVs, or check they are current.

In order: the code-list module, JSON Schema, Pydantic models and runtime metadata (from the schema); the
reference exports and invalid examples (from ``gpos_build.examples``, checked by the validator); the reference
pages of the documentation site (from all of the above, the rule codes and the CLI's help).

Usage: ``python -m gpos_build.generate [--check] [--root DIR]`` (run from ``tools/``, or via the Makefile).
Rendering happens in a scratch copy of the schema, so ``--check`` never writes.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

from gpos_standard.sharing import policy

from . import codelists, docs, examples, jsonschema_gen, pydantic_gen, statement
from .model import AnnotationError, SchemaModel
from .paths import ROOT, Layout


def _json_bytes(data: Any) -> bytes:
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def schema_meta(model: SchemaModel) -> dict[str, Any]:
    """What the runtime needs to know about the schema without LinkML: ranges, references, sensitivity."""
    return {
        "version": model.version,
        "root": model.root_class,
        "record_id_pattern": model.id_pattern(),
        "collections": model.collections,
        "enums": {e.name: {"codelist": e.codelist, "closed": e.closed} for e in model.enums},
        "classes": {
            c.name: {
                "record": c.is_record,
                "abstract": c.abstract,
                "description": c.description,
                **({"commitments": list(c.commitments)} if c.commitments else {}),
                "slots": {s.name: s.as_json() for s in c.slots},
            }
            for c in model.classes
        },
    }


def render(layout: Layout) -> dict[Path, bytes]:
    """Every generated file and its exact bytes."""
    lists = codelists.load_all(layout)
    version = str(yaml.safe_load(layout.root_schema.read_text(encoding="utf-8"))["version"])
    module = codelists.linkml_module(lists, version).encode("utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Layout(Path(tmp))
        shutil.copytree(layout.schema_dir, scratch.schema_dir)
        scratch.codelist_module.write_bytes(module)
        model = SchemaModel(scratch)
        out = {
            layout.codelist_module: module,
            layout.json_schema: _json_bytes(jsonschema_gen.generate(model)),
            layout.models_py: pydantic_gen.generate(model).encode("utf-8"),
            layout.schema_meta_json: _json_bytes(schema_meta(model)),
            layout.codelists_json: _json_bytes(codelists.shipped_json(lists)),
        }
    return out


def stale(layout: Layout) -> list[Path]:
    """Generated files that differ from what the sources give."""
    return [p for p, data in render(layout).items() if not p.exists() or p.read_bytes() != data]


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
        if policy.update_guide(layout.root / policy.GUIDE):
            print(f"wrote {policy.GUIDE}")
        return 0
    except (codelists.CodelistError, AnnotationError, statement.StatementError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
