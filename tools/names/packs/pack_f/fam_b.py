"""Families 7-12: MES/quality, field service, permit-to-work, toll roads, parking, SCADA operator journals."""

from __future__ import annotations

import values as V
from core import CC, IP, PH, SS, E, Mix, N, Rec, pct, xesc

# ====================================================================== 7. MES / batch records / quality
_STEPS = ["Dispense", "Granulation", "Sterile Filtration", "Torque Check", "Final Inspection", "Line Clearance"]
_WC = ["CNC-12", "PRESS-04", "SMT-L2", "PACK-07", "WELD-R3", "MIX-01"]


def mes_esig(c):
    p, q = c.p(), c.p()
    return Rec()(f"{c.ts('log')} AUDIT [eBR] recipe=GRAN-{c.ri(1, 20):02d} batch=B{c.ri(24, 26)}-{c.dig(4)} step=\"{c.ch(_STEPS)}\" ",
                 "signed by \"", N(p.full()), " (", N(p.acct()), ")\" meaning=Performed; second signature \"", N(q.full()), " (",
                 N(q.acct()), ")\" meaning=Verified reason=\"21 CFR 11.50\"")


def mes_login(c):
    p = c.p()
    return Rec()(f"{c.ts('sp')} WC={c.ch(_WC)} operator badge {c.dig(6)} login user=", N(p.acct()), f" shift={c.ch('ABC')} ",
                 "terminal=", IP(c.ip4()), f" qual=[{c.ch(['ISO-9606', 'IPC-A-610', 'GMP-2'])}]")


def mes_ncr(c):
    p, q = c.p(), c.p()
    obj = {"ncr": f"NCR-{c.dig(6)}", "part": f"{c.ri(100, 999)}-{c.dig(5)}", "defect": c.ch(["Burr on edge", "Porosity", "Solder bridge"]),
           "qty": c.ri(1, 400), "raised_by": {"name": N(p.full()), "login": N(p.acct())},
           "disposition": {"code": c.ch(["SCRAP", "REWORK", "USE-AS-IS", "RTV"]), "by": N(q.last_first())},
           "supplier_contact": E(c.p().email()) if c.maybe() else None}
    return Rec()(f"{c.ts('log')} INFO  qms.ncr created\n").json(obj, indent=2, ascii=c.maybe(0.3))


def mes_spc_de(c):
    p = c.p()
    return Rec()(f"{c.ts('eu')} SPC-Alarm Merkmal Ø{c.ri(5, 40)},00 ±0,0{c.ri(1, 5)} Regelverletzung {c.ri(1, 8)} (Western Electric) an {c.ch(_WC)}, ",
                 f"Schicht {c.ch('ABC')}; bestätigt von ", N(p.full()), f" ({c.ts('hm')})")


def mes_trace(c):
    p = c.p()
    a = p.acct()
    return Rec()(f"{c.ts('log')} ERROR [BatchExecutor] step failed\n",
                 "com.mes.batch.QualificationException: operator ", N(p.full()), " (", N(a), f") not qualified for step \"{c.ch(_STEPS)}\"\n",
                 "\tat com.mes.batch.StepGuard.verify(StepGuard.java:77)\n\tat com.mes.batch.BatchExecutor.start(BatchExecutor.java:301)\n",
                 "Caused by: com.mes.training.CurriculumExpired: curriculum SOP-", str(c.ri(100, 999)), " expired for ", N(a))


def mes_zh(c):
    p = c.p(("zh",) if c.maybe(0.7) else None)
    return Rec()(f"{c.ts('sp')} 工单 WO-2026-{c.dig(4)} 报工: 操作员 ", N(p.full()), f", 数量 {c.ri(10, 500)}, 不良 {c.ri(0, 9)}, 工位 {c.ch(_WC)}")


def mes_b2mml(c):
    p = c.p()
    r = Rec()(f"{c.ts('log')} DEBUG [ISA95Adapter] outbound PersonnelInformation\n")
    return r.xml(f'<Person xmlns="http://www.mesa.org/xml/B2MML"><ID>{c.dig(6)}</ID><Description>', N(xesc(p.full())),
                 "</Description><PersonName>", N(xesc(p.roman())), f"</PersonName><PersonnelClassID>{c.ch(['OPERATOR', 'QA-INSPECTOR'])}</PersonnelClassID>",
                 "<Property><ID>email</ID><Value><ValueString>", E(p.email()), "</ValueString></Value></Property></Person>")


def mes_capa_mail(c):
    p, q = c.p(), c.p()
    return Rec()("To: \"", N(p.last_first()), "\" <", E(p.email()), ">\nCc: ", N(q.full()), " <", E(q.email()), ">\n",
                 f"Subject: [CAPA-{c.dig(5)}] Effectiveness check due {c.date(14)}")


def mes_neg_state(c):
    return Rec()(f"{c.ts('log')} INFO  [OEE] {c.ch(_WC)} state {c.ch(['RUNNING', 'IDLE', 'SETUP', 'BLOCKED', 'STARVED'])} -> {c.ch(['RUNNING', 'DOWN'])} ",
                 f"robot={c.ch(V.PRODUCTS[11:13])} oee={c.ri(40, 95)}.{c.ri(0, 9)}% recipe=\"{c.ch(['Project Athena', 'Line Adelaide v3', 'Mixer Bertha CIP'])}\"")


def mes_neg_spc(c):
    return Rec()(f"SPC summary {c.date()} char={c.ch(['Bore Ø', 'Torque', 'Fill Weight'])} n={c.ri(25, 500)} Cpk={c.rng.uniform(0.8, 2.2):.2f} ",
                 f"Ppk={c.rng.uniform(0.7, 2.0):.2f} rule_violations={c.ri(0, 4)} owner={c.ch(V.SERVICE_ACCOUNTS)} site={c.ch(V.PLACES)}")


def mes_neg_genealogy(c):
    return Rec().json({"lot": f"L{c.dig(8)}", "parent_lots": [f"L{c.dig(8)}" for _ in range(c.ri(1, 3))], "supplier": c.ch(V.COMPANIES),
                       "status": c.ch(["Released", "Quarantine", "On Hold"]), "user": c.ch(V.SERVICE_ACCOUNTS)})


# ====================================================================== 8. Field service management
def fs_dispatch(c):
    p, q = c.p(), c.p()
    a = p.acct()
    return Rec()(f"ts={c.ts('iso')} level=info msg=\"dispatch\" wo=WO-{c.dig(6)} tech=", N(a), " tech_name=\"", N(p.full()),
                 "\" customer=\"", N(q.last_first()), "\" site_phone=\"", PH(c.phone()), f"\" window=\"{c.ts('hm')}-{c.ts('hm', 14400)}\"")


def fs_sms(c):
    p, t = c.p(), c.p()
    msg = c.ch([("Hi ", ", your engineer ", " will arrive between 1pm and 3pm. Reply STOP to opt out"),
                ("Hallo ", ", Ihr Techniker ", " kommt heute zwischen 10 und 12 Uhr."),
                ("Bonjour ", ", votre technicien ", " arrivera entre 8h et 10h.")])
    return Rec()(f"{c.ts('log')} INFO  [notify.sms] to=", PH(c.phone(style=c.ch(["e164", "intl"]))), " body=\"", msg[0], N(p.first()), msg[1],
                 N(t.first()), msg[2], f"\" provider=sinch status=queued id={c.hex(12)}")


def fs_completion(c):
    p, t = c.p(), c.p()
    obj = {"workOrder": f"WO-{c.dig(6)}", "status": "Completed", "tech": {"id": c.ri(100, 9999), "login": N(t.acct())},
           "signature": {"signedBy": N(p.full()), "capturedAt": c.ts("iso"), "image": "data:image/png;base64,iVBORw0KGgo..."},
           "notes": Mix("Replaced condensate pump. Customer ", N(p.first()), " satisfied.")}
    return Rec()(f"{c.ts('log')} INFO  sync upload\n").json(obj, indent=2, ascii=c.maybe(0.3))


def fs_sync(c):
    p = c.p()
    return Rec()(f"{c.ts('sp')} mobile-sync OK user=", N(p.acct()), f" device=TAB-{c.dig(4)} ip=", IP(c.ip()),
                 f" items_up={c.ri(0, 40)} items_down={c.ri(0, 200)} app=FieldPro/{c.ri(5, 9)}.{c.ri(0, 9)}")


def fs_reassign(c):
    p, q = c.p(), c.p()
    arrow = c.ch([" -> ", " → ", " => "])
    return Rec()(f"{c.ts('log')} INFO  [optimizer] reassigned WO-{c.dig(6)}: ", N(p.full()), arrow, N(q.full()),
                 f" (skill: {c.ch(['gas-safe', 'HV-authorised', 'F-gas cat 1', 'fibre splicing'])}, travel {c.ri(5, 90)} min)")


def fs_ruby(c):
    p = c.p()
    r = Rec()(f"D, [{c.ts('iso')} #{c.ri(1000, 9999)}] DEBUG -- : loaded #<Technician id: {c.ri(1, 999)}, first_name: ")
    r.rbq(N(p.first()))(", last_name: ").rbq(N(p.last()))(", email: ").rbq(E(p.email()))(", region: ").rbq(c.ch(V.PLACES))
    return r(", active: true>")


def fs_pt(c):
    p, q = c.p(), c.p()
    t = "a cliente Sra." if q.sex == "f" else "o cliente Sr."
    return Rec()(f"{c.ts('sp')} Nota do técnico ", N(p.full()), f": {t} ", N(q.last()), " pediu reagendamento; contacto ",
                 PH(c.phone(c.ch(["BR", "PT"]))), ".")


def fs_portal(c):
    p = c.p()
    r = Rec()(IP(c.ip4()), f" - - [{c.ts('clf')}] \"GET /portal/appointments?wo=WO-{c.dig(6)}&contact=")
    r(N(p.full()), enc=pct)("&email=")(E(p.email()), enc=pct)
    return r(f" HTTP/1.1\" 200 {c.ri(300, 9000)}")


def fs_neg_stats(c):
    return Rec()(f"{c.ts('log')} INFO  [optimizer] run {c.hex(8)} jobs={c.ri(100, 4000)} techs={c.ri(10, 300)} unassigned={c.ri(0, 30)} ",
                 f"sla_risk={c.ri(0, 12)} region={c.ch(V.PLACES)} status={c.ch(['En Route', 'On Site', 'Job Complete'])} host={c.ch(V.HOSTS)}")


def fs_neg_wo(c):
    return Rec().json({"workOrder": f"WO-{c.dig(6)}", "account": c.ch(V.COMPANIES), "asset": c.ch(V.PRODUCTS),
                       "status": c.ch(V.STATUSES), "createdBy": c.ch(V.SERVICE_ACCOUNTS)}, indent=c.ch([None, 2]))


def fs_neg_parts(c):
    return Rec()(f"parts reservation PR-{c.dig(6)} van stock {c.ch(V.PLACES)}-{c.ri(1, 9)}: {c.ri(1, 9)}x {c.ch(['Grundfos UPS2', 'Honeywell V4043', 'Danfoss RA2000'])} ",
                 f"status=\"{c.ch(['Awaiting Parts', 'Picked', 'Ready For Collection'])}\"")


# ====================================================================== 9. Permit to work / isolation / mine access
_AREAS = ["Module C3", "Compressor House 2", "Tank Farm East", "Crusher Level 4", "Wellhead W-12", "Pump Room B"]


def ptw_lifecycle(c):
    p, q = c.p(), c.p()
    return Rec()(f"{c.ts('log')} INFO  [ptw] PTW-{c.ri(2025, 2026)}-{c.dig(5)} {c.ch(['HOT WORK', 'COLD WORK', 'CONFINED SPACE', 'WORK AT HEIGHT'])} ",
                 f"ISSUED -> ACTIVE area=\"{c.ch(_AREAS)}\" issuer=", N(p.full()), " (AA) performing_authority=", N(q.full()))


def ptw_isolation(c):
    p, q = c.p(), c.p()
    a = p.last_initial()
    r = Rec()(f"ISOLATION CERT IC-{c.dig(4)}\nPoint  Device          Lock    Applied by\n")
    for i in range(1, c.ri(2, 4)):
        dev = c.ch(["MCC-4 B12", "V-2301 valve", "P-101A breaker", "HV-07 disconnect"])
        r(f"{i:<7}{dev:<16}L{c.dig(4)}   ", N(a), "\n")
    return r("Verified (test for dead): ", N(q.initial_last().upper()))


def ptw_gas(c):
    p = c.p()
    return Rec().json({"permit": f"PTW-{c.dig(6)}", "gas_test": {"O2": round(c.rng.uniform(20.5, 20.9), 1), "LEL": 0, "H2S": 0,
                       "CO": c.ri(0, 5), "tested_by": N(p.full()), "detector": f"MX4-{c.dig(5)}"}, "valid_until": c.ts("iso", 7200)})


def ptw_cse(c):
    p, q = c.p(), c.p()
    return Rec()(f"{c.ts('hm')} CSE entrant IN  ", N(p.full()), f" badge {c.dig(4)}; attendant: ", N(q.full()), f"; rescue plan RP-{c.ri(1, 40)}\n",
                 f"{c.ts('hm', 3600)} CSE entrant OUT ", N(p.full()))


def ptw_tagboard(c):
    p = c.p()
    return Rec()(f"{c.ts('sp')} TAG-{c.ch(['IN', 'OUT'])} portal={c.ch(['Decline-2', 'Shaft Victoria', 'Portal-3'])} lamp={c.dig(4)} person=",
                 N(p.caps() if c.maybe() else p.last_first().upper()), f" crew={c.ch('ABCD')} shift={c.ch(['Day', 'Night'])}")


def ptw_handover(c):
    p, q = c.p(), c.p()
    return Rec()(f"handover {c.date()}: permits {c.dig(4)}/{c.dig(4)} still open, ", N(p.given.lower()), " to close out tmrw, spoke w/ ",
                 N(q.given.lower()), " re: scaffold tag. no LTIs.")


def ptw_es(c):
    p, q = c.p(), c.p()
    return Rec()(f"{c.ts('sp')} Permiso de trabajo en altura PTA-{c.dig(4)} autorizado por Ing. ", N(p.full()), "; supervisor: ", N(q.full()),
                 f"; área {c.ch(_AREAS)}")


def ptw_muster(c):
    p = c.p()
    return Rec()(f"{c.ts('log')} CRIT  [muster] EMERGENCY MUSTER unaccounted: ", N(p.caps()), f" last tag {c.ch(['Portal-3', 'Decline-2'])} ",
                 "contact ", PH(c.phone()), f" supervisor radio ch {c.ri(1, 16)}")


def ptw_neg_simops(c):
    return Rec()(f"{c.ts('log')} WARN  [ptw] SIMOPS conflict PTW-{c.dig(6)} vs PTW-{c.dig(6)} area=\"{c.ch(_AREAS)}\" ",
                 f"types=[{c.ch(['Hot Work', 'Confined Space'])}, {c.ch(['Lifting', 'Radiography'])}] resolved_by={c.ch(V.SERVICE_ACCOUNTS)}")


def ptw_neg_gas(c):
    return Rec().json({"permit": f"PTW-{c.dig(6)}", "gas_test": {"O2": 20.9, "LEL": c.ri(0, 3), "H2S": 0, "tested_by": "AUTO-GD",
                       "detector": f"{c.ch(['Dräger X-am 5000', 'MX4', 'Ventis Pro5'])}"}, "location": c.ch(["Platform Brent Charlie", "Shaft Victoria", "Kiruna Level 1365"])})


def ptw_neg_status(c):
    return Rec()(f"PTW board {c.date()}: open={c.ri(0, 60)} suspended={c.ri(0, 9)} closed={c.ri(0, 200)}; ",
                 f"isolations live={c.ri(0, 40)}; crews {c.ch(['Crew B', 'Crew Delta'])}; weather hold: {c.ch(['No', 'Lightning', 'High Wind'])}")


# ====================================================================== 10. Toll roads / ETC back office
def toll_read(c):
    p = c.p()
    r = Rec()(f"{c.ts('log')} INFO  [lane NB-{c.ri(1, 20)}] plaza=\"{c.ch(['Plaza 45', 'Mainline East', 'Exit 12'])}\" tag={c.dig(4)}-{c.dig(8)} class={c.ri(1, 5)} ")
    return r(f"acct={c.dig(8)} holder=\"", N(p.last_first()), f"\" balance={c.ri(0, 90)}.{c.ri(10, 99)} low_balance_notify=", E(p.email()))


def toll_violation(c):
    p, q = c.p(), c.p()
    obj = {"violation_id": f"V{c.dig(10)}", "plate": c.plate(), "state": c.ch(["CA", "TX", "FL", "NY"]),
           "registered_owner": {"name": N(p.caps()), "address": f"{c.ri(10, 9999)} {c.ch(['OAK ST', 'HIGH ST', 'MILL LN'])}"},
           "image_review": {"reviewer": N(q.acct()), "ocr_conf": round(c.rng.uniform(0.5, 0.99), 2)}, "amount": c.ri(5, 80)}
    return Rec()("violation.notice.generated ").json(obj, indent=c.ch([None, 2]))


def toll_replenish(c):
    return Rec()(f"{c.ts('sp')} replenish acct={c.dig(8)} card=", CC(c.card()), f" amount={c.ri(10, 50)}.00 result=APPROVED auth={c.dig(6)} ",
                 "channel=autopay")


def toll_portal(c):
    p = c.p()
    return Rec()(IP(c.ip()), " - ", N(p.acct()), f" [{c.ts('clf')}] \"POST /account/login HTTP/1.1\" 302 0 \"https://ezpass.example/\" \"Mozilla/5.0\"")


def toll_dispute(c):
    p, q = c.p(), c.p()
    return Rec()(f"Dispute D-{c.dig(5)} filed by ", N(p.full()), f": vehicle sold on {c.date()} to ", N(q.full()),
                 "; transfer docs attached. Callback ", PH(c.phone("US")))


def toll_it(c):
    p = c.p()
    return Rec()(f"{c.ts('eu')} Addebito pedaggio casello {c.ch(['Milano Est', 'Roma Nord', 'Bologna Borgo Panigale'])} per titolare ",
                 N(p.full()), ", tel. ", PH(c.phone("IT")), f", importo {c.ri(1, 40)},{c.ri(10, 99)} EUR")


def toll_collections(c):
    r = Rec()("ACCT,NAME,PHONE,SSN_LAST4,BALANCE\n")
    for _ in range(c.ri(1, 3)):
        p = c.p()
        r(f"{c.dig(8)},\"", N(p.last_first().upper()), "\",", PH(c.phone("US", "nat")), ",", SS(c.last4()), f",{c.ri(10, 900)}.{c.ri(10, 99)}\n")
    return r(f"# exported by {c.ch(V.SERVICE_ACCOUNTS)}")


def toll_neg_lane(c):
    return Rec()(f"{c.ts('log')} INFO  [lane SB-{c.ri(1, 20)}] {c.ch(V.NAMED_PLACES[3:5])} status={c.ch(['Open', 'Closed', 'Degraded'])} ",
                 f"txn/h={c.ri(100, 3000)} reader={c.ch(['Kapsch TS3306', 'TransCore Encompass 6'])} tag status={c.ch(['Valid', 'Low Balance', 'Invalid'])}")


def toll_neg_rates(c):
    return Rec()(f"RATE TABLE {c.date()} class {c.ri(1, 5)} {c.ch(['Peak', 'Off-Peak', 'Overnight'])} {c.ri(1, 30)}.{c.ri(10, 90)} ",
                 f"route=\"{c.ch(['Lincoln Tunnel', 'George Washington Bridge', 'Dulles Toll Road'])}\" approved_by={c.ch(V.SERVICE_ACCOUNTS)}")


def toll_neg_recon(c):
    return Rec()(f"{c.ts('sp')} IAG reconciliation file {c.ch(['TVL', 'ICLP', 'TRAN'])}_{c.dig(8)}.dat agency={c.ch(['NJTA', 'PANYNJ', 'MTA B&T'])} ",
                 f"records={c.ri(1000, 900000)} rejects={c.ri(0, 90)} status={c.ch(['Accepted', 'Rejected', 'Pending Review'])} host={c.ch(V.HOSTS)}")


# ====================================================================== 11. Parking / enforcement
def pk_lpr(c):
    p = c.p()
    return Rec()(f"{c.ts('iso')} LPR CAM-{c.ch('EX')}{c.ri(1, 6)} entry plate={c.plate().replace(' ', '')} conf=0.{c.ri(80, 99)} permit=P-{c.dig(4)} holder=",
                 N(p.full()) if c.maybe(0.7) else N(p.acct()), f" dept={c.ch(['Radiology', 'Facilities', 'Finance'])}")


def pk_keeper(c):
    p = c.p()
    t = c.ch(["MRS", "MS", "DR"] if p.sex == "f" else ["MR", "MR", "DR"])
    return Rec()(f"PCN WK{c.dig(8)} contravention {c.ri(1, 99):02d} vehicle {c.plate()} CEO {c.dig(4)} at {c.ch(V.PLACES)} St\n",
                 f"Keeper enquiry result: KEEPER NAME: {t} ", N(p.caps()), "\nKEEPER ADDRESS: ", f"{c.ri(1, 200)} HIGH STREET")


def pk_paybyphone(c):
    return Rec()(f"{c.ts('log')} INFO  session start zone={c.dig(4)} msisdn=", PH(c.phone(c.ch(["GB", "IE", "NL", "US"]), "bare")),
                 f" plate={c.plate()} duration={c.ri(15, 240)} card=**** {c.dig(4)}")


def pk_appeal(c):
    p, q = c.p(), c.p()
    obj = {"appeal_ref": f"AP{c.dig(7)}", "appellant": {"first_name": N(p.first()), "last_name": N(p.last()), "email": E(p.email())},
           "statement": Mix("My mother, " if q.sex == "f" else "My father, ", N(q.full()),
                            ", was in hospital and I was collecting " + ("her." if q.sex == "f" else "him."))}
    return Rec().json(obj, indent=c.ch([None, 2]), ascii=c.maybe(0.4))


def pk_helppoint(c):
    p, o = c.p(), c.p()
    return Rec()(f"{c.ts('sp')} HELP-POINT L{c.ri(1, 5)} call answered by ", N(o.acct()), "; caller said name is ", N(p.full()),
                 ", ticket lost, phone ", PH(c.phone(c.ch(["IE", "GB", "AU"]))))


def pk_nl(c):
    p = c.p()
    return Rec()(f"{c.ts('eu')} Parkeervergunning aangevraagd door ", N(p.full()), " (", E(p.email()), f") voor zone {c.ch(['Centrum', 'Oost', 'Zuid'])}-{c.ri(1, 9)}")


def pk_pyrepr(c):
    p = c.p()
    r = Rec()(f"{c.ts('log')} ERROR parking.api Unhandled exception for ParkingSession(plate='{c.plate()}', user=User(username=")
    r.pyq(N(p.acct()))(", full_name=").pyq(N(p.full()))("), ip=").pyq(IP(c.ip()))(")\nTraceback (most recent call last):\n")
    return r("  File \"/srv/parking/api/views.py\", line 88, in extend\n    session.extend(minutes)\nValueError: max stay exceeded")


def pk_neg_occ(c):
    return Rec()(f"{c.ts('sp')} occupancy {c.ch(['Victoria Car Park', 'Florence Street NCP', 'Charlotte Garage'])} level {c.ri(1, 6)}: ",
                 f"{c.ri(0, 400)}/{c.ri(400, 800)} spaces, barrier {c.ch(['Open', 'Closed', 'Fault'])}")


def pk_neg_misread(c):
    return Rec()(f"{c.ts('iso')} LPR misread CAM-E{c.ri(1, 6)} plate=UNKNOWN conf=0.{c.ri(10, 50)} vehicle={c.ch(V.PRODUCTS[:7])} action=manual_review")


def pk_neg_tariff(c):
    return Rec().json({"tariff": c.ch(["Short Stay", "Long Stay", "Evening Flat"]), "zone": c.dig(4), "operator": c.ch(V.COMPANIES),
                       "rates": [{"upto_min": 60, "price": c.ri(1, 5)}, {"upto_min": 240, "price": c.ri(5, 15)}], "msg": c.ch(V.UI_STRINGS[:6])})


# ====================================================================== 12. SCADA / control-room operator journal
_POINTS = ["SUB-NORTH/BKR-52-12", "PS-WEST/CB-3", "WTP-2/PUMP-3.SPEED", "GAS-RS7/PCV-101", "WF-11/WTG-04"]


def sc_ack(c):
    p = c.p()
    return Rec()(f"{c.ts('log')} ALM ACK {c.ch(_POINTS)} \"{c.ch(['Breaker Open', 'Comm Fail', 'Hi Pressure', 'Low Flow'])}\" ack by operator ",
                 N(p.acct()), " (", N(p.full()), f") console OPS-{c.ri(1, 6)} ", IP(c.ip4()))


def sc_switching(c):
    p, q = c.p(), c.p()
    short = p.initial_last()
    r = Rec()(f"SWITCHING PROGRAMME SP-{c.ri(2025, 2026)}-{c.dig(4)}\nIssued to: ", N(p.last_first().upper()), " (Authorised Person)\n")
    for k in range(3, 3 + c.ri(1, 3)):
        r(f"Step {k}  {c.ch(['OPEN ', 'CLOSE', 'EARTH'])} CB {c.ri(10, 99)}-{c.ri(10, 99)}   by: ", N(short), f"   time {c.ts('hm', 300)}\n")
    return r(f"Safety document PTW-{c.dig(5)} cancelled by: ", N(q.caps()))


def sc_gateway(c):
    p = c.p()
    return Rec()(f"INFO   | jvm 1 | {c.ts('sp')} | [GatewaySessionManager] User '", N(p.acct()), f"' authenticated (source={c.ch(['Designer', 'Vision Client', 'Perspective'])}, ",
                 "address=", IP(c.ip()), ")")


def sc_command(c):
    p = c.p()
    obj = {"ts": c.ts("iso"), "user": N(p.acct()), "displayName": N(p.full()), "command": c.ch(["SETPOINT", "OPEN", "CLOSE", "TAG_OUT"]),
           "point": c.ch(_POINTS), "old": c.ri(0, 60), "new": c.ri(0, 90), "workstation": f"HMI-{c.ri(1, 9):02d}", "ip": IP(c.ip())}
    return Rec()("audit ").json(obj, ascii=c.maybe(0.3))


def sc_shiftlog(c):
    p = c.p()
    return Rec()(f"Shift log ({c.ch(['night', 'day'])}) {c.ts('hm')}: called on-call engineer ", N(p.full()), " at ", PH(c.phone()),
                 f" re: RTU-{c.ri(1, 40)} comms loss; {c.ch(['crew dispatched', 'reset remotely', 'monitoring'])}.")


def sc_pi_audit(c):
    p, q = c.p(), c.p()
    dom, qa = c.ch(["GRID", "OPS", "CTRLROOM"]), q.acct()
    return Rec()(f"{c.ts('sp')} PIAudit: identity mapping '{dom}\\", N(p.acct()), f"' -> PIOperators changed by {dom}\\", N(qa),
                 " (principal ", N(qa), f"@{dom}.EXAMPLE.COM)")


def sc_ru(c):
    p = c.p(("ru", "uk", "kk", "bg", "sr") if c.maybe(0.8) else None)
    return Rec()(f"{c.ts('sp')} Оператор ", N(p.full()), f" подтвердил аварийный сигнал на ПС-110 «{c.ch(['Северная', 'Южная', 'Заречная'])}», ",
                 f"выключатель В-{c.ri(1, 12)} отключён.")


def sc_neg_flood(c):
    return Rec()(f"{c.ts('log')} WARN  alarm flood {c.ri(10, 400)} alarms/10min area={c.ch(['Substation Eugene', 'PS Victoria', 'Adelaide North'])} ",
                 f"top={c.ch(_POINTS)} quality={c.ch(['BAD', 'UNCERTAIN', 'Comm Fail'])} shelved_by={c.ch(['AutoReclose', 'SYSTEM', 'historian_svc'])}")


def sc_neg_rtu(c):
    return Rec()(f"{c.ts('sp')} DNP3 master RTU-{c.ri(1, 40)} outstation {c.ri(1, 200)} {c.ch(['integrity poll OK', 'unsolicited response', 'link reset'])} ",
                 f"class1={c.ri(0, 40)} station={c.ch(V.NAMED_PLACES[14:16])} host={c.ch(V.HOSTS)} v{c.ri(1, 9)}.{c.ri(0, 20)}.{c.ri(0, 9)}")


def sc_neg_tag(c):
    return Rec().json({"tag": c.ch(_POINTS), "value": c.ri(0, 999), "quality": c.ch(["Good", "Bad", "Uncertain"]),
                       "note": c.ch(V.STATUSES), "writtenBy": c.ch(["historian_svc", "SYSTEM", "scada_hist"])})


FAMILIES = {
    "mes_quality": ([mes_esig, mes_login, mes_ncr, mes_spc_de, mes_trace, mes_zh, mes_b2mml, mes_capa_mail],
                    [mes_neg_state, mes_neg_spc, mes_neg_genealogy]),
    "field_service_dispatch": ([fs_dispatch, fs_sms, fs_completion, fs_sync, fs_reassign, fs_ruby, fs_pt, fs_portal],
                               [fs_neg_stats, fs_neg_wo, fs_neg_parts]),
    "permit_to_work": ([ptw_lifecycle, ptw_isolation, ptw_gas, ptw_cse, ptw_tagboard, ptw_handover, ptw_es, ptw_muster],
                       [ptw_neg_simops, ptw_neg_gas, ptw_neg_status]),
    "toll_road_etc": ([toll_read, toll_violation, toll_replenish, toll_portal, toll_dispute, toll_it, toll_collections],
                      [toll_neg_lane, toll_neg_rates, toll_neg_recon]),
    "parking_enforcement": ([pk_lpr, pk_keeper, pk_paybyphone, pk_appeal, pk_helppoint, pk_nl, pk_pyrepr],
                            [pk_neg_occ, pk_neg_misread, pk_neg_tariff]),
    "scada_operator_journal": ([sc_ack, sc_switching, sc_gateway, sc_command, sc_shiftlog, sc_pi_audit, sc_ru],
                               [sc_neg_flood, sc_neg_rtu, sc_neg_tag]),
}
