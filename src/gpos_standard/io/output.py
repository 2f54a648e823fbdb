"""Every output of every command is written here: whole or not at all, and never over an input.

A file is written to a temporary file in the target's folder, flushed to disk (``fsync``) and renamed over the
target in one step (``os.replace``), so a failure part-way (a full disk, a file-size limit, an interrupted run)
leaves an existing output as it was and no partial file behind. A CSV package folder gets every file written
this way before any is renamed into place. An output that is the same file as an input (the same path, a hard
link or a symbolic link to it: compared by device and inode) or lies inside an input folder is refused before
anything is read. A symbolic link at the output path is replaced, never followed.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO

_NEW_FILE_MODE = 0o666  # less the umask, as open() would create it


class SameFileError(ValueError):
    """The output would overwrite an input."""


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


def refuse_inputs(output: str | Path, inputs: Iterable[str | Path]) -> None:
    """Raise SameFileError when writing ``output`` would overwrite or write into one of ``inputs``."""
    out = Path(output)
    target = _identity(out)
    resolved = out.absolute()
    for given in inputs:
        source = Path(given)
        if target is not None and _identity(source) == target:
            raise SameFileError(f"the output {out} is the same file as the input {source} (the same path, a hard "
                                "link or a symbolic link to it); choose another output path")
        if source.is_dir() and source.resolve() in (resolved.parent.resolve(), *resolved.parent.resolve().parents):
            raise SameFileError(f"the output {out} is inside the input folder {source}; choose a path outside it")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _sync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform can open a folder
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _temporary(path: Path, buffering: int = -1) -> tuple[IO[bytes], Path]:
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    return os.fdopen(fd, "wb", buffering=buffering), Path(name)


def _finish(handle: IO[bytes], temporary: Path, mode: int | None) -> None:
    handle.flush()
    os.fsync(handle.fileno())
    handle.close()
    os.chmod(temporary, _NEW_FILE_MODE & ~_umask() if mode is None else mode)


def _discard(handle: IO[bytes], temporary: Path) -> None:
    with contextlib.suppress(OSError):  # closing flushes, which fails again when the disk is full
        handle.close()
    temporary.unlink(missing_ok=True)


@contextlib.contextmanager
def atomic(path: str | Path, mode: int | None = None, buffering: int = -1) -> Iterator[IO[bytes]]:
    """A binary handle whose content becomes ``path`` only once everything was written and synced.

    ``mode``: the file's permissions (default: as a new file, per the umask); the file never exists with
    wider permissions than these.
    """
    target = Path(path)
    handle, temporary = _temporary(target, buffering)
    try:
        yield handle
        _finish(handle, temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        _discard(handle, temporary)
        raise
    _sync_folder(target.parent)


def write_bytes(path: str | Path, data: bytes, mode: int | None = None) -> None:
    with atomic(path, mode) as handle:
        handle.write(data)


def write_folder(folder: Path, files: list[tuple[str, bytes | Callable[[IO[bytes]], None]]]) -> None:
    """Write several files into ``folder`` (created if needed): all are written and synced to temporary files
    first, then renamed into place, so a failure leaves the folder's previous files as they were. A file is its
    bytes, or a function writing them into the handle it is given (large files, written as they are made)."""
    folder.mkdir(parents=True, exist_ok=True)
    written: list[tuple[Path, Path]] = []
    try:
        for name, data in files:
            target = folder / name
            handle, temporary = _temporary(target, 1024**2)
            written.append((temporary, target))
            try:
                if isinstance(data, bytes):
                    handle.write(data)
                else:
                    data(handle)
                _finish(handle, temporary, None)
            except BaseException:
                _discard(handle, temporary)
                raise
    except BaseException:
        for temporary, _ in written:
            temporary.unlink(missing_ok=True)
        raise
    for temporary, target in written:
        os.replace(temporary, target)
    _sync_folder(folder)


@contextlib.contextmanager
def folder_writer(folder: Path) -> Iterator[Callable[[str], IO[bytes]]]:
    """:func:`write_folder` for files written piece by piece (in bounded memory): ``add(name)`` opens a temporary
    file for ``folder/name``; when the block ends every file is synced and renamed into place, and if it fails
    none is."""
    folder.mkdir(parents=True, exist_ok=True)
    opened: list[tuple[IO[bytes], Path, Path]] = []

    def add(name: str) -> IO[bytes]:
        handle, temporary = _temporary(folder / name)
        opened.append((handle, temporary, folder / name))
        return handle

    try:
        yield add
        for handle, temporary, _ in opened:
            _finish(handle, temporary, None)
    except BaseException:
        for handle, temporary, _ in opened:
            _discard(handle, temporary)
        raise
    for _, temporary, target in opened:
        os.replace(temporary, target)
    _sync_folder(folder)
