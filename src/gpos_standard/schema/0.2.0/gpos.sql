-- # Abstract Class: Record Description: Anything exchanged as a record of its own in an export. Records refer to each other by identifier and are never inlined in one another.
--     * Slot: id Description: Identifier of the record, unique within the export and stable across exports, for example TH-CCIB-RPT-2025-000123 (see the RecordIdentifier type).
--     * Slot: notes Description: Free-text remarks by the publisher. May contain personal data, so it is treated as personal.
-- # Class: MonetaryAmount Description: An amount of money. The amount is a JSON string holding a non-negative decimal number (for example "40356.41") so that no precision is lost; the unit is either an ISO 4217 currency or a crypto-asset ticker.
--     * Slot: id
--     * Slot: amount Description: The amount as a decimal string with a dot as decimal separator and no thousands separator, for example "1250.00" or "0.015".
--     * Slot: currency Description: ISO 4217 alphabetic currency code, for example THB, BDT, NPR, PEN, AED, USD.
--     * Slot: crypto_asset Description: Ticker of a crypto-asset when the amount is not in a national currency, for example USDT, BTC, ETH.
--     * Slot: crypto_network Description: Network on which the crypto-asset moved, for example tron for USDT on TRON.
--     * Slot: ScamReport_id Description: Autocreated FK slot
--     * Slot: CaseOutcome_id Description: Autocreated FK slot
-- # Class: Period Description: A span of time given by its first and last day, both inclusive.
--     * Slot: id
--     * Slot: start_date Description: First day of the period.
--     * Slot: end_date Description: Last day of the period, inclusive.
-- # Class: Location Description: Where something happened or someone lives, as coarse as the sharing allows. Country is ISO 3166-1 alpha-2; subdivision is ISO 3166-2; the locality and address are personal data.
--     * Slot: id
--     * Slot: country Description: ISO 3166-1 alpha-2 country code.
--     * Slot: subdivision Description: ISO 3166-2 subdivision code, for example TH-10 (Bangkok) or NP-P3 (Bagmati).
--     * Slot: locality Description: City, district or village name.
--     * Slot: address Description: Street address or compound location as free text.
--     * Slot: latitude Description: WGS 84 latitude in decimal degrees.
--     * Slot: longitude Description: WGS 84 longitude in decimal degrees.
-- # Class: NameAlias Description: One name of a person with its kind (primary name, also known as, formerly known as, transliteration, name in original script, nickname or online handle), as sanctions lists and investigations record several.
--     * Slot: id
--     * Slot: name Description: The name as written in the source.
--     * Slot: alias_type Description: The kind of name.
--     * Slot: language Description: Language of the written form as an ISO 639 code, for a transliteration or a name in original script (for example my for a name in Burmese script).
--     * Slot: Person_id Description: Autocreated FK slot
-- # Class: ScamReport Description: One report of a scam (attempted or successful) received by a member agency through a portal, hotline, police station, platform or bank referral. A report describes what the reporter experienced; the investigation that follows is a Case.
--     * Slot: received_at Description: When the agency received the report (RFC 3339 date-time with offset). Optional from 0.2.0: when it is not known, say so with received_at_unknown instead of inventing a date.
--     * Slot: reporting_channel Description: How the report reached the agency.
--     * Slot: reporter_role Description: Who made the report relative to the scam (for example the defrauded victim, next of kin, a witness).
--     * Slot: first_contact_date Description: Day the scammer first contacted the victim.
--     * Slot: incident_start_date Description: Day the first loss or harmful act occurred.
--     * Slot: incident_end_date Description: Day the last loss or harmful act occurred.
--     * Slot: narrative Description: The reporter's account in their own words. Often names people and places.
--     * Slot: narrative_language Description: Language of the narrative as an ISO 639 code (two-letter where one exists, else three-letter).
--     * Slot: attempted_only Description: True when the scam was attempted but no money or data was lost.
--     * Slot: status Description: Handling status of the report.
--     * Slot: case Description: The case opened from or linked to this report.
--     * Slot: receiving_organisation Description: The organisation that received the report.
--     * Slot: received_at_unknown Description: True when the date and time the report was received are not known (for example in a legacy register or a data set that does not keep them). Give it only when received_at is absent; false is never a value.
--     * Slot: received_at_precision Description: How much of received_at is known: day (the default), month or year. A date-time known to the month or the year is written as the first day of that month or year at 00:00:00, and compared with other dates at that precision.
--     * Slot: first_contact_date_precision Description: How much of first_contact_date is known: day (the default), month or year. A date known to the month or the year is written as the first day of that month or year, and compared with other dates at that precision.
--     * Slot: incident_start_date_precision Description: How much of incident_start_date is known: day (the default), month or year. A date known to the month or the year is written as the first day of that month or year, and compared with other dates at that precision.
--     * Slot: incident_end_date_precision Description: How much of incident_end_date is known: day (the default), month or year. A date known to the month or the year is written as the first day of that month or year, and compared with other dates at that precision.
--     * Slot: id Description: Identifier of the record, unique within the export and stable across exports, for example TH-CCIB-RPT-2025-000123 (see the RecordIdentifier type).
--     * Slot: notes Description: Free-text remarks by the publisher. May contain personal data, so it is treated as personal.
--     * Slot: Export_id Description: Autocreated FK slot
--     * Slot: location_id Description: Where the victim was when the scam happened.
-- # Class: Case Description: An investigation by a member agency into one or more scams, a scam network or a scam compound. Persons take part in a case through PersonInvolvement records.
--     * Slot: title Description: Short operational name of the case; must not name victims.
--     * Slot: status Description: Where the case stands.
--     * Slot: closure_reason Description: Why the case was closed; expected when the status is closed.
--     * Slot: opened_date Description: Day the case was opened.
--     * Slot: closed_date Description: Day the case was closed.
--     * Slot: lead_agency Description: The organisation leading the investigation.
--     * Slot: taskforce Description: The taskforce working the case, if any.
--     * Slot: id Description: Identifier of the record, unique within the export and stable across exports, for example TH-CCIB-RPT-2025-000123 (see the RecordIdentifier type).
--     * Slot: notes Description: Free-text remarks by the publisher. May contain personal data, so it is treated as personal.
--     * Slot: Export_id Description: Autocreated FK slot
--     * Slot: outcomes_id Description: Counts and amounts the case has produced so far.
-- # Class: CaseOutcome Description: Results of a case, as counts and amounts to date. Counts are of persons or decisions, not of charges per person.
--     * Slot: id
--     * Slot: arrests Description: Number of persons arrested.
--     * Slot: persons_charged Description: Number of persons charged.
--     * Slot: convictions Description: Number of persons convicted.
--     * Slot: victims_rescued Description: Number of trafficking victims rescued or removed from scam compounds.
-- # Class: CooperationRequest Description: A request for international cooperation made for a case: mutual legal assistance, extradition, an INTERPOL notice, FIU-to-FIU exchange or a data request to a platform.
--     * Slot: case Description: The case the request serves.
--     * Slot: request_type Description: Kind of cooperation requested.
--     * Slot: requesting_organisation Description: Organisation that made the request.
--     * Slot: requested_organisation Description: Organisation the request was addressed to, when known.
--     * Slot: requested_country Description: ISO 3166-1 alpha-2 code of the country asked to cooperate.
--     * Slot: sent_date Description: Day the request was sent.
--     * Slot: response_date Description: Day the final response was received.
--     * Slot: status Description: Where the request stands.
--     * Slot: id Description: Identifier of the record, unique within the export and stable across exports, for example TH-CCIB-RPT-2025-000123 (see the RecordIdentifier type).
--     * Slot: notes Description: Free-text remarks by the publisher. May contain personal data, so it is treated as personal.
--     * Slot: Export_id Description: Autocreated FK slot
-- # Class: Person Description: A natural person known to a report or case. Demographics are given as bands; direct identifiers (names, documents, contact details, photographs) are kept in separate slots marked personal so that sharing tools can drop or pseudonymise them.
--     * Slot: gender Description: Gender as recorded by the agency.
--     * Slot: age_band Description: Age band at the time of the events. A generalised quasi-identifier, so restricted rather than personal; children are protected by minor_at_exploitation and by the redaction policy.
--     * Slot: is_minor Description: True when the person was under 18 at the time of the events.
--     * Slot: minor_at_exploitation Description: True when the person was under 18 at the time of the events the record is about (for a trafficking victim, during the exploitation).
--     * Slot: minor_at_entry Description: True when the person was under 18 when entering the situation (recruited, moved or first exploited), as counter-trafficking case data records it.
--     * Slot: minor_at_registration Description: True when the person was under 18 when the agency registered them.
--     * Slot: country_of_residence Description: ISO 3166-1 alpha-2 code of the country of usual residence.
--     * Slot: date_of_birth Description: Exact date of birth; prefer age_band when sharing.
--     * Slot: age_min Description: The lowest age in years the source gives for the person, at the same moment as age_band, kept exactly when the source's range does not match a band (for example 9 for an age of 9 to 17). For an exact age, age_min equals age_max.
--     * Slot: age_max Description: The highest age in years the source gives for the person, at the same moment as age_band (for example 17 for an age of 9 to 17). Omit it for an open range such as 48 and over. Not lower than age_min.
--     * Slot: date_of_birth_precision Description: How much of date_of_birth is known: day (the default), month or year. A date known to the month or the year is written as the first day of that month or year, and compared with other dates at that precision.
--     * Slot: id Description: Identifier of the record, unique within the export and stable across exports, for example TH-CCIB-RPT-2025-000123 (see the RecordIdentifier type).
--     * Slot: notes Description: Free-text remarks by the publisher. May contain personal data, so it is treated as personal.
--     * Slot: Export_id Description: Autocreated FK slot
--     * Slot: residence_id Description: Where the person lives.
-- # Class: IdentityDocument Description: An identity or travel document of a person.
--     * Slot: id
--     * Slot: document_type Description: Kind of document (passport, national identity card, driving licence, residence permit, seaman's book...).
--     * Slot: number Description: Document number as printed.
--     * Slot: issuing_country Description: ISO 3166-1 alpha-2 code of the issuing country.
--     * Slot: retained_by_third_party Description: True when the document was confiscated or withheld by an employer, recruiter or compound (a trafficking indicator).
--     * Slot: Person_id Description: Autocreated FK slot
-- # Class: ContactDetail Description: One way to contact a person.
--     * Slot: id
--     * Slot: kind Description: Kind of contact detail, from the indicator types (phone_number, email_address, messaging_account, social_media_account).
--     * Slot: value Description: The phone number (E.164), e-mail address or account handle.
--     * Slot: platform Description: Platform of a messaging or social-media account.
--     * Slot: Person_id Description: Autocreated FK slot
-- # Class: PersonInvolvement Description: The role of one person in one report or case. A person has as many involvements as roles: a Nepali worker trafficked into a compound and made to run romance-investment scams has one involvement as tip_victim_forced_criminality and may have another as suspected_perpetrator in the same case.
--     * Slot: person Description: The person involved.
--     * Slot: role Description: The person's role.
--     * Slot: case Description: The case in which the person has this role (give a case, a report or both).
--     * Slot: report Description: The report in which the person has this role.
--     * Slot: mule_awareness Description: For money mules, whether they knew they were moving criminal proceeds.
--     * Slot: start_date Description: Day the role began, when known.
--     * Slot: end_date Description: Day the role ended, when known.
--     * Slot: registered_by Description: The organisation that registered the person in this role: a service provider, shelter, hotline or international organisation. An involvement that names neither a case nor a report must give it, with a victim role.
--     * Slot: registration_date Description: Day the organisation registered the person in this role.
--     * Slot: registration_date_precision Description: How much of registration_date is known: day (the default), month or year. A date known to the month or the year is written as the first day of that month or year, and compared with other dates at that precision.
--     * Slot: record_source Description: How the registering organisation came to know about the person: its case management, a hotline, a screening interview, a survey, a referral or administrative records.
--     * Slot: id Description: Identifier of the record, unique within the export and stable across exports, for example TH-CCIB-RPT-2025-000123 (see the RecordIdentifier type).
--     * Slot: notes Description: Free-text remarks by the publisher. May contain personal data, so it is treated as personal.
--     * Slot: Export_id Description: Autocreated FK slot
-- # Class: TraffickingScreening Description: A screening of a person for indicators of human trafficking, with its outcome and the organisation that decided it.
--     * Slot: person Description: The person screened.
--     * Slot: case Description: The case in which the screening took place, if any.
--     * Slot: screening_date Description: Day of the screening.
--     * Slot: screening_organisation Description: Organisation that carried out the screening.
--     * Slot: outcome Description: Outcome of the screening.
--     * Slot: deciding_organisation Description: Organisation with authority that decided the outcome (for identified victims).
--     * Slot: decision_date Description: Day the outcome was decided.
--     * Slot: country_of_exploitation Description: ISO 3166-1 alpha-2 code of the country where the exploitation took place.
--     * Slot: abducted Description: True when the person was abducted (taken by force) into the situation rather than recruited.
--     * Slot: screening_date_precision Description: How much of screening_date is known: day (the default), month or year. A date known to the month or the year is written as the first day of that month or year, and compared with other dates at that precision.
--     * Slot: id Description: Identifier of the record, unique within the export and stable across exports, for example TH-CCIB-RPT-2025-000123 (see the RecordIdentifier type).
--     * Slot: notes Description: Free-text remarks by the publisher. May contain personal data, so it is treated as personal.
--     * Slot: Export_id Description: Autocreated FK slot
-- # Class: NonPunishmentAssessment Description: An assessment of whether a trafficking victim should be exempt from prosecution or punishment for offences (such as running scams) that they were compelled to commit as a direct result of being trafficked.
--     * Slot: person Description: The person assessed.
--     * Slot: case Description: The case in which the person is suspected.
--     * Slot: screening Description: The trafficking screening the assessment relies on.
--     * Slot: assessment_date Description: Day of the assessment.
--     * Slot: assessing_organisation Description: Organisation (usually the prosecutor) that made the assessment.
--     * Slot: decision Description: The non-punishment decision.
--     * Slot: legal_basis Description: Law or guideline applied, for example a national anti-trafficking act article.
--     * Slot: id Description: Identifier of the record, unique within the export and stable across exports, for example TH-CCIB-RPT-2025-000123 (see the RecordIdentifier type).
--     * Slot: notes Description: Free-text remarks by the publisher. May contain personal data, so it is treated as personal.
--     * Slot: Export_id Description: Autocreated FK slot
-- # Class: ProtectionMeasure Description: Assistance provided to a victim of trafficking or of fraud.
--     * Slot: person Description: The person assisted.
--     * Slot: measure_type Description: Kind of assistance.
--     * Slot: provider Description: Organisation providing the assistance.
--     * Slot: status Description: Where the measure stands.
--     * Slot: start_date Description: Day the measure started.
--     * Slot: end_date Description: Day the measure ended.
--     * Slot: id Description: Identifier of the record, unique within the export and stable across exports, for example TH-CCIB-RPT-2025-000123 (see the RecordIdentifier type).
--     * Slot: notes Description: Free-text remarks by the publisher. May contain personal data, so it is treated as personal.
--     * Slot: Export_id Description: Autocreated FK slot
-- # Class: Repatriation Description: The return of a person from the country of exploitation to their country of origin.
--     * Slot: person Description: The person repatriated.
--     * Slot: origin_country Description: ISO 3166-1 alpha-2 code of the country the person returns from (usually the country of exploitation).
--     * Slot: destination_country Description: ISO 3166-1 alpha-2 code of the country of return.
--     * Slot: status Description: Where the repatriation stands.
--     * Slot: departure_date Description: Day the person left the origin country.
--     * Slot: arrival_date Description: Day the person arrived in the destination country.
--     * Slot: case Description: The case in which the person was identified as a victim, or which information gathered after the return serves (prosecution of recruiters and compound operators, prevention).
--     * Slot: screening Description: The trafficking screening that identified the person before the return.
--     * Slot: informed_consent Description: True when the person gave informed consent to the return; false when they were returned without it, for example deported. A victim-centred return is voluntary.
--     * Slot: id Description: Identifier of the record, unique within the export and stable across exports, for example TH-CCIB-RPT-2025-000123 (see the RecordIdentifier type).
--     * Slot: notes Description: Free-text remarks by the publisher. May contain personal data, so it is treated as personal.
--     * Slot: Export_id Description: Autocreated FK slot
-- # Class: Organisation Description: A legal entity or public body: a member agency, a bank or VASP holding accounts, a platform, an NGO providing shelter, or a shell company used by a scam network.
--     * Slot: name Description: Official name of the organisation.
--     * Slot: organisation_type Description: Kind of organisation.
--     * Slot: country Description: ISO 3166-1 alpha-2 code of the country where the organisation is registered or based.
--     * Slot: registration_number Description: Company or registry number in its country of registration.
--     * Slot: lei Description: Legal Entity Identifier (ISO 17442), 20 characters.
--     * Slot: bic Description: Business Identifier Code (ISO 9362) of a bank or payment institution.
--     * Slot: website Description: Official website, an http or https URL.
--     * Slot: parent_organisation Description: The organisation this one belongs to (for example the ministry of a police unit).
--     * Slot: id Description: Identifier of the organisation. Public, because organisations are named in public slots such as Export.publisher and FocalPoint.organisation.
--     * Slot: notes Description: Free-text remarks by the publisher. May contain personal data, so it is treated as personal.
--     * Slot: Export_id Description: Autocreated FK slot
-- # Class: OrganisationAlias Description: One name of an organisation with its kind. An organisation's names are public, like its official name.
--     * Slot: id
--     * Slot: name Description: The name as written in the source.
--     * Slot: alias_type Description: The kind of name.
--     * Slot: language Description: Language of the written form as an ISO 639 code, for a transliteration or a name in original script (for example my for a name in Burmese script).
--     * Slot: Organisation_id Description: Autocreated FK slot
-- # Class: BeneficialOwnership Description: A statement that a person or organisation holds an interest in an organisation, modelled on the Beneficial Ownership Data Standard 0.4 relationship statement.
--     * Slot: subject Description: The organisation in which the interest is held.
--     * Slot: interested_person Description: The person holding the interest (give a person or an organisation).
--     * Slot: interested_organisation Description: The organisation holding the interest.
--     * Slot: share_exact Description: Exact share held, as a percentage.
--     * Slot: share_minimum Description: Lower bound of the share held, as a percentage, when only a range is known.
--     * Slot: share_maximum Description: Upper bound of the share held, as a percentage, when only a range is known.
--     * Slot: beneficial Description: True when the interest is a beneficial ownership or control interest (not only legal).
--     * Slot: start_date Description: Day the interest began.
--     * Slot: end_date Description: Day the interest ended.
--     * Slot: start_date_precision Description: How much of start_date is known: day (the default), month or year. A date known to the month or the year is written as the first day of that month or year, and compared with other dates at that precision.
--     * Slot: end_date_precision Description: How much of end_date is known: day (the default), month or year. A date known to the month or the year is written as the first day of that month or year, and compared with other dates at that precision.
--     * Slot: id Description: Identifier of the record, unique within the export and stable across exports, for example TH-CCIB-RPT-2025-000123 (see the RecordIdentifier type).
--     * Slot: notes Description: Free-text remarks by the publisher. May contain personal data, so it is treated as personal.
--     * Slot: Export_id Description: Autocreated FK slot
-- # Class: FocalPoint Description: A member's designated contact point for one area of cooperation (prevention, prosecution, protection of defrauded victims, protection of trafficking victims, policy and partnership).
--     * Slot: member_country Description: ISO 3166-1 alpha-2 code of the member the focal point serves.
--     * Slot: area Description: Area of cooperation.
--     * Slot: organisation Description: Organisation hosting the focal point.
--     * Slot: unit Description: Unit or desk inside the organisation.
--     * Slot: available_24_7 Description: True when the focal point answers around the clock.
--     * Slot: valid_from Description: First day the designation is valid.
--     * Slot: valid_until Description: Last day the designation is valid.
--     * Slot: last_verified_date Description: Day the contact was last verified to work.
--     * Slot: id Description: Identifier of the record, unique within the export and stable across exports, for example TH-CCIB-RPT-2025-000123 (see the RecordIdentifier type).
--     * Slot: notes Description: Free-text remarks by the publisher. May contain personal data, so it is treated as personal.
--     * Slot: Export_id Description: Autocreated FK slot
--     * Slot: secure_contact_id Description: Secure contact channel (a functional mailbox, secure messaging handle or phone line).
-- # Class: Taskforce Description: A national or joint taskforce against online scams or scam compounds.
--     * Slot: name Description: Name of the taskforce.
--     * Slot: lead_organisation Description: Organisation leading the taskforce.
--     * Slot: mandate Description: What the taskforce is for.
--     * Slot: established_date Description: Day the taskforce was established.
--     * Slot: dissolved_date Description: Day the taskforce was dissolved.
--     * Slot: id Description: Identifier of the record, unique within the export and stable across exports, for example TH-CCIB-RPT-2025-000123 (see the RecordIdentifier type).
--     * Slot: notes Description: Free-text remarks by the publisher. May contain personal data, so it is treated as personal.
--     * Slot: Export_id Description: Autocreated FK slot
-- # Class: FinancialAccount Description: A bank account, e-wallet or mobile-money account, payment card, account at a virtual-asset service provider, or self-hosted crypto wallet.
--     * Slot: account_type Description: Kind of account.
--     * Slot: provider Description: Bank, e-money issuer or VASP that holds the account (not used for self-hosted wallets).
--     * Slot: holder_person Description: Person who holds the account.
--     * Slot: holder_organisation Description: Organisation that holds the account.
--     * Slot: holder_name Description: Account holder name as shown by the provider, which may differ from the true controller.
--     * Slot: iban Description: International Bank Account Number, without spaces.
--     * Slot: bic Description: BIC of the account-holding institution.
--     * Slot: account_number Description: Domestic account, e-wallet or mobile-money number where there is no IBAN.
--     * Slot: card_last4 Description: Last four digits of a payment card (full card numbers must never be shared).
--     * Slot: wallet_address Description: Crypto wallet or deposit address.
--     * Slot: crypto_network Description: Network of the wallet address.
--     * Slot: country Description: ISO 3166-1 alpha-2 code of the country where the account is held.
--     * Slot: currency Description: ISO 4217 currency of a fiat account.
--     * Slot: opened_date Description: Day the account was opened.
--     * Slot: id Description: Identifier of the record, unique within the export and stable across exports, for example TH-CCIB-RPT-2025-000123 (see the RecordIdentifier type).
--     * Slot: notes Description: Free-text remarks by the publisher. May contain personal data, so it is treated as personal.
--     * Slot: Export_id Description: Autocreated FK slot
-- # Class: Transaction Description: A transfer of value between two accounts, on or off a blockchain.
--     * Slot: from_account Description: Account the value left.
--     * Slot: to_account Description: Account the value reached.
--     * Slot: executed_at Description: When the transfer was executed (RFC 3339 date-time with offset).
--     * Slot: payment_method Description: How the value was transferred.
--     * Slot: reference Description: Payment reference or bank transaction identifier.
--     * Slot: blockchain_tx_hash Description: Blockchain transaction hash (hex, with or without 0x prefix).
--     * Slot: report Description: The scam report in which the victim described this payment.
--     * Slot: id Description: Identifier of the record, unique within the export and stable across exports, for example TH-CCIB-RPT-2025-000123 (see the RecordIdentifier type).
--     * Slot: notes Description: Free-text remarks by the publisher. May contain personal data, so it is treated as personal.
--     * Slot: Export_id Description: Autocreated FK slot
--     * Slot: amount_id Description: Value transferred.
-- # Class: FinancialIndicator Description: A red flag raised on an account, transaction or person by an FIU, bank, VASP or investigator, coded from the financial red-flag list whose top level is the six FATF virtual-asset red-flag categories.
--     * Slot: red_flag Description: The red flag observed.
--     * Slot: subject_account Description: Account the red flag concerns.
--     * Slot: subject_transaction Description: Transaction the red flag concerns.
--     * Slot: subject_person Description: Person the red flag concerns.
--     * Slot: source Description: Kind of organisation that raised the red flag.
--     * Slot: source_organisation Description: The organisation that raised it.
--     * Slot: observed_at Description: When the red flag was observed (RFC 3339 date-time with offset).
--     * Slot: confidence Description: Confidence in the red flag from 0 (none) to 100 (certain), as in STIX 2.1.
--     * Slot: id Description: Identifier of the record, unique within the export and stable across exports, for example TH-CCIB-RPT-2025-000123 (see the RecordIdentifier type).
--     * Slot: notes Description: Free-text remarks by the publisher. May contain personal data, so it is treated as personal.
--     * Slot: Export_id Description: Autocreated FK slot
-- # Class: AssetAction Description: A freeze, seizure, forfeiture or restitution of assets, or a fund recall.
--     * Slot: action_type Description: Kind of action.
--     * Slot: action_date Description: Day of the action.
--     * Slot: authority Description: Organisation that ordered or carried out the action.
--     * Slot: legal_basis Description: Law, order or agreement under which the action was taken.
--     * Slot: case Description: Case the action belongs to.
--     * Slot: id Description: Identifier of the record, unique within the export and stable across exports, for example TH-CCIB-RPT-2025-000123 (see the RecordIdentifier type).
--     * Slot: notes Description: Free-text remarks by the publisher. May contain personal data, so it is treated as personal.
--     * Slot: Export_id Description: Autocreated FK slot
--     * Slot: amount_id Description: Value concerned.
-- # Class: Indicator Description: A technical signal of scam infrastructure that can be blocked or matched across members: a URL, domain, IP address, phone number, e-mail address, social-media or messaging account, app, wallet address or bank account.
--     * Slot: indicator_type Description: Kind of indicator.
--     * Slot: value Description: The indicator as observed.
--     * Slot: normalised_value Description: The value in canonical form so that equal indicators match: E.164 phone numbers, lower-case domains and e-mail domains, checksummed wallet addresses, IBANs without spaces.
--     * Slot: platform Description: Platform of a social-media or messaging account, or app store of an app.
--     * Slot: crypto_network Description: Network of a wallet address.
--     * Slot: first_seen Description: When the indicator was first observed (RFC 3339 date-time with offset).
--     * Slot: last_seen Description: When the indicator was last observed (RFC 3339 date-time with offset).
--     * Slot: confidence Description: Confidence that the indicator is malicious, from 0 to 100 as in STIX 2.1.
--     * Slot: status Description: Whether the indicator is still active or has been taken down.
--     * Slot: crypto_asset Description: Ticker of the crypto-asset a wallet address received or held in the scam, for example USDT.
--     * Slot: token_contract Description: The identifier of the token on crypto_network, as the network writes it: the contract address of an ERC-20 or TRC-20 token (for example TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t for USDT on TRON), a Solana mint, a Stellar or XRP Ledger issuer, a Cardano policy ID, so that the asset is unambiguous.
--     * Slot: payment_scheme Description: The instant-payment scheme of a payment alias (open code list), which says the format the alias is checked against (GPOS-E049, like the other indicator types added in 0.2.0).
--     * Slot: source_organisation Description: The organisation that listed or first reported the indicator: a community blocklist, an abuse desk, an exchange, a platform or another member.
--     * Slot: source_reference Description: The indicator's identifier at its source (for example the entry number in a blocklist), so that a receiver can go back to the listing.
--     * Slot: first_seen_precision Description: How much of first_seen is known: day (the default), month or year. A date-time known to the month or the year is written as the first day of that month or year at 00:00:00, and compared with other dates at that precision.
--     * Slot: last_seen_precision Description: How much of last_seen is known: day (the default), month or year. A date-time known to the month or the year is written as the first day of that month or year at 00:00:00, and compared with other dates at that precision.
--     * Slot: id Description: Identifier of the record, unique within the export and stable across exports, for example TH-CCIB-RPT-2025-000123 (see the RecordIdentifier type).
--     * Slot: notes Description: Free-text remarks by the publisher. May contain personal data, so it is treated as personal.
--     * Slot: Export_id Description: Autocreated FK slot
-- # Class: Evidence Description: An item of evidence: a screenshot, chat export, device image, bank statement, blockchain transaction, statement... The file itself is not in the export; its SHA-256 lets a receiving member verify a copy.
--     * Slot: evidence_type Description: Kind of evidence.
--     * Slot: description Description: What the item shows. May describe persons.
--     * Slot: sha256 Description: SHA-256 digest of the evidence file, 64 lower-case hexadecimal characters.
--     * Slot: exhibit_number Description: Exhibit or property number given by the holding agency.
--     * Slot: acquired_at Description: When the item was acquired (RFC 3339 date-time with offset).
--     * Slot: acquired_by Description: Organisation that acquired the item.
--     * Slot: acquisition_method Description: How the item was acquired.
--     * Slot: legal_authorisation Description: Warrant, court order or legal provision authorising the acquisition.
--     * Slot: case Description: Case the evidence belongs to.
--     * Slot: id Description: Identifier of the record, unique within the export and stable across exports, for example TH-CCIB-RPT-2025-000123 (see the RecordIdentifier type).
--     * Slot: notes Description: Free-text remarks by the publisher. May contain personal data, so it is treated as personal.
--     * Slot: Export_id Description: Autocreated FK slot
-- # Class: CustodyEvent Description: One step in the chain of custody of an evidence item.
--     * Slot: id
--     * Slot: action Description: What happened to the item.
--     * Slot: occurred_at Description: When it happened (RFC 3339 date-time with offset).
--     * Slot: from_organisation Description: Organisation that handed the item over.
--     * Slot: to_organisation Description: Organisation that received the item.
--     * Slot: purpose Description: Why the step was taken.
--     * Slot: Evidence_id Description: Autocreated FK slot
-- # Class: Manifest Description: The manifest.json of an export package. Its envelope fields repeat those of the export it describes so that a receiver can triage a package without opening the data.
--     * Slot: id
--     * Slot: standard_version Description: Version of the GPOS standard the data conforms to.
--     * Slot: export_id Description: Identifier of the export in the package.
--     * Slot: publisher Description: Identifier of the publishing organisation (an Organisation record in the data).
--     * Slot: publisher_name Description: Name of the publishing organisation, for readers of the manifest.
--     * Slot: member_country Description: ISO 3166-1 alpha-2 code of the publishing member.
--     * Slot: created_at Description: When the export was produced (RFC 3339 date-time with offset).
--     * Slot: sharing_marking Description: TLP 2.0 label governing onward sharing of the package.
--     * Slot: licence Description: Licence or terms of use.
--     * Slot: data_format Description: Format of the data file; the canonical form is JSON Lines.
--     * Slot: period_id Description: The period the export covers.
--     * Slot: redaction_id Description: What was removed, pseudonymised or generalised before the package was made, if anything.
-- # Class: RecordCount Description: How many records of one collection the data holds.
--     * Slot: id
--     * Slot: collection Description: Name of the Export collection, for example scam_reports.
--     * Slot: count Description: Number of records.
--     * Slot: Manifest_id Description: Autocreated FK slot
-- # Class: PackageFile Description: One file of a package.
--     * Slot: id
--     * Slot: path Description: Path inside the package, with forward slashes, relative, without '..'.
--     * Slot: bytes Description: Size of the file in bytes.
--     * Slot: sha256 Description: SHA-256 digest of the file, 64 lower-case hexadecimal characters.
--     * Slot: Manifest_id Description: Autocreated FK slot
-- # Class: Redaction Description: The redaction applied for one audience: the sensitivity ceiling, the key used for pseudonyms (by its random identifier only; the key itself is never written), and each step taken. The values of the slots listed as pseudonymised were all replaced by gpos redact under that key: a receiver can rely on it, and a value written to look like a pseudonym in the input was pseudonymised like any other.
--     * Slot: id
--     * Slot: audience Description: The audience the package was prepared for.
--     * Slot: ceiling Description: Highest sensitivity level left in clear in the data.
--     * Slot: key_id Description: The random identifier that gpos keygen stored with the pseudonymisation key, so that receivers can tell whether two packages used the same key. It is not computed from the key and says nothing about it.
--     * Slot: key_fingerprint Description: Replaced by key_id: in packages made before it, the first 16 hexadecimal characters of HMAC-SHA-256(key, "gpos-key-fingerprint"). Kept so that those packages stay valid; no longer written, because anyone holding a package can test guesses of a weak key against it.
-- # Class: RedactionStep Description: One thing done to one slot during redaction.
--     * Slot: id
--     * Slot: slot Description: The slot as Class.slot, for example Person.names.
--     * Slot: action Description: What was done.
--     * Slot: values_affected Description: How many values the step changed or removed.
--     * Slot: Redaction_id Description: Autocreated FK slot
-- # Class: ModerationAction Description: An action a platform, telecom operator, domain registrar, hosting provider or app store took against scam infrastructure or content: content removed, account suspended or banned, advert rejected, number or link blocked, domain suspended, app removed. Says what was acted on, why and on whose signal, so that members can see what shared indicators and requests achieved.
--     * Slot: action_type Description: What was done.
--     * Slot: acted_at Description: When the action took effect (RFC 3339 date-time with offset).
--     * Slot: actor Description: The organisation that took the action (a platform, telecom operator, registrar, host or app store).
--     * Slot: platform Description: The service on which the action was taken, when the actor runs several (open code list).
--     * Slot: trigger Description: What prompted the action: the actor's own detection, a user report, a trusted flagger, an indicator shared by a partner, or a request or order from an authority.
--     * Slot: items_actioned Description: Number of accounts, adverts, numbers or other items the action covered, when one record describes a bulk action.
--     * Slot: request Description: The cooperation request the action answered, if any.
--     * Slot: case Description: The case the action relates to, if any.
--     * Slot: legal_basis Description: The actor's policy, the law or the order under which the action was taken.
--     * Slot: reversed_at Description: When the action was reversed, for example after a successful appeal (RFC 3339 date-time with offset).
--     * Slot: id Description: Identifier of the record, unique within the export and stable across exports, for example TH-CCIB-RPT-2025-000123 (see the RecordIdentifier type).
--     * Slot: notes Description: Free-text remarks by the publisher. May contain personal data, so it is treated as personal.
--     * Slot: Export_id Description: Autocreated FK slot
-- # Class: EntityRiskAssessment Description: An assessment that an organisation (a company, investment vehicle, special-economic-zone or casino operator, property owner, recruitment agency or virtual-asset service provider) is at risk of being used for scam operations, or has been found to support them, with the risk factors observed and who assessed it.
--     * Slot: subject Description: The organisation assessed.
--     * Slot: assessing_organisation Description: The organisation that made the assessment (an FIU, supervisor, investment authority or police unit).
--     * Slot: assessment_date Description: Day of the assessment.
--     * Slot: risk_level Description: The overall level of risk found.
--     * Slot: summary Description: What the assessment found, in a few sentences. Free text, so treated as personal.
--     * Slot: id Description: Identifier of the record, unique within the export and stable across exports, for example TH-CCIB-RPT-2025-000123 (see the RecordIdentifier type).
--     * Slot: notes Description: Free-text remarks by the publisher. May contain personal data, so it is treated as personal.
--     * Slot: Export_id Description: Autocreated FK slot
--     * Slot: operating_location_id Description: Where the subject operates, for example the economic zone or compound site, as coarse as needed.
-- # Class: SanctionsDesignation Description: One entry of a sanctions list: an authority designates a person or an organisation, often listing accounts and crypto-wallet addresses as its identifiers, under one or more programmes, from a listing date until a possible delisting. The designated person, organisation, accounts and addresses are records of their own, referred to by identifier; names and aliases, dates of birth and nationalities belong on the Person or Organisation record. An entry whose subject is not in the export (or was removed for the audience) still says which list entry concerns the export's cases.
--     * Slot: authority Description: Who made the designation.
--     * Slot: authority_organisation Description: The designating body as an organisation record (for example the national authority of a member's list), when the export has it.
--     * Slot: list_name Description: The name of the list as the authority publishes it, for example "Specially Designated Nationals and Blocked Persons List" or "ISIL (Da'esh) and Al-Qaida Sanctions List".
--     * Slot: list_reference Description: The entry's identifier on the list (an OFAC entity number, a UN reference number such as QDi.430, an EU logical identifier), so that a receiver can find the entry at the source.
--     * Slot: status Description: Whether the designation is in force, delisted, suspended or expired.
--     * Slot: listing_date Description: Day the subject was designated.
--     * Slot: last_amended_date Description: Day the entry was last amended by the authority.
--     * Slot: delisting_date Description: Day the subject was removed from the list; required when the status is delisted.
--     * Slot: delisting_reason Description: Why the subject was removed from the list.
--     * Slot: designated_person Description: The designated person.
--     * Slot: designated_organisation Description: The designated organisation.
--     * Slot: legal_basis Description: The instrument under which the designation was made, for example an executive order or a Security Council resolution.
--     * Slot: reasons Description: The authority's statement of reasons or narrative summary, as published. Free text that names people, so treated as personal.
--     * Slot: source_url Description: Where the authority publishes the entry or the list, an http or https URL.
--     * Slot: id Description: Identifier of the record, unique within the export and stable across exports, for example TH-CCIB-RPT-2025-000123 (see the RecordIdentifier type).
--     * Slot: notes Description: Free-text remarks by the publisher. May contain personal data, so it is treated as personal.
--     * Slot: Export_id Description: Autocreated FK slot
-- # Class: Export Description: The envelope of one export: who publishes it, for which period, under which sharing marking and terms, and one collection per record type. Every record in the collections is referenced by its identifier.
--     * Slot: id
--     * Slot: standard_version Description: Version of the GPOS standard the export conforms to, in semantic versioning (for example 0.1.0).
--     * Slot: export_id Description: Identifier of this export, following the record identifier pattern.
--     * Slot: publisher Description: The organisation that publishes the export; it must appear in the organisations collection.
--     * Slot: member_country Description: ISO 3166-1 alpha-2 code of the GPOS member on whose behalf the export is published.
--     * Slot: created_at Description: When the export was produced, as an RFC 3339 date-time with a time-zone offset.
--     * Slot: sharing_marking Description: Traffic Light Protocol 2.0 label that governs onward sharing of the whole export.
--     * Slot: licence Description: Licence or terms of use under which the data is shared, as an SPDX identifier or the name of the agreement (for example "GPOS data-sharing terms 2025").
--     * Slot: period_id Description: The period the export covers.
--     * Slot: redaction_id Description: What was removed, pseudonymised or generalised for the audience this export was prepared for; absent in an unredacted export.
-- # Class: ExtensionUse Description: A national extension or profile an export uses: a LinkML module, published by a member, that imports the standard and adds namespaced fields, codes on open lists or stricter rules, without changing the meaning of anything the standard defines (see the guide on writing an extension).
--     * Slot: id
--     * Slot: name Description: Name of the extension, for example th-police.
--     * Slot: version Description: Version of the extension the export follows, in semantic versioning.
--     * Slot: prefix Description: The prefix of the extension's fields in this export, for example thpol.
--     * Slot: schema_url Description: Where the extension's LinkML module is published.
--     * Slot: Export_id Description: Autocreated FK slot
-- # Class: ScamReport_typologies
--     * Slot: ScamReport_id Description: Autocreated FK slot
--     * Slot: typologies Description: The scam typologies the report describes; the first is the primary one.
-- # Class: ScamReport_typology_modifiers
--     * Slot: ScamReport_id Description: Autocreated FK slot
--     * Slot: typology_modifiers Description: Cross-cutting features of the scam (AI deepfake, voice clone, celebrity-endorsement advert, scam-compound link).
-- # Class: ScamReport_contact_channels
--     * Slot: ScamReport_id Description: Autocreated FK slot
--     * Slot: contact_channels Description: Channels through which the scammer contacted the victim.
-- # Class: ScamReport_platforms
--     * Slot: ScamReport_id Description: Autocreated FK slot
--     * Slot: platforms Description: Online platforms used by the scammer (open code list).
-- # Class: ScamReport_payment_methods
--     * Slot: ScamReport_id Description: Autocreated FK slot
--     * Slot: payment_methods Description: How the victim paid the scammer.
-- # Class: ScamReport_indicators
--     * Slot: ScamReport_id Description: Autocreated FK slot
--     * Slot: indicators_id Description: Technical indicators (URLs, phone numbers, wallets...) involved in the scam.
-- # Class: ScamReport_financial_accounts
--     * Slot: ScamReport_id Description: Autocreated FK slot
--     * Slot: financial_accounts_id Description: Accounts the victim paid into or that were otherwise used.
-- # Class: ScamReport_impersonated_brands
--     * Slot: ScamReport_id Description: Autocreated FK slot
--     * Slot: impersonated_brands Description: Names of the brands, organisations or people the scammer claimed to be or to represent, as written in the source (a bank, an exchange, a wallet, a government agency, a courier, a celebrity). Free text, so treated as personal; also give impersonated_organisations where the publisher has the organisation's record.
-- # Class: ScamReport_impersonated_organisations
--     * Slot: ScamReport_id Description: Autocreated FK slot
--     * Slot: impersonated_organisations_id Description: The organisations the scammer claimed to be or to represent, when they have a record in the export.
-- # Class: Case_jurisdictions
--     * Slot: Case_id Description: Autocreated FK slot
--     * Slot: jurisdictions Description: ISO 3166-1 alpha-2 codes of the countries with jurisdiction or involvement.
-- # Class: Case_reports
--     * Slot: Case_id Description: Autocreated FK slot
--     * Slot: reports_id Description: Scam reports linked to this case.
-- # Class: Case_typologies
--     * Slot: Case_id Description: Autocreated FK slot
--     * Slot: typologies Description: Scam typologies investigated.
-- # Class: Case_typology_modifiers
--     * Slot: Case_id Description: Autocreated FK slot
--     * Slot: typology_modifiers Description: Cross-cutting features of the scams investigated.
-- # Class: Case_financial_accounts
--     * Slot: Case_id Description: Autocreated FK slot
--     * Slot: financial_accounts_id Description: Financial accounts under investigation.
-- # Class: Case_financial_indicators
--     * Slot: Case_id Description: Autocreated FK slot
--     * Slot: financial_indicators_id Description: Financial red flags linked to the case.
-- # Class: Case_indicators
--     * Slot: Case_id Description: Autocreated FK slot
--     * Slot: indicators_id Description: Technical indicators linked to the case.
-- # Class: Case_evidence
--     * Slot: Case_id Description: Autocreated FK slot
--     * Slot: evidence_id Description: Evidence items held for the case.
-- # Class: Person_nationalities
--     * Slot: Person_id Description: Autocreated FK slot
--     * Slot: nationalities Description: ISO 3166-1 alpha-2 codes of the person's nationalities.
-- # Class: Person_languages
--     * Slot: Person_id Description: Autocreated FK slot
--     * Slot: languages Description: Languages the person speaks, as ISO 639 codes (two-letter where one exists, else three-letter).
-- # Class: Person_names
--     * Slot: Person_id Description: Autocreated FK slot
--     * Slot: names Description: Full names and aliases of the person, as written in the source.
-- # Class: Person_photographs
--     * Slot: Person_id Description: Autocreated FK slot
--     * Slot: photographs_id Description: Evidence items that are photographs of the person (biometric data).
-- # Class: TraffickingScreening_indicators_observed
--     * Slot: TraffickingScreening_id Description: Autocreated FK slot
--     * Slot: indicators_observed Description: Trafficking indicators observed (ILO forced-labour indicators and scam-compound indicators).
-- # Class: TraffickingScreening_recruitment_channels
--     * Slot: TraffickingScreening_id Description: Autocreated FK slot
--     * Slot: recruitment_channels Description: Channels through which the person was recruited or first contacted by the recruiter, for example a job advert on social media or a messaging app.
-- # Class: TraffickingScreening_recruitment_platforms
--     * Slot: TraffickingScreening_id Description: Autocreated FK slot
--     * Slot: recruitment_platforms Description: Online platforms on which the person was recruited (open code list).
-- # Class: TraffickingScreening_exploitation_types
--     * Slot: TraffickingScreening_id Description: Autocreated FK slot
--     * Slot: exploitation_types Description: The forms of exploitation the person was subjected to (sexual exploitation and its form, forced labour and its sector, forced criminality such as forced online scamming, forced begging, forced marriage...).
-- # Class: TraffickingScreening_recruiter_relationships
--     * Slot: TraffickingScreening_id Description: Autocreated FK slot
--     * Slot: recruiter_relationships Description: How the person's recruiters were related to them (intimate partner, family member, friend, other).
-- # Class: Repatriation_transit_countries
--     * Slot: Repatriation_id Description: Autocreated FK slot
--     * Slot: transit_countries Description: ISO 3166-1 alpha-2 codes of countries crossed on the way.
-- # Class: Repatriation_organisations
--     * Slot: Repatriation_id Description: Autocreated FK slot
--     * Slot: organisations_id Description: Organisations that assisted (embassies, IOM, NGOs, police).
-- # Class: BeneficialOwnership_interest_types
--     * Slot: BeneficialOwnership_id Description: Autocreated FK slot
--     * Slot: interest_types Description: Kinds of interest held.
-- # Class: BeneficialOwnership_source_types
--     * Slot: BeneficialOwnership_id Description: Autocreated FK slot
--     * Slot: source_types Description: Where the statement comes from (BODS sourceType).
-- # Class: FocalPoint_languages
--     * Slot: FocalPoint_id Description: Autocreated FK slot
--     * Slot: languages Description: Working languages, as ISO 639 codes.
-- # Class: Taskforce_member_organisations
--     * Slot: Taskforce_id Description: Autocreated FK slot
--     * Slot: member_organisations_id Description: Organisations taking part.
-- # Class: Taskforce_countries
--     * Slot: Taskforce_id Description: Autocreated FK slot
--     * Slot: countries Description: ISO 3166-1 alpha-2 codes of the countries taking part.
-- # Class: FinancialAccount_crypto_assets
--     * Slot: FinancialAccount_id Description: Autocreated FK slot
--     * Slot: crypto_assets Description: Tickers of crypto-assets held or moved, for example USDT.
-- # Class: AssetAction_accounts
--     * Slot: AssetAction_id Description: Autocreated FK slot
--     * Slot: accounts_id Description: Accounts the action applies to.
-- # Class: AssetAction_beneficiaries
--     * Slot: AssetAction_id Description: Autocreated FK slot
--     * Slot: beneficiaries_id Description: Victims to whom assets were restored, for restitution.
-- # Class: Indicator_reports
--     * Slot: Indicator_id Description: Autocreated FK slot
--     * Slot: reports_id Description: Reports in which the indicator appears.
-- # Class: Indicator_cases
--     * Slot: Indicator_id Description: Autocreated FK slot
--     * Slot: cases_id Description: Cases in which the indicator appears.
-- # Class: Indicator_impersonated_brands
--     * Slot: Indicator_id Description: Autocreated FK slot
--     * Slot: impersonated_brands Description: Names of the brands, organisations or people the site, account, number or app impersonates, as written in the source (X-ARF target_brand or claimed_entity). Free text, so treated as personal; also give impersonated_organisations where the publisher has the organisation's record.
-- # Class: Indicator_impersonated_organisations
--     * Slot: Indicator_id Description: Autocreated FK slot
--     * Slot: impersonated_organisations_id Description: The organisations the indicator impersonates, when they have a record in the export.
-- # Class: ModerationAction_indicators
--     * Slot: ModerationAction_id Description: Autocreated FK slot
--     * Slot: indicators_id Description: The technical indicators (accounts, numbers, URLs, domains, apps) the action applied to.
-- # Class: EntityRiskAssessment_risk_factors
--     * Slot: EntityRiskAssessment_id Description: Autocreated FK slot
--     * Slot: risk_factors Description: The risk factors observed.
-- # Class: EntityRiskAssessment_investment_origin_countries
--     * Slot: EntityRiskAssessment_id Description: Autocreated FK slot
--     * Slot: investment_origin_countries Description: ISO 3166-1 alpha-2 codes of the countries the capital or investment behind the subject comes from.
-- # Class: EntityRiskAssessment_beneficial_ownerships
--     * Slot: EntityRiskAssessment_id Description: Autocreated FK slot
--     * Slot: beneficial_ownerships_id Description: The beneficial ownership statements the assessment relied on.
-- # Class: EntityRiskAssessment_cases
--     * Slot: EntityRiskAssessment_id Description: Autocreated FK slot
--     * Slot: cases_id Description: Cases in which the subject appears.
-- # Class: SanctionsDesignation_programmes
--     * Slot: SanctionsDesignation_id Description: Autocreated FK slot
--     * Slot: programmes Description: The sanctions programmes or regimes under which the subject is designated, as the authority writes them (for example CYBER2 or DPRK3 for OFAC).
-- # Class: SanctionsDesignation_designated_accounts
--     * Slot: SanctionsDesignation_id Description: Autocreated FK slot
--     * Slot: designated_accounts_id Description: Accounts and wallets the entry lists for the subject, or designates on their own.
-- # Class: SanctionsDesignation_designated_indicators
--     * Slot: SanctionsDesignation_id Description: Autocreated FK slot
--     * Slot: designated_indicators_id Description: Indicators the entry lists for the subject, or designates on their own: crypto-wallet addresses (OFAC's "Digital Currency Address" identifiers), e-mail addresses, websites, phone numbers.
-- # Class: SanctionsDesignation_cases
--     * Slot: SanctionsDesignation_id Description: Autocreated FK slot
--     * Slot: cases_id Description: Cases in which the designated subject or its identifiers appear.

CREATE TABLE "Record" (
	id TEXT NOT NULL,
	notes TEXT,
	PRIMARY KEY (id)
);
CREATE INDEX "ix_Record_id" ON "Record" (id);

CREATE TABLE "Period" (
	id INTEGER NOT NULL,
	start_date TEXT NOT NULL,
	end_date TEXT,
	PRIMARY KEY (id)
);
CREATE INDEX "ix_Period_id" ON "Period" (id);

CREATE TABLE "Location" (
	id INTEGER NOT NULL,
	country VARCHAR(2),
	subdivision VARCHAR(6),
	locality TEXT,
	address TEXT,
	latitude FLOAT,
	longitude FLOAT,
	PRIMARY KEY (id)
);
CREATE INDEX "ix_Location_id" ON "Location" (id);

CREATE TABLE "CaseOutcome" (
	id INTEGER NOT NULL,
	arrests INTEGER,
	persons_charged INTEGER,
	convictions INTEGER,
	victims_rescued INTEGER,
	PRIMARY KEY (id)
);
CREATE INDEX "ix_CaseOutcome_id" ON "CaseOutcome" (id);

CREATE TABLE "Organisation" (
	name TEXT NOT NULL,
	organisation_type VARCHAR(26) NOT NULL,
	country VARCHAR(2),
	registration_number TEXT,
	lei TEXT,
	bic TEXT,
	website TEXT,
	parent_organisation TEXT,
	id TEXT NOT NULL,
	notes TEXT,
	"Export_id" INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY(parent_organisation) REFERENCES "Organisation" (id),
	FOREIGN KEY("Export_id") REFERENCES "Export" (id)
);
CREATE INDEX "ix_Organisation_id" ON "Organisation" (id);

CREATE TABLE "Redaction" (
	id INTEGER NOT NULL,
	audience VARCHAR(23) NOT NULL,
	ceiling VARCHAR(16) NOT NULL,
	key_id TEXT,
	key_fingerprint TEXT,
	PRIMARY KEY (id)
);
CREATE INDEX "ix_Redaction_id" ON "Redaction" (id);

CREATE TABLE "Export" (
	id INTEGER NOT NULL,
	standard_version TEXT NOT NULL,
	export_id TEXT NOT NULL,
	publisher TEXT NOT NULL,
	member_country VARCHAR(2) NOT NULL,
	created_at TEXT NOT NULL,
	sharing_marking VARCHAR(12) NOT NULL,
	licence TEXT NOT NULL,
	period_id INTEGER NOT NULL,
	redaction_id INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY(publisher) REFERENCES "Organisation" (id),
	FOREIGN KEY(period_id) REFERENCES "Period" (id),
	FOREIGN KEY(redaction_id) REFERENCES "Redaction" (id)
);
CREATE INDEX "ix_Export_id" ON "Export" (id);

CREATE TABLE "Person" (
	gender VARCHAR(16),
	age_band VARCHAR(11),
	is_minor BOOLEAN,
	minor_at_exploitation BOOLEAN,
	minor_at_entry BOOLEAN,
	minor_at_registration BOOLEAN,
	country_of_residence VARCHAR(2),
	date_of_birth TEXT,
	age_min INTEGER,
	age_max INTEGER,
	date_of_birth_precision VARCHAR(5),
	id TEXT NOT NULL,
	notes TEXT,
	"Export_id" INTEGER,
	residence_id INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY("Export_id") REFERENCES "Export" (id),
	FOREIGN KEY(residence_id) REFERENCES "Location" (id)
);
CREATE INDEX "ix_Person_id" ON "Person" (id);

CREATE TABLE "OrganisationAlias" (
	id INTEGER NOT NULL,
	name TEXT NOT NULL,
	alias_type VARCHAR(18) NOT NULL,
	language VARCHAR(3),
	"Organisation_id" TEXT,
	PRIMARY KEY (id),
	FOREIGN KEY("Organisation_id") REFERENCES "Organisation" (id)
);
CREATE INDEX "ix_OrganisationAlias_id" ON "OrganisationAlias" (id);

CREATE TABLE "Taskforce" (
	name TEXT NOT NULL,
	lead_organisation TEXT,
	mandate TEXT,
	established_date TEXT,
	dissolved_date TEXT,
	id TEXT NOT NULL,
	notes TEXT,
	"Export_id" INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY(lead_organisation) REFERENCES "Organisation" (id),
	FOREIGN KEY("Export_id") REFERENCES "Export" (id)
);
CREATE INDEX "ix_Taskforce_id" ON "Taskforce" (id);

CREATE TABLE "Indicator" (
	indicator_type VARCHAR(23) NOT NULL,
	value TEXT NOT NULL,
	normalised_value TEXT,
	platform TEXT,
	crypto_network VARCHAR(17),
	first_seen TEXT,
	last_seen TEXT,
	confidence INTEGER,
	status VARCHAR(14) NOT NULL,
	crypto_asset TEXT,
	token_contract TEXT,
	payment_scheme TEXT,
	source_organisation TEXT,
	source_reference TEXT,
	first_seen_precision VARCHAR(5),
	last_seen_precision VARCHAR(5),
	id TEXT NOT NULL,
	notes TEXT,
	"Export_id" INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY(source_organisation) REFERENCES "Organisation" (id),
	FOREIGN KEY("Export_id") REFERENCES "Export" (id)
);
CREATE INDEX "ix_Indicator_id" ON "Indicator" (id);

CREATE TABLE "Manifest" (
	id INTEGER NOT NULL,
	standard_version TEXT NOT NULL,
	export_id TEXT NOT NULL,
	publisher TEXT NOT NULL,
	publisher_name TEXT,
	member_country VARCHAR(2) NOT NULL,
	created_at TEXT NOT NULL,
	sharing_marking VARCHAR(12) NOT NULL,
	licence TEXT NOT NULL,
	data_format VARCHAR(5) NOT NULL,
	period_id INTEGER NOT NULL,
	redaction_id INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY(period_id) REFERENCES "Period" (id),
	FOREIGN KEY(redaction_id) REFERENCES "Redaction" (id)
);
CREATE INDEX "ix_Manifest_id" ON "Manifest" (id);

CREATE TABLE "RedactionStep" (
	id INTEGER NOT NULL,
	slot TEXT NOT NULL,
	action VARCHAR(25) NOT NULL,
	values_affected INTEGER,
	"Redaction_id" INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY("Redaction_id") REFERENCES "Redaction" (id)
);
CREATE INDEX "ix_RedactionStep_id" ON "RedactionStep" (id);

CREATE TABLE "EntityRiskAssessment" (
	subject TEXT NOT NULL,
	assessing_organisation TEXT NOT NULL,
	assessment_date TEXT NOT NULL,
	risk_level VARCHAR(11) NOT NULL,
	summary TEXT,
	id TEXT NOT NULL,
	notes TEXT,
	"Export_id" INTEGER,
	operating_location_id INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY(subject) REFERENCES "Organisation" (id),
	FOREIGN KEY(assessing_organisation) REFERENCES "Organisation" (id),
	FOREIGN KEY("Export_id") REFERENCES "Export" (id),
	FOREIGN KEY(operating_location_id) REFERENCES "Location" (id)
);
CREATE INDEX "ix_EntityRiskAssessment_id" ON "EntityRiskAssessment" (id);

CREATE TABLE "ExtensionUse" (
	id INTEGER NOT NULL,
	name TEXT NOT NULL,
	version TEXT NOT NULL,
	prefix TEXT NOT NULL,
	schema_url TEXT,
	"Export_id" INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY("Export_id") REFERENCES "Export" (id)
);
CREATE INDEX "ix_ExtensionUse_id" ON "ExtensionUse" (id);

CREATE TABLE "NameAlias" (
	id INTEGER NOT NULL,
	name TEXT NOT NULL,
	alias_type VARCHAR(18) NOT NULL,
	language VARCHAR(3),
	"Person_id" TEXT,
	PRIMARY KEY (id),
	FOREIGN KEY("Person_id") REFERENCES "Person" (id)
);
CREATE INDEX "ix_NameAlias_id" ON "NameAlias" (id);

CREATE TABLE "Case" (
	title TEXT,
	status VARCHAR(22) NOT NULL,
	closure_reason VARCHAR(22),
	opened_date TEXT NOT NULL,
	closed_date TEXT,
	lead_agency TEXT NOT NULL,
	taskforce TEXT,
	id TEXT NOT NULL,
	notes TEXT,
	"Export_id" INTEGER,
	outcomes_id INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY(lead_agency) REFERENCES "Organisation" (id),
	FOREIGN KEY(taskforce) REFERENCES "Taskforce" (id),
	FOREIGN KEY("Export_id") REFERENCES "Export" (id),
	FOREIGN KEY(outcomes_id) REFERENCES "CaseOutcome" (id)
);
CREATE INDEX "ix_Case_id" ON "Case" (id);

CREATE TABLE "IdentityDocument" (
	id INTEGER NOT NULL,
	document_type TEXT NOT NULL,
	number TEXT NOT NULL,
	issuing_country VARCHAR(2),
	retained_by_third_party BOOLEAN,
	"Person_id" TEXT,
	PRIMARY KEY (id),
	FOREIGN KEY("Person_id") REFERENCES "Person" (id)
);
CREATE INDEX "ix_IdentityDocument_id" ON "IdentityDocument" (id);

CREATE TABLE "ContactDetail" (
	id INTEGER NOT NULL,
	kind VARCHAR(23) NOT NULL,
	value TEXT NOT NULL,
	platform TEXT,
	"Person_id" TEXT,
	PRIMARY KEY (id),
	FOREIGN KEY("Person_id") REFERENCES "Person" (id)
);
CREATE INDEX "ix_ContactDetail_id" ON "ContactDetail" (id);

CREATE TABLE "ProtectionMeasure" (
	person TEXT NOT NULL,
	measure_type VARCHAR(20) NOT NULL,
	provider TEXT NOT NULL,
	status VARCHAR(11) NOT NULL,
	start_date TEXT,
	end_date TEXT,
	id TEXT NOT NULL,
	notes TEXT,
	"Export_id" INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY(person) REFERENCES "Person" (id),
	FOREIGN KEY(provider) REFERENCES "Organisation" (id),
	FOREIGN KEY("Export_id") REFERENCES "Export" (id)
);
CREATE INDEX "ix_ProtectionMeasure_id" ON "ProtectionMeasure" (id);

CREATE TABLE "BeneficialOwnership" (
	subject TEXT NOT NULL,
	interested_person TEXT,
	interested_organisation TEXT,
	share_exact FLOAT,
	share_minimum FLOAT,
	share_maximum FLOAT,
	beneficial BOOLEAN,
	start_date TEXT,
	end_date TEXT,
	start_date_precision VARCHAR(5),
	end_date_precision VARCHAR(5),
	id TEXT NOT NULL,
	notes TEXT,
	"Export_id" INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY(subject) REFERENCES "Organisation" (id),
	FOREIGN KEY(interested_person) REFERENCES "Person" (id),
	FOREIGN KEY(interested_organisation) REFERENCES "Organisation" (id),
	FOREIGN KEY("Export_id") REFERENCES "Export" (id)
);
CREATE INDEX "ix_BeneficialOwnership_id" ON "BeneficialOwnership" (id);

CREATE TABLE "FinancialAccount" (
	account_type VARCHAR(23) NOT NULL,
	provider TEXT,
	holder_person TEXT,
	holder_organisation TEXT,
	holder_name TEXT,
	iban TEXT,
	bic TEXT,
	account_number TEXT,
	card_last4 TEXT,
	wallet_address TEXT,
	crypto_network VARCHAR(17),
	country VARCHAR(2),
	currency VARCHAR(3),
	opened_date TEXT,
	id TEXT NOT NULL,
	notes TEXT,
	"Export_id" INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY(provider) REFERENCES "Organisation" (id),
	FOREIGN KEY(holder_person) REFERENCES "Person" (id),
	FOREIGN KEY(holder_organisation) REFERENCES "Organisation" (id),
	FOREIGN KEY("Export_id") REFERENCES "Export" (id)
);
CREATE INDEX "ix_FinancialAccount_id" ON "FinancialAccount" (id);

CREATE TABLE "RecordCount" (
	id INTEGER NOT NULL,
	collection TEXT NOT NULL,
	count INTEGER NOT NULL,
	"Manifest_id" INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY("Manifest_id") REFERENCES "Manifest" (id)
);
CREATE INDEX "ix_RecordCount_id" ON "RecordCount" (id);

CREATE TABLE "PackageFile" (
	id INTEGER NOT NULL,
	path TEXT NOT NULL,
	bytes INTEGER NOT NULL,
	sha256 TEXT NOT NULL,
	"Manifest_id" INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY("Manifest_id") REFERENCES "Manifest" (id)
);
CREATE INDEX "ix_PackageFile_id" ON "PackageFile" (id);

CREATE TABLE "SanctionsDesignation" (
	authority VARCHAR(19) NOT NULL,
	authority_organisation TEXT,
	list_name TEXT,
	list_reference TEXT,
	status VARCHAR(9) NOT NULL,
	listing_date TEXT,
	last_amended_date TEXT,
	delisting_date TEXT,
	delisting_reason VARCHAR(20),
	designated_person TEXT,
	designated_organisation TEXT,
	legal_basis TEXT,
	reasons TEXT,
	source_url TEXT,
	id TEXT NOT NULL,
	notes TEXT,
	"Export_id" INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY(authority_organisation) REFERENCES "Organisation" (id),
	FOREIGN KEY(designated_person) REFERENCES "Person" (id),
	FOREIGN KEY(designated_organisation) REFERENCES "Organisation" (id),
	FOREIGN KEY("Export_id") REFERENCES "Export" (id)
);
CREATE INDEX "ix_SanctionsDesignation_id" ON "SanctionsDesignation" (id);

CREATE TABLE "Person_nationalities" (
	"Person_id" TEXT,
	nationalities VARCHAR(2),
	PRIMARY KEY ("Person_id", nationalities),
	FOREIGN KEY("Person_id") REFERENCES "Person" (id)
);
CREATE INDEX "ix_Person_nationalities_nationalities" ON "Person_nationalities" (nationalities);
CREATE INDEX "ix_Person_nationalities_Person_id" ON "Person_nationalities" ("Person_id");

CREATE TABLE "Person_languages" (
	"Person_id" TEXT,
	languages VARCHAR(3),
	PRIMARY KEY ("Person_id", languages),
	FOREIGN KEY("Person_id") REFERENCES "Person" (id)
);
CREATE INDEX "ix_Person_languages_languages" ON "Person_languages" (languages);
CREATE INDEX "ix_Person_languages_Person_id" ON "Person_languages" ("Person_id");

CREATE TABLE "Person_names" (
	"Person_id" TEXT,
	names TEXT,
	PRIMARY KEY ("Person_id", names),
	FOREIGN KEY("Person_id") REFERENCES "Person" (id)
);
CREATE INDEX "ix_Person_names_Person_id" ON "Person_names" ("Person_id");
CREATE INDEX "ix_Person_names_names" ON "Person_names" (names);

CREATE TABLE "Taskforce_member_organisations" (
	"Taskforce_id" TEXT,
	member_organisations_id TEXT NOT NULL,
	PRIMARY KEY ("Taskforce_id", member_organisations_id),
	FOREIGN KEY("Taskforce_id") REFERENCES "Taskforce" (id),
	FOREIGN KEY(member_organisations_id) REFERENCES "Organisation" (id)
);
CREATE INDEX "ix_Taskforce_member_organisations_member_organisations_id" ON "Taskforce_member_organisations" (member_organisations_id);
CREATE INDEX "ix_Taskforce_member_organisations_Taskforce_id" ON "Taskforce_member_organisations" ("Taskforce_id");

CREATE TABLE "Taskforce_countries" (
	"Taskforce_id" TEXT,
	countries VARCHAR(2),
	PRIMARY KEY ("Taskforce_id", countries),
	FOREIGN KEY("Taskforce_id") REFERENCES "Taskforce" (id)
);
CREATE INDEX "ix_Taskforce_countries_countries" ON "Taskforce_countries" (countries);
CREATE INDEX "ix_Taskforce_countries_Taskforce_id" ON "Taskforce_countries" ("Taskforce_id");

CREATE TABLE "Indicator_impersonated_brands" (
	"Indicator_id" TEXT,
	impersonated_brands TEXT,
	PRIMARY KEY ("Indicator_id", impersonated_brands),
	FOREIGN KEY("Indicator_id") REFERENCES "Indicator" (id)
);
CREATE INDEX "ix_Indicator_impersonated_brands_Indicator_id" ON "Indicator_impersonated_brands" ("Indicator_id");
CREATE INDEX "ix_Indicator_impersonated_brands_impersonated_brands" ON "Indicator_impersonated_brands" (impersonated_brands);

CREATE TABLE "Indicator_impersonated_organisations" (
	"Indicator_id" TEXT,
	impersonated_organisations_id TEXT,
	PRIMARY KEY ("Indicator_id", impersonated_organisations_id),
	FOREIGN KEY("Indicator_id") REFERENCES "Indicator" (id),
	FOREIGN KEY(impersonated_organisations_id) REFERENCES "Organisation" (id)
);
CREATE INDEX "ix_Indicator_impersonated_organisations_Indicator_id" ON "Indicator_impersonated_organisations" ("Indicator_id");
CREATE INDEX "ix_Indicator_impersonated_organisations_impersonated_organisations_id" ON "Indicator_impersonated_organisations" (impersonated_organisations_id);

CREATE TABLE "EntityRiskAssessment_risk_factors" (
	"EntityRiskAssessment_id" TEXT,
	risk_factors VARCHAR(30) NOT NULL,
	PRIMARY KEY ("EntityRiskAssessment_id", risk_factors),
	FOREIGN KEY("EntityRiskAssessment_id") REFERENCES "EntityRiskAssessment" (id)
);
CREATE INDEX "ix_EntityRiskAssessment_risk_factors_EntityRiskAssessment_id" ON "EntityRiskAssessment_risk_factors" ("EntityRiskAssessment_id");
CREATE INDEX "ix_EntityRiskAssessment_risk_factors_risk_factors" ON "EntityRiskAssessment_risk_factors" (risk_factors);

CREATE TABLE "EntityRiskAssessment_investment_origin_countries" (
	"EntityRiskAssessment_id" TEXT,
	investment_origin_countries VARCHAR(2),
	PRIMARY KEY ("EntityRiskAssessment_id", investment_origin_countries),
	FOREIGN KEY("EntityRiskAssessment_id") REFERENCES "EntityRiskAssessment" (id)
);
CREATE INDEX "ix_EntityRiskAssessment_investment_origin_countries_EntityRiskAssessment_id" ON "EntityRiskAssessment_investment_origin_countries" ("EntityRiskAssessment_id");
CREATE INDEX "ix_EntityRiskAssessment_investment_origin_countries_investment_origin_countries" ON "EntityRiskAssessment_investment_origin_countries" (investment_origin_countries);

CREATE TABLE "ScamReport" (
	received_at TEXT,
	reporting_channel VARCHAR(21) NOT NULL,
	reporter_role VARCHAR(29),
	first_contact_date TEXT,
	incident_start_date TEXT,
	incident_end_date TEXT,
	narrative TEXT,
	narrative_language VARCHAR(3),
	attempted_only BOOLEAN,
	status VARCHAR(18) NOT NULL,
	"case" TEXT,
	receiving_organisation TEXT,
	received_at_unknown BOOLEAN,
	received_at_precision VARCHAR(5),
	first_contact_date_precision VARCHAR(5),
	incident_start_date_precision VARCHAR(5),
	incident_end_date_precision VARCHAR(5),
	id TEXT NOT NULL,
	notes TEXT,
	"Export_id" INTEGER,
	location_id INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY("case") REFERENCES "Case" (id),
	FOREIGN KEY(receiving_organisation) REFERENCES "Organisation" (id),
	FOREIGN KEY("Export_id") REFERENCES "Export" (id),
	FOREIGN KEY(location_id) REFERENCES "Location" (id)
);
CREATE INDEX "ix_ScamReport_id" ON "ScamReport" (id);

CREATE TABLE "CooperationRequest" (
	"case" TEXT NOT NULL,
	request_type VARCHAR(27) NOT NULL,
	requesting_organisation TEXT,
	requested_organisation TEXT,
	requested_country VARCHAR(2) NOT NULL,
	sent_date TEXT,
	response_date TEXT,
	status VARCHAR(18) NOT NULL,
	id TEXT NOT NULL,
	notes TEXT,
	"Export_id" INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY("case") REFERENCES "Case" (id),
	FOREIGN KEY(requesting_organisation) REFERENCES "Organisation" (id),
	FOREIGN KEY(requested_organisation) REFERENCES "Organisation" (id),
	FOREIGN KEY("Export_id") REFERENCES "Export" (id)
);
CREATE INDEX "ix_CooperationRequest_id" ON "CooperationRequest" (id);

CREATE TABLE "TraffickingScreening" (
	person TEXT NOT NULL,
	"case" TEXT,
	screening_date TEXT NOT NULL,
	screening_organisation TEXT NOT NULL,
	outcome VARCHAR(12) NOT NULL,
	deciding_organisation TEXT,
	decision_date TEXT,
	country_of_exploitation VARCHAR(2),
	abducted BOOLEAN,
	screening_date_precision VARCHAR(5),
	id TEXT NOT NULL,
	notes TEXT,
	"Export_id" INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY(person) REFERENCES "Person" (id),
	FOREIGN KEY("case") REFERENCES "Case" (id),
	FOREIGN KEY(screening_organisation) REFERENCES "Organisation" (id),
	FOREIGN KEY(deciding_organisation) REFERENCES "Organisation" (id),
	FOREIGN KEY("Export_id") REFERENCES "Export" (id)
);
CREATE INDEX "ix_TraffickingScreening_id" ON "TraffickingScreening" (id);

CREATE TABLE "FocalPoint" (
	member_country VARCHAR(2) NOT NULL,
	area VARCHAR(30) NOT NULL,
	organisation TEXT NOT NULL,
	unit TEXT,
	available_24_7 BOOLEAN,
	valid_from TEXT,
	valid_until TEXT,
	last_verified_date TEXT,
	id TEXT NOT NULL,
	notes TEXT,
	"Export_id" INTEGER,
	secure_contact_id INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY(organisation) REFERENCES "Organisation" (id),
	FOREIGN KEY("Export_id") REFERENCES "Export" (id),
	FOREIGN KEY(secure_contact_id) REFERENCES "ContactDetail" (id)
);
CREATE INDEX "ix_FocalPoint_id" ON "FocalPoint" (id);

CREATE TABLE "Evidence" (
	evidence_type VARCHAR(27) NOT NULL,
	description TEXT,
	sha256 TEXT,
	exhibit_number TEXT,
	acquired_at TEXT,
	acquired_by TEXT,
	acquisition_method VARCHAR(25),
	legal_authorisation TEXT,
	"case" TEXT,
	id TEXT NOT NULL,
	notes TEXT,
	"Export_id" INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY(acquired_by) REFERENCES "Organisation" (id),
	FOREIGN KEY("case") REFERENCES "Case" (id),
	FOREIGN KEY("Export_id") REFERENCES "Export" (id)
);
CREATE INDEX "ix_Evidence_id" ON "Evidence" (id);

CREATE TABLE "Case_jurisdictions" (
	"Case_id" TEXT,
	jurisdictions VARCHAR(2),
	PRIMARY KEY ("Case_id", jurisdictions),
	FOREIGN KEY("Case_id") REFERENCES "Case" (id)
);
CREATE INDEX "ix_Case_jurisdictions_Case_id" ON "Case_jurisdictions" ("Case_id");
CREATE INDEX "ix_Case_jurisdictions_jurisdictions" ON "Case_jurisdictions" (jurisdictions);

CREATE TABLE "Case_typologies" (
	"Case_id" TEXT,
	typologies VARCHAR(36),
	PRIMARY KEY ("Case_id", typologies),
	FOREIGN KEY("Case_id") REFERENCES "Case" (id)
);
CREATE INDEX "ix_Case_typologies_typologies" ON "Case_typologies" (typologies);
CREATE INDEX "ix_Case_typologies_Case_id" ON "Case_typologies" ("Case_id");

CREATE TABLE "Case_typology_modifiers" (
	"Case_id" TEXT,
	typology_modifiers VARCHAR(29),
	PRIMARY KEY ("Case_id", typology_modifiers),
	FOREIGN KEY("Case_id") REFERENCES "Case" (id)
);
CREATE INDEX "ix_Case_typology_modifiers_Case_id" ON "Case_typology_modifiers" ("Case_id");
CREATE INDEX "ix_Case_typology_modifiers_typology_modifiers" ON "Case_typology_modifiers" (typology_modifiers);

CREATE TABLE "Case_financial_accounts" (
	"Case_id" TEXT,
	financial_accounts_id TEXT,
	PRIMARY KEY ("Case_id", financial_accounts_id),
	FOREIGN KEY("Case_id") REFERENCES "Case" (id),
	FOREIGN KEY(financial_accounts_id) REFERENCES "FinancialAccount" (id)
);
CREATE INDEX "ix_Case_financial_accounts_Case_id" ON "Case_financial_accounts" ("Case_id");
CREATE INDEX "ix_Case_financial_accounts_financial_accounts_id" ON "Case_financial_accounts" (financial_accounts_id);

CREATE TABLE "Case_indicators" (
	"Case_id" TEXT,
	indicators_id TEXT,
	PRIMARY KEY ("Case_id", indicators_id),
	FOREIGN KEY("Case_id") REFERENCES "Case" (id),
	FOREIGN KEY(indicators_id) REFERENCES "Indicator" (id)
);
CREATE INDEX "ix_Case_indicators_indicators_id" ON "Case_indicators" (indicators_id);
CREATE INDEX "ix_Case_indicators_Case_id" ON "Case_indicators" ("Case_id");

CREATE TABLE "BeneficialOwnership_interest_types" (
	"BeneficialOwnership_id" TEXT,
	interest_types VARCHAR(39) NOT NULL,
	PRIMARY KEY ("BeneficialOwnership_id", interest_types),
	FOREIGN KEY("BeneficialOwnership_id") REFERENCES "BeneficialOwnership" (id)
);
CREATE INDEX "ix_BeneficialOwnership_interest_types_BeneficialOwnership_id" ON "BeneficialOwnership_interest_types" ("BeneficialOwnership_id");
CREATE INDEX "ix_BeneficialOwnership_interest_types_interest_types" ON "BeneficialOwnership_interest_types" (interest_types);

CREATE TABLE "BeneficialOwnership_source_types" (
	"BeneficialOwnership_id" TEXT,
	source_types VARCHAR(17),
	PRIMARY KEY ("BeneficialOwnership_id", source_types),
	FOREIGN KEY("BeneficialOwnership_id") REFERENCES "BeneficialOwnership" (id)
);
CREATE INDEX "ix_BeneficialOwnership_source_types_BeneficialOwnership_id" ON "BeneficialOwnership_source_types" ("BeneficialOwnership_id");
CREATE INDEX "ix_BeneficialOwnership_source_types_source_types" ON "BeneficialOwnership_source_types" (source_types);

CREATE TABLE "FinancialAccount_crypto_assets" (
	"FinancialAccount_id" TEXT,
	crypto_assets TEXT,
	PRIMARY KEY ("FinancialAccount_id", crypto_assets),
	FOREIGN KEY("FinancialAccount_id") REFERENCES "FinancialAccount" (id)
);
CREATE INDEX "ix_FinancialAccount_crypto_assets_crypto_assets" ON "FinancialAccount_crypto_assets" (crypto_assets);
CREATE INDEX "ix_FinancialAccount_crypto_assets_FinancialAccount_id" ON "FinancialAccount_crypto_assets" ("FinancialAccount_id");

CREATE TABLE "Indicator_cases" (
	"Indicator_id" TEXT,
	cases_id TEXT,
	PRIMARY KEY ("Indicator_id", cases_id),
	FOREIGN KEY("Indicator_id") REFERENCES "Indicator" (id),
	FOREIGN KEY(cases_id) REFERENCES "Case" (id)
);
CREATE INDEX "ix_Indicator_cases_cases_id" ON "Indicator_cases" (cases_id);
CREATE INDEX "ix_Indicator_cases_Indicator_id" ON "Indicator_cases" ("Indicator_id");

CREATE TABLE "EntityRiskAssessment_beneficial_ownerships" (
	"EntityRiskAssessment_id" TEXT,
	beneficial_ownerships_id TEXT,
	PRIMARY KEY ("EntityRiskAssessment_id", beneficial_ownerships_id),
	FOREIGN KEY("EntityRiskAssessment_id") REFERENCES "EntityRiskAssessment" (id),
	FOREIGN KEY(beneficial_ownerships_id) REFERENCES "BeneficialOwnership" (id)
);
CREATE INDEX "ix_EntityRiskAssessment_beneficial_ownerships_EntityRiskAssessment_id" ON "EntityRiskAssessment_beneficial_ownerships" ("EntityRiskAssessment_id");
CREATE INDEX "ix_EntityRiskAssessment_beneficial_ownerships_beneficial_ownerships_id" ON "EntityRiskAssessment_beneficial_ownerships" (beneficial_ownerships_id);

CREATE TABLE "EntityRiskAssessment_cases" (
	"EntityRiskAssessment_id" TEXT,
	cases_id TEXT,
	PRIMARY KEY ("EntityRiskAssessment_id", cases_id),
	FOREIGN KEY("EntityRiskAssessment_id") REFERENCES "EntityRiskAssessment" (id),
	FOREIGN KEY(cases_id) REFERENCES "Case" (id)
);
CREATE INDEX "ix_EntityRiskAssessment_cases_EntityRiskAssessment_id" ON "EntityRiskAssessment_cases" ("EntityRiskAssessment_id");
CREATE INDEX "ix_EntityRiskAssessment_cases_cases_id" ON "EntityRiskAssessment_cases" (cases_id);

CREATE TABLE "SanctionsDesignation_programmes" (
	"SanctionsDesignation_id" TEXT,
	programmes TEXT,
	PRIMARY KEY ("SanctionsDesignation_id", programmes),
	FOREIGN KEY("SanctionsDesignation_id") REFERENCES "SanctionsDesignation" (id)
);
CREATE INDEX "ix_SanctionsDesignation_programmes_SanctionsDesignation_id" ON "SanctionsDesignation_programmes" ("SanctionsDesignation_id");
CREATE INDEX "ix_SanctionsDesignation_programmes_programmes" ON "SanctionsDesignation_programmes" (programmes);

CREATE TABLE "SanctionsDesignation_designated_accounts" (
	"SanctionsDesignation_id" TEXT,
	designated_accounts_id TEXT,
	PRIMARY KEY ("SanctionsDesignation_id", designated_accounts_id),
	FOREIGN KEY("SanctionsDesignation_id") REFERENCES "SanctionsDesignation" (id),
	FOREIGN KEY(designated_accounts_id) REFERENCES "FinancialAccount" (id)
);
CREATE INDEX "ix_SanctionsDesignation_designated_accounts_SanctionsDesignation_id" ON "SanctionsDesignation_designated_accounts" ("SanctionsDesignation_id");
CREATE INDEX "ix_SanctionsDesignation_designated_accounts_designated_accounts_id" ON "SanctionsDesignation_designated_accounts" (designated_accounts_id);

CREATE TABLE "SanctionsDesignation_designated_indicators" (
	"SanctionsDesignation_id" TEXT,
	designated_indicators_id TEXT,
	PRIMARY KEY ("SanctionsDesignation_id", designated_indicators_id),
	FOREIGN KEY("SanctionsDesignation_id") REFERENCES "SanctionsDesignation" (id),
	FOREIGN KEY(designated_indicators_id) REFERENCES "Indicator" (id)
);
CREATE INDEX "ix_SanctionsDesignation_designated_indicators_designated_indicators_id" ON "SanctionsDesignation_designated_indicators" (designated_indicators_id);
CREATE INDEX "ix_SanctionsDesignation_designated_indicators_SanctionsDesignation_id" ON "SanctionsDesignation_designated_indicators" ("SanctionsDesignation_id");

CREATE TABLE "SanctionsDesignation_cases" (
	"SanctionsDesignation_id" TEXT,
	cases_id TEXT,
	PRIMARY KEY ("SanctionsDesignation_id", cases_id),
	FOREIGN KEY("SanctionsDesignation_id") REFERENCES "SanctionsDesignation" (id),
	FOREIGN KEY(cases_id) REFERENCES "Case" (id)
);
CREATE INDEX "ix_SanctionsDesignation_cases_SanctionsDesignation_id" ON "SanctionsDesignation_cases" ("SanctionsDesignation_id");
CREATE INDEX "ix_SanctionsDesignation_cases_cases_id" ON "SanctionsDesignation_cases" (cases_id);

CREATE TABLE "MonetaryAmount" (
	id INTEGER NOT NULL,
	amount TEXT NOT NULL,
	currency VARCHAR(3),
	crypto_asset TEXT,
	crypto_network VARCHAR(17),
	"ScamReport_id" TEXT,
	"CaseOutcome_id" INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY("ScamReport_id") REFERENCES "ScamReport" (id),
	FOREIGN KEY("CaseOutcome_id") REFERENCES "CaseOutcome" (id)
);
CREATE INDEX "ix_MonetaryAmount_id" ON "MonetaryAmount" (id);

CREATE TABLE "PersonInvolvement" (
	person TEXT NOT NULL,
	role VARCHAR(29) NOT NULL,
	"case" TEXT,
	report TEXT,
	mule_awareness VARCHAR(9),
	start_date TEXT,
	end_date TEXT,
	registered_by TEXT,
	registration_date TEXT,
	registration_date_precision VARCHAR(5),
	record_source VARCHAR(21),
	id TEXT NOT NULL,
	notes TEXT,
	"Export_id" INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY(person) REFERENCES "Person" (id),
	FOREIGN KEY("case") REFERENCES "Case" (id),
	FOREIGN KEY(report) REFERENCES "ScamReport" (id),
	FOREIGN KEY(registered_by) REFERENCES "Organisation" (id),
	FOREIGN KEY("Export_id") REFERENCES "Export" (id)
);
CREATE INDEX "ix_PersonInvolvement_id" ON "PersonInvolvement" (id);

CREATE TABLE "NonPunishmentAssessment" (
	person TEXT NOT NULL,
	"case" TEXT NOT NULL,
	screening TEXT,
	assessment_date TEXT NOT NULL,
	assessing_organisation TEXT NOT NULL,
	decision VARCHAR(17) NOT NULL,
	legal_basis TEXT,
	id TEXT NOT NULL,
	notes TEXT,
	"Export_id" INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY(person) REFERENCES "Person" (id),
	FOREIGN KEY("case") REFERENCES "Case" (id),
	FOREIGN KEY(screening) REFERENCES "TraffickingScreening" (id),
	FOREIGN KEY(assessing_organisation) REFERENCES "Organisation" (id),
	FOREIGN KEY("Export_id") REFERENCES "Export" (id)
);
CREATE INDEX "ix_NonPunishmentAssessment_id" ON "NonPunishmentAssessment" (id);

CREATE TABLE "Repatriation" (
	person TEXT NOT NULL,
	origin_country VARCHAR(2) NOT NULL,
	destination_country VARCHAR(2) NOT NULL,
	status VARCHAR(24) NOT NULL,
	departure_date TEXT,
	arrival_date TEXT,
	"case" TEXT,
	screening TEXT,
	informed_consent BOOLEAN,
	id TEXT NOT NULL,
	notes TEXT,
	"Export_id" INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY(person) REFERENCES "Person" (id),
	FOREIGN KEY("case") REFERENCES "Case" (id),
	FOREIGN KEY(screening) REFERENCES "TraffickingScreening" (id),
	FOREIGN KEY("Export_id") REFERENCES "Export" (id)
);
CREATE INDEX "ix_Repatriation_id" ON "Repatriation" (id);

CREATE TABLE "CustodyEvent" (
	id INTEGER NOT NULL,
	action VARCHAR(11) NOT NULL,
	occurred_at TEXT NOT NULL,
	from_organisation TEXT,
	to_organisation TEXT,
	purpose TEXT,
	"Evidence_id" TEXT,
	PRIMARY KEY (id),
	FOREIGN KEY(from_organisation) REFERENCES "Organisation" (id),
	FOREIGN KEY(to_organisation) REFERENCES "Organisation" (id),
	FOREIGN KEY("Evidence_id") REFERENCES "Evidence" (id)
);
CREATE INDEX "ix_CustodyEvent_id" ON "CustodyEvent" (id);

CREATE TABLE "ModerationAction" (
	action_type VARCHAR(27) NOT NULL,
	acted_at TEXT NOT NULL,
	actor TEXT NOT NULL,
	platform TEXT,
	"trigger" VARCHAR(20),
	items_actioned INTEGER,
	request TEXT,
	"case" TEXT,
	legal_basis TEXT,
	reversed_at TEXT,
	id TEXT NOT NULL,
	notes TEXT,
	"Export_id" INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY(actor) REFERENCES "Organisation" (id),
	FOREIGN KEY(request) REFERENCES "CooperationRequest" (id),
	FOREIGN KEY("case") REFERENCES "Case" (id),
	FOREIGN KEY("Export_id") REFERENCES "Export" (id)
);
CREATE INDEX "ix_ModerationAction_id" ON "ModerationAction" (id);

CREATE TABLE "ScamReport_typologies" (
	"ScamReport_id" TEXT,
	typologies VARCHAR(36) NOT NULL,
	PRIMARY KEY ("ScamReport_id", typologies),
	FOREIGN KEY("ScamReport_id") REFERENCES "ScamReport" (id)
);
CREATE INDEX "ix_ScamReport_typologies_typologies" ON "ScamReport_typologies" (typologies);
CREATE INDEX "ix_ScamReport_typologies_ScamReport_id" ON "ScamReport_typologies" ("ScamReport_id");

CREATE TABLE "ScamReport_typology_modifiers" (
	"ScamReport_id" TEXT,
	typology_modifiers VARCHAR(29),
	PRIMARY KEY ("ScamReport_id", typology_modifiers),
	FOREIGN KEY("ScamReport_id") REFERENCES "ScamReport" (id)
);
CREATE INDEX "ix_ScamReport_typology_modifiers_typology_modifiers" ON "ScamReport_typology_modifiers" (typology_modifiers);
CREATE INDEX "ix_ScamReport_typology_modifiers_ScamReport_id" ON "ScamReport_typology_modifiers" ("ScamReport_id");

CREATE TABLE "ScamReport_contact_channels" (
	"ScamReport_id" TEXT,
	contact_channels VARCHAR(19),
	PRIMARY KEY ("ScamReport_id", contact_channels),
	FOREIGN KEY("ScamReport_id") REFERENCES "ScamReport" (id)
);
CREATE INDEX "ix_ScamReport_contact_channels_ScamReport_id" ON "ScamReport_contact_channels" ("ScamReport_id");
CREATE INDEX "ix_ScamReport_contact_channels_contact_channels" ON "ScamReport_contact_channels" (contact_channels);

CREATE TABLE "ScamReport_platforms" (
	"ScamReport_id" TEXT,
	platforms TEXT,
	PRIMARY KEY ("ScamReport_id", platforms),
	FOREIGN KEY("ScamReport_id") REFERENCES "ScamReport" (id)
);
CREATE INDEX "ix_ScamReport_platforms_ScamReport_id" ON "ScamReport_platforms" ("ScamReport_id");
CREATE INDEX "ix_ScamReport_platforms_platforms" ON "ScamReport_platforms" (platforms);

CREATE TABLE "ScamReport_payment_methods" (
	"ScamReport_id" TEXT,
	payment_methods VARCHAR(26),
	PRIMARY KEY ("ScamReport_id", payment_methods),
	FOREIGN KEY("ScamReport_id") REFERENCES "ScamReport" (id)
);
CREATE INDEX "ix_ScamReport_payment_methods_payment_methods" ON "ScamReport_payment_methods" (payment_methods);
CREATE INDEX "ix_ScamReport_payment_methods_ScamReport_id" ON "ScamReport_payment_methods" ("ScamReport_id");

CREATE TABLE "ScamReport_indicators" (
	"ScamReport_id" TEXT,
	indicators_id TEXT,
	PRIMARY KEY ("ScamReport_id", indicators_id),
	FOREIGN KEY("ScamReport_id") REFERENCES "ScamReport" (id),
	FOREIGN KEY(indicators_id) REFERENCES "Indicator" (id)
);
CREATE INDEX "ix_ScamReport_indicators_ScamReport_id" ON "ScamReport_indicators" ("ScamReport_id");
CREATE INDEX "ix_ScamReport_indicators_indicators_id" ON "ScamReport_indicators" (indicators_id);

CREATE TABLE "ScamReport_financial_accounts" (
	"ScamReport_id" TEXT,
	financial_accounts_id TEXT,
	PRIMARY KEY ("ScamReport_id", financial_accounts_id),
	FOREIGN KEY("ScamReport_id") REFERENCES "ScamReport" (id),
	FOREIGN KEY(financial_accounts_id) REFERENCES "FinancialAccount" (id)
);
CREATE INDEX "ix_ScamReport_financial_accounts_ScamReport_id" ON "ScamReport_financial_accounts" ("ScamReport_id");
CREATE INDEX "ix_ScamReport_financial_accounts_financial_accounts_id" ON "ScamReport_financial_accounts" (financial_accounts_id);

CREATE TABLE "ScamReport_impersonated_brands" (
	"ScamReport_id" TEXT,
	impersonated_brands TEXT,
	PRIMARY KEY ("ScamReport_id", impersonated_brands),
	FOREIGN KEY("ScamReport_id") REFERENCES "ScamReport" (id)
);
CREATE INDEX "ix_ScamReport_impersonated_brands_ScamReport_id" ON "ScamReport_impersonated_brands" ("ScamReport_id");
CREATE INDEX "ix_ScamReport_impersonated_brands_impersonated_brands" ON "ScamReport_impersonated_brands" (impersonated_brands);

CREATE TABLE "ScamReport_impersonated_organisations" (
	"ScamReport_id" TEXT,
	impersonated_organisations_id TEXT,
	PRIMARY KEY ("ScamReport_id", impersonated_organisations_id),
	FOREIGN KEY("ScamReport_id") REFERENCES "ScamReport" (id),
	FOREIGN KEY(impersonated_organisations_id) REFERENCES "Organisation" (id)
);
CREATE INDEX "ix_ScamReport_impersonated_organisations_ScamReport_id" ON "ScamReport_impersonated_organisations" ("ScamReport_id");
CREATE INDEX "ix_ScamReport_impersonated_organisations_impersonated_organisations_id" ON "ScamReport_impersonated_organisations" (impersonated_organisations_id);

CREATE TABLE "Case_reports" (
	"Case_id" TEXT,
	reports_id TEXT,
	PRIMARY KEY ("Case_id", reports_id),
	FOREIGN KEY("Case_id") REFERENCES "Case" (id),
	FOREIGN KEY(reports_id) REFERENCES "ScamReport" (id)
);
CREATE INDEX "ix_Case_reports_Case_id" ON "Case_reports" ("Case_id");
CREATE INDEX "ix_Case_reports_reports_id" ON "Case_reports" (reports_id);

CREATE TABLE "Case_evidence" (
	"Case_id" TEXT,
	evidence_id TEXT,
	PRIMARY KEY ("Case_id", evidence_id),
	FOREIGN KEY("Case_id") REFERENCES "Case" (id),
	FOREIGN KEY(evidence_id) REFERENCES "Evidence" (id)
);
CREATE INDEX "ix_Case_evidence_Case_id" ON "Case_evidence" ("Case_id");
CREATE INDEX "ix_Case_evidence_evidence_id" ON "Case_evidence" (evidence_id);

CREATE TABLE "Person_photographs" (
	"Person_id" TEXT,
	photographs_id TEXT,
	PRIMARY KEY ("Person_id", photographs_id),
	FOREIGN KEY("Person_id") REFERENCES "Person" (id),
	FOREIGN KEY(photographs_id) REFERENCES "Evidence" (id)
);
CREATE INDEX "ix_Person_photographs_Person_id" ON "Person_photographs" ("Person_id");
CREATE INDEX "ix_Person_photographs_photographs_id" ON "Person_photographs" (photographs_id);

CREATE TABLE "TraffickingScreening_indicators_observed" (
	"TraffickingScreening_id" TEXT,
	indicators_observed VARCHAR(36),
	PRIMARY KEY ("TraffickingScreening_id", indicators_observed),
	FOREIGN KEY("TraffickingScreening_id") REFERENCES "TraffickingScreening" (id)
);
CREATE INDEX "ix_TraffickingScreening_indicators_observed_indicators_observed" ON "TraffickingScreening_indicators_observed" (indicators_observed);
CREATE INDEX "ix_TraffickingScreening_indicators_observed_TraffickingScreening_id" ON "TraffickingScreening_indicators_observed" ("TraffickingScreening_id");

CREATE TABLE "TraffickingScreening_recruitment_channels" (
	"TraffickingScreening_id" TEXT,
	recruitment_channels VARCHAR(19),
	PRIMARY KEY ("TraffickingScreening_id", recruitment_channels),
	FOREIGN KEY("TraffickingScreening_id") REFERENCES "TraffickingScreening" (id)
);
CREATE INDEX "ix_TraffickingScreening_recruitment_channels_recruitment_channels" ON "TraffickingScreening_recruitment_channels" (recruitment_channels);
CREATE INDEX "ix_TraffickingScreening_recruitment_channels_TraffickingScreening_id" ON "TraffickingScreening_recruitment_channels" ("TraffickingScreening_id");

CREATE TABLE "TraffickingScreening_recruitment_platforms" (
	"TraffickingScreening_id" TEXT,
	recruitment_platforms TEXT,
	PRIMARY KEY ("TraffickingScreening_id", recruitment_platforms),
	FOREIGN KEY("TraffickingScreening_id") REFERENCES "TraffickingScreening" (id)
);
CREATE INDEX "ix_TraffickingScreening_recruitment_platforms_recruitment_platforms" ON "TraffickingScreening_recruitment_platforms" (recruitment_platforms);
CREATE INDEX "ix_TraffickingScreening_recruitment_platforms_TraffickingScreening_id" ON "TraffickingScreening_recruitment_platforms" ("TraffickingScreening_id");

CREATE TABLE "TraffickingScreening_exploitation_types" (
	"TraffickingScreening_id" TEXT,
	exploitation_types VARCHAR(38),
	PRIMARY KEY ("TraffickingScreening_id", exploitation_types),
	FOREIGN KEY("TraffickingScreening_id") REFERENCES "TraffickingScreening" (id)
);
CREATE INDEX "ix_TraffickingScreening_exploitation_types_exploitation_types" ON "TraffickingScreening_exploitation_types" (exploitation_types);
CREATE INDEX "ix_TraffickingScreening_exploitation_types_TraffickingScreening_id" ON "TraffickingScreening_exploitation_types" ("TraffickingScreening_id");

CREATE TABLE "TraffickingScreening_recruiter_relationships" (
	"TraffickingScreening_id" TEXT,
	recruiter_relationships VARCHAR(16),
	PRIMARY KEY ("TraffickingScreening_id", recruiter_relationships),
	FOREIGN KEY("TraffickingScreening_id") REFERENCES "TraffickingScreening" (id)
);
CREATE INDEX "ix_TraffickingScreening_recruiter_relationships_TraffickingScreening_id" ON "TraffickingScreening_recruiter_relationships" ("TraffickingScreening_id");
CREATE INDEX "ix_TraffickingScreening_recruiter_relationships_recruiter_relationships" ON "TraffickingScreening_recruiter_relationships" (recruiter_relationships);

CREATE TABLE "FocalPoint_languages" (
	"FocalPoint_id" TEXT,
	languages VARCHAR(3),
	PRIMARY KEY ("FocalPoint_id", languages),
	FOREIGN KEY("FocalPoint_id") REFERENCES "FocalPoint" (id)
);
CREATE INDEX "ix_FocalPoint_languages_languages" ON "FocalPoint_languages" (languages);
CREATE INDEX "ix_FocalPoint_languages_FocalPoint_id" ON "FocalPoint_languages" ("FocalPoint_id");

CREATE TABLE "Indicator_reports" (
	"Indicator_id" TEXT,
	reports_id TEXT,
	PRIMARY KEY ("Indicator_id", reports_id),
	FOREIGN KEY("Indicator_id") REFERENCES "Indicator" (id),
	FOREIGN KEY(reports_id) REFERENCES "ScamReport" (id)
);
CREATE INDEX "ix_Indicator_reports_reports_id" ON "Indicator_reports" (reports_id);
CREATE INDEX "ix_Indicator_reports_Indicator_id" ON "Indicator_reports" ("Indicator_id");

CREATE TABLE "Transaction" (
	from_account TEXT,
	to_account TEXT,
	executed_at TEXT NOT NULL,
	payment_method VARCHAR(26) NOT NULL,
	reference TEXT,
	blockchain_tx_hash TEXT,
	report TEXT,
	id TEXT NOT NULL,
	notes TEXT,
	"Export_id" INTEGER,
	amount_id INTEGER NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(from_account) REFERENCES "FinancialAccount" (id),
	FOREIGN KEY(to_account) REFERENCES "FinancialAccount" (id),
	FOREIGN KEY(report) REFERENCES "ScamReport" (id),
	FOREIGN KEY("Export_id") REFERENCES "Export" (id),
	FOREIGN KEY(amount_id) REFERENCES "MonetaryAmount" (id)
);
CREATE INDEX "ix_Transaction_id" ON "Transaction" (id);

CREATE TABLE "AssetAction" (
	action_type VARCHAR(25) NOT NULL,
	action_date TEXT NOT NULL,
	authority TEXT NOT NULL,
	legal_basis TEXT,
	"case" TEXT,
	id TEXT NOT NULL,
	notes TEXT,
	"Export_id" INTEGER,
	amount_id INTEGER NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(authority) REFERENCES "Organisation" (id),
	FOREIGN KEY("case") REFERENCES "Case" (id),
	FOREIGN KEY("Export_id") REFERENCES "Export" (id),
	FOREIGN KEY(amount_id) REFERENCES "MonetaryAmount" (id)
);
CREATE INDEX "ix_AssetAction_id" ON "AssetAction" (id);

CREATE TABLE "Repatriation_transit_countries" (
	"Repatriation_id" TEXT,
	transit_countries VARCHAR(2),
	PRIMARY KEY ("Repatriation_id", transit_countries),
	FOREIGN KEY("Repatriation_id") REFERENCES "Repatriation" (id)
);
CREATE INDEX "ix_Repatriation_transit_countries_Repatriation_id" ON "Repatriation_transit_countries" ("Repatriation_id");
CREATE INDEX "ix_Repatriation_transit_countries_transit_countries" ON "Repatriation_transit_countries" (transit_countries);

CREATE TABLE "Repatriation_organisations" (
	"Repatriation_id" TEXT,
	organisations_id TEXT,
	PRIMARY KEY ("Repatriation_id", organisations_id),
	FOREIGN KEY("Repatriation_id") REFERENCES "Repatriation" (id),
	FOREIGN KEY(organisations_id) REFERENCES "Organisation" (id)
);
CREATE INDEX "ix_Repatriation_organisations_organisations_id" ON "Repatriation_organisations" (organisations_id);
CREATE INDEX "ix_Repatriation_organisations_Repatriation_id" ON "Repatriation_organisations" ("Repatriation_id");

CREATE TABLE "ModerationAction_indicators" (
	"ModerationAction_id" TEXT,
	indicators_id TEXT,
	PRIMARY KEY ("ModerationAction_id", indicators_id),
	FOREIGN KEY("ModerationAction_id") REFERENCES "ModerationAction" (id),
	FOREIGN KEY(indicators_id) REFERENCES "Indicator" (id)
);
CREATE INDEX "ix_ModerationAction_indicators_ModerationAction_id" ON "ModerationAction_indicators" ("ModerationAction_id");
CREATE INDEX "ix_ModerationAction_indicators_indicators_id" ON "ModerationAction_indicators" (indicators_id);

CREATE TABLE "FinancialIndicator" (
	red_flag VARCHAR(43) NOT NULL,
	subject_account TEXT,
	subject_transaction TEXT,
	subject_person TEXT,
	source VARCHAR(24) NOT NULL,
	source_organisation TEXT,
	observed_at TEXT NOT NULL,
	confidence INTEGER,
	id TEXT NOT NULL,
	notes TEXT,
	"Export_id" INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY(subject_account) REFERENCES "FinancialAccount" (id),
	FOREIGN KEY(subject_transaction) REFERENCES "Transaction" (id),
	FOREIGN KEY(subject_person) REFERENCES "Person" (id),
	FOREIGN KEY(source_organisation) REFERENCES "Organisation" (id),
	FOREIGN KEY("Export_id") REFERENCES "Export" (id)
);
CREATE INDEX "ix_FinancialIndicator_id" ON "FinancialIndicator" (id);

CREATE TABLE "AssetAction_accounts" (
	"AssetAction_id" TEXT,
	accounts_id TEXT,
	PRIMARY KEY ("AssetAction_id", accounts_id),
	FOREIGN KEY("AssetAction_id") REFERENCES "AssetAction" (id),
	FOREIGN KEY(accounts_id) REFERENCES "FinancialAccount" (id)
);
CREATE INDEX "ix_AssetAction_accounts_accounts_id" ON "AssetAction_accounts" (accounts_id);
CREATE INDEX "ix_AssetAction_accounts_AssetAction_id" ON "AssetAction_accounts" ("AssetAction_id");

CREATE TABLE "AssetAction_beneficiaries" (
	"AssetAction_id" TEXT,
	beneficiaries_id TEXT,
	PRIMARY KEY ("AssetAction_id", beneficiaries_id),
	FOREIGN KEY("AssetAction_id") REFERENCES "AssetAction" (id),
	FOREIGN KEY(beneficiaries_id) REFERENCES "Person" (id)
);
CREATE INDEX "ix_AssetAction_beneficiaries_AssetAction_id" ON "AssetAction_beneficiaries" ("AssetAction_id");
CREATE INDEX "ix_AssetAction_beneficiaries_beneficiaries_id" ON "AssetAction_beneficiaries" (beneficiaries_id);

CREATE TABLE "Case_financial_indicators" (
	"Case_id" TEXT,
	financial_indicators_id TEXT,
	PRIMARY KEY ("Case_id", financial_indicators_id),
	FOREIGN KEY("Case_id") REFERENCES "Case" (id),
	FOREIGN KEY(financial_indicators_id) REFERENCES "FinancialIndicator" (id)
);
CREATE INDEX "ix_Case_financial_indicators_Case_id" ON "Case_financial_indicators" ("Case_id");
CREATE INDEX "ix_Case_financial_indicators_financial_indicators_id" ON "Case_financial_indicators" (financial_indicators_id);
