"""The README's "Use" section works as written: every command in it runs, in order, on files named as there.

The files the commands name are made first from the shipped reference data; the synthetic-data line runs with
fewer records to keep the suite quick. A command added to the README without the files it needs fails here.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

EXPORTS = ROOT / "reference_data" / "exports"


def use_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Use", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block, "the README's Use section has no sh block"
    commands = []
    for line in block.group(1).splitlines():
        command = re.sub(r"\s+#.*$", "", line).strip()
        if command:
            commands.append(command)
    return commands


def gpos(folder: Path, *args: str) -> None:
    subprocess.run([sys.executable, "-m", "gpos_standard.cli", *args], cwd=folder, check=True,
                   capture_output=True, timeout=300)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("readme")
    shutil.copy(EXPORTS / "th_export.json", folder / "export.json")
    gpos(folder, "convert", str(EXPORTS / "bd_export.json"), "-o", "other.yaml")
    (folder / "folder").mkdir()
    shutil.copy(EXPORTS / "np_export.json", folder / "folder" / "np_export.json")
    gpos(folder, "convert", "export.json", "-o", "export.jsonl")
    gpos(folder, "convert", str(EXPORTS / "pe_export.json"), "-o", "data.xlsx")
    gpos(folder, "convert", str(EXPORTS / "ae_export.json"), "-o", "csv_package/")
    gpos(folder, "package", str(EXPORTS / "bd_export.json"), "-o", "pkg.zip")
    for member in ("th", "bd", "np"):
        gpos(folder, "package", str(EXPORTS / f"{member}_export.json"), "-o", f"{member}.zip")
    shutil.copy(EXPORTS / "0.1.0" / "th_export.json", folder / "old.json")
    shutil.copy(ROOT / "extensions" / "th-police" / "example_export.json", folder / "th.json")
    shutil.copy(ROOT / "extensions" / "th-police" / "th_police.yaml", folder / "my_extension.yaml")
    return folder


def test_every_use_command_runs_as_written(workspace: Path) -> None:
    bin_folder = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_folder}{os.pathsep}{os.environ.get('PATH', '')}"}
    commands = use_commands()
    assert len(commands) >= 15
    for command in commands:
        command = command.replace("--records 100000", "--records 500")  # the same command, smaller
        result = subprocess.run(["bash", "-c", command], cwd=workspace, env=env, capture_output=True, text=True,
                                timeout=300)
        assert result.returncode == 0, f"{command}\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}"
