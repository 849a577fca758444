"""Families 1-6 of pack_ad: dispensing, mail order, hospital cabinets, e-Rx refills, controlled drugs, PV intake."""

from __future__ import annotations

try:
    from .core import (
        CDRUGS,
        COMPANIES,
        DRUGS,
        EPONYM_TERMS,
        EQUIPMENT,
        OB,
        PLACEHOLDERS,
        PLACES,
        SERVICE_ACCTS,
        STATUS,
        UI_STRINGS,
        WARDS,
        Ctx,
        J,
        Obj,
        Rec,
        S,
        V,
        anyip,
        card,
        check_xml,
        csv_row,
        dob,
        form,
        hexid,
        ip4,
        jesc,
        lot,
        ndc,
        nm,
        nonluhn,
        pct,
        pyesc,
        rxno,
        xel,
    )
except ImportError:  # pragma: no cover
    from core import (  # type: ignore
        CDRUGS,
        COMPANIES,
        DRUGS,
        EPONYM_TERMS,
        EQUIPMENT,
        OB,
        PLACEHOLDERS,
        PLACES,
        SERVICE_ACCTS,
        STATUS,
        UI_STRINGS,
        WARDS,
        Ctx,
        J,
        Obj,
        Rec,
        S,
        V,
        anyip,
        card,
        check_xml,
        csv_row,
        dob,
        form,
        hexid,
        ip4,
        jesc,
        lot,
        ndc,
        nm,
        nonluhn,
        pct,
        pyesc,
        rxno,
        xel,
    )

STORES = ["0412", "1187", "2290", "0077", "3315", "5120"]
LVL = ["INFO", "INFO", "WARN", "DEBUG", "ERROR"]


def _lf(c: Ctx, p) -> str:
    return nm(c, p, ["LF", "LFa", "lf", "LF"])


def _any(c: Ctx, p) -> str:
    return nm(c, p, ["full", "full", "lf", "LF", "FULL", "g.f", "gf"])


def _acct(c: Ctx, p, upper: float = 0.2) -> str:
    a = p.login(c.rng)
    return a.upper() if c.r() < upper else a


# ================================================================ 1. retail_dispensing


def rd_workflow(c: Ctx) -> Rec:
    pt, rph, tech = c.person(), c.person(), c.person()
    r = Rec().t(f"{c.ts('log4j')} {c.ch(LVL)} [RxWorkflow-{c.ri(1, 16)}] store={c.ch(STORES)} rx={rxno(c.rng)} "
                f"fill={c.ri(0, 11)} step={c.ch(['DUR_REVIEW', 'PV1', 'PV2', 'DATA_ENTRY', 'FILL'])} patient=\"")
    r.v(_lf(c, pt), "NAME").t(f"\" dob={dob(c.rng)} drug=\"{c.ch(DRUGS)}\" ndc={ndc(c.rng)} rph=")
    r.v(_acct(c, rph, 0.4), "NAME").t(" tech=").v(_acct(c, tech, 0.5), "NAME")
    if c.r() < 0.4:
        r.t(" callback=").v(c.phone(pt, "US"), "PHONE")
    return r.t(f" status={c.ch(STATUS)}")


def rd_label(c: Ctx) -> Rec:
    pt, dr = c.person(), c.person()
    r = Rec().t(f"*** LABEL PRN0{c.ri(1, 4)} STORE {c.ch(STORES)} ***\n")
    r.t(f"RX# {rxno(c.rng)}   FILL {c.ri(0, 11):02d}   DATE {c.ts('usd')}\n")
    r.t("PATIENT : ").v(nm(c, pt, ["LF", "LFa", "FULL"], False), "NAME").t("\n")
    r.t("DR      : ").v(nm(c, dr, ["g.f", "LF", "FAM G", "FULLa"], False).upper(), "NAME").t("\n")
    r.t(f"DRUG    : {c.ch(DRUGS).upper()}\nQTY {c.ri(10, 90)}   REFILLS {c.ri(0, 5)}   "
        f"RPH: {c.ch('ABCDEFGHJKLMN')}{c.ch('ABCDEFGHJKLMN')}\n")
    r.t(f"USE BY {c.ts('usd')}   LOT {lot(c.rng)}\n")
    if c.r() < 0.5:
        r.t("TEL     : ").v(c.phone(pt, "US", "nat"), "PHONE").t("\n")
    return r.t("*** END LABEL ***")


def rd_pickup(c: Ctx) -> Rec:
    pt = c.person()
    rel = c.relative(pt)
    cashier = c.person()
    doc = {"event": "will_call.pickup", "store": c.ch(STORES), "ts": c.ts("iso"),
           "rx": [rxno(c.rng) for _ in range(c.ri(1, 3))],
           "patient": {"first": V(pt.given), "last": V(pt.family), "dob": dob(c.rng)},
           "picked_up_by": {"name": V(nm(c, rel, ["full", "gf"])), "relationship": c.ch(["spouse", "son", "daughter",
                                                                                         "parent", "caregiver"])},
           "id_check": c.ch(["DL", "PASSPORT", "STATE_ID", "NONE"]), "counsel_offered": True,
           "counsel_accepted": c.r() < 0.3, "cashier": V(cashier.login(c.rng))}
    if c.r() < 0.5:
        doc["contact_phone"] = V(c.phone(pt), "PHONE")
    return Rec().t(f"{c.ts('space')} pos-{c.ch(STORES)} signature-capture ").add(J(doc, c.ch([None, 2])))


def rd_traceback(c: Ctx) -> Rec:
    pt, dr = c.person(), c.person()
    r = Rec().t("Traceback (most recent call last):\n  File \"/opt/rx/dur/engine.py\", line 212, in evaluate\n"
                "    raise InteractionError(pt, rule)\n")
    r.t("dur.engine.InteractionError: severe interaction warfarin+fluconazole for ")
    r.add(OB(Obj("Patient", [("id", c.ri(10000, 99999)), ("first_name", V(pt.given)), ("last_name", V(pt.family)),
                             ("allergies", None), ("phone", V(c.phone(pt), "PHONE"))])))
    r.t(" prescriber='Dr. ").v(nm(c, dr, ["gf", "g.f"], False), "NAME").t("'")
    return r


def rd_foreign(c: Ctx) -> Rec:
    pt = c.person()
    rel = c.relative(pt)
    k = c.ri(0, 3)
    r = Rec()
    if k == 0:
        r.t(f"[Apotheke] {c.ts('de')} Abholung durch {c.ch(['Herrn', 'Frau'])} ").v(rel.form("family"), "NAME")
        r.t(" für ").v(nm(c, pt, ["gf", "lf"]), "NAME").t(" – BtM-Rezept fehlt, Rückruf unter ")
        r.v(c.phone(pt, "DE", "nat"), "PHONE")
    elif k == 1:
        r.t(f"[officine] {c.ts('de')} Délivrance à {c.ch(['M.', 'Mme'])} ").v(rel.form("family"), "NAME")
        r.t(" pour le compte de ").v(nm(c, pt, ["gf", "LF"]), "NAME").t(" ; ordonnance à renouveler, tél. ")
        r.v(c.phone(pt, "FR", "nat"), "PHONE")
    elif k == 2:
        r.t(f"[farmacia] {c.ts('de')} Retirado por ").v(nm(c, rel, ["gf"]), "NAME").t(" (familiar de ")
        r.v(nm(c, pt, ["gf", "lf"]), "NAME").t("). Falta receta electrónica; avisar al ")
        r.v(c.phone(pt, "ES"), "PHONE")
    else:
        r.t(f"[apotheek] {c.ts('de')} Opgehaald door ").v(nm(c, rel, ["gf"]), "NAME").t(" namens ")
        r.v(nm(c, pt, ["gf", "lf"]), "NAME").t("; herhaalrecept aangevraagd, terugbellen ")
        r.v(c.phone(pt, "NL", "nat"), "PHONE")
    return r


def rd_pos(c: Ctx) -> Rec:
    pt, cashier = c.person(), c.person()
    r = Rec().t(f"{c.ts('syslog')} pos-lane{c.ri(1, 4)} rxpos[{c.ri(1000, 9999)}]: sale rx={rxno(c.rng)} "
                f"copay={c.ri(0, 80)}.{c.ri(0, 99):02d} tender=CARD pan=")
    r.v(card(c.rng, ""), "CREDIT_CARD").t(" holder=\"").v(nm(c, pt, ["sg", "FULLa", "sg"], False), "NAME")
    r.t("\" cashier=").v(_acct(c, cashier, 0.6), "NAME").t(f" auth={c.ch(['APPROVED', 'DECLINED'])}")
    return r


def rd_neg_workflow(c: Ctx) -> Rec:
    return Rec().t(f"{c.ts('log4j')} {c.ch(LVL)} [RxWorkflow-{c.ri(1, 16)}] store={c.ch(STORES)} rx={rxno(c.rng)} "
                   f"fill=0 step=DATA_ENTRY patient=\"{c.ch(PLACEHOLDERS)}\" drug=\"{c.ch(DRUGS)}\" "
                   f"rph={c.ch(SERVICE_ACCTS)} tech={c.ch(SERVICE_ACCTS)} status={c.ch(STATUS)}")


def rd_neg_label(c: Ctx) -> Rec:
    return Rec().t(f"*** LABEL PRN0{c.ri(1, 4)} STORE {c.ch(STORES)} ***\nRETURN TO STOCK  RX# {rxno(c.rng)}\n"
                   f"MFR     : {c.ch(COMPANIES).upper()}\nDRUG    : {c.ch(DRUGS).upper()}\n"
                   f"NDC {ndc(c.rng)}   QTY {c.ri(10, 90)}   LOT {lot(c.rng)}\n*** END LABEL ***")


def rd_neg_robot(c: Ctx) -> Rec:
    doc = {"event": "robot.refill", "device": c.ch(EQUIPMENT), "store": c.ch(STORES), "ts": c.ts("iso"),
           "cells": [{"cell": c.ri(1, 240), "ndc": ndc(c.rng), "count": c.ri(0, 500)} for _ in range(c.ri(1, 3))],
           "picked_up_by": None, "operator": c.ch(SERVICE_ACCTS), "status": c.ch(["OK", "LOW", "JAM"])}
    return Rec().t(f"{c.ts('space')} robot-gw ").add(J(doc, c.ch([None, 2])))


def rd_neg_ui(c: Ctx) -> Rec:
    return Rec().t(f"{c.ts('isoz')} ui.queue store={c.ch(STORES)} banner=\"{c.ch(UI_STRINGS)}\" "
                   f"count={c.ri(0, 40)} location=\"{c.ch(PLACES)} Drive-Thru\"")


# ================================================================ 2. mail_order_fulfilment


def mo_intake(c: Ctx) -> Rec:
    m = c.person()
    ship = c.relative(m) if c.r() < 0.4 else m
    doc = {"orderId": f"MO-{c.ri(10000000, 99999999)}", "channel": c.ch(["web", "app", "fax", "erx"]),
           "member": {"memberId": f"W{nonluhn(c.rng, 9)}", "givenName": V(m.given), "familyName": V(m.family),
                      "dob": dob(c.rng), "email": V(m.mail(c.rng), "EMAIL"), "phone": V(c.phone(m), "PHONE")},
           "shipTo": {"name": V(nm(c, ship, ["full", "gf", "FULL"])), "city": c.ch(PLACES),
                      "signatureRequired": c.r() < 0.3},
           "items": [{"ndc": ndc(c.rng), "days": c.ch([30, 90]), "coldChain": c.r() < 0.2}]}
    return Rec().t(f"{c.ts('log4j')} INFO  [intake-{c.ri(1, 8)}] o.e.mailrx.IntakeController - received ") \
        .add(J(doc, c.ch([2, 4, None])))


def mo_manifest(c: Ctx) -> Rec:
    r = Rec().t(f"# manifest {c.ts('date')} wave {c.ri(1, 30)}\norder_id,ship_to_name,phone,service,cold_chain,"
                "packed_by\n")
    packer = c.person()
    for _ in range(c.ri(2, 4)):
        p = c.person()
        csv_row(r, [f"MO-{c.ri(10000000, 99999999)}", V(nm(c, p, ["full", "lf", "LF"], False)),
                    V(c.phone(p), "PHONE"), c.ch(["GROUND", "2DAY", "OVERNIGHT"]), c.ch(["Y", "N"]),
                    V(packer.login(c.rng))])
        r.t("\n")
    return r


def mo_java(c: Ctx) -> Rec:
    m = c.person()
    r = Rec().t(f"{c.ts('log4j')} ERROR [hold-worker-{c.ri(1, 9)}] c.e.mailrx.HoldService - order hold\n")
    r.t("com.example.mailrx.OrderHoldException: address mismatch for ")
    r.add(OB(Obj("Member", [("memberId", f"W{nonluhn(c.rng, 9)}"), ("firstName", V(m.given)),
                            ("lastName", V(m.family)), ("email", V(m.mail(c.rng), "EMAIL"))], "java")))
    r.t("\n\tat com.example.mailrx.HoldService.check(HoldService.java:118)\n"
        "\tat com.example.mailrx.IntakeController.submit(IntakeController.java:64)\n"
        "\tat java.base/java.lang.Thread.run(Thread.java:1583)")
    return r


def mo_sms(c: Ctx) -> Rec:
    m = c.person()
    k = c.ri(0, 4)
    cty, body = [("US", "Hi {g}, your prescription order is delayed by the carrier. Reply HELP for help."),
                 ("ES", "Hola {g}, tu pedido de farmacia se retrasa un día. Responde AYUDA."),
                 ("BR", "Olá {g}, seu pedido da farmácia foi enviado. Rastreio em breve."),
                 ("DE", "Hallo {g}, Ihre Arzneimittelsendung konnte nicht zugestellt werden."),
                 ("FR", "Bonjour {g}, votre colis de médicaments est disponible en point relais.")][k]
    pre, post = body.split("{g}")
    r = Rec().t(f"{c.ts('isoz')} sms.out to=").v(c.phone(m, cty, "e164"), "PHONE")
    r.t(f" lang={['en', 'es', 'pt', 'de', 'fr'][k]} body=\"{pre}").v(m.given if c.r() < 0.8 else m.given.lower(),
                                                                    "NAME")
    return r.t(f"{post}\" seg=1 provider=sns")


def mo_payment(c: Ctx) -> Rec:
    m = c.person()
    r = Rec().t(f"{c.ts('log4j')} WARN [pay-{c.ri(1, 4)}] payment.authorize declined order=MO-{c.ri(10000000, 99999999)}"
                f" amount={c.ri(5, 400)}.{c.ri(0, 99):02d} pan=")
    r.v(card(c.rng), "CREDIT_CARD").t(" holder=\"").v(nm(c, m, ["FULLa", "full", "sg"], False), "NAME")
    r.t("\" avs=N ip=").v(anyip(c.rng), "IP_ADDRESS")
    return r


def mo_kafka(c: Ctx) -> Rec:
    packer, m = c.person(), c.person()
    inner = J({"type": "PACKED", "order": f"MO-{c.ri(10000000, 99999999)}", "packer": V(packer.login(c.rng)),
               "packerName": V(nm(c, packer, ["full", "lf"])), "recipient": V(nm(c, m, ["full", "FULL"])),
               "tote": f"T{c.ri(1000, 9999)}", "ice_packs": c.ri(0, 4)})
    r = Rec().t(f"{c.ts('log4j')} DEBUG [kafka-producer] topic=centralfill.events partition={c.ri(0, 11)} value=\"")
    r.add(inner, jesc)
    return r.t("\"")


def mo_neg_wave(c: Ctx) -> Rec:
    return Rec().t(f"{c.ts('log4j')} INFO [wave-planner] wave={c.ri(1, 30)} orders={c.ri(100, 4000)} "
                   f"cold_chain={c.ri(0, 200)} carriers=UPS,FedEx,USPS picker={c.ch(SERVICE_ACCTS)} "
                   f"status={c.ch(['RELEASED', 'PLANNED', 'CLOSED'])}")


def mo_neg_manifest(c: Ctx) -> Rec:
    r = Rec().t("order_id,ship_to_name,phone,service,cold_chain,packed_by\n")
    for _ in range(c.ri(2, 4)):
        csv_row(r, [f"MO-{c.ri(10000000, 99999999)}", c.ch(COMPANIES + WARDS), "", c.ch(["GROUND", "2DAY"]),
                    c.ch(["Y", "N"]), c.ch(SERVICE_ACCTS)])
        r.t("\n")
    return r


def mo_neg_packout(c: Ctx) -> Rec:
    return Rec().t(f"{c.ts('log4j')} INFO [packout] tote=T{c.ri(1000, 9999)} shipper=\"{c.ch(EQUIPMENT)}\" "
                   f"probe_c={c.ri(2, 8)}.{c.ri(0, 9)} gel_packs={c.ri(1, 6)} lane={c.ri(1, 12)} verdict=PASS")


def mo_neg_payment(c: Ctx) -> Rec:
    return Rec().t(f"{c.ts('log4j')} WARN [pay-{c.ri(1, 4)}] payment.authorize declined order=MO-{c.ri(10000000, 99999999)}"
                   f" pan=************{c.ri(1000, 9999)} holder=\"{c.ch(PLACEHOLDERS)}\" avs=N reason=EXPIRED")


# ================================================================ 3. hospital_adc


def adc_csv(c: Ctx) -> Rec:
    sep = c.ch([",", ";", "\t"])
    r = Rec().t(sep.join(["TxnTime", "Station", "User", "UserName", "Patient", "MRN", "Med", "Qty", "Witness"]) + "\n")
    for _ in range(c.ri(1, 3)):
        u, pt, w = c.person(), c.person(), c.person()
        csv_row(r, [c.ts("us"), f"{c.ri(2, 9)}{c.ch('NSEW')}-MEDSTN{c.ri(1, 4)}", V(u.login(c.rng).upper()),
                    V(nm(c, u, ["lf", "full"], False)), V(nm(c, pt, ["LF", "LFa"], False)), nonluhn(c.rng, 8),
                    c.ch(CDRUGS + DRUGS), str(c.ri(1, 4)), V(w.login(c.rng).upper()) if c.r() < 0.7 else ""], sep)
        r.t("\n")
    return r


def adc_override(c: Ctx) -> Rec:
    u, pt = c.person(), c.person()
    r = Rec().t(f"OVERRIDE REPORT  {c.ts('us')}  STATION {c.ri(2, 9)}W-MEDSTN{c.ri(1, 4)}\n")
    r.t("  NURSE   : ").v(nm(c, u, ["LF", "LFa"], False), "NAME").t(" (").v(u.login(c.rng).upper(), "NAME").t(")\n")
    r.t("  PATIENT : ").v(nm(c, pt, ["LF", "LFa", "LFm"], False), "NAME").t(f"  MRN {nonluhn(c.rng, 8)}\n")
    r.t(f"  MED     : {c.ch(CDRUGS)}\n  REASON  : {c.ch(['STAT order', 'Code blue', 'Pharmacy closed'])}\n")
    r.t(f"  REVIEW  : {c.ch(['PENDING', 'ACCEPTED', 'FLAGGED'])}")
    return r


def adc_waste(c: Ctx) -> Rec:
    u, w, pt = c.person(), c.person(), c.person()
    r = Rec().t(f"<134>{c.ts('syslog')} omni-srv0{c.ri(1, 4)} cabinet[{c.ri(1000, 9999)}]: WASTE med=\"{c.ch(CDRUGS)}\" "
                f"qty={c.ri(1, 5)}mL user=")
    r.v(u.login(c.rng), "NAME").t(" witness=").v(w.login(c.rng), "NAME")
    r.t(f" mrn={nonluhn(c.rng, 8)} pt=\"").v(nm(c, pt, ["full", "LF"]), "NAME").t(f"\" src={c.ch(['cabinet', 'pump'])}")
    if c.r() < 0.5:
        r.t(" ws_ip=").v(ip4(c.rng, c.ch(["p10", "p172"])), "IP_ADDRESS")
    return r


def adc_verify(c: Ctx) -> Rec:
    rph, pt, pres = c.person(), c.person(), c.person()
    doc = {"orderId": c.ri(1000000, 9999999), "queue": c.ch(["ICU", "ONC", "PEDS", "ED"]),
           "patient": {"display": V(nm(c, pt, ["LF", "lf"])), "mrn": nonluhn(c.rng, 8), "ward": c.ch(WARDS)},
           "prescriber": S(["Dr. ", V(nm(c, pres, ["gf", "g.f"], False))]),
           "verifiedBy": {"login": V(rph.login(c.rng)), "display": S([V(nm(c, rph, ["lf", "gf"], False)),
                                                                      ", PharmD"])},
           "intervention": c.ch(["dose adjusted for CrCl", "none", "allergy clarified"])}
    return Rec().t(f"{c.ts('isoz')} rxverify ").add(J(doc, c.ch([None, 2]), asc=c.r() < 0.3))


def adc_mail(c: Ctx) -> Rec:
    u, pt = c.person(), c.person()
    r = Rec().t("From: \"").v(nm(c, u, ["gf", "lf"], False), "NAME").t("\" <").v(u.mail(c.rng, "hospital.example"),
                                                                              "EMAIL")
    r.t(">\nTo: ").v("rx-discrepancy@hospital.example", "EMAIL").t("\n").t(f"Date: {c.ts('isooff')}\nSubject: Unresolved discrepancy "
                                                      f"{c.ri(2, 9)}W-MEDSTN{c.ri(1, 4)} drawer {c.ri(1, 8)} - ")
    r.v(nm(c, pt, ["lf", "LF"], False), "NAME").t("\n\nCount was off by one after the last cycle count. ")
    r.t("Please call me at ").v(c.phone(u), "PHONE").t(".")
    return r


def adc_foreign(c: Ctx) -> Rec:
    u, pt = c.person(), c.person()
    k = c.ri(0, 2)
    r = Rec()
    if k == 0:
        r.t(f"{c.ts('de')} afdeling {c.ri(2, 9)}B: medicatiekast geopend door ").v(u.login(c.rng), "NAME")
        r.t(" voor ").v(nm(c, pt, ["gf", "LF"]), "NAME").t(", dubbele controle door ")
        r.v(nm(c, c.person(), ["gf", "g.f"]), "NAME")
    elif k == 1:
        r.t(f"{c.ts('de')} planta {c.ri(2, 9)}: retirada de {c.ch(CDRUGS)} por la enfermera ")
        r.v(nm(c, u, ["gf"]), "NAME").t(" para ").v(nm(c, pt, ["LF", "gf"]), "NAME").t("; testigo ")
        r.v(c.person().login(c.rng), "NAME")
    else:
        r.t(f"{c.ts('de')} service {c.ri(2, 9)}: armoire ouverte par ").v(nm(c, u, ["gf", "LF"]), "NAME")
        r.t(" pour M. ").v(pt.form("family"), "NAME").t(" (chambre ").t(str(c.ri(100, 499))).t("), écart signalé")
    return r


def adc_neg_sync(c: Ctx) -> Rec:
    return Rec().t(f"<134>{c.ts('syslog')} omni-srv0{c.ri(1, 4)} cabinet[{c.ri(1000, 9999)}]: SYNC station="
                   f"{c.ri(2, 9)}W-MEDSTN{c.ri(1, 4)} device=\"{c.ch(EQUIPMENT)}\" pockets={c.ri(10, 400)} "
                   f"user={c.ch(SERVICE_ACCTS)} result={c.ch(['OK', 'PARTIAL', 'TIMEOUT'])}")


def adc_neg_restock(c: Ctx) -> Rec:
    sep = c.ch([",", ";"])
    r = Rec().t(sep.join(["TxnTime", "Station", "User", "UserName", "Patient", "MRN", "Med", "Qty", "Witness"]) + "\n")
    for _ in range(c.ri(1, 3)):
        csv_row(r, [c.ts("us"), f"{c.ri(2, 9)}E-MEDSTN{c.ri(1, 4)}", c.ch(SERVICE_ACCTS).upper(), "Pharmacy Restock",
                    "", "", c.ch(DRUGS), str(c.ri(5, 40)), ""], sep)
        r.t("\n")
    return r


def adc_neg_mail(c: Ctx) -> Rec:
    w = c.ch(WARDS)
    return Rec().t(f"From: Omnicell Alerts <noreply>\nSubject: Stock-out on {w}\n\n{c.ch(DRUGS)} below par "
                   f"({c.ri(0, 3)}/{c.ri(5, 20)}) at {w}; reorder placed with {c.ch(COMPANIES)}.")


def adc_neg_verify(c: Ctx) -> Rec:
    doc = {"orderId": c.ri(1000000, 9999999), "queue": c.ch(["ICU", "ONC"]),
           "patient": {"display": c.ch(PLACEHOLDERS), "ward": c.ch(WARDS)},
           "verifiedBy": {"login": c.ch(SERVICE_ACCTS), "display": "Auto-verification rule 12"},
           "intervention": c.ch(["none", "duplicate therapy suppressed"])}
    return Rec().t(f"{c.ts('isoz')} rxverify ").add(J(doc, c.ch([None, 2])))


# ================================================================ 4. erx_refill


def erx_app(c: Ctx) -> Rec:
    pt = c.person()
    doc = {"type": "refill_request", "rx": [rxno(c.rng) for _ in range(c.ri(1, 3))],
           "patient": {"name": V(nm(c, pt, ["full", "gf"])), "email": V(pt.mail(c.rng), "EMAIL"),
                       "mobile": V(c.phone(pt), "PHONE")},
           "pickup": c.ch(["store", "delivery", "locker"]), "client_ip": V(anyip(c.rng), "IP_ADDRESS"),
           "app": f"rxapp/{c.ri(3, 9)}.{c.ri(0, 30)}.{c.ri(0, 9)}"}
    return Rec().t(f"{c.ts('iso')} refill-api ").add(J(doc, c.ch([None, 2]), asc=c.r() < 0.3))


def erx_ivr(c: Ctx) -> Rec:
    pt = c.person()
    r = Rec().t(f"{c.ts('syslog')} ivr{c.ri(1, 3)} refill[{c.ri(100, 999)}]: call ani=")
    r.v(c.phone(pt, "US", c.ch(["bare", "e164"])), "PHONE").t(f" rx={rxno(c.rng)} dob_ok=true name_on_file=\"")
    r.v(nm(c, pt, ["LF", "LFa"], False), "NAME").t(f"\" result={c.ch(['QUEUED', 'TOO_SOON', 'NO_REFILLS'])}")
    return r


def erx_sms(c: Ctx) -> Rec:
    pt = c.person()
    k = c.ri(0, 5)
    cty, lang, body = [("US", "en", "Hi {g}, your refill is ready at store {s}. Reply STOP to opt out."),
                       ("MX", "es", "Hola {g}, tu resurtido está listo en la sucursal {s}."),
                       ("IT", "it", "Ciao {g}, la tua ricetta ripetibile è pronta (farmacia {s})."),
                       ("PL", "pl", "Dzień dobry {g}, lek z recepty czeka w aptece {s}."),
                       ("TR", "tr", "Merhaba {g}, ilacınız {s} numaralı eczanede hazır."),
                       ("JP", "ja", "{g}様、お薬の準備ができました（店舗{s}）。")][k]
    body = body.replace("{s}", c.ch(STORES))
    pre, post = body.split("{g}")
    r = Rec().t(f"{c.ts('isoz')} notify channel=sms to=").v(c.phone(pt, cty), "PHONE").t(f" lang={lang} text=\"{pre}")
    g = pt.native_given if (pt.is_native() and k == 5) else (pt.family if k == 5 else pt.given)
    return r.v(g, "NAME").t(post + "\"")


def erx_portal(c: Ctx) -> Rec:
    pres, pt = c.person(), c.person()
    ip = anyip(c.rng)
    enc = c.ch([form, pct])
    r = Rec().v(ip, "IP_ADDRESS").t(f" - - [{c.ts('clf')}] \"GET /renewals/search?prescriber=")
    r.v(nm(c, pres, ["gf", "full"]), "NAME", enc).t("&patient_last=").v(pt.family, "NAME", enc)
    r.t(f"&status=pending HTTP/1.1\" 200 {c.ri(300, 9000)} \"-\" \"Mozilla/5.0\"")
    return r


def erx_perl(c: Ctx) -> Rec:
    pt, pres = c.person(), c.person()
    r = Rec().t(f"{c.ts('space')} [refill.pl:{c.ri(100, 900)}] queued $VAR1 = {{\n")
    r.t(f"  'id' => {c.ri(1000, 99999)},\n  'patient_name' => '").v(nm(c, pt, ["full", "lf"]), "NAME", pyesc)
    r.t("',\n  'prescriber' => '").v(nm(c, pres, ["g.f", "full"], False), "NAME", pyesc)
    r.t("',\n  'status' => 'pending',\n  'callback' => '").v(c.phone(pt), "PHONE").t("'\n};")
    return r


def erx_response(c: Ctx) -> Rec:
    pres, pt = c.person(), c.person()
    r = Rec().t(f"{c.ts('log4j')} INFO renewal.response rx={rxno(c.rng)} npi={nonluhn(c.rng, 10)} decision="
                f"{c.ch(['APPROVED', 'APPROVED_WITH_CHANGES', 'DENIED'])} by=\"Dr. ")
    r.v(nm(c, pres, ["gf", "g.f"], False), "NAME").t("\" note=\"spoke with ").v(pt.given, "NAME")
    return r.t(" re dose, patient aware\"")


def erx_neg_toosoon(c: Ctx) -> Rec:
    return Rec().t(f"{c.ts('log4j')} INFO refill.rules rx={rxno(c.rng)} result=TOO_SOON next_eligible={c.ts('date')} "
                   f"days_supply={c.ch([30, 90])} rule=\"{c.ch(['80% rule', 'CII no refills', 'expired Rx'])}\"")


def erx_neg_formulary(c: Ctx) -> Rec:
    doc = {"type": "formulary_sync", "payer": c.ch(COMPANIES), "rows": c.ri(1000, 90000),
           "changed": [{"ndc": ndc(c.rng), "tier": c.ri(1, 5)} for _ in range(2)], "by": c.ch(SERVICE_ACCTS)}
    return Rec().t(f"{c.ts('iso')} formulary ").add(J(doc))


def erx_neg_optout(c: Ctx) -> Rec:
    return Rec().t(f"{c.ts('isoz')} notify channel=sms inbound keyword={c.ch(['STOP', 'HELP', 'ALTO', 'START'])} "
                   f"to=short:{c.ri(20000, 99999)} lang=en text=\"{c.ch(UI_STRINGS)}\" action=opt_out")


def erx_neg_portal(c: Ctx) -> Rec:
    return Rec().t(f"- - - [{c.ts('clf')}] \"GET /renewals/search?prescriber=&patient_last=&status=pending "
                   f"HTTP/1.1\" 400 {c.ri(100, 900)} \"-\" \"kube-probe/1.{c.ri(20, 31)}\"")


# ================================================================ 5. controlled_pdmp


def cs_pdmp_req(c: Ctx) -> Rec:
    pt, u = c.person(), c.person()
    doc = {"requestId": hexid(c.rng, 16), "requestor": {"role": c.ch(["Pharmacist", "Prescriber", "Delegate"]),
                                                        "user": V(u.mail(c.rng), "EMAIL"),
                                                        "dea": f"{c.ch('ABFM')}{c.ch('ABCDEFGH')}{nonluhn(c.rng, 7)}"},
           "patient": {"firstName": V(pt.given), "lastName": V(pt.family), "birthDate": dob(c.rng),
                       "gender": c.ch(["F", "M", "U"])},
           "states": c.rng.sample(["OH", "KY", "IN", "PA", "WV", "MI", "TN"], 2)}
    r = Rec().t(f"{c.ts('log4j')} INFO  [pmp-gateway] POST /v5/patient/query from ").v(ip4(c.rng), "IP_ADDRESS")
    return r.t(" body=").add(J(doc, c.ch([None, 2])))


def cs_pdmp_resp(c: Ctx) -> Rec:
    pt = c.person()
    r = Rec().t("PMP REPORT  patient: ").v(nm(c, pt, ["LF", "lf"], False), "NAME").t(f"  dob {dob(c.rng)}\n")
    r.t("| filled     | drug                        | qty | prescriber                 | pharmacy      |\n")
    for _ in range(c.ri(2, 4)):
        pr = c.person()
        name = nm(c, pr, ["lf", "LF", "g.f"], False)
        r.t(f"| {c.ts('date')} | {c.ch(CDRUGS):<27} | {c.ri(10, 120):>3} | ").v(name, "NAME")
        r.t(" " * max(1, 27 - len(name)) + f"| {c.ch(['CVS #', 'RITE #', 'IND #'])}{c.ri(100, 9999):<6}|\n")
    return r.t(f"MME total: {c.ri(10, 200)}   overlapping benzodiazepine: {c.ch(['yes', 'no'])}")


def cs_register(c: Ctx) -> Rec:
    drug = c.ch(CDRUGS)
    r = Rec().t(f"C-II PERPETUAL INVENTORY  {drug.upper()}  NDC {ndc(c.rng)}\n")
    r.t("DATE        RX/INV#   PATIENT / SUPPLIER             QTY  BAL  RPH\n")
    bal = c.ri(100, 500)
    for _ in range(c.ri(2, 4)):
        q = c.ri(10, 60)
        bal -= q
        pt, rph = c.person(), c.person()
        n = nm(c, pt, ["LF", "LFa"], False)
        r.t(f"{c.ts('usd')}  {rxno(c.rng)}   ").v(n, "NAME").t(" " * max(1, 31 - len(n)))
        r.t(f"-{q:<3} {bal:<4} ").v(rph.login(c.rng).upper(), "NAME").t("\n")
    return r.t(f"COUNTED BY SYSTEM  VARIANCE {c.ch(['0', '0', '-1'])}")


def cs_csos(c: Ctx) -> Rec:
    s = c.person()
    r = Rec().t(f"{c.ts('log4j')} INFO csos.sign order={c.ri(100000, 999999)} supplier=\"{c.ch(COMPANIES)}\" "
                "signer=\"CN=")
    r.v(nm(c, s, ["gf", "full"], False), "NAME").t(f", OU=Pharmacy, O=Store {c.ch(STORES)}\" poa={c.ch(['true', 'false'])}")
    r.t(" lines=").t(str(c.ri(1, 12))).t(" user=").v(s.login(c.rng), "NAME")
    return r


def cs_btm(c: Ctx) -> Rec:
    pt, dr, ap = c.person(), c.person(), c.person()
    k = c.ri(0, 1)
    r = Rec()
    if k == 0:
        r.t(f"BtM-Kartei {c.ch(['Fentanyl 50 µg/h', 'Oxycodon 10 mg', 'Methylphenidat 20 mg'])} {c.ts('de')}: "
            "Abgabe an ").v(nm(c, pt, ["lf", "gf"]), "NAME").t("; verschreibender Arzt: Dr. med. ")
        r.v(nm(c, dr, ["gf", "g.f"], False), "NAME").t("; geprüft: Apotheker/in ").v(nm(c, ap, ["gf"]), "NAME")
    else:
        r.t(f"CD register {c.ch(WARDS)} {c.ts('de')}: balance {c.ri(10, 30)} expected {c.ri(10, 30)}; checked by ")
        r.v(nm(c, pt, ["gf", "g.f"]), "NAME").t(" and ").v(nm(c, dr, ["gf", "g.f"]), "NAME")
        r.t(" (witness); escalated to ").v(ap.mail(c.rng, "nhs-trust.example"), "EMAIL")
    return r


def cs_count(c: Ctx) -> Rec:
    a, b = c.person(), c.person()
    r = Rec().t(f"{c.ts('isoz')} vault.count shift={c.ch(['day', 'night'])} drug=\"{c.ch(CDRUGS)}\" "
                f"expected={c.ri(50, 300)} counted={c.ri(50, 300)} counter=")
    r.v(a.login(c.rng), "NAME").t(" second=").v(b.login(c.rng), "NAME").t(" note=\"")
    r.v(nm(c, a, ["gf", "given"]), "NAME").t(" recounted shelf B, variance explained by RTS\"")
    return r


def cs_neg_health(c: Ctx) -> Rec:
    return Rec().t(f"{c.ts('log4j')} INFO  [pmp-gateway] interconnect hubs={c.ri(30, 54)} latency_ms={c.ri(40, 900)} "
                   f"state={c.ch(['OH', 'KY', 'PA'])} status={c.ch(['UP', 'DEGRADED'])} user={c.ch(SERVICE_ACCTS)}")


def cs_neg_register(c: Ctx) -> Rec:
    r = Rec().t(f"C-II PERPETUAL INVENTORY  {c.ch(CDRUGS).upper()}  NDC {ndc(c.rng)}\n")
    r.t("DATE        RX/INV#   PATIENT / SUPPLIER             QTY  BAL  RPH\n")
    for _ in range(c.ri(1, 3)):
        co = c.ch(COMPANIES).upper()[:30]
        r.t(f"{c.ts('usd')}  INV{c.ri(1000, 9999)}   {co:<31}+{c.ri(100, 500):<3} {c.ri(100, 900):<4} SYSTEM\n")
    return r.t("COUNTED BY SYSTEM  VARIANCE 0")


def cs_neg_csos(c: Ctx) -> Rec:
    return Rec().t(f"{c.ts('log4j')} INFO csos.sign order={c.ri(100000, 999999)} supplier=\"{c.ch(COMPANIES)}\" "
                   f"signer=\"CN=CSOS Signing Service, OU=Pharmacy, O=Store {c.ch(STORES)}\" poa=false "
                   f"user={c.ch(SERVICE_ACCTS)}")


def cs_neg_count(c: Ctx) -> Rec:
    return Rec().t(f"{c.ts('isoz')} vault.count shift=night drug=\"{c.ch(CDRUGS)}\" expected={c.ri(50, 300)} "
                   f"counted={c.ri(50, 300)} counter={c.ch(SERVICE_ACCTS)} second={c.ch(SERVICE_ACCTS)} "
                   f"note=\"{c.ch(['cycle count', 'blind count', 'quarterly audit'])}\"")


# ================================================================ 6. pv_case_intake


def pv_e2b(c: Ctx) -> Rec:
    rep = c.person()
    ind = "  "
    r = Rec().t(f"<!-- {c.ts('isoz')} safety-db import, source file ICSR -->\n<safetyreport>\n")
    xel(r, "safetyreportid", f"{c.ch(['US', 'DE', 'JP', 'FR'])}-ACME-{c.ri(2026000000, 2026999999)}", ind)
    r.t(f"{ind}<primarysource>\n")
    xel(r, "reportertitle", c.ch(["Dr.", "Prof.", "Ms", "Mr"]), ind * 2)
    xel(r, "reportergivename", V(rep.given), ind * 2)
    xel(r, "reporterfamilyname", V(rep.family), ind * 2)
    xel(r, "reporterorganization", c.ch(COMPANIES + WARDS), ind * 2)
    xel(r, "qualification", str(c.ri(1, 5)), ind * 2)
    r.t(f"{ind}</primarysource>\n{ind}<patient>\n")
    xel(r, "patientinitial", c.ch(["JD", "AK", "MS", "UNK", "PRIVACY"]), ind * 2)
    xel(r, "patientonsetage", str(c.ri(1, 90)), ind * 2)
    r.t(f"{ind * 2}<reaction>\n")
    xel(r, "primarysourcereaction", c.ch(EPONYM_TERMS + ["rash", "hepatotoxicity", "anaphylaxis"]), ind * 3)
    r.t(f"{ind * 2}</reaction>\n{ind}</patient>\n</safetyreport>")
    check_xml(r.text[r.text.index("<safetyreport>"):])
    return r


def pv_callnote(c: Ctx) -> Rec:
    caller = c.person()
    pt = c.relative(caller)
    r = Rec().t(f"Case intake {c.ts('space')}  channel: phone  agent: ").v(c.person().login(c.rng), "NAME").t("\n")
    r.t("Caller      : ").v(nm(c, caller, ["full", "lf"]), "NAME").t(f" ({c.ch(['consumer', 'caregiver'])})\n")
    r.t("Callback    : ").v(c.phone(caller), "PHONE").t("\n")
    if c.r() < 0.6:
        r.t("E-mail      : ").v(caller.mail(c.rng), "EMAIL").t("\n")
    r.t(f"Patient     : caller's {c.ch(['mother', 'father', 'son', 'daughter', 'spouse'])} ")
    r.v(pt.given, "NAME").t(f", {c.ri(2, 90)} y\nSuspect     : {c.ch(DRUGS)}  lot {lot(c.rng)}\n")
    r.t(f"Event       : {c.ch(EPONYM_TERMS + ['dizziness', 'injection site pain'])}\n")
    r.t("Narrative   : ").v(pt.given, "NAME").t(" started the medicine two weeks ago; GP ")
    r.t("Dr. ").v(nm(c, c.person(), ["family", "gf"], False), "NAME").t(" advised to stop.")
    return r


def pv_mail(c: Ctx) -> Rec:
    rep, pt = c.person(), c.person()
    r = Rec().t("Received: from mx.example.net by safety-mx01\nFrom: ").v(nm(c, rep, ["gf", "full"], False), "NAME")
    r.t(" <").v(rep.mail(c.rng), "EMAIL").t(">\nTo: ").v("drug.safety@pharma.example", "EMAIL").t("\n")
    r.t(f"Subject: AE report {c.ch(['suspected', 'serious', 'follow-up'])} - patient ").v(pt.form("family"), "NAME")
    r.t(f"\nX-Case-Ref: {c.ri(2026000000, 2026999999)}\n\nDear Safety team,\nmy patient ")
    r.v(nm(c, pt, ["gf", "g.f"], False), "NAME").t(f" developed {c.ch(EPONYM_TERMS)} after dose 2.\nRegards,\n")
    r.v(nm(c, rep, ["gf", "given"], False), "NAME")
    return r


def pv_dup(c: Ctx) -> Rec:
    a = c.person()
    r = Rec().t(f"{c.ts('log4j')} INFO dedup case={c.ri(2026000000, 2026999999)} candidate={c.ri(2026000000, 2026999999)}"
                f" score=0.{c.ri(70, 99)} reporter_a=\"")
    r.v(a.form("LFa"), "NAME").t("\" reporter_b=\"").v(f"{a.family}, {a.given[0]}.", "NAME")
    r.t(f"\" onset_match=true product_match=true decision={c.ch(['MERGE', 'REVIEW', 'DISTINCT'])}")
    return r


def pv_literature(c: Ctx) -> Rec:
    auth = [c.person(native=False) for _ in range(c.ri(2, 4))]
    r = Rec().t(f"{c.ts('isoz')} lit.screen pmid={c.ri(38000000, 40999999)} authors=\"")
    for i, a in enumerate(auth):
        if i:
            r.t(", ")
        r.v(a.form("cite"), "NAME")
    r.t(f"\" title=\"{c.ch(EPONYM_TERMS)} after {c.ch(DRUGS).split()[0]}: a case report\" valid_icsr=")
    return r.t(c.ch(["true", "false"]))


def pv_webform(c: Ctx) -> Rec:
    rep = c.person()
    ip = anyip(c.rng)
    r = Rec().t(f"{c.ts('isoz')} intake-web POST /report/submit client=").v(ip, "IP_ADDRESS").t(" body=reporter_name=")
    r.v(nm(c, rep, ["gf", "full"]), "NAME", form).t("&reporter_email=").v(rep.mail(c.rng), "EMAIL", form)
    r.t("&reporter_phone=").v(c.phone(rep, None, "e164"), "PHONE", form)
    r.t(f"&product={form(c.ch(DRUGS))}&event={form(c.ch(EPONYM_TERMS))}&consent=on")
    return r


def pv_foreign(c: Ctx) -> Rec:
    rep = c.person()
    k = c.ri(0, 2)
    r = Rec()
    if k == 0:
        r.t(f"{c.ts('space')} 副作用報告受付: 報告者 ").v(rep.native() if rep.is_native() else rep.form("full"), "NAME")
        r.t(" 様（薬剤師）、連絡先 ").v(c.phone(rep, "JP", "nat"), "PHONE").t(f"、事象: {c.ch(EPONYM_TERMS)}")
    elif k == 1:
        r.t(f"{c.ts('space')} notificación de sospecha de RAM: notificador ").v(nm(c, rep, ["gf", "lf"]), "NAME")
        r.t(", farmacéutico comunitario, tel. ").v(c.phone(rep, "ES"), "PHONE")
    else:
        r.t(f"{c.ts('space')} déclaration d'effet indésirable reçue de ").v(nm(c, rep, ["gf", "LF"]), "NAME")
        r.t(f" (pharmacien) : {c.ch(EPONYM_TERMS)} ; rappel au ").v(c.phone(rep, "FR", "nat"), "PHONE")
    return r


def pv_neg_listing(c: Ctx) -> Rec:
    r = Rec().t("PSUR line listing\ncase_id;country;age;sex;reaction_pt;outcome;reporter\n")
    for _ in range(c.ri(2, 4)):
        r.t(f"{c.ri(2026000000, 2026999999)};{c.ch(['US', 'DE', 'JP', 'BR'])};{c.ri(1, 90)};{c.ch('FM')};"
            f"{c.ch(EPONYM_TERMS)};{c.ch(['recovered', 'recovering', 'unknown', 'fatal'])};"
            f"{c.ch(['HCP', 'consumer', 'lawyer', 'regulatory authority'])}\n")
    return r


def pv_neg_anon(c: Ctx) -> Rec:
    return Rec().t(f"Case intake {c.ts('space')}  channel: {c.ch(['phone', 'web'])}  agent: {c.ch(SERVICE_ACCTS)}\n"
                   f"Caller      : {c.ch(PLACEHOLDERS)}\nPatient     : initials {c.ch(['J.D.', 'A.K.', 'M.S.'])}, "
                   f"{c.ri(2, 90)} y\nSuspect     : {c.ch(DRUGS)}  lot {lot(c.rng)}\n"
                   f"Event       : {c.ch(EPONYM_TERMS)}\nNarrative   : reporter declined to give contact details.")


def pv_neg_coding(c: Ctx) -> Rec:
    return Rec().t(f"{c.ts('log4j')} INFO meddra.autocode case={c.ri(2026000000, 2026999999)} verbatim=\""
                   f"{c.ch(EPONYM_TERMS).lower()}\" llt={c.ri(10000000, 10099999)} pt=\"{c.ch(EPONYM_TERMS)}\" "
                   f"coder={c.ch(SERVICE_ACCTS)} version=27.{c.ri(0, 1)}")


def pv_neg_e2b(c: Ctx) -> Rec:
    r = Rec().t("<safetyreport>\n")
    xel(r, "safetyreportid", f"JP-ACME-{c.ri(2026000000, 2026999999)}", "  ")
    r.t("  <primarysource>\n")
    xel(r, "reporterorganization", c.ch(COMPANIES), "    ")
    xel(r, "qualification", "5", "    ")
    r.t("  </primarysource>\n  <patient>\n")
    xel(r, "patientinitial", "PRIVACY", "    ")
    r.t("  </patient>\n</safetyreport>")
    check_xml(r.text)
    return r


FAMILIES = {
    "retail_dispensing": ([rd_workflow, rd_label, rd_pickup, rd_traceback, rd_foreign, rd_pos],
                          [rd_neg_workflow, rd_neg_label, rd_neg_robot, rd_neg_ui]),
    "mail_order_fulfilment": ([mo_intake, mo_manifest, mo_java, mo_sms, mo_payment, mo_kafka],
                              [mo_neg_wave, mo_neg_manifest, mo_neg_packout, mo_neg_payment]),
    "hospital_cabinets": ([adc_csv, adc_override, adc_waste, adc_verify, adc_mail, adc_foreign],
                          [adc_neg_sync, adc_neg_restock, adc_neg_mail, adc_neg_verify]),
    "erx_refills": ([erx_app, erx_ivr, erx_sms, erx_portal, erx_perl, erx_response],
                    [erx_neg_toosoon, erx_neg_formulary, erx_neg_optout, erx_neg_portal]),
    "controlled_substances": ([cs_pdmp_req, cs_pdmp_resp, cs_register, cs_csos, cs_btm, cs_count],
                              [cs_neg_health, cs_neg_register, cs_neg_csos, cs_neg_count]),
    "pv_case_intake": ([pv_e2b, pv_callnote, pv_mail, pv_dup, pv_literature, pv_webform, pv_foreign],
                       [pv_neg_listing, pv_neg_anon, pv_neg_coding, pv_neg_e2b]),
}

