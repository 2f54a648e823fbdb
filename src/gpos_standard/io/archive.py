"""Zip archives from members, read safely and never extracted; and zips written byte-for-byte reproducibly.

A CSV package may arrive as a ``.zip`` and an XLSX workbook is one, so every archive is checked before any
member is read. An archive is rejected (:class:`ReadError` naming the member) when it has:

- more than 1000 members, or two members with the same name;
- a member path that is absolute, has a drive letter, or contains ``..`` (zip-slip);
- a symbolic link, an encrypted member, or members whose data overlap (a known zip-bomb construction);
- a member larger than 2 GiB uncompressed, or compressed more than 100:1 (zip bomb). The ratio is only
  checked above 1 MiB uncompressed: small files of empty cells legitimately compress that well.

The sizes in the header are checked first and enforced again while streaming: members are read in bounded
chunks, so a header that lies about the size cannot make the reader use more memory or time.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import re
import stat
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import IO, BinaryIO

from .records import ReadError

MAX_MEMBERS = 1000
MAX_MEMBER_SIZE = 2 * 1024**3
MAX_RATIO = 100
RATIO_FLOOR = 1024**2
CHUNK = 64 * 1024
FIXED_DATE = (1980, 1, 1, 0, 0, 0)

_DRIVE = re.compile(r"^[A-Za-z]:")
# What a damaged archive makes zipfile raise (OSError: seeks to offsets a broken header points to). The file
# itself is opened before, so a missing or unreadable file still raises its own OSError.
_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, NotImplementedError, ValueError,
               RuntimeError, OSError, struct.error)


@dataclass(frozen=True)
class Limits:
    """The safety limits; tests lower them to exercise the checks quickly."""

    members: int = MAX_MEMBERS
    member_size: int = MAX_MEMBER_SIZE
    ratio: int = MAX_RATIO
    ratio_floor: int = RATIO_FLOOR


def is_zip(path: Path) -> bool:
    """Whether the file starts like a zip archive (a local header or an empty archive)."""
    with path.open("rb") as handle:
        return handle.read(4) in (b"PK\x03\x04", b"PK\x05\x06")


def _check_name(name: str) -> None:
    if not name:
        raise ReadError("the archive has a member without a name; refusing the archive")
    parts = name.replace("\\", "/").split("/")
    if name.startswith(("/", "\\")) or _DRIVE.match(name) or ".." in parts or "\x00" in name:
        raise ReadError(f"archive member {name!r} has an unsafe path (absolute or with '..'); refusing the archive")


def _check_info(info: zipfile.ZipInfo, limits: Limits) -> None:
    name = info.filename
    _check_name(name)
    if stat.S_ISLNK(info.external_attr >> 16):
        raise ReadError(f"archive member {name!r} is a symbolic link; links are not allowed in an export")
    if info.flag_bits & 0x1:
        raise ReadError(f"archive member {name!r} is encrypted; send the export without a password")
    if info.file_size > limits.member_size:
        raise ReadError(f"archive member {name!r} is larger than {limits.member_size} bytes uncompressed")
    if info.file_size > limits.ratio_floor and info.file_size > limits.ratio * max(info.compress_size, 1):
        raise ReadError(f"archive member {name!r} is compressed more than {limits.ratio}:1 (a possible zip bomb)")


class _Guarded(io.RawIOBase):
    """A member stream that counts what it inflates and stops at the limits."""

    def __init__(self, raw: IO[bytes], info: zipfile.ZipInfo, limits: Limits) -> None:
        self._raw, self._info, self._limits, self._count = raw, info, limits, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        name = self._info.filename
        try:
            data = self._raw.read(min(len(buffer), CHUNK))
        except _ZIP_ERRORS as exc:
            raise ReadError(f"archive member {name!r} is damaged: {exc}") from None
        self._count += len(data)
        limit = min(self._limits.member_size, self._info.file_size)
        ratio_cap = self._limits.ratio * max(self._info.compress_size, 1)
        if self._count > limit or (self._count > self._limits.ratio_floor and self._count > ratio_cap):
            raise ReadError(f"archive member {name!r} inflates beyond its declared size or the limits (zip bomb)")
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._raw.close()
        super().close()


class SafeZip:
    """A zip archive whose every member has passed the checks above; members are opened as bounded streams."""

    def __init__(self, path: Path, limits: Limits | None = None) -> None:
        self.path = path
        self.limits = limits or Limits()
        self._file = path.open("rb")
        try:
            self._zip = zipfile.ZipFile(self._file)
        except _ZIP_ERRORS as exc:
            self._file.close()
            raise ReadError(f"not a readable zip archive: {exc}") from None
        try:
            self._infos = self._check()
        except BaseException:
            self.close()
            raise

    def _check(self) -> dict[str, zipfile.ZipInfo]:
        infos = self._zip.infolist()
        if len(infos) > self.limits.members:
            raise ReadError(f"the archive has {len(infos)} members; at most {self.limits.members} are allowed")
        seen: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            _check_info(info, self.limits)
            key = info.filename.replace("\\", "/")
            if key in seen:
                raise ReadError(f"archive member {info.filename!r} appears twice; one copy would be ignored")
            seen[key] = info
        spans = sorted((i.header_offset, i.header_offset + i.compress_size, i.filename) for i in infos)
        for (_, end, name), (start, _, _) in itertools.pairwise(spans):
            if start < end:
                raise ReadError(f"archive member {name!r} overlaps another member (a possible zip bomb)")
        return seen

    def names(self) -> list[str]:
        """Member names in archive order, with ``/`` separators, folders left out."""
        return [name for name, info in self._infos.items() if not info.is_dir()]

    def size(self, name: str) -> int:
        return self._infos[name].file_size

    def open(self, name: str) -> BinaryIO:
        info = self._infos[name]
        try:
            raw = self._zip.open(info)
        except _ZIP_ERRORS as exc:
            raise ReadError(f"archive member {name!r} cannot be read: {exc}") from None
        return io.BufferedReader(_Guarded(raw, info, self.limits), buffer_size=CHUNK)  # type: ignore[return-value]

    def close(self) -> None:
        self._zip.close()
        self._file.close()

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _member_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    info.create_system = 0
    return info


def write_member(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    """Add a member with a fixed date and permissions, so the same content gives the same bytes."""
    archive.writestr(_member_info(name), data, compresslevel=6)


def write_member_from(archive: zipfile.ZipFile, name: str, head: bytes, parts: list[Path]) -> tuple[int, str]:
    """Add a member made of ``head`` then the files ``parts``, streamed, with the settings (and so the bytes) of
    :func:`write_member`; return its size and SHA-256."""
    size = len(head) + sum(part.stat().st_size for part in parts)
    info = _member_info(name)
    info.file_size = size  # known in advance: the zip64 decision is the one writestr makes
    # As write_member's compresslevel=6 (the attribute's name changed in Python 3.13).
    setattr(info, "compress_level" if hasattr(info, "compress_level") else "_compresslevel", 6)
    digest = hashlib.sha256(head)
    with archive.open(info, "w") as member:
        member.write(head)
        for part in parts:
            with part.open("rb") as handle:
                while chunk := handle.read(1024**2):
                    digest.update(chunk)
                    member.write(chunk)
    return size, digest.hexdigest()
