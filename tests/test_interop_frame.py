"""The frame every peer-format converter plugs into: the commands' usage errors and the not-carried report."""

from __future__ import annotations

import pytest

from gpos_standard.cli import main
from gpos_standard.interop import FORMATS, ImportResult, NotInstalled, load, peer_format

from conftest import EXPORTS


def test_an_unknown_format_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["export", "nosuch", str(EXPORTS[0]), "-o", "x.json", "--audience", "originating_agency"])
    assert exc.value.code == 2
    with pytest.raises(ValueError, match="expected one of"):
        peer_format("nosuch")


def test_every_registered_format_loads_or_says_what_is_missing() -> None:
    for name in FORMATS:
        try:
            module = load(name)
        except NotInstalled as exc:
            assert "gpos-standard" in str(exc)
            continue
        if FORMATS[name].exports:
            assert callable(module.export_document)
        if FORMATS[name].imports:
            assert callable(module.import_path)


def test_a_missing_input_is_exit_2_and_writes_nothing(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.json"
    assert main(["import", "stix", str(tmp_path / "missing.json"), "-o", str(out)]) == 2
    assert not out.exists()
    assert "no such file" in capsys.readouterr().err


def test_the_not_carried_report_counts_by_place_and_reason() -> None:
    result = ImportResult(document={})
    for row in (3, 5, 9):
        result.skip("column gender", "no such code", f"row {row}")
    result.skip("column notes", "free text is not imported", "row 2")
    summary = result.summary()
    assert summary[0] == {"where": "column gender", "reason": "no such code", "count": 3, "example": "row 3"}
    assert summary[1]["count"] == 1
