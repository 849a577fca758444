"""Families 7-12 of pack_ac: fare-card personalisation, ticket inspection, paratransit, microtransit,
carpooling, trip safety."""

from __future__ import annotations

import json

from core import (
    CITIES,
    COMPANIES,
    PRODUCTS,
    STATIONS,
    STATUS,
    SVC,
    UI,
    B,
    P,
    date,
    form,
    hhmm,
    js,
    jstr,
    jstr_a,
    non_luhn,
    pct,
    plate,
    ts_iso,
    ts_sp,
    ts_sys,
    uuid,
    xa,
    xml_check,
)
from fam_a import nform


def sqlq(b: B, v: str, typ: str) -> B:
    return b.t("'").p(v, typ, lambda x: x.replace("'", "''")).t("'")


def cardno(c) -> str:
    return non_luhn(c.rng, 10)


# =========================================================================================================
# 7. farecard_personalisation


def fc_print_queue(c):
    b = B()
    for i in range(c.ri(1, 3)):
        h = c.per()
        if i:
            b.t("\n")
        fam_us = h.af.capitalize() + "_" + h.ag.capitalize()
        b.t(f"{ts_sp(c.rng)} cardprint-spool PRINTJOB {c.ri(1, 9999):04d} card={cardno(c)} holder=\"")
        b.p(h.gf().upper(), "NAME").t("\" photo=").p(fam_us, "NAME").t(f"_{c.hx(4)}.jpg product=\"{c.c(PRODUCTS[11:15])}\"")
    return b


def fc_soap(c):
    h = c.per()
    b = B().t('<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" '
              'xmlns:fc="urn:example:farecard:v2">\n <soapenv:Body>\n  <fc:RegisterCard>\n')
    b.t(f"   <fc:CardNumber>{cardno(c)}</fc:CardNumber>\n   <fc:Holder>\n    <fc:FirstName>").p(xa(h.given), "NAME")
    b.t("</fc:FirstName>\n    <fc:LastName>").p(xa(h.family), "NAME").t("</fc:LastName>\n    <fc:Email>")
    b.p(c.email(h), "EMAIL").t("</fc:Email>\n")
    if c.pr(0.6):
        b.t("    <fc:Mobile>").p(c.phone(h), "PHONE").t("</fc:Mobile>\n")
    b.t(f"   </fc:Holder>\n   <fc:Product>{c.c(PRODUCTS[:10])}</fc:Product>\n  </fc:RegisterCard>\n </soapenv:Body>\n"
        "</soapenv:Envelope>")
    xml_check(b.text())
    return b


def fc_benefit_csv(c):
    b = B().t("employee_name,work_email,pass_type,monthly_usd,card_number\n")
    for _ in range(c.ri(2, 4)):
        e = c.per()
        v = e.lf() if c.pr(0.5) else e.full()
        b.t('"').p(v, "NAME").t('",').p(c.email(e, c.c(["corp.example", "employer.example"])), "EMAIL")
        b.t(f",{c.c(['Monthly Pass Zone 1-2', 'Stored Value', 'Ventra 30-Day'])},{c.ri(50, 315)},{cardno(c)}\n")
    return b


def fc_autoload(c):
    h = c.per()
    b = B().t(f"autoload.config card={cardno(c)}\n  enabled: true\n  threshold: {c.ri(5, 20)}.00\n  topup: {c.ri(20, 60)}.00\n")
    b.t("  billing_name: ").p(h.gf().upper() if c.pr(0.5) else h.gf(), "NAME").t("\n  pan: ").p(c.card(), "CREDIT_CARD")
    b.t(f"\n  expiry: {c.ri(1, 12):02d}/{c.ri(27, 31)}\n  updated_by: ").p(c.acct(h), "NAME")
    return b


def fc_balance_transfer(c):
    h = c.per()
    ag = c.per()
    b = B().t(f"== BALANCE TRANSFER {ts_sp(c.rng)} ==\nold_card: {cardno(c)} (reported lost)\nnew_card: {cardno(c)}\n"
              f"amount: {c.ri(1, 90)}.{c.ri(0, 99):02d}\ncustomer: ").p(nform(c, h), "NAME")
    b.t("\ncallback: ").p(c.phone(h), "PHONE").t("\nagent: ").p(c.acct(ag, c.c(["flast", "first.last", "lastf"])), "NAME")
    b.t(f"\nproducts_moved: {c.c(PRODUCTS[10:15])}")
    return b


def fc_student(c):
    s = c.per(c.c(["pl", "cs"]))
    o = c.per()
    if s.trad == "pl":
        b = B().t(f"{ts_sp(c.rng)} legitymacja: uczeń ").p(s.full(), "NAME").t(" — brak na liście szkoły, zweryfikował(a) ")
        b.p(c.acct(o, "first.last"), "NAME").t(". Bilet semestralny wstrzymany.")
    else:
        b = B().t(f"{ts_sp(c.rng)} ověření studenta: ").p(s.full(), "NAME").t(" nenalezen v seznamu školy, kontroloval ")
        b.p(c.acct(o, "flast"), "NAME").t(". Semestrální kupón pozastaven.")
    return b


def fc_sql(c):
    h = c.per()
    b = B().t(f"{ts_sp(c.rng)} UTC [{c.ri(1000, 30000)}] LOG:  statement: UPDATE card_holder SET first_name=")
    sqlq(b, h.given, "NAME").t(", last_name=")
    sqlq(b, h.family, "NAME").t(", email=")
    sqlq(b, c.email(h), "EMAIL").t(f", updated_at=now() WHERE card_id={cardno(c)}")
    return b


def fc_neg_stock(c):
    return B().t(f"{ts_sp(c.rng)} stock batch={c.ri(1000, 9999)} product=\"{c.c(PRODUCTS)}\" cards={c.ri(500, 20000)} "
                 f"range={cardno(c)}-{cardno(c)} holder=ANONYMOUS status={c.c(STATUS)}")


def fc_neg_catalogue(c):
    b = B().t(f"{'PRODUCT':<28}{'PRICE':>8}  VALIDITY\n")
    for p in c.rng.sample(PRODUCTS, 5):
        b.t(f"{p:<28}{c.ri(1, 120)}.{c.ri(0, 99):02d}  {c.c(['24h', '7 days', '30 days', 'semester', 'single ride'])}\n")
    return b


def fc_neg_print(c):
    return B().t(f"{ts_sp(c.rng)} cardprint-spool PRINTJOB {c.ri(1, 9999):04d} card={cardno(c)} holder=\"SPECIMEN CARD\" "
                 f"photo=placeholder_silhouette.jpg product=\"{c.c(PRODUCTS[11:15])}\" ribbon=YMCKO")


def fc_neg_sql(c):
    return B().t(f"{ts_sp(c.rng)} UTC [{c.ri(1000, 30000)}] LOG:  duration: {c.ri(1, 900)}.{c.ri(100, 999)} ms  statement: "
                 "SELECT product, count(*) FROM card_holder h JOIN card k ON k.holder_id = h.id WHERE k.status = "
                 f"'{c.c(['ACTIVE', 'BLOCKED'])}' GROUP BY product")


# =========================================================================================================
# 8. ticket_inspection


def ti_logcat(c):
    h = c.per()
    b = B().t(f"{date(c.rng)[5:]} {hhmm(c.rng)}:{c.ri(10, 59)}.{c.ri(100, 999)}  {c.ri(1000, 9000)}  {c.ri(1000, 9000)} I "
              "TicketScanner: aztec decoded ok holder=")
    b.p(c.c([h.gf(), h.gf().upper(), h.lf()]), "NAME")
    b.t(f" product=\"{c.c(PRODUCTS[10:15])}\" valid_until={date(c.rng)} zones=1-{c.ri(2, 6)} sig=OK")
    return b


def ti_uic(c):
    h = c.per()
    b = B().t(f"UIC-FCB v3 decode ok issuer={c.ri(1000, 9999)} ticket={c.hx(10).upper()}\n")
    b.t("travelerDetail.traveler[0].firstName=").p(h.given, "NAME").t("\n")
    b.t("travelerDetail.traveler[0].lastName=").p(h.family, "NAME").t("\n")
    b.t(f"travelerDetail.traveler[0].dateOfBirth={date(c.rng).replace('2026', str(c.ri(1950, 2008)))}\n")
    if c.pr(0.5):
        h2 = c.per()
        b.t("travelerDetail.traveler[1].firstName=").p(h2.given, "NAME").t("\n")
        b.t("travelerDetail.traveler[1].lastName=").p(h2.family, "NAME").t("\n")
    b.t(f"transportDocument[0].openTicket.tariffs[0].tariffDesc=\"{c.c(PRODUCTS[10:15])}\"")
    return b


def ti_report_foreign(c):
    h = c.per()
    ins = c.per()
    k = c.rng.randrange(3)
    amt = c.ri(40, 120)
    if k == 0:
        b = B().t("VERBALE n. ").t(f"{c.ri(10000, 99999)} — controllore ").p(c.acct(ins, "f.last"), "NAME")
        b.t(": passeggero sig. ").p(h.full(), "NAME").t(f" senza titolo valido sulla linea {c.ri(1, 90)}, sanzione {amt} €, "
                                                        "tel. ").p(c.phone(h, "nat"), "PHONE")
    elif k == 1:
        b = B().t(f"ACTA {c.ri(10000, 99999)} — revisor ").p(ins.initial_family(), "NAME")
        b.t(": viajero ").p(h.full(), "NAME").t(f" con abono caducado, recargo de {amt} €. Se negó a firmar.")
    else:
        b = B().t(f"PROTOKÓŁ {c.ri(10000, 99999)} — kontroler ").p(c.acct(ins, "flast"), "NAME")
        b.t(": pasażer ").p(h.full(), "NAME").t(f" bez biletu, opłata dodatkowa {amt} zł, tel. ").p(c.phone(h, "nat"), "PHONE")
    return b


def ti_shift_csv(c):
    ins = c.per()
    a = c.acct(ins, c.c(["first.last", "flast", "lastf"]))
    b = B().t("inspector,time,route,vehicle,surcharge_no,passenger\n")
    for _ in range(c.ri(2, 4)):
        h = c.per()
        b.p(a, "NAME").t(f",{hhmm(c.rng)},{c.c(['M1', 'U6', 'S3', '42', 'T2'])},{c.ri(1000, 9999)},EBE{c.ri(100000, 999999)},")
        v = h.lf()
        b.t('"').p(v, "NAME").t('"\n')
    return b


def ti_xml(c):
    h = c.per()
    ins = c.per()
    b = B().t(f'<Inspection id="INS-{c.ri(100000, 999999)}" line="{c.c(["U2", "M10", "Tram 4", "Bus 148"])}" '
              f'at="{ts_iso(c.rng, ms=False)}">\n  <Inspector badge="{c.ri(1000, 9999)}" login="')
    b.p(xa(c.acct(ins)), "NAME").t('"/>\n  <Passenger>\n    <Name>').p(xa(nform(c, h)), "NAME").t("</Name>\n")
    b.t("    <Phone>").p(c.phone(h), "PHONE").t("</Phone>\n")
    b.t(f"  </Passenger>\n  <Outcome code=\"{c.c(['SURCHARGE', 'WARNING', 'VALID'])}\"/>\n</Inspection>")
    xml_check(b.text())
    return b


def ti_chat(c):
    cond = c.per()
    h = c.per()
    b = B().t(f"{hhmm(c.rng)} [train {c.ri(1000, 9999)}] ").p(c.acct(cond, c.c(["flast", "first.last"])), "NAME")
    b.t(": passenger ").p(h.given, "NAME").t(" says her card was charged twice at the gate, can control check?\n")
    b.t(f"{hhmm(c.rng)} [control] ops-desk: card ending {c.ri(1000, 9999)} shows one tap, tell ").p(h.given, "NAME")
    b.t(" to call the helpline")
    return b


def ti_neg_anon(c):
    return B().t(f"{date(c.rng)[5:]} {hhmm(c.rng)}:{c.ri(10, 59)}.{c.ri(100, 999)}  {c.ri(1000, 9000)}  {c.ri(1000, 9000)} I "
                 f"TicketScanner: aztec decoded ok holder=null product=\"{c.c(PRODUCTS[10:15])}\" valid_until={date(c.rng)}"
                 f" zones=1-{c.ri(2, 6)} sig=OK msg=\"{c.c(UI['de'] + UI['it'] + UI['pl'])}\"")


def ti_neg_fw(c):
    return B().t(f"<{c.ri(130, 190)}>{ts_sys(c.rng)} val-{c.ri(100, 999)} validator[{c.ri(100, 900)}]: "
                 f"fw {c.ri(1, 9)}.{c.ri(0, 20)}.{c.ri(0, 9)} applied, keys rotated, stop={c.c(STATIONS)} "
                 f"state={c.c(STATUS)}")


def ti_neg_stats(c):
    b = B().t("line,inspections,surcharges,rate\n")
    for _ in range(c.ri(3, 5)):
        n = c.ri(50, 900)
        s = c.ri(1, 50)
        b.t(f"{c.c(['U2', 'M10', 'Tram 4', 'Bus 148', 'S41'])},{n},{s},{s / n:.3f}\n")
    return b


def ti_neg_deny(c):
    return B().t(f"{ts_iso(c.rng)} inspection-sync denylist version={c.ri(1000, 9999)} added={c.ri(0, 400)} "
                 f"removed={c.ri(0, 400)} devices={c.ri(10, 300)} by=inspection-sync")


# =========================================================================================================
# 9. paratransit_scheduling


def pt_book(c):
    r = c.per()
    comp = c.per()
    b = B().t(f"{ts_sp(c.rng)} BOOK trip={c.ri(1000000, 9999999)} rider=").p(r.lf().upper(), "NAME")
    b.t(f" (ID {c.ri(10000, 99999)}) date={date(c.rng)} pu={hhmm(c.rng)} aid={c.c(['WC', 'SCOOTER', 'WALKER', 'CANE'])}")
    b.t(f" PCA={c.c(['Y', 'N'])} companion=\"").p(comp.full(), "NAME").t("\" phone=").p(c.phone(r, "nat"), "PHONE")
    b.t(" booked_by=").p(c.acct(c.per(), c.c(["flast", "lastf"])).upper(), "NAME")
    return b


def pt_manifest(c):
    drv = c.per()
    b = B().t(f"RUN {c.ri(100, 999)}   {date(c.rng)}   DRIVER: ").p(drv.lf().upper(), "NAME").t(f"   VEH {c.ri(1000, 9999)}\n")
    b.t(f"{'TIME':<6}{'EV':<4}{'CLIENT':<28}{'AID':<8}PHONE\n")
    for _ in range(c.ri(2, 4)):
        r = c.per()
        v = r.lf().upper()
        b.t(f"{hhmm(c.rng):<6}{c.c(['PU', 'DO']):<4}").p(v, "NAME").t(" " * max(1, 28 - len(v)))
        b.t(f"{c.c(['WC', 'AMB', 'SCOOT']):<8}").p(c.phone(r, "nat"), "PHONE").t("\n")
    return b


def pt_eligibility(c):
    a = c.per("en_us")
    doc = {"application": f"ELIG-{c.ri(100000, 999999)}",
           "applicant": {"given": P(a.given, "NAME"), "family": P(a.family, "NAME"), "ssn_last4": P(f"{c.ri(1, 9999):04d}", "SSN"),
                         "phone": P(c.phone(a, "nat"), "PHONE")},
           "certifying_professional": P("Dr. " + (c.per().full()), "NAME"),
           "determination": c.c(["UNCONDITIONAL", "CONDITIONAL", "TEMPORARY", "DENIED"]),
           "reviewer": P(c.acct(c.per(), "first.last"), "NAME")}
    b = js(doc, pretty=True)
    # the title stays outside the span
    out = B()
    for s, typ, raw in b.segs:
        if typ == "NAME" and raw.startswith("Dr. "):
            out.t("Dr. ").p(raw[4:], "NAME", jstr)
        else:
            out.segs.append((s, typ, raw))
    return out


def pt_ivr(c):
    r = c.per()
    return B().t(f"{ts_sp(c.rng)} paratransit-ivr call_out to=").p(c.phone(r, c.c(["e164", "nat"])), "PHONE") \
        .t(" rider=\"").p(r.full(), "NAME").t(f"\" trip={c.ri(1000000, 9999999)} prompt=reminder_24h "
                                             f"result={c.c(['CONFIRMED', 'NO_ANSWER', 'CANCELLED', 'VOICEMAIL'])} dur={c.ri(5, 90)}s")


def pt_dispute(c):
    r = c.per()
    ag = c.per()
    k = c.rng.randrange(3)
    b = B().t(f"{ts_sp(c.rng)} no_show_dispute case={c.ri(10000, 99999)} agent=").p(c.acct(ag), "NAME").t(" note=\"")
    if k == 0:
        b.t("La Sra. ").p(r.family, "NAME").t(" dice que esperó en la puerta principal; el chofer marcó no-show a las ")
        b.t(hhmm(c.rng) + ". Hija ").p(c.per().given, "NAME").t(" confirma.")
    elif k == 1:
        b.t("Rider ").p(r.full(), "NAME").t(" states vehicle went to the wrong entrance. Waived.")
    else:
        z = c.per("zh", native=False)
        b.t("乘客 ").p(z.full(), "NAME").t(" 表示司机没有打电话，申诉成立。")
    return b.t('"')


def pt_sql(c):
    r = c.per()
    b = B().t(f"{ts_sp(c.rng)} [scheduler] DEBUG sql: INSERT INTO clients (client_id, first_name, last_name, phone, "
              f"mobility_aid) VALUES ({c.ri(10000, 99999)}, ")
    sqlq(b, r.given, "NAME").t(", ")
    sqlq(b, r.family, "NAME").t(", ")
    sqlq(b, c.phone(r, "nat"), "PHONE").t(f", '{c.c(['WC', 'WALKER', 'NONE'])}')")
    return b


def pt_subscription_csv(c):
    b = B().t("sub_id|client|days|pickup|destination|companion\n")
    for _ in range(c.ri(2, 4)):
        r = c.per()
        b.t(f"S{c.ri(1000, 9999)}|").p(r.lf(), "NAME").t(f"|{c.c(['MWF', 'TTh', 'M-F'])}|{hhmm(c.rng)}|"
                                                          f"{c.c(['Dialysis Ctr', 'Adult Day Ctr', 'Kennedy Plaza'])}|")
        if c.pr(0.4):
            b.p(c.per().full(), "NAME")
        else:
            b.t("-")
        b.t("\n")
    return b


def pt_neg_capacity(c):
    b = B().t(f"CAPACITY {date(c.rng)}\n")
    for h in range(c.ri(3, 5)):
        b.t(f"  {6 + h:02d}:00  runs={c.ri(10, 60):>3}  booked={c.ri(50, 400):>4}  denials={c.ri(0, 9)}\n")
    return b


def pt_neg_assign(c):
    return B().t(f"{ts_sp(c.rng)} scheduler-batch assign run={c.ri(100, 999)} veh={c.ri(1000, 9999)} "
                 f"provider=\"{c.c(COMPANIES)}\" garage=\"{c.c(STATIONS)}\" status={c.c(STATUS)}")


def pt_neg_ivr(c):
    return B().t(f"{ts_sp(c.rng)} paratransit-ivr campaign=reminder_24h placed={c.ri(100, 3000)} confirmed={c.ri(50, 2000)}"
                 f" no_answer={c.ri(0, 500)} voicemail={c.ri(0, 400)} by=PARAADMIN")


def pt_neg_manifest(c):
    return B().t(f"RUN {c.ri(100, 999)}   {date(c.rng)}   DRIVER: UNASSIGNED   VEH ----\n"
                 f"{'TIME':<6}{'EV':<4}{'CLIENT':<28}{'AID':<8}PHONE\n(no trips scheduled)\n")


# =========================================================================================================
# 10. microtransit_booking


def mt_graphql(c):
    r = c.per()
    var = {"input": {"riderName": P(r.full(), "NAME"), "phone": P(c.phone(r, "e164"), "PHONE"),
                     "origin": {"stopCode": f"S{c.ri(100, 999)}"}, "destination": {"stopCode": f"S{c.ri(100, 999)}"},
                     "seats": c.ri(1, 3)}}
    b = B().p(c.ip(), "IP_ADDRESS").t(f" - [{ts_iso(c.rng)}] POST /graphql op=requestRide status=200 vars=")
    return b.sub(js(var, ascii_=c.pr(0.3)))


def mt_oslog(c):
    r = c.per()
    d = c.per()
    b = B().t(f"{ts_sp(c.rng)}.{c.ri(100000, 999999)}+0100 DriverApp[{c.ri(300, 9000)}:{c.hx(5)}] [Manifest] ")
    b.t("pickup rider ").p(r.given_initial(), "NAME").t(f" at stop S{c.ri(100, 999)} eta={c.ri(1, 15)}m driver=")
    b.p(c.acct(d, c.c(["first.last", "firstl"])), "NAME")
    return b


def mt_sms(c):
    r = c.per()
    lang = c.c(["en", "es", "de", "pt", "fr"])
    msg = {"en": ("Hi ", ", your shuttle arrives in {m} min. Plate {p}."),
           "es": ("Hola ", ", tu shuttle llega en {m} min. Matrícula {p}."),
           "de": ("Hallo ", ", dein Shuttle kommt in {m} Min. Kennzeichen {p}."),
           "pt": ("Olá ", ", sua van chega em {m} min. Placa {p}."),
           "fr": ("Bonjour ", ", votre navette arrive dans {m} min. Plaque {p}.")}[lang]
    b = B().t(f"{ts_iso(c.rng)} sms.out to=").p(c.phone(r), "PHONE").t(f" lang={lang} text=\"{msg[0]}")
    b.p(r.given, "NAME").t(msg[1].format(m=c.ri(2, 15), p=plate(c.rng)) + '"')
    return b


def mt_manifest_json(c):
    d = c.per()
    riders = []
    for _ in range(c.ri(2, 3)):
        r = c.per()
        riders.append({"name": P(nform(c, r), "NAME"), "seats": c.ri(1, 2), "stop": f"S{c.ri(100, 999)}"})
    doc = {"vehicle": f"VAN-{c.ri(10, 99)}", "driver": P(d.full(), "NAME"), "riders": riders,
           "updated": ts_iso(c.rng)}
    return js(doc, pretty=True)


def mt_swift_dump(c):
    r = c.per()
    b = B().t(f"▿ Rider\n  - id: \"{uuid(c.rng)}\"\n  - displayName: \"").p(r.full(), "NAME").t("\"\n  - phone: \"")
    b.p(c.phone(r), "PHONE").t(f"\"\n  ▿ homeStop: Optional(Stop)\n    - code: \"S{c.ri(100, 999)}\"\n"
                               f"    - name: \"{c.c(STATIONS)}\"\n  - wheelchair: {c.c(['true', 'false'])}")
    return b


def mt_feedback(c):
    r = c.per()
    d = c.per()
    b = B().t(f"feedback:\n  ride: {uuid(c.rng)}\n  rider: ").p(c.acct(r), "NAME")
    b.t(f"\n  stars: {c.ri(1, 5)}\n  comment: \"").p(d.given, "NAME")
    b.t(c.c([" waited for me, super kind", " drove too fast", " helped with my stroller"]))
    b.t("\"\n  email: ").p(c.email(r), "EMAIL")
    return b


def mt_driver_note(c):
    d = c.per(c.c(["pt_br", "de", None]))
    r = c.per()
    if c.pr(0.5):
        b = B().t("nota do motorista ").p(c.acct(d, "first.last"), "NAME").t(": passageira ").p(r.given, "NAME")
        b.t(" pediu para esperar 3 min, contato ").p(c.phone(r), "PHONE")
    else:
        b = B().t("Fahrernotiz ").p(c.acct(d, "flast"), "NAME").t(": Fahrgast ").p(r.full(), "NAME")
        b.t(" nicht an der Haltestelle, Anruf unter ").p(c.phone(r), "PHONE").t(" ohne Antwort")
    return b


def mt_kafka(c):
    r = c.per()
    inner = js({"type": "ride.requested", "rider": {"name": P(nform(c, r), "NAME"), "email": P(c.email(r), "EMAIL")},
                "pickup_stop": f"S{c.ri(100, 999)}", "pax": c.ri(1, 3)}, ascii_=c.pr(0.5))
    b = B().t(f"{ts_iso(c.rng)} DEBUG kafka-consumer topic=ondemand.rides partition={c.ri(0, 11)} offset={c.ri(1000, 999999)} ")
    b.t('record={"key":"' + c.hx(12) + '","value":"').sub(inner.map(jstr_a)).t('"}')
    json.loads(b.text().split("record=", 1)[1])
    return b


def mt_neg_zone(c):
    return js({"zone": c.c(["Jefferson Park", "Santa Clara North", "Kennedy Plaza"]), "service_hours": "06:00-22:00",
               "max_walk_m": c.ri(200, 600), "fleet": c.ri(5, 40), "owner": c.c(SVC)}, pretty=c.pr(0.5))


def mt_neg_pos(c):
    b = B()
    for i in range(c.ri(2, 3)):
        if i:
            b.t("\n")
        b.t(f"{ts_iso(c.rng)} avl veh=VAN-{c.ri(10, 99)} lat=52.{c.ri(100000, 999999)} lon=13.{c.ri(100000, 999999)} "
            f"speed={c.ri(0, 60)} load={c.ri(0, 8)}/8")
    return b


def mt_neg_forecast(c):
    b = B().t("hour  zone                 demand  supply\n")
    for _ in range(c.ri(3, 5)):
        b.t(f"{c.ri(6, 22):02d}    {c.c(['Jefferson Park', 'Santa Clara', 'Georgetown', 'Augusta']):<20} "
            f"{c.ri(5, 90):>6}  {c.ri(2, 30):>6}\n")
    return b


def mt_neg_template(c):
    return B().t(f"{ts_iso(c.rng)} sms.template id=eta_{c.c(['en', 'es', 'de'])} text=\"Hi {{first_name}}, your shuttle "
                 "arrives in {eta} min. Plate {plate}.\" status=approved")


# =========================================================================================================
# 11. carpool_matching


def cp_offer(c):
    d = c.per()
    a, bb = c.rng.sample(CITIES, 2)
    doc = {"offer_id": c.hx(12), "driver": {"display": P(d.given_initial(), "NAME"), "username": P(c.acct(d), "NAME")},
           "from": a, "to": bb, "departure": ts_iso(c.rng, ms=False), "seats": c.ri(1, 4), "price_eur": c.ri(5, 60)}
    return B().t(f"{ts_iso(c.rng)} INFO offer.published ").sub(js(doc, ascii_=c.pr(0.3)))


def cp_booking_logfmt(c):
    p = c.per()
    d = c.per()
    return B().t(f"ts={ts_iso(c.rng)} evt=booking.requested offer={c.hx(12)} passenger=").p(c.acct(p), "NAME") \
        .t(" driver=").p(c.acct(d), "NAME").t(f" seats={c.ri(1, 3)} auto_accept={c.c(['true', 'false'])}")


def cp_confirm(c):
    p = c.per()
    d = c.per()
    lang = c.c(["fr", "it", "es"])
    if lang == "fr":
        b = B().t("Bonjour ").p(p.given, "NAME").t(", ").p(d.given, "NAME").t(" a accepté votre réservation. Son numéro : ")
    elif lang == "it":
        b = B().t("Ciao ").p(p.given, "NAME").t(", ").p(d.given, "NAME").t(" ha accettato la tua prenotazione. Numero: ")
    else:
        b = B().t("Hola ").p(p.given, "NAME").t(", ").p(d.given, "NAME").t(" ha aceptado tu reserva. Su número: ")
    return B().t(f"{ts_iso(c.rng)} push.sent lang={lang} body=\"").sub(b).p(c.phone(d), "PHONE").t('"')


def cp_review(c):
    a = c.per()
    t = c.per()
    return B().t(f"{ts_iso(c.rng)} moderation review={c.ri(100000, 999999)} author=").p(c.acct(a), "NAME") \
        .t(" target=").p(c.acct(t), "NAME").t(" text=\"").p(t.given, "NAME") \
        .t(c.c([" was late and rude", " is a great driver", " smoked in the car"])).t(f"\" verdict={c.c(['KEEP', 'REMOVE'])}")


def cp_kotlin(c):
    p = c.per()
    d = c.per()
    b = B().t(f"E/BookingRepository({c.ri(1000, 30000)}): submit failed\njava.lang.IllegalStateException: "
              "seat count mismatch for Booking(id=")
    b.t(f"{c.ri(100000, 999999)}, passenger=Member(name=").p(p.full(), "NAME").t(", phone=").p(c.phone(p), "PHONE")
    b.t("), driver=Member(name=").p(d.given_initial(), "NAME").t(", phone=null), seats=2)\n"
                                                                 "\tat com.example.carpool.data.BookingRepository.submit(BookingRepository.kt:"
                                                                 f"{c.ri(40, 300)})\n\tat com.example.carpool.ui.BookViewModel$book$1.invokeSuspend"
                                                                 f"(BookViewModel.kt:{c.ri(20, 120)})")
    return b


def cp_sql(c):
    p = c.per()
    b = B().t(f"{ts_sp(c.rng)} [pool-matcher] sqlalchemy.engine INFO INSERT INTO bookings (offer_id, passenger_email, "
              "passenger_name, seats) VALUES (%(offer_id)s, %(passenger_email)s, %(passenger_name)s, %(seats)s)\n"
              f"{ts_sp(c.rng)} [pool-matcher] sqlalchemy.engine INFO [generated in 0.00{c.ri(10, 99)}s] ")
    b.t(f"{{'offer_id': '{c.hx(12)}', 'passenger_email': ").t("'").p(c.email(p), "EMAIL").t("', 'passenger_name': ")
    b.t("'" if "'" not in p.full() else '"').p(p.full(), "NAME").t("'" if "'" not in p.full() else '"').t(f", 'seats': {c.ri(1, 3)}}}")
    return b


def cp_idv(c):
    p = c.per()
    return B().t(f"{ts_iso(c.rng)} idv selfie_match={c.ri(80, 99)} doc_name=\"").p(p.gf().upper(), "NAME") \
        .t("\" profile_name=\"").p(p.given_initial(), "NAME").t(f"\" result={c.c(['VERIFIED', 'MISMATCH', 'RETRY'])} ip=") \
        .p(c.ip(), "IP_ADDRESS")


def cp_search_access(c):
    p = c.per()
    a, bb = c.rng.sample(CITIES, 2)
    b = B().p(c.ip(), "IP_ADDRESS").t(f" - - [{c.ri(1, 28):02d}/Oct/2026:{hhmm(c.rng)}:{c.ri(10, 59)} +0200] \"GET /search?from=")
    b.t(form(a) + "&to=" + form(bb) + "&passenger_name=").p(p.full(), "NAME", c.c([form, pct]))
    b.t("&contact=").p(c.email(p), "EMAIL", pct).t(f" HTTP/2\" 200 {c.ri(500, 9000)} \"-\" \"okhttp/4.12.0\"")
    return b


def cp_neg_routes(c):
    b = B().t("from;to;offers;bookings\n")
    for _ in range(c.ri(3, 5)):
        a, bb = c.rng.sample(CITIES, 2)
        b.t(f"{a};{bb};{c.ri(10, 900)};{c.ri(0, 900)}\n")
    return b


def cp_neg_shuttle(c):
    a, bb = c.rng.sample(CITIES, 2)
    doc = {"offer_id": c.hx(12), "driver": {"display": c.c(COMPANIES), "username": c.c(SVC)},
           "from": a, "to": bb, "departure": ts_iso(c.rng, ms=False), "seats": c.ri(8, 40), "price_eur": c.ri(5, 60)}
    return B().t(f"{ts_iso(c.rng)} INFO offer.published ").sub(js(doc))


def cp_neg_stats(c):
    return B().t(f"{ts_iso(c.rng)} moderation stats window=24h reviews={c.ri(1000, 90000)} removed={c.ri(10, 900)} "
                 f"appeals={c.ri(0, 90)} by=trust-automod")


def cp_neg_template(c):
    return B().t(f"{ts_iso(c.rng)} push.template lang={c.c(['fr', 'it', 'es'])} body=\"{{passenger_first_name}}, "
                 "{driver_first_name} a accepté votre réservation.\" version=7")


# =========================================================================================================
# 12. trip_safety_incidents


def sf_sos(c):
    r = c.per()
    ec = c.per()
    doc = {"event": "sos.triggered", "trip_id": tripid_(c), "at": ts_iso(c.rng),
           "rider": {"name": P(r.full(), "NAME"), "phone": P(c.phone(r, "e164"), "PHONE")},
           "emergency_contact": {"name": P(ec.full(), "NAME"), "phone": P(c.phone(ec), "PHONE"),
                                 "relation": c.c(["sister", "partner", "father", "friend"])},
           "psap_handoff": c.c([True, False])}
    return js(doc, pretty=True, ascii_=c.pr(0.3))


def tripid_(c) -> str:
    return c.hx(8) + "-" + c.hx(4)


def sf_case_notes(c):
    r = c.per()
    d = c.per()
    ag = c.per()
    b = B().t(f"CASE SF-{c.ri(100000, 999999)}\nCategory: {c.c(['Verbal altercation', 'Unsafe driving', 'Route deviation'])}\n")
    b.t("Rider: ").p(r.full(), "NAME").t("\nDriver: ").p(d.full(), "NAME").t(f" ({plate(c.rng)})\n")
    if c.pr(0.5):
        b.t("Witness: ").p(c.per().full(), "NAME").t("\n")
    b.t("Investigator: ").p(c.acct(ag, c.c(["first.last", "flast"])), "NAME").t(f"\nOutcome: {c.c(['Warning', 'Deactivated', 'No action'])}")
    return b


def sf_share(c):
    r = c.per()
    b = B().t(f"{ts_iso(c.rng)} share_trip trip={tripid_(c)} owner=").p(c.acct(r), "NAME").t(" recipients=[")
    for i in range(c.ri(1, 3)):
        if i:
            b.t(",")
        b.p(c.phone(c.per()), "PHONE")
    return b.t(f"] link_ttl_min={c.ri(30, 240)}")


def sf_ato(c):
    r = c.per()
    return B().t(f"{ts_iso(c.rng)} WARN account_security ato_suspected account=").p(c.email(r), "EMAIL") \
        .t(" new_ip=").p(c.ip(), "IP_ADDRESS").t(" prev_ip=").p(c.ip(), "IP_ADDRESS") \
        .t(f" device_change=true action={c.c(['FORCE_LOGOUT', 'STEP_UP_OTP', 'LOCK'])}")


def sf_appeal(c):
    d = c.per()
    b = B().t("From: ").p(d.full(), "NAME").t(" <").p(c.email(d), "EMAIL").t(">\nSubject: Appeal of deactivation\n\n")
    b.t("Hello, my account was deactivated after a complaint. I have 4.9 stars and 3,200 trips. Please call me on ")
    b.p(c.phone(d), "PHONE").t(".\n\nRegards,\n").p(d.given, "NAME")
    return b


def sf_csv(c):
    b = B().t("incident_id,reported_by,reported_party,agent,severity\n")
    for _ in range(c.ri(2, 4)):
        a = c.per()
        p = c.per()
        ag = c.per()
        b.t(f"INC{c.ri(10000, 99999)},").p(c.acct(a), "NAME").t(",").p(p.full(), "NAME").t(",")
        b.p(c.acct(ag, "flast"), "NAME").t(f",{c.c(['S1', 'S2', 'S3'])}\n")
    return b


def sf_foreign(c):
    k = c.c(["de", "tr", "ar"])
    r = c.per(k, native=(k == "ar"))
    d = c.per()
    if r.trad == "de":
        b = B().t("Notiz: Fahrgast ").p(r.full(), "NAME").t(" meldet, Fahrer ").p(d.given, "NAME")
        b.t(" habe während der Fahrt telefoniert. Rückruf unter ").p(c.phone(r), "PHONE")
    elif r.trad == "tr":
        b = B().t("Not: Yolcu ").p(r.full(), "NAME").t(", sürücü ").p(d.given, "NAME")
        b.t(" hakkında şikayetçi. Telefon: ").p(c.phone(r), "PHONE")
    else:
        b = B().t("ملاحظة: الراكبة ").p(r.native() or r.full(), "NAME").t(" أبلغت عن السائق ").p(d.given, "NAME")
        b.t(". الهاتف ").p(c.phone(r), "PHONE")
    return B().t(f"{ts_sp(c.rng)} safety_note ").sub(b)


def sf_neg_stats(c):
    return B().t(f"{ts_iso(c.rng)} safety metrics day={date(c.rng)} sos={c.ri(0, 40)} share_trip={c.ri(100, 9000)} "
                 f"audio_recording={c.ri(0, 400)} ride_check_prompts={c.ri(100, 9000)}")


def sf_neg_auto(c):
    return B().t(f"{ts_iso(c.rng)} safety-rules-engine incident={c.ri(10000, 99999)} auto_closed reason="
                 f"{c.c(['DUPLICATE', 'GPS_GLITCH', 'STOP_TIMEOUT'])} actor=safety-rules-engine")


def sf_neg_sostest(c):
    return js({"event": "sos.test", "trip_id": None, "at": ts_iso(c.rng), "rider": {"name": "Test Rider", "phone": None},
               "emergency_contact": None, "psap_handoff": False, "env": "staging"}, pretty=True)


def sf_neg_queue(c):
    b = B().t(f"{'QUEUE':<24}{'OPEN':>6}{'SLA_BREACH':>12}\n")
    for q in ["appeals_drivers", "appeals_riders", "safety_s1", "safety_s2"]:
        b.t(f"{q:<24}{c.ri(0, 400):>6}{c.ri(0, 30):>12}\n")
    return b


FAMILIES = {
    "farecard_personalisation": ([fc_print_queue, fc_soap, fc_benefit_csv, fc_autoload, fc_balance_transfer, fc_student,
                                  fc_sql],
                                 [fc_neg_stock, fc_neg_catalogue, fc_neg_print, fc_neg_sql]),
    "ticket_inspection": ([ti_logcat, ti_uic, ti_report_foreign, ti_shift_csv, ti_xml, ti_chat],
                          [ti_neg_anon, ti_neg_fw, ti_neg_stats, ti_neg_deny]),
    "paratransit_scheduling": ([pt_book, pt_manifest, pt_eligibility, pt_ivr, pt_dispute, pt_sql, pt_subscription_csv],
                               [pt_neg_capacity, pt_neg_assign, pt_neg_ivr, pt_neg_manifest]),
    "microtransit_booking": ([mt_graphql, mt_oslog, mt_sms, mt_manifest_json, mt_swift_dump, mt_feedback, mt_driver_note,
                              mt_kafka],
                             [mt_neg_zone, mt_neg_pos, mt_neg_forecast, mt_neg_template]),
    "carpool_matching": ([cp_offer, cp_booking_logfmt, cp_confirm, cp_review, cp_kotlin, cp_sql, cp_idv, cp_search_access],
                         [cp_neg_routes, cp_neg_shuttle, cp_neg_stats, cp_neg_template]),
    "trip_safety_incidents": ([sf_sos, sf_case_notes, sf_share, sf_ato, sf_appeal, sf_csv, sf_foreign],
                              [sf_neg_stats, sf_neg_auto, sf_neg_sostest, sf_neg_queue]),
}
