"""Export packages: a zip (or folder) with ``manifest.json`` and the data as ``data/export.jsonl``.

Writing is deterministic (same export, same bytes: fixed dates and permissions, sorted members, keys in schema
order), so a package can be signed or compared by hash. Reading never extracts anything: zip members are
streamed through :class:`~.archive.SafeZip`, which refuses unsafe paths, links, bombs and duplicates. The manifest
is checked against the Manifest class, every listed file against its size and SHA-256, and the records against
the manifest's counts and envelope; each problem is a finding (GPOS-E060..E064) naming the file.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections import Counter
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import IO, Any

from .. import schema_info
from ..resources import json_schema, schema_meta
from .archive import SafeZip, is_zip
from .jsonl import JsonLinesSource
from .loaders import LoadError, load_json_text
from .records import BadRecord, Locate, Location, ReadError, RecordItem, Source, json_pointer

MANIFEST = "manifest.json"
DATA_FILE = "data/export.jsonl"
MAX_MANIFEST = 16 * 1024**2
ENVELOPE_FIELDS = ("standard_version", "export_id", "publisher", "member_country", "created_at", "period",
                   "sharing_marking", "licence")
_CHUNK = 1024**2


# -- writing ---------------------------------------------------------------------------------------------------------
def _ordered(value: Any, cls: str) -> Any:
    """``value`` with keys in schema order (unknown keys after, sorted): the canonical, deterministic form."""
    if isinstance(value, list):
        return [_ordered(v, cls) for v in value]
    if not isinstance(value, dict):
        return value
    slots = schema_meta()["classes"].get(cls, {}).get("slots", {})
    out = {}
    known = [*(["id"] if "id" in slots else []), *(s for s in slots if s != "id")]  # the id first, for readers
    for name in [*(s for s in known if s in value), *sorted(k for k in value if k not in slots)]:
        meta = slots.get(name)
        out[name] = _ordered(value[name], meta["range"]) if meta and meta["kind"] == "inlined" else value[name]
    return out


def _writer_of(document: dict[str, Any]) -> Any:
    """A :class:`~.package_writer.PackageWriter` holding every record of a document, in collection order."""
    from .package_writer import PackageWriter

    collections = schema_info.collections()
    writer = PackageWriter({k: v for k, v in document.items() if k not in collections})
    try:
        for name in collections:
            for record in document.get(name) or []:
                writer.add(name, record)
    except BaseException:
        writer.close()
        raise
    return writer


def canonical_jsonl(document: dict[str, Any]) -> tuple[bytes, dict[str, int]]:
    """The export as canonical JSON Lines, and the number of records per collection."""
    writer = _writer_of(document)
    try:
        return writer.data(), writer.ordered_counts()
    finally:
        writer.close()


def publisher_name(document: dict[str, Any]) -> str | None:
    for org in document.get("organisations") or []:
        if isinstance(org, dict) and org.get("id") == document.get("publisher") and isinstance(org.get("name"), str):
            return str(org["name"])
    return None


def build_manifest(document: dict[str, Any], files: dict[str, bytes], counts: dict[str, int],
                   redaction: dict[str, Any] | None = None) -> dict[str, Any]:
    """The Manifest of a package holding ``files`` (path -> bytes) with the data of ``document``."""
    digests = {path: (len(data), hashlib.sha256(data).hexdigest()) for path, data in files.items()}
    return manifest_for(document, publisher_name(document), digests, counts, redaction)


def manifest_for(envelope: dict[str, Any], publisher: str | None, files: dict[str, tuple[int, str]],
                 counts: dict[str, int], redaction: dict[str, Any] | None = None) -> dict[str, Any]:
    """The Manifest from the envelope's fields and each file's size and SHA-256 (path -> (bytes, hex digest))."""
    manifest: dict[str, Any] = {k: envelope[k] for k in ENVELOPE_FIELDS if k in envelope}
    if publisher:
        manifest["publisher_name"] = publisher
    manifest["data_format"] = "jsonl"
    manifest["record_counts"] = [{"collection": c, "count": n} for c, n in counts.items()]
    manifest["files"] = [{"path": p, "bytes": size, "sha256": digest} for p, (size, digest) in sorted(files.items())]
    if redaction:
        manifest["redaction"] = redaction
    return _ordered(manifest, "Manifest")


def manifest_bytes(manifest: dict[str, Any]) -> bytes:
    return (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def package_bytes(document: dict[str, Any], redaction: dict[str, Any] | None = None) -> bytes:
    """The package as bytes: the same document always gives the same bytes."""
    buffer = io.BytesIO()
    writer = _writer_of(document)
    try:
        writer.write_to(buffer, redaction)
    finally:
        writer.close()
    return buffer.getvalue()


def write_package(document: dict[str, Any], path: Path, redaction: dict[str, Any] | None = None) -> None:
    """Write the package of a document held in memory (large exports: :class:`~.package_writer.PackageWriter`)."""
    writer = _writer_of(document)
    try:
        writer.write(path, redaction)
    finally:
        writer.close()


# -- reading ---------------------------------------------------------------------------------------------------------
def is_package(path: Path) -> bool:
    """Whether ``path`` is an export package: a folder or zip with ``manifest.json`` at its root."""
    if path.is_dir():
        return (path / MANIFEST).is_file()
    try:
        if not path.is_file() or not is_zip(path):
            return False
        with zipfile.ZipFile(path) as archive:
            return any(n.replace("\\", "/") == MANIFEST for n in archive.namelist())
    except (OSError, zipfile.BadZipFile, ValueError):
        return False


class _Files:
    """The files of a package, zip or folder, opened only as bounded read streams."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.zip: SafeZip | None = None
        if path.is_dir():
            self._names = self._walk(path)
        else:
            try:
                self.zip = SafeZip(path)
            except ReadError as exc:
                raise ReadError(f"{path.name}: {exc} (the package may be truncated or damaged)") from None
            self._names = set(self.zip.names())

    @staticmethod
    def _walk(root: Path) -> set[str]:
        names = set()
        for child in sorted(root.rglob("*")):
            if child.is_symlink():
                raise ReadError(f"package member {child.relative_to(root).as_posix()!r} is a symbolic link; links "
                                "are not allowed in a package")
            if child.is_file():
                names.add(child.relative_to(root).as_posix())
        return names

    def names(self) -> set[str]:
        return self._names

    def open(self, name: str) -> IO[bytes]:
        if self.zip is not None:
            return self.zip.open(name)
        from .csvpkg import open_no_follow

        return open_no_follow(self.path / name)

    def close(self) -> None:
        if self.zip is not None:
            self.zip.close()


class _Member:
    """A package member posing as a Path for :class:`JsonLinesSource` (which needs ``open``, ``tell``, ``seek``)."""

    def __init__(self, files: _Files, name: str) -> None:
        self.files, self.name = files, name

    def open(self, mode: str = "rb") -> _Stream:
        return _Stream(self.files.open(self.name))

    def __str__(self) -> str:
        return self.name


class _Stream:
    """A forward-only stream that counts its position; ``seek`` re-reads from the start (zip members cannot seek)."""

    def __init__(self, raw: IO[bytes]) -> None:
        self._raw, self._pos = raw, 0

    def readline(self, limit: int = -1) -> bytes:
        line = self._raw.readline(limit)
        self._pos += len(line)
        return line

    def read(self, size: int = -1) -> bytes:
        data = self._raw.read(size)
        self._pos += len(data)
        return data

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int) -> None:
        while self._pos < offset:
            chunk = self._raw.read(min(_CHUNK, offset - self._pos))
            if not chunk:
                break
            self._pos += len(chunk)

    def __enter__(self) -> _Stream:
        return self

    def __exit__(self, *exc: object) -> None:
        self._raw.close()


@cache
def _manifest_validator() -> Any:
    import jsonschema_rs

    schema = {k: v for k, v in json_schema().items()
              if k not in ("properties", "required", "additionalProperties", "type")}
    return jsonschema_rs.validator_for({**schema, "$ref": "#/$defs/Manifest"}, validate_formats=True)


class PackageSource(Source):
    """An export package; records stream from its JSON Lines data file, problems come out of ``findings()``."""

    format = "package"

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self._files = _Files(path)
        self._findings: list[tuple[str, str, Location]] = []
        self._counts: Counter[str] = Counter()
        self._data: JsonLinesSource | None = None
        try:
            self.manifest = self._read_manifest()
            self._check_files()
            self._data = self._open_data()
        except BaseException:
            self._files.close()
            raise

    def _finding(self, code: str, message: str, sheet: str = MANIFEST) -> None:
        self._findings.append((code, message, Location(sheet=sheet)))

    def _read_manifest(self) -> dict[str, Any]:
        if MANIFEST not in self._files.names():
            raise ReadError(f"{Path(self.name).name} has no {MANIFEST}: not an export package")
        with self._files.open(MANIFEST) as handle:
            raw = handle.read(MAX_MANIFEST + 1)
        if len(raw) > MAX_MANIFEST:
            raise ReadError(f"{MANIFEST} is larger than {MAX_MANIFEST} bytes")
        try:
            manifest = load_json_text(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            self._finding("GPOS-E060", f"{MANIFEST} is not readable JSON: not valid UTF-8 (byte {exc.start})")
            return {}
        except LoadError as exc:
            self._finding("GPOS-E060", f"{MANIFEST} is not readable JSON: {exc}")
            return {}
        for error in _manifest_validator().iter_errors(manifest):
            where = json_pointer(tuple(error.instance_path)) or "/"
            self._finding("GPOS-E060", f"{MANIFEST} {where}: {error.message}")
        return manifest if isinstance(manifest, dict) else {}

    def _listed(self) -> dict[str, dict[str, Any]]:
        files = self.manifest.get("files")
        listed = {}
        for entry in files if isinstance(files, list) else []:
            if isinstance(entry, dict) and isinstance(entry.get("path"), str):
                listed[entry["path"]] = entry
        return listed

    def _check_files(self) -> None:
        if not isinstance(self.manifest.get("files"), list):
            return  # no list of files to check against (GPOS-E060 says why)
        listed = self._listed()
        present = self._files.names() - {MANIFEST}
        for name in sorted(present - set(listed)):
            self._finding("GPOS-E062", f"{name} is in the package but not listed in {MANIFEST}", name)
        for name, entry in listed.items():
            if name not in present:
                self._finding("GPOS-E062", f"{name} is listed in {MANIFEST} but missing from the package", name)
                continue
            size, digest = self._digest(name)
            if digest is None:
                self._finding("GPOS-E061", f"{name} cannot be read in full (truncated or damaged)", name)
            elif size != entry.get("bytes") or digest != entry.get("sha256"):
                self._finding("GPOS-E061", f"{name} does not match {MANIFEST} ({size} bytes, SHA-256 {digest}; "
                                           f"listed {entry.get('bytes')} bytes, {entry.get('sha256')}): it was "
                                           "altered or truncated", name)

    def _digest(self, name: str) -> tuple[int, str | None]:
        digest, size = hashlib.sha256(), 0
        try:
            with self._files.open(name) as handle:
                while chunk := handle.read(_CHUNK):
                    digest.update(chunk)
                    size += len(chunk)
        except ReadError:
            return size, None
        return size, digest.hexdigest()

    def _open_data(self) -> JsonLinesSource:
        candidates = [p for p in self._listed() if p.endswith(".jsonl") and p in self._files.names()]
        if not candidates and DATA_FILE in self._files.names():
            candidates = [DATA_FILE]
        if not candidates:
            raise ReadError(f"{Path(self.name).name} holds no JSON Lines data file ({DATA_FILE})")
        data = JsonLinesSource(_Member(self._files, candidates[0]))  # type: ignore[arg-type]
        data.name = candidates[0]
        return data

    def envelope(self) -> tuple[dict[str, Any], Locate]:
        assert self._data is not None
        try:
            envelope, locate = self._data.envelope()
        except ReadError as exc:
            raise ReadError(f"{self._data.name}: {exc}", exc.location) from None
        for key in ENVELOPE_FIELDS:
            if key in self.manifest and self.manifest[key] != envelope.get(key):
                self._finding("GPOS-E064", f"{MANIFEST} gives {key} {self.manifest[key]!r} but the data has "
                                           f"{envelope.get(key)!r}")
        return envelope, self._in_data(locate)

    def _in_data(self, locate: Locate) -> Locate:
        name = self._data.name if self._data else None

        def where(path: Any) -> Location:
            found = locate(path)
            return Location(line=found.line, row=found.row, sheet=name, column=found.column)

        return where

    def records(self) -> Iterator[RecordItem | BadRecord]:
        assert self._data is not None
        for item in self._data.records():
            if isinstance(item, RecordItem):
                self._counts[item.collection] += 1
                item.locate = self._in_data(item.locate)
            else:
                item.location = Location(line=item.location.line, sheet=self._data.name)
            yield item

    def findings(self) -> Iterator[tuple[str, str, Location]]:
        yield from self._findings
        expected = {}
        for entry in self.manifest.get("record_counts") or []:
            if isinstance(entry, dict) and isinstance(entry.get("collection"), str):
                expected[entry["collection"]] = entry.get("count")
        if self.manifest:
            for collection in sorted(set(expected) | set(self._counts)):
                found, listed = self._counts.get(collection, 0), expected.get(collection, 0)
                if found != listed:
                    yield ("GPOS-E063", f"{MANIFEST} lists {listed} {collection} but the data holds {found}",
                           Location(sheet=MANIFEST))

    def close(self) -> None:
        self._files.close()
