"""Converter benchmarks: `gpos export misp` on a synthetic export and back, `gpos import ctdc` on a CTDC-shaped CSV.

Each command runs as its own subprocess; wall time around it, peak RSS from ``os.wait4``. Results go to
``benchmarks/RESULTS-interop.md``.

    python benchmarks/interop.py                          # 100k records to MISP, 50k CTDC rows
    python benchmarks/interop.py --misp 10000 --ctdc 5000  # quick run
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
RESULTS = ROOT / "benchmarks" / "RESULTS-interop.md"
SAMPLE = ROOT / "tests" / "data" / "ctdc" / "ctdc-global-sample.csv"
GPOS = [sys.executable, "-m", "gpos_standard.cli"]


def measure(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one command, which must succeed."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{process.stderr.read().decode() if process.stderr else ''}")
    return seconds, usage.ru_maxrss / 1024


def synth(records: int) -> Path:
    path = DATA / f"synth-{records}.json"
    if not path.exists():
        DATA.mkdir(parents=True, exist_ok=True)
        subprocess.run([*GPOS, "synth", "--records", str(records), "--seed", "2025", "-o", str(path)], check=True,
                       stdout=subprocess.DEVNULL)
    return path


def ctdc_csv(rows: int) -> Path:
    """``rows`` CTDC rows: the test sample's rows repeated, over the years 2002 to 2022."""
    path = DATA / f"ctdc-{rows}.csv"
    if not path.exists():
        DATA.mkdir(parents=True, exist_ok=True)
        with SAMPLE.open(newline="", encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            sample, fields = list(reader), reader.fieldnames or []
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=fields)
            writer.writeheader()
            for i in range(rows):
                writer.writerow({**sample[i % len(sample)], "yearOfRegistration": str(2002 + i % 21)})
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--misp", type=int, default=100_000, help="records of the export to convert to MISP")
    parser.add_argument("--ctdc", type=int, default=50_000, help="rows of the CTDC CSV to import")
    args = parser.parse_args(argv)
    out = DATA / "out"
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    source = synth(args.misp)
    seconds, rss = measure([*GPOS, "export", "misp", str(source), "-o", str(out / "event.json"),
                            "--audience", "originating_agency"])
    rows.append(("gpos export misp (validates, then converts)", args.misp, seconds, rss))
    objects = len(json.loads((out / "event.json").read_bytes())["Event"]["Object"])
    seconds, rss = measure([*GPOS, "import", "misp", str(out / "event.json"), "-o", str(out / "back.jsonl")])
    rows.append(("gpos import misp of that event (MISP objects; converts, then validates)", objects, seconds, rss))
    csv_path = ctdc_csv(args.ctdc)
    seconds, rss = measure([*GPOS, "import", "ctdc", str(csv_path), "-o", str(out / "ctdc.jsonl"), "--member", "TH"])
    rows.append(("gpos import ctdc (converts, then validates)", args.ctdc, seconds, rss))
    lines = ["# Converter benchmarks", "", f"{dt.date.today()}, Python {platform.python_version()}, "
             f"{platform.machine()}, {os.cpu_count()} CPU(s), shared machine. `python benchmarks/interop.py`.", "",
             "| command | source records | seconds | records/s | peak RSS (MiB) |", "|---|---|---|---|---|"]
    lines += [f"| {label} | {n:,} | {s:.1f} | {n / s:,.0f} | {r:.0f} |" for label, n, s, r in rows]
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
