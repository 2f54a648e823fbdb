"""Invalid examples: a minimal valid export, then exactly one thing broken per file.

Each case lists the (code, JSON Pointer) of every error the validator must report for it; ``build_invalid`` writes
them to ``expected_errors.csv`` (``file,code,path,extension``: the last names a bundled national extension to
validate the file with, when the rule needs one).
"""

from __future__ import annotations

import copy
import csv
import io
import json
from typing import Any

import yaml

from .common import STANDARD_VERSION, ExportBuilder, dt, money


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


# A small export with persons, involvements, screening, accounts and indicators: the base the rule examples
# (and the rule tests in tests/test_rules.py) break one thing at a time.
RULES_BASE: dict[str, Any] = {
    "standard_version": STANDARD_VERSION,
    "export_id": "TH-EXP-2025-1",
    "publisher": "TH-ORG-RTP",
    "member_country": "TH",
    "created_at": "2025-06-30T12:00:00+07:00",
    "period": {"start_date": "2025-01-01", "end_date": "2025-06-30"},
    "sharing_marking": "AMBER",
    "licence": "GPOS data-sharing terms 2025",
    "scam_reports": [{
        "id": "TH-RPT-1", "received_at": "2025-02-03T10:00:00+07:00", "reporting_channel": "online_portal",
        "typologies": ["romance_investment"], "status": "referred_to_case", "case": "TH-CASE-1",
        "first_contact_date": "2024-11-02", "incident_start_date": "2024-12-01", "incident_end_date": "2025-01-20",
        "losses": [{"amount": "1250000.00", "currency": "THB"}], "platforms": ["line"],
        "indicators": ["TH-IND-1"],
    }],
    "cases": [{"id": "TH-CASE-1", "status": "under_investigation", "opened_date": "2025-02-05",
               "lead_agency": "TH-ORG-RTP", "reports": ["TH-RPT-1"], "jurisdictions": ["TH", "KH"]}],
    "persons": [
        {"id": "TH-PER-1", "nationalities": ["TH"], "gender": "female", "age_band": "age_45_54",
         "contact_details": [{"kind": "phone_number", "value": "+66812345678"}]},
        {"id": "TH-PER-2", "nationalities": ["NP"], "gender": "male", "age_band": "age_18_24"},
    ],
    "person_involvements": [
        {"id": "TH-INV-1", "person": "TH-PER-1", "role": "defrauded_victim", "case": "TH-CASE-1",
         "report": "TH-RPT-1"},
        {"id": "TH-INV-2", "person": "TH-PER-2", "role": "tip_victim_forced_criminality", "case": "TH-CASE-1"},
        {"id": "TH-INV-3", "person": "TH-PER-2", "role": "suspected_perpetrator", "case": "TH-CASE-1"},
    ],
    "trafficking_screenings": [{
        "id": "TH-TSC-1", "person": "TH-PER-2", "case": "TH-CASE-1", "screening_date": "2025-03-01",
        "screening_organisation": "TH-ORG-RTP", "outcome": "identified", "indicators_observed": ["fraud_quotas"],
    }],
    "non_punishment_assessments": [{
        "id": "TH-NPA-1", "person": "TH-PER-2", "case": "TH-CASE-1", "assessment_date": "2025-03-10",
        "assessing_organisation": "TH-ORG-RTP", "decision": "applied",
    }],
    "organisations": [{"id": "TH-ORG-RTP", "name": "Royal Thai Police", "organisation_type": "law_enforcement",
                       "country": "TH"}],
    "financial_accounts": [
        {"id": "TH-ACC-1", "account_type": "crypto_wallet", "crypto_network": "tron",
         "wallet_address": "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"},
        {"id": "TH-ACC-2", "account_type": "bank_account", "iban": "AE070331234567890123456", "bic": "DEUTDEFF"},
    ],
    "indicators": [{"id": "TH-IND-1", "indicator_type": "domain", "value": "Example-Scam.com",
                    "normalised_value": "example-scam.com", "status": "active", "reports": ["TH-RPT-1"]}],
}


def build_rules_base() -> dict[str, Any]:
    return copy.deepcopy(RULES_BASE)


def set_at(path: str, value: Any) -> Any:
    """A change that sets (or, for DELETE, removes) the value at a JSON Pointer."""

    def change(doc: dict[str, Any]) -> None:
        *parents, last = [int(p) if p.isdigit() else p for p in path.strip("/").split("/")]
        node: Any = doc
        for step in parents:
            node = node[step]
        if value is DELETE:
            del node[last]
        else:
            node[last] = value

    return change


DELETE = object()
_MAJOR, _MINOR, _PATCH = STANDARD_VERSION.split(".")
NEWER_PATCH = f"{_MAJOR}.{_MINOR}.{int(_PATCH) + 7}"

# (file, JSON Pointer to change, new value or DELETE, [(code, path)]) for the rules beyond JSON Schema.
RULE_CASES: list[tuple[str, str, Any, list[tuple[str, str]]]] = [
    ("e011_collection_not_a_list.json", "/indicators", {"id": "TH-IND-1"},
     [("GPOS-E011", "/indicators"), ("GPOS-E021", "/scam_reports/0/indicators/0")]),
    ("e020_duplicate_id.json", "/financial_accounts/1/id", "TH-ACC-1", [("GPOS-E020", "/financial_accounts/1/id")]),
    ("e021_dangling_reference.json", "/scam_reports/0/case", "TH-CASE-9", [("GPOS-E021", "/scam_reports/0/case")]),
    ("e022_wrong_reference_type.json", "/cases/0/lead_agency", "TH-PER-1",
     [("GPOS-E022", "/cases/0/lead_agency")]),
    ("e030_dates_out_of_order.json", "/cases/0/closed_date", "2025-01-01", [("GPOS-E030", "/cases/0/closed_date")]),
    ("e031_date_in_future.json", "/persons/0/date_of_birth", "2999-01-01",
     [("GPOS-E031", "/persons/0/date_of_birth")]),
    ("e040_unknown_country.json", "/cases/0/jurisdictions/1", "QQ", [("GPOS-E040", "/cases/0/jurisdictions/1")]),
    ("e041_unknown_currency.json", "/scam_reports/0/losses/0/currency", "ABC",
     [("GPOS-E041", "/scam_reports/0/losses/0/currency")]),
    ("e042_unknown_language.json", "/scam_reports/0/narrative_language", "qq",
     [("GPOS-E042", "/scam_reports/0/narrative_language")]),
    ("e043_invalid_phone.json", "/persons/0/contact_details/0/value", "+66 12",
     [("GPOS-E043", "/persons/0/contact_details/0/value")]),
    ("e044_invalid_email.json", "/persons/0/contact_details/0", {"kind": "email_address", "value": "a@@b"},
     [("GPOS-E044", "/persons/0/contact_details/0/value")]),
    ("e045_invalid_domain.json", "/indicators/0/value", "scam site.example",
     [("GPOS-E045", "/indicators/0/value")]),
    ("e046_invalid_iban.json", "/financial_accounts/1/iban", "AE070331234567890123457",
     [("GPOS-E046", "/financial_accounts/1/iban")]),
    ("e047_invalid_bic.json", "/financial_accounts/1/bic", "DEUTQQFF", [("GPOS-E047", "/financial_accounts/1/bic")]),
    ("e048_invalid_wallet.json", "/financial_accounts/0/wallet_address", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u",
     [("GPOS-E048", "/financial_accounts/0/wallet_address")]),
    ("e050_missing_non_punishment.json", "/non_punishment_assessments", DELETE,
     [("GPOS-E050", "/person_involvements/2/role")]),
    ("e051_missing_screening.json", "/trafficking_screenings", DELETE,
     [("GPOS-E051", "/person_involvements/1/role")]),
    ("e052_amount_without_unit.json", "/scam_reports/0/losses/0/currency", DELETE,
     [("GPOS-E052", "/scam_reports/0/losses/0")]),
    ("e053_closed_without_reason.json", "/cases/0/status", "closed", [("GPOS-E053", "/cases/0")]),
    ("e054_involvement_in_nothing.json", "/person_involvements/0", {"id": "TH-INV-1", "person": "TH-PER-1",
                                                                     "role": "defrauded_victim"},
     [("GPOS-E054", "/person_involvements/0")]),
    # 0.2.0
    ("e032_partial_date_not_first_day.json", "/trafficking_screenings/0/screening_date_precision", "year",
     [("GPOS-E032", "/trafficking_screenings/0/screening_date")]),
    ("e049_invalid_imei.json", "/indicators/0",
     {"id": "TH-IND-1", "indicator_type": "imei", "value": "490154203237519", "status": "active",
      "reports": ["TH-RPT-1"]}, [("GPOS-E049", "/indicators/0/value")]),
    ("e049_invalid_payment_alias.json", "/indicators/0",
     {"id": "TH-IND-1", "indicator_type": "payment_alias", "payment_scheme": "promptpay", "value": "1101700207367",
      "status": "active", "reports": ["TH-RPT-1"]}, [("GPOS-E049", "/indicators/0/value")]),
    ("e051_registered_victim_without_screening.json", "/person_involvements/0",
     {"id": "TH-INV-1", "person": "TH-PER-1", "role": "tip_victim", "registered_by": "TH-ORG-RTP"},
     [("GPOS-E051", "/person_involvements/0/role")]),
    ("e054_registered_but_not_a_victim.json", "/person_involvements/0",
     {"id": "TH-INV-1", "person": "TH-PER-1", "role": "suspected_perpetrator", "registered_by": "TH-ORG-RTP"},
     [("GPOS-E054", "/person_involvements/0/role")]),
    ("e055_received_date_missing.json", "/scam_reports/0/received_at", DELETE, [("GPOS-E055", "/scam_reports/0")]),
    ("e057_delisted_without_date.json", "/sanctions_designations",
     [{"id": "TH-SAN-1", "authority": "ofac", "status": "delisted", "listing_date": "2025-05-05",
       "designated_accounts": ["TH-ACC-1"]}],
     [("GPOS-E057", "/sanctions_designations/0")]),
    ("e012_unsupported_version.json", "/standard_version", "1.0.0", [("GPOS-E012", "/standard_version")]),
    ("w001_unknown_open_code.json", "/scam_reports/0/platforms/0", "myspace_revival",
     [("GPOS-W001", "/scam_reports/0/platforms/0")]),
    ("w002_non_canonical_indicator.json", "/indicators/0/normalised_value", "Example-Scam.com",
     [("GPOS-W002", "/indicators/0/normalised_value")]),
    # a TRON address given as a Solana wallet: Solana's address check came in 0.2.0, so it warns until 1.0
    ("w006_wallet_newly_checked.json", "/financial_accounts/0/crypto_network", "solana",
     [("GPOS-W006", "/financial_accounts/0/wallet_address")]),
    # A patch release of the current version that this validator does not know yet (checked as the known one).
    ("w003_newer_patch_version.json", "/standard_version", NEWER_PATCH, [("GPOS-W003", "/standard_version")]),
    ("w004_deprecated_code.json", "/trafficking_screenings/0/indicators_observed/0", "physical_sexual_violence",
     [("GPOS-W004", "/trafficking_screenings/0/indicators_observed/0")]),
    ("w004_deprecated_field.json", "/persons/1/is_minor", False, [("GPOS-W004", "/persons/1/is_minor")]),
]


# (file, [(JSON Pointer, new value or DELETE)], [(code, path)]) for rules that need several changes to break.
RULE_CASES_MULTI: list[tuple[str, list[tuple[str, Any]], list[tuple[str, str]]]] = [
    # first contact known to the month, March 2025, after the incident began in December 2024
    ("e030_partial_dates_out_of_order.json",
     [("/scam_reports/0/first_contact_date", "2025-03-01"), ("/scam_reports/0/first_contact_date_precision", "month")],
     [("GPOS-E030", "/scam_reports/0/incident_start_date")]),
    ("e055_received_unknown_false.json",
     [("/scam_reports/0/received_at", DELETE), ("/scam_reports/0/received_at_unknown", False)],
     [("GPOS-E055", "/scam_reports/0/received_at_unknown")]),
    ("e056_age_range_inverted.json", [("/persons/1/age_min", 30), ("/persons/1/age_max", 20)],
     [("GPOS-E056", "/persons/1/age_max")]),
]


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
    variant("e040_country_name.json", [("GPOS-E040", "/organisations/0/country")],
            lambda d: d["organisations"][0].update(country="Thailand"))
    def spaced_id(d: dict[str, Any]) -> None:  # renamed consistently, so the reference still resolves
        d["indicators"][0]["id"] = d["scam_reports"][0]["indicators"][0] = "TH CCIB IND 0001"

    variant("e006_id_with_spaces.json", [("GPOS-E006", "/indicators/0/id")], spaced_id)
    variant("e041_currency_lowercase.json", [("GPOS-E041", rep + "/losses/0/currency")],
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
    for name, path, value, errors in RULE_CASES:
        doc = build_rules_base()
        set_at(path, value)(doc)
        out.append((name, doc, errors))
    for name, changes, errors in RULE_CASES_MULTI:
        doc = build_rules_base()
        for path, value in changes:
            set_at(path, value)(doc)
        out.append((name, doc, errors))
    _extension_cases(base, variant)
    return out


# The national extension these examples use, and the examples that must be validated with its module given.
THAI_EXTENSION = {"name": "th-police", "version": "1.0.0", "prefix": "thpol",
                  "schema_url": "https://w3id.org/gpos/ext/th-police"}
WITH_EXTENSION = {"e013_extension_rule.json": "th-police"}


def thai_extended(doc: dict[str, Any]) -> None:
    """Declare the Royal Thai Police profile and fill in what it adds and requires."""
    doc["extensions"] = [dict(THAI_EXTENSION)]
    report = doc["scam_reports"][0]
    report["thpol:online_report_number"] = "6803140921"
    report["thpol:bank_freeze_requested"] = True
    report["platforms"] = ["pantip"]  # a code the extension adds to the open platform list


def _extension_cases(base: dict[str, Any], variant: Any) -> None:
    rep = "/scam_reports/0"
    # Without the module, a receiver accepts the thpol: fields unchecked, and pantip is an unknown platform code.
    variant("w005_extension_not_checked.json", [("GPOS-W005", "/extensions/0"), ("GPOS-W001", rep + "/platforms/0")],
            thai_extended)

    def broken(d: dict[str, Any]) -> None:
        thai_extended(d)
        d["scam_reports"][0]["thpol:online_report_number"] = "TPO-2025/77"
        del d["scam_reports"][0]["receiving_organisation"]  # optional in the standard, required by the profile

    variant("e013_extension_rule.json", [("GPOS-E013", rep + "/thpol:online_report_number"),
                                         ("GPOS-E013", rep)], broken)
    variant("e003_undeclared_extension_field.json", [("GPOS-E003", rep)],
            lambda d: d["scam_reports"][0].update({"thpol:online_report_number": "6803140921"}))


def _package_cases() -> list[tuple[str, dict[str, str], list[tuple[str, str]]]]:
    """Export packages as folders (manifest.json + data/export.jsonl), each broken in one way."""
    from gpos_standard.io.package import DATA_FILE, MANIFEST, build_manifest, canonical_jsonl

    document = build_rules_base()
    data, counts = canonical_jsonl(document)
    manifest = build_manifest(document, {DATA_FILE: data}, counts, None)

    def package(manifest: dict[str, Any], data: bytes = data, **extra: str) -> dict[str, str]:
        return {MANIFEST: json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", DATA_FILE: data.decode(),
                **extra}

    no_licence = {k: v for k, v in manifest.items() if k != "licence"}
    tampered = data.replace(b"Royal Thai Police", b"Royal Thai Polise")
    miscounted = copy.deepcopy(manifest)
    miscounted["record_counts"][0]["count"] += 1
    disagreeing = {**manifest, "sharing_marking": "RED"}
    return [
        ("e060_manifest_invalid", package(no_licence), [("GPOS-E060", "")]),
        ("e061_checksum_mismatch", package(manifest, tampered), [("GPOS-E061", "")]),
        ("e062_unlisted_file", package(manifest, **{"notes.txt": "not in the manifest\n"}), [("GPOS-E062", "")]),
        ("e063_count_mismatch", package(miscounted), [("GPOS-E063", "")]),
        ("e064_manifest_disagrees", package(disagreeing), [("GPOS-E064", "")]),
    ]


ERRORS_MANIFEST, WARNINGS_MANIFEST = "expected_errors.csv", "expected_warnings.csv"


def _bundle(warnings: bool) -> dict[str, str]:
    files: dict[str, str] = {}
    rows: list[tuple[str, str, str, str]] = []
    for name, doc, errors in _invalid_cases():
        if name.startswith("w") != warnings:
            continue
        files[name] = doc if isinstance(doc, str) else json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
        rows.extend((name, code, path, WITH_EXTENSION.get(name, "")) for code, path in errors)
    for folder, members, errors in [] if warnings else _package_cases():
        files.update({f"{folder}/{member}": text for member, text in members.items()})
        rows.extend((folder, code, path, "") for code, path in errors)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["file", "code", "path", "extension"])
    writer.writerows(sorted(rows))
    files[WARNINGS_MANIFEST if warnings else ERRORS_MANIFEST] = buf.getvalue()
    return files


def build_invalid() -> dict[str, str]:
    """File name -> file text for the invalid examples (each must fail) and their ``expected_errors.csv``.

    Package examples are folders: their files are named ``<folder>/<path>`` and listed under the folder's name.
    """
    return _bundle(warnings=False)


def build_warnings() -> dict[str, str]:
    """The examples that are valid but must draw warnings, and their ``expected_warnings.csv``."""
    return _bundle(warnings=True)
