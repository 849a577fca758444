"""Families 1-6 of pack_t: cleaning, childcare, sitters, home care (EVV), medical alarms, tutoring."""

from __future__ import annotations

from core import (
    COMPANIES,
    PLACES,
    PRODUCTS,
    STATUSES,
    SVC_ACCOUNTS,
    TITLE_UI,
    UI_STRINGS,
    L,
    S,
    _compact,
    card,
    form,
    ip,
    jesc,
    last4,
    pct_name,
    phone,
    relative,
    ssn,
    xesc,
)

STREETS = ["Elm St", "Oak Avenue", "Mill Lane", "Rue des Lilas", "Hauptstraße", "Calle Mayor", "Kerkstraat",
           "Station Road", "Maple Drive", "Via Roma", "ul. Polna", "Birchwood Close"]


def form_of(r, p, kinds=("full", "full", "lf", "up", "western")):
    k = r.ch(kinds)
    return {"full": p.full, "lf": p.lf, "up": p.up, "western": p.western, "ini": p.ini, "gi": p.gi,
            "ulf": lambda: p.lf().upper(), "slash": p.slash}[k]()


def pad(v, w):
    return " " * max(1, w - len(v))


def addr(r):
    return f"{r.rng.randrange(1, 240)} {r.ch(STREETS)}"


# ====================================================================== 1. cleaning_dispatch

def cl_logfmt(r):
    c = r.person()
    cl = r.person(native=False)
    r.t(f"ts={r.iso()} level=info svc=dispatch-api msg=\"cleaner assigned\" booking=BK-{r.num(7)} customer=\"")
    r.n(form_of(r, c)).t('" cleaner=').n(cl.acct(r.rng))
    if r.chance(0.6):
        r.t(' cleaner_display="').n(cl.gi()).t('"')
    r.t(f" slot={r.date()}T{r.hm()} duration={r.ch(['120', '180', '240'])}m")
    if r.chance(0.6):
        r.t(' customer_phone="').p(phone(r.rng)).t('"')
    if r.chance(0.3):
        prev = r.person(native=False)
        r.t(" replaced=").n(prev.acct(r.rng)).t(" reason=sick_call")


def cl_json(r):
    c = r.person()
    team = [r.person(native=False) for _ in range(r.rng.randrange(1, 3))]
    notes = r.ch([
        lambda: S("Key in lockbox, code on file. My partner ", L(relative(r, c).g, "NAME"), " works from home on Fridays."),
        lambda: S("Please ask for ", L(c.g, "NAME"), " at reception; dog is friendly"),
        lambda: S("No notes"),
        lambda: S("Bitte nur ökologische Mittel. Nachbarin Frau ", L(r.person(native=False).f, "NAME"), " hat einen Schlüssel."),
    ])()
    obj = {"booking_id": f"BK-{r.num(7)}", "service": r.ch(["standard_clean", "deep_clean", "end_of_tenancy", "oven"]),
           "customer": {"first_name": L(c.g, "NAME"), "last_name": L(c.f, "NAME"), "email": L(c.email(r.rng), "EMAIL"),
                        "phone": L(phone(r.rng), "PHONE")},
           "address": {"line1": addr(r), "city": r.ch(PLACES)},
           "team": [L(t.acct(r.rng), "NAME") for t in team], "notes": notes, "status": r.ch(STATUSES)}
    r.t(f"{r.iso()} INFO  booking.created ")
    if r.chance(0.5):
        r.t("\n").json(obj, indent=2)
    else:
        r.json(obj, asc=r.chance(0.4), sep=(",", ":"))


def cl_photo(r):
    c = r.person(native=False)
    cl = r.person(native=False)
    room = r.ch(["kitchen", "bathroom", "living_room", "oven", "bedroom2"])
    r.ip(ip(r.rng)).t(" - ").n(cl.acct(r.rng)).t(f" [{r.clf_ts()}] \"PUT /v2/jobs/JB{r.num(6)}/photos/")
    fam, giv = _compact(c.family), _compact(c.given)
    r.n(f"{fam}_{giv}" if r.chance(0.6) else f"{giv}_{fam}")
    r.t(f"_{room}_{r.ch(['before', 'after'])}.jpg HTTP/1.1\" 201 {r.num(3)} \"-\" \"CleanerApp/4.{r.rng.randrange(30)}.2 (Android 14)\"")


def cl_lockbox(r):
    c = r.person(native=False)
    st = r.person(native=False)
    r.t(f"<134>1 {r.iso()} keysafe-api-{r.rng.randrange(1, 4)} keysafe {r.num(4)} LOCKBOX - lockbox=LB-{r.num(4)} action=code_issued ")
    r.t('issued_to="').n(r.ch([c.lf().upper(), c.lf(), c.up()])).t('" issued_by=')
    if r.chance(0.5):
        r.t("CLEAN\\")
    r.n(st.acct(r.rng).upper() if r.chance(0.3) else st.acct(r.rng))
    r.t(f" valid_from={r.hm()} valid_to={r.hm(240)} property=PR-{r.num(5)}")


def cl_sql(r):
    a = r.person(native=False)
    mod = r.person(native=False)
    r.t(f"{r.ts()} DEBUG django.db.backends (0.00{r.rng.randrange(1, 9)}) UPDATE \"reviews_review\" SET \"status\" = %s, "
        "\"moderated_by\" = %s WHERE (\"reviews_review\".\"id\" = %s AND \"reviews_review\".\"author_name\" = %s); args=(")
    r.pystr("published").t(", ").pystr(mod.acct(r.rng), "NAME").t(f", {r.num(6)}, ").pystr(a.full(), "NAME").t(")")


def cl_notice(r):
    c = r.person(native=False)
    cl = r.person(native=False)
    ph = phone(r.rng)
    lang = r.ch(["de", "nl", "es", "fr", "en"])
    r.t(f"{r.ts()} notify.sms to=").p(ph).t(" lang=" + lang + " body=\"")
    if lang == "de":
        r.t(f"Hallo {r.ch(['Frau', 'Herr'])} ").n(c.f).t(", Ihre Reinigungskraft ").n(cl.g).t(f" kommt heute um {r.hm()} Uhr.\"")
    elif lang == "nl":
        r.t("Beste ").n(c.g).t(", ").n(cl.g).t(f" komt vandaag om {r.hm()} schoonmaken.\"")
    elif lang == "es":
        r.t("Hola ").n(c.g).t(", tu limpiadora ").n(cl.gi()).t(f" llegará a las {r.hm()}.\"")
    elif lang == "fr":
        r.t(f"Bonjour {r.ch(['Mme', 'M.'])} ").n(c.f).t(", votre intervenante ").n(cl.g).t(f" arrivera vers {r.hm()}.\"")
    else:
        r.t("Hi ").n(c.g).t("! ").n(cl.g).t(f" is on the way and should arrive around {r.hm()}. Reply STOP to opt out.\"")


def cl_payout_csv(r):
    r.t(f"{r.ts()} payouts.export file=payouts_{r.date(fmt='%Y%m%d')}.csv rows follow\n")
    m = r.mark()
    r.t("payout_id,cleaner_login,legal_name,email,jobs,amount_eur\n")
    for _ in range(r.rng.randrange(2, 5)):
        p = r.person(native=False)
        r.t(f"PO{r.num(6)},").n(p.acct(r.rng)).t(',"').n(p.lf() if r.chance(0.5) else p.full()).t('",')
        r.e(p.email(r.rng)).t(f",{r.rng.randrange(3, 30)},{r.rng.randrange(100, 2000)}.{r.num(2)}\n")
    r.check_csv(m)


def cl_n_logfmt(r):
    r.t(f"ts={r.iso()} level=info svc=dispatch-api msg=\"team assigned\" booking=BK-{r.num(7)} customer=\"{r.ch(COMPANIES)}\"")
    r.t(f" cleaner=team-pool-{r.rng.randrange(1, 9)} slot={r.date()}T{r.hm()} duration=240m status=\"{r.ch(STATUSES)}\"")


def cl_n_json(r):
    obj = {"booking_id": f"BK-{r.num(7)}", "service": "office_clean",
           "customer": {"company": r.ch(COMPANIES), "first_name": None, "last_name": None, "account_type": "B2B"},
           "address": {"line1": addr(r), "city": r.ch(PLACES)}, "team": [f"team-pool-{r.rng.randrange(1, 9)}"],
           "notes": r.ch(UI_STRINGS), "status": r.ch(STATUSES), "equipment": r.ch(PRODUCTS)}
    r.t(f"{r.iso()} INFO  booking.created ")
    r.json(obj, indent=2 if r.chance(0.5) else None)


def cl_n_photo(r):
    r.t(f"{r.ch(['cleaner-gw-2', 'media-proxy'])} - svc-media [{r.clf_ts()}] \"PUT /v2/jobs/JB{r.num(6)}/photos/")
    r.t(f"{r.ch(['kitchen', 'Lobby', 'Stairwell_B'])}_{r.ch(['before', 'after'])}_{r.hexid(6)}.jpg HTTP/1.1\" 201 {r.num(3)}")


def cl_n_lockbox(r):
    r.t(f"<134>1 {r.iso()} keysafe-api-1 keysafe {r.num(4)} LOCKBOX - lockbox=LB-{r.num(4)} action=code_rotated ")
    r.t(f"issued_to=\"{r.ch(['OFFICE MANAGER', 'FRONT DESK', 'Building Concierge', 'TBD'])}\" issued_by={r.ch(SVC_ACCOUNTS)} "
        f"property=\"{r.ch(PLACES)} Court\"")


def cl_n_sql(r):
    r.t(f"{r.ts()} DEBUG django.db.backends (0.001) UPDATE \"reviews_review\" SET \"status\" = %s WHERE "
        f"\"reviews_review\".\"flagged_reason\" = %s; args=('{r.ch(['hidden', 'published'])}', "
        f"'{r.ch(['spam', 'profanity', 'duplicate'])}')  -- {r.ch(TITLE_UI)}")


# ====================================================================== 2. childcare_attendance

ROOMS = ["Butterflies", "Ladybirds", "Little Owls", "Sonnenkäfer", "Les Lutins", "Pollitos", "Room 3 (Toddlers)",
         "Caterpillars", "Koalas", "Pre-K B"]


def cc_kiosk(r):
    child = r.person(native=False)
    par = relative(r, child)
    rel = "mother" if par.gender == "f" else "father"
    act = r.ch(["CHECKIN", "CHECKOUT"])
    r.t(f"{r.ts()} KIOSK-{r.rng.randrange(1, 5):02d} {act} child=\"").n(child.full()).t(f"\" room=\"{r.ch(ROOMS)}\" by=\"")
    r.n(par.full()).t(f"\" relation={rel} pin_ok=true temp=36.{r.rng.randrange(3, 9)}")
    if r.chance(0.4):
        st = r.person(native=False)
        r.t(" staff=").n(st.acct(r.rng))


def cc_pickup(r):
    child = r.person(native=False)
    who = r.person()
    auth = [relative(r, child), r.person(native=False)]
    st = r.person(native=False)
    r.t(f"{r.iso()} WARN  pickup_guard: \"").n(who.full()).t("\" is not on the authorized list for child ")
    r.n(child.g).t(" ").n(child.f).t("; authorized=[")
    for i, a in enumerate(auth):
        if i:
            r.t(", ")
        r.t('"').n(a.full()).t('"')
    r.t("]; staff=").n(st.acct(r.rng)).t(" action=called_guardian phone=").p(phone(r.rng))


def cc_csv(r):
    r.t(f"attendance export {r.date()} centre=CC-{r.num(3)}\n")
    m = r.mark()
    up = r.chance(0.4)
    r.t("Date,Room,Child Last,Child First,In,Out,Signed In By,Signed Out By\n")
    for _ in range(r.rng.randrange(2, 5)):
        c = r.person(native=False)
        a, b = relative(r, c), relative(r, c)
        f = (lambda s: s.upper()) if up else (lambda s: s)
        r.t(f"{r.date()},{r.ch(ROOMS)},").n(f(c.f)).t(",").n(f(c.g)).t(f",{r.hm()},{r.hm(540)},")
        r.n(f(a.full())).t(",").n(f(b.full())).t("\n")
    r.check_csv(m)


def cc_incident(r):
    c = r.person(native=False)
    w = r.person(native=False)
    par = relative(r, c)
    inner = r.child()
    inner.json({"incident_id": f"INC-{r.num(5)}", "type": r.ch(["bump_head", "bite", "fall", "allergy"]),
                "child": L(c.full(), "NAME"), "witness": L(w.full(), "NAME"),
                "notified": {"name": L(par.full(), "NAME"), "phone": L(phone(r.rng), "PHONE"), "at": r.hm(20)},
                "first_aid": True})
    r.t(f"{{\"ts\":\"{r.iso()}\",\"event\":\"incident.created\",\"centre\":\"CC-{r.num(3)}\",\"payload\":\"")
    m0 = 0
    r.put(inner, jesc)
    r.t("\"}")
    r.check_json(m0)


def cc_chat(r):
    t = r.person(native=False)
    par = r.person(native="force" if r.chance(0.3) else True)
    kid = relative(r, par) if not par.use_native else r.person(native=False)
    r.t(f"--- parent chat thread TH-{r.num(6)} ({r.date()}) ---\n")
    r.t(f"[{r.hm()}] Teacher ").n(t.g).t(": Good morning! ").n(kid.g).t(" had a great breakfast and is now painting.\n")
    r.t(f"[{r.hm(3)}] ").n(par.full()).t(" (parent): Thank you! Her grandma ")
    g = r.person(native=False)
    r.n(g.full()).t(" will pick her up today at 4.\n")
    r.t(f"[{r.hm(5)}] Teacher ").n(t.g).t(": Noted, please make sure she brings ID.")


def cc_kita(r):
    c = r.person(native=False)
    o = relative(r, c, "f")
    e = r.person(native=False)
    r.t(f"{r.ts()} [kita-app] Abholung: Kind ").n(c.full()).t(" wurde um " + r.hm() + " von ")
    r.t(r.ch(["Oma", "Tante", "Mutter"]) + " ").n(o.full()).t(" abgeholt (bestätigt durch Erzieherin ").n(e.g).t(").")


def cc_subsidy(r):
    r.t("HDR CCAP-SUBSIDY " + r.date(fmt="%Y%m") + " PROVIDER=P" + r.num(6) + "\n")
    for _ in range(r.rng.randrange(2, 4)):
        p = r.person(native=False)
        c = relative(r, p)
        fam, giv, cg = p.rf.upper(), p.rg.upper(), c.rg.upper()
        r.t("DTL ").n(fam).t(pad(fam, 22)).n(giv).t(pad(giv, 16))
        r.ssn(ssn(r.rng, "plain")).t("  ").n(cg).t(pad(cg, 16))
        r.t(f"{r.rng.randrange(5, 23):02d}D {r.rng.randrange(100, 999)}.00\n")
    r.t("TRL COUNT=" + r.num(2))


def cc_n_kiosk(r):
    r.t(f"{r.ts()} KIOSK-{r.rng.randrange(1, 5):02d} {r.ch(['HEARTBEAT', 'SYNC_OK', 'ROOM_RATIO'])} room=\"{r.ch(ROOMS)}\" by=kiosk-auto "
        f"ratio=1:{r.rng.randrange(3, 9)} status=\"{r.ch(STATUSES)}\"")


def cc_n_csv(r):
    r.t(f"attendance summary {r.date()} centre=CC-{r.num(3)}\n")
    m = r.mark()
    r.t("Date,Room,Enrolled,Present,Absent,Lead Room\n")
    for _ in range(3):
        r.t(f"{r.date()},{r.ch(ROOMS)},{r.rng.randrange(8, 20)},{r.rng.randrange(5, 15)},{r.rng.randrange(0, 4)},{r.ch(ROOMS)}\n")
    r.check_csv(m)


def cc_n_incident(r):
    inner = r.child()
    inner.json({"incident_id": f"INC-{r.num(5)}", "type": "fire_drill", "room": r.ch(ROOMS), "duration_s": r.rng.randrange(90, 400),
                "notes": r.ch(UI_STRINGS)})
    r.t(f"{{\"ts\":\"{r.iso()}\",\"event\":\"drill.logged\",\"payload\":\"")
    r.put(inner, jesc)
    r.t("\"}")
    r.check_json(0)


def cc_n_chat(r):
    r.t(f"--- broadcast TH-{r.num(6)} ({r.date()}) ---\n[{r.hm()}] {r.ch(['Brightly Bot', 'Centre Office', 'Casey'])}: "
        f"Reminder: the centre is closed on Monday for staff training. {r.ch(TITLE_UI)} in the app.\n"
        f"[{r.hm(1)}] System: {r.ch(UI_STRINGS)}")


def cc_n_kita(r):
    r.t(f"{r.ts()} [kita-app] Gruppe {r.ch(['Sonnenkäfer', 'Regenbogen', 'Marienkäfer'])}: Ausflug zum Spielplatz {r.ch(PLACES)}-Park "
        f"um {r.hm()} Uhr, Betreuungsschlüssel 1:{r.rng.randrange(4, 8)} eingehalten.")


# ====================================================================== 3. sitter_marketplace

def st_bgcheck(r):
    c = r.person(native=False)
    mid = r.person(native=False, trad=c.trad).given
    c.middle = mid
    obj = {"candidate": {"first_name": L(c.given, "NAME"), "middle_name": L(mid, "NAME"), "last_name": L(c.family, "NAME"),
                         "dob": r.date(-9000), "ssn": L(ssn(r.rng), "SSN"), "email": L(c.email(r.rng), "EMAIL"),
                         "phone": L(phone(r.rng, "us"), "PHONE")},
           "package": r.ch(["childcare_plus", "senior_care_basic", "mvr_addon"]), "requested_by": "svc-trust"}
    r.t(f"{r.iso()} bgcheck.client POST https://screening.example/v2/invitations body=")
    r.json(obj, sep=(",", ":"))


def st_callback(r):
    c = r.person(native=False)
    r.t(f"{r.iso()} bgcheck.callback report=RPT-{r.hexid(10)} status={r.ch(['consider', 'clear', 'suspended'])} candidate_name=\"")
    r.n(c.full()).t("\" ssn_last4=").ssn(last4(r.rng))
    if r.chance(0.6):
        r.t(' alias_found="').n(c.lf().upper()).t('"')
    r.t(f" county_searches={r.rng.randrange(1, 6)}")


def st_msgflag(r):
    a = r.person(native=False)
    b = r.person(native=False)
    r.t(f"{r.iso()} WARN msg_guard flagged message id=m_{r.hexid(12)} from=").n(a.acct(r.rng)).t(" to=").n(b.acct(r.rng))
    r.t(" reason=" + r.ch(["phone_number", "email_address"]) + ' text="Hi ').n(b.g).t(", ")
    if r.chance(0.5):
        r.t("text me at ").p(phone(r.rng))
    else:
        r.t("email me at ").e(a.email(r.rng))
    r.t(" so we can sort out Saturday. Thanks, ").n(a.g).t('"')


def st_repr(r):
    par = r.person(native=False)
    sit = r.person(native=False)
    kids = [relative(r, par) for _ in range(r.rng.randrange(1, 3))]
    r.t(f"{r.ts()} ERROR booking.service: cannot confirm booking\n")
    m = r.mark()
    r.t("Booking(id=" + r.num(6) + ", family=Parent(name=").pystr(par.full(), "NAME").t(", email=").pystr(par.email(r.rng), "EMAIL")
    r.t("), sitter=Sitter(name=").pystr(sit.full(), "NAME").t(", handle=").pystr(sit.acct(r.rng), "NAME").t("), kids=[")
    for i, k in enumerate(kids):
        if i:
            r.t(", ")
        r.pystr(k.given, "NAME")
    r.t("], state='PENDING_PAYMENT')")
    _ = m


def st_charge(r):
    p = r.person(native=False)
    r.t(f"{r.ts()} payments charge ok booking=SB-{r.num(6)} payer=\"").n(p.full()).t("\" card=").cc(card(r.rng))
    r.t(f" amount={r.rng.randrange(40, 300)}.00 currency=USD 3ds=frictionless")


def st_native(r):
    p = r.person(native="force" if r.chance(0.5) else True)
    s = r.person(native=False)
    lang = r.ch(["ja", "fr", "pt"])
    r.t(f"{r.ts()} notify.push ")
    if lang == "ja":
        r.t("lang=ja msg=\"ベビーシッター予約確定: ").n(p.full()).t(" 様、シッターの ").n(s.full()).t(f" さんが{r.hm()}に伺います。\"")
    elif lang == "fr":
        r.t("lang=fr msg=\"Bonjour ").n(p.full()).t(", votre nounou ").n(s.full()).t(f" arrivera à {r.hm()}.\"")
    else:
        r.t("lang=pt msg=\"Olá ").n(p.g).t(", a babá ").n(s.full()).t(f" confirmou para {r.hm()}. Contato: ").p(phone(r.rng, "br")).t('"')


def st_search(r):
    p = r.person()
    r.ip(ip(r.rng)).t(f" - - [{r.clf_ts()}] \"GET /search/sitters?q=")
    enc = r.ch([form, pct_name])
    r.n(p.full(), enc).t(f"&near={r.num(5)}&radius=10 HTTP/2\" 200 {r.num(4)}")


def st_n_bgcheck(r):
    r.t(f"{r.iso()} bgcheck.client batch=nightly invitations_sent={r.rng.randrange(10, 90)} "
        f"reports_clear={r.rng.randrange(5, 40)} vendor_latency_ms={r.rng.randrange(200, 900)} by={r.ch(SVC_ACCOUNTS)}")


def st_n_msgflag(r):
    r.t(f"{r.iso()} WARN msg_guard flagged message id=m_{r.hexid(12)} from=trust-safety-bot to=broadcast reason=template "
        f"text=\"{r.ch(TITLE_UI)}: {r.ch(UI_STRINGS)}\"")


def st_n_repr(r):
    r.t(f"{r.ts()} ERROR booking.service: cannot confirm booking\nBooking(id={r.num(6)}, family=Agency(name='{r.ch(COMPANIES)}'), "
        f"sitter=None, kids=[], state='{r.ch(['EXPIRED', 'PENDING_PAYMENT'])}')")


def st_n_search(r):
    r.t(f"{ipv4_host(r)} - - [{r.clf_ts()}] \"GET /search/sitters?q={form(r.ch(['date night', 'newborn care', 'after school', 'Spanish speaking']))}"
        f"&near={r.num(5)}&radius=10 HTTP/2\" 200 {r.num(4)}")


def ipv4_host(r):
    return f"edge-{r.ch(['lhr', 'iad', 'fra'])}-{r.rng.randrange(1, 9)}.cdn.internal"


# ====================================================================== 4. homecare_evv

def ev_ivr(r):
    cg = r.person(native=False)
    cl = r.person(native=False)
    r.t(f"{r.ts()} IVR {r.ch(['CLOCK_IN', 'CLOCK_OUT'])} ani=").p(phone(r.rng, "us")).t(f" caregiver_id={r.num(5)} caregiver=\"")
    r.n(cg.lf().upper()).t('" client="').n(cl.lf().upper()).t(f"\" svc=T1019 match=landline_on_file dur={r.rng.randrange(20, 90)}s")


def ev_fixed(r):
    r.t(f"EVV EXPORT {r.date(fmt='%Y%m%d')} AGENCY=HC{r.num(4)}\n")
    for _ in range(r.rng.randrange(2, 4)):
        cl = r.person(native=False)
        cg = r.person(native=False)
        cols = [(cl.rf.upper(), 20), (cl.rg.upper(), 14), (cg.rf.upper(), 20), (cg.rg.upper(), 14)]
        r.t(f"V{r.num(8)} ")
        for v, w in cols:
            r.n(v).t(pad(v, w))
        r.t(f"MCD{r.num(8)} T1019 {r.hm()}-{r.hm(240)} GPS\n")
    r.t("END")


def ev_xml(r):
    cl = r.person(native=False)
    cg = r.person(native=False)
    r.t(f"{r.iso()} DEBUG evv.aggregator request body:\n")
    m = r.mark()
    r.t("<VisitSubmission>\n  <Client>\n    <ClientFirstName>").n(xesc(cl.given)).t("</ClientFirstName>\n    <ClientLastName>")
    r.n(xesc(cl.family)).t(f"</ClientLastName>\n    <ClientMedicaidID>{r.num(10)}</ClientMedicaidID>\n  </Client>\n  <Employee>\n")
    r.t("    <EmployeeFirstName>").n(xesc(cg.given)).t("</EmployeeFirstName>\n    <EmployeeLastName>").n(xesc(cg.family))
    r.t("</EmployeeLastName>\n    <EmployeeSSN>").ssn(ssn(r.rng, "plain")).t("</EmployeeSSN>\n  </Employee>\n")
    r.t(f"  <Service code=\"T1019\" start=\"{r.iso(ms=False)}\" end=\"{r.iso(240, ms=False)}\"/>\n</VisitSubmission>")
    r.check_xml(m)


def ev_reassign(r):
    cl = r.person(native=False)
    a = r.person(native=False)
    b = r.person(native=False)
    ap = r.person(native=False)
    arrow = r.ch(["->", "→", "=>"])
    r.t(f"{r.ts()} sched shift reassigned {r.date()} {r.hm()}-{r.hm(240)} client ").n(cl.full()).t(": ")
    r.n(a.acct(r.rng)).t(f" {arrow} ").n(b.acct(r.rng)).t(" (reason: call-out) approved by ").n(r.ch([ap.full(), ap.lf()]))


def ev_gps(r):
    cg = r.person(native=False)
    cl = r.person()
    r.t(f"time={r.iso()} level=warn component=evv-mobile msg=\"clock-in outside geofence\" caregiver=").n(cg.acct(r.rng))
    r.t(' client_name="').n(cl.full()).t(f"\" distance_m={r.rng.randrange(160, 900)} lat=4{r.rng.randrange(0, 9)}.{r.num(4)} "
                                          f"lon=-8{r.rng.randrange(0, 9)}.{r.num(4)} device_ip=").ip(ip(r.rng))
    if r.chance(0.6):
        r.t(' device="').n(_compact(cg.given)).t(r.ch(["s-Galaxy-A54", "s-iPhone", "-Moto-G"]) + '"')


def ev_note(r):
    cl = r.person(native=False)
    d = relative(r, cl, "f")
    lang = r.ch(["es", "pl", "tl", "en"])
    r.t(f"{r.ts()} carenote visit=V{r.num(8)} lang={lang} text=\"")
    if lang == "es":
        r.t("Visita completada. La Sra. ").n(cl.f).t(" tomó sus medicamentos; su hija ").n(d.g).t(" llamó desde el ").p(phone(r.rng, "es"))
    elif lang == "pl":
        r.t("Wizyta zakończona. Pani ").n(cl.f).t(" zjadła obiad; córka ").n(d.full()).t(" prosi o telefon: ").p(phone(r.rng, "pl"))
    elif lang == "tl":
        r.t("Tapos na ang pagbisita kay Lola ").n(cl.g).t(". Tumawag ang anak na si ").n(d.g).t(" sa ").p(phone(r.rng, "ph"))
    else:
        r.t("Visit complete. Mrs ").n(cl.f).t(" was in good spirits; daughter ").n(d.full()).t(" asked for a call back on ").p(phone(r.rng))
    r.t('"')


def ev_mail(r):
    fam = r.person(native=False)
    cl = relative(r, fam, "f")
    r.t(f"{r.ts()} mailer sent\nFrom: \"Care Team\" <").e("care@homecare.example").t(">\nTo: \"").n(fam.full()).t("\" <")
    r.e(fam.email(r.rng)).t(">\nSubject: Visit summary for your mother ").n(cl.full()).t(f"\nX-Visit-Id: V{r.num(8)}")


def ev_n_ivr(r):
    r.t(f"{r.ts()} IVR CALL_REJECTED ani=blocked caregiver_id={r.num(5)} client_id={r.num(6)} reason=no_schedule "
        f"svc=T1019 by=ivr-gateway")


def ev_n_fixed(r):
    r.t(f"EVV EXPORT {r.date(fmt='%Y%m%d')} AGENCY=HC{r.num(4)}\nHDR RECORDS={r.rng.randrange(100, 900):06d} "
        f"SERVICE=T1019 PAYER=MEDICAID STATE=OH\nEND")


def ev_n_xml(r):
    r.t(f"{r.iso()} DEBUG evv.aggregator response body:\n")
    m = r.mark()
    r.t(f"<SubmissionResult>\n  <BatchId>{r.hexid(12)}</BatchId>\n  <Accepted>{r.rng.randrange(10, 90)}</Accepted>\n"
        f"  <Rejected reason=\"MISSING_GPS\">{r.rng.randrange(0, 5)}</Rejected>\n  <Agency>{xesc(r.ch(COMPANIES))}</Agency>\n"
        "</SubmissionResult>")
    r.check_xml(m)


def ev_n_reassign(r):
    r.t(f"{r.ts()} sched open shift broadcast {r.date()} {r.hm()}-{r.hm(240)} pool:{r.ch(['north', 'east', PLACES[0]])} "
        f"-> pool:float by={r.ch(SVC_ACCOUNTS)} status=\"{r.ch(STATUSES)}\"")


def ev_n_note(r):
    r.t(f"{r.ts()} carenote visit=V{r.num(8)} lang=es text=\"{r.ch(['Visita completada sin incidencias.', 'Cliente no estaba en casa.', 'Su cita ha sido reprogramada'])}\"")


# ====================================================================== 5. pers_alarm_monitoring

EVENTS = [("1101", "PERSONAL EMERGENCY"), ("1100", "MEDICAL"), ("1140", "FALL DETECTED"), ("1302", "LOW BATTERY")]


def pa_receiver(r):
    s = r.person(native=False)
    acct = r.num(4)
    code, desc = r.ch(EVENTS)
    r.t(f"{r.ts()} rcv1 line2 \"ADM-CID\"{r.num(4)}L0#{acct}[#{acct}|{code} 01 {r.num(3)}] -> {desc}\n")
    r.t(f"{r.ts()} lookup acct={acct} subscriber=\"").n(r.ch([s.full(), s.lf().upper()])).t('" premise_phone=').p(phone(r.rng))
    r.t(f" zone=pendant priority={r.rng.randrange(1, 4)}")


def pa_operator(r):
    s = r.person(native=False)
    op = r.person(native=False)
    rows = []
    for i in range(r.rng.randrange(2, 4)):
        rows.append((relative(r, s) if i == 0 else r.person(native=False), r.ch(["daughter", "son", "neighbour", "nephew"])))
    alarm = f"ALM-{r.num(5)}"
    opa = op.acct(r.rng)
    for i, (p, rel) in enumerate(rows):
        r.t(f"{r.ts(i)}|{alarm}|op=").n(opa).t(f"|CALL|responder #{i + 1} ").n(p.full()).t(f" ({rel}) ").p(phone(r.rng))
        r.t("|" + r.ch(["NO ANSWER", "VOICEMAIL", "ACCEPTED"]) + "\n")
    r.t(f"{r.ts(5)}|{alarm}|op=").n(opa).t("|CLOSE|subscriber ").n(s.full()).t(" ok")


def pa_calltree(r):
    s = r.person(native="force" if r.chance(0.3) else True)
    resp = [{"order": i + 1, "name": L((relative(r, s) if i == 0 and not s.use_native else r.person(native=False)).full(), "NAME"),
             "relation": r.ch(["daughter", "son", "neighbour", "friend"]), "phone": L(phone(r.rng), "PHONE"),
             "has_key": r.chance(0.5)} for i in range(r.rng.randrange(2, 4))]
    obj = {"account": r.num(6), "subscriber": {"name": L(s.full(), "NAME"), "language": r.ch(["en", "es", "pl", "zh"]),
                                               "device": r.ch(["pendant", "wristband", "mobile"])},
           "responders": resp, "ems_ok": True}
    r.t(f"{r.iso()} calltree.sync ")
    r.json(obj, indent=2 if r.chance(0.6) else None, asc=r.chance(0.3))


def pa_transcript(r):
    s = r.person(native=False)
    op = r.person(native=False)
    title = "Mrs" if s.gender == "f" else "Mr"
    r.t(f"two-way voice transcript alarm=ALM-{r.num(5)} dev=PD-{r.hexid(6)}\n")
    r.t("OPERATOR: Hello ").t(title + " ").n(s.f).t(", this is ").n(op.g).t(" from CareLink Monitoring, are you alright?\n")
    r.t("SUBSCRIBER: I slipped in the kitchen. Can you ring my son ").n(relative(r, s, "m").g).t("?\n")
    r.t("OPERATOR: Of course. I'm calling him now and I'll stay on the line.")


def pa_sms(r):
    s = r.person(native=False)
    lang = r.ch(["en", "es", "de", "it"])
    r.t(f"{r.ts()} sms.out to=").p(phone(r.rng)).t(f" tmpl=monthly_test lang={lang} text=\"")
    r.t({"en": "Hi ", "es": "Hola ", "de": "Hallo ", "it": "Ciao "}[lang]).n(s.g)
    r.t({"en": ", please press your help button today for your monthly test.",
         "es": ", por favor pulse su botón hoy para la prueba mensual.",
         "de": ", bitte drücken Sie heute Ihren Notrufknopf zum Monatstest.",
         "it": ", premi oggi il pulsante per il test mensile."}[lang] + '"')


def pa_stack(r):
    a = r.person(native=False)
    b = r.person(native=False)
    r.t(f"{r.ts()} ERROR [alarm-router] c.m.alarm.SubscriberLookupException: duplicate subscriber for ANI ")
    ph = phone(r.rng, "us")
    r.p(ph).t(": Subscriber{id=" + r.num(6) + ", name='").n(a.full()).t("', phone='").p(ph).t("'}, Subscriber{id=" + r.num(6))
    r.t(", name='").n(b.full()).t("', phone='").p(ph).t("'}\n")
    r.t("\tat com.carelink.alarm.lookup.SubscriberRepo.byAni(SubscriberRepo.java:142)\n")
    r.t("\tat com.carelink.alarm.router.SignalRouter.route(SignalRouter.java:88)\n\tat java.base/java.lang.Thread.run(Thread.java:1583)")


def pa_n_receiver(r):
    acct = r.num(4)
    r.t(f"{r.ts()} rcv1 line2 \"NULL\"{r.num(4)}R0L0#{acct}[] heartbeat ok\n{r.ts()} rcv1 line2 \"ADM-CID\"{r.num(4)}L0#{acct}"
        f"[#{acct}|1602 00 000] -> PERIODIC TEST zone=panel by=alarm-router")


def pa_n_operator(r):
    alarm = f"ALM-{r.num(5)}"
    r.t(f"{r.ts()}|{alarm}|op=autodialer|CALL|responder #1 (none on file)|SKIPPED\n{r.ts(1)}|{alarm}|op=autodialer|CLOSE|"
        f"test signal acknowledged ({r.ch(PRODUCTS)})")


def pa_n_calltree(r):
    obj = {"account": r.num(6), "subscriber": {"name": "(test account)", "language": "en", "device": "pendant"},
           "responders": [], "ems_ok": False, "site": r.ch(PLACES) + " Senior Living", "status": r.ch(STATUSES)}
    r.t(f"{r.iso()} calltree.sync ")
    r.json(obj, indent=2 if r.chance(0.5) else None)


def pa_n_sms(r):
    r.t(f"{r.ts()} sms.out to=masked tmpl=monthly_test lang={r.ch(['en', 'es', 'de'])} status=suppressed reason=quiet_hours "
        f"text=\"{r.ch(TITLE_UI)}\"")


# ====================================================================== 6. tutoring_sessions

SUBJECTS = ["Algebra II", "AP Chemistry", "GCSE English", "SAT Math", "Mandarin HSK3", "Piano Grade 5", "IB Physics HL",
            "Reading Readiness", "Abitur Mathe", "Calculus BC"]


def tu_booking(r):
    tutor = r.person(native=False)
    st = r.person()
    par = relative(r, st) if not st.use_native else r.person(native=False)
    obj = {"session_id": f"ses_{r.hexid(10)}", "subject": r.ch(SUBJECTS),
           "tutor": {"display_name": L(r.ch([tutor.full(), tutor.gi()]), "NAME"), "username": L(tutor.acct(r.rng), "NAME")},
           "student": {"first_name": L(st.g, "NAME"), "grade": r.rng.randrange(3, 13)},
           "guardian_email": L(par.email(r.rng), "EMAIL"), "start": r.iso(ms=False), "minutes": r.ch([45, 60, 90])}
    r.t(f"{r.iso()} [booking] session.scheduled ")
    r.json(obj, sep=(",", ":"), asc=r.chance(0.4))


def tu_join(r):
    st = r.person()
    r.ip(ip(r.rng, 0.3)).t(f" - - [{r.clf_ts()}] \"GET /room/join?room=alg-{r.num(4)}&name=")
    r.n(st.full(), r.ch([pct_name, form])).t(f"&role={r.ch(['student', 'guardian'])}&v=3 HTTP/1.1\" 200 {r.num(4)} \"-\" "
                                            "\"Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X)\"")


def tu_mail(r):
    tutor = r.person(native=False)
    st = r.person(native=False)
    par = relative(r, st)
    title = "Mr." if par.gender == "m" else "Ms."
    r.t(f"{r.ts()} mailer.out\nFrom: ").n(tutor.full()).t(" <").e(tutor.email(r.rng, "tutors.example")).t(">\nTo: \"")
    r.n(par.lf() if r.chance(0.3) else par.full()).t("\" <").e(par.email(r.rng)).t(">\nSubject: Progress report for ").n(st.g)
    r.t("\n\nDear " + title + " ").n(par.f).t(",\n").n(st.g).t(f" worked through two past papers this week in {r.ch(SUBJECTS)}.\nBest,\n")
    r.n(tutor.g)


def tu_repr(r):
    st = r.person(native=False)
    cands = [r.person(native=False) for _ in range(r.rng.randrange(1, 4))]
    r.t(f"{r.ts()} DEBUG matcher: ")
    m = r.mark()
    r.t("MatchResult(student=Student(name=").pystr(st.full(), "NAME").t(f", grade={r.rng.randrange(3, 13)}), candidates=[")
    for i, c in enumerate(cands):
        if i:
            r.t(", ")
        r.t("Tutor(name=").pystr(c.full(), "NAME").t(f", score=0.{r.num(2)})")
    r.t("])")
    _ = m


def tu_native(r):
    st = r.person(native="force" if r.chance(0.6) else True)
    lang = r.ch(["ko", "zh", "ja", "en"])
    par_ph = phone(r.rng, {"ko": "kr", "zh": "cn", "ja": "jp", "en": "us"}[lang])
    r.t(f"{r.ts()} sms.out to=").p(par_ph).t(f" lang={lang} body=\"")
    if lang == "ko":
        r.t("[수학학원] ").n(st.full()).t(f" 학생 {r.hm()} 등원했습니다.")
    elif lang == "zh":
        r.t("【补习班】家长您好，").n(st.full()).t(f" 同学已于 {r.hm()} 到达教室。")
    elif lang == "ja":
        r.t("【個別指導】").n(st.full()).t(f" さんが {r.hm()} に入室しました。")
    else:
        r.t("Tutoring centre: ").n(st.full()).t(f" checked in at {r.hm()}.")
    r.t('"')


def tu_invoice(r):
    r.t(f"{r.ts()} billing.export invoices_{r.date(fmt='%Y%m')}.tsv\n")
    m = r.mark()
    r.t("invoice\tfamily_last\tfamily_first\tstudents\thours\tamount\temail\n")
    for _ in range(r.rng.randrange(2, 4)):
        p = r.person(native=False)
        kids = [relative(r, p) for _ in range(r.rng.randrange(1, 3))]
        r.t(f"INV-{r.num(6)}\t").n(p.f).t("\t").n(p.g).t("\t")
        for i, k in enumerate(kids):
            if i:
                r.t(";")
            r.n(k.given)
        r.t(f"\t{r.rng.randrange(2, 20)}\t{r.rng.randrange(80, 900)}.00\t").e(p.email(r.rng)).t("\n")
    r.check_csv(m, "\t")


def tu_sql(r):
    t = r.person(native=False)
    st = r.person(native=False)
    r.t(f"{r.ts()} sqlalchemy.engine INSERT INTO session_notes (tutor_login, student_name, note) VALUES (?, ?, ?)\n")
    r.t(f"{r.ts()} sqlalchemy.engine [generated in 0.00{r.rng.randrange(1, 9)}s] (").pystr(t.acct(r.rng), "NAME").t(", ")
    r.pystr(st.full(), "NAME").t(", ").pystr(r.ch(["worked on fractions", "essay outline", "past paper 2019"])).t(")")


def tu_n_booking(r):
    obj = {"session_id": f"ses_{r.hexid(10)}", "subject": r.ch(SUBJECTS), "tutor": {"display_name": "Group Workshop",
                                                                                  "username": "recorder-bot"},
           "student": None, "title": r.ch(["Newton's Laws", "Victoria-era Poetry", "Intro to Julia"]), "start": r.iso(ms=False)}
    r.t(f"{r.iso()} [booking] workshop.scheduled ")
    r.json(obj, sep=(",", ":"))


def tu_n_join(r):
    r.t(f"{ipv4_host(r)} - - [{r.clf_ts()}] \"GET /room/join?room=alg-{r.num(4)}&name=Recorder&role=bot&v=3 HTTP/1.1\" 200 {r.num(3)}")


def tu_n_repr(r):
    r.t(f"{r.ts()} DEBUG matcher: MatchResult(student=None, subject='{r.ch(SUBJECTS)}', candidates=[], "
        f"reason='no tutor available in {r.ch(PLACES)}')")


def tu_n_invoice(r):
    r.t(f"{r.ts()} billing.export summary_{r.date(fmt='%Y%m')}.tsv\n")
    m = r.mark()
    r.t("subject\tsessions\thours\trevenue\n")
    for s in r.rng.sample(SUBJECTS, 3):
        r.t(f"{s}\t{r.rng.randrange(10, 99)}\t{r.rng.randrange(10, 200)}\t{r.rng.randrange(800, 9000)}.00\n")
    r.check_csv(m, "\t")


def tu_n_native(r):
    r.t(f"{r.ts()} sms.out to=broadcast lang={r.ch(['ko', 'zh'])} body=\"{r.ch(['[수학학원] 이번 주 토요일은 휴강입니다.', '【补习班】本周六停课。', '예약이 완료되었습니다'])}\"")


FAMILIES = [
    ("cleaning_dispatch", [cl_logfmt, cl_json, cl_photo, cl_lockbox, cl_sql, cl_notice, cl_payout_csv],
     [cl_n_logfmt, cl_n_json, cl_n_photo, cl_n_lockbox, cl_n_sql]),
    ("childcare_attendance", [cc_kiosk, cc_pickup, cc_csv, cc_incident, cc_chat, cc_kita, cc_subsidy],
     [cc_n_kiosk, cc_n_csv, cc_n_incident, cc_n_chat, cc_n_kita]),
    ("sitter_marketplace", [st_bgcheck, st_callback, st_msgflag, st_repr, st_charge, st_native, st_search],
     [st_n_bgcheck, st_n_msgflag, st_n_repr, st_n_search]),
    ("homecare_evv", [ev_ivr, ev_fixed, ev_xml, ev_reassign, ev_gps, ev_note, ev_mail],
     [ev_n_ivr, ev_n_fixed, ev_n_xml, ev_n_reassign, ev_n_note]),
    ("pers_alarm_monitoring", [pa_receiver, pa_operator, pa_calltree, pa_transcript, pa_sms, pa_stack],
     [pa_n_receiver, pa_n_operator, pa_n_calltree, pa_n_sms]),
    ("tutoring_sessions", [tu_booking, tu_join, tu_mail, tu_repr, tu_native, tu_invoice, tu_sql],
     [tu_n_booking, tu_n_join, tu_n_repr, tu_n_invoice, tu_n_native]),
]
