"""The README's "Use" section works as written: every line, in order, from a copy of the repository's data."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

BLOCK = re.compile(r"<!-- use-commands -->\n```sh\n(.*?)```\n<!-- /use-commands -->", re.S)
EXPECTED_EXIT = {"gpos validate --format html -o report.html reference_data/invalid/e005_code_not_in_list.json": 1,
                 "gpos fix reference_data/invalid/e005_code_not_in_list.json -o fixed.json": 1}


def _lines() -> list[str]:
    block = BLOCK.search((ROOT / "README.md").read_text(encoding="utf-8"))
    assert block, "README.md has no use-commands block"
    return [line.split("  #")[0].strip() for line in block.group(1).splitlines() if line.strip()]


def test_every_use_line_runs(tmp_path: Path) -> None:
    lines = _lines()
    assert lines[0].startswith(". .venv/bin/activate")
    for part in ("reference_data", "extensions"):
        shutil.copytree(ROOT / part, tmp_path / part)
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}", "LANG": "C.UTF-8"}
    env.pop("GPOS_PSEUDONYM_KEY", None)
    for line in lines[1:]:
        proc = subprocess.run(line, shell=True, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
        assert proc.returncode == EXPECTED_EXIT.get(line, 0), (line, proc.stdout[-2000:], proc.stderr[-2000:])
        assert "Traceback" not in proc.stderr, line
