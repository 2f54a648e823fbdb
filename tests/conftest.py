"""Shared paths and fixtures. The build tools (``tools/gpos_build``) are importable from the tests."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

EXPORTS = sorted((ROOT / "reference_data" / "exports").glob("*.json"))
INVALID_DIR = ROOT / "reference_data" / "invalid"
# Debian's Chromium, driven by Playwright, for every browser test (no browser download).
CHROMIUM = os.environ.get("GPOS_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def has_chromium() -> bool:
    return os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)


def load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def reference_exports() -> dict[str, dict[str, Any]]:
    return {p.name: load_json(p) for p in EXPORTS}


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """A headless Chromium for one test module (skipped where Chromium or Playwright is missing)."""
    if not has_chromium():
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install -y chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed (pip install playwright)")
    with sync_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture(scope="session")
def spark() -> Any:
    """One PySpark session in local mode for the whole run (starting the JVM takes seconds); skipped without
    PySpark or Java."""
    pytest.importorskip("pyspark")
    from gpos_standard.hub.engines import spark_session

    try:
        session = spark_session()
    except Exception as exc:  # no Java, or the JVM would not start
        pytest.skip(f"Spark cannot start here: {type(exc).__name__}")
    yield session
    session.stop()
