"""MkDocs hooks (see ``hooks:`` in mkdocs.yml): list every generated reference page in the navigation, and title
pages by their first heading.

The generated folders (classes, code lists, crosswalks, rules) change whenever the schema, the code lists or the
validator do, so ``mkdocs.yml`` names only each folder's ``index.md``; this hook turns such an entry into a section
holding the index and then every other page of the folder, in file-name order. Hand-written nav entries are left
alone. Generated pages start with an HTML comment, which stops MkDocs from taking the title from the first
heading; ``on_page_markdown`` takes it from there instead. The module imports nothing from the project, so it works
with a plain ``mkdocs build``.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

EXPANDED_PREFIX = "reference/"


def _expand(entry: Any, docs_dir: Path) -> Any:
    if isinstance(entry, list):
        return [_expand(e, docs_dir) for e in entry]
    if isinstance(entry, dict):
        out = {}
        for title, value in entry.items():
            if (
                isinstance(value, str)
                and value.startswith(EXPANDED_PREFIX)
                and value.endswith("/index.md")
                and value != EXPANDED_PREFIX + "index.md"
            ):
                folder = docs_dir / value[: -len("index.md")]
                pages = sorted(p.name for p in folder.glob("*.md") if p.name != "index.md")
                out[title] = [value] + [value[: -len("index.md")] + name for name in pages]
            else:
                out[title] = _expand(value, docs_dir)
        return out
    return entry


def on_config(config: Any, **kwargs: Any) -> Any:
    if config.get("nav"):
        config["nav"] = _expand(config["nav"], Path(config["docs_dir"]))
    return config


_H1 = re.compile(r"^# (.+?)\s*$", re.M)


#: Generated pages whose tables need the full width: the right-hand table of contents is hidden there.
WIDE_PAGES = ("reference/classes/", "reference/codelists/", "reference/slots.md", "reference/crosswalks/",
              "reference/er-diagram.md")


def on_page_markdown(markdown: str, page: Any, **kwargs: Any) -> str:
    if page.file.src_uri.startswith(WIDE_PAGES) and "hide" not in page.meta:
        page.meta["hide"] = ["toc"]
    if "title" not in page.meta:
        match = _H1.search(markdown)
        if match:
            page.meta["title"] = html.unescape(re.sub(r"[`*]", "", match.group(1))).strip()
    return markdown
