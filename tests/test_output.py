"""Outputs (issue 15, finding 8): never over an input, whole or not at all."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from gpos_standard.cli import main
from gpos_standard.io import output

from conftest import EXPORTS

LIMITED = """
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write beyond the limit fails with EFBIG instead of killing
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv.pop(1)),) * 2)
from gpos_standard.cli import main
sys.exit(main(sys.argv[1:]))
"""


def gpos_limited(limit: int, *argv: str) -> subprocess.CompletedProcess[str]:
    """Run gpos with every file it writes limited to ``limit`` bytes."""
    return subprocess.run([sys.executable, "-c", LIMITED, str(limit), *argv], capture_output=True,
                          text=True, timeout=120, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})


@pytest.fixture
def export(tmp_path: Path) -> Path:
    path = tmp_path / "x.json"
    path.write_bytes(EXPORTS[0].read_bytes())
    return path


def test_stats_refuses_to_overwrite_its_input(export: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = export.read_bytes()
    assert main(["stats", str(export), "-o", str(export)]) == 2
    assert "same file as the input" in capsys.readouterr().err
    assert export.read_bytes() == before


@pytest.mark.parametrize("link", ["hard", "symbolic"])
@pytest.mark.parametrize("command", ["convert", "stats", "redact", "package"])
def test_a_link_to_the_input_is_the_input(export: Path, link: str, command: str,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    alias = export.with_name("alias.zip" if command == "package" else "alias.json")
    (os.link if link == "hard" else os.symlink)(export, alias)
    before = export.read_bytes()
    extra = ["--audience", "originating_agency"] if command == "redact" else []
    assert main([command, str(export), "-o", str(alias), *extra]) == 2
    assert "same file as the input" in capsys.readouterr().err
    assert export.read_bytes() == before


def test_output_inside_an_input_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "pkg"
    assert main(["convert", str(EXPORTS[0]), "-o", f"{folder}/"]) == 0
    assert main(["convert", str(folder), "-o", str(folder / "x.json")]) == 2


@pytest.mark.parametrize("name", ["out.json", "out.jsonl", "out.yaml", "out.xlsx", "out.zip", "folder/"])
def test_failed_convert_leaves_the_previous_output(tmp_path: Path, name: str) -> None:
    target = tmp_path / name
    given = str(target) + ("/" if name.endswith("/") else "")
    assert main(["convert", str(EXPORTS[0]), "-o", given]) == 0
    before = {p.name: p.read_bytes() for p in ([target] if target.is_file() else sorted(target.iterdir()))}
    result = gpos_limited(4096, "convert", str(EXPORTS[1]), "-o", given)
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
    assert "cannot write" in result.stderr
    after = {p.name: p.read_bytes() for p in ([target] if target.is_file() else sorted(target.iterdir()))}
    assert after == before
    assert not [p for p in tmp_path.rglob("*") if p.name.endswith(".part")]


@pytest.mark.parametrize("command", ["stats", "package", "redact"])
def test_failed_write_of_other_commands(tmp_path: Path, command: str) -> None:
    target = tmp_path / ("out.zip" if command == "package" else "out.json")
    target.write_bytes(b"previous")
    extra = ["--audience", "originating_agency"] if command == "redact" else []
    result = gpos_limited(2048, command, str(EXPORTS[0]), "-o", str(target), *extra)
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
    assert target.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.zip" if command == "package" else "out.json"]


def test_atomic_writes_nothing_when_the_writer_fails(tmp_path: Path) -> None:
    target = tmp_path / "x.bin"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), output.atomic(target) as handle:
        handle.write(b"partial")
        raise RuntimeError("disk full")
    assert target.read_bytes() == b"old" and list(tmp_path.iterdir()) == [target]
    output.write_bytes(target, b"new", mode=0o600)
    assert target.read_bytes() == b"new" and target.stat().st_mode & 0o777 == 0o600


def test_a_symbolic_link_at_the_output_is_replaced_not_followed(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_bytes(b"keep")
    link = tmp_path / "out.json"
    link.symlink_to(elsewhere)
    output.write_bytes(link, b"{}")
    assert elsewhere.read_bytes() == b"keep" and not link.is_symlink() and link.read_bytes() == b"{}"
