"""Writing an export package from records given one at a time, in any order, in bounded memory.

A national export does not fit in memory as Python objects (a million records take several gigabytes), so each
record is written at once, in canonical form, to a spool file for its collection; ``write`` then streams the
envelope line and the spool files, in collection order, into the zip's data member, hashing as it goes, and adds
the manifest. This is the only writer of the canonical form: :func:`~.package.package_bytes` and
:func:`~.package.canonical_jsonl` use it for documents held in memory. The package is written through
:mod:`.output`, so a failure never leaves a partial zip.
"""

from __future__ import annotations

import contextlib
import tempfile
import zipfile
from pathlib import Path
from typing import IO, Any

from .. import schema_info
from .archive import write_member, write_member_from
from .jsonl import dumps
from .package import DATA_FILE, MANIFEST, _ordered, manifest_bytes, manifest_for


class PackageWriter:
    """``add(collection, record)`` for every record, then ``write(path)``; ``close()`` removes the spool."""

    def __init__(self, envelope: dict[str, Any]) -> None:
        self.envelope = envelope
        self.counts: dict[str, int] = {}
        self.publisher: str | None = None
        self._classes = schema_info.collections()
        self._spool = tempfile.TemporaryDirectory(prefix="gpos-package-")
        self._files: dict[str, IO[bytes]] = {}

    def add(self, collection: str, record: Any) -> None:
        cls = self._classes[collection]
        if not isinstance(record, dict):
            raise ValueError(f"record {self.counts.get(collection, 0)} of '{collection}' is not an object")
        handle = self._files.get(collection)
        if handle is None:
            handle = self._files[collection] = open(Path(self._spool.name) / collection, "wb")
        handle.write(dumps({"record_type": cls, **_ordered(record, cls)}) + b"\n")
        self.counts[collection] = self.counts.get(collection, 0) + 1
        if (self.publisher is None and collection == "organisations" and record.get("id") == self.envelope.get(
                "publisher") and isinstance(record.get("name"), str)):
            self.publisher = record["name"]

    def ordered_counts(self) -> dict[str, int]:
        """Records per collection, in collection order."""
        return {name: self.counts[name] for name in self._classes if name in self.counts}

    def _data(self) -> tuple[bytes, list[Path]]:
        """The envelope line and the spool files that follow it: the data file, in canonical order."""
        for handle in self._files.values():
            handle.close()
        root = schema_info.root_class()
        head = dumps({"record_type": root, **_ordered(self.envelope, root)}) + b"\n"
        return head, [Path(self._spool.name) / name for name in self._classes if name in self._files]

    def data(self) -> bytes:
        """The data file in memory (small exports: examples and tests)."""
        head, parts = self._data()
        return head + b"".join(part.read_bytes() for part in parts)

    def write_to(self, target: IO[bytes], redaction: dict[str, Any] | None = None) -> None:
        """Write the package as a zip into ``target``."""
        head, parts = self._data()
        with zipfile.ZipFile(target, "w") as archive:
            size, digest = write_member_from(archive, DATA_FILE, head, parts)
            manifest = manifest_for(self.envelope, self.publisher, {DATA_FILE: (size, digest)},
                                    self.ordered_counts(), redaction)
            write_member(archive, MANIFEST, manifest_bytes(manifest))

    def write(self, path: Path, redaction: dict[str, Any] | None = None) -> None:
        """Write the package to ``path``, whole or not at all (:mod:`.output`)."""
        from .output import atomic

        with atomic(path) as handle:
            self.write_to(handle, redaction)

    def close(self) -> None:
        for handle in self._files.values():
            with contextlib.suppress(OSError):  # closing flushes, which fails again on a full disk
                handle.close()
        self._spool.cleanup()
