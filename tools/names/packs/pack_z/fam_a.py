"""pack_z families 1-6: crew lists, seafarer documents, port calls, ship agency, DG cargo, customs."""

from __future__ import annotations

from datetime import timedelta

from core import (
    COMPANIES,
    NAT,
    PLACES,
    PORTS,
    PRODUCTS,
    RANK_CODES,
    RANKS,
    SERVICE_ACCTS,
    STATUS,
    UI_STRINGS,
    VESSELS,
    B,
    Obj,
    Sub,
    V,
    alnum,
    callsign,
    card,
    container,
    dig,
    fold,
    form,
    host,
    imo,
    ip_any,
    iso,
    isoms,
    jtostr,
    last4,
    masked_pan,
    mmsi,
    pct,
    phone,
    rid,
    ssn,
    sysl,
    voyage,
    when,
)

CITIES = ["Manila", "Cebu", "Iloilo", "Mumbai", "Odesa", "Kherson", "Split", "Gdynia", "Constanța", "Varna",
          "Yangon", "Jakarta", "Dalian", "Piraeus", "Lagos", "Tema", "Rijeka", "Mariupol", "Kochi", "Chennai",
          "Batumi", "Klaipėda", "Haiphong", "Busan", "Tarawa", "Suva", "Galle", "Izmir", "Novorossiysk"]


def dob(rng) -> str:
    y, m, d = rng.randint(1962, 2004), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}/{m:02d}/{y}",
                       f"{d:02d}-{['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'][m - 1]}-{y}"])


def passport(rng) -> str:
    return rng.choice(["P", "EC", "FX", "K", "E", "PA", "G"]) + rid(rng, rng.choice([6, 7, 8]))


def seabook(rng) -> str:
    return rng.choice(["SB", "SRB-", "C", "SID"]) + rid(rng, 7)


def agent_acct(rng, b: B):
    p = b.person(rng)
    return p, p.acct(rng)


def cased(p_val: str, mode: str) -> str:
    return p_val.upper() if mode == "U" else p_val


# =================================================================================================== 1
def p_fal5_csv(rng, b):
    vessel, port = rng.choice(VESSELS), rng.choice(PORTS)
    up = rng.random() < 0.45
    sep = rng.choice([",", ";", "\t", ","])
    b.t(f"# FAL Form 5 - Crew List | vessel={vessel} IMO {imo(rng)} | arrival {port[0]} | {iso(when(rng))}\n")
    b.t(sep.join(["No.", "Family name", "Given names", "Rank or rating", "Nationality", "Date of birth",
                  "Place of birth", "Nature of ID", "No. of ID"]), "\n")
    for i, p in enumerate(b.people(rng, rng.randint(2, 5))):
        fam = p.family.upper() if up else p.family
        giv = (p.given + (" " + p.middle if p.middle else "")).upper() if up else p.given + (
            " " + p.middle if p.middle else "")
        b.t(f"{i + 1}{sep}").nm(fam).t(sep).nm(giv).t(
            sep.join(["", rng.choice(RANKS), rng.choice(NAT), dob(rng), rng.choice(CITIES),
                      rng.choice(["PP", "SB", "SID"]), passport(rng)]), "\n")


def p_fal5_fixed(rng, b):
    b.t(f"CREWLIST {rng.choice(VESSELS):<24s} CALL {callsign(rng)} VOY {voyage(rng)} PRINTED {iso(when(rng))}\n")
    b.t("SEQ SURNAME              GIVEN NAMES          RANK  NAT DOB        BOOK NO\n")
    fold_ = rng.random() < 0.5
    for i, p in enumerate(b.people(rng, rng.randint(2, 5), native_p=0)):
        sur = p.family.upper()
        giv = p.given.upper()
        if fold_:
            sur, giv = fold(sur), fold(giv)
        b.t(f"{i + 1:03d} ").nm(sur).t(" " * max(1, 21 - len(sur))).nm(giv).t(" " * max(1, 21 - len(giv)))
        b.t(f"{rng.choice(RANK_CODES):<5s} {rng.choice(NAT)} {rng.randint(1965, 2003)}{rng.randint(1, 12):02d}"
            f"{rng.randint(1, 28):02d}   {seabook(rng)}\n")


def p_nsw_xml(rng, b):
    members = []
    for i, p in enumerate(b.people(rng, rng.randint(1, 3), native_p=0)):
        kids = [("SequenceNumber", {}, [str(i + 1)]), ("FamilyName", {}, [V(p.family, "NAME")]),
                ("GivenName", {}, [V(p.given, "NAME")])]
        if p.middle:
            kids.append(("MiddleName", {}, [V(p.middle, "NAME")]))
        kids += [("RankOrRating", {"code": rng.choice(RANK_CODES)}, [rng.choice(RANKS)]),
                 ("Nationality", {}, [rng.choice(NAT)]),
                 ("IdentityDocument", {"type": "Passport"}, [("Number", {}, [passport(rng)])])]
        members.append(("CrewMember", {}, kids))
    sub_p = b.person(rng)
    root = ("CrewList", {"xmlns": "urn:example:nsw:fal5:2.1", "version": "2.1"},
            [("Vessel", {"imo": imo(rng), "callSign": callsign(rng)}, [rng.choice(VESSELS)]),
             ("PortOfCall", {}, [rng.choice(PORTS)[0]]),
             ("SubmittedBy", {"login": V(sub_p.acct(rng), "NAME")}, [V(sub_p.gf(), "NAME")])] + members)
    b.xml(root, indent=rng.choice([2, 2, None]), decl=rng.random() < 0.5)


def p_crew_change(rng, b):
    off, ag = b.people(rng, 2)
    on = b.person(rng, native_p=0.35)
    port = rng.choice(PORTS)
    d = when(rng)
    b.t(f"{iso(d)} level=info svc=crewing event=crew_change vessel=\"{rng.choice(VESSELS)}\" port={port[0]} "
        f"rank={rng.choice(RANK_CODES)} off_signer=\"").nm(off.lf()).t("\" on_signer=\"").nm(on.disp()).t(
        "\" agent=").nm(ag.acct(rng))
    if rng.random() < 0.6:
        b.t(" manning_contact=").em(ag.email(rng))
    if rng.random() < 0.5:
        b.t(" on_signer_mobile=\"").ph(phone(rng, rng.choice(["PH", "IN", "UA", "ID", "MM"]))).t("\"")
    b.t(f" flight=\"{rng.choice(['QR', 'EK', 'TK', 'SQ', 'PR'])}{rng.randint(100, 999)}\" status=confirmed")


def p_signon_json(rng, b):
    p, usr = b.people(rng, 2)
    nok = b.person(rng, native_p=0.35)
    obj = {"event": "SIGN_ON", "ts": iso(when(rng)),
           "seafarer": {"id": "SF-" + rid(rng, 6), "firstName": V(p.given, "NAME"),
                        "lastName": V(p.family, "NAME"), "rank": rng.choice(RANKS),
                        "nationality": rng.choice(NAT)},
           "vessel": {"name": rng.choice(VESSELS), "imo": imo(rng)},
           "contract": {"months": rng.choice([4, 6, 8, 9]), "wageScale": "ITF-" + str(rng.randint(2024, 2026))},
           "nextOfKin": {"name": V(nok.disp(), "NAME"), "relation": rng.choice(["wife", "mother", "father",
                                                                                "husband", "sister", "brother"]),
                         "phone": V(phone(rng), "PHONE")},
           "createdBy": V(usr.email(rng), "EMAIL")}
    if p.middle:
        obj["seafarer"]["middleName"] = V(p.middle, "NAME")
    b.js(obj, indent=rng.choice([2, None]), ascii_=rng.random() < 0.3)


def p_crew_exc(rng, b):
    p = b.person(rng)
    b.t(f"{isoms(when(rng), rng)} ERROR [crewlist-worker-{rng.randint(1, 8)}] c.e.crew.CrewListService - "
        "rejecting crew list\ncom.example.crew.CrewListValidationException: Duplicate seafarer in crew list: ")
    jtostr(b, "CrewMember", [("surname", V(p.family, "NAME")), ("givenNames", V(p.given, "NAME")),
                             ("rank", rng.choice(RANK_CODES), False), ("seamansBook", seabook(rng)),
                             ("nationality", rng.choice(NAT), False)])
    b.t("\n\tat com.example.crew.CrewListValidator.checkDuplicates(CrewListValidator.java:"
        f"{rng.randint(40, 300)})\n\tat com.example.crew.CrewListService.submit(CrewListService.java:"
        f"{rng.randint(40, 300)})\n\tat java.base/java.lang.Thread.run(Thread.java:1583)")


def p_crew_note_lang(rng, b):
    off, on, ag = b.people(rng, 3)
    port = rng.choice(PORTS)[1]
    k = rng.randrange(4)
    if k == 0:
        b.t(f"Cambio de tripulación en {port}: desembarca ").nm(off.full()).t(", embarca ").nm(on.full()).t(
            ". Agente: ").nm(ag.acct(rng))
    elif k == 1:
        b.t(f"Troca de tripulação em {port}: desembarque de ").nm(off.full()).t(" e embarque de ").nm(
            on.full()).t("; contacto ").ph(phone(rng, "BR"))
    elif k == 2:
        b.t(f"Смена экипажа в порту {port}: списывается ").nm(off.disp()).t(", прибывает ").nm(on.disp()).t(
            "; агент ").em(ag.email(rng))
    else:
        b.t(f"Crew change {port}: sign-off ").nm(off.LF()).t(" / sign-on ").nm(on.LF()).t(" - approved by ").nm(
            ag.acct(rng))


def p_us_allotment(rng, b):
    p, clerk = b.people(rng, 2, native_p=0)
    b.t(f"{iso(when(rng))} payroll.allotment vessel=\"{rng.choice(VESSELS)}\" flag=US seafarer=\"").nm(
        p.LF() if rng.random() < 0.5 else p.lf()).t("\" ")
    k = rng.randrange(3)
    if k == 0:
        b.t("ssn=").ssn(ssn(rng, rng.choice(["dash", "bare", "space"])))
    elif k == 1:
        b.t("tin=").ssn(ssn(rng, "bare"))
    else:
        b.t("ssn_last4=").ssn(last4(rng))
    b.t(f" routing={rid(rng, 9)} acct=****{dig(rng, 4)} amount=USD{rng.randint(500, 4000)} union="
        f"{rng.choice(['SIU', 'MM&P', 'AMO', 'MFOW'])} entered_by=").nm(clerk.acct(rng))


def n_fal5_vacant(rng, b):
    b.t(f"# FAL Form 5 - Crew List | vessel={rng.choice(VESSELS)} IMO {imo(rng)} | draft\n")
    b.t("No.,Family name,Given names,Rank or rating,Nationality,Date of birth,Place of birth,Nature of ID,No. of ID\n")
    for i in range(rng.randint(2, 4)):
        b.t(f"{i + 1},{rng.choice(['VACANT', 'TBA', 'TBC', 'RELIEF PENDING'])},-,{rng.choice(RANKS)},-,-,-,-,-\n")


def n_crew_exc(rng, b):
    b.t(f"{isoms(when(rng), rng)} WARN [crewlist-worker-{rng.randint(1, 8)}] c.e.crew.CrewListService - "
        f"crew list for IMO {imo(rng)} has {rng.randint(1, 4)} rows without IdentityDocument (rows "
        f"{rng.randint(2, 9)}, {rng.randint(10, 22)}); submitted by {rng.choice(SERVICE_ACCTS)}")


def n_crew_change(rng, b):
    b.t(f"{iso(when(rng))} level=info svc=crewing event=crew_change_window vessel=\"{rng.choice(VESSELS)}\" "
        f"port={rng.choice(PORTS)[0]} manning_agent=\"{rng.choice(COMPANIES)}\" approver={rng.choice(SERVICE_ACCTS)} "
        f"status=\"{rng.choice(STATUS)}\" note=\"{rng.choice(UI_STRINGS)}\"")


def n_nsw_xml(rng, b):
    b.xml(("CrewListSummary", {"version": "2.1"},
           [("Vessel", {"imo": imo(rng)}, [rng.choice(VESSELS)]), ("PortOfCall", {}, [rng.choice(PORTS)[0]]),
            ("CrewCount", {}, [str(rng.randint(12, 28))]), ("Status", {}, [rng.choice(STATUS)]),
            ("SubmittedBy", {"login": rng.choice(SERVICE_ACCTS)}, [rng.choice(COMPANIES)])]), indent=2)


# =================================================================================================== 2
def _mrz_check(s: str) -> str:
    vals = {c: i for i, c in enumerate("0123456789")}
    vals.update({c: 10 + i for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")})
    vals["<"] = 0
    w = [7, 3, 1]
    return str(sum(vals[c] * w[i % 3] for i, c in enumerate(s)) % 10)


def p_mrz_scan(rng, b):
    p = b.person(rng, native_p=0)
    nat = rng.choice(NAT)
    name = p.mrz()
    if len(name) > 39:
        name = name[:39].rstrip("<")
    doc = ("E" if rng.random() < 0.5 else "P") + rid(rng, 8)
    birth = f"{rng.randint(65, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    exp = f"{rng.randint(27, 35):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    l2 = doc + _mrz_check(doc) + nat + birth + _mrz_check(birth) + p.gender.upper() + exp + \
        _mrz_check(exp) + "<" * 15
    l2 = l2 + _mrz_check(l2[:10] + l2[13:20] + l2[21:43])
    b.t(f"{isoms(when(rng), rng)} INFO docscan[{rng.randint(1000, 9999)}] kiosk={host(rng, 'crewdesk')} "
        "MRZ read ok\n  line1: P<" + nat).nm(name).t("<" * (44 - 5 - len(name)) + "\n  line2: " + l2 + "\n")
    b.t("  parsed: ")
    b.js({"surname": V(p.mrz().split("<<")[0].replace("<", " "), "NAME"),
          "given_names": V(p.mrz().split("<<")[1].replace("<", " "), "NAME"), "nationality": nat,
          "document_number": doc}, compact=True)


def p_cert_verify(rng, b):
    p = b.person(rng, native_p=0)
    ip = ip_any(rng)
    enc = rng.choice([pct, form])
    b.ip(ip).t(f" - - [{when(rng).strftime('%d/%b/%Y:%H:%M:%S')} +0000] \"GET /stcw/verify?cert_no="
               f"{rng.choice(['COC', 'GOC', 'COP'])}-{rid(rng, 6)}&surname=").nm(p.family, enc).t(
        "&given=").nm(p.given, enc).t(f"&dob={rng.randint(1965, 2003)}-{rng.randint(1, 12):02d}-"
                                      f"{rng.randint(1, 28):02d} HTTP/1.1\" 200 {rng.randint(400, 2400)} \"-\" "
                                      f"\"Mozilla/5.0 (Windows NT 10.0; Win64; x64)\"")


def p_mmc_ssn(rng, b):
    p, ev = b.people(rng, 2, native_p=0)
    k = rng.randrange(3)
    b.t(f"{iso(when(rng))} nmc-intake app=MMC-{rid(rng, 7)} type={rng.choice(['original', 'renewal', 'raise-of-grade'])} "
        "applicant=\"").nm(p.LF()).t("\" ")
    if k == 0:
        b.t("ssn=").ssn(ssn(rng, rng.choice(["dash", "bare"])))
    elif k == 1:
        b.t("ssn_last4=").ssn(last4(rng))
    else:
        b.t("identity=\"SSN ending ").ssn(last4(rng)).t("\"")
    b.t(" email=").em(p.email(rng)).t(" evaluator=").nm(ev.acct(rng)).t(
        f" endorsements=\"{rng.choice(['AB-Unlimited', 'QMED-Oiler', 'Master 1600 GRT', 'Tankerman-PIC'])}\"")


def p_medical(rng, b):
    p, dr = b.people(rng, 2)
    days = rng.randint(3, 30)
    k = rng.randrange(3)
    if k == 0:
        b.t("[docs-expiry] Medical fitness certificate (ML5/ENG1) for ").nm(p.full()).t(
            f" ({rng.choice(RANKS)}, {rng.choice(VESSELS)}) expires in {days} days; examining doctor Dr. ").nm(
            dr.family).t(". Notify ").em(p.email(rng))
    elif k == 1:
        b.t(f"{iso(when(rng))} WARN docs.expiry cert=PEME holder=").nm(p.acct(rng)).t(
            f" expires_in={days}d clinic=\"Seafarers Medical Centre {rng.choice(['Manila', 'Mumbai', 'Odesa'])}\""
            " physician=\"").nm(dr.ifam()).t("\"")
    else:
        b.t("船員手帳の有効期限が近づいています: ").nm(p.disp()).t(f" 様 (残り{days}日) 担当: ").nm(dr.disp())


def p_training_csv(rng, b):
    b.t("course_code,course,trainee,trainee_login,completed,instructor\n")
    for _ in range(rng.randint(2, 4)):
        t, ins = b.people(rng, 2, native_p=0)
        b.t(rng.choice(["BST-01,Basic Safety Training", "AFF-02,Advanced Fire Fighting",
                        "ECDIS-G,ECDIS Generic", "BRM-3,Bridge Resource Management", "MEFA,Medical First Aid"]),
            ",\"").nm(t.lf()).t("\",").nm(t.acct(rng, digits=0.1)).t(f",2026-{rng.randint(1, 11):02d}-"
                                                                      f"{rng.randint(1, 28):02d},").nm(
            ins.acct(rng)).t("\n")


def p_doc_repr(rng, b):
    p = b.person(rng)
    ocr = b.person(rng)
    b.t(f"{iso(when(rng))} DEBUG seafarer_docs.pipeline: extracted ")
    b.py(Obj("SeafarerDocument", holder=Obj("Holder", surname=V(p.family, "NAME"), given_names=V(p.given, "NAME")),
             doc_type=rng.choice(["SID", "SEAMANS_BOOK", "COC", "GMDSS_GOC"]), number=seabook(rng),
             issued_by=rng.choice(["MARINA", "DG Shipping", "Panama Maritime Authority", "LISCR"]),
             reviewed_by=V(ocr.acct(rng), "NAME")))


def n_mrz_fail(rng, b):
    b.t(f"{isoms(when(rng), rng)} WARN docscan[{rng.randint(1000, 9999)}] kiosk={host(rng, 'crewdesk')} MRZ checksum "
        f"mismatch line=2 pos={rng.choice([9, 19, 27, 43])} retry={rng.randint(1, 3)} device=\"{rng.choice(PRODUCTS)}\"")


def n_cert_verify(rng, b):
    b.t(f"verify-lb-{rng.randint(1, 4):02d}.internal - - [{when(rng).strftime('%d/%b/%Y:%H:%M:%S')} +0000] "
        f"\"GET /stcw/verify?cert_no=COC-{rid(rng, 6)}&lang={rng.choice(['en', 'es', 'tl', 'uk'])} HTTP/1.1\" "
        f"404 {rng.randint(100, 400)} \"-\" \"{rng.choice(SERVICE_ACCTS)}/2.3.1\"")


def n_training_csv(rng, b):
    b.t("course_code,course,sessions,venue,status\n")
    for _ in range(rng.randint(2, 4)):
        b.t(rng.choice(["BST-01,Basic Safety Training", "AFF-02,Advanced Fire Fighting", "ECDIS-G,ECDIS Generic"]),
            f",{rng.randint(1, 12)},\"{rng.choice(PLACES)} Maritime Academy\",{rng.choice(STATUS)}\n")


def n_expiry_batch(rng, b):
    b.t(f"[docs-expiry] batch {rid(rng, 6)} done: {rng.randint(0, 40)} certificates expiring within 30 days, "
        f"{rng.randint(0, 5)} expired; fleet=\"{rng.choice(COMPANIES)}\"; message=\"{rng.choice(UI_STRINGS)}\"")


# =================================================================================================== 3
def p_prearrival_json(rng, b):
    ag, sso = b.people(rng, 2)
    m = b.person(rng, native_p=0.35)
    port = rng.choice(PORTS)
    obj = {"messageType": "PRE_ARRIVAL_NOTIFICATION", "portCallId": port[0] + rid(rng, 8),
           "vessel": {"name": rng.choice(VESSELS), "imo": imo(rng), "mmsi": mmsi(rng), "callSign": callsign(rng)},
           "eta": iso(when(rng)), "master": {"name": V(m.disp(), "NAME")},
           "agent": {"company": rng.choice(COMPANIES), "contact": V(ag.gf(), "NAME"),
                     "email": V(ag.email(rng), "EMAIL"), "phone": V(phone(rng), "PHONE")},
           "shipSecurityOfficer": {"name": V(sso.LF() if rng.random() < 0.4 else sso.full(), "NAME"),
                                   "phone": V(phone(rng, rng.choice(["INMARSAT", "IRIDIUM", "GR", "HR"])), "PHONE")},
           "lastPorts": [p[0] for p in rng.sample(PORTS, 3)]}
    if rng.random() < 0.35:
        inner = B()
        inner.js(obj, compact=True)
        b.js({"topic": "pcs.portcall.notifications", "partition": rng.randint(0, 11), "offset": rng.randint(1, 99999),
              "value": Sub(inner)}, compact=True)
    else:
        b.js(obj, indent=rng.choice([2, 4, None]), ascii_=rng.random() < 0.25)


def p_fal1(rng, b):
    m = b.person(rng, native_p=0)
    ag = b.person(rng, native_p=0)
    port = rng.choice(PORTS)
    b.t("IMO GENERAL DECLARATION (FAL 1)\n"
        f"1.1 Name and type of ship : {rng.choice(VESSELS)} / CONTAINER SHIP\n"
        f"1.2 IMO number            : {imo(rng)}\n"
        f"1.3 Call sign             : {callsign(rng)}\n"
        f"2.  Port of arrival       : {port[1].upper()} ({port[0]})\n"
        f"5.  Name of master        : ").nm(m.up() if rng.random() < 0.6 else m.full()).t(
        "\n6.  Name and contact details of ship's agent : ").nm(ag.full()).t(", ").ph(phone(rng)).t(
        "\n12. Brief description of the cargo : containers, general\n"
        f"13. Number of crew        : {rng.randint(14, 26)}\n"
        "19. Signature by master/authorized agent : ").nm(m.ifam())


def p_eta_mail(rng, b):
    ag, m = b.people(rng, 2)
    v = rng.choice(VESSELS)
    b.t("From: \"").nm(m.full()).t("\" <").em(f"master.{alnum(v.split()[-1])}@fleetmail.example").t(">\n")
    b.t("To: ").em(ag.email(rng)).t("\nCc: ").em(rng.choice(["ops", "marine", "portcaptain"]) + "@portagency.example")
    b.t(f"\nSubject: MV {v} - ETA {rng.choice(PORTS)[0]} {when(rng).strftime('%d%H%MLT')} / NOR to follow\n"
        f"Date: {when(rng).strftime('%a, %d %b %Y %H:%M:%S +0000')}\n\nDear ").nm(ag.first()).t(
        f",\nPls note ETA pilot station as above, draft fwd {rng.randint(8, 14)}.{rng.randint(0, 9)}m aft "
        f"{rng.randint(9, 15)}.{rng.randint(0, 9)}m.\nBRGDS\nCapt. ").nm(m.ifam())


def p_clearance_syslog(rng, b):
    off, m = b.people(rng, 2)
    d = when(rng)
    b.t(f"<134>{sysl(d)} {host(rng, 'hmo')} clearance[{rng.randint(100, 9999)}]: port_call={rng.choice(PORTS)[0]}"
        f"{rid(rng, 8)} action={rng.choice(['inward_clearance', 'outward_clearance', 'free_pratique'])} "
        "officer=").nm(off.acct(rng)).t(" master=\"").nm(m.up()).t("\" src=").ip(ip_any(rng)).t(" result=granted")


def p_psc(rng, b):
    psco, m, ce = b.people(rng, 3)
    b.t(f"PSC INSPECTION {rng.choice(['Paris MoU', 'Tokyo MoU', 'USCG'])} | ship {rng.choice(VESSELS)} IMO "
        f"{imo(rng)} | port {rng.choice(PORTS)[1]}\nPSCO: ").nm(psco.full()).t(
        f" (id {rng.randint(100, 999)})\nMaster: ").nm(m.LF() if rng.random() < 0.5 else m.full()).t(
        "\nChief Engineer: ").nm(ce.full()).t(
        f"\nDeficiencies: {rng.randint(0, 6)} ({rng.choice(['07109 Fire doors', '10111 Charts', '04102 EEBD', '14104 Oil record book'])})\n"
        f"Detention: {rng.choice(['No', 'No', 'Yes'])}")


def p_pcs_access(rng, b):
    ag = b.person(rng, native_p=0)
    ip = ip_any(rng, 0.3)
    enc = rng.choice([form, pct])
    b.ip(ip).t(" - ").nm(ag.acct(rng)).t(f" [{when(rng).strftime('%d/%b/%Y:%H:%M:%S')} +0100] \"POST "
                                          "/pcs/portcall/contact HTTP/1.1\" 302 0 body=\"name=").nm(
        ag.gf(), enc).t("&email=").em(ag.email(rng), pct).t(f"&role=agent&call={rng.choice(PORTS)[0]}{rid(rng, 6)}\"")


def p_portcall_lang(rng, b):
    m, ag = b.people(rng, 2)
    k = rng.randrange(3)
    v = rng.choice(VESSELS)
    if k == 0:
        b.t(f"Anmeldung eingegangen: MS {v}, Kapitän ").nm(m.full()).t(", Agent ").nm(ag.lf()).t(
            f", Liegeplatz {rng.choice(['CTA 2', 'Eurogate 5', 'Burchardkai 8'])}")
    elif k == 1:
        b.t(f"Melding ontvangen: {v}, kapitein ").nm(m.full()).t("; agent bereikbaar op ").ph(phone(rng, "NL"))
    else:
        b.t(f"Escala registrada: buque {v}, capitán ").nm(m.full()).t(", consignatario ").nm(ag.full()).t(
            " (").em(ag.email(rng)).t(")")


def n_prearrival_json(rng, b):
    b.js({"messageType": "PORT_CALL_STATUS", "portCallId": rng.choice(PORTS)[0] + rid(rng, 8),
          "vessel": {"name": rng.choice(VESSELS), "imo": imo(rng), "mmsi": mmsi(rng)},
          "status": rng.choice(STATUS), "berth": rng.choice(["K1710", "Amazonehaven 3", "Pasir Panjang P21"]),
          "agent": {"company": rng.choice(COMPANIES)}, "updatedBy": rng.choice(SERVICE_ACCTS)},
         indent=rng.choice([2, None]))


def n_berth_table(rng, b):
    b.t("BERTH   VESSEL                    ETA              ETB              STATUS\n")
    for _ in range(rng.randint(2, 5)):
        b.t(f"{rng.choice(['K1710', 'EMX2', 'Q19', 'CT3-04', 'PPT5']):<7s} {rng.choice(VESSELS):<25s} "
            f"{when(rng).strftime('%Y-%m-%d %H:%M')} {when(rng).strftime('%Y-%m-%d %H:%M')} {rng.choice(STATUS)}\n")


def n_psc_summary(rng, b):
    b.t(f"PSC summary {rng.choice(['Paris MoU', 'Tokyo MoU'])} week {rng.randint(40, 48)}: {rng.randint(20, 90)} "
        f"inspections, {rng.randint(0, 5)} detentions; flag {rng.choice(['Panama', 'Liberia', 'Marshall Islands'])}; "
        f"risk profile \"{rng.choice(['Standard Risk Ship', 'Low Risk Ship', 'High Risk Ship'])}\"; port "
        f"{rng.choice(PLACES)}")


def n_clearance(rng, b):
    b.t(f"<134>{sysl(when(rng))} {host(rng, 'hmo')} clearance[{rng.randint(100, 9999)}]: port_call="
        f"{rng.choice(PORTS)[0]}{rid(rng, 8)} action=outward_clearance officer={rng.choice(SERVICE_ACCTS)} "
        f"master=\"-\" result={rng.choice(['deferred', 'granted', 'queued'])} msg=\"{rng.choice(UI_STRINGS)}\"")


# =================================================================================================== 4
def p_cash_master(rng, b):
    m, ag = b.people(rng, 2, native_p=0)
    amt = rng.choice([3000, 5000, 8000, 12000, 15000])
    b.t(f"{iso(when(rng))} agency-ops da={rng.choice(['PDA', 'FDA'])}-{rid(rng, 6)} item=CTM amount=USD{amt} "
        "received_by=\"Capt. ").nm(m.full()).t("\" delivered_by=").nm(ag.acct(rng)).t(
        f" vessel=\"{rng.choice(VESSELS)}\" receipt_signed=true")


def p_husbandry_json(rng, b):
    drv, req = b.people(rng, 2)
    c = b.person(rng, native_p=0.35)
    obj = {"requestId": "HUS-" + rid(rng, 7), "type": rng.choice(["CREW_DOCTOR", "CREW_HOTEL", "CREW_TRANSPORT"]),
           "vessel": rng.choice(VESSELS), "crewMember": {"name": V(c.disp(), "NAME"), "rank": rng.choice(RANKS)},
           "requestedBy": V(req.acct(rng), "NAME"), "driver": {"name": V(drv.gf(), "NAME"),
                                                                "mobile": V(phone(rng), "PHONE")}}
    if rng.random() < 0.5:
        obj["hotelGuarantee"] = {"card": V(card(rng), "CREDIT_CARD"), "holder": V(req.up(), "NAME")}
    b.js(obj, indent=rng.choice([2, None]), ascii_=rng.random() < 0.3)


def p_agent_chat(rng, b):
    m = b.person(rng)
    ag = b.person(rng, native_p=0.4)
    d = when(rng)
    nm_a = ag.disp()
    b.t(f"[{d.strftime('%d/%m/%y, %H:%M:%S')}] ").nm(nm_a).t(": Good morning Capt, launch at 0900 from "
                                                             "jetty 3. Boatman is ").nm(
        b.person(rng).first()).t(", his number ").ph(phone(rng)).t("\n")
    d2, d3 = d + timedelta(minutes=4, seconds=11), d + timedelta(minutes=9, seconds=37)
    b.t(f"[{d2.strftime('%d/%m/%y, %H:%M:%S')}] Capt. ").nm(m.family).t(
        ": Noted. 2/O ").nm(b.person(rng).full()).t(" and cadet will go ashore, pls arrange transport\n")
    b.t(f"[{d3.strftime('%d/%m/%y, %H:%M:%S')}] ").nm(nm_a).t(": ok 👍")


def p_appointment_mail(rng, b):
    ag, m, dut = b.people(rng, 3)
    v = rng.choice(VESSELS)
    b.t("From: ").nm(dut.gf()).t(" <").em(dut.email(rng, "portagency.example")).t(">\nTo: ").em(
        f"master.{alnum(v.split()[-1])}@fleetmail.example").t(f"\nSubject: Agency appointment - {v} - "
                                                              f"{rng.choice(PORTS)[1]}\n\nDear Capt. ").nm(
        m.family).t(",\nWe confirm our appointment as port agents. Your boarding agent will be ").nm(
        ag.full()).t(" (").ph(phone(rng)).t(").\n\nBest regards,\n").nm(dut.full()).t("\nDuty Agent 24/7: ").ph(
        phone(rng))


def p_launch_logfmt(rng, b):
    pax = b.people(rng, rng.randint(1, 3))
    bm = b.person(rng)
    b.t(f"ts={iso(when(rng))} svc=launch-booking boat=\"{rng.choice(['Sea Horse', 'LAUNCH 12', 'Marlin II'])}\" "
        "boatman=\"").nm(bm.fami()).t("\" pax=\"")
    for i, p in enumerate(pax):
        if i:
            b.t(";")
        b.nm(p.full())
    b.t(f"\" from=anchorage-{rng.choice('ABCD')} to=\"Jetty {rng.randint(1, 6)}\" fee=USD{rng.randint(80, 400)}")


def p_ruby_inspect(rng, b):
    c, r = b.people(rng, 2)
    b.t(f"I, [{isoms(when(rng), rng)} #{rng.randint(1000, 9999)}]  INFO -- : husbandry update "
        f"#<HusbandryRequest id: {rng.randint(1000, 99999)}, crew_name: \"").nm(c.full()).t(
        "\", requested_by: \"").nm(r.acct(rng)).t(f"\", kind: \"{rng.choice(['visa', 'medical', 'repatriation'])}\", "
                                                 "contact_phone: \"").ph(phone(rng)).t("\">")


def n_pda_lines(rng, b):
    b.t("item,description,qty,unit,amount_usd\n")
    for it in rng.sample(["Port dues", "Light dues", "Pilotage inward", "Towage 2 tugs", "Mooring gang",
                          "Agency fee", "Garbage removal", "Launch hire", "Fresh water 80t"], 4):
        b.t(f"{rng.randint(100, 999)},{it},{rng.randint(1, 3)},ea,{rng.randint(200, 9000)}.{rng.randint(0, 99):02d}\n")


def n_husbandry_json(rng, b):
    b.js({"requestId": "HUS-" + rid(rng, 7), "type": "SPARES_DELIVERY", "vessel": rng.choice(VESSELS),
          "supplier": rng.choice(COMPANIES), "requestedBy": rng.choice(SERVICE_ACCTS),
          "status": rng.choice(STATUS), "card": masked_pan(rng)}, indent=rng.choice([2, None]))


def n_agent_bot(rng, b):
    b.t(f"[{when(rng).strftime('%d/%m/%y, %H:%M:%S')}] {rng.choice(['AgencyBot', 'Marvin', 'Ellie'])}: "
        f"{rng.choice(UI_STRINGS)} - {rng.choice(VESSELS)} at {rng.choice(PLACES)} anchorage")


def n_appointment(rng, b):
    b.t(f"{iso(when(rng))} agency-ops appointment vessel=\"{rng.choice(VESSELS)}\" principal=\""
        f"{rng.choice(COMPANIES)}\" agent=\"{rng.choice(COMPANIES)}\" created_by={rng.choice(SERVICE_ACCTS)} "
        f"status={rng.choice(STATUS).replace(' ', '_')}")


# =================================================================================================== 5
UNS = [("1203", "GASOLINE", "3"), ("1993", "FLAMMABLE LIQUID, N.O.S.", "3"), ("1830", "SULPHURIC ACID", "8"),
       ("2794", "BATTERIES, WET, FILLED WITH ACID", "8"), ("3480", "LITHIUM ION BATTERIES", "9"),
       ("1219", "ISOPROPANOL", "3"), ("1005", "AMMONIA, ANHYDROUS", "2.3"), ("3082", "ENVIRONMENTALLY HAZARDOUS "
                                                                            "SUBSTANCE, LIQUID, N.O.S.", "9"),
       ("1263", "PAINT", "3"), ("2814", "INFECTIOUS SUBSTANCE, AFFECTING HUMANS", "6.2")]


def p_dg_xml(rng, b):
    sig = b.person(rng, native_p=0)
    ec = b.person(rng, native_p=0.35)
    un = rng.choice(UNS)
    root = ("DangerousGoodsDeclaration", {"ref": "DGD-" + rid(rng, 7)},
            [("Container", {}, [container(rng)]), ("UNNumber", {}, [un[0]]), ("ProperShippingName", {}, [un[1]]),
             ("Class", {}, [un[2]]), ("EmS", {}, [rng.choice(["F-E, S-E", "F-A, S-B", "F-C, S-D"])]),
             ("EmergencyContact", {}, [("Name", {}, [V(ec.disp(), "NAME")]), ("Phone", {}, [V(phone(rng), "PHONE")])]),
             ("Declarant", {}, [("Company", {}, [rng.choice(COMPANIES)]), ("Signatory", {}, [V(sig.up(), "NAME")]),
                                ("Email", {}, [V(sig.email(rng), "EMAIL")])])])
    b.xml(root, indent=rng.choice([2, None]))


def p_dg_manifest(rng, b):
    b.t("container;un;psn;class;ems;emergency_contact;emergency_phone\n")
    for _ in range(rng.randint(2, 4)):
        ec = b.person(rng, native_p=0)
        un = rng.choice(UNS)
        b.t(f"{container(rng)};{un[0]};{un[1]};{un[2]};F-E S-E;\"").nm(ec.LF() if rng.random() < 0.5 else ec.lf()).t(
            "\";").ph(phone(rng)).t("\n")


def p_dg_notify(rng, b):
    sub, resp = b.people(rng, 2)
    b.t(f"{iso(when(rng))} hm-dg notification={rid(rng, 8)} port={rng.choice(PORTS)[0]} vessel=\""
        f"{rng.choice(VESSELS)}\" units={rng.randint(1, 40)} classes=3,8,9 submitted_by=").nm(sub.acct(rng)).t(
        " responsible=\"").nm(resp.full()).t("\" phone=").ph(phone(rng, style="e164")).t(" status=accepted")


def p_dg_segregation(rng, b):
    ch, ap = b.people(rng, 2, native_p=0)
    b.t(f"{isoms(when(rng), rng)} WARN stowage.DgSegregationChecker - conflict bay {rng.randint(1, 80):02d}"
        f"{rng.randint(0, 16):02d}{rng.randint(2, 90):02d}: ")
    jtostr(b, "DgItem", [("unit", container(rng)), ("un", rng.choice(UNS)[0]), ("declarant", V(ch.gf(), "NAME")),
                         ("checkedBy", V(ch.acct(rng), "NAME"))])
    b.t(" vs ")
    jtostr(b, "DgItem", [("unit", container(rng)), ("un", rng.choice(UNS)[0]), ("declarant", rng.choice(COMPANIES))])
    b.t(" - override approved by ").nm(ap.lf())


def p_dg_lang(rng, b):
    ec = b.person(rng)
    un = rng.choice(UNS)
    k = rng.randrange(3)
    if k == 0:
        b.t(f"Gefahrgutanmeldung UN {un[0]} Klasse {un[2]}: Notfallkontakt ").nm(ec.full()).t(", Tel. ").ph(
            phone(rng, "DE", "nat"))
    elif k == 1:
        b.t(f"Déclaration marchandises dangereuses ONU {un[0]}: contact d'urgence M. ").nm(ec.family).t(" ").ph(
            phone(rng, "FR"))
    else:
        b.t(f"Mercancías peligrosas UN {un[0]} clase {un[2]}: contacto de emergencia ").nm(ec.full()).t(", ").ph(
            phone(rng, "ES"))


def p_dg_py(rng, b):
    ec, sub = b.people(rng, 2)
    b.t("Traceback (most recent call last):\n  File \"/srv/dg/validate.py\", line "
        f"{rng.randint(20, 200)}, in check_contact\n    raise ValueError(\"24h emergency number not reachable\")\n"
        "ValueError: 24h emergency number not reachable\nlocals: ")
    b.py({"un": rng.choice(UNS)[0], "contact": V(ec.full(), "NAME"), "phone": V(phone(rng), "PHONE"),
          "submitted_by": V(sub.email(rng), "EMAIL")})


def n_dg_xml(rng, b):
    un = rng.choice(UNS)
    b.xml(("DangerousGoodsDeclaration", {"ref": "DGD-" + rid(rng, 7)},
           [("Container", {}, [container(rng)]), ("UNNumber", {}, [un[0]]), ("ProperShippingName", {}, [un[1]]),
            ("Class", {}, [un[2]]), ("Declarant", {}, [("Company", {}, [rng.choice(COMPANIES)])]),
            ("Status", {}, [rng.choice(STATUS)])]), indent=2)


def n_dg_manifest(rng, b):
    b.t("container;un;psn;class;ems;stowage\n")
    for _ in range(rng.randint(2, 4)):
        un = rng.choice(UNS)
        b.t(f"{container(rng)};{un[0]};{un[1]};{un[2]};F-E S-E;{rng.choice(['on deck', 'under deck', 'away from heat'])}\n")


def n_dg_segregation(rng, b):
    b.t(f"{isoms(when(rng), rng)} INFO stowage.DgSegregationChecker - bay {rng.randint(1, 80):02d} ok, "
        f"{rng.randint(0, 30)} DG units checked by {rng.choice(SERVICE_ACCTS)} ({rng.choice(PRODUCTS)})")


def n_dg_notify(rng, b):
    b.t(f"{iso(when(rng))} hm-dg notification={rid(rng, 8)} port={rng.choice(PORTS)[0]} vessel=\""
        f"{rng.choice(VESSELS)}\" units=0 submitted_by={rng.choice(SERVICE_ACCTS)} status=\"{rng.choice(STATUS)}\"")


# =================================================================================================== 6
ITEMS = ["cigarettes 200", "whisky 1L", "laptop", "mobile phone x2", "perfume 100ml", "cash USD 900",
         "gold chain", "cigars 50", "vodka 0.7L", "tablet"]


def p_fal4_table(rng, b):
    b.t(f"CREW'S EFFECTS DECLARATION (FAL 4) - {rng.choice(VESSELS)} - {rng.choice(PORTS)[0]}\n"
        "| Family name, given names | Rank | Effects ineligible for relief |\n|---|---|---|\n")
    for p in b.people(rng, rng.randint(2, 4), native_p=0):
        b.t("| ").nm(p.LF() if rng.random() < 0.5 else p.lf()).t(
            f" | {rng.choice(RANKS)} | {', '.join(rng.sample(ITEMS, 2))} |\n")


def p_rummage_json(rng, b):
    o1, o2 = b.people(rng, 2)
    cm = b.person(rng, native_p=0.35)
    b.js({"report": "RUMMAGE-" + rid(rng, 6), "vessel": rng.choice(VESSELS), "imo": imo(rng),
          "officers": [V(o1.full(), "NAME"), V(o2.acct(rng), "NAME")],
          "findings": [{"location": rng.choice(["crew cabin 214", "engine store", "void space 3P", "galley"]),
                        "item": rng.choice(ITEMS), "crewConcerned": V(cm.disp(), "NAME")}],
          "penalty": rng.choice(["warning", "EUR 250", "seizure"])}, indent=rng.choice([2, None]))


def p_shore_pass(rng, b):
    p, off = b.people(rng, 2, native_p=0)
    b.t(f"{iso(when(rng))} immigration shore_pass={rid(rng, 7)} holder=").nm(p.sg()).t(
        f" nat={rng.choice(NAT)} vessel=\"{rng.choice(VESSELS)}\" valid=0800-2200 issued_by=").nm(off.acct(rng))


def p_seizure_lang(rng, b):
    p, off = b.people(rng, 2)
    k = rng.randrange(3)
    if k == 0:
        b.t(f"Zollniederschrift: Sicherstellung von {rng.randint(2, 20)} Stangen Zigaretten bei ").nm(p.full()).t(
            f" ({rng.choice(RANKS)}), Schiff {rng.choice(VESSELS)}. Beamter: ").nm(off.ifam())
    elif k == 1:
        b.t("Aduana: acta de aprehensión, tripulante ").nm(p.full()).t(", funcionario ").nm(off.full())
    else:
        b.t("Douane: saisie de ").t(rng.choice(ITEMS)).t(" sur le marin ").nm(p.full()).t(
            ", agent verbalisateur ").nm(off.full())


def p_effects_sql(rng, b):
    p, u = b.people(rng, 2)
    b.t(f"{isoms(when(rng), rng)} DEBUG sqlalchemy.engine: INSERT INTO crew_effects (vessel_call, surname, "
        "given_names, item, qty, entered_by) VALUES (%(vessel_call)s, %(surname)s, %(given_names)s, %(item)s, "
        "%(qty)s, %(entered_by)s)\n[parameters: ")
    b.py({"vessel_call": rng.choice(PORTS)[0] + rid(rng, 6), "surname": V(p.family, "NAME"),
          "given_names": V(p.given, "NAME"), "item": rng.choice(ITEMS), "qty": rng.randint(1, 4),
          "entered_by": V(u.acct(rng), "NAME")})
    b.t("]")


def p_bond_seal(rng, b):
    off, m = b.people(rng, 2)
    b.t(f"FAL 3 ship's stores: bonded locker sealed seal no. {rid(rng, 7)} by customs officer ").nm(off.full()).t(
        f" badge {rng.randint(1000, 9999)}; master ").nm(m.up()).t(" acknowledged; contact ").ph(phone(rng))


def n_fal3_inventory(rng, b):
    b.t(f"SHIP'S STORES DECLARATION (FAL 3) - {rng.choice(VESSELS)}\nitem|qty|location\n")
    for it in rng.sample(["cigarettes (cartons)", "spirits (L)", "beer (cans)", "fuel oil (t)", "lub oil (L)",
                          "provisions (kg)"], 3):
        b.t(f"{it}|{rng.randint(1, 900)}|{rng.choice(['bond locker', 'provision store', 'tank 3S'])}\n")


def n_rummage_json(rng, b):
    b.js({"report": "RUMMAGE-" + rid(rng, 6), "vessel": rng.choice(VESSELS), "imo": imo(rng),
          "officers": [f"badge-{rng.randint(1000, 9999)}", f"badge-{rng.randint(1000, 9999)}"], "findings": [],
          "result": rng.choice(STATUS)}, indent=rng.choice([2, None]))


def n_effects_sql(rng, b):
    b.t(f"{isoms(when(rng), rng)} DEBUG sqlalchemy.engine: SELECT item, sum(qty) FROM crew_effects WHERE "
        f"vessel_call = %(vc)s GROUP BY item\n[parameters: {{'vc': '{rng.choice(PORTS)[0]}{rid(rng, 6)}'}}]")


def n_shore_pass(rng, b):
    b.t(f"{iso(when(rng))} immigration shore_pass batch vessel=\"{rng.choice(VESSELS)}\" issued={rng.randint(0, 20)} "
        f"denied={rng.randint(0, 3)} issued_by={rng.choice(SERVICE_ACCTS)} port=\"{rng.choice(PLACES)}\"")


FAMILIES = [
    ("crew_list_fal5", [p_fal5_csv, p_fal5_fixed, p_nsw_xml, p_crew_change, p_signon_json, p_crew_exc,
                        p_crew_note_lang, p_us_allotment], [n_fal5_vacant, n_crew_exc, n_crew_change, n_nsw_xml]),
    ("seafarer_documents", [p_mrz_scan, p_cert_verify, p_mmc_ssn, p_medical, p_training_csv, p_doc_repr],
     [n_mrz_fail, n_cert_verify, n_training_csv, n_expiry_batch]),
    ("port_call_notifications", [p_prearrival_json, p_fal1, p_eta_mail, p_clearance_syslog, p_psc, p_pcs_access,
                                 p_portcall_lang], [n_prearrival_json, n_berth_table, n_psc_summary, n_clearance]),
    ("ship_agency_husbandry", [p_cash_master, p_husbandry_json, p_agent_chat, p_appointment_mail, p_launch_logfmt,
                               p_ruby_inspect], [n_pda_lines, n_husbandry_json, n_agent_bot, n_appointment]),
    ("dg_cargo_declarations", [p_dg_xml, p_dg_manifest, p_dg_notify, p_dg_segregation, p_dg_lang, p_dg_py],
     [n_dg_xml, n_dg_manifest, n_dg_segregation, n_dg_notify]),
    ("customs_crew_effects", [p_fal4_table, p_rummage_json, p_shore_pass, p_seizure_lang, p_effects_sql,
                              p_bond_seal], [n_fal3_inventory, n_rummage_json, n_effects_sql, n_shore_pass]),
]

