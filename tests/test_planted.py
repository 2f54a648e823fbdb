"""Issue 15: a value planted in any slot above an audience's ceiling never reaches that audience's output, and a
value planted in any slot above restricted never appears in a message, for every audience and every slot."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path
from typing import Any

import pytest

from gpos_standard.cli import main
from gpos_standard.resources import schema_meta
from gpos_standard.sharing import policy
from gpos_standard.sharing.keys import Key
from gpos_standard.sharing.redact import redact

META = schema_meta()
CLASSES = META["classes"]
KEY = Key(bytes(range(100, 132)), "0123456789abcdef")
_counter = itertools.count(1)


def _marker(slot: str, meta: dict[str, Any], planted: dict[str, tuple[str, str, str]], cls: str) -> Any:
    """A value found nowhere else, of the slot's type; remembered with its class, slot and sensitivity."""
    n = next(_counter)
    if meta["range"] in ("integer", "float"):
        value: Any = 987650000 + n
    elif meta["range"] == "boolean":
        return False  # not unique: booleans say nothing that could be searched for
    elif meta["kind"] == "enum":
        value = f"plantcode{n:04d}"
    elif meta["kind"] == "ref" or slot == "id":
        value = f"PL-PLANT{n:04d}"
    elif meta.get("pseudonymise"):
        value = f"psn:Plant{n:04d} Somchai"  # typed to look like a pseudonym (finding 1)
    else:
        value = f"Plant{n:04d} Somchai Jaidee"
    planted[str(value)] = (cls, slot, meta["sensitivity"])
    return value


def _object(cls: str, planted: dict[str, tuple[str, str, str]], depth: int = 0) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for slot, meta in CLASSES[cls]["slots"].items():
        if meta["kind"] == "inlined":
            if depth > 4:
                continue
            item = _object(meta["range"], planted, depth + 1)
            out[slot] = [item] if meta["multivalued"] else item
        else:
            value = _marker(slot, meta, planted, cls)
            out[slot] = [value] if meta["multivalued"] else value
    return out


def planted_export() -> tuple[dict[str, Any], dict[str, tuple[str, str, str]]]:
    """An export with a distinct marker in every slot of every class (envelope included)."""
    planted: dict[str, tuple[str, str, str]] = {}
    document = {k: v for k, v in _object(META["root"], planted).items() if k not in META["collections"]}
    document["member_country"] = "TH"
    for collection, cls in META["collections"].items():
        document[collection] = [_object(cls, planted)]
    return document, planted


def _above(level: str, ceiling: str) -> bool:
    return policy.rank(level) > policy.rank(ceiling)


def _found(text: str, planted: dict[str, tuple[str, str, str]], ceiling: str) -> list[tuple[str, str, str]]:
    found = []
    for value, (cls, slot, level) in planted.items():
        if _above(level, ceiling) and re.search(rf"(?<![0-9A-Za-z]){re.escape(value)}(?![0-9A-Za-z])", text):
            found.append((cls, slot, value))
    return found


@pytest.mark.parametrize("aud", list(policy.AUDIENCES))
def test_no_planted_value_above_the_ceiling_reaches_the_audience(aud: str) -> None:
    document, planted = planted_export()
    output, redaction = redact(document, aud, KEY)
    text = json.dumps([output, redaction], ensure_ascii=False)
    assert _found(text, planted, policy.AUDIENCES[aud].ceiling) == []
    # the test plants in every slot: a marker within the ceiling does arrive (the check can see)
    if aud != "public_statistics":
        assert any(value in text for value, (_, _, level) in planted.items() if level == "restricted")


@pytest.mark.parametrize("aud", list(policy.AUDIENCES))
def test_no_planted_value_above_restricted_in_any_message(aud: str, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    document, planted = planted_export()
    source = tmp_path / "planted.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    key_file = tmp_path / "key"
    key_file.write_text(f"gpos-key-1 {KEY.key_id} " + __import__("base64").urlsafe_b64encode(KEY.secret).decode())
    out = tmp_path / "out.json"
    main(["validate", str(source)])
    main(["redact", str(source), "--audience", aud, "--key-file", str(key_file), "-o", str(out), "--allow-invalid"])
    main(["stats", str(source), "-o", str(tmp_path / "stats.json"), "--allow-invalid"])
    main(["convert", str(source), "-o", str(tmp_path / "out.xlsx")])
    captured = capsys.readouterr()
    assert _found(captured.out + captured.err, planted, "restricted") == []
    if out.exists():
        assert _found(out.read_text(encoding="utf-8"), planted, policy.AUDIENCES[aud].ceiling) == []
    stats = (tmp_path / "stats.json").read_text(encoding="utf-8")  # published: nothing above public
    assert _found(stats, planted, "public") == [] and "unrecognised" in stats
