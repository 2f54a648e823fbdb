"""Hostile and broken input: every reader answers with ReadError or BadRecord, quickly, in bounded memory."""

from __future__ import annotations

import stat
import struct
import tempfile
import time
import tracemalloc
import warnings
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gpos_standard.io.archive import Limits, SafeZip
from gpos_standard.io.formats import open_source, write
from gpos_standard.io.jsonl import MAX_LINE
from gpos_standard.io.records import BadRecord, ReadError

ENVELOPE = '{"record_type":"Export","export_id":"TH-EXP-1"}\n'
DOC = {"export_id": "TH-EXP-1", "scam_reports": [{"id": "TH-R1", "typologies": ["task_scam"]}]}


def outcome(path: Path) -> list[BadRecord] | ReadError:
    """Read everything; return the BadRecords, or the ReadError. Any other exception fails the test."""
    try:
        source = open_source(path)
    except ReadError as exc:
        return exc
    try:
        source.envelope()
        return [item for item in source.records() if isinstance(item, BadRecord)]
    except ReadError as exc:
        return exc
    finally:
        source.close()


def bad_lines(path: Path) -> dict[int | None, str]:
    result = outcome(path)
    assert isinstance(result, list), result
    return {bad.location.line: bad.message for bad in result}


def refused(path: Path, match: str) -> None:
    result = outcome(path)
    assert isinstance(result, ReadError), result
    assert match in str(result), str(result)


# ---- JSON Lines ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "message"), [
    (b'{"record_type":"ScamReport","id":"TH', "not valid JSON"),
    (b'{"record_type":"ScamReport","id":"TH-\xff"}', "not valid UTF-8"),
    (b'{"record_type":"ScamReport","amount":NaN}', "NaN"),
    (b'{"record_type":"ScamReport","id":"a","id":"b"}', "duplicate key 'id'"),
    (b'{"record_type":"ScamReport","x":' + b"[" * 100_000 + b"]" * 100_000 + b"}", "nested too deeply"),
    (b"[1, 2]", "must be a JSON object"),
    (b'{"id": "TH-1"}', "no \"record_type\""),
    (b'{"record_type":"Export"}', "second envelope"),
])
def test_bad_jsonl_lines_are_bad_records_and_reading_goes_on(tmp_path: Path, line: bytes, message: str) -> None:
    path = tmp_path / "x.jsonl"
    path.write_bytes(ENVELOPE.encode() + line + b'\n{"record_type":"Case","id":"TH-C1"}\n')
    assert list(bad_lines(path)) == [2]
    assert message in bad_lines(path)[2]


@pytest.mark.parametrize(("content", "match"), [
    (b"", "empty"), (b"\n  \n", "empty"), (b"\xef\xbb\xbf" + ENVELOPE.encode(), "byte-order mark"),
    (b"\x00\xff\xfe binary \x89PNG\r\n", "envelope"), (b'{"record_type":"Case"}\n', "must be the envelope"),
    (b'{"record_type":"Export","a":1,"a":2}\n', "duplicate key"), (b"\xff\n", "not valid UTF-8"),
])
def test_unreadable_jsonl_files(tmp_path: Path, content: bytes, match: str) -> None:
    path = tmp_path / "x.jsonl"
    path.write_bytes(content)
    refused(path, match)


def test_enormous_line_is_skipped_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    size = 2 * MAX_LINE + 12345
    with path.open("wb") as handle:
        handle.write(ENVELOPE.encode() + b'{"record_type":"ScamReport","narrative":"')
        chunk = b"x" * 1024**2
        for _ in range(size // len(chunk)):
            handle.write(chunk)
        handle.write(b'"}\n{"record_type":"Case","id":"TH-C1"}\n')
    tracemalloc.start()
    started = time.monotonic()
    try:
        lines = bad_lines(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert list(lines) == [2] and "longer than" in lines[2]
    assert peak < MAX_LINE + 8 * 1024**2
    assert time.monotonic() - started < 30


# ---- zip archives ----------------------------------------------------------------------------------------

def make_zip(path: Path, members: list[tuple[str | zipfile.ZipInfo, bytes]]) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in members:
                archive.writestr(name, data)
    return path


def _patch_central(path: Path, offset: int, value: int, fmt: str = "<H") -> None:
    data = bytearray(path.read_bytes())
    at = data.find(b"PK\x01\x02")
    struct.pack_into(fmt, data, at + offset, value)
    path.write_bytes(bytes(data))


GOOD = [("export.csv", b"export_id\r\nTH-EXP-1\r\n")]


@pytest.mark.parametrize(("name", "match"), [("../evil.csv", "unsafe path"), ("/etc/cases.csv", "unsafe path"),
                                             ("C:/x.csv", "unsafe path"), ("a\\..\\b.csv", "unsafe path")])
def test_zip_slip_is_refused(tmp_path: Path, name: str, match: str) -> None:
    refused(make_zip(tmp_path / "x.zip", [*GOOD, (name, b"id\r\n")]), match)


def test_symlink_member_is_refused(tmp_path: Path) -> None:
    link = zipfile.ZipInfo("cases.csv")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    refused(make_zip(tmp_path / "x.zip", [*GOOD, (link, b"/etc/passwd")]), "symbolic link")


def test_duplicate_members_are_refused(tmp_path: Path) -> None:
    refused(make_zip(tmp_path / "x.zip", [*GOOD, ("cases.csv", b"id\r\nA\r\n"), ("cases.csv", b"id\r\nB\r\n")]),
            "appears twice")


def test_encrypted_member_is_refused(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "x.zip", GOOD)
    _patch_central(path, 8, 0x1)
    refused(path, "encrypted")


def test_too_many_members_are_refused(tmp_path: Path) -> None:
    refused(make_zip(tmp_path / "x.zip", [*GOOD, *((f"_{i}.txt", b"") for i in range(1000))]), "at most 1000")


def test_missing_export_csv_is_refused(tmp_path: Path) -> None:
    refused(make_zip(tmp_path / "x.zip", [("cases.csv", b"id\r\nTH-1\r\n")]), "no export.csv")
    refused(make_zip(tmp_path / "empty.zip", []), "no export.csv")


@pytest.mark.parametrize("suffix", [".zip", ".xlsx"])
def test_zip_bomb_is_refused_quickly(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"bomb{suffix}"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("export.csv", GOOD[0][1])
        with archive.open("scam_reports.csv", "w", force_zip64=True) as member:
            zeros = bytes(1024**2)
            for _ in range(200):
                member.write(zeros)
    assert path.stat().st_size < 2 * 1024**2
    started = time.monotonic()
    refused(path, "compressed more than 100:1")
    assert time.monotonic() - started < 5


def test_header_that_lies_about_the_size_is_caught_while_streaming(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "x.zip", [("big.csv", bytes(4 * 1024**2))])
    _patch_central(path, 24, 1024**2, "<I")  # declared uncompressed size: 1 MiB instead of 4
    with SafeZip(path, Limits(ratio=10**6)) as box, box.open("big.csv") as stream, pytest.raises(ReadError):
        while stream.read(65536):
            pass


def test_damaged_zip_and_csv_problems(tmp_path: Path) -> None:
    (tmp_path / "broken.zip").write_bytes(b"PK\x03\x04 not really")
    refused(tmp_path / "broken.zip", "zip")
    path = make_zip(tmp_path / "x.zip", [*GOOD, ("cases.csv", b'id,title\r\nTH-1,"unterminated\r\n'),
                                         ("persons.csv", b"id\r\n\xff\xfe\r\n")])
    result = outcome(path)
    assert isinstance(result, list) and len(result) == 2
    assert "cases.csv" in result[0].message and "persons.csv" in result[1].message
    assert "UTF-8" in result[1].message


def test_two_envelope_rows_and_duplicate_columns(tmp_path: Path) -> None:
    refused(make_zip(tmp_path / "a.zip", [("export.csv", b"export_id\r\nA\r\nB\r\n")]), "exactly one data row")
    result = outcome(make_zip(tmp_path / "b.zip", [*GOOD, ("cases.csv", b"id,id\r\nA,B\r\n")]))
    assert isinstance(result, list) and "appears twice" in result[0].message


def test_xlsx_without_export_sheet_and_garbage_xlsx(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "cases"
    book.save(tmp_path / "x.xlsx")
    refused(tmp_path / "x.xlsx", "no sheet named 'export'")
    (tmp_path / "y.xlsx").write_bytes(b"\x00" * 100)
    refused(tmp_path / "y.xlsx", "zip")


# ---- fuzz ------------------------------------------------------------------------------------------------

def _fuzz(data: bytes, name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        if name == "pkg":
            path.mkdir()
            (path / "export.csv").write_bytes(data[: len(data) // 2])
            (path / "cases.csv").write_bytes(data[len(data) // 2:])
        else:
            path.write_bytes(data)
        outcome(path)


FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.binary(max_size=2000), st.sampled_from(["x.jsonl", "x.zip", "x.xlsx", "pkg", "x.dat"]))
def test_random_bytes_give_only_read_errors_or_bad_records(data: bytes, name: str) -> None:
    _fuzz(data, name)


@FUZZ
@given(st.lists(st.sampled_from([b"{", b"}", b'"record_type"', b':', b',', b'"Export"', b'"Case"', b"\n", b"[",
                                 b'"', b"1e999", b"\\u0000", b"\\ud800", b"\xff", b"null", b"-0"]), max_size=60))
def test_jsonl_shaped_noise(parts: list[bytes]) -> None:
    _fuzz(b"".join(parts), "x.jsonl")


@pytest.fixture(scope="module")
def valid_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("valid")
    files = {}
    for name in ("x.xlsx", "x.zip", "x.jsonl"):
        write(DOC, folder / name)
        files[name] = (folder / name).read_bytes()
    return files


@FUZZ
@given(st.sampled_from(["x.xlsx", "x.zip", "x.jsonl"]), st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)),
                                                                 min_size=1, max_size=8))
def test_damaged_valid_files(valid_files: dict[str, bytes], name: str, flips: list[tuple[float, int]]) -> None:
    data = bytearray(valid_files[name])
    for where, byte in flips:
        data[min(int(where * len(data)), len(data) - 1)] = byte
    _fuzz(bytes(data), name)



def test_long_line_under_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    narrative = "x" * (3 * 1024**2 + 7)
    path.write_text(ENVELOPE + '{"record_type":"ScamReport","narrative":"' + narrative + '"}\n', encoding="utf-8")
    source = open_source(path)
    (item,) = list(source.records())
    assert not isinstance(item, BadRecord) and item.data["narrative"] == narrative
