"""pack_ag families 7-12: tattoo and piercing studios, optical dispensing, hearing-aid fitting, physiotherapy and
chiropractic clinics, recall campaigns, front-desk messages."""

from __future__ import annotations

from core import (
    COMPANIES,
    CSVQ,
    FORM,
    PCT,
    PLACES,
    PRODUCTS,
    RB,
    ROOMS,
    SERVICE_ACCTS,
    STATUSES,
    TECHNIQUES,
    UI_STRINGS,
    XML,
    M,
    P,
    el,
    jdoc,
    pyrepr,
)

N, E, PH, CC, IP, SSN = "NAME", "EMAIL", "PHONE", "CREDIT_CARD", "IP_ADDRESS", "SSN"

STUDIOS = ["Iron Rose Tattoo", "Black Lotus Ink", "Tinta Negra Estudio", "Stichwerk Hamburg", "Atelier Aiguille",
           "Needle & Thread Piercing", "Kintsugi Tattoo Kyoto", "Ouroboros Ink"]
DESIGNS = ["Hannya mask flash", "Traditional swallow", "Koi half sleeve", "fine-line botanical", "geometric mandala",
           "script on ribs", "blackwork band", "cover-up on shoulder"]
PIERCINGS = ["Daith piercing", "Monroe piercing", "Medusa piercing", "Industrial bar", "helix x2", "nostril stud"]
OPTICAL_SHOPS = ["Specsavers", "Vision Express", "Boots Opticians", "Leightons Opticians", "Optique Lafayette",
                 "Fielmann", "Apollo Optik", "Óptica Central"]
HA_MODELS = PRODUCTS[6:12]
PHYSIO_TECH = TECHNIQUES[12:21]


def _age_dob(c):
    return f"{c.ri(1950, 2008)}{c.ri(1, 12):02d}{c.ri(1, 28):02d}"


# ---------------------------------------------------------------------------------------------------------------
# 7. tattoo_piercing_consent


def tat_esign(c):
    r = c.r
    cl, art = c.person(), c.person()
    r.t(f"=== CONSENT AUDIT {c.alnum(10)} ===\n")
    r.t(f"studio        : {c.ch(STUDIOS)}\n")
    r.t("signer        : ").v(c.ch([cl.full(), cl.lf()]), N).t("\n")
    r.t(f"dob           : {_age_dob(c)} (age verified: {c.ch(['yes', 'yes', 'manual'])})\n")
    r.t(f"id_type       : {c.ch(['passport', 'driving_licence', 'national_id'])} ****{c.ri(1000, 9999)}\n")
    r.t("signed_from   : ").v(c.ip(), IP).t(f"  ua=\"{c.ch(['iPad; iOS 17.5', 'Android 14; SM-X200'])}\"\n")
    r.t("artist        : ").v(c.ch([art.full(), art.given, c.acct(art)]), N).t("\n")
    r.t(f"procedure     : {c.ch(DESIGNS + PIERCINGS)}\n=== END ===")


def tat_minor(c):
    r = c.r
    kid = c.person(word_p=0.05)
    gu = c.person(trad=kid.trad, native_p=0)
    gu.family = kid.family
    doc = {"consent_type": "minor_piercing", "procedure": c.ch(PIERCINGS[3:]),
           "minor": {"first_name": P(kid.given, N), "last_name": P(kid.family, N), "age": c.ri(14, 17)},
           "guardian": {"name": P(gu.full(), N), "relationship": c.ch(["mother", "father", "legal guardian"]),
                        "phone": P(c.phone(gu), PH), "id_checked": True},
           "piercer": P(c.acct(c.person()), N)}
    r.t(f"{c.iso()} consent-svc INFO minor consent stored ")
    jdoc(r, doc, indent=2 if c.p(0.5) else None, ascii=c.p(0.3))


def tat_enquiry(c):
    r = c.r
    cl, art = c.person(), c.person()
    who = c.ch(["grandmother ", "grandad ", "late brother ", "nan "])
    rel = c.person(gender="m" if who in ("grandad ", "late brother ") else "f")
    dom = c.ch(["ironrose.example", "blacklotus.example", "ouroboros-ink.example"])
    r.t("From: ").v(cl.full(), N).t(" <").v(c.email(cl), E).t(">\nTo: ").v(f"{c.acct(art, ('first',))}@{dom}", E)
    r.t("\nSubject: Booking enquiry – ").t(c.ch(DESIGNS)).t("\n\nHey ").v(art.given, N)
    r.t(",\nI'd love a memorial piece: a portrait of my ").t(who)
    r.v(rel.given, N).t(f" on my forearm, about {c.ri(8, 20)}cm. My number is ").v(c.phone(cl), PH).t(".\nCheers, ").v(cl.given, N)


def tat_deposit(c):
    r = c.r
    cl, art = c.person(), c.person()
    r.t(f"ts={c.iso()} svc=deposits event=deposit.captured studio={c.ch(['iron-rose', 'black-lotus', 'ouroboros'])} artist=@")
    r.v(c.acct(art, ("first", "firstlast", "first_last", "first.last")), N).t(" client=\"").v(cl.full(), N)
    r.t(f"\" amount={c.money(50, 200)} session_hours={c.ri(2, 8)} ")
    if c.p(0.5):
        r.t("pan=").v(c.card(), CC)
    else:
        r.t(f"card={c.masked()}")
    r.t(" email=").v(c.email(cl), E)


TAT_SMS = {"en": ("Hi ", "! Aftercare from ", ": wash 2x daily, no swimming 2 weeks."),
           "es": ("Hola ", ", cuidados de ", ": lava 2 veces al día, sin piscina 2 semanas."),
           "de": ("Hallo ", ", Pflegehinweise von ", ": 2x täglich waschen, 2 Wochen kein Schwimmbad."),
           "pt": ("Oi ", ", cuidados da ", ": lave 2x ao dia, sem piscina por 2 semanas."),
           "ja": ("", "様　", "よりアフターケアのご案内：1日2回洗浄してください。")}


def tat_sms(c):
    r = c.r
    lang = c.ch(list(TAT_SMS))
    a, b, z = TAT_SMS[lang]
    cl, art = c.person(), c.person()
    r.t(f"{c.iso()} sms.out to=").v(c.phone(cl, c.ch(["e164", "bare"])), PH).t(f" lang={lang} \"").t(a)
    r.v(cl.nat() if (lang == "ja" and cl.trad == "ja_jp" and cl.native) else cl.given, N).t(b).v(art.given, N).t(z + '"')


def tat_py(c):
    r = c.r
    cl, art = c.person(), c.person()
    r.t("ERROR:studio.sessions:session close failed\nTraceback (most recent call last):\n")
    r.t('  File "/app/studio/sessions.py", line 88, in close\n    ledger.post(session)\n')
    r.t("ledger.LedgerError: negative balance for ")
    pyrepr(r, ("Session", [("id", c.ri(1000, 9999)), ("artist", ("Artist", [("name", P(art.full(), N)), ("handle", P(c.acct(art, ("first", "firstlast")), N))])),
                           ("client", ("Client", [("name", P(cl.full(), N)), ("phone", P(c.phone(cl), PH))])),
                           ("design", c.ch(DESIGNS)), ("deposit", float(c.ri(50, 150)))]))


def tat_idscan(c):
    r = c.r
    cl = c.person(trad=c.ch(["en_us", "en_us", "es_mx", "vi_vn", "ko_kr", "pl_pl", "ig_ng"]), ff_ok=False)
    fam, giv = cl.family.upper(), cl.given.upper()
    r.t(f"{c.iso()} idscan DEBUG decoded PDF417 (AAMVA v{c.ch([8, 9, 10])}) reader=IDS-{c.ri(1, 4)}\n")
    r.t(f"ANSI 6360{c.ri(10, 99)}0{c.ch([8, 9])}02DL00410278ZV03190008DL\n")
    r.t(f"DAQ{c.alnum(9)}\nDCS").v(fam, N).t("\nDAC").v(giv, N).t("\nDAD").t("NONE" if c.p(0.5) else "").t("\n")
    r.t(f"DBB{c.ri(1, 12):02d}{c.ri(1, 28):02d}{c.ri(1960, 2007)}\nDBA{c.ri(1, 12):02d}{c.ri(1, 28):02d}{c.ri(2027, 2031)}\n")
    r.t(f"DAJ{c.ch(['CA', 'TX', 'NY', 'WA', 'FL'])}\nresult=age_ok over18=true")


def tat_neg_flash(c):
    r = c.r
    r.t(f"{c.iso()} portfolio.publish studio=\"{c.ch(STUDIOS)}\" items=[")
    r.t(", ".join(f"\"{x}\"" for x in sorted({c.ch(DESIGNS) for _ in range(3)})))
    r.t(f"] ink=\"{c.ch(PRODUCTS[34:36])}\" machine=\"{c.ch(PRODUCTS[36:])}\" by={c.ch(SERVICE_ACCTS)}")


def tat_neg_esign(c):
    r = c.r
    r.t(f"=== CONSENT TEMPLATE {c.alnum(10)} ===\nstudio        : {c.ch(STUDIOS)}\nsigner        : {c.ch(['<client>', '{{signer.name}}', 'CLIENT'])}\n")
    r.t(f"version       : {c.ri(1, 6)}.{c.ri(0, 9)}\nlocales       : en, es, de, {c.ch(['ja', 'fr', 'pt'])}\nupdated_by    : {c.ch(SERVICE_ACCTS)}\n=== END ===")


def tat_neg_autoclave(c):
    r = c.r
    r.t(f"{c.date()} {c.time()} autoclave={c.ch(['Statim 2000', 'Lisa 517', 'Melag Vacuklav'])} cycle={c.ri(100, 9999)} ")
    r.t(f"temp={c.ri(121, 134)}C hold={c.ch([4, 15, 18])}min spore_test={c.ch(['PASS', 'PASS', 'PENDING'])} operator={c.ch(SERVICE_ACCTS)}")


def tat_neg_minor(c):
    r = c.r
    doc = {"consent_type": "minor_piercing", "procedure": c.ch(PIERCINGS), "minor": None,
           "guardian": None, "status": "rejected", "reason": c.ch(["guardian not present", "ID expired", "under minimum age"])}
    r.t(f"{c.iso()} consent-svc WARN ")
    jdoc(r, doc, compact=c.p(0.5))


# ---------------------------------------------------------------------------------------------------------------
# 8. optical_dispensing


def opt_rx(c):
    r = c.r
    pt, op = c.person(), c.person()
    r.t(f"--- SPECTACLE Rx {c.alnum(8)} ---\nPatient   : ").v(c.ch([pt.full(), pt.LF(), pt.lf()]), N).t("\n")
    r.t(f"Test date : {c.date()}\n")
    for eye in ("R", "L"):
        r.t(f"{eye}  SPH {c.ch(['-', '+'])}{c.ri(0, 6)}.{c.ch(['00', '25', '50', '75'])}  CYL -{c.ri(0, 2)}.{c.ch(['00', '25', '50'])}  AX {c.ri(1, 180):3d}  ADD +{c.ri(0, 2)}.{c.ch(['00', '50'])}\n")
    tt = c.ch(["Optom ", "Dr. ", "", "Optometrist: "])
    r.t(f"PD 3{c.ri(0, 4)}/3{c.ri(0, 4)}\nTested by : ").t(tt).v(c.ch([op.full(), op.gi()]), N).t(f"  (GOC 01-{c.ri(10000, 99999)})\n")
    r.t(f"Recall    : {c.ch([12, 24])} months\n--- END ---")


def opt_lab_xml(c):
    r = c.r
    pt, d = c.person(), c.person()
    start = r.n
    r.t(f'<?xml version="1.0" encoding="UTF-8"?>\n<LabOrder orderNo="{c.digits(8)}" lab="{c.ch(["Rx-Lab Leeds", "LensTech Köln", "Prolab Madrid"])}">\n')
    r.t("  <Patient>\n    ").t("")
    el(r, "LastName", P(pt.family, N))
    r.t("\n    ")
    el(r, "FirstName", P(pt.given, N))
    r.t("\n  </Patient>\n  ")
    el(r, "Frame", c.ch(PRODUCTS[17:21]))
    r.t("\n  ")
    el(r, "Lens", c.ch(PRODUCTS[12:15]))
    r.t('\n  <Dispenser login="').v(c.acct(d), N, XML).t('">').v(d.full(), N, XML).t("</Dispenser>\n</LabOrder>")
    r.doc("xml", start)


def opt_cl_reorder(c):
    r = c.r
    pt = c.person()
    doc = {"subscription": f"CL-{c.digits(7)}", "product": c.ch(PRODUCTS[15:17]), "boxes": c.ri(2, 8),
           "ship_to": {"name": P(pt.full(), N), "email": P(c.email(pt), E), "phone": P(c.phone(pt), PH)},
           "prescriber": M(c.ch(["Optom ", "Dr "]), P(c.person().family, N)), "status": c.ch(["dispatched", "payment_failed", "awaiting_rx"])}
    r.t(f"{c.iso()} INFO cl-subscriptions reorder ")
    jdoc(r, doc, indent=2 if c.p(0.5) else None, ascii=c.p(0.2))


def opt_gos(c):
    r = c.r
    pt, perf = c.person(trad=c.ch(["en_gb", "en_gb", "hi_in", "ur_pk", "pl_pl", "cy_gb", "en_sc", "yo_ng"])), c.person(trad="en_gb")
    r.t(f"{c.iso()} gos-claims INFO GOS1 submitted claim={c.alnum(10)} patient=\"").v(pt.LF(), N)
    r.t(f"\" nhs_no={c.ri(400, 499)} {c.ri(100, 999)} {c.ri(1000, 9999)} eligibility={c.ch(['over60', 'under16', 'diabetic', 'UC'])} performer=\"")
    r.v(perf.gi(), N).t(f"\" performer_no={c.ri(1000000, 9999999)} contractor=\"{c.ch(OPTICAL_SHOPS[:4])}\"")


OPT_SMS = {"nl": ("Beste ", ", je bril ligt klaar bij ", ". Groet, "), "de": ("Hallo ", ", Ihre Brille ist abholbereit bei ", ". Ihr Team, "),
           "it": ("Gentile ", ", i suoi occhiali sono pronti presso ", ". Saluti, "), "en": ("Hi ", ", your glasses are ready at ", ". From "),
           "es": ("Hola ", ", tus gafas ya están listas en ", ". Un saludo, ")}


def opt_sms(c):
    r = c.r
    lang = c.ch(list(OPT_SMS))
    a, b, z = OPT_SMS[lang]
    pt, d = c.person(), c.person()
    r.t(f"{c.iso()} sms-gw submit to=").v(c.phone(pt), PH).t(f" lang={lang} text=\"").t(a).v(pt.given, N).t(b)
    r.t(c.ch(OPTICAL_SHOPS[4:]) + " " + c.ch(PLACES[:6])).t(z).v(d.given, N).t('"')


def opt_dicom(c):
    r = c.r
    pt, op = c.person(), c.person()
    r.t(f"{c.iso()} oct-export INFO dumping header for {c.ch(['Cirrus 6000', 'Spectralis', 'Maestro2'])} study\n")
    r.t("(0008,0060) CS [OPT]\n(0010,0010) PN [").v(f"{pt.family.upper()}^{pt.given.upper()}" if c.p(0.6) else f"{pt.family}^{pt.given}", N)
    r.t(f"]\n(0010,0020) LO [{c.alnum(8)}]\n(0010,0030) DA [{_age_dob(c)}]\n(0008,1070) PN [").v(f"{op.family}^{op.given}", N)
    r.t(f"]\n(0008,0080) LO [{c.ch(OPTICAL_SHOPS)}]\n(0020,000D) UI [1.2.826.0.1.{c.digits(8)}.{c.ri(1, 99)}]")


def opt_vsp(c):
    r = c.r
    sub = c.person(trad=c.ch(["en_us", "en_us", "es_mx", "ko_kr", "zh_cn", "hi_in"]))
    dep = c.person(trad=sub.trad)
    dep.family = sub.family
    r.t(f"{c.iso()} eligibility.request payer=VSP-like member={c.digits(9)}A subscriber=\"").v(sub.LF(), N)
    r.t("\" subscriber_ssn_last4=").v(c.last4(), SSN).t(" patient=\"").v(dep.full(), N)
    r.t(f"\" relationship={c.ch(['child', 'spouse'])} benefit=exam+materials result={c.ch(['eligible', 'frame_used', 'not_found'])}")


def opt_book_get(c):
    r = c.r
    pt = c.person()
    r.v(c.ip(), IP).t(" - - ", c.clf_ts(), ' "GET /book/eye-test/confirm?store=', str(c.ri(100, 999)), "&name=")
    r.v(pt.full(), N, c.ch([FORM, PCT])).t("&email=").v(c.email(pt), E, PCT).t("&tel=").v(c.phone(pt, c.ch(["e164", "intl"])), PH, PCT)
    r.t(f'&slot={c.date()}T{c.hhmm()} HTTP/2.0" 302 0 "-" "Mozilla/5.0 (Linux; Android 14)"')


def opt_neg_inventory(c):
    r = c.r
    r.t("sku,brand,model,colour,qty\n")
    for _ in range(c.ri(3, 5)):
        b = c.ch(PRODUCTS[17:21])
        r.t(f"{c.alnum(8)},{b.split()[0]},\"{CSVQ(b)}\",{c.ch(['black', 'havana', 'gold'])},{c.ri(0, 12)}\n")
    r.t(f"# stock sync {c.ch(OPTICAL_SHOPS)} by {c.ch(SERVICE_ACCTS)}")


def opt_neg_lens(c):
    r = c.r
    r.t(f"{c.iso()} catalogue.update supplier=\"{c.ch(COMPANIES[25:30])}\" ")
    jdoc(r, {"lenses": [c.ch(PRODUCTS[12:15]), c.ch(PRODUCTS[12:15])], "coatings": ["Crizal Sapphire", "DuraVision BlueProtect"],
             "index": c.ch([1.5, 1.6, 1.67, 1.74])}, compact=c.p(0.5))


def opt_neg_dicom(c):
    r = c.r
    r.t(f"{c.iso()} oct-export INFO dumping header for {c.ch(['Cirrus 6000', 'Spectralis'])} calibration\n(0008,0060) CS [OPT]\n")
    r.t(f"(0010,0010) PN [{c.ch(['DEMO^PATIENT', 'PHANTOM^EYE', 'QC^DAILY'])}]\n(0008,1070) PN [{c.ch(['SERVICE', 'AUTO'])}]\n(0008,0080) LO [{c.ch(OPTICAL_SHOPS)}]")


def opt_neg_rx(c):
    r = c.r
    r.t(f"--- SPECTACLE Rx TEMPLATE ---\nPatient   : {c.ch(['<patient>', 'DEMO, PATIENT', 'N/A'])}\nTests     : {c.ch(TECHNIQUES[33:37])}, {c.ch(TECHNIQUES[33:37])}\n")
    r.t(f"Room      : {c.ch(ROOMS[14:])}\n--- END ---")


# ---------------------------------------------------------------------------------------------------------------
# 9. hearing_aid_fitting


def ha_noah(c):
    r = c.r
    pt, aud = c.person(), c.person()
    r.t(f"{c.date()} {c.time()},{c.ri(100, 999)} [NoahBridge] INFO Session opened ws=").v(c.ip(), IP).t(" Patient=\"").v(c.ch([pt.lf(), pt.LF()]), N)
    r.t(f"\" PatientNo={c.digits(6)} User=").v(c.acct(aud).upper() if c.p(0.3) else c.acct(aud), N)
    r.t(f" Module=\"{c.ch(['Phonak Target 9.1', 'Oticon Genie 2', 'Signia Connexx 9', 'Smart Fit 2.3'])}\" Device=\"{c.ch(HA_MODELS)}\"")


def ha_audiogram(c):
    r = c.r
    pt, t = c.person(), c.person()
    start = r.n
    r.t(f'<Audiogram xmlns="urn:example:audiology" date="{c.date()}">\n  <Patient>')
    el(r, "GivenName", P(pt.given, N))
    el(r, "FamilyName", P(pt.family, N))
    r.t("</Patient>\n")
    for side in ("Left", "Right"):
        r.t(f'  <Ear side="{side}">' + "".join(f'<Point hz="{hz}" db="{c.ri(10, 75)}"/>' for hz in (500, 1000, 2000, 4000)) + "</Ear>\n")
    r.t("  ")
    el(r, "Tester", P(t.full(), N))
    r.t("\n</Audiogram>")
    r.doc("xml", start)


def ha_remote(c):
    r = c.r
    pt, cl = c.person(native_p=0.03), c.person()
    # the device name carries the patient's given name; only the name part is labelled
    pre, post = c.ch([("", "'s iPhone"), ("", "s-Pixel"), ("iPhone-", "")])
    doc = {"session": f"rfs_{c.hexs(12)}", "type": "remote_fine_tuning", "clinician": P(c.acct(cl), N),
           "patient_app": {"user": P(c.email(pt), E), "device": M(pre, P(pt.given, N), post), "ip": P(c.ip(), IP)},
           "changes": [{"program": c.ch(["Restaurant", "Music", "Calm", "TV"]), "gain_db": c.ri(-4, 4)}]}
    r.t(f"{c.iso()} remote-care INFO ")
    jdoc(r, doc, compact=c.p(0.5))


def ha_rma(c):
    r = c.r
    pt, aud = c.person(), c.person()
    mdl = c.ch(HA_MODELS)
    dom = c.ch(["hearcare.example", "clarohearing.example", "audiokliniek.example"])
    r.t("From: ").v(aud.full(), N).t(" <").v(c.email(aud, dom), E).t(">\nTo: ").v(f"repairs@{c.ch(['phonak', 'oticon', 'signia', 'widex'])}.example", E)
    r.t("\nSubject: Repair – ").v(pt.full(), N).t(f" – {mdl} SN {c.alnum(9)}\n\nFault: {c.ch(['no sound', 'intermittent', 'charging', 'feedback'])}. ")
    r.t("Please call the clinic on ").v(c.phone(aud), PH).t(" with the quote.\n-- \n").v(aud.gi(), N).t(", Audiologist")


def ha_batteries(c):
    r = c.r
    sep = c.ch([",", ";"])
    r.t(sep.join(["patient_id", "name", "email", "size", "packs", "next_ship"]) + "\n")
    for _ in range(c.ri(2, 4)):
        p = c.person()
        r.t(f"P{c.digits(6)}{sep}")
        nm = c.ch([p.full(), p.lf()])
        if sep in nm or "," in nm:
            r.t('"').v(nm, N, CSVQ).t('"')
        else:
            r.v(nm, N)
        r.t(sep).v(c.email(p), E).t(f"{sep}{c.ch(['10', '13', '312', '675'])}{sep}{c.ri(1, 6)}{sep}{c.date()}\n")
    r.t("# batteries-club export")


HA_NOTES = {
    "ja": ("", "様：", "さんが再調整。騒音下で聞き取りにくいとのこと。"),
    "de": ("", ": Nachanpassung durch ", ", Rückkopplung beim Telefonieren."),
    "ko": ("", " 님: ", " 선생님이 재조정, 소음 환경에서 불편."),
    "fr": ("", " : réglage par ", ", gêne en milieu bruyant."),
    "es": ("", ": ajuste realizado por ", ", molestias en ambientes ruidosos."),
}


def ha_note(c):
    r = c.r
    lang = c.ch(list(HA_NOTES))
    a, b, z = HA_NOTES[lang]
    pt, aud = c.person(), c.person()
    r.t(f"{c.date()} {c.time()} clinic.note lang={lang} ")
    if lang == "de" and c.p(0.6):
        r.t("Herr " if pt.gender == "m" else "Frau ").v(pt.family, N)
    elif pt.native and pt.trad[:2] == lang:
        r.v(pt.nat(), N)
    else:
        r.v(pt.full(), N)
    r.t(b).v(aud.family if lang in ("ja", "ko") else aud.full(), N).t(z)


def ha_swift(c):
    r = c.r
    pt = c.person()
    r.t(f"{c.iso()} [HearingApp] pairing failed: ")
    r.t('HearingAidPairing(patient: Patient(name: Optional("').v(pt.full(), N, RB).t('"), phone: Optional("')
    r.v(c.phone(pt), PH).t(f'")), leftSerial: "{c.alnum(9)}", rightSerial: "{c.alnum(9)}", model: "{c.ch(HA_MODELS)}", error: .bluetoothUnavailable)')


def ha_neg_fw(c):
    r = c.r
    r.t(f"{c.date()} {c.time()},{c.ri(100, 999)} [NoahBridge] INFO Firmware {c.ri(1, 5)}.{c.ri(0, 9)}.{c.ri(0, 99)} pushed Device=\"{c.ch(HA_MODELS)}\" ")
    r.t(f"Programs=[{c.ch(['Restaurant', 'Music', 'Calm'])}, {c.ch(['TV', 'Speech in Loud Noise', 'Outdoor'])}] User={c.ch(SERVICE_ACCTS)}")


def ha_neg_calib(c):
    r = c.r
    r.t(f"{c.iso()} audiometer={c.ch(['AC40', 'Madsen Astera2', 'Equinox 2.0'])} calibration={c.ch(['valid', 'due'])} ")
    r.t(f"booth=\"{c.ch(ROOMS[15:] + ROOMS[:2])}\" ambient={c.ri(18, 35)}dBA tests=[{c.ch(TECHNIQUES[37:39])}] by={c.ch(SERVICE_ACCTS)}")


def ha_neg_rma(c):
    r = c.r
    r.t(f"{c.iso()} rma.batch INFO shipped {c.ri(2, 20)} stock devices to {c.ch(COMPANIES[31:40])} ")
    jdoc(r, {"models": [c.ch(HA_MODELS), c.ch(HA_MODELS)], "reason": "stock rotation", "owner": "clinic stock"}, compact=c.p(0.5))


def ha_neg_remote(c):
    r = c.r
    r.t(f"{c.iso()} remote-care INFO ")
    jdoc(r, {"session": f"rfs_{c.hexs(12)}", "type": "remote_fine_tuning", "clinician": c.ch(SERVICE_ACCTS),
             "patient_app": {"user": None, "device": "demo-unit", "ip": None}, "changes": []}, compact=c.p(0.5))


# ---------------------------------------------------------------------------------------------------------------
# 10. physio_chiro_notes


def phy_soap(c):
    r = c.r
    pt, pr, gp = c.person(), c.person(), c.person()
    r.t(f"NOTE {c.alnum(8)} signed {c.iso()}\nPatient: ").v(c.ch([pt.full(), pt.lf()]), N).t("\nPractitioner: ")
    r.v(c.ch([pr.full(), pr.gi()]), N).t(c.ch([" (Physiotherapist)", " DC", " MCSP", ""])).t("\n")
    r.t(f"S: {c.ch(['low back pain 6/10', 'neck stiffness after MVA', 'R shoulder impingement'])}\n")
    r.t(f"O: {c.ch(TECHNIQUES[39:])} {c.ch(['positive', 'negative'])}; ROM reduced\n")
    r.t(f"A/P: {c.ch(PHYSIO_TECH)}; review 2/52. Letter to GP Dr ").v(gp.family, N).t(".")


def phy_appt_json(c):
    r = c.r
    pt, pr = c.person(), c.person()
    doc = {"appointment": {"id": str(c.digits(10)), "starts_at": c.iso(), "type": c.ch(["Initial Consultation", "Follow-up 30", "Sports Massage"]),
                           "patient": {"first_name": P(pt.given, N), "last_name": P(pt.family, N), "email": P(c.email(pt), E),
                                       "mobile": P(c.phone(pt), PH)},
                           "practitioner": {"display_name": P(pr.full(), N), "username": P(c.acct(pr), N)}}}
    r.t(f"{c.iso()} clinic-api POST /appointments 201 ")
    jdoc(r, doc, indent=2 if c.p(0.4) else None, ascii=c.p(0.2))


def phy_claim(c):
    r = c.r
    reg = c.ch([("ACC", "NZ", "mi_nz"), ("WorkSafe", "AU", "en_au"), ("ICBC", "CA", "en_us"), ("BG", "DE", "de_de")])
    pt, cm = c.person(trad=c.ch([reg[2], None, None])), c.person()
    r.t(f"ts={c.iso()} svc=claims insurer={reg[0]} claim={c.alnum(3)}{c.digits(7)} claimant=\"").v(c.ch([pt.full(), pt.LF()]), N)
    r.t(f"\" employer=\"{c.ch(COMPANIES[55:60])}\" case_manager=\"").v(cm.full(), N).t("\" cm_phone=").v(c.phone(reg[1]), PH)
    r.t(f" sessions_approved={c.ri(4, 12)} status={c.ch(['approved', 'pending_docs', 'declined'])}")


def phy_hep_mail(c):
    r = c.r
    pt, pr = c.person(), c.person()
    r.t("Message-ID: <", c.digits(12), ".", str(c.ri(1, 99)), "@mailer.clinic.example>\nTo: \"").v(pt.full(), N).t("\" <").v(c.email(pt), E)
    r.t(">\nSubject: Your home exercise programme\n\nHi ").v(pt.given, N).t(f",\n{c.ri(3, 8)} exercises were added by ").v(pr.full(), N)
    r.t(f": {c.ch(PHYSIO_TECH)}, {c.ch(['clamshells', 'bird dog', 'wall slides'])}.\nLog in: https://hep.example.com/p/{c.alnum(10, up=False)}")


def phy_pi_intake(c):
    r = c.r
    pt, atty = c.person(trad=c.ch(["en_us", "en_us", "es_mx", "vi_vn", "zh_cn", "fil_ph"])), c.person(trad="en_us")
    r.t(f"{c.iso()} INFO pi-intake case={c.digits(6)} patient=\"").v(pt.full(), N).t("\" ")
    if c.p(0.5):
        r.t("ssn=").v(c.ssn(), SSN)
    else:
        r.t("ssn_last4=").v(c.last4(), SSN)
    r.t(f" accident={c.ch(['MVA', 'slip_and_fall'])} attorney=\"").v(atty.lf(), N)
    r.t(f"\" lien=yes technique=\"{c.ch(TECHNIQUES[14:17])}\" phone=").v(c.phone("US"), PH)


PHY_NOTES = {
    "es": ("Paciente ", ": buena evolución, ", " continúa con ", "."),
    "de": ("Patient ", ": gute Fortschritte, ", " setzt ", " fort."),
    "fr": ("Patient ", " : évolution favorable, ", " poursuit ", "."),
    "pt": ("Paciente ", ": boa evolução, ", " mantém ", "."),
    "it": ("Paziente ", ": buoni progressi, ", " prosegue con ", "."),
}


def phy_note(c):
    r = c.r
    lang = c.ch(list(PHY_NOTES))
    a, b, mid, z = PHY_NOTES[lang]
    pt, pr = c.person(), c.person()
    ttl = {"es": ("Sr. ", "Sra. "), "de": ("Herr ", "Frau "), "fr": ("M. ", "Mme "), "pt": ("Sr. ", "Sra. "), "it": ("Sig. ", "Sig.ra ")}[lang]
    r.t(f"{c.date()} physio.note lang={lang} ").t(a)
    if c.p(0.5):
        r.t(ttl[0] if pt.gender == "m" else ttl[1]).v(pt.family, N)
    else:
        r.v(pt.full(), N)
    r.t(b).v(pr.gi(), N).t(mid).t(c.ch(PHYSIO_TECH)).t(z)


def phy_ruby(c):
    r = c.r
    pt, pr = c.person(), c.person()
    r.t(f"I, [{c.iso(z=False)} #{c.ri(100, 9999)}]  INFO -- : plan created #<TreatmentPlan id: {c.ri(100, 9999)}, ")
    r.t('patient: #<Patient first_name: "').v(pt.given, N, RB).t('", last_name: "').v(pt.family, N, RB)
    r.t('">, practitioner: "').v(pr.full(), N, RB).t(f"\", sessions: {c.ri(4, 12)}, modality: \"{c.ch(PHYSIO_TECH)}\">")


def phy_search(c):
    r = c.r
    pt, pr = c.person(), c.person()
    r.t(f"{c.iso()} nginx: ").v(c.ip(), IP).t(" user=").v(c.acct(pr), N).t(' "GET /api/v1/patients/search?q=')
    r.v(c.ch([pt.family, pt.full()]), N, PCT).t(f'&dob=&limit=20 HTTP/1.1" 200 {c.ri(200, 4000)} rt=0.0{c.ri(10, 99)}')


def phy_neg_tech(c):
    r = c.r
    r.t(f"{c.iso()} protocols.sync added=[")
    r.t(", ".join(f"\"{x}\"" for x in sorted({c.ch(PHYSIO_TECH) for _ in range(3)})))
    r.t(f"] equipment=\"{c.ch(PRODUCTS[30:34])}\" by={c.ch(SERVICE_ACCTS)}")


def phy_neg_rooms(c):
    r = c.r
    r.t("room|09:00|10:00|11:00\n")
    for rm in ("Treatment 1", "Treatment 2", "Gym", "Hydro"):
        r.t(rm + "|" + "|".join(c.ch(["free", "blocked", "Pilates reformer", "class", "clean"]) for _ in range(3)) + "\n")
    r.t(f"# {c.date()} generated by {c.ch(SERVICE_ACCTS)}")


def phy_neg_claims(c):
    r = c.r
    r.t(f"ts={c.iso()} svc=claims batch={c.digits(6)} insurer={c.ch(['ACC', 'WorkSafe', 'ICBC', 'Bupa', 'AXA'])} submitted={c.ri(5, 90)} ")
    r.t(f"rejected={c.ri(0, 4)} employer=\"{c.ch(COMPANIES[55:60])}\" status={c.ch(STATUSES).lower().replace(' ', '_')}")


def phy_neg_soap(c):
    r = c.r
    r.t(f"NOTE {c.alnum(8)} draft {c.iso()}\nPatient: {c.ch(['(not selected)', 'DEMO PATIENT', 'Test, Patient'])}\nPractitioner: {c.ch(SERVICE_ACCTS)}\n")
    r.t(f"O: {c.ch(TECHNIQUES[39:])} —\nA/P: {c.ch(PHYSIO_TECH)} template")


# ---------------------------------------------------------------------------------------------------------------
# 11. recall_campaigns


def rec_letters(c):
    r = c.r
    r.t(f"RCLPRINT {c.date().replace('-', '')} BATCH {c.digits(5)} TYPE={c.ch(['EYE', 'HEAR', 'PHYSIO'])}\n")
    k = c.ri(2, 4)
    for _ in range(k):
        p = c.person(ff_ok=False)
        nm = (f"{c.ch(['MR'] if p.gender == 'm' else ['MRS', 'MS'])} " if c.p(0.6) else "")
        body = p.UP()[:28]
        r.t(f"{c.digits(7)} ").t(nm).v(body, N).t(" " * (32 - len(nm) - len(body)))
        r.t(f"DUE {c.date()}  {c.ch(['LTR1', 'LTR2', 'FINAL'])}\n")
    r.t(f"END {k} LETTERS")


def rec_sms_outbox(c):
    r = c.r
    items = []
    for _ in range(c.ri(1, 3)):
        p = c.person()
        items.append({"to": P(c.phone(p, "e164"), PH), "body": M(c.ch(["Dear ", "Hi ", "Hello "]), P(p.given, N),
                                                                   c.ch([", your eye test is due. Book: ", ", time for your hearing check. Call ",
                                                                         ", your 6-month review is due: "]), "https://bk.example/r/", c.alnum(6, up=False)),
                      "campaign": c.ch(["EYE24", "HEAR12", "PHYS06"])})
    r.t(f"{c.iso()} sms-outbox POST /v2/batch ")
    jdoc(r, {"messages": items, "sender": c.ch(["Optics", "ClaroHear", "PhysioPlus"])}, compact=c.p(0.5))


def rec_bounce(c):
    r = c.r
    p = c.person()
    em = c.email(p)
    r.t(f"{c.iso()} postfix/bounce[{c.ri(1000, 99999)}]: {c.alnum(10)}: sender non-delivery notification\n")
    r.t("Final-Recipient: rfc822; ").v(em, E).t("\nAction: failed\nStatus: 5.1.1\n")
    r.t("Diagnostic-Code: smtp; 550 5.1.1 user unknown\nX-Original-Subject: ").v(p.given, N).t(", your annual eye examination is due")


def rec_stop(c):
    r = c.r
    p, rel = c.person(), c.person()
    rel.family = p.family
    body = c.ch([M("STOP - this is ", P(rel.given, N), ", ", P(p.given, N), " passed away in March"),
                 M("stop pls, ", P(p.given.lower(), N), " moved abroad"),
                 M("Wrong number, I'm not ", P(p.full(), N))])
    r.t(f"{c.iso()} inbound-sms webhook ")
    jdoc(r, {"From": P(c.phone(p, "e164"), PH), "To": "RECALLS", "Body": body, "keyword": "STOP"}, compact=True)


def rec_logfmt(c):
    r = c.r
    p = c.person()
    r.t(f"ts={c.iso()} campaign={c.ch(['EYE24', 'HEAR12', 'PHYS06'])} client=\"").v(c.ch([p.lf(), p.LF(), p.full()]), N)
    ch = c.ch(["sms", "email"])
    r.t(f"\" channel={ch} to=")
    if ch == "sms":
        r.v(c.phone(p), PH)
    else:
        r.v(c.email(p), E)
    r.t(f" status={c.ch(['sent', 'queued', 'failed'])} attempt={c.ri(1, 3)}")


def rec_py(c):
    r = c.r
    p = c.person()
    r.t("Traceback (most recent call last):\n  File \"/srv/recall/render.py\", line 41, in render\n    return tpl.render(**ctx)\n")
    r.t("jinja2.exceptions.UndefinedError: 'title' is undefined\nctx = ")
    pyrepr(r, {"first_name": P(p.given, N), "last_name": P(p.family, N), "email": P(c.email(p), E),
               "due": c.date(), "practice": c.ch(OPTICAL_SHOPS + ["ClaroHear", "PhysioPlus"])})


def rec_rts(c):
    r = c.r
    p, op = c.person(), c.person()
    r.t(f"{c.date()} {c.time()} RTS letter={c.digits(8)} client=C{c.digits(6)} name=\"").v(p.UP(), N)
    r.t(f"\" reason={c.ch(['GONE AWAY', 'ADDRESSEE UNKNOWN', 'DECEASED'])} updated_by=").v(c.acct(op).upper(), N)


def rec_neg_stats(c):
    r = c.r
    r.t(f"campaign={c.ch(['EYE24', 'HEAR12', 'PHYS06'])} due={c.ri(100, 900)} sent={c.ri(50, 800)} booked={c.ri(5, 200)} ")
    r.t(f"bounced={c.ri(0, 40)} opt_out={c.ri(0, 20)} run_by={c.ch(SERVICE_ACCTS)} duration={c.ri(2, 90)}s")


def rec_neg_tpl(c):
    r = c.r
    ph = c.ch(["{{first_name}}", "*|FNAME|*", "%CLIENT_NAME%", "[[Patient.Title]] [[Patient.Surname]]", "<<Forename>>"])
    r.t(f"{c.iso()} templates.saved id=T{c.ri(10, 99)} locale={c.ch(['en', 'de', 'fr', 'es'])} subject=\"{ph}, your review is due\" ")
    r.t(f"body_len={c.ri(80, 600)} editor={c.ch(SERVICE_ACCTS)} title=\"{c.ch(UI_STRINGS)}\"")


def rec_neg_suppress(c):
    r = c.r
    r.t(f"{c.iso()} suppression.rebuild lists=[bounces, stop_words, deceased] rows={c.ri(100, 9000)} dupes={c.ri(0, 40)} ")
    r.t(f"source={c.ch(['NCOA', 'Royal Mail NCOA', 'Deutsche Post Adress'])} by={c.ch(SERVICE_ACCTS)}")


def rec_neg_letters(c):
    r = c.r
    r.t(f"RCLPRINT {c.date().replace('-', '')} BATCH {c.digits(5)} TYPE={c.ch(['EYE', 'HEAR'])}\n")
    r.t(f"{c.digits(7)} {'SAMPLE LETTER':<32}DUE {c.date()}  PROOF\nEND 0 LETTERS (proof run)")


# ---------------------------------------------------------------------------------------------------------------
# 12. front_desk_messages


def fd_slip(c):
    r = c.r
    to, fr = c.person(), c.person()
    ttl = c.ch(["Mrs ", "Mr ", "Ms ", "Dr ", ""])
    r.t(f"PHONE MESSAGE #{c.ri(100, 9999)}  {c.date()} {c.hhmm()}\n")
    r.t("FOR     : ").v(to.given, N).t(c.ch([" (stylist)", " (therapist)", ""])).t("\nFROM    : ").t(ttl)
    r.v(fr.family if ttl else fr.full(), N).t("\nPHONE   : ").v(c.phone(fr), PH).t("\n")
    r.t(f"MESSAGE : {c.ch(['wants to move Thursday', 'asks about patch test', 'lost an earring in Room 2', 'running late'])}\n")
    r.t("TAKEN BY: ").v(c.acct(c.person(), ("first", "firstl", "flast")), N)


def fd_voicemail(c):
    r = c.r
    p = c.person()
    doc = {"call_id": c.hexs(16), "from": P(c.phone(p, "e164"), PH), "duration_s": c.ri(8, 90),
           "transcript": c.ch([M("Hi this is ", P(p.full(), N), ", calling about my appointment tomorrow, can you call me back please"),
                               M("Hello, it's ", P(p.given, N), ", I need to cancel my massage"),
                               M("Hola, soy ", P(p.full(), N), ", llamo por mi cita del viernes"),
                               M("Bonjour, c'est ", P(p.full(), N), ", je serai en retard de dix minutes")]),
           "confidence": round(c.ri(60, 99) / 100, 2)}
    r.t(f"{c.iso()} voicemail-transcriber INFO ")
    jdoc(r, doc, indent=2 if c.p(0.4) else None, ascii=c.p(0.3))


def fd_handover(c):
    r = c.r
    a, b, p = c.person(), c.person(), c.person()
    r.t(f"{c.date()} 17:0{c.ri(0, 9)} handover by ").v(c.acct(a), N).t(": ").v(p.full(), N)
    r.t(f" paid the deposit ({c.money(10, 60)}) but wants ").v(b.given, N).t(" instead, please call back on ").v(c.phone(p), PH)
    r.t(f". Till {c.ch(['balanced', 'short 5.00', 'over 2.50'])}.")


def fd_staffchat(c):
    r = c.r
    a, b, p = c.person(), c.person(), c.person()
    h = c.ri(9, 17)
    r.t(f"#front-desk {c.date()}\n[{h:02d}:0{c.ri(0, 5)}] ").v(a.given, N).t(": is ").v(c.ch([p.full(), p.given]), N)
    r.t(" in yet? booked with ").v(b.given, N).t(f"\n[{h:02d}:1{c.ri(0, 5)}] ").v(b.given, N)
    r.t(": not yet, number on file is ").v(c.phone(p), PH).t(f"\n[{h:02d}:2{c.ri(0, 5)}] ").v(a.given, N).t(": calling now")


def fd_lost(c):
    r = c.r
    r.t("date;item;found_in;owner;contact;logged_by\n")
    for _ in range(c.ri(2, 3)):
        o, lb = c.person(), c.person()
        r.t(f"{c.date()};{c.ch(['earring', 'scarf', 'glasses case', 'hearing aid (L)', 'umbrella'])};{c.ch(ROOMS)};")
        r.v(c.ch([o.full(), o.lf().replace(',', '')]), N).t(";").v(c.phone(o), PH).t(";").v(c.acct(lb), N).t("\n")
    r.t("# lost-property export")


def fd_till(c):
    r = c.r
    cashier, mgr = c.person(), c.person()
    r.t(f"== TILL CLOSE {c.date()} ==\nCashier     : ").v(c.acct(cashier).upper(), N).t(f"\nCash        : {c.money(100, 900)}\nCard        : {c.money(500, 6000)}\n")
    r.t(f"Vouchers    : {c.money(0, 300)}\nVariance    : {c.ch(['0.00', '-5.00', '+2.50'])}\nApproved by : ").v(c.ch([mgr.full(), mgr.gi()]), N)
    r.t("\n== END ==")


def fd_logcat(c):
    r = c.r
    p = c.person()
    r.t(f"{c.date()[5:]} {c.time()}.{c.ri(100, 999)}  {c.ri(1000, 9999)}  {c.ri(1000, 9999)} I CheckInActivity: matched client ")
    if c.p(0.4):
        r.t("(api ").v(c.ip(), IP).t(") ")
    r.v(c.ch([p.full(), p.full().upper()]), N).t(" by phone ").v(c.phone(p), PH).t(f" appt={c.hhmm()} stylist_id={c.ri(10, 99)}")


def fd_neg_slip(c):
    r = c.r
    r.t(f"PHONE MESSAGE #{c.ri(100, 9999)}  {c.date()} {c.hhmm()}\nFOR     : {c.ch(['All staff', 'Reception', 'Manager'])}\n")
    r.t(f"FROM    : {c.ch(COMPANIES[40:52])} rep\nPHONE   : (withheld)\nMESSAGE : {c.ch(['delivery Tuesday', 'invoice query', 'new colour launch'])}\nTAKEN BY: {c.ch(SERVICE_ACCTS)}")


def fd_neg_voicemail(c):
    r = c.r
    r.t(f"{c.iso()} voicemail-transcriber INFO ")
    jdoc(r, {"call_id": c.hexs(16), "from": "anonymous", "duration_s": c.ri(2, 40),
             "transcript": c.ch(["This is an automated message about your business listing", "(silence)",
                                 f"Delivery from {c.ch(COMPANIES[40:52])} will arrive on {c.ch(['Monday', 'Friday'])}"]),
             "confidence": round(c.ri(30, 99) / 100, 2)}, compact=c.p(0.5))


def fd_neg_till(c):
    r = c.r
    r.t(f"== TILL CLOSE {c.date()} ==\nCashier     : {c.ch(['TILL01', 'FRONTDESK', 'KIOSK02'])}\nCash        : 0.00\nCard        : {c.money(0, 900)}\n")
    r.t(f"Status      : {c.ch(STATUSES)}\nLocation    : {c.ch(PLACES)}\n== END ==")


def fd_neg_chat(c):
    r = c.r
    h = c.ri(9, 17)
    r.t(f"#front-desk {c.date()}\n[{h:02d}:00] reminder-bot: {c.ch(UI_STRINGS)}\n[{h:02d}:30] reminder-bot: ")
    r.t(f"{c.ch(['Deep clean of', 'Stock count in', 'Laundry pickup for'])} {c.ch(ROOMS)} at {c.hhmm()}")


FAMILIES_B = [
    ("tattoo_piercing_consent", [tat_esign, tat_minor, tat_enquiry, tat_deposit, tat_sms, tat_py, tat_idscan],
     [tat_neg_flash, tat_neg_esign, tat_neg_autoclave, tat_neg_minor]),
    ("optical_dispensing", [opt_rx, opt_lab_xml, opt_cl_reorder, opt_gos, opt_sms, opt_dicom, opt_vsp, opt_book_get],
     [opt_neg_inventory, opt_neg_lens, opt_neg_dicom, opt_neg_rx]),
    ("hearing_aid_fitting", [ha_noah, ha_audiogram, ha_remote, ha_rma, ha_batteries, ha_note, ha_swift],
     [ha_neg_fw, ha_neg_calib, ha_neg_rma, ha_neg_remote]),
    ("physio_chiro_notes", [phy_soap, phy_appt_json, phy_claim, phy_hep_mail, phy_pi_intake, phy_note, phy_ruby, phy_search],
     [phy_neg_tech, phy_neg_rooms, phy_neg_claims, phy_neg_soap]),
    ("recall_campaigns", [rec_letters, rec_sms_outbox, rec_bounce, rec_stop, rec_logfmt, rec_py, rec_rts],
     [rec_neg_stats, rec_neg_tpl, rec_neg_suppress, rec_neg_letters]),
    ("front_desk_messages", [fd_slip, fd_voicemail, fd_handover, fd_staffchat, fd_lost, fd_till, fd_logcat],
     [fd_neg_slip, fd_neg_voicemail, fd_neg_till, fd_neg_chat]),
]

