"""Generate the reference part of the documentation site (``docs/reference/``) and the Joint Statement page
(``docs/joint-statement.md``) from the schema and the code.

``render_docs`` is pure and deterministic: the same inputs always give the same bytes. ``collect_inputs`` reads
those inputs from a checkout: the runtime schema metadata, the shipped code lists, the validator's rule codes, the
``gpos`` command's help texts, the synthetic reference exports (for example records, when present) and the Joint
Statement's commitments (``reference_data/statement/commitments.yaml``).

Usage (from ``tools/``): ``python -m gpos_build.docs [--check] [--root DIR]``; ``make generate`` runs it too.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from . import docs_classes, docs_codelists, docs_rules, statement
from .docs_md import header, table, text
from .paths import ROOT

REFERENCE_DIR = "docs/reference"
HELP_WIDTH = 100


def _rule_dict(rule: Any) -> dict[str, str]:
    if dataclasses.is_dataclass(rule):
        return dataclasses.asdict(rule)
    return dict(rule)


def rule_page(code: str, rule: dict[str, str], example: dict[str, Any] | None = None) -> str:
    severity = rule.get("severity", "error")
    kind = "failure" if severity == "error" else "warning"
    return "\n".join([
        header("src/gpos_standard/validation/rules.py"),
        f"# {code}: {text(rule.get('title'))}\n",
        f'!!! {kind} "Severity: {severity}"\n',
        "    " + (
            "The document does not conform to the standard: `gpos validate` exits with status 1."
            if severity == "error"
            else "The document still conforms, but the data is probably wrong or incomplete."
        ) + "\n",
        text(rule.get("description")) + "\n",
        "## In validation reports\n",
        f"Every issue of this kind carries the code `{code}`. The text report of `gpos validate` groups issues by "
        f"rule: a heading `{code} <title> (<count>) <link to this page>`, then one line per issue with the file and "
        "its position (line, or sheet, row and column of a spreadsheet), the JSON Pointer of the value, the record, "
        "the message and, when the fix is certain enough to suggest, `did you mean …`. In `gpos validate --format "
        "json` it is the `code` field of each issue, next to `path` (a JSON Pointer), `line`, `row`, `record_type`, "
        "`record_index`, `record_id` and `suggestion`. Codes are stable: a code is never reused for another "
        "meaning.\n",
        *docs_rules.section(code, example),
        "See the [quick start](../../quickstart.md#reading-the-errors) for how to read a report and the "
        "[list of all rules](index.md).\n",
    ])


def rules_index(rules: dict[str, dict[str, str]]) -> str:
    rows = [[f"[{code}]({code}.md)", r.get("severity", ""), text(r.get("title"))] for code, r in rules.items()]
    return "\n".join([
        header("src/gpos_standard/validation/rules.py"),
        "# Validation rules\n",
        f"The {len(rules)} rule codes `gpos validate` reports. Errors (`GPOS-E…`) make a document invalid; "
        "warnings (`GPOS-W…`) do not.\n",
        table(["Code", "Severity", "Title"], rows),
    ])


def cli_page(cli_help: dict[str, str]) -> str:
    out = [
        header("the argparse parser of src/gpos_standard/cli/__init__.py"),
        "# Command-line reference\n",
        "The `gpos` command is installed with the `gpos-standard` Python package. This page is the help text "
        "of each command, exactly as the command prints it. Exit codes: `0` valid, `1` invalid, `2` usage error "
        "or unreadable input. For a guided tour, see the [quick start](../quickstart.md).\n",
    ]
    for command, body in cli_help.items():
        out.append(f"## `{command}`\n")
        out.append(f"```text\n{body.rstrip()}\n```\n")
    return "\n".join(out)


def reference_index(meta: dict[str, Any], codelists: dict[str, Any], rules: dict[str, Any]) -> str:
    records = [c for c, v in meta["classes"].items() if v.get("record") and not v.get("abstract")]
    nslots = sum(len(v["slots"]) for v in meta["classes"].values())
    return "\n".join([
        header("src/gpos_standard/schema/ and src/gpos_standard/validation/rules.py"),
        f"# Reference (standard version {text(meta.get('version'))})\n",
        "Generated from the schema, the code lists and the validator, so it always matches the released "
        "package.\n",
        table(["Section", "Contents"], [
            ["[Classes](classes/index.md)", f"{len(meta['classes'])} classes, of which {len(records)} record types"],
            ["[Slot index](slots.md)", f"{nslots} slots, each with its own anchor"],
            ["[Entity-relationship diagram](er-diagram.md)", "how record types refer to each other"],
            ["[Code lists](codelists/index.md)", f"{len(codelists)} code lists with translations and crosswalks"],
            ["[Code-list crosswalks](crosswalks/index.md)", "GPOS codes against X-ARF, STIX, MISP, HTCDS, goAML…"],
            ["[Validation rules](rules/index.md)", f"{len(rules)} rule codes reported by `gpos validate`"],
            ["[Command line](cli.md)", "`gpos` help for every command"],
        ]),
    ])


def render_docs(
    meta: dict[str, Any],
    codelists: dict[str, Any],
    rules: dict[str, Any],
    cli_help: dict[str, str],
    examples: dict[str, dict],
    joint_statement: dict[str, Any],
    rule_examples: dict[str, dict[str, Any]] | None = None,
) -> dict[str, bytes]:
    """Every generated documentation page, as {path relative to the repository root: bytes}."""
    rules = {code: _rule_dict(r) for code, r in rules.items()}
    commands = [name.split(" ", 1)[1] for name in cli_help if " " in name]
    inputs = statement.Inputs(joint_statement, meta, codelists, rules, commands)
    titles = statement.titles(joint_statement)
    pages: dict[str, str] = {statement.PAGE: statement.render(inputs)}
    pages.update(docs_classes.render(meta, examples, titles))
    pages.update(docs_codelists.render(codelists, meta, titles))
    pages.update({f"{REFERENCE_DIR}/rules/{code}.md": rule_page(code, r, (rule_examples or {}).get(code))
                  for code, r in rules.items()})
    pages[f"{REFERENCE_DIR}/rules/index.md"] = rules_index(rules)
    pages[f"{REFERENCE_DIR}/cli.md"] = cli_page(cli_help)
    pages[f"{REFERENCE_DIR}/index.md"] = reference_index(meta, codelists, rules)
    return {path: (body.rstrip("\n") + "\n").encode("utf-8") for path, body in sorted(pages.items())}


def _help(parser: argparse.ArgumentParser) -> str:
    """Help text at a fixed width and without colour, whatever the terminal (deterministic output)."""
    parser.formatter_class = functools.partial(argparse.HelpFormatter, width=HELP_WIDTH)
    if hasattr(parser, "color"):  # Python 3.14+ colours help when it thinks it writes to a terminal
        parser.color = False
    return parser.format_help()


def cli_help_texts() -> dict[str, str]:
    """{"gpos": top-level help, "gpos validate": ..., ...} from the real parser."""
    from gpos_standard.cli import build_parser

    parser = build_parser()
    out = {"gpos": _help(parser)}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                out[f"gpos {name}"] = _help(sub)
    return out


def collect_inputs(root: Path) -> dict[str, Any]:
    """The keyword arguments of ``render_docs`` read from a checkout at ``root``."""
    schema_dir = root / "src" / "gpos_standard" / "schema"
    current = json.loads((schema_dir / "versions.json").read_text(encoding="utf-8"))["current"]
    meta = json.loads((schema_dir / current / "schema_meta.json").read_text(encoding="utf-8"))
    codelists = json.loads((schema_dir / current / "codelists.json").read_text(encoding="utf-8"))
    from gpos_standard.validation.rules import RULES

    examples = {}
    exports = root / "reference_data" / "exports"
    if exports.is_dir():
        for path in sorted(exports.glob("*.json")):
            examples[path.name] = json.loads(path.read_text(encoding="utf-8"))
    return {"meta": meta, "codelists": codelists, "rules": dict(RULES), "cli_help": cli_help_texts(),
            "examples": examples, "joint_statement": statement.load(root),
            "rule_examples": docs_rules.examples(root)}


def stale(root: Path) -> list[str]:
    """Generated pages that differ from what the inputs give, plus generated pages that should no longer exist."""
    wanted = render_docs(**collect_inputs(root))
    out = [p for p, data in wanted.items() if not (root / p).exists() or (root / p).read_bytes() != data]
    out += [p for p in existing_generated(root) if p not in wanted]
    return sorted(out)


def existing_generated(root: Path) -> list[str]:
    """Pages under docs/reference/ that carry the generated-file header."""
    base = root / REFERENCE_DIR
    marker = b"<!-- Generated by "
    return sorted(
        p.relative_to(root).as_posix() for p in base.rglob("*.md") if p.read_bytes().startswith(marker)
    ) if base.is_dir() else []


def write(root: Path) -> list[str]:
    """Write every page that changed and delete generated pages that are gone; return the paths touched."""
    wanted = render_docs(**collect_inputs(root))
    changed = []
    for rel in existing_generated(root):
        if rel not in wanted:
            (root / rel).unlink()
            changed.append(rel)
    for rel, data in wanted.items():
        path = root / rel
        if not path.exists() or path.read_bytes() != data:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            changed.append(rel)
    return changed


def build_site(root: Path, dest: Path) -> subprocess.CompletedProcess[str]:
    """``mkdocs build --strict`` of the checkout at ``root`` into ``dest`` (output captured, never raises)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "--site-dir", str(dest)],
        cwd=root, env=env, capture_output=True, text=True, check=False,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="gpos_build.docs", description=__doc__)
    parser.add_argument("--check", action="store_true", help="exit 1 if a generated page is out of date")
    parser.add_argument("--root", type=Path, default=ROOT, help="project root (default: this checkout)")
    args = parser.parse_args(argv)
    root = args.root.resolve()
    try:
        return _run(root, args.check)
    except statement.StatementError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


def _run(root: Path, check: bool) -> int:
    if check:
        out_of_date = stale(root)
        for rel in out_of_date:
            print(f"out of date: {rel}", file=sys.stderr)
        if out_of_date:
            print("run `make generate` and commit the result", file=sys.stderr)
            return 1
        print("documentation pages are up to date")
        return 0
    for rel in write(root):
        print(f"wrote {rel}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
