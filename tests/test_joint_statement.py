"""Traceability from the 2025 Bangkok Joint Statement to the standard: every commitment is served by something in the
standard or says why it is not a data matter, and nothing in the schema names a commitment the Statement lacks."""

from __future__ import annotations

import copy
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from gpos_build import docs, statement
from gpos_build.model import AnnotationError, commitments_of
from gpos_standard.resources import current_version

from conftest import ROOT

# The Statement's sections and the commitments in each, as in the official text.
SECTIONS = {"A": range(1, 4), "B": range(4, 14), "C": range(14, 18), "D": range(18, 21), "E": range(21, 27)}


@pytest.fixture(scope="module")
def inputs() -> statement.Inputs:
    collected = docs.collect_inputs(ROOT)
    rules = {code: docs._rule_dict(r) for code, r in collected["rules"].items()}
    commands = [name.split(" ", 1)[1] for name in collected["cli_help"] if " " in name]
    return statement.Inputs(collected["joint_statement"], collected["meta"], collected["codelists"], rules, commands)


def mutated(inputs: statement.Inputs, **changes: Any) -> statement.Inputs:
    fields = {k: copy.deepcopy(getattr(inputs, k)) for k in ("statement", "meta", "codelists", "rules", "commands")}
    fields.update(changes)
    return statement.Inputs(**fields)


def test_the_mapping_fits(inputs: statement.Inputs) -> None:
    assert statement.problems(inputs) == []


def test_all_26_commitments_in_the_statements_order_and_sections(inputs: statement.Inputs) -> None:
    found = {s["letter"]: [c["number"] for c in s["commitments"]] for s in inputs.statement["sections"]}
    assert found == {letter: list(numbers) for letter, numbers in SECTIONS.items()}


def test_every_commitment_is_served_or_says_why_not(inputs: statement.Inputs) -> None:
    served = {n for _, _, n in statement.annotated(inputs.meta, inputs.codelists)}
    for n, c in statement.commitments(inputs.statement).items():
        assert n in served or c.get("see") or c.get("not_a_data_matter"), n


def test_commitments_the_issue_names_are_served_by_data(inputs: statement.Inputs) -> None:
    """The commitments that need data, checked against the text, each have a record type serving them."""
    by_class = {n for kind, _, n in statement.annotated(inputs.meta, inputs.codelists) if kind == "class"}
    needed = {4, 5, 6, 7, 8, 9, 11, 13, 14, 15, 16, 17, 19, 20, 23, 24, 25}
    assert needed <= by_class, sorted(needed - by_class)
    assert {"ModerationAction", "EntityRiskAssessment"} <= set(inputs.meta["classes"])


def test_a_commitment_served_by_nothing_without_a_reason_is_refused(inputs: statement.Inputs) -> None:
    meta, codelists = copy.deepcopy(inputs.meta), copy.deepcopy(inputs.codelists)
    for cls in meta["classes"].values():  # take 16 away from every element that names it
        cls["commitments"] = [n for n in cls.get("commitments", []) if n != 16]
        for slot in cls["slots"].values():
            slot["commitments"] = [n for n in slot.get("commitments", []) if n != 16]
    for cl in codelists.values():
        cl["commitments"] = [n for n in cl.get("commitments", []) if n != 16]
    doc = copy.deepcopy(inputs.statement)
    commitment = next(c for s in doc["sections"] for c in s["commitments"] if c["number"] == 16)
    commitment.pop("see", None)
    found = statement.problems(mutated(inputs, statement=doc, meta=meta, codelists=codelists))
    assert any(p.startswith("commitment 16 (Non-punishment): no class, slot") for p in found), found
    with pytest.raises(statement.StatementError, match="commitment 16"):
        statement.render(mutated(inputs, statement=doc, meta=meta, codelists=codelists))
    commitment["not_a_data_matter"] = "A reason."
    found = statement.problems(mutated(inputs, statement=doc, meta=meta, codelists=codelists))
    assert not any(p.startswith("commitment 16 ") for p in found), found


@pytest.mark.parametrize("where", ["class", "slot", "codelist"])
def test_an_annotation_naming_a_commitment_the_statement_lacks_is_refused(inputs: statement.Inputs,
                                                                          where: str) -> None:
    meta, codelists = copy.deepcopy(inputs.meta), copy.deepcopy(inputs.codelists)
    if where == "class":
        meta["classes"]["Case"]["commitments"] = [4, 27]
    elif where == "slot":
        meta["classes"]["Case"]["slots"]["status"]["commitments"] = [0]
    else:
        codelists["case_status"]["commitments"] = [99]
    found = statement.problems(mutated(inputs, meta=meta, codelists=codelists))
    expected = {"class": "class Case names commitment 27", "slot": "slot Case.status names commitment 0",
                "codelist": "codelist case_status names commitment 99"}[where]
    assert any(expected in p and "(1-26)" in p for p in found), found


def test_references_that_name_nothing_are_refused(inputs: statement.Inputs) -> None:
    doc = copy.deepcopy(inputs.statement)
    doc["sections"][1]["commitments"][0]["see"] = ["rule:GPOS-E999", "command:frobnicate", "code:case_status.nope",
                                                    "slot:Case.nope", "class:Nope", "codelist:nope"]
    doc["gaps"][0]["commitments"] = [30]
    found = statement.problems(mutated(inputs, statement=doc))
    for ref in doc["sections"][1]["commitments"][0]["see"]:
        assert any(repr(ref) in p for p in found), ref
    assert any("names commitment 30" in p for p in found)


def test_numbering_out_of_order_is_refused(inputs: statement.Inputs) -> None:
    doc = copy.deepcopy(inputs.statement)
    section = doc["sections"][0]["commitments"]
    section[0], section[1] = section[1], section[0]
    assert any("numbered 1, 2, 3" in p for p in statement.problems(mutated(inputs, statement=doc)))


def test_every_record_type_serves_a_commitment(inputs: statement.Inputs) -> None:
    meta = copy.deepcopy(inputs.meta)
    del meta["classes"]["Taskforce"]["commitments"]
    found = statement.problems(mutated(inputs, meta=meta))
    assert found == ["schema: record type Taskforce serves no commitment; annotate it with the commitments it serves"]


@pytest.mark.parametrize(("value", "expected"), [(16, (16,)), ("5 19 25", (5, 19, 25)), (" 7  9 ", (7, 9))])
def test_annotation_values_are_read(value: Any, expected: tuple[int, ...]) -> None:
    assert commitments_of({"commitments": str(value)}, "X") == expected
    assert commitments_of({}, "X") == ()


@pytest.mark.parametrize("value", ["5, 19", "five", "", "5 -1", "1.5"])
def test_unreadable_annotation_values_are_refused_with_the_element(value: str) -> None:
    with pytest.raises(AnnotationError, match=r"Case\.status: annotation commitments"):
        commitments_of({"commitments": value}, "Case.status")


def test_the_commitments_file_is_checked_against_its_schema(tmp_path: Path) -> None:
    for rel in (statement.SOURCE, statement.SCHEMA):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / rel, tmp_path / rel)
    path = tmp_path / statement.SOURCE
    path.write_text(path.read_text(encoding="utf-8").replace("number: 16", "number: sixteen"), encoding="utf-8")
    with pytest.raises(statement.StatementError, match=r"commitments.yaml: sections/2/commitments/2/number"):
        statement.load(tmp_path)


def test_make_generate_refuses_a_schema_naming_a_missing_commitment(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """End to end through LinkML: the annotation in schema/*.yaml reaches the check, and generation stops."""
    gen = pytest.importorskip("gpos_build.generate", reason="needs the dev extra (linkml)")
    from gpos_build import linkml_artefacts

    # LinkML's JSON-LD and SQL generators would take minutes on the edited schema, and are not what is tested here.
    monkeypatch.setattr(linkml_artefacts, "_remembered", lambda model, kind, make: b"")
    shutil.copytree(ROOT / "schema", tmp_path / "schema", ignore=shutil.ignore_patterns("releases"))
    for part in ("reference_data/codelists", "reference_data/iso", "reference_data/statement",
                 "src/gpos_standard/schema", "docs"):
        shutil.copytree(ROOT / part, tmp_path / part)
    shutil.copy(ROOT / "src/gpos_standard/models.py", tmp_path / "src/gpos_standard/models.py")
    module = tmp_path / "schema" / "protection.yaml"
    text = module.read_text(encoding="utf-8")
    assert "      commitments: 14 16\n" in text
    module.write_text(text.replace("      commitments: 14 16\n", "      commitments: 14 16 27\n"), encoding="utf-8")
    assert gen.main(["--root", str(tmp_path)]) == 1
    folder = f"src/gpos_standard/schema/{current_version()}"
    meta = json.loads((tmp_path / folder / "schema_meta.json").read_text(encoding="utf-8"))
    assert meta["classes"]["NonPunishmentAssessment"]["commitments"] == [14, 16, 27]
    assert (tmp_path / statement.PAGE).read_bytes() == (ROOT / statement.PAGE).read_bytes(), "page left alone"


NAMES = ("2025 bangkok joint statement by the global partnership against online scams",
         "international conference on the global partnership against online scams",
         "global partnership against online scams")


def _official_text() -> str | None:
    for base in (ROOT.parent, ROOT.parent.parent):
        path = base / "shared" / "statement" / "2025-bangkok-joint-statement.txt"
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return None


def test_the_page_summarises_and_does_not_copy_the_statement() -> None:
    """No run of ten words of the official text appears in the page or its source (summaries in our own words)."""
    official = _official_text()
    if official is None:
        pytest.skip("the official text (shared/statement/) is not beside this checkout")

    def words(s: str) -> list[str]:
        s = s.lower()
        for name in NAMES:  # names may be cited in full
            s = s.replace(name, " ")
        return re.findall(r"[a-z0-9]+", s)

    source = words(official)
    shingles = {tuple(source[i:i + 10]) for i in range(len(source) - 9)}
    for rel in (statement.SOURCE, statement.PAGE):
        mine = words((ROOT / rel).read_text(encoding="utf-8"))
        copied = [" ".join(mine[i:i + 10]) for i in range(len(mine) - 9) if tuple(mine[i:i + 10]) in shingles]
        assert copied == [], f"{rel} repeats the Statement word for word: {copied}"
