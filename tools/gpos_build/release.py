"""Release the working version of the standard: freeze its schema modules and its reference exports.

``python -m gpos_build.release`` (from ``tools/``, after ``make generate``) copies ``schema/*.yaml`` to
``schema/releases/<version>/`` and the reference exports to ``reference_data/exports/<version>/``, and records the
SHA-256 of every frozen file in ``schema/releases/SHA256SUMS`` so that a test notices any later edit. From then on
``make generate`` builds that version's artefacts from the frozen copy, and the working schema must take a new
version number before it changes (see docs/guides/versioning.md).
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import sys
from pathlib import Path

import yaml

from .paths import ROOT, Layout

SUMS = "SHA256SUMS"


def frozen_files(layout: Layout) -> list[Path]:
    files = [p for folder in layout.release_dirs() for p in sorted(folder.glob("*.yaml"))]
    exports = layout.root / "reference_data" / "exports"
    files += [p for folder in layout.release_dirs() for p in sorted((exports / folder.name).glob("*.json"))]
    return files


def sums_text(layout: Layout) -> str:
    lines = [f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.relative_to(layout.root)}"
             for p in frozen_files(layout)]
    return "\n".join(lines) + "\n"


def release(layout: Layout) -> Path:
    version = str(yaml.safe_load(layout.root_schema.read_text(encoding="utf-8"))["version"])
    target = layout.releases_dir / version
    if target.exists():
        raise SystemExit(f"version {version} is already released; raise the version in schema/*.yaml first")
    target.mkdir(parents=True)
    for module in sorted(layout.schema_dir.glob("*.yaml")):
        shutil.copy2(module, target / module.name)
    exports = layout.root / "reference_data" / "exports"
    (exports / version).mkdir(exist_ok=True)
    for export in sorted(exports.glob("*.json")):
        shutil.copy2(export, exports / version / export.name)
    (layout.releases_dir / SUMS).write_text(sums_text(layout), encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="release", description=__doc__)
    parser.add_argument("--root", type=Path, default=ROOT)
    args = parser.parse_args(argv)
    target = release(Layout(args.root.resolve()))
    print(f"released {target.name}: {target.relative_to(args.root.resolve())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
