"""Families 1-6: insurance claims, underwriting, tax e-file, court e-filing, KYC/AML screening, brokerage."""

from __future__ import annotations

import random

import values as V
from names import Person, draw_person
from seg import (
    C,
    E,
    I,
    Mix,
    N,
    P,
    Raw,
    Rec,
    S,
    X,
    add_xml,
    form,
    java_tostring,
    py_obj,
    xml,
)

pick = V.pick


# ---------------- shared helpers ----------------
def person(rec: Rec, rng: random.Random, p_native: float = 0.1, tradition: str | None = None) -> Person:
    p = draw_person(rng, p_native, tradition)
    rec.persons.append(p)
    return p


def nm(rng: random.Random, p: Person, forms: str = "full|full|full|western|upper|lf|LF") -> str:
    f = rng.choice(forms.split("|"))
    return {"full": p.full, "western": p.western, "upper": lambda: p.full().upper(), "lf": p.last_first,
            "LF": lambda: p.last_first(True), "given": lambda: p.given, "family": lambda: p.family,
            "slash": p.slash, "acct": lambda: p.account(rng), "ACCT": lambda: p.account(rng).upper(),
            "fold": lambda: " ".join(p.romanised()).title() if p.native else p.western()}[f]()


def acct(rng: random.Random, p: Person, upper: bool = False) -> str:
    a = p.account(rng)
    return a.upper() if upper else a


def last4(rng: random.Random) -> str:
    return V.ssn(rng)[-4:]


def who(rng: random.Random) -> str:
    return pick(rng, V.SERVICE_ACCTS)


# ============ 1. insurance_claims: ClaimCenter-style server logs, ACORD XML, FNOL JSON, Gosu traces ============
def insurance_claims(rng: random.Random, neg: bool) -> Rec:
    r = Rec()
    t = V.ts(rng, "sp")
    claim = f"{rng.choice(['000', '700', '310'])}-{V.d(rng, 2)}-{V.d(rng, 6)}"
    grp = pick(rng, "Auto PIP - East|Property CAT Team 2|Workers Comp - Lost Time|Litigation Unit|Subrogation Desk")
    k = rng.randrange(6)
    if neg:
        if k == 0:
            return r(f"{t} INFO  [ClaimAssignmentPlugin] server:{pick(rng, V.HOSTS)} user:{who(rng)} Claim {claim} "
                     f"assigned to group {grp} (queue: {pick(rng, V.PLACES)} Field Office); status={pick(rng, V.STATUS)}")
        if k == 1:
            co = pick(rng, V.COMPANIES)
            return add_xml(r, xml(X("ClaimsSvcRq", [X("RqUID", V.uuid(rng)), X("ClaimsPartyInfo", [
                X("GeneralPartyInfo", [X("NameInfo", [X("CommlName", [X("CommercialName", co)])])]),
                X("ClaimsPartyRoleCd", "Insured")]), X("LossDt", V.ts(rng, "date"))],
                {"xmlns": "http://www.ACORD.org/standards/PC_Surety/ACORD1/xml/"})))
        if k == 2:
            return r.json({"event": "fnol.submitted", "claimNumber": claim, "channel": "partner_api",
                           "vehicle": {"make": "Lincoln", "model": "Navigator", "year": rng.randint(2012, 2025)},
                           "lossLocation": {"city": pick(rng, V.PLACES), "state": pick(rng, V.STATES)},
                           "reporter": {"type": "TPA", "name": pick(rng, V.COMPANIES)}}, compact=rng.random() < .5)
        if k == 3:
            return r(f"{t} ERROR [Gosu] gw.api.util.DisplayableException: Exposure on claim {claim} has no coverage "
                     f"'{pick(rng, 'Collision|Comprehensive|Rental Reimbursement')}'\n"
                     "\tat gw.plugin.claim.impl.ExposureValidator.validate(ExposureValidator.gs:142)\n"
                     "\tat gw.rules.Preupdate.ClaimPreupdate_dir.CPU0400.doAction(CPU0400.gr:38)\n"
                     f"\tat gw.transaction.Bundle.commit(Bundle.java:611)")
        if k == 4:
            return r(f"{t} WARN  [BatchProcess] ClaimExceptionBatch processed 4{V.d(rng, 3)} claims, "
                     f"flagged {rng.randint(1, 90)}; run by {who(rng)} on {pick(rng, V.HOSTS)}")
        return r(f"Schadenmeldung {claim}: {pick(rng, V.FOREIGN_UI)} | Sachbearbeitung: Gruppe {grp} | "
                 f"Status {pick(rng, V.STATUS)}")
    p = person(r, rng)
    if k == 0:
        adj = person(r, rng, 0.05)
        return r(f"{t} INFO  [ClaimAssignmentPlugin] server:{pick(rng, V.HOSTS)} user:", N(acct(rng, adj)),
                 f" Claim {claim} assigned to adjuster ", N(nm(rng, adj, "full|western|lf")), f" (group: {grp}); "
                 "claimant=", N(nm(rng, p)), " phone=", P(V.phone(rng)))
    if k == 1:
        g, f = (p.rg, p.rf) if p.native and rng.random() < .5 else (p.given, p.family)
        body = [X("RqUID", V.uuid(rng)), X("ClaimsParty", [X("GeneralPartyInfo", [
            X("NameInfo", [X("PersonName", [X("Surname", N(f)), X("GivenName", N(g))]),
                           X("TaxIdentity", [X("TaxIdTypeCd", "SSN"), X("TaxId", S(V.ssn(rng)))])]),
            X("Communications", [X("PhoneInfo", [X("PhoneTypeCd", "Phone"), X("PhoneNumber", P(V.phone(rng, "US")))]),
                                 X("EmailInfo", [X("EmailAddr", E(p.email(rng)))])])]),
            X("ClaimsPartyInfo", [X("ClaimsPartyRoleCd", "Claimant")])])]
        return add_xml(r, xml(X("ClaimsNotificationAddRq", body,
                                {"xmlns": "http://www.ACORD.org/standards/PC_Surety/ACORD1/xml/"}), rng.random() < .7))
    if k == 2:
        other = person(r, rng, 0.05)
        return r.json({"event": "fnol.submitted", "claimNumber": claim, "channel": "web",
                       "reporter": {"firstName": N(p.given), "lastName": N(p.family), "email": E(p.email(rng)),
                                    "phone": P(V.phone(rng))},
                       "description": Mix("Rear-ended at light on ", pick(rng, V.PLACES), " Ave, other driver ",
                                          N(nm(rng, other, "full|western|given")), " admitted fault"),
                       "clientIp": I(V.ip(rng))}, indent=2 if rng.random() < .5 else None)
    if k == 3:
        return r(f"{t} ERROR [Gosu] gw.api.util.DisplayableException: Contact \"", N(nm(rng, p, "full|western")),
                 f"\" already exists (ABContact:{V.d(rng, 5)})\n\tcontact=",
                 java_tostring("Contact", [("FirstName", N(p.given)), ("LastName", N(p.family)),
                                           ("TaxID", Mix("XXX-XX-", S(last4(rng)))), ("PublicID", f"ab:{V.d(rng, 6)}")], True),
                 "\n\tat gw.plugin.contact.ab1000.ABContactSystemPlugin.createContact(ABContactSystemPlugin.gs:311)\n"
                 "\tat gw.api.contact.ContactSystemUtil.linkContact(ContactSystemUtil.gs:88)")
    if k == 4:
        return r(f"{t} INFO  [PaymentPlugin] Check {V.d(rng, 7)} for claim {claim}: payee=\"", N(p.last_first(rng.random() < .5)),
                 f"\" amount={V.money(rng, 100, 9000)} method=", pick(rng, "EFT|CHECK|CARD"),
                 "; deductible collected on card ", C(V.card(rng)), " by ", N(acct(rng, person(r, rng, 0))))
    return r(rng.choice([
        Mix(f"{t} NOTE claim {claim}: Schadenmeldung von {'Frau' if p.fem else 'Herrn'} ", N(nm(rng, p, "full|western|family")),
            " telefonisch aufgenommen, Rückruf unter ", P(V.phone(rng, "DE"))),
        Mix(f"{t} NOTE claim {claim}: Asegurado/a ", N(nm(rng, p, "full|western")), " solicita llamada al ",
            P(V.phone(rng, rng.choice(["ES", "MX", "CO"]))), " antes del peritaje"),
        Mix(f"{t} NOTE claim {claim}: Spoke with ", N(nm(rng, p, "given|full")), " re rental car; prefers e-mail ",
            E(p.email(rng)))]))


# ============ 2. underwriting_rules: rule-engine traces, rating JSON, referrals, MIB, pricing reprs ============
def underwriting_rules(rng: random.Random, neg: bool) -> Rec:
    r = Rec()
    t = V.ts(rng, "iso")
    q = f"Q-{V.d(rng, 8)}"
    rule = pick(rng, "Decline_DUI_3yrs|Refer_PriorLosses_GT2|Surcharge_YoungDriver|Refer_Coastal_Tier1|Decline_Lapse_60d")
    k = rng.randrange(5)
    if neg:
        if k == 0:
            return r(f"{t} DEBUG RuleFlow [UW-Commercial-v12] rule \"{rule}\" FIRED for ",
                     java_tostring("Applicant", [("type", "COMMERCIAL"), ("name", pick(rng, V.COMPANIES)),
                                                 ("state", pick(rng, V.STATES)), ("naics", V.d(rng, 6))], True))
        if k == 1:
            return r.json({"quoteId": q, "product": pick(rng, "HO3|Auto|Term Life 20|BOP"),
                           "ratingTable": f"{pick(rng, V.PLACES)}_HO3_2026Q1", "territory": V.d(rng, 3),
                           "premium": Raw(V.money(rng, 300, 9000)), "status": pick(rng, V.STATUS)}, indent=2)
        if k == 2:
            return r(f"{t} level=INFO msg=\"ruleset deployed\" ruleset={pick(rng, V.CODENAMES).replace(' ', '_')} "
                     f"version={rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 99)} by={who(rng)} host={pick(rng, V.HOSTS)}")
        if k == 3:
            return r(f"MIB.IAI TYPE=STAT BATCH={V.d(rng, 6)} RECORDS={rng.randint(10, 900)} HITS={rng.randint(0, 30)} "
                     f"STATUS={pick(rng, 'COMPLETE|PARTIAL|RETRY')} OPERATOR={who(rng).upper()}")
        return r(f"{t} DEBUG pricing.engine: rate() called with ",
                 py_obj("Risk", [("construction", "Frame"), ("city", pick(rng, V.PLACES)), ("tiv", rng.randint(1, 9) * 100000),
                                 ("model", pick(rng, V.PRODUCTS))]))
    p = person(r, rng)
    if k == 0:
        return r(f"{t} DEBUG RuleFlow [UW-Auto-v12] rule \"{rule}\" FIRED for ",
                 java_tostring("Applicant", [("firstName", N(p.given)), ("lastName", N(p.family)),
                                             ("dob", V.dob(rng)), ("state", pick(rng, V.STATES))], rng.random() < .5),
                 f" salience={rng.randint(1, 100)}")
    if k == 1:
        d2 = person(r, rng, 0.05)
        return r.json({"quoteId": q, "insured": {"name": N(nm(rng, p, "full|western|upper")), "ssnLast4": S(last4(rng))},
                       "drivers": [{"first": N(p.given), "last": N(p.family), "licenseState": pick(rng, V.STATES)},
                                   {"first": N(d2.given), "last": N(d2.family), "relation": "spouse"}],
                       "producer": {"code": f"AG{V.d(rng, 4)}", "email": E(person(r, rng, 0).email(rng))}},
                      indent=2 if rng.random() < .6 else None)
    if k == 2:
        u1, u2 = person(r, rng, 0), person(r, rng, 0)
        return r(f"{t} level=WARN event=uw_referral quote={q} referred_to=", N(acct(rng, u1)), " by=", N(acct(rng, u2)),
                 f" reason=\"{pick(rng, 'prior losses|roof age|credit tier|coastal')}\" applicant=\"",
                 N(p.last_first(rng.random() < .4)), "\"")
    if k == 3:
        return r("MIB.IAI TYPE=INQ NAME=", N(p.slash()), f" DOB={V.ts(rng, 'ymd')} SSN=", S(V.ssn(rng, "")),
                 f" STATE={pick(rng, V.STATES)} COMPANY={V.d(rng, 5)} RESULT={pick(rng, 'NOHIT|HIT|TRY')}")
    return r(f"{t} DEBUG pricing.engine: rate() called with ",
             py_obj("Applicant", [("first_name", N(p.given)), ("last_name", N(p.family)), ("email", E(p.email(rng))),
                                  ("client_ip", I(V.ip(rng, .2))), ("tier", rng.randint(1, 5))]))


# ============ 3. tax_efile: MeF acks, return XML, FIRE fixed-width B records, state DOR JSON, prep audit ============
def tax_efile(rng: random.Random, neg: bool) -> Rec:
    r = Rec()
    t = V.ts(rng, "sp")
    sub = f"{V.d(rng, 6)}{rng.choice(['2025', '2026'])}{V.d(rng, 3)}{V.hexid(rng, 7)}"
    k = rng.randrange(6)
    if neg:
        if k == 0:
            return r(f"{t} INFO  MeFClient GetAcks: received {rng.randint(1, 400)} acks, {rng.randint(0, 20)} rejected "
                     f"(MessageID {V.hexid(rng, 20)}), ETIN {V.d(rng, 5)} status=Production")
        if k == 1:
            return r(f"{t} ERROR MeFClient SubmissionId={sub} Status=Rejected RuleNum=R0000-{V.d(rng, 3)}-01 "
                     "\"Element 'PrimarySSN' is missing or does not match the e-File database\" Form=IRS1040")
        if k == 2:
            return add_xml(r, xml(X("ReturnHeader", [X("ReturnTs", V.ts(rng, "iso")), X("TaxYr", "2025"),
                                                     X("Filer", [X("EIN", f"{V.d(rng, 2)}-{V.d(rng, 7)}"),
                                                                 X("BusinessNameLine1Txt", pick(rng, V.COMPANIES_UP))])],
                                  {"xmlns": "http://www.irs.gov/efile"})))
        if k == 3:
            ein = rng.choice(["91", "94", "95", "98"]) + V.d(rng, 7)  # EIN prefix 9x: never an SSN
            return r("T2025 " + ein + "  " + pick(rng, V.COMPANIES_UP).ljust(40) + "TEST FILE".ljust(40) + V.d(rng, 8))
        if k == 4:
            return r.json({"event": "ack.received", "state": pick(rng, "CA|NY|GA|VA|NC"), "submissionId": sub,
                           "status": pick(rng, "Accepted|Rejected"), "entity": "business",
                           "message": pick(rng, V.FOREIGN_UI + "|" + V.UI_STRINGS)})
        return r(f"[AUDIT] {V.ts(rng, 'us')}  Preparer: CORP\\{who(rng).split(chr(92))[-1]}  Action: Backup  "
                 f"Client: \"{pick(rng, V.COMPANIES)}\"  Workstation: WS-TAX-{rng.randint(1, 40)}")
    p = person(r, rng, 0.05)
    if k == 0:
        return r(f"{t} ERROR MeFClient SubmissionId={sub} Status=Rejected RuleNum=IND-031-04 "
                 "\"Primary SSN and name do not match\" TaxpayerName=\"", N(nm(rng, p, "upper|western|full")),
                 "\" PrimarySSN=", S(V.ssn(rng, rng.choice(["", "-"]))))
    if k == 1:
        prep = person(r, rng, 0)
        body = [X("ReturnTs", V.ts(rng, "iso")), X("TaxYr", "2025"), X("TaxPeriodEndDt", "2025-12-31"),
                X("Filer", [X("PrimarySSN", S(V.ssn(rng, ""))), X("NameLine1Txt", N(fold_upper(p.western()))),
                            X("PrimaryNameControlTxt", ""),
                            X("USAddress", [X("CityNm", pick(rng, V.PLACES).upper()), X("StateAbbreviationCd", pick(rng, V.STATES))])]),
                X("PaidPreparerInformationGrp", [X("PreparerPersonNm", N(prep.western())), X("PTIN", f"P{V.d(rng, 8)}"),
                                                 X("PhoneNum", P(f"{rng.choice(['212', '404', '703'])}55501{V.d(rng, 2)}"))]),
                X("IPAddress", [X("IPv4AddressTxt", I(V.ip(rng, 0)))]),
                X("PrimaryEmailAddressTxt" if rng.random() < .5 else "EmailAddressTxt", E(p.email(rng)))]
        return add_xml(r, xml(X("ReturnHeader", body, {"xmlns": "http://www.irs.gov/efile", "binaryAttachmentCnt": "0"})))
    if k == 2:
        nm1 = fold_upper(p.western())
        nm1 = nm1 if len(nm1) <= 40 else fold_upper(p.rf)
        return r("B2025 ", "    ", "2", S(V.ssn(rng, "")), f"PAY{V.d(rng, 7)}".ljust(20), "    ", " " * 10,
                 "".join(V.d(rng, 12) if i == 0 else "0" * 12 for i in range(3)), " " * 24, N(nm1), " " * (40 - len(nm1)),
                 " " * 40, f"{V.d(rng, 3)} {pick(rng, 'MAIN|OAK|ELM|CEDAR')} ST".ljust(40),
                 pick(rng, V.PLACES).upper().ljust(40), pick(rng, V.STATES), V.d(rng, 5))
    if k == 3:
        return r.json({"event": "ack.received", "state": pick(rng, "CA|NY|GA|VA|NC"), "submissionId": sub, "status": "Rejected",
                       "taxpayer": {"firstName": N(p.given), "lastName": N(p.family), "ssn": S(V.ssn(rng)),
                                    "phone": P(V.phone(rng, "US"))},
                       "errors": [{"code": "F1040-525", "text": "Taxpayer name does not match DMV records"}]},
                      indent=2 if rng.random() < .5 else None)
    if k == 4:
        prep = person(r, rng, 0)
        return r(f"[AUDIT] {V.ts(rng, 'us')}  Preparer: CORP\\", N(acct(rng, prep)), "  Action: OpenReturn  Client: \"",
                 N(p.last_first()), "\" (SSN XXX-XX-", S(last4(rng)), f")  Workstation: WS-TAX-{rng.randint(1, 40)} (",
                 I(V.ip(rng, 0)), ")")
    return r(f"{t} INFO  BNotice: CP2100 mismatch for payee ", N(nm(rng, p, "upper|LF")), " TIN ", S(V.ssn(rng)),
             f" (account {V.d(rng, 8)}); first B notice mailed, backup withholding starts in 30 days")


def fold_upper(s: str) -> str:
    from names import fold
    return fold(s).upper()


# ============ 4. court_efiling: EFSP envelopes, CM/ECF NEF text, ECF/NIEM XML, docket audit, PACER access ============
def court_efiling(rng: random.Random, neg: bool) -> Rec:
    r = Rec()
    t = V.ts(rng, "iso")
    case = f"{rng.randint(1, 4)}:{rng.choice(['25', '26'])}-{rng.choice(['cv', 'cr', 'bk'])}-{V.d(rng, 5)}"
    k = rng.randrange(6)
    if neg:
        co1, co2 = rng.sample(V.COMPANIES.split("|"), 2)
        if k == 0:
            return r.json({"envelopeId": V.d(rng, 8), "caseNumber": case, "caseTitle": f"{co1} v. {co2}",
                           "court": f"{pick(rng, V.PLACES)} County Superior Court", "status": pick(rng, V.STATUS),
                           "reviewer": who(rng), "filingCode": pick(rng, "Complaint|Answer|Motion to Dismiss")})
        if k == 1:
            return r(f"U.S. District Court\nDistrict of {pick(rng, 'Delaware|New Jersey|Columbia')}\n\nNotice of Electronic Filing\n\n"
                     f"The following transaction was entered on 3/{rng.randint(1, 28)}/2026\nCase Name: {co1} v. {co2}\n"
                     f"Case Number: {case}\nDocument Number: {rng.randint(1, 300)}\n\nDocket Text:\nORDER granting [{rng.randint(1, 90)}] "
                     "Motion for Extension of Time. Signed by Judge on 3/4/2026. (Court only)")
        if k == 2:
            return r(f"{t} event=docket.entry.created case={case} courtroom=\"{pick(rng, V.ROOMS)}\" "
                     f"entry_type={pick(rng, 'ORDER|MINUTES|NOTICE')} clerk={who(rng)} status={pick(rng, V.STATUS)}")
        if k == 3:
            return add_xml(r, xml(X("nc:Organization", [X("nc:OrganizationName", co1),
                                                        X("nc:OrganizationTaxIdentification", f"{V.d(rng, 2)}-{V.d(rng, 7)}")],
                                    {"xmlns:nc": "http://release.niem.gov/niem/niem-core/4.0/"})))
        if k == 4:
            return r(f"{pick(rng, V.HOSTS)} - - [04/Mar/2026:10:{rng.randint(0, 59):02d}:{rng.randint(10, 59)} -0500] "
                     f"\"GET /cgi-bin/DktRpt.pl?caseid={V.d(rng, 6)}&party={form(co1)} HTTP/1.1\" 200 {V.d(rng, 5)}")
        return r(f"{t} Demande enregistrée: {pick(rng, V.FOREIGN_UI)} — chambre {pick(rng, V.ROOMS)}, audience fixée")
    p = person(r, rng)
    if k == 0:
        f = person(r, rng, 0)
        return r.json({"envelopeId": V.d(rng, 8), "caseNumber": case,
                       "caseTitle": Mix(N(p.last_first()), " vs. ", pick(rng, V.COMPANIES)),
                       "filer": {"firstName": N(f.given), "lastName": N(f.family), "email": E(f.email(rng)),
                                 "barNumber": V.d(rng, 6)},
                       "status": pick(rng, V.STATUS), "reviewer": N(acct(rng, person(r, rng, 0)))},
                      indent=2 if rng.random() < .5 else None)
    if k == 1:
        clerk, atty = person(r, rng, 0), person(r, rng, 0.05)
        co = pick(rng, V.COMPANIES)
        return r("U.S. District Court\nDistrict of Columbia\n\nNotice of Electronic Filing\n\n"
                 "The following transaction was entered by ", N(clerk.last_first()),
                 " on 3/4/2026 at 10:15 AM EST and filed on 3/4/2026\nCase Name: ", N(p.family.upper()),
                 f" v. {co}\nCase Number: {case}\n\nDocket Text:\nMOTION to Compel by ", N(p.western()),
                 ".\n\nNotice has been electronically mailed to:\n\n", N(atty.western()), "   ", E(atty.email(rng)),
                 ", ", E(f"docketing@{rng.choice(['firm.example', 'lawco.example.com'])}"))
    if k == 2:
        body = [X("nc:PersonName", [X("nc:PersonGivenName", N(p.given)), X("nc:PersonSurName", N(p.family))]),
                X("nc:ContactInformation", [X("nc:ContactTelephoneNumber", [X("nc:FullTelephoneNumber", [
                    X("nc:TelephoneNumberFullID", P(V.phone(rng)))])]), X("nc:ContactEmailID", E(p.email(rng)))])]
        return add_xml(r, xml(X("nc:Person", body, {"xmlns:nc": "http://release.niem.gov/niem/niem-core/4.0/"}), rng.random() < .7))
    if k == 3:
        j, c = person(r, rng, 0), person(r, rng, 0)
        return r(f"{t} event=docket.entry.created case={case} judge=\"Hon. ", N(j.western()), "\" clerk=", N(acct(rng, c)),
                 " remote_addr=", I(V.ip(rng)), " party=\"", N(p.last_first(True)), "\"")
    if k == 4:
        u = person(r, rng, 0)
        return r(I(V.ip(rng)), " - ", N(acct(rng, u)), f" [04/Mar/2026:10:{rng.randint(0, 59):02d}:{rng.randint(10, 59)} -0500] "
                 f"\"GET /cgi-bin/DktRpt.pl?caseid={V.d(rng, 6)}&party=", N(form(p.last_first())), " HTTP/1.1\" 200 ", V.d(rng, 5))
    return r(rng.choice([Mix(f"{t} Demande d'aide juridictionnelle déposée par Me ", N(nm(rng, p, "full|western")),
                             " pour le dossier ", case, ", contact: ", P(V.phone(rng, "FR"))),
                         Mix(f"{t} Frist notiert von RA ", N(nm(rng, p, "full|western")), " in Sache ", case,
                             "; Mandant informiert per ", E(p.email(rng)))]))


# ============ 5. kyc_aml_screening: sanctions hits, KYC webhooks, goAML XML, TM alerts, PEP, analyst notes ============
def kyc_aml_screening(rng: random.Random, neg: bool) -> Rec:
    r = Rec()
    t = V.ts(rng, "iso")
    k = rng.randrange(6)
    if neg:
        if k == 0:
            vessel = pick(rng, "VICTORIA STAR|MADISON EXPRESS|SOFIA GRACE|AURORA BOREALIS|CHARLOTTE MAERSK")
            return r(f"{t} WARN screening.engine hit: input=\"{vessel}\" list=OFAC-SDN entry=\"{vessel}\" type=vessel "
                     f"uid={V.d(rng, 5)} score=0.{rng.randint(80, 99)} decision=AUTO_CLEAR analyst={who(rng)}")
        if k == 1:
            co = pick(rng, V.COMPANIES_UP)
            return r(f"{t} INFO screening.engine hit: input=\"{co}\" list=EU-CONSOLIDATED entry=\"{co}\" type=entity "
                     f"score=0.{rng.randint(60, 99)} decision=WHITELISTED")
        if k == 2:
            return r.json({"applicant_id": V.uuid(rng), "type": "company", "company_name": pick(rng, V.COMPANIES),
                           "result": pick(rng, "clear|consider"), "checks": ["sanctions", "adverse_media"]}, indent=2)
        if k == 3:
            return r(f"alert_id=TM-{V.d(rng, 7)} rule=VELOCITY_WIRE customer_type=CORPORATE customer=\"{pick(rng, V.COMPANIES)}\" "
                     f"total={V.money(rng, 10000, 900000)} status={pick(rng, V.STATUS)}")
        if k == 4:
            return r(f"{t} INFO list.refresh source=OFAC-SDN version={V.d(rng, 8)} entries={rng.randint(9000, 15000)} "
                     f"delta=+{rng.randint(0, 90)} duration_ms={rng.randint(100, 9999)} node={pick(rng, V.HOSTS)}")
        return add_xml(r, xml(X("t_entity", [X("name", pick(rng, V.COMPANIES)), X("incorporation_number", V.d(rng, 8))])))
    p = person(r, rng, 0.2)
    if k == 0:
        return r(f"{t} WARN screening.engine hit: input=\"", N(nm(rng, p, "full|western|upper")),
                 "\" list=OFAC-SDN entry=\"", N(p.last_first(True)), f"\" uid={V.d(rng, 5)} score=0.{rng.randint(80, 99)} "
                 "algo=jaro_winkler decision=ESCALATE analyst=", N(acct(rng, person(r, rng, 0))))
    if k == 1:
        return r.json({"applicant_id": V.uuid(rng), "first_name": N(p.given), "last_name": N(p.family),
                       "email": E(p.email(rng)), "id_number": S(V.ssn(rng)), "ip_address": I(V.ip(rng, .2)),
                       "document": {"type": "passport", "number": f"X{V.d(rng, 8)}"}, "result": pick(rng, "clear|consider")},
                      indent=2 if rng.random() < .6 else None, ascii=rng.random() < .3)
    if k == 2:
        body = [X("gender", "F" if p.fem else "M"), X("first_name", N(p.given)), X("last_name", N(p.family)),
                X("ssn", S(V.ssn(rng))), X("phones", [X("phone", [X("tph_contact_type", "M"),
                                                                  X("tph_number", P(V.phone(rng)))])]),
                X("email", E(p.email(rng)))]
        return add_xml(r, xml(X("t_person", body), rng.random() < .7))
    if k == 3:
        return r(f"alert_id=TM-{V.d(rng, 7)} rule=STRUCTURING_10K customer=\"", N(p.last_first(rng.random() < .5)),
                 f"\" cust_id={V.d(rng, 9)} deposits={rng.randint(3, 9)} total={V.money(rng, 20000, 49000)} card=",
                 C(V.card(rng, "plain")), f" status={pick(rng, V.STATUS)}")
    if k == 4:
        q = Person(p.given, p.family, False, (p.rg, p.rf), native=p.native)
        return r(f"{t} INFO pep.match input=\"", N(p.full()), "\" candidate=\"", N(q.last_first(True)),
                 f"\" list=PEP-{pick(rng, 'EU|UK|GLOBAL')} score=0.{rng.randint(70, 99)} status=PENDING_REVIEW")
    return r(rng.choice([Mix(f"{t} case note: Spoke with customer {'Ms' if p.fem else 'Mr'} ", N(p.family), " re source of funds; call back on ",
                             P(V.phone(rng)), "."),
                         Mix(f"{t} Fallnotiz: {'Kundin' if p.fem else 'Kunde'} ", N(nm(rng, p, "full|western")), " hat Herkunftsnachweis nachgereicht (",
                             E(p.email(rng)), ")")]))


# ============ 6. brokerage_back_office: ACATS, OMS audit, new-account JSON, surveillance, confirms, CAT CAIS ============
def brokerage_back_office(rng: random.Random, neg: bool) -> Rec:
    r = Rec()
    t = V.ts(rng, "sp")
    acc = f"{rng.choice(['5XT', '7RB', '2QA'])}-{V.d(rng, 6)}"
    sym = pick(rng, "AAPL|MSFT|VTI|BRK.B|TSLA|JNJ|SCHW|MS")
    k = rng.randrange(6)
    if neg:
        if k == 0:
            return r(f"ACATS TIF control={V.not_card_id(rng, 14)} status=SETTLED delivering=\"{pick(rng, V.COMPANIES_UP)}\" "
                     f"receiving=\"{pick(rng, V.COMPANIES_UP)}\" assets={rng.randint(1, 40)} type=FULL")
        if k == 1:
            return r(f"{t}|OMS|ORDER_ENTERED|rep=HOUSE|acct={acc}|sym={sym}|qty={rng.randint(1, 900)}|side={rng.choice('BS')}"
                     f"|entered_by={who(rng)}|venue={pick(rng, 'XNYS|XNAS|ARCX')}")
        if k == 2:
            return r.json({"accountType": "CORP", "owner": {"legalName": pick(rng, V.COMPANIES)},
                           "clearingFirm": pick(rng, "Charles Schwab & Co|Raymond James|Edward Jones|Morgan Stanley"),
                           "status": pick(rng, V.STATUS)}, indent=2)
        if k == 3:
            return r(f"{t} surveillance alert SA-{V.d(rng, 6)}: {pick(rng, 'marking the close|layering|wash trade')} pattern in "
                     f"{sym} across {rng.randint(2, 9)} accounts, desk {pick(rng, V.CODENAMES)}; assigned to queue {pick(rng, V.ROOMS)}")
        if k == 4:
            return r(f"CONF {V.ts(rng, 'ymd')} ACCT {acc.replace('-', '')} NAME {pick(rng, V.COMPANIES_UP).ljust(34)} "
                     f"BUY {rng.randint(1, 900)} {sym} @ {V.money(rng, 5, 900)}")
        return r(f"{t} EOD recon: {rng.randint(1, 90)} breaks vs {pick(rng, V.COMPANIES)} clearing, {pick(rng, V.FOREIGN_UI)}")
    p = person(r, rng, 0.05)
    if k == 0:
        return r(f"ACATS TIF control={V.not_card_id(rng, 14)} status=REJECT reason=NAME_MISMATCH receiving=\"",
                 N(p.western().upper()), "\" delivering=\"", N(p.last_first(True)), f"\" acct=XXXX{V.d(rng, 4)} ssn=***-**-",
                 S(last4(rng)))
    if k == 1:
        a = acct(rng, p)
        return r(f"{t}|OMS|ORDER_ENTERED|rep=", N(a.upper()), f"|acct={acc}|sym={sym}|qty={rng.randint(1, 900)}|side=",
                 rng.choice("BS"), "|entered_by=CORP\\", N(a), "|ip=", I(V.ip(rng, .15)))
    if k == 2:
        q = person(r, rng, 0.05)
        tc = person(r, rng, 0.05)
        return r.json({"accountType": "JTWROS", "owners": [
            {"firstName": N(p.given), "lastName": N(p.family), "ssn": S(V.ssn(rng)), "phone": P(V.phone(rng)),
             "email": E(p.email(rng))},
            {"firstName": N(q.given), "lastName": N(q.family), "ssn": S(V.ssn(rng))}],
            "trustedContact": {"name": N(tc.western()), "phone": P(V.phone(rng))}}, indent=2 if rng.random() < .6 else None)
    if k == 3:
        c = person(r, rng, 0.05)
        return r(f"{t} surveillance alert SA-{V.d(rng, 6)}: possible front-running by registered rep ", N(p.western()),
                 f" (CRD {V.d(rng, 7)}) ahead of client ", N(c.western()), f"'s block order in {sym}")
    if k == 4:
        n1 = fold_upper(p.western())
        return r(f"CONF {V.ts(rng, 'ymd')} ACCT {acc.replace('-', '')} NAME ", N(n1), " " * max(1, 34 - len(n1)),
                 f" BUY {rng.randint(1, 900)} {sym} @ {V.money(rng, 5, 900)}")
    return r.json({"fdid": f"FD{V.d(rng, 9)}", "customerRecord": {"naturalPerson": {"firstName": N(p.given),
                                                                                     "lastName": N(p.family)},
                                                                   "tin": S(V.ssn(rng, "")), "tinType": "SSN"},
                   "largeTrader": False}, compact=rng.random() < .5)


FAMILIES_A = [insurance_claims, underwriting_rules, tax_efile, court_efiling, kyc_aml_screening, brokerage_back_office]
