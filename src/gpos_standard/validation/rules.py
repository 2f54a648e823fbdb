"""The rule codes the validator reports. Codes are stable: a code is never reused for another meaning.

``GPOS-E0xx`` are errors (the data does not conform), ``GPOS-W0xx`` warnings. Each rule has a page in the
documentation at ``DOCS_URL/<code>/``.
"""

from __future__ import annotations

from dataclasses import dataclass

DOCS_URL = "https://gpos-standard.github.io/gpos-standard/reference/rules"


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
        Rule("GPOS-E011", "error", "Not a record",
             "A collection is not a list, a record is not an object, or a JSON Lines record names an unknown "
             "record_type."),
        Rule("GPOS-E020", "error", "Duplicate identifier",
             "Two records in one export have the same id. Identifiers must be unique within an export, whatever "
             "the record type."),
        Rule("GPOS-E021", "error", "Reference does not resolve",
             "A reference names an id that no record in the export has. Include the referenced record, or remove "
             "the reference. (References to records held elsewhere are not supported in 0.1.)"),
        Rule("GPOS-E022", "error", "Reference to the wrong record type",
             "A reference names a record of another type than the field expects, for example a Person id in "
             "lead_agency, which expects an Organisation."),
        Rule("GPOS-E030", "error", "Dates out of order",
             "A later event is dated before an earlier one: incident before report received, first contact before "
             "incident, case opened before closed, start before end."),
        Rule("GPOS-E031", "error", "Date in the future",
             "A date or date-time is later than the time of validation (plus one day of tolerance for time zones). "
             "Only designations meant to run into the future, such as a focal point's valid_until, may be."),
        Rule("GPOS-E040", "error", "Unknown country or subdivision code",
             "Not an ISO 3166-1 alpha-2 country code (or ISO 3166-2 subdivision code) in use."),
        Rule("GPOS-E041", "error", "Unknown currency code", "Not an active ISO 4217 currency code."),
        Rule("GPOS-E042", "error", "Unknown language code", "Not an ISO 639-1 or ISO 639-3 language code."),
        Rule("GPOS-E043", "error", "Invalid phone number",
             "Not a valid phone number (checked with libphonenumber). Numbers without a + are read as national "
             "numbers of the export's member country."),
        Rule("GPOS-E044", "error", "Invalid e-mail address", "The e-mail address is not syntactically valid."),
        Rule("GPOS-E045", "error", "Invalid URL, domain or IP address",
             "The URL, domain name or IP address is not syntactically valid."),
        Rule("GPOS-E046", "error", "Invalid IBAN", "The IBAN's structure or ISO 7064 check digits are wrong."),
        Rule("GPOS-E047", "error", "Invalid BIC", "The BIC is not a well-formed ISO 9362 code for a real country."),
        Rule("GPOS-E048", "error", "Invalid crypto address",
             "The wallet address is not valid for its network: Bitcoin base58check or bech32/bech32m, Ethereum and "
             "EVM chains hex with EIP-55 checksum when mixed case, TRON base58check with version byte 0x41."),
        Rule("GPOS-E050", "error", "Non-punishment assessment missing",
             "A person who is a presumed or identified trafficking victim and a suspected perpetrator in the same "
             "case needs a NonPunishmentAssessment for that case: victims compelled to commit offences must not be "
             "punished for them."),
        Rule("GPOS-E051", "error", "Trafficking screening missing",
             "A person involved as an identified trafficking victim (tip_victim_forced_criminality) needs a "
             "TraffickingScreening record."),
        Rule("GPOS-E052", "error", "Monetary amount without a unit",
             "A monetary amount needs exactly one unit: an ISO 4217 currency or a crypto_asset."),
        Rule("GPOS-E053", "error", "Closed case without a closure reason",
             "A case whose status is closed must say why, in closure_reason."),
        Rule("GPOS-E054", "error", "Involvement in nothing",
             "A PersonInvolvement must name the case or the report (or both) in which the person has the role."),
        Rule("GPOS-E060", "error", "Invalid package manifest",
             "manifest.json is missing, unreadable, or does not follow the Manifest class of the standard."),
        Rule("GPOS-E061", "error", "Package file does not match its checksum",
             "A file's size or SHA-256 differs from the manifest: it was altered or truncated after packaging."),
        Rule("GPOS-E062", "error", "Package file missing or unlisted",
             "A file listed in the manifest is not in the package, or the package holds a file the manifest does "
             "not list."),
        Rule("GPOS-E063", "error", "Record counts do not match the manifest",
             "The number of records of a collection differs from the manifest's record_counts."),
        Rule("GPOS-E064", "error", "Manifest disagrees with the data",
             "The manifest's envelope fields (standard version, export id, publisher, member country, period, "
             "sharing marking, licence) differ from those of the export it describes."),
        Rule("GPOS-W001", "warning", "Code not in an open code list",
             "The value is not (yet) a code of an open code list such as platform. It is accepted; propose it as a "
             "new code if it is in common use."),
        Rule("GPOS-W002", "warning", "Normalised value is not canonical",
             "An indicator's normalised_value differs from the canonical form of its value (E.164 phone, lower-case "
             "domain, checksummed address), so it will not match the same indicator from other members."),
    ]
}
