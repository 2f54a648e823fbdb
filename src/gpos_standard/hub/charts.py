"""Charts of the hub's report drawn by matplotlib as inline SVG: no script, no font or file fetched, the same bytes
for the same figures (the SVG hash salt and date are fixed). Suppressed cells are never drawn: a chart shows only
what its table beside it publishes.
"""

from __future__ import annotations

import io
import math
from typing import Any

PALETTE = ["#1b6ca8", "#e07b39", "#3a9d5d", "#c0392b", "#8e6bbf", "#8c6d31", "#d35fb7", "#6b6b6b", "#17becf",
           "#bcbd22"]


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg")
    matplotlib.rcParams.update({"svg.hashsalt": "gpos", "svg.fonttype": "path", "font.size": 9,
                                "axes.spines.top": False, "axes.spines.right": False})
    import matplotlib.pyplot as plt

    return plt


def _svg(fig: Any) -> str:
    plt = _pyplot()
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None, "Creator": "gpos report"})
    plt.close(fig)
    text = buffer.getvalue()
    return text[text.index("<svg"):]  # inline: without the XML declaration and doctype


def empty(message: str) -> str:
    return f'<p class="empty">{message}</p>'


def stacked_bars(categories: list[str], series: dict[str, list[float]], ylabel: str, title: str) -> str:
    """Bars per category (months, for instance), stacked by series (typologies)."""
    if not categories or not series:
        return empty("Nothing to draw: every cell is suppressed or there is no data.")
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(7.5, 3.6))
    bottom = [0.0] * len(categories)
    for i, (name, values) in enumerate(series.items()):
        ax.bar(categories, values, bottom=bottom, label=name, color=PALETTE[i % len(PALETTE)])
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    ax.set_ylabel(ylabel)
    ax.set_title(title, loc="left")
    ax.tick_params(axis="x", labelrotation=45)
    ax.legend(fontsize=7, frameon=False, bbox_to_anchor=(1.01, 1), loc="upper left")
    return _svg(fig)


def bars(labels: list[str], values: list[float], xlabel: str, title: str) -> str:
    """Horizontal bars, largest first."""
    if not labels:
        return empty("Nothing to draw: every cell is suppressed or there is no data.")
    plt = _pyplot()
    pairs = sorted(zip(values, labels, strict=True))
    fig, ax = plt.subplots(figsize=(6, 0.35 * len(pairs) + 1.0))
    ax.barh([p[1] for p in pairs], [p[0] for p in pairs], color=PALETTE[0])
    ax.set_xlabel(xlabel)
    ax.set_title(title, loc="left")
    return _svg(fig)


def network(members: list[str], edges: dict[tuple[str, str], int], title: str) -> str:
    """Members on a circle, a line between two members for the identifiers they share, as thick as there are many."""
    if not edges:
        return empty("No identifier is shared between members visible to this audience.")
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(5.5, 5.5))
    n = len(members)
    where = {m: (math.cos(2 * math.pi * i / n + math.pi / 2), math.sin(2 * math.pi * i / n + math.pi / 2))
             for i, m in enumerate(members)}
    largest = max(edges.values())
    for (a, b), count in sorted(edges.items()):
        (x1, y1), (x2, y2) = where[a], where[b]
        ax.plot([x1, x2], [y1, y2], color=PALETTE[0], alpha=0.7, linewidth=1 + 7 * count / largest, zorder=1)
        ax.text((x1 + x2) / 2, (y1 + y2) / 2, str(count), ha="center", va="center", fontsize=8,
                bbox={"boxstyle": "round", "fc": "white", "ec": "none"}, zorder=3)
    for member, (x, y) in where.items():
        ax.scatter([x], [y], s=900, color=PALETTE[1], zorder=2)
        ax.text(x, y, member, ha="center", va="center", color="white", fontweight="bold", zorder=4)
    ax.set_xlim(-1.3, 1.3)
    ax.set_ylim(-1.3, 1.3)
    ax.set_aspect("equal")
    ax.axis("off")
    ax.set_title(title, loc="left")
    return _svg(fig)
