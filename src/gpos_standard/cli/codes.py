"""``gpos codes``: the code lists, in the members' languages."""

from __future__ import annotations

import argparse
import json
import sys
from difflib import get_close_matches
from typing import Any

from . import EXIT_OK, EXIT_USAGE


def add_parser(sub: Any) -> None:
    codes = sub.add_parser("codes", help="list the code lists, or print one",
                           description="List the code lists of the standard, or print the codes of one.")
    codes.add_argument("name", nargs="?", help="code list to print, for example scam_typology")
    codes.add_argument("--lang", choices=["en", "th", "bn", "ne", "es", "ar"], default="en",
                       help="language of the titles (default: en)")
    codes.add_argument("--format", choices=["text", "json"], default="text", help="output format (default: text)")


def _title(code: dict[str, object], lang: str) -> str:
    return str(code["title"]) if lang == "en" else str(code["titles"][lang])  # type: ignore[index]


def run(args: argparse.Namespace) -> int:
    from ..resources import codelists

    lists = codelists()
    if args.name is None:
        if args.format == "json":
            print(json.dumps({n: {"title": m["title"], "closed": m["closed"], "codes": len(m["codes"])}
                              for n, m in lists.items()}, indent=2, ensure_ascii=False))
            return EXIT_OK
        width = max(map(len, lists))
        for name, meta in lists.items():
            kind = "closed" if meta["closed"] else "open"
            print(f"{name:<{width}}  {len(meta['codes']):>3} codes  {kind:<6}  {meta['title']}")
        return EXIT_OK
    if args.name not in lists:
        hint = get_close_matches(args.name, list(lists), n=1)
        print(f"gpos codes: no code list named {args.name!r}" + (f"; did you mean {hint[0]!r}?" if hint else ""),
              file=sys.stderr)
        return EXIT_USAGE
    meta = lists[args.name]
    if args.format == "json":
        print(json.dumps(meta, indent=2, ensure_ascii=False))
        return EXIT_OK
    print(f"{args.name}: {meta['title']} ({'closed' if meta['closed'] else 'open'} list)")
    width = max(len(c["code"]) for c in meta["codes"])
    for code in meta["codes"]:
        indent = "  " if code["parent"] else ""
        print(f"{indent}{code['code']:<{width}}  {_title(code, args.lang)}")
    return EXIT_OK
