# ruff: noqa: UP031
"""Families 1-6: number porting, SIM/eSIM, TMF Open API, ISP care CRM, FTTH field installs, GPON OLT CLI."""
import json

from core import (
    COMPANIES,
    FOREIGN_UI,
    HOSTS,
    PLACES,
    PRODUCTS,
    SERVICE_ACCTS,
    STATUSES,
    UI_STRINGS,
    C,
    E,
    I,
    J,
    N,
    P,
    R,
    S,
    card,
    digits,
    eid,
    form,
    hexs,
    iccid,
    imsi,
    ip4,
    ip6,
    last4,
    pct,
    rbq,
    ssn,
)


def disp(c, p):
    """A one-field rendering of a person's name."""
    return c.ch([p.full, p.full, p.upper(), p.last_first(), p.latin])


def title(p, lang="en"):
    return {"en": "Ms" if p.female else "Mr", "de": "Frau" if p.female else "Herr", "fr": "Mme" if p.female else "M.",
            "es": "Sra." if p.female else "Sr.", "pt": "Sra." if p.female else "Sr."}[lang]


def ont_sn(c):
    return c.ch(["HWTC", "ZTEG", "ALCL", "CXNK", "GPON"]) + hexs(c.r, 8, True)


# ============================================================================ 1. lnp_number_porting
def lnp_wpr(c):
    p, ph, t, ag = c.person(), c.phone(c.ch(["US", "CA"])), c.ts(), c.latin_person()
    r = R()("WICIS WPR ", t.compact(), " PON=P", hexs(c.r, 9, True), " VER=0", str(c.n(0, 3)), " NNSP=",
            digits(c.r, 4), " ONSP=", digits(c.r, 4), "\n  PORTED_NBR=", P(ph.nat), "  ACT=V  REQ_TYPE=C\n")
    if c.p(.5):
        r("  CUST_NAME=", N(c.ch([p.upper(), p.last_first().upper()])), "\n")
    else:
        r("  FNAME=", N(p.g.upper()), "  LNAME=", N(p.f.upper()), "\n")
    r("  ACCT_NBR=", digits(c.r, 9), "  PIN=****")
    r("  SSN4=", S(last4(c.r))) if c.p(.6) else r("  SSN_TAX_ID=", S(ssn(c.r, "plain")))
    return r("\n  INIT=", N(ag.acct(c.r).upper()), "  INIT_TEL=", P(c.phone("US").nat), "\n")


def lnp_reject(c):
    p, ph, t = c.person(), c.phone(c.ch(["US", "CA"])), c.ts()
    on_file = c.ch([p.f.upper() + " " + p.g[0].upper(), p.g[0].upper() + " " + p.f.upper(), p.upper()])
    return R()(t.iso(), " WARN  [lnp-gw] WPRR PON=P", hexs(c.r, 9, True), " RESP=R CODE=", c.ch(["8C", "6P", "1P"]),
               " tn=", P(ph.msisdn if c.p(.5) else ph.nat), ' detail="name mismatch: submitted=\'', N(p.full),
               "' on_file='", N(on_file), "'\"")


def lnp_es_json(c):
    p, ph, t = c.person(0.0), c.phone("ES"), c.ts()
    parts = p.f.split(" ", 1) if " " in p.f else [p.f]
    doc = {"idSolicitud": "SP-" + digits(c.r, 10), "msisdn": (ph.msisdn, "PHONE"), "operadorDonante": c.ch(["701", "703", "706"]),
           "operadorReceptor": "714", "titular": {"nombre": N(p.g), "apellidos": N(p.f)},
           "contacto": E(p.email(c.r)), "estado": c.ch(["ACEPTADA", "PENDIENTE", "RECHAZADA"]), "fechaVentana": t.date()}
    if len(parts) == 2 and c.p(.5):
        doc["titular"] = {"nombre": N(p.g), "primerApellido": N(parts[0]), "segundoApellido": N(parts[1])}
    return R()(t.log(), " INFO portabilidad.ws - solicitud recibida: ").json(doc, indent=c.ch([None, 2]))


def lnp_fraud(c):
    p, ph, t = c.person(), c.phone(), c.ts()
    return R()(t.iso(), " WARN port-out-guard: port-out for ", P(ph.intl), " requested by SPID ", digits(c.r, 4),
               " within ", str(c.n(2, 23)), "h of SIM change; account holder ", N(p.full), " (acct ", digits(c.r, 8),
               ") notified at ", E(p.email(c.r)), "; case held for review by ", N(c.latin_person().acct(c.r)))


def lnp_csv(c):
    r = R()("order_id,tn,status,customer_name,updated_by\n")
    for _ in range(c.n(2, 4)):
        p, ph = c.person(), c.phone("US")
        r("PI-", digits(c.r, 7), ",", P(ph.msisdn[1:]), ",", c.ch(["FOC_RECEIVED", "CONFLICT", "ACTIVATED"]), ',"', N(p.last_first()),
          '",', N(c.latin_person().acct(c.r)) if c.p(.6) else c.ch(SERVICE_ACCTS), "\n")
    return r


def lnp_de(c):
    p, ph, ag = c.latin_person(), c.phone("DE"), c.latin_person()
    return R()(c.ts().eu(), " Rufnummernmitnahme für ", P(ph.nat), " bestätigt. Anschlussinhaber: ", title(p, "de"), " ",
               N(p.full), ", Portierungsfenster ", str(c.n(6, 9)), ":00 Uhr. Bearbeiter: ", N(ag.acct(c.r)))


def lnp_lsr(c):
    p, ag, ph = c.latin_person(), c.latin_person(), c.phone("US")
    return R()("LSR PON=", hexs(c.r, 10, True), " CCNA=", hexs(c.r, 3, True), " D/TSENT=", c.ts().compact(), "\n",
               "  INIT=", N(ag.last_first()), "  INIT TEL NO=", P(c.phone("US").nat), "\n",
               "  EU NAME=", N(p.upper()), "  BTN=", P(ph.nat), "  AUTHNM=", N(p.upper()), "  AGAUTH=N\n")


def lnp_n1(c):
    return R()(c.ts().iso(), " INFO  [soa-gw] NPAC association ", c.ch(["UP", "RECONNECTED", "DOWN"]), " SPID ", digits(c.r, 4),
               " region ", c.ch(["Mid-Atlantic", "Southeast", "West Coast"]), " keylist ", str(c.n(1, 9)), " by ", c.ch(SERVICE_ACCTS))


def lnp_n2(c):
    return R()(c.ts().iso(), " WARN  [lnp-gw] WPRR PON=P", hexs(c.r, 9, True), ' RESP=R CODE=8C detail="name mismatch: submitted=\'',
               c.ch(COMPANIES), "' on_file='", c.ch(["ACCOUNT HOLDER", "BUSINESS LINE", "UNKNOWN"]), "'\"")


def lnp_n3(c):
    return R()(c.ts().log(), " INFO portabilidad.batch - ", str(c.n(200, 9000)), " solicitudes procesadas, ", str(c.n(0, 50)),
               " rechazadas (motivo: ", c.ch(["Titular no coincide", "Ventana no disponible", "Documento caducado"]), ")")


def lnp_n4(c):
    r = R()("order_id,tn_block,status,customer_name,updated_by\n")
    for _ in range(c.n(2, 4)):
        r("PI-", digits(c.r, 7), ",NPA-NXX pool x", str(c.n(1, 9)), "000,", c.ch(STATUSES), ',"', c.ch(COMPANIES), '",', c.ch(SERVICE_ACCTS), "\n")
    return r


def lnp_n5(c):
    return R()(c.ts().eu(), " Rufnummernmitnahme: ", c.ch(["Portierung abgeschlossen", "Warte auf Bestätigung"]), ", Kunde ",
               c.ch(COMPANIES), ", Standort ", c.ch(PLACES), ". Bearbeiter: ", c.ch(SERVICE_ACCTS))


# ============================================================================ 2. sim_esim_lifecycle
def sim_swap(c):
    p, ph, ag = c.person(), c.phone(c.ch(["US", "GB", "AU", "NG"])), c.latin_person()
    r = R()("ts=", c.ts().iso(), " event=sim_swap msisdn=", P(ph.msisdn), " old_iccid=", iccid(c.r), " new_iccid=", iccid(c.r),
            ' channel=retail store="', c.ch(PLACES), ' High St" agent=', N(ag.acct(c.r)))
    if ph.iso == "US":
        r(" verified_by=ssn_last4 ssn4=", S(last4(c.r)))
    return r(' customer="', N(p.full), '" risk=', c.ch(["low", "medium", "high"]))


def esim_order(c):
    p, ph = c.person(), c.phone()
    doc = {"event": "esim.order.created", "iccid": iccid(c.r), "eid": eid(c.r), "matchingId": hexs(c.r, 5, True) + "-" + hexs(c.r, 5, True),
           "customer": {"firstName": N(p.given), "lastName": N(p.family), "email": E(p.email(c.r)), "msisdn": P(ph.e164)},
           "smdp": "smdp.fibrenet.example", "status": "RELEASED"}
    return R()(c.ts().iso(), " ", c.ch(HOSTS), " esim-orchestrator: ").json(doc, indent=c.ch([None, 2]), ascii_=c.p(.3))


def sim_reg_ph(c):
    p, ph = c.latin_person(), c.phone("PH")
    mid = c.latin_person()
    return R()("SIMREG|", P(ph.msisdn), "|", N(p.f.upper()), "|", N(p.g.upper()), "|", N(mid.f.upper()), "|",
               c.ch(["PhilSys", "UMID", "Passport", "DL"]), "|", hexs(c.r, 12, True), "|", c.ts().date(), "|",
               c.ch(["VERIFIED", "PENDING_REVIEW"]))


def sim_hss(c):
    p, ph = c.person(), c.phone()
    return R()(c.ts().log(), " [ProvGW] -> HSS ADD SUB: IMSI=\"", imsi(c.r), "\", ISDN=\"", P(ph.msisdn), "\", CARDTYPE=USIM, ",
               "KIIDX=", str(c.n(1, 99)), "; (order ", digits(c.r, 6), " for \"", N(p.full), "\")")


def sim_exc(c):
    p, ph = c.person(), c.phone()
    return R()(c.ts().log(), " ERROR [activation-worker-", str(c.n(1, 8)), "] c.f.sim.ActivationService - activation failed\n",
               "com.fibrenet.sim.SimActivationException: ICCID ", iccid(c.r), " already bound to Subscriber{id=", digits(c.r, 7),
               ", name='", N(p.full), "', msisdn='", P(ph.msisdn), "', email='", E(p.email(c.r)), "'}\n",
               "\tat com.fibrenet.sim.ActivationService.bind(ActivationService.java:", str(c.n(80, 400)), ")\n",
               "\tat com.fibrenet.sim.ActivationWorker.run(ActivationWorker.java:", str(c.n(30, 90)), ")")


def sim_fr(c):
    p, ph = c.latin_person(), c.phone("FR")
    return R()(c.ts().eu(), " Activation eSIM pour ", title(p, "fr"), " ", N(p.full), ", ligne ", P(ph.nat), " ; QR code envoyé à ",
               E(p.email(c.r)), " par ", N(c.latin_person().acct(c.r)))


def sim_ja(c):
    p, ph = c.person(0.5), c.phone("JP")
    return R()(c.ts().sql(), " eSIMプロファイルをダウンロードしました 契約者: ", N(p.full), " 様 電話番号: ", P(ph.nat), " EID末尾 ", digits(c.r, 4))


def sim_n1(c):
    return R()(c.ts().iso(), " ES9+ handleNotification eid=", eid(c.r), " iccid=", iccid(c.r), " seq=", str(c.n(1, 99)),
               " result=", c.ch(["Executed-Success", "Failed", "Executed-WithWarning"]), " profile=", c.ch(PRODUCTS))


def sim_n2(c):
    return R()("SIM inventory load: vendor=", c.ch(["Giesecke+Devrient", "Thales", "IDEMIA", "Valid"]), " batch=B", digits(c.r, 6),
               " iccid_from=", iccid(c.r), " count=", str(c.n(1000, 50000)), " warehouse=", c.ch(PLACES), " by ", c.ch(SERVICE_ACCTS))


def sim_n3(c):
    return R()(c.ts().iso(), " profile ", iccid(c.r), " state ", c.ch(["Available", "Allocated", "Linked"]), " -> ",
               c.ch(["Released", "Downloaded", "Installed", "Error"]), " (", c.ch(FOREIGN_UI), ")")


def sim_n4(c):
    return R()(c.ts().log(), " [ProvGW] -> HSS MOD SUB: IMSI=\"", imsi(c.r), "\", PROV=TRUE, ODBROAM=", c.ch(["NOBAR", "BROHPLMN"]),
               "; (order ", digits(c.r, 6), " for \"", c.ch(COMPANIES), "\")")


def sim_n5(c):
    return R()(c.ts().log(), " WARN c.f.sim.ActivationService - ICCID ", iccid(c.r), " already bound to Subscriber{id=", digits(c.r, 7),
               ", name='", c.ch(["TEST SUBSCRIBER", "M2M POOL", "Fleet Pool"]), "', msisdn=null}")


# ============================================================================ 3. tmf_open_api
def tmf_individual(c):
    p, ph = c.person(), c.phone()
    doc = {"@type": "Individual", "id": hexs(c.r, 8) + "-" + hexs(c.r, 4), "givenName": N(p.given), "familyName": N(p.family),
           "fullName": N(p.full), "status": "validated",
           "contactMedium": [{"mediumType": "email", "preferred": True, "characteristic": {"emailAddress": E(p.email(c.r))}},
                             {"mediumType": "mobile", "characteristic": {"phoneNumber": P(ph.e164)}}]}
    return R()("POST /tmf-api/partyManagement/v4/individual 201\n").json(doc, indent=c.ch([2, 4, None]), ascii_=c.p(.3))


def tmf_order(c):
    p, ag = c.person(), c.latin_person()
    doc = {"id": "PO-" + digits(c.r, 8), "@type": "ProductOrder", "state": "acknowledged",
           "productOrderItem": [{"id": "1", "action": "add", "productOffering": {"name": c.ch(PRODUCTS)}}],
           "relatedParty": [{"role": "Customer", "name": N(p.full), "id": digits(c.r, 8)},
                            {"role": "SalesAgent", "name": N(ag.acct(c.r)), "@referredType": "PartyRole"}]}
    return R()(c.ts().iso(), " INFO  [order-api] created ").json(doc, sep=c.ch([None, "spaced"]))


def tmf_access(c):
    p, ip = c.latin_person(), c.ch([ip4(c.r), ip4(c.r), ip6(c.r)])
    q = c.ch(["pct", "form"])
    enc = pct if q == "pct" else form
    r = R()(I(ip), " - ", N(c.latin_person().acct(c.r)) if c.p(.4) else "-", " [", c.ts().clf(), '] "GET /tmf-api/partyManagement/v4/individual?')
    r("familyName=")(N(p.f), enc=enc)("&givenName=")(N(p.g), enc=enc)
    return r(" HTTP/1.1\" ", c.ch(["200", "206", "404"]), " ", str(c.n(200, 9000)), ' "-" "bss-portal/', str(c.n(2, 9)), '.', str(c.n(0, 20)), '"')


def tmf_tostring(c):
    p = c.person()
    return R()(c.ts().log(), " WARN  o.f.tmf.party.IndividualValidator - rejected Individual{id='", hexs(c.r, 8), "', givenName='",
               N(p.given), "', familyName='", N(p.family), "', birthDate=null, contactMedium=[ContactMedium{mediumType='email', ",
               "emailAddress='", E(p.email(c.r)), "'}]}: missing mandatory ", c.ch(["birthDate", "postalAddress", "nationality"]))


def tmf_event(c):
    p, ag = c.person(), c.latin_person()
    inner = R().json({"eventType": "ProductOrderStateChangeEvent", "event": {"productOrder": {
        "id": "PO-" + digits(c.r, 8), "state": c.ch(["inProgress", "held", "completed"]),
        "note": [{"author": N(ag.full), "text": J("Customer ", N(p.given), " asked to move install to ", c.ch(["Monday", "Friday", "next week"]))}]}}})
    r = R()(c.ts().iso(), " kafka-consumer[tmf.events] offset=", str(c.n(1000, 999999)), " value=")
    if c.p(.5):
        return r(inner)
    r.begin()('{"key":"', hexs(c.r, 12), '","payload":"').embed(inner, lambda s: json.dumps(s)[1:-1])('"}')
    return r.end("json")


def tmf_n1(c):
    doc = {"id": "PO-" + digits(c.r, 8), "@type": "ProductOrder", "state": c.ch(["acknowledged", "completed"]),
           "relatedParty": [{"role": "Organization", "name": c.ch(COMPANIES), "id": digits(c.r, 8)},
                            {"role": "SalesChannel", "name": c.ch(SERVICE_ACCTS)}]}
    return R()(c.ts().iso(), " INFO  [order-api] created ").json(doc, sep=c.ch([None, "spaced"]))


def tmf_n2(c):
    doc = {"@type": "ProductOffering", "name": c.ch(PRODUCTS), "lifecycleStatus": c.ch(["Active", "Retired", "Launched"]),
           "description": c.ch(UI_STRINGS), "validFor": {"startDateTime": c.ts().iso()}}
    return R()("PATCH /tmf-api/productCatalogManagement/v4/productOffering/", hexs(c.r, 8), " 200\n").json(doc, indent=2)


def tmf_n3(c):
    return R()(c.ts().log(), " WARN  o.f.tmf.party.IndividualValidator - rejected Individual{id='", hexs(c.r, 8),
               "', givenName=null, familyName=null, status='", c.ch(["initialized", "validated"]), "'}: missing mandatory familyName")


def tmf_n4(c):
    return R()(c.ch(HOSTS), " - - [", c.ts().clf(), '] "GET /tmf-api/productCatalogManagement/v4/productOffering?name=',
               form(c.ch(PRODUCTS)), '&lifecycleStatus=Active HTTP/1.1" 200 ', str(c.n(300, 9000)), ' "-" "catalog-sync/1.4"')


# ============================================================================ 4. isp_care_crm
def crm_note(c):
    p, ag, ph = c.person(), c.latin_person(), c.phone(c.ch(["US", "CA"]))
    return R()(c.ts().sql(), "|INT-", digits(c.r, 6), "|acct ", digits(c.r, 8), "|agent=", N(ag.acct(c.r)), "|channel=",
               c.ch(["chat", "phone", "store"]), '|"Cust (', N(p.full), ") reports ", c.ch(["intermittent drops", "slow speeds", "no dial tone"]),
               " since ", c.ch(["Tue", "the storm", "the router swap"]), "; verified via last 4 SSN ", S(last4(c.r)), "; callback ", P(ph.nat), '"')


def crm_auth_user(c):
    p, q, ag = c.person(), c.person(), c.latin_person()
    return R()("AUDIT account=", digits(c.r, 8), " action=ADD_AUTHORISED_CONTACT by=CARE\\", N(ag.acct(c.r)), ' holder="', N(p.full),
               '" contact="', N(q.last_first() if not q.native else q.full), '" relation=', c.ch(["spouse", "son", "daughter", "carer", "flatmate"]),
               " phone=", P(c.phone().any(c.r)))


def crm_card(c):
    p = c.latin_person()
    return R()(c.ts().log(), " DEBUG PaymentProfileService - update card for account ", digits(c.r, 8), " holder=", N(c.ch([p.upper(), p.slash(), p.slash()])),
               " pan=", C(card(c.r)), " exp=", "%02d/%02d" % (c.n(1, 12), c.n(27, 31)), " source=", c.ch(["ivr", "web", "agent"]))


def crm_chat(c):
    p, ag = c.person(), c.latin_person()
    t = c.ts()
    return R()("[", t.hm(), "] Agent ", N(ag.g), ": Hi ", N(p.given), ", thanks for waiting. I can see the outage on your street.\n",
               "[", t.hm(), "] ", N(p.given), ": ok, my ", *rel(c), " works from home, any ETA?\n[", t.hm(), "] Agent ", N(ag.g),
               ": Engineers expect restore by ",
               str(c.n(13, 20)), ":00. I'll text ", P(c.phone().any(c.r)), " when it's back.")


def rel(c):
    q = c.person()
    return [c.ch(["wife", "mum", "sister", "daughter"] if q.female else ["husband", "dad", "brother", "son"]), " ", N(q.given)]


def crm_search(c):
    p, ag = c.person(), c.latin_person()
    enc = c.ch([pct, form])
    r = R()(I(c.ch([ip4(c.r), ip6(c.r)])), " - ", N(ag.acct(c.r)), " [", c.ts().clf(), '] "GET /crm/customers/search?q=')
    r(N(p.full), enc=enc)("&email=")(E(p.email(c.r)), enc=enc)("&phone=")(P(c.phone().e164), enc=enc)
    return r(' HTTP/1.1" 200 ', str(c.n(500, 9000)), ' "https://crm.fibrenet.example/desk" "Mozilla/5.0"')


def crm_ruby(c):
    p = c.person()
    return R()("#<Customer id: ", str(c.n(10000, 99999)), ", first_name: ", rbq(p.given, "NAME"), ", last_name: ", rbq(p.family, "NAME"),
               ", email: ", rbq(p.email(c.r), "EMAIL"), ", phone: ", rbq(c.phone().e164, "PHONE"), ", plan: ",
               rbq(c.ch(PRODUCTS)), ", status: ", rbq(c.ch(["active", "suspended", "churned"])), ">")


def crm_pt(c):
    p, ag = c.latin_person(), c.latin_person()
    return R()(c.ts().eu(), " Cliente ", N(p.full), " solicita cancelamento do plano; transferido para retenção (atendente: ",
               N(ag.acct(c.r)), "). Contato: ", P(c.phone(c.ch(["BR", "PT"])).nat))


def crm_csv(c):
    r = R()("account,customer_name,email,mrr,risk\n")
    for _ in range(c.n(2, 4)):
        p = c.person()
        r(digits(c.r, 8), ',"', N(p.last_first() if not p.native else p.full), '",', E(p.email(c.r)), ",",
          "%d.%02d" % (c.n(20, 120), c.n(0, 99)), ",", c.ch(["0.82", "0.41", "0.67"]), "\n")
    return r


def crm_n1(c):
    return R()(c.ts().sql(), "|INT-", digits(c.r, 6), "|acct ", digits(c.r, 8), "|agent=", c.ch(SERVICE_ACCTS), "|channel=bot",
               '|"Customer reports ', c.ch(["intermittent drops", "slow speeds"]), "; ", c.ch(UI_STRINGS), ' updated; status ', c.ch(STATUSES), '"')


def crm_n2(c):
    r = R()("account,customer_name,segment,mrr,risk\n")
    for _ in range(c.n(2, 4)):
        r(digits(c.r, 8), ',"', c.ch(COMPANIES), '",SMB,', "%d.%02d" % (c.n(80, 900), c.n(0, 99)), ",", c.ch(["0.12", "0.55"]), "\n")
    return r


def crm_n3(c):
    return R()("#<Customer id: ", str(c.n(10000, 99999)), ', first_name: nil, last_name: nil, company: ', rbq(c.ch(COMPANIES)),
               ", plan: ", rbq(c.ch(PRODUCTS)), ", status: ", rbq(c.ch(["active", "suspended"])), ">")


def crm_n4(c):
    return R()("KB article updated: \"", c.ch(UI_STRINGS), " - ", c.ch(STATUSES), "\" (", c.ch(FOREIGN_UI), ") by ", c.ch(SERVICE_ACCTS))


# ============================================================================ 5. ftth_field_install
def ftth_closeout(c):
    p, tech = c.person(), c.latin_person()
    doc = {"job": "WO-" + digits(c.r, 7), "type": "FTTH_INSTALL", "status": "COMPLETE",
           "technician": {"id": "T-" + digits(c.r, 4), "name": N(tech.full)},
           "customer": {"name": N(p.full), "contact_phone": P(c.phone().any(c.r))},
           "ont": {"serial": ont_sn(c), "rx_power_dbm": -round(c.r.uniform(14, 26), 1)},
           "signature": {"signed_by": N(p.full), "captured_at": c.ts().iso()}}
    return R()(c.ts().iso(), " wfm-api job.closeout ").json(doc, indent=c.ch([2, None]), ascii_=c.p(.25))


def ftth_resched(c):
    p, tech = c.person(), c.latin_person()
    return R()("appt_id=AP", digits(c.r, 7), " old_slot=", c.ts().date(), "T08-12 new_slot=", c.ts().date(), "T13-17 reason=",
               c.ch(["customer_request", "no_access", "permit"]), ' contact="', N(disp(c, p)), '" phone=', P(c.phone().e164),
               " tech=", N(tech.acct(c.r)))


def ftth_de(c):
    p, tech = c.latin_person(), c.latin_person()
    return R()(c.ts().eu(), " Hausbegehung erledigt: Kunde ", title(p, "de"), " ", N(p.full), " anwesend, Hausübergabepunkt im ",
               c.ch(["Keller", "Flur", "Hausanschlussraum"]), "; Monteur: ", N(tech.initial()))


def ftth_splice(c):
    tech = c.latin_person()
    return R()("SPLICE  CLOSURE=JC-", digits(c.r, 4), "  TRAY=", "%02d" % c.n(1, 12), "  FIBRE=", "%02d" % c.n(1, 24),
               "  LOSS=0.0", str(c.n(1, 9)), "dB  SPLICER=", N(tech.acct(c.r, "lastf").upper()), "  DATE=", c.ts().date())


def ftth_handoff(c):
    a, b = c.latin_person(), c.latin_person()
    arrow = c.ch([" -> ", " → ", " => "])
    return R()(c.ts().iso(), " WO-", digits(c.r, 7), " reassigned: ", N(a.acct(c.r)), arrow, N(b.acct(c.r)), " (reason: ",
               c.ch(["van breakdown", "sick leave", "skills: aerial", "overtime cap"]), ")")


def ftth_photo(c):
    p = c.latin_person()
    return R()(c.ts().iso(), " uploaded photo WO-", digits(c.r, 7), "/", N(p.f.replace(" ", "_") + "_" + p.g.replace(" ", "_")),
               "_signature.png size=", str(c.n(20000, 900000)), " from ", I(ip4(c.r)))


def ftth_sms(c):
    p, tech = c.person(), c.latin_person()
    return R()(c.ts().sql(), " sms.out to=", P(c.phone(c.ch(["GB", "IE", "AU", "NZ"])).e164), ' body="Hi ', N(p.given),
               ", your engineer ", N(tech.g), " is on the way, ETA ", c.ts().hm(), '. Reply STOP to opt out."')


def ftth_book(c):
    p = c.person()
    r = R()(c.ts().iso(), " wfm-api POST /v2/appointments/book body: slot=", c.ts().date(), "T08-12&contact=")
    r(N(p.full), enc=form)("&phone=")(P(c.phone().e164), enc=form)("&notify=")(E(p.email(c.r)), enc=form)
    return r(" -> 201 (", str(c.n(30, 400)), " ms)")


def ftth_n1(c):
    return R()("OTDR ", c.ts().date(), " port=", str(c.n(1, 16)), " lambda=", c.ch(["1310", "1550", "1625"]), "nm events=",
               str(c.n(1, 6)), " total_loss=", str(round(c.r.uniform(2, 9), 2)), "dB  closure JC-", digits(c.r, 4), " ", c.ch(PLACES), " Rd")


def ftth_n2(c):
    doc = {"job": "WO-" + digits(c.r, 7), "type": "FTTH_INSTALL", "status": c.ch(["UNASSIGNED", "ON_HOLD", "CANCELLED"]),
           "technician": None, "customer": {"name": c.ch(COMPANIES)}, "ont": {"serial": ont_sn(c), "model": c.ch(PRODUCTS)}}
    return R()(c.ts().iso(), " wfm-api job.update ").json(doc, indent=c.ch([2, None]))


def ftth_n3(c):
    return R()(c.ts().iso(), " WO-", digits(c.r, 7), " reassigned: ", c.ch(SERVICE_ACCTS), " -> ", c.ch(SERVICE_ACCTS),
               " (reason: contractor ", c.ch(COMPANIES), ")")


def ftth_n4(c):
    return R()(c.ts().eu(), " Hausbegehung: ", c.ch(["kein Zugang", "Termin verschoben", "Tiefbau erforderlich"]), "; Auftragnehmer ",
               c.ch(COMPANIES), ", Verteiler ", c.ch(PLACES), "-", str(c.n(1, 40)))


# ============================================================================ 6. gpon_olt_cli
def olt_hw_info(c):
    p = c.person()
    desc = c.ch([p.full + " - acct " + digits(c.r, 7), None])
    r = R()("MA5800-X17(config)#display ont info 0 ", str(c.n(1, 16)), " ", str(c.n(0, 15)), " ", str(c.n(0, 127)), "\n",
            "  -----------------------------------------------------------------------\n",
            "  F/S/P                   : 0/", str(c.n(1, 16)), "/", str(c.n(0, 15)), "\n  ONT-ID                  : ", str(c.n(0, 127)), "\n",
            "  Control flag            : active\n  Run state               : ", c.ch(["online", "offline"]), "\n",
            "  SN                      : ", ont_sn(c), "\n  Description             : ")
    r(N(p.full), " - acct ", digits(c.r, 7)) if desc else r(N(p.f.upper().replace(" ", "_") + "_" + p.g.upper().replace(" ", "_")), "_", digits(c.r, 7))
    return r("\n  Last down cause         : ", c.ch(["dying-gasp", "LOS", "-"]), "\n")


def olt_hw_add(c):
    p = c.latin_person()
    return R()("ont add ", str(c.n(0, 15)), " ", str(c.n(0, 127)), ' sn-auth "', ont_sn(c), '" omci ont-lineprofile-id ', str(c.n(1, 50)),
               " ont-srvprofile-id ", str(c.n(1, 50)), ' desc "', N(p.f.upper().replace(" ", "_") + "_" + p.g.upper().replace(" ", "_")),
               "_", digits(c.r, 7), '"')


def olt_zte(c):
    p, ip = c.person(), ip4(c.r)
    onu = "gpon_onu-1/%d/%d:%d" % (c.n(1, 4), c.n(1, 16), c.n(1, 128))
    return R()(c.ch(["OLT-ZTE-", "C600-"]), str(c.n(1, 9)), "#show gpon onu detail-info ", onu,
               "\nONU interface:         ", onu, "\n  Name:                 ", N(p.acct(c.r)),
               "\n  Type:                 ", c.ch(PRODUCTS), "\n  State:                ready\n  Serial number:        ", ont_sn(c),
               "\n  Description:          ", N(p.full), "\n  Mgmt IP:              ", I(ip), "\n")


def olt_syslog(c):
    p = c.person()
    return R()("<", str(c.n(128, 190)), ">", c.ts().syslog(), " ", c.ch(HOSTS[:2]), " ONT 0/", str(c.n(1, 16)), "/", str(c.n(0, 15)), "/",
               str(c.n(0, 127)), ' (desc "', N(p.acct(c.r)), '") ', c.ch(["LOS alarm raised", "dying gasp", "LOFi cleared"]),
               "; subscriber lookup: ", N(p.full), ", ", P(c.phone().any(c.r)))


def olt_nokia(c):
    p = c.latin_person()
    return R()("configure equipment ont interface 1/1/", str(c.n(1, 16)), "/", str(c.n(1, 16)), "/", str(c.n(1, 64)),
               " sernum ALCL:", hexs(c.r, 8, True), ' desc1 "', N(p.f + " " + p.g), '" desc2 "acct ', digits(c.r, 7),
               '" sw-ver-pland auto admin-state up')


def olt_audit(c):
    u = c.latin_person()
    k = c.n(0, 2)
    user = [[N(u.acct(c.r))], ["NOC\\", N(u.acct(c.r))], [N(u.acct(c.r)), "@NOC.FIBRENET.EXAMPLE"]][k]
    return R()(c.ts().sql(), " ", c.ch(HOSTS[:2]), " cmd user=", user, " from ", I(c.ch([ip4(c.r), ip6(c.r)])), ": ",
               c.ch(["ont delete 0 1 3 5", "ont reset 0 2 7 11", "display ont autofind all", "service-port 412 vlan 100"]))


def olt_n1(c):
    r = R()("  ONT  Rx power(dBm)  Tx power(dBm)  OLT Rx(dBm)  Temp(C)\n")
    for i in range(c.n(3, 6)):
        r("  %-4d %-14s %-14s %-12s %d\n" % (i, round(-c.r.uniform(15, 27), 2), round(c.r.uniform(1, 3), 2), round(-c.r.uniform(18, 28), 2), c.n(30, 60)))
    return r


def olt_n2(c):
    return R()("<", str(c.n(128, 190)), ">", c.ts().syslog(), " ", c.ch(HOSTS[:2]), " ONT 0/", str(c.n(1, 16)), "/", str(c.n(0, 15)), '/1 (desc "POP-',
               c.ch(PLACES).upper().replace(" ", "-"), "-FDH-", "%02d" % c.n(1, 30), '") ', c.ch(["LOS alarm raised", "LOFi cleared"]))


def olt_n3(c):
    return R()(c.ts().sql(), " ", c.ch(HOSTS[:2]), " cmd user=", c.ch(["root", "netconf", "nms_poller", "olt-automation"]),
               " from console: display ont autofind all\n   Number  F/S/P  SN  ", ont_sn(c), "  ", c.ch(PRODUCTS))


def olt_n4(c):
    return R()('ont add 0 ', str(c.n(0, 127)), ' sn-auth "', ont_sn(c), '" omci ont-lineprofile-id 10 desc "',
               c.ch(COMPANIES).upper().replace(" ", "_")[:24], '_', digits(c.r, 7), '"')


FAMILIES = [
    ("lnp_number_porting", [lnp_wpr, lnp_reject, lnp_es_json, lnp_fraud, lnp_csv, lnp_de, lnp_lsr],
     [lnp_n1, lnp_n2, lnp_n3, lnp_n4, lnp_n5]),
    ("sim_esim_lifecycle", [sim_swap, esim_order, sim_reg_ph, sim_hss, sim_exc, sim_fr, sim_ja],
     [sim_n1, sim_n2, sim_n3, sim_n4, sim_n5]),
    ("tmf_open_api", [tmf_individual, tmf_order, tmf_access, tmf_tostring, tmf_event], [tmf_n1, tmf_n2, tmf_n3, tmf_n4]),
    ("isp_care_crm", [crm_note, crm_auth_user, crm_card, crm_chat, crm_ruby, crm_pt, crm_csv, crm_search], [crm_n1, crm_n2, crm_n3, crm_n4]),
    ("ftth_field_install", [ftth_closeout, ftth_resched, ftth_de, ftth_splice, ftth_handoff, ftth_photo, ftth_sms, ftth_book],
     [ftth_n1, ftth_n2, ftth_n3, ftth_n4]),
    ("gpon_olt_cli", [olt_hw_info, olt_hw_add, olt_zte, olt_syslog, olt_nokia, olt_audit], [olt_n1, olt_n2, olt_n3, olt_n4]),
]
