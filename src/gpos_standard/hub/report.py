"""``gpos report``: one self-contained HTML page of the partnership's trends, built only from protected figures.

Every chart is drawn from the partnership-wide tables of :mod:`.figures` after cell suppression (a suppressed cell is
not drawn and shows as "suppressed" in the table beside the chart) and from the cross-member links of :mod:`.link`
as counts per pair of members (no identifier's value). The page holds everything inline (styles, SVG charts): it
opens offline and fetches nothing.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path
from string import Template
from typing import Any

from ..sharing.suppression import TOTAL
from . import charts

SUPPRESSED = "suppressed"


def cells(stats: dict[str, Any], table: str, free: tuple[str, ...], **fixed: str) -> list[tuple[tuple[str, ...],
                                                                                                 dict[str, Any]]]:
    """The cells of a published table whose ``fixed`` dimensions have the given values and whose ``free`` dimensions
    are categories (not totals): (values of the free dimensions, cell)."""
    found = []
    for cell in stats["tables"].get(table, {}).get("cells", []):
        if all(cell.get(d) == v for d, v in fixed.items()) and all(cell.get(d) != TOTAL for d in free):
            found.append((tuple(cell[d] for d in free), cell))
    return found


def _value(cell: dict[str, Any], measure: str) -> str:
    return SUPPRESSED if cell["suppressed"] else html.escape(str(cell[measure]))


def _table(headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f'<td class="{"sup" if c == SUPPRESSED else ""}">{c}</td>' for c in row)
                   + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _section(anchor: str, title: str, chart: str, table: str, note: str) -> str:
    return (f'<section id="{anchor}"><h2>{html.escape(title)}</h2><div class="pair"><figure>{chart}</figure>'
            f'<div class="data">{table}<p class="note">{html.escape(note)}</p></div></div></section>')


def typologies_over_time(stats: dict[str, Any]) -> str:
    found = cells(stats, "reports", ("typology", "month"), contact_channel=TOTAL)
    months = sorted({k[1] for k, c in found if not c["suppressed"]})
    typologies = sorted({k[0] for k, c in found if not c["suppressed"]})
    shown = {k: c["reports"] for k, c in found if not c["suppressed"]}
    series = {t: [float(shown.get((t, m), 0)) for m in months] for t in typologies}
    chart = charts.stacked_bars(months, series, "reports", "Scam reports by primary typology and month received")
    rows = [[html.escape(k[0]), html.escape(k[1]), _value(c, "reports")] for k, c in sorted(found)]
    return _section("typologies", "Typologies over time", chart, _table(["typology", "month", "reports"], rows),
                    "Cells not published are left out of the chart; a month with only suppressed cells is not shown.")


def _losses(stats: dict[str, Any], table: str, dimension: str, anchor: str, title: str) -> str:
    found = cells(stats, table, ("currency", dimension))
    shown = [(f"{k[1]} ({k[0]})", float(c["reports"])) for k, c in found if not c["suppressed"]]
    chart = charts.bars([s[0] for s in shown], [s[1] for s in shown], "reports with losses",
                        f"{title}: reports with losses")
    rows = [[html.escape(k[1]), html.escape(k[0]), _value(c, "reports"), _value(c, "amount")] for k, c in
            sorted(found, key=lambda x: (x[0][1], x[0][0]))]
    return _section(anchor, title, chart, _table([dimension.replace("_", " "), "currency", "reports", "amount"], rows),
                    "Amounts are summed in their own currency or crypto-asset, never converted or added across "
                    "currencies.")


def losses_by_currency(stats: dict[str, Any]) -> str:
    found = cells(stats, "losses", ("currency",), typology=TOTAL)
    shown = [(k[0], float(c["reports"])) for k, c in found if not c["suppressed"]]
    chart = charts.bars([s[0] for s in shown], [s[1] for s in shown], "reports with losses",
                        "Reports with losses, by currency")
    rows = [[html.escape(k[0]), _value(c, "reports"), _value(c, "amount")] for k, c in sorted(found)]
    return _section("currencies", "Losses by currency", chart, _table(["currency", "reports", "amount"], rows),
                    "Each report counts once per currency it lost money in.")


def victims(stats: dict[str, Any]) -> str:
    screened = cells(stats, "screenings", (), member=TOTAL, outcome=TOTAL)
    identified = cells(stats, "screenings", ("outcome",), member=TOTAL)
    repatriated = cells(stats, "repatriations", ("status",), member=TOTAL)
    stages: list[tuple[str, dict[str, Any], str]] = [("screened", c, "screenings") for _, c in screened]
    stages += [("identified as victims", c, "screenings") for k, c in identified if k[0] == "identified"]
    stages += [("returned home", c, "repatriations") for k, c in repatriated if k[0] == "returned"]
    shown = [(name, float(c[m])) for name, c, m in stages if not c["suppressed"]]
    chart = charts.bars([s[0] for s in shown], [s[1] for s in shown], "persons",
                        "Trafficking victims: screened, identified, returned")
    rows = [["screenings", "all", _value(c, "screenings")] for _, c in screened]
    rows += [["screening outcome", html.escape(k[0]), _value(c, "screenings")] for k, c in sorted(identified)]
    rows += [["repatriation status", html.escape(k[0]), _value(c, "repatriations")] for k, c in sorted(repatriated)]
    return _section("victims", "Victims screened, identified and repatriated", chart,
                    _table(["table", "category", "count"], rows),
                    "Counts of screening and repatriation records of all members.")


def links_section(links: Any) -> str:
    if links is None:
        return ""
    pairs: dict[tuple[str, str], int] = {}
    kinds: dict[tuple[str, str], dict[str, int]] = {}
    for link in links.links:
        members = link["members"]
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                pairs[(a, b)] = pairs.get((a, b), 0) + 1
                by_kind = kinds.setdefault((a, b), {})
                by_kind[link["kind"]] = by_kind.get(link["kind"], 0) + 1
    members = sorted({e["member"] for e in links.exports if e["included"]})
    chart = charts.network(members, pairs, "Identifiers shared between members")
    rows = [[html.escape(f"{a} – {b}"), str(n), html.escape(", ".join(f"{k} {v}" for k, v in
                                                                     sorted(kinds[(a, b)].items())))]
            for (a, b), n in sorted(pairs.items(), key=lambda x: (-x[1], x[0]))]
    return _section("links", "Cross-member links", chart, _table(["members", "shared identifiers", "by kind"], rows),
                    f"Counts of identifiers (wallets, accounts, phones, e-mails, domains, URLs, pseudonymised "
                    f"persons) seen in both members' exports; no identifier is shown. Only exports the audience "
                    f"'{links.audience}' may see are linked (result marked TLP:{links.marking}).")


def _method(stats: dict[str, Any]) -> str:
    control = stats["disclosure_control"]
    items = "".join(f"<li><b>{html.escape(str(k).replace('_', ' '))}</b>: {html.escape(str(v))}</li>"
                    for k, v in control.items())
    return f'<section id="method"><h2>How the figures are protected</h2><ul>{items}</ul></section>'


def render(stats: dict[str, Any], links: Any = None) -> str:
    """The report page for protected partnership statistics (and links)."""
    template = Template(files(__package__).joinpath("report.html").read_text(encoding="utf-8"))
    sections = [typologies_over_time(stats), losses_by_currency(stats),
                _losses(stats, "losses_by_payment_method", "payment_method", "methods", "Losses by payment method"),
                _losses(stats, "losses_by_crypto_network", "crypto_network", "networks", "Losses by crypto network"),
                victims(stats), links_section(links), _method(stats)]
    members = ", ".join(stats.get("members", []))
    return template.substitute(
        title="GPOS partnership trends", members=html.escape(members), exports=len(stats.get("exports", [])),
        threshold=stats["threshold"], generated_by=html.escape(stats["generated_by"]),
        sections="\n".join(s for s in sections if s))


def documents(paths: list[Path]) -> Iterator[dict[str, Any]]:
    """Each export read whole in turn (the figures keep only counts)."""
    from ..io.records import to_document
    from ..schema_info import collections
    from ..validation import open_source

    for path in paths:
        source = open_source(path)
        try:
            yield to_document(source, list(collections()))
        finally:
            source.close()
