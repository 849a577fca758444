"""Families 7-12: grocery DC voice picking, foodservice ordering, fisheries, feedlot health, markets/co-ops,
livestock auctions."""

from __future__ import annotations

from core import C, Cat, E, I, N, P, Raw, Rec, S, form, pct, rb, xesc  # noqa: F401
from fam_a import FARM_COS, FARM_COS_TC, SYS_ACCTS, pad

# ================================================================== 7. grocery_dc_voice
DC_TR = ["mx", "and", "us", "ke", "et", "vi", "ph", "ua", "ha", "np"]
GROC = ["Little Debbie Swiss Rolls 12ct", "Aunt Millie's Bread 20oz", "Jimmy Dean Croissant 4pk", "Uncle Ray's Chips",
        "Marie's Blue Cheese Dressing", "Sara Lee Butter Bread", "Dr Pepper 12pk"]


def lut_ts(c, plus=0):
    t = c.t("sp", plus)
    return f"{t[5:7]}-{t[8:10]}-{t[2:4]} {t[11:]}"


def gd_lut(c):
    r = Rec()
    dev = f"3L{c.dig(3)}SN"
    if c.negative:
        op, resp = c.ch(["TRAINING01", "DEMO", "ops-test"]), c.ch(["'Demo Operator'", "'Training Selector'"])
    else:
        p = c.person(DC_TR, 0.03)
        op, resp = N(c.acct(p, c.ch(["flast", "firstl", "first.last"]), 0.2)), ["'", N(p.full()), "'"]
    lvl = f"INFO  [LUT-{c.ri(1, 9)}]"
    r.add(f"{c.t('sp')}.{c.ri(100, 999)} {lvl} Device {dev}: prTaskLUTCoreSignOn('{lut_ts(c)}','{dev}','", op,
          "','****')\n")
    r.add(f"{c.t('sp', 1)}.{c.ri(100, 999)} {lvl} Response: ", resp, ",0,''\n")
    r.add(f"{c.t('sp', 4)}.{c.ri(100, 999)} {lvl} Device {dev}: prTaskLUTPicked('{lut_ts(c, 4)}','{dev}','", op,
          f"','A-{c.ri(1, 40):02d}-{c.ri(1, 9):02d}','{c.dig(6)}',{c.ri(1, 12)},'0')")
    return r


def gd_dock(c):
    r = Rec()
    doc: dict = {"appointmentId": f"APT-{c.dig(7)}", "door": c.ri(1, 60), "slot": c.t("iso"),
                 "carrier": {"scac": c.ch(["WERN", "SWFT", "KNGT", "CRST"]), "name": c.ch(["Werner Enterprises",
                             "Swift Transportation", "Knight Refrigerated", "C.R. England"])},
                 "trailer": f"53R-{c.dig(4)}", "pos": [f"45{c.dig(8)}" for _ in range(c.ri(1, 3))]}
    if c.negative:
        doc["driver"] = {"name": "TBD", "cell": None}
        doc["status"] = c.ch(["Scheduled", "Checked In", "No Show"])
    else:
        d = c.person(DC_TR)
        doc["driver"] = {"name": N(c.nm(d)), "cell": P(c.phone(d))}
        doc["createdBy"] = E(c.email(c.person(native=0)))
    return r.js(doc, indent=c.ch([None, 2]))


def gd_lms(c):
    r = Rec()
    r.add("emp_id,operator,shift,supervisor,cases,std_hrs,act_hrs,perf_pct\n")
    n = c.ri(1, 3)
    for i in range(n):
        cs, std = c.ri(200, 1400), c.ri(20, 80) / 10
        act = c.ri(30, 85) / 10
        r.add(f"{c.dig(6, '1')},")
        if c.negative:
            r.add(f"\"TEMP AGENCY POOL {i + 1}\",{c.ch('ABC')},{c.ch(SYS_ACCTS)}")
        else:
            o, s = c.person(DC_TR, 0.02), c.person(DC_TR, 0)
            r.add('"', N(o.lf() if c.p(0.7) else o.caps_lf()), f'",{c.ch("ABC")},', N(c.acct(s)))
        r.add(f",{cs},{std},{act},{std / act * 100:.1f}", "\n" if i < n - 1 else "")
    return r


def gd_lumper(c):
    r = Rec()
    amt = f"{c.ri(90, 400)}.00"
    if c.negative:
        r.add(f"LumperPay receipt {c.dig(5)} dock {c.ri(1, 60)} PO 45{c.dig(8)} amount ${amt} paid by carrier "
              f"account {c.ch(['WERN', 'KNGT'])}-{c.dig(4)} (Comchek express code on file) crew=Capstone Unload 3")
        return r
    d = c.person(DC_TR)
    if c.p(0.5):
        r.add(f"LumperPay receipt {c.dig(5)} dock {c.ri(1, 60)} PO 45{c.dig(8)} amount ${amt} paid by driver ",
              N(d.full()), " card=", C(c.card()), " auth=", c.dig(6))
    else:
        r.add(f"Recibo de descarga {c.dig(5)}: conductor ", N(d.lf()), ", tarjeta ", C(c.card(" ")),
              f", importe ${amt}, andén {c.ri(1, 60)}")
    return r


def gd_claim(c):
    r = Rec()
    a = c.ch([" -> ", " → ", " => ", " --> "])
    if c.negative:
        r.add(f"Claim SC-{c.dig(4)} store {c.dig(4)}: opened by store-portal{a}auto-review (rule 'Damaged in Transit')"
              f"{a}credited ${c.ri(10, 400)}.00 for '{c.ch(GROC)}'")
        return r
    m, b = c.person(), c.person(native=0)
    r.add(f"Claim SC-{c.dig(4)} store {c.dig(4)}: opened by store mgr ", N(m.full()), a, "reviewed by ", N(c.acct(b)),
          a, "approved (buyer ", N(b.full()), " <", E(c.email(b)), f">) for '{c.ch(GROC)}'")
    return r


def gd_es(c):
    r = Rec()
    p = c.person(["mx", "and", "es"], 0)
    if c.p(0.4):
        r.add(f"{c.t('syslog')} vlgw-{c.ri(1, 4)} voicelink[{c.ri(900, 9999)}]: kerberos auth OK for ",
              N(c.acct(p)), f"@DC{c.ri(10, 40)}.EXAMPLE.COM from terminal 3L-{c.dig(3)}")
        return r
    r.add(c.ch(["Operador ", "Operadora "]), N(p.full()), f" inició sesión en el selector 3L-{c.dig(3)} (congelados) — "
          f"ruta {c.ri(1, 40)}, {c.ri(40, 400)} cajas, supervisor ", N(c.acct(c.person(["mx", "us"], 0))))
    return r


def gdn_slot(c):
    r = Rec()
    r.add(c.ch([f"Slot A-{c.ri(1, 40):02d}-{c.ri(1, 9):02d} reassigned: '{c.ch(GROC)}' -> B-{c.ri(1, 40):02d}-"
                f"{c.ri(1, 9):02d} (velocity {c.ch('ABC')}) by slotting-optimizer",
                f"Door {c.ri(1, 60)} VICTORIA CARRIER LOGISTICS checked in; trailer temp {c.ri(28, 38)}F; seal "
                f"{c.dig(7)} OK; Status: Ready To Unload"]))
    return r


GROCERY = {"name": "grocery_dc_voice", "prefs": DC_TR,
           "pos": [gd_lut, gd_dock, gd_lms, gd_lumper, gd_claim, gd_es],
           "neg": [gd_lut, gd_dock, gd_lms, gd_lumper, gd_claim, gdn_slot]}


# ================================================================== 8. foodservice_ordering
FS_ITEMS = ["Ken's Steakhouse Caesar 4/1 GAL", "Frank's RedHot Original 4/1 GAL", "Sweet Baby Ray's BBQ 4/1 GAL",
            "Tony Chachere's Seasoning 6/8 OZ", "Romaine Hearts 48ct", "Hellmann's Mayo 4/1 GAL"]
FS_TR = ["us", "it", "fr", "mx", "zh", "hk", "ko", "vi", "gr", "hi"]


def fo_rails(c):
    r = Rec()
    if not c.negative:  # a negative is the excerpt after the request line (no client address)
        r.add('Started POST "/api/v2/orders" for ', I(c.ip()), f" at {c.t('rails')}\n")
    r.add("Processing by Api::V2::OrdersController#create as JSON\n  Parameters: {\"account\"=>\"", c.dig(6, "0"), '", ')
    if c.negative:
        r.add(f'"submitted_by"=>"{c.ch(["nightly_pricing", "order-guide-import"])}", "contact"=>nil, ')
    else:
        p = c.person(FS_TR, 0.05)
        r.add('"submitted_by"=>"', N(c.acct(p)), '", "contact"=>{"name"=>"', N(rb(p.full())), '", "phone"=>"',
              P(c.phone(p)), '"}, ')
    r.add(f'"lines"=>[{{"item"=>"{c.dig(6, "1")}", "qty"=>{c.ri(1, 12)}}}]}}\n'
          f"Completed 201 Created in {c.ri(20, 400)}ms (Views: 0.4ms | ActiveRecord: {c.ri(2, 90)}.1ms)")
    return r


def fo_mail(c):
    r = Rec()
    p = c.person(FS_TR, 0.1)
    disp = p.any(c.r, 0.5)
    r.add(f"{c.t('log')} INFO order-mailer: queued confirmation #{c.dig(5)} to \"", N(disp), '" <', E(c.email(p)), ">")
    if c.p(0.5):
        r.add(", cc: ", E(c.ch(["kitchen@bistro44.example", "orders@tavola.example", "chef@example.net"])))
    r.add(f" (account {c.dig(6, '0')}, route {c.ri(1, 80)})")
    return r


def fo_sms(c):
    r = Rec()
    p, d = c.person(FS_TR, 0), c.person(FS_TR, 0)
    r.add("[notify] sms to ", P(c.phone(p, style=c.ch(["e164", "intl", "nat"]))), f" (account {c.dig(6, '0')}): Hi ",
          N(p.given), f", your delivery from route {c.ri(1, 80)} (driver ", N(d.given),
          f") arrives {c.ri(6, 11)}:00-{c.ri(6, 11)}:30. Reply STOP to opt out.")
    return r


def fo_inspect(c):
    r = Rec()
    r.add(f"{c.t('sp')} WARN -- : credit pending #<CreditRequest id: {c.ri(10, 9999)}, account_id: {c.dig(4)}, ")
    if c.negative:
        r.add(f'requested_by: "driver-app", approved_by: nil, reason: "short 2 cs {c.ch(FS_ITEMS)}", amount_cents: '
              f"{c.ri(500, 9000)}>")
    else:
        a, b = c.person(FS_TR), c.person(native=0)
        r.add('requested_by: "', N(rb(a.full())), '", approved_by: "', N(c.acct(b)),
              f'", reason: "short 2 cs {c.ch(FS_ITEMS)}", amount_cents: {c.ri(500, 9000)}>')
    return r


def fo_guide(c):
    r = Rec()
    r.add("account;location;buyer_name;buyer_email;rep;item;pack;qty\n")
    n = c.ri(1, 3)
    loc = c.ch(["Bistro 44", "Trattoria Lucia", "Golden Dragon", "Pho Saigon", "Chez Marcel"])
    if c.negative:
        for i in range(n):
            r.add(f"{c.dig(6, '0')};{loc};Kitchen;none;house;{c.dig(6, '1')};{c.ch(FS_ITEMS)};{c.ri(1, 9)}",
                  "\n" if i < n - 1 else "")
        return r
    b, rep = c.person(FS_TR, 0.05), c.person(native=0)
    for i in range(n):
        r.add(f"{c.dig(6, '0')};{loc};", N(b.full()), ";", E(c.email(b)), ";", N(c.acct(rep)),
              f";{c.dig(6, '1')};{c.ch(FS_ITEMS)};{c.ri(1, 9)}", "\n" if i < n - 1 else "")
    return r


def fo_lang(c):
    r = Rec()
    k = c.ri(0, 4)
    p = c.person([["fr"], ["it"], ["de"], ["zh"], ["ja", "ko"]][k], 0 if k < 3 else 1.0)
    if k == 0:
        r.add(f"Commande {c.dig(5)} validée par ", N(p.full()), " (", E(c.email(p)), ") — livraison mardi 06h–08h")
    elif k == 1:
        r.add(f"Ordine {c.dig(5)} confermato da ", N(p.full()), " — consegna giovedì, tel. ", P(c.phone(p, "IT")))
    elif k == 2:
        r.add(f"Bestellung {c.dig(5)} freigegeben von ", N(p.lf()), " – Lieferung Donnerstag, Rückfragen ",
              P(c.phone(p, "DE")))
    elif k == 3:
        r.add(f"订单 {c.dig(5)} 已由 ", N(p.nat() or p.full()), " 确认，送货时间 周二 06:00–08:00，电话 ",
              P(c.phone(p, "CN", c.ch(["nat", "intl"]))))
    else:
        r.add(f"[{c.t('sp')}] 発注 {c.dig(5)} 承認者: ", N(p.nat() or p.full()), "（", E(c.email(p)), "）")
    return r


def fon_catalog(c):
    r = Rec()
    r.add(f"{c.t('log')} INFO catalog.sync - item {c.dig(6, '1')} '{c.ch(FS_ITEMS)}' price {c.ri(20, 60)}.{c.ri(10, 99)} -> "
          f"{c.ri(20, 60)}.{c.ri(10, 99)}; item {c.dig(6, '1')} '{c.ch(FS_ITEMS)}' unchanged; source=nightly_pricing")
    return r


FOOD = {"name": "foodservice_ordering", "prefs": FS_TR,
        "pos": [fo_rails, fo_mail, fo_sms, fo_inspect, fo_guide, fo_lang],
        "neg": [fo_rails, fo_inspect, fo_guide, fon_catalog]}


# ================================================================== 9. fisheries_catch_reporting
FISH_TR = ["nord", "is", "ja", "ko", "ph", "id", "pt", "es", "vi", "us", "sco", "ie"]
VESSELS = ["MISS KATIE", "LADY GRACE", "ANNA MARIE", "NORTHERN LIGHT", "SEA HUNTER", "HAVBRIS", "NUEVO BIGOTES",
           "CAPT. JOE", "SANTA MARIA II"]


def fi_ers(c):
    r = Rec()
    if c.p(0.4):
        r.add(f"{c.t('log')} INFO ers.gateway - outbound message to FMC:\n")
    st = r.pos()
    r.add(f'<ERS xmlns="http://ec.europa.eu/fisheries/schema/ers/v3" RN="ESP-{c.t("compact")[:8]}-{c.dig(6)}" '
          f'RD="{c.t("date")}" RT="{c.t("hm")}"><LOG IR="ESP{c.dig(9, "0")}" RC="EA{c.dig(4)}" XR="VI-5-{c.dig(4)}" '
          f'NA="{xesc(c.ch(VESSELS))}"')
    if not c.negative:
        p = c.person(["es", "pt", "fr", "ie", "nord"], 0)
        r.add(' MA="', N(xesc(p.caps_lf() if c.p(0.6) else p.full())), '"')
    r.add(f' FS="ESP"><DEP DA="{c.t("date")}" TI="04:00" PO="ESVGO" AA="FSH"/>'
          f'<FAR DA="{c.t("date")}" TI="18:00"><RAS EZ="ES" FA="27" SA="8c"/>')
    for sp in c.r.sample(["HKE", "MEG", "LDB", "ANF", "COD", "HAD"], c.ri(1, 3)):
        r.add(f'<SPE SN="{sp}" WT="{c.ri(50, 3000)}" FO="1"/>')
    r.add("</FAR></LOG></ERS>")
    return r.xml_doc(st)


def fi_dealer(c):
    r = Rec()
    r.add("dealer_permit,vessel_id,vessel_name,operator,landing_date,port,species,grade,lbs,price_lb\n")
    n = c.ri(1, 3)
    for i in range(n):
        r.add(f"D{c.dig(5)},{c.dig(6)},{c.ch(VESSELS)},")
        r.add(c.ch(["NORTHERN PELAGIC AS", "SEA HARVEST LLC"]) if c.negative else N(c.person(FISH_TR, 0).caps()))
        r.add(f",{c.t('date')},{c.ch(['NEW BEDFORD', 'GLOUCESTER', 'KODIAK', 'ASTORIA'])},"
              f"{c.ch(['SCALLOP SEA', 'COD ATLANTIC', 'HALIBUT PACIFIC', 'SALMON SOCKEYE'])},{c.ch(['U10', 'LG', 'MKT'])},"
              f"{c.ri(100, 20000)},{c.ri(150, 1800) / 100:.2f}", "\n" if i < n - 1 else "")
    return r


def fi_observer(c):
    r = Rec()
    o, cap = c.person(["lk", "ph", "us", "id", "ke"], 0), c.person(FISH_TR, 0)
    sat = c.ch(["IRIDIUM", "INMARSAT"])
    r.add(f"Observer deployment OBS-2025-{c.dig(4)}: observer ", N(o.full()), f" (id {c.dig(4)}) on F/V {c.ch(VESSELS)} "
          f"(permit {c.dig(6)}); captain ", N(c.name_form(cap, ["full", "caps", "lf"])), " confirmed via ",
          sat.title(), " ", P(c.phone(cc=sat, style=c.ch(["intl", "e164"]))))
    return r


def fi_hail(c):
    r = Rec()
    p = c.person(FISH_TR, 0.02)
    r.add(f"HAIL-OUT | F/V {c.ch(VESSELS)} | operator: ", N(p.full()), f" | crew: {c.ri(2, 9)} | est. landing "
          f"{c.t('sp')[:16]} {c.ch(['New Bedford', 'Kodiak', 'Gloucester'])} | {c.ri(1, 30) * 1000:,} lb "
          f"{c.ch(['scallops', 'cod', 'pollock'])} | contact ", P(c.phone(p, "US")))
    return r


def fi_native(c):
    r = Rec()
    k = c.ri(0, 3)
    if k == 0:
        p = c.person(["ja"], 1.0)
        r.add(f"漁獲報告 船名:第{c.ch('八三五')}幸福丸 船長:", N(p.nat() or p.full()), f" 漁獲量:アジ {c.ri(1, 9)},{c.ri(100, 999)}kg")
    elif k == 1:
        p = c.person(["ko"], 1.0)
        r.add(f"어획 보고: 선박 {c.ch(['해성호', '대양호'])}, 선장 ", N(p.nat() or p.full()), f", 고등어 {c.ri(100, 9000)}kg")
    elif k == 2:
        p = c.person(["nord"], 0)
        r.add(f"Fangstmelding {c.t('date')}: skipper ", N(p.full()), f", fartøy '{c.ch(VESSELS).title()}', "
              f"{c.ri(1, 9)} {c.ri(100, 999)} kg torsk, tlf ", P(c.phone(p, "NO")))
    else:
        p = c.person(["is"], 0)
        r.add(f"Aflaskýrsla {c.t('date')}: skipstjóri ", N(p.full()), f", {c.ri(1, 30)} tonn þorskur, sími ",
              P(c.phone(p, "IS")))
    return r


def fi_crew(c):
    r = Rec()
    crew = []
    for _ in range(c.ri(1, 3)):
        p = c.person(["ph", "id", "vi", "pac", "my"], 0)
        m: dict = {"name": N(c.ch([p.full(), p.slash()])), "role": c.ch(["deckhand", "engineer", "cook", "mate"]), "nationality": p.cc}
        if c.p(0.5):
            m["phone"] = P(c.phone(p))
        crew.append(m)
    doc = {"vessel": c.ch(VESSELS), "trip": f"T{c.dig(6)}", "departed": c.t("iso"), "crew": crew}
    return r.js(doc, indent=2)


def fin_vms(c):
    r = Rec()
    r.add(c.ch([f"VMS pos F/V {c.ch(VESSELS)} {c.ri(35, 60)}.{c.dig(3)}N {c.ri(60, 170):03d}.{c.dig(3)}W sog={c.ri(0, 12)}.{c.ri(0, 9)} "
                f"cog={c.ri(0, 359)} area={c.ch(['Georges Bank', 'Grand Banks', 'Bristol Bay', 'St. Lawrence'])} declaration=DOF",
                f"HAIL-OUT | F/V {c.ch(VESSELS)} | operator: Sea Harvest LLC | crew: {c.ri(2, 9)} | est. landing "
                f"{c.t('sp')[:16]} Kodiak | status: Accepted"]))
    return r


FISH = {"name": "fisheries_catch_reporting", "prefs": FISH_TR,
        "pos": [fi_ers, fi_dealer, fi_observer, fi_hail, fi_native, fi_crew],
        "neg": [fi_ers, fi_dealer, fin_vms]}


# ================================================================== 10. feedlot_health
FL_TR = ["us", "mx", "and", "pa", "ca", "za", "it"]
DRUGS = ["Draxxin", "Excede", "Nuflor", "Baytril 100", "Micotil", "Zuprevo"]
SIRES = ["SAV Resource 1441", "Connealy Confidence 0100", "Sitz Upward 307R", "Basin Payweight 1682",
         "Baldridge Goal Line", "Musgrave Big Sky"]


def fl_treat(c):
    r = Rec()
    r.add("date,lot,pen,tag,dx,drug,dose_ml,route,wd_days,treated_by,rider\n")
    n = c.ri(1, 3)
    tb = None if c.negative else c.person(FL_TR, 0)
    rd = None if c.negative else c.person(FL_TR, 0)
    for i in range(n):
        r.add(f"{c.t('date')},{c.dig(4)},{c.ri(100, 499)},{c.ch(['Y', 'G', 'W'])}{c.dig(4)},{c.ch(['BRD', 'FR', 'PINK'])},"
              f"{c.ch(DRUGS)},{c.ri(5, 40)},SQ,{c.ri(18, 48)},")
        if tb:
            r.add(N(c.acct(tb, "flast", 0)), ",", N(rd.full()))
        else:
            r.add("AUTO-PULL,crew2")
        r.add("\n" if i < n - 1 else "")
    return r


def fl_vfd(c):
    r = Rec()
    doc: dict = {"vfdId": f"VFD-{c.dig(8)}", "drug": c.ch(["Aureomycin 90", "Pennchlor 64", "Tylan 40"]),
                 "species": "cattle", "headCount": c.ri(40, 900), "expiration": c.t("date")}
    if c.negative:
        doc |= {"veterinarian": {"clinic": "Plains Veterinary Services", "license": f"KS-{c.dig(5)}"},
                "client": {"operation": "Hi-Plains Feeders", "name": "Hi-Plains Feeders"}}
    else:
        v, cl = c.person(["us", "ca", "za"], 0), c.person(FL_TR)
        doc |= {"veterinarian": {"name": N(v.full()), "license": f"KS-{c.dig(5)}", "phone": P(c.phone(v, "US"))},
                "client": {"name": N(c.nm(cl)), "operation": "Hi-Plains Feeders", "phone": P(c.phone(cl))},
                "issuedFromIp": I(c.ip())}
    return r.js(doc, indent=c.ch([2, None]))


def fl_crew(c):
    r = Rec()
    r.add(f"{c.t('isoz')} crew={c.ch(['north', 'south', 'hospital'])} ")
    if c.negative:
        r.add(f"lead=crew2 pen={c.ri(100, 499)} head={c.ri(40, 300)} msg=\"processed\" vaccines=\"Bovi-Shield Gold 5; "
              f"Vision 7\" implant=\"Synovex One\" implanted_by=chute-2 sire=\"{c.ch(SIRES)}\"")
        return r
    a, b = c.person(FL_TR, 0), c.person(FL_TR, 0)
    r.add("lead=", N(c.acct(a)), f" pen={c.ri(100, 499)} head={c.ri(40, 300)} msg=\"processed\" vaccines=\"Bovi-Shield "
          "Gold 5; Vision 7\" implant=\"Synovex One\" implanted_by=\"", N(b.full()), '"')
    return r


def fl_receive(c):
    r = Rec()
    ob, tr, v = c.person(["us"], 0), c.person(FL_TR, 0), c.person(native=0)
    r.add(f"Received {c.ri(40, 200)} hd from order buyer ", N(ob.full()), " (Dodge City sale); trucker ", N(tr.full()),
          " called from ", P(c.phone(tr, "US", "nat")), f" — {c.ri(1, 3)} DOA, Dr. ", N(v.family), " notified")
    return r


def fl_repr(c):
    r = Rec()
    p = c.person(FL_TR, 0.02)
    r.add(f"{c.t('log')} INFO pulls.api: created Pull(tag='{c.ch('YGW')}{c.dig(4)}', pen={c.ri(100, 499)}, rider=Person(name=")
    r.py(N(p.full())).add(", phone=").py(P(c.phone(p))).add(f"), temp_f={c.ri(1030, 1070) / 10})")
    return r


def fl_es(c):
    r = Rec()
    p, v = c.person(["mx", "and"], 0), c.person(["mx", "us"], 0)
    temp = f"{c.ri(395, 415) / 10}".replace(".", ",")
    r.add("El jinete ", N(p.full()), f" sacó {c.ri(1, 6)} animales del corral {c.ri(100, 499)} (temp. {temp} °C); "
          "avisó a la Dra. ", N(v.full()))
    return r


def fln_sire(c):
    r = Rec()
    r.add(f"AI breeding group {c.dig(3)}: sire '{c.ch(SIRES)}' (reg {c.dig(8)}) x {c.ri(10, 90)} hd; backup sire "
          f"'{c.ch(SIRES)}'; treated with {c.ch(DRUGS)} per protocol 'Madison Cow Ranch 2025' by SYSTEM")
    return r


FEED = {"name": "feedlot_health", "prefs": FL_TR,
        "pos": [fl_treat, fl_vfd, fl_crew, fl_receive, fl_repr, fl_es],
        "neg": [fl_treat, fl_vfd, fl_crew, fln_sire]}


# ================================================================== 11. market_coop
MK_TR = ["us", "mx", "zh", "ke", "yo", "nl", "it", "ph", "vi", "fr"]
STALLS = ["Rosie's Jams", "Hank's Honey", "Victoria Bakery", "Jackson Family Orchard", "Abuela's Tamales",
          "Little Joe's Microgreens"]


def mc_vendor(c):
    r = Rec()
    r.add(I(c.ip()) if not c.negative else "market-kiosk.lan", f" - - [{c.t('sp')}] \"POST /vendors/apply HTTP/1.1\" 302 0 body=\"business=")
    r.add(form(c.ch(STALLS) if c.negative else c.ch(STALLS + ["Sunny Acres Farm"])))
    if c.negative:
        r.add("&contact_name=&email=&stall_pref=14&category=Baked+Goods\"")
        return r
    p = c.person(MK_TR, 0.08)
    r.add("&contact_name=", N(form(c.nm(p))), "&email=", E(form(c.email(p))), "&phone=", P(form(c.phone(p))),
          f"&stall_pref={c.ri(1, 40)}&category=Produce\"")
    return r


def mc_pos(c):
    r = Rec()
    r.add(f"{c.t('log')} DEBUG square_bridge: charge request vendor=stall-{c.ri(1, 40)} amount={c.ri(300, 9000)} ")
    p = c.person(MK_TR, 0)
    if c.p(0.5):
        r.add('card={"number":"', C(c.card("")), f'","exp":"{c.ri(1, 12):02d}/{c.ri(26, 31)}","name":"', N(p.caps()),
              '"} staff=', N(c.acct(c.person(MK_TR, 0))))
    else:
        r.add("swipe fallback track1=%B", C(c.card("")), "^", N(p.slash()), f"^{c.ri(26, 31)}{c.ri(1, 12):02d}101"
              f"{c.dig(9)}? reader=stall-{c.ri(1, 40)}")
    return r


def mc_patr(c):
    r = Rec()
    r.add("member_no,member_name,tin,tin_type,patronage_dividends,per_unit_retain,federal_withholding\n")
    n = c.ri(1, 3)
    pos_row = 0 if not c.negative else -1
    for i in range(n):
        r.add(f"{c.dig(5)},")
        if i == pos_row or (not c.negative and c.p(0.6)):
            p = c.person(MK_TR + ["us", "de", "nord"], 0.02)
            r.add('"', N(p.lf()), '",', S(c.ssn(c.ch(["dash", "bare"]))), ",SSN")
        else:
            r.add(f'"{c.ch(FARM_COS_TC)}",{c.ri(10, 99)}-{c.dig(7)},EIN')
        r.add(f",{c.ri(100, 9000)}.{c.ri(10, 99)},{c.ri(0, 900)}.{c.ri(10, 99)},0.00", "\n" if i < n - 1 else "")
    return r


def mc_csa(c):
    r = Rec()
    doc: dict = {"share": c.ch(["Full Veggie", "Half Veggie", "Egg Add-on"]),
                 "pickup": c.ch(["Tuesday - Grange Hall", "Saturday - Victoria Park", "Thursday - Farm Stand"])}
    if c.negative:
        doc |= {"member": {"first_name": "Gift", "last_name": "Share", "email": None}, "household": [],
                "payment": {"method": "check", "last4": None}}
    else:
        p = c.person(MK_TR, 0.08)
        hh = [N(c.relative(p).given) for _ in range(c.ri(0, 2))]
        doc |= {"member": {"first_name": N(p.given), "last_name": N(p.family), "email": E(c.email(p)),
                           "phone": P(c.phone(p))}, "household": hh,
                "payment": {"method": "card", "last4": c.dig(4)}}
    return r.js(doc, indent=c.ch([None, 2]), ascii=c.p(0.4))


def mc_ballot(c):
    r = Rec()
    if c.negative:
        r.add(f"ballot tally election=2025-board seats=3 ballots={c.ri(100, 900)} quorum=met candidates=\"Seat A; Seat B; "
              "Seat C\" counted_by=election-service")
        return r
    p = c.person(MK_TR, 0.05)
    r.add(f"ballot cast election=2025-board member={c.dig(4)} name=\"", N(c.nm(p)), '" ip=', I(c.ip()),
          ' ua="Mozilla/5.0 (Linux; Android 14)" choice=hash:', c.hexs(12))
    return r


def mc_prose(c):
    r = Rec()
    k = c.ri(0, 2)
    p = c.person([["mx", "es"], ["us", "ke", "yo"], ["fr"]][k], 0)
    kid = c.relative(p)
    if k == 0:
        r.add("Nota del mercado: la vendedora ", N(p.full()), f" pidió cambiar su puesto {c.ri(1, 30)} al {c.ri(31, 60)}; "
              "su hijo ", N(kid.given), " atenderá el sábado.")
    elif k == 1:
        r.add("Manager note: ", N(p.given), f" ({c.ch(STALLS)}) asked to share stall {c.ri(1, 40)} with ", N(kid.full()),
              "; approved pending insurance certificate.")
    else:
        r.add("Note du marché : ", N(p.lf()), f" quitte l'emplacement {c.ri(1, 40)} ; ", N(kid.given), " reprend le stand.")
    return r


def mcn_map(c):
    r = Rec()
    stalls = c.r.sample(STALLS, 3)
    r.add(c.ch([f"Stall map {c.t('date')}: " + "; ".join(f"Stall {c.ri(1, 40)} — {s}" for s in stalls),
                f"SNAP tokens redeemed {c.ri(100, 900)} x $1; Double Up Food Bucks {c.ri(10, 300)}; market match cap "
                f"reached at {c.t('hm')} (Market Manager Desk)"]))
    return r


MARKET = {"name": "market_coop", "prefs": MK_TR,
          "pos": [mc_vendor, mc_pos, mc_patr, mc_csa, mc_ballot, mc_prose],
          "neg": [mc_vendor, mc_patr, mc_csa, mc_ballot, mcn_map]}


# ================================================================== 12. livestock_auction
LA_TR = ["us", "ca", "mx", "de", "nord", "nl", "ie"]
PACKERS = ["TYSON FRESH MEATS", "CARGILL MEAT SOLUTIONS", "JBS USA", "NATIONAL BEEF", "GREATER OMAHA PACKING"]


def la_clerk(c):
    r = Rec()
    r.add(f"SALE {c.t('date')[:4]}-{c.dig(4)}  {c.ch(['BURWELL', 'OGALLALA', 'TORRINGTON', 'DICKINSON'])} LIVESTOCK MARKET"
          f"  RING {c.ri(1, 2)}\nLOT  CONSIGNOR                  HD  AVG WT   $/CWT  BUYER\n")
    for i in range(c.ri(2, 4)):
        cons = None if c.negative else (c.person(LA_TR, 0) if i == 0 or c.p(0.5) else None)
        cn = cons.caps_lf() if cons else c.ch(FARM_COS)
        r.add(f"{c.dig(4)} ", N(cn) if cons else cn, pad(cn, 26), f"{c.ri(1, 90):>3}  {c.ri(300, 1400):>6}  "
              f"{c.ri(1500, 3800) / 10:>6.2f}  {c.ri(100, 500)} ")
        b = None if c.negative or c.p(0.5) else c.person(LA_TR, 0)
        r.add(N(b.caps()) if b else c.ch(PACKERS), "\n")
    if c.negative:
        r.add("CLERK: clerk-station-2")
    else:
        r.add("CLERK: ", N(c.acct(c.person(LA_TR, 0))))
    return r


def la_brand(c):
    r = Rec()
    r.add(f"BRAND INSPECTION CERT {c.t('date')[:4]}-{c.dig(5)} | OWNER: ")
    if c.negative:
        r.add(f"{c.ch(FARM_COS)} | BRAND: Lazy S Bar (LH) | {c.ri(1, 90)} HD STRS BLK | DEST: Burwell Livestock Mkt | "
              "INSPECTOR: district-7 | STATUS: Cleared")
        return r
    o, ins = c.person(LA_TR, 0), c.person(["us"], 0)
    r.add(N(o.caps_lf()), f" | BRAND: Lazy S Bar (LH) | {c.ri(1, 90)} HD STRS BLK | DEST: Burwell Livestock Mkt | "
          "INSPECTOR: ", N(c.acct(ins)), " | PH ", P(c.phone(o, "US", "nat")))
    return r


def la_bid(c):
    r = Rec()
    doc: dict = {"sale": f"S-{c.dig(4)}", "lot": c.dig(4), "amount": Raw(f"{c.ri(1500, 3800) / 10}"), "ts": c.t("iso")}
    if c.negative:
        doc["bidder"] = {"number": "FLOOR", "username": "ringman-1", "name": "Floor Bid"}
        doc["source"] = "ring"
    else:
        p = c.person(LA_TR, 0.03)
        doc["bidder"] = {"number": f"O-{c.ri(100, 999)}", "username": N(c.acct(p)), "name": N(c.nm(p))}
        doc["ip"] = I(c.ip(0.25))
    return r.add(f"{c.t('isoz')} bid-engine accepted ").js(doc)


def la_check(c):
    r = Rec()
    amt = f"{c.ri(2000, 90000):,}.{c.ri(10, 99)}"
    r.add(f"Proceeds check {c.dig(5)} payable to '")
    if c.negative:
        r.add(f"{c.ch(FARM_COS)} AND FARM CREDIT SERVICES OF AMERICA")
    else:
        p = c.person(LA_TR, 0)
        r.add(N(p.caps()), " AND FARM CREDIT SERVICES OF AMERICA" if c.p(0.5) else "")
    r.add(f"' amount {amt} (commission 3%, yardage 88.00, beef checkoff {c.ri(5, 90)}.00)")
    return r


def la_card(c):
    r = Rec()
    p = c.person(LA_TR, 0)
    r.add(f"{c.t('log')} INFO buyer.registration - verify card for bidder O-{c.ri(100, 999)}: holder=", N(p.caps()),
          " pan=", C(c.card(c.ch(["", " "]))), f" exp={c.ri(1, 12):02d}{c.ri(26, 31)} zip-check=Y email=", E(c.email(p)))
    return r


def la_ring(c):
    r = Rec()
    rm, b = c.person(["us"], 0), c.person(LA_TR, 0)
    r.add("Ringman ", N(rm.full()), f" took the bid from #{c.ri(100, 500)} (", N(b.full()), f") at ${c.ri(150, 380) / 100:.2f}"
          " — announcer: sold!")
    return r


def la_consignor(c):
    r = Rec()
    p = c.person(LA_TR, 0)
    if c.p(0.5):
        r.add(f"consignor setup #{c.dig(5)}: name=\"", N(p.lf()), "\" tin=", S(c.ssn("dash")), " (W-9 on file) phone=",
              P(c.phone(p, "US")), " premises_id=", f"00{c.dig(5)}".upper())
    else:
        r.add(f"1099 reporting: consignor {c.dig(5)} ", N(p.caps()), " TIN ***-**-", S(c.ssn("bare")[-4:]),
              f" gross proceeds ${c.ri(2000, 90000):,}.00")
    return r


def lan_report(c):
    r = Rec()
    r.add(f"MARKET REPORT {c.t('us')}: Steers 500-600 lbs ${c.ri(300, 360) / 100:.2f}-{c.ri(330, 380) / 100:.2f}/lb; "
          f"Black Baldy heifers steady; top sold to {c.ch(PACKERS).title()}; receipts {c.ri(800, 4000):,} hd")
    return r


AUCTION = {"name": "livestock_auction", "prefs": LA_TR,
           "pos": [la_clerk, la_brand, la_bid, la_check, la_card, la_ring, la_consignor],
           "neg": [la_clerk, la_brand, la_bid, la_check, lan_report]}

FAMILIES_B = [GROCERY, FOOD, FISH, FEED, MARKET, AUCTION]
