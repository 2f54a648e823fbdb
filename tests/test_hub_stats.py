"""gpos stats over several members' exports: partnership-wide tables protected as one export's are."""

from __future__ import annotations

import json
from pathlib import Path

from test_sharing_stats import attack

from gpos_standard import cli
from gpos_standard.hub.figures import hub_tables, partnership
from gpos_standard.sharing.stats import tables

from conftest import EXPORTS, load_json


def test_partnership_tables_add_up_and_resist_the_attack() -> None:
    documents = [load_json(p) for p in EXPORTS]
    stats = partnership(iter(documents), 5)
    assert stats["scope"] == "partnership" and len(stats["members"]) == len(EXPORTS)
    assert set(stats["tables"]) == {"reports", "losses", "victims", "cases", "reports_by_member",
                                    "losses_by_payment_method", "losses_by_crypto_network", "screenings",
                                    "repatriations"}
    truth: dict[str, dict[tuple[str, ...], int]] = {}
    for document in documents:
        for table in [*tables(document), *hub_tables(document)]:
            counts = truth.setdefault(table.name, {})
            for cell, n in table.counts.items():
                counts[cell] = counts.get(cell, 0) + n
    for name, table in stats["tables"].items():
        dims, measure = table["dimensions"], table["measures"][0]
        for cell in table["cells"]:
            key = tuple(cell[d] for d in dims)
            assert cell["suppressed"] or cell[measure] == truth[name][key], (name, key)
    assert sum(truth["reports"][k] for k in truth["reports"] if "_total" not in k) == sum(
        len(d["scam_reports"]) for d in documents)
    small = 0
    for name, table in stats["tables"].items():
        for cell, high in attack(table).items():
            if 0 < truth[name][cell] < 5:
                small += 1
                assert high >= 5, (name, cell)
    assert small > 0
    assert stats["disclosure_control"]["cells_hidden"] > 0


def test_stats_command_takes_several_exports(tmp_path: Path) -> None:
    out = tmp_path / "partnership.json"
    assert cli.main(["stats", *map(str, EXPORTS[:3]), "-o", str(out)]) == 0
    stats = json.loads(out.read_text())
    assert stats["scope"] == "partnership" and len(stats["exports"]) == 3
    assert cli.main(["stats", str(EXPORTS[0]), "-o", str(tmp_path / "one.json")]) == 0
    assert "scope" not in json.loads((tmp_path / "one.json").read_text())
