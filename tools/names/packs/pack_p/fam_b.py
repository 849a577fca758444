"""pack_p families 7-12: face-to-face fundraising sign-ups, legacies and bequests, food-bank intake, child
sponsorship correspondence, matching gifts and workplace giving, data-protection requests of supporters."""

from __future__ import annotations

from core import (
    COMPANIES,
    HOSTS,
    IP,
    ORG_DOMAINS,
    PRODUCTS,
    STATUSES,
    UI_STRINGS,
    VERSIONS,
    C,
    E,
    F,
    J,
    N,
    P,
    S,
    X,
    csv_ok,
    csv_row,
    enc,
    form,
    join,
    pct,
    pq,
    pyrepr_ok,
    seg,
    sqlq,
    table,
    xbytes,
    xesc,
    xml_ok,
)

_SITES_F2F = ["Westfield Stratford", "Buchanan St", "Queen St Mall", "Alexanderplatz", "Grafton St", "Union Square"]


# ---------------------------------------------------------------- 7. f2f_signup_sync
def f2f_sync_json(c):
    fr = c.person(native=False)
    s = c.person()
    dev = seg(N(c.acct(fr, style="flast", digits=False).upper()), f"-TAB{c.ri(1, 9)}") if c.chance(0.3) else (
        f"TAB-{c.ri(100, 999)}")
    doc = J({"batch": c.hexid(8), "device": dev, "fundraiser_badge": f"F2F-{c.ri(1000, 9999)}",
             "fundraiser": N(f"{fr.given} {fr.family.split()[-1][0].upper()}."),
             "supporter": {"title": c.choice(["Ms", "Mr", "Mx", "Dr", "Mrs"]), "first": N(s.given), "last": N(s.family),
                           "mobile": P(c.phone(c.choice(["uk", "ie", "au", "nz", "de"]))), "email": E(c.email(s)),
                           "postcode": c.choice(["E15 1XQ", "G1 3SQ", "4000", "D02 X285", "10178"])},
             "gift": {"amount": c.choice([8, 10, 12, 15, 20]), "frequency": "monthly", "method": "direct_debit"},
             "consents": {"sms": c.chance(0.5), "email": c.chance(0.6), "phone": c.chance(0.4)}},
            compact=True, ensure_ascii=c.chance(0.3))
    return F("{ts} f2f-ingest[{pid}]: POST /v2/signups 201 {doc}", ts=c.syslog_ts(), pid=c.ri(200, 30000), doc=doc)


def f2f_welcome_call(c):
    s = c.person()
    caller = c.person(native=False)
    return F("welcome_call queue={q} supporter=\"{nm}\" phone={ph} attempt={a} outcome={o} caller={cl} dur={d}s",
             q=c.choice(["wc-uk", "wc-ie", "wc-au"]), nm=c.nm(s, c.choice(["lf", "full", "lf_upper"])),
             ph=P(c.phone(c.choice(["uk", "ie", "au"]))), a=c.ri(1, 3),
             o=c.choice(["verified", "no_answer", "cancel_requested", "voicemail"]), cl=N(c.acct(caller)),
             d=c.ri(5, 600))


def f2f_qa_flag(c):
    fr = c.person()
    qa = c.person(native=False)
    return F("{ts} QA flag raised by {qa}: fundraiser {fr} (badge F2F-{b}) at {site}: {why}", ts=c.ts(),
             qa=N(c.acct(qa)), fr=c.nm(fr, c.choice(["full", "initial", "upper"])), b=c.ri(1000, 9999),
             site=c.choice(_SITES_F2F), why=c.choice(["supporter aged under 18", "no Gift Aid explanation",
                                                       "pressured on amount", "tablet left unlocked"]))


def f2f_android_trace(c):
    s = c.person()
    em = c.email(s)
    return F("E/SignupSync( {pid}): SignupSubmitException: server rejected record {id}\n"
             "E/SignupSync( {pid}): \tat org.hopetrust.f2f.sync.Uploader.push(Uploader.kt:{ln})\n"
             "E/SignupSync( {pid}): \tat org.hopetrust.f2f.sync.Worker.doWork(Worker.kt:57)\n"
             "E/SignupSync( {pid}): Caused by: java.lang.IllegalStateException: duplicate of Supporter{{firstName='{g}', "
             "lastName='{f}', email='{em}', mobile='{ph}'}}", pid=c.ri(1000, 32000), id=c.uuid(), ln=c.ri(40, 300),
             g=N(s.given), f=N(s.family), em=E(em), ph=P(c.phone(c.choice(["uk", "de", "nl", "au"]))))


def f2f_shift_report(c):
    rows = []
    for _ in range(c.ri(2, 4)):
        fr = c.person(native=False)
        rows.append([N(c.acct(fr, style=c.choice(["flast", "firstl", "first.last"]))), c.nm(fr, c.choice(["full", "upper"])),
                     c.choice(_SITES_F2F), str(c.ri(0, 9)), f"{c.ri(6, 25)}.{c.ri(0, 9)}"])
    return seg(f"F2F DAILY {c.day()}  team {c.choice(['north', 'south', 'dublin', 'brisbane'])}\n",
               table(["LOGIN", "FUNDRAISER", "SITE", "SIGNUPS", "AVG_GIFT"], rows))


def f2f_german_d2d(c):
    s = c.person(native=False)
    w = c.person(native=False)
    anrede = "Frau" if s.gender == "f" else "Herr"
    return F("{ts} [d2d] Neuer Förderer: {an} {s}, Tel. {ph}, Beitrag {b} EUR/Monat, Werber: {w} (Ausweis {a}), "
             "Gebiet {g}", ts=c.ts(), an=anrede, s=c.nm(s, "full"), ph=P(c.phone("de")), b=c.choice([5, 8, 10, 15]),
             w=c.nm(w, c.choice(["full", "initial"])), a=c.ri(100, 999), g=c.choice(["Köln-Ehrenfeld", "Leipzig-Süd",
                                                                                      "Hamburg-Altona"]))


def f2f_sms_reply(c):
    s = c.person(native=False)
    return F("{ts} inbound_sms from={ph} shortcode={sc} text=\"{t}\" matched_supporter={id} action={a}",
             ts=c.iso(), ph=P(c.phone(c.choice(["uk", "au", "ie"]), style=c.choice(["e164", None]))),
             sc=c.choice(["70085", "88802", "60777"]),
             t=F(c.choice(["STOP pls. {g}", "cancel my direct debit - {n}", "this is {g}, please call me back",
                           "{n} here, change to quarterly"]), g=N(s.given), n=c.nm(s, "full")),
             id=f"S{c.ri(100000, 999999)}", a=c.choice(["cancel_queue", "callback", "review"]))


def neg_f2f_tally(c):
    rows = [[site, str(c.ri(0, 40)), str(c.ri(0, 9)), f"{c.ri(6, 25)}.{c.ri(0, 9)}"] for site in
            c.r.sample(_SITES_F2F, 3)]
    return seg(f"F2F DAILY {c.day()}  all teams\n", table(["SITE", "SIGNUPS", "CANCELS", "AVG_GIFT"], rows))


def neg_f2f_heartbeat(c):
    return F("{ts} f2f-ingest[{pid}]: heartbeat device=TAB-{d} app={v} battery={b}% queue={q} status={st}",
             ts=c.syslog_ts(), pid=c.ri(200, 30000), d=c.ri(100, 999), v=c.choice(VERSIONS), b=c.ri(3, 100),
             q=c.ri(0, 40), st=c.choice(["Online", "Syncing", "Offline", "Locked"]))


def neg_f2f_welcome(c):
    return F("welcome_call queue={q} supporter=\"{nm}\" phone=withheld attempt=0 outcome={o} caller={cl} dur=0s",
             q=c.choice(["wc-uk", "wc-ie", "wc-au"]), nm=c.choice(["(test record)", "Training Account", "Demo Supporter"]),
             o=c.choice(["skipped", "suppressed", "queued"]), cl=c.choice(["f2f_sync_daemon", "SYSTEM", "dialler-bot"]))


def neg_f2f_de(c):
    return F("{ts} [d2d] Gebiet {g} abgeschlossen: {n} Förderer, {k} Storno, Team \"{t}\"", ts=c.ts(),
             g=c.choice(["Köln-Ehrenfeld", "Leipzig-Süd", "Hamburg-Altona"]), n=c.ri(0, 40), k=c.ri(0, 9),
             t=c.choice(["Nord", "Team Regina", "Süd-West"]))


# ---------------------------------------------------------------- 8. legacy_bequests
def leg_notification(c):
    d = c.person()
    ex = c.person(native=False)
    return F("LEGACY_NOTIFY ref=LG-{r} estate=\"Estate of the late {d}\" dod={dod} executor=\"{ex}\" "
             "solicitor_firm=\"{sf}\" gift_type={gt} est_value={v} GBP handler={h}", r=c.ri(10000, 99999),
             d=c.nm(d, c.choice(["full", "upper"])), dod=c.day(), ex=c.nm(ex, c.choice(["full", "lf"])),
             sf=c.choice(COMPANIES[:4] + ["Thorne & Pemberton LLP", "Ridley Solicitors"]),
             gt=c.choice(["residuary", "pecuniary", "specific"]), v=c.ri(500, 900000), h=N(c.acct(c.latin())))


def leg_probate_csv(c):
    rows = [seg("deceased_surname,deceased_forenames,date_of_death,grant_type,executor,registry")]
    for _ in range(c.ri(2, 3)):
        d = c.latin()
        ex = c.latin()
        rows.append(csv_row([N(d.family.upper()), N(d.given.upper()), c.day(),
                             c.choice(["Probate", "Letters of Administration", "Admon with Will"]),
                             c.nm(ex, c.choice(["full", "lf"])), c.choice(["Newcastle", "Cardiff", "Oxford"])],
                            always=c.chance(0.4)))
    return csv_ok(join(rows, "\n"))


def leg_mail_headers(c):
    sol = c.person(native=False)
    dec = c.person(native=False)
    em = c.email(sol, c.choice(["harrisonwebb.example", "thorne-law.example", "ridley.example"]))
    return F("Received: from mx2.{dom} by mail.hopetrust.example; {d}\nFrom: \"{sn}\" <{em}>\n"
             "To: {to}\nSubject: {subj}\nX-CRM-Match: {m}\n",
             dom=em.split("@")[1], to=E("legacies@hopetrust.example"), d=c.iso(), sn=c.nm(sol, c.choice(["full", "lf"])), em=E(em),
             subj=F(c.choice(["Estate of {n} (deceased) – interim distribution", "RE: {n} deceased – clause 7",
                              "Our ref TW/{r}: the late {n}"]), n=c.nm(dec, "full"), r=c.ri(100, 9999)),
             m=c.choice(["pledger", "none", "lapsed donor"]))


def leg_pledge_note(c):
    p = c.person(native=False)
    owner = c.person(native=False)
    title, pr = ("Mrs", "she has") if p.gender == "f" else ("Mr", "he has")
    return F("{ts} crm.note type=legacy_pledge constituent={id} text=\"{t} {f} told us on the phone {pr} left us "
             "a gift in the will; prefers post. Next contact by {o}.\" owner={o}", ts=c.iso(),
             id=f"C{c.ri(100000, 999999)}", t=title, f=N(p.family), pr=pr, o=N(c.acct(owner)))


def leg_italian(c):
    d = c.person(native=False)
    n = c.person(native=False)
    return F("{ts} lasciti INFO Lascito testamentario registrato: de cuius {d}, notaio {t} {n}, "
             "quota {q}%, pratica LT-{r}", ts=c.ts(), d=c.nm(d, "full"), t=c.choice(["dott.", "dott.ssa", "avv."]),
             n=c.nm(n, "full"), q=c.ri(5, 100), r=c.ri(1000, 9999))


def leg_timeline(c):
    d = c.person()
    a, b = c.latin(), c.latin()
    return F("case LG-{r} timeline\n  {d1}  opened by {a}: notification for the late {dn}\n"
             "  {d2}  {a} -> {b}: copy of will requested\n  {d3}  {b}: executor {ex} confirmed residuary share\n"
             "  {d4}  status={st}", r=c.ri(10000, 99999), d1=c.day(), a=N(c.acct(a)), dn=c.nm(d, "full"), d2=c.day(),
             b=N(c.acct(b)), d3=c.day(), ex=c.nm(c.latin(), "full"), d4=c.day(),
             st=c.choice(["awaiting_estate_accounts", "interim_received", "closed"]))


def leg_spanish(c):
    d = c.person(native=False)
    return F("{ts} herencias WARN Herencia de D./Dña. {d}: falta certificado de últimas voluntades; contacto albacea "
             "{al} ({ph})", ts=c.ts(), d=c.nm(d, "full"), al=c.nm(c.latin(), "full"),
             ph=P(c.phone(c.choice(["es", "mx"]))))


def neg_leg_notification(c):
    return F("LEGACY_NOTIFY ref=LG-{r} estate=\"{e}\" dod=- executor=\"{ex}\" solicitor_firm=\"{sf}\" gift_type={gt} "
             "est_value={v} GBP handler={h}", r=c.ri(10000, 99999),
             e=c.choice(["Rowntree Housing Trust (trust distribution)", "Gates Family Trust Admin Ltd", "Unknown estate"]),
             ex=c.choice(["Public Trustee", "Official Solicitor", "Bona Vacantia Division"]),
             sf=c.choice(COMPANIES[:4]), gt=c.choice(["residuary", "pecuniary"]), v=c.ri(500, 900000),
             h=c.choice(["legacy-importer", "svc_crm_sync"]))


def neg_leg_pipeline(c):
    rows = [[st, str(c.ri(0, 200)), f"{c.ri(0, 5000)}k"] for st in
            c.r.sample(["notified", "awaiting_accounts", "interim_received", "disputed", "closed"], 3)]
    return seg("$ legacy-report pipeline --fy 2025\n", table(["STAGE", "CASES", "VALUE_GBP"], rows))


def neg_leg_mail(c):
    return F("Received: from mx2.{h}.example by mail.hopetrust.example; {d}\nFrom: \"{n}\" <{e}>\nTo: {e2}\n"
             "Subject: {s}\n", h=c.choice(["probate-service", "bulkmail", "lists"]), d=c.iso(),
             n=c.choice(["Probate Service", "Legacy Network Digest", "Mailer-Daemon"]), e="[suppressed]",
             e2="[legacies mailbox]", s=c.choice(["Weekly grants of probate list", "Legacy Futures newsletter",
                                                  "Undeliverable: " + c.choice(UI_STRINGS[:8])]))


# ---------------------------------------------------------------- 9. pantry_intake
def pantry_visit_logfmt(c):
    h = c.person()
    vol = c.person(native=False)
    return F("time={ts} level=info event=visit client_id=C{id} head_of_household=\"{n}\" hh_size={s} zip={z} "
             "items={i} lbs={l} volunteer={v} site={site}", ts=c.iso(), id=c.ri(10000, 99999),
             n=c.nm(h, c.choice(["full", "lf", "upper"])), s=c.ri(1, 9), z=c.choice(["60623", "94110", "10453", "77036"]),
             i=c.ri(5, 40), l=c.ri(10, 90), v=N(c.acct(vol)), site=c.choice(["eastside", "st-vincent-hall", "mobile-3"]))


def pantry_tefap_json(c):
    h = c.person()
    l4 = c.chance(0.6)
    ssn = c.ssn()
    doc = J({"form": "TEFAP-self-declaration", "client": {"first_name": N(h.given), "last_name": N(h.family),
                                                          ("ssn_last4" if l4 else "ssn"): S(ssn[-4:] if l4 else ssn),
                                                          "phone": P(c.phone("us"))},
             "household_size": c.ri(1, 9), "income_below_threshold": True, "signed_at": c.iso()}, indent=2)
    return seg(f"{c.ts()} intake.submit ok\n", doc)


def pantry_voucher(c):
    ref = c.person(native=False)
    cl = c.person()
    return F("{ts} voucher FB-{y}-{n} agency=\"{ag}\" referrer=\"{r}\" client=\"{cl}\" adults={a} children={k} "
             "tel={ph} collection={col}", ts=c.ts(), y=c.choice([2025, 2026]), n=c.ri(1000, 99999),
             ag=c.choice(["Citizens Advice", "Health Visitor Team", "Job Centre", "School Family Worker"]),
             r=c.nm(ref, c.choice(["full", "initial"])), cl=c.nm(cl, c.choice(["full", "lf"])), a=c.ri(1, 3),
             k=c.ri(0, 5), ph=P(c.phone("uk")), col=c.choice(["Tue", "Thu", "Sat", "delivery"]))


def pantry_route_table(c):
    rows = []
    for i in range(c.ri(2, 4)):
        cl = c.person(native=False)
        rows.append([str(i + 1), c.nm(cl, c.choice(["lf_upper", "full", "upper"])), P(c.phone(c.choice(["us", "uk"]))),
                     c.choice(["ring twice", "leave with neighbour", "dog", "ground floor"])])
    drv = c.person(native=False)
    return seg(F("ROUTE {r}  driver: {d}\n", r=c.ri(1, 30), d=c.nm(drv, "full")),
               table(["STOP", "CLIENT", "PHONE", "NOTES"], rows))


def pantry_sql(c):
    h = c.person()
    m = c.person()
    return F("LOG:  statement: INSERT INTO household_members (household_id, first_name, last_name, relation, dob) "
             "VALUES ({id}, '{g1}', '{f1}', 'self', '{d1}'), ({id}, '{g2}', '{f2}', '{rel}', '{d2}')",
             id=c.ri(1000, 99999), g1=N(sqlq(h.given)), f1=N(sqlq(h.family)), d1=c.day(), g2=N(sqlq(m.given)),
             f2=N(sqlq(h.family)), rel=c.choice(["spouse", "child", "parent"]), d2=c.day())


def pantry_sms_es(c):
    h = c.person(native=False)
    lang, plan, msg = c.choice([("es", "mx", "Hola {g}, su cita en la despensa es el sábado a las 10:00."),
                                ("pt", "br", "Olá {g}, sua cesta básica está pronta para retirada."),
                                ("fr", "fr", "Bonjour {g}, votre colis alimentaire est prêt."),
                                ("en", "us", "Hi {g}, your delivery is on its way.")])
    return F("{ts} sms.out to={ph} lang={l} body=\"{b}\"", ts=c.iso(), ph=P(c.phone(plan)), l=lang,
             b=F(msg, g=N(h.given)))


def pantry_repr(c):
    h = c.person()
    rep = pyrepr_ok(seg("{'client_id': ", str(c.ri(1000, 99999)), ", 'name': ", pq(c.nm(h, "full")),
                        ", 'phone': ", pq(P(c.phone("us"))), ", 'dietary': ['halal']}"))
    return F("WARNING pantry.sync: upstream 409 for payload {rep}", rep=rep)


def neg_pantry_inventory(c):
    rows = [[it, str(c.ri(0, 900)), c.choice(["cases", "lbs", "units"]), c.choice(["OK", "Low", "Reorder"])]
            for it in c.r.sample(["Canned beans", "Pasta", "UHT milk", "Rice 1kg", "Nappies size 4", "Tinned tomatoes"], 3)]
    return seg("$ pantry stock --site eastside\n", table(["ITEM", "QTY", "UNIT", "STATUS"], rows))


def neg_pantry_visit(c):
    return F("time={ts} level=info event=visit_summary site={site} visits={v} new_households={n} lbs={l} "
             "volunteer={vv}", ts=c.iso(), site=c.choice(["eastside", "st-vincent-hall", "mobile-3"]), v=c.ri(0, 300),
             n=c.ri(0, 40), l=c.ri(100, 9000), vv=c.choice(["pantry-tablet-04", "svc_crm_sync", "kiosk-lobby-2"]))


def neg_pantry_agencies(c):
    rows = [seg("agency,contact_role,vouchers_issued,region")]
    for _ in range(3):
        rows.append(csv_row([c.choice(["Citizens Advice", "Health Visitor Team", "Job Centre", "Salvation Army Corps",
                                       c.choice(COMPANIES)]), c.choice(["Coordinator", "Duty Desk", "Reception"]),
                             str(c.ri(0, 400)), c.choice(["Victoria", "Madison", "Charlotte", "Florence"])]))
    return csv_ok(join(rows, "\n"))


def neg_pantry_sms(c):
    return F("{ts} sms.template lang={l} body=\"{b}\" status={st}", ts=c.iso(), l=c.choice(["es", "pt", "fr", "en"]),
             b=c.choice(["Su cita en la despensa es el sábado.", "Sua cesta básica está pronta.",
                         "Votre colis alimentaire est prêt.", "Your delivery is on its way."]),
             st=c.choice(STATUSES))


# ---------------------------------------------------------------- 10. sponsorship_letters
_LANGS = [("sw", "en"), ("es", "en"), ("tl", "en"), ("am", "en"), ("en", "es"), ("en", "fr"), ("ko", "en"),
          ("pt", "en"), ("en", "de"), ("ta", "en")]


def sp_ocr_routing(c):
    sp = c.person()
    ch = c.person()
    tr = c.person(native=False)
    src, dst = c.choice(_LANGS)
    return F("{ts} ocr.route batch={b} letter={l} sponsor=\"{sp}\" sponsor_no=SP-{sn} child=\"{ch}\" child_no={cn} "
             "lang={s}->{d} translator={tr} conf={cf}", ts=c.iso(), b=c.hexid(6), l=c.ri(100000, 999999),
             sp=c.nm(sp, c.choice(["full", "lf"])), sn=c.ri(10000, 99999), ch=N(ch.given), cn=f"KE-{c.ri(100, 999)}-{c.ri(1000, 9999)}",
             s=src, d=dst, tr=N(c.acct(tr)), cf=f"0.{c.ri(50, 99)}")


def sp_translation_json(c):
    sp = c.person()
    ch = c.person()
    tr = c.person(native=False)
    doc = J({"letter_id": c.ri(100000, 999999), "direction": c.choice(["child_to_sponsor", "sponsor_to_child"]),
             "sponsor": {"name": c.nm(sp, "full"), "email": E(c.email(sp))},
             "child": {"preferred_name": N(ch.given), "full_name": c.nm(ch, "full"), "project": f"PH-{c.ri(100, 999)}"},
             "translator": {"login": N(c.acct(tr)), "name": c.nm(tr, "full")}, "status": "translated"},
            indent=2, ensure_ascii=c.chance(0.35))
    return doc


def sp_letter_text(c):
    sp = c.person(native=False)
    ch = c.person(native=False)
    return F("----- transcribed letter {id} (child -> sponsor) -----\nDear {sg},\nThank you for the letter and the "
             "photo of your dog. I am in grade {gr} now. My sister {sis} says hello.\nWith love,\n{cg}\n"
             "----- end -----", id=c.ri(100000, 999999), sg=N(sp.given), gr=c.ri(2, 9),
             sis=N(c.latin().given), cg=N(ch.given))


def sp_portal_message(c):
    sp = c.person()
    return F("{ts} portal.message.create sponsor={acct} ip={ip} child_no={cn} chars={n} flagged={f} "
             "preview=\"Hi {cg}, we are praying for you and your family\"", ts=c.iso(),
             acct=E(c.email(sp)), ip=IP(c.anyip()), cn=f"GT-{c.ri(100, 999)}-{c.ri(1000, 9999)}", n=c.ri(40, 1800),
             f=c.choice(["false", "false", "true"]), cg=N(c.latin().given))


def sp_manifest_xml(c):
    items = []
    for _ in range(c.ri(1, 3)):
        sp = c.person(native=False)
        ch = c.person(native=False)
        items.append(seg("  <letter id=\"", str(c.ri(100000, 999999)), "\">\n    ", X("sponsorName", c.nm(sp, "full")),
                         "\n    ", X("childName", N(ch.given)), "\n    <project>", f"UG-{c.ri(100, 999)}",
                         "</project>\n  </letter>"))
    s = seg("<?xml version=\"1.0\"?>\n<shipment office=\"", c.choice(["Kampala", "Manila", "Addis Ababa", "Lima"]),
            "\" pouch=\"", c.hexid(6), "\">\n", join(items, "\n"), "\n</shipment>")
    return xml_ok(s)


def sp_card_update(c):
    sp = c.person(native=False)
    return F("{ts} DEBUG billing.card_updater sponsor_no=SP-{sn} holder=\"{h}\" pan={pan} exp={e} result={r}",
             ts=c.ts(), sn=c.ri(10000, 99999), h=c.nm(sp, c.choice(["upper", "full", "surname_given"])),
             pan=C(c.card()), e=f"{c.ri(1, 12):02d}/{c.ri(26, 31)}", r=c.choice(["updated", "declined", "expired"]))


def sp_bytes_log(c):
    sp = c.person(native=False)
    ch = c.person(native=False)
    return F("{ts} letters.render b'To {sp}: message from {ch} ({cn})' len={n}", ts=c.ts(), sp=enc(c.nm(sp, "full"), xbytes),
             ch=enc(N(ch.given), xbytes), cn=f"KE-{c.ri(100, 999)}-{c.ri(1000, 9999)}", n=c.ri(100, 900))


def neg_sp_stats(c):
    rows = [[f"{s}->{d}", str(c.ri(0, 900)), str(c.ri(0, 60)), f"{c.ri(1, 30)}d"] for s, d in c.r.sample(_LANGS, 3)]
    return seg("$ letters queue --by-language\n", table(["PAIR", "WAITING", "IN_REVIEW", "AGE_MAX"], rows))


def neg_sp_ocr(c):
    return F("{ts} ocr.route batch={b} letter={l} sponsor=- child=- lang=unknown translator={t} conf=0.{cf} "
             "reason=\"{r}\"", ts=c.iso(), b=c.hexid(6), l=c.ri(100000, 999999), t=c.choice(["LETTER_OCR", "ocr-node-7"]),
             cf=c.ri(10, 49), r=c.choice(["blank page", "drawing only", "barcode unreadable"]))


def neg_sp_manifest(c):
    s = seg("<?xml version=\"1.0\"?>\n<shipment office=\"", c.choice(["Kampala", "Manila", "Addis Ababa", "Lima"]),
            "\" pouch=\"", c.hexid(6), "\">\n  <summary letters=\"", str(c.ri(0, 900)), "\" status=\"",
            enc(c.choice(STATUSES), xesc), "\"/>\n</shipment>")
    return xml_ok(s)


def neg_sp_card(c):
    return F("{ts} DEBUG billing.card_updater run={r} checked={n} updated={u} declined={d} provider={p}", ts=c.ts(),
             r=c.hexid(8), n=c.ri(100, 9000), u=c.ri(0, 400), d=c.ri(0, 80), p=c.choice(["VAU", "ABU", "Account Updater"]))


# ---------------------------------------------------------------- 11. matching_gifts
def mg_eligibility_json(c):
    emp = c.person()
    em = c.email(emp, c.choice(["corp.example", "acme-bank.example", "northwind.example"]))
    doc = J({"request_id": c.uuid(), "donor": {"name": c.nm(emp, "full"), "work_email": E(em)},
             "employer": {"name": c.choice(COMPANIES), "program": c.choice(["1:1", "2:1", "0.5:1"])},
             "gift": {"amount": c.ri(25, 5000), "date": c.day()}, "eligible": True}, compact=c.chance(0.5))
    return F("{ts} match-api INFO POST /v1/eligibility -> 200 {doc}", ts=c.ts(), doc=doc)


def mg_verification_mail(c):
    adm = c.person(native=False)
    emp = c.person()
    em = c.email(adm, c.choice(["corp.example", "northwind.example"]))
    return F("From: {an} <{em}>\nTo: {to}\nSubject: Match verification – {en}\n"
             "Date: {d}\n\nWe confirm {en} is employed with us and the match of {amt} USD is approved.\n{an}\n"
             "Community Investment Team", an=c.nm(adm, "full"), em=E(em), to=E("matching@hopetrust.example"), en=c.nm(emp, "full"), d=c.iso(),
             amt=c.ri(25, 5000))


def mg_requests_csv(c):
    rows = [seg("request_id,employee_first,employee_last,employer,amount,status,approver")]
    for _ in range(c.ri(2, 4)):
        e = c.person()
        rows.append(csv_row([f"MG-{c.ri(10000, 99999)}", N(e.given), N(e.family), c.choice(COMPANIES),
                             str(c.ri(25, 5000)), c.choice(["pending", "approved", "paid"]), N(c.acct(c.latin()))]))
    return csv_ok(join(rows, "\n"))


def mg_pledge_logfmt(c):
    e = c.person(native=False)
    cap = c.person(native=False)
    return F("ts={ts} campaign=\"{camp}\" event=pledge employee=\"{e}\" employee_login={l} per_pay={pp} "
             "captain=\"{cap}\" channel={ch}", ts=c.iso(), camp=c.choice(["Giving Week 2026", "Season of Giving",
                                                                        "Day of Caring"]),
             e=c.nm(e, c.choice(["full", "lf"])), l=N(c.acct(e)), pp=c.choice(["5.00", "10.00", "25.00"]),
             cap=c.nm(cap, "full"), ch=c.choice(["portal", "kiosk", "paper"]))


def mg_volunteer_grant(c):
    e = c.person(native=False)
    att = c.person(native=False)
    return F("{ts} dollars_for_doers hours={h} employee={acct} attested_by=\"{a}\" ({ae}) org=\"{org}\" grant={g}",
             ts=c.ts(), h=c.ri(10, 120), acct=N(c.acct(e)), a=c.nm(att, "full"), ae=E(c.email(att, c.choice(ORG_DOMAINS))),
             org=c.choice(["Riverside Food Share", "St Columba Night Shelter", "Hope Trust"]), g=c.ri(100, 1000))


def mg_sql(c):
    e = c.person()
    ap = c.person(native=False)
    em = c.email(e)
    return F("{ts} [sql] UPDATE match_requests SET status = 'approved', approver = '{ap}' "
             "WHERE employee_email = '{em}' AND employer_id = {eid}; -- {n} row(s)", ts=c.ts(), ap=N(c.acct(ap)),
             em=E(em), eid=c.ri(10, 9999), n=c.ri(0, 2))


def mg_java_tostring(c):
    e = c.person()
    return F("{ts} ERROR [match-worker-{w}] c.h.m.MatchSubmitter - submit failed: MatchRequest[id={id}, "
             "employee=Employee[firstName={g}, lastName={f}, email={em}], employer={co}, amount={a}]\n"
             "java.net.SocketTimeoutException: Read timed out\n\tat java.base/sun.nio.ch.NioSocketImpl.timedRead"
             "(NioSocketImpl.java:288)", ts=c.ts(), w=c.ri(1, 8), id=c.ri(10000, 99999), g=N(e.given), f=N(e.family),
             em=E(c.email(e)), co=c.choice(COMPANIES), a=c.ri(25, 5000))


def neg_mg_employers(c):
    rows = [seg("employer,ratio,min_gift,max_per_year,portal")]
    for co in c.r.sample(COMPANIES, 3):
        rows.append(csv_row([co, c.choice(["1:1", "2:1", "0.5:1"]), str(c.choice([25, 50, 100])),
                             str(c.choice([1000, 5000, 15000])), c.choice(["Benevity", "YourCause", "in-house"])]))
    return csv_ok(join(rows, "\n"))


def neg_mg_eligibility(c):
    doc = J({"request_id": c.uuid(), "donor": None, "employer": {"name": c.choice(COMPANIES), "program": "none"},
             "eligible": False, "reason": c.choice(["employer not participating", "gift below minimum"])},
            compact=c.chance(0.5))
    return F("{ts} match-api INFO POST /v1/eligibility -> 200 {doc}", ts=c.ts(), doc=doc)


def neg_mg_campaign(c):
    return F("ts={ts} campaign=\"{camp}\" event=totals pledges={p} employees={e} captain_teams={t} version={v}",
             ts=c.iso(), camp=c.choice(["Giving Week 2026", "Season of Giving", "Day of Caring"]), p=c.ri(0, 9000),
             e=c.ri(0, 40000), t=c.ri(0, 90), v=c.choice(VERSIONS))


def neg_mg_worker(c):
    return F("{ts} INFO  [match-worker-{w}] c.h.m.MatchSubmitter - batch {b} submitted: {n} requests to {p}",
             ts=c.ts(), w=c.ri(1, 8), b=c.hexid(8), n=c.ri(0, 500), p=c.choice(["Benevity", "YourCause", "CyberGrants"]))


# ---------------------------------------------------------------- 12. dp_rights_requests
def dsar_intake_json(c):
    p = c.person()
    doc = J({"request": f"DSR-{c.ri(10000, 99999)}", "type": c.choice(["access", "erasure", "rectification"]),
             "subject": {"name": c.nm(p, "full"), "email": E(c.email(p)), "phone": P(c.phone())},
             "received_via": c.choice(["webform", "email", "post"]), "systems": ["crm", "mailing", "events", "giftaid"],
             "due": c.day(), "verified": c.chance(0.5)}, indent=c.choice([2, 4]), ensure_ascii=c.chance(0.3))
    return doc


def dsar_erasure_job(c):
    p = c.person()
    em = c.email(p)
    lines = [F("{ts} erasure job={j} subject=\"{n}\" <{em}> started by {by}", ts=c.ts(), j=c.hexid(8),
               n=c.nm(p, c.choice(["full", "lf"])), em=E(em), by=N(c.acct(c.latin())))]
    for sys_ in c.r.sample(["crm", "mailing", "events", "giftaid", "shop_epos", "volunteer"], 3):
        lines.append(seg(f"{c.ts()} erasure job matched {sys_}={c.ri(0, 4)} action="
                         f"{c.choice(['anonymised', 'deleted', 'retained_legal_basis'])}"))
    return join(lines, "\n")


def dsar_id_check(c):
    p = c.person()
    chk = c.person(native=False)
    return F("{ts} dsr.verify request=DSR-{r} checked_by={by} subject=\"{n}\" evidence={ev} result={res} "
             "note=\"utility bill name matches; DOB not recorded\"", ts=c.iso(), r=c.ri(10000, 99999),
             by=N(c.acct(chk)), n=c.nm(p, c.choice(["full", "upper"])),
             ev=c.choice(["passport", "driving_licence", "utility_bill"]), res=c.choice(["pass", "refer", "fail"]))


def dsar_sql_delete(c):
    p = c.person()
    em = c.email(p)
    return F("{ts} [dsr-worker] DELETE FROM newsletter_subscribers WHERE email = '{em}' OR (lower(last_name) = "
             "'{lf}' AND lower(first_name) = '{lg}')", ts=c.ts(), em=E(em), lf=N(sqlq(p.family.lower())),
             lg=N(sqlq(p.given.lower())))


def dsar_export_manifest(c):
    p = c.person(native=False)
    fam = p.a_family()
    giv = p.a_given()
    rows = []
    for kind in c.r.sample(["crm", "gifts", "events", "correspondence", "giftaid"], 3):
        cap = c.chance(0.5)
        fg = f"{fam.capitalize()}_{giv.capitalize()}" if cap else f"{fam}_{giv}"
        rows.append(F("{sz}\texport/DSR-{r}/{fg}_{k}.csv", sz=str(c.ri(1, 900)) + "K", r=c.ri(10000, 99999),
                      fg=N(fg), k=kind))
    return seg("$ du -h export/ | sort\n", join(rows, "\n"))


def dsar_french(c):
    p = c.person(native=False)
    civ = "Mme" if p.gender == "f" else "M."
    return F("{ts} rgpd INFO Demande d'accès reçue de {civ} {n} ({em}) ; délai légal au {d}", ts=c.ts(), civ=civ,
             n=c.nm(p, "full"), em=E(c.email(p)), d=c.day())


def dsar_german(c):
    p = c.person(native=False)
    return F("{ts} dsgvo WARN Löschantrag von {n}: Spendenquittungen müssen 10 Jahre aufbewahrt werden, "
             "nur Marketing-Daten gelöscht (Bearbeiter {b})", ts=c.ts(), n=c.nm(p, "full"), b=N(c.acct(c.latin())))


def dsar_form_body(c):
    p = c.person()
    return F("{ip} - - {t} \"POST /privacy/request HTTP/1.1\" 303 0 \"https://www.hopetrust.example/privacy\" "
             "\"Mozilla/5.0\" form=\"type=erasure&full_name={n}&email={em}&tel={ph}\"", ip=IP(c.anyip()), t=c.clf_ts(),
             n=enc(c.nm(p, "western"), form), em=enc(E(c.email(p)), pct), ph=enc(P(c.phone(c.choice(["uk", "de", "fr"]))), pct))


def neg_dsar_stats(c):
    rows = [[t, str(c.ri(0, 90)), str(c.ri(0, 30)), str(c.ri(0, 5))] for t in ["access", "erasure", "rectification"]]
    return seg("$ dsr report --month 2026-02\n", table(["TYPE", "RECEIVED", "OPEN", "OVERDUE"], rows))


def neg_dsar_suppress(c):
    return F("{ts} suppression.add list=global hash=sha256:{h} source=DSR-{r} by={by}", ts=c.ts(), h=c.hexid(64),
             r=c.ri(10000, 99999), by=c.choice(["dsar-worker", "svc_crm_sync", "SYSTEM"]))


def neg_dsar_retention(c):
    return F("{ts} retention.run policy=\"{p}\" scanned={s} anonymised={a} host={h} version={v}", ts=c.ts(),
             p=c.choice(["Lapsed donors > 7y", "Event attendees > 3y", "Volunteer applicants > 2y"]),
             s=c.ri(100, 90000), a=c.ri(0, 9000), h=c.choice(HOSTS), v=c.choice(VERSIONS))


def neg_dsar_intake(c):
    return J({"request": f"DSR-{c.ri(10000, 99999)}", "type": "access", "subject": None, "received_via": "webform",
              "systems": [], "status": c.choice(["rejected: spam", "duplicate", "withdrawn"]), "product": c.choice(PRODUCTS)},
             indent=2)


# ---------------------------------------------------------------- additions (more IP, SSN and card shapes)
def f2f_card_gift(c):
    s = c.person(native=False)
    fr = c.person(native=False)
    return F("{ts} f2f-ingest[{pid}]: payment.capture one_off=true amount={a} holder=\"{h}\" pan={pan} "
             "fundraiser={fr} device_ip={ip} result={r}", ts=c.syslog_ts(), pid=c.ri(200, 30000), a=c.choice([20, 25, 50]),
             h=c.nm(s, c.choice(["upper", "full"])), pan=C(c.card()), fr=N(c.acct(fr)), ip=IP(c.ip()),
             r=c.choice(["declined_do_not_honour", "approved_but_logged", "timeout"]))


def leg_us_estate(c):
    d = c.person(native=False)
    pr = c.person(native=False)
    ssn = c.ssn()
    l4 = c.chance(0.5)
    return F("{ts} estates.intake INFO decedent=\"{d}\" decedent_ssn{k}={s} date_of_death={dod} personal_rep=\"{pr}\" "
             "rep_phone={ph} county=\"{co}\" bequest={b}", ts=c.iso(), d=c.nm(d, c.choice(["lf_upper", "full"])),
             k="_last4" if l4 else "", s=S(ssn[-4:] if l4 else ssn), dod=c.day(), pr=c.nm(pr, "full"),
             ph=P(c.phone("us")), co=c.choice(["Cook", "King", "Travis", "Maricopa"]), b=c.choice(["IRA beneficiary",
                                                                                               "residuary 10%",
                                                                                               "specific: $25,000"]))


def dsar_pii_scan(c):
    p = c.person(native=False)
    lines = [F("{ts} dsr.scan request=DSR-{r} subject=\"{n}\" scanning free-text notes", ts=c.ts(),
               r=c.ri(10000, 99999), n=c.nm(p, "full"))]
    for _ in range(c.ri(1, 3)):
        k = c.choice(["PAN", "SSN", "PHONE", "IP"])
        v = {"PAN": lambda: C(c.card()), "SSN": lambda: S(c.ssn()), "PHONE": lambda: P(c.phone()),
             "IP": lambda: IP(c.anyip())}[k]()
        lines.append(F("{ts} dsr.scan hit table=gift_notes row={row} type={k} value={v} action=redact",
                       ts=c.ts(), row=c.ri(1000, 999999), k=k, v=v))
    return join(lines, "\n")


def mg_portal_login(c):
    e = c.person(native=False)
    return F("ts={ts} svc=giving-portal event=login employee_login={l} sso=okta ip={ip} employer=\"{co}\" mfa={m}",
             ts=c.iso(), l=N(c.acct(e)), ip=IP(c.anyip()), co=c.choice(COMPANIES), m=c.choice(["push", "totp", "none"]))


def mg_webhook_escaped(c):
    e = c.person()
    inner = J({"type": "match.approved", "employee": {"first_name": N(e.given), "last_name": N(e.family),
                                                        "email": E(c.email(e))},
               "employer": c.choice(COMPANIES), "amount": c.ri(25, 5000)}, compact=True, ensure_ascii=c.chance(0.4))
    outer = J({"delivery_id": c.uuid(), "attempt": c.ri(1, 5), "status": c.choice([500, 502, 504]),
               "payload": inner}, compact=c.chance(0.5))
    return F("{ts} webhooks WARN retry scheduled {doc}", ts=c.ts(), doc=outer)


FAMILIES = [
    ("f2f_signup_sync",
     [f2f_sync_json, f2f_welcome_call, f2f_qa_flag, f2f_android_trace, f2f_shift_report, f2f_german_d2d,
      f2f_sms_reply, f2f_card_gift],
     [neg_f2f_tally, neg_f2f_heartbeat, neg_f2f_welcome, neg_f2f_de]),
    ("legacy_bequests",
     [leg_notification, leg_probate_csv, leg_mail_headers, leg_pledge_note, leg_italian, leg_timeline, leg_spanish,
      leg_us_estate],
     [neg_leg_notification, neg_leg_pipeline, neg_leg_mail]),
    ("pantry_intake",
     [pantry_visit_logfmt, pantry_tefap_json, pantry_voucher, pantry_route_table, pantry_sql, pantry_sms_es,
      pantry_repr],
     [neg_pantry_inventory, neg_pantry_visit, neg_pantry_agencies, neg_pantry_sms]),
    ("sponsorship_letters",
     [sp_ocr_routing, sp_translation_json, sp_letter_text, sp_portal_message, sp_manifest_xml, sp_card_update,
      sp_bytes_log],
     [neg_sp_stats, neg_sp_ocr, neg_sp_manifest, neg_sp_card]),
    ("matching_gifts",
     [mg_eligibility_json, mg_verification_mail, mg_requests_csv, mg_pledge_logfmt, mg_volunteer_grant, mg_sql,
      mg_java_tostring, mg_portal_login, mg_webhook_escaped],
     [neg_mg_employers, neg_mg_eligibility, neg_mg_campaign, neg_mg_worker]),
    ("dp_rights_requests",
     [dsar_intake_json, dsar_erasure_job, dsar_id_check, dsar_sql_delete, dsar_export_manifest, dsar_french,
      dsar_german, dsar_form_body, dsar_pii_scan],
     [neg_dsar_stats, neg_dsar_suppress, neg_dsar_retention, neg_dsar_intake]),
]
