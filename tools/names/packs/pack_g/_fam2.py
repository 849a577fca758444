"""pack_g families 7-12: immigration and visa cases, land registry, court scheduling and jury management,
municipal payments, public health surveillance, social housing."""

from __future__ import annotations

from _core import (
    COMPANIES,
    PLACES,
    PRODUCTS,
    SERVICE_ACCTS,
    STATUSES,
    UI,
    C,
    Cat,
    E,
    I,
    N,
    P,
    R,
    S,
    card,
    digits_id,
    form,
    ip,
    last4,
    pct,
    phone,
    ssn,
    us_phone,
)
from _names import fold


def _co(g):
    return g.c(COMPANIES)


def _hex(g, n):
    return "".join(g.c("0123456789abcdef") for _ in range(n))


def _mrz_val(ch):
    if ch.isdigit():
        return int(ch)
    if ch == "<":
        return 0
    return ord(ch) - 55


def mrz_check(s):
    return str(sum(_mrz_val(c) * (7, 3, 1)[i % 3] for i, c in enumerate(s)) % 10)


def mrz_name(p):
    def part(x):
        x = fold(x).upper().replace("'", "")
        return "".join(c if c.isalpha() else "<" for c in x)
    return part(p.rf) + "<<" + part(p.rg)


# ---------------------------------------------------------------------------------------------------
# 7. immigration_case
def imm_status(g):
    r = R()
    rc = f"{g.c(['EAC', 'WAC', 'LIN', 'SRC', 'IOE'])}{digits_id(g.rng, 10)}"
    a, b = g.c(["Case Was Received", "Biometrics Appointment Was Scheduled", "Interview Was Scheduled",
                "Request for Evidence Was Sent", "Case Was Approved", "Card Was Mailed To Me"]), g.c(STATUSES)
    r.add(f"{g.ts(0)} casemgmt.status receipt={rc} form={g.c(['I-130', 'I-485', 'I-765', 'N-400', 'I-129F'])} "
          f"\"{a}\" -> \"{b}\" ")
    if g.neg:
        return r.add(f"office={g.c(['Nebraska Service Center', 'Vermont Service Center', 'Potomac Service Center'])} "
                     f"actor={g.c(SERVICE_ACCTS)}")
    ben, off = g.person(), g.person()
    r.add("beneficiary=\"", N(ben.caps_last_first(", ") if not ben.native else ben.full()), "\" officer=", N(g.acct(off)))
    if g.chance(0.4):
        r.add(" petitioner=\"", N(g.person().full()), "\"")
    return r


def imm_mrz(g):
    r = R()
    cc = g.c(["GBR", "IND", "MEX", "NGA", "PHL", "VNM", "UKR", "BRA", "D<<", "FRA", "KEN", "TUR"])
    r.add(f"{g.ts(1)} INFO passport.ocr reader=DESK-{g.rng.randint(1, 12):02d} quality=0.{g.rng.randint(80, 99)}\n")
    if g.neg:
        name = "SPECIMEN<<TEST<DOCUMENT"
        r.add("P<" + cc + name + "<" * (39 - len(name)) + "\n")
    else:
        p = g.person()
        name = mrz_name(p)[:39].rstrip("<")
        r.add("P<" + cc, N(name), "<" * (39 - len(name)) + "\n")
    pno = "".join(g.c("ABCDEFGHJKLMNPRSTVWXYZ0123456789") for _ in range(8)) + g.c("CFHKMX")
    dob = f"{g.rng.randint(50, 99):02d}{g.rng.randint(1, 12):02d}{g.rng.randint(1, 28):02d}"
    exp = f"{g.rng.randint(27, 35):02d}{g.rng.randint(1, 12):02d}{g.rng.randint(1, 28):02d}"
    pers = "<" * 14
    body = pno + mrz_check(pno) + cc + dob + mrz_check(dob) + g.c("MF") + exp + mrz_check(exp) + pers + mrz_check(pers)
    comp = body[0:10] + body[13:20] + body[21:43]
    return r.add(body + mrz_check(comp))


def imm_biometrics_json(g):
    r = R()
    doc = {"appointmentId": f"ASC-{digits_id(g.rng, 8)}", "site": f"{g.c(PLACES)} ASC", "slot": g.ts(0),
           "type": "BIOMETRICS"}
    if g.neg:
        doc.update({"applicant": None, "notice": g.c(UI), "status": g.c(STATUSES)})
    else:
        p = g.person()
        doc["applicant"] = {"givenName": N(p.given), "familyName": N(p.family), "email": E(g.email(p)),
                            "phone": P(phone(g.rng, g.c(["US", "IN", "MX", "PH", "NG", "CN", "VN", "UA"])))}
        if p.native:
            doc["applicant"]["latinName"] = N(p.rom_full())
    return r.add(f"{g.ts(1)} DEBUG appt-svc payload=").json(doc, indent=g.c([None, 2]), ascii_=g.chance(0.35))


def imm_visa_xml(g):
    r = R()
    def build(x):
        x.add(f"<VisaApplication id=\"AA00{digits_id(g.rng, 6)}\" post=\"{g.c(['MNL', 'BOM', 'LOS', 'MEX', 'HAN'])}\">\n")
        x.add("  <Applicant>\n")
        if g.neg:
            x.el("Surnames", "FNU", ind="    ")
            x.el("Status", g.c(STATUSES), ind="    ")
        else:
            p = g.person()
            x.el("Surnames", N(fold(p.rf).upper()), ind="    ")
            x.el("GivenNames", N(fold(p.rg).upper()), ind="    ")
            if p.native:
                x.el("NativeFullName", N(p.full()), ind="    ")
            x.el("Email", E(g.email(p)), ind="    ")
            x.el("PrimaryPhone", P(phone(g.rng)), ind="    ")
            if g.chance(0.5):
                c = g.person()
                x.add("    <USContact>\n").el("ContactName", N(c.full()), ind="      ")
                x.el("Organization", _co(g), ind="      ").add("    </USContact>\n")
        x.add("  </Applicant>\n</VisaApplication>")
    return r.add(f"{g.ts(1)} TRACE ceac.submit body:\n").xml(build)


def imm_g28(g):
    r = R()
    if g.neg:
        return r.add(f"{g.ts(3)} g28-intake: representative=\"{_co(g)} Immigration Law Group\" status={g.c(STATUSES)} "
                     f"accredited_org=true forms=2")
    a, b = g.person(), g.person()
    return r.add(f"{g.ts(3)} g28-intake: accepted representative ", N(a.full()), " (bar ", g.c(["NY", "CA", "TX"]),
                 f"-{digits_id(g.rng, 6)}, ", E(g.email(a)), ") for beneficiary ", N(b.full()), ", interpreter ",
                 g.c(["Spanish", "Tagalog", "Vietnamese", "Arabic", "Hindi"]))


def imm_consular_intl(g):
    r = R()
    lang = g.c(["de", "fr", "es", "pt"])
    if g.neg:
        return r.add({"de": "Terminvergabe: keine freien Termine in der Visastelle.",
                      "fr": "Prise de rendez-vous : aucun créneau disponible au consulat.",
                      "es": "Citas: no hay turnos disponibles en la sección consular.",
                      "pt": "Agendamento: sem vagas disponíveis no consulado."}[lang] + f" ({g.c(PLACES)})")
    p = g.latin()
    pre = {"de": "Termin bestätigt für " + g.hon(p, "de"), "fr": "Rendez-vous confirmé pour " + g.hon(p, "fr"),
           "es": "Cita confirmada para ", "pt": "Agendamento confirmado para "}[lang]
    val = p.family if lang in ("de", "fr") else p.full()
    return r.add(f"[{lang}] ", pre, N(val), f" am {g.date(2)}; SMS an " if lang == "de" else f" — {g.date(2)}; SMS: ",
                 P(phone(g.rng, g.c(["DE", "FR", "ES", "BR", "MX"]))))


# ---------------------------------------------------------------------------------------------------
# 8. land_registry
def land_index(g):
    r = R()
    doc = g.c(["WD", "QCD", "DT", "SAT", "LIEN"])
    r.add(f"2026R-{digits_id(g.rng, 7)} {doc:<5}")
    if g.neg:
        r.add("GRANTOR  ").col(_co(g).upper(), 30).add("GRANTEE  ").col(f"CITY OF {g.c(PLACES).upper()}", 30)
        return r.add(f"BK {g.rng.randint(1000, 9999)} PG {g.rng.randint(1, 999)}")
    a, b = g.latin(), g.latin()
    def ff(p):
        return f"{fold(p.rf).upper()} {fold(p.rg).upper()}" + (f" {g.c('ABCDEJLMRST')}" if g.chance(0.5) else "")
    r.add("GRANTOR  ").col(N(ff(a)), 30).add("GRANTEE  ").col(N(ff(b)), 30)
    return r.add(f"BK {g.rng.randint(1000, 9999)} PG {g.rng.randint(1, 999)}")


def land_erecord(g):
    r = R()
    r.add(f"{g.ts(1)} INFO erecord.intake pkg={_hex(g, 10)} submitter=\"{_co(g)}\" doc=DEED ")
    if g.neg:
        return r.add(f"grantors=[\"{_co(g)}\"] grantees=[\"{g.c(PLACES)} Holdings LLC\"] notary=none status={g.c(STATUSES)}")
    a, b, n = g.person(), g.person(), g.person()
    return r.add("grantors=[\"", N(a.full()), "\", \"", N(b.full()), "\"] notary=\"", N(n.full()), "\" notary_email=",
                 E(g.email(n)), " src=", I(ip(g.rng)))


def land_cadastre_intl(g):
    r = R()
    lang = g.c(["de", "nl", "fr"])
    parcel = f"{g.rng.randint(1, 999)}/{g.rng.randint(1, 40)}"
    if g.neg:
        return r.add({"de": f"Grundbuch {g.c(PLACES)} Blatt {g.rng.randint(100, 9999)}: Eigentümerwechsel Flurstück {parcel} "
                            f"von {_co(g)} an Stadtwerke {g.c(PLACES)}",
                      "nl": f"Kadaster mutatie perceel {parcel}: eigenaar {_co(g)} -> Gemeente {g.c(PLACES)}",
                      "fr": f"Cadastre parcelle {parcel} : mutation de {_co(g)} vers Commune de {g.c(PLACES)}"}[lang])
    a, b = g.latin(), g.latin()
    if lang == "de":
        return r.add(f"Grundbuch Blatt {g.rng.randint(100, 9999)}: Eigentümerwechsel Flurstück {parcel} von ", N(a.full()),
                     " an ", N(b.full()), " (Auflassung, Notar ", N(g.latin().family), ")")
    if lang == "nl":
        return r.add(f"Kadaster mutatie perceel {parcel}: eigenaar ", N(a.last_first()), " -> ", N(b.last_first()))
    return r.add(f"Cadastre parcelle {parcel} : mutation de {g.hon(a, 'fr')}", N(a.family), f" vers {g.hon(b, 'fr')}", N(b.full()))


def land_title_json(g):
    r = R()
    doc = {"parcel": f"{g.rng.randint(10, 99)}-{g.rng.randint(100, 999)}-{g.rng.randint(10, 99)}-{g.rng.randint(100, 999)}",
           "searchType": g.c(["Owner & Encumbrance", "Full Title", "Lien Search"])}
    if g.neg:
        doc.update({"owners": [{"name": _co(g), "vesting": "Fee Simple"}], "orderedBy": g.c(SERVICE_ACCTS)})
    else:
        a, b = g.person(), g.person()
        doc.update({"owners": [{"name": N(g.name(a)), "vesting": "JTWROS"}, {"name": N(g.name(b)), "vesting": "JTWROS"}],
                    "orderedBy": E(g.email(g.person()))})
    doc["encumbrances"] = [{"type": "Mortgage", "holder": g.c(["Wells Fargo", "Rocket Mortgage", _co(g)])}]
    return r.json(doc, indent=g.c([2, None]))


def land_owner_csv(g):
    r = R()
    if g.chance(0.4):
        r.add("parcel_id;old_owner;new_owner;mail_to;recorded\n")
    r.add(f"{digits_id(g.rng, 10)};")
    if g.neg:
        return r.add(f"\"{_co(g)}\";\"{g.c(PLACES).upper()} HOUSING AUTHORITY\";;{g.date(0)}")
    a, b = g.latin(), g.latin()
    return r.add('"', N(a.caps_last_first(", ")), '";"', N(b.caps_last_first(", ")), '";', E(g.email(b)), f";{g.date(0)}")


def land_hmlr(g):
    r = R()
    r.add(f"Title number {g.c(['MX', 'NGL', 'SY', 'WYK'])}{g.rng.randint(100000, 999999)}  Register B: Proprietorship\n")
    if g.neg:
        return r.add(f"  1. PROPRIETOR: {_co(g).upper()} (Co. Regn. No. {digits_id(g.rng, 8)}) of {g.c(PLACES)} Road.")
    a, b = g.latin(), g.latin()
    return r.add("  1. PROPRIETOR: ", N(fold(a.full()).upper()), " and ", N(fold(b.full()).upper()),
                 f" of {g.rng.randint(1, 200)} {g.c(PLACES)} Road.\n  2. RESTRICTION: no disposition without consent of ",
                 N(g.latin().full()))


# ---------------------------------------------------------------------------------------------------
# 9. court_scheduling_jury
def court_calendar(g):
    r = R()
    r.add(f"{g.rng.randint(8, 15):02d}:{g.c(['00', '15', '30', '45'])}  CR-2026-{digits_id(g.rng, 6)}  ")
    room = g.c(["Dept 4B", "Courtroom 12", "Thurgood Marshall Courtroom", "Ceremonial Courtroom"])
    if g.neg:
        return r.add(f"STATE v. {_co(g).upper()}  {room}  Hon. (unassigned)  {g.c(['ARRAIGNMENT', 'STATUS', 'MOTION'])}")
    d, j = g.latin(), g.person()
    r.add("STATE v. ", N(d.caps_last_first(", ")), f"  {room}  Hon. ", N(j.full()), f"  {g.c(['ARRAIGNMENT', 'STATUS', 'MOTION'])}")
    if g.chance(0.4):
        r.add("  (interpreter: ", g.c(["Spanish", "Vietnamese", "Polish"]), " - ", N(g.person().full()), ")")
    return r


def jury_summons_fixed(g):
    r = R()
    r.add(f"JUR|P2026-{g.rng.randint(1, 12):02d}|{g.rng.randint(1, 999999):06d}|")
    if g.neg:
        r.col("", 18, "|").col("", 14, "|")
        return r.add(f"UNDELIVERABLE|{g.c(PLACES).upper()}|")
    p = g.latin()
    r.col(N(fold(p.rf).upper()), 18, "|").col(N(fold(p.rg).upper()), 14, "|")
    return r.add(f"SUMMONED|{g.c(PLACES).upper()}|", P(us_phone(g.rng)) if g.chance(0.5) else "")


def jury_ivr(g):
    r = R()
    r.add(f"{g.ts(3)} ivr[{g.rng.randint(1000, 9999)}]: call ")
    if g.neg:
        return r.add(f"from=anonymous app=\"{PRODUCTS[2]}\" menu=standby_status group={g.rng.randint(1, 30)} result=NOT_REQUIRED")
    p = g.person()
    r.add("from=", P(phone(g.rng, "US")), f" juror={g.rng.randint(1, 999999):06d} pin=ok lookup_name=\"", N(g.name(p, "caps")),
          f"\" group={g.rng.randint(1, 30)} result=REPORT")
    return r


def jury_deferral_json(g):
    r = R()
    doc = {"jurorNumber": f"{g.rng.randint(1, 999999):06d}", "request": g.c(["deferral", "excusal", "postponement"]),
           "submitted": g.ts(0)}
    if g.neg:
        doc.update({"reason": "Employer hardship letter", "employer": _co(g), "decision": g.c(STATUSES)})
    else:
        p = g.person()
        k = g.relative(p)
        kin = {True: "daughter", False: "son", None: "child"}[k.female]
        doc.update({"juror": {"name": N(g.name(p)), "email": E(g.email(p))},
                    "reason": Cat(f"Primary caregiver for my {kin} ", N(k.given), "; surgery on ", g.date(1)),
                    "decision": g.c(STATUSES), "reviewedBy": N(g.acct(g.person()))})
    return r.add(f"{g.ts(1)} INFO jury-portal ").json(doc, ascii_=g.chance(0.3))


def jury_payment(g):
    r = R()
    if g.neg:
        return r.add(f"PAYRUN {g.date(0)} pool=P2026-{g.rng.randint(1, 12):02d} jurors={g.rng.randint(10, 400)} "
                     f"total={g.rng.randint(100, 9000)}.00 approved_by={g.c(SERVICE_ACCTS)}")
    p = g.latin()
    return r.add(f"PAYMENT juror={g.rng.randint(1, 999999):06d} payee=\"", N(p.caps_last_first(", ")),
                 f"\" days={g.rng.randint(1, 5)} mileage={g.rng.randint(2, 80)} method=",
                 g.c(["CHECK", "EFT", "PREPAID_CARD"]), " ssn_last4=", S(last4(g.rng)))


def court_access_log(g):
    r = R()
    if g.neg:
        q = pct(f"{g.c(PLACES).upper()} HOUSING AUTHORITY")
        return r.add(f"portal-web-02 - - [{g.ts(6)}] \"GET /calendar/search?party={q}&type=civil HTTP/1.1\" 200 "
                     f"{g.rng.randint(500, 9000)} \"-\" \"Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0\"")
    p = g.latin()
    v = g.c([p.caps_last_first(", "), p.last_first(), p.full()])
    enc = g.c([pct, form])
    return r.add(I(ip(g.rng)), f" - - [{g.ts(6)}] \"GET /calendar/search?party=", N(enc(v)),
                 f"&type={g.c(['criminal', 'traffic', 'civil'])} HTTP/1.1\" 200 {g.rng.randint(500, 9000)} \"-\" "
                 "\"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0.0.0\"")


def court_reassign(g):
    r = R()
    arrow = g.c(["->", "=>", "→", "⇒"])
    if g.neg:
        return r.add(f"calendar.reassign: {g.rng.randint(2, 60)} hearings {g.c(['Dept 4B', 'Courtroom 12'])} {arrow} "
                     f"{g.c(PRODUCTS[5:8])}; reason=\"{g.c(['HVAC outage', 'renovation', 'security drill'])}\"")
    a, b, c = g.person(), g.person(), g.person()
    return r.add(f"calendar.reassign: {g.rng.randint(2, 60)} hearings Hon. ", N(a.full()), f" {arrow} Hon. ", N(b.full()),
                 "; clerk ", N(g.acct(c)), " notified ", E(g.email(c, "courts.example.gov")))


# ---------------------------------------------------------------------------------------------------
# 10. municipal_payments
def pay_form(g):
    r = R()
    r.add(f"{g.ts(1)} DEBUG payportal POST /pay/{g.c(['utility', 'parking', 'tax', 'permit'])} body=")
    acct = digits_id(g.rng, 10)
    if g.neg:
        return r.add(f"acct={acct}&amount={g.rng.randint(10, 900)}.{g.rng.randint(0, 99):02d}&method=ach&payer_type=business"
                     f"&payer_name={form(_co(g))}")
    p = g.person()
    return r.add(f"acct={acct}&amount={g.rng.randint(10, 900)}.{g.rng.randint(0, 99):02d}&name=", N(form(p.full())),
                 "&email=", E(form(g.email(p))), "&card=", C(form(card(g.rng))), f"&exp={g.rng.randint(1, 12):02d}%2F{g.rng.randint(27, 31)}")


def pay_citation_json(g):
    r = R()
    doc = {"citation": f"PK{digits_id(g.rng, 9)}", "plate": f"{g.c('ABCDEFGH')}{g.c('KLMNPRST')}{g.rng.randint(1000, 9999)}",
           "amount": g.rng.randint(25, 250), "status": g.c(["PAID", "PARTIAL", "DISPUTED"])}
    if g.neg:
        doc["payer"] = {"type": "fleet", "name": _co(g)}
        doc["card"] = {"last4": last4(g.rng), "brand": g.c(["visa", "mastercard"])}
    else:
        p = g.person()
        doc["payer"] = {"type": "individual", "name": N(g.name(p)), "email": E(g.email(p))}
        doc["card"] = {"last4": last4(g.rng), "brand": g.c(["visa", "mastercard"])}
        doc["clientIp"] = I(ip(g.rng))
    return r.json(doc, indent=g.c([None, 2]))


def pay_lockbox(g):
    r = R()
    r.add(f"6{g.rng.randint(10, 99)}{digits_id(g.rng, 8)}  {g.date(3)}  ")
    if g.neg:
        r.col(_co(g).upper(), 32)
    else:
        r.col(N(g.latin().caps_last_first(" ")), 32)
    return r.add(f"{g.rng.randint(1, 99999):08d}  CHK{digits_id(g.rng, 6)}")


def pay_ivr(g):
    r = R()
    r.add(f"{g.ts(1)} TRACE ivr.payments session={_hex(g, 8)} ")
    if g.neg:
        return r.add("step=CARD_ENTRY digits=<masked> result=TIMEOUT fallback=agent queue=billing")
    p = g.latin()
    return r.add("step=CARD_ENTRY digits=", C(card(g.rng, "plain")), " ani=", P(phone(g.rng, "US")), " holder_on_file=",
                 N(fold(p.rf).upper()))


def pay_refund(g):
    r = R()
    arrow = g.c(["->", "=>", "→"])
    r.add(f"refund RF-{digits_id(g.rng, 6)} ${g.rng.randint(5, 500)}.00 ")
    if g.neg:
        return r.add(f"requested by {g.c(SERVICE_ACCTS)} {arrow} approved by autoassign (rule: overpayment < $50)")
    a, b, c = g.person(), g.person(), g.person()
    return r.add("for ", N(c.full()), " requested by ", N(g.acct(a)), f" {arrow} approved by ", N(b.full()), " (", E(g.email(b)), ")")


def pay_vardump(g):
    r = R()
    r.add("object(Payment)#12 (4) {\n")
    if g.neg:
        co = _co(g)
        r.add(f"  [\"payer\"]=>\n  string({len(co.encode())}) \"{co}\"\n")
    else:
        p = g.person()
        nm = p.full()
        r.add(f"  [\"payer\"]=>\n  string({len(nm.encode())}) \"", N(nm), "\"\n")
    r.add(f"  [\"amount\"]=>\n  float({g.rng.randint(10, 900)}.5)\n  [\"channel\"]=>\n  string(3) \"web\"\n")
    if g.neg:
        return r.add("  [\"ip\"]=>\n  NULL\n}")
    v = ip(g.rng, 0)
    return r.add(f"  [\"ip\"]=>\n  string({len(v)}) \"", I(v), "\"\n}")


# ---------------------------------------------------------------------------------------------------
# 11. public_health_surveillance
def ph_case_json(g):
    r = R()
    doc = {"caseId": f"NBS{digits_id(g.rng, 8)}", "condition": g.c(["Pertussis", "Measles", "Salmonellosis", "Hepatitis A",
                                                                   "Tuberculosis", "Legionellosis"]),
           "status": g.c(["Probable", "Confirmed", "Suspect", "Not a Case"]), "jurisdiction": f"{g.c(PLACES)} County"}
    if g.neg:
        doc.update({"patient": {"deidentified": True, "ageGroup": "30-39"}, "investigator": g.c(SERVICE_ACCTS)})
    else:
        p = g.person()
        doc.update({"patient": {"firstName": N(p.given), "lastName": N(p.family), "phone": P(phone(g.rng))},
                    "investigator": N(g.acct(g.person()))})
    return r.add(f"{g.ts(1)} INFO surveillance.api case upsert ").json(doc, indent=g.c([None, 2]), ascii_=g.chance(0.3))


def ph_contacts_csv(g):
    r = R()
    if g.chance(0.5):
        r.add("index_case,contact_name,relationship,phone,exposure_date,monitor\n")
    r.add(f"NBS{digits_id(g.rng, 8)},")
    if g.neg:
        return r.add(f"\"{g.c(PLACES)} Elementary - Room 12\",setting,,{g.date(0)},{g.c(SERVICE_ACCTS)}")
    c, m = g.person(), g.person()
    return r.add('"', N(c.last_first() if g.chance(0.5) else c.full()), f'",{g.c(["household", "coworker", "classmate"])},',
                 P(phone(g.rng)), f",{g.date(0)},", N(g.acct(m)))


def ph_iis_query(g):
    r = R()
    r.add(f"{g.ts(0)} iis.query request_id={_hex(g, 12)} ")
    if g.neg:
        return r.add(f"source=\"{g.c(PLACES)} Pediatrics\" mode=bulk patients=0 match=NONE reason=\"{g.c(UI)}\"")
    p = g.latin()
    return r.add("patient.last=\"", N(fold(p.rf).upper()), "\" patient.first=\"", N(fold(p.rg).upper()),
                 f"\" match={g.c(['EXACT', 'PROBABLE', 'NONE'])} user=", N(g.acct(g.person())), " src=", I(ip(g.rng)))


def ph_eicr_xml(g):
    r = R()
    def build(x):
        x.add('<recordTarget xmlns="urn:hl7-org:v3">\n  <patientRole>\n')
        if g.neg:
            x.add('    <telecom nullFlavor="UNK"/>\n    <patient>\n      <name nullFlavor="MSK"/>\n    </patient>\n')
        else:
            p = g.person()
            tel = f"+1-{g.c(['212', '617', '505', '312'])}-555-01{g.rng.randint(0, 99):02d}"
            x.add('    <telecom use="HP" value="tel:', P(tel), '"/>\n')
            x.add("    <patient>\n      <name use=\"L\">")
            x.el("given", N(p.given), nl="").el("family", N(p.family), nl="")
            x.add("</name>\n    </patient>\n")
        x.add("  </patientRole>\n</recordTarget>")
    return r.add(f"{g.ts(1)} DEBUG ecr.receiver parsed recordTarget:\n").xml(build)


def ph_linelist(g):
    r = R()
    r.add(f"OB-{g.rng.randint(2026001, 2026999)}|{g.c(['norovirus', 'salmonella', 'measles'])}|")
    if g.neg:
        return r.add(f"SETTING={g.c(PLACES).upper()} CARE CENTER|CASES={g.rng.randint(2, 40)}|LEAD={g.c(SERVICE_ACCTS)}")
    p, q = g.latin(), g.person()
    return r.add("CASE=", N(p.caps_last_first("^") if g.chance(0.3) else p.caps_last_first(", ")),
                 f"|ONSET={g.date(3)}|LEAD=", N(g.acct(q, caps=True)))


def ph_interview(g):
    r = R()
    if g.neg:
        return r.add(f"[entrevista] Sin contacto tras 3 intentos; caso cerrado como \"{g.c(STATUSES)}\" ({g.c(PLACES)}).")
    p, q = g.person(), g.person()
    return r.add("[entrevista] Se entrevistó a ", N(p.full()), "; mencionó que comió con ", N(q.given), " ", N(q.family),
                 " en una boda. Teléfono de ", N(q.given), ": ", P(phone(g.rng, g.c(["MX", "US", "ES"]))))


# ---------------------------------------------------------------------------------------------------
# 12. social_housing
def sh_waitlist_json(g):
    r = R()
    doc = {"applicationId": f"WL-{digits_id(g.rng, 7)}", "program": g.c(["HCV", "Public Housing", "Senior"]),
           "preference": g.c(["Veteran", "Displaced", "No preference"])}
    if g.neg:
        doc.update({"household": [], "status": g.c(STATUSES), "property": f"{g.c(PLACES)} Gardens"})
    else:
        h = g.person()
        m = g.relative(h) if g.chance(0.6) else g.person()
        doc["household"] = [{"role": "HOH", "firstName": N(h.given), "lastName": N(h.family), "ssn": S(ssn(g.rng)),
                             "email": E(g.email(h))},
                            {"role": "Member", "firstName": N(m.given), "lastName": N(m.family)}]
        doc["status"] = g.c(STATUSES)
    return r.json(doc, indent=g.c([None, 2]), ascii_=g.chance(0.3))


def sh_workorder(g):
    r = R()
    r.add(f"WO-26-{digits_id(g.rng, 5)} | {g.rng.randint(1, 12)}{g.c('ABCD')} | {g.c(['leak under sink', 'no heat', 'mold in bath', 'broken lock'])} | ")
    if g.neg:
        return r.add(f"unit VACANT | assigned={g.c(SERVICE_ACCTS)} | vendor={_co(g)}")
    t, tech = g.person(), g.person()
    return r.add("tenant ", N(t.full()), " ", P(phone(g.rng)), " | assigned=", N(g.acct(tech)))


def sh_hqs(g):
    r = R()
    r.add(f"{g.ts(3)} hqs-scheduler: inspection {g.c(['initial', 'annual', 'special', 'reinspect'])} unit={digits_id(g.rng, 6)} ")
    if g.neg:
        return r.add(f"landlord=\"{_co(g)}\" property=\"{g.c(PLACES)} Apartments\" inspector={g.c(SERVICE_ACCTS)}")
    t, ll = g.person(), g.person()
    r.add("tenant=\"", N(t.full()), "\" landlord=\"", N(ll.last_first()), "\" landlord_phone=", P(us_phone(g.rng)))
    return r


def sh_ledger_csv(g):
    r = R()
    if g.chance(0.4):
        r.add("tenant_code,name,charge,amount,balance\n")
    r.add(f"t{digits_id(g.rng, 6)},")
    if g.neg:
        return r.add(f"\"COMMON AREA - {g.c(PLACES).upper()}\",UTIL,{g.rng.randint(10, 300)}.00,0.00")
    p = g.person()
    return r.add('"', N(p.last_first()), f'",RENT,{g.rng.randint(100, 1500)}.00,{g.rng.randint(0, 900)}.00')


def sh_recert_mail(g):
    r = R()
    if g.neg:
        return r.add("To: undisclosed-recipients:;\nSubject: Annual recertification due - ", f"{g.c(PLACES)} Towers\n\n",
                     "Dear Resident, please bring pay stubs for all household members to the Management Office.")
    p = g.person()
    return r.add("To: \"", N(p.full()), "\" <", E(g.email(p)), ">\nSubject: Annual recertification due - unit ",
                 f"{g.rng.randint(1, 12)}{g.c('ABCD')}\n\nDear ", N(p.given), ", please bring pay stubs for all household members.")


def sh_repr(g):
    r = R()
    r.add(f"{g.ts(1)} WARNING rentcalc: income verification pending for ")
    if g.neg:
        return r.add(f"Property(name='{g.c(PLACES)} Towers', units={g.rng.randint(20, 300)}, manager='{g.c(SERVICE_ACCTS)}')")
    h = g.person()
    m = g.relative(h)
    r.add("Household(head=Member(first_name=").pystr(N(h.given)).add(", last_name=").pystr(N(h.family))
    r.add("), members=[Member(first_name=").pystr(N(m.given)).add(", last_name=").pystr(N(m.family))
    return r.add(f")], annual_income={g.rng.randint(9000, 60000)})")


FAMILIES_2 = {
    "immigration_case": [imm_status, imm_mrz, imm_biometrics_json, imm_visa_xml, imm_g28, imm_consular_intl],
    "land_registry": [land_index, land_erecord, land_cadastre_intl, land_title_json, land_owner_csv, land_hmlr],
    "court_scheduling_jury": [court_calendar, jury_summons_fixed, jury_ivr, jury_deferral_json, jury_payment, court_reassign,
                              court_access_log],
    "municipal_payments": [pay_form, pay_citation_json, pay_lockbox, pay_ivr, pay_refund, pay_vardump],
    "public_health_surveillance": [ph_case_json, ph_contacts_csv, ph_iis_query, ph_eicr_xml, ph_linelist, ph_interview],
    "social_housing": [sh_waitlist_json, sh_workorder, sh_hqs, sh_ledger_csv, sh_recert_mail, sh_repr],
}
