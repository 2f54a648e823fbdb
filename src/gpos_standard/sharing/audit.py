"""The attack published tables must resist: bounding each hidden cell by integer linear programming.

Whoever reads a table with hidden cells knows every published cell, that each line of the augmented hypercube
adds up to its total, that counts are whole numbers, and, because zero cells are always published, that a
hidden count is at least 1. Minimising and maximising a hidden cell subject to all of that gives the narrowest
interval anyone can deduce for it (this is the linear-programming attack on tabular data, made exact for whole
numbers). :func:`maxima` computes the upper ends of those intervals (the lower ends need no audit: they never
exceed the true value); :mod:`.suppression` keeps hiding cells until each
primary-suppressed cell's interval is at least its protection interval.

scipy (its HiGHS solver) does the solving; it is an optional dependency (``pip install 'gpos-standard[stats]'``).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from itertools import product
from typing import Any

from .suppression import TOTAL, Cell, augment, lines


class AuditUnavailable(RuntimeError):
    """scipy is not installed: published tables cannot be audited, so none are published."""


def _scipy() -> Any:
    try:
        from scipy import optimize, sparse
    except ImportError:
        raise AuditUnavailable("gpos stats audits every table against the linear-programming attack before writing "
                               "it, which needs scipy: pip install 'gpos-standard[stats]'") from None
    return optimize, sparse


def maxima(values: dict[Cell, float], hidden: set[Cell], categories: Sequence[Sequence[str]],
           totals: Sequence[bool], targets: Iterable[Cell], lower: float, integral: bool,
           enough: dict[Cell, float] | None = None) -> dict[Cell, float]:
    """The largest value an attacker can deduce as possible for each cell of ``targets`` (hidden cells), knowing
    every other cell's value (absent: 0), the line totals, and that each hidden value is at least ``lower`` (and
    whole when ``integral``). With ``enough`` (cell -> value), what matters is whether the maximum reaches it: a
    cell that does not may be reported with any value below it. The minima need no audit: the true value is
    always possible."""
    optimize, sparse = _scipy()
    order = sorted(hidden)
    index = {cell: i for i, cell in enumerate(order)}
    rows: list[int] = []
    cols: list[int] = []
    coefficients: list[float] = []
    rhs: list[float] = []
    for line in lines(categories, totals):  # the total, last, is the sum of the others
        if not any(cell in index for cell in line):
            continue
        known = 0.0
        row = len(rhs)
        for position, cell in enumerate(line):
            sign = -1.0 if position == len(line) - 1 else 1.0
            if cell in index:
                rows.append(row)
                cols.append(index[cell])
                coefficients.append(sign)
            else:
                known -= sign * values.get(cell, 0)
        rhs.append(known)
    matrix = sparse.csr_array((coefficients, (rows, cols)), shape=(len(rhs), len(order)))
    bounds = [(lower, None)] * len(order)
    cheap = _line_bounds(values, hidden, categories, totals, lower) if enough is not None else {}
    out: dict[Cell, float] = {}
    for cell in targets:
        if all(part in hidden for part in augment(cell, totals)):
            out[cell] = math.inf  # it and every total it counts in are hidden: any amount can be added to them all
            continue
        if enough is not None and cheap.get(cell, math.inf) < enough.get(cell, math.inf):
            out[cell] = cheap[cell]  # one line already bounds it below what it needs: no solving needed
            continue
        if enough is not None and _exchange(cell, enough[cell] - values.get(cell, 0), values, hidden, categories,
                                            totals, lower):
            out[cell] = enough[cell]  # a whole-number table reaching it exists: no solving needed
            continue
        objective = [0.0] * len(order)
        objective[index[cell]] = -1.0
        relaxed = optimize.linprog(objective, A_eq=matrix if rhs else None, b_eq=rhs if rhs else None,
                                   bounds=bounds, method="highs")  # simplex by default: the optimum is a vertex
        if relaxed.status == 3:
            out[cell] = math.inf
            continue
        if relaxed.status != 0:
            raise RuntimeError("the audit found the published table inconsistent; please report this")
        high = -relaxed.fun
        whole = all(abs(x - round(x)) < 1e-6 for x in relaxed.x)
        if integral and not whole and not (enough is not None and high < enough.get(cell, math.inf)):
            # Whole numbers can only narrow what the relaxation allows. When its best table is whole (usually) it
            # is the answer; otherwise solve for whole numbers.
            exact = optimize.milp(objective, constraints=optimize.LinearConstraint(matrix, rhs, rhs) if rhs else (),
                                  bounds=optimize.Bounds([lower] * len(order), [math.inf] * len(order)),
                                  integrality=[1] * len(order))
            if exact.x is None:  # the relaxation was bounded, so this is a solver failure: publish nothing
                raise RuntimeError(f"the audit could not be solved ({exact.message}); please report this")
            high = -exact.fun
        out[cell] = high
    return out


def _exchange(cell: Cell, delta: float, values: dict[Cell, float], hidden: set[Cell],
              categories: Sequence[Sequence[str]], totals: Sequence[bool], lower: float) -> bool:
    """Whether a table consistent with what is published holds ``cell`` raised by ``delta``, found the quick way:
    a box of hidden inner cells with ``cell`` at one corner, other categories at the opposite one, along every
    dimension that has totals. Adding ``delta`` at the corners an even number of steps from ``cell`` and taking it
    from the others changes no line total; it works when each of those others holds at least ``lower + delta``.
    Finding such a box proves the maximum reaches the target (the attack cannot do better than a real table);
    not finding one proves nothing, and the solver decides."""
    dims = [d for d, total in enumerate(totals) if total]
    if not dims or delta <= 0 or any(part == TOTAL for part in cell):
        return delta <= 0
    options = [[v for v in categories[d] if v != cell[d]] for d in dims]
    for other in product(*options):
        ok = True
        for corner in product((0, 1), repeat=len(dims)):
            if not any(corner):
                continue
            point = list(cell)
            for d, flip, value in zip(dims, corner, other, strict=True):
                if flip:
                    point[d] = value
            key = tuple(point)
            if key not in hidden or (sum(corner) % 2 and values.get(key, 0) < lower + delta):
                ok = False
                break
        if ok:
            return True
    return False


def _line_bounds(values: dict[Cell, float], hidden: set[Cell], categories: Sequence[Sequence[str]],
                 totals: Sequence[bool], lower: float) -> dict[Cell, float]:
    """An upper bound of each hidden cell from single lines whose total is published: the total, less the
    published cells and the least the other hidden cells can hold. Sound (never below the true maximum) and
    cheap, it settles most failing cells of sparse tables without a solver."""
    out: dict[Cell, float] = {}
    for line in lines(categories, totals):
        total, members = line[-1], line[:-1]
        if total in hidden:
            continue
        inside = [c for c in members if c in hidden]
        if not inside:
            continue
        room = values.get(total, 0) - sum(values.get(c, 0) for c in members if c not in hidden)
        room -= lower * (len(inside) - 1)
        for cell in inside:
            out[cell] = min(out.get(cell, math.inf), room)
    return out


def solver() -> str:
    _scipy()
    import scipy

    return f"scipy {scipy.__version__} HiGHS (scipy.optimize.milp)"

