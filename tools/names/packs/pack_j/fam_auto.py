"""Automotive retail and equipment rental families."""

from __future__ import annotations

import decoys as D
from names import WORK_DOMAINS, fold
from seg import C, Cat, E, I, N, P, Rec, S, form, pct, xesc


def jpre(c, logger: str, level: str | None = None) -> str:
    lvl = level or c.ch(["INFO", "INFO", "WARN", "DEBUG", "ERROR"])
    return f"{c.ts(sep=' ', z='')} {lvl:<5} [{c.ch(['main', 'http-nio-8443-exec-4', 'pool-3-thread-2', 'worker-7'])}] {logger} - "


def up(s: str) -> str:
    return fold(s).upper()


def vehicle(c) -> str:
    return f"{c.num(2016, 2026)} {c.ch(D.MAKES_MODELS)}"


# ---------------------------------------------------------------- 1. adf_lead_crm
def adf_xml(c, neg=False) -> Rec:
    r = Rec()
    mm = c.ch(D.MAKES_MODELS).split(" ", 1)
    ind = "  " if c.rnd() < 0.7 else ""
    nl = "\n" if ind else ""
    with r.doc("xml"):
        r.add(f'<?xml version="1.0"?>{nl}<?adf version="1.0"?>{nl}<adf>{nl}{ind}<prospect status="new">{nl}')
        r.add(f'{ind*2}<id sequence="1" source="{c.ch(["cars.example", "autotrader.example", "OEM Portal"])}">'
              f'LD-{c.digits(7)}</id>{nl}{ind*2}<requestdate>{c.ts(frac=False, z="-05:00")}</requestdate>{nl}')
        r.add(f'{ind*2}<vehicle interest="buy" status="{c.ch(["new", "used"])}"><year>{c.num(2018, 2026)}</year>'
              f'<make>{xesc(mm[0])}</make><model>{xesc(mm[1])}</model><vin>{c.vin()}</vin></vehicle>{nl}')
        r.add(f"{ind*2}<customer>{nl}{ind*3}<contact primarycontact=\"1\">{nl}")
        if neg:
            r.add(f'{ind*4}<name part="full">{c.ch(["TEST LEAD", "Fleet Department", "Internet Customer"])}</name>{nl}'
                  f'{ind*4}<phone type="voice">UNKNOWN</phone>{nl}')
        else:
            p = c.person()
            if c.rnd() < 0.6:
                r.add(f'{ind*4}<name part="first">', N(p.given), f'</name>{nl}{ind*4}<name part="last">', N(p.family),
                      f"</name>{nl}", enc=None)
            else:
                r.add(f'{ind*4}<name part="full">', (xesc(p.display(c.rng)), "NAME"), f"</name>{nl}")
            r.add(f"{ind*4}<email>", E(p.email(c.rng)), f"</email>{nl}")
            r.add(f'{ind*4}<phone type="{c.ch(["voice", "cellphone"])}" time="{c.ch(["morning", "evening", "nopreference"])}">',
                  P(c.phone("us")), f"</phone>{nl}")
        r.add(f"{ind*3}</contact>{nl}")
        if not neg and c.rnd() < 0.5:
            q = c.person()
            r.add(f"{ind*3}<comments>Trade-in is my {c.ch(['spouse', 'partner', 'co-buyer'])}'s car, please call ",
                  N(q.given), f" after 5pm</comments>{nl}")
        else:
            r.add(f"{ind*3}<comments>{xesc(c.ch(['Is this still available?', 'Best out-the-door price?', 'Need financing']))}</comments>{nl}")
        r.add(f"{ind*2}</customer>{nl}{ind*2}<vendor><vendorname>{xesc(c.ch(D.DEALERS))}</vendorname></vendor>{nl}"
              f"{ind}</prospect>{nl}</adf>")
    return r


def lead_route(c) -> Rec:
    p = c.person()
    s = c.person()
    r = Rec().add(jpre(c, "c.d.crm.LeadRouter", "INFO"), f"lead LD-{c.digits(7)} source={c.ch(['AutoTrader', 'OEM', 'Website', 'Walk-in'])} ")
    r.add("assigned to ", N(s.acct(c.rng)), " [", N(s.display(c.rng, False)), "] pool=", c.ch(["NEW_SALES", "USED_SALES", "BDC"]))
    r.add("; customer=\"", N(c.ch([p.last_first(), p.full(), p.full().upper()])), "\" phone=", P(c.phone()))
    if c.rnd() < 0.5:
        r.add(" email=", E(p.email(c.rng)))
    return r


def bdc_call(c) -> Rec:
    p, a = c.person(), c.person()
    r = Rec().add(f"CALL|{c.ts(frac=False)}|{c.ch(['OUT', 'IN'])}|agent=", c.ch(["DLR01\\", "BDC\\", ""]), N(a.acct(c.rng)))
    r.add("|cust=", N(up(p.full())), "|ani=", P(c.e164()), f"|dur={c.num(12, 900)}|dispo={c.ch(['APPT_SET', 'NO_ANSWER', 'LEFT_VM', 'BAD_NUMBER'])}")
    if c.rnd() < 0.5:
        r.add("|note=spoke w/ ", N(p.given), " re ", vehicle(c))
    return r


def lead_merge(c) -> Rec:
    p = c.person()
    e1, e2 = p.email(c.rng), p.email(c.rng, c.ch(["example.com", "gmail.com"]))
    obj = {"event": "lead.merged", "dealer_id": c.num(1000, 9999), "survivor": {"firstName": N(p.given), "lastName": N(p.family),
           "email": E(e1)}, "merged": [{"id": f"LD-{c.digits(7)}", "email": E(e2), "phone": P(c.phone())}],
           "by": N(c.person().acct(c.rng)) if c.rnd() < 0.6 else "svc_dms_sync"}
    return Rec().json(obj, indent=c.ch([None, 2]), ascii=c.rnd() < 0.3)


def lead_sms(c) -> Rec:
    p = c.person()
    msg = c.ch([("Hola, soy ", ". Me interesa la ", "; ¿todavía está disponible?"),
                ("Oi, aqui é ", ". Tenho interesse no ", ", ainda está disponível?"),
                ("Hi it's ", " again, still want the ", " - can I come at 6?")])
    nm = p.given if c.rnd() < 0.6 else p.full()
    if c.rnd() < 0.2:
        nm = nm.lower()
    return Rec().add(f"{c.ts()} sms-gw inbound from=", P(c.e164()), " to=", P(c.e164()), " ",
                     'body="', msg[0], N(nm), msg[1], c.ch(D.MAKES_MODELS), msg[2], '"')


def lead_form(c) -> Rec:
    p = c.person()
    r = Rec().add(I(c.ip4()), f' - - [{c.num(10, 28)}/Mar/2026:{c.num(10, 23)}:{c.num(10, 59)}:{c.num(10, 59)} +0000] ',
                  '"POST /inventory/used/lead HTTP/1.1" 302 0 body="first_name=')
    r.add(N(p.given), enc=form)
    r.add("&last_name=").add(N(p.family), enc=form).add("&email=").add(E(p.email(c.rng)), enc=pct)
    r.add("&phone=").add(P(c.phone("us")), enc=form).add(f"&stock=U{c.num(10000, 99999)}&contact_pref=text\"")
    return r


def neg_lead_stats(c) -> Rec:
    return Rec().add(jpre(c, "c.d.crm.LeadRouter"), f"pool {c.ch(['NEW_SALES', 'USED_SALES', 'BDC'])} rebalanced: "
                     f"{c.num(3, 40)} open, SLA breach {c.num(0, 5)}, top model {c.ch(D.MAKES_MODELS)}; "
                     f"round-robin owner={c.ch(D.SERVICE_ACCTS)} status={c.ch(D.STATUSES)}")


def neg_inventory(c) -> Rec:
    m = c.ch(D.MAKES_MODELS)
    return Rec().add(f"{c.ts()} vauto-sync dealer={c.ch(D.DEALERS)!r} units={c.num(80, 600)} repriced={c.num(0, 40)} "
                     f"sample=\"{m} {c.ch(D.TRIMS)}\" color=\"{c.ch(D.COLORS)}\" vin={c.vin()} by={c.ch(D.SERVICE_ACCTS)}")


def neg_bdc(c) -> Rec:
    return Rec().add(f"CALL|{c.ts(frac=False)}|OUT|agent=BDC\\{c.ch(['dialer01', 'ivr', 'svc_predictive'])}|cust=FLEET "
                     f"{c.ch(['DEPT', 'ACCOUNT'])} {c.ch(D.BUILDERS).upper()}|ani=ANONYMOUS|dur=0|dispo=NO_ANSWER")


# ---------------------------------------------------------------- 2. service_lane_ro
def ro_open(c) -> Rec:
    p, a = c.person(), c.person()
    r = Rec().add(f"{c.ts(sep=' ', frac=False, z='')} RO#{c.num(500000, 899999)} OPENED adv=", N(up(a.acct(c.rng, 'lastf'))))
    if c.rnd() < 0.5:
        r.add(" (", N(a.display(c.rng, False)), ")")
    r.add(' cust="', N(up(p.last_first())), f'" tag=T{c.num(100, 999)} vin={c.vin()} miles={c.num(1200, 180000)} ')
    r.add("ph=", P(c.phone()), f" promised={c.date()}T17:00 pay={c.ch(['C', 'W', 'I'])}")
    return r


def tech_punch(c) -> Rec:
    r = Rec().add("TECH  NAME                   RO       LN  OPCODE     FLAG   ACT\n")
    for i in range(c.num(2, 4)):
        if i == 0 or c.rnd() < 0.7:
            t = c.person()
            nm = up(f"{t.family}, {t.given[0]}")
            r.add(f"{c.num(100, 999):<6}", N(nm), " " * max(1, 23 - len(nm)))
        else:
            r.add(f"{c.num(100, 999):<6}{'SHOP':<23}")
        r.add(f"{c.num(500000, 899999):<9}{c.ch('ABCD'):<4}{c.ch(['01FZ10', '24TRZ', 'MPI', 'LOF', '13BRK']):<11}"
              f"{c.num(1, 40) / 10:<7.1f}{c.num(1, 40) / 10:.1f}\n")
    r.add(f"TOTAL FLAG {c.num(10, 90) / 10:.1f}")
    return r


def ro_sms(c) -> Rec:
    p, a = c.person(), c.person()
    body = Cat("Hi ", N(p.given), f", your {vehicle(c)} is ready for pickup. Total due ${c.num(40, 1900)}.{c.num(10, 99)} - ",
               N(a.given), " at ", c.ch(D.DEALERS))
    obj = {"ro": str(c.num(500000, 899999)), "channel": "sms", "to": P(c.e164()), "body": body,
           "sent_by": N(a.acct(c.rng)), "status": "queued"}
    return Rec().add(f"{c.ts()} xtime-notify ").json(obj, ascii=c.rnd() < 0.3)


def mpi_json(c) -> Rec:
    t, p = c.person(), c.person()
    obj = {"inspectionId": c.hx(12), "ro": c.num(500000, 899999), "technician": {"firstName": N(t.given), "lastName": N(t.family),
           "techNo": c.num(100, 999)}, "customer": {"name": N(p.display(c.rng)), "email": E(p.email(c.rng))},
           "items": [{"code": "BRK-F", "result": c.ch(["green", "yellow", "red"]), "note": "pads 3mm"},
                     {"code": "TIRE-LF", "result": "yellow", "note": "5/32"}], "video": True}
    return Rec().json(obj, indent=2)


def ro_ruby(c) -> Rec:
    p, a = c.person(), c.person()
    r = Rec().add(f"I, [{c.ts(z='')} #{c.num(1000, 30000)}]  INFO -- : RepairOrder updated: ")
    r.add(f'#<RepairOrder id: {c.num(10000, 99999)}, number: "{c.num(500000, 899999)}", customer_name: "', N(p.full()),
          '", customer_phone: "', P(c.phone()), f'", status: "{c.ch(["open", "waiting_parts", "ready"])}", advisor: #<User id: ',
          f'{c.num(10, 99)}, login: "', N(a.acct(c.rng)), '">>')
    return r


def ro_german(c) -> Rec:
    p, a = c.person(), c.person()
    return Rec().add(f"{c.ts(sep=' ', frac=False, z='')} [werkstatt] Auftrag {c.num(40000, 49999)} angelegt: Kunde ",
                     c.ch(["Herr ", "Frau ", ""]), N(p.family), " (Tel. ", P(c.phone("de")), "), Serviceberater ", N(a.full()),
                     f", Fahrzeug {c.ch(D.MAKES_MODELS)}, Termin {c.date()}")


def ro_story(c) -> Rec:
    p, q, t = c.person(), c.person(), c.person()
    return Rec().add(f"RO {c.num(500000, 899999)} LINE A\nCONCERN: CUSTOMER ", N(up(p.full())), " STATES ",
                     c.ch(["SPOUSE", "CO-OWNER", "OTHER DRIVER"]), " ", N(up(q.given)),
                     " HEARD A GRINDING NOISE WHEN BRAKING\nCAUSE: FRONT PADS WORN TO BACKING PLATE\n"
                     "CORRECTION: REPLACED FRONT PADS AND ROTORS, ROAD TESTED OK\nTECH: ",
                     N(up(t.acct(c.rng, 'flast'))), f"  FLAG {c.num(10, 30) / 10:.1f}")


def ro_cashier(c) -> Rec:
    p = c.person()
    nm = c.ch([p.slash(), up(p.western()), up(p.last_first())])
    pan = c.card()
    brand = {"4": "VISA", "5": "MC", "2": "MC", "3": "AMEX", "6": "DISC"}[pan[0]]
    return Rec().add(f"{c.ts(sep=' ', frac=False, z='')} CASHIER close RO#{c.num(500000, 899999)} pay={brand} "
                     "pan=", C(pan), " name=", N(nm), f" amt={c.num(40, 3000)}.{c.num(10, 99)} entry={c.ch(['KEYED', 'MOTO'])} "
                     f"cashier={c.ch(['CASH01', 'CASH02'])}")


def neg_ro(c) -> Rec:
    return Rec().add(f"{c.ts(sep=' ', frac=False, z='')} RO#{c.num(500000, 899999)} OPENED adv={c.ch(['SYSTEM', 'EXPRESS', 'RECON'])}"
                     f' cust="{c.ch(["INTERNAL - USED CAR RECON", "KIEWIT FLEET", "POLICY", "LOANER FLEET"])}" tag=T{c.num(100, 999)} '
                     f"vin={c.vin()} miles={c.num(5, 90000)} pay=I status={c.ch(D.STATUSES)} model=\"{c.ch(D.MAKES_MODELS)}\"")


def neg_ro_story(c) -> Rec:
    return Rec().add(f"RO {c.num(500000, 899999)} LINE B\nCONCERN: PERFORM {c.ch(['MULTI-POINT INSPECTION', 'RECALL 24V-118', 'PDI'])}\n"
                     f"CAUSE: {c.ch(D.JARGON).upper()}\nCORRECTION: {c.ch(D.UI_STRINGS).upper()}\nTECH: SHOP  FLAG 0.3")


def neg_sms(c) -> Rec:
    obj = {"ro": str(c.num(500000, 899999)), "channel": "sms", "to": "SHORTCODE", "body":
           f"Your {c.ch(D.MAKES_MODELS)} is {c.ch(['ready for pickup', 'waiting on parts', 'in the wash bay'])}. Reply STOP to opt out.",
           "sent_by": c.ch(D.SERVICE_ACCTS), "status": c.ch(["queued", "delivered"])}
    return Rec().add(f"{c.ts()} xtime-notify ").json(obj)


# ---------------------------------------------------------------- 3. fi_credit_desk
def credit_app(c) -> Rec:
    a, b = c.person(), c.person() if c.rnd() < 0.5 else None

    def applicant(p):
        return {"firstName": N(p.given), "lastName": N(p.family), "dateOfBirth": f"19{c.num(55, 99)}-0{c.num(1, 9)}-1{c.num(0, 9)}",
                "ssn": S(c.ssn(c.ch(["dash", "bare"]))), "phones": [{"type": "mobile", "number": P(c.phone("us"))}],
                "email": E(p.email(c.rng)), "employer": c.ch(D.BUILDERS + D.TRADES), "monthlyIncome": c.num(2500, 15000)}
    obj = {"applicationType": "JOINT" if b else "INDIVIDUAL", "dealerId": f"RO{c.num(10000, 99999)}",
           "vehicle": {"vin": c.vin(), "year": c.num(2019, 2026)}, "applicant": applicant(a)}
    if b:
        obj["coApplicant"] = applicant(b)
    obj["submittedBy"] = {"user": N(c.person().acct(c.rng)), "ip": I(c.ip())}
    return Rec().add(jpre(c, "c.r.ecs.CreditAppSubmitter", "DEBUG"), "POST /credit-app payload=\n").json(obj, indent=2)


def deal_audit(c) -> Rec:
    b, m = c.person(), c.person()
    r = Rec().add(f"DEAL {c.num(20000, 29999)} stage={c.ch(['CONTRACTED', 'BOOKED', 'CIT', 'FUNDED'])} fi_mgr=", N(m.acct(c.rng)))
    r.add(' buyer="', N(up(b.last_first())), '"')
    if c.rnd() < 0.4:
        r.add(' cobuyer="', N(up(c.person().last_first())), '"')
    r.add(f" lender=\"{c.ch(D.LENDERS)}\" apr={c.num(300, 1899) / 100:.2f} term={c.ch([60, 72, 84])} reserve={c.num(0, 200) / 100:.2f}")
    return r


def ofac(c) -> Rec:
    p = c.person()
    return Rec().add(f"{c.ts()} compliance OFAC/RedFlags check buyer=", N(up(p.full())), f" result={c.ch(['NO_MATCH', 'REVIEW'])} "
                     f"score={c.num(1, 90) / 100:.2f} ssn_last4=", S(c.last4()), f" idv={c.ch(['PASS', 'REFER'])} deal={c.num(20000, 29999)}")


def econtract_trace(c) -> Rec:
    p = c.person()
    v2 = p.full().upper() if c.rnd() < 0.5 else p.initial()
    return Rec().add(jpre(c, "c.d.econtract.RetailInstallmentService", "ERROR"), f"contract {c.hx(10)} rejected by lender\n",
                     "com.dealer.econtract.ValidationException: Buyer name mismatch: contract '", N(p.full()),
                     "' vs credit application '", N(v2), "'\n\tat com.dealer.econtract.Rules.checkParties(Rules.java:212)\n"
                     "\tat com.dealer.econtract.RetailInstallmentService.submit(RetailInstallmentService.java:88)\n"
                     "\tat java.base/java.lang.Thread.run(Thread.java:1583)")


def menu_kv(c) -> Rec:
    p, m = c.person(), c.person()
    return Rec().add(f"ts={c.ts()} evt=menu_presented deal={c.num(20000, 29999)} customer=", E(p.email(c.rng)),
                     f" products=VSC,GAP,TIRE accepted={c.ch(['GAP', 'VSC', 'none'])} by=", c.ch(["DLR\\", ""]), N(m.acct(c.rng)),
                     " ip=", I(c.ip()), " ua=\"Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X)\"")


def downpay(c) -> Rec:
    p = c.person()
    return Rec().add(f"{c.ts()} cashier DOWNPAY deal={c.num(20000, 29999)} card=", C(c.card()), ' name_on_card="',
                     N(up(c.ch([p.western(), p.slash()]))), f'" amount={c.num(500, 9000)}.00 auth={c.ch(["OK", "DECLINED"])}')


def bureau_repr(c) -> Rec:
    p = c.person()
    r = Rec().add("DEBUG credit.pull: sending ")
    r.add("BureauRequest(bureau='EXP', first_name=").pystr(N(p.given)).add(", last_name=").pystr(N(p.family))
    r.add(", ssn=").pystr(S(c.ssn())).add(", phone=").pystr(P(c.phone())).add(", permissible_purpose='auto_credit')")
    return r


def neg_rates(c) -> Rec:
    return Rec().add(jpre(c, "c.r.ecs.RateSheetLoader"), f"lender=\"{c.ch(D.LENDERS)}\" program={c.ch(['Tier 1', 'Tier 2', 'Select'])} "
                     f"apr={c.num(300, 1500) / 100:.2f} max_ltv={c.num(100, 140)}% term={c.ch([60, 72, 84])} status={c.ch(D.STATUSES)}")


def neg_deal(c) -> Rec:
    return Rec().add(f"DEAL {c.num(20000, 29999)} stage={c.ch(['Contract In Transit', 'Funded', 'Unwound'])} fi_mgr={c.ch(D.SERVICE_ACCTS)} "
                     f'buyer="{c.ch(D.BUILDERS).upper()} (COMMERCIAL)" lender="{c.ch(D.LENDERS)}" stock=N{c.num(1000, 9999)} '
                     f"model=\"{c.ch(D.MAKES_MODELS)}\"")


def neg_trace(c) -> Rec:
    return Rec().add(jpre(c, "c.d.econtract.RetailInstallmentService", "ERROR"), "lender timeout\n"
                     f"java.net.SocketTimeoutException: Read timed out (lender={c.ch(D.LENDERS)})\n"
                     "\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)\n"
                     "\tat com.dealer.econtract.LenderClient.post(LenderClient.java:57)")


# ---------------------------------------------------------------- 4. vehicle_auction
def bid_log(c) -> Rec:
    b = c.person()
    r = Rec().add(f"{c.ts()} lane={c.num(1, 12)} run={c.num(1, 400)} vin={c.vin()} bid={c.num(20, 600) * 50} bidder=",
                  f"{c.num(5000000, 5999999)} (", N(b.acct(c.rng)), ") ip=", I(c.ip()), f" via={c.ch(['simulcast', 'floor', 'proxy'])}")
    if c.rnd() < 0.4:
        r.add(' rep="', N(b.full()), '"')
    return r


def arbitration(c) -> Rec:
    rep, sel = c.person(), c.person()
    obj = {"claimId": f"ARB-{c.digits(6)}", "auction": c.ch(D.AUCTIONS), "buyer": {"dealer": c.ch(D.DEALERS), "rep": N(rep.full()),
           "phone": P(c.phone())}, "seller": {"account": c.ch(D.LENDERS), "contact": N(sel.display(c.rng))},
           "reason": c.ch(["frame damage", "odometer", "title brand"]),
           "notes": Cat("Rep ", N(rep.given), " says announced condition did not disclose prior repair")}
    return Rec().json(obj, indent=c.ch([None, 2, 4]), ascii=c.rnd() < 0.3)


def gate_pass(c) -> Rec:
    d = c.person()
    return Rec().add(f"GATE PASS {c.num(1000000, 9999999)}   {c.date()}\nVIN: {c.vin()}   {c.ch(D.MAKES_MODELS).upper()}\n"
                     "RELEASED TO: ", N(up(d.last_first())), f"\nDRIVER LIC#: D{c.num(1000000, 9999999)}   CARRIER: "
                     f"{c.ch(['ROADRUNNER AUTO TRANSPORT', 'MONTWAY', 'UNITED ROAD'])}\nPHONE: ", P(c.phone("us")))


def sim_chat(c) -> Rec:
    a, b = c.person(), c.person()
    return Rec().add(f"[{c.ts(frac=False)}] [simulcast lane {c.num(1, 12)}] <", N(a.acct(c.rng)), "> ",
                     c.ch(["is that the one with the cracked windshield?", "any tire tread readings?", "run it again pls"]),
                     "\n", f"[{c.ts(frac=False)}] [simulcast lane {c.num(1, 12)}] <ringman> @", N(a.acct(c.rng, "first.last")),
                     " yes, ", N(b.given), " on the block checked it")


def title_proc(c) -> Rec:
    s, b = c.person(), c.person()
    return Rec().add(jpre(c, "auction.title.TitleDesk"), f"title received vin={c.vin()} state={c.ch(['TX', 'GA', 'PA', 'OH'])} seller rep: ",
                     N(s.initial()), "; buyer: ", N(b.full()), " <", E(b.email(c.rng)), ">")


def uss_jp(c) -> Rec:
    p = c.person("japanese")
    return Rec().add(f"{c.ts(frac=False, z='+09:00')} 落札 会場=USS東京 出品番号={c.num(10000, 99999)} 車名={c.ch(['プリウス', 'アルファード', 'ハイエース'])} "
                     "落札者=", N(p.native_full()), f" 会員ID={c.num(100000, 999999)} 連絡先=", P(c.phone("jp")))


def neg_runlist(c) -> Rec:
    rows = "\n".join(f"{c.num(1, 12):>2} {c.num(1, 400):>4}  {c.vin()}  {c.ch(D.MAKES_MODELS)[:24]:<24} {c.ch(D.LENDERS)[:26]:<26} "
                     f"{c.num(5, 180)}k" for _ in range(c.num(2, 4)))
    return Rec().add(f"RUN LIST {c.ch(D.AUCTIONS)} {c.date()}\nLN  RUN  VIN                {'VEHICLE':<24} {'SELLER':<26} MI\n", rows)


def neg_lane(c) -> Rec:
    return Rec().add(f"{c.ts()} lane={c.num(1, 12)} status={c.ch(['Open', 'Paused', 'Closed'])} auctioneer_console=ac-{c.num(1, 12)} "
                     f"simulcast_viewers={c.num(0, 900)} bidder=ringman ip=- sold={c.num(0, 90)} noSale={c.num(0, 30)}")


# ---------------------------------------------------------------- 5. oem_warranty_recall
def wclm(c) -> Rec:
    t, p = c.person(), c.person()
    return Rec().add(f"WCLM|DLR={c.num(10000, 99999)}|RO={c.num(500000, 899999)}|VIN={c.vin()}|LBROP={c.ch(['12A01', 'B7701', 'EV0031'])}",
                     f"|TECH={c.num(1000, 9999)} ", N(up(f"{t.family} {t.given[0]}")), "|CUST=", N(p.slash()),
                     f"|FAIL={c.ch(['P0420', 'U0100', 'B1318'])}|AMT={c.num(50, 4000)}.{c.num(10, 99)}")


def claim_reject(c) -> Rec:
    t = c.person()
    return Rec().add(jpre(c, "oem.warranty.ClaimAdjudicator", "WARN"), f"Claim {c.num(80000, 99999)} rejected: code {c.num(10, 60)} - "
                     f"technician ID {c.num(1000, 9999)} (", N(t.full()), ") not certified for ",
                     c.ch(["EV battery service", "ADAS calibration", "high-voltage isolation"]))


def recall_json(c) -> Rec:
    o, t = c.person(), c.person()
    obj = {"campaign": f"{c.num(22, 26)}V{c.num(100, 899)}000", "vin": c.vin(), "status": "COMPLETED",
           "owner": {"name": N(c.ch([o.full(), o.full().upper(), o.native_full()])), "email": E(o.email(c.rng)), "phone": P(c.phone())},
           "completedBy": {"tech": N(t.acct(c.rng)), "dealer": c.ch(D.DEALERS)}, "remedy": "reflash BCM"}
    return Rec().json(obj, indent=c.ch([None, 2]), ascii=c.rnd() < 0.35)


def recall_mail(c) -> Rec:
    o = c.person()
    return Rec().add(f"{c.ts(sep=' ', frac=False, z='')} postfix/smtp: queued notification\nFrom: \"Recall Center\" <", E("noreply@oem-recall.example"), ">\n"
                     "To: \"", N(o.full()), "\" <", E(o.email(c.rng)), ">\nSubject: Important safety recall ",
                     f"{c.num(22, 26)}V-{c.num(100, 899)} for your {c.ch(D.MAKES_MODELS)}\nX-Campaign: {c.hx(6)}")


def goodwill(c) -> Rec:
    m = c.person()
    return Rec().add(f"{c.ts()} policy adjustment {c.num(1000, 9999)} approved by regional manager ", N(m.full()), " (",
                     N(m.acct(c.rng)), f") coverage={c.ch([50, 75, 100])}% parts labor={c.ch(['yes', 'no'])}")


def garantie_fr(c) -> Rec:
    p, t = c.person(), c.person()
    return Rec().add(f"{c.ts(sep=' ', frac=False, z='')} Réclamation garantie {c.num(40000, 49999)} : client ", c.ch(["M. ", "Mme ", ""]),
                     N(p.family), ", technicien ", N(t.full()), f", véhicule {c.ch(D.MAKES_MODELS)}, statut {c.ch(['acceptée', 'refusée'])}")


def neg_bulletin(c) -> Rec:
    return Rec().add(f"TSB {c.num(20, 26)}-{c.num(1000, 9999)} {c.ch(D.MAKES)} {c.ch(D.TRIMS)}: {c.ch(D.JARGON)} update, labor op "
                     f"{c.ch(['12A01', 'B7701'])} {c.num(2, 30) / 10:.1f} hrs, status {c.ch(D.STATUSES)}; issued by {c.ch(D.SERVICE_ACCTS)}")


def neg_reject(c) -> Rec:
    return Rec().add(jpre(c, "oem.warranty.ClaimAdjudicator", "WARN"), f"Claim {c.num(80000, 99999)} rejected: code {c.num(10, 60)} - "
                     f"labor op exceeds guide for {c.ch(D.MAKES_MODELS)} ({c.ch(['Lincoln Assembly', 'Kentucky Truck Plant', 'Georgetown'])})")


# ---------------------------------------------------------------- 6. equipment_rental
def rental_open(c) -> Rec:
    p, a = c.person(), c.person()
    return Rec().add(f"{c.ts(sep=' ', frac=False, z='')} RA#{c.num(30000000, 39999999)} OPEN branch={c.num(100, 999)} "
                     f'cust="{c.ch(D.BUILDERS)}" equip="{c.ch(D.EQUIPMENT)}" jobsite contact: ', N(c.ch([p.full(), p.native_full()])), " ", P(c.phone()),
                     " counter=", N(a.acct(c.rng)))


def rental_checkout(c) -> Rec:
    d, s = c.person(), c.person()
    obj = {"contract": f"RA{c.num(30000000, 39999999)}", "asset": c.ch(D.EQUIPMENT), "hourMeter": c.num(10, 9000) / 10,
           "deliveredBy": N(d.acct(c.rng)), "signedBy": N(s.full()), "signatureIp": I(c.ip()),
           "photos": c.num(2, 12), "fuel": "F"}
    return Rec().add(f"{c.ts()} checkout-svc inspection saved ").json(obj, indent=c.ch([None, 2]))


def rental_preauth(c) -> Rec:
    p = c.person()
    return Rec().add(f"PREAUTH contract=RA{c.num(30000000, 39999999)} card=", C(c.card()), " cardholder=", N(p.slash()),
                     f" amount={c.num(200, 5000)}.00 avs=Y cvv=M result={c.ch(['APPROVED', 'DECLINED'])}")


def telematics_login(c) -> Rec:
    p = c.person()
    return Rec().add(f"{c.ts()} telematics: machine {c.ch(D.EQUIPMENT)} operator login \"", N(p.display(c.rng)),
                     f"\" (badge {c.num(1, 999):04d}) hours={c.num(100, 9000)} geofence=jobsite-{c.num(1, 99)}")


def rental_csv(c) -> Rec:
    r = Rec().add("contract,customer,contact,phone,email,equipment,out,due\n")
    for _ in range(c.num(1, 3)):
        p = c.person()
        r.add(f"RA{c.num(30000000, 39999999)},\"{c.ch(D.BUILDERS)}\",\"", N(p.last_first()), "\",", P(c.phone()), ",",
              E(p.email(c.rng, c.ch(WORK_DOMAINS))), f",{c.ch(D.EQUIPMENT)},{c.date()},{c.date()}\n")
    return r


def rental_damage(c) -> Rec:
    p, a = c.person(), c.person()
    return Rec().add(f"DAMAGE CLAIM {c.num(1000, 9999)}\nAsset: {c.ch(D.EQUIPMENT)}\nReported by: ", N(a.full()),
                     " (yard)\nCustomer operator: ", N(p.full()), "\nNarrative: ", N(p.given),
                     f" backed the unit into a column on {c.ch(D.ROOMS)}; bucket teeth bent.\nCall back: ", P(c.phone()))


def neg_util(c) -> Rec:
    return Rec().add(f"{c.ts()} utilisation branch={c.num(100, 999)} asset=\"{c.ch(D.EQUIPMENT)}\" on_rent={c.num(40, 99)}% "
                     f"next_service={c.date()} owner={c.ch(D.SERVICE_ACCTS)} status={c.ch(['On Rent', 'Available', 'Down'])}")


def neg_transfer(c) -> Rec:
    return Rec().add(f"{c.ts(sep=' ', frac=False, z='')} RA#{c.num(30000000, 39999999)} TRANSFER from branch {c.num(100, 999)} "
                     f'to {c.num(100, 999)} cust="{c.ch(D.BUILDERS)}" equip="{c.ch(D.EQUIPMENT)}" jobsite="{c.ch(D.PROJECTS)}", '
                     f"{c.ch(D.PLACES)}")


def neg_arb(c) -> Rec:
    obj = {"claimId": f"ARB-{c.digits(6)}", "auction": c.ch(D.AUCTIONS), "buyer": {"dealer": c.ch(D.DEALERS), "rep": "Title Department"},
           "seller": {"account": c.ch(D.LENDERS), "contact": "Remarketing Desk"}, "reason": c.ch(["odometer", "title brand"]),
           "notes": f"{c.ch(D.MAKES_MODELS)} {c.ch(D.TRIMS)} announced {c.ch(D.JARGON)}; status {c.ch(D.STATUSES)}"}
    return Rec().json(obj, indent=c.ch([None, 2]))


def neg_recall(c) -> Rec:
    obj = {"campaign": f"{c.num(22, 26)}V{c.num(100, 899)}000", "vin": c.vin(), "status": c.ch(["OPEN", "COMPLETED"]),
           "owner": {"name": f"{c.ch(D.BUILDERS).upper()} FLEET", "type": "commercial"},
           "completedBy": {"tech": c.ch(D.SERVICE_ACCTS), "dealer": c.ch(D.DEALERS)}, "remedy": "replace fuel pump"}
    return Rec().json(obj, indent=c.ch([None, 2]))


def neg_rental_csv(c) -> Rec:
    r = Rec().add("contract,customer,contact,phone,email,equipment,out,due\n")
    for _ in range(c.num(1, 3)):
        r.add(f"RA{c.num(30000000, 39999999)},\"{c.ch(D.BUILDERS)}\",\"Jobsite Trailer\",,,{c.ch(D.EQUIPMENT)},{c.date()},{c.date()}\n")
    return r


FAMILIES = {
    "adf_lead_crm": ([adf_xml, lead_route, bdc_call, lead_merge, lead_sms, lead_form],
                     [lambda c: adf_xml(c, True), neg_lead_stats, neg_inventory, neg_bdc]),
    "service_lane_ro": ([ro_open, tech_punch, ro_sms, mpi_json, ro_ruby, ro_german, ro_story, ro_cashier], [neg_ro, neg_ro_story, neg_sms]),
    "fi_credit_desk": ([credit_app, deal_audit, ofac, econtract_trace, menu_kv, downpay, bureau_repr],
                       [neg_rates, neg_deal, neg_trace]),
    "vehicle_auction": ([bid_log, arbitration, gate_pass, sim_chat, title_proc, uss_jp], [neg_runlist, neg_lane, neg_arb]),
    "oem_warranty_recall": ([wclm, claim_reject, recall_json, recall_mail, goodwill, garantie_fr], [neg_bulletin, neg_reject, neg_recall]),
    "equipment_rental": ([rental_open, rental_checkout, rental_preauth, telematics_login, rental_csv, rental_damage],
                         [neg_util, neg_transfer, neg_rental_csv]),
}
