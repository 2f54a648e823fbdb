"""The field types of the Pydantic models and the JSON Schema accept and reject exactly the same documents.

Records are generated from the schema (valid by construction), then mutated one change at a time; the
generated models' own types, jsonschema-rs (the runtime engine) and the reference implementation ``jsonschema``
must reach the same verdict on every one. (A model also runs the validator's record-level rules, which
tests/test_model_rules.py compares with validate(); here they are set aside to test the types themselves, which
judge the values a developer gives as Python objects.)
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from gpos_standard import _modelbase, models
from gpos_standard.resources import json_schema
from gpos_standard.validation import structural

from conftest import EXPORTS, load_json
from strategies import RECORD_TYPES, mutated, record


def _ecma_patterns(node: Any) -> Any:
    """Python's ``$`` also matches before a final newline; ``\\Z`` is what ECMA 262's ``$`` means."""
    if isinstance(node, dict):
        return {k: (re.sub(r"\$$", r"\\Z", v) if k == "pattern" else _ecma_patterns(v)) for k, v in node.items()}
    if isinstance(node, list):
        return [_ecma_patterns(v) for v in node]
    return node


ORACLE_SCHEMA = _ecma_patterns(json_schema())


@cache
def _oracle(definition: str) -> jsonschema.Draft201909Validator:
    schema = {**ORACLE_SCHEMA, "$ref": f"#/$defs/{definition}"}
    for key in ("properties", "required", "additionalProperties", "type"):
        schema.pop(key, None)
    return jsonschema.Draft201909Validator(schema, format_checker=jsonschema.Draft201909Validator.FORMAT_CHECKER)


def oracle_ok(doc: Any, definition: str) -> bool:
    return _oracle(definition).is_valid(doc)


def engine_ok(doc: Any, definition: str) -> bool:
    return not list(structural.check(doc, definition))


@contextmanager
def types_only() -> Iterator[None]:
    """The models without the validator's rules: what the generated field types accept."""
    token = _modelbase._COVERED.set(True)
    try:
        yield
    finally:
        _modelbase._COVERED.reset(token)


@cache
def _class_rule_codes() -> frozenset[str]:
    """The codes of the schema's class rules (LinkML ``rules``), which the models leave to the validator's checks."""
    return frozenset(code for code, _ in structural._rule_nodes(None).values())


def pydantic_ok(doc: Any, definition: str) -> bool:
    """The models' types, with the class rules as the models run them (the validator's own structural check)."""
    model = models.RECORD_TYPES.get(definition) or getattr(models, definition)
    try:
        with types_only():
            model.model_validate_json(json.dumps(doc))
    except ValidationError:
        return False
    return not any(code in _class_rule_codes() for code, _, _ in structural.check(doc, definition))


@st.composite
def record_and_type(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    cls = draw(st.sampled_from(RECORD_TYPES))
    doc = draw(record(cls))
    if draw(st.integers(0, 3)):  # three in four are mutated
        doc = draw(mutated(doc))
    return cls, doc


@settings(max_examples=4000, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(record_and_type())
def test_pydantic_and_json_schema_agree(case: tuple[str, dict[str, Any]]) -> None:
    cls, doc = case
    verdicts = {"pydantic": pydantic_ok(doc, cls), "jsonschema-rs": engine_ok(doc, cls),
                "jsonschema": oracle_ok(doc, cls)}
    assert len(set(verdicts.values())) == 1, (cls, verdicts, doc)
    event("accepted" if verdicts["pydantic"] else "rejected")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(RECORD_TYPES).flatmap(lambda c: st.tuples(st.just(c), record(c))))
def test_generated_records_are_valid_and_round_trip(case: tuple[str, dict[str, Any]]) -> None:
    cls, doc = case
    assert engine_ok(doc, cls)
    with types_only():
        model = models.RECORD_TYPES[cls].model_validate_json(json.dumps(doc))
    assert model.to_dict() == doc


@pytest.mark.parametrize("path", EXPORTS, ids=lambda p: p.name)
def test_reference_exports_round_trip_through_the_models(path) -> None:
    doc = load_json(path)
    export = models.Export.model_validate_json(path.read_text(encoding="utf-8"))
    assert export.to_dict() == doc
    assert json.loads(export.to_json()) == doc


def test_trailing_newline_is_not_a_country_code() -> None:
    person = {"id": "TH-P-1", "nationalities": ["GB\n"]}
    assert not pydantic_ok(person, "Person")
    assert not engine_ok(person, "Person")
    assert not oracle_ok(person, "Person")


def test_abstract_record_cannot_be_instantiated() -> None:
    with pytest.raises(TypeError):
        models.Record(id="TH-X-1")


def test_null_is_rejected_by_both() -> None:
    report = {"id": "TH-R-1", "notes": None}
    assert not pydantic_ok(report, "Person") and not engine_ok(report, "Person")
