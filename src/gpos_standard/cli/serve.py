"""``gpos serve``: a local data review page in the browser (needs the ``serve`` extra)."""

from __future__ import annotations

import argparse
import ipaddress
from typing import Any

from . import EXIT_OK, EXIT_USAGE, CommandError


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "serve", help="a local data review page: upload, read the report in your language, download the fix",
        description="Start a small web application on this computer: upload an export (JSON, YAML, JSON Lines, "
                    "XLSX, or a package .zip), pick a language, read the grouped report, download the fixed file, "
                    "a package of it, or a blank template. Uploads never leave the machine, are bounded in size "
                    "and are deleted when the session ends. Needs: pip install 'gpos-standard[serve]'.")
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default: 127.0.0.1, this computer only)")
    parser.add_argument("--port", type=int, default=8321, help="port (default: 8321)")
    parser.add_argument("--max-upload-mb", type=int, default=50, metavar="MB",
                        help="largest upload accepted, in MiB (default: 50)")
    parser.add_argument("--lang", default=None, metavar="LANG", help="default language of the pages")


def run(args: argparse.Namespace) -> int:
    from ..i18n import choose

    try:
        import uvicorn

        from ..serve import create_app
    except ImportError:
        raise CommandError("needs the serve extra: pip install 'gpos-standard[serve]'", EXIT_USAGE) from None
    try:
        lang = choose(args.lang)
    except ValueError as exc:
        raise CommandError(f"--lang: {exc}", EXIT_USAGE) from None
    if args.max_upload_mb < 1:
        raise CommandError("--max-upload-mb must be 1 or more", EXIT_USAGE)
    try:
        local = ipaddress.ip_address(args.host).is_loopback
    except ValueError:
        local = args.host == "localhost"
    if not local:
        print(f"gpos serve: listening on {args.host}: other computers can reach the page and upload data")
    print(f"gpos serve: open http://{args.host}:{args.port}/ (Ctrl+C to stop; uploads are deleted on exit)")
    uvicorn.run(create_app(args.max_upload_mb * 1024 * 1024, lang), host=args.host, port=args.port,
                log_level="warning")
    return EXIT_OK
