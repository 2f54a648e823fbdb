"""The built documentation site in a real browser (headless Debian Chromium driven by Playwright), offline.

Serves the site on 127.0.0.1, blocks every request to any other host and checks that the home page, a class page,
a code-list page with right-to-left Arabic titles, the Mermaid diagram and the search all work. Screenshots go to
``build/screenshots/`` (or ``$GPOS_SCREENSHOTS``). Skipped, with the reason, when Chromium or Playwright is missing.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from gpos_build import docs

from conftest import ROOT

CHROMIUM = os.environ.get("GPOS_CHROMIUM", "/usr/bin/chromium")
SCREENSHOTS = Path(os.environ.get("GPOS_SCREENSHOTS", ROOT / "build" / "screenshots"))
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
    pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install -y chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed (pip install playwright)")
pytest.importorskip("material", reason="needs the dev extra (mkdocs-material)")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    site = tmp_path_factory.mktemp("site")
    proc = docs.build_site(ROOT, site)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture(scope="module", autouse=True)
def screenshots() -> Path:
    shutil.rmtree(SCREENSHOTS, ignore_errors=True)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


@pytest.fixture
def page(browser: Any, base_url: str) -> Iterator[Any]:
    """A page that may talk to the local server only; any other request is aborted and reported as a failure."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    blocked: list[str] = []
    errors: list[str] = []

    def route(r: Any) -> None:
        if r.request.url.startswith(base_url):
            r.continue_()
        else:
            blocked.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    pg = context.new_page()
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.set_default_timeout(15_000)
    yield pg
    context.close()
    assert blocked == [], f"requests to other hosts: {blocked}"
    assert errors == [], f"JavaScript errors: {errors}"


def heading(page: Any) -> str:
    return page.locator("article h1").first.inner_text().replace("¶", "").strip()


def test_home_page(page: Any, base_url: str, screenshots: Path) -> None:
    page.goto(base_url)
    assert heading(page) == "GPOS data standard"
    assert page.locator("nav.md-nav--primary").first.is_visible()
    page.screenshot(path=str(screenshots / "home.png"))


def test_class_page(page: Any, base_url: str, screenshots: Path) -> None:
    page.goto(base_url + "reference/classes/ScamReport/")
    assert heading(page) == "ScamReport"
    row = page.locator("tr", has=page.locator("#received_at"))
    assert row.count() == 1
    assert "restricted" in row.inner_text()
    link = page.locator("article a[href$='codelists/scam_typology/']").first
    assert link.is_visible()
    page.screenshot(path=str(screenshots / "class-ScamReport.png"))


def test_code_list_page_with_thai_and_arabic(page: Any, base_url: str, screenshots: Path) -> None:
    page.goto(base_url + "reference/codelists/scam_typology/")
    assert heading(page).startswith("Scam typology")
    thai = page.locator("td span[lang='th']").first
    arabic = page.locator("td span[lang='ar']").first
    assert thai.inner_text().strip() and arabic.inner_text().strip()
    assert thai.evaluate("e => getComputedStyle(e).direction") == "ltr"
    assert arabic.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert page.locator("#romance_investment").count() == 1
    arabic.scroll_into_view_if_needed()
    page.screenshot(path=str(screenshots / "codelist-scam_typology-translations.png"))


def test_mermaid_diagrams_render_offline(page: Any, base_url: str, screenshots: Path) -> None:
    page.goto(base_url + "reference/er-diagram/")
    page.wait_for_function("() => typeof window.mermaid !== 'undefined'")
    # Material replaces each <pre class="mermaid"> by a <div class="mermaid"> holding the SVG in a closed shadow root.
    page.wait_for_function("() => document.querySelectorAll('pre.mermaid').length === 0")
    heights = page.evaluate("() => [...document.querySelectorAll('div.mermaid')].map(e => e.offsetHeight)")
    assert len(heights) > 1 and min(heights) > 50, heights
    # The shadow root is closed, so render the page's first diagram source again to check it has no syntax error.
    svg = page.evaluate(
        """async () => {
            const html = await (await fetch(location.href)).text();
            const doc = new DOMParser().parseFromString(html, "text/html");
            const source = doc.querySelector("pre.mermaid code").textContent;
            return (await mermaid.render("gpos-check", source)).svg;
        }"""
    )
    assert "ScamReport" in svg and "Syntax error" not in svg
    page.screenshot(path=str(screenshots / "er-diagram.png"), full_page=True)


@pytest.mark.parametrize("query", ["pig butchering", "romance"])
def test_search_finds_a_typology(page: Any, base_url: str, screenshots: Path, query: str) -> None:
    page.goto(base_url)
    # Material's search worker builds the index after the page loads; its status line says when it is ready.
    page.wait_for_function(
        "() => { const m = document.querySelector('.md-search-result__meta');"
        " return m && !m.textContent.includes('Initializing'); }"
    )
    box = page.locator("input.md-search__input")
    if not box.is_visible():  # narrow layouts hide the search form behind a header button
        page.locator(".md-header__button[for='__search']").click()
    box.click()
    box.press_sequentially(query, delay=20)  # real key presses: Material reacts to keyup, not to a bare input event
    results = page.locator(".md-search-result__item")
    results.first.wait_for(state="attached")
    text = page.locator(".md-search-result").inner_text().lower()
    assert "romance" in text
    page.screenshot(path=str(screenshots / f"search-{query.replace(' ', '-')}.png"))
