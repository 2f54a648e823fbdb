"""Reference pages for the code lists: one page per list, the index, and one crosswalk table per external scheme."""

from __future__ import annotations

from typing import Any

from .docs_md import (
    CROSSWALKS,
    LANGUAGE_NAMES,
    LANGUAGES,
    anchor,
    code,
    commitment_links,
    first_sentence,
    header,
    lang_span,
    table,
    text,
)

SOURCE = "reference_data/codelists/"
LIST_DIR = "docs/reference/codelists"
CROSSWALK_DIR = "docs/reference/crosswalks"
_LIST_HEADING_IDS = {"codes", "titles-in-other-languages", "about-this-list"}


def _used_by(name: str, meta: dict[str, Any]) -> list[tuple[str, str]]:
    enums = {e for e, v in meta["enums"].items() if v["codelist"] == name}
    return [
        (cname, sname)
        for cname, cls in meta["classes"].items()
        for sname, slot in cls["slots"].items()
        if slot["kind"] == "enum" and slot["range"] in enums
    ]


def _crosswalk_keys(cl: dict[str, Any]) -> list[str]:
    """Crosswalk keys with at least one value in the list, in the order of CROSSWALKS (then any unknown key)."""
    present = {k for c in cl["codes"] for k, v in (c.get("crosswalk") or {}).items() if v}
    return [k for k in CROSSWALKS if k in present] + sorted(present - set(CROSSWALKS))


def _values(values: list[str] | None) -> str:
    """The crosswalk values of a code; a close (partial) match, written ~value in the CSV, shows as ≈ value."""
    return "<br>".join(f"≈ {code(v[1:])}" if v.startswith("~") else code(v) for v in values or [])


def codelist_page(name: str, cl: dict[str, Any], meta: dict[str, Any], titles: dict[int, str]) -> str:
    codes = cl["codes"]
    clash = _LIST_HEADING_IDS & {c["code"] for c in codes}
    if clash:
        raise ValueError(f"code(s) {sorted(clash)} of {name} clash with a heading anchor of the code-list page")
    enum = next((e for e, v in meta["enums"].items() if v["codelist"] == name), None)
    used = _used_by(name, meta)
    closed = (
        "closed: a value outside the list is an error ([GPOS-E005](../rules/GPOS-E005.md))"
        if cl.get("closed")
        else "open: a value outside the list is reported as a warning, not an error; use a listed code whenever "
        "one fits"
    )
    status = ", ".join(f"{LANGUAGE_NAMES[lang]} {text((cl.get('translations') or {}).get(lang, 'missing'))}"
                       for lang, _, _ in LANGUAGES)
    about = [
        ["Identifier", f"`{name}`"],
        ["Schema enumeration", f"`{enum}`" if enum else "(not used by the schema)"],
        ["Kind", closed],
        ["Structure", "hierarchical: codes may have a parent code" if cl.get("hierarchical") else "flat"],
        ["Codes", str(len(codes))],
        ["Used by", ", ".join(f"[{c}.{s}](../classes/{c}.md#{s})" for c, s in used) or "no slot"],
        ["Translation status", status],
        ["Joint Statement commitments",
         commitment_links(cl.get("commitments") or [], titles, "../../joint-statement.md") or "none named"],
        ["Source file", f"`reference_data/codelists/{name}.csv`"],
    ]
    keys = _crosswalk_keys(cl)
    any_deprecated = any(c.get("deprecated") for c in codes)
    headers = ["Code", "Title", "Definition", "Parent", "Source"]
    headers += ["Deprecated"] if any_deprecated else []
    headers += [CROSSWALKS.get(k, k) for k in keys]
    rows = []
    for c in codes:
        label = f"~~`{c['code']}`~~" if c.get("deprecated") else f"`{c['code']}`"
        row = [
            f"{anchor(c['code'])}{label}",
            text(c.get("title")),
            text(c.get("description")),
            f"[`{c['parent']}`](#{c['parent']})" if c.get("parent") else "",
            text(c.get("source")),
        ]
        row += [text(c.get("deprecated"))] if any_deprecated else []
        row += [_values((c.get("crosswalk") or {}).get(k)) for k in keys]
        rows.append(row)
    trows = [
        [f"`{c['code']}`", text(c.get("title"))]
        + [lang_span((c.get("titles") or {}).get(lang), lang, d) for lang, _, d in LANGUAGES]
        for c in codes
    ]
    theaders = ["Code", "English"] + [f'<span lang="{lang}">{own}</span> ({lang})' for lang, own, _ in LANGUAGES]
    return "\n".join([
        header(f"reference_data/codelists/{name}.csv"),
        f"# {text(cl.get('title'))} (`{name}`)\n",
        text(cl.get("description")) + "\n",
        "## About this list\n",
        table(["", ""], about),
        "## Codes\n",
        "Use the code (first column) in data; titles are for display. "
        + (f"Crosswalk columns give the matching values in {', '.join(CROSSWALKS.get(k, k) for k in keys)}; "
           "see the [crosswalk guides](../../crosswalks/index.md); ≈ marks a close (partial) match. " if keys else "")
        + ("Struck-through codes are deprecated: still valid, but do not use them in new data." if any_deprecated
           else "No code in this list is deprecated.") + "\n",
        table(headers, rows),
        "## Titles in other languages\n",
        "Titles in Thai, Bengali, Nepali, Spanish and Arabic. Translations marked *draft* above have not yet been "
        "reviewed by native-speaking practitioners; see [how to propose a change](../../guides/contributing.md).\n",
        table(theaders, trows),
    ])


def codelists_index(codelists: dict[str, Any], meta: dict[str, Any]) -> str:
    rows = [
        [
            f"[`{name}`]({name}.md)",
            text(cl.get("title")),
            "closed" if cl.get("closed") else "open",
            str(len(cl["codes"])),
            ", ".join(f"{c}.{s}" for c, s in _used_by(name, meta)) or "",
            text(first_sentence(cl.get("description") or "")),
        ]
        for name, cl in codelists.items()
    ]
    return "\n".join([
        header(SOURCE),
        "# Code lists\n",
        f"The {len(codelists)} code lists of the standard. A *closed* list rejects any other value; an *open* list "
        "accepts other values (with a warning), but its codes should be used whenever one fits. "
        "`gpos codes NAME --lang th` prints a list from the command line.\n",
        table(["List", "Title", "Kind", "Codes", "Used by", "Description"], rows),
    ])


def crosswalk_page(key: str, codelists: dict[str, Any]) -> str:
    rows = []
    for name, cl in codelists.items():
        for c in cl["codes"]:
            values = (c.get("crosswalk") or {}).get(key)
            if values:
                rows.append([
                    f"[`{name}`](../codelists/{name}.md)",
                    f"[`{c['code']}`](../codelists/{name}.md#{c['code']})",
                    text(c.get("title")),
                    _values(values),
                ])
    scheme = CROSSWALKS.get(key, key)
    lists = sorted({r[0] for r in rows})
    return "\n".join([
        header(SOURCE),
        f"# Code-list crosswalk: {scheme}\n",
        f"Every GPOS code that has a counterpart in {scheme} (crosswalk column `{key}` of the code-list CSVs), "
        f"{len(rows)} codes in {len(lists)} lists. A GPOS code may map to several values, and several GPOS codes "
        "to the same value: the mapping is for converting data, not a statement that the concepts are identical. "
        "≈ marks a close match: the concepts overlap without being equivalent.\n",
        table(["Code list", "GPOS code", "Title", f"{scheme} value(s)"], rows) if rows else "No code maps to it yet.\n",
    ])


def crosswalk_index(codelists: dict[str, Any]) -> str:
    rows = []
    for key, scheme in CROSSWALKS.items():
        n = sum(1 for cl in codelists.values() for c in cl["codes"] if (c.get("crosswalk") or {}).get(key))
        rows.append([f"[{scheme}]({key}.md)", f"`{key}`", str(n)])
    return "\n".join([
        header(SOURCE),
        "# Code-list crosswalks\n",
        "Generated from the crosswalk columns of the code lists. The hand-written [crosswalk "
        "guides](../../crosswalks/index.md) map classes and slots as well.\n",
        table(["Scheme", "Column", "Codes mapped"], rows),
    ])


def render(codelists: dict[str, Any], meta: dict[str, Any], titles: dict[int, str]) -> dict[str, str]:
    out = {f"{LIST_DIR}/{name}.md": codelist_page(name, cl, meta, titles) for name, cl in codelists.items()}
    out[f"{LIST_DIR}/index.md"] = codelists_index(codelists, meta)
    out.update({f"{CROSSWALK_DIR}/{key}.md": crosswalk_page(key, codelists) for key in CROSSWALKS})
    out[f"{CROSSWALK_DIR}/index.md"] = crosswalk_index(codelists)
    return out
