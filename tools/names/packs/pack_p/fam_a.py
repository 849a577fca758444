"""pack_p families 1-6: donor CRM debug logs, tax receipts, volunteer rotas, sacramental registers, church
management check-in and pastoral care, grant-making."""

from __future__ import annotations

from core import (
    COMPANIES,
    HOSTS,
    IP,
    ORG_DOMAINS,
    PRODUCTS,
    SERVICE_ACCOUNTS,
    STATUSES,
    UI_STRINGS,
    VERSIONS,
    C,
    E,
    F,
    J,
    N,
    P,
    S,
    X,
    csv_ok,
    csv_row,
    enc,
    form,
    join,
    pad,
    pct,
    pct_safe,
    pq,
    pyrepr_ok,
    seg,
    sqlq,
    table,
    xesc,
    xml_ok,
)


def _sf_id(c, pre):
    return pre + "5g0000" + "".join(c.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789")
                                    for _ in range(6)) + c.choice(["AAV", "AAQ", "IAA", "QAW"])


def _apex_t(c):
    """Apex log clock: monotonic within a record."""
    base = getattr(c, "_apex_clock", None)
    if base is None:
        base = c.ri(0, 86399000)
    base += c.ri(1, 900)
    c._apex_clock = base
    ms = base % 1000
    s = base // 1000
    return f"{s // 3600 % 24:02d}:{s // 60 % 60:02d}:{s % 60:02d}.{ms:03d} ({base * 1000 + c.ri(0, 999)})"


def _sf_user(c, p):
    dom = c.choice(["hopetrust.org", "stcolumba.org.uk", "foodshare.org", "kinderhilfe.de"])
    sfx = c.choice(["", "", ".npsp", ".uat", ".partial"])
    return f"{c.acct(p, style=c.choice(['first.last', 'flast', 'f.last']), digits=False)}@{dom}{sfx}"


# ---------------------------------------------------------------- 1. npsp_apex_debug
def apex_contact_tostring(c):
    p = c.person()
    em = c.email(p)
    ph = c.phone(c.choice(["us", "uk", "au", "ca"]))
    body = F("Contact:{Id={id}, FirstName={g}, LastName={f}, npe01__HomeEmail__c={em}, MobilePhone={ph}, "
             "npo02__TotalOppAmount__c={amt}}", id=_sf_id(c, "003"), g=N(p.given), f=N(p.family), em=E(em),
             ph=P(ph), amt=c.money(20, 9000))
    return F("{t}|USER_DEBUG|[{ln}]|DEBUG|{what} {body}", t=_apex_t(c), ln=c.ri(12, 480),
             what=c.choice(["before insert:", "dedupe candidate", "rollup target", "Trigger.new[0]="]), body=body)


def apex_household_naming(c):
    a = c.latin()
    b = c.latin()
    fam = a.family
    hh = c.choice(["{f} Household", "The {f} Family", "{f} ({ga} and {gb}) Household"])
    hh_seg = F(hh, f=N(fam), ga=N(a.given), gb=N(b.given))
    formal = F("{ta} {ga} and {tb} {gb} {f}", ta=c.choice(["Mr.", "Dr.", "Ms."]), tb=c.choice(["Mrs.", "Mr.", "Dr."]),
               ga=N(a.given), gb=N(b.given), f=N(fam))
    informal = F("{ga} and {gb}", ga=N(a.given), gb=N(b.given))
    lines = [
        F("{t}|USER_DEBUG|[211]|DEBUG|HH_NameSpec.getHouseholdName() contacts=2 -> {hh}", t=_apex_t(c), hh=hh_seg),
        F("{t}|USER_DEBUG|[214]|DEBUG|Formal_Greeting__c = {fg}", t=_apex_t(c), fg=formal),
        F("{t}|USER_DEBUG|[215]|DEBUG|Informal_Greeting__c = {ig}", t=_apex_t(c), ig=informal),
    ]
    return join(lines, "\n")


def apex_user_info(c):
    p = c.person(native=False)
    u = _sf_user(c, p)
    tz, zone = c.choice([("+00:00", "Greenwich Mean Time (Europe/London)"), ("-05:00", "Eastern Standard Time"
                         " (America/New_York)"), ("+10:00", "Australian Eastern Standard Time (Australia/Sydney)"),
                         ("+01:00", "Central European Standard Time (Europe/Berlin)")])
    return F("{v} APEX_CODE,FINEST;APEX_PROFILING,INFO;CALLOUT,INFO;DB,INFO;SYSTEM,DEBUG;VALIDATION,INFO\n"
             "{t}|USER_INFO|[EXTERNAL]|{uid}|{u}|(GMT{tz}) {zone}|GMT{tz}\n"
             "{t2}|EXECUTION_STARTED\n{t3}|CODE_UNIT_STARTED|[EXTERNAL]|{cls}",
             v=c.choice(["58.0", "59.0", "60.0", "61.0"]), t=_apex_t(c), uid=_sf_id(c, "005"), u=E(u),
             tz=tz, zone=zone,
             t2=_apex_t(c), t3=_apex_t(c), cls=c.choice(["npsp.RLLP_OppRollup_BATCH", "npsp.CRLP_Batch", "GiftEntryCtrl"]))


def apex_soql(c):
    p = c.latin()
    em = c.email(p)
    q = c.choice([
        F("SELECT Id, Name, Email FROM Contact WHERE Email = '{em}' LIMIT 1", em=E(em)),
        F("SELECT Id FROM Contact WHERE LastName = '{f}' AND FirstName = '{g}' AND MailingPostalCode = '{pc}'",
          f=N(sqlq(p.family)), g=N(sqlq(p.given)), pc=c.choice(["EH1 2NG", "10001", "2000", "80331", "M5V 3L9"])),
        F("SELECT Id, npe01__One2OneContact__r.Name FROM Account WHERE Name LIKE '%{f}%' AND RecordType.Name = "
          "'Household Account'", f=N(sqlq(p.family))),
    ])
    return F("{t}|SOQL_EXECUTE_BEGIN|[{ln}]|Aggregations:0|{q}\n{t2}|SOQL_EXECUTE_END|[{ln}]|Rows:{r}",
             t=_apex_t(c), ln=c.ri(30, 300), q=q, t2=_apex_t(c), r=c.ri(0, 3))


def apex_dml_exception(c):
    p = c.person()
    q = c.person(native=False)
    return F("{t}|EXCEPTION_THROWN|[{ln}]|System.DmlException: Insert failed. First exception on row 0; first error: "
             "DUPLICATES_DETECTED, Use one of these records?: [{name}]\n"
             "{t2}|FATAL_ERROR|System.DmlException: Insert failed. First exception on row 0 with id {id}; "
             "first error: FIELD_CUSTOM_VALIDATION_EXCEPTION, Soft credit contact {soft} cannot equal the donor: []",
             t=_apex_t(c), ln=c.ri(40, 900), name=c.nm(p, c.choice(["full", "western"])), t2=_apex_t(c),
             id=_sf_id(c, "006"), soft=c.nm(q, c.choice(["full", "lf"])))


def apex_variable_json(c):
    p = c.person()
    em = c.email(p)
    doc = J({"attributes": {"type": "npsp__DataImport__c"}, "npsp__Contact1_Firstname__c": N(p.given),
             "npsp__Contact1_Lastname__c": N(p.family), "npsp__Contact1_Personal_Email__c": E(em),
             "npsp__Donation_Amount__c": float(c.ri(5, 500)), "npsp__Status__c": "Dry Run - Validated"},
            compact=True)
    return F("{t}|VARIABLE_ASSIGNMENT|[{ln}]|di|{doc}|0x{h}", t=_apex_t(c), ln=c.ri(20, 200), doc=doc, h=c.hexid(8))


def apex_flow_assignment(c):
    p = c.person()
    owner = c.person(native=False)
    return F("{t}|FLOW_ASSIGNMENT_DETAIL|{fid}|varThankYouOwner|ASSIGN|{own}\n"
             "{t2}|FLOW_ELEMENT_BEGIN|FlowRecordUpdate|Update_Task\n"
             "{t3}|FLOW_VALUE_ASSIGNMENT|{fid}|{{!$Record.Contact.Name}}|{nm}",
             t=_apex_t(c), fid=c.hexid(12), own=N(c.acct(owner)), t2=_apex_t(c), t3=_apex_t(c), nm=c.nm(p, "full"))


def neg_apex_contact(c):
    body = F("Contact:{Id={id}, FirstName=null, LastName={ln}, npe01__HomeEmail__c=null, MobilePhone=null, "
             "npo02__TotalOppAmount__c=0.00}", id=_sf_id(c, "003"),
             ln=c.choice(["Anonymous", "Unknown Donor", "Test Record", "DO NOT USE", "Placeholder"]))
    return F("{t}|USER_DEBUG|[{ln}]|DEBUG|before insert: {body}", t=_apex_t(c), ln=c.ri(12, 480), body=body)


def neg_apex_household(c):
    org = c.choice(COMPANIES)
    return F("{t}|USER_DEBUG|[211]|DEBUG|HH_NameSpec.getHouseholdName() skipped: account {id} is Organization "
             "'{org}' (RecordType=Organization)\n{t2}|USER_DEBUG|[230]|DEBUG|Formal_Greeting__c unchanged",
             t=_apex_t(c), id=_sf_id(c, "001"), org=org, t2=_apex_t(c))


def neg_apex_limits(c):
    rows = [f"  Number of SOQL queries: {c.ri(1, 99)} out of 100", f"  Number of DML rows: {c.ri(0, 9999)} out of 10000",
            f"  Maximum CPU time: {c.ri(100, 9999)} out of 10000", f"  Maximum heap size: {c.ri(0, 6000000)} out of 6000000"]
    return F("{t}|LIMIT_USAGE_FOR_NS|(default)|\n{rows}\n{t2}|CODE_UNIT_FINISHED|{cls}\n{t3}|EXECUTION_FINISHED",
             t=_apex_t(c), rows="\n".join(rows), t2=_apex_t(c), cls=c.choice(["npsp.RLLP_OppRollup_BATCH",
                                                                              "GiftEntryCtrl", "npsp.CRLP_Batch"]),
             t3=_apex_t(c))


def neg_apex_soql(c):
    return F("{t}|SOQL_EXECUTE_BEGIN|[{ln}]|Aggregations:0|SELECT Id, StageName FROM Opportunity WHERE CloseDate = "
             "LAST_N_DAYS:{n} AND Campaign.Name = '{camp}'\n{t2}|SOQL_EXECUTE_END|[{ln}]|Rows:{r}",
             t=_apex_t(c), ln=c.ri(30, 300), n=c.ri(7, 90),
             camp=c.choice(["Christmas Appeal 2025", "Harvest Sunday", "Operation Noah", "Spring Raffle",
                            "Victoria Marathon", "Phoenix Appeal"]), t2=_apex_t(c), r=c.ri(0, 5000))


def neg_apex_user_info(c):
    return F("{t}|USER_INFO|[EXTERNAL]|{uid}|Automated Process|(GMT+00:00) Greenwich Mean Time|GMT+00:00\n"
             "{t2}|CODE_UNIT_STARTED|[EXTERNAL]|{cls}", t=_apex_t(c), uid=_sf_id(c, "005"), t2=_apex_t(c),
             cls=c.choice(["npsp.RD2_OpportunityEvaluation_BATCH", "npsp.ERR_AsyncErrors", "npsp.UTIL_MasterSchedulable"]))


# ---------------------------------------------------------------- 2. tax_receipt_runs
def _receipt_no(c):
    return f"{c.choice([2025, 2026])}-{c.ri(1, 99999):06d}"


def rcpt_logfmt_render(c):
    p = c.person(native=False)
    fn = N(f"{p.family}_{p.given}".replace(" ", "_"))
    rn = _receipt_no(c)
    cur, tpl = c.choice([("USD", "us_501c3_yearend"), ("CAD", "ca_cra_official"), ("AUD", "au_dgr")])
    return F('ts={ts} level=info svc=receipt-renderer msg="receipt rendered" receipt_no={rn} donor="{d}" '
             'tax_year={ty} eligible_amount={amt} currency={cur} template={tpl} pdf=s3://receipts/{ty}/{fn}_{rn}.pdf',
             ts=c.iso(), rn=rn, d=c.nm(p, c.choice(["full", "lf"])), ty=c.choice([2024, 2025]), amt=c.money(10, 20000),
             cur=cur, tpl=tpl, fn=fn)


def rcpt_cra_validation(c):
    p = c.person(native=False)
    rn = _receipt_no(c)
    nm = c.nm(p, c.choice(["lf_upper", "upper", "lf"]))
    return F("{ts} WARN  [cra-validate] receipt {rn}: donor name \"{nm}\" has no civic address line; "
             "BN/RR {bn}RR0001; eligible={amt} CAD; advantage=0.00; issued by {who}",
             ts=c.ts(), rn=rn, nm=nm, bn=c.digits(9), amt=c.money(20, 5000),
             who=N(c.acct(c.latin(), style=c.choice(["flast", "first.last"]))))


def rcpt_zuwendung(c):
    p = c.person(native=False)
    anrede = "Frau" if p.gender == "f" else "Herr"
    return F("{ts} INFO  de.spenden.bescheinigung.Sammelbestaetigung - Zuwendungsbestätigung {nr} erstellt: "
             "Zuwendender={an} {nm}, Zeitraum=01.01.{y}-31.12.{y}, Gesamtbetrag={b} EUR, Verzicht auf Erstattung=nein, "
             "Freistellungsbescheid FA {fa} vom {d}", ts=c.ts(), nr=f"ZB-{c.ri(2024, 2025)}-{c.ri(1, 99999):05d}",
             an=anrede, nm=c.nm(p, c.choice(["full", "full", "upper"])), y=c.choice([2024, 2025]),
             b=f"{c.ri(20, 9000)},{c.ri(0, 99):02d}", fa=c.choice(["Hamburg-Nord", "München", "Köln-Altstadt"]),
             d=f"{c.ri(1, 28):02d}.{c.ri(1, 12):02d}.2023")


def rcpt_cerfa(c):
    p = c.person(native=False)
    nom = F("{fam} {g}", fam=N(p.family.upper()), g=N(p.given)) if c.chance(0.5) else seg(N(f"{p.family.upper()} {p.given}"))
    em = c.email(p)
    return F("[{ts}] recus_fiscaux.INFO: Reçu fiscal Cerfa n°11580*04 généré {{\"numero\":\"RF{y}-{n}\","
             "\"donateur\":\"{nom}\",\"email\":\"{em}\",\"montant\":\"{m} €\",\"forme\":\"{forme}\"}}",
             ts=c.ts(), y=c.choice([2024, 2025]), n=c.ri(1000, 99999), nom=nom, em=E(em), m=c.ri(10, 3000),
             forme=c.choice(["Déclaration de don manuel", "Acte authentique", "Autres"]))


def rcpt_8283(c):
    p = c.person(native=False)
    ssn = c.ssn(c.choice(["-", "-", ""]))
    last4 = c.chance(0.35)
    tin = F("XXX-XX-{l4}", l4=S(ssn[-4:])) if last4 else seg(S(ssn))
    return F("{ts} form8283.intake INFO donee_ack section=B item={item} appraised_fmv={fmv} donor=\"{nm}\" "
             "donor_tin={tin} appraiser=\"{ap}\" signed_by={sig}",
             ts=c.iso(), item=c.choice(["\"1998 Steinway piano\"", "\"artwork (oil on canvas)\"", "\"land parcel 14B\"",
                                        "\"2017 Toyota Sienna\""]), fmv=c.ri(5001, 90000),
             nm=c.nm(p, c.choice(["full", "lf", "upper"])), tin=tin, ap=c.nm(c.latin(), "full"),
             sig=N(c.acct(c.latin())))


def rcpt_reissue_csv(c):
    rows = [seg("receipt_no,donor_id,donor_name,reason,issued_by,issued_at")]
    for _ in range(c.ri(2, 4)):
        p = c.person()
        rows.append(csv_row([_receipt_no(c), f"D{c.ri(10000, 99999)}", c.nm(p, c.choice(["full", "lf", "upper"])),
                             c.choice(["name misspelt", "address changed", "amount corrected", "duplicate void"]),
                             N(c.acct(c.latin())), c.day()]))
    return csv_ok(join(rows, "\n"))


def rcpt_yearend_mail_queue(c):
    p = c.person()
    em = c.email(p)
    doc = J({"queue": "yearend-statements", "to": E(em), "merge": {"salutation": seg("Dear ", N(p.given)),
                                                                   "donor_name": c.nm(p, "full"),
                                                                   "ytd_total": c.money(50, 9000), "gifts": c.ri(1, 24)},
             "attempt": c.ri(1, 3)}, indent=2)
    return seg(f"{c.iso()} mailer enqueue\n", doc)


def neg_rcpt_summary(c):
    return F("ts={ts} level=info svc=receipt-renderer msg=\"batch complete\" batch={b} rendered={r} voided={v} "
             "skipped_no_address={s} template={tpl} version={ver} host={h}", ts=c.iso(), b=c.hexid(10),
             r=c.ri(100, 9000), v=c.ri(0, 30), s=c.ri(0, 200),
             tpl=c.choice(["us_501c3_yearend", "ca_cra_official", "au_dgr"]), ver=c.choice(VERSIONS), h=c.choice(HOSTS))


def neg_rcpt_company(c):
    return F("{ts} WARN  [cra-validate] receipt {rn}: donor \"{co}\" is a corporation; official receipt replaced by "
             "acknowledgement letter; issued by {svc}", ts=c.ts(), rn=_receipt_no(c), co=c.choice(COMPANIES),
             svc=c.choice(SERVICE_ACCOUNTS))


def neg_rcpt_void_csv(c):
    rows = [seg("receipt_no,donor_id,donor_name,reason,issued_by,issued_at")]
    for _ in range(c.ri(2, 4)):
        rows.append(csv_row([_receipt_no(c), f"D{c.ri(10000, 99999)}", c.choice(["ANONYMOUS", "(organisation)",
                                                                                 c.choice(COMPANIES)]),
                             c.choice(["duplicate void", "cheque returned", "amount corrected"]),
                             c.choice(["receipt_runner", "svc_crm_sync", "SYSTEM"]), c.day()]))
    return csv_ok(join(rows, "\n"))


def neg_rcpt_de(c):
    return F("{ts} INFO  de.spenden.bescheinigung.Sammelbestaetigung - Lauf {nr} abgeschlossen: {n} Bestätigungen, "
             "{f} fehlerhaft, Vorlage \"{v}\"", ts=c.ts(), nr=c.hexid(6), n=c.ri(10, 9000), f=c.ri(0, 20),
             v=c.choice(["Geldzuwendung Verein", "Sachzuwendung", "Mitgliedsbeitrag"]))


# ---------------------------------------------------------------- 3. volunteer_rota
_ROLES = ["Soup kitchen – serving", "Warehouse sorting", "Befriending phone call", "Hospice shop till",
          "Night shelter – sleep-in", "Parish café", "Driver – hospital run", "Youth club helper", "Food hall set-up"]
_SITES = ["Holy Trinity Hall", "Northside Depot", "St Aidan's Crypt", "Market St Shop", "Riverside Centre"]


def rota_signup_json(c):
    v = c.person()
    coord = c.person(native=False)
    em = c.email(v)
    mob = c.phone(c.choice(["uk", "us", "au", "ie", "nz"]))
    doc = J({"event": "shift.signup", "shift": {"id": f"SH-{c.ri(1000, 99999)}", "role": c.choice(_ROLES),
                                                 "site": c.choice(_SITES), "starts_at": c.iso()},
             "volunteer": {"id": f"V-{c.ri(100, 99999):05d}", "first_name": N(v.given), "last_name": N(v.family),
                           "email": E(em), "mobile": P(mob)},
             "coordinator": c.nm(coord, "full")}, indent=c.choice([2, 4]))
    return doc


def rota_sms_reminder(c):
    v = c.person(native=False)
    mob = c.phone(c.choice(["uk", "us", "au", "ie"]), style=c.choice([None, "e164"]))
    body = F("Hi {g}, reminder: {role} at {site} {when}. Reply C to cancel.", g=N(v.given), role=c.choice(_ROLES),
             site=c.choice(_SITES), when=c.choice(["Sat 09:00", "tomorrow 17:30", "Sun 12:15"]))
    return F("{ts} sms.out id={id} to={to} campaign=rota-remind segments={sg} body=\"{b}\"", ts=c.iso(), id=c.hexid(12),
             to=P(mob), sg=c.ri(1, 2), b=body)


def rota_kiosk_checkin(c):
    v = c.person(native=False)
    sup = c.person(native=False)
    return F("checkin kiosk={k} volunteer_id=V-{id} name=\"{nm}\" role=\"{role}\" hours_today={h} supervisor={sup}",
             k=c.choice(["lobby-2", "depot-1", "shop-till"]), id=f"{c.ri(100, 99999):05d}",
             nm=c.nm(v, c.choice(["lf", "full", "upper"])), role=c.choice(_ROLES), h=c.choice(["2.5", "3.0", "4.25"]),
             sup=N(c.acct(sup)))


def rota_swap_chain(c):
    a, b = c.person(), c.person()
    ap = c.person(native=False)
    arrow = c.choice([" -> ", " → ", " => "])
    return F("{ts} rota.swap #{n}: {role} {day}: {a}{arr}{b} (approved by {ap})", ts=c.ts(), n=c.ri(100, 9999),
             role=c.choice(_ROLES), day=c.choice(["Sat 14 Jun", "Sun 2 Nov", "Wed 8 Jan"]), a=c.nm(a, "full"),
             arr=arrow, b=c.nm(b, "full"), ap=N(c.acct(ap)))


def rota_hours_tsv(c):
    rows = [seg("volunteer\temail\trole\tsite\thours\tmonth")]
    for _ in range(c.ri(2, 4)):
        v = c.person()
        rows.append(join([c.nm(v, c.choice(["full", "lf"])), E(c.email(v)), c.choice(_ROLES), c.choice(_SITES),
                          str(c.ri(1, 40)), c.choice(["2025-11", "2026-01", "2026-03"])], "\t"))
    return csv_ok(join(rows, "\n"), delim="\t")


def rota_printout(c):
    rows = []
    for d in c.r.sample(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"], c.ri(2, 4)):
        v = c.person(native=False)
        rows.append([d, c.choice(["Serving", "Kitchen", "Driver", "Door", "Till"]),
                     c.nm(v, c.choice(["upper", "full", "initial"])),
                     P(c.phone(c.choice(["uk", "us", "au"]), style="nat" if c.chance(0.5) else None))])
    return seg(f"ROTA {c.choice(_SITES).upper()}  week {c.ri(1, 52)}\n", table(["DAY", "ROLE", "VOLUNTEER", "PHONE"], rows))


def rota_multilang(c):
    v = c.person()
    tpl = c.choice(["Turno confirmado para {n}: {role}, sábado 10:00.", "Schicht bestätigt für {n}: {role}.",
                    "Créneau confirmé pour {n} : {role}, samedi 10h.", "Turno confermato per {n}: {role}.",
                    "Dienst bevestigd voor {n}: {role}."])
    return F("{ts} [notify] {msg} ({id})", ts=c.ts(), msg=F(tpl, n=c.nm(v, "full"), role=c.choice(_ROLES)),
             id=c.hexid(8))


def neg_rota_unfilled(c):
    rows = []
    for d in c.r.sample(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"], c.ri(2, 4)):
        rows.append([d, c.choice(["Serving", "Kitchen", "Driver", "Door", "Till"]),
                     c.choice(["-- UNFILLED --", "TBC", "Team Victoria", "Youth Group", "Confirmation Class"]),
                     c.choice(["n/a", "-", "see office"])])
    return seg(f"ROTA {c.choice(_SITES).upper()}  week {c.ri(1, 52)}\n", table(["DAY", "ROLE", "VOLUNTEER", "PHONE"], rows))


def neg_rota_sms_template(c):
    return F("{ts} sms.template id=rota-remind v{v} body=\"Hi {{first_name}}, reminder: {{role}} at {{site}} "
             "{{when}}. Reply C to cancel.\" status={st}", ts=c.iso(), v=c.ri(2, 19),
             st=c.choice(["Approved", "Draft", "Pending"]))


def neg_rota_kiosk(c):
    return F("checkin kiosk={k} volunteer_id=- name=\"{nm}\" role=\"{role}\" hours_today=0 supervisor={sup}",
             k=c.choice(["lobby-2", "depot-1", "shop-till"]), nm=c.choice(["Group Booking", "Corporate Team Day",
                                                                          "Duke of Edinburgh Group", "Walk-in"]),
             role=c.choice(_ROLES), sup=c.choice(["rota-scheduler", "kiosk-lobby-2", "SYSTEM"]))


def neg_rota_multilang(c):
    return F("{ts} [notify] {msg} ({id})", ts=c.ts(), msg=c.choice(UI_STRINGS + ["Schicht abgesagt", "Turno cancelado",
                                                                                "Créneau annulé"]), id=c.hexid(8))


# ---------------------------------------------------------------- 4. sacramental_registers
_CHURCHES = ["St Columba", "St Mary Magdalene", "Holy Cross", "St Thomas More", "Our Lady of Lourdes",
             "St Joseph the Worker", "Sts Cyril and Methodius", "St Nicholas", "Christ Church"]


def reg_gedcom(c):
    p = c.person(native=False)
    xref = f"@I{c.ri(1, 9999)}@"
    y, m, d = c.date()
    mon = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"][m - 1]
    ev = c.choice(["BAPM", "CONF", "MARR", "BURI"])
    off = c.person(native=False)
    return F("0 {x} INDI\n1 NAME {nm}\n2 GIVN {g}\n2 SURN {f}\n1 SEX {sx}\n1 {ev}\n2 DATE {d} {mon} {y}\n"
             "2 PLAC {ch}, {pl}\n2 NOTE Officiant: Rev. {off}\n1 FAMC @F{fam}@",
             x=xref, nm=N(f"{p.given} /{p.family}/"), g=N(p.given), f=N(p.family), sx=p.gender.upper(), ev=ev, d=d,
             mon=mon, y=y, ch=c.choice(_CHURCHES), pl=c.choice(["Glasgow", "Boston", "Kraków", "Cork", "Manila"]),
             off=c.nm(off, "full"), fam=c.ri(1, 999))


def reg_baptism_pipe(c):
    ch = c.person(native=False)
    fa = c.latin(gender="m")
    mo = c.latin(gender="f")
    gp1, gp2 = c.person(native=False), c.person(native=False)
    mn = c.latin(gender="m")
    return F("REG BAPT {y}/{n} | child: {ch} | father: {fa} | mother: {mo} (née {mn}) | godparents: {g1}; {g2} "
             "| minister: {t} {mi} | entered_by={eb}", y=c.choice([2025, 2026]),
             n=f"{c.ri(1, 400):04d}", ch=N(f"{ch.given} {fa.family}"), fa=c.nm(fa, "full"), mo=N(f"{mo.given} {fa.family}"), mn=N(mo.family),
             g1=c.nm(gp1, "full"), g2=c.nm(gp2, c.choice(["full", "upper"])), t=c.choice(["Rev.", "Fr.", "Revd", "Pastor"]),
             mi=c.nm(mn, "full"), eb=N(c.acct(c.latin())))


def reg_latin(c):
    inf = c.latin()
    p1, p2 = c.latin(gender="m"), c.latin(gender="f")
    mon = c.choice(["Ianuarii", "Martii", "Maii", "Septembris", "Decembris"])
    return F("[{ts}] register.import WARN unparsed entry kept verbatim: \"Anno Domini {y}, die {d} mensis {mon}, "
             "ego infrascriptus baptizavi infantem, cui impositum est nomen {g}; patrini fuerunt {a} et {b}.\"",
             ts=c.ts(), y=c.choice([2025, 2026]), d=c.ri(1, 28), mon=mon, g=N(inf.given), a=c.nm(p1, "full"),
             b=c.nm(p2, "full"))


def reg_polish(c):
    d = c.latin()
    f = c.latin(gender="m")
    m = c.latin(gender="f")
    return F("{ts} INFO księgi: Akt chrztu nr {n}/{y}: dziecko {d}, ojciec {f}, matka {m} z d. {md}; "
             "ochrzcił ks. {k}", ts=c.ts(), n=c.ri(1, 300), y=c.choice([2025, 2026]), d=c.nm(d, "full"),
             f=c.nm(f, "full"), m=N(m.given), md=N(m.family), k=c.nm(c.latin(gender="m"), "full"))


def reg_marriage_banns(c):
    g, b = c.person(), c.person()
    off = c.person(native=False)
    doc = J({"type": "marriage_banns", "parish": c.choice(_CHURCHES),
             "groom": {"forenames": N(g.given), "surname": N(g.family), "parish_of_residence": c.choice(_CHURCHES)},
             "bride": {"forenames": N(b.given), "surname": N(b.family), "parish_of_residence": c.choice(_CHURCHES)},
             "banns_read": [c.day(), c.day(), c.day()], "officiant": c.nm(off, "full")},
            indent=2, ensure_ascii=c.chance(0.3))
    return seg(f"{c.iso()} banns.publish ok\n", doc)


def reg_certificate_request(c):
    p = c.person()
    em = c.email(p)
    ipv = c.anyip()
    q = F("kind={k}&name={nm}&email={em}&reason={r}", k=c.choice(["baptism", "confirmation", "marriage"]),
          nm=enc(c.nm(p, "western"), form), em=E(pct_safe(em) if c.chance(0.3) else pct(em)),
          r=c.choice(["school+admission", "wedding", "genealogy"]))
    return F("{ip} - - {t} \"POST /certificates/request HTTP/1.1\" 302 0 \"-\" \"Mozilla/5.0\" body=\"{q}\"",
             ip=IP(ipv), t=c.clf_ts(), q=q)


def reg_janazah(c):
    dec = c.person()
    kin = c.person()
    ph = c.phone(c.choice(["uk", "us", "ng", "za", "in"]))
    return F("{ts} funerals: janazah booked {d} after Dhuhr, deceased=\"{dn}\", next_of_kin=\"{kn}\" tel {ph}, "
             "ghusl arranged by {gb}", ts=c.ts(), d=c.day(), dn=c.nm(dec, "full"), kn=c.nm(kin, "full"), ph=P(ph),
             gb=N(c.acct(c.latin())))


def neg_reg_gedcom_head(c):
    return F("0 HEAD\n1 SOUR {src}\n2 VERS {v}\n1 GEDC\n2 VERS 5.5.1\n2 FORM LINEAGE-LINKED\n1 CHAR UTF-8\n"
             "1 SUBM @U1@\n0 @U1@ SUBM\n1 NAME {subm}", src=c.choice(["PARISHREG", "ChurchRecords", "RegisterSync"]),
             v=c.choice(VERSIONS), subm=c.choice(["Parish Office", "Diocesan Archive", "Registry Import Bot"]))


def neg_reg_index(c):
    return F("REG BAPT {y} index rebuilt | parish: {ch} | entries: {n} | corrections: {k} | minister: (vacant) "
             "| entered_by={eb}", y=c.choice([2025, 2026]), ch=c.choice(_CHURCHES), n=c.ri(10, 400), k=c.ri(0, 9),
             eb=c.choice(["svc_crm_sync", "legacy-importer", "SYSTEM"]))


def neg_reg_feast(c):
    return F("[{ts}] register.import INFO calendar row kept: \"{f}\" ({ch}), colour={col}", ts=c.ts(),
             f=c.choice(["Dominica III Adventus", "In Nativitate Domini", "Feria IV Cinerum", "Dominica in Palmis",
                         "Festum Sancti Ioseph", "Assumptio Beatae Mariae Virginis"]), ch=c.choice(_CHURCHES),
             col=c.choice(["violet", "white", "green", "red"]))


def neg_reg_cert_request(c):
    return F("{h} - - {t} \"GET /certificates/request?kind={k}&lang={l} HTTP/1.1\" 200 {b} \"-\" \"Mozilla/5.0\"",
             h=c.choice(HOSTS), t=c.clf_ts(), k=c.choice(["baptism", "confirmation", "marriage"]),
             l=c.choice(["en", "pl", "es", "tl"]), b=c.ri(1000, 40000))


# ---------------------------------------------------------------- 5. chms_checkin_care
def chms_label_print(c):
    kid = c.person()
    par = c.person()
    kid_nm = N(kid.given) if c.chance(0.5) else c.nm(kid, "full")
    return F("{ts} label_print printer={pr} child=\"{k}\" room=\"{room}\" parent=\"{p}\" pager={ph} "
             "security_code={sc} allergy=\"{al}\"", ts=c.iso(), pr=c.choice(["Zebra-Kids-1", "Brother-Nursery", "DYMO-Foyer"]),
             k=kid_nm, room=c.choice(["Toddlers", "Rainbows", "K-2 Explorers", "Nursery"]), p=c.nm(par, "full"),
             ph=P(c.phone(c.choice(["us", "uk", "au", "ca", "za"]))), sc="".join(c.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
                                                                        for _ in range(4)),
             al=c.choice(["none", "peanuts", "dairy", "bee stings"]))


def chms_checkin_json(c):
    k = c.person()
    who = c.person(native=False)
    doc = J({"type": "CheckIn", "attributes": {"kind": "Regular", "security_code": c.hexid(4).upper(),
                                                "created_at": c.iso()},
             "person": {"first_name": N(k.given), "last_name": N(k.family), "child": True},
             "checked_in_by": {"login": N(c.acct(who)), "name": c.nm(who, "full")},
             "station": seg(N(who.given), "s-iPad") if c.chance(0.4) else c.choice(["Foyer iPad 2", "Kids Wing Kiosk"])},
            compact=c.chance(0.5))
    return doc


def chms_pastoral_note(c):
    p = c.person()
    vis = c.person(native=False)
    rel = c.person(native=False)
    return F("--- pastoral care log #{n} ---\ncreated: {ts}  by: {by}\nsubject: {s}\n"
             "note: Hospital visit requested for {s2} (ward {w}). Daughter {rel} called, asked that {t} {vis} visit "
             "before Sunday.\nvisibility: pastoral staff only",
             n=c.ri(100, 9999), ts=c.ts(), by=N(c.acct(vis)), s=c.nm(p, c.choice(["full", "lf"])), s2=c.nm(p, "full"),
             w=c.ri(1, 40), rel=N(rel.given), t=c.choice(["Pastor", "Fr", "Rev.", "Deacon"]), vis=c.nm(vis, "full"))


def chms_prayer_request(c):
    sub = c.person(native=False)
    about = c.person()
    em = c.email(sub)
    return F("{ts} prayer_req id={id} submitted_by={em} visibility={vis} moderated_by={mod} "
             "text=\"Please pray for my {rel} {ab}, surgery on Thursday.\"", ts=c.iso(), id=c.ri(1000, 99999),
             em=E(em), vis=c.choice(["staff", "prayer_team", "public"]), mod=N(c.acct(c.latin())),
             rel=c.choice(["mother", "brother", "neighbour", "friend", "son"]), ab=c.nm(about, "full"))


def chms_group_roster(c):
    rows = []
    for _ in range(c.ri(2, 4)):
        lead = c.person(native=False)
        rows.append([c.choice(["Alpha Tue", "Men's Breakfast", "Youth Cell B", "Mothers' Union", "Choir"]),
                     c.nm(lead, c.choice(["full", "lf", "initial"])), str(c.ri(3, 24)),
                     P(c.phone(c.choice(["us", "uk", "au", "ke", "ng"])))])
    return seg("$ chms groups list --active\n", table(["GROUP", "LEADER", "MEMBERS", "CONTACT"], rows, rule=None))


def chms_yahrzeit(c):
    d = c.person()
    mo = c.person()
    em = c.email(mo)
    return F("{ts} yahrzeit.reminder queued: {d} z\"l, {hd} (observed {day}), mourner {mo} <{em}>, "
             "read at Shabbat minyan", ts=c.ts(), d=c.nm(d, "full"),
             hd=c.choice(["14 Nisan 5786", "3 Tevet 5786", "22 Elul 5785", "9 Adar 5786"]), day=c.day(),
             mo=c.nm(mo, "full"), em=E(em))


def chms_attendance_csv(c):
    rows = [seg("household_id,last_name,first_name,service,attended")]
    hh = c.latin()
    for i in range(c.ri(2, 4)):
        m = hh if i == 0 else c.latin()
        rows.append(csv_row([f"H{c.ri(1000, 9999)}", N(hh.family), N(m.given),
                             c.choice(["Sun 09:30", "Sun 11:00", "Sat Vigil"]), c.choice(["Y", "N"])]))
    return csv_ok(join(rows, "\n"))


def neg_chms_rooms(c):
    rows = [[r, str(c.ri(5, 40)), str(c.ri(0, 40)), c.choice(["Open", "Full", "Closed"])]
            for r in c.r.sample(["Toddlers", "Rainbows", "K-2 Explorers", "Nursery", "Sanctuary", "Fellowship Hall"], 3)]
    return seg("$ chms rooms status\n", table(["ROOM", "CAPACITY", "CHECKED_IN", "STATE"], rows, rule=None))


def neg_chms_printer(c):
    return F("{ts} label_print printer={pr} status={st} queue={q} firmware={fw}", ts=c.iso(),
             pr=c.choice(["Zebra-Kids-1", "Brother-Nursery", "DYMO-Foyer"]), st=c.choice(["Paper Out", "Ready",
                                                                                           "Offline", "Printing"]),
             q=c.ri(0, 12), fw=c.choice(VERSIONS))


def neg_chms_groups(c):
    rows = [[g, c.choice(["(leader needed)", "Staff Team", "Youth Group Victoria"]), str(c.ri(3, 24)), "-"]
            for g in c.r.sample(["Alpha Tue", "Men's Breakfast", "Youth Cell B", "Mothers' Union", "Choir"], 3)]
    return seg("$ chms groups list --active\n", table(["GROUP", "LEADER", "MEMBERS", "CONTACT"], rows, rule=None))


def neg_chms_checkin_json(c):
    return J({"type": "CheckIn", "attributes": {"kind": "Guest", "security_code": c.hexid(4).upper(),
                                                "created_at": c.iso()},
              "person": {"first_name": "Guest", "last_name": c.choice(["Visitor", "Unknown", "(walk-in)"]), "child": True},
              "checked_in_by": {"login": c.choice(["kiosk-lobby-2", "chms-sync"]), "name": "Self Check-In"},
              "station": c.choice(["Foyer iPad 2", "Kids Wing Kiosk", "Welcome Desk"])}, compact=c.chance(0.5))


# ---------------------------------------------------------------- 6. grant_lifecycle
def grant_application_json(c):
    p = c.person()
    em = c.email(p, c.choice(ORG_DOMAINS))
    doc = J({"event": "application.submitted", "application_id": f"GA-{c.choice([2025, 2026])}-{c.ri(1, 9999):04d}",
             "programme": c.choice(["Community Resilience Fund", "Small Grants Round 7", "Faith in Action"]),
             "organisation": {"name": c.choice(COMPANIES), "charity_number": c.digits(7)},
             "primary_contact": {"name": c.nm(p, "full"), "role": c.choice(["Trustee", "Chair", "Treasurer", "CEO"]),
                                 "email": E(em), "phone": P(c.phone())},
             "amount_requested": c.ri(500, 250000), "submitted_from": IP(c.anyip())}, indent=2)
    return doc


def grant_reviewer_assign(c):
    r = c.person(native=False)
    return F("{ts} grants.assign INFO application={app} reviewer={acct} ({nm}) panel={pn} coi={coi} due={due}",
             ts=c.ts(), app=f"GA-2026-{c.ri(1, 9999):04d}", acct=N(c.acct(r)), nm=c.nm(r, c.choice(["full", "lf"])),
             pn=c.choice(["north", "faith-based", "youth", "environment"]), coi=c.choice(["none", "declared", "pending"]),
             due=c.day())


def grant_coi(c):
    r = c.person()
    other = c.person()
    return F("{ts} COI declaration by {r} on {app}: \"{o} ({role} of the applicant) is my {rel}.\" action={a}",
             ts=c.ts(), r=c.nm(r, "full"), app=f"GA-2026-{c.ri(1, 9999):04d}", o=c.nm(other, "full"),
             role=c.choice(["CEO", "chair", "treasurer", "project lead"]),
             rel=c.choice(["brother-in-law", "former colleague", "neighbour", "cousin"]),
             a=c.choice(["reviewer_removed", "noted", "escalated"]))


def grant_scoring_csv(c):
    rows = [seg("application_id;reviewer;score;comment")]
    for _ in range(c.ri(2, 4)):
        r = c.person(native=False)
        rows.append(csv_row([f"GA-2026-{c.ri(1, 9999):04d}", N(c.acct(r)) if c.chance(0.5) else c.nm(r, "lf"),
                             str(c.ri(1, 5)), c.choice(["strong outcomes", "budget unclear", "ok", "see notes"])],
                            delim=";"))
    return csv_ok(join(rows, "\n"), delim=";")


def grant_individual_xml(c):
    p = c.person()
    s = seg("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<grant id=\"", f"G-{c.ri(10000, 99999)}", "\">\n  <title>",
            c.choice(["Hardship bursary", "Study grant", "Carer's respite award"]), "</title>\n  <recipientIndividual>\n    ",
            X("givenName", N(p.given)), "\n    ", X("familyName", N(p.family)), "\n    ",
            X("email", E(c.email(p))), "\n  </recipientIndividual>\n  <amountAwarded currency=\"GBP\">",
            str(c.ri(100, 5000)), "</amountAwarded>\n  <approvedBy>", enc(N(c.acct(c.latin())), xesc),
            "</approvedBy>\n</grant>")
    return xml_ok(s)


def grant_search_log(c):
    p = c.person()
    em = c.email(p)
    return F("{ip} - {u} {t} \"GET /admin/grants/search?q={q}&contact={em}&status=open HTTP/2.0\" 200 {b}",
             ip=IP(c.anyip()), u=N(c.acct(c.latin())), t=c.clf_ts(), q=enc(N(p.western() if not p.native else p.full()),
                                                                            c.choice([pct, form])),
             em=E(pct(em)), b=c.ri(200, 90000))


def grant_traceback(c):
    p = c.person()
    em = c.email(p)
    rep = pyrepr_ok(seg("{'name': ", pq(c.nm(p, "full")), ", 'email': ", pq(E(em)), ", 'role': 'Treasurer'}"))
    return F("Traceback (most recent call last):\n  File \"/srv/grants/app/payments.py\", line {ln}, in schedule\n"
             "    contact = GrantContact(**row)\n  File \"/srv/grants/app/models.py\", line 88, in __init__\n"
             "    raise ValidationError(f\"bank details missing for {{row}}\")\n"
             "grants.errors.ValidationError: bank details missing for {rep}", ln=c.ri(20, 400), rep=rep)


def neg_grant_round(c):
    return F("{ts} grants.round INFO programme=\"{p}\" round={r} applications={a} shortlisted={s} state={st}",
             ts=c.ts(), p=c.choice(["Community Resilience Fund", "Small Grants Round 7", "Faith in Action"]),
             r=c.ri(1, 12), a=c.ri(10, 900), s=c.ri(0, 80), st=c.choice(STATUSES))


def neg_grant_org_json(c):
    return J({"event": "application.submitted", "application_id": f"GA-2026-{c.ri(1, 9999):04d}",
              "programme": c.choice(["Community Resilience Fund", "Small Grants Round 7"]),
              "organisation": {"name": c.choice(COMPANIES), "charity_number": c.digits(7)},
              "primary_contact": None, "amount_requested": c.ri(500, 250000), "submitted_from": c.choice(HOSTS)},
             indent=2)


def neg_grant_scoring(c):
    rows = [seg("criterion;weight;max_score;guidance")]
    for cr in c.r.sample(["Need", "Outcomes", "Budget", "Governance", "Reach", "Sustainability"], 3):
        rows.append(csv_row([cr, f"{c.ri(5, 40)}%", "5", c.choice(UI_STRINGS[:10])], delim=";"))
    return csv_ok(join(rows, "\n"), delim=";")


def neg_grant_search(c):
    return F("{h} - {u} {t} \"GET /admin/grants/search?q={q}&status=open HTTP/2.0\" 200 {b}", h=c.choice(HOSTS),
             u=c.choice(["svc_grants", "-", "api_user"]), t=c.clf_ts(),
             q=c.choice(["youth+sport", "food%20poverty", "Victoria%20Park", "capital+works", "Operation+Noah"]),
             b=c.ri(200, 90000))


def neg_apex_product(c):
    return F("{t}|USER_DEBUG|[{ln}]|DEBUG|feature flag {f} = {v} ({p})", t=_apex_t(c), ln=c.ri(10, 99),
             f=c.choice(["GiftEntry_Enabled", "RD2_Enhanced", "Customizable_Rollups"]), v=c.choice(["true", "false"]),
             p=c.choice(PRODUCTS))


# ---------------------------------------------------------------- additions (more IP, SSN and card shapes)
def apex_login_history(c):
    rows = [seg("\"UserId\",\"Username\",\"LoginTime\",\"SourceIp\",\"Status\",\"Application\"")]
    for _ in range(c.ri(1, 3)):
        p = c.person(native=False)
        rows.append(csv_row([_sf_id(c, "005"), E(_sf_user(c, p)), c.iso(), IP(c.anyip()),
                             c.choice(["Success", "Invalid Password", "Success"]),
                             c.choice(["Browser", "Salesforce for Outlook", "Data Loader"])], always=True))
    return seg("$ sf data query -q \"SELECT UserId, Username, LoginTime, SourceIp, Status, Application FROM "
               "LoginHistory\" -r csv\n", csv_ok(join(rows, "\n")))


def rcpt_portal_download(c):
    p = c.person(native=False)
    fn = N(f"{p.family}_{p.given}".replace(" ", "_").replace("'", ""))
    return F("{ip} - {u} {t} \"GET /donor-portal/receipts/{y}/{fn}.pdf HTTP/1.1\" 200 {b} \"-\" \"Mozilla/5.0 "
             "(iPhone; CPU iPhone OS 17_4 like Mac OS X)\"", ip=IP(c.anyip()), u=E(c.email(p)), t=c.clf_ts(),
             y=c.choice([2024, 2025]), fn=fn, b=c.ri(20000, 300000))


def rota_w9_stipend(c):
    p = c.person(native=False)
    ssn = c.ssn(c.choice(["-", "-", " ", ""]))
    return F("{ts} payee.w9 INFO stipend payee=\"{n}\" program=\"{pg}\" tin_type=SSN tin={tin} backup_withholding=false "
             "entered_by={by} from={ip}", ts=c.ts(), n=c.nm(p, c.choice(["full", "lf", "upper"])),
             pg=c.choice(["Senior Companion", "Foster Grandparent", "Youth Mentor Stipend"]), tin=S(ssn),
             by=N(c.acct(c.latin())), ip=IP(c.ip()))


def chms_giving_debug(c):
    p = c.person(native=False)
    return F("{ts} DEBUG giving.kiosk tokenize request holder=\"{h}\" pan={pan} exp={e} fund=\"{fund}\" amount={a} "
             "client_ip={ip} response=card_token_failed", ts=c.iso(), h=c.nm(p, c.choice(["upper", "full", "surname_given"])),
             pan=C(c.card()), e=f"{c.ri(1, 12):02d}/{c.ri(26, 31)}", fund=c.choice(["General Fund", "Building Fund",
                                                                                    "Missions", "Benevolence"]),
             a=c.money(5, 2000), ip=IP(c.anyip()))


def grant_scholarship_1099(c):
    p = c.person(native=False)
    ssn = c.ssn()
    l4 = c.chance(0.4)
    return F("{ts} grants.tax WARN 1099-MISC box 3 recipient=\"{n}\" {k}={tin} award={a} USD prepared_by={by}",
             ts=c.ts(), n=c.nm(p, c.choice(["lf_upper", "full", "lf"])), k="tin_last4" if l4 else "tin",
             tin=S(ssn[-4:] if l4 else ssn), a=c.ri(600, 20000), by=N(c.acct(c.latin())))


def rota_chat_export(c):
    a, b = c.person(native=False), c.person()
    k = c.person(native=False)
    y, m, d = c.date()
    h = c.ri(7, 20)
    mins = sorted(c.r.sample(range(60), 3))
    stamp = [f"[{d:02d}/{m:02d}/{y}, {h:02d}:{x:02d}]" for x in mins]
    lines = [F("{s} {a}: can anyone cover {role} on Saturday? {k} is unwell", s=stamp[0], a=c.nm(a, "full"),
               role=c.choice(_ROLES), k=N(k.given)),
             F("{s} {b}: I can do it, put me down 👍", s=stamp[1], b=c.nm(b, c.choice(["full", "given"]))),
             F("{s} {a}: thanks {bg}! my number if anything changes: {ph}", s=stamp[2], a=c.nm(a, "full"),
               bg=N(b.given), ph=P(c.phone(c.choice(["uk", "ie", "au", "za"]))))]
    return seg("chat export: Volunteers – Saturday Team\n", join(lines, "\n"))


def rcpt_print_fixed(c):
    rows = []
    for _ in range(c.ri(2, 3)):
        p = c.person(native=False)
        rows.append(seg("R", _receipt_no(c).replace("-", ""), c.choice(["US", "CA", "AU"]), " ",
                        pad(N(p.family.upper()), 26), pad(N(p.given.upper()), 20),
                        f"{c.ri(100, 9999999):011d}", c.choice(["USD", "CAD", "AUD"]), c.choice(["E", "P"])))
    return seg(f"printshop.feed file=RCPT_{c.ri(10000, 99999)}.DAT records={len(rows)}\n", join(rows, "\n"))


FAMILIES = [
    ("npsp_apex_debug",
     [apex_contact_tostring, apex_household_naming, apex_user_info, apex_soql, apex_dml_exception,
      apex_variable_json, apex_flow_assignment, apex_login_history],
     [neg_apex_contact, neg_apex_household, neg_apex_limits, neg_apex_soql, neg_apex_user_info, neg_apex_product]),
    ("tax_receipt_runs",
     [rcpt_logfmt_render, rcpt_cra_validation, rcpt_zuwendung, rcpt_cerfa, rcpt_8283, rcpt_reissue_csv,
      rcpt_yearend_mail_queue, rcpt_portal_download, rcpt_print_fixed],
     [neg_rcpt_summary, neg_rcpt_company, neg_rcpt_void_csv, neg_rcpt_de]),
    ("volunteer_rota",
     [rota_signup_json, rota_sms_reminder, rota_kiosk_checkin, rota_swap_chain, rota_hours_tsv, rota_printout,
      rota_multilang, rota_w9_stipend, rota_chat_export],
     [neg_rota_unfilled, neg_rota_sms_template, neg_rota_kiosk, neg_rota_multilang]),
    ("sacramental_registers",
     [reg_gedcom, reg_baptism_pipe, reg_latin, reg_polish, reg_marriage_banns, reg_certificate_request, reg_janazah],
     [neg_reg_gedcom_head, neg_reg_index, neg_reg_feast, neg_reg_cert_request]),
    ("chms_checkin_care",
     [chms_label_print, chms_checkin_json, chms_pastoral_note, chms_prayer_request, chms_group_roster,
      chms_yahrzeit, chms_attendance_csv, chms_giving_debug],
     [neg_chms_rooms, neg_chms_printer, neg_chms_groups, neg_chms_checkin_json]),
    ("grant_lifecycle",
     [grant_application_json, grant_reviewer_assign, grant_coi, grant_scoring_csv, grant_individual_xml,
      grant_search_log, grant_traceback, grant_scholarship_1099],
     [neg_grant_round, neg_grant_org_json, neg_grant_scoring, neg_grant_search]),
]

