"""pack_y families 7-12: shift handover, loss prevention, click-and-collect, tax-free, gift cards, age checks."""

from __future__ import annotations

from datetime import timedelta

from core import (
    CC,
    COMPANIES,
    EM,
    IPV,
    NM,
    PH,
    PLACES,
    SERVICE_ACCTS,
    STATUS,
    UI_STRINGS,
    J,
    L,
    X,
    cat,
    csvrow,
    form,
    join,
    not_luhn,
    pad,
    pct,
    pyq,
    title,
    version,
    xesc,
)
from names import fold

# ================================================================ 7. shift_handover_notes

_TASKS = ["bread delivery not in yet", "chiller 4 alarm reset twice", "price changes for aisle 9 done",
          "float safe counted and sealed", "spill kit used in aisle 3, restocked", "two staff off sick tomorrow",
          "click & collect lockers 5-8 jammed", "fire door at goods-in wedged, removed", "ESL batch failed on bay 12"]


def sh_note(g):
    a, b, c = g.person(), g.person(), g.person()
    arrow = g.c(["->", "→", "=>", "to"])
    return cat(f"HANDOVER {g.ts('uk')} store {g.store()} | ", NM(a.given), f" {arrow} ", NM(b.given), " | ",
               "; ".join(g.r.sample(_TASKS, 2)), "; keyholder tonight ", NM(c.full), " ", PH(g.phone(c)))


def sh_keyholders(g):
    rows = []
    for i in range(g.ri(2, 4)):
        p = g.person()
        rows.append(cat(pad(str(i + 1), 4), pad(NM(p.lf), 28), PH(g.phone(p))))
    return cat(f"KEYHOLDER CALL LIST - STORE {g.store()} (alarm company: call in order)\n",
               "#   NAME                        PHONE\n", join("\n", rows))


def sh_whatsapp(g):
    a, b, c = g.person(native=True), g.person(), g.person()
    t = g.t0
    d = t.strftime("%d/%m/%Y")
    return cat(f"[{d}, {t.strftime('%H:%M')}] ", NM(a.full), ": morning, I've left the handover sheet in the office\n",
               f"[{d}, {(t + timedelta(minutes=4)).strftime('%H:%M')}] ", NM(b.full), ": thanks! did ", NM(c.given),
               " sign off the waste?\n", f"[{d}, {(t + timedelta(minutes=6)).strftime('%H:%M')}] ", NM(a.full),
               ": yes, and the till 3 variance is on the cash sheet")


def sh_rota_csv(g):
    rows = [L("date\tshift\temployee_no\temployee\trole\tstart\tend")]
    for _ in range(g.ri(2, 5)):
        p = g.person()
        rows.append(csvrow([g.ts("date"), g.c(["EARLY", "LATE", "NIGHT"]), str(g.ri(100000, 999999)),
                            NM(g.c([p.full, p.lf, p.LF])), g.c(["Team Leader", "Colleague", "Duty Manager", "Cashier"]),
                            g.c(["06:00", "07:00", "14:00", "22:00"]), g.c(["14:30", "15:00", "22:30", "06:30"])],
                           sep="\t"))
    return join("\n", rows)


def sh_swap_json(g):
    a, b, m = g.person(), g.person(), g.person()
    doc = {"type": "shift.swap.approved", "store": g.store(),
           "from": {"employeeId": str(g.ri(100000, 999999)), "name": NM(a.full)},
           "to": {"employeeId": str(g.ri(100000, 999999)), "name": NM(b.full), "email": EM(g.email(b, staff=True))},
           "approvedBy": NM(g.acct(m)), "shift": {"date": g.ts("date"), "start": "14:00", "end": "22:30"}}
    return cat("workforce-webhook ", J(doc, indent=g.c([None, 2]), compact=False))


def sh_lang(g):
    lang = g.c(["de", "fr", "sv", "pl"])
    trad = {"de": g.c(["de", "de_at", "tr"]), "fr": g.c(["fr", "ar_mag"]), "sv": g.c(["sv", "fi"]), "pl": "pl"}[lang]
    a, b = g.person(trad=trad), g.person(trad=trad)
    if lang == "de":
        return cat(f"{g.ts('eu')} Übergabe Frühschicht an Spätschicht: ", NM(a.full), " an ", NM(b.full),
                   ". Kühlregal 2 defekt, Techniker kommt morgen. Rückruf bitte an ", NM(a.given))
    if lang == "fr":
        return cat(f"{g.ts('eu')} Passation de consignes : ", NM(a.full), " → ", NM(b.full),
                   ". Réception livraison à 6h, clés remises à ", NM(b.given))
    if lang == "sv":
        return cat(f"{g.ts('eu')} Överlämning: ", NM(a.full), " till ", NM(b.full), ". Kassa 2 stängd, larmet "
                   "kvitterat av ", NM(a.given))
    return cat(f"{g.ts('eu')} Przekazanie zmiany: ", NM(a.full), " -> ", NM(b.full), ". Dostawa pieczywa opóźniona.")


def sh_neg_note(g):
    arrow = g.c(["->", "→", "=>"])
    return cat(f"HANDOVER {g.ts('uk')} store {g.store()} | EARLY {arrow} LATE | ", "; ".join(g.r.sample(_TASKS, 2)),
               f"; status {g.c(STATUS)}")


def sh_neg_table(g):
    who = g.r.sample(["Alarm Monitoring Centre", "Area Manager Line", "Facilities Helpdesk", "Security Desk",
                      "Police Non-Emergency"], g.ri(2, 4))
    rows = [cat(pad(str(i + 1), 4), pad(w, 28), "ext. ", str(g.ri(100, 999))) for i, w in enumerate(who)]
    return cat(f"ESCALATION LIST - STORE {g.store()}\n", "#   CONTACT                     ROUTE\n", join("\n", rows))


def sh_neg_json(g):
    doc = {"type": "shift.published", "store": g.store(), "storeName": g.c(PLACES), "week": g.ri(1, 52),
           "publishedBy": g.c(["storeops-bot", "svc-workforce", "SYSTEM"]), "shifts": g.ri(40, 300),
           "banner": g.c(UI_STRINGS)}
    return cat("workforce-webhook ", J(doc, compact=False))


def sh_neg_lang(g):
    return cat(f"{g.ts('eu')} ", g.c(["Übergabe Frühschicht an Spätschicht: keine besonderen Vorkommnisse.",
                                      "Passation de consignes : RAS, caisse 2 fermée.",
                                      "Överlämning: inga avvikelser.", "Przekazanie zmiany: bez uwag.",
                                      "Traspaso de turno: sin incidencias."]))


# ================================================================ 8. loss_prevention_cases


def lp_incident_json(g):
    rep, wit = g.person(), g.person()
    subj = g.person(native=True) if g.chance(0.6) else None
    doc = {"incidentId": f"LP-{g.ri(2024, 2025)}-{g.ri(10000, 99999)}", "store": g.store(),
           "type": g.c(["SHOPLIFTING", "REFUND_FRAUD", "STAFF_THEFT", "ABUSE_TO_STAFF"]),
           "reportedBy": {"login": NM(g.acct(rep)), "name": NM(rep.full)}, "witness": NM(wit.full),
           "subject": ({"knownAs": NM(subj.full), "banned": g.chance(0.5)} if subj else {"knownAs": None,
                                                                                       "description": "male, grey hoodie"}),
           "value": float(g.amt(5, 600)), "policeRef": f"CAD{g.ri(1000, 9999)}"}
    return cat(f"{g.ts('log')} INFO [lp-case] created\n", J(doc, indent=2, ea=g.chance(0.3)))


def lp_cctv_export(g):
    s, op = g.person(), g.person()
    inc = f"LP{g.ri(10000, 99999)}"
    fname = cat(inc, "_", NM(f"{s.af.capitalize()}_{s.ag.capitalize()}"), f"_CAM{g.ri(1, 32):02d}.mp4")
    return cat(f"{g.ts('sys')} cctv-nvr-01 exportd[{g.ri(100, 9999)}]: export ok file=/exports/", fname,
               " requested_by=", NM(g.acct(op)), " from ", IPV(g.ip()), f" duration={g.ri(30, 900)}s sha256={g.ri(10**8, 10**9)}abf")


def lp_banned_mail(g):
    s, m = g.person(), g.person()
    return cat('From: "', NM(m.full), '" <', EM(g.email(m, staff=True)), ">\n",
               "To: ", EM(f"lp.region{g.ri(1, 9)}@stores.example"), "\n", "Subject: Banning notice issued - ", NM(s.UP),
               "\n\n", f"Banning notice served today at store {g.store()} on ", NM(s.full),
               " (DOB withheld). Valid 12 months, all stores in the region.\nRegards,\n", NM(m.g_family))


def lp_eas(g):
    a = g.person()
    return cat(f"ts={g.ts('isoz')} device=eas-gate-{g.ri(1, 4)} event=alarm tag=AM response=attended by=",
               NM(g.acct(a)), " outcome=", g.c(["receipt_checked", "tag_not_removed", "customer_left", "false_alarm"]),
               f" dwell_s={g.ri(5, 120)}")


def lp_orc_share(g):
    subs = [g.person() for _ in range(g.ri(1, 3))]
    an = g.person()
    names = join(", ", [NM(s.UP) if g.chance(0.5) else NM(s.full) for s in subs])
    return cat(f"{g.ts('log')} WARN  [orc-intel] shared alert ORC-{g.ri(1000, 9999)} from partner network: subjects ",
               names, f"; vehicle noted, {g.ri(2, 9)} stores hit; analyst ", NM(g.acct(an)))


def lp_police_xml(g):
    s, o = g.person(), g.person()
    doc = cat("<PoliceReferral>\n", f"  <Store>{g.store()}</Store>\n", "  <Suspect>\n",
              "    <Surname>", xesc(NM(s.family)), "</Surname>\n", "    <Forename>", xesc(NM(s.given)), "</Forename>\n",
              "    <Phone>", PH(g.phone(s)), "</Phone>\n", "  </Suspect>\n",
              '  <ReportingOfficer login="', xesc(NM(g.acct(o)), True), '">', xesc(NM(o.full)), "</ReportingOfficer>\n",
              f"  <Value currency=\"GBP\">{g.amt(10, 900)}</Value>\n", "</PoliceReferral>")
    return cat(f"{g.ts('log')} DEBUG [referral] POST /crime/referrals\n", X(doc))


def lp_sql(g):
    s = g.person()
    return cat("LOG:  duration: ", f"{g.ri(1, 90)}.{g.ri(100, 999)} ms  statement: SELECT id, status FROM lp_subjects "
               "WHERE upper(surname) = '", NM(s.LF.split(", ")[0].replace("'", "''")), "' AND upper(forename) = '",
               NM(s.LF.split(", ")[1].replace("'", "''")), "'")


def lp_neg_eas(g):
    return cat(f"ts={g.ts('isoz')} device=eas-gate-{g.ri(1, 4)} event=alarm tag=AM response=none outcome="
               f"{g.c(['unattended', 'timeout', 'tag_deactivated_late'])} dwell_s={g.ri(5, 120)}")


def lp_neg_shrink(g):
    return cat(f"{g.ts('log')} INFO  [shrink] store {g.store()} ({g.c(PLACES)}) period P{g.ri(1, 13)}: known loss "
               f"{g.amt(100, 9000)}, top SKU \"{g.product(True)}\", supplier {g.c(COMPANIES)}")


def lp_neg_camera(g):
    return cat(f"{g.ts('sys')} cctv-nvr-01 healthd[{g.ri(100, 9999)}]: CAM{g.ri(1, 32):02d} "
               f"{g.c(['Main Entrance', 'Tobacco Kiosk', 'Goods In', 'Victoria Street Door'])} "
               f"{g.c(['video loss', 'recording', 'tamper alarm cleared'])} fw={version(g.r)}")


def lp_neg_json(g):
    doc = {"incidentId": f"LP-2025-{g.ri(10000, 99999)}", "store": g.store(), "type": "SHOPLIFTING",
           "reportedBy": {"login": g.c(["svc_lp_feed", "lp-portal"]), "name": "LP Feed"},
           "subject": {"knownAs": None, "description": g.c(["unknown", "group of 3", "no description"])},
           "value": float(g.amt(5, 600))}
    return cat(f"{g.ts('log')} INFO [lp-case] created\n", J(doc, indent=2))


# ================================================================ 9. click_collect_counter


def cc_sms(g):
    cu = g.person()
    lang = g.c(["en", "en", "nl", "it", "es"])
    txt = {"en": ("Hi ", ", your order {o} is ready to collect at {s}. Bring this text and photo ID."),
           "nl": ("Hoi ", ", je bestelling {o} ligt klaar in winkel {s}. Neem je legitimatie mee."),
           "it": ("Ciao ", ", il tuo ordine {o} è pronto per il ritiro nel negozio {s}."),
           "es": ("Hola ", ", tu pedido {o} ya está listo para recoger en la tienda {s}.")}[lang]
    o, s = f"C{g.ri(10**7, 10**8 - 1)}", g.store()
    return cat(f"{g.ts('log')} INFO [notify] sms to=", PH(g.phone(cu)), ' body="', txt[0], NM(cu.given),
               txt[1].format(o=o, s=s), '"')


def cc_proxy(g):
    cu, px, st = g.person(), g.person(), g.person()
    return cat(f"{g.ts('log')} INFO [pickup] order C{g.ri(10**7, 10**8 - 1)} collected by nominee ", NM(px.full),
               " on behalf of ", NM(cu.lf), f", ID checked ({g.c(['passport', 'driving licence', 'bank card'])}) by ",
               NM(g.acct(st)))


def cc_locker(g):
    cu = g.person()
    return cat(f"{g.ts('sys')} bopis-lockers-3 lockerd[{g.ri(100, 9999)}]: assign bay={g.ri(1, 60)} order=C",
               str(g.ri(10**7, 10**8 - 1)), " customer=\"", NM(cu.full), '" notify=', PH(g.phone(cu)),
               f" pin=****** expires={g.ts('isoz', 72 * 3600)}")


def cc_access(g):
    cu = g.person(native=True)
    q = cat("order=C", str(g.ri(10**7, 10**8 - 1)), "&name=", form(NM(cu.full)) if g.chance(0.5) else pct(NM(cu.full)),
            "&email=", pct(EM(g.email(cu))), "&bay=", str(g.ri(1, 12)))
    return cat(IPV(g.ip()), f' - - [{g.t0.strftime("%d/%b/%Y:%H:%M:%S")} +0000] "GET /pickup/checkin?', q,
               f' HTTP/1.1" 200 {g.ri(200, 4000)} "-" "StoreApp/{version(g.r)} (iPhone; iOS 18.1)"')


def cc_idcheck(g):
    cu, st = g.person(native=True), g.person()
    doc = {"order": f"C{g.ri(10**7, 10**8 - 1)}", "store": g.store(),
           "customer": {"firstName": NM(cu.given), "lastName": NM(cu.family), "email": EM(g.email(cu))},
           "idCheck": {"method": g.c(["PHOTO_ID", "ORDER_CARD", "QR"]), "result": "MATCH",
                       "checkedBy": NM(g.acct(st))}, "items": g.ri(1, 9)}
    return cat("pickup-svc ", J(doc, ea=g.chance(0.4)))


def cc_curbside(g):
    cu, st = g.person(), g.person()
    return cat(f"{g.ts('log')} INFO [curbside] arrival bay {g.ri(1, 8)}: ", NM(cu.given_f), " (", PH(g.phone(cu)),
               f") {g.c(['blue Golf', 'silver Corolla', 'white van', 'red Fiesta'])}, runner assigned ",
               NM(st.given), " — ETA 2 min")


def cc_traceback(g):
    cu = g.person()
    return cat("Traceback (most recent call last):\n", '  File "/srv/bopis/handover.py", line 57, in complete\n',
               "    order.mark_collected(by=staff)\n",
               f"bopis.errors.StateError: order C{g.ri(10**7, 10**8 - 1)} already collected: ",
               "{'collector': ", pyq(NM(cu.full)), ", 'email': ", pyq(EM(g.email(cu))), ", 'bay': ", str(g.ri(1, 9)), "}")


def cc_neg_locker(g):
    return cat(f"{g.ts('sys')} bopis-lockers-3 lockerd[{g.ri(100, 9999)}]: bay={g.ri(1, 60)} "
               f"{g.c(['door sensor fault', 'temperature OK', 'maintenance mode', 'firmware ' + version(g.r)])}")


def cc_neg_status(g):
    return cat(f"{g.ts('log')} INFO [pickup] order C{g.ri(10**7, 10**8 - 1)} status {g.c(STATUS)} -> "
               f"{g.c(STATUS)} by {g.c(['bopis-bot', 'svc_pos', 'AUTO'])}")


def cc_neg_access(g):
    return cat(f'- - - [{g.t0.strftime("%d/%b/%Y:%H:%M:%S")} +0000] "GET /pickup/stores?near={pct(g.c(PLACES)).text}'
               f'&open=true&lang={g.c(["en", "de", "fr", "nl"])} HTTP/1.1" 200 {g.ri(200, 4000)} "-" '
               f'"StoreApp/{version(g.r)}"')


def cc_neg_json(g):
    doc = {"order": f"C{g.ri(10**7, 10**8 - 1)}", "store": g.store(), "storeName": g.c(PLACES),
           "idCheck": {"method": "QR", "result": g.c(["MATCH", "SKIPPED"]), "checkedBy": g.c(SERVICE_ACCTS)},
           "message": g.c(["Ready for Pickup", "Abholbereit", "Prêt à retirer", "Klaar om op te halen"])}
    return cat("pickup-svc ", J(doc))


# ================================================================ 10. tax_free_vat_refund


def tf_form(g):
    cu, st = g.person(native=True), g.person()
    return cat(f"{g.ts('log')} INFO [taxfree] form TF{g.ri(10**9, 10**10 - 1)} issued store={g.store()} till={g.reg()} "
               "traveller=", NM(cu.slash), f" nationality={g.c(['CN', 'US', 'AE', 'JP', 'KR', 'IN', 'BR', 'SA'])} "
               f"passport=*****{g.ri(100, 999)} gross={g.amt(175, 5000)} vat={g.amt(20, 800)} clerk=", NM(g.acct(st)),
               " peer=", IPV(g.ip()))


def tf_xml(g):
    cu = g.person(native=True)
    doc = cat("<TaxFreeForm>\n", f"  <FormNo>{g.ri(10**9, 10**10 - 1)}</FormNo>\n", "  <Traveller>\n",
              "    <LastName>", xesc(NM(cu.rfamily)), "</LastName>\n", "    <FirstName>", xesc(NM(cu.rgiven)),
              "</FirstName>\n",
              ("    <NativeName>" + xesc(NM(cu.full)) + "</NativeName>\n") if cu.native else "",
              "    <Email>", EM(g.email(cu)), "</Email>\n", f"    <Country>{g.c(['CN', 'US', 'JP', 'AE'])}</Country>\n",
              "  </Traveller>\n", "  <Refund method=\"CARD\">", CC(g.card()), "</Refund>\n", "</TaxFreeForm>")
    return cat(f"{g.ts('log')} DEBUG [taxfree-gw] request body:\n", X(doc))


def tf_detaxe(g):
    cu = g.person(native=True)
    return cat(f"{g.ts('eu')} PABLO validation borne CDG T2E: bordereau {g.ri(10**11, 10**12 - 1)} voyageur ",
               NM(cu.UP), f" — statut {g.c(['VALIDÉ', 'REFUSÉ', 'EN ATTENTE'])}, remboursement sur carte ",
               CC(g.card(fmt="space")))


def tf_japan(g):
    cu = g.person(langs=["zh", "zh_tw", "ko", "ja"]) if g.chance(0.6) else g.person()
    st = g.person(langs=["ja"])
    return cat(f"{g.ts('log')} 免税販売記録 店舗{g.store()} 購入者: ", NM(cu.full), " (", NM(cu.slash),
               f") 旅券 ***{g.ri(1000, 9999)} 消耗品 {g.ri(5000, 90000)}円 担当: ", NM(st.full))


def tf_email(g):
    cu = g.person()
    return cat("From: ", EM("refunds@taxfree.example"), "\n", 'To: "', NM(cu.full), '" <', EM(g.email(cu)), ">\n",
               "Subject: Your VAT refund has been processed\n\n", "Dear ", title(cu, "en"), " ", NM(cu.family), ",\n",
               f"your refund of {g.amt(20, 800)} EUR for form {g.ri(10**9, 10**10 - 1)} was paid to card ending "
               f"{g.last4()}.")


def tf_fixed(g):
    rows = []
    for _ in range(g.ri(2, 4)):
        cu = g.person()
        rows.append(cat(pad(str(g.ri(10**9, 10**10 - 1)), 12), pad(NM(cu.slash), 30), pad(g.c(["CN", "US", "AE", "IN"]), 4),
                        pad(g.amt(175, 5000), 10, True)))
    return cat(f"HDR TAXFREE BATCH {g.ts('compact')} STORE{g.store()}\n", join("\n", rows), f"\nTRL {len(rows):06d}")


def tf_neg_batch(g):
    return cat(f"HDR TAXFREE BATCH {g.ts('compact')} STORE{g.store()}\n", f"TRL {0:06d}\n",
               f"{g.ts('log')} INFO [taxfree] batch empty, operator {g.c(['taxfree-gw', 'nightly_eod'])}")


def tf_neg_rates(g):
    return cat(f"{g.ts('log')} INFO [taxfree] rates loaded: ",
               ", ".join(f"{c}={g.ri(5, 25)}%" for c in g.r.sample(["FR", "DE", "IT", "ES", "NL", "AT", "BE", "JP", "GB"], 4)),
               f" minimum={g.ri(50, 175)} provider={g.c(['Global Refund Partners', 'Harrison Tax Free Ltd'])}")


def tf_neg_xml(g):
    doc = cat("<TaxFreeForm>\n", f"  <FormNo>{g.ri(10**9, 10**10 - 1)}</FormNo>\n",
              f"  <Status>{g.c(['VOID', 'EXPIRED', 'CANCELLED'])}</Status>\n",
              f"  <Retailer>{xesc(g.c(COMPANIES)).text}</Retailer>\n", "</TaxFreeForm>")
    return cat(f"{g.ts('log')} DEBUG [taxfree-gw] request body:\n", X(doc))


def tf_neg_detaxe(g):
    return cat(f"{g.ts('eu')} PABLO borne {g.c(['CDG T2E', 'ORY 4', 'NCE T1'])}: {g.c(['hors ligne', 'en service', 'mise à jour'])} "
               f"v{version(g.r)}")


# ================================================================ 11. gift_cards_desk


def _gcn(g):
    return not_luhn(g.r, 19)


def gc_activate(g):
    cu, cl = g.person(), g.person()
    return cat(f"{g.ts('log')} INFO  [giftcard] ACTIVATE card={_gcn(g)} amount={g.ri(1, 20) * 10}.00 till={g.reg()} "
               "purchaser=\"", NM(g.c([cu.full, cu.UP])), '" paid_with=', CC(g.card()), " clerk=", NM(g.acct(cl)))


def gc_message(g):
    a, b = g.person(), g.person()
    doc = {"cardRef": f"GC-{g.ri(10**6, 10**7 - 1)}", "design": g.c(["birthday", "thank_you", "xmas"]),
           "message": {"to": NM(a.given), "from": NM(b.given),
                       "text": g.c(["Happy birthday!", "Thank you for everything", "Alles Gute!"])},
           "printedAt": g.store()}
    return cat("gift-receipt render ", J(doc, ea=g.chance(0.3)))


def gc_fraud_hold(g):
    cu, an = g.person(), g.person()
    return cat(f"ts={g.ts('isoz')} level=warn msg=\"gift card velocity hold\" store={g.store()} cards={g.ri(3, 20)} "
               f"total={g.ri(500, 5000)}.00 email=", EM(g.email(cu)), " name=\"", NM(cu.full), '" reviewer=',
               NM(g.acct(an)), " kiosk_ip=", IPV(g.ip(0.3)), " reason=\"bulk purchase, caller claimed to be from tax office\"")


def gc_balance_ivr(g):
    cu = g.person()
    return cat(f"{g.ts('sys')} ivr02 balance[{g.ri(100, 9999)}]: balance enquiry ani=", PH(g.phone(cu)),
               f" card=****{g.last4()} result=OK balance={g.amt(0, 200)} caller_name=\"", NM(cu.UP), '"')


def gc_gift_receipt(g):
    a = g.person()
    return cat(f"{'GIFT RECEIPT':^36}\n", f"STORE {g.store()}  TILL {g.reg()}  {g.ts('uk')}\n",
               f"  {g.product()}\n", f"  {g.product()}\n", "  A gift for ", NM(a.given), " - exchange within 60 days\n",
               f"  GIFT RECEIPT NO {g.ri(10**9, 10**10 - 1)}\n", f"{g.c(UI_STRINGS):^36}")


def gc_sql(g):
    cu, cl = g.person(), g.person()
    return cat("LOG:  execute <unnamed>: INSERT INTO gift_card_sales (card_no, purchaser_name, purchaser_email, clerk) "
               "VALUES ($1, $2, $3, $4)\n", "DETAIL:  parameters: $1 = '", _gcn(g), "', $2 = '",
               NM(cu.full.replace("'", "''")), "', $3 = '", EM(g.email(cu)), "', $4 = '", NM(g.acct(cl)), "'")


def gc_neg_bulk(g):
    return cat(f"{g.ts('log')} INFO  [giftcard] BULK ACTIVATE {g.ri(50, 500)} cards for corporate order "
               f"{g.c(COMPANIES)} range={_gcn(g)}..+{g.ri(50, 500)} approver={g.c(['giftcard-api', 'BATCH01'])}")


def gc_neg_balance(g):
    return cat(f"{g.ts('sys')} ivr02 balance[{g.ri(100, 9999)}]: balance enquiry ani=withheld card=****{g.last4()} "
               f"result={g.c(['OK', 'CARD_NOT_FOUND', 'LOCKED'])} lang={g.c(['en', 'es', 'fr'])}")


def gc_neg_msg(g):
    doc = {"cardRef": f"GC-{g.ri(10**6, 10**7 - 1)}", "design": g.c(["birthday", "thank_you", "xmas"]),
           "message": {"to": "", "from": "", "text": g.c(["Happy Birthday!", "Merry Christmas", "Joyeux Noël",
                                                          "Feliz cumpleaños", "お誕生日おめでとう"])},
           "printedAt": g.store()}
    return cat("gift-receipt render ", J(doc))


def gc_neg_receipt(g):
    return cat(f"{'GIFT RECEIPT':^36}\n", f"STORE {g.store()}  TILL {g.reg()}  {g.ts('uk')}\n",
               f"  {g.product(True)}\n", f"  GIFT RECEIPT NO {g.ri(10**9, 10**10 - 1)}\n", f"{g.c(UI_STRINGS):^36}")


# ================================================================ 12. age_restricted_sales


def ag_refusal_csv(g):
    rows = [L("date,time,till,product,staff,reason,customer_description")]
    for _ in range(g.ri(1, 3)):
        s = g.person()
        rows.append(csvrow([g.ts("date"), g.ts("hm"), g.reg(), g.c(["ALCOHOL", "TOBACCO", "VAPES", "KNIVES",
                                                                      "ENERGY DRINKS", "LOTTERY"]),
                            NM(g.c([s.full, s.lf, s.given_f])), g.c(["No ID", "ID refused", "Proxy sale suspected"]),
                            g.c(["teen, school uniform", "two adults, one without ID", "young male"])]))
    return cat("# Challenge 25 refusals register export\n", join("\n", rows))


def ag_aamva(g):
    cu = g.person(trad=g.c(["en_us", "en_us", "es_mx", "cari", "ko", "hi", "nav", "vi"]))
    st = g.person()
    lines = ["@", "ANSI 636015090002DL00410278ZT03190008DLDAQ" + f"{g.ri(10**7, 10**8 - 1)}"]
    return cat(f"{g.ts('log')} DEBUG [id-scan] PDF417 decoded by ", NM(g.acct(st)), "\n", join("\n", lines), "\n",
               "DCS", NM(fold(cu.rfamily).upper()), "\n", "DAC", NM(fold(cu.rgiven).upper()), "\n",
               f"DBB{g.ri(1, 12):02d}{g.ri(1, 28):02d}{g.ri(1950, 2007)}\n", f"DBA{g.ri(1, 12):02d}{g.ri(1, 28):02d}{g.ri(2026, 2031)}\n",
               f"DAJTX\nDCGUSA\n-- age {g.ri(15, 70)} result={g.c(['PASS', 'FAIL', 'PASS'])}")


def ag_supervisor(g):
    c, s = g.person(), g.person()
    return cat(f"{g.ts('log')} INFO  [AgeVerify] lane={g.reg()} item=\"{g.c(['VODKA 70CL', 'CIGARETTES 20', 'KITCHEN KNIFE'])}\" "
               "prompt=CHALLENGE25 cashier=", NM(g.acct(c)), " supervisor_override=", NM(g.acct(s)), " (",
               NM(s.full), ") reason=\"ID seen, customer 30+\"")


def ag_pse_log(g):
    cu = g.person(trad=g.c(["en_us", "en_us", "es_mx", "cari", "hi"]))
    ph = g.person()
    doc = {"logId": f"PSE-{g.ri(10**6, 10**7 - 1)}", "store": g.store(), "purchaser": {
        "firstName": NM(cu.given), "lastName": NM(cu.family), "idType": "DL", "idLast4": g.last4()},
        "product": "PSEUDOEPHEDRINE 12H 10CT", "grams": 2.4, "pharmacist": NM(g.acct(ph)),
        "decision": g.c(["SALE_ALLOWED", "BLOCKED_LIMIT"])}
    return cat(f"{g.ts('log')} INFO [pse-tracker] ", J(doc, compact=False))


def ag_jugendschutz(g):
    k = g.person(trad=g.c(["de", "de_at", "tr", "pl"]))
    return cat(f"{g.ts('eu')} Kasse {g.reg()}: Altersprüfung ({g.c(['Spirituosen', 'Tabak', 'Energy-Drinks'])}) "
               "Ausweis gesichtet durch ", NM(k.full), f", Verkauf {g.c(['erlaubt', 'verweigert'])}")


def ag_mystery_shop(g):
    s, m = g.person(), g.person()
    return cat(f"{g.ts('log')} WARN  [compliance] test purchase FAILED at store {g.store()} till {g.reg()}: server ",
               NM(s.given_f), ", manager on duty ", NM(m.full), " <", EM(g.email(m, staff=True)), ">, retraining booked")


def ag_neg_prompt(g):
    return cat(f"{g.ts('log')} INFO  [AgeVerify] lane={g.reg()} item=\"{g.c(['VODKA 70CL', 'JAMESON 70CL', 'TIA MARIA 70CL'])}\" "
               f"prompt=CHALLENGE25 cashier={g.c(['SCO07', 'svc-ageverify'])} result=AUTO_CLEARED_DIGITAL_ID")


def ag_neg_csv(g):
    rows = [L("category,min_age,prompt,countries")]
    for cat_, a in [("ALCOHOL", 18), ("TOBACCO", 18), ("KNIVES", 18), ("LOTTERY", 18), ("FIREWORKS", 18),
                    ("ENERGY DRINKS", 16)][: g.ri(2, 6)]:
        rows.append(csvrow([cat_, str(a), g.c(["Challenge 25", "Think 21", "Ab 18", "-18 ans"]),
                            g.c(["GB", "GB;IE", "DE;AT", "FR"])]))
    return join("\n", rows)


def ag_neg_lang(g):
    return cat(f"{g.ts('eu')} Kasse {g.reg()}: ", g.c(["Altersprüfung erforderlich", "Vérification de l'âge requise",
                                                       "Se requiere verificación de edad", "年齢確認が必要です",
                                                       "Verifica dell'età richiesta", "Leeftijdscontrole vereist"]))


def ag_neg_aamva(g):
    return cat(f"{g.ts('log')} DEBUG [id-scan] PDF417 decode failed: {g.c(['checksum', 'unsupported jurisdiction', 'glare'])}"
               f" scanner fw={version(g.r)} device=hht-zebra-{g.ri(1, 30):02d}")


FAMILIES = [
    ("shift_handover_notes",
     [sh_note, sh_keyholders, sh_whatsapp, sh_rota_csv, sh_swap_json, sh_lang],
     [sh_neg_note, sh_neg_table, sh_neg_json, sh_neg_lang]),
    ("loss_prevention_cases",
     [lp_incident_json, lp_cctv_export, lp_banned_mail, lp_eas, lp_orc_share, lp_police_xml, lp_sql],
     [lp_neg_eas, lp_neg_shrink, lp_neg_camera, lp_neg_json]),
    ("click_collect_counter",
     [cc_sms, cc_proxy, cc_locker, cc_access, cc_idcheck, cc_curbside, cc_traceback],
     [cc_neg_locker, cc_neg_status, cc_neg_access, cc_neg_json]),
    ("tax_free_vat_refund",
     [tf_form, tf_xml, tf_detaxe, tf_japan, tf_email, tf_fixed],
     [tf_neg_batch, tf_neg_rates, tf_neg_xml, tf_neg_detaxe]),
    ("gift_cards_desk",
     [gc_activate, gc_message, gc_fraud_hold, gc_balance_ivr, gc_gift_receipt, gc_sql],
     [gc_neg_bulk, gc_neg_balance, gc_neg_msg, gc_neg_receipt]),
    ("age_restricted_sales",
     [ag_refusal_csv, ag_aamva, ag_supervisor, ag_pse_log, ag_jugendschutz, ag_mystery_shop],
     [ag_neg_prompt, ag_neg_csv, ag_neg_lang, ag_neg_aamva]),
]

