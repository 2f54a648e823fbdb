"""Statistics and small-cell suppression: no small cell shown, none recoverable from the totals, sums exact."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gpos_standard import cli
from gpos_standard.sharing.stats import compute, tables, to_csv
from gpos_standard.sharing.suppression import TOTAL, augment, lines, suppress

from conftest import EXPORTS, load_json


@st.composite
def hypercubes(draw: st.DrawFn) -> tuple[Counter[tuple[str, ...]], list[list[str]], list[bool], int]:
    dims = draw(st.integers(1, 3))
    categories = [[f"c{i}" for i in range(draw(st.integers(1, 4)))] for _ in range(dims)]
    totals = [draw(st.booleans()) for _ in range(dims)]
    if not any(totals):
        totals[0] = True
    counts: Counter[tuple[str, ...]] = Counter()
    for key in draw(st.lists(st.tuples(*(st.sampled_from(c) for c in categories)), max_size=60)):
        for cell in augment(key, totals):
            counts[cell] += 1
    return counts, categories, totals, draw(st.integers(1, 8))


@settings(max_examples=300, deadline=None)
@given(hypercubes())
def test_suppression_leaves_no_line_with_a_single_hidden_cell(cube: Any) -> None:
    counts, categories, totals, threshold = cube
    hidden = suppress(counts, categories, totals, threshold)
    assert {c for c, n in counts.items() if 0 < n < threshold} <= hidden
    assert all(counts[c] > 0 for c in hidden)
    for line in lines(categories, totals):
        assert sum(c in hidden for c in line) != 1, line


def test_suppression_example() -> None:
    totals = [True]
    counts: Counter[tuple[str, ...]] = Counter()
    for key, n in (("a", 2), ("b", 10), ("c", 7)):
        for _ in range(n):
            for cell in augment((key,), totals):
                counts[cell] += 1
    assert suppress(counts, [["a", "b", "c"]], totals, 5) == {("a",), ("c",)}


def test_reference_statistics_hide_small_cells_and_add_up() -> None:
    document = load_json(EXPORTS[-1])
    stats = compute(document, threshold=3)
    assert json.loads(json.dumps(stats)) == stats
    for name, table in stats["tables"].items():
        for cell in table["cells"]:
            if cell["suppressed"]:
                assert all(cell[m] is None for m in table["measures"])
            else:
                assert cell[table["measures"][0]] >= 3, name
    # Unsuppressed computation: totals are sums of cells; losses are exact decimals.
    raw = {t.name: t for t in tables(document)}
    reports = raw["reports"]
    assert reports.counts[(TOTAL, TOTAL, TOTAL)] == len(document["scam_reports"])
    expected: dict[str, Decimal] = {}
    for report in document["scam_reports"]:
        for loss in report.get("losses", []):
            unit = loss.get("currency") or loss.get("crypto_asset")
            expected[unit] = expected.get(unit, Decimal(0)) + Decimal(loss["amount"])
    losses = raw["losses"]
    assert losses.amounts is not None
    assert {c[0]: v for c, v in losses.amounts.items() if c[1] == TOTAL} == expected


def test_victims_and_cases() -> None:
    document = load_json(EXPORTS[0])
    raw = {t.name: t for t in tables(document)}
    victims = {i["person"] for i in document.get("person_involvements", [])
               if i["role"] in ("defrauded_victim", "tip_victim_forced_criminality", "presumed_tip_victim")}
    assert raw["victims"].counts[(TOTAL, TOTAL)] == len(victims)
    assert raw["cases"].counts[(TOTAL,)] == len(document["cases"])


def test_csv_is_long_format() -> None:
    stats = compute(load_json(EXPORTS[0]))
    rows = list(csv.DictReader(io.StringIO(to_csv(stats))))
    assert rows and set(rows[0]) >= {"table", "measure", "value", "suppressed", "typology", "currency"}
    for row in rows:
        assert (row["value"] == "") == (row["suppressed"] == "true")
    with pytest.raises(ValueError):
        compute(load_json(EXPORTS[0]), threshold=0)


def test_cli_stats(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(cli.COMMANDS, "stats", "stats")
    out = tmp_path / "stats.json"
    assert cli.main(["stats", str(EXPORTS[0]), "-o", str(out), "--threshold", "3"]) == 0
    assert json.loads(out.read_text())["threshold"] == 3
    assert cli.main(["stats", str(EXPORTS[0]), "-o", str(tmp_path / "stats.csv")]) == 0
    assert cli.main(["stats", str(EXPORTS[0]), "-o", str(tmp_path / "stats.txt")]) == 2


# -- issue 15, finding 2: the published tables resist the linear-programming attack --------------------------------
def attack(table: dict[str, Any]) -> dict[tuple[str, ...], float]:
    """What an attacker holding only the published table can deduce: the largest value of each hidden cell, by
    integer linear programming over every line total (hidden counts are whole and at least 1, since zeros are
    published). Written from the published JSON alone, independently of gpos_standard.sharing.audit."""
    import numpy as np
    from scipy.optimize import Bounds, LinearConstraint, linprog, milp

    dims, with_total = table["dimensions"], set(table["totals"])
    value = {tuple(c[d] for d in dims): c[table["measures"][0]] for c in table["cells"]}
    hidden = sorted(k for k, v in value.items() if v is None)
    if not hidden:
        return {}
    index = {k: i for i, k in enumerate(hidden)}
    axes = [sorted({k[i] for k in value} - {TOTAL}) + ([TOTAL] if d in with_total else [])
            for i, d in enumerate(dims)]
    rows, rhs = [], []
    for i, d in enumerate(dims):
        if d not in with_total:
            continue
        others = [axes[j] if j != i else [None] for j in range(len(dims))]
        for fixed in __import__("itertools").product(*others):
            line = [(*fixed[:i], v, *fixed[i + 1:]) for v in axes[i]]
            row, known = np.zeros(len(hidden)), 0.0
            for cell in line:
                sign = -1.0 if cell[i] == TOTAL else 1.0
                if cell in index:
                    row[index[cell]] += sign
                else:
                    known -= sign * (value.get(cell) or 0)
            if row.any():
                rows.append(row)
                rhs.append(known)
    constraints = LinearConstraint(np.array(rows), rhs, rhs) if rows else ()
    out = {}
    for cell, i in index.items():
        objective = np.zeros(len(hidden))
        objective[i] = -1.0
        result = milp(objective, constraints=constraints, bounds=Bounds(1, np.inf),
                      integrality=np.ones(len(hidden)))
        if result.x is None:  # HiGHS may not tell unbounded from infeasible for integers: ask the relaxation
            relaxed = linprog(objective, A_eq=np.array(rows) if rows else None, b_eq=rhs if rows else None,
                              bounds=(1, None), method="highs")
            assert relaxed.status == 3, relaxed.message
            out[cell] = np.inf
        else:
            out[cell] = -result.fun
    return out


@pytest.mark.parametrize("path", EXPORTS, ids=[p.name for p in EXPORTS])
def test_reference_statistics_resist_the_linear_programming_attack(path: Path) -> None:
    document = load_json(path)
    stats = compute(document, 5)
    truth = {t.name: t.counts for t in tables(document)}
    assert stats["disclosure_control"]["method"] == "cell suppression audited against the linear-programming attack"
    small = 0
    for name, table in stats["tables"].items():
        for cell, high in attack(table).items():
            true = truth[name][cell]
            if 0 < true < 5:
                small += 1
                assert high >= 5, (name, cell, true, high)
    assert small > 0


@settings(max_examples=40, deadline=None)
@given(hypercubes())
def test_protected_tables_resist_the_attack(cube: Any) -> None:
    from gpos_standard.sharing.suppression import protect

    counts, categories, totals, threshold = cube
    hidden, _ = protect(counts, categories, totals, threshold)
    dims = [f"d{i}" for i in range(len(categories))]
    table = {"dimensions": dims, "totals": [d for d, t in zip(dims, totals, strict=True) if t], "measures": ["n"],
             "cells": [{**dict(zip(dims, c, strict=True)), "n": None if c in hidden else n} for c, n in counts.items()]}
    for cell, high in attack(table).items():
        if 0 < counts[cell] < threshold:
            assert high >= threshold, (cell, counts[cell], high)


def test_larger_export_keeps_its_large_cells(tmp_path: Path) -> None:
    """Protection does not hide everything when cells are large enough to protect one another."""
    document = load_json(EXPORTS[0])
    reports = document["scam_reports"]
    document["scam_reports"] = [{**r, "id": f"{r['id']}-{i}"} for i in range(12) for r in reports]
    stats = compute(document, 5)
    cells = [c for t in stats["tables"].values() for c in t["cells"]]
    assert any(not c["suppressed"] for c in cells) and any(c["suppressed"] for c in cells)
    for name, table in stats["tables"].items():
        truth = {t.name: t.counts for t in tables(document)}[name]
        for cell, high in attack(table).items():
            if 0 < truth[cell] < 5:
                assert high >= 5
