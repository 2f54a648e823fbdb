"""The report as one self-contained HTML page (no request leaves it: styles and script are inline, and its
Content-Security-Policy forbids loading anything): issues grouped by rule with counts, filters by severity and
text, links to the rule pages, in the reader's language, right to left for Arabic."""

from __future__ import annotations

from html import escape
from importlib import resources
from string import Template

from ..i18n import RTL, gettext_for
from . import present
from .report import Report


def _page() -> Template:
    return Template(resources.files(__package__).joinpath("report_page.html").read_text(encoding="utf-8"))


def render(report: Report, lang: str = "en", show_all: bool = False, actions: str = "") -> str:
    """The page; ``actions``: HTML placed under the summary (the links of ``gpos serve``)."""
    _ = gettext_for(lang)
    sections = []
    for group in present.groups(report, lang):
        listed = group.issues if show_all else group.issues[: present.EXAMPLES]
        rows = []
        for issue in listed:
            hint = present.suggestion(issue, lang)
            rows.append(
                f'<tr class="issue"><td class="where">{escape(present.where(issue, lang))}</td>'
                f'<td class="path">{escape(issue.path or "/")}</td>'
                f"<td>{escape(present.message(issue, lang))}"
                + (f'<div class="fix">{escape(hint)}</div>' if hint else "") + "</td></tr>")
        rest = group.count - len(listed)
        more = _("... and {count} more of this rule (see them all with --all)", count=rest) if rest > 0 else ""
        more = f'<p class="more">{escape(more)}</p>' if more else ""
        sections.append(
            f'<section class="rule {group.severity}" data-severity="{group.severity}" data-code="{group.code}">'
            f'<h2><a href="{escape(group.url)}">{group.code}</a> {escape(group.title)} '
            f'<span class="count">({group.count})</span></h2>'
            f"<table><tbody>{''.join(rows)}</tbody></table>{more}</section>")
    title = _("GPOS validation report")
    return _page().substitute(
        lang=lang, dir="rtl" if lang in RTL else "ltr", title=escape(title),
        files=escape(", ".join(report.files)), verdict_class="valid" if report.valid else "invalid",
        summary=escape(present.summary(report, lang)), actions=actions, filters_label=escape(_("Filters")),
        errors_label=escape(_("errors")), warnings_label=escape(_("warnings")), search_label=escape(_("Search")),
        groups="\n".join(sections) or f"<p>{escape(_('No issues.'))}</p>")
