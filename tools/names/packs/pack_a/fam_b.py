"""Families 7-12: mortgage LOS, accounting packages, procure-to-pay, donations, government casework, legal billing/DMS."""

from __future__ import annotations

import random

import values as V
from fam_a import acct, last4, nm, person, who
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
    pct,
    php_var_dump,
    py_dict,
    rb_inspect,
    xml,
)

pick = V.pick


# ============ 7. mortgage_los: field audit, MISMO XML, credit requests, e-sign JSON, condition notes ============
def mortgage_los(rng: random.Random, neg: bool) -> Rec:
    r = Rec()
    t = V.ts(rng, "us")
    loan = f"{rng.choice(['25', '26'])}{V.d(rng, 7)}"
    k = rng.randrange(6)
    if neg:
        if k == 0:
            fid, label, old, new = rng.choice([("2", "Loan Amount", V.money(rng, 90000, 900000), V.money(rng, 90000, 900000)),
                                               ("3", "Interest Rate", "6.875", "6.625"), ("12", "Subject Property City", "", pick(rng, V.PLACES)),
                                               ("1172", "Loan Type", "Conventional", "FHA")])
            return r(f"[FieldAudit] {t} Loan {loan} Field {fid} ({label}) changed from \"{old}\" to \"{new}\" by {who(rng)}")
        if k == 1:
            return r(f"{t} INFO  AUS submission loan={loan} engine={pick(rng, 'Fannie Mae DU|Freddie Mac LPA')} "
                     f"casefile={V.hexid(rng, 10).upper()} recommendation={pick(rng, 'Approve/Eligible|Refer with Caution|Accept')}")
        if k == 2:
            return add_xml(r, xml(X("COLLATERAL", [X("SUBJECT_PROPERTY", [X("ADDRESS", [
                X("CityName", pick(rng, V.PLACES)), X("StateCode", pick(rng, V.STATES))]),
                X("PROPERTY_DETAIL", [X("PropertyEstateType", "FeeSimple")])])],
                {"xmlns": "http://www.mismo.org/residential/2009/schemas"})))
        if k == 3:
            return r.json({"envelopeId": V.uuid(rng), "status": "sent", "emailSubject": "Please DocuSign: Initial Disclosures",
                           "templates": [pick(rng, "LE|TRID Disclosure|Intent to Proceed")], "sender": who(rng)},
                          indent=2 if rng.random() < .5 else None)
        if k == 4:
            return r(f"{t} PTD condition #{rng.randint(1, 40)} cleared by {who(rng)} - VOE completed with employer "
                     f"{pick(rng, V.COMPANIES)}; status={pick(rng, V.STATUS)}")
        return r(f"{t} rate lock loan={loan} product=30YR_FIXED investor={pick(rng, 'Fannie Mae|Freddie Mac|Ginnie Mae')} "
                 f"rate=6.{V.d(rng, 3)} lock_days={rng.choice([30, 45, 60])} branch=\"{pick(rng, V.PLACES)} Branch\"")
    p = person(r, rng, 0.05)
    if k == 0:
        u = person(r, rng, 0)
        fid, label, val = rng.choice([("4000", "Borrower First Name", N(p.given)), ("4002", "Borrower Last Name", N(p.family)),
                                      ("65", "Borrower SSN", S(V.ssn(rng))), ("66", "Borrower Home Phone", P(V.phone(rng, "US"))),
                                      ("1240", "Borrower Email", E(p.email(rng)))])
        r(f"[FieldAudit] {t} Loan {loan} Field {fid} ({label}) changed from \"\" to \"", val, "\" by ", N(acct(rng, u)))
        return r(" (", N(u.western()), ")") if rng.random() < .4 else r
    if k == 1:
        cb = person(r, rng, 0.05)

        def party(q, role):
            return X("PARTY", [X("INDIVIDUAL", [X("NAME", [X("FirstName", N(q.given)), X("LastName", N(q.family))]),
                                                X("CONTACT_POINTS", [X("CONTACT_POINT", [X("CONTACT_POINT_TELEPHONE", [
                                                    X("ContactPointTelephoneValue", P(V.phone(rng, "US")))])])])]),
                               X("ROLES", [X("ROLE", [X("ROLE_DETAIL", [X("PartyRoleType", role)])])]),
                               X("TAXPAYER_IDENTIFIERS", [X("TAXPAYER_IDENTIFIER", [
                                   X("TaxpayerIdentifierType", "SocialSecurityNumber"),
                                   X("TaxpayerIdentifierValue", S(V.ssn(rng, "")))])])])
        parties = [party(p, "Borrower")] + ([party(cb, "Borrower")] if rng.random() < .5 else [])
        if len(parties) == 1:
            r.persons.remove(cb)
        return add_xml(r, xml(X("PARTIES", parties, {"xmlns": "http://www.mismo.org/residential/2009/schemas"}),
                              rng.random() < .8))
    if k == 2:
        cb = person(r, rng, 0.05)
        return r(f"{t} CreditRequest vendor={pick(rng, 'MeridianLink|Factual Data|CoreLogic')} type=Joint borrower=\"",
                 N(p.last_first(True)), "\" ssn=", S(V.ssn(rng)), " coBorrower=\"", N(cb.last_first(True)), "\" coSsn=",
                 S(V.ssn(rng)), " bureaus=EFX,XPN,TU status=OK")
    if k == 3:
        lo = person(r, rng, 0)
        return r.json({"envelopeId": V.uuid(rng), "status": "completed",
                       "recipients": [{"name": N(nm(rng, p, "full|western|upper")), "email": E(p.email(rng)),
                                       "ipAddress": I(V.ip(rng, .2)), "signedDateTime": V.ts(rng)},
                                      {"name": N(lo.western()), "email": E(lo.email(rng, "lender.example.com")),
                                       "roleName": "Loan Officer"}]}, indent=2 if rng.random() < .5 else None)
    if k == 4:
        return r(f"{t} PTD condition #{rng.randint(1, 40)} cleared by ", N(nm(rng, p, "full|western")),
                 f" \u2014 VOE completed with employer {pick(rng, V.COMPANIES)}, spoke to HR at ", P(V.phone(rng, "US")))
    return r(f"{t} WARN  LOS.Pipeline loan={loan} borrower=", N(acct(rng, p).upper() if rng.random() < .3 else p.last_first()),
             " milestone=Processing; note: \"", pick(rng, "Borrower|Co-borrower"), " ", N(p.given),
             " asked to resend the appraisal to ", E(p.email(rng)), "\"")


# ============ 8. accounting_ledger: QuickBooks Online, Xero, NetSuite script logs, Sage audit CSV, GL/AP lines ============
def accounting_ledger(rng: random.Random, neg: bool) -> Rec:
    r = Rec()
    t = V.ts(rng, "iso")
    k = rng.randrange(6)
    if neg:
        co = pick(rng, V.COMPANIES)
        if k == 0:
            return r.json({"Vendor": {"Id": str(rng.randint(10, 999)), "DisplayName": co, "CompanyName": co,
                                      "Balance": Raw(V.money(rng)), "Active": True, "SyncToken": str(rng.randint(0, 9))},
                           "time": t}, indent=2 if rng.random() < .5 else None)
        if k == 1:
            return r.json({"Contacts": [{"ContactID": V.uuid(rng), "Name": co, "ContactStatus": "ACTIVE",
                                         "IsSupplier": True, "DefaultCurrency": pick(rng, "USD|GBP|EUR|NZD")}]},
                          indent=2)
        if k == 2:
            r(f"Type\tDate\tTime\tUser\tTitle\tDetails\nAUDIT\t3/{rng.randint(1, 28)}/2026\t{rng.randint(1, 12)}:{rng.randint(0, 59):02d} am\t"
              f"{pick(rng, 'System|-System-|Scheduled Script')}\tafterSubmit vendorbill\t")
            return r.json({"entity": co, "amount": Raw(V.money(rng)), "status": pick(rng, V.STATUS)}, compact=True)
        if k == 3:
            return r(f"\"{V.ts(rng, 'plain')}\",\"{who(rng)}\",\"Modify\",\"Account\",\"6100\",\"Description\","
                     f"\"Travel\",\"Travel & Entertainment\"")
        if k == 4:
            return r(f"JE-2026-{V.d(rng, 4)} | 1500 Fixed Assets | {V.money(rng)} | Depreciation - Building "
                     f"{pick(rng, V.PLACES)} Ave | posted by {who(rng)}")
        return r(f"{t} WARN xero.api 429 Too Many Requests tenant={V.uuid(rng)} retry_after={rng.randint(1, 60)}s "
                 f"endpoint=/api.xro/2.0/Invoices")
    p = person(r, rng)
    if k == 0:
        g, f = (p.rg, p.rf) if p.native and rng.random() < .5 else (p.given, p.family)
        return r.json({"Vendor": {"Id": str(rng.randint(10, 999)), "GivenName": N(g), "FamilyName": N(f),
                                  "DisplayName": N(p.full()), "PrimaryEmailAddr": {"Address": E(p.email(rng))},
                                  "PrimaryPhone": {"FreeFormNumber": P(V.phone(rng))},
                                  "TaxIdentifier": Mix("XXX-XX-", S(last4(rng))), "Vendor1099": True}, "time": t},
                      indent=2 if rng.random() < .5 else None)
    if k == 1:
        return r.json({"Contacts": [{"ContactID": V.uuid(rng), "Name": N(p.full()), "FirstName": N(p.given),
                                     "LastName": N(p.family), "EmailAddress": E(p.email(rng)),
                                     "Phones": [{"PhoneType": "MOBILE", "PhoneNumber": P(V.phone(rng))}]}]},
                      indent=2, ascii=rng.random() < .3)
    if k == 2:
        u = person(r, rng, 0)
        det = Rec().json({"entity": N(p.western()), "approver": N(acct(rng, u)), "amount": Raw(V.money(rng))}, compact=True)
        return r(f"Type\tDate\tTime\tUser\tTitle\tDetails\nDEBUG\t3/{rng.randint(1, 28)}/2026\t{rng.randint(1, 12)}:{rng.randint(0, 59):02d} am\t",
                 N(u.western()), "\tafterSubmit vendorbill\t", det)
    if k == 3:
        u, q = person(r, rng, 0), person(r, rng, 0)
        return r(f"\"{V.ts(rng, 'plain')}\",\"", N(acct(rng, u)), f"\",\"Modify\",\"Employee\",\"EMP{V.d(rng, 4)}\",\"Last Name\",\"",
                 N(p.family), "\",\"", N(f"{p.family}-{q.family}"), "\"")
    if k == 4:
        return r(f"{t} INFO  ap.payment_run run={V.d(rng, 6)} virtual card ", C(V.card(rng)), " issued to vendor ",
                 pick(rng, V.COMPANIES), "; reimbursement to employee ", N(nm(rng, p, "full|western|lf")),
                 f" via ACH {V.money(rng, 20, 3000)}")
    return r(f"JE-2026-{V.d(rng, 4)} | 6100 Travel | {V.money(rng, 20, 3000)} | Reimb - ", N(nm(rng, p, "full|western")),
             f" - {pick(rng, 'NYC client visit|conference fees|mileage Q1')} | posted by ", N(acct(rng, person(r, rng, 0))))


# ============ 9. procurement_p2p: approval chains, cXML PunchOut, supplier onboarding, PO dispatch, P-card files ============
def procurement_p2p(rng: random.Random, neg: bool) -> Rec:
    r = Rec()
    t = V.ts(rng, "sp")
    req = f"REQ-{V.d(rng, 6)}"
    arrow = rng.choice([" -> ", " → ", " => ", " ⇒ "])
    pid = f"{rng.randint(1700000000, 1790000000)}.{rng.randint(100, 99999)}.{V.d(rng, 4)}@buyer.example"
    r.exempt.add(pid)  # a cXML payloadID is a Message-ID, not an e-mail address
    k = rng.randrange(6)
    if neg:
        if k == 0:
            roles = rng.sample("Cost Center Owners|Finance Controllers|Treasury|AP Clerks|Legal Review|IT Security|"
                               "Category Manager|Budget Holder|Shared Services Lead".split("|"), 3)
            return r(f"{t} INFO approval chain {req}: {roles[0]} (Group){arrow}{roles[1]} (Role, > ${rng.choice([10, 25])}k)"
                     f"{arrow}{roles[2]} (Role) status={pick(rng, V.STATUS)}")
        if k == 1:
            return add_xml(r, xml(X("cXML", [X("Header", [X("From", [X("Credential", [X("Identity", f"AN{V.d(rng, 11)}")],
                                                                     {"domain": "NetworkId"})])]),
                                             X("Request", [X("PunchOutSetupRequest", [X("BuyerCookie", V.hexid(rng, 16)),
                                                                                     X("BrowserFormPost", [X("URL", "https://buyer.example/punchout/return")])],
                                                            {"operation": "create"})])],
                                  {"payloadID": pid, "timestamp": V.ts(rng)})))
        if k == 2:
            return r(f"{t} catalog.sync supplier=\"{pick(rng, V.COMPANIES)}\" items={rng.randint(10, 9000)} "
                     f"sample=\"{pick(rng, V.PRODUCTS)}\" price_changes={rng.randint(0, 99)}")
        if k == 3:
            return r.json({"supplier": {"legalName": pick(rng, V.COMPANIES), "tinType": "EIN",
                                        "tin": f"{V.d(rng, 2)}-{V.d(rng, 7)}", "status": pick(rng, V.STATUS)}}, indent=2)
        if k == 4:
            return r(f"PCARD|{V.ts(rng, 'date')}|{V.masked_pan(rng)}|DEPT/FACILITIES|{pick(rng, 'STAPLES #1234|GRAINGER 0457|HOME DEPOT 6612')}|"
                     f"{V.money(rng, 5, 900)}")
        return r(f"{t} Rechnung {V.d(rng, 8)} abgelehnt: Preisabweichung > 5 % (Lieferant {pick(rng, V.COMPANIES)}, "
                 f"{pick(rng, V.FOREIGN_UI)})")
    p = person(r, rng)
    if k == 0:
        a2, a3 = person(r, rng, 0.05), person(r, rng, 0.05)
        return r(f"{t} INFO approval chain {req}: ", N(nm(rng, p, "full|western|lf")), " (Manager)", arrow,
                 N(nm(rng, a2, "full|western|lf")), " (Finance, > $10k)", arrow, N(nm(rng, a3, "full|western")), " (CFO)")
    if k == 1:
        em = p.email(rng)
        body = [X("Header", [X("Sender", [X("Credential", [X("Identity", N(acct(rng, p)))], {"domain": "UserId"})])]),
                X("Request", [X("PunchOutSetupRequest", [
                    X("BuyerCookie", V.hexid(rng, 16)), X("Extrinsic", E(em), {"name": "UserEmail"}),
                    X("Extrinsic", N(p.given), {"name": "FirstName"}), X("Extrinsic", N(p.family), {"name": "LastName"}),
                    X("Contact", [X("Name", N(p.western()), {"xml:lang": "en-US"}), X("Email", E(em))], {"role": "endUser"})],
                    {"operation": "create"})])]
        return add_xml(r, xml(X("cXML", body, {"payloadID": pid, "timestamp": V.ts(rng)}),
                              rng.random() < .7))
    if k == 2:
        return r.json({"supplier": {"legalName": N(p.western()), "type": "sole_proprietor", "tinType": "SSN",
                                    "tin": S(V.ssn(rng)), "remitEmail": E(p.email(rng)), "phone": P(V.phone(rng))},
                       "onboardedBy": N(acct(rng, person(r, rng, 0)))}, indent=2 if rng.random() < .5 else None)
    if k == 3:
        co = pick(rng, V.COMPANIES)
        return r(f"{t} INFO po.dispatch PO 45{V.d(rng, 8)} sent to supplier {co} <", E(f"orders@supplier{rng.randint(1, 9)}.example"),
                 "> cc: \"", N(p.western()), "\" <", E(p.email(rng)), ">")
    if k == 4:
        return r(f"PCARD|{V.ts(rng, 'date')}|", C(V.card(rng, "plain")), "|", N(p.slash()),
                 f"|{pick(rng, 'STAPLES #1234|GRAINGER 0457|HOME DEPOT 6612')}|{V.money(rng, 5, 900)}")
    return r(rng.choice([Mix(f"{t} Rechnung {V.d(rng, 8)} abgelehnt von ", N(nm(rng, p, "full|western")), ": Preisabweichung > 5 %"),
                         Mix(f"{t} Facture {V.d(rng, 8)} validée par ", N(nm(rng, p, "full|western|upper")),
                             " (", E(p.email(rng)), ")"),
                         Mix(f"{t} 発注 {V.d(rng, 8)} は ", N(p.full()), " さんが承認しました")]))


# ============ 10. donations_fundraising: donation webhooks, Gift Aid CSV, recurring failures, CRM merges, dumps ============
def donations_fundraising(rng: random.Random, neg: bool) -> Rec:
    r = Rec()
    t = V.ts(rng, "iso")
    k = rng.randrange(7)
    if neg:
        if k == 0:
            return r.json({"type": "campaign.milestone", "data": {"campaign": f"{pick(rng, V.PRODUCTS.replace('|Grace', ''))} Bake Sale",
                                                                  "raised": Raw(V.money(rng, 1000, 90000)), "donors": rng.randint(5, 900)}})
        if k == 1:
            return r("Title,First name,Last name,House name or number,Postcode,Aggregated donations,Sponsored event,Donation date,Amount\n"
                     f",,,,,Aggregated donations of £20 or less,No,{rng.randint(1, 28):02d}/03/26,{V.money(rng, 100, 900)}")
        if k == 2:
            return r(f"{t} [recurring] batch run: {rng.randint(100, 900)} charges, {rng.randint(0, 40)} failed "
                     f"(expired_card), donor=ANONYMOUS x{rng.randint(1, 20)}, worker={pick(rng, V.HOSTS)}")
        if k == 3:
            return r(f"Grant {V.d(rng, 5)} from {pick(rng, 'Abernathy Family Foundation|Ford Foundation|Wellcome Trust')} "
                     f"recorded against fund \"{pick(rng, V.CODENAMES)}\" by {who(rng)}")
        if k == 4:
            return r(rb_inspect("Campaign", [("id", rng.randint(1, 900)), ("name", f"{pick(rng, V.PLACES)} Spring Appeal"),
                                            ("goal_cents", rng.randint(1, 900) * 10000), ("owner", None)]))
        if k == 5:
            return r(f"GET /fundraise/page?team={pct(pick(rng, V.ROOMS))}&ref=share&utm_source=newsletter HTTP/1.1 200 "
                     f"{V.d(rng, 4)} \"-\" \"Mozilla/5.0\"")
        return r(f"{t} mail.render template=thank_you_{pick(rng, 'es|pt|fr')} subject=\"{pick(rng, 'Gracias por tu donativo|Obrigado pela sua doação|Merci pour votre don')}\" "
                 f"recipients=0 (suppressed: {pick(rng, 'Do Not Email|Anonymous Gift|Bounced')}) worker={pick(rng, V.HOSTS)}")
    p = person(r, rng)
    if k == 0:
        h = person(r, rng, 0.1)
        return r.json({"type": "donation.completed", "data": {
            "donor": {"first_name": N(p.given), "last_name": N(p.family), "email": E(p.email(rng)), "phone": P(V.phone(rng))},
            "amount": Raw(V.money(rng, 5, 900)), "tribute": {"type": "in_memory_of", "honoree": N(nm(rng, h, "full|western"))},
            "ip": I(V.ip(rng, .2))}}, compact=rng.random() < .5, ascii=rng.random() < .2)
    if k == 1:
        rows = []
        for q in [p] + [person(r, rng, 0) for _ in range(rng.randint(0, 2))]:
            rows.append([pick(rng, "Mrs|Ms|Miss|Dr|" if q.fem else "Mr|Dr|"), ",", N(q.given), ",", N(q.family),
                         f",{rng.randint(1, 120)},{pick(rng, 'SW1A 1AA|M1 1AE|EH1 2NG|CF10 1EP|BT1 5GS')},,No,"
                         f"{rng.randint(1, 28):02d}/03/26,{V.money(rng, 2, 500)}"])
        r("Title,First name,Last name,House name or number,Postcode,Aggregated donations,Sponsored event,Donation date,Amount")
        for row in rows:
            r("\n", row)
        return r
    if k == 2:
        return r(f"{t} [recurring] charge failed donor_id={V.d(rng, 7)} name=\"", N(nm(rng, p, "full|western|upper")),
                 "\" card=", C(V.card(rng)), f" reason={pick(rng, 'expired_card|do_not_honor|insufficient_funds')} retry={rng.randint(1, 3)}")
    if k == 3:
        return r(f"{t} dedupe: merged constituent {V.d(rng, 5)} \"", N(p.last_first()), f"\" into {V.d(rng, 4)} (\"",
                 N(p.western()), "\"), matched on email ", E(p.email(rng)), " + phone ", P(V.phone(rng)))
    if k == 4:
        return r(f"{t} DEBUG receipt.generate donor=",
                 rb_inspect("Donor", [("id", rng.randint(1, 99999)), ("first_name", N(p.given)), ("last_name", N(p.family)),
                                      ("email", E(p.email(rng))), ("gift_aid", rng.random() < .5)]))
    if k == 5:
        q = p.western() if rng.random() < .5 else p.full()
        return r(I(V.ip(rng)), f" - - [{rng.randint(1, 28):02d}/Mar/2026:1{rng.randint(0, 9)}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} +0000] "
                 f"\"GET /fundraise/page?team={pct(pick(rng, V.ROOMS))}&fundraiser=", N(rng.choice([pct, form])(q)),
                 "&ref=share HTTP/1.1\" 200 ", V.d(rng, 4))
    return r(rng.choice([Mix(f"{t} mail.send template=thank_you_es to=", E(p.email(rng)), " subject=\"Gracias, ", N(p.given),
                             ", por tu donativo\""),
                         Mix(f"{t} mail.send template=thank_you_pt to=", E(p.email(rng)), " subject=\"Obrigado, ", N(p.given),
                             "! Sua doação foi recebida\""),
                         Mix(f"{t} php: receipt payload ", php_var_dump([("first_name", N(p.given)), ("last_name", N(p.family)),
                                                                         ("amount", rng.randint(5, 500))]))]))


# ============ 11. gov_benefits_casework: transfers, eligibility traces, SOAP verification, portal forms, notes ============
def gov_benefits_casework(rng: random.Random, neg: bool) -> Rec:
    r = Rec()
    t = V.ts(rng, "sp")
    case = f"BEN-2026-{V.d(rng, 6)}"
    office = f"{pick(rng, V.PLACES)} {pick(rng, 'District Office|Service Centre|DMV|Job Center')}"
    k = rng.randrange(7)
    realm = pick(rng, 'DSS.STATE.EXAMPLE|HHS.COUNTY.EXAMPLE.GOV|AD.BENEFITS.EXAMPLE')
    if neg:
        if k == 0:
            return r(f"{t} INFO CaseTransfer case={case} from_queue=INTAKE to_queue=REVIEW office=\"{office}\" "
                     f"reason=caseload by={who(rng)}")
        if k == 1:
            return r(f"Eligibility batch run {V.d(rng, 6)} for {office}\n  households evaluated: {rng.randint(100, 9000)}\n"
                     f"  ELIGIBLE: {rng.randint(50, 900)}  INELIGIBLE: {rng.randint(5, 90)}  PENDING: {rng.randint(0, 50)}\n"
                     f"  Result: {pick(rng, V.STATUS)}")
        if k == 2:
            return add_xml(r, xml(X("soap:Envelope", [X("soap:Body", [X("HealthCheckResponse", [X("Status", "UP"),
                                                                                              X("Node", pick(rng, V.HOSTS))])])],
                                  {"xmlns:soap": "http://schemas.xmlsoap.org/soap/envelope/"})))
        if k == 3:
            return r(f"{t} POST /apply/contact 400 body: first_name=&last_name=&email=&lang={pick(rng, 'es|en|vi|zh')} "
                     "error=\"First Name is required\"")
        if k == 4:
            return r.json({"appointment": {"office": office, "service": pick(rng, "REAL ID|Road Test|SNAP Interview"),
                                           "slot": V.ts(rng), "status": pick(rng, V.STATUS)}})
        if k == 6:
            return r(f"{t} INFO sso.kerberos AS_REQ ok principal={pick(rng, 'svc_casework|batch_elig|HTTP/case-mgmt-3')}@{realm} "
                     f"etype=aes256-cts-hmac-sha1-96 host={pick(rng, V.HOSTS)} ticket_lifetime=10h")
        return r(f"{t} Nota del caso {case}: {pick(rng, V.FOREIGN_UI)}; oficina {office}")
    p = person(r, rng)
    if k == 0:
        w1, w2 = person(r, rng, 0), person(r, rng, 0)
        return r(f"{t} INFO CaseTransfer case={case} from_worker=", N(acct(rng, w1)), " (", N(w1.western()), ") to_worker=",
                 N(acct(rng, w2)), f" office=\"{office}\" reason=caseload client=\"", N(p.last_first()), "\"")
    if k == 1:
        r.persons.remove(p)
        p = person(r, rng, 0)
        kid = person(r, rng, 0, p.tradition)
        if kid.fem == p.fem and p.tradition not in ("malay", "icelandic"):
            kid.family = kid.rf = p.family  # same surname form; otherwise the child keeps a surname of its own
        return r(f"Eligibility run for household HH-{V.d(rng, 5)}\n  Member 1: ", N(nm(rng, p, "full|western")),
                 " (Head of household), SSN ***-**-", S(last4(rng)), " -> ELIGIBLE\n  Member 2: ", N(kid.western()),
                 f" (Child) -> ELIGIBLE\n  Result: Approved, monthly benefit {V.money(rng, 100, 900)}")
    if k == 2:
        return add_xml(r, xml(X("soap:Envelope", [X("soap:Body", [X("VerifySSNRequest", [
            X("FirstName", N(p.given)), X("LastName", N(p.family)), X("SSN", S(V.ssn(rng, rng.choice(["", "-"])))),
            X("DateOfBirth", V.dob(rng))])])], {"xmlns:soap": "http://schemas.xmlsoap.org/soap/envelope/"}),
            rng.random() < .7))
    if k == 3:
        return r(f"{t} POST /apply/contact 200 client=", I(V.ip(rng, .2)), " body: first_name=", N(form(p.given)),
                 "&last_name=", N(form(p.family)), "&email=", E(form(p.email(rng))), "&phone=", P(form(V.phone(rng))),
                 f"&lang={pick(rng, 'es|en|vi|zh')}")
    if k == 6:
        return r(f"{t} INFO sso.kerberos AS_REQ ok principal=", N(acct(rng, p)), f"@{realm} etype=aes256-cts-hmac-sha1-96 "
                 "from=", I(V.ip(rng, .2)), f" ticket_lifetime=10h; case {case} opened by ", N(nm(rng, p, "western|lf")))
    if k == 4:
        return r.json({"appointment": {"office": office, "service": pick(rng, "REAL ID|Road Test|SNAP Interview"),
                                       "customer": {"name": N(nm(rng, p, "full|western|upper")), "phone": P(V.phone(rng)),
                                                    "email": E(p.email(rng))}, "slot": V.ts(rng)}},
                      indent=2 if rng.random() < .5 else None)
    return r(rng.choice([Mix(f"{t} Nota del caso {case}: se contactó a ", N(nm(rng, p, "full|western")), " al ",
                             P(V.phone(rng, rng.choice(["US", "MX", "ES"]))), "; entregará comprobante de ingresos."),
                         Mix(f"{t} Vermerk {case}: Antragsteller/in ", N(nm(rng, p, "full|western|lf")),
                             " hat Unterlagen nachgereicht, Rückfragen an ", E(p.email(rng))),
                         Mix(f"{t} case note {case}: client ", N(p.given.lower()), " called from ", P(V.phone(rng, "US")),
                             " asking about recertification")]))


# ============ 12. legal_billing_dms: LEDES 1998B, DMS audit, conflict checks, eDiscovery custodians, reprs ============
LEDES_HDR = ("INVOICE_DATE|INVOICE_NUMBER|CLIENT_ID|LAW_FIRM_MATTER_ID|INVOICE_TOTAL|BILLING_START_DATE|BILLING_END_DATE|"
             "INVOICE_DESCRIPTION|LINE_ITEM_NUMBER|EXP/FEE/INV_ADJ_TYPE|LINE_ITEM_NUMBER_OF_UNITS|LINE_ITEM_ADJUSTMENT_AMOUNT|"
             "LINE_ITEM_TOTAL|LINE_ITEM_DATE|LINE_ITEM_TASK_CODE|LINE_ITEM_EXPENSE_CODE|LINE_ITEM_ACTIVITY_CODE|TIMEKEEPER_ID|"
             "LINE_ITEM_DESCRIPTION|LAW_FIRM_ID|LINE_ITEM_UNIT_COST|TIMEKEEPER_NAME|TIMEKEEPER_CLASSIFICATION|CLIENT_MATTER_ID[]")


def legal_billing_dms(rng: random.Random, neg: bool) -> Rec:
    r = Rec()
    t = V.ts(rng, "plain")
    matter = f"{V.d(rng, 4)}-{V.d(rng, 3)}"
    k = rng.randrange(6)
    inv = f"20260331|{V.d(rng, 6)}|CL{V.d(rng, 4)}|{matter}|{V.money(rng, 1000, 90000)}|20260301|20260331|Professional services"
    if neg:
        if k == 0:
            return r(f"LEDES1998B[]\n{LEDES_HDR}\n{inv}|{rng.randint(1, 40)}|E|{rng.randint(1, 400)}|0.00|{V.money(rng, 5, 900)}|"
                     f"2026030{rng.randint(1, 9)}||E101||||Copying - {pick(rng, 'deposition exhibits|production set|binders')}|"
                     f"{V.d(rng, 2)}-{V.d(rng, 7)}|0.10|||{V.d(rng, 6)}[]")
        if k == 1:
            return r(f"{t} | DOCOPEN | user=CORP\\{pick(rng, 'svc_dms_index|svc_ocr|dms_backup')} | doc=ACTIVE!{V.d(rng, 7)}.{rng.randint(1, 9)} | "
                     f"title=\"Master Services Agreement - {pick(rng, V.COMPANIES)}\" | client={pick(rng, V.HOSTS)}")
        if k == 2:
            co = pick(rng, V.COMPANIES)
            return r(f"Conflict search for '{co}' (new matter {matter})\n  Client: none\n  Adverse: none\n  "
                     f"Related party: {pick(rng, V.COMPANIES)} (subsidiary)\n  Result: CLEARED by {who(rng)}")
        if k == 3:
            return r("Custodian,Email,Items,Size\n" + "\n".join(f"{pick(rng, 'Shared Mailbox - Legal|Finance Shared Drive|Teams Channel General|SharePoint HR')},,"
                                                              f"{rng.randint(10, 90000)},{rng.randint(1, 900)} MB" for _ in range(rng.randint(1, 3))))
        if k == 4:
            return r(f"{t} DEBUG engagement.letter ", py_dict([("matter", matter), ("client", pick(rng, V.COMPANIES)),
                                                              ("template", "EL-standard-v4"), ("status", pick(rng, V.STATUS))]))
        return r(f"{t} Fristenkontrolle: Akte {matter} — {pick(rng, V.FOREIGN_UI)} (Kanzlei {pick(rng, V.COMPANIES)})")
    p = person(r, rng)
    if k == 0:
        dep = person(r, rng, 0.1)
        rate = rng.choice(["295.00", "450.00", "625.00", "850.00"])
        return r(f"LEDES1998B[]\n{LEDES_HDR}\n{inv}|{rng.randint(1, 40)}|F|{rng.randint(1, 80) / 10:.1f}|0.00|{V.money(rng, 100, 9000)}|"
                 f"2026030{rng.randint(1, 9)}|L{rng.randint(1, 5)}{rng.randint(1, 9)}0||A10{rng.randint(1, 9)}|{V.d(rng, 4)}|"
                 "Conference with client re deposition of ", N(nm(rng, dep, "full|western|family")),
                 f"|{V.d(rng, 2)}-{V.d(rng, 7)}|{rate}|", N(p.last_first(rng.random() < .3)),
                 f"|{pick(rng, 'PT|AS|PL|OC')}|{V.d(rng, 6)}[]")
    if k == 1:
        subj = person(r, rng, 0.1)
        return r(f"{t} | {pick(rng, 'DOCOPEN|DOCEDIT|DOCPRINT|DOCEXPORT')} | user=CORP\\", N(acct(rng, p)),
                 f" | doc=ACTIVE!{V.d(rng, 7)}.{rng.randint(1, 9)} | title=\"Deposition outline - ", N(nm(rng, subj, "full|western")),
                 "\" | client=", I(V.ip(rng, .15)))
    if k == 2:
        return r("Conflict search for '", N(p.family), f"' (new matter {matter})\n  Client: ", N(p.last_first()),
                 f" \u2014 Matter {V.d(rng, 4)}-{V.d(rng, 3)} (closed)\n  Adverse: {pick(rng, V.COMPANIES)}\n  Result: REVIEW by ",
                 N(acct(rng, person(r, rng, 0))))
    if k == 3:
        rows = [p] + [person(r, rng, 0.05) for _ in range(rng.randint(0, 2))]
        r("Custodian,Email,Items,Size")
        for q in rows:
            r("\n\"", N(q.last_first()), "\",", E(q.email(rng, rng.choice(["firm.example", "client.example.com"]))),
              f",{rng.randint(10, 90000)},{rng.randint(1, 900)} MB")
        return r
    if k == 4:
        return r(f"{t} DEBUG engagement.letter ", py_dict([("matter", matter), ("client_name", N(p.western())),
                                                          ("client_email", E(p.email(rng))), ("signer_ip", I(V.ip(rng, .2))),
                                                          ("template", "EL-standard-v4")]))
    return r(rng.choice([Mix(f"{t} Fristenkontrolle: Akte {matter}, Frist notiert von RA ", N(nm(rng, p, "full|western")),
                             ", Mandant Tel. ", P(V.phone(rng, rng.choice(["DE", "CH"])))),
                         Mix(f"{t} Rappel: audience du dossier {matter}, Me ", N(p.family), " représente M. ",
                             N(nm(rng, person(r, rng, 0), "full|family")))]))


FAMILIES_B = [mortgage_los, accounting_ledger, procurement_p2p, donations_fundraising, gov_benefits_casework,
              legal_billing_dms]
