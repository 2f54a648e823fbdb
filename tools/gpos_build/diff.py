"""``python -m gpos_build.diff OLD NEW``: ``gpos diff`` for a LinkML schema under development.

OLD and NEW are each a shipped version number (``0.1.0``), a folder of generated artefacts (``schema_meta.json`` and
``codelists.json``), or a LinkML schema: a folder holding ``gpos.yaml`` (``schema/``, ``schema/releases/0.1.0/``, a
member's copy) or the ``gpos.yaml`` file itself. A schema is described exactly as ``make generate`` describes it
(``gpos_build.model`` and ``generate.schema_meta``); this checkout's ``schema/`` is read with its code-list and ISO
modules generated afresh from ``reference_data/``, so edits not yet generated are compared too. The comparison and
its rules are the runtime's (``gpos_standard.versioning.diff``). Run from ``tools/``::

    ../.venv/bin/python -m gpos_build.diff 0.1.0 ../schema/
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from gpos_standard.versioning.diff import Description, DiffError, diff, load, render_text

from . import codelists
from .model import SchemaModel
from .paths import Layout


def _plain(data: Any) -> Any:
    """As the shipped JSON file holds it (tuples become lists)."""
    return json.loads(json.dumps(data, ensure_ascii=False))


def describe_model(model: SchemaModel, source: str) -> Description:
    from .generate import schema_meta

    return Description(_plain(schema_meta(model)), _plain(codelists.shipped_json(model.enums)), source)


def description(ref: str) -> Description:
    """The description of a version number, an artefact folder or a LinkML schema (folder or gpos.yaml)."""
    path = Path(ref)
    root_schema = path / "gpos.yaml" if path.is_dir() else path
    if not (root_schema.suffix in (".yaml", ".yml") and root_schema.is_file()):
        return load(ref)
    folder = root_schema.resolve().parent
    checkout = Layout(folder.parent)
    if folder == checkout.schema_dir and checkout.codelist_dir.is_dir():
        from .generate import working_schema

        with working_schema(checkout) as (model, _, _):
            return describe_model(model, ref)
    return describe_model(SchemaModel(root_schema), ref)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m gpos_build.diff", description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("old", metavar="OLD", help="version number, artefact folder or LinkML schema")
    parser.add_argument("new", metavar="NEW", help="version number, artefact folder or LinkML schema")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    args = parser.parse_args(argv)
    try:
        result = diff(description(args.old), description(args.new))
    except DiffError as exc:
        print(f"gpos_build.diff: {exc}", file=sys.stderr)
        return 2
    if args.format == "json":
        print(json.dumps(result.as_json(), indent=2, ensure_ascii=False))
    else:
        print(render_text(result), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
