"""pack_ag families 1-6: salon booking, deposits and card-on-file, client record cards, stylist commissions,
barber walk-in queues, spa / massage / nail treatments."""

from __future__ import annotations

from core import (
    COMPANIES,
    CSVQ,
    FORM,
    PCT,
    PLACEHOLDERS,
    PRODUCTS,
    RB,
    ROOMS,
    SERVICE_ACCTS,
    SQL,
    STATUSES,
    TECHNIQUES,
    UI_STRINGS,
    XML,
    M,
    P,
    jdoc,
    pyrepr,
)

N, E, PH, CC, IP, SSN = "NAME", "EMAIL", "PHONE", "CREDIT_CARD", "IP_ADDRESS", "SSN"

SALONS = ["Lumière Hair Studio", "The Glow Room", "Fade Lab Barbers", "Kōyō Spa", "Salon Azul", "Haarwerk Mitte",
          "Nail Bar 27", "Studio Velvet", "Maison Coiffure", "Peluquería Brisa", "Urban Roots", "Silk & Shears",
          "Blue Lotus Day Spa", "Bamboo Thai Massage", "The Lash Loft", "Iron Rose Tattoo", "Mirror Image Salon"]
SLUGS = ["lumiere-hair", "the-glow-room", "fade-lab", "koyo-spa", "salon-azul", "haarwerk-mitte", "nailbar27",
         "studio-velvet", "silk-and-shears", "blue-lotus", "urban-roots"]
SERVICES = ["Cut & Finish", "Balayage", "Full Head Colour", "Root Tint", "Gents Cut", "Skin Fade", "Beard Trim",
            "Blow Dry", "Keratin Smoothing", "Gel Manicure", "BIAB Infill", "Pedicure", "Lash Lift", "Brow Lamination",
            "Swedish Massage 60", "Hot Stone 90", "Deep Tissue 45", "Facial – Hydra", "Toner & Gloss", "Hot Towel Shave"]
LANGS = ["en", "de", "fr", "es", "it", "nl", "pt", "pl", "tr", "ja"]


def _slug(c):
    return c.ch(SLUGS)


# ---------------------------------------------------------------------------------------------------------------
# 1. salon_online_booking


def sob_webhook(c):
    r = c.r
    cl, st = c.person(), c.person()
    staff_name = c.ch([st.full(), st.gF(), st.given])
    doc = {"event": c.ch(["appointment.created", "appointment.updated", "booking.confirmed"]), "id": f"evt_{c.hexs(16)}",
           "data": {"appointment_id": c.ri(100000, 999999), "location": c.ch(SALONS),
                    "start_at": c.iso(z=False, ms=False), "status": c.ch(["confirmed", "booked", "pending_deposit"]),
                    "services": [{"name": c.ch(SERVICES), "duration": c.ch([30, 45, 60, 90, 120]),
                                  "staff": {"id": c.ri(10, 99), "display_name": P(staff_name, N)}}],
                    "client": {"first_name": P(cl.given, N), "last_name": P(cl.family, N),
                               "email": P(c.email(cl), E), "mobile": P(c.phone(cl, c.ch(["e164", "intl"])), PH),
                               "marketing_opt_in": c.p(0.5)},
                    "notes": M(c.ch(["Prefers ", "Please book with ", "Regular with "]), P(st.given, N),
                               c.ch([" – sensitive scalp", ", allergy alert on file", "", " (running 10 min late)"]))}}
    pretty = c.p(0.5)
    r.t(f"{c.iso()} INFO  webhooks.inbound source=booking-platform ")
    if pretty:
        r.t("payload=\n")
    else:
        r.t("payload=")
    jdoc(r, doc, indent=2 if pretty else None, ascii=c.p(0.3))


def sob_widget_post(c):
    r = c.r
    cl = c.person()
    r.v(c.ip(), IP).t(" - - ", c.clf_ts(), f' "POST /widget/v2/salons/{_slug(c)}/book HTTP/1.1" 201 {c.ri(200, 900)} ')
    r.t('"https://book.example.com/" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"\n')
    r.t(f"    body: service={c.ri(1000, 9999)}&staff={c.ch(['any', str(c.ri(10, 99))])}&first_name=")
    r.v(cl.given, N, FORM).t("&last_name=").v(cl.family, N, FORM).t("&email=").v(c.email(cl), E, PCT)
    r.t("&phone=").v(c.phone(cl, c.ch(["e164", "intl"])), PH, FORM)
    r.t(f"&slot={c.date()}T{c.hhmm()}&notes=")
    if c.p(0.5):
        fr = c.person()
        r.t(FORM("same time as my friend ")).v(fr.full(), N, FORM)
    else:
        r.t(FORM("first visit, long thick hair"))


SMS_TPL = {
    "en": ("Hi ", ", your {svc} with ", " is confirmed for {d} at {t}. Reply C to cancel."),
    "de": ("Hallo ", ", Ihr Termin ({svc}) bei ", " am {d} um {t} ist bestätigt."),
    "fr": ("Bonjour ", ", votre rendez-vous ({svc}) avec ", " est confirmé le {d} à {t}."),
    "es": ("Hola ", ", tu cita ({svc}) con ", " está confirmada el {d} a las {t}."),
    "it": ("Ciao ", ", il tuo appuntamento ({svc}) con ", " è confermato il {d} alle {t}."),
    "nl": ("Hoi ", ", je afspraak ({svc}) bij ", " staat vast op {d} om {t}."),
    "pt": ("Olá ", ", a sua marcação ({svc}) com ", " está confirmada para {d} às {t}."),
    "pl": ("Dzień dobry ", ", wizyta ({svc}) u ", " potwierdzona: {d}, godz. {t}."),
    "tr": ("Merhaba ", ", ", " ile {svc} randevunuz {d} {t} için onaylandı."),
    "ja": ("", "様、{svc}のご予約（担当：", "）は{d} {t}で確定しました。"),
}


def sob_sms(c):
    r = c.r
    lang = c.ch(list(SMS_TPL))
    cl, st = c.person(), c.person()
    a, b, z = SMS_TPL[lang]
    fmt = dict(svc=c.ch(SERVICES), d=c.date()[5:], t=c.hhmm())
    r.t(f"{c.iso()} sms-dispatch[{c.ri(100, 9999)}]: queued msg_id={c.alnum(10)} to=").v(c.phone(cl, "e164"), PH)
    r.t(f" lang={lang} tpl=appt_confirm parts={c.ri(1, 2)} text=\"")
    r.t(a.format(**fmt)).v(cl.nat() if lang == "ja" and cl.trad == "ja_jp" and cl.native else cl.given, N).t(b.format(**fmt))
    r.v(st.given, N).t(z.format(**fmt)).t('"')


def sob_daysheet(c):
    r = c.r
    staff = [c.person(word_p=0.15) for _ in range(c.ri(2, 3))]
    w = 22
    r.t(f"$ salonctl daysheet --date {c.date()} --location {_slug(c)}\n")
    r.t("TIME  ")
    for s in staff:
        nm = s.given if c.p(0.6) else s.gF()
        r.v(nm, N).t(" " * (w - len(nm)))
    r.t("\n" + "-" * (6 + w * len(staff)) + "\n")
    for _ in range(c.ri(3, 5)):
        r.t(c.hhmm() + " ")
        for _s in staff:
            k = c.ri(0, 4)
            if k == 0:
                cell = c.ch(["LUNCH", "—", "blocked", "training"])
                r.t(cell + " " * (w - len(cell)))
            else:
                p = c.person()
                nm = c.ch([p.lf(), p.fi(), p.full()])
                if len(nm) > w - 2:
                    nm = p.family[: w - 2] if len(p.family) <= w - 2 else p.given
                r.v(nm, N).t(" " * (w - len(nm)))
        r.t("\n")
    r.t(f"{c.ri(8, 30)} appointments, {c.ri(0, 4)} gaps")


def sob_logfmt(c):
    r = c.r
    cl = c.person()
    by, a, b = c.person(), c.person(), c.person()
    r.t(f"ts={c.iso()} level=info msg=\"appointment rescheduled\" src=").v(c.ip(), IP).t(f" appt=AP-{c.digits(7)} client=\"")
    r.v(c.ch([cl.lf(), cl.full(), cl.LF()]), N).t(f"\" client_id=C{c.digits(6)} by=").v(c.acct(by), N)
    r.t(" old_staff=").v(c.acct(a), N).t(" new_staff=").v(c.acct(b), N)
    r.t(f" channel={c.ch(['phone', 'walk-in', 'app', 'instagram'])} old={c.hhmm()} new={c.hhmm()}")


def sob_java(c):
    r = c.r
    st, cl = c.person(), c.person()
    r.t(f"{c.iso(ms=True)} ERROR [booking-worker-{c.ri(1, 8)}] c.s.b.SlotAllocator - allocation failed\n")
    r.t("com.salonsuite.booking.BookingConflictException: Stylist{id=", str(c.ri(10, 99)), ", name='")
    r.v(st.full(), N).t("', login='").v(c.acct(st), N).t(f"'}} already booked {c.hhmm()}-{c.hhmm()} for Client{{id={c.digits(6)}, name='")
    r.v(c.ch([cl.full(), cl.lf()]), N).t("', phone='").v(c.phone(cl), PH).t("'}\n")
    r.t("\tat com.salonsuite.booking.SlotAllocator.reserve(SlotAllocator.java:214)\n")
    r.t("\tat com.salonsuite.booking.BookingService.book(BookingService.java:88)\n")
    r.t("\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)")


def sob_pyrepr(c):
    r = c.r
    cl, st = c.person(), c.person()
    r.t("Traceback (most recent call last):\n")
    r.t('  File "/srv/app/tasks/reminders.py", line 57, in send_reminder\n')
    r.t("    provider.send(appt.client.mobile, render(appt))\n")
    r.t('  File "/srv/app/sms/provider.py", line 112, in send\n')
    r.t("    raise DeliveryError(resp.status, payload)\n")
    r.t("sms.provider.DeliveryError: 422 for ")
    pyrepr(r, ("Appointment", [("id", c.ri(10000, 99999)),
                               ("client", ("Client", [("first_name", P(cl.given, N)), ("last_name", P(cl.family, N)),
                                                      ("mobile", P(c.phone(cl, "e164"), PH))])),
                               ("staff", ("Staff", [("name", P(st.full(), N)), ("role", "Senior Stylist")])),
                               ("service", c.ch(SERVICES))]))


def sob_neg_webhook(c):
    r = c.r
    doc = {"event": "appointment.created", "id": f"evt_{c.hexs(16)}",
           "data": {"appointment_id": c.ri(100000, 999999), "location": c.ch(SALONS), "start_at": c.iso(z=False, ms=False),
                    "services": [{"name": c.ch(SERVICES), "staff": {"id": None, "display_name": c.ch(["Any stylist", "First available", "Next available"])}}],
                    "client": {"first_name": c.ch(["Walk-in", "Guest", "New"]), "last_name": c.ch(["", "Client", "(walk-in)"]),
                               "email": None, "mobile": None}, "notes": c.ch(TECHNIQUES[:12]) + " – " + c.ch(STATUSES)}}
    r.t(f"{c.iso()} INFO  webhooks.inbound source=booking-platform payload=")
    jdoc(r, doc, indent=2 if c.p(0.5) else None)


def sob_neg_widget(c):
    r = c.r
    r.t(f"- - - {c.clf_ts()} \"GET /widget/v2/salons/{_slug(c)}/availability?service={c.ri(1000, 9999)}&date={c.date()}")
    r.t(f"&staff=any&duration={c.ch([30, 45, 60])} HTTP/1.1\" 200 {c.ri(900, 9000)} \"-\" \"{c.ch(['kube-probe/1.29', 'Mozilla/5.0', 'okhttp/4.12.0'])}\"")
    r.t(f" rt={c.ri(5, 400)}ms upstream=booking-api:{c.ch([8080, 8443])} cache={c.ch(['HIT', 'MISS'])}")


def sob_neg_sms(c):
    r = c.r
    lang = c.ch(list(SMS_TPL))
    a, b, z = SMS_TPL[lang]
    fmt = dict(svc=c.ch(SERVICES), d=c.date()[5:], t=c.hhmm())
    ph = c.ch(["{{client.first_name}}", "%FIRSTNAME%", "*|FNAME|*", "${client.firstName}"])
    r.t(f"{c.iso()} sms-dispatch[{c.ri(100, 9999)}]: template preview tpl=appt_confirm lang={lang} text=\"")
    r.t(a.format(**fmt), ph, b.format(**fmt), c.ch(["{{staff.first_name}}", "%STYLIST%", "{staff}"]), z.format(**fmt), '"')
    r.t(" (dry-run, no recipient)")


def sob_neg_daysheet(c):
    r = c.r
    r.t(f"$ salonctl daysheet --date {c.date()} --location {_slug(c)}\n")
    cols = c.ch([["Chair 1", "Chair 2", "Chair 3"], ["Station A", "Station B"], ["Room Jasmine", "Room Orchid", "Sauna"]])
    w = 22
    r.t("TIME  " + "".join(x + " " * (w - len(x)) for x in cols) + "\n" + "-" * (6 + w * len(cols)) + "\n")
    for _ in range(c.ri(3, 5)):
        r.t(c.hhmm() + " " + "".join((x := c.ch(["LUNCH", "—", "blocked", "deep clean", "Walk-in", "training", "Guest"])) + " " * (w - len(x)) for _ in cols) + "\n")
    r.t(f"{c.ri(0, 3)} appointments, {c.ri(4, 12)} gaps")


# ---------------------------------------------------------------------------------------------------------------
# 2. deposits_card_on_file


def dep_gateway_debug(c):
    r = c.r
    cl = c.person()
    holder = c.ch([cl.UP(), cl.western(), cl.SG()])
    r.t(f"{c.iso()} DEBUG [http-nio-8443-exec-{c.ri(1, 40)}] PaymentsClient - client_ip=").v(c.ip(), IP).t(" POST /v1/payment_methods body=")
    jdoc(r, {"type": "card", "card": {"number": P(c.card(c.ch(["plain", "plain", "space"])), CC),
                                       "exp_month": c.ri(1, 12), "exp_year": c.ri(2027, 2031), "cvc": "***"},
             "billing_details": {"name": P(holder, N), "email": P(c.email(cl), E),
                                 "phone": P(c.phone(cl, "e164"), PH) if c.p(0.5) else None},
             "metadata": {"purpose": c.ch(["deposit", "card_on_file", "no_show_guarantee"]), "appointment": f"AP-{c.digits(7)}"}},
         compact=c.p(0.5))


def dep_noshow(c):
    r = c.r
    cl, st = c.person(), c.person()
    r.t(f"ts={c.iso()} job=noshow_fee level=info appt=AP-{c.digits(7)} client=\"").v(c.ch([cl.lf(), cl.full(), cl.LF()]), N)
    r.t(f"\" card_brand={c.ch(['visa', 'mastercard', 'amex'])} card_last4={c.last4()} amount={c.money(10, 80)} ")
    r.t(f"policy={c.ch(['50pct', 'full', '24h'])} status={c.ch(['captured', 'failed', 'requires_action'])} stylist=")
    r.v(c.acct(st), N).t(" notify_sms=").v(c.phone(cl), PH)


def dep_setupintent(c):
    r = c.r
    cl, st = c.person(), c.person()
    doc = {"id": f"evt_{c.alnum(24, up=False)}", "type": "setup_intent.succeeded",
           "data": {"object": {"id": f"seti_{c.alnum(24, up=False)}", "customer": f"cus_{c.alnum(14, up=False)}",
                               "payment_method_details": {"card": {"brand": c.ch(["visa", "mastercard"]), "last4": c.last4(),
                                                                   "checks": {"cvc_check": "pass"}}},
                               "customer_details": {"name": P(cl.full(), N), "email": P(c.email(cl), E),
                                                    "phone": P(c.phone(cl, "e164"), PH)},
                               "metadata": {"stylist": P(st.full(), N), "booking": f"B{c.digits(8)}",
                                            "policy": "Card held for no-show / late-cancel fee"}}}}
    r.t(f"[{c.iso()}] stripe.webhook received\n")
    jdoc(r, doc, indent=2)


def dep_terminal_receipt(c):
    r = c.r
    cl, st = c.person(), c.person()
    r.t(f"---- TERMINAL {c.alnum(8)} RECEIPT ----\n")
    r.t(f"MERCHANT : {c.ch(SALONS).upper()}\n")
    r.t(f"DATE     : {c.date()} {c.time()}\n")
    r.t(f"TYPE     : {c.ch(['DEPOSIT', 'SALE', 'PRE-AUTH', 'NO-SHOW FEE'])}\n")
    r.t(f"CARD     : {c.masked()}  {c.ch(['VISA', 'MASTERCARD', 'AMEX'])} CONTACTLESS\n")
    r.t("CARDHOLDER: ").v(c.ch([cl.SG(), cl.UP()]), N).t("\n")
    r.t(f"AMOUNT   : GBP {c.money()}\n")
    r.t(f"AUTH     : {c.alnum(6)}\n")
    r.t("SERVED BY: ").v(c.ch([st.given, st.gF(), st.given.upper()]), N).t("\n")
    r.t("---- CUSTOMER COPY ----")


def dep_refund_mail(c):
    r = c.r
    cl, st = c.person(), c.person()
    dom = c.ch(["lumiere-hair.example", "theglowroom.example", "salonazul.example", "bluelotus.example"])
    r.t(f"{c.iso()} mail.inbound id={c.hexs(12)}\n")
    r.t("From: \"").v(cl.full(), N).t("\" <").v(c.email(cl), E).t(">\n")
    r.t("To: ").v(f"bookings@{dom}", E).t("\n")
    r.t("Subject: Deposit refund – appointment with ").v(st.given, N).t(f" on {c.date()}\n")
    r.t("Content-Type: text/plain; charset=utf-8\n\n")
    r.t("Hi,\nI had to cancel my ", c.ch(SERVICES), " more than 48h before. Please refund the deposit to the card ending ")
    r.t(c.last4(), ". You can call me on ").v(c.phone(cl), PH).t(".\nThanks,\n").v(cl.given, N)


def dep_vault_csv(c):
    r = c.r
    sep = c.ch([",", ";", "\t"])
    r.t(f"# vault_migration_{c.date()}.csv rows={c.ri(3, 5)}\n")
    r.t(sep.join(["client_ref", "cardholder", "pan", "exp", "email"]) + "\n")
    for _ in range(c.ri(2, 4)):
        p = c.person()
        r.t(f"C{c.digits(6)}{sep}")
        nm = c.ch([p.lf(), p.UP(), p.full(), p.SG()])
        if "," in nm and sep == ",":
            r.t('"').v(nm, N, CSVQ).t('"')
        else:
            r.v(nm, N)
        r.t(sep).v(c.card(c.ch(["plain", "plain", "dash"])), CC).t(f"{sep}{c.ri(1, 12):02d}/{c.ri(27, 31)}{sep}")
        r.v(c.email(p), E).t("\n")
    r.t("# end")


def dep_ruby(c):
    r = c.r
    cl = c.person()
    r.t(f"D, [{c.iso(z=False)} #{c.ri(1000, 99999)}] DEBUG -- : card on file saved ")
    r.t(f"#<CardOnFile id: {c.ri(100, 99999)}, holder_name: \"").v(c.ch([cl.full(), cl.UP()]), N, RB)
    r.t('", pan: "').v(c.card("plain"), CC).t(f"\", exp: \"{c.ri(1, 12):02d}/{c.ri(27, 31)}\", client: #<Client id: {c.ri(1, 9999)}, ")
    r.t('first_name: "').v(cl.given, N, RB).t('", last_name: "').v(cl.family, N, RB).t('", email: "').v(c.email(cl), E).t('">>')


def dep_neg_declined(c):
    r = c.r
    holder = c.ch(["SALON LUMIERE LTD", "FADE LAB BARBERS LLC", "CORPORATE CARD", "GIFT CARD", "BLUE LOTUS SPA GMBH"])
    r.t(f"ts={c.iso()} job=noshow_fee level=warn appt=AP-{c.digits(7)} client=\"{c.ch(PLACEHOLDERS)}\" ")
    r.t(f"card={c.masked()} holder=\"{holder}\" amount={c.money(10, 80)} status=declined decline_code={c.ch(['insufficient_funds', 'do_not_honor', 'expired_card'])}")


def dep_neg_policy(c):
    r = c.r
    doc = {"location": c.ch(SALONS), "deposit_policy": {"required_over": c.money(60, 150), "percent": c.ch([20, 25, 50]),
                                                        "refund_window_hours": c.ch([24, 48, 72]), "services": [c.ch(SERVICES), c.ch(SERVICES)]},
           "updated_by": c.ch(SERVICE_ACCTS), "terminal": c.ch(["Dojo Go", "SumUp Solo", "Square Terminal", "Zettle Reader 2"])}
    r.t(f"{c.iso()} INFO config.reload ")
    jdoc(r, doc, indent=2 if c.p(0.5) else None)


def dep_neg_settlement(c):
    r = c.r
    r.t(f"settlement batch={c.digits(6)} date={c.date()} merchant=\"{c.ch(SALONS)}\"\n")
    r.t("BRAND       COUNT   GROSS      FEES\n")
    for b in ["VISA", "MASTERCARD", "AMEX"]:
        r.t(f"{b:<11} {c.ri(1, 90):>5}   {c.money(100, 5000):>8}   {c.money(1, 90):>6}\n")
    r.t(f"payout to acct ****{c.last4()} ({c.ch(['Barclays', 'Sparkasse', 'Chase', 'BNP Paribas'])})")


def dep_neg_terminal(c):
    r = c.r
    r.t(f"---- TERMINAL {c.alnum(8)} ----\nSELF TEST : {c.ch(['PASS', 'PASS', 'WARN'])}\nFIRMWARE  : {c.ri(2, 9)}.{c.ri(0, 20)}.{c.ri(0, 99)}\n")
    r.t(f"CARDHOLDER: {c.ch(['NOT PRESENT', 'TEST CARD', 'CARDHOLDER COPY'])}\nLAST TXN  : {c.masked()} {c.ch(STATUSES).upper()}\n---- END ----")


# ---------------------------------------------------------------------------------------------------------------
# 3. client_record_cards


def crc_colour_card(c):
    r = c.r
    cl, st = c.person(), c.person()
    r.t(f"== CLIENT RECORD CARD #{c.digits(6)} ==\n")
    r.t("Client      : ").v(c.ch([cl.full(), cl.lf()]), N).t("\n")
    r.t("Mobile      : ").v(c.phone(cl), PH).t("\n")
    r.t(f"Formula     : {c.ch(PRODUCTS[:3])} + {c.ch(['6%', '9%', '3%'])} 1:1, {c.ri(20, 45)} min\n")
    r.t(f"Patch test  : {c.date()} ({c.ch(['negative', 'negative', 'no reaction'])})\n")
    r.t("Stylist     : ").v(c.ch([st.gi(), st.full(), st.given]), N).t("\n")
    if c.p(0.5):
        rel = c.person(trad=cl.trad)
        rel.family = cl.family
        r.t("Notes       : ").t(c.ch(["sister ", "daughter ", "husband ", "mum "])).v(rel.given, N)
        r.t(" also a client – book together\n")
    else:
        r.t("Notes       : PPD sensitive, use ", c.ch(["Inoa", "Essensity", "Shades EQ"]), " only\n")
    r.t("== END ==")


def crc_consult_json(c):
    r = c.r
    cl, ec = c.person(), c.person()
    doc = {"form": "consultation_v3", "submitted_at": c.iso(), "client": {"name": P(cl.full(), N), "dob": f"19{c.ri(55, 99)}-0{c.ri(1, 9)}-1{c.ri(0, 9)}",
                                                                          "email": P(c.email(cl), E)},
           "answers": {"allergies": c.ch(["none", "latex", "nuts", "PPD"]), "pregnant": c.p(0.2), "medication": c.ch(["none", "isotretinoin", "retinol"]),
                       "skin_conditions": c.ch(["eczema", "none", "psoriasis"])},
           "emergency_contact": {"name": P(ec.full(), N), "relation": c.ch(["partner", "mother", "friend"]),
                                 "phone": P(c.phone(ec), PH)}}
    r.t(f"{c.iso()} forms-api INFO stored form ")
    jdoc(r, doc, indent=c.ch([None, 2, 4]), ascii=c.p(0.25))


def crc_sql(c):
    r = c.r
    cl = c.person()
    dbu = c.person()
    r.t(f"{c.iso(z=False)}\t{c.ri(10, 9999)} Query\tUPDATE clients SET first_name = '").v(cl.given, N, SQL)
    r.t("', last_name = '").v(cl.family, N, SQL).t("', mobile = '").v(c.phone(cl), PH).t("', email = '").v(c.email(cl), E)
    r.t("', updated_by = '").v(c.acct(dbu), N).t(f"' WHERE id = {c.ri(1000, 99999)}")


def crc_merge(c):
    r = c.r
    cl, by = c.person(), c.person()
    r.t(f"MERGE|{c.iso()}|keep=C{c.digits(6)}|drop=C{c.digits(6)}|keep_name=").v(cl.lf(), N).t("|drop_name=")
    r.v(c.ch([cl.UP(), cl.full(), cl.gi()]), N).t("|by=").v(c.acct(by).upper() if c.p(0.3) else c.acct(by), N)
    r.t("|match=phone:").v(c.phone(cl, "e164"), PH).t(f"|visits_moved={c.ri(1, 40)}")


def crc_consent(c):
    r = c.r
    cl = c.person()
    dev = c.ch(["iPad", "Tab", "Galaxy-Tab"])
    r.t(f"{c.iso()} consent.updated client_id=C{c.digits(6)} name=\"").v(cl.full(), N)
    r.t(f"\" marketing_sms={c.ch(['true', 'false'])} marketing_email={c.ch(['true', 'false'])} email=").v(c.email(cl), E)
    r.t(" source=tablet device=")
    # device named after the front-desk person's given name; only the name part is labelled
    st = c.person(native_p=0)
    r.v(st.given.replace(" ", ""), N).t(f"s-{dev}").t(f" photo_consent={c.ch(['yes', 'no'])}")


def crc_traceback(c):
    r = c.r
    cl = c.person()
    r.t("Traceback (most recent call last):\n  File \"/opt/salon/records/export.py\", line 203, in to_pdf\n")
    r.t("    canvas.drawString(40, y, card.formula)\nTypeError: expected str, got NoneType\n")
    r.t("card = ")
    pyrepr(r, {"client": P(cl.full(), N), "client_id": c.ri(1000, 99999), "formula": None,
               "stylist": P(c.acct(c.person()), N), "allergies": ["PPD"] if c.p(0.5) else []})


def crc_photo(c):
    r = c.r
    cl, st = c.person(native_p=0), c.person()
    r.v(c.ip(), IP).t(" - ").v(c.acct(st), N).t(" ", c.clf_ts(), ' "PUT /api/records/C', c.digits(6), "/photos/")
    r.v(cl.file(), N).t(f"_{c.ch(['before', 'after', 'colour'])}_{c.ri(1000, 9999)}.jpg HTTP/1.1\" 201 0 \"-\" \"SalonApp/5.2 (Android 14)\"")


def crc_neg_formula(c):
    r = c.r
    r.t(f"== FORMULA LIBRARY #{c.digits(4)} ==\nName        : {c.ch(TECHNIQUES[:14])} – {c.ch(['warm', 'cool', 'ash'])}\n")
    r.t(f"Products    : {c.ch(PRODUCTS[:6])} + {c.ch(PRODUCTS[:6])}\nDeveloper   : {c.ch(['6%', '9%'])}\n")
    r.t(f"Created by  : {c.ch(SERVICE_ACCTS)}\nBrand       : {c.ch(COMPANIES[40:50])}\n== END ==")


def crc_neg_patch(c):
    r = c.r
    r.t("client_id\tpatch_test_due\tproduct\tstatus\n")
    for _ in range(c.ri(3, 6)):
        r.t(f"C{c.digits(6)}\t{c.date()}\t{c.ch(PRODUCTS[:3])}\t{c.ch(STATUSES)}\n")
    r.t(f"-- {c.ri(3, 6)} rows, generated by {c.ch(SERVICE_ACCTS)}")


def crc_neg_consent(c):
    r = c.r
    r.t(f"{c.iso()} consent.template version={c.ri(2, 9)}.{c.ri(0, 9)} locale={c.ch(LANGS)} title=\"{c.ch(UI_STRINGS)}\" ")
    r.t(f"fields=[name,email,mobile,marketing_sms] signer=\"{c.ch(['{{client.full_name}}', '<client name>', 'CLIENT NAME'])}\" device={c.ch(['KIOSK02', 'FRONTDESK-IPAD-1'])}")


def crc_neg_merge(c):
    r = c.r
    r.t(f"MERGE|{c.iso()}|keep=C{c.digits(6)}|drop=C{c.digits(6)}|keep_name={c.ch(['TEST, CLIENT', 'Guest', 'Walk-in'])}")
    r.t(f"|drop_name={c.ch(['DEMO CLIENT', 'Client, New', 'WALK IN'])}|by={c.ch(SERVICE_ACCTS)}|match=none|visits_moved=0")


# ---------------------------------------------------------------------------------------------------------------
# 4. stylist_commissions


def com_csv(c):
    r = c.r
    sep = c.ch([",", ";", "\t"])
    r.t(sep.join(["stylist", "login", "service_sales", "retail_sales", "tier", "commission"]) + "\n")
    for _ in range(c.ri(2, 5)):
        p = c.person(word_p=0.15)
        nm = c.ch([p.lf(), p.full(), p.LF()])
        if "," in nm:
            r.t('"').v(nm, N, CSVQ).t('"')
        else:
            r.v(nm, N)
        r.t(sep).v(c.acct(p), N).t(f"{sep}{c.money(800, 9000)}{sep}{c.money(20, 900)}{sep}{c.ch(['T1', 'T2', 'T3', 'Senior'])}{sep}{c.money(100, 3000)}\n")
    r.t(f"# period {c.date()[:7]} location={_slug(c)}")


def com_fixed(c):
    r = c.r
    r.t(f"PAYEXP{c.date().replace('-', '')}{c.ch(['SALONSUITE', 'PHOREST', 'SHORTCUTS'])}\n")
    for _ in range(c.ri(2, 4)):
        p = c.person()
        fam = p.family.upper()[:18]
        giv = p.given.upper()[:14]
        r.t(f"E{c.digits(5)}").v(fam, N).t(" " * (19 - len(fam))).v(giv, N).t(" " * (15 - len(giv)))
        r.t(f"{c.ri(10000, 900000):09d}{c.ch(['COMM', 'TIPS', 'BONS'])}\n")
    r.t(f"TRL{c.ri(2, 4):06d}")


def com_tips(c):
    r = c.r
    staff = [c.person() for _ in range(c.ri(2, 4))]
    r.t(f"{c.iso()} tips.allocate pool=TP-{c.digits(5)} total={c.money(50, 400)} method={c.ch(['hours', 'sales', 'equal'])} alloc=[")
    for i, s in enumerate(staff):
        r.t(", " if i else "").v(c.acct(s), N).t(f":{c.money(5, 120)}")
    r.t("] approved_by=\"").v(c.ch([staff[0].full(), staff[0].gi()]) if False else c.person().full(), N).t('"')


def com_booth_rent(c):
    r = c.r
    p, mgr = c.person(trad=c.ch(["en_us", "en_us", "es_mx", "hi_in", "yo_ng", "ko_kr"])), c.person()
    r.t(f"{c.iso()} WARN 1099nec.prepare payee=\"").v(c.ch([p.full(), p.LF()]), N).t("\" type=booth_renter ")
    if c.p(0.5):
        r.t("tin=").v(c.ssn(), SSN)
    else:
        r.t("ssn_last4=").v(c.last4(), SSN)
    r.t(f" box1={c.money(9000, 48000)} chair={c.ri(1, 9)} state={c.ch(['TX', 'CA', 'NY', 'FL', 'IL', 'GA'])} ")
    r.t("reviewed_by=").v(c.acct(mgr), N).t(" msg=\"missing W-9 signature date\"")


def com_java(c):
    r = c.r
    p = c.person()
    r.t(f"{c.iso()} ERROR CommissionJob - tier recalculation failed\n")
    r.t("com.salonsuite.payroll.CommissionTierException: no tier for Stylist{firstName='").v(p.given, N).t("', lastName='")
    r.v(p.family, N).t("', login='").v(c.acct(p), N).t(f"', level=SENIOR, serviceSales={c.money(1000, 9000)}}}\n")
    r.t("\tat com.salonsuite.payroll.TierResolver.resolve(TierResolver.java:77)\n\tat com.salonsuite.payroll.CommissionJob.run(CommissionJob.java:41)")


def com_mail(c):
    r = c.r
    mgr, st = c.person(), c.person()
    dom = c.ch(["studio-velvet.example", "urbanroots.example", "mirrorimage.example"])
    r.t("From: ").v(mgr.full(), N).t(" <").v(c.email(mgr, dom), E).t(">\nTo: ").v(st.full(), N).t(" <").v(c.email(st, dom), E)
    r.t(f">\nSubject: Commission override approved ({c.date()[:7]})\nX-Mailer: SalonSuite Notify 3.4\n\n")
    r.t("Hi ").v(st.given, N).t(f",\nyour colour sales were moved from T2 to T3 for this period (+{c.money(40, 300)}).\n")
    r.t("Best,\n").v(mgr.given, N)


COM_NOTES = {
    "es": ("Comisión ajustada para ", " por ", ": producto devuelto."),
    "pt": ("Comissão corrigida de ", " por ", " — serviço refeito."),
    "it": ("Provvigione rettificata per ", " da ", ": reso prodotto."),
    "de": ("Provision korrigiert für ", " durch ", " (Reklamation)."),
    "fr": ("Commission corrigée pour ", " par ", " (retouche offerte)."),
}


def com_note(c):
    r = c.r
    lang = c.ch(list(COM_NOTES))
    a, b, z = COM_NOTES[lang]
    p, m = c.person(), c.person()
    r.t(f"{c.date()} {c.time()} payroll.note lang={lang} ").t(a)
    t = {"es": "Sra. ", "pt": "Sra. ", "it": "Sig.ra ", "de": "Frau ", "fr": "Mme "}[lang] if p.gender == "f" and c.p(0.4) else ""
    r.t(t).v(p.full() if not t else p.family, N).t(b).v(c.acct(m), N).t(z)


def com_neg_totals(c):
    r = c.r
    r.t("location,stylists,service_sales,retail_sales,commission\n")
    for s in SLUGS[: c.ri(2, 5)]:
        r.t(f"{s},{c.ri(2, 14)},{c.money(3000, 60000)},{c.money(100, 9000)},{c.money(500, 20000)}\n")
    r.t(f"# generated by {c.ch(SERVICE_ACCTS)}")


def com_neg_tiers(c):
    r = c.r
    r.t(f"{c.iso()} INFO commission.tiers loaded ")
    jdoc(r, {"tiers": [{"name": "T1", "from": 0, "rate": 0.3}, {"name": "T2", "from": 2500, "rate": 0.35},
                       {"name": "Senior", "from": 5000, "rate": 0.4}], "retail_rate": 0.1,
             "excluded_products": [c.ch(PRODUCTS), c.ch(PRODUCTS)]}, compact=c.p(0.5))


def com_neg_header(c):
    r = c.r
    r.t(f"PAYEXP{c.date().replace('-', '')}{c.ch(['SALONSUITE', 'PHOREST', 'SHORTCUTS'])}\n")
    r.t(f"E{c.digits(5)}{'VACANT CHAIR':<19}{'':<15}{0:09d}COMM\nTRL000001")


def com_neg_java(c):
    r = c.r
    r.t(f"{c.iso()} ERROR CommissionJob - tier recalculation failed\n")
    r.t(f"com.salonsuite.payroll.CommissionTierException: no tier for Stylist{{firstName='null', lastName='null', login='{c.ch(SERVICE_ACCTS)}', level=APPRENTICE}}\n")
    r.t("\tat com.salonsuite.payroll.TierResolver.resolve(TierResolver.java:77)")


# ---------------------------------------------------------------------------------------------------------------
# 5. barber_walkin_queue


def bq_display(c):
    r = c.r
    items = []
    for i in range(c.ri(2, 5)):
        p = c.person(native_p=0.03)
        items.append({"pos": i + 1, "name": P(c.ch([p.gF(), p.given, p.given.lower()]), N),
                      "barber": c.ch(["any", P(c.person().given, N)]), "wait_min": c.ri(0, 60)})
    r.t(f"{c.iso()} queue-display ws push shop={c.ch(['fade-lab', 'kings-cuts', 'barberia-sol', 'hairport'])} ")
    jdoc(r, {"queue": items, "open_chairs": c.ri(0, 3)}, compact=True)


def bq_kiosk(c):
    r = c.r
    p = c.person(native_p=0)
    b = c.person()
    r.t(f"kiosk=K{c.ri(1, 4)} {c.iso()} ip=").v(c.ip4(), IP).t(" checkin name=\"").v(c.ch([p.given.lower(), p.full().lower(), p.given]), N)
    r.t("\" phone=").v(c.phone(p, c.ch(["nat", "e164"])), PH).t(f" wants={c.ch(['skin_fade', 'beard_trim', 'kids_cut', 'hot_towel'])} barber=")
    r.v(c.acct(b, ("first", "firstl", "flast")), N).t(f" eta={c.ri(5, 50)}m")


BQ_SMS = {"en": ("Hi ", ", you're next! ", " is ready for you in 5 min."), "es": ("Hola ", ", ¡eres el siguiente! ", " te atiende en 5 min."),
          "pt": ("Oi ", ", você é o próximo! ", " te atende em 5 min."), "tr": ("Merhaba ", ", sıra sizde! ", " 5 dk içinde hazır."),
          "fr": ("Salut ", ", c'est bientôt à toi ! ", " t'attend dans 5 min."), "ar": ("مرحبا ", "، دورك الآن! ", " جاهز خلال ٥ دقائق.")}


def bq_sms(c):
    r = c.r
    lang = c.ch(list(BQ_SMS))
    a, b, z = BQ_SMS[lang]
    p, br = c.person(), c.person()
    r.t(f"{c.iso()} notify.sms to=").v(c.phone(p, "e164"), PH).t(f" lang={lang} body=\"").t(a).v(p.given, N).t(b).v(br.given, N).t(z + '"')


def bq_chat(c):
    r = c.r
    cu, br = c.person(native_p=0), c.person()
    shop = c.ch(["Fade Lab", "Kings Cuts", "Barbería Sol"])
    h, m = c.ri(9, 13), c.ri(0, 40)
    r.t(f"--- whatsapp business export chat={c.digits(10)} ---\n")
    r.t(f"[{h:02d}:{m:02d}] Customer (").v(c.phone(cu, "intl"), PH).t("): hi its ").v(cu.given.lower(), N).t(" can i get a trim at 3?\n")
    r.t(f"[{h:02d}:{m + 2:02d}] ").v(br.given, N).t(f" ({shop}): yes bro, 3pm with me. name for the list?\n")
    r.t(f"[{h:02d}:{m + 5:02d}] Customer: ").v(cu.full(), N).t("\n")
    r.t(f"[{h:02d}:{m + 6:02d}] ").v(br.given, N).t(f" ({shop}): sorted 👍")


def bq_chairs(c):
    r = c.r
    r.t("+-------+----------------------+----------------------+--------+\n")
    r.t("| CHAIR | BARBER               | CLIENT               | STATUS |\n")
    r.t("+-------+----------------------+----------------------+--------+\n")
    for i in range(c.ri(2, 4)):
        b = c.person()
        bn = c.ch([b.given, b.gF()])[:20]
        r.t(f"| {i + 1:<5} | ").v(bn, N).t(" " * (20 - len(bn)) + " | ")
        if c.p(0.25):
            r.t(f"{'—':<20} | {'idle':<6} |\n")
        else:
            p = c.person()
            pn = c.ch([p.gF(), p.given, p.fi()])[:20]
            r.v(pn, N).t(" " * (20 - len(pn)) + f" | {c.ch(['cut', 'wash', 'shave']):<6} |\n")
    r.t("+-------+----------------------+----------------------+--------+")


def bq_pos(c):
    r = c.r
    b, p = c.person(), c.person()
    r.t(f"{c.date()} {c.time()} POS#{c.ri(1, 3)} SALE {c.money(12, 45)} TIP {c.money(1, 10)} barber=\"").v(b.lf(), N)
    r.t("\" client=\"").v(c.ch([p.given, p.gF()]), N).t("\" ")
    if c.p(0.5):
        r.t("pan=").v(c.card("plain"), CC).t(" entry=keyed")
    else:
        r.t(f"card={c.masked()} entry=tap")


def bq_pino(c):
    r = c.r
    b, p = c.person(), c.person()
    doc = {"level": 30, "time": c.ri(1760000000000, 1790000000000), "pid": c.ri(100, 9999), "hostname": f"shop-{c.ri(1, 9)}",
           "msg": "walkin.served", "barber": {"login": P(c.acct(b), N), "name": P(b.full(), N)},
           "client": P(c.ch([p.gF(), p.given]), N), "wait_min": c.ri(0, 70), "service": c.ch(SERVICES[4:7])}
    jdoc(r, doc, compact=True)


def bq_neg_display(c):
    r = c.r
    items = [{"pos": i + 1, "name": c.ch(["Walk-in", "Guest", "WALK IN"]) + f" {c.ri(1, 30)}", "barber": "any", "wait_min": c.ri(0, 60)} for i in range(c.ri(2, 5))]
    r.t(f"{c.iso()} queue-display ws push shop={c.ch(['fade-lab', 'kings-cuts', 'barberia-sol'])} ")
    jdoc(r, {"queue": items, "open_chairs": c.ri(0, 3)}, compact=True)


def bq_neg_kiosk(c):
    r = c.r
    r.t(f"kiosk=K{c.ri(1, 4)} {c.iso()} heartbeat battery={c.ri(20, 100)}% app={c.ri(1, 4)}.{c.ri(0, 9)}.{c.ri(0, 30)} printer={c.ch(['ok', 'paper_low'])} ")
    r.t(f"queue_len={c.ri(0, 12)} clippers=\"{c.ch(PRODUCTS[27:30])}\" last_user={c.ch(SERVICE_ACCTS)}")


def bq_neg_chat(c):
    r = c.r
    r.t(f"--- whatsapp business export chat={c.digits(10)} ---\n[{c.hhmm()}] Auto-reply (Fade Lab): Thanks for your message! ")
    r.t(f"Walk-ins welcome {c.hhmm()}–{c.hhmm()}.\n[{c.hhmm()}] Auto-reply (Fade Lab): {c.ch(['Closed on Mondays.', 'Card only today.', 'Queue is full.'])}")


def bq_neg_chairs(c):
    r = c.r
    r.t("+-------+----------------------+--------+\n| CHAIR | BARBER               | STATUS |\n+-------+----------------------+--------+\n")
    for i in range(c.ri(2, 4)):
        x = c.ch(["(vacant)", "Apprentice pool", "Any barber", "closed"])
        r.t(f"| {i + 1:<5} | {x:<20} | {c.ch(['idle', 'off', 'clean']):<6} |\n")
    r.t("+-------+----------------------+--------+")


# ---------------------------------------------------------------------------------------------------------------
# 6. spa_massage_treatments


def spa_schedule(c):
    r = c.r
    r.t("room\tstart\ttreatment\ttherapist\tguest\n")
    for _ in range(c.ri(2, 4)):
        t, g = c.person(), c.person()
        r.t(f"{c.ch(ROOMS[:8])}\t{c.hhmm()}\t{c.ch(TECHNIQUES[:5])} {c.ch([60, 90])}\t").v(c.ch([t.given, t.gF()]), N).t("\t")
        r.v(c.ch([g.lf(), g.full(), g.LF()]), N).t("\n")
    r.t(f"# {c.date()} spa-sched export by {c.ch(SERVICE_ACCTS)}")


def spa_intake(c):
    r = c.r
    g, gp = c.person(), c.person()
    doc = {"guest": {"given_name": P(g.given, N), "family_name": P(g.family, N), "mobile": P(c.phone(g), PH)},
           "health": {"pregnant": c.p(0.15), "high_blood_pressure": c.p(0.2), "recent_surgery": c.p(0.1),
                      "gp": M("Dr. ", P(gp.full() if c.p(0.5) else gp.family, N)), "pressure": c.ch(["light", "medium", "firm"])},
           "preferences": {"therapist_gender": c.ch(["female", "male", "no preference"]), "music": c.ch(["off", "low"])}}
    r.t(f"{c.iso()} intake-svc INFO questionnaire saved booking=SP{c.digits(6)} ")
    jdoc(r, doc, indent=2 if c.p(0.6) else None, ascii=c.p(0.25))


def spa_folio(c):
    r = c.r
    g, t = c.person(), c.person()
    r.t(f"{c.iso()} pms-bridge POST charge room={c.ri(101, 1450)} guest=").v(g.SG(), N)
    r.t(f" treatment=\"{c.ch(TECHNIQUES[:5])} {c.ch([60, 90])}\" therapist=").v(t.given, N)
    r.t(f" amount={c.money(80, 320)} rvc=SPA folio={c.digits(7)} status={c.ch(['posted', 'posted', 'rejected:checked_out'])}")


def spa_voucher(c):
    r = c.r
    buyer, rec, other = c.person(), c.person(), c.person()
    msg = M(c.ch(["Happy birthday ", "For ", "Feliz cumpleaños "]), P(rec.given, N), c.ch([" – love ", ", from ", ", con cariño "]),
            P(buyer.given, N), " & ", P(other.given, N))
    doc = {"voucher": f"GV-{c.alnum(8)}", "value": c.money(50, 300), "purchaser": {"name": P(buyer.full(), N), "email": P(c.email(buyer), E)},
           "recipient": P(rec.full(), N), "message": msg, "redeemed_at": c.ch(SALONS[3:4] + SALONS[12:14])}
    r.t(f"{c.iso()} vouchers INFO redeemed ")
    jdoc(r, doc, indent=None, compact=c.p(0.4))


SPA_NOTES = {
    "fr": ("", " souhaite une thérapeute femme, de préférence ", "."),
    "de": ("", " wünscht eine Therapeutin, am liebsten ", "."),
    "ja": ("", "様は女性セラピストを希望（", "さん希望）。"),
    "es": ("", " prefiere masajista mujer, si es posible ", "."),
    "en": ("", " requests a female therapist, ideally ", "."),
}


def spa_note(c):
    r = c.r
    lang = c.ch(list(SPA_NOTES))
    a, b, z = SPA_NOTES[lang]
    g, t = c.person(), c.person(gender="f")
    ttl = {"fr": "Mme ", "de": "Frau ", "es": "Sra. ", "en": "Mrs ", "ja": ""}[lang] if c.p(0.6) else ""
    r.t(f"{c.date()} {c.time()} frontdesk.note lang={lang} booking=SP{c.digits(6)}: ").t(ttl)
    if lang == "ja":
        r.v(g.nat() if g.native and g.trad == "ja_jp" else g.family, N)
    else:
        r.v(g.family if ttl else g.full(), N)
    r.t(b).v(t.given, N).t(z)


def spa_nail_kotlin(c):
    r = c.r
    t, cl = c.person(), c.person()
    r.t(f"{c.iso()} W/NailBarPos: sync retry {c.ri(1, 5)}/5 ")
    r.t("NailService(tech=Tech(name=").v(t.full(), N).t(", login=").v(c.acct(t), N).t("), client=Client(name=")
    r.v(c.ch([cl.full(), cl.gF()]), N).t(", phone=").v(c.phone(cl), PH).t(f"), colour={c.ch(PRODUCTS[3:6])}, service={c.ch(SERVICES[9:12])})")


def spa_xml(c):
    r = c.r
    g, t = c.person(), c.person()
    start = r.n
    r.t(f'<SpaReservation id="SR{c.digits(7)}" property="{c.ch(["VIC01", "ADL02", "MUC03"])}">\n  <Guest>\n    ')
    r.t("<GivenName>").v(g.given, N, XML).t("</GivenName>\n    <Surname>").v(g.family, N, XML).t("</Surname>\n    ")
    r.t("<Email>").v(c.email(g), E).t("</Email>\n  </Guest>\n  ")
    r.t(f"<Treatment code=\"{c.alnum(4)}\">{XML(c.ch(TECHNIQUES[:6]))}</Treatment>\n  <Therapist>").v(t.full(), N, XML)
    r.t(f"</Therapist>\n  <Room>{XML(c.ch(ROOMS[:6]))}</Room>\n</SpaReservation>")
    r.doc("xml", start)


def spa_neg_schedule(c):
    r = c.r
    r.t("room\tstart\ttreatment\ttherapist\tguest\n")
    for _ in range(c.ri(2, 4)):
        r.t(f"{c.ch(ROOMS[:8])}\t{c.hhmm()}\t{c.ch(['deep clean', 'linen change', c.ch(TECHNIQUES[:6])])}\t{c.ch(['TBC', 'any', 'pool'])}\t{c.ch(PLACEHOLDERS)}\n")
    r.t(f"# {c.date()} spa-sched export by {c.ch(SERVICE_ACCTS)}")


def spa_neg_voucher(c):
    r = c.r
    r.t(f"{c.iso()} vouchers INFO batch generated ")
    jdoc(r, {"batch": f"B{c.digits(5)}", "count": c.ri(10, 500), "value": c.money(25, 150), "design": c.ch(["Lotus", "Rose Gold", "Winter", "Mother's Day"]),
             "channel": c.ch(["Groupon", "Wowcher", "corporate"]), "created_by": c.ch(SERVICE_ACCTS)}, compact=c.p(0.5))


def spa_neg_menu(c):
    r = c.r
    r.t(f"{c.iso()} menu.publish locale={c.ch(LANGS)} items=[")
    r.t(", ".join(f"\"{x}\"" for x in sorted({c.ch(TECHNIQUES[:8]) for _ in range(4)})))
    r.t(f"] room=\"{c.ch(ROOMS)}\" banner=\"{c.ch(UI_STRINGS)}\"")


def spa_neg_xml(c):
    r = c.r
    start = r.n
    r.t(f'<SpaReservation id="SR{c.digits(7)}" property="{c.ch(["VIC01", "ADL02", "MUC03"])}">\n  <Guest>\n    ')
    r.t(f"<GivenName>HOUSE</GivenName>\n    <Surname>ACCOUNT</Surname>\n  </Guest>\n  <Treatment code=\"{c.alnum(4)}\">{XML(c.ch(TECHNIQUES[:6]))}</Treatment>\n")
    r.t(f"  <Room>{XML(c.ch(ROOMS[:6]))}</Room>\n</SpaReservation>")
    r.doc("xml", start)


FAMILIES_A = [
    ("salon_online_booking", [sob_webhook, sob_widget_post, sob_sms, sob_daysheet, sob_logfmt, sob_java, sob_pyrepr],
     [sob_neg_webhook, sob_neg_widget, sob_neg_sms, sob_neg_daysheet]),
    ("deposits_card_on_file", [dep_gateway_debug, dep_noshow, dep_setupintent, dep_terminal_receipt, dep_refund_mail, dep_vault_csv, dep_ruby],
     [dep_neg_declined, dep_neg_policy, dep_neg_settlement, dep_neg_terminal]),
    ("client_record_cards", [crc_colour_card, crc_consult_json, crc_sql, crc_merge, crc_consent, crc_traceback, crc_photo],
     [crc_neg_formula, crc_neg_patch, crc_neg_consent, crc_neg_merge]),
    ("stylist_commissions", [com_csv, com_fixed, com_tips, com_booth_rent, com_java, com_mail, com_note],
     [com_neg_totals, com_neg_tiers, com_neg_header, com_neg_java]),
    ("barber_walkin_queue", [bq_display, bq_kiosk, bq_sms, bq_chat, bq_chairs, bq_pos, bq_pino],
     [bq_neg_display, bq_neg_kiosk, bq_neg_chat, bq_neg_chairs]),
    ("spa_massage_treatments", [spa_schedule, spa_intake, spa_folio, spa_voucher, spa_note, spa_nail_kotlin, spa_xml],
     [spa_neg_schedule, spa_neg_voucher, spa_neg_menu, spa_neg_xml]),
]
