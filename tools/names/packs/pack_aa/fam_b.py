"""Families 7-12 of pack_aa: ramp, baggage, cargo/ULD, dispatch, airport ID badging, fuel/de-icing/GSE."""

from __future__ import annotations

import core as K
from core import Cat, Doc, S

STANDS = ["V112", "A14", "B32", "C7", "E21", "214", "305", "G4", "K12", "R3", "501L"]

# ==============================================================================================
# 7. ramp_turnaround


def g1_acdm_json(c):
    p = c.person()
    d = Doc()
    obj = {"flight": K.flight(c.rng), "reg": K.reg(c.rng), "stand": c.c(STANDS),
           "milestone": c.c(["TOBT", "TSAT", "ACGT", "AEGT"]), "old": K.hhmm(c.rng), "new": K.hhmm(c.rng),
           "updatedBy": {"login": S(c.login(p)), "name": S(c.nm(p, "full western")),
                         "role": "Turnaround Coordinator"},
           "source": c.c(["ramp-app", "trc-tablet", "acdm-portal"]), "airport": c.c(K.AIRPORTS)[1]}
    if c.chance(0.4):
        obj["aircraftName"] = c.c(K.AIRCRAFT_NAMES)
    K.jdoc(d, obj, compact=c.chance(0.4), ascii_=c.chance(0.2))
    return d


def g1n_acdm_json(c):
    d = Doc()
    obj = {"flight": K.flight(c.rng), "reg": K.reg(c.rng), "stand": c.c(STANDS),
           "milestone": c.c(["TOBT", "TSAT", "ACGT", "AEGT"]), "old": K.hhmm(c.rng), "new": K.hhmm(c.rng),
           "updatedBy": {"login": c.c(["acdm-feed", "SYSTEM", "ramp-bot"]), "name": "A-CDM platform",
                         "role": "system"},
           "source": "acdm-feed", "airport": c.c(K.AIRPORTS)[1], "airportName": c.c(K.AIRPORTS_AFTER_PEOPLE),
           "aircraftName": c.c(K.AIRCRAFT_NAMES), "handler": c.c(K.COMPANIES)}
    K.jdoc(d, obj, compact=c.chance(0.4))
    return d


def g2_pipe_table(c):
    d = Doc()
    d.t("| STAND | FLIGHT | REG    | COORDINATOR          | PUSH DRIVER   | WINGWALKER |\n")
    d.t("|-------|--------|--------|----------------------|---------------|------------|\n")
    for _ in range(c.ri(2, 5)):
        a, b = c.person(), c.person()
        d.t(f"| {c.c(STANDS):5} | {K.flight(c.rng):6} | {K.reg(c.rng):6} | ")
        na = c.nm(a, "fi gi full")
        d.v(na).t(" " * max(1, 21 - len(na)) + "| ")
        lb = c.login(b)
        d.v(lb).t(" " * max(1, 14 - len(lb)) + "| ")
        if c.chance(0.6):
            w = c.person().given
            d.v(w).t(" " * max(1, 11 - len(w)) + "|\n")
        else:
            d.t("-          |\n")
    return d


def g2n_pipe_table(c):
    d = Doc()
    d.t("| STAND | FLIGHT | REG    | COORDINATOR          | PUSH DRIVER   | WINGWALKER |\n")
    d.t("|-------|--------|--------|----------------------|---------------|------------|\n")
    for _ in range(c.ri(2, 5)):
        d.t(f"| {c.c(STANDS):5} | {K.flight(c.rng):6} | {K.reg(c.rng):6} | {c.c(['UNASSIGNED', 'TBA', 'OCC']):21}"
            f"| {c.c(['-', 'Mototok', 'TBA']):14}| {'-':11}|\n")
    return d


def g3_radio(c):
    a, b = c.person(), c.person()
    d = Doc()
    st = c.c(STANDS)
    fl = K.flight(c.rng)
    d.t(f"{K.hhmm(c.rng)[:2]}:{c.ri(10, 59)} RAMP 3 > TRC {st}: ").v(a.given).t(f", belt loader for {fl} is u/s\n")
    d.t(f"{K.hhmm(c.rng)[:2]}:{c.ri(10, 59)} TRC {st} > RAMP 3: copy, ").v(b.given)
    d.t(" bringing the spare from ").t(c.c(STANDS)).t("\n")
    d.t(f"{K.hhmm(c.rng)[:2]}:{c.ri(10, 59)} [note by ").v(c.login(a)).t(f"] {fl} doors closed, pushback requested")
    return d


def g3n_radio(c):
    d = Doc()
    st = c.c(STANDS)
    fl = K.flight(c.rng)
    d.t(f"{K.hhmm(c.rng)[:2]}:{c.ri(10, 59)} RAMP 3 > TRC {st}: belt loader for {fl} is u/s\n"
        f"{K.hhmm(c.rng)[:2]}:{c.ri(10, 59)} TRC {st} > RAMP 3: copy, spare from {c.c(STANDS)}\n"
        f"{K.hhmm(c.rng)[:2]}:{c.ri(10, 59)} [note by ramp-bot] {fl} {c.c(K.STATUS_WORDS)}")
    return d


def g4_pushback(c):
    a, b = c.person(), c.person()
    d = Doc()
    d.t(f"{K.iso(c.rng)} pushback flt={K.flight(c.rng)} stand={c.c(STANDS)} "
        f"tug=\"{c.c(['TLD TPX-200', 'Goldhofer Bison', 'Mototok Spacer', 'Kalmar TBL-50'])} #{c.ri(1, 40)}\" "
        "driver=")
    d.v(c.login(a)).t(' headset="').v(c.nm(b, "full western gi")).t('" wingwalkers="')
    for i in range(c.ri(1, 2)):
        if i:
            d.t(",")
        d.v(c.person().given)
    d.t(f'" start={K.hhmm(c.rng)}Z end={K.hhmm(c.rng)}Z')
    return d


def g4n_pushback(c):
    d = Doc()
    d.t(f"{K.iso(c.rng)} pushback flt={K.flight(c.rng)} stand={c.c(STANDS)} "
        f"tug=\"Mototok Spacer #{c.ri(1, 9)}\" driver=remote headset=\"n/a\" wingwalkers=\"-\" "
        f"start={K.hhmm(c.rng)}Z end={K.hhmm(c.rng)}Z mode=autonomous_trial "
        f"aircraft=\"{c.c(K.AIRCRAFT_NAMES)}\" handler=\"{c.c(K.COMPANIES)}\"")
    return d


def g5_damage_json(c):
    p, q = c.person(), c.person()
    d = Doc()
    obj = {"incident": f"GDR-{c.ri(2025, 2026)}-{c.ri(100, 999)}", "aircraft": K.reg(c.rng),
           "stand": c.c(STANDS), "equipment": c.c(["belt loader", "catering hi-loader", "GPU", "baggage tractor"]),
           "reporter": {"name": S(p.full()), "email": S(c.email(p), "EMAIL"), "phone": S(c.phone(p), "PHONE")},
           "witnesses": [S(c.nm(q, "full western"))],
           "damage": c.c(["dent aft cargo door surround", "scratch on fwd pax door", "none found"])}
    K.jdoc(d, obj, indent=2)
    return d


def g6_turn_report(c):
    a, b = c.person(), c.person()
    d = Doc()
    d.t(f"TURNAROUND REPORT  {K.flight(c.rng)}  {K.reg(c.rng)}  STAND {c.c(STANDS)}\n"
        f"ON BLOCKS      : {K.hhmm(c.rng)}Z\nOFF BLOCKS     : {K.hhmm(c.rng)}Z\n"
        f"DELAY CODES    : {c.c(['93/12', '-', '18/05', '63/07'])}\nRAMP SUPERVISOR: ")
    d.v(c.nm(a, "full up gi")).t("\nLOAD MASTER    : ").v(c.login(b).upper()).t("\nCAPTAIN (ACK)  : ")
    d.v(c.person().FAM())
    return d


def g7_notes(c):
    p = c.person()
    d = Doc()
    lang = c.c(["es", "tr", "de"])
    st = c.c(STANDS)
    if lang == "es":
        d.t("Rampa: ").v(p.given).t(f" va a la posición {st} con la escalera; avisar a ").v(c.login(c.person()))
    elif lang == "tr":
        d.t("Apron: ").v(p.full()).t(f" {st} numaralı park yerine yönlendirildi, telefon ").v(c.phone(p), "PHONE")
    else:
        d.t("Vorfeld: ").v(p.full()).t(f" übernimmt die Abfertigung auf Position {st}, Vertretung ")
        d.v(c.person().gi()).t(".")
    return d


# ==============================================================================================
# 8. baggage_bhs_ops


def b1_scada(c):
    p = c.person()
    d = Doc()
    d.t(f"{K.syslog_ts(c.rng)} bhs-hmi0{c.ri(1, 9)} scada[{c.ri(100, 9999)}]: ")
    if c.chance(0.5):
        d.t("operator login user=").v(c.login(p)).t(" (").v(c.nm(p, "full western")).t(")")
        d.t(f" console=HMI-{c.ri(1, 9):02d} role=BHS_CONTROL ip=").v(c.ip(0.2), "IP_ADDRESS")
    else:
        d.t(f"manual encode bag={c.ri(100000, 999999):010d} dest=MU-{c.ri(1, 40)} by=").v(c.login(p))
        d.t(f" reason=\"{c.c(['no read', 'tag damaged', 'rush tag'])}\" src=").v(c.ip(0.2), "IP_ADDRESS")
    return d


def b1n_scada(c):
    d = Doc()
    d.t(f"{K.syslog_ts(c.rng)} bhs-plc0{c.ri(1, 9)} scada[{c.ri(100, 9999)}]: jam detected conveyor=CV-{c.ri(100, 999)} "
        f"zone={c.c(['Sorter 3', 'EBS 2', 'Lateral 14'])} state={c.c(['Stopped', 'Restarted', 'Cleared'])} "
        f"by={c.c(['bhs-plc03', 'SYSTEM', 'auto-recovery'])}")
    return d


def b2_handheld_json(c):
    p = c.person()
    d = Doc()
    obj = {"device": f"HH-{c.ri(1000, 9999)}", "handler": {"login": S(c.login(p)), "name": S(c.nm(p, "full western"))},
           "flight": K.flight(c.rng), "uld": K.uld(c.rng), "position": f"MU-{c.ri(1, 40)}",
           "bagsLoaded": c.ri(10, 140), "event": c.c(["ULD_CLOSED", "LOAD_COMPLETE", "BAG_OFFLOAD"])}
    K.jdoc(d, obj, compact=c.chance(0.5), ascii_=c.chance(0.3))
    return d


def b2n_handheld_json(c):
    d = Doc()
    obj = {"device": f"HH-{c.ri(1000, 9999)}", "handler": {"login": c.c(["TRAINING", "hh-test"]), "name": None},
           "flight": K.flight(c.rng), "uld": K.uld(c.rng), "position": f"MU-{c.ri(1, 40)}",
           "bagsLoaded": 0, "event": "DEVICE_SELFTEST"}
    K.jdoc(d, obj, compact=c.chance(0.5))
    return d


def b3_makeup_tsv(c):
    d = Doc()
    d.t("flight\tstd\tmakeup\tlateral\tteam_lead\tloader_1\tloader_2")
    for _ in range(c.ri(2, 4)):
        d.t(f"\n{K.flight(c.rng)}\t{K.hhmm(c.rng)}\tMU-{c.ri(1, 40)}\tL{c.ri(1, 24)}\t")
        d.v(c.nm(c.person(), "full fi lf")).t("\t").v(c.login(c.person())).t("\t")
        if c.chance(0.6):
            d.v(c.login(c.person()))
        else:
            d.t("-")
    return d


def b3n_makeup_tsv(c):
    d = Doc()
    d.t("flight\tstd\tmakeup\tlateral\tteam_lead\tloader_1\tloader_2")
    for _ in range(c.ri(2, 4)):
        d.t(f"\n{K.flight(c.rng)}\t{K.hhmm(c.rng)}\tMU-{c.ri(1, 40)}\tL{c.ri(1, 24)}\t"
            f"{c.c(['UNASSIGNED', 'TBA', 'POOL B'])}\t-\t-")
    return d


def b4_courier(c):
    r, drv = c.person(), c.person()
    d = Doc()
    d.t(f"{K.iso(c.rng)} courier.job id=DB-{c.ri(10000, 99999)} file={c.c(K.AIRPORTS)[0]}{c.c(K.AIRLINES)[0]}"
        f"{c.ri(10000, 99999)} bags={c.ri(1, 3)} recipient=\"")
    d.v(c.nm(r, "full western SG")).t('" recipient_phone=').v(c.phone(r), "PHONE").t(' driver="')
    d.v(drv.full()).t('" driver_phone=').v(c.phone(drv), "PHONE").t(" window=18-21h status=dispatched")
    return d


def b5_injury(c):
    p, s = c.person(), c.person()
    d = Doc()
    d.t(f"BAG ROOM INCIDENT  {K.iso(c.rng)[:16]}\nLocation   : {c.c(['Sorter 3', 'Lateral 14', 'Oversize belt'])}\n"
        "Employee   : ")
    d.v(c.nm(p, "full lf up")).t(f" (staff {K.emp(c.rng)})\nInjury     : {c.c(['back strain', 'hand pinch', 'none'])}\n")
    d.t("Supervisor : ").v(s.full()).t("\nPhone      : ").v(c.phone(s), "PHONE")
    return d


def b6_traceback(c):
    p = c.person()
    u = K.uld(c.rng)
    d = Doc()
    d.t("Traceback (most recent call last):\n  File \"/srv/brs/reconcile.py\", line 214, in close_uld\n"
        f"    bags = manifest[uld_id]\nKeyError: '{u}'\nlocals: ")
    K.pydoc(d, {"uld_id": u, "handler": S(c.login(p)), "handler_name": S(c.nm(p, "full western")),
                "flight": K.flight(c.rng), "count": c.ri(1, 90)})
    return d


def b7_notes(c):
    d = Doc()
    lang = c.c(["nl", "de", "ar"])
    if lang == "nl":
        p = c.person()
        d.t("Bagagekelder: ").v(p.full()).t(" meldt storing op sorter 3, monteur gebeld (").v(c.phone(p), "PHONE")
        d.t(")")
    elif lang == "de":
        d.t("Gepäckhalle: Lateral 14 gesperrt, Schichtleiter ").v(c.person().gi()).t(" informiert.")
    else:
        p = c.person(lang="ar") if c.chance(0.6) else c.person()
        d.t("صالة الأمتعة: المشرف ").v(p.nat() if p.native else p.full()).t(" أبلغ عن توقف الحزام رقم 3")
    return d


def b8_kafka(c):
    p = c.person()
    inner = Doc()
    K.js(inner, {"event": "BAG_LOADED", "tag": f"0{c.ri(100, 999)}{c.ri(100000, 999999)}", "uld": K.uld(c.rng),
                 "handler": S(c.nm(p, "full western")), "login": S(c.login(p))}, compact=True)
    d = Doc()
    m = d.mark()
    d.t(f'{{"topic":"brs.events","partition":{c.ri(0, 11)},"offset":{c.ri(10000, 9999999)},"value":"')
    d.embed(inner, K.jesc)
    d.t('"}')
    d.check("json", m)
    return d


def b7n_rates(c):
    d = Doc()
    d.t(f"TAG READ RATES {K.iso(c.rng)[:10]}  {c.c(K.AIRPORTS_AFTER_PEOPLE)}  T{c.ri(1, 5)}\nSCANNER   READS   NOREAD  RATE\n")
    for i in range(c.ri(3, 6)):
        n = c.ri(2000, 9000)
        nr = c.ri(5, 200)
        d.t(f"ATR-{i + 1:02d}    {n:6}  {nr:6}  {100 - nr * 100 / n:5.2f}%\n")
    return d


# ==============================================================================================
# 9. cargo_acceptance_uld


def k1_accept_xml(c):
    sh, ag = c.person(), c.person()
    d = Doc()
    m = d.mark()
    d.t(f'<CargoAcceptance awb="{K.awb(c.rng)}" station="{c.c(K.AIRPORTS)[0]}">\n  <Shipper type="individual">\n')
    K.xml_el(d, "Name", S(c.nm(sh, "full up")), "    ")
    K.xml_el(d, "Phone", S(c.phone(sh), "PHONE"), "    ")
    d.t("  </Shipper>\n")
    K.xml_el(d, "Pieces", str(c.ri(1, 12)), "  ")
    K.xml_el(d, "Weight", f"{c.ri(5, 900)}.{c.ri(0, 9)}", "  ", {"unit": "K"})
    K.xml_el(d, "AcceptedBy", S(ag.full()), "  ", {"login": S(c.login(ag))})
    d.t("</CargoAcceptance>")
    d.check("xml", m)
    return d


def k1n_accept_xml(c):
    d = Doc()
    m = d.mark()
    d.t(f'<CargoAcceptance awb="{K.awb(c.rng)}" station="{c.c(K.AIRPORTS)[0]}">\n  <Shipper type="known consignor">\n'
        f"    <Name>{K.xesc(c.c(K.COMPANIES))}</Name>\n    <KC>{c.c(['UK', 'DE', 'FR'])}/KC/{c.ri(10000, 99999)}-01</KC>\n"
        f"  </Shipper>\n  <Pieces>{c.ri(1, 12)}</Pieces>\n  <Weight unit=\"K\">{c.ri(5, 900)}.0</Weight>\n"
        f'  <AcceptedBy login="{c.c(["cargo-int", "SYSTEM"])}">RCS automatic</AcceptedBy>\n</CargoAcceptance>')
    d.check("xml", m)
    return d


def k2_buildup(c):
    b = c.person()
    d = Doc()
    d.t(f"ULD BUILD-UP SHEET  {K.uld(c.rng)}  CONTOUR {c.c(['P', 'Q6', 'Q7', 'LD3'])}  FLT {K.flight(c.rng)}\n"
        "BUILT BY: ")
    d.v(c.nm(b, "LF up fi")).t("   CHECKED: ").v(c.login(c.person()).upper()).t("\n")
    d.t("AWB              PCS   KG     SHC\n")
    for _ in range(c.ri(2, 5)):
        d.t(f"{K.awb(c.rng):17}{c.ri(1, 40):<6}{c.ri(10, 2000):<7}{c.c(['GEN', 'PER', 'DGR', 'VAL', 'EAT'])}\n")
    d.t(f"TOTAL GROSS {c.ri(500, 5000)} KG")
    return d


def k2n_buildup(c):
    d = Doc()
    d.t(f"ULD BUILD-UP SHEET  {K.uld(c.rng)}  CONTOUR {c.c(['P', 'Q6', 'LD3'])}  FLT {K.flight(c.rng)}\n"
        f"BUILT BY: {c.c(['CREW 3', 'TEAM B', 'WFS NIGHT SHIFT', c.c(K.COMPANIES).upper()])}   CHECKED: {c.c(['-', 'AUTO'])}\n"
        "AWB              PCS   KG     SHC\n")
    for _ in range(c.ri(2, 5)):
        d.t(f"{K.awb(c.rng):17}{c.ri(1, 40):<6}{c.ri(10, 2000):<7}{c.c(['GEN', 'PER', 'DGR'])}\n")
    d.t(f"TOTAL GROSS {c.ri(500, 5000)} KG")
    return d


def k3_uld_damage(c):
    p = c.person()
    d = Doc()
    obj = {"uld": K.uld(c.rng), "station": c.c(K.AIRPORTS)[0],
           "damage": [c.c(["base rail bent", "net torn", "door curtain ripped", "corner post cracked"])],
           "serviceable": False, "reportedBy": S(c.email(p), "EMAIL"),
           "reporterName": S(c.nm(p, "full western")), "photos": [Cat([S(f"{K.slug(p.family)}_{K.slug(p.given)}"),
                                                                       f"_uld_{c.ri(1, 99)}.jpg"])]}
    K.jdoc(d, obj, indent=c.c([2, None]))
    return d


def k4_screening(c):
    p = c.person()
    d = Doc()
    d.t(f"{K.syslog_ts(c.rng)} xray-0{c.ri(1, 6)} screening[{c.ri(100, 9999)}]: awb={K.awb(c.rng)} "
        f"pieces={c.ri(1, 30)} method={c.c(['XRY', 'EDS', 'ETD', 'VCK'])} result={c.c(['CLEAR', 'CLEAR', 'ALARM'])} "
        "screener=")
    d.v(c.login(p)).t(' cert_name="').v(c.nm(p, "full western")).t('" src=').v(c.ip(0.15), "IP_ADDRESS")
    return d


def k4n_screening(c):
    d = Doc()
    d.t(f"{K.syslog_ts(c.rng)} xray-0{c.ri(1, 6)} screening[{c.ri(100, 9999)}]: shift stats pieces={c.ri(100, 4000)} "
        f"alarms={c.ri(0, 40)} method=XRY screener=* ops_status={c.c(['Screened', 'Ready for Carriage'])} "
        f"reporter={c.c(['cargo-int', 'SYSTEM'])}")
    return d


def k5_avi(c):
    sh, vet = c.person(), c.person()
    d = Doc()
    d.t(f"LIVE ANIMAL ACCEPTANCE (AVI)  AWB {K.awb(c.rng)}\nSpecies   : {c.c(['Canis familiaris', 'Felis catus', 'Equus caballus'])}\n"
        f"Container : CR {c.c(['82', '1'])} compliant\nShipper   : ")
    d.v(c.nm(sh, "full lf up")).t("\nPhone     : ").v(c.phone(sh), "PHONE").t("\nVet cert  : Dr. ")
    d.v(vet.family).t(f", {c.c(['DVM', 'MRCVS', ''])} issued {K.ddmon(c.rng)}\nChecked by: ").v(c.login(c.person()))
    return d


def k6_release(c):
    cn, pu = c.person(), c.person()
    d = Doc()
    d.t(f"{K.iso(c.rng)} release awb={K.awb(c.rng)} consignee=\"").v(cn.LF()).t('" id_checked=')
    d.t(c.c(["PASSPORT", "DRIVING_LICENCE", "NATIONAL_ID"])).t(' pickup_by="').v(c.nm(pu, "full western"))
    d.t('" phone=').v(c.phone(pu), "PHONE").t(f" pieces={c.ri(1, 6)} clerk=").v(c.login(c.person()))
    if c.chance(0.5):
        d.t(f" storage_fee={c.ri(10, 300)}.00 paid_card=").v(K.card(c.rng, "plain"), "CREDIT_CARD")
    return d


def k7_sql(c):
    p = c.person()
    d = Doc()
    d.t("INSERT INTO cargo_contact (awb, role, full_name, phone, email) VALUES ('")
    d.t(K.awb(c.rng)).t("', '").t(c.c(["SHIPPER", "CONSIGNEE", "NOTIFY"])).t("', '")
    d.v(p.full(), enc=lambda s: s.replace("'", "''")).t("', '").v(c.phone(p), "PHONE").t("', '")
    d.v(c.email(p), "EMAIL").t("');")
    return d


def k7n_status(c):
    d = Doc()
    obj = {"awb": K.awb(c.rng), "events": [{"code": c.c(["RCS", "MAN", "DEP", "ARR", "NFD", "DLV"]),
                                             "station": c.c(K.AIRPORTS)[0], "at": K.iso(c.rng)}
                                            for _ in range(c.ri(2, 4))],
           "uld": K.uld(c.rng), "source": "cargo-int"}
    K.jdoc(d, obj, compact=True)
    return d


# ==============================================================================================
# 10. flight_dispatch_briefing


def d1_ofp(c):
    dsp, pic = c.person(), c.person()
    a, b = c.c(K.AIRPORTS), c.c(K.AIRPORTS)
    d = Doc()
    d.t(f"OPERATIONAL FLIGHT PLAN  {K.flight(c.rng)}  {a[1]}-{b[1]}  {K.ddmon(c.rng)}26  {K.reg(c.rng)}  "
        f"{c.c(K.AC_TYPES)}\nDISPATCH RELEASE NO {c.ri(1, 9)}\nDISPATCHER : ")
    d.v(c.nm(dsp, "full western up")).t(f"   LIC {c.c(['D', 'ADX'])}-{c.ri(100000, 999999)}\nPIC        : ")
    d.v(c.c([pic.SG(), pic.LF(), pic.up()])).t(f"\nDEST       : {c.c(K.AIRPORTS_AFTER_PEOPLE).upper()}"
                                               f"\nALTN       : {c.c(K.AIRPORTS)[1]}\n"
                                               f"TRIP FUEL  : {c.ri(3000, 90000)} KG\n"
                                               "I ACCEPT THIS RELEASE ....... PIC SIGNATURE: ")
    d.v(pic.FAM())
    return d


def d1n_ofp(c):
    a, b = c.c(K.AIRPORTS), c.c(K.AIRPORTS)
    d = Doc()
    d.t(f"OPERATIONAL FLIGHT PLAN  {K.flight(c.rng)}  {a[1]}-{b[1]}  {K.ddmon(c.rng)}26  {K.reg(c.rng)}  "
        f"{c.c(K.AC_TYPES)}\nDISPATCH RELEASE NO 0 (PRELIMINARY)\nDISPATCHER : {c.c(['OCC DESK 2', 'dispatch-auto'])}\n"
        f"PIC        : TBA\nDEST       : {c.c(K.AIRPORTS_AFTER_PEOPLE).upper()}\n"
        f"AIRCRAFT   : '{c.c(K.AIRCRAFT_NAMES)}'\nALTN       : {c.c(K.AIRPORTS)[1]}\nTRIP FUEL  : {c.ri(3000, 90000)} KG\n"
        "I ACCEPT THIS RELEASE ....... PIC SIGNATURE: ________")
    return d


def d2_audit(c):
    a, b = c.person(), c.person()
    d = Doc()
    d.t(f"{K.syslog_ts(c.rng)} ofp-srv{c.ri(1, 3)} audit[{c.ri(100, 9999)}]: release flt={K.flight(c.rng)} "
        f"ver={c.ri(1, 6)} dispatcher=")
    d.v(c.login(a)).t(" ip=").v(c.ip(0.25), "IP_ADDRESS").t(" pic_ack=").v(c.login(b))
    d.t(f" method={c.c(['EFB', 'ACARS', 'paper'])}")
    return d


def d3_acars(c):
    pic, dsp = c.person(), c.person()
    d = Doc()
    d.t(f"UPLINK MSG {K.hhmm(c.rng)}Z TO {K.reg(c.rng)} {K.flight(c.rng)}\nFOR CAPT ")
    d.v(K.fold(pic.rom_person().family).upper()).t(": PLS CALL DISPATCH ")
    d.v(K.fold(dsp.rom_person().up()) if c.chance(0.6) else K.fold(dsp.rom_person().given).upper()).t(" ON ")
    d.v(c.phone(dsp, c.c(["intl", "e164"])), "PHONE").t(f" RE WX AT {c.c(K.AIRPORTS)[1]}\nEND")
    return d


def d3n_notam(c):
    ap = c.c(K.AIRPORTS)
    d = Doc()
    d.t(f"A{c.ri(1000, 4999)}/26 NOTAMN\nQ) {ap[1][:2]}XX/QMRLC/IV/NBO/A/000/999/\n"
        f"A) {ap[1]} B) 26{c.ri(1, 12):02d}{c.ri(10, 28)}2200 C) 26{c.ri(1, 12):02d}{c.ri(10, 28)}0500\n"
        f"E) RWY {c.ri(1, 36):02d}{c.c('LRC')}/{c.ri(1, 36):02d}{c.c('LRC')} CLSD DUE WIP")
    return d


def d4_efb_json(c):
    p, q = c.person(), c.person()
    d = Doc()
    obj = {"package": f"BRF-{c.ri(100000, 999999)}", "flight": K.flight(c.rng),
           "devices": [{"name": Cat([S(p.given), "s-iPad"]), "user": S(c.login(p))},
                       {"name": Cat(["EFB-", S(c.login(q).upper()), "-02"]), "user": S(c.login(q))}],
           "docs": ["OFP", "WX", "NOTAM", "NOTOC"], "app": c.c(["Jeppesen FliteDeck", "Lido mPilot", "Flysmart"]),
           "status": "delivered"}
    K.jdoc(d, obj, indent=c.c([2, None]))
    return d


def d4n_efb_json(c):
    r = K.reg(c.rng)
    d = Doc()
    obj = {"package": f"BRF-{c.ri(100000, 999999)}", "flight": K.flight(c.rng),
           "devices": [{"name": f"EFB-{r}-01", "user": "svc-efb-sync"}, {"name": f"EFB-{r}-02", "user": "svc-efb-sync"}],
           "docs": ["OFP", "WX", "NOTAM"], "app": c.c(["Jeppesen FliteDeck", "Lido mPilot"]), "status": "delivered"}
    K.jdoc(d, obj, indent=c.c([2, None]))
    return d


def d5_fuel_agree(c):
    pic, dsp = c.person(), c.person()
    d = Doc()
    d.t(f"{K.iso(c.rng)} fuel.agree flt={K.flight(c.rng)} trip={c.ri(3000, 90000)} extra={c.ri(0, 3000)} "
        'agreed_by_pic="')
    d.v(c.nm(pic, "gi full")).t('" dispatcher=').v(c.login(dsp))
    d.t(f' reason="{c.c(["WX ALTN", "holding expected", "tankering", "company policy"])}"')
    return d


def d6_kotlin_exc(c):
    a, b = c.person(), c.person()
    d = Doc()
    d.t(f"{K.iso(c.rng)} ERROR c.e.dispatch.ReleaseService - release rejected\n"
        "java.lang.IllegalStateException: crew not qualified for CAT III: CrewAssignment(pic=Person(name=")
    d.v(a.full()).t(f", id={K.emp(c.rng)}), sic=Person(name=").v(b.full()).t(f", id={K.emp(c.rng)}), "
                                                                            f"flight={K.flight(c.rng)})")
    d.t("\n\tat com.example.dispatch.ReleaseService.validate(ReleaseService.kt:118)"
        "\n\tat com.example.dispatch.ReleaseService.release(ReleaseService.kt:64)")
    return d


def d7_notes(c):
    p, q = c.person(), c.person()
    d = Doc()
    lang = c.c(["es", "fr", "pt"])
    if lang == "es":
        d.t("Despacho: el comandante ").v(p.family).t(f" solicita {c.ri(3, 20)}00 kg extra; aprobado por ")
        d.v(q.full()).t(".")
    elif lang == "fr":
        d.t("Briefing équipage : CDB ").v(p.full()).t(", OPL ").v(q.full()).t("; dossier remis par ")
        d.v(c.login(c.person())).t(".")
    else:
        d.t("Despacho: comandante ").v(p.full()).t(" ciente do NOTAM; despachante ").v(q.gi())
    return d


def d7n_metar(c):
    ap = c.c(K.AIRPORTS)
    d = Doc()
    d.t(f"METAR {ap[1]} {c.ri(10, 28)}{K.hhmm(c.rng)}Z {c.ri(0, 36):02d}0{c.ri(3, 25):02d}KT 9999 "
        f"{c.c(['FEW', 'SCT', 'BKN'])}0{c.ri(10, 45)} {c.ri(-5, 30):02d}/{c.ri(-10, 20):02d} Q{c.ri(990, 1035)} NOSIG=\n"
        f"TAF {ap[1]} {c.ri(10, 28)}1100Z {c.ri(10, 28)}12/{c.ri(10, 28)}18 {c.ri(0, 36):02d}010KT CAVOK=")
    return d


# ==============================================================================================
# 11. airport_id_badging


def a1_sida_json(c):
    p, sig = c.person(), c.person()
    d = Doc()
    app = {"firstName": S(p.given), "lastName": S(p.family)}
    if c.chance(0.4):
        app["middleName"] = S(c.person().given)
    app.update({"ssn": S(K.ssn(c.rng, c.c(["dash", "bare"])), "SSN"), "dob": f"19{c.ri(60, 99)}-0{c.ri(1, 9)}-1{c.ri(0, 9)}",
                "mobile": S(c.phone(p, "e164") if c.chance(0.5) else K.phone(c.rng, "US"), "PHONE")})
    obj = {"applicationId": f"SIDA-{c.ri(100000, 999999)}", "airport": c.c(["ATL", "ORD", "JFK", "LAX", "CVG"]),
           "applicant": app, "employer": c.c(K.COMPANIES),
           "authorizedSignatory": {"name": S(sig.full()), "email": S(c.email(sig), "EMAIL")},
           "zones": c.c([["SIDA", "AOA"], ["Sterile"], ["SIDA"]])}
    K.jdoc(d, obj, indent=2)
    return d


def a1n_stock(c):
    d = Doc()
    obj = {"report": "badge stock", "airport": c.c(["ATL", "ORD", "JFK", "LAX", "CVG"]),
           "blankCards": c.ri(100, 5000), "ribbons": c.ri(1, 40), "printer": c.c(["Fargo HDP5000", "Magicard 600"]),
           "owner": "badge-svc", "status": c.c(K.STATUS_WORDS)}
    K.jdoc(d, obj, indent=2)
    return d


def a2_sta(c):
    p = c.person()
    d = Doc()
    d.t(f"{K.iso(c.rng)} sta.result case=STA-{c.ri(1000000, 9999999)} applicant=\"").v(c.nm(p, "lf LF"))
    d.t('" ')
    if c.chance(0.6):
        d.t("ssn_last4=").v(K.last4(c.rng), "SSN")
    else:
        d.t("ssn=").v(K.ssn(c.rng, c.c(["dash", "bare", "space"])), "SSN")
    d.t(f" status={c.c(['CLEARED', 'PENDING', 'REFERRED'])} chrc={c.c(['NO RECORD', 'PENDING'])} adjudicator=")
    d.v(c.login(c.person()))
    return d


def a2n_sta(c):
    d = Doc()
    d.t(f"{K.iso(c.rng)} sta.batch submitted={c.ri(10, 400)} cleared={c.ri(10, 300)} pending={c.ri(0, 40)} "
        f"interface={c.c(['TSA_STA_IF', 'badge-svc'])} vendor=\"{c.c(K.PRODUCTS)}\" window=24h result={c.c(['Issued', 'Pending'])}")
    return d


def a3_issue_print(c):
    p = c.person()
    d = Doc()
    d.t(f"BADGE ISSUED   NO {K.badge(c.rng)}   EXP {K.ddmon(c.rng)}27\nNAME     : ")
    d.v(c.c([p.LF(), K.fold(p.LF()), p.up()])).t(f"\nEMPLOYER : {c.c(K.COMPANIES).upper()}\n"
                                                 f"ZONES    : {c.c(['R,S,B', 'A,B', 'SIDA/AOA'])}   ESCORT: "
                                                 f"{c.c('YN')}\nTRUSTED AGENT: ")
    d.v(c.login(c.person()).upper())
    return d


def a3n_issue_print(c):
    d = Doc()
    d.t(f"BADGE ISSUED   NO {K.badge(c.rng)}   EXP {K.ddmon(c.rng)}26\n"
        f"NAME     : {c.c(['VISITOR 07', 'CONTRACTOR TEMP', 'ESCORTED VISITOR', 'TEST CARD'])}\n"
        f"EMPLOYER : {c.c(K.COMPANIES).upper()}\nZONES    : A   ESCORT: N\nTRUSTED AGENT: {c.c(['KIOSK04', 'BADGE-SVC'])}")
    return d


def a4_escort_csv(c):
    d = Doc()
    d.t("badge_no,holder_last,holder_first,employer,escort,last_used,signatory")
    for _ in range(c.ri(2, 4)):
        p = c.person()
        d.t(f"\n{K.badge(c.rng)},").v(p.FAM() if c.chance(0.4) else p.family).t(",").v(p.given)
        d.t(f",\"{c.c(K.COMPANIES)}\",{c.c(['Y', 'N'])},{K.iso(c.rng)[:10]},").v(c.login(c.person()))
    return d


def a4n_escort_csv(c):
    d = Doc()
    d.t("badge_no,holder_last,holder_first,employer,escort,last_used,signatory")
    for _ in range(c.ri(2, 4)):
        d.t(f"\n{K.badge(c.rng)},{c.c(['VISITOR', 'SPARE', 'CONTRACTOR'])},{c.ri(1, 30):02d},\"{c.c(K.COMPANIES)}\","
            f"N,never,{c.c(['badge-svc', 'SYSTEM'])}")
    return d


def a5_audit_mail(c):
    sig = c.person()
    d = Doc()
    d.t("To: ").v(c.email(sig), "EMAIL").t("\nSubject: Annual badge audit - action required\n\nDear ").v(sig.given)
    d.t(",\n\nthe following badges under your signatory authority were not confirmed:\n")
    for _ in range(c.ri(1, 3)):
        d.t(f"  {K.badge(c.rng)}  ").v(c.nm(c.person(), "full LF")).t("\n")
    d.t("Please reply within 10 days or call the badging office on ").v(K.phone(c.rng, "US"), "PHONE").t(".")
    return d


def a6_form_post(c):
    p = c.person()
    d = Doc()
    d.v(c.ip(0.2), "IP_ADDRESS").t(f" - - [12/Mar/2026:{K.hhmm(c.rng)[:2]}:12:44 +0000] \"POST /badging/apply HTTP/1.1\" "
                                   "302 0 \"-\" \"Mozilla/5.0\" body=first_name=")
    d.v(p.given, enc=K.form).t("&last_name=").v(p.family, enc=K.form).t("&email=")
    d.v(c.email(p), "EMAIL", enc=K.pct).t("&phone=").v(c.phone(p, "e164"), "PHONE", enc=K.pct)
    d.t(f"&employer={K.form(c.c(K.COMPANIES))}")
    return d


def a7_notes(c):
    p, q = c.person(), c.person()
    d = Doc()
    lang = c.c(["de", "es", "fr"])
    if lang == "de":
        d.t("Flughafenausweis für ").v(p.full()).t(f" (Fa. {c.c(K.COMPANIES)}) gesperrt – Verlustmeldung durch ")
        d.v(q.gi()).t(".")
    elif lang == "es":
        d.t("Tarjeta de acreditación de ").v(p.full()).t(" renovada; firma del responsable ").v(q.full()).t(".")
    else:
        d.t("Badge aéroportuaire de M. ").v(p.family).t(" suspendu ; contacter ").v(c.email(q), "EMAIL")
    return d


# ==============================================================================================
# 12. fuel_deice_gse


def f1_fuel_ticket(c):
    f, pic = c.person(), c.person()
    d = Doc()
    d.t(f"INTO-PLANE FUEL RECEIPT  No {c.ri(100000, 999999)}\nAIRPORT  : {c.c(K.AIRPORTS)[1]}   "
        f"FLIGHT {K.flight(c.rng)}   REG {K.reg(c.rng)}\nPRODUCT  : JET A-1   DENSITY 0.{c.ri(780, 820)}\n"
        f"UPLIFT   : {c.ri(1000, 90000)} L   METER {c.ri(100000, 999999)}\nVEHICLE  : HYD-{c.ri(1, 40)}   FUELLER: ")
    d.v(c.nm(f, "full up gi")).t("\nCAPTAIN SIGNATURE: ").v(pic.FAM())
    return d


def f1n_quality(c):
    d = Doc()
    d.t(f"FUEL QUALITY CHECK  {K.iso(c.rng)[:10]}\nTANK     : T{c.ri(1, 8)}\nAPPEARANCE: Clear & bright\n"
        f"WATER    : {c.c(['Pass', 'Pass', 'Trace'])}\nDENSITY  : 0.{c.ri(780, 820)}\n"
        f"SAMPLED BY: {c.c(['fuelnet-gw', 'shift lab', 'SYSTEM'])}")
    return d


def f2_deice_json(c):
    op, hd, pic = c.person(), c.person(), c.person()
    d = Doc()
    obj = {"reg": K.reg(c.rng), "flight": K.flight(c.rng), "pad": f"DP-{c.ri(1, 9)}",
           "fluid": c.c(["Type I 50/50", "Type IV 100%", "Type II 75/25"]), "holdover": f"{c.ri(8, 80)} min",
           "rig": c.c(["Vestergaard Elephant Beta", "Global Ground Support Ice Bear"]) + f" #{c.ri(1, 20)}",
           "operator": S(c.nm(op, "full western")), "headOfDeicing": S(hd.full()),
           "pilotAck": S(c.c([pic.FAM(), pic.gi()])), "iceman": f"Iceman {c.ri(1, 9)}"}
    K.jdoc(d, obj, indent=c.c([2, None]), ascii_=c.chance(0.3))
    return d


def f2n_deice_json(c):
    d = Doc()
    obj = {"pad": f"DP-{c.ri(1, 9)} {c.c(K.PLACE_NAMES)}", "fluidStock": {"TypeI": c.ri(1000, 90000), "TypeIV": c.ri(1000, 90000)},
           "rigs": [c.c(["Vestergaard Elephant Beta", "Global Ground Support Ice Bear"]) + f" #{c.ri(1, 20)}"],
           "scheduler": "deice-sched", "status": c.c(["Active", "Standby", "Closed"])}
    K.jdoc(d, obj, indent=c.c([2, None]))
    return d


def f3_gse_login(c):
    p = c.person()
    d = Doc()
    d.t(f"{K.iso(c.rng)} gse.login unit={c.c(['BTT', 'PBS', 'GPU', 'BLT', 'HLR'])}-{c.ri(1, 300)} driver_key=")
    d.v(c.login(p)).t(' driver="').v(c.nm(p, "full western")).t('" gw_ip=').v(c.ip(0.2), "IP_ADDRESS")
    d.t(f" licence_check={c.c(['OK', 'OK', 'EXPIRED'])} result={c.c(['UNLOCKED', 'DENIED'])}")
    return d


def f3n_telemetry(c):
    d = Doc()
    d.t(f"{K.iso(c.rng)} gse.telemetry unit={c.c(['BTT', 'PBS', 'GPU', 'BLT'])}-{c.ri(1, 300)} "
        f"soc={c.ri(5, 100)}% speed={c.ri(0, 25)}kmh zone={c.c(STANDS)} driver_key=- source=gse-telematics")
    return d


def f4_defect_csv(c):
    d = Doc()
    d.t("unit,type,defect,reported_by,reported_login,shift")
    for _ in range(c.ri(2, 4)):
        p = c.person()
        d.t(f"\n{c.c(['BTT', 'PBS', 'GPU', 'BLT'])}-{c.ri(1, 300)},{c.c(['Goldhofer Bison', 'TLD', 'Kalmar'])},"
            f"\"{c.c(['brake soft', 'hydraulic leak', 'beacon inop', 'tyre worn'])}\",\"")
        d.v(c.nm(p, "full lf")).t('",').v(c.login(p)).t(f",{c.c('ABCN')}")
    return d


def f4n_defect_csv(c):
    d = Doc()
    d.t("unit,type,defect,reported_by,reported_login,shift")
    for _ in range(c.ri(2, 4)):
        d.t(f"\n{c.c(['BTT', 'PBS', 'GPU'])}-{c.ri(1, 300)},{c.c(['Goldhofer Bison', 'TLD', 'Kalmar'])},"
            f"\"{c.c(['service due', 'telematics offline'])}\",\"Fleet monitor\",gse-telematics,-")
    return d


def f5_esd(c):
    p = c.person()
    d = Doc()
    d.t(f"{K.syslog_ts(c.rng)} fuel-scada esd[{c.ri(100, 999)}]: ESD activated pit=H-{c.ri(100, 400)} "
        f"stand={c.c(STANDS)} by operator ")
    d.v(c.login(p)).t(' ("').v(p.full()).t('") callback=').v(c.phone(p), "PHONE")
    return d


def f6_radio(c):
    op, pic = c.person(), c.person()
    al = c.c(K.AIRLINES)[2]
    d = Doc()
    d.t(f"ICEMAN {c.ri(1, 9)}: {al} {c.ri(1, 999)}, this is Iceman, operator ").v(op.given)
    d.t(", confirm brakes set and engines at idle\n")
    d.t(f"{al.upper()} {c.ri(1, 999)}: brakes set, idle, Captain ").v(pic.family).t(" speaking\n")
    d.t(f"ICEMAN: Type IV started {K.hhmm(c.rng)}Z, holdover {c.ri(10, 80)} min")
    return d


def f7_sql(c):
    p = c.person()
    d = Doc()
    d.t("UPDATE gse_assignment SET operator_name = %(name)s, operator_login = %(login)s, phone = %(phone)s "
        "WHERE unit_id = %(unit)s\n[parameters: ")
    K.pydoc(d, {"name": S(p.full()), "login": S(c.login(p)), "phone": S(c.phone(p), "PHONE"),
                "unit": f"PBS-{c.ri(1, 40):02d}"})
    d.t("]")
    return d


FAMILIES_B = [
    ("ramp_turnaround", [g1_acdm_json, g2_pipe_table, g3_radio, g4_pushback, g5_damage_json, g6_turn_report, g7_notes],
     [g1n_acdm_json, g2n_pipe_table, g3n_radio, g4n_pushback]),
    ("baggage_bhs_ops", [b1_scada, b2_handheld_json, b3_makeup_tsv, b4_courier, b5_injury, b6_traceback, b7_notes, b8_kafka],
     [b1n_scada, b2n_handheld_json, b3n_makeup_tsv, b7n_rates]),
    ("cargo_acceptance_uld", [k1_accept_xml, k2_buildup, k3_uld_damage, k4_screening, k5_avi, k6_release, k7_sql],
     [k1n_accept_xml, k2n_buildup, k4n_screening, k7n_status]),
    ("flight_dispatch_briefing", [d1_ofp, d2_audit, d3_acars, d4_efb_json, d5_fuel_agree, d6_kotlin_exc, d7_notes],
     [d1n_ofp, d3n_notam, d4n_efb_json, d7n_metar]),
    ("airport_id_badging", [a1_sida_json, a2_sta, a3_issue_print, a4_escort_csv, a5_audit_mail, a6_form_post, a7_notes],
     [a1n_stock, a2n_sta, a3n_issue_print, a4n_escort_csv]),
    ("fuel_deice_gse", [f1_fuel_ticket, f2_deice_json, f3_gse_login, f4_defect_csv, f5_esd, f6_radio, f7_sql],
     [f1n_quality, f2n_deice_json, f3n_telemetry, f4n_defect_csv]),
]
