"""The built documentation site in a real browser (headless Debian Chromium driven by Playwright), offline.

Opens the site twice: served on 127.0.0.1 (``http``) and straight from disk (``file``, as a reader who unzips the
site does). Blocks every request elsewhere and checks that the home page, a class page, a code-list page with
right-to-left Arabic titles, the Mermaid diagram and the search all work, and that links lead to pages. Screenshots
go to ``build/screenshots/`` (or ``$GPOS_SCREENSHOTS``). Skipped, with the reason, when Chromium or Playwright is
missing.
"""

from __future__ import annotations

import functools
import html
import http.server
import os
import re
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from gpos_build import docs

from conftest import CHROMIUM, ROOT, has_chromium

SCREENSHOTS = Path(os.environ.get("GPOS_SCREENSHOTS", ROOT / "build" / "screenshots"))

if not has_chromium():
    pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install -y chromium)", allow_module_level=True)
pytest.importorskip("material", reason="needs the dev extra (mkdocs-material)")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("site")
    proc = docs.build_site(ROOT, site)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return site


@pytest.fixture(scope="module")
def http_url(site: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()



@pytest.fixture(scope="module", autouse=True)
def screenshots() -> Path:
    shutil.rmtree(SCREENSHOTS, ignore_errors=True)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


@pytest.fixture(params=["http", "file"])
def base_url(request: pytest.FixtureRequest, site: Path) -> str:
    """Where the site is opened from: the local server, or the folder on disk."""
    return request.getfixturevalue("http_url") if request.param == "http" else site.as_uri() + "/"


@pytest.fixture
def page(browser: Any, base_url: str) -> Iterator[Any]:
    """A page that may load the site only; any other request is aborted and reported as a failure."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    blocked: list[str] = []
    errors: list[str] = []

    def route(r: Any) -> None:
        if r.request.url.startswith(base_url) or r.request.url == "about:blank":
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


def shot(page: Any, screenshots: Path, base_url: str, name: str, **kwargs: Any) -> None:
    scheme = base_url.split(":", 1)[0]
    page.screenshot(path=str(screenshots / f"{name}-{scheme}.png"), **kwargs)


def test_home_page(page: Any, base_url: str, screenshots: Path) -> None:
    page.goto(base_url + "index.html")
    assert heading(page) == "GPOS data standard"
    assert page.locator("nav.md-nav--primary").first.is_visible()
    shot(page, screenshots, base_url, "home")


def test_navigation_leads_to_pages(page: Any, base_url: str) -> None:
    """Following the navigation reaches real pages, not folder listings (which is what file:// shows for a folder)."""
    page.goto(base_url + "index.html")
    page.locator("nav.md-nav--primary a[href$='reference/classes/index.html']").first.click()
    assert heading(page) == "Classes"
    page.locator("article a[href='ScamReport.html']").first.click()
    assert heading(page) == "ScamReport"
    assert page.url.endswith("reference/classes/ScamReport.html")


def test_class_page(page: Any, base_url: str, screenshots: Path) -> None:
    page.goto(base_url + "reference/classes/ScamReport.html")
    assert heading(page) == "ScamReport"
    row = page.locator("tr", has=page.locator("#received_at"))
    assert row.count() == 1
    assert "restricted" in row.inner_text()
    link = page.locator("article a[href$='codelists/scam_typology.html']").first
    assert link.is_visible()
    shot(page, screenshots, base_url, "class-ScamReport")


def test_code_list_page_with_thai_and_arabic(page: Any, base_url: str, screenshots: Path) -> None:
    page.goto(base_url + "reference/codelists/scam_typology.html")
    assert heading(page).startswith("Scam typology")
    thai = page.locator("td span[lang='th']").first
    arabic = page.locator("td span[lang='ar']").first
    assert thai.inner_text().strip() and arabic.inner_text().strip()
    assert thai.evaluate("e => getComputedStyle(e).direction") == "ltr"
    assert arabic.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert page.locator("#romance_investment").count() == 1
    arabic.scroll_into_view_if_needed()
    shot(page, screenshots, base_url, "codelist-scam_typology-translations")


def test_mermaid_diagrams_render_offline(page: Any, base_url: str, screenshots: Path, site: Path) -> None:
    page.goto(base_url + "reference/er-diagram.html")
    page.wait_for_function("() => typeof window.mermaid !== 'undefined'")
    # Material replaces each <pre class="mermaid"> by a <div class="mermaid"> holding the SVG in a closed shadow root.
    page.wait_for_function("() => document.querySelectorAll('pre.mermaid').length === 0")
    heights = page.evaluate("() => [...document.querySelectorAll('div.mermaid')].map(e => e.offsetHeight)")
    assert len(heights) > 1 and min(heights) > 50, heights
    # The shadow root is closed, so render the page's first diagram source again to check it has no syntax error.
    built = (site / "reference" / "er-diagram.html").read_text(encoding="utf-8")
    source = html.unescape(re.search(r'<pre class="mermaid"><code>(.*?)</code>', built, re.S).group(1))
    svg = page.evaluate("async (source) => (await mermaid.render('gpos-check', source)).svg", source)
    assert "ScamReport" in svg and "Syntax error" not in svg
    shot(page, screenshots, base_url, "er-diagram", full_page=True)


@pytest.mark.parametrize("query", ["pig butchering", "romance"])
def test_search_finds_a_typology(page: Any, base_url: str, screenshots: Path, query: str) -> None:
    page.goto(base_url + "index.html")
    # Material's search worker builds the index after the page loads; its status line says when it is ready (from
    # disk the line keeps its first text until a query is typed, so there the first result is awaited instead).
    if not base_url.startswith("file:"):
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
    shot(page, screenshots, base_url, f"search-{query.replace(' ', '-')}")


def test_joint_statement_page_and_the_reverse_view(page: Any, base_url: str, screenshots: Path) -> None:
    """Commitment to class page and back: the page lists 26 commitments; a class page links to its commitments."""
    page.goto(base_url + "joint-statement.html")
    assert heading(page) == "How the standard serves the Bangkok Joint Statement"
    assert page.locator("article h3[id^='commitment-']").count() == 26
    shot(page, screenshots, base_url, "joint-statement")
    page.locator("#commitment-16 ~ ul a[href='reference/classes/NonPunishmentAssessment.html']").first.click()
    assert heading(page) == "NonPunishmentAssessment"
    page.locator("article a[href='../../joint-statement.html#commitment-16']").first.click()
    assert page.url.endswith("joint-statement.html#commitment-16")
    page.locator("#commitment-16").wait_for(state="visible")
    # the browser scrolls to the section (it may take a moment on a busy machine)
    page.wait_for_function("() => Math.abs(document.getElementById('commitment-16').getBoundingClientRect().top) < 200")
    shot(page, screenshots, base_url, "joint-statement-commitment-16")
