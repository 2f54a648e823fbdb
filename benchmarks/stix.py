"""Converter benchmarks: STIX 2.1 export and import of a generated export, throughput and peak memory.

Each measurement is its own child process (``measure`` of run.py: wall time around it, peak RSS from
``os.wait4``). The data is ``gpos synth --seed 2025`` (``benchmarks/data/``, reused when present). The command line
includes reading and validating the input; ``_stix`` runs the converter in process without the validation.
Results go to ``benchmarks/RESULTS-stix.md``.

    python benchmarks/stix.py                   # 100k records
    python benchmarks/stix.py --sizes 10000     # quick run
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import BIN, ROOT, SEED, Run, generate, measure

RESULTS = ROOT / "benchmarks" / "RESULTS-stix.md"


def _convert(kind: str, path: Path) -> None:
    """``stix.py _stix FILE`` / ``_xarf FILE``: load the export, then time the converter alone."""
    from gpos_standard.io.formats import open_source
    from gpos_standard.io.records import to_document
    from gpos_standard.schema_info import collections

    document = to_document(open_source(path), list(collections()))
    start = time.perf_counter()
    if kind == "_stix":
        from gpos_standard.interop.stix.export import iter_bytes
        size = sum(len(chunk) for chunk in iter_bytes(document))  # streamed, as gpos export writes it
    else:
        from gpos_standard.interop.xarf.export import to_jsonl
        size = len(to_jsonl(document))
    print(f"{time.perf_counter() - start:.3f} s, {size / 2**20:.1f} MiB", file=sys.stderr)


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] in ("_stix", "_xarf"):
        _convert(sys.argv[1], Path(sys.argv[2]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000")
    parser.add_argument("-o", "--output", type=Path, default=RESULTS)
    args = parser.parse_args()
    runs: list[Run] = []
    for size in (int(s) for s in args.sizes.split(",")):
        source = generate(size, ".json")
        bundle = source.with_name(f"synth-{size}.stix.json")
        gpos = str(BIN / "gpos")
        runs.append(measure(f"gpos export stix, {size:,} records", [
            gpos, "export", "stix", str(source), "-o", str(bundle), "--audience", "originating_agency"], size))
        runs.append(measure(f"STIX converter in process (load, then stream; no validation), {size:,} records",
                            [sys.executable, __file__, "_stix", str(source)], size))
        runs.append(measure(f"gpos import stix, {size:,} records", [
            gpos, "import", "stix", str(bundle), "-o", str(source.with_name(f"synth-{size}.back.json"))], size))
        objects = len(json.loads(bundle.read_bytes())["objects"]) if bundle.exists() else 0
        runs[-3].note = f"{objects:,} STIX objects, {bundle.stat().st_size / 2**20:.0f} MiB" if objects else "failed"
    lines = ["# Converter benchmarks", "",
             f"{dt.date.today()}, {platform.processor() or platform.machine()}, Python {platform.python_version()}, "
             f"`python benchmarks/stix.py --sizes {args.sizes}` (seed {SEED}). The command lines include reading "
             "and validating the input (export) or the result (import).", "",
             "| measurement | seconds | records/s | peak RSS (MB) | exit | note |", "|---|---:|---:|---:|---:|---|"]
    lines += [f"| {r.label} | {r.seconds:.1f} | {r.rate:,.0f} | {r.rss_mb:.0f} | {r.exit_code} | {r.note} |"
              for r in runs]
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
