"""A small valid export built in code, for tests that break one thing at a time (shared with the examples)."""

from __future__ import annotations

from typing import Any

from gpos_build.examples.invalid import RULES_BASE, build_rules_base

MINIMAL: dict[str, Any] = RULES_BASE


def minimal() -> dict[str, Any]:
    return build_rules_base()
