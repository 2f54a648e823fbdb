"""CHANGELOG.md: one section per shipped version, whose heading and schema changes ``make generate`` writes from
``gpos diff`` (the drift test in test_generated_sync guards the file itself)."""

from __future__ import annotations

import re

import pytest

from gpos_standard.resources import versions
from gpos_standard.versioning.diff import load

from conftest import ROOT

changelog = pytest.importorskip("gpos_build.changelog", reason="needs the dev extra (linkml)")


def _descriptions() -> dict[str, object]:
    return {v: load(v) for v in versions()["supported"]}


def test_every_shipped_version_has_a_section_newest_first() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## (\S+) \((\w+)\)$", text, re.M)
    shipped = versions()
    assert [v for v, _ in headings] == sorted(shipped["supported"], key=lambda v: tuple(map(int, v.split("."))),
                                              reverse=True)
    for version, status in headings:
        assert status == ("released" if version in shipped["released"] else "unreleased")
        assert changelog.START.format(version) in text and changelog.END.format(version) in text


def test_a_new_version_gets_a_section_and_hand_written_notes_stay() -> None:
    text = ("# Changelog\n\nIntro.\n\n## 0.1.0 (whatever)\n\nNotes kept.\n\n"
            "<!-- schema-changes:0.1.0:start -->\nstale\n<!-- schema-changes:0.1.0:end -->\n")
    out = changelog.render_changelog(text, _descriptions(), ["0.1.0"])
    assert out.index("## 0.2.0 (unreleased)") < out.index("## 0.1.0 (released)")
    assert "Intro." in out and "Notes kept." in out and "stale" not in out
    assert "First release:" in out
    assert "Schema changes from 0.1.0 (`gpos diff 0.1.0 0.2.0`)" in out
    assert "- `slot Person.is_minor`: deprecated in 0.2.0, replaced by minor_at_exploitation" in out
    assert changelog.render_changelog(out, _descriptions(), ["0.1.0"]) == out  # stable


def test_markup_in_a_change_is_escaped() -> None:
    assert changelog._escape("^[a-z0-9_]*$ a_b | <x>") == "^\\[a-z0-9\\_\\]\\*$ a_b \\| \\<x\\>"
