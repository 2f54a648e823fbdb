"""Validate a large JSON Lines export on several cores (``gpos validate --jobs N``).

The file is cut into byte ranges at line boundaries. Each worker process runs the ordinary per-record rules
(structure, identifiers, dates, references to records in its own range) on its range and sends back its issues
and the compact facts the cross-record rules need: ids, references it could not resolve, roles in cases. The
parent merges them in file order, finds duplicate ids across ranges, and runs the cross-record rules once, so
the report holds the same issues as a single-process run.
"""

from __future__ import annotations

import os
from array import array
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from itertools import pairwise
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from ..extension import Extension, ExtensionSet
from ..io.jsonl import JsonLinesSource, line_blocks
from ..io.records import BadRecord, Location, RecordItem
from ..schema_info import collections
from . import fastlane
from .context import PendingReferences, Where
from .engine import Progress, SourceValidator, collector_paused
from .report import Report

# Below this size a second process costs more than it saves.
PARALLEL_MIN_BYTES = 32 * 1024**2

Raw = tuple[str, str, str | None, int | None, str | None, str, tuple[Any, ...], int | None, Any]


def default_jobs(path: Path) -> int:
    """Both cores (at most four) for a large JSON Lines file, one otherwise."""
    try:
        big = path.suffix.lower() == ".jsonl" and path.stat().st_size >= PARALLEL_MIN_BYTES
    except OSError:
        return 1
    return min(4, os.cpu_count() or 1) if big else 1


def _line_of(where: Where) -> int | None:
    return where.locate(where.path).line


def _raw(code: str, message: str, where: Where, suggestion: Any = None) -> Raw:
    return (code, message, where.collection, where.index, where.record_id, where.record_type, where.path,
            _line_of(where), suggestion)


class _RangeSource(JsonLinesSource):
    """The records of one byte range of a JSON Lines file, numbered from line 1 of the range."""

    def __init__(self, path: Path, start: int, end: int) -> None:
        super().__init__(path)
        self.start, self.end = start, end

    def held_records(self, counts: dict[str, int]) -> Iterator[RecordItem | BadRecord]:
        return iter(())  # the envelope line belongs to the parent

    lines = 0  # lines in the range, known once read: the parent numbers the next range's lines from them

    def line_blocks(self) -> Iterator[tuple[int, list[bytes | None]]]:
        for first, lines in line_blocks(self.path, self.start, self.end, 1):
            self.lines = first + len(lines) - 1
            yield first, lines


class _Collector(SourceValidator):
    """A validator that keeps raw findings instead of building issues, for sending to the parent."""

    def __init__(self, source: _RangeSource, now: datetime, region: str | None, version: str,
                 prefixes: tuple[str, ...], used: list[Extension]) -> None:
        super().__init__(source, Report(), now=now)
        self.context.default_region = region
        self.version = version
        self.collections = collections(version)
        self.prefixes = prefixes
        if used:
            self.extension_set = ExtensionSet(used, version)
            self.context.extra_codes = self.extension_set.extra_codes
        self.raw: list[Raw] = []
        self.id_seqs = array("q")  # sequence number of each id of context.ids, in the same order

    def emit(self, code: str, message: str, where: Where, suggestion: Any = None) -> None:
        self.raw.append(_raw(code, message, where, suggestion))


@dataclass
class _Chunk:
    raw: list[Raw]
    ids: dict[str, str]  # the first record of each id in the range -> its type
    id_seqs: array[int]
    references: PendingReferences
    case_roles: dict[tuple[str, str], dict[str, Raw]]
    screened: set[str]
    victims: set[tuple[str, str]]
    assessed: set[tuple[str, str]]
    counts: dict[str, int] = field(default_factory=dict)
    records: int = 0
    items: int = 0  # records that could be read (the sequence numbers used by references)
    lines: int = 0


@collector_paused()
def _work(args: tuple[str, int, int, datetime, str | None, str, tuple[str, ...], list[Extension]]) -> _Chunk:
    path, start, end, now, region, version, prefixes, used = args
    source = _RangeSource(Path(path), start, end)
    collector = _Collector(source, now, region, version, prefixes, used)
    counts: dict[str, int] = {}
    collector.report.records += fastlane.run(collector, source, counts)
    ctx = collector.context
    roles = {key: {role: _raw("", "", where) for role, where in by_role.items()}
             for key, by_role in ctx.case_roles.items()}
    return _Chunk(collector.raw, ctx.ids, collector.id_seqs, ctx.references, roles, ctx.screened_persons,
                  ctx.victim_by_screening, ctx.assessed, counts, collector.report.records, collector.seq + 1,
                  source.lines)


def _split(path: Path, start: int, parts: int) -> list[tuple[int, int]]:
    """Byte ranges ``(start, end)`` cut just after a newline (the workers count their own lines)."""
    size = path.stat().st_size
    step = max(1, (size - start) // parts)
    cuts = [start]
    with path.open("rb") as handle:
        for i in range(1, parts):
            handle.seek(start + i * step)
            handle.readline()
            pos = handle.tell()
            if cuts[-1] < pos < size:
                cuts.append(pos)
    cuts.append(size)
    return list(pairwise(cuts))


def _where(raw: Raw, base_line: int, base_index: dict[str, int]) -> Where:
    _, _, collection, index, record_id, record_type, path, line, _ = raw
    if collection is not None and index is not None:
        index += base_index.get(collection, 0)
    location = Location(line=None if line is None else line + base_line)
    return Where(collection, index, record_id, record_type, path, lambda _, loc=location: loc)


@collector_paused()
def run_parallel(source: JsonLinesSource, report: Report, jobs: int, now: datetime | None = None,
                 progress: Progress | None = None, extensions: list[Extension] | None = None) -> None:
    """Validate ``source`` with ``jobs`` worker processes, adding every issue to ``report``."""
    parent = SourceValidator(source, report, now=now, extensions=extensions)
    if not parent.check_envelope():
        return
    now_used = parent.context.now
    region = parent.context.default_region
    ranges = _split(source.path, source._offset, jobs * 4)
    used = parent.extension_set.extensions if parent.extension_set is not None else []
    tasks = [(str(source.path), begin, end, now_used, region, parent.version, parent.prefixes, used)
             for begin, end in ranges]
    base_index: dict[str, int] = {}
    seen = 0
    for item in source.held_records(base_index):  # records inside the envelope line: they come first
        seen += 1
        parent.check_item(item)
    base_seq = parent.seq + 1
    ids = parent.context.ids
    with ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("fork")) as pool:
        base_line = source._line  # the envelope's line: the first range starts after it
        for chunk in pool.map(_work, tasks):
            for raw in chunk.raw:
                parent.emit(raw[0], raw[1], _where(raw, base_line, base_index), raw[8])
            # Duplicates inside a range were reported by its worker; those across ranges are found here, with
            # set operations, and located by the second read that also locates unresolved references.
            duplicates = () if ids.keys().isdisjoint(chunk.ids) else chunk.ids.keys() & ids.keys()
            if duplicates:
                order = {record_id: i for i, record_id in enumerate(chunk.ids)}
                for record_id in duplicates:
                    seq = base_seq + chunk.id_seqs[order[record_id]]
                    parent.context.late_duplicates[seq] = (record_id, ids[record_id])
                kept = {record_id: ids[record_id] for record_id in duplicates}
                ids.update(chunk.ids)
                ids.update(kept)
            else:
                ids.update(chunk.ids)
            parent.context.references.extend_shifted(chunk.references, base_seq)
            base_seq += chunk.items
            for key, by_role in chunk.case_roles.items():
                for role, raw in by_role.items():
                    parent.context.case_roles[key].setdefault(role, _where(raw, base_line, base_index))
            parent.context.screened_persons |= chunk.screened
            parent.context.victim_by_screening |= chunk.victims
            parent.context.assessed |= chunk.assessed
            for collection, count in chunk.counts.items():
                base_index[collection] = base_index.get(collection, 0) + count
            seen += chunk.records
            base_line += chunk.lines
            if progress is not None:
                progress(seen)
    report.records += seen
    parent.finish()
