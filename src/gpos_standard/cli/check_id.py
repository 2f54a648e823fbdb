"""``gpos check-id``: check identifiers (phones, wallets, IBANs, ...) typed on the command line.

Unlike library reasons, the text output repeats an invalid value: the user typed it on their own terminal, and
with several values it shows which one failed.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..identifiers import KINDS, check, network_kind
from . import EXIT_INVALID, EXIT_OK, EXIT_USAGE


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add ``check-id`` to the ``gpos`` subcommands."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "check-id", help="check and normalise identifiers such as phone numbers, wallets and IBANs",
        description="Check identifiers and print their normalised form, one line per value.",
        epilog="Exit codes: 0 all valid, 1 some invalid, 2 usage error.")
    parser.add_argument("kind", choices=KINDS, metavar="KIND", help=f"kind of identifier: {', '.join(KINDS)}")
    parser.add_argument("values", nargs="+", metavar="VALUE", help="values to check")
    parser.add_argument("--country", metavar="CC",
                        help="default country (ISO 3166-1 alpha-2) for phone numbers in national format")
    parser.add_argument("--network", metavar="CODE",
                        help="crypto network code (e.g. bitcoin, solana, ripple_xrpl) whose address format the kind "
                             "wallet checks")
    parser.add_argument("--format", choices=["text", "json"], default="text",
                        help="output format: text, or json with one object per line (default: text)")
    return parser


def run(args: argparse.Namespace) -> int:
    if (args.kind == "wallet") != (args.network is not None):
        print("gpos check-id: --network is required with the kind wallet, and applies only to it", file=sys.stderr)
        return EXIT_USAGE
    if args.network is not None:
        try:
            network_kind(args.network)
        except ValueError as exc:
            print(f"gpos check-id: --network: {exc}", file=sys.stderr)
            return EXIT_USAGE
    if args.country is not None:
        if args.kind != "phone":
            print("gpos check-id: --country applies only to phone numbers", file=sys.stderr)
            return EXIT_USAGE
        if not check("country", args.country).valid:
            print("gpos check-id: --country must be a two-letter ISO 3166-1 country code", file=sys.stderr)
            return EXIT_USAGE
    all_valid = True
    for value in args.values:
        result = check(args.kind, value, country=args.country, network=args.network)
        all_valid = all_valid and result.valid
        if args.format == "json":
            print(json.dumps({"value": value, "valid": result.valid, "normalised": result.normalised,
                              "reason": result.reason}, ensure_ascii=False))
        elif result.valid:
            print(f"valid   {result.normalised}")
        else:
            print(f"invalid {value}: {result.reason}")
    return EXIT_OK if all_valid else EXIT_INVALID
