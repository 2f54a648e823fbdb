"""Validating a JSON Lines export on several processes gives exactly the issues of one process."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from gpos_standard import validate
from gpos_standard.synth import write_export

NOW = datetime(2026, 1, 1, tzinfo=timezone.utc)


def _key(report: object) -> list[tuple[object, ...]]:
    return sorted((i.code, i.path, i.line, i.record_id, i.record_index, i.message) for i in report.issues)  # type: ignore[attr-defined]


@pytest.mark.parametrize("error_rate", [0.0, 0.05])
def test_two_processes_find_what_one_finds(tmp_path: Path, error_rate: float) -> None:
    path = tmp_path / "export.jsonl"
    write_export(path, 3000, 11, error_rate=error_rate)
    one = validate(path, now=NOW, jobs=1)
    two = validate(path, now=NOW, jobs=2)
    assert _key(one) == _key(two)
    assert one.records == two.records == 3000
    assert (error_rate == 0) == one.valid


def test_duplicate_ids_across_ranges_are_found(tmp_path: Path) -> None:
    path = tmp_path / "export.jsonl"
    write_export(path, 2000, 5)
    lines = path.read_bytes().splitlines(keepends=True)
    lines.append(lines[1])  # the first record again, at the very end: a different range from the first
    path.write_bytes(b"".join(lines))
    one, two = validate(path, now=NOW, jobs=1), validate(path, now=NOW, jobs=3)
    assert _key(one) == _key(two)
    assert [i.code for i in two.issues].count("GPOS-E020") == 1
    assert two.issues[0].line == len(lines)


def test_cross_record_findings_keep_their_line_across_ranges(tmp_path: Path) -> None:
    import json

    path = tmp_path / "export.jsonl"
    write_export(path, 2000, 8)
    lines = path.read_bytes().splitlines(keepends=True)
    involvement = next(json.loads(line) for line in lines if b'"PersonInvolvement"' in line and b'"case"' in line)
    involvement.update(id="TH-PI-LATE-1", role="tip_victim_forced_criminality")
    lines.append(json.dumps(involvement).encode() + b"\n")  # an identified victim never screened: GPOS-E051
    path.write_bytes(b"".join(lines))
    one, two = validate(path, now=NOW, jobs=1), validate(path, now=NOW, jobs=3)
    assert _key(one) == _key(two)
    late = [i for i in two.issues if i.code == "GPOS-E051" and i.record_id == "TH-PI-LATE-1"]
    assert [i.line for i in late] == [len(lines)]


def test_records_inside_the_envelope_line_are_validated(tmp_path: Path) -> None:
    """Issue 15, finding 3: a collection in the first line was skipped by the parallel run."""
    import json

    path = tmp_path / "export.jsonl"
    write_export(path, 2000, 5)
    lines = path.read_bytes().splitlines(keepends=True)
    envelope = json.loads(lines[0])
    envelope["cases"] = [{"id": "TH-HELD-1", "status": "not_a_status"}, {"id": "TH-HELD-2", "bogus": 1}]
    lines[0] = json.dumps(envelope).encode() + b"\n"
    path.write_bytes(b"".join(lines))
    one, two = validate(path, now=NOW, jobs=1), validate(path, now=NOW, jobs=2)
    assert not two.valid
    assert _key(one) == _key(two)
    assert one.records == two.records == 2002
    assert {i.record_id for i in two.issues} >= {"TH-HELD-1", "TH-HELD-2"}
