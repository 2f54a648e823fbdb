"""The compiled rule checks find exactly what the interpreted walk finds, on the records they are used for."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gpos_standard.schema_info import collections
from gpos_standard.validation.compiled import compiled_for
from gpos_standard.validation.context import ExportContext
from gpos_standard.validation.walk import RecordScope, apply, plan_for

from conftest import EXPORTS, load_json
from strategies import RECORD_TYPES, record

NOW = datetime(2025, 7, 15, tzinfo=timezone.utc)


def _nowhere(_: Any) -> None:
    return None


def _both(cls: str, data: dict[str, Any], ids: dict[str, str]) -> tuple[Any, Any]:
    results = []
    for run in ("interpreted", "compiled"):
        context = ExportContext(now=NOW, default_region="TH", ids=dict(ids))
        scope = RecordScope("c", 0, cls, data.get("id"), context, _nowhere, True, 7)
        out: list[Any] = []
        if run == "compiled":
            compiled_for(cls)(data, scope, out, ())
        else:
            apply(plan_for(cls), data, scope, out)
        results.append((sorted(out), list(context.references), dict(context.case_roles),
                        context.screened_persons, context.assessed))
    return results[0], results[1]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(RECORD_TYPES).flatmap(lambda c: st.tuples(st.just(c), record(c))))
def test_compiled_checks_match_the_walk_on_generated_records(case: tuple[str, dict[str, Any]]) -> None:
    cls, data = case
    interpreted, compiled = _both(cls, data, {})
    assert compiled == interpreted


def test_compiled_checks_match_the_walk_on_the_reference_exports() -> None:
    for path in EXPORTS:
        document = load_json(path)
        ids = {r["id"]: cls for name, cls in collections().items() for r in document.get(name, [])}
        for name, cls in collections().items():
            for data in document.get(name, []):
                interpreted, compiled = _both(cls, data, ids)
                assert compiled == interpreted, (path.name, cls, data.get("id"))
