"""Line numbers of JSON paths: the fast finder used for large documents agrees with the full index."""

from __future__ import annotations

import json

from exports import minimal
from hypothesis import given, settings
from hypothesis import strategies as st

from gpos_standard.io.locate import JsonLineFinder, json_line_index

_json = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=6),
                     lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=5), c, max_size=3),
                     max_leaves=12)


def _agree(text: str) -> None:
    full = json_line_index(text)
    finder = JsonLineFinder(text)
    for path, line in full.items():
        assert finder.line_of(path) == line, path


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.text(max_size=5), _json, max_size=4), st.sampled_from([None, 0, 1, 2, 4]))
def test_finder_agrees_with_the_full_index(doc: dict[str, object], indent: int | None) -> None:
    _agree(json.dumps(doc, indent=indent))


def test_finder_on_an_export_in_every_layout() -> None:
    for indent in (None, 0, 2, 4):
        _agree(json.dumps(minimal(), indent=indent, ensure_ascii=False))
    _agree(json.dumps(minimal(), separators=(" , ", " :\n ")))
