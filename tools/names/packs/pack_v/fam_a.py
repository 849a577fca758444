"""Families 1-6 of pack_v: ANPR, toll image review, toll tag fulfilment, pay stations, handheld citations,
parking reservations. Each template takes (r: Rec, c: Ctx)."""

from __future__ import annotations

from core import (
    CARS,
    COMPANIES,
    PLACES,
    SERVICE_ACCTS,
    STATUS,
    UI,
    UI_EN,
    C,
    E,
    I,
    Inner,
    J,
    L,
    N,
    P,
    X,
    form,
    jstr,
    pct,
    pyq,
    xml,
    xseg,
)


def _owner_form(c, p):
    return c.pick([p.full, p.full, p.GF, p.lf, p.LF, p.fi])


def _hon(p, lang):
    f = p.gender == "f"
    return {"de": "Frau" if f else "Herr", "fr": "Mme" if f else "M.", "es": "Sra." if f else "Sr.",
            "en": "Ms" if f else "Mr", "it": "Sig.ra" if f else "Sig.", "nl": "mevrouw" if f else "de heer"}[lang]


# ================================================================ 1. anpr_camera_reads

def _isapi(r, c, owner_segs, ip):
    lane = c.rng.randint(1, 6)
    r.t('<?xml version="1.0" encoding="UTF-8"?>\n')
    body = xseg(
        '<EventNotificationAlert version="2.0" xmlns="http://www.isapi.org/ver20/XMLSchema">\n'
        + ("<ipAddress>¤</ipAddress>\n" if ip else f"<macAddress>44:19:b6:{c.hexid(2)}:{c.hexid(2)}:0e</macAddress>\n")
        + f"<portNo>80</portNo>\n<protocol>HTTP</protocol>\n<channelID>1</channelID>\n"
        f"<dateTime>{c.ts('iso')}</dateTime>\n<activePostCount>1</activePostCount>\n<eventType>ANPR</eventType>\n"
        f"<eventState>active</eventState>\n<channelName>Entry Lane {lane}</channelName>\n<ANPR>\n"
        f"<country>{c.rng.randint(1, 40)}</country>\n<licensePlate>{c.plate()}</licensePlate>\n"
        f"<confidenceLevel>{c.rng.randint(70, 99)}</confidenceLevel>\n<plateType>local</plateType>\n"
        f"<vehicleListName>{'allowList' if owner_segs else 'otherList'}</vehicleListName>\n"
        f"<direction>{c.pick(['forward', 'reverse'])}</direction>\n</ANPR>\n",
        *([I(ip)] if ip else []))
    r.add(X(body + (owner_segs or []) + [("</EventNotificationAlert>", None)]))


def anpr_p_isapi(r, c):
    p = c.person()
    segs = xseg("<ListInfo>\n<ownerName>¤</ownerName>\n", N(xml(_owner_form(c, p))))
    if c.rng.random() < 0.5:
        segs += xseg("<phoneNumber>¤</phoneNumber>\n", P(c.phone()))
    if c.rng.random() < 0.5:
        q = c.person()
        segs += xseg("<remark>visitor of ¤, bay ¤</remark>\n", N(xml(q.fi)), str(c.rng.randint(1, 300)))
    else:
        segs += xseg("<remark>tenant permit, bay ¤</remark>\n", str(c.rng.randint(1, 300)))
    segs += [("</ListInfo>\n", None)]
    _isapi(r, c, segs, c.ip(0.25))


def anpr_p_mqtt(r, c):
    p = c.person()
    site = c.pick(["lon-kx", "muc-07", "sfo-2", "syd-cbd", "par-la-defense", "yyz-1"])
    obj = {"plate": c.plate(), "conf": round(c.rng.uniform(0.6, 0.99), 2), "lane": c.rng.randint(1, 8),
           "ts": c.ts("iso"), "cam": {"id": f"cam-{c.rng.randint(1, 40):02d}", "ip": I(c.ip(0.3))},
           "match": {"list": c.pick(["staff", "tenants", "vip", "contractors"]),
                     "holder": N(c.pick([p.lf, p.full, p.GF])), "holder_id": f"E{c.digits(6)}"}}
    if c.rng.random() < 0.6:
        obj["match"]["login"] = N(p.acct())
    obj["action"] = c.pick(["open", "open", "notify"])
    r.f(f"{c.ts('iso')} mqtt-bridge INFO publish topic=site/{site}/anpr/lane{obj['lane']}/read qos=1 payload=¤",
        J(obj, compact=c.rng.random() < 0.6, ascii_=c.rng.random() < 0.3))


def anpr_p_csv(r, c):
    r.t("Time,Camera,Plate,Country,Confidence,Match list,Owner,Comment\n")
    n = c.rng.randint(2, 4)
    who = c.rng.randint(0, n - 1)
    for i in range(n):
        r.t(f"{c.ts('sp')},{c.pick(['Gate A In', 'Gate A Out', 'P2 Ramp', 'Loading Dock'])},{c.plate()},"
            f"{c.pick(['GB', 'DE', 'FR', 'US', 'NL'])},{c.rng.randint(55, 99)},")
        if i == who or c.rng.random() < 0.3:
            p = c.person(native_ok=True)
            r.f("Staff,\"¤\",", N(c.pick([p.lf, p.LF, p.full])))
            if c.rng.random() < 0.5:
                q = c.person()
                r.f("Escort: ¤\n", N(c.pick([q.fi, q.full, q.acct()])))
            else:
                r.t("\n")
        else:
            r.t(f"{c.pick(['None', 'Visitor', 'Contractor'])},,{c.pick(['', 'low confidence', 'no match'])}\n")


def anpr_p_logfmt(r, c):
    p = c.person(native_ok=False)
    op = c.person(native_ok=False)
    r.f(f"ts={c.ts('iso')} level=info component=allowlist msg=\"entry upserted\" plate=\"{c.plate()}\" "
        "holder=\"¤\" tenant=\"¤\" valid_to=¤ by=¤ src=¤",
        N(c.pick([p.GF, p.gf, p.LF])), c.pick(COMPANIES), c.ts("date"), N(op.acct()), I(c.ip(0.25)))


def anpr_p_hotlist(r, c):
    p = c.person(native_ok=False)
    op = c.person(native_ok=False)
    r.f(f"<134>{c.ts('syslog')} anpr-srv{c.rng.randint(1, 4):02d} lprd[{c.rng.randint(900, 9999)}]: HOTLIST_HIT "
        f"plate={c.plate()} list=BOLO-local camera=\"Exit Barrier {c.rng.randint(1, 4)}\" "
        "reason=\"reported stolen by owner ¤, tel ¤\" ack_by=CORP\\¤",
        N(c.pick([p.full, p.GF])), P(c.phone()), N(op.acct()))


def anpr_p_german(r, c):
    p = c.person(native_ok=False, trad=c.pick(["de", "de", "tr", "pl", "hr_sr", "it"]))
    op = c.person(native_ok=False)
    r.f(f"{c.ts('eu')} Einfahrt P{c.rng.randint(1, 5)}: Kennzeichen {c.plate()} erkannt ({c.rng.randint(80, 99)} %), "
        f"Schranke geöffnet für {_hon(p, 'de')} ¤ (Dauerparker, Stellplatz {c.rng.randint(1, 400)}); Bediener: ¤",
        N(c.pick([p.rf, p.gf])), N(op.acct()))


def anpr_p_trace(r, c):
    p = c.person()
    em = c.email(p)
    r.t(f"{c.ts('sp')},{c.rng.randint(100, 999)} ERROR [lpr.notify] failed to notify owner of read "
        f"PlateRead(plate='{c.plate()}', lane={c.rng.randint(1, 6)}, owner=Owner(name=")
    r.add(pyq(N(p.full))).t(", email=").add(pyq(E(em))).t("))\n")
    r.t('Traceback (most recent call last):\n  File "/opt/lpr/match.py", line 88, in handle_read\n'
        '    notify(read.owner.email, read)\n  File "/opt/lpr/notify.py", line 41, in notify\n'
        '    smtp.sendmail(FROM, [addr], msg)\nsmtplib.SMTPRecipientsRefused: {')
    r.add(pyq(E(em))).t(": (550, b'5.1.1 mailbox unavailable')}")


def anpr_n_isapi(r, c):
    _isapi(r, c, None, None)


def anpr_n_mqtt(r, c):
    obj = {"plate": c.plate(), "conf": round(c.rng.uniform(0.3, 0.99), 2), "lane": c.rng.randint(1, 8),
           "ts": c.ts("iso"), "cam": {"id": f"cam-{c.rng.randint(1, 40):02d}", "host": f"lpr-{c.hexid(4)}.site.local"},
           "match": {"list": "fleet", "holder": c.pick(COMPANIES), "login": c.pick(SERVICE_ACCTS)},
           "action": c.pick(["open", "ignore"])}
    r.f(f"{c.ts('iso')} mqtt-bridge INFO publish topic=site/{c.pick(PLACES).lower()}/anpr/read qos=1 payload=¤",
        J(obj, compact=True))


def anpr_n_csv(r, c):
    r.t("Time,Camera,Plate,Country,Confidence,Match list,Owner,Comment\n")
    for _ in range(c.rng.randint(2, 4)):
        r.t(f"{c.ts('sp')},{c.pick(PLACES)} Gate In,{c.plate()},{c.pick(['GB', 'DE', 'US'])},{c.rng.randint(40, 99)},"
            f"{c.pick(['Fleet', 'None', 'Contractor'])},\"{c.pick(COMPANIES + ['Unknown', 'Contractor Pass 12'])}\","
            f"{c.pick(['', 'misread', 'no match', 'plate obscured'])}\n")


def anpr_n_logfmt(r, c):
    r.t(f"ts={c.ts('iso')} level=info component=allowlist msg=\"{c.pick(['entry upserted', 'entry expired'])}\" "
        f"plate=\"{c.plate()}\" holder=\"{c.pick(COMPANIES)}\" vehicle=\"{c.pick(CARS)}\" "
        f"valid_to={c.ts('date')} by={c.pick(SERVICE_ACCTS)} src=lpr-sync.internal")


# ================================================================ 2. toll_image_review

def _plaza(c):
    return c.pick(["Plaza 12 Mainline", "Exit 7B Ramp", "Harbor Crossing SB", "Gantry G-14", "Mautstelle Nord",
                   "Barrière de Saint-Arnoult", "Peaje Martorell"])


def tir_p_queue(r, c):
    a = c.person(native_ok=False)
    b = c.person(native_ok=False)
    plate = c.plate()
    r.f(f"{c.ts('sp')} INFO  [ImageReview-{c.rng.randint(1, 9)}] txn={c.digits(12)} plaza=\"{_plaza(c)}\" "
        f"ocr=\"{plate}\"({c.rng.uniform(0.3, 0.8):.2f}) reviewer=¤ decision=CORRECTED final=\"{c.plate()}\" "
        f"second_reviewer=¤ agree={c.pick(['false', 'true'])} elapsed_ms={c.rng.randint(900, 9000)}",
        N(a.acct()), N(b.acct()))


def tir_p_registry(r, c):
    p = c.person(native_ok=False)
    mid = c.person(native_ok=False).rg.upper() if c.rng.random() < 0.5 else ""
    name = f"{p.LF} {mid}".strip() if mid else p.LF
    r.t(f"RR.{c.pick(['VA', 'MD', 'TX', 'FL', 'NY'])}0{c.digits(6)}0\nTXT\n"
        f"LIC/{c.plate().replace(' ', '')} LIY/2026 LIT/PC\nVYR/{c.rng.randint(2008, 2026)} "
        f"VMA/{c.pick(['TOYT', 'HOND', 'FORD', 'CHEV', 'NISS', 'SUBA'])} VST/4D VCO/{c.pick(['BLK', 'WHI', 'SIL', 'BLU'])}\n")
    r.f("OWN/¤\n", N(name))
    r.t(f"ADR/{c.rng.randint(10, 9999)} {c.pick(['OAK', 'MAPLE', 'CEDAR', 'HILLSIDE'])} {c.pick(['ST', 'AVE', 'RD'])}\n")
    if c.rng.random() < 0.4:
        q = c.person(native_ok=False)
        r.f("OWN2/¤\n", N(q.LF))
    r.f(f"REQ BY/¤ REF/IMG{c.digits(9)}", N(c.person(native_ok=False).acct().upper()))


def tir_p_sql(r, c):
    a = c.person(native_ok=False)
    r.f(f"{c.ts('sp')} UTC [{c.rng.randint(1000, 60000)}] LOG:  statement: UPDATE review_txn SET final_plate = "
        f"'{c.plate()}', reviewed_by = '¤', reviewed_at = now(), note = '¤' WHERE txn_id = {c.digits(11)};",
        N(a.acct()), JS_note(c))


def JS_note(c):
    q = c.person(native_ok=False)
    return [("plate matches DMV owner ", None), (q.GF.replace("'", "''"), "NAME")]


def tir_p_qa_csv(r, c):
    r.t("reviewer_login,reviewer_name,sampled,errors,error_rate,qa_by\n")
    qa = c.person(native_ok=False)
    for _ in range(c.rng.randint(2, 4)):
        p = c.person(native_ok=False)
        s, e = c.rng.randint(40, 200), c.rng.randint(0, 9)
        r.f("¤,\"¤\"," + f"{s},{e},{e / s:.3f},", N(p.acct()), N(p.lf))
        r.add(N(qa.acct("first.last"))).t("\n")


def tir_p_nomination(r, c):
    p = c.person(native_ok=False)
    r.f(f"NOMINATION|{c.pick(['AVIS', 'HERTZ', 'SIXT', 'ENTERPRISE'])}|RA{c.digits(8)}|{c.plate()}|"
        f"{c.ts('date')}|RENTER_NAME=¤|RENTER_PHONE=¤|RENTER_EMAIL=¤|STATUS=TRANSFERRED",
        N(p.sg), P(c.phone()), E(c.email(p)))


def tir_p_spanish(r, c):
    a = c.person(native_ok=False, trad=c.pick(["es", "mx", "ar_la", "andes"]))
    o = c.person(native_ok=False, trad=c.pick(["es", "mx", "es"]))
    r.f(f"{c.ts('sp')} Revisión manual: matrícula {c.plate()} corregida por ¤ (¤) en {_plaza(c)}. Titular: ¤.",
        N(a.acct()), N(a.gf), N(c.pick([o.full, o.GF])))


def tir_p_java(r, c):
    p = c.person(native_ok=False)
    r.f(f"{c.ts('sp')} WARN  c.t.review.RegistryMatcher - owner mismatch txn={c.digits(10)}\n"
        "com.tollway.review.RegistryLookupException: expected Owner{name='¤', state='VA', "
        f"plate='{c.plate()}'" + "} but registry returned Owner{name='¤', state='VA'}\n"
        "\tat com.tollway.review.RegistryMatcher.compare(RegistryMatcher.java:142)\n"
        "\tat com.tollway.review.ReviewService.finalise(ReviewService.java:77)\n"
        "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
        N(p.GF), N(c.person(native_ok=False).GF))


def tir_n_queue(r, c):
    r.t(f"{c.ts('sp')} INFO  [ImageReview-{c.rng.randint(1, 9)}] txn={c.digits(12)} plaza=\"{_plaza(c)}\" "
        f"ocr=\"{c.plate()}\"({c.rng.uniform(0.9, 0.99):.2f}) reviewer={c.pick(SERVICE_ACCTS)} decision=AUTO_ACCEPT "
        f"final=\"{c.plate()}\" second_reviewer=none agree=n/a elapsed_ms={c.rng.randint(10, 90)}")


def tir_n_registry(r, c):
    r.t(f"RR.VA0{c.digits(6)}0\nTXT\nLIC/{c.plate().replace(' ', '')} LIY/2026 LIT/{c.pick(['TK', 'PC', 'TL'])}\n")
    r.t(c.pick([f"OWN/{c.pick(COMPANIES).upper()}\nLESSEE/SEE NOMINATION FILE\n", "NO RECORD ON FILE\n",
                "OWN/COMMONWEALTH OF VIRGINIA\nADR/GOVERNMENT FLEET\n"]))
    r.t(f"REQ BY/{c.pick(['SVC_DMVLOOKUP', 'TOLLADM', 'IMGREV_AUTO'])} REF/IMG{c.digits(9)}")


def tir_n_csv(r, c):
    r.t("reviewer_login,reviewer_name,sampled,errors,error_rate,qa_by\n")
    for team in c.rng.sample(["Night Shift", "Day Shift", "Weekend Pool", "OCR Engine", "Vendor QA"], 3):
        s, e = c.rng.randint(100, 900), c.rng.randint(0, 30)
        r.t(f"{c.pick(SERVICE_ACCTS)},\"{team}\",{s},{e},{e / s:.3f},report-runner\n")


def tir_n_java(r, c):
    r.t(f"{c.ts('sp')} ERROR c.t.review.RegistryClient - lookup timed out after 30000 ms for plaza "
        f"\"{c.pick(['Lincoln Tunnel', 'George Washington Bridge', 'Verrazzano-Narrows', 'Tappan Zee', 'Ponte Vasco da Gama'])}\"\n"
        "java.net.SocketTimeoutException: Read timed out\n\tat java.base/sun.nio.ch.NioSocketImpl.timedRead("
        "NioSocketImpl.java:288)\n\tat com.tollway.review.RegistryClient.fetch(RegistryClient.java:64)")


# ================================================================ 3. toll_tag_fulfilment

def ttf_p_graphql(r, c):
    p = c.person()
    vars_ = {"input": {"firstName": L(p.g, "NAME"), "lastName": L(p.f, "NAME"), "email": E(c.email(p)),
                       "phone": P(c.phone()), "plan": c.pick(["PERSONAL", "COMMUTER", "PAYG"]),
                       "vehicles": [{"plate": c.plate(), "class": 2}]}}
    r.f(f"{c.ts('iso')} api-gw POST /graphql op=CreateAccount client=¤ status=200 vars=¤",
        I(c.ip(0.3)), J(vars_, compact=True, ascii_=c.rng.random() < 0.4))


def ttf_p_manifest(r, c):
    r.t("H" + f"TAGSHIP{c.ts('compact')[:8]}".ljust(20) + "LOT" + c.digits(5) + "\n")
    for _ in range(c.rng.randint(1, 3)):
        p = c.person(native_ok=False)
        fam = p.rf.upper()[:20].rstrip(" -")
        giv = p.rg.upper()[:15].rstrip(" -")
        r.t("D" + c.digits(10) + "  ")
        r.v(fam, "NAME").t(" " * (21 - len(fam)))
        r.v(giv, "NAME").t(" " * (16 - len(giv)))
        r.t(f"{c.rng.randint(1, 9999):<6}{c.pick(['ELM', 'BIRCH', 'RIVER', 'MILL']):<10}{c.pick(['ST', 'RD']):<4}"
            f"{c.pick(['RICHMOND', 'BALTIMORE', 'DALLAS', 'ORLANDO']):<14}{c.rng.randint(10000, 99999)}\n")
    r.t("T" + "000003".rjust(10))


def ttf_p_autopay(r, c):
    p = c.person(native_ok=False)
    r.f(f"{c.ts('sp')} DEBUG PaymentProfileService - created profile acct={c.digits(9)} pan=¤ exp={c.rng.randint(1, 12):02d}/"
        f"{c.rng.randint(27, 31)} holder=\"¤\" replenish_at=10.00 amount=25.00",
        C(c.card(fmt=c.pick(["plain", "plain", "dash"]))), N(c.pick([p.GF, p.gf])))


def ttf_p_kafka(r, c):
    p = c.person()
    inner = {"event": "account.opened", "account": c.digits(9),
             "holder": {"given": N(p.g), "family": N(p.f), "email": E(c.email(p))},
             "tags": [{"serial": f"0{c.digits(9)}", "hex": c.hexid(10).upper()}]}
    if c.rng.random() < 0.5:
        q = c.person()
        inner["secondary"] = {"name": N(q.full), "phone": P(c.phone())}
    outer = {"topic": "tags.fulfilment", "partition": c.rng.randint(0, 11), "offset": int(c.digits(7)),
             "value": Inner(inner, compact=True, ascii_=c.rng.random() < 0.5)}
    r.f(f"{c.ts('iso')} consumer[fulfil-{c.rng.randint(1, 4)}] record=¤", J(outer, compact=True))


def ttf_p_mail(r, c):
    p = c.person()
    r.f(f"Date: {c.ts('sp')} +0000\nFrom: \"E-Tag Fulfilment\" <¤>\nTo: \"¤\" <¤>\n"
        f"Subject: Your transponder has shipped (order T{c.digits(7)})\nX-Bounce: 550 5.1.1 user unknown\n\n"
        f"Dear ¤,\nyour tag {c.digits(10)} is on its way.",
        E(c.email(None, "tollway.example")), N(c.pick([p.lf, p.full])), E(c.email(p)), N(p.g))


def ttf_p_authusers(r, c):
    p = c.person()
    users = []
    for _ in range(c.rng.randint(1, 3)):
        q = c.person()
        users.append({"name": N(q.full), "relationship": c.pick(["spouse", "child", "employee", "partner"]),
                      "mobile": P(c.phone()) if c.rng.random() < 0.5 else None})
    obj = {"accountId": c.digits(9), "primary": {"displayName": N(p.full), "login": N(p.acct())},
           "authorizedUsers": users, "updatedBy": N(c.person(native_ok=False).acct())}
    r.f(f"{c.ts('iso')} INFO account-svc authorized users changed:\n¤", J(obj, indent=2))


def ttf_p_french(r, c):
    p = c.person(native_ok=False, trad=c.pick(["fr", "fr", "fr_ca", "maghreb", "nl_be"]))
    r.f(f"{c.ts('eu')} Badge télépéage n° {c.digits(10)} expédié à {_hon(p, 'fr')} ¤ (¤) — abonnement "
        f"{c.pick(['Liber-t', 'Ulys', 'Pass+'])}, opérateur : ¤",
        N(c.pick([p.rf, p.gf, p.GF])), E(c.email(p)), N(c.person(native_ok=False).acct()))


def ttf_n_graphql(r, c):
    vars_ = {"filter": {"status": c.pick(["IN_STOCK", "RESERVED", "DEFECTIVE"]), "warehouse": c.pick(PLACES)},
             "first": 50}
    r.f(f"{c.ts('iso')} api-gw POST /graphql op=TagInventory client=fulfil-batch status=200 vars=¤",
        J(vars_, compact=True))


def ttf_n_manifest(r, c):
    r.t("H" + f"TAGSHIP{c.ts('compact')[:8]}".ljust(20) + "LOT" + c.digits(5) + "\n")
    for _ in range(c.rng.randint(1, 3)):
        co = c.pick(COMPANIES).upper()[:36]
        r.t("D" + c.digits(10) + "  " + co.ljust(37) + f"{c.pick(['FLEET DEPOT', 'RECEIVING']):<20}"
            f"{c.pick(['RICHMOND', 'DALLAS']):<14}{c.rng.randint(10000, 99999)}\n")
    r.t("T" + "000002".rjust(10))


def ttf_n_kafka(r, c):
    inner = {"event": "stock.adjusted", "warehouse": c.pick(PLACES), "delta": -c.rng.randint(1, 500),
             "reason": c.pick(["cycle count", "RMA", "damaged in transit"]), "by": c.pick(SERVICE_ACCTS)}
    outer = {"topic": "tags.inventory", "partition": c.rng.randint(0, 11), "offset": int(c.digits(7)),
             "value": Inner(inner, compact=True)}
    r.f(f"{c.ts('iso')} consumer[fulfil-{c.rng.randint(1, 4)}] record=¤", J(outer, compact=True))


def ttf_n_french(r, c):
    r.t(f"{c.ts('eu')} Lot de {c.rng.randint(50, 900)} badges télépéage expédié à l'agence {c.pick(PLACES)} — "
        f"transporteur : {c.pick(COMPANIES)}, opérateur : {c.pick(SERVICE_ACCTS)}")


# ================================================================ 4. pay_station_parcs

def pof_p_emv(r, c):
    p = c.person(native_ok=False)
    pan = c.card(fmt="plain")
    r.t(f"[{c.ts('sp')}] POF-{c.rng.randint(1, 12):02d} EMV TLV dump (txn {c.digits(8)}):\n")
    r.t("  4F: A0000000031010\n  50: VISA CREDIT\n  57: ")
    r.t(f"{c.hexid(4).upper()}D{c.digits(4)}\n")
    r.t("  5A: ").v(pan, "CREDIT_CARD").t("\n  5F20: ").v(p.sg, "NAME").t("\n")
    r.t(f"  5F24: {c.rng.randint(27, 31)}{c.rng.randint(1, 12):02d}31\n  9F02: 0000000{c.rng.randint(100, 999)}\n"
        f"  9F1A: 0826\n  9F26: {c.hexid(16).upper()}")


def pof_p_lost(r, c):
    p = c.person()
    obj = {"event": "lost_ticket", "station": f"POF-{c.rng.randint(1, 12):02d}", "fee": 35.0,
           "driver": {"name": N(p.full), "phone": P(c.phone()), "licence": f"{c.hexid(2).upper()}{c.digits(7)}"},
           "vehicle": {"plate": c.plate(), "make": c.pick(CARS)},
           "attendant": N(c.person(native_ok=False).acct())}
    r.f(f"{c.ts('iso')} parcs-core INFO ¤", J(obj, compact=c.rng.random() < 0.5, indent=None))


def pof_p_decline(r, c):
    p = c.person(native_ok=False)
    r.f(f"{c.ts('sp')} ERROR payterm[{c.rng.randint(100, 999)}] host decline rc=05 pan=¤ name=\"¤\" amt=¤ lane=EXIT-{c.rng.randint(1, 4)}",
        C(c.card()), N(c.pick([p.GF, p.sg, p.gf])), f"{c.rng.randint(2, 60)}.{c.rng.randint(0, 99):02d}")


def pof_p_validation(r, c):
    p = c.person(native_ok=False)
    r.f(f"{c.ts('sp')} validation applied ticket={c.digits(12)} merchant=\"{c.pick(COMPANIES)}\" discount=100% "
        f"clerk=¤ (¤) terminal=VAL-{c.rng.randint(1, 30):02d}",
        N(p.acct()), N(c.pick([p.gf, f"{p.rg} {p.rf[0]}.", p.fi])))


def pof_p_season_csv(r, c):
    r.t("card_no;holder_last;holder_first;email;vehicle;valid_to\n")
    for _ in range(c.rng.randint(1, 3)):
        p = c.person()
        r.t(f"{c.digits(8)};").v(p.f, "NAME").t(";").v(p.g, "NAME").t(";").v(c.email(p), "EMAIL")
        r.t(f";{c.plate()};{c.ts('date')}\n")


def pof_p_remote(r, c):
    op = c.person(native_ok=False)
    d = c.person()
    r.f(f"{c.ts('iso')} remote-ops AUDIT action=VEND_GATE lane=EXIT-{c.rng.randint(1, 6)} by=OPSCTR\\¤ from=¤ "
        "reason=\"driver ¤ lost ticket, called from ¤\"",
        N(op.acct()), I(c.ip(0.3)), N(d.full), P(c.phone()))


def pof_p_italian(r, c):
    p = c.person(native_ok=False, trad=c.pick(["it", "it", "ro", "sq"]))
    r.f(f"From: ¤\nTo: ¤\nSubject: Ricevuta sosta {c.digits(8)}\n\nGentile ¤,\ngrazie per aver sostato presso "
        f"{c.pick(['Parcheggio Centrale', 'Autosilo Porta Nuova'])}. Importo: EUR {c.rng.randint(2, 40)},00.",
        E(c.email(None, "parkright.example")), E(c.email(p)), N(c.pick([p.gf, p.rg])))


def pof_n_emv(r, c):
    r.t(f"[{c.ts('sp')}] POF-{c.rng.randint(1, 12):02d} EMV TLV dump (txn {c.digits(8)}):\n")
    r.t(f"  4F: A0000000041010\n  50: MASTERCARD\n  5A: 5{c.digits(5)}******{c.digits(4)}\n  5F20: /\n"
        f"  9F02: 0000000{c.rng.randint(100, 999)}\n  9F1A: 0826\n  9F26: {c.hexid(16).upper()}")


def pof_n_journal(r, c):
    r.t(f"{c.ts('sp')} POF-{c.rng.randint(1, 12):02d} TKT {c.digits(10)} IN {c.ts('hms')[:5]} OUT {c.ts('hms')[:5]} "
        f"FEE {c.rng.randint(1, 30)}.{c.rng.randint(0, 99):02d} {c.pick(['CASH', 'COIN', 'CONTACTLESS ****' + c.digits(4)])} "
        f"MSG \"{c.pick(UI_EN)}\" STATUS {c.pick(STATUS)}")


def pof_n_season_csv(r, c):
    r.t("card_no;holder_last;holder_first;email;vehicle;valid_to\n")
    for _ in range(c.rng.randint(1, 3)):
        r.t(f"{c.digits(8)};{c.pick(COMPANIES)};Pool car {c.rng.randint(1, 20)};;{c.plate()};{c.ts('date')}\n")


def pof_n_remote(r, c):
    r.t(f"{c.ts('iso')} remote-ops AUDIT action={c.pick(['VEND_GATE', 'RESET_LANE', 'PRINT_TEST'])} "
        f"lane=EXIT-{c.rng.randint(1, 6)} by={c.pick(SERVICE_ACCTS)} from=opsctr-console-3 reason=\"{c.pick(['barrier fault', 'scheduled test', 'loop detector stuck', 'paper jam'])}\" "
        f"display=\"{c.pick(UI)}\"")


# ================================================================ 5. citation_handheld_sync

def chs_p_sync(r, c):
    off = c.person(native_ok=False)
    dev = f"HH-{c.rng.randint(100, 999)}"
    r.f(f"{c.ts('sp')} [{dev}] sync start officer=PEO{c.rng.randint(100, 2999)} login=¤ fw=4.{c.rng.randint(0, 9)}.{c.rng.randint(0, 20)}\n",
        N(off.acct()))
    for _ in range(c.rng.randint(1, 3)):
        r.f(f"{c.ts('sp')} [{dev}] upload cit={c.digits(9)} plate={c.plate()} vio={c.pick(['EXPIRED METER', 'NO PERMIT', 'LOADING ZONE', 'DOUBLE PARKED'])} "
            "officer_name=\"¤\" photos=" + str(c.rng.randint(1, 4)) + "\n", N(c.pick([off.FG, off.LF, off.fi])))
    r.t(f"{c.ts('sp')} [{dev}] sync done ok")


def chs_p_photos(r, c):
    off = c.person(native_ok=False)
    a = off.acct().upper()
    r.t(f"{c.ts('sp')} photo-ingest: received ")
    n = c.rng.randint(1, 3)
    for i in range(n):
        r.t("DCIM/").v(a, "NAME").t(f"_{c.ts('compact')}_{i:04d}.jpg" + (", " if i < n - 1 else ""))
    r.f(f" for citation {c.digits(9)} (officer ¤)", N(off.gf))


def chs_p_void(r, c):
    a = c.person(native_ok=False)
    b = c.person(native_ok=False)
    arrow = c.pick(["->", "→", "=>", ">>"])
    r.f(f"{c.ts('sp')} VOID cit={c.digits(9)} reason=\"{c.pick(['wrong plate', 'valid permit shown', 'meter fault'])}\" "
        f"requested_by=¤ {arrow} approved_by=\"¤\" (supervisor)",
        N(a.acct()), N(c.pick([b.lf, b.full])))


def chs_p_sql(r, c):
    p = c.person(native_ok=False)
    off = c.person(native_ok=False)
    r.f(f"{c.ts('sp')} [SQL] INSERT INTO citation (cit_no, plate, issued_at, owner_last, owner_first, owner_phone, officer) "
        f"VALUES ('{c.digits(9)}', '{c.plate()}', '{c.ts('sp')}', '¤', '¤', '¤', '¤')",
        N(p.rf.replace("'", "''")), N(p.rg), P(c.phone("US")), N(off.acct()))


def chs_p_docket(r, c):
    r.t("HEARING DOCKET  " + c.ts("date") + "  ROOM 2B\n")
    r.t("TIME   CITATION    APPELLANT                     HEARING OFFICER\n")
    ho = c.person(native_ok=False)
    n = c.rng.randint(1, 3)
    for _ in range(n):
        p = c.person(native_ok=False)
        ap = p.LF[:28].rstrip(" ,-")
        ho_s = ho.fi
        r.t(f"{c.ts('hms')[:5]}  {c.digits(9)}   ").v(ap, "NAME").t(" " * (30 - len(ap))).v(ho_s, "NAME").t("\n")
    r.t(f"-- {n} scheduled")


def chs_p_spanish(r, c):
    a = c.person(native_ok=False, trad=c.pick(["es", "mx", "br", "pt"]))
    o = c.person(native_ok=False)
    r.f(f"{c.ts('sp')} Multa {c.digits(9)} anulada por el agente ¤ (¤). Motivo: el titular ¤ presentó "
        "distintivo de residente válido.", N(a.gf), N(a.acct()), N(o.full))


def chs_p_trace(r, c):
    p = c.person()
    off = c.person(native_ok=False)
    r.t(f"{c.ts('sp')} ERROR sync worker crashed\nTraceback (most recent call last):\n"
        '  File "/srv/hh/sync.py", line 211, in push\n    api.post("/citations", payload)\n'
        "requests.exceptions.HTTPError: 422 Client Error: Unprocessable Entity\npayload = ")
    st = r.mark()
    r.t("{'cit': '" + c.digits(9) + "', 'officer': ").add(pyq(N(off.acct()))).t(", 'owner': {'name': ")
    r.add(pyq(N(p.full))).t(", 'phone': ").add(pyq(P(c.phone()))).t("}, 'photos': " + str(c.rng.randint(0, 4)) + "}")
    r.check_py(st)


def chs_n_sync(r, c):
    dev = f"HH-{c.rng.randint(100, 999)}"
    r.t(f"{c.ts('sp')} [{dev}] sync start officer=PEO{c.rng.randint(100, 2999)} login={c.pick(['handheld-sync', 'TRAINING01', 'demo'])} "
        f"fw=4.{c.rng.randint(0, 9)}.{c.rng.randint(0, 20)}\n{c.ts('sp')} [{dev}] battery={c.rng.randint(5, 99)}% "
        f"gps=fix printer={c.pick(['OK', 'Low Paper', 'Offline'])}\n{c.ts('sp')} [{dev}] 0 citations to upload")


def chs_n_void(r, c):
    r.t(f"{c.ts('sp')} VOID cit={c.digits(9)} reason=\"duplicate upload\" requested_by={c.pick(SERVICE_ACCTS)} -> "
        f"approved_by=\"{c.pick(['Auto-Approved', 'RULE_ENGINE', 'Policy DUP-1'])}\"")


def chs_n_sql(r, c):
    r.t(f"{c.ts('sp')} [SQL] INSERT INTO citation (cit_no, plate, issued_at, owner_last, owner_first, owner_phone, officer) "
        f"VALUES ('{c.digits(9)}', '{c.plate()}', '{c.ts('sp')}', '{c.pick(COMPANIES).replace(chr(39), chr(39) * 2)}', "
        f"NULL, NULL, '{c.pick(SERVICE_ACCTS)}')")


def chs_n_docket(r, c):
    r.t("HEARING DOCKET  " + c.ts("date") + f"  ROOM {c.pick(['2B', 'Lovelace Room', 'Victoria Suite'])}\n"
        "TIME   CITATION    APPELLANT                     HEARING OFFICER\n-- no hearings scheduled\n"
        f"-- next sitting {c.ts('date')} ({c.pick(['Adjudication Panel', 'Court Services'])})")


# ================================================================ 6. parking_reservation_marketplace

def prm_p_webhook(r, c):
    p = c.person()
    obj = {"type": "reservation.created", "id": f"rsv_{c.hexid(12)}",
           "data": {"facility": {"id": c.rng.randint(1000, 9999), "name": f"{c.pick(PLACES)} Street Garage"},
                    "customer": {"first_name": N(p.g), "last_name": N(p.f), "email": E(c.email(p)),
                                 "phone": P(c.phone())},
                    "vehicle": {"plate": c.plate(), "model": c.pick(CARS)},
                    "starts_at": c.ts("iso"), "price": {"amount": c.rng.randint(500, 5000), "currency": "USD"}}}
    r.f(f"{c.ts('iso')} webhook-dispatch POST https://partner.example/hooks 200\n¤",
        J(obj, indent=2, ascii_=c.rng.random() < 0.3))


def prm_p_xml(r, c):
    p = c.person(native_ok=False)
    st = r.mark()
    r.f(f"<Reservation id=\"{c.digits(8)}\" channel=\"aggregator\">\n  <Driver>\n    <GivenName>¤</GivenName>\n"
        "    <Surname>¤</Surname>\n    <Email>¤</Email>\n  </Driver>\n"
        f"  <Lot code=\"{c.hexid(4).upper()}\">{c.pick(PLACES)} Airport Long Stay</Lot>\n"
        f"  <Arrival>{c.ts('iso')}</Arrival>\n</Reservation>",
        N(xml(p.rg)), N(xml(p.rf)), E(c.email(p)))
    r.check_xml(st)


def prm_p_mail(r, c):
    p = c.person()
    r.f(f"Return-Path: <¤>\nMessage-ID: <{c.digits(12)}@mailer.parkright.example>\n"
        "From: ParkRight <¤>\nTo: ¤ <¤>\nSubject: Your parking is booked\n\nHi ¤, your space at "
        f"{c.pick(PLACES)} Central is confirmed for {c.ts('sp')}. Show code {c.hexid(6).upper()} at the gate.",
        E("bounces@parkright.example"), E("bookings@parkright.example"), N(p.full), E(c.email(p)), N(p.g))
    c.values.append(("EMAIL", "bounces@parkright.example"))


def prm_p_redeem(r, c):
    p = c.person()
    r.f(f"level=info ts={c.ts('iso')} msg=redeem code={c.hexid(8).upper()} facility={c.rng.randint(1000, 9999)} "
        f"lane=IN-{c.rng.randint(1, 4)} holder=\"¤\" result={c.pick(['ok', 'ok', 'early', 'late'])}",
        N(jstr(c.pick([p.full, p.gf, p.GF]))))


def prm_p_chat(r, c):
    cu = c.person()
    ag = c.person(native_ok=False)
    r.t(f"--- transcript chat#{c.digits(7)} ---\n")
    r.f(f"[{c.ts('hms')}] ¤ (agent): Hi ¤, I can see booking {c.hexid(6).upper()}. How can I help?\n",
        N(ag.acct()), N(cu.g))
    r.f(f"[{c.ts('hms')}] ¤: the gate didn't open, I paid twice. my number is ¤\n", N(cu.full), P(c.phone()))
    r.f(f"[{c.ts('hms')}] ¤ (agent): Sorry about that, refund issued. — ¤", N(ag.acct()), N(ag.rg))


def prm_p_access(r, c):
    p = c.person()
    enc = c.pick([form, pct])
    r.f("¤ - - [" + f"01/Dec/2026:{c.ts('hms')} +0000] \"GET /account/lookup?name=¤&email=¤&ref=sms HTTP/1.1\" 200 "
        f"{c.rng.randint(200, 9000)} \"-\" \"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)\"",
        I(c.ip(0.3)), N(enc(p.full)), E(pct(c.email(p))))


def prm_p_japanese(r, c):
    p = c.person(trad="ja") if c.rng.random() < 0.6 else c.person()
    r.f(f"{c.ts('sp')} 予約確定: ¤ 様 ご予約番号 {c.digits(8)}、{c.pick(['新宿', '梅田', '博多'])}第{c.rng.randint(1, 9)}駐車場、"
        "連絡先 ¤", N(p.full), P(c.phone("JP")))


def prm_n_webhook(r, c):
    obj = {"type": "availability.updated", "id": f"evt_{c.hexid(12)}",
           "data": {"facility": {"id": c.rng.randint(1000, 9999), "name": f"{c.pick(PLACES)} Street Garage"},
                    "spaces_free": c.rng.randint(0, 400), "rate": {"hourly": c.rng.randint(2, 9), "currency": "USD"},
                    "updated_by": c.pick(SERVICE_ACCTS)}}
    r.f(f"{c.ts('iso')} webhook-dispatch POST https://partner.example/hooks 200\n¤", J(obj, indent=2))


def prm_n_xml(r, c):
    st = r.mark()
    r.t(f"<Inventory lot=\"{c.hexid(4).upper()}\">\n  <Name>{c.pick(PLACES)} Airport Long Stay</Name>\n"
        f"  <Operator>{xml(c.pick(COMPANIES))}</Operator>\n  <Free>{c.rng.randint(0, 900)}</Free>\n</Inventory>")
    r.check_xml(st)


def prm_n_chat(r, c):
    r.t(f"--- transcript chat#{c.digits(7)} ---\n[{c.ts('hms')}] ParkBot: Hi! I'm ParkBot. Choose an option.\n"
        f"[{c.ts('hms')}] visitor: refund\n[{c.ts('hms')}] ParkBot: Refunds are issued within 5 days. "
        f"[{c.pick(UI_EN)}]")


def prm_n_redeem(r, c):
    r.t(f"level=info ts={c.ts('iso')} msg=redeem code={c.hexid(8).upper()} facility={c.rng.randint(1000, 9999)} "
        f"lane=IN-{c.rng.randint(1, 4)} holder=\"{c.pick(['Guest', 'Fleet account', 'Valet pool'] + COMPANIES)}\" "
        f"result={c.pick(['expired', 'not_found', 'ok'])} screen=\"{c.pick(UI)}\"")


FAMILIES = [
    ("anpr_camera_reads",
     [anpr_p_isapi, anpr_p_mqtt, anpr_p_csv, anpr_p_logfmt, anpr_p_hotlist, anpr_p_german, anpr_p_trace],
     [anpr_n_isapi, anpr_n_mqtt, anpr_n_csv, anpr_n_logfmt]),
    ("toll_image_review",
     [tir_p_queue, tir_p_registry, tir_p_sql, tir_p_qa_csv, tir_p_nomination, tir_p_spanish, tir_p_java],
     [tir_n_queue, tir_n_registry, tir_n_csv, tir_n_java]),
    ("toll_tag_fulfilment",
     [ttf_p_graphql, ttf_p_manifest, ttf_p_autopay, ttf_p_kafka, ttf_p_mail, ttf_p_authusers, ttf_p_french],
     [ttf_n_graphql, ttf_n_manifest, ttf_n_kafka, ttf_n_french]),
    ("pay_station_parcs",
     [pof_p_emv, pof_p_lost, pof_p_decline, pof_p_validation, pof_p_season_csv, pof_p_remote, pof_p_italian],
     [pof_n_emv, pof_n_journal, pof_n_season_csv, pof_n_remote]),
    ("citation_handheld_sync",
     [chs_p_sync, chs_p_photos, chs_p_void, chs_p_sql, chs_p_docket, chs_p_spanish, chs_p_trace],
     [chs_n_sync, chs_n_void, chs_n_sql, chs_n_docket]),
    ("parking_reservation_marketplace",
     [prm_p_webhook, prm_p_xml, prm_p_mail, prm_p_redeem, prm_p_chat, prm_p_access, prm_p_japanese],
     [prm_n_webhook, prm_n_xml, prm_n_chat, prm_n_redeem]),
]

