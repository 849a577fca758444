"""pack_z families 7-12: terminal gate, TOS/CHE operations, pilotage, towage, VTS/radio, gangway/ISPS."""

from __future__ import annotations

from datetime import timedelta

from core import (
    COMPANIES,
    PILOT_BOATS,
    PLACES,
    PORTS,
    PRODUCTS,
    SERVICE_ACCTS,
    STATUS,
    TRUCKERS,
    TUGS,
    UI_STRINGS,
    VESSELS,
    B,
    Sub,
    V,
    callsign,
    card,
    container,
    form,
    host,
    imo,
    ip_any,
    ipv4,
    iso,
    isoms,
    jtostr,
    last4,
    masked_pan,
    mmsi,
    pct,
    phone,
    plate,
    rid,
    ssn,
    sysl,
    when,
)

LANES = ["IN-01", "IN-02", "IN-03", "OUT-01", "OUT-02", "OCR-4", "KIOSK-7"]


def gate_ts(rng) -> str:
    return when(rng).strftime("%Y-%m-%d %H:%M:%S")


# =================================================================================================== 7
def p_ocr_gate_json(rng, b):
    d = b.person(rng)
    obj = {"transaction": "GT" + rid(rng, 9), "lane": rng.choice(LANES), "ts": iso(when(rng)),
           "truck": {"plate": plate(rng), "rfid": "E200" + rid(rng, 8)},
           "containers": [{"number": container(rng), "iso": rng.choice(["45G1", "22G1", "45R1"]),
                           "seal": "SL" + rid(rng, 7), "ocrConfidence": round(rng.uniform(0.71, 0.99), 2)}],
           "driver": {"name": V(d.full(), "NAME"), "licence": "DL-" + rid(rng, 8),
                      "company": rng.choice(TRUCKERS)},
           "kioskIp": V(ipv4(rng), "IP_ADDRESS")}
    if rng.random() < 0.4:
        obj["driver"]["ssnLast4"] = V(last4(rng), "SSN")
    if rng.random() < 0.3:
        inner = B()
        inner.js(obj, compact=True)
        b.t(f"{isoms(when(rng), rng)} INFO gate-ocr publish ")
        b.js({"topic": "gate.transactions", "key": obj["transaction"], "payload": Sub(inner)}, compact=True)
    else:
        b.js(obj, indent=rng.choice([2, None]), ascii_=rng.random() < 0.3)


def p_gate_ticket(rng, b):
    d, clerk = b.people(rng, 2, native_p=0)
    b.t("=" * 44 + "\n" + f"  {rng.choice(['ECT DELTA', 'APM TERMINALS', 'PSA PASIR PANJANG', 'CTA HAMBURG'])} "
        "- GATE TICKET\n" + "=" * 44 + "\n")
    b.t(f"TRX NO   : {rid(rng, 10)}\nDATE/TIME: {gate_ts(rng)}\nLANE     : {rng.choice(LANES)}\n"
        f"TRUCK    : {plate(rng)}\nDRIVER   : ").nm(d.up() if rng.random() < 0.6 else d.LF()).t(
        f"\nCONTAINER: {container(rng)}  {rng.choice(['45G1', '22G1'])}  F\nPICKUP   : "
        f"{rng.choice(['BLK 3C ROW 12 TIER 2', 'YARD 07-44-3'])}\nCLERK    : ").nm(clerk.acct(rng).upper()).t(
        "\n" + "=" * 44)


def p_tas_access(rng, b):
    d = b.person(rng, native_p=0)
    ip = ip_any(rng, 0.3)
    enc = rng.choice([pct, form])
    b.ip(ip).t(f" - - [{when(rng).strftime('%d/%b/%Y:%H:%M:%S')} +0000] \"GET /tas/api/v2/appointments?"
               f"slot={when(rng).strftime('%Y%m%d%H')}&container={container(rng)}&driver_name=").nm(d.gf(), enc).t(
        "&driver_phone=").ph(phone(rng, style="e164"), pct).t(" HTTP/1.1\" 200 " + str(rng.randint(300, 3000)))


def p_trouble_window(rng, b):
    d, clerk, sup = b.people(rng, 3)
    b.t(f"TROUBLE #{rid(rng, 6)} {gate_ts(rng)} lane {rng.choice(LANES)}\n"
        f"  issue   : {rng.choice(['customs hold', 'no release', 'seal mismatch', 'appointment expired', 'damaged unit'])}\n"
        "  driver  : ").nm(d.full()).t(" (").ph(phone(rng)).t(")\n  clerk   : ").nm(clerk.acct(rng)).t(
        "\n  resolved: override approved by ").nm(sup.lf()).t(f" at {when(rng).strftime('%H:%M')}")


def p_kiosk_payment(rng, b):
    d = b.person(rng, native_p=0)
    b.t(f"{isoms(when(rng), rng)} DEBUG kiosk.payments terminal={host(rng, 'kiosk')} amount=USD"
        f"{rng.randint(35, 480)}.00 reason={rng.choice(['storage', 'demurrage', 'reefer plug', 'gate fee'])} "
        "pan=").cc(card(rng)).t(" holder=\"").nm(d.up() if rng.random() < 0.5 else d.sg()).t(
        f"\" exp={rng.randint(1, 12):02d}/{rng.randint(27, 31)} auth=" + rid(rng, 6))


def p_driver_sms(rng, b):
    d = b.person(rng)
    g = d.first() if not d.native else d.native[0]
    k = rng.randrange(4)
    to = phone(rng, rng.choice(["US", "NL", "DE", "SG", "GB", "AU"]), "e164")
    b.t(f"{iso(when(rng))} sms-out to=").ph(to).t(" text=\"")
    if k == 0:
        b.t("Hi ").nm(g).t(f", your appointment {rid(rng, 6)} at {rng.choice(['Gate 2', 'Gate 5'])} is confirmed "
                            f"for {when(rng).strftime('%H:%M')}.\"")
    elif k == 1:
        b.t("Hallo ").nm(g).t(f", Ihr Slot um {when(rng).strftime('%H:%M')} wurde bestätigt.\"")
    elif k == 2:
        b.t("Hola ").nm(g).t(f", su cita para el contenedor {container(rng)} fue cancelada.\"")
    else:
        b.t("Beste ").nm(g).t(f", container {container(rng)} is vrijgegeven.\"")


def p_driver_onboard(rng, b):
    d, clerk = b.people(rng, 2, native_p=0)
    b.t(f"{isoms(when(rng), rng)} INFO driver-registry onboarding driver_id=DRV{rid(rng, 7)} name=\"").nm(
        d.full()).t("\" ")
    if rng.random() < 0.5:
        b.t("ssn=").ssn(ssn(rng, rng.choice(["dash", "bare"])))
    else:
        b.t("bgcheck=\"SSN ending in ").ssn(last4(rng)).t("\"")
    b.t(f" twic_exp=20{rng.randint(27, 31)}-{rng.randint(1, 12):02d} carrier=\"{rng.choice(TRUCKERS)}\" email=").em(
        d.email(rng)).t(" approved_by=").nm(clerk.acct(rng))


def n_lane_heartbeat(rng, b):
    b.t(f"{isoms(when(rng), rng)} INFO gate-ocr lane={rng.choice(LANES)} heartbeat ok cameras=6/6 "
        f"ocr_engine=\"{rng.choice(PRODUCTS)}\" user={rng.choice(SERVICE_ACCTS)}")


def n_ocr_gate_json(rng, b):
    b.js({"transaction": "GT" + rid(rng, 9), "lane": rng.choice(LANES), "ts": iso(when(rng)),
          "truck": {"plate": plate(rng)}, "containers": [{"number": container(rng), "ocrConfidence": 0.42}],
          "driver": None, "company": rng.choice(TRUCKERS), "status": rng.choice(["REJECTED", "MANUAL_REVIEW"])},
         indent=rng.choice([2, None]))


def n_slots_table(rng, b):
    b.t("SLOT   GATE    CAPACITY  BOOKED  STATUS\n")
    for _ in range(rng.randint(3, 5)):
        b.t(f"{rng.randint(0, 23):02d}:00  Gate {rng.randint(1, 6)}  {rng.randint(40, 120):>8d}  "
            f"{rng.randint(0, 120):>6d}  {rng.choice(STATUS)}\n")


def n_kiosk_payment(rng, b):
    b.t(f"{isoms(when(rng), rng)} DEBUG kiosk.payments terminal={host(rng, 'kiosk')} amount=USD"
        f"{rng.randint(35, 480)}.00 pan={masked_pan(rng)} holder=\"{rng.choice(TRUCKERS).upper()}\" result=declined")


# =================================================================================================== 8
CHE = ["SC104", "SC221", "RTG-07", "RTG-12", "STS-03", "STS-09", "TT-455", "ECH-2", "AGV-118"]


def p_vmt_login(rng, b):
    op = b.person(rng)
    b.t(f"<{rng.choice([134, 131, 30])}>{sysl(when(rng))} {host(rng, 'vmt')} vmtd[{rng.randint(100, 9999)}]: "
        f"che={rng.choice(CHE)} login user=").nm(op.acct(rng)).t(" (").nm(op.gf()).t(
        f") shift={rng.choice('ABCD')} src=").ip(ip_any(rng, 0.25)).t(" pow=" + rng.choice(["QC3", "RTG-N", "YARD-2"]))


def p_crane_roster(rng, b):
    b.t(f"STS CRANE ASSIGNMENT  shift {rng.choice('ABCD')}  {when(rng).strftime('%Y-%m-%d')}\n"
        "CRANE   VESSEL                  OPERATOR              RELIEF\n")
    for _ in range(rng.randint(2, 4)):
        o, r = b.people(rng, 2, native_p=0)
        on = o.fami()
        b.t(f"{rng.choice(CHE[4:6]):<7s} {rng.choice(VESSELS):<23s} ").nm(on).t(" " * max(1, 22 - len(on))).nm(
            r.acct(rng)).t("\n")


def p_tos_audit(rng, b):
    u, req = b.people(rng, 2)
    b.t(f"{isoms(when(rng), rng)} AUDIT n4.inventory unit={container(rng)} event=HOLD_RELEASED hold="
        f"{rng.choice(['CUSTOMS', 'LINE', 'VGM', 'DG'])} by=").nm(u.acct(rng)).t(" note=\"released on request of ")
    b.nm(req.full()).t(" (").em(req.email(rng)).t(")\"")


def p_reefer_alarm(rng, b):
    tech, sup = b.people(rng, 2)
    b.t(f"{iso(when(rng))} reefer-monitor unit={container(rng)} setpoint={rng.choice(['-18.0', '-25.0', '2.0', '13.0'])}C "
        f"supply={rng.uniform(-20, 15):.1f}C alarm={rng.choice(['AL05', 'AL22', 'POWER_OFF'])} "
        "dispatched_to=").nm(tech.acct(rng)).t(" tech_mobile=").ph(phone(rng)).t(" escalate=\"").nm(sup.ifam()).t("\"")


def p_lashing_csv(rng, b):
    b.t("gang,role,name,badge,vessel,bay_from,bay_to\n")
    g = rng.randint(1, 30)
    for i, p in enumerate(b.people(rng, rng.randint(2, 4), native_p=0)):
        b.t(f"L{g:02d},{'foreman' if i == 0 else 'lasher'},").nm(p.up() if rng.random() < 0.4 else p.full()).t(
            f",{rng.randint(10000, 99999)},{rng.choice(VESSELS)},{rng.randint(1, 40):02d},{rng.randint(41, 80):02d}\n")


def p_tos_traceback(rng, b):
    op = b.person(rng)
    b.t("Traceback (most recent call last):\n  File \"/opt/tos/dispatch/assign.py\", line "
        f"{rng.randint(30, 400)}, in assign_job\n    che = pool.pick(job)\n  File \"/opt/tos/dispatch/pool.py\", "
        f"line {rng.randint(30, 400)}, in pick\n    raise NoOperatorAvailable(job.che)\n"
        f"dispatch.errors.NoOperatorAvailable: {rng.choice(CHE)}\n  locals: ")
    b.py({"job": f"WQ-{rid(rng, 6)}", "operator": V(op.acct(rng), "NAME"), "operator_name": V(op.full(), "NAME"),
          "che": rng.choice(CHE), "retries": rng.randint(1, 5)})


def n_che_telemetry(rng, b):
    b.t(f"<134>{sysl(when(rng))} {host(rng, 'vmt')} vmtd[{rng.randint(100, 9999)}]: che={rng.choice(CHE)} "
        f"telemetry fuel={rng.randint(10, 99)}% hours={rng.randint(1000, 30000)} spreader=ok user={rng.choice(SERVICE_ACCTS)}")


def n_crane_stats(rng, b):
    b.t("CRANE   VESSEL                  MOVES  GMPH   STATUS\n")
    for _ in range(rng.randint(2, 4)):
        b.t(f"{rng.choice(CHE[4:6]):<7s} {rng.choice(VESSELS):<23s} {rng.randint(100, 900):>5d}  "
            f"{rng.uniform(20, 40):>4.1f}   {rng.choice(STATUS)}\n")


def n_tos_audit(rng, b):
    b.t(f"{isoms(when(rng), rng)} AUDIT n4.inventory unit={container(rng)} event=HOLD_APPLIED hold="
        f"{rng.choice(['CUSTOMS', 'LINE', 'VGM'])} by={rng.choice(SERVICE_ACCTS)} note=\"{rng.choice(UI_STRINGS)}\"")


def n_reefer(rng, b):
    b.t(f"{iso(when(rng))} reefer-monitor unit={container(rng)} setpoint=-18.0C supply=-18.2C alarm=none "
        f"controller=\"{rng.choice(['Carrier ThinLINE', 'Daikin LXE10E', 'Thermo King Magnum Plus'])}\" "
        f"dispatched_to={rng.choice(SERVICE_ACCTS)}")


# =================================================================================================== 9
def p_pilot_order(rng, b):
    ag = b.person(rng)
    pl = b.person(rng, native_p=0.3)
    b.js({"orderId": "PLT-" + rid(rng, 7), "vessel": {"name": rng.choice(VESSELS), "imo": imo(rng),
                                                     "draught": round(rng.uniform(8, 16), 1)},
          "movement": rng.choice(["INBOUND", "OUTBOUND", "SHIFT"]), "boardingPoint": rng.choice(
              ["Maas Center", "Eastern Boarding Ground", "Elbe 1", "PEBGA"]),
          "requestedBy": {"email": V(ag.email(rng), "EMAIL"), "phone": V(phone(rng), "PHONE")},
          "assignedPilot": V(pl.disp(), "NAME"),
          "pilotBoat": rng.choice(PILOT_BOATS)}, indent=rng.choice([2, None]), ascii_=rng.random() < 0.3)


def p_pilot_roster(rng, b):
    b.t("date\tturn\tpilot\tlogin\tgrade\tstatus\n")
    for i in range(rng.randint(2, 4)):
        p = b.person(rng, native_p=0)
        b.t(f"{when(rng).strftime('%Y-%m-%d')}\t{i + 1}\t").nm(p.lf()).t("\t").nm(p.acct(rng)).t(
            f"\t{rng.choice(['A', 'B', 'C', 'Class 1', 'Unrestricted'])}\t{rng.choice(['on turn', 'rest', 'sick', 'on job'])}\n")


def p_ppu_log(rng, b):
    p = b.person(rng, native_p=0)
    acct = p.acct(rng, rng.choice(["flast", "lastf", "firstl"]), digits=0)
    dev_style = rng.randrange(3)
    b.t(f"{isoms(when(rng), rng)} ppu-sync device=")
    if dev_style == 0:
        b.t("PPU-").nm(acct.upper())
    elif dev_style == 1:
        b.nm(p.first()).t("s-PPU")
    else:
        b.t("ppu-").nm(acct).t("-02")
    b.t(f" fw=4.2.{rng.randint(0, 9)} gnss=rtk ip=").ip(ip_any(rng, 0.3)).t(
        f" job=PLT-{rid(rng, 7)} owner=").nm(p.full()).t(" status=" + rng.choice(["synced", "low_battery", "ok"]))


def p_pob(rng, b):
    pl, m = b.people(rng, 2, native_p=0)
    d = when(rng)
    b.t(f"{d.strftime('%d%H%MZ')} {rng.choice(VESSELS)} POB {(d + timedelta(minutes=rng.randint(5, 50))).strftime('%H%MZ')} "
        f"pilot ").nm(pl.ifam()).t(f" boat {rng.choice(PILOT_BOATS)} ladder {rng.choice(['OK', 'OK', 'NON-COMPLIANT'])} "
                                   "master ").nm(m.up())


def p_ladder_report(rng, b):
    pl, m = b.people(rng, 2)
    b.t(f"PILOT LADDER NON-COMPLIANCE REPORT {rid(rng, 5)}\nVessel: {rng.choice(VESSELS)} (IMO {imo(rng)})\n"
        "Reported by pilot: ").nm(pl.full()).t(" <").em(pl.email(rng, "harbourpilots.example")).t(
        f">\nDefect: {rng.choice(['steps not horizontal', 'side ropes frayed', 'retrieval line attached', 'combination arrangement unsafe'])}\n"
        "Master informed: ").nm(m.full()).t("\nPhoto: ").nm(f"{pl.family.replace(' ', '_')}_{pl.first()}", None).t(
        f"_ladder_{rid(rng, 4)}.jpg")


def p_pilot_sms(rng, b):
    pl = b.person(rng)
    k = rng.randrange(3)
    b.t(f"{iso(when(rng))} dispatch-sms to=").ph(phone(rng, rng.choice(["NL", "BE", "DE", "GB"]))).t(" msg=\"")
    if k == 0:
        b.t("Loods ").nm(pl.fami()).t(f": opdracht {rng.choice(VESSELS)} inkomend, aan boord {when(rng).strftime('%H:%M')}\"")
    elif k == 1:
        b.t("Lotse ").nm(pl.full()).t(f": Auftrag {rng.choice(VESSELS)}, Versetzen {when(rng).strftime('%H:%M')}\"")
    else:
        b.t("Pilot ").nm(pl.full()).t(f": job {rng.choice(VESSELS)} outbound, boat {rng.choice(PILOT_BOATS)}\"")


def n_pilot_boats(rng, b):
    b.t("BOAT        STATION            STATUS      NEXT\n")
    for bt in rng.sample(PILOT_BOATS, 3):
        b.t(f"{bt:<11s} {rng.choice(['Maas Center', 'Elbe 1', 'Steenbank', 'Eastern Anchorage']):<18s} "
            f"{rng.choice(STATUS):<11s} {when(rng).strftime('%H:%M')}\n")


def n_tidal(rng, b):
    b.t(f"{iso(when(rng))} pilotage.tidal window vessel=\"{rng.choice(VESSELS)}\" draught={rng.uniform(14, 17):.1f} "
        f"window={when(rng).strftime('%H:%M')}-{when(rng).strftime('%H:%M')} computed_by={rng.choice(SERVICE_ACCTS)}")


def n_pilot_order(rng, b):
    b.js({"orderId": "PLT-" + rid(rng, 7), "vessel": {"name": rng.choice(VESSELS), "imo": imo(rng)},
          "movement": "INBOUND", "status": "CANCELLED", "cancelledBy": rng.choice(SERVICE_ACCTS),
          "reason": rng.choice(UI_STRINGS)}, indent=rng.choice([2, None]))


def n_ppu(rng, b):
    b.t(f"{isoms(when(rng), rng)} ppu-sync device=PPU-POOL-{rng.randint(1, 30):02d} fw=4.2.{rng.randint(0, 9)} "
        f"gnss=rtk owner={rng.choice(SERVICE_ACCTS)} status=charging")


# =================================================================================================== 10
def p_tug_job_xml(rng, b):
    tm, disp = b.people(rng, 2, native_p=0)
    b.xml(("TowageJob", {"id": "TJ-" + rid(rng, 6), "port": rng.choice(PORTS)[0]},
           [("Vessel", {"imo": imo(rng)}, [rng.choice(VESSELS)]),
            ("Tug", {"name": rng.choice(TUGS)}, [("Master", {}, [V(tm.full(), "NAME")])]),
            ("Position", {}, [rng.choice(["forward centre lead", "aft", "port shoulder"])]),
            ("Dispatcher", {"login": V(disp.acct(rng), "NAME")}, [V(disp.gf(), "NAME")]),
            ("Start", {}, [iso(when(rng))])]), indent=rng.choice([2, None]), decl=rng.random() < 0.3)


def p_tug_assign(rng, b):
    tm, dh = b.people(rng, 2)
    b.t(f"ts={iso(when(rng))} svc=tugsched job=TJ-{rid(rng, 6)} tug=\"{rng.choice(TUGS)}\" tug_master=").nm(
        tm.acct(rng)).t(" deckhand=\"").nm(dh.full()).t(f"\" vessel=\"{rng.choice(VESSELS)}\" bollard_pull="
                                                       f"{rng.randint(50, 90)}t mobile=").ph(phone(rng))


def p_tug_timesheet(rng, b):
    b.t("tug;date;crew_member;role;hours_on;hours_off\n")
    t = rng.choice(TUGS)
    for role in rng.sample(["master", "engineer", "deckhand", "deckhand 2"], rng.randint(2, 3)):
        p = b.person(rng, native_p=0)
        b.t(f"{t};{when(rng).strftime('%d.%m.%Y')};").nm(p.LF() if rng.random() < 0.5 else p.full()).t(
            f";{role};{rng.randint(0, 11):02d}:00;{rng.randint(12, 23):02d}:00\n")


def p_towage_invoice(rng, b):
    own = b.person(rng, native_p=0)
    b.t("From: ").em("billing@towage.example.net").t("\nTo: ").em(own.email(rng)).t(
        f"\nSubject: Invoice TI-{rid(rng, 6)} - assistance to yacht {rng.choice(['BLUE HERON', 'SEA SPIRIT', 'ALBATROSS'])}\n\n"
        "Dear ").nm(own.gf()).t(f",\nthe amount of EUR {rng.randint(800, 6000)} was charged to card ").cc(
        card(rng, "space")).t(".\nRegards, Towage Billing")


def p_tug_tostring(rng, b):
    tm, dh = b.people(rng, 2)
    b.t(f"{isoms(when(rng), rng)} INFO  c.e.towage.JobService - job updated: ")
    jtostr(b, "TowageJob", [("id", "TJ-" + rid(rng, 6), False), ("tug", rng.choice(TUGS)),
                            ("master", V(tm.full(), "NAME")), ("deckhand", V(dh.acct(rng), "NAME")),
                            ("state", rng.choice(["ALL_FAST", "LET_GO", "STANDBY"]), False)], style="kotlin")


def p_vhf_tug(rng, b):
    tm, pl = b.people(rng, 2)
    t = rng.choice(TUGS)
    b.t(f"{when(rng).strftime('%H:%M:%S')} CH{rng.choice([8, 11, 14, 72])} {t}: \"Pilot, {t} fast forward, "
        "master ").nm(tm.first()).t(" speaking\"\n")
    b.t(f"{when(rng).strftime('%H:%M:%S')} CH{rng.choice([8, 11, 14, 72])} PILOT: \"Thanks ").nm(tm.first()).t(
        ", hold on, ").nm(pl.ifam()).t(" on the bridge\"")


def n_tug_positions(rng, b):
    b.t("TUG                  STATUS     POSITION          BOLLARD\n")
    for t in rng.sample(TUGS, 3):
        b.t(f"{t:<20s} {rng.choice(STATUS):<10s} {rng.uniform(51, 52):.4f}N {rng.uniform(3, 5):.4f}E  "
            f"{rng.randint(50, 90)}t\n")


def n_tug_job_xml(rng, b):
    b.xml(("TowageJob", {"id": "TJ-" + rid(rng, 6), "port": rng.choice(PORTS)[0]},
           [("Vessel", {"imo": imo(rng)}, [rng.choice(VESSELS)]), ("Tug", {"name": rng.choice(TUGS)}, []),
            ("Status", {}, [rng.choice(["CANCELLED", "COMPLETED"])]),
            ("Dispatcher", {"login": rng.choice(SERVICE_ACCTS)}, [rng.choice(COMPANIES)])]), indent=2)


def n_tug_assign(rng, b):
    b.t(f"ts={iso(when(rng))} svc=tugsched job=TJ-{rid(rng, 6)} tug=\"{rng.choice(TUGS)}\" operator=\""
        f"{rng.choice(['Svitzer', 'Boluda Towage', 'Kotug', 'Moran Towing'])}\" state=standby "
        f"note=\"{rng.choice(UI_STRINGS)}\"")


def n_tug_tostring(rng, b):
    b.t(f"{isoms(when(rng), rng)} INFO  c.e.towage.JobService - job updated: ")
    jtostr(b, "TowageJob", [("id", "TJ-" + rid(rng, 6), False), ("tug", rng.choice(TUGS)),
                            ("master", "null", False), ("state", "CANCELLED", False)], style="kotlin")


# =================================================================================================== 11
def p_vts_log(rng, b):
    b.t("TIME   VESSEL                  CALLSIGN  EVENT                   OPERATOR\n")
    for _ in range(rng.randint(2, 4)):
        op = b.person(rng, native_p=0)
        b.t(f"{when(rng).strftime('%H:%M')}  {rng.choice(VESSELS):<23s} {callsign(rng):<9s} "
            f"{rng.choice(['passed reporting pt 3', 'anchored area B', 'pilot on board', 'entered TSS']):<23s} ").nm(
            op.acct(rng, digits=0.1)).t("\n")


def p_distress(rng, b):
    sk, op = b.people(rng, 2)
    b.t(f"{iso(when(rng))} MRCC incident {rid(rng, 6)}: pleasure craft \"{rng.choice(['BLUE HERON', 'SEA SPIRIT', 'WINDFALL', 'KITTIWAKE'])}\" "
        f"MMSI {mmsi(rng)} engine failure 3nm off {rng.choice(PLACES)}; skipper ").nm(sk.full()).t(
        " reachable on ").ph(phone(rng, rng.choice(["INMARSAT", "IRIDIUM", "GB", "AU", "NO"]))).t(
        "; logged by ").nm(op.acct(rng))


def p_mmsi_lookup(rng, b):
    own = b.person(rng)
    b.js({"mmsi": mmsi(rng), "name": rng.choice(["BLUE HERON", "SEA SPIRIT", "WINDFALL"]), "type": "Sailing",
          "registeredOwner": V(own.full() if rng.random() < 0.7 else own.LF(), "NAME"),
          "ownerPhone": V(phone(rng), "PHONE"), "ownerEmail": V(own.email(rng), "EMAIL"), "epirb": "HEX-" + rid(rng, 6)},
         indent=rng.choice([2, None]), ascii_=rng.random() < 0.3)


def p_gmdss_log(rng, b):
    ro, m = b.people(rng, 2, native_p=0)
    b.t(f"GMDSS RADIO LOG {rng.choice(VESSELS)} {when(rng).strftime('%d.%m.%Y')}\n"
        f"{when(rng).strftime('%H%M')}UTC  DSC test call with {rng.choice(['Scheveningen Radio', 'Cullercoats', 'Singapore Port Ops'])} - ok - op ").nm(
        ro.up()).t(f"\n{when(rng).strftime('%H%M')}UTC  NAVTEX 518kHz msg NX{rng.randint(10, 99)} received - op ").nm(
        ro.up()).t("\nMaster's signature: ").nm(m.ifam())


def p_crew_wifi(rng, b):
    p = b.person(rng)
    ip = ip_any(rng, 0.3)
    b.t(f"{sysl(when(rng))} {rng.choice(['vsat-gw', 'crewnet', 'fbb-router'])} portal[{rng.randint(100, 9999)}]: "
        "voucher redeemed user=").nm(p.acct(rng)).t(" client=").ip(ip).t(
        f" mb={rng.choice([100, 250, 500, 1000])} device=").nm(p.first()).t(rng.choice(["s-iPhone", "-Galaxy-A54", "s-Pixel"]))


def p_vts_chat(rng, b):
    op = b.person(rng)
    pl = b.person(rng, native_p=0.3)
    oa, d = op.acct(rng), when(rng)
    d2, d3 = d + timedelta(minutes=rng.randint(1, 5)), d + timedelta(minutes=rng.randint(6, 15))
    b.t(f"[{d.strftime('%H:%M')}] ").nm(oa).t(f": {rng.choice(VESSELS)} asking for pilot, ETA 30 min\n")
    b.t(f"[{d2.strftime('%H:%M')}] ").nm(pl.acct(rng)).t(": ok, assign to ").nm(pl.disp()).t("\n")
    b.t(f"[{d3.strftime('%H:%M')}] ").nm(oa).t(f": {rng.choice(UI_STRINGS)}")


def n_ais_nmea(rng, b):
    for _ in range(rng.randint(2, 4)):
        payload = "".join(rng.choice("0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVW`abcdefghijklmnopqrstuvw")
                          for _ in range(28))
        b.t(f"!AIVDM,1,1,,{rng.choice('AB')},{payload},0*{rng.randint(16, 255):02X}\n")


def n_vts_stats(rng, b):
    b.t(f"VTS sector {rng.choice(['Maasmond', 'Elbe', 'Dover Strait', 'Singapore Strait'])} {when(rng).strftime('%Y-%m-%d')}: "
        f"{rng.randint(100, 900)} movements, {rng.randint(0, 20)} anchorages; vessels of note {rng.choice(VESSELS)}, "
        f"{rng.choice(VESSELS)}")


def n_mmsi_lookup(rng, b):
    b.js({"mmsi": mmsi(rng), "name": rng.choice(VESSELS), "type": "Cargo",
          "registeredOwner": rng.choice(COMPANIES), "flag": rng.choice(["PA", "LR", "MH", "SG"])},
         indent=rng.choice([2, None]))


def n_crew_wifi(rng, b):
    b.t(f"{sysl(when(rng))} {rng.choice(['vsat-gw', 'crewnet'])} portal[{rng.randint(100, 9999)}]: quota reset for "
        f"{rng.randint(10, 30)} vouchers by {rng.choice(SERVICE_ACCTS)}; beam={rng.choice(['IOR', 'AOR-E', 'POR'])}")


# =================================================================================================== 12
def p_gangway_table(rng, b):
    b.t(f"GANGWAY LOG - {rng.choice(VESSELS)} - {when(rng).strftime('%d %b %Y')}\n"
        "+-------+---------------------------+-------------------------+-------------+-------+\n"
        "| IN    | VISITOR                   | COMPANY                 | HOST        | OUT   |\n"
        "+-------+---------------------------+-------------------------+-------------+-------+\n")
    for _ in range(rng.randint(2, 4)):
        v, h = b.people(rng, 2, native_p=0)
        vn = v.full() if rng.random() < 0.6 else v.up()
        hn = h.fami()
        b.t(f"| {when(rng).strftime('%H:%M')} | ").nm(vn).t(" " * max(1, 26 - len(vn)) + "| " +
                                                             f"{rng.choice(COMPANIES)[:23]:<23s} | ").nm(hn).t(
            " " * max(1, 12 - len(hn)) + f"| {when(rng).strftime('%H:%M')} |\n")
    b.t("+-------+---------------------------+-------------------------+-------------+-------+")


def p_access_syslog(rng, b):
    p = b.person(rng, native_p=0)
    b.t(f"<38>{sysl(when(rng))} {host(rng, 'pacs')} acs[{rng.randint(100, 9999)}]: ACCESS "
        f"{rng.choice(['GRANTED', 'GRANTED', 'DENIED'])} card={rid(rng, 8)} holder=\"").nm(
        p.LF() if rng.random() < 0.6 else p.sg()).t(f"\" door=\"{rng.choice(['Gate 4 Turnstile', 'Berth 12 Gate', 'Main Gate Lane 2'])}\" "
                                                   f"reader={rng.randint(1, 40)}")


def p_dos_json(rng, b):
    sso = b.person(rng)
    pfso = b.person(rng, native_p=0.3)
    b.js({"declarationOfSecurity": "DOS-" + rid(rng, 6), "securityLevel": rng.choice([1, 2, 3]),
          "ship": {"name": rng.choice(VESSELS), "imo": imo(rng),
                   "sso": {"name": V(sso.full(), "NAME"), "phone": V(phone(rng, rng.choice(["INMARSAT", "GR", "PH"])), "PHONE")}},
          "facility": {"name": rng.choice(["Europoort Terminal", "Berth 12", "Pier 400"]),
                       "pfso": {"name": V(pfso.disp(), "NAME"),
                                "email": V(pfso.email(rng), "EMAIL")}}}, indent=rng.choice([2, None]))


def p_twic(rng, b):
    p = b.person(rng, native_p=0)
    b.t(f"{iso(when(rng))} twic-reader[{rng.randint(1, 12)}] card validated fasc_n={rid(rng, 10)} holder=").nm(
        p.sg()).t(f" result={rng.choice(['VALID', 'VALID', 'PIN_FAIL'])} terminal=").ip(ipv4(rng))


def p_visitor_form(rng, b):
    p, host_p = b.people(rng, 2, native_p=0)
    ip = ip_any(rng, 0.3)
    b.ip(ip).t(f" - - [{when(rng).strftime('%d/%b/%Y:%H:%M:%S')} +0000] \"POST /isps/visitor/prereg HTTP/1.1\" 201 "
               f"0 body=\"vessel={form(rng.choice(VESSELS))}&visitor_name=").nm(p.gf(), form).t("&visitor_email=").em(
        p.email(rng), pct).t("&visitor_phone=").ph(phone(rng, style="e164"), pct).t("&host=").nm(host_p.gf(), form).t("\"")


def p_security_note(rng, b):
    p, g = b.people(rng, 2)
    k = rng.randrange(3)
    if k == 0:
        b.t("Incidente de protección: persona no autorizada ").nm(p.full()).t(
            " intentó acceder por la escala real; vigilante ").nm(g.full()).t(" avisó al OPB.")
    elif k == 1:
        b.t("Sicherheitsvorfall: Besucher ").nm(p.full()).t(" ohne Ausweis an der Gangway, Wache ").nm(g.ifam())
    else:
        b.t("Security incident: stowaway search completed, found nothing; search led by ").nm(g.full()).t(
            ", visitor ").nm(p.full()).t(" escorted off")


def n_gangway_table(rng, b):
    b.t(f"GANGWAY LOG - {rng.choice(VESSELS)} - {when(rng).strftime('%d %b %Y')}\n"
        "| IN    | VISITOR                   | COMPANY                 | OUT   |\n")
    for _ in range(rng.randint(2, 3)):
        b.t(f"| {when(rng).strftime('%H:%M')} | {'(contractor badge)':<25s} | {rng.choice(COMPANIES)[:23]:<23s} | "
            f"{when(rng).strftime('%H:%M')} |\n")


def n_access_syslog(rng, b):
    b.t(f"<36>{sysl(when(rng))} {host(rng, 'pacs')} acs[{rng.randint(100, 9999)}]: DOOR FORCED door=\""
        f"{rng.choice(['Gate 4 Turnstile', 'Berth 12 Gate'])}\" reader={rng.randint(1, 40)} ack_by={rng.choice(SERVICE_ACCTS)}")


def n_dos_json(rng, b):
    b.js({"declarationOfSecurity": "DOS-" + rid(rng, 6), "securityLevel": 1,
          "ship": {"name": rng.choice(VESSELS), "imo": imo(rng)}, "facility": {"name": rng.choice(PLACES) + " Terminal"},
          "status": rng.choice(STATUS), "note": rng.choice(UI_STRINGS)}, indent=rng.choice([2, None]))


def n_twic(rng, b):
    b.t(f"{iso(when(rng))} twic-reader[{rng.randint(1, 12)}] CRL refresh ok entries={rng.randint(1000, 90000)} "
        f"by={rng.choice(SERVICE_ACCTS)} ver=3.{rng.randint(0, 9)}.{rng.randint(0, 9)}")


FAMILIES = [
    ("terminal_gate_transactions", [p_ocr_gate_json, p_gate_ticket, p_tas_access, p_trouble_window, p_kiosk_payment,
                                    p_driver_sms, p_driver_onboard], [n_lane_heartbeat, n_ocr_gate_json, n_slots_table, n_kiosk_payment]),
    ("tos_che_operations", [p_vmt_login, p_crane_roster, p_tos_audit, p_reefer_alarm, p_lashing_csv, p_tos_traceback],
     [n_che_telemetry, n_crane_stats, n_tos_audit, n_reefer]),
    ("pilot_dispatch", [p_pilot_order, p_pilot_roster, p_ppu_log, p_pob, p_ladder_report, p_pilot_sms],
     [n_pilot_boats, n_tidal, n_pilot_order, n_ppu]),
    ("tug_towage_dispatch", [p_tug_job_xml, p_tug_assign, p_tug_timesheet, p_towage_invoice, p_tug_tostring,
                             p_vhf_tug], [n_tug_positions, n_tug_job_xml, n_tug_assign, n_tug_tostring]),
    ("vts_radio_logs", [p_vts_log, p_distress, p_mmsi_lookup, p_gmdss_log, p_crew_wifi, p_vts_chat],
     [n_ais_nmea, n_vts_stats, n_mmsi_lookup, n_crew_wifi]),
    ("gangway_isps_access", [p_gangway_table, p_access_syslog, p_dos_json, p_twic, p_visitor_form, p_security_note],
     [n_gangway_table, n_access_syslog, n_dos_json, n_twic]),
]
