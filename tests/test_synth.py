"""The synthetic export generator: valid by construction, reproducible, streaming, and honest about its errors."""

from __future__ import annotations

import argparse
import gc
import tracemalloc
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from gpos_standard import validate
from gpos_standard.cli import synth as synth_cli
from gpos_standard.synth import KINDS, synthesise, write_export
from gpos_standard.synth.writers import read_sidecar

# After every date the generator writes (its period ends 2025-06-30; the export is created 2025-07-01).
NOW = datetime(2025, 7, 3, tzinfo=timezone.utc)


def _issues(report: Any) -> list[tuple[str, str, str]]:
    return [(i.code, i.path, i.message) for i in report.issues]


@pytest.mark.parametrize(("records", "seed", "member", "suffix"), [
    (1, 0, "TH", ".json"),
    (40, 1, "TH", ".jsonl"),
    (3_000, 2, "BD", ".json"),
    (3_000, 3, "NP", ".jsonl"),
    (3_000, 4, "PE", ".json"),
    (3_000, 5, "AE", ".jsonl"),
    (3_000, 6, "FR", ".json"),  # a country without a hand-written profile
    (20_000, 7, "TH", ".jsonl"),
])
def test_generated_exports_are_valid(tmp_path: Path, records: int, seed: int, member: str, suffix: str) -> None:
    path = tmp_path / f"export{suffix}"
    result = write_export(path, records, seed, member=member)
    assert result.injected == [] and result.sidecar is None
    report = validate(path, now=NOW)
    assert _issues(report) == []
    assert report.records == records


def test_mix_is_realistic() -> None:
    counts = Counter(record["record_type"] for record in synthesise(20_000, 11))
    assert counts.pop("Export") == 1
    assert sum(counts.values()) == 20_000
    assert counts["ScamReport"] > 2_000 and counts["Transaction"] > counts["ScamReport"]
    for record_type in ("Person", "PersonInvolvement", "Indicator", "FinancialAccount", "Case", "Evidence",
                        "TraffickingScreening", "NonPunishmentAssessment", "Repatriation", "AssetAction"):
        assert counts[record_type] > 0, record_type


def test_indicators_seen_last_after_seen_first_even_at_the_end_of_the_period() -> None:
    from gpos_standard.synth.generator import LAST, Scenarios

    scenarios = Scenarios(1, "TH")
    for _ in range(3_000):
        data = scenarios.indicator(LAST)[1]
        assert data["first_seen"][:10] < data["last_seen"][:10]


def test_envelope_comes_first_and_every_record_is_typed() -> None:
    records = list(synthesise(500, 3, member="NP"))
    assert records[0]["record_type"] == "Export" and records[0]["member_country"] == "NP"
    assert all("record_type" in r and "id" in r for r in records[1:])
    assert len({r["id"] for r in records[1:]}) == 500


@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_same_seed_same_bytes_other_seed_other_bytes(tmp_path: Path, suffix: str) -> None:
    a, b, c = (tmp_path / f"{n}{suffix}" for n in "abc")
    write_export(a, 5_000, 42, error_rate=0.01)
    write_export(b, 5_000, 42, error_rate=0.01)
    write_export(c, 5_000, 43, error_rate=0.01)
    assert a.read_bytes() == b.read_bytes()
    assert a.read_bytes() != c.read_bytes()
    assert (tmp_path / f"a{suffix}.injected.csv").read_bytes() == (tmp_path / f"b{suffix}.injected.csv").read_bytes()


def test_errors_change_only_the_records_they_are_injected_into() -> None:
    clean = list(synthesise(5_000, 9))
    dirty = synthesise(5_000, 9, error_rate=0.05)
    records = list(dirty)
    touched = {i.stream_index + 1 for i in dirty.injected}
    assert len(records) == len(clean)
    assert all((a == b) == (n not in touched) for n, (a, b) in enumerate(zip(clean, records, strict=True)))


@pytest.mark.parametrize(("suffix", "seed"), [(".json", 5), (".jsonl", 6)])
def test_every_injected_error_is_reported_at_its_record(tmp_path: Path, suffix: str, seed: int) -> None:
    path = tmp_path / f"dirty{suffix}"
    result = write_export(path, 20_000, seed, error_rate=0.03)
    injected = read_sidecar(path.with_name(path.name + ".injected.csv"))
    assert injected == result.injected
    assert 0.02 * 20_000 < len(injected) <= 0.03 * 20_000 * 1.2
    assert {i.kind for i in injected} == set(KINDS)  # every kind of mistake occurs
    report = validate(path, now=NOW)
    expected = Counter((i.code, i.record_type, i.record_id, i.collection_index) for i in injected)
    found = Counter((i.code, i.record_type, i.record_id, i.record_index) for i in report.issues)
    assert expected == found  # each injected error reported once, and nothing else
    by_record = {(i.code, i.record_id): i for i in report.issues}
    for item in injected:
        issue = by_record[(item.code, item.record_id)]
        assert issue.path.endswith(item.path)
        if suffix == ".jsonl":
            assert issue.line == item.line


def _peak_writing(path: Path, records: int) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        write_export(path, records, 1)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("suffix", [".jsonl", ".json"])
def test_writing_streams_in_constant_memory(tmp_path: Path, suffix: str) -> None:
    small = _peak_writing(tmp_path / f"small{suffix}", 5_000)
    large = _peak_writing(tmp_path / f"large{suffix}", 50_000)
    assert large < small * 1.5 + 2_000_000, (small, large)


def _cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="gpos")
    synth_cli.add_parser(parser.add_subparsers(dest="command"))
    return synth_cli.run(parser.parse_args(argv))


def test_cli_writes_the_file_and_sidecar(tmp_path: Path) -> None:
    out = tmp_path / "cli.jsonl"
    assert _cli(["synth", "--records", "2000", "--seed", "4", "--error-rate", "0.01", "--member", "bd",
                 "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b'{"record_type":"Export"')
    assert len(read_sidecar(tmp_path / "cli.jsonl.injected.csv")) > 0


@pytest.mark.parametrize("argv", [
    ["--records", "0"],
    ["--records", "10", "--error-rate", "1.5"],
    ["--records", "10", "--member", "ZZ"],
    ["--records", "10", "-o", "{tmp}/export.unknown"],
])
def test_cli_usage_errors(tmp_path: Path, argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    if "-o" not in argv:
        argv += ["-o", str(tmp_path / "x.jsonl")]
    assert _cli(["synth", *argv]) == 2
    assert "gpos synth:" in capsys.readouterr().err


@pytest.mark.parametrize("name", ["package.zip", "workbook.xlsx", "folder/"])
def test_tabular_formats_through_io_formats(tmp_path: Path, name: str) -> None:
    pytest.importorskip("gpos_standard.io.formats")
    path = tmp_path / name
    result = write_export(str(path) + ("/" if name.endswith("/") else ""), 1_500, 8, error_rate=0.02)
    assert "amount_as_number" not in {i.kind for i in result.injected}  # a CSV cell cannot carry a JSON type
    report = validate(path, now=NOW)
    expected = Counter((i.code, i.record_type, i.record_id) for i in result.injected)
    assert Counter((i.code, i.record_type, i.record_id) for i in report.issues) == expected
