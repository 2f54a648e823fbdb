"""A small valid export built in code, for tests that break one thing at a time."""

from __future__ import annotations

import copy
from typing import Any

MINIMAL: dict[str, Any] = {
    "standard_version": "0.1.0",
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


def minimal() -> dict[str, Any]:
    return copy.deepcopy(MINIMAL)
