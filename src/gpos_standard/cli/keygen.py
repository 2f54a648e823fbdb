"""``gpos keygen -o key.bin``: a new random pseudonymisation key, readable by its owner only.

Exit codes: 0 written, 2 usage error (the file exists, or cannot be written).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from . import EXIT_OK, EXIT_USAGE, CommandError


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "keygen", help="make a random pseudonymisation key for gpos redact",
        description="Write a new random 256-bit pseudonymisation key with a random key id, readable by its owner "
                    "only. Share it with partners only through the partnership's secure channel, never with the "
                    "data. An existing file is never overwritten.",
        epilog="Exit codes: 0 written, 2 usage error.")
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="the key file to write")


def run(args: argparse.Namespace) -> int:
    from ..sharing.keys import write_key_file

    out = Path(args.output)
    try:
        key = write_key_file(out)
    except FileExistsError as exc:
        raise CommandError(str(exc), EXIT_USAGE) from None
    except OSError as exc:
        raise CommandError(f"cannot write {out}: {exc.strerror or exc}", EXIT_USAGE) from None
    print(f"wrote {out}: a new key, id {key.key_id} (manifests name the key by this id)")
    return EXIT_OK
