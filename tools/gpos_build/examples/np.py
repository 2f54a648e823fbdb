"""The synthetic reference export of Nepal (Nepal Police Cyber Bureau, Anti-Human Trafficking Bureau, FIU-Nepal)."""

from __future__ import annotations

from typing import Any

from .common import (
    ExportBuilder,
    btc_address,
    counter,
    crypto,
    custody,
    dt,
    focal_points,
    lei,
    money,
    phone,
    sha256_hex,
    tron_address,
    tx_hash,
)


def build_np() -> dict[str, Any]:
    N = "NP"
    x = ExportBuilder(N, "NP-NPCB-EXP-2025-H1", "NP-ORG-NPCB", dt("2025-07-06 11:00", N), "AMBER")
    org = lambda **f: x.add("organisations", **f)  # noqa: E731
    police = org(id="NP-ORG-NP", name="Nepal Police", organisation_type="law_enforcement", country=N,
                 website="https://www.nepalpolice.gov.np")
    npcb = org(id="NP-ORG-NPCB", name="Nepal Police Cyber Bureau", organisation_type="law_enforcement", country=N,
               parent_organisation=police, website="https://cyberbureau.nepalpolice.gov.np")
    ahtb = org(id="NP-ORG-AHTB", name="Anti-Human Trafficking Bureau", organisation_type="law_enforcement",
               country=N, parent_organisation=police)
    nrb = org(id="NP-ORG-NRB", name="Nepal Rastra Bank", organisation_type="central_bank", country=N,
              bic="NRBLNPKA", website="https://www.nrb.org.np")
    fiu = org(id="NP-ORG-FIU", name="Financial Information Unit of Nepal", organisation_type="fiu", country=N,
              parent_organisation=nrb, website="https://www.nrb.org.np/fiu")
    oag = org(id="NP-ORG-OAG", name="Office of the Attorney General", organisation_type="prosecutor", country=N,
              website="https://ag.gov.np")
    dofe = org(id="NP-ORG-DOFE", name="Department of Foreign Employment", organisation_type="ministry", country=N,
               website="https://dofe.gov.np")
    mowcsc = org(id="NP-ORG-MOWCSC", name="Ministry of Women, Children and Senior Citizens",
                 organisation_type="ministry", country=N)
    court = org(id="NP-ORG-KTMDC", name="Kathmandu District Court", organisation_type="court", country=N)
    esewa = org(id="NP-ORG-ESEWA", name="eSewa Limited", organisation_type="payment_service_provider", country=N)
    khalti = org(id="NP-ORG-KHALTI", name="Khalti Digital Wallet Pvt. Ltd.",
                 organisation_type="payment_service_provider", country=N)
    imepay = org(id="NP-ORG-IMEPAY", name="IME Digital Solution Ltd. (IME Pay)",
                 organisation_type="payment_service_provider", country=N)
    nabil = org(id="NP-ORG-NABIL", name="Nabil Bank Limited", organisation_type="bank", country=N, bic="NARBNPKA")
    gibl = org(id="NP-ORG-GIBL", name="Global IME Bank Limited", organisation_type="bank", country=N, bic="GLBBNPKA")
    nica = org(id="NP-ORG-NICA", name="NIC Asia Bank Limited", organisation_type="bank", country=N, bic="NICENPKA")
    ntc = org(id="NP-ORG-NTC", name="Nepal Doorsanchar Company Limited (Nepal Telecom)",
              organisation_type="telecom", country=N,
              notes="Impersonated by the callers; blocked their numbers on request.")
    manpower = org(id="NP-ORG-HIMALSTAR", name="Himal Star Overseas Pvt. Ltd.",
                   organisation_type="labour_recruitment_agency", country=N, registration_number="OCR-2079/80-41127",
                   notes="Holds no foreign-employment licence for Thailand; advertised 'IT jobs in Bangkok'.")
    loanco = org(id="NP-ORG-QUICKCASH", name="QuickCash Fintech Pvt. Ltd.", organisation_type="private_company",
                 country=N, registration_number="OCR-2080/81-30219")
    holding = org(id="NP-ORG-EVERMORE", name="Evermore Digital Holdings Limited", organisation_type="private_company",
                  country="HK", registration_number="3198820", lei=lei("984500EVMR2D7HK0QC"))
    ngo = org(id="NP-ORG-SRN", name="Safe Return Nepal", organisation_type="ngo", country=N,
              registration_number="SWC-48211")
    emb = org(id="NP-ORG-NPEMBBKK", name="Royal Nepalese Embassy, Bangkok", organisation_type="embassy_consulate",
              country="TH")
    ccib = org(id="NP-ORG-THCCIB", name="Cyber Crime Investigation Bureau, Royal Thai Police",
               organisation_type="law_enforcement", country="TH")
    khpol = org(id="NP-ORG-KHGDNP", name="General Commissariat of National Police, Cambodia",
                organisation_type="law_enforcement", country="KH")
    iom = org(id="NP-ORG-IOM", name="International Organization for Migration, Nepal",
              organisation_type="international_organisation", country=N)

    tf = x.add("taskforces", id="NP-TF-SCAMCOMP", name="Joint Taskforce on Nepali Nationals in Scam Centres",
               member_organisations=[ahtb, npcb, dofe, mowcsc, ngo, iom], lead_organisation=ahtb,
               countries=[N, "TH", "MM", "KH", "LA"],
               mandate="Locate, repatriate and screen Nepali nationals held in scam centres in the Mekong region and "
               "prosecute the agents who sent them.", established_date="2024-07-22")
    tf2 = x.add("taskforces", id="NP-TF-DFS", name="Digital Financial Fraud Working Group",
                member_organisations=[npcb, fiu, nrb, esewa, khalti, imepay, nabil, gibl, nica],
                lead_organisation=npcb, countries=[N], established_date="2024-01-15")

    ev = {k: f"NP-NPCB-EVD-2025-{n:04d}" for n, k in enumerate(
        ["voice_msg", "statement", "stmt", "chain", "apk", "call", "receipt", "photo", "whois"], start=1)}
    P = lambda **f: x.add("persons", **f)  # noqa: E731
    hari = P(id="NP-NPCB-PER-0001", gender="male", age_band="age_55_64", nationalities=[N], country_of_residence=N,
             languages=["ne"], names=["Hari Bahadur Thapa Magar", "हरि बहादुर थापा मगर"],
             contact_details=[{"kind": "phone_number", "value": phone(N, "9846071125")}],
             residence={"country": N, "subdivision": "NP-P4", "locality": "Pokhara"})
    bikash = P(id="NP-NPCB-PER-0002", gender="male", age_band="age_25_34",
               minor_at_exploitation=False, nationalities=[N],
               country_of_residence=N, languages=["ne", "en", "hi"], names=["Bikash Thapa Magar", "बिकाश थापा मगर"],
               date_of_birth="1998-11-03",
               identity_documents=[{"document_type": "passport", "number": "PA0918273", "issuing_country": N,
                                    "retained_by_third_party": True},
                                   {"document_type": "citizenship certificate", "number": "41-01-74-05512",
                                    "issuing_country": N}],
               contact_details=[{"kind": "phone_number", "value": phone(N, "9841572290")}],
               residence={"country": N, "subdivision": "NP-P4", "locality": "Pokhara"},
               notes="Also recorded by Thailand (TH-CCIB-PER-0008) in the Moei River Rescue case.")
    ramesh = P(id="NP-NPCB-PER-0003", gender="male", age_band="age_25_34",
               minor_at_exploitation=False, nationalities=[N],
               country_of_residence=N, languages=["ne", "en"], names=["Ramesh Shrestha"],
               identity_documents=[{"document_type": "passport", "number": "PA1130468", "issuing_country": N,
                                    "retained_by_third_party": True}],
               photographs=[ev["photo"]], residence={"country": N, "subdivision": "NP-P3", "locality": "Bhaktapur"})
    dipendra = P(id="NP-NPCB-PER-0004", gender="male", age_band="age_35_44", nationalities=[N],
                 country_of_residence=N, languages=["ne", "en"], names=["Dipendra Karki"],
                 contact_details=[{"kind": "phone_number", "value": phone(N, "9851023344")},
                                  {"kind": "social_media_account", "value": "facebook.com/himalstar.jobs",
                                   "platform": "facebook"}])
    surya = P(id="NP-NPCB-PER-0005", gender="male", age_band="age_25_34", nationalities=[N], country_of_residence="TH",
              languages=["ne", "th"], names=["Surya Gurung"],
              contact_details=[{"kind": "phone_number", "value": phone("TH", "0952271408")}])
    sabina = P(id="NP-NPCB-PER-0006", gender="female", age_band="age_25_34", nationalities=[N],
               country_of_residence=N, languages=["ne", "en"], names=["Sabina Maharjan"],
               residence={"country": N, "subdivision": "NP-P3", "locality": "Lalitpur"})
    prakash = P(id="NP-NPCB-PER-0007", gender="male", age_band="age_35_44", nationalities=[N],
                country_of_residence=N, languages=["ne", "en"], names=["Prakash Adhikari"],
                residence={"country": N, "subdivision": "NP-P3", "locality": "Baneshwor, Kathmandu"})
    raju = P(id="NP-NPCB-PER-0008", gender="male", age_band="age_45_54", nationalities=[N], country_of_residence=N,
             languages=["ne", "hi"], names=["Raju Shah"],
             residence={"country": N, "subdivision": "NP-P2", "locality": "Birgunj"})
    anish = P(id="NP-NPCB-PER-0009", gender="male", age_band="age_18_24",
              minor_at_exploitation=False, nationalities=[N],
              country_of_residence=N, languages=["ne"], names=["Anish Tamang"])
    kabita = P(id="NP-NPCB-PER-0010", gender="female", age_band="age_25_34", nationalities=[N],
               country_of_residence=N, languages=["ne"], names=["Kabita Rai"],
               residence={"country": N, "subdivision": "NP-P1", "locality": "Dharan"})
    gopal = P(id="NP-NPCB-PER-0011", gender="male", age_band="age_65_plus", nationalities=[N],
              country_of_residence=N, languages=["ne"], names=["Gopal Prasad Sharma"],
              residence={"country": N, "subdivision": "NP-P3", "locality": "Bhaktapur"})
    mina = P(id="NP-NPCB-PER-0012", gender="female", age_band="age_35_44", nationalities=[N],
             country_of_residence=N, languages=["ne"], names=["Mina Kumari Chaudhary"],
             residence={"country": N, "subdivision": "NP-P5", "locality": "Nepalgunj"})
    bikram = P(id="NP-NPCB-PER-0013", gender="male", age_band="age_25_34", nationalities=[N],
               country_of_residence=N, languages=["ne", "mai"], names=["Bikram Yadav"],
               residence={"country": N, "subdivision": "NP-P2", "locality": "Janakpur"})
    laxmi = P(id="NP-NPCB-PER-0014", gender="female", age_band="age_45_54", nationalities=[N],
              country_of_residence=N, languages=["ne"], names=["Laxmi Devi Bhatta"],
              residence={"country": N, "subdivision": "NP-P7", "locality": "Dhangadhi"})
    kamal = P(id="NP-NPCB-PER-0015", gender="male", age_band="age_25_34", nationalities=[N],
              country_of_residence="QA", languages=["ne", "ar"], names=["Kamal Bhatta"],
              contact_details=[{"kind": "phone_number", "value": phone("QA", "33128874")}])
    wang = P(id="NP-NPCB-PER-0016", gender="male", age_band="age_35_44", nationalities=["CN"],
             country_of_residence="HK", languages=["zh", "en"], names=["Wang Lei"])
    student = P(id="NP-NPCB-PER-0017", gender="male", age_band="age_18_24",
                minor_at_exploitation=False, nationalities=[N],
                country_of_residence=N, languages=["ne", "en"])
    # From Safe Return Nepal's case-management register: age as its range (18 to 20), year of registration only
    returnee = P(id="NP-NPCB-PER-0018", gender="female", age_band="age_18_24", age_min=18, age_max=20,
                 minor_at_entry=True, minor_at_exploitation=True, minor_at_registration=False,
                 nationalities=[N], languages=["ne"])

    A = lambda **f: x.add("financial_accounts", **f)  # noqa: E731
    a_esewa = A(id="NP-NPCB-ACC-0001", account_type="ewallet_mobile_money", provider=esewa, holder_person=anish,
                holder_name="Anish Tamang", account_number="9808126654", country=N, currency="NPR",
                opened_date="2024-10-11")
    a_hundi = A(id="NP-NPCB-ACC-0002", account_type="bank_account", provider=nabil, holder_person=raju,
                holder_name="SHAH TRADERS", account_number="06501017503321", bic="NARBNPKA", country=N,
                currency="NPR", opened_date="2019-03-04")
    a_gibl = A(id="NP-NPCB-ACC-0003", account_type="bank_account", provider=gibl, holder_person=anish,
               account_number="2801010009917", bic="GLBBNPKA", country=N, currency="NPR", opened_date="2024-10-09")
    w_platform = tron_address("np-platform")
    a_platform = A(id="NP-NPCB-ACC-0004", account_type="crypto_wallet", wallet_address=w_platform,
                   crypto_network="tron", crypto_assets=["USDT"])
    w_hundi = tron_address("np-hundi-usdt")
    a_hundi_usdt = A(id="NP-NPCB-ACC-0005", account_type="crypto_wallet", wallet_address=w_hundi,
                     crypto_network="tron", crypto_assets=["USDT"], notes="Controlled by the hundi operator.")
    a_prakash = A(id="NP-NPCB-ACC-0006", account_type="bank_account", provider=nica, holder_person=prakash,
                  account_number="3210154003870011", bic="NICENPKA", country=N, currency="NPR")
    a_khalti = A(id="NP-NPCB-ACC-0007", account_type="ewallet_mobile_money", provider=khalti,
                 holder_name="Sanjay Lama", account_number="9763318802", country=N, currency="NPR",
                 opened_date="2025-01-11")
    a_imepay = A(id="NP-NPCB-ACC-0008", account_type="ewallet_mobile_money", provider=imepay, holder_person=bikram,
                 account_number="9816652041", country=N, currency="NPR", opened_date="2024-05-18")
    a_manpower = A(id="NP-NPCB-ACC-0009", account_type="bank_account", provider=gibl, holder_organisation=manpower,
                   holder_name="HIMAL STAR OVERSEAS PVT LTD", account_number="0101010058810", bic="GLBBNPKA",
                   country=N, currency="NPR", opened_date="2023-11-02")
    a_gopal_mule = A(id="NP-NPCB-ACC-0010", account_type="bank_account", provider=nabil,
                     holder_name="Suman Bista", account_number="11901017500482", bic="NARBNPKA", country=N,
                     currency="NPR", opened_date="2025-02-26")
    a_imepay2 = A(id="NP-NPCB-ACC-0011", account_type="ewallet_mobile_money", provider=imepay,
                  holder_name="Rabin K.C.", account_number="9826540017", country=N, currency="NPR")
    w_btc = btc_address("np-sextortion")

    i = {k: f"NP-NPCB-IND-{n:04d}" for n, k in enumerate(
        ["fb_agent", "tg_task", "esewa", "ig_emily", "domain", "wallet", "loan_app", "caller", "skype_police",
         "lottery_caller", "imepay", "voice_caller", "btc", "ig_sext"], start=1)}
    R = lambda **f: x.add("scam_reports", **f)  # noqa: E731
    c1, c2, c3, c4, c5 = ("NP-AHTB-CASE-2025-0006", "NP-NPCB-CASE-2025-0021", "NP-NPCB-CASE-2025-0008",
                          "NP-NPCB-CASE-2025-0034", "NP-NPCB-CASE-2025-0015")
    r1 = R(id="NP-NPCB-RPT-2025-000214", received_at=dt("2025-01-10 13:15", N), reporting_channel="police_station",
           reporter_role="next_of_kin", typologies=["deceptive_recruitment"],
           typology_modifiers=["scam_compound_linked", "cross_border"],
           contact_channels=["social_media", "in_person"], platforms=["facebook", "viber"],
           first_contact_date="2024-08-12", incident_start_date="2024-09-10", incident_end_date="2025-01-08",
           narrative="मेरो छोरा बिकाश थाइल्याण्डमा कम्प्युटर अपरेटरको जागिर भनेर असोज महिनामा गएको थियो। एजेन्टलाई ४ "
           "लाख ५० हजार रुपैयाँ तिरेका थियौं। बैंकक पुगेपछि उसलाई म्यानमार लगेर अनलाइन ठगी गर्न लगाइएको रहेछ। पासपोर्ट "
           "खोसिएको छ, लक्ष्य पूरा नगरे कुटपिट गर्छन् भनेर उसले लुकेर भ्वाइस मेसेज पठायो। छोरालाई फर्काइदिनुहोस्।",
           narrative_language="ne", losses=[money("450000.00", "NPR")], payment_methods=["bank_transfer_domestic"],
           indicators=[i["fb_agent"]], financial_accounts=[a_manpower],
           location={"country": N, "subdivision": "NP-P4", "locality": "Pokhara"}, status="referred_to_case",
           case=c1, receiving_organisation=police)
    r2 = R(id="NP-NPCB-RPT-2025-000388", received_at=dt("2025-02-03 10:20", N), reporting_channel="online_portal",
           reporter_role="defrauded_victim", typologies=["task_job_scam"], contact_channels=["messaging_app"],
           platforms=["whatsapp", "telegram"], first_contact_date="2025-01-21", incident_start_date="2025-01-22",
           incident_end_date="2025-01-29",
           narrative="ह्वाट्सएपमा होटल रिभ्यु दिएर दैनिक ३ हजार कमाउन सकिन्छ भन्ने म्यासेज आयो। सुरुमा केही पैसा "
           "फिर्ता पनि आयो। त्यसपछि टेलिग्राम समूहमा 'प्रिपेड टास्क' का लागि इसेवाबाट पैसा हाल्न लगाए। रकम निकाल्न "
           "खोज्दा थप पैसा माग्दै गए। जम्मा ३ लाख ८५ हजार गुमाएँ।",
           narrative_language="ne", losses=[money("385000.00", "NPR")], payment_methods=["mobile_money_ewallet"],
           indicators=[i["tg_task"], i["esewa"]], financial_accounts=[a_esewa],
           location={"country": N, "subdivision": "NP-P3", "locality": "Lalitpur"}, status="referred_to_case",
           case=c2, receiving_organisation=npcb)
    r3 = R(id="NP-NPCB-RPT-2025-000297", received_at=dt("2025-01-19 16:45", N), reporting_channel="online_portal",
           reporter_role="defrauded_victim", typologies=["fake_loan_or_lending_app"],
           typology_modifiers=["fake_app_or_website"], contact_channels=["mobile_app_apk", "search_or_social_ad"],
           platforms=["tiktok"], first_contact_date="2025-01-14", incident_start_date="2025-01-14",
           incident_end_date="2025-01-17",
           narrative="अनलाइन एपबाट १५ हजार ऋण लिन खोजेँ। 'प्रोसेसिङ शुल्क' भनेर खल्तीबाट पैसा तिराए तर ऋण आएन। उल्टै "
           "मेरो फोनका सबै सम्पर्कमा मेरो फोटो एडिट गरेर 'ठग' भनेर पठाइदिए।",
           narrative_language="ne", losses=[money("18500.00", "NPR")], payment_methods=["mobile_money_ewallet"],
           indicators=[i["loan_app"]], financial_accounts=[a_khalti],
           location={"country": N, "subdivision": "NP-P1", "locality": "Dharan"}, status="referred_to_case",
           case=c3, receiving_organisation=npcb)
    r4 = R(id="NP-NPCB-RPT-2025-000512", received_at=dt("2025-03-11 12:05", N), reporting_channel="online_portal",
           reporter_role="defrauded_victim", typologies=["romance_investment"],
           typology_modifiers=["fake_app_or_website", "cross_border"], contact_channels=["social_media",
                                                                                      "messaging_app"],
           platforms=["instagram", "whatsapp"], first_contact_date="2024-11-30", incident_start_date="2025-01-06",
           incident_end_date="2025-03-02",
           narrative="इन्स्टाग्राममा 'एमिली' नामकी केटीसँग चिनजान भयो। उनले क्रिप्टो ट्रेडिङबाट राम्रो कमाइ हुन्छ भनेर "
           "एउटा वेबसाइटमा खाता खोलाइदिइन्। नेपालमा क्रिप्टो किन्न नमिल्ने भएकाले उनले दिएको एजेन्टको बैंक खातामा पैसा "
           "जम्मा गरेँ, एजेन्टले वेबसाइटको ठेगानामा USDT हालिदियो। वेबसाइटमा नाफा देखिए पनि पैसा झिक्न दिएन।",
           narrative_language="ne", losses=[money("1250000.00", "NPR")],
           payment_methods=["bank_transfer_domestic", "hawala_underground_banking"],
           indicators=[i["ig_emily"], i["domain"], i["wallet"]], financial_accounts=[a_hundi, a_platform],
           location={"country": N, "subdivision": "NP-P3", "locality": "Kathmandu"}, status="referred_to_case",
           case=c2, receiving_organisation=npcb)
    r5 = R(id="NP-NPCB-RPT-2025-000640", received_at=dt("2025-03-27 09:40", N), reporting_channel="hotline",
           reporter_role="defrauded_victim", typologies=["government_official_impersonation",
                                                         "bank_or_business_impersonation"],
           typology_modifiers=["cross_border"], contact_channels=["phone_call", "messaging_app"],
           platforms=["whatsapp"], first_contact_date="2025-03-24", incident_start_date="2025-03-24",
           incident_end_date="2025-03-26",
           narrative="नेपाल टेलिकमबाट भन्दै फोन आयो, मेरो नाममा दर्ता सिमबाट गैरकानुनी काम भएकाले प्रहरीसँग जोडिदिन्छु "
           "भन्यो। भिडियो कलमा प्रहरीको पोशाकमा एकजनाले मनी लन्ड्रिङ मुद्दामा पक्राउ पर्ने भन्दै 'रकम प्रमाणीकरण' का "
           "लागि भनेको खातामा पैसा पठाउन लगायो। दुई दिनसम्म कसैलाई नभन्न भन्यो। मैले ९ लाख ४० हजार पठाएँ।",
           narrative_language="ne", losses=[money("940000.00", "NPR")], payment_methods=["bank_transfer_domestic"],
           indicators=[i["caller"], i["skype_police"]], financial_accounts=[a_gopal_mule],
           location={"country": N, "subdivision": "NP-P3", "locality": "Bhaktapur"}, status="referred_to_case",
           case=c4, receiving_organisation=npcb)
    r6 = R(id="NP-NPCB-RPT-2025-000170", received_at=dt("2025-01-08 14:30", N), reporting_channel="police_station",
           reporter_role="defrauded_victim", typologies=["lottery_prize_sweepstakes"], contact_channels=["phone_call"],
           first_contact_date="2025-01-02", incident_start_date="2025-01-03", incident_end_date="2025-01-03",
           narrative="एनसेलको वार्षिक उपहार योजनामा २५ लाख र मोटरसाइकल जितेको भन्दै फोन आयो। उपहार पाउन कर र ढुवानी "
           "शुल्क भनेर आइएमई पेमा ४५ हजार पठाएँ। त्यसपछि फोन बन्द भयो।",
           narrative_language="ne", losses=[money("45000.00", "NPR")], payment_methods=["mobile_money_ewallet"],
           indicators=[i["lottery_caller"], i["imepay"]], financial_accounts=[a_imepay],
           location={"country": N, "subdivision": "NP-P5", "locality": "Nepalgunj"}, status="referred_to_case",
           case=c5, receiving_organisation=police)
    r7 = R(id="NP-NPCB-RPT-2025-000701", received_at=dt("2025-04-14 18:10", N), reporting_channel="hotline",
           reporter_role="defrauded_victim", typologies=["family_friend_impersonation"],
           typology_modifiers=["voice_clone", "ai_deepfake"], contact_channels=["phone_call"], platforms=["imo"],
           first_contact_date="2025-04-13", incident_start_date="2025-04-13", incident_end_date="2025-04-13",
           narrative="कतारमा रहेको छोराको आवाजमा फोन आयो, दुर्घटनामा परेर अस्पतालमा छु, तुरुन्त पैसा चाहियो भन्यो। "
           "आवाज ठ्याक्कै छोराकै जस्तो थियो। उसको साथीको भनेर दिएको आइएमई पे खातामा १ लाख २० हजार पठाएँ। पछि छोरालाई "
           "फोन गर्दा उ त ठिकै रहेछ।",
           narrative_language="ne", losses=[money("120000.00", "NPR")], payment_methods=["mobile_money_ewallet"],
           indicators=[i["voice_caller"]], financial_accounts=[a_imepay2],
           location={"country": N, "subdivision": "NP-P7", "locality": "Dhangadhi"}, status="triaged",
           receiving_organisation=npcb)
    r8 = R(id="NP-NPCB-RPT-2025-000822", received_at=dt("2025-05-20 22:35", N), reporting_channel="online_portal",
           reporter_role="defrauded_victim", typologies=["sextortion"], contact_channels=["social_media"],
           platforms=["instagram"], first_contact_date="2025-05-19",
           narrative="An account messaged me on Instagram, made a video call and then threatened to publish an edited "
           "video unless I paid 500 dollars in Bitcoin to an address. I did not pay and blocked the account.",
           narrative_language="en", attempted_only=True, indicators=[i["btc"], i["ig_sext"]],
           location={"country": N, "subdivision": "NP-P3"}, status="information_only", receiving_organisation=npcb)

    fi = {k: f"NP-FIU-FI-2025-{n:04d}" for n, k in enumerate(
        ["hundi", "new_acct", "recruiter", "recall", "geo"], start=1)}
    C = lambda **f: x.add("cases", **f)  # noqa: E731
    C(id=c1, title="Pokhara–Myawaddy recruitment", status="prosecution", opened_date="2025-01-12", lead_agency=ahtb,
      jurisdictions=[N, "TH", "MM", "KH"], reports=[r1], typologies=["deceptive_recruitment"],
      typology_modifiers=["scam_compound_linked", "cross_border"], financial_accounts=[a_manpower],
      financial_indicators=[fi["recruiter"]], indicators=[i["fb_agent"]],
      evidence=[ev["voice_msg"], ev["statement"], ev["photo"]], taskforce=tf,
      outcomes={"arrests": 2, "persons_charged": 2, "victims_rescued": 2, "assets_frozen": [money("2310000.00",
                                                                                                  "NPR")]})
    C(id=c2, title="Operation Hundi Trail", status="under_investigation", opened_date="2025-02-05", lead_agency=npcb,
      jurisdictions=[N, "IN"], reports=[r2, r4], typologies=["task_job_scam", "romance_investment"],
      typology_modifiers=["cross_border"], financial_accounts=[a_esewa, a_hundi, a_gibl, a_platform, a_hundi_usdt],
      financial_indicators=[fi["hundi"], fi["geo"]], indicators=[i["tg_task"], i["esewa"], i["ig_emily"],
                                                                 i["domain"], i["wallet"]],
      evidence=[ev["stmt"], ev["chain"], ev["whois"]], taskforce=tf2,
      outcomes={"arrests": 2, "assets_frozen": [money("1864300.00", "NPR")]})
    C(id=c3, title="QuickCash lending app", status="closed", closure_reason="offender_unidentified",
      opened_date="2025-01-20", closed_date="2025-05-30", lead_agency=npcb, jurisdictions=[N, "HK"], reports=[r3],
      typologies=["fake_loan_or_lending_app"], financial_accounts=[a_khalti], financial_indicators=[fi["new_acct"]],
      indicators=[i["loan_app"]], evidence=[ev["apk"]],
      notes="App removed from circulation; operators abroad could not be identified. Reopen if new reports link.")
    C(id=c4, title="Fake Nepal Telecom / police callers", status="suspended", opened_date="2025-03-27",
      lead_agency=npcb, jurisdictions=[N, "KH"], reports=[r5], typologies=["government_official_impersonation"],
      financial_accounts=[a_gopal_mule], financial_indicators=[fi["recall"]], indicators=[i["caller"],
                                                                                          i["skype_police"]],
      evidence=[ev["call"]], taskforce=tf2, outcomes={"assets_frozen": [money("410000.00", "NPR")]},
      notes="Awaiting Cambodian police reply on the call-centre location.")
    C(id=c5, title="Ncell gift-scheme callers, Janakpur", status="adjudicated_convicted", opened_date="2025-01-09",
      lead_agency=police, jurisdictions=[N], reports=[r6], typologies=["lottery_prize_sweepstakes"],
      financial_accounts=[a_imepay], indicators=[i["lottery_caller"], i["imepay"]], evidence=[ev["receipt"]],
      outcomes={"arrests": 3, "persons_charged": 3, "convictions": 3, "assets_returned": [money("45000.00", "NPR")]})

    new_inv = counter("NP-NPCB-INV-{:04d}")
    def inv(person: str, role: str, **f: Any) -> str:
        return x.add("person_involvements", id=new_inv(), person=person, role=role, **f)
    inv(hari, "reporter", case=c1, report=r1)
    inv(hari, "next_of_kin", case=c1)
    inv(bikash, "tip_victim_forced_criminality", case=c1, start_date="2024-09-14", end_date="2025-02-20")
    inv(ramesh, "tip_victim_forced_criminality", case=c1, start_date="2024-05-02", end_date="2025-01-30")
    inv(ramesh, "suspected_perpetrator", case=c1, start_date="2024-10-01", end_date="2025-01-30",
        notes="Promoted to 'team leader' in the compound and sent the job offer to two other Nepalis.")
    inv(dipendra, "recruiter_intermediary", case=c1, start_date="2024-03-01")
    inv(surya, "transporter_smuggler", case=c1)
    inv(dipendra, "beneficial_owner", case=c1)
    inv(sabina, "defrauded_victim", case=c2, report=r2)
    inv(prakash, "defrauded_victim", case=c2, report=r4, start_date="2024-11-30", end_date="2025-03-02")
    inv(raju, "money_launderer_otc_broker", case=c2)
    inv(anish, "money_mule", case=c2, mule_awareness="witting", start_date="2024-10-09")
    inv(kabita, "defrauded_victim", case=c3, report=r3)
    inv(gopal, "defrauded_victim", case=c4, report=r5)
    inv(mina, "defrauded_victim", case=c5, report=r6)
    inv(bikram, "suspected_perpetrator", case=c5)
    inv(laxmi, "defrauded_victim", report=r7)
    inv(kamal, "impersonated_party", report=r7)
    inv(student, "defrauded_victim", report=r8)
    inv(returnee, "tip_victim", registered_by=ngo, registration_date="2024-01-01", registration_date_precision="year",
        record_source="case_management")

    x.add("trafficking_screenings", id="NP-AHTB-TSC-2025-0011", person=bikash, case=c1,
          screening_date="2025-03-13", screening_organisation=ahtb,
          indicators_observed=["deception", "retention_of_identity_documents", "fraud_quotas",
                               "physical_violence", "phone_confiscation_surveillance"],
          outcome="identified", deciding_organisation=ahtb, decision_date="2025-03-14",
          country_of_exploitation="MM", exploitation_types=["forced_online_scamming"],
          recruiter_relationships=["other"])
    s_ramesh = x.add("trafficking_screenings", id="NP-AHTB-TSC-2025-0007", person=ramesh, case=c1,
                     screening_date="2025-02-04", screening_organisation=ngo,
                     indicators_observed=["deceptive_online_job_advert", "debt_bondage", "resale_between_compounds",
                                          "fines_or_debt_for_release", "forced_participation_in_crime"],
                     outcome="identified", deciding_organisation=ahtb, decision_date="2025-02-10",
                     country_of_exploitation="KH", exploitation_types=["forced_online_scamming"],
                     recruiter_relationships=["friend"], abducted=False)
    x.add("trafficking_screenings", id="NP-SRN-TSC-2024-0112", person=returnee, screening_date="2024-01-01",
          screening_date_precision="year", screening_organisation=ngo, outcome="identified",
          indicators_observed=["psychological_abuse", "restricts_financial_access", "threat_of_law_enforcement",
                               "debt_bondage"],
          exploitation_types=["sexual_exploitation_prostitution"], recruiter_relationships=["intimate_partner"],
          abducted=False, country_of_exploitation="IN",
          notes="Converted from the foundation's case-management register, which keeps the year of registration only.")
    x.add("non_punishment_assessments", id="NP-OAG-NPA-2025-0002", person=ramesh, case=c1, screening=s_ramesh,
          assessment_date="2025-02-24", assessing_organisation=oag, decision="partially_applied",
          legal_basis="Human Trafficking and Transportation (Control) Act, 2064 (2007)",
          notes="No charge for the passport and visa offences; recruitment of two others under review.")
    new_pm = counter("NP-SRN-PM-2025-{:04d}")
    x.add("protection_measures", id=new_pm(), person=bikash, measure_type="reintegration", provider=ngo,
          status="in_progress", start_date="2025-03-13")
    x.add("protection_measures", id=new_pm(), person=bikash, measure_type="financial_assistance", provider=dofe,
          status="completed", start_date="2025-03-20", end_date="2025-03-20",
          notes="One-off relief from the Foreign Employment Welfare Fund.")
    x.add("protection_measures", id=new_pm(), person=ramesh, measure_type="legal_aid", provider=ngo,
          status="in_progress", start_date="2025-02-12")
    x.add("protection_measures", id=new_pm(), person=ramesh, measure_type="education_vocational", provider=iom,
          status="interrupted", start_date="2025-04-01", end_date="2025-05-15")
    x.add("protection_measures", id=new_pm(), person=gopal, measure_type="psychosocial", provider=ngo,
          status="offered")
    x.add("repatriations", id="NP-DOFE-REP-2025-0003", person=bikash, origin_country="MM", transit_countries=["TH"],
          destination_country=N, status="reintegration_follow_up", organisations=[emb, iom, dofe],
          departure_date="2025-02-21", arrival_date="2025-03-12")
    x.add("repatriations", id="NP-DOFE-REP-2025-0001", person=ramesh, origin_country="KH", transit_countries=["MY"],
          destination_country=N, status="returned", organisations=[iom, dofe], departure_date="2025-01-30",
          arrival_date="2025-01-31")

    x.add("beneficial_ownerships", id="NP-FIU-BO-2025-0001", subject=manpower, interested_person=dipendra,
          interest_types=["shareholding", "voting_rights", "board_chair"], share_exact=51.0, beneficial=True,
          start_date="2023-10-18", source_types=["official_register", "verified"])
    x.add("beneficial_ownerships", id="NP-FIU-BO-2025-0002", subject=loanco, interested_organisation=holding,
          interest_types=["shareholding"], share_exact=100.0, beneficial=False, start_date="2023-09-01",
          source_types=["official_register"])
    x.add("beneficial_ownerships", id="NP-FIU-BO-2025-0003", subject=holding, interested_person=wang,
          interest_types=["appointment_of_board", "unknown_interest"], share_minimum=0.0, share_maximum=25.0,
          beneficial=False, start_date="2023-06-12", source_types=["official_register", "third_party"],
          notes="Sole director per the Hong Kong register; whether he owns shares is not known.")

    focal_points(x, N, [
        ("prevention", npcb, "Awareness and Outreach Section", ("email_address", "awareness@cyberbureau.gov.np",
                                                                None), ["ne", "en"], False),
        ("prosecution", oag, "Mutual Legal Assistance Section", ("email_address", "mla@ag.gov.np", None),
         ["ne", "en"], False),
        ("protection_defrauded_victims", npcb, "Victim Support Desk", ("phone_number", phone(N, "014411883"), None),
         ["ne", "en"], True),
        ("protection_trafficking_victims", ahtb, "Victim Identification Unit",
         ("email_address", "ahtb.victims@nepalpolice.gov.np", None), ["ne", "en", "hi"], True),
        ("policy_partnership", mowcsc, "National Committee for Controlling Human Trafficking Secretariat",
         ("email_address", "nccht@mowcsc.gov.np", None), ["ne", "en"], False),
    ], "2025-01-01", "2025-06-15")

    new_tx = counter("NP-NPCB-TXN-2025-{:04d}")
    tx = lambda **f: x.add("transactions", id=new_tx(), **f)  # noqa: E731
    tx(to_account=a_manpower, amount=money("450000.00", "NPR"), executed_at=dt("2024-09-10 11:20", N),
       payment_method="bank_transfer_domestic", reference="HIMALSTAR BIKASH TM", report=r1)
    for n, (amt, when) in enumerate([("5000.00", "2025-01-22 19:00"), ("30000.00", "2025-01-24 20:15"),
                                     ("150000.00", "2025-01-27 13:40"), ("200000.00", "2025-01-29 11:05")]):
        tx(to_account=a_esewa, amount=money(amt, "NPR"), executed_at=dt(when, N), payment_method="mobile_money_ewallet",
           reference=f"ES{250122 + n}{7731 + n}", report=r2)
    t_sweep = tx(from_account=a_esewa, to_account=a_gibl, amount=money("380000.00", "NPR"),
                 executed_at=dt("2025-01-29 15:30", N), payment_method="bank_transfer_domestic")
    tx(from_account=a_gibl, to_account=a_hundi, amount=money("378000.00", "NPR"), executed_at=dt("2025-01-30 10:00", N),
       payment_method="bank_transfer_domestic")
    t_pr1 = tx(from_account=a_prakash, to_account=a_hundi, amount=money("650000.00", "NPR"),
               executed_at=dt("2025-01-06 12:40", N), payment_method="hawala_underground_banking", report=r4)
    tx(from_account=a_prakash, to_account=a_hundi, amount=money("600000.00", "NPR"),
       executed_at=dt("2025-02-18 14:05", N), payment_method="hawala_underground_banking", report=r4)
    tx(from_account=a_hundi_usdt, to_account=a_platform, amount=crypto("4620.00", "USDT", "tron"),
       executed_at=dt("2025-01-06 13:30", N), payment_method="cryptocurrency", blockchain_tx_hash=tx_hash("np-1"),
       report=r4, notes="Credited by the hundi operator against the victim's rupee deposit.")
    tx(from_account=a_hundi_usdt, to_account=a_platform, amount=crypto("4270.00", "USDT", "tron"),
       executed_at=dt("2025-02-18 15:00", N), payment_method="cryptocurrency", blockchain_tx_hash=tx_hash("np-2"),
       report=r4)
    for amt, when in [("3500.00", "2025-01-14 17:20"), ("15000.00", "2025-01-16 10:45")]:
        tx(to_account=a_khalti, amount=money(amt, "NPR"), executed_at=dt(when, N),
           payment_method="mobile_money_ewallet",
           report=r3)
    t_gopal = tx(to_account=a_gopal_mule, amount=money("940000.00", "NPR"), executed_at=dt("2025-03-25 11:15", N),
                 payment_method="bank_transfer_domestic", reference="VERIFICATION GPS", report=r5)
    tx(to_account=a_imepay, amount=money("45000.00", "NPR"), executed_at=dt("2025-01-03 15:50", N),
       payment_method="mobile_money_ewallet", report=r6)
    tx(to_account=a_imepay2, amount=money("120000.00", "NPR"), executed_at=dt("2025-04-13 20:05", N),
       payment_method="mobile_money_ewallet", report=r7)

    F = lambda **f: x.add("financial_indicators", **f)  # noqa: E731
    F(id=fi["hundi"], red_flag="many_unrelated_senders_one_beneficiary", subject_account=a_hundi, subject_person=raju,
      subject_transaction=t_pr1, source="bank", source_organisation=nabil, observed_at=dt("2025-02-20 10:30", N),
      confidence=85)
    F(id=fi["new_acct"], red_flag="new_account_high_volume", subject_account=a_khalti,
      source="payment_service_provider",
      source_organisation=khalti, observed_at=dt("2025-01-21 09:00", N), confidence=70)
    F(id=fi["recruiter"], red_flag="payments_to_unlicensed_recruiters", subject_account=a_manpower, source="fiu",
      source_organisation=fiu, observed_at=dt("2025-01-28 14:00", N), confidence=90)
    F(id=fi["recall"], red_flag="fund_recall_requests_received", subject_account=a_gopal_mule,
      subject_transaction=t_gopal, source="bank", source_organisation=nabil, observed_at=dt("2025-03-27 12:00", N),
      confidence=80)
    F(id=fi["geo"], red_flag="high_risk_jurisdiction_counterparty", subject_transaction=t_sweep,
      subject_account=a_gibl, source="fiu", source_organisation=fiu, observed_at=dt("2025-03-05 16:00", N),
      confidence=55, notes="Counterparty cash withdrawals at border points in Birgunj and Raxaul.")

    new_aa = counter("NP-FIU-AA-2025-{:04d}")
    aa = lambda **f: x.add("asset_actions", id=new_aa(), **f)  # noqa: E731
    aa(action_type="freeze", amount=money("2310000.00", "NPR"), action_date="2025-01-31", authority=fiu,
       legal_basis="Asset (Money) Laundering Prevention Act, 2064 (2008), section 38", accounts=[a_manpower], case=c1)
    aa(action_type="freeze", amount=money("1864300.00", "NPR"), action_date="2025-02-21", authority=npcb,
       legal_basis="Asset (Money) Laundering Prevention Act, 2064 (2008), section 38",
       accounts=[a_esewa, a_gibl, a_hundi], case=c2)
    aa(action_type="fund_recall", amount=money("410000.00", "NPR"), action_date="2025-03-27", authority=nabil,
       accounts=[a_gopal_mule], case=c4)
    aa(action_type="restitution_to_victims", amount=money("45000.00", "NPR"), action_date="2025-06-11",
       authority=court, accounts=[a_imepay], case=c5, beneficiaries=[mina])
    aa(action_type="payment_blocked_prevented", amount=crypto("0.0079", "BTC", "bitcoin"), action_date="2025-05-20",
       authority=npcb, notes="Victim did not pay after contacting the bureau; amount demanded.")

    I = lambda key, **f: x.add("indicators", id=i[key], **f)  # noqa: E731,E741
    I("fb_agent", indicator_type="social_media_account", value="Himal Star Jobs – Thailand IT Jobs",
      normalised_value="facebook.com/himalstar.jobs", platform="facebook", confidence=90, status="taken_down",
      reports=[r1], cases=[c1])
    I("tg_task", indicator_type="messaging_account", value="@Hotel_Review_Nepal_Official", platform="telegram",
      confidence=85, status="active", reports=[r2], cases=[c2])
    I("esewa", indicator_type="ewallet_account", value="eSewa 9808126654", normalised_value=phone(N, "9808126654"),
      confidence=95, status="blocked", reports=[r2], cases=[c2])
    I("ig_emily", indicator_type="social_media_account", value="emily.chen.trades", platform="instagram",
      confidence=80, status="taken_down", reports=[r4], cases=[c2])
    I("domain", indicator_type="domain", value="aurexa-markets.com", normalised_value="aurexa-markets.com",
      first_seen=dt("2024-12-15 00:00", N), confidence=90, status="active", reports=[r4], cases=[c2])
    I("wallet", indicator_type="crypto_wallet_address", value=w_platform, normalised_value=w_platform,
      crypto_network="tron", confidence=95, status="active", reports=[r4], cases=[c2])
    I("loan_app", indicator_type="mobile_app", value="np.quickcash.loan", confidence=90, status="taken_down",
      reports=[r3], cases=[c3])
    I("caller", indicator_type="phone_number", value="+855 96 771 2045", normalised_value=phone("KH", "0967712045"),
      confidence=90, status="blocked", reports=[r5], cases=[c4])
    I("skype_police", indicator_type="messaging_account", value="Nepal Police CIB Desk", platform="whatsapp",
      normalised_value=phone("KH", "0967712046"), confidence=85, status="blocked", reports=[r5], cases=[c4])
    I("lottery_caller", indicator_type="phone_number", value="9806652210", normalised_value=phone(N, "9806652210"),
      confidence=95, status="blocked", reports=[r6], cases=[c5])
    I("imepay", indicator_type="ewallet_account", value="IME Pay 9816652041", normalised_value=phone(N, "9816652041"),
      confidence=95, status="blocked", reports=[r6], cases=[c5])
    I("voice_caller", indicator_type="phone_number", value="+974 3312 8875", normalised_value=phone("QA", "33128875"),
      platform="imo", confidence=60, status="under_review", reports=[r7])
    I("btc", indicator_type="crypto_wallet_address", value=w_btc, normalised_value=w_btc, crypto_network="bitcoin",
      confidence=75, status="active", reports=[r8])
    I("ig_sext", indicator_type="social_media_account", value="priya.k.official_22", platform="instagram",
      confidence=70, status="under_review", reports=[r8])

    E = lambda key, **f: x.add("evidence", id=ev[key], **f)  # noqa: E731
    E("voice_msg", evidence_type="call_recording", description="Viber voice messages sent by the victim from the "
      "compound to his father.", sha256=sha256_hex("np-voice"), acquired_at=dt("2025-01-10 14:00", N),
      acquired_by=police, acquisition_method="voluntary_submission", case=c1,
      custody_events=custody(("collected", dt("2025-01-10 14:00", N), None, police, "Complaint"),
                             ("transferred", dt("2025-01-13 10:00", N), police, ahtb, "Case transferred to AHTB")))
    E("statement", evidence_type="victim_or_witness_statement", description="Statements of the two returnees.",
      sha256=sha256_hex("np-statement"), exhibit_number="AHTB-06/081-82-03", acquired_at=dt("2025-03-14 11:00", N),
      acquired_by=ahtb, acquisition_method="voluntary_submission", case=c1)
    E("photo", evidence_type="photo_cctv", description="Photograph of the returnee taken in the compound and "
      "posted by the recruiters as a 'success story'.", sha256=sha256_hex("np-photo"),
      acquired_at=dt("2025-02-06 12:00", N), acquired_by=ahtb, acquisition_method="open_source_collection", case=c1)
    E("stmt", evidence_type="bank_statement", description="Statements of the hundi operator's trading account.",
      sha256=sha256_hex("np-stmt"), acquired_at=dt("2025-02-24 15:30", N), acquired_by=fiu,
      legal_authorisation="Order of the Department of Money Laundering Investigation", case=c2,
      custody_events=custody(("received", dt("2025-02-24 15:30", N), nabil, fiu, None),
                             ("transferred", dt("2025-02-26 10:00", N), fiu, npcb, "Investigation")))
    E("chain", evidence_type="blockchain_tx", description="USDT credits from the operator's wallet to the fake "
      "platform.", sha256=sha256_hex("np-chain"), acquired_at=dt("2025-03-14 10:00", N), acquired_by=npcb,
      acquisition_method="open_source_collection", case=c2)
    E("apk", evidence_type="app_apk", description="Installer of the lending app from the victim's phone.",
      sha256=sha256_hex("np-apk"), acquired_at=dt("2025-01-20 13:00", N), acquired_by=npcb,
      acquisition_method="logical",
      case=c3)
    E("call", evidence_type="screenshot", description="Screenshots of the video call with the fake police officer.",
      sha256=sha256_hex("np-call"), acquired_at=dt("2025-03-27 10:15", N), acquired_by=npcb,
      acquisition_method="voluntary_submission", case=c4)
    E("receipt", evidence_type="payment_receipt", description="IME Pay receipt for the 'tax' payment.",
      sha256=sha256_hex("np-receipt"), acquired_at=dt("2025-01-08 15:00", N), acquired_by=police,
      acquisition_method="voluntary_submission", case=c5)
    E("whois", evidence_type="domain_whois_dns", description="Registration and hosting data of the fake platform.",
      sha256=sha256_hex("np-whois"), acquired_at=dt("2025-03-12 09:00", N), acquired_by=npcb,
      acquisition_method="open_source_collection", case=c2)

    x.add("cooperation_requests", id="NP-NPCB-P2P-2025-0002", case=c1, request_type="police_to_police",
          requesting_organisation=ahtb, requested_organisation=ccib, requested_country="TH", sent_date="2025-01-14",
          response_date="2025-02-27", status="executed")
    x.add("cooperation_requests", id="NP-OAG-EXT-2025-0001", case=c1, request_type="extradition",
          requesting_organisation=oag, requested_country="TH", status="drafted",
          notes="For the transporter, living in Mae Sot.")
    x.add("cooperation_requests", id="NP-NPCB-P2P-2025-0005", case=c4, request_type="police_to_police",
          requesting_organisation=npcb, requested_organisation=khpol, requested_country="KH", sent_date="2025-04-02",
          status="in_progress")
    x.add("cooperation_requests", id="NP-FIU-FIU-2025-0004", case=c2, request_type="fiu_to_fiu",
          requesting_organisation=fiu, requested_country="IN", sent_date="2025-03-06", response_date="2025-05-19",
          status="partially_executed")

    # Moderation actions and entity risk assessments (0.2.0)
    x.add("moderation_actions", id="NP-NPCB-MOD-2025-0001", action_type="number_blocked",
          acted_at=dt("2025-04-22 10:00", N), actor=ntc, trigger="authority_request", indicators=[i["caller"]],
          legal_basis="Telecommunications Act 2053 (1997) and the regulator's directive on fraudulent calls")
    x.add("entity_risk_assessments", id="NP-FIU-ERA-2025-0001", subject=holding, assessing_organisation=fiu,
          assessment_date="2025-05-02", risk_level="high",
          risk_factors=["nominee_or_shell_structure", "opaque_foreign_investment"],
          beneficial_ownerships=["NP-FIU-BO-2025-0002", "NP-FIU-BO-2025-0003"], cases=[c4])
    x.add("entity_risk_assessments", id="NP-FIU-ERA-2025-0002", subject=manpower, assessing_organisation=fiu,
          assessment_date="2025-03-27", risk_level="established", risk_factors=["recruitment_for_compounds"],
          beneficial_ownerships=["NP-FIU-BO-2025-0001"], cases=[c1])

    # Sanctions designations (0.2.0): a listing annulled by a court stays, delisted, so earlier matches make sense
    x.add("sanctions_designations", id="NP-FIU-SAN-2025-0001", authority="eu",
          list_name="Consolidated list of persons, groups and entities subject to EU financial sanctions",
          programmes=["EU Global Human Rights Sanctions Regime"], list_reference="EX-EU-7731", status="delisted",
          listing_date="2024-03-11", delisting_date="2025-05-20", delisting_reason="court_annulment",
          designated_organisation=holding, legal_basis="Council Regulation (EU) 2020/1998", cases=[c4],
          notes="Synthetic example.")
    return x.build()
