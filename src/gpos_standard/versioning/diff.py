"""``gpos diff OLD NEW``: every change between two versions of the standard, classified patch, minor or major.

A version is described by the two generated files the package ships per version, ``schema_meta.json`` and
``codelists.json``; OLD and NEW are shipped version numbers or folders holding those files. The rules are those of
``docs/guides/versioning.md``: **patch** changes nothing that is valid (descriptions, titles, translations,
crosswalks); **minor** keeps every valid export valid (additions, loosened constraints, deprecations, new
warnings); **major** may make a valid export invalid or change what a value means or how it must be shared.
What cannot be proved harmless (a changed pattern that is not provably wider, a property this module does not know)
is major. The checks are in :mod:`.diff_rules`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import parse

__all__ = ["LEVELS", "Change", "Description", "DiffError", "SchemaDiff", "describe", "diff", "load", "minimum_next"]

LEVELS = ("patch", "minor", "major")
META, CODELISTS = "schema_meta.json", "codelists.json"


class DiffError(ValueError):
    """A version or folder that cannot be compared (unknown version, missing or unreadable files)."""


@dataclass(frozen=True)
class Change:
    """One change: its class, the element it concerns (``slot Person.is_minor``) and what changed."""

    level: str
    element: str
    what: str

    def line(self) -> str:
        return f"{self.element}: {self.what}"

    def as_json(self) -> dict[str, str]:
        return {"level": self.level, "element": self.element, "change": self.what}


@dataclass(frozen=True)
class Description:
    """One version of the standard as the runtime knows it: its metadata and its code lists."""

    meta: dict[str, Any]
    codelists: dict[str, Any]
    source: str = ""

    @property
    def version(self) -> str:
        return str(self.meta.get("version", ""))


def load(ref: str | Path) -> Description:
    """A shipped version (``0.1.0``) or a folder holding a version's ``schema_meta.json`` and ``codelists.json``."""
    from ..resources import codelists, schema_meta, supported_versions

    text = str(ref)
    if parse(text) is not None and not Path(text).exists():
        if text not in supported_versions():
            raise DiffError(f"standard version {text} is not shipped in this package "
                            f"(shipped: {', '.join(supported_versions())}); give a folder holding its {META} "
                            f"and {CODELISTS} instead")
        return Description(schema_meta(text), codelists(text), f"{text} (shipped)")
    folder = Path(text)
    if not folder.is_dir():
        raise DiffError(f"{text}: neither a shipped version ({', '.join(supported_versions())}) nor a folder")
    missing = [name for name in (META, CODELISTS) if not (folder / name).is_file()]
    if missing:
        hint = (" (a LinkML schema folder: compare it with `python -m gpos_build.diff` from tools/)"
                if (folder / "gpos.yaml").is_file() else "")
        raise DiffError(f"{folder}: no {' or '.join(missing)} in this folder{hint}")
    try:
        meta = json.loads((folder / META).read_text(encoding="utf-8"))
        lists = json.loads((folder / CODELISTS).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DiffError(f"{folder}: cannot be read: {exc}") from None
    if not isinstance(meta, dict) or not isinstance(lists, dict) or "classes" not in meta:
        raise DiffError(f"{folder}: {META} and {CODELISTS} are not the generated files of a version")
    return Description(meta, lists, str(folder))


def minimum_next(old: str, level: str | None) -> str | None:
    """The smallest version number a release with changes of ``level`` after ``old`` may take.

    A major change needs the next major version, except while the major version is 0, when the next minor one is
    enough (semantic versioning's initial development). None when ``old`` is not a version number.
    """
    numbers = parse(old)
    if numbers is None:
        return None
    major, minor, patch = numbers
    if level == "major" and major > 0:
        return f"{major + 1}.0.0"
    if level in ("major", "minor"):
        return f"{major}.{minor + 1}.0"
    if level == "patch":
        return f"{major}.{minor}.{patch + 1}"
    return old


@dataclass
class SchemaDiff:
    old: Description
    new: Description
    changes: list[Change] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {level: sum(c.level == level for c in self.changes) for level in LEVELS}

    @property
    def largest(self) -> str | None:
        """The largest class of change, or None when nothing changed."""
        found = [c.level for c in self.changes]
        return max(found, key=LEVELS.index) if found else None

    @property
    def required_release(self) -> str | None:
        """The release the changes need: the largest class, except that a major change needs only a minor
        release while the old major version is 0."""
        old = parse(self.old.version)
        if self.largest == "major" and old is not None and old[0] == 0:
            return "minor"
        return self.largest

    @property
    def minimum_version(self) -> str | None:
        return minimum_next(self.old.version, self.largest)

    def satisfied(self) -> bool:
        """Whether NEW's version number is at least what the changes require."""
        wanted, got = parse(self.minimum_version), parse(self.new.version)
        return wanted is not None and got is not None and got >= wanted

    def summary(self) -> str:
        counts = self.counts()
        head = (f"GPOS standard {self.old.version} -> {self.new.version}: "
                + ", ".join(f"{counts[level]} {level}" for level in reversed(LEVELS)) + " change(s)")
        if self.largest is None:
            return head + "; nothing changed"
        need = (f"the largest change is {self.largest}; it needs a {self.required_release} release: "
                f"{self.minimum_version} or later")
        verdict = "" if self.satisfied() else f" (NEW is {self.new.version}: too small a step)"
        return f"{head}\n{need}{verdict}"

    def as_json(self) -> dict[str, Any]:
        return {"old": self.old.version, "new": self.new.version, "counts": self.counts(), "largest": self.largest,
                "required_release": self.required_release, "minimum_version": self.minimum_version,
                "satisfied": self.satisfied(), "changes": [c.as_json() for c in self.changes]}


HEADINGS = {
    "major": "major: data valid before may become invalid, or a value changes meaning or how it may be shared",
    "minor": "minor: every export valid before stays valid (additions, looser rules, deprecations, new warnings)",
    "patch": "patch: nothing changes what is valid (descriptions, titles, translations, crosswalks)",
}


def render_text(result: SchemaDiff) -> str:
    """The summary, then the changes grouped by class (largest first), one line each."""
    lines = [result.summary()]
    for level in reversed(LEVELS):
        group = [c for c in result.changes if c.level == level]
        if group:
            lines += ["", f"{HEADINGS[level]} ({len(group)})"]
            lines += [f"  {c.line()}" for c in group]
    return "\n".join(lines) + "\n"


def diff(old: Description, new: Description) -> SchemaDiff:
    """Every change from ``old`` to ``new``, in a stable order (element kind, then name)."""
    from .diff_rules import compare

    return SchemaDiff(old, new, compare(old.meta, old.codelists, new.meta, new.codelists))


def describe(old: str | Path, new: str | Path) -> SchemaDiff:
    return diff(load(old), load(new))
