"""One LinkML file for a version of the standard: the root module with every local import merged in.

Shipped in the package (``gpos schema --format linkml``, ``gpos diff`` on a path) so that a member gets the whole
standard of a version as one self-contained LinkML schema. Done on the YAML itself: LinkML's own merge (SchemaView
and its dumper) takes ten seconds for the ISO code sets, and its output would carry a source-file path.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

SECTIONS = ("subsets", "types", "enums", "slots", "classes")


def _load(path: Path) -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)


def merged(folder: Path, root: str = "gpos") -> dict[str, Any]:
    """The root module of ``folder`` with every local module it imports (transitively) merged in."""
    top = _load(folder / f"{root}.yaml")
    seen: set[str] = set()
    order: list[str] = []

    def visit(name: str) -> None:
        if name in seen or ":" in name:
            return
        seen.add(name)
        module = _load(folder / f"{name}.yaml")
        for imported in module.get("imports", []):
            visit(str(imported))
        order.append(name)

    visit(root)
    out: dict[str, Any] = {k: v for k, v in top.items() if k not in (*SECTIONS, "imports", "prefixes")}
    out["imports"] = [i for i in top.get("imports", []) if ":" in str(i)]
    prefixes: dict[str, Any] = {}
    sections: dict[str, dict[str, Any]] = {s: {} for s in SECTIONS}
    for name in order:
        module = _load(folder / f"{name}.yaml")
        prefixes.update(module.get("prefixes") or {})
        for section in SECTIONS:
            for key, value in (module.get(section) or {}).items():
                if key in sections[section]:
                    raise ValueError(f"{section[:-1]} {key} is defined in two modules")
                sections[section][key] = value
    out["prefixes"] = dict(sorted(prefixes.items()))
    for section in SECTIONS:
        if sections[section]:
            out[section] = sections[section]
    return out


def merged_yaml(folder: Path) -> str:
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(merged(folder), Dumper=dumper, sort_keys=False, allow_unicode=True, width=120)
