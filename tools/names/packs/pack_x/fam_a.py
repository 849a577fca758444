"""Families 1-6 of pack_x: recruiting intake, sourcing, recruiting chat, interviews, assessments, screening orders."""

from __future__ import annotations

from core import (
    EMP_DOMAINS,
    EMPLOYERS,
    JOB_TITLES,
    PLACES,
    PRODUCTS,
    PY,
    SB,
    SERVICE_ACCTS,
    STATUS,
    SURNAME_COMPANIES,
    TITLE_UI,
    UI_STRINGS,
    Clock,
    J,
    M,
    Obj,
    V,
    alnum,
    cand_id,
    card,
    clf,
    form,
    hexid,
    hms,
    ip,
    ipv4,
    iso,
    last4,
    num,
    pct,
    phone,
    py_plain,
    req_id,
    ssn,
    sysl,
    xesc,
    ymd,
)

UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778 "
       "Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
       "Version/18.1 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) Gecko/20100101 Firefox/133.0",
       "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 Chrome/130.0.6723 Mobile Safari/537.36"]


def _emp(rng):
    k = rng.randrange(len(EMPLOYERS))
    return EMPLOYERS[k], EMP_DOMAINS[k]


def VN(s):
    return V(s, "NAME")


def VE(s):
    return V(s, "EMAIL")


def VP(s):
    return V(s, "PHONE")


def nform(p, rng, forms=("full", "full", "lf", "up", "up_lf", "gi")):
    f = rng.choice(forms)
    if p.native and f in ("up", "up_lf", "gi", "lf"):
        return p.full()
    return {"full": p.full, "lf": p.lf, "up": p.up, "up_lf": p.up_lf, "gi": p.gi, "slash": p.slash}[f]()


# ============================================================================ 1. jobboard_apply_intake
def ja_pretty_json(r):
    rng = r.rng
    p = r.person()
    emp, _dom = _emp(rng)
    ref = r.person() if rng.random() < 0.5 else None
    if rng.random() < 0.45:
        applicant = {"firstName": VN(p.gn()), "lastName": VN(p.fn())}
    else:
        applicant = {"fullName": VN(p.full())}
    applicant["email"] = VE(p.email())
    applicant["phoneNumber"] = VP(phone(rng))
    applicant["resume"] = {"fileName": M(VN(p.gu()), rng.choice(["_Resume.pdf", "_CV.docx", "-cv-2026.pdf"])),
                           "contentType": "application/pdf", "sizeBytes": rng.randint(40000, 900000)}
    qs = [{"question": "Are you legally authorized to work in this country?", "answer": "Yes"}]
    if ref:
        qs.append({"question": "How did you hear about us?",
                   "answer": M(rng.choice(["Referred by ", "Employee referral - ", "My friend "]), VN(ref.full()))})
    obj = {"id": hexid(rng, 24), "appliedOnMillis": rng.randint(1764000000000, 1767000000000),
           "job": {"jobId": req_id(rng), "jobTitle": rng.choice(JOB_TITLES), "jobCompanyName": emp,
                   "jobLocation": rng.choice(PLACES)},
           "applicant": applicant, "questions": {"questions": qs}}
    segs = J(obj, indent=2)
    r.t(f"{iso(rng)} INFO  [apply-webhook-{rng.randint(1, 4)}] payload from partner={rng.choice(['jobboard', 'aggregator', 'campus'])}\n")
    r.t(r.doc("json", segs, py_plain(obj)))


def ja_hropen_xml(r):
    rng = r.rng
    p = r.person()
    x = SB()
    x.t('<Candidate xmlns="http://www.hr-xml.org/3" majorVersionID="3">\n  <DocumentID>', cand_id(rng),
        "</DocumentID>\n  <CandidatePerson>\n    <PersonName>\n      <FormattedName>")
    x.N(xesc(p.full())).t("</FormattedName>\n      <GivenName>").N(xesc(p.gn())).t("</GivenName>\n")
    if p.middle:
        x.t(f"      <MiddleName>{p.middle}</MiddleName>\n")
    x.t("      <FamilyName>").N(xesc(p.fn())).t("</FamilyName>\n    </PersonName>\n")
    x.t("    <Communication>\n      <ChannelCode>Email</ChannelCode>\n      <URI>").E(p.email()).t("</URI>\n")
    x.t("    </Communication>\n    <Communication>\n      <ChannelCode>MobileTelephone</ChannelCode>\n"
        "      <DialNumber>").P(phone(rng)).t("</DialNumber>\n    </Communication>\n  </CandidatePerson>\n")
    x.t("  <CandidateProfile>\n    <EmploymentHistory>\n      <EmployerHistory>\n        <OrganizationName>",
        xesc(rng.choice(SURNAME_COMPANIES + EMPLOYERS)), "</OrganizationName>\n        <PositionHistory><PositionTitle>",
        rng.choice(JOB_TITLES), "</PositionTitle></PositionHistory>\n      </EmployerHistory>\n"
        "    </EmploymentHistory>\n  </CandidateProfile>\n</Candidate>")
    r.t(f"[{sysl(rng)}] feed-import DEBUG parsed HR-Open Candidate ({len(x.text())} bytes):\n")
    r.t(r.doc("xml", x.segs))


def ja_access_query(r):
    rng = r.rng
    p = r.person()
    enc = rng.choice([pct, form])
    r.IP(ip(rng)).t(f" - - [{clf(rng)}] \"POST /careers/apply?req={req_id(rng)}&first_name=")
    r.N(enc(p.gn())).t("&last_name=").N(enc(p.fn())).t("&email=").E(pct(p.email()))
    if rng.random() < 0.5:
        r.t("&phone=").P(pct(phone(rng)))
    r.t(f"&utm_source={rng.choice(['indeed', 'linkedin', 'careers_page', 'glassdoor'])} HTTP/1.1\" 302 0 \"-\" \"")
    r.t(rng.choice(UAS), '"')


def ja_compact_event(r):
    rng = r.rng
    p = r.person()
    rec = r.person(latin=True)
    obj = {"ts": iso(rng), "level": "info", "msg": "application.created", "req": req_id(rng),
           "candidate": VN(p.full()), "candidate_email": VE(p.email()),
           "recruiter": VN(rec.acct()), "source": rng.choice(["referral", "career_site", "agency", "job_board"])}
    if rng.random() < 0.5:
        rf = r.person(latin=True)
        obj["referrer"] = VN(rf.lf())
    if rng.random() < 0.3:
        obj["agency"] = rng.choice(SURNAME_COMPANIES)
    segs = J(obj, compact_=True, ascii_only=rng.random() < 0.3)
    r.t(r.doc("json", segs, py_plain(obj)))


ACK = {
    "fr": ("Bonjour {g}, nous avons bien reçu votre candidature pour le poste de {job}.", "Candidature reçue"),
    "de": ("Hallo {g}, vielen Dank für Ihre Bewerbung als {job}. Wir melden uns in Kürze.", "Bewerbung erhalten"),
    "es": ("Hola {g}, hemos recibido tu solicitud para el puesto de {job}.", "Solicitud recibida"),
    "it": ("Ciao {g}, abbiamo ricevuto la tua candidatura per la posizione {job}.", "Candidatura ricevuta"),
    "pt": ("Olá {g}, recebemos a sua candidatura para a vaga de {job}.", "Candidatura recebida"),
    "en": ("Hi {g}, thanks for applying for the {job} role. We'll be in touch.", "Application received"),
    "nl": ("Beste {g}, bedankt voor je sollicitatie als {job}.", "Sollicitatie ontvangen"),
}


def ja_ack_mail(r):
    rng = r.rng
    p = r.person()
    lang = rng.choice(sorted(ACK))
    body, subj = ACK[lang]
    job = rng.choice(JOB_TITLES)
    pre, post = body.split("{g}")
    r.t(f"{iso(rng)} mailer[{rng.randint(100, 9999)}]: sent template=ack_{lang} to=\"").N(p.full()).t('" <')
    r.E(p.email()).t(f'> subject="{subj}" body="{pre}').N(p.gn()).t(post.format(job=job) + '"')


def ja_dedupe(r):
    rng = r.rng
    p = r.person(latin=True)
    who = r.person(latin=True)
    em = p.email()
    r.t(f"{hms(rng)} WARN  dedupe: applicant ").N(p.full()).t(" (").E(em).t(f") matches candidate #{num(rng, 7)} '")
    r.N(p.up_lf()).t(f"' score=0.{rng.randint(80, 99)} rule={rng.choice(['email+phone', 'name+email', 'fuzzy_name'])}")
    r.t(" -> merged by ").N(who.acct())


def ja_csv(r):
    rng = r.rng
    r.t(f"# export applicants req={req_id(rng)} generated {iso(rng)}\n")
    r.t("req_id,applied_at,first_name,last_name,email,phone,source\n")
    req = req_id(rng)
    for _ in range(rng.randint(2, 4)):
        p = r.person(latin=rng.random() < 0.6)
        r.t(f"{req},{ymd(rng)},").N(p.gn()).t(",").N(p.fn()).t(",").E(p.email()).t(",")
        ph = phone(rng)
        if "," in ph:
            raise AssertionError
        r.P(ph).t(f",{rng.choice(['referral', 'career_site', 'job_board', 'agency'])}\n")
    r.segs[-1] = (r.segs[-1][0].rstrip("\n"), None)


def ja_neg_feed(r):
    rng = r.rng
    emp = rng.choice(SURNAME_COMPANIES + EMPLOYERS)
    x = SB()
    x.t("<source>\n  <publisher>", xesc(emp), "</publisher>\n")
    for _ in range(rng.randint(1, 3)):
        x.t("  <job>\n    <referencenumber>", req_id(rng), "</referencenumber>\n    <title>",
            rng.choice(JOB_TITLES), "</title>\n    <city>", rng.choice(PLACES), "</city>\n    <company>",
            xesc(rng.choice(SURNAME_COMPANIES)), "</company>\n    <jobtype>", rng.choice(["full-time", "part-time",
                                                                                              "seasonal"]),
            "</jobtype>\n  </job>\n")
    x.t("</source>")
    r.t(f"{iso(rng)} feed-export INFO wrote XML feed:\n")
    r.t(r.doc("xml", x.segs))


def ja_neg_access(r):
    rng = r.rng
    r.t(f"[{clf(rng)}] \"GET /careers/jobs/{req_id(rng)}?utm_source={rng.choice(['indeed', 'linkedin'])}"
        f"&utm_campaign={rng.choice(PLACES).lower().replace(' ', '-')}-hiring HTTP/1.1\" 200 {rng.randint(3000, 90000)}"
        f" rt={rng.randint(5, 900)}ms cache={rng.choice(['HIT', 'MISS'])} btn=\"{rng.choice(TITLE_UI)}\"")


def ja_neg_event(r):
    rng = r.rng
    obj = {"ts": iso(rng), "level": "info", "msg": "requisition.closed", "req": req_id(rng),
           "actor": rng.choice(SERVICE_ACCTS), "status": rng.choice(STATUS), "location": rng.choice(PLACES),
           "hiring_company": rng.choice(SURNAME_COMPANIES), "label": rng.choice(UI_STRINGS)}
    r.t(r.doc("json", J(obj, compact_=True), obj))


def ja_neg_csv(r):
    rng = r.rng
    r.t("req_id,title,location,applicants,status,owner\n")
    for _ in range(rng.randint(2, 4)):
        r.t(f"{req_id(rng)},{rng.choice(JOB_TITLES)},{rng.choice(PLACES)},{rng.randint(0, 400)},"
            f"{rng.choice(STATUS)},{rng.choice(SERVICE_ACCTS)}\n")
    r.segs[-1] = (r.segs[-1][0].rstrip("\n"), None)


# ============================================================================ 2. sourcing_outreach
def so_mail_headers(r):
    rng = r.rng
    rec = r.person()
    p = r.person()
    emp, dom = _emp(rng)
    r.t("From: \"").N(rec.full()).t("\" <").E(rec.email(dom)).t(">\nTo: ")
    if rng.random() < 0.5:
        r.t('"').N(p.full()).t('" ')
    r.t("<").E(p.email()).t(">\nSubject: ")
    subj = rng.choice(["Quick question, {g}", "{g}, {job} at {emp}?", "Following up, {g}", "Re: {job} role"])
    a, _, b = subj.partition("{g}")
    job = rng.choice(JOB_TITLES)
    if _:
        r.t(a.format(job=job, emp=emp)).N(p.gn()).t(b.format(job=job, emp=emp))
    else:
        r.t(subj.format(job=job, emp=emp))
    r.t(f"\nDate: Tue, {rng.randint(1, 28)} Dec 2026 {hms(rng)} +0000\nMessage-ID: <{hexid(rng, 16)}@mailer.{dom}>\n")
    r.t(f"X-Sequence: {rng.choice(['swe-backend', 'nurses-q4', 'drivers-peak', 'exec-search'])} step {rng.randint(1, 4)}/4\n\n")
    r.t("Hi ").N(p.gn()).t(f", I came across your profile and think you'd be a great fit for our {job} team.\n-- ")
    r.N(rec.gn())


def so_logfmt(r):
    rng = r.rng
    own = r.person(latin=True)
    p = r.person()
    r.t(f"ts={iso(rng)} level=info svc=outreach seq={rng.choice(['swe-backend-q4', 'rn-nightshift', 'cdl-drivers'])}")
    r.t(f" step={rng.randint(1, 5)} owner=").N(own.acct()).t(' prospect="').N(p.full()).t('" prospect_email=')
    r.E(p.email()).t(f" status={rng.choice(['sent', 'queued', 'opened', 'bounced'])} msg_id={hexid(rng, 12)}")


OOO = {
    "pt": "Estou fora do escritório até {d}. Para assuntos urgentes fale com {n} ({ph}).",
    "es": "Estoy fuera de la oficina hasta el {d}. Para urgencias contacta con {n} al {ph}.",
    "de": "Ich bin bis {d} nicht im Büro. In dringenden Fällen wenden Sie sich an {n} unter {ph}.",
    "fr": "Je suis absent jusqu'au {d}. En cas d'urgence, contactez {n} au {ph}.",
    "it": "Sarò fuori ufficio fino al {d}. Per urgenze contattare {n} al {ph}.",
    "en": "I'm out of office until {d}. For anything urgent please reach {n} on {ph}.",
}


def so_reply_classifier(r):
    rng = r.rng
    p = r.person()
    alt = r.person()
    lang = rng.choice(sorted(OOO))
    t = OOO[lang].replace("{d}", f"{rng.randint(1, 28)}/12")
    a, rest = t.split("{n}")
    b, c = rest.split("{ph}")
    r.t(f"{iso(rng)} reply-classifier prospect=").E(p.email()).t(f" intent=OUT_OF_OFFICE lang={lang} conf=0.9{rng.randint(0, 9)}")
    r.t(' text="' + a).N(alt.full()).t(b).P(phone(rng)).t(c + '"')


def so_cli_table(r):
    rng = r.rng
    r.t(f"$ outreach stats --sequence {rng.choice(['swe-backend-q4', 'warehouse-peak'])} --since 7d\n")
    r.t(f"{'OWNER':<18}{'SENT':>6}{'OPENED':>8}{'REPLIED':>9}  LAST PROSPECT\n")
    for _ in range(rng.randint(2, 4)):
        o = r.person(latin=True)
        p = r.person()
        a = o.acct()
        s = rng.randint(20, 400)
        r.N(a).t(" " * max(1, 18 - len(a)) + f"{s:>6}{rng.randint(0, s):>8}{rng.randint(0, 30):>9}  ")
        r.N(nform(p, rng, ("full", "lf", "up"))).t("\n")
    r.segs[-1] = (r.segs[-1][0].rstrip("\n"), None)


def so_ext_capture(r):
    rng = r.rng
    p = r.person()
    who = r.person(latin=True)
    inner = {"name": VN(p.full()), "headline": f"{rng.choice(JOB_TITLES)} at {rng.choice(SURNAME_COMPANIES)}",
             "location": rng.choice(PLACES), "email": VE(p.email()), "captured_by": VN(who.acct())}
    isegs = J(inner, compact_=True, ascii_only=rng.random() < 0.4)
    r.doc("json", isegs, py_plain(inner), inner=True)
    outer = {"event": "profile.captured", "ext_version": "4.12.0", "payload": M(isegs)}
    osegs = J(outer, compact_=True)
    r.t(f"{iso(rng)} ingest ").t(r.doc("json", osegs))


def so_sql(r):
    rng = r.rng
    p = r.person(latin=True)
    o = r.person(latin=True)

    def q(s):
        return s.replace("'", "''")
    r.t(f"{iso(rng)} [sql] INSERT INTO prospects (first_name, last_name, email, phone, owner, pipeline) VALUES ('")
    r.N(q(p.given)).t("', '").N(q(p.family)).t("', '").E(p.email()).t("', '").P(phone(rng)).t("', '")
    r.N(o.acct()).t(f"', '{rng.choice(['engineering', 'nursing', 'hourly'])}') RETURNING id; -- {rng.randint(1, 40)}ms")


def so_neg_template(r):
    rng = r.rng
    r.t(f"{iso(rng)} INFO template \"{rng.choice(['Intro', 'Follow-up', 'Breakup'])} – {rng.choice(JOB_TITLES)}\" "
        f"saved by {rng.choice(SERVICE_ACCTS)} vars=[first_name, company, role] lang={rng.choice(['en', 'de', 'fr'])}"
        f" preview=\"Hi {{{{first_name}}}}, {rng.choice(EMPLOYERS)} is hiring in {rng.choice(PLACES)}\"")


def so_neg_table(r):
    rng = r.rng
    r.t("$ outreach stats --by team\n")
    r.t(f"{'OWNER':<18}{'SENT':>6}{'OPENED':>8}{'REPLIED':>9}  NOTE\n")
    for _ in range(rng.randint(2, 4)):
        a = rng.choice(["sourcing-bot", "team-emea", "team-apac", "campus-hiring", "agency-import"])
        s = rng.randint(20, 900)
        r.t(f"{a:<18}{s:>6}{rng.randint(0, s):>8}{rng.randint(0, 30):>9}  {rng.choice(UI_STRINGS)}\n")
    r.segs[-1] = (r.segs[-1][0].rstrip("\n"), None)


def so_neg_sql(r):
    rng = r.rng
    r.t(f"{iso(rng)} [sql] INSERT INTO accounts (name, industry, hq_city) VALUES ('"
        f"{rng.choice(SURNAME_COMPANIES).replace(chr(39), chr(39) * 2)}', "
        f"'{rng.choice(['Logistics', 'Retail', 'Healthcare'])}', '{rng.choice(PLACES)}') RETURNING id;")


def so_neg_classifier(r):
    rng = r.rng
    r.t(f"{iso(rng)} reply-classifier prospect=<redacted> intent={rng.choice(['AUTO_REPLY', 'UNSUBSCRIBE', 'BOUNCE'])}"
        f" lang={rng.choice(['pt', 'de', 'ja'])} text=\"{rng.choice(UI_STRINGS)}\" sender_domain="
        f"{rng.choice(EMP_DOMAINS)}")


# ============================================================================ 3. recruiting_chatbot_sms
def cb_transcript(r):
    rng = r.rng
    bot = rng.choice(["Olivia", "Mya", "Ava"])
    emp, _ = _emp(rng)
    p = r.person()
    ph = phone(rng)
    c = Clock(rng)
    r.t(f"conversation {alnum(rng, 8)} channel=sms candidate_phone=").P(ph).t("\n")
    r.t(f"[{c()}] {bot} (bot): Hi! I'm {bot}, the hiring assistant for {emp}. What's your full name?\n")
    r.t(f"[{c()}] candidate: ").N(rng.choice([p.full(), p.full().lower()])).t("\n")
    r.t(f"[{c()}] {bot} (bot): Thanks ").N(p.gn()).t("! What's the best email to reach you?\n")
    r.t(f"[{c()}] candidate: ").E(p.email()).t("\n")
    r.t(f"[{c()}] {bot} (bot): Great. Are you available for {rng.choice(['early', 'late', 'weekend'])} shifts?")


SMS_IN = {
    "es": "Hola, soy {n}, quiero aplicar al puesto de {job}",
    "tl": "Magandang araw po, ako si {n}, mag-aapply po ako bilang {job}",
    "vi": "Xin chào, tôi là {n}, tôi muốn ứng tuyển vị trí {job}",
    "pt": "Olá, sou {n} e gostaria de me candidatar à vaga de {job}",
    "en": "hi this is {n}, saw the {job} sign in the store",
    "fr": "Bonjour, je m'appelle {n} et je postule pour le poste de {job}",
}


def cb_sms_webhook(r):
    rng = r.rng
    p = r.person()
    lang = rng.choice(sorted(SMS_IN))
    a, b = SMS_IN[lang].split("{n}")
    job = rng.choice(JOB_TITLES)
    nm = p.full().lower() if lang == "en" and not p.native else p.full()
    obj = {"from": VP(phone(rng)), "to": f"short:{rng.randint(30000, 99999)}", "body": M(a, VN(nm), b.format(job=job)),
           "received_at": iso(rng), "lang_guess": lang}
    segs = J(obj, indent=rng.choice([None, 2]), ascii_only=rng.random() < 0.35)
    r.t(f"{iso(rng)} sms-gw inbound ").t(r.doc("json", segs, py_plain(obj)))


def cb_slot(r):
    rng = r.rng
    p = r.person()
    iv = r.person(latin=True)
    r.t(f"ts={iso(rng)} bot={rng.choice(['mya', 'olivia'])} conv=c_{hexid(rng, 6)} event=slot_booked candidate=\"")
    r.N(p.full()).t('" phone=').P(phone(rng)).t(f' slot="{ymd(rng)}T{rng.randint(8, 17)}:{rng.choice(["00", "30"])}"')
    r.t(" interviewer=").N(iv.acct()).t(f' location="Store {rng.randint(100, 2999)} - {rng.choice(PLACES)}"')


def cb_optout(r):
    rng = r.rng
    p = r.person(latin=True)
    r.t(f"{sysl(rng)} chatbot-worker[{rng.randint(100, 9999)}]: STOP received from ").P(phone(rng)).t(" (candidate ")
    r.N(p.lf()).t(f") - unsubscribed from campaign {rng.choice(['hourly-hiring-q4', 'seasonal-2026', 'rehire'])}")


def cb_handoff(r):
    rng = r.rng
    p = r.person()
    rec = r.person(latin=True)
    r.t(f"{iso(rng)} escalation conv=c_{hexid(rng, 6)} from=bot to=recruiter ").N(rec.full()).t(" (")
    r.N(rec.acct()).t(') reason="candidate ').N(p.gn()).t(" asked for a callback at ").P(phone(rng)).t('"')


def cb_csv(r):
    rng = r.rng
    r.t("conversation_id\tcandidate_name\tq_18_plus\tq_shift\tphone\tstatus\n")
    for _ in range(rng.randint(2, 4)):
        p = r.person()
        r.t(f"c_{hexid(rng, 6)}\t").N(nform(p, rng, ("full", "up", "lf"))).t(
            f"\t{rng.choice(['Y', 'N'])}\t{rng.choice(['AM', 'PM', 'ANY'])}\t").P(phone(rng)).t(
            f"\t{rng.choice(['screened', 'scheduled', 'no_show'])}\n")
    r.segs[-1] = (r.segs[-1][0].rstrip("\n"), None)


def cb_neg_faq(r):
    rng = r.rng
    bot = rng.choice(PRODUCTS[:3])
    r.t(f"ts={iso(rng)} bot={bot.lower()} intent={rng.choice(['pay_schedule', 'dress_code', 'parking'])} "
        f"conf=0.{rng.randint(70, 99)} reply=\"{rng.choice(['Paydays are every other Friday.', 'Closed-toe shoes are required.', 'Staff parking is behind building B.'])}\" "
        f"location={rng.choice(PLACES)}")


def cb_neg_transcript(r):
    rng = r.rng
    bot = rng.choice(["Olivia", "Mya", "Ava"])
    c = Clock(rng)
    place = rng.choice(PLACES)
    r.t(f"conversation {alnum(rng, 8)} channel=web visitor=anonymous\n")
    r.t(f"[{c()}] {bot} (bot): Hi! I'm {bot}. How can I help?\n")
    r.t(f"[{c()}] visitor: what are the hours for the {place} store\n")
    r.t(f"[{c()}] {bot} (bot): The {place} location is open 7am to 10pm.\n")
    r.t(f"[{c()}] visitor: ok thanks")


def cb_neg_stats(r):
    rng = r.rng
    obj = {"campaign": rng.choice(["hourly-hiring-q4", "seasonal-2026"]), "sent": rng.randint(100, 9000),
           "replies": rng.randint(0, 900), "opt_outs": rng.randint(0, 80), "bot": rng.choice(PRODUCTS[:3]),
           "top_location": rng.choice(PLACES), "status": rng.choice(STATUS)}
    r.t(f"{iso(rng)} campaign-report ").t(r.doc("json", J(obj), obj))


def cb_neg_config(r):
    rng = r.rng
    obj = {"persona": rng.choice(["Olivia", "Mya", "Ava"]), "greeting": rng.choice(UI_STRINGS),
           "escalate_to": rng.choice(SERVICE_ACCTS), "languages": ["en", "es", "tl", "vi"],
           "employer": rng.choice(EMPLOYERS)}
    r.t(f"{iso(rng)} config reload ok: ").t(r.doc("py", PY(obj), obj))


# ============================================================================ 4. interview_loops_scorecards
def il_plan_table(r):
    rng = r.rng
    p = r.person()
    co = r.person(latin=True)
    r.t("Interview plan  candidate: ").N(p.full()).t(f" ({cand_id(rng)})  req {req_id(rng)}\n")
    r.t("Coordinator: ").N(rng.choice([co.lf(), co.gi(), co.full()])).t("\n")
    r.t(f"{'TIME':<7}{'INTERVIEWER':<22}{'FOCUS':<20}ROOM\n")
    h = rng.randint(9, 13)
    for i in range(rng.randint(2, 4)):
        iv = r.person(latin=True)
        a = iv.acct()
        r.t(f"{h + i:02d}:00  ").N(a).t(" " * max(1, 22 - len(a)) + f"{rng.choice(['System design', 'Coding', 'Behavioral', 'Hiring manager', 'Culture add']):<20}"
                                        f"{rng.choice(['Zoom', 'Teams', 'Room 4F-08', 'Room 2B-11'])}\n")
    r.segs[-1] = (r.segs[-1][0].rstrip("\n"), None)


def il_scorecard_json(r):
    rng = r.rng
    p = r.person()
    iv = r.person(latin=True)
    _, dom = _emp(rng)
    notes = [rng.choice(["Strong on fundamentals. ", "Communicated trade-offs clearly. ", "Struggled with the last part. "]),
             VN(p.gn()), rng.choice([" mentioned working with ", " was previously managed by "])]
    ref = r.person()
    notes += [VN(ref.full()), "."]
    obj = {"scorecard": {"id": hexid(rng, 10), "candidate": {"id": cand_id(rng), "name": VN(p.full())},
                         "interviewer": {"login": VN(iv.acct()), "email": VE(iv.email(dom))},
                         "overall": rng.choice(["strong_yes", "yes", "no", "strong_no"]), "notes": M(*notes),
                         "submitted_at": iso(rng)}}
    segs = J(obj, indent=2, ascii_only=rng.random() < 0.3)
    r.t(f"{iso(rng)} DEBUG scorecards.submit body=\n").t(r.doc("json", segs, py_plain(obj)))


def il_debrief_chat(r):
    rng = r.rng
    p = r.person()
    a = r.person(latin=True)
    b = r.person(latin=True)
    aa, ba = a.acct(), b.acct()
    c = Clock(rng)
    r.t(f"#debrief-{req_id(rng).lower()}\n[{c()}] ").N(aa).t(": leaning yes on ").N(p.gn()).t(", design round was solid\n")
    r.t(f"[{c()}] ").N(ba).t(": agree with @").N(aa).t(", ").N(p.gn()).t("'s answers on on-call were the best this week\n")
    r.t(f"[{c()}] ").N(aa).t(": ok, moving ").N(p.full()).t(" to offer review")


def il_getschedule(r):
    rng = r.rng
    iv = r.person(latin=True)
    _, dom = _emp(rng)
    em = iv.email(dom)
    r.IP(ip(rng)).t(f" - scheduler [{clf(rng)}] \"POST /v1.0/users/").E(pct(em)).t(
        f"/calendar/getSchedule HTTP/1.1\" 200 {rng.randint(400, 4000)} \"-\" \"interview-scheduler/2.3\" rt={rng.randint(20, 900)}ms")


def il_java_trace(r):
    rng = r.rng
    iv = r.person(latin=True)
    p = r.person()
    _, dom = _emp(rng)
    r.t(f"{iso(rng)} ERROR [reminder-pool-{rng.randint(1, 8)}] c.a.ats.ScorecardReminderJob - reminder failed\n")
    r.t("com.example.ats.ScorecardValidationException: overdue scorecard for Interviewer{login='").N(iv.acct())
    r.t("', name='").N(iv.full()).t("', email='").E(iv.email(dom)).t(f"'}} on Candidate{{id={num(rng, 7)}, name='")
    r.N(p.full()).t("'}\n\tat com.example.ats.ScorecardService.validate(ScorecardService.java:214)\n"
                    "\tat com.example.ats.ScorecardReminderJob.run(ScorecardReminderJob.java:88)\n"
                    "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)")


REMIND = {
    "ja": "{n} さんの面接評価が未提出です。本日中に提出してください。",
    "de": "Bitte reichen Sie Ihre Bewertung für {n} bis morgen ein.",
    "fr": "Merci de soumettre votre évaluation pour {n} avant demain.",
    "es": "Por favor envía tu evaluación de {n} antes de mañana.",
    "ko": "{n} 님의 면접 평가를 제출해 주세요.",
    "zh": "请尽快提交 {n} 的面试评估。",
}


def il_reminder(r):
    rng = r.rng
    iv = r.person(latin=True)
    lang = rng.choice(sorted(REMIND))
    trad = {"ja": "ja_jp", "ko": "ko_kr", "zh": "zh_cn"}.get(lang)
    p = r.person(native_p=0.6, native_trad=trad) if trad else r.person()
    a, b = REMIND[lang].split("{n}")
    r.t(f"{iso(rng)} notify channel={rng.choice(['email', 'slack', 'teams'])} to=").N(iv.acct()).t(f" lang={lang} text=\"{a}")
    r.N(p.full()).t(b + '"')


def il_neg_plan(r):
    rng = r.rng
    r.t(f"Interview kit \"{rng.choice(EMPLOYERS)} Onsite Loop v{rng.randint(2, 6)}\"  owner: {rng.choice(SERVICE_ACCTS)}\n")
    r.t(f"{'STEP':<7}{'PANEL':<22}{'FOCUS':<20}ROOM\n")
    for i in range(rng.randint(2, 4)):
        r.t(f"{i + 1:<7}{rng.choice(['pool:backend', 'pool:managers', 'pool:nursing', 'unassigned']):<22}"
            f"{rng.choice(['System design', 'Coding', 'Behavioral']):<20}{rng.choice(['Zoom', 'Room 4F-08'])}\n")
    r.segs[-1] = (r.segs[-1][0].rstrip("\n"), None)


def il_neg_scorecard(r):
    rng = r.rng
    obj = {"scorecard": {"id": hexid(rng, 10), "candidate": {"id": "C-0000000", "name": "Test Candidate"},
                         "interviewer": {"login": rng.choice(SERVICE_ACCTS)}, "overall": "no_decision",
                         "notes": rng.choice(UI_STRINGS), "template": rng.choice(PRODUCTS)}}
    r.t(f"{iso(rng)} DEBUG scorecards.submit (sandbox) body=\n").t(r.doc("json", J(obj, indent=2), obj))


def il_neg_getschedule(r):
    rng = r.rng
    r.t(f"scheduler [{clf(rng)}] \"POST /v1.0/places/room-{rng.randint(1, 9)}f-{rng.randint(1, 30):02d}"
        f"/calendar/getSchedule HTTP/1.1\" 200 {rng.randint(400, 4000)} building=\"{rng.choice(PLACES)} HQ\"")


def il_neg_trace(r):
    rng = r.rng
    r.t(f"{iso(rng)} ERROR [reminder-pool-{rng.randint(1, 8)}] c.a.ats.ScorecardReminderJob - reminder failed\n"
        f"com.example.ats.TemplateNotFoundException: kit '{rng.choice(PRODUCTS)}' missing for locale "
        f"{rng.choice(['de_DE', 'fr_FR', 'ja_JP'])}\n\tat com.example.ats.KitService.load(KitService.java:77)")


# ============================================================================ 5. video_interview_assessment
def va_session_logfmt(r):
    rng = r.rng
    p = r.person()
    r.t(f"ts={iso(rng)} level=info svc=assess-gw session=vs_{hexid(rng, 8)} event=session.start candidate=\"")
    r.N(p.full()).t('" email=').E(p.email()).t(" ip=").IP(ip(rng, 0.3))
    if rng.random() < 0.5:
        r.t(' device="').N(p.gn()).t(rng.choice(["'s iPhone", "'s MacBook Air", "'s Galaxy A54"]) + '"')
    r.t(f' ua="{rng.choice(UAS)}"')


def va_upload(r):
    rng = r.rng
    p = r.person(latin=True)
    r.IP(ip(rng)).t(f" - - [{clf(rng)}] \"PUT /uploads/vi/{req_id(rng)}/").N(p.us()).t(
        f"_q{rng.randint(1, 6)}.webm HTTP/2.0\" 201 {rng.randint(10 ** 6, 9 * 10 ** 7)} \"-\" \"{rng.choice(UAS)}\"")


def va_invite_link(r):
    rng = r.rng
    p = r.person()
    sep = rng.choice(["+", "%20"])
    nm = sep.join(pct(w) for w in p.full().split(" ")) if " " in p.full() else pct(p.full())
    r.t(f"{iso(rng)} INFO invites: sent link https://assess.example/start?c={alnum(rng, 6)}&name=").N(nm)
    r.t("&email=").E(pct(p.email())).t(f"&lang={rng.choice(['es', 'en', 'pt', 'fr'])} via {rng.choice(['sms', 'email'])}")


def va_repr(r):
    rng = r.rng
    p = r.person()
    obj = Obj("AssessmentSession", [("id", f"as_{hexid(rng, 8)}"),
                                    ("candidate", Obj("Candidate", [("first_name", VN(p.gn())),
                                                                    ("last_name", VN(p.fn())),
                                                                    ("email", VE(p.email()))])),
                                    ("proctor_flags", rng.sample(["tab_switch", "no_face", "second_face", "audio"], 2)),
                                    ("ip", V(ipv4(rng), "IP_ADDRESS"))])
    r.t("Traceback (most recent call last):\n  File \"/srv/assess/grading.py\", line 141, in finalize\n"
        "    raise StateError(f\"cannot finalize {session!r}\")\nassess.errors.StateError: cannot finalize ")
    r.t(r.doc("pyexpr", PY(obj)))


def va_proctor(r):
    rng = r.rng
    p = r.person()
    rv = r.person(latin=True)
    r.t(f"[{sysl(rng)}] proctor WARN {rng.choice(['second face detected', 'candidate left frame', 'voice detected'])}"
        f" session=vs_{hexid(rng, 8)} candidate=").N(p.full()).t(" reviewer=").N(rv.acct())
    if rng.random() < 0.5:
        r.t(" note=\"").N(p.gn()).t(" said the voice was a roommate\"")


def va_completion_json(r):
    rng = r.rng
    p = r.person()
    obj = {"type": "assessment.completed", "data": {"candidate": {"name": VN(p.full()), "email": VE(p.email())},
                                                    "assessment": rng.choice(["Numerical v3", "Situational Judgement",
                                                                              "Typing 40wpm"]),
                                                    "duration_s": rng.randint(300, 3600), "client_ip": V(ip(rng), "IP_ADDRESS")}}
    segs = J(obj, compact_=True, ascii_only=True)
    r.t(f"{iso(rng)} webhook-out POST https://ats.example/hooks/assess 200 ").t(r.doc("json", segs, py_plain(obj)))


def va_neg_practice(r):
    rng = r.rng
    r.t(f"ts={iso(rng)} level=info svc=assess-gw session=vs_{hexid(rng, 8)} event=session.start candidate="
        f"\"Practice Mode\" mode=demo ua=\"{rng.choice(UAS)}\"")


def va_neg_bank(r):
    rng = r.rng
    r.t(f"{iso(rng)} question-bank: {rng.choice(SERVICE_ACCTS)} published set \"{rng.choice(PRODUCTS)} "
        f"{rng.choice(['Numerical', 'Verbal', 'Logic'])} v{rng.randint(2, 9)}\" items={rng.randint(10, 80)} "
        f"locales=en,de,fr,ja title=\"{rng.choice(UI_STRINGS)}\"")


def va_neg_device(r):
    rng = r.rng
    r.t(f"[{sysl(rng)}] device-check session=vs_{hexid(rng, 8)} camera=ok mic={rng.choice(['ok', 'muted'])} "
        f"bandwidth={rng.randint(1, 90)}Mbps browser=\"Chrome 131\" result={rng.choice(STATUS)}")


def va_neg_repr(r):
    rng = r.rng
    obj = Obj("AssessmentSession", [("id", f"as_{hexid(rng, 8)}"),
                                    ("candidate", Obj("Candidate", [("first_name", "Demo"), ("last_name", "Candidate"),
                                                                    ("email", None)])),
                                    ("proctor_flags", [])])
    r.t("assess.errors.StateError: cannot finalize ").t(r.doc("pyexpr", PY(obj)))


# ============================================================================ 6. screening_order_placement
def so_bg_xml(r):
    rng = r.rng
    p = r.person(latin=True)
    x = SB()
    x.t('<BackgroundCheck userId="', rng.choice(SERVICE_ACCTS[:6]), '" account="', alnum(rng, 6), '">\n')
    x.t('  <BackgroundSearchPackage type="', rng.choice(["STD-EMP", "DRV-MVR", "CRIM-7YR", "EXEC"]), '">\n')
    x.t("    <ReferenceId><IdValue>", f"BG-{alnum(rng, 7)}", "</IdValue></ReferenceId>\n    <PersonalData>\n")
    x.t("      <PersonName>\n        <GivenName>").N(xesc(p.given)).t("</GivenName>\n")
    if p.middle:
        x.t(f"        <MiddleName>{p.middle}</MiddleName>\n")
    x.t("        <FamilyName>").N(xesc(p.family)).t("</FamilyName>\n      </PersonName>\n")
    x.t('      <DemographicDetail>\n        <GovernmentId countryCode="US" issuingAuthority="SSN">')
    x.S(ssn(rng, rng.choice(["bare", "dash"]))).t("</GovernmentId>\n")
    x.t(f"        <DateOfBirth>19{rng.randint(60, 99)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}</DateOfBirth>\n"
        "      </DemographicDetail>\n      <ContactMethod>\n        <InternetEmailAddress>")
    x.E(p.email()).t("</InternetEmailAddress>\n        <Telephone><FormattedNumber>").P(phone(rng, "US"))
    x.t("</FormattedNumber></Telephone>\n      </ContactMethod>\n    </PersonalData>\n  </BackgroundSearchPackage>\n"
        "</BackgroundCheck>")
    r.t(f"{iso(rng)} screening-adapter DEBUG POST /orders (vendor={rng.choice(['vendor-a', 'vendor-b'])}):\n")
    r.t(r.doc("xml", x.segs))


def so_consent(r):
    rng = r.rng
    p = r.person()
    r.t(f"ts={iso(rng)} event=consent.signed order=BG-{alnum(rng, 7)} typed_name=\"").N(p.full()).t('" ip=')
    r.IP(ip(rng, 0.3)).t(f" fcra_disclosure=v2026.{rng.randint(1, 4)} state_notice={rng.choice(['CA', 'NY', 'none'])}"
                        f" ua=\"{rng.choice(UAS)[:40]}\"")


def so_order_api(r):
    rng = r.rng
    p = r.person(latin=True)
    req = r.person(latin=True)
    _, dom = _emp(rng)
    cand = {"first_name": VN(p.given), "last_name": VN(p.family), "email": VE(p.email())}
    if rng.random() < 0.6:
        cand["ssn_last4"] = V(last4(rng), "SSN")
    else:
        cand["ssn"] = V(ssn(rng), "SSN")
    obj = {"package": rng.choice(["PRO-CRIM-7YR", "BASIC+MVR", "HEALTHCARE-STD"]), "candidate": cand,
           "work_location": {"city": rng.choice(PLACES), "state": rng.choice(["TX", "WA", "GA", "WI"])},
           "requested_by": VN(req.acct()), "copy_report_to": VE(req.email(dom))}
    segs = J(obj, compact_=True)
    r.t(f"{iso(rng)} INFO  order-api request ").t(r.doc("json", segs, py_plain(obj)))


def so_invite_smtp(r):
    rng = r.rng
    p = r.person()
    qid = alnum(rng, 10)
    r.t(f"{sysl(rng)} bg-portal app[{rng.randint(100, 9999)}]: invite queued for ").N(p.full()).t(f" order=BG-{alnum(rng, 7)} qid={qid}\n")
    r.t(f"{sysl(rng)} mx1 postfix/smtp[{rng.randint(1000, 99999)}]: {qid}: to=<").E(p.email())
    r.t(">, relay=mx.example.net[").IP(ipv4(rng)).t(f"]:25, delay={rng.randint(1, 9)}.{rng.randint(0, 9)}, "
                                                    "dsn=2.0.0, status=sent (250 2.0.0 OK)")


def so_soap_fault(r):
    rng = r.rng
    p = r.person(latin=True)
    r.t(f"{iso(rng)} ERROR o.s.ws.client - SOAP fault from vendor\n")
    r.t("javax.xml.ws.soap.SOAPFaultException: Invalid identifier for subject\n"
        "\tat com.sun.xml.ws.fault.SOAP11Fault.getProtocolException(SOAP11Fault.java:178)\n"
        "\tat com.example.screening.VendorClient.placeOrder(VendorClient.java:96)\n"
        "Caused by: com.example.screening.ValidationException: Subject{givenName='")
    r.N(p.given).t("', familyName='").N(p.family).t("', ssn='").S(ssn(rng)).t("', email='").E(p.email())
    r.t("'}\n\t... 14 more")


BG_NOTE = {
    "es": ("Orden {o} creada para {n} (SSN terminado en {s}) por {a}", ),
    "pt": ("Pedido {o} criado para {n} (SSN final {s}) por {a}", ),
    "en": ("Order {o} created for {n} (SSN ending in {s}) by {a}", ),
    "fr": ("Commande {o} créée pour {n} (SSN se terminant par {s}) par {a}", ),
}


def so_note(r):
    rng = r.rng
    p = r.person()
    a = r.person(latin=True)
    lang = rng.choice(sorted(BG_NOTE))
    t = BG_NOTE[lang][0].replace("{o}", f"BG-{alnum(rng, 7)}")
    x, rest = t.split("{n}")
    y, rest = rest.split("{s}")
    z, w = rest.split("{a}")
    r.t(f"{iso(rng)} nota: " if lang != "en" else f"{iso(rng)} note: ").t(x).N(p.full()).t(y).S(last4(rng)).t(z)
    r.N(a.acct()).t(w)


def so_approval(r):
    rng = r.rng
    p = r.person()
    req = r.person(latin=True)
    ap = r.person(latin=True)
    r.t(f"{iso(rng)} WARN order BG-{alnum(rng, 7)} awaiting approval: requested_by=\"").N(req.lf()).t('" approver=')
    r.N(ap.acct()).t(' candidate="').N(p.full()).t(f'" package={rng.choice(["EXEC", "FIN-CREDIT"])} reason=over_budget')


def so_fee_payment(r):
    rng = r.rng
    p = r.person()
    r.t(f"{iso(rng)} DEBUG candidate-pay: order=BG-{alnum(rng, 7)} payer=\"").N(p.full()).t(f"\" amount=USD {rng.choice(['29.95', '34.00', '49.50'])}")
    r.t(" card=").C(card(rng)).t(f" exp={rng.randint(1, 12):02d}/{rng.randint(27, 31)} result={rng.choice(['approved', 'declined'])}")
    if rng.random() < 0.5:
        r.t(" receipt_to=").E(p.email())


def so_neg_catalog(r):
    rng = r.rng
    r.t(f"{iso(rng)} INFO package-sync vendor={rng.choice(['vendor-a', 'vendor-b'])} updated "
        f"{rng.randint(3, 40)} packages: " + ", ".join(rng.sample(["PRO-CRIM-7YR", "BASIC+MVR", "HEALTHCARE-STD",
                                                                  "EXEC", "DRV-MVR", "INTL-EDU"], 3))
        + f" by {rng.choice(SERVICE_ACCTS)}")


def so_neg_poll(r):
    rng = r.rng
    obj = {"order_id": f"BG-{alnum(rng, 7)}", "status": rng.choice(["pending", "in_progress", "awaiting_consent"]),
           "eta_days": rng.randint(1, 9), "component": rng.choice(["county_search", "mvr", "education"]),
           "county": rng.choice(["Madison County", "Jackson County", "Travis County", "Victoria County"])}
    r.t(f"{iso(rng)} poll ").t(r.doc("json", J(obj, compact_=True), obj))


def so_neg_client(r):
    rng = r.rng
    x = SB()
    x.t("<ClientAccount>\n  <Name>", xesc(rng.choice(SURNAME_COMPANIES)), "</Name>\n  <BillingCode>",
        alnum(rng, 6), "</BillingCode>\n  <DefaultPackage>", rng.choice(["STD-EMP", "DRV-MVR"]),
        "</DefaultPackage>\n  <City>", rng.choice(PLACES), "</City>\n</ClientAccount>")
    r.t(f"{iso(rng)} screening-adapter DEBUG client setup by {rng.choice(SERVICE_ACCTS)}:\n").t(r.doc("xml", x.segs))


def so_neg_fault(r):
    rng = r.rng
    r.t(f"{iso(rng)} ERROR o.s.ws.client - SOAP fault from vendor\n"
        "javax.xml.ws.soap.SOAPFaultException: Package not enabled for account\n"
        "\tat com.example.screening.VendorClient.placeOrder(VendorClient.java:96)\n"
        f"Caused by: com.example.screening.ConfigException: Package{{code='{rng.choice(['EXEC', 'INTL-EDU'])}', "
        f"owner='{rng.choice(SERVICE_ACCTS)}'}}")


FAMILIES = [
    ("jobboard_apply_intake",
     [ja_pretty_json, ja_hropen_xml, ja_access_query, ja_compact_event, ja_ack_mail, ja_dedupe, ja_csv],
     [ja_neg_feed, ja_neg_access, ja_neg_event, ja_neg_csv]),
    ("sourcing_outreach",
     [so_mail_headers, so_logfmt, so_reply_classifier, so_cli_table, so_ext_capture, so_sql],
     [so_neg_template, so_neg_table, so_neg_sql, so_neg_classifier]),
    ("recruiting_chatbot_sms",
     [cb_transcript, cb_sms_webhook, cb_slot, cb_optout, cb_handoff, cb_csv],
     [cb_neg_faq, cb_neg_transcript, cb_neg_stats, cb_neg_config]),
    ("interview_loops_scorecards",
     [il_plan_table, il_scorecard_json, il_debrief_chat, il_getschedule, il_java_trace, il_reminder],
     [il_neg_plan, il_neg_scorecard, il_neg_getschedule, il_neg_trace]),
    ("video_interview_assessment",
     [va_session_logfmt, va_upload, va_invite_link, va_repr, va_proctor, va_completion_json],
     [va_neg_practice, va_neg_bank, va_neg_device, va_neg_repr]),
    ("screening_order_placement",
     [so_bg_xml, so_consent, so_order_api, so_invite_smtp, so_soap_fault, so_note, so_approval, so_fee_payment],
     [so_neg_catalog, so_neg_poll, so_neg_client, so_neg_fault]),
]


