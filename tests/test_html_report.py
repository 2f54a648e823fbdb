"""The HTML report in headless Debian Chromium: grouped by rule, filters work, nothing is fetched from anywhere,
Thai text, Arabic right to left. Screenshots go to ``build/screenshots-report/`` (or ``$GPOS_REPORT_SCREENSHOTS``).
Skipped, with the reason, when Chromium or Playwright is missing."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from thai_analyst import build

from gpos_standard.cli import main

from conftest import ROOT

SCREENSHOTS = Path(os.environ.get("GPOS_REPORT_SCREENSHOTS", ROOT / "build" / "screenshots-report"))


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("report")
    workbook = folder / "mistaken.xlsx"
    build(workbook)
    out = {}
    for lang in ("th", "ar"):
        out[lang] = folder / f"report-{lang}.html"
        assert main(["validate", "--format", "html", "--lang", lang, "-o", str(out[lang]), str(workbook)]) == 1
    return out


def test_the_page_is_self_contained_and_grouped(pages: dict[str, Path]) -> None:
    text = pages["th"].read_text(encoding="utf-8")
    assert '<html lang="th" dir="ltr">' in text
    assert "src=" not in text and "<link" not in text and "@import" not in text  # nothing to fetch
    assert text.count('<section class="rule') == 6 and "หมายถึง" in text
    assert 'href="https://gpos-standard.github.io/gpos-standard/reference/rules/GPOS-E005/"' in text
    assert '<html lang="ar" dir="rtl">' in pages["ar"].read_text(encoding="utf-8")



def test_in_chromium_filters_work_and_arabic_reads_right_to_left(pages: dict[str, Path], browser: Any) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(pages["ar"].as_uri())
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    assert page.locator("section.rule:visible").count() == 6
    page.screenshot(path=str(SCREENSHOTS / "report-ar.png"), full_page=True)
    page.goto(pages["th"].as_uri())
    page.fill("#search", "GPOS-E007")
    assert page.locator("section.rule:visible").count() == 1
    page.fill("#search", "")
    page.uncheck("input[data-severity=error]")
    assert page.locator("section.rule:visible").count() == 1  # the warning
    page.check("input[data-severity=error]")
    page.screenshot(path=str(SCREENSHOTS / "report-th.png"), full_page=True)
    assert all(url.startswith("file:") for url in requests), requests
    page.close()
