"""``gpos export FORMAT IN -o OUT --audience A``: a GPOS export in a peer's format (STIX 2.1, MISP, X-ARF...).

The data always passes through the sharing policy for the audience first, so what the audience may not see never
reaches the peer format; the marking travels as TLP. The input is validated before anything is converted.
Exit codes: 0 written, 1 invalid input, 2 usage error, unreadable input or missing key.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from . import EXIT_OK, EXIT_USAGE, CommandError
from .package import check_valid, read_export, refuse_inputs


def add_parser(sub: Any) -> None:
    from ..interop import FORMATS
    from ..sharing.policy import AUDIENCES

    parser = sub.add_parser(
        "export", help="convert an export to a peer format (stix, misp, xarf, ctdc, htcds)",
        description="Convert a GPOS export into a peer's format, after applying the sharing policy for the "
                    "audience that will receive it. " + "; ".join(
                        f"{f.name}: {f.title}" for f in FORMATS.values() if f.exports) + ".",
        epilog="Exit codes: 0 written, 1 invalid input, 2 usage error, unreadable input or missing key.")
    parser.add_argument("format", choices=[f.name for f in FORMATS.values() if f.exports], metavar="FORMAT",
                        help="the peer format: " + ", ".join(f.name for f in FORMATS.values() if f.exports))
    parser.add_argument("input", metavar="IN", help="export in any supported format, or a package")
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help="the file (or folder) to write")
    parser.add_argument("--audience", required=True, choices=list(AUDIENCES),
                        help="who will receive the output (originating_agency keeps everything)")
    parser.add_argument("--key-file", type=Path, metavar="F",
                        help="pseudonymisation key made by gpos keygen (default: the GPOS_PSEUDONYM_KEY variable); "
                             "needed for audiences that see pseudonyms")
    parser.add_argument("--allow-invalid", action="store_true", help="convert data even if it has errors")


def prepared(source: Path, audience: str, key_file: Path | None, allow_invalid: bool) -> dict[str, Any]:
    """The input, validated and prepared for the audience by the sharing policy."""
    from ..sharing.keys import KeyProblem, load_key
    from ..sharing.redact import redact

    document, previous = read_export(source)
    check_valid(document, str(source), allow_invalid, "export")
    if audience == "originating_agency":
        return document
    try:
        key = load_key(key_file)
        result, _ = redact(document, audience, key, previous)
    except KeyProblem as exc:
        raise CommandError(str(exc), EXIT_USAGE) from None
    return result


def run(args: argparse.Namespace) -> int:
    from ..interop import ConversionError, NotInstalled, load
    from ..io.output import atomic, write_bytes, write_folder

    source, out = Path(args.input), Path(args.output)
    refuse_inputs(out, [source])
    document = prepared(source, args.audience, args.key_file, args.allow_invalid)
    try:
        converter = load(args.format)
    except NotInstalled as exc:
        raise CommandError(str(exc), EXIT_USAGE) from None
    if hasattr(converter, "export_stream"):  # one file, written as it is produced
        try:
            with atomic(out) as handle:
                for chunk in converter.export_stream(document, args.audience):
                    handle.write(chunk)
        except (ConversionError, NotInstalled) as exc:
            raise CommandError(str(exc), EXIT_USAGE) from None
        except OSError as exc:
            raise CommandError(f"cannot write {out}: {exc.strerror or exc}", EXIT_USAGE) from None
        print(f"wrote {out} ({args.format}) for {args.audience}")
        return EXIT_OK
    try:
        outputs = converter.export_document(document, args.audience)
    except (ConversionError, NotInstalled) as exc:
        raise CommandError(str(exc), EXIT_USAGE) from None
    try:
        if len(outputs) == 1 and not outputs[0].name:
            write_bytes(out, outputs[0].data)
        else:
            write_folder(out, [(o.name, o.data) for o in outputs])
    except OSError as exc:
        raise CommandError(f"cannot write {out}: {exc.strerror or exc}", EXIT_USAGE) from None
    print(f"wrote {out} ({args.format}, {len(outputs)} file(s)) for {args.audience}")
    return EXIT_OK
