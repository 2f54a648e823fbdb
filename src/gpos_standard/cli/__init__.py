"""The ``gpos`` command line: a thin layer over the library API.

Commands import their dependencies when they run, so ``gpos --help`` and ``gpos --version`` stay fast.
Exit codes: 0 valid, 1 invalid, 2 usage error or unreadable input.
"""

from __future__ import annotations

import argparse
import sys

from .. import __version__

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def _version() -> str:
    from .. import standard_version

    return f"gpos-standard {__version__} (GPOS data standard {standard_version()})"


class _VersionAction(argparse.Action):
    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="print the package and standard versions and exit")

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        print(_version())
        parser.exit(EXIT_OK)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gpos",
        description="Validate and work with data in the GPOS data standard (online scams and scam-centre trafficking).",
        epilog="Exit codes: 0 valid, 1 invalid, 2 usage error or unreadable input.",
    )
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    validate = sub.add_parser("validate", help="validate export documents (JSON or YAML)",
                              description="Validate GPOS export documents against the standard.")
    validate.add_argument("paths", nargs="+", metavar="PATH", help="export files, or folders to search for them")
    validate.add_argument("--format", choices=["text", "json"], default="text", help="output format (default: text)")
    validate.add_argument("--max-errors", type=int, default=None, metavar="N",
                          help="show at most N issues (all are still counted)")

    codes = sub.add_parser("codes", help="list the code lists, or print one",
                           description="List the code lists of the standard, or print the codes of one.")
    codes.add_argument("name", nargs="?", help="code list to print, for example scam_typology")
    codes.add_argument("--lang", choices=["en", "th", "bn", "ne", "es", "ar"], default="en",
                       help="language of the titles (default: en)")
    codes.add_argument("--format", choices=["text", "json"], default="text", help="output format (default: text)")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "validate":
        from .validate import run
    elif args.command == "codes":
        from .codes import run
    else:
        parser.print_help()
        return EXIT_USAGE
    try:
        return run(args)
    except BrokenPipeError:  # e.g. piped into head
        return EXIT_OK if args.command == "codes" else EXIT_INVALID


if __name__ == "__main__":
    sys.exit(main())
