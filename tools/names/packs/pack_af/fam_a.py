"""Families 1-6 of pack_af: visa centres, consular booking, residence permits, sponsorship, work passes, students."""

from __future__ import annotations

from core import (
    CC,
    COMPANIES,
    EM,
    IP,
    PH,
    PLACEHOLDERS,
    PLACES,
    PRODUCTS,
    SERVICE_ACCOUNTS,
    SSN,
    STATUS,
    UI_STRINGS,
    N,
    Obj,
    Seg,
    card,
    csv_inner,
    digits,
    fold,
    form,
    hexid,
    ip,
    js,
    js_in_string,
    obj_dump,
    pct,
    pct_at,
    pyr,
    rsys_oct,
    seg_of,
    sql_inner,
    ssn,
    upref,
    xml_e,
)

NAT = ["IND", "PHL", "NGA", "CHN", "VNM", "UKR", "PAK", "BRA", "MEX", "TUR", "EGY", "BGD", "IDN", "GHA", "KEN",
       "COL", "NPL", "LKA", "ETH", "ZAF", "KOR", "JPN", "IRN", "AFG", "SYR", "POL", "DEU", "GBR", "USA", "THA"]
POSTS = ["DEL", "BOM", "MNL", "LOS", "ABV", "PEK", "SHA", "HAN", "SGN", "KBP", "ISB", "GRU", "MEX", "IST", "CAI",
         "DAC", "CGK", "ACC", "NBO", "BOG", "KTM", "CMB", "ADD", "JNB", "SEL", "TYO", "IKA", "BEY", "WAW", "BKK"]
VISA_CATS = ["Standard Visitor", "Skilled Worker", "Student", "Family - Spouse", "Schengen C - Business",
             "Schengen C - Tourism", "National D - Employment", "Transit", "Working Holiday", "Dependant Partner"]


def acct(g, p=None):
    """A person's account name, or a fresh staff person's."""
    p = p or g.person()
    return p.login(g.r), p


# =====================================================================================================
# 1. vac_intake_biometrics
# =====================================================================================================


def vac_receipt(g, R):
    a = g.person()
    off, _ = acct(g)
    post = g.c(POSTS)
    up = g.p(0.7)
    name = fold(a.last_first()).upper() if up else a.last_first()
    R(f"==== VAC {post}-{g.i(1, 9):02d} SUBMISSION RECEIPT ====\n",
      f"Reference      : {post}{digits(g.r, 10)}\n",
      "Applicant      : ", N(name), "\n",
      f"Visa category  : {g.c(VISA_CATS)}\n",
      f"Passport       : {g.c('KLMNPRZ')}{digits(g.r, 7)}\n")
    if g.p(0.8):
        R("Mobile         : ", PH(g.phone_for(a)), "\n")
    if g.p(0.7):
        R("E-mail         : ", EM(a.email(g.r)), "\n")
    R(f"Counter        : C{g.i(1, 24):02d}    Officer: ", N(off), "\n",
      f"Fees           : {g.c(['INR', 'PHP', 'NGN', 'CNY', 'VND', 'UAH'])} {g.i(3, 90)},{g.i(100, 999)} (paid)\n",
      f"Services       : {g.c(['SMS updates', 'Courier return', 'Premium Lounge', 'Form filling', 'none'])}\n",
      "=====================================")


def vac_enrol_syslog(g, R):
    a = g.person()
    op, _ = acct(g)
    host = f"bio-st-{g.i(1, 30):02d}"
    nm = g.nm(a, 0.4) if g.p(0.7) else a.full().upper()
    enc = [rsys_oct] if (not nm.isascii() and g.p(0.5)) else []
    R(f"{g.clock.syslog()} {host} enrold[{g.i(300, 9000)}]: capture complete ref={g.c(POSTS)}{digits(g.r, 10)} ",
      'applicant="', N(nm, *enc), '" ',
      f"fp_nfiq={g.i(1, 3)},{g.i(1, 3)},{g.i(1, 4)},{g.i(1, 3)} face_icao={g.c(['pass', 'pass', 'warn'])} ",
      "operator=", N(op), " src=", IP(ip(g.r, 0.1)))


def vac_courier_sms(g, R):
    awb = digits(g.r, 10)
    lang = g.c(["en", "tl", "hi", "tr", "vi", "id", "ar", "uk"])
    tr = {"en": None, "tl": "ph", "hi": "in_n", "tr": "tr", "vi": "vi", "id": "id", "ar": "ar", "uk": "ua"}[lang]
    a = g.person(trad=tr if g.p(0.8) else None, native_rate=0.5 if lang in ("ar", "uk", "hi") else 0.12)
    given = a.given
    if a.native and lang in ("ar", "uk", "hi") and a.trad in ("ar", "ua", "in_n"):
        given = a.native[0]
    msgs = {
        "en": ("Dear ", f", your passport has been dispatched by courier. AWB {awb}."),
        "tl": ("Magandang araw, ", f"! Naipadala na ang iyong pasaporte. AWB {awb}."),
        "hi": ("Namaste ", f" ji, aapka passport courier se bhej diya gaya hai. AWB {awb}."),
        "tr": ("Sayın ", f", pasaportunuz kargoya verilmiştir. Takip no {awb}."),
        "vi": ("Xin chào ", f", hộ chiếu của bạn đã được gửi đi. Mã vận đơn {awb}."),
        "id": ("Halo ", f", paspor Anda telah dikirim melalui kurir. AWB {awb}."),
        "ar": ("عزيزي ", f"، تم إرسال جواز سفرك عبر البريد السريع. رقم الشحنة {awb}"),
        "uk": ("Шановний(а) ", f", ваш паспорт відправлено кур'єром. Накладна {awb}."),
    }
    pre, post = msgs[lang]
    R(f"{g.clock.iso()} sms-out gw=smpp-{g.i(1, 4)} to=", PH(g.phone_for(a, g.c(["e164", "e164_noplus", "intl"]))),
      f" tpl=PASSPORT_DISPATCH lang={lang} text=\"", pre, N(given), post, '"')


def vac_payment_debug(g, R):
    a = g.person()
    holder = fold(a.full(middle=False)).upper() if g.p(0.6) else a.slash()
    R(f"{g.clock.sp(ms=True)} DEBUG [vas-payments] c.v.p.GatewayClient - auth request order=VAS-{digits(g.r, 8)} ",
      f"amount={g.i(20, 180)}.00 currency={g.c(['USD', 'EUR', 'GBP', 'INR'])} pan=", CC(card(g.r, style="plain")),
      f" exp={g.i(1, 12):02d}/{g.i(26, 31)} holder=\"", N(holder), "\" client_ip=", IP(ip(g.r)))


def vac_photo_qc(g, R):
    a = g.person()
    up, _ = acct(g, a) if g.p(0.5) else acct(g)
    fam = fold(a.family).replace(" ", "_").replace("'", "")
    giv = fold(a.given).replace(" ", "_")
    fn = f"{fam}_{giv}" if g.p(0.6) else f"{giv}_{fam}"
    reason = g.c(["BACKGROUND_NOT_UNIFORM", "EYES_CLOSED", "GLARE_ON_GLASSES", "HEAD_TILT", "LOW_RESOLUTION"])
    R(f"{g.clock.iso(ms=True)} WARN  photoqc.Validator - rejected file=/intake/{g.clock.date()}/", N(fn),
      f"_photo_{g.i(1, 4)}.jpg reason={reason} score=0.{g.i(10, 59)} uploaded_by=", N(up))


def vac_manifest_csv(g, R):
    sep = g.c([",", ";", "\t"])
    post = g.c(POSTS)
    R(f"# daily submission manifest {post} {g.clock.date()} batch={g.i(100, 999)}\n")
    R(sep.join(["ref", "surname", "given_names", "nationality", "category", "passport_no", "courier"]) + "\n")
    for _ in range(g.i(2, 4)):
        a = g.person()
        fam, giv = (a.family, a.given + (" " + a.middle if a.middle else ""))
        if g.p(0.4):
            fam, giv = fold(fam).upper(), fold(giv).upper()
        q = '"' if (sep == "," and g.p(0.5)) else ""
        R(f"{post}{digits(g.r, 10)}{sep}", q, N(fam, csv_inner) if q else N(fam), q, sep, q,
          N(giv, csv_inner) if q else N(giv), q,
          f"{sep}{g.c(NAT)}{sep}{g.c(VISA_CATS)}{sep}{g.c('KLMNPRZ')}{digits(g.r, 7)}{sep}{g.c(['Y', 'N'])}\n")
    R("# end of manifest")


def vac_checklist_json(g, R):
    a = g.person()
    chk, _ = acct(g)
    doc = {"ref": f"{g.c(POSTS)}{digits(g.r, 10)}",
           "applicant": {"surname": N(a.family), "givenNames": N(a.given), "nationality": g.c(NAT)},
           "category": g.c(VISA_CATS),
           "documents": [{"type": t, "status": g.c(["OK", "MISSING", "COPY_ONLY"])}
                         for t in g.r.sample(["passport", "bank_statement", "invitation_letter", "employment_letter",
                                              "itinerary", "insurance", "photo"], 3)],
           "checkedBy": N(chk), "checkedAt": g.clock.iso()}
    if g.p(0.6):
        s = g.person()
        doc["sponsor"] = {"name": N(g.nm(s)), "relationship": g.c(["brother", "aunt", "friend", "employer contact"]),
                          "phone": PH(g.phone_for(s))}
    asc = g.p(0.3)
    R(f"{g.clock.sp()} INFO intake.checklist saved\n")
    R.doc("json", js(doc, indent=2, ascii=asc))


def vac_neg_heartbeat(g, R):
    host = f"bio-st-{g.i(1, 30):02d}"
    R(f"{g.clock.syslog()} {host} enrold[{g.i(300, 9000)}]: heartbeat scanner=\"{g.c(PRODUCTS[19:])}\" ",
      f"fw={g.i(1, 5)}.{g.i(0, 9)}.{g.i(0, 20)} temp={g.i(30, 48)}C queue={g.i(0, 5)} operator={g.c(SERVICE_ACCOUNTS)} ",
      f"status={g.c(['Ready', 'Idle', 'Calibrating'])}")


def vac_neg_manifest(g, R):
    sep = g.c([",", ";"])
    post = g.c(POSTS)
    R(f"# daily submission manifest {post} {g.clock.date()} batch={g.i(100, 999)}\n",
      sep.join(["ref", "surname", "given_names", "nationality", "category", "passport_no", "courier"]) + "\n")
    for _ in range(g.i(1, 3)):
        R(f"{post}{digits(g.r, 10)}{sep}{g.c(PLACEHOLDERS)}{sep}{g.c(PLACEHOLDERS)}{sep}{g.c(NAT)}{sep}",
          f"{g.c(VISA_CATS)}{sep}VOID{sep}N\n")
    R("# rows=0 valid, all voided by ", g.c(SERVICE_ACCOUNTS))


def vac_neg_tariff(g, R):
    R(f"{g.clock.iso()} INFO vas.catalogue refreshed centre={g.c(PLACES)} VAC\n")
    R(f"{'service':<22}{'price':>10}  status\n")
    for s in g.r.sample(["Premium Lounge", "SMS Alerts", "Courier Return", "Photo Booth", "Form Filling",
                         "Prime Time Appointment", "Keep My Passport", "Document Scanning"], 4):
        R(f"{s:<22}{g.i(5, 220):>7}.00  {g.c(STATUS)}\n")


def vac_neg_photo(g, R):
    R(f"{g.clock.iso(ms=True)} WARN  photoqc.Validator - rejected file=/intake/selftest/sample_ICAO_",
      f"{g.c(['ok', 'glare', 'tilt'])}_{g.i(1, 9)}.jpg reason={g.c(['GLARE_ON_GLASSES', 'HEAD_TILT'])} ",
      f"score=0.{g.i(10, 59)} uploaded_by={g.c(SERVICE_ACCOUNTS)} model=\"{g.c(PRODUCTS)}\"")


# =====================================================================================================
# 2. consular_slot_booking
# =====================================================================================================

UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
      "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 Chrome/130.0 Mobile Safari/537.36"]


def slot_form_post(g, R):
    a = g.person()
    R(IP(ip(g.r)), f" - - [{g.clock.clf()}] \"POST /appointments/{g.c(POSTS).lower()}/book HTTP/1.1\" 302 0 ",
      f"\"https://appointments.consulate.example/step/3\" \"{g.c(UA)}\"\n")
    enc = g.c([form, pct])
    R("  form: surname=", N(a.family, enc), "&given_names=", N(a.given, enc))
    if g.p(0.7):
        R("&email=", EM(a.email(g.r), pct_at))
    if g.p(0.6):
        R("&phone=", PH(g.phone_for(a, g.c(["intl", "e164"])), form))
    R(f"&category={form(g.c(VISA_CATS))}&slot={pct(g.clock.iso(z=False))}&csrf={hexid(g.r, 24)}")


def slot_hold_debug(g, R):
    a = g.person()
    lg, _ = acct(g, a)
    post = g.c(POSTS)
    R(f"{g.clock.sp(ms=True)} DEBUG slotsvc.hold key=slot:{post}:{g.clock.date()}:{g.i(8, 15):02d}{g.c(['00', '30'])} ",
      "ttl=600 holder=", N(lg), ' display="', N(a.full() if g.p(0.6) else a.last_first()), '" ',
      f"party_size={g.i(1, 4)} result={g.c(['HELD', 'HELD', 'CONTENDED'])}")


def slot_mail_headers(g, R):
    a = g.person()
    em = a.email(g.r)
    post = g.c(POSTS)
    R(f"{g.clock.iso()} mailer[{g.i(100, 999)}]: queued message\n",
      'From: "Consular Appointments" <', EM(f"noreply@appointments-{post.lower()}.consulate.example"), ">\n",
      'To: "', N(g.nm(a, 0.4)), '" <', EM(em), ">\n",
      "Subject: Appointment rescheduled - ", N(a.last_first() if g.p(0.5) else a.full().upper()),
      f" ({g.clock.date()} {g.clock.slot()})\n",
      f"Message-ID: <{digits(g.r, 12)}.{hexid(g.r, 6)}@appointments.consulate.example>\n",
      f"X-Booking-Ref: {upref(g.r)}")


def slot_java_exc(g, R):
    a = g.person()
    o = Obj("Applicant", [("id", g.i(10000, 99999)), ("surname", N(a.family)), ("givenNames", N(a.given)),
                          ("passportCountry", g.c(NAT)), ("email", EM(a.email(g.r))), ("post", g.c(POSTS))],
            style="java")
    R(f"{g.clock.sp(ms=True)} ERROR [http-nio-8443-exec-{g.i(1, 40)}] c.c.booking.BookingController - booking failed\n",
      f"com.consular.booking.SlotUnavailableException: slot {g.clock.iso(z=False)} already taken for ", *obj_dump(o),
      "\n\tat com.consular.booking.SlotService.reserve(SlotService.java:", str(g.i(80, 400)), ")\n",
      "\tat com.consular.booking.BookingController.book(BookingController.java:", str(g.i(40, 200)), ")\n",
      "\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)")


def slot_kafka(g, R):
    a = g.person()
    inner = {"event": "BookingConfirmed", "ref": upref(g.r), "post": g.c(POSTS),
             "applicant": {"name": N(g.nm(a)), "email": EM(a.email(g.r))},
             "slot": g.clock.iso(), "companions": []}
    for _ in range(g.i(0, 2)):
        c = g.person(trad=a.trad)
        inner["companions"].append({"name": N(c.full()), "relation": g.c(["spouse", "child", "parent"])})
    R(f"{g.clock.sp(ms=True)} DEBUG kafka.consumer record=")
    R.doc("json", [Seg(f'{{"topic": "booking.events", "partition": {g.i(0, 11)}, "offset": {g.i(10000, 999999)}, '
                       '"value": '), *js_in_string(inner), Seg("}")])


def slot_notify_lang(g, R):
    d, t = g.clock.dmy(), g.clock.slot()
    lang = g.c(["it", "pl", "vi", "id", "ko", "tr", "nl", "ja"])
    tr = {"it": "it", "pl": "pl", "vi": "vi", "id": "id", "ko": "ko", "tr": "tr", "nl": "nl", "ja": "ja"}[lang]
    a = g.person(trad=tr if g.p(0.75) else None, native_rate=0.5)
    nm = a.full()
    if lang in ("ko", "ja") and a.native and a.trad in ("ko", "ja"):
        nm = a.native_full()
    tpl = {
        "it": ("Gentile ", f", il suo appuntamento presso il Consolato è fissato per il {d} alle {t}."),
        "pl": ("Szanowny Panie/Pani ", f", Pana/Pani wizyta w konsulacie została wyznaczona na {d}, godz. {t}."),
        "vi": ("Kính gửi ", f", lịch hẹn tại Lãnh sự quán của bạn là ngày {d} lúc {t}."),
        "id": ("Yth. ", f", janji temu Anda di Konsulat dijadwalkan pada {d} pukul {t}."),
        "ko": ("", f"님, 영사관 방문 예약이 {d} {t}에 확정되었습니다."),
        "tr": ("Sayın ", f", konsolosluk randevunuz {d} tarihinde saat {t} olarak belirlenmiştir."),
        "nl": ("Beste ", f", uw afspraak bij het consulaat staat gepland op {d} om {t}."),
        "ja": ("", f" 様、領事館でのご予約は {d} {t} に確定しました。"),
    }[lang]
    R(f"{g.clock.iso()} notify[{lang}] channel={g.c(['email', 'sms', 'push'])} ref={upref(g.r)} body=\"",
      tpl[0], N(nm), tpl[1], '"')
    if g.p(0.5):
        R(" to=", PH(g.phone_for(a, "e164")))


def slot_captcha(g, R):
    a = g.person()
    R(f"{g.clock.iso(ms=True)} INFO antibot verdict=allow score=0.{g.i(60, 99)} session={hexid(g.r, 16)} ",
      "login_email=", EM(a.email(g.r)), " client=", IP(ip(g.r, 0.3)), f" attempts={g.i(1, 4)}")


def slot_neg_release(g, R):
    R(f"{g.clock.iso()} INFO slotsvc.release post={g.c(POSTS)} date={g.clock.date()} released={g.i(20, 400)} ",
      f"category=\"{g.c(VISA_CATS)}\" by={g.c(SERVICE_ACCOUNTS)} reason={g.c(['daily_open', 'cancellations', 'vip_pool'])}")


def slot_neg_blocked(g, R):
    R(f"{g.clock.iso(ms=True)} WARN antibot verdict=block score=0.0{g.i(1, 9)} session={hexid(g.r, 16)} ",
      f"login_email=<none> client=[masked] asn=AS{g.i(1000, 65000)} reason={g.c(['headless', 'rate_limit', 'ja3_mismatch'])}")


def slot_neg_stats(g, R):
    R(f"slot utilisation {g.clock.date()}\n{'post':<6}{'offered':>9}{'booked':>8}{'no_show':>9}\n")
    for p in g.r.sample(POSTS, 4):
        o = g.i(100, 900)
        R(f"{p:<6}{o:>9}{g.i(50, o):>8}{g.i(0, 40):>9}\n")


def slot_neg_templates(g, R):
    lang = g.c(sorted(UI_STRINGS))
    R(f"{g.clock.iso()} notify[{lang}] template=APPT_CONFIRMED placeholder={{applicant_name}} ",
      f"preview=\"{UI_STRINGS[lang]}\" status={g.c(STATUS)}")


# =====================================================================================================
# 3. residence_permit_casework
# =====================================================================================================

TASKS = ["VERIFY_EMPLOYMENT", "CHECK_HOUSING", "REVIEW_INCOME", "INTEGRATION_EXAM", "SECURITY_SCREENING",
         "BIOMETRICS_MATCH", "DECISION_DRAFT", "QUALITY_CHECK"]


def rp_task_logfmt(g, R):
    a = g.person()
    w1, _ = acct(g)
    w2, _ = acct(g)
    R(f"ts={g.clock.iso()} level=info msg=\"task assigned\" case=RP-2025-{digits(g.r, 6)} task={g.c(TASKS)} ",
      "assignee=", N(w1), " assigned_by=", N(w2), ' applicant="', N(a.last_first() if g.p(0.6) else a.full()), '"',
      f" priority={g.c(['normal', 'high'])} due={g.clock.date()}")


def rp_reunification_json(g, R):
    s = g.person()
    doc = {"caseId": f"FR-{digits(g.r, 8)}", "type": "FAMILY_REUNIFICATION",
           "sponsor": {"familyName": N(s.family), "givenName": N(s.given), "permit": g.c(["EU Blue Card", "ICT",
                                                                                           "Permanent"]),
                       "phone": PH(g.phone_for(s))},
           "dependants": []}
    for _ in range(g.i(1, 3)):
        d = g.person(trad=s.trad)
        item = {"familyName": N(d.family), "givenName": N(d.given), "relation": g.c(["SPOUSE", "CHILD", "CHILD"])}
        if d.native and g.p(0.5):
            item["nativeScriptName"] = N(d.native_full())
        doc["dependants"].append(item)
    doc["status"] = g.c(STATUS)
    R(f"{g.clock.sp(ms=True)} INFO  [case-api] PUT /cases/{doc['caseId']} 200\n")
    R.doc("json", js(doc, indent=g.c([2, 4]), ascii=g.p(0.25)))


def rp_card_print(g, R):
    R(f"HDR RPCARD {g.clock.date().replace('-', '')} LOT{digits(g.r, 5)} PRINTER=DATACARD-{g.i(1, 4)}\n")
    for _ in range(g.i(2, 4)):
        a = g.person()
        fam = fold(a.family).upper()[:24].strip()
        giv = fold(a.given + (" " + a.middle if a.middle else "")).upper()[:24].strip()
        R(f"DTL {upref(g.r, 2, 7)} ", N(fam), " " * (25 - len(fam)), N(giv), " " * (25 - len(giv)),
          f"{g.c(NAT)} {g.clock.dmy('')} {g.c(['A', 'B', 'C', 'D'])}{g.i(1, 5)}\n")
    R(f"TRL COUNT={g.i(2, 4):06d}")


def rp_av_scan(g, R):
    a = g.person()
    case = f"RP-2025-{digits(g.r, 6)}"
    nm = f"{a.given.replace(' ', '_')}_{a.family.replace(' ', '_')}"
    enc = [rsys_oct] if (not nm.isascii() and g.p(0.6)) else []
    if not enc:
        nm = fold(nm)
    kind = g.c(["bank_statement", "employment_contract", "rental_agreement", "birth_certificate", "marriage_cert"])
    R(f"{g.clock.syslog()} upload-av clamd[{g.i(100, 9999)}]: /srv/uploads/{case}/", N(nm, *enc),
      f"_{kind}.pdf: OK\n",
      f"{g.clock.syslog()} upload-av intake[{g.i(100, 9999)}]: stored case={case} size={g.i(40, 900)}KB by=", N(a.login(g.r)))


def rp_py_traceback(g, R):
    a = g.person()
    w, _ = acct(g)
    loc = {"case_id": f"RP-2025-{digits(g.r, 6)}", "applicant": N(g.nm(a, 0.4)), "caseworker": N(w),
           "decision": g.c(["GRANT", "REFUSE", "GRANT_LIMITED"]), "template": "decision_letter_v7.docx"}
    R(f"{g.clock.sp(ms=True)} ERROR letters.render failed\n",
      "Traceback (most recent call last):\n",
      '  File "/app/letters/render.py", line ', str(g.i(40, 300)), ", in render_decision\n",
      "    doc = tpl.render(ctx)\n",
      '  File "/app/letters/engine.py", line ', str(g.i(10, 90)), ", in render\n",
      "    raise KeyError(field)\n",
      "KeyError: 'sponsor_address'\n",
      "locals: ")
    R.doc("py", pyr(loc))


def rp_note_lang(g, R):
    a = g.person()
    w = g.person()
    lang = g.c(["nl", "sv", "it", "cs", "de"])
    f = a.gender == "f"
    title = {"nl": "mevrouw " if f else "de heer ", "sv": "", "it": "la sig.ra " if f else "il sig. ",
             "cs": "paní " if f else "pan ", "de": "Frau " if f else "Herr "}[lang]
    body = {
        "nl": ("Aanvraag verblijfsvergunning van ", "; referent bevestigt inkomen. Behandelaar: "),
        "sv": ("Ansökan om uppehållstillstånd från ", " kompletterad med anställningsavtal. Handläggare: "),
        "it": ("Permesso di soggiorno: ", " ha presentato il contratto di lavoro. Operatore: "),
        "cs": ("Žádost o povolení k pobytu – ", " doložil(a) ubytování. Referent: "),
        "de": ("Aufenthaltstitel: ", " hat den Arbeitsvertrag nachgereicht. Sachbearbeitung: "),
    }[lang]
    R(f"{g.clock.sp()} [{lang}] note case=RP-2025-{digits(g.r, 6)} text=\"", body[0], title, N(a.full()), body[1],
      N(w.initial_family() if g.p(0.5) else w.full()), '"')


def rp_sql_update(g, R):
    a = g.person()
    w, _ = acct(g)
    R(f"{g.clock.sp(ms=True)} DEBUG sql: UPDATE rp_case SET status = '{g.c(['GRANTED', 'REFUSED', 'ON_HOLD'])}', ",
      "decided_by = '", N(w), "', decided_at = now() WHERE applicant_family_name = '", N(a.family, sql_inner),
      "' AND applicant_given_name = '", N(a.given, sql_inner), f"' AND case_no = 'RP-2025-{digits(g.r, 6)}'")


def rp_neg_queue(g, R):
    R(f"{g.clock.iso()} queue snapshot office={g.c(PLACES)}\n")
    for t in g.r.sample(TASKS, 4):
        R(f"  {t:<20} open={g.i(0, 400):>4} overdue={g.i(0, 60):>3} owner={g.c(SERVICE_ACCOUNTS)}\n")


def rp_neg_av(g, R):
    R(f"{g.clock.syslog()} upload-av clamd[{g.i(100, 9999)}]: /srv/templates/{g.c(['en', 'de', 'nl'])}/",
      f"template_{g.c(['bank_statement', 'employment_contract', 'rental_agreement'])}_v{g.i(1, 9)}.pdf: OK\n",
      f"{g.clock.syslog()} upload-av freshclam[{g.i(100, 9999)}]: daily.cvd updated (version: {g.i(27000, 27999)})")


def rp_neg_print(g, R):
    R(f"HDR RPCARD {g.clock.date().replace('-', '')} LOT{digits(g.r, 5)} PRINTER=DATACARD-{g.i(1, 4)}\n",
      f"DTL {'TESTCARD':<9}{'SPECIMEN':<25}{'SAMPLE':<25}XXX 01011970 A1\n",
      "TRL COUNT=000001 STATUS=", g.c(["Calibration", "Test Print", "Aborted"]))


def rp_neg_sql(g, R):
    R(f"{g.clock.sp(ms=True)} DEBUG sql: SELECT status, count(*) FROM rp_case WHERE office = '{g.c(PLACES)}' ",
      f"AND created_at > now() - interval '{g.i(1, 30)} days' GROUP BY status -- user={g.c(SERVICE_ACCOUNTS)}")


# =====================================================================================================
# 4. employer_sponsorship
# =====================================================================================================

SOC = ["2136", "2134", "2231", "2211", "3543", "2421", "2125"]


def sp_cos_xml(g, R):
    a = g.person()
    l1, _ = acct(g)
    R(f"{g.clock.iso()} INFO sms-client submitted CoS batch\n")
    x = [f"<CertificateOfSponsorship number=\"C2G{upref(g.r, 1, 6)}{g.c('ABCDEFGH')}\">\n",
         "  <Migrant>\n    <FamilyName>", N(a.family, xml_e), "</FamilyName>\n    <GivenName>", N(a.given, xml_e),
         "</GivenName>\n"]
    if a.middle:
        x += ["    <OtherNames>", N(a.middle, xml_e), "</OtherNames>\n"]
    x += [f"    <Nationality>{g.c(NAT)}</Nationality>\n  </Migrant>\n",
          f"  <Job soc=\"{g.c(SOC)}\" salary=\"{g.i(38, 120)}000\" route=\"Skilled Worker\"/>\n",
          "  <AssignedBy user=\"", N(l1, xml_e), "\">Level 1 User</AssignedBy>\n</CertificateOfSponsorship>"]
    R.doc("xml", seg_of(x))


def sp_h1b_csv(g, R):
    R("registration_number,beneficiary_last_name,beneficiary_first_name,country_of_birth,gender,employer_fein,status\n")
    for _ in range(g.i(2, 4)):
        a = g.person()
        up = g.p(0.4)
        fam, giv = (fold(a.family).upper(), fold(a.given).upper()) if up else (a.family, a.given)
        R(f"{g.clock.date()[:4]}{digits(g.r, 9)},", N(fam), ",", N(giv),
          f",{g.c(NAT)},{g.c('MF')},{digits(g.r, 2)}-{digits(g.r, 7)},{g.c(['SELECTED', 'SUBMITTED', 'NOT SELECTED'])}\n")


def sp_key_personnel(g, R):
    ao = g.person()
    kc = g.person()
    R(f"--- sponsor licence key personnel (licence {upref(g.r, 1, 7)}) ---\n",
      "Authorising Officer : ", N(ao.full()), "\n",
      "Key Contact         : ", N(kc.full() if g.p(0.5) else kc.last_first()), " <", EM(kc.email(g.r, "hr.example.com")),
      ">\n", "Phone               : ", PH(g.phone_for(kc)), "\n", "Level 1 Users       : ")
    for k in range(g.i(1, 3)):
        if k:
            R(", ")
        R(N(g.person().login(g.r)))
    R(f"\nLast reviewed       : {g.clock.date()}")


def sp_hris_ssn(g, R):
    a = g.person()
    style = g.c(["full", "masked", "last4"])
    R(f"{g.clock.iso()} hris-sync worker_id=W{digits(g.r, 6)} name=\"", N(a.full()), "\" visa=",
      g.c(["H-1B", "L-1A", "O-1", "TN", "E-3"]), f" i94_exp={g.clock.date()} ")
    if style == "full":
        R("ssn=", SSN(ssn(g.r, g.c(["dash", "bare"]))))
    elif style == "masked":
        R("ssn=***-**-", SSN(digits(g.r, 4)))
    else:
        R("ssn_last4=", SSN(digits(g.r, 4)))
    R(f" result={g.c(['updated', 'created'])}")


def sp_ruby_petition(g, R):
    a = g.person()
    att = g.person()
    o = Obj("Petition", [("id", g.i(1000, 9999)), ("receipt", f"{g.c(['EAC', 'WAC', 'IOE'])}{digits(g.r, 10)}"),
                         ("beneficiary", Obj("Beneficiary", [("first_name", N(a.given)), ("last_name", N(a.family)),
                                                             ("country", g.c(NAT))], "ruby")),
                         ("attorney", N(att.full())), ("status", g.c(STATUS))], "ruby")
    R(f"I, [{g.clock.iso(z=False)} #{g.i(1000, 9999)}]  INFO -- : petition filed ", *obj_dump(o))


def sp_mail(g, R):
    a = g.person()
    hr = g.person()
    R(f"{g.clock.iso()} mailer: sent to=", EM(a.email(g.r)), " subject=\"Work permit extension\"\n",
      "Dear ", N(a.given), f",\nyour work permit expires on {g.clock.date()}. Please upload your new contract.\n",
      "Kind regards,\n", N(hr.initial_family()), f"\nGlobal Mobility, {g.c(COMPANIES)}\n", "Tel. ",
      PH(g.phone_for(hr)))


def sp_rtw(g, R):
    a = g.person()
    ch, _ = acct(g)
    R(f"{g.clock.sp()} rtw-check share_code={upref(g.r, 1, 0)}{digits(g.r, 2)}-{upref(g.r, 3, 0)}-{upref(g.r, 3, 0)} ",
      'worker="', N(a.last_first()), '" checked_by=', N(ch), f" result={g.c(['CONTINUOUS', 'TIME_LIMITED'])}")


def sp_neg_alloc(g, R):
    R(f"{g.clock.iso()} INFO CoS allocation sponsor=\"{g.c(COMPANIES)}\" defined={g.i(0, 50)} undefined={g.i(0, 80)} ",
      f"used={g.i(0, 40)} requested_by={g.c(SERVICE_ACCOUNTS)} status={g.c(STATUS)}")


def sp_neg_csv(g, R):
    R("registration_number,beneficiary_last_name,beneficiary_first_name,country_of_birth,gender,employer_fein,status\n",
      f"# export {g.clock.date()}: 0 registrations for employer \"{g.c(COMPANIES)}\"")


def sp_neg_personnel(g, R):
    R(f"--- sponsor licence key personnel (licence {upref(g.r, 1, 7)}) ---\n",
      f"Authorising Officer : {g.c(['VACANT', 'TBA'])}\nKey Contact         : {g.c(['HR Shared Services', 'TBA'])}\n",
      f"Level 1 Users       : {g.c(SERVICE_ACCOUNTS)}\nLast reviewed       : {g.clock.date()}")


def sp_neg_hris(g, R):
    R(f"{g.clock.iso()} hris-sync worker_id=W{digits(g.r, 6)} name=\"{g.c(PLACEHOLDERS)}\" visa=N/A ",
      f"ssn=<not collected> result=skipped by={g.c(SERVICE_ACCOUNTS)}")


# =====================================================================================================
# 5. work_pass_eservices
# =====================================================================================================


def wp_login(g, R):
    a = g.person()
    R(f"{g.clock.sp(ms=True)} INFO  [auth] corporate login uen={digits(g.r, 9)}{g.c('KMNW')} user=", N(a.login(g.r)),
      ' ("', N(a.full()), '") role=', g.c(["EMPLOYER_ADMIN", "EMPLOYMENT_AGENT", "HR_OFFICER"]), " ip=", IP(ip(g.r)))


def wp_medical_json(g, R):
    a = g.person()
    d = g.person()
    doc = {"passNo": f"{g.c('GFS')}{digits(g.r, 7)}", "worker": {"name": N(fold(a.full()).upper()),
                                                                  "nationality": g.c(NAT)},
           "result": g.c(["FIT", "FIT", "UNFIT_PENDING_XRAY"]), "clinic": f"{g.c(PLACES)} Medical Centre",
           "doctorTitle": "Dr", "doctorName": N(d.full()), "examinedAt": g.clock.iso()}
    R(f"{g.clock.iso()} callback /medical/results from clinic-gw\n")
    R.doc("json", js(doc, indent=None if g.p(0.5) else 2))


def wp_levy_payment(g, R):
    a = g.person()
    R(f"{g.clock.sp()} DEBUG levy.pay txn={digits(g.r, 12)} employer_uen={digits(g.r, 9)}K amount={g.i(300, 950)}.00 ",
      "card=", CC(card(g.r, style=g.c(["space", "plain"]))), ' cardholder="', N(fold(a.full(middle=False)).upper()),
      '" 3ds=Y')


def wp_sms_lang(g, R):
    lang = g.c(["ar", "ms", "zh", "ta", "bn", "ne", "en"])
    tr = {"ar": "ar", "ms": "my", "zh": "zh", "ta": "in_s", "bn": "bn", "ne": "np", "en": None}[lang]
    a = g.person(trad=tr, native_rate=0.6)
    nm = a.given
    if a.native and lang in ("ar", "zh", "ta", "bn"):
        nm = a.native[0] if lang != "zh" else a.native_full()
    msg = {"ar": ("عزيزي ", "، تم إصدار تصريح العمل الخاص بك."),
           "ms": ("Salam ", ", permit kerja anda telah diluluskan."),
           "zh": ("", "，您的工作准证已获批准。"),
           "ta": ("அன்புள்ள ", ", உங்கள் வேலை அனுமதி அங்கீகரிக்கப்பட்டது."),
           "bn": ("প্রিয় ", ", আপনার ওয়ার্ক পারমিট অনুমোদিত হয়েছে।"),
           "ne": ("Namaste ", ", tapaiko work permit swikrit bhayeko chha."),
           "en": ("Hi ", ", your work pass has been approved. Collect your card within 30 days.")}[lang]
    R(f"{g.clock.iso()} sms queued lang={lang} msisdn=", PH(g.phone_for(a, g.c(["e164_noplus", "e164"]))),
      ' text="', msg[0], N(nm), msg[1], '"')


def wp_card_print(g, R):
    R(f"WPCARD BATCH {digits(g.r, 6)} {g.clock.date()}\n{'PASS NO':<11}{'NAME':<36}{'NAT':<5}{'SECTOR':<12}\n")
    for _ in range(g.i(2, 4)):
        a = g.person()
        nm = fold(a.full()).upper()[:34].strip()
        R(f"{g.c('GFS')}{digits(g.r, 7)}  ", N(nm), " " * (36 - len(nm)),
          f"{g.c(NAT):<5}{g.c(['CONSTRUCTION', 'MARINE', 'SERVICES', 'PROCESS']):<12}\n")


def wp_appeal_mail(g, R):
    a = g.person()
    R(f"{g.clock.iso()} inbound-mail id={hexid(g.r, 10)}\n",
      'From: "', N(g.nm(a)), '" <', EM(a.email(g.r)), ">\n",
      "Subject: Appeal against rejection of work pass ", f"{g.c('GFS')}{digits(g.r, 7)}\n",
      "Body-Preview: I am writing on behalf of my brother ")
    b = g.person(trad=a.trad)
    R(N(g.nm(b)), ". Please call me on ", PH(g.phone_for(a)), ".")


def wp_kotlin(g, R):
    a = g.person()
    lg, _ = acct(g)
    o = Obj("WorkPassApplication",
            [("id", g.i(100000, 999999)),
             ("worker", Obj("Worker", [("name", N(a.full())), ("nationality", g.c(NAT))], "kotlin")),
             ("employer", Obj("Employer", [("uen", f"{digits(g.r, 9)}K"), ("name", g.c(COMPANIES))], "kotlin")),
             ("submittedBy", N(lg)), ("status", g.c(STATUS).upper().replace(" ", "_"))], "kotlin")
    R(f"{g.clock.sp(ms=True)} WARN  o.w.e.ApplicationService : quota check pending for ", *obj_dump(o))


def wp_neg_status(g, R):
    R(f"{g.clock.iso()} INFO portal status service=eservices-wp mode={g.c(['normal', 'maintenance'])} ",
      f"queue_depth={g.i(0, 300)} build={g.i(1, 9)}.{g.i(0, 40)}.{g.i(0, 9)} operator={g.c(SERVICE_ACCOUNTS)}")


def wp_neg_levy(g, R):
    R(f"levy statement {g.clock.date()[:7]}\n")
    for c in g.r.sample(COMPANIES, 3):
        R(f"  {c:<36} workers={g.i(1, 400):>4} levy={g.i(300, 90000):>7}.00 status={g.c(STATUS)}\n")


def wp_neg_sms(g, R):
    lang = g.c(sorted(UI_STRINGS))
    R(f"{g.clock.iso()} sms template WP_APPROVED lang={lang} body=\"{{{{worker_name}}}}: {UI_STRINGS[lang]}\" ",
      "msisdn=<unset>")


def wp_neg_kotlin(g, R):
    o = Obj("WorkPassApplication",
            [("id", g.i(100000, 999999)), ("worker", None),
             ("employer", Obj("Employer", [("uen", f"{digits(g.r, 9)}K"), ("name", g.c(COMPANIES))], "kotlin")),
             ("submittedBy", g.c(SERVICE_ACCOUNTS)), ("status", "DRAFT")], "kotlin")
    R(f"{g.clock.sp(ms=True)} WARN  o.w.e.ApplicationService : incomplete draft ", *obj_dump(o))


# =====================================================================================================
# 6. intl_student_office
# =====================================================================================================


def st_sevis_xml(g, R):
    a = g.person()
    dso, _ = acct(g)
    x = ['<SEVISBatchCreateUpdateStudent><UserID>', N(dso, xml_e), f"</UserID><BatchID>{upref(g.r, 2, 8)}</BatchID>",
         f'<UpdateStudent><Student sevisID="N00{digits(g.r, 8)}" requestID="{g.i(1, 999)}">',
         "<Biographical><FullName><LastName>", N(a.family, xml_e), "</LastName><FirstName>", N(a.given, xml_e),
         "</FirstName></FullName>"]
    if g.p(0.5):
        x += ["<EmailAddress>", EM(a.email(g.r)), "</EmailAddress>"]
    x += [f"<CitizenshipCountryCode>{g.c(NAT)[:2]}</CitizenshipCountryCode></Biographical>",
          "</Student></UpdateStudent></SEVISBatchCreateUpdateStudent>"]
    R(f"{g.clock.iso()} sevis-rti upload file=batch_{digits(g.r, 6)}.xml\n")
    R.doc("xml", seg_of(x))


def st_cpt_logfmt(g, R):
    a = g.person()
    dso, _ = acct(g)
    R(f"time={g.clock.iso()} event={g.c(['cpt_authorized', 'opt_recommended', 'stem_opt_i983_received'])} student=\"",
      N(a.last_first()), f"\" sevis=N00{digits(g.r, 8)} employer=\"{g.c(COMPANIES)}\" dso=", N(dso),
      f" start={g.clock.date()}")
    if g.p(0.4):
        R(" payroll_ssn_last4=", SSN(digits(g.r, 4)))


def st_enrol_csv(g, R):
    R("student_id\tlast_name\tfirst_name\temail\tcredits\tstatus\n")
    for _ in range(g.i(2, 4)):
        a = g.person()
        R(f"{digits(g.r, 8)}\t", N(a.family), "\t", N(a.given), "\t", EM(a.email(g.r, "student.uni.example.edu")),
          f"\t{g.i(3, 18)}\t{g.c(['FT', 'PT', 'RCL'])}\n")


def st_cas(g, R):
    a = g.person()
    by, _ = acct(g)
    R(f"{g.clock.sp()} INFO cas.assign cas=E4G{upref(g.r, 1, 8)} student_name=\"", N(fold(a.family).upper() + " " + a.given),
      f"\" course=\"MSc {g.c(['Data Science', 'Finance', 'Civil Engineering', 'Nursing'])}\" by=", N(by),
      f" atas={g.c(['not_required', 'pending'])}")


def st_chat(g, R):
    a = g.person()
    adv = g.person()
    al = adv.login(g.r)
    R(f"[{g.clock.hm()}] <", N(al), "> Hi ", N(a.given), ", thanks for booking. Is your I-94 updated?\n",
      f"[{g.clock.hm()}] <student:", N(a.full()), "> Yes, I uploaded it. You can reach me at ",
      PH(g.phone_for(a)), "\n",
      f"[{g.clock.hm()}] <", N(al), "> Great, I'll review it today.")


def st_waiver_mail(g, R):
    a = g.person()
    s = g.person()
    R(f"{g.clock.iso()} outbound-mail tpl=insurance_waiver_denied to=", EM(a.email(g.r, "student.uni.example.edu")),
      "\nDear ", N(a.given), f",\nyour waiver request for {g.c(['Fall', 'Spring'])} 2025 was not approved.\n",
      "Best,\n", N(s.full()), ", International Student & Scholar Services")


def st_parent_msg(g, R):
    a = g.person(trad=g.c(["ja", "zh", "ko"]))
    nm = a.native_full() if a.native else a.full(fg=True)
    lang = {"ja": "ja", "zh": "zh", "ko": "ko"}.get(a.trad, "ja")
    txt = {"ja": ("保護者様より: ", " の寮の手続きについて問い合わせ。連絡先 "),
           "zh": ("家长来信: 关于", "的宿舍申请，联系电话 "),
           "ko": ("학부모 문의: ", " 학생 기숙사 배정 문의, 연락처 ")}[lang]
    R(f"{g.clock.iso()} ticket={digits(g.r, 6)} lang={lang} ", txt[0], N(nm), txt[1], PH(g.phone_for(a)))


def st_neg_sevis(g, R):
    R(f"{g.clock.iso()} sevis-rti result batch={upref(g.r, 2, 8)} processed={g.i(1, 80)} errors=0 ",
      f"user={g.c(SERVICE_ACCOUNTS)} status={g.c(['Completed', 'Partially Processed'])}")


def st_neg_reminder(g, R):
    R(f"{g.clock.iso()} reminder role=DSO topic=\"{g.c(['SEVP training', 'Annual PDSO review', 'OPT reporting'])}\" ",
      f"recipients=dso-group office=\"{g.c(['Lincoln Hall', 'Franklin Building', 'Washington Center'])}\"")


def st_neg_csv(g, R):
    R("student_id\tlast_name\tfirst_name\temail\tcredits\tstatus\n",
      f"# no rows: term {g.c(['2025FA', '2026SP'])} registration not open (owner {g.c(SERVICE_ACCOUNTS)})")


def st_neg_chat(g, R):
    R(f"[{g.clock.hm()}] <iss-bot> Office hours today: {g.clock.slot()}-{g.clock.slot()} in {g.c(PLACES)} Room.\n",
      f"[{g.clock.hm()}] <iss-bot> {g.c(['Travel signatures', 'OPT workshops', 'Tax clinics'])} resume next week.")


FAMILIES = [
    ("vac_intake_biometrics",
     [vac_receipt, vac_enrol_syslog, vac_courier_sms, vac_payment_debug, vac_photo_qc, vac_manifest_csv,
      vac_checklist_json],
     [vac_neg_heartbeat, vac_neg_manifest, vac_neg_tariff, vac_neg_photo]),
    ("consular_slot_booking",
     [slot_form_post, slot_hold_debug, slot_mail_headers, slot_java_exc, slot_kafka, slot_notify_lang, slot_captcha],
     [slot_neg_release, slot_neg_blocked, slot_neg_stats, slot_neg_templates]),
    ("residence_permit_casework",
     [rp_task_logfmt, rp_reunification_json, rp_card_print, rp_av_scan, rp_py_traceback, rp_note_lang, rp_sql_update],
     [rp_neg_queue, rp_neg_av, rp_neg_print, rp_neg_sql]),
    ("employer_sponsorship",
     [sp_cos_xml, sp_h1b_csv, sp_key_personnel, sp_hris_ssn, sp_ruby_petition, sp_mail, sp_rtw],
     [sp_neg_alloc, sp_neg_csv, sp_neg_personnel, sp_neg_hris]),
    ("work_pass_eservices",
     [wp_login, wp_medical_json, wp_levy_payment, wp_sms_lang, wp_card_print, wp_appeal_mail, wp_kotlin],
     [wp_neg_status, wp_neg_levy, wp_neg_sms, wp_neg_kotlin]),
    ("intl_student_office",
     [st_sevis_xml, st_cpt_logfmt, st_enrol_csv, st_cas, st_chat, st_waiver_mail, st_parent_msg],
     [st_neg_sevis, st_neg_reminder, st_neg_csv, st_neg_chat]),
]

