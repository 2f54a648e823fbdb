"""A report as people read it, in their language: issues grouped by rule, the first few of each with where they
are and the suggested fix. Shared by the text report of ``gpos validate`` and its HTML page."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..i18n import gettext_for, localize, translations
from .report import Issue, Report
from .rules import RULES

EXAMPLES = 3
"""Issues shown per rule unless all are asked for (the CoVE data review tools show three)."""


@dataclass
class Group:
    code: str
    severity: str
    title: str
    url: str
    count: int
    issues: list[Issue] = field(default_factory=list)


def rule_title(code: str, lang: str) -> str:
    title = RULES[code].title
    return title if lang == "en" else translations(lang).gettext(title)


def groups(report: Report, lang: str = "en") -> list[Group]:
    """One group per rule, errors first, with every issue the report kept."""
    kept: dict[str, list[Issue]] = defaultdict(list)
    for issue in report.issues:
        kept[issue.code].append(issue)
    out = [Group(code, RULES[code].severity, rule_title(code, lang), RULES[code].url, count, kept[code])
           for code, count in report.counts_by_code().items()]
    return sorted(out, key=lambda g: (g.severity != "error", g.code))


def where(issue: Issue, lang: str = "en") -> str:
    """File and position in the terms of its format: a spreadsheet row, a line, or else the record's number
    (never a row and a record index side by side: they count differently)."""
    _ = gettext_for(lang)
    parts = []
    if issue.sheet:
        parts.append(issue.sheet)
    if issue.line is not None:
        parts.append(_("line {line}", line=issue.line))
    if issue.row is not None:
        parts.append(_("row {row}", row=issue.row))
    if issue.column:
        parts.append(_("column {column}", column=issue.column))
    if issue.line is None and issue.row is None and issue.record_type and issue.record_index is not None:
        parts.append(_("record {number} of {collection}", number=issue.record_index + 1,
                       collection=issue.path.split("/")[1] if issue.path.count("/") > 1 else issue.record_type))
    text = issue.file or _("<document>")
    return f"{text}, {', '.join(parts)}" if parts else text


def message(issue: Issue, lang: str = "en") -> str:
    return localize(issue.message, lang)


def suggestion(issue: Issue, lang: str = "en") -> str | None:
    """"did you mean ..." for an issue that carries a suggested fix."""
    found = getattr(issue, "suggestion", None)
    if found is None:
        return None
    _ = gettext_for(lang)
    if found.drop:
        return _("fix: leave the field out")
    text = _("did you mean {value}?", value=_show(found.value))
    if found.note:
        text += " (" + localize(found.note, lang) + ")"
    return text


def _show(value: Any) -> str:
    import json

    return json.dumps(value, ensure_ascii=False)


def summary(report: Report, lang: str = "en") -> str:
    _ = gettext_for(lang)
    verdict = _("valid") if report.valid else _("INVALID")
    return _("{verdict}: {errors} errors, {warnings} warnings in {files} file(s), {records} records",
             verdict=verdict, errors=report.error_count, warnings=report.warning_count, files=len(report.files),
             records=report.records)


def text_lines(report: Report, lang: str = "en", show_all: bool = False,
               limit: int | None = None) -> list[tuple[str, str]]:
    """The text report as (kind, line): kinds ``error`` and ``warning`` (a rule's heading), ``issue``, ``fix``,
    ``more`` and ``valid``/``invalid`` (the summary). Grouped by rule, the first :data:`EXAMPLES` of each unless
    ``show_all``; at most ``limit`` issues in all."""
    _ = gettext_for(lang)
    out: list[tuple[str, str]] = []
    shown = 0
    for group in groups(report, lang):
        out.append((group.severity, f"{group.code} {group.title} ({group.count}) {group.url}"))
        listed = group.issues if show_all else group.issues[:EXAMPLES]
        for issue in listed:
            if limit is not None and shown >= limit:
                break
            shown += 1
            record = f" [{issue.record_type}{' ' + issue.record_id if issue.record_id else ''}]" \
                if issue.record_type else ""
            out.append(("issue", f"  {where(issue, lang)}: {issue.path or '/'}{record}: {message(issue, lang)}"))
            hint = suggestion(issue, lang)
            if hint:
                out.append(("fix", f"    {hint}"))
        rest = group.count - len(listed)
        if rest > 0 and not show_all:
            out.append(("more", "  " + _("... and {count} more of this rule (see them all with --all)",
                                         count=rest)))
    hidden = sum(report.counts.values()) - len(report.issues)
    if hidden > 0:
        out.append(("more", _("... {count} more issues not kept (raise --max-errors)", count=hidden)))
    out.append(("valid" if report.valid else "invalid", summary(report, lang)))
    return out
