"""The synthetic reference export of Peru (PNP DIVINDAT, UIF-Perú)."""

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
    money,
    phone,
    sha256_hex,
    tx_hash,
)


def pe_ruc(base10: str) -> str:
    """A Peruvian RUC (taxpayer number, 11 digits) with its check digit."""
    from stdnum.pe import ruc

    value = base10 + ruc.calc_check_digit(base10)
    assert ruc.is_valid(value), value
    return value


def build_pe() -> dict[str, Any]:
    E_ = "PE"
    x = ExportBuilder(E_, "PE-DIVINDAT-EXP-2025-H1", "PE-ORG-DIVINDAT", dt("2025-07-03 09:45", E_), "AMBER")
    org = lambda **f: x.add("organisations", **f)  # noqa: E731
    pnp = org(id="PE-ORG-PNP", name="Policía Nacional del Perú", organisation_type="law_enforcement", country=E_,
              website="https://www.policia.gob.pe")
    divindat = org(id="PE-ORG-DIVINDAT", name="División de Investigación de Delitos de Alta Tecnología (DIVINDAT)",
                   organisation_type="law_enforcement", country=E_, parent_organisation=pnp)
    trata = org(id="PE-ORG-DIRCTPTIM", name="Dirección contra la Trata de Personas y Tráfico Ilícito de Migrantes",
                organisation_type="law_enforcement", country=E_, parent_organisation=pnp)
    sbs = org(id="PE-ORG-SBS", name="Superintendencia de Banca, Seguros y AFP", organisation_type="regulator",
              country=E_, website="https://www.sbs.gob.pe")
    uif = org(id="PE-ORG-UIF", name="Unidad de Inteligencia Financiera del Perú (UIF-Perú)",
              organisation_type="fiu", country=E_, parent_organisation=sbs)
    mp = org(id="PE-ORG-MPFN", name="Ministerio Público – Fiscalía de la Nación", organisation_type="prosecutor",
             country=E_, website="https://www.gob.pe/mpfn")
    court = org(id="PE-ORG-JIPLIMA", name="Juzgado de Investigación Preparatoria de Lima", organisation_type="court",
                country=E_)
    mimp = org(id="PE-ORG-MIMP", name="Ministerio de la Mujer y Poblaciones Vulnerables", organisation_type="ministry",
               country=E_, website="https://www.gob.pe/mimp")
    rree = org(id="PE-ORG-RREE", name="Ministerio de Relaciones Exteriores", organisation_type="ministry", country=E_)
    emb = org(id="PE-ORG-EMBTH", name="Embajada del Perú en Tailandia", organisation_type="embassy_consulate",
              country="TH", parent_organisation=rree)
    bcp = org(id="PE-ORG-BCP", name="Banco de Crédito del Perú", organisation_type="bank", country=E_, bic="BCPLPEPL",
              notes="Also issues the Yape e-wallet.")
    ibk = org(id="PE-ORG-INTERBANK", name="Banco Internacional del Perú (Interbank)", organisation_type="bank",
              country=E_, bic="BINPPEPL")
    bbva = org(id="PE-ORG-BBVA", name="BBVA Perú", organisation_type="bank", country=E_, bic="BCONPEPL")
    telco = org(id="PE-ORG-TDP", name="Telefónica del Perú S.A.A.", organisation_type="telecom", country=E_)
    dealer = org(id="PE-ORG-COMANDINA", name="Comunicaciones Andinas S.A.C.", organisation_type="private_company",
                 country=E_, registration_number=pe_ruc("2060451872"),
                 notes="Authorised dealer where the duplicate SIM was issued.")
    vasp = org(id="PE-ORG-ANDESX", name="Andes Crypto Exchange S.A.C.", organisation_type="vasp", country=E_,
               registration_number=pe_ruc("2061127394"))
    shell = org(id="PE-ORG-IVA", name="Inversiones Vargas & Asociados E.I.R.L.", organisation_type="private_company",
                country=E_, registration_number=pe_ruc("2060988231"))
    tether = org(id="PE-ORG-TETHER", name="Tether Operations Limited", organisation_type="vasp")
    ngo = org(id="PE-ORG-RRS", name="Red Retorno Seguro Perú", organisation_type="ngo", country=E_)
    iom = org(id="PE-ORG-IOM", name="Organización Internacional para las Migraciones, Perú",
              organisation_type="international_organisation", country=E_)
    ccib = org(id="PE-ORG-THCCIB", name="Cyber Crime Investigation Bureau, Royal Thai Police",
               organisation_type="law_enforcement", country="TH")
    meta = org(id="PE-ORG-META", name="Meta Platforms, Inc.", organisation_type="platform", country="US")
    bytedance = org(id="PE-ORG-TIKTOK", name="TikTok Pte. Ltd.", organisation_type="platform", country="SG")

    tf = x.add("taskforces", id="PE-TF-FRAUDEDIG", name="Mesa de Trabajo contra el Fraude Digital",
               member_organisations=[divindat, uif, sbs, bcp, ibk, bbva, telco], lead_organisation=divindat,
               countries=[E_], mandate="Bloqueo rápido de cuentas y billeteras receptoras y recuperación de fondos "
               "de víctimas de fraude digital.", established_date="2024-04-09")
    tf2 = x.add("taskforces", id="PE-TF-TRATASIA",
                name="Equipo Conjunto Trata con Fines de Criminalidad Forzada – Asia",
                member_organisations=[trata, mp, mimp, rree, iom, ngo], lead_organisation=trata,
                countries=[E_, "TH", "MM"], mandate="Rescue and return of Peruvians held in scam centres in Southeast "
                "Asia and prosecution of the recruiters in Peru.", established_date="2025-02-14")

    ev = {k: f"PE-DIVINDAT-EVD-2025-{n:04d}" for n, k in enumerate(
        ["sms", "tiktok_records", "chat", "chain", "yape_stmt", "call", "capture", "cctv", "sim_form"], start=1)}
    P = lambda **f: x.add("persons", **f)  # noqa: E731
    rosa = P(id="PE-DIVINDAT-PER-0001", gender="female", age_band="age_45_54", nationalities=[E_],
             country_of_residence=E_, languages=["es", "qu"], names=["Rosa Quispe Mamani"],
             contact_details=[{"kind": "phone_number", "value": phone(E_, "951204377")}],
             residence={"country": E_, "subdivision": "PE-LMA", "locality": "San Juan de Lurigancho"})
    milagros = P(id="PE-DIVINDAT-PER-0002", gender="female", age_band="age_25_34", minor_at_exploitation=False,
                 nationalities=[E_], country_of_residence=E_, languages=["es", "en"],
                 names=["Milagros Huamán Quispe"], date_of_birth="1999-07-30",
                 identity_documents=[{"document_type": "passport", "number": "123987456", "issuing_country": E_,
                                      "retained_by_third_party": True},
                                     {"document_type": "DNI", "number": "72841935", "issuing_country": E_}],
                 contact_details=[{"kind": "social_media_account", "value": "@mila.hq", "platform": "tiktok"}],
                 residence={"country": E_, "subdivision": "PE-LMA", "locality": "San Juan de Lurigancho"})
    jhonatan = P(id="PE-DIVINDAT-PER-0003", gender="male", age_band="age_25_34", nationalities=[E_],
                 country_of_residence=E_, languages=["es"], names=["Jhonatan Ríos Paredes", "Jhon Asia Jobs"],
                 contact_details=[{"kind": "social_media_account", "value": "@trabajos.asia.peru",
                                   "platform": "tiktok"},
                                  {"kind": "phone_number", "value": phone(E_, "987332014")}],
                 photographs=[ev["cctv"]])
    carlos = P(id="PE-DIVINDAT-PER-0004", gender="male", age_band="age_55_64", nationalities=[E_],
               country_of_residence=E_, languages=["es"], names=["Carlos Mendoza Torres"],
               residence={"country": E_, "subdivision": "PE-ARE", "locality": "Cayma, Arequipa"})
    kevin = P(id="PE-DIVINDAT-PER-0005", gender="male", age_band="age_18_24",
              minor_at_exploitation=False, nationalities=[E_],
              country_of_residence=E_, languages=["es"], names=["Kevin Chávez Soto"],
              identity_documents=[{"document_type": "DNI", "number": "76120448", "issuing_country": E_}])
    lucia = P(id="PE-DIVINDAT-PER-0006", gender="female", age_band="age_18_24",
              minor_at_exploitation=False, nationalities=["VE"],
              country_of_residence=E_, languages=["es"], names=["Lucía Flores Pérez"],
              identity_documents=[{"document_type": "carné de extranjería", "number": "002841736",
                                   "issuing_country": E_}])
    chato = P(id="PE-DIVINDAT-PER-0007", gender="male", age_band="age_35_44", nationalities=[E_],
              country_of_residence=E_, languages=["es"], names=["Luis Alberto Vargas Ccahuana", "Chato"],
              residence={"country": E_, "subdivision": "PE-CAL", "locality": "Callao"})
    yesenia = P(id="PE-DIVINDAT-PER-0008", gender="female", age_band="age_25_34", nationalities=[E_],
                country_of_residence=E_, languages=["es"], names=["Yesenia Cruz Aguilar"],
                residence={"country": E_, "subdivision": "PE-LMA", "locality": "Comas"})
    jorge = P(id="PE-DIVINDAT-PER-0009", gender="male", age_band="age_45_54", nationalities=[E_],
              country_of_residence=E_, languages=["es", "en"], names=["Jorge Salazar Díaz"],
              residence={"country": E_, "subdivision": "PE-LMA", "locality": "Santiago de Surco"})
    mariaelena = P(id="PE-DIVINDAT-PER-0010", gender="female", age_band="age_35_44", nationalities=[E_],
                   country_of_residence=E_, languages=["es", "qu"], names=["María Elena Ccori Huillca"],
                   residence={"country": E_, "subdivision": "PE-CUS", "locality": "Wanchaq, Cusco"})
    diego = P(id="PE-DIVINDAT-PER-0011", gender="male", age_band="age_18_24",
              minor_at_exploitation=False, nationalities=[E_],
              country_of_residence=E_, languages=["es"], names=["Diego Paredes Rojas"],
              residence={"country": E_, "subdivision": "PE-LAL", "locality": "Trujillo"})
    andrea = P(id="PE-DIVINDAT-PER-0012", gender="female", age_band="age_25_34", nationalities=[E_],
               country_of_residence=E_, languages=["es"], names=["Andrea Gómez Villanueva"])
    ricardo = P(id="PE-DIVINDAT-PER-0013", gender="male", age_band="age_55_64", nationalities=[E_],
                country_of_residence=E_, languages=["es", "en"], names=["Ricardo Benavides Larco"],
                residence={"country": E_, "subdivision": "PE-LMA", "locality": "Miraflores"})
    pedro = P(id="PE-DIVINDAT-PER-0014", gender="male", age_band="age_25_34", nationalities=[E_],
              country_of_residence=E_, languages=["es"], names=["Pedro Huamaní Condori"])
    informant = P(id="PE-DIVINDAT-PER-0015", gender="unknown", age_band="unknown", nationalities=[E_],
                  notes="Identity protected; still held in the compound and in contact with investigators.")
    joseluis = P(id="PE-DIVINDAT-PER-0016", gender="male", age_band="age_25_34",
                 minor_at_exploitation=False, nationalities=[E_],
                 country_of_residence=E_, languages=["es"], names=["José Luis Inga Ramos"])

    A = lambda **f: x.add("financial_accounts", **f)  # noqa: E731
    a_carlos = A(id="PE-DIVINDAT-ACC-0001", account_type="bank_account", provider=bcp, holder_person=carlos,
                 account_number="215-31845720-0-48", bic="BCPLPEPL", country=E_, currency="PEN")
    a_kevin_yape = A(id="PE-DIVINDAT-ACC-0002", account_type="ewallet_mobile_money", provider=bcp,
                     holder_person=kevin, holder_name="Kevin Chavez S.", account_number="912845301", country=E_,
                     currency="PEN", opened_date="2024-08-19", notes="Yape wallet.")
    a_lucia = A(id="PE-DIVINDAT-ACC-0003", account_type="bank_account", provider=ibk, holder_person=lucia,
                account_number="898-3204517290", bic="BINPPEPL", country=E_, currency="PEN", opened_date="2024-11-05")
    a_shell = A(id="PE-DIVINDAT-ACC-0004", account_type="bank_account", provider=bbva, holder_organisation=shell,
                holder_name="INVERSIONES VARGAS & ASOCIADOS EIRL", account_number="0011-0174-0200581936",
                bic="BCONPEPL", country=E_, currency="PEN", opened_date="2024-03-12")
    a_recruiter = A(id="PE-DIVINDAT-ACC-0005", account_type="bank_account", provider=bcp, holder_person=jhonatan,
                    account_number="191-40922735-0-12", bic="BCPLPEPL", country=E_, currency="PEN",
                    opened_date="2022-06-01")
    a_jorge = A(id="PE-DIVINDAT-ACC-0006", account_type="vasp_account", provider=vasp, holder_person=jorge,
                account_number="AX-0048172", crypto_assets=["USDT"], country=E_, opened_date="2025-01-28")
    w_platform = eth_address("pe-platform")
    a_platform = A(id="PE-DIVINDAT-ACC-0007", account_type="crypto_wallet", wallet_address=w_platform,
                   crypto_network="ethereum", crypto_assets=["USDT", "ETH"])
    w_layer = eth_address("pe-layer")
    a_layer = A(id="PE-DIVINDAT-ACC-0008", account_type="crypto_wallet", wallet_address=w_layer,
                crypto_network="ethereum", crypto_assets=["USDT"])
    a_plin = A(id="PE-DIVINDAT-ACC-0009", account_type="ewallet_mobile_money", provider=ibk,
               holder_name="Rosmery T.", account_number="934710286", country=E_, currency="PEN",
               notes="Plin wallet.")
    a_ricardo = A(id="PE-DIVINDAT-ACC-0010", account_type="bank_account", provider=bbva, holder_person=ricardo,
                  account_number="0011-0240-0100338847", bic="BCONPEPL", country=E_, currency="PEN")
    a_card = A(id="PE-DIVINDAT-ACC-0011", account_type="card", provider=bbva, holder_person=ricardo,
                card_last4="7702", country=E_, currency="PEN")
    a_loan = A(id="PE-DIVINDAT-ACC-0012", account_type="payment_service_account", holder_name="PRESTAFACIL PAGOS",
               account_number="PSP-77341902", country=E_, currency="PEN",
               notes="Collection account at a payment aggregator used by the loan app.")

    i = {k: f"PE-DIVINDAT-IND-{n:04d}" for n, k in enumerate(
        ["sms_url", "sender", "loan_app", "tiktok_recruiter", "fb_sofia", "wa_sofia", "domain", "wallet", "caller",
         "plin", "tg_task", "yape", "marketplace", "recovery_email", "recovery_domain"], start=1)}
    R = lambda **f: x.add("scam_reports", **f)  # noqa: E731
    c1, c2, c3, c4, c5 = ("PE-DIVINDAT-CASE-2025-0103", "PE-DIRCTPTIM-CASE-2025-0017", "PE-DIVINDAT-CASE-2025-0058",
                          "PE-DIVINDAT-CASE-2025-0121", "PE-DIVINDAT-CASE-2025-0090")
    r1 = R(id="PE-DIVINDAT-RPT-2025-004512", received_at=dt("2025-02-04 08:55", E_), reporting_channel="online_portal",
           reporter_role="defrauded_victim", typologies=["phishing_credential_theft", "bank_or_business_impersonation"],
           typology_modifiers=["fake_app_or_website"], contact_channels=["sms", "website"],
           first_contact_date="2025-02-02", incident_start_date="2025-02-02", incident_end_date="2025-02-02",
           narrative="Me llegó un SMS del 'BCP' diciendo que mi token digital había sido bloqueado y que ingresara a "
           "un enlace para reactivarlo. Puse mi número de tarjeta, clave y el código que me llegó. Minutos después "
           "vi cinco operaciones que no reconozco, transferencias y Yapes a nombres desconocidos por un total de "
           "S/ 8,450.",
           narrative_language="es", losses=[money("8450.00", "PEN")],
           payment_methods=["mobile_money_ewallet", "instant_payment"], indicators=[i["sms_url"], i["sender"]],
           financial_accounts=[a_carlos, a_kevin_yape, a_lucia], impersonated_brands=["BCP"],
           impersonated_organisations=[bcp],
           location={"country": E_, "subdivision": "PE-ARE", "locality": "Cayma"}, status="referred_to_case",
           case=c1, receiving_organisation=divindat)
    r2 = R(id="PE-DIVINDAT-RPT-2025-004877", received_at=dt("2025-02-19 17:30", E_), reporting_channel="online_portal",
           reporter_role="defrauded_victim", typologies=["fake_loan_or_lending_app",
                                                         "extortion_threat_virtual_kidnapping"],
           typology_modifiers=["fake_app_or_website"], contact_channels=["search_or_social_ad", "mobile_app_apk",
                                                                          "messaging_app"],
           platforms=["tiktok", "whatsapp"], first_contact_date="2025-02-05", incident_start_date="2025-02-12",
           incident_end_date="2025-02-18",
           narrative="Descargué una app de préstamos rápidos que vi en TikTok. Me depositaron S/ 300 pero a los siete "
           "días me exigían S/ 1,200. Como no pagué todo, empezaron a mandar mensajes a mis contactos con mi foto "
           "diciendo que soy estafadora y amenazaron a mi familia. Terminé pagando por Yape.",
           narrative_language="es", losses=[money("1200.00", "PEN")], payment_methods=["mobile_money_ewallet"],
           indicators=[i["loan_app"]], financial_accounts=[a_loan],
           location={"country": E_, "subdivision": "PE-LMA", "locality": "Comas"}, status="referred_to_case", case=c5,
           receiving_organisation=divindat)
    r3 = R(id="PE-DIRCTPTIM-RPT-2025-000311", received_at=dt("2025-01-22 11:10", E_),
           reporting_channel="police_station", reporter_role="next_of_kin", typologies=["deceptive_recruitment"],
           typology_modifiers=["scam_compound_linked", "cross_border"],
           contact_channels=["social_media", "messaging_app"], platforms=["tiktok", "whatsapp"],
           first_contact_date="2024-09-02", incident_start_date="2024-10-14", incident_end_date="2025-01-20",
           narrative="Mi hija Milagros vio en TikTok una oferta de trabajo como atención al cliente en Tailandia con "
           "sueldo de 1,500 dólares y pasajes pagados. Viajó en octubre. Desde Bangkok la llevaron por carretera y "
           "cruzaron un río a Myanmar. Le quitaron el pasaporte y la obligan a estafar por internet a personas de "
           "España y Latinoamérica. Dice que la golpean si no cumple metas. Ya depositamos S/ 7,500 para su 'multa'.",
           narrative_language="es", losses=[money("7500.00", "PEN")], payment_methods=["bank_transfer_domestic"],
           indicators=[i["tiktok_recruiter"]], financial_accounts=[a_recruiter],
           location={"country": E_, "subdivision": "PE-LMA", "locality": "San Juan de Lurigancho"},
           status="referred_to_case", case=c2, receiving_organisation=trata)
    r4 = R(id="PE-DIVINDAT-RPT-2025-005390", received_at=dt("2025-03-18 10:05", E_), reporting_channel="online_portal",
           reporter_role="defrauded_victim", typologies=["romance_investment"],
           typology_modifiers=["fake_app_or_website", "cross_border"], contact_channels=["social_media",
                                                                                      "messaging_app"],
           platforms=["facebook", "whatsapp"], first_contact_date="2024-12-01", incident_start_date="2025-01-29",
           incident_end_date="2025-03-10",
           narrative="Conocí a 'Sofía' por Facebook; decía vivir en Hong Kong y trabajar en finanzas. Tras dos meses "
           "de conversaciones por WhatsApp me convenció de invertir en una plataforma de criptomonedas. Compré USDT en "
           "un exchange y los envié a la billetera que me indicaron; también hice transferencias a una cuenta. La "
           "plataforma mostraba ganancias, pero para retirar me pidieron pagar un 'impuesto' del 20%.",
           narrative_language="es", losses=[crypto("15000.00", "USDT", "ethereum"), money("22000.00", "PEN")],
           payment_methods=["cryptocurrency", "bank_transfer_domestic"],
           indicators=[i["fb_sofia"], i["wa_sofia"], i["domain"], i["wallet"]],
           financial_accounts=[a_jorge, a_platform, a_shell], location={"country": E_, "subdivision": "PE-LMA"},
           status="referred_to_case", case=c4, receiving_organisation=divindat)
    r5 = R(id="PE-DIVINDAT-RPT-2025-004990", received_at=dt("2025-02-25 13:20", E_), reporting_channel="hotline",
           reporter_role="defrauded_victim", typologies=["extortion_threat_virtual_kidnapping"],
           contact_channels=["phone_call"], first_contact_date="2025-02-25", incident_start_date="2025-02-25",
           incident_end_date="2025-02-25",
           narrative="Recibí una llamada donde se escuchaba a una joven llorando y gritando 'mamá'. Un hombre dijo que "
           "tenían secuestrada a mi hija y que si cortaba la llamada la matarían. Me hizo depositar S/ 3,500 por Plin "
           "a dos números. Luego supe que mi hija estaba en su colegio sin novedad.",
           narrative_language="es", losses=[money("3500.00", "PEN")], payment_methods=["mobile_money_ewallet"],
           indicators=[i["caller"], i["plin"]], financial_accounts=[a_plin],
           location={"country": E_, "subdivision": "PE-CUS", "locality": "Wanchaq"}, status="triaged",
           receiving_organisation=pnp)
    r6 = R(id="PE-DIVINDAT-RPT-2025-005102", received_at=dt("2025-03-04 20:40", E_), reporting_channel="online_portal",
           reporter_role="defrauded_victim", typologies=["task_job_scam"], contact_channels=["messaging_app"],
           platforms=["whatsapp", "telegram", "youtube"], first_contact_date="2025-02-24",
           incident_start_date="2025-02-25", incident_end_date="2025-03-01",
           narrative="Por WhatsApp me ofrecieron trabajo desde casa dando 'me gusta' a videos de YouTube por S/ 10 "
           "cada uno. Luego me pasaron a un grupo de Telegram con 'tareas comerciales' donde había que recargar "
           "dinero. Al final no pude retirar nada y perdí S/ 4,780.",
           narrative_language="es", losses=[money("4780.00", "PEN")], payment_methods=["mobile_money_ewallet"],
           indicators=[i["tg_task"], i["yape"]], financial_accounts=[a_kevin_yape],
           location={"country": E_, "subdivision": "PE-LAL", "locality": "Trujillo"}, status="referred_to_case",
           case=c1, receiving_organisation=divindat)
    r7 = R(id="PE-DIVINDAT-RPT-2025-006215", received_at=dt("2025-04-28 15:15", E_), reporting_channel="online_portal",
           reporter_role="defrauded_victim", typologies=["marketplace_buyer_seller_overpayment"],
           contact_channels=["online_marketplace", "messaging_app"], platforms=["facebook", "whatsapp"],
           first_contact_date="2025-04-26", incident_start_date="2025-04-26", incident_end_date="2025-04-26",
           narrative="Vendí un celular por Facebook Marketplace. El comprador me envió una captura de un Yape por "
           "S/ 2,300 y recogió el equipo con un motorizado. Después revisé mi cuenta y el pago nunca llegó; la captura "
           "era falsa.",
           narrative_language="es", losses=[money("2300.00", "PEN")], payment_methods=["other"],
           indicators=[i["marketplace"]], location={"country": E_, "subdivision": "PE-LMA"}, status="triaged",
           receiving_organisation=divindat, notes="Loss is the value of the phone handed over, not a payment.")
    r8 = R(id="PE-DIVINDAT-RPT-2025-006731", received_at=dt("2025-05-21 12:00", E_), reporting_channel="email",
           reporter_role="defrauded_victim", typologies=["recovery_scam"], typology_modifiers=["repeat_victimisation"],
           contact_channels=["email", "messaging_app"], platforms=["whatsapp"], first_contact_date="2025-05-16",
           narrative="Un supuesto estudio de abogados 'Lex Crypto Recovery' me escribió ofreciendo recuperar mis "
           "criptomonedas con ayuda de la 'Interpol' a cambio de un adelanto de 2,000 dólares. No pagué y denuncié.",
           narrative_language="es", attempted_only=True, indicators=[i["recovery_email"], i["recovery_domain"]],
           status="referred_to_case", case=c4, receiving_organisation=divindat)
    r9 = R(id="PE-DIVINDAT-RPT-2025-005870", received_at=dt("2025-04-07 09:30", E_), reporting_channel="bank_referral",
           reporter_role="defrauded_victim", typologies=["account_takeover_sim_swap"],
           contact_channels=["in_person"], incident_start_date="2025-04-04", incident_end_date="2025-04-05",
           narrative="Mi celular se quedó sin señal un viernes por la noche. Al día siguiente el banco me informó de "
           "transferencias por S/ 15,600. En la tienda del operador me dijeron que alguien había pedido un duplicado "
           "de mi chip con una copia de mi DNI.",
           narrative_language="es", losses=[money("15600.00", "PEN")], payment_methods=["instant_payment", "card"],
           financial_accounts=[a_ricardo, a_card, a_lucia],
           location={"country": E_, "subdivision": "PE-LMA", "locality": "Miraflores"}, status="referred_to_case",
           case=c3, receiving_organisation=divindat)

    fi = {k: f"PE-UIF-FI-2025-{n:04d}" for n, k in enumerate(
        ["funnel", "new_acct", "recruiter", "crypto_after", "layering", "recall", "scam_addr"], start=1)}
    C = lambda **f: x.add("cases", **f)  # noqa: E731
    C(id=c1, title="Operación Yape Fantasma", status="under_investigation", opened_date="2025-02-06",
      lead_agency=divindat, jurisdictions=[E_], reports=[r1, r6],
      typologies=["phishing_credential_theft", "task_job_scam", "identity_fraud_mule_recruitment"],
      financial_accounts=[a_kevin_yape, a_lucia, a_shell],
      financial_indicators=[fi["funnel"], fi["new_acct"]],
      indicators=[i["sms_url"], i["sender"], i["tg_task"], i["yape"]], evidence=[ev["sms"], ev["yape_stmt"]],
      taskforce=tf, outcomes={"arrests": 3, "assets_frozen": [money("38420.50", "PEN")]})
    C(id=c2, title="Caso Rutas de Asia", status="prosecution", opened_date="2025-01-23", lead_agency=trata,
      jurisdictions=[E_, "TH", "MM"], reports=[r3], typologies=["deceptive_recruitment"],
      typology_modifiers=["scam_compound_linked", "cross_border"], financial_accounts=[a_recruiter],
      financial_indicators=[fi["recruiter"]], indicators=[i["tiktok_recruiter"]],
      evidence=[ev["tiktok_records"], ev["chat"], ev["cctv"]], taskforce=tf2,
      outcomes={"arrests": 1, "persons_charged": 1, "victims_rescued": 4})
    C(id=c3, title="Duplicado de SIM – Miraflores", status="closed", closure_reason="resolved_conviction",
      opened_date="2025-04-07", closed_date="2025-06-20", lead_agency=divindat, jurisdictions=[E_], reports=[r9],
      typologies=["account_takeover_sim_swap"], financial_accounts=[a_ricardo, a_lucia],
      financial_indicators=[fi["recall"]], evidence=[ev["sim_form"]], taskforce=tf,
      outcomes={"arrests": 2, "persons_charged": 2, "convictions": 2, "assets_returned": [money("9800.00", "PEN")]},
      notes="Early-termination agreement (terminación anticipada) approved by the court.")
    C(id=c4, title="Plataforma cripto 'Sofía'", status="referred_domestic", opened_date="2025-03-19",
      lead_agency=divindat, jurisdictions=[E_, "HK", "KH"], reports=[r4, r8],
      typologies=["romance_investment", "recovery_scam"], typology_modifiers=["cross_border", "repeat_victimisation"],
      financial_accounts=[a_jorge, a_platform, a_layer, a_shell],
      financial_indicators=[fi["crypto_after"], fi["layering"], fi["scam_addr"]],
      indicators=[i["fb_sofia"], i["wa_sofia"], i["domain"], i["wallet"], i["recovery_email"], i["recovery_domain"]],
      evidence=[ev["chain"]], outcomes={"assets_frozen": [crypto("11240.00", "USDT", "ethereum")]},
      notes="Referred to the Fiscalía Especializada en Ciberdelincuencia.")
    C(id=c5, title="App de préstamos 'PrestaFácil' (duplicada)", status="merged_duplicate",
      closure_reason="merged_duplicate", opened_date="2025-02-20", closed_date="2025-03-03", lead_agency=divindat,
      jurisdictions=[E_], reports=[r2], typologies=["fake_loan_or_lending_app"], indicators=[i["loan_app"]],
      notes="Merged into case 2025-0044 of the Comas police station, outside this export.")

    new_inv = counter("PE-DIVINDAT-INV-{:04d}")
    def inv(person: str, role: str, **f: Any) -> str:
        return x.add("person_involvements", id=new_inv(), person=person, role=role, **f)
    inv(carlos, "defrauded_victim", case=c1, report=r1)
    inv(diego, "defrauded_victim", case=c1, report=r6)
    inv(kevin, "money_mule", case=c1, mule_awareness="witting", start_date="2024-08-19",
        notes="Received S/ 150 per week for lending his Yape.")
    inv(lucia, "money_mule", case=c1, mule_awareness="unknown", start_date="2024-11-05")
    inv(chato, "mule_controller", case=c1)
    inv(chato, "beneficial_owner", case=c1)
    inv(rosa, "reporter", case=c2, report=r3)
    inv(rosa, "next_of_kin", case=c2)
    inv(milagros, "tip_victim_forced_criminality", case=c2, start_date="2024-10-16", end_date="2025-03-02")
    inv(milagros, "suspected_perpetrator", case=c2, start_date="2024-12-01", end_date="2025-02-28",
        notes="Made to post the same job offer on her own TikTok account; one Peruvian follower travelled.")
    inv(jhonatan, "recruiter_intermediary", case=c2, start_date="2024-06-01")
    inv(informant, "informant", case=c2)
    inv(joseluis, "presumed_tip_victim", case=c2, start_date="2024-11-20")
    inv(ricardo, "defrauded_victim", case=c3, report=r9)
    inv(pedro, "facilitator", case=c3, start_date="2025-04-04", end_date="2025-04-04")
    inv(lucia, "money_mule", case=c3, mule_awareness="unknown")
    inv(jorge, "defrauded_victim", case=c4, report=r4, start_date="2024-12-01", end_date="2025-03-10")
    inv(jorge, "defrauded_victim", case=c4, report=r8)
    inv(yesenia, "defrauded_victim", case=c5, report=r2)
    inv(mariaelena, "defrauded_victim", report=r5)
    inv(andrea, "defrauded_victim", report=r7)

    s_mila = x.add("trafficking_screenings", id="PE-MIMP-TSC-2025-0005", person=milagros, case=c2,
                   screening_date="2025-03-06", screening_organisation=mimp,
                   indicators_observed=["deceptive_online_job_advert", "retention_of_identity_documents",
                                        "fraud_quotas", "physical_violence", "fines_or_debt_for_release",
                                        "forced_participation_in_crime", "excessive_overtime",
                                        "withholds_necessities"],
                   outcome="identified", deciding_organisation=mp, decision_date="2025-03-10",
                   country_of_exploitation="MM", exploitation_types=["forced_online_scamming"],
                   recruiter_relationships=["other"], abducted=False)
    x.add("trafficking_screenings", id="PE-MIMP-TSC-2025-0006", person=joseluis, case=c2, screening_date="2025-04-15",
          screening_organisation=ngo, indicators_observed=["deceptive_online_job_advert", "restriction_of_movement"],
          outcome="presumed", country_of_exploitation="MM", exploitation_types=["forced_criminality"],
          notes="Remote interview by video call; still in Myanmar.")
    x.add("non_punishment_assessments", id="PE-MPFN-NPA-2025-0001", person=milagros, case=c2, screening=s_mila,
          assessment_date="2025-03-14", assessing_organisation=mp, decision="applied",
          legal_basis="Ley N.º 28950, Ley contra la trata de personas y el tráfico ilícito de migrantes")
    new_pm = counter("PE-MIMP-PM-2025-{:04d}")
    x.add("protection_measures", id=new_pm(), person=milagros, measure_type="consular_assistance", provider=emb,
          status="completed", start_date="2025-02-24", end_date="2025-03-02")
    x.add("protection_measures", id=new_pm(), person=milagros, measure_type="shelter", provider=mimp,
          status="completed", start_date="2025-03-03", end_date="2025-03-31")
    x.add("protection_measures", id=new_pm(), person=milagros, measure_type="psychosocial", provider=ngo,
          status="in_progress", start_date="2025-03-05")
    x.add("protection_measures", id=new_pm(), person=joseluis, measure_type="family_tracing", provider=iom,
          status="in_progress", start_date="2025-04-16")
    x.add("protection_measures", id=new_pm(), person=jorge, measure_type="psychosocial", provider=mimp,
          status="declined")
    x.add("repatriations", id="PE-RREE-REP-2025-0002", person=milagros, origin_country="MM",
          transit_countries=["TH", "ES"], destination_country=E_, status="returned",
          organisations=[emb, iom, rree], departure_date="2025-02-24", arrival_date="2025-03-03")
    x.add("repatriations", id="PE-RREE-REP-2025-0004", person=joseluis, origin_country="MM", destination_country=E_,
          status="requested", organisations=[rree])

    x.add("beneficial_ownerships", id="PE-UIF-BO-2025-0001", subject=shell, interested_person=chato,
          interest_types=["shareholding", "senior_managing_official"], share_exact=100.0, beneficial=True,
          start_date="2024-02-28", source_types=["official_register"])
    x.add("beneficial_ownerships", id="PE-UIF-BO-2025-0002", subject=dealer, interested_person=pedro,
          interest_types=["rights_granted_by_contract"], beneficial=False, start_date="2024-01-15",
          end_date="2025-04-08", source_types=["third_party"],
          notes="Franchise sales agent; contract terminated after the arrest.")

    focal_points(x, E_, [
        ("prevention", divindat, "Departamento de Prevención", ("email_address", "prevencion.divindat@policia.gob.pe",
                                                                None), ["es"], False),
        ("prosecution", mp, "Unidad de Cooperación Judicial Internacional y Extradiciones",
         ("email_address", "ucjie@mpfn.gob.pe", None), ["es", "en"], False),
        ("protection_defrauded_victims", divindat, "Mesa de Partes Virtual",
         ("phone_number", phone(E_, "014318898"), None), ["es", "qu"], True),
        ("protection_trafficking_victims", mimp, "Dirección General contra la Violencia de Género",
         ("email_address", "trata@mimp.gob.pe", None), ["es", "qu", "en"], True),
        ("policy_partnership", rree, "Dirección de Asuntos Multilaterales",
         ("messaging_account", "@pe_gpos_policy", "signal"), ["es", "en"], False),
        ("financial_intelligence", uif, "Departamento de Análisis Operativo",
         ("email_address", "intercambio@sbs.gob.pe", None), ["es", "en"], False),
    ], "2025-01-20", "2025-06-10")

    new_tx = counter("PE-DIVINDAT-TXN-2025-{:04d}")
    tx = lambda **f: x.add("transactions", id=new_tx(), **f)  # noqa: E731
    t_c1 = tx(from_account=a_carlos, to_account=a_kevin_yape, amount=money("500.00", "PEN"),
              executed_at=dt("2025-02-02 19:41", E_), payment_method="mobile_money_ewallet", report=r1)
    tx(from_account=a_carlos, to_account=a_kevin_yape, amount=money("500.00", "PEN"),
       executed_at=dt("2025-02-02 19:43", E_), payment_method="mobile_money_ewallet", report=r1)
    tx(from_account=a_carlos, to_account=a_lucia, amount=money("7450.00", "PEN"), executed_at=dt("2025-02-02 19:50",
                                                                                                 E_),
       payment_method="instant_payment", reference="TIN 00917744", report=r1)
    tx(from_account=a_lucia, to_account=a_shell, amount=money("7400.00", "PEN"), executed_at=dt("2025-02-03 08:12", E_),
       payment_method="bank_transfer_domestic")
    tx(from_account=a_recruiter, amount=money("7500.00", "PEN"), executed_at=dt("2025-01-20 10:00", E_),
       payment_method="cash", notes="Cash withdrawal two days after the family's deposit arrived.")
    tx(to_account=a_recruiter, amount=money("7500.00", "PEN"), executed_at=dt("2025-01-18 16:22", E_),
       payment_method="bank_transfer_domestic", reference="MULTA MILAGROS", report=r3)
    t_usdt = tx(from_account=a_jorge, to_account=a_platform, amount=crypto("15000.00", "USDT", "ethereum"),
                executed_at=dt("2025-02-14 21:05", E_), payment_method="cryptocurrency",
                blockchain_tx_hash=tx_hash("pe-1", "0x"), report=r4)
    t_layer = tx(from_account=a_platform, to_account=a_layer, amount=crypto("44980.00", "USDT", "ethereum"),
                 executed_at=dt("2025-02-15 02:48", E_), payment_method="cryptocurrency",
                 blockchain_tx_hash=tx_hash("pe-2", "0x"))
    tx(to_account=a_shell, amount=money("22000.00", "PEN"), executed_at=dt("2025-03-10 12:30", E_),
       payment_method="bank_transfer_domestic", reference="APORTE CAPITAL JS", report=r4)
    for amt, when in [("2000.00", "2025-02-25 10:12"), ("1500.00", "2025-02-25 10:31")]:
        tx(to_account=a_plin, amount=money(amt, "PEN"), executed_at=dt(when, E_), payment_method="mobile_money_ewallet",
           report=r5)
    for amt, when in [("80.00", "2025-02-25 20:00"), ("700.00", "2025-02-27 21:15"), ("4000.00", "2025-03-01 11:40")]:
        tx(to_account=a_kevin_yape, amount=money(amt, "PEN"), executed_at=dt(when, E_),
           payment_method="mobile_money_ewallet",
           report=r6)
    t_sim = tx(from_account=a_ricardo, to_account=a_lucia, amount=money("12900.00", "PEN"),
               executed_at=dt("2025-04-05 06:14", E_), payment_method="instant_payment", report=r9)
    tx(from_account=a_card, amount=money("2700.00", "PEN"), executed_at=dt("2025-04-05 07:02", E_),
       payment_method="card", report=r9, notes="Online purchase of electronics with the victim's card.")
    tx(to_account=a_loan, amount=money("1200.00", "PEN"), executed_at=dt("2025-02-18 18:00", E_),
       payment_method="mobile_money_ewallet", report=r2)

    F = lambda **f: x.add("financial_indicators", **f)  # noqa: E731
    F(id=fi["funnel"], red_flag="many_unrelated_senders_one_beneficiary", subject_account=a_kevin_yape,
      subject_transaction=t_c1, subject_person=kevin, source="bank", source_organisation=bcp,
      observed_at=dt("2025-02-05 09:30", E_), confidence=85)
    F(id=fi["new_acct"], red_flag="rapid_in_out_pass_through", subject_account=a_lucia, source="bank",
      source_organisation=ibk, observed_at=dt("2025-02-04 11:00", E_), confidence=80)
    F(id=fi["recruiter"], red_flag="payments_to_unlicensed_recruiters", subject_account=a_recruiter,
      subject_person=jhonatan, source="fiu", source_organisation=uif, observed_at=dt("2025-01-27 15:00", E_),
      confidence=90)
    F(id=fi["crypto_after"], red_flag="vulnerable_customer_sudden_crypto_purchases", subject_account=a_jorge,
      subject_transaction=t_usdt, subject_person=jorge, source="vasp", source_organisation=vasp,
      observed_at=dt("2025-02-14 21:30", E_), confidence=65)
    F(id=fi["layering"], red_flag="dex_or_cross_chain_layering", subject_account=a_layer, subject_transaction=t_layer,
      source="blockchain_analytics", source_organisation=uif, observed_at=dt("2025-03-25 10:00", E_), confidence=85)
    F(id=fi["recall"], red_flag="fund_recall_requests_received", subject_account=a_lucia, subject_transaction=t_sim,
      source="bank", source_organisation=bbva, observed_at=dt("2025-04-05 10:20", E_), confidence=90)
    F(id=fi["scam_addr"], red_flag="funds_linked_to_known_scam_addresses", subject_account=a_platform,
      source="law_enforcement", source_organisation=divindat, observed_at=dt("2025-03-20 16:00", E_), confidence=95,
      notes="Address reported by Thai and Cambodian partners for other romance-investment victims.")

    new_aa = counter("PE-UIF-AA-2025-{:04d}")
    aa = lambda **f: x.add("asset_actions", id=new_aa(), **f)  # noqa: E731
    aa(action_type="freeze", amount=money("38420.50", "PEN"), action_date="2025-02-07", authority=uif,
       legal_basis="Ley N.º 27693, artículo 3, numeral 10 (congelamiento administrativo de fondos)",
       accounts=[a_kevin_yape, a_lucia, a_shell], case=c1)
    aa(action_type="freeze", amount=crypto("11240.00", "USDT", "ethereum"), action_date="2025-03-28",
       authority=tether, legal_basis="Issuer freeze on DIVINDAT request", accounts=[a_layer], case=c4)
    aa(action_type="fund_recall", amount=money("9800.00", "PEN"), action_date="2025-04-05", authority=bbva,
       accounts=[a_lucia], case=c3)
    aa(action_type="restitution_to_victims", amount=money("9800.00", "PEN"), action_date="2025-06-24", authority=court,
       legal_basis="Código Procesal Penal, artículo 468 (terminación anticipada), reparación civil",
       accounts=[a_lucia], case=c3, beneficiaries=[ricardo])
    aa(action_type="seizure", amount=money("3200.00", "USD"), action_date="2025-02-27", authority=trata,
       legal_basis="Código Procesal Penal, artículo 218", case=c2, notes="Cash found at the recruiter's home.")

    I = lambda key, **f: x.add("indicators", id=i[key], **f)  # noqa: E731,E741
    I("sms_url", indicator_type="url", value="https://bcp-tokendigital.com/activar", confidence=95,
      normalised_value="https://bcp-tokendigital.com/activar", status="taken_down", impersonated_brands=["BCP"],
      impersonated_organisations=[bcp], reports=[r1], cases=[c1])
    I("sender", indicator_type="phone_number", value="+51 928 440 173", normalised_value=phone(E_, "928440173"),
      confidence=85, status="blocked", reports=[r1], cases=[c1])
    I("loan_app", indicator_type="mobile_app", value="com.prestafacil.peru", platform="google_play", confidence=90,
      status="taken_down", reports=[r2], cases=[c5])
    I("tiktok_recruiter", indicator_type="social_media_account", value="@trabajos.asia.peru", platform="tiktok",
      confidence=95, status="taken_down", reports=[r3], cases=[c2])
    I("fb_sofia", indicator_type="social_media_account", value="Sofía Chen",
      normalised_value="facebook.com/61551882047713",
      platform="facebook", confidence=80, status="taken_down", reports=[r4], cases=[c4])
    I("wa_sofia", indicator_type="messaging_account", value="+852 6418 2207", normalised_value=phone("HK", "64182207"),
      platform="whatsapp", confidence=85, status="blocked", reports=[r4], cases=[c4])
    I("domain", indicator_type="domain", value="ftx-globalpro.com", normalised_value="ftx-globalpro.com",
      first_seen=dt("2024-11-20 00:00", E_), last_seen=dt("2025-04-30 00:00", E_), confidence=95, status="taken_down",
      reports=[r4], cases=[c4])
    I("wallet", indicator_type="crypto_wallet_address", value=w_platform.lower(), normalised_value=w_platform,
      crypto_network="ethereum", confidence=100, status="active", reports=[r4], cases=[c4])
    I("caller", indicator_type="phone_number", value="965 118 204", normalised_value=phone(E_, "965118204"),
      confidence=80, status="blocked", reports=[r5])
    I("plin", indicator_type="payment_alias", payment_scheme="plin", value="934 710 286",
      normalised_value=phone(E_, "934710286"), confidence=85, status="active", reports=[r5])
    I("tg_task", indicator_type="messaging_account", value="@TareasComercialesPE", platform="telegram",
      confidence=85, status="active", reports=[r6], cases=[c1])
    I("yape", indicator_type="payment_alias", payment_scheme="yape", value="912 845 301",
      normalised_value=phone(E_, "912845301"), confidence=95, status="blocked", reports=[r6], cases=[c1])
    I("marketplace", indicator_type="social_media_account", value="Marco Antonio Ruiz (Marketplace)",
      normalised_value="facebook.com/100092771054318", platform="facebook", confidence=70, status="active",
      reports=[r7])
    I("recovery_email", indicator_type="email_address", value="caso.peru@lexcryptorecovery.com",
      normalised_value="caso.peru@lexcryptorecovery.com", confidence=90, status="active", reports=[r8], cases=[c4])
    I("recovery_domain", indicator_type="domain", value="lexcryptorecovery.com",
      normalised_value="lexcryptorecovery.com",
      confidence=90, status="under_review", reports=[r8], cases=[c4])

    E = lambda key, **f: x.add("evidence", id=ev[key], **f)  # noqa: E731
    E("sms", evidence_type="sms", description="Phishing SMS and bank notifications on the victim's phone.",
      sha256=sha256_hex("pe-sms"), acquired_at=dt("2025-02-04 10:00", E_), acquired_by=divindat,
      acquisition_method="voluntary_submission", case=c1)
    E("tiktok_records", evidence_type="platform_subscriber_records", description="Subscriber data and IP logs of the "
      "recruiter's TikTok account.", sha256=sha256_hex("pe-tiktok"), acquired_at=dt("2025-02-18 12:00", E_),
      acquired_by=trata, acquisition_method="cloud_provider_disclosure",
      legal_authorisation="Orden judicial de levantamiento del secreto de las comunicaciones N.º 00218-2025", case=c2,
      custody_events=custody(("received", dt("2025-02-18 12:00", E_), bytedance, trata, "Production order"),
                             ("copied", dt("2025-02-19 09:00", E_), trata, mp, "Prosecution file")))
    E("chat", evidence_type="chat_export", description="WhatsApp messages between the victim and her mother while "
      "in the compound.", sha256=sha256_hex("pe-chat"), exhibit_number="DIRCTPTIM-17-2025-02",
      acquired_at=dt("2025-01-22 12:00", E_), acquired_by=trata, acquisition_method="voluntary_submission", case=c2)
    E("chain", evidence_type="blockchain_tx", description="Ethereum USDT transfers from the victim's exchange "
      "account to the platform and onward.", sha256=sha256_hex("pe-chain"), acquired_at=dt("2025-03-20 15:00", E_),
      acquired_by=divindat, acquisition_method="open_source_collection", case=c4,
      custody_events=custody(("collected", dt("2025-03-20 15:00", E_), None, divindat, None),
                             ("analysed", dt("2025-03-24 11:00", E_), None, uif, "Tracing"),
                             ("stored", dt("2025-03-25 09:00", E_), None, divindat, None)))
    E("yape_stmt", evidence_type="bank_statement", description="Yape and Interbank statements of the mule accounts.",
      sha256=sha256_hex("pe-yape"), acquired_at=dt("2025-02-10 17:00", E_), acquired_by=divindat,
      legal_authorisation="Levantamiento del secreto bancario, Exp. 00431-2025", case=c1)
    E("call", evidence_type="call_recording", description="Recording of the virtual-kidnapping call.",
      sha256=sha256_hex("pe-call"), acquired_at=dt("2025-02-25 14:00", E_), acquired_by=pnp,
      acquisition_method="voluntary_submission")
    E("capture", evidence_type="screenshot", description="Fake Yape payment screenshot sent by the buyer.",
      sha256=sha256_hex("pe-capture"), acquired_at=dt("2025-04-28 15:30", E_), acquired_by=divindat,
      acquisition_method="voluntary_submission")
    E("cctv", evidence_type="photo_cctv", description="Airport CCTV still of the recruiter with three travellers.",
      sha256=sha256_hex("pe-cctv"), acquired_at=dt("2025-02-10 09:00", E_), acquired_by=trata,
      acquisition_method="physical", case=c2)
    E("sim_form", evidence_type="identity_document", description="SIM-duplicate request form with a forged copy of the "
      "victim's DNI.", sha256=sha256_hex("pe-simform"), acquired_at=dt("2025-04-08 11:00", E_), acquired_by=divindat,
      acquisition_method="physical", case=c3)

    x.add("cooperation_requests", id="PE-DIRCTPTIM-P2P-2025-0001", case=c2, request_type="police_to_police",
          requesting_organisation=trata, requested_organisation=ccib, requested_country="TH", sent_date="2025-01-27",
          response_date="2025-02-21", status="executed")
    x.add("cooperation_requests", id="PE-DIRCTPTIM-VRR-2025-0002", case=c2, request_type="victim_repatriation_request",
          requesting_organisation=rree, requested_country="MM", sent_date="2025-04-17", status="acknowledged")
    x.add("cooperation_requests", id="PE-DIVINDAT-PDR-2025-0009", case=c4, request_type="platform_data_request",
          requesting_organisation=divindat, requested_organisation=meta, requested_country="US",
          sent_date="2025-03-21", response_date="2025-04-25", status="executed")
    x.add("cooperation_requests", id="PE-MPFN-ARR-2025-0001", case=c4, request_type="asset_recovery_request",
          requesting_organisation=mp, requested_organisation=tether, requested_country="SV", sent_date="2025-04-10",
          status="in_progress")
    x.add("cooperation_requests", id="PE-DIVINDAT-PDR-2025-0004", case=c2, request_type="platform_data_request",
          requesting_organisation=trata, requested_organisation=bytedance, requested_country="SG",
          sent_date="2025-01-28", response_date="2025-02-18", status="executed")

    # Moderation actions and entity risk assessments (0.2.0)
    x.add("moderation_actions", id="PE-DIVINDAT-MOD-2025-0001", action_type="account_banned",
          acted_at=dt("2025-02-14 08:15", E_), actor=bytedance, platform="tiktok", trigger="authority_request",
          indicators=[i["tiktok_recruiter"]], request="PE-DIVINDAT-PDR-2025-0004", case=c2)
    x.add("moderation_actions", id="PE-DIVINDAT-MOD-2025-0002", action_type="number_blocked",
          acted_at=dt("2025-03-03 16:00", E_), actor=telco, trigger="authority_request", indicators=[i["sender"]],
          case=c1)
    x.add("entity_risk_assessments", id="PE-UIF-ERA-2025-0001", subject=shell, assessing_organisation=uif,
          assessment_date="2025-04-15", risk_level="high", risk_factors=["nominee_or_shell_structure"],
          beneficial_ownerships=["PE-UIF-BO-2025-0001"], cases=[c4])
    x.add("entity_risk_assessments", id="PE-UIF-ERA-2025-0002", subject=vasp, assessing_organisation=uif,
          assessment_date="2025-05-20", risk_level="medium", risk_factors=["weak_customer_due_diligence"],
          cases=[c4])

    # Sanctions designations (0.2.0): the layering wallet is a digital currency address of an OFAC-listed network
    x.add("sanctions_designations", id="PE-UIF-SAN-2025-0001", authority="ofac",
          list_name="Specially Designated Nationals and Blocked Persons List", programmes=["CYBER2"],
          list_reference="EX-61877", status="active", listing_date="2025-03-25", designated_accounts=[a_layer],
          source_url="https://sanctionssearch.ofac.treas.gov/", cases=[c4],
          notes="Synthetic example. The listed entity is not in this export; its USDT (ERC-20) address is.")
    return x.build()
