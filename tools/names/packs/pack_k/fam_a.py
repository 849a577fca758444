"""Families 1-6: P2P payments, remittance payouts, card issuing, 3-D Secure, BNPL, crypto exchange."""

from __future__ import annotations

import values as V
from core import C, E, I, J, N, P, Rec, S, form, pct, xesc
from names import fold


def _pre(c, svc):
    return f"{c.t()} {c.lvl():5s} [{svc}] "


# ================================================================ 1. p2p_payments
def p2p_logfmt(c):
    a, b = c.people(2)
    ha, hb = c.acct(a), c.acct(b)
    r = Rec()
    r(f"ts={c.t()} level=info svc=p2p-transfer msg=\"transfer created\" txn=p2p_{c.hex(16)} sender=@", N(ha))
    r(" sender_name=\"", N(a.full()), "\" recipient=@", N(hb), f" amount={c.amt(3, 400)} currency=USD")
    note = c.pick([["for pizza w/ ", N(b.first()), " 🍕"], ["rent share"], [N(b.first()), "'s birthday gift"],
                   ["concert tix"], ["thanks ", N(b.first()), "!"]])
    r(" note=\"", note, "\" audience=", c.pick(["friends", "private", "public"]), " ip=", I(c.ip()))
    return r


def p2p_directory(c):
    p = c.person()
    tok = c.pick(["EMAIL", "PHONE"])
    val = c.em(p) if tok == "EMAIL" else V.phone(c.r, "US", "e164")
    r = Rec()
    r(_pre(c, "zelle-directory"), "token lookup ")
    r.js({"event": "directory.lookup", "requestId": c.uuid(), "token": {"type": tok, "value": E(val) if tok == "EMAIL" else P(val)},
          "enrolled": True, "participant": c.pick(["bank_0412", "cu_8821", "bank_0077"]),
          "recipient": {"firstName": N(p.given), "lastName": N(p.family)},
          "enteredName": N(p.upper() if c.chance() else p.full()), "nameMatch": c.pick(["FULL", "PARTIAL"])})
    return r


def p2p_feed(c):
    a, b = c.people(2)
    ha, hb = c.acct(a), c.acct(b)
    story = J(N(a.first()), " paid ", N(b.full()))
    doc = {"id": c.num(19), "type": "payment", "date_created": c.t(), "story": story,
           "note": c.pick(["🍣🍣", "electric bill", "Groceries", "gas money ⛽"]), "audience": "friends",
           "actor": {"username": N(ha), "display_name": N(a.shown(c.r)),
                     "profile_picture_url": J("https://pics.p2p.example/u/", N(ha), "/avatar.jpg")},
           "target": {"username": N(hb), "display_name": N(b.shown(c.r)), "phone": P(c.ph(b, "e164"))}}
    return Rec().js(doc, indent=c.pick([None, 2]))


def p2p_pix(c):
    p = c.person()
    key_type = c.pick(["PHONE", "EMAIL"])
    key = V.phone(c.r, "BR", "e164") if key_type == "PHONE" else c.em(p, "uol.example.com.br")
    r = Rec()
    r(f"{c.t()} pix-dict GET /api/v2/entries/", P(key) if key_type == "PHONE" else E(key), " -> 200 ")
    r(f"keyType={key_type} owner.type=NATURAL_PERSON owner.name=\"", N(p.full()), "\" owner.taxIdNumber=***.",
      f"{c.num(3)}.{c.num(3)}-** participant={c.num(8)} branch={c.num(4)} accountType=CACC")
    if c.chance(0.4):
        r("\n", f"{c.t()} pix-spi pacs.008 enviado para ", N(p.full().upper()), f" valor=R$ {c.amt(10, 900)}")
    return r


def p2p_push(c):
    a, b = c.people(2)
    body = c.pick([
        [N(a.shown(c.r)), " requested $", c.amt(5, 90), " — ", c.pick(["🍕 pizza", "uber", "tickets"])],
        [N(a.first()), " sent you $", c.amt(5, 90)],
        ["Te pagó ", N(a.full()), ": $", c.amt(5, 90), " MXN"],
        ["Reminder: ", N(a.first()), " is still waiting on $", c.amt(5, 90)]])
    r = Rec()
    r(_pre(c, "notify-apns"), "send device=", c.hex(16), " user=", N(c.acct(b)), " payload=")
    r.js({"aps": {"alert": {"title": c.pick(["Payment request", "Money received", "Reminder"]), "body": J(*body)},
                  "sound": "default"}, "deeplink": f"p2p://txn/{c.hex(12)}"}, ascii=c.chance(0.3))
    return r


def p2p_split(c):
    ps = c.people(c.r.randint(2, 3))
    r = Rec()
    r(f"DEBUG {c.t()} split.service create bill={c.hex(10)} total={c.amt(30, 300)} participants=")
    r.py([{"user": N(c.acct(p)), "name": N(p.full()), "share": c.amt(5, 80), "status": c.pick(["pending", "paid"])}
          for p in ps])
    return r


_LOCAL = {"japanese": ("", "さんに送金しました（¥", "）"), "chinese": ("已向", "转账 ¥", ""), "cantonese": ("已轉賬給", " HK$", ""),
          "korean": ("", "님에게 ", "원을 보냈어요"), "russian": ("Перевод для ", ": ", " ₽"), "ukrainian": ("Переказ для ", ": ", " ₴"),
          "levant": ("تم إرسال المبلغ إلى ", " ", " د.أ"), "gulf": ("تم التحويل إلى ", " ", " د.إ"), "hindi": ("", " को ₹", " भेजे गए"),
          "greek": ("Στείλατε σε ", " €", ""), "hebrew": ("הכסף נשלח אל ", " ₪", "")}


def p2p_native(c):
    a, b = c.person(native=True), c.person()
    pre, mid, post = _LOCAL.get(a.trad, ("Sent to ", " ", ""))
    r = Rec()
    r(f"{c.t()} I/PushRenderer: locale={a.countries[0].lower()} user=", N(c.acct(b)), " title=\"", pre, N(a.native_full()),
      mid, str(c.r.randint(5, 900) * 100), post, "\" peer_id=", c.num(10))
    return r


def p2p_neg_business(c):
    co = c.pick(V.COMPANIES)
    r = Rec()
    r(f"ts={c.t()} level=info svc=p2p-transfer msg=\"transfer created\" txn=p2p_{c.hex(16)} sender=@",
      c.pick(["JoesPizzaNYC", "WendysOfficial", "TimHortonsCA", "BenJerrysVT", "svc_payouts"]), f" recipient_type=business recipient_name=\"{co}\" amount={c.amt()} currency=USD",
      f" note=\"{c.pick(V.UI_STRINGS)}\" audience=private host={c.pick(V.HOSTS)}")
    return r


def p2p_neg_velocity(c):
    return Rec()(_pre(c, "p2p-risk"), f"velocity check passed user_id={c.num(9)} window=24h count={c.r.randint(1, 9)} ",
                 f"limit=10 tier={c.pick(['Standard', 'Verified', 'Premium'])} rule_version=v{c.r.randint(2, 9)}.{c.r.randint(0, 20)}")


def p2p_neg_feed(c):
    doc = {"id": c.num(19), "type": "system", "story": c.pick(V.UI_STRINGS), "note": c.pick(V.STATUS_WORDS),
           "actor": {"username": c.pick(V.SERVICE_ACCOUNTS), "display_name": c.pick(V.FINTECH_PRODUCTS) + " Team"},
           "city": c.pick(V.PLACES)}
    return Rec().js(doc, indent=c.pick([None, 2]))


# ================================================================ 2. remittance_payout
def rem_transfer(c):
    s, b = c.people(2)
    ben_name = b.shown(c.r)
    doc = {"transferId": f"TR-{c.code(10)}", "status": c.pick(["FUNDS_CONVERTED", "OUTGOING_PAYMENT_SENT", "PROCESSING"]),
           "sourceCurrency": "USD", "targetCurrency": c.pick(V.CURRENCIES), "rate": round(c.r.uniform(0.5, 90), 4),
           "sender": {"firstName": N(s.given), "lastName": N(s.family), "email": E(c.em(s))},
           "beneficiary": {"fullName": N(ben_name), "mobile": P(c.ph(b, "e164")), "country": b.countries[0],
                           "payoutMethod": c.pick(["mobile_money", "cash_pickup", "bank_deposit"])},
           "createdFromIp": I(c.ip())}
    return Rec("json").js(doc, indent=c.pick([None, 2, 4]), ascii=c.chance(0.25))


def rem_mpesa(c):
    p = c.person()
    msisdn = V.phone(c.r, "KE", "digits")
    nm = fold(p.full()).upper() if c.chance(0.6) else p.full()
    doc = {"Result": {"ResultType": 0, "ResultCode": 0, "ResultDesc": "The service request is processed successfully.",
                      "OriginatorConversationID": f"{c.num(5)}-{c.num(8)}-1", "ConversationID": f"AG_2026_{c.hex(20)}",
                      "TransactionID": c.code(10), "ResultParameters": {"ResultParameter": [
                          {"Key": "TransactionAmount", "Value": c.r.randint(100, 50000)},
                          {"Key": "TransactionReceipt", "Value": c.code(10)},
                          {"Key": "ReceiverPartyPublicName", "Value": J(P(msisdn), " - ", N(nm))},
                          {"Key": "B2CUtilityAccountAvailableFunds", "Value": float(c.amt(1000, 90000))}]}}}
    r = Rec()
    r(_pre(c, "payout-ke"), "B2C result callback: ")
    r.js(doc)
    return r


def rem_namecheck(c):
    p = c.person()
    ret = c.pick([fold(p.full()).upper(), p.last_first().upper(), p.sg().replace("/", " ")])
    r = Rec()
    r(_pre(c, "payout.namecheck"), f"corridor=USD-{c.pick(V.CURRENCIES)} partner={c.pick(['gcash', 'bkash', 'mtn-momo', 'easypaisa', 'opay'])}",
      " expected=\"", N(p.shown(c.r)), "\" returned=\"", N(ret), f"\" score={c.r.uniform(0.6, 0.99):.2f} action=",
      c.pick(["hold", "release", "manual_review"]), " msisdn=", P(c.ph(p, "digits")))
    return r


def rem_cash_xml(c):
    s, b = c.people(2)
    r = Rec("xml")
    r(f'<PayoutRequest xmlns="urn:remit:cashpickup:v3" ref="{c.num(10)}">\n  <Sender>\n    <FirstName>')
    r(N(s.given), enc=xesc)("</FirstName>\n    <LastName>")(N(s.family), enc=xesc)("</LastName>\n    <Phone>")
    r(P(c.ph(s, "national")))("</Phone>\n  </Sender>\n  <Receiver>\n    <FullName>")(N(b.shown(c.r)), enc=xesc)
    r(f"</FullName>\n    <Country>{b.countries[0]}</Country>\n    <Phone>")(P(c.ph(b, "intl")))
    r(f"</Phone>\n  </Receiver>\n  <Amount currency=\"{c.pick(V.CURRENCIES)}\">{c.amt(50, 2000)}</Amount>\n",
      f"  <Location>{c.pick(['AGT-', 'LOC-'])}{c.num(6)}</Location>\n</PayoutRequest>")
    return r


def rem_sms(c):
    s, b = c.people(2)
    lang = c.pick(["en", "es", "fr", "pt"])
    body = {"en": ["Hi ", N(b.first()), ", ", N(s.shown(c.r)), " sent you ", c.amt(20, 500), " ", c.pick(V.CURRENCIES), ". Ref ", c.code(8)],
            "es": ["Hola ", N(b.first()), ", ", N(s.full()), " te envió ", c.amt(20, 500), " MXN. Retira con la clave ", c.code(8)],
            "fr": ["Bonjour ", N(b.first()), ", ", N(s.full()), " vous a envoyé ", c.amt(20, 500), " XOF. Code ", c.code(8)],
            "pt": ["Olá ", N(b.first()), ", ", N(s.full()), " enviou R$ ", c.amt(20, 500), " para você."]}[lang]
    r = Rec()
    r(_pre(c, "sms-out"), "to=", P(c.ph(b, "e164")), f" template=payout_ready_{lang} body=\"", body, "\"")
    return r


def rem_validate(c):
    p = c.person()
    r = Rec()
    r(I(c.ip4()), f" - - [{c.dt().strftime('%d/%b/%Y:%H:%M:%S +0000')}] \"GET /v2/accounts/validate?bank_code={c.num(3)}",
      f"&account_number={c.num(10)}&account_name=")
    r(N(p.full()), enc=c.pick([pct, form]))
    r(f" HTTP/1.1\" 200 {c.r.randint(120, 900)} \"-\" \"remit-partner-sdk/4.2.1\"")
    return r


def rem_repr(c):
    p = c.person()
    r = Rec()
    r(f"{c.t()} WARNING remit.payouts.worker: retrying payout {c.uuid()} (attempt {c.r.randint(2, 5)}) for Beneficiary(first_name=")
    r.py(N(p.given))(", last_name=").py(N(p.family))(", msisdn=").py(P(c.ph(p, "e164")))
    r(f", country='{p.countries[0]}', method='{c.pick(['mobile_money', 'bank_deposit'])}')")
    r(f"\nTraceback (most recent call last):\n  File \"/app/remit/payouts/partner.py\", line {c.r.randint(40, 400)}, in send\n",
      "    resp.raise_for_status()\nrequests.exceptions.HTTPError: 502 Server Error: Bad Gateway for url: ",
      f"https://partner-{c.pick(['ke', 'ph', 'ng'])}.example/b2c/v1/payouts")
    return r


def rem_neg_fx(c):
    return Rec()(_pre(c, "fx-quotes"), f"quote USD->{c.pick(V.CURRENCIES)} mid={c.r.uniform(0.5, 90):.4f} ",
                 f"spread_bps={c.r.randint(20, 150)} provider={c.pick(['Lloyds Bank', 'Santander', 'Barclays', 'J.P. Morgan'])} ",
                 f"corridor_status={c.pick(V.STATUS_WORDS)} destination={c.pick(V.PLACES)}")


def rem_neg_float(c):
    doc = {"alert": "partner_float_low", "partner": c.pick(["gcash", "bkash", "mtn-momo", "Thomas Cook Money"]),
           "balance": float(c.amt(100, 9000)), "threshold": 10000, "owner": c.pick(V.SERVICE_ACCOUNTS),
           "region": c.pick(V.PLACES), "message": c.pick(V.UI_STRINGS)}
    return Rec("json").js(doc, indent=c.pick([None, 2]))


def rem_neg_xml(c):
    r = Rec("xml")
    r(f'<PayoutStatus xmlns="urn:remit:cashpickup:v3" ref="{c.num(10)}">\n  <State>{c.pick(V.STATUS_WORDS)}</State>\n',
      f"  <Agent>{xesc(c.pick(V.COMPANIES))}</Agent>\n  <City>{xesc(c.pick(V.PLACES))}</City>\n</PayoutStatus>")
    return r


# ================================================================ 3. card_issuing
def iss_jpos(c):
    p = c.person()
    pan = V.card(c.r, "plain", c.pick(["visa", "mc", "mc2"]))
    chan_ip = c.ip4()
    mer = c.pick(V.COMPANIES_UP)
    r = Rec("xml")
    r('<log realm="issuer-channel/')(I(chan_ip))(f':8000" at="{c.t()}" lifespan="{c.r.randint(2, 90)}ms">\n  <receive>\n')
    r('    <isomsg direction="incoming">\n      <field id="0" value="0100"/>\n      <field id="2" value="')(C(pan))
    r(f'"/>\n      <field id="3" value="000000"/>\n      <field id="4" value="{c.num(6):0>12}"/>\n')
    r(f'      <field id="11" value="{c.num(6)}"/>\n      <field id="22" value="{c.pick(["051", "071", "010"])}"/>\n')
    if c.chance(0.6):
        r('      <field id="45" value="B')(C(pan))("^")(N(p.sg()))(f'^{c.r.randint(27, 31)}{c.r.randint(1, 12):02d}101{c.num(9)}"/>\n')
    r(f'      <field id="43" value="{xesc(mer):<25}{c.pick(V.PLACES)[:13]:<13}US"/>\n')
    r('      <field id="49" value="840"/>\n    </isomsg>\n  </receive>\n</log>')
    return r


def iss_jit(c):
    p = c.person()
    doc = {"type": "authorization", "state": "PENDING", "token": c.uuid(), "user_token": c.uuid(), "card_token": c.uuid(),
           "amount": float(c.amt()), "card_acceptor": {"name": c.pick(V.COMPANIES_UP), "city": c.pick(V.PLACES), "mcc": "5812"},
           "gpa_order": {"jit_funding": {"method": "pgfs.authorization", "amount": float(c.amt())}},
           "user": {"first_name": N(p.given), "last_name": N(p.family), "email": E(c.em(p)),
                    "phone": P(c.ph(p, "e164"))}}
    if c.chance(0.3):
        doc["card"] = {"pan": C(V.card(c.r, "plain")), "last_four": V.last4(c.r)}
    r = Rec()
    r(_pre(c, "jit-gateway"), "inbound ")
    return r.js(doc, indent=c.pick([None, 2]))


def iss_emboss(c):
    rows = []
    r = Rec()
    r(f"HDR{c.dt().strftime('%Y%m%d')}EMBOSS  BATCH{c.num(6)}  BUREAU=IDEMIA-EU\n")
    for i in range(c.r.randint(1, 3)):
        p = c.person()
        pan = V.card(c.r, "plain", c.pick(["visa", "mc"]))
        name = p.emboss()[:26]
        line2 = c.pick(["", "", c.pick(V.COMPANIES_UP)])[:26]
        r(f"D{i + 1:07d}")(C(pan))(" " * (19 - len(pan)))(f"{c.r.randint(1, 12):02d}{c.r.randint(28, 32)}")
        r(N(name.rstrip()))(" " * (26 - len(name.rstrip())))(f"{line2:<26}{c.pick(['STD', 'EXP', 'PRI'])}\n")
        rows.append(p)
    r(f"TRL{len(rows):07d}")
    return r


def iss_lifecycle(c):
    p = c.person()
    r = Rec()
    r(f"{c.t()} INFO  card.lifecycle card_token={c.uuid()} transition=", c.pick(["UNACTIVATED->ACTIVE", "ACTIVE->SUSPENDED", "SUSPENDED->ACTIVE"]))
    r(f" channel={c.pick(['IVR', 'APP', 'AGENT'])} ssn_last4=")(S(V.last4(c.r)))(" ani=")(P(c.ph(p, c.pick(["e164", "national"]))))
    r(" actor=ops:")(N(c.acct(c.person())))
    return r


def iss_java(c):
    p = c.person()
    dev = c.pick([[N(p.first()), "’s iPhone"], [N(p.first()), "'s Galaxy S24"], ["iPhone de ", N(p.first())], ["Pixel 8"]])
    r = Rec()
    r(f"{c.t()} ERROR [token-svc] c.i.cards.ProvisioningService - Tokenization declined\n")
    r("com.issuer.cards.ProvisioningException: TSP declined for Cardholder{id=", c.num(8), ", firstName='", N(p.given),
      "', lastName='", N(p.family), "', mobile='", P(c.ph(p, "e164")), "'} wallet=", c.pick(["APPLE_PAY", "GOOGLE_PAY"]),
      " deviceName='", dev, "'\n")
    r("\tat com.issuer.cards.ProvisioningService.provision(ProvisioningService.java:214)\n",
      "\tat com.issuer.cards.api.TokenController.push(TokenController.java:88)\n\t... 41 more")
    return r


def iss_neg_echo(c):
    return Rec()(f"{c.t()} INFO  [issuer-channel] 0800 network management echo stan={c.num(6)} ",
                 f"rc=00 peer={c.pick(V.HOSTS)} latency={c.r.randint(3, 90)}ms card={V.masked_pan(c.r)}")


def iss_neg_emboss(c):
    r = Rec()
    r(f"HDR{c.dt().strftime('%Y%m%d')}EMBOSS  BATCH{c.num(6)}  BUREAU=IDEMIA-EU\n")
    for i in range(c.r.randint(1, 3)):
        r(f"D{i + 1:07d}{V.masked_pan(c.r):<19}{c.r.randint(1, 12):02d}{c.r.randint(28, 32)}",
          f"{c.pick(['ACCOUNTS PAYABLE', 'FLEET CARD', 'TRAVEL DEPT', 'VIRTUAL CARD']) + ' ' + c.num(4):<26}",
          f"{c.pick(V.COMPANIES_UP)[:26]:<26}STD\n")
    return r(f"TRL{c.r.randint(1, 3):07d}")


def iss_neg_product(c):
    doc = {"card_product": c.pick(["Marcus Rewards Visa", "Emma Debit", "Albert Cash Card", "Cleo Credit Builder"]),
           "bin": c.num(6), "program": c.pick(V.STATUS_WORDS), "issuer": c.pick(V.COMPANIES), "config_by": c.pick(V.SERVICE_ACCOUNTS)}
    return Rec()(_pre(c, "card-products"), "product updated ").js(doc)


# ================================================================ 4. threeds_acs
def acs_areq(c):
    p = c.person()
    cty = p.countries[0]
    cc = V.PLANS.get(cty, V.PLANS["US"])[0]
    sub = V.phone(c.r, cty if cty in V.PLANS else "US", "e164")[1 + len(cc):]
    doc = {"messageType": "AReq", "messageVersion": c.pick(["2.2.0", "2.3.1"]), "threeDSServerTransID": c.uuid(),
           "deviceChannel": "02", "acctNumber": C(V.card(c.r, "plain")), "cardholderName": N(p.emboss()),
           "email": E(c.em(p)), "mobilePhone": {"cc": cc, "subscriber": P(sub)}, "billAddrCity": c.pick(V.PLACES),
           "browserIP": I(c.ip()), "browserUserAgent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0.6723.91",
           "purchaseAmount": str(c.r.randint(100, 90000)), "purchaseCurrency": "978", "merchantName": c.pick(V.COMPANIES)}
    r = Rec()
    if c.chance(0.5):
        r(_pre(c, "acs-3ds"), "AReq received: ")
        return r.js(doc)
    return Rec("json").js(doc, indent=2)


def acs_otp(c):
    p = c.person()
    msg = c.pick([["Your code for ", c.pick(V.COMPANIES), " is ", c.num(6)],
                  ["Hola ", N(p.first()), ", tu código de verificación es ", c.num(6)],
                  ["Bonjour ", N(p.full()), ", code de sécurité : ", c.num(6)]])
    r = Rec()
    r(f"{c.t()} INFO acs.challenge otp.dispatch channel=SMS msisdn=", P(c.ph(p, "digits")))
    r(f" acsTransID={c.uuid()} cardholder=\"", N(p.full() if c.chance() else p.emboss()), "\" text=\"", msg, "\"")
    return r


def acs_rba(c):
    p = c.person()
    r = Rec()
    r(f"{c.t()} DEBUG rba.score txn={c.uuid()} score={c.r.randint(1, 999)} decision=", c.pick(["FRICTIONLESS", "CHALLENGE", "REJECT"]))
    r(" browserIP=", I(c.ip()), " shipAddrMatch=", c.pick(["Y", "N"]), " email=", E(c.em(p)),
      " ua=\"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) Safari/605.1.15\"", " ch_name_match=", N(p.upper()))
    return r


def acs_admin(c):
    p, ch = c.people(2)
    r = Rec()
    r(f"[acs-admin] {c.t()} user=", c.pick(["CORP\\", "BANK\\", ""]), N(c.acct(p)), " action=",
      c.pick(["RESET_OTP_LOCK", "UPDATE_PHONE", "WHITELIST_MERCHANT"]), f" pan={V.masked_pan(c.r)} cardholder_email=",
      E(c.em(ch)), " new_phone=", P(c.ph(ch)), " from=", I(c.ip()))
    return r


def acs_rreq(c):
    p = c.person()
    doc = {"messageType": "RReq", "transStatus": c.pick(["Y", "N", "U"]), "authenticationMethod": "02",
           "acsTransID": c.uuid(), "challengeCancel": c.pick(["01", "04"]),
           "cardholderInfo": J("Dear ", N(p.full()), ", please call us to unlock your card")}
    return Rec()(_pre(c, "acs-3ds"), "RReq sent to DS ").js(doc, indent=c.pick([None, 2]), ascii=c.chance(0.4))


def acs_neg_preq(c):
    doc = {"messageType": "PRes", "serialNum": c.code(12), "cardRangeData": [
        {"startRange": c.num(16), "endRange": c.num(16), "actionInd": c.pick(["A", "D", "M"]),
         "acsInfoInd": ["01", "02"]} for _ in range(c.r.randint(1, 3))]}
    return Rec()(_pre(c, "ds-cache"), "card range refresh ").js(doc)


def acs_neg_err(c):
    doc = {"messageType": "Erro", "errorCode": c.pick(["201", "203", "305"]), "errorComponent": "A",
           "errorDescription": c.pick(["Format of one or more elements is invalid", "Required element missing"]),
           "errorDetail": c.pick(["cardholderName", "email", "mobilePhone.subscriber", "browserIP"])}
    return Rec("json").js(doc, indent=c.pick([None, 2]))


def acs_neg_app(c):
    return Rec()(_pre(c, "acs-3ds"), f"AReq deviceChannel=01 sdkAppID={c.uuid()} acctNumber={V.masked_pan(c.r)} ",
                 f"merchantName=\"{c.pick(V.COMPANIES)}\" billAddrCity={c.pick(V.PLACES)} result={c.pick(V.STATUS_WORDS)}")


# ================================================================ 5. bnpl_checkout
def bnpl_session(c):
    p = c.person()
    doc = {"purchase_country": p.countries[0], "purchase_currency": c.pick(["SEK", "EUR", "USD", "GBP"]),
           "order_amount": c.r.randint(1000, 90000), "billing_address": {
               "given_name": N(p.given), "family_name": N(p.family), "email": E(c.em(p)), "phone": P(c.ph(p)),
               "street_address": f"{c.pick(['Storgatan', 'Main St', 'Calle Mayor', 'Hauptstraße'])} {c.r.randint(1, 99)}",
               "city": c.pick(V.PLACES)},
           "merchant_reference1": c.code(10), "options": {"payment_method": c.pick(["pay_later", "pay_in_4", "slice_it"])}}
    return Rec("json").js(doc, indent=c.pick([None, 2]), ascii=c.chance(0.3))


def bnpl_softpull(c):
    p = c.person()
    r = Rec()
    r(_pre(c, "bnpl-decision"), "POST /v1/bureau/softpull applicant=\"", N(p.last_first().upper()), "\" ")
    if c.chance():
        r("ssn=XXX-XX-", S(V.last4(c.r)))
    else:
        r("ssn=", S(V.ssn(c.r, c.pick(["dash", "bare"]))))
    r(f" dob=19{c.r.randint(50, 99)}-0{c.r.randint(1, 9)}-1{c.r.randint(0, 9)} ip=", I(c.ip()),
      f" result={c.pick(['THIN_FILE', 'HIT', 'NO_HIT'])} latency_ms={c.r.randint(80, 900)}")
    return r


def bnpl_ruby(c):
    p = c.person()
    r = Rec()
    r(f"D, [{c.t()} #{c.r.randint(1000, 9999)}] DEBUG -- : Loaded #<Bnpl::Customer id: {c.num(6)}, first_name: \"",
      N(p.given), "\", last_name: \"", N(p.family), "\", email: \"", E(c.em(p)), "\", phone: \"", P(c.ph(p)),
      f"\", credit_limit_cents: {c.r.randint(100, 2000)}00, status: \"{c.pick(['active', 'delinquent'])}\">")
    return r


def bnpl_dialer(c):
    p, ag = c.people(2)
    r = Rec()
    r(f"{c.t()}|collections|campaign=LATE_{c.pick(['15', '30', '60'])}|contact=\"", N(p.last_first()), "\"|phone=",
      P(c.ph(p, "national")), f"|dpd={c.r.randint(5, 90)}|agent=", N(c.acct(ag)), "|outcome=",
      c.pick(["PTP", "NO_ANSWER", "LEFT_VM", "DISPUTE"]))
    if c.chance(0.4):
        r("|note=\"spoke w/ ", N(p.first()), ", promised to pay Friday\"")
    return r


def bnpl_mail(c):
    p = c.person()
    lang = c.pick(["de", "sv", "en", "nl"])
    subj = {"de": "Ihre Rate ist fällig", "sv": "Din faktura förfaller snart", "en": "Your payment is due soon",
            "nl": "Je termijn staat klaar"}[lang]
    greet = {"de": "Hallo ", "sv": "Hej ", "en": "Hi ", "nl": "Hoi "}[lang]
    r = Rec()
    r(_pre(c, "mailer"), f"render template=reminder_{lang} to=\"", N(p.full()), "\" <", E(c.em(p)), f"> subject=\"{subj}\"")
    r(" preview=\"", greet, N(p.first()), f", {c.amt(10, 200)} …\"")
    return r


def bnpl_neg_merchant(c):
    co = c.pick(V.COMPANIES)
    doc = {"event": "merchant.onboarded", "merchant": co, "mcc": c.pick(["5651", "5812", "5999"]),
           "plans": ["pay_in_4", "pay_in_30"], "city": c.pick(V.PLACES), "reviewed_by": c.pick(V.SERVICE_ACCOUNTS)}
    return Rec("json").js(doc, indent=c.pick([None, 2]))


def bnpl_neg_plan(c):
    r = Rec()
    r(_pre(c, "bnpl-plans"), f"schedule plan=pl_{c.hex(12)} installments=4 status={c.pick(V.STATUS_WORDS)}\n")
    for i in range(4):
        r(f"  #{i + 1} due={c.dt().date()} amount={c.amt(10, 90)} state={c.pick(['Scheduled', 'Paid', 'Late'])}\n")
    return r(f"  ui=\"{c.pick(V.UI_STRINGS)}\"")


def bnpl_neg_decision(c):
    return Rec()(_pre(c, "bnpl-decision"), "decision=", c.pick(["APPROVE", "DECLINE"]), f" limit={c.r.randint(100, 2000)} ",
                 f"model=gbm-v{c.r.randint(3, 9)} features={c.r.randint(40, 300)} product=\"{c.pick(V.FINTECH_PRODUCTS)}\"")


# ================================================================ 6. crypto_exchange
def cx_withdraw(c):
    p = c.person()
    asset, net = c.pick([("BTC", "BTC"), ("ETH", "ERC20"), ("USDT", "ERC20"), ("USDT", "ARBITRUM"), ("USDC", "BASE")])
    addr = V.btc_addr(c.r) if asset == "BTC" else V.eth_addr(c.r)
    label = c.pick([[N(p.first()), "'s Ledger"], [N(p.first()), " cold"], ["Kraken main"], ["mum"]])
    doc = {"event": "withdrawal.requested", "uid": int(c.num(8)), "email": E(c.em(p)), "asset": asset,
           "network": net, "address": addr, "address_label": J(*label),
           "amount": c.amt(1, 90), "ip": I(c.ip()), "device": c.pick(["iOS 18.1", "Android 15", "web"])}
    return Rec("json").js(doc, indent=c.pick([None, 2]))


def cx_login(c):
    p = c.person()
    r = Rec()
    r(f"{c.t()} security.login uid={c.num(8)} email=", E(c.em(p)), " ip=", I(c.ip()),
      f" country={p.countries[0]} result={c.pick(['success', 'bad_2fa', 'new_device_hold'])} 2fa=",
      c.pick(["totp", "sms", "passkey"]))
    if c.chance(0.4):
        r(" sms_to=", P(c.ph(p)))
    return r


def cx_apikey(c):
    p = c.person()
    g = fold(p.first()).lower()
    r = Rec()
    r(f"{c.t()} audit apikey.created uid={c.num(8)} label=\"", N(g), f"-{c.pick(['bot', 'grid', 'tax-export'])}-{c.r.randint(1, 9)}\"")
    r(" whitelist=[", I(c.ip4()), ", ", I(c.ip()), "] perms=[read,trade] by=", E(c.em(p)))
    return r


def cx_fiat(c):
    p = c.person()
    ref_name = fold(p.western()).upper()
    r = Rec()
    r(_pre(c, "fiat-deposits"), f"unmatched SEPA credit ref=\"BTC{c.num(5)} ", N(ref_name), "\" debtor=\"",
      N(p.sg().replace("/", " ") if c.chance() else p.full()), f"\" iban=DE{c.num(20)} amount={c.amt(50, 5000)} EUR")
    return r


def cx_p2p(c):
    a, b = c.people(2)
    r = Rec()
    r(f"[p2p-order {c.num(18)}] {c.t()} buyer '", N(c.acct(a)), "' marked paid; seller '", N(c.acct(b)),
      f"' opened appeal reason={c.pick(['NOT_RECEIVED', 'WRONG_AMOUNT'])}\n")
    r("  chat: \"pagué desde la cuenta de ", N(a.full()), ", revisa por favor\"")
    return r


def cx_neg_node(c):
    return Rec()(f"{c.t()} [cardano-node] ChainDB: tip at slot {c.num(9)}, era {c.pick(V.CRYPTO_ERAS)}; ",
                 f"fee {c.r.randint(150000, 900000)} lovelace; peers={c.r.randint(4, 40)} host={c.pick(V.HOSTS)}")


def cx_neg_engine(c):
    doc = {"stream": "trades", "symbol": c.pick(["BTCUSDT", "ETHEUR", "SOLUSDC"]), "px": c.amt(10, 90000), "qty": c.amt(0, 5),
           "maker": c.pick(["mm-bot-7", "mm-bot-2", "otc-desk"]), "taker_side": c.pick(["buy", "sell"])}
    return Rec().js(doc)


def cx_neg_listing(c):
    return Rec()(_pre(c, "listings"), f"announce token={c.pick(['SHELLEY', 'BYRON', 'LOVELACE', 'SATOSHI'])} ",
                 f"status={c.pick(V.STATUS_WORDS)} author={c.pick(V.SERVICE_ACCOUNTS)} title=\"{c.pick(V.UI_STRINGS)}\"")


FAMILIES = {
    "p2p_payments": ([p2p_logfmt, p2p_directory, p2p_feed, p2p_pix, p2p_push, p2p_split, p2p_native],
                     [p2p_neg_business, p2p_neg_velocity, p2p_neg_feed]),
    "remittance_payout": ([rem_transfer, rem_mpesa, rem_namecheck, rem_cash_xml, rem_sms, rem_validate, rem_repr],
                          [rem_neg_fx, rem_neg_float, rem_neg_xml]),
    "card_issuing": ([iss_jpos, iss_jit, iss_emboss, iss_lifecycle, iss_java], [iss_neg_echo, iss_neg_emboss, iss_neg_product]),
    "threeds_acs": ([acs_areq, acs_otp, acs_rba, acs_admin, acs_rreq], [acs_neg_preq, acs_neg_err, acs_neg_app]),
    "bnpl_checkout": ([bnpl_session, bnpl_softpull, bnpl_ruby, bnpl_dialer, bnpl_mail],
                      [bnpl_neg_merchant, bnpl_neg_plan, bnpl_neg_decision]),
    "crypto_exchange": ([cx_withdraw, cx_login, cx_apikey, cx_fiat, cx_p2p], [cx_neg_node, cx_neg_engine, cx_neg_listing]),
}
