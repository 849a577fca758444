"""pack_y families 1-6: till journals, POSLog/TLOG, PIN pads, returns desk, self-checkout, cash office."""

from __future__ import annotations

from datetime import timedelta

from core import (
    CC,
    COMPANIES,
    COMPANIES_UP,
    EM,
    IPV,
    NM,
    PH,
    PLACES,
    SS,
    STATUS,
    UI_STRINGS,
    J,
    L,
    X,
    cat,
    csvrow,
    form_of,
    join,
    pad,
    pyq,
    title,
    version,
    xesc,
)

# ================================================================ 1. pos_electronic_journal


def _ej_items(g, k=None):
    out = F0()
    tot = 0.0
    for _ in range(k or g.ri(1, 4)):
        a = float(g.amt(0.5, 60))
        tot += a
        out = out + "  " + g.ean() + "  " + pad(g.product(), 28) + f"{a:>9.2f}\n"
    return out, tot


def F0():
    return L("")


def ej_block(g):
    op, mgr = g.person(), g.person()
    items, tot = _ej_items(g)
    opf = form_of(op, g.c(["FAMILY_G", "UP", "FAMILY_G"]))
    head = cat(f"=== EJ STORE {g.store()} REG {g.reg()} ", "=" * 20, "\n",
               f"{g.ts('ej')}  TRAN {g.txn()}  OPR {g.ri(1000, 9999)} ", NM(opf), "\n")
    body = head + items
    if g.chance(0.6):
        body = body + "  PRICE OVRD  " + f"{g.amt(2, 30)}" + "  MGR " + str(g.ri(9000, 9999)) + " " + \
            NM(form_of(mgr, g.c(["FAMILY_G", "UP"]))) + "\n"
    else:
        body = body + "  LINE VOID   APPROVED BY " + NM(mgr.FAMILY_G) + "\n"
    body = body + f"  SUBTOTAL {tot:>40.2f}\n" + "  VISA " + g.mask() + f"{tot:>31.2f}\n"
    if g.chance(0.5):
        cu = g.person()
        body = body + "  CUST: " + NM(cu.UP) + f"  LOYALTY {g.ri(10**9, 10**10 - 1)}\n"
    return body + "END TRAN"


def ej_syslog_signon(g):
    op = g.person(native=True)
    acct = g.acct(op)
    host = f"pos-{g.store()}-r{g.reg()}.stores.example"
    return cat(f"<134>1 {g.ts('iso')} {host} posd {g.ri(900, 30000)} SIGNON [op@32473 id=\"{g.ri(1000, 9999)}\" ",
               'login="', NM(acct), '" name="', NM(op.full), f'"] operator signed on drawer={g.ri(1, 4)} ',
               f"float={g.ri(100, 300)}.00 client=", IPV(g.ip(0.25)))


def ej_log4j_void(g):
    cash, mgr = g.person(), g.person()
    appr = g.c(["lf", "full", "acct"])
    av = NM(g.acct(mgr)) if appr == "acct" else '"' + NM(form_of(mgr, appr)) + '"'
    return cat(f"{g.ts('log')} WARN  [TillSession-{g.ri(1, 9)}] c.r.pos.void.LineVoidHandler - line void over "
               f"limit: txn={g.txn()} amount={g.amt(20, 300)} cashier=", NM(g.acct(cash)), " approver=", av,
               f" reason={g.c(['SCAN_ERROR', 'CUSTOMER_CHANGED_MIND', 'PRICE_DISPUTE', 'DAMAGED'])}")


def ej_stacktrace(g):
    op, cu = g.person(), g.person(native=True)
    login = g.acct(op)
    ph = g.phone(cu)
    return cat(f"{g.ts('log')} ERROR [tender-pool-{g.ri(1, 8)}] com.retail.pos.tender.TenderService - tender failed\n",
               "com.retail.pos.tender.TenderDeclinedException: Declined by host for Transaction{store=", g.store(),
               f", register={g.reg()}, seq={g.txn()}, operator=Operator{{id={g.ri(1000, 9999)}, name='",
               NM(op.full), "', login='", NM(login), f"'}}, customer=Customer{{id={g.ri(10000, 99999)}, name='",
               NM(cu.full), "', phone='", PH(ph), "'}}}\n",
               "\tat com.retail.pos.tender.TenderService.authorise(TenderService.java:212)\n",
               "\tat com.retail.pos.tender.TenderService.tender(TenderService.java:148)\n",
               "\tat com.retail.pos.flow.CheckoutFlow.onTender(CheckoutFlow.java:77)\n",
               "\t... 14 more")


def ej_ereceipt(g):
    cu, cash = g.person(native=True), g.person()
    em = g.email(cu)
    return cat(f"{g.ts('iso')} ej-mailer INFO ereceipt queued txn={g.store()}-{g.reg()}-{g.txn()} to=<", EM(em),
               '> cust="', NM(cu.full), '" served_by=', NM(cash.given), f" template=receipt_v{g.ri(2, 5)}")


def ej_nosale_lang(g):
    lang = g.c(["de", "es", "fr"])
    trad = {"de": g.c(["de", "de_at", "tr", "pl"]), "es": g.c(["es", "es_mx", "ca"]), "fr": g.c(["fr", "ar_mag"])}[lang]
    c, m = g.person(trad=trad), g.person(trad=trad)
    acct = g.acct(c)
    if lang == "de":
        return cat(f"{g.ts('eu')} Kasse {g.reg()}: Schublade ohne Verkauf geöffnet von Kassierer ", NM(c.full),
                   " (", NM(acct), "), freigegeben durch Marktleitung ", title(m, "de") + " ", NM(m.full))
    if lang == "es":
        return cat(f"{g.ts('eu')} Caja {g.reg()}: cajón abierto sin venta por ", NM(c.full), " (usuario ",
                   NM(acct), "), autorizado por el encargado ", NM(m.g_family))
    return cat(f"{g.ts('eu')} Caisse {g.reg()} : ouverture tiroir sans vente par ", NM(c.full), " [", NM(acct),
               "], validée par ", title(m, "fr") + " ", NM(m.family))


def ej_postvoid_table(g):
    rows = []
    for _ in range(g.ri(2, 4)):
        a, b = g.person(), g.person()
        rows.append(cat(pad(g.txn(), 7), pad(g.ts("hm"), 7), pad(g.reg(), 5), pad(NM(g.acct(a)), 20),
                        pad(NM(g.acct(b)), 17), pad(g.amt(5, 200), 8, right=True)))
        g.t0 = g.t0 + timedelta(minutes=g.ri(3, 50))
    return cat(f"$ ejview --store {g.store()} --type POSTVOID --date {g.ts('date')}\n",
               "SEQ    TIME   REG  OPERATOR            AUTH BY          AMOUNT\n", join("\n", rows))


def ej_neg_block(g):
    items, tot = _ej_items(g)
    op = g.c(["TRAINING", "SELF CHECKOUT 07", "SCO LANE 4", "POSADMIN", "TEST OPERATOR"])
    return cat(f"=== EJ STORE {g.store()} REG {g.reg()} ", "=" * 20, "\n",
               f"{g.ts('ej')}  TRAN {g.txn()}  OPR {g.ri(1, 9):04d} {op}\n", items,
               f"  SUBTOTAL {tot:>40.2f}\n", "  CASH", f"{tot + 5:>45.2f}\n", "  CHANGE", f"{5:>43.2f}\n",
               "  ", g.c(UI_STRINGS), "\nEND TRAN")


def ej_neg_syslog(g):
    host = f"pos-{g.store()}-r{g.reg()}.stores.example"
    acct = g.c(["SCO_SUPERVISOR", "svc_pos", "POSADMIN", "till-agent"])
    nm = g.c(["Self Checkout 07", "Training Operator", "Store Manager Terminal", "Back Office"])
    return cat(f"<134>1 {g.ts('iso')} {host} posd {g.ri(900, 30000)} SIGNON [op@32473 id=\"{g.ri(1, 99):04d}\" ",
               f'login="{acct}" name="{nm}"] operator signed on drawer=0 float=0.00 app={version(g.r)}')


def ej_neg_void(g):
    return cat(f"{g.ts('log')} WARN  [TillSession-{g.ri(1, 9)}] c.r.pos.void.LineVoidHandler - line void over "
               f"limit: txn={g.txn()} amount={g.amt(20, 300)} cashier={g.c(['SCO07', 'svc_pos', 'TRAINING'])} "
               f"approver=AUTO reason={g.c(['SCAN_ERROR', 'DUPLICATE_SCAN'])} item=\"{g.product(True)}\"")


def ej_neg_upload(g):
    return cat(f"{g.ts('log')} INFO  [ej-upload] svc-ejupload uploaded {g.ri(50, 900)} journals for store "
               f"{g.store()} ({g.c(PLACES)}) build {version(g.r)} status={g.c(STATUS)}")


# ================================================================ 2. poslog_transactions


def pl_xml(g):
    op, cu = g.person(), g.person(native=True)
    em = g.email(cu)
    lines = []
    for _ in range(g.ri(1, 3)):
        lines.append(cat("      <LineItem><Sale><ItemID>", g.sku(), "</ItemID><Description>", xesc(g.product()),
                         "</Description><ExtendedAmount>", g.amt(1, 80), "</ExtendedAmount></Sale></LineItem>\n"))
    doc = cat('<POSLog xmlns="http://www.nrf-arts.org/IXRetail/namespace/" MajorVersion="6">\n',
              "  <Transaction>\n",
              f"    <RetailStoreID>{g.store()}</RetailStoreID>\n    <WorkstationID>{g.reg()}</WorkstationID>\n",
              f"    <SequenceNumber>{g.txn()}</SequenceNumber>\n",
              '    <OperatorID OperatorName="', xesc(NM(op.full), True), f'">{g.ri(1000, 9999)}</OperatorID>\n',
              "    <RetailTransaction>\n", join("", lines),
              "      <Customer>\n", f"        <CustomerID>{g.ri(10**7, 10**8 - 1)}</CustomerID>\n",
              '        <Name><Name TypeCode="GivenName">', xesc(NM(cu.given)),
              '</Name><Name TypeCode="FamilyName">', xesc(NM(cu.family)), "</Name></Name>\n",
              "        <EMail><EMailAddress>", EM(em), "</EMailAddress></EMail>\n      </Customer>\n",
              '      <Tender TenderType="CreditDebit"><Amount>', g.amt(5, 200), "</Amount><CreditDebit CardType=\"",
              g.c(["Visa", "MasterCard", "Amex"]), '"><PrimaryAccountNumber>', g.mask(),
              "</PrimaryAccountNumber></CreditDebit></Tender>\n",
              "    </RetailTransaction>\n  </Transaction>\n</POSLog>")
    return cat(f"{g.ts('log')} DEBUG [poslog-writer] emitting POSLog\n", X(doc))


def pl_json_event(g):
    op, cu = g.person(), g.person(native=True)
    ev = {"type": "TransactionCompleted", "store": g.store(), "register": g.ri(1, 24), "seq": g.ri(1000, 99999),
          "cashier": {"id": str(g.ri(1000, 9999)), "login": NM(g.acct(op)), "displayName": NM(op.full)},
          "customer": {"loyaltyId": str(g.ri(10**9, 10**10 - 1)), "firstName": NM(cu.given),
                       "lastName": NM(cu.family), "phone": PH(g.phone(cu))},
          "total": float(g.amt()), "currency": g.c(["GBP", "EUR", "USD", "AUD"])}
    return cat(f"{g.ts('iso')} kafka-producer topic=store.tlog.v2 partition={g.ri(0, 11)} value=",
               J(ev, ea=g.chance(0.3)))


def pl_escaped_payload(g):
    op, cu = g.person(), g.person(native=True)
    inner = {"operator": NM(g.acct(op)), "customer": {"name": NM(cu.full), "email": EM(g.email(cu))},
             "lines": g.ri(1, 9), "total": g.amt()}
    outer = {"ts": g.ts("isoz"), "topic": "store.tlog", "key": f"{g.store()}-{g.reg()}-{g.txn()}",
             "payload": J(inner, ea=g.chance(0.4))}
    return J(outer)


def pl_csv(g):
    hdr = "store,register,trans,datetime,operator_id,operator_name,customer_last,customer_first,total"
    rows = [L(hdr)]
    for i in range(g.ri(2, 4)):
        op = g.person()
        opn = NM(op.lf) if g.chance(0.5) else NM(op.full)
        if g.chance(0.6):
            cu = g.person()
            cl, cf = NM(cu.family), NM(cu.given)
        else:
            cl, cf = "", ""
        rows.append(csvrow([g.store(), g.reg(), g.txn(), g.ts("log", i * 300)[:19], str(g.ri(1000, 9999)), opn,
                            cl, cf, g.amt()]))
    return cat(f"# tlog_export {g.ts('date')} store batch\n", join("\n", rows))


def pl_sql(g):
    cu = g.person(native=True)
    key = f"{g.store()}-{g.reg()}-{g.txn()}"
    if g.chance(0.5):
        return cat(f"{g.ts('log')} INFO sqlalchemy.engine.Engine INSERT INTO tlog_customer (trans_key, first_name, "
                   "last_name, email, phone) VALUES (%(trans_key)s, %(first_name)s, %(last_name)s, %(email)s, "
                   "%(phone)s)\n", f"{g.ts('log')} INFO sqlalchemy.engine.Engine [generated in 0.00031s] ",
                   "{'trans_key': '", key, "', 'first_name': ", pyq(NM(cu.given)), ", 'last_name': ",
                   pyq(NM(cu.family)), ", 'email': '", EM(g.email(cu)), "', 'phone': '", PH(g.phone(cu)), "'}")
    return cat("LOG:  statement: INSERT INTO tlog_customer (trans_key, first_name, last_name, email) VALUES ('", key,
               "', '", NM(cu.given.replace("'", "''")), "', '", NM(cu.family.replace("'", "''")), "', '",
               EM(g.email(cu)), "');")


def pl_credit_app(g):
    ap, assoc = g.person(trad=g.c(["en_us", "en_us", "es_mx", "cari", "hi", "ko", "yo"])), g.person()
    if g.chance(0.6):
        doc = {"applicationId": f"PLCC-{g.ri(10**7, 10**8 - 1)}", "channel": "POS", "store": g.store(),
               "associate": NM(g.acct(assoc)),
               "applicant": {"firstName": NM(ap.given), "lastName": NM(ap.family),
                             "ssn": SS(g.ssn(g.c(["dash", "bare"]))), "dob": f"19{g.ri(50, 99)}-0{g.ri(1, 9)}-1{g.ri(0, 9)}",
                             "mobile": PH(g.phone(plan="US"))},
               "decision": g.c(["APPROVED", "PENDING_REVIEW", "DECLINED"]), "creditLine": g.ri(3, 30) * 100}
        return cat(f"{g.ts('log')} INFO [instant-credit] bureau response\n", J(doc, indent=2))
    return cat(f"{g.ts('iso')} level=info msg=\"instant credit prescreen\" lane={g.reg()} associate=",
               NM(g.acct(assoc)), ' applicant="', NM(ap.UP), '" ssn_last4=', SS(g.ssn4()),
               f" result={g.c(['PREAPPROVED', 'NO_OFFER'])}")


def pl_neg_xml(g):
    doc = cat('<POSLog xmlns="http://www.nrf-arts.org/IXRetail/namespace/" MajorVersion="6">\n  <Transaction>\n',
              f"    <RetailStoreID>{g.store()}</RetailStoreID>\n    <WorkstationID>{g.reg()}</WorkstationID>\n",
              f"    <SequenceNumber>{g.txn()}</SequenceNumber>\n",
              f'    <OperatorID OperatorName="{g.c(["Self Checkout 07", "Training Mode", "SCO Lane 4"])}">0001</OperatorID>\n',
              "    <RetailTransaction>\n      <LineItem><Sale><ItemID>", g.sku(), "</ItemID><Description>",
              xesc(g.product(True)), "</Description><ExtendedAmount>", g.amt(1, 50),
              "</ExtendedAmount></Sale></LineItem>\n",
              f'      <Tender TenderType="Cash"><Amount>{g.amt(1, 50)}</Amount></Tender>\n',
              "    </RetailTransaction>\n  </Transaction>\n</POSLog>")
    return cat(f"{g.ts('log')} DEBUG [poslog-writer] emitting POSLog\n", X(doc))


def pl_neg_json(g):
    ev = {"type": g.c(["TransactionCompleted", "TransactionVoided", "TillOpened"]), "store": g.store(),
          "register": g.ri(1, 24), "seq": g.ri(1000, 99999),
          "cashier": {"id": "0001", "login": g.c(["svc_pos", "SCO_SUPERVISOR", "till-agent"]),
                      "displayName": g.c(["Training Operator", "Self Checkout", "Back Office"])},
          "storeName": g.c(PLACES) + " " + g.c(["High Street", "Retail Park", "Mall", "Centre"]),
          "total": float(g.amt()), "appVersion": version(g.r)}
    return cat(f"{g.ts('iso')} kafka-producer topic=store.tlog.v2 partition={g.ri(0, 11)} value=", J(ev))


def pl_neg_csv(g):
    rows = [L("store,register,trans,datetime,operator_id,operator_name,customer_last,customer_first,total")]
    for i in range(g.ri(2, 4)):
        rows.append(csvrow([g.store(), g.reg(), g.txn(), g.ts("log", i * 300)[:19], "0001",
                            g.c(["SCO", "TRAINING", "Self Checkout", "ONLINE RETURNS"]), "", "", g.amt()]))
    return join("\n", rows)


def pl_neg_sql(g):
    return cat(f"LOG:  statement: UPDATE store_config SET display_name = '{g.c(PLACES)} {g.c(['Retail Park', 'Central', 'Outlet'])}', "
               f"status = '{g.c(STATUS)}' WHERE store_id = '{g.store()}';")


# ================================================================ 3. pinpad_emv_terminal


def pp_tlv(g):
    cu = g.person()
    pan = g.card(fmt="plain")
    nm = cu.slash
    padn = nm + " " * max(0, 26 - len(nm))
    lines = [L(f"[EMV ] {g.ts('hm')}:{g.ri(10, 59)}.{g.ri(100, 999)} GPO OK AIP=1980 AFL=08010100"),
             cat(f"[EMV ] 5A   {len(pan) // 2:02X}  ", CC(pan)),
             cat(f"[EMV ] 5F20 {len(padn):02X}  \"", NM(nm), padn[len(nm):] + '"'),
             L(f"[EMV ] 5F24 03  {g.ri(26, 31)}{g.ri(1, 12):02d}31"),
             L(f"[EMV ] 9F1E 08  {g.ri(10**7, 10**8 - 1)}"),
             L(f"[EMV ] 9F26 08  {''.join(g.c('0123456789ABCDEF') for _ in range(16))}"),
             L(f"[EMV ] 95   05  {g.c(['0000008000', '0000000000', '8000048000'])}")]
    return join("\n", lines)


def pp_receipt(g):
    cu, cl = g.person(), g.person()
    lbl = g.c([("CARDHOLDER", "CLERK", "MERCHANT COPY"), ("TITULAR", "ATENDIDO POR", "COPIA COMERCIO"),
               ("KARTENINHABER", "KASSIERER", "HÄNDLERBELEG"), ("TITULAIRE", "VENDEUR", "TICKET COMMERCANT")])
    return cat(f"{lbl[2]:^32}\n", f"STORE {g.store()}   TID {g.ri(10**7, 10**8 - 1)}\n",
               f"{g.c(['VISA CREDIT', 'MASTERCARD', 'DEBIT MASTERCARD', 'AMEX'])}\n", g.mask(), "\n",
               f"AID A00000000{g.ri(3, 4)}1010\n", lbl[0], ": ", NM(cu.UP), "\n",
               f"SALE {g.c(['GBP', 'EUR', 'USD'])} {g.amt()}\n", f"AUTH CODE {g.ri(100000, 999999)}\n",
               lbl[1], ": ", NM(form_of(cl, g.c(["given", "given", "given_f"]))), "\n",
               g.c(UI_STRINGS))


def pp_semi_json(g):
    cu, op = g.person(), g.person()
    doc = {"transactionId": f"T{g.ri(10**9, 10**10 - 1)}", "result": g.c(["APPROVED", "DECLINED", "APPROVED"]),
           "cardholderName": NM(g.c([cu.slash, cu.UP])), "maskedPan": g.mask(),
           "entryMode": g.c(["CHIP", "CONTACTLESS", "SWIPE"]), "cashier": NM(g.acct(op)), "lane": g.ri(1, 20),
           "terminal": {"model": g.c(["V400m", "Lane/3000", "Move/5000"]), "fw": version(g.r)}}
    return cat(f"{g.ts('log')} DEBUG [eft-bridge] << terminal response\n", J(doc, indent=g.c([2, 4])))


def pp_check_auth(g):
    cu = g.person(trad=g.c(["en_us", "en_us", "es_mx", "cari", "nav", "ko"]))
    return cat(f"{g.ts('sys')} eft-gw-us1 chkauth[{g.ri(100, 9999)}]: CHKAUTH store={g.store()} lane={g.reg()} ",
               f"dl_state={g.c(['TX', 'CA', 'NY', 'FL', 'AZ'])} dl=****{g.last4()} name=\"", NM(cu.UP),
               '" ssn4=', SS(g.ssn4()), " phone=", PH(g.phone(plan="US")),
               f" amount={g.amt(20, 900)} result={g.c(['APPROVED', 'DECLINED CODE 3', 'REFER'])}")


def pp_tms_login(g):
    t = g.person()
    return cat(f"{g.ts('sys')} tms01 term-mgr[{g.ri(100, 9999)}]: tech login user=", NM(g.acct(t)), " from ",
               IPV(g.ip()), f" to terminal SN {g.ri(100, 999)}-{g.ri(100, 999)}-{g.ri(100, 999)} (lane {g.reg()}), ",
               "reason=\"", g.c(["key injection", "param download", "replace PIN pad"]), '" ticket=', g.c(["INC", "CHG"]),
               str(g.ri(10**5, 10**6 - 1)))


def pp_manual_entry(g):
    op, mgr = g.person(), g.person()
    return cat(f"{g.ts('log')} WARN  [ManualEntryGuard] manual PAN entry lane={g.reg()} pan=", CC(g.card()),
               f" exp={g.ri(1, 12):02d}/{g.ri(26, 31)} by ", NM(g.acct(op)), " approved_by ", NM(g.acct(mgr)),
               " note=\"", g.c(["chip damaged", "card not reading", "phone order at counter"]), '"')


def pp_lang(g):
    lang = g.c(["pt", "es", "it"])
    cu = g.person(trad={"pt": g.c(["pt", "pt_br"]), "es": g.c(["es", "es_mx", "es_ar"]), "it": "it"}[lang])
    op = g.person(trad=cu.trad)
    msg = {"pt": ("Transação aprovada", "Titular", "Operador"), "es": ("Transacción aprobada", "Titular", "Cajero"),
           "it": ("Transazione approvata", "Titolare", "Operatore")}[lang]
    return cat(f"{g.ts('eu')} TPV{g.reg()} {msg[0]} - {msg[1]}: ", NM(cu.UP), f" - {msg[2]}: ", NM(op.given),
               f" - NSU {g.ri(10**5, 10**6 - 1)} - {g.amt()}")


def pp_neg_tlv(g):
    nm = g.c(["VALUED CUSTOMER", "CARDHOLDER", "VISA CARDHOLDER", "DEBIT CARD", "/"])
    padn = nm + " " * (26 - len(nm))
    return join("\n", [L(f"[EMV ] {g.ts('hm')}:{g.ri(10, 59)}.{g.ri(100, 999)} GPO OK AIP=1980 AFL=08010100"),
                       L(f"[EMV ] 5A   08  {g.mask()}"), L(f"[EMV ] 5F20 1A  \"{padn}\""),
                       L(f"[EMV ] 9F1E 08  {g.ri(10**7, 10**8 - 1)}"),
                       L("[EMV ] 9F33 03  E0F8C8"), L("[EMV ] 9F35 01  22")])


def pp_neg_heartbeat(g):
    return cat(f"{g.ts('sys')} tms01 term-mgr[{g.ri(100, 9999)}]: heartbeat SN {g.ri(100, 999)}-{g.ri(100, 999)}-"
               f"{g.ri(100, 999)} lane {g.reg()} fw={version(g.r)} status={g.c(['Online', 'Idle', 'Offline'])} "
               f"keys={g.c(['DUKPT OK', 'KIF-SVC injected', 'expired'])}")


def pp_neg_receipt(g):
    return cat(f"{'CUSTOMER COPY':^32}\n", f"STORE {g.store()}   TID {g.ri(10**7, 10**8 - 1)}\n",
               "VISA CREDIT\n", g.mask(), "\n", f"SALE GBP {g.amt()}\n", "CARDHOLDER: VISA CREDIT\n",
               g.c(["Signature Not Required", "PIN Verified", "Contactless"]), "\n", g.c(UI_STRINGS))


def pp_neg_json(g):
    doc = {"transactionId": f"T{g.ri(10**9, 10**10 - 1)}", "result": "DECLINED",
           "cardholderName": g.c(["", "CARDHOLDER", "VALUED CUSTOMER"]), "maskedPan": g.mask(),
           "entryMode": "CHIP", "cashier": g.c(["SCO07", "svc_pos"]), "lane": g.ri(1, 20),
           "terminal": {"model": g.c(["V400m", "Lane/3000"]), "fw": version(g.r)}}
    return cat(f"{g.ts('log')} DEBUG [eft-bridge] << terminal response\n", J(doc, indent=2))


# ================================================================ 4. returns_refunds_desk


def rt_auth_json(g):
    cu, assoc = g.person(native=True), g.person()
    doc = {"requestId": f"RA-{g.ri(10**6, 10**7 - 1)}", "store": g.store(), "register": g.reg(),
           "associate": {"login": NM(g.acct(assoc)), "name": NM(assoc.full)},
           "customer": {"idType": g.c(["DL", "PASSPORT", "STATE_ID"]), "idNumberMasked": "*****" + g.last4(),
                        "firstName": NM(cu.given), "lastName": NM(cu.family), "phone": PH(g.phone(cu))},
           "items": [{"sku": g.sku(), "desc": g.product(), "price": float(g.amt(5, 150))}],
           "receipted": g.chance(0.4), "decision": g.c(["APPROVE", "APPROVE_WITH_WARNING", "DENY"]),
           "score": g.ri(1, 999)}
    return cat(f"{g.ts('log')} INFO [return-auth] decision\n", J(doc, indent=2, ea=g.chance(0.3)))


def rt_refund_logfmt(g):
    cu, mgr = g.person(), g.person()
    cf = g.c(["lf", "full", "UP"])
    return cat(f"ts={g.ts('isoz')} level=info msg=\"refund issued\" store={g.store()} rma=R-{g.ri(10**6, 10**7 - 1)} "
               "tender=card pan=", CC(g.card()), f" amount={g.amt(5, 400)} customer=\"", NM(form_of(cu, cf)),
               '" approved_by=', NM(g.acct(mgr)))


def rt_noreceipt(g):
    cu, mgr = g.person(), g.person()
    return cat(f"{g.ts('log')} WARN  [NoReceiptReturnPolicy] override by manager ", NM(mgr.full), " (",
               NM(g.acct(mgr)), ") for customer ", NM(cu.UP), f", {g.c(['2nd', '3rd', '4th'])} no-receipt return in "
               f"90 days, value {g.amt(20, 300)}")


def rt_email(g):
    cu, assoc = g.person(native=True), g.person()
    st = g.store()
    return cat("Received: from bo-srv-", st, " (", IPV(g.ip(0.2)), ") by mx1.stores.example; ", g.ts("isoz"), "\n",
               f'From: "Store {st} Returns" <', EM(f"returns.{st}@stores.example"), ">\n",
               'To: "', NM(cu.full), '" <', EM(g.email(cu)), ">\n",
               f"Subject: Your refund for return R-{st}-{g.ri(10**5, 10**6 - 1)}\n",
               f"Date: {g.ts('isoz')}\n", "X-Store-Associate: ", NM(g.acct(assoc)), "\n\n",
               "Hi ", NM(cu.given), f",\nWe have refunded {g.amt(5, 200)} to your card ending {g.last4()}.")


def rt_sql(g):
    cu = g.person()
    return cat(f"{g.ts('log')} DEBUG [velocity] SELECT count(*) FROM returns r JOIN customers c ON c.id = r.customer_id "
               "WHERE c.last_name = '", NM(cu.family.replace("'", "''")), "' AND c.first_name = '",
               NM(cu.given.replace("'", "''")), "' AND r.created_at > now() - interval '90 days'; -- took ",
               str(g.ri(2, 90)), "ms")


def rt_lang(g):
    lang = g.c(["fr", "de", "nl"])
    trad = {"fr": g.c(["fr", "ar_mag", "ht"]), "de": g.c(["de", "tr", "de_at"]), "nl": g.c(["nl", "be_nl"])}[lang]
    cu, m = g.person(trad=trad), g.person(trad=trad)
    if lang == "fr":
        return cat(f"{g.ts('eu')} Remboursement accordé à ", title(cu, "fr") + " ", NM(cu.full), f" (ticket {g.txn()}), "
                   "validé par ", NM(m.g_family), " — motif : article défectueux")
    if lang == "de":
        return cat(f"{g.ts('eu')} Erstattung an ", title(cu, "de") + " ", NM(cu.full), f", Bon {g.txn()}, genehmigt "
                   "von Filialleitung ", NM(m.full), " (Umtausch nicht möglich)")
    return cat(f"{g.ts('eu')} Retour goedgekeurd voor ", title(cu, "nl") + " ", NM(cu.full),
               ", terugbetaling op pinpas, akkoord ", NM(g.acct(m)))


def rt_chat(g):
    a, m, cu = g.person(), g.person(), g.person()
    aa, ma = g.acct(a), g.acct(m)
    return cat(f"[{g.ts('hm')}] ", NM(aa), ": need approval for a no-receipt return at desk 2, customer is ",
               NM(cu.full), "\n", f"[{g.ts('hm', 60)}] ", NM(ma), ": ok approved, put it on R-", g.store(), "-",
               g.txn(), "\n", f"[{g.ts('hm', 120)}] ", NM(aa), ": thanks ", NM(m.given))


def rt_money_center(g):
    cu, a = g.person(trad=g.c(["en_us", "en_us", "es_mx", "cari", "yo", "hi", "vi"])), g.person()
    return cat(f"{g.ts('iso')} moneycenter[{g.ri(100, 9999)}] desk={g.ri(1, 3)} check-cashing enrolment customer=\"",
               NM(g.c([cu.full, cu.LF])), '" ssn=', SS(g.ssn(g.c(["dash", "bare", "dash"]))), " phone=",
               PH(g.phone(plan="US")), " associate=", NM(g.acct(a)), f" check_amount={g.amt(100, 2500)} "
               f"decision={g.c(['ENROLLED', 'REVIEW', 'DECLINED'])}")


def rt_neg_rtv(g):
    return cat(f"{g.ts('log')} INFO  [rtv] return-to-vendor batch RTV-{g.ri(10**5, 10**6 - 1)} to ",
               g.c(COMPANIES), f": {g.ri(2, 60)} units, carrier collection {g.ts('date')}, status={g.c(STATUS)}")


def rt_neg_restock(g):
    return cat(f"ts={g.ts('isoz')} level=info msg=\"returned item restocked\" store={g.store()} sku={g.sku()} "
               f"desc=\"{g.product(True)}\" by={g.c(['svc_returns', 'AUTO', 'BATCH01'])} condition="
               f"{g.c(['RESALEABLE', 'DAMAGED', 'OPEN_BOX'])}")


def rt_neg_policy(g):
    doc = {"policy": "returns", "version": version(g.r), "windowDays": g.c([14, 28, 30, 60, 90]),
           "noReceiptLimit": g.ri(1, 5), "managerOverride": g.chance(0.5),
           "messages": {"en": "Return Approved", "de": "Rückgabe genehmigt", "fr": "Retour accepté",
                        "es": "Devolución aprobada"}}
    return cat(f"{g.ts('log')} INFO [config] loaded ", J(doc))


def rt_neg_summary(g):
    return cat(f"{g.ts('log')} INFO  [refund-batch] store {g.store()} {g.c(PLACES)}: {g.ri(3, 90)} refunds, "
               f"{g.ri(0, 9)} overrides, total {g.amt(100, 4000)}, operator summary generated by {g.svc()}")


# ================================================================ 5. self_checkout_sco


def sco_logfmt(g):
    a = g.person()
    return cat(f"ts={g.ts('isoz')} lane=SCO-{g.ri(1, 16):02d} event=intervention type=",
               g.c(["WEIGHT_MISMATCH", "UNEXPECTED_ITEM", "ITEM_REMOVED", "COUPON_CHECK", "BAG_CHECK"]),
               " cleared_by=", NM(g.acct(a)), f" clear_ms={g.ri(900, 60000)}")


def sco_age(g):
    a = g.person()
    f = g.c(["given_f", "given", "full"])
    return cat(f"[SCO-{g.ri(1, 16):02d}] {g.ts('log')} Age-restricted item ({g.c(['ALCOHOL', 'TOBACCO', 'KNIVES', 'SOLVENTS'])})"
               " approved by attendant ", NM(form_of(a, f)), f" (id {g.ri(1000, 9999)})")


def sco_hht_json(g):
    a = g.person(native=True)
    doc = {"device": f"hht-zebra-{g.ri(1, 30):02d}", "attendant": {"login": NM(g.acct(a)), "name": NM(a.full)},
           "lane": g.ri(1, 16), "action": g.c(["VOID_ITEM", "APPROVE_AGE", "SUSPEND", "PRICE_CHECK"]),
           "deviceIp": IPV(g.ip(0.2)), "ts": g.ts("isoz")}
    return cat("sco-hub: ", J(doc, compact=g.chance(0.5), ea=g.chance(0.3)))


def sco_traceback(g):
    a, m = g.person(), g.person(native=True)
    return cat("Traceback (most recent call last):\n",
               '  File "/opt/sco/lane.py", line 212, in clear_intervention\n    self.bus.publish(evt)\n',
               '  File "/opt/sco/bus.py", line 88, in publish\n    raise PublishError(f"cannot publish {evt!r}")\n',
               f"sco.errors.PublishError: cannot publish Intervention(lane={g.ri(1, 16)}, kind='WEIGHT', ",
               "attendant=Attendant(login=", pyq(NM(g.acct(a))), ", name=", pyq(NM(a.full)), "), member=Member(name=",
               pyq(NM(m.full)), ", phone=", pyq(PH(g.phone(m))), "))")


def sco_loyalty(g):
    cu = g.person()
    return cat(f"{g.ts('sys')} sco{g.ri(1, 16):02d}.s{g.store()}.retail.local scoapp[{g.ri(100, 9999)}]: loyalty attach "
               f"member={g.ri(10**9, 10**10 - 1)} name=\"", NM(g.c([cu.UP, cu.full])), '" phone=', PH(g.phone(cu)),
               f" tier={g.c(['GOLD', 'SILVER', 'BASIC'])}")


def sco_cjk(g):
    lang = g.c(["ja", "ko", "zh"])
    a = g.person(langs={"ja": ["ja"], "ko": ["ko"], "zh": ["zh", "zh_tw"]}[lang])
    acct = g.acct(a)
    if lang == "ja":
        return cat(f"{g.ts('log')} セルフレジ{g.ri(1, 12):02d} 年齢確認 承認者: ", NM(a.full), " (", NM(acct), ")")
    if lang == "ko":
        return cat(f"{g.ts('log')} 셀프계산대 {g.ri(1, 12)}번 연령 확인 승인: ", NM(a.full), " [", NM(acct), "]")
    return cat(f"{g.ts('log')} 自助收银{g.ri(1, 12)}号 年龄核验 审批人: ", NM(a.full), " (", NM(acct), ")")


def sco_table(g):
    rows = []
    for i in range(g.ri(2, 4)):
        a = g.person()
        rows.append(cat(pad(f"SCO-{i + 1:02d}", 8), pad(str(g.ri(0, 40)), 8, True), "  ",
                        pad(NM(g.acct(a)), 20), pad(f"{g.ri(3, 60)}s", 6, True)))
    return cat(f"$ scoctl report --store {g.store()} --shift early\n", "LANE    INTERV.  ATTENDANT           AVG\n",
               join("\n", rows))


def sco_neg_logfmt(g):
    return cat(f"ts={g.ts('isoz')} lane=SCO-{g.ri(1, 16):02d} event=intervention type=WEIGHT_MISMATCH "
               f"cleared_by={g.c(['AUTO', 'SCO_SUPERVISOR', 'REMOTE'])} clear_ms={g.ri(900, 60000)} "
               f"ui=\"{g.c(UI_STRINGS)}\"")


def sco_neg_ui(g):
    return cat(f"[SCO-{g.ri(1, 16):02d}] {g.ts('log')} screen={g.c(['Welcome', 'ItemEntry', 'Payment', 'Help'])} "
               f"text=\"{g.c(UI_STRINGS)}\" lang={g.c(['en', 'de', 'fr', 'es', 'ja', 'zh', 'ko', 'pl', 'tr'])}")


def sco_neg_status(g):
    return cat(f"{g.ts('sys')} sco{g.ri(1, 16):02d}.s{g.store()}.retail.local scoapp[{g.ri(100, 9999)}]: lane state "
               f"{g.c(STATUS)} -> {g.c(STATUS)} scale={version(g.r)} printer={g.c(['OK', 'PAPER_LOW', 'JAM'])}")


def sco_neg_table(g):
    rows = [cat(pad(f"SCO-{i + 1:02d}", 8), pad(str(g.ri(0, 40)), 8, True), "  ", pad(g.c(["AUTO", "REMOTE", "-"]), 20),
                pad(f"{g.ri(3, 60)}s", 6, True)) for i in range(g.ri(2, 4))]
    return cat(f"$ scoctl report --store {g.store()} --shift late\n", "LANE    INTERV.  ATTENDANT           AVG\n",
               join("\n", rows))


# ================================================================ 6. cash_office_tills


def co_csv(g):
    rows = [L("date,store,till,operator,float_start,counted,variance,counted_by,witness")]
    for _ in range(g.ri(2, 4)):
        op, cb, w = g.person(), g.person(), g.person()
        a = float(g.amt(100, 300))
        v = g.r.choice([0.0, 0.0, -5.2, 2.5, -12.4, 10.0])
        rows.append(csvrow([g.ts("date"), g.store(), g.reg(), NM(g.c([op.lf, op.full, op.LF])), f"{a:.2f}",
                            f"{a + v:.2f}", f"{v:.2f}", NM(g.acct(cb)), NM(g.acct(w))]))
    return join("\n", rows)


def co_safedrop(g):
    a, b = g.person(), g.person()
    return cat(f"SAFEDROP store={g.store()} till={g.reg()} bag=DB-{g.ri(10000, 99999)} amount={g.ri(2, 20) * 50}.00 "
               "dropped_by=", NM(g.acct(a)), " witnessed_by=", NM(g.acct(b)), f" ts={g.ts('isoz')}")


def co_zread(g):
    c = g.person()
    nm = g.c([c.UP, c.FAMILY_G, c.LF])
    return cat(f"*** Z-READ  STORE {g.store()}  TILL {g.reg()} ***\n", f"DATE {g.ts('uk')}\n",
               "CASHIER  ", NM(nm), "\n", f"GROSS SALES {g.amt(500, 9000):>16}\n", f"REFUNDS     {g.amt(0, 300):>16}\n",
               f"CASH        {g.amt(100, 2000):>16}\n", f"CARD        {g.amt(100, 6000):>16}\n",
               f"NO SALES    {g.ri(0, 9):>16}\n", "*** END ***")


def co_cit(g):
    c1, c2, h = g.person(), g.person(), g.person()
    return cat(f"{g.ts('log')} INFO  [cash-office] CIT collection by {g.c(['Loomis', 'Garda World', 'G4S', 'Brink’s'])}: crew ",
               NM(c1.full), " / ", NM(c2.g_family), f", seals {g.ri(10**6, 10**7 - 1)}-{g.ri(10**6, 10**7 - 1)}, "
               "handed over by ", NM(g.acct(h)), f", bags={g.ri(1, 6)}")


def co_variance_mail(g):
    c, cb, sm = g.person(), g.person(), g.person()
    return cat('From: "', NM(sm.full), '" <', EM(g.email(sm, staff=True)), ">\n", "To: ",
               EM(f"cash.office.{g.store()}@stores.example"), "\n", f"Subject: Till {g.reg()} short\n\n",
               f"Till {g.reg()} was short by {g.amt(1, 40)} on {g.c(['Monday', 'Thursday', 'Saturday'])}; cashier ",
               NM(c.full), ", counted by ", NM(cb.full), ". Please call me on ", PH(g.phone(sm)), " before the audit.\n",
               NM(sm.given))


def co_lang(g):
    lang = g.c(["es", "it", "pl"])
    trad = {"es": g.c(["es", "es_mx", "es_ar", "ca"]), "it": "it", "pl": "pl"}[lang]
    c, s = g.person(trad=trad), g.person(trad=trad)
    if lang == "es":
        return cat(f"{g.ts('eu')} Arqueo de caja {g.reg()}: cajera/o ", NM(c.full), f", descuadre -{g.amt(1, 20)} €, "
                   "supervisado por ", NM(s.full))
    if lang == "it":
        return cat(f"{g.ts('eu')} Chiusura cassa {g.reg()}: operatore ", NM(c.full), f", differenza {g.amt(1, 20)} €, "
                   "verificata da ", NM(s.g_family))
    return cat(f"{g.ts('eu')} Rozliczenie kasy {g.reg()}: kasjer ", NM(c.full), f", różnica {g.amt(1, 20)} zł, "
               "sprawdził(a) ", NM(s.full))


def co_recon_table(g):
    rows = []
    for _ in range(g.ri(2, 4)):
        c = g.person()
        rows.append(cat("| ", pad(g.reg(), 4), " | ", pad(NM(c.FAMILY_G), 22), " | ", pad(g.amt(100, 900), 8, True),
                        " | ", pad(g.amt(100, 900), 8, True), " |"))
    return cat("+------+------------------------+----------+----------+\n",
               "| TILL | CASHIER                | EXPECTED | COUNTED  |\n",
               "+------+------------------------+----------+----------+\n", join("\n", rows),
               "\n+------+------------------------+----------+----------+")


def co_neg_csv(g):
    rows = [L("date,store,till,operator,float_start,counted,variance,counted_by,witness")]
    for _ in range(g.ri(2, 4)):
        a = g.amt(100, 300)
        rows.append(csvrow([g.ts("date"), g.store(), g.reg(), g.c(["SCO", "SYSTEM", "TRAINING"]), a, a, "0.00",
                            g.c(["cash_recon", "AUTO"]), "-"]))
    return join("\n", rows)


def co_neg_cit(g):
    return cat(f"{g.ts('log')} INFO  [cash-office] CIT collection by {g.c(COMPANIES)}: route {g.ri(10, 99)}, "
               f"seals {g.ri(10**6, 10**7 - 1)}, bags={g.ri(1, 6)}, status={g.c(STATUS)}")


def co_neg_zread(g):
    return cat(f"*** Z-READ  STORE {g.store()}  TILL {g.reg()} ***\n", f"DATE {g.ts('uk')}\n",
               f"CASHIER  {g.c(['TRAINING', 'SCO BANK', 'ALL OPERATORS'])}\n",
               f"GROSS SALES {g.amt(500, 9000):>16}\n", f"NO SALES    {g.ri(0, 9):>16}\n",
               f"SUPPLIER    {g.c(COMPANIES_UP)}\n", "*** END ***")


def co_neg_table(g):
    rows = [cat("| ", pad(g.reg(), 4), " | ", pad(g.c(["SCO BANK", "SYSTEM", "FLOAT SAFE"]), 22), " | ",
                pad(g.amt(100, 900), 8, True), " | ", pad(g.amt(100, 900), 8, True), " |") for _ in range(g.ri(2, 4))]
    return cat("| TILL | CASHIER                | EXPECTED | COUNTED  |\n", join("\n", rows))


FAMILIES = [
    ("pos_electronic_journal",
     [ej_block, ej_syslog_signon, ej_log4j_void, ej_stacktrace, ej_ereceipt, ej_nosale_lang, ej_postvoid_table],
     [ej_neg_block, ej_neg_syslog, ej_neg_void, ej_neg_upload]),
    ("poslog_transactions",
     [pl_xml, pl_json_event, pl_escaped_payload, pl_csv, pl_sql, pl_credit_app],
     [pl_neg_xml, pl_neg_json, pl_neg_csv, pl_neg_sql]),
    ("pinpad_emv_terminal",
     [pp_tlv, pp_receipt, pp_semi_json, pp_check_auth, pp_tms_login, pp_manual_entry, pp_lang],
     [pp_neg_tlv, pp_neg_heartbeat, pp_neg_receipt, pp_neg_json]),
    ("returns_refunds_desk",
     [rt_auth_json, rt_refund_logfmt, rt_noreceipt, rt_email, rt_sql, rt_lang, rt_chat, rt_money_center],
     [rt_neg_rtv, rt_neg_restock, rt_neg_policy, rt_neg_summary]),
    ("self_checkout_sco",
     [sco_logfmt, sco_age, sco_hht_json, sco_traceback, sco_loyalty, sco_cjk, sco_table],
     [sco_neg_logfmt, sco_neg_ui, sco_neg_status, sco_neg_table]),
    ("cash_office_tills",
     [co_csv, co_safedrop, co_zread, co_cit, co_variance_mail, co_lang, co_recon_table],
     [co_neg_csv, co_neg_cit, co_neg_zread, co_neg_table]),
]
