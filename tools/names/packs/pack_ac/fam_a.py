"""Families 1-6 of pack_ac: taxi dispatch, ride-hail support, driver onboarding, bike share, e-scooters,
car sharing. Each template takes a Ctx and returns a B."""

from __future__ import annotations

from core import (
    COMPANIES,
    PRODUCTS,
    STATIONS,
    STATUS,
    SVC,
    UI,
    B,
    P,
    S,
    date,
    form,
    hhmm,
    js,
    non_luhn,
    pct,
    plate,
    pyrepr,
    ts_iso,
    ts_sp,
    ts_sys,
    uuid,
    xa,
    xml_check,
)


def nform(c, p) -> str:
    """A display form of a person's name for one field."""
    k = c.rng.randrange(10)
    if p.native() and c.pr(0.5):
        return p.native()
    if k < 4:
        return p.full()
    if k < 6:
        return p.lf()
    if k < 7:
        return p.full().upper()
    if k < 8:
        return p.initial_family()
    if k < 9 and p.native():
        return p.native()
    return p.with_middle()


def tripid(c) -> str:
    return c.hx(8) + "-" + c.hx(4)


# =========================================================================================================
# 1. taxi_dispatch_mdt


def taxi_fixed_job(c):
    b = B()
    for i in range(c.ri(1, 3)):
        pax = c.per()
        drv = c.per()
        if i:
            b.t("\n")
        b.t(f"JOB {c.ri(10000, 99999):>6} {date(c.rng)[5:].replace('-', '/')} {hhmm(c.rng)} "
            f"ACC {c.c(['CASH', 'CORP-ALZ', 'HOSP-CHR', 'APP']):<9} PAX ")
        pv = f"{pax.family.upper()}/{pax.given.upper()}" if c.pr(0.6) else pax.lf().upper()
        b.p(pv, "NAME").t(" " * max(1, 24 - len(pv)))
        b.t(f"PU {c.c(STATIONS)[:20]:<21} CAB {c.ri(1, 899):>3} DRV ")
        b.p(f"{drv.family.upper()} {drv.given[0]}", "NAME")
        if c.pr(0.7):
            b.t("  CB ").p(c.phone(pax, c.c(["nat", "intl"])), "PHONE")
    return b


def taxi_mdt_syslog(c):
    d = c.per()
    a = c.acct(d, c.c(["flast", "first.last", "lastf", "flast9"]))
    b = B().t(f"<134>{ts_sys(c.rng)} mdt-gw0{c.ri(1, 4)} mdtd[{c.ri(200, 9000)}]: LOGON veh=T-{c.ri(100, 999):04d} drv=")
    b.p(a, "NAME").t(f" badge=DL{c.ri(10000, 99999)} shift={c.c(['DAY', 'NIGHT', 'SWING'])} src=")
    b.p(c.ip4(), "IP_ADDRESS").t(f":{c.ri(1024, 65000)} fw=4.{c.ri(1, 19)}.{c.ri(0, 9)}")
    if c.pr(0.4):
        b.t(" name=\"").p(d.full(), "NAME").t('"')
    return b


def taxi_booking_json(c):
    pax = c.per()
    comp = c.per()
    note_pre = c.c(["Fahrgast im Rollstuhl, Begleitung: Frau ", "Rollator, Begleitperson Herr ",
                    "Wheelchair, escort Mrs ", "Fauteuil roulant, accompagné de Mme "])
    doc = {"ref": "TX-" + c.hx(5).upper(), "channel": c.c(["IVR", "APP", "WEB", "PHONE"]),
           "passenger": {"name": P(nform(c, pax), "NAME"), "phone": P(c.phone(pax), "PHONE")},
           "pickup": {"addr_ref": f"ADR-{c.ri(100000, 999999)}", "stand": c.c(STATIONS)},
           "notes": S(note_pre, P(comp.initial_family() if c.pr(0.3) else comp.family, "NAME"), ", bitte klingeln"),
           "account": None, "vehicle_class": c.c(["WAV", "ESTATE", "SALOON"])}
    b = B().t(f"{ts_iso(c.rng)} INFO booking-api BookingCreated ")
    return b.sub(js(doc, ascii_=c.pr(0.25)))


def taxi_account_csv(c):
    b = B().t("job_id,account,passenger_name,cost_centre,booked_by,booker_email,pickup_time\n")
    booker = c.per()
    acct = c.acct(booker, c.c(["flast", "first.last", "firstl"]))
    mail = c.email(booker, c.c(["corp.example", "example.com", "legal.example"]))
    for i in range(c.ri(2, 4)):
        pax = c.per()
        pv = pax.lf() if c.pr(0.5) else pax.full()
        b.t(f"{c.ri(40000, 99999)},{c.c(['ACME-LEGAL', 'STHOSP', 'BANKNORD'])},")
        b.t('"').p(pv, "NAME").t('"') if "," in pv else b.p(pv, "NAME")
        b.t(f",CC-{c.ri(1000, 9999)},").p(acct, "NAME").t(",").p(mail, "EMAIL").t(f",{ts_sp(c.rng)[:16]}")
        if i < 9:
            b.t("\n")
    return b


def taxi_mdt_messages(c):
    disp = c.per()
    pax = c.per()
    a = c.acct(disp, c.c(["flast", "first.last", "lastf"]))
    cab = c.ri(10, 899)
    t = hhmm(c.rng)
    b = B().t(f"[{t}:{c.ri(10, 59)}] DISP ").p(a, "NAME").t(f" -> CAB {cab}: ")
    k = c.rng.randrange(3)
    if k == 0:
        b.t("pax Mrs ").p(pax.family, "NAME").t(" at door 3, call ").p(c.phone(pax, "nat"), "PHONE")
    elif k == 1:
        b.t("Fahrgast Frau ").p(pax.family, "NAME").t(" an Tür 3, Rückruf ").p(c.phone(pax, "nat"), "PHONE")
    else:
        b.t("client M. ").p(pax.family, "NAME").t(" devant l'entrée B, rappeler au ").p(c.phone(pax, "nat"), "PHONE")
    b.t(f"\n[{t}:{c.ri(10, 59)}] CAB {cab} -> DISP: OK {c.ri(2, 9)} MIN")
    if c.pr(0.5):
        b.t(f"\n[{t}:{c.ri(10, 59)}] CAB {cab} -> DISP: POB ").p(pax.given, "NAME")
    return b


def taxi_it_operator(c):
    op = c.per("it")
    cl = c.per()
    a = f"{op.ag[0]}.{op.af}"
    c.accts.append(a)
    b = B().t("OPERATORE: ").p(a, "NAME").t(" | CHIAMANTE: ").p(c.phone(cl, c.c(["intl", "nat"])), "PHONE")
    b.t(" | CLIENTE: ").t(c.c(["sig.ra ", "sig. ", "dott. ", ""])).p(cl.full(), "NAME")
    b.t(f" | NOTE: {c.c(['richiede auto grande, 2 valigie', 'cliente abituale', 'attende al portone'])}")
    b.t(f" | AUTO: ROMA {c.ri(1, 99)} | ZONA: {c.c(['Termini', 'Prati', 'EUR', 'Trastevere'])}")
    return b


def taxi_meter_xml(c):
    d = c.per()
    h = c.per()
    b = B().t(f'<TripRecord meterId="M-{c.ri(1000, 9999)}" cab="{c.ri(1, 899)}" end="{ts_iso(c.rng, ms=False)}">\n')
    b.t(f'  <Driver id="H-{c.ri(100000, 999999)}"><Name>').p(xa(d.full()), "NAME").t("</Name></Driver>\n")
    b.t(f'  <Fare total="{c.ri(5, 80)}.{c.ri(0, 99):02d}" currency="EUR" tariff="T{c.ri(1, 3)}"/>\n')
    b.t('  <Payment type="CARD" pan="').p(c.card("plain"), "CREDIT_CARD").t('" holder="')
    b.p(xa(f"{h.given} {h.family}".upper()), "NAME").t(f'" auth="{c.hx(6).upper()}"/>\n</TripRecord>')
    xml_check(b.text())
    return b


def taxi_neg_fixed(c):
    b = B()
    for i in range(c.ri(1, 3)):
        if i:
            b.t("\n")
        pv = c.c(["ACCOUNT HOLDER", "NOT GIVEN", "HOSPITAL DISCHARGE", "STREET HAIL", "TBA"])
        b.t(f"JOB {c.ri(10000, 99999):>6} {date(c.rng)[5:].replace('-', '/')} {hhmm(c.rng)} "
            f"ACC {c.c(['CASH', 'CORP-ALZ', 'APP']):<9} PAX {pv:<24}PU {c.c(STATIONS)[:20]:<21} "
            f"CAB {c.ri(1, 899):>3} DRV {c.c(['POOL', 'UNASSIGNED', 'AUTO-OFFER'])}  CB WITHHELD")
    return b


def taxi_neg_syslog(c):
    return B().t(f"<134>{ts_sys(c.rng)} mdt-gw0{c.ri(1, 4)} mdtd[{c.ri(200, 9000)}]: LOGON veh=T-{c.ri(100, 999):04d} "
                 f"drv={c.c(['mdt-test', 'TRAINING01', 'svc-dispatch', 'demo'])} badge=DL00000 shift=TEST src=local "
                 f"fw=4.{c.ri(1, 19)}.{c.ri(0, 9)} status={c.c(STATUS)}")


def taxi_neg_ranks(c):
    b = B().t("RANK STATUS  " + ts_sp(c.rng) + "\n")
    b.t(f"{'STAND':<34}{'WAITING':>8}{'ETA_NEXT':>10}  NOTE\n")
    for _ in range(c.ri(3, 6)):
        b.t(f"{c.c(STATIONS)[:33]:<34}{c.ri(0, 14):>8}{c.ri(1, 20):>8}m  {c.c(['', 'surge 1.4x', 'closed', 'event'])}\n")
    return b


def taxi_neg_meter(c):
    b = B().t(f'<TripRecord meterId="M-{c.ri(1000, 9999)}" cab="{c.ri(1, 899)}" end="{ts_iso(c.rng, ms=False)}">\n')
    b.t(f'  <Driver id="H-000000"><Name>{c.c(["RELIEF POOL", "UNKNOWN", "SHIFT CHANGE"])}</Name></Driver>\n')
    b.t(f'  <Fare total="{c.ri(5, 80)}.{c.ri(0, 99):02d}" currency="EUR" tariff="T{c.ri(1, 3)}"/>\n')
    b.t(f'  <Payment type="{c.c(["CASH", "ACCOUNT", "VOUCHER"])}" pan="" holder=""/>\n</TripRecord>')
    xml_check(b.text())
    return b


# =========================================================================================================
# 2. ridehail_support_chat


def sup_ticket_block(c):
    r = c.per()
    d = c.per()
    ag = c.per()
    b = B().t(f"Ticket #{c.ri(1000000, 9999999)}  ({c.c(['Lost item', 'Fare review', 'Driver feedback'])})\n")
    b.t("Requester: ").p(r.full(), "NAME").t(" <").p(c.email(r), "EMAIL").t(">\n")
    b.t(f"Trip: {tripid(c)}   Driver: ").p(d.given, "NAME").t("\n")
    b.t("Phone on file: ").p(c.phone(r), "PHONE").t("\n")
    b.t("Description: left my backpack in the back seat, driver ").p(d.given, "NAME")
    b.t(" was very friendly, please connect us\nAssignee: ").p(c.acct(ag, c.c(["flast", "first.last"])), "NAME")
    return b


def sup_chat(c):
    r = c.per()
    d = c.per()
    ag = c.per()
    t = hhmm(c.rng)
    b = B().t(f"[{t}:0{c.ri(1, 9)}] rider (").p(r.given, "NAME").t("): hi my driver ").p(d.given, "NAME")
    b.t(" ended the trip early and I was charged the full fare\n")
    b.t(f"[{t}:2{c.ri(1, 9)}] agent ").p(ag.given, "NAME").t(": Hi ").p(r.given, "NAME")
    b.t(", sorry about that. I can see the trip ended 1.2 km before the drop-off.\n")
    b.t(f"[{t}:4{c.ri(1, 9)}] rider (").p(r.given, "NAME").t("): you can call me at ").p(c.phone(r), "PHONE")
    return b


def sup_foreign(c):
    r = c.per()
    d = c.per()
    lang = c.c(["es", "pt", "fr", "de", "tr"])
    b = B().t(f"{ts_iso(c.rng)} support-inbox lang={lang} channel=in_app msg=\"")
    if lang == "es":
        b.t("Hola, soy ").p(r.full(), "NAME").t(", el conductor ").p(d.given, "NAME")
        b.t(" tiene mi paraguas, mi número es ").p(c.phone(r), "PHONE")
    elif lang == "pt":
        b.t("Oi, aqui é ").p(r.given, "NAME").t(". O motorista ").p(d.full(), "NAME")
        b.t(" cobrou pedágio indevido. Meu telefone: ").p(c.phone(r), "PHONE")
    elif lang == "fr":
        b.t("Bonjour, je suis ").p(r.full(), "NAME").t(", le chauffeur ").p(d.given, "NAME")
        b.t(" a refusé mon chien guide. Rappelez-moi au ").p(c.phone(r), "PHONE")
    elif lang == "de":
        b.t("Hallo, hier ist ").p(r.full(), "NAME").t(". Fahrer ").p(d.given, "NAME")
        b.t(" ist einen Umweg gefahren. Erreichbar unter ").p(c.phone(r), "PHONE")
    else:
        b.t("Merhaba, ben ").p(r.full(), "NAME").t(". Sürücü ").p(d.given, "NAME")
        b.t(" telefonumu buldu mu? Numaram ").p(c.phone(r), "PHONE")
    return b.t('"')


def sup_lost_json(c):
    r = c.per()
    d = c.per()
    doc = {"case": f"LF-{c.ri(100000, 999999)}", "item": c.c(["backpack", "phone", "keys", "umbrella", "laptop bag"]),
           "trip_id": tripid(c), "rider": {"name": P(r.full(), "NAME"), "email": P(c.email(r), "EMAIL")},
           "driver": {"first_name": P(d.given, "NAME"), "account": P(c.acct(d, "first.last9"), "NAME")},
           "return_contact": P(c.phone(r, "e164"), "PHONE"), "fee": {"amount": 15, "currency": "USD"},
           "status": c.c(["OPEN", "DRIVER_CONTACTED", "RETURNED"])}
    return B().sub(js(doc, pretty=True))


def sup_macro(c):
    ag = c.per()
    r = c.per()
    d = c.per()
    b = B().t(f"{ts_iso(c.rng)} level=info component=macros macro={c.c(['LOST_ITEM_CONNECT', 'FARE_ADJUST', 'SAFETY_ESC'])}"
              " applied_by=")
    b.p(c.acct(ag, c.c(["flast", "firstl", "first_last"])), "NAME").t(f" ticket={c.ri(1000000, 9999999)} rider=")
    b.p(c.acct(r, c.c(["handle", "first.last9", "first9"])), "NAME").t(" rider_phone=").p(c.phone(r, "e164"), "PHONE")
    b.t(" driver_name=\"").p(d.given_initial(), "NAME").t(f"\" refund_usd={c.ri(0, 40)}.{c.ri(0, 99):02d}")
    return b


def sup_csat_csv(c):
    b = B().t("ticket_id\tagent_login\trider_name\trating\tcomment\n")
    for i in range(c.ri(2, 4)):
        ag = c.per()
        r = c.per()
        d = c.per()
        b.t(f"{c.ri(1000000, 9999999)}\t").p(c.acct(ag, "first.last"), "NAME").t("\t").p(r.full(), "NAME")
        b.t(f"\t{c.ri(1, 5)}\t")
        b.t(c.c(["thanks, ", "finally solved, ", "slow reply but "])).p(ag.given, "NAME")
        b.t(c.c([" was great", " helped a lot", " was patient"]))
        if c.pr(0.4):
            b.t(" (driver ").p(d.given, "NAME").t(" also called)")
        b.t("\n")
    return b


def sup_mail(c):
    r = c.per()
    ag = c.per()
    b = B().t("From: \"").p(r.full(), "NAME").t("\" <").p(c.email(r), "EMAIL").t(">\n")
    b.t("To: ").p(c.c(["support@rides.example", "help@ride.example.com", "care@mobility.example"]), "EMAIL")
    b.t("\nReply-To: ").p(c.email(r), "EMAIL").t("\n")
    b.t(f"Subject: Refund for trip on {date(c.rng)}\nX-Assigned-Agent: ").p(c.acct(ag, "flast"), "NAME")
    b.t("\n\nHi, I was charged twice. Thanks, ").p(r.given, "NAME")
    return b


def sup_neg_bot(c):
    t = hhmm(c.rng)
    return B().t(f"[{t}:01] bot (Support Assistant): Hi! What can I help you with today?\n"
                 f"[{t}:07] rider: lost item\n[{t}:09] bot (Support Assistant): Please choose your trip from the list."
                 f"\n[{t}:15] system: conversation routed to queue LOST_ITEMS_{c.c(['EN', 'ES', 'FR'])}")


def sup_neg_macro(c):
    return B().t(f"{ts_iso(c.rng)} level=info component=macros macro={c.c(['AUTO_CLOSE', 'FARE_ADJUST', 'SURVEY_SEND'])}"
                 f" applied_by={c.c(['zendesk-macro-runner', 'support-bot', 'trust-automod'])} ticket={c.ri(1000000, 9999999)}"
                 f" rider=[REDACTED] rider_phone=[REDACTED] driver_name=\"\" refund_usd=0.00 status={c.c(STATUS)}")


def sup_neg_csat(c):
    b = B().t("city\tagent_group\ttickets\tavg_rating\tnote\n")
    for _ in range(c.ri(3, 5)):
        b.t(f"{c.c(['Lyon', 'Madison, WI', 'Victoria, BC', 'Sofia', 'Porto'])}\t{c.c(['Tier1', 'Safety', 'Lost&Found'])}"
            f"\t{c.ri(50, 900)}\t{c.ri(30, 49) / 10}\t{c.c(['Trip completed', 'n/a', 'Grant program pilot'])}\n")
    return b


def sup_neg_template(c):
    return B().t("Ticket #{{ticket.id}}  (Lost item)\nRequester: {{rider.first_name}} {{rider.last_name}} "
                 "<{{rider.email}}>\nTrip: {{trip.uuid}}   Driver: {{driver.first_name}}\nPhone on file: "
                 "{{rider.phone_masked}}\nDescription: {{ticket.description}}\nAssignee: unassigned")


# =========================================================================================================
# 3. driver_onboarding_checks


def onb_bgcheck_json(c):
    d = c.per("en_us" if c.pr(0.6) else None)
    adj = c.per()
    doc = {"type": "report.completed", "created_at": ts_iso(c.rng),
           "data": {"object": {"id": c.hx(24), "status": c.c(["clear", "consider"]), "package": "driver_pro",
                               "candidate": {"first_name": P(d.given, "NAME"), "last_name": P(d.family, "NAME"),
                                             "email": P(c.email(d), "EMAIL"), "phone": P(c.phone(d, "e164"), "PHONE")},
                               "adjudicated_by": P(c.acct(adj, c.c(["first.last", "flast"])), "NAME"),
                               "screenings": ["ssn_trace", "motor_vehicle_report", "county_criminal"]}}}
    return js(doc, pretty=True, indent=c.c([2, 4]))


def onb_funnel(c):
    d = c.per()
    rv = c.per()
    st = ["SIGNED_UP", "DOCS_UPLOADED", "BG_CHECK", "VEHICLE_INSPECTION", "ACTIVATED"]
    i = c.ri(0, 3)
    b = B().t(f"{ts_iso(c.rng)} onboarding applicant_id=app_{c.hx(10)} name=\"").p(nform(c, d), "NAME")
    b.t(f"\" stage={st[i]}->{st[i + 1]} reviewer=").p(c.acct(rv, c.c(["flast", "first.last", "lastf"])), "NAME")
    b.t(f" city={c.c(['NYC', 'CHI', 'SEA', 'LDN', 'BER'])} elapsed_h={c.ri(1, 96)}")
    if c.pr(0.4):
        b.t(" contact=").p(c.email(d), "EMAIL")
    return b


def onb_ocr_block(c):
    d = c.per()
    ins = c.per() if c.pr(0.4) else d
    b = B().t(f"--- document_ocr job={c.hx(12)} doc=DRIVER_LICENSE confidence=0.{c.ri(80, 99)}\n")
    b.t("Name on licence: ").p(d.gf().upper(), "NAME").t("\n")
    b.t(f"Licence no: {c.c('ABCDEFGHJKLMNPRSTUVWXYZ')}{non_luhn(c.rng, 8)}\nExpiry: {date(c.rng)}\n")
    b.t(f"--- document_ocr doc=INSURANCE_CARD confidence=0.{c.ri(70, 99)}\nNamed insured: ").p(ins.lf(), "NAME")
    b.t(f"\nPolicy: PA-{c.ri(1000000, 9999999)}\nVehicle plate: {plate(c.rng)}\n")
    b.t("match_result: " + ("NAME_MATCH" if ins is d else "NAME_MISMATCH (household member?)"))
    return b


def onb_traceback(c):
    d = c.per("en_us")
    b = B().t("Traceback (most recent call last):\n  File \"/srv/onboarding/tasks.py\", line 214, in submit_to_vendor\n"
              "    resp = client.candidates.create(app.to_vendor())\n"
              "  File \"/srv/onboarding/vendor.py\", line 88, in create\n"
              "    raise VendorError(resp.status, payload)\n"
              "onboarding.vendor.VendorError: 422 duplicate candidate\n"
              f"  payload=DriverApplication(id={c.ri(10000, 99999)}, first_name=")
    pyrepr(b, d.given, "NAME").t(", last_name=")
    pyrepr(b, d.family, "NAME").t(", email=")
    pyrepr(b, c.email(d), "EMAIL").t(", ssn=")
    pyrepr(b, c.ssn(c.c(["dash", "bare"])), "SSN").t(f", state='{c.c(['NY', 'IL', 'WA', 'TX'])}')")
    return b


def onb_inspection_csv(c):
    b = B().t("inspection_id;date;station;inspector;driver_login;plate;result\n")
    for _ in range(c.ri(2, 4)):
        ins = c.per()
        d = c.per()
        b.t(f"INS{c.ri(10000, 99999)};{date(c.rng)};{c.c(STATIONS)};").p(ins.full(), "NAME").t(";")
        b.p(c.acct(d, c.c(["first.last9", "flast", "first9"])), "NAME")
        b.t(f";{plate(c.rng)};{c.c(['PASS', 'FAIL-TYRES', 'PASS', 'FAIL-LIGHTS'])}\n")
    return b


def onb_tnc_fixed(c):
    b = B().t(f"H TNCPERMIT {date(c.rng).replace('-', '')} BATCH{c.ri(100, 999)}\n")
    n = c.ri(1, 3)
    for _ in range(n):
        d = c.per("en_us" if c.pr(0.6) else None)
        b.t("D ").p(d.family.upper()[:20], "NAME").t(" " * (21 - len(d.family.upper()[:20])))
        b.p(d.given.upper()[:15], "NAME").t(" " * (16 - len(d.given.upper()[:15])))
        b.p(c.ssn("bare"), "SSN").t(f" {plate(c.rng):<10} {c.c(['NEW', 'RENEW'])}\n")
    b.t(f"T {n:06d}")
    return b


def onb_notes_foreign(c):
    d = c.per(c.c(["es", "es_mx", "pt_br", None]))
    ag = c.per()
    k = c.rng.randrange(2)
    b = B().t(f"{ts_sp(c.rng)} nota_agente[").p(c.acct(ag, "first.last"), "NAME").t("]: ")
    if k == 0:
        b.t("El solicitante ").p(d.full(), "NAME").t(" subió la licencia vencida; le pedí una nueva por WhatsApp al ")
        b.p(c.phone(d), "PHONE").t(".")
    else:
        b.t("Motorista ").p(d.full(), "NAME").t(" enviou CNH ilegível. Reenviar para ").p(c.email(d), "EMAIL")
        b.t(" e ligar no ").p(c.phone(d), "PHONE").t(".")
    return b


def onb_tax_payout(c):
    d = c.per("en_us")
    b = B().t(f"{ts_iso(c.rng)} payouts tax_profile.saved driver=").p(c.acct(d, c.c(["first.last", "flast9"])), "NAME")
    b.t(" legal_name=\"").p(d.gf(), "NAME").t("\" tin_type=SSN tin=").p(c.ssn(), "SSN")
    b.t(" instant_pay_card=").p(c.card(c.c(["plain", "space"])), "CREDIT_CARD")
    b.t(" form=1099-K year=2026 ok=true")
    return b


def onb_neg_partner(c):
    doc = {"type": "fleet_partner.created", "legal_name": c.c(COMPANIES), "vehicles": c.ri(3, 400),
           "contact": {"role": "dispatch office", "email": None, "phone": None}, "status": c.c(STATUS),
           "created_by": c.c(SVC)}
    return js(doc, pretty=c.pr(0.5))


def onb_neg_funnel(c):
    st = ["SIGNED_UP", "DOCS_UPLOADED", "BG_CHECK", "VEHICLE_INSPECTION", "ACTIVATED"]
    i = c.ri(0, 3)
    return B().t(f"{ts_iso(c.rng)} onboarding applicant_id=app_{c.hx(10)} name=\"\" stage={st[i]}->{st[i + 1]} "
                 f"reviewer={c.c(['onboarding-automation', 'bgcheck-webhook', 'SYSTEM'])} "
                 f"city={c.c(['NYC', 'CHI', 'SEA', 'LDN', 'BER'])} elapsed_h={c.ri(1, 96)} rule=auto_advance")


def onb_neg_template(c):
    return B().t("Hi {first_name}, your background check with {vendor} is {status}. Upload your licence at "
                 "{upload_url} before {deadline}. Reply STOP to opt out.\n# template=bg_reminder_v4 locale=en_US")


def onb_neg_schedule(c):
    b = B().t("INSPECTION SLOTS\n")
    for _ in range(c.ri(3, 5)):
        b.t(f"{date(c.rng)}  {hhmm(c.rng)}  {c.c(STATIONS):<36} cap={c.ri(4, 30):>2} booked={c.ri(0, 30):>2}\n")
    return b


# =========================================================================================================
# 4. bikeshare_dock_ops


def bike_dock_pipe(c):
    b = B()
    for i in range(c.ri(1, 3)):
        m = c.per()
        if i:
            b.t("\n")
        b.t(f"{ts_iso(c.rng, ms=False)}|ST-{c.ri(100, 9999):04d}|DOCK {c.ri(1, 40):02d}|{c.c(['UNDOCK', 'DOCK', 'UNDOCK_FAIL'])}|member=")
        b.p(c.acct(m), "NAME").t(f"|fob={non_luhn(c.rng, 10)}|bike={c.ri(10000, 99999)}|batt={c.ri(5, 100)}%")
    return b


def bike_signup_access(c):
    m = c.per()
    e = c.email(m)
    b = B().p(c.ip(), "IP_ADDRESS").t(f" - - [{c.ri(1, 28):02d}/{c.c(['Mar', 'Apr', 'May'])}/2026:{hhmm(c.rng)}:11 +0000] ")
    b.t('"POST /api/v2/members/signup HTTP/1.1" 201 412 "-" "BikeApp/5.3 (iPhone; iOS 18.1)" body="first_name=')
    b.p(m.given, "NAME", form).t("&last_name=").p(m.family, "NAME", form).t("&email=").p(e, "EMAIL", pct)
    b.t(f"&plan={c.c(['annual', 'day', 'student'])}\"")
    return b


def bike_sms_unlock(c):
    m = c.per()
    b = B().t(f"{ts_sp(c.rng)} sms-gw inbound from=").p(c.phone(m, "e164"), "PHONE")
    b.t(f' body="UNLOCK {c.ri(1000, 9999)}" -> member lookup ok: ').p(m.full(), "NAME")
    b.t(" (").p(c.acct(m, c.c(["first.last", "firstl", "first9"])), "NAME").t(f") station={c.c(STATIONS)}")
    return b


def bike_rebalance_log(c):
    a = c.per()
    bb = c.per()
    nxt = c.per()
    b = B().t(f"VAN V{c.ri(1, 30):02d} shift {date(c.rng)} crew: ").p(a.given_initial(), "NAME").t(" / ")
    b.p(bb.given_initial(), "NAME").t("\n")
    for _ in range(c.ri(2, 3)):
        b.t(f"  {hhmm(c.rng)} pickup {c.ri(2, 12)} @ {c.c(STATIONS)} -> drop @ {c.c(STATIONS)}\n")
    b.t(f"  {hhmm(c.rng)} handover van keys -> ").p(nxt.full(), "NAME")
    if c.pr(0.5):
        b.t(" (").p(c.phone(nxt, "nat"), "PHONE").t(")")
    return b


def bike_damage_json(c):
    m = c.per()
    doc = {"report_id": f"DMG-{c.ri(10000, 99999)}", "bike": c.ri(10000, 99999), "station": c.c(STATIONS),
           "issue": c.c(["flat tyre", "brake loose", "chain off", "basket broken"]),
           "reporter": {"name": P(nform(c, m), "NAME"), "phone": P(c.phone(m), "PHONE")},
           "photo": None, "created": ts_iso(c.rng)}
    if c.pr(0.5):
        doc["photo"] = f"dmg_{c.ri(100000, 999999)}.jpg"
    return B().t(f"{ts_iso(c.rng)} WARN fieldops damage_report ").sub(js(doc, ascii_=c.pr(0.3), sp=c.pr(0.5)))


def bike_member_csv(c):
    b = B().t("member_id,first_name,last_name,email,plan,postcode\n")
    for _ in range(c.ri(2, 4)):
        m = c.per()
        b.t(f"M{c.ri(100000, 999999)},").p(m.given, "NAME").t(",").p(m.family, "NAME").t(",").p(c.email(m), "EMAIL")
        b.t(f",{c.c(['annual', 'monthly', 'student', 'reduced'])},{c.c(['EC1V', '10115', '75011', 'M4C'])}\n")
    return b


def bike_kiosk_pan(c):
    h = c.per()
    b = B().t(f"{ts_sp(c.rng)} [kiosk-{c.ri(1, 300):03d}] DEBUG emv.auth amount=3.50 pan=").p(c.card("plain"), "CREDIT_CARD")
    b.t(" cardholder=").p(f"{h.family}/{h.given}".upper(), "NAME")
    b.t(f" resp=00 product=\"{c.c(PRODUCTS)}\"")
    return b


def bike_neg_gbfs(c):
    st = []
    for _ in range(c.ri(2, 3)):
        st.append({"station_id": str(c.ri(100, 9999)), "name": c.c(STATIONS), "num_bikes_available": c.ri(0, 30),
                   "num_docks_available": c.ri(0, 30), "is_renting": True, "last_reported": c.ri(1760000000, 1790000000)})
    return js({"last_updated": c.ri(1760000000, 1790000000), "ttl": 60, "version": "2.3", "data": {"stations": st}},
              pretty=c.pr(0.5))


def bike_neg_fault(c):
    b = B()
    for i in range(c.ri(1, 3)):
        if i:
            b.t("\n")
        b.t(f"{ts_iso(c.rng, ms=False)}|ST-{c.ri(100, 9999):04d}|DOCK {c.ri(1, 40):02d}|"
            f"{c.c(['FAULT_LOCK', 'COMM_LOST', 'FW_UPDATE'])}|member=-|fob=-|bike=-|code=E{c.ri(10, 99)}")
    return b


def bike_neg_plan(c):
    b = B().t("REBALANCING PLAN  v" + str(c.ri(1, 9)) + "  by rebalance-planner\n")
    for _ in range(c.ri(3, 5)):
        b.t(f"  {c.c(STATIONS):<36} target={c.ri(5, 25):>2} now={c.ri(0, 30):>2} priority={c.c(['HIGH', 'LOW', 'MED'])}\n")
    return b


def bike_neg_kiosk(c):
    return B().t(f"{ts_sp(c.rng)} [kiosk-{c.ri(1, 300):03d}] DEBUG emv.auth amount=3.50 pan=************{c.ri(1000, 9999)}"
                 f" cardholder=/ resp={c.c(['05', '51', '91'])} product=\"{c.c(PRODUCTS)}\" msg=\"{c.c(UI['en'])}\"")


# =========================================================================================================
# 5. scooter_fleet_rides


def sco_zap_json(c):
    r = c.per()
    doc = {"level": "info", "ts": round(1760000000 + c.rng.random() * 3e7, 3), "caller": "rides/start.go:142",
           "msg": "ride started", "ride_id": uuid(c.rng), "user_id": "usr_" + c.hx(12),
           "username": P(c.acct(r), "NAME"), "vehicle": f"SC-{c.hx(6).upper()}", "client_ip": P(c.ip(), "IP_ADDRESS"),
           "zone": c.c(["berlin-mitte", "paris-11", "madrid-centro", "warszawa-srodmiescie"])}
    return js(doc)


def sco_photo(c):
    r = c.per()
    a = c.acct(r, c.c(["first.last", "flast", "first_last", "firstl"]))
    rid = c.hx(10)
    b = B().t(f"{ts_iso(c.rng)} INFO parking-photo upload ok bucket=ride-end-photos key=2026/{c.ri(1, 11):02d}/")
    b.p(a, "NAME").t(f"_{rid}.jpg size={c.ri(80, 900)}KB verdict={c.c(['GOOD_PARKING', 'BLOCKING_SIDEWALK', 'UNCLEAR'])}")
    return b


def sco_go_panic(c):
    r = c.per()
    b = B().t(f"panic: runtime error: invalid memory address or nil pointer dereference\n"
              f"[signal SIGSEGV: segmentation violation code=0x1 addr=0x28 pc=0x{c.hx(7)}]\n\n"
              f"goroutine {c.ri(100, 9999)} [running]:\n"
              f"github.example/scoot/rides.(*EndRideHandler).notify(0xc000{c.hx(6)}, {{0x{c.hx(6)}, 0xc00{c.hx(7)}}})\n"
              f"\t/src/rides/end.go:88 +0x{c.hx(3)}\n"
              f"github.example/scoot/rides.(*EndRideHandler).ServeHTTP(...)\n\t/src/rides/end.go:51 +0x{c.hx(3)}\n"
              f"last log before panic: msg=\"sending receipt\" rider=")
    b.t('"').p(r.full(), "NAME").t('" email=').p(c.email(r), "EMAIL")
    return b


def sco_fine_mail(c):
    r = c.per()
    lang = c.c(["es", "fr", "pl", "en"])
    b = B().t("To: ").p(c.email(r), "EMAIL").t("\n")
    amt = c.ri(5, 45)
    if lang == "es":
        b.t("Asunto: Multa por estacionamiento\n\nHola ").p(r.given, "NAME")
        b.t(f", el ayuntamiento nos ha trasladado una sanción de {amt} € por tu patinete aparcado en la acera.")
    elif lang == "fr":
        b.t("Objet : Amende de stationnement\n\nBonjour ").p(r.given, "NAME")
        b.t(f", la mairie nous a transmis une amende de {amt} € pour une trottinette mal garée.")
    elif lang == "pl":
        b.t("Temat: Opłata za nieprawidłowe parkowanie\n\nCześć ").p(r.given, "NAME")
        b.t(f", naliczyliśmy {amt} zł za hulajnogę pozostawioną na przejściu.")
    else:
        b.t("Subject: Parking fine\n\nHi ").p(r.given, "NAME")
        b.t(f", the city forwarded a {amt} EUR fine for a scooter left blocking a bus stop.")
    if c.pr(0.6):
        b.t("\n-- SMS copy sent to ").p(c.phone(r, c.c(["e164", "intl"])), "PHONE")
    return b


def sco_age_verif(c):
    r = c.per()
    doc = {"check": "age_verification", "provider": "idv-vendor", "result": c.c(["approved", "declined", "review"]),
           "given_name": P(r.given, "NAME"), "family_name": P(r.family, "NAME"), "age_over_18": True,
           "device_ip": P(c.ip(), "IP_ADDRESS"), "document": c.c(["ID_CARD", "PASSPORT", "DRIVING_LICENCE"])}
    return B().t(f"{ts_iso(c.rng)} kyc ").sub(js(doc, pretty=c.pr(0.5)))


def sco_juicer_payout(c):
    j = c.per()
    b = B().t(f"{ts_iso(c.rng)} juicer-payouts batch={c.ri(1000, 9999)} charger=").p(c.acct(j), "NAME")
    b.t(f" scooters_charged={c.ri(3, 40)} amount={c.ri(10, 300)}.{c.ri(0, 99):02d} method=debit_push card=")
    b.p(c.card(c.c(["plain", "dash"])), "CREDIT_CARD").t(" holder=\"").p(j.gf().upper(), "NAME").t('"')
    return b


def sco_neg_mds(c):
    doc = {"version": "2.0.0", "data": {"events": [{"device_id": uuid(c.rng), "provider_id": uuid(c.rng),
                                                      "event_types": [c.c(["trip_start", "trip_end", "battery_low"])],
                                                      "vehicle_state": c.c(["on_trip", "available", "non_operational"]),
                                                      "timestamp": c.ri(1760000000000, 1790000000000),
                                                      "trip_ids": [uuid(c.rng)]}]}}
    return js(doc, pretty=c.pr(0.5))


def sco_neg_iot(c):
    return B().t(f"{ts_iso(c.rng)} iot-ingest hb vehicle=SC-{c.hx(6).upper()} fw={c.ri(1, 9)}.{c.ri(0, 20)}.{c.ri(0, 9)} "
                 f"batt={c.ri(1, 100)} lock={c.c(['LOCKED', 'UNLOCKED'])} rssi=-{c.ri(50, 110)} state={c.c(STATUS)}")


def sco_neg_ops(c):
    return B().t(f"{ts_iso(c.rng)} fleet-ops-bot moved {c.ri(3, 40)} scooters from {c.c(STATIONS)} to {c.c(STATIONS)} "
                 f"task=T{c.ri(10000, 99999)} by={c.c(SVC)}")


def sco_neg_geofence(c):
    return B().t(f"{ts_iso(c.rng)} geofence.updated zone={c.c(['no_parking', 'slow_15', 'no_ride'])} "
                 f"name=\"{c.c(STATIONS)}\" vertices={c.ri(4, 60)} editor={c.c(SVC)} msg=\"{c.c(UI['de'] + UI['fr'])}\"")


# =========================================================================================================
# 6. carsharing_bookings


def car_resv_json(c):
    m = c.per()
    doc = {"reservation": f"R{c.ri(10000000, 99999999)}", "vehicle": {"plate": plate(c.rng), "model": "Renault Zoe"},
           "member": {"id": c.ri(100000, 999999), "name": P(nform(c, m), "NAME"), "email": P(c.email(m), "EMAIL"),
                      "mobile": P(c.phone(m), "PHONE") if c.pr(0.5) else None},
           "start": ts_iso(c.rng, ms=False), "hours": c.ri(1, 12)}
    if c.pr(0.5):
        a = c.per()
        doc["additional_driver"] = {"name": P(a.full(), "NAME")}
    return B().t(f"{ts_iso(c.rng)} [reservations-7f] INFO ReservationService - created ").sub(js(doc))


def car_box_unlock(c):
    m = c.per()
    return B().t(f"{ts_sp(c.rng)} carshare-box-gw CMD UNLOCK vin=VF1{non_luhn(c.rng, 14)} card_uid={c.hx(8).upper()} member=") \
        .p(c.acct(m), "NAME").t(f" result={c.c(['OK', 'OK', 'TIMEOUT'])} rtt_ms={c.ri(200, 4000)}")


def car_damage_note(c):
    m = c.per(c.c(["de", "fr", "nl", None]))
    lang = c.c(["de", "fr", "nl"])
    b = B().t(f"[{ts_sp(c.rng)}] damage_report vehicle={plate(c.rng)} by=").p(c.acct(m, "first.last"), "NAME").t(" text=\"")
    if lang == "de":
        b.t("Kratzer an der Beifahrertür, war schon vor Fahrtbeginn da. Gruß ").p(m.given, "NAME")
    elif lang == "fr":
        b.t("Rétroviseur gauche cassé avant le départ. Merci, ").p(m.full(), "NAME")
    else:
        b.t("Deuk in de achterbumper, niet door mij. Groet, ").p(m.given, "NAME").t(", tel ").p(c.phone(m, "nat"), "PHONE")
    return b.t('"')


def car_licence(c):
    m = c.per()
    b = B().t(f"{ts_iso(c.rng)} licence-check member={c.ri(100000, 999999)} holder=\"").p(m.lf().upper() if c.pr(0.5) else m.lf(), "NAME")
    b.t(f"\" licence=***{c.ri(100, 999)} issuer={c.c(['DE', 'FR', 'NL', 'GB', 'PL'])} status={c.c(['VALID', 'EXPIRED', 'RECHECK'])}"
        f" next_check={date(c.rng)}")
    return b


def car_late_fee(c):
    m = c.per()
    b = B().t(f"{ts_iso(c.rng)} billing late_return reservation=R{c.ri(10000000, 99999999)} minutes={c.ri(10, 300)} "
              f"fee_eur={c.ri(10, 90)}.00 card=").p(c.card(), "CREDIT_CARD").t(" holder=").p(m.gf().upper(), "NAME")
    b.t(f" 3ds={c.c(['frictionless', 'challenge'])}")
    return b


def car_java_exc(c):
    m = c.per()
    o = c.per()
    b = B().t(f"{ts_sp(c.rng)} ERROR [http-nio-8080-exec-{c.ri(1, 40)}] c.e.carshare.ReservationController - "
              "booking failed\ncom.example.carshare.ReservationConflictException: slot already held by Member[name=")
    b.p(o.full(), "NAME").t(f", memberId={c.ri(100000, 999999)}]\n\tat com.example.carshare.ReservationService.hold"
                            f"(ReservationService.java:{c.ri(80, 400)})\n\tat com.example.carshare.ReservationController"
                            f".create(ReservationController.java:{c.ri(40, 200)})\n  requested by Member[name=")
    b.p(m.full(), "NAME").t(", email=").p(c.email(m), "EMAIL").t("]")
    return b


def car_corp_tsv(c):
    b = B().t("employee\temail\tcost_centre\ttrips\tkm\n")
    for _ in range(c.ri(2, 4)):
        e = c.per()
        b.p(e.full(), "NAME").t("\t").p(c.email(e, c.c(["corp.example", "firma.example"])), "EMAIL")
        b.t(f"\tKST-{c.ri(1000, 9999)}\t{c.ri(1, 20)}\t{c.ri(10, 900)}\n")
    return b


def car_neg_avail(c):
    cars = [{"plate": plate(c.rng), "model": c.c(["Renault Zoe", "Fiat 500e", "VW ID.3", "Kia Soul", "Mini Cooper SE"]),
             "fuel": c.ri(10, 100), "station": c.c(STATIONS)} for _ in range(c.ri(2, 3))]
    return B().t(f"{ts_iso(c.rng)} [availability] ").sub(js({"vehicles": cars, "status": c.c(STATUS)}, sp=True))


def car_neg_hb(c):
    return B().t(f"{ts_sp(c.rng)} carshare-box-gw HEARTBEAT vin=VF1{non_luhn(c.rng, 14)} doors=LOCKED ign=OFF "
                 f"fuel={c.ri(5, 100)}% gsm=-{c.ri(60, 110)}dBm fw=box-{c.ri(1, 9)}.{c.ri(0, 30)}")


def car_neg_clean(c):
    return B().t(f"{ts_iso(c.rng)} tasks cleaning task=C{c.ri(1000, 9999)} vehicle={plate(c.rng)} "
                 f"assignee={c.c(['Van Houten Vervoer BV', 'fleet-ops-bot', 'Marchetti Noleggio SRL'])} "
                 f"station=\"{c.c(STATIONS)}\" state={c.c(STATUS)}")


def car_neg_price(c):
    b = B().t(f"{'TARIFF':<22}{'EUR/h':>8}{'EUR/km':>8}{'DAY':>8}\n")
    for t in c.rng.sample(["Basic", "Flex", "Student", "Business", "Weekend", "Grant Scheme"], 4):
        b.t(f"{t:<22}{c.ri(2, 12)}.{c.ri(0, 99):02d}{' ':>3}0.{c.ri(10, 40)}{' ':>3}{c.ri(30, 90)}.00\n")
    return b


FAMILIES = {
    "taxi_dispatch_mdt": ([taxi_fixed_job, taxi_mdt_syslog, taxi_booking_json, taxi_account_csv, taxi_mdt_messages,
                           taxi_it_operator, taxi_meter_xml],
                          [taxi_neg_fixed, taxi_neg_syslog, taxi_neg_ranks, taxi_neg_meter]),
    "ridehail_support_chat": ([sup_ticket_block, sup_chat, sup_foreign, sup_lost_json, sup_macro, sup_csat_csv,
                               sup_mail],
                              [sup_neg_bot, sup_neg_macro, sup_neg_csat, sup_neg_template]),
    "driver_onboarding_checks": ([onb_bgcheck_json, onb_funnel, onb_ocr_block, onb_traceback, onb_inspection_csv,
                                  onb_tnc_fixed, onb_notes_foreign, onb_tax_payout],
                                 [onb_neg_partner, onb_neg_funnel, onb_neg_template, onb_neg_schedule]),
    "bikeshare_dock_ops": ([bike_dock_pipe, bike_signup_access, bike_sms_unlock, bike_rebalance_log, bike_damage_json,
                            bike_member_csv, bike_kiosk_pan],
                           [bike_neg_gbfs, bike_neg_fault, bike_neg_plan, bike_neg_kiosk]),
    "scooter_fleet_rides": ([sco_zap_json, sco_photo, sco_go_panic, sco_fine_mail, sco_age_verif, sco_juicer_payout],
                            [sco_neg_mds, sco_neg_iot, sco_neg_ops, sco_neg_geofence]),
    "carsharing_bookings": ([car_resv_json, car_box_unlock, car_damage_note, car_licence, car_late_fee, car_java_exc,
                             car_corp_tsv],
                            [car_neg_avail, car_neg_hb, car_neg_clean, car_neg_price]),
}
