"""GPOS data standard 0.2.0: Pydantic models.

GENERATED from schema/ by `make generate`; do not edit. Building a model runs the validator's rules of one record
(``GposModel``); the rules that need the whole export (references, duplicate ids) are ``gpos_standard.validate``'s.
"""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, ClassVar

from pydantic import AfterValidator, BeforeValidator, Field, StringConstraints

from ._modelbase import (
    Boolean,
    Float,
    GposModel,
    Integer,
    NonEmptyStr,
    code_in,
    date_text,
    datetime_text,
    decimal_text,
    real_calendar_day,
)

STANDARD_VERSION = "0.2.0"
RECORD_ID_PATTERN = '^[A-Z][A-Z0-9]{1,7}-[A-Za-z0-9]+(?:[._-][A-Za-z0-9]+)*$(?![\\s\\S])'
# A reference is checked by resolving it against the export's ids (GPOS-E021), as the JSON Schema leaves it.
RecordRef = str

Text = NonEmptyStr
RecordIdentifier = Annotated[str, StringConstraints(pattern='^[A-Z][A-Z0-9]{1,7}-[A-Za-z0-9]+(?:[._-][A-Za-z0-9]+)*$(?![\\s\\S])')]
IsoDate = Annotated[str, StringConstraints(pattern='^[1-9][0-9]{3}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$(?![\\s\\S])'), AfterValidator(real_calendar_day), BeforeValidator(date_text)]
IsoDateTime = Annotated[str, StringConstraints(pattern='^[1-9][0-9]{3}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$(?![\\s\\S])'), AfterValidator(real_calendar_day), BeforeValidator(datetime_text)]
DecimalAmount = Annotated[str, StringConstraints(pattern='^(?:0|[1-9][0-9]{0,17})(?:\\.[0-9]{1,18})?$(?![\\s\\S])'), BeforeValidator(decimal_text)]
CryptoTicker = Annotated[str, StringConstraints(pattern='^[A-Z0-9]{2,10}$(?![\\s\\S])')]
Sha256Hex = Annotated[str, StringConstraints(pattern='^[0-9a-f]{64}$(?![\\s\\S])')]
TxHash = Annotated[str, StringConstraints(pattern='^(?:0x)?[0-9a-fA-F]{64}$(?![\\s\\S])')]
IbanCode = Annotated[str, StringConstraints(pattern='^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$(?![\\s\\S])')]
BicCode = Annotated[str, StringConstraints(pattern='^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$(?![\\s\\S])')]
LeiCode = Annotated[str, StringConstraints(pattern='^[A-Z0-9]{18}[0-9]{2}$(?![\\s\\S])')]
HttpUrl = Annotated[str, StringConstraints(pattern='^https?://[A-Za-z0-9.-]+(?::[0-9]{1,5})?(?:/[^\\s]*)?$(?![\\s\\S])')]
CardLast4 = Annotated[str, StringConstraints(pattern='^[0-9]{4}$(?![\\s\\S])')]
SemVer = Annotated[str, StringConstraints(pattern='^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)$(?![\\s\\S])')]
OpenCode = Annotated[str, StringConstraints(pattern='^[a-z][a-z0-9_]*$(?![\\s\\S])')]
Pseudonym = Annotated[str, StringConstraints(pattern='^psn:[0-9a-f]{64}$(?![\\s\\S])')]
CollectionName = Annotated[str, StringConstraints(pattern='^[a-z][a-z0-9_]*$(?![\\s\\S])')]
PackagePath = Annotated[str, StringConstraints(pattern='^[A-Za-z0-9_-][A-Za-z0-9._-]*(?:/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$(?![\\s\\S])')]
SlotPath = Annotated[str, StringConstraints(pattern='^[A-Z][A-Za-z]*\\.[a-z][a-z0-9_]*$(?![\\s\\S])')]
ExtensionName = Annotated[str, StringConstraints(pattern='^[a-z][a-z0-9-]{1,31}$(?![\\s\\S])')]
ExtensionPrefix = Annotated[str, StringConstraints(pattern='^[a-z][a-z0-9]{1,15}$(?![\\s\\S])')]
KeyFingerprint = Annotated[str, StringConstraints(pattern='^[0-9a-f]{16}$(?![\\s\\S])')]
Country = Annotated[str, AfterValidator(code_in('Country'))]
Subdivision = Annotated[str, AfterValidator(code_in('Subdivision'))]
Currency = Annotated[str, AfterValidator(code_in('Currency'))]
Language = Annotated[str, AfterValidator(code_in('Language'))]


class ScamTypology(str, Enum):
    """Classifies the main scheme of a scam report or case (for example romance-investment, task scam, government impersonation). Used on scam reports, cases and campaigns; cross-cutting features such as deepfakes are recorded separately in typology_modifier."""

    romance_investment = 'romance_investment'
    romance = 'romance'
    investment_fake_platform = 'investment_fake_platform'
    ponzi_pyramid_mlm = 'ponzi_pyramid_mlm'
    crypto_rugpull_pump_dump = 'crypto_rugpull_pump_dump'
    wallet_drainer_crypto_phishing = 'wallet_drainer_crypto_phishing'
    task_job_scam = 'task_job_scam'
    deceptive_recruitment = 'deceptive_recruitment'
    government_official_impersonation = 'government_official_impersonation'
    bank_or_business_impersonation = 'bank_or_business_impersonation'
    family_friend_impersonation = 'family_friend_impersonation'
    tech_support_remote_access = 'tech_support_remote_access'
    phishing_credential_theft = 'phishing_credential_theft'
    account_takeover_sim_swap = 'account_takeover_sim_swap'
    online_shopping_nondelivery = 'online_shopping_nondelivery'
    marketplace_buyer_seller_overpayment = 'marketplace_buyer_seller_overpayment'
    advance_fee_inheritance = 'advance_fee_inheritance'
    lottery_prize_sweepstakes = 'lottery_prize_sweepstakes'
    crypto_giveaway_doubling = 'crypto_giveaway_doubling'
    fake_loan_or_lending_app = 'fake_loan_or_lending_app'
    sextortion = 'sextortion'
    extortion_threat_virtual_kidnapping = 'extortion_threat_virtual_kidnapping'
    charity_donation = 'charity_donation'
    rental_real_estate = 'rental_real_estate'
    business_email_compromise_invoice = 'business_email_compromise_invoice'
    recovery_scam = 'recovery_scam'
    illegal_gambling_betting = 'illegal_gambling_betting'
    identity_fraud_mule_recruitment = 'identity_fraud_mule_recruitment'
    malware_banking_theft = 'malware_banking_theft'
    ransomware_data_extortion = 'ransomware_data_extortion'
    health_medical_products = 'health_medical_products'
    travel_visa_services = 'travel_visa_services'
    false_billing_invoice = 'false_billing_invoice'
    cryptojacking = 'cryptojacking'
    mixer_or_laundering_service = 'mixer_or_laundering_service'
    mobile_premium_subscription = 'mobile_premium_subscription'
    psychic_clairvoyant = 'psychic_clairvoyant'
    debt_collection_or_relief = 'debt_collection_or_relief'
    other = 'other'
    unknown = 'unknown'


class TypologyModifier(str, Enum):
    """Cross-cutting features that can apply to any scam type, such as AI deepfakes, voice clones, fake celebrity ads or links to a scam compound. Several modifiers can be recorded on one scam report or case alongside a single scam_typology code."""

    ai_deepfake = 'ai_deepfake'
    voice_clone = 'voice_clone'
    celebrity_endorsement_ad = 'celebrity_endorsement_ad'
    scam_compound_linked = 'scam_compound_linked'
    fake_app_or_website = 'fake_app_or_website'
    malware_or_remote_access_tool = 'malware_or_remote_access_tool'
    hijacked_or_verified_account = 'hijacked_or_verified_account'
    cross_border = 'cross_border'
    repeat_victimisation = 'repeat_victimisation'
    other = 'other'


class ContactChannel(str, Enum):
    """How the offender first reached the victim (or the victim found the offender), such as a phone call, SMS, messaging app or online ad. Used on scam reports and technical indicators; the specific service is recorded separately with the platform list."""

    phone_call = 'phone_call'
    sms = 'sms'
    messaging_app = 'messaging_app'
    social_media = 'social_media'
    dating_app = 'dating_app'
    email = 'email'
    website = 'website'
    search_or_social_ad = 'search_or_social_ad'
    online_marketplace = 'online_marketplace'
    job_portal = 'job_portal'
    mobile_app_apk = 'mobile_app_apk'
    gaming_platform = 'gaming_platform'
    qr_code = 'qr_code'
    in_person = 'in_person'
    postal = 'postal'
    other = 'other'
    unknown = 'unknown'


class ReportingChannel(str, Enum):
    """How a scam report reached the receiving agency, such as an online portal, hotline, walk-in report or referral by a bank, platform, FIU or foreign partner. Used on scam reports to measure reach and to route follow-up."""

    online_portal = 'online_portal'
    hotline = 'hotline'
    police_station = 'police_station'
    platform_referral = 'platform_referral'
    bank_referral = 'bank_referral'
    fiu_referral = 'fiu_referral'
    embassy_consulate = 'embassy_consulate'
    ngo_referral = 'ngo_referral'
    email = 'email'
    mobile_app = 'mobile_app'
    messaging_chatbot = 'messaging_chatbot'
    international_partner = 'international_partner'
    agency_own_detection = 'agency_own_detection'
    other = 'other'
    unknown = 'unknown'


class ReportStatus(str, Enum):
    """Processing status of a scam report, from receipt to its outcome. Used on report records; once a report is referred to a case, further progress is tracked with case_status."""

    received = 'received'
    triaged = 'triaged'
    referred_to_case = 'referred_to_case'
    information_only = 'information_only'
    rejected_duplicate = 'rejected_duplicate'
    closed = 'closed'


class PaymentMethod(str, Enum):
    """How money or value moved from the victim towards the offender (bank transfer, instant payment, e-wallet, card, crypto, cash, remittance and so on). Used on financial transactions and scam reports; crosswalks to X-ARF payment_methods and to goAML funds types support export."""

    bank_transfer_domestic = 'bank_transfer_domestic'
    international_wire_swift = 'international_wire_swift'
    instant_payment = 'instant_payment'
    mobile_money_ewallet = 'mobile_money_ewallet'
    card = 'card'
    cryptocurrency = 'cryptocurrency'
    crypto_atm = 'crypto_atm'
    p2p_otc_crypto = 'p2p_otc_crypto'
    cash = 'cash'
    cash_courier = 'cash_courier'
    gift_card_voucher = 'gift_card_voucher'
    money_remittance = 'money_remittance'
    hawala_underground_banking = 'hawala_underground_banking'
    cheque = 'cheque'
    money_order = 'money_order'
    gold_valuables_courier = 'gold_valuables_courier'
    carrier_billing = 'carrier_billing'
    buy_now_pay_later = 'buy_now_pay_later'
    other = 'other'
    unknown = 'unknown'


class PersonRole(str, Enum):
    """The role a person (or, for victims, an organisation) plays within a scam report or case. A person may hold several roles at once (for example a defrauded victim who later became a money mule, or a trafficking victim who was forced to scam); record one row per role. Used on report and case participant records and drives protection, non-punishment and redaction rules."""

    reporter = 'reporter'
    defrauded_victim = 'defrauded_victim'
    tip_victim_forced_criminality = 'tip_victim_forced_criminality'
    presumed_tip_victim = 'presumed_tip_victim'
    tip_victim = 'tip_victim'
    suspected_perpetrator = 'suspected_perpetrator'
    compound_manager_organizer = 'compound_manager_organizer'
    recruiter_intermediary = 'recruiter_intermediary'
    transporter_smuggler = 'transporter_smuggler'
    money_mule = 'money_mule'
    mule_controller = 'mule_controller'
    money_launderer_otc_broker = 'money_launderer_otc_broker'
    facilitator = 'facilitator'
    beneficial_owner = 'beneficial_owner'
    account_holder = 'account_holder'
    impersonated_party = 'impersonated_party'
    witness = 'witness'
    informant = 'informant'
    next_of_kin = 'next_of_kin'
    guardian = 'guardian'
    interpreter = 'interpreter'
    focal_point_officer = 'focal_point_officer'
    other = 'other'


class MuleAwareness(str, Enum):
    """Whether a person recorded as a money mule knew that their account was used to move proceeds of crime. Used on person-role records with role money_mule; informs whether the person is treated as a suspect or as a possible victim."""

    witting = 'witting'
    unwitting = 'unwitting'
    unknown = 'unknown'


class Gender(str, Enum):
    """Gender of a person as self-identified or, failing that, as recorded by the source. Used on person records and in disaggregated statistics; transgender persons are recorded under the gender they identify with."""

    female = 'female'
    male = 'male'
    non_binary_other = 'non_binary_other'
    unknown = 'unknown'


class AgeBand(str, Enum):
    """Age group of a person, used where the exact date of birth is unknown or must not be shared, and in disaggregated statistics. Any band under 18 identifies a child, which makes the record special_category."""

    age_00_11 = 'age_00_11'
    age_12_17 = 'age_12_17'
    age_18_24 = 'age_18_24'
    age_25_34 = 'age_25_34'
    age_35_44 = 'age_35_44'
    age_45_54 = 'age_45_54'
    age_55_64 = 'age_55_64'
    age_65_plus = 'age_65_plus'
    unknown = 'unknown'


class CaseStatus(str, Enum):
    """Lifecycle status of a case from opening to closure, covering investigation, referral, prosecution and adjudication. Used on case records; when the status is closed, the reason is given with closure_reason."""

    received = 'received'
    triaged = 'triaged'
    under_investigation = 'under_investigation'
    referred_domestic = 'referred_domestic'
    referred_international = 'referred_international'
    prosecution = 'prosecution'
    adjudicated_convicted = 'adjudicated_convicted'
    adjudicated_acquitted = 'adjudicated_acquitted'
    suspended = 'suspended'
    merged_duplicate = 'merged_duplicate'
    closed = 'closed'


class ClosureReason(str, Enum):
    """Why a case was closed. Used on case records whose case_status is closed (or merged_duplicate), and in statistics on case outcomes."""

    resolved_conviction = 'resolved_conviction'
    resolved_acquittal = 'resolved_acquittal'
    insufficient_evidence = 'insufficient_evidence'
    offender_unidentified = 'offender_unidentified'
    victim_withdrew = 'victim_withdrew'
    referred_elsewhere = 'referred_elsewhere'
    merged_duplicate = 'merged_duplicate'
    no_offence = 'no_offence'
    statute_of_limitations = 'statute_of_limitations'
    other = 'other'


class CooperationRequestType(str, Enum):
    """Channel and legal basis of a request for cooperation sent to or received from another authority, country or provider. Used on cooperation request records, together with cooperation_request_status."""

    mutual_legal_assistance = 'mutual_legal_assistance'
    extradition = 'extradition'
    interpol_red_notice = 'interpol_red_notice'
    interpol_other_notice = 'interpol_other_notice'
    fiu_to_fiu = 'fiu_to_fiu'
    platform_data_request = 'platform_data_request'
    police_to_police = 'police_to_police'
    asset_recovery_request = 'asset_recovery_request'
    victim_repatriation_request = 'victim_repatriation_request'
    other = 'other'


class CooperationRequestStatus(str, Enum):
    """Processing status of a cooperation request, seen from the requesting side. Used on cooperation request records to monitor response times and outcomes."""

    drafted = 'drafted'
    sent = 'sent'
    acknowledged = 'acknowledged'
    in_progress = 'in_progress'
    executed = 'executed'
    partially_executed = 'partially_executed'
    refused = 'refused'
    withdrawn = 'withdrawn'


class TraffickingIndicator(str, Enum):
    """Indicators of trafficking in persons and forced labour observed for a person, grouped into the eleven ILO forced labour indicators and indicators specific to forced criminality in scam compounds. Used in victim screening records; several indicators together support a presumed or identified trafficking_status. Record the leaf codes, not the two group codes."""

    ilo_forced_labour = 'ilo_forced_labour'
    abuse_of_vulnerability = 'abuse_of_vulnerability'
    deception = 'deception'
    restriction_of_movement = 'restriction_of_movement'
    isolation = 'isolation'
    physical_sexual_violence = 'physical_sexual_violence'
    physical_violence = 'physical_violence'
    sexual_violence = 'sexual_violence'
    forced_substance_use = 'forced_substance_use'
    intimidation_threats = 'intimidation_threats'
    retention_of_identity_documents = 'retention_of_identity_documents'
    withholding_of_wages = 'withholding_of_wages'
    debt_bondage = 'debt_bondage'
    abusive_working_living_conditions = 'abusive_working_living_conditions'
    excessive_overtime = 'excessive_overtime'
    restricts_financial_access = 'restricts_financial_access'
    psychological_abuse = 'psychological_abuse'
    threat_of_law_enforcement = 'threat_of_law_enforcement'
    uses_children = 'uses_children'
    withholds_necessities = 'withholds_necessities'
    restricts_medical_care = 'restricts_medical_care'
    scam_compound = 'scam_compound'
    fraud_quotas = 'fraud_quotas'
    fines_or_debt_for_release = 'fines_or_debt_for_release'
    resale_between_compounds = 'resale_between_compounds'
    armed_guards_fenced_compound = 'armed_guards_fenced_compound'
    phone_confiscation_surveillance = 'phone_confiscation_surveillance'
    torture_or_punishment = 'torture_or_punishment'
    forced_participation_in_crime = 'forced_participation_in_crime'
    entry_via_third_country_tourist_visa = 'entry_via_third_country_tourist_visa'
    deceptive_online_job_advert = 'deceptive_online_job_advert'
    other = 'other'


class TraffickingStatus(str, Enum):
    """Outcome of screening a person for trafficking in persons. Used on victim screening records and person records; a presumed or identified status triggers protection measures and the non-punishment assessment."""

    presumed = 'presumed'
    identified = 'identified'
    not_a_victim = 'not_a_victim'
    undetermined = 'undetermined'


class ExploitationType(str, Enum):
    """The forms of exploitation a trafficking victim was subjected to: sexual exploitation and its forms, forced labour and its sector, forced criminality (including forced online scamming in scam compounds), forced begging, forced marriage, forced military service, organ removal, slavery and similar practices. Used on trafficking screenings; several may apply. Crosswalks to the exploitation flags and sectors of the CTDC global data set and IOM HTCDS 2.0."""

    sexual_exploitation = 'sexual_exploitation'
    sexual_exploitation_prostitution = 'sexual_exploitation_prostitution'
    sexual_exploitation_pornography = 'sexual_exploitation_pornography'
    sexual_exploitation_remote_interactive = 'sexual_exploitation_remote_interactive'
    sexual_exploitation_private_services = 'sexual_exploitation_private_services'
    forced_labour = 'forced_labour'
    forced_labour_agriculture = 'forced_labour_agriculture'
    forced_labour_fishing_aquaculture = 'forced_labour_fishing_aquaculture'
    forced_labour_construction = 'forced_labour_construction'
    forced_labour_domestic_work = 'forced_labour_domestic_work'
    forced_labour_hospitality = 'forced_labour_hospitality'
    forced_labour_manufacturing = 'forced_labour_manufacturing'
    forced_labour_mining = 'forced_labour_mining'
    forced_labour_peddling = 'forced_labour_peddling'
    forced_labour_transportation = 'forced_labour_transportation'
    forced_labour_other_sector = 'forced_labour_other_sector'
    forced_criminality = 'forced_criminality'
    forced_online_scamming = 'forced_online_scamming'
    forced_begging = 'forced_begging'
    forced_marriage = 'forced_marriage'
    forced_military_service = 'forced_military_service'
    organ_removal = 'organ_removal'
    slavery_similar_practices = 'slavery_similar_practices'
    other = 'other'


class RecruiterRelationship(str, Enum):
    """How the person who recruited a trafficking victim was related to them (intimate partner, family member, friend, other). Used on trafficking screenings; crosswalks to the CTDC recruiter-relationship flags."""

    intimate_partner = 'intimate_partner'
    family_member = 'family_member'
    friend = 'friend'
    other = 'other'
    unknown = 'unknown'


class VictimRecordSource(str, Enum):
    """How the information about a victim reached the organisation that registered them: case management, a hotline, a screening interview, a survey, a referral or administrative records. Used on person involvements registered by a service provider; crosswalks to the CTDC data source."""

    case_management = 'case_management'
    hotline = 'hotline'
    screening_interview = 'screening_interview'
    survey = 'survey'
    referral = 'referral'
    administrative_record = 'administrative_record'
    other = 'other'


class NonPunishmentDecision(str, Enum):
    """Outcome of the assessment of whether a presumed or identified trafficking victim will be protected from prosecution or punishment for offences they were compelled to commit. Used on non-punishment assessment records attached to a person in a case."""

    applied = 'applied'
    partially_applied = 'partially_applied'
    not_applied = 'not_applied'
    pending = 'pending'
    not_applicable = 'not_applicable'


class ProtectionMeasureType(str, Enum):
    """Type of assistance or protection measure offered to a defrauded or trafficked person. Used on protection measure records in a person's support plan, together with protection_measure_status."""

    shelter = 'shelter'
    medical = 'medical'
    psychosocial = 'psychosocial'
    legal_aid = 'legal_aid'
    interpretation = 'interpretation'
    consular_assistance = 'consular_assistance'
    reintegration = 'reintegration'
    financial_assistance = 'financial_assistance'
    reflection_period = 'reflection_period'
    residence_permit = 'residence_permit'
    family_tracing = 'family_tracing'
    education_vocational = 'education_vocational'
    other = 'other'


class ProtectionMeasureStatus(str, Enum):
    """Delivery status of a single protection measure for a person. Used on protection measure records to track support plans."""

    planned = 'planned'
    offered = 'offered'
    in_progress = 'in_progress'
    completed = 'completed'
    declined = 'declined'
    interrupted = 'interrupted'


class RepatriationStatus(str, Enum):
    """Progress of the return of a victim to their country of origin or habitual residence. Used on repatriation records linked to a person and, where relevant, to a victim_repatriation_request."""

    requested = 'requested'
    documents_in_preparation = 'documents_in_preparation'
    travel_arranged = 'travel_arranged'
    in_transit = 'in_transit'
    returned = 'returned'
    reintegration_follow_up = 'reintegration_follow_up'
    suspended = 'suspended'
    cancelled = 'cancelled'


class OrganisationType(str, Enum):
    """Kind of organisation involved in a report or case, whether as a member authority, a service or account provider, a partner or an entity under investigation. Used on organisation records."""

    law_enforcement = 'law_enforcement'
    immigration_authority = 'immigration_authority'
    fiu = 'fiu'
    prosecutor = 'prosecutor'
    court = 'court'
    regulator = 'regulator'
    central_bank = 'central_bank'
    bank = 'bank'
    vasp = 'vasp'
    payment_service_provider = 'payment_service_provider'
    mobile_money_operator = 'mobile_money_operator'
    platform = 'platform'
    telecom = 'telecom'
    ngo = 'ngo'
    international_organisation = 'international_organisation'
    ministry = 'ministry'
    embassy_consulate = 'embassy_consulate'
    labour_recruitment_agency = 'labour_recruitment_agency'
    private_company = 'private_company'
    courier_postal = 'courier_postal'
    other = 'other'


class InterestType(str, Enum):
    """Nature of a person's or entity's ownership of, or control over, a legal entity or arrangement, using the Beneficial Ownership Data Standard 0.4 interestType codes in snake case. Used on beneficial ownership records linking persons to companies, for example shells holding mule accounts."""

    shareholding = 'shareholding'
    voting_rights = 'voting_rights'
    appointment_of_board = 'appointment_of_board'
    other_influence_or_control = 'other_influence_or_control'
    senior_managing_official = 'senior_managing_official'
    settlor = 'settlor'
    trustee = 'trustee'
    protector = 'protector'
    beneficiary_of_legal_arrangement = 'beneficiary_of_legal_arrangement'
    rights_to_surplus_assets_on_dissolution = 'rights_to_surplus_assets_on_dissolution'
    rights_to_profit_or_income = 'rights_to_profit_or_income'
    rights_granted_by_contract = 'rights_granted_by_contract'
    conditional_rights_granted_by_contract = 'conditional_rights_granted_by_contract'
    control_via_company_rules_or_articles = 'control_via_company_rules_or_articles'
    control_by_legal_framework = 'control_by_legal_framework'
    board_member = 'board_member'
    board_chair = 'board_chair'
    unknown_interest = 'unknown_interest'
    unpublished_interest = 'unpublished_interest'
    enjoyment_and_use_of_assets = 'enjoyment_and_use_of_assets'
    right_to_profit_or_income_from_assets = 'right_to_profit_or_income_from_assets'
    nominee = 'nominee'
    nominator = 'nominator'


class OwnershipSourceType(str, Enum):
    """Where a piece of beneficial ownership information came from, using the BODS 0.4 sourceType codes in snake case. Used on beneficial ownership records to weigh the reliability of a claim."""

    self_declaration = 'self_declaration'
    official_register = 'official_register'
    third_party = 'third_party'
    primary_research = 'primary_research'
    verified = 'verified'


class EntityRiskFactor(str, Enum):
    """Why an organisation, investment or virtual-asset service is assessed as at risk of serving scam operations, such as opaque foreign investment, shell structures, front businesses, operators in special economic zones, unlicensed virtual-asset services and more. Used on entity risk assessments. Added in 0.2.0."""

    opaque_foreign_investment = 'opaque_foreign_investment'
    nominee_or_shell_structure = 'nominee_or_shell_structure'
    front_business = 'front_business'
    special_economic_zone_operator = 'special_economic_zone_operator'
    casino_or_gambling_operator = 'casino_or_gambling_operator'
    compound_property_owner = 'compound_property_owner'
    recruitment_for_compounds = 'recruitment_for_compounds'
    unlicensed_vasp = 'unlicensed_vasp'
    weak_customer_due_diligence = 'weak_customer_due_diligence'
    sanctioned_or_designated_links = 'sanctioned_or_designated_links'
    corruption_indicators = 'corruption_indicators'
    other = 'other'


class RiskLevel(str, Enum):
    """The overall level of risk found by an entity risk assessment, from low to established misuse. Used on entity risk assessments. Added in 0.2.0."""

    low = 'low'
    medium = 'medium'
    high = 'high'
    established = 'established'


class SanctionsAuthority(str, Enum):
    """Who made a sanctions designation: OFAC, the UN Security Council, the European Union, the United Kingdom, a member's national list or another authority. Used on sanctions designations."""

    ofac = 'ofac'
    un_security_council = 'un_security_council'
    eu = 'eu'
    uk = 'uk'
    national = 'national'
    other = 'other'


class SanctionsStatus(str, Enum):
    """Whether a sanctions designation is in force, delisted, suspended or expired. Used on sanctions designations."""

    active = 'active'
    delisted = 'delisted'
    suspended = 'suspended'
    expired = 'expired'


class DelistingReason(str, Enum):
    """Why a person, organisation, account or address was removed from a sanctions list. Used on sanctions designations whose status is delisted."""

    deceased = 'deceased'
    entity_dissolved = 'entity_dissolved'
    court_annulment = 'court_annulment'
    petition_granted = 'petition_granted'
    programme_terminated = 'programme_terminated'
    mistaken_identity = 'mistaken_identity'
    other = 'other'


class AliasType(str, Enum):
    """The kind of a name of a person or organisation: primary name, also-known-as (strong or weak), formerly known as, transliteration, name in original script, nickname or online handle. Used on the names of persons and organisations, as sanctions lists and investigations record them."""

    primary = 'primary'
    also_known_as = 'also_known_as'
    weak_also_known_as = 'weak_also_known_as'
    formerly_known_as = 'formerly_known_as'
    transliteration = 'transliteration'
    original_script = 'original_script'
    nickname_or_handle = 'nickname_or_handle'
    other = 'other'


class FocalPointArea(str, Enum):
    """Thematic area for which a member designates a focal point, following the areas in §23 of the Bangkok Joint Statement plus three operational areas. Used on focal point and organisation contact records to route requests to the right person."""

    prevention = 'prevention'
    prosecution = 'prosecution'
    protection_defrauded_victims = 'protection_defrauded_victims'
    protection_trafficking_victims = 'protection_trafficking_victims'
    policy_partnership = 'policy_partnership'
    financial_intelligence = 'financial_intelligence'
    taskforce_coordination = 'taskforce_coordination'
    platform_trust_safety = 'platform_trust_safety'


class AccountType(str, Enum):
    """The kind of financial account involved in a scam (bank account, e-wallet, card, VASP account, self-hosted wallet, payment service account). Used on financial accounts and asset actions."""

    bank_account = 'bank_account'
    ewallet_mobile_money = 'ewallet_mobile_money'
    card = 'card'
    vasp_account = 'vasp_account'
    crypto_wallet = 'crypto_wallet'
    payment_service_account = 'payment_service_account'
    other = 'other'
    unknown = 'unknown'


class CryptoNetwork(str, Enum):
    """The blockchain network on which a wallet address or virtual-asset transaction exists, which determines the valid address format. Used on crypto wallet addresses and crypto transactions together with the asset (for example USDT on TRON)."""

    bitcoin = 'bitcoin'
    ethereum = 'ethereum'
    tron = 'tron'
    bnb_smart_chain = 'bnb_smart_chain'
    polygon = 'polygon'
    arbitrum = 'arbitrum'
    optimism = 'optimism'
    base = 'base'
    avalanche_c_chain = 'avalanche_c_chain'
    solana = 'solana'
    litecoin = 'litecoin'
    ripple_xrpl = 'ripple_xrpl'
    ton = 'ton'
    monero = 'monero'
    bitcoin_cash = 'bitcoin_cash'
    dogecoin = 'dogecoin'
    zcash = 'zcash'
    dash = 'dash'
    cardano = 'cardano'
    polkadot = 'polkadot'
    bnb_beacon_chain = 'bnb_beacon_chain'
    ethereum_classic = 'ethereum_classic'
    bitcoin_sv = 'bitcoin_sv'
    bitcoin_gold = 'bitcoin_gold'
    stellar = 'stellar'
    neo = 'neo'
    other = 'other'


class FinancialRedFlag(str, Enum):
    """Suspicious financial indicators observed on accounts, wallets or transactions linked to scams. The six top-level codes are the FATF 2020 virtual-asset red-flag categories and the leaves are specific indicators; used on financial indicators, suspicious transaction referrals and case analysis."""

    transaction_size = 'transaction_size'
    structuring_below_thresholds = 'structuring_below_thresholds'
    new_account_high_volume = 'new_account_high_volume'
    multiple_high_value_in_short_succession = 'multiple_high_value_in_short_succession'
    transaction_patterns = 'transaction_patterns'
    many_unrelated_senders_one_beneficiary = 'many_unrelated_senders_one_beneficiary'
    rapid_in_out_pass_through = 'rapid_in_out_pass_through'
    crypto_bought_after_third_party_inflows = 'crypto_bought_after_third_party_inflows'
    multiple_accounts_funnelling_to_crypto = 'multiple_accounts_funnelling_to_crypto'
    dex_or_cross_chain_layering = 'dex_or_cross_chain_layering'
    dominant_usdt_on_tron = 'dominant_usdt_on_tron'
    dormant_wallet_reactivation = 'dormant_wallet_reactivation'
    trading_at_a_loss = 'trading_at_a_loss'
    anonymity = 'anonymity'
    mixer_or_tumbler_use = 'mixer_or_tumbler_use'
    privacy_coin_use = 'privacy_coin_use'
    p2p_or_unlicensed_vasp = 'p2p_or_unlicensed_vasp'
    shared_device_or_ip_many_accounts = 'shared_device_or_ip_many_accounts'
    privacy_wallet_use = 'privacy_wallet_use'
    unhosted_wallet_use = 'unhosted_wallet_use'
    sender_recipient_profile = 'sender_recipient_profile'
    moving_funds_for_third_parties_commission = 'moving_funds_for_third_parties_commission'
    account_controlled_by_third_party = 'account_controlled_by_third_party'
    payments_to_unlicensed_recruiters = 'payments_to_unlicensed_recruiters'
    vulnerable_customer_sudden_crypto_purchases = 'vulnerable_customer_sudden_crypto_purchases'
    kyc_irregularities = 'kyc_irregularities'
    source_of_funds = 'source_of_funds'
    fund_recall_requests_received = 'fund_recall_requests_received'
    cash_for_crypto_otc_trader = 'cash_for_crypto_otc_trader'
    funds_linked_to_known_scam_addresses = 'funds_linked_to_known_scam_addresses'
    exposure_to_sanctioned_entity = 'exposure_to_sanctioned_entity'
    exposure_to_darknet_market = 'exposure_to_darknet_market'
    exposure_to_gambling_service = 'exposure_to_gambling_service'
    geographical_risk = 'geographical_risk'
    high_risk_jurisdiction_counterparty = 'high_risk_jurisdiction_counterparty'
    victim_funds_to_scam_compound_region = 'victim_funds_to_scam_compound_region'
    access_from_scam_hub_location = 'access_from_scam_hub_location'


class FinancialIndicatorSource(str, Enum):
    """Who supplied a financial indicator (an account, wallet or transaction flagged as linked to a scam): an FIU, bank, VASP, payment provider, law enforcement, platform, analytics provider or victim. Used on financial indicators to weigh reliability and handling rules."""

    fiu = 'fiu'
    bank = 'bank'
    vasp = 'vasp'
    payment_service_provider = 'payment_service_provider'
    mobile_money_operator = 'mobile_money_operator'
    law_enforcement = 'law_enforcement'
    platform = 'platform'
    blockchain_analytics = 'blockchain_analytics'
    victim_or_public_report = 'victim_or_public_report'
    other = 'other'
    unknown = 'unknown'


class AssetActionType(str, Enum):
    """Actions taken on scam-related funds or assets, from freezes and recalls to confiscation and restitution to victims. Used on asset action records to measure recovery."""

    freeze = 'freeze'
    seizure = 'seizure'
    forfeiture_confiscation = 'forfeiture_confiscation'
    restitution_to_victims = 'restitution_to_victims'
    fund_recall = 'fund_recall'
    payment_blocked_prevented = 'payment_blocked_prevented'
    account_closure = 'account_closure'
    other = 'other'


class IndicatorType(str, Enum):
    """The kind of technical or financial identifier recorded as an indicator of a scam (URL, domain, phone number, messaging account, wallet address, bank account and so on). Used on indicators; crosswalks to STIX 2.1 observable types and MISP objects support export. Card numbers are deliberately excluded."""

    url = 'url'
    domain = 'domain'
    ip_address = 'ip_address'
    phone_number = 'phone_number'
    email_address = 'email_address'
    social_media_account = 'social_media_account'
    messaging_account = 'messaging_account'
    mobile_app = 'mobile_app'
    crypto_wallet_address = 'crypto_wallet_address'
    bank_account = 'bank_account'
    ewallet_account = 'ewallet_account'
    file_hash = 'file_hash'
    sms_sender_id = 'sms_sender_id'
    payment_alias = 'payment_alias'
    crypto_transaction_hash = 'crypto_transaction_hash'
    imei = 'imei'
    mobile_app_package = 'mobile_app_package'
    other = 'other'


class IndicatorStatus(str, Enum):
    """The current state of a technical indicator (active, taken down, blocked, inactive, under review, false positive). Used on indicators to drive takedown work and to decide what may be shared."""

    active = 'active'
    taken_down = 'taken_down'
    blocked = 'blocked'
    inactive = 'inactive'
    under_review = 'under_review'
    false_positive = 'false_positive'
    delisted = 'delisted'
    disputed = 'disputed'
    unknown = 'unknown'


class ModerationActionType(str, Enum):
    """What a platform, telecom operator, registrar, hosting provider or app store did against scam content or infrastructure (content removed, account suspended or banned, advert rejected, number blocked, domain suspended...). Used on moderation actions. Added in 0.2.0."""

    content_removed = 'content_removed'
    account_suspended = 'account_suspended'
    account_banned = 'account_banned'
    ad_rejected_or_removed = 'ad_rejected_or_removed'
    advertiser_account_disabled = 'advertiser_account_disabled'
    warning_shown = 'warning_shown'
    reach_restricted = 'reach_restricted'
    link_blocked = 'link_blocked'
    number_blocked = 'number_blocked'
    domain_suspended = 'domain_suspended'
    hosting_taken_down = 'hosting_taken_down'
    app_removed = 'app_removed'
    other = 'other'


class ModerationTrigger(str, Enum):
    """What prompted a moderation action, such as the actor's own detection, a user report, a trusted flagger, an indicator shared by a partner, or a request or order from an authority. Used on moderation actions. Added in 0.2.0."""

    proactive_detection = 'proactive_detection'
    user_report = 'user_report'
    trusted_flagger = 'trusted_flagger'
    shared_indicator = 'shared_indicator'
    authority_request = 'authority_request'
    court_or_legal_order = 'court_or_legal_order'
    other = 'other'
    unknown = 'unknown'


class EvidenceType(str, Enum):
    """Kind of evidence item attached to a report or case. Used on evidence records, together with acquisition_method and the chain-of-custody log (custody_action)."""

    screenshot = 'screenshot'
    chat_export = 'chat_export'
    call_recording = 'call_recording'
    sms = 'sms'
    email_eml = 'email_eml'
    web_capture_warc = 'web_capture_warc'
    domain_whois_dns = 'domain_whois_dns'
    ip_log = 'ip_log'
    device_forensic_image = 'device_forensic_image'
    app_apk = 'app_apk'
    bank_statement = 'bank_statement'
    payment_receipt = 'payment_receipt'
    blockchain_tx = 'blockchain_tx'
    wallet_address = 'wallet_address'
    identity_document = 'identity_document'
    victim_or_witness_statement = 'victim_or_witness_statement'
    platform_subscriber_records = 'platform_subscriber_records'
    photo_cctv = 'photo_cctv'
    geolocation = 'geolocation'
    other = 'other'


class AcquisitionMethod(str, Enum):
    """How an evidence item was obtained, from forensic extraction techniques to disclosures and voluntary submissions. Used on evidence records to support admissibility and chain-of-custody review."""

    live = 'live'
    dead_offline = 'dead_offline'
    physical = 'physical'
    logical = 'logical'
    file_system = 'file_system'
    chip_off = 'chip_off'
    cloud_provider_disclosure = 'cloud_provider_disclosure'
    voluntary_submission = 'voluntary_submission'
    open_source_collection = 'open_source_collection'
    other = 'other'


class CustodyAction(str, Enum):
    """Action recorded in the chain-of-custody log of an evidence item, each entry stating who acted, when, where and why. Used on custody event records so that the integrity of evidence can be demonstrated in court."""

    collected = 'collected'
    transferred = 'transferred'
    received = 'received'
    analysed = 'analysed'
    copied = 'copied'
    stored = 'stored'
    returned = 'returned'
    destroyed = 'destroyed'
    other = 'other'


class SharingMarking(str, Enum):
    """Traffic Light Protocol 2.0 label set by the originator to say how far recipients may share a record or attachment. Used on every shareable record and export; codes are the exact TLP labels. Complements, and does not replace, sensitivity_level, which governs redaction of personal data."""

    CLEAR = 'CLEAR'
    GREEN = 'GREEN'
    AMBER = 'AMBER'
    AMBER_STRICT = 'AMBER+STRICT'
    RED = 'RED'


class SensitivityLevel(str, Enum):
    """Data-protection sensitivity of a field, record or attachment, ordered from least (public) to most sensitive (special_category). Used to drive redaction, access control and export filtering; when content mixes levels, the highest level present applies."""

    public = 'public'
    restricted = 'restricted'
    personal = 'personal'
    special_category = 'special_category'


class DatePrecision(str, Enum):
    """How much of a date is known: the day, only the month or only the year. A slot named <date>_precision gives the precision of the date slot <date> of the same record; a date known to the month or the year is written as the first day of that month or year, and two dates are compared at the coarser of their precisions."""

    day = 'day'
    month = 'month'
    year = 'year'


class DataFormat(str, Enum):
    """The file formats in which an export can be exchanged. Used in the manifest of an export package to name the format of the data file."""

    jsonl = 'jsonl'
    json = 'json'
    yaml = 'yaml'
    csv = 'csv'
    xlsx = 'xlsx'


class Audience(str, Enum):
    """Who an export is prepared for. Each audience has a sensitivity ceiling in the default sharing policy; the redaction tool drops, pseudonymises or generalises whatever lies above it."""

    originating_agency = 'originating_agency'
    partner_law_enforcement = 'partner_law_enforcement'
    public_statistics = 'public_statistics'


class RedactionAction(str, Enum):
    """What the redaction tool did to a slot. Listed in the manifest of a redacted export so that receivers know what they are not seeing."""

    dropped = 'dropped'
    pseudonymised = 'pseudonymised'
    generalised_to_month = 'generalised_to_month'
    generalised_to_age_band = 'generalised_to_age_band'
    generalised_to_region = 'generalised_to_region'
    identifiers_pseudonymised = 'identifiers_pseudonymised'
    personal_data_replaced = 'personal_data_replaced'


class Record(GposModel):
    """Anything exchanged as a record of its own in an export. Records refer to each other by identifier and are never inlined in one another."""

    __gpos_abstract__: ClassVar[bool] = True

    id: RecordIdentifier = Field(description='Identifier of the record, unique within the export and stable across exports, for example TH-CCIB-RPT-2025-000123 (see the RecordIdentifier type).')
    notes: Text | None = Field(default=None, description='Free-text remarks by the publisher. May contain personal data, so it is treated as personal.')


class MonetaryAmount(GposModel):
    """An amount of money. The amount is a JSON string holding a non-negative decimal number (for example "40356.41") so that no precision is lost; the unit is either an ISO 4217 currency or a crypto-asset ticker."""

    amount: DecimalAmount = Field(description='The amount as a decimal string with a dot as decimal separator and no thousands separator, for example "1250.00" or "0.015".')
    currency: Currency | None = Field(default=None, description='ISO 4217 alphabetic currency code, for example THB, BDT, NPR, PEN, AED, USD.')
    crypto_asset: CryptoTicker | None = Field(default=None, description='Ticker of a crypto-asset when the amount is not in a national currency, for example USDT, BTC, ETH.')
    crypto_network: CryptoNetwork | None = Field(default=None, description='Network on which the crypto-asset moved, for example tron for USDT on TRON.')


class Period(GposModel):
    """A span of time given by its first and last day, both inclusive."""

    start_date: IsoDate = Field(description='First day of the period.')
    end_date: IsoDate | None = Field(default=None, description='Last day of the period, inclusive.')


class Location(GposModel):
    """Where something happened or someone lives, as coarse as the sharing allows. Country is ISO 3166-1 alpha-2; subdivision is ISO 3166-2; the locality and address are personal data."""

    country: Country | None = Field(default=None, description='ISO 3166-1 alpha-2 country code.')
    subdivision: Subdivision | None = Field(default=None, description='ISO 3166-2 subdivision code, for example TH-10 (Bangkok) or NP-P3 (Bagmati).')
    locality: Text | None = Field(default=None, description='City, district or village name.')
    address: Text | None = Field(default=None, description='Street address or compound location as free text.')
    latitude: Float | None = Field(default=None, ge=-90, le=90, description='WGS 84 latitude in decimal degrees.')
    longitude: Float | None = Field(default=None, ge=-180, le=180, description='WGS 84 longitude in decimal degrees.')


class NameAlias(GposModel):
    """One name of a person with its kind (primary name, also known as, formerly known as, transliteration, name in original script, nickname or online handle), as sanctions lists and investigations record several."""

    name: Text = Field(description='The name as written in the source.')
    alias_type: AliasType = Field(description='The kind of name.')
    language: Language | None = Field(default=None, description='Language of the written form as an ISO 639 code, for a transliteration or a name in original script (for example my for a name in Burmese script).')


class ScamReport(Record):
    """One report of a scam (attempted or successful) received by a member agency through a portal, hotline, police station, platform or bank referral. A report describes what the reporter experienced; the investigation that follows is a Case."""

    received_at: IsoDateTime | None = Field(default=None, description='When the agency received the report (RFC 3339 date-time with offset). Optional from 0.2.0: when it is not known, say so with received_at_unknown instead of inventing a date.')
    reporting_channel: ReportingChannel = Field(description='How the report reached the agency.')
    reporter_role: PersonRole | None = Field(default=None, description='Who made the report relative to the scam (for example the defrauded victim, next of kin, a witness).')
    typologies: list[ScamTypology] = Field(min_length=1, description='The scam typologies the report describes; the first is the primary one.')
    typology_modifiers: list[TypologyModifier] | None = Field(default=None, min_length=1, description='Cross-cutting features of the scam (AI deepfake, voice clone, celebrity-endorsement advert, scam-compound link).')
    contact_channels: list[ContactChannel] | None = Field(default=None, min_length=1, description='Channels through which the scammer contacted the victim.')
    platforms: list[OpenCode] | None = Field(default=None, min_length=1, description='Online platforms used by the scammer (open code list).')
    first_contact_date: IsoDate | None = Field(default=None, description='Day the scammer first contacted the victim.')
    incident_start_date: IsoDate | None = Field(default=None, description='Day the first loss or harmful act occurred.')
    incident_end_date: IsoDate | None = Field(default=None, description='Day the last loss or harmful act occurred.')
    narrative: Text | None = Field(default=None, description="The reporter's account in their own words. Often names people and places.")
    narrative_language: Language | None = Field(default=None, description='Language of the narrative as an ISO 639 code (two-letter where one exists, else three-letter).')
    attempted_only: Boolean | None = Field(default=None, description='True when the scam was attempted but no money or data was lost.')
    losses: list[MonetaryAmount] | None = Field(default=None, min_length=1, description='Money lost, one entry per currency or crypto-asset.')
    payment_methods: list[PaymentMethod] | None = Field(default=None, min_length=1, description='How the victim paid the scammer.')
    indicators: list[RecordRef] | None = Field(default=None, min_length=1, description='Technical indicators (URLs, phone numbers, wallets...) involved in the scam.')
    financial_accounts: list[RecordRef] | None = Field(default=None, min_length=1, description='Accounts the victim paid into or that were otherwise used.')
    location: Location | None = Field(default=None, description='Where the victim was when the scam happened.')
    status: ReportStatus = Field(description='Handling status of the report.')
    case: RecordRef | None = Field(default=None, description='The case opened from or linked to this report.')
    receiving_organisation: RecordRef | None = Field(default=None, description='The organisation that received the report.')
    received_at_unknown: Boolean | None = Field(default=None, description='True when the date and time the report was received are not known (for example in a legacy register or a data set that does not keep them). Give it only when received_at is absent; false is never a value.')
    received_at_precision: DatePrecision | None = Field(default=None, description='How much of received_at is known: day (the default), month or year. A date-time known to the month or the year is written as the first day of that month or year at 00:00:00, and compared with other dates at that precision.')
    first_contact_date_precision: DatePrecision | None = Field(default=None, description='How much of first_contact_date is known: day (the default), month or year. A date known to the month or the year is written as the first day of that month or year, and compared with other dates at that precision.')
    incident_start_date_precision: DatePrecision | None = Field(default=None, description='How much of incident_start_date is known: day (the default), month or year. A date known to the month or the year is written as the first day of that month or year, and compared with other dates at that precision.')
    incident_end_date_precision: DatePrecision | None = Field(default=None, description='How much of incident_end_date is known: day (the default), month or year. A date known to the month or the year is written as the first day of that month or year, and compared with other dates at that precision.')
    impersonated_brands: list[Text] | None = Field(default=None, min_length=1, description="Names of the brands, organisations or people the scammer claimed to be or to represent, as written in the source (a bank, an exchange, a wallet, a government agency, a courier, a celebrity). Free text, so treated as personal; also give impersonated_organisations where the publisher has the organisation's record.")
    impersonated_organisations: list[RecordRef] | None = Field(default=None, min_length=1, description='The organisations the scammer claimed to be or to represent, when they have a record in the export.')


class Case(Record):
    """An investigation by a member agency into one or more scams, a scam network or a scam compound. Persons take part in a case through PersonInvolvement records."""

    title: Text | None = Field(default=None, description='Short operational name of the case; must not name victims.')
    status: CaseStatus = Field(description='Where the case stands.')
    closure_reason: ClosureReason | None = Field(default=None, description='Why the case was closed; expected when the status is closed.')
    opened_date: IsoDate = Field(description='Day the case was opened.')
    closed_date: IsoDate | None = Field(default=None, description='Day the case was closed.')
    lead_agency: RecordRef = Field(description='The organisation leading the investigation.')
    jurisdictions: list[Country] | None = Field(default=None, min_length=1, description='ISO 3166-1 alpha-2 codes of the countries with jurisdiction or involvement.')
    reports: list[RecordRef] | None = Field(default=None, min_length=1, description='Scam reports linked to this case.')
    typologies: list[ScamTypology] | None = Field(default=None, min_length=1, description='Scam typologies investigated.')
    typology_modifiers: list[TypologyModifier] | None = Field(default=None, min_length=1, description='Cross-cutting features of the scams investigated.')
    financial_accounts: list[RecordRef] | None = Field(default=None, min_length=1, description='Financial accounts under investigation.')
    financial_indicators: list[RecordRef] | None = Field(default=None, min_length=1, description='Financial red flags linked to the case.')
    indicators: list[RecordRef] | None = Field(default=None, min_length=1, description='Technical indicators linked to the case.')
    evidence: list[RecordRef] | None = Field(default=None, min_length=1, description='Evidence items held for the case.')
    taskforce: RecordRef | None = Field(default=None, description='The taskforce working the case, if any.')
    outcomes: CaseOutcome | None = Field(default=None, description='Counts and amounts the case has produced so far.')


class CaseOutcome(GposModel):
    """Results of a case, as counts and amounts to date. Counts are of persons or decisions, not of charges per person."""

    arrests: Integer | None = Field(default=None, ge=0, description='Number of persons arrested.')
    persons_charged: Integer | None = Field(default=None, ge=0, description='Number of persons charged.')
    convictions: Integer | None = Field(default=None, ge=0, description='Number of persons convicted.')
    victims_rescued: Integer | None = Field(default=None, ge=0, description='Number of trafficking victims rescued or removed from scam compounds.')
    assets_frozen: list[MonetaryAmount] | None = Field(default=None, min_length=1, description='Amounts frozen, one per currency or asset.')
    assets_seized: list[MonetaryAmount] | None = Field(default=None, min_length=1, description='Amounts seized, one per currency or asset.')
    assets_forfeited: list[MonetaryAmount] | None = Field(default=None, min_length=1, description='Amounts forfeited or confiscated, one per currency or asset.')
    assets_returned: list[MonetaryAmount] | None = Field(default=None, min_length=1, description='Amounts returned to victims, one per currency or asset.')


class CooperationRequest(Record):
    """A request for international cooperation made for a case: mutual legal assistance, extradition, an INTERPOL notice, FIU-to-FIU exchange or a data request to a platform."""

    case: RecordRef = Field(description='The case the request serves.')
    request_type: CooperationRequestType = Field(description='Kind of cooperation requested.')
    requesting_organisation: RecordRef | None = Field(default=None, description='Organisation that made the request.')
    requested_organisation: RecordRef | None = Field(default=None, description='Organisation the request was addressed to, when known.')
    requested_country: Country = Field(description='ISO 3166-1 alpha-2 code of the country asked to cooperate.')
    sent_date: IsoDate | None = Field(default=None, description='Day the request was sent.')
    response_date: IsoDate | None = Field(default=None, description='Day the final response was received.')
    status: CooperationRequestStatus = Field(description='Where the request stands.')


class Person(Record):
    """A natural person known to a report or case. Demographics are given as bands; direct identifiers (names, documents, contact details, photographs) are kept in separate slots marked personal so that sharing tools can drop or pseudonymise them."""

    gender: Gender | None = Field(default=None, description='Gender as recorded by the agency.')
    age_band: AgeBand | None = Field(default=None, description='Age band at the time of the events. A generalised quasi-identifier, so restricted rather than personal; children are protected by minor_at_exploitation and by the redaction policy.')
    is_minor: Boolean | None = Field(default=None, description='True when the person was under 18 at the time of the events.')
    minor_at_exploitation: Boolean | None = Field(default=None, description='True when the person was under 18 at the time of the events the record is about (for a trafficking victim, during the exploitation).')
    minor_at_entry: Boolean | None = Field(default=None, description='True when the person was under 18 when entering the situation (recruited, moved or first exploited), as counter-trafficking case data records it.')
    minor_at_registration: Boolean | None = Field(default=None, description='True when the person was under 18 when the agency registered them.')
    nationalities: list[Country] | None = Field(default=None, min_length=1, description="ISO 3166-1 alpha-2 codes of the person's nationalities.")
    country_of_residence: Country | None = Field(default=None, description='ISO 3166-1 alpha-2 code of the country of usual residence.')
    languages: list[Language] | None = Field(default=None, min_length=1, description='Languages the person speaks, as ISO 639 codes (two-letter where one exists, else three-letter).')
    names: list[Text] | None = Field(default=None, min_length=1, description='Full names and aliases of the person, as written in the source.')
    date_of_birth: IsoDate | None = Field(default=None, description='Exact date of birth; prefer age_band when sharing.')
    identity_documents: list[IdentityDocument] | None = Field(default=None, min_length=1, description='Identity documents of the person.')
    contact_details: list[ContactDetail] | None = Field(default=None, min_length=1, description='Phone numbers, e-mail addresses and messaging accounts of the person.')
    photographs: list[RecordRef] | None = Field(default=None, min_length=1, description='Evidence items that are photographs of the person (biometric data).')
    residence: Location | None = Field(default=None, description='Where the person lives.')
    aliases: list[NameAlias] | None = Field(default=None, min_length=1, description="The person's names, each with its kind (primary name, also known as, formerly known as, transliteration, name in original script, nickname or online handle), as sanctions lists and investigations record them. names keeps the plain list.")
    age_min: Integer | None = Field(default=None, ge=0, le=130, description="The lowest age in years the source gives for the person, at the same moment as age_band, kept exactly when the source's range does not match a band (for example 9 for an age of 9 to 17). For an exact age, age_min equals age_max.")
    age_max: Integer | None = Field(default=None, ge=0, le=130, description='The highest age in years the source gives for the person, at the same moment as age_band (for example 17 for an age of 9 to 17). Omit it for an open range such as 48 and over. Not lower than age_min.')
    date_of_birth_precision: DatePrecision | None = Field(default=None, description='How much of date_of_birth is known: day (the default), month or year. A date known to the month or the year is written as the first day of that month or year, and compared with other dates at that precision.')


class IdentityDocument(GposModel):
    """An identity or travel document of a person."""

    document_type: Text = Field(description="Kind of document (passport, national identity card, driving licence, residence permit, seaman's book...).")
    number: Text = Field(description='Document number as printed.')
    issuing_country: Country | None = Field(default=None, description='ISO 3166-1 alpha-2 code of the issuing country.')
    retained_by_third_party: Boolean | None = Field(default=None, description='True when the document was confiscated or withheld by an employer, recruiter or compound (a trafficking indicator).')


class ContactDetail(GposModel):
    """One way to contact a person."""

    kind: IndicatorType = Field(description='Kind of contact detail, from the indicator types (phone_number, email_address, messaging_account, social_media_account).')
    value: Text = Field(description='The phone number (E.164), e-mail address or account handle.')
    platform: OpenCode | None = Field(default=None, description='Platform of a messaging or social-media account.')


class PersonInvolvement(Record):
    """The role of one person in one report or case. A person has as many involvements as roles: a Nepali worker trafficked into a compound and made to run romance-investment scams has one involvement as tip_victim_forced_criminality and may have another as suspected_perpetrator in the same case."""

    person: RecordRef = Field(description='The person involved.')
    role: PersonRole = Field(description="The person's role.")
    case: RecordRef | None = Field(default=None, description='The case in which the person has this role (give a case, a report or both).')
    report: RecordRef | None = Field(default=None, description='The report in which the person has this role.')
    mule_awareness: MuleAwareness | None = Field(default=None, description='For money mules, whether they knew they were moving criminal proceeds.')
    start_date: IsoDate | None = Field(default=None, description='Day the role began, when known.')
    end_date: IsoDate | None = Field(default=None, description='Day the role ended, when known.')
    registered_by: RecordRef | None = Field(default=None, description='The organisation that registered the person in this role: a service provider, shelter, hotline or international organisation. An involvement that names neither a case nor a report must give it, with a victim role.')
    registration_date: IsoDate | None = Field(default=None, description='Day the organisation registered the person in this role.')
    registration_date_precision: DatePrecision | None = Field(default=None, description='How much of registration_date is known: day (the default), month or year. A date known to the month or the year is written as the first day of that month or year, and compared with other dates at that precision.')
    record_source: VictimRecordSource | None = Field(default=None, description='How the registering organisation came to know about the person: its case management, a hotline, a screening interview, a survey, a referral or administrative records.')


class TraffickingScreening(Record):
    """A screening of a person for indicators of human trafficking, with its outcome and the organisation that decided it."""

    person: RecordRef = Field(description='The person screened.')
    case: RecordRef | None = Field(default=None, description='The case in which the screening took place, if any.')
    screening_date: IsoDate = Field(description='Day of the screening.')
    screening_organisation: RecordRef = Field(description='Organisation that carried out the screening.')
    indicators_observed: list[TraffickingIndicator] | None = Field(default=None, min_length=1, description='Trafficking indicators observed (ILO forced-labour indicators and scam-compound indicators).')
    outcome: TraffickingStatus = Field(description='Outcome of the screening.')
    deciding_organisation: RecordRef | None = Field(default=None, description='Organisation with authority that decided the outcome (for identified victims).')
    decision_date: IsoDate | None = Field(default=None, description='Day the outcome was decided.')
    country_of_exploitation: Country | None = Field(default=None, description='ISO 3166-1 alpha-2 code of the country where the exploitation took place.')
    recruitment_channels: list[ContactChannel] | None = Field(default=None, min_length=1, description='Channels through which the person was recruited or first contacted by the recruiter, for example a job advert on social media or a messaging app.')
    recruitment_platforms: list[OpenCode] | None = Field(default=None, min_length=1, description='Online platforms on which the person was recruited (open code list).')
    exploitation_types: list[ExploitationType] | None = Field(default=None, min_length=1, description='The forms of exploitation the person was subjected to (sexual exploitation and its form, forced labour and its sector, forced criminality such as forced online scamming, forced begging, forced marriage...).')
    recruiter_relationships: list[RecruiterRelationship] | None = Field(default=None, min_length=1, description="How the person's recruiters were related to them (intimate partner, family member, friend, other).")
    abducted: Boolean | None = Field(default=None, description='True when the person was abducted (taken by force) into the situation rather than recruited.')
    screening_date_precision: DatePrecision | None = Field(default=None, description='How much of screening_date is known: day (the default), month or year. A date known to the month or the year is written as the first day of that month or year, and compared with other dates at that precision.')


class NonPunishmentAssessment(Record):
    """An assessment of whether a trafficking victim should be exempt from prosecution or punishment for offences (such as running scams) that they were compelled to commit as a direct result of being trafficked."""

    person: RecordRef = Field(description='The person assessed.')
    case: RecordRef = Field(description='The case in which the person is suspected.')
    screening: RecordRef | None = Field(default=None, description='The trafficking screening the assessment relies on.')
    assessment_date: IsoDate = Field(description='Day of the assessment.')
    assessing_organisation: RecordRef = Field(description='Organisation (usually the prosecutor) that made the assessment.')
    decision: NonPunishmentDecision = Field(description='The non-punishment decision.')
    legal_basis: Text | None = Field(default=None, description='Law or guideline applied, for example a national anti-trafficking act article.')


class ProtectionMeasure(Record):
    """Assistance provided to a victim of trafficking or of fraud."""

    person: RecordRef = Field(description='The person assisted.')
    measure_type: ProtectionMeasureType = Field(description='Kind of assistance.')
    provider: RecordRef = Field(description='Organisation providing the assistance.')
    status: ProtectionMeasureStatus = Field(description='Where the measure stands.')
    start_date: IsoDate | None = Field(default=None, description='Day the measure started.')
    end_date: IsoDate | None = Field(default=None, description='Day the measure ended.')


class Repatriation(Record):
    """The return of a person from the country of exploitation to their country of origin."""

    person: RecordRef = Field(description='The person repatriated.')
    origin_country: Country = Field(description='ISO 3166-1 alpha-2 code of the country the person returns from (usually the country of exploitation).')
    transit_countries: list[Country] | None = Field(default=None, min_length=1, description='ISO 3166-1 alpha-2 codes of countries crossed on the way.')
    destination_country: Country = Field(description='ISO 3166-1 alpha-2 code of the country of return.')
    status: RepatriationStatus = Field(description='Where the repatriation stands.')
    organisations: list[RecordRef] | None = Field(default=None, min_length=1, description='Organisations that assisted (embassies, IOM, NGOs, police).')
    departure_date: IsoDate | None = Field(default=None, description='Day the person left the origin country.')
    arrival_date: IsoDate | None = Field(default=None, description='Day the person arrived in the destination country.')
    case: RecordRef | None = Field(default=None, description='The case in which the person was identified as a victim, or which information gathered after the return serves (prosecution of recruiters and compound operators, prevention).')
    screening: RecordRef | None = Field(default=None, description='The trafficking screening that identified the person before the return.')
    informed_consent: Boolean | None = Field(default=None, description='True when the person gave informed consent to the return; false when they were returned without it, for example deported. A victim-centred return is voluntary.')


class Organisation(Record):
    """A legal entity or public body: a member agency, a bank or VASP holding accounts, a platform, an NGO providing shelter, or a shell company used by a scam network."""

    name: Text = Field(description='Official name of the organisation.')
    organisation_type: OrganisationType = Field(description='Kind of organisation.')
    country: Country | None = Field(default=None, description='ISO 3166-1 alpha-2 code of the country where the organisation is registered or based.')
    registration_number: Text | None = Field(default=None, description='Company or registry number in its country of registration.')
    lei: LeiCode | None = Field(default=None, description='Legal Entity Identifier (ISO 17442), 20 characters.')
    bic: BicCode | None = Field(default=None, description='Business Identifier Code (ISO 9362) of a bank or payment institution.')
    website: HttpUrl | None = Field(default=None, description='Official website, an http or https URL.')
    parent_organisation: RecordRef | None = Field(default=None, description='The organisation this one belongs to (for example the ministry of a police unit).')
    aliases: list[OrganisationAlias] | None = Field(default=None, min_length=1, description='Other names of the organisation, each with its kind (also known as, formerly known as, transliteration, name in original script), as sanctions lists and company registers record them.')


class OrganisationAlias(NameAlias):
    """One name of an organisation with its kind. An organisation's names are public, like its official name."""


class BeneficialOwnership(Record):
    """A statement that a person or organisation holds an interest in an organisation, modelled on the Beneficial Ownership Data Standard 0.4 relationship statement."""

    subject: RecordRef = Field(description='The organisation in which the interest is held.')
    interested_person: RecordRef | None = Field(default=None, description='The person holding the interest (give a person or an organisation).')
    interested_organisation: RecordRef | None = Field(default=None, description='The organisation holding the interest.')
    interest_types: list[InterestType] = Field(min_length=1, description='Kinds of interest held.')
    share_exact: Float | None = Field(default=None, ge=0, le=100, description='Exact share held, as a percentage.')
    share_minimum: Float | None = Field(default=None, ge=0, le=100, description='Lower bound of the share held, as a percentage, when only a range is known.')
    share_maximum: Float | None = Field(default=None, ge=0, le=100, description='Upper bound of the share held, as a percentage, when only a range is known.')
    beneficial: Boolean | None = Field(default=None, description='True when the interest is a beneficial ownership or control interest (not only legal).')
    start_date: IsoDate | None = Field(default=None, description='Day the interest began.')
    end_date: IsoDate | None = Field(default=None, description='Day the interest ended.')
    source_types: list[OwnershipSourceType] | None = Field(default=None, min_length=1, description='Where the statement comes from (BODS sourceType).')
    start_date_precision: DatePrecision | None = Field(default=None, description='How much of start_date is known: day (the default), month or year. A date known to the month or the year is written as the first day of that month or year, and compared with other dates at that precision.')
    end_date_precision: DatePrecision | None = Field(default=None, description='How much of end_date is known: day (the default), month or year. A date known to the month or the year is written as the first day of that month or year, and compared with other dates at that precision.')


class FocalPoint(Record):
    """A member's designated contact point for one area of cooperation (prevention, prosecution, protection of defrauded victims, protection of trafficking victims, policy and partnership)."""

    member_country: Country = Field(description='ISO 3166-1 alpha-2 code of the member the focal point serves.')
    area: FocalPointArea = Field(description='Area of cooperation.')
    organisation: RecordRef = Field(description='Organisation hosting the focal point.')
    unit: Text | None = Field(default=None, description='Unit or desk inside the organisation.')
    secure_contact: ContactDetail | None = Field(default=None, description='Secure contact channel (a functional mailbox, secure messaging handle or phone line).')
    languages: list[Language] | None = Field(default=None, min_length=1, description='Working languages, as ISO 639 codes.')
    available_24_7: Boolean | None = Field(default=None, description='True when the focal point answers around the clock.')
    valid_from: IsoDate | None = Field(default=None, description='First day the designation is valid.')
    valid_until: IsoDate | None = Field(default=None, description='Last day the designation is valid.')
    last_verified_date: IsoDate | None = Field(default=None, description='Day the contact was last verified to work.')


class Taskforce(Record):
    """A national or joint taskforce against online scams or scam compounds."""

    name: Text = Field(description='Name of the taskforce.')
    member_organisations: list[RecordRef] = Field(min_length=1, description='Organisations taking part.')
    lead_organisation: RecordRef | None = Field(default=None, description='Organisation leading the taskforce.')
    countries: list[Country] | None = Field(default=None, min_length=1, description='ISO 3166-1 alpha-2 codes of the countries taking part.')
    mandate: Text | None = Field(default=None, description='What the taskforce is for.')
    established_date: IsoDate | None = Field(default=None, description='Day the taskforce was established.')
    dissolved_date: IsoDate | None = Field(default=None, description='Day the taskforce was dissolved.')


class FinancialAccount(Record):
    """A bank account, e-wallet or mobile-money account, payment card, account at a virtual-asset service provider, or self-hosted crypto wallet."""

    account_type: AccountType = Field(description='Kind of account.')
    provider: RecordRef | None = Field(default=None, description='Bank, e-money issuer or VASP that holds the account (not used for self-hosted wallets).')
    holder_person: RecordRef | None = Field(default=None, description='Person who holds the account.')
    holder_organisation: RecordRef | None = Field(default=None, description='Organisation that holds the account.')
    holder_name: Text | None = Field(default=None, description='Account holder name as shown by the provider, which may differ from the true controller.')
    iban: Annotated[str, StringConstraints(pattern='^(?:[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}|psn:[0-9a-f]{64})$(?![\\s\\S])')] | None = Field(default=None, description='International Bank Account Number, without spaces.')
    bic: BicCode | None = Field(default=None, description='BIC of the account-holding institution.')
    account_number: Text | None = Field(default=None, description='Domestic account, e-wallet or mobile-money number where there is no IBAN.')
    card_last4: CardLast4 | None = Field(default=None, description='Last four digits of a payment card (full card numbers must never be shared).')
    wallet_address: Text | None = Field(default=None, description='Crypto wallet or deposit address.')
    crypto_network: CryptoNetwork | None = Field(default=None, description='Network of the wallet address.')
    crypto_assets: list[CryptoTicker] | None = Field(default=None, min_length=1, description='Tickers of crypto-assets held or moved, for example USDT.')
    country: Country | None = Field(default=None, description='ISO 3166-1 alpha-2 code of the country where the account is held.')
    currency: Currency | None = Field(default=None, description='ISO 4217 currency of a fiat account.')
    opened_date: IsoDate | None = Field(default=None, description='Day the account was opened.')


class Transaction(Record):
    """A transfer of value between two accounts, on or off a blockchain."""

    from_account: RecordRef | None = Field(default=None, description='Account the value left.')
    to_account: RecordRef | None = Field(default=None, description='Account the value reached.')
    amount: MonetaryAmount = Field(description='Value transferred.')
    executed_at: IsoDateTime = Field(description='When the transfer was executed (RFC 3339 date-time with offset).')
    payment_method: PaymentMethod = Field(description='How the value was transferred.')
    reference: Text | None = Field(default=None, description='Payment reference or bank transaction identifier.')
    blockchain_tx_hash: TxHash | None = Field(default=None, description='Blockchain transaction hash (hex, with or without 0x prefix).')
    report: RecordRef | None = Field(default=None, description='The scam report in which the victim described this payment.')


class FinancialIndicator(Record):
    """A red flag raised on an account, transaction or person by an FIU, bank, VASP or investigator, coded from the financial red-flag list whose top level is the six FATF virtual-asset red-flag categories."""

    red_flag: FinancialRedFlag = Field(description='The red flag observed.')
    subject_account: RecordRef | None = Field(default=None, description='Account the red flag concerns.')
    subject_transaction: RecordRef | None = Field(default=None, description='Transaction the red flag concerns.')
    subject_person: RecordRef | None = Field(default=None, description='Person the red flag concerns.')
    source: FinancialIndicatorSource = Field(description='Kind of organisation that raised the red flag.')
    source_organisation: RecordRef | None = Field(default=None, description='The organisation that raised it.')
    observed_at: IsoDateTime = Field(description='When the red flag was observed (RFC 3339 date-time with offset).')
    confidence: Integer | None = Field(default=None, ge=0, le=100, description='Confidence in the red flag from 0 (none) to 100 (certain), as in STIX 2.1.')


class AssetAction(Record):
    """A freeze, seizure, forfeiture or restitution of assets, or a fund recall."""

    action_type: AssetActionType = Field(description='Kind of action.')
    amount: MonetaryAmount = Field(description='Value concerned.')
    action_date: IsoDate = Field(description='Day of the action.')
    authority: RecordRef = Field(description='Organisation that ordered or carried out the action.')
    legal_basis: Text | None = Field(default=None, description='Law, order or agreement under which the action was taken.')
    accounts: list[RecordRef] | None = Field(default=None, min_length=1, description='Accounts the action applies to.')
    case: RecordRef | None = Field(default=None, description='Case the action belongs to.')
    beneficiaries: list[RecordRef] | None = Field(default=None, min_length=1, description='Victims to whom assets were restored, for restitution.')


class Indicator(Record):
    """A technical signal of scam infrastructure that can be blocked or matched across members: a URL, domain, IP address, phone number, e-mail address, social-media or messaging account, app, wallet address or bank account."""

    indicator_type: IndicatorType = Field(description='Kind of indicator.')
    value: Text = Field(description='The indicator as observed.')
    normalised_value: Text | None = Field(default=None, description='The value in canonical form so that equal indicators match: E.164 phone numbers, lower-case domains and e-mail domains, checksummed wallet addresses, IBANs without spaces.')
    platform: OpenCode | None = Field(default=None, description='Platform of a social-media or messaging account, or app store of an app.')
    crypto_network: CryptoNetwork | None = Field(default=None, description='Network of a wallet address.')
    first_seen: IsoDateTime | None = Field(default=None, description='When the indicator was first observed (RFC 3339 date-time with offset).')
    last_seen: IsoDateTime | None = Field(default=None, description='When the indicator was last observed (RFC 3339 date-time with offset).')
    confidence: Integer | None = Field(default=None, ge=0, le=100, description='Confidence that the indicator is malicious, from 0 to 100 as in STIX 2.1.')
    status: IndicatorStatus = Field(description='Whether the indicator is still active or has been taken down.')
    reports: list[RecordRef] | None = Field(default=None, min_length=1, description='Reports in which the indicator appears.')
    cases: list[RecordRef] | None = Field(default=None, min_length=1, description='Cases in which the indicator appears.')
    crypto_asset: CryptoTicker | None = Field(default=None, description='Ticker of the crypto-asset a wallet address received or held in the scam, for example USDT.')
    token_contract: Text | None = Field(default=None, description='The identifier of the token on crypto_network, as the network writes it: the contract address of an ERC-20 or TRC-20 token (for example TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t for USDT on TRON), a Solana mint, a Stellar or XRP Ledger issuer, a Cardano policy ID, so that the asset is unambiguous.')
    payment_scheme: OpenCode | None = Field(default=None, description='The instant-payment scheme of a payment alias (open code list), which says the format the alias is checked against (GPOS-E049, like the other indicator types added in 0.2.0).')
    impersonated_brands: list[Text] | None = Field(default=None, min_length=1, description="Names of the brands, organisations or people the site, account, number or app impersonates, as written in the source (X-ARF target_brand or claimed_entity). Free text, so treated as personal; also give impersonated_organisations where the publisher has the organisation's record.")
    impersonated_organisations: list[RecordRef] | None = Field(default=None, min_length=1, description='The organisations the indicator impersonates, when they have a record in the export.')
    source_organisation: RecordRef | None = Field(default=None, description='The organisation that listed or first reported the indicator: a community blocklist, an abuse desk, an exchange, a platform or another member.')
    source_reference: Text | None = Field(default=None, description="The indicator's identifier at its source (for example the entry number in a blocklist), so that a receiver can go back to the listing.")
    first_seen_precision: DatePrecision | None = Field(default=None, description='How much of first_seen is known: day (the default), month or year. A date-time known to the month or the year is written as the first day of that month or year at 00:00:00, and compared with other dates at that precision.')
    last_seen_precision: DatePrecision | None = Field(default=None, description='How much of last_seen is known: day (the default), month or year. A date-time known to the month or the year is written as the first day of that month or year at 00:00:00, and compared with other dates at that precision.')


class Evidence(Record):
    """An item of evidence: a screenshot, chat export, device image, bank statement, blockchain transaction, statement... The file itself is not in the export; its SHA-256 lets a receiving member verify a copy."""

    evidence_type: EvidenceType = Field(description='Kind of evidence.')
    description: Text | None = Field(default=None, description='What the item shows. May describe persons.')
    sha256: Sha256Hex | None = Field(default=None, description='SHA-256 digest of the evidence file, 64 lower-case hexadecimal characters.')
    exhibit_number: Text | None = Field(default=None, description='Exhibit or property number given by the holding agency.')
    acquired_at: IsoDateTime | None = Field(default=None, description='When the item was acquired (RFC 3339 date-time with offset).')
    acquired_by: RecordRef | None = Field(default=None, description='Organisation that acquired the item.')
    acquisition_method: AcquisitionMethod | None = Field(default=None, description='How the item was acquired.')
    legal_authorisation: Text | None = Field(default=None, description='Warrant, court order or legal provision authorising the acquisition.')
    custody_events: list[CustodyEvent] | None = Field(default=None, min_length=1, description='The chain of custody, in order.')
    case: RecordRef | None = Field(default=None, description='Case the evidence belongs to.')


class CustodyEvent(GposModel):
    """One step in the chain of custody of an evidence item."""

    action: CustodyAction = Field(description='What happened to the item.')
    occurred_at: IsoDateTime = Field(description='When it happened (RFC 3339 date-time with offset).')
    from_organisation: RecordRef | None = Field(default=None, description='Organisation that handed the item over.')
    to_organisation: RecordRef | None = Field(default=None, description='Organisation that received the item.')
    purpose: Text | None = Field(default=None, description='Why the step was taken.')


class Manifest(GposModel):
    """The manifest.json of an export package. Its envelope fields repeat those of the export it describes so that a receiver can triage a package without opening the data."""

    standard_version: SemVer = Field(description='Version of the GPOS standard the data conforms to.')
    export_id: RecordIdentifier = Field(description='Identifier of the export in the package.')
    publisher: RecordIdentifier = Field(description='Identifier of the publishing organisation (an Organisation record in the data).')
    publisher_name: Text | None = Field(default=None, description='Name of the publishing organisation, for readers of the manifest.')
    member_country: Country = Field(description='ISO 3166-1 alpha-2 code of the publishing member.')
    created_at: IsoDateTime = Field(description='When the export was produced (RFC 3339 date-time with offset).')
    period: Period = Field(description='The period the export covers.')
    sharing_marking: SharingMarking = Field(description='TLP 2.0 label governing onward sharing of the package.')
    licence: Text = Field(description='Licence or terms of use.')
    data_format: DataFormat = Field(description='Format of the data file; the canonical form is JSON Lines.')
    record_counts: list[RecordCount] = Field(min_length=1, description='Number of records per collection in the data, for every non-empty collection.')
    files: list[PackageFile] = Field(min_length=1, description='Every file of the package other than the manifest, with its size and SHA-256.')
    redaction: Redaction | None = Field(default=None, description='What was removed, pseudonymised or generalised before the package was made, if anything.')


class RecordCount(GposModel):
    """How many records of one collection the data holds."""

    collection: CollectionName = Field(description='Name of the Export collection, for example scam_reports.')
    count: Integer = Field(ge=1, description='Number of records.')


class PackageFile(GposModel):
    """One file of a package."""

    path: PackagePath = Field(description="Path inside the package, with forward slashes, relative, without '..'.")
    bytes: Integer = Field(ge=0, description='Size of the file in bytes.')
    sha256: Sha256Hex = Field(description='SHA-256 digest of the file, 64 lower-case hexadecimal characters.')


class Redaction(GposModel):
    """The redaction applied for one audience: the sensitivity ceiling, the key used for pseudonyms (by its random identifier only; the key itself is never written), and each step taken. The values of the slots listed as pseudonymised were all replaced by gpos redact under that key: a receiver can rely on it, and a value written to look like a pseudonym in the input was pseudonymised like any other."""

    audience: Audience = Field(description='The audience the package was prepared for.')
    ceiling: SensitivityLevel = Field(description='Highest sensitivity level left in clear in the data.')
    key_id: KeyFingerprint | None = Field(default=None, description='The random identifier that gpos keygen stored with the pseudonymisation key, so that receivers can tell whether two packages used the same key. It is not computed from the key and says nothing about it.')
    key_fingerprint: KeyFingerprint | None = Field(default=None, description='Replaced by key_id: in packages made before it, the first 16 hexadecimal characters of HMAC-SHA-256(key, "gpos-key-fingerprint"). Kept so that those packages stay valid; no longer written, because anyone holding a package can test guesses of a weak key against it.')
    steps: list[RedactionStep] | None = Field(default=None, min_length=1, description='The redaction steps, one per slot affected.')


class RedactionStep(GposModel):
    """One thing done to one slot during redaction."""

    slot: SlotPath = Field(description='The slot as Class.slot, for example Person.names.')
    action: RedactionAction = Field(description='What was done.')
    values_affected: Integer | None = Field(default=None, ge=0, description='How many values the step changed or removed.')


class ModerationAction(Record):
    """An action a platform, telecom operator, domain registrar, hosting provider or app store took against scam infrastructure or content: content removed, account suspended or banned, advert rejected, number or link blocked, domain suspended, app removed. Says what was acted on, why and on whose signal, so that members can see what shared indicators and requests achieved."""

    action_type: ModerationActionType = Field(description='What was done.')
    acted_at: IsoDateTime = Field(description='When the action took effect (RFC 3339 date-time with offset).')
    actor: RecordRef = Field(description='The organisation that took the action (a platform, telecom operator, registrar, host or app store).')
    platform: OpenCode | None = Field(default=None, description='The service on which the action was taken, when the actor runs several (open code list).')
    trigger: ModerationTrigger | None = Field(default=None, description="What prompted the action: the actor's own detection, a user report, a trusted flagger, an indicator shared by a partner, or a request or order from an authority.")
    indicators: list[RecordRef] | None = Field(default=None, min_length=1, description='The technical indicators (accounts, numbers, URLs, domains, apps) the action applied to.')
    items_actioned: Integer | None = Field(default=None, ge=0, description='Number of accounts, adverts, numbers or other items the action covered, when one record describes a bulk action.')
    request: RecordRef | None = Field(default=None, description='The cooperation request the action answered, if any.')
    case: RecordRef | None = Field(default=None, description='The case the action relates to, if any.')
    legal_basis: Text | None = Field(default=None, description="The actor's policy, the law or the order under which the action was taken.")
    reversed_at: IsoDateTime | None = Field(default=None, description='When the action was reversed, for example after a successful appeal (RFC 3339 date-time with offset).')


class EntityRiskAssessment(Record):
    """An assessment that an organisation (a company, investment vehicle, special-economic-zone or casino operator, property owner, recruitment agency or virtual-asset service provider) is at risk of being used for scam operations, or has been found to support them, with the risk factors observed and who assessed it."""

    subject: RecordRef = Field(description='The organisation assessed.')
    assessing_organisation: RecordRef = Field(description='The organisation that made the assessment (an FIU, supervisor, investment authority or police unit).')
    assessment_date: IsoDate = Field(description='Day of the assessment.')
    risk_level: RiskLevel = Field(description='The overall level of risk found.')
    risk_factors: list[EntityRiskFactor] = Field(min_length=1, description='The risk factors observed.')
    investment_origin_countries: list[Country] | None = Field(default=None, min_length=1, description='ISO 3166-1 alpha-2 codes of the countries the capital or investment behind the subject comes from.')
    operating_location: Location | None = Field(default=None, description='Where the subject operates, for example the economic zone or compound site, as coarse as needed.')
    beneficial_ownerships: list[RecordRef] | None = Field(default=None, min_length=1, description='The beneficial ownership statements the assessment relied on.')
    cases: list[RecordRef] | None = Field(default=None, min_length=1, description='Cases in which the subject appears.')
    summary: Text | None = Field(default=None, description='What the assessment found, in a few sentences. Free text, so treated as personal.')


class SanctionsDesignation(Record):
    """One entry of a sanctions list: an authority designates a person or an organisation, often listing accounts and crypto-wallet addresses as its identifiers, under one or more programmes, from a listing date until a possible delisting. The designated person, organisation, accounts and addresses are records of their own, referred to by identifier; names and aliases, dates of birth and nationalities belong on the Person or Organisation record. An entry whose subject is not in the export (or was removed for the audience) still says which list entry concerns the export's cases."""

    authority: SanctionsAuthority = Field(description='Who made the designation.')
    authority_organisation: RecordRef | None = Field(default=None, description="The designating body as an organisation record (for example the national authority of a member's list), when the export has it.")
    list_name: Text | None = Field(default=None, description='The name of the list as the authority publishes it, for example "Specially Designated Nationals and Blocked Persons List" or "ISIL (Da\'esh) and Al-Qaida Sanctions List".')
    programmes: list[Text] | None = Field(default=None, min_length=1, description='The sanctions programmes or regimes under which the subject is designated, as the authority writes them (for example CYBER2 or DPRK3 for OFAC).')
    list_reference: Text | None = Field(default=None, description="The entry's identifier on the list (an OFAC entity number, a UN reference number such as QDi.430, an EU logical identifier), so that a receiver can find the entry at the source.")
    status: SanctionsStatus = Field(description='Whether the designation is in force, delisted, suspended or expired.')
    listing_date: IsoDate | None = Field(default=None, description='Day the subject was designated.')
    last_amended_date: IsoDate | None = Field(default=None, description='Day the entry was last amended by the authority.')
    delisting_date: IsoDate | None = Field(default=None, description='Day the subject was removed from the list; required when the status is delisted.')
    delisting_reason: DelistingReason | None = Field(default=None, description='Why the subject was removed from the list.')
    designated_person: RecordRef | None = Field(default=None, description='The designated person.')
    designated_organisation: RecordRef | None = Field(default=None, description='The designated organisation.')
    designated_accounts: list[RecordRef] | None = Field(default=None, min_length=1, description='Accounts and wallets the entry lists for the subject, or designates on their own.')
    designated_indicators: list[RecordRef] | None = Field(default=None, min_length=1, description='Indicators the entry lists for the subject, or designates on their own: crypto-wallet addresses (OFAC\'s "Digital Currency Address" identifiers), e-mail addresses, websites, phone numbers.')
    legal_basis: Text | None = Field(default=None, description='The instrument under which the designation was made, for example an executive order or a Security Council resolution.')
    reasons: Text | None = Field(default=None, description="The authority's statement of reasons or narrative summary, as published. Free text that names people, so treated as personal.")
    source_url: HttpUrl | None = Field(default=None, description='Where the authority publishes the entry or the list, an http or https URL.')
    cases: list[RecordRef] | None = Field(default=None, min_length=1, description='Cases in which the designated subject or its identifiers appear.')


class Export(GposModel):
    """The envelope of one export: who publishes it, for which period, under which sharing marking and terms, and one collection per record type. Every record in the collections is referenced by its identifier."""

    standard_version: SemVer = Field(description='Version of the GPOS standard the export conforms to, in semantic versioning (for example 0.1.0).')
    export_id: RecordIdentifier = Field(description='Identifier of this export, following the record identifier pattern.')
    publisher: RecordRef = Field(description='The organisation that publishes the export; it must appear in the organisations collection.')
    member_country: Country = Field(description='ISO 3166-1 alpha-2 code of the GPOS member on whose behalf the export is published.')
    created_at: IsoDateTime = Field(description='When the export was produced, as an RFC 3339 date-time with a time-zone offset.')
    period: Period = Field(description='The period the export covers.')
    sharing_marking: SharingMarking = Field(description='Traffic Light Protocol 2.0 label that governs onward sharing of the whole export.')
    licence: Text = Field(description='Licence or terms of use under which the data is shared, as an SPDX identifier or the name of the agreement (for example "GPOS data-sharing terms 2025").')
    extensions: list[ExtensionUse] | None = Field(default=None, min_length=1, description='The national extensions and profiles whose fields (named prefix:field) or stricter rules the export uses. A receiver that does not know an extension still reads the export; its fields are accepted unchecked.')
    redaction: Redaction | None = Field(default=None, description='What was removed, pseudonymised or generalised for the audience this export was prepared for; absent in an unredacted export.')
    scam_reports: list[ScamReport] | None = Field(default=None, min_length=1, description='Scam reports in this export.')
    cases: list[Case] | None = Field(default=None, min_length=1, description='Cases in this export.')
    persons: list[Person] | None = Field(default=None, min_length=1, description='Persons in this export.')
    person_involvements: list[PersonInvolvement] | None = Field(default=None, min_length=1, description='Roles of persons within reports and cases.')
    trafficking_screenings: list[TraffickingScreening] | None = Field(default=None, min_length=1, description='Trafficking screenings in this export.')
    non_punishment_assessments: list[NonPunishmentAssessment] | None = Field(default=None, min_length=1, description='Non-punishment assessments in this export.')
    protection_measures: list[ProtectionMeasure] | None = Field(default=None, min_length=1, description='Protection measures in this export.')
    repatriations: list[Repatriation] | None = Field(default=None, min_length=1, description='Repatriations in this export.')
    organisations: list[Organisation] | None = Field(default=None, min_length=1, description='Organisations in this export.')
    beneficial_ownerships: list[BeneficialOwnership] | None = Field(default=None, min_length=1, description='Beneficial ownership statements in this export.')
    focal_points: list[FocalPoint] | None = Field(default=None, min_length=1, description='Focal points in this export.')
    taskforces: list[Taskforce] | None = Field(default=None, min_length=1, description='Taskforces in this export.')
    financial_accounts: list[FinancialAccount] | None = Field(default=None, min_length=1, description='Financial accounts in this export.')
    transactions: list[Transaction] | None = Field(default=None, min_length=1, description='Transactions in this export.')
    financial_indicators: list[FinancialIndicator] | None = Field(default=None, min_length=1, description='Financial red-flag indicators in this export.')
    asset_actions: list[AssetAction] | None = Field(default=None, min_length=1, description='Asset actions (freezes, seizures, forfeitures, restitutions) in this export.')
    indicators: list[Indicator] | None = Field(default=None, min_length=1, description='Technical indicators in this export.')
    evidence: list[Evidence] | None = Field(default=None, min_length=1, description='Evidence items in this export.')
    cooperation_requests: list[CooperationRequest] | None = Field(default=None, min_length=1, description='International cooperation requests in this export.')
    moderation_actions: list[ModerationAction] | None = Field(default=None, min_length=1, description='Moderation and disruption actions taken by platforms, telecom operators, registrars and app stores.')
    entity_risk_assessments: list[EntityRiskAssessment] | None = Field(default=None, min_length=1, description='Risk assessments of companies, investments and virtual-asset service providers.')
    sanctions_designations: list[SanctionsDesignation] | None = Field(default=None, min_length=1, description='Entries of sanctions lists designating persons, organisations, accounts or crypto addresses.')


class ExtensionUse(GposModel):
    """A national extension or profile an export uses: a LinkML module, published by a member, that imports the standard and adds namespaced fields, codes on open lists or stricter rules, without changing the meaning of anything the standard defines (see the guide on writing an extension)."""

    name: ExtensionName = Field(description='Name of the extension, for example th-police.')
    version: SemVer = Field(description='Version of the extension the export follows, in semantic versioning.')
    prefix: ExtensionPrefix = Field(description="The prefix of the extension's fields in this export, for example thpol.")
    schema_url: HttpUrl | None = Field(default=None, description="Where the extension's LinkML module is published.")


RECORD_TYPES: dict[str, type[GposModel]] = {
    'ScamReport': ScamReport,
    'Case': Case,
    'CooperationRequest': CooperationRequest,
    'Person': Person,
    'PersonInvolvement': PersonInvolvement,
    'TraffickingScreening': TraffickingScreening,
    'NonPunishmentAssessment': NonPunishmentAssessment,
    'ProtectionMeasure': ProtectionMeasure,
    'Repatriation': Repatriation,
    'Organisation': Organisation,
    'BeneficialOwnership': BeneficialOwnership,
    'FocalPoint': FocalPoint,
    'Taskforce': Taskforce,
    'FinancialAccount': FinancialAccount,
    'Transaction': Transaction,
    'FinancialIndicator': FinancialIndicator,
    'AssetAction': AssetAction,
    'Indicator': Indicator,
    'Evidence': Evidence,
    'ModerationAction': ModerationAction,
    'EntityRiskAssessment': EntityRiskAssessment,
    'SanctionsDesignation': SanctionsDesignation,
}

Record.model_rebuild()
MonetaryAmount.model_rebuild()
Period.model_rebuild()
Location.model_rebuild()
NameAlias.model_rebuild()
ScamReport.model_rebuild()
Case.model_rebuild()
CaseOutcome.model_rebuild()
CooperationRequest.model_rebuild()
Person.model_rebuild()
IdentityDocument.model_rebuild()
ContactDetail.model_rebuild()
PersonInvolvement.model_rebuild()
TraffickingScreening.model_rebuild()
NonPunishmentAssessment.model_rebuild()
ProtectionMeasure.model_rebuild()
Repatriation.model_rebuild()
Organisation.model_rebuild()
OrganisationAlias.model_rebuild()
BeneficialOwnership.model_rebuild()
FocalPoint.model_rebuild()
Taskforce.model_rebuild()
FinancialAccount.model_rebuild()
Transaction.model_rebuild()
FinancialIndicator.model_rebuild()
AssetAction.model_rebuild()
Indicator.model_rebuild()
Evidence.model_rebuild()
CustodyEvent.model_rebuild()
Manifest.model_rebuild()
RecordCount.model_rebuild()
PackageFile.model_rebuild()
Redaction.model_rebuild()
RedactionStep.model_rebuild()
ModerationAction.model_rebuild()
EntityRiskAssessment.model_rebuild()
SanctionsDesignation.model_rebuild()
Export.model_rebuild()
ExtensionUse.model_rebuild()
