"""The rule codes the validator reports, as the schema declares them (the ValidationRule enum of ``schema/rules.yaml``).

Codes are stable: a code is never reused for another meaning. ``GPOS-E0xx`` are errors (the data does not conform),
``GPOS-W0xx`` warnings. Each rule has a page in the documentation at ``DOCS_URL/<code>/``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache

from ..resources import schema_meta

DOCS_URL = "https://gpos-standard.github.io/gpos-standard/reference/rules"


@dataclass(frozen=True)
class Rule:
    code: str
    severity: str
    title: str
    description: str
    scope: str = ""
    linkml: str = ""
    added_in: str = ""

    @property
    def url(self) -> str:
        return f"{DOCS_URL}/{self.code}/"


@cache
def _rules() -> dict[str, Rule]:
    # The current version declares every rule (a rule code is never removed); older versions declare a subset.
    return {code: Rule(code, r["severity"], r["title"], r["description"], r.get("scope", ""), r.get("linkml", ""),
                       r.get("added_in", ""))
            for code, r in schema_meta()["rules"].items()}


class _Rules(Mapping[str, Rule]):
    """``RULES[code]``: loaded from the shipped schema on first use, so importing stays cheap."""

    def __getitem__(self, code: str) -> Rule:
        return _rules()[code]

    def __iter__(self) -> Iterator[str]:
        return iter(_rules())

    def __len__(self) -> int:
        return len(_rules())


RULES: Mapping[str, Rule] = _Rules()
