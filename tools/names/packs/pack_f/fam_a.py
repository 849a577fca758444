"""Families 1-6: EV charging, utility billing, fleet telematics, transit fares, freight/customs, aviation MRO."""

from __future__ import annotations

import values as V
from core import CC, IP, PH, SS, E, Mix, N, Rec, Sub, form
from names import fold

# ====================================================================== 1. EV charging (OCPP / OCPI / CSMS)
_VENDORS = [("ABB", "Terra AC"), ("Alfen", "Eve Single Pro"), ("Wallbox", "Pulsar Plus"), ("Kempower", "S-Series"),
            ("Easee", "Charge Lite"), ("Zaptec", "Go 2"), ("Siemens", "VersiCharge")]


def _cp(c):
    return f"{c.ch(['EVB', 'ALF', 'WBX', 'KEM', 'ZAP'])}-{c.dig(6)}"


def _evse(c):
    return f"{c.ch(['NL', 'DE', 'FR', 'BE', 'GB'])}*{c.ch(['EVB', 'TOT', 'ION', 'SHL'])}*E{c.dig(6)}*{c.ri(1, 4)}"


def ev_authorize(c):
    p, r, cp, mid, tag = c.p(), Rec(), _cp(c), f"{c.hex(8)}-{c.hex(4)}", c.HEX(14)
    r(f"{c.ts('log')} INFO  [ocpp16.ws] <- {cp} ").json([2, mid, "Authorize", {"idTag": tag}])
    r(f"\n{c.ts('log')} INFO  [ocpp16.ws] -> {cp} ")
    r.json([3, mid, {"idTagInfo": {"status": "Accepted", "expiryDate": c.ts("iso"), "parentIdTag": f"FLEET-{c.dig(4)}"}}])
    r(f"\n{c.ts('log')} DEBUG [auth.resolver] idTag {tag} -> account ", N(p.acct()), " (", N(p.full()),
      f", contract {c.ch(['NL', 'DE', 'BE'])}-EVB-C{c.dig(8)}-X, fleet={c.ch(V.COMPANIES)})")
    return r


def ev_receipt(c):
    p = c.p()
    drv = {"first_name": N(p.first()), "last_name": N(p.last()), "email": E(p.email())}
    if c.maybe():
        drv["phone"] = PH(c.phone(style=c.ch(["e164", "intl"])))
    obj = {"session_id": c.hex(12), "evse_uid": _evse(c), "start": c.ts("iso"), "kwh": round(c.rng.uniform(3, 70), 3),
           "tariff": c.ch(["AC-STD-22", "DC-HPC-2026", "FLEET-NIGHT"]), "driver": drv,
           "auth_method": c.ch(["AUTH_REQUEST", "WHITELIST", "COMMAND"]), "total_cost": {"excl_vat": round(c.rng.uniform(2, 40), 2)}}
    if c.maybe(0.6):
        return Rec()(f"{c.ts('log')} INFO  receipt.mailer - rendering receipt ").json(obj)
    return Rec()(f"[{c.ts('sp')}] emsp.cdr.export: CDR payload\n").json(obj, indent=2)


def ev_datatransfer(c):
    p, lang = c.p(), c.ch(["en", "de", "fr", "nl", "es"])
    hello = {"en": "Welcome back, ", "de": "Willkommen zurück, ", "fr": "Bon retour, ", "nl": "Welkom terug, ",
             "es": "Bienvenido de nuevo, "}[lang]
    inner = Rec().json({"line1": Mix(hello, N(p.first() if c.maybe() else p.full())), "lang": lang, "ttl": 30})
    r = Rec()(f"{c.ts('iso')} csms[{c.ri(1000, 9999)}]: -> {_cp(c)} ")
    return r.json([2, c.hex(8), "DataTransfer", {"vendorId": "com.chargeco.display", "messageId": "ShowGreeting", "data": Sub(inner)}])


def ev_ticket(c):
    p, q, r = c.p(), c.p(), Rec()
    r(f"Ticket CS-{c.dig(5)} (P{c.ri(2, 4)}) opened via app: driver ", N(p.full()), " (", PH(c.phone()), ") reports ",
      f"EVSE {_evse(c)} stopped at {round(c.rng.uniform(1, 30), 1)} kWh; refund EUR {c.ri(1, 9)}.{c.ri(10, 99)} to card ending {c.dig(4)}. ")
    if c.maybe():
        return r("Assigned to ", N(q.acct()), ".")
    return r("Assigned to ", N(q.acct()), "; cc ", E(q.email()))


def ev_payment_dump(c):
    p, r = c.p(), Rec()
    r(f"{c.ts('log')} DEBUG [PaymentTerminal-{c.ri(1, 8)}] host ", IP(c.ip4()), f":{c.ri(4000, 9000)} authResponse=")
    r("CardData{pan=", CC(c.card("plain")), ", holder=", N(p.slash()), f", expiry={c.ri(1, 12):02d}/{c.ri(27, 31)}, ")
    r(f"aid=A00000000{c.ch(['31010', '41010', '25010'])}, cvm=NO_CVM, result=APPROVED}}")
    return r


def ev_admin_login(c):
    p, r, a = c.p(), Rec(), None
    a = p.acct()
    if c.maybe():
        return r.json({"ts": c.ts("iso"), "event": "portal.login", "user": N(a), "ip": IP(c.ip()), "mfa": "totp",
                       "ua": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/130.0.0.0 Safari/537.36"})
    return r(f"{c.ts('log')} INFO  [LocalListService] SendLocalList version={c.ri(10, 400)} updateType=Differential ",
             f"entries={c.ri(1, 40)} cp={_cp(c)} requestedBy=", N(a), " src=", IP(c.ip4()))


def ev_depot(c):
    p, r = c.p(), Rec()
    r(f"{c.ts('sp')} smartcharge.depot[{c.ch(['AMS-West', 'HAM-Hafen', 'LYS-Nord', 'LHR-Perimeter'])}] vehicle {c.plate()} ")
    r(f"({c.ch(V.PRODUCTS[:7])}) assigned to driver ", N(p.full()), f"; departure {c.ts('hm')} target SoC {c.ri(60, 100)}%")
    return r


def ev_neg_boot(c):
    v, m = c.ch(_VENDORS)
    r = Rec()(f"{c.ts('log')} INFO  {c.ch(V.HOSTS[:2])} [ocpp16.ws] <- {_cp(c)} ")
    if c.maybe():
        return r.json([2, c.hex(8), "BootNotification", {"chargePointVendor": v, "chargePointModel": m,
                                                        "firmwareVersion": f"{c.ri(1, 6)}.{c.ri(0, 20)}.{c.ri(0, 99)}"}])
    return r.json([2, c.hex(8), "Heartbeat", {}])


def ev_neg_status(c):
    r = Rec()(f"{c.ts('iso')} csms: {_cp(c)} connector {c.ri(1, 2)} -> ")
    if c.maybe():
        r.json([2, c.hex(8), "StatusNotification", {"connectorId": c.ri(1, 2), "errorCode": c.ch(["NoError", "GroundFailure", "OverCurrentFailure"]),
                                                    "status": c.ch(["Available", "Preparing", "Charging", "SuspendedEV", "Finishing", "Faulted"]),
                                                    "info": c.ch(V.UI_STRINGS)}])
    else:
        r.json([2, c.hex(8), "MeterValues", {"connectorId": 1, "transactionId": c.ri(1000, 99999), "meterValue": [
            {"timestamp": c.ts("iso"), "sampledValue": [{"value": str(c.ri(100, 99999)), "measurand": "Energy.Active.Import.Register", "unit": "Wh"}]}]}])
    return r


def ev_neg_reject(c):
    return Rec()(f"{c.ts('log')} WARN  [auth.resolver] idTag {c.ch(['FREEVEND', 'PLUGANDCHARGE', 'TEST-TAG-01', c.HEX(14)])} ",
                 f"status={c.ch(['Invalid', 'Blocked', 'Expired', 'ConcurrentTx'])} location='{c.ch(V.PLACES)} {c.ch(['Station P2', 'Park & Ride', 'Depot'])}' ",
                 f"operator={c.ch(V.COMPANIES)} by={c.ch(V.SERVICE_ACCOUNTS)}")


# ====================================================================== 2. Utility billing / CIS / MDM
_STREETS = ["OAK ST", "MAPLE AVE", "RIVERSIDE DR", "INDUSTRIAL PKWY", "HIGH ST", "STATION RD", "MILL LN", "CEDAR CT"]


def ut_movein(c):
    p, q, r = c.p(), c.p(), Rec()
    r(f"{c.ts('log')} INFO  [MoveInService] premise=PR-{c.dig(8)} acct={c.dig(10)} moveIn={c.date()} customer=\"",
      N(p.last_first()), "\" phone=", PH(c.phone("US")), " csr=", N(q.acct()))
    if c.maybe():
        r(" creditCheck=SSN ***-**-", SS(c.last4()), f" score_band={c.ch(['A', 'B', 'C'])} deposit=NONE")
    else:
        r(" creditCheck=SSN ", SS(c.ssn("dash")), f" result={c.ch(['NO_DEPOSIT', 'DEPOSIT_150', 'REVIEW'])}")
    return r


def ut_billprint(c):
    lines = [f"H|BILLPRINT|CYCLE{c.ri(1, 21):02d}|{c.date()}|{c.ri(1000, 9999)} RECORDS\n"]
    r = Rec()(lines[0])
    for _ in range(c.ri(1, 3)):
        p = c.p()
        nm = p.last_first().upper() if c.maybe(0.7) else p.caps()
        acct, addr = c.dig(10), f"{c.ri(10, 9999)} {c.ch(_STREETS)}"
        r(f"01{acct:>12}  ", N(nm), " " * max(1, 34 - len(nm)), f"{addr:<24}{c.ri(20, 600):>7}.{c.ri(10, 99)}  DUE {c.date()}\n")
    return r("T|END")


def ut_disconnect(c):
    p, crew = c.p(), c.p()
    obj = {"orderType": c.ch(["DISCONNECT_NONPAY", "RECONNECT", "FIELD_COLLECT"]), "premise": f"PR-{c.dig(8)}",
           "customer": {"firstName": N(p.first()), "lastName": N(p.last()), "contactPhone": PH(c.phone(c.ch(["US", "GB", "AU"])))},
           "medicalCertificate": c.maybe(0.3), "assignedCrew": {"lead": N(crew.gf()), "truck": f"T-{c.ri(100, 999)}"},
           "meter": {"id": f"M-{c.dig(7)}", "type": c.ch(["AMI", "AMR", "Manual"])}}
    return Rec()(f"{c.ts('iso')} wfm-bridge POST /orders 201\n").json(obj, indent=c.ch([2, 4]))


def ut_ivr(c):
    r = Rec()(f"IVR call {c.hex(10)} ANI=", PH(c.phone("US", c.ch(["e164", "bare"]))), f" acct={c.dig(10)} verify=")
    r("SSN_LAST4 ", SS(c.last4()), " OK " if c.maybe() else " OK; ")
    if c.maybe(0.6):
        r(f"payment ${c.ri(20, 400)}.{c.ri(10, 99)} card=", CC(c.card()), f" auth={c.dig(6)}")
    else:
        p = c.p()
        r("caller stated name ", N(p.gf()), "; transferred to queue BILLING_ES")
    return r


def ut_csr_note(c):
    p, q = c.p(), c.p()
    if c.maybe():
        return Rec()(f"Nota CSR ({c.ts('sp')}, usuario ", N(q.acct()), "): La Sra. " if p.sex == "f" else "): El Sr. ", N(p.last()),
                     " llamó para acordar un plan de pagos de 3 cuotas; teléfono de contacto ", PH(c.phone("ES")), ".")
    return Rec()(f"CSR note {c.date()} by ", N(q.acct()), ": spoke with ", N(p.full()),
                 ", requests paper bill suppression; email on file ", E(p.email()), " verified.")


def ut_greenbutton(c):
    p = c.p()
    return Rec()(f"{c.ts('log')} INFO  [gbc.oauth] grant issued: third_party=\"EnergyWise Analytics LLC\" scope=FB=1_3_4_5_13_14 ",
                 "account_holder=", E(p.email()), " ip=", IP(c.ip()), f" usage_points={c.ri(1, 3)}")


def ut_tenant(c):
    p, q = c.p(), c.p()
    return Rec()(f"{c.ts('sp')} CIS TENANT_CHANGE premise=PR-{c.dig(8)} old=", N(p.slash()), " new=", N(q.slash()),
                 f" effective={c.date()} landlord_agreement=Y")


def ut_multispeak(c):
    p = c.p()
    r = Rec()(f"{c.ts('log')} DEBUG [MultiSpeak CB_Server] GetCustomerByMeterNo response:\n")
    return r.xml(f'<customer objectID="{c.dig(8)}" verb="Change"><lastName>', N(p.last(), ), "</lastName><firstName>",
                 N(p.first()), "</firstName><homePhone>", PH(c.phone("US")), f"</homePhone><billingCycle>{c.ri(1, 21)}</billingCycle></customer>")


def ut_neg_vee(c):
    return Rec()(f"{c.ts('log')} WARN  [VEE] rule={c.ch(['HI-LO', 'SPIKE', 'ZERO-CONSUMPTION', 'GAP'])} failed meter=M-{c.dig(7)} ch={c.ri(1, 4)} ",
                 f"interval={c.ts('iso')} value={c.rng.uniform(0, 9):.3f} kWh estimated=true method={c.ch(['LINEAR', 'HISTORICAL', 'PROFILE'])}")


def ut_neg_batch(c):
    r = Rec()(f"{c.ts('sp')} BILLING cycle {c.ri(1, 21):02d} complete: {c.ri(1000, 90000)} bills, {c.ri(0, 40)} exceptions, ")
    r(f"rate plans [{c.ch(['Time-of-Use Summer', 'Residential Standard', 'EV Night Saver'])}, {c.ch(V.PLACES)} Commercial] run by {c.ch(V.SERVICE_ACCOUNTS)}\n")
    return r(f"01{c.dig(10):>12}  {c.ch(V.COMPANIES).upper():<34}{c.ri(10, 9999)} {c.ch(_STREETS):<19}{c.ri(100, 90000):>8}.00")


def ut_neg_ami(c):
    return Rec()(f"{c.ts('iso')} headend event={c.ch(['Last Gasp', 'Power Restore', 'Tamper Detected', 'Reverse Energy Flow'])} ",
                 f"meter=M-{c.dig(7)} collector=COL-{c.ri(10, 99)} status={c.ch(V.STATUSES)} feeder={c.ch(V.PLACES)}-{c.ri(1, 12)}")


# ====================================================================== 3. Fleet telematics / ELD / driver app
def fl_eld_file(c):
    p, q, r = c.p(), c.p(), Rec()
    up = c.maybe()
    fam = (lambda s: fold(s).upper()) if up else fold
    r("ELD File Header Segment:\n", N(fam(p.family)), ",", N(fam(p.given)), ",", N(p.acct()), f",{c.ch(['TX', 'OH', 'CA', 'ON'])},D{c.dig(8)},{c.HEX(2)}\n")
    r(N(fam(q.family)), ",", N(fam(q.given)), ",", N(q.acct()), f",{c.HEX(2)}\n")
    r(f"UNIT-{c.ri(100, 999)},1FUJGLDR{c.dig(9)},{c.HEX(2)}\nUser List:\n")
    r("1,D,", N(fam(p.family)), ",", N(fam(p.given)), f",{c.HEX(2)}\n2,D,", N(fam(q.family)), ",", N(fam(q.given)), f",{c.HEX(2)}")
    return r


def fl_app_login(c):
    p = c.p()
    return Rec().json({"ts": c.ts("iso"), "level": "info", "msg": "driver login", "driver_id": c.ri(1000, 99999),
                       "username": N(p.acct()), "display_name": N(p.full()), "vehicle": f"TRK-{c.ri(100, 999)}",
                       "app": f"DriverHub/{c.ri(3, 6)}.{c.ri(0, 20)}.{c.ri(0, 9)}", "ip": IP(c.ip())})


def fl_dvir(c):
    p, q = c.p(), c.p()
    r = Rec()(f"DVIR #{c.dig(5)} unit {c.ri(100, 9999)} {c.ch(['Pre-trip', 'Post-trip'])} by ", N(p.full()), f" @ {c.ts('sp')}\n")
    r(f"  defects: {c.ch(['Lights - left marker out', 'Tires - tread < 4/32', 'Brakes - air leak at trailer glad hand'])}\n")
    return r("  mechanic signature: ", N(q.initial_last()), f" (repaired {c.date()}); driver review: ", N(p.acct()), " OK")


def fl_harsh(c):
    p, q = c.p(), c.p()
    return Rec()(f"{c.ts('log')} ALERT {c.ch(['HarshBraking', 'Speeding', 'HarshCornering'])} unit=VAN-{c.ri(10, 99)} driver=\"",
                 N(p.last_first()), f"\" speed={c.ri(40, 130)} km/h; notified dispatcher ", E(q.email()))


def fl_exception(c):
    p = c.p()
    r = Rec()(f"{c.ts('log')} ERROR [hos-engine-{c.ri(1, 9)}] c.f.hos.RuleEvaluator - evaluation failed\n")
    r("com.fleet.hos.ViolationException: 11-hour driving limit exceeded for Driver{id=", str(c.ri(100, 9999)),
      ", firstName='", N(p.given), "', lastName='", N(p.family), "', username='", N(p.acct()), "', cycle=USA_70_8}\n")
    return r("\tat com.fleet.hos.RuleEvaluator.check(RuleEvaluator.java:214)\n\tat com.fleet.hos.DutyStatusService.onEvent(DutyStatusService.java:88)\n"
             "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)")


def fl_mvr(c):
    p = c.p()
    return Rec()(f"{c.ts('sp')} dq-file MVR request submitted driver=", N(p.gf()), f" dob=19{c.ri(60, 99)}-{c.ri(1, 12):02d}-{c.ri(1, 28):02d} ",
                 "ssn=", SS(c.ssn()), f" state={c.ch(['OH', 'TX', 'GA', 'IL'])} vendor=HireRight status=QUEUED")


def fl_fahrer(c):
    p, q = c.p(), c.p()
    return Rec()(f"{c.ts('eu')} Fahrerwechsel Fahrzeug {c.plate()}: Fahrer ", N(p.full()), " abgemeldet, ",
                 "Fahrerin " if q.sex == "f" else "Fahrer ", N(q.full()), f" angemeldet (Fahrerkarte DF{c.dig(14)}); Lenkzeit Rest {c.ri(1, 9)}h{c.ri(10, 59)}")


def fl_ddd(c):
    p = c.p()
    return Rec()(f"{c.ts('sp')} tacho-dl DDD download OK card=D{c.HEX(3)}{c.dig(10)} holder=\"", N(p.caps()),
                 f"\" activities={c.ri(100, 900)} file=C_{c.date().replace('-', '')}_{c.hex(6)}.DDD")


def fl_neg_gps(c):
    return Rec().json({"ts": c.ts("iso"), "unit": f"TRK-{c.ri(100, 999)}", "lat": round(c.rng.uniform(-40, 60), 5),
                       "lon": round(c.rng.uniform(-120, 140), 5), "spd": c.ri(0, 110), "ign": c.maybe(),
                       "odo_km": c.ri(1000, 900000), "driver": c.ch(["UNIDENTIFIED", "UNASSIGNED", None])})


def fl_neg_dtc(c):
    return Rec()(f"{c.ts('log')} WARN  [j1939] unit=TRK-{c.ri(100, 999)} ({c.ch(V.PRODUCTS[:7])}) DTC SPN {c.ri(90, 5000)} FMI {c.ri(0, 31)} ",
                 f"\"{c.ch(['Engine Coolant Temperature', 'Aftertreatment DEF Tank Level', 'Battery Potential'])}\" occurrences={c.ri(1, 20)} ",
                 f"depot={c.ch(V.PLACES)} owner={c.ch(V.COMPANIES)}")


def fl_neg_unassigned(c):
    return Rec()(f"ELD unassigned driving: unit {c.ri(100, 9999)} {c.ri(1, 200)} mi between {c.ts('sp')} and {c.ts('hm')}; ",
                 f"status={c.ch(['Pending Review', 'Accepted', 'Rejected'])} reviewer={c.ch(V.SERVICE_ACCOUNTS)}")


# ====================================================================== 4. Transit / rail fare collection
_LINES = ["Elizabeth line", "Victoria line", "Jubilee line", "Linie U6", "RER B", "Línea 3", "Route 42", "S-Bahn S8"]


def tr_tap(c):
    p = c.p()
    obj = {"event": "tap", "validator": f"BUS-{c.ri(1000, 9999)}-V{c.ri(1, 3)}", "line": c.ch(_LINES), "token_type": "EMV",
           "par": f"V0010013{c.dig(21)}", "account": {"id": f"ABT-{c.dig(9)}", "holder": N(p.full()), "email": E(p.email())},
           "fare": {"product": c.ch(["PAYG", "Daily cap", "Weekly cap"]), "amount_minor": c.ri(150, 900)}}
    return Rec()(f"{c.ts('iso')} abt-core ").json(obj, ascii=c.maybe(0.3))


def tr_concession(c):
    p, q = c.p(), c.p()
    return Rec()(f"{c.ts('log')} INFO  [ConcessionService] application CN-{c.dig(7)} approved: applicant=", N(p.last_first()),
                 f"; category={c.ch(['SENIOR', 'STUDENT', 'DISABILITY', 'VETERAN'])}; photo id verified by agent ", N(q.acct()))


def tr_ebe(c):
    p, q = c.p(), c.p()
    t = "Frau" if p.sex == "f" else "Herr"
    return Rec()(f"EBE-Bescheid {c.ri(2025, 2026)}-{c.dig(6)}: Fahrgast {t} ", N(p.full()), f", angetroffen in {c.ch(_LINES)} ohne gültigen ",
                 "Fahrschein; Kontrolleur ", N(q.last_initial(False)), f" (Dienst-Nr. {c.dig(4)}); Zahlungsfrist 14 Tage.")


def tr_refund(c):
    p = c.p()
    r = Rec()(IP(c.ip()), f" - - [{c.ts('clf')}] \"GET /api/v2/refunds?ticket=T{c.dig(10)}&name=")
    r(N(p.gf()), enc=form)("&email=")(E(p.email()), enc=form)
    return r(f"&reason=delay HTTP/1.1\" 200 {c.ri(200, 9000)} \"-\" \"Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)\"")


def tr_railcard(c):
    r = Rec()(f"HDR RAILCARD EXPORT {c.date()}\n")
    for _ in range(c.ri(1, 3)):
        p = c.p()
        title = c.ch(["MRS", "MS", "DR", "MX"] if p.sex == "f" else ["MR", "MR", "DR", "MX"])
        r(f"RC {c.dig(7)} ", N(p.slash()), f" {title}", " " * max(1, 30 - len(p.slash())),
          f"{c.ch(['16-25', 'SENIOR', 'TWO TOGETHER', 'DISABLED'])} EXP {c.date()}\n")
    return r("TRL")


def tr_mail(c):
    p, q = c.p(), c.p()
    r = Rec()("From: \"", N(p.last_first()), "\" <", E(p.email()), ">\nTo: ", E("refunds@transit.example"), "\n")
    return r(f"Subject: Delay repay claim DR-{c.dig(6)}\n\nDear team, my travel companion ", N(q.first()), " and I were delayed ",
             f"{c.ri(15, 120)} minutes on the {c.ts('hm')} service. Regards, ", N(p.first()))


def tr_denylist(c):
    q = c.p()
    return Rec()(f"{c.ts('log')} INFO  [DenyListService] add pan=", CC(c.card("plain")), f" reason={c.ch(['DEBT_RECOVERY', 'CHARGEBACK'])} ",
                 "requested_by=", N(q.acct()), f" version={c.date().replace('-', '')}.{c.ri(1, 9)}")


def tr_ic_lost(c):
    p = c.p(("ja",) if c.maybe(0.7) else None)
    return Rec()(f"{c.ts('sp')} 紛失届受付: 氏名=", N(p.full()), " 電話=", PH(c.phone("JP", "nat")), f" カード番号 JE{c.dig(2)} {c.dig(4)} {c.dig(4)} {c.dig(4)} 再発行手数料 520円")


def tr_neg_validator(c):
    return Rec()(f"{c.ts('iso')} VAL-{c.ri(1000, 9999)} status=OK fw={c.ri(3, 5)}.{c.ri(0, 9)}.{c.ri(0, 30)} denylist={c.date().replace('-', '')}.{c.ri(1, 9)} ",
                 f"taps={c.ri(0, 4000)} line=\"{c.ch(_LINES)}\" stop=\"{c.ch(V.NAMED_PLACES)}\" host={c.ch(V.HOSTS)}")


def tr_neg_reject(c):
    return Rec()(f"{c.ts('log')} WARN  tap rejected reason={c.ch(['CARD_BLOCKED', 'INSUFFICIENT_FUNDS', 'TOO_QUICK', 'UNSUPPORTED_CARD'])} ",
                 f"token=tok_{c.hex(16)} station={c.ch(V.NAMED_PLACES)} msg=\"{c.ch(['Card Declined', 'Please Try Again', 'Seek Assistance'])}\"")


def tr_neg_fares(c):
    return Rec()(f"FARE TABLE {c.date()} Zone 1-{c.ri(2, 6)} Peak {c.ri(1, 5)}.{c.ri(10, 90)} Off-peak {c.ri(1, 4)}.{c.ri(10, 90)} ",
                 f"cap Daily {c.ri(5, 15)}.{c.ri(10, 90)}; via {c.ch(V.NAMED_PLACES)}; published by {c.ch(V.SERVICE_ACCOUNTS)}")


# ====================================================================== 5. Freight forwarding / customs
def _cntr(c):
    return f"{c.ch(['MSKU', 'MSCU', 'CMAU', 'HLXU', 'TGHU'])}{c.dig(7)}"


def fr_booking(c):
    p, q = c.p(), c.p()
    obj = {"booking": f"BKG{c.dig(8)}", "vessel": c.ch(V.VESSELS), "voyage": f"{c.ri(100, 999)}{c.ch('EWNS')}",
           "pol": c.ch(["CNSHA", "SGSIN", "NLRTM", "DEHAM"]), "pod": c.ch(["USLAX", "GBFXT", "BEANR", "AEJEA"]),
           "shipper": {"company": c.ch(V.COMPANIES), "contact": {"name": N(p.full()), "email": E(p.email()), "phone": PH(c.phone())}},
           "consignee": {"company": "TO ORDER"}, "notify": {"contact": N(q.gf())}, "containers": [_cntr(c)]}
    return Rec()(f"{c.ts('log')} INFO  booking-svc confirmation sent\n").json(obj, indent=2)


def fr_ace(c):
    p = c.p()
    return Rec()(f"{c.ts('sp')} ACE entry {c.ri(100, 999)}-{c.dig(7)}-{c.ri(0, 9)} filed type=01 IOR=individual IOR# ",
                 SS(c.ssn("dash")), " consignee=\"", N(p.last_first()), f"\" HTS {c.ri(1000, 9999)}.{c.ri(10, 99)}.{c.dig(4)} bond=continuous")


def fr_bol(c):
    p = c.p()
    return Rec()(f"B/L NO: {c.HEX(4)}{c.dig(8)}\nSHIPPER: {c.ch(V.COMPANIES).upper()}\nCONSIGNEE: TO ORDER OF {c.ch(['HSBC', 'STANDARD CHARTERED', 'BNP PARIBAS'])}\n",
                 "NOTIFY PARTY: ", N(p.caps()), "\n              TEL ", PH(c.phone(style="intl")), f"\nVESSEL/VOY: {c.ch(V.VESSELS)} {c.ri(100, 999)}W")


def fr_ens(c):
    p = c.p()
    return Rec()(f"{c.ts('log')} ERROR [ics2.sharedtrader] ENS {c.ri(24, 26)}DE{c.HEX(12)} rejected E1023 ",
                 "\"Consignee name missing for house consignment\" submitted by ", c.ch(["FWD", "HAM-OPS", "CUSTOMS"]), "\\", N(p.acct()))


def fr_vgm(c):
    p = c.p()
    return Rec()(f"{c.ts('sp')} VGM accepted container {_cntr(c)} gross={c.ri(5000, 30000)} kg method={c.ri(1, 2)} signatory=\"",
                 N(p.caps()), f"\" authorised={c.ch(['Y', 'N'])} terminal={c.ch(['Euromax', 'CTA', 'Jebel Ali T3'])}")


def fr_hold_fr(c):
    p = c.p()
    return Rec()(f"Retenue douanière {c.date()}: le destinataire M. ", N(p.full()), f" doit fournir la facture commerciale (dossier D{c.dig(6)}); ",
                 "contact : ", E(p.email()))


def fr_release(c):
    p = c.p()
    return Rec()(f"{c.ts('log')} INFO  [release] PIN {c.dig(6)} issued for {_cntr(c)} to trucker: driver ", N(p.full()),
                 " (", PH(c.phone()), f") haulier={c.ch(V.HAULIERS)} slot {c.ts('hm')}")


def fr_pyrepr(c):
    p = c.p()
    r = Rec()("DEBUG si_parser: party={'role': 'NOTIFY', 'name': ")
    r.pyq(N(p.full()))(", 'phone': ").pyq(PH(c.phone()))(f", 'country': '{c.ch(['LK', 'IN', 'DE', 'NG', 'BR'])}'}}")
    return r


def fr_neg_sched(c):
    return Rec()(f"{c.ts('sp')} schedule {c.ch(V.VESSELS)} voy {c.ri(100, 999)}W ETA {c.ch(['NLRTM', 'DEHAM', 'SGSIN'])} {c.date()} ",
                 f"berth {c.ch(['Euromax', 'CTA', 'Pasir Panjang 4'])} status={c.ch(['On Time', 'Delayed', 'Omitted'])}")


def fr_neg_event(c):
    return Rec()(f"{c.ts('iso')} event {_cntr(c)} {c.ch(['Gate In', 'Loaded', 'Discharged', 'Customs Released', 'Empty Return'])} ",
                 f"at {c.ch(V.PLACES)} yard by {c.ch(V.COMPANIES)}; seal {c.HEX(2)}{c.dig(7)}")


def fr_neg_hs(c):
    return Rec()(f"HS lookup '{c.ch(['lithium-ion batteries', 'gear pumps', 'coffee, not roasted'])}' -> {c.ri(1000, 9999)}.{c.ri(10, 99)} ",
                 f"duty {c.ri(0, 12)}.{c.ri(0, 9)}% forwarder={c.ch(V.COMPANIES)} user={c.ch(V.SERVICE_ACCOUNTS)}")


# ====================================================================== 6. Aviation MRO
def _wo(c):
    return f"WO {c.dig(7)}"


def mro_taskcard(c):
    p, q = c.p(), c.p()
    return Rec()(f"{c.ts('log')} INFO  [TaskCardService] {_wo(c)} TC {c.ri(21, 80)}-{c.ri(10, 99)}-{c.ri(10, 99)}-210-801 step {c.ri(1, 12)} ",
                 "signed mechanic=", N(p.acct()), " (", N(p.full()), ") RII stamp ", str(c.ri(1000, 9999)), " by ", N(q.acct()))


def mro_techlog(c):
    p = c.p()
    nm = p.last_first().upper() if c.maybe() else p.initial_last().upper()
    return Rec()(f"TECH LOG G-{c.HEX(4).translate(str.maketrans('0123456789', 'ABCDEFGHJK'))}  Page {c.dig(6)}  Sector {c.ch(['LHR', 'DUB', 'AMS'])}-{c.ch(['CDG', 'FRA', 'BCN'])}\n",
                 f"Defect: {c.ch(['No.2 ENG bleed fault light illuminated', 'PACK 1 OVHT caution', 'Fwd cargo door seal damaged'])}\n",
                 "Action: Replaced PRSOV IAW AMM 36-11-42. Ops check satisfactory.\nCRS issued by: ", N(nm),
                 f"   Licence: UK.66.{c.dig(6)}B1   Date: {c.date()}")


def mro_amos(c):
    p, q = c.p(), c.p()
    return Rec()(f"AMOS audit | {c.ts('sp')} | user=", N(q.acct("lastf").upper()), " | table=WORKORDER | action=UPDATE | field=RELEASED_BY | old='' | new='",
                 N(p.roman()), "'")


def mro_robbery(c):
    p = c.p()
    return Rec()(f"Robbery request RB-{c.dig(4)} P/N {c.ri(100, 999)}-{c.dig(5)} from {c.ch(['EI-', 'G-', 'D-'])}{c.HEX(4)} approved by Maintenance Controller ",
                 N(p.full()), " (phone ", PH(c.phone()), ")")


def mro_training(c):
    p = c.p()
    obj = {"employee": {"name": N(p.full()), "stamp": f"B1-{c.dig(4)}", "email": E(p.email())},
           "authorisations": [c.ch(["A320 B1", "B737 B2", "ATR72 B1"]), c.ch(["CFM56", "PW127", "LEAP-1A"])],
           "expires": c.date(), "issuedBy": c.ch(["quality.dept", "CAMO"])}
    return Rec()("authorisation.updated ").json(obj, indent=2 if c.maybe() else None)


def mro_es(c):
    p, q = c.p(), c.p()
    return Rec()(f"{c.ts('sp')} Orden de trabajo {c.dig(7)} cerrada por el técnico ", N(p.full()), "; inspección RII por ",
                 N(q.full()), f"; componente S/N {c.HEX(2)}{c.dig(6)} instalado.")


def mro_handover(c):
    p, q = c.p(), c.p()
    return Rec()(f"shift handover {c.ts('hm')}: borescope on eng 2 still open, ", N(p.given.lower()), " to finish tmrw, ",
                 "spoke w/ ", N(q.acct("first.last", False)), " re: NLG tyre change, parts ETA 0600.")


def mro_neg_ad(c):
    return Rec()(f"AD {c.ri(2024, 2026)}-{c.ri(1, 24):02d}-{c.ri(1, 20):02d} compliance due {c.date()} on {c.ch(V.PRODUCTS[13:16])} ",
                 f"MSN {c.dig(4)}; SB {c.ri(21, 80)}-{c.dig(4)} Rev {c.ri(1, 5)}; status {c.ch(['Open', 'Deferred', 'Complied'])}")


def mro_neg_mel(c):
    return Rec()(f"{c.ts('log')} INFO  [Deferral] MEL {c.ri(21, 80)}-{c.ri(10, 99)}-{c.ri(1, 9):02d} Cat {c.ch('ABCD')} raised at {c.ch(V.NAMED_PLACES[9:12])} ",
                 f"by {c.ch(V.SERVICE_ACCOUNTS)}; engine {c.ch(['Rolls-Royce Trent 1000', 'Pratt & Whitney PW1100G', 'CFM LEAP-1A'])}")


def mro_neg_component(c):
    return Rec()(f"Component change {_wo(c)}: OFF P/N {c.ri(100, 999)}-{c.dig(5)} S/N {c.HEX(2)}{c.dig(6)} ON P/N {c.ri(100, 999)}-{c.dig(5)} ",
                 f"vendor {c.ch(V.COMPANIES)} reason \"{c.ch(['Return To Service', 'Scheduled Removal', 'Found Defective'])}\"")


FAMILIES = {
    "ev_charging_ocpp": ([ev_authorize, ev_receipt, ev_datatransfer, ev_ticket, ev_payment_dump, ev_admin_login, ev_depot],
                         [ev_neg_boot, ev_neg_status, ev_neg_reject]),
    "utility_billing_mdm": ([ut_movein, ut_billprint, ut_disconnect, ut_ivr, ut_csr_note, ut_greenbutton, ut_tenant, ut_multispeak],
                            [ut_neg_vee, ut_neg_batch, ut_neg_ami]),
    "fleet_telematics_eld": ([fl_eld_file, fl_app_login, fl_dvir, fl_harsh, fl_exception, fl_mvr, fl_fahrer, fl_ddd],
                             [fl_neg_gps, fl_neg_dtc, fl_neg_unassigned]),
    "transit_fare_collection": ([tr_tap, tr_concession, tr_ebe, tr_refund, tr_railcard, tr_mail, tr_denylist, tr_ic_lost],
                                [tr_neg_validator, tr_neg_reject, tr_neg_fares]),
    "freight_customs": ([fr_booking, fr_ace, fr_bol, fr_ens, fr_vgm, fr_hold_fr, fr_release, fr_pyrepr],
                        [fr_neg_sched, fr_neg_event, fr_neg_hs]),
    "aviation_mro": ([mro_taskcard, mro_techlog, mro_amos, mro_robbery, mro_training, mro_es, mro_handover],
                     [mro_neg_ad, mro_neg_mel, mro_neg_component]),
}
