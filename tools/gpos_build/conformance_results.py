"""How an implementation reports its results on the conformance suite, and how they are compared with the cases.

A results file is JSON (``results.schema.json`` in the suite folder)::

    {"implementation": "myvalidator 1.4",
     "results": [{"case": "e004-null-optional-0.2.0", "verdict": "invalid",
                  "issues": [{"code": "GPOS-E004", "pointer": "/scam_reports/0/narrative"}]},
                 {"case": "valid-xlsx-0.2.0", "verdict": "not_applicable", "reason": "reads JSON only"}]}

or CSV with the header ``case,verdict,code,pointer`` and one row per issue (a case without issues: one row with empty
code and pointer). ``issues`` may be left out of a JSON result: the implementation then claims the verdict only.

Usage (from ``tools/``, or with ``tools`` on ``PYTHONPATH``; needs only the standard library)::

    python -m gpos_build.conformance_results compare RESULTS [--verdict-only]   # exit 0 when every case agrees
    python -m gpos_build.conformance_results run -o results.json                # gpos's own results
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

SUITE = Path(__file__).resolve().parents[2] / "reference_data" / "conformance"
VERDICTS = ("valid", "invalid", "not_applicable")


@dataclass(frozen=True)
class Result:
    case: str
    verdict: str
    issues: frozenset[tuple[str, str]] | None  # None: the implementation reports the verdict only
    reason: str = ""


@dataclass(frozen=True)
class Outcome:
    """How one case went: ``pass`` (verdict and issues as expected), ``verdict`` (the verdict only: the issues
    differ or were not reported), ``fail`` (another verdict), ``not_applicable`` or ``not_run``."""

    case: dict[str, Any]
    status: str
    detail: str = ""


def read_results(path: Path) -> tuple[str, dict[str, Result]]:
    """The implementation's name and its result per case, from JSON or CSV."""
    if path.suffix.lower() == ".csv":
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        issues: dict[str, set[tuple[str, str]]] = {}
        verdicts: dict[str, str] = {}
        for row in rows:
            verdicts[row["case"]] = row["verdict"]
            found = issues.setdefault(row["case"], set())
            if row.get("code"):
                found.add((row["code"], row.get("pointer") or ""))
        results = {c: Result(c, v, frozenset(issues[c])) for c, v in verdicts.items()}
        return path.stem, _checked(results)
    data = json.loads(path.read_text(encoding="utf-8"))
    results = {}
    for item in data["results"]:
        found = item.get("issues")
        results[item["case"]] = Result(
            item["case"], item["verdict"],
            None if found is None else frozenset((i["code"], i["pointer"]) for i in found), item.get("reason", ""))
    return str(data.get("implementation", path.stem)), _checked(results)


def _checked(results: dict[str, Result]) -> dict[str, Result]:
    wrong = sorted(r.case for r in results.values() if r.verdict not in VERDICTS)
    if wrong:
        raise ValueError(f"verdict must be one of {', '.join(VERDICTS)}: see cases {', '.join(wrong[:5])}")
    return results


def load_manifest(suite: Path = SUITE) -> dict[str, Any]:
    return json.loads((suite / "cases.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def compare(manifest: dict[str, Any], results: dict[str, Result], verdict_only: bool = False) -> list[Outcome]:
    """Each case of the suite with what the implementation said about it."""
    out = []
    for case in manifest["cases"]:
        result = results.get(case["id"])
        if result is None:
            out.append(Outcome(case, "not_run"))
        elif result.verdict == "not_applicable":
            out.append(Outcome(case, "not_applicable", result.reason))
        elif result.verdict != case["verdict"]:
            out.append(Outcome(case, "fail", f"verdict {result.verdict}, expected {case['verdict']}"))
        elif verdict_only or result.issues is None:
            out.append(Outcome(case, "verdict"))
        else:
            want = {(i["code"], i["pointer"]) for i in case["issues"]}
            if result.issues == want:
                out.append(Outcome(case, "pass"))
            else:
                extra = ", ".join(f"{c} at {p or '(document)'}" for c, p in sorted(result.issues - want))
                missing = ", ".join(f"{c} at {p or '(document)'}" for c, p in sorted(want - result.issues))
                out.append(Outcome(case, "verdict", "; ".join(
                    part for part in (f"unexpected {extra}" if extra else "",
                                      f"missing {missing}" if missing else "") if part)))
    return out


def agrees(outcome: Outcome, verdict_only: bool) -> bool:
    return outcome.status == "pass" or (verdict_only and outcome.status == "verdict")


def summary(outcomes: list[Outcome]) -> dict[str, Counter[str]]:
    """Scope -> count of each status among the cases that need that scope (``all``: every case)."""
    out: dict[str, Counter[str]] = {"all": Counter()}
    for outcome in outcomes:
        out["all"][outcome.status] += 1
        for scope in outcome.case["scopes"]:
            out.setdefault(scope, Counter())[outcome.status] += 1
    return out


def gpos_report(case: dict[str, Any], suite: Path, now: datetime) -> Any:
    """gpos's report on one case; the extension modules a case names are given as ``validate(extensions=...)``
    (``gpos validate --extension``)."""
    from gpos_standard import validate

    options = {"extensions": [suite / e for e in case["extensions"]]} if case.get("extensions") else {}
    return validate(suite / case["input"], now=now, **options)


def run_gpos(manifest: dict[str, Any], suite: Path = SUITE) -> dict[str, Any]:
    """gpos's results on every case, in the results format (validated no earlier than the suite's not_before)."""
    import gpos_standard

    now = max(datetime.fromisoformat(manifest["not_before"].replace("Z", "+00:00")),
              datetime.now().astimezone())
    results = []
    for case in manifest["cases"]:
        report = gpos_report(case, suite, now)
        results.append({"case": case["id"], "verdict": "valid" if report.valid else "invalid",
                        "issues": [{"code": c, "pointer": p} for c, p in sorted({(i.code, i.path)
                                                                                  for i in report.issues})]})
    return {"implementation": f"gpos {gpos_standard.__version__}", "results": results}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="conformance_results", description=(__doc__ or "").splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    cmp = sub.add_parser("compare", help="compare a results file (JSON or CSV) with the suite")
    cmp.add_argument("results", type=Path)
    cmp.add_argument("--verdict-only", action="store_true", help="compare verdicts only, not the issues")
    cmp.add_argument("--suite", type=Path, default=SUITE)
    run = sub.add_parser("run", help="run gpos over the suite and write its results")
    run.add_argument("-o", "--output", type=Path, required=True)
    run.add_argument("--suite", type=Path, default=SUITE)
    args = parser.parse_args(argv)
    manifest = load_manifest(args.suite)
    if args.command == "run":
        text = json.dumps(run_gpos(manifest, args.suite), indent=2, ensure_ascii=False) + "\n"
        args.output.write_text(text, encoding="utf-8")
        print(f"wrote {args.output}: {len(manifest['cases'])} cases")
        return 0
    name, results = read_results(args.results)
    outcomes = compare(manifest, results, args.verdict_only)
    unknown = sorted(set(results) - {c["id"] for c in manifest["cases"]})
    for outcome in outcomes:
        if outcome.status in ("fail", "verdict") and not agrees(outcome, args.verdict_only):
            print(f"{outcome.status:8} {outcome.case['id']}: {outcome.detail or 'issues not reported'}")
    for case in unknown:
        print(f"unknown  {case}: not a case of this suite")
    for scope, counts in sorted(summary(outcomes).items()):
        print(f"{scope:13} " + ", ".join(f"{status} {n}" for status, n in sorted(counts.items())))
    failed = [o for o in outcomes if o.status in ("fail", "verdict", "not_run") and not agrees(o, args.verdict_only)]
    skipped = sum(o.status == "not_applicable" for o in outcomes)
    print(f"{name}: {len(outcomes) - skipped - len(failed)} of {len(outcomes) - skipped} applicable cases agree"
          + (" (verdicts only)" if args.verdict_only else "") + f"; {skipped} not applicable")
    return 1 if failed or unknown else 0


if __name__ == "__main__":
    sys.exit(main())
