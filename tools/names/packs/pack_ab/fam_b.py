"""pack_ab families 7-12: review and privilege, firm e-filing and docketing, notaries, apostille, legal aid,
depositions and litigation support."""

from core import (
    CAPTIONS,
    CC,
    COURTS,
    FIRM_DOMAINS,
    FIRMS,
    IP,
    ORG_PARTIES,
    PH,
    SERVICE_ACCOUNTS,
    SSN,
    STATUTES,
    E,
    Mix,
    N,
    bates,
    card,
    csv_row,
    date,
    fold,
    hexid,
    ip,
    ipv4,
    long_id,
    matter_no,
    money,
    pct,
    phone,
    slug,
    ssn,
    syslog_ts,
    ts_iso,
    ts_sp,
    uuid,
    xesc,
)


def _c(r, seq):
    return r.rng.choice(seq)


def _firm_email(r, p):
    return p.email(r.rng, _c(r, FIRM_DOMAINS))


def _title(p):
    return "Mr." if p.gender == "m" else "Ms."


# ============================================================================ 7. review_privilege_log

_PRIV_DESC = ["Email requesting legal advice regarding indemnification terms",
              "Draft agreement reflecting counsel's comments", "Memorandum prepared at the direction of counsel "
              "in anticipation of litigation", "Email chain forwarding legal advice on regulatory filing"]


def c7_privlog_csv(r):
    rng = r.rng
    r.t("PRIV_ID,BEGBATES,DOC_DATE,DOC_TYPE,AUTHOR,RECIPIENTS,CC,PRIV_BASIS,DESCRIPTION\n")
    for i in range(rng.randint(1, 3)):
        au, rc, cc = r.person(), r.person(), r.person()
        r.f("P{n:05d},{b},{d},Email,", n=rng.randint(1, 9999), b=bates(rng), d=date(rng, "us"))
        if rng.random() < 0.5:
            r.add("\"*", N(au.last_first()), "\",")
        else:
            r.add("\"", N(au.western()), ", Esq.\",")
        r.add("\"", N(rc.last_first()), "; ", _c(r, ["Legal Department", "Board of Directors"]), "\",",
              N(cc.western()), ",", _c(r, ["AC", "AC/WP", "WP"]), ",\"", _c(r, _PRIV_DESC), "\"\n")
    r.t("* denotes attorney").chomp()


def c7_coding_audit(r):
    rng = r.rng
    p = r.person()
    r.f("{ts}.{ms:03d} | CODING | ws={ws} | doc={d} | reviewer=", ts=ts_sp(rng), ms=rng.randint(0, 999),
        ws=rng.randint(1000000, 1999999), d=bates(rng))
    r.add(N(p.acct(rng)), " | field=\"", _c(r, ["Responsiveness", "Privilege", "Hot", "Confidentiality"]),
          "\" | old=\"\" | new=\"", _c(r, ["Responsive", "Privileged - Withhold", "Hot", "AEO"]),
          f"\" | batch=FLR-{rng.randint(1, 999):04d} | client_ip=", IP(ipv4(rng)))


def c7_search_terms(r):
    rng = r.rng
    a, b = r.person(), r.person()
    r.f("SEARCH TERM REPORT  workspace {w}  run {ts}\n", w=rng.randint(1000000, 1999999), ts=ts_sp(rng))
    r.f("{t:<52}{d:>8}{f:>10}{u:>8}\n", t="TERM", d="DOCS", f="W/FAMILY", u="UNIQUE")
    terms = [["\"", N(a.family), "\" w/10 (invoice OR payment)"],
             ["(", N(b.given.split()[0]), " OR \"", N(b.g_family()), "\") AND settle*"],
             ["\"", _c(r, ORG_PARTIES), "\" AND (rebate* OR kickback*)"]]
    for t in terms:
        width = sum(len(x) for x in t)
        r.add(*t).t(" " * max(1, 52 - width))
        r.f("{d:>8}{f:>10}{u:>8}\n", d=rng.randint(0, 9000), f=rng.randint(0, 20000), u=rng.randint(0, 900))
    r.t("Total unique documents: " + str(rng.randint(100, 30000)))


def c7_redaction(r):
    rng = r.rng
    p = r.person()
    r.f("REDACT|{d}|p.{pg}|PII:SSN|last4=", d=bates(rng), pg=rng.randint(1, 40))
    r.add(SSN(ssn(rng)[-4:]), "|subject=", N(p.last_first()), "|by=", N(r.person().acct(rng)),
          f"|{ts_iso(rng)}|box={rng.randint(100, 900)},{rng.randint(100, 900)},{rng.randint(10, 90)},14")


def c7_qc_json(r):
    rng = r.rng
    fl, qc, au = r.person(), r.person(), r.person()
    doc = {"doc": bates(rng), "firstLevel": {"reviewer": N(fl.acct(rng)), "call": "Not Privileged"},
           "qc": {"reviewer": N(qc.western()), "email": E(_firm_email(r, qc)), "call": "Privileged - Withhold"},
           "note": Mix(["Email from ", N(au.western()), " to outside counsel seeking advice; overturn"]),
           "at": ts_iso(rng)}
    r.json(doc, indent=2 if rng.random() < 0.5 else None, ascii_=rng.random() < 0.3)


def c7_batch(r):
    rng = r.rng
    p = r.person()
    r.f("{ts} INFO review.batches: batch PRIV-{b:04d} ({n} docs, priority={pr}) checked out by ", ts=ts_sp(rng),
        b=rng.randint(1, 999), n=rng.randint(50, 500), pr=_c(r, ["high", "normal"]))
    r.add(N(p.western()), " <", E(_firm_email(r, p)), "> set=", _c(r, ["2L Privilege", "Hot Docs QC", "Foreign "
                                                                      "Language"]))


def c7_french(r):
    rng = r.rng
    av, p = r.person(trad="fr_fr"), r.person()
    r.f("[revue {d}] Document {b} – échange entre Me ", d=date(rng, "fr"), b=bates(rng))
    r.add(N(av.western()), " et ", "M. " if p.gender == "m" else "Mme ", N(p.family), " – ",
          _c(r, ["couvert par le secret professionnel, à retenir.", "confidentialité partielle, caviardage p. 2.",
                 "non privilégié, à produire."]))


def c7n_privlog(r):
    rng = r.rng
    r.t("PRIV_ID,BEGBATES,DOC_DATE,DOC_TYPE,AUTHOR,RECIPIENTS,CC,PRIV_BASIS,DESCRIPTION\n")
    for _ in range(rng.randint(1, 3)):
        csv_row(r, [f"P{rng.randint(1, 9999):05d}", bates(rng), date(rng, "us"), "Memo", "Legal Department",
                    "Board of Directors", _c(r, FIRMS), "AC", _c(r, _PRIV_DESC)])
    r.chomp()


def c7n_coding(r):
    rng = r.rng
    r.f("{ts}.{ms:03d} | CODING | ws={ws} | doc={d} | reviewer={s} | field=\"Responsiveness\" | old=\"\" | "
        "new=\"{v}\" | batch=CAL-{b:04d} | rank={rk}", ts=ts_sp(rng), ms=rng.randint(0, 999),
        ws=rng.randint(1000000, 1999999), d=bates(rng), s=_c(r, ["tar-engine", "relativity.service", "SYSTEM"]),
        v=_c(r, ["Not Responsive", "Responsive"]), b=rng.randint(1, 999), rk=rng.randint(1, 99))


def c7n_terms(r):
    rng = r.rng
    r.f("SEARCH TERM REPORT  workspace {w}  run {ts}\n", w=rng.randint(1000000, 1999999), ts=ts_sp(rng))
    r.f("{t:<52}{d:>8}{f:>10}{u:>8}\n", t="TERM", d="DOCS", f="W/FAMILY", u="UNIQUE")
    for t in ["\"" + _c(r, ORG_PARTIES) + "\" w/5 merger", "\"" + _c(r, STATUTES) + "\"",
              "(judge OR justice) w/3 recus*", "\"last will\" AND codicil"]:
        r.f("{t:<52}{d:>8}{f:>10}{u:>8}\n", t=t, d=rng.randint(0, 9000), f=rng.randint(0, 20000),
            u=rng.randint(0, 900))
    r.t("Total unique documents: " + str(rng.randint(100, 30000)))


def c7n_batch(r):
    rng = r.rng
    r.f("{ts} INFO review.batches: batch FLR-{b:04d} ({n} docs) assigned to pool \"{p}\" by {s}", ts=ts_sp(rng),
        b=rng.randint(1, 999), n=rng.randint(50, 500), p=_c(r, ["Contract Review Team B", "Managed Review – "
                                                                "Manila", "Spanish Language Team"]),
        s=_c(r, SERVICE_ACCOUNTS))


# ============================================================================ 8. firm_efiling_docketing

def c8_rules(r):
    rng = r.rng
    sv, resp = r.person(), r.person()
    r.f("DOCKET CALC  matter {m}  court: {c}\nTRIGGER : Service of Summons and Complaint on ", m=matter_no(rng),
        c=_c(r, COURTS))
    r.add(N(_c(r, [sv.western(), sv.last_first().upper()])), f" ({date(rng)})\n")
    for ev, rule in [("Answer due", "FRCP 12(a)(1)(A)(i)"), ("Rule 26(f) conference", "FRCP 26(f)(1)"),
                     ("Initial disclosures", "FRCP 26(a)(1)(C)")][: rng.randint(1, 3)]:
        r.f("  DEADLINE {d}  {e:<24} [{ru}]\n", d=date(rng), e=ev, ru=rule)
    r.t("Responsible: ").add(N(resp.acct(rng)), "   cc: ", E(_firm_email(r, resp)))


def c8_queue(r):
    rng = r.rng
    cl, at = r.person(), r.person()
    r.f("ts={ts} queue=efile job={j} filer=", ts=ts_iso(rng), j=hexid(rng, 10))
    r.add(N(cl.acct(rng)), " attorney=\"", N(at.western()), f"\" bar_no={_c(r, ['NY', 'CA', 'TX'])}"
          f"{rng.randint(100000, 999999)} court=\"{_c(r, COURTS)}\" doc=\"", _c(r, ["Motion to Dismiss",
                                                                                  "Notice of Appearance",
                                                                                  "Stipulation of Dismissal"]),
          f"\" pages={rng.randint(2, 90)} status=", _c(r, ["SUBMITTED", "ACCEPTED", "REJECTED"]))


def c8_selenium(r):
    rng = r.rng
    p = r.person()
    r.t("Traceback (most recent call last):\n  File \"/srv/efile/bots/ecf_upload.py\", line "
        + str(rng.randint(40, 300)) + ", in upload\n    wait.until(EC.element_to_be_clickable((By.ID, \"submit\")))\n"
        "selenium.common.exceptions.TimeoutException: Message: \nStacktrace:\n#0 0x55d1c3 <unknown>\n"
        "ctx={'court': '" + _c(r, ["nysd", "cand", "ded", "txed"]) + "', 'login': ")
    r.pystr(N(p.acct(rng))).t(", 'attorney': ").pystr(N(p.full())).t(", 'case': '1:26-cv-0" +
                                                                      str(rng.randint(1000, 9999)) + "'}")


def c8_service_csv(r):
    rng = r.rng
    d = _c(r, [",", ";"])
    r.t(d.join(["party", "counsel", "firm", "email", "method"]) + "\n")
    for _ in range(rng.randint(2, 3)):
        co = r.person()
        party = _c(r, ORG_PARTIES) if rng.random() < 0.5 else N(r.person().western())
        csv_row(r, [party, N(co.western()), _c(r, FIRMS), E(_firm_email(r, co)), _c(r, ["ECF", "E-mail",
                                                                                     "First-class mail"])], d)
    r.chomp()


def c8_bea(r):
    rng = r.rng
    ra, geg = r.person(trad=_c(r, ["de_de", "tr_tr", "pl_pl", "ru_ru"])), r.person()
    r.f("{ts} beA-Client: Nachricht {n} gesendet an {c} | Absender: ", ts=ts_sp(rng), n=long_id(rng, 9),
        c=_c(r, ["LG Berlin", "AG München", "OLG Frankfurt am Main"]))
    r.add("RAin " if ra.gender == "f" else "RA ", N(ra.western()), f" (SAFE-ID DE.BRAK.{hexid(rng, 8)}-"
          f"{hexid(rng, 4)}) | Az. {rng.randint(1, 99)} O {rng.randint(100, 999)}/26 | Betreff: Klageerwiderung "
          "i.S. ", N(geg.family), " ./. ", _c(r, ORG_PARTIES), " | eEB angefordert")


def c8_rpva(r):
    rng = r.rng
    av, p = r.person(trad="fr_fr"), r.person()
    r.f("RPVA {ts} – message {n} envoyé par Me ", ts=ts_sp(rng), n=rng.randint(100000, 999999))
    r.add(N(av.western()), " au greffe du ", _c(r, ["Tribunal judiciaire de Paris", "Tribunal de commerce de Lyon"]),
          f" (RG n° 26/{rng.randint(1000, 9999):05d}) – partie adverse : ", "M. " if p.gender == "m" else "Mme ",
          N(p.western().upper() if rng.random() < 0.5 else p.western()), " – conclusions récapitulatives")


def c8_receipt(r):
    rng = r.rng
    f, s = r.person(), r.person()
    r.f("Filing Receipt\nEnvelope Number : {e}\nCase Number     : {cn}\nCase Title      : ", e=rng.randint(10 ** 7, 10 ** 8),
        cn=f"2026-CV-{rng.randint(10000, 99999)}")
    r.add(N(s.family), " v. ", _c(r, ORG_PARTIES), "\nFiled By        : ", N(f.western()), "\nFirm            : ",
          _c(r, FIRMS), "\nFiling Type     : EFileAndServe\nService Contact : ", N(s.western()), " <", E(s.email(rng)),
          ">\nStatus          : ", _c(r, ["Accepted", "Submitted", "Under Review"]))


def c8n_rules(r):
    rng = r.rng
    r.f("DOCKET CALC  matter {m}  court: {c}\nTRIGGER : Order entered ({d}) – {cap}\n  DEADLINE {d2}  "
        "Opposition due             [Local Rule 7.1]\nResponsible: docketing-bot   cc: (none)", m=matter_no(rng),
        c=_c(r, COURTS), d=date(rng), cap=_c(r, CAPTIONS), d2=date(rng))


def c8n_queue(r):
    rng = r.rng
    r.f("ts={ts} queue=efile job={j} filer={s} attorney=\"{a}\" court=\"{c}\" doc=\"Certificate of Service\" "
        "pages=2 status={st}", ts=ts_iso(rng), j=hexid(rng, 10), s=_c(r, ["svc-efile", "docketing-bot"]),
        a=_c(r, FIRMS), c=_c(r, COURTS), st=_c(r, ["QUEUED", "RETRY", "ACCEPTED"]))


def c8n_service(r):
    r.t("party,counsel,firm,email,method\n")
    for _ in range(2):
        csv_row(r, [_c(r, ORG_PARTIES), _c(r, ["Office of the Attorney General", "County Counsel", "In-house "
                                                "Legal"]), _c(r, FIRMS), "", "First-class mail"])
    r.chomp()


def c8n_bea(r):
    rng = r.rng
    r.f("{ts} beA-Client: Testnachricht {n} an Kanzleipostfach {k} zugestellt | Absender: Kanzleipostfach "
        "(Sachbearbeitung) | Betreff: Funktionstest", ts=ts_sp(rng), n=long_id(rng, 9), k=_c(r, FIRMS))


# ============================================================================ 9. notary_journal_ron

def c9_journal_block(r):
    rng = r.rng
    s, n = r.person(), r.person()
    r.f("JOURNAL ENTRY #{e}\nDate/Time        : {ts}\nAct              : {a}\nDocument         : {d}\nSigner           : ",
        e=rng.randint(1, 9999), ts=ts_sp(rng), a=_c(r, ["Acknowledgment", "Jurat", "Copy certification"]),
        d=_c(r, ["Durable Power of Attorney", "Grant Deed", "Affidavit of Identity", "Last Will and Testament"]))
    r.add(N(s.western()), "\nID presented     : ", _c(r, ["Driver licence", "Passport", "State ID"]),
          f" (no. on file, exp. {date(rng)})\nSigner phone     : ", PH(phone(rng, "US")),
          "\nThumbprint       : captured\nFee              : $" + str(rng.choice([10, 15, 25])) + ".00\nNotary           : ",
          N(n.western()), f", Commission No. {rng.randint(1000000, 9999999)}")


def c9_ron_session(r):
    rng = r.rng
    s, n = r.person(), r.person()
    sid = uuid(rng)
    r.f("{t1} session={sid} event=kba.result signer=", t1=ts_iso(rng), sid=sid)
    r.add(N(s.acct(rng)), f" score={rng.randint(4, 5)}/5 result=PASS\n")
    r.f("{t} session={sid} event=credential.analysis doc=DL result=PASS name_match=\"", t=ts_iso(rng), sid=sid)
    r.add(N(_c(r, [s.western().upper(), s.western()])), "\"\n")
    r.f("{t} session={sid} event=join role=signer ip=", t=ts_iso(rng), sid=sid)
    r.add(IP(ip(rng, 0.3)), "\n")
    r.f("{t} session={sid} event=notarized notary=", t=ts_iso(rng), sid=sid)
    r.add(N(n.acct(rng)), " recording=retained(10y)")


def c9_ron_webhook(r):
    rng = r.rng
    s1, nt = r.person(native_p=0.3), r.person()
    signers = [{"name": N(s1.full()), "email": E(s1.email(rng)), "phone": PH(phone(rng))}]
    if rng.random() < 0.5:
        s2 = r.person()
        signers.append({"name": N(s2.full()), "email": E(s2.email(rng)), "phone": None})
    doc = {"event": "transaction.completed", "transaction_id": f"tx_{hexid(rng, 12)}", "signers": signers,
           "notary": {"name": N(nt.western()), "commission_state": _c(r, ["VA", "TX", "FL", "NV"])},
           "documents": [{"title": _c(r, ["Deed of Trust", "Affidavit", "Power of Attorney"]), "pages": rng.randint(1, 30)}]}
    r.json(doc, indent=2, ascii_=rng.random() < 0.3)


def c9_protocolo(r):
    rng = r.rng
    p, nt = r.person(trad=_c(r, ["es_es", "es_mx"])), r.person(trad=_c(r, ["es_es", "es_mx"]))
    r.f("Protocolo {n}/{y} – {a} – Comparece: ", n=f"{rng.randint(1, 3)}.{rng.randint(100, 999)}", y=2026,
        a=_c(r, ["Poder general", "Compraventa", "Testamento abierto", "Acta de manifestaciones"]))
    r.add("D. " if p.gender == "m" else "Dña. ", N(p.western()), ", con DNI/NIE exhibido. Autoriza el Notario",
          "" if nt.gender == "m" else "a", " ", N(nt.western()), ". Copia autorizada expedida el ", date(rng, "eu"), ".")


def c9_urkundenrolle(r):
    rng = r.rng
    a, b = r.person(), r.person(trad="de_de")
    r.f("UR-Nr. {n}/2026 | {d} | {g} | Beteiligte: ", n=rng.randint(1, 2999), d=date(rng, "eu"),
        g=_c(r, ["Grundstückskaufvertrag", "Vorsorgevollmacht", "Erbscheinsantrag", "Gesellschafterliste"]))
    r.add(N(a.western()), "; ", N(b.last_first()), " | Verwahrung: ", _c(r, ["ja", "nein"]))


def c9_journal_csv(r):
    rng = r.rng
    r.t("entry_no,datetime,act,signer_last,signer_first,signer_email,witness,fee\n")
    for _ in range(rng.randint(1, 3)):
        s = r.person()
        w = r.person() if rng.random() < 0.4 else None
        csv_row(r, [str(rng.randint(1, 9999)), ts_sp(rng), _c(r, ["ACK", "JURAT", "OATH"]), N(s.family), N(s.given),
                    E(s.email(rng)), N(w.western()) if w else "", str(rng.choice([10, 15, 25]))])
    r.chomp()


def c9_recording(r):
    rng = r.rng
    p = r.person()
    r.f("{ts} INFO ron.archive: uploaded RON_{d}_", ts=ts_sp(rng), d=date(rng))
    r.add(N(f"{slug(p.family).capitalize()}_{slug(p.given.split()[0]).capitalize()}"),
          f".mp4 ({rng.randint(40, 900)} MB) to s3://ron-archive/{rng.randint(2026, 2026)}/ retention=10y sha256=",
          hexid(rng, 16), "…")


def c9n_void(r):
    rng = r.rng
    r.f("JOURNAL ENTRY #{e}\nDate/Time        : {ts}\nAct              : VOID – spoiled certificate\n"
        "Document         : {d}\nSigner           : (none)\nFee              : $0.00\nNotary           : see "
        "commission record\nRemarks          : Will be re-executed; grace period not applicable", e=rng.randint(1, 9999),
        ts=ts_sp(rng), d=_c(r, ["Grant Deed", "Last Will and Testament"]))


def c9n_ron(r):
    rng = r.rng
    sid = uuid(rng)
    r.f("{t} session={sid} event=session.created by={s}\n{t2} session={sid} event=session.expired reason="
        "\"signer did not join within 30 min\" recording=none", t=ts_iso(rng), sid=sid, s=_c(r, SERVICE_ACCOUNTS),
        t2=ts_iso(rng))


def c9n_urk(r):
    rng = r.rng
    r.f("UR-Nr. {n}/2026 | {d} | Handelsregisteranmeldung | Beteiligte: {o}, vertreten durch die "
        "Geschäftsführung; {f} | Verwahrung: nein", n=rng.randint(1, 2999), d=date(rng, "eu"),
        o=_c(r, ORG_PARTIES), f=_c(r, FIRMS))


def c9n_csv(r):
    rng = r.rng
    r.t("month,acts,ack,jurat,oath,fees_collected\n")
    for m in range(1, rng.randint(3, 5)):
        r.f("2026-{m:02d},{a},{b},{c},{d},{f}\n", m=m, a=rng.randint(10, 90), b=rng.randint(1, 50),
            c=rng.randint(1, 30), d=rng.randint(0, 9), f=money(rng, 100, 2000))
    r.chomp()


# ============================================================================ 10. apostille_legalisation

def c10_certificate(r):
    rng = r.rng
    off, auth = r.person(), r.person()
    r.f("APOSTILLE (Convention de La Haye du 5 octobre 1961)\n1. Country: {c}\n   This public document\n"
        "2. has been signed by ", c=_c(r, ["United States of America", "United Kingdom", "Federal Republic of "
                                                                           "Germany", "Mexico"]))
    r.add(N(off.western()), "\n3. acting in the capacity of ", _c(r, ["Notary Public", "County Clerk",
                                                                      "Registrar of Births"]),
          "\n4. bears the seal/stamp of ", _c(r, ["the said notary", "Riverside County"]), "\n   Certified\n5. at ",
          _c(r, ["Sacramento", "London", "Berlin", "Ciudad de México"]), f"\n6. the {date(rng)}\n7. by ",
          N(auth.western()), ", ", _c(r, ["Deputy Secretary of State", "Legalisation Officer"]),
          f"\n8. No {_c(r, ['AP', 'A'])}-{rng.randint(2025, 2026)}-{rng.randint(1, 999999):06d}\n9. Seal/stamp: [e-seal]"
          "\n10. Signature: [qualified electronic signature]")


def c10_verify(r):
    rng = r.rng
    p = r.person()
    plus = rng.random() < 0.5
    r.add(IP(ip(rng, 0.25)), f" - - [{rng.randint(1, 28):02d}/Nov/2026:{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
          f":{rng.randint(0, 59):02d} +0000] \"GET /e-register/verify?no=AP-2026-{rng.randint(1, 999999):06d}&signer=",
          N(pct(p.western(), plus)), f"&date={date(rng)} HTTP/1.1\" 200 {rng.randint(900, 9000)} \"-\" \"Mozilla/5.0\"")


def c10_order(r):
    rng = r.rng
    p = r.person()
    r.f("ts={ts} order=LEG-{o} client=\"", ts=ts_iso(rng), o=rng.randint(10000, 99999))
    r.add(N(p.western()), "\" phone=", PH(phone(rng)), " docs=", str(rng.randint(1, 6)), " dest=",
          _c(r, ["AE", "CN", "VN", "SA", "EG"]), " stage=", _c(r, ["apostille", "embassy_legalisation",
                                                                   "courier_out"]),
          " courier=", _c(r, ["DHL", "FedEx", "UPS"]), f" awb={rng.randint(10 ** 9, 10 ** 10 - 1)}")


def c10_translator_xml(r):
    rng = r.rng
    tr, sub = r.person(), r.person(native_p=0.5)
    r.t("<SwornTranslation id=\"ST-" + str(rng.randint(1000, 9999)) + "\" lang=\"" + _c(r, ["es-en", "de-en",
                                                                                             "zh-en", "ar-en"]) + "\">\n")
    r.t("  <Translator><Name>").add(N(xesc(tr.western()))).t("</Name><Register>" + _c(r, ["BDÜ", "ATA", "CIOL"]) +
                                                            "</Register></Translator>\n")
    r.t("  <SubjectDocument type=\"birth_certificate\">\n    <Holder>").add(
        N(xesc(sub.native_full() if sub.native else sub.full()))).t("</Holder>\n")
    r.t("  </SubjectDocument>\n  <Certified>" + ts_iso(rng) + "</Certified>\n</SwornTranslation>")


def c10_queue_board(r):
    rng = r.rng
    r.f("{a:<8}{b:<30}{c:<16}{d}\n", a="TICKET", b="NAME", c="SERVICE", d="COUNTER")
    for i in range(rng.randint(2, 4)):
        if i == 0 or rng.random() < 0.75:
            p = r.person()
            nm = N(_c(r, [p.western().upper(), p.family_g(), fold(p.western()).upper()]))
        else:
            nm = "(walk-in)"
        r.f("{a:<8}{b:<30}{c:<16}{d}\n", a=f"A{rng.randint(1, 299):03d}", b=nm, c=_c(r, ["APOSTILLE", "CERT COPY",
                                                                                        "AUTHENTICATION"]),
            d=rng.randint(1, 8))
    r.chomp()


def c10_mail_es_it(r):
    rng = r.rng
    p = r.person(trad=_c(r, ["es_mx", "es_es", "it_it"]))
    if p.trad == "it_it":
        r.add("Oggetto: Conferma pratica legalizzazione n. ", str(rng.randint(10000, 99999)), "\n\nGentile ",
              N(p.western()), ",\nla Sua apostille è pronta per il ritiro presso la Prefettura. Per informazioni: ",
              E(p.email(rng)), "\n")
    else:
        r.add("Asunto: Confirmación de trámite de apostilla n.º ", str(rng.randint(10000, 99999)), "\n\nEstimado/a ",
              N(p.western()), ":\nsu documento apostillado está listo. Le llamaremos al ", PH(phone(rng, "MX")),
              " para coordinar la entrega.\n")
    r.t("-- Servicio de Legalizaciones / Ufficio Legalizzazioni")


def c10_card(r):
    rng = r.rng
    p = r.person()
    r.f("{ts} DEBUG checkout.apostille order=LEG-{o} amount={a} card=", ts=ts_sp(rng), o=rng.randint(10000, 99999),
        a=money(rng, 40, 600))
    holder = _c(r, [p.western().upper(), f"{fold(p.family).upper()}/{fold(p.given).upper()}"])
    r.add(CC(card(rng)), " name_on_card=\"", N(holder), "\" 3ds=", _c(r, ["Y", "A"]),
          " ip=", IP(ip(rng)))


def c10n_certificate(r):
    rng = r.rng
    r.f("APOSTILLE (Convention de La Haye du 5 octobre 1961)\n1. Country: United Kingdom\n2. has been signed by "
        "(facsimile signature)\n3. acting in the capacity of Registrar General\n4. bears the seal/stamp of "
        "General Register Office\n5. at Milton Keynes\n6. the {d}\n7. by HM Government – Legalisation Office\n"
        "8. No APO-{n}", d=date(rng), n=rng.randint(1, 999999))


def c10n_verify(r):
    rng = r.rng
    r.f("internal-healthcheck - - [{d:02d}/Nov/2026:{h:02d}:{m:02d}:00 +0000] \"GET /e-register/verify?no=AP-2026-"
        "{n:06d} HTTP/1.1\" 404 {b} \"-\" \"kube-probe/1.29\"", d=rng.randint(1, 28), h=rng.randint(0, 23),
        m=rng.randint(0, 59), n=rng.randint(1, 999999), b=rng.randint(100, 900))


def c10n_order(r):
    rng = r.rng
    r.f("ts={ts} order=LEG-{o} client=\"{c}\" docs={n} dest={d} stage=courier_out courier=DHL awb={a}",
        ts=ts_iso(rng), o=rng.randint(10000, 99999), c=_c(r, ORG_PARTIES + FIRMS), n=rng.randint(1, 40),
        d=_c(r, ["AE", "CN", "QA"]), a=rng.randint(10 ** 9, 10 ** 10 - 1))


def c10n_board(r):
    rng = r.rng
    r.f("{a:<8}{b:<30}{c:<16}{d}\n", a="TICKET", b="NAME", c="SERVICE", d="COUNTER")
    for _ in range(rng.randint(2, 4)):
        r.f("{a:<8}{b:<30}{c:<16}{d}\n", a=f"B{rng.randint(1, 299):03d}", b=_c(r, ["(walk-in)", "COURIER DROP",
                                                                                    "LAW FIRM BULK", "—"]),
            c=_c(r, ["APOSTILLE", "BULK"]), d=rng.randint(1, 8))
    r.chomp()


# ============================================================================ 11. legal_aid_intake

def c11_hotline(r):
    rng = r.rng
    p, sc = r.person(), r.person()
    r.f("{ts}|HOTLINE|q={q}|ani=", ts=ts_sp(rng), q=_c(r, ["housing", "family", "benefits", "consumer"]))
    r.add(PH(phone(rng, "US")), "|caller=", N(_c(r, [p.last_first().upper(), p.western()])), "|lang=",
          _c(r, ["en", "es", "vi", "ht", "zh"]), "|screener=", N(sc.acct(rng)), f"|wait={rng.randint(10, 2400)}s")


def c11_eligibility(r):
    rng = r.rng
    a = r.person()
    hh = [{"relation": "self", "name": N(a.full()), "ssn_last4": SSN(ssn(rng)[-4:])}]
    for _ in range(rng.randint(0, 2)):
        m = r.person(trad=None)
        m.family = a.family
        hh.append({"relation": _c(r, ["child", "spouse", "parent"]), "name": N(f"{m.given} {a.family}")})
    doc = {"applicant_id": f"LA-{rng.randint(100000, 999999)}", "household": hh, "monthly_income": rng.randint(0, 4200),
           "fpl_pct": rng.randint(20, 200), "assets_ok": True, "eligible": True, "screened_by": N(r.person().acct(rng))}
    r.json(doc, indent=None if rng.random() < 0.5 else 2, ascii_=rng.random() < 0.2)


def c11_csr_csv(r):
    rng = r.rng
    r.t("case_no,client,problem_code,closing_code,advocate,hours\n")
    for _ in range(rng.randint(1, 3)):
        c, adv = r.person(), r.person()
        csv_row(r, [f"26-{rng.randint(10000, 99999)}", N(c.last_first().upper()), str(rng.choice([63, 61, 32, 12, 51])),
                    _c(r, ["A", "B", "F", "L"]), N(adv.acct(rng)), str(rng.randint(1, 60) / 2)])
    r.chomp()


def c11_probono_mail(r):
    rng = r.rng
    vol, cl, co = r.person(), r.person(), r.person()
    r.add("To: ", N(vol.western()), " <", E(_firm_email(r, vol)), ">\nSubject: Pro bono referral – ",
          _c(r, ["eviction defense", "guardianship", "wage claim", "expungement"]), "\n\nDear ", N(vol.given.split()[0]),
          ",\nThank you for accepting this referral. Your client is ", N(cl.given.split()[0]),
          " (case ", f"26-{rng.randint(10000, 99999)}), who can be reached at ", PH(phone(rng, "US")),
          ".\nHearing date: ", date(rng, "us"), ".\n\n", N(co.western()), "\nPro Bono Coordinator")


def c11_sms(r):
    rng = r.rng
    p = r.person(trad=_c(r, ["es_mx", "vi_vn", "en_us", "zh_cn"]))
    g = p.given.split()[0] if p.trad != "vi_vn" else p.given
    tmpl = _c(r, [("Hola ", ", su cita con Ayuda Legal es el {d} a las 10:00. Responda SI para confirmar."),
                  ("Chào ", ", cuộc hẹn tư vấn pháp lý của bạn vào ngày {d}. Trả lời C để xác nhận."),
                  ("Hi ", ", reminder: bring your lease and court papers on {d}. Reply STOP to opt out."),
                  ("Bonjou ", ", randevou ou ak Èd Legal se {d}. Reponn WI pou konfime.")])
    r.f("{ts} sms.out to=", ts=ts_iso(rng))
    r.add(PH(phone(rng, "US")), " body=\"", tmpl[0], N(g.lower() if rng.random() < 0.2 else g),
          tmpl[1].format(d=date(rng, "us")), "\"")


def c11_adverse(r):
    rng = r.rng
    a, s = r.person(), r.person()
    r.f("level=info msg=\"adverse party check\" intake=LA-{i} adverse=\"", i=rng.randint(100000, 999999))
    r.add(N(a.last_first().upper()), "\" relation=", _c(r, ["landlord", "ex-partner", "employer"]), " result=",
          _c(r, ["clear", "possible_match"]), " by=", N(s.acct(rng)))


def c11_notes(r):
    rng = r.rng
    p, q = r.person(trad=_c(r, ["en_us", "es_mx", "yo_ig_ng", "hi_in"])), r.person()
    g = p.given.split()[0].lower()
    r.f("{ts} note intake=LA-{i}: ", ts=ts_sp(rng), i=rng.randint(100000, 999999))
    r.add("caller ", N(g), " said landlord ", N(q.western().lower()), " changed the locks ",
          _c(r, ["on monday", "last week", "yesterday"]), "; has 3-day notice, no court papers yet. callback ok at ",
          PH(phone(rng, "US")))


def c11_web_form(r):
    rng = r.rng
    p = r.person(native_p=0.15)
    nm = p.native_full() if p.native else p.western()
    r.f("{ts} POST /apply/intake HTTP/1.1 from ", ts=ts_iso(rng))
    r.add(IP(ip(rng, 0.3)), " body=county=", _c(r, ["kings", "suffolk", "cook", "harris"]), "&full_name=",
          N(pct(nm, True)), "&email=", E(pct(p.email(rng))), "&phone=", PH(pct(phone(rng, _c(r, ["US", "E164"])))),
          "&problem=", pct(_c(r, ["eviction notice", "unpaid wages", "custody"]), True), "&lang=",
          _c(r, ["en", "es", "zh"]))


def c11n_hotline(r):
    rng = r.rng
    r.f("{ts}|HOTLINE|q={q}|ani=WITHHELD|caller=Anonymous Caller|lang=en|screener={s}|wait={w}s|result=abandoned",
        ts=ts_sp(rng), q=_c(r, ["housing", "family"]), s=_c(r, ["ivr", "queue-overflow"]), w=rng.randint(10, 2400))


def c11n_elig(r):
    rng = r.rng
    doc = {"applicant_id": f"LA-{rng.randint(100000, 999999)}", "household": [{"relation": "self", "name": None}],
           "monthly_income": None, "fpl_pct": None, "eligible": False, "reason": "declined to provide information",
           "screened_by": _c(r, ["lsc-report", "intake-bot"])}
    r.json(doc)


def c11n_csr(r):
    rng = r.rng
    r.t("closing_code,description,cases,hours\n")
    for code, desc in [("A", "Counsel and Advice"), ("B", "Limited Action"), ("F", "Negotiated Settlement"),
                       ("L", "Extensive Service")][: rng.randint(2, 4)]:
        r.f("{c},{d},{n},{h}\n", c=code, d=desc, n=rng.randint(1, 900), h=rng.randint(10, 9000))
    r.chomp()


def c11n_sms(r):
    rng = r.rng
    r.f("{ts} sms.broadcast list=housing-clinic n={n} body=\"Free tenant rights clinic on {d} at the Lincoln "
        "branch library. Reply STOP to opt out.\"", ts=ts_iso(rng), n=rng.randint(50, 900), d=date(rng, "us"))


# ============================================================================ 12. deposition_litsupport

def c12_calendar(r):
    rng = r.rng
    w, d, rep = r.person(), r.person(), r.person()
    r.f("BEGIN:VEVENT\nUID:{u}-depo\nDTSTART:{dt}T{h:02d}0000\nSUMMARY:Deposition of ", u=uuid(rng),
        dt=date(rng).replace("-", ""), h=rng.randint(8, 14))
    r.add(N(w.western()), " (", _c(r, ["30(b)(1)", "non-party subpoena", "expert"]), ")\nDESCRIPTION:Defending: ",
          N(d.western()), "\\nCourt reporter: ", _c(r, ["Veritext", "Esquire Deposition Solutions", "Magna Legal"]),
          " – ", N(rep.western()), "\\nVideographer: yes\nATTENDEE;CN=", N(d.western()), ":mailto:",
          E(_firm_email(r, d)), "\nEND:VEVENT")


def c12_exhibits(r):
    rng = r.rng
    w = r.person()
    fam = w.family
    r.f("{ts} INFO exhibits.stamp: ", ts=ts_sp(rng))
    n0 = rng.randint(1, 40)
    for k in range(rng.randint(1, 3)):
        if k:
            r.t(", ")
        r.add(N(fam), f" Ex. {n0 + k}")
    r.add(f" stamped on {bates(rng)}; witness folder \\\\lit\\depos\\", N(f"{slug(w.family)}_{slug(w.given.split()[0])}"),
          "\\exhibits")


def c12_transcript(r):
    rng = r.rng
    w, o = r.person(native_p=0.25), r.person()
    doc = {"order": f"TR-{rng.randint(10000, 99999)}", "witness": N(w.full()), "depositionDate": date(rng),
           "orderedBy": {"name": N(o.western()), "email": E(_firm_email(r, o))},
           "format": _c(r, [["PDF", "PTX"], ["PDF", "ASCII"], ["condensed"]]), "expedite": rng.random() < 0.3,
           "realtime": rng.random() < 0.5}
    if w.native:
        doc["witnessNative"] = N(w.native_full())
    r.json(doc, indent=2 if rng.random() < 0.5 else None, ascii_=rng.random() < 0.4)


def c12_remote(r):
    rng = r.rng
    ps = [r.person() for _ in range(rng.randint(1, 3))]
    room = f"depo-{hexid(rng, 6)}"
    for i, p in enumerate(ps):
        r.f("{ts} [{room}] participant.joined display_name=\"", ts=ts_iso(rng), room=room)
        r.add(N(_c(r, [p.western(), p.western(), p.g_family(), p.full()])), "\" role=", _c(r, ["witness", "attorney", "reporter", "observer"]), " ip=", IP(ip(rng, 0.25)),
              "\n" if i < len(ps) - 1 else "")


def c12_errata(r):
    rng = r.rng
    w = r.person()
    r.t("ERRATA SHEET – Deposition of ").add(N(_c(r, [w.western().upper(), w.western()]))).t("\n")
    r.f("{a:<6}{b:<6}{c:<26}{d:<26}{e}\n", a="PAGE", b="LINE", c="NOW READS", d="SHOULD READ", e="REASON")
    for _ in range(rng.randint(1, 3)):
        r.f("{a:<6}{b:<6}{c:<26}{d:<26}{e}\n", a=rng.randint(5, 300), b=rng.randint(1, 25),
            c=_c(r, ["\"Lakeside\"", "\"twenty\"", "\"in March\""]), d=_c(r, ["\"Lakewood\"", "\"seventy\"",
                                                                             "\"in May\""]),
            e=_c(r, ["transcription error", "clarification"]))
    r.t("Signed: ").add(N(w.western()), f"   Date: {date(rng, 'us')}")


def c12_expert(r):
    rng = r.rng
    ex, at = r.person(), r.person()
    r.add("expert_id: EXP-", str(rng.randint(100, 999)), "\nname: ", N(ex.western()), "\ndiscipline: ",
          _c(r, ["forensic accounting", "biomechanics", "economics", "toxicology"]), "\nrate_hourly: ",
          str(rng.randint(300, 1200)), "\nretained_by: ", N(at.acct(rng)), "\ncontact: ", E(ex.email(rng)), "\nmobile: ",
          PH(phone(rng)), "\nconflict_cleared: true")


def c12_realtime(r):
    rng = r.rng
    p, rep = r.person(), r.person()
    r.f("{ts} realtime-bridge: client connected user=", ts=syslog_ts(rng))
    r.add(N(p.acct(rng)), " from ", IP(ip(rng, 0.3)), f" session=RT-{rng.randint(1000, 9999)} reporter=",
          N(rep.western()), " protocol=", _c(r, ["CaseView", "Bridge", "StreamText"]), " latency_ms=",
          str(rng.randint(20, 900)))


def c12n_30b6(r):
    rng = r.rng
    org = _c(r, ORG_PARTIES)
    r.f("BEGIN:VEVENT\nUID:{u}-depo\nDTSTART:{dt}T090000\nSUMMARY:Deposition of {o} "
        "(Fed. R. Civ. P. 30(b)(6))\nDESCRIPTION:Designee: TBD\\nTopics 1-14 per amended notice\\nCourt reporter: "
        "Veritext\nEND:VEVENT", u=uuid(rng), dt=date(rng).replace("-", ""), o=org)


def c12n_exhibits(r):
    rng = r.rng
    n0 = rng.randint(1, 40)
    r.f("{ts} INFO exhibits.stamp: PX-{a}, PX-{b}, DX-{c} stamped on {bt}; folder \\\\lit\\trial\\exhibits",
        ts=ts_sp(rng), a=n0, b=n0 + 1, c=rng.randint(1, 90), bt=bates(rng))


def c12n_transcript(r):
    rng = r.rng
    doc = {"order": f"TR-{rng.randint(10000, 99999)}", "witness": None, "proceeding": "Motion hearing",
           "caption": _c(r, CAPTIONS), "court": _c(r, COURTS), "orderedBy": {"name": "Records Department",
                                                                           "email": None},
           "format": ["PDF"], "expedite": False}
    r.json(doc, indent=2)


def c12n_remote(r):
    rng = r.rng
    room = f"depo-{hexid(rng, 6)}"
    r.f("{ts} [{room}] lobby.opened by=realtime-bridge waiting=0\n{ts2} [{room}] recording.started "
        "source=cloud\n{ts3} [{room}] lobby.closed reason=\"no participants\"", ts=ts_iso(rng), room=room,
        ts2=ts_iso(rng), ts3=ts_iso(rng))


FAMILIES = [
    ("review_privilege_log", [c7_privlog_csv, c7_coding_audit, c7_search_terms, c7_redaction, c7_qc_json, c7_batch,
                              c7_french], [c7n_privlog, c7n_coding, c7n_terms, c7n_batch]),
    ("firm_efiling_docketing", [c8_rules, c8_queue, c8_selenium, c8_service_csv, c8_bea, c8_rpva, c8_receipt],
     [c8n_rules, c8n_queue, c8n_service, c8n_bea]),
    ("notary_journal_ron", [c9_journal_block, c9_ron_session, c9_ron_webhook, c9_protocolo, c9_urkundenrolle,
                            c9_journal_csv, c9_recording], [c9n_void, c9n_ron, c9n_urk, c9n_csv]),
    ("apostille_legalisation", [c10_certificate, c10_verify, c10_order, c10_translator_xml, c10_queue_board,
                                c10_mail_es_it, c10_card], [c10n_certificate, c10n_verify, c10n_order, c10n_board]),
    ("legal_aid_intake", [c11_hotline, c11_eligibility, c11_csr_csv, c11_probono_mail, c11_sms, c11_adverse,
                          c11_notes, c11_web_form], [c11n_hotline, c11n_elig, c11n_csr, c11n_sms]),
    ("deposition_litsupport", [c12_calendar, c12_exhibits, c12_transcript, c12_remote, c12_errata, c12_expert,
                               c12_realtime], [c12n_30b6, c12n_exhibits, c12n_transcript, c12n_remote]),
]
