"""pack_ab families 1-6: intake and conflicts, time and pre-bill, trust ledgers, DMS, e-signature, processing."""

from core import (
    CAPTIONS,
    CC,
    COURTS,
    FIRM_DOMAINS,
    FIRMS,
    FIRMS_UPPER,
    IP,
    ORG_PARTIES,
    PH,
    PLACEHOLDERS,
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
    long_id,
    masked_pan,
    matter_no,
    money,
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


def _up(p, form="lf"):
    return (p.last_first() if form == "lf" else p.western()).upper()


def _firm_email(r, p):
    return p.email(r.rng, _c(r, FIRM_DOMAINS))


# ============================================================================ 1. matter_intake_conflicts

def _hit_report(r, rows, who):
    rng = r.rng
    r.f("CONFLICT SEARCH REPORT{sp}Run: {ts}\n", sp=" " * 26, ts=ts_sp(rng))
    r.f("Search ID : CS-2026-{n:06d}     Requested by: {who}     Proposed matter: {m}\n",
        n=rng.randint(1, 99999), who=who, m=matter_no(rng))
    r.f("Search terms: {t}   Hits: {h}\n", t=len(rows), h=sum(1 for x in rows if x[1] != "-- no hits --"))
    r.t("-" * 96 + "\n")
    r.f("{a:<28} {b:<30} {c:<17} {d:<13} {e}\n", a="TERM", b="HIT", c="RELATIONSHIP", d="MATTER", e="STATUS")
    r.t("-" * 96 + "\n")
    for term, hit, rel in rows:
        r.f("{a:<28} {b:<30} {c:<17} {d:<13} {e}\n", a=term, b=hit, c=rel, d=matter_no(rng) if rel else "",
            e=_c(r, ["Closed", "Open", "Inactive", "Prospective"]) if rel else "")
    r.t(f"*** {_c(r, ['END OF REPORT', 'Review required before opening', 'Page 1 of 1'])} ***")


def c1_hit_report(r):
    a = r.person()
    rows = [(N(_up(a)), N(_up(a)), _c(r, ["Adverse Party", "Former Client", "Witness", "Related Party"]))]
    if r.rng.random() < 0.6:
        b = r.person()
        b.family = a.family
        rows.append((N(_up(a)), N(f"{a.family.upper()}, {b.given.upper()}"), _c(r, ["Spouse", "Co-Defendant",
                                                                                   "Guarantor"])))
    if r.rng.random() < 0.5:
        rows.append((N(f"{a.family.upper()}, {a.given[0].upper()}"), "-- no hits --", ""))
    org = _c(r, ORG_PARTIES).upper()
    rows.append((org, org, _c(r, ["Client", "Adverse Party", "Parent Co."])))
    r.rng.shuffle(rows)
    acct = r.person()
    _hit_report(r, rows, N(acct.acct(r.rng)))


def c1_intake_json(r):
    rng = r.rng
    a, atty = r.person(native_p=0.3), r.person()
    client = {"givenName": N(a.given), "familyName": N(a.family), "email": E(a.email(rng)),
              "phone": PH(phone(rng))}
    if a.native and rng.random() < 0.7:
        client["nameNative"] = N(a.native_full())
    adverse = [{"name": _c(r, ORG_PARTIES), "type": "organization"}]
    if rng.random() < 0.7:
        b = r.person()
        adverse.insert(0, {"name": N(b.full()), "type": "individual", "role": _c(r, ["landlord", "employer",
                                                                                      "ex-spouse", "seller"])})
    doc = {"intake": {"id": f"INT-{rng.randint(10000, 99999)}", "submitted": ts_iso(rng),
                      "practiceArea": _c(r, ["Employment", "Family Law", "Real Estate", "Immigration", "Probate"]),
                      "prospectiveClient": client, "adverseParties": adverse,
                      "referredBy": _c(r, ["Website", "Bar referral service", "Existing client"]),
                      "originatingAttorney": N(atty.acct(rng)), "status": "CONFLICTS_PENDING"}}
    r.json(doc, indent=2, ascii_=rng.random() < 0.3)


def _oracle(r, binds):
    rng = r.rng
    cur = rng.randint(139000, 140999)
    r.f("PARSING IN CURSOR #{c} len={ln} dep=0 uid=87 oct=2 lid=87 tim={tim} hv={hv} ad='{ad}' sqlid='{sq}'\n",
        c=cur, ln=rng.randint(120, 190), tim=long_id(rng, 16), hv=rng.randint(10 ** 8, 10 ** 9),
        ad=hexid(rng, 8), sq=hexid(rng, 13))
    cols = ", ".join(k for k, _ in binds)
    r.f("INSERT INTO MATTER_PARTY ({cols}) VALUES ({bs})\nEND OF STMT\nBINDS #{c}:\n", cols=cols,
        bs=" , ".join(f":B{i + 1}" for i in range(len(binds))) + " ", c=cur)
    for i, (_, val) in enumerate(binds):
        ln = len(str(val))
        r.f(" Bind#{i}\n  oacdty=01 mxl=32({ln}) mxlc=00 mal=00 scl=00 pre=00\n"
            "  oacflg=03 fl2=1000010 frm=01 csi=873 siz=160 off={off}\n  kxsbbbfp={k}  bln=32  avl={ln:02d}  flg=05\n"
            "  value=\"", i=i, ln=ln, off=i * 32, k="7f3a" + hexid(rng, 8))
        r.add(val).t('"\n')
    r.f("EXEC #{c}:c=0,e={e},p=0,cr=3,cu=5,mis=0,r=1,dep=0,og=1,plh=0,tim={tim}", c=cur,
        e=rng.randint(100, 900), tim=long_id(rng, 16))


def c1_oracle_trace(r):
    a = r.person()
    _oracle(r, [("MATTER_UNO", matter_no(r.rng)), ("ROLE_CODE", _c(r, ["ADV", "CLI", "REL", "WIT"])),
                ("LAST_NAME", N(a.family)), ("FIRST_NAME", N(a.given)), ("PARTY_TYPE", "IND"),
                ("ENTERED_BY", N(r.person().acct(r.rng).upper()))])


def c1_workflow(r):
    rng = r.rng
    a, b = r.person(), r.person()
    r.f("[NBI-WF] {ts} matter={m} step={s}/5 \"Conflicts Clearance\" completed_by=\"", ts=ts_iso(rng),
        m=matter_no(rng), s=rng.randint(2, 4))
    r.add(N(a.western()), " (", N(a.acct(rng)), ")\" note=\"waiver required: adverse to former client ",
          N(_c(r, [b.western(), b.last_first(), b.g_family()])), f" (matter {matter_no(rng)}); ",
          _c(r, ["GC sign-off obtained", "informed consent letter drafted", "ethical screen W-"
                 + str(rng.randint(100, 999)) + " requested"]), "\"")


def c1_java(r):
    rng = r.rng
    a = r.person()
    r.f("{ts} ERROR [intake-exec-{n}] c.f.intake.ConflictClearanceService - Cannot open matter {m}\n",
        ts=ts_sp(rng), n=rng.randint(1, 16), m=matter_no(rng))
    r.t("com.firm.intake.ConflictWaiverException: Waiver missing for Party{id=" + str(rng.randint(10000, 99999))
        + ", displayName='")
    r.add(N(a.full()), f"', relationship=FORMER_CLIENT, lastMatter='{matter_no(rng)}', adverseTo='{_c(r, ORG_PARTIES)}'}}\n")
    r.t("\tat com.firm.intake.ConflictClearanceService.requireWaivers(ConflictClearanceService.java:"
        f"{rng.randint(80, 400)})\n\tat com.firm.intake.MatterOpeningWorkflow.advance(MatterOpeningWorkflow.java:"
        f"{rng.randint(40, 200)})\n\tat java.base/java.lang.Thread.run(Thread.java:1583)")


def c1_german(r):
    rng = r.rng
    a, b, ra = r.person(trad="de_de"), r.person(), r.person(trad=_c(r, ["de_de", "tr_tr", "pl_pl"]))
    r.f("{d} Kollisionsprüfung Mandat {m}: Gegner {hf} ", d=date(rng, "eu"), m=matter_no(rng),
        hf="Herr" if a.gender == "m" else "Frau")
    r.add(N(a.western()), f" – Treffer in Altakte {rng.randint(2015, 2025)}/{rng.randint(1, 400)} (damals Mandant",
          "in: " if b.gender == "f" else ": ", N(b.western()), "). Sachbearbeitung: ",
          "RAin " if ra.gender == "f" else "RA ", N(ra.western()), " (", N(ra.acct(rng)), "). ",
          _c(r, ["Mandatsannahme zurückgestellt.", "Rücksprache mit Partner erforderlich.",
                 "Keine Interessenkollision i.S.d. § 43a Abs. 4 BRAO."]))


def c1_lateral_csv(r):
    rng = r.rng
    r.t("candidate,prior_firm,client,adverse_to,matter_desc,disclosed_on\n")
    cand = r.person()
    for _ in range(rng.randint(2, 4)):
        cl = r.person() if rng.random() < 0.7 else None
        csv_row(r, [N(cand.last_first()), _c(r, FIRMS), N(cl.western()) if cl else _c(r, ORG_PARTIES),
                    _c(r, ORG_PARTIES), _c(r, ["Wrongful termination", "Lease dispute", "Estate administration",
                                               "Patent licensing", "Custody modification"]), date(rng)])
    r.chomp()


def c1n_hit_report(r):
    rows = []
    for _ in range(r.rng.randint(2, 4)):
        org = _c(r, ORG_PARTIES + FIRMS).upper()
        rows.append((org, org if r.rng.random() < 0.5 else "-- no hits --",
                     _c(r, ["Client", "Adverse Party", "Opposing Counsel"]) if r.rng.random() < 0.5 else ""))
    rows = [(t, h, rel if h != "-- no hits --" else "") for t, h, rel in rows]
    _hit_report(r, rows, _c(r, SERVICE_ACCOUNTS))


def c1n_intake_json(r):
    rng = r.rng
    doc = {"intake": {"id": f"INT-{rng.randint(10000, 99999)}", "submitted": ts_iso(rng),
                      "practiceArea": _c(r, ["Corporate", "Real Estate", "Litigation"]),
                      "prospectiveClient": {"organization": _c(r, ORG_PARTIES), "contact": "Legal Department",
                                            "email": None, "phone": None},
                      "adverseParties": [{"name": _c(r, ORG_PARTIES), "type": "organization"},
                                         {"name": _c(r, FIRMS), "type": "opposing_counsel"}],
                      "referredBy": _c(r, ["Website", "Panel RFP 2026"]), "originatingAttorney": _c(r, PLACEHOLDERS),
                      "status": _c(r, ["CONFLICTS_PENDING", "CLEARED", "DECLINED"])}}
    r.json(doc, indent=2)


def c1n_oracle(r):
    _oracle(r, [("MATTER_UNO", matter_no(r.rng)), ("ROLE_CODE", "CLI"), ("PARTY_NAME", _c(r, FIRMS + ORG_PARTIES)),
                ("PARTY_TYPE", "ORG"), ("ENTERED_BY", _c(r, ["ELITE_BATCH", "INTAKE_SVC", "CONFLICTS_ENG"]))])


def c1n_java(r):
    rng = r.rng
    r.f("{ts} WARN  [intake-exec-{n}] c.f.intake.ConflictClearanceService - Party{{id={i}, displayName='{d}', "
        "relationship=ADVERSE, lastMatter=null}} matched {k} closed matters; status={s}", ts=ts_sp(rng),
        n=rng.randint(1, 16), i=rng.randint(10000, 99999), d=_c(r, ORG_PARTIES), k=rng.randint(1, 9),
        s=_c(r, ["CLEARED", "WAIVER_REQUIRED"]))


# ============================================================================ 2. time_entry_prebill

def _narr(r, who):
    return _c(r, [("Telephone conference with ", who, " re settlement range"),
                  ("Review correspondence from ", who, " regarding document production"),
                  ("Prepare ", who, " for deposition; outline key exhibits"),
                  ("Draft e-mail to ", who, " re status of escrow release")])


def c2_timecapture(r):
    rng = r.rng
    tk, other = r.person(), r.person()
    r.f("ts={ts} app=TimeCapture/5.{v} platform={pf} tk=", ts=ts_iso(rng), v=rng.randint(1, 14),
        pf=_c(r, ["ios", "android", "win"]))
    r.add(N(tk.acct(rng)), f" tk_no={rng.randint(1000, 9999)} matter={matter_no(rng)} hours={rng.randint(1, 40) / 10}"
          f" task=L{rng.randint(1, 5)}{rng.randint(0, 6)}0 narrative=\"")
    r.add(*_narr(r, N(_c(r, [other.g_family(), other.western(), other.family]))))
    r.t("\" device=")
    r.add(N(fold(tk.given.split()[0])), _c(r, ["s-iPhone", "s-Pixel-8", "-Surface"]), " sync=ok")


def c2_prebill_diff(r):
    rng = r.rng
    atty, tk, w = r.person(), r.person(), r.person()
    r.f("PREBILL {ym} #PB-{n}  billing atty: ", ym=f"2026-{rng.randint(1, 11):02d}", n=rng.randint(10000, 99999))
    r.add(N(atty.last_first()), " (", N(atty.acct(rng)), ")\n")
    for _ in range(rng.randint(1, 2)):
        r.f("  entry {e}  TK {t}  {h}h  {m}\n", e=rng.randint(1000000, 9999999), t=rng.randint(1000, 9999),
            h=rng.randint(1, 40) / 10, m=matter_no(rng))
    r.t("  - \"").add(*_narr(r, N(w.western()))).t("; conf. w/ ").add(N(tk.g_family())).t("\"\n")
    r.t("  + \"").add(*_narr(r, "opposing counsel")).t("\"\n")
    r.t("  edited_by=").add(N(atty.acct(rng)))
    r.f(" reason=\"{why}\"", why=_c(r, ["client guideline 4.2: no names of third parties", "narrative too long"]))


def c2_ebill_appeal(r):
    rng = r.rng
    tk, ap = r.person(), r.person()
    r.f("Invoice      : {inv}\nLaw Firm     : {firm}\nLine Item    : {li}\nTimekeeper   : ", inv=f"INV-{rng.randint(100000, 999999)}",
        firm=_c(r, FIRMS), li=rng.randint(1, 80))
    r.add(N(_up(tk) if rng.random() < 0.6 else tk.last_first()), "\n")
    r.f("Task/Activity: L{a}0/A10{b}\nAdjustment   : -{amt} USD ({pct}%)\nReason       : {why}\nAppealed by  : ",
        a=rng.randint(11, 46), b=rng.randint(1, 9), amt=money(rng, 50, 900), pct=rng.choice([10, 25, 50, 100]),
        why=_c(r, ["Block billing", "Rate exceeds approved rate", "Administrative task", "Vague description"]))
    r.add(E(_firm_email(r, ap)), "\nAppeal note  : ")
    r.add("Entry reflects separate tasks; see breakdown sent to ", N(r.person().western()), ".")


def c2_dotnet(r):
    rng = r.rng
    tk = r.person()
    r.f("{ts} [ERR] RateEngine: ", ts=ts_sp(rng))
    r.t("System.InvalidOperationException: Rate not found for timekeeper '").add(N(tk.western()))
    r.f("' (TK {t}) on matter {m} effective {d}\n   at Firm.Billing.RateEngine.Resolve(Int32 tkIndex, String matter,"
        " DateTime workDate) in D:\\build\\src\\Billing\\RateEngine.cs:line {ln}\n   at Firm.Billing.PreBill."
        "PriceEntries(PreBillRun run) in D:\\build\\src\\Billing\\PreBill.cs:line {l2}\n   at Firm.Billing.Jobs."
        "PreBillJob.Execute(IJobContext ctx)\n   --- user: ", t=rng.randint(1000, 9999), m=matter_no(rng),
        d=date(rng), ln=rng.randint(40, 300), l2=rng.randint(40, 300))
    r.add("FIRM\\", N(r.person().acct(rng)))


def c2_writedown_mail(r):
    rng = r.rng
    a, b = r.person(), r.person()
    r.t("From: \"").add(N(a.last_first())).t("\" <").add(E(_firm_email(r, a))).t(">\nTo: ")
    r.add(N(b.western()), " <", E(_firm_email(r, b)), ">\n")
    r.f("Subject: Write-down approval – matter {m}\nDate: {d}\nX-Billing-Run: PB-{n}\n\n", m=matter_no(rng),
        d=ts_iso(rng), n=rng.randint(10000, 99999))
    r.add(N(b.given.split()[0]), f", please approve a write-down of {money(rng, 200, 5000)} on the October pre-bill. "
          "Client relationship partner agrees.\n\n", N(a.given.split()[0]))


def c2_rate_csv(r):
    rng = r.rng
    d = _c(r, [",", ";", "\t"])
    r.t(d.join(["tk_id", "tk_name", "title", "office", "std_rate", "login"]) + "\n")
    for i in range(rng.randint(2, 4)):
        p = r.person()
        csv_row(r, [str(rng.randint(1000, 9999)), N(p.last_first() if d != "\t" else p.western()),
                    _c(r, ["Partner", "Associate", "Paralegal", "Counsel", "Law Clerk"]),
                    _c(r, ["NYC", "LDN", "FRA", "MEX", "SGP"]), str(rng.randint(180, 1450)), N(p.acct(rng))], d,
                "\n" if i < 3 else "")
    r.chomp()


def c2_multilang_wip(r):
    rng = r.rng
    p = r.person(trad=_c(r, ["es_mx", "es_es", "pt_br", "fr_fr", "de_de"]))
    tk = r.person()
    tmpl = {"es": ("Llamada con ", " sobre el finiquito"), "pt": ("Reunião com o cliente ", " sobre o inventário"),
            "fr": ("Entretien avec ", " au sujet du bail commercial"), "de": ("Besprechung mit ", " zur Vergleichsquote")}
    lang = {"es": "es", "pt_br": "pt", "fr_fr": "fr", "de_de": "de"}.get(p.trad, "es")
    pre, post = tmpl[lang]
    r.f("WIP|{d}|{m}|", d=date(rng), m=matter_no(rng))
    r.add(N(tk.acct(rng).upper()), f"|{rng.randint(1, 60) / 10}|{lang}|", pre, N(p.western()), post, "|UNBILLED")


def c2n_timecapture(r):
    rng = r.rng
    r.f("ts={ts} app=TimeCapture/5.{v} platform=win tk={tk} tk_no=0000 matter={m} hours={h} task=L{t}0 "
        "narrative=\"{n}\" device={dev} sync=ok", ts=ts_iso(rng), v=rng.randint(1, 14),
        tk=_c(r, ["TIMEKEEPER_POOL", "svc_ledes_export", "intake-bot"]), m=matter_no(rng),
        h=rng.randint(1, 40) / 10, t=rng.randint(11, 46),
        n=_c(r, ["Draft motion to compel under " + _c(r, STATUTES), "Legal research re " + _c(r, STATUTES),
                 "Revise " + _c(r, CAPTIONS) + " brief per comments"]),
        dev=_c(r, ["CONF-RM-LINCOLN", "VDI-POOL-07", "KIOSK-02"]))


def c2n_prebill(r):
    rng = r.rng
    r.f("PREBILL 2026-{mm:02d} #PB-{n}  billing atty: {b}\n  entry {e}  TK {t}  {h}h  {m}\n"
        "  - \"Attend hearing; block-billed travel and research\"\n  + \"Attend hearing at {c}\"\n"
        "  edited_by={ed} reason=\"client guideline 3.1: no block billing\"", mm=rng.randint(1, 11),
        n=rng.randint(10000, 99999), b=_c(r, PLACEHOLDERS), e=rng.randint(1000000, 9999999),
        t=rng.randint(1000, 9999), h=rng.randint(1, 40) / 10, m=matter_no(rng), c=_c(r, COURTS),
        ed=_c(r, SERVICE_ACCOUNTS))


def c2n_rate_csv(r):
    rng = r.rng
    r.t("tk_id,tk_name,title,office,std_rate,login\n")
    rows = [[str(rng.randint(1000, 9999)), _c(r, PLACEHOLDERS[:7]), _c(r, ["Paralegal", "Associate", "Clerk"]),
             _c(r, ["NYC", "LDN", "FRA"]), str(rng.randint(90, 600)), _c(r, SERVICE_ACCOUNTS)] for _ in range(3)]
    for i, row in enumerate(rows):
        csv_row(r, row, ",", "\n" if i < 2 else "")


def c2n_dotnet(r):
    rng = r.rng
    r.f("{ts} [ERR] RateEngine: System.InvalidOperationException: Rate not found for timekeeper 'UNASSIGNED' "
        "(TK 0) on matter {m}\n   at Firm.Billing.RateEngine.Resolve(Int32 tkIndex, String matter, DateTime "
        "workDate) in D:\\build\\src\\Billing\\RateEngine.cs:line {ln}\n   --- user: NT AUTHORITY\\SYSTEM",
        ts=ts_sp(rng), m=matter_no(rng), ln=rng.randint(40, 300))


# ============================================================================ 3. trust_iolta_ledger

def c3_threeway(r):
    rng = r.rng
    r.f("THREE-WAY RECONCILIATION   IOLTA ACCT ****{a}   PERIOD ENDING {d}\n", a=rng.randint(1000, 9999),
        d=date(rng, "us"))
    r.f("{a:<34}{b:<16}{c:>12}\n", a="CLIENT", b="MATTER", c="BALANCE")
    total = 0
    for _ in range(rng.randint(2, 4)):
        if rng.random() < 0.75:
            p = r.person()
            name = N(_up(p) if rng.random() < 0.6 else p.last_first())
        else:
            name = _c(r, ORG_PARTIES).upper()
        amt = rng.randint(100, 90000)
        total += amt
        r.f("{a:<34}{b:<16}{c:>12}\n", a=name, b=matter_no(rng), c=f"{amt:,}.00")
    r.f("{a:<50}{c:>12}\nBANK STATEMENT BALANCE  {c}   BOOK BALANCE  {c}   DIFF 0.00\nPrepared by: ",
        a="TOTAL CLIENT LEDGERS", c=f"{total:,}.00")
    r.add(N(r.person().acct(rng)))


def c3_disbursement(r):
    rng = r.rng
    payee, req, appr = r.person(), r.person(), r.person()
    doc = {"type": "trust.disbursement.requested", "id": uuid(rng), "matter": matter_no(rng),
           "payee": {"name": N(payee.full()), "method": _c(r, ["check", "wire", "ACH"])},
           "amount": {"value": money(rng, 1000, 250000), "currency": "USD"},
           "memo": Mix(["Settlement proceeds to ", N(payee.western()), " per release dated " + date(rng)]),
           "requestedBy": N(req.acct(rng)),
           "approver": E(_firm_email(r, appr)), "threeWayReconciled": True}
    if rng.random() < 0.4:
        doc["payee"]["tin"] = SSN(ssn(rng))
    r.json(doc, indent=None if rng.random() < 0.5 else 2)


def c3_card_deposit(r):
    rng = r.rng
    p = r.person()
    holder = _c(r, [p.western().upper(), f"{fold(p.family).upper()}/{fold(p.given).upper()}", p.western()])
    r.f("{ts} DEBUG payments.gateway POST /v1/charges account=trust_iolta amount={a} pan=", ts=ts_sp(rng),
        a=money(rng, 500, 15000))
    r.add(CC(card(rng, "plain")), " exp=", f"{rng.randint(1, 12):02d}/{rng.randint(27, 31)}", " holder=\"",
          N(holder), "\" email=", E(p.email(rng)), " client_ip=", IP(ip(rng)), f" matter={matter_no(rng)} -> 201")


def c3_wire(r):
    rng = r.rng
    p = r.person()
    r.f("WIRE IN  {d}  IMAD {i}  AMT {a}\n  ORIG: ", d=date(rng), i=f"2026{rng.randint(1000, 1299)}B1Q8{rng.randint(100000, 999999)}",
        a=money(rng, 1000, 500000))
    r.add(N(f"{fold(p.family).upper()} {fold(p.given).upper()}" if rng.random() < 0.5 else _up(p, "gf")))
    r.f("\n  OBI : RETAINER {m}\n  MATCH: client ledger ", m=matter_no(rng))
    r.add(N(p.last_first()), f" (score {rng.randint(82, 99)}) by ", N(r.person().acct(rng)))


def c3_negative_alert(r):
    rng = r.rng
    p, resp = r.person(), r.person()
    r.f("{ts} trustlaw01 trustguard[{pid}]: ALERT negative client ledger matter={m} client=\"", ts=syslog_ts(rng),
        pid=rng.randint(1000, 30000), m=matter_no(rng))
    r.add(N(p.last_first()), f"\" balance=-{money(rng, 10, 4000)} responsible=", N(resp.acct(rng)), " notify=",
          E(_firm_email(r, resp)), " rule=\"", _c(r, STATUTES[10:11] + ["IOLTA-NEG-01"]), "\"")


def c3_carpa(r):
    rng = r.rng
    p, av = r.person(trad=_c(r, ["fr_fr", "ar", "gh_sn"])), r.person(trad="fr_fr")
    r.f("CARPA {d} – Règlement n° {n} de {a} EUR au profit de ", d=date(rng, "fr"), n=rng.randint(100000, 999999),
        a=money(rng, 500, 90000).replace(".", ","))
    r.add("M. " if p.gender == "m" else "Mme ", N(p.western()), " (affaire ", matter_no(rng), "). Avocat : Me ",
          N(av.western()), ". ", _c(r, ["Fonds bloqués jusqu'à l'expiration du délai d'appel.",
                                         "Justificatif transmis.", "Virement émis."]))


def c3_anderkonto(r):
    rng = r.rng
    p, notar = r.person(), r.person(trad="de_de")
    r.f("Anderkonto-Eingang {d} | Betrag {a} EUR | Auftraggeber: ", d=date(rng, "eu"),
        a=money(rng, 5000, 900000).replace(".", ","))
    r.add(N(p.western()), f" | Verwendungszweck: Kaufpreis UR-Nr. {rng.randint(100, 2999)}/2026 | Notar",
          "in" if notar.gender == "f" else "", " Dr. ", N(notar.western()), " | Status: Fälligkeit ",
          _c(r, ["bestätigt", "offen"]))


def c3_repr(r):
    rng = r.rng
    p = r.person()
    r.f("{ts} INFO trust.form1099: queued ", ts=ts_sp(rng))
    r.t("LedgerEntry(client=Client(name=").pystr(N(p.full())).t(", tin=").pystr(SSN(ssn(rng, _c(r, ["-", ""]))))
    r.f("), matter='{m}', kind='settlement_disbursement', amount=Decimal('{a}'))", m=matter_no(rng),
        a=money(rng, 1000, 200000))


def c3n_threeway(r):
    rng = r.rng
    r.f("THREE-WAY RECONCILIATION   IOLTA ACCT ****{a}   PERIOD ENDING {d}\n", a=rng.randint(1000, 9999),
        d=date(rng, "us"))
    r.f("{a:<34}{b:<16}{c:>12}\n", a="CLIENT", b="MATTER", c="BALANCE")
    for _ in range(rng.randint(2, 4)):
        r.f("{a:<34}{b:<16}{c:>12}\n", a=_c(r, ORG_PARTIES + FIRMS_UPPER).upper()[:33], b=matter_no(rng),
            c=f"{rng.randint(100, 90000):,}.00")
    r.f("UNRECONCILED ITEMS  0   DIFF 0.00\nPrepared by: {p}", p=_c(r, SERVICE_ACCOUNTS))


def c3n_disbursement(r):
    rng = r.rng
    doc = {"type": "trust.disbursement.requested", "id": uuid(rng), "matter": matter_no(rng),
           "payee": {"name": _c(r, ["Clerk of Court, " + _c(r, COURTS), "First American Title Insurance Co.",
                                    _c(r, FIRMS), _c(r, ORG_PARTIES)]), "method": "check"},
           "amount": {"value": money(rng), "currency": "USD"}, "memo": "Filing fee / recording fee",
           "requestedBy": _c(r, SERVICE_ACCOUNTS), "approver": None, "threeWayReconciled": False}
    r.json(doc)


def c3n_card_declined(r):
    rng = r.rng
    r.f("{ts} DEBUG payments.gateway POST /v1/charges account=operating amount={a} pan={p} holder=\"{h}\" "
        "-> 402 card_declined", ts=ts_sp(rng), a=money(rng), p=masked_pan(rng),
        h=_c(r, FIRMS_UPPER + ["CARDHOLDER", "CORPORATE CARD"]))


def c3n_wire(r):
    rng = r.rng
    org = _c(r, ORG_PARTIES + FIRMS)
    r.f("WIRE IN  {d}  IMAD {i}  AMT {a}\n  ORIG: {o}\n  OBI : INV {inv}\n  MATCH: client ledger {o2} (score {s}) by {b}",
        d=date(rng), i=f"2026{rng.randint(1000, 1299)}B1Q8{rng.randint(100000, 999999)}", a=money(rng),
        o=org.upper(), inv=rng.randint(10000, 99999), o2=org, s=rng.randint(82, 99), b="trust_recon")


# ============================================================================ 4. dms_workspace_audit

def _docno(r):
    return f"{_c(r, ['LEGAL', 'ACTIVE', 'EMEA', 'NY'])}!{r.rng.randint(1000000, 9999999)}.{r.rng.randint(1, 14)}"


def c4_checkout(r):
    rng = r.rng
    p, cl = r.person(), r.person()
    acct = p.acct(rng)
    r.f("{ts} {op:<9} {d}  user=", ts=ts_sp(rng), op=_c(r, ["CHECKOUT", "CHECKIN", "NEWVER", "OPEN"]), d=_docno(r))
    r.add(N(acct), " host=", _c(r, ["LT-", "WS-"]), N(slug(acct).upper()[:12]), " title=\"",
          _c(r, ["Engagement Letter - ", "Affidavit of ", "Draft Will - ", "Settlement Agreement - "]),
          N(cl.western()), _c(r, [".docx\"", ".pdf\"", " v3.docx\""]))


def c4_wall_xml(r):
    rng = r.rng
    p = r.person()
    r.t("<WallEvent type=\"ACCESS_DENIED\" ts=\"" + ts_iso(rng) + "\">\n  <User login=\"").add(N(p.acct(rng)))
    r.t("\" fullName=\"").add(N(xesc(p.full()))).t("\"/>\n")
    r.f("  <Wall id=\"W-{w}\" name=\"Project {code} Screen\" side=\"excluded\"/>\n  <Target workspace=\"{m}\" "
        "doc=\"{d}\"/>\n</WallEvent>", w=rng.randint(100, 999),
        code=_c(r, ["Falcon", "Juniper", "Aurora", "Basalt"]), m=matter_no(rng), d=_docno(r))


def c4_email_filing(r):
    rng = r.rng
    a, b = r.person(), r.person()
    r.f("{ts} [filing-svc] filed msg id={i} subject=\"RE: ", ts=ts_iso(rng), i=hexid(rng, 16))
    r.add(N(a.family), " v. ", _c(r, ORG_PARTIES), " – draft stipulation\" from=\"", N(a.western()), " <",
          E(a.email(rng)), ">\" to=\"", N(b.western()), " <", E(_firm_email(r, b)), f">\" into={matter_no(rng)}/Correspondence")


def c4_acl_tsv(r):
    rng = r.rng
    r.f("# workspace {m} security dump {d}\nprincipal\ttype\trights\tinherited\n", m=matter_no(rng), d=date(rng))
    rows = [("#LIT-" + _c(r, ["NY", "LDN", "ALL"]), "group", "RW", "yes")]
    for _ in range(rng.randint(1, 3)):
        rows.append((N(r.person().acct(rng)), "user", _c(r, ["RW", "R", "FULL"]), "no"))
    rows.append((_c(r, ["svc_dms_sync", "sharepoint-indexer"]), "service", "R", "yes"))
    rng.shuffle(rows)
    for i, row in enumerate(rows):
        r.add(*[x for c in row for x in (c, "\t")][:-1]).t("\n" if i < len(rows) - 1 else "")


def c4_profile_json(r):
    rng = r.rng
    au, op, cl = r.person(), r.person(), r.person(native_p=0.4)
    doc = {"docNumber": rng.randint(1000000, 9999999), "version": rng.randint(1, 9), "database": "LEGAL",
           "name": f"Memo re {_c(r, STATUTES)}", "author": N(au.acct(rng).upper()), "operator": N(op.acct(rng).upper()),
           "client": {"id": str(rng.randint(10000, 99999)), "name": N(cl.native_full() if cl.native else cl.full())},
           "matter": matter_no(rng), "class": _c(r, ["MEMO", "CORR", "PLEAD"]), "edited": ts_iso(rng)}
    r.json(doc, indent=2, ascii_=rng.random() < 0.4)


def c4_index_error(r):
    rng = r.rng
    p = r.person()
    r.f("{ts} ERROR indexer: cannot extract text from \\\\dms01\\worksites\\Clients\\", ts=ts_sp(rng))
    r.add(N(f"{fold(p.family).replace(' ', '')}_{fold(p.given).replace(' ', '')}"),
          f"\\{matter_no(rng).replace('/', '-')}\\Scans\\",
          _c(r, ["passport_copy.pdf", "bank_statements.pdf", "will_signed.pdf"]),
          ": PDF is encrypted (owner: ", N(r.person().acct(rng)), ")")


def c4_italian(r):
    rng = r.rng
    p = r.person(trad=_c(r, ["it_it", "es_es", "pt_br"]))
    tmpl = {"it_it": ("Documento {d} bloccato da ", " dal {t}; richiesta di sblocco inoltrata."),
            "es": ("Documento {d} bloqueado por ", " desde {t}; se solicitó el desbloqueo."),
            "pt_br": ("Documento {d} bloqueado por ", " desde {t}; desbloqueio solicitado.")}
    pre, post = tmpl[p.trad]
    r.t(pre.format(d=_docno(r))).add(N(p.western()), " (", N(p.acct(rng)), ")", post.format(t=ts_sp(rng)))


def c4n_checkout(r):
    rng = r.rng
    r.f("{ts} {op:<9} {d}  user={u} host={h} title=\"{t}\"", ts=ts_sp(rng), op=_c(r, ["CHECKIN", "NEWVER"]),
        d=_docno(r), u=_c(r, SERVICE_ACCOUNTS), h=_c(r, ["DMS-SYNC-01", "WS-TRAINING"]),
        t=_c(r, ["Template - Last Will and Testament.docx", "Precedent - " + _c(r, CAPTIONS) + ".pdf",
                 "Engagement Letter (standard).dotx", "Will and Grace period memo.docx"]))


def c4n_wall_xml(r):
    rng = r.rng
    r.f("<WallEvent type=\"POLICY_APPLIED\" ts=\"{ts}\">\n  <Group name=\"#LIT-{g}\" members=\"{n}\"/>\n"
        "  <Wall id=\"W-{w}\" name=\"{f} matter screen\" side=\"included\"/>\n</WallEvent>", ts=ts_iso(rng),
        g=_c(r, ["NY", "ALL", "LDN"]), n=rng.randint(3, 80), w=rng.randint(100, 999), f=_c(r, FIRMS))


def c4n_acl(r):
    rng = r.rng
    r.f("# workspace {m} security dump {d}\nprincipal\ttype\trights\tinherited\n#LIT-ALL\tgroup\tRW\tyes\n"
        "{s}\tservice\tR\tyes\n#RECORDS\tgroup\tFULL\tno", m=matter_no(rng), d=date(rng), s=_c(r, SERVICE_ACCOUNTS))


def c4n_index(r):
    rng = r.rng
    r.f("{ts} WARN indexer: skipped \\\\dms01\\worksites\\Templates\\{t}: file type .{x} excluded by policy",
        ts=ts_sp(rng), t=_c(r, ["Judge_Assignment_Form", "Power_of_Attorney_Blank", "Justice_Dept_Letter"]),
        x=_c(r, ["msg", "zip", "dwg"]))


# ============================================================================ 5. esign_closing_qes

def c5_pades(r):
    rng = r.rng
    p = r.person(trad=_c(r, ["de_de", "fr_fr", "it_it", "es_es", "nl_nl", "pl_pl", "sv_se"]))
    r.f("Validation report for {f}\n  Signature #{i} (PAdES-B-LTA)\n    subject: C={c}, O={o}, CN=", f=f"SPA_{rng.randint(100, 999)}_executed.pdf",
        i=rng.randint(1, 4), c=_c(r, ["DE", "FR", "IT", "ES", "NL", "PL"]), o=_c(r, FIRMS).replace(",", ""))
    r.add(N(p.western()), f", SERIALNUMBER=PNO{_c(r, ['DE', 'FR', 'IT'])}-{rng.randint(10 ** 7, 10 ** 8 - 1)}\n")
    r.add(f"    signing time: {ts_iso(rng)}\n    qualified: yes (QSCD)\n    indication: ",
          _c(r, ["TOTAL-PASSED", "INDETERMINATE / NO_POE", "TOTAL-PASSED"]))


def c5_packet(r):
    rng = r.rng
    r.f("CLOSING CHECKLIST – {cap}\nSigning packet {n} status at {ts}\n", cap=_c(r, ["Project Basalt", "Series B "
                                                                                    "Financing", "Asset Purchase"]),
        n=rng.randint(1, 9), ts=ts_sp(rng))
    r.f("{a:<26}{b:<36}{c:<18}{d}\n", a="SIGNATORY", b="ENTITY", c="CAPACITY", d="STATUS")
    for _ in range(rng.randint(2, 4)):
        p = r.person()
        r.f("{a:<26}{b:<36}{c:<18}{d}\n", a=N(p.western()), b=_c(r, ORG_PARTIES)[:34],
            c=_c(r, ["Director", "CEO", "Attorney-in-fact", "Secretary"]), d=_c(r, ["Signed", "Pending", "Released"]))
    r.t("Release of signatures subject to confirmation from ").add(N(r.person().g_family()))


def c5_otp_sms(r):
    rng = r.rng
    p = r.person()
    r.f("{ts} sms.out to=", ts=ts_iso(rng))
    r.add(PH(phone(rng)), f" tmpl=sign_otp body=\"Your signing code for envelope {hexid(rng, 6).upper()} is "
          f"{rng.randint(100000, 999999)}\" signer=", N(p.western().lower() if rng.random() < 0.3 else p.western()),
          " signer_email=", E(p.email(rng)), " status=DELIVERED")


def c5_witness(r):
    rng = r.rng
    s, w = r.person(), r.person()
    doc = {"event": "witness.attested", "deed": f"DEED-{rng.randint(1000, 9999)}", "signer": N(s.full()),
           "witness": {"name": N(w.full()), "email": E(w.email(rng)), "ip": IP(ip(rng)),
                       "relationship": "independent adult, not a party"}, "at": ts_iso(rng)}
    r.json(doc, compact=rng.random() < 0.5)


def c5_etsi_xml(r):
    rng = r.rng
    p = r.person()
    r.f("<SimpleReport ValidationTime=\"{ts}\">\n  <DocumentName>{d}</DocumentName>\n  <Signature Id=\"S-{h}\">\n"
        "    <SigningTime>{t2}</SigningTime>\n    <SignedBy>", ts=ts_iso(rng), d=f"{matter_no(rng).replace('/', '-')}_Deed.pdf",
        h=hexid(rng, 10).upper(), t2=ts_iso(rng))
    r.add(N(xesc(p.western())), "</SignedBy>\n    <SignatureLevel>QESig</SignatureLevel>\n    <Indication>",
          _c(r, ["TOTAL_PASSED", "INDETERMINATE"]), "</Indication>\n  </Signature>\n</SimpleReport>")


def c5_binder(r):
    rng = r.rng
    p, q = r.person(), r.person()
    r.f("{ts} INFO binder.compile: added ", ts=ts_sp(rng))
    r.add(N(f"{fold(p.family).replace(' ', '')}_{fold(p.given).split()[0]}"), "_signature_page.pdf (3 pp) to tab ",
          str(rng.randint(1, 40)), "; counterpart from ", N(q.western()), " still missing")


def c5_pkcs11(r):
    rng = r.rng
    p = r.person()
    r.f("{ts} ERROR sign-agent: eu.sign.TokenException: CKR_PIN_LOCKED for certificate 'CN=", ts=ts_sp(rng))
    r.add(N(p.western()), f",OU=Qualified,O={_c(r, FIRMS).replace(',', '')},C=DE' slot=1\n\tat eu.sign.pkcs11.Session.login("
          "Session.java:212)\n\tat eu.sign.agent.SignJob.run(SignJob.java:88)\nuser=", N(p.acct(rng)))


def c5n_pades(r):
    rng = r.rng
    r.f("Validation report for {f}\n  Signature #1 (PAdES-B-LT, seal)\n    subject: C=DE, O={o}, CN={o} Seal, "
        "organizationIdentifier=VATDE-{v}\n    qualified: yes\n    indication: TOTAL-PASSED", f=f"SPA_{rng.randint(100, 999)}.pdf",
        o=_c(r, FIRMS).replace(",", ""), v=rng.randint(10 ** 8, 10 ** 9 - 1))


def c5n_packet(r):
    rng = r.rng
    r.t("CLOSING CHECKLIST – Asset Purchase\n")
    r.f("{a:<26}{b:<36}{c:<18}{d}\n", a="SIGNATORY", b="ENTITY", c="CAPACITY", d="STATUS")
    for _ in range(rng.randint(2, 3)):
        r.f("{a:<26}{b:<36}{c:<18}{d}\n", a=_c(r, ["TBD", "Authorised signatory", "(to be confirmed)"]),
            b=_c(r, ORG_PARTIES)[:34], c=_c(r, ["Director", "Officer"]), d="Pending")
    r.t("Release of signatures subject to " + _c(r, STATUTES))


def c5n_tsa(r):
    rng = r.rng
    r.f("<SimpleReport ValidationTime=\"{ts}\">\n  <Timestamp Id=\"T-{h}\">\n    <ProducedBy>CN=Qualified TSA 07, "
        "O=Trust Services GmbH, C=DE</ProducedBy>\n    <Indication>PASSED</Indication>\n  </Timestamp>\n</SimpleReport>",
        ts=ts_iso(rng), h=hexid(rng, 10).upper())


def c5n_binder(r):
    rng = r.rng
    r.f("{ts} INFO binder.compile: tab {t} '{c}' built from {n} templates by {s}", ts=ts_sp(rng),
        t=rng.randint(1, 40), c=_c(r, CAPTIONS), n=rng.randint(2, 9), s=_c(r, SERVICE_ACCOUNTS))


# ============================================================================ 6. ediscovery_processing

TH, PI = "\u00fe", "\u0014"


def c6_dat(r):
    rng = r.rng
    cols = ["BEGDOC", "ENDDOC", "CUSTODIAN", "FROM", "TO", "DATESENT", "MD5HASH"]
    r.t(PI.join(f"{TH}{c}{TH}" for c in cols) + "\n")
    for i in range(rng.randint(1, 3)):
        cu, fr, to = r.person(), r.person(), r.person()
        b = bates(rng)
        cells = [b, b, N(cu.last_first()), None, None, date(rng, "us"), hexid(rng, 32)]
        for j, c in enumerate(cells):
            if j:
                r.t(PI)
            r.t(TH)
            if j == 3:
                r.add(N(fr.western()), " <", E(fr.email(rng)), ">")
            elif j == 4:
                r.add(E(to.email(rng)))
            else:
                r.add(c)
            r.t(TH)
        r.t("\n")
    r.chomp()


def c6_extract_warn(r):
    rng = r.rng
    p = r.person()
    r.f("{ts} WARN  [worker-{w}] Extract: container \\\\proc01\\collections\\CUST-{c:04d}_", ts=ts_sp(rng),
        w=rng.randint(1, 24), c=rng.randint(1, 300))
    r.add(N(f"{slug(p.family).capitalize()}_{slug(p.given.split()[0]).capitalize()}"),
          "\\", N(p.acct(rng)), f".pst item {rng.randint(1000, 99999)}: ",
          _c(r, ["encrypted attachment (password-protected zip)", "corrupt RTF body", "unsupported .one file"]))


def c6_hold_ack(r):
    rng = r.rng
    p = r.person()
    r.f("ts={ts} hold=LH-{h} event=acknowledged custodian=\"", ts=ts_iso(rng), h=rng.randint(100, 999))
    r.add(N(p.full()), "\" email=", E(p.email(rng, _c(r, ["meridian-freight.example", "northgate.example"]))),
          " ip=", IP(ip(rng, 0.3)), f" reminder_count={rng.randint(0, 4)}")


def c6_custody(r):
    rng = r.rng
    ex, cu = r.person(), r.person()
    r.f("CHAIN OF CUSTODY – Evidence item E{e:03d}\nMatter       : {m}\nCustodian    : ", e=rng.randint(1, 200),
        m=matter_no(rng))
    r.add(N(cu.western()), "\nDevice       : ", _c(r, ["Dell Latitude 7440", "iPhone 15 Pro", "WD 2TB USB"]),
          f" (S/N {hexid(rng, 10).upper()})\nCollected by : ", N(ex.western()), " (forensic examiner)\nAcquired     : ",
          ts_sp(rng), f"\nSHA-256      : {hexid(rng, 64)}\nReleased to  : ", N(r.person().g_family()))


def c6_thread_csv(r):
    rng = r.rng
    r.t("thread_id,doc_id,email_from,participants,is_inclusive\n")
    for i in range(rng.randint(1, 3)):
        a, b = r.person(), r.person()
        r.add(f"T{rng.randint(10000, 99999)},{bates(rng)},", E(a.email(rng)), ",\"", N(a.last_first()), "; ",
              N(b.last_first()), "\",", _c(r, ["Y", "N"]), "\n" if i < 2 else "")
    r.chomp()


def c6_traceback(r):
    rng = r.rng
    p = r.person()
    r.t("Traceback (most recent call last):\n  File \"/opt/proc/worker.py\", line " + str(rng.randint(50, 400))
        + ", in process_item\n    ocr(item)\n  File \"/opt/proc/ocr.py\", line " + str(rng.randint(10, 99))
        + ", in ocr\n    raise OcrTimeout(item.id)\nproc.errors.OcrTimeout: " + bates(rng)
        + "\nlocals: item=Item(custodian=Custodian(name=")
    r.pystr(N(p.full())).t(", email=").pystr(E(p.email(rng))).t("), pages=" + str(rng.randint(1, 900)) + ")")


def c6_rsmf(r):
    rng = r.rng
    ps = [r.person(native_p=0.2) for _ in range(rng.randint(2, 3))]
    parts = []
    for i, p in enumerate(ps):
        parts.append({"id": f"P{i + 1}", "display": N(p.native_full() if p.native else p.western()),
                      "email": E(p.email(rng))})
    doc = {"version": "2.0.0", "participants": parts,
           "conversations": [{"id": "C1", "platform": _c(r, ["slack", "teams", "whatsapp"]),
                              "participants": [x["id"] for x in parts]}],
           "events": [{"type": "message", "participant": "P1", "timestamp": ts_iso(rng),
                       "body": "see attached"}]}
    r.t("rsmf_manifest.json: ").json(doc, indent=None, compact=True)


def c6n_dat(r):
    rng = r.rng
    cols = ["BEGDOC", "ENDDOC", "CUSTODIAN", "SOURCE", "FILEEXT", "MD5HASH"]
    r.t(PI.join(f"{TH}{c}{TH}" for c in cols) + "\n")
    for i in range(rng.randint(1, 3)):
        b = bates(rng)
        cells = [b, b, _c(r, ["Shared Drive - Finance", "Legal Department", "Records Department", "Jordan Logistics GmbH"]),
                 _c(r, ["\\\\fs02\\finance", "SharePoint/Contracts", "Box/Closing"]), _c(r, ["xlsx", "pdf", "msg"]),
                 hexid(rng, 32)]
        r.t(PI.join(f"{TH}{c}{TH}" for c in cells) + ("\n" if i < 2 else ""))
    r.chomp()


def c6n_stats(r):
    rng = r.rng
    r.f("{ts} INFO  [job-{j}] Processing complete: items={i} families={f} dedup_removed={d} nist_removed={n} "
        "exceptions={e} (encrypted={x}) elapsed={t}s", ts=ts_sp(rng), j=rng.randint(100, 999),
        i=rng.randint(10000, 900000), f=rng.randint(1000, 90000), d=rng.randint(100, 90000),
        n=rng.randint(100, 9000), e=rng.randint(0, 90), x=rng.randint(0, 20), t=rng.randint(60, 90000))


def c6n_hold(r):
    rng = r.rng
    r.f("ts={ts} hold=LH-{h} event=reminder_sent custodian_group=\"{g}\" recipients={n} sender={s}", ts=ts_iso(rng),
        h=rng.randint(100, 999), g=_c(r, ["Finance Department", "Board of Directors", "IT Operations"]),
        n=rng.randint(3, 90), s=_c(r, SERVICE_ACCOUNTS))


def c6n_rsmf(r):
    rng = r.rng
    doc = {"version": "2.0.0", "participants": [{"id": "P1", "display": _c(r, ["Deploy Bot", "Jira Cloud",
                                                                              "Calendar"]), "email": None}],
           "conversations": [{"id": "C1", "platform": "slack", "participants": ["P1"]}],
           "events": [{"type": "message", "participant": "P1", "timestamp": ts_iso(rng), "body": "build passed"}]}
    r.t("rsmf_manifest.json: ").json(doc, compact=True)


FAMILIES = [
    ("matter_intake_conflicts", [c1_hit_report, c1_intake_json, c1_oracle_trace, c1_workflow, c1_java, c1_german,
                                 c1_lateral_csv], [c1n_hit_report, c1n_intake_json, c1n_oracle, c1n_java]),
    ("time_entry_prebill", [c2_timecapture, c2_prebill_diff, c2_ebill_appeal, c2_dotnet, c2_writedown_mail,
                            c2_rate_csv, c2_multilang_wip], [c2n_timecapture, c2n_prebill, c2n_rate_csv, c2n_dotnet]),
    ("trust_iolta_ledger", [c3_threeway, c3_disbursement, c3_card_deposit, c3_wire, c3_negative_alert, c3_carpa,
                            c3_anderkonto, c3_repr], [c3n_threeway, c3n_disbursement, c3n_card_declined, c3n_wire]),
    ("dms_workspace_audit", [c4_checkout, c4_wall_xml, c4_email_filing, c4_acl_tsv, c4_profile_json,
                             c4_index_error, c4_italian], [c4n_checkout, c4n_wall_xml, c4n_acl, c4n_index]),
    ("esign_closing_qes", [c5_pades, c5_packet, c5_otp_sms, c5_witness, c5_etsi_xml, c5_binder, c5_pkcs11],
     [c5n_pades, c5n_packet, c5n_tsa, c5n_binder]),
    ("ediscovery_processing", [c6_dat, c6_extract_warn, c6_hold_ack, c6_custody, c6_thread_csv, c6_traceback,
                               c6_rsmf], [c6n_dat, c6n_stats, c6n_hold, c6n_rsmf]),
]

