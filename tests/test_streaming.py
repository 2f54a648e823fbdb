"""Streaming convert, redact and stats give exactly what the whole-document implementations give.

The commands read their input once into a spool and write a record at a time (io/spool.py); here every writer
is compared byte for byte with the document writer it replaces (``json.dumps``, the YAML dump of the whole
document, the CSV files of ``package_files``), and streamed redaction and statistics with ``redact`` and
``compute`` over the same document: on the reference exports, on exports whose records come in any order, and on
generated exports (valid and damaged).
"""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_sharing_redact import KEY, valid_exports

from gpos_standard.io.csvpkg import package_files, write_files
from gpos_standard.io.formats import open_source, write, write_parts, yaml_text
from gpos_standard.io.jsonl import dumps
from gpos_standard.io.records import to_document
from gpos_standard.io.spool import Spool, SpooledSource, spool_source, spooled_parts
from gpos_standard.schema_info import collections, root_class
from gpos_standard.sharing.keys import KeyProblem, load_key
from gpos_standard.sharing.redact import redact
from gpos_standard.sharing.redact_stream import StreamRedactor
from gpos_standard.sharing.stats import compute, compute_records

from conftest import EXPORTS, load_json
from strategies import mutated

AUDIENCES = ["partner_law_enforcement", "public_statistics", "originating_agency"]


def _shuffled_jsonl(document: dict[str, Any], path: Path, seed: int) -> None:
    """JSON Lines with the records of all collections interleaved (each collection keeps its own order)."""
    classes = collections()
    queues = [[(cls, r) for r in document.get(name) or []] for name, cls in classes.items()]
    rng = random.Random(seed)
    lines = [dumps({"record_type": root_class(), **{k: v for k, v in document.items() if k not in classes}})]
    while any(queues):
        queue = rng.choice([q for q in queues if q])
        cls, record = queue.pop(0)
        lines.append(dumps({"record_type": cls, **record}))
    path.write_bytes(b"\n".join(lines) + b"\n")


def _streamed(source_path: Path, target: Path) -> None:
    source = open_source(source_path)
    with Spool() as spool:
        try:
            envelope = spool_source(source, spool)
        finally:
            source.close()
        write_parts(spooled_parts(envelope, spool), target)


def _oracle(document: dict[str, Any], fmt: str, target: Path) -> None:
    """The whole-document writers as they were before streaming."""
    if fmt == "json":
        target.write_text(json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False) + "\n", "utf-8")
    elif fmt == "yaml":
        target.write_text(yaml_text(document), "utf-8")
    elif fmt == "jsonl":
        classes = collections()
        envelope = {"record_type": root_class(), **{k: v for k, v in document.items() if k not in classes}}
        lines = [dumps(envelope)] + [dumps({"record_type": cls, **r}) for name, cls in classes.items()
                                     for r in document.get(name) or []]
        target.write_bytes(b"\n".join(lines) + b"\n")
    else:
        write_files(package_files(document), target, as_zip=True)


@pytest.mark.parametrize("fmt", ["json", "yaml", "jsonl", "zip"])
@pytest.mark.parametrize("path", EXPORTS, ids=lambda p: p.stem)
def test_streamed_writers_give_the_bytes_of_the_document_writers(path: Path, fmt: str, tmp_path: Path) -> None:
    document = load_json(path)
    _oracle(document, fmt, tmp_path / f"old.{fmt}")
    write(document, tmp_path / f"doc.{fmt}")
    _shuffled_jsonl(document, tmp_path / "in.jsonl", 1)
    _streamed(tmp_path / "in.jsonl", tmp_path / f"new.{fmt}")
    old = (tmp_path / f"old.{fmt}").read_bytes()
    assert (tmp_path / f"doc.{fmt}").read_bytes() == old
    assert (tmp_path / f"new.{fmt}").read_bytes() == old


def test_csv_folder_and_xlsx_streamed_read_back(tmp_path: Path) -> None:
    document = load_json(EXPORTS[0])
    _shuffled_jsonl(document, tmp_path / "in.jsonl", 2)
    (tmp_path / "folder").mkdir()
    _streamed(tmp_path / "in.jsonl", tmp_path / "folder")
    assert {p.name: p.read_bytes() for p in (tmp_path / "folder").iterdir()} == dict(package_files(document))
    _streamed(tmp_path / "in.jsonl", tmp_path / "out.xlsx")
    source = open_source(tmp_path / "out.xlsx")
    try:
        assert to_document(source, list(collections())) == document
    finally:
        source.close()


def test_a_record_no_cell_can_hold_is_refused_with_nothing_written(tmp_path: Path) -> None:
    document = load_json(EXPORTS[0])
    document["scam_reports"][-1]["narrative"] = 12  # a number in a text field reads back as text
    _shuffled_jsonl(document, tmp_path / "in.jsonl", 3)
    for name in ("out.zip", "out.xlsx"):
        with pytest.raises(ValueError, match="cannot hold"):
            _streamed(tmp_path / "in.jsonl", tmp_path / name)
        assert not (tmp_path / name).exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
@given(valid_exports(), st.sampled_from(["json", "yaml", "jsonl", "zip"]), st.integers(0, 9))
def test_generated_exports_stream_to_the_same_bytes(tmp_path_factory: Any, document: dict[str, Any], fmt: str,
                                                    seed: int) -> None:
    folder = tmp_path_factory.mktemp("gen")
    classes = collections()  # as read from a file: the envelope, then the collections in schema order
    document = {**{k: v for k, v in document.items() if k not in classes},
                **{k: document[k] for k in classes if k in document}}
    try:
        _oracle(document, fmt, folder / f"old.{fmt}")
    except ValueError:
        return  # no CSV cell holds it: the streamed writer refuses it too (previous test)
    _shuffled_jsonl(document, folder / "in.jsonl", seed)
    _streamed(folder / "in.jsonl", folder / f"new.{fmt}")
    assert (folder / f"new.{fmt}").read_bytes() == (folder / f"old.{fmt}").read_bytes()


# -- redaction and statistics ------------------------------------------------------------------------------------------

def _spool(document: dict[str, Any], spool: Spool) -> dict[str, Any]:
    """The document's records spooled in the order a shuffled JSON Lines file gives them (per collection: as is)."""
    classes = collections()
    for name in classes:
        for record in document.get(name) or []:
            spool.add(name, record)
    return {k: v for k, v in document.items() if k not in classes}


def _redact_streamed(document: dict[str, Any], audience: str) -> tuple[dict[str, Any], dict[str, Any]]:
    with Spool() as spool:
        envelope = _spool(document, spool)
        redactor = StreamRedactor(audience, KEY, None)
        result, kept = redactor.run_stream(envelope, spool)
        with kept:
            source = SpooledSource(result, kept, "out")
            return to_document(source, list(collections())), redactor.redaction()


@pytest.mark.parametrize("audience", AUDIENCES)
@pytest.mark.parametrize("path", EXPORTS, ids=lambda p: p.stem)
def test_streamed_redaction_is_the_redaction_of_the_document(path: Path, audience: str) -> None:
    document = load_json(path)
    expected = redact(copy.deepcopy(document), audience, KEY)
    assert _redact_streamed(document, audience) == expected


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data(), st.sampled_from(AUDIENCES))
def test_streamed_redaction_of_damaged_exports(data: st.DataObject, audience: str) -> None:
    """Invalid data redacted with --allow-invalid: the same output, or the same refusal."""
    document = data.draw(mutated(load_json(data.draw(st.sampled_from(EXPORTS)))))
    try:
        expected: Any = redact(copy.deepcopy(document), audience, KEY)
    except (KeyProblem, ValueError, TypeError, AttributeError) as exc:
        expected = type(exc)
    try:
        found: Any = _redact_streamed(document, audience)
    except (KeyProblem, ValueError, TypeError, AttributeError) as exc:
        found = type(exc)
    assert found == expected


@settings(max_examples=4, deadline=None, suppress_health_check=list(HealthCheck))
@given(valid_exports(), st.sampled_from(AUDIENCES[:2]))
def test_streamed_redaction_of_generated_exports(document: dict[str, Any], audience: str) -> None:
    assert _redact_streamed(document, audience) == redact(copy.deepcopy(document), audience, KEY)


@pytest.mark.parametrize("path", EXPORTS, ids=lambda p: p.stem)
def test_streamed_statistics_are_the_statistics_of_the_document(path: Path) -> None:
    document = load_json(path)
    with Spool() as spool:
        envelope = _spool(document, spool)
        assert compute_records(envelope, spool.records, 3) == compute(document, 3)


@pytest.mark.parametrize("text", ["<r><t>x</t></r>", "<r>a</r>", "a\r\nb_x0041_\x01\ufffe", " lead", "=1+1", "0012"])
def test_xlsx_cells_hold_any_text_exactly(text: str, tmp_path: Path) -> None:
    """XlsxWriter writes text that looks like its rich-text markup into the sheet unescaped: not here."""
    document = load_json(EXPORTS[0])
    document["scam_reports"][0]["narrative"] = text
    write(document, tmp_path / "x.xlsx")
    source = open_source(tmp_path / "x.xlsx")
    try:
        assert to_document(source, list(collections()))["scam_reports"][0]["narrative"] == text
    finally:
        source.close()


def test_the_commands_stream_a_shuffled_export_to_what_the_document_gives(tmp_path: Path) -> None:
    """gpos redact and gpos stats on JSON Lines whose records are interleaved: the outputs of the document."""
    from gpos_standard.cli import main
    from gpos_standard.cli.package import write_export
    from gpos_standard.sharing.stats import to_json

    document = load_json(EXPORTS[-1])
    _shuffled_jsonl(document, tmp_path / "in.jsonl", 4)
    key_file = tmp_path / "key.json"
    assert main(["keygen", "-o", str(key_file)]) == 0
    key = load_key(key_file)
    for name in ("out.zip", "out.json"):
        assert main(["redact", str(tmp_path / "in.jsonl"), "--audience", "partner_law_enforcement",
                     "--key-file", str(key_file), "-o", str(tmp_path / name)]) == 0
        result, redaction = redact(copy.deepcopy(document), "partner_law_enforcement", key)
        write_export(result, tmp_path / f"expected-{name}", redaction)
        assert (tmp_path / name).read_bytes() == (tmp_path / f"expected-{name}").read_bytes()
    assert main(["stats", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "stats.json")]) == 0
    expected = json.loads(to_json(compute(document)))
    found = json.loads((tmp_path / "stats.json").read_text("utf-8"))
    assert {k: v for k, v in found.items() if k != "disclosure_control"} == \
        {k: v for k, v in expected.items() if k != "disclosure_control"}


def test_invalid_data_is_spooled_once_though_the_validator_reads_it_twice(tmp_path: Path) -> None:
    """A reference to no record makes the validator read the records again to locate it: they are still set
    aside once each, so gpos redact --allow-invalid redacts what the document holds."""
    from gpos_standard.cli.package import read_valid

    document = load_json(EXPORTS[0])
    document["person_involvements"][0]["person"] = "AE-P-NOWHERE"
    _shuffled_jsonl(document, tmp_path / "in.jsonl", 5)
    with Spool() as spool:
        envelope = read_valid(tmp_path / "in.jsonl", spool, True, "redact")[0]
        assert {name: list(spool.records(name)) for name in spool.collections()} == \
            {name: document[name] for name in collections() if document.get(name)}
        for audience in AUDIENCES[:2]:
            redactor = StreamRedactor(audience, KEY, None)
            result, kept = redactor.run_stream(envelope, spool)
            with kept:
                found = to_document(SpooledSource(result, kept, "out"), list(collections()))
            assert (found, redactor.redaction()) == redact(copy.deepcopy(document), audience, KEY)
