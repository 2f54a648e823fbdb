"""Run every rule over one source: structure, then the record rules, then the rules that need the whole export.

Structural checks use the compiled JSON Schema per record type; the semantic rules are compiled into per-class
plans (``walk``); cross-record state lives in an :class:`ExportContext`. Records are visited once, in the order
the source gives them, so a streaming source is validated in constant memory apart from ids and references.
"""

from __future__ import annotations

import gc
from array import array
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Any

from .. import schema_info
from ..extension import Extension, ExtensionSet
from ..extension.module import extension_mismatch
from ..i18n import tr
from ..io.records import BadRecord, Locate, Location, ReadError, RecordItem, Source, json_pointer
from ..resources import current_version, schema_meta
from ..versioning import resolve
from . import semantic, structural
from .compiled import compiled_for
from .context import DUPLICATE_ID, ExportContext, Where
from .report import Issue, Report, Suggestion
from .suggest import sheet_name, suggest
from .walk import Finding, RecordScope, apply, plan_for, references_in

ROOT = "Export"
Progress = Callable[[int], None]



@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector for one export, rules at the end included: validation makes no reference
    cycles, and the collector would walk the growing state of the export (pending references, roles in cases)
    again and again, with a full collection landing while that state is alive."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


class SourceValidator:
    """Validates one source into a report."""

    def __init__(self, source: Source, report: Report, now: datetime | None = None,
                 progress: Progress | None = None, extensions: list[Extension] | None = None) -> None:
        self.source = source
        self.available_extensions = list(extensions or [])  # given with --extension
        self.prefixes: tuple[str, ...] = ()  # prefixes of the extensions the export declares
        self.extension_set: ExtensionSet | None = None  # the declared extensions the validator was given
        self.report = report
        self.context = ExportContext(now=now or datetime.now(timezone.utc))
        self.progress = progress
        self.version = current_version()  # the version whose rules apply, set from the envelope
        self.collections = schema_info.collections(self.version)
        self._foreign_collections: set[str] = set()  # collections of a newer version, reported once each
        self.seq = -1  # sequence number of the current record in the source
        self.id_seqs: array[int] | None = None  # when set, the sequence number of each new id, in order

    # -- reporting -------------------------------------------------------------------------------------------------
    def emit(self, code: str, message: str, where: Where, suggestion: Suggestion | None = None) -> None:
        location: Location = where.locate(where.path)
        full = where.path
        if where.collection is not None:
            full = (where.collection, *(() if where.index is None else (where.index,)), *where.path)
        self.report.add(Issue(
            code=code, message=message, file=self.source.name, path=json_pointer(full), line=location.line,
            row=location.row, sheet=location.sheet, column=location.column, record_type=where.record_type or None,
            record_index=where.index, record_id=where.record_id, suggestion=suggestion,
        ))

    def suggestion(self, code: str, message: str, data: Any, path: tuple[Any, ...], record_type: str
                   ) -> Suggestion | None:
        return suggest(code, message, data, path, record_type, self.version, self.context.default_region)

    # -- the run -----------------------------------------------------------------------------------------------
    @collector_paused()
    def run(self) -> None:
        if self.check_envelope() and self.check_records():  # a source unreadable part-way has no cross-record
            self.finish()  # rules to run: the records not read would be reported as missing

    def check_envelope(self) -> bool:
        """Read and check the envelope; False when the source cannot be read at all."""
        if getattr(self.source, "bare", False):  # records given without an envelope
            return True
        try:
            envelope, locate = self.source.envelope()
        except ReadError as exc:
            self.emit("GPOS-E001", str(exc), _at(exc.location))
            return False
        region = envelope.get("member_country")
        self.context.default_region = region if isinstance(region, str) else None
        self.choose_version(envelope, locate)
        self.choose_extensions(envelope, locate)
        self._check_object(envelope, None, None, ROOT, None, locate)
        return True

    def choose_extensions(self, envelope: dict[str, Any], locate: Locate) -> None:
        """Accept the fields of the extensions the export declares; check those the validator was given
        (GPOS-W005 for a declared extension it was not given, GPOS-E013 for one that does not fit)."""
        declared = envelope.get("extensions")
        if not isinstance(declared, list) or "extension_fields" not in schema_meta(self.version)["conventions"]:
            return
        given = {e.name: e for e in self.available_extensions}
        used: list[Extension] = []
        prefixes: list[str] = []
        for i, use in enumerate(declared):
            if not isinstance(use, dict) or not isinstance(use.get("prefix"), str):
                continue  # the schema reports it
            name, prefix, version = use.get("name"), use["prefix"], use.get("version")
            prefixes.append(prefix)
            where = Where(None, None, None, ROOT, ("extensions", i), locate)
            ext = given.get(name) if isinstance(name, str) else None
            if ext is None:
                self.emit("GPOS-W005", tr("the export uses the extension {name} {version} (fields {prefix}:...); its "
                                          "fields and rules were not checked: give its module with --extension",
                                          name=name, version=version, prefix=prefix), where)
                continue
            problem = extension_mismatch(ext, prefix, version, self.version)
            if problem:
                self.emit("GPOS-E013", problem, where)
                continue
            used.append(ext)
        self.prefixes = tuple(sorted(set(p for p in prefixes if isinstance(p, str))))
        if used:
            self.extension_set = ExtensionSet(used, self.version)
            self.context.extra_codes = self.extension_set.extra_codes

    def choose_version(self, envelope: dict[str, Any], locate: Locate) -> None:
        """Apply the rules of the version the export declares (GPOS-E012, GPOS-W003 when it is not one of ours)."""
        resolution = resolve(envelope.get("standard_version"))
        self.version = resolution.version
        self.collections = schema_info.collections(self.version)
        if resolution.code is not None and resolution.message is not None:
            self.emit(resolution.code, resolution.message, Where(None, None, None, ROOT, ("standard_version",), locate))

    def check_records(self) -> bool:
        """Check every record; False when the source turned out unreadable part-way (a damaged zip member)."""
        from . import fastlane

        try:
            if getattr(self.source, "fast_lane", False):
                self.report.records += fastlane.run(self, self.source, {})  # type: ignore[arg-type]
            else:
                self.report.records += fastlane.run_items(self, self.source.records())
        except ReadError as exc:
            self.emit("GPOS-E001", str(exc), _at(exc.location))
            return False
        return True

    def check_item(self, item: RecordItem | BadRecord) -> None:
        if isinstance(item, BadRecord):
            self.bad_record(item)
        else:
            self._record(item)

    def bad_record(self, item: BadRecord) -> None:
        code = item.code or ("GPOS-E001" if item.collection is None else "GPOS-E011")
        sheet = getattr(item.message, "params", {}).get("sheet")
        self.emit(code, item.message, _at(item.location, item.collection, item.index),
                  sheet_name(str(sheet), self.collections) if sheet else None)

    def finish(self) -> None:
        """The container's own findings, then the rules that need every record."""
        for code, message, location in self.source.findings():
            self.emit(code, message, _at(location))
        self._finish()

    def _record(self, item: RecordItem) -> None:
        self.seq += 1
        record_type = self.collections.get(item.collection)
        if record_type is None:  # a collection that only a newer version of the standard has
            if item.collection not in self._foreign_collections:
                self._foreign_collections.add(item.collection)
                self.emit("GPOS-E003", tr("{record} has an unknown field '{field}' (not a collection of standard "
                                          "version {version})", record=ROOT, field=item.collection,
                                          version=self.version),
                          Where(None, None, None, ROOT, (), item.locate))  # E003 points at the object
            return
        data = item.data
        if not isinstance(data, dict):
            self.emit("GPOS-E011", tr("record {index} of '{collection}' must be an object, not {kind}",
                                      index=item.index, collection=item.collection,
                                      kind="null" if data is None else type(data).__name__),
                      Where(item.collection, item.index, None, record_type, (), item.locate))
            return
        record_id = data.get("id") if isinstance(data, dict) else None
        record_id = record_id if isinstance(record_id, str) else None
        if isinstance(record_id, str):
            other = self.context.add_id(record_id, record_type)
            if other is None and self.id_seqs is not None:
                self.id_seqs.append(self.seq)
            elif other is not None:
                self.emit("GPOS-E020", tr(DUPLICATE_ID, id=record_id, other=other),
                          Where(item.collection, item.index, record_id, record_type, ("id",), item.locate))
        self._check_object(data, item.collection, item.index, record_type, record_id, item.locate)

    def _check_object(self, data: Any, collection: str | None, index: int | None, record_type: str,
                      record_id: str | None, locate: Locate) -> None:
        seq = -1 if record_type == ROOT else self.seq
        scope = RecordScope(collection, index, record_type, record_id, self.context, locate, True, seq, self.version)
        findings = check_object(data, scope, self.prefixes)
        if self.extension_set is not None and isinstance(data, dict):
            findings += self.extension_set.check(record_type, data)
        for code, message, path in findings:
            self.emit(code, message, Where(collection, index, record_id, record_type, path, locate),
                      self.suggestion(code, message, data, path, record_type))

    def _finish(self) -> None:
        unresolved = self.context.unresolved()
        if unresolved or self.context.late_duplicates:
            self._report_references(unresolved)
        for code, message, where in semantic.domain.finish(self.context):
            self.emit(code, message, where)

    def _report_references(self, unresolved: dict[int, set[str]]) -> None:
        """Read the records holding unresolved references (or late duplicate ids) once more, to say exactly
        where each one is."""
        if -1 in unresolved:
            envelope, locate = self.source.envelope()
            self._reference_issues(envelope, ROOT, None, None, None, locate, unresolved[-1])
        seq = -1
        duplicates = self.context.late_duplicates
        for item in self.source.records():
            if isinstance(item, BadRecord):
                continue
            seq += 1
            if seq in duplicates:
                record_id, other = duplicates[seq]
                self.emit("GPOS-E020", tr(DUPLICATE_ID, id=record_id, other=other),
                          Where(item.collection, item.index, record_id, self.collections[item.collection], ("id",),
                                item.locate))
            values = unresolved.get(seq)
            if values and isinstance(item.data, dict) and item.collection in self.collections:
                data = item.data
                record_id = data.get("id") if isinstance(data.get("id"), str) else None
                self._reference_issues(data, self.collections[item.collection], item.collection, item.index,
                                       record_id, item.locate, values)

    def _reference_issues(self, data: dict[str, Any], record_type: str, collection: str | None, index: int | None,
                          record_id: str | None, locate: Locate, values: set[str]) -> None:
        ids = self.context.ids
        for value, expected, path in references_in(plan_for(record_type, self.version), data):
            actual = ids.get(value)
            if value not in values or actual == expected:
                continue
            where = Where(collection, index, record_id, record_type, path, locate)
            shown = schema_info.show(schema_info.slot_at(path, record_type), value)
            if actual is None:
                self.emit("GPOS-E021", tr("'{field}' refers to {value}, but no record in the export has that id "
                                          "(expected a {expected})", field=_slot_name(path), value=shown,
                                          expected=expected), where)
            else:
                self.emit("GPOS-E022", tr("'{field}' refers to {value}, which is a {actual}; it must be a {expected}",
                                          field=_slot_name(path), value=shown, actual=actual, expected=expected), where)


def check_object(data: Any, scope: RecordScope, prefixes: tuple[str, ...] = ()) -> list[Finding]:
    """The findings of the rules of one object (a record, or the envelope when ``scope.record_type`` is Export):
    structure first, then the semantic rules. Shared by the export validator and by ``validate_record`` and the
    models, so that all three judge a record by one implementation. Cross-record rules only gather facts into
    ``scope.context`` here."""
    definition = None if scope.record_type == ROOT else scope.record_type
    findings: list[Finding] = list(structural.check(data, definition, scope.version, prefixes))
    if not isinstance(data, dict):
        return findings
    scope.clean = not findings
    if scope.clean:  # every value has its declared shape: the compiled checks need not test it
        compiled_for(scope.record_type, scope.version)(data, scope, findings, ())
    else:
        apply(plan_for(scope.record_type, scope.version), data, scope, findings)
    return findings


def _at(location: Location, collection: str | None = None, index: int | None = None) -> Where:
    """Where for a finding that has a location but no record path."""
    return Where(collection, index, None, "", (), lambda _, loc=location: loc)


def _slot_name(path: tuple[Any, ...]) -> str:
    names = [p for p in path if isinstance(p, str)]
    return names[-1] if names else "reference"

