"""Families 1-6: SMSC/SMPP gateway, ride/food dispatch, commerce OMS, airline Type B/DCS, car rental,
event ticketing. Each template writes one record into c.b; negatives draw no person."""

from __future__ import annotations

from _core import (
    CC,
    COMPANIES,
    IP,
    MONTHS,
    PLACES,
    PRODUCTS,
    SERVICE_ACCTS,
    STATUSES,
    UI_STRINGS,
    XML,
    E,
    J,
    Mix,
    N,
    P,
    S,
    enc,
    form,
    pct,
    rbesc,
    text_of,
    xesc,
)

# ====================================================================== 1. SMSC / SMPP gateway

SMSCS = ["vodaf_smpp1", "mtn_ng_tx", "orange_fr_trx", "tmo_de_a", "airtel_in_2", "telcel_mx", "safaricom_k1"]


def sms_body(c):
    """An SMS text with at least one labelled value."""
    p = c.person()
    k = c.ri(0, 9)
    if k == 0:
        q = c.person()
        return ["Hi ", N(c.nm(p, "given")), ", your driver ", N(c.nm(q, "given")), " is arriving in ", str(c.ri(2, 9)),
                " min. Plate ", c.ch(["KX19 ABF", "B-MK 4412", "GJ05 TTR"])]
    if k == 1:
        return ["Dear ", N(c.nm(p, "FULL")), ", your parcel ", c.v.ident(10), " will be delivered today 10:00-12:00."]
    if k == 2:
        return ["Olá ", N(c.nm(p, "given")), ", o seu pedido #", c.v.ident(7), " saiu para entrega."]
    if k == 3:
        return ["Hallo ", N(c.nm(p, "full")), ", Ihr Termin ist bestätigt. Rückfragen: ", P(c.v.phone("nat", "49"))]
    if k == 4:
        return ["Mum it's ", N(c.nm(p, "given")), " - lost my phone, this is my new number, save it: ",
                P(c.v.phone(c.ch(["nat", "intl"])))]
    if k == 5:
        return ["Booking ", c.v.hexid(6).upper(), " for ", N(c.nm(p, "full")), " confirmed. Check-in opens 24h before departure."]
    if k == 6:
        return ["Уважаемый клиент ", N(c.nm(p, "full")), ", ваш заказ доставлен. Оцените курьера: 1-5"]
    if k == 7:
        return [N(c.nm(p, "full")), " shared a ride with you. Track: https://trk.example.com/s/", c.v.hexid(8)]
    if k == 8:
        return ["Pesan dari ", N(c.nm(p, "given")), ": aku udah di lobby ya, nomorku ", P(c.v.phone("nat", "62"))]
    return ["Reset requested for ", E(c.email(p)), ". Not you? Reply STOP."]


def smsc_kannel_access(c):
    body = sms_body(c)
    mt = c.chance(0.5)
    src = c.ch(["ACMEBANK", "TAXIGO", "60777"]) if mt and c.chance(0.5) else P(c.v.phone(c.ch(["e164", "np"])))
    c.add(c.v.ts("sql"), " ", "Sent SMS" if mt else "Receive SMS", " [SMSC:", c.ch(SMSCS), "] [SVC:",
          c.ch(["crm_push", "", "otp"]), "] [ACT:] [BINF:] [FID:", c.v.hexid(8), "] [META:?smpp?] [from:", src,
          "] [to:", P(c.v.phone("e164")), "] [flags:-1:0:-1:0:-1] [msg:", str(len(text_of(body))), ":", body,
          "] [udh:0:]")


def smsc_pdu_dump(c):
    pid, thr = str(c.ri(1000, 39999)), str(c.ri(1, 12))
    t = c.v.ts("sql")
    pre = f"{t} [{pid}] [{thr}] DEBUG: "
    body = enc(sms_body(c), lambda s: s.replace('"', '\\"'))
    src = c.ch(['"ACMEBANK"', None])
    lines = [[pre, "SMPP[", c.ch(SMSCS), "]: Sending PDU:"],
             [pre, "SMPP PDU 0x", c.v.hexid(12), " dump:"],
             [pre, "  type_name: submit_sm"],
             [pre, "  command_id: 4 = 0x00000004"],
             [pre, "  sequence_number: ", str(c.ri(2, 90000))],
             [pre, "  source_addr_ton: ", "5" if src else "1"],
             [pre, "  source_addr: ", src if src else ['"', P(c.v.phone("np")), '"']],
             [pre, "  dest_addr_ton: 1"],
             [pre, "  destination_addr: \"", P(c.v.phone("np")), '"'],
             [pre, "  data_coding: ", c.ch(["0", "8"])],
             [pre, "  short_message: \"", body, '"'],
             [pre, "SMPP PDU dump ends."]]
    for i, ln in enumerate(lines):
        c.add("\n" if i else "", ln)


def smsc_dlr(c):
    p = c.person()
    who = N(c.nm(p, c.ch(["given", "full"])))
    c.add(c.v.ts("ms"), " INFO  [pool-3-thread-", str(c.ri(1, 16)), "] c.a.sms.DeliveryReceiptListener - deliver_sm from ",
          P(c.v.phone(c.ch(["e164", "np"]))), " to ", c.ch(["ACME", "60777", "TAXIGO"]), ": id:", c.v.hexid(10),
          " sub:001 dlvr:001 submit date:25031412", str(c.ri(10, 59)), " done date:25031412", str(c.ri(10, 59)),
          " stat:DELIVRD err:000 text:Hi ", who)


def smsc_firewall_json(c):
    body = sms_body(c)
    doc = {"ts": c.v.ts(), "node": f"smsfw-{c.ri(1, 4)}", "direction": c.ch(["MT", "MO", "A2P"]),
           "verdict": c.ch(["BLOCK", "ALLOW", "QUARANTINE"]),
           "rule": c.ch(["SCAM_FAMILY_IMPERSONATION", "URL_SHORTENER", "SIMBOX_SUSPECT"]),
           "src": P(c.v.phone("np"), num=c.chance(0.3)), "dst": P(c.v.phone("e164")), "body": Mix(body),
           "lang": c.ch(["en", "de", "pt", "ru", "id"])}
    c.add(J(doc, indent=c.ch([None, 2]), compact=c.chance(0.5)))
    c.b.whole_json = True


def smsc_http_sendsms(c):
    body = sms_body(c)
    c.add(IP(c.v.ip(0.15)), ' - - [', str(c.ri(10, 28)), '/Mar/2025:', c.v.ts("time"), ' +0000] "GET /cgi-bin/sendsms?username=crm_push&password=***&from=',
          c.ch(["ACME", "TAXIGO"]), "&to=", P(pct(c.v.phone("e164"))), "&text=", enc(body, form),
          "&dlr-mask=31 HTTP/1.1\" 202 ", str(c.ri(18, 40)))


def smsc_mo_keyword(c):
    p = c.person()
    c.add(c.v.ts("sql"), " [smsbox] MO from=", P(c.v.phone(c.ch(["e164", "np"]))), " to=", c.ch(["60777", "80888"]),
          " keyword=JOIN text=\"JOIN ", N(c.nm(p, c.ch(["full", "FULL", "lower"]))),
          [" ", E(c.email(p))] if c.chance(0.6) else "", "\" -> service=loyalty-signup status=queued")


def smsc_neg_access(c):
    c.add(c.v.ts("sql"), " Sent SMS [SMSC:", c.ch(SMSCS), "] [SVC:otp] [ACT:] [BINF:] [FID:", c.v.hexid(8),
          "] [META:?smpp?] [from:", c.ch(["ACMEBANK", "VERIFY", "60777"]), "] [to:+", str(c.ri(30, 49)),
          "7700****", str(c.ri(10, 99)), "] [flags:-1:0:-1:0:-1] [msg:34:Your code is ", c.v.digits(6),
          ". Do not share it.] [udh:0:]")


def smsc_neg_bind(c):
    pre = f"{c.v.ts('sql')} [{c.ri(1000, 39999)}] [{c.ri(1, 12)}] DEBUG: "
    for i, ln in enumerate(["SMPP[" + c.ch(SMSCS) + "]: Got PDU:", "SMPP PDU 0x" + c.v.hexid(12) + " dump:",
                            "  type_name: bind_transceiver_resp", "  command_status: 0 = 0x00000000",
                            "  system_id: \"" + c.ch(["ACME_SMSC", "SMSCGW01", "Victoria-SMSC"]) + "\"",
                            "SMPP PDU dump ends.",
                            "SMPP[" + c.ch(SMSCS) + "]: " + c.ch(["Bound", "Sending enquire_link", "Throttling, waiting 1s"])]):
        c.add("\n" if i else "", pre, ln)


def smsc_neg_status(c):
    c.add(c.v.ts("sql"), " [bearerbox] SMSC:", c.ch(SMSCS), " (", c.ch(["online", "re-connecting", "dead"]), " ",
          str(c.ri(1, 40)), "d ", str(c.ri(0, 23)), "h, rcvd ", str(c.ri(100, 99999)), ", sent ", str(c.ri(100, 99999)),
          ", failed ", str(c.ri(0, 40)), ", queued ", str(c.ri(0, 900)), " msgs) user=", c.ch(SERVICE_ACCTS[:14]))


def smsc_neg_fw(c):
    doc = {"ts": c.v.ts(), "node": f"smsfw-{c.ri(1, 4)}", "window": "5m",
           "counters": {"SCAM_FAMILY_IMPERSONATION": c.ri(0, 90), "URL_SHORTENER": c.ri(0, 400), "SIMBOX_SUSPECT": c.ri(0, 30)},
           "top_sender": c.ch(["ACMEBANK", "TAXIGO", "DHL-INFO", "Victoria Post"]), "template": c.ch(UI_STRINGS)}
    c.add(J(doc, indent=c.ch([None, 2])))
    c.b.whole_json = True


# ====================================================================== 2. ride hailing / food delivery dispatch

def ride_logfmt(c):
    d, r = c.person(), c.person()
    c.add("ts=", c.v.ts(), " level=info svc=dispatch-matcher msg=\"offer accepted\" trip_id=TR-", c.v.hexid(6).upper(),
          " driver_id=drv_", c.v.ident(6), " driver_name=\"", N(c.nm(d, c.ch(["full", "full", "initial", "roman"]))),
          "\" rider=", N(c.acct(r)), [" rider_phone=", P(c.v.phone(c.ch(["e164", "intl"])))] if c.chance(0.4) else "",
          " pickup_geohash=", c.ch(["u3buz", "gcpvj", "dr5ru", "9q8yy"]), " eta_s=", str(c.ri(60, 900)))


def ride_food_json(c):
    cu, co = c.person(), c.person()
    instr = c.ch([["Ring twice, ask for ", N(c.nm(c.person(), c.ch(["given", "family"]))), " at reception"],
                  ["Leave at door, ", N(c.nm(cu, "given")), " is on a call"],
                  ["Por favor llamar a ", N(c.nm(c.person(), "full")), " al llegar"],
                  ["Gate code 4471"]])
    doc = {"event": "order.assigned", "order_id": f"FD-{c.v.ident(9)}",
           "restaurant": c.ch(["Casa Lucia", "Chez Marie Bistro", "Papa Luigi Pizzeria", "Golden Dragon"]),
           "customer": {"name": N(c.nm(cu, c.ch(["full", "full", "given"]))), "phone": P(c.v.phone())},
           "dropoff": {"instructions": Mix(instr), "zone": c.ch(["Victoria", "Chelsea", "Kreuzberg"])},
           "courier": {"id": f"cr_{c.v.hexid(8)}", "display_name": N(f"{co.rg} {co.rf[0]}." if not co.native else co.full()),
                       "vehicle": c.ch(["bike", "e-scooter", "car"])}}
    c.add(J(doc, indent=c.ch([None, 2, 4]), compact=c.chance(0.5)))
    c.b.whole_json = True


def ride_kotlin(c):
    d, r = c.person(), c.person()
    c.add(c.v.ts("ms"), " DEBUG [trip-events-", str(c.ri(1, 8)), "] TripStateMachine - TripStateChanged(tripId=",
          c.v.hexid(12), ", state=", c.ch(["DRIVER_ARRIVED", "ON_TRIP", "COMPLETED"]), ", driver=Driver(id=drv_",
          c.v.ident(6), ", firstName=", N(d.given), ", lastName=", N(d.family), ", phone=", P(c.v.phone("e164")),
          ", vehicle=Vehicle(model=", c.ch(["Renault Zoe", "Kia Soul", "Toyota Prius"]), ", plate=", c.ch(["KX19ABF", "BMK4412"]),
          ")), rider=Rider(name=", N(c.nm(r, "full")), ", rating=4.", str(c.ri(1, 9)), "))")


def ride_support(c):
    r, d, ag = c.person(), c.person(), c.person()
    k = c.ri(0, 3)
    if k == 0:
        body = ["Rider ", N(c.nm(r, "full")), " reported that driver ", N(c.nm(d, "given")),
                " left the route; refund of 6.40 approved by ", N(c.acct(ag))]
    elif k == 1:
        body = ["Pengemudi ", N(c.nm(d, "full")), " membatalkan pesanan; pelanggan ", N(c.nm(r, "given")), " dihubungi oleh agen ",
                N(c.acct(ag))]
    elif k == 2:
        body = ["O entregador ", N(c.nm(d, "full")), " não encontrou o endereço de ", N(c.nm(r, "full")),
                "; handoff: ", N(c.acct(ag)), " -> ", N(c.acct(c.person()))]
    else:
        body = ["Escalation from ", N(c.nm(ag, "full")), ": customer ", N(c.nm(r, "lf")), " (", E(c.email(r)),
                ") claims the courier ", N(c.nm(d, "given")), " was rude"]
    c.add("[", c.v.ts("sql"), "] support.case #", c.v.ident(6), " note: ", body)


def ride_receipt(c):
    r = c.person()
    c.add(c.v.ts("ms"), " INFO  mailer - sent receipt trip=TR-", c.v.hexid(6).upper(), " to \"", N(c.nm(r, "full")),
          "\" <", E(c.email(r)), "> total=", c.ch(["EUR 18.40", "GBP 11.20", "BRL 32,90", "INR 412"]))


def ride_heartbeat(c):
    d = c.person()
    c.add("ts=", c.v.ts(), " level=debug svc=driver-gw msg=\"session started\" driver=", N(c.acct(d)), " ip=",
          IP(c.v.ip(0.25)), " app=5.", str(c.ri(1, 40)), ".", str(c.ri(0, 9)), " os=\"Android 14\"")


def ride_neg_surge(c):
    c.add("ts=", c.v.ts(), " level=info svc=pricing msg=\"surge updated\" zone=", c.ch(PLACES[:20]).replace(" ", "_"),
          " multiplier=1.", str(c.ri(0, 9)), " open_requests=", str(c.ri(0, 400)), " idle_drivers=", str(c.ri(0, 200)),
          " owner=", c.ch(["svc_dispatch", "pricing-bot"]))


def ride_neg_menu(c):
    items = c.r.sample(["Margherita", "Caesar Salad", "Eggs Benedict", "Beef Wellington", "Peach Melba", "Pavlova",
                        "Chicken Tikka", "Nachos Grande", "Pad Thai", "Apple Charlotte"], 3)
    doc = {"event": "menu.synced", "restaurant": c.ch(COMPANIES[10:14]), "items": [{"name": i, "price": c.ri(5, 30)} for i in items],
           "status": c.ch(STATUSES), "by": c.ch(["svc-menu-sync", "SYSTEM"])}
    c.add(J(doc, indent=c.ch([None, 2])))
    c.b.whole_json = True


def ride_neg_kotlin(c):
    c.add(c.v.ts("ms"), " DEBUG [trip-events-", str(c.ri(1, 8)), "] TripStateMachine - TripStateChanged(tripId=",
          c.v.hexid(12), ", state=", c.ch(["SEARCHING", "NO_DRIVERS", "CANCELLED_BY_SYSTEM"]), ", driver=null, vehicle=Vehicle(model=",
          c.ch(["Renault Zoe", "Kia Soul", "Nissan Leaf"]), "), zone=", c.ch(PLACES[:20]), ")")


def ride_neg_batch(c):
    c.add("[", c.v.ts("sql"), "] batch-dispatch: round=", str(c.ri(1, 9999)), " matched=", str(c.ri(0, 500)), " unmatched=",
          str(c.ri(0, 80)), " p95_eta=", str(c.ri(100, 900)), "s region=", c.ch(["Madison", "Victoria", "Austin", "Sofia"]),
          " courier_pool=", c.ch(["Hermes", "Atlas", "Orion"]))


# ====================================================================== 3. commerce OMS (ImpEx, Spree inspect, OMS)

def oms_impex_customer(c):
    c.add("INSERT_UPDATE Customer;uid[unique=true];name;customerID;sessionLanguage(isocode);groups(uid)")
    for _ in range(c.ri(1, 3)):
        p = c.person()
        c.add("\n;", E(c.email(p)), ";", N(c.nm(p, c.ch(["full", "full", "FULL"]))), ";C", c.v.ident(7), ";",
              c.ch(["de", "en", "fr", "ja", "es"]), ";customergroup")


def oms_impex_address(c):
    c.add("INSERT_UPDATE Address;owner(Customer.uid)[unique=true];firstname;lastname;town;phone1;shippingAddress")
    for _ in range(c.ri(1, 3)):
        p = c.person()
        c.add("\n;", E(c.email(p)), ";", N(p.given), ";", N(p.family), ";", c.ch(PLACES), ";", P(c.v.phone()), ";true")


def oms_spree_inspect(c):
    p = c.person()
    c.add(c.v.ts("sql"), " DEBUG -- : checkout step=address order=R", c.v.ident(9), " ", "#<Spree::Address id: ",
          str(c.ri(100, 99999)), ", firstname: \"", N(rbesc(p.given)), "\", lastname: \"", N(rbesc(p.family)),
          "\", city: \"", c.ch(PLACES), "\", phone: \"", P(c.v.phone()), "\", zipcode: \"", c.v.digits(5), "\">")
    if c.chance(0.3):
        c.add("\n#<Customer id: ", str(c.ri(1, 99999)), ", name: \"", N(rbesc(c.nm(p, "full"))), "\", tier: \"",
              c.ch(["gold", "basic"]), "\">")
    elif c.chance(0.6):
        c.add("\n#<Spree::Order number: \"R", c.v.ident(9), "\", email: \"", E(c.email(p)), "\", state: \"",
              c.ch(["address", "delivery", "payment"]), "\", last_ip_address: \"", IP(c.v.ip(0.2)), "\">")


def oms_java(c):
    p = c.person()
    c.add(c.v.ts("ms"), " INFO  [fulfilment-worker-", str(c.ri(1, 9)), "] c.a.oms.SplitShipmentService - Order ",
          f"{c.ri(100, 999)}-{c.ri(1000, 9999)}-{c.ri(1000, 9999)}", " split into ", str(c.ri(2, 4)),
          " shipments for customer '", N(c.nm(p, c.ch(["LF", "lf"]))), "' (cust#", c.v.ident(6), ")")
    if c.chance(0.6):
        c.add("\n", c.v.ts("ms"), " ERROR [fulfilment-worker-2] c.a.oms.AddressValidator - rejected\n",
              "com.acme.oms.AddressValidationException: Address rejected for recipient=", N(c.nm(p, "full")),
              " phone=", P(c.v.phone()), "\n\tat com.acme.oms.AddressValidator.validate(AddressValidator.java:",
              str(c.ri(40, 300)), ")\n\tat com.acme.oms.SplitShipmentService.split(SplitShipmentService.java:",
              str(c.ri(40, 300)), ")")


def oms_gift_csv(c):
    c.add("order_id,created_at,channel,recipient_first,recipient_last,gift_message,status")
    for _ in range(c.ri(1, 3)):
        r, s = c.person(), c.person()
        msg = c.ch([["Happy birthday ", N(r.given), "! Love, ", N(s.given)],
                     ["Für ", N(r.given), " – alles Gute von ", N(c.nm(s, "full"))],
                     ["Congrats on the new flat"]])
        c.add("\n", c.v.ident(8), ",", c.v.ts("sql"), ",", c.ch(["web", "app", "marketplace"]), ",", N(r.given), ",",
              N(r.family), ",\"", msg, "\",", c.ch(["PAID", "SHIPPED", "PACKED"]))


def oms_fraud(c):
    p = c.person()
    c.add("fraud-review: order=", c.v.ident(10), " score=", str(c.ri(60, 99)), " reasons=[BILL_SHIP_MISMATCH,",
          c.ch(["PROXY_IP", "VELOCITY", "NEW_DEVICE"]), "] ip=", IP(c.v.ip(0.2)), " card_holder=\"",
          N(c.nm(p, c.ch(["FULL", "GF"]))), "\" pan=", CC(c.v.card()), " reviewer=", c.ch(["queue", N(c.acct(c.person()))]))


def oms_bnpl(c):
    p = c.person()
    clk = c.v.clock("ms")
    c.add(clk(), " INFO  [bnpl-kyc-", str(c.ri(1, 4)), "] c.a.pay.InstalmentService - application ", c.v.hexid(10),
          " applicant=", N(c.nm(p, c.ch(["full", "FULL"]))), " dob=19", str(c.ri(50, 99)), "-0", str(c.ri(1, 9)), "-1", str(c.ri(0, 9)),
          " ssn=", S(c.v.ssn(c.ch(["dash", "bare"]))), " decision=", c.ch(["APPROVED", "REFER", "DECLINED"]))
    if c.chance(0.5):
        c.add("\n", clk(), " WARN  [bnpl-kyc-1] c.a.pay.BureauClient - bureau mismatch for ", E(c.email(p)),
              ": ssn last4 ", S(c.v.last4()), " vs file")


def oms_neg_impex_product(c):
    c.add("INSERT_UPDATE Product;code[unique=true];name[lang=en];supercategories(code);approvalstatus(code)")
    for _ in range(c.ri(1, 4)):
        c.add("\n;", c.v.ident(7), ";", c.ch(PRODUCTS[6:]), ";", c.ch(["bags", "lighting", "furniture", "grocery"]), ";approved")


def oms_neg_java(c):
    c.add(c.v.ts("ms"), " INFO  [allocation-", str(c.ri(1, 9)), "] c.a.oms.SourcingService - Order ",
          f"{c.ri(100, 999)}-{c.ri(1000, 9999)}-{c.ri(1000, 9999)}", " sourced from ",
          c.ch(["Victoria DC", "Florence Hub", "Madison WH", "Charlotte FC"]), " (", c.ch(STATUSES), ") carrier=",
          c.ch(["Hermes", "DPD", "Royal Mail", "Morgan Freight Ltd"]))


def oms_neg_spree(c):
    c.add("#<Spree::StockLocation id: ", str(c.ri(1, 40)), ", name: \"", c.ch(["Victoria DC", "Austin Returns", "Lincoln"]),
          "\", active: true, backorderable_default: false>\n#<Spree::Promotion id: ", str(c.ri(1, 500)), ", name: \"",
          c.ch(["Summer Sale", "Black Friday", "Welcome Back"]), "\", code: \"", c.v.hexid(6).upper(), "\">")


def oms_neg_csv(c):
    c.add("order_id,from_state,to_state,actor")
    for _ in range(c.ri(2, 4)):
        c.add("\n", c.v.ident(8), ",", c.ch(STATUSES), ",", c.ch(STATUSES), ",", c.ch(["svc-oms-sync", "SYSTEM", "hybris_admin"]))


# ====================================================================== 4. airline Type B / DCS

FLIGHTS = ["BA0117", "LH0400", "AF0011", "KL0643", "EK0029", "QF0001", "NH0211", "TK1980", "ET0500", "LA8070"]
AIRPORTS = ["LHR", "FRA", "CDG", "AMS", "DXB", "SYD", "HND", "IST", "ADD", "GRU", "JFK", "NRT", "LOS", "BOM"]


def typeb_pnl(c):
    fl, dep, arr = c.ch(FLIGHTS), c.ch(AIRPORTS), c.ch(AIRPORTS)
    day = c.v.ts("ddmon")
    c.add("QU HDQRM", fl[:2], "\n.", dep, "KK", fl[:2], " ", c.v.digits(6), "\n", c.ch(["PNL", "ADL"]), "\n", fl, "/", day,
          " ", dep, " PART1\n-", arr, f"{c.ri(1, 180):03d}", c.ch(["Y", "J", "C"]))
    for _ in range(c.ri(1, 3)):
        p = c.latin()
        c.add("\n1", N(c.nm(p, "pnr")), c.ch([c.title(p, "iata")] * 3 + [""]), " .L/", c.v.hexid(6).upper())
        if c.chance(0.4):
            c.add("\n.R/DOCS HK1/P/", c.ch(["GBR", "DEU", "NGA", "IND", "BRA"]), "/", c.v.hexid(9).upper(), "/",
                  c.ch(["GBR", "DEU"]), "/", f"{c.ri(1, 28):02d}{c.ch(MONTHS)}{c.ri(50, 99)}", "/", c.title(p, "sex"), "/",
                  f"{c.ri(1, 28):02d}{c.ch(MONTHS)}3{c.ri(0, 4)}", "/", N(c.nm(p, "pnr")))
        if c.chance(0.3):
            c.add("\n.R/CTCM HK1/", P(c.v.phone("np")))
    c.add("\nENDPART1")


def typeb_adl(c):
    fl = c.ch(FLIGHTS)
    c.add("ADL\n", fl, "/", c.v.ts("ddmon"), " ", c.ch(AIRPORTS), " PART1\n-", c.ch(AIRPORTS), c.ch(["Y", "J"]))
    for sec in c.r.sample(["ADD", "DEL", "CHG"], c.ri(1, 3)):
        p = c.latin()
        c.add("\n", sec, "\n1", N(c.nm(p, "pnr")), c.ch([c.title(p, "iata"), ""]), " .L/", c.v.hexid(6).upper())
    c.add("\nENDADL")


def typeb_bsm(c):
    p = c.latin()
    c.add("BSM\n.V/1L", c.ch(AIRPORTS), "\n.F/", c.ch(FLIGHTS), "/", c.v.ts("ddmon"), "/", c.ch(AIRPORTS), "/Y\n.N/0",
          c.v.ident(9), "001\n.S/Y/", str(c.ri(1, 60)), c.ch("ABCDEF"), "/C/", f"{c.ri(1, 300):03d}", "/N\n.W/K/1/",
          str(c.ri(8, 32)), "\n.P/1", N(c.nm(p, "pnr")), "\nENDBSM")


def typeb_dcs_log(c):
    p = c.latin()
    clk = c.v.clock("ms")
    parts = [clk(), " INFO  dcs.checkin - pax=", N(c.nm(p, "pnr")), " ", c.title(p, "iata"), " seat=",
             str(c.ri(1, 60)), c.ch("ABCDEF"), " bags=", str(c.ri(0, 3)), " apis=OK agent=", c.ch(["LHRCK12", "FRAKIOSK3", N(c.acct(c.person(), "flast").upper())])]
    if c.chance(0.5):
        parts += ["\n", clk(), " DEBUG dcs.ssr - SSR CTCM ", c.ch(FLIGHTS)[:2], " HK1/", P(c.v.phone("np"))]
    if c.chance(0.5):
        em = c.email(p).upper().replace("@", "//").replace("_", "..")
        parts += ["\n", clk(), " DEBUG dcs.ssr - SSR CTCE ", c.ch(FLIGHTS)[:2], " HK1/", E(em)]
    c.add(parts)


def typeb_gate(c):
    p, q = c.latin(), c.person()
    k = c.ri(0, 2)
    if k == 0:
        c.add("BRD ", c.v.ts("ddmon"), " ", c.ch(FLIGHTS), " seq ", f"{c.ri(1, 300):03d}", " ", N(c.nm(p, "pnr")), " ",
              c.title(p, "iata"), " boarded gate ", c.ch("ABCD"), str(c.ri(1, 60)), " scanner ", c.ch(["gbr-b32-2", "fra-z50-1"]))
    elif k == 1:
        c.add(c.v.ts("sql"), " gate-app: Pax ", N(c.nm(p, "full")), " offloaded (no-show); bag ", c.v.ident(10),
              " pulled by ramp agent ", N(c.nm(q, c.ch(["given", "full"]))))
    else:
        c.add(c.v.ts("sql"), " gate-app: Hinweis Gate ", c.ch("ABCD"), str(c.ri(1, 60)), ": Fluggast ", N(c.nm(p, "full")),
              " benötigt Rollstuhl (WCHR), Begleitung durch ", N(c.nm(q, "full")))


def typeb_neg_mvt(c):
    c.add("MVT\n", c.ch(FLIGHTS), "/", f"{c.ri(1, 28):02d}", ".", c.ch(["GBNYA", "DAIKM", "FGSQA", "A6EQA"]), ".",
          c.ch(AIRPORTS), "\nAD", c.v.ts("time")[:5].replace(":", ""), "/", c.v.ts("time")[:5].replace(":", ""),
          " EA", c.v.ts("time")[:5].replace(":", ""), " ", c.ch(AIRPORTS), "\nSI ", c.ch(["DLA 93 ATC", "NIL", "CREW LATE"]))


def typeb_neg_ldm(c):
    c.add("LDM\n", c.ch(FLIGHTS), "/", f"{c.ri(1, 28):02d}", ".", c.ch(["GBNYA", "DAIKM"]), ".J", str(c.ri(8, 40)), "Y",
          str(c.ri(100, 300)), ".2/", str(c.ri(4, 12)), "\n-", c.ch(AIRPORTS), ".", str(c.ri(50, 300)), "/",
          str(c.ri(0, 20)), "/", str(c.ri(0, 5)), ".T", str(c.ri(500, 4000)), ".1/", str(c.ri(100, 900)), "\nSI ",
          c.ch(["NIL", "AVI IN HOLD 1", "WCHR 3"]))


def typeb_neg_pnl(c):
    c.add("PNL\n", c.ch(FLIGHTS), "/", c.v.ts("ddmon"), " ", c.ch(AIRPORTS), " PART1\n-", c.ch(AIRPORTS), "000",
          c.ch(["Y", "J"]), "\nNIL\nENDPNL")


def typeb_neg_dcs(c):
    c.add(c.v.ts("ms"), " INFO  dcs.flight - ", c.ch(FLIGHTS), " ", c.ch(["OPENED", "CLOSED", "GATE CHANGE", "FINALISED"]),
          " by ", c.ch(["dcs_batch", "LHRCK12", "SYSTEM"]), " booked=", str(c.ri(100, 300)), " checked=", str(c.ri(50, 300)),
          " gate=", c.ch("ABCD"), str(c.ri(1, 60)), " note=\"", c.ch(UI_STRINGS), "\"")


# ====================================================================== 5. car rental (OTA XML, RA exports, counter)

def car_ota_rs(c):
    p = c.person()
    lines = ['<OTA_VehResRS xmlns="http://www.opentravel.org/OTA/2003/05" Version="2.001">', "  <Success/>",
             "  <VehResRSCore>", "    <VehReservation>", "      <Customer>", "        <Primary>",
             ["          <PersonName><NamePrefix>", c.ch([c.title(p), "Dr"]), "</NamePrefix><GivenName>", N(xesc(p.given)),
              "</GivenName><Surname>", N(xesc(p.family)), "</Surname></PersonName>"],
             ['          <Telephone PhoneTechType="1" PhoneNumber="', P(c.v.phone()), '"/>'],
             ["          <Email>", E(c.email(p)), "</Email>"], "        </Primary>", "      </Customer>",
             ['      <VehSegmentCore><ConfID Type="14" ID="', c.v.hexid(10).upper(), '"/><Vehicle Code="',
              c.ch(["ECMR", "CDAR", "FCAR", "SFAR"]), '"><VehMakeModel Name="', c.ch(["Renault Zoe", "Kia Soul", "VW Golf"]),
              '"/></Vehicle></VehSegmentCore>'], "    </VehReservation>", "  </VehResRSCore>", "</OTA_VehResRS>"]
    items = []
    for i, ln in enumerate(lines):
        items += (["\n"] if i else []) + [ln]
    c.add(XML(items))


def car_ota_rq(c):
    p = c.person()
    x = XML(['<OTA_VehResRQ Version="1.0"><VehResRQCore><Customer><Primary><PersonName><GivenName>', N(xesc(p.given)),
             "</GivenName><Surname>", N(xesc(p.family)), '</Surname></PersonName><Email>', E(c.email(p)),
             "</Email></Primary>", ["<Additional><PersonName><GivenName>", N(xesc(c.person().given)),
                                     "</GivenName></PersonName></Additional>"] if c.chance(0.3) else "",
             "</Customer></VehResRQCore></OTA_VehResRQ>"])
    c.add(c.v.ts("ms"), " DEBUG [ota-in-", str(c.ri(1, 6)), "] broker=", c.ch(["gds-amadeus", "web-b2c", "partner-42"]),
          " request=", x)


def car_ra_pipe(c):
    p, q = c.latin(), c.latin()
    c.add("RA|", c.v.ident(7), "|", c.ch(["OPEN", "CLOSED", "RETURNED"]), "|", c.ch(AIRPORTS), "|", c.v.ts("isos"),
          "|DRV1=", N(c.nm(p, "LF")), ["|DRV2=", N(c.nm(q, "LF"))] if c.chance(0.4) else "", "|LIC=", c.v.hexid(8).upper(),
          "|CC=", CC(c.v.card()), "|TEL=", P(c.v.phone()), "|")


def car_counter(c):
    p, ag = c.person(), c.latin()
    c.add("[counter ", c.ch(AIRPORTS), "-0", str(c.ri(1, 9)), "] ", c.v.ts("sql"), " agent ", N(c.acct(ag)),
          ": upgraded RA ", c.v.ident(7), " for ", N(c.nm(p, "full")), " to ", c.ch(["FCAR", "PDAR", "IFAR"]),
          [", additional driver \"", N(c.nm(c.person(), "full")), "\" added"] if c.chance(0.5) else "",
          [" (approved by ", N(c.nm(c.latin(), "initial")), ")"] if c.chance(0.4) else "")


def car_damage_json(c):
    p, ag = c.person(), c.latin()
    doc = {"vin": "WVWZZZ" + c.v.hexid(11).upper(), "ra": c.v.ident(7), "return_agent": N(c.acct(ag)),
           "customer": {"first": N(p.given), "last": N(p.family)},
           "notes": Mix(["Customer (", c.title(p), " ", N(p.family), ") disputes scratch on rear bumper"]),
           "photos": c.ri(1, 12)}
    c.add(J(doc, indent=c.ch([None, 2]), compact=c.chance(0.5)))
    c.b.whole_json = True


def car_fine(c):
    p = c.latin()
    k = c.ri(0, 2)
    if k == 0:
        c.add(c.v.ts("ms"), " INFO  fines - Bußgeldbescheid ", c.v.ident(9), " an Mieter ", N(c.nm(p, "full")),
              " (RA ", c.v.ident(7), ", ", E(c.email(p)), ") weitergeleitet")
    elif k == 1:
        c.add(c.v.ts("ms"), " INFO  fines - Avis de contravention ", c.v.ident(9), " transmis au locataire ",
              N(c.nm(p, "FULL")), " tél. ", P(c.v.phone("nat", "33")))
    else:
        c.add(c.v.ts("ms"), " INFO  fines - PCN ", c.v.ident(9), " assigned to renter ", N(c.nm(p, "lf")), " admin fee charged to card ",
              CC(c.v.card("space")))


def car_neg_avail(c):
    models = c.r.sample(["Renault Zoe", "Kia Soul", "Nissan Leaf", "Fiat Panda", "Ford Mustang", "Mercedes-Benz A-Class"], 2)
    items = ['<OTA_VehAvailRateRS Version="2.001"><VehAvailRSCore><VehVendorAvails><VehVendorAvail><Vendor>',
             c.ch(["Hertz", "Sixt", "Avis"]), "</Vendor><VehAvails>"]
    for m in models:
        items += ['<VehAvail><Vehicle Code="', c.ch(["ECMR", "CDAR"]), '"><VehMakeModel Name="', m,
                  '"/></Vehicle><TotalCharge Amount="', str(c.ri(20, 300)), '.00"/></VehAvail>']
    items += ["</VehAvails></VehVendorAvail></VehVendorAvails></VehAvailRSCore></OTA_VehAvailRateRS>"]
    c.add(XML(items))


def car_neg_transfer(c):
    c.add("XFER|", c.v.ident(6), "|", c.ch(AIRPORTS), "->", c.ch(AIRPORTS), "|", c.ch(["Renault Zoe", "Kia Soul", "VW Golf"]),
          "|", c.ch(STATUSES), "|by=", c.ch(["fleet_batch", "SYSTEM", "RFADMIN"]), "|")


def car_neg_branch(c):
    c.add("[branch ", c.ch(["Victoria Station", "Florence SMN", "Madison Ave", "Santiago Centro"]), "] ", c.v.ts("sql"),
          " ", c.ch(["opened", "closed", "shuttle delayed"]), ", ", str(c.ri(0, 80)), " vehicles on rent, ", str(c.ri(0, 40)),
          " ready; ", c.ch(UI_STRINGS))


def car_neg_telematics(c):
    doc = {"vin": "WVWZZZ" + c.v.hexid(11).upper(), "event": c.ch(["ignition_off", "low_fuel", "geofence_exit"]),
           "odometer_km": c.ri(100, 90000), "model": c.ch(["Renault Zoe", "Kia Soul", "Nissan Leaf"]),
           "branch": c.ch(PLACES[:16])}
    c.add(J(doc, compact=True))
    c.b.whole_json = True


# ====================================================================== 6. event ticketing and venue access

EVENTS = ["Summer Lights Festival", "The Midnight Owls - Live", "Harbour Jazz Nights", "City Derby", "Opera Gala: Tosca",
          "Royal Albert Hall Proms", "Madison Square Showcase", "Victoria Park Weekender"]


def tix_scan(c):
    p = c.person()
    c.add(c.v.ts("isos"), " gate=", c.ch(["N4", "S1", "VIP2", "E7"]), " lane=", str(c.ri(1, 8)), " device=hhs-",
          str(c.ri(100, 199)), " scan=ACCEPTED barcode=", c.v.hexid(16).upper(), " holder=\"", N(c.nm(p, c.ch(["full", "FULL", "lf"]))),
          "\" section=", str(c.ri(100, 330)), " row=", c.ch("ABCDEFGH"), " seat=", str(c.ri(1, 40)))


def tix_transfer(c):
    a, b = c.person(), c.person()
    doc = {"type": "ticket.transfer.completed", "event": c.ch(EVENTS), "tickets": c.ri(1, 4),
           "from": {"name": N(c.nm(a, "full")), "email": E(c.email(a))},
           "to": {"name": N(c.nm(b, "full")), "email": E(c.email(b))},
           "message": Mix(c.ch([["Enjoy the show ", N(b.given), "!"], ["Sorry I can't make it - ", N(a.given)], ["see you there"]]))}
    c.add(J(doc, indent=c.ch([None, 2]), ea=c.chance(0.3)))
    c.b.whole_json = True


def tix_willcall(c):
    c.add("ORDER,LAST,FIRST,QTY,SECTION,PICKUP_ID,PHONE")
    for _ in range(c.ri(1, 4)):
        p = c.latin()
        c.add("\n", c.v.ident(8), ",", N(c.nm(p, "family").upper()), ",", N(p.given.upper()), ",", str(c.ri(1, 6)), ",",
              str(c.ri(100, 330)), ",", c.v.hexid(6).upper(), ",", P(c.v.phone(c.ch(["nat", "e164"]))))


def tix_resale(c):
    s = c.person()
    c.add(c.v.ts("ms"), " WARN  resale-guard - listing ", c.v.ident(6), " flagged: seller ", N(c.acct(s)), " listed ",
          str(c.ri(6, 20)), " tickets for \"", c.ch(EVENTS), "\"; buyer ip ", IP(c.v.ip(0.2)),
          c.ch([[" card ", CC(c.v.card())], [" email ", E(c.email(c.person()))]]))


def tix_boxoffice(c):
    p = c.latin()
    c.add("BOXOFFICE|T0", str(c.ri(1, 9)), "|SALE|", str(c.ri(1, 4)), " x GA|PAID ", c.ch(["VISA", "MC", "AMEX"]), " ",
          CC(c.v.card(c.ch(["plain", "space"]))), "|NAME: ", N(c.nm(p, "pnr")), "|CLERK: ", N(c.acct(c.latin(), "firstl").upper()))


def tix_access(c):
    p, q = c.person(), c.person()
    k = c.ri(0, 2)
    if k == 0:
        c.add("[", c.v.ts("sql"), "] access-req: Bitte Rollstuhlplatz für ", "Frau" if c.title(p, "de") == "Frau" else "Herrn", " ", N(p.family), " reservieren, Begleitperson ",
              N(c.nm(q, "full")), ", Rückruf unter ", P(c.v.phone("nat", "49")))
    elif k == 1:
        c.add("[", c.v.ts("sql"), "] access-req: ", N(c.nm(p, "full")), " needs step-free access; companion ticket issued to ",
              N(c.nm(q, "given")), " by ", N(c.acct(c.person())))
    else:
        c.add("[", c.v.ts("sql"), "] access-req: Demande PMR pour ", N(c.nm(p, "full")), ", contact ", E(c.email(p)))


def tix_neg_reject(c):
    c.add(c.v.ts("isos"), " gate=", c.ch(["N4", "S1", "VIP2"]), " lane=", str(c.ri(1, 8)), " device=hhs-", str(c.ri(100, 199)),
          " scan=", c.ch(["DUPLICATE", "WRONG_GATE", "VOID", "NOT_YET_VALID"]), " barcode=", c.v.hexid(16).upper(),
          " event=\"", c.ch(EVENTS), "\"")


def tix_neg_seatmap(c):
    doc = {"type": "seatmap.published", "venue": c.ch(["Royal Albert Hall", "Madison Square Arena", "Victoria Park",
                                                      "Estadio Santiago Bernabéu", "Stade Pierre-Mauroy"]),
           "event": c.ch(EVENTS), "sections": c.ri(10, 90), "by": c.ch(["svc_ticketing", "SYSTEM"]), "status": c.ch(STATUSES)}
    c.add(J(doc, indent=c.ch([None, 2])))
    c.b.whole_json = True


def tix_neg_hold(c):
    c.add(c.v.ts("ms"), " INFO  inventory - hold ", c.v.hexid(8), " released: ", str(c.ri(1, 400)), " seats in section ",
          str(c.ri(100, 330)), " (", c.ch(["Promoter Hold", "Artist Guest List", "Production Kill", "ADA Reserve"]), ")")


def tix_neg_csv(c):
    c.add("ORDER,LAST,FIRST,QTY,SECTION,PICKUP_ID,PHONE\n", c.v.ident(8), ",", c.ch(["HOUSE", "COMP", "PROMOTER"]), ",",
          c.ch(["SEATS", "HOLD", "ALLOCATION"]), ",", str(c.ri(1, 20)), ",", str(c.ri(100, 330)), ",", c.v.hexid(6).upper(), ",")


FAMILIES = [
    ("smsc_smpp_gateway", [smsc_kannel_access, smsc_pdu_dump, smsc_dlr, smsc_firewall_json, smsc_http_sendsms, smsc_mo_keyword],
     [smsc_neg_access, smsc_neg_bind, smsc_neg_status, smsc_neg_fw]),
    ("ride_food_dispatch", [ride_logfmt, ride_food_json, ride_kotlin, ride_support, ride_receipt, ride_heartbeat],
     [ride_neg_surge, ride_neg_menu, ride_neg_kotlin, ride_neg_batch]),
    ("commerce_oms_impex", [oms_impex_customer, oms_impex_address, oms_spree_inspect, oms_java, oms_gift_csv, oms_fraud,
                            oms_bnpl],
     [oms_neg_impex_product, oms_neg_java, oms_neg_spree, oms_neg_csv]),
    ("airline_typeb_dcs", [typeb_pnl, typeb_adl, typeb_bsm, typeb_dcs_log, typeb_gate],
     [typeb_neg_mvt, typeb_neg_ldm, typeb_neg_pnl, typeb_neg_dcs]),
    ("car_rental_ota", [car_ota_rs, car_ota_rq, car_ra_pipe, car_counter, car_damage_json, car_fine],
     [car_neg_avail, car_neg_transfer, car_neg_branch, car_neg_telematics]),
    ("event_ticketing_access", [tix_scan, tix_transfer, tix_willcall, tix_resale, tix_boxoffice, tix_access],
     [tix_neg_reject, tix_neg_seatmap, tix_neg_hold, tix_neg_csv]),
]
