"""Shared paths and fixtures. The build tools (``tools/gpos_build``) are importable from the tests."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

EXPORTS = sorted((ROOT / "reference_data" / "exports").glob("*.json"))
INVALID_DIR = ROOT / "reference_data" / "invalid"


def load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def reference_exports() -> dict[str, dict[str, Any]]:
    return {p.name: load_json(p) for p in EXPORTS}


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
