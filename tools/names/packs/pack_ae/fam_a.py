"""Families 1-6: casting, talent agencies, call sheets, production payroll, residuals, music royalties."""

from __future__ import annotations

import names as NM
from core import (
    IP,
    SSN,
    UI_STRINGS,
    E,
    N,
    Obj,
    P,
    X,
    box_table,
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

AGENCIES = ["Hartley & Vance Talent", "Northlight Artists", "Blue Heron Management", "Okafor Pictures Ltd",
            "Agence Lumière", "Estrella Talentos", "Kowalski Studio Sp. z o.o.", "Studio Kaze Agency",
            "McAllister Staging Inc.", "Santos & Filhos Eventos"]
UNIONS = ["SAG-AFTRA", "Equity UK", "ACTRA", "MEAA", "non-union", "UDA", "Fi-Re"]
SHOWS = ["Harbour Lights", "The Quiet Season", "Red Meridian", "Paper Birds", "Glasswater", "Night Ferry",
         "Salt & Iron", "The Ninth Door", "Copper Coast", "Low Tide", "Echo Valley", "Atlas Line"]


def _show(rng):
    return rng.choice(SHOWS + NM.TITLES_LIKE_NAMES)


def _char(rng):
    return rng.choice(NM.CHARACTERS)


# =========================================================================== 1. casting_submissions


def cs_submission_json(r):
    g = r.rng
    t, a = r.person(middle_p=0.1), r.person()
    obj = {"event": "submission.created", "breakdown_id": f"BD-{digits(g, 6)}", "project": _show(g),
           "role": _char(g),
           "talent": {"first_name": N(t.given), "last_name": N(t.family), "union": g.choice(UNIONS),
                      "headshot": f"hs_{hexid(g, 10)}.jpg"},
           "representation": {"agency": g.choice(AGENCIES), "agent": name_form(g, a, ("full", "lf", "gi_f")),
                              "email": E(a.email(g)), "phone": P(phone(g, a.country))},
           "submitted_by": N(a.login(g)), "ts": ts(g)}
    if g.random() < 0.3:
        obj["note"] = rich("Pls consider ", N(t.given), " for the callback too; self-tape by Fri.")
    r.t(f"{ts(g, 'sp')} INFO  [casting-api] ", jdump_any(g, obj))


def cs_selftape_upload(r):
    g = r.rng
    t = r.person()
    fn = N(f"{fold(t.family).replace(' ', '')}_{fold(t.given).split()[0]}")
    role = _char(g).replace(" ", "").replace("#", "").replace(".", "")
    r.t(IP(ip(g)), f' - - [{ts(g, "clf")}] "PUT /api/v2/selftapes/{hexid(g, 12)}/upload?file=', fn,
        f'_{role}_take{g.randint(1, 4)}.mp4&uploader=')
    if g.random() < 0.5:
        r.t(N(t.login(g)))
    else:
        r.t(enc([E(t.email(g))], "pct"))
    r.t(f' HTTP/1.1" 201 {g.randint(2, 900)}{digits(g, 5)} "-" "SelfTapeApp/4.{g.randint(0, 9)}.1 (iOS 18.1)"')


def cs_audition_schedule(r):
    g = r.rng
    reader = r.person()
    rows = []
    for _ in range(g.randint(3, 5)):
        p = r.person(native_p=0.1)
        form = g.choice(["lf", "full", "upper_lf"])
        rows.append([f"{g.randint(9, 17):02d}:{g.choice(['00', '15', '30', '45'])}", name_form(g, p, (form,)),
                     _char(g).title(), g.choice(AGENCIES), g.choice(["IN ROOM", "CONFIRMED", "LATE", "SEEN"])])
    if g.random() < 0.4:
        rows.insert(g.randint(0, len(rows)), [f"{g.randint(9, 17):02d}:00", "OPEN", "-", "-", "HOLD"])
    r.t(f"AUDITION SCHEDULE  {_show(g).upper()}  session {g.randint(1, 9)}  reader: ", name_form(g, reader),
        "\n", box_table(["TIME", "TALENT", "ROLE", "AGENCY", "STATUS"], rows))


def cs_callback_note(r):
    g = r.rng
    t, a = r.person(), r.person()
    lang = g.choice(["fr", "es", "de", "it", "pt", "en"])
    nm, ag, ph = name_form(g, t, ("full", "upper", "native")), name_form(g, a, ("gi_f", "full")), P(phone(g, a.country))
    c = _char(g)
    tpl = {"fr": ("Rappel pour ", nm, f" (rôle : {c}) jeudi 10h. Agent : ", ag, " au ", ph, "."),
           "es": ("Callback confirmado: ", nm, f" para {c}. Contactar con su agente ", ag, " en el ", ph, "."),
           "de": ("Zweites Casting: ", nm, f" ({c}) am Donnerstag. Agentur-Kontakt ", ag, ", Tel. ", ph),
           "it": ("Richiamo per ", nm, f", ruolo {c}. Agente ", ag, " tel. ", ph),
           "pt": ("Segunda chamada: ", nm, f" para o papel {c}. Falar com ", ag, " pelo ", ph),
           "en": ("Callback booked for ", nm, f" ({c}). Agent ", ag, " on ", ph, " wants sides by 6pm.")}[lang]
    r.t(f"{ts(g)} casting-notes lang={lang} ", tpl)


def cs_traceback(r):
    g = r.rng
    t, a = r.person(), r.person()
    talent = Obj("Talent", [("id", int(digits(g, 6))), ("name", N(t.full())), ("agent", name_form(g, a, ("lf", "full"))),
                            ("email", E(t.email(g)) if g.random() < 0.5 else None)])
    sub = Obj("Submission", [("id", f"sub_{hexid(g)}"), ("talent", talent), ("role", _char(g))])
    r.t(f"{ts(g, 'sp')} ERROR casting.worker Failed to attach headshot\nTraceback (most recent call last):\n"
        f'  File "/srv/casting/submissions.py", line {g.randint(80, 400)}, in attach_headshot\n'
        "    thumb = render_thumb(sub.talent.headshot)\n"
        f"ValueError: headshot missing for ", odump(sub))


def cs_minor_permit(r):
    g = r.rng
    t, gu, co = r.person(), r.person(), r.person()
    gu.family = t.family if g.random() < 0.6 else gu.family
    r.t(f"ts={ts(g)} level=warn msg=\"minor work permit expiring\" performer=\"", N(t.full()),
        f"\" permit_no=CA-EP-{digits(g, 7)} days_left={g.randint(1, 14)} guardian=\"", N(gu.full()),
        "\" guardian_phone=", P(phone(g, "US")), " coordinator=", N(co.login(g)))


def cs_chat(r):
    g = r.rng
    a, b, t = r.person(), r.person(), r.person()
    la, lb = a.login(g), b.login(g)
    r.t(f"[{ts(g, 'hm')}] <", N(la), "> can we pencil ", N(t.given), " for Thursday? ", N(t.gf()),
        f" read great for {_char(g)}\n[{ts(g, 'hm')}] <", N(lb), "> yes, agent is ", name_form(g, a, ("full",)),
        ", I'll call ", P(phone(g, a.country)), f"\n[{ts(g, 'hm')}] <castbot> reminder: sides v3 uploaded")


def csn_breakdown(r):
    g = r.rng
    roles = g.sample(NM.CHARACTERS, 3)
    obj = {"event": "breakdown.published", "breakdown_id": f"BD-{digits(g, 6)}", "project": _show(g),
           "roles": [{"name": c, "age_range": f"{g.randint(8, 40)}-{g.randint(41, 70)}",
                      "union": g.choice(UNIONS)} for c in roles],
           "published_by": g.choice(["castbot", "breakdown-sync", "api-gateway"]), "ts": ts(g)}
    r.t(f"{ts(g, 'sp')} INFO  [casting-api] ", jdump_any(g, obj))


def csn_schedule(r):
    g = r.rng
    rows = [[f"{h:02d}:00", g.choice(["OPEN", "HOLD", "TBD", "Stand-in #2"]), g.choice(NM.CHARACTERS).title(),
             "-", g.choice(["HOLD", "OPEN", "CANCELLED"])] for h in range(10, 10 + g.randint(3, 5))]
    r.t(f"AUDITION SCHEDULE  {_show(g).upper()}  session {g.randint(1, 9)}  reader: TBD\n",
        box_table(["TIME", "TALENT", "ROLE", "AGENCY", "STATUS"], rows))


def csn_upload(r):
    g = r.rng
    r.t(f'unix:/run/ingest.sock - - [{ts(g, "clf")}] "PUT /api/v2/selftapes/{hexid(g, 12)}/upload?file=slate_template_v'
        f'{g.randint(2, 9)}.mp4&uploader={g.choice(["ingest-worker", "castbot"])} HTTP/1.1" 201 {digits(g, 6)} "-" '
        f'"transcoder/2.{g.randint(0, 9)}.0"')


def csn_traceback(r):
    g = r.rng
    sub = Obj("Submission", [("id", f"sub_{hexid(g)}"), ("talent", None), ("role", g.choice(NM.CHARACTERS))])
    r.t(f"{ts(g, 'sp')} ERROR casting.worker Failed to attach headshot\nTraceback (most recent call last):\n"
        f'  File "/srv/casting/submissions.py", line {g.randint(80, 400)}, in attach_headshot\n'
        "    thumb = render_thumb(sub.talent.headshot)\n"
        "AttributeError: 'NoneType' object has no attribute 'headshot' for ", odump(sub))


# =========================================================================== 2. talent_agency_bookings


def tb_confirm_mail(r):
    g = r.rng
    bk, t, cl = r.person(), r.person(native_p=0.05), r.person()
    client = g.choice(NM.COMPANIES_LIKE_NAMES)
    r.t("From: \"", N(bk.full()), "\" <", E(bk.email(g, "agency.example")), ">\nTo: ", E(cl.email(g)),
        f"\nDate: {ts(g, 'rfc2822')}\nSubject: CONFIRMED: ", N(fold(t.family).upper()),
        f" / {client} / {ts(g, 'date')}\nX-Booking-Id: BK{digits(g, 7)}\n\nHi ", N(cl.given),
        ",\n\nConfirming ", name_form(g, t, ("full", "native")), f" for the {client} shoot, call "
        f"{ts(g, 'hm')}, rate {money(g, 800, 4000)} EUR/day + 20% agency fee.\n\nBest,\n", N(bk.given), "\n",
        P(phone(g, bk.country)))


def tb_options_board(r):
    g = r.rng
    t, b = r.person(), r.person()
    r.t(f"{ts(g)} options-board option_placed talent=\"", name_form(g, t, ("lf", "upper_lf")),
        f"\" option={g.choice(['1st', '2nd', '3rd'])} client=\"{g.choice(NM.COMPANIES_LIKE_NAMES)}\" "
        f"dates={ts(g, 'date')}..+{g.randint(1, 4)}d booker=", N(b.login(g)),
        f" status=\"{g.choice(['Pencilled', 'First Option', 'Second Option'])}\"")


def tb_avail_csv(r):
    g = r.rng
    sep = g.choice([";", ",", "\t"])
    lines = [sep.join(["talent_id", "display_name", "city", "mobile", "booker"]) + "\n"]
    r.t(lines)
    for _ in range(g.randint(2, 4)):
        t, b = r.person(), r.person()
        row = csv_row([f"T{digits(g, 5)}", name_form(g, t, ("full", "upper", "lf")),
                       g.choice(["London", "Berlin", "Lagos", "São Paulo", "Seoul", "Paris"]),
                       P(phone(g, t.country)), N(b.login(g))], sep)
        r.t(row, "\n")
    r.items[-1] = r.items[-1].rstrip("\n") or ""


def tb_commission(r):
    g = r.rng
    r.t(f"COMMISSION STATEMENT  PERIOD {ts(g, 'date')[:7]}  AGENCY {g.choice(AGENCIES).upper()}\n"
        "TALENT                        CLIENT                      GROSS      COMM\n")
    for _ in range(g.randint(2, 4)):
        t = r.person()
        r.t(pad(N(fold(t.lf()).upper()), 30), pad(g.choice(NM.COMPANIES_LIKE_NAMES).upper()[:26], 28),
            f"{money(g, 1000, 9000):>9}  {money(g, 100, 900):>8}\n")
    r.t(f"TOTAL{'':>55}{money(g, 10000, 20000):>9}")


def tb_ruby(r):
    g = r.rng
    t, b = r.person(), r.person()
    user = Obj("Talent", [("id", int(digits(g, 5))), ("name", N(t.full())), ("email", E(t.email(g)))], "ruby")
    bk = Obj("Booking", [("id", int(digits(g, 6))), ("status", "confirmed"), ("talent", user),
                         ("booker", N(b.login(g)))], "ruby")
    r.t(f"I, [{ts(g)} #{g.randint(1000, 9999)}]  INFO -- : Booking confirmed ", odump(bk))


def tb_voiceover(r):
    g = r.rng
    t, eng = r.person(), r.person()
    obj = {"session": f"VO-{digits(g, 5)}", "type": g.choice(["ADR", "voice-over", "dubbing"]),
           "talent": N(t.full()), "engineer": {"name": name_form(g, eng, ("full", "gi_f")), "email": E(eng.email(g))},
           "remote": {"app": "Source-Connect", "talent_ip": IP(ip(g))}, "studio": g.choice(["A", "B", "Dub 3"])}
    r.t(f"{ts(g, 'sp')} [vo-booking] session.scheduled ", jdump_any(g, obj))


def tbn_mail(r):
    g = r.rng
    client = g.choice(NM.COMPANIES_LIKE_NAMES)
    r.t(f"queue=bookings msg=outbound subject=\"CONFIRMED: {client} / {ts(g, 'date')}\" to_group=production "
        f"template=confirm_v{g.randint(2, 5)} status={g.choice(['queued', 'sent', 'deferred'])}")


def tbn_options(r):
    g = r.rng
    r.t(f"{ts(g)} options-board option_released talent=\"{g.choice(['Test Talent', 'SAMPLE PERFORMER', 'TBD'])}\" "
        f"option={g.choice(['1st', '2nd'])} client=\"{g.choice(NM.COMPANIES_LIKE_NAMES)}\" booker=castbot "
        f"status=\"Released\" reason=expired")


def tbn_csv(r):
    g = r.rng
    sep = g.choice([";", ","])
    r.t(sep.join(["division", "city", "desk", "ext"]) + "\n")
    rows = [sep.join([d, c, g.choice(["Bookings", "Accounts"]), str(g.randint(100, 499))])
            for d, c in [("Commercial", "London"), ("Voice", "Savannah, GA".replace(",", "")), ("Kids", "Victoria BC")]]
    r.t("\n".join(rows))


def tbn_ruby(r):
    g = r.rng
    bk = Obj("Booking", [("id", int(digits(g, 6))), ("status", "draft"), ("talent", None), ("booker", "castbot")], "ruby")
    r.t(f"W, [{ts(g)} #{g.randint(1000, 9999)}]  WARN -- : Booking incomplete ", odump(bk))


# =========================================================================== 3. call_sheets_crew

DEPTS = [("Camera", "1st AC"), ("Camera", "DP"), ("Grip", "Key Grip"), ("Electric", "Gaffer"), ("Sound", "Mixer"),
         ("Art", "Props Master"), ("Hair & MU", "HOD"), ("Locations", "Unit Manager"), ("AD", "2nd AD")]


def cl_call_sheet(r):
    g = r.rng
    d, pr, ad = r.person(), r.person(), r.person()
    r.t(f"PRODUCTION: {_show(g).upper()}   DAY {g.randint(1, 40)} OF {g.randint(41, 60)}   {ts(g, 'date')}\n"
        "DIRECTOR: ", name_form(g, d, ("full", "upper")), "\nPRODUCER: ", name_form(g, pr, ("full", "upper")),
        "\n1st AD: ", N(ad.full()), "  ", P(phone(g, ad.country)),
        f"\nCREW CALL {g.choice(['06:00', '07:00', '07:30'])}   LOCATION: {g.choice(NM.VENUES_LIKE_NAMES)}\n\n"
        "#  CAST                      CHARACTER             STATUS  P/U    MU\n")
    for i in range(1, g.randint(3, 5)):
        c = r.person(native_p=0.08)
        r.t(f"{i:<3}", pad(name_form(g, c, ("full", "upper", "native")), 26), pad(_char(g), 22),
            f"{g.choice(['W', 'SW', 'WF', 'H']):<8}{ts(g, 'hm')}  {ts(g, 'hm')}\n")
    r.t("NOTES: closed set; no visitors without 1st AD approval")


def cl_distribution(r):
    g = r.rng
    day = g.randint(1, 40)
    for _ in range(g.randint(2, 4)):
        p = r.person()
        if g.random() < 0.5:
            r.t(f"{ts(g)} callsheet.distribute day={day} channel=email recipient=", E(p.email(g)),
                f" status={g.choice(['delivered', 'opened', 'bounced'])}\n")
        else:
            r.t(f"{ts(g)} callsheet.distribute day={day} channel=sms to=", P(phone(g, p.country, "e164")),
                f" status={g.choice(['delivered', 'queued'])}\n")
    v = r.person()
    r.t(f"{ts(g)} callsheet.ack day={day} user=", N(v.login(g)), " device=web")


def cl_roster_csv(r):
    g = r.rng
    sep = g.choice([";", ",", "\t"])
    r.t(sep.join(["Dept", "Position", "First", "Last", "Mobile", "Email"]), "\n")
    n = g.randint(2, 4)
    for i in range(n):
        p = r.person()
        dp, pos = g.choice(DEPTS)
        r.t(csv_row([dp, pos, N(p.given), N(p.family), P(phone(g, p.country)), E(p.email(g))], sep))
        if i < n - 1:
            r.t("\n")


def cl_dood(r):
    g = r.rng
    r.t(f"DAY OUT OF DAYS  {_show(g)}  (cast)\n#   NAME                        D1 D2 D3 D4 D5\n")
    for i in range(1, g.randint(3, 5)):
        p = r.person()
        cells = " ".join(g.choice(["SW", "W ", "H ", "WF", "- "]) for _ in range(5))
        r.t(f"{i:<4}", pad(name_form(g, p, ("full", "upper", "lf")), 28), cells, "\n")
    r.t("SW=start work  WF=work finish  H=hold")


def cl_radio(r):
    g = r.rng
    p, q = r.person(), r.person()
    r.t(f"{ts(g, 'sp')} radio-crib RADIO {g.randint(1, 60):02d} ch{g.randint(1, 8)} checked out to ",
        N(p.gi_f() if g.random() < 0.5 else p.full()), f" ({g.choice(DEPTS)[1]}) by ", N(q.login(g)),
        f"; headset {g.choice(['surveillance', 'Madonna', 'none'])}")


def cl_change_note(r):
    g = r.rng
    p = r.person()
    lang = g.choice(["de", "es", "fr", "pl", "nl"])
    nm, ph, c = N(p.full()), P(phone(g, p.country)), f"{ts(g, 'hm')}"
    tpl = {"de": ("Änderung Drehplan: ", nm, f" (Kamera) Call {c} statt 07:00, bitte bestätigen unter ", ph),
           "es": ("Cambio de citación: ", nm, f" entra a las {c}. Confirmar al ", ph),
           "fr": ("Modif. feuille de service : ", nm, f" convoqué(e) à {c}, confirmer au ", ph),
           "pl": ("Zmiana godziny: ", nm, f" ma wezwanie na {c}, potwierdź pod ", ph),
           "nl": ("Wijziging callsheet: ", nm, f" call {c}, bevestigen via ", ph)}[lang]
    r.t(f"{ts(g)} WARN callsheet-diff day={g.randint(1, 40)} ", tpl)


def cl_java(r):
    g = r.rng
    p = r.person()
    cm = Obj("CastMember", [("number", g.randint(1, 30)), ("name", N(p.full())), ("character", _char(g)),
                            ("pickup", None)], "java")
    r.t(f"{ts(g, 'sp')} ERROR [render-7] c.s.callsheet.Renderer - CallSheetRenderException: missing pickup for ",
        odump(cm), f"\n\tat com.studio.callsheet.Renderer.renderCast(Renderer.java:{g.randint(100, 300)})"
        f"\n\tat com.studio.callsheet.Renderer.render(Renderer.java:{g.randint(40, 99)})")


def cln_call_sheet(r):
    g = r.rng
    r.t(f"PRODUCTION: {_show(g).upper()}   DAY {g.randint(1, 40)} OF {g.randint(41, 60)}   {ts(g, 'date')}\n"
        "DIRECTOR: TBD\nPRODUCER: TBD\n1st AD: TBA\n"
        f"CREW CALL {g.choice(['06:00', '07:00'])}   LOCATION: {g.choice(NM.VENUES_LIKE_NAMES)}\n\n"
        "#  CAST                      CHARACTER             STATUS  P/U    MU\n")
    for i in range(1, 4):
        r.t(f"{i:<3}", f"{'TBD':<26}", f"{g.choice(NM.CHARACTERS):<22}", "H       --:--  --:--\n")
    r.t("NOTES: draft - not for distribution")


def cln_weather(r):
    g = r.rng
    r.t(f"WEATHER {g.choice(NM.PLACES_LIKE_NAMES)}: {g.choice(['Sunny', 'Overcast', 'Showers'])} "
        f"{g.randint(4, 31)}C  SUNRISE {ts(g, 'hm')}  SUNSET {ts(g, 'hm')}\nNEAREST HOSPITAL: "
        f"{g.choice(['St. Mary', 'St. Luke', 'Queen Elizabeth', 'Grace'])} General\nBASECAMP: "
        f"{g.choice(NM.VENUES_LIKE_NAMES)} car park")


def cln_roster(r):
    g = r.rng
    sep = g.choice([";", ","])
    r.t(sep.join(["Dept", "Position", "First", "Last", "Mobile", "Email"]), "\n")
    rows = [sep.join([d, p, "VACANT", "", "", ""]) for d, p in g.sample(DEPTS, 3)]
    r.t("\n".join(rows))


def cln_summary(r):
    g = r.rng
    r.t(f"{ts(g)} callsheet.distribute.summary day={g.randint(1, 40)} email_sent={g.randint(40, 120)} "
        f"sms_sent={g.randint(10, 60)} bounced={g.randint(0, 3)} ui=\"{g.choice(UI_STRINGS)}\"")


# =========================================================================== 4. production_payroll


def pp_start_json(r):
    g = r.rng
    p, v = r.person(middle_p=0.3, trad=g.choice(["en_us", "mx", "jm", "en_us", "ph", "in_n", "ng", "it"])), r.person()
    obj = {"type": "start_paperwork.completed", "production": _show(g),
           "employee": {"first_name": N(p.given), "middle_name": N(p.middle) if p.middle else None,
                        "last_name": N(p.family), "ssn": SSN(ssn(g, g.choice(["dash", "bare"]))),
                        "email": E(p.email(g)), "phone": P(phone(g, "US"))},
           "union_local": g.choice(["IATSE Local 600", "IATSE Local 80", "Teamsters 399", "DGA", "non-union"]),
           "loan_out": g.choice([None, "Okafor Pictures Ltd", "Moreau Productions SAS"]),
           "i9_verified_by": N(v.login(g))}
    r.t(f"{ts(g, 'sp')} INFO onboarding ", jdump_any(g, obj, ascii_p=0.3))


def pp_timecard(r):
    g = r.rng
    p, a = r.person(), r.person()
    r.t(f"{ts(g)} tc.calc week=2026-W{g.randint(1, 52):02d} crew=\"", name_form(g, p, ("upper_lf", "lf")),
        f"\" occ={g.choice(['7203', '4005', '1540', 'A112'])} st={g.randint(40, 50)}.0 ot={g.randint(0, 20)}.5 "
        f"meal_penalty={g.randint(0, 3)} gross={money(g, 1500, 6000)} approved_by=", N(a.login(g)))


def pp_fixed(r):
    g = r.rng
    r.t(f"HDR PAYMASTER EXPORT {ts(g, 'date')} PROD {digits(g, 4)}\n")
    for _ in range(g.randint(2, 4)):
        p = r.person(trad=g.choice(["en_us", "mx", "jm", "en_us", "pl", "kr", "vn"]))
        r.t("E|", SSN(ssn(g, "bare")), "|", pad(N(fold(p.family).upper()), 22), pad(N(fold(p.given).upper()), 16),
            f"|{g.choice(['W2', 'W2', 'LO'])}|{money(g, 500, 4000):>10}\n")
    r.t(f"TRL|{g.randint(2, 4):05d}")


def pp_approval(r):
    g = r.rng
    s, d, u = r.person(), r.person(), r.person()
    r.t(f"Timecard #{digits(g, 7)}  week ending {ts(g, 'date')}\n  Submitted by : ", N(s.login(g)),
        f"\n  Submitted at : {ts(g)}\n  Dept head    : ", name_form(g, d, ("full", "lf")),
        " (approved)\n  UPM          : ", N(u.full()), f" ({g.choice(['approved', 'pending'])})\n"
        f"  Status       : {g.choice(['READY_FOR_PAYROLL', 'AWAITING_UPM'])}")


def pp_java(r):
    g = r.rng
    p = r.person()
    cm = Obj("CrewMember", [("id", int(digits(g, 6))), ("name", N(p.lf())), ("ssnLast4", SSN(digits(g, 4))),
                            ("occCode", g.choice(["7203", "4005"])), ("union", "IATSE")], "java")
    r.t(f"{ts(g, 'sp')} WARN  [payroll-calc] TimecardValidationException: overlapping meal periods for ", odump(cm),
        f"\n\tat com.prodpay.calc.MealRules.check(MealRules.java:{g.randint(20, 200)})")


def pp_kit(r):
    g = r.rng
    p = r.person()
    lang = g.choice(["en", "es", "de"])
    nm = name_form(g, p, ("full", "upper"))
    amt = money(g, 50, 400)
    if lang == "en":
        r.t(f"{ts(g)} kit_rental employee=\"", nm, f"\" week={g.randint(1, 52)} amount={amt} box=\"makeup kit\"")
    elif lang == "es":
        r.t(f"{ts(g)} nómina: alquiler de equipo para ", nm, f" ({amt} EUR), horas extra registradas")
    else:
        r.t(f"{ts(g)} Lohnabrechnung: Kit-Miete für ", nm, f" {amt} EUR, Überstunden geprüft")


def ppn_summary(r):
    g = r.rng
    r.t(f"{ts(g)} payroll.run production={_show(g)!r} week=2026-W{g.randint(1, 52):02d} employees={g.randint(40, 300)} "
        f"gross={money(g, 100000, 900000)} status={g.choice(['posted', 'balanced'])} by=PAYMASTER_BATCH")


def ppn_rates(r):
    g = r.rng
    r.t("OCC   CLASSIFICATION             RATE     OT\n")
    for occ, cl in g.sample([("7203", "Camera Operator"), ("4005", "Key Grip"), ("1540", "Gaffer"),
                             ("A112", "Best Boy Electric"), ("9002", "Craft Service")], 3):
        r.t(f"{occ:<6}{cl:<27}{money(g, 30, 90):>7}  1.5x\n")
    r.t("source: union scale 2026")


def ppn_loanout(r):
    g = r.rng
    r.t(f"{ts(g)} payment.loanout vendor=\"{g.choice(NM.COMPANIES_LIKE_NAMES)}\" fein_on_file=true "
        f"invoice=INV-{digits(g, 5)} amount={money(g, 2000, 20000)} status=approved by=svc_payroll")


def ppn_java(r):
    g = r.rng
    cm = Obj("CrewMember", [("id", int(digits(g, 6))), ("name", None), ("ssnLast4", None),
                            ("occCode", "7203"), ("union", "IATSE")], "java")
    r.t(f"{ts(g, 'sp')} WARN  [payroll-calc] TimecardValidationException: empty record ", odump(cm))


# =========================================================================== 5. residuals_processing


def rs_calc(r):
    g = r.rng
    p = r.person(trad=g.choice(["en_us", "en_us", "mx", "jm", "en_gb", "ca_fr", "kr", "it"]))
    r.t(f"{ts(g)} residual.calc title=\"{_show(g)}\" ep=S{g.randint(1, 6):02d}E{g.randint(1, 12):02d} performer=\"",
        N(p.full()), f"\" category={g.choice(['principal', 'stunt', 'background'])} ssn_last4=", SSN(digits(g, 4)),
        f" market={g.choice(['SVOD', 'FTV', 'AVOD', 'foreign'])} gross={money(g, 5, 3000)}")


def rs_search(r):
    g = r.rng
    p = r.person(native_p=0.05)
    q = enc([N(p.family)], g.choice(["form", "pct"]))
    r.t(IP(ip(g)), f' - - [{ts(g, "clf")}] "GET /unclaimed-residuals/search?last_name=', q, "&first_name=",
        enc([N(p.given)], "form"), f'&page=1 HTTP/1.1" 200 {g.randint(300, 9000)} "-" "Mozilla/5.0"')


def rs_xml(r):
    g = r.rng
    p = r.person(trad=g.choice(["en_us", "en_us", "mx", "jm"]))
    x = X("ResidualStatement", [("period", ts(g, "date")[:7]), ("guild", "SAG-AFTRA")],
          X("Participant", [("id", digits(g, 8))], X("LastName", [], N(p.family)), X("FirstName", [], N(p.given)),
            X("TaxId", [], SSN(ssn(g, g.choice(["dash", "bare"]))))),
          X("Line", [("title", _show(g))], X("Gross", [], money(g, 10, 900))))
    r.t(f"{ts(g, 'sp')} DEBUG residuals.export payload=\n", xdoc(x, indent=g.choice([2, 0]) or None, decl=g.random() < 0.5))


def rs_estate(r):
    g = r.rng
    p, h = r.person(), r.person()
    r.t(f"{ts(g)} payee_change participant=\"", N(p.full()), "\" status=deceased new_payee=\"Estate of ",
        N(p.full()), " c/o ", N(h.full()), "\" requested_by=", N(h.login(g)), " doc=letters_testamentary.pdf")


def rs_traceback(r):
    g = r.rng
    p = r.person()
    loc = {"performer": N(p.full()), "ssn": SSN(ssn(g)), "title": _show(g), "market": "FTV"}
    r.t("Traceback (most recent call last):\n  File \"/opt/resid/calc.py\", line 88, in allocate\n"
        "    rate = RATE_TABLE[(row['market'], row['year'])]\nKeyError: ('FTV', 2019)\nlocals: ", odump(loc))


def rs_check(r):
    g = r.rng
    p = r.person()
    r.t(f"{ts(g)} check.{g.choice(['void', 'reissue'])} check_no={digits(g, 7)} payee=\"",
        N(fold(p.full(False)).upper()), f"\" amount={money(g, 5, 500)} reason=\"{g.choice(['stale-dated', 'wrong address'])}\""
        " operator=", N(r.person().login(g)))


def rs_foreign(r):
    g = r.rng
    p = r.person()
    lang = g.choice(["es", "fr", "ja"])
    nm = name_form(g, p, ("full", "native", "upper"))
    if lang == "es":
        r.t(f"{ts(g)} residuales extranjeros: pago a ", nm, " retenido, falta formulario W-8BEN")
    elif lang == "fr":
        r.t(f"{ts(g)} droits voisins : versement à ", nm, " bloqué (RIB manquant)")
    else:
        r.t(f"{ts(g)} 二次使用料: ", nm, " さんへの支払いを保留しました（税務書類未提出）")


def rsn_table(r):
    g = r.rng
    r.t("TITLE                        MARKET   PERIOD    GROSS\n")
    for t in g.sample(NM.TITLES_LIKE_NAMES, 3):
        r.t(f"{t:<29}{g.choice(['SVOD', 'FTV', 'AVOD']):<9}{ts(g, 'date')[:7]:<10}{money(g, 1000, 90000):>10}\n")
    r.t("source: residuals-batch")


def rsn_batch(r):
    g = r.rng
    r.t(f"{ts(g)} residuals.batch quarter=2026Q{g.randint(1, 4)} participants={g.randint(1000, 9000)} "
        f"checks={g.randint(500, 5000)} held={g.randint(0, 40)} status=complete runner=residuals-batch")


def rsn_xml(r):
    g = r.rng
    x = X("ResidualStatement", [("period", ts(g, "date")[:7]), ("guild", "WGA")],
          X("Participant", [("id", digits(g, 8)), ("type", "loan-out")], X("Company", [], g.choice(NM.COMPANIES_LIKE_NAMES))),
          X("Line", [("title", g.choice(NM.TITLES_LIKE_NAMES))], X("Gross", [], money(g, 10, 900))))
    r.t(f"{ts(g, 'sp')} DEBUG residuals.export payload=\n", xdoc(x, decl=False))


def rsn_search(r):
    g = r.rng
    t = enc([g.choice(NM.TITLES_LIKE_NAMES)], "form")
    r.t(f'unix:/run/web.sock - - [{ts(g, "clf")}] "GET /unclaimed-residuals/search?title=', t,
        f'&page=1 HTTP/1.1" 200 {g.randint(300, 9000)} "-" "HealthCheck/1.0"')


# =========================================================================== 6. music_royalties

SOCIETIES = ["PRS", "GEMA", "SACEM", "SGAE", "JASRAC", "ASCAP", "BMI", "SIAE", "APRA", "SOCAN"]


def _isrc(g):
    return f"{g.choice(['GB', 'US', 'DE', 'FR', 'JP'])}{g.choice(['ABC', 'XYZ', 'K7Q'])}{g.randint(20, 26)}{digits(g, 5)}"


def _iswc(g):
    return f"T-{digits(g, 3)}.{digits(g, 3)}.{digits(g, 3)}-{g.randint(0, 9)}"


def mr_statement_csv(r):
    g = r.rng
    r.t("ISRC,Title,Writer,IPI,Share,Territory,Amount\n")
    n = g.randint(2, 4)
    for i in range(n):
        w = r.person()
        r.t(csv_row([_isrc(g), g.choice(SHOWS + ["Blue Hour", "Moth & Flame", "Westbound"]),
                     name_form(g, w, ("upper_lf", "lf", "full")), digits(g, 11), f"{g.choice([25, 33.33, 50, 100])}",
                     g.choice(["GB", "DE", "US", "JP", "BR"]), money(g, 0, 400)], ","))
        if i < n - 1:
            r.t("\n")


def mr_split_sheet(r):
    g = r.rng
    ws = [r.person(native_p=0.05) for _ in range(g.randint(2, 3))]
    obj = {"split_sheet": f"SS-{hexid(g, 6)}", "work": g.choice(["Blue Hour", "Moth & Flame", "Westbound", "Paper Birds"]),
           "writers": [{"name": name_form(g, w, ("full", "native", "mid")), "role": g.choice(["composer", "lyricist"]),
                        "share": round(100 / len(ws), 2), "email": E(w.email(g)), "signed_ip": IP(ip(g))} for w in ws]}
    r.t(f"{ts(g, 'sp')} splits.signed ", jdump_any(g, obj))


def mr_registration(r):
    g = r.rng
    w, s = r.person(), r.person()
    obj = {"work": {"title": g.choice(["Westbound", "Salt & Iron", "Low Tide", "Echo Valley"]), "iswc": _iswc(g),
                    "writers": [{"first": N(w.given), "last": N(w.family), "ipi": digits(g, 11),
                                 "society": g.choice(SOCIETIES)}],
                    "publisher": g.choice(["Copper Coast Music Ltd", "Okafor Pictures Ltd", "Edition Lumière"])},
           "submitted_by": N(s.login(g)), "channel": "member-portal"}
    r.t(f"{ts(g)} INFO works.register ", jdump_any(g, obj, ascii_p=0.4))


def mr_member_mail(r):
    g = r.rng
    m = r.person()
    r.t("From: ", N(m.full()), " <", E(m.email(g)), ">\nTo: ", E(f"memberservices@{g.choice(SOCIETIES).lower()}.example"),
        f"\nSubject: Missing distribution Q{g.randint(1, 4)} - member {digits(g, 6)}\nDate: {ts(g, 'rfc2822')}\n\n"
        "Hello, my live setlists for the spring tour were not paid. Please call me on ", P(phone(g, m.country)),
        ".\n-- \n", N(m.given))


def mr_kotlin(r):
    g = r.rng
    cs = [r.person() for _ in range(g.randint(1, 3))]
    o = Obj("MetadataConflict", [("isrc", _isrc(g)), ("contributors",
            [Obj("Contributor", [("name", N(c.full())), ("role", g.choice(["Composer", "Lyricist", "Arranger"]))],
                 "kotlin") for c in cs]), ("source", g.choice(["DSP-feed", "label-upload"]))], "kotlin")
    r.t(f"{ts(g, 'sp')} WARN  m.r.ingest.Matcher - ", odump(o))


def mr_note(r):
    g = r.rng
    p = r.person(native_p=0.1)
    lang = g.choice(["de", "fr", "es", "ja", "pt"])
    nm = name_form(g, p, ("full", "native", "lf"))
    tpl = {"de": ("Tantiemen-Reklamation: ", nm, " meldet fehlende Sendemeldungen für Q3."),
           "fr": ("Réclamation droits : ", nm, " signale des diffusions radio non réparties."),
           "es": ("Reclamación de derechos: ", nm, " indica conciertos sin liquidar."),
           "ja": ("分配照会: ", nm, " 様より演奏会の報告漏れについて問い合わせ。"),
           "pt": ("Reclamação de direitos autorais: ", nm, " aponta execuções públicas não pagas.")}[lang]
    r.t(f"{ts(g)} member-notes ", tpl)


def mrn_bands(r):
    g = r.rng
    r.t("ISRC,Title,Artist,Share,Territory,Amount\n")
    rows = [",".join([_isrc(g), g.choice(["Blue Hour", "Westbound", "Low Tide"]), b, "100",
                      g.choice(["GB", "DE", "US"]), money(g, 0, 400)]) for b in g.sample(NM.BANDS_LIKE_NAMES, 3)]
    r.t("\n".join(rows))


def mrn_batch(r):
    g = r.rng
    r.t(f"{ts(g)} distribution.run society={g.choice(SOCIETIES)} period=2026Q{g.randint(1, 4)} works={g.randint(10000, 90000)} "
        f"unmatched={g.randint(10, 900)} status=closed runner=royalty_etl")


def mrn_publishers(r):
    g = r.rng
    r.t("publisher;territory;share;admin\n")
    rows = [f"{p};{g.choice(['World', 'EU', 'NA'])};{g.choice([50, 100])};{g.choice(['yes', 'no'])}"
            for p in g.sample(["Copper Coast Music Ltd", "Edition Lumière", "Abbey Road Studios", "Jim Henson Company",
                               "Hartley & Vance Talent"], 3)]
    r.t("\n".join(rows))


def mrn_kotlin(r):
    g = r.rng
    o = Obj("MetadataConflict", [("isrc", _isrc(g)), ("contributors", []), ("source", "DSP-feed")], "kotlin")
    r.t(f"{ts(g, 'sp')} WARN  m.r.ingest.Matcher - no contributors ", odump(o))


FAMILIES = {
    "casting_submissions": ([cs_submission_json, cs_selftape_upload, cs_audition_schedule, cs_callback_note,
                             cs_traceback, cs_minor_permit, cs_chat],
                            [csn_breakdown, csn_schedule, csn_upload, csn_traceback]),
    "talent_agency_bookings": ([tb_confirm_mail, tb_options_board, tb_avail_csv, tb_commission, tb_ruby, tb_voiceover],
                               [tbn_mail, tbn_options, tbn_csv, tbn_ruby]),
    "call_sheets_crew": ([cl_call_sheet, cl_distribution, cl_roster_csv, cl_dood, cl_radio, cl_change_note, cl_java],
                         [cln_call_sheet, cln_weather, cln_roster, cln_summary]),
    "production_payroll": ([pp_start_json, pp_timecard, pp_fixed, pp_approval, pp_java, pp_kit],
                           [ppn_summary, ppn_rates, ppn_loanout, ppn_java]),
    "residuals_processing": ([rs_calc, rs_search, rs_xml, rs_estate, rs_traceback, rs_check, rs_foreign],
                             [rsn_table, rsn_batch, rsn_xml, rsn_search]),
    "music_royalties": ([mr_statement_csv, mr_split_sheet, mr_registration, mr_member_mail, mr_kotlin, mr_note],
                        [mrn_bands, mrn_batch, mrn_publishers, mrn_kotlin]),
}
