"""The synthetic reference export of the United Arab Emirates (Dubai Police, UAE FIU / goAML)."""

from __future__ import annotations

from typing import Any

from .common import (
    ExportBuilder,
    counter,
    crypto,
    custody,
    dt,
    eth_address,
    focal_points,
    iban,
    lei,
    money,
    phone,
    sha256_hex,
    tron_address,
    tx_hash,
)


def build_ae() -> dict[str, Any]:
    U = "AE"
    x = ExportBuilder(U, "AE-DXBPOL-EXP-2025-H1", "AE-ORG-DXBPOL", dt("2025-07-10 12:00", U), "AMBER+STRICT")
    org = lambda **f: x.add("organisations", **f)  # noqa: E731
    dp = org(id="AE-ORG-DXBPOL", name="Dubai Police General Command", organisation_type="law_enforcement", country=U,
             website="https://www.dubaipolice.gov.ae")
    cyber = org(id="AE-ORG-DXBPOL-ACC", name="Dubai Police, Anti-Cybercrime Department",
                organisation_type="law_enforcement", country=U, parent_organisation=dp)
    fiu = org(id="AE-ORG-UAEFIU", name="UAE Financial Intelligence Unit", organisation_type="fiu", country=U,
              website="https://www.uaefiu.gov.ae", notes="Receives suspicious transaction reports through goAML.")
    cbuae = org(id="AE-ORG-CBUAE", name="Central Bank of the UAE", organisation_type="central_bank", country=U,
                website="https://www.centralbank.ae")
    dpp = org(id="AE-ORG-DPP", name="Dubai Public Prosecution", organisation_type="prosecutor", country=U)
    courts = org(id="AE-ORG-DXBCOURTS", name="Dubai Courts", organisation_type="court", country=U)
    icp = org(id="AE-ORG-ICP", name="Federal Authority for Identity, Citizenship, Customs and Port Security",
              organisation_type="immigration_authority", country=U)
    dfwac = org(id="AE-ORG-DFWAC", name="Dubai Foundation for Women and Children", organisation_type="ngo", country=U)
    nccht = org(id="AE-ORG-NCCHT", name="National Committee to Combat Human Trafficking", organisation_type="other",
                country=U)
    enbd = org(id="AE-ORG-ENBD", name="Emirates NBD Bank PJSC", organisation_type="bank", country=U, bic="EBILAEAD")
    mashreq = org(id="AE-ORG-MASHREQ", name="Mashreqbank PSC", organisation_type="bank", country=U, bic="BOMLAEAD")
    adcb = org(id="AE-ORG-ADCB", name="Abu Dhabi Commercial Bank PJSC", organisation_type="bank", country=U,
               bic="ADCBAEAA")
    fab = org(id="AE-ORG-FAB", name="First Abu Dhabi Bank PJSC", organisation_type="bank", country=U, bic="NBADAEAA")
    dib = org(id="AE-ORG-DIB", name="Dubai Islamic Bank PJSC", organisation_type="bank", country=U, bic="DUIBAEAD")
    vasp = org(id="AE-ORG-FALCON", name="Falcon Digital Assets FZE", organisation_type="vasp", country=U,
               registration_number="VARA-VL-0431")
    bluewave = org(id="AE-ORG-BLUEWAVE", name="Bluewave Capital Investments LLC", organisation_type="private_company",
                   country=U, registration_number="1187342",
                   notes="Mainland trade licence for 'investment consultancy'; office was a shared desk.")
    silver = org(id="AE-ORG-SILVERLINE", name="Silverline General Trading LLC", organisation_type="private_company",
                 country=U, registration_number="1203318")
    gulf = org(id="AE-ORG-GULFHORIZON", name="Gulf Horizon Building Materials Trading LLC",
               organisation_type="private_company", country=U, registration_number="774120",
               lei=lei("894500GHBMT0Q7AE1K"), website="https://www.gulfhorizon-bm.ae",
               notes="Victim of the business e-mail compromise.")
    emi = org(id="AE-ORG-NOVAPAY", name="NovaPay Payments UAB", organisation_type="payment_service_provider",
              country="LT", bic="NVPYLT21")
    fntt = org(id="AE-ORG-FNTT", name="Financial Crime Investigation Service (FNTT)", organisation_type="fiu",
               country="LT")
    fia = org(id="AE-ORG-PKFIA", name="Federal Investigation Agency", organisation_type="law_enforcement",
              country="PK")
    keemb = org(id="AE-ORG-KEEMB", name="Embassy of the Republic of Kenya, Abu Dhabi",
                organisation_type="embassy_consulate", country=U)
    tether = org(id="AE-ORG-TETHER", name="Tether Operations Limited", organisation_type="vasp")
    meta = org(id="AE-ORG-META", name="Meta Platforms Ireland Limited", organisation_type="platform", country="IE")
    watch = org(id="AE-ORG-GCSW", name="Gulf Crypto Scam Watch", organisation_type="ngo", country=U,
                notes="Community blocklist of crypto-scam domains and wallets.")
    ofac = org(id="AE-ORG-OFAC", name="Office of Foreign Assets Control, U.S. Department of the Treasury",
               organisation_type="regulator", country="US", website="https://ofac.treasury.gov")
    iom = org(id="AE-ORG-IOM", name="International Organization for Migration, UAE",
              organisation_type="international_organisation", country=U)

    tf = x.add("taskforces", id="AE-TF-ECRIME", name="Dubai Anti-Fraud Rapid Response Cell",
               member_organisations=[cyber, fiu, enbd, mashreq, adcb, fab, dib, vasp], lead_organisation=cyber,
               countries=[U], mandate="Same-day holds on accounts and virtual-asset wallets reported by fraud victims.",
               established_date="2023-05-02")
    tf2 = x.add("taskforces", id="AE-TF-MIRAGE", name="Operation Mirage Joint Team",
                member_organisations=[cyber, fiu, dpp, cbuae], lead_organisation=dp, countries=[U],
                mandate="Dismantle the fake AI-trading network and its corporate accounts.",
                established_date="2025-01-12", dissolved_date="2025-05-31")

    ev = {k: f"AE-DXBPOL-EVD-2025-{n:04d}" for n, k in enumerate(
        ["ad", "email", "headers", "chain", "raid_img", "passport", "statement", "drainer", "stmt", "interview"],
        start=1)}
    P = lambda **f: x.add("persons", **f)  # noqa: E731
    rajesh = P(id="AE-DXBPOL-PER-0001", gender="male", age_band="age_45_54", nationalities=["IN"],
               country_of_residence=U, languages=["ml", "en", "hi"], names=["Rajesh Nair"],
               identity_documents=[{"document_type": "Emirates ID", "number": "784-1978-4410982-3",
                                    "issuing_country": U}],
               contact_details=[{"kind": "phone_number", "value": phone(U, "0504418273")},
                                {"kind": "email_address", "value": "rajesh.nair78@gmail.com"}],
               residence={"country": U, "subdivision": "AE-DU", "locality": "Al Nahda"})
    fatima = P(id="AE-DXBPOL-PER-0002", gender="female", age_band="age_35_44", nationalities=[U],
               country_of_residence=U, languages=["ar", "en"], names=["Fatima Al Suwaidi", "فاطمة السويدي"],
               contact_details=[{"kind": "email_address", "value": "finance@gulfhorizon-bm.ae"}],
               notes="Finance manager of the victim company.")
    maricel = P(id="AE-DXBPOL-PER-0003", gender="female", age_band="age_35_44", nationalities=["PH"],
                country_of_residence=U, languages=["tl", "en"], names=["Maricel Santos"],
                residence={"country": U, "subdivision": "AE-AZ", "locality": "Khalifa City, Abu Dhabi"})
    imran = P(id="AE-DXBPOL-PER-0004", gender="male", age_band="age_25_34", nationalities=["PK"],
              country_of_residence=U, languages=["ur", "en"], names=["Imran Qureshi"],
              residence={"country": U, "subdivision": "AE-SH", "locality": "Al Nahda, Sharjah"})
    ahmed = P(id="AE-DXBPOL-PER-0005", gender="male", age_band="age_35_44", nationalities=["EG"],
              country_of_residence=U, languages=["ar"], names=["Ahmed Hassan Abdelrahman", "أحمد حسن عبد الرحمن"],
              residence={"country": U, "subdivision": "AE-DU", "locality": "Al Qusais"})
    bilal = P(id="AE-DXBPOL-PER-0006", gender="male", age_band="age_25_34", nationalities=["PK"],
              country_of_residence=U, languages=["ur", "pa", "en"], names=["Bilal Ahmed"],
              contact_details=[{"kind": "phone_number", "value": phone(U, "0556612094")}])
    usman = P(id="AE-DXBPOL-PER-0007", gender="male", age_band="age_25_34",
              minor_at_exploitation=False, nationalities=["PK"],
              country_of_residence=U, languages=["ur", "pa", "en"], names=["Usman Tariq"],
              identity_documents=[{"document_type": "passport", "number": "AB4419027", "issuing_country": "PK",
                                   "retained_by_third_party": True}])
    faisal = P(id="AE-DXBPOL-PER-0008", gender="male", age_band="age_35_44", nationalities=["PK"],
               country_of_residence=U, languages=["ur", "en", "ar"], names=["Faisal Mahmood", "Faisal Bhai"],
               contact_details=[{"kind": "messaging_account", "value": phone(U, "0529930417"),
                                 "platform": "whatsapp"}],
               photographs=[ev["passport"]])
    grace = P(id="AE-DXBPOL-PER-0009", gender="female", age_band="age_25_34",
              minor_at_exploitation=False, nationalities=["KE"],
              country_of_residence="KE", languages=["sw", "en"], names=["Grace Wanjiru"],
              identity_documents=[{"document_type": "passport", "number": "AK0381942", "issuing_country": "KE",
                                   "retained_by_third_party": True}],
              residence={"country": "KE", "locality": "Nakuru"})
    long_ = P(id="AE-DXBPOL-PER-0010", gender="male", age_band="age_18_24",
              minor_at_exploitation=False, nationalities=["VN"],
              country_of_residence="VN", languages=["vi"], names=["Nguyễn Văn Long"])
    zhou = P(id="AE-DXBPOL-PER-0011", gender="male", age_band="age_45_54", nationalities=["CN"],
             country_of_residence=U, languages=["zh", "en"], names=["Zhou Ming"], date_of_birth="1976-09-02",
             aliases=[{"name": "Zhou Ming", "alias_type": "primary"},
                      {"name": "周明", "alias_type": "original_script", "language": "zh"},
                      {"name": "Michael Zhou", "alias_type": "also_known_as"},
                      {"name": "Boss Z", "alias_type": "weak_also_known_as"}],
             identity_documents=[{"document_type": "passport", "number": "EJ5520913", "issuing_country": "CN"}])
    ali = P(id="AE-DXBPOL-PER-0012", gender="male", age_band="age_25_34", nationalities=["PK"],
            country_of_residence=U, languages=["ur", "en"], names=["Ali Raza"])
    omar = P(id="AE-DXBPOL-PER-0013", gender="male", age_band="age_25_34", nationalities=["JO"],
             country_of_residence=U, languages=["ar", "en"], names=["Omar Khalid"],
             residence={"country": U, "subdivision": "AE-DU", "locality": "Dubai Marina"})
    sarah = P(id="AE-DXBPOL-PER-0014", gender="female", age_band="age_25_34", nationalities=["GB"],
              country_of_residence=U, languages=["en"], names=["Sarah Thompson"])
    yusuf = P(id="AE-DXBPOL-PER-0015", gender="male", age_band="age_35_44", nationalities=["TR"],
              country_of_residence=U, languages=["tr", "en", "ar"], names=["Yusuf Demir"],
              contact_details=[{"kind": "messaging_account", "value": "@ydemir_otc", "platform": "telegram"}])
    amina = P(id="AE-DXBPOL-PER-0016", gender="female", age_band="age_35_44", nationalities=["KE"],
              country_of_residence=U, languages=["sw", "en", "ar"], names=["Amina Yusuf"])

    A = lambda **f: x.add("financial_accounts", **f)  # noqa: E731
    a_rajesh = A(id="AE-DXBPOL-ACC-0001", account_type="bank_account", provider=enbd, holder_person=rajesh,
                 iban=iban(U, "0261014829371500201"), bic="EBILAEAD", country=U, currency="AED")
    a_blue = A(id="AE-DXBPOL-ACC-0002", account_type="bank_account", provider=mashreq, holder_organisation=bluewave,
               holder_name="BLUEWAVE CAPITAL INVESTMENTS LLC", iban=iban(U, "0330198773214500011"), bic="BOMLAEAD",
               country=U, currency="AED", opened_date="2024-09-18")
    a_silver = A(id="AE-DXBPOL-ACC-0003", account_type="bank_account", provider=adcb, holder_organisation=silver,
                 holder_name="SILVERLINE GENERAL TRADING LLC", iban=iban(U, "0300012287340910001"), bic="ADCBAEAA",
                 country=U, currency="AED", opened_date="2024-10-07")
    a_ali = A(id="AE-DXBPOL-ACC-0004", account_type="bank_account", provider=fab, holder_person=ali,
              iban=iban(U, "0351103367221908844"), bic="NBADAEAA", country=U, currency="AED", opened_date="2024-08-01")
    a_gulf = A(id="AE-DXBPOL-ACC-0005", account_type="bank_account", provider=enbd, holder_organisation=gulf,
               holder_name="GULF HORIZON BUILDING MATERIALS TRADING LLC", iban=iban(U, "0261015520998100110"),
               bic="EBILAEAD", country=U, currency="USD")
    a_lt = A(id="AE-DXBPOL-ACC-0006", account_type="payment_service_account", provider=emi,
             holder_name="ITAL MARMI FORNITURE SRL", iban=iban("LT", "3510001234567890"), bic="NVPYLT21",
             country="LT", currency="USD", opened_date="2025-03-11",
             notes="Opened a week before the invoice with an Italian company name; not the real supplier.")
    a_maricel = A(id="AE-DXBPOL-ACC-0007", account_type="vasp_account", provider=vasp, holder_person=maricel,
                  account_number="FDA-2290174", crypto_assets=["USDT"], country=U, opened_date="2024-12-19")
    w_pig = tron_address("ae-pig-platform")
    a_pig = A(id="AE-DXBPOL-ACC-0008", account_type="crypto_wallet", wallet_address=w_pig, crypto_network="tron",
              crypto_assets=["USDT"])
    w_otc = tron_address("ae-otc")
    a_otc = A(id="AE-DXBPOL-ACC-0009", account_type="crypto_wallet", wallet_address=w_otc, crypto_network="tron",
              crypto_assets=["USDT"], holder_person=yusuf)
    w_omar = eth_address("ae-omar")
    a_omar = A(id="AE-DXBPOL-ACC-0010", account_type="crypto_wallet", wallet_address=w_omar, crypto_network="ethereum",
               crypto_assets=["ETH", "USDT"], holder_person=omar, notes="Self-hosted browser wallet.")
    w_drain = eth_address("ae-drainer")
    a_drain = A(id="AE-DXBPOL-ACC-0011", account_type="crypto_wallet", wallet_address=w_drain,
                crypto_network="ethereum", crypto_assets=["ETH", "USDT"])
    a_task = A(id="AE-DXBPOL-ACC-0012", account_type="bank_account", provider=dib, holder_name="MOHAMMED SHAFIQ",
               iban=iban(U, "0240014410098327701"), bic="DUIBAEAD", country=U, currency="AED",
               opened_date="2025-01-15")
    a_card = A(id="AE-DXBPOL-ACC-0013", account_type="card", provider=adcb, holder_person=ahmed, card_last4="9031",
               country=U, currency="AED")
    a_landlord = A(id="AE-DXBPOL-ACC-0014", account_type="bank_account", provider=enbd, holder_name="JOHN MATTHEWS",
                   iban=iban(U, "0261017703321600457"), bic="EBILAEAD", country=U, currency="AED",
                   opened_date="2024-12-30")

    i = {k: f"AE-DXBPOL-IND-{n:04d}" for n, k in enumerate(
        ["ad", "wa_vip", "app_domain", "spoof_email", "lt_iban", "dating", "tg_mentor", "pig_wallet", "task_wa",
         "caller", "pay_link", "recruiter_wa", "listing", "airdrop", "drainer", "charity", "otc"], start=1)}
    R = lambda **f: x.add("scam_reports", **f)  # noqa: E731
    c1, c2, c3, c4, c5 = ("AE-DXBPOL-CASE-2025-0112", "AE-DXBPOL-CASE-2025-0239", "AE-DXBPOL-CASE-2025-0187",
                          "AE-DXBPOL-CASE-2025-0145", "AE-DXBPOL-CASE-2025-0098")
    r1 = R(id="AE-DXBPOL-RPT-2025-010233", received_at=dt("2025-01-09 19:20", U), reporting_channel="mobile_app",
           reporter_role="defrauded_victim", typologies=["investment_fake_platform"],
           typology_modifiers=["ai_deepfake", "celebrity_endorsement_ad", "fake_app_or_website"],
           contact_channels=["search_or_social_ad", "messaging_app"], platforms=["instagram", "whatsapp"],
           first_contact_date="2024-10-21", incident_start_date="2024-10-24", incident_end_date="2025-01-06",
           narrative="I saw an Instagram video of a well-known Emirati businessman saying his AI trading app makes 4% "
           "a day. I joined a WhatsApp 'VIP signals' group and was told to open an account on the app. I transferred "
           "money to company accounts in Dubai as 'deposits' and later bought USDT to top up. The app showed AED 1.2 "
           "million profit but asked me to pay a 'withdrawal tax' first.",
           narrative_language="en", losses=[money("385000.00", "AED"), crypto("9000.00", "USDT", "tron")],
           payment_methods=["bank_transfer_domestic", "p2p_otc_crypto"],
           indicators=[i["ad"], i["wa_vip"], i["app_domain"], i["otc"]], financial_accounts=[a_rajesh, a_blue,
                                                                                             a_silver],
           location={"country": U, "subdivision": "AE-DU", "locality": "Al Nahda"}, status="referred_to_case", case=c1,
           receiving_organisation=dp)
    r2 = R(id="AE-DXBPOL-RPT-2025-013870", received_at=dt("2025-03-27 10:05", U), reporting_channel="police_station",
           reporter_role="defrauded_victim", typologies=["business_email_compromise_invoice"],
           typology_modifiers=["cross_border"], contact_channels=["email"], first_contact_date="2025-03-14",
           incident_start_date="2025-03-18", incident_end_date="2025-03-18",
           narrative="تلقينا بريداً إلكترونياً يبدو أنه من مورّدنا في إيطاليا يبلغنا بتغيير الحساب البنكي بسبب تدقيق "
           "ضريبي، وأرفق فاتورة بقيمة 248,750 دولاراً. قمنا بالتحويل إلى الحساب الجديد في ليتوانيا. بعد أسبوع اتصل "
           "المورد يطالب بالدفعة ولم يكن قد غيّر حسابه. اكتشفنا أن عنوان البريد يختلف بحرف واحد.",
           narrative_language="ar", losses=[money("248750.00", "USD")], payment_methods=["international_wire_swift"],
           indicators=[i["spoof_email"], i["lt_iban"]], financial_accounts=[a_gulf, a_lt],
           location={"country": U, "subdivision": "AE-DU", "locality": "Al Quoz"}, status="referred_to_case", case=c2,
           receiving_organisation=dp)
    r3 = R(id="AE-DXBPOL-RPT-2025-012514", received_at=dt("2025-02-26 21:40", U), reporting_channel="online_portal",
           reporter_role="defrauded_victim", typologies=["romance_investment"],
           typology_modifiers=["cross_border", "fake_app_or_website"],
           contact_channels=["dating_app", "messaging_app"], platforms=["tinder", "telegram"],
           first_contact_date="2024-11-30", incident_start_date="2025-01-03", incident_end_date="2025-02-21",
           narrative="I matched with 'Daniel', a Singaporean engineer, on a dating app. We moved to Telegram and "
           "talked every day. He taught me to trade gold contracts on an exchange site and I bought USDT on a local "
           "exchange and sent it to the site. When I asked to withdraw my USD 40,000 balance they said my account was "
           "frozen for 'money laundering checks' and I must pay a deposit.",
           narrative_language="en", losses=[crypto("21300.00", "USDT", "tron")], payment_methods=["cryptocurrency"],
           indicators=[i["dating"], i["tg_mentor"], i["pig_wallet"]], financial_accounts=[a_maricel, a_pig],
           location={"country": U, "subdivision": "AE-AZ"}, status="referred_to_case", case=c3,
           receiving_organisation=cyber)
    r4 = R(id="AE-DXBPOL-RPT-2025-011402", received_at=dt("2025-02-02 14:15", U), reporting_channel="online_portal",
           reporter_role="defrauded_victim", typologies=["task_job_scam"], typology_modifiers=["scam_compound_linked"],
           contact_channels=["messaging_app"], platforms=["whatsapp", "telegram"], first_contact_date="2025-01-18",
           incident_start_date="2025-01-19", incident_end_date="2025-01-25",
           narrative="A recruiter on WhatsApp offered part-time work rating products for AED 300 a day. After two "
           "small payouts I was put in a Telegram group where 'merchant tasks' needed top-ups. Each time they said one "
           "more task would unlock my commission. I lost AED 17,600.",
           narrative_language="en", losses=[money("17600.00", "AED")], payment_methods=["instant_payment"],
           indicators=[i["task_wa"]], financial_accounts=[a_task], location={"country": U, "subdivision": "AE-SH"},
           status="referred_to_case", case=c4, receiving_organisation=cyber)
    r5 = R(id="AE-DXBPOL-RPT-2025-014115", received_at=dt("2025-04-03 11:50", U), reporting_channel="hotline",
           reporter_role="defrauded_victim", typologies=["government_official_impersonation",
                                                         "phishing_credential_theft"],
           contact_channels=["phone_call", "sms"], first_contact_date="2025-04-02", incident_start_date="2025-04-02",
           incident_end_date="2025-04-02",
           narrative="اتصل بي شخص يدّعي أنه من شرطة دبي وقال إن هويتي الإماراتية مرتبطة بقضية غسل أموال وإن حسابي "
           "سيُجمّد. أرسل لي رابطاً لـ'تحديث البيانات' وطلب رمز التحقق، ثم خُصم من بطاقتي 9,450 درهماً.",
           narrative_language="ar", losses=[money("9450.00", "AED")], payment_methods=["card"],
           indicators=[i["caller"], i["pay_link"]], financial_accounts=[a_card],
           location={"country": U, "subdivision": "AE-DU", "locality": "Al Qusais"}, status="triaged",
           receiving_organisation=dp)
    r6 = R(id="AE-DXBPOL-RPT-2025-010877", received_at=dt("2025-01-21 16:30", U), reporting_channel="police_station",
           reporter_role="next_of_kin", typologies=["deceptive_recruitment"],
           typology_modifiers=["scam_compound_linked", "cross_border"], contact_channels=["in_person", "messaging_app"],
           platforms=["whatsapp"], first_contact_date="2024-10-05", incident_start_date="2024-11-02",
           incident_end_date="2025-01-19",
           narrative="My cousin Usman was on a visit visa in Sharjah looking for work. An agent, Faisal, promised him "
           "a customer-support job in Bangkok and took AED 6,500 for the ticket and visa. In Thailand he was driven to "
           "the border and taken across to Myanmar. They took his passport and make him chat with foreigners for "
           "fake investments. He says they beat people who do not reach the target.",
           narrative_language="en", losses=[money("6500.00", "AED")], payment_methods=["cash"],
           indicators=[i["recruiter_wa"]], location={"country": U, "subdivision": "AE-SH"},
           status="referred_to_case", case=c5, receiving_organisation=dp)
    r7 = R(id="AE-DXBPOL-RPT-2025-015023", received_at=dt("2025-05-06 09:10", U), reporting_channel="mobile_app",
           reporter_role="defrauded_victim", typologies=["rental_real_estate"],
           contact_channels=["online_marketplace", "messaging_app"], platforms=["other", "whatsapp"],
           first_contact_date="2025-04-29", incident_start_date="2025-04-30", incident_end_date="2025-04-30",
           narrative="I found a one-bedroom flat in JLT on a listings site for AED 72,000 a year. The 'owner' said he "
           "was abroad and sent a tenancy contract by WhatsApp. I paid a 12,000 dirham deposit to hold it. The real "
           "owner of the flat had never listed it.",
           narrative_language="en", losses=[money("12000.00", "AED")], payment_methods=["bank_transfer_domestic"],
           indicators=[i["listing"]], financial_accounts=[a_landlord],
           location={"country": U, "subdivision": "AE-DU", "locality": "Jumeirah Lake Towers"}, status="received",
           receiving_organisation=dp)
    r8 = R(id="AE-DXBPOL-RPT-2025-016340", received_at=dt("2025-06-09 13:25", U), reporting_channel="online_portal",
           reporter_role="defrauded_victim", typologies=["wallet_drainer_crypto_phishing"],
           typology_modifiers=["fake_app_or_website", "hijacked_or_verified_account"],
           contact_channels=["social_media", "website"], platforms=["x_twitter"], first_contact_date="2025-06-07",
           incident_start_date="2025-06-07", incident_end_date="2025-06-07",
           narrative="A verified account on X posted an airdrop claim for holders of a token I own. I connected my "
           "wallet to the site and signed what looked like a claim. Within a minute my ETH and USDT were moved to "
           "an address I do not know.",
           narrative_language="en", losses=[crypto("4.2", "ETH", "ethereum"), crypto("6000.00", "USDT", "ethereum")],
           payment_methods=["cryptocurrency"], indicators=[i["airdrop"], i["drainer"]],
           financial_accounts=[a_omar, a_drain], location={"country": U, "subdivision": "AE-DU"},
           status="referred_to_case", case=c3, receiving_organisation=cyber)
    r9 = R(id="AE-DXBPOL-RPT-2025-014660", received_at=dt("2025-03-05 22:05", U), reporting_channel="platform_referral",
           reporter_role="witness", typologies=["charity_donation"], contact_channels=["social_media", "website"],
           platforms=["facebook"], first_contact_date="2025-03-03",
           narrative="Several users reported a page collecting Ramadan iftar donations through a payment link with no "
           "licence number from the authority that regulates charities. No donation from the reporter.",
           narrative_language="en", attempted_only=True, indicators=[i["charity"]], status="information_only",
           receiving_organisation=cyber)

    fi = {k: f"AE-UAEFIU-FI-2025-{n:04d}" for n, k in enumerate(
        ["funnel", "third_party", "otc", "new_acct", "recall", "usdt", "scam_addr"], start=1)}
    C = lambda **f: x.add("cases", **f)  # noqa: E731
    C(id=c1, title="Operation Mirage", status="prosecution", opened_date="2025-01-11", lead_agency=dp,
      jurisdictions=[U, "CN", "KH"], reports=[r1], typologies=["investment_fake_platform"],
      typology_modifiers=["ai_deepfake", "celebrity_endorsement_ad"],
      financial_accounts=[a_blue, a_silver, a_ali, a_otc],
      financial_indicators=[fi["funnel"], fi["third_party"], fi["otc"]],
      indicators=[i["ad"], i["wa_vip"], i["app_domain"], i["otc"]], evidence=[ev["ad"], ev["stmt"]], taskforce=tf2,
      outcomes={"arrests": 9, "persons_charged": 9, "assets_frozen": [money("2914600.00", "AED")],
                "assets_seized": [money("4800000.00", "AED")], "assets_returned": [money("150000.00", "AED")]})
    C(id=c2, title="Gulf Horizon invoice fraud", status="under_investigation", opened_date="2025-03-27",
      lead_agency=cyber, jurisdictions=[U, "LT", "IT"], reports=[r2], typologies=["business_email_compromise_invoice"],
      financial_accounts=[a_gulf, a_lt], financial_indicators=[fi["recall"], fi["new_acct"]],
      indicators=[i["spoof_email"], i["lt_iban"]], evidence=[ev["email"], ev["headers"]], taskforce=tf,
      outcomes={"assets_frozen": [money("171200.00", "USD")]})
    C(id=c3, title="Operation Red Ledger", status="referred_international", opened_date="2025-02-27",
      lead_agency=cyber, jurisdictions=[U, "KH", "SG"], reports=[r3, r8],
      typologies=["romance_investment", "wallet_drainer_crypto_phishing"], typology_modifiers=["cross_border"],
      financial_accounts=[a_pig, a_drain], financial_indicators=[fi["usdt"], fi["scam_addr"]],
      indicators=[i["dating"], i["tg_mentor"], i["pig_wallet"], i["airdrop"], i["drainer"]],
      evidence=[ev["chain"], ev["drainer"]], taskforce=tf,
      outcomes={"assets_frozen": [crypto("64100.00", "USDT", "tron")]})
    C(id=c4, title="Al Barsha call-centre raid", status="adjudicated_convicted", opened_date="2025-01-28",
      lead_agency=dp, jurisdictions=[U, "CN", "KE", "VN"], reports=[r4],
      typologies=["task_job_scam", "investment_fake_platform"], typology_modifiers=["scam_compound_linked"],
      financial_accounts=[a_task], indicators=[i["task_wa"]], evidence=[ev["raid_img"], ev["interview"]],
      outcomes={"arrests": 41, "persons_charged": 6, "convictions": 4, "victims_rescued": 35,
                "assets_seized": [money("612000.00", "AED"), crypto("3150.00", "USDT", "tron")],
                "assets_forfeited": [money("612000.00", "AED")]},
      notes="Thirty-five of the workers were referred as presumed trafficking victims.")
    C(id=c5, title="Sharjah visit-visa recruitment to Myanmar", status="closed", closure_reason="referred_elsewhere",
      opened_date="2025-01-22", closed_date="2025-06-12", lead_agency=dp, jurisdictions=[U, "PK", "TH", "MM"],
      reports=[r6], typologies=["deceptive_recruitment"], typology_modifiers=["scam_compound_linked"],
      indicators=[i["recruiter_wa"]], evidence=[ev["passport"], ev["statement"]],
      outcomes={"arrests": 1, "victims_rescued": 1},
      notes="Agent deported; file transferred to Pakistan's Federal Investigation Agency.")

    new_inv = counter("AE-DXBPOL-INV-{:04d}")
    def inv(person: str, role: str, **f: Any) -> str:
        return x.add("person_involvements", id=new_inv(), person=person, role=role, **f)
    inv(rajesh, "defrauded_victim", case=c1, report=r1, start_date="2024-10-21", end_date="2025-01-06")
    inv(ali, "money_mule", case=c1, mule_awareness="witting", start_date="2024-08-01",
        notes="Named manager of Bluewave; paid AED 3,000 a month to sign cheques and transfers.")
    inv(yusuf, "money_launderer_otc_broker", case=c1)
    inv(zhou, "beneficial_owner", case=c1)
    inv(fatima, "reporter", case=c2, report=r2)
    inv(maricel, "defrauded_victim", case=c3, report=r3, start_date="2024-11-30", end_date="2025-02-21")
    inv(omar, "defrauded_victim", case=c3, report=r8)
    inv(imran, "defrauded_victim", case=c4, report=r4)
    inv(zhou, "compound_manager_organizer", case=c4, notes="Convicted; sentenced to imprisonment and deportation.")
    inv(grace, "tip_victim_forced_criminality", case=c4, start_date="2024-09-10", end_date="2025-01-28")
    inv(grace, "suspected_perpetrator", case=c4,
        notes="Her WhatsApp profile contacted the task-scam victim; arrested in the raid.")
    inv(long_, "presumed_tip_victim", case=c4, start_date="2024-11-15", end_date="2025-01-28")
    inv(amina, "interpreter", case=c4, start_date="2025-01-29", end_date="2025-02-03")
    inv(bilal, "reporter", case=c5, report=r6)
    inv(usman, "tip_victim_forced_criminality", case=c5, start_date="2024-11-04", end_date="2025-03-18")
    inv(faisal, "recruiter_intermediary", case=c5)
    inv(ahmed, "defrauded_victim", report=r5)
    inv(sarah, "defrauded_victim", report=r7)

    s_grace = x.add("trafficking_screenings", id="AE-DFWAC-TSC-2025-0031", person=grace, case=c4,
                    screening_date="2025-01-30", screening_organisation=dfwac,
                    indicators_observed=["deceptive_online_job_advert", "retention_of_identity_documents",
                                         "restriction_of_movement", "fraud_quotas", "fines_or_debt_for_release",
                                         "withholding_of_wages", "intimidation_threats", "psychological_abuse"],
                    outcome="identified", deciding_organisation=dpp, decision_date="2025-02-04",
                    country_of_exploitation=U, exploitation_types=["forced_online_scamming"],
                    recruiter_relationships=["friend"], abducted=False)
    x.add("trafficking_screenings", id="AE-DFWAC-TSC-2025-0032", person=long_, case=c4, screening_date="2025-01-31",
          screening_organisation=dfwac, indicators_observed=["retention_of_identity_documents", "debt_bondage"],
          outcome="presumed", country_of_exploitation=U, exploitation_types=["forced_criminality"],
          notes="Vietnamese interpreter requested from the embassy.")
    x.add("trafficking_screenings", id="AE-DFWAC-TSC-2025-0040", person=usman, case=c5, screening_date="2025-03-20",
          screening_organisation=dp, indicators_observed=["deception", "entry_via_third_country_tourist_visa",
                                                          "armed_guards_fenced_compound", "torture_or_punishment"],
          outcome="identified", deciding_organisation=dpp, decision_date="2025-03-25", country_of_exploitation="MM",
          exploitation_types=["forced_online_scamming"], recruiter_relationships=["other"])
    x.add("non_punishment_assessments", id="AE-DPP-NPA-2025-0012", person=grace, case=c4, screening=s_grace,
          assessment_date="2025-02-10", assessing_organisation=dpp, decision="applied",
          legal_basis="Federal Law No. 51 of 2006 on Combating Human Trafficking Crimes, as amended",
          notes="Released from custody and transferred to the shelter; fraud charges dropped.")
    new_pm = counter("AE-DFWAC-PM-2025-{:04d}")
    x.add("protection_measures", id=new_pm(), person=grace, measure_type="shelter", provider=dfwac, status="completed",
          start_date="2025-02-10", end_date="2025-03-14")
    x.add("protection_measures", id=new_pm(), person=grace, measure_type="residence_permit", provider=icp,
          status="completed", start_date="2025-02-12", end_date="2025-03-14",
          notes="Overstay fines waived and temporary permit issued pending testimony.")
    x.add("protection_measures", id=new_pm(), person=grace, measure_type="interpretation", provider=dfwac,
          status="completed", start_date="2025-01-29", end_date="2025-02-03")
    x.add("protection_measures", id=new_pm(), person=long_, measure_type="reflection_period", provider=dfwac,
          status="in_progress", start_date="2025-02-01")
    x.add("protection_measures", id=new_pm(), person=usman, measure_type="medical", provider=dfwac, status="completed",
          start_date="2025-03-19", end_date="2025-03-22")
    x.add("repatriations", id="AE-ICP-REP-2025-0008", person=grace, origin_country=U, destination_country="KE",
          status="returned", organisations=[keemb, iom, icp], departure_date="2025-03-15",
          arrival_date="2025-03-15")
    x.add("repatriations", id="AE-ICP-REP-2025-0009", person=long_, origin_country=U, destination_country="VN",
          status="travel_arranged", organisations=[iom, icp], notes="Flight booked for 2025-07-12.")
    x.add("repatriations", id="AE-ICP-REP-2025-0005", person=usman, origin_country="MM", transit_countries=["TH"],
          destination_country=U, status="returned", organisations=[iom], departure_date="2025-03-10",
          arrival_date="2025-03-18", notes="Returned to his place of residence at his request.")

    x.add("beneficial_ownerships", id="AE-UAEFIU-BO-2025-0001", subject=bluewave, interested_person=ali,
          interest_types=["shareholding", "senior_managing_official", "nominee"], share_exact=100.0, beneficial=False,
          start_date="2024-09-02", source_types=["official_register"])
    x.add("beneficial_ownerships", id="AE-UAEFIU-BO-2025-0002", subject=bluewave, interested_person=zhou,
          interest_types=["nominator", "other_influence_or_control"], beneficial=True, start_date="2024-09-02",
          source_types=["primary_research", "verified"])
    x.add("beneficial_ownerships", id="AE-UAEFIU-BO-2025-0003", subject=silver, interested_organisation=bluewave,
          interest_types=["shareholding"], share_minimum=50.0, share_maximum=75.0, beneficial=False,
          start_date="2024-10-01", end_date="2025-02-15", source_types=["self_declaration"])

    focal_points(x, U, [
        ("prevention", cyber, "Cybercrime Awareness Section", ("email_address", "ecrime@dubaipolice.gov.ae", None),
         ["ar", "en"], False),
        ("prosecution", dpp, "International Cooperation Department", ("email_address", "intl.coop@dxbpp.gov.ae", None),
         ["ar", "en"], False),
        ("protection_defrauded_victims", cyber, "Victim Support Desk", ("phone_number", phone(U, "043981111"), None),
         ["ar", "en", "hi", "ur"], True),
        ("protection_trafficking_victims", dfwac, "Case Management Unit",
         ("email_address", "protection@dfwac.ae", None), ["ar", "en"], True),
        ("policy_partnership", nccht, "Secretariat", ("email_address", "nccht@moi.gov.ae", None), ["ar", "en"], False),
        ("financial_intelligence", fiu, "International Relations and Cooperation",
         ("email_address", "intl@uaefiu.gov.ae", None), ["ar", "en"], False),
        ("platform_trust_safety", cyber, "Platform Liaison Desk",
         ("messaging_account", "@dxbpol_platforms", "signal"), ["ar", "en"], False),
    ], "2025-01-05", "2025-07-01")

    new_tx = counter("AE-DXBPOL-TXN-2025-{:04d}")
    tx = lambda **f: x.add("transactions", id=new_tx(), **f)  # noqa: E731
    t_r1 = tx(from_account=a_rajesh, to_account=a_blue, amount=money("150000.00", "AED"),
              executed_at=dt("2024-10-24 13:10", U), payment_method="bank_transfer_domestic",
              reference="DEPOSIT ACC 55821", report=r1)
    tx(from_account=a_rajesh, to_account=a_silver, amount=money("235000.00", "AED"),
       executed_at=dt("2024-12-02 11:45", U),
       payment_method="bank_transfer_domestic", reference="MARGIN TOPUP", report=r1)
    tx(from_account=a_blue, to_account=a_ali, amount=money("480000.00", "AED"), executed_at=dt("2024-12-03 09:05", U),
       payment_method="bank_transfer_domestic")
    t_otc = tx(from_account=a_otc, amount=crypto("9000.00", "USDT", "tron"), executed_at=dt("2025-01-06 17:30", U),
               payment_method="p2p_otc_crypto", blockchain_tx_hash=tx_hash("ae-otc"), report=r1,
               notes="Victim paid cash to the OTC trader, who sent USDT to the app's deposit address.")
    t_bec = tx(from_account=a_gulf, to_account=a_lt, amount=money("248750.00", "USD"),
               executed_at=dt("2025-03-18 10:30", U), payment_method="international_wire_swift",
               reference="INV IM-2025-0318", report=r2)
    for amt, when, seed in [("5300.00", "2025-01-03 20:15", "ae-pig-1"), ("16000.00", "2025-02-21 18:40", "ae-pig-2")]:
        tx(from_account=a_maricel, to_account=a_pig, amount=crypto(amt, "USDT", "tron"), executed_at=dt(when, U),
           payment_method="cryptocurrency", blockchain_tx_hash=tx_hash(seed), report=r3)
    for amt, when in [("600.00", "2025-01-19 21:00"), ("3000.00", "2025-01-22 20:10"), ("14000.00",
                                                                                        "2025-01-25 13:35")]:
        tx(to_account=a_task, amount=money(amt, "AED"), executed_at=dt(when, U), payment_method="instant_payment",
           report=r4)
    tx(from_account=a_card, amount=money("9450.00", "AED"), executed_at=dt("2025-04-02 15:22", U),
       payment_method="card",
       report=r5, reference="MERCHANT GLOBALPAY*UPDATE")
    tx(to_account=a_landlord, amount=money("12000.00", "AED"), executed_at=dt("2025-04-30 12:05", U),
       payment_method="bank_transfer_domestic", reference="DEPOSIT JLT 1BR", report=r7)
    t_drain = tx(from_account=a_omar, to_account=a_drain, amount=crypto("4.2", "ETH", "ethereum"),
                 executed_at=dt("2025-06-07 22:14", U), payment_method="cryptocurrency",
                 blockchain_tx_hash=tx_hash("ae-drain-1", "0x"), report=r8)
    tx(from_account=a_omar, to_account=a_drain, amount=crypto("6000.00", "USDT", "ethereum"),
       executed_at=dt("2025-06-07 22:14", U), payment_method="cryptocurrency",
       blockchain_tx_hash=tx_hash("ae-drain-2", "0x"), report=r8)

    F = lambda **f: x.add("financial_indicators", **f)  # noqa: E731
    F(id=fi["funnel"], red_flag="many_unrelated_senders_one_beneficiary", subject_account=a_blue,
      subject_transaction=t_r1,
      source="bank", source_organisation=mashreq, observed_at=dt("2025-01-10 08:45", U), confidence=90,
      notes="Raised in goAML STR by the bank; 63 senders in 90 days.")
    F(id=fi["third_party"], red_flag="account_controlled_by_third_party", subject_account=a_ali, subject_person=ali,
      source="fiu", source_organisation=fiu, observed_at=dt("2025-01-14 12:00", U), confidence=85)
    F(id=fi["otc"], red_flag="cash_for_crypto_otc_trader", subject_account=a_otc, subject_transaction=t_otc,
      subject_person=yusuf, source="law_enforcement", source_organisation=cyber, observed_at=dt("2025-01-20 10:00", U),
      confidence=80)
    F(id=fi["new_acct"], red_flag="new_account_high_volume", subject_account=a_lt, source="payment_service_provider",
      source_organisation=emi, observed_at=dt("2025-03-19 09:00", "GB"), confidence=75)
    F(id=fi["recall"], red_flag="fund_recall_requests_received", subject_account=a_lt, subject_transaction=t_bec,
      source="bank", source_organisation=enbd, observed_at=dt("2025-03-27 12:30", U), confidence=95)
    F(id=fi["usdt"], red_flag="dominant_usdt_on_tron", subject_account=a_pig, source="blockchain_analytics",
      source_organisation=fiu, observed_at=dt("2025-03-06 15:00", U), confidence=90)
    F(id=fi["scam_addr"], red_flag="funds_linked_to_known_scam_addresses", subject_account=a_drain,
      subject_transaction=t_drain, source="vasp", source_organisation=vasp, observed_at=dt("2025-06-08 09:30", U),
      confidence=95)

    new_aa = counter("AE-UAEFIU-AA-2025-{:04d}")
    aa = lambda **f: x.add("asset_actions", id=new_aa(), **f)  # noqa: E731
    aa(action_type="freeze", amount=money("2914600.00", "AED"), action_date="2025-01-15", authority=fiu,
       legal_basis="Federal Decree-Law No. 20 of 2018 on Anti-Money Laundering, article 5",
       accounts=[a_blue, a_silver, a_ali], case=c1)
    aa(action_type="seizure", amount=money("4800000.00", "AED"), action_date="2025-02-20", authority=dp,
       legal_basis="Order of the Dubai Public Prosecution", case=c1,
       notes="Cash, luxury watches and two vehicles, valued together.")
    aa(action_type="freeze", amount=money("171200.00", "USD"), action_date="2025-03-28", authority=emi,
       legal_basis="Recall request via correspondent bank; Lithuanian FIU suspension order", accounts=[a_lt], case=c2)
    aa(action_type="freeze", amount=crypto("64100.00", "USDT", "tron"), action_date="2025-03-12", authority=tether,
       legal_basis="Issuer freeze on Dubai Police request", accounts=[a_pig], case=c3)
    aa(action_type="restitution_to_victims", amount=money("150000.00", "AED"), action_date="2025-06-25",
       authority=dpp, legal_basis="Decision of the Dubai Public Prosecution releasing frozen funds to the victim",
       accounts=[a_blue], case=c1, beneficiaries=[rajesh])
    aa(action_type="forfeiture_confiscation", amount=money("612000.00", "AED"), action_date="2025-06-16",
       authority=courts, legal_basis="Judgment of the Dubai Criminal Court", case=c4)

    I = lambda key, **f: x.add("indicators", id=i[key], **f)  # noqa: E731,E741
    I("ad", indicator_type="url", value="https://www.instagram.com/reel/C9xQ2mLtB7e/",
      normalised_value="https://www.instagram.com/reel/C9xQ2mLtB7e/", platform="instagram", confidence=90,
      status="taken_down", reports=[r1], cases=[c1])
    I("wa_vip", indicator_type="messaging_account", value="VIP AI Signals UAE 07", platform="whatsapp", confidence=85,
      status="blocked", reports=[r1], cases=[c1])
    I("app_domain", indicator_type="domain", value="QuantaAI-Trade.com", normalised_value="quantaai-trade.com",
      first_seen=dt("2024-10-15 00:00", U), last_seen=dt("2025-02-20 00:00", U), confidence=95, status="taken_down",
      reports=[r1], cases=[c1])
    I("spoof_email", indicator_type="email_address", value="accounts@italmarmi-forniture.com",
      normalised_value="accounts@italmarmi-forniture.com", confidence=95, status="active", reports=[r2], cases=[c2],
      notes="Look-alike of the supplier's real domain (one letter changed).")
    lt_iban = iban("LT", "3510001234567890")
    I("lt_iban", indicator_type="bank_account", value=" ".join(lt_iban[k:k + 4] for k in range(0, len(lt_iban), 4)),
      normalised_value=lt_iban, confidence=100, status="blocked", reports=[r2], cases=[c2])
    I("dating", indicator_type="social_media_account", value="Daniel, 41", platform="tinder", confidence=70,
      status="taken_down", reports=[r3], cases=[c3])
    I("tg_mentor", indicator_type="messaging_account", value="@daniel_goldtrade", platform="telegram", confidence=85,
      status="active", reports=[r3], cases=[c3])
    I("pig_wallet", indicator_type="crypto_wallet_address", value=w_pig, normalised_value=w_pig, crypto_network="tron",
      first_seen=dt("2024-12-20 00:00", "UTC"), last_seen=dt("2025-03-11 00:00", "UTC"), confidence=100,
      status="blocked", reports=[r3], cases=[c3])
    I("task_wa", indicator_type="messaging_account", value="+971 58 220 4471", normalised_value=phone(U, "0582204471"),
      platform="whatsapp", confidence=95, status="blocked", reports=[r4], cases=[c4])
    I("caller", indicator_type="phone_number", value="+44 7723 158204", normalised_value=phone("GB", "07723158204"),
      confidence=75, status="under_review", reports=[r5], notes="Displayed as 'Dubai Police' on WhatsApp.")
    I("pay_link", indicator_type="url", value="https://uae-id-update.com/verify", confidence=95, status="taken_down",
      normalised_value="https://uae-id-update.com/verify", impersonated_organisations=[icp], reports=[r5])
    I("recruiter_wa", indicator_type="messaging_account", value="Faisal Bhai Jobs", platform="whatsapp",
      normalised_value=phone(U, "0529930417"), confidence=90, status="inactive", reports=[r6], cases=[c5])
    I("listing", indicator_type="url", value="https://dubai.dubizzle.com/property-for-rent/residential/apartmentflat/"
      "2025/4/29/1br-jlt-cluster-x-72k", platform="dubizzle", confidence=80, status="taken_down", reports=[r7])
    I("airdrop", indicator_type="domain", value="claim-arbdrop.xyz", normalised_value="claim-arbdrop.xyz",
      confidence=100, status="blocked", reports=[r8], cases=[c3])
    I("drainer", indicator_type="crypto_wallet_address", value=w_drain, normalised_value=w_drain,
      crypto_network="ethereum", confidence=100, status="active", source_organisation=watch,
      source_reference="GCSW-2025-04417", first_seen=dt("2025-04-01 00:00", "UTC"), first_seen_precision="month",
      reports=[r8], cases=[c3])
    I("charity", indicator_type="social_media_account", value="Iftar For All UAE", platform="facebook",
      normalised_value="facebook.com/61560017729481", confidence=85, status="taken_down", reports=[r9])
    I("otc", indicator_type="crypto_wallet_address", value=w_otc, normalised_value=w_otc, crypto_network="tron",
      crypto_asset="USDT", token_contract="TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", confidence=80,
      status="under_review", reports=[r1], cases=[c1])

    E = lambda key, **f: x.add("evidence", id=ev[key], **f)  # noqa: E731
    E("ad", evidence_type="web_capture_warc", description="Capture of the deepfake advert and the app's landing page.",
      sha256=sha256_hex("ae-ad"), acquired_at=dt("2025-01-11 10:00", U), acquired_by=cyber,
      acquisition_method="open_source_collection", case=c1)
    E("email", evidence_type="email_eml", description="The spoofed e-mail with the changed bank details and invoice.",
      sha256=sha256_hex("ae-email"), exhibit_number="DP-ACD-239-2025-01", acquired_at=dt("2025-03-27 11:00", U),
      acquired_by=cyber, acquisition_method="voluntary_submission", case=c2,
      custody_events=custody(("collected", dt("2025-03-27 11:00", U), None, cyber, None),
                             ("copied", dt("2025-03-31 09:30", U), cyber, fiu, "FIU-to-FIU request"),
                             ("stored", dt("2025-03-31 12:00", U), None, cyber, None)))
    E("headers", evidence_type="ip_log", description="Mail-server logs showing log-ins to the supplier contact's "
      "mailbox from a VPN exit node.", sha256=sha256_hex("ae-headers"), acquired_at=dt("2025-04-02 15:00", U),
      acquired_by=cyber, acquisition_method="live", case=c2)
    E("chain", evidence_type="blockchain_tx", description="Trace of USDT from the victim's exchange account to the "
      "platform and a cluster of Cambodian OTC desks.", sha256=sha256_hex("ae-chain"),
      acquired_at=dt("2025-03-03 12:00", U), acquired_by=fiu, acquisition_method="open_source_collection", case=c3)
    E("raid_img", evidence_type="device_forensic_image", description="Images of 12 laptops and 60 phones seized in "
      "the raid.", sha256=sha256_hex("ae-raid"), exhibit_number="DP-CID-145-2025-EX12",
      acquired_at=dt("2025-01-28 05:30", U), acquired_by=dp, acquisition_method="dead_offline",
      legal_authorisation="Search and seizure order of the Dubai Public Prosecution", case=c4,
      custody_events=custody(("collected", dt("2025-01-28 05:30", U), None, dp, "Raid"),
                             ("transferred", dt("2025-01-28 14:00", U), dp, cyber, "Forensic imaging"),
                             ("analysed", dt("2025-02-06 09:00", U), None, cyber, None),
                             ("returned", dt("2025-06-20 10:00", U), cyber, dp, "After judgment")))
    E("passport", evidence_type="identity_document", description="Copy of the agent's passport from his visa "
      "file.", sha256=sha256_hex("ae-passport"), acquired_at=dt("2025-01-25 10:00", U), acquired_by=icp,
      acquisition_method="other", case=c5)
    E("statement", evidence_type="victim_or_witness_statement", description="Statement of the returned victim.",
      sha256=sha256_hex("ae-statement"), acquired_at=dt("2025-03-21 10:00", U), acquired_by=dp,
      acquisition_method="voluntary_submission", case=c5)
    E("drainer", evidence_type="blockchain_tx", description="Approval and transfer transactions signed on the "
      "drainer site.", sha256=sha256_hex("ae-drainer"), acquired_at=dt("2025-06-09 15:00", U), acquired_by=cyber,
      acquisition_method="open_source_collection", case=c3)
    E("stmt", evidence_type="bank_statement", description="Statements of the two company accounts and the "
      "nominee's personal account.", sha256=sha256_hex("ae-stmt"), acquired_at=dt("2025-01-16 14:00", U),
      acquired_by=fiu, legal_authorisation="Federal Decree-Law No. 20 of 2018, article 9", case=c1)
    E("interview", evidence_type="victim_or_witness_statement", description="Interview of a rescued worker, with a "
      "Swahili interpreter.", sha256=sha256_hex("ae-interview"), acquired_at=dt("2025-01-30 11:00", U),
      acquired_by=dfwac, acquisition_method="voluntary_submission", case=c4)

    x.add("cooperation_requests", id="AE-UAEFIU-FIU-2025-0021", case=c2, request_type="fiu_to_fiu",
          requesting_organisation=fiu, requested_organisation=fntt, requested_country="LT", sent_date="2025-03-28",
          response_date="2025-04-22", status="executed")
    x.add("cooperation_requests", id="AE-DPP-MLA-2025-0006", case=c2, request_type="mutual_legal_assistance",
          requesting_organisation=dpp, requested_country="LT", sent_date="2025-05-05", status="in_progress")
    x.add("cooperation_requests", id="AE-DXBPOL-PDR-2025-0014", case=c1, request_type="platform_data_request",
          requesting_organisation=cyber, requested_organisation=meta, requested_country="IE", sent_date="2025-01-13",
          response_date="2025-02-07", status="executed")
    x.add("cooperation_requests", id="AE-DXBPOL-P2P-2025-0003", case=c5, request_type="police_to_police",
          requesting_organisation=dp, requested_organisation=fia, requested_country="PK", sent_date="2025-06-10",
          status="acknowledged")
    x.add("cooperation_requests", id="AE-DXBPOL-ARR-2025-0002", case=c3, request_type="asset_recovery_request",
          requesting_organisation=cyber, requested_organisation=tether, requested_country="SV",
          sent_date="2025-03-10", response_date="2025-03-12", status="executed")

    # Moderation actions and entity risk assessments (0.2.0)
    x.add("moderation_actions", id="AE-DXBPOL-MOD-2025-0001", action_type="ad_rejected_or_removed",
          acted_at=dt("2025-03-18 11:40", U), actor=meta, platform="instagram", trigger="authority_request",
          indicators=[i["ad"]], request="AE-DXBPOL-PDR-2025-0014", case=c1,
          legal_basis="Advertising standards: fraud, scams and deceptive practices")
    x.add("entity_risk_assessments", id="AE-UAEFIU-ERA-2025-0001", subject=bluewave, assessing_organisation=fiu,
          assessment_date="2025-04-02", risk_level="high",
          risk_factors=["nominee_or_shell_structure", "opaque_foreign_investment"],
          beneficial_ownerships=["AE-UAEFIU-BO-2025-0001", "AE-UAEFIU-BO-2025-0002"], cases=[c2])
    x.add("entity_risk_assessments", id="AE-UAEFIU-ERA-2025-0002", subject=vasp, assessing_organisation=fiu,
          assessment_date="2025-05-14", risk_level="medium", risk_factors=["weak_customer_due_diligence"],
          cases=[c2])

    # Sanctions designations (0.2.0): the convicted compound manager and his OTC wallet, on OFAC's list
    x.add("sanctions_designations", id="AE-UAEFIU-SAN-2025-0001", authority="ofac", authority_organisation=ofac,
          list_name="Specially Designated Nationals and Blocked Persons List", programmes=["TCO"],
          list_reference="EX-58804", status="active", listing_date="2025-05-28", last_amended_date="2025-06-18",
          designated_person=zhou, designated_indicators=[i["otc"]], legal_basis="Executive Order 13581, as amended",
          source_url="https://sanctionssearch.ofac.treas.gov/", cases=[c1, c4], notes="Synthetic example.")
    return x.build()
