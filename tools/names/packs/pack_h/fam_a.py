"""Families 1-6: gyms/studios, sports leagues, ski and theme parks, restaurants, cinemas, tenant portals."""

from core import (
    C,
    E,
    I,
    J,
    N,
    P,
    S,
    card,
    common_neg,
    date,
    form,
    hexid,
    hhmm,
    ip,
    jdoc,
    money,
    num,
    phone,
    pyq,
    rbq,
    ref,
    relative,
    shown,
    ssn,
    ts_iso,
    ts_log,
    ts_syslog,
    xdoc,
    xesc,
)
from core import draw_person as person

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
SVC = ["svc_booking", "kiosk-auto", "scheduler", "sub-board", "integration-api", "SYSTEM", "frontdesk01",
       "sync-bot", "cron", "admin-console"]

# ------------------------------------------------------------------ 1. gym / studio booking
CLASSES = ["Vinyasa Flow", "Rhythm Ride 45", "Reformer Pilates", "HIIT Bootcamp", "Barre Sculpt", "Hot Yoga 26",
           "Boxing Fundamentals", "Aqua Fit", "Kettlebell Strength", "Yin & Restore", "Spin Express"]
ROOMS = ["Studio Lotus", "Jasmine Room", "Cycle Loft", "Studio B", "Sequoia Hall", "Pool Deck", "The Forge",
         "Studio Florence"]


def gym_pos(r):
    k = r.randrange(6)
    cls = r.choice(CLASSES)
    if k == 0:
        p, ins = person(r), person(r)
        obj = {"event": "booking.created", "id": "evt_" + hexid(r, 16), "created_at": ts_iso(r),
               "data": {"booking_id": num(r, 8), "status": r.choice(["booked", "waitlisted"]),
                        "class": {"id": num(r, 6), "name": cls, "starts_at": ts_iso(r, ms=False),
                                  "room": r.choice(ROOMS),
                                  "instructor": {"first_name": N(ins.g()), "last_name": N(ins.f())}},
                        "client": {"id": num(r, 7), "name": N(p.full()), "email": E(p.email(r)),
                                   "mobile": P(phone(r))},
                        "source": r.choice(["ios", "android", "web", "front_desk"])}}
        return jdoc(obj, indent=r.choice([None, 2]), compact=r.random() < 0.3, ascii_=r.random() < 0.3)
    if k == 1:
        p = person(r)
        return [ts_log(r), f" INFO  [waitlist-worker-{r.randint(1, 8)}] c.s.booking.WaitlistService - Promoted client ",
                num(r, 6), " (", N(p.full()), f") from position 1 on class SPIN-{r.randint(600, 2100)} \"{cls}\"; "
                "SMS queued to ", P(phone(r, form_=r.choice(["e164", "intl"])))]
    if k == 2:
        p, st = person(r), person(r)
        mem = N(p.last_first().upper()) if r.random() < 0.5 else N(p.last_first())
        return [f"ts={ts_iso(r)} kiosk=FD-{r.randint(1, 4)} site={r.choice(['northside', 'harbourfront', 'old-town'])} "
                f"event=checkin member_id=M{num(r, 7)} member=\"", mem, f"\" barcode={num(r, 12)} result=ok staff=",
                r.choice(["", "FITCO\\"]), N(st.acct(r))]
    if k == 3:
        a, b, ap = person(r), person(r), person(r)
        arrow = r.choice([" -> ", " → ", " => ", " ⇒ "])
        return [f"[subs] #{r.randint(1000, 9999)} {cls} {r.choice(DAYS)} {hhmm(r)}: ", shown(r, a), arrow,
                shown(r, b), " (approved by ", N(ap.acct(r)), ")"]
    if k == 4:
        p = person(r)
        return ["Traceback (most recent call last):\n"
                '  File "/srv/app/booking/fees.py", line 88, in charge_late_cancel\n'
                "    gateway.charge(card=pm.number, amount=fee)\n"
                f"booking.errors.CardDeclined: late-cancel fee {money(r, 5, 25)} declined for Booking(id={num(r, 5)}, "
                "client=Client(first_name=", pyq(p.g()), ", last_name=", pyq(p.f()), ", email=",
                pyq(p.email(r), "EMAIL"), "), card=", pyq(card(r), "CREDIT_CARD"), f", class_id={num(r, 3)})"]
    p = person(r)
    if r.random() < 0.5:
        return [f"{ts_syslog(r)} studio-app[{r.randint(100, 9999)}]: Buchung storniert: ",
                r.choice(["Kundin ", "Kunde ", "Mitglied "]), N(p.full()), f" hat „{cls}“ ({r.choice(DAYS)} "
                f"{hhmm(r)}) abgesagt – Spätstornogebühr 12,00 € erhoben"]
    return [f"{ts_syslog(r)} studio-app[{r.randint(100, 9999)}]: Reserva cancelada por ", N(p.full()),
            f": {cls} {hhmm(r)}. Se aplicó cargo de 10,00 € (aviso enviado a ", E(p.email(r)), ")"]


def gym_neg(r):
    if r.random() < 0.3:
        return common_neg(r, "studio-booking", "gym-web")
    k = r.randrange(6)
    cls = r.choice(CLASSES)
    if k == 0:
        obj = {"event": "class.updated", "id": "evt_" + hexid(r, 16), "created_at": ts_iso(r),
               "data": {"class": {"id": num(r, 6), "name": cls, "room": r.choice(ROOMS), "instructor": None,
                                  "capacity": r.randint(12, 40), "status": r.choice(["Published", "Cancelled"])},
                        "source": "schedule-import"}}
        return jdoc(obj, indent=r.choice([None, 2]))
    if k == 1:
        return [ts_log(r), f" INFO  [waitlist-worker-{r.randint(1, 8)}] c.s.booking.WaitlistService - Waitlist for "
                f"class SPIN-{r.randint(600, 2100)} \"{cls}\" is empty; 0 promotions (capacity 24, booked 24)"]
    if k == 2:
        return [f"ts={ts_iso(r)} kiosk=FD-{r.randint(1, 4)} site=victoria-park event=checkin member_id=M{num(r, 7)} "
                f"member=\"GUEST PASS\" barcode={num(r, 12)} result=denied reason=membership_frozen staff={r.choice(SVC)}"]
    if k == 3:
        return [f"[subs] #{r.randint(1000, 9999)} {cls} {r.choice(DAYS)} {hhmm(r)}: TBD → Sub Pool (auto-posted by "
                f"{r.choice(SVC)})"]
    if k == 4:
        return [f"booking.errors.ClassFull: Booking(id={num(r, 5)}, client=None, class_id={num(r, 3)}, "
                f"room='{r.choice(ROOMS)}', status='Waitlisted')"]
    return [f"{ts_syslog(r)} studio-app[{r.randint(100, 9999)}]: Kurs „{cls}“ am {r.choice(DAYS)} {hhmm(r)} "
            "entfällt – Ersatztrainer wird gesucht, Teilnehmer werden per Push informiert"]


# ------------------------------------------------------------------ 2. sports league management
TEAMS = ["Hamilton Hawks", "Madison Mavericks", "Riverside FC", "Victoria Park Rangers", "Northgate United",
         "Eastside Eagles", "Lincoln Lions", "Charlotte Comets", "Florence Falcons", "Harbour City SC"]
DIVS = ["U8", "U10 Girls", "U12 Boys", "U14 Mixed", "U16 Girls", "Adult Rec", "Over-35"]


def league_pos(r):
    k = r.randrange(7)
    if k == 0:
        rows = ["team,jersey,player_first,player_last,dob,guardian,guardian_email,guardian_phone"]
        out = []
        team = r.choice(TEAMS)
        for _ in range(r.randint(1, 3)):
            c = person(r, native_rate=0)
            g = relative(r, c)
            out += [f"\n{team},{r.randint(1, 99)},", N(c.given), ",", N(c.family), f",{date(r, year=r.randint(2010, 2019))},\"", N(g.last_first()),
                    '",', E(g.email(r)), ",", P(phone(r))]
        return [rows[0]] + out
    if k == 1:
        c = person(r, native_rate=0)
        g = relative(r, c)
        body = [f"season=spring-2026&division={form(r.choice(DIVS))}&player_first_name=", N(form(c.given)),
                "&player_last_name=", N(form(c.family)), "&parent_name=", N(form(g.full())), "&parent_email=",
                E(form(g.email(r))), "&parent_phone=", P(form(phone(r))), "&waiver=1"]
        return [ts_log(r), " DEBUG [registration] POST /leagues/spring-2026/register body: "] + body
    if k == 2:
        a, b, asg = person(r), person(r), person(r)
        t1, t2 = r.sample(TEAMS, 2)
        return [f"[assign] Match #{r.choice(['U12', 'U14', 'AR'])}-{r.choice('ABC')}-{num(r, 4)} ({t1} vs {t2}) "
                "referee=", N(a.full()) if r.random() < 0.6 else N(a.upper()), " AR1=", N(b.initial()),
                " AR2=TBD assignor=", N(asg.acct(r))]
    if k == 3:
        c = person(r)
        g = relative(r, c)
        return [f"waiver.signed id=wv_{hexid(r, 10)} participant=\"", N(c.full()), "\" signer=\"", N(g.last_first()),
                f"\" relationship={r.choice(['parent', 'guardian'])} ip=", I(ip(r)),
                " ua=\"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)\""]
    if k == 4:
        c = person(r)
        return [f"#<Player id: {num(r, 5)}, first_name: ", rbq(c.g()), ", last_name: ", rbq(c.f()),
                f", team_id: {r.randint(1, 300)}, jersey: {r.randint(1, 99)}, guardian_email: ",
                rbq(c.email(r), "EMAIL"), f", created_at: \"{date(r)} 10:12:04\">"]
    if k >= 5 and r.random() < 0.6:
        v = person(r, native_rate=0)
        s = ssn(r)
        if r.random() < 0.5:
            return [f"{ts_iso(r)} bgcheck.submitted volunteer=\"", N(v.full()), "\" role=assistant_coach "
                    "season=spring-2026 ssn=***-**-", S(s[-4:]), " vendor=screening-partner status=pending"]
        return [f"{ts_log(r)} DEBUG BackgroundCheckClient - request payload: ",
                jdoc({"candidate": {"given_name": N(v.given), "family_name": N(v.family), "ssn": S(s),
                                    "dob": date(r, year=r.randint(1960, 2004))}, "package": "VOLUNTEER-BASIC"})]
    a, b = person(r), person(r)
    if r.random() < 0.5:
        return [f"Acta del partido {num(r, 6)}: tarjeta amarilla a ", N(a.full()), f" (dorsal {r.randint(1, 30)}) "
                f"min {r.randint(1, 90)}'; árbitro principal ", N(b.full())]
    return [f"Feuille de match {num(r, 6)} : carton rouge pour ", N(a.full()), f" ({r.randint(1, 90)}e minute), "
            "rapport transmis par l'arbitre ", N(b.upper())]


def league_neg(r):
    if r.random() < 0.3:
        return common_neg(r, "league-hub", "league-api")
    k = r.randrange(5)
    t1, t2 = r.sample(TEAMS, 2)
    if k == 0:
        rows = ["team,played,won,drawn,lost,points"]
        for t in r.sample(TEAMS, 3):
            w, d, l = r.randint(0, 9), r.randint(0, 4), r.randint(0, 9)
            rows.append(f"{t},{w + d + l},{w},{d},{l},{3 * w + d}")
        return ["\n".join(rows)]
    if k == 1:
        return [f"[assign] Match #U14-{r.choice('ABC')}-{num(r, 4)} ({t1} vs {t2}) referee=TBD AR1=TBD AR2=TBD "
                f"assignor={r.choice(SVC)} field=\"Madison Park Field 3\""]
    if k == 2:
        return [f"#<Team id: {r.randint(1, 300)}, name: \"{t1}\", division: \"{r.choice(DIVS)}\", coach_id: nil, "
                f"home_field: \"Victoria Park Pitch 2\">"]
    if k == 3:
        return [f"waiver.template_published id=wvt_{hexid(r, 10)} title=\"Spring 2026 Participant Waiver\" "
                f"version=3.2.{r.randint(0, 9)} approver={r.choice(SVC)}"]
    return [f"Acta del partido {num(r, 6)}: {t1} {r.randint(0, 5)} - {r.randint(0, 5)} {t2}; suspendido min "
            f"{r.randint(50, 89)}' por tormenta eléctrica"]


# ------------------------------------------------------------------ 3. ski resort / theme park access
LIFTS = ["GONDOLA-A", "VICTORIA-EXPRESS", "SUNRISE-6", "T-BAR-2", "MAGIC-CARPET", "PEAK-TRAM"]
RIDES = ["Dragon's Peak", "Wild River Run", "Skyline Drop", "Pirate Cove Splash", "Big Bertha Coaster"]


def ski_pos(r):
    k = r.randrange(6)
    if k == 0:
        p = person(r, native_rate=0)
        name = p.slash()
        return [f"{date(r)} {r.randint(7, 16):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} GATE{r.randint(1, 40):02d} "
                f"{r.choice(LIFTS):<17} {r.choice(['SEASON-ADULT', 'SEASON-YOUTH', 'DAY-ADULT', '3DAY-SENIOR']):<13} "
                f"01-{num(r, 4)}-{num(r, 4)}-{r.randint(0, 9)}  ", N(name), " " * max(1, 26 - len(name)),
                r.choice(["PHOTO-OK  PASS", "PHOTO-CHK PASS", "BLOCKED   DENY"])]
    if k == 1:
        p, op = person(r), person(r)
        obj = {"alert": "photo_mismatch", "pass_id": f"01-{num(r, 4)}-{num(r, 4)}", "lift": r.choice(LIFTS),
               "registered_holder": {"given": N(p.g()), "family": N(p.f())}, "operator": N(op.acct(r)),
               "action": r.choice(["blocked", "flagged"]), "score": round(r.random(), 3)}
        return [f"{ts_iso(r)} WARN access-control ", jdoc(obj, compact=r.random() < 0.5, ascii_=r.random() < 0.3)]
    if k == 2:
        p = person(r)
        body = jdoc({"first_name": N(p.g()), "last_name": N(p.f()), "birth_date": date(r, year=r.randint(1950, 2018)),
                     "email": E(p.email(r))})
        return [I(ip(r)), f" - - [{date(r, 'eu')}:10:41:07 +0100] \"PUT /api/v2/passes/{num(r, 9)}/holder HTTP/1.1\" 200 "
                f"{r.randint(80, 900)} request_body=", body]
    if k == 3:
        p = person(r)
        return [f"vq[{r.randint(1, 9)}] party {ref(r, 5)} joined \"{r.choice(RIDES)}\" size={r.randint(1, 6)} return "
                f"{hhmm(r)}-{hhmm(r)} lead=", shown(r, p), " notify=", P(phone(r, form_="e164"))]
    if k == 4:
        p = person(r)
        lang = r.randrange(3)
        if lang == 0:
            return [f"[cassa-{r.randint(1, 9)}] Skipass stagionale bloccato: il titolare ", N(p.full()),
                    " ha ceduto la tessera a terzi. Recapito: ", P(phone(r, "IT"))]
        if lang == 1:
            return [f"[kasse-{r.randint(1, 9)}] Saisonkarte gesperrt: Inhaberin ", N(p.full()),
                    ", Rückruf unter ", P(phone(r, r.choice(["AT", "DE", "CH"])))]
        return [f"[caisse-{r.randint(1, 9)}] Forfait saison suspendu : titulaire ", N(p.full()),
                ", à rappeler au ", P(phone(r, "FR"))]
    p = person(r)
    return [f"{ts_syslog(r)} guest-services: lost-child report #{num(r, 5)} at {r.choice(['Main Gate', 'Kids Zone'])}; "
            "guardian ", shown(r, p), " waiting at Guest Relations, mobile ", P(phone(r))]


def ski_neg(r):
    if r.random() < 0.3:
        return common_neg(r, "access-ctl", "gate-srv")
    k = r.randrange(5)
    if k == 0:
        return [f"{date(r)} {r.randint(7, 16):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} GATE{r.randint(1, 40):02d} "
                f"{r.choice(LIFTS):<17} {'DAY-ADULT':<13} 01-{num(r, 4)}-{num(r, 4)}-{r.randint(0, 9)}  "
                f"{'ANONYMOUS':<26}{r.choice(['NOPHOTO   PASS', 'EXPIRED   DENY'])}"]
    if k == 1:
        return [f"{ts_iso(r)} WARN lift-control {r.choice(LIFTS)} STOPPED wind={r.randint(60, 95)}km/h "
                f"operator={r.choice(SVC)} restart_eta={hhmm(r)}"]
    if k == 2:
        obj = {"alert": "gate_offline", "gate": f"GATE{r.randint(1, 40):02d}", "lift": r.choice(LIFTS),
               "firmware": f"4.{r.randint(0, 9)}.{r.randint(0, 30)}", "operator": None}
        return [f"{ts_iso(r)} WARN access-control ", jdoc(obj)]
    if k == 3:
        return [f"vq[{r.randint(1, 9)}] ride \"{r.choice(RIDES)}\" paused: technical hold, {r.randint(10, 400)} "
                "virtual-queue parties re-timed by +20m"]
    return [f"[kasse-{r.randint(1, 9)}] Tageskarten ausverkauft für {r.choice(['Victoria-Express', 'Gondel A'])}, "
            "Kontingent morgen ab 08:00 Uhr"]


# ------------------------------------------------------------------ 4. restaurant reservations
VENUES = ["Osteria Lucia", "The Grand Harbour Grill", "Bistro Margaux", "Sakura Omakase", "Casa Mariana"]
DISHES = ["Eggs Benedict", "Caesar Salad", "Pizza Margherita", "Beef Wellington", "Peach Melba", "Pavlova"]


def resto_pos(r):
    k = r.randrange(6)
    venue = r.choice(VENUES)
    if k == 0:
        p = person(r)
        f = relative(r, p) if not p.native else None
        note = [r.choice(["Birthday dinner for ", "Anniversary – surprise for ", "Allergy (nuts) – "]),
                N(f.g() if f else p.g())] if f or r.random() < 0.5 else ["window table please"]
        obj = {"reservation": {"id": ref(r, 8), "venue": venue, "party_size": r.randint(1, 8),
                               "time": ts_iso(r, ms=False), "status": "confirmed",
                               "guest": {"first_name": N(p.g()), "last_name": N(p.f()), "phone": P(phone(r)),
                                         "email": E(p.email(r))},
                               "notes": J(note)}}
        return jdoc(obj, indent=2, ascii_=r.random() < 0.2)
    if k == 1:
        p, sv = person(r), person(r)
        return [f"[HostApp 5.{r.randint(0, 9)}.{r.randint(0, 9)}][iPad-Host-{r.randint(1, 3)}] seated party \"",
                N(p.f()), f"\" x{r.randint(1, 8)} at T{r.randint(1, 40)} (server: ", N(sv.g()), ")"]
    if k == 2:
        p = person(r)
        return [f"sms.out id=SM{hexid(r, 12)} to=", P(phone(r, form_="e164")), " body=\"Hi ", N(p.g()),
                f", your table for {r.randint(2, 6)} at {venue} on {date(r, 'eu')} {hhmm(r)} is confirmed. "
                "Reply C to cancel.\" status=queued"]
    if k == 3:
        p = person(r)
        return [ts_log(r), f" INFO NoShowFeeJob - charging {money(r, 15, 60)} GBP for reservation {ref(r, 8)} guest=",
                N(p.last_first()), " pan=", C(card(r, "plain")), f" exp={r.randint(1, 12):02d}/{r.randint(27, 31)} "
                "result=", r.choice(["approved", "declined"])]
    if k == 4:
        p = person(r, native_rate=0.6)
        if p.native and p.trad in ("japanese", "chinese", "korean"):
            return ["予約確認: ", N(p.full()), f" 様 {r.randint(1, 6)}名 {hhmm(r)} 電話 ", P(phone(r, "JP")),
                    " 備考: カウンター希望"]
        return ["Reserva confirmada: ", N(p.full()), f", {r.randint(1, 8)} personas, {hhmm(r)}, tel. ",
                P(phone(r, r.choice(["ES", "MX"]))), " — terraza si es posible"]
    if r.random() < 0.4:
        p = person(r)
        q = [f"venue={r.choice(['osteria-lucia', 'grand-harbour'])}&party={r.randint(1, 8)}&name=", N(form(p.full())),
             "&email=", E(form(p.email(r))), "&phone=", P(form(phone(r))), f"&date={date(r)}"]
        return [I(ip(r)), f" - - [{date(r, 'eu')}:19:02:11 +0000] \"GET /widget/reserve?"] + q + [
            f" HTTP/1.1\" 302 0 \"https://www.resto.example/\" \"Mozilla/5.0\" rt={r.randint(5, 900)}ms"]
    rows = ["time|name|party|phone|quoted|notes"]
    out: list = [rows[0]]
    for _ in range(r.randint(1, 3)):
        p = person(r)
        out += [f"\n{hhmm(r)}|", N(p.f() if r.random() < 0.5 else p.full()), f"|{r.randint(1, 6)}|", P(phone(r)),
                f"|{r.choice([15, 20, 25, 40])}m|{r.choice(['high chair', 'booth', '', 'bar ok'])}"]
    return out


def resto_neg(r):
    if r.random() < 0.3:
        return common_neg(r, "reservations", "resto-api")
    k = r.randrange(5)
    if k == 0:
        items = [{"name": d, "price": money(r, 8, 40), "available": r.random() < 0.8} for d in r.sample(DISHES, 3)]
        return jdoc({"menu_sync": {"venue": r.choice(VENUES), "items": items, "source": "pos"}}, indent=2)
    if k == 1:
        return [f"[HostApp 5.{r.randint(0, 9)}.{r.randint(0, 9)}][iPad-Host-{r.randint(1, 3)}] seated party "
                f"\"Walk-In\" x{r.randint(1, 8)} at T{r.randint(1, 40)} (server: unassigned)"]
    if k == 2:
        return [f"shift.report venue=\"{r.choice(VENUES)}\" covers={r.randint(40, 300)} no_shows={r.randint(0, 9)} "
                f"avg_turn={r.randint(50, 120)}m top_item=\"{r.choice(DISHES)}\""]
    if k == 3:
        return [ts_log(r), f" INFO NoShowFeeJob - skipped reservation {ref(r, 8)} guest=\"House Account\" "
                "reason=comp card=**** **** **** " + num(r, 4)]
    return ["time|name|party|phone|quoted|notes\n" + "\n".join(
        f"{hhmm(r)}|{r.choice(['Chef Table', 'Private Dining', 'Bar', 'Patio'])}|{r.randint(1, 12)}|-|"
        f"{r.choice([15, 30])}m|{r.choice(['event hold', 'staff meal'])}" for _ in range(r.randint(1, 3)))]


# ------------------------------------------------------------------ 5. cinema box office
FILMS = ["Steel Harbour", "The Quiet Orbit", "Midnight in Porto", "Paper Lanterns", "Northern Tide 2"]
SCREENS = ["Screen 4 (Dolby Atmos)", "Lumière Hall", "IMAX 1", "Screen 7", "The Roxy Lounge"]


def cinema_pos(r):
    k = r.randrange(6)
    if k == 0:
        p = person(r)
        x = ["<Booking>", f"<BookingId>{ref(r, 10)}</BookingId><CinemaId>{num(r, 4)}</CinemaId>",
             "<Customer><FirstName>", N(xesc(p.g())), "</FirstName><LastName>", N(xesc(p.f())),
             "</LastName><Email>", E(p.email(r)), "</Email><Phone>", P(phone(r)), "</Phone></Customer>",
             f"<Session><Film>{xesc(r.choice(FILMS))}</Film><Screen>{xesc(r.choice(SCREENS))}</Screen></Session>",
             f"<Tickets count=\"{r.randint(1, 6)}\"/></Booking>"]
        return [f"{ts_log(r)} DEBUG VistaConnector - CompleteOrder response: "] + xdoc(x)
    if k == 1:
        p = person(r)
        return [f"LoyaltyService: member {num(r, 8)} \"", N(p.full()), f"\" tier={r.choice(['Gold', 'Silver', 'Black'])} "
                f"points={r.randint(0, 9000)} lookup_by=phone value=", P(phone(r, r.choice(["AU", "GB", "NZ"]))),
                " app_ip=", I(ip(r))]
    if k == 2:
        cash, mgr = person(r), person(r, native_rate=0)
        return [f"POS{r.randint(1, 9)} REFUND ORDER {num(r, 6)} FILM=\"{r.choice(FILMS).upper()}\" AMT={money(r)} "
                "CASHIER=", r.choice(["", "BOXOFFICE\\", "CIN04\\"]), N(cash.acct(r).upper()), " OVERRIDE BY MANAGER ", N(mgr.upper())]
    if k == 3:
        p = person(r)
        em = p.email(r)
        return ["From: \"", N(p.full()), "\" <", E(em), ">\nTo: ", E("events@cinema.example"), "\n"
                f"Subject: Private hire {r.choice(SCREENS)} – {date(r, 'eu')}\n\nHi, I'd like to book the screen for "
                f"my son's birthday ({r.randint(10, 30)} kids). You can reach me on ", P(phone(r)), ".\nThanks, ",
                N(p.g())]
    if k == 4:
        p = person(r)
        return [f"SeatHold(id={hexid(r, 8)}, seats=[F{r.randint(1, 20)}, F{r.randint(1, 20)}], customer=Customer(name=",
                N(p.full()), ", email=", E(p.email(r)), f"), expiresAt={ts_iso(r)})"]
    p = person(r)
    return [f"Réservation groupe scolaire {ref(r, 6)} : {r.randint(20, 60)} élèves, séance de {hhmm(r)}, "
            "enseignant(e) référent(e) ", N(p.full()), ", tél. ", P(phone(r, r.choice(["FR", "BE", "CH"])))]


def cinema_neg(r):
    if r.random() < 0.3:
        return common_neg(r, "box-office", "vista-conn")
    k = r.randrange(5)
    if k == 0:
        x = [f"<Session><SessionId>{num(r, 6)}</SessionId><Film>{xesc(r.choice(FILMS))}</Film>"
             f"<Screen>{xesc(r.choice(SCREENS))}</Screen><Showtime>{ts_iso(r, ms=False)}</Showtime>"
             f"<SeatsAvailable>{r.randint(0, 300)}</SeatsAvailable></Session>"]
        return [f"{ts_log(r)} DEBUG VistaConnector - GetSessions item: "] + xdoc(x)
    if k == 1:
        return [f"LoyaltyService: tier recalculation batch {hexid(r, 6)} done, {r.randint(100, 9000)} members moved "
                "Silver -> Gold, 0 errors"]
    if k == 2:
        return [f"POS{r.randint(1, 9)} REFUND ORDER {num(r, 6)} FILM=\"{r.choice(FILMS).upper()}\" AMT={money(r)} "
                "CASHIER=KIOSK02 OVERRIDE BY MANAGER POLICY-AUTO"]
    if k == 3:
        return [f"SeatHold(id={hexid(r, 8)}, seats=[H{r.randint(1, 20)}], customer=null, expiresAt={ts_iso(r)}, "
                f"screen={r.choice(SCREENS)})"]
    return [f"Maintenance projecteur {r.choice(SCREENS)} : lampe remplacée ({r.randint(1000, 3000)} h), "
            "séance de 14h00 décalée"]


# ------------------------------------------------------------------ 6. property management / tenant portal
PROPS = ["Maple Court Apartments", "The Madison", "Victoria Gardens", "Hamilton Place Lofts", "Riverside Commons"]
VENDORS = ["Hartley & Sons Plumbing", "Brandt & Vogel Haustechnik GmbH", "Okafor Cleaning Services",
           "Donnelly Facilities Ltd", "García Hermanos Reformas S.L."]


def tenant_pos(r):
    k = r.randrange(6)
    prop = r.choice(PROPS)
    if k == 0:
        p = person(r)
        mate = person(r, native_rate=0)
        obj = {"ticket": f"MR-{num(r, 6)}", "property": prop, "unit": f"{r.randint(1, 12)}{r.choice('ABCD')}",
               "tenant": {"name": N(p.full()), "phone": P(phone(r))},
               "category": r.choice(["Plumbing", "HVAC", "Appliance"]),
               "description": J("Leak under the kitchen sink. Please call before entering, my roommate ",
                                 N(mate.g()), " works nights."),
               "permission_to_enter": r.random() < 0.5}
        return [f"{ts_iso(r)} portal-api maintenance.created ", jdoc(obj, ascii_=r.random() < 0.3)]
    if k == 1:
        p = person(r)
        return [f"{ts_iso(r)} payments INFO autopay ok tenant_id=T-{num(r, 5)} tenant=\"", N(p.last_first()),
                f"\" amount={r.randint(900, 3200)}.00 method=card pan=", C(card(r)), " client_ip=", I(ip(r))]
    if k == 2:
        p = person(r, native_rate=0)
        s = ssn(r)
        body = jdoc({"applicant": {"firstName": N(p.given), "lastName": N(p.family), "ssn": S(s),
                                   "dob": date(r, year=r.randint(1950, 2004)), "email": E(p.email(r))}, "package": "RENT-PLUS"})
        return [f"{ts_log(r)} DEBUG ScreeningClient - POST /v2/applications ", *body,
                f"\n{ts_log(r)} INFO  ScreeningClient - identity matched, SSN ending ", S(s[-4:]), " verified"]
    if k == 3:
        p, pm = person(r), person(r)
        return [f"Lease LS-2026-{num(r, 4)} ({prop}, unit {r.randint(100, 999)}): signed by tenant ", N(p.full()),
                " from ", I(ip(r)), f" at {ts_iso(r, ms=False)}; countersigned by property manager ",
                r.choice(["", "PMCO\\", "RESIDENT\\"]), N(pm.acct(r))]
    if k == 4:
        a, b = person(r), person(r)
        return [f"Mieterwechsel Whg. {r.randint(1, 5)}.OG {r.choice(['links', 'rechts'])}: Auszug ", N(a.full()),
                r.choice([" → ", " -> "]), "Einzug ", N(b.full()), f" zum {date(r, 'de')}; Kaution zurücküberwiesen"]
    if r.random() < 0.5:
        out: list = ["ApplicantID,Applicant,SSN,MonthlyIncome,Unit,Decision"]
        for _ in range(r.randint(1, 3)):
            p = person(r, native_rate=0)
            s = ssn(r)
            out += [f"\nA{num(r, 6)},\"", N(p.last_first()), '",', S(s if r.random() < 0.6 else s.replace("-", "")),
                    f",{r.randint(2, 15)}000,{r.randint(100, 999)},{r.choice(['Approved', 'Pending', 'Conditional'])}"]
        return out
    p = person(r, native_rate=0)
    return [f"move-in inspection {ref(r, 6)} unit {r.randint(100, 999)}: tenant ", N(p.full().lower()),
            " reported scratches on oak floor, photos uploaded by ", N(p.acct(r)), " via app"]


def tenant_neg(r):
    if r.random() < 0.3:
        return common_neg(r, "tenant-portal", "pm-web")
    k = r.randrange(5)
    prop = r.choice(PROPS)
    if k == 0:
        obj = {"ticket": f"MR-{num(r, 6)}", "property": prop, "unit": "COMMON", "tenant": None,
               "category": "HVAC", "vendor": r.choice(VENDORS), "description": "Quarterly filter change, roof units 1-4",
               "permission_to_enter": True}
        return [f"{ts_iso(r)} portal-api maintenance.created ", jdoc(obj)]
    if k == 1:
        return [f"{ts_iso(r)} payments INFO rent roll {prop}: {r.randint(20, 200)} units, {r.randint(0, 9)} "
                f"delinquent, collected={r.randint(10, 500)}k method=batch"]
    if k == 2:
        return [f"{ts_log(r)} WARN  ScreeningClient - POST /v2/applications returned 503 (vendor maintenance), "
                f"retry in {r.randint(5, 60)}s"]
    if k == 3:
        return [f"Lease template LT-{num(r, 3)} ({prop}) published by {r.choice(SVC)}: pet addendum v2, "
                "Hamilton County disclosure"]
    return [f"Auftrag an {r.choice(VENDORS)}: Treppenhausreinigung {prop}, Haus {r.randint(1, 9)}, "
            f"wöchentlich ab {date(r, 'de')}"]


FAMILIES = {
    "gym_class_booking": (gym_pos, gym_neg),
    "sports_league_mgmt": (league_pos, league_neg),
    "ski_park_access": (ski_pos, ski_neg),
    "restaurant_reservations": (resto_pos, resto_neg),
    "cinema_box_office": (cinema_pos, cinema_neg),
    "tenant_portal": (tenant_pos, tenant_neg),
}
