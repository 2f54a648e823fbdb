"""Large JSON documents are validated record by record, with the same issues and lines as when loaded whole."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from gpos_standard.io.document import DocumentSource
from gpos_standard.io.records import Source
from gpos_standard.io.stream_document import StreamingDocumentSource
from gpos_standard.validation.engine import SourceValidator
from gpos_standard.validation.report import Report

from conftest import EXPORTS, INVALID_DIR

NOW = datetime(2025, 7, 15, tzinfo=timezone.utc)
DOCUMENTS = [*EXPORTS, *sorted(INVALID_DIR.glob("*.json"))]


def _issues(source: Source) -> set[tuple[str, str, int | None]]:
    report = Report()
    SourceValidator(source, report, now=NOW).run()
    return {(i.code, i.path, i.line) for i in report.issues}


def _whole(path: Path) -> Source:
    from gpos_standard.io.records import ReadError

    try:
        return DocumentSource(path)
    except ReadError as exc:
        from gpos_standard.validation import _Unreadable

        return _Unreadable(str(path), exc)


def _streamed(path: Path) -> Source:
    from gpos_standard.io.records import ReadError

    try:
        return StreamingDocumentSource(path)
    except ReadError as exc:
        from gpos_standard.validation import _Unreadable

        return _Unreadable(str(path), exc)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_streamed_and_whole_documents_give_the_same_issues(path: Path) -> None:
    whole, streamed = _issues(_whole(path)), _issues(_streamed(path))
    if any(code == "GPOS-E001" for code, _, _ in whole):  # unreadable: same verdict, wording may differ
        assert {c for c, _, _ in streamed} == {"GPOS-E001"}
    else:
        assert streamed == whole


def test_envelope_after_the_collections(tmp_path: Path) -> None:
    doc = json.loads(EXPORTS[0].read_text(encoding="utf-8"))
    collections = {k: v for k, v in doc.items() if isinstance(v, list)}
    envelope = {k: v for k, v in doc.items() if not isinstance(v, list)}
    path = tmp_path / "late.json"
    path.write_text(json.dumps({**collections, **envelope}, indent=1), encoding="utf-8")
    assert _issues(_streamed(path)) == set()


@pytest.mark.parametrize("text,words", [
    ('{"licence": "a", "licence": "b"}', "duplicate key"),
    ('{"scam_reports": [{"id": "TH-R-1", "id": "TH-R-2"}]}', "duplicate key"),
    ('{"scam_reports": [{"x": NaN}]}', "NaN"),
    ('{"scam_reports": [', "not valid JSON"),
    ('{"a": 1} trailing', "extra data"),
    ("[1, 2]", "must be a JSON object"),
])
def test_broken_documents_are_unreadable(tmp_path: Path, text: str, words: str) -> None:
    path = tmp_path / "broken.json"
    path.write_text(text, encoding="utf-8")
    report = Report()
    SourceValidator(_streamed(path), report, now=NOW).run()
    assert [i.code for i in report.issues] == ["GPOS-E001"]
    assert words in report.issues[0].message
