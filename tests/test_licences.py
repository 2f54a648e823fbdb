"""The licences the package metadata and the README declare are the ones shipped, in full."""

from __future__ import annotations

import sys

from conftest import ROOT

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    tomllib = None


def test_licence_files_hold_the_full_texts() -> None:
    apache = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "Apache License" in apache and "Version 2.0, January 2004" in apache
    assert "END OF TERMS AND CONDITIONS" in apache, "the full licence text, not a notice"
    cc = (ROOT / "schema" / "LICENSE").read_text(encoding="utf-8")
    assert "Creative Commons Attribution 4.0 International Public License" in cc
    assert "Section 8 -- Interpretation." in cc, "the full legal code, not a summary"


def test_metadata_and_readme_name_the_shipped_licences() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "schema/LICENSE" in readme and "CC BY 4.0" in readme and "Apache-2.0" in readme
    if tomllib is None:
        return
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "Apache-2.0 AND CC-BY-4.0"
    for path in project["license-files"]:
        assert (ROOT / path).is_file(), path
