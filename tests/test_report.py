"""gpos report: one self-contained page from protected figures only, opened offline in Chromium.

Screenshots go to ``build/screenshots/`` (or ``$GPOS_SCREENSHOTS``) as test artefacts.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

from gpos_standard.cli import main
from gpos_standard.hub.report import render
from gpos_standard.synth import write_export

from conftest import EXPORTS, ROOT

pytest.importorskip("matplotlib")
pytest.importorskip("duckdb")
SCREENSHOTS = Path(os.environ.get("GPOS_SCREENSHOTS", ROOT / "build" / "screenshots"))
SHARED = "+66812345678"


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """Three synthetic members large enough for published cells, sharing one planted phone number."""
    folder = tmp_path_factory.mktemp("members")
    paths = []
    for seed, member in enumerate(("TH", "BD", "NP"), start=1):
        path = folder / f"{member}.jsonl"
        write_export(path, 400, seed, member=member)
        if member != "NP":
            with path.open("a", encoding="utf-8") as handle:
                handle.write(json.dumps({"record_type": "Indicator", "id": f"{member}-IND-PLANTED",
                                         "indicator_type": "phone_number", "value": SHARED}) + "\n")
        paths.append(path)
    out = folder / "report.html"
    assert main(["report", *map(str, paths), "-o", str(out), "--audience", "hub"]) == 0
    return out, out.read_text(encoding="utf-8")


def test_page_is_self_contained_and_shows_no_identifier(report: tuple[Path, str]) -> None:
    _, page = report
    assert not re.search(r"""(?:src|href)\s*=\s*["'](?!#)""", page)  # nothing fetched, only in-page anchors
    assert "<script" not in page and "default-src 'none'" in page
    assert SHARED not in page and "66812345678" not in page
    for anchor in ("typologies", "currencies", "methods", "networks", "victims", "links", "method"):
        assert f'id="{anchor}"' in page
    assert page.count("<svg") >= 4
    assert "cell suppression audited against the linear-programming attack" in page
    assert "BD – TH" in page


def test_suppressed_cells_are_never_drawn() -> None:
    stats = {"threshold": 5, "generated_by": "x", "members": ["TH"], "exports": ["TH-1"],
             "disclosure_control": {"method": "m"},
             "tables": {"losses": {"cells": [{"currency": "THB", "typology": "_total", "reports": None,
                                              "amount": None, "suppressed": True}]}}}
    page = render(stats)
    assert "<svg" not in page and "suppressed" in page and "Nothing to draw" in page


def test_report_command_usage(tmp_path: Path) -> None:
    assert main(["report", str(EXPORTS[0]), "-o", str(tmp_path / "r.pdf")]) == 2
    assert main(["report", str(tmp_path / "missing.json"), "-o", str(tmp_path / "r.html")]) == 2


def test_report_in_chromium_offline(report: tuple[Path, str], browser: Any) -> None:
    path, _ = report
    requests: list[str] = []
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 900})

    def block(route: Any) -> None:
        requests.append(route.request.url)
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            route.abort()

    page.route("**/*", block)
    page.goto(path.as_uri())
    assert page.title() == "GPOS partnership trends"
    charts = page.locator("figure svg")
    assert charts.count() >= 4
    for i in range(charts.count()):
        box = charts.nth(i).bounding_box()
        assert box and box["width"] > 100 and box["height"] > 100
    page.screenshot(path=str(SCREENSHOTS / "report-full.png"), full_page=True)
    page.locator("#links").screenshot(path=str(SCREENSHOTS / "report-links.png"))
    page.set_viewport_size({"width": 420, "height": 900})  # a phone: charts and tables stack
    page.screenshot(path=str(SCREENSHOTS / "report-narrow.png"), full_page=True)
    page.close()
    assert requests == [path.as_uri()]
    assert (SCREENSHOTS / "report-full.png").stat().st_size > 10_000
