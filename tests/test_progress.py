"""Progress of long commands: on a terminal only, never in a pipe or with --quiet."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from gpos_standard.cli import main
from gpos_standard.cli.progress import Steps, current

from conftest import EXPORTS


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_steps_draw_on_a_terminal_only() -> None:
    terminal = Terminal()
    with Steps(stream=terminal) as steps:
        assert current() is steps and steps.enabled
        update = steps.step("validating", 10)
        update(5)
        list(steps.counted(range(600), "reading"))
    assert terminal.getvalue()  # drawn (and cleared: the bar is transient)
    for quiet, stream in ((True, Terminal()), (False, io.StringIO())):
        with Steps(quiet=quiet, stream=stream) as steps:
            assert not steps.enabled
            steps.step("validating", 10)(5)
        assert stream.getvalue() == ""
    assert not current().enabled  # no command running: a silent one


@pytest.mark.parametrize("command", ["convert", "redact", "stats", "package"])
def test_commands_are_quiet_in_a_pipe(command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = {"convert": "out.xlsx", "redact": "out.json", "stats": "out.json", "package": "out.zip"}[command]
    extra = {"redact": ["--audience", "originating_agency"]}.get(command, [])
    code = main([command, str(EXPORTS[0]), "-o", str(tmp_path / out), *extra, "--quiet"])
    assert code == 0
    assert capsys.readouterr().err == ""
