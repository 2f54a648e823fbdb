"""Issue 15: hostile inputs in every format through every command never give a traceback, only exit codes 0, 1
or 2, in bounded time and memory. Inputs are small valid files of each format, damaged at the byte level and
seeded with the values that used to break the readers."""

from __future__ import annotations

import base64
import io
import json
import tracemalloc
import zipfile
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from exports import minimal
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gpos_standard.cli import main
from gpos_standard.io.formats import write
from gpos_standard.io.package import package_bytes

HOSTILE = [b"9" * 5000, b"[" * 300 + b"]" * 300, b'"\\ud800"', b"1e999", b"NaN", b'{"a":1,"a":2}', b"-0",
           b"[]", b"{}", b"null", b'"psn:Somchai Jaidee"', b"_xD800_", b"\xef\xbb\xbf", b"\xff\xfe", b"\x00",
           b'<row r="99999999999"><c r="XFD99999999999"><v>x</v></c></row>', b'<c r="XFD3"><v>Somchai</v></c>',
           b"/".join([b"a"] * 200), b'"' + b"x" * 20000 + b'"', b"\r\n", b",,,,", b'"', b"true", b"[[[[",
           b"!!python/object:os.system", b"&anchor", b"*alias"]
SUFFIXES = [".json", ".yaml", ".jsonl", ".zip", ".xlsx", "package.zip", "folder"]
MAX_BYTES = 256 * 1024**2  # Python memory a command may use on these small inputs


def _seed_files() -> dict[str, bytes | dict[str, bytes]]:
    import tempfile

    document = minimal()
    out: dict[str, bytes | dict[str, bytes]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for suffix in (".json", ".yaml", ".jsonl", ".zip", ".xlsx"):
            path = Path(tmp) / f"seed{suffix}"
            write(document, path)
            out[suffix] = path.read_bytes()
        write(document, f"{tmp}/folder/")
        out["folder"] = {p.name: p.read_bytes() for p in sorted(Path(tmp, "folder").iterdir())}
    out["package.zip"] = package_bytes(document)
    return out


SEEDS = _seed_files()


def _damage(data: bytes, draw: st.DrawFn) -> bytes:
    for _ in range(draw(st.integers(1, 3))):
        where = draw(st.integers(0, max(0, len(data) - 1)))
        how = draw(st.sampled_from(["insert", "replace", "flip", "truncate"]))
        if how == "insert":
            data = data[:where] + draw(st.sampled_from(HOSTILE)) + data[where:]
        elif how == "replace":
            token = draw(st.sampled_from(HOSTILE))
            data = data[:where] + token + data[where + len(token):]
        elif how == "flip" and data:
            data = data[:where] + bytes([data[where] ^ draw(st.integers(1, 255))]) + data[where + 1:]
        else:
            data = data[:where]
    return data


def _damage_zip(data: bytes, draw: st.DrawFn) -> bytes:
    """Damage one member's content (the archive stays readable), or the archive's bytes."""
    if draw(st.booleans()):
        return _damage(data, draw)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    name = draw(st.sampled_from(sorted(members)))
    members[name] = _damage(members[name], draw)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, content in members.items():
            archive.writestr(member, content)
    return buffer.getvalue()


@st.composite
def hostile_inputs(draw: st.DrawFn) -> tuple[str, Any]:
    kind = draw(st.sampled_from(SUFFIXES))
    seed = SEEDS[kind]
    if isinstance(seed, dict):
        name = draw(st.sampled_from(sorted(seed)))
        return kind, {**seed, name: _damage(seed[name], draw)}
    if kind.endswith((".zip", ".xlsx")):
        return kind, _damage_zip(seed, draw)
    return kind, _damage(seed, draw)


COMMANDS = [
    ["validate"], ["validate", "--format", "json"], ["convert", "-o", "OUT.json"], ["convert", "-o", "OUT.xlsx"],
    ["convert", "-o", "OUT.zip"], ["stats", "-o", "OUT.json", "--allow-invalid"],
    ["redact", "--audience", "partner_law_enforcement", "--key-file", "KEY", "-o", "OUT.zip", "--allow-invalid"],
    ["redact", "--audience", "public_statistics", "--key-file", "KEY", "-o", "OUT.json", "--allow-invalid"],
    ["package", "-o", "OUT.zip", "--allow-invalid"], ["convert", "-o", "OUT.parquet"], ["link", "-o", "OUT.parquet"],
]


def _materialise(tmp: Path, kind: str, content: Any) -> Path:
    if kind == "folder":
        folder = tmp / "input"
        folder.mkdir()
        for name, data in content.items():
            (folder / name).write_bytes(data)
        return folder
    path = tmp / f"input{kind.removeprefix('package')}"
    path.write_bytes(content)
    return path


@settings(max_examples=120, deadline=timedelta(seconds=60), suppress_health_check=list(HealthCheck))
@given(hostile_inputs(), st.sampled_from(COMMANDS))
def test_no_input_breaks_any_command(tmp_path_factory: pytest.TempPathFactory, given_input: tuple[str, Any],
                                     command: list[str]) -> None:
    tmp = tmp_path_factory.mktemp("fuzz")
    path = _materialise(tmp, *given_input)
    key = tmp / "key"
    key.write_text("gpos-key-1 0123456789abcdef " + base64.urlsafe_b64encode(bytes(range(7, 39))).decode())
    argv = [command[0], str(path), *(str(tmp / a) if a.startswith("OUT") else str(key) if a == "KEY" else a
                                     for a in command[1:])]
    tracemalloc.start()
    try:
        code = main(argv)  # any exception fails the test: that is the traceback a user would see
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert code in (0, 1, 2)
    assert peak < MAX_BYTES


@settings(max_examples=40, deadline=timedelta(seconds=30), suppress_health_check=list(HealthCheck))
@given(st.sampled_from(["phone", "email", "iban", "btc", "eth", "trx", "url", "domain", "country"]),
       st.text(max_size=60) | st.sampled_from([h.decode("latin-1") for h in HOSTILE]))
def test_check_id_never_breaks(kind: str, value: str) -> None:
    try:
        code = main(["check-id", kind, value or "x"])
    except SystemExit as exc:  # argparse: a value starting with "-" reads as an option, a usage error
        code = exc.code
    assert code in (0, 1, 2)


def test_hostile_json_values_through_every_command(tmp_path: Path) -> None:
    """Each hostile value in place of each kind of field, written as JSON text, through every command."""
    document = json.dumps(minimal())
    for token in HOSTILE[:12]:
        text = document.replace('"TH-CASE-1"', token.decode("latin-1"), 1)
        path = tmp_path / "x.json"
        path.write_text(text, encoding="latin-1")
        for command in COMMANDS:
            argv = [command[0], str(path), *(str(tmp_path / a) if a.startswith("OUT") else a for a in command[1:])]
            if "KEY" in argv:
                continue
            assert main(argv) in (0, 1, 2), argv
