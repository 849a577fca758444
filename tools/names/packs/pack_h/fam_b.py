"""Families 7-12: MLS/real-estate CRM, coworking and visitors, golf/marina clubs, museums and venues,
weddings and events, vacation rentals."""

from core import (
    C,
    E,
    I,
    N,
    P,
    S,
    card,
    common_neg,
    date,
    fold,
    hexid,
    hhmm,
    ip,
    jdoc,
    money,
    num,
    phone,
    ref,
    relative,
    slug,
    ssn,
    ts_iso,
    ts_log,
    ts_syslog,
    xdoc,
)
from core import draw_person as person

SVC = ["mls-sync", "lead-router", "svc_import", "facilities-bot", "reception-kiosk", "SYSTEM", "night-audit",
       "channel-manager", "ical-sync", "integration-user"]

# ------------------------------------------------------------------ 7. MLS / RESO / real-estate CRM
OFFICES = ["Harbor Realty Group", "Keller & Sons Realty", "Lindqvist Fastigheter AB", "Coastal Homes Brokerage",
           "Imobiliária Albuquerque Ltda"]
STREETS = ["Elizabeth St", "King George Blvd", "Madison Ave", "Victoria Rd", "Lincoln Way", "Florence Ct"]
CITIES = ["Madison", "Savannah", "Charlotte", "Austin", "Victoria", "Augusta", "Florence"]


def mls_pos(r):
    k = r.randrange(6)
    if k == 0:
        la, ba = person(r), person(r)
        item = {"ListingKey": hexid(r, 12), "ListingId": f"MLS{num(r, 8)}", "StandardStatus": "Pending",
                "ListPrice": r.randint(150, 2500) * 1000, "City": r.choice(CITIES),
                "UnparsedAddress": f"{r.randint(10, 9999)} {r.choice(STREETS)}",
                "ListAgentFullName": N(la.full()), "ListAgentEmail": E(la.email(r)),
                "ListAgentDirectPhone": P(phone(r, "US")), "ListOfficeName": r.choice(OFFICES),
                "BuyerAgentFullName": N(ba.full()), "ModificationTimestamp": ts_iso(r)}
        doc = {"@odata.context": "https://api.mls.example/reso/odata/$metadata#Property", "value": [item]}
        return jdoc(doc, indent=r.choice([2, 4]), ascii_=r.random() < 0.2)
    if k == 1:
        cols = ["ListingID", "ListAgentName", "ListAgentPhone", "City", "ListPrice", "Status"]
        out: list = ["<RETS ReplyCode=\"0\" ReplyText=\"Operation Successful\">\n<DELIMITER value=\"09\"/>\n<COLUMNS>\t"
                     + "\t".join(cols) + "\t</COLUMNS>"]
        for _ in range(r.randint(1, 3)):
            a = person(r, native_rate=0)
            nm = N(a.last_first()) if r.random() < 0.5 else N(a.full())
            out += [f"\n<DATA>\t{num(r, 8)}\t", nm, "\t", P(phone(r, "US", "nat")),
                    f"\t{r.choice(CITIES)}\t{r.randint(150, 900)}000\t{r.choice(['A', 'P', 'S'])}\t</DATA>"]
        out.append(f"\n<COUNT Records=\"{r.randint(1, 400)}\"/>\n</RETS>")
        return xdoc(out)
    if k == 2:
        p, ag = person(r), person(r)
        return [f"{ts_log(r)} INFO lead-router - new inquiry portal=homes-portal lead=\"", N(p.full()), "\" <",
                E(p.email(r)), "> phone=", P(phone(r, "US")), f" listing=MLS{num(r, 8)} routed_to=", N(ag.acct(r)),
                " (round-robin) client_ip=", I(ip(r))]
    if k == 3:
        ag, c1 = person(r), person(r, native_rate=0)
        c2 = relative(r, c1)
        return [f"Showing SHW-{num(r, 6)} {r.randint(10, 9999)} {r.choice(STREETS)} confirmed {date(r, 'us')} "
                f"{hhmm(r)}: buyer agent ", N(ag.full()), " (", P(phone(r, "US")), ") with clients ",
                N(c1.given), " and ", N(c2.full())]
    if k == 4:
        ag, c = person(r), person(r)
        sp = person(r, native_rate=0)
        return [f"crm.note contact={num(r, 7)} author=", N(ag.acct(r)), " text=\"Spoke with ", N(c.g()),
                ", wants 3bd under 600k near good schools; spouse ", N(sp.given),
                " prefers a short commute. Call back Thursday.\""]
    ag = person(r)
    return [f"Imóvel {ref(r, 6)} atualizado: captador ", N(ag.full()), f" (CRECI {num(r, 5)}-F), contato ",
            P(phone(r, "BR")), ", status Disponível → Reservado, perfil /corretores/", N(slug(ag))]


def mls_neg(r):
    if r.random() < 0.3:
        return common_neg(r, "mls-sync", "reso-gw")
    k = r.randrange(5)
    if k == 0:
        item = {"ListingKey": hexid(r, 12), "ListingId": f"MLS{num(r, 8)}", "StandardStatus": "Active",
                "City": r.choice(CITIES), "SubdivisionName": f"The Preserve at {r.choice(CITIES)}",
                "UnparsedAddress": f"{r.randint(10, 9999)} {r.choice(STREETS)}", "ListOfficeName": r.choice(OFFICES),
                "ListAgentFullName": None, "ModificationTimestamp": ts_iso(r)}
        return jdoc({"@odata.context": "https://api.mls.example/reso/odata/$metadata#Property", "value": [item]},
                    indent=2)
    if k == 1:
        return xdoc(["<RETS ReplyCode=\"20201\" ReplyText=\"No Records Found\">\n<COUNT Records=\"0\"/>\n</RETS>"])
    if k == 2:
        return [f"{ts_log(r)} INFO lead-router - dropped inquiry portal=homes-portal reason=duplicate "
                f"listing=MLS{num(r, 8)} office=\"{r.choice(OFFICES)}\""]
    if k == 3:
        return [f"Showing SHW-{num(r, 6)} {r.randint(10, 9999)} {r.choice(STREETS)}, {r.choice(CITIES)}: "
                "cancelled by listing office (Lockbox Offline)"]
    return [f"Imóvel {ref(r, 6)} atualizado por {r.choice(SVC)}: status Disponível → Vendido, "
            f"bairro Vila Madalena, {r.randint(40, 300)} m²"]


# ------------------------------------------------------------------ 8. coworking and visitor management
ROOMS = ["Curie", "Hopper", "Tesla", "Lovelace Loft", "Atlas", "Meridian", "Da Vinci"]
SITES = ["Level 4 - Market St", "Canal Building", "Docklands Hub", "Rue de Rivoli 3e"]


def cowork_pos(r):
    k = r.randrange(6)
    if k == 0:
        v, h = person(r), person(r)
        obj = {"event": "entry_sign_in", "entry": {
            "id": num(r, 9), "full_name": N(v.full()), "email": E(v.email(r)), "location": r.choice(SITES),
            "host": {"name": N(h.full()), "email": E(h.email(r, "corp.example"))},
            "fields": {"Purpose": r.choice(["Interview", "Meeting", "Delivery", "Contractor"]),
                       "Company": r.choice(["Northwind Traders", "Contoso", "Fabrikam"])},
            "signed_in_at": ts_iso(r)}}
        return jdoc(obj, indent=r.choice([None, 2]), ascii_=r.random() < 0.3)
    if k == 1:
        v, h = person(r), person(r)
        return [f"{ts_iso(r)} notify INFO slack.dm to=@", N(h.acct(r)), " text=\"", N(v.full()),
                f" is here to see you at Reception ({r.choice(SITES)})\" ok=true"]
    if k == 2:
        v, h = person(r), person(r)
        return [f"badge-print job={num(r, 6)} printer=REC-QL820 template=visitor_v3 fields={{name:\"", N(v.full()),
                "\", host:\"", N(h.initial()), f"\", expires:\"{hhmm(r)}\"}} status=printed"]
    if k == 3:
        out = ["date | desk | member | login | status | client"]
        for _ in range(r.randint(1, 3)):
            m = person(r)
            realm = r.choice(["", "", "@HUB.EXAMPLE.NET"])
            out += [f"\n{date(r)} | HD-{r.randint(1, 6)}-{r.randint(1, 40):02d} | ", N(m.full()), " | ",
                    N(m.acct(r)), realm, f" | checked-in {hhmm(r)} | app {r.randint(2, 4)}.{r.randint(0, 9)}.{r.randint(0, 9)}"]
        return out
    if k == 4:
        g = person(r)
        return [f"{ts_syslog(r)} captive-portal[{r.randint(100, 9999)}]: guest registered name=\"", N(g.full()),
                "\" email=", E(g.email(r)), f" mac={hexid(r, 2)}:{hexid(r, 2)}:{hexid(r, 2)}:{hexid(r, 2)}:"
                f"{hexid(r, 2)}:{hexid(r, 2)} ip=", I(ip(r)), " ssid=Members-5G"]
    m = person(r)
    if r.random() < 0.5:
        return [f"Salle {r.choice(ROOMS)} réservée par ", N(m.full()), f" le {date(r, 'eu')} de {hhmm(r)} à "
                f"{hhmm(r)} (badge {num(r, 6)})"]
    return [f"Raum {r.choice(ROOMS)} gebucht von ", N(m.full()), f" am {date(r, 'de')}, {hhmm(r)} Uhr, "
            "Rückfragen an ", E(m.email(r))]


def cowork_neg(r):
    if r.random() < 0.3:
        return common_neg(r, "visitor-mgmt", "hub-api")
    k = r.randrange(5)
    if k == 0:
        obj = {"event": "location_capacity", "location": r.choice(SITES), "occupancy": r.randint(0, 400),
               "limit": 450, "source": "door-sensors"}
        return jdoc(obj, indent=r.choice([None, 2]))
    if k == 1:
        return [f"{ts_iso(r)} notify INFO slack.dm to=#front-desk text=\"Delivery for {r.choice(ROOMS)} room "
                "waiting at Reception\" ok=true"]
    if k == 2:
        return [f"badge-print job={num(r, 6)} printer=REC-QL820 template=visitor_v3 status=error "
                "reason=\"Paper Out\" operator=reception-kiosk"]
    if k == 3:
        return [f"date | desk | member | login | status | client\n{date(r)} | HD-{r.randint(1, 6)}-"
                f"{r.randint(1, 40):02d} | (hot desk pool) | facilities-bot | released 12:00 | scheduler"]
    return [f"Salle {r.choice(ROOMS)} : écran hors service, ticket {num(r, 5)} ouvert par facilities-bot"]


# ------------------------------------------------------------------ 9. golf / marina / club membership
VESSELS = ["SEA BREEZE", "MISS LUCY", "LADY ANNE II", "WINDSONG", "QUEEN OF HEARTS", "OLD SALT"]
OUTLETS = ["Grill Room", "Pro Shop", "19th Hole Bar", "Fuel Dock", "Halfway House"]


def club_pos(r):
    k = r.randrange(7)
    if k == 0:
        out: list = [f"TEE SHEET {date(r, 'us')}  COURSE: NORTH  INTERVAL 8 MIN\n"]
        t = f"{r.randint(6, 15):02d}:{r.choice(['00', '08', '16', '24', '32'])}"
        for i in range(r.randint(2, 4)):
            m = person(r, native_rate=0)
            nm = m.last_first().upper()
            out += [f"{t}  HOLE 1  MBR {num(r, 5)}  " if i == 0 else f"{'':15}MBR {num(r, 5)}  ", N(nm),
                    " " * max(1, 28 - len(nm)), f"HCP {r.randint(0, 36)}.{r.randint(0, 9)}  CART {r.randint(1, 60)}\n"]
        out[-1] = out[-1].rstrip("\n")
        return out
    if k == 1:
        out = ["member_no,member_name,outlet,amount,date"]
        for _ in range(r.randint(1, 3)):
            m = person(r, native_rate=0)
            out += [f"\n\"{num(r, 5)}\",\"", N(m.last_first()), f"\",\"{r.choice(OUTLETS)}\",{money(r)},{date(r)}"]
        return out
    if k == 2:
        o = person(r)
        return [f"marina: slip {r.choice('ABCD')}-{r.randint(1, 60)} assigned to vessel \"{r.choice(VESSELS)}\" "
                "(owner: ", N(o.full()), f", reg FL-{num(r, 4)}-{ref(r, 2)}, tel ", P(phone(r)), ")"]
    if k == 3:
        m = person(r)
        return [f"ghin-sync: posted score {r.randint(68, 110)} for ", N(m.full()), f" (GHIN {num(r, 7)}) course "
                f"\"Pine Valley North\" tees=White diff={r.randint(0, 30)}.{r.randint(0, 9)}"]
    if k == 4:
        m, g = person(r), person(r)
        return [f"{ts_log(r)} INFO GuestRegister - guest ", N(g.full()), " sponsored by member ", N(m.last_first()),
                f" (#{num(r, 5)}), green fee {money(r, 40, 150)} charged to card ", C(card(r))]
    if r.random() < 0.5:
        m = person(r)
        sp = relative(r, m)
        obj = {"application": f"MA-{num(r, 5)}", "category": r.choice(["Full Golf", "Social", "Marina"]),
               "applicant": {"name": N(m.full()), "ssn": S(ssn(r, r.choice(["dash", "bare"]))),
                             "email": E(m.email(r)), "mobile": P(phone(r))},
               "spouse": {"name": N(sp.full())}, "sponsor_member": num(r, 5), "credit_check": "requested"}
        return [f"{ts_iso(r)} membership-portal submit ", jdoc(obj, indent=r.choice([None, 2]))]
    m = person(r)
    return ["From: Accounts <", E("accounts@club.example"), ">\nTo: \"", N(m.full()), "\" <", E(m.email(r)),
            ">\nSubject: Statement overdue – member ", num(r, 5), "\n\nDear ",
            *([m.title(r), N(m.f())] if r.random() < 0.4 else [N(m.full())]), f",\nyour balance of {money(r, 100, 900)} is 30 days overdue."]


def club_neg(r):
    if r.random() < 0.3:
        return common_neg(r, "club-suite", "club-app")
    k = r.randrange(5)
    if k == 0:
        t = f"{r.randint(6, 15):02d}:{r.choice(['00', '08', '16'])}"
        return [f"TEE SHEET {date(r, 'us')}  COURSE: NORTH  INTERVAL 8 MIN\n{t}  HOLE 1  "
                + r.choice(["BLOCKED - MAINTENANCE", "SHOTGUN START - MEMBER-GUEST", "JUNIOR CLINIC"])]
    if k == 1:
        return [f"member_no,member_name,outlet,amount,date\n\"HOUSE\",\"House Account\",\"{r.choice(OUTLETS)}\","
                f"{money(r)},{date(r)}"]
    if k == 2:
        return [f"marina: slip {r.choice('ABCD')}-{r.randint(1, 60)} vessel \"{r.choice(VESSELS)}\" shore power "
                f"fault ({r.randint(20, 50)}A breaker), dockmaster notified"]
    if k == 3:
        return [f"ghin-sync: batch {hexid(r, 6)} posted {r.randint(10, 300)} scores, {r.randint(0, 5)} rejected "
                "(course rating missing for \"Pine Valley North\")"]
    return [f"{ts_log(r)} INFO GuestRegister - daily guest limit reached for {r.choice(OUTLETS)} "
            f"({r.randint(20, 80)}/{r.randint(80, 90)})"]


# ------------------------------------------------------------------ 10. museum and venue ticketing
HALLS = ["Hall of Minerals", "Rose Garden Pavilion", "Victoria Gallery", "Turbine Hall", "Gallery 12",
         "Sackler Wing", "Planetarium Dome"]


def museum_pos(r):
    k = r.randrange(6)
    if k == 0:
        m = person(r, native_rate=0)
        return [f"ADM|{ts_iso(r, z=False, ms=False)}|GATE-{r.choice('NSEW')}|TKT-{ref(r, 8)}|MEMBER|", N(m.slash()),
                f"|{r.choice(['Dual', 'Individual', 'Family Plus'])}|valid"]
    if k == 1:
        a = person(r, native_rate=0)
        b = relative(r, a)
        t, t2 = a.title(r), b.title(r)
        return [f"Constituent {num(r, 6)} updated by ", N(a.acct(r)) if r.random() < 0.3 else "tessitura-api",
                f": display_name \"{t}", N(a.full()), f"\" -> \"{t}", N(a.full()), f" and {t2}", N(b.full()), "\""]
    if k == 2:
        a, b = person(r), person(r)
        return ["From: \"", N(a.full()), "\" <", E(a.email(r)), ">\nSubject: School group visit "
                f"{date(r, 'eu')}\n\nWe will be {r.randint(15, 40)} pupils plus staff; lead teacher on the day is ",
                N(b.full()), ", mobile ", P(phone(r, "GB")), "."]
    if k == 3:
        p = person(r)
        return [f"AG-RENT device=AG-{num(r, 4)} lang={r.choice(['en', 'fr', 'ko', 'zh'])} deposit=ID held "
                "(driving licence, holder ", N(p.upper()) if not p.use_native else N(p.full()), ") returned=no"]
    if k == 4:
        a, b = person(r), person(r)
        return [f"gift.recorded id={num(r, 7)} amount={r.randint(25, 5000)}.00 fund=\"Acquisitions\" "
                "tribute=\"in honour of ", N(a.full()), "\" donor=", N(b.last_first()), " donor_ip=", I(ip(r))]
    p = person(r, native_rate=0.5)
    if p.native and r.random() < 0.5:
        return [f"visitor_feedback lang=multi rating={r.randint(1, 5)} text=\"", N(p.full()),
                " — 展示很精彩 / great exhibition\" email=", E(p.email(r))]
    return [f"Comentario de visitante ({r.randint(1, 5)}/5): \"Muy buena visita guiada con ", N(p.g()),
            "\" — firmado ", N(p.full())]


def museum_neg(r):
    if r.random() < 0.3:
        return common_neg(r, "ticketing", "tix-web")
    k = r.randrange(5)
    if k == 0:
        return [f"ADM|{ts_iso(r, z=False, ms=False)}|GATE-{r.choice('NSEW')}|TKT-{ref(r, 8)}|GENERAL|-|"
                f"{r.choice(['Adult', 'Child', 'Concession'])}|valid"]
    if k == 1:
        return [f"Timed slot {hhmm(r)} for {r.choice(HALLS)} sold out ({r.randint(50, 400)}/{r.randint(400, 450)}), "
                "waitlist opened by tessitura-api"]
    if k == 2:
        return [f"AG-RENT device=AG-{num(r, 4)} lang=en battery={r.randint(5, 99)}% status=Returned dock=Gallery 12"]
    if k == 3:
        return [f"gift.recorded id={num(r, 7)} amount={r.randint(25, 5000)}.00 fund=\"Annual Fund\" "
                "donor=\"Anonymous\" source=kiosk"]
    return [f"Exposición \"{r.choice(HALLS)}\" cerrada por montaje hasta el {date(r, 'eu')}"]


# ------------------------------------------------------------------ 11. wedding and event planning
VENDORS = ["Bella Rosa Florals", "Harmony Strings Quartet", "The Grace Chapel", "Moreau Traiteur SARL",
           "Lindqvist Sound & Light"]


def wed_pos(r):
    k = r.randrange(6)
    if k == 0:
        g = person(r)
        plus = person(r)
        obj = {"form": "rsvp", "submitted_at": ts_iso(r), "guest": N(g.full()), "attending": True,
               "plus_one": N(plus.full()), "meal": r.choice(["vegetarian", "fish", "beef", "vegan"]),
               "email": E(g.email(r)), "song_request": r.choice(["September", "Dancing Queen", "Valerie"]),
               "client_ip": I(ip(r))}
        return jdoc(obj, indent=r.choice([None, 2]), ascii_=r.random() < 0.3)
    if k == 1:
        out = ["table,seat,guest,dietary"]
        for i in range(r.randint(2, 4)):
            g = person(r)
            out += [f"\n{r.randint(1, 20)},{i + 1},\"", N(g.last_first()) if r.random() < 0.5 else N(g.full()),
                    f"\",{r.choice(['', 'gluten-free', 'halal', 'nut allergy'])}"]
        return out
    if k == 2:
        a, b = person(r), person(r)
        return ["From: ", N(a.full()), " <", E(a.email(r)), ">\nTo: ", E("bookings@venue.example"), "\nSubject: Wedding "
                f"{date(r, 'eu')} – ", N(a.g()), " & ", N(b.g()), "\n\nHi! We'd love to view the barn. My fiancé(e) ",
                N(b.full()), " can be reached on ", P(phone(r)), "."]
    if k == 3:
        a, b = person(r), person(r)
        return [f"task #{num(r, 5)} \"Confirm florist ({VENDORS[0]})\" reassigned ", N(a.acct(r)), " -> ",
                N(b.acct(r)), f" due {date(r)}"]
    if k == 4:
        g, c1 = person(r, native_rate=0), person(r, native_rate=0)
        c2 = person(r, native_rate=0)
        return ["registry: ", N(g.full()), " purchased \"KitchenAid Stand Mixer\" for the ", N(c1.family), "–",
                N(c2.family), " wedding; gift note: \"Love, ", N(g.given), "\""]
    out = ["guest_list.csv (merged):"]
    for _ in range(r.randint(2, 3)):
        g = person(r, native_rate=0.7)
        out += ["\n", N(g.full()), ",", P(phone(r, r.choice(["IN", "AE", "GB", "US"]))), ",",
                r.choice(["bride", "groom"]), "'s side"]
    return out


def wed_neg(r):
    if r.random() < 0.3:
        return common_neg(r, "planner", "plan-api")
    k = r.randrange(5)
    if k == 0:
        obj = {"form": "rsvp", "submitted_at": ts_iso(r), "guest": None, "attending": False,
               "error": "invitation code not found", "code": ref(r, 6)}
        return jdoc(obj, indent=r.choice([None, 2]))
    if k == 1:
        return ["table,seat,guest,dietary\n" + "\n".join(f"{r.randint(1, 20)},{i + 1},\"(reserved)\","
                                                     for i in range(r.randint(2, 4)))]
    if k == 2:
        return [f"timeline {date(r)}: {hhmm(r)} ceremony at The Grace Chapel, {hhmm(r)} cocktails (Harmony Strings "
                f"Quartet), {hhmm(r)} dinner by {r.choice(VENDORS)}"]
    if k == 3:
        return [f"task #{num(r, 5)} \"Order Rose Gold Package linens\" reassigned scheduler -> integration-user "
                f"due {date(r)}"]
    return [f"registry: item \"KitchenAid Stand Mixer\" out of stock at retailer, {r.randint(1, 9)} registries "
            "notified"]


# ------------------------------------------------------------------ 12. vacation rental operations
PROPS = ["Casa Lucia", "Villa Sofia", "Chalet Heidi", "The Lighthouse Cottage", "Apartamento Marina 3B"]


STATI = ["100000100", "100000215", "100000216", "100000219", "100000233", "100000536", "100000404"]


def _states(r):
    """Birth state + citizenship codes: 18 adjacent digits, drawn so that they never look like a card."""
    from core import luhn_ok
    while True:
        s = r.choice(STATI) + r.choice(STATI)
        if not luhn_ok(s):
            return s


def _fw(s, n):
    s = s[:n]
    return s, " " * (n - len(s))


def vr_pos(r):
    k = r.randrange(6)
    if k == 0:
        out: list = [f"{ts_log(r)} INFO alloggiati - upload schedine struttura {num(r, 6)} ({r.choice(PROPS)}):"]
        for i in range(r.randint(1, 3)):
            p = person(r, native_rate=0)
            cg, padc = _fw(fold(p.family).upper(), 50)
            nm, padn = _fw(fold(p.given).upper(), 30)
            out += [f"\n{'16' if i == 0 else '19'}{date(r, 'eu')}{r.randint(1, 14):02d}", N(cg), padc, N(nm), padn,
                    f"{'2' if p.fem else '1'}{date(r, 'eu', year=r.randint(1945, 2015))}{' ' * 11}{_states(r)}"
                    + (f"IDENT{ref(r, 9):<20}{r.choice(STATI)}" if i == 0 else " " * 34)]
        out.append(f"\n{ts_log(r)} INFO alloggiati - {i + 1} schedine inviate, esito OK (ricevuta {num(r, 10)})")
        return out
    if k == 1:
        p = person(r)
        obj = {"channel": r.choice(["vrbo", "booking", "direct"]), "reservation_id": ref(r, 10),
               "property": r.choice(PROPS), "arrival": date(r), "nights": r.randint(1, 14),
               "guest": {"first_name": N(p.g()), "last_name": N(p.f()), "email": E(p.email(r, "guest.example")),
                         "phone": P(phone(r))}, "adults": r.randint(1, 6), "total": money(r, 200, 4000)}
        return [f"{ts_iso(r)} channel-manager webhook ", jdoc(obj, compact=True, ascii_=r.random() < 0.3)]
    if k == 2:
        p = person(r)
        sp = person(r, native_rate=0)
        return [f"[msg {ref(r, 8)}] guest ", N(p.full()), ": \"Hi! We'll arrive around 11pm, my partner ",
                N(sp.given), " will pick up the keys. My number is ", P(phone(r)), "\""]
    if k == 3:
        p = person(r)
        return [f"lockd: issued code for res {ref(r, 10)} guest=\"", N(p.full()), f"\" lock=\"Front Door (Yale)\" "
                f"property=\"{r.choice(PROPS)}\" valid {date(r)} 15:00 to 11:00"]
    if k == 4:
        a, b = person(r), person(r)
        return [f"turnover T-{num(r, 5)} property \"{r.choice(PROPS)}\" cleaner=", N(a.full()), " -> reassigned to ",
                N(b.full()), " by ", N(b.acct(r)) if r.random() < 0.2 else "ops-dispatch"]
    p = person(r, native_rate=0)
    if r.random() < 0.5:
        return [f"Parte de viajeros enviado (SES.Hospedajes) establecimiento {num(r, 6)}: ", N(p.full()),
                f", documento {ref(r, 9)}, llegada {date(r, 'eu')}"]
    return [f"deposit.hold res={ref(r, 10)} guest=", N(p.last_first()), " amount=300.00 EUR card=", C(card(r)),
            " status=authorized"]


def vr_neg(r):
    if r.random() < 0.3:
        return common_neg(r, "channel-manager", "vr-ops")
    k = r.randrange(5)
    if k == 0:
        return [f"{ts_log(r)} INFO alloggiati - nessuna schedina da inviare per struttura {num(r, 6)} "
                f"({r.choice(PROPS)}), esito OK"]
    if k == 1:
        obj = {"channel": "booking", "property": r.choice(PROPS), "rate_update": {"date": date(r),
               "price": money(r, 80, 600), "min_stay": r.randint(1, 7)}, "source": "channel-manager"}
        return [f"{ts_iso(r)} channel-manager webhook ", jdoc(obj, compact=True)]
    if k == 2:
        return [f"ical-sync: imported {r.randint(0, 40)} blocked dates for \"{r.choice(PROPS)}\" from "
                "https://calendar.example/ical/export.ics (0 conflicts)"]
    if k == 3:
        return [f"lockd: battery low on \"Front Door (Yale)\" at \"{r.choice(PROPS)}\" ({r.randint(3, 15)}%)"]
    return [f"turnover T-{num(r, 5)} property \"{r.choice(PROPS)}\" cleaner=Team A -> reassigned to Team B by "
            "ops-dispatch"]


FAMILIES = {
    "mls_reso_feed": (mls_pos, mls_neg),
    "coworking_visitor": (cowork_pos, cowork_neg),
    "golf_marina_club": (club_pos, club_neg),
    "museum_venue_ticketing": (museum_pos, museum_neg),
    "wedding_event_planning": (wed_pos, wed_neg),
    "vacation_rental_ops": (vr_pos, vr_neg),
}
