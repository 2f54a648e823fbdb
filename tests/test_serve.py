"""``gpos serve`` end to end in headless Debian Chromium: upload the Thai analyst's workbook, read the errors in
Thai, download the fixed file and check it validates; uploads are bounded and deleted with the session.
Screenshots go to ``build/screenshots-serve/`` (or ``$GPOS_SERVE_SCREENSHOTS``); skipped, with the reason, when
Chromium, Playwright or the serve extra is missing."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from thai_analyst import build

from gpos_standard import validate

from conftest import ROOT

uvicorn = pytest.importorskip("uvicorn", reason="needs the serve extra")
pytest.importorskip("starlette", reason="needs the serve extra")
from gpos_standard.serve import create_app  # noqa: E402

SCREENSHOTS = Path(os.environ.get("GPOS_SERVE_SCREENSHOTS", ROOT / "build" / "screenshots-serve"))
MAX_UPLOAD = 2 * 1024 * 1024


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, Any]]:
    app = create_app(MAX_UPLOAD)
    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}", app.app
    finally:
        srv.should_exit = True
        thread.join(timeout=10)
    assert not app.app.state.root.exists()  # the server's folder of uploads is gone when it stops


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("serve") / "mistaken.xlsx"
    build(path)
    return path


def test_uploads_are_bounded(server: tuple[str, Any], tmp_path: Path) -> None:
    import urllib.error
    import urllib.request

    url, _ = server
    body = b"x" * (MAX_UPLOAD + 1)
    request = urllib.request.Request(f"{url}/check", data=body, method="POST",
                                     headers={"Content-Type": "multipart/form-data; boundary=b"})
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(request, timeout=30)
    assert caught.value.code == 413



def test_review_in_thai_and_download_the_fix(server: tuple[str, Any], workbook: Path, browser: Any,
                                             tmp_path: Path) -> None:
    url, app = server
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    elsewhere: list[str] = []
    page.on("request", lambda r: None if r.url.startswith(url) else elsewhere.append(r.url))
    page.goto(url + "/")
    page.select_option("#lang", "th")
    page.set_input_files("#file", str(workbook))
    page.screenshot(path=str(SCREENSHOTS / "1-upload.png"), full_page=True)
    page.click("#check")
    page.wait_for_selector("section.rule")
    text = page.inner_text("body")
    assert "รหัสไม่อยู่ในรายการรหัสแบบปิด" in text and "หมายถึง" in text and "ไม่ถูกต้อง" in text
    assert page.locator("section.rule").count() == 6
    page.screenshot(path=str(SCREENSHOTS / "2-report-th.png"), full_page=True)
    with page.expect_download() as info:
        page.click("#download-fixed")
    fixed = tmp_path / "fixed.xlsx"
    info.value.save_as(fixed)
    assert validate(fixed).valid
    with page.expect_download() as info:
        page.click("#download-package")
    package = tmp_path / "package.zip"
    info.value.save_as(package)
    assert validate(package).valid
    (session,) = app.state.sessions.values()
    assert session.folder.exists()
    page.click("#end")
    page.wait_for_selector("#file")
    assert not session.folder.exists() and not app.state.sessions  # the upload is deleted with the session
    page.screenshot(path=str(SCREENSHOTS / "3-ended.png"), full_page=True)
    assert elsewhere == []
    assert "upload.xlsx" not in text and "mistaken.xlsx" in text  # the name the person knows
    context.close()
