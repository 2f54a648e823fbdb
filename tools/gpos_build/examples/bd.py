"""The synthetic reference export of Bangladesh (CID Cyber Police Centre, BFIU)."""

from __future__ import annotations

from typing import Any

from .common import (
    ExportBuilder,
    counter,
    crypto,
    custody,
    dt,
    focal_points,
    money,
    phone,
    sha256_hex,
    tron_address,
    tx_hash,
)


def build_bd() -> dict[str, Any]:
    B = "BD"
    x = ExportBuilder(B, "BD-CID-EXP-2025-H1", "BD-ORG-CID", dt("2025-07-08 16:30", B), "AMBER+STRICT")
    org = lambda **f: x.add("organisations", **f)  # noqa: E731
    police = org(id="BD-ORG-BP", name="Bangladesh Police", organisation_type="law_enforcement", country=B,
                 website="https://www.police.gov.bd")
    cid = org(id="BD-ORG-CID", name="Criminal Investigation Department, Cyber Police Centre",
              organisation_type="law_enforcement", country=B, parent_organisation=police,
              website="https://www.cid.gov.bd")
    bb = org(id="BD-ORG-BB", name="Bangladesh Bank", organisation_type="central_bank", country=B,
             bic="BBHOBDDH", website="https://www.bb.org.bd")
    bfiu = org(id="BD-ORG-BFIU", name="Bangladesh Financial Intelligence Unit", organisation_type="fiu", country=B,
               parent_organisation=bb, website="https://www.bfiu.org.bd")
    moha = org(id="BD-ORG-MOHA", name="Ministry of Home Affairs, Public Security Division",
               organisation_type="ministry", country=B, website="https://mhapsd.gov.bd")
    moewoe = org(id="BD-ORG-MOEWOE", name="Ministry of Expatriates' Welfare and Overseas Employment",
                 organisation_type="ministry", country=B)
    pp = org(id="BD-ORG-PPDHAKA", name="Office of the Metropolitan Public Prosecutor, Dhaka",
             organisation_type="prosecutor", country=B)
    court = org(id="BD-ORG-CMMDHAKA", name="Court of the Chief Metropolitan Magistrate, Dhaka",
                organisation_type="court", country=B)
    bkash = org(id="BD-ORG-BKASH", name="bKash Limited", organisation_type="mobile_money_operator", country=B,
                website="https://www.bkash.com")
    nagad = org(id="BD-ORG-NAGAD", name="Nagad Limited", organisation_type="mobile_money_operator", country=B)
    dbbl = org(id="BD-ORG-DBBL", name="Dutch-Bangla Bank PLC", organisation_type="bank", country=B, bic="DBBLBDDH")
    brac = org(id="BD-ORG-BRACBANK", name="BRAC Bank PLC", organisation_type="bank", country=B, bic="BRAKBDDH")
    city = org(id="BD-ORG-CITY", name="The City Bank PLC", organisation_type="bank", country=B, bic="CIBLBDDH")
    btrc = org(id="BD-ORG-BTRC", name="Bangladesh Telecommunication Regulatory Commission",
               organisation_type="regulator", country=B)
    agency = org(id="BD-ORG-ALNOOR", name="Al-Noor Overseas Recruiting Agency",
                 organisation_type="labour_recruitment_agency",
                 country=B, registration_number="RL-1893",
                 aliases=[{"name": "Al Noor Overseas", "alias_type": "also_known_as"},
                          {"name": "আল-নূর ওভারসিজ রিক্রুটিং এজেন্সি", "alias_type": "original_script", "language": "bn"},
                          {"name": "Noor Manpower Services", "alias_type": "formerly_known_as"}],
                 notes="Licensed agency whose name and licence number appeared on the forged job offers.")
    shell = org(id="BD-ORG-EARNFAST", name="EarnFast Global Trading Ltd.", organisation_type="private_company",
                country=B, registration_number="C-178245/2024")
    vasp = org(id="BD-ORG-COINOCEAN", name="CoinOcean Exchange Ltd.", organisation_type="vasp", country="SC",
               notes="Offshore exchange whose P2P market was used to turn taka into USDT.")
    compound = org(id="BD-ORG-LSIP", name="Lucky Star Industrial Park", organisation_type="other", country="MM",
                   notes="Scam compound near Myawaddy, Kayin State, named by returnees.")
    ngo = org(id="BD-ORG-SHB", name="Safe Homecoming Bangladesh", organisation_type="ngo", country=B,
              registration_number="NGOAB-2871")
    iom = org(id="BD-ORG-IOM", name="International Organization for Migration, Bangladesh",
              organisation_type="international_organisation", country=B, website="https://bangladesh.iom.int")
    emb = org(id="BD-ORG-BDEMBBKK", name="Embassy of Bangladesh, Bangkok", organisation_type="embassy_consulate",
              country="TH")
    ccib = org(id="BD-ORG-THCCIB", name="Cyber Crime Investigation Bureau, Royal Thai Police",
               organisation_type="law_enforcement", country="TH")
    uaefiu = org(id="BD-ORG-AEFIU", name="UAE Financial Intelligence Unit", organisation_type="fiu", country="AE")
    telegram = org(id="BD-ORG-TELEGRAM", name="Telegram Messenger Inc.", organisation_type="platform", country="AE")
    interpol = org(id="BD-ORG-INTERPOL", name="INTERPOL General Secretariat",
                   organisation_type="international_organisation", country="FR")

    tf1 = x.add("taskforces", id="BD-TF-OFF", name="National Taskforce on Online Financial Fraud",
                member_organisations=[cid, bfiu, bb, bkash, nagad, btrc, dbbl], lead_organisation=bfiu,
                countries=[B], mandate="Joint tracing and blocking of mobile-financial-service accounts used to "
                "collect and cash out scam proceeds.", established_date="2024-03-17")
    tf2 = x.add("taskforces", id="BD-TF-MYREC", name="Inter-agency Cell on Recruitment to Scam Compounds",
                member_organisations=[cid, moha, moewoe, iom, ngo], lead_organisation=moha,
                countries=[B, "TH", "MM"], mandate="Identification of Bangladeshi nationals held in scam compounds "
                "in Myanmar, their return and the prosecution of recruiters.", established_date="2024-10-01",
                dissolved_date="2025-06-30",
                notes="Merged into the national counter-trafficking committee from 1 July 2025.")

    ev = {k: f"BD-CID-EVD-2025-{n:04d}" for n, k in enumerate(
        ["wa_chat", "passport", "receipts", "subscriber", "otp_sms", "chain", "stmt", "call", "app"], start=1)}

    P = lambda **f: x.add("persons", **f)  # noqa: E731
    shahidul = P(id="BD-CID-PER-0001", gender="male", age_band="age_35_44", nationalities=[B],
                 country_of_residence=B, languages=["bn"], names=["Md. Shahidul Islam", "মোঃ শহিদুল ইসলাম"],
                 contact_details=[{"kind": "phone_number", "value": phone(B, "01712458390")}],
                 residence={"country": B, "subdivision": "BD-42", "locality": "Raipura, Narsingdi"})
    arif = P(id="BD-CID-PER-0002", gender="male", age_band="age_25_34", minor_at_exploitation=False, nationalities=[B],
             country_of_residence=B, languages=["bn", "en"], names=["Md. Arif Hossain", "মোঃ আরিফ হোসেন"],
             date_of_birth="1999-04-21",
             identity_documents=[{"document_type": "passport", "number": "A05893317", "issuing_country": B,
                                  "retained_by_third_party": True},
                                 {"document_type": "national identity card", "number": "4627819355",
                                  "issuing_country": B}],
             photographs=[ev["passport"]],
             residence={"country": B, "subdivision": "BD-42", "locality": "Raipura, Narsingdi"})
    nazmul = P(id="BD-CID-PER-0003", gender="male", age_band="age_35_44", nationalities=[B],
               country_of_residence=B, languages=["bn"], names=["Nazmul Huda", "Nazmul dalal"],
               contact_details=[{"kind": "phone_number", "value": phone(B, "01819337421")},
                                {"kind": "messaging_account", "value": phone("TH", "0619914582"),
                                 "platform": "whatsapp"}])
    kamrul = P(id="BD-CID-PER-0004", gender="male", age_band="age_45_54", nationalities=[B],
               country_of_residence=B, languages=["bn", "en", "ar"], names=["Kamrul Hasan Chowdhury"])
    farhana = P(id="BD-CID-PER-0005", gender="female", age_band="age_35_44", nationalities=[B],
                country_of_residence=B, languages=["bn", "en"], names=["Farhana Akter"],
                residence={"country": B, "subdivision": "BD-13", "locality": "Dhanmondi, Dhaka"})
    tanvir = P(id="BD-CID-PER-0006", gender="male", age_band="age_18_24",
               minor_at_exploitation=False, nationalities=[B],
               country_of_residence=B, languages=["bn"], names=["Tanvir Ahmed"],
               residence={"country": B, "subdivision": "BD-54", "locality": "Boalia, Rajshahi"})
    rokeya = P(id="BD-CID-PER-0007", gender="female", age_band="age_45_54", nationalities=[B],
               country_of_residence=B, languages=["bn"], names=["Rokeya Begum"],
               contact_details=[{"kind": "phone_number", "value": phone(B, "01920664187")}],
               residence={"country": B, "subdivision": "BD-18", "locality": "Tongi, Gazipur"})
    jahangir = P(id="BD-CID-PER-0008", gender="male", age_band="age_25_34", nationalities=[B],
                 country_of_residence=B, languages=["bn"], names=["Md. Jahangir Alam", "JA Crypto BD"],
                 contact_details=[{"kind": "messaging_account", "value": "@ja_usdt_bd", "platform": "telegram"}])
    sabbir = P(id="BD-CID-PER-0009", gender="male", age_band="age_18_24",
               minor_at_exploitation=False, nationalities=[B],
               country_of_residence=B, languages=["bn"], names=["Sabbir Rahman"],
               notes="University student; let his Nagad account for 3,000 taka a month.")
    mizanur = P(id="BD-CID-PER-0010", gender="male", age_band="age_25_34", nationalities=[B],
                country_of_residence=B, languages=["bn"], names=["Mizanur Rahman"],
                residence={"country": B, "subdivision": "BD-15", "locality": "Bhanga, Faridpur"})
    teen = P(id="BD-CID-PER-0011", gender="male", age_band="age_12_17", minor_at_exploitation=True, nationalities=[B],
             country_of_residence=B, languages=["bn"], residence={"country": B, "subdivision": "BD-60"},
             notes="Child victim; identity withheld.")
    mother = P(id="BD-CID-PER-0012", gender="female", age_band="age_35_44", nationalities=[B],
               country_of_residence=B, languages=["bn"], names=["Shirin Sultana"])
    karim = P(id="BD-CID-PER-0013", gender="male", age_band="age_55_64", nationalities=[B],
              country_of_residence=B, languages=["bn"], names=["Abdul Karim"],
              residence={"country": B, "subdivision": "BD-08", "locality": "Cumilla Sadar"})
    sumon = P(id="BD-CID-PER-0014", gender="male", age_band="age_18_24", minor_at_exploitation=False, nationalities=[B],
              country_of_residence=B, languages=["bn"], names=["Md. Sumon Mia"],
              identity_documents=[{"document_type": "passport", "number": "A06120984", "issuing_country": B,
                                   "retained_by_third_party": True}])
    nusrat = P(id="BD-CID-PER-0015", gender="female", age_band="age_25_34", nationalities=[B],
               country_of_residence=B, languages=["bn", "en"], names=["Nusrat Jahan"],
               residence={"country": B, "subdivision": "BD-10"})
    hasan = P(id="BD-CID-PER-0016", gender="male", age_band="age_65_plus", nationalities=[B],
              country_of_residence=B, languages=["bn"], names=["Mahmudul Hasan"],
              residence={"country": B, "subdivision": "BD-13", "locality": "Mirpur, Dhaka"})

    A = lambda **f: x.add("financial_accounts", **f)  # noqa: E731
    a_dalal = A(id="BD-CID-ACC-0001", account_type="ewallet_mobile_money", provider=bkash, holder_person=nazmul,
                holder_name="NAZMUL HUDA", account_number="01819337421", country=B, currency="BDT",
                opened_date="2021-05-02")
    a_agency = A(id="BD-CID-ACC-0002", account_type="bank_account", provider=dbbl, holder_organisation=agency,
                 holder_name="AL-NOOR OVERSEAS", account_number="1071100048213", bic="DBBLBDDH", country=B,
                 currency="BDT", opened_date="2016-08-11")
    a_agent = A(id="BD-CID-ACC-0003", account_type="ewallet_mobile_money", provider=bkash, holder_person=jahangir,
                holder_name="JAHANGIR TELECOM (AGENT)", account_number="01886205519", country=B, currency="BDT",
                opened_date="2023-02-14")
    a_nagad = A(id="BD-CID-ACC-0004", account_type="ewallet_mobile_money", provider=nagad, holder_person=sabbir,
                holder_name="SABBIR RAHMAN", account_number="01641177502", country=B, currency="BDT",
                opened_date="2024-09-30")
    a_p2p = A(id="BD-CID-ACC-0005", account_type="vasp_account", provider=vasp, holder_person=jahangir,
              account_number="P2P-88310247", crypto_assets=["USDT"], country="SC", opened_date="2023-06-01")
    w_platform = tron_address("bd-platform-deposit")
    a_platform = A(id="BD-CID-ACC-0006", account_type="crypto_wallet", wallet_address=w_platform,
                   crypto_network="tron", crypto_assets=["USDT"])
    w_hub = tron_address("bd-hub")
    a_hub = A(id="BD-CID-ACC-0007", account_type="crypto_wallet", wallet_address=w_hub, crypto_network="tron",
              crypto_assets=["USDT", "TRX"])
    a_farhana = A(id="BD-CID-ACC-0008", account_type="bank_account", provider=brac, holder_person=farhana,
                  account_number="1502203945612001", bic="BRAKBDDH", country=B, currency="BDT")
    a_rokeya = A(id="BD-CID-ACC-0009", account_type="ewallet_mobile_money", provider=bkash, holder_person=rokeya,
                 account_number="01920664187", country=B, currency="BDT")
    a_cashout = A(id="BD-CID-ACC-0010", account_type="ewallet_mobile_money", provider=bkash,
                  holder_name="MST. MOMENA KHATUN", account_number="01307449285", country=B, currency="BDT",
                  opened_date="2025-01-04", notes="Registered with a borrowed national identity card.")
    a_shell = A(id="BD-CID-ACC-0011", account_type="bank_account", provider=city, holder_organisation=shell,
                holder_name="EARNFAST GLOBAL TRADING LTD", account_number="1403218876001", bic="CIBLBDDH",
                country=B, currency="BDT", opened_date="2024-02-19")
    a_farhana_p2p = A(id="BD-CID-ACC-0012", account_type="vasp_account", provider=vasp, holder_person=farhana,
                      account_number="U-55190382", crypto_assets=["USDT"], country="SC", opened_date="2025-02-09")

    i = {k: f"BD-CID-IND-{n:04d}" for n, k in enumerate(
        ["fb_job", "wa_dalal", "tg_task", "caller_otp", "bkash_agent", "platform_domain", "wallet", "wa_lina",
         "ig_sext", "earnfast_app", "earnfast_url", "caller_db", "fb_hacked", "fb_shop", "nagad"], start=1)}
    R = lambda **f: x.add("scam_reports", **f)  # noqa: E731
    c1, c2, c3, c4 = ("BD-CID-CASE-2025-0042", "BD-CID-CASE-2025-0057", "BD-CID-CASE-2025-0013",
                      "BD-CID-CASE-2025-0071")
    r1 = R(id="BD-CID-RPT-2025-001204", received_at=dt("2025-01-16 12:20", B), reporting_channel="police_station",
           reporter_role="next_of_kin", typologies=["deceptive_recruitment"],
           typology_modifiers=["scam_compound_linked", "cross_border"],
           contact_channels=["social_media", "messaging_app", "in_person"], platforms=["facebook", "whatsapp"],
           first_contact_date="2024-08-03", incident_start_date="2024-08-20", incident_end_date="2024-09-28",
           narrative="আমার ছোট ভাই আরিফ ফেসবুকে 'থাইল্যান্ডে ডাটা এন্ট্রির চাকরি, বেতন ১০০০ ডলার' বিজ্ঞাপন দেখে দালাল "
           "নাজমুলের সাথে যোগাযোগ করে। ভিসা ও টিকিটের জন্য আমরা বিকাশে ও ব্যাংকে মোট সাড়ে চার লাখ টাকা দিই। "
           "ব্যাংকক পৌঁছানোর পর তাকে নদী পার করিয়ে মিয়ানমারের একটি ক্যাম্পে নিয়ে যায়, পাসপোর্ট কেড়ে নেয়। সেখানে "
           "তাকে দিয়ে অনলাইনে বিদেশিদের সাথে প্রতারণা করানো হয়, টার্গেট পূরণ না হলে মারধর করে।",
           narrative_language="bn", losses=[money("450000.00", "BDT")],
           payment_methods=["mobile_money_ewallet", "bank_transfer_domestic"],
           indicators=[i["fb_job"], i["wa_dalal"]], financial_accounts=[a_dalal, a_agency],
           location={"country": B, "subdivision": "BD-42", "locality": "Raipura"}, status="referred_to_case",
           case=c1, receiving_organisation=police)
    r2 = R(id="BD-CID-RPT-2025-001377", received_at=dt("2025-02-11 19:05", B), reporting_channel="online_portal",
           reporter_role="defrauded_victim", typologies=["task_job_scam"],
           contact_channels=["messaging_app"], platforms=["telegram", "whatsapp"],
           first_contact_date="2025-02-01", incident_start_date="2025-02-03", incident_end_date="2025-02-08",
           narrative="টেলিগ্রামে 'পার্ট টাইম জব' গ্রুপে হোটেল রিভিউ দিলে প্রতি টাস্কে ১৫০ টাকা দেওয়ার কথা বলে। প্রথমে "
           "কিছু টাকা পেয়েছিলাম, পরে 'ভিআইপি টাস্ক' করতে বিকাশে রিচার্জ করতে বলে। প্রতিবার বলে আর একটা টাস্ক করলে সব "
           "টাকা তোলা যাবে। এভাবে ছয় দিনে ১,৮৬,৫০০ টাকা দিয়েছি।",
           narrative_language="bn", losses=[money("186500.00", "BDT")], payment_methods=["mobile_money_ewallet"],
           indicators=[i["tg_task"], i["bkash_agent"], i["nagad"]], financial_accounts=[a_agent, a_nagad],
           location={"country": B, "subdivision": "BD-54"}, status="referred_to_case", case=c2,
           receiving_organisation=cid)
    r3 = R(id="BD-CID-RPT-2025-000988", received_at=dt("2025-01-06 10:41", B), reporting_channel="hotline",
           reporter_role="defrauded_victim", typologies=["phishing_credential_theft", "bank_or_business_impersonation"],
           contact_channels=["phone_call", "sms"], first_contact_date="2025-01-05",
           incident_start_date="2025-01-05", incident_end_date="2025-01-05",
           narrative="বিকাশ কাস্টমার কেয়ার পরিচয়ে একজন ফোন করে বলে আমার অ্যাকাউন্টে ভুল করে টাকা এসেছে, ফেরত না দিলে "
           "অ্যাকাউন্ট বন্ধ হয়ে যাবে। তারপর এসএমএসে আসা কোডটা বলতে বলে। কোড বলার কিছুক্ষণ পরেই দেখি আমার অ্যাকাউন্ট "
           "থেকে ৪৮,৭০০ টাকা ক্যাশ আউট হয়ে গেছে।",
           narrative_language="bn", losses=[money("48700.00", "BDT")], payment_methods=["mobile_money_ewallet"],
           indicators=[i["caller_otp"]], financial_accounts=[a_rokeya, a_cashout],
           impersonated_brands=["bKash"], impersonated_organisations=[bkash],
           location={"country": B, "subdivision": "BD-18"}, status="referred_to_case", case=c3,
           receiving_organisation=cid)
    r4 = R(id="BD-CID-RPT-2025-001652", received_at=dt("2025-03-19 15:47", B), reporting_channel="online_portal",
           reporter_role="defrauded_victim", typologies=["romance_investment"],
           typology_modifiers=["fake_app_or_website", "cross_border"], contact_channels=["messaging_app"],
           platforms=["whatsapp", "telegram"], first_contact_date="2024-12-28", incident_start_date="2025-02-10",
           incident_end_date="2025-03-14",
           narrative="হোয়াটসঅ্যাপে ভুল নম্বরে মেসেজ দিয়ে 'লিনা' নামে এক নারী পরিচয় করে, বলে সে সিঙ্গাপুরে থাকে। "
           "কয়েক সপ্তাহ কথা বলার পর সে একটি ক্রিপ্টো ট্রেডিং অ্যাপে বিনিয়োগ করতে বলে। পি২পি থেকে ইউএসডিটি কিনে "
           "অ্যাপের ঠিকানায় পাঠাই। লাভ দেখালেও টাকা তুলতে গেলে ২০% 'ট্যাক্স' চায়।",
           narrative_language="bn", losses=[money("310000.00", "BDT"), crypto("8200.00", "USDT", "tron")],
           payment_methods=["p2p_otc_crypto", "cryptocurrency"],
           indicators=[i["platform_domain"], i["wallet"], i["wa_lina"]],
           financial_accounts=[a_farhana, a_farhana_p2p, a_platform],
           location={"country": B, "subdivision": "BD-13", "locality": "Dhanmondi"}, status="referred_to_case",
           case=c2, receiving_organisation=cid)
    r5 = R(id="BD-CID-RPT-2025-002015", received_at=dt("2025-05-04 21:12", B), reporting_channel="online_portal",
           reporter_role="guardian", typologies=["sextortion"], typology_modifiers=["ai_deepfake"],
           contact_channels=["social_media", "messaging_app"], platforms=["facebook", "messenger"],
           first_contact_date="2025-04-28", incident_start_date="2025-05-02", incident_end_date="2025-05-03",
           narrative="আমার ছেলের (১৬) সাথে ফেসবুকে এক মেয়ে বন্ধুত্ব করে, মেসেঞ্জারে ভিডিও কল করে। পরে সেই ভিডিও এডিট "
           "করে খারাপ ছবি বানিয়ে পাঠায় এবং ২৫,০০০ টাকা না দিলে সবাইকে পাঠিয়ে দেবে বলে হুমকি দেয়। ছেলে ভয়ে নগদে "
           "টাকা পাঠিয়েছে।",
           narrative_language="bn", losses=[money("25000.00", "BDT")], payment_methods=["mobile_money_ewallet"],
           indicators=[i["ig_sext"]], location={"country": B, "subdivision": "BD-60"}, status="referred_to_case",
           case=c4, receiving_organisation=cid)
    r6 = R(id="BD-CID-RPT-2025-001540", received_at=dt("2025-03-02 11:30", B), reporting_channel="police_station",
           reporter_role="defrauded_victim", typologies=["ponzi_pyramid_mlm", "investment_fake_platform"],
           typology_modifiers=["fake_app_or_website"], contact_channels=["in_person", "mobile_app_apk"],
           platforms=["facebook", "google_play"], first_contact_date="2024-06-15", incident_start_date="2024-07-01",
           incident_end_date="2025-02-20",
           narrative="'আর্নফাস্ট গ্লোবাল' অ্যাপে ডলার কিনে রাখলে প্রতিদিন ২% লাভ দেবে বলে এলাকার লোকজন বিনিয়োগ করে। "
           "নতুন সদস্য আনলে বোনাস দেয়। আমি পেনশনের টাকা থেকে ৭,২০,০০০ টাকা দিয়েছি। গত মাসে অ্যাপ বন্ধ হয়ে যায়, কেউ "
           "টাকা তুলতে পারছে না।",
           narrative_language="bn", losses=[money("720000.00", "BDT")],
           payment_methods=["bank_transfer_domestic", "mobile_money_ewallet"],
           indicators=[i["earnfast_app"], i["earnfast_url"]], financial_accounts=[a_shell, a_agent],
           location={"country": B, "subdivision": "BD-08"}, status="referred_to_case", case=c2,
           receiving_organisation=police)
    r7 = R(id="BD-CID-RPT-2025-001801", received_at=dt("2025-04-09 17:55", B), reporting_channel="hotline",
           reporter_role="defrauded_victim", typologies=["government_official_impersonation"],
           contact_channels=["phone_call", "messaging_app"], platforms=["imo"], first_contact_date="2025-04-09",
           narrative="একজন নিজেকে ডিবি পুলিশের কর্মকর্তা পরিচয় দিয়ে ফোন করে বলে আমার এনআইডি দিয়ে একটি মাদক মামলায় "
           "সিম কেনা হয়েছে, গ্রেপ্তার এড়াতে ভিডিও কলে থাকতে হবে এবং অ্যাকাউন্টের টাকা 'যাচাইয়ের জন্য' পাঠাতে হবে। "
           "আমি সন্দেহ করে ফোন কেটে ৯৯৯-এ জানাই।",
           narrative_language="bn", attempted_only=True, indicators=[i["caller_db"]],
           location={"country": B, "subdivision": "BD-13", "locality": "Mirpur"}, status="information_only",
           receiving_organisation=police)
    r8 = R(id="BD-CID-RPT-2025-002230", received_at=dt("2025-06-01 09:14", B), reporting_channel="online_portal",
           reporter_role="defrauded_victim", typologies=["family_friend_impersonation"],
           typology_modifiers=["hijacked_or_verified_account"], contact_channels=["social_media"],
           platforms=["messenger"], first_contact_date="2025-05-31", incident_start_date="2025-05-31",
           incident_end_date="2025-05-31",
           narrative="আমার খালাতো ভাইয়ের ফেসবুক আইডি থেকে মেসেজ আসে, হাসপাতালে জরুরি টাকা লাগবে, বিকাশে ১৫,০০০ টাকা "
           "পাঠাতে। পাঠানোর পর ফোন করে জানতে পারি তার আইডি হ্যাক হয়েছে।",
           narrative_language="bn", losses=[money("15000.00", "BDT")], payment_methods=["mobile_money_ewallet"],
           indicators=[i["fb_hacked"]], location={"country": B, "subdivision": "BD-10"}, status="triaged",
           receiving_organisation=cid)
    r9 = R(id="BD-CID-RPT-2025-002311", received_at=dt("2025-06-14 13:02", B), reporting_channel="online_portal",
           reporter_role="defrauded_victim", typologies=["online_shopping_nondelivery"],
           contact_channels=["social_media", "online_marketplace"], platforms=["facebook"],
           first_contact_date="2025-06-10", incident_start_date="2025-06-10", incident_end_date="2025-06-10",
           narrative="ফেসবুক পেজ থেকে একটি স্মার্টফোন অর্ডার করি, অগ্রিম ৬,৫০০ টাকা বিকাশে দিতে বলে। টাকা দেওয়ার পর "
           "পেজ আমাকে ব্লক করে দেয়।",
           narrative_language="bn", losses=[money("6500.00", "BDT")], payment_methods=["mobile_money_ewallet"],
           indicators=[i["fb_shop"], i["bkash_agent"]], financial_accounts=[a_agent],
           location={"country": B, "subdivision": "BD-34"}, status="received", receiving_organisation=cid)

    fi = {k: f"BD-BFIU-FI-2025-{n:04d}" for n, k in enumerate(
        ["funnel", "otc", "rapid", "recruiter_pay", "structuring", "usdt"], start=1)}
    C = lambda **f: x.add("cases", **f)  # noqa: E731
    C(id=c1, title="Operation Golden Route", status="prosecution", opened_date="2025-01-18", lead_agency=cid,
      jurisdictions=[B, "TH", "MM"], reports=[r1], typologies=["deceptive_recruitment", "romance_investment"],
      typology_modifiers=["scam_compound_linked", "cross_border"], financial_accounts=[a_dalal, a_agency],
      financial_indicators=[fi["recruiter_pay"]], indicators=[i["fb_job"], i["wa_dalal"]],
      evidence=[ev["wa_chat"], ev["passport"], ev["subscriber"]], taskforce=tf2,
      outcomes={"arrests": 2, "persons_charged": 2, "victims_rescued": 3, "assets_seized": [money("1250000.00",
                                                                                                  "BDT")]})
    C(id=c2, title="USDT cash-out network (Operation Ledger)", status="under_investigation",
      opened_date="2025-02-13", lead_agency=cid, jurisdictions=[B, "SC", "AE"], reports=[r2, r4, r6],
      typologies=["task_job_scam", "romance_investment", "ponzi_pyramid_mlm"],
      typology_modifiers=["cross_border", "fake_app_or_website"],
      financial_accounts=[a_agent, a_nagad, a_p2p, a_platform, a_hub, a_shell],
      financial_indicators=[fi["funnel"], fi["otc"], fi["rapid"], fi["usdt"]],
      indicators=[i["tg_task"], i["bkash_agent"], i["platform_domain"], i["wallet"], i["wa_lina"],
                  i["earnfast_app"], i["earnfast_url"], i["nagad"]],
      evidence=[ev["chain"], ev["stmt"], ev["app"]], taskforce=tf1,
      outcomes={"arrests": 3, "assets_frozen": [money("3870500.00", "BDT"), crypto("21400.00", "USDT", "tron")]})
    C(id=c3, title="MFS OTP fraud ring, Bhanga", status="adjudicated_convicted", opened_date="2025-01-07",
      lead_agency=cid, jurisdictions=[B], reports=[r3], typologies=["phishing_credential_theft"],
      financial_accounts=[a_cashout], financial_indicators=[fi["structuring"]], indicators=[i["caller_otp"]],
      evidence=[ev["otp_sms"], ev["call"]], taskforce=tf1,
      outcomes={"arrests": 4, "persons_charged": 4, "convictions": 3, "assets_returned": [money("48700.00", "BDT")]})
    C(id=c4, title="Child sextortion report, Sylhet", status="closed", closure_reason="victim_withdrew",
      opened_date="2025-05-05", closed_date="2025-06-18", lead_agency=cid, jurisdictions=[B], reports=[r5],
      typologies=["sextortion"], indicators=[i["ig_sext"]],
      notes="Guardian withdrew the complaint after the account was removed; the child was referred for counselling.")

    new_inv = counter("BD-CID-INV-{:04d}")
    def inv(person: str, role: str, **f: Any) -> str:
        return x.add("person_involvements", id=new_inv(), person=person, role=role, **f)
    inv(shahidul, "reporter", case=c1, report=r1)
    inv(shahidul, "next_of_kin", case=c1)
    inv(arif, "tip_victim_forced_criminality", case=c1, start_date="2024-09-28", end_date="2025-02-19")
    inv(arif, "suspected_perpetrator", case=c1,
        notes="Made to message former classmates with the same job offer; two of them travelled.")
    inv(nazmul, "recruiter_intermediary", case=c1, start_date="2024-08-03")
    inv(kamrul, "beneficial_owner", case=c1)
    inv(sumon, "presumed_tip_victim", case=c1, start_date="2024-11-02")
    inv(tanvir, "defrauded_victim", case=c2, report=r2)
    inv(farhana, "defrauded_victim", case=c2, report=r4, start_date="2024-12-28", end_date="2025-03-14")
    inv(karim, "defrauded_victim", case=c2, report=r6)
    inv(jahangir, "money_launderer_otc_broker", case=c2, start_date="2023-06-01")
    inv(sabbir, "money_mule", case=c2, mule_awareness="unwitting", start_date="2024-09-30", end_date="2025-02-20")
    inv(rokeya, "defrauded_victim", case=c3, report=r3)
    inv(mizanur, "suspected_perpetrator", case=c3, notes="Convicted on 2025-05-27; appeal filed.")
    inv(teen, "defrauded_victim", case=c4, report=r5)
    inv(mother, "guardian", case=c4, report=r5)
    inv(hasan, "defrauded_victim", report=r7)
    inv(nusrat, "defrauded_victim", report=r8)

    s_arif = x.add("trafficking_screenings", id="BD-MOHA-TSC-2025-0019", person=arif, case=c1,
                   screening_date="2025-02-20", screening_organisation=ngo,
                   indicators_observed=["deceptive_online_job_advert", "deception",
                                        "entry_via_third_country_tourist_visa",
                                        "retention_of_identity_documents", "fraud_quotas", "torture_or_punishment",
                                        "forced_participation_in_crime", "withholding_of_wages",
                                        "threat_of_law_enforcement", "withholds_necessities"],
                   outcome="identified", deciding_organisation=moha, decision_date="2025-03-04",
                   country_of_exploitation="MM", exploitation_types=["forced_online_scamming"],
                   recruiter_relationships=["other"], abducted=False)
    x.add("trafficking_screenings", id="BD-MOHA-TSC-2025-0020", person=sumon, case=c1,
          screening_date="2025-03-10", screening_organisation=cid, outcome="undetermined",
          country_of_exploitation="MM", exploitation_types=["forced_criminality"],
          notes="Still held in the compound; family contact only by voice notes.")
    x.add("non_punishment_assessments", id="BD-PP-NPA-2025-0003", person=arif, case=c1, screening=s_arif,
          assessment_date="2025-03-12", assessing_organisation=pp, decision="pending",
          legal_basis="Prevention and Suppression of Human Trafficking Act, 2012")
    new_pm = counter("BD-SHB-PM-2025-{:04d}")
    x.add("protection_measures", id=new_pm(), person=arif, measure_type="psychosocial", provider=ngo,
          status="in_progress", start_date="2025-02-20")
    x.add("protection_measures", id=new_pm(), person=arif, measure_type="reintegration", provider=iom,
          status="planned")
    x.add("protection_measures", id=new_pm(), person=arif, measure_type="consular_assistance", provider=emb,
          status="completed", start_date="2025-02-12", end_date="2025-02-19")
    x.add("protection_measures", id=new_pm(), person=teen, measure_type="psychosocial", provider=ngo,
          status="completed", start_date="2025-05-08", end_date="2025-06-12")
    x.add("protection_measures", id=new_pm(), person=karim, measure_type="legal_aid", provider=ngo,
          status="declined")
    x.add("repatriations", id="BD-MOEWOE-REP-2025-0007", person=arif, origin_country="MM", transit_countries=["TH"],
          destination_country=B, status="reintegration_follow_up", organisations=[emb, iom, moewoe],
          departure_date="2025-02-11", arrival_date="2025-02-19")
    x.add("repatriations", id="BD-MOEWOE-REP-2025-0011", person=sumon, origin_country="MM",
          destination_country=B, status="requested", organisations=[moewoe])

    x.add("beneficial_ownerships", id="BD-BFIU-BO-2025-0001", subject=agency, interested_person=kamrul,
          interest_types=["shareholding", "senior_managing_official"], share_exact=60.0, beneficial=True,
          start_date="2016-05-30", source_types=["official_register"])
    x.add("beneficial_ownerships", id="BD-BFIU-BO-2025-0002", subject=shell, interested_person=jahangir,
          interest_types=["other_influence_or_control"], beneficial=True, start_date="2024-02-01",
          end_date="2025-02-28", source_types=["primary_research"],
          notes="Controlled the company's bank token and mobile app back-end, per seized phone.")
    x.add("beneficial_ownerships", id="BD-BFIU-BO-2025-0003", subject=compound, interested_organisation=shell,
          interest_types=["rights_granted_by_contract"], source_types=["third_party"],
          notes="Service contract for 'IT support' found on a returnee's phone.")

    focal_points(x, B, [
        ("prevention", cid, "Cyber Police Centre, Awareness Wing", ("email_address", "cpc.awareness@cid.gov.bd",
                                                                    None), ["bn", "en"], False),
        ("prosecution", pp, "International Cooperation Desk", ("email_address", "mla.desk@pp-dhaka.gov.bd", None),
         ["bn", "en"], False),
        ("protection_defrauded_victims", cid, "Cyber Support Centre",
         ("phone_number", phone(B, "01320010148"), None), ["bn"], True),
        ("protection_trafficking_victims", moha, "Counter Trafficking Monitoring Cell",
         ("email_address", "ctm.cell@mhapsd.gov.bd", None), ["bn", "en"], False),
        ("policy_partnership", moha, "Public Security Division, Police-2 Branch",
         ("messaging_account", "@bd_gpos_policy", "signal"), ["bn", "en"], False),
        ("financial_intelligence", bfiu, "Intelligence Analysis Department",
         ("email_address", "egmont.desk@bfiu.org.bd", None), ["bn", "en"], False),
    ], "2025-02-01", "2025-06-25")

    new_tx = counter("BD-CID-TXN-2025-{:04d}")
    tx = lambda **f: x.add("transactions", id=new_tx(), **f)  # noqa: E731
    tx(to_account=a_dalal, amount=money("150000.00", "BDT"), executed_at=dt("2024-08-20 14:06", B),
       payment_method="mobile_money_ewallet", reference="BK8K2A7QZ1", report=r1)
    tx(to_account=a_agency, amount=money("300000.00", "BDT"), executed_at=dt("2024-08-27 11:30", B),
       payment_method="bank_transfer_domestic", reference="VISA PROCESSING ARIF", report=r1)
    for n, (amt, when) in enumerate([("2500.00", "2025-02-03 20:10"), ("9000.00", "2025-02-04 21:33"),
                                     ("25000.00", "2025-02-06 19:02"), ("150000.00", "2025-02-08 12:45")]):
        tx(to_account=a_agent if n % 2 == 0 else a_nagad, amount=money(amt, "BDT"), executed_at=dt(when, B),
           payment_method="mobile_money_ewallet", reference=f"BK8L{n}X94R{n + 2}", report=r2)
    t_p2p = tx(from_account=a_farhana, to_account=a_agent, amount=money("310000.00", "BDT"),
               executed_at=dt("2025-02-10 16:20", B), payment_method="p2p_otc_crypto", report=r4,
               notes="Paid to the P2P seller's agent wallet via the bank's MFS transfer.")
    t_usdt = tx(from_account=a_farhana_p2p, to_account=a_platform, amount=crypto("8200.00", "USDT", "tron"),
                executed_at=dt("2025-02-12 22:08", B), payment_method="cryptocurrency",
                blockchain_tx_hash=tx_hash("bd-usdt-1"), report=r4)
    tx(from_account=a_platform, to_account=a_hub, amount=crypto("31850.00", "USDT", "tron"),
       executed_at=dt("2025-02-13 03:15", B), payment_method="cryptocurrency", blockchain_tx_hash=tx_hash("bd-usdt-2"))
    tx(from_account=a_p2p, to_account=a_hub, amount=crypto("21400.00", "USDT", "tron"),
       executed_at=dt("2025-02-13 09:40", B), payment_method="cryptocurrency", blockchain_tx_hash=tx_hash("bd-usdt-3"))
    t_otp = tx(from_account=a_rokeya, to_account=a_cashout, amount=money("48700.00", "BDT"),
               executed_at=dt("2025-01-05 18:52", B), payment_method="mobile_money_ewallet", report=r3)
    tx(from_account=a_shell, to_account=a_agent, amount=money("980000.00", "BDT"),
       executed_at=dt("2025-02-20 10:05", B), payment_method="bank_transfer_domestic")
    tx(to_account=a_shell, amount=money("720000.00", "BDT"), executed_at=dt("2024-07-01 12:00", B),
       payment_method="bank_transfer_domestic", report=r6,
       notes="Sum of eleven deposits by the victim between July 2024 and February 2025.")
    tx(to_account=a_agent, amount=money("6500.00", "BDT"), executed_at=dt("2025-06-10 18:31", B),
       payment_method="mobile_money_ewallet", report=r9)

    F = lambda **f: x.add("financial_indicators", **f)  # noqa: E731
    F(id=fi["funnel"], red_flag="many_unrelated_senders_one_beneficiary", subject_account=a_agent,
      subject_person=jahangir, source="mobile_money_operator", source_organisation=bkash,
      observed_at=dt("2025-02-14 10:00", B), confidence=90)
    F(id=fi["otc"], red_flag="cash_for_crypto_otc_trader", subject_account=a_p2p, subject_transaction=t_p2p,
      source="fiu", source_organisation=bfiu, observed_at=dt("2025-03-20 11:45", B), confidence=85)
    F(id=fi["rapid"], red_flag="rapid_in_out_pass_through", subject_account=a_nagad, source="mobile_money_operator",
      source_organisation=nagad, observed_at=dt("2025-02-15 09:20", B), confidence=80)
    F(id=fi["recruiter_pay"], red_flag="payments_to_unlicensed_recruiters", subject_account=a_dalal,
      subject_person=nazmul, source="law_enforcement", source_organisation=cid,
      observed_at=dt("2025-01-20 15:00", B), confidence=95)
    F(id=fi["structuring"], red_flag="structuring_below_thresholds", subject_account=a_cashout,
      subject_transaction=t_otp, source="mobile_money_operator", source_organisation=bkash,
      observed_at=dt("2025-01-06 08:00", B), confidence=70)
    F(id=fi["usdt"], red_flag="multiple_accounts_funnelling_to_crypto", subject_account=a_hub,
      subject_transaction=t_usdt, source="blockchain_analytics", source_organisation=bfiu,
      observed_at=dt("2025-03-25 14:30", B), confidence=88)

    new_aa = counter("BD-BFIU-AA-2025-{:04d}")
    aa = lambda **f: x.add("asset_actions", id=new_aa(), **f)  # noqa: E731
    aa(action_type="freeze", amount=money("3870500.00", "BDT"), action_date="2025-02-16", authority=bfiu,
       legal_basis="Money Laundering Prevention Act, 2012, section 23(1)(c)", accounts=[a_agent, a_nagad, a_shell],
       case=c2)
    aa(action_type="freeze", amount=crypto("21400.00", "USDT", "tron"), action_date="2025-04-02", authority=vasp,
       legal_basis="Exchange compliance hold on BFIU request", accounts=[a_p2p], case=c2)
    aa(action_type="seizure", amount=money("1250000.00", "BDT"), action_date="2025-01-24", authority=cid,
       legal_basis="Code of Criminal Procedure, 1898, section 103", case=c1,
       notes="Cash found at the recruiter's office in Paltan.")
    aa(action_type="restitution_to_victims", amount=money("48700.00", "BDT"), action_date="2025-06-03",
       authority=court, accounts=[a_cashout], case=c3, beneficiaries=[rokeya])
    aa(action_type="account_closure", amount=money("2140.00", "BDT"), action_date="2025-01-08", authority=bkash,
       accounts=[a_cashout], case=c3, notes="Balance left in the wallet when it was closed.")

    I = lambda key, **f: x.add("indicators", id=i[key], **f)  # noqa: E731,E741
    I("fb_job", indicator_type="social_media_account", value="Thailand Job Visa BD 2024",
      normalised_value="facebook.com/100089231774520", platform="facebook", confidence=90, status="taken_down",
      reports=[r1], cases=[c1])
    I("wa_dalal", indicator_type="messaging_account", value="+66 61 991 4582", normalised_value=phone("TH",
                                                                                                      "0619914582"),
      platform="whatsapp", confidence=95, status="blocked", reports=[r1], cases=[c1])
    I("tg_task", indicator_type="messaging_account", value="@parttime_bd_hotel_review", platform="telegram",
      confidence=85, status="active", reports=[r2], cases=[c2])
    I("caller_otp", indicator_type="phone_number", value="01788-240913", normalised_value=phone(B, "01788240913"),
      first_seen=dt("2024-12-20 09:00", B), last_seen=dt("2025-01-06 23:00", B), confidence=95, status="blocked",
      impersonated_organisations=[bkash], reports=[r3], cases=[c3])
    I("bkash_agent", indicator_type="ewallet_account", value="bKash 01886-205519",
      normalised_value=phone(B, "01886205519"), confidence=90, status="blocked", reports=[r2, r9], cases=[c2])
    I("platform_domain", indicator_type="domain", value="zentrix-fx.com", normalised_value="zentrix-fx.com",
      confidence=95, status="active", reports=[r4], cases=[c2])
    I("wallet", indicator_type="crypto_wallet_address", value=w_platform, normalised_value=w_platform,
      crypto_network="tron", confidence=100, status="active", reports=[r4], cases=[c2])
    I("wa_lina", indicator_type="messaging_account", value="Lina Tan", normalised_value=phone("SG", "81246650"),
      platform="whatsapp", confidence=80, status="under_review", reports=[r4], cases=[c2])
    I("ig_sext", indicator_type="social_media_account", value="Riya Sen (fb.com/riya.sen.52371)",
      normalised_value="facebook.com/riya.sen.52371", platform="facebook", confidence=85, status="taken_down",
      reports=[r5], cases=[c4])
    I("earnfast_app", indicator_type="mobile_app", value="com.earnfast.global", platform="google_play",
      confidence=95, status="taken_down", reports=[r6], cases=[c2])
    I("earnfast_url", indicator_type="url", value="http://earnfastglobal.net/register?ref=CML0921",
      normalised_value="http://earnfastglobal.net/register?ref=CML0921", confidence=95, status="inactive",
      reports=[r6], cases=[c2])
    I("caller_db", indicator_type="phone_number", value="+880 1933-508271", normalised_value=phone(B, "01933508271"),
      platform="imo", confidence=70, status="under_review", reports=[r7])
    I("fb_hacked", indicator_type="social_media_account", value="facebook.com/rashed.khan.ctg",
      platform="facebook", confidence=40, status="false_positive", reports=[r8],
      notes="Genuine account of the victim's cousin, hijacked; recovered by its owner on 2025-06-02.")
    I("fb_shop", indicator_type="social_media_account", value="Gadget Bazar BD", platform="facebook",
      confidence=75, status="active", reports=[r9])
    I("nagad", indicator_type="ewallet_account", value="Nagad 01641-177502", normalised_value=phone(B, "01641177502"),
      confidence=80, status="blocked", reports=[r2], cases=[c2])

    E = lambda key, **f: x.add("evidence", id=ev[key], **f)  # noqa: E731
    E("wa_chat", evidence_type="chat_export", description="WhatsApp chat between the victim's brother and the "
      "recruiter, with the job offer and payment instructions.", sha256=sha256_hex("bd-wa"),
      exhibit_number="CID-CPC-42/25-01", acquired_at=dt("2025-01-16 13:00", B), acquired_by=cid,
      acquisition_method="voluntary_submission", case=c1,
      custody_events=custody(("collected", dt("2025-01-16 13:00", B), None, cid, "Complaint"),
                             ("stored", dt("2025-01-16 17:30", B), None, cid, None)))
    E("passport", evidence_type="identity_document", description="Photo page of the victim's passport recovered "
      "from the recruiter's phone.", sha256=sha256_hex("bd-passport"), acquired_at=dt("2025-01-24 15:00", B),
      acquired_by=cid, acquisition_method="logical", case=c1)
    E("subscriber", evidence_type="platform_subscriber_records", description="Subscriber and login data of the "
      "job-advert page.", sha256=sha256_hex("bd-subscriber"), acquired_at=dt("2025-03-02 10:00", B),
      acquired_by=cid, acquisition_method="cloud_provider_disclosure",
      legal_authorisation="Emergency disclosure request under the platform's law-enforcement guidelines", case=c1)
    E("otp_sms", evidence_type="sms", description="SMS with the one-time code and the cash-out notifications.",
      sha256=sha256_hex("bd-otp"), acquired_at=dt("2025-01-06 11:10", B), acquired_by=cid,
      acquisition_method="voluntary_submission", case=c3)
    E("chain", evidence_type="blockchain_tx", description="USDT flows from the fake platform's deposit address "
      "to the hub address.", sha256=sha256_hex("bd-chain"), acquired_at=dt("2025-03-24 12:00", B),
      acquired_by=bfiu, acquisition_method="open_source_collection", case=c2,
      custody_events=custody(("collected", dt("2025-03-24 12:00", B), None, bfiu, None),
                             ("analysed", dt("2025-03-25 14:00", B), None, bfiu, "Exposure analysis"),
                             ("transferred", dt("2025-03-27 10:00", B), bfiu, cid, "Investigation")))
    E("stmt", evidence_type="bank_statement", description="Statements of the agent wallet and the company account.",
      sha256=sha256_hex("bd-stmt"), exhibit_number="CID-CPC-57/25-04", acquired_at=dt("2025-02-18 16:00", B),
      acquired_by=bfiu, legal_authorisation="Money Laundering Prevention Act, 2012, section 23", case=c2)
    E("call", evidence_type="call_recording", description="Recording of a later call from the same number, made "
      "by the victim's son.", sha256=sha256_hex("bd-call"), acquired_at=dt("2025-01-06 11:15", B),
      acquired_by=cid, acquisition_method="voluntary_submission", case=c3)
    E("app", evidence_type="app_apk", description="APK of the EarnFast Global app.", sha256=sha256_hex("bd-apk"),
      acquired_at=dt("2025-03-03 12:00", B), acquired_by=cid, acquisition_method="open_source_collection", case=c2)

    x.add("cooperation_requests", id="BD-CID-P2P-2025-0004", case=c1, request_type="police_to_police",
          requesting_organisation=cid, requested_organisation=ccib, requested_country="TH", sent_date="2025-01-21",
          response_date="2025-02-12", status="executed")
    x.add("cooperation_requests", id="BD-MOEWOE-VRR-2025-0002", case=c1, request_type="victim_repatriation_request",
          requesting_organisation=moewoe, requested_country="MM", sent_date="2025-03-12", status="in_progress")
    x.add("cooperation_requests", id="BD-CID-INT-2025-0001", case=c1, request_type="interpol_other_notice",
          requesting_organisation=police, requested_organisation=interpol, requested_country="FR",
          sent_date="2025-03-15", status="acknowledged", notes="Yellow notice for the missing second worker.")
    x.add("cooperation_requests", id="BD-BFIU-FIU-2025-0009", case=c2, request_type="fiu_to_fiu",
          requesting_organisation=bfiu, requested_organisation=uaefiu, requested_country="AE",
          sent_date="2025-04-06", status="in_progress")
    x.add("cooperation_requests", id="BD-CID-PDR-2025-0017", case=c2, request_type="platform_data_request",
          requesting_organisation=cid, requested_organisation=telegram, requested_country="AE",
          sent_date="2025-02-20", response_date="2025-05-08", status="refused")

    # Moderation actions and entity risk assessments (0.2.0)
    x.add("moderation_actions", id="BD-CID-MOD-2025-0001", action_type="account_banned",
          acted_at=dt("2025-04-03 17:20", B), actor=telegram, platform="telegram", trigger="shared_indicator",
          indicators=[i["tg_task"]], case=c2)
    x.add("entity_risk_assessments", id="BD-BFIU-ERA-2025-0001", subject=agency, assessing_organisation=bfiu,
          assessment_date="2025-03-11", risk_level="high", risk_factors=["recruitment_for_compounds"],
          beneficial_ownerships=["BD-BFIU-BO-2025-0001"], cases=[c1])
    x.add("entity_risk_assessments", id="BD-BFIU-ERA-2025-0002", subject=vasp, assessing_organisation=bfiu,
          assessment_date="2025-05-06", risk_level="high",
          risk_factors=["unlicensed_vasp", "weak_customer_due_diligence"], cases=[c2])

    # Sanctions designations (0.2.0)
    x.add("sanctions_designations", id="BD-BFIU-SAN-2025-0001", authority="uk", list_name="UK Sanctions List",
          programmes=["Global Human Rights"], list_reference="EX-GHR-0131", status="active",
          listing_date="2025-04-10", designated_organisation=agency, designated_accounts=[a_agency],
          legal_basis="Global Human Rights Sanctions Regulations 2020",
          source_url="https://www.gov.uk/government/publications/the-uk-sanctions-list", cases=[c1],
          notes="Synthetic example: recruiting Bangladeshi workers into scam compounds.")
    return x.build()
