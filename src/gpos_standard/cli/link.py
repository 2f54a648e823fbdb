"""``gpos link PACKAGES... -o links.parquet``: identifiers seen in more than one member's exports.

Wallets, bank accounts (IBAN and national), phone numbers, e-mail addresses, domains and URLs are matched by their
normalised form, persons by keyed pseudonym (packages redacted with the same partnership key). Each link says which
members, which record types, first and last dates and the money moved through linked accounts. Only exports the
audience may see (by their TLP marking) are linked. Exit codes: 0 written, 1 an input cannot be read, 2 usage error.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from . import EXIT_INVALID, EXIT_OK, EXIT_USAGE, CommandError


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "link", help="find identifiers shared across members' exports (DuckDB or Spark)",
        description="Find every wallet, account, phone number, e-mail address, domain, URL and pseudonymised person "
                    "that appears in more than one member's exports. Writes one row per link to a Parquet file and "
                    "prints a summary without any identifier's value.",
        epilog="Exit codes: 0 written, 1 an input cannot be read, 2 usage error. Needs the extra 'hub' "
               "('spark' for --engine spark; GPOS_SPARK_MASTER points Spark at a cluster).")
    parser.add_argument("inputs", nargs="+", metavar="PACKAGE", help="exports or packages of the members, any format")
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help="links file (.parquet)")
    parser.add_argument("--engine", choices=("duckdb", "spark"), default="duckdb",
                        help="query engine (default duckdb, embedded; spark: PySpark, local or a cluster)")
    parser.add_argument("--audience", choices=("hub", "community", "public"), default="hub",
                        help="who will receive the links: only exports marked for them are linked (default hub: up "
                             "to TLP:AMBER+STRICT; community: GREEN; public: CLEAR)")
    parser.add_argument("--summary", metavar="FILE", help="also write the summary to FILE (text)")


def run(args: argparse.Namespace) -> int:
    from ..hub.engines import EngineUnavailable
    from ..hub.link import find_links, summary, write_links
    from ..io.output import SameFileError, refuse_inputs, write_bytes
    from ..io.records import ReadError

    out = Path(args.output)
    if out.suffix.lower() != ".parquet":
        raise CommandError(f"the output must end in .parquet, not {out.name}", EXIT_USAGE)
    inputs = [Path(p) for p in args.inputs]
    for path in inputs:
        if not path.exists():
            raise CommandError(f"{path}: no such file or folder", EXIT_USAGE)
    try:
        for target in (out, *([Path(args.summary)] if args.summary else [])):
            refuse_inputs(target, inputs)
    except SameFileError as exc:
        raise CommandError(str(exc), EXIT_USAGE) from None
    try:
        result = find_links(inputs, engine_name=args.engine, audience=args.audience)
    except EngineUnavailable as exc:
        raise CommandError(str(exc), EXIT_USAGE) from None
    except ReadError as exc:
        where = exc.location.describe()
        raise CommandError(f"an input cannot be read{' (' + where + ')' if where else ''}: {exc}",
                           EXIT_INVALID) from None
    text = summary(result)
    try:
        write_links(result, out)
        if args.summary:
            write_bytes(Path(args.summary), text.encode("utf-8"))
    except OSError as exc:
        raise CommandError(f"cannot write {out}: {exc.strerror or exc}", EXIT_USAGE) from None
    sys.stdout.write(text)
    print(f"wrote {out}: {len(result.links)} links (TLP:{result.marking}, for the audience {result.audience})")
    return EXIT_OK
