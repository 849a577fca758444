"""Families 7-12: game servers and in-game chat, call-centre CTI/IVR, parcel tracking and proof of delivery,
warehouse RF/ZPL, ad-tech bid and lead-gen logs, social moderation queues."""

from __future__ import annotations

from _core import (
    CC,
    COMPANIES,
    IP,
    PLACES,
    PRODUCTS,
    STATUSES,
    UI_STRINGS,
    E,
    J,
    Mix,
    N,
    P,
    S,
    form,
    pct,
    pyrepr,
)

# ====================================================================== 7. game servers and in-game chat

MAPS = ["de_dust2", "cp_badlands", "ctf_2fort", "Erangel", "Summoner's Rift", "Haven", "Kings Row"]
BOTS = ["Kurt", "Wesley", "Vitaliy", "Eugene", "Rock", "Yogi", "Zach", "Crusher", "Albert"]


def handle(c, p):
    """A gamer handle derived from the person (an account name)."""
    k = c.ri(0, 3)
    if k == 0:
        return c.acct(p)
    if k == 1:
        return p.a_given().capitalize() + p.a_family().capitalize()
    if k == 2:
        return f"{p.a_given()}_{p.a_family()[0]}{c.ri(1, 99)}"
    return p.a_given().capitalize() + str(c.ri(1, 999))


def game_minecraft(c):
    p = c.person()
    h = handle(c, p)
    t = c.v.ts("time")
    lines = [["[", t, "] [User Authenticator #", str(c.ri(1, 9)), "/INFO]: UUID of player ", N(h), " is ",
              c.v.hexid(8), "-", c.v.hexid(4), "-", c.v.hexid(4), "-", c.v.hexid(4), "-", c.v.hexid(12)],
             ["[", t, "] [Server thread/INFO]: ", N(h), "[/", IP(c.v.ip(0.0)), ":", str(c.ri(1024, 65000)),
              "] logged in with entity id ", str(c.ri(100, 9999)), " at (", str(c.ri(-300, 300)), ".5, 64.0, ",
              str(c.ri(-300, 300)), ".5)"],
             ["[", t, "] [Server thread/INFO]: ", N(h), " joined the game"]]
    if c.chance(0.5):
        q = c.person()
        lines.append(["[", t, "] [Async Chat Thread - #", str(c.ri(0, 9)), "/INFO]: <", N(h), "> ",
                      c.ch([["hey ", N(q.given), " u on?"], ["gg ", N(handle(c, q))], ["brb dinner"]])])
    for i, ln in enumerate(c.r.sample(lines, len(lines)) if c.chance(0.2) else lines):
        c.add("\n" if i else "", ln)


def game_source(c):
    p = c.person()
    nm = c.ch([c.nm(p, "full"), handle(c, p), c.nm(p, "given")])
    uid, steam = str(c.ri(2, 60)), f"STEAM_1:{c.ri(0, 1)}:{c.v.ident(8)}"
    d = f"L 03/{c.ri(10, 28)}/2025 - {c.v.ts('time')}: "
    c.add(d, '"', N(nm), "<", uid, "><", steam, '><>" connected, address "', IP(c.v.ip(0.0)), ":", str(c.ri(27000, 27999)), '"')
    if c.chance(0.7):
        q = c.person()
        c.add("\n", d, '"', N(nm), "<", uid, "><", steam, '><', c.ch(["CT", "TERRORIST", "Blue"]), '>" say "',
              c.ch([["nice one ", N(q.given)], ["gg ", N(c.nm(q, "lower"))], ["wp all"]]), '"')


def game_chat_flag(c):
    p = c.person()
    flag, msg = c.ch([("PII_PHONE", ["my number is ", P(c.v.phone(c.ch(["nat", "intl"]))), " add me"]),
                      ("PII_EMAIL", ["add me on ", E(c.email(p))]),
                      ("DOXXING", ["i know you are ", N(c.nm(c.person(), "full")), " from school lol"]),
                      ("PII_NAME", ["mi nombre real es ", N(c.nm(p, "full"))])])
    doc = {"channel": c.ch(["global", "team", "whisper"]), "server": f"eu-{c.ri(1, 40)}",
           "sender": {"id": c.v.ident(9), "name": N(handle(c, p))}, "message": Mix(msg),
           "flags": [flag], "action": c.ch(["MASKED", "BLOCKED"])}
    c.add(J(doc, indent=c.ch([None, 2]), compact=c.chance(0.5), ea=c.chance(0.2)))
    c.b.whole_json = True


def game_ban(c):
    p, v = c.person(), c.person()
    c.add(c.v.ts("sql"), " [moderation] ban issued: player=", N(handle(c, p)), " (acct ", c.v.ident(6), ") by ",
          c.ch(["GM_Nova", "AutoModerator", N(c.acct(c.latin()))]), " reason=harassment duration=7d evidence=\"",
          c.ch([["I know where you live ", N(c.nm(v, "given"))], ["your real name is ", N(c.nm(v, "full"))]]), "\"",
          [" ip=", IP(c.v.ip(0.2))] if c.chance(0.5) else "")


def game_store(c):
    p = c.person()
    c.add(c.v.ts("ms"), " INFO  store.refund - user=", E(c.email(p)), " item=\"", c.ch(["Crystal Pack x3", "Season Pass", "Victoria Skin"]),
          "\" amount=", str(c.ri(1, 99)), ".99 approved_by=", N(c.acct(c.latin())),
          [" card=", CC(c.v.card())] if c.chance(0.3) else "")


def game_party(c):
    a, b = c.person(), c.person()
    c.add(c.v.ts("isos"), " party-svc: invite ", c.v.hexid(8), " from ", N(handle(c, a)), " to ", N(handle(c, b)),
          " accepted; voice relay ", IP(c.v.ip(0.3)), " region=", c.ch(["eu-west", "ap-south", "us-east"]))


def game_neg_bots(c):
    d = f"L 03/{c.ri(10, 28)}/2025 - {c.v.ts('time')}: "
    b, uid = c.ch(BOTS), str(c.ri(2, 60))
    c.add(d, '"BOT ', b, "<", uid, "><BOT><>\" connected, address \"none\"\n", d,
          '"BOT ', b, "<", uid, '><BOT><TERRORIST>" triggered "Planted_The_Bomb" on ', c.ch(MAPS))


def game_neg_server(c):
    t = c.v.ts("time")
    c.add("[", t, "] [Server thread/WARN]: Can't keep up! Is the server overloaded? Running ", str(c.ri(2000, 9000)),
          "ms or ", str(c.ri(40, 180)), " ticks behind\n[", t, "] [Server thread/INFO]: Saving chunks for level 'ServerLevel[",
          c.ch(["world", "Victoria", "Avalon"]), "]'/minecraft:overworld")


def game_neg_rotation(c):
    c.add(c.v.ts("sql"), " [matchmaker] rotation=", ",".join(c.r.sample(MAPS, 3)), " queue=", c.ch(["ranked", "casual"]),
          " players=", str(c.ri(0, 9000)), " owner=", c.ch(["matchmaker-bot", "SYSTEM"]))


def game_neg_npc(c):
    c.add(c.v.ts("sql"), " [quest] npc=", c.ch(["Merchant Aldric", "Captain Mara", "Old Tom", "Sister Agnes", "Father Grigori"]),
          " dialogue=", c.ch(["GREETING_01", "QUEST_ACCEPT", "SHOP_OPEN"]), " zone=", c.ch(["Victoria Docks", "Florence Keep", "Jordan Pass"]))


# ====================================================================== 8. call-centre CTI / IVR

def cti_tserver(c):
    p, ag = c.person(), c.latin()
    ani = c.v.phone(c.ch(["e164", "np", "nat"]))
    attrs = [["AttributeEventSequenceNumber\t", c.v.hexid(16)], ["AttributeCallType\t2"],
             ["AttributeANI\t'", P(ani), "'"], ["AttributeThisDN\t'", str(c.ri(7000, 7999)), "'"],
             ["AttributeAgentID\t'", N(c.acct(ag)), "'"],
             ["AttributeUserData\t[", str(c.ri(60, 300)), "] 00 03 00 00.."],
             ["\t'CustomerName'\t'", N(c.nm(p, c.ch(["full", "FULL", "lf"]))), "'"]]
    if c.chance(0.5):
        attrs.append(["\t'AcctSSNLast4'\t'", S(c.v.last4()), "'"])
    elif c.chance(0.3):
        attrs.append(["\t'CreditCheckSSN'\t'", S(c.v.ssn(c.ch(["dash", "bare"]))), "'"])
    if c.chance(0.4):
        attrs.append(["\t'CallerEmail'\t'", E(c.email(p)), "'"])
    c.add("@", c.v.ts("time"), ".", str(c.ri(1000, 9999)), " [0] 8.1.400.12 distribute_event: message ",
          c.ch(["EventRinging", "EventEstablished", "EventAttachedDataChanged"]))
    for a in attrs:
        c.add("\n\t", a)


def cti_ivr(c):
    p = c.person()
    sess, clk = c.v.hexid(12), c.v.clock("ms")
    ani = P(c.v.phone("e164"))
    c.add(clk(), " ivr sess=", sess, " node=Start ani=", ani)
    steps = c.r.sample(["ssn", "card", "name", "dob", "ssn9"], c.ri(1, 3))
    for st in steps:
        if st == "ssn":
            c.add("\n", clk(), " ivr sess=", sess, " node=CollectSSN4 input=\"", S(c.v.last4()), "\" result=MATCH")
        elif st == "ssn9":
            c.add("\n", clk(), " ivr sess=", sess, " node=CreditCheck.CollectSSN input=\"", S(c.v.ssn("bare")),
                  "\" digits=9 masked_in_recording=false")
        elif st == "card":
            c.add("\n", clk(), " ivr sess=", sess, " node=CollectCard input=\"", CC(c.v.card("plain")),
                  "\" result=VALID (PCI pause not engaged)")
        elif st == "name":
            c.add("\n", clk(), " ivr sess=", sess, " node=SayName utterance=\"", c.ch(["my name is ", "this is ", "es ", ""]),
                  N(c.nm(p, c.ch(["lower", "full"]))), "\" confidence=0.", str(c.ri(50, 99)))
        else:
            c.add("\n", clk(), " ivr sess=", sess, " node=CollectDOB result=NOMATCH retries=", str(c.ri(1, 3)))
    c.add("\n", clk(), " ivr sess=", sess, " node=Transfer target=", c.ch(["Billing", "Retention", "Victoria_Team"]))


def cti_agent_csv(c):
    c.add("agent_login,agent_name,state,reason,split,duration_s")
    for _ in range(c.ri(1, 4)):
        p = c.latin()
        c.add("\n", c.ch(["CALLCTR\\", ""]), N(c.acct(p)), ",\"", N(c.nm(p, c.ch(["lf", "full"]))), "\",",
              c.ch(["AVAIL", "AUX", "ACW", "ACD"]), ",", c.ch(["Lunch", "Coaching", "Break", ""]), ",", str(c.ri(1, 30)), ",",
              str(c.ri(5, 3600)))


def cti_screenpop(c):
    p, ag = c.person(), c.latin()
    c.add(c.v.ts("ms"), " INFO  screenpop - ANI ", P(c.v.phone(c.ch(["nat", "intl"]))), " matched contact ", c.v.ident(7),
          ' "', N(c.nm(p, c.ch(["lf", "full", "LF"]))), '" (vip=', c.ch(["false", "true"]), ") -> agent desktop ",
          c.ch([[E(c.email(ag, "callcentre.example"))], [N(c.acct(ag)), "@CALLCTR.EXAMPLE.COM"]]))


def cti_notes(c):
    p, ag = c.person(), c.latin()
    k = c.ri(0, 2)
    if k == 0:
        body = ["Caller ", c.title(p, "en."), " ", N(p.family), " asked to update phone to ", P(c.v.phone()),
                "; verified last 4 of SSN ", S(c.v.last4())]
    elif k == 1:
        body = ["Cliente ", N(c.nm(p, "full")), " solicita baja; transferido a retención por ", N(c.acct(ag))]
    else:
        body = ["warm transfer ", N(c.acct(ag)), " -> ", N(c.acct(c.latin())), ", caller ", N(c.nm(p, "full")),
                " disputes charge on card ", CC(c.v.card())]
    c.add("disposition=", c.ch(["RESOLVED", "CALLBACK", "ESCALATED"]), " call_id=", c.v.hexid(10), " notes=\"", body, "\"")


def cti_recording(c):
    p, ag = c.person(), c.latin()
    doc = {"recording_id": c.v.hexid(16), "start": c.v.ts(), "duration_s": c.ri(30, 3000),
           "agent": {"login": N(c.acct(ag)), "name": N(c.nm(ag, "full"))},
           "caller": {"ani": P(c.v.phone("e164")), "crm_name": N(c.nm(p, "full"))},
           "media_server": IP(c.v.ip(0.1)), "retention_days": 90}
    c.add(J(doc, indent=c.ch([None, 2])))
    c.b.whole_json = True


def cti_neg_trunk(c):
    c.add(c.v.ts("ms"), " WARN  sip-trunk - trunk ", c.ch(["TRK-LON-01", "TRK-FRA-02", "Madison-PRI"]), " state=",
          c.ch(["DOWN", "UP", "DEGRADED"]), " channels=", str(c.ri(0, 230)), "/230 asr=", str(c.ri(30, 99)), "%")


def cti_neg_queue(c):
    c.add("SPLIT ", str(c.ri(1, 40)), " ", c.ch(["Billing", "Retention", "Victoria_Team", "Sales EMEA"]), ": ACD calls ",
          str(c.ri(0, 900)), ", AHT ", str(c.ri(100, 900)), "s, abandoned ", str(c.ri(0, 40)), ", oldest ", str(c.ri(0, 600)),
          "s, staffed ", str(c.ri(0, 80)))


def cti_neg_prompt(c):
    sess, clk = c.v.hexid(12), c.v.clock("ms")
    c.add(clk(), " ivr sess=", sess, " node=Welcome prompt=\"Welcome to ", c.ch(COMPANIES[:8]).rstrip("."),
          ". For billing press 1.\" ani=Anonymous\n", clk(), " ivr sess=", sess, " node=Menu input=\"", str(c.ri(1, 9)),
          "\" result=MATCH")


def cti_neg_agent(c):
    c.add("@", c.v.ts("time"), ".", str(c.ri(1000, 9999)), " [0] 8.1.400.12 distribute_event: message EventAgentReady\n\t",
          "AttributeAgentID\t'", c.ch(["cti_bridge", "tserver", "ivr_app", "QA_MONITOR"]), "'\n\tAttributeThisDN\t'",
          str(c.ri(7000, 7999)), "'\n\tAttributeWorkMode\t", str(c.ri(0, 4)))


# ====================================================================== 9. parcel tracking and proof of delivery

def tn(c):
    return c.ch(["1Z" + c.v.hexid(6).upper() + c.v.ident(10), "JD" + c.v.ident(16), c.v.hexid(2).upper() + c.v.ident(9) + "GB"])


def pcl_webhook(c):
    p = c.person()
    sig = c.ch([c.nm(p, "FULL"), f"{p.rg[0].upper()} {fold_up(p.rf)}" if not p.native else p.full(), c.nm(p, "family")])
    doc = {"tracking_number": tn(c), "status": "DELIVERED", "delivered_at": c.v.ts(),
           "signed_by": N(sig), "proof": {"recipient": N(c.nm(p, "full")), "relationship": c.ch(["SELF", "NEIGHBOUR", "FAMILY"])},
           "events": [{"code": "OFD", "location": c.ch(PLACES[:20])}, {"code": "DLV", "location": c.ch(PLACES[:20])}]}
    c.add(J(doc, indent=c.ch([None, 2]), ea=c.chance(0.2)))
    c.b.whole_json = True


def fold_up(s):
    from _names import fold
    return fold(s).upper()


def pcl_handheld(c):
    p = c.latin()
    c.add("DLV ", c.v.ts("dmy"), " RTE-", str(c.ri(100, 999)), " STOP ", f"{c.ri(1, 80):02d}", " PCL 00", c.v.ident(18),
          ' SIG:"', N(c.nm(p, c.ch(["family", "FULL", "initial"]))), '" LOC:', c.ch(["FRONT_DOOR", "NEIGHBOUR", "GARAGE"]),
          " DRV:", N(c.acct(c.latin(), "lastf").upper()))


def pcl_notes(c):
    p, q = c.person(), c.latin()
    k = c.ri(0, 3)
    body = [["Paket beim Nachbarn Herrn ", N(q.family), " (Nr. ", str(c.ri(1, 90)), ") abgegeben"],
            ["Colis remis à ", N(c.nm(p, "full")), ", gardien de l'immeuble"],
            ["Left with ", N(c.nm(p, "given")), " at reception, customer ", N(c.nm(q, "full")), " notified"],
            ["Pacco consegnato a ", N(c.nm(p, "full")), ", tel. ", P(c.v.phone("nat", "39"))]][k]
    c.add(c.v.ts("ms"), " INFO  pod-service - ", tn(c), " driver note: ", body)


def pcl_address(c):
    p = c.person()
    raw, norm = c.v.phone_pair(c.ch(["nat", "intl"]), "e164")
    c.add(c.v.ts("ms"), " DEBUG address-correction - consignee \"", N(c.nm(p, c.ch(["FULL", "full", "LF"]))), "\" phone ",
          P(raw), " -> normalized ", P(norm), [" email ", E(c.email(p))] if c.chance(0.5) else "")


def pcl_redirect(c):
    p = c.person()
    c.add(IP(c.v.ip(0.2)), " - - [", str(c.ri(10, 28)), "/Apr/2025:", c.v.ts("time"), " +0200] \"GET /track/redirect?tn=",
          tn(c), "&name=", N(form(c.nm(p, "full"))), "&phone=", P(pct(c.v.phone("e164"))), "&option=",
          c.ch(["neighbour", "locker", "safe_place"]), " HTTP/1.1\" 302 0")


def pcl_customs(c):
    s, r = c.person(), c.person()
    c.add("CN23 ", tn(c), " sender=\"", N(c.nm(s, "full")), "\" receiver=\"", N(c.nm(r, c.ch(["full", "FULL"]))),
          "\" contents=\"", c.ch(["gift - clothing", "books", "tea"]), "\" value=", str(c.ri(5, 200)), ".00 receiver_tel=",
          P(c.v.phone()))


def pcl_manifest(c):
    c.add(f"{'TRACKING':<24}{'CONSIGNEE':<30}{'PHONE':<20}{'KG':>6}")
    for _ in range(c.ri(1, 4)):
        p, ph = c.latin(), c.v.phone(c.ch(["e164", "nat"]))
        nm = c.nm(p, c.ch(["FULL", "LF", "GF"]))[:29].rstrip()
        t = tn(c)
        c.add("\n", t, " " * max(1, 24 - len(t)), N(nm), " " * max(1, 30 - len(nm)), P(ph), " " * max(1, 20 - len(ph)),
              f"{c.ri(1, 300) / 10:>6.1f}")


def pcl_neg_hub(c):
    c.add(c.v.ts("ms"), " INFO  scan - ", tn(c), " ", c.ch(["ARRIVED AT FACILITY", "DEPARTED FACILITY", "SORTED", "HELD AT CUSTOMS"]),
          " ", c.ch(["Victoria Hub", "Florence Sorting Centre", "Madison DC", "St. Louis Gateway"]), " by ",
          c.ch(["scanner01", "AUTOSORT", "SYSTEM"]))


def pcl_neg_pod(c):
    doc = {"tracking_number": tn(c), "status": "DELIVERED", "signed_by": c.ch(["RECEPTION", "FRONT DESK", "MAILROOM", "PARCEL LOCKER"]),
           "proof": {"recipient": None, "relationship": "BUSINESS"}, "shipper": c.ch(COMPANIES)}
    c.add(J(doc, indent=c.ch([None, 2])))
    c.b.whole_json = True


def pcl_neg_route(c):
    c.add("route-opt: depot=", c.ch(["Victoria", "Eugene", "Lincoln", "Charlotte"]), " routes=", str(c.ri(10, 90)), " stops=",
          str(c.ri(100, 4000)), " solver=", c.ch(["OR-Tools 9.8", "vroom 1.13"]), " status=", c.ch(STATUSES))


def pcl_neg_handheld(c):
    c.add("DLV ", c.v.ts("dmy"), " RTE-", str(c.ri(100, 999)), " STOP ", f"{c.ri(1, 80):02d}", " PCL 00", c.v.ident(18),
          ' SIG:"', c.ch(["RECEPTION", "LOCKER 14", "SAFE PLACE"]), '" LOC:', c.ch(["PORCH", "LOCKER"]), " DRV:",
          c.ch(["SUBCON01", "RFADMIN"]))


# ====================================================================== 10. warehouse RF sessions and ZPL labels

def wms_zpl(c):
    p = c.person()
    c.add(c.v.ts("ms"), " DEBUG print-svc - job ", str(c.ri(1000, 99999)), " -> zebra-pack-0", str(c.ri(1, 9)), " (ZT410):\n",
          "^XA\n^CF0,30\n^FO50,50^FDShip To:^FS\n^FO50,90^FD", N(c.nm(p, c.ch(["full", "FULL"]))), "^FS\n^FO50,130^FD",
          str(c.ri(1, 200)), " ", c.ch(["Calle Mayor", "High Street", "Rue Centrale", "Hauptstraße"]), "^FS\n")
    if c.chance(0.6):
        c.add("^FO50,170^FDTel: ", P(c.v.phone()), "^FS\n")
    c.add("^BY3^FO50,250^BCN,100,Y,N,N^FD00", c.v.ident(18), "^FS\n^XZ")


def wms_rf(c):
    p = c.latin()
    u = c.acct(p, c.ch(["flast", "firstl", "lastf", "first.last"]))
    if c.chance(0.3):
        u = u.upper()
    t = c.v.ts("sql")
    c.add(t, " RF", f"{c.ri(1, 60):02d}", " LOGIN user=", c.ch(["WH01\\", ""]), N(u), " dock=D", str(c.ri(1, 12)), "\n", t,
          " RF", f"{c.ri(1, 60):02d}", " PICK task=", c.v.ident(8), " sku=", c.v.ident(7), " qty=", str(c.ri(1, 9)), " loc=",
          c.ch("ABCD"), "-", str(c.ri(1, 40)), "-", f"{c.ri(1, 9):02d}", " by ", N(u))


def wms_packslip(c):
    p = c.person()
    c.add("PACKING SLIP   Order ", str(c.ri(100, 999)), "-", str(c.ri(1000, 9999)), "   Ship to: ", N(c.nm(p, c.ch(["FULL", "GF", "full"]))),
          "\nLine  SKU        Description               Qty")
    for i in range(c.ri(1, 3)):
        c.add("\n", f"{i + 1:<6}", c.v.ident(7), "    ", f"{c.ch(PRODUCTS[6:]):<26}", str(c.ri(1, 4)))
    if c.chance(0.5):
        c.add("\nGift note: ", c.ch([["Para ", N(c.nm(c.person(), "given")), ", con cariño"], ["From ", N(c.nm(c.person(), "full"))]]))


def wms_rma(c):
    p = c.person()
    c.add(c.v.ts("ms"), " INFO  returns - RMA ", c.v.ident(6), " received from ", N(c.nm(p, "full")), " <", E(c.email(p)),
          ">, condition=", c.ch(["A", "B", "DAMAGED"]), " inspected by ", N(c.acct(c.latin())))


def wms_labour_csv(c):
    c.add("badge,employee,shift,units_per_hour,zone")
    for _ in range(c.ri(1, 4)):
        p = c.person()
        c.add("\n", c.v.ident(6), ",\"", N(c.nm(p, c.ch(["lf", "full", "LF"]))), "\",", c.ch(["A", "B", "N"]), ",", str(c.ri(40, 400)),
              ",", c.ch(["PICK", "PACK", "INDUCT"]))


def wms_neg_zpl(c):
    c.add("^XA\n^FO40,40^A0N,80,80^FD", c.ch("ABCD"), "-", str(c.ri(1, 40)), "-", f"{c.ri(1, 9):02d}", "^FS\n^FO40,140^BCN,80,N^FD",
          c.v.ident(9), "^FS\n^FO40,240^A0N,30,30^FD", c.ch(["Victoria Aisle", "Bulk Reserve", "Returns Cage", "Ada Zone"]), "^FS\n^XZ")


def wms_neg_replen(c):
    c.add(c.v.ts("sql"), " REPLEN task=", c.v.ident(8), " sku=", c.v.ident(7), " \"", c.ch(PRODUCTS[6:]), "\" from=BULK-",
          str(c.ri(1, 90)), " to=", c.ch("ABCD"), "-", str(c.ri(1, 40)), " by ", c.ch(["wms_batch", "AUTOSTORE", "SUPERVISOR"]))


def wms_neg_cycle(c):
    c.add("cycle-count: zone=", c.ch(["PICK", "PACK", "Jordan Mezzanine"]), " counted=", str(c.ri(10, 900)), " variance=",
          str(c.ri(-9, 9)), " status=", c.ch(STATUSES), " approver=", c.ch(["SUPERVISOR", "wms_batch"]))


def wms_neg_rf(c):
    t = c.v.ts("sql")
    c.add(t, " RF", f"{c.ri(1, 60):02d}", " LOGIN user=", c.ch(["RFADMIN", "SUPERVISOR", "TEMP01", "wms_batch"]), " dock=D",
          str(c.ri(1, 12)), "\n", t, " RF", f"{c.ri(1, 60):02d}", " MSG \"", c.ch(["Scan Location", "Confirm Qty", "Task Complete"]), "\"")


# ====================================================================== 11. ad-tech bid requests, pixels, lead-gen

def ad_openrtb(c):
    p = c.person()
    page = ["https://news.example.com/article/", c.v.hexid(6)]
    if c.chance(0.6):
        page += ["?utm_source=newsletter&email=", E(pct(c.email(p)))]
    dev = {"ua": "Mozilla/5.0 (Linux; Android 14) Mobile", "ip": IP(c.v.ip(0.0))}
    if c.chance(0.3):
        dev["ipv6"] = IP(c.v.ip(1.0))
    doc = {"id": c.v.hexid(16), "imp": [{"id": "1", "banner": {"w": 320, "h": 50}, "bidfloor": 0.42}],
           "site": {"domain": "news.example.com", "page": Mix(page)}, "device": dev,
           "user": {"id": c.v.hexid(12), "ext": {"consent": "CP" + c.v.hexid(10)}}}
    if c.chance(0.4):
        doc["user"]["keywords"] = Mix(["subscriber,", N(c.nm(p, "lower"))])
    c.add(c.v.ts("ms"), " DEBUG bidder-eu1 - bid request ", J(doc, compact=True))


def ad_pixel(c):
    p = c.person()
    c.add(IP(c.v.ip(0.1)), " - - [", str(c.ri(10, 28)), "/May/2025:", c.v.ts("time"), " +0000] \"GET /px?ev=lead&fn=",
          N(pct(p.given)), "&ln=", N(pct(p.family)), "&em=", E(pct(c.email(p))),
          ["&ph=", P(pct(c.v.phone("e164")))] if c.chance(0.6) else "", "&cb=", c.v.digits(10), " HTTP/1.1\" 204 0")


def ad_leadads(c):
    p = c.person()
    fields = [{"name": "full_name", "values": [N(c.nm(p, "full"))]}, {"name": "email", "values": [E(c.email(p))]}]
    if c.chance(0.6):
        fields.append({"name": "phone_number", "values": [P(c.v.phone("e164"))]})
    doc = {"object": "page", "entry": [{"id": c.v.ident(15), "changes": [{"field": "leadgen", "value": {
        "leadgen_id": c.v.ident(16), "form_id": c.v.ident(15), "field_data": fields}}]}]}
    c.add(J(doc, indent=c.ch([None, 2]), ea=c.chance(0.3)))
    c.b.whole_json = True


def ad_audience_csv(c):
    c.add("email,phone,fn,ln,country")
    for _ in range(c.ri(1, 4)):
        p = c.latin()
        c.add("\n", E(c.email(p)), ",", P(c.v.phone("np")), ",", N(p.given.lower()), ",", N(p.family.lower()), ",",
              c.ch(["GB", "DE", "BR", "NG", "IN", "JP"]))


def ad_tsv(c):
    p = c.person()
    c.add(c.v.ts("epoch"), "\timp_", c.v.hexid(10), "\t", IP(c.v.ip(0.2)), "\t", c.ch(["Mozilla/5.0 (iPhone)", "Mozilla/5.0 (X11; Linux)"]),
          "\thttps://shop.example.com/thanks?order=", c.v.ident(8), "&name=", N(form(c.nm(p, "full"))))


def ad_neg_bidresp(c):
    doc = {"id": c.v.hexid(16), "seatbid": [{"bid": [{"impid": "1", "price": round(c.r.random() * 3, 2), "adomain": [c.ch(["shop.example", "travel.example"])],
                                             "crid": c.v.hexid(8), "ext": {"campaign": c.ch(["Summer Sale", "Sophia Skincare Q3", "Victoria Sponge Mix Launch", "Ford Ranger Promo"])}}]}]}
    c.add(c.v.ts("ms"), " DEBUG bidder-eu1 - bid response ", J(doc, compact=True))


def ad_neg_hashed(c):
    c.add("GET /px?ev=purchase&em=", c.v.hexid(64), "&ph=", c.v.hexid(64), "&value=", str(c.ri(5, 300)), "&currency=EUR HTTP/1.1 204")


def ad_neg_report(c):
    c.add("campaign,advertiser,impressions,clicks,ctr")
    for _ in range(c.ri(2, 4)):
        c.add("\n\"", c.ch(["Summer Sale", "Back To School", "Madison Launch", "Alexa Gadgets"]), "\",\"", c.ch(COMPANIES), "\",",
              str(c.ri(1000, 900000)), ",", str(c.ri(0, 9000)), ",0.", str(c.ri(1, 99)))


def ad_neg_rtb(c):
    doc = {"id": c.v.hexid(16), "imp": [{"id": "1", "video": {"w": 640, "h": 360}}], "site": {"domain": "recipes.example",
                                                                                            "page": "https://recipes.example/peach-melba"},
           "device": {"ua": "Mozilla/5.0 (SMART-TV; Tizen)", "geo": {"country": "GBR", "city": c.ch(["Victoria", "Regina", "Adelaide"])}}}
    c.add(c.v.ts("ms"), " DEBUG bidder-eu1 - bid request ", J(doc, compact=True))


# ====================================================================== 12. social moderation queues

def mod_queue_json(c):
    a, r = c.person(), c.person()
    content = c.ch([["everyone go find ", N(c.nm(c.person(), "full")), ", call him ", P(c.v.phone())],
                    ["this is ", N(c.nm(a, "given")), "'s new account, email me ", E(c.email(a))],
                    ["ich kenne ", N(c.nm(c.person(), "full")), " persönlich, der lügt"],
                    ["spam spam free coins"]])
    doc = {"item_id": c.v.hexid(10), "type": c.ch(["comment", "post", "dm"]),
           "author": {"handle": Mix(["@", N(c.acct(a))]), "display_name": N(c.nm(a, "full"))},
           "reported_by": [N(c.acct(r))], "reason": c.ch(["doxxing", "harassment", "spam", "impersonation"]),
           "content": Mix(content), "status": c.ch(["pending", "escalated"])}
    c.add(J(doc, indent=c.ch([None, 2]), ea=c.chance(0.25)))
    c.b.whole_json = True


def mod_modlog(c):
    a = c.person()
    c.add(c.v.ts("sql"), " modlog action=", c.ch(["removecomment", "banuser", "approvelink", "muteuser"]), " mod=",
          c.ch(["AutoModerator", N(c.acct(c.latin()))]), " target=t1_", c.v.hexid(6), " author=", N(handle(c, a)),
          " reason=\"", c.ch(["personal info", "rule 3", "brigading"]), "\"")


def mod_case(c):
    u, rv = c.person(), c.latin()
    k = c.ri(0, 2)
    if k == 0:
        body = ["user ", N(c.nm(u, "full")), " (", E(c.email(u)), ") appealed ban; reviewer ", N(c.acct(rv)), " upheld"]
    elif k == 1:
        body = ["usuario ", N(c.nm(u, "full")), " apeló la suspensión; aprobado por ", N(c.nm(rv, "full"))]
    else:
        body = ["doxxing report: post contains ", N(c.nm(u, "full")), "'s SSN ", S(c.v.ssn("dash")), "; removed, escalated to ",
                N(c.acct(rv))]
    c.add("Case ", c.v.ident(5), ": ", body)


def mod_pyrepr(c):
    a, b = c.person(), c.person()
    c.add(c.v.ts("ms"), " WARNING trust.queue: Report(id=", c.v.ident(6), ", reporter=User(username=", pyrepr([N(c.acct(a))]),
          ", first_name=", pyrepr([N(a.given)]), "), target=User(username=", pyrepr([N(handle(c, b))]), ", display_name=",
          pyrepr([N(c.nm(b, "full"))]), "), reason='impersonation')")


def mod_rename(c):
    p = c.person()
    old = c.nm(p, "roman") if p.native else c.acct(p)
    c.add(c.v.ts("isos"), " profile-audit: display_name changed \"", N(old), "\" -> \"", N(c.nm(p, "full")), "\" by user ",
          c.v.ident(8), " from ", IP(c.v.ip(0.3)))


def mod_neg_automod(c):
    c.add(c.v.ts("sql"), " modlog action=", c.ch(["removelink", "spamcomment"]), " mod=AutoModerator target=t3_", c.v.hexid(6),
          " author=", c.ch(["[deleted]", "AutoModerator", "spam-bot-7731", "moderation-bot"]), " reason=\"", c.ch(["domain blacklist", "karma < 5", "link shortener"]), "\"")


def mod_neg_wave(c):
    doc = {"type": "spam_wave", "accounts": c.ri(10, 900), "pattern": c.ch(["crypto giveaway", "free coins", "fake Alexa deal"]),
           "action": c.ch(["shadowban", "rate_limit"]), "by": c.ch(["trust-safety-ml", "moderation-bot"])}
    c.add(J(doc, indent=c.ch([None, 2])))
    c.b.whole_json = True


def mod_neg_metrics(c):
    c.add("queue=", c.ch(["harassment", "spam", "csam-hash", "impersonation"]), " pending=", str(c.ri(0, 9000)), " oldest_h=",
          str(c.ri(0, 96)), " sla_breach=", str(c.ri(0, 200)), " region=", c.ch(["Sydney", "Dublin", "Austin"]))


def mod_neg_product(c):
    c.add("Case ", c.v.ident(5), ": post about \"", c.ch(PRODUCTS), "\" reported as ", c.ch(["counterfeit", "misleading ad"]),
          "; brand ", c.ch(COMPANIES), " notified; banner=\"", c.ch(UI_STRINGS), "\"")


FAMILIES = [
    ("game_server_chat", [game_minecraft, game_source, game_chat_flag, game_ban, game_store, game_party],
     [game_neg_bots, game_neg_server, game_neg_rotation, game_neg_npc]),
    ("cti_ivr_callcentre", [cti_tserver, cti_ivr, cti_agent_csv, cti_screenpop, cti_notes, cti_recording],
     [cti_neg_trunk, cti_neg_queue, cti_neg_prompt, cti_neg_agent]),
    ("parcel_tracking_pod", [pcl_webhook, pcl_handheld, pcl_notes, pcl_address, pcl_redirect, pcl_customs, pcl_manifest],
     [pcl_neg_hub, pcl_neg_pod, pcl_neg_route, pcl_neg_handheld]),
    ("wms_rf_zpl", [wms_zpl, wms_rf, wms_packslip, wms_rma, wms_labour_csv],
     [wms_neg_zpl, wms_neg_replen, wms_neg_cycle, wms_neg_rf]),
    ("adtech_rtb_leadgen", [ad_openrtb, ad_pixel, ad_leadads, ad_audience_csv, ad_tsv],
     [ad_neg_bidresp, ad_neg_hashed, ad_neg_report, ad_neg_rtb]),
    ("moderation_queue", [mod_queue_json, mod_modlog, mod_case, mod_pyrepr, mod_rename],
     [mod_neg_automod, mod_neg_wave, mod_neg_metrics, mod_neg_product]),
]
