"""The rule codes the validator reports. Codes are stable: a code is never reused for another meaning.

``GPOS-E0xx`` are errors (the data does not conform), ``GPOS-W0xx`` warnings. Each rule has a page in the
documentation at ``DOCS_URL/<code>/``.
"""

from __future__ import annotations

from dataclasses import dataclass

DOCS_URL = "https://gpos-standard.github.io/gpos-standard/rules"


@dataclass(frozen=True)
class Rule:
    code: str
    severity: str
    title: str
    description: str

    @property
    def url(self) -> str:
        return f"{DOCS_URL}/{self.code}/"


RULES: dict[str, Rule] = {
    r.code: r
    for r in [
        Rule("GPOS-E001", "error", "Unreadable document",
             "The file is not well-formed JSON or YAML, is empty, is not UTF-8, starts with a byte-order mark, "
             "repeats a key in an object, contains NaN or Infinity, or uses YAML anchors, aliases or tags."),
        Rule("GPOS-E002", "error", "Required field missing",
             "A field the standard requires is absent. The path points at the object that lacks it."),
        Rule("GPOS-E003", "error", "Unknown field",
             "The object has a field the standard does not define (often a misspelling). The path points at the "
             "object; the message names the field."),
        Rule("GPOS-E004", "error", "Wrong type",
             "The value has the wrong JSON type: for example a number where a string is expected (amounts are "
             "decimal strings), a single value where a list is expected, or null (omit optional fields instead)."),
        Rule("GPOS-E005", "error", "Code not in a closed code list",
             "The value is not one of the codes of a closed code list. Codes are case-sensitive."),
        Rule("GPOS-E006", "error", "Value does not match the required format",
             "The value does not follow the pattern of its field: identifiers, ISO country, currency and "
             "language codes, decimal amounts, hashes."),
        Rule("GPOS-E007", "error", "Invalid date or date-time",
             "Dates are YYYY-MM-DD days that exist in the calendar; date-times are RFC 3339 with seconds and a "
             "time-zone offset, for example 2025-03-14T09:21:00+07:00."),
        Rule("GPOS-E008", "error", "Number out of range",
             "A number is below the minimum or above the maximum of its field (for example a confidence over 100)."),
        Rule("GPOS-E009", "error", "Empty value",
             "An empty string or empty list. Omit an optional field rather than leaving it empty, so that every "
             "format (JSON, CSV, XLSX) says the same thing."),
        Rule("GPOS-E010", "error", "Other schema violation",
             "The value breaks a constraint of the JSON Schema not covered by a more specific rule."),
    ]
}
