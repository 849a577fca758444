"""Families 7-12: travel rule (IVMS101), custody approvals, neobank savings, aggregators, chargebacks, fraud cases."""

from __future__ import annotations

import values as V
from core import C, E, I, J, N, P, Rec, S, form
from names import fold


def _pre(c, svc):
    return f"{c.t()} {c.lvl():5s} [{svc}] "


# ================================================================ 7. travel_rule_ivms
def _natural(c, p, native_too):
    ident = {"primaryIdentifier": N(p.family.upper() if c.chance(0.4) else p.family), "secondaryIdentifier": N(p.given),
             "nameIdentifierType": "LEGL"}
    person = {"name": {"nameIdentifier": [ident]}}
    if native_too and p.native:
        person["name"]["localNameIdentifier"] = [{"primaryIdentifier": N(p.native[1]), "secondaryIdentifier": N(p.native[0]),
                                                  "nameIdentifierType": "LEGL"}]
    person["countryOfResidence"] = p.countries[0]
    return {"naturalPerson": person}


def tr_ivms(c):
    o, b = c.people(2)
    doc = {"ivms101": {
        "originator": {"originatorPersons": [_natural(c, o, True)], "accountNumber": [V.btc_addr(c.r)]},
        "beneficiary": {"beneficiaryPersons": [_natural(c, b, True)], "accountNumber": [V.eth_addr(c.r)]},
        "originatingVASP": {"originatingVASP": {"legalPerson": {"name": {"nameIdentifier": [
            {"legalPersonName": "Example Exchange GmbH", "legalPersonNameIdentifierType": "LEGL"}]}}}}},
        "transfer": {"asset": c.pick(["BTC", "ETH", "USDC"]), "amount": c.amt(0, 50), "txid": c.hex(64)}}
    return Rec("json").js(doc, indent=c.pick([2, None]), ascii=c.chance(0.3))


def tr_trp(c):
    b = c.person()
    r = Rec()
    r(_pre(c, "trp-inbox"), f"inquiry received callback=https://vasp{c.r.randint(1, 9)}.example/trp/{c.uuid()} ",
      f"asset=ETH amount={c.amt(0, 20)} beneficiary.name=\"", N(b.shown(c.r)), "\" beneficiary.account=", V.eth_addr(c.r))
    if c.chance(0.5):
        r(" originator.name=\"", N(c.person().last_first()), "\"")
    return r


def tr_match(c):
    p = c.person()
    on_file = c.pick([p.last_first().upper(), p.sg(), fold(p.full())])
    r = Rec()
    r(_pre(c, "travel-rule"), "beneficiary name check: submitted=\"", N(p.shown(c.r)), "\" on_file=\"", N(on_file),
      f"\" result={c.pick(['MATCH', 'CLOSE_MATCH', 'NO_MATCH'])} score={c.r.randint(60, 100)}")
    return r


def tr_trace(c):
    p = c.person()
    r = Rec()
    r("Traceback (most recent call last):\n  File \"/srv/trvl/ivms/validate.py\", line 88, in validate_person\n",
      "    raise ValidationError(path, msg)\nivms101.ValidationError: naturalPerson.name.nameIdentifier[0].",
      "primaryIdentifier is required (got secondaryIdentifier=")
    r.py((p.full(), "NAME"))
    r(", customer_email=")
    r.py((c.em(p), "EMAIL"))
    return r(")")


def tr_mail(c):
    p = c.person()
    r = Rec()
    r(f"{c.t()} mailer-out to=<", E(f"compliance@vasp{c.r.randint(1, 9)}.example"),
      "> subject=\"Travel Rule: undeliverable transfer\"\n")
    r("  body: Dear compliance team, we could not complete the transfer for our customer ", N(p.full()),
      f" (wallet {V.btc_addr(c.r)[:14]}…). Please contact them at ", E(c.em(p)), " or ", P(c.ph(p, "intl")), ".")
    return r


def tr_neg_legal(c):
    doc = {"ivms101": {"originator": {"originatorPersons": [{"legalPerson": {"name": {"nameIdentifier": [
        {"legalPersonName": c.pick(V.COMPANIES), "legalPersonNameIdentifierType": "LEGL"}]}}}]},
        "beneficiary": {"beneficiaryPersons": [{"legalPerson": {"name": {"nameIdentifier": [
            {"legalPersonName": c.pick(V.COMPANIES), "legalPersonNameIdentifierType": "TRAD"}]}}}]}},
        "transfer": {"asset": "USDC", "amount": c.amt(1000, 90000)}}
    return Rec("json").js(doc, indent=c.pick([2, None]))


def tr_neg_dir(c):
    return Rec()(_pre(c, "vasp-directory"), f"sync ok vasps={c.r.randint(200, 900)} added={c.r.randint(0, 9)} ",
                 f"jurisdictions={c.r.randint(20, 60)} protocol={c.pick(['TRP', 'TRISA', 'OpenVASP'])} next_run={c.t()}")


def tr_neg_unhosted(c):
    return Rec()(_pre(c, "travel-rule"), f"unhosted wallet declaration accepted address={V.eth_addr(c.r)} ",
                 f"proof=signature status={c.pick(V.STATUS_WORDS)} reviewer={c.pick(V.SERVICE_ACCOUNTS)}")


# ================================================================ 8. custody_approvals
def cu_trail(c):
    ps = c.people(3)
    r = Rec()
    r(f"tx {V.eth_addr(c.r)[:18]}… policy=TREASURY_2OF3 state={c.pick(['PENDING_SIGNATURE', 'APPROVED'])}\n  approvals: ")
    r("[✔ ", E(c.em(ps[0], "acme-treasury.example")), f" {c.t()[11:16]}Z] [✔ ", N(ps[1].full()), " (", N(c.acct(ps[1])),
      f") {c.t()[11:16]}Z] [… pending: ", N(c.acct(ps[2])), "]")
    return r


def cu_webhook(c):
    a, b, d = c.people(3)
    doc = {"type": "TRANSACTION_STATUS_UPDATED", "timestamp": int(c.dt().timestamp() * 1000), "data": {
        "id": c.uuid(), "status": c.pick(["COMPLETED", "PENDING_AUTHORIZATION", "REJECTED"]), "assetId": c.pick(["BTC", "ETH", "USDC"]),
        "createdBy": E(c.em(a)), "signedBy": [E(c.em(b)), E(c.em(a))], "note": J(c.pick(["Payroll for ", "Reimburse ", "OTC settlement ref "]), N(d.full())),
        "destinationAddress": V.eth_addr(c.r), "sourceAddress": "", "requestedFromIp": I(c.ip())}}
    return Rec("json").js(doc, indent=c.pick([None, 2]))


def cu_whitelist(c):
    a, b = c.people(2)
    arrow = c.pick([" -> ", " → ", " => "])
    r = Rec()
    r(_pre(c, "custody-policy"), f"whitelist change WL-{c.num(6)} add {V.btc_addr(c.r)} label=\"", N(a.last_first()), " cold\" ")
    r("requested:", N(c.acct(a)), arrow, "approved:", N(c.acct(b)), arrow, "executed:", c.pick(["custody-hsm", "wallet-signer-03", "treasury_svc"]))
    return r


def cu_walletconnect(c):
    p = c.person()
    r = Rec()
    r(f"{c.t()} [wc] session_proposal peer=\"{c.pick(['Uniswap Interface', 'OpenSea', 'Aave'])}\" topic={c.hex(64)[:20]} ",
      "user=@", N(c.acct(p)), " device=\"", c.pick([[N(p.first()), "'s iPhone 15"], [N(p.first()), "s-MacBook-Air"]]),
      "\" ip=", I(c.ip()))
    return r


def cu_ceremony(c):
    ps = c.people(c.r.randint(2, 4))
    r = Rec()
    r(f"Key ceremony KC-{c.num(5)} ({c.dt().date()}) vault=HSM-{c.r.randint(1, 4)}\n  participants:\n")
    for i, p in enumerate(ps):
        r(f"    {i + 1}. ", N(p.shown(c.r) if c.chance(0.7) else p.upper()), c.pick([" (quorum member)", " (witness)", " (custodian)"]),
          f" – YubiKey 5C #{c.num(7)}\n")
    r("  result: SHARES_DISTRIBUTED")
    return r


def cu_neg_sweep(c):
    return Rec()(_pre(c, "custody-policy"), f"auto sweep {c.amt(1, 90)} ETH hot->cold by {c.pick(V.SERVICE_ACCOUNTS)} ",
                 f"policy=SWEEP_DAILY gas={c.r.randint(5, 90)} gwei signer_group=\"Signer Group {c.pick(V.CRYPTO_ERAS)}\"")


def cu_neg_roles(c):
    doc = {"policy": "TREASURY_2OF3", "rules": [{"role": c.pick(["Treasury Approvers", "Admins", "Viewers"]),
                                                  "quorum": c.r.randint(1, 3), "limit_usd": c.r.randint(1, 900) * 1000}
                                                 for _ in range(2)], "updated_by": c.pick(V.SERVICE_ACCOUNTS)}
    return Rec("json").js(doc, indent=c.pick([None, 2]))


def cu_neg_node(c):
    return Rec()(f"{c.t()} [wallet-node] imported block {c.num(8)} hash={c.hex(16)}… peers={c.r.randint(8, 60)} ",
                 f"upgrade={c.pick(V.CRYPTO_ERAS)} host={c.pick(V.HOSTS)}")


# ================================================================ 9. neobank_savings
def nb_roundup(c):
    p = c.person()
    pot = c.pick([[N(p.first()), "'s Holiday Fund"], ["Rainy day"], ["Uni fees – ", N(p.first())], ["Trip to ", c.pick(V.PLACES)]])
    r = Rec()
    r(f"ts={c.t()} event=roundup.applied user=", N(c.acct(p)), f" txn=tx_{c.hex(12)} merchant=\"{c.pick(V.COMPANIES_UP)}\" ",
      f"amount={c.amt(1, 40)} roundup=0.{c.r.randint(1, 99):02d} pot=\"", pot, "\"")
    return r


def nb_push(c):
    p = c.person()
    lang = c.pick(["en", "es", "fr", "de"])
    body = {"en": ["Hi ", N(p.first()), ", your salary of £", c.amt(900, 4000), " has arrived 🎉"],
            "es": ["¡Hola ", N(p.first()), "! Has recibido ", c.amt(20, 900), " € de ", N(c.person().full())],
            "fr": [N(p.first()), ", vous avez reçu ", c.amt(20, 900), " € de ", N(c.person().full())],
            "de": ["Hallo ", N(p.first()), ", dein Sparziel ist erreicht!"]}[lang]
    doc = {"message": {"token": c.hex(40), "notification": {"title": c.pick(V.UI_STRINGS), "body": J(*body)},
                       "data": {"type": "credit", "user": J(N(c.acct(p)))}}}
    return Rec()(_pre(c, "fcm-sender"), "POST v1/projects/neobank/messages:send ").js(doc, ascii=c.chance(0.3))


def nb_invite(c):
    a, b = c.people(2)
    r = Rec()
    r(_pre(c, "shared-pots"), f"pot.invite pot_id=pot_{c.hex(10)} inviter=\"", N(a.shown(c.r)), "\" invitee_email=",
      E(c.em(b)), " invitee_phone=", P(c.ph(b)), " status=SENT")
    return r


def nb_statement(c):
    p = c.person()
    title = c.pick(["MR ", "MRS ", "MS ", "MX ", ""])
    r = Rec()
    r(f"[stmt-renderer] {c.t()} text layer page 1/{c.r.randint(1, 4)}:\n  STATEMENT OF ACCOUNT\n  Account holder: {title}")
    r(N(fold(p.full()).upper()), f"\n  Sort code 04-00-{c.r.randint(10, 99)}  Account {c.num(8)}\n")
    r(f"  {c.dt().date()}  Faster Payment from ", N(c.person().upper()), f"   +{c.amt(10, 500)}\n")
    r(f"  {c.dt().date()}  {c.pick(V.COMPANIES_UP):<28}  -{c.amt(3, 90)}")
    return r


def nb_earlypay(c):
    p = c.person()
    r = Rec()
    r(_pre(c, "early-pay"), f"ACH credit from {c.pick(['ACME PAYROLL', 'GUSTO PAY', 'ADP WAGE PAY'])} for ", N(p.sg().replace("/", " ")),
      f" amount={c.amt(400, 4000)} advance=true ")
    r("payroll_switch.ssn_last4=", S(V.last4(c.r)), " employer_match=", c.pick(["exact", "fuzzy"]))
    return r


def nb_neg_interest(c):
    return Rec()(_pre(c, "interest-accrual"), f"batch={c.num(6)} accounts={c.r.randint(1000, 900000)} rate=4.{c.r.randint(0, 99):02d}% ",
                 f"product=\"{c.pick(V.FINTECH_PRODUCTS)} Saver\" status={c.pick(V.STATUS_WORDS)}")


def nb_neg_goal(c):
    doc = {"goal_id": c.hex(10), "name": c.pick(["Trip to Florence", "Victoria trip", "New Car", "Christmas", "Sydney 2027",
                                              "Wedding", "Jordan holiday"]), "target": c.r.randint(100, 9000),
           "status": c.pick(V.STATUS_WORDS), "ui": c.pick(V.UI_STRINGS)}
    return Rec().js(doc, indent=c.pick([None, 2]))


def nb_neg_push(c):
    doc = {"message": {"topic": "all-users", "notification": {"title": c.pick(V.UI_STRINGS),
                                                               "body": f"{c.pick(V.FINTECH_PRODUCTS)} has a new feature"}}}
    return Rec()(_pre(c, "fcm-sender"), "broadcast ").js(doc)


# ================================================================ 10. finance_aggregator
def ag_identity(c):
    p = c.person()
    owner = {"names": [N(p.shown(c.r))], "emails": [{"data": E(c.em(p)), "primary": True, "type": "primary"}],
             "phone_numbers": [{"data": P(c.ph(p)), "primary": True, "type": "mobile"}],
             "addresses": [{"data": {"city": c.pick(V.PLACES), "country": p.countries[0]}, "primary": True}]}
    doc = {"accounts": [{"account_id": c.code(20), "mask": V.last4(c.r), "name": c.pick(["Plaid Checking", "Everyday", "Savings"]),
                         "owners": [owner]}], "request_id": c.code(15)}
    return Rec("json").js(doc, indent=c.pick([2, None]), ascii=c.chance(0.25))


def ag_link(c):
    p = c.person()
    r = Rec()
    r(f"{c.t()} link_event name={c.pick(['HANDOFF', 'OPEN', 'SUBMIT_CREDENTIALS', 'ERROR'])} ",
      f"institution=\"{c.pick(['Chase', 'Wells Fargo', 'Charles Schwab', 'Ally', 'Lloyds Bank'])}\" link_session_id={c.uuid()} ",
      "client_user_id=", N(c.acct(p)), " ip=", I(c.ip()))
    return r


def ag_scrape(c):
    p = c.person()
    greet = c.pick(["Welkom, ", "Willkommen, ", "Bienvenue ", "Welcome back, ", "Bem-vindo, "])
    r = Rec()
    r(_pre(c, f"connector:{c.pick(['ing_nl', 'sparkasse_de', 'bnp_fr', 'itau_br'])}"), "login user=", N(c.acct(p).upper()),
      " ok; portal header=\"", greet, N(p.full()), "\" accounts_found=", str(c.r.randint(1, 5)))
    return r


def ag_obie(c):
    p = c.person()
    title = c.pick(["Mr ", "Mrs ", "Ms ", "Dr ", ""])
    acc = {"AccountId": c.num(8), "Currency": "GBP", "Nickname": c.pick(["Bills", "Joint", "Main"]),
           "Account": [{"SchemeName": "UK.OBIE.SortCodeAccountNumber", "Identification": c.num(14), "Name": J(title, N(p.full()))}]}
    if c.chance(0.4):
        q = c.person()
        acc["Account"].append({"SchemeName": "UK.OBIE.SortCodeAccountNumber", "Identification": c.num(14),
                               "Name": J(N(q.full()))})
    return Rec("json").js({"Data": {"Account": [acc]}, "Links": {"Self": "/accounts"}}, indent=c.pick([2, None]))


def ag_match(c):
    p = c.person()
    r = Rec()
    r(_pre(c, "identity-match"), "user_input.legal_name=\"", N(p.full()), f"\" score.legal_name={c.r.randint(40, 100)} ",
      "user_input.email=", E(c.em(p)), f" score.email={c.r.randint(40, 100)} user_input.phone=", P(c.ph(p, "e164")))
    if c.chance(0.5):
        r("\n", _pre(c, "sync"), "Kontoinhaber stimmt nicht überein: erwartet '", N(p.full()), "', erhalten '",
          N(fold(p.last_first()).upper()), "'")
    return r


def ag_neg_health(c):
    return Rec()(_pre(c, "institution-health"), f"ins_{c.num(6)} \"{c.pick(['Charles Schwab', 'Edward Jones', 'Raymond James', 'Ally'])}\" ",
                 f"status={c.pick(['DEGRADED', 'HEALTHY', 'DOWN'])} success_rate=0.{c.r.randint(50, 99)} product=identity")


def ag_neg_txn(c):
    doc = {"webhook_type": "TRANSACTIONS", "webhook_code": "DEFAULT_UPDATE", "new_transactions": c.r.randint(1, 40),
           "sample": [{"merchant_name": c.pick(V.COMPANIES), "category": c.pick(["FOOD_AND_DRINK", "SHOPPING"])}],
           "item_id": c.code(20)}
    return Rec("json").js(doc, indent=c.pick([2, None]))


def ag_neg_cat(c):
    return Rec()(_pre(c, "categoriser"), f"rule \"{c.pick(V.COMPANIES_UP)}\" -> {c.pick(['Dining', 'Groceries', 'Retail'])} ",
                 f"confidence=0.{c.r.randint(60, 99)} model=cat-v{c.r.randint(2, 9)} city={c.pick(V.PLACES)}")


# ================================================================ 11. chargeback_disputes
def cb_csv(c):
    r = Rec()
    r("case_id,network,reason_code,cardholder,pan,amount,merchant,status,analyst\n")
    for _ in range(c.r.randint(1, 3)):
        p, an = c.people(2)
        r(f"DSP-{c.num(7)},{c.pick(['VISA', 'MC', 'AMEX'])},{c.pick(['10.4', '13.1', '4837', '4853'])},\"", N(p.last_first()), "\",")
        r(C(V.card(c.r, "plain")) if c.chance(0.5) else V.masked_pan(c.r))
        r(f",{c.amt()},\"{c.pick(V.COMPANIES_UP)}\",{c.pick(V.STATUS_WORDS)},", N(c.acct(an)), "\n")
    return r


def cb_evidence(c):
    p = c.person()
    r = Rec()
    r(f"Compelling evidence (Visa CE 3.0) for dispute DSP-{c.num(7)}:\n")
    r("  - 2 prior undisputed transactions from IP ", I(c.ip()), f" and device {c.hex(12)}\n")
    r("  - same account e-mail ", E(c.em(p)), " on all three orders\n")
    r("  - delivery signed by ", N(p.full().upper() if c.chance() else p.full()), f" on {c.dt().date()}")
    return r


def cb_claim(c):
    p = c.person()
    doc = {"claimId": c.num(12), "primaryAccountNumber": C(V.card(c.r, "plain", "mc")), "cardholderName": N(p.emboss()),
           "disputeAmount": c.amt(), "reasonCode": "4853",
           "memo": J("CH states goods not as described; spoke with ", N(p.full()), " on ", P(c.ph(p, "national")))}
    return Rec()(_pre(c, "mastercom-sync"), "claim created ").js(doc, indent=c.pick([None, 2]))


def cb_reassign(c):
    a, b = c.people(2)
    arrow = c.pick([" → ", " -> ", " ⇒ "])
    r = Rec()
    r(f"{c.t()} case DSP-{c.num(7)} reassigned: ", N(c.acct(a)), arrow, N(c.acct(b)), f" (queue={c.pick(['pre-arb', 'rep', 'intake'])}) ")
    r("comment=\"handing over, ", N(b.first()), " owns the pre-arb now\"")
    return r


def cb_form(c):
    p = c.person()
    r = Rec()
    r(_pre(c, "dispute-intake"), f"POST /disputes body: txn_id=tx_{c.hex(10)}&reason=not_received&contact_name=")
    r(N(p.full()), enc=form)("&contact_email=")(E(c.em(p)), enc=form)("&phone=")(P(c.ph(p, "e164")), enc=form)
    r("&ip=")(I(c.ip4()))
    return r


def cb_note_es(c):
    p = c.person()
    r = Rec()
    r(f"{c.t()} nota analista: Titular ", N(p.full()), " reconoce la compra en ", c.pick(V.COMPANIES_UP),
      "; se retira la disputa. Contacto ", P(c.ph(p)), f". Tarjeta terminada en {V.last4(c.r)}.")
    return r


def cb_neg_codes(c):
    return Rec()(_pre(c, "reason-codes"), f"loaded {c.r.randint(40, 90)} codes network={c.pick(['VISA', 'MC'])} ",
                 f"e.g. {c.pick(['10.4 Other Fraud', '13.1 Merchandise Not Received', '4853 Cardholder Dispute'])} by {c.pick(V.SERVICE_ACCOUNTS)}")


def cb_neg_batch(c):
    r = Rec()
    r("case_id,network,reason_code,merchant,status\n")
    for _ in range(c.r.randint(1, 3)):
        r(f"DSP-{c.num(7)},{c.pick(['VISA', 'MC'])},{c.pick(['10.4', '4837'])},\"{c.pick(V.COMPANIES_UP)}\",{c.pick(V.STATUS_WORDS)}\n")
    return r


def cb_neg_fee(c):
    return Rec()(_pre(c, "chargeback-sync"), f"fee schedule {c.pick(['Pre-Arbitration', 'Arbitration'])} {c.amt(15, 500)} USD ",
                 f"merchant=\"{c.pick(V.COMPANIES)}\" status={c.pick(V.STATUS_WORDS)}")


# ================================================================ 12. fraud_case_queue
def fr_queue(c):
    r = Rec()
    r(f"{'CASE':<12}{'PRI':<5}{'TYPE':<8}{'SUBJECT':<28}{'SCORE':<7}ASSIGNEE\n")
    for _ in range(c.r.randint(1, 3)):
        p, a = c.people(2)
        sub = p.full() if c.chance() else p.last_first()
        sub = sub if len(sub) <= 26 else p.family
        r(f"FC-{c.num(7):<9}P{c.r.randint(1, 4):<4}{c.pick(['ATO', 'APP', 'MULE', 'CNP']):<8}", N(sub), " " * (28 - len(sub)),
          f"{c.r.randint(300, 999):<7}", N(c.acct(a)), "\n")
    return r


def fr_ato(c):
    p = c.person()
    doc = {"alert": "account_takeover", "score": c.r.randint(700, 999), "user": {"id": c.num(9), "email": E(c.em(p)),
           "name": N(p.shown(c.r))}, "signals": {"new_device": True, "ip": I(c.ip()), "ip_prev": I(c.ip()),
           "phone_changed_to": P(c.ph(p, "e164")), "password_reset": c.chance()}}
    return Rec("json").js(doc, indent=c.pick([None, 2]), ascii=c.chance(0.3))


def fr_note(c):
    v, m = c.people(2)
    r = Rec()
    r(f"Case FC-{c.num(7)} — analyst note ({c.dt().date()})\n")
    r("Called customer (", N(v.shown(c.r)), ") at ", P(c.ph(v)), ". ", c.pick(["She", "He", "They"]),
      " confirmed the transfer was not authorised.\nPayee '", N(m.upper()), "' was added 5 min before, from IP ",
      I(c.ip()), ".\nAction: freeze, raise APP scam report.")
    return r


def fr_cop(c):
    p, q = c.people(2)
    r = Rec()
    r(_pre(c, "cop-check"), "rule=CONFIRMATION_OF_PAYEE result=", c.pick(["NO_MATCH", "CLOSE_MATCH"]), " payee_entered=\"",
      N(p.full()), "\" payee_on_file=\"", N(q.full() if c.chance(0.4) else p.last_first().upper()), f"\" sort_code=04-00-{c.r.randint(10, 99)}")
    return r


def fr_ruby(c):
    p, a = c.people(2)
    r = Rec()
    r(f"I, [{c.t()} #{c.r.randint(1000, 9999)}]  INFO -- : case opened #<FraudCase id: {c.num(6)}, subject_name: \"",
      N(p.full()), "\", subject_email: \"", E(c.em(p)), "\", status: \"open\", assignee: \"", N(c.acct(a)), "\">")
    return r


def fr_graph(c):
    a, b = c.people(2)
    r = Rec()
    r(_pre(c, "mule-graph"), "linked: ", N(a.shown(c.r)), " --[shared_device]--> ", N(b.shown(c.r)), " --[same_ip ", I(c.ip()), "]--> ",
      f"acct_{c.num(8)}")
    return r


def fr_sso(c):
    a, p = c.people(2)
    r = Rec()
    r(f"{c.t()} fraudops-console auth=kerberos principal=", N(c.acct(a)), "@FRAUDOPS.EXAMPLE.COM action=case.open ",
      f"case=FC-{c.num(7)} subject=\"", N(p.full()), "\" subject_phone=", P(c.ph(p)))
    return r


def fr_neg_rule(c):
    return Rec()(_pre(c, "rules-deploy"), f"rule {c.pick(['CoP_MISMATCH_v3', 'VELOCITY_24H', 'NEW_PAYEE_HIGH'])} deployed by ",
                 f"{c.pick(V.SERVICE_ACCOUNTS)} threshold={c.r.randint(500, 950)} shadow={c.pick(['true', 'false'])}")


def fr_neg_queue(c):
    r = Rec()
    r(f"{'QUEUE':<16}{'OPEN':<6}{'SLA':<8}OWNER\n")
    for _ in range(c.r.randint(1, 3)):
        r(f"{c.pick(['ATO', 'APP-Scam', 'Mule', 'CNP-Fraud']):<16}{c.r.randint(0, 300):<6}{c.pick(['4h', '24h', '72h']):<8}",
          f"{c.pick(V.SERVICE_ACCOUNTS)}\n")
    return r


def fr_neg_model(c):
    doc = {"model": f"fraud-gbm-{c.pick(V.CRYPTO_ERAS).lower()}", "auc": round(c.r.uniform(0.8, 0.97), 3),
           "status": c.pick(V.STATUS_WORDS), "region": c.pick(V.PLACES)}
    return Rec("json").js(doc, indent=c.pick([None, 2]))


FAMILIES = {
    "travel_rule_ivms": ([tr_ivms, tr_trp, tr_match, tr_trace, tr_mail], [tr_neg_legal, tr_neg_dir, tr_neg_unhosted]),
    "custody_approvals": ([cu_trail, cu_webhook, cu_whitelist, cu_walletconnect, cu_ceremony], [cu_neg_sweep, cu_neg_roles, cu_neg_node]),
    "neobank_savings": ([nb_roundup, nb_push, nb_invite, nb_statement, nb_earlypay], [nb_neg_interest, nb_neg_goal, nb_neg_push]),
    "finance_aggregator": ([ag_identity, ag_link, ag_scrape, ag_obie, ag_match], [ag_neg_health, ag_neg_txn, ag_neg_cat]),
    "chargeback_disputes": ([cb_csv, cb_evidence, cb_claim, cb_reassign, cb_form, cb_note_es], [cb_neg_codes, cb_neg_batch, cb_neg_fee]),
    "fraud_case_queue": ([fr_queue, fr_ato, fr_note, fr_cop, fr_ruby, fr_graph, fr_sso], [fr_neg_rule, fr_neg_queue, fr_neg_model]),
}
