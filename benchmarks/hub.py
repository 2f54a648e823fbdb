"""Hub benchmarks: ``gpos link`` over synthetic members with planted cross-member links (DuckDB and Spark local), and
Parquet write and read throughput. Not tests: figures go to ``benchmarks/HUB_RESULTS.md``.

Each member is a ``gpos synth`` export (its own seed and member code) to which identifiers are appended that are
shared with other members, written differently in each (spaces, case, a URL in one and its domain in another) so
that only normalisation can match them. Every planted link must be found with exactly its members; every other link
found is checked against an independent count of every identifier of every export (none may be invented).

Every measured command runs as a child process; wall time around it, peak memory of the child and every process it
starts (the JVM of Spark included) sampled from /proc every 50 ms.

    python benchmarks/hub.py --members 10 --records 100000
    python benchmarks/hub.py --members 10 --records 10000 --engines duckdb     # quick
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data" / "hub"
RESULTS = ROOT / "benchmarks" / "HUB_RESULTS.md"
BIN = Path(sys.executable).parent
MEMBERS = ["TH", "BD", "NP", "PE", "AE", "PH", "KH", "MY", "ID", "VN", "IN", "NG"]
PLANTED = 60  # planted identifiers; each shared by 2 to 4 members


def _tree_rss(root: int) -> int:
    """Resident memory (kB) of ``root`` and all its descendants."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            status = Path(f"/proc/{entry}/status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        pid, ppid = int(entry), int(fields.get("PPid", "0").strip())
        children.setdefault(ppid, []).append(pid)
        rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0])
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, []))
    return total


def measure(command: list[str]) -> tuple[float, float, str]:
    """Wall seconds, peak MB of the process tree, stdout."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, text=True)
    peak = 0
    while child.poll() is None:
        peak = max(peak, _tree_rss(child.pid))
        time.sleep(0.05)
    seconds = time.perf_counter() - start
    out, err = child.communicate()
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({child.returncode}): {err[-2000:]}")
    return seconds, peak / 1024, out


def _planted(members: list[str]) -> list[dict[str, Any]]:
    """Identifiers to share: kind, the value as each member writes it, the normalised value, the members."""
    from gpos_standard.synth.identifiers import build_pools

    rng = random.Random(17)
    pools = build_pools(424242, ["TH", "PH"], size=PLANTED)
    planted = []
    for i in range(PLANTED):
        sharing = sorted(rng.sample(members, rng.randint(2, min(4, len(members)))))
        kind = ("iban", "phone", "email", "domain", "wallet")[i % 5]
        if kind == "iban":
            value = pools.ibans[i]
            forms = [" ".join(value[j:j + 4] for j in range(0, len(value), 4)), value.lower()]
        elif kind == "phone":
            value = pools.phones["TH" if i % 2 else "PH"][i]
            forms = [value, value[:3] + " " + value[3:6] + " " + value[6:]]
        elif kind == "email":
            value = f"boss{i}@planted-{i}.example"
            forms = [value, value.upper()]
        elif kind == "domain":
            value = f"pay-{i}.planted.example"
            forms = [f"https://{value.upper()}/checkout?id={i}", value]
        else:
            value = pools.eth[i]
            forms = [value, value.lower()]
        planted.append({"kind": kind, "value": value, "forms": forms, "members": sharing})
    return planted


def _lines(member: str, planted: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for i, plant in enumerate(planted):
        if member not in plant["members"]:
            continue
        form = plant["forms"][plant["members"].index(member) % 2]
        pid = f"{member}-PLANT-{i}"
        if plant["kind"] == "iban":
            out.append({"record_type": "FinancialAccount", "id": pid, "account_type": "bank_account", "iban": form})
            out.append({"record_type": "Transaction", "id": f"{pid}-TX", "from_account": pid,
                        "amount": {"amount": "100.25", "currency": "USD"}, "executed_at": "2025-03-01T10:00:00Z"})
        elif plant["kind"] == "wallet":
            out.append({"record_type": "FinancialAccount", "id": pid, "account_type": "crypto_wallet",
                        "wallet_address": form, "crypto_network": "ethereum"})
        else:
            indicator = {"phone": "phone_number", "email": "email_address", "domain": "url" if "://" in form
                         else "domain"}[plant["kind"]]
            out.append({"record_type": "Indicator", "id": pid, "indicator_type": indicator, "value": form})
    return out


def make_data(members: list[str], records: int) -> tuple[list[Path], list[dict[str, Any]]]:
    folder = DATA / f"{len(members)}x{records}"
    folder.mkdir(parents=True, exist_ok=True)
    planted = _planted(members)
    paths = []
    for seed, member in enumerate(members, start=1):
        path = folder / f"{member}.jsonl"
        if not path.exists():
            subprocess.run([str(BIN / "gpos"), "synth", "--records", str(records), "--seed", str(seed), "--member",
                            member, "-o", str(path)], check=True, stdout=subprocess.DEVNULL)
            with path.open("a", encoding="utf-8") as handle:
                for line in _lines(member, planted):
                    handle.write(json.dumps(line) + "\n")
        paths.append(path)
    return paths, planted


def truth(paths: list[Path]) -> dict[tuple[str, str], set[str]]:
    """Every identifier seen in more than one member's exports, counted in plain Python (no SQL engine)."""
    from gpos_standard.hub.extract import identifiers_of
    from gpos_standard.io.jsonl import JsonLinesSource
    from gpos_standard.schema_info import collections

    types = collections()
    seen: dict[tuple[str, str], set[str] | str] = {}
    for path in paths:
        source = JsonLinesSource(path)
        member = source.envelope()[0]["member_country"]
        for item in source.records():
            for key in identifiers_of(types[item.collection], item.data, member):
                have = seen.get(key)
                if have is None:
                    seen[key] = member
                elif isinstance(have, str):
                    if have != member:
                        seen[key] = {have, member}
                else:
                    have.add(member)
        source.close()
    return {k: v for k, v in seen.items() if isinstance(v, set)}


def check(links_file: Path, planted: list[dict[str, Any]], expected: dict[tuple[str, str], set[str]]) -> str:
    import pyarrow.parquet as pq

    from gpos_standard.sharing.pseudonym import normalise

    found = {(r["kind"], r["value"]): set(r["members"]) for r in pq.read_table(links_file).to_pylist()}
    missing = [p for p in planted if found.get((p["kind"], normalise(p["kind"], p["value"]))) != set(p["members"])]
    invented = {k: v for k, v in found.items() if expected.get(k) != v}
    unfound = {k for k in expected if k not in found}
    if missing or invented or unfound:
        raise SystemExit(f"wrong links: {len(missing)} planted missed, {len(invented)} invented, {len(unfound)} "
                         "real ones not found")
    return f"{len(planted)}/{len(planted)} planted found, {len(found) - len(planted)} natural, 0 invented"


def parquet_rows(paths: list[Path], folder: Path) -> list[tuple[str, float, float, str]]:
    """Parquet write (from JSON Lines, streaming) and read (every record back) throughput of the first member."""
    code = ("import sys, time; from pathlib import Path; from gpos_standard.io.jsonl import JsonLinesSource; "
            "from gpos_standard.io.parquet import write_parquet_stream; s = JsonLinesSource(Path(sys.argv[1])); "
            "e, _ = s.envelope(); t = time.perf_counter(); "
            "n = write_parquet_stream(e, ((i.collection, i.data) for i in s.records()), Path(sys.argv[2])); "
            "print(sum(n.values()), time.perf_counter() - t)")
    read = ("import sys, time; from pathlib import Path; from gpos_standard.io.parquet import ParquetSource; "
            "s = ParquetSource(Path(sys.argv[1])); t = time.perf_counter(); n = sum(1 for _ in s.records()); "
            "print(n, time.perf_counter() - t)")
    out = []
    target = folder / "member.parquet"
    for label, command in (("parquet write (JSON Lines -> Parquet)", [sys.executable, "-c", code, str(paths[0]),
                                                                      str(target)]),
                           ("parquet read (every record)", [sys.executable, "-c", read, str(target)])):
        seconds, peak, text = measure(command)
        records, inner = text.split()
        rate = int(records) / float(inner)
        out.append((label, seconds, peak, f"{int(records):,} records, {rate:,.0f} records/s"))
        print(f"  {label}: {seconds:.1f} s, {peak:.0f} MB, {rate:,.0f} records/s", flush=True)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--members", type=int, default=10)
    parser.add_argument("--records", type=int, default=100_000, help="records per member")
    parser.add_argument("--engines", default="duckdb,spark")
    args = parser.parse_args()
    members = MEMBERS[:args.members]
    print(f"data: {args.members} members x {args.records:,} records", flush=True)
    paths, planted = make_data(members, args.records)
    expected = truth(paths)
    rows = parquet_rows(paths, DATA)
    for engine in args.engines.split(","):
        out = DATA / f"links-{engine}.parquet"
        seconds, peak, _ = measure([str(BIN / "gpos"), "link", *map(str, paths), "-o", str(out), "--engine", engine])
        verdict = check(out, planted, expected)
        rows.append((f"gpos link --engine {engine}", seconds, peak, verdict))
        print(f"  link {engine}: {seconds:.1f} s, {peak:.0f} MB, {verdict}", flush=True)
    total = args.members * args.records
    lines = [f"## {dt.date.today()}: {args.members} members x {args.records:,} records ({total:,} records)", "",
             f"Machine: {os.cpu_count()} cores, shared. Command: `python benchmarks/hub.py --members {args.members} "
             f"--records {args.records} --engines {args.engines}`", "",
             "| step | wall time (s) | peak memory (MB, process tree) | result |", "|---|---:|---:|---|"]
    lines += [f"| {label} | {seconds:.1f} | {peak:.0f} | {note} |" for label, seconds, peak, note in rows]
    previous = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Hub benchmarks\n"
    RESULTS.write_text(previous.rstrip("\n") + "\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {RESULTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
