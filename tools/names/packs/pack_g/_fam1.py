"""pack_g families 1-6: permits and licensing, 311 requests, voter registration, police records and evidence,
jail management, probation supervision. Each template takes the context `g`; when g.neg is set it renders
the same shape with look-alikes and no personal data."""

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
    phone,
    ssn,
    us_phone,
)
from _names import fold


def _co(g):
    return g.c(COMPANIES)


# ---------------------------------------------------------------------------------------------------
# 1. permit_licensing
def permit_emse(g):
    r = R()
    pid = f"{g.c(['BLD', 'ELEC', 'PLMB', 'MECH', 'FIRE'])}{g.rng.randint(24, 26)}-{g.rng.randint(100, 99999):05d}"
    r.add(g.ts(1), " DEBUG [EMSE:ApplicationSubmitAfter] ", pid, ": ")
    if g.neg:
        r.add(f"contactType = Contractor; businessName = {_co(g)}; email = (none); phone = (none); ",
              f"assignedTo = {g.c(SERVICE_ACCTS)}")
        return r
    p = g.person()
    r.add("contactType = Applicant; firstName = ", N(p.given), "; lastName = ", N(p.family), "; email = ",
          E(g.email(p)), "; phone = ", P(us_phone(g.rng)))
    if g.chance(0.5):
        r.add("; createdBy = ", N(g.acct(p, caps=g.chance(0.4))))
    return r


def permit_inspection(g):
    r = R()
    res = g.c(["Passed", "Failed", "Partial", "Cancelled", "Rescheduled"])
    r.add(f"ts={g.ts(0)} level=info msg=\"inspection resulted\" permit=ELEC26-{g.rng.randint(1000, 9999)} "
          f"type=\"{g.c(['Rough Electrical', 'Final Building', 'Footing', 'Fire Sprinkler'])}\" result={res} ")
    if g.neg:
        return r.add(f"inspector={g.c(SERVICE_ACCTS)} requested_by=\"{_co(g)}\" note=\"{g.c(UI)}\"")
    insp, own = g.person(), g.person()
    r.add("inspector=", N(g.acct(insp)), ' requested_by="', N(own.last_first()), '" contact=', P(phone(g.rng)))
    if g.chance(0.6):
        r.add(' note="Spoke with ', N(own.given if g.chance(0.5) else own.full()), ', reinspection booked"')
    return r


def permit_license_json(g):
    r = R()
    doc = {"licenseNumber": f"CL-{digits_id(g.rng, 7)}", "licenseType": g.c(["General Building", "Electrical",
           "Plumbing", "Food Establishment", "Short-Term Rental"]), "businessName": _co(g),
           "status": g.c(STATUSES), "expires": g.date(0)}
    if g.neg:
        doc["qualifier"] = None
        doc["bondAgent"] = _co(g)
    else:
        p = g.person()
        doc["qualifier"] = {"firstName": N(p.given), "lastName": N(p.family), "email": E(g.email(p))}
        if g.chance(0.5):
            doc["businessName"] = Cat(N(p.full()), " d/b/a ", g.c(["Quick Fix Handyman", "Sunrise Bakery", "Green Lawn"]))
    r.add(f"{g.ts(0)} INFO licensing.api GET /v1/licenses/{doc['licenseNumber']} 200\n")
    return r.json(doc, indent=2, ascii_=g.chance(0.3))


def permit_renewal_csv(g):
    r = R()
    if g.chance(0.4):
        r.add("license_id,action,holder,dba,email,phone,status\n")
    r.add(f"BL-2026-{g.rng.randint(1000, 99999):05d},RENEWAL,")
    if g.neg:
        return r.add(f"\"{_co(g)}\",\"{g.c(PLACES)} Deli\",,,{g.c(STATUSES)}")
    p = g.person()
    return r.add('"', N(p.last_first() if g.chance(0.6) else g.name(p, "caps")), '","',
                 g.c(["Corner Cafe", "Elm St Barbers", "Mobile Tacos"]), '",', E(g.email(p)), ",", P(phone(g.rng)),
                 f",{g.c(STATUSES)}")


def permit_plan_review(g):
    r = R()
    r.add(f"[PlanReview] BLD26-{g.rng.randint(100, 9999):04d} cycle {g.rng.randint(1, 4)} comments\n")
    if g.neg:
        return r.add(f"  - Reviewer: Fire Marshal Office -> Resubmit: provide hydrant flow test ({g.c(PLACES)} main).\n"
                     f"  - Applicant response ({_co(g)}): revised sheets A-101..A-104 uploaded via \"{g.c(UI)}\"")
    a, b = g.person(), g.person()
    return r.add("  - Reviewer: ", N(a.full()), " (Fire) -> Resubmit: provide hydrant flow test.\n",
                 "  - Applicant response (", N(b.full()), "): revised sheets A-101..A-104 uploaded\n",
                 "  - Routed ", N(g.acct(a)), " => ", N(g.acct(b, ["first.last", "flast"])))


def permit_notice_intl(g):
    r = R()
    lang = g.c(["es", "de", "fr"])
    if g.neg:
        return r.add({"es": "Aviso: su solicitud de permiso fue recibida. Estado: En revisión.",
                      "de": "Hinweis: Ihr Bauantrag ist eingegangen. Status: In Prüfung.",
                      "fr": "Avis : votre demande de permis a été reçue. Statut : en cours d'examen."}[lang])
    p = g.latin()
    pre = {"es": "Estimado/a ", "de": ("Sehr geehrte Frau " if p.female else "Sehr geehrter Herr "),
           "fr": ("Madame " if p.female else "Monsieur ")}[lang]
    nm = p.family if lang != "es" else p.full()
    body = {"es": ", su permiso de obra fue aprobado. Contacto: ", "de": ", Ihr Bauantrag wurde genehmigt. Rückfragen: ",
            "fr": ", votre permis de construire est accordé. Contact : "}[lang]
    return r.add(f"{g.ts(4)} notice.mailer lang={lang} text=\"", pre, N(nm), body, P(phone(g.rng, g.c(["ES", "DE", "FR", "MX"]))), '"')


def permit_cs_dump(g):
    r = R()
    r.add(f"{g.ts(1)} ERROR Civic.Permits.ContactService - System.InvalidOperationException: Duplicate contact\n")
    if g.neg:
        r.add(f"   Contact {{ Id = {g.rng.randint(10000, 99999)}, Kind = Business, Name = {_co(g)}, Email = , Phone =  }}\n")
    else:
        p = g.person()
        r.add(f"   Contact {{ Id = {g.rng.randint(10000, 99999)}, Kind = Person, FirstName = ", N(p.given), ", LastName = ",
              N(p.family), ", Email = ", E(g.email(p)), ", Phone = ", P(phone(g.rng)), " }\n")
    return r.add("   at Civic.Permits.ContactService.Merge(Contact incoming) in ContactService.cs:line 212\n"
                 "   at Civic.Permits.Api.ContactsController.Post(ContactDto dto)")


# ---------------------------------------------------------------------------------------------------
# 2. citizen_311
def c311_open311_form(g):
    r = R()
    code = g.c(["POT_HOLE", "GRAFFITI", "STREETLIGHT", "MISSED_TRASH", "NOISE"])
    r.add(f"{g.ts(0)} open311 POST /open311/v2/requests.json service_code={code}&lat=41.88{g.rng.randint(10, 99)}"
          f"&long=-87.62{g.rng.randint(10, 99)}")
    if g.neg:
        return r.add("&description=", form(f"{g.c(PLACES)} and 3rd - {g.c(UI)}"), "&anonymous=true")
    p = g.person()
    r.add("&first_name=", N(form(p.given)), "&last_name=", N(form(p.family)), "&email=", E(form(g.email(p))))
    if g.chance(0.6):
        r.add("&phone=", P(form(phone(g.rng))))
    return r.add("&description=", form("Large pothole near #42"))


def c311_xml(g):
    r = R()
    sid = digits_id(g.rng, 8)
    def build(x):
        x.add("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<service_requests>\n  <request>\n")
        x.el("service_request_id", sid, ind="    ")
        x.el("status", g.c(["open", "closed"]), ind="    ")
        if g.neg:
            x.el("agency_responsible", f"{g.c(PLACES)} Streets and Sanitation", ind="    ")
            x.el("status_notes", g.c(STATUSES), ind="    ")
        else:
            p, q = g.person(), g.person()
            x.el("agency_responsible", "Streets and Sanitation", ind="    ")
            x.el("first_name", N(p.given), ind="    ")
            x.el("last_name", N(p.family), ind="    ")
            x.el("email", E(g.email(p)), ind="    ")
            x.el("status_notes", "Crew lead ", N(q.full()), " closed: tree removed", ind="    ")
        x.add("  </request>\n</service_requests>")
    return r.add(f"{g.ts(1)} DEBUG crm.sync response body:\n").xml(build)


def c311_handoff(g):
    r = R()
    case = f"311-26-{digits_id(g.rng, 7)}"
    dept = g.c(["Streets & Sanitation", "Forestry", "Water Mgmt", "Animal Care"])
    if g.neg:
        return r.add(f"{g.ts(3)} crm[{g.rng.randint(100, 9999)}]: case {case} reassigned {g.c(SERVICE_ACCTS)} -> "
                     f"{g.c(SERVICE_ACCTS)} ({dept}) caller \"Anonymous\" cb n/a tags=[{g.c(PLACES)}]")
    a, b, c = g.person(), g.person(), g.person()
    r.add(f"{g.ts(3)} crm[{g.rng.randint(100, 9999)}]: case {case} reassigned ", N(g.acct(a)), " -> ", N(g.acct(b)),
          f" ({dept}) caller \"", N(c.full()), "\" cb ", P(us_phone(g.rng)))
    return r


def c311_sms(g):
    r = R()
    r.add(f"{g.ts(0)} sms-intake inbound ")
    if g.neg:
        return r.add(f"from=short:31173 body=\"STOP\" result=unsubscribed topic=\"{g.c(PLACES)} alerts\"")
    p = g.person()
    r.add("from=", P(phone(g.rng, g.c(["US", "US", "MX", "CA"]))), ' body="')
    style = g.c([0, 1, 2])
    if style == 0:
        r.add("streetlight out on elm st. this is ", N(p.given.lower()), '"')
    elif style == 1:
        r.add("Hola, soy ", N(p.full()), ", hay basura en la esquina desde el lunes\"")
    else:
        r.add("dead raccoon in alley behind 1400 blk - ", N(p.given), " ", N(p.family[0] + "."), '"')
    return r


def c311_json(g):
    r = R()
    doc = {"id": f"SR{digits_id(g.rng, 9)}", "type": g.c(["Graffiti Removal", "Abandoned Vehicle", "Noise Complaint"]),
           "channel": g.c(["web", "app", "phone", "walk-in"]), "status": g.c(STATUSES)}
    if g.neg:
        doc["contact"] = {"anonymous": True}
        doc["notes"] = [f"Duplicate of SR{digits_id(g.rng, 9)}", f"Vehicle: {g.c(PRODUCTS[16:20])}"]
    else:
        p, q = g.person(), g.person()
        doc["contact"] = {"name": N(g.name(p)), "email": E(g.email(p)), "phone": P(phone(g.rng)), "anonymous": False}
        doc["notes"] = [Cat("called back, spoke to ", N(q.given.lower() if g.chance(0.4) else q.full())),
                        Cat("owner ", N(g.name(q, "caps")), " says car is not his")]
    return r.json(doc, indent=g.c([None, 2]), ascii_=g.chance(0.3))


def c311_chat(g):
    r = R()
    r.add(f"--- chatbot transcript {hexid_(g, 12)} ---\n")
    if g.neg:
        return r.add(f"[bot] Hi! I'm Civic Assistant. How can I help?\n[user] {g.c(UI)}\n"
                     f"[bot] Your request was routed to {g.c(PLACES)} district. Status: {g.c(STATUSES)}")
    p = g.person()
    r.add("[bot] Hi! I'm Civic Assistant. What's your name?\n[user] ")
    r.add(g.c(["it's ", "me llamo ", "", "hi, i'm "]), N(p.full() if g.chance(0.5) else p.given.lower()), "\n")
    r.add("[bot] Thanks! What's a good e-mail?\n[user] ", E(g.email(p)), "\n[bot] Ticket created.")
    return r


# ---------------------------------------------------------------------------------------------------
# 3. voter_registration
def vr_motor_voter(g):
    r = R()
    r.add(f"MV|{g.date(3)}|DL:{g.c('ABDFGS')}{digits_id(g.rng, 7)}|")
    if g.neg:
        r.col("", 20, "|").col("", 15, "|")
        return r.add(f"REJECT|REASON=NO NAME ON FILE|CNTY={g.c(PLACES).upper()}")
    p = g.latin()
    r.col(N(fold(p.family).upper()), 20, "|").col(N(fold(p.given).upper()), 15, "|")
    r.add(f"DOB={g.dob(3)}|PARTY={g.c(['DEM', 'REP', 'UNA', 'LIB', 'GRN'])}|")
    if g.chance(0.5):
        r.add("PH=", P(us_phone(g.rng)), "|")
    return r.add(f"CNTY={g.c(PLACES).upper()}")


def vr_havv(g):
    r = R()
    r.add(f"{g.ts(0)} havv.request voter_app={digits_id(g.rng, 10)} ")
    if g.neg:
        return r.add(f"batch=NIGHTLY submitted_by={g.c(SERVICE_ACCTS)} records=412 matched=398 result=COMPLETE")
    p = g.latin()
    return r.add("last=", N(fold(p.family).upper()), " first=", N(fold(p.given).upper()), " ssn4=", S(last4(g.rng)),
                 f" result={g.c(['MATCH', 'NO_MATCH', 'MULTIPLE', 'DECEASED'])} clerk=", N(g.acct(g.person())))


def vr_dupcheck(g):
    r = R()
    r.add(f"DUPCHK|score=0.{g.rng.randint(70, 99)}|")
    if g.neg:
        return r.add(f"A: {g.c(PLACES).upper()} COUNTY PRECINCT {g.rng.randint(1, 40)}|B: (none)|action=SKIP")
    p = g.latin()
    q = g.latin() if g.chance(0.3) else p
    return r.add("A: ", N(p.caps_last_first(", ")), "|B: ", N(fold(q.family).upper() + ", " + fold(q.given).upper()[0]),
                 "|action=", g.c(["MERGE", "REVIEW", "KEEP_BOTH"]))


def vr_ballot_json(g):
    r = R()
    doc = {"electionId": "2026-11-GEN", "ballotStyle": f"BS-{g.rng.randint(1, 300):03d}",
           "ballotStatus": g.c(["Mailed", "Received", "Accepted", "Rejected - Signature Mismatch", "Cured"])}
    if g.neg:
        doc.update({"voterName": None, "precinct": f"{g.c(PLACES)} {g.rng.randint(1, 30)}", "notify": False})
    else:
        p = g.person()
        doc.update({"voterName": N(g.name(p)), "email": E(g.email(p)), "smsOptIn": True, "phone": P(phone(g.rng))})
    return r.add(f"{g.ts(1)} INFO ballot-tracker push: ").json(doc)


def vr_cure_mail(g):
    r = R()
    if g.neg:
        return r.add(f"{g.ts(3)} mailer[77]: queued to=<undisclosed-recipients> subject=\"{g.c(UI)}\" "
                     f"template=cure_letter_v3 count={g.rng.randint(2, 900)}")
    p = g.person()
    return r.add(f"{g.ts(3)} mailer[77]: queued to=\"", N(p.full()), "\" <", E(g.email(p)), "> subject=\"Action needed: ",
                 N(fold(p.rg)), ", please confirm your ballot signature\" template=cure_letter_v3")


def vr_epollbook(g):
    r = R()
    r.add(f"{g.ts(1)} EPB-{g.rng.randint(1, 40):02d} checkin ")
    if g.neg:
        return r.add(f"voter=- name=\"PROVISIONAL\" precinct={g.rng.randint(1, 999):04d} clerk={g.c(SERVICE_ACCTS)} sync=ok")
    p, clerk = g.latin(), g.person()
    return r.add(f"voter={digits_id(g.rng, 10)} name=\"", N(p.caps_last_first(", ")), f"\" precinct={g.rng.randint(1, 999):04d} clerk=",
                 N(g.acct(clerk)), " ip=", I(ip(g.rng, 0.05)))


def vr_repr(g):
    r = R()
    r.add("crosscheck.match: ")
    if g.neg:
        return r.add(f"Batch(source='ERIC', state='{g.c(['GA', 'VA', 'WI', 'MN'])}', records={g.rng.randint(10, 9999)}, "
                     f"status='{g.c(STATUSES)}')")
    p = g.latin()
    r.add(f"Voter(voter_id='{digits_id(g.rng, 10)}', first_name=").pystr(N(p.given)).add(", last_name=").pystr(N(p.family))
    return r.add(", ssn_last4=").pystr(S(last4(g.rng))).add(f", status='{g.c(STATUSES)}')")


# ---------------------------------------------------------------------------------------------------
# 4. police_rms_evidence
def rms_ncic(g):
    r = R()
    ori = f"{g.c(['MD', 'VA', 'OH', 'TX', 'IL'])}{digits_id(g.rng, 7)}"
    if g.neg:
        return r.add(f"1L01{g.rng.randint(10, 99)}HEADER.QV.{ori}.LIC/{g.c('ABCDEFGH')}{g.rng.randint(1000, 9999)}"
                     f".LIS/{ori[:2]}.LIT/PC\nNO NCIC WANT LIC/ VEHICLE {g.c(PRODUCTS[16:20]).upper()}")
    p = g.latin()
    nam = fold(p.family).upper() + "," + fold(p.given).upper()
    sex = "F" if p.female else "M"
    r.add(f"1L01{g.rng.randint(10, 99)}HEADER.QW.{ori}.NAM/", N(nam), f".SEX/{sex}.RAC/{g.c('WBAIU')}.DOB/{g.dob(3)}\n")
    r.add("MKE/WANTED PERSON\nNAM/", N(nam), f".SEX/{sex}\nOCA/26-{digits_id(g.rng, 6)}\nREQ BY ", N(g.acct(g.person(), caps=True)))
    return r


def rms_custody(g):
    r = R()
    item = f"EV26-{digits_id(g.rng, 6)}-{g.rng.randint(1, 30):03d}"
    r.add(f"{g.ts(1)} CUSTODY item={item} desc=\"{g.c(['Black iPhone', 'Kitchen knife', 'Brown wallet', 'DVR unit'])}\" ")
    if g.neg:
        return r.add(f"from=\"Property Room (locker B-{g.rng.randint(1, 40)})\" to=\"State Crime Lab\" by={g.c(SERVICE_ACCTS)} "
                     f"reason=\"{g.c(STATUSES)}\"")
    a = g.person()
    r.add("from=\"", g.c(["Ofc. ", "Det. ", "Sgt. "]), N(a.family), f" #{g.rng.randint(1000, 9999)} (", N(g.acct(a)),
          f")\" to=\"Property Room (locker B-{g.rng.randint(1, 40)})\"")
    if g.chance(0.5):
        r.add(" witness=", N(g.person().full()))
    return r


def rms_bodycam(g):
    r = R()
    doc = {"evidenceId": hexid_(g, 32), "action": g.c(["Viewed", "Shared", "Downloaded", "Redaction Started"]),
           "category": g.c(["Traffic Stop", "Use of Force", "Interview"])}
    if g.neg:
        doc.update({"user": "retention-policy", "title": f"{g.c(PLACES)} & 4th - {g.c(PRODUCTS[20:22])}", "device": "AXON-X4-0412"})
    else:
        a, b, s = g.person(), g.person(), g.latin()
        doc.update({"user": E(g.email(a, "pd.example.gov")), "sharedWith": E(g.email(b, "da.example.gov")),
                    "ipAddress": I(ip(g.rng)), "title": Cat("Traffic stop - ", N(s.caps_last_first(", ")))})
    return r.json(doc, indent=g.c([None, 2, 4]))


def hexid_(g, n):
    return "".join(g.c("0123456789abcdef") for _ in range(n))


def rms_incident(g):
    r = R()
    r.add(f"INCIDENT 26-{digits_id(g.rng, 6)}  CODE {g.c(['13B SIMPLE ASSAULT', '23C SHOPLIFTING', '290 VANDALISM'])}\n")
    if g.neg:
        return r.add(f"  LOCATION: {g.c(PLACES).upper()} / 4TH ST\n  INVOLVED: BUSINESS  {_co(g).upper()}\n"
                     f"  REPORTING OFFICER: UNIT 2A{g.rng.randint(10, 99)}")
    v, s, o = g.latin(), g.latin(), g.person()
    r.add("  INVOLVED: VICTIM    ").col(N(v.caps_last_first(", ")), 24).add(f"DOB {g.dob(0)}  PH ", P(us_phone(g.rng)), "\n")
    r.add("  INVOLVED: SUSPECT   ").col(N(s.caps_last_first(", ")), 24).add(f"DOB {g.dob(0)}\n")
    return r.add("  REPORTING OFFICER: Ofc. ", N(o.rg[0] + ". " + o.rf), f" #{g.rng.randint(1000, 9999)}")


def rms_cjis(g):
    r = R()
    r.add(f"{g.ts(3)} cjis-audit: ")
    if g.neg:
        return r.add(f"user={g.c(SERVICE_ACCTS)} action=HEARTBEAT term=MDT-{g.rng.randint(100, 999)} result=OK")
    a, s = g.person(), g.latin()
    if g.chance(0.3):
        r.add("user=", N(g.acct(a)), "@PD.EXAMPLE.GOV", " action=QUERY_PERSON subject=\"", N(s.caps_last_first("/")),
              f"\" term=MDT-{g.rng.randint(100, 999)} src=", I(ip(g.rng)))
        return r
    r.add("user=", g.c(["PD\\", "CJIS\\", ""]), N(g.acct(a)), " action=QUERY_PERSON subject=\"", N(s.caps_last_first("/")),
          f"\" term=MDT-{g.rng.randint(100, 999)} src=", I(ip(g.rng)))
    return r


def rms_narrative(g):
    r = R()
    r.add("NARRATIVE: ")
    if g.neg:
        return r.add(f"R/O responded to {g.c(PLACES)} Ave for an alarm call. Business secured by keyholder from "
                     f"{_co(g)}. No further action.")
    c, n = g.person(), g.person()
    r.add("R/O spoke with complainant ", N(c.full()), " who stated that their neighbour, ", N(n.full()),
          ", damaged the fence. ", N(c.rf if c.native else c.family), "'s callback number is ", P(us_phone(g.rng)), ".")
    return r


# ---------------------------------------------------------------------------------------------------
# 5. corrections_jms
def jms_booking(g):
    r = R()
    r.add(f"BOOKING {g.date(3)}-{g.rng.randint(1, 9999):04d} | INMATE: ")
    if g.neg:
        return r.add(f"UNIDENTIFIED MALE #3 | SO# {digits_id(g.rng, 6)} | CHARGES: 647(F) | AGENCY: {g.c(PLACES).upper()} PD")
    p, o = g.latin(), g.person()
    return r.add(N(p.caps_last_first(", ")), f" | SO# {digits_id(g.rng, 6)} | CHARGES: 647(F) | ARR OFC: ",
                 N(fold(o.rf).upper()), " | BOOKED BY: ", N(g.acct(o, ["flast", "lastf"], caps=True)))


def jms_visit(g):
    r = R()
    doc = {"visitId": f"V{digits_id(g.rng, 8)}", "slot": g.ts(0), "type": g.c(["video", "in-person", "contact"])}
    if g.neg:
        doc.update({"inmate": {"soNumber": digits_id(g.rng, 6)}, "visitor": {"type": "attorney-office", "org": _co(g)},
                    "status": g.c(STATUSES)})
    else:
        i, v = g.person(), g.person()
        doc.update({"inmate": {"soNumber": digits_id(g.rng, 6), "name": N(i.caps_last_first(", ") if not i.native else i.full())},
                    "visitor": {"firstName": N(v.given), "lastName": N(v.family),
                                "relationship": g.c(["Mother", "Spouse", "Brother", "Friend"]), "phone": P(phone(g.rng))}})
    return r.add(f"{g.ts(1)} INFO visitation.scheduler booked ").json(doc, ascii_=g.chance(0.25))


def jms_phone_cdr(g):
    r = R()
    r.add(f"{g.ts(1)},PIN {digits_id(g.rng, 7)},")
    if g.neg:
        return r.add(f"\"SYSTEM TEST\",PUBLIC DEFENDER LINE,BLOCKED_PRIVILEGED,00:00:00,{g.c(['prepaid', 'debit'])}")
    i = g.latin()
    return r.add('"', N(i.caps_last_first(", ")), '",', P(phone(g.rng)), f",{g.c(['ALLOWED', 'ALLOWED', 'BLOCKED'])},"
                 f"00:{g.rng.randint(0, 14):02d}:{g.rng.randint(0, 59):02d},{g.c(['prepaid', 'debit', 'collect'])}")


def jms_deposit(g):
    r = R()
    r.add(f"{g.ts(3)} trustfund[{g.rng.randint(100, 999)}]: DEPOSIT kiosk=LOBBY-{g.rng.randint(1, 4)} ")
    if g.neg:
        return r.add(f"depositor=\"{_co(g)}\" card=************{g.rng.randint(1000, 9999)} amount={g.rng.randint(5, 200)}.00 "
                     "inmate=BULK-PAYROLL")
    d, i = g.person(), g.latin()
    return r.add('depositor="', N(d.full()), '" card=', C(card(g.rng, "plain")), f" amount={g.rng.randint(5, 200)}.00 inmate=",
                 N(i.caps_last_first(",")))


def jms_move(g):
    r = R()
    r.add(f"{g.ts(1)} HOUSING MOVE ")
    if g.neg:
        return r.add(f"headcount POD-3B={g.rng.randint(10, 60)} cleared by {g.c(SERVICE_ACCTS)} status={g.c(STATUSES)}")
    i, s = g.latin(), g.person()
    return r.add(N(i.caps_last_first(", ")), f" from 3B-{g.rng.randint(1, 40):02d} to MED-{g.rng.randint(1, 9):02d} by Sgt. ",
                 N(s.full()), " (", N(g.acct(s)), ") reason=medical")


def jms_ruby(g):
    r = R()
    r.add("D, [" + g.ts(0) + f" #{g.rng.randint(1000, 9999)}] DEBUG -- : ")
    if g.neg:
        return r.add(f"#<Facility id: {g.rng.randint(1, 9)}, name: \"{g.c(PLACES)} County Detention Center\", capacity: 450>")
    i = g.person()
    r.add(f"#<Inmate id: {g.rng.randint(1000, 99999)}, first_name: ").rbstr(N(i.given)).add(", last_name: ").rbstr(N(i.family))
    return r.add(f", so_number: \"{digits_id(g.rng, 6)}\", classification: \"{g.c(['MIN', 'MED', 'MAX'])}\">")


# ---------------------------------------------------------------------------------------------------
# 6. probation_supervision
def prob_kiosk(g):
    r = R()
    r.add(f"{g.ts(0)} KIOSK-{g.rng.randint(1, 9):02d} checkin client=SUPV-26-{digits_id(g.rng, 5)} ")
    if g.neg:
        return r.add(f"name=\"TEST CLIENT\" officer={g.c(SERVICE_ACCTS)} result=HEARTBEAT photo_match=n/a")
    c, o = g.person(), g.person()
    return r.add('name="', N(c.full()), '" officer=', N(g.acct(o)), f" result=OK photo_match=0.{g.rng.randint(80, 99)} ip=",
                 I(ip(g.rng)))


def prob_em_alert(g):
    r = R()
    kind = g.c(["ZONE_VIOLATION", "STRAP_TAMPER", "LOW_BATTERY", "CURFEW_MISSED"])
    r.add(f"ALERT {kind} device=BI-{digits_id(g.rng, 7)} ")
    if g.neg:
        return r.add(f"zone=\"{g.c(PLACES)} Park exclusion zone\" offender=UNASSIGNED officer=on-call-queue")
    c, o = g.latin(), g.person()
    return r.add('offender="', N(c.caps_last_first(", ")), '" officer="PO ', N(o.full()), '" notify=', P(us_phone(g.rng)))


def prob_drugtest(g):
    r = R()
    if g.chance(0.4):
        r.add("collected,client_id,client_name,panel,result,collector\n")
    r.add(f"{g.date(0)},SUPV-26-{digits_id(g.rng, 5)},")
    if g.neg:
        return r.add(f"\"QC BLIND SAMPLE\",10-panel,{g.c(['NEG', 'INVALID'])},{g.c(SERVICE_ACCTS)}")
    c, k = g.person(), g.person()
    return r.add('"', N(c.last_first()), f'",{g.c(["10-panel", "EtG", "5-panel"])},{g.c(["NEG", "POS-THC", "DILUTE"])},',
                 N(g.acct(k)))


def prob_transfer(g):
    r = R()
    n = g.rng.randint(3, 40)
    arrow = g.c(["->", "=>", "→", "-->"])
    if g.neg:
        return r.add(f"caseload transfer: {n} clients  unit-{g.c(PLACES).lower().replace(' ', '-')} {arrow} unit-intake "
                     f"(approved by {g.c(SERVICE_ACCTS)})")
    a, b, s = g.person(), g.person(), g.person()
    return r.add(f"caseload transfer: {n} clients  ", N(g.acct(a)), f" {arrow} ", N(g.acct(b)), " (approved by Supervisor ",
                 N(s.full()), ")")


def prob_java(g):
    r = R()
    r.add(f"{g.ts(1)} ERROR [http-nio-8443-exec-{g.rng.randint(1, 20)}] o.c.supervision.RiskService - ORAS score failed for ")
    if g.neg:
        r.add(f"AssessmentTemplate{{id={g.rng.randint(1, 99)}, name='ORAS-CST', version='2.1', owner='{g.c(SERVICE_ACCTS)}'}}\n")
    else:
        c = g.person()
        r.add(f"Offender{{id={g.rng.randint(1000, 99999)}, firstName='", N(c.given), "', lastName='", N(c.family), "', ssn='",
              S(ssn(g.rng, "dash")), "', officer='", N(g.acct(g.person())), "'}\n")
    return r.add("java.lang.IllegalStateException: missing domain score\n\tat org.county.supervision.RiskService.score"
                 "(RiskService.java:144)\n\tat org.county.supervision.api.AssessmentController.post(AssessmentController.java:61)")


def prob_note(g):
    r = R()
    r.add(f"CASE NOTE {g.date(1)} ")
    if g.neg:
        return r.add(f"[{g.c(['es', 'en'])}] Office closed for {g.c(['Juneteenth', 'Labor Day'])}; reporting moved to "
                     f"{g.c(PLACES)} satellite office.")
    c, rel = g.person(), g.person()
    if g.chance(0.5):
        return r.add("[es] Se habló con ", N(c.full()), "; su hermana ", N(rel.given), " confirmó el domicilio. Tel. ",
                     P(phone(g.rng, g.c(["MX", "US", "ES"]))))
    return r.add("[en] client ", N(c.given.lower()), " reports new employer; verified with supervisor ", N(rel.full()),
                 " at ", P(us_phone(g.rng)), ". ID confirmed (SSN ending ", S(last4(g.rng)), ").")


FAMILIES_1 = {
    "permit_licensing": [permit_emse, permit_inspection, permit_license_json, permit_renewal_csv, permit_plan_review,
                         permit_notice_intl, permit_cs_dump],
    "citizen_311": [c311_open311_form, c311_xml, c311_handoff, c311_sms, c311_json, c311_chat],
    "voter_registration": [vr_motor_voter, vr_havv, vr_dupcheck, vr_ballot_json, vr_cure_mail, vr_epollbook, vr_repr],
    "police_rms_evidence": [rms_ncic, rms_custody, rms_bodycam, rms_incident, rms_cjis, rms_narrative],
    "corrections_jms": [jms_booking, jms_visit, jms_phone_cdr, jms_deposit, jms_move, jms_ruby],
    "probation_supervision": [prob_kiosk, prob_em_alert, prob_drugtest, prob_transfer, prob_java, prob_note],
}
