"""Families 7-12 of pack_q: controlled drugs and prescriptions, boarding and daycare, animal control, financing
and billing, client communications, pet travel certificates."""

from __future__ import annotations

from core import (
    CLINICS,
    COMPANIES,
    CSV,
    IP,
    PLACES,
    PRODUCTS,
    PY,
    SERVICE_ACCTS,
    STATUS,
    UI,
    XML,
    C,
    Cat,
    E,
    J,
    N,
    P,
    S,
    form,
    pct,
    xesc,
)
from names import fold

DRUGS = ("Hydromorphone 10 mg/mL", "Ketamine 100 mg/mL", "Butorphanol 10 mg/mL", "Buprenorphine 0.3 mg/mL",
         "Methadone 10 mg/mL", "Phenobarbital 60 mg", "Diazepam 5 mg/mL", "Tramadol 50 mg", "Gabapentin 100 mg")
ROUTES = ("IV", "IM", "SQ", "PO")


def _up_lf(p):
    return f"{fold(p.f).upper()}, {fold(p.g).upper()}"


# ============================================================ 7. controlled_drugs_rx

def cd_csv(c):
    rows = [["date", "drug", "lot", "qty", "route", "patient", "client_last", "administered_by", "witness"]]
    for _ in range(c.num(1, 3)):
        cl, a, w = c.person(), c.person(native=False), c.person(native=False)
        wit = c.ch((N(c.acct(w)), N(w.lf()), N(w.initial())))
        rows.append([c.date(), c.ch(DRUGS), f"L{c.digits(6)}", f"{c.num(0, 9)}.{c.num(1, 9)}", c.ch(ROUTES), c.pet(),
                     N(cl.family()), N(c.acct(a)), wit])
    return [f"# controlled drug log export site={c.num(100, 999)}\n", CSV(rows)]


def cd_syslog(c):
    u, w = c.person(native=False), c.person(native=False)
    return [f"<85>{c.syslog_ts()} drugsafe-{c.num(1, 4):02d} cabinetd[{c.num(100, 9000)}]: drawer={c.num(1, 8)} opened "
            f"badge={c.digits(6)} user=", N(c.acct(u)), " witness=", N(c.acct(w)),
            f" drug=\"{c.ch(DRUGS)}\" remaining={c.num(1, 40)}.{c.num(0, 9)}mL"]


def cd_rx_json(c):
    cl, vet, st = c.person(), c.person(native=False), c.person(native=False)
    sp, _ = c.species()
    doc = {"rx_request": f"RX{c.digits(7)}", "source": "online-pharmacy",
           "client": {"first": N(cl.given()), "last": N(cl.family()), "email": E(c.email(cl))},
           "pet": {"name": c.pet(), "species": sp,
                   "weight_kg": round(c.r.uniform(2, 45) if sp == "Canine" else c.r.uniform(0.1, 8), 1)},
           "product": c.ch(("Carprofen 75 mg x60", "Apoquel 16 mg x30", "Gabapentin 100 mg x90", "Methimazole 5 mg x60")),
           "prescriber": Cat("Dr. ", N(vet.latin())), "status": c.ch(("APPROVED", "DENIED", "NEEDS_EXAM")),
           "reviewed_by": N(c.acct(st))}
    return [f"{c.ts()} rx-hub ", J(doc, indent=c.ch((None, 2)), ascii_=c.p(0.3))]


def cd_discrepancy(c):
    a, b = c.person(), c.person(native=False)
    return [f"{c.date()} DISCREPANCY {c.num(0, 9)}.{c.num(1, 9)} mL {c.ch(DRUGS).split()[0].lower()} reported by ", N(a.full()),
            "; count verified by ", N(b.latin()), f". Balance corrected to {c.num(1, 90)}.{c.num(0, 9)} mL. "
            "DEA Form 106 not required."]


def cd_mail(c):
    cl, req = c.person(native=False), c.person()
    return ["From: \"Pharmacy Desk\" <", E(c.email(None, "rxhub.example", "pharmacy")), ">\nTo: ",
            E(c.email(None, "northgatevets.example", c.ch(("frontdesk", "rx", "reception")))), f"\nSubject: Rx request for {c.pet()} (client: ", N(cl.lf()),
            ")\n\nRequested by ", N(req.full()), ", callback ", P(c.phone()), ".\nProduct: ",
            c.ch(("Carprofen 75 mg", "Cerenia 24 mg", "Clavamox 250 mg")), "\n"]


def cd_it(c):
    vet, ow = c.person(native=False), c.person(trad=c.ch(("italian", "italian", "albanian")))
    t = "Dott.ssa" if vet.gender == "f" else "Dott."
    return [f"{c.date('/')} REV n. {c.digits(10)}: ricetta elettronica veterinaria emessa dal {t} ", N(vet.f),
            " per il proprietario ", N(ow.latin()), f" (animale {c.pet()}, farmaco {c.ch(DRUGS)})"]


def cd_ruby(c):
    cl, vet = c.person(), c.person(native=False)
    return [f"#<RxRequest id: {c.num(10000, 99999)}, client_name: ", pystr_rb(cl.full()),
            ", prescriber: ", pystr_rb(vet.latin()), ", phone: \"", P(c.phone()), f"\", status: \"pending\", "
            f"created_at: \"{c.date()} {c.time()}\">"]


def pystr_rb(v):
    return ['"', N(v.replace('"', '\\"')), '"']


def cd_neg_csv(c):
    rows = [["drug", "lot", "expiry", "on_hand", "par"]]
    for _ in range(3):
        rows.append([c.ch(DRUGS), f"L{c.digits(6)}", c.date(), str(c.num(0, 40)), str(c.num(5, 20))])
    return [CSV(rows)]


def cd_neg_syslog(c):
    return [f"<86>{c.syslog_ts()} drugsafe-{c.num(1, 4):02d} cabinetd[{c.num(100, 9000)}]: self-test "
            f"{c.ch(('OK', 'FAILED', 'DEGRADED'))} drawers={c.num(4, 8)} fw=v{c.num(1, 5)}.{c.num(0, 9)}.{c.num(0, 9)}.{c.num(1, 99)} "
            f"user={c.ch(('root', 'SYSTEM', 'cron'))}"]


def cd_neg_json(c):
    doc = {"formulary": c.ch(PLACES) + " region", "updated_by": c.ch(("RXBOT", "integration.user")),
           "items": [{"name": c.ch(DRUGS), "schedule": c.ch(("II", "III", "IV"))} for _ in range(2)],
           "supplier": c.ch(COMPANIES)}
    return [f"{c.ts()} rx-hub formulary.sync ", J(doc, compact=True)]


def cd_neg_it(c):
    return [f"{c.date('/')} REV n. {c.digits(10)}: ricetta annullata dal sistema (animale {c.pet()}, "
            f"farmaco {c.ch(DRUGS)}), stato {c.ch(('ANNULLATA', 'EROGATA', 'SCADUTA'))}"]


# ============================================================ 8. boarding_daycare

def bd_kiosk(c):
    o, pu = c.person(), c.person()
    pets = ",".join(c.r.sample(("Biscuit", "Loki", "Mochi", "Pepper", "Ziggy", "Nugget", "Juniper"), c.num(1, 2)))
    return [f"kiosk=FRONT-{c.num(1, 3):02d} action=checkin reservation=R-{c.digits(5)} pets=\"{pets}\" owner=\"",
            N(o.full()), "\" authorized_pickup=\"", N(pu.full()), "\" phone=", P(c.phone()),
            f" run={c.ch(('Suite', 'Run', 'Condo'))}-{c.num(1, 40)}"]


def bd_cam(c):
    o = c.person()
    return [IP(c.ip()), f" - - [{c.num(1, 28):02d}/May/2025:{c.time()} +0000] \"GET /cams/playroom-{c.num(1, 4)}/live.m3u8?user=",
            pct([E(c.email(o))]), f"&token={c.hexid(16)} HTTP/2.0\" 200 {c.num(300, 900)} \"-\" \"PawCam/3.2 (",
            N(fold(o.latin().split()[0] if not o.fg else o.g)), c.ch(("s-iPhone", "'s iPad", "s-Pixel-8")), ")\""]


def bd_incident(c):
    st, o = c.person(native=False), c.person()
    doc = {"incident": f"INC-{c.digits(5)}", "type": c.ch(("minor scuffle", "torn nail", "upset stomach")),
           "pet": c.pet(), "staff": {"first_name": N(st.g), "last_name": N(st.f)},
           "owner": {"name": N(o.full()), "email": E(c.email(o))}, "owner_notified": True,
           "notes": Cat("Owner ", N(o.given()), " called back, happy with care")}
    return [f"{c.ts()} daycare-app incident.created ", J(doc, compact=c.p(0.5), ascii_=c.p(0.3))]


def bd_card(c):
    o = c.person(native=False)
    return [f"{c.time()} DEBUG payments tokenize card=", C(c.card()), f" exp={c.num(1, 12):02d}{c.num(26, 31)} "
            "name_on_card=", N(fold(o.latin()).upper()), f" result=token_ok vault_id=v_{c.hexid(10)}"]


def bd_groom(c):
    out = [f"$ groomctl schedule --date {c.date()}\nTIME   PET         BREED                    OWNER                  GROOMER\n"]
    for _ in range(c.num(2, 4)):
        o, g = c.person(native=False), c.person(native=False)
        _, br = c.species()
        own = o.lf()[:22]
        own = own.rstrip(", ").rstrip()
        out += [f"{c.num(8, 17):02d}:{c.ch(('00', '30'))}  {c.pet().ljust(12)}{br[:24].ljust(25)}", N(own),
                " " * (23 - len(own)), N(g.g), "\n"]
    return out


def bd_fr(c):
    o, a = c.person(trad=c.ch(("french", "quebecois"))), c.person()
    t = "Mme" if o.gender == "f" else "M."
    return [f"{c.date('/')} {c.time()} Pension : départ de {c.pet()}, récupéré par {t} ", N(o.f),
            " (autorisé par ", N(a.full()), f"), facture {c.num(20, 500)},{c.digits(2)} €"]


def bd_jp(c):
    o = c.person(trad=c.ch(("japanese", "korean")))
    if o.native and o.trad == "japanese":
        return [f"{c.date('/')} お迎え通知: ", N(o.full()), f"様 — {c.pet()}ちゃんのお迎え準備ができました。"]
    return [f"{c.date('/')} pickup notice (ja): ", N(o.family()), f" 様 {c.pet()} ready, kiosk={c.num(1, 3)}"]


def bd_neg_table(c):
    out = [f"$ kennelctl occupancy --date {c.date()}\nAREA        CAPACITY  BOOKED  NOTE\n"]
    for area in c.r.sample(("Cat Condos", "Large Runs", "Suites", "Puppy Room", "Isolation"), 3):
        out.append(f"{area.ljust(12)}{str(c.num(5, 40)).ljust(10)}{str(c.num(0, 40)).ljust(8)}{c.ch(STATUS)}\n")
    return out


def bd_neg_json(c):
    doc = {"playgroup": c.ch(("Small & Shy", "Big Bouncers", "Seniors")),
           "pets": [c.pet() for _ in range(c.num(2, 5))], "room": c.ch(("Victoria Yard", "Madison Room", "Yard B")),
           "supervisor": c.ch(("daycare-scheduler", "kiosk-frontdesk"))}
    return [f"{c.ts()} daycare-app playgroup.assigned ", J(doc, compact=True)]


def bd_neg_hb(c):
    return [f"kiosk=FRONT-{c.num(1, 3):02d} action=heartbeat app={c.ch(PRODUCTS)} build={c.num(100, 999)} "
            f"screen=\"{c.ch(UI)}\" printer={c.ch(('OK', 'PAPER_LOW'))}"]


def bd_neg_fr(c):
    return [f"{c.date('/')} {c.time()} Pension : arrivée de {c.pet()} ({c.ch(('chien', 'chat'))}), box {c.num(1, 30)}, "
            f"statut « {c.ch(('Enregistré', 'En attente', 'Annulé'))} »"]


# ============================================================ 9. animal_control_bites

def ac_json(c):
    v, o, off = c.person(), c.person(), c.person(native=False)
    doc = {"case": f"AC-{c.digits(6)}", "type": "BITE", "victim": {"first": N(v.given()), "last": N(v.family()),
                                                                  "phone": P(c.phone())},
           "animal": {"name": c.pet(), "species": c.ch(("Dog", "Cat")), "rabies_tag": f"{c.digits(4)}-{c.digits(5)}"},
           "owner": N(o.full()), "officer": N(c.acct(off)), "quarantine_days": 10,
           "location": c.ch(PLACES) + " Park"}
    return [f"{c.ts()} animal-services case.opened ", J(doc, indent=c.ch((None, 2)), ascii_=c.p(0.25))]


def ac_tag(c):
    o, vet = c.person(native=False), c.person(native=False)
    return [f"RABIES TAG {c.digits(4)}-{c.digits(5)} -> owner \"", N(_up_lf(o)), "\" vaccinated ", c.date(),
            " by Dr. ", N(vet.f), f" at {c.ch(CLINICS)}; owner phone ", P(c.phone("US")), f"; expires {c.date()}"]


def ac_licence(c):
    o = c.person()
    return [IP(c.ip()), f" - - [{c.num(1, 28):02d}/Jun/2025:{c.time()} -0500] \"POST /petlicense/renew HTTP/1.1\" 200 - "
            f"body=\"licence=DL{c.digits(6)}&name=", form([N(o.latin())]), "&email=", form([E(c.email(o))]),
            "&cc_number=", C(c.card("")), f"&cc_exp={c.num(1, 12):02d}%2F{c.num(26, 31)}&fee=20.00\""]


def ac_xml(c):
    o, off = c.person(native=False), c.person(native=False)
    x = [f"<QuarantineOrder id=\"QO-{c.digits(5)}\"><Owner><Name>", xesc(N(o.latin())), "</Name><Phone>", P(c.phone()),
         f"</Phone></Owner><Animal><Name>{c.pet()}</Name><Species>Dog</Species></Animal><Days>10</Days>"
         "<IssuedBy>", xesc(N(off.lf())), "</IssuedBy></QuarantineOrder>"]
    return [f"{c.time()} notice.render type=quarantine ", XML(x)]


def ac_mail(c):
    o, clerk = c.person(), c.person(native=False)
    return ["From: Animal Services <", E(c.email(None, "city.example.gov", "animalservices")), ">\nTo: \"", N(o.full()), "\" <",
            E(c.email(o)), f">\nSubject: Dangerous dog hearing - case AC-{c.digits(6)}\n\nDear ", N(o.given()),
            f",\nyour hearing is set for {c.date()}. Contact the clerk, ", N(clerk.latin()), ", at ",
            P(c.phone("US")), ".\n"]


def ac_sql(c):
    o, off = c.person(native=False), c.person(native=False)
    return [f"{c.date()}T{c.time()}.{c.digits(6)}Z\t{c.num(10, 99)} Query\tINSERT INTO citations (case_no, last_name, "
            "first_name, ssn_last4, officer, fine) VALUES ('AC-", c.digits(6), "', '", N(o.f.replace("'", "''")), "', '",
            N(o.g), "', '", S(c.last4()), "', '", N(c.acct(off)), f"', {c.num(25, 500)}.00)"]


def ac_es(c):
    v = c.person(trad=c.ch(("mexican", "spanish", "andean_argentine")))
    o = c.person(trad=c.ch(("mexican", "spanish")))
    return [f"{c.date('/')} Reporte de mordedura: víctima ", N(v.latin()), ", dueño del perro ", N(o.latin()),
            " (tel. ", P(c.phone(c.ch(("MX", "ES")))), f"). Cuarentena domiciliaria de 10 días, caso AC-{c.digits(6)}."]


def ac_neg_stats(c):
    return [f"licence stats {c.date()}: issued={c.num(10, 900)} renewed={c.num(10, 900)} expired={c.num(0, 90)} "
            f"district={c.ch(PLACES)} by=report-scheduler"]


def ac_neg_json(c):
    doc = {"case": f"AC-{c.digits(6)}", "type": c.ch(("STRAY", "WELFARE_CHECK", "NOISE")),
           "animal": {"name": c.pet(), "species": c.ch(("Dog", "Cat"))}, "zone": c.ch(PLACES),
           "status": c.ch(STATUS), "assigned": c.ch(("unit-7", "dispatch-queue"))}
    return [f"{c.ts()} animal-services case.updated ", J(doc, compact=True)]


def ac_neg_route(c):
    return [f"route {c.ch(('A', 'B', 'C'))}{c.num(1, 9)} stops={c.num(3, 20)} zones={','.join(c.r.sample(PLACES, 3))} "
            f"vehicle=ACO-{c.num(10, 99)} status={c.ch(STATUS)}"]


def ac_neg_clinic(c):
    return [f"event: low-cost rabies clinic at {c.ch(PLACES)} Community Center, {c.date()}, sponsor "
            f"\"{c.ch(COMPANIES)}\", capacity {c.num(50, 300)}"]


# ============================================================ 10. vet_financing_billing

def fin_json(c):
    a = c.person(native=False)
    doc = {"application": f"FIN-{c.digits(7)}", "provider": c.ch(CLINICS),
           "applicant": {"firstName": N(a.g), "lastName": N(a.f), "ssn": S(c.ssn(c.ch(("-", "")))),
                         "mobile": P(c.phone("US")), "email": E(c.email(a)), "annualIncome": c.num(20, 200) * 1000},
           "amountRequested": round(c.r.uniform(300, 9000), 2), "plan": c.ch(("6mo_0apr", "12mo", "24mo"))}
    return [f"{c.ts()} financing-gw outbound request ", J(doc, compact=c.p(0.5))]


def fin_soft(c):
    a = c.person(native=False)
    mask = c.ch(("***-**-", "XXX-XX-", "ssn_last4="))
    return [f"softpull result app=FIN-{c.digits(7)} applicant=\"", N(_up_lf(a)), "\" ", mask, S(c.last4()),
            f" score_band={c.ch(('A', 'B', 'C', 'D'))} decision={c.ch(('APPROVED', 'COUNTER', 'DECLINED'))}"]


def fin_esign(c):
    cl = c.person()
    return [f"{c.ts()} estimate EST-{c.digits(5)} approved by client ", N(cl.full()), " via link from ", IP(c.ip()),
            f" (ua=\"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4)\") total={c.num(100, 5000)}.{c.digits(2)} deposit=",
            f"{c.num(0, 500)}.00"]


def fin_fixed(c):
    out = [f"STMT{c.date('')}  CLIENT NAME                    ACCOUNT   BALANCE\n"]
    for _ in range(c.num(2, 4)):
        cl = c.person(native=False)
        nm = fold(cl.latin()).upper()[:30].rstrip()
        out += ["S   ", N(nm), " " * (31 - len(nm)), f"C{c.digits(6)}  ", f"{c.num(0, 4000)}.{c.digits(2)}".rjust(9), "\n"]
    return out + ["T   TOTAL"]


def fin_refund(c):
    st, cl = c.person(native=False), c.person(native=False)
    return [f"{c.date()} {c.time()} AUDIT refund inv={c.num(100000, 999999)} amount={c.num(5, 900)}.{c.digits(2)} "
            "to_card=", C(c.card()), " client=\"", N(cl.lf()), "\" approved_by=", N(c.acct(st)), " reason=overcharge"]


def fin_py(c):
    cl = c.person()
    d = {"invoice": c.num(100000, 999999), "client_first": N(cl.given()), "client_last": N(cl.family()),
         "lines": [{"sku": f"SKU{c.digits(5)}", "qty": c.num(1, 3)}], "card_on_file": False}
    return [f"{c.date()} {c.time()} WARNING billing: post_invoice retry {c.num(1, 5)}/5 payload=", PY(d)]


def fin_pt_de(c):
    if c.p(0.5):
        cl = c.person(trad=c.ch(("brazilian", "portuguese")))
        return [f"{c.date('/')} Lembrete de pagamento enviado para ", N(cl.latin()), " (", P(c.phone(c.ch(("BR", "PT")))),
                f"), fatura {c.num(1000, 9999)}, vencimento {c.date('/')}"]
    cl = c.person(trad=c.ch(("german", "austrian_swiss")))
    t = "Frau" if cl.gender == "f" else "Herrn"
    return [f"{c.date('.')} Zahlungserinnerung an {t} ", N(cl.gf()), f", Rechnung Nr. {c.num(1000, 9999)}, "
            "E-Mail ", E(c.email(cl)), " versendet"]


def fin_neg_csv(c):
    rows = [["code", "description", "price", "tax"]]
    for _ in range(3):
        rows.append([f"F{c.digits(4)}", c.ch(("Exam - Wellness", "Dental Prophy", "Spay <20kg", "Rabies Vaccine",
                                              "Hospitalisation / day")), f"{c.num(20, 800)}.00", c.ch(("0", "20"))])
    return [CSV(rows)]


def fin_neg_batch(c):
    return [f"EOD batch {c.date()} site={c.ch(('NGT01', 'RVS02'))}: txns={c.num(10, 300)} total={c.num(1000, 90000)}.{c.digits(2)} "
            f"refunds={c.num(0, 9)} terminal=pos-terminal-2 status={c.ch(('SETTLED', 'PENDING'))}"]


def fin_neg_inv(c):
    return [f"{c.ts()} invoice INV-{c.digits(6)} client=C-{c.digits(5)} patient=\"{c.pet()}\" total={c.num(10, 900)}.{c.digits(2)} "
            f"status={c.ch(STATUS)} posted_by=svc_pims_sync"]


def fin_neg_py(c):
    d = {"sku": f"SKU{c.digits(5)}", "name": c.ch(("Oscar Chews", "Max Flea Collar", "Bella Kibble 12kg")),
         "supplier": c.ch(COMPANIES), "qty": c.num(1, 40)}
    return [f"{c.date()} {c.time()} WARNING billing: stock sync payload=", PY(d)]


# ============================================================ 11. client_comms_chat

def cm_sms(c):
    cl, st = c.person(), c.person(native=False)
    ph = c.phone()
    pet = c.pet()
    t = c.clock(3)
    g = cl.given()
    first = (["Hi this is ", N(g), f", {pet}'s owner. Is the 3pm still on?"] if c.p(0.6) or cl.native else
             ["hey its ", N(g.lower()), f" ({pet}) can we move to 3pm"])
    return [f"=== thread {c.hexid(8)} ", P(ph), " ===\n", f"{t[0]} IN  ", first, "\n"
            f"{t[1]} OUT (", N(c.acct(st)), ") Hi ", N(g), "! Yes, see you at 3. - ", N(st.g), "\n"
            f"{t[2]} IN  great thanks"]


def cm_mail(c):
    cl, vet = c.person(), c.person(native=False)
    return ["Date: ", f"{c.date()} {c.time()} +0000\nFrom: ", c.ch(CLINICS).replace("&", "and"), " <",
            E(c.email(None, "northgatevets.example", "noreply")), ">\nTo: \"", N(cl.full()), "\" <", E(c.email(cl)), ">\n"
            f"Subject: Discharge instructions for {c.pet()}\nX-Mailer: pims-mailer 4.2\n\nAttending: Dr. ", N(vet.latin()),
            "\n"]


def cm_review(c):
    cl = c.person()
    doc = {"type": "review.request", "client": {"display_name": N(cl.full()), "email": E(c.email(cl))},
           "pet": c.pet(), "channel": c.ch(("email", "sms")), "message": Cat("Hi ", N(cl.given()), ", how was your visit?")}
    return [f"{c.ts()} comms-webhook ", J(doc, compact=True, ascii_=c.p(0.5))]


def cm_push(c):
    cl = c.person()
    g = cl.given()
    pet = c.pet()
    msgs = ([f"{pet} ist bereit zur Abholung, ", N(g), "!"], [N(g), f"さん、{pet}ちゃんの予約は明日です"],
            [N(g), f"님, {pet}의 예방접종 알림입니다"], [f"{pet} готов к выписке, ", N(g)],
            ["¡Hola ", N(g), f"! {pet} tiene cita mañana"], ["Olá ", N(g), f", {pet} já pode ir para casa"],
            ["Hi ", N(g), f", {pet} is due for boosters"])
    return [f"{c.ts()} push send device=ios token={c.hexid(12)} title=\"Reminder\" body=\"", c.ch(msgs), "\""]


def cm_voicemail(c):
    cl = c.person()
    ph = c.phone()
    doc = {"voicemail": c.hexid(10), "from": P(ph), "duration_s": c.num(5, 90),
           "transcript": Cat("Hi, it's ", N(cl.full()), f", calling about {c.pet()}, please call me back on ", P(ph)),
           "confidence": round(c.r.uniform(0.6, 0.99), 2)}
    return [f"{c.ts()} voicemail.transcribed ", J(doc, indent=2, ascii_=c.p(0.3))]


def cm_unsub(c):
    cl = c.person()
    return [IP(c.ip()), f" - - [{c.num(1, 28):02d}/Jul/2025:{c.time()} +0000] \"GET /u/unsubscribe?e=", pct([E(c.email(cl))]),
            "&n=", c.ch((pct([N(cl.full())]), form([N(cl.full())]))), f"&list=reminders HTTP/1.1\" 200 {c.num(300, 4000)}"]


def cm_neg_tpl(c):
    return [f"template.update id=TPL-{c.num(10, 99)} name=\"{c.ch(('Vaccine Reminder', 'Dental Month', 'Welcome New Client'))}\" "
            f"locale={c.ch(('en', 'de', 'fr', 'es', 'ja'))} subject=\"{c.ch(UI)}\" by=noreply-mailer"]


def cm_neg_stats(c):
    return [f"delivery stats {c.date()}: sms sent={c.num(10, 900)} failed={c.num(0, 30)} email sent={c.num(10, 900)} "
            f"bounced={c.num(0, 30)} provider={c.ch(('Daisy SMS relay', 'Juniper gateway'))}"]


def cm_neg_bot(c):
    return [f"=== thread {c.hexid(8)} ===\n{c.time()[:5]} OUT (reminder-bot) Reminder: {c.pet()} is due for "
            f"{c.ch(('Rabies', 'DHPP', 'FVRCP', 'Leptospirosis'))}. Reply C to confirm.\n{c.time()[:5]} IN  C"]


def cm_neg_push(c):
    return [f"{c.ts()} push send device=android token={c.hexid(12)} title=\"{c.ch(UI)}\" body=\"{c.pet()} - "
            f"{c.ch(STATUS)}\""]


# ============================================================ 12. pet_travel_certs

def tr_xml(c):
    cons, cnee, vet = c.person(), c.person(), c.person(native=False)
    x = ["<HealthCertificate ref=\"HC-", c.digits(8), "\"><Consignor><Name>", xesc(N(cons.full())),
         "</Name><Email>", E(c.email(cons)), "</Email></Consignor><Consignee><Name>", xesc(N(cnee.full())),
         "</Name><Phone>", P(c.phone()), f"</Phone></Consignee><Animal species=\"Canine\" chip=\"{c.chip()}\">"
         f"{c.pet()}</Animal><AccreditedVet nan=\"{c.digits(6)}\">", xesc(N(vet.lf())), "</AccreditedVet>"
         f"<Destination>{c.ch(('JP', 'AU', 'GB', 'DE', 'SG', 'NZ'))}</Destination></HealthCertificate>"]
    return [f"{c.ts()} cert-service submit ", XML(x)]


def tr_awb(c):
    sh = c.person(native=False)
    return [f"AVI BKG {c.ch(('LH', 'AF', 'QF', 'NZ', 'SQ'))}{c.num(100, 999)}/{c.num(1, 28):02d}{c.ch(('MAR', 'APR', 'MAY'))} "
            f"AWB {c.num(100, 999)}-{c.digits(8)} SHPR ", N(sh.slash()), " ", c.ch(("MR", "MRS", "MS", "")), " CTC ",
            P(c.phone()), f" PCS 1 WT {c.num(5, 60)}K CRATE {c.ch(('IATA CR82', 'L 100', 'XL'))} DOG/{c.pet().upper()}"]


def tr_passport(c):
    o, vet = c.person(), c.person(native=False)
    return [f"{c.date()} petpassport section=I owner=\"", N(o.full()), "\" section=IV rabies=", c.date(),
            " authorised_vet=\"", N(vet.initial()), f"\" passport=EU-{c.ch(('DE', 'FR', 'ES', 'NL', 'IE'))}{c.digits(9)}"]


def tr_csv(c):
    rows = [["cert", "owner", "vet", "destination", "status"]]
    for _ in range(c.num(2, 4)):
        o, v = c.person(native=False), c.person(native=False)
        rows.append([f"HC-{c.digits(8)}", N(o.lf()), N(c.acct(v)), c.ch(("Japan", "Australia", "New Zealand", "Hawaii")),
                     c.ch(("ENDORSED", "PENDING", "RETURNED"))])
    return [f"# endorsement queue {c.date()}\n", CSV(rows)]


def tr_mail(c):
    o = c.person()
    return ["From: ", E(c.email(None, "biosecurity.example.gov.au", "imports")), "\nTo: ", E(c.email(o)), "\nSubject: Import permit ",
            f"{c.digits(10)} granted\n\nDear ", N(o.full()), f",\nyour import permit for {c.pet()} has been granted. "
            "Post-entry quarantine booking: call ", P(c.phone("AU")), ".\n"]


def tr_asia(c):
    o = c.person(trad=c.ch(("japanese", "chinese")))
    if o.trad == "japanese":
        return [f"{c.date('/')} 動物検疫所: 輸入届出受理 届出者 ", N(o.full()), f" 様 (犬 {c.pet()}, マイクロチップ {c.chip()})"]
    return [f"{c.date('/')} 海关动物检疫: 申报人 ", N(o.full()), f", 宠物 {c.pet()}, 芯片 {c.chip()}, 状态 已受理"]


def tr_neg_table(c):
    out = ["COUNTRY       TITER  WAIT  NOTE\n"]
    for ctry in c.r.sample(("Jordan", "Georgia", "Chad", "Victoria (AU)", "Adelaide (AU)", "Japan", "Hawaii"), 4):
        out.append(f"{ctry.ljust(14)}{c.ch(('yes', 'no')).ljust(7)}{str(c.num(0, 180)).ljust(6)}{c.ch(STATUS)}\n")
    return out


def tr_neg_flight(c):
    return [f"AVI BKG {c.ch(('LH', 'AF', 'QF'))}{c.num(100, 999)} SHPR {c.ch(COMPANIES).upper()} PCS {c.num(1, 4)} "
            f"WT {c.num(5, 60)}K DEST {c.ch(('SYD', 'NRT', 'AKL', 'LHR'))} STATUS {c.ch(('KK', 'HK', 'UC'))}"]


def tr_neg_titer(c):
    return [f"{c.ts()} titer-lab sample=T{c.digits(7)} result={c.num(1, 9)}.{c.num(0, 9)} IU/mL "
            f"status={c.ch(('PASS', 'FAIL', 'PENDING'))} lab=\"{c.ch(COMPANIES)}\" user={c.ch(SERVICE_ACCTS)}"]


def tr_neg_xml(c):
    x = [f"<HealthCertificate ref=\"HC-{c.digits(8)}\"><Status>{c.ch(('DRAFT', 'ENDORSED'))}</Status>"
         f"<Animal species=\"Feline\">{c.pet()}</Animal><Destination>{c.ch(('JP', 'AU'))}</Destination></HealthCertificate>"]
    return [f"{c.ts()} cert-service validate ", XML(x)]


FAMILIES = [
    ("controlled_drugs_rx", [cd_csv, cd_syslog, cd_rx_json, cd_discrepancy, cd_mail, cd_it, cd_ruby],
     [cd_neg_csv, cd_neg_syslog, cd_neg_json, cd_neg_it]),
    ("boarding_daycare", [bd_kiosk, bd_cam, bd_incident, bd_card, bd_groom, bd_fr, bd_jp],
     [bd_neg_table, bd_neg_json, bd_neg_hb, bd_neg_fr]),
    ("animal_control_bites", [ac_json, ac_tag, ac_licence, ac_xml, ac_mail, ac_sql, ac_es],
     [ac_neg_stats, ac_neg_json, ac_neg_route, ac_neg_clinic]),
    ("vet_financing_billing", [fin_json, fin_soft, fin_esign, fin_fixed, fin_refund, fin_py, fin_pt_de],
     [fin_neg_csv, fin_neg_batch, fin_neg_inv, fin_neg_py]),
    ("client_comms_chat", [cm_sms, cm_mail, cm_review, cm_push, cm_voicemail, cm_unsub],
     [cm_neg_tpl, cm_neg_stats, cm_neg_bot, cm_neg_push]),
    ("pet_travel_certs", [tr_xml, tr_awb, tr_passport, tr_csv, tr_mail, tr_asia],
     [tr_neg_table, tr_neg_flight, tr_neg_titer, tr_neg_xml]),
]
