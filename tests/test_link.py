"""gpos link: identifiers shared across members, matched by normalised form or keyed pseudonym, honouring markings;
DuckDB and Spark give the same links from the same queries."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from gpos_standard.cli import main
from gpos_standard.hub import engines
from gpos_standard.hub.link import find_links
from gpos_standard.io.formats import write
from gpos_standard.sharing.redact import redact

from conftest import EXPORTS, load_json

pytest.importorskip("duckdb")
pq = pytest.importorskip("pyarrow.parquet")
KEY = b"k" * 32
WALLET = "0x52908400098527886E0F7030069857D2E4169EE7"


def export(member: str, marking: str = "AMBER", **collections: list[dict[str, Any]]) -> dict[str, Any]:
    return {"standard_version": "0.2.0", "export_id": f"{member}-EXP-1", "publisher": f"{member}-ORG-1",
            "member_country": member, "created_at": "2025-07-01T00:00:00Z",
            "period": {"start_date": "2025-01-01", "end_date": "2025-06-30"}, "sharing_marking": marking,
            "licence": "GPOS-1", **collections}


def account(member: str, n: int, **fields: Any) -> dict[str, Any]:
    return {"id": f"{member}-ACC-{n}", "account_type": "bank_account", **fields}


def indicator(member: str, n: int, kind: str, value: str, **fields: Any) -> dict[str, Any]:
    return {"id": f"{member}-IND-{n}", "indicator_type": kind, "value": value, **fields}


def transfer(member: str, n: int, source: str, amount: str, currency: str, day: str) -> dict[str, Any]:
    return {"id": f"{member}-TX-{n}", "from_account": source, "amount": {"amount": amount, "currency": currency},
            "executed_at": f"{day}T10:00:00Z"}


TH = export("TH", financial_accounts=[account("TH", 1, iban="GB82 WEST 1234 5698 7654 32", opened_date="2024-03-01"),
                                      account("TH", 2, wallet_address=WALLET.lower(), crypto_network="ethereum")],
            transactions=[transfer("TH", 1, "TH-ACC-1", "100.50", "THB", "2025-02-01"),
                          transfer("TH", 2, "TH-ACC-1", "20", "THB", "2025-03-05")],
            indicators=[indicator("TH", 1, "phone_number", "081 234 5678"),
                        indicator("TH", 2, "url", "https://Pay.Scam-Example.com/checkout"),
                        indicator("TH", 3, "email_address", "Boss@Scam-Mail.example"),
                        indicator("TH", 4, "phone_number", "+66 89 999 0000")])
BD = export("BD", financial_accounts=[account("BD", 1, iban="gb82west12345698765432"),
                                      account("BD", 2, wallet_address=WALLET, crypto_network="ethereum")],
            transactions=[transfer("BD", 1, "BD-ACC-1", "5.25", "USD", "2025-04-10")],
            indicators=[indicator("BD", 1, "domain", "pay.scam-example.com", first_seen="2025-01-15T00:00:00Z"),
                        indicator("BD", 2, "email_address", "boss@scam-mail.example")],
            persons=[{"id": "BD-P-1", "contact_details": [{"kind": "phone_number", "value": "+66812345678"}]}])
TH_AGAIN = export("TH", financial_accounts=[account("TH", 9, iban="DE89370400440532013000")])
TH_AGAIN["export_id"] = "TH-EXP-2"
DE_RED = export("NP", "RED", financial_accounts=[account("NP", 1, iban="DE89 3704 0044 0532 0130 00")],
                indicators=[indicator("NP", 1, "phone_number", "+66812345678")])
EXPECTED = {("iban", "GB82WEST12345698765432"), ("wallet", WALLET), ("phone", "+66812345678"),
            ("domain", "pay.scam-example.com"), ("email", "boss@scam-mail.example")}


def files(tmp_path: Path, *docs: dict[str, Any]) -> list[Path]:
    paths = []
    for i, doc in enumerate(docs):
        path = tmp_path / f"m{i}.jsonl"
        write(doc, path)
        paths.append(path)
    return paths


def by_key(links: list[dict[str, Any]]) -> dict[tuple[str, str], dict[str, Any]]:
    return {(link["kind"], link["value"]): link for link in links}


def test_identifiers_written_differently_are_linked_and_nothing_else(tmp_path: Path) -> None:
    result = find_links(files(tmp_path, TH, BD, TH_AGAIN, DE_RED))
    links = by_key(result.links)
    assert set(links) == EXPECTED  # the IBAN in two TH exports and the RED export's identifiers are not links
    iban = links[("iban", "GB82WEST12345698765432")]
    assert iban["members"] == ["BD", "TH"] and iban["record_types"] == ["FinancialAccount"]
    assert iban["totals"] == [{"currency": "THB", "amount": "120.5", "transactions": 2},
                              {"currency": "USD", "amount": "5.25", "transactions": 1}]
    assert (iban["first_date"], iban["last_date"]) == ("2024-03-01", "2025-04-10")
    assert links[("phone", "+66812345678")]["record_types"] == ["Indicator", "Person"]
    assert links[("domain", "pay.scam-example.com")]["first_date"] == "2025-01-15"
    assert {link["marking"] for link in result.links} == {"AMBER"}
    assert [e["included"] for e in result.exports] == [True, True, True, False]


def test_links_go_only_to_an_audience_that_may_see_both_sides(tmp_path: Path) -> None:
    green = {**BD, "sharing_marking": "GREEN"}
    assert find_links(files(tmp_path, TH, green), audience="community").links == []
    both = find_links(files(tmp_path, {**TH, "sharing_marking": "GREEN"}, green), audience="community")
    assert set(by_key(both.links)) == EXPECTED and {x["marking"] for x in both.links} == {"GREEN"}
    assert find_links(files(tmp_path, TH, BD), audience="public").links == []


def test_persons_are_linked_by_keyed_pseudonym(tmp_path: Path) -> None:
    th, np_ = (load_json(p) for p in EXPORTS if p.name in ("th_export.json", "np_export.json"))
    clear = by_key(find_links(files(tmp_path, th, np_)).links)
    assert not any(kind == "name" for kind, _ in clear)  # names in clear are never linked
    redacted = [redact(doc, "partner_law_enforcement", KEY)[0] for doc in (th, np_)]
    links = by_key(find_links(files(tmp_path, *redacted)).links)
    names = [key for key in links if key[0] == "name"]
    assert names and all(value.startswith("psn:") for _, value in names)
    assert {kind for kind, _ in links} >= {"name", "phone", "identity_document"}
    other_key = redact(th, "partner_law_enforcement", b"o" * 32)[0]
    assert not find_links(files(tmp_path, other_key, redacted[1])).links


def test_queries_are_one_text_with_integers_only() -> None:
    assert set(engines.queries()) == {"link_sides", "link_money"}
    assert "{max_rank}" not in engines.sql("link_sides", max_rank=3)
    with pytest.raises(TypeError):
        engines.sql("link_sides", max_rank="3 OR 1=1")


def test_link_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = files(tmp_path, TH, BD, DE_RED)
    out = tmp_path / "links.parquet"
    assert main(["link", *map(str, paths), "-o", str(out), "--summary", str(tmp_path / "s.txt")]) == 0
    printed = capsys.readouterr().out
    assert "BD-TH" in printed and "left out" in printed
    assert "+66812345678" not in printed and "GB82" not in printed  # values stay in the file
    table = pq.read_table(out)
    assert {(r["kind"], r["value"]) for r in table.to_pylist()} == EXPECTED
    assert table.schema.metadata[b"gpos.sharing_marking"] == b"AMBER"
    assert json.loads(table.schema.metadata[b"gpos.exports"])[2]["included"] is False
    assert main(["link", str(paths[0]), "-o", str(tmp_path / "x.csv")]) == 2
    assert main(["link", str(tmp_path / "missing.jsonl"), "-o", str(out)]) == 2
    (tmp_path / "bad.jsonl").write_text("not json\n")
    assert main(["link", str(tmp_path / "bad.jsonl"), "-o", str(out)]) == 1


@pytest.mark.spark
def test_spark_gives_the_same_links_as_duckdb(tmp_path: Path, spark: Any) -> None:
    th, np_ = (load_json(p) for p in EXPORTS if p.name in ("th_export.json", "np_export.json"))
    redacted = [redact(doc, "partner_law_enforcement", KEY)[0] for doc in (th, np_)]
    paths = files(tmp_path, TH, BD, TH_AGAIN, DE_RED, *redacted)
    duck = find_links(paths)
    assert duck.links == find_links(paths, engine_name="spark", session=spark).links
    assert len(duck.links) > len(EXPECTED)


def test_packages_and_redacted_packages_are_read(tmp_path: Path) -> None:
    th, np_ = (tmp_path / "th.json", tmp_path / "np.json")
    for path, name in ((th, "th_export.json"), (np_, "np_export.json")):
        path.write_text((EXPORTS[0].parent / name).read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["keygen", "-o", str(tmp_path / "key.bin")]) == 0
    outs = []
    for path in (th, np_):
        out = tmp_path / f"{path.stem}.zip"
        assert main(["redact", str(path), "--audience", "partner_law_enforcement", "--key-file",
                     str(tmp_path / "key.bin"), "-o", str(out)]) == 0
        outs.append(out)
    links = by_key(find_links(outs).links)
    assert any(kind == "name" for kind, _ in links)
