"""``gpos diff OLD NEW``: what changed between two versions of the standard, classified patch, minor or major.

OLD and NEW are shipped version numbers (``gpos --version`` lists the current one) or folders holding a version's
generated ``schema_meta.json`` and ``codelists.json``. The rules are those of the versioning guide. Exit codes: 0
compared (whatever the changes), 2 usage error or a version that cannot be read.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from . import EXIT_OK, EXIT_USAGE, CommandError


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "diff", help="list the changes between two versions of the standard, classified patch, minor or major",
        description="Compare two versions of the standard (shipped version numbers, or folders holding a version's "
                    "schema_meta.json and codelists.json) and classify every change by the versioning rules: "
                    "patch, minor or major. Also says which version number the changes require.",
        epilog="Exit codes: 0 compared, 2 usage error or unreadable version.")
    parser.add_argument("old", metavar="OLD", help="the earlier version: a number such as 0.1.0, or a folder")
    parser.add_argument("new", metavar="NEW", help="the later version: a number such as 0.2.0, or a folder")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")


def run(args: argparse.Namespace) -> int:
    from ..versioning.diff import DiffError, describe, render_text

    try:
        result = describe(args.old, args.new)
    except DiffError as exc:
        raise CommandError(str(exc), EXIT_USAGE) from None
    if args.format == "json":
        print(json.dumps(result.as_json(), indent=2, ensure_ascii=False))
    else:
        print(render_text(result), end="")
    return EXIT_OK
