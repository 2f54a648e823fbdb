"""Run every rule over one source: structure, then the record rules, then the rules that need the whole export.

Structural checks use the compiled JSON Schema per record type; the semantic rules are compiled into per-class
plans (``walk``); cross-record state lives in an :class:`ExportContext`. Records are visited once, in the order
the source gives them, so a streaming source is validated in constant memory apart from ids and references.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

from .. import schema_info
from ..io.records import BadRecord, Locate, Location, ReadError, RecordItem, Source
from . import semantic, structural
from .context import ExportContext, Where
from .report import Issue, Report
from .walk import RecordScope, apply, plan_for

ROOT = "Export"
Progress = Callable[[int], None]


def _pointer(path: tuple[Any, ...]) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


class SourceValidator:
    """Validates one source into a report."""

    def __init__(self, source: Source, report: Report, now: datetime | None = None,
                 progress: Progress | None = None) -> None:
        self.source = source
        self.report = report
        self.context = ExportContext(now=now or datetime.now(timezone.utc))
        self.progress = progress
        self.collections = schema_info.collections()

    # -- reporting -------------------------------------------------------------------------------------------------
    def emit(self, code: str, message: str, where: Where) -> None:
        location: Location = where.locate(where.path)
        full = where.path
        if where.collection is not None:
            full = (where.collection, *(() if where.index is None else (where.index,)), *where.path)
        self.report.add(Issue(
            code=code, message=message, file=self.source.name, path=_pointer(full), line=location.line,
            row=location.row, sheet=location.sheet, column=location.column, record_type=where.record_type,
            record_index=where.index, record_id=where.record_id,
        ))

    # -- the run -----------------------------------------------------------------------------------------------
    def run(self) -> None:
        try:
            envelope, locate = self.source.envelope()
        except ReadError as exc:
            self.emit("GPOS-E001", str(exc), Where(None, None, None, ROOT, (), lambda _, loc=exc.location: loc))
            return
        region = envelope.get("member_country")
        self.context.default_region = region if isinstance(region, str) else None
        self._check_object(envelope, None, None, ROOT, None, locate)
        seen = 0
        try:
            for item in self.source.records():
                seen += 1
                if self.progress is not None and seen % 1000 == 0:
                    self.progress(seen)
                if isinstance(item, BadRecord):
                    loc = item.location
                    self.emit("GPOS-E001" if item.collection is None else "GPOS-E011", item.message,
                              Where(item.collection, item.index, None, "", (), lambda _, loc=loc: loc))
                    continue
                self._record(item)
        except ReadError as exc:
            self.emit("GPOS-E001", str(exc), Where(None, None, None, ROOT, (), lambda _, loc=exc.location: loc))
        self.report.records += seen
        for code, message, location in self.source.findings():
            self.emit(code, message, Where(None, None, None, "", (), lambda _, loc=location: loc))
        self._finish()

    def _record(self, item: RecordItem) -> None:
        record_type = self.collections[item.collection]
        data = item.data
        record_id = data.get("id") if isinstance(data, dict) else None
        record_id = record_id if isinstance(record_id, str) else None
        if isinstance(record_id, str):
            other = self.context.add_id(record_id, record_type)
            if other is not None:
                self.emit("GPOS-E020", f"id {record_id} is used by more than one record (also by a {other})",
                          Where(item.collection, item.index, record_id, record_type, ("id",), item.locate))
        self._check_object(data, item.collection, item.index, record_type, record_id, item.locate)

    def _check_object(self, data: Any, collection: str | None, index: int | None, record_type: str,
                      record_id: str | None, locate: Locate) -> None:
        definition = None if record_type == ROOT else record_type
        clean = True
        for code, message, path in structural.check(data, definition):
            clean = False
            self.emit(code, message, Where(collection, index, record_id, record_type, path, locate))
        if not isinstance(data, dict):
            return
        scope = RecordScope(collection, index, record_type, record_id, self.context, locate, clean)
        findings: list[tuple[str, str, tuple[Any, ...]]] = []
        apply(plan_for(record_type), data, scope, findings)
        for code, message, path in findings:
            self.emit(code, message, Where(collection, index, record_id, record_type, path, locate))

    def _finish(self) -> None:
        ids = self.context.ids
        for value, expected, scope, path in self.context.references:
            actual = ids.get(value)
            if actual == expected:
                continue
            where = scope.where(path)
            if actual is None:
                self.emit("GPOS-E021", f"'{_slot_name(where.path)}' refers to {value}, "
                                       f"but no record in the export has that id (expected a {expected})", where)
            elif actual != expected:
                self.emit("GPOS-E022", f"'{_slot_name(where.path)}' refers to {value}, which is a {actual}; "
                                       f"it must be a {expected}", where)
        for code, message, where in semantic.domain.finish(self.context):
            self.emit(code, message, where)


def _slot_name(path: tuple[Any, ...]) -> str:
    names = [p for p in path if isinstance(p, str)]
    return names[-1] if names else "reference"

