"""Families 7-12: festival accreditation, tour management, broadcast traffic, newsroom rotas,
screeners and dailies, live-event labour."""

from __future__ import annotations

import names as NM
from core import (
    CC,
    IP,
    SSN,
    STATUS_WORDS,
    UI_STRINGS,
    E,
    N,
    Obj,
    P,
    X,
    card,
    csv_row,
    digits,
    enc,
    fold,
    hexid,
    ip,
    jdump_any,
    money,
    name_form,
    odump,
    pad,
    phone,
    rich,
    ssn,
    ts,
    xdoc,
)

OUTLETS = ["Variety Weekly", "Cahiers du Cinéma", "Screen Daily", "El País Cultura", "Die Zeit Feuilleton",
           "Asahi Shimbun", "Film Comment", "Sight Lines Podcast", "Radio Ljubljana", "The Hollywood Ledger"]
CATEGORIES = ["PRESS", "PRESS-PHOTO", "INDUSTRY", "MARKET", "JURY", "TALENT", "CREW", "VOLUNTEER"]
FESTIVALS = ["Lido", "Berlinale-style", "Croisette", "Sundance-style", "TIFF-style", "SXSW-style", "Busan-style"]
CITIES = ["Adelaide", "Victoria, BC", "Charlotte, NC", "Florence", "Sofia", "Madison, WI", "Austin, TX", "Lyon",
          "Osaka", "Lisbon", "Utrecht", "Kraków", "Savannah, GA", "Regina, SK", "Georgetown"]


def _v(g):
    return g.choice(NM.VENUES_LIKE_NAMES)


# =========================================================================== 7. festival_accreditation


def fa_form(r):
    g = r.rng
    p = r.person(native_p=0.1)
    e = g.choice(["form", "pct"])
    r.t(IP(ip(g)), f' - - [{ts(g, "clf")}] "POST /accreditation/apply HTTP/1.1" 302 0\nbody: given_name=',
        enc([N(p.given)], e), "&family_name=", enc([N(p.family)], e), "&email=", enc([E(p.email(g))], "pct"),
        "&outlet=", enc([g.choice(OUTLETS)], "form"), f"&category={g.choice(CATEGORIES)}&phone=",
        enc([P(phone(g, p.country, g.choice(["intl", "e164"])))], "pct"), "&consent=on")


def fa_badge_print(r):
    g = r.rng
    lines = []
    for _ in range(g.randint(2, 4)):
        p = r.person()
        nm = N(f"{fold(p.family).upper()} {p.given}") if g.random() < 0.6 else N(p.full())
        lines.append([f"{ts(g, 'sp')} badge-print job={digits(g, 6)} printer=ACC-{g.randint(1, 4)} cat="
                      f"{g.choice(CATEGORIES)} name=\"", nm, f"\" outlet=\"{g.choice(OUTLETS)}\" status=printed\n"])
    r.t(lines)
    r.items[-1] = r.items[-1].rstrip("\n")


def fa_photo_check(r):
    g = r.rng
    p, v = r.person(), r.person()
    obj = {"accreditation_id": f"ACC-{digits(g, 7)}", "applicant": name_form(g, p, ("full", "native", "upper")),
           "check": "photo", "result": "rejected", "reason": g.choice(["sunglasses", "low resolution", "not a face"]),
           "reviewer": N(v.login(g)), "notified": E(p.email(g))}
    r.t(f"{ts(g)} [accred-review] ", jdump_any(g, obj, ascii_p=0.3))


def fa_decision(r):
    g = r.rng
    p, o = r.person(), r.person()
    lang = g.choice(["fr", "it", "de", "es", "en"])
    nm, off = name_form(g, p, ("full", "given")), name_form(g, o, ("full", "gi_f"))
    tpl = {"fr": ("Bonjour ", nm, ", votre accréditation presse est validée. Le bureau de presse (", off, ")"),
           "it": ("Gentile ", nm, ", l'accredito stampa è stato approvato. Ufficio stampa: ", off),
           "de": ("Hallo ", nm, ", Ihre Akkreditierung wurde bestätigt. Presseteam: ", off),
           "es": ("Hola ", nm, ", tu acreditación de prensa ha sido aprobada. Oficina de prensa: ", off),
           "en": ("Dear ", nm, ", your press accreditation is approved. Press office contact: ", off)}[lang]
    r.t(f"{ts(g)} mailer template=accred_{lang}_ok to=", E(p.email(g)), " body=\"", tpl, "\"")


def fa_screening_tsv(r):
    g = r.rng
    r.t("badge\tname\tscreening\tseat\n")
    n = g.randint(2, 4)
    for i in range(n):
        p = r.person()
        r.t(f"P{digits(g, 5)}\t", name_form(g, p, ("full", "lf", "upper")),
            f"\t{g.choice(NM.TITLES_LIKE_NAMES)} {ts(g, 'hm')}\t{g.choice('ABCDEFGH')}{g.randint(1, 30)}")
        if i < n - 1:
            r.t("\n")


def fa_repr(r):
    g = r.rng
    p = r.person()
    a = Obj("Accreditation", [("id", int(digits(g, 7))), ("holder", Obj("Person", [("given", N(p.given)),
            ("family", N(p.family)), ("email", E(p.email(g)))])), ("category", g.choice(CATEGORIES)), ("paid", True)])
    r.t(f"{ts(g, 'sp')} DEBUG accred.sync upserted ", odump(a))


def fa_fee(r):
    g = r.rng
    p = r.person()
    r.t(f"{ts(g)} payment.debug acc=ACC-{digits(g, 7)} fee={money(g, 40, 350)} EUR pan=", CC(card(g)),
        " holder=\"", N(fold(p.full(False)).upper()), "\" 3ds=frictionless")


def fan_stock(r):
    g = r.rng
    r.t(f"{ts(g)} badge-stock printer=ACC-{g.randint(1, 4)} blanks={g.randint(0, 800)} ribbons={g.randint(0, 9)} "
        f"status=\"{g.choice(UI_STRINGS)}\"")


def fan_quota(r):
    g = r.rng
    r.t("category\tquota\tissued\twaitlist\n" + "\n".join(
        f"{c}\t{g.randint(100, 3000)}\t{g.randint(0, 3000)}\t{g.randint(0, 200)}" for c in g.sample(CATEGORIES, 4)))


def fan_outlets(r):
    g = r.rng
    obj = {"festival": g.choice(FESTIVALS), "outlets": g.sample(OUTLETS, 3), "embargo": ts(g),
           "updated_by": g.choice(["accred-bot", "api-gateway"])}
    r.t(f"{ts(g)} [accred-review] ", jdump_any(g, obj))


def fan_repr(r):
    g = r.rng
    a = Obj("Accreditation", [("id", int(digits(g, 7))), ("holder", None), ("category", "MARKET"), ("paid", False)])
    r.t(f"{ts(g, 'sp')} DEBUG accred.sync skipped ", odump(a))


# =========================================================================== 8. tour_management


def tm_day_sheet(r):
    g = r.rng
    tm, pm, pr = r.person(), r.person(), r.person()
    r.t(f"DAY SHEET  {ts(g, 'date')}  {g.choice(CITIES)}  VENUE: {_v(g)}\n"
        "Tour Manager      : ", N(tm.full()), "  ", P(phone(g, tm.country)), "\nProduction Manager: ",
        name_form(g, pm, ("full", "gi_f")), "\nPromoter Rep      : ", N(pr.full()), "  ", P(phone(g, pr.country)),
        f"\nHotel             : Hotel {g.choice(['Adelaide', 'Victoria', 'Florence', 'Savoy'])}\n"
        f"Bus call          : {ts(g, 'hm')}\nDoors / Show      : {ts(g, 'hm')} / {ts(g, 'hm')}")


def tm_rooming(r):
    g = r.rng
    hotel = g.choice(["Hotel Adelaide", "The Victoria", "Savoy", "Hotel Florence"])
    aliases = ["Mr. Pickles", "Captain Nemo", "Dolly Daydream", "Major Tom", "Ziggy Stardust", "Mrs. Robinson",
               "Bruce Wayne", "Holly Golightly"]
    for _ in range(g.randint(2, 3)):
        p = r.person()
        r.t(f"{ts(g)} rooming hotel=\"{hotel}\" guest=\"", name_form(g, p, ("full", "lf")),
            f"\" alias=\"{g.choice(aliases)}\" nights={g.randint(1, 3)} room={g.choice(['K', 'TW', 'SUITE'])}\n")
    r.items[-1] = r.items[-1].rstrip("\n")


def tm_guest_list(r):
    g = r.rng
    req = r.person()
    guests = [r.person(native_p=0.08) for _ in range(g.randint(1, 3))]
    obj = {"show": f"{g.choice(CITIES)} {ts(g, 'date')}", "requested_by": name_form(g, req, ("full", "given")),
           "requester_login": N(req.login(g)),
           "guests": [{"name": name_form(g, x, ("full", "native", "lf")), "plus": g.randint(0, 1),
                       "pass": g.choice(["AAA", "AFTERSHOW", "GUEST"])} for x in guests]}
    if g.random() < 0.4:
        inner = rich(jdump_any(g, obj, compact_p=1.0))
        env = {"topic": "tour.guestlist", "partition": g.randint(0, 11), "offset": int(digits(g, 7)), "value": inner}
        r.t(f"{ts(g, 'sp')} kafka-consumer record=", jdump_any(g, env, compact_p=1.0))
    else:
        r.t(f"{ts(g, 'sp')} guestlist.update ", jdump_any(g, obj, ascii_p=0.3))


def tm_settlement(r):
    g = r.rng
    pr, tm = r.person(), r.person()
    r.t(f"SETTLEMENT  {_v(g)}  {ts(g, 'date')}\nGross box office      {money(g, 20000, 200000):>12}\n"
        f"Taxes/fees            {money(g, 1000, 9000):>12}\nArtist guarantee      {money(g, 10000, 50000):>12}\n"
        "Signed (promoter): ", N(pr.gi_f() if g.random() < 0.5 else pr.full()), "\nSigned (tour mgmt): ",
        N(tm.full()), "  ", E(tm.email(g)))


def tm_chat(r):
    g = r.rng
    a, b = r.person(), r.person()
    lang = g.choice(["pt", "nl", "en", "es"])
    ph = P(phone(g, b.country))
    msg = {"pt": ("o ônibus sai às 9h, ", N(b.given), " liga pra mim no ", ph),
           "nl": ("bus vertrekt om 9u, ", N(b.given), " bel me even op ", ph),
           "en": ("bus leaves 9am sharp, ", N(b.given), " call me on ", ph),
           "es": ("el bus sale a las 9, ", N(b.given), " llámame al ", ph)}[lang]
    r.t(f"[{ts(g, 'hm')}] ", N(a.full()), ": ", msg, f"\n[{ts(g, 'hm')}] ", N(b.full()), ": 👍\n"
        f"[{ts(g, 'hm')}] tourdesk-sync: itinerary v{g.randint(2, 9)} published")


def tm_visa_csv(r):
    g = r.rng
    r.t("name,role,passport_country,petition,consulate_date\n")
    n = g.randint(2, 4)
    for i in range(n):
        p = r.person()
        r.t(csv_row([name_form(g, p, ("lf", "full", "upper_lf")), g.choice(["drums", "FOH engineer", "LD", "merch"]),
                     p.country, f"P1-{digits(g, 6)}", ts(g, "date")]))
        if i < n - 1:
            r.t("\n")


def tm_hotel_card(r):
    g = r.rng
    p = r.person()
    r.t(f"{ts(g)} pms.auth folio={digits(g, 6)} incidentals={money(g, 100, 800)} card=", CC(card(g, sep=g.choice(["", " "]))),
        " name_on_card=\"", N(fold(p.full(False)).upper()), "\" result=approved")


def tmn_routing(r):
    g = r.rng
    r.t("DATE        CITY              VENUE                  STATUS\n")
    for c in g.sample(CITIES, 4):
        r.t(f"{ts(g, 'date')}  {c:<18}{_v(g):<23}{g.choice(STATUS_WORDS)}\n")
    r.t("routing v3 (tourdesk-sync)")


def tmn_advance(r):
    g = r.rng
    r.t(f"{ts(g)} advance venue=\"{_v(g)}\" power=ok rigging_points={g.randint(8, 60)} catering=\"Papadopoulos Catering\" "
        f"status=\"{g.choice(STATUS_WORDS)}\" by=tourdesk-sync")


def tmn_settlement(r):
    g = r.rng
    r.t(f"SETTLEMENT  {_v(g)}  {ts(g, 'date')}\nGross box office      {money(g, 20000, 200000):>12}\n"
        f"Artist guarantee      {money(g, 10000, 50000):>12}\nSigned (promoter): {g.choice(NM.COMPANIES_LIKE_NAMES)}\n"
        "Signed (tour mgmt): PENDING")


def tmn_rooming(r):
    g = r.rng
    r.t("\n".join(f"{ts(g)} rooming hotel=\"Hotel Adelaide\" guest=\"{x}\" nights={g.randint(1, 3)} room=TW"
                  for x in g.sample(["CREW A", "CREW B", "DRIVER 1", "BAND ROOM", "TBA"], 3)))


# =========================================================================== 9. broadcast_traffic


def bt_asrun(r):
    g = r.rng
    op = r.person()
    r.t(f"AS-RUN LOG  CH {g.choice(['ONE', 'TWO', 'NEWS24', 'KIDS'])}  {ts(g, 'date')}  OPERATOR: ",
        N(f"{fold(op.family).upper()} {op.given[0]}") if g.random() < 0.5 else N(op.login(g)),
        "\nTIME         HOUSE#     DUR       TITLE                         STATUS\n")
    for _ in range(g.randint(3, 5)):
        r.t(f"{ts(g, 'hm')}:{g.randint(10, 59)}:00  {g.choice(['PRG', 'PRM', 'COM'])}{digits(g, 5)}  "
            f"00:{g.randint(0, 59):02d}:{g.randint(0, 59):02d}  {g.choice(NM.TITLES_LIKE_NAMES):<30}"
            f"{g.choice(['AIRED', 'AIRED', 'SHORT', 'MISSED'])}\n")
    r.t("END OF LOG")


def bt_traffic_edit(r):
    g = r.rng
    u, s = r.person(), r.person()
    r.t(f"{ts(g)} traffic.audit user=", N(u.login(g)), f" action={g.choice(['move_spot', 'make_good', 'preempt'])} "
        f"spot=SP{digits(g, 6)} break={ts(g, 'hm')} note=\"per ", N(s.given), " (sales) ok'd make-good, rep ",
        N(s.full()), "\"")


def bt_guest_booking(r):
    g = r.rng
    p, b = r.person(native_p=0.1), r.person()
    obj = {"show": g.choice(["Late Desk", "Morning Live", "The Sunday Couch"]), "segment": g.randint(1, 6),
           "guest": {"name": name_form(g, p, ("full", "native", "mid")), "mobile": P(phone(g, p.country)),
                     "green_room": g.choice(["GR1", "GR2"]), "car": g.choice([True, False])},
           "booker": {"name": N(b.full()), "email": E(b.email(g))}, "status": "confirmed"}
    r.t(f"{ts(g, 'sp')} [guest-desk] ", jdump_any(g, obj))


def bt_handover(r):
    g = r.rng
    a, b = r.person(), r.person()
    r.t(f"MCR HANDOVER {ts(g, 'date')} {g.choice(['06:00', '14:00', '22:00'])}\nOutgoing: ", N(a.full()),
        "\nIncoming: ", N(b.full()), f"\nNotes: {g.choice(['Sub feed from Lucerne', 'Backup encoder on'])} OK; ",
        N(a.given), " logged a late break on NEWS24; call ", P(phone(g, a.country)), " if the promo server drops.")


def bt_captioner(r):
    g = r.rng
    p = r.person()
    r.t(f"{ts(g, 'sys')} cc-encoder01 captiond[{g.randint(200, 9000)}]: session start channel=NEWS24 captioner=",
        N(p.login(g)), " (", N(p.full()), ") from ", IP(ip(g)), f" port {g.randint(1024, 65000)} mode=pop-on")


def bt_sponsor_mail(r):
    g = r.rng
    a, b = r.person(), r.person()
    r.t("From: ", N(a.full()), " <", E(a.email(g)), ">\nTo: ", E(b.email(g)), f"\nSubject: Sponsor read approved - "
        f"{g.choice(['Morning Live', 'Late Desk'])} {ts(g, 'date')}\n\n", N(b.given),
        ", the 20s live read is approved as scripted. Host can ad-lib the tag.\n", N(a.gi_f()))


def bt_bxf(r):
    g = r.rng
    s = r.person()
    x = X("BxfMessage", [("messageType", "Information"), ("origin", "traffic")],
          X("ScheduledEvent", [("houseNumber", f"COM{digits(g, 5)}")],
            X("Title", [], g.choice(NM.TITLES_LIKE_NAMES)), X("Duration", [], f"00:00:{g.choice([15, 20, 30])}:00")),
          X("SalesContact", [("login", N(s.login(g)))], X("PersonName", [], N(s.full())),
            X("Email", [], E(s.email(g)))))
    r.t(f"{ts(g, 'sp')} DEBUG bxf-gateway outbound\n", xdoc(x, indent=g.choice([2, 0]) or None))


def btn_asrun(r):
    g = r.rng
    r.t(f"AS-RUN LOG  CH {g.choice(['ONE', 'KIDS'])}  {ts(g, 'date')}  OPERATOR: AUTOPLAY\n"
        "TIME         HOUSE#     DUR       TITLE                         STATUS\n")
    for _ in range(g.randint(3, 5)):
        r.t(f"{ts(g, 'hm')}:00:00  PRG{digits(g, 5)}  00:{g.randint(0, 59):02d}:00  "
            f"{g.choice(NM.TITLES_LIKE_NAMES):<30}AIRED\n")
    r.t("END OF LOG")


def btn_load(r):
    g = r.rng
    r.t(f"{ts(g)} traffic.import file=sched_{ts(g, 'date')}.xml events={g.randint(200, 900)} "
        f"errors={g.randint(0, 3)} user=traffic-import ui=\"{g.choice(UI_STRINGS)}\"")


def btn_handover(r):
    g = r.rng
    r.t(f"MCR HANDOVER {ts(g, 'date')} 22:00\nOutgoing: night desk\nIncoming: AUTOMATION\n"
        "Notes: no faults; Marguerite promo swapped for Sister Hope trailer per schedule.")


def btn_captioner(r):
    g = r.rng
    r.t(f"{ts(g, 'sys')} cc-encoder01 captiond[{g.randint(200, 9000)}]: session start channel=KIDS captioner=AUTO-ASR "
        f"model=whisper-lg mode=roll-up")


# =========================================================================== 10. newsroom_rotas

DESKS = ["Home", "Foreign", "Sport", "Business", "Digital", "Planning", "Night", "Regions"]


def nr_rota_tsv(r):
    g = r.rng
    r.t("date\tdesk\tshift\tjournalist\tmobile\n")
    n = g.randint(3, 5)
    for i in range(n):
        if i and g.random() < 0.2:
            r.t(f"{ts(g, 'date')}\t{g.choice(DESKS)}\t{g.choice(['early', 'late'])}\tVACANT\t")
        else:
            p = r.person(native_p=0.05)
            r.t(f"{ts(g, 'date')}\t{g.choice(DESKS)}\t{g.choice(['early', 'late', 'night', 'weekend'])}\t",
                name_form(g, p, ("full", "lf", "native")), "\t", P(phone(g, p.country)))
        if i < n - 1:
            r.t("\n")


def nr_dispatch(r):
    g = r.rng
    rep, cam, ivw = r.person(), r.person(), r.person()
    obj = {"assignment": f"ASG-{digits(g, 6)}", "slug": g.choice(["FLOOD-RIVER", "COUNCIL-VOTE", "STRIKE-PORT"]),
           "crew": {"reporter": N(rep.full()), "camera": N(cam.login(g)), "producer": g.choice(["planning desk", "night desk"])},
           "contact": {"name": name_form(g, ivw, ("full", "gi_f")), "phone": P(phone(g, ivw.country)),
                       "note": rich("ask for ", N(ivw.given), " at the side entrance")}}
    r.t(f"{ts(g)} assignment-desk dispatched ", jdump_any(g, obj))


def nr_swap(r):
    g = r.rng
    a, b, c = r.person(), r.person(), r.person()
    r.t(f"{ts(g)} rota.swap_request from=\"", name_form(g, a, ("lf", "full")), "\" to=", N(b.login(g)),
        f" shift={ts(g, 'date')}/{g.choice(['early', 'late', 'night'])} status={g.choice(['approved', 'pending'])} "
        "approver=", N(c.login(g)))


def nr_stringer(r):
    g = r.rng
    p = r.person(trad=g.choice(["en_us", "mx", "en_us", "jm", "ph"]))
    if g.random() < 0.5:
        r.t(f"{ts(g)} stringer.payment vendor_type=1099 payee=\"", N(p.full()), "\" tin=", SSN(ssn(g)),
            f" amount={money(g, 50, 900)} story=ASG-{digits(g, 6)}")
    else:
        r.t(f"{ts(g)} stringer.payment payee=\"", N(p.full()), "\" ssn_last4=", SSN(digits(g, 4)), " phone=",
            P(phone(g, "US")), f" amount={money(g, 50, 900)}")


def nr_ob_booking(r):
    g = r.rng
    e1, e2 = r.person(), r.person()
    r.t(f"OB BOOKING  {ts(g, 'date')}  TRUCK: {g.choice(['OB3', 'SNG-2', 'OB Marguerite'])}\n"
        f"Location : {g.choice(CITIES)}\nUplink   : {g.choice(['Ka-band', 'bonded cellular'])}\n"
        "Engineer : ", N(e1.full()), "  ", P(phone(g, e1.country)), "\nSound    : ", name_form(g, e2, ("full", "gi_f")),
        "\nBooked by: ", N(e2.login(g)))


def nr_note(r):
    g = r.rng
    p = r.person(native_p=0.25)
    lang = g.choice(["ar", "es", "de", "hi", "ru"])
    nm = name_form(g, p, ("native", "full"))
    tpl = {"ar": ("تغيير المناوبة: ", nm, " في النوبة الليلية بدلاً من الصباحية"),
           "es": ("Cambio de turno: ", nm, " cubre la noche del viernes"),
           "de": ("Dienstplan: ", nm, " übernimmt den Spätdienst am Samstag"),
           "hi": ("शिफ्ट बदलाव: ", nm, " शुक्रवार रात की पाली में"),
           "ru": ("Замена смены: ", nm, " выходит в ночную смену")}[lang]
    r.t(f"{ts(g)} rota-notes ", tpl)


def nrn_template(r):
    g = r.rng
    r.t("date\tdesk\tshift\tjournalist\tmobile\n" + "\n".join(
        f"{ts(g, 'date')}\t{d}\t{g.choice(['early', 'late'])}\t{g.choice(['VACANT', 'POOL', 'TBD'])}\t"
        for d in g.sample(DESKS, 4)))


def nrn_desks(r):
    g = r.rng
    obj = {"desks": g.sample(DESKS, 4), "rota_week": f"2026-W{g.randint(1, 52):02d}", "generated_by": "rota-engine"}
    r.t(f"{ts(g)} rota.publish ", jdump_any(g, obj))


def nrn_ob(r):
    g = r.rng
    r.t(f"OB BOOKING  {ts(g, 'date')}  TRUCK: OB Marguerite\nLocation : {g.choice(CITIES)}\n"
        "Uplink   : Ka-band\nEngineer : TBA\nSound    : TBA\nBooked by: scheduler")


def nrn_swap(r):
    g = r.rng
    r.t(f"{ts(g)} rota.swap_request from=\"POOL\" to=rota-engine shift={ts(g, 'date')}/night status=auto_filled "
        "approver=rota-engine")


# =========================================================================== 11. screeners_dailies


def sd_watermark(r):
    g = r.rng
    p = r.person(native_p=0.05)
    obj = {"job": f"WM-{hexid(g, 8)}", "title": g.choice(NM.TITLES_LIKE_NAMES), "type": g.choice(["FYC", "dailies"]),
           "recipient": {"name": name_form(g, p, ("full", "native", "upper")), "email": E(p.email(g))},
           "watermark": {"visible": rich("FOR ", N(fold(p.full()).upper()), " ONLY"), "forensic_id": hexid(g, 16)}}
    r.t(f"{ts(g, 'sp')} INFO wm-queue enqueued ", jdump_any(g, obj))


def sd_view(r):
    g = r.rng
    p = r.person()
    r.t(IP(ip(g)), f' - - [{ts(g, "clf")}] "GET /screeners/{hexid(g, 10)}/play?recipient=',
        enc([E(p.email(g))], "pct"), f'&t={g.randint(0, 7200)} HTTP/2.0" 206 {digits(g, 7)} "-" "AppleTV/17.2"')


def sd_leak(r):
    g = r.rng
    p, inv = r.person(), r.person()
    r.t(f"LEAK INVESTIGATION {hexid(g, 6).upper()}\n  sample     : torrent capture {ts(g, 'date')}\n"
        f"  forensic_id: {hexid(g, 16)}\n  match      : ", N(p.full()), " <", E(p.email(g)), ">\n"
        "  session ip : ", IP(ip(g)), "\n  analyst    : ", N(inv.login(g)))


def sd_dailies_csv(r):
    g = r.rng
    r.t("name;role;email;platform\n")
    n = g.randint(2, 4)
    for i in range(n):
        p = r.person()
        r.t(csv_row([name_form(g, p, ("full", "lf")), g.choice(["Director", "Editor", "DP", "Showrunner"]),
                     E(p.email(g)), g.choice(["iPad", "web", "AppleTV"])], ";"))
        if i < n - 1:
            r.t("\n")


def sd_drm(r):
    g = r.rng
    p = r.person()
    style = g.random()
    if style < 0.5:
        dev = [N(fold(p.given).split()[0]), "s-iPad"]
    else:
        dev = ["LT-", N(p.login(g, "flast").upper())]
    r.t(f"{ts(g)} drm.license issued title=\"{g.choice(NM.TITLES_LIKE_NAMES)}\" user=", N(p.login(g, "first.last")),
        " device=\"", dev, f"\" ttl=48h policy={g.choice(['fyc-strict', 'dailies'])}")


def sd_kotlin(r):
    g = r.rng
    p = r.person()
    o = Obj("ScreenerLink", [("id", hexid(g, 8)), ("recipient", Obj("Recipient", [("name", N(p.full())),
            ("email", E(p.email(g)))], "kotlin")), ("expires", ts(g, "date"))], "kotlin")
    r.t(f"{ts(g, 'sp')} WARN  s.d.links.Expirer - link expired before first play: ", odump(o))


def sdn_batch(r):
    g = r.rng
    obj = {"job": f"WM-{hexid(g, 8)}", "title": g.choice(NM.TITLES_LIKE_NAMES), "type": "FYC",
           "recipient": {"name": "FYC GUILD BATCH", "email": None}, "watermark": {"visible": "FOR YOUR CONSIDERATION"}}
    r.t(f"{ts(g, 'sp')} INFO wm-queue enqueued ", jdump_any(g, obj))


def sdn_views(r):
    g = r.rng
    r.t(f"{ts(g)} screener.stats title=\"{g.choice(NM.TITLES_LIKE_NAMES)}\" plays={g.randint(10, 900)} "
        f"completion={g.randint(20, 95)}% top_device=AppleTV by=screener-dist")


def sdn_template(r):
    r.t("name;role;email;platform\n{{recipient_name}};Director;{{recipient_email}};web\nJane Doe (template);Editor;;iPad")


def sdn_drm(r):
    g = r.rng
    r.t(f"{ts(g)} drm.license issued title=\"{g.choice(NM.TITLES_LIKE_NAMES)}\" user=screener-dist "
        f"device=\"Screening-Room-{g.randint(1, 4)}-iPad\" ttl=48h policy=house")


# =========================================================================== 12. live_event_labour


def ll_labour_call(r):
    g = r.rng
    st = r.person()
    r.t(f"LABOUR CALL  {_v(g)}  {ts(g, 'date')}  LOAD-IN {g.choice(['07:00', '08:00'])}\nSteward : ",
        N(st.full()), "  ", P(phone(g, st.country)), "\n")
    for dept in g.sample(["Carps", "Props", "Elec", "Sound", "Rigging", "Wardrobe"], g.randint(2, 4)):
        if g.random() < 0.25:
            r.t(f"{dept:<8}: OPEN x{g.randint(1, 4)}\n")
        else:
            h = r.person()
            r.t(pad(f"{dept}", 8), ": ", name_form(g, h, ("full", "upper", "f_gi")), f" (head) + {g.randint(1, 8)}\n")
    r.t("Call steward for replacements.")


def ll_sms(r):
    g = r.rng
    p = r.person()
    r.t(f"{ts(g)} sms.out to=", P(phone(g, p.country, "e164")), " body=\"Hi ", N(p.given), f", you're on the "
        f"{ts(g, 'hm')} load-in at {_v(g)}. Reply Y to confirm\" status=sent")


def ll_checkin(r):
    g = r.rng
    for _ in range(g.randint(2, 3)):
        p = r.person()
        r.t(f"{ts(g, 'sys')} kiosk-07 checkin[{g.randint(100, 999)}]: badge={digits(g, 6)} name=\"",
            name_form(g, p, ("lf", "upper_lf", "full")), f"\" role={g.choice(['rigger', 'stagehand', 'LX', 'audio'])}\n")
    r.items[-1] = r.items[-1].rstrip("\n")


def ll_rigging(r):
    g = r.rng
    rg, en = r.person(), r.person()
    r.t(f"RIGGING SIGN-OFF  {_v(g)}\n  points     : {g.randint(8, 60)}\n  max load   : {g.randint(200, 2000)} kg\n"
        "  head rigger: ", N(rg.full()), "\n  engineer   : ", name_form(g, en, ("full", "gi_f")), " (",
        E(en.email(g)), ")\n  status     : SIGNED")


def ll_incident(r):
    g = r.rng
    inj, wit, fa = r.person(), r.person(), r.person()
    obj = {"incident": f"INC-{digits(g, 5)}", "venue": _v(g), "type": g.choice(["fall", "cut", "crush", "heat"]),
           "injured": {"first_name": N(inj.given), "last_name": N(inj.family), "phone": P(phone(g, inj.country))},
           "witness": name_form(g, wit, ("full", "lf")), "first_aider": N(fa.login(g)),
           "narrative": rich(N(inj.given), " slipped on the ramp during load-out; ", N(wit.given), " called medics.")}
    r.t(f"{ts(g)} [safety] ", jdump_any(g, obj, ascii_p=0.3))


def ll_note(r):
    g = r.rng
    p = r.person()
    lang = g.choice(["de", "nl", "es", "fr"])
    nm, ph = N(p.full()), P(phone(g, p.country))
    tpl = {"de": ("Aufbau: ", nm, " fällt aus, Ersatz angefragt, Rückruf unter ", ph),
           "nl": ("Opbouw: ", nm, " is ziek, vervanging gevraagd, bel ", ph),
           "es": ("Montaje: ", nm, " no se presenta, pedir reemplazo al ", ph),
           "fr": ("Montage : ", nm, " absent, remplaçant demandé, rappeler le ", ph)}[lang]
    r.t(f"{ts(g)} crewcall-notes ", tpl)


def lln_call(r):
    g = r.rng
    r.t(f"LABOUR CALL  {_v(g)}  {ts(g, 'date')}  LOAD-IN 08:00\nSteward : TBA\n")
    for dept in g.sample(["Carps", "Props", "Elec", "Sound", "Rigging"], 3):
        r.t(f"{dept:<8}: OPEN x{g.randint(1, 6)}\n")
    r.t("Call steward for replacements.")


def lln_checkin(r):
    g = r.rng
    r.t("\n".join(f"{ts(g, 'sys')} kiosk-07 checkin[{g.randint(100, 999)}]: badge={digits(g, 6)} name=\"{x}\" "
                  f"role=stagehand" for x in g.sample(["CREW 01", "CREW 02", "VISITOR", "RUNNER POOL", "ALL CREW"], 3)))


def lln_rigging(r):
    g = r.rng
    r.t(f"RIGGING SIGN-OFF  {_v(g)}\n  points     : {g.randint(8, 60)}\n  head rigger: Fischer Rigging GmbH\n"
        "  engineer   : McAllister Staging Inc.\n  status     : PENDING")


def lln_stats(r):
    g = r.rng
    obj = {"period": f"2026-{g.randint(1, 12):02d}", "incidents": g.randint(0, 9), "lost_time": g.randint(0, 2),
           "venues": g.sample(NM.VENUES_LIKE_NAMES, 2), "by": "crewcall-svc"}
    r.t(f"{ts(g)} [safety] monthly ", jdump_any(g, obj))


FAMILIES = {
    "festival_accreditation": ([fa_form, fa_badge_print, fa_photo_check, fa_decision, fa_screening_tsv, fa_repr,
                                fa_fee], [fan_stock, fan_quota, fan_outlets, fan_repr]),
    "tour_management": ([tm_day_sheet, tm_rooming, tm_guest_list, tm_settlement, tm_chat, tm_visa_csv, tm_hotel_card],
                        [tmn_routing, tmn_advance, tmn_settlement, tmn_rooming]),
    "broadcast_traffic": ([bt_asrun, bt_traffic_edit, bt_guest_booking, bt_handover, bt_captioner, bt_sponsor_mail,
                           bt_bxf],
                          [btn_asrun, btn_load, btn_handover, btn_captioner]),
    "newsroom_rotas": ([nr_rota_tsv, nr_dispatch, nr_swap, nr_stringer, nr_ob_booking, nr_note],
                       [nrn_template, nrn_desks, nrn_ob, nrn_swap]),
    "screeners_dailies": ([sd_watermark, sd_view, sd_leak, sd_dailies_csv, sd_drm, sd_kotlin],
                          [sdn_batch, sdn_views, sdn_template, sdn_drm]),
    "live_event_labour": ([ll_labour_call, ll_sms, ll_checkin, ll_rigging, ll_incident, ll_note],
                          [lln_call, lln_checkin, lln_rigging, lln_stats]),
}
