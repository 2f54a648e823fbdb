"""The Thai reference export as the Royal Thai Police would publish it with its national extension (th-police).

Written to ``extensions/th-police/example_export.json``: it must be valid with the extension's module and, for a
receiver that does not know the extension, valid with one warning (GPOS-W005) and nothing lost.
"""

from __future__ import annotations

import copy
from typing import Any

from .invalid import THAI_EXTENSION

# Buddhist-era case numbers of the stations that investigate the Thai cases, in the order of the cases.
CASE_NUMBERS = ["1187/2568", "2245/2568", "311/2568", "4090/2568", "77/2568", "1520/2568"]
STATIONS = ["CCIB Sub-Division 2", "CCIB Sub-Division 5", "Mae Sot Police Station", "CCIB Sub-Division 1",
            "Tourist Police Division 3", "CCIB Sub-Division 4"]


def build_th_extended(th: dict[str, Any]) -> dict[str, Any]:
    doc = copy.deepcopy(th)
    doc["extensions"] = [dict(THAI_EXTENSION)]
    for i, case in enumerate(doc["cases"]):
        case["thpol:police_case_number"] = CASE_NUMBERS[i % len(CASE_NUMBERS)]
        case["thpol:investigating_station"] = STATIONS[i % len(STATIONS)]
        case.setdefault("jurisdictions", [doc["member_country"]])  # the profile requires it
    for i, report in enumerate(doc["scam_reports"]):
        if report.get("reporting_channel") == "online_portal":
            report["thpol:online_report_number"] = f"68{i:02d}0314{i:04d}"
        report["thpol:bank_freeze_requested"] = i % 2 == 0
        report.setdefault("receiving_organisation", doc["publisher"])  # the profile requires it
    doc["scam_reports"][0].setdefault("platforms", []).append("pantip")  # a code the extension adds
    return doc
