"""Validation benchmarks: gpos against linkml validate and plain jsonschema, on the same generated files, in one run.

Every measured command runs as its own subprocess; wall time is measured around it and peak RSS comes from
``os.wait4`` (the child's own rusage, so one measurement never inherits another's peak). Results go to
``benchmarks/RESULTS.md``. See ``benchmarks/README.md``.

    python benchmarks/run.py                       # full run: 10k, 100k, 1M
    python benchmarks/run.py --sizes 10000         # quick run
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shlex
import subprocess
import sys
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
BIN = Path(sys.executable).parent
SEED = 2025


@dataclass
class Run:
    label: str
    command: list[str]
    records: int
    seconds: float
    rss_mb: float
    exit_code: int | None  # None: stopped at the time cap
    note: str = ""

    @property
    def rate(self) -> float:
        return self.records / self.seconds if self.seconds else 0.0


def measure(label: str, command: list[str], records: int, cap: float | None = None, note: str = "") -> Run:
    """Run ``command`` once as a child process: wall time, peak RSS of that child, exit code."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    deadline = None if cap is None else start + cap
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            break
        if deadline is not None and time.perf_counter() > deadline:
            child.kill()
            pid, status, usage = os.wait4(child.pid, 0)
            child.returncode = -9
            return Run(label, command, records, time.perf_counter() - start, usage.ru_maxrss / 1024, None,
                       f"stopped at the {cap:.0f} s cap")
        time.sleep(0.005)
    seconds = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    child.returncode = code
    err = child.stderr.read().decode(errors="replace") if child.stderr else ""
    if child.stderr:
        child.stderr.close()
    if code not in (0, 1) and not note:
        note = err.strip().splitlines()[-1][:120] if err.strip() else f"exit {code}"
    run = Run(label, command, records, seconds, usage.ru_maxrss / 1024, code, note)
    print(f"  {label}: {seconds:.2f} s, {run.rate:,.0f} rec/s, {run.rss_mb:.0f} MB, exit {code}", flush=True)
    return run


def best_of(command: list[str], n: int = 10) -> float:
    times = []
    for _ in range(n):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return min(times)


def synth_command() -> list[str]:
    """``gpos synth`` once it is registered in the CLI; until then the same module called directly."""
    from gpos_standard.cli import COMMANDS

    if "synth" in COMMANDS:
        return [str(BIN / "gpos"), "synth"]
    code = ("import sys; from gpos_standard.cli import synth, build_parser; p = build_parser(); "
            "sub = next(a for a in p._actions if a.dest == 'command'); synth.add_parser(sub); "
            "sys.exit(synth.run(p.parse_args(sys.argv[1:])))")
    return [sys.executable, "-c", code, "synth"]


def generate(size: int, suffix: str, error_rate: float = 0.0) -> Path:
    tag = f"-err{error_rate:g}" if error_rate else ""
    path = DATA / f"synth-{size}{tag}{suffix}"
    stamp = path.with_name(path.name + ".done")
    if path.exists() and stamp.exists() and stamp.read_text() == f"{SEED} {error_rate}":
        return path
    command = [*synth_command(), "--records", str(size), "--seed", str(SEED), "-o", str(path)]
    if error_rate:
        command += ["--error-rate", str(error_rate)]
    start = time.perf_counter()
    subprocess.run(command, check=True, cwd=ROOT)
    print(f"  generated {path.name} in {time.perf_counter() - start:.1f} s "
          f"({size / (time.perf_counter() - start):,.0f} rec/s)", flush=True)
    stamp.write_text(f"{SEED} {error_rate}")
    return path


# -- the plain-jsonschema baseline, run in a child process: ``run.py _jsonschema FILE`` ---------------------------

def jsonschema_baseline(path: Path) -> int:
    """Per-record Draft 2019-09 validation with format checking, one validator per $def compiled once."""
    import jsonschema

    schema = json.loads((ROOT / "src" / "gpos_standard" / "schema" / "gpos.schema.json").read_text())
    collections = json.loads((ROOT / "src" / "gpos_standard" / "schema" / "schema_meta.json").read_text())[
        "collections"]
    validators: dict[str, jsonschema.Draft201909Validator] = {}

    def validator(definition: str) -> jsonschema.Draft201909Validator:
        if definition not in validators:
            sub = {"$schema": schema.get("$schema"), "$defs": schema["$defs"], "$ref": f"#/$defs/{definition}"}
            validators[definition] = jsonschema.Draft201909Validator(
                sub, format_checker=jsonschema.Draft201909Validator.FORMAT_CHECKER)
        return validators[definition]

    errors = records = 0
    if path.suffix == ".jsonl":
        with path.open("rb") as handle:
            handle.readline()  # the envelope
            for line in handle:
                record = json.loads(line)
                record_type = record.pop("record_type")
                records += 1
                errors += sum(1 for _ in validator(record_type).iter_errors(record))
    else:
        document = json.loads(path.read_bytes())
        for name, record_type in collections.items():
            for record in document.get(name, ()):
                records += 1
                errors += sum(1 for _ in validator(record_type).iter_errors(record))
    print(json.dumps({"records": records, "errors": errors}))
    return 0


def floor(path: Path, with_references: bool) -> int:
    """What one core can do before any rule of gpos runs: read the JSON Lines in blocks, parse with orjson,
    check for duplicate keys (re-serialise and compare), validate the record type's compiled schema with
    jsonschema-rs and register the id; optionally resolve references too. gpos validate does all this and the
    rules, so this is the ceiling the rules are measured against."""
    import gc

    import orjson

    from gpos_standard import schema_info
    from gpos_standard.validation.structural import validator_for
    from gpos_standard.validation.walk import plan_for

    table = {}
    for cls in schema_info.collections().values():
        refs = [(name, multi, target) for name, _, _, multi, target in plan_for(cls).fields if target]
        table[cls] = (validator_for(cls).is_valid, refs if with_references else [])
    gc.disable()
    ids: dict[str, str] = {}
    pending: list[str] = []
    loads, dumps = orjson.loads, orjson.dumps
    records = 0
    with path.open("rb") as handle:
        handle.readline()  # the envelope
        carry = b""
        while chunk := handle.read(1 << 20):
            block = carry + chunk
            cut = block.rfind(b"\n")
            lines, carry = block[:cut].split(b"\n"), block[cut + 1:]
            for raw in lines:
                value = loads(raw)
                if dumps(value) != raw:
                    continue
                record_type = value.pop("record_type")
                is_valid, refs = table[record_type]
                if not is_valid(value):
                    continue
                ids.setdefault(value["id"], record_type)
                records += 1
                for name, multi, target in refs:
                    found = value.get(name)
                    if found is None:
                        continue
                    for ref in found if multi else (found,):
                        if ids.get(ref) != target:
                            pending.append(ref)
    print(json.dumps({"records": records, "pending": len(pending)}))
    return 0


_STAGES = (  # what a line of validation/fastlane.py does, recognised by its text
    ("loads(", "parse the line (orjson)"),
    ("dumps(", "duplicate-key check (orjson re-serialises, bytes compared)"),
    ("entry[2](", "structure (jsonschema-rs, compiled schema per record type)"),
    ("add_id(", "id index (unique ids)"),
    ("line_blocks(", "read the file in 1 MiB blocks and split lines"),
)


def _stage(frames: list[str], lane_source: list[str]) -> tuple[str, str | None]:
    """(stage, record class for the rules) of one py-spy sample."""
    lane = [f for f in frames if "validation/fastlane.py:" in f and f.split(" (")[0].endswith(("_lane", "accept"))]
    if not lane:
        if any("importlib" in f for f in frames):
            return "start-up: imports", None
        if any(f.startswith(("SourceValidator.finish", "SourceValidator._finish")) for f in frames):
            return "cross-record rules at the end (unresolved references, victims and screening)", None
        return "start-up, envelope and report", None
    line = int(lane[-1].rsplit(":", 1)[1].rstrip(")"))
    text = lane_source[line - 1] if line <= len(lane_source) else ""
    if "entry[3](" in text:
        checks = [f.split(" ")[0] for f in frames if f.startswith("check_")]
        cls = checks[0].removeprefix("check_") if checks else None
        if any("gpos_standard/identifiers/" in f for f in frames):
            return "rules: identifier checks (phone, e-mail, URL, IBAN, wallet: values not seen before)", cls
        return "rules: references, dates, codes, domain rules (compiled per class)", cls
    for needle, stage in _STAGES:
        if needle in text:
            return stage, None
    return "lane bookkeeping (dispatch, counters, scope)", None


def profile_validate(path: Path, top: int = 12, rate: int = 250) -> dict[str, Any] | None:
    """py-spy samples of ``gpos validate --jobs 1`` on ``path``, grouped by stage and by record class."""
    import shutil
    import tempfile
    from collections import Counter

    from gpos_standard.validation import fastlane

    spy = shutil.which("py-spy", path=str(BIN)) or shutil.which("py-spy")
    if spy is None:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "profile.txt"
        subprocess.run([spy, "record", "-r", str(rate), "-f", "raw", "-o", str(raw), "--",
                        *gpos_validate(path, 1)], check=False, capture_output=True, cwd=ROOT)
        if not raw.exists():
            return None
        lines = raw.read_text().splitlines()
    lane_source = Path(fastlane.__file__).read_text().splitlines()
    missing = [needle for needle, _ in (*_STAGES, ("entry[3](", "")) if not any(needle in x for x in lane_source)]
    if missing:  # the loop changed: the stages would be misread, so say so rather than print a wrong table
        raise SystemExit(f"benchmarks/run.py: update _STAGES, fastlane.py no longer has {missing}")
    stages: Counter[str] = Counter()
    classes: Counter[str] = Counter()
    own: Counter[str] = Counter()
    total = 0
    for line in lines:
        stack, _, count = line.rpartition(" ")
        samples = int(count)
        frames = stack.split(";")
        total += samples
        stage, cls = _stage(frames, lane_source)
        stages[stage] += samples
        if cls:
            classes[cls] += samples
        name = frames[-1].rsplit(":", 1)[0] + ")" if ":" in frames[-1] else frames[-1]
        own[name or "(no Python frame: waiting, or native code)"] += samples
    return {"file": path.name, "rate": rate, "total": total, "stages": stages.most_common(),
            "classes": classes.most_common(8), "own": own.most_common(top)}


# -- the run -------------------------------------------------------------------------------------------------------

def machine() -> dict[str, str]:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "unknown")
    mem = next((int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")), 0)
    versions = {}
    for package in ("gpos-standard", "jsonschema-rs", "jsonschema", "linkml", "orjson", "pydantic"):
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[package] = "not installed"
    return {"cpu": cpu, "cores": str(os.cpu_count()), "ram": f"{mem / 1024**2:.1f} GiB",
            "python": platform.python_version(), "os": platform.platform(),
            "versions": ", ".join(f"{k} {v}" for k, v in versions.items()),
            "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "load": " / ".join(f"{x:.1f}" for x in os.getloadavg())}


def gpos_validate(path: Path, jobs: int | None = None) -> list[str]:
    extra = [] if jobs is None else ["--jobs", str(jobs)]
    return [str(BIN / "gpos"), "validate", "--no-progress", "--max-errors", "20", *extra, str(path)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000,1000000", help="record counts for gpos (comma-separated)")
    parser.add_argument("--baseline-max", type=int, default=100_000,
                        help="largest size for plain jsonschema (default 100000)")
    parser.add_argument("--linkml-max", type=int, default=1_000_000,
                        help="largest size for linkml validate (default 1000000; it stops early at --cap)")
    parser.add_argument("--cap", type=float, default=300, help="time cap in seconds for linkml validate")
    parser.add_argument("--no-profile", action="store_true", help="skip the py-spy profile of gpos validate")
    parser.add_argument("-o", "--output", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    sizes = sorted(int(s) for s in args.sizes.split(","))
    baseline_sizes = [s for s in sizes if s <= args.baseline_max] or sizes[:1]
    linkml_sizes = [s for s in sizes if s <= args.linkml_max] or sizes[:1]
    DATA.mkdir(parents=True, exist_ok=True)
    began = time.perf_counter()
    load_at_start = " / ".join(f"{x:.1f}" for x in os.getloadavg())

    print("generating", flush=True)
    files = {(size, suffix): generate(size, suffix) for size in sizes for suffix in (".jsonl", ".json")}
    error_size = next((s for s in sizes if s >= 100_000), sizes[-1])
    dirty = {suffix: generate(error_size, suffix, 0.01) for suffix in (".jsonl", ".json")}

    print("start-up", flush=True)
    startup = {name: best_of([str(BIN / "gpos"), flag]) for name, flag in
               (("gpos --help", "--help"), ("gpos --version", "--version"))}
    startup["python -c pass"] = best_of([sys.executable, "-c", "pass"])

    runs: dict[tuple[str, str, int], Run] = {}
    print("warming up (bytecode, page cache; not measured)", flush=True)
    for suffix in (".jsonl", ".json"):
        subprocess.run(gpos_validate(files[sizes[0], suffix]), stdout=subprocess.DEVNULL, check=False, cwd=ROOT)
    print("gpos validate", flush=True)
    for (size, suffix), path in files.items():
        runs["gpos", suffix, size] = measure(f"gpos {size} {suffix}", gpos_validate(path), size)
        if suffix == ".jsonl":
            runs["gpos-1", suffix, size] = measure(f"gpos {size} {suffix} --jobs 1", gpos_validate(path, 1), size)
    print("floor: parse, schema and ids only (one core)", flush=True)
    largest = files[sizes[-1], ".jsonl"]
    for mode in ("_floor", "_floor_refs"):
        runs[mode, ".jsonl", sizes[-1]] = measure(f"{mode} {sizes[-1]} .jsonl", [sys.executable, str(Path(__file__)),
                                                  mode, str(largest)], sizes[-1])
    print("gpos validate, 1% errors", flush=True)
    for suffix, path in dirty.items():
        runs["gpos-dirty", suffix, error_size] = measure(f"gpos {error_size} {suffix} 1% errors",
                                                         gpos_validate(path), error_size)

    print("plain jsonschema", flush=True)
    for size in baseline_sizes:
        for suffix in (".jsonl", ".json"):
            runs["jsonschema", suffix, size] = measure(
                f"jsonschema {size} {suffix}", [sys.executable, str(Path(__file__)), "_jsonschema",
                                                str(files[size, suffix])], size)

    print("linkml validate", flush=True)
    linkml = str(BIN / "linkml")
    for size in linkml_sizes:
        run = measure(f"linkml {size} .json", [linkml, "validate", "-s", "schema/gpos.yaml", "-C", "Export",
                                               str(files[size, ".json"])], size, cap=args.cap)
        runs["linkml", ".json", size] = run
        if run.exit_code is None:
            break

    profile = None
    if not args.no_profile:
        target = files[sizes[-1], ".jsonl"]
        print(f"profiling gpos validate --jobs 1 on {target.name} with py-spy", flush=True)
        profile = profile_validate(target)

    command = "python benchmarks/run.py " + " ".join(shlex.quote(a) for a in (argv or sys.argv[1:]))
    info = machine()
    info["load"] = f"{load_at_start} at the start, {info['load']} at the end"
    args.output.write_text(render(info, command.strip(), sizes, baseline_sizes, error_size, startup, runs,
                                  profile, time.perf_counter() - began))
    print(f"wrote {args.output}")
    return 0


def _row(run: Run | None) -> str:
    if run is None:
        return "| – | – | – | – |"
    status = {0: "valid", 1: "invalid", None: "capped"}.get(run.exit_code, f"exit {run.exit_code}")
    if run.note:
        status += f" ({run.note})"
    return f"| {run.seconds:,.2f} | {run.rate:,.0f} | {run.rss_mb:,.0f} | {status} |"


def render(info: dict[str, str], command: str, sizes: list[int], baseline_sizes: list[int], error_size: int,
           startup: dict[str, float], runs: dict[tuple[str, str, int], Run],
           profile: dict[str, Any] | None, elapsed: float) -> str:
    fmt = {".jsonl": "JSON Lines", ".json": "JSON document"}
    out = ["# Validation benchmark results", "",
           f"Generated by `{command}` on {info['date']} (whole run {elapsed / 60:.1f} min).", "",
           f"- Machine: {info['cpu']}, {info['cores']} cores, {info['ram']} RAM; {info['os']}",
           f"- Python {info['python']}; {info['versions']}",
           f"- Load average (1/5/15 min): {info['load']}; other work on the machine inflates the times.",
           f"- Data: `gpos synth --seed {SEED}` (member TH), the same files for every tool; wall time and peak RSS "
           "of each command as its own process, start-up included, one run each (these machines are noisy, "
           "about ±30 %: compare ratios within this file).", "",
           "## gpos validate, end to end", "",
           "| records | format | wall s | records/s | peak RSS MB | result |", "|---:|---|---:|---:|---:|---|"]
    for size in sizes:
        out.append(f"| {size:,} | JSON Lines, `--jobs 1` " + _row(runs.get(("gpos-1", ".jsonl", size))))
        for suffix in (".jsonl", ".json"):
            label = fmt[suffix] + (" (default jobs: all cores over 32 MiB)" if suffix == ".jsonl" else "")
            out.append(f"| {size:,} | {label} " + _row(runs.get(("gpos", suffix, size))))
    out += ["", f"## Clean file vs 1 % injected errors ({error_size:,} records)", "",
            "| format | file | wall s | records/s | peak RSS MB | result |", "|---|---|---:|---:|---:|---|"]
    notes = []
    for suffix in (".jsonl", ".json"):
        clean, dirty = runs.get(("gpos", suffix, error_size)), runs.get(("gpos-dirty", suffix, error_size))
        out += [f"| {fmt[suffix]} | clean " + _row(clean), f"| {fmt[suffix]} | 1 % errors " + _row(dirty)]
        if clean and dirty:
            notes.append(f"{fmt[suffix]}: {dirty.seconds / clean.seconds:.2f}x the time and "
                         f"{dirty.rss_mb / clean.rss_mb:.2f}x the memory of the clean file")
    if notes:
        out += ["", "With errors: " + "; ".join(notes) + " (`--max-errors 20`, so printing is not measured)."]
    out += ["", "## Baselines on the same files", "",
            "Plain `jsonschema` (Python): `Draft201909Validator` with `FORMAT_CHECKER`, one validator per `$defs` "
            "class compiled once, each record validated on its own (structure only: no ids, references, "
            "identifiers or domain rules). `linkml validate -s schema/gpos.yaml -C Export` on the JSON document "
            "(it has no JSON Lines loader).", "",
            "| tool | records | format | wall s | records/s | peak RSS MB | result |",
            "|---|---:|---|---:|---:|---:|---|"]
    for size in baseline_sizes:
        for suffix in (".jsonl", ".json"):
            if ("jsonschema", suffix, size) in runs:
                out.append(f"| jsonschema | {size:,} | {fmt[suffix]} " + _row(runs["jsonschema", suffix, size]))
    for size in sizes:
        if ("linkml", ".json", size) in runs:
            out.append(f"| linkml validate | {size:,} | {fmt['.json']} " + _row(runs["linkml", ".json", size]))
    top = max(sizes)
    floors = [(label, runs.get((mode, ".jsonl", top))) for label, mode in (
        ("read, orjson parse, duplicate-key check, jsonschema-rs, id index", "_floor"),
        ("the same, and resolve every reference", "_floor_refs"))]
    if any(run for _, run in floors):
        out += ["", f"## The floor: what one core does before the rules ({top:,} records, JSON Lines)", "",
                "The same file through a bare loop (`run.py _floor` / `_floor_refs`): no rule of gpos, no report. "
                "Compare with `gpos validate --jobs 1` above: the difference is what the rules cost.", "",
                "| loop | wall s | records/s | peak RSS MB | result |", "|---|---:|---:|---:|---|"]
        out += [f"| {label} " + _row(run) for label, run in floors if run]
    out += ["", "## Ratios (records/s of gpos ÷ records/s of the other tool)", "",
            "On the same file; for JSON Lines against `linkml validate`, on the same records as a JSON document "
            "(linkml has no JSON Lines loader).", "",
            "| records | format | vs jsonschema | vs linkml validate |", "|---:|---|---:|---:|"]
    for size in sizes:
        for suffix in (".jsonl", ".json"):
            gpos = runs.get(("gpos", suffix, size))
            cells = []
            for other in (runs.get(("jsonschema", suffix, size)), runs.get(("linkml", ".json", size))):
                ok = gpos and other and other.exit_code is not None and gpos.rate
                cells.append(f"{gpos.rate / other.rate:,.1f}x" if ok else "–")  # type: ignore[union-attr]
            if cells != ["–", "–"]:
                out.append(f"| {size:,} | {fmt[suffix]} | {cells[0]} | {cells[1]} |")
    finished = [r for (tool, _, _), r in runs.items() if tool == "linkml" and r.exit_code is not None]
    linkml_rate = None
    if finished:
        largest = max(finished, key=lambda r: r.records)
        per = largest.seconds / largest.records
        linkml_rate = 1 / per
        if largest.records >= max(sizes):
            out += ["", f"linkml validate on {largest.records:,} records: {largest.seconds:,.0f} s, "
                        f"{linkml_rate:,.0f} records/s, {largest.rss_mb:,.0f} MB."]
        else:
            out += ["", f"linkml validate, extrapolated from {largest.records:,} records: {per * 1e3:.3f} ms per "
                        f"record, so about {per * 1e6 / 60:,.0f} min for {max(sizes):,} records (start-up "
                        "included in the per-record figure)."]
    out += ["", "## Start-up (best of 10, subprocess)", "", "| command | seconds |", "|---|---:|"]
    out += [f"| `{name}` | {seconds:.3f} |" for name, seconds in startup.items()]
    one, both = runs.get(("gpos-1", ".jsonl", top)), runs.get(("gpos", ".jsonl", top))
    out += ["", "## Against the targets", "", "| target | measured | met |", "|---|---|---|"]
    if one:
        out.append(f"| ≥ 250,000 records/s on {top:,} JSON Lines, one core (`--jobs 1`) | {one.rate:,.0f} | "
                   f"{'yes' if one.rate >= 250_000 else 'no'} |")
    if both and one:
        out.append(f"| higher with both cores (default `--jobs`) | {both.rate:,.0f} | "
                   f"{'yes' if both.rate > one.rate else 'no'} |")
    if both and linkml_rate:
        best = max(r.rate for r in (one, both) if r)
        out.append(f"| ≥ 50x `linkml validate` (records/s on {top:,} records against linkml's, same records) | "
                   f"{best / linkml_rate:,.0f}x | {'yes' if best >= 50 * linkml_rate else 'no'} |")
    if both:
        peak = max(r.rss_mb for r in (one, both) if r)
        out.append(f"| peak RSS ≤ 300 MB on {top:,} JSON Lines | {peak:,.0f} MB | "
                   f"{'yes' if peak <= 300 else 'no'} |")
    helped = startup["gpos --help"]
    out.append(f"| `gpos --help` ≤ 0.3 s | {helped:.3f} s | {'yes' if helped <= 0.3 else 'no'} |")
    for suffix in (".jsonl", ".json"):
        clean, dirty = runs.get(("gpos", suffix, error_size)), runs.get(("gpos-dirty", suffix, error_size))
        if clean and dirty:
            ratio = dirty.seconds / clean.seconds
            out.append(f"| 1 % errors ≤ 2x the clean time ({fmt[suffix]}, {error_size:,}) | {ratio:.2f}x | "
                       f"{'yes' if ratio <= 2 else 'no'} |")
    if profile:
        seconds = 1 / profile["rate"]
        total = profile["total"]
        out += ["", f"## Where the time goes ({profile['file']}, `gpos validate --jobs 1`, py-spy)", "",
                f"py-spy sampled the run {profile['rate']} times a second ({total:,} samples, "
                f"{total * seconds:.1f} s of the run); each sample is put in the stage the validator was in. "
                "Time in orjson and jsonschema-rs counts for the line of the lane that called them.", "",
                "| stage | share | seconds |", "|---|---:|---:|"]
        out += [f"| {stage} | {n / total:.0%} | {n * seconds:.2f} |" for stage, n in profile["stages"]]
        out += ["", "The rules by record class (both kinds of rule rows above):", "",
                "| record class | share of the run | seconds |", "|---|---:|---:|"]
        out += [f"| {cls} | {n / total:.0%} | {n * seconds:.2f} |" for cls, n in profile["classes"]]
        out += ["", "Functions by own time (the innermost Python frame of each sample):", "",
                "| share | function |", "|---:|---|"]
        out += [f"| {n / total:.0%} | `{name}` |" for name, n in profile["own"]]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "_jsonschema":
        sys.exit(jsonschema_baseline(Path(sys.argv[2])))
    if len(sys.argv) == 3 and sys.argv[1] in ("_floor", "_floor_refs"):
        sys.exit(floor(Path(sys.argv[2]), sys.argv[1] == "_floor_refs"))
    sys.exit(main())
