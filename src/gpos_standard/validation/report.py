"""Issues and the report that collects them: what every consumer (CLI, JSON output, tests) reads."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

from ..io.records import Location
from .rules import RULES


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A fix for an issue: the value to write instead, and what was assumed to find it (a day/month order, an era,
    a country), if anything. Only unambiguous fixes are suggested: one candidate, never a choice between two."""

    value: Any
    note: str | None = None
    certain: bool = True
    drop: bool = False  # the fix is to leave the field out (a null in an optional field)


@dataclass(frozen=True, slots=True)
class Issue:
    """One problem, located precisely enough to fix without guessing."""

    code: str
    message: str
    file: str | None = None
    path: str = ""
    line: int | None = None
    row: int | None = None
    sheet: str | None = None
    column: str | None = None
    record_type: str | None = None
    record_index: int | None = None
    record_id: str | None = None
    suggestion: Suggestion | None = None

    @property
    def severity(self) -> str:
        return RULES[self.code].severity

    @property
    def url(self) -> str:
        return RULES[self.code].url

    def where(self) -> str:
        """File and position in the terms of its format, e.g. ``cases.csv row 4 column status``."""
        position = Location(self.line, self.row, self.sheet, self.column).describe()
        return f"{self.file or '<document>'}, {position}" if position else self.file or "<document>"

    def to_dict(self) -> dict[str, Any]:
        """The issue as JSON-ready data, with its severity and the URL of its rule's page."""
        return {"severity": self.severity, **asdict(self), "url": self.url}

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


@dataclass
class Report:
    """Every issue found (up to ``max_issues`` kept in detail; all are counted)."""

    files: list[str] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    records: int = 0
    max_issues: int | None = None
    counts: Counter[str] = field(default_factory=Counter)

    def add(self, issue: Issue) -> None:
        self.counts[issue.code] += 1
        if self.max_issues is None or len(self.issues) < self.max_issues:
            self.issues.append(issue)

    @property
    def error_count(self) -> int:
        return sum(n for code, n in self.counts.items() if RULES[code].severity == "error")

    @property
    def warning_count(self) -> int:
        return sum(n for code, n in self.counts.items() if RULES[code].severity == "warning")

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == "error"]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == "warning"]

    @property
    def valid(self) -> bool:
        return self.error_count == 0

    @property
    def truncated(self) -> bool:
        return sum(self.counts.values()) > len(self.issues)

    def counts_by_code(self) -> dict[str, int]:
        return dict(sorted(self.counts.items()))

    def to_json(self, indent: int | None = None) -> str:
        """The report as ``gpos validate --format json`` writes it."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data: verdict, files, counts by rule and every issue listed."""
        return {
            "valid": self.valid,
            "files": self.files,
            "records": self.records,
            "summary": {
                "errors": self.error_count,
                "warnings": self.warning_count,
                "by_code": self.counts_by_code(),
                "issues_listed": len(self.issues),
            },
            "issues": [i.to_dict() for i in self.issues],
        }
