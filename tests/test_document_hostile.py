"""Hostile or broken JSON/YAML documents end in a normal report (GPOS-E001, exit 1), never a traceback."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from exports import minimal
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gpos_standard import validate
from gpos_standard.cli import main


def _only_unreadable(path: Path) -> str:
    report = validate(path)
    assert [i.code for i in report.issues] == ["GPOS-E001"], report.issues
    return report.issues[0].message


CASES: dict[str, tuple[str, bytes, str]] = {
    "truncated": (".json", b'{"standard_version": "0.1.0",\n "export_id": "TH-X', "not valid JSON"),
    "invalid utf-8": (".json", b'{"licence": "\xff\xfe"}', "UTF-8"),
    "bom": (".json", b"\xef\xbb\xbf{}", "byte-order mark"),
    "nan": (".json", b'{"x": NaN}', "NaN"),
    "infinity": (".json", b'{"x": -Infinity}', "Infinity"),
    "duplicate keys": (".json", b'{"licence": "a", "licence": "b"}', "duplicate key"),
    "empty": (".json", b"", "empty"),
    "whitespace only": (".yaml", b"   \n\n", "empty"),
    "binary garbage": (".json", bytes(range(256)) * 4, ""),
    "deep nesting": (".json", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    "yaml python tag": (".yaml", b"licence: !!python/object/apply:os.system ['echo hi']\n", "not valid YAML"),
    "yaml duplicate keys": (".yaml", b"licence: a\nlicence: b\n", "duplicate key"),
    "yaml billion laughs": (".yaml", b'a: &a ["x","x","x","x","x","x","x","x","x"]\n'
                                     b"b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
                                     b"d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n",
                            "aliases are not allowed"),
    "not an object": (".json", b"[1, 2, 3]", "must be a JSON object"),
}


@pytest.mark.parametrize("name", CASES)
def test_hostile_document_is_reported(name: str, tmp_path: Path) -> None:
    suffix, content, words = CASES[name]
    path = tmp_path / f"input{suffix}"
    path.write_bytes(content)
    start = time.perf_counter()
    message = _only_unreadable(path)
    assert words in message
    assert time.perf_counter() - start < 10
    assert main(["validate", str(path)]) == 1


def test_truncated_json_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    path.write_text('{\n  "licence": "x",\n  "export_id": \n', encoding="utf-8")
    (issue,) = validate(path).issues
    assert issue.line == 4 and issue.code == "GPOS-E001"


def test_unquoted_yaml_dates_and_norway_are_strings(tmp_path: Path) -> None:
    import yaml

    doc = minimal()
    doc["persons"][1]["nationalities"] = ["NO"]
    text = yaml.safe_dump(doc, sort_keys=False).replace("'2025-02-05'", "2025-02-05").replace("'NO'", "NO")
    assert "opened_date: 2025-02-05" in text and "- NO" in text
    path = tmp_path / "export.yaml"
    path.write_text(text, encoding="utf-8")
    report = validate(path)
    assert report.issues == []


def test_yaml_issue_has_a_line(tmp_path: Path) -> None:
    import yaml

    doc = minimal()
    doc["cases"][0]["status"] = "open"
    path = tmp_path / "export.yaml"
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    (issue,) = validate(path).issues
    assert issue.code == "GPOS-E005"
    assert "status: open" in path.read_text(encoding="utf-8").splitlines()[issue.line - 1]


def test_json_issue_line_points_at_the_field(tmp_path: Path) -> None:
    doc = minimal()
    doc["organisations"][0]["website"] = "ftp:/nowhere"
    path = tmp_path / "export.json"
    path.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    (issue,) = validate(path).issues
    assert '"website"' in path.read_text(encoding="utf-8").splitlines()[issue.line - 1]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=2000), st.sampled_from([".json", ".yaml"]))
def test_fuzzed_documents_never_crash(tmp_path: Path, content: bytes, suffix: str) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(content)
    report = validate(path)
    assert all(i.code.startswith("GPOS-") for i in report.issues)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
                    lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=8), c, max_size=3),
                    max_leaves=20))
def test_fuzzed_json_structures_never_crash(tmp_path: Path, data: object) -> None:
    doc = minimal()
    doc["scam_reports"][0]["losses"] = data
    doc["persons"].append(data)
    path = tmp_path / "fuzz.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    report = validate(path)
    assert not report.valid


def test_unpaired_surrogate_escape_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text('{"licence": "\\ud800"}', encoding="utf-8")
    assert "unpaired surrogate" in _only_unreadable(path)
    paired = tmp_path / "p.json"
    paired.write_text('{"licence": "\\ud83d\\ude00"}', encoding="utf-8")
    assert all(i.code != "GPOS-E001" for i in validate(paired).issues)
