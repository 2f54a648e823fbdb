"""``gpos upgrade``: every 0.1.0 reference export moves to 0.2.0 with nothing lost; moving a 0.2.0 export back is
refused, and with --drop-unsupported drops exactly what 0.1.0 cannot hold; the output is valid and written
atomically."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from gpos_standard import validate
from gpos_standard.cli import main
from gpos_standard.io.formats import open_source
from gpos_standard.io.records import to_document
from gpos_standard.resources import codelists, schema_meta
from gpos_standard.schema_info import collections, slot_at
from gpos_standard.versioning.upgrade import CannotCarry, UpgradeError, upgrade

from conftest import EXPORTS, ROOT, load_json

OLD_EXPORTS = sorted((ROOT / "reference_data" / "exports" / "0.1.0").glob("*.json"))
TH_0_1_0 = ROOT / "reference_data" / "exports" / "0.1.0" / "th_export.json"  # has a deprecated code


def _leaves(value: Any, path: tuple[Any, ...] = ()) -> dict[tuple[Any, ...], Any]:
    if isinstance(value, dict):
        return {k: v for key, item in value.items() for k, v in _leaves(item, (*path, key)).items()}
    if isinstance(value, list):
        return {k: v for i, item in enumerate(value) for k, v in _leaves(item, (*path, i)).items()}
    return {path: value}


def _renamed(path: tuple[Any, ...], names: dict[str, str]) -> tuple[Any, ...]:
    return tuple(names.get(p, p) if isinstance(p, str) else p for p in path)


def _replacements(version: str) -> dict[str, str]:
    """Deprecated field -> its exact replacement, from the metadata (not from the upgrade code)."""
    return {name: slot["replaced_by"] for cls in schema_meta(version)["classes"].values()
            for name, slot in cls["slots"].items() if slot.get("replaced_by")}


@pytest.mark.parametrize("path", OLD_EXPORTS, ids=lambda p: p.name)
def test_every_0_1_0_export_moves_to_0_2_0_with_nothing_lost(path: Path) -> None:
    document = load_json(path)
    assert document["standard_version"] == "0.1.0"
    result = upgrade(document, "0.2.0")
    assert validate(result.document).error_count == 0
    before, after = _leaves(document), _leaves(result.document)
    assert after.pop(("standard_version",)) == "0.2.0" and before.pop(("standard_version",)) == "0.1.0"
    assert after == before  # every value, at the same place
    assert result.unsupported == [] and [n.path for n in result.changed] == ["/standard_version"]
    assert document == load_json(path)  # the input is not modified


@pytest.mark.parametrize("path", OLD_EXPORTS, ids=lambda p: p.name)
def test_replacing_deprecated_fields_renames_them_value_for_value(path: Path) -> None:
    document = load_json(path)
    result = upgrade(document, "0.2.0", replace_deprecated=True)
    names = _replacements("0.2.0")
    assert names == {"is_minor": "minor_at_exploitation", "key_fingerprint": "key_id"}
    before = {_renamed(p, names): v for p, v in _leaves(document).items() if p != ("standard_version",)}
    after = {p: v for p, v in _leaves(result.document).items() if p != ("standard_version",)}
    assert after == before
    report = validate(result.document)
    assert report.error_count == 0
    assert not any(i.path.endswith(tuple(f"/{n}" for n in names)) for i in report.issues)  # no W004 on fields
    renamed = [n for n in result.changed if "renamed" in n.what]
    assert len(renamed) == sum(1 for p in _leaves(document) if "is_minor" in p)


def _drop(document: dict[str, Any], pointers: list[str]) -> None:
    """Remove the values at these JSON Pointers (list items from the last, so indexes stay right)."""
    def steps(pointer: str) -> list[Any]:
        return [int(s) if s.isdigit() else s for s in pointer.strip("/").split("/")]

    for pointer in sorted(pointers, key=lambda p: [(isinstance(s, int), s) for s in steps(p)], reverse=True):
        *parents, last = steps(pointer)
        node: Any = document
        for step in parents:
            node = node[step]
        del node[last]
        if node == [] and parents:  # the standard has no empty lists: one emptied goes with its field
            _drop(document, ["/" + "/".join(map(str, parents))])


def _not_in(version: str, pointer: str, document: dict[str, Any], dropped: list[str]) -> bool:
    """Whether the value at ``pointer`` is something ``version`` cannot hold: a collection or field it lacks, a
    code its (closed) list lacks, a record that cannot stand without them, or a reference to such a record."""
    steps = [int(s) if s.isdigit() else s for s in pointer.strip("/").split("/")]
    if len(steps) == 1:
        return steps[0] not in collections(version)
    if len(steps) == 2:  # a whole record: it must also have lost something the version lacks
        return any(p.startswith(pointer + "/") for p in dropped)
    node: Any = document
    for step in steps:
        node = node[step]
    slot = slot_at(tuple(steps), version=version)
    if slot is not None and slot.meta["kind"] == "ref":
        gone = {document[c][int(i)]["id"] for c, i in (p.strip("/").split("/") for p in dropped if p.count("/") == 2)}
        return node in gone
    if slot is None or (isinstance(steps[-1], str) and slot.meta["kind"] != "enum"):
        return slot is None  # a field the version lacks; or a field it has, whose value is not a code
    name = schema_meta(version)["enums"][slot.meta["range"]]["codelist"]
    return node not in {c["code"] for c in codelists(version)[name]["codes"]}


@pytest.mark.parametrize("path", EXPORTS, ids=lambda p: p.name)
def test_moving_a_0_2_0_export_back_drops_exactly_what_0_1_0_cannot_hold(path: Path) -> None:
    document = load_json(path)
    with pytest.raises(CannotCarry) as refused:
        upgrade(document, "0.1.0")
    dropped = [n.path for n in refused.value.result.unsupported]
    assert dropped and all(_not_in("0.1.0", p, document, dropped) for p in dropped)  # nothing 0.1.0 could hold
    result = upgrade(document, "0.1.0", drop_unsupported=True)
    assert [n.path for n in result.unsupported] == dropped
    assert validate(result.document).error_count == 0
    expected = copy.deepcopy(document)
    _drop(expected, dropped)
    back = {new: old for old, new in _replacements("0.2.0").items()}
    want = {_renamed(p, back): v for p, v in _leaves(expected).items() if p != ("standard_version",)}
    got = {p: v for p, v in _leaves(result.document).items() if p != ("standard_version",)}
    assert got == want  # everything else carried, value for value
    assert result.document["standard_version"] == "0.1.0"


def test_a_round_trip_through_0_1_0_is_lossless_for_what_it_carries() -> None:
    document = load_json(OLD_EXPORTS[0])
    there = upgrade(document, "0.2.0", replace_deprecated=True).document
    back = upgrade(there, "0.1.0").document  # nothing refused: a 0.1.0 export has nothing 0.1.0 lacks
    assert back == document


def test_deprecated_codes_with_several_replacements_are_kept_and_reported() -> None:
    document = load_json(TH_0_1_0)  # a screening with physical_sexual_violence
    result = upgrade(document, "0.2.0", replace_deprecated=True)
    (kept,) = result.kept
    assert kept.path.startswith("/trafficking_screenings/") and "several replacements" in kept.what
    assert "physical" not in kept.what  # a special-category value is never repeated


def test_conflicting_deprecated_and_replacement_fields() -> None:
    document = load_json(TH_0_1_0)
    document["standard_version"] = "0.2.0"
    person = document["persons"][0]
    person["minor_at_exploitation"] = not person["is_minor"]
    result = upgrade(document, "0.2.0", replace_deprecated=True)
    assert result.document["persons"][0] == person
    assert [n.path for n in result.kept if "is_minor" in n.what] == ["/persons/0/is_minor"]
    with pytest.raises(CannotCarry) as refused:
        upgrade(document, "0.1.0")
    assert [n.path for n in refused.value.result.unsupported] == ["/persons/0/minor_at_exploitation"]
    person["minor_at_exploitation"] = person["is_minor"]
    moved = upgrade(document, "0.1.0").document["persons"][0]
    assert "minor_at_exploitation" not in moved and moved["is_minor"] == person["is_minor"]


def test_open_codes_and_extension_fields() -> None:
    document = load_json(OLD_EXPORTS[0])
    document["scam_reports"][0]["platforms"] = ["myspace_revival"]
    result = upgrade(document, "0.2.0")
    assert result.document["scam_reports"][0]["platforms"] == ["myspace_revival"]
    assert [n.path for n in result.kept] == ["/scam_reports/0/platforms/0"]
    newer = result.document
    newer["cases"][0]["th:police_case_number"] = "123/2568"
    assert upgrade(newer, "0.2.0").document["cases"][0]["th:police_case_number"] == "123/2568"
    with pytest.raises(CannotCarry) as refused:
        upgrade(newer, "0.1.0")
    assert [n.path for n in refused.value.result.unsupported] == ["/cases/0/th:police_case_number"]


def test_versions_that_are_not_shipped_are_refused() -> None:
    document = load_json(OLD_EXPORTS[0])
    with pytest.raises(UpgradeError, match="not shipped"):
        upgrade(document, "0.9.0")
    for declared in ("1.0.0", "banana", None):
        document["standard_version"] = declared
        with pytest.raises(UpgradeError, match="standard_version"):
            upgrade(document, "0.2.0")


# -- the command -----------------------------------------------------------------------------------------------------
def _read(path: Path) -> dict[str, Any]:
    source = open_source(path)
    try:
        return to_document(source, list(collections()))
    finally:
        source.close()


def test_cli_upgrades_into_the_format_of_the_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("up.jsonl", "up.xlsx", "csv/"):
        out = tmp_path / name
        assert main(["upgrade", str(OLD_EXPORTS[0]), "-o", str(out) + ("/" if name.endswith("/") else ""),
                     "--to", "0.2.0"]) == 0
        assert _read(out) == upgrade(load_json(OLD_EXPORTS[0]), "0.2.0").document
    text = capsys.readouterr().out
    assert "changed /standard_version: standard_version 0.1.0 -> 0.2.0" in text and "valid against 0.2.0" in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["csv", "up.jsonl", "up.xlsx"]  # no temporary file left


def test_cli_refuses_a_downgrade_then_drops_and_lists(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source, out = EXPORTS[0], tmp_path / "old.json"
    assert main(["upgrade", str(source), "-o", str(out), "--to", "0.1.0"]) == 1
    err = capsys.readouterr().err
    assert "cannot carry /moderation_actions: collection 'moderation_actions'" in err
    assert "--drop-unsupported" in err and not out.exists()
    assert main(["upgrade", str(source), "-o", str(out), "--to", "0.1.0", "--drop-unsupported"]) == 0
    text = capsys.readouterr().out
    dropped = [line for line in text.splitlines() if line.startswith("  dropped ")]
    expected = upgrade(load_json(source), "0.1.0", drop_unsupported=True).unsupported
    assert dropped == [f"  dropped {n.line()}" for n in expected]
    assert validate(out).valid and load_json(out)["standard_version"] == "0.1.0"


def test_cli_validates_before_writing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A wallet address 0.1.0 does not check (solana has no address format there) only warns in 0.2.0 (GPOS-W006):
    the upgrade is written; an export invalid in the target is refused and an existing output left as it was."""
    document = load_json(OLD_EXPORTS[0])
    account = next(a for a in document["financial_accounts"] if a.get("crypto_network"))
    account.update(crypto_network="solana", wallet_address="not-a-solana-address")
    assert validate(document).valid
    source, out = tmp_path / "in.json", tmp_path / "out.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    assert main(["upgrade", str(source), "-o", str(out)]) == 0
    report = validate(out)
    assert report.valid and "GPOS-W006" in {i.code for i in report.issues}
    account.update(crypto_network="tron")  # an address no version accepts
    source.write_text(json.dumps(document), encoding="utf-8")
    out.write_text("previous", encoding="utf-8")
    assert main(["upgrade", str(source), "-o", str(out)]) == 1
    assert "GPOS-E048" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.json", "out.json"]


def test_cli_leaves_nothing_behind_when_writing_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    from gpos_standard.cli import package

    def broken(document: dict[str, Any], path: Path, redaction: Any = None) -> None:
        path.write_text("half", encoding="utf-8")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(package, "write_export", broken)
    out = tmp_path / "out.json"
    assert main(["upgrade", str(OLD_EXPORTS[0]), "-o", str(out)]) == 2
    assert "No space left on device" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("args", "code", "message"), [
    (["--to", "0.9.0"], 2, "not shipped"),
    (["-o", "x.txt"], 2, "cannot tell the output format"),
])
def test_cli_usage_errors(args: list[str], code: int, message: str, tmp_path: Path,
                          capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["upgrade", str(OLD_EXPORTS[0]), "-o", str(tmp_path / "out.json"), *args]
    if "-o" in args:
        argv = ["upgrade", str(OLD_EXPORTS[0]), "-o", str(tmp_path / args[1])]
    assert main(argv) == code
    assert message in capsys.readouterr().err


def test_cli_refuses_an_export_of_an_unknown_version(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = load_json(OLD_EXPORTS[0])
    document["standard_version"] = "0.0.9"
    source = tmp_path / "in.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    assert main(["upgrade", str(source), "-o", str(tmp_path / "out.json")]) == 1
    assert "0.0.9, which this package does not know" in capsys.readouterr().err
