"""The personal-data detector looks up which of an export's names and identifiers a text could hold before
matching them (sharing/detect.py ``_FirstWords``): the same replacements as matching every one of them."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gpos_standard.sharing.detect import Detector

_LETTERS = "abcdeKkſsSßẞİıiIµμΣσςÅåǅǆ0123456789 -'./,"
_words = st.text(alphabet=_LETTERS, min_size=1, max_size=8).filter(lambda w: w.strip() != "")


def _document(names: list[str], numbers: list[str]) -> dict[str, Any]:
    persons = [{"id": f"TH-P-{i}", "names": [name]} for i, name in enumerate(names)]
    accounts = [{"id": f"TH-A-{i}", "account_number": number} for i, number in enumerate(numbers)]
    return {"member_country": "TH", "persons": persons, "financial_accounts": accounts}


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.lists(_words, min_size=1, max_size=3).map(" ".join), max_size=6),
       st.lists(_words, max_size=3), st.data())
def test_the_index_finds_what_the_whole_expression_finds(names: list[str], numbers: list[str],
                                                         data: st.DataObject) -> None:
    detector = Detector(_document(names, numbers), "TH")
    pieces = [*names, *numbers, "x"]
    parts = data.draw(st.lists(st.one_of(st.sampled_from(pieces), st.text(alphabet=_LETTERS, max_size=6)),
                               max_size=6))
    variants = [data.draw(st.sampled_from([p, p.upper(), p.lower(), p.swapcase(), p.casefold(), "  ".join(p.split())]))
                for p in parts]
    text = data.draw(st.sampled_from([" ", "\n", "", "-", "\t "])).join(variants)
    fast = detector.scrub(text)
    detector._index.fold = None  # every literal, as one expression
    assert fast == detector.scrub(text)
