"""Reference pages for the schema's classes: one page per class, the slot index and the entity-relationship diagram."""

from __future__ import annotations

from typing import Any

from .docs_md import (
    anchor,
    cardinality,
    code,
    commitment_links,
    first_sentence,
    header,
    json_block,
    sensitivity_link,
    table,
    text,
)

META = "schema/*.yaml"
CLASS_DIR = "docs/reference/classes"
# Headings on a class page; a slot with one of these names would share its anchor.
_CLASS_HEADING_IDS = {"slots", "used-by", "joint-statement", "example"}
STATEMENT_PAGE = "../../joint-statement.md"


def slot_anchor(class_name: str, slot_name: str) -> str:
    """Anchor of a slot on the slot index page."""
    return f"{class_name}-{slot_name}"


def type_cell(slot: dict[str, Any], meta: dict[str, Any], prefix: str) -> str:
    """The range of a slot, linked to its class or code-list page. ``prefix`` leads from the page to docs/reference/."""
    rng, kind = slot["range"], slot["kind"]
    if kind == "enum":
        enum = meta["enums"][rng]
        codelist = enum["codelist"]
        if not codelist:  # an ISO code set
            return f"code of {text(enum.get('title', rng))}"
        opened = " (open list: other well-formed codes draw a warning)" if slot.get("open") else ""
        return f"code from [{text(codelist)}]({prefix}codelists/{codelist}.md){opened}"
    if kind == "ref":
        return f"[{text(rng)}]({prefix}classes/{rng}.md) identifier"
    if kind == "inlined":
        return f"[{text(rng)}]({prefix}classes/{rng}.md) object"
    return text(slot.get("type") or rng).replace("|", " or ")


def constraints_cell(slot: dict[str, Any]) -> str:
    parts = []
    if slot.get("pattern"):
        parts.append("pattern " + code(slot["pattern"]))
    if slot.get("minimum") is not None:
        parts.append(f"minimum {slot['minimum']}")
    if slot.get("maximum") is not None:
        parts.append(f"maximum {slot['maximum']}")
    if slot.get("deprecated"):
        parts.append(f"deprecated in {slot.get('deprecated_in') or '?'}"
                     + (f", use {code(slot['replaced_by'])}" if slot.get("replaced_by") else ""))
    if slot.get("added_in"):
        parts.append(f"since {slot['added_in']}")
    return "<br>".join(parts)


def _references(meta: dict[str, Any]) -> dict[str, list[tuple[str, str]]]:
    """For each class, the (class, slot) pairs whose range is that class."""
    out: dict[str, list[tuple[str, str]]] = {name: [] for name in meta["classes"]}
    for cname, cls in meta["classes"].items():
        for sname, slot in cls["slots"].items():
            if slot["kind"] in ("ref", "inlined") and slot["range"] in out:
                out[slot["range"]].append((cname, sname))
    return out


def _example(cname: str, meta: dict[str, Any], examples: dict[str, dict]) -> tuple[str, Any] | None:
    """(where, value) of a first example of the class in the reference exports, or None."""
    cls = meta["classes"][cname]
    root = meta.get("root", "Export")
    if cname == root:
        for fname in sorted(examples):
            doc = examples[fname]
            if isinstance(doc, dict):
                head = {k: v for k, v in doc.items() if k not in meta["collections"]}
                return f"`{fname}`, the envelope without its collections", head
        return None
    if cls.get("record"):
        for coll, rcls in meta["collections"].items():
            if rcls != cname:
                continue
            for fname in sorted(examples):
                records = examples[fname].get(coll) if isinstance(examples[fname], dict) else None
                if records:
                    return f"`{fname}`, `{coll}[0]`", records[0]
        return None
    # An inlined class: the first value found in a slot of that range, in any record of any export.
    holders = [(c, s) for c, s in _references(meta)[cname] if meta["classes"][c]["slots"][s]["kind"] == "inlined"]
    for fname in sorted(examples):
        doc = examples[fname]
        if not isinstance(doc, dict):
            continue
        for coll, rcls in meta["collections"].items():
            for i, rec in enumerate(doc.get(coll) or []):
                for hcls, hslot in holders:
                    if hcls == rcls and rec.get(hslot):
                        value = rec[hslot]
                        path = f"{coll}[{i}].{hslot}" + ("[0]" if isinstance(value, list) else "")
                        return f"`{fname}`, `{path}`", value[0] if isinstance(value, list) else value
        for hcls, hslot in holders:  # inlined directly in the envelope (e.g. its period)
            if hcls == root and doc.get(hslot):
                return f"`{fname}`, `{hslot}`", doc[hslot]
    return None


def statement_section(cls: dict[str, Any], titles: dict[int, str]) -> list[str]:
    """The reverse view of the Joint Statement page: the commitments the class and its slots serve."""
    own = cls.get("commitments", [])
    by_slot = [(s, slot["commitments"]) for s, slot in cls["slots"].items() if slot.get("commitments")]
    if not own and not by_slot:
        return []
    out = ["## Joint Statement\n"]
    if own:
        out.append(f"Serves these commitments of the [2025 Bangkok Joint Statement]({STATEMENT_PAGE}): "
                   f"{commitment_links(own, titles, STATEMENT_PAGE)}.\n")
    if by_slot:
        out.append("Through its slots:\n")
        out += [f"- [`{s}`](#{s}): {commitment_links(nums, titles, STATEMENT_PAGE)}" for s, nums in by_slot]
        out.append("")
    return out


def class_page(cname: str, meta: dict[str, Any], examples: dict[str, dict], titles: dict[int, str]) -> str:
    cls = meta["classes"][cname]
    refs = _references(meta)[cname]
    clash = _CLASS_HEADING_IDS & set(cls["slots"])
    if clash:
        raise ValueError(f"slot name(s) {sorted(clash)} of {cname} clash with a heading anchor of the class page")
    out = [header(META), f"# {cname}\n"]
    kind = []
    if cls.get("abstract"):
        kind.append("Abstract class: never appears on its own; every record type inherits its slots.")
    elif cls.get("record"):
        colls = [c for c, r in meta["collections"].items() if r == cname]
        where = ", ".join(f"`{c}`" for c in colls)
        kind.append(f"Record type, exchanged in the {where} collection of the [export envelope]({meta['root']}.md).")
    elif cname == meta.get("root"):
        kind.append("The root object of every export document.")
    else:
        kind.append("Structured value, always written inside the record that holds it (never on its own).")
    out.append(f"*{' '.join(kind)}*\n")
    out.append(text(cls.get("description")) + "\n")
    out.append("## Slots\n")
    out.append(
        "Cardinality `1..1` means required and single, `0..1` optional, `0..*` an optional list and `1..*` a "
        "non-empty list. Sensitivity says how the value must be handled when shared; see "
        "[Privacy and sensitive data](../../guides/privacy.md).\n"
    )
    rows = []
    for sname, slot in cls["slots"].items():
        rows.append([
            f"{anchor(sname)}`{sname}`",
            type_cell(slot, meta, "../"),
            f"`{cardinality(slot)}`",
            "yes" if slot.get("required") else "no",
            sensitivity_link(slot["sensitivity"], "../../"),
            text(slot.get("description")),
            constraints_cell(slot),
        ])
    out.append(table(["Slot", "Type", "Cardinality", "Required", "Sensitivity", "Description", "Constraints"], rows))
    if refs:
        out.append("## Used by\n")
        for c, s in refs:
            how = "identifier" if meta["classes"][c]["slots"][s]["kind"] == "ref" else "inlined object"
            out.append(f"- [{c}.{s}]({c}.md#{s}) ({how})")
        out.append("")
    out += statement_section(cls, titles)
    out.append("## Example\n")
    ex = _example(cname, meta, examples)
    if cls.get("abstract"):
        out.append("An abstract class has no records of its own: see the example of any record type.\n")
    elif ex is None:
        out.append("No reference export contains this class yet.\n")
    else:
        where, value = ex
        out.append(f"From the synthetic reference export {where} (`reference_data/exports/`):\n")
        out.append(json_block(value))
    return "\n".join(out)


def classes_index(meta: dict[str, Any]) -> str:
    rows = []
    for cname, cls in meta["classes"].items():
        if cls.get("abstract"):
            kind = "abstract"
        elif cls.get("record"):
            kind = "record"
        elif cname == meta.get("root"):
            kind = "envelope"
        else:
            kind = "structured value"
        rows.append([f"[{cname}]({cname}.md)", kind, str(len(cls["slots"])), text(first_sentence(cls["description"]))])
    return "\n".join([
        header(META),
        "# Classes\n",
        "Every class of the GPOS schema. *Record* types are exchanged in their own collection of the export "
        "envelope and refer to each other by identifier; *structured values* are written inside the record "
        "that holds them. See also the [slot index](../slots.md) and the [entity-relationship "
        "diagram](../er-diagram.md).\n",
        table(["Class", "Kind", "Slots", "Description"], rows),
    ])


def slot_index(meta: dict[str, Any]) -> str:
    entries = sorted(
        ((sname, cname, slot) for cname, cls in meta["classes"].items() for sname, slot in cls["slots"].items()),
        key=lambda e: (e[0], e[1]),
    )
    rows = [
        [
            f"{anchor(slot_anchor(cname, sname))}`{sname}`",
            f"[{cname}](classes/{cname}.md#{sname})",
            type_cell(slot, meta, ""),
            f"`{cardinality(slot)}`",
            sensitivity_link(slot["sensitivity"], "../"),
            text(first_sentence(slot.get("description") or "")),
        ]
        for sname, cname, slot in entries
    ]
    return "\n".join([
        header(META),
        "# Slot index\n",
        f"All {len(entries)} slots of all classes, by name. Each row has its own anchor "
        "(`slots.md#Class-slot`, for example [ScamReport-typologies](#ScamReport-typologies)); the class "
        "column links to the full definition.\n",
        table(["Slot", "Class", "Type", "Cardinality", "Sensitivity", "Description"], rows),
    ])


def _record_links(meta: dict[str, Any]) -> list[tuple[str, str, str, dict[str, Any]]]:
    """(from record, to record, label, slot) for every reference between record types, including references made
    from a structured value inlined in a record (labelled ``holder.slot``)."""
    classes = meta["classes"]
    records = [c for c, v in classes.items() if v.get("record") and not v.get("abstract")]
    links = []

    def walk(owner: str, cname: str, path: str, seen: tuple[str, ...]) -> None:
        for sname, slot in classes[cname]["slots"].items():
            label = f"{path}{sname}"
            if slot["kind"] == "ref" and slot["range"] in records:
                links.append((owner, slot["range"], label, slot))
            elif slot["kind"] == "inlined" and slot["range"] not in seen and not classes[slot["range"]].get("record"):
                walk(owner, slot["range"], label + ".", (*seen, slot["range"]))

    for rec in records:
        walk(rec, rec, "", (rec,))
    return links


def _er_edge(src: str, dst: str, label: str, slot: dict[str, Any]) -> str:
    if slot.get("multivalued"):
        right = "|{" if slot.get("required") else "o{"
    else:
        right = "||" if slot.get("required") else "o|"
    return f'    {src} }}o--{right} {dst} : "{label}"'


def er_page(meta: dict[str, Any]) -> str:
    links = _record_links(meta)
    sources = sorted({src for src, _, _, _ in links})
    referrers: dict[str, set[str]] = {}
    for src, dst, _, _ in links:
        referrers.setdefault(dst, set()).add(src)
    # A record type referenced by more than half of the others (Organisation) would tie every box to one hub.
    hubs = sorted(d for d, r in referrers.items() if len(r - {d}) > len(sources) / 2)
    pairs: dict[tuple[str, str], list[str]] = {}
    for src, dst, label, _ in links:
        if dst not in hubs:
            pairs.setdefault((src, dst), []).append(label)
    overview = ["```mermaid", "flowchart TB"]
    overview += [f'    {src} -->|"{", ".join(labels)}"| {dst}' for (src, dst), labels in pairs.items()]
    overview.append("```\n")
    hub_note = (
        f"{', '.join(hubs)} {'is' if len(hubs) == 1 else 'are'} referenced by almost every record type and "
        "left out of this overview; the diagrams per record type below include it.\n" if hubs else ""
    )
    per_type = []
    for src in sources:
        own = [link for link in links if link[0] == src]
        per_type.append(f"### {src}\n")
        per_type.append(f"[{src}](classes/{src}.md) refers to:\n")
        per_type.append("\n".join(["```mermaid", "erDiagram", *(_er_edge(*link) for link in own), "```\n"]))
    rows = [
        [
            f"[{src}](classes/{src}.md)",
            f"[`{label}`](classes/{src}.md#{label.split('.')[0]})",
            f"[{dst}](classes/{dst}.md)",
            f"`{cardinality(slot)}`",
        ]
        for src, dst, label, slot in links
    ]
    return "\n".join([
        header(META),
        "# Entity-relationship diagram\n",
        "How the record types of an export refer to each other. Records never contain one another: a slot "
        "holds the identifier of the record it points to, and every identifier must resolve to a record of the "
        "right type in the same export. Structured values (amounts, locations, custody events…) are not "
        "drawn; references made from inside them are labelled with their path, such as "
        "`custody_events.from_organisation`.\n",
        "## Overview\n",
        hub_note,
        "\n".join(overview),
        "## Per record type\n",
        "Each record type with the record types it refers to. Crow's feet read as in any ER diagram: `o|` zero "
        "or one, `||` exactly one, `o{` zero or more, `|{` one or more.\n",
        *per_type,
        "## References as a table\n",
        "The same references, for readers without JavaScript and for search.\n",
        table(["From", "Slot", "To", "Cardinality"], rows),
    ])


def render(meta: dict[str, Any], examples: dict[str, dict], titles: dict[int, str]) -> dict[str, str]:
    """Every class page, the class index, the slot index and the ER diagram. ``titles`` names the Joint Statement's
    commitments by number, for the reverse view."""
    out = {f"{CLASS_DIR}/{c}.md": class_page(c, meta, examples, titles) for c in meta["classes"]}
    out[f"{CLASS_DIR}/index.md"] = classes_index(meta)
    out["docs/reference/slots.md"] = slot_index(meta)
    out["docs/reference/er-diagram.md"] = er_page(meta)
    return out
