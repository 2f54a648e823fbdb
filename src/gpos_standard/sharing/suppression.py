"""Small-cell suppression on the augmented hypercube, so that published tables cannot single out a victim.

A table is a hypercube of counts; every dimension with a total is extended by a ``_total`` category (the
augmented hypercube), and totals are cells like any other. Primary suppression hides every cell with
``0 < count < threshold``. Complementary suppression then looks at every *line* (one dimension varies over its
categories and its total, the others are fixed): a line with exactly one hidden cell would give it away by
subtraction, so the smallest non-zero visible cell of that line is hidden too, until no such line is left.
Zero cells are published: a zero is not a person.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import product

TOTAL = "_total"  # codes match ^[a-z]..., so this can never be a category
Cell = tuple[str, ...]


def augment(key: Cell, totals: Sequence[bool]) -> Iterator[Cell]:
    """The cells one unit counts in: its own cell and every total it is part of."""
    options = [(value, TOTAL) if total else (value,) for value, total in zip(key, totals, strict=True)]
    yield from product(*options)


def lines(categories: Sequence[Sequence[str]], totals: Sequence[bool]) -> Iterator[list[Cell]]:
    """Every line of the augmented hypercube (for tests and audits; the algorithm walks only hidden cells)."""
    axes = [[*cats, TOTAL] if total else list(cats) for cats, total in zip(categories, totals, strict=True)]
    for d, total in enumerate(totals):
        if not total:
            continue
        others = [axes[i] if i != d else [None] for i in range(len(axes))]
        for fixed in product(*others):
            yield [(*fixed[:d], value, *fixed[d + 1:]) for value in axes[d]]  # type: ignore[misc]


def _line(cell: Cell, d: int, axis: Sequence[str]) -> list[Cell]:
    return [(*cell[:d], value, *cell[d + 1:]) for value in axis]


def suppress(counts: dict[Cell, int], categories: Sequence[Sequence[str]], totals: Sequence[bool],
             threshold: int) -> set[Cell]:
    """The cells to hide: primary (0 < n < threshold), then complementary until every line is safe."""
    hidden = {cell for cell, n in counts.items() if 0 < n < threshold}
    axes = [[*cats, TOTAL] for cats in categories]
    work = list(hidden)
    while work:
        cell = work.pop()
        for d, total in enumerate(totals):
            if not total:
                continue
            line = _line(cell, d, axes[d])
            if sum(c in hidden for c in line) != 1:
                continue
            visible = [c for c in line if c not in hidden and counts.get(c, 0) > 0]
            if not visible:  # cannot happen: a hidden non-zero cell makes its total non-zero, and vice versa
                continue
            pick = min(visible, key=lambda c: (counts[c], TOTAL in c, c))
            hidden.add(pick)
            work.extend((pick, cell))
    return hidden
