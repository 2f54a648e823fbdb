"""The result type shared by every family of identifiers."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class IdResult:
    """Outcome of one check.

    ``reason`` explains a rejection in plain language and never repeats the value, because identifiers in scam
    reports are personal data and reasons end up in logs and reports shared between members.
    """

    valid: bool
    normalised: str | None = None
    reason: str | None = None


def ok(normalised: str) -> IdResult:
    return IdResult(True, normalised, None)


def bad(reason: str) -> IdResult:
    return IdResult(False, None, reason)
