"""Invalid examples: a minimal valid export, then exactly one thing broken per file.

Each case lists the (code, JSON Pointer) of every error the validator must report for it; ``build_invalid`` writes
them to ``expected_errors.csv`` (``file,code,path``).
"""

from __future__ import annotations

import copy
import csv
import io
import json
from typing import Any

import yaml

from .common import ExportBuilder, dt, money


def build_minimal() -> dict[str, Any]:
    """The smallest useful valid export: a publisher, one scam report and one indicator."""
    T = "TH"
    x = ExportBuilder(T, "TH-CCIB-EXP-2025-MIN", "TH-ORG-CCIB", dt("2025-07-04 10:15", T), "GREEN")
    ccib = x.add("organisations", id="TH-ORG-CCIB", name="Cyber Crime Investigation Bureau",
                 organisation_type="law_enforcement", country=T)
    report = x.add("scam_reports", id="TH-CCIB-RPT-2025-000123", received_at=dt("2025-03-14 09:21", T),
                   reporting_channel="online_portal", reporter_role="defrauded_victim",
                   typologies=["task_job_scam"], incident_start_date="2025-03-10",
                   narrative="I was paid to like videos, then asked to top up for 'premium tasks' and lost my money.",
                   narrative_language="en", losses=[money("40356.41", "THB")], payment_methods=["instant_payment"],
                   indicators=["TH-CCIB-IND-0001"], location={"country": T, "subdivision": "TH-10"},
                   status="received", receiving_organisation=ccib)
    x.add("indicators", id="TH-CCIB-IND-0001", indicator_type="messaging_account", value="@premium_task_th",
          platform="telegram", confidence=80, status="active", reports=[report])
    return x.build()


def _invalid_cases() -> list[tuple[str, Any, list[tuple[str, str]]]]:
    """(file name, document or raw text, [(code, JSON Pointer)]) for every invalid example."""
    base = build_minimal()
    out: list[tuple[str, Any, list[tuple[str, str]]]] = []

    def variant(name: str, errors: list[tuple[str, str]], change: Any) -> None:
        doc = copy.deepcopy(base)
        change(doc)
        out.append((name, doc, errors))

    rep = "/scam_reports/0"
    variant("e002_missing_required.json", [("GPOS-E002", rep)], lambda d: d["scam_reports"][0].pop("status"))
    variant("e002_missing_required_envelope.json", [("GPOS-E002", "")], lambda d: d.pop("sharing_marking"))
    variant("e003_unknown_field.json", [("GPOS-E003", rep)],
            lambda d: d["scam_reports"][0].update(victim_name="Somchai Jaidee"))
    variant("e004_amount_as_number.json", [("GPOS-E004", rep + "/losses/0/amount")],
            lambda d: d["scam_reports"][0]["losses"][0].update(amount=40356.41))
    variant("e004_null_optional.json", [("GPOS-E004", rep + "/narrative")],
            lambda d: d["scam_reports"][0].update(narrative=None))
    variant("e004_boolean_as_string.json", [("GPOS-E004", rep + "/attempted_only")],
            lambda d: d["scam_reports"][0].update(attempted_only="no"))
    variant("e005_code_not_in_list.json", [("GPOS-E005", rep + "/reporting_channel")],
            lambda d: d["scam_reports"][0].update(reporting_channel="carrier_pigeon"))
    variant("e006_country_name.json", [("GPOS-E006", "/organisations/0/country")],
            lambda d: d["organisations"][0].update(country="Thailand"))
    def spaced_id(d: dict[str, Any]) -> None:  # renamed consistently, so the reference still resolves
        d["indicators"][0]["id"] = d["scam_reports"][0]["indicators"][0] = "TH CCIB IND 0001"

    variant("e006_id_with_spaces.json",
            [("GPOS-E006", "/indicators/0/id"), ("GPOS-E006", rep + "/indicators/0")], spaced_id)
    variant("e006_currency_lowercase.json", [("GPOS-E006", rep + "/losses/0/currency")],
            lambda d: d["scam_reports"][0]["losses"][0].update(currency="thb"))
    variant("e007_datetime_without_offset.json", [("GPOS-E007", rep + "/received_at")],
            lambda d: d["scam_reports"][0].update(received_at="2025-03-14T09:21:00"))
    variant("e007_impossible_date.json", [("GPOS-E007", rep + "/incident_start_date")],
            lambda d: d["scam_reports"][0].update(incident_start_date="2025-02-30"))
    variant("e008_confidence_out_of_range.json", [("GPOS-E008", "/indicators/0/confidence")],
            lambda d: d["indicators"][0].update(confidence=150))
    variant("e009_empty_list.json", [("GPOS-E009", rep + "/typologies")],
            lambda d: d["scam_reports"][0].update(typologies=[]))
    variant("e009_empty_string.json", [("GPOS-E009", rep + "/narrative")],
            lambda d: d["scam_reports"][0].update(narrative=""))

    # The same report as YAML, with one closed-list code wrong.
    doc = copy.deepcopy(base)
    doc["scam_reports"][0]["typologies"] = ["pig_butchering"]
    out.append(("invalid_yaml_code_not_in_list.yaml", yaml.safe_dump(doc, sort_keys=False, allow_unicode=True),
                [("GPOS-E005", rep + "/typologies/0")]))
    # Not parseable at all.
    text = json.dumps(base, indent=2, ensure_ascii=False)
    cut = text.index('"scam_reports"')
    out.append(("e001_not_json.json", text[:cut] + '"scam_reports": [\n    {"id": "TH-CCIB-RPT-2025-000123",\n',
                [("GPOS-E001", "")]))
    bad_yaml = (
        yaml.safe_dump({k: base[k] for k in ("standard_version", "export_id", "publisher")}, sort_keys=False)
        + "member_country: TH\n  created_at: '2025-07-04T10:15:00+07:00'\nperiod: {start_date: '2025-01-01'\n"
    )
    out.append(("invalid_yaml_syntax.yaml", bad_yaml, [("GPOS-E001", "")]))
    return out


def build_invalid() -> dict[str, str]:
    """File name -> file text for the invalid examples and their ``expected_errors.csv``."""
    files: dict[str, str] = {}
    rows: list[tuple[str, str, str]] = []
    for name, doc, errors in _invalid_cases():
        files[name] = doc if isinstance(doc, str) else json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
        rows.extend((name, code, path) for code, path in errors)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["file", "code", "path"])
    writer.writerows(sorted(rows))
    files["expected_errors.csv"] = buf.getvalue()
    return files
