"""Versions of the standard: which one an export declares, which rules apply to it, and how versions differ.

``resolve`` picks the shipped version whose rules apply to a declared ``standard_version``: the same major.minor
release (patch releases never change what is valid). ``diff`` compares two versions and classifies each change;
``upgrade`` moves an export between versions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..i18n import tr
from ..resources import current_version, supported_versions

SEMVER = re.compile(r"(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)")

__all__ = ["Resolution", "parse", "resolve", "supported_text"]


def parse(version: Any) -> tuple[int, int, int] | None:
    """MAJOR.MINOR.PATCH as numbers, or None when ``version`` is not a semantic version."""
    if not isinstance(version, str):
        return None
    match = SEMVER.fullmatch(version)
    return (int(match[1]), int(match[2]), int(match[3])) if match else None


def supported_text() -> str:
    """The supported versions as people read them: 0.1.x and 0.2.x."""
    minors = dict.fromkeys(".".join(v.split(".")[:2]) + ".x" for v in supported_versions())
    return " and ".join([", ".join(list(minors)[:-1]), list(minors)[-1]] if len(minors) > 1 else list(minors))


@dataclass(frozen=True)
class Resolution:
    """The version whose rules apply, and what to say about the declared one (a rule code and message, or None)."""

    version: str
    code: str | None = None
    message: str | None = None


def resolve(declared: Any) -> Resolution:
    current = current_version()
    wanted = parse(declared)
    if wanted is None:  # absent or not a version: the schema reports it; check against the current version
        return Resolution(current)
    known = {parse(v): v for v in supported_versions()}
    same_minor = sorted(v for v in known if v is not None and v[:2] == wanted[:2])
    if same_minor:
        newest = same_minor[-1]
        if wanted in known:
            return Resolution(known[wanted])
        if wanted > newest:
            return Resolution(known[newest], "GPOS-W003", tr(
                "standard version {declared} is a newer patch release than this validator knows; it was checked "
                "against {version}, which accepts the same data (patch releases never change what is valid)",
                declared=declared, version=known[newest]))
        return Resolution(known[newest])  # an older patch: the newest patch of the same minor version applies
    newest_supported = max(v for v in known if v is not None)
    if wanted > newest_supported:
        advice = tr("upgrade gpos-standard (pip install -U gpos-standard) to validate it")
    else:
        advice = tr("upgrade the export with `gpos upgrade` or declare a supported version")
    return Resolution(current, "GPOS-E012", tr(
        "standard version {declared} is not supported by this validator (supported: {supported}); {advice}. The "
        "data was checked against {version}", declared=declared, supported=supported_text(), advice=advice,
        version=current))
