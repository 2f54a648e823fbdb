"""Converters between GPOS exports and the peers' formats (STIX 2.1, MISP, X-ARF, CTDC/HTCDS).

Each format lives in its own module, loaded only when used, with this contract:

- ``export_document(document, audience) -> list[Output]`` (formats that can export): the document has
  already been prepared for ``audience`` by the sharing policy, so a converter never sees what the audience may
  not; the outputs are written atomically by the caller.
- ``export_stream(document, audience) -> Iterator[bytes]`` (optional, single-file formats): the same output in
  pieces, written as they come, so a large export is never held whole in memory a second time.
- ``import_path(path, options) -> ImportResult`` (formats that can import): a GPOS document and the report of
  what was not carried; the caller validates the document and writes nothing if it is invalid.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from importlib import import_module
from types import ModuleType
from typing import Any


@dataclass(frozen=True)
class PeerFormat:
    """One peer format: its command-line name, title, module and directions."""

    name: str
    title: str
    module: str
    exports: bool
    imports: bool
    suffix: str  # the usual file suffix of an export, for messages and defaults


FORMATS: dict[str, PeerFormat] = {f.name: f for f in (
    PeerFormat("stix", "STIX 2.1 bundle", "stix", True, True, ".json"),
    PeerFormat("misp", "MISP event", "misp", True, True, ".json"),
    PeerFormat("xarf", "X-ARF v4 reports", "xarf", True, False, ".jsonl"),
    PeerFormat("ctdc", "CTDC dataset (CSV)", "ctdc", True, True, ".csv"),
    PeerFormat("htcds", "IOM HTCDS case file", "htcds", True, True, ".json"),
)}


class ConversionError(ValueError):
    """Input the converter cannot read at all (the command line's exit code 2); never raised for one bad record."""


@dataclass(frozen=True)
class Output:
    """One file a converter produces: its name relative to the output path ("" for the output itself) and bytes."""

    name: str
    data: bytes


@dataclass(frozen=True)
class NotCarried:
    """Something in the source that has no place in the target, with where it was and why."""

    where: str  # the source column, property or object type
    reason: str
    example: str = ""  # a location (never a value) that shows one instance, e.g. "row 12" or "indicator--…"


@dataclass
class ImportOptions:
    """What a peer format does not say and a GPOS envelope needs; the command line fills it from its options."""

    member_country: str | None = None
    publisher: str | None = None
    export_id: str | None = None
    sharing_marking: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class ImportResult:
    """A GPOS document made from a peer file, and what of the source it could not carry."""

    document: dict[str, Any]
    not_carried: Counter[NotCarried] = field(default_factory=Counter)
    records_read: int = 0
    records_skipped: int = 0

    def skip(self, where: str, reason: str, example: str = "") -> None:
        self.not_carried[NotCarried(where, reason, example)] += 1

    def summary(self) -> list[dict[str, Any]]:
        """The not-carried report: one row per (where, reason) with its count and a first example."""
        rows: dict[tuple[str, str], dict[str, Any]] = {}
        for item, count in self.not_carried.items():
            row = rows.setdefault((item.where, item.reason),
                                  {"where": item.where, "reason": item.reason, "count": 0, "example": item.example})
            row["count"] += count
        return sorted(rows.values(), key=lambda r: (-r["count"], r["where"], r["reason"]))


def peer_format(name: str) -> PeerFormat:
    try:
        return FORMATS[name]
    except KeyError:
        raise ValueError(f"unknown format {name!r}; expected one of {', '.join(FORMATS)}") from None


class NotInstalled(ImportError):
    """A converter whose optional libraries are missing: the message says which extra to install."""


def load(name: str) -> ModuleType:
    """The converter module of a format, imported on first use."""
    fmt = peer_format(name)
    try:
        return import_module(f".{fmt.module}", __name__)
    except ModuleNotFoundError as exc:
        if (exc.name or "").startswith(__name__):
            raise NotInstalled(f"this version of gpos-standard has no {fmt.title} converter yet") from None
        raise NotInstalled(f"the {fmt.title} converter needs {exc.name!r}, which is not installed: "
                           "pip install 'gpos-standard[interop]'") from None
