"""The ``gpos`` command line: a thin layer over the library API.

Commands import their dependencies when they run, so ``gpos --help`` and ``gpos --version`` stay fast.
Exit codes: 0 valid, 1 invalid, 2 usage error or unreadable input.
"""

from __future__ import annotations

import argparse
import sys
from importlib import import_module

from .. import __version__

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


class CommandError(Exception):
    """A problem to print as ``gpos COMMAND: message`` and exit with ``code``."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code

# command -> module in this package; each module has add_parser(subparsers) and run(args) -> exit code.
COMMANDS = {
    "validate": "validate",
    "check-id": "check_id",
    "convert": "convert",
    "template": "template",
    "package": "package",
    "redact": "redact",
    "keygen": "keygen",
    "stats": "stats",
    "synth": "synth",
    "codes": "codes",
    "extension": "extension",
    "diff": "diff",
    "upgrade": "upgrade",
    "export": "peer_export",
    "import": "peer_import",
    "link": "link",
    "report": "report",
    "fix": "fix",
    "serve": "serve",
    "schema": "schema",
}


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

    for module in COMMANDS.values():
        import_module(f".{module}", __name__).add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    run = import_module(f".{COMMANDS[args.command]}", __name__).run
    try:
        return run(args)
    except CommandError as exc:
        print(f"gpos {args.command}: {exc}", file=sys.stderr)
        return exc.code
    except BrokenPipeError:  # e.g. piped into head
        return EXIT_OK if args.command in ("codes", "schema") else EXIT_INVALID


if __name__ == "__main__":
    sys.exit(main())
