"""Scenarios that produce records: a scam report and what hangs off it, a case grouping reports, a trafficking case.

Each scenario is built whole (a few to a few dozen records) and only refers to records inside it or emitted
earlier, so any prefix of scenarios is a valid export; the last one is replaced by stand-alone indicators when
it would overshoot the requested count. Randomness goes through ``random.random`` with index arithmetic (much
faster than ``choice``), and everything costly (checksummed identifiers, date strings) is precomputed.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

from .identifiers import Pools, build_pools
from .profiles import Profile, organisations, profile_for

Record = tuple[str, dict[str, Any]]  # (record type, data without record_type)

BASE = date(2024, 1, 1)
PERIOD_START, PERIOD_END = date(2024, 7, 1), date(2025, 6, 30)
DAYS = [(BASE + timedelta(days=i)).isoformat() for i in range((PERIOD_END - BASE).days + 1)]
FIRST, LAST = (PERIOD_START - BASE).days, len(DAYS) - 1
CREATED_AT_DAY = (PERIOD_END + timedelta(days=1)).isoformat()

TYPOLOGIES = ("romance_investment", "investment_fake_platform", "task_job_scam", "government_official_impersonation",
              "bank_or_business_impersonation", "online_shopping_nondelivery", "phishing_credential_theft",
              "fake_loan_or_lending_app", "romance_investment", "task_job_scam", "sextortion", "recovery_scam")
CHANNELS = ("online_portal", "online_portal", "hotline", "police_station", "bank_referral", "mobile_app")
CONTACT = ("social_media", "messaging_app", "phone_call", "sms", "dating_app", "search_or_social_ad")
PLATFORMS = ("facebook", "line", "telegram", "whatsapp", "tiktok", "instagram", "messenger")
STATUS = ("received", "triaged", "information_only", "closed", "triaged")
PAY = ("bank_transfer_domestic", "instant_payment", "mobile_money_ewallet", "cryptocurrency", "card")
GENDER = ("female", "male", "female", "male", "unknown")
AGES = ("age_18_24", "age_25_34", "age_35_44", "age_45_54", "age_55_64", "age_65_plus")
CASE_STATUS = ("under_investigation", "under_investigation", "prosecution", "referred_international", "closed")
CLOSURE = ("resolved_conviction", "offender_unidentified", "insufficient_evidence", "referred_elsewhere")
TIP_INDICATORS = ("deceptive_online_job_advert", "retention_of_identity_documents", "fraud_quotas",
                  "restriction_of_movement", "phone_confiscation_surveillance", "debt_bondage", "scam_compound")
RED_FLAGS = ("many_unrelated_senders_one_beneficiary", "rapid_in_out_pass_through", "dominant_usdt_on_tron",
             "new_account_high_volume", "funds_linked_to_known_scam_addresses")
WORDS = ("thai", "asia", "global", "smart", "royal", "gold", "invest", "trade", "bit", "coin", "profit", "star",
         "lucky", "prime", "secure", "pro", "line", "job", "task", "earn")
TLDS = ("com", "net", "top", "xyz", "vip", "cc", "online")
POOL = 4096  # recently emitted indicators and mule accounts that later reports may share


class Scenarios:
    """Deterministic record scenarios for one member and seed."""

    def __init__(self, seed: int, member: str) -> None:
        self.rng = random.Random(seed)
        self.r = self.rng.random
        self.p: Profile = profile_for(member)
        self.cc = member
        regions = list(dict.fromkeys([member, *self.p.compound_countries, "TH", "KH"]))
        self.pools: Pools = build_pools(seed, regions)
        self.phones = self.pools.phones[member] if self.pools.phones.get(member) else self.pools.phones["TH"]
        self.foreign_phones = [n for cc in self.p.compound_countries for n in self.pools.phones.get(cc, [])]
        self.orgs = organisations(self.p)
        self.publisher = self.org_id(self.orgs[0][0])
        self.lead = [self.org_id(o[0]) for o in self.orgs if o[2] == "law_enforcement"][:2]
        self.banks = [(self.org_id(o[0]), o[3]) for o in self.orgs[: len(self.p.organisations)] if o[2] == "bank"]
        self.wallet_orgs = [self.org_id(o[0]) for o in self.orgs if o[2] in ("mobile_money_operator",
                                                                             "payment_service_provider")]
        self.social = next((self.org_id(o[0]) for o in self.orgs if o[2] == "ministry"), self.publisher)
        self.fiu = next((self.org_id(o[0]) for o in self.orgs if o[2] == "fiu"), self.publisher)
        self.counters: dict[str, int] = {}
        self.indicator_pool: list[str] = []
        self.account_pool: list[str] = []

    # -- helpers ------------------------------------------------------------------------------------------------
    def org_id(self, short: str) -> str:
        return f"{self.cc}-ORG-{short}"

    def new_id(self, prefix: str) -> str:
        n = self.counters.get(prefix, 0) + 1
        self.counters[prefix] = n
        return f"{self.cc}-{prefix}-{n:07d}"

    def pick(self, seq: Any) -> Any:
        return seq[int(self.r() * len(seq))]

    def some(self, seq: Any, most: int) -> list[Any]:
        """One to ``most`` distinct items, first item most likely first."""
        k = 1 + int(self.r() * self.r() * most)
        start = int(self.r() * len(seq))
        return list(dict.fromkeys(seq[(start + i * 3) % len(seq)] for i in range(k)))

    def stamp(self, day: int) -> str:
        s = int(self.r() * 50400) + 25200  # 07:00 to 21:00
        return f"{DAYS[day]}T{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}{self.p.tz}"

    def money(self, low: int, high: int) -> str:
        value = int(low + (high - low) * self.r() ** 3)
        return f"{value}.{int(self.r() * 100):02d}"

    def _remember(self, pool: list[str], value: str) -> None:
        if len(pool) < POOL:
            pool.append(value)
        else:
            pool[int(self.r() * POOL)] = value

    # -- set-up records -----------------------------------------------------------------------------------------
    def setup(self) -> list[Record]:
        out: list[Record] = []
        for short, name, kind, bic in self.orgs:
            org: dict[str, Any] = {"id": self.org_id(short), "name": name, "organisation_type": kind}
            if kind != "international_organisation":
                org["country"] = self.p.country if (short, name, kind, bic) in self.p.organisations else \
                    ("AE" if bic.endswith("AEAD") else "GB" if bic else "KH" if short == "KHNP" else
                     "MM" if short == "MMPF" else "US")
            if bic:
                org["bic"] = bic
            out.append(("Organisation", org))
        members = [o[1]["id"] for o in out if o[1].get("country") == self.p.country]
        out.append(("Taskforce", {"id": f"{self.cc}-TF-1", "name": "Joint anti-scam operations centre",
                                  "member_organisations": members, "lead_organisation": self.publisher,
                                  "countries": [self.p.country], "established_date": DAYS[10]}))
        for area in ("prevention", "financial_intelligence", "protection_trafficking_victims"):
            out.append(("FocalPoint", {"id": self.new_id("FP"), "member_country": self.p.country, "area": area,
                                       "organisation": self.publisher,
                                       "languages": list(dict.fromkeys([self.p.languages[0], "en"])),
                                       "available_24_7": area == "financial_intelligence",
                                       "valid_from": DAYS[0], "valid_until": "2027-12-31"}))
        return out

    # -- building blocks ----------------------------------------------------------------------------------------
    def person(self, nationality: str | None = None, email: bool = False) -> Record:
        nat = nationality or self.p.country
        data: dict[str, Any] = {"id": self.new_id("PER"), "gender": self.pick(GENDER), "age_band": self.pick(AGES),
                                "nationalities": [nat]}
        phones = self.phones if nat == self.p.country or not self.foreign_phones else self.foreign_phones
        contacts = [{"kind": "phone_number", "value": self.pick(phones)}]
        if email:
            contacts.append({"kind": "email_address",
                             "value": f"{self.pick(WORDS)}.{int(self.r() * 9999)}@example.com"})
        data["contact_details"] = contacts
        if self.p.subdivisions and self.r() < 0.6:
            data["residence"] = {"country": self.p.country, "subdivision": self.pick(self.p.subdivisions)}
        return "Person", data

    def indicator(self, day: int, report: str | None = None) -> Record:
        kind = self.r()
        data: dict[str, Any] = {"id": self.new_id("IND")}
        if kind < 0.35:
            number = self.pick(self.phones if self.r() < 0.6 else self.foreign_phones or self.phones)
            data.update(indicator_type="phone_number", value=number, normalised_value=number)
        elif kind < 0.6:
            domain = f"{self.pick(WORDS)}-{self.pick(WORDS)}{int(self.r() * 99)}.{self.pick(TLDS)}"
            if kind < 0.45:
                data.update(indicator_type="url", value=f"https://{domain}/login",
                            normalised_value=f"https://{domain}/login")
            else:
                data.update(indicator_type="domain", value=domain, normalised_value=domain)
        elif kind < 0.8:
            wallet = self.pick(self.pools.trx)
            data.update(indicator_type="crypto_wallet_address", value=wallet, normalised_value=wallet,
                        crypto_network="tron")
        elif kind < 0.9:
            wallet = self.pick(self.pools.eth)
            data.update(indicator_type="crypto_wallet_address", value=wallet.lower(), normalised_value=wallet,
                        crypto_network="ethereum")
        else:
            data.update(indicator_type="messaging_account", value=f"@{self.pick(WORDS)}_{int(self.r() * 9999)}",
                        platform=self.pick(PLATFORMS))
        first = max(FIRST - 60, day - 1 - int(self.r() * 40))  # a day before last_seen at the latest
        data.update(first_seen=self.stamp(first), last_seen=self.stamp(min(LAST, day + int(self.r() * 30) + 1)),
                     confidence=50 + int(self.r() * 50), status=self.pick(("active", "active", "blocked",
                                                                             "taken_down", "under_review")))
        if report:
            data["reports"] = [report]
        return "Indicator", data

    def mule_account(self, day: int, holder: str | None = None) -> Record:
        kind = self.r()
        data: dict[str, Any] = {"id": self.new_id("ACC")}
        if kind < 0.45 and self.banks:
            bank, bic = self.pick(self.banks)
            data.update(account_type="bank_account", provider=bank, account_number=str(1000000000 +
                        int(self.r() * 8999999999)), country=self.p.country, currency=self.p.currency)
            if bic:
                data["bic"] = bic
        elif kind < 0.6:
            iban = self.pick(self.pools.ibans)
            data.update(account_type="bank_account", iban=iban, country=iban[:2])
        elif kind < 0.75 and self.wallet_orgs:
            data.update(account_type="ewallet_mobile_money", provider=self.pick(self.wallet_orgs),
                        account_number=self.pick(self.phones)[1:], country=self.p.country, currency=self.p.currency)
        elif kind < 0.92:
            data.update(account_type="crypto_wallet", wallet_address=self.pick(self.pools.trx),
                        crypto_network="tron", crypto_assets=["USDT"])
        else:
            data.update(account_type="crypto_wallet", wallet_address=self.pick(self.pools.btc),
                        crypto_network="bitcoin", crypto_assets=["BTC"])
        if holder:
            data["holder_person"] = holder
        data["opened_date"] = DAYS[max(0, day - 30 - int(self.r() * 200))]
        return "FinancialAccount", data

    # -- scenarios ----------------------------------------------------------------------------------------------
    def report(self, case: str | None = None, day: int | None = None) -> list[Record]:
        """One scam report with its victim, involvement, indicators, accounts and transactions."""
        out: list[Record] = []
        received = day if day is not None else FIRST + int(self.r() * (LAST - FIRST + 1))
        rid = self.new_id("RPT")
        victim = self.person(email=self.r() < 0.15)
        out.append(victim)
        vid = victim[1]["id"]
        inv: dict[str, Any] = {"id": self.new_id("INV"), "person": vid, "role": "defrauded_victim", "report": rid}
        if case:
            inv["case"] = case
        out.append(("PersonInvolvement", inv))
        indicators = []
        for _ in range(1 + int(self.r() * self.r() * 3)):
            if self.indicator_pool and self.r() < 0.3:
                indicators.append(self.pick(self.indicator_pool))
            else:
                record = self.indicator(received, rid)
                out.append(record)
                indicators.append(record[1]["id"])
                self._remember(self.indicator_pool, record[1]["id"])
        indicators = list(dict.fromkeys(indicators))
        attempted = self.r() < 0.12
        span = int(self.r() * self.r() * 90)
        end = received - int(self.r() * 10)
        start = end - span
        first = start - int(self.r() * 30)
        data: dict[str, Any] = {
            "id": rid, "received_at": self.stamp(received), "reporting_channel": self.pick(CHANNELS),
            "reporter_role": "defrauded_victim", "typologies": self.some(TYPOLOGIES, 2),
            "contact_channels": self.some(CONTACT, 2), "platforms": self.some(PLATFORMS, 2),
            "first_contact_date": DAYS[first], "incident_start_date": DAYS[start], "incident_end_date": DAYS[end],
        }
        if self.r() < 0.3:
            data["narrative"] = "I was contacted online and asked to invest; the platform stopped paying out."
            data["narrative_language"] = "en"
        if attempted:
            data["attempted_only"] = True
        else:
            accounts = []
            for _ in range(1 + int(self.r() * 2)):
                if self.account_pool and self.r() < 0.35:
                    accounts.append(self.pick(self.account_pool))
                else:
                    acc = self.mule_account(received)
                    out.append(acc)
                    accounts.append(acc[1]["id"])
                    self._remember(self.account_pool, acc[1]["id"])
            accounts = list(dict.fromkeys(accounts))
            total = 0
            crypto = 0
            for i in range(1 + int(self.r() * self.r() * 4)):
                is_crypto = self.r() < 0.25
                amount = self.money(200, 300000 if not is_crypto else 20000)
                cents = int(amount.replace(".", ""))
                money = {"amount": amount, "crypto_asset": "USDT", "crypto_network": "tron"} if is_crypto else \
                    {"amount": amount, "currency": self.p.currency}
                crypto, total = (crypto + cents, total) if is_crypto else (crypto, total + cents)
                txn: dict[str, Any] = {"id": self.new_id("TXN"), "to_account": accounts[i % len(accounts)],
                                       "amount": money, "executed_at": self.stamp(start + (end - start) * i // 4),
                                       "payment_method": "cryptocurrency" if is_crypto else self.pick(PAY[:3]),
                                       "report": rid}
                if is_crypto:
                    txn["blockchain_tx_hash"] = self.pick(self.pools.tx_hashes)
                out.append(("Transaction", txn))
            losses = []
            if total:
                losses.append({"amount": f"{total // 100}.{total % 100:02d}", "currency": self.p.currency})
            if crypto:
                losses.append({"amount": f"{crypto // 100}.{crypto % 100:02d}", "crypto_asset": "USDT"})
            data["losses"] = losses
            data["payment_methods"] = ["bank_transfer_domestic"] if total else ["cryptocurrency"]
            data["financial_accounts"] = accounts
        data["indicators"] = indicators
        if self.p.subdivisions and self.r() < 0.5:
            data["location"] = {"country": self.p.country, "subdivision": self.pick(self.p.subdivisions)}
        data["status"] = "referred_to_case" if case else self.pick(STATUS)
        if case:
            data["case"] = case
        data["receiving_organisation"] = self.publisher
        out.append(("ScamReport", data))
        return out

    def case(self, trafficking: bool = False) -> list[Record]:
        """A case grouping several reports, with evidence, a freeze, a red flag and sometimes cooperation."""
        out: list[Record] = []
        cid = self.new_id("CASE")
        opened = FIRST + int(self.r() * (LAST - FIRST - 20))
        reports: list[str] = []
        accounts: list[str] = []
        for _ in range(2 + int(self.r() * 5)):
            batch = self.report(case=cid, day=min(LAST, opened + int(self.r() * 15)))
            out.extend(batch)
            reports.append(batch[-1][1]["id"])
            accounts.extend(batch[-1][1].get("financial_accounts", []))
        status = self.pick(CASE_STATUS)
        case: dict[str, Any] = {"id": cid, "title": f"Operation {self.pick(WORDS).title()} {cid[-4:]}",
                                "status": status, "opened_date": DAYS[opened], "lead_agency": self.pick(self.lead),
                                "jurisdictions": [self.p.country, self.pick(self.p.compound_countries)],
                                "reports": reports, "typologies": ["romance_investment"],
                                "taskforce": f"{self.cc}-TF-1"}
        if status == "closed":
            case["closure_reason"] = self.pick(CLOSURE)
            case["closed_date"] = DAYS[min(LAST, opened + 20 + int(self.r() * 60))]
        accounts = list(dict.fromkeys(accounts))
        if accounts:
            case["financial_accounts"] = accounts
            fi = {"id": self.new_id("FI"), "red_flag": self.pick(RED_FLAGS), "subject_account": accounts[0],
                  "source": "fiu", "source_organisation": self.fiu, "observed_at": self.stamp(opened),
                  "confidence": 60 + int(self.r() * 40)}
            out.append(("FinancialIndicator", fi))
            case["financial_indicators"] = [fi["id"]]
            out.append(("AssetAction", {"id": self.new_id("AA"), "action_type": "freeze",
                                        "amount": {"amount": self.money(1000, 900000), "currency": self.p.currency},
                                        "action_date": DAYS[min(LAST, opened + 2)], "authority": self.fiu,
                                        "accounts": accounts[:3], "case": cid}))
        evidence = {"id": self.new_id("EVD"), "evidence_type": "chat_export", "sha256": self.pick(self.pools.sha256),
                    "acquired_at": self.stamp(opened), "acquired_by": self.publisher,
                    "acquisition_method": "voluntary_submission", "case": cid,
                    "custody_events": [{"action": "collected", "occurred_at": self.stamp(opened),
                                        "to_organisation": self.publisher}]}
        out.append(("Evidence", evidence))
        case["evidence"] = [evidence["id"]]
        if trafficking:
            out.extend(self.trafficking(cid, opened))
        if self.r() < 0.4:
            sent = min(LAST, opened + 5)
            out.append(("CooperationRequest", {"id": self.new_id("MLA"), "case": cid,
                                               "request_type": "police_to_police", "requesting_organisation":
                                               self.publisher, "requested_country": self.pick(
                                                   self.p.compound_countries), "sent_date": DAYS[sent],
                                               "status": "sent"}))
        out.append(("Case", case))
        return out

    def trafficking(self, cid: str, opened: int) -> list[Record]:
        """A national rescued from a scam compound and made to defraud others: screened and assessed."""
        out: list[Record] = []
        victim = self.person()
        out.append(victim)
        pid = victim[1]["id"]
        for role in ("tip_victim_forced_criminality", "suspected_perpetrator"):
            out.append(("PersonInvolvement", {"id": self.new_id("INV"), "person": pid, "role": role, "case": cid}))
        screened = min(LAST, opened + 1)
        tsc = {"id": self.new_id("TSC"), "person": pid, "case": cid, "screening_date": DAYS[screened],
               "screening_organisation": self.social, "indicators_observed": self.some(TIP_INDICATORS, 4),
               "outcome": "identified", "country_of_exploitation": self.pick(self.p.compound_countries)}
        out.append(("TraffickingScreening", tsc))
        out.append(("NonPunishmentAssessment", {"id": self.new_id("NPA"), "person": pid, "case": cid,
                                                "screening": tsc["id"], "assessment_date": DAYS[screened],
                                                "assessing_organisation": self.publisher, "decision": "applied"}))
        out.append(("ProtectionMeasure", {"id": self.new_id("PM"), "person": pid, "measure_type": "shelter",
                                          "provider": self.social, "status": "completed",
                                          "start_date": DAYS[screened - 1], "end_date": DAYS[screened]}))
        out.append(("Repatriation", {"id": self.new_id("REP"), "person": pid,
                                     "origin_country": tsc["country_of_exploitation"],
                                     "destination_country": self.p.country, "status": "returned",
                                     "organisations": [self.org_id("IOM")], "departure_date": DAYS[opened - 1],
                                     "arrival_date": DAYS[opened]}))
        return out

    def filler(self) -> Record:
        """A stand-alone indicator, used to hit the requested record count exactly."""
        return self.indicator(FIRST + int(self.r() * (LAST - FIRST)))

    def scenarios(self) -> Iterator[list[Record]]:
        while True:
            x = self.r()
            if x < 0.9:
                yield self.report()
            else:
                yield self.case(trafficking=x > 0.975)
