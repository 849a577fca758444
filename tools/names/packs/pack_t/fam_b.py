"""Families 7-12 of pack_t: home-repair leads, estimates and e-sign, funeral homes, cemeteries, genealogy, archives."""

from __future__ import annotations

from core import (
    COMPANIES,
    PLACES,
    PRODUCTS,
    STATUSES,
    SVC_ACCOUNTS,
    TITLE_UI,
    UI_STRINGS,
    L,
    S,
    _compact,
    card,
    form,
    ip,
    jesc,
    last4,
    pct,
    pct_name,
    phone,
    relative,
    ssn,
    xesc,
)
from fam_a import form_of, pad

CATEGORIES = ["plumbing.leak", "electrical.outlet", "roofing.repair", "hvac.service", "carpentry.deck", "painting.interior",
              "appliance.repair", "flooring.install", "handyman.general", "locksmith.rekey"]


# ====================================================================== 7. handyman_leads

def hl_route(r):
    h = r.person()
    pros = [r.person(native=False) for _ in range(r.rng.randrange(1, 4))]
    r.t(f"ts={r.iso()} lvl=info mod=lead-router lead_id=L{r.num(8)} category={r.ch(CATEGORIES)} homeowner=\"")
    r.n(form_of(r, h)).t('" phone="').p(phone(r.rng)).t(f"\" zip={r.num(5)} routed_to=[")
    for i, p in enumerate(pros):
        if i:
            r.t(",")
        r.n(p.acct(r.rng))
    r.t("]")
    if r.chance(0.5):
        r.t(' proxy_number="').p(phone(r.rng, "us")).t('"')


def hl_webhook(r):
    h = r.person(native=False)
    n = r.person(native=False)
    inner = r.child()
    inner.json({"lead": {"id": f"L{r.num(8)}", "category": r.ch(CATEGORIES),
                         "customer": {"name": L(h.full(), "NAME"), "email": L(h.email(r.rng), "EMAIL"),
                                      "phone": L(phone(r.rng), "PHONE")},
                         "description": S("Water under the sink again. My neighbour ", L(n.full(), "NAME"),
                                          " recommended you."),
                         "budget": r.ch(["<500", "500-1000", "1000+"])}}, asc=r.chance(0.4), sep=(",", ":"))
    r.t(f"{r.iso()} webhook.deliver endpoint=https://pro-crm.example/hooks/leads attempt=1 body=")
    m = r.mark()
    r.t(f"{{\"type\":\"lead.created\",\"id\":\"evt_{r.hexid(12)}\",\"data\":\"")
    r.put(inner, jesc)
    r.t("\"}")
    r.check_json(m)


def hl_chat(r):
    h = r.person(native="force" if r.chance(0.3) else True)
    p = r.person(native=False)
    r.t(f"relay thread RT-{r.num(6)} (masked numbers)\n")
    r.t(f"{r.hm()} PRO ").n(p.full()).t(": Hi ").n(h.g).t(", I can come by Thursday between 8 and 10 to look at it.\n")
    r.t(f"{r.hm(4)} HOMEOWNER ").n(h.full()).t(": Thursday works. Gate code is 4471, and my husband ")
    r.n(relative(r, h, "m").g).t(" will let you in.\n")
    r.t(f"{r.hm(6)} PRO ").n(p.g).t(": Great, you can also reach me directly on ").p(phone(r.rng)).t(".")


def hl_ruby(r):
    h = r.person(native=False)
    p = r.person(native=False)
    r.t(f"{r.ts()} DEBUG -- : lead assigned #<Lead id: {r.num(5)}, homeowner_name: \"").n(h.full()).t('", email: "')
    r.e(h.email(r.rng)).t('", phone: "').p(phone(r.rng)).t(f"\", category: \"{r.ch(CATEGORIES)}\", assigned_pro: #<Pro id: {r.num(4)}, ")
    r.t('login: "').n(p.acct(r.rng)).t('", display_name: "').n(p.gi()).t('">>')


def hl_form(r):
    h = r.person()
    r.ip(ip(r.rng)).t(f" - - [{r.clf_ts()}] \"POST /quotes/Q{r.num(6)}/accept HTTP/1.1\" 302 0 body=\"name=")
    r.n(h.western() if h.use_native and r.chance(0.5) else h.full(), form).t("&email=").e(h.email(r.rng), pct)
    r.t("&phone=").p(phone(r.rng), pct).t('&terms=on"')


def hl_es(r):
    h = r.person(native=False, trad=r.ch(["es_mx", "es_es", "pt_br", "es_andes"]))
    r.t(f"{r.ts()} inbound.sms from=").p(phone(r.rng, r.ch(["mx", "es", "br"]))).t(" text=\"")
    if h.trad == "pt_br":
        r.t("Oi, aqui é ").n(h.g).t(". Preciso de um eletricista amanhã, falar com ").n(h.full()).t('"')
    else:
        r.t("Hola, soy ").n(h.full()).t(". Necesito un plomero urgente, se rompió una tubería.\"")


def hl_review(r):
    h = r.person(native=False)
    p = r.person(native=False)
    r.t(f"{r.ts()} reviews.new pro=")
    r.n(p.acct(r.rng)).t(f" stars={r.rng.randrange(3, 6)} author=\"").n(h.gi()).t('" text="')
    r.n(p.g).t(f"'s crew rebuilt our deck in two days. Ask for {r.ch(['him', 'them'])} by name!\"")


def hl_n_route(r):
    r.t(f"ts={r.iso()} lvl=warn mod=lead-router lead_id=L{r.num(8)} category={r.ch(CATEGORIES)} homeowner=\"(withheld)\" "
        f"zip={r.num(5)} routed_to=[] reason=no_pros_in_radius by=lead-router")


def hl_n_webhook(r):
    inner = r.child()
    inner.json({"lead": {"id": f"L{r.num(8)}", "category": r.ch(CATEGORIES), "customer": {"company": r.ch(COMPANIES)},
                         "description": r.ch(UI_STRINGS), "budget": "1000+"}}, sep=(",", ":"))
    r.t(f"{r.iso()} webhook.deliver endpoint=https://pro-crm.example/hooks/leads attempt=2 body=")
    m = r.mark()
    r.t("{\"type\":\"lead.created\",\"data\":\"")
    r.put(inner, jesc)
    r.t("\"}")
    r.check_json(m)


def hl_n_chat(r):
    r.t(f"relay thread RT-{r.num(6)} (masked numbers)\n{r.hm()} SYSTEM: Your pro has been notified.\n"
        f"{r.hm(1)} SYSTEM: {r.ch(UI_STRINGS)}\n{r.hm(2)} BOT Casey: {r.ch(TITLE_UI)}?")


def hl_n_ruby(r):
    r.t(f"{r.ts()} DEBUG -- : category synced #<Category id: {r.num(3)}, slug: \"{r.ch(CATEGORIES)}\", "
        f"display_name: \"{r.ch(TITLE_UI)}\", partner: \"{r.ch(COMPANIES)}\">")


def hl_n_form(r):
    r.t(f"edge-proxy - - [{r.clf_ts()}] \"POST /search HTTP/1.1\" 200 {r.num(4)} body=\"q={form(r.ch(['deck repair', 'Water heater install']))}"
        f"&city={form(r.ch(PLACES))}&sort=rating\"")


# ====================================================================== 8. repair_estimates_esign

def es_audit(r):
    h = r.person()
    co = relative(r, h) if not h.use_native else r.person(native=False)
    c = r.person(native=False)
    env = r.hexid(8).upper()
    r.t(f"esign audit trail envelope={env}-{r.hexid(4).upper()}\n")
    r.t("+-----------+--------------------------+----------------------------------+-----------------+\n")
    r.t("| event     | actor                    | email                            | ip              |\n")
    rows = [("sent", c, c.email(r.rng, "contractor.example")), ("viewed", h, h.email(r.rng)), ("signed", h, None),
            ("signed", co, co.email(r.rng))]
    for ev, p, em in rows:
        nm = p.full()
        r.t(f"| {ev:<9} | ").n(nm).t(pad(nm, 25) + "| ")
        if em:
            r.e(em).t(pad(em, 33) + "| ")
        else:
            r.t(" " * 33 + "| ")
        a = ip(r.rng, 0.1)
        r.ip(a).t(pad(a, 16) + "|\n")
    r.t("+-----------+--------------------------+----------------------------------+-----------------+")


def es_render(r):
    h = r.person()
    c = r.person(native=False)
    fam, giv = _compact(h.family), _compact(h.given)
    r.t(f"{r.ts()} INFO pdf.render template=estimate_v3 out=s3://estimates/{r.date(fmt='%Y/%m')}/EST-{r.num(5)}_")
    r.n(f"{fam}_{giv}").t(".pdf customer=\"").n(h.full()).t('" prepared_by=').n(c.acct(r.rng)).t(f" pages={r.rng.randrange(2, 7)}")


def es_xml(r):
    h = r.person(native=False)
    ap = r.person(native=False)
    r.t(f"{r.iso()} DEBUG co.sync payload=\n")
    m = r.mark()
    r.t(f"<ChangeOrder id=\"CO-{r.num(4)}\" job=\"JOB-{r.num(5)}\">\n  <Customer>\n    <Name>").n(xesc(h.full())).t("</Name>\n    <Email>")
    r.e(h.email(r.rng)).t("</Email>\n  </Customer>\n  <Line qty=\"1\">Replace subfloor 2x3m</Line>\n  <ApprovedBy login=\"")
    r.n(ap.acct(r.rng)).t('">').n(xesc(ap.lf())).t("</ApprovedBy>\n  <Total currency=\"USD\">" + str(r.rng.randrange(300, 9000)) + ".00</Total>\n</ChangeOrder>")
    r.check_xml(m)


def es_pay(r):
    h = r.person(native=False)
    r.t(f"{r.ts()} pay.capture invoice=INV-{r.num(6)} cardholder=\"").n(r.ch([h.ascii_full().upper(), h.slash()])).t('" pan=')
    r.cc(card(r.rng)).t(f" amount={r.rng.randrange(150, 5000)}.00 auth={r.hexid(6).upper()} result=APPROVED")


def es_stack(r):
    h = r.person(native=False)
    r.t(f"{r.ts()} ERROR [estimate-svc] com.fixly.estimates.EstimateValidationException: customer address missing for ")
    r.t("Customer{id=" + r.num(6) + ", firstName='").n(h.given).t("', lastName='").n(h.family).t("', email='").e(h.email(r.rng))
    r.t("', phone='").p(phone(r.rng)).t("'}\n\tat com.fixly.estimates.EstimateService.validate(EstimateService.java:211)\n")
    r.t("\tat com.fixly.estimates.EstimateController.submit(EstimateController.java:64)\n\t... 42 more")


def es_fr(r):
    h = r.person(native=False, trad=r.ch(["fr_fr", "en_ca_qc", "nl_be", "ht_ht"]))
    c = r.person(native=False)
    t = "M." if h.gender == "m" else "Mme"
    r.t(f"{r.ts()} notif devis=D{r.num(5)} statut=accepté texte=\"Bonjour {t} ").n(h.f).t(", votre devis a été signé. ")
    r.t("Votre artisan ").n(c.full()).t(" vous contactera au ").p(phone(r.rng, "fr")).t('."')


def es_chain(r):
    h = r.person(native=False)
    c = r.person(native=False)
    i = r.person(native=False)
    r.t(f"{r.ts()} workflow CO-{r.num(4)} approvals: homeowner ").n(h.full()).t(" ✓ → contractor ").n(c.acct(r.rng))
    r.t(" ✓ → inspector ").n(i.ini()).t(" (pending)")


def es_n_audit(r):
    r.t(f"esign audit trail envelope={r.hexid(8).upper()}-{r.hexid(4).upper()}\n"
        "+-----------+--------------------------+\n| event     | actor                    |\n"
        f"| created   | {'svc-esign':<25}|\n| voided    | {'SYSTEM':<25}|\n"
        "+-----------+--------------------------+")


def es_n_render(r):
    r.t(f"{r.ts()} INFO pdf.render template=estimate_v3 out=/tmp/preview_{r.hexid(6)}.pdf customer=\"Sample Customer\" "
        f"prepared_by={r.ch(SVC_ACCOUNTS)} pages=1 watermark=\"{r.ch(STATUSES)}\"")


def es_n_xml(r):
    r.t(f"{r.iso()} DEBUG co.sync payload=\n")
    m = r.mark()
    r.t(f"<ChangeOrder id=\"CO-{r.num(4)}\" job=\"JOB-{r.num(5)}\">\n  <Customer>\n    <Company>{xesc(r.ch(COMPANIES))}</Company>\n"
        f"  </Customer>\n  <ApprovedBy login=\"workflow-engine\">Auto</ApprovedBy>\n  <Total currency=\"USD\">{r.rng.randrange(300, 900)}.00</Total>\n"
        "</ChangeOrder>")
    r.check_xml(m)


def es_n_stack(r):
    r.t(f"{r.ts()} ERROR [estimate-svc] com.fixly.estimates.EstimateValidationException: no price for Product{{sku='"
        f"{r.hexid(6).upper()}', name='{r.ch(PRODUCTS)}'}}\n\tat com.fixly.estimates.Pricing.lookup(Pricing.java:77)")


# ====================================================================== 9. funeral_case_mgmt

def fu_intake(r):
    d = r.person(native=False)
    inf = relative(r, d)
    dr = r.person(native=False)
    maiden = r.person(native=False, gender="f").family if d.gender == "f" else None
    dec = {"first_name": L(d.given, "NAME"), "last_name": L(d.family, "NAME")}
    if maiden:
        dec["maiden_name"] = L(maiden, "NAME")
    dec["ssn"] = L(ssn(r.rng), "SSN")
    dec["date_of_death"] = r.date(-2)
    obj = {"case": f"FC-{r.num(5)}", "decedent": dec,
           "informant": {"name": L(inf.full(), "NAME"), "relationship": r.ch(["spouse", "son", "daughter", "sibling"]),
                         "phone": L(phone(r.rng), "PHONE"), "email": L(inf.email(r.rng), "EMAIL")},
           "director": L(dr.acct(r.rng), "NAME"), "disposition": r.ch(["burial", "cremation", "entombment"])}
    r.t(f"{r.iso()} INFO case.intake ")
    r.t("\n") if r.chance(0.6) else None
    r.json(obj, indent=2 if r.chance(0.6) else None)


def fu_edrs(r):
    d = r.person(native=False)
    inf = relative(r, d)
    cert = r.person(native=False)
    r.t(f"{r.iso()} edrs.submit state=OH case=FC-{r.num(5)} request:\n")
    m = r.mark()
    r.t("<DeathRecord>\n  <DecedentName>\n    <Given>").n(xesc(d.given)).t("</Given>\n    <Surname>").n(xesc(d.family))
    r.t("</Surname>\n  </DecedentName>\n  <SSN>").ssn(ssn(r.rng, r.ch(["plain", "dash"]))).t("</SSN>\n  <Informant relation=\"")
    r.t(r.ch(["SPOUSE", "CHILD", "SIBLING"]) + "\">").n(xesc(inf.full().upper())).t("</Informant>\n  <Certifier title=\"MD\">Dr. ")
    r.n(xesc(cert.full())).t("</Certifier>\n</DeathRecord>")
    r.check_xml(m)


def fu_arrange(r):
    rep = r.person()
    d = r.person(native=False)
    dr = r.person(native=False)
    r.t(f"time={r.iso()} level=info svc=arrangements msg=\"conference booked\" case=FC-{r.num(5)} decedent=\"").n(d.full())
    r.t('" family_rep="').n(rep.full()).t('" rep_phone="').p(phone(r.rng)).t('" director=').n(dr.acct(r.rng))
    r.t(f" room=\"Arrangement Room {r.rng.randrange(1, 4)}\" at={r.date(1)}T{r.hm()}")


def fu_cremation(r):
    d = r.person(native=False)
    agents = [relative(r, d) for _ in range(r.rng.randrange(1, 3))]
    w = r.person(native=False)
    r.t(f"{r.ts()} crematory.auth case=FC-{r.num(5)} decedent=").n(d.lf().upper()).t(" authorizing agents: ")
    for i, a in enumerate(agents):
        if i:
            r.t("; ")
        r.n(a.full()).t(f" ({r.ch(['spouse', 'son', 'daughter', 'brother'])})")
    r.t(" -- witnessed by ").n(w.acct(r.rng)).t(" status=SIGNED")


def fu_native(r):
    d = r.person(native="force" if r.chance(0.6) else True)
    r.t(f"{r.ts()} obit.queue publish case=FC-{r.num(5)} title=\"In memory of ").n(d.full()).t('"')
    if d.use_native:
        r.t(" romanised=\"").n(d.western()).t('"')
    r.t(f" service={r.date(3)} {r.hm()} venue=\"{r.ch(PLACES)} Chapel\"")


def fu_preneed(r):
    p = r.person(native=False)
    r.t(f"{r.ts()} preneed.payment contract=PN-{r.num(6)} purchaser=\"").n(p.lf()).t('" card=').cc(card(r.rng))
    r.t(" identity_check=\"SSN ending ").ssn(last4(r.rng)).t(f"\" installment={r.rng.randrange(1, 60)}/60")


def fu_de_it(r):
    d = r.person(native=False, trad=r.ch(["de_de", "de_at", "it_it", "pl_pl"]))
    a = relative(r, d, "f")
    if d.trad.startswith("de"):
        t = "Herr" if d.gender == "m" else "Frau"
        r.t(f"{r.ts()} [bestattung] Sterbefall SF-{r.num(4)}: {t} ").n(d.full()).t(f", verstorben am {r.date(-1, '%d.%m.%Y')}. ")
        r.t("Angehörige: Frau ").n(a.full()).t(", Tel. ").p(phone(r.rng, "de"))
    elif d.trad == "it_it":
        t = "Sig." if d.gender == "m" else "Sig.ra"
        r.t(f"{r.ts()} [onoranze] Pratica {r.num(4)}: defunto {t} ").n(d.full()).t(". Referente: ").n(a.full()).t(", cell. ").p(phone(r.rng, "it"))
    else:
        r.t(f"{r.ts()} [zaklad] Zgłoszenie {r.num(4)}: zmarły/a ").n(d.full()).t(". Kontakt: ").n(a.full()).t(", tel. ").p(phone(r.rng, "pl"))


def fu_n_inventory(r):
    r.t(f"{r.ts()} inventory.sync sku=CSK-{r.num(4)} model=\"{r.ch(['Lincoln Bronze', 'Monroe Oak', 'Madison Cherry', 'Victoria Silver'])}\" "
        f"qty={r.rng.randrange(0, 9)} supplier=\"{r.ch(COMPANIES)}\" by={r.ch(SVC_ACCOUNTS)}")


def fu_n_edrs(r):
    r.t(f"{r.iso()} edrs.batch state=OH submitted={r.rng.randrange(5, 40)} accepted={r.rng.randrange(5, 40)} rejected=0 "
        f"by=SVC_EDRS\n")
    m = r.mark()
    r.t(f"<BatchAck><Status>{r.ch(['ACCEPTED', 'QUEUED'])}</Status><Count>{r.rng.randrange(5, 40)}</Count></BatchAck>")
    r.check_xml(m)


def fu_n_arrange(r):
    r.t(f"time={r.iso()} level=info svc=arrangements msg=\"room calendar updated\" room=\"{r.ch(['Chapel of Peace', 'Arrangement Room 2', 'Garden Room'])}\" "
        f"status=\"{r.ch(STATUSES)}\" by={r.ch(SVC_ACCOUNTS)} vehicle=\"{r.ch(['Hearse 2', 'Cadillac XTS', 'Lincoln MKT'])}\"")


def fu_n_obit(r):
    r.t(f"{r.ts()} obit.queue template=\"{r.ch(['In Loving Memory', 'Celebration of Life', 'Forever In Our Hearts'])}\" "
        f"locale={r.ch(['en', 'de', 'es'])} ui=\"{r.ch(UI_STRINGS)}\"")


# ====================================================================== 10. cemetery_memorial

def cm_register(r):
    r.t("SEC LOT  GR  SURNAME               GIVEN           INTERRED    OWNER\n")
    for _ in range(r.rng.randrange(2, 5)):
        d = r.person(native=False)
        o = relative(r, d)
        fam, giv = d.family.upper(), d.given.upper()
        own = o.lf().upper()
        r.t(f"{r.ch('ABCDEFG')}{r.rng.randrange(1, 30):<3}{r.rng.randrange(1, 400):<5}{r.rng.randrange(1, 9):<4}")
        r.n(fam).t(pad(fam, 22)).n(giv).t(pad(giv, 16)).t(r.date(-r.rng.randrange(0, 20000), "%Y-%m-%d") + "  ").n(own).t("\n")
    r.t("-- end of register extract --")


def cm_deed(r):
    a = r.person(native=False)
    b = relative(r, a)
    c = r.person(native=False)
    r.t(f"{r.ts()} deeds transfer deed={r.num(5)} section={r.ch('ABCDEFG')} lot={r.rng.randrange(1, 400)} owner \"")
    r.n(a.lf().upper()).t('" -> "').n(b.lf().upper()).t("\" (heir) recorded_by=").n(c.acct(r.rng))


def cm_guestbook(r):
    d = r.person(native=False)
    poster = r.person()
    obj = {"memorial": f"m-{r.hexid(8)}", "decedent": L(d.full(), "NAME"),
           "entry": {"author": L(poster.full(), "NAME"), "email": L(poster.email(r.rng), "EMAIL"),
                     "ip": L(ip(r.rng), "IP_ADDRESS"),
                     "message": S("We will miss ", L(d.g, "NAME"), " so much. Love from the whole ", L(poster.f, "NAME"), " family.")},
           "moderation": r.ch(["approved", "pending"])}
    r.t(f"{r.iso()} guestbook.entry ")
    r.json(obj, indent=2 if r.chance(0.4) else None, asc=r.chance(0.3))


def cm_flowers(r):
    s = r.person(native=False)
    d = r.person()
    r.t(f"{r.ts()} florist.order order=FL-{r.num(6)} sender=\"").n(s.full()).t('" card_message="With love, ')
    r.n(s.g).t(" & ").n(relative(r, s).g).t('" tribute_for="').n(d.full()).t('" deliver_phone="').p(phone(r.rng)).t('" pan=')
    r.cc(card(r.rng, "plain"))


def cm_inscription(r):
    d = r.person(native=False)
    a = r.person(native=False)
    r.t(f"INSCRIPTION PROOF #{r.num(5)}\n  line1: ").n(d.up()).t(f"\n  line2: {r.ch(['BELOVED MOTHER', 'BELOVED FATHER', 'DEVOTED GRANDPARENT'])}\n")
    r.t(f"  line3: {r.date(-30000, '%Y')} - {r.date(-2, '%Y')}\n  font: Roman  approved_by: ").n(a.full()).t(f"  status: {r.ch(STATUSES)}")


def cm_locator(r):
    d = r.person(native=False)
    r.ip(ip(r.rng)).t(f" - - [{r.clf_ts()}] \"GET /api/graves?surname=").n(d.family, pct_name).t("&given=").n(d.given, pct_name)
    r.t(f"&cemetery={r.num(3)} HTTP/1.1\" 200 {r.num(3)} \"-\" \"GraveFinder/2.3 (iOS)\"")


def cm_n_register(r):
    r.t("SEC LOT  GR  SURNAME               GIVEN           INTERRED    OWNER\n")
    r.t(f"{r.ch('ABCDEFG')}{r.rng.randrange(1, 30):<3}{r.rng.randrange(1, 400):<5}1   UNKNOWN               (none)          "
        f"{r.date(-9000)}  {r.ch(COMPANIES).upper()}\n-- end of register extract --")


def cm_n_deed(r):
    r.t(f"{r.ts()} deeds maintenance section={r.ch('ABCDEFG')} lots={r.rng.randrange(1, 400)}-{r.rng.randrange(400, 800)} "
        f"task=\"{r.ch(['mowing', 'headstone cleaning', 'drainage'])}\" contractor=\"{r.ch(COMPANIES)}\" by={r.ch(SVC_ACCOUNTS)}")


def cm_n_guestbook(r):
    obj = {"memorial": f"m-{r.hexid(8)}", "entry": {"author": "Anonymous", "message": r.ch(UI_STRINGS)},
           "moderation": "rejected", "reason": "spam", "by": "moderation-bot"}
    r.t(f"{r.iso()} guestbook.entry ")
    r.json(obj)


def cm_n_inscription(r):
    r.t(f"INSCRIPTION PROOF #{r.num(5)}\n  line1: IN LOVING MEMORY\n  line2: {r.ch(['GONE BUT NOT FORGOTTEN', 'REST IN PEACE', 'FOREVER LOVED'])}\n"
        f"  font: Roman  approved_by: {r.ch(SVC_ACCOUNTS)}  status: {r.ch(STATUSES)}")


# ====================================================================== 11. genealogy_gedcom

def _ged_name(r, p):
    r.t("1 NAME ").n(f"{p.given} /{p.family}/").t("\n2 GIVN ").n(p.given).t("\n2 SURN ").n(p.family).t("\n")


def ge_gedcom(r):
    h = r.person(native=False)
    w = r.person(native=False, trad=h.trad, gender="f" if h.gender == "m" else "m")
    child = relative(r, h)
    r.t(f"{r.ts()} gedcom.import tree=T{r.num(7)} user=").n(h.acct(r.rng)).t(" fragment:\n")
    i1, i2, i3, f1 = r.num(3), r.num(3), r.num(3), r.num(2)
    r.t(f"0 @I{i1}@ INDI\n")
    _ged_name(r, h)
    r.t(f"1 SEX {h.gender.upper()}\n1 BIRT\n2 DATE {r.rng.randrange(1, 28)} MAR {r.rng.randrange(1880, 1950)}\n2 PLAC {r.ch(PLACES)}\n")
    r.t(f"1 FAMS @F{f1}@\n0 @I{i2}@ INDI\n")
    _ged_name(r, w)
    if w.gender == "f" and r.chance(0.5):
        r.t("1 NAME ").n(f"{w.given} /{h.family}/").t("\n2 TYPE married\n")
    r.t(f"1 FAMS @F{f1}@\n0 @I{i3}@ INDI\n1 NAME ").n(f"{child.given} /{child.family}/").t(f"\n1 FAMC @F{f1}@\n")
    r.t(f"0 @F{f1}@ FAM\n1 HUSB @I{i1}@\n1 WIFE @I{i2}@\n1 CHIL @I{i3}@")


def ge_merge(r):
    a = r.person(native=False)
    u = r.person(native=False)
    b = a.ascii_full() if r.chance(0.5) else a.lf()
    r.t(f"ts={r.iso()} level=warn msg=\"merge conflict\" tree=T{r.num(7)} person=@I{r.num(4)}@ field=NAME a=\"").n(a.full())
    r.t('" b="').n(b).t('" user=').n(u.acct(r.rng)).t(" resolution=keep_both")


def ge_dna(r):
    m = r.person(native="force" if r.chance(0.3) else True)
    owner = r.person(native=False)
    obj = {"event": "dna.match.new", "kit": f"K{r.hexid(8).upper()}",
           "match": {"display_name": L(m.full(), "NAME"), "username": L(m.acct(r.rng), "NAME"),
                     "shared_cm": round(r.rng.uniform(20, 900), 1), "segments": r.rng.randrange(2, 30),
                     "predicted": r.ch(["2nd cousin", "3rd-4th cousin", "half sibling", "1st cousin once removed"])},
           "notify": L(owner.email(r.rng), "EMAIL")}
    r.t(f"{r.iso()} notifications ")
    r.json(obj, indent=2 if r.chance(0.5) else None, asc=r.chance(0.3))


def ge_census(r):
    r.t(f"indexing batch B{r.num(6)} project=US_1900_census volunteer=")
    v = r.person(native=False)
    r.n(v.acct(r.rng)).t("\n")
    m = r.mark()
    r.t("line|surname|given|relation|age|birthplace\n")
    head = r.person(native=False)
    for i in range(r.rng.randrange(2, 5)):
        p = head if i == 0 else relative(r, head)
        rel = "head" if i == 0 else (r.ch(["son", "brother", "father"]) if p.gender == "m" else r.ch(["wife", "daughter", "mother"]))
        r.t(f"{i + 1}|").n(p.family.upper() if r.chance(0.3) else p.family).t("|").n(p.given).t(f"|{rel}|{r.rng.randrange(1, 70)}|{r.ch(PLACES)}\n")
    r.check_csv(m, "|")


def ge_privacy(r):
    p = r.person()
    u = r.person(native=False)
    r.t(f"{r.ts()} WARN privacy.filter hiding living person ").n(p.full()).t(f" (b. {r.rng.randrange(1950, 2010)}) from public tree of ")
    r.n(u.acct(r.rng)).t(f" tree=T{r.num(7)}")


def ge_parish(r):
    lang = r.ch(["sv", "pl", "es", "is"])
    if lang == "sv":
        f = r.person(native=False, trad="sv_se", gender="m")
        c = r.person(native=False, trad="sv_se", gender="f")
        dot = f.given + "sdotter" if not f.given.endswith("s") else f.given + "dotter"
        r.t(f"{r.ts()} transcription parish=Sunne födda {r.rng.randrange(1850, 1900)}: ").n(f"{c.given} {dot}")
        r.t(", fader ").n(f.full()).t(", torpare")
    elif lang == "pl":
        c = r.person(native=False, trad="pl_pl")
        f = relative(r, c, "m")
        mo = r.person(native=False, trad="pl_pl", gender="f")
        r.t(f"{r.ts()} transcription parafia=Wola akt {r.num(3)}: urodził(a) się ").n(c.full()).t(", syn/córka ").n(f.full())
        r.t(" i ").n(mo.full()).t(" z domu ").n(r.person(native=False, trad="pl_pl", gender="f").family)
    elif lang == "is":
        f = r.person(native=False, trad="is_is", gender="m")
        c = r.person(native=False, trad="is_is", gender="f")
        r.t(f"{r.ts()} transcription prestakall=Hólar: fædd ").n(c.full()).t(", dóttir ").n(f.full())
    else:
        c = r.person(native=False, trad=r.ch(["es_es", "es_mx"]))
        p = relative(r, c, "m")
        r.t(f"{r.ts()} transcripción parroquia=San Miguel bautismo: ").n(c.full()).t(", hijo/a legítimo/a de ").n(p.full())
        r.t(" y de ").n(r.person(native=False, trad=c.trad, gender="f").full())


def ge_sql(r):
    p = r.person(native=False)
    r.t(f"{r.ts()} [hints] SELECT rec_id, surname, given_name, event_year FROM records_1880 WHERE surname_soundex = 'X{r.num(3)}' "
        "AND surname = '").n(p.family.replace("'", "''") if "'" not in p.family else p.family.replace("'", "")).t("' AND given_name LIKE '")
    r.n(p.given.replace("'", "")).t(f"%' LIMIT 50 -- {r.rng.randrange(2, 90)} rows")


def ge_n_gedcom(r):
    r.t(f"{r.ts()} gedcom.import tree=T{r.num(7)} user=gedcom-importer header:\n0 HEAD\n1 SOUR {r.ch(['FAMSEARCH', 'LEGACY', 'GRAMPS'])}\n"
        f"2 VERS {r.rng.randrange(3, 9)}.{r.rng.randrange(0, 9)}.{r.rng.randrange(0, 30)}\n1 GEDC\n2 VERS 5.5.1\n2 FORM LINEAGE-LINKED\n"
        f"1 CHAR UTF-8\n1 PLAC\n2 FORM City, County, State, Country\n0 TRLR")


def ge_n_merge(r):
    a, b = r.rng.sample(PLACES, 2)
    r.t(f"ts={r.iso()} level=info msg=\"place standardized\" tree=T{r.num(7)} field=PLAC a=\"{a}\" b=\"{b}, USA\" user={r.ch(SVC_ACCOUNTS)}")


def ge_n_dna(r):
    obj = {"event": "dna.batch.processed", "lab": r.ch(["lab-eu-1", "lab-us-2"]), "kits": r.rng.randrange(100, 900),
           "failed_qc": r.rng.randrange(0, 20), "pipeline": r.ch(PRODUCTS)}
    r.t(f"{r.iso()} notifications ")
    r.json(obj, indent=2 if r.chance(0.5) else None)


def ge_n_sql(r):
    r.t(f"{r.ts()} [hints] SELECT place_id, name FROM places WHERE name = '{r.ch(PLACES).replace(chr(39), '')}' AND country = 'US' LIMIT 5 -- "
        f"{r.rng.randrange(1, 9)} rows")


# ====================================================================== 12. archives_reading_room

def ar_register(r):
    p = r.person(native="force" if r.chance(0.3) else True)
    obj = {"reader_ticket": f"RT{r.num(7)}", "name": L(p.full(), "NAME"), "email": L(p.email(r.rng), "EMAIL"),
           "phone": L(phone(r.rng), "PHONE"), "institution": r.ch(["Independent researcher", "University of Leeds", "Genealogical society"]),
           "id_checked_by": L(r.person(native=False).acct(r.rng), "NAME"), "terms_accepted": True}
    r.t(f"{r.iso()} reader.register ")
    r.json(obj, indent=2 if r.chance(0.5) else None, asc=r.chance(0.3))


def ar_callslip(r):
    r.t(f"{r.ts()} callslips export reading_room=RR1\n")
    m = r.mark()
    r.t("slip,reader_ticket,reader_name,collection,box,folder,requested_at,retrieved_by\n")
    for _ in range(r.rng.randrange(2, 5)):
        p = r.person(native=False)
        st = r.person(native=False)
        r.t(f"CS{r.num(6)},RT{r.num(7)},\"").n(p.lf()).t(f"\",MS {r.num(3)},{r.rng.randrange(1, 90)},{r.rng.randrange(1, 30)},{r.hm()},")
        r.n(st.acct(r.rng)).t("\n")
    r.check_csv(m)


def ar_ead(r):
    h = r.person(native=False)
    a = r.person(native=False)
    r.t(f"{r.iso()} ead.validate file=ms{r.num(4)}.xml ok\n")
    m = r.mark()
    r.t("<archdesc level=\"collection\">\n  <did>\n    <unittitle>Papers of ").n(xesc(h.full())).t("</unittitle>\n")
    r.t("    <origination><persname source=\"local\">").n(xesc(h.lf())).t(f", {r.rng.randrange(1850, 1920)}-{r.rng.randrange(1930, 1990)}")
    r.t("</persname></origination>\n  </did>\n  <processinfo><p>Processed by ").n(xesc(a.full())).t(f", {r.date(fmt='%Y')}.</p></processinfo>\n")
    r.t("</archdesc>")
    r.check_xml(m)


def ar_digitise(r):
    p = r.person()
    r.t(f"{r.ts()} shop.order order=DG-{r.num(6)} items=3 customer=\"").n(p.full()).t('" email=').e(p.email(r.rng))
    r.t(" card=").cc(card(r.rng)).t(f" total=GBP {r.rng.randrange(12, 90)}.00 format=TIFF-600dpi")


def ar_door(r):
    p = r.person(native=False)
    r.t(f"{r.ts()} DOOR RR-{r.rng.randrange(1, 3)} GRANTED card={r.num(8)} holder=").n(p.slash()).t(" role=READER\n")
    s = r.person(native=False)
    r.t(f"{r.ts(1)} DOOR RR-1 LOCKER L{r.rng.randrange(1, 99):02d} assigned by ").n(s.acct(r.rng).upper() if r.chance(0.4) else s.acct(r.rng))


def ar_letter(r):
    p = r.person(native=False, trad=r.ch(["fr_fr", "de_de", "nl_nl", "es_es"]))
    em = p.email(r.rng)
    t = {"fr": ("Mme" if p.gender == "f" else "M."), "de": ("Frau" if p.gender == "f" else "Herr")}.get(p.trad[:2], "")
    r.t(f"{r.ts()} mail.in from=").e(em).t(" subject=\"")
    if p.trad.startswith("fr"):
        r.t(f"Demande de consultation\" body=\"{t} ").n(p.full()).t(" souhaite consulter le registre d'état civil de 1892.\"")
    elif p.trad.startswith("de"):
        r.t(f"Akteneinsicht\" body=\"{t} ").n(p.full()).t(" bittet um Einsicht in die Meldekartei, Rückruf unter ").p(phone(r.rng, "de")).t('"')
    else:
        r.t("Aanvraag / Solicitud\" body=\"").n(p.full()).t(" requests a copy of the 1911 property ledger.\"")


def ar_ingest(r):
    h = r.person(native=False)
    u = r.person(native=False)
    fam, giv = _compact(h.family), _compact(h.given)
    r.t(f"{r.ts()} INFO MCPServer transfer started name=").n(f"{fam}_{giv}").t(f"_papers_{r.rng.randrange(1900, 1960)}-{r.rng.randrange(1961, 1999)} ")
    r.t(f"uuid={r.hexid(8)}-{r.hexid(4)}-{r.hexid(4)}-{r.hexid(4)}-{r.hexid(12)} user=").n(u.acct(r.rng))


def ar_n_register(r):
    obj = {"reader_ticket": None, "name": "Walk-in (group)", "institution": r.ch(["Victoria Rowing Club", "Jordan Valley History Society"]),
           "id_checked_by": r.ch(SVC_ACCOUNTS), "status": r.ch(STATUSES)}
    r.t(f"{r.iso()} reader.register ")
    r.json(obj)


def ar_n_door(r):
    r.t(f"{r.ts()} DOOR RR-{r.rng.randrange(1, 3)} DENIED card={r.num(8)} holder=CLEANER-CARD-{r.rng.randrange(1, 9):02d} role=CONTRACTOR\n"
        f"{r.ts(1)} DOOR RR-1 ALARM reset by SYSTEM")


def ar_n_digitise(r):
    r.t(f"{r.ts()} shop.batch digitisation=DB-{r.num(5)} items={r.rng.randrange(20, 300)} scanner=\"{r.ch(['Zeutschel OS 12000', 'Phase One iXH'])}\" "
        f"status=\"{r.ch(STATUSES)}\" operator={r.ch(SVC_ACCOUNTS)}")


def ar_n_ead(r):
    r.t(f"{r.iso()} ead.validate file=ms{r.num(4)}.xml ok\n")
    m = r.mark()
    r.t(f"<archdesc level=\"collection\">\n  <did>\n    <unittitle>Records of {xesc(r.ch(COMPANIES))}</unittitle>\n"
        f"    <origination><corpname>{xesc(r.ch(COMPANIES))}</corpname></origination>\n  </did>\n</archdesc>")
    r.check_xml(m)


def ar_n_ingest(r):
    r.t(f"{r.ts()} INFO MCPServer transfer started name={r.ch(['Parish_registers', 'Town_council_minutes', 'Victoria_Ward_maps'])}_{r.rng.randrange(1800, 1900)} "
        f"uuid={r.hexid(8)}-{r.hexid(4)}-{r.hexid(4)}-{r.hexid(4)}-{r.hexid(12)} user=archivematica")


FAMILIES = [
    ("handyman_leads", [hl_route, hl_webhook, hl_chat, hl_ruby, hl_form, hl_es, hl_review],
     [hl_n_route, hl_n_webhook, hl_n_chat, hl_n_ruby, hl_n_form]),
    ("repair_estimates_esign", [es_audit, es_render, es_xml, es_pay, es_stack, es_fr, es_chain],
     [es_n_audit, es_n_render, es_n_xml, es_n_stack]),
    ("funeral_case_mgmt", [fu_intake, fu_edrs, fu_arrange, fu_cremation, fu_native, fu_preneed, fu_de_it],
     [fu_n_inventory, fu_n_edrs, fu_n_arrange, fu_n_obit]),
    ("cemetery_memorial", [cm_register, cm_deed, cm_guestbook, cm_flowers, cm_inscription, cm_locator],
     [cm_n_register, cm_n_deed, cm_n_guestbook, cm_n_inscription]),
    ("genealogy_gedcom", [ge_gedcom, ge_merge, ge_dna, ge_census, ge_privacy, ge_parish, ge_sql],
     [ge_n_gedcom, ge_n_merge, ge_n_dna, ge_n_sql]),
    ("archives_reading_room", [ar_register, ar_callslip, ar_ead, ar_digitise, ar_door, ar_letter, ar_ingest],
     [ar_n_register, ar_n_door, ar_n_digitise, ar_n_ead, ar_n_ingest]),
]
