"""The message catalogues: extract every ``tr(...)``/``N_(...)`` template from the package with Babel, keep each
language's ``.po`` file in step (new templates arrive untranslated, removed ones leave), compile the ``.mo`` files
the runtime reads with the standard library's gettext (so the runtime needs neither Babel nor its CLI).

The ``.po`` files are the source of the translations (edit them, then ``make generate``); the template
``gpos.pot`` and the ``.mo`` files are generated. Each ``.po`` file states its review status in its header comment
(``Review status: ...``), as ``reference_data/codelists/codelists.yaml`` does for the code lists' titles.
"""

from __future__ import annotations

import io
from datetime import datetime, timezone
from pathlib import Path

import yaml
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from gpos_standard.i18n import DOMAIN, LANGUAGES
from gpos_standard.resources import schema_meta
from gpos_standard.validation.structural import rule_message

KEYWORDS = {"tr": None, "N_": None, "_": None, "say": None}  # say: where "_" is taken
FIXED_DATE = datetime(2025, 1, 1, tzinfo=timezone.utc)  # the files carry no date, so they do not drift
DEFAULT_STATUS = "draft (machine translation, not yet reviewed by a native speaker)"
HEADER = """# Messages of the gpos-standard package{language}.
# Licence: Apache-2.0, as the package.
# Review status: {status}
#"""


def locale_dir(root: Path) -> Path:
    return root / "src" / "gpos_standard" / "i18n" / "locale"


def templates(root: Path) -> list[str]:
    """Every message template of the package and the title of every validation rule, sorted."""
    rules = yaml.safe_load((root / "schema" / "rules.yaml").read_text(encoding="utf-8"))
    found = {v["title"] for v in rules["enums"]["ValidationRule"]["permissible_values"].values()}
    found |= {getattr(rule_message(r["description"]), "msgid", "") for cls in schema_meta()["classes"].values()
              for r in cls.get("rules", ()) if r.get("description")}
    for _, _, message, _, _ in extract_from_dir(str(root / "src" / "gpos_standard"), [("**.py", "python")],
                                                keywords=KEYWORDS):
        if isinstance(message, str) and message:
            found.add(message)
    return sorted(found)


def review_status(po_text: str) -> str | None:
    for line in po_text.splitlines():
        if line.startswith("# Review status:"):
            return line.split(":", 1)[1].strip()
    return None


def _catalog(lang: str | None, status: str) -> Catalog:
    header = HEADER.format(language="" if lang is None else f", in {lang}", status=status)
    return Catalog(locale=lang, domain=DOMAIN, header_comment=header, project="gpos-standard", version="",
                   creation_date=FIXED_DATE, revision_date=FIXED_DATE, fuzzy=False, charset="utf-8",
                   last_translator="", language_team="")


def _po_bytes(catalog: Catalog) -> bytes:
    buf = io.BytesIO()
    write_po(buf, catalog, width=120, no_location=True, sort_output=True, omit_header=False)
    return buf.getvalue()


def render(root: Path) -> dict[Path, bytes]:
    """gpos.pot, and each language's .po (kept in step) and .mo."""
    folder = locale_dir(root)
    ids = templates(root)
    pot = _catalog(None, "template (no translations)")
    for msgid in ids:
        pot.add(msgid)
    out = {folder / f"{DOMAIN}.pot": _po_bytes(pot)}
    for lang in LANGUAGES[1:]:
        po_path = folder / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
        old: dict[str, str] = {}
        status = DEFAULT_STATUS
        if po_path.is_file():
            text = po_path.read_text(encoding="utf-8")
            status = review_status(text) or status
            with po_path.open("rb") as f:
                old = {m.id: m.string for m in read_po(f) if m.id and isinstance(m.id, str)}
        catalog = _catalog(lang, status)
        for msgid in ids:
            catalog.add(msgid, old.get(msgid, ""))
        out[po_path] = _po_bytes(catalog)
        mo = io.BytesIO()
        write_mo(mo, catalog)
        out[po_path.with_suffix(".mo")] = mo.getvalue()
    return out
