"""Families 1-6: grain elevators, farm management, cold chain, traceability, processing plants, dairy pickup.

Every template takes a Ctx and returns a Rec. Templates that serve both sides branch on c.negative and then
use companies, system accounts and look-alikes instead of people."""

from __future__ import annotations

from core import C, Cat, E, I, N, P, Raw, Rec, S, form, jesc, pct, xesc  # noqa: F401

# ------------------------------------------------------------------ shared look-alikes
FARM_COS = ["MILLER FARMS LTD", "HUTTERIAN BRETHREN OF ROSEDALE", "JOHNSON BROS GRAIN INC", "VAN DYKE SEED CO",
            "ST. GEORGE COLONY", "MARTIN & SONS AG", "VICTORIA LAND & CATTLE", "HARVEY PEDIGREED SEEDS",
            "SUNNY ACRES FARM PARTNERSHIP", "DOUGLAS COUNTY AG LLC"]
FARM_COS_TC = ["Miller Farms Ltd", "Hutterian Brethren of Rosedale", "Johnson Bros Grain Inc", "Van Dyke Seed Co",
               "Sunny Acres Farm Partnership", "Martin & Sons Ag", "Helena Agri-Enterprises", "Nutrien Ag Solutions"]
SYS_ACCTS = ["svc-agsync", "scale-auto", "SYSTEM", "bidbot", "rule-engine", "autosteer", "etl_nightly", "kiosk01"]
LANG_UI = ["Tür offen", "Abtauung aktiv", "Puerta abierta", "Porte ouverte", "Temperatura fuera de rango",
           "Alarme acquittée", "Sensor getrennt", "Bateria baixa", "温度異常", "Датчик отключён"]


def elev(c):
    return c.ch(["HARDY", "KINDERSLEY", "MINOT", "DEVILS LAKE", "ABERDEEN", "HASTINGS", "SALINA", "ENID",
                 "MOOSE JAW", "LETHBRIDGE", "VICTORIA", "MADISON"])


def pad(s: str, w: int) -> str:
    return " " * max(2, w - len(s))


# ================================================================== 1. grain_elevator_tickets
COMMOD = [("HRS WHEAT", "1 CW RS 13.5"), ("CANOLA", "1 CAN"), ("CORN", "US #2 YEL"), ("SOYBEANS", "US #1 YEL"),
          ("DURUM", "2 CWAD"), ("MALT BARLEY", "SEL CDC COPELAND"), ("SUNFLOWER", "NUSUN #1"), ("HRW WHEAT", "US #1 HRW")]


def g_ticket(c):
    r = Rec()
    com, grade = c.ch(COMMOD)
    r.add(f"{c.ch(['PRAIRIE SKY COOPERATIVE', 'NORTHERN PLAINS GRAIN LLC', 'TRI-COUNTY FARMERS ELEVATOR'])}"
          f" - ELEVATOR #{c.ri(1, 9)} ({elev(c)})\n")
    r.add(f"TICKET: {c.dig(7, '0')}   DATE: {c.t('us')}  TIME IN: {c.t('hm')}  OUT: {c.t('hm', 960)}\n")
    r.add(f"COMMODITY: {com:<12} GRADE: {grade}\n")
    split = c.ri(50, 70) if c.p(0.4) else 100
    if c.negative:
        g = c.ch(FARM_COS)
        r.add(f"GROWER: {c.dig(5, '2')}  {g}{pad(g, 30)}SPLIT: 100%\n")
        r.add(f"TRUCK: {c.ri(1, 40)}  HAULER: {c.ch(['HOUSE TRUCK', 'OWN TRUCK', 'VICTORIA TRANSPORT'])}\n")
    else:
        gp = c.person(native=0.02)
        nm = gp.caps_lf() if c.p(0.7) else gp.caps()
        r.add(f"GROWER: {c.dig(5, '1')}  ", N(nm), pad(nm, 30), f"SPLIT: {split}%\n")
        if split < 100:
            if c.p(0.6):
                lp = c.person(native=0)
                ln = lp.caps_lf()
                r.add(f"LANDLORD: {c.dig(5, '1')}  ", N(ln), pad(ln, 28), f"SPLIT: {100 - split}%\n")
            else:
                ln = c.ch(FARM_COS)
                r.add(f"LANDLORD: {c.dig(5, '2')}  {ln}{pad(ln, 28)}SPLIT: {100 - split}%\n")
        if c.p(0.6):
            h = c.person(native=0)
            r.add(f"TRUCK: {c.ri(1, 40)}  HAULER: ", N(h.caps()), "\n")
        else:
            r.add(f"TRUCK: {c.ri(1, 40)}  HAULER: OWN TRUCK\n")
    gross, tare = c.ri(60000, 82000), c.ri(28000, 34000)
    r.add(f"GROSS {gross:>8,} LB   TARE {tare:>8,} LB   NET {gross - tare:>8,} LB\n")
    r.add(f"MOIST {c.ri(100, 170) / 10:.1f}%  TW {c.ri(560, 640) / 10:.1f}  DOCK {c.ri(0, 20) / 10:.1f}%"
          f"  FM {c.ri(0, 15) / 10:.1f}%\n")
    if c.negative:
        r.add(f"WEIGHMASTER: {c.ch(['SCALE-AUTO', 'KIOSK01', 'UNATTENDED'])}   DEPUTY LIC# WM-{c.dig(5)}")
    else:
        w = c.person(native=0)
        r.add("WEIGHMASTER: ", N(c.acct(w, c.ch(["flast", "firstl", "first.last"]), 0.1)),
              f"   DEPUTY LIC# WM-{c.dig(5)}")
    return r


def g_settle(c):
    r = Rec()
    if c.p(0.5):
        r.add("settlement_id,ticket_no,grower_no,grower_name,payee,commodity,net_bu,price_bu,gross_amt,checkoff,"
              "net_pay,pay_method\n")
    n = c.ri(1, 3)
    for i in range(n):
        bu = c.ri(400, 1800) + c.ri(0, 99) / 100
        price = c.ri(380, 1500) / 100
        gross = round(bu * price, 2)
        row = [f"ST-2025-{c.dig(5)},{c.dig(7, '0')},{c.dig(5, '1')},"]
        if c.negative or (i > 0 and c.p(0.3)):
            co = c.ch(FARM_COS_TC)
            row += [f'"{co}","{co}",']
        else:
            p = c.person(native=0.03)
            payee = [N(p.full()), " & Farm Credit Canada"] if c.p(0.3) else [N(p.full())]
            row += ['"', N(p.lf()), '","', *payee, '",']
        row += [f"{c.ch(COMMOD)[0]},{bu:.2f},{price:.4f},{gross:.2f},{gross * 0.005:.2f},{gross * 0.995:.2f},"
                f"{c.ch(['EFT', 'CHEQUE', 'ACH', 'WIRE'])}"]
        r.add(*row, "\n" if i < n - 1 else "")
    return r


def g_scalelog(c):
    r = Rec()
    dom = c.ch(["HARDY", "PSCOOP", "NPG", "ELEV3"])
    r.add(f"{c.t('log')} [ScaleHouse-{c.ri(1, 4)}] ")
    tk = c.dig(5, "4")
    if c.negative:
        r.add(c.ch([f"INFO  Agris.Tickets.TicketService - Ticket {tk} closed by {dom}\\scale-auto; grower {c.dig(5)} "
                    f"({c.ch(FARM_COS_TC)}) notified by e-statement",
                    f"WARN  Agris.Tickets.GradeService - Moisture 17.2% above shrink table max for ticket {tk}; "
                    f"drying charge applied by rule 'Harvest Shrink 2025'",
                    f"INFO  Agris.Scale.Indicator - Scale {c.ri(1, 3)} zero OK (drift 0.5d), test load 10,000 LB "
                    f"(Rice Lake 920i) by SYSTEM"]))
        return r
    op, gp = c.person(native=0), c.person()
    k = c.ri(0, 2)
    if k == 0:
        r.add(f"INFO  Agris.Tickets.TicketService - Ticket {tk} closed by {dom}\\", N(c.acct(op)), f"; grower "
              f"{c.dig(5)} (", N(gp.any(c.r)), ") notified by SMS to ", P(c.phone(gp, style=c.ch(["e164", "bare"]))))
    elif k == 1:
        r.add(f"WARN  Agris.Tickets.GradeService - Moisture 17.2% above shrink table max for grower {c.dig(5)} '",
              N(gp.caps()), "' - drying charge applied, approved by ", N(c.acct(op)))
    else:
        r.add(f"INFO  Agris.Grower.Contacts - contact updated for grower {c.dig(5)}: name='", N(gp.full()),
              "' email='", E(c.email(gp)), "' by ", dom, "\\", N(c.acct(op)))
    return r


def g_contract(c):
    r = Rec()
    gp = None if c.negative else c.person()
    grower: dict = {"number": c.dig(5, "1")}
    if gp:
        grower |= {"name": N(c.nm(gp)), "email": E(c.email(gp))}
    else:
        grower |= {"name": c.ch(FARM_COS_TC), "email": None}
    sig: dict = {"method": "click-to-sign", "user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"}
    if gp:
        sig |= {"signed_by": N(gp.acct(c.r)), "ip": I(c.ip())}
        if c.p(0.3):
            sig["cosigner"] = N(c.relative(gp).full())
    else:
        sig |= {"signed_by": "bidbot", "ip": None}
    doc = {"event": c.ch(["contract.signed", "contract.amended", "contract.priced"]), "ts": c.t("iso"),
           "contract": {"id": f"DP-2025-{c.dig(4)}", "type": c.ch(["deferred_price", "basis", "HTA", "min_price"]),
                        "commodity": c.ch(COMMOD)[0], "bushels": c.ri(1, 20) * 500, "futures_month":
                        c.ch(["ZCZ25", "ZSX25", "KEN25", "RSX25"]), "basis": Raw(f"-0.{c.ri(10, 80)}")},
           "grower": grower, "signature": sig}
    return r.js(doc, indent=c.ch([None, 2])) if c.p(0.5) else r.add(f"{c.t('isoz')} grower-portal ").js(doc)


def g_bidalert(c):
    r = Rec()
    r.add(f"ts={c.t('isoz')} svc=bidalerts ")
    loc, com = elev(c), c.ch(COMMOD)[0].replace(" ", "_")
    if c.negative:
        r.add(f"action=broadcast loc={loc} commodity={com} recipients={c.ri(40, 900)} template=\"Cash Bid Update\" "
              f"sender=bidbot status=queued")
        return r
    p = c.person(native=0.02)
    if c.p(0.5):
        r.add("action=subscribe msisdn=", P(c.phone(p, style="bare")), ' grower="', N(p.full()), f'" loc={loc} '
              f"commodities={com} user=", N(c.acct(p)), " channel=sms")
    else:
        r.add("action=unsubscribe reply=STOP from=", P(c.phone(p, style="e164")), " matched_grower=", N(p.caps_lf(",")),
              f" loc={loc}")
    return r


def g_foreign(c):
    r = Rec()
    k = c.ri(0, 2)
    tr = [["ca", "fr"], ["mx", "and", "es"], ["de", "pl", "cz"]][k]
    p, d = c.person(tr, 0), c.person(tr, 0)
    if k == 0:
        r.add(f"Billet de pesée n° {c.dig(5, '4')} — Silo de Saint-Hyacinthe — producteur : ", N(p.lf()),
              f" (no {c.dig(5)}) — camionneur : ", N(d.full()), f" — humidité {c.ri(130, 180) / 10:.1f} %".replace(".", ","),
              " — poids net 31 480 kg")
    elif k == 1:
        r.add(f"Ticket de balanza {c.dig(5, '4')} — acopio Venado Tuerto — productor: ", N(p.lf()), " — chofer: ",
              N(d.full()), ", cel. ", P(c.phone(d)), " — humedad 14,5 %")
    else:
        r.add(f"Wiegeschein {c.dig(5, '4')} Lagerhaus Pöchlarn: Landwirt ", N(p.full()), ", Fahrer ",
              N(d.caps_lf(" ")), f", Feuchte {c.ri(130, 180) / 10:.1f} %".replace(".", ","))
    return r


def g_portal(c):
    r = Rec()
    if c.negative:
        r.add(f"portal.lan - - [{c.t('sp')}] \"GET /growers/search?q=Miller%20Farms&elevator={elev(c).replace(' ', '%20')} "
              f"HTTP/1.1\" 200 {c.ri(300, 9000)} \"-\" \"GrainPortal/4.2 (Android)\" user=bidbot")
        return r
    p, op = c.person(), c.person(native=0)
    q = c.ch([p.lf(), p.full(), p.family])
    enc = c.ch(["pct", "form"])
    r.add(I(c.ip()), " - ", N(c.acct(op)), f" [{c.t('sp')}] \"GET /growers/search?q=",
          N(pct(q) if enc == "pct" else form(q)), f"&elevator={elev(c).replace(' ', '%20')} HTTP/1.1\" 200 "
          f"{c.ri(300, 9000)} \"-\" \"GrainPortal/4.2 (Android)\"")
    return r


def gn_bids(c):
    r = Rec()
    r.add(f"{elev(c)} CASH BIDS {c.t('us')[:5]}  HRS 13.5 ${c.ri(600, 800) / 100:.2f} (-0.{c.ri(10, 40)} U)  "
          f"CDC Austenson feed barley ${c.ri(400, 520) / 100:.2f}  AAC Brandon premium +0.15  CANOLA "
          f"${c.ri(1300, 1500) / 100:.2f}  Basis Open - updated by {c.ch(SYS_ACCTS)}")
    return r


GRAIN = {"name": "grain_elevator_tickets", "prefs": ["us", "ca", "de", "nl", "nord", "ua", "mx"],
         "pos": [g_ticket, g_settle, g_scalelog, g_contract, g_bidalert, g_foreign, g_portal],
         "neg": [g_ticket, g_settle, g_scalelog, g_contract, g_bidalert, gn_bids, g_portal]}


# ================================================================== 2. farm_mgmt_agronomy
PRODUCTS = ["Liberty 280 SL", "Enlist Duo", "Roundup PowerMAX 3", "Headline AMP", "Prosaro PRO", "Miravis Neo",
            "Warrant Ultra"]
FIELDS = ["North 80", "Creek Bottom", "Section 22 NW", "Home Quarter", "Talhão 7", "Schlag 5", "River Flat"]


def f_isoxml(c):
    r = Rec()
    if c.p(0.4):
        r.add(f"{c.t('log')} INFO taskdata.export: wrote TASKDATA.XML for org {c.dig(4)}:\n")
    st = r.pos()
    r.add('<?xml version="1.0" encoding="UTF-8"?>\n<ISO11783_TaskData VersionMajor="4" VersionMinor="2" '
          'ManagementSoftwareManufacturer="FieldDesk" ManagementSoftwareVersion="5.3.1" DataTransferOrigin="1">\n')
    if c.negative:
        r.add(f'<CTR A="CTR1" B="{xesc(c.ch(FARM_COS_TC))}"/>\n')
    else:
        cu = c.person(native=0.05)
        r.add('<CTR A="CTR1" B="', N(cu.family), '" C="', N(cu.given), '"')
        if c.p(0.6):
            r.add(' J="', P(c.phone(cu)), '"')
        if c.p(0.5):
            r.add(' M="', E(c.email(cu)), '"')
        r.add("/>\n")
    r.add(f'<FRM A="FRM1" B="{c.ch(["Home Place", "West Farm", "Boa Vista"])}" I="CTR1"/>\n'
          f'<PFD A="PFD1" C="{c.ch(FIELDS)}" D="{c.ri(100000, 900000)}" E="CTR1" F="FRM1"/>\n')
    if c.negative:
        r.add(f'<WKR A="WKR1" B="{c.ch(["Crew", "Contractor", "Default"])}" C="{c.ch(["Night", "Spray", "Operator"])}"/>\n')
    else:
        w = c.person(native=0)
        r.add('<WKR A="WKR1" B="', N(w.family), '" C="', N(w.given), '"')
        if c.p(0.5):
            r.add(' K="', P(c.phone(w, style="intl")), '"')
        r.add(f' L="{c.ch(["ND", "MN", "SK", "IA"])}-APP-{c.dig(5)}"/>\n')
    r.add(f'<TSK A="TSK1" B="Spray {xesc(c.ch(PRODUCTS))}" C="CTR1" D="FRM1" E="PFD1" F="WKR1" G="1">'
          '<WAN A="WKR1"/></TSK>\n</ISO11783_TaskData>')
    # names with apostrophes are written escaped inside attributes
    r.segs = [(xesc(t) if typ == "NAME" else t, typ) for t, typ in r.segs]
    return r.xml_doc(st)


def f_spray(c):
    r = Rec()
    neg = c.negative
    ap = None if neg else c.person(native=0)
    ow = None if neg or c.p(0.4) else c.person()
    doc = {"recordType": "pesticide_application", "recordId": c.uuid(),
           "field": {"name": c.ch(FIELDS), "acres": Raw(f"{c.ri(200, 1600) / 10}"), "county": c.ch(["Cass", "Traill", "Story"])},
           "applicator": {"name": N(ap.full()) if ap else "Custom Crew 2", "certNumber": f"ND-AP-{c.dig(5)}",
                          "employer": c.ch(FARM_COS_TC)},
           "owner": {"name": (Cat(N(ow.lf())) if ow else c.ch(FARM_COS_TC))},
           "product": {"name": c.ch(PRODUCTS), "epaRegNo": f"{c.ri(100, 999)}-{c.ri(100, 999)}", "rate": "32 fl oz/ac"},
           "weather": {"windMph": c.ri(2, 12), "dir": c.ch(["NW", "S", "SE"]), "tempF": c.ri(55, 88)},
           "reiHours": c.ch([4, 12, 24, 48]), "start": c.t("iso")}
    if ap and c.p(0.6):
        doc["recordedBy"] = E(c.email(ap))
    return r.js(doc, indent=2 if c.p(0.6) else None)


def f_scout(c):
    r = Rec()
    a, b = c.person(), c.person()
    k = c.ri(0, 4)
    if k == 0:
        r.add(f"[scouting] {c.t('isoz')} field={c.ch(['F-12', 'F-07', 'NE-3'])} scout=", N(c.acct(a)),
              ' note="Moderate soybean aphid pressure (avg 180/plant) on the west edge. Told ', N(b.given),
              " we should spray Thursday; call him at ", P(c.phone(b, "US", "nat")), ' before the crew goes out."')
    elif k == 1:
        r.add("Relatório de monitoramento — talhão 7 (Fazenda Boa Vista) — responsável técnico: ", N(a.full()),
              f" (CREA {c.dig(6)}/D). Ferrugem asiática detectada; avisar o produtor ", N(b.full()),
              " pelo WhatsApp ", P(c.phone(b, "BR", c.ch(["intl", "nat"]))), ".")
    elif k == 2:
        r.add(f"Informe de monitoreo lote {c.ri(2, 40)}: el agrónomo ", N(a.full()), " encontró chinche en el borde; "
              "avisar a ", N(b.given), " al ", P(c.phone(b, "MX", "nat")), ".")
    elif k == 3:
        r.add(f"Tour de plaine parcelle {c.ri(2, 40)} : ", N(a.full()), " signale des pucerons ; rappeler Mme ",
              N(b.family), " au ", P(c.phone(b, "FR", "nat")), ".")
    else:
        r.add(f"Bonitur Schlag {c.ri(2, 20)}: ", N(a.full()), " meldet Rapsglanzkäfer über Schwelle; Rückruf an Frau ",
              N(b.full()), " ", P(c.phone(b, "DE", "nat")))
    return r


def f_sync(c):
    r = Rec()
    r.add(f"{c.t('log')} WARNING farmsync.connectors.{c.ch(['deere', 'cnhi', 'climate', 'agleader'])}: skipped "
          f"operation FieldOperation(id='op-{c.hexs(8)}', type='{c.ch(['application', 'harvest', 'seeding'])}', operator=")
    if c.negative:
        r.add(f"Operator(first_name='System', last_name='Import', login='{c.ch(['svc-agsync', 'autosteer'])}')")
    else:
        p = c.person(native=0.03)
        r.add("Operator(first_name=").py(N(p.given)).add(", last_name=").py(N(p.family)).add(", login=")
        r.py(N(c.acct(p))).add(")")
    r.add(f", machine='{c.ch(['8R 410', 'Magnum 340', 'S790', 'Big Red'])}'): implement width missing")
    return r


def f_oauth(c):
    r = Rec()
    r.add(f'level=info ts={c.t("iso")} msg="organization connection granted" org_id={c.dig(4)} '
          f'org="{c.ch(FARM_COS_TC)}" ')
    if c.negative:
        r.add(f"granted_by={c.ch(SYS_ACCTS)} staff=none client_ip=unix scopes=\"ag1 ag2 eq1\"")
    else:
        p, s = c.person(), c.person(native=0)
        r.add("granted_by=", E(c.email(p)), " staff=", N(c.acct(s)), " client_ip=", I(c.ip()), ' scopes="ag1 ag2 eq1"')
    return r


def fn_machine(c):
    r = Rec()
    r.add(f"{c.t('log')} INFO telematics: machine '{c.ch(['Big Red', 'Old Blue', 'Bertha', 'Gus'])}' "
          f"({c.ch(['8R 410', 'Magnum 340', 'S790'])}, S/N 1RW{c.dig(4)}RC{c.dig(6)}) engine_hours={c.ri(100, 9000)}.{c.ri(0, 9)} "
          f"fuel={c.ri(5, 99)}% field='{c.ch(FIELDS)}' operator={c.ch(['autosteer', 'unassigned'])} status="
          f"{c.ch(['Working', 'Idle', 'Transport', 'Key Off'])}")
    return r


FARM = {"name": "farm_mgmt_agronomy", "prefs": ["us", "br", "de", "fr", "mx", "ca", "ua", "pac"],
        "pos": [f_isoxml, f_spray, f_scout, f_sync, f_oauth],
        "neg": [f_isoxml, f_spray, f_sync, f_oauth, fn_machine]}


# ================================================================== 3. cold_chain_alarms
def trailer(c):
    return f"{c.ch(['RF', 'TRL', 'CT'])}-{c.dig(4, '5')}"


def cc_escalate(c):
    r = Rec()
    t = c.ri(80, 140) / 10
    r.add(f"{c.t('isoz')} ALARM trailer={trailer(c)} zone={c.ri(1, 3)} probe={c.ch(['RA', 'DA', 'PULP'])} temp={t}C "
          f"sp=2.0C dur=00:{c.ri(10, 59)} shipment=SH-{c.dig(5)} escalation: ")
    arrow = c.ch([" -> ", " → ", " => "])
    if c.negative:
        r.add(f"L1 driver-app push{arrow}L2 dispatch queue{arrow}L3 QA on-call (rota 'Night Shift B')")
        return r
    d, q = c.person(), c.person()
    r.add("L1 driver ", N(d.full()), " (", P(c.phone(d)), ")", arrow, "L2 dispatch ", N(c.acct(c.person(native=0))),
          arrow, "L3 QA on-call ", N(q.full()))
    return r


def cc_ack(c):
    r = Rec()
    doc = {"alarmId": f"ALM-{c.dig(7)}", "asset": {"type": "reefer", "id": trailer(c)}, "state": "ACKNOWLEDGED",
           "ackAt": c.t("iso")}
    if c.negative:
        doc |= {"acknowledgedBy": {"userName": "rule-engine", "displayName": "Auto-Clear"},
                "comment": c.ch(["Setpoint restored after defrost", "Sensor getrennt – Kabel prüfen", "Door closed"])}
    else:
        p, o = c.person(), c.person()
        doc |= {"acknowledgedBy": {"userName": N(c.acct(p)), "displayName": N(p.any(c.r))},
                "comment": Cat("Spoke with ", N(o.given), ", door left open at dock ", str(c.ri(1, 20))),
                "clientIp": I(c.ip())}
    return r.js(doc, indent=c.ch([2, 4, None]))


def cc_csv(c):
    r = Rec()
    r.add("logger_serial,trip_id,origin,destination,shipper_contact,receiver_contact,min_c,max_c,alarms,downloaded_by\n")
    org, dst = c.ch(['"Salinas, CA"', '"Yuma, AZ"', '"Homestead, FL"']), c.ch(['"Denver, CO"', '"Madison, WI"', '"Charlotte, NC"'])
    r.add(f"TT4-{c.dig(5)},SH-{c.dig(5)},{org},{dst},")
    if c.negative:
        r.add(f'"Shipping Dock {c.ri(1, 9)}","Receiving QA",1.2,{c.ri(40, 90) / 10},0,{c.ch(SYS_ACCTS)}')
        return r
    s, v = c.person(), c.person()
    r.add('"', N(s.full()), " <", E(c.email(s)), '>","', N(v.full()), " <", E(c.email(v)), f'>",1.2,{c.ri(80, 140) / 10},'
          f"{c.ri(1, 4)},", N(c.acct(c.person(native=0))))
    return r


def cc_das(c):
    r = Rec()
    r.add(f"==== DOWNLOAD REPORT  UNIT {c.dig(4)}  SR-4 / SW 3.4.1 ====\nDownloaded: {c.t('sp')[:16]} by ")
    d = None if c.negative else c.person(native=0)
    did = c.dig(4, "0")
    r.add(N(d.caps_lf(" ")) if d else "DEPOT LAPTOP", f" (DRV ID {did})\n" if d else " (no driver)\n")
    r.add("Event  Date      Time   Code    Description\n")
    for i in range(c.ri(2, 4)):
        code, desc = c.ch([("ALM 63", "ENGINE STOPPED"), ("ALM 18", "HIGH DISCHARGE TEMP"), ("EVT 02", "DEFROST START"),
                           ("ALM 84", "RESTART NULL"), ("EVT 11", "DOOR OPEN")])
        r.add(f"{c.dig(4, '0')}   {c.t('us')[:6]}{c.t('us')[8:]}  {c.t('hm', 60 * i)}  {code:<7} {desc}\n")
    r.add(f"Driver Login: {did} ", N(c.ch([d.caps_lf(), d.slash()])) if d else "NONE", "")
    return r


def cc_trace(c):
    r = Rec()
    r.add(f"{c.t('log')} ERROR [notify-worker-{c.ri(1, 8)}] c.coldtrack.notify.SmsDispatcher - escalation SMS failed\n")
    if c.negative:
        r.add("com.coldtrack.notify.DeliveryException: no on-call contact in rota 'Georgia Peach Lane'\n")
    else:
        p = c.person()
        r.add("com.coldtrack.notify.DeliveryException: carrier rejected ", P(c.phone(p, style="e164")),
              " for Contact{name='", N(p.full()), "', role=RECEIVER, email='", E(c.email(p)), "'}\n")
    r.add("\tat com.coldtrack.notify.SmsDispatcher.send(SmsDispatcher.java:142)\n"
          "\tat com.coldtrack.alarm.EscalationJob.run(EscalationJob.java:88)\n"
          "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)")
    return r


def cc_lang(c):
    r = Rec()
    p = c.person(["de", "es", "mx", "fr", "nl"])
    a = N(c.acct(p))
    k = c.ri(0, 2)
    if k == 0:
        r.add(f"Temperaturalarm Kühlzelle {c.ri(1, 9)} quittiert von ", N(p.full()), " (", a, f") am {c.t('eu')} – "
              "Kommentar: Tür war offen")
    elif k == 1:
        r.add(f"Alarma de temperatura cámara {c.ri(1, 9)} reconocida por ", N(p.full()), " (", a, ") — comentario: "
              "descarche en curso")
    else:
        r.add(f"Alarme température chambre froide {c.ri(1, 9)} acquittée par ", N(p.lf()), " (", a, ")")
    return r


def ccn_misc(c):
    r = Rec()
    r.add(c.ch([f"logger TT4-{c.dig(5)} battery={c.ri(5, 99)}% rssi=-{c.ri(60, 110)}dBm fw=3.2.{c.ri(0, 9)} "
                f"state={c.ch(['IN_TRANSIT', 'DELIVERED', 'ARMED'])}",
                f"Cold Room '{c.ch(['Victoria', 'Florence', 'Austin'])}' (-18C) door open 00:0{c.ri(1, 9)} -> auto-alarm "
                f"suppressed (defrost cycle {c.ri(1, 4)}/4) [{c.ch(LANG_UI)}]",
                f"{c.t('isoz')} CLEAR trailer={trailer(c)} probe=RA temp=3.1C by {c.ch(SYS_ACCTS)} ({c.ch(LANG_UI)})"]))
    return r


COLD = {"name": "cold_chain_alarms", "prefs": ["us", "mx", "uk", "de", "es", "ak", "nl"],
        "pos": [cc_escalate, cc_ack, cc_csv, cc_das, cc_trace, cc_lang],
        "neg": [cc_escalate, cc_ack, cc_csv, cc_das, cc_trace, ccn_misc]}


# ================================================================== 4. traceability_recall
BRANDS = ["Sara Lee Honey Wheat", "Marie Callender's Pot Pie", "Little Debbie Oatmeal Creme Pies", "Newman's Own Salsa",
          "Ben & Jerry's Cherry Garcia", "Mrs. Smith's Apple Pie", "Dr Pepper 12 oz", "Amy's Lentil Soup",
          "Tony's Chocolonely Dark", "Aunt Millie's Buns"]


def tlc(c):
    return f"{c.ch(['0', '1'])}{c.dig(13, '0')[1:]}-L{c.t('compact')[2:8]}{c.ch('ABC')}"


def tr_epcis(c):
    r = Rec()
    ev = {"type": c.ch(["ObjectEvent", "TransformationEvent"]), "eventTime": c.t("iso"), "eventTimeZoneOffset": "-05:00",
          "action": "OBSERVE", "bizStep": c.ch(["shipping", "receiving", "commissioning"]),
          "epcList": [f"urn:epc:id:sgtin:0614141.{c.dig(6)}.{c.dig(4)}"],
          "bizLocation": {"id": f"urn:epc:id:sgln:0614141.{c.dig(5)}.0"}}
    if not c.negative:
        p = c.person()
        ev["ex:tlcSourceContact"] = {"ex:name": N(c.nm(p)), "ex:phone": P(c.phone(p))}
        if c.p(0.5):
            ev["ex:recordedBy"] = E(c.email(c.person(native=0)))
    doc = {"@context": ["https://ref.gs1.org/standards/epcis/epcis-context.jsonld", {"ex": "https://example.com/fsma/"}],
           "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": c.t("iso"),
           "epcisBody": {"eventList": [ev]}}
    return r.js(doc, indent=2 if c.p(0.5) else None)


def tr_csv(c):
    r = Rec()
    r.add("Traceability Lot Code,Product Description,Quantity,Unit of Measure,CTE,Location Description,Date,"
          "Reference Document,Point of Contact,Contact Phone\n")
    n = c.ri(1, 3)
    for i in range(n):
        r.add(f"{tlc(c)},{c.ch(['Romaine hearts 3ct', 'Cantaloupe 9ct', 'Shell eggs 15 dz', 'Fresh-cut onions'])},"
              f"{c.ri(20, 900)},cases,{c.ch(['Shipping', 'Receiving', 'Initial Packing', 'Cooling'])},"
              f"{c.ch(['Salinas DC', 'Yuma cooler 2', 'Plant 7'])},{c.t('date')},BOL {c.dig(8)},")
        if c.negative:
            r.add(f'"{c.ch(["QA Department", "Traceability Desk", "Food Safety Team"])}",ext. {c.ri(100, 999)}')
        else:
            p = c.person()
            r.add('"', N(p.lf()), '",', P(c.phone(p)))
        if i < n - 1:
            r.add("\n")
    return r


def tr_notice(c):
    r = Rec()
    rid, store = f"R-2025-{c.dig(3)}", c.dig(4)
    if c.negative:
        r.add(f"RECALL {rid} Class {c.ch(['I', 'II'])} — '{c.ch(BRANDS)}' — status: Effectiveness Checks — "
              f"{c.ri(100, 2000):,} consignees, {c.ri(800, 999) / 10}% acknowledged (auto-reminder by {c.ch(SYS_ACCTS)})")
        return r
    m = c.person()
    k = c.ri(0, 1)
    if k == 0:
        r.add(f"RECALL {rid} notice -> store {store} (mgr ", N(m.full()), " <", E(c.email(m)), ">) sent via email+sms (",
              P(c.phone(m)), "); ack by ", N(c.acct(m)), f" at {c.t('isoz')}")
    else:
        r.add(f"{c.t('log')} INFO recall.ack - consignee {store} acknowledged {rid}: signer=\"", N(m.caps_lf()),
              "\" title=\"Store Manager\" ip=", I(c.ip()), f" product=\"{c.ch(BRANDS)}\"")
    return r


def tr_complaint(c):
    r = Rec()
    p = c.person()
    kid = c.relative(p)
    r.add(f"Complaint C-{c.dig(5)} | caller: ", N(p.full()), " | callback: ", P(c.phone(p)),
          f" | product: {c.ch(BRANDS)} (lot {c.dig(4)}) | narrative: Caller states {'her' if p.gender == 'f' else 'his'} ",
          c.ch(["son ", "daughter ", "husband "]), N(kid.given), " got sick about 6 h after eating it; ", N(p.given),
          " kept the packaging.")
    return r


def tr_trace(c):
    r = Rec()
    r.add("Traceback (most recent call last):\n  File \"/srv/trace/kde/validate.py\", line 88, in validate_event\n"
          "    raise MissingKDE(field, event)\ntrace.kde.MissingKDE: missing KDE 'harvest_location' in HarvestEvent("
          f"tlc='{tlc(c)}', farm='{c.ch(['Home Place', 'Rancho Las Palmas', 'Boa Vista'])}', harvester=")
    if c.negative:
        r.add("Contact(name='Harvest Crew 4', phone=None))")
    else:
        p = c.person()
        r.add("Contact(name=").py(N(p.full())).add(", phone=").py(P(c.phone(p))).add("))")
    return r


def trn_status(c):
    r = Rec()
    r.add(f"{c.t('isoz')} trace-api GET /v1/lots/{tlc(c)}/graph 200 nodes={c.ri(3, 40)} edges={c.ri(2, 60)} "
          f"product=\"{c.ch(BRANDS)}\" cte={c.ch(['Harvesting', 'Cooling', 'Transformation'])} requester={c.ch(SYS_ACCTS)}")
    return r


TRACE = {"name": "traceability_recall", "prefs": ["us", "mx", "hi", "ta", "it", "ph", "ko"],
         "pos": [tr_epcis, tr_csv, tr_notice, tr_complaint, tr_trace],
         "neg": [tr_epcis, tr_csv, tr_notice, tr_trace, trn_status]}


# ================================================================== 5. processing_plant_haccp
MEAT_BRANDS = ["Jimmy Dean Sausage Links 12 oz", "Bob Evans Pork Sausage", "Oscar Mayer Wieners", "Boar's Head Ham",
               "Johnsonville Brats", "Hillshire Farm Kielbasa", "Sara Lee Deli Turkey"]
PLANT_TR = ["mx", "and", "et", "vi", "ke", "us", "ph", "pac", "ua"]


def mp_ccp(c):
    r = Rec()
    r.add(f"CCP-{c.ch(['1B', '2B', '3B'])}|{c.ch(['CHILL', 'COOK', 'METAL DETECT'])}|{c.t('sp')[:16]}|carcass={c.dig(4)}|"
          f"temp={c.ri(330, 399) / 10}F|limit<=40F|monitor=")
    if c.negative:
        r.add(f"AUTO (CHILL-PROBE-{c.ri(1, 9):02d})|verifier=QA-SYSTEM|deviation=N")
        return r
    m, v = c.person(PLANT_TR, 0.03), c.person(native=0)
    r.add(N(m.caps()), f" ({c.dig(5, '2')})|verifier=", N(c.acct(v)), f"|deviation={c.ch('NNNY')}")
    return r


def mp_nr(c):
    r = Rec()
    r.add(f"NR {c.dig(4)}-2025-{c.dig(4)} | Est. M{c.dig(4)}+P{c.dig(4)} | Task: 03J01 SSOP Operational | Issued by: IIC ")
    if c.negative:
        r.add("(vacant - relief inspector) | Plant contact: QA Manager | Description: condensation observed over "
              "exposed product in Cooler 4 ('Dakota Room'); product retained")
        return r
    ins, qa = c.person(native=0), c.person()
    r.add("Dr. ", N(ins.full()), " | Plant contact: Mr. " if qa.gender == "m" else " | Plant contact: Ms. ",
          N(qa.full()), " (QA Manager), ", E(c.email(qa)), " | Description: At 0615 I observed condensation dripping "
          "onto exposed product in Cooler 4 and informed ", N(qa.family), ".")
    return r


def mp_line(c):
    r = Rec()
    w, s = c.person(PLANT_TR), c.person(PLANT_TR, 0)
    k = c.ri(0, 3)
    if k == 3:
        w = c.person(["ru", "ua", "yu"], 1.0)
        r.add(f"Линия {c.ri(1, 6)}: {'оператор' if w.gender == 'm' else 'операторка'} ", N(w.nat() or w.full()),
              f" {'переведён' if w.gender == 'm' else 'переведена'} на упаковку; мастер ",
              N(c.acct(s)), f", смена {c.ch('АБ')}")
    elif k == 0:
        r.add(f"Línea {c.ri(1, 6)} (deshuese): el operador ", N(w.full()), " fue reasignado a empaque por la "
              "supervisora ", N(s.full()), f" — turno {c.ch('AB')}")
    elif k == 1:
        r.add(f"Line {c.ri(1, 6)} (kill floor): knife sharpness check failed for ", N(w.full()), "; supervisor ",
              N(c.acct(s)), " notified")
    else:
        r.add(f"{c.t('sp')} badge {c.dig(5, '2')} ", N(w.caps_lf()), f" IN turnstile T{c.ri(1, 4)} -> line "
              f"{c.ri(1, 6)} (approved by ", N(c.acct(s)), ")")
    return r


def mp_grade(c):
    r = Rec()
    doc = {"carcassId": f"{c.t('date')}-{c.dig(4)}", "hotWeightLb": Raw(f"{c.ri(700, 980)}.{c.ri(0, 9)}"),
           "yieldGrade": c.ri(1, 4), "qualityGrade": c.ch(["Choice-", "Select+", "Prime", "Choice"])}
    if c.negative:
        doc |= {"grader": {"id": "VBG2000-CAM2", "name": "camera"}, "lot": {"producer": c.ch(FARM_COS_TC),
                "feedlot": "Hi-Plains Feeders"}}
    else:
        g, pr = c.person(native=0), c.person()
        doc |= {"grader": {"id": f"G-{c.dig(3)}", "name": N(g.full())},
                "lot": {"producer": N(c.nm(pr)), "feedlot": "Hi-Plains Feeders"}}
    return r.js(doc, indent=c.ch([None, 2]))


def mp_preop(c):
    r = Rec()
    room = c.ri(1, 9)
    if c.negative:
        r.add(f"Pre-op sanitation Room {room} PASSED — inspected by Sanitation Crew B — e-signed by kiosk01 — "
              f"21 CFR 11 ref ES-{c.dig(5)}")
        return r
    p = c.person(native=0.05)
    r.add(f"Pre-op sanitation Room {room} {c.ch(['PASSED', 'FAILED (re-clean)'])} — inspected by ", N(p.lf()),
          " (QA) — e-signed ", E(c.email(p)), " from ", I(c.ip(0)), f" — 21 CFR 11 ref ES-{c.dig(5)}")
    return r


def mp_everify(c):
    r = Rec()
    p = c.person(PLANT_TR, 0)
    if c.p(0.5):
        r.add(f"E-Verify case {c.t('compact')[:4]}{c.dig(9)}AB for ", N(p.caps_lf()), " (SSN ending ",
              S(c.ssn("bare")[-4:]), ") -> Employment Authorized; processed by ", E("hr.plant@example.com"))
    else:
        r.add(f"{c.t('log')} DEBUG i9.sync payload=", "{'ssn': ").py(S(c.ssn())).add(", 'first_name': ").py(N(p.given))
        r.add(", 'last_name': ").py(N(p.family)).add(f", 'hire_date': '{c.t('date')}'}}")
    return r


def mpn_label(c):
    r = Rec()
    r.add(f"Label approval {c.dig(4)}-2025: '{c.ch(MEAT_BRANDS)}' sketch approved (generic) — establishment "
          f"M{c.dig(4)} — reviewer {c.ch(['LabelBot', 'FSIS-LSIS', 'kiosk01'])} — status {c.ch(['Approved', 'Pending', 'Returned'])}")
    return r


PLANT = {"name": "processing_plant_haccp", "prefs": PLANT_TR,
         "pos": [mp_ccp, mp_nr, mp_line, mp_grade, mp_preop, mp_everify],
         "neg": [mp_ccp, mp_nr, mp_grade, mp_preop, mpn_label]}


# ================================================================== 6. dairy_milk_pickup
DAIRY_TR = ["nl", "us", "de", "ie", "nord", "pac", "mx", "ca"]


def dp_handheld(c):
    r = Rec()
    pid = c.dig(5, "4")
    r.add(f"PICKUP  {c.t('sp')[:16]}  RT {c.ri(1, 40)}  TRUCK {c.dig(3)}\n")
    if c.negative:
        pn = c.ch(["SUNNY ACRES DAIRY LLC", "ST. GEORGE COLONY", "HOLSTEIN HILL FARMS"])
        r.add(f"PRODUCER {pid}  {pn}{pad(pn, 26)}TANK {c.ri(1, 3)}\n")
    else:
        p = c.person(DAIRY_TR, 0.02)
        pn = p.caps_lf()
        r.add(f"PRODUCER {pid}  ", N(pn), pad(pn, 26), f"TANK {c.ri(1, 3)}\n")
    r.add(f"TEMP {c.ri(340, 395) / 10}F  STICK {c.ri(20, 70)}.{c.ri(0, 99):02d}  LBS {c.ri(4000, 30000):,}  SAMPLE "
          f"{pid}-{c.t('date')[5:].replace('-', '')}-1\n")
    if c.negative:
        r.add(f"HAULER LIC {c.dig(4)}  RELIEF DRIVER")
    else:
        h = c.person(DAIRY_TR, 0)
        r.add(f"HAULER LIC {c.dig(4)}  ", N(h.caps_lf()))
    return r


def dp_lab(c):
    r = Rec()
    res = {"scc": c.ri(80, 400) * 1000, "spc": c.ri(1, 30) * 1000, "fat": Raw(f"{c.ri(350, 480) / 100}"),
           "protein": Raw(f"{c.ri(290, 360) / 100}"), "antibiotic": "NEG"}
    doc: dict = {"sampleId": f"{c.dig(5)}-{c.dig(4)}-1", "lab": "Upper Midwest DHI Lab"}
    if c.negative:
        doc |= {"producer": {"id": c.dig(5), "name": "Sunny Acres Dairy LLC"}, "results": res,
                "notes": f"Cow {c.dig(4)} 'Bella' high SCC quarter LF; cow {c.dig(4)} 'Daisy' dry-off"}
    else:
        p = c.person(DAIRY_TR)
        doc |= {"producer": {"id": c.dig(5), "name": N(c.nm(p)), "contact": {"phone": P(c.phone(p)),
                                                                              "email": E(c.email(p))}},
                "results": res, "notified": [E(c.email(c.person(DAIRY_TR, 0)))]}
    return r.js(doc, indent=c.ch([None, 2]))


def dp_check(c):
    r = Rec()
    if c.negative:
        r.add(f"PRODUCER {c.dig(5)}|SUNNY ACRES DAIRY LLC|EIN {c.ri(10, 99)}-{c.dig(7)}|CWT {c.ri(100, 900)}.{c.ri(10, 99)}|"
              f"BASE {c.ri(17, 24)}.{c.ri(10, 99)}|HAULING -{c.ri(1, 3)}.{c.ri(10, 99)}|ASSIGN Farm Credit Services")
        return r
    p = c.person(DAIRY_TR)
    if c.p(0.5):
        r.add(f"PRODUCER {c.dig(5)}|", N(p.caps()), "|TIN XXX-XX-", S(c.ssn("bare")[-4:]),
              f"|CWT {c.ri(100, 900)}.{c.ri(10, 99)}|BASE {c.ri(17, 24)}.{c.ri(10, 99)}|HAULING -{c.ri(1, 3)}.{c.ri(10, 99)}")
    else:
        r.add(f"{c.dig(5)},\"", N(p.lf()), '",', S(c.ssn(c.ch(["dash", "bare"]))), f",{c.ri(20000, 300000)}.{c.ri(10, 99)},"
              "1099-MISC box 7")
    return r


def dp_bay(c):
    r = Rec()
    if c.negative:
        r.add(f"Receiving bay {c.ri(1, 4)}: tanker T-{c.ri(10, 99)} (driver relief-01) beta-lactam NEGATIVE; CIP "
              f"cycle {c.ri(1, 9)} caustic 1.8% 165F 12 min OK; seal {c.dig(6)} intact")
        return r
    d, t = c.person(DAIRY_TR, 0), c.person()
    r.add(f"Receiving bay {c.ri(1, 4)}: tanker T-{c.ri(10, 99)} (driver ", N(c.acct(d)), ") beta-lactam NEGATIVE; "
          "sampled by lab tech ", N(t.full()), f"; seal {c.dig(6)} intact")
    return r


def dp_app(c):
    r = Rec()
    doc = {"route": c.ri(1, 40), "stop": c.ri(1, 12), "event": "pickup_complete", "ts": c.t("iso")}
    if c.negative:
        doc |= {"producer": "Holstein Hill Farms", "driver": {"id": "relief-01"}, "note": "Gate code changed"}
    else:
        p, d = c.person(DAIRY_TR, 0.1), c.person(DAIRY_TR, 0)
        doc |= {"producer": N(p.any(c.r)), "driver": {"id": N(c.acct(d)), "name": N(d.full())},
                "note": Cat("Tank agitator noisy, told ", N(p.given))}
    return r.add(f"{c.t('isoz')} route-app ").js(doc, ascii=c.p(0.5))


def dp_eu(c):
    r = Rec()
    p, d = c.person(["nl", "de", "fr"], 0), c.person(["nl", "de", "fr"], 0)
    k = c.ri(0, 2)
    if k == 0:
        r.add(f"Melkophaling {c.t('eu')} bij veehouder ", N(p.family), f" (lidnr {c.dig(5)}), route {c.ri(1, 40)}, "
              "chauffeur ", N(d.full()), " — tanktemp 3,8 °C")
    elif k == 1:
        r.add(f"Milchabholung Tour {c.ri(1, 40)}: Landwirt ", N(p.full()), ", Fahrer ", N(d.full()),
              f", Menge {c.ri(1, 9)}.{c.ri(100, 999)} kg")
    else:
        r.add(f"Collecte lait tournée {c.ri(1, 40)} : producteur ", N(p.caps_lf(" ")), ", chauffeur ", N(d.full()))
    return r


DAIRY = {"name": "dairy_milk_pickup", "prefs": DAIRY_TR,
         "pos": [dp_handheld, dp_lab, dp_check, dp_bay, dp_app, dp_eu],
         "neg": [dp_handheld, dp_lab, dp_check, dp_bay, dp_app]}

FAMILIES_A = [GRAIN, FARM, COLD, TRACE, PLANT, DAIRY]
