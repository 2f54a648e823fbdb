"""``gpos extension``: check a national extension module, or merge it into the standard for LinkML's own tools."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from . import EXIT_OK, EXIT_USAGE


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "extension", help="check a national extension, or merge it into the standard for LinkML tools",
        description="Work with national extensions and profiles (LinkML modules that import the standard and add "
                    "prefixed fields, codes on open lists and stricter rules). Exit 0 when the module is accepted, "
                    "2 when it cannot be read or is refused (it would change or loosen the standard).")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    check = actions.add_parser("check", help="read a module and say what it adds, or why it is refused")
    check.add_argument("module", metavar="PATH|NAME", help="the module, or the name of a bundled extension")
    check.add_argument("--standard-version", metavar="V", help="check against this version (default: current)")
    merge = actions.add_parser("merge", help="write the standard with the extension merged in, as one LinkML file")
    merge.add_argument("module", nargs="+", metavar="PATH|NAME", help="modules, or names of bundled extensions")
    merge.add_argument("-o", "--output", required=True, type=Path, metavar="FILE", help="the LinkML YAML to write")
    merge.add_argument("--standard-version", metavar="V", help="merge into this version (default: current)")


def run(args: argparse.Namespace) -> int:
    from ..extension import ExtensionError, load
    from ..resources import supported_versions

    version = args.standard_version
    if version is not None and version not in supported_versions():
        print(f"gpos extension: standard version {version} is not shipped (supported: "
              f"{', '.join(supported_versions())})", file=sys.stderr)
        return EXIT_USAGE
    specs = [args.module] if args.action == "check" else args.module
    try:
        extensions = [load(spec, version) for spec in specs]
    except ExtensionError as exc:
        print(f"gpos extension: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.action == "check":
        ext = extensions[0]
        print(f"{ext.name} {ext.version}: {ext.title} (fields {ext.prefix}:..., standard {ext.standard})")
        for f in ext.fields:
            print(f"  field    {f.cls}.{f.key}{' (required)' if f.required else ''}: {f.sensitivity}")
        for t in ext.tightenings:
            rules = [r for r, on in (("required", t.required), (f"pattern {t.pattern}", t.pattern is not None),
                                     (f"minimum {t.minimum}", t.minimum is not None),
                                     (f"maximum {t.maximum}", t.maximum is not None)) if on]
            print(f"  profile  {t.cls}.{t.slot}: {', '.join(rules)}")
        for enum, codes in ext.extra_codes.items():
            print(f"  codes    {enum}: {', '.join(sorted(codes))}")
        return EXIT_OK
    from ..extension.merge import merged_yaml
    from ..io.output import write_bytes

    write_bytes(args.output, merged_yaml(extensions, version).encode("utf-8"))
    print(f"wrote {args.output}")
    return EXIT_OK
