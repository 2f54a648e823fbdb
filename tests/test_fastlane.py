"""The JSON Lines fast lane reports exactly what the general path reports, and its block reader loses no byte."""

from __future__ import annotations

import random
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gpos_standard.io import jsonl
from gpos_standard.io.jsonl import JsonLinesSource, line_blocks
from gpos_standard.synth import write_export
from gpos_standard.validation import Report
from gpos_standard.validation.engine import SourceValidator

NOW = datetime(2026, 1, 1, tzinfo=timezone.utc)


class _GeneralOnly(JsonLinesSource):
    """The same file, read only through ``records()``: the path every other format takes."""

    fast_lane = False


def _issues(source: JsonLinesSource) -> tuple[list[tuple[Any, ...]], int]:
    report = Report()
    SourceValidator(source, report, now=NOW).run()
    return [(i.code, i.path, i.line, i.record_type, i.record_index, i.record_id, i.message)
            for i in report.issues], report.records


def _both(path: Path) -> tuple[Any, Any]:
    return _issues(JsonLinesSource(path)), _issues(_GeneralOnly(path))


# Lines that must leave the lane: each is reported (or skipped) by the general path.
ODDITIES = [
    b"",  # blank
    b"   ",
    b'{"record_type":"Case","id":"TH-CASE-X1","id":"TH-CASE-X2"}',  # duplicate key
    b'{"record_type": "Case", "id": "TH-CASE-X3"}',  # not canonical: spaces
    b'{"record_type":"Case","id":"TH-CASE-X4"}\r',  # CRLF
    b'{"record_type":"Case","id":"TH-CASE-X5"',  # truncated
    b"[1,2,3]",
    b"42",
    b'{"record_type":"Kase","id":"TH-CASE-X6"}',  # unknown type
    b'{"id":"TH-CASE-X7"}',  # no type
    b'{"record_type":"Export","export_id":"TH-EXP-2"}',  # a second envelope
    b'{"record_type":"Case","id":"TH-CASE-X8","status":NaN}',
    b"\xff\xfe not utf-8",
    b'{"record_type":"Case","id":"TH-CASE-X9","opened_date":"2025-02-30"}',  # schema error
    b'{"record_type":["Case"],"id":"TH-CASE-X10"}',  # a type that is not text
    b'{"record_type":{"Case":1},"id":"TH-CASE-X11"}',
    b'{"record_type":null,"id":"TH-CASE-X12"}',
    b'{"record_type": "Case", "id": "TH-CASE-X13", "id": "TH-CASE-X14"}',  # Python's style, duplicate key
    b'{"record_type": "Case", "id": "TH-CASE-X15", "notes": "\\u0e01 and \xe0\xb8\x81"}',  # escaped and not
    b'{"record_type":"Case","id":"TH-CASE-X16","notes":"\\u0e01"}',  # compact, escaped
]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                   HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10_000), error_rate=st.sampled_from([0.0, 0.02, 0.2]),
       oddities=st.lists(st.tuples(st.integers(1, 400), st.sampled_from(ODDITIES)), max_size=12))
def test_the_lane_finds_what_the_general_path_finds(tmp_path: Path, seed: int, error_rate: float,
                                                     oddities: list[tuple[int, bytes]]) -> None:
    path = tmp_path / f"export-{seed}.jsonl"
    write_export(path, 300, seed, error_rate=error_rate)
    lines = path.read_bytes().split(b"\n")
    rng = random.Random(seed)
    for at, line in oddities:
        lines.insert(min(at, len(lines) - 1), line)
    for _ in range(3):  # repeated records: duplicate ids
        lines.insert(rng.randrange(1, len(lines)), lines[rng.randrange(1, len(lines) - 1)])
    path.write_bytes(b"\n".join(lines))
    fast, general = _both(path)
    assert fast == general


@pytest.mark.parametrize("style", [{}, {"ensure_ascii": False}, {"separators": (",", ":")}])
def test_lines_written_by_pythons_json_module_read_as_the_canonical_ones(tmp_path: Path, style: dict[str, Any]) -> None:
    import json

    canonical, python = tmp_path / "canonical.jsonl", tmp_path / "python.jsonl"
    write_export(canonical, 2000, 4, error_rate=0.02)
    lines = canonical.read_bytes().splitlines()
    python.write_bytes(b"".join(json.dumps(json.loads(line), **style).encode() + b"\n" for line in lines))
    fast, general = _both(python)
    assert fast == general == _issues(JsonLinesSource(canonical))


def test_the_lane_is_taken_and_agrees_on_the_reference_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "export.jsonl"
    write_export(path, 5000, 3, error_rate=0.01)
    fast, general = _both(path)
    assert fast == general and fast[1] == 5000 and fast[0]
    monkeypatch.setattr(jsonl, "_CHUNK", 4096)  # blocks cut through records many times over
    assert _issues(JsonLinesSource(path)) == fast


@settings(max_examples=300, deadline=None)
@given(content=st.lists(st.sampled_from([b"a", b"bc", b"\n", b"\n\n", b"{}", b"x" * 40]), max_size=60)
       .map(b"".join), block=st.integers(1, 64), start=st.integers(0, 5))
def test_blocks_hold_every_line_once_in_order(tmp_path_factory: Any, content: bytes, block: int,
                                              start: int) -> None:
    path = tmp_path_factory.mktemp("blocks") / "f.jsonl"
    path.write_bytes(content)
    start = min(start, len(content))
    numbered = [(first + k, line) for first, lines in line_blocks(path, start, None, 1, block)
                for k, line in enumerate(lines)]
    expected = content[start:].split(b"\n")
    if expected and expected[-1] == b"":
        expected.pop()  # the newline ending the last line does not start another
    assert numbered == list(enumerate(expected, 1))


def test_an_over_long_line_is_none_and_the_next_one_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsonl, "MAX_LINE", 100)
    path = tmp_path / "f.jsonl"
    path.write_bytes(b"short\n" + b"y" * 250 + b"\nafter\n" + b"z" * 101)
    got = [(first + k, line) for first, lines in line_blocks(path, 0, None, 1, 16) for k, line in enumerate(lines)]
    assert got == [(1, b"short"), (2, None), (3, b"after"), (4, None)]


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
                    max_leaves=8)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                   HealthCheck.function_scoped_fixture])
@given(records=st.lists(st.fixed_dictionaries({"record_type": st.one_of(st.sampled_from(["Case", "Person", "Export"]),
                                                                           JSON)}, optional={"id": JSON}),
                        min_size=1, max_size=6))
def test_any_json_object_line_is_reported_not_raised(tmp_path: Path, records: list[dict[str, Any]]) -> None:
    import json

    path = tmp_path / "fuzz.jsonl"
    write_export(path, 20, 1)
    extra = b"".join(json.dumps(r, separators=(",", ":")).encode() + b"\n" for r in records)
    path.write_bytes(path.read_bytes() + extra)
    fast, general = _both(path)
    assert fast == general
