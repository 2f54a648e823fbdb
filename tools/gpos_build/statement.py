"""The Joint Statement page (``docs/joint-statement.md``) and the traceability checks behind it.

Two sources meet here. ``reference_data/statement/commitments.yaml`` lists the Statement's commitments in its order
and sections, with our summary of each, the data it needs or why it is not a data matter, and the rules, commands
and single codes that serve it (``see``). The schema says which classes, slots and code lists serve which
commitment (the ``commitments`` annotation, carried into ``schema_meta.json`` and ``codelists.json``). ``problems``
checks that the two fit: numbers in order, every number named by the schema exists, every commitment is served or
says why not, every reference resolves, every record type serves at least one commitment. ``render`` writes the
page; the class and code-list pages show the reverse view (``docs_md.commitment_links``).
"""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from .docs_md import commitment_links, header, table, text

SOURCE = "reference_data/statement/commitments.yaml"
SCHEMA = "reference_data/statement/statement-schema.json"
PAGE = "docs/joint-statement.md"
KINDS = {"class": "Classes", "slot": "Slots", "codelist": "Code lists", "code": "Codes", "rule": "Rules",
         "command": "Commands"}


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # not strftime's %B, which follows the locale


class StatementError(ValueError):
    """The commitments file or the schema's annotations do not fit; the message lists every problem."""


@dataclass(frozen=True)
class Inputs:
    """What the page and the checks are made from."""

    statement: dict[str, Any]
    meta: dict[str, Any]
    codelists: dict[str, Any]
    rules: dict[str, dict[str, str]]
    commands: list[str]  # "validate", "stats"...


def load(root: Path) -> dict[str, Any]:
    """The commitments file, checked against its JSON Schema (the first problem names its place in the file)."""
    path = root / SOURCE
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    schema = json.loads((root / SCHEMA).read_text(encoding="utf-8"))
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        where = "/".join(str(p) for p in errors[0].absolute_path) or "(top)"
        raise StatementError(f"{SOURCE}: {where}: {errors[0].message}")
    return data


def commitments(statement: dict[str, Any]) -> dict[int, dict[str, Any]]:
    """Every commitment by number, with its section letter and title added."""
    return {
        c["number"]: {**c, "letter": s["letter"], "section": s["title"]}
        for s in statement["sections"]
        for c in s["commitments"]
    }


def titles(statement: dict[str, Any]) -> dict[int, str]:
    return {n: c["title"] for n, c in commitments(statement).items()}


def annotated(meta: dict[str, Any], codelists: dict[str, Any]) -> list[tuple[str, str, int]]:
    """(kind, name, commitment) for every class, slot and code list the schema says serves a commitment."""
    out = []
    for cname, cls in meta["classes"].items():
        out += [("class", cname, n) for n in cls.get("commitments", [])]
        for sname, slot in cls["slots"].items():
            out += [("slot", f"{cname}.{sname}", n) for n in slot.get("commitments", [])]
    for name, cl in codelists.items():
        out += [("codelist", name, n) for n in cl.get("commitments", [])]
    return out


def _resolves(ref: str, inputs: Inputs) -> bool:
    kind, _, name = ref.partition(":")
    classes = inputs.meta["classes"]
    if kind == "class":
        return name in classes
    if kind == "slot":
        cname, _, sname = name.partition(".")
        return sname in classes.get(cname, {}).get("slots", {})
    if kind == "codelist":
        return name in inputs.codelists
    if kind == "code":
        lname, _, code = name.partition(".")
        return any(c["code"] == code for c in inputs.codelists.get(lname, {}).get("codes", []))
    if kind == "rule":
        return name in inputs.rules
    return kind == "command" and name in inputs.commands


def problems(inputs: Inputs) -> list[str]:
    """Every way the commitments file and the schema's annotations fail to fit; empty when they do."""
    out: list[str] = []
    sections = inputs.statement["sections"]
    letters = [s["letter"] for s in sections]
    if letters != [chr(ord("A") + i) for i in range(len(letters))]:
        out.append(f"{SOURCE}: sections must be lettered A, B, C... in order, not {letters}")
    numbers = [c["number"] for s in sections for c in s["commitments"]]
    if numbers != list(range(1, len(numbers) + 1)):
        out.append(f"{SOURCE}: commitments must be numbered 1, 2, 3... in order, not {numbers}")
    known = commitments(inputs.statement)
    last = max(known, default=0)
    served: dict[int, int] = {n: 0 for n in known}
    for kind, name, n in annotated(inputs.meta, inputs.codelists):
        if n not in known:
            where = "reference_data/codelists/codelists.yaml" if kind == "codelist" else "schema"
            out.append(f"{where}: {kind} {name} names commitment {n}, which the Statement does not have (1-{last})")
        else:
            served[n] += 1
    for n, c in known.items():
        for ref in c.get("see", []):
            if not _resolves(ref, inputs):
                out.append(f"{SOURCE}: commitment {n}: see {ref!r} names nothing in the standard")
        if not served[n] and not c.get("see") and not c.get("not_a_data_matter"):
            out.append(f"commitment {n} ({c['title']}): no class, slot, code list, rule or command serves it, and "
                       f"{SOURCE} gives no not_a_data_matter reason; annotate what serves it or give the reason")
        if not c.get("not_a_data_matter") and not c.get("needs"):
            out.append(f"{SOURCE}: commitment {n}: say what data it needs (needs) or why it is not a data matter")
    for gap in inputs.statement["gaps"]:
        out += [f"{SOURCE}: gap {gap['title']!r} names commitment {n}, which does not exist"
                for n in gap["commitments"] if n not in known]
        out += [f"{SOURCE}: gap {gap['title']!r}: see {ref!r} names nothing in the standard"
                for ref in gap.get("see", []) if not _resolves(ref, inputs)]
    records = [c for c, v in inputs.meta["classes"].items() if v.get("record") and not v.get("abstract")]
    out += [f"schema: record type {c} serves no commitment; annotate it with the commitments it serves"
            for c in records if not inputs.meta["classes"][c].get("commitments")]
    return out


def ref_link(ref: str, inputs: Inputs) -> str:
    """A reference (``kind:name``) as a link from ``docs/joint-statement.md``."""
    kind, _, name = ref.partition(":")
    if kind == "class":
        return f"[{name}](reference/classes/{name}.md)"
    if kind == "slot":
        cname, _, sname = name.partition(".")
        return f"[{cname}.{sname}](reference/classes/{cname}.md#{sname})"
    if kind == "codelist":
        return f"[{name}](reference/codelists/{name}.md)"
    if kind == "code":
        lname, _, code = name.partition(".")
        return f"[{lname}: `{code}`](reference/codelists/{lname}.md#{code})"
    if kind == "rule":
        return f"[{name}](reference/rules/{name}.md) ({text(inputs.rules[name].get('title'))})"
    return f"[`gpos {name}`](reference/cli.md#gpos-{name})"


def _elements(n: int, inputs: Inputs, see: list[str]) -> dict[str, list[str]]:
    """References that serve commitment ``n``, grouped by kind in the order of KINDS."""
    refs = [f"{kind}:{name}" for kind, name, m in annotated(inputs.meta, inputs.codelists) if m == n] + see
    grouped: dict[str, list[str]] = {k: [] for k in KINDS}
    for ref in refs:
        grouped[ref.partition(":")[0]].append(ref)
    return {k: v for k, v in grouped.items() if v}


def _served_list(elements: dict[str, list[str]], inputs: Inputs) -> list[str]:
    return [f"- {KINDS[k]}: " + ", ".join(ref_link(r, inputs) for r in refs) for k, refs in elements.items()]


def _commitment(c: dict[str, Any], inputs: Inputs, gaps: list[dict[str, Any]]) -> list[str]:
    n = c["number"]
    elements = _elements(n, inputs, c.get("see", []))
    out = [f"### {n}. {text(c['title'])} {{#commitment-{n}}}\n", f"**Asks** (our summary): {text(c['summary'])}\n"]
    if c.get("not_a_data_matter"):
        out.append(f"**{'Mostly not' if elements else 'Not'} a data matter.** {text(c['not_a_data_matter'])}\n")
        if elements:
            out.append("Related data in the standard:\n")
            out += [*_served_list(elements, inputs), ""]
    else:
        out.append(f"**Data it needs:** {text(c['needs'])}\n")
        out.append("**Served by:**\n")
        out += [*_served_list(elements, inputs), ""]
    if c.get("note"):
        out.append(f"*Note:* {text(c['note'])}\n")
    for gap in gaps:
        if n in gap["commitments"] and gap["status"] != "outside":
            what = f"added in {gap['version']}" if gap["status"] == "added" else "checked, already covered"
            out.append(f"*Gap:* [{text(gap['title'])}](#gap-{_slug(gap['title'])}) ({what}).\n")
    return out


def _slug(title: str) -> str:
    return "-".join("".join(ch if ch.isalnum() else " " for ch in title.lower()).split())


def _overview(inputs: Inputs) -> str:
    rows = []
    for n, c in commitments(inputs.statement).items():
        classes = [name for kind, name, m in annotated(inputs.meta, inputs.codelists) if m == n and kind == "class"]
        if c.get("not_a_data_matter"):
            served = "mostly not a data matter" if _elements(n, inputs, c.get("see", [])) else "not a data matter"
        else:
            served = ", ".join(f"[{name}](reference/classes/{name}.md)" for name in classes) or "see the commitment"
        rows.append([f"[{n}](#commitment-{n})", c["letter"], text(c["title"]), served])
    return table(["No.", "Section", "Commitment (our title)", "Record types that serve it"], rows)


def _reverse(inputs: Inputs) -> str:
    names = titles(inputs.statement)
    rows = [
        [f"[{cname}](reference/classes/{cname}.md)", commitment_links(cls["commitments"], names, "")]
        for cname, cls in inputs.meta["classes"].items()
        if cls.get("commitments")
    ]
    return table(["Class", "Commitments it serves"], rows)


def render(inputs: Inputs) -> str:
    """The page, or StatementError listing every problem ``problems`` finds."""
    found = problems(inputs)
    if found:
        raise StatementError("the Joint Statement mapping does not fit:\n" + "\n".join(f"- {p}" for p in found))
    doc = inputs.statement
    st = doc["statement"]
    when = datetime.date.fromisoformat(st["date"])
    official = f"; [official text]({st['url']})" if st.get("url") else ""
    issued_by = st["issued_by"][0].lower() + st["issued_by"][1:]
    out = [
        header(f"{SOURCE} and the commitments annotations of schema/ and reference_data/codelists/"),
        "# How the standard serves the Bangkok Joint Statement\n",
        f"The **{text(st['title'])}** ({text(st['place'])}, {when.day} {MONTHS[when.month - 1]} {when.year}{official}) "
        "was adopted by "
        f"{text(issued_by)}\n",
        f"It has {len(commitments(doc))} numbered commitments in {len(doc['sections'])} sections. This page takes "
        "them one by one, in the Statement's order: what each asks (summarised in our words; read the official text "
        "for the wording), what data it needs, and the record types, slots, code lists, validation rules and "
        "commands of the standard that serve it, or why it is not a data matter. Each class and code-list page "
        "shows the reverse view: the commitments it serves."
        + ("" if st.get("url") else " The web address of the official text has not been confirmed yet, so it is "
           "not linked here.") + "\n",
        "The mapping is checked, not only written: which classes, slots and code lists serve which commitment is "
        "said where they are defined (the `commitments` annotation in `schema/`, the `commitments` key in "
        "`reference_data/codelists/codelists.yaml`), and `make generate` refuses to write this page when a "
        "commitment is served by nothing and gives no reason, when the schema names a commitment the Statement "
        "does not have, or when a record type serves none.\n",
        "## Overview\n",
        _overview(inputs),
    ]
    gaps = doc["gaps"]
    for section in doc["sections"]:
        out.append(f"## {section['letter']}. {text(section['title'])} {{#section-{section['letter'].lower()}}}\n")
        for c in section["commitments"]:
            out += _commitment(c, inputs, gaps)
    out.append("## Gaps found, and what was done\n")
    out.append("Each commitment was checked against the standard. What was missing, and whether it is now in "
               "the schema:\n")
    for gap in gaps:
        status = {"added": f"added in {gap.get('version')}", "covered": "already covered",
                  "outside": "not a data matter"}[gap["status"]]
        nums = ", ".join(f"[{n}](#commitment-{n})" for n in gap["commitments"])
        label = "Commitment" if len(gap["commitments"]) == 1 else "Commitments"
        out.append(f"### {text(gap['title'])} {{#gap-{_slug(gap['title'])}}}\n")
        out.append(f"*{label} {nums}; {status}.* {text(gap['text'])}\n")
        if gap.get("see"):
            out.append(", ".join(ref_link(r, inputs) for r in gap["see"]) + "\n")
    out.append("## Classes and the commitments they serve\n")
    out.append("The reverse view in one table; slots and code lists that serve a commitment are listed under the "
               "commitment above and on their own pages.\n")
    out.append(_reverse(inputs))
    out.append("## Reports of the conference\n")
    out.append("Press reports of the conference, kept as context (an earlier version of this page was built from "
               "them, before the official text was available).\n")
    rows = [[f"{text(s['publisher'])}, [{text(s['title'])}]({s['url']}), {s['date']}", text(s["note"])]
            for s in doc["sources"]]
    out.append(table(["Source", "What it reports"], rows))
    out.append(f"*Generated from `{SOURCE}` and the schema by `make generate`.*")
    return "\n".join(out)
