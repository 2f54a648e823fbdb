"""The sharing policy covers every slot, speaks the code lists' language, and is what the guide says it is."""

from __future__ import annotations

import re
from pathlib import Path

from gpos_standard.resources import codelists, schema_meta
from gpos_standard.schema_info import SENSITIVITY_ORDER
from gpos_standard.sharing import policy

from conftest import ROOT

GUIDE = ROOT / "docs" / "guides" / "publishing-and-sharing.md"
START, END = "<!-- policy-table:start -->", "<!-- policy-table:end -->"


def _codes(name: str) -> set[str]:
    return {c["code"] for c in codelists()[name]["codes"]}


def test_every_slot_has_a_known_sensitivity() -> None:
    missing = [f"{cls}.{slot}" for cls, info in schema_meta()["classes"].items()
               for slot, meta in info["slots"].items() if meta.get("sensitivity") not in SENSITIVITY_ORDER]
    assert not missing
    assert list(SENSITIVITY_ORDER) == [c["code"] for c in codelists()["sensitivity_level"]["codes"]]


def test_audiences_match_the_code_list() -> None:
    assert set(policy.AUDIENCES) == _codes("audience")
    assert all(a.ceiling in SENSITIVITY_ORDER for a in policy.AUDIENCES.values())
    recorded = {a.value for a in policy.Action} - {"kept", "released", "record_dropped"}
    assert recorded <= _codes("redaction_action")


def test_every_slot_is_decided_for_every_audience() -> None:
    for name in policy.AUDIENCES:
        table = policy.plan(name)
        for cls, info in schema_meta()["classes"].items():
            if cls in policy.ENVELOPE_CLASSES or info.get("abstract"):
                continue
            assert set(table[cls]) == set(info["slots"]), cls
    assert policy.dropped_types("originating_agency") == []
    assert "TraffickingScreening" in policy.dropped_types("partner_law_enforcement")


def test_the_schema_annotations_are_used_as_they_are() -> None:
    """No slot's sensitivity is overridden or released above the ceiling: the schema is the one source."""
    assert policy.SENSITIVITY_OVERRIDES == {}
    assert policy.RELEASED == {}
    classes = schema_meta()["classes"]
    assert classes["Organisation"]["slots"]["id"]["sensitivity"] == "public"
    assert classes["Period"]["slots"]["start_date"]["sensitivity"] == "public"


def test_special_category_never_reaches_partners_or_the_public() -> None:
    for name in ("partner_law_enforcement", "public_statistics"):
        table = policy.plan(name)
        for cls, slots in table.items():
            for slot, decision in slots.items():
                if policy.sensitivity(cls, slot) == "special_category":
                    assert decision.action in (policy.Action.DROP, policy.Action.REQUIRED), (name, cls, slot)


def test_guide_table_is_generated_from_the_policy() -> None:
    text = GUIDE.read_text(encoding="utf-8")
    found = re.search(re.escape(START) + r"\n(.*?)" + re.escape(END), text, re.S)
    assert found, f"{GUIDE} must hold the table between {START} and {END}"
    assert found.group(1) == policy.markdown_table(), "regenerate: python -m gpos_standard.sharing.policy --guide"


def test_guide_is_regenerated_in_place(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(f"intro\n{START}\nstale\n{END}\noutro\n")
    policy.update_guide(page)
    assert page.read_text() == f"intro\n{START}\n{policy.markdown_table()}{END}\noutro\n"
