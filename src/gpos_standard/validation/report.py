"""Issues and the report that collects them: what every consumer (CLI, JSON output, tests) reads."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

from .rules import RULES


@dataclass(frozen=True)
class Issue:
    """One problem, located precisely enough to fix without guessing."""

    code: str
    message: str
    file: str | None = None
    path: str = ""
    line: int | None = None
    record_type: str | None = None
    record_index: int | None = None
    record_id: str | None = None

    @property
    def severity(self) -> str:
        return RULES[self.code].severity

    @property
    def url(self) -> str:
        return RULES[self.code].url

    def to_dict(self) -> dict[str, Any]:
        return {"severity": self.severity, **asdict(self), "url": self.url}


@dataclass
class Report:
    files: list[str] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    records: int = 0

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == "error"]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == "warning"]

    @property
    def valid(self) -> bool:
        return not self.errors

    def counts_by_code(self) -> dict[str, int]:
        return dict(sorted(Counter(i.code for i in self.issues).items()))

    def to_dict(self) -> dict[str, Any]:
        return {
            "valid": self.valid,
            "files": self.files,
            "records": self.records,
            "summary": {"errors": len(self.errors), "warnings": len(self.warnings), "by_code": self.counts_by_code()},
            "issues": [i.to_dict() for i in self.issues],
        }
