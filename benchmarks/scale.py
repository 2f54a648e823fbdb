"""Scale benchmarks (issue 17): convert, redact and stats in bounded memory, and XLSX rows per second.

Each command runs as its own child process (``run.measure``: wall time, the child's own peak RSS). The data is
``gpos synth --records N --seed 1``; the XLSX writer is compared with the previous one (openpyxl write-only, the
code of a given source tree: ``--previous-src``). Results are appended to ``benchmarks/SCALE.md``.

    python benchmarks/scale.py --records 1000000
    python benchmarks/scale.py --records 100000 --previous-src /tmp/old/src
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import BIN, DATA, ROOT, Run, machine, measure

RESULTS = ROOT / "benchmarks" / "SCALE.md"


def _gpos(*args: str, src: Path | None = None) -> list[str]:
    if src is None:
        return [str(BIN / "gpos"), *args]
    code = f"import sys; sys.path.insert(0, {str(src)!r}); from gpos_standard.cli import main; sys.exit(main())"
    return [sys.executable, "-c", code, *args]


def xlsx(data: Path, out: Path, records: int, previous: Path | None) -> list[Run]:
    """XLSX write and read, this implementation and (with ``previous``) the previous one, on the same files.
    Rows per second count the data rows of every sheet (one per record, plus the envelope)."""
    runs = [measure("XLSX write (XlsxWriter, constant memory)", _gpos("convert", str(data), "-o",
                                                                      str(out / "new.xlsx")), records)]
    if previous:
        runs.append(measure("XLSX write (previous: openpyxl write-only)", _gpos(
            "convert", str(data), "-o", str(out / "old.xlsx"), src=previous), records))
    runs.append(measure("XLSX read (this implementation)", _gpos(
        "convert", str(out / "new.xlsx"), "-o", str(out / "back.jsonl")), records))
    if previous:
        runs.append(measure("XLSX read (previous: openpyxl streaming parser)", _gpos(
            "convert", str(out / "new.xlsx"), "-o", str(out / "back-old.jsonl"), src=previous), records))
    runs.append(measure("XLSX reader alone (this implementation)", _reader(out / "new.xlsx"), records))
    if previous:
        runs.append(measure("XLSX reader alone (previous)", _reader(out / "new.xlsx", previous), records))
    return runs


def _reader(path: Path, src: Path | None = None) -> list[str]:
    """A child process iterating every record of an XLSX workbook (no writing)."""
    first = f"import sys; sys.path.insert(0, {str(src)!r}); " if src is not None else ""
    code = (f"{first}from pathlib import Path; from gpos_standard.io.xlsx import XlsxSource; "
            f"s = XlsxSource(Path({str(path)!r})); s.envelope(); n = sum(1 for _ in s.records()); s.close()")
    return [sys.executable, "-c", code]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--xlsx-records", type=int, default=100_000, help="records converted to and from XLSX")
    parser.add_argument("--previous-src", type=Path, help="a source tree (src/) of the previous implementation")
    parser.add_argument("--note", default="", help="a line saying how loaded the machine was")
    parser.add_argument("--only", choices=["commands", "xlsx"], help="run only the 1M commands or only XLSX")
    parser.add_argument("--skip", default="", help="commands not to run, comma-separated: convert,redact,stats")
    args = parser.parse_args(argv)
    DATA.mkdir(parents=True, exist_ok=True)
    big = DATA / f"scale-{args.records}.jsonl"
    small = DATA / f"scale-{args.xlsx_records}.jsonl"
    key = DATA / "scale.key"
    for path, n in ((big, args.records), (small, args.xlsx_records)):
        if not path.exists() and (args.only != "xlsx" or path == small) and (args.only != "commands" or path == big):
            measure(f"synth {n}", _gpos("synth", "--records", str(n), "--seed", "1", "-o", str(path)), n)
    if not key.exists():
        measure("keygen", _gpos("keygen", "-o", str(key)), 0)
    out = DATA / "scale-out"
    out.mkdir(exist_ok=True)
    n, x = args.records, args.xlsx_records
    commands = {
        "convert JSON Lines -> JSON Lines": ("convert", _gpos("convert", str(big), "-o", str(out / "c.jsonl"))),
        "convert JSON Lines -> JSON": ("convert", _gpos("convert", str(big), "-o", str(out / "c.json"))),
        "redact (partner_law_enforcement) -> package": ("redact", _gpos(
            "redact", str(big), "--audience", "partner_law_enforcement", "--key-file", str(key),
            "-o", str(out / "r.zip"))),
        "stats -> JSON": ("stats", _gpos("stats", str(big), "-o", str(out / "s.json"))),
    }
    skip = set(args.skip.split(","))
    runs: list[Run] = [] if args.only == "xlsx" else [
        measure(label, command, n) for label, (step, command) in commands.items() if step not in skip]
    if args.only != "commands":
        runs += xlsx(small, out, x, args.previous_src)
    info = machine()
    what = {"xlsx": f"XLSX, {x:,} records", "commands": f"{n:,} records"}.get(args.only or "",
                                                                              f"{n:,} records (XLSX: {x:,})")
    lines = [f"\n## {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC: {what}\n",
             f"Machine: {info.get('cpu', '?')}, {os.cpu_count()} cores. {args.note}\n",
             "| command | records | seconds | records/s | peak RSS (MB) | exit |", "|---|---:|---:|---:|---:|---:|"]
    lines += [f"| {r.label} | {r.records:,} | {r.seconds:.1f} | {r.rate:,.0f} | {r.rss_mb:.0f} | {r.exit_code} |"
              for r in runs]
    with RESULTS.open("a", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
