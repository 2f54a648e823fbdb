"""The synthetic reference export of Thailand (Royal Thai Police / CCIB, AMLO)."""

from __future__ import annotations

from typing import Any

from .common import ExportBuilder, crypto, custody, dt, focal_points, money, phone, sha256_hex, tron_address, tx_hash


def th_pin(base12: str) -> str:
    """A Thai national identification number (13 digits) with its check digit."""
    total = sum(int(d) * (13 - i) for i, d in enumerate(base12))
    value = base12 + str((11 - total % 11) % 10)
    from stdnum.th import pin

    assert pin.is_valid(value), value
    return value


def build_th() -> dict[str, Any]:
    T = "TH"
    x = ExportBuilder(T, "TH-CCIB-EXP-2025-H1", "TH-ORG-CCIB", dt("2025-07-04 10:15", T), "AMBER")
    org = lambda **f: x.add("organisations", **f)  # noqa: E731

    rtp = org(id="TH-ORG-RTP", name="Royal Thai Police", organisation_type="law_enforcement", country=T,
              website="https://www.royalthaipolice.go.th")
    ccib = org(id="TH-ORG-CCIB", name="Cyber Crime Investigation Bureau", organisation_type="law_enforcement",
               country=T, website="https://ccib.go.th", parent_organisation=rtp,
               notes="Publisher of this export; operates the Thai Police Online reporting portal and hotline 1441.")
    imm = org(id="TH-ORG-IMM", name="Immigration Bureau", organisation_type="immigration_authority", country=T,
              parent_organisation=rtp, website="https://www.immigration.go.th")
    amlo = org(id="TH-ORG-AMLO", name="Anti-Money Laundering Office", organisation_type="fiu", country=T,
               website="https://www.amlo.go.th")
    oag = org(id="TH-ORG-OAG", name="Office of the Attorney General", organisation_type="prosecutor", country=T,
              website="https://www.ago.go.th")
    court = org(id="TH-ORG-CRIMCOURT", name="Criminal Court", organisation_type="court", country=T)
    msdhs = org(id="TH-ORG-MSDHS", name="Ministry of Social Development and Human Security",
                organisation_type="ministry", country=T, website="https://www.m-society.go.th")
    kbank = org(id="TH-ORG-KBANK", name="Kasikornbank Public Company Limited", organisation_type="bank", country=T,
                bic="KASITHBK", website="https://www.kasikornbank.com")
    scb = org(id="TH-ORG-SCB", name="Siam Commercial Bank Public Company Limited", organisation_type="bank",
              country=T, bic="SICOTHBK")
    ktb = org(id="TH-ORG-KTB", name="Krungthai Bank Public Company Limited", organisation_type="bank", country=T,
              bic="KRTHTHBK")
    bbl = org(id="TH-ORG-BBL", name="Bangkok Bank Public Company Limited", organisation_type="bank", country=T,
              bic="BKKBTHBK")
    bitkub = org(id="TH-ORG-BITKUB", name="Bitkub Online Co., Ltd.", organisation_type="vasp", country=T)
    truemoney = org(id="TH-ORG-TRUEMONEY", name="True Money Co., Ltd.", organisation_type="mobile_money_operator",
                    country=T)
    tether = org(id="TH-ORG-TETHER", name="Tether Operations Limited", organisation_type="vasp",
                 notes="Issuer of USDT; freezes addresses on law-enforcement request.")
    meta = org(id="TH-ORG-META", name="Meta Platforms Ireland Limited", organisation_type="platform", country="IE")
    shell = org(id="TH-ORG-SGH", name="Siam Golden Harvest Trading Co., Ltd.", organisation_type="private_company",
                country=T, registration_number="0105567098761",
                notes="Registered June 2024 with 1,000,000 THB capital; no trading activity found at its address.")
    compound = org(id="TH-ORG-GDTP", name="Golden Dragon Garden Tech Park Co., Ltd.",
                   organisation_type="private_company", country="MM",
                   notes="Operator of a fenced compound south of Myawaddy, Kayin State, per rescued workers.")
    iom = org(id="TH-ORG-IOM", name="International Organization for Migration, Thailand Office",
              organisation_type="international_organisation", country=T, website="https://thailand.iom.int")
    npemb = org(id="TH-ORG-NPEMB", name="Royal Nepalese Embassy, Bangkok", organisation_type="embassy_consulate",
                country=T)
    mmpol = org(id="TH-ORG-MPF", name="Myanmar Police Force", organisation_type="law_enforcement", country="MM")
    npcb = org(id="TH-ORG-NPCB", name="Nepal Police Cyber Bureau", organisation_type="law_enforcement", country="NP")
    ngo = org(id="TH-ORG-MSRF", name="Mekong Safe Return Foundation", organisation_type="ngo", country=T,
              registration_number="KT-0412")
    ofac = org(id="TH-ORG-OFAC", name="Office of Foreign Assets Control, U.S. Department of the Treasury",
               organisation_type="regulator", country="US", website="https://ofac.treasury.gov")

    # Taskforces
    aoc = x.add("taskforces", id="TH-TF-AOC", name="Anti Online Scam Operation Center (AOC)",
                member_organisations=[ccib, amlo, kbank, scb, ktb, bbl, truemoney], lead_organisation=ccib,
                countries=[T], mandate="Round-the-clock 1441 hotline, emergency account holds and fund tracing "
                "for online-fraud victims.", established_date="2023-11-01")
    mekong = x.add("taskforces", id="TH-TF-MOEI", name="Moei River Joint Task Force on Scam Compounds",
                   member_organisations=[rtp, imm, msdhs, iom, npemb, ngo], lead_organisation=rtp,
                   countries=[T, "MM", "NP", "BD", "CN"],
                   mandate="Reception, screening and onward repatriation of foreign nationals released from "
                   "scam compounds in Myawaddy, and pursuit of the recruiters.",
                   established_date="2025-02-10")

    ev = {k: f"TH-CCIB-EVD-2025-{n:04d}" for n, k in enumerate(
        ["line_chat", "chain", "bank_stmt", "call_rec", "phone_img", "cctv", "statement", "apk", "whois"], start=1)}

    # Persons
    P = lambda **f: x.add("persons", **f)  # noqa: E731
    supaporn = P(id="TH-CCIB-PER-0001", gender="female", age_band="age_45_54",
                 minor_at_exploitation=False, nationalities=[T],
                 country_of_residence=T, languages=["th"], names=["Supaporn Wongsakul", "สุภาพร วงศ์สกุล"],
                 date_of_birth="1972-06-14",
                 identity_documents=[{"document_type": "national identity card", "number": th_pin("310050123456"),
                                      "issuing_country": T}],
                 contact_details=[{"kind": "phone_number", "value": phone(T, "0812045537")},
                                  {"kind": "messaging_account", "value": "supaporn.w", "platform": "line"}],
                 residence={"country": T, "subdivision": "TH-10", "locality": "Lat Phrao, Bangkok"})
    anan = P(id="TH-CCIB-PER-0002", gender="male", age_band="age_65_plus", nationalities=[T],
             country_of_residence=T, languages=["th"], names=["Anan Chaiyaporn"],
             contact_details=[{"kind": "phone_number", "value": phone(T, "0897104412")}],
             residence={"country": T, "subdivision": "TH-50", "locality": "Mueang Chiang Mai"},
             notes="Retired school teacher.")
    kittipong = P(id="TH-CCIB-PER-0003", gender="male", age_band="age_25_34", nationalities=[T],
                  country_of_residence=T, languages=["th"], names=["Kittipong Srisuk"],
                  residence={"country": T, "subdivision": "TH-40", "locality": "Mueang Khon Kaen"})
    nattaya = P(id="TH-CCIB-PER-0004", gender="female", age_band="age_35_44", nationalities=[T],
                country_of_residence=T, languages=["th"], names=["Nattaya Khamsri"],
                residence={"country": T, "subdivision": "TH-12", "locality": "Pak Kret, Nonthaburi"})
    young_man = P(id="TH-CCIB-PER-0005", gender="male", age_band="age_18_24",
                  minor_at_exploitation=False, nationalities=[T],
                  country_of_residence=T, languages=["th"],
                  residence={"country": T, "subdivision": "TH-65"},
                  notes="Name withheld at the reporter's request (sextortion).")
    somchai = P(id="TH-CCIB-PER-0006", gender="male", age_band="age_18_24", nationalities=[T],
                country_of_residence=T, languages=["th"], names=["Somchai Pimpa"], date_of_birth="2004-02-09",
                identity_documents=[{"document_type": "national identity card", "number": th_pin("140990087321"),
                                     "issuing_country": T}],
                residence={"country": T, "subdivision": "TH-41", "locality": "Kumphawapi, Udon Thani"})
    wirot = P(id="TH-CCIB-PER-0007", gender="male", age_band="age_35_44", nationalities=[T],
              country_of_residence=T, languages=["th"], names=["Wirot Saengthong", "Boss Wi"],
              contact_details=[{"kind": "messaging_account", "value": "@bosswi_rent", "platform": "telegram"}])
    bikash = P(id="TH-CCIB-PER-0008", gender="male", age_band="age_25_34",
               minor_at_exploitation=False, nationalities=["NP"],
               country_of_residence="NP", languages=["ne", "en", "hi"], names=["Bikash Thapa Magar"],
               date_of_birth="1998-11-03",
               identity_documents=[{"document_type": "passport", "number": "PA0918273", "issuing_country": "NP",
                                    "retained_by_third_party": True}],
               contact_details=[{"kind": "phone_number", "value": phone("NP", "9841572290")}],
               residence={"country": "NP", "subdivision": "NP-P4", "locality": "Pokhara"})
    jirayu = P(id="TH-CCIB-PER-0009", gender="male", age_band="age_18_24",
               minor_at_exploitation=False, nationalities=[T],
               country_of_residence=T, languages=["th", "en"], names=["Jirayu Phomma"],
               identity_documents=[{"document_type": "passport", "number": "AC4471290", "issuing_country": T,
                                    "retained_by_third_party": True}],
               residence={"country": T, "subdivision": "TH-30", "locality": "Pak Chong, Nakhon Ratchasima"})
    bunma = P(id="TH-CCIB-PER-0010", gender="female", age_band="age_45_54", nationalities=[T],
              country_of_residence=T, languages=["th"], names=["Bunma Phomma"],
              contact_details=[{"kind": "phone_number", "value": phone(T, "0935518820")}])
    aung = P(id="TH-CCIB-PER-0011", gender="male", age_band="age_35_44", nationalities=["MM"],
             country_of_residence="TH", languages=["my", "th"], names=["Aung Ko Ko", "Ko Aung"],
             contact_details=[{"kind": "messaging_account", "value": "@jobs_maesot_cs", "platform": "telegram"},
                              {"kind": "phone_number", "value": phone(T, "0641189903")}],
             photographs=[ev["cctv"]])
    chen = P(id="TH-CCIB-PER-0012", gender="male", age_band="age_45_54", nationalities=["CN"],
             languages=["zh"], names=["Chen Jianguo", "Lao Chen"],
             aliases=[{"name": "Chen Jianguo", "alias_type": "primary"},
                      {"name": "陈建国", "alias_type": "original_script", "language": "zh"},
                      {"name": "Lao Chen", "alias_type": "nickname_or_handle"}],
             date_of_birth="1971-01-01", date_of_birth_precision="year",
             notes="Named by several rescued workers as the 'big boss' of building C. Year of birth from the AMLO "
             "designation.")
    prasert = P(id="TH-CCIB-PER-0013", gender="male", age_band="age_55_64", nationalities=[T],
                country_of_residence=T, languages=["th"], names=["Prasert Boonmee"],
                identity_documents=[{"document_type": "national identity card", "number": th_pin("350010045817"),
                                     "issuing_country": T}])
    tanakorn = P(id="TH-CCIB-PER-0014", gender="male", age_band="age_25_34", nationalities=[T],
                 country_of_residence="KH", languages=["th", "km"], names=["Tanakorn Meesuk"])
    ratree = P(id="TH-CCIB-PER-0015", gender="female", age_band="age_55_64", nationalities=[T],
               country_of_residence=T, languages=["th"], names=["Ratree Sukjai"],
               residence={"country": T, "subdivision": "TH-11", "locality": "Bang Phli, Samut Prakan"})
    rakib = P(id="TH-CCIB-PER-0016", gender="male", age_band="age_25_34", nationalities=["BD"],
              country_of_residence="BD", languages=["bn", "en"], names=["Md. Rakibul Hasan"],
              identity_documents=[{"document_type": "passport", "number": "A07719342", "issuing_country": "BD",
                                   "retained_by_third_party": True}])
    # Registered by the foundation's hotline, age known only as the range it records (24 to 26)
    fisher = P(id="TH-CCIB-PER-0017", gender="male", age_min=24, age_max=26, nationalities=["MM"],
               languages=["my"], notes="Name withheld by the registering foundation.")

    # Accounts
    A = lambda **f: x.add("financial_accounts", **f)  # noqa: E731
    a_victim1 = A(id="TH-CCIB-ACC-0001", account_type="bank_account", provider=kbank, holder_person=supaporn,
                  holder_name="นางสุภาพร วงศ์สกุล", account_number="0413328895", bic="KASITHBK", country=T,
                  currency="THB")
    a_mule1 = A(id="TH-CCIB-ACC-0002", account_type="bank_account", provider=kbank, holder_person=prasert,
                holder_name="นายประเสริฐ บุญมี", account_number="0418273649", bic="KASITHBK", country=T,
                currency="THB", opened_date="2024-07-15")
    a_shell = A(id="TH-CCIB-ACC-0003", account_type="bank_account", provider=scb, holder_organisation=shell,
                holder_name="บจก. สยามโกลเด้นฮาร์เวสต์ เทรดดิ้ง", account_number="4059981127", bic="SICOTHBK",
                country=T, currency="THB", opened_date="2024-06-20")
    a_bitkub = A(id="TH-CCIB-ACC-0004", account_type="vasp_account", provider=bitkub, holder_person=supaporn,
                 account_number="7730415", crypto_assets=["USDT"], country=T, opened_date="2025-01-27")
    w_deposit = tron_address("th-c1-deposit")
    a_dep = A(id="TH-CCIB-ACC-0005", account_type="crypto_wallet", wallet_address=w_deposit,
              crypto_network="tron", crypto_assets=["USDT", "TRX"],
              notes="Deposit address shown by the fake platform; receives from many victims.")
    w_consol = tron_address("th-c1-consolidation")
    a_consol = A(id="TH-CCIB-ACC-0006", account_type="crypto_wallet", wallet_address=w_consol,
                 crypto_network="tron", crypto_assets=["USDT"])
    a_ktb1 = A(id="TH-CCIB-ACC-0007", account_type="bank_account", provider=ktb, holder_name="นางสาวจันทร์เพ็ญ ศรีทอง",
               account_number="9810447216", bic="KRTHTHBK", country=T, currency="THB", opened_date="2025-01-09")
    a_mule_somchai = A(id="TH-CCIB-ACC-0008", account_type="bank_account", provider=bbl, holder_person=somchai,
                       holder_name="นายสมชาย พิมพา", account_number="7120449813", bic="BKKBTHBK", country=T,
                       currency="THB", opened_date="2024-11-02")
    a_tmn = A(id="TH-CCIB-ACC-0009", account_type="ewallet_mobile_money", provider=truemoney,
              holder_name="ธนพล ใจดี", account_number="0929981234", country=T, currency="THB")
    a_ratree = A(id="TH-CCIB-ACC-0010", account_type="bank_account", provider=kbank, holder_person=ratree,
                 holder_name="นางราตรี สุขใจ", account_number="0532214478", bic="KASITHBK", country=T,
                 currency="THB")
    a_ktb2 = A(id="TH-CCIB-ACC-0011", account_type="bank_account", provider=ktb, holder_name="นายอดิศร แก้วมณี",
               account_number="6620193384", bic="KRTHTHBK", country=T, currency="THB", opened_date="2024-12-27")
    a_card = A(id="TH-CCIB-ACC-0012", account_type="card", provider=kbank, holder_person=young_man, card_last4="4417",
               country=T, currency="THB")

    # Reports
    R = lambda **f: x.add("scam_reports", **f)  # noqa: E731
    c1, c2, c3, c4 = ("TH-CCIB-CASE-2025-0017", "TH-CCIB-CASE-2025-0031", "TH-CCIB-CASE-2025-0009",
                      "TH-CCIB-CASE-2025-0004")
    i = {k: f"TH-CCIB-IND-{n:04d}" for n, k in enumerate(
        ["domain", "url", "line_david", "wallet", "caller", "line_police", "sms_url", "apk_pea", "tg_task",
         "apk_loan", "ig_sextortion", "ad_url", "tmn", "fb_recovery", "ktb_acct", "ip_cc", "tg_recruiter",
         "sanctioned_wallet", "sms_sender", "apk_hash", "promptpay", "suspect_imei"], start=1)}
    r1 = R(id="TH-CCIB-RPT-2025-000123", received_at=dt("2025-02-17 10:42", T), reporting_channel="online_portal",
           reporter_role="defrauded_victim", typologies=["romance_investment"],
           typology_modifiers=["fake_app_or_website", "cross_border"],
           contact_channels=["social_media", "messaging_app"], platforms=["facebook", "line"],
           first_contact_date="2024-10-03", incident_start_date="2024-11-12", incident_end_date="2025-02-10",
           narrative="ดิฉันรู้จักผู้ชายชื่อ 'เดวิด' ทางเฟซบุ๊กเมื่อต้นเดือนตุลาคม 2567 เขาบอกว่าเป็นวิศวกรชาวสิงคโปร์ "
           "คุยกันทางไลน์ทุกวันจนสนิทใจ แล้วชวนให้ลงทุนเทรดคริปโตผ่านเว็บ btc-globalx.com "
           "ให้โอนเงินเข้าบัญชีที่เขาส่งมา และซื้อ USDT จาก Bitkub ส่งเข้ากระเป๋าของระบบ หน้าเว็บแสดงกำไรหลายล้านบาท "
           "แต่พอขอถอน ระบบให้จ่าย 'ภาษี' 15% ก่อน ดิฉันจึงรู้ว่าถูกหลอก",
           narrative_language="th", attempted_only=False,
           losses=[money("1850000.00", "THB"), crypto("12500.00", "USDT", "tron")],
           payment_methods=["bank_transfer_domestic", "cryptocurrency"],
           indicators=[i["domain"], i["url"], i["line_david"], i["wallet"]],
           financial_accounts=[a_mule1, a_shell, a_bitkub, a_dep],
           location={"country": T, "subdivision": "TH-10", "locality": "Lat Phrao, Bangkok"},
           status="referred_to_case", case=c1, receiving_organisation=ccib)
    r2 = R(id="TH-CCIB-RPT-2025-000388", received_at=dt("2025-03-05 08:10", T), reporting_channel="hotline",
           reporter_role="defrauded_victim", typologies=["government_official_impersonation"],
           typology_modifiers=["cross_border"], contact_channels=["phone_call", "messaging_app"],
           platforms=["line"], first_contact_date="2025-03-03", incident_start_date="2025-03-03",
           incident_end_date="2025-03-04",
           narrative="มีคนโทรมาอ้างว่าเป็นเจ้าหน้าที่ขนส่ง แจ้งว่ามีพัสดุผิดกฎหมายในชื่อผม แล้วโอนสายไปหา 'ตำรวจ "
           "สภ.เมืองนครปฐม' ให้วิดีโอคอลทางไลน์ เห็นคนใส่เครื่องแบบในห้องเหมือนสถานีตำรวจ "
           "บอกว่าบัญชีผมพัวพันคดีฟอกเงิน ต้องโอนเงินไปให้ตรวจสอบ ห้ามบอกใคร ผมโอนไปสองครั้งรวม 640,000 บาท",
           narrative_language="th", losses=[money("640000.00", "THB")], payment_methods=["instant_payment"],
           indicators=[i["caller"], i["line_police"], i["ktb_acct"]], financial_accounts=[a_ktb1],
           impersonated_brands=["Kerry Express", "สภ.เมืองนครปฐม"], impersonated_organisations=[rtp],
           location={"country": T, "subdivision": "TH-50", "locality": "Mueang Chiang Mai"},
           status="referred_to_case", case=c2, receiving_organisation=ccib)
    r3 = R(id="TH-CCIB-RPT-2025-000051", received_at=dt("2025-01-20 21:37", T), reporting_channel="online_portal",
           reporter_role="defrauded_victim", typologies=["task_job_scam"],
           contact_channels=["search_or_social_ad", "messaging_app"], platforms=["tiktok", "line", "telegram"],
           first_contact_date="2025-01-11", incident_start_date="2025-01-12", incident_end_date="2025-01-14",
           narrative="เห็นโฆษณางานเสริมในติ๊กต็อก กดไลก์คลิปได้ครั้งละ 10-50 บาท จากนั้นถูกดึงเข้ากลุ่มเทเลแกรมให้ทำ "
           "'ภารกิจพิเศษ' ต้องเติมเงินก่อนแล้วจะได้คืนพร้อมค่าคอม ครั้งแรกได้คืนจริง ต่อมาให้เติมเพิ่มเรื่อย ๆ "
           "อ้างว่าทำผิดขั้นตอนต้องเติมอีกจึงจะถอนได้ รวมเสียไป 87,400 บาท",
           narrative_language="th", losses=[money("87400.00", "THB")], payment_methods=["instant_payment"],
           indicators=[i["tg_task"], i["promptpay"]], financial_accounts=[a_mule_somchai],
           location={"country": T, "subdivision": "TH-40"}, status="referred_to_case", case=c4,
           receiving_organisation=ccib)
    r4 = R(id="TH-CCIB-RPT-2025-000502", received_at=dt("2025-04-08 14:03", T), reporting_channel="online_portal",
           reporter_role="defrauded_victim", typologies=["fake_loan_or_lending_app"],
           typology_modifiers=["fake_app_or_website", "malware_or_remote_access_tool"],
           contact_channels=["search_or_social_ad", "mobile_app_apk"], platforms=["facebook"],
           first_contact_date="2025-04-02", incident_start_date="2025-04-02", incident_end_date="2025-04-05",
           narrative="ดิฉันกดโฆษณาสินเชื่อด่วนในเฟซบุ๊ก ให้โหลดแอปจากลิงก์ อนุมัติวงเงิน 50,000 บาท แต่ต้องจ่าย "
           "ค่าประกันและค่าปลดล็อกบัญชีก่อนสามครั้ง สุดท้ายไม่ได้เงินกู้ แล้วมีคนโทรข่มขู่และส่งข้อความหาคนในรายชื่อติดต่อของดิฉัน",
           narrative_language="th", losses=[money("12900.00", "THB")], payment_methods=["mobile_money_ewallet"],
           indicators=[i["apk_loan"], i["tmn"]], financial_accounts=[a_tmn],
           location={"country": T, "subdivision": "TH-12"}, status="triaged", receiving_organisation=ccib)
    r5 = R(id="TH-CCIB-RPT-2025-000611", received_at=dt("2025-05-12 09:55", T), reporting_channel="bank_referral",
           reporter_role="defrauded_victim", typologies=["bank_or_business_impersonation",
                                                         "tech_support_remote_access"],
           typology_modifiers=["malware_or_remote_access_tool", "fake_app_or_website"],
           contact_channels=["sms", "messaging_app", "mobile_app_apk"], platforms=["line"],
           first_contact_date="2025-05-10", incident_start_date="2025-05-11", incident_end_date="2025-05-11",
           narrative="ได้ SMS ว่าการไฟฟ้าจะคืนเงินค่ามิเตอร์ ให้แอดไลน์ เจ้าหน้าที่ส่งลิงก์ให้ติดตั้งแอป ขอให้สแกนหน้า "
           "หลังจากนั้นหน้าจอค้าง ตอนเช้าพบว่าเงินในบัญชีกสิกรถูกโอนออกไปหมด 398,250 บาท",
           narrative_language="th", losses=[money("398250.00", "THB")], payment_methods=["instant_payment"],
           indicators=[i["sms_url"], i["apk_pea"], i["ktb_acct"], i["sms_sender"], i["apk_hash"]],
           financial_accounts=[a_ratree, a_ktb1], impersonated_brands=["PEA (Provincial Electricity Authority)"],
           location={"country": T, "subdivision": "TH-11", "locality": "Bang Phli"},
           status="referred_to_case", case=c2, receiving_organisation=ccib)
    r6 = R(id="TH-CCIB-RPT-2025-000734", received_at=dt("2025-06-02 23:18", T), reporting_channel="online_portal",
           reporter_role="defrauded_victim", typologies=["sextortion"], typology_modifiers=["ai_deepfake"],
           contact_channels=["social_media", "messaging_app"], platforms=["instagram", "telegram"],
           first_contact_date="2025-05-30", incident_start_date="2025-06-01", incident_end_date="2025-06-02",
           narrative="มีผู้หญิงทักมาทางไอจี คุยกันแล้วชวนวิดีโอคอล หลังจากนั้นส่งคลิปตัดต่อหน้าผมเป็นภาพโป๊มาขู่ "
           "จะส่งให้เพื่อนและครอบครัว ถ้าไม่จ่าย 30,000 บาท ผมโอนไปก่อน 5,000 บาทแต่เขายังขอเพิ่ม",
           narrative_language="th", losses=[money("5000.00", "THB")], payment_methods=["instant_payment", "card"],
           indicators=[i["ig_sextortion"]], financial_accounts=[a_card],
           location={"country": T, "subdivision": "TH-65"}, status="triaged", receiving_organisation=ccib)
    r7 = R(id="TH-CCIB-RPT-2025-000559", received_at=dt("2025-04-22 13:26", T), reporting_channel="online_portal",
           reporter_role="defrauded_victim", typologies=["recovery_scam"],
           typology_modifiers=["repeat_victimisation"], contact_channels=["social_media"], platforms=["facebook"],
           first_contact_date="2025-03-30", incident_start_date="2025-04-03", incident_end_date="2025-04-18",
           narrative="หลังแจ้งความคดีเทรดคริปโต มีเพจ 'ศูนย์ช่วยเหลือผู้เสียหายออนไลน์' ติดต่อมาว่าเป็นทนายร่วมกับ "
           "ตำรวจไซเบอร์ สามารถดึงเงินคืนได้ 80% ขอค่าธรรมเนียมดำเนินการ 45,000 บาท โอนแล้วติดต่อไม่ได้",
           narrative_language="th", losses=[money("45000.00", "THB")], payment_methods=["bank_transfer_domestic"],
           indicators=[i["fb_recovery"]], financial_accounts=[a_ktb2],
           location={"country": T, "subdivision": "TH-10"}, status="referred_to_case", case=c1,
           receiving_organisation=ccib)
    r8 = R(id="TH-CCIB-RPT-2025-000417", received_at=dt("2025-03-28 16:40", T),
           reporting_channel="platform_referral", reporter_role="witness",
           typologies=["investment_fake_platform"], typology_modifiers=["celebrity_endorsement_ad", "ai_deepfake"],
           contact_channels=["search_or_social_ad"], platforms=["facebook", "youtube"],
           first_contact_date="2025-03-26",
           narrative="A user reported a sponsored video in which a well-known Thai business leader appears to "
           "recommend an 'AI trading robot' returning 30% a month. The lip movements do not match the voice. The "
           "ad leads to a registration page that asks for a phone number and LINE ID.",
           narrative_language="en", attempted_only=True, indicators=[i["ad_url"], i["domain"]],
           status="referred_to_case", case=c1, receiving_organisation=ccib,
           notes="Referred by the platform's trust and safety team; the landing page shares hosting with the "
           "btc-globalx.com platform.")
    r9 = R(id="TH-CCIB-RPT-2025-000077", received_at=dt("2025-01-28 11:05", T), reporting_channel="police_station",
           reporter_role="next_of_kin", typologies=["deceptive_recruitment", "extortion_threat_virtual_kidnapping"],
           typology_modifiers=["scam_compound_linked", "cross_border"],
           contact_channels=["social_media", "messaging_app"], platforms=["facebook", "telegram"],
           first_contact_date="2024-11-25", incident_start_date="2024-12-08", incident_end_date="2025-01-24",
           narrative="ลูกชายได้งานแอดมินตอบแชตเงินเดือน 35,000 บาทจากกลุ่มหางานในเฟซบุ๊ก นายหน้าพาไปแม่สอดแล้ว "
           "ข้ามไปฝั่งพม่า ถูกยึดพาสปอร์ตและโทรศัพท์ ต้องหลอกคนทางออนไลน์ทุกวัน ถ้าไม่ได้ยอดถูกทำร้าย "
           "เขาแอบโทรมาบอกว่าต้องจ่าย 150,000 บาทถึงจะปล่อยตัว แม่โอนไปก่อน 50,000 บาท",
           narrative_language="th", losses=[money("50000.00", "THB")], payment_methods=["bank_transfer_domestic"],
           indicators=[i["tg_recruiter"]], location={"country": T, "subdivision": "TH-30"},
           status="referred_to_case", case=c3, receiving_organisation=rtp)

    # Cases
    C = lambda **f: x.add("cases", **f)  # noqa: E731
    fi = {k: f"TH-AMLO-FI-2025-{n:04d}" for n, k in enumerate(
        ["many_senders", "usdt_tron", "new_acct", "third_party", "vulnerable", "recall"], start=1)}
    C(id=c1, title="Operation Silk Lantern", status="under_investigation", opened_date="2025-02-20",
      lead_agency=ccib, jurisdictions=[T, "KH", "SG"], reports=[r1, r7, r8],
      typologies=["romance_investment", "investment_fake_platform", "recovery_scam"],
      typology_modifiers=["scam_compound_linked", "fake_app_or_website", "ai_deepfake"],
      financial_accounts=[a_mule1, a_shell, a_dep, a_consol, a_ktb2],
      financial_indicators=[fi["usdt_tron"], fi["vulnerable"], fi["recall"]],
      indicators=[i["domain"], i["url"], i["line_david"], i["wallet"], i["ad_url"], i["fb_recovery"]],
      evidence=[ev["line_chat"], ev["chain"], ev["bank_stmt"], ev["whois"]], taskforce=aoc,
      outcomes={"arrests": 1, "assets_frozen": [money("1212400.00", "THB"), crypto("48730.00", "USDT", "tron")]})
    C(id=c2, title="Operation Phantom Station", status="prosecution", opened_date="2025-03-07", lead_agency=ccib,
      jurisdictions=[T, "KH"], reports=[r2, r5],
      typologies=["government_official_impersonation", "bank_or_business_impersonation"],
      typology_modifiers=["malware_or_remote_access_tool", "cross_border"], financial_accounts=[a_ktb1],
      financial_indicators=[fi["many_senders"], fi["new_acct"]],
      indicators=[i["caller"], i["line_police"], i["sms_url"], i["apk_pea"], i["ktb_acct"], i["ip_cc"]],
      evidence=[ev["call_rec"], ev["phone_img"]], taskforce=aoc,
      outcomes={"arrests": 6, "persons_charged": 5, "assets_seized": [money("2450000.00", "THB")],
                "assets_frozen": [money("150000.00", "THB")]})
    C(id=c3, title="Moei River Rescue", status="referred_international", opened_date="2025-01-29",
      lead_agency=rtp, jurisdictions=[T, "MM", "NP", "BD"], reports=[r9],
      typologies=["deceptive_recruitment", "romance_investment"], typology_modifiers=["scam_compound_linked"],
      indicators=[i["tg_recruiter"]], evidence=[ev["cctv"], ev["statement"]], taskforce=mekong,
      outcomes={"arrests": 2, "persons_charged": 2, "victims_rescued": 14},
      notes="Lead passed to Myanmar authorities for the compound; Thai part (recruiters in Mae Sot) continues.")
    C(id=c4, title="Task-scam mule accounts, Udon Thani", status="closed", closure_reason="resolved_conviction",
      opened_date="2025-01-22", closed_date="2025-06-10", lead_agency=ccib, jurisdictions=[T], reports=[r3],
      typologies=["task_job_scam", "identity_fraud_mule_recruitment"], financial_accounts=[a_mule_somchai],
      financial_indicators=[fi["third_party"]], indicators=[i["tg_task"]],
      outcomes={"arrests": 2, "persons_charged": 2, "convictions": 2,
                "assets_forfeited": [money("8000.00", "THB")], "assets_returned": [money("61000.00", "THB")]})

    # Involvements
    inv_n = iter(range(1, 100))
    def inv(person: str, role: str, **f: Any) -> str:
        return x.add("person_involvements", id=f"TH-CCIB-INV-{next(inv_n):04d}", person=person, role=role, **f)
    inv(supaporn, "defrauded_victim", case=c1, report=r1, start_date="2024-10-03", end_date="2025-02-10")
    inv(supaporn, "defrauded_victim", case=c1, report=r7, start_date="2025-03-30", end_date="2025-04-18")
    inv(prasert, "money_mule", case=c1, mule_awareness="witting", start_date="2024-07-15")
    inv(prasert, "account_holder", case=c1)
    inv(chen, "beneficial_owner", case=c1)
    inv(anan, "defrauded_victim", case=c2, report=r2, start_date="2025-03-03", end_date="2025-03-04")
    inv(ratree, "defrauded_victim", case=c2, report=r5, start_date="2025-05-10", end_date="2025-05-11")
    inv(tanakorn, "suspected_perpetrator", case=c2, notes="Arrested at the Aranyaprathet crossing on 2025-04-17.")
    inv(kittipong, "defrauded_victim", case=c4, report=r3)
    inv(somchai, "money_mule", case=c4, mule_awareness="witting", start_date="2024-11-02", end_date="2025-01-23",
        notes="Sold his account and SIM to Wirot for 2,500 THB.")
    inv(wirot, "mule_controller", case=c4)
    inv(nattaya, "defrauded_victim", report=r4)
    inv(young_man, "defrauded_victim", report=r6)
    inv(bunma, "reporter", case=c3, report=r9)
    inv(bunma, "next_of_kin", case=c3)
    inv(jirayu, "tip_victim_forced_criminality", case=c3, start_date="2024-12-08", end_date="2025-02-20")
    inv(bikash, "tip_victim_forced_criminality", case=c3, start_date="2024-09-14", end_date="2025-02-20")
    inv(bikash, "suspected_perpetrator", case=c3,
        notes="His chat persona was used against Thai victims; assessed for non-punishment.")
    inv(rakib, "presumed_tip_victim", case=c3, start_date="2024-10-02", end_date="2025-02-20")
    inv(aung, "recruiter_intermediary", case=c3)
    inv(chen, "compound_manager_organizer", case=c3)
    inv(fisher, "presumed_tip_victim", registered_by=ngo, registration_date="2025-03-01",
        registration_date_precision="month", record_source="hotline",
        notes="Called the foundation's hotline from a port in Samut Sakhon; no report or case yet.")

    # Protection
    s1 = x.add("trafficking_screenings", id="TH-MSDHS-TSC-2025-0041", person=bikash, case=c3,
               screening_date="2025-02-24", screening_organisation=msdhs,
               indicators_observed=["deceptive_online_job_advert", "entry_via_third_country_tourist_visa",
                                    "retention_of_identity_documents", "fraud_quotas",
                                    "phone_confiscation_surveillance", "torture_or_punishment",
                                    "forced_participation_in_crime", "fines_or_debt_for_release",
                                    "threat_of_law_enforcement", "restricts_financial_access"],
               outcome="identified", deciding_organisation=rtp, decision_date="2025-02-26",
               country_of_exploitation="MM", recruitment_channels=["social_media", "messaging_app"],
               recruitment_platforms=["facebook", "telegram"], exploitation_types=["forced_online_scamming"],
               recruiter_relationships=["other"], abducted=False)
    x.add("trafficking_screenings", id="TH-MSDHS-TSC-2025-0042", person=jirayu, case=c3,
          screening_date="2025-02-25", screening_organisation=msdhs,
          indicators_observed=["deception", "restriction_of_movement", "retention_of_identity_documents",
                               "fraud_quotas", "physical_violence", "armed_guards_fenced_compound",
                               "psychological_abuse"],
          outcome="identified", deciding_organisation=rtp, decision_date="2025-02-26",
          country_of_exploitation="MM", exploitation_types=["forced_online_scamming"],
          recruiter_relationships=["friend"], abducted=False)
    x.add("trafficking_screenings", id="TH-MSDHS-TSC-2025-0043", person=rakib, case=c3,
          screening_date="2025-02-25", screening_organisation=ngo,
          indicators_observed=["deceptive_online_job_advert", "debt_bondage", "isolation"],
          outcome="presumed", country_of_exploitation="MM",
          notes="Full interview postponed until a Bengali interpreter is available.")
    x.add("trafficking_screenings", id="TH-MSRF-TSC-2025-0003", person=fisher, screening_date="2025-03-01",
          screening_date_precision="month", screening_organisation=ngo,
          indicators_observed=["withholding_of_wages", "withholds_necessities", "restricts_medical_care",
                               "retention_of_identity_documents", "debt_bondage"],
          outcome="presumed", exploitation_types=["forced_labour_fishing_aquaculture"],
          recruiter_relationships=["family_member"], abducted=False, country_of_exploitation=T,
          notes="Telephone screening by the hotline; referral to the provincial anti-trafficking team pending.")
    x.add("non_punishment_assessments", id="TH-OAG-NPA-2025-0007", person=bikash, case=c3, screening=s1,
          assessment_date="2025-03-03", assessing_organisation=oag, decision="applied",
          legal_basis="Anti-Trafficking in Persons Act B.E. 2551 (2008), section 41")
    pm = iter(range(1, 100))
    def prot(**f: Any) -> str:
        return x.add("protection_measures", id=f"TH-MSDHS-PM-2025-{next(pm):04d}", **f)
    prot(person=bikash, measure_type="shelter", provider=msdhs, status="completed", start_date="2025-02-22",
         end_date="2025-03-11")
    prot(person=bikash, measure_type="interpretation", provider=ngo, status="completed", start_date="2025-02-24",
         end_date="2025-03-03")
    prot(person=jirayu, measure_type="psychosocial", provider=msdhs, status="in_progress", start_date="2025-02-26")
    prot(person=rakib, measure_type="consular_assistance", provider=iom, status="in_progress",
         start_date="2025-02-27")
    prot(person=supaporn, measure_type="legal_aid", provider=oag, status="offered", start_date="2025-03-10")
    x.add("repatriations", id="TH-IMM-REP-2025-0012", person=bikash, origin_country="MM", transit_countries=[T],
          destination_country="NP", status="returned", organisations=[iom, npemb, imm],
          departure_date="2025-02-21", arrival_date="2025-03-12", case=c3, screening=s1, informed_consent=True)
    x.add("repatriations", id="TH-IMM-REP-2025-0013", person=jirayu, origin_country="MM", destination_country=T,
          status="reintegration_follow_up", organisations=[rtp, msdhs], departure_date="2025-02-21",
          arrival_date="2025-02-21")
    x.add("repatriations", id="TH-IMM-REP-2025-0014", person=rakib, origin_country="MM", transit_countries=[T],
          destination_country="BD", status="documents_in_preparation", organisations=[iom],
          departure_date="2025-02-21", notes="Awaiting travel permit from the Embassy of Bangladesh.")

    # Beneficial ownership
    x.add("beneficial_ownerships", id="TH-AMLO-BO-2025-0001", subject=shell, interested_person=prasert,
          interest_types=["shareholding", "appointment_of_board", "nominee"], share_exact=49.0, beneficial=False,
          start_date="2024-06-03", end_date="2025-03-15", source_types=["official_register"],
          notes="Resigned as director and transferred his shares after the accounts were frozen.")
    x.add("beneficial_ownerships", id="TH-AMLO-BO-2025-0002", subject=shell, interested_person=chen,
          interest_types=["other_influence_or_control", "nominator"], share_minimum=25.0, share_maximum=50.0,
          beneficial=True, start_date="2024-06-03", source_types=["primary_research", "third_party"],
          notes="Control inferred from LINE messages instructing the nominee director.")
    x.add("beneficial_ownerships", id="TH-AMLO-BO-2025-0003", subject=compound, interested_person=chen,
          interest_types=["senior_managing_official"], beneficial=True, source_types=["third_party"])

    # Focal points
    focal_points(x, "TH", [
        ("prevention", ccib, "Cyber Crime Prevention Division", ("email_address", "prevention@ccib.go.th", None),
         ["th", "en"], False),
        ("prosecution", oag, "International Affairs Department", ("email_address", "gpos.prosecution@ago.go.th",
                                                                    None), ["th", "en"], False),
        ("protection_defrauded_victims", ccib, "Anti Online Scam Operation Center",
         ("phone_number", phone(T, "021418989"), None), ["th", "en"], True),
        ("protection_trafficking_victims", msdhs, "Division of Anti-Trafficking in Persons",
         ("email_address", "atip.focal@m-society.go.th", None), ["th", "en", "my"], True),
        ("policy_partnership", rtp, "Foreign Affairs Division", ("messaging_account", "@rtp_gpos_desk", "signal"),
         ["th", "en"], False),
        ("financial_intelligence", amlo, "Financial Intelligence Division",
         ("email_address", "fiu.exchange@amlo.go.th", None), ["th", "en"], False),
    ], "2025-01-15", "2025-06-20")

    # Transactions
    t = iter(range(1, 100))
    def tx(**f: Any) -> str:
        return x.add("transactions", id=f"TH-CCIB-TXN-2025-{next(t):04d}", **f)
    t1 = tx(from_account=a_victim1, to_account=a_mule1, amount=money("500000.00", "THB"),
            executed_at=dt("2024-11-12 09:31", T), payment_method="bank_transfer_domestic",
            reference="KB2411120931457", report=r1)
    tx(from_account=a_victim1, to_account=a_shell, amount=money("850000.00", "THB"),
       executed_at=dt("2024-12-20 13:02", T), payment_method="bank_transfer_domestic", reference="KB2412201302118",
       report=r1)
    tx(from_account=a_victim1, to_account=a_shell, amount=money("500000.00", "THB"),
       executed_at=dt("2025-01-15 10:47", T), payment_method="bank_transfer_domestic", reference="KB2501151047602",
       report=r1)
    t4 = tx(from_account=a_bitkub, to_account=a_dep, amount=crypto("12500.00", "USDT", "tron"),
            executed_at=dt("2025-02-10 19:22", T), payment_method="cryptocurrency",
            blockchain_tx_hash=tx_hash("th-t4"), report=r1)
    t5 = tx(from_account=a_dep, to_account=a_consol, amount=crypto("58200.00", "USDT", "tron"),
            executed_at=dt("2025-02-10 19:41", T), payment_method="cryptocurrency",
            blockchain_tx_hash=tx_hash("th-t5"))
    tx(to_account=a_ktb1, amount=money("420000.00", "THB"), executed_at=dt("2025-03-03 15:12", T),
       payment_method="instant_payment", report=r2)
    tx(to_account=a_ktb1, amount=money("220000.00", "THB"), executed_at=dt("2025-03-04 10:05", T),
       payment_method="instant_payment", report=r2)
    for n, (amt, when) in enumerate([("1200.00", "2025-01-12 20:14"), ("16200.00", "2025-01-13 21:02"),
                                     ("70000.00", "2025-01-14 19:48")]):
        tx(to_account=a_mule_somchai, amount=money(amt, "THB"), executed_at=dt(when, T),
           payment_method="instant_payment", reference=f"PP2501{12 + n}{4417 + n:06d}", report=r3)
    tx(to_account=a_tmn, amount=money("4900.00", "THB"), executed_at=dt("2025-04-02 18:20", T),
       payment_method="mobile_money_ewallet", report=r4)
    tx(to_account=a_tmn, amount=money("8000.00", "THB"), executed_at=dt("2025-04-05 11:43", T),
       payment_method="mobile_money_ewallet", report=r4)
    tx(from_account=a_ratree, to_account=a_ktb1, amount=money("398250.00", "THB"),
                  executed_at=dt("2025-05-11 02:14", T), payment_method="instant_payment", report=r5,
                  notes="Initiated from the victim's own phone while under remote control.")
    tx(to_account=a_ktb2, amount=money("45000.00", "THB"), executed_at=dt("2025-04-03 12:30", T),
       payment_method="bank_transfer_domestic", report=r7)
    tx(from_account=a_card, amount=money("5000.00", "THB"), executed_at=dt("2025-06-02 22:51", T),
       payment_method="card", report=r6, notes="Card payment to a gift-card reseller named by the extortioner.")

    # Financial indicators
    F = lambda **f: x.add("financial_indicators", **f)  # noqa: E731
    F(id=fi["many_senders"], red_flag="many_unrelated_senders_one_beneficiary", subject_account=a_ktb1,
      source="bank", source_organisation=ktb, observed_at=dt("2025-03-06 08:30", T), confidence=85)
    F(id=fi["usdt_tron"], red_flag="dominant_usdt_on_tron", subject_account=a_consol, subject_transaction=t5,
      source="fiu", source_organisation=amlo, observed_at=dt("2025-02-27 14:00", T), confidence=90)
    F(id=fi["new_acct"], red_flag="new_account_high_volume", subject_account=a_ktb1, source="fiu",
      source_organisation=amlo, observed_at=dt("2025-03-07 10:20", T), confidence=80)
    F(id=fi["third_party"], red_flag="account_controlled_by_third_party", subject_account=a_mule_somchai,
      subject_person=somchai, source="law_enforcement", source_organisation=ccib,
      observed_at=dt("2025-01-23 16:45", T), confidence=95)
    F(id=fi["vulnerable"], red_flag="vulnerable_customer_sudden_crypto_purchases", subject_account=a_bitkub,
      subject_transaction=t4, subject_person=supaporn, source="vasp", source_organisation=bitkub,
      observed_at=dt("2025-02-10 19:30", T), confidence=60)
    F(id=fi["recall"], red_flag="fund_recall_requests_received", subject_account=a_mule1, subject_transaction=t1,
      source="bank", source_organisation=kbank, observed_at=dt("2025-02-18 09:12", T), confidence=75)

    # Asset actions
    aa = iter(range(1, 100))
    def act(**f: Any) -> str:
        return x.add("asset_actions", id=f"TH-AMLO-AA-2025-{next(aa):04d}", **f)
    act(action_type="freeze", amount=money("1212400.00", "THB"), action_date="2025-02-21", authority=amlo,
        legal_basis="Emergency Decree on Measures for the Prevention and Suppression of Technology Crimes "
        "B.E. 2566 (2023), section 6", accounts=[a_mule1, a_shell], case=c1)
    act(action_type="freeze", amount=crypto("48730.00", "USDT", "tron"), action_date="2025-03-02",
        authority=tether, legal_basis="Issuer freeze on CCIB request of 2025-02-28", accounts=[a_consol], case=c1)
    act(action_type="seizure", amount=money("2450000.00", "THB"), action_date="2025-04-18", authority=ccib,
        legal_basis="Criminal Procedure Code, section 85", case=c2,
        notes="Cash and gold found at the suspects' rented house in Sa Kaeo.")
    act(action_type="fund_recall", amount=money("150000.00", "THB"), action_date="2025-05-12", authority=kbank,
        accounts=[a_ktb1], case=c2)
    act(action_type="forfeiture_confiscation", amount=money("8000.00", "THB"), action_date="2025-06-10",
        authority=court, legal_basis="Criminal Code, section 33", accounts=[a_mule_somchai], case=c4)
    act(action_type="restitution_to_victims", amount=money("61000.00", "THB"), action_date="2025-06-05",
        authority=amlo, legal_basis="Ministerial regulation on returning assets to victims of technology crimes",
        accounts=[a_mule_somchai], case=c4, beneficiaries=[kittipong])

    # Indicators
    I = lambda key, **f: x.add("indicators", id=i[key], **f)  # noqa: E731,E741
    I("domain", indicator_type="domain", value="btc-globalx.com", normalised_value="btc-globalx.com",
      first_seen=dt("2024-11-10 00:00", T), last_seen=dt("2025-03-15 00:00", T), confidence=95,
      status="taken_down", reports=[r1, r8], cases=[c1])
    I("url", indicator_type="url", value="https://app.btc-globalx.com/#/register?code=DV8821",
      normalised_value="https://app.btc-globalx.com/#/register?code=DV8821", confidence=95, status="taken_down",
      reports=[r1], cases=[c1])
    I("line_david", indicator_type="messaging_account", value="david.tan88", platform="line", confidence=85,
      status="blocked", reports=[r1], cases=[c1])
    I("wallet", indicator_type="crypto_wallet_address", value=w_deposit, normalised_value=w_deposit,
      crypto_network="tron", first_seen=dt("2024-12-01 04:12", "UTC"), last_seen=dt("2025-02-10 12:41", "UTC"),
      confidence=100, status="active", reports=[r1], cases=[c1])
    I("caller", indicator_type="phone_number", value="02-014-5523", normalised_value=phone(T, "020145523"),
      confidence=70, status="blocked", reports=[r2], cases=[c2],
      notes="Spoofed caller ID; the call came in over VoIP.")
    I("line_police", indicator_type="messaging_account", value="สภ.เมืองนครปฐม (@npt-case-center)",
      normalised_value="@npt-case-center", platform="line", confidence=90, status="blocked", reports=[r2],
      cases=[c2])
    I("sms_url", indicator_type="url", value="https://pea-refund.cc/th", normalised_value="https://pea-refund.cc/th",
      confidence=95, status="blocked", reports=[r5], cases=[c2])
    I("apk_pea", indicator_type="mobile_app", value="com.pea.smartrefund", confidence=90, status="blocked",
      reports=[r5], cases=[c2])
    I("tg_task", indicator_type="messaging_account", value="@tiktok_task_center_th", platform="telegram",
      confidence=90, status="taken_down", reports=[r3], cases=[c4])
    I("apk_loan", indicator_type="mobile_app", value="com.sinchai.quickloan", confidence=80, status="active",
      reports=[r4])
    I("ig_sextortion", indicator_type="social_media_account", value="nong.mint.2004", platform="instagram",
      confidence=75, status="under_review", reports=[r6])
    I("ad_url", indicator_type="url", value="https://thai-invest-set.online/?ref=fb",
      normalised_value="https://thai-invest-set.online/?ref=fb", platform="facebook", confidence=90,
      status="taken_down", reports=[r8], cases=[c1])
    I("tmn", indicator_type="ewallet_account", value="TrueMoney 092-998-1234", normalised_value=phone(T, "0929981234"),
      confidence=85, status="active", reports=[r4])
    I("fb_recovery", indicator_type="social_media_account", value="ศูนย์ช่วยเหลือผู้เสียหายออนไลน์",
      normalised_value="facebook.com/61558201937714", platform="facebook", confidence=85, status="taken_down",
      reports=[r7], cases=[c1])
    I("ktb_acct", indicator_type="bank_account", value="981-0-44721-6", normalised_value="9810447216",
      confidence=100, status="blocked", reports=[r2, r5], cases=[c2])
    I("ip_cc", indicator_type="ip_address", value="203.0.113.47", first_seen=dt("2025-03-01 00:00", T),
      last_seen=dt("2025-04-16 00:00", T), confidence=65, status="inactive", cases=[c2])
    I("tg_recruiter", indicator_type="messaging_account", value="@jobs_maesot_cs", platform="telegram",
      confidence=90, status="active", reports=[r9], cases=[c3])
    w_sanctioned = tron_address("th-ofac-compound-treasury")
    I("sanctioned_wallet", indicator_type="crypto_wallet_address", value=w_sanctioned, normalised_value=w_sanctioned,
      crypto_network="tron", crypto_asset="USDT", token_contract="TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t",
      source_organisation=ofac, first_seen=dt("2025-05-05 00:00", "UTC"), first_seen_precision="day",
      confidence=100, status="active", cases=[c3],
      notes="Listed as a digital currency address of the compound operator in its OFAC designation.")
    I("sms_sender", indicator_type="sms_sender_id", value="PEA-Refund", confidence=90, status="blocked",
      impersonated_brands=["PEA (Provincial Electricity Authority)"], reports=[r5], cases=[c2])
    I("apk_hash", indicator_type="file_hash", value=sha256_hex("th-apk-pea"), normalised_value=sha256_hex("th-apk-pea"),
      confidence=95, status="blocked", reports=[r5], cases=[c2])
    I("promptpay", indicator_type="payment_alias", payment_scheme="promptpay", value="086-147-9025",
      normalised_value=phone(T, "0861479025"), confidence=85, status="blocked", reports=[r3], cases=[c4])
    I("suspect_imei", indicator_type="imei", value="49-015420-323751-8", normalised_value="490154203237518",
      confidence=100, status="inactive", cases=[c2], notes="Handset seized from a suspect at arrest.")

    # Evidence
    E = lambda key, **f: x.add("evidence", id=ev[key], **f)  # noqa: E731
    E("line_chat", evidence_type="chat_export", description="LINE chat history between the victim and 'David', "
      "October 2024 to February 2025, exported from the victim's phone.", sha256=sha256_hex("th-line-chat"),
      exhibit_number="CCIB-2568-0017-01", acquired_at=dt("2025-02-17 11:20", T), acquired_by=ccib,
      acquisition_method="voluntary_submission", case=c1,
      custody_events=custody(("collected", dt("2025-02-17 11:20", T), None, ccib, "Victim interview"),
                             ("stored", dt("2025-02-17 15:00", T), None, ccib, "Evidence server"),
                             ("copied", dt("2025-02-24 10:00", T), ccib, amlo, "Financial tracing")))
    E("chain", evidence_type="blockchain_tx", description="Tracing of USDT flows from the deposit address to the "
      "consolidation address on TRON.", sha256=sha256_hex("th-chain"), acquired_at=dt("2025-02-26 09:00", T),
      acquired_by=amlo, acquisition_method="open_source_collection", case=c1,
      custody_events=custody(("collected", dt("2025-02-26 09:00", T), None, amlo, None),
                             ("analysed", dt("2025-02-27 13:30", T), None, amlo, "Clustering and exposure")))
    E("bank_stmt", evidence_type="bank_statement", description="Statements of the nominee and company accounts.",
      sha256=sha256_hex("th-bank"), exhibit_number="CCIB-2568-0017-03", acquired_at=dt("2025-02-25 16:10", T),
      acquired_by=ccib, legal_authorisation="Request under the Technology Crimes Emergency Decree B.E. 2566, "
      "section 4", case=c1)
    E("call_rec", evidence_type="call_recording", description="Recording of the video call with the fake officer, "
      "made by the victim's son.", sha256=sha256_hex("th-call"), acquired_at=dt("2025-03-05 09:30", T),
      acquired_by=ccib, acquisition_method="voluntary_submission", case=c2)
    E("phone_img", evidence_type="device_forensic_image", description="Full file-system extraction of a suspect's "
      "phone seized at arrest.", sha256=sha256_hex("th-phone"), exhibit_number="CCIB-2568-0031-07",
      acquired_at=dt("2025-04-17 18:40", T), acquired_by=ccib, acquisition_method="file_system",
      legal_authorisation="Search warrant of the Criminal Court no. 1187/2568", case=c2,
      custody_events=custody(("collected", dt("2025-04-17 18:40", T), None, ccib, "Seized at arrest"),
                             ("analysed", dt("2025-04-18 14:20", T), None, ccib, "Forensic extraction"),
                             ("stored", dt("2025-04-19 09:00", T), None, ccib, None)))
    E("cctv", evidence_type="photo_cctv", description="CCTV still of the recruiter escorting four men to a boat "
      "landing on the Moei river.", sha256=sha256_hex("th-cctv"), acquired_at=dt("2025-02-02 10:00", T),
      acquired_by=imm, acquisition_method="physical", case=c3,
      custody_events=custody(("collected", dt("2025-02-02 10:00", T), None, imm, None),
                             ("transferred", dt("2025-02-03 08:30", T), imm, rtp, "Investigation")))
    E("statement", evidence_type="victim_or_witness_statement", description="Statement of a rescued Nepali worker, "
      "taken with an interpreter.", sha256=sha256_hex("th-statement"), acquired_at=dt("2025-02-27 10:00", T),
      acquired_by=rtp, acquisition_method="voluntary_submission", case=c3)
    E("apk", evidence_type="app_apk", description="APK of the fake lending app downloaded from the ad link.",
      sha256=sha256_hex("th-apk"), acquired_at=dt("2025-04-09 10:12", T), acquired_by=ccib,
      acquisition_method="open_source_collection")
    E("whois", evidence_type="domain_whois_dns", description="WHOIS and passive DNS of btc-globalx.com.",
      sha256=sha256_hex("th-whois"), acquired_at=dt("2025-02-21 11:00", T), acquired_by=ccib,
      acquisition_method="open_source_collection", case=c1)

    # Cooperation
    x.add("cooperation_requests", id="TH-RTP-P2P-2025-0003", case=c3, request_type="police_to_police",
          requesting_organisation=rtp, requested_organisation=mmpol, requested_country="MM",
          sent_date="2025-02-03", status="acknowledged")
    x.add("cooperation_requests", id="TH-CCIB-PDR-2025-0011", case=c1, request_type="platform_data_request",
          requesting_organisation=ccib, requested_organisation=meta, requested_country="IE",
          sent_date="2025-02-24", response_date="2025-04-02", status="executed")
    x.add("cooperation_requests", id="TH-RTP-VRR-2025-0002", case=c3, request_type="victim_repatriation_request",
          requesting_organisation=rtp, requested_organisation=npcb, requested_country="NP",
          sent_date="2025-02-26", response_date="2025-03-05", status="executed")
    x.add("cooperation_requests", id="TH-OAG-MLA-2025-0005", case=c2, request_type="mutual_legal_assistance",
          requesting_organisation=oag, requested_country="KH", sent_date="2025-05-20", status="sent")
    x.add("cooperation_requests", id="TH-AMLO-FIU-2025-0014", case=c1, request_type="fiu_to_fiu",
          requesting_organisation=amlo, requested_country="KH", sent_date="2025-03-04",
          response_date="2025-04-11", status="partially_executed")

    # Moderation actions and entity risk assessments (0.2.0)
    x.add("moderation_actions", id="TH-CCIB-MOD-2025-0001", action_type="ad_rejected_or_removed",
          acted_at=dt("2025-03-02 14:05", T), actor=meta, platform="facebook", trigger="authority_request",
          indicators=[i["ad_url"]], request="TH-CCIB-PDR-2025-0011", case=c1,
          legal_basis="Advertising standards: fraud, scams and deceptive practices")
    x.add("moderation_actions", id="TH-CCIB-MOD-2025-0002", action_type="account_banned",
          acted_at=dt("2025-03-06 09:30", T), actor=meta, platform="facebook", trigger="shared_indicator",
          indicators=[i["fb_recovery"]], items_actioned=3, case=c1,
          notes="The page and two linked profiles posing as a victim-support centre.")
    x.add("entity_risk_assessments", id="TH-AMLO-ERA-2025-0001", subject=shell, assessing_organisation=amlo,
          assessment_date="2025-03-20", risk_level="high",
          risk_factors=["nominee_or_shell_structure", "front_business"],
          beneficial_ownerships=["TH-AMLO-BO-2025-0001", "TH-AMLO-BO-2025-0002"], cases=[c1],
          summary="Trading company with no activity at its registered address; its account received victim funds "
          "and forwarded them to a VASP within hours.")
    x.add("entity_risk_assessments", id="TH-AMLO-ERA-2025-0002", subject=compound, assessing_organisation=amlo,
          assessment_date="2025-04-08", risk_level="established",
          risk_factors=["special_economic_zone_operator", "compound_property_owner", "opaque_foreign_investment"],
          operating_location={"country": "MM", "subdivision": "MM-13"},
          beneficial_ownerships=["TH-AMLO-BO-2025-0003"], cases=[c3])

    # Sanctions designations (0.2.0): the compound operator on OFAC's list with its wallet, its boss on AMLO's
    x.add("sanctions_designations", id="TH-AMLO-SAN-2025-0001", authority="ofac", authority_organisation=ofac,
          list_name="Specially Designated Nationals and Blocked Persons List", programmes=["TCO", "CYBER2"],
          list_reference="EX-53120", status="active", listing_date="2025-05-05",
          designated_organisation=compound, designated_indicators=[i["sanctioned_wallet"]],
          legal_basis="Executive Order 13581, as amended", source_url="https://sanctionssearch.ofac.treas.gov/",
          cases=[c3], notes="Synthetic example; the entry number is not a real OFAC entry.")
    x.add("sanctions_designations", id="TH-AMLO-SAN-2025-0002", authority="national", authority_organisation=amlo,
          list_name="AMLO list of designated persons", status="active", listing_date="2025-06-02",
          designated_person=chen, legal_basis="Anti-Money Laundering Act B.E. 2542 (1999), as amended",
          cases=[c1, c3])
    return x.build()
