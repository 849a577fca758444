"""Families 7-12 of pack_v: badge readers, credential enrolment, visitor ID kiosks, lift destination dispatch,
turnstiles and the security operations centre, key cabinets and valet. Each template takes (r: Rec, c: Ctx)."""

from __future__ import annotations

import re

from core import (
    CARS,
    COMPANIES,
    JS,
    PLACES,
    PRODUCTS,
    SERVICE_ACCTS,
    STATUS,
    UI,
    UI_EN,
    C,
    E,
    I,
    J,
    N,
    P,
    S,
    jstr,
    pyq,
    xml,
)
from names import fold


def _door(c):
    return c.pick(["Lobby Turnstile 3 In", "Level 4 East Door", "Data Hall B", "Loading Dock Roller", "Car Park Lift Lobby",
                   "Stair 2 Re-entry", "Mailroom", "Server Cage 12"])


# ================================================================ 7. badge_reader_events

def bre_p_monitor(r, c):
    p = c.person(native_ok=False)
    name = c.pick([p.lf, p.LF, p.gf])
    ev = c.pick(["Access Granted", "Access Granted", "Access Denied - Expired", "Access Denied - Wrong Time"])
    r.t(f"{c.ts('us')}  {ev:<28}{_door(c):<26}Badge {c.digits(6)}   ").v(name, "NAME")
    r.t(" " * max(2, 28 - len(name)) + f"Panel MAIN-{c.rng.randint(1, 9):02d}")


def bre_p_wiegand(r, c):
    p = c.person(native_ok=False)
    r.f(f"{c.ts('sp')} DEBUG wiegand[rdr {c.rng.randint(1, 32)}] bits=26 raw=0x{c.hexid(7).upper()} fc={c.rng.randint(1, 255)} "
        f"card={c.rng.randint(1, 65535)} -> cardholder \"¤\" (emp {c.digits(6)}) result={c.pick(['GRANTED', 'DENIED_APB', 'GRANTED'])}",
        N(c.pick([p.GF, p.gf, p.lf])))


def bre_p_syslog_json(r, c):
    p = c.person()
    obj = {"door": f"D-{c.rng.randint(100, 999)}", "dir": c.pick(["in", "out"]),
           "cred": {"type": c.pick(["osdp-secure", "wiegand26", "mobile-ble"]), "id": int(c.digits(6))},
           "holder": {"first": N(p.g), "last": N(p.f)}, "panel_ip": I(c.ip(0.3)), "result": "granted"}
    r.f(f"<30>1 {c.ts('iso')} ctrl-bldg{c.rng.randint(1, 9)} acsd {c.rng.randint(100, 9999)} ACCESS - ¤",
        J(obj, compact=True, ascii_=c.rng.random() < 0.4))


def bre_p_journal_xml(r, c):
    p = c.person(native_ok=False)
    op = c.person(native_ok=False)
    st = r.mark()
    r.f(f"<JournalEntry id=\"{c.digits(9)}\">\n  <MessageType>{c.pick(['CardAdmitted', 'CardRejected'])}</MessageType>\n"
        "  <PrimaryObjectName>¤</PrimaryObjectName>\n"
        f"  <SecondaryObjectName>{xml(_door(c))}</SecondaryObjectName>\n  <MessageUTC>{c.ts('iso')}</MessageUTC>\n"
        "  <Operator>¤</Operator>\n</JournalEntry>",
        N(xml(c.pick([p.lf, p.LF]))), N(op.acct()))
    r.check_xml(st)


def bre_p_rest(r, c):
    p = c.person()
    obj = {"href": f"https://pacs.corp.example/api/events/{c.digits(8)}", "type": {"name": "Card event"},
           "time": c.ts("iso"), "source": {"name": _door(c)}, "cardholder": {"name": N(p.full)},
           "message": c.pick(["Access granted", "Access denied: card expired", "Access denied: not in zone"])}
    if c.rng.random() < 0.5:
        op = c.person(native_ok=False)
        obj["operator"] = {"name": N(op.full)}
    r.f(f"{c.ts('iso')} event-poller received:\n¤", J(obj, indent=2))


def bre_p_notify(r, c):
    p = c.person(native_ok=False)
    m = c.person(native_ok=False)
    r.f(f"{c.ts('sp')} notify: mail to ¤ (manager ¤): cardholder ¤ denied at \"{_door(c)}\" — badge expired "
        f"{c.ts('date')}", E(c.email(m)), N(m.gf), N(c.pick([p.gf, p.lf])))


def bre_p_dutch(r, c):
    p = c.person(native_ok=False, trad=c.pick(["nl", "nl", "nl_be", "de", "maghreb"]))
    lang = c.pick(["nl", "de"])
    if lang == "nl":
        r.f(f"{c.ts('eu')} Toegang geweigerd voor ¤ bij deur \"{_door(c)}\" (pas verlopen), melding door ¤",
            N(p.gf), N(c.person(native_ok=False).acct()))
    else:
        r.f(f"{c.ts('eu')} Zutritt verweigert: ¤, Leser \"{_door(c)}\", Grund: Ausweis gesperrt (Bearbeiter ¤)",
            N(p.lf), N(c.person(native_ok=False).acct()))


def bre_n_alarm(r, c):
    r.t(f"{c.ts('us')}  {c.pick(['Door Forced Open', 'Door Held Open', 'Request To Exit', 'Reader Tamper']):<28}"
        f"{_door(c):<26}Panel MAIN-{c.rng.randint(1, 9):02d}  Priority {c.rng.randint(1, 5)}")


def bre_n_comm(r, c):
    r.t(f"<27>1 {c.ts('iso')} ctrl-bldg{c.rng.randint(1, 9)} acsd {c.rng.randint(100, 9999)} PANEL - "
        f"{c.pick(['Comm Lost', 'Comm Restored', 'AC Power Fail', 'Battery Low'])} panel=MAIN-{c.rng.randint(1, 9):02d} "
        f"fw=2.{c.rng.randint(0, 9)}.{c.rng.randint(0, 30)} host=pacs-ctrl-{c.hexid(4)}.corp.example")


def bre_n_placeholder(r, c):
    name = c.pick(["Visitor Pass 12", "Contractor Temp 7", "Cleaning Crew", "Fire Warden Card", "Test Card 0001",
                   "Spare Badge", "Guest", "Delivery Driver"])
    obj = {"href": f"https://pacs.corp.example/api/events/{c.digits(8)}", "type": {"name": "Card event"},
           "time": c.ts("iso"), "source": {"name": _door(c)}, "cardholder": {"name": name},
           "message": c.pick(["Access granted", "Access denied: card expired"])}
    r.f(f"{c.ts('iso')} event-poller received:\n¤", J(obj, indent=2))


def bre_n_dutch(r, c):
    r.t(f"{c.ts('eu')} {c.pick(['Deur geforceerd', 'Tür zu lange offen', 'Lezer offline', 'Leser gestört'])}: "
        f"\"{_door(c)}\" (melding door {c.pick(SERVICE_ACCTS)}) — \"{c.pick(UI)}\"")


# ================================================================ 8. credential_enrolment

def ce_p_csv(r, c):
    r.t("employee_id,last_name,first_name,preferred_name,manager,department,status\n")
    for _ in range(c.rng.randint(1, 3)):
        p = c.person()
        m = c.person(native_ok=False)
        r.t(f"{c.digits(6)},").v(p.f, "NAME").t(",").v(p.g, "NAME").t(",")
        if c.rng.random() < 0.3:
            r.v(p.g.split()[0].split("-")[0], "NAME")
        r.t(",\"").v(m.lf, "NAME").t(f"\",{c.pick(['Facilities', 'Finance', 'R&D', 'Security'])},"
                                      f"{c.pick(['ACTIVE', 'LOA', 'ACTIVE', 'TERMINATED'])}\n")


def ce_p_mobile(r, c):
    p = c.person(native_ok=False)
    dev = c.pick(["s-iPhone", "s-Pixel-8", "s-Galaxy"])
    r.f(f"{c.ts('iso')} INFO mobile-credential invitation {c.hexid(8)} sent to ¤ for ¤ (device ¤{dev}, "
        f"{c.pick(['iOS 17.5', 'Android 14'])})", E(c.email(p)), N(p.full), N(p.rg.split()[0]))


def ce_p_photo(r, c):
    p = c.person(native_ok=False)
    fam = re.sub(r"[^A-Za-z]", "", fold(p.rf))
    giv = re.sub(r"[^A-Za-z]", "", fold(p.rg))
    tag = c.pick([f"{fam.upper()}_{giv}", f"{giv}_{fam}", f"{fam}_{giv}"])
    r.f(f"{c.ts('sp')} BadgeStudio: photo saved C:\\BadgePhotos\\2026\\¤_{c.digits(6)}.jpg ({c.rng.randint(30, 90)} KB), "
        "template=Employee_2026, operator=¤", N(tag), N(c.person(native_ok=False).acct()))


def ce_p_approval(r, c):
    a, b, d = c.person(native_ok=False), c.person(native_ok=False), c.person(native_ok=False)
    arrow = c.pick(["->", "→", "=>"])
    r.f(f"{c.ts('sp')} workflow BR-{c.digits(5)} level=\"{c.pick(['Data Centre', 'Lab 3', 'Roof Access', 'Cash Office'])}\" "
        f"for=¤ requested_by=¤ {arrow} approved_by=\"¤\" {arrow} provisioned_by=¤",
        N(a.acct()), N(b.acct()), N(c.pick([d.lf, d.gf])), N(c.person(native_ok=False).acct()))


def ce_p_repr(r, c):
    p = c.person()
    r.t(f"{c.ts('sp')} DEBUG enrol.py:88 saving ")
    r.t("Cardholder(first_name=").add(pyq(N(p.g))).t(", last_name=").add(pyq(N(p.f))).t(", email=")
    r.add(pyq(E(c.email(p)))).t(f", badge={c.rng.randint(1000, 99999)}")
    if c.rng.random() < 0.5:
        r.t(", ssn_last4=").add(pyq(S(c.ssn4())))
    r.t(")")


def ce_p_termination(r, c):
    p = c.person()
    m = c.person(native_ok=False)
    r.f(f"{c.ts('iso')} hr-feed event=TERMINATION emp={c.digits(6)} name=\"¤\" -> badge {c.rng.randint(1000, 99999)} "
        "disabled; manager=¤ <¤>", N(jstr(p.full)), N(m.gf), E(c.email(m)))


def ce_p_cjk(r, c):
    if c.rng.random() < 0.5:
        p = c.person(trad="ko")
        r.f(f"{c.ts('sp')} 사원증 발급 완료: ¤ (사번 {c.digits(6)}), 발급자 ¤", N(p.full), N(c.person(native_ok=False).acct()))
    else:
        p = c.person(trad="ja")
        r.f(f"{c.ts('sp')} 社員証を発行しました: ¤ さん (社員番号 {c.digits(6)})、担当 ¤", N(p.full),
            N(c.person(native_ok=False).acct()))


def ce_p_piv(r, c):
    p = c.person(native_ok=False)
    reg = c.person(native_ok=False)
    r.f(f"{c.ts('sp')} PIV enrollment: applicant=\"¤\" ssn=¤ fingerprints=10 photo=ok registrar=¤ station=ENR-{c.rng.randint(1, 9)}",
        N(p.LF), S(c.ssn()), N(reg.acct()))


def ce_n_csv(r, c):
    r.t("employee_id,last_name,first_name,preferred_name,manager,department,status\n")
    for _ in range(c.rng.randint(1, 3)):
        r.t(f"{c.digits(6)},{c.pick(['Room', 'Temp', 'Vendor', 'Pool'])},{c.pick(['Badge', 'Card', 'Pass'])} {c.rng.randint(1, 99)},,"
            f"{c.pick(SERVICE_ACCTS)},{c.pick(['Facilities', 'Security'])},{c.pick(['ACTIVE', 'SPARE'])}\n")


def ce_n_repr(r, c):
    r.t(f"{c.ts('sp')} DEBUG enrol.py:54 loaded AccessLevel(name='{c.pick(['Data Centre', 'Lab 3', 'All Doors 24x7'])}', "
        f"schedule='{c.pick(['Always', 'Business Hours', 'Weekdays'])}', doors={c.rng.randint(1, 80)}, owner='{c.pick(SERVICE_ACCTS)}')")


def ce_n_photo(r, c):
    r.t(f"{c.ts('sp')} BadgeStudio: batch print job {c.digits(5)} template=Contractor_2026 cards={c.rng.randint(1, 60)} "
        f"printer=\"{c.pick(['Fargo HDP5000', 'Evolis Primacy', 'Zebra ZC350'])}\" status={c.pick(['Done', 'Ribbon Low'])}")


def ce_n_approval(r, c):
    r.t(f"{c.ts('sp')} workflow BR-{c.digits(5)} level=\"{c.pick(['Lobby', 'Car Park'])}\" for=group:{c.pick(['contractors', 'all-staff'])} "
        f"requested_by={c.pick(SERVICE_ACCTS)} -> approved_by=\"Auto-Approved\" -> provisioned_by={c.pick(SERVICE_ACCTS)}")


# ================================================================ 9. visitor_id_scan_kiosk

def vk_p_aamva(r, c):
    p = c.person(native_ok=False, trad=c.pick(["en_us", "en_us", "mx", "fr_ca", "caribbean", "hi", "ko", "vi"]))
    up = fold(p.rf).upper()
    giv = fold(p.rg).upper().split()
    r.t(f"{c.ts('sp')} kiosk-lobby-{c.rng.randint(1, 9):02d} pdf417 decoded (AAMVA v{c.rng.randint(8, 10)}, IIN 6360{c.digits(2)}):\n")
    r.t(f"DAQ{c.hexid(1).upper()}{c.digits(8)}\nDCS").v(up, "NAME").t("\nDDEN\nDAC").v(giv[0], "NAME").t("\nDDFN\n")
    if len(giv) > 1 or c.rng.random() < 0.5:
        mid = giv[1] if len(giv) > 1 else fold(c.person(native_ok=False).rg).upper().split()[0]
        r.t("DAD").v(mid, "NAME").t("\n")
    r.t(f"DBB{c.rng.randint(1, 12):02d}{c.rng.randint(1, 28):02d}{c.rng.randint(1950, 2005)}\nDBA{c.rng.randint(1, 12):02d}15"
        f"2030\nDAG{c.rng.randint(10, 9999)} {c.pick(['MAIN', 'OAK', 'PINE'])} ST\nDAJ{c.pick(['VA', 'CA', 'TX', 'NY'])}")


def vk_p_mrz(r, c):
    p = c.person(native_ok=False)
    fam = re.sub(r"[^A-Z]+", "<", fold(p.rf).upper()).strip("<")
    giv = re.sub(r"[^A-Z]+", "<", fold(p.rg).upper()).strip("<")
    nm = f"{fam}<<{giv}"[:39]
    nm = nm.rstrip("<")
    cc = c.pick(["GBR", "DEU", "FRA", "USA", "NLD", "ESP", "IND", "NGA", "JPN"])
    line1 = f"P<{cc}"
    r.t(f"{c.ts('sp')} VisitorKiosk MRZ read (ok, checksum valid):\n{line1}").v(nm, "NAME")
    r.t("<" * (44 - len(line1) - len(nm)) + "\n")
    r.t(f"{c.hexid(1).upper()}{c.digits(8)}{c.rng.randint(0, 9)}{cc}{c.rng.randint(50, 99)}{c.rng.randint(1, 12):02d}"
        f"{c.rng.randint(1, 28):02d}{c.rng.randint(0, 9)}{c.pick('MF')}{c.rng.randint(27, 36)}0101{c.rng.randint(0, 9)}"
        + "<" * 14 + f"0{c.rng.randint(0, 9)}")


def vk_p_watchlist(r, c):
    p = c.person()
    q = c.person()
    obj = {"visitor": {"name": N(p.full), "company": c.pick(COMPANIES), "host": N(c.person(native_ok=False).acct())},
           "screening": {"lists": ["internal-deny", "denied-party"],
                         "hits": [{"list": "internal-deny", "entry": N(q.full), "score": round(c.rng.uniform(0.55, 0.8), 2)}]},
           "decision": c.pick(["clear", "escalate"]), "reviewed_by": N(c.person(native_ok=False).acct())}
    r.f(f"{c.ts('iso')} screening-svc result ¤", J(obj, compact=c.rng.random() < 0.5, ascii_=c.rng.random() < 0.3))


def vk_p_nda(r, c):
    p = c.person()
    h = c.person(native_ok=False)
    r.f(f"{c.ts('iso')} esign AUDIT doc=NDA-v{c.rng.randint(2, 5)} signer=\"¤\" <¤> ip=¤ kiosk=KIOSK-{c.rng.randint(1, 9)} host=¤",
        N(p.full), E(c.email(p)), I(c.ip(0.3)), N(h.acct()))


def vk_p_sms(r, c):
    h = c.person(native_ok=False)
    v = c.person()
    r.f(f"{c.ts('sp')} sms.out to=¤ status=queued body=\"Hi ¤, your visitor ¤ from {c.pick(COMPANIES)} has arrived at "
        f"{c.pick(['Reception', 'the Level 2 desk', 'Gatehouse B'])}.\"", P(c.phone()), N(h.rg), N(v.full))


def vk_p_ics(r, c):
    org = c.person(native_ok=False)
    r.t(f"BEGIN:VEVENT\nUID:{c.hexid(16)}-visitpass\nDTSTART:{c.ts('compact')[:8]}T{c.ts('compact')[8:]}Z\n"
        f"SUMMARY:Visit - {c.pick(['Site tour', 'Interview', 'Vendor meeting'])}\n")
    r.f("ORGANIZER;CN=\"¤\":mailto:¤\n", N(org.lf), E(c.email(org)))
    for _ in range(c.rng.randint(1, 3)):
        a = c.person(native_ok=False)
        r.f("ATTENDEE;CN=\"¤\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:¤\n", N(a.full), E(c.email(a)))
    r.t("X-VISITOR-PREREG:TRUE\nEND:VEVENT")


def vk_p_french(r, c):
    v = c.person()
    h = c.person(native_ok=False, trad=c.pick(["fr", "fr", "maghreb", "fr_ca"]))
    r.f(f"{c.ts('eu')} Visiteur ¤ enregistré à l'accueil ({c.pick(['badge temporaire', 'badge journée'])} n° {c.digits(5)}), "
        f"hôte : {'Mme' if h.gender == 'f' else 'M.'} ¤, tél. ¤", N(v.full), N(h.rf), P(c.phone("FR")))


def vk_p_dbids(r, c):
    v = c.person(native_ok=False, trad="en_us")
    s = c.person(native_ok=False)
    r.f(f"{c.ts('sp')} VCC background check: visitor=¤ ssn=¤ result=NO RECORD sponsor=¤ pass={c.digits(7)}",
        N(v.sg), S(c.ssn()), N(s.LF))


def vk_n_heartbeat(r, c):
    r.t(f"{c.ts('iso')} kiosk-lobby-{c.rng.randint(1, 9):02d} heartbeat ok app=VisitorKiosk/{c.rng.randint(3, 6)}.{c.rng.randint(0, 9)}.{c.rng.randint(0, 30)} "
        f"locale={c.pick(['fr-FR', 'de-DE', 'ja-JP', 'es-ES', 'ar-AE', 'ko-KR'])} screen=\"{c.pick(UI)}\" printer={c.pick(['OK', 'Low Paper', 'Offline'])}")


def vk_n_watchlist(r, c):
    obj = {"event": "watchlist.refreshed", "lists": {"internal-deny": c.rng.randint(10, 900), "denied-party": c.rng.randint(1000, 90000)},
           "source": c.pick(["Consolidated Screening List", "Internal HR"]), "by": c.pick(SERVICE_ACCTS)}
    r.f(f"{c.ts('iso')} screening-svc ¤", J(obj, compact=True))


def vk_n_sms(r, c):
    r.t(f"{c.ts('sp')} sms.template id=visitor_arrived locale={c.pick(['en', 'fr', 'de'])} body=\"Hi {{host}}, your visitor "
        "{visitor} from {company} has arrived at {desk}.\" status=published by=" + c.pick(SERVICE_ACCTS))


def vk_n_group(r, c):
    r.t(f"{c.ts('eu')} Groupe de visiteurs \"{c.pick(COMPANIES)}\" ({c.rng.randint(2, 30)} personnes) enregistré à l'accueil "
        f"{c.pick(PLACES)}, badges {c.digits(4)}-{c.digits(4)}, hôte : service {c.pick(['Achats', 'RH', 'Maintenance'])}")


# ================================================================ 10. lift_destination_dispatch

def ldd_p_dop(r, c):
    p = c.person(native_ok=False)
    r.f(f"{c.ts('sp')} DOP-L{c.rng.randint(0, 3)}-{c.rng.randint(1, 12):02d} badge={c.digits(6)} profile=\"¤\" dest={c.rng.randint(2, 60)} "
        f"allocated=Car {c.pick('ABCDEFGH')} eta={c.rng.randint(4, 60)}s",
        N(c.pick([p.lf, p.LF, p.gf])))


def ldd_p_api(r, c):
    p = c.person()
    obj = {"type": "lift-call-api-v2", "buildingId": f"building:{c.hexid(8)}", "callType": "action", "groupId": "1",
           "payload": {"request_id": int(c.digits(9)), "area": c.rng.randint(1, 60) * 1000, "time": c.ts("iso"),
                       "terminal": c.rng.randint(1, 40), "call": {"action": 2, "destination": c.rng.randint(1, 60) * 1000}},
           "meta": {"user": N(p.acct()), "display": N(p.full), "client_ip": I(c.ip(0.3))}}
    r.f(f"{c.ts('iso')} ws-client SEND ¤", J(obj, compact=True, ascii_=c.rng.random() < 0.4))


def ldd_p_profile(r, c):
    p = c.person()
    r.f(f"{c.ts('sp')} profile update holder=\"¤\" accessibility={c.pick(['true', 'false'])} door_dwell=+{c.rng.randint(2, 9)}s "
        f"vip={c.pick(['true', 'false'])} home_floor={c.rng.randint(2, 60)} by=¤", N(p.full), N(c.person(native_ok=False).acct()))


def ldd_p_maint(r, c):
    t = c.person(native_ok=False)
    r.f(f"{c.ts('sp')} GCS car {c.pick('ABCDEF')}: INSPECTION mode ON by technician ¤ ({c.pick(['Schindler Lifts', 'KONE Service', 'Otis Elevator Company'])}), "
        f"ticket M-{c.digits(6)}, callback ¤", N(c.pick([t.FG, t.fi, t.GF])), P(c.phone()))


def ldd_p_fixed(r, c):
    r.t("TIME     TERM  FLOOR  DEST  CAR  HOLDER\n")
    for _ in range(c.rng.randint(1, 4)):
        p = c.person(native_ok=False)
        nm = (fold(p.rf).upper() + " " + fold(p.rg)[0].upper())[:24].rstrip(" -")
        r.t(f"{c.ts('hms')} {c.rng.randint(1, 40):>4}  {c.rng.randint(0, 60):>5}  {c.rng.randint(0, 60):>4}  {c.pick('ABCDEF'):>3}  ")
        r.v(nm, "NAME").t("\n")


def ldd_p_chinese(r, c):
    v = c.person(trad="zh") if c.rng.random() < 0.7 else c.person()
    h = c.person(native_ok=False)
    r.f(f"{c.ts('sp')} 电梯呼叫：访客 ¤ 目的楼层 {c.rng.randint(2, 60)}，接待人 ¤，分配 {c.pick('ABCDEF')} 梯", N(v.full), N(h.acct()))


def ldd_n_stats(r, c):
    r.t(f"{c.ts('sp')} group-ctrl stats interval=15m calls={c.rng.randint(10, 900)} avg_wait={c.rng.randint(5, 60)}s "
        f"mode={c.pick(['Up Peak', 'Down Peak', 'Lunch', 'Normal'])} cars_in_service={c.rng.randint(2, 8)}")


def ldd_n_fire(r, c):
    r.t(f"{c.ts('sp')} GCS {c.pick(['Fire Recall Phase I', 'Independent Service', 'Out of Service', 'Earthquake Op'])} "
        f"car {c.pick('ABCDEF')} floor {c.rng.randint(0, 3)} source={c.pick(['FACP', 'keyswitch', 'dd-group-ctrl'])}")


def ldd_n_api(r, c):
    obj = {"type": "lift-call-api-v2", "buildingId": f"building:{c.hexid(8)}", "callType": "action", "groupId": "1",
           "payload": {"request_id": int(c.digits(9)), "area": c.rng.randint(1, 60) * 1000,
                       "call": {"action": 2, "destination": c.rng.randint(1, 60) * 1000}},
           "meta": {"user": c.pick(["robot-delivery-03", "svc-cleaning-bot", "lift-gw"]),
                    "display": c.pick(["Delivery Robot Marvin", "Cleaning Robot", "Jarvis Mailbot"])}}
    r.f(f"{c.ts('iso')} ws-client SEND ¤", J(obj, compact=True))


def ldd_n_fixed(r, c):
    r.t("TIME     TERM  FLOOR  DEST  CAR  HOLDER\n")
    for _ in range(c.rng.randint(1, 4)):
        r.t(f"{c.ts('hms')} {c.rng.randint(1, 40):>4}  {c.rng.randint(0, 60):>5}  {c.rng.randint(0, 60):>4}  {c.pick('ABCDEF'):>3}  "
            f"{c.pick(['VISITOR', 'ANONYMOUS', 'CONTRACTOR POOL', 'NO PROFILE'])}\n")


# ================================================================ 11. turnstile_antipassback_soc

def tas_p_tailgate(r, c):
    p = c.person(native_ok=False)
    r.f(f"{c.ts('sp')} ALARM TAILGATE lane=SG-{c.rng.randint(1, 8)} prev_admit=\"¤\" badge={c.digits(6)} "
        f"clip=clip_{c.hexid(8)}.mp4 operator_ack=¤", N(c.pick([p.lf, p.gf, p.LF])), N(c.person(native_ok=False).acct()))


def tas_p_apb(r, c):
    p = c.person()
    obj = {"alarm": "anti_passback", "zone": c.pick(["Campus", "Data Hall", "Car Park"]), "lane": f"SG-{c.rng.randint(1, 8)}",
           "cardholder": {"name": N(p.full), "employeeId": c.digits(6)}, "lastReader": _door(c),
           "forgiven": c.rng.random() < 0.5, "forgivenBy": N(c.person(native_ok=False).acct())}
    r.f(f"{c.ts('iso')} apb-engine WARN ¤", J(obj, indent=2, ascii_=c.rng.random() < 0.3))


def tas_p_chat(r, c):
    a, b = c.person(native_ok=False), c.person(native_ok=False)
    v = c.person()
    aa, ba = a.acct(), b.acct()
    r.t(f"#gsoc-ops {c.ts('date')}\n")
    r.f(f"[{c.ts('hms')}] <¤> @¤ can you check SG-{c.rng.randint(1, 8)}? ¤ says " + ("her" if v.gender == "f" else "his")
        + " badge failed twice\n", N(aa), N(ba), N(v.full))
    r.f(f"[{c.ts('hms')}] <¤> on it, calling {'her' if v.gender == 'f' else 'him'} on ¤\n", N(ba), P(c.phone()))
    r.f(f"[{c.ts('hms')}] <¤> thx ¤", N(aa), N(b.rg))


def tas_p_muster(r, c):
    rows = []
    for _ in range(c.rng.randint(2, 4)):
        p = c.person(native_ok=False)
        rows.append((c.pick([p.lf, p.gf, p.LF])[:26].rstrip(" ,-"), c.digits(6), _door(c)[:20], c.pick(["UNACCOUNTED", "SAFE", "SAFE"])))
    r.t(f"muster-report --zone=B --event=EVAC-{c.digits(4)}\n+----------------------------+--------+----------------------+-------------+\n"
        "| Name                       | Badge  | Last reader          | Status      |\n"
        "+----------------------------+--------+----------------------+-------------+\n")
    for nm, bd, rd, st in rows:
        r.t("| ").v(nm, "NAME").t(" " * (27 - len(nm)) + f"| {bd} | {rd:<20} | {st:<11} |\n")
    r.t("+----------------------------+--------+----------------------+-------------+")


def tas_p_spanish(r, c):
    g = c.person(native_ok=False, trad=c.pick(["es", "mx", "br", "pt", "andes"]))
    v = c.person(native_ok=False)
    if c.rng.random() < 0.5:
        r.f(f"{c.ts('sp')} Incidente {c.digits(5)}: el vigilante ¤ retuvo a ¤ en el torniquete {c.rng.randint(1, 8)} "
            "(tarjeta ajena). Contacto: ¤", N(g.gf), N(v.full), P(c.phone("ES")))
    else:
        r.f(f"{c.ts('sp')} Ocorrência {c.digits(5)}: o vigilante ¤ barrou ¤ na catraca {c.rng.randint(1, 8)} "
            "(crachá de terceiro). Contato: ¤", N(g.gf), N(v.full), P(c.phone("BR")))


def tas_p_dob(r, c):
    g = c.person(native_ok=False)
    v = c.person()
    r.f(f"DOB #{c.digits(5)} {c.ts('hms')[:5]} Guard ¤ (¤) reports forced turnstile at Gate {c.rng.randint(1, 6)}; "
        "contacted keyholder ¤ on ¤.", N(g.fi), N(g.acct().upper()), N(v.full), P(c.phone()))


def tas_n_occupancy(r, c):
    r.t(f"{c.ts('sp')} occupancy zone={c.pick(['Campus', 'Tower B', 'Car Park'])} in={c.rng.randint(0, 3000)} out={c.rng.randint(0, 3000)} "
        f"current={c.rng.randint(0, 2000)} status=\"{c.pick(STATUS)}\"")


def tas_n_fault(r, c):
    r.t(f"{c.ts('sp')} SG-{c.rng.randint(1, 8)} {c.pick(['Motor Fault', 'Sensor Blocked', 'Glass Wing Stuck', 'Emergency Release'])} "
        f"fw=3.{c.rng.randint(0, 9)}.{c.rng.randint(0, 9)} reset_by={c.pick(SERVICE_ACCTS)} display=\"{c.pick(UI_EN)}\"")


def tas_n_muster(r, c):
    r.t(f"muster-report --zone=B --event=DRILL-{c.digits(4)}\n+----------------------------+--------+\n"
        "| Assembly point             | Count  |\n+----------------------------+--------+\n")
    for ap in c.rng.sample(["Victoria Gate", "North Lawn", "Car Park Level 0", "Madison Plaza", "Florence Court"], 3):
        r.t(f"| {ap:<26} | {c.rng.randint(0, 400):>6} |\n")
    r.t("+----------------------------+--------+\n0 unaccounted")


def tas_n_chat(r, c):
    r.t(f"#gsoc-ops {c.ts('date')}\n[{c.ts('hms')}] <gsoc-bot> shift report generated (alarms={c.rng.randint(0, 90)})\n"
        f"[{c.ts('hms')}] <apb-engine> anti-passback reset for zone {c.pick(['Campus', 'Data Hall'])}\n"
        f"[{c.ts('hms')}] <gsoc-bot> {c.pick(UI_EN)}")


# ================================================================ 12. key_cabinet_valet

def kcv_p_key(r, c):
    p = c.person(native_ok=False)
    r.f(f"{c.ts('sp')} KC-{c.rng.randint(1, 9):02d} key {c.rng.randint(1, 60)} (Pool Car {c.pick(CARS)}) REMOVED by ¤ "
        f"[{c.pick(['PIN+Card', 'Fingerprint', 'Card'])}] reason=\"{c.pick(['site visit', 'client meeting', 'fuel run'])}\" user_id=¤",
        N(c.pick([p.gf, p.lf])), N(p.acct()))


def kcv_p_overdue(r, c):
    p = c.person(native_ok=False)
    r.f(f"{c.ts('sp')} ALERT overdue key {c.rng.randint(1, 60)} ({c.pick(['Plant Room', 'Roof Hatch', 'Master Sub-Group B'])}) held by ¤ "
        f"since {c.ts('sp')}; SMS sent to ¤; escalation to ¤", N(p.full), P(c.phone()), E(c.email(None)))


def kcv_p_valet_sms(r, c):
    p = c.person()
    r.f(f"{c.ts('iso')} sms.in from=¤ body=\"{c.pick(['ready', 'READY', 'car please', 'bring my car'])}\" -> ticket {c.rng.randint(1000, 9999)} "
        "(¤) status=REQUESTED eta=8m", P(c.phone(style=c.pick(["e164", "e164", "nat"]))), N(p.full))


def kcv_p_handoff(r, c):
    a, b = c.person(native_ok=False), c.person(native_ok=False)
    g = c.person()
    arrow = c.pick(["->", "→", "=>"])
    r.f(f"{c.ts('sp')} ticket {c.rng.randint(1000, 9999)} parked_by=¤ {arrow} retrieved_by=¤ {arrow} delivered_to=\"¤\" bay=V{c.rng.randint(1, 90)}",
        N(a.acct()), N(b.acct()), N(g.full))


def kcv_p_damage(r, c):
    p = c.person(native_ok=False)
    fam = re.sub(r"[^A-Za-z]", "", fold(p.rf))
    giv = re.sub(r"[^A-Za-z]", "", fold(p.rg))
    photos = [f"damage_{fam}_{giv}_{i}.jpg" for i in range(1, c.rng.randint(2, 4))]
    obj = {"claim": f"VD-{c.digits(6)}", "ticket": c.rng.randint(1000, 9999), "guest": N(p.full), "guest_phone": P(c.phone()),
           "photos": [_file_js(fam, giv, x) for x in photos], "attendant": N(c.person(native_ok=False).acct()), "vehicle": c.pick(CARS)}
    r.f(f"{c.ts('iso')} valet-claims created ¤", J(obj, indent=2 if c.rng.random() < 0.5 else None))


def _file_js(fam, giv, name):
    """Only the name part of a file name is labelled."""
    suffix = name[len(f"damage_{fam}_{giv}"):]
    return JS("damage_", N(f"{fam}_{giv}"), suffix)


def kcv_p_csv(r, c):
    r.t("key,description,holder,taken,returned\n")
    for _ in range(c.rng.randint(1, 3)):
        p = c.person(native_ok=False)
        r.t(f"{c.rng.randint(1, 60)},{c.pick(['Van 3', 'Plant Room', 'Gate Padlock', 'Pool Car 2'])},\"").v(c.pick([p.lf, p.LF]), "NAME")
        r.t(f"\",{c.ts('sp')},{c.pick(['', c.ts('sp')])}\n")


def kcv_p_preauth(r, c):
    p = c.person(native_ok=False)
    r.f(f"{c.ts('sp')} valet-pos preauth ticket={c.rng.randint(1000, 9999)} amount=50.00 card=¤ holder=¤ result=APPROVED auth={c.hexid(6).upper()}",
        C(c.card()), N(p.sg))


def kcv_n_door(r, c):
    r.t(f"{c.ts('sp')} KC-{c.rng.randint(1, 9):02d} {c.pick(['Door Left Open', 'Cabinet Tamper', 'Power Restored', 'Key 12 Wrong Slot'])} "
        f"fw=5.{c.rng.randint(0, 9)}.{c.rng.randint(0, 9)} host=traka-{c.hexid(4)}.corp.example")


def kcv_n_key(r, c):
    r.t(f"{c.ts('sp')} KC-{c.rng.randint(1, 9):02d} key {c.rng.randint(1, 60)} (Pool Car {c.pick(CARS)}) RETURNED by {c.pick(SERVICE_ACCTS)} "
        f"[{c.pick(['Admin Override', 'Scheduled Release'])}] condition={c.pick(['OK', 'Fuel Low'])}")


def kcv_n_stats(r, c):
    r.t(f"{c.ts('sp')} valet stats stand={c.pick(PLACES)} Hotel parked={c.rng.randint(0, 300)} retrieved={c.rng.randint(0, 300)} "
        f"avg_retrieval={c.rng.randint(3, 20)}m attendants_on_shift={c.rng.randint(1, 12)} operator=\"{c.pick(COMPANIES)}\"")


def kcv_n_sms(r, c):
    r.t(f"{c.ts('iso')} sms.template valet_ready locale={c.pick(['en', 'es', 'fr'])} body=\"{c.pick(['Your car is ready at the front entrance.', 'Su vehículo está listo.', 'Votre véhicule est prêt.'])}\" "
        f"brand=\"{c.pick(PRODUCTS[:10])}\" by={c.pick(SERVICE_ACCTS)}")


FAMILIES = [
    ("badge_reader_events",
     [bre_p_monitor, bre_p_wiegand, bre_p_syslog_json, bre_p_journal_xml, bre_p_rest, bre_p_notify, bre_p_dutch],
     [bre_n_alarm, bre_n_comm, bre_n_placeholder, bre_n_dutch]),
    ("credential_enrolment",
     [ce_p_csv, ce_p_mobile, ce_p_photo, ce_p_approval, ce_p_repr, ce_p_termination, ce_p_cjk, ce_p_piv],
     [ce_n_csv, ce_n_repr, ce_n_photo, ce_n_approval]),
    ("visitor_id_scan_kiosk",
     [vk_p_aamva, vk_p_mrz, vk_p_watchlist, vk_p_nda, vk_p_sms, vk_p_ics, vk_p_french, vk_p_dbids],
     [vk_n_heartbeat, vk_n_watchlist, vk_n_sms, vk_n_group]),
    ("lift_destination_dispatch",
     [ldd_p_dop, ldd_p_api, ldd_p_profile, ldd_p_maint, ldd_p_fixed, ldd_p_chinese],
     [ldd_n_stats, ldd_n_fire, ldd_n_api, ldd_n_fixed]),
    ("turnstile_antipassback_soc",
     [tas_p_tailgate, tas_p_apb, tas_p_chat, tas_p_muster, tas_p_spanish, tas_p_dob],
     [tas_n_occupancy, tas_n_fault, tas_n_muster, tas_n_chat]),
    ("key_cabinet_valet",
     [kcv_p_key, kcv_p_overdue, kcv_p_valet_sms, kcv_p_handoff, kcv_p_damage, kcv_p_csv, kcv_p_preauth],
     [kcv_n_door, kcv_n_key, kcv_n_stats, kcv_n_sms]),
]
