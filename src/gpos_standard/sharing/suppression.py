"""Small-cell suppression on the augmented hypercube, audited against the attack, so that published tables cannot
single out a victim.

A table is a hypercube of counts; every dimension with a total is extended by a ``_total`` category (the
augmented hypercube), and totals are cells like any other. Primary suppression hides every cell with
``0 < count < threshold``. Complementary suppression then looks at every *line* (one dimension varies over its
categories and its total, the others are fixed): a line with exactly one hidden cell would give it away by
subtraction, so the smallest non-zero visible cell of that line is hidden too, until no such line is left.

That is not enough: solving all the lines together (:mod:`.audit`) still narrows most hidden cells down, often
to their exact value. So :func:`protect` audits the result: for every primary-suppressed cell, the largest count
consistent with the published table must reach the threshold (the attacker cannot tell the cell is small), and
in tables of amounts the largest amount consistent with it must exceed the cell's own by ``AMOUNT_MARGIN``. Each
cell that fails gets one more cell hidden on one of its lines (the smallest visible one), and the audit runs again
until every cell passes. Hiding a cell only ever widens what an attacker can deduce, so a cell that passed stays
passed. Zero cells are always published (a zero is not a person): the attacker knows a hidden count is at least
1, and the audit assumes so.
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
    for cell in list(hidden):
        _close_lines(hidden, cell, counts, totals, axes)
    return hidden


AMOUNT_MARGIN = 0.1


def _neighbours(cell: Cell, totals: Sequence[bool], axes: list[list[str]]) -> list[Cell]:
    return [c for d, total in enumerate(totals) if total for c in _line(cell, d, axes[d]) if c != cell]


def _widen(cell: Cell, need: float, counts: dict[Cell, int], hidden: set[Cell], totals: Sequence[bool],
           axes: list[list[str]]) -> Cell | None:
    """The cell to hide next for a cell that failed the audit by ``need`` units: on its lines (or else on the
    lines of the hidden cells it is linked to), the smallest visible cell that frees that many units, or the
    largest one when none does; cells inside the table before totals."""
    seen, frontier = {cell}, [cell]
    while frontier:
        around = {c for f in frontier for c in _neighbours(f, totals, axes)} - seen
        visible = [c for c in around if c not in hidden and counts.get(c, 0) > 0]
        if visible:
            freeing = [c for c in visible if counts[c] - 1 >= need]
            if freeing:
                return min(freeing, key=lambda c: (TOTAL in c, counts[c], c))
            return max(visible, key=lambda c: (TOTAL not in c, counts[c], c))
        seen |= around
        frontier = [c for c in around if c in hidden]
    return None


def _close_lines(hidden: set[Cell], new: Cell, counts: dict[Cell, int], totals: Sequence[bool],
                 axes: list[list[str]]) -> None:
    """Hide more cells until no line holds exactly one hidden cell (the rule of :func:`suppress`)."""
    work = [new]
    while work:
        cell = work.pop()
        for d, total in enumerate(totals):
            if not total:
                continue
            line = _line(cell, d, axes[d])
            if sum(c in hidden for c in line) != 1:
                continue
            visible = [c for c in line if c not in hidden and counts.get(c, 0) > 0]
            if visible:  # always: a hidden non-zero cell makes its total non-zero, and vice versa
                pick = min(visible, key=lambda c: (counts[c], TOTAL in c, c))
                hidden.add(pick)
                work.extend((pick, cell))


def protect(counts: dict[Cell, int], categories: Sequence[Sequence[str]], totals: Sequence[bool], threshold: int,
            amounts: dict[Cell, float] | None = None) -> tuple[set[Cell], int]:
    """The cells to hide so that every primary-suppressed cell passes the audit, and how many cells were audited
    (raises :class:`~.audit.AuditUnavailable` without scipy)."""
    from .audit import maxima

    hidden = suppress(counts, categories, totals, threshold)
    primary = sorted(c for c, n in counts.items() if 0 < n < threshold)
    axes = [[*cats, TOTAL] for cats in categories]
    enough = dict.fromkeys(primary, float(threshold))
    money = None if amounts is None else {c: amounts.get(c, 0) * (1 + AMOUNT_MARGIN) for c in primary}
    pending = list(primary)
    while pending:
        need: dict[Cell, float] = {}
        for cell, high in maxima(counts, hidden, categories, totals, pending, 1, True, enough).items():  # type: ignore[arg-type]
            if high < threshold:
                need[cell] = threshold - high
        if amounts is not None and money is not None:
            for cell, high in maxima(amounts, hidden, categories, totals, pending, 0, False).items():
                if high < money[cell] - 1e-9:
                    need.setdefault(cell, 1)
        before = len(hidden)
        for cell in sorted(need):
            pick = _widen(cell, need[cell], counts, hidden, totals, axes)
            if pick is not None:
                hidden.add(pick)
                _close_lines(hidden, pick, counts, totals, axes)
        if need and len(hidden) == before:  # cannot happen: with every linked cell hidden, nothing is bounded
            raise RuntimeError("the suppression audit cannot be satisfied; please report this")
        pending = sorted(need)
    return hidden, len(primary)
