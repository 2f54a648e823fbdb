"""What each rule page shows from the reference data: a failing example from ``reference_data/invalid``, the
report ``gpos validate`` really prints for it, and its fix (the values that differ from the valid export the
example was made from: ``examples/invalid.py`` breaks one thing of a valid base per file)."""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

INVALID = Path("reference_data") / "invalid"
MAX_CHANGES = 3


@contextmanager
def _cwd(path: Path) -> Iterator[None]:
    before = Path.cwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(before)


def _differences(bad: Any, good: Any, pointer: str = "") -> list[tuple[str, Any, Any]]:
    if isinstance(bad, dict) and isinstance(good, dict):
        out = []
        for key in [*good, *(k for k in bad if k not in good)]:
            step = f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}"
            if key not in bad or key not in good:
                out.append((step, bad.get(key, ...), good.get(key, ...)))
            else:
                out += _differences(bad[key], good[key], step)
        return out
    if isinstance(bad, list) and isinstance(good, list) and len(bad) == len(good):
        return [d for i, (b, g) in enumerate(zip(bad, good, strict=True)) for d in _differences(b, g, f"{pointer}/{i}")]
    return [] if bad == good else [(pointer, bad, good)]


def _fix(document: Any) -> list[tuple[str, Any, Any]] | None:
    from .examples.invalid import build_minimal, build_rules_base

    found = [_differences(document, base) for base in (build_minimal(), build_rules_base())]
    best = min(found, key=len)
    return best if 0 < len(best) <= MAX_CHANGES else None


def examples(root: Path) -> dict[str, dict[str, Any]]:
    """rule code -> {"file", "output" (the text report), "fix" (pointer, bad, good) or None}, for the first
    JSON example of each rule that needs no national extension."""
    from gpos_standard.validation import present, validate

    table = root / INVALID / "expected_errors.csv"
    if not table.is_file():
        return {}
    chosen: dict[str, str] = {}
    with table.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["file"].endswith(".json") and not row.get("extension") and row["code"] not in chosen:
                chosen[row["code"]] = row["file"]
    out = {}
    with _cwd(root):
        for code, name in sorted(chosen.items()):
            rel = (INVALID / name).as_posix()
            report = validate(rel)
            lines = [line for _, line in present.text_lines(report)]
            try:
                document = json.loads((root / rel).read_text(encoding="utf-8"))
            except ValueError:
                document = None
            out[code] = {"file": rel, "output": "\n".join(lines), "fix": _fix(document) if document else None}
    return out


def _value(value: Any) -> str:
    return "(absent)" if value is ... else f"`{json.dumps(value, ensure_ascii=False)}`"


def section(code: str, example: dict[str, Any] | None) -> list[str]:
    """The Markdown of a rule page's example: the file, the real report, and the fix."""
    if not example:
        return []
    out = ["## Example\n",
           f"`{example['file']}` breaks this rule. `gpos validate {example['file']}` prints (grouped by rule, "
           "the first three issues of each, then the summary; `--all` lists every issue, `--lang th` and the other "
           "languages translate it, `--format html` makes a page of it):\n",
           "```text\n" + example["output"] + "\n```\n"]
    if example["fix"]:
        rows = "\n".join(f"| `{p or '/'}` | {_value(bad)} | {_value(good)} |" for p, bad, good in example["fix"])
        out += ["### The fix\n", "The same export made valid: only these values change.\n",
                "| Where | In the example | Fixed |\n| --- | --- | --- |\n" + rows + "\n"]
    return out
