"""Families 7-12 of pack_ad: compounding, vaccination clinics, biobank custody, donor centres, specialty hubs,
medicine information lines."""

from __future__ import annotations

try:
    from .core import (
        COMPANIES,
        DRUGS,
        EQUIPMENT,
        OB,
        PLACEHOLDERS,
        PLACES,
        SERVICE_ACCTS,
        UI_STRINGS,
        VACCINES,
        WARDS,
        Ctx,
        J,
        Obj,
        Rec,
        S,
        V,
        anyip,
        card,
        csv_row,
        dob,
        fold,
        form,
        hexid,
        ip4,
        lot,
        nm,
        nonluhn,
        pct,
        pyesc,
        rxno,
        ssn,
    )
except ImportError:  # pragma: no cover
    from core import (  # type: ignore
        COMPANIES,
        DRUGS,
        EQUIPMENT,
        OB,
        PLACEHOLDERS,
        PLACES,
        SERVICE_ACCTS,
        UI_STRINGS,
        VACCINES,
        WARDS,
        Ctx,
        J,
        Obj,
        Rec,
        S,
        V,
        anyip,
        card,
        csv_row,
        dob,
        fold,
        form,
        hexid,
        ip4,
        lot,
        nm,
        nonluhn,
        pct,
        pyesc,
        rxno,
        ssn,
    )

SITES = ["Hall B", "Gym 2", "Community Centre", "Drive-through Lane 3", "Pharmacy Consult Room", "Clinic 4"]
CPDS = ["CPD-0192", "CPD-2271", "CPD-0458", "CPD-3310"]


# ================================================================ 7. sterile_compounding


def cp_workflow(c: Ctx) -> Rec:
    tech, rph, pt = c.person(), c.person(), c.person()
    r = Rec().t(f"{c.ts('log4j')} INFO [ivwf] prep=IV-{c.ri(100000, 999999)} step="
                f"{c.ch(['GRAVIMETRIC', 'BARCODE_SCAN', 'PHOTO', 'FINAL_CHECK'])} tech=")
    r.v(tech.login(c.rng), "NAME").t(" checked_by=").v(rph.login(c.rng).upper() if c.r() < 0.4 else rph.login(c.rng),
                                                      "NAME")
    r.t(" patient=\"").v(nm(c, pt, ["LF", "LFa", "lf"], False), "NAME")
    r.t(f"\" drug=\"{c.ch(['vancomycin 1.25 g', 'cefazolin 2 g', 'pembrolizumab 200 mg', 'TPN 1.8 L'])}\" "
        f"deviation={c.ri(0, 4)}.{c.ri(0, 9)}% ward=\"{c.ch(WARDS)}\"")
    return r


def cp_record(c: Ctx) -> Rec:
    a, b, pt = c.person(), c.person(), c.person()
    r = Rec().t(f"COMPOUNDING RECORD  {c.ch(CPDS)}  batch {c.ri(2026000, 2026999)}\n")
    r.t(f"Product       : {c.ch(['morphine PCA 1 mg/mL 30 mL', 'oral vancomycin 25 mg/mL', 'hydrocortisone 1% cream'])}\n")
    r.t("Patient       : ").v(nm(c, pt, ["full", "LF"], False), "NAME").t(f"  (Rx {rxno(c.rng)})\n")
    r.t("Compounded by : ").v(nm(c, a, ["g.f", "full"], False), "NAME").t("\n")
    r.t("Verified by   : ").v(nm(c, b, ["full", "g.f"], False), "NAME").t(", RPh\n")
    r.t(f"BUD           : {c.ts('date')}   Hood: {c.ch(['ISO 5 LAFW-2', 'BSC-1', 'CACI-3'])}")
    return r


def cp_gowning(c: Ctx) -> Rec:
    r = Rec().t("operator_login,operator_name,test,result,cfu,next_due\n")
    for _ in range(c.ri(2, 4)):
        p = c.person()
        csv_row(r, [V(p.login(c.rng)), V(nm(c, p, ["lf", "full", "LF"], False)),
                    c.ch(["gloved fingertip", "media fill", "gowning"]), c.ch(["PASS", "PASS", "FAIL"]),
                    str(c.ri(0, 3)), c.ts("date")])
        r.t("\n")
    return r


def cp_photo(c: Ctx) -> Rec:
    pt, tech = c.person(), c.person()
    f = fold(pt.family).replace(" ", "").replace("'", "")
    g = fold(pt.given).replace(" ", "").replace("'", "")
    r = Rec().t(f"{c.ts('isoz')} upload bucket=ivwf-images key=IV-{c.ri(100000, 999999)}/")
    r.v(f"{f}_{g}" if c.r() < 0.6 else f"{f.upper()}_{g.upper()}", "NAME")
    r.t(f"_prep_step{c.ri(1, 6)}.jpg size={c.ri(80000, 900000)} by=").v(tech.login(c.rng), "NAME")
    return r


def cp_foreign(c: Ctx) -> Rec:
    a, b = c.person(), c.person()
    k = c.ri(0, 2)
    r = Rec()
    if k == 0:
        r.t(f"{c.ts('de')} Preparación {c.ch(CPDS)} elaborada por ").v(nm(c, a, ["gf", "lf"]), "NAME")
        r.t(", validada por la farmacéutica ").v(nm(c, b, ["gf"]), "NAME").t("; cabina CFLH-2 limpiada.")
    elif k == 1:
        r.t(f"{c.ts('de')} Allestimento {c.ch(CPDS)}: operatore ").v(nm(c, a, ["gf", "LF"]), "NAME")
        r.t(", controllo del farmacista ").v(nm(c, b, ["gf", "g.f"]), "NAME").t(", esito conforme.")
    else:
        r.t(f"{c.ts('de')} Herstellungsprotokoll {c.ch(CPDS)}: hergestellt von ").v(nm(c, a, ["gf", "lf"]), "NAME")
        r.t(", freigegeben durch Apotheker/in ").v(nm(c, b, ["gf", "g.f"]), "NAME")
    return r


def cp_csharp(c: Ctx) -> Rec:
    pt, tech = c.person(), c.person()
    r = Rec().t(f"{c.ts('log4j')} ERR CompoundingService: label mismatch for ")
    r.add(OB(Obj("CompoundOrder", [("Id", c.ri(1000, 99999)), ("PatientName", V(nm(c, pt, ["full", "lf"], False))),
                                   ("Technician", V(tech.login(c.rng))), ("Product", c.ch(CPDS)),
                                   ("Released", False)], "cs")))
    return r


def cp_neg_master(c: Ctx) -> Rec:
    return Rec().t(f"MASTER FORMULATION {c.ch(CPDS)} rev {c.ri(1, 9)}\nIngredients : "
                   f"{c.ch(DRUGS)}; sterile water q.s.\nBUD         : {c.ri(1, 45)} days refrigerated\n"
                   f"Equipment   : {c.ch(EQUIPMENT)}\nApproved by : P&T Committee")


def cp_neg_particles(c: Ctx) -> Rec:
    return Rec().t(f"{c.ts('isoz')} cleanroom room={c.ch(['ISO7-ANTE', 'ISO7-BUFFER', 'ISO8-SEG'])} particles_0.5um="
                   f"{c.ri(100, 350000)} dp_pa={c.ri(5, 20)} source={c.ch(SERVICE_ACCTS)} status={c.ch(['OK', 'ALERT'])}")


def cp_neg_gowning(c: Ctx) -> Rec:
    r = Rec().t("operator_login,operator_name,test,result,cfu,next_due\n")
    for _ in range(c.ri(2, 3)):
        csv_row(r, [f"badge{c.ri(1000, 9999)}", c.ch(["Contractor (agency)", "TBD", "Trainee"]),
                    c.ch(["gloved fingertip", "media fill"]), "PASS", "0", c.ts("date")])
        r.t("\n")
    return r


def cp_neg_hood(c: Ctx) -> Rec:
    return Rec().t(f"{c.ts('log4j')} INFO [cert] hood=BSC-{c.ri(1, 4)} certifier=\"{c.ch(COMPANIES)}\" "
                   f"downflow={c.ri(50, 80)}fpm hepa=PASS next={c.ts('date')}")


# ================================================================ 8. vaccination_clinic


def vx_booking(c: Ctx) -> Rec:
    p = c.person()
    deps = [c.relative(p) for _ in range(c.ri(0, 2))]
    doc = {"bookingId": f"VX-{hexid(c.rng, 10)}", "site": c.ch(SITES), "slot": c.ts("iso"),
           "contact": {"givenName": V(p.given), "familyName": V(p.family), "email": V(p.mail(c.rng), "EMAIL"),
                       "phone": V(c.phone(p), "PHONE")},
           "dependants": [{"name": V(nm(c, d, ["gf", "full"], False)), "age": c.ri(1, 17)} for d in deps],
           "product": c.ch(VACCINES), "dose": c.ri(1, 3)}
    return Rec().t(f"{c.ts('isoz')} booking.created ").add(J(doc, c.ch([2, None]), asc=c.r() < 0.3))


def vx_consent(c: Ctx) -> Rec:
    p = c.person()
    enc = c.ch([form, pct])
    r = Rec().v(anyip(c.rng), "IP_ADDRESS").t(f" - - [{c.ts('clf')}] \"POST /consent HTTP/1.1\" 302 0 body=\"")
    r.t("first_name=").v(p.given, "NAME", enc).t("&last_name=").v(p.family, "NAME", enc)
    r.t("&email=").v(p.mail(c.rng), "EMAIL", enc).t("&mobile=").v(c.phone(p, None, "e164"), "PHONE", enc)
    r.t(f"&vaccine={form(c.ch(VACCINES))}&allergies=none&consent=yes\"")
    return r


def vx_session(c: Ctx) -> Rec:
    v, p = c.person(), c.person()
    r = Rec().t(f"{c.ts('log4j')} INFO [vaxclinic] site=\"{c.ch(SITES)}\" station={c.ri(1, 12)} vaccinator=")
    r.v(v.login(c.rng), "NAME").t(" (").v(nm(c, v, ["full", "gf"], False), "NAME").t(") recipient=\"")
    r.v(nm(c, p, ["lf", "LF", "full"]), "NAME")
    r.t(f"\" product={c.ch(VACCINES)} lot={lot(c.rng)} site_arm={c.ch(['L', 'R'])} obs_min={c.ch([15, 30])}")
    return r


def vx_sms(c: Ctx) -> Rec:
    p = c.person()
    k = c.ri(0, 5)
    cty, lang, body = [("GB", "en", "Hi {g}, reminder: your vaccination at {s} is tomorrow."),
                       ("DE", "de", "Hallo {g}, Ihr Impftermin ({s}) ist morgen."),
                       ("PT", "pt", "Olá {g}, a sua vacinação em {s} é amanhã."),
                       ("VN", "vi", "Chào {g}, lịch tiêm chủng của bạn tại {s} là ngày mai."),
                       ("PH", "tl", "Hi {g}, paalala: bakuna mo bukas sa {s}."),
                       ("KE", "sw", "Habari {g}, chanjo yako katika {s} ni kesho.")][k]
    body = body.replace("{s}", c.ch(SITES))
    pre, post = body.split("{g}")
    r = Rec().t(f"{c.ts('isoz')} reminder.sent to=").v(c.phone(p, cty), "PHONE").t(f" lang={lang} msg=\"{pre}")
    return r.v(p.given if c.r() < 0.85 else p.given.upper(), "NAME").t(post + "\"")


def _icao(s: str) -> str:
    return "<".join(fold(s).upper().replace("-", " ").replace("'", "").split())


def vx_cert(c: Ctx) -> Rec:
    p = c.person(native=False)
    doc = {"ver": "1.3.0", "nam": {"fn": V(p.family), "fnt": V(_icao(p.family)), "gn": V(p.given),
                                   "gnt": V(_icao(p.given))},
           "dob": dob(c.rng), "v": [{"tg": "840539006", "vp": "1119349007", "mp": "EU/1/20/1528",
                                     "dn": c.ri(1, 3), "sd": c.ri(2, 3), "dt": c.ts("date"),
                                     "co": c.ch(["DE", "FR", "NL", "PL", "CZ"]),
                                     "ci": f"URN:UVCI:01:DE:{hexid(c.rng, 12).upper()}#{c.ch('ABCDEFGH')}"}]}
    return Rec().t(f"{c.ts('log4j')} DEBUG cert-issuer payload=").add(J(doc, None, c.r() < 0.5, tight=True))


def vx_obs(c: Ctx) -> Rec:
    p, nurse = c.person(), c.person()
    if c.r() < 0.35:
        r = Rec().t(f"{c.ts('space')} 接種後観察: ").v(p.native() if p.is_native() else nm(c, p, ["full", "FULL"]), "NAME")
        return r.t(" 様 15分経過、異常なし。担当 ").v(nurse.login(c.rng), "NAME")
    r = Rec().t(f"{c.ts('hm')} obs-timer station {c.ri(1, 12)}: ").v(nm(c, p, ["gf", "full", "given"]), "NAME")
    r.t(f" ({c.ch([15, 30])} min) {c.ch(['done', 'extended', 'vasovagal - lying down'])}; reported by nurse ")
    return r.v(nurse.login(c.rng), "NAME")


def vx_neg_fridge(c: Ctx) -> Rec:
    return Rec().t(f"{c.ts('isoz')} fridge={c.ch(['VAX-F1', 'VAX-F2', 'ULT-1'])} temp_c={c.ri(2, 8)}.{c.ri(0, 9)} "
                   f"min={c.ri(2, 4)}.0 max={c.ri(6, 8)}.0 logger={c.ch(SERVICE_ACCTS)} site=\"{c.ch(WARDS)}\"")


def vx_neg_lots(c: Ctx) -> Rec:
    r = Rec().t("product\tlot\texpiry\tdoses\tlocation\n")
    for _ in range(c.ri(2, 4)):
        r.t(f"{c.ch(VACCINES)}\t{lot(c.rng)}\t{c.ts('date')}\t{c.ri(0, 600)}\t{c.ch(PLACES)} depot\n")
    return r


def vx_neg_capacity(c: Ctx) -> Rec:
    return Rec().t(f"{c.ts('log4j')} INFO [capacity] site=\"{c.ch(WARDS)}\" slots={c.ri(50, 400)} booked="
                   f"{c.ri(0, 400)} walkins={c.ri(0, 40)} banner=\"{c.ch(UI_STRINGS)}\"")


def vx_neg_campaign(c: Ctx) -> Rec:
    return Rec().t(f"{c.ts('isoz')} reminder.batch template=\"Hi {{{{first_name}}}}, your vaccination at "
                   f"{{{{site}}}} is tomorrow.\" queued={c.ri(100, 9000)} failed={c.ri(0, 40)} "
                   f"sender={c.ch(SERVICE_ACCTS)}")


# ================================================================ 9. biobank_custody


def bb_consent(c: Ctx) -> Rec:
    p, taker, wit = c.person(), c.person(), c.person()
    doc = {"participantId": f"BB{nonluhn(c.rng, 8)}", "given": V(p.given), "family": V(p.family),
           "consentVersion": f"v{c.ri(2, 7)}.{c.ri(0, 3)}", "scope": c.rng.sample(["genomic", "recontact",
                                                                                  "commercial", "imaging"], 2),
           "takenBy": V(taker.login(c.rng)), "witness": V(nm(c, wit, ["full", "lf"])),
           "withdrawalContact": V(p.mail(c.rng), "EMAIL")}
    return Rec().t(f"{c.ts('iso')} consent-registry upsert ").add(J(doc, c.ch([2, None]), asc=c.r() < 0.3))


def bb_handover(c: Ctx) -> Rec:
    a, b, drv = c.person(), c.person(), c.person()
    r = Rec().t(f"CHAIN OF CUSTODY  manifest BBX-{c.ri(10000, 99999)}  boxes {c.ri(1, 6)}  dry ice {c.ri(5, 30)} kg\n")
    r.t("Relinquished by : ").v(nm(c, a, ["full", "g.f"], False), "NAME").t(f"   {c.ts('space')}\n")
    r.t("Courier         : ").v(nm(c, drv, ["given", "full"], False), "NAME").t("  tel ").v(c.phone(drv), "PHONE")
    r.t("\nReceived by     : ").v(nm(c, b, ["LF", "full"], False), "NAME").t(f"   {c.ts('space')}\n")
    r.t(f"Seal intact     : {c.ch(['YES', 'NO'])}   Temp on arrival: -{c.ri(60, 80)} C")
    return r


def bb_reid(c: Ctx) -> Rec:
    req, app = c.person(), c.person()
    r = Rec().t(f"{c.ts('log4j')} WARN [pseudonym-svc] reid.request pseudonym=PSN-{hexid(c.rng, 10).upper()} "
                "requested_by=").v(req.login(c.rng), "NAME").t(" approved_by=\"")
    r.v(nm(c, app, ["lf", "LF", "full"], False), "NAME").t(f"\" reason=\"{c.ch(['incidental finding', 'recall'])}\" "
                                                           "src=").v(ip4(c.rng), "IP_ADDRESS")
    return r


def bb_mail(c: Ctx) -> Rec:
    p, pi = c.person(), c.person()
    r = Rec().t("From: ").v(nm(c, p, ["gf", "full"], False), "NAME").t(" <").v(p.mail(c.rng), "EMAIL")
    r.t(">\nTo: ").v("biobank-access@uni-hospital.example", "EMAIL").t("\nSubject: Withdrawal of my samples\n\n")
    r.t("Dear Dr. ").v(pi.form("family"), "NAME").t(",\nplease destroy my samples and data. My participant number is ")
    r.t(f"BB{nonluhn(c.rng, 8)}.\nKind regards,\n").v(nm(c, p, ["given", "gf"], False), "NAME")
    return r


def bb_pydict(c: Ctx) -> Rec:
    p, col = c.person(), c.person()
    r = Rec().t(f"{c.ts('log4j')} DEBUG aliquot.split ctx={{'participant': {{'given': '")
    r.v(p.given, "NAME", pyesc).t("', 'family': '").v(p.family, "NAME", pyesc)
    r.t(f"'}}, 'tube': 'TB{nonluhn(c.rng, 9)}', 'collector': '").v(col.login(c.rng), "NAME")
    r.t(f"', 'aliquots': {c.ri(2, 12)}}}")
    return r


def bb_courier(c: Ctx) -> Rec:
    drv = c.person()
    k = c.ri(0, 2)
    r = Rec().t(f"{c.ts('isoz')} shipment BBX-{c.ri(10000, 99999)} ")
    if k == 0:
        r.t("picked up by driver ").v(nm(c, drv, ["given", "gf"]), "NAME").t(", call ").v(c.phone(drv, "GB"), "PHONE")
    elif k == 1:
        r.t("abgeholt von Fahrer/in ").v(nm(c, drv, ["gf", "given"]), "NAME").t(", Tel. ").v(c.phone(drv, "DE", "nat"),
                                                                                          "PHONE")
    else:
        r.t("recogido por ").v(nm(c, drv, ["gf"]), "NAME").t(", tel. ").v(c.phone(drv, "MX"), "PHONE")
    return r


def bb_neg_stats(c: Ctx) -> Rec:
    return Rec().t(f"{c.ts('log4j')} INFO [aliquot] run={c.ri(1000, 9999)} tubes={c.ri(96, 960)} "
                   f"store=\"{c.ch(EQUIPMENT)}\" errors={c.ri(0, 3)} operator={c.ch(SERVICE_ACCTS)}")


def bb_neg_ln2(c: Ctx) -> Rec:
    return Rec().t(f"{c.ts('isoz')} ln2 tank={c.ch(['LN2-01', 'LN2-04', 'CRYO-B'])} level_pct={c.ri(20, 99)} "
                   f"temp_c=-{c.ri(150, 196)} alarm={c.ch(['none', 'low level'])} room=\"{c.ch(WARDS)}\"")


def bb_neg_handover(c: Ctx) -> Rec:
    return Rec().t(f"CHAIN OF CUSTODY  manifest BBX-{c.ri(10000, 99999)}  boxes {c.ri(1, 6)}\n"
                   f"Relinquished by : {c.ch(COMPANIES)} (site)\nCourier         : {c.ch(['World Courier', 'Marken', 'QuickSTAT'])}\n"
                   f"Received by     : Sample Reception Desk\nSeal intact     : YES")


def bb_neg_reid(c: Ctx) -> Rec:
    return Rec().t(f"{c.ts('log4j')} INFO [pseudonym-svc] batch pseudonymised={c.ri(100, 9000)} "
                   f"key_rotation=PSN-{hexid(c.rng, 10).upper()} requested_by={c.ch(SERVICE_ACCTS)}")


# ================================================================ 10. donor_centre


def dn_checkin(c: Ctx) -> Rec:
    d = c.person()
    r = Rec().t(f"{c.ts('isoz')} kiosk=").v(ip4(c.rng, c.ch(["p10", "p192"])), "IP_ADDRESS")
    r.t(f" event=checkin donor_id=D{nonluhn(c.rng, 8)} donor=\"").v(nm(c, d, ["lf", "LF", "full"]), "NAME")
    r.t(f"\" abo={c.ch(['O+', 'O-', 'A+', 'B+', 'AB-'])} procedure={c.ch(['WB', 'plasma', 'platelets'])} sms=")
    return r.v(c.phone(d), "PHONE")


def dn_plasma_reg(c: Ctx) -> Rec:
    d = c.person()
    doc = {"center": f"PC-{c.ri(100, 999)}", "donor": {"first_name": V(d.given), "last_name": V(d.family),
                                                       "ssn": V(ssn(c.rng, c.ch(["dash", "bare"])), "SSN"),
                                                       "email": V(d.mail(c.rng), "EMAIL"),
                                                       "phone": V(c.phone(d, "US"), "PHONE")},
           "id_type": c.ch(["DL", "STATE_ID", "PASSPORT"]), "new_donor": c.r() < 0.5}
    return Rec().t(f"{c.ts('log4j')} INFO [donor-reg] create ").add(J(doc, c.ch([2, None])))


def dn_nddr(c: Ctx) -> Rec:
    d = c.person()
    r = Rec().t(f"{c.ts('log4j')} INFO [nddr] query donor_last=").v(d.form("FAMILY"), "NAME").t(" donor_first=")
    r.v(d.form("GIVEN"), "NAME").t(f" dob={dob(c.rng)} ")
    if c.r() < 0.6:
        r.t("ssn_last4=").v(f"{c.ri(1, 9999):04d}", "SSN")
    else:
        r.t("ssn=").v(ssn(c.rng), "SSN")
    return r.t(f" result={c.ch(['NO_MATCH', 'NO_MATCH', 'DEFERRED'])}")


def dn_apheresis(c: Ctx) -> Rec:
    op, d = c.person(), c.person()
    r = Rec().t(f"[{c.ts('space')}] {c.ch(EQUIPMENT[6:10])} SN{c.ri(10000, 99999)} procedure start operator=")
    r.v(op.login(c.rng).upper() if c.r() < 0.5 else op.login(c.rng), "NAME").t(" donor=")
    r.v(nm(c, d, ["FULLa", "LFa", "sg"], False), "NAME")
    r.t(f" target_ml={c.ri(600, 880)} anticoag=ACD-A cycles={c.ri(5, 9)}")
    return r


def dn_card(c: Ctx) -> Rec:
    d = c.person()
    r = Rec().t(f"{c.ts('log4j')} INFO [donor-pay] card.load donor_id=D{nonluhn(c.rng, 8)} pan=")
    r.v(card(c.rng), "CREDIT_CARD").t(" name=\"").v(nm(c, d, ["FULLa", "full"], False), "NAME")
    r.t(f"\" amount={c.ch([30, 50, 70, 100])}.00 program={c.ch(['New Donor Bonus', 'Loyalty', 'Standard'])}")
    return r


def dn_recall(c: Ctx) -> Rec:
    d = c.person()
    k = c.ri(0, 4)
    cty, body = [("GB", "Hi {g}, you can give blood again from next week. Book at the usual centre."),
                 ("FR", "Bonjour {g}, vous pouvez de nouveau donner votre sang."),
                 ("NL", "Beste {g}, u kunt weer plasma doneren. Maak een afspraak."),
                 ("ZA", "Hi {g}, your O- blood is needed urgently this week."),
                 ("AU", "Hi {g}, thanks for your donation yesterday - it's on its way to hospital.")][k]
    pre, post = body.split("{g}")
    r = Rec().t(f"{c.ts('isoz')} donor-comms to=").v(c.phone(d, cty), "PHONE").t(f" text=\"{pre}")
    return r.v(d.given, "NAME").t(post + "\"")


def dn_neg_inventory(c: Ctx) -> Rec:
    r = Rec().t("component\tabo\tunits\tdays_cover\n")
    for abo in c.rng.sample(["O+", "O-", "A+", "A-", "B+", "AB+"], 3):
        r.t(f"{c.ch(['RBC', 'PLT', 'FFP'])}\t{abo}\t{c.ri(0, 900)}\t{c.ri(0, 9)}.{c.ri(0, 9)}\n")
    return r


def dn_neg_alarm(c: Ctx) -> Rec:
    return Rec().t(f"[{c.ts('space')}] {c.ch(EQUIPMENT[6:10])} SN{c.ri(10000, 99999)} ALARM code={c.ri(100, 999)} "
                   f"\"{c.ch(['Draw pressure low', 'Air detected', 'Return line occluded'])}\" operator=SYSTEM")


def dn_neg_din(c: Ctx) -> Rec:
    return Rec().t(f"{c.ts('log4j')} INFO [labels] print DIN=W{c.ri(1000, 9999)} {c.ri(10, 26)} {c.ri(100000, 999999)} "
                   f"product=E{c.ri(1000, 9999)}V00 abo={c.ch(['5100', '6200', '9500'])} printer=ZBR-{c.ri(1, 9)}")


def dn_neg_kiosk(c: Ctx) -> Rec:
    return Rec().t(f"{c.ts('isoz')} kiosk=KIOSK-{c.ri(1, 9)} event=heartbeat donor=\"{c.ch(PLACEHOLDERS)}\" "
                   f"screen=\"{c.ch(UI_STRINGS)}\" uptime_h={c.ri(1, 900)}")


# ================================================================ 11. specialty_hub


def sh_referral(c: Ctx) -> Rec:
    p, pres, nurse = c.person(), c.person(), c.person()
    cg = c.relative(p)
    doc = {"referralId": f"REF-{c.ri(100000, 999999)}", "therapy": c.ch(["adalimumab", "dupilumab", "etanercept",
                                                                       "ocrelizumab", "somatrogon"]),
           "patient": {"name": V(nm(c, p, ["full", "lf"])), "phone": V(c.phone(p), "PHONE")},
           "caregiver": {"name": V(nm(c, cg, ["full", "gf"], False)), "relationship": c.ch(["parent", "spouse"])},
           "prescriber": S(["Dr. ", V(nm(c, pres, ["gf", "g.f"], False))]),
           "nurseEducator": V(nurse.login(c.rng)), "priority": c.ch(["routine", "urgent"])}
    return Rec().t(f"{c.ts('iso')} hub-intake ").add(J(doc, c.ch([2, 4]), asc=c.r() < 0.3))


def sh_bi(c: Ctx) -> Rec:
    p, cm = c.person(), c.person()
    r = Rec().t(f"BENEFITS INVESTIGATION  case {c.ri(100000, 999999)}\n")
    r.t("patient      : ").v(nm(c, p, ["LF", "full"], False), "NAME").t("\n")
    r.t(f"payer        : {c.ch(['Medicare Part D', 'Commercial PPO', 'Medicaid'])}   BIN {c.ri(100000, 999999)}  "
        f"PCN {c.ch(['ADV', 'MEDDPRIME', 'CN'])}\n")
    r.t("pap_income   : verified, ssn_last4=").v(f"{c.ri(1, 9999):04d}", "SSN").t("\n")
    r.t("callback     : ").v(c.phone(p, "US"), "PHONE").t("\ncase manager : ").v(cm.login(c.rng), "NAME")
    return r


def sh_chat(c: Ctx) -> Rec:
    p, agent = c.person(), c.person()
    ag = agent.given
    h, m = c.ri(8, 18), c.ri(0, 50)

    def tm(k: int) -> str:
        return f"[{h:02d}:{m + k:02d}]"

    r = Rec().t(f"{tm(0)} Agent (").v(ag, "NAME").t("): Hi, is this ").v(p.given, "NAME").t("?\n")
    r.t(f"{tm(1)} Patient: yes, speaking\n")
    r.t(f"{tm(1)} Agent (").v(ag, "NAME").t("): Welcome to the support programme. Your first shipment goes "
                                            "out Tuesday. Best number for the courier?\n")
    r.t(f"{tm(2)} Patient: ").v(c.phone(p), "PHONE").t("\n")
    return r.t(f"{tm(3)} system: transcript saved by hub-recorder")


def sh_copay(c: Ctx) -> Rec:
    p = c.person()
    doc = {"event": "copay.enrolled", "memberId": nonluhn(c.rng, 11), "bin": "610020", "group": f"EC{c.ri(1000, 9999)}",
           "patient": {"first": V(p.given), "last": V(p.family), "email": V(p.mail(c.rng), "EMAIL")},
           "ip": V(anyip(c.rng), "IP_ADDRESS")}
    return Rec().t(f"{c.ts('isoz')} webhook ").add(J(doc, None, c.r() < 0.5))


def sh_kotlin(c: Ctx) -> Rec:
    p = c.person()
    cg = c.relative(p)
    r = Rec().t(f"{c.ts('log4j')} ERROR EnrollmentService - rejected ")
    r.add(OB(Obj("PatientEnrollment", [("firstName", V(p.given)), ("lastName", V(p.family)),
                                       ("caregiver", Obj("Caregiver", [("name", V(nm(c, cg, ["full"], False))),
                                                                       ("phone", V(c.phone(cg), "PHONE"))],
                                                         "kotlin")),
                                       ("consent", False)], "kotlin")))
    return r.t("\njava.lang.IllegalStateException: HIPAA authorization missing")


def sh_foreign(c: Ctx) -> Rec:
    p, n = c.person(), c.person()
    k = c.ri(0, 1)
    r = Rec()
    if k == 0:
        r.t(f"{c.ts('de')} nota da enfermeira ").v(nm(c, n, ["gf"]), "NAME").t(": paciente ")
        r.v(nm(c, p, ["gf", "lf"]), "NAME").t(" aplicou a primeira dose em casa, sem reações. Contato ")
        r.v(c.phone(p, "BR", "nat"), "PHONE")
    else:
        r.t(f"{c.ts('de')} Pflegenotiz ").v(n.login(c.rng), "NAME").t(": Patient/in ").v(nm(c, p, ["gf", "lf"]), "NAME")
        r.t(" hat die Injektion selbst durchgeführt, Rückruf unter ").v(c.phone(p, "AT", "nat"), "PHONE")
    return r


def sh_neg_payer(c: Ctx) -> Rec:
    return Rec().t(f"{c.ts('log4j')} INFO payer.policy update payer=\"{c.ch(COMPANIES)}\" drug={c.ch(DRUGS)} "
                   f"pa_required={c.ch(['true', 'false'])} step_therapy=2 by={c.ch(SERVICE_ACCTS)}")


def sh_neg_ship(c: Ctx) -> Rec:
    return Rec().t(f"{c.ts('isoz')} shipment.schedule referral=REF-{c.ri(100000, 999999)} carrier=\"World Courier\" "
                   f"window=\"{c.ch(['Tue AM', 'Wed PM'])}\" cold_chain=true status=SCHEDULED")


def sh_neg_program(c: Ctx) -> Rec:
    doc = {"program": c.ch(["Complete", "Connect", "Access"]) + " Support", "bin": "610020",
           "pcn": c.ch(["LOYALTY", "PDMI"]), "max_benefit": c.ri(5000, 20000), "sponsor": c.ch(COMPANIES)}
    return Rec().t(f"{c.ts('iso')} copay.config ").add(J(doc, 2))


def sh_neg_webhook(c: Ctx) -> Rec:
    doc = {"event": "copay.template", "subject": "Welcome {{patient.first_name}}!", "locale": c.ch(["en", "es"]),
           "from_name": c.ch(["Patient Support Team", "Hub Services"])}
    return Rec().t(f"{c.ts('isoz')} webhook ").add(J(doc))


# ================================================================ 12. med_info_line


def mi_callrec(c: Ctx) -> Rec:
    caller = c.person()
    pt = c.relative(caller)
    sp = c.person()
    r = Rec().t(f"CALL {c.ri(2026000000, 2026999999)}  {c.ts('space')}  line: poison/medicine information\n")
    r.t("Caller       : ").v(nm(c, caller, ["full", "gf", "lf"]), "NAME")
    r.t(f" ({c.ch(['parent', 'grandparent', 'self', 'nurse'])})\nCallback     : ").v(c.phone(caller), "PHONE")
    r.t("\nPatient      : ").v(pt.given, "NAME").t(f", {c.ri(1, 90)} y, {c.ri(8, 90)} kg\n")
    r.t(f"Substance    : {c.ch(DRUGS)} x{c.ri(1, 20)}\nSpecialist   : ").v(sp.login(c.rng), "NAME")
    return r.t(f"\nOutcome      : {c.ch(['managed at home', 'referred to ED', 'follow-up call'])}")


def mi_csv(c: Ctx) -> Rec:
    r = Rec().t("call_id;caller_name;callback;specialist;substance;disposition\n")
    for _ in range(c.ri(2, 4)):
        a, s = c.person(), c.person()
        csv_row(r, [str(c.ri(2026000000, 2026999999)), V(nm(c, a, ["lf", "full", "LF"], False)),
                    V(c.phone(a), "PHONE"), V(s.login(c.rng)), c.ch(DRUGS), c.ch(["home", "ED", "GP"])], ";")
        r.t("\n")
    return r


def mi_chat(c: Ctx) -> Rec:
    p, sp = c.person(), c.person()
    h = p.login(c.rng)
    r = Rec().t(f"{c.ts('isoz')} chat session {hexid(c.rng, 8)} started by guest ").v(h, "NAME").t("\n")
    r.t("<").v(h, "NAME").t("> my son took two of my ").t(c.ch(DRUGS).split()[0]).t(" tablets, what do i do\n")
    r.t("<").v(sp.login(c.rng), "NAME").t("> Hi, I'm ").v(sp.given, "NAME")
    r.t(", a pharmacist. How old is he and how much does he weigh?\n<").v(h, "NAME").t("> 4, about 17 kg")
    return r


def mi_followup(c: Ctx) -> Rec:
    sp, caller = c.person(), c.person()
    r = Rec().t(f"{c.ts('log4j')} INFO followup.schedule call={c.ri(2026000000, 2026999999)} in_hours={c.ch([2, 4, 6])} "
                "specialist=").v(sp.login(c.rng), "NAME").t(" callback=").v(c.phone(caller), "PHONE")
    r.t(" patient_given=").v(caller.given, "NAME").t(f" risk={c.ch(['low', 'moderate'])}")
    return r


def mi_foreign(c: Ctx) -> Rec:
    a = c.person()
    k = c.ri(0, 2)
    r = Rec()
    if k == 0:
        r.t(f"{c.ts('de')} appel centre antipoison : ").v(nm(c, a, ["gf", "LF"]), "NAME")
        r.t(f" signale une ingestion de {c.ch(DRUGS)} ; rappeler au ").v(c.phone(a, "FR", "nat"), "PHONE")
    elif k == 1:
        r.t(f"{c.ts('de')} consulta al centro de información toxicológica de ").v(nm(c, a, ["gf"]), "NAME")
        r.t(", madre del paciente; teléfono ").v(c.phone(a, "AR"), "PHONE")
    else:
        r.t(f"{c.ts('de')} chiamata al centro antiveleni: ").v(nm(c, a, ["gf", "lf"]), "NAME")
        r.t(", richiamare il ").v(c.phone(a, "IT"), "PHONE")
    return r


def mi_hcpmail(c: Ctx) -> Rec:
    d = c.person()
    r = Rec().t("From: \"Dr. ").v(nm(c, d, ["gf", "g.f"], False), "NAME").t("\" <").v(d.mail(c.rng), "EMAIL")
    r.t(">\nTo: ").v("medinfo@pharma.example", "EMAIL").t(f"\nSubject: Stability of {c.ch(DRUGS)} in syringes\n\n")
    r.t("Could you send data on room-temperature stability? Thanks, ").v(d.form("given"), "NAME")
    return r


def mi_neg_db(c: Ctx) -> Rec:
    return Rec().t(f"{c.ts('log4j')} INFO substance-db update product=\"{c.ch(['Dr. Bronner' + chr(39) + 's Soap', 'Mrs. Meyer' + chr(39) + 's Clean Day', 'Johnson' + chr(39) + 's Baby Oil', 'Burt' + chr(39) + 's Bees Lip Balm', 'Dr. Scholl' + chr(39) + 's Freeze Away'])}\""
                   f" toxicity={c.ch(['minimal', 'low', 'moderate'])} by={c.ch(SERVICE_ACCTS)}")


def mi_neg_stats(c: Ctx) -> Rec:
    return Rec().t(f"{c.ts('date')} calls={c.ri(100, 900)} paediatric={c.ri(10, 60)}% ed_referrals={c.ri(1, 20)}% "
                   f"top=\"{c.ch(DRUGS)}\" region=\"{c.ch(PLACES)}\"")


def mi_neg_queue(c: Ctx) -> Rec:
    return Rec().t(f"{c.ts('log4j')} INFO followup.schedule queue=empty specialist={c.ch(SERVICE_ACCTS)} "
                   f"callback=none patient_given={c.ch(PLACEHOLDERS)}")


def mi_neg_ivr(c: Ctx) -> Rec:
    return Rec().t(f"{c.ts('syslog')} ivr2 medinfo[{c.ri(100, 999)}]: prompt=\"{c.ch(['Press 1 for poison emergencies', 'Para español oprima dos', 'All specialists are busy'])}\" "
                   f"lang={c.ch(['en', 'es'])} queue_len={c.ri(0, 12)}")


FAMILIES = {
    "sterile_compounding": ([cp_workflow, cp_record, cp_gowning, cp_photo, cp_foreign, cp_csharp],
                            [cp_neg_master, cp_neg_particles, cp_neg_gowning, cp_neg_hood]),
    "vaccination_clinic": ([vx_booking, vx_consent, vx_session, vx_sms, vx_cert, vx_obs],
                           [vx_neg_fridge, vx_neg_lots, vx_neg_capacity, vx_neg_campaign]),
    "biobank_custody": ([bb_consent, bb_handover, bb_reid, bb_mail, bb_pydict, bb_courier],
                        [bb_neg_stats, bb_neg_ln2, bb_neg_handover, bb_neg_reid]),
    "donor_centre": ([dn_checkin, dn_plasma_reg, dn_nddr, dn_apheresis, dn_card, dn_recall],
                     [dn_neg_inventory, dn_neg_alarm, dn_neg_din, dn_neg_kiosk]),
    "specialty_hub": ([sh_referral, sh_bi, sh_chat, sh_copay, sh_kotlin, sh_foreign],
                      [sh_neg_payer, sh_neg_ship, sh_neg_program, sh_neg_webhook]),
    "med_info_line": ([mi_callrec, mi_csv, mi_chat, mi_followup, mi_foreign, mi_hcpmail],
                      [mi_neg_db, mi_neg_stats, mi_neg_queue, mi_neg_ivr]),
}

