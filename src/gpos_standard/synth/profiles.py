"""What makes one member's data look like that member's: agencies, banks, currency, time zone, places.

The five founding members have hand-written profiles; any other ISO 3166-1 country gets a generic one so the
generator still produces valid data for it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Profile:
    country: str
    currency: str
    tz: str  # RFC 3339 offset
    languages: tuple[str, ...]
    subdivisions: tuple[str, ...]
    # (short code, name, organisation type, BIC or "")
    organisations: tuple[tuple[str, str, str, str], ...]
    # Countries the member's nationals are trafficked to or scammed from.
    compound_countries: tuple[str, ...] = ("KH", "MM", "LA")
    localities: tuple[str, ...] = ()


_COMMON = (
    ("IOM", "International Organization for Migration", "international_organisation", ""),
    ("UNODC", "United Nations Office on Drugs and Crime", "international_organisation", ""),
    ("META", "Meta Platforms, Inc.", "platform", ""),
    ("TELEGRAM", "Telegram Messenger", "platform", ""),
    ("BINANCE", "Binance", "vasp", ""),
    ("TETHER", "Tether Operations Limited", "vasp", ""),
    ("KHNP", "Cambodian National Police", "law_enforcement", ""),
    ("MMPF", "Myanmar Police Force", "law_enforcement", ""),
    ("ENBD", "Emirates NBD Bank PJSC", "bank", "EBILAEAD"),
    ("HSBCUK", "HSBC UK Bank plc", "bank", "HBUKGB4B"),
)

PROFILES: dict[str, Profile] = {
    "TH": Profile("TH", "THB", "+07:00", ("th",), ("TH-10", "TH-50", "TH-20", "TH-83"), (
        ("CCIB", "Cyber Crime Investigation Bureau", "law_enforcement", ""),
        ("RTP", "Royal Thai Police", "law_enforcement", ""),
        ("AMLO", "Anti-Money Laundering Office", "fiu", ""),
        ("OAG", "Office of the Attorney General", "prosecutor", ""),
        ("MSDHS", "Ministry of Social Development and Human Security", "ministry", ""),
        ("IMM", "Immigration Bureau", "immigration_authority", ""),
        ("KBANK", "Kasikornbank Public Company Limited", "bank", "KASITHBK"),
        ("SCB", "Siam Commercial Bank Public Company Limited", "bank", "SICOTHBK"),
        ("KTB", "Krungthai Bank Public Company Limited", "bank", "KRTHTHBK"),
        ("BBL", "Bangkok Bank Public Company Limited", "bank", "BKKBTHBK"),
        ("TRUEMONEY", "Ascend Money (TrueMoney Wallet)", "mobile_money_operator", ""),
        ("AIS", "Advanced Info Service", "telecom", ""),
    ), localities=("Bangkok", "Chiang Mai", "Pattaya", "Phuket", "Mae Sot")),
    "BD": Profile("BD", "BDT", "+06:00", ("bn",), ("BD-13", "BD-10", "BD-C"), (
        ("CID", "Criminal Investigation Department, Cyber Police Centre", "law_enforcement", ""),
        ("BP", "Bangladesh Police", "law_enforcement", ""),
        ("BFIU", "Bangladesh Financial Intelligence Unit", "fiu", ""),
        ("MOEWOE", "Ministry of Expatriates' Welfare and Overseas Employment", "ministry", ""),
        ("BKASH", "bKash Limited", "mobile_money_operator", ""),
        ("NAGAD", "Nagad Limited", "mobile_money_operator", ""),
        ("DBBL", "Dutch-Bangla Bank PLC", "bank", "DBBLBDDH"),
        ("BRACBANK", "BRAC Bank PLC", "bank", "BRAKBDDH"),
        ("GP", "Grameenphone Ltd.", "telecom", ""),
    ), localities=("Dhaka", "Chattogram", "Sylhet")),
    "NP": Profile("NP", "NPR", "+05:45", ("ne",), ("NP-P3", "NP-P4"), (
        ("NPCB", "Nepal Police Cyber Bureau", "law_enforcement", ""),
        ("AHTB", "Anti-Human Trafficking Bureau", "law_enforcement", ""),
        ("FIU", "Financial Information Unit of Nepal", "fiu", ""),
        ("DOFE", "Department of Foreign Employment", "ministry", ""),
        ("ESEWA", "eSewa Limited", "payment_service_provider", ""),
        ("KHALTI", "Khalti Digital Wallet Pvt. Ltd.", "payment_service_provider", ""),
        ("NABIL", "Nabil Bank Limited", "bank", "NARBNPKA"),
        ("NTC", "Nepal Telecom", "telecom", ""),
    ), localities=("Kathmandu", "Pokhara", "Lalitpur")),
    "PE": Profile("PE", "PEN", "-05:00", ("es",), ("PE-LIM", "PE-ARE"), (
        ("DIVINDAT", "División de Investigación de Delitos de Alta Tecnología", "law_enforcement", ""),
        ("PNP", "Policía Nacional del Perú", "law_enforcement", ""),
        ("UIF", "Unidad de Inteligencia Financiera del Perú", "fiu", ""),
        ("MPFN", "Ministerio Público – Fiscalía de la Nación", "prosecutor", ""),
        ("MIMP", "Ministerio de la Mujer y Poblaciones Vulnerables", "ministry", ""),
        ("BCP", "Banco de Crédito del Perú", "bank", "BCPLPEPL"),
        ("INTERBANK", "Banco Internacional del Perú (Interbank)", "bank", "BINPPEPL"),
        ("YAPE", "Yape", "payment_service_provider", ""),
    ), compound_countries=("KH", "MM", "TH"), localities=("Lima", "Arequipa", "Cusco")),
    "AE": Profile("AE", "AED", "+04:00", ("ar",), ("AE-DU", "AE-AZ"), (
        ("DXBPOL", "Dubai Police General Command", "law_enforcement", ""),
        ("UAEFIU", "UAE Financial Intelligence Unit", "fiu", ""),
        ("DPP", "Dubai Public Prosecution", "prosecutor", ""),
        ("DFWAC", "Dubai Foundation for Women and Children", "ngo", ""),
        ("MASHREQ", "Mashreqbank PSC", "bank", "BOMLAEAD"),
        ("ADCB", "Abu Dhabi Commercial Bank PJSC", "bank", "ADCBAEAA"),
        ("ETISALAT", "Emirates Telecommunications Group (e&)", "telecom", ""),
    ), localities=("Dubai", "Abu Dhabi", "Sharjah")),
}


def profile_for(member: str) -> Profile:
    """The member's profile; a generic one (USD, UTC, English) for other ISO 3166-1 countries."""
    if member in PROFILES:
        return PROFILES[member]
    return Profile(member, "USD", "+00:00", ("en",), (), (
        ("POLICE", f"National Police ({member})", "law_enforcement", ""),
        ("FIU", f"Financial Intelligence Unit ({member})", "fiu", ""),
        ("MINSOC", f"Ministry of Social Affairs ({member})", "ministry", ""),
        ("BANK1", f"First National Bank ({member})", "bank", ""),
        ("BANK2", f"Commercial Bank ({member})", "bank", ""),
        ("WALLET", f"Mobile Wallet ({member})", "mobile_money_operator", ""),
    ), localities=("Capital",))


def organisations(profile: Profile) -> tuple[tuple[str, str, str, str], ...]:
    return profile.organisations + _COMMON
