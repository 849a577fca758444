"""Families 7-12 of pack_x: onboarding, clock terminals, leave requests, payroll runs, payslips, year-end forms."""

from __future__ import annotations

from core import (
    DEPTS,
    EMP_DOMAINS,
    EMPLOYERS,
    JOB_TITLES,
    PLACES,
    PRODUCTS,
    PY,
    SB,
    SERVICE_ACCTS,
    SURNAME_COMPANIES,
    TITLE_UI,
    UI_STRINGS,
    J,
    M,
    V,
    alnum,
    card,
    clf,
    emp_id,
    fold,
    hexid,
    hms,
    ip,
    ipv4,
    iso,
    last4,
    money,
    money_eu,
    num,
    pct,
    phone,
    py_plain,
    ssn,
    sysl,
    xesc,
    ymd,
)


def _emp(rng):
    k = rng.randrange(len(EMPLOYERS))
    return EMPLOYERS[k], EMP_DOMAINS[k]


def VN(s):
    return V(s, "NAME")


def VE(s):
    return V(s, "EMAIL")


def VP(s):
    return V(s, "PHONE")


def sqlq(s):
    return s.replace("'", "''")


def _strip_last_nl(r):
    s, t = r.segs[-1]
    assert t is None
    r.segs[-1] = (s.rstrip("\n"), None)


TASKS = ["I-9 Section 2 review", "Order laptop", "Badge photo", "Payroll setup", "Buddy intro", "Safety training",
         "Direct deposit form", "Policy acknowledgement", "Uniform sizing", "Create e-mail account"]


# ============================================================================ 7. onboarding_preboarding
def ob_checklist(r):
    rng = r.rng
    p = r.person()
    mg = r.person(latin=True)
    r.t("New hire: ").N(p.full()).t(f"   Start: {ymd(rng)}   Site: {rng.choice(PLACES)}   Manager: ").N(mg.lf()).t("\n")
    r.t(f"{'TASK':<26}{'OWNER':<20}{'DUE':<12}STATUS\n")
    for task in rng.sample(TASKS, rng.randint(3, 5)):
        if rng.random() < 0.6:
            o = r.person(latin=True)
            a = o.acct()
            r.t(f"{task:<26}").N(a).t(" " * max(1, 20 - len(a)))
        else:
            r.t(f"{task:<26}{rng.choice(SERVICE_ACCTS):<20}")
        r.t(f"{ymd(rng):<12}{rng.choice(['done', 'open', 'overdue', 'blocked'])}\n")
    _strip_last_nl(r)


def ob_upload(r):
    rng = r.rng
    p = r.person(latin=True)
    doc = rng.choice(["W4_2026_{n}.pdf", "{n}_direct_deposit.pdf", "I9_ListB_{n}.jpg", "{n}-offer-signed.pdf",
                      "Personalfragebogen_{n}.pdf"])
    a, b = doc.split("{n}")
    r.IP(ip(rng, 0.25)).t(" - ").E(p.email()).t(f" [{clf(rng)}] \"POST /preboard/docs/upload HTTP/1.1\" 201 "
                                              f"{rng.randint(20000, 3000000)} file=\"{a}").N(rng.choice([p.us(), p.gu()]))
    r.t(b + f"\" task={rng.choice(['tax_forms', 'identity', 'banking'])}")


def ob_w4_sql(r):
    rng = r.rng
    p = r.person(latin=True)
    r.t(f"{iso(rng)} LOG:  execute <unnamed>: UPDATE new_hire_tax SET legal_first = '").N(sqlq(p.given))
    r.t("', legal_last = '").N(sqlq(p.family)).t("', ssn = '").S(ssn(rng, rng.choice(["dash", "bare"])))
    r.t(f"', filing_status = '{rng.choice(['single', 'mfj', 'hoh'])}', extra_wh = {rng.randint(0, 200)}.00 "
        f"WHERE hire_id = {num(rng, 6)}")


WELCOME = {
    "fr": ("Bienvenue chez {emp}, {g} !", "Ton parrain/ta marraine sera"),
    "de": ("Willkommen bei {emp}, {g}!", "Dein Buddy ist"),
    "es": ("¡Bienvenido/a a {emp}, {g}!", "Tu compañero de acogida será"),
    "en": ("Welcome to {emp}, {g}!", "Your onboarding buddy is"),
    "ja": ("{emp}へようこそ、{g}さん", "メンター:"),
    "pt": ("Boas-vindas à {emp}, {g}!", "O seu buddy será"),
}


def ob_welcome_mail(r):
    rng = r.rng
    lang = rng.choice(sorted(WELCOME))
    p = r.person(native_p=0.5, native_trad="ja_jp") if lang == "ja" else r.person()
    bud = r.person(latin=True)
    emp, dom = _emp(rng)
    subj, bl = WELCOME[lang]
    a, b = subj.replace("{emp}", emp).split("{g}")
    r.t("From: \"People Team\" <").E(f"people@{dom}").t(">\nTo: \"").N(p.full()).t('" <').E(p.email()).t(">\n")
    r.t("Subject: " + a).N(p.gn()).t(b + f"\nDate: {rng.choice(['Mon', 'Tue', 'Wed'])}, {rng.randint(1, 28)} Dec 2026 "
                                      f"{hms(rng)} +0100\nX-Onboarding-Step: preboarding-1\n\n")
    r.t(bl + " ").N(bud.full()).t(" (").E(bud.email(dom)).t(").")


def ob_assign(r):
    rng = r.rng
    p = r.person()
    b = r.person(latin=True)
    m = r.person(latin=True)
    it = r.person(latin=True)
    r.t(f"ts={iso(rng)} level=info event=onboarding.assign hire=\"").N(p.full()).t('" buddy=').N(b.acct())
    r.t(' manager="').N(m.lf()).t('" it_contact=').N(it.acct()).t(f" start={ymd(rng)} dept={rng.choice(DEPTS)}")


def ob_escaped_form(r):
    rng = r.rng
    p = r.person(trad=rng.choice(["de_de", "de_ch", "pl_pl", "tr_tr", "it_it"]))
    q = r.person(trad=p.trad, gender="m")
    inner = {"Vorname": VN(p.given), "Nachname": VN(p.family), "Geburtsname": VN(q.family),
             "Telefon": VP(phone(rng, "DE")), "E-Mail": VE(p.email()), "Steuer-ID": num(rng, 11),
             "Konfession": rng.choice(["rk", "ev", "--"])}
    isegs = J(inner, compact_=True, ascii_only=rng.random() < 0.4)
    r.doc("json", isegs, py_plain(inner), inner=True)
    outer = {"event": "hire.form.submitted", "form": "Personalfragebogen", "hire_id": num(rng, 6),
             "payload": M(isegs)}
    r.t(f"{iso(rng)} onboarding-api ").t(r.doc("json", J(outer, compact_=True)))


def ob_ship(r):
    rng = r.rng
    p = r.person()
    a = r.person(latin=True)
    r.t(f"{sysl(rng)} it-fulfil[{rng.randint(100, 9999)}]: shipped {rng.choice(['laptop', 'phone', 'badge kit'])} "
        f"asset {num(rng, 5)} hostname=LT-").N(p.acct(rng.choice(["flast", "firstl", "lastf"]), False).upper())
    r.t(" to new hire ").N(p.full()).t(" (").P(phone(rng)).t(f") at {rng.randint(10, 9999)} "
                                                             f"{rng.choice(['Harbor Ave', 'Mill Rd', 'Cedar St', 'Route 9'])}"
                                                             "; label created by ").N(a.acct())


def ob_neg_template(r):
    rng = r.rng
    r.t(f"Checklist template: {rng.choice(JOB_TITLES)} - {rng.choice(PLACES)}   Version {rng.randint(2, 9)}\n")
    r.t(f"{'TASK':<26}{'OWNER':<20}{'DUE':<12}STATUS\n")
    for task in rng.sample(TASKS, rng.randint(3, 5)):
        r.t(f"{task:<26}{rng.choice(['role:manager', 'role:it', 'role:hr'] + SERVICE_ACCTS[:4]):<20}"
            f"{'D+' + str(rng.randint(0, 14)):<12}{rng.choice(['template', 'inherited'])}\n")
    _strip_last_nl(r)


def ob_neg_assign(r):
    rng = r.rng
    r.t(f"ts={iso(rng)} level=warn event=onboarding.assign hire_id={num(rng, 6)} buddy=unassigned "
        f"manager=vacant it_contact={rng.choice(SERVICE_ACCTS)} site=\"{rng.choice(PLACES)}\" msg=\"{rng.choice(UI_STRINGS)}\"")


def ob_neg_form(r):
    rng = r.rng
    inner = {"Vorname": None, "Nachname": None, "Status": rng.choice(["Entwurf", "Abgelehnt"]), "Firma":
             rng.choice(SURNAME_COMPANIES)}
    isegs = J(inner, compact_=True)
    outer = {"event": "hire.form.saved", "form": "Personalfragebogen", "payload": M(isegs)}
    r.doc("json", isegs, inner, inner=True)
    r.t(f"{iso(rng)} onboarding-api ").t(r.doc("json", J(outer, compact_=True)))


def ob_neg_sites(r):
    rng = r.rng
    obj = {"sites": [{"name": s, "timezone": rng.choice(["America/Chicago", "Europe/Berlin", "Australia/Adelaide"]),
                      "badge_vendor": rng.choice(PRODUCTS)} for s in rng.sample(PLACES, 3)]}
    r.t(f"{iso(rng)} sites sync ok ").t(r.doc("json", J(obj), obj))


# ============================================================================ 8. zk_push_terminals
def _sn(rng):
    return rng.choice(["CKJ", "AEYU", "BWXP", "OIN"]) + alnum(rng, 9)


def _zkname(p, rng):
    n = rng.choice([p.full_l(), p.up(), fold(p.full_l())])
    return n[:24].rstrip() if rng.random() < 0.5 else n


def zk_userinfo(r):
    rng = r.rng
    p = r.person(latin=True)
    pin = rng.randint(1, 99999)
    r.t(f"{iso(rng)} iclock POST /iclock/cdata?SN={_sn(rng)}&table=OPERLOG&Stamp={rng.randint(1000, 99999)} from ")
    r.IP(ipv4(rng)).t(" body:\n")
    r.t(f"USER PIN={pin}\tName=").N(_zkname(p, rng)).t(f"\tPri=0\tPasswd=\tCard=[{hexid(rng, 8).upper()}]\tGrp=1\t"
                                                   "TZ=0000000100000000\tVerify=0")
    if rng.random() < 0.4:
        q = r.person(latin=True)
        r.t(f"\nUSER PIN={rng.randint(1, 99999)}\tName=").N(_zkname(q, rng)).t("\tPri=14\tPasswd=\tCard=\tGrp=1\t"
                                                                             "TZ=0000000100000000\tVerify=1")


def zk_attlog(r):
    rng = r.rng
    sn = _sn(rng)
    r.t(f"{iso(rng)} iclock POST /iclock/cdata?SN={sn}&table=ATTLOG&Stamp={rng.randint(1000, 99999)} from ")
    r.IP(ipv4(rng)).t(" rows=3\n")
    pins = [rng.randint(1, 99999) for _ in range(3)]
    for pin in pins:
        r.t(f"{pin}\t{ymd(rng)} {hms(rng)}\t{rng.randint(0, 5)}\t1\t0\t0\t0\n")
    for pin in rng.sample(pins, rng.randint(1, 2)):
        p = r.person(latin=True)
        r.t(f"punch.mapped sn={sn} pin={pin} employee=\"").N(rng.choice([p.up_lf(), p.lf()])).t(f"\" dept={rng.choice(DEPTS)}\n")
    _strip_last_nl(r)


def zk_enrol(r):
    rng = r.rng
    p = r.person()
    a = r.person(latin=True)
    r.t(f"{sysl(rng)} tna-server[{rng.randint(100, 9999)}]: fingerprint enrolled pin={rng.randint(1, 99999)} (")
    r.N(p.full()).t(f") finger={rng.randint(0, 9)} terminal=\"{rng.choice(['Gate 2', 'Dock A', 'Front Desk', 'Kitchen'])}\""
                    " by admin ").N(a.acct())


def zk_cmd(r):
    rng = r.rng
    p = r.person(latin=True)
    a = r.person(latin=True)
    r.t(f"{iso(rng)} cmd-queue SN={_sn(rng)} queued by ").N(a.acct()).t(f":\nC:{rng.randint(100, 999)}:DATA UPDATE USERINFO "
                                                                        f"PIN={rng.randint(1, 99999)}\tName=")
    r.N(_zkname(p, rng)).t(f"\tPri=0\tPasswd=\tCard={rng.randint(10 ** 6, 10 ** 8 - 1)}\tGrp=1")


ZKMSG = {
    "es": "AVISO: marcación duplicada PIN {pin} ({n}) terminal Recepción",
    "pt": "AVISO: batida duplicada PIN {pin} ({n}) no relógio Portaria",
    "fr": "ATTENTION : pointage en double PIN {pin} ({n}) badgeuse Accueil",
    "de": "WARNUNG: Doppelbuchung PIN {pin} ({n}) Terminal Eingang",
    "pl": "UWAGA: podwójne odbicie PIN {pin} ({n}) czytnik Portiernia",
}


def zk_lang(r):
    rng = r.rng
    p = r.person()
    lang = rng.choice(sorted(ZKMSG))
    a, b = ZKMSG[lang].replace("{pin}", str(rng.randint(1, 99999))).split("{n}")
    r.t(f"{iso(rng)} {a}").N(p.full()).t(b + " ").IP(ipv4(rng))


def zk_traceback(r):
    rng = r.rng
    p = r.person()
    loc = {"sn": _sn(rng), "pin": str(rng.randint(1, 99999)), "name": VN(p.full()), "remote": V(ipv4(rng), "IP_ADDRESS"),
           "table": "ATTLOG"}
    r.t("Traceback (most recent call last):\n  File \"/opt/tna/push/ingest.py\", line 212, in handle_row\n"
        "    emp = self.lookup[row.pin]\nKeyError: '" + loc["pin"] + "'\nlocals: ")
    r.t(r.doc("py", PY(loc), py_plain(loc)))


def zk_neg_heartbeat(r):
    rng = r.rng
    r.t(f"{iso(rng)} iclock GET /iclock/getrequest?SN={_sn(rng)}&INFO=Ver 8.0.4,{rng.randint(10, 900)},"
        f"{rng.randint(10, 900)},{rng.randint(1000, 90000)} host=term-{rng.randint(1, 40):02d}.plant.local 200 OK")


def zk_neg_attlog(r):
    rng = r.rng
    r.t(f"{iso(rng)} iclock POST /iclock/cdata?SN={_sn(rng)}&table=ATTLOG&Stamp={rng.randint(1000, 99999)} "
        f"host=term-{rng.randint(1, 40):02d}.plant.local rows=3\n")
    for _ in range(3):
        r.t(f"{rng.randint(1, 99999)}\t{ymd(rng)} {hms(rng)}\t{rng.randint(0, 5)}\t1\t0\t0\t0\n")
    _strip_last_nl(r)


def zk_neg_options(r):
    rng = r.rng
    r.t(f"{iso(rng)} iclock GET /iclock/cdata?SN={_sn(rng)}&options=all&pushver=2.4.1&language=69 200\n"
        f"GET OPTION FROM: {_sn(rng)}\nATTLOGStamp=None\nOPERLOGStamp=9999\nErrorDelay=30\nDelay=10\n"
        f"TransTimes=00:00;14:05\nTransInterval=1\nRealtime=1\nTimeZone={rng.choice(['-6', '1', '8'])}")


def zk_neg_userinfo(r):
    rng = r.rng
    r.t(f"{iso(rng)} iclock POST /iclock/cdata?SN={_sn(rng)}&table=OPERLOG host=term-{rng.randint(1, 40):02d}.plant.local body:\n"
        f"USER PIN={rng.randint(1, 99999)}\tName={rng.choice(['VISITOR 01', 'CLEANING CREW', 'TEMP BADGE 7', 'CONTRACTOR POOL', 'FIRE WARDEN'])}"
        "\tPri=0\tPasswd=\tCard=\tGrp=2\tTZ=0000000100000000\tVerify=0")


# ============================================================================ 9. leave_absence_requests
def lv_json(r):
    rng = r.rng
    p = r.person()
    ap = r.person(latin=True)
    cov = r.person()
    _, dom = _emp(rng)
    obj = {"request": {"id": f"LV-{num(rng, 6)}", "employee": {"id": emp_id(rng), "name": VN(p.full()),
                                                                 "email": VE(p.email(dom))},
                       "type": rng.choice(["PTO", "SICK", "BEREAVEMENT", "JURY_DUTY", "UNPAID"]),
                       "from": ymd(rng), "to": ymd(rng), "hours": rng.choice([4, 8, 16, 24, 40]),
                       "approver": {"name": VN(ap.lf()), "login": VN(ap.acct())},
                       "comment": M("covering: ", VN(cov.full()))}}
    r.t(f"{iso(rng)} DEBUG leave-svc POST /api/v2/requests\n").t(r.doc("json", J(obj, indent=2), py_plain(obj)))


LVMAIL = {
    "de": ("Urlaubsantrag genehmigt", "Hallo {g}, Ihr Antrag vom {d} wurde von {a} genehmigt."),
    "fr": ("Demande de congé approuvée", "Bonjour {g}, votre demande du {d} a été approuvée par {a}."),
    "es": ("Solicitud de vacaciones aprobada", "Hola {g}, tu solicitud del {d} fue aprobada por {a}."),
    "nl": ("Verlofaanvraag goedgekeurd", "Hoi {g}, je aanvraag van {d} is goedgekeurd door {a}."),
    "en": ("Time off approved", "Hi {g}, your request from {d} was approved by {a}."),
    "sv": ("Ledighetsansökan godkänd", "Hej {g}, din ansökan från {d} har godkänts av {a}."),
}


def lv_mail(r):
    rng = r.rng
    p = r.person()
    a = r.person()
    lang = rng.choice(sorted(LVMAIL))
    subj, body = LVMAIL[lang]
    body = body.replace("{d}", f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.")
    x, rest = body.split("{g}")
    y, z = rest.split("{a}")
    r.t(f"{iso(rng)} mail: to=").E(p.email()).t(f' lang={lang} subject="{subj}" body="{x}').N(p.gn()).t(y).N(a.full())
    r.t(z + '"')


def lv_balance(r):
    rng = r.rng
    r.t(f"$ tna balances --plan {rng.choice(['PTO-US', 'VAC-DE', 'ANNUAL-UK'])} --dept {rng.choice(DEPTS)}\n")
    r.t(f"{'EMPLOYEE':<30}{'ACCRUED':>9}{'USED':>7}{'BALANCE':>9}\n")
    for _ in range(rng.randint(2, 5)):
        p = r.person(latin=True)
        n = rng.choice([p.lf(), p.up_lf()])
        acc = rng.randint(20, 200)
        used = rng.randint(0, acc)
        r.N(n).t(" " * max(1, 30 - len(n)) + f"{acc:>9.1f}{used:>7.1f}{acc - used:>9.1f}\n")
    _strip_last_nl(r)


def lv_sql(r):
    rng = r.rng
    p = r.person(latin=True)
    a = r.person(latin=True)
    r.t(f"{iso(rng)} [sql] INSERT INTO accrual_adjustments (employee_id, employee_name, hours, reason, entered_by) "
        f"VALUES ('{emp_id(rng)}', '").N(sqlq(p.full_l())).t(f"', {rng.choice(['8.0', '-4.0', '16.0'])}, "
                                                            f"'{rng.choice(['carryover', 'correction', 'donation'])}', '")
    r.N(a.acct()).t("');")


def lv_printr(r):
    rng = r.rng
    p = r.person()
    r.t(f"[{iso(rng)}] leave.DEBUG: request dump\nArray\n(\n    [id] => LV-{num(rng, 6)}\n    [employee] => ")
    r.N(p.full()).t("\n    [email] => ").E(p.email()).t(f"\n    [type] => {rng.choice(['sick', 'vacation', 'parental'])}\n"
                                                          f"    [days] => {rng.randint(1, 10)}\n)")


def lv_rejected(r):
    rng = r.rng
    p = r.person(latin=True)
    q = r.person()
    r.t(f"ts={iso(rng)} event=leave.rejected req=LV-{num(rng, 6)} employee=").N(p.acct()).t(' reason="overlaps with ')
    r.N(q.full()).t(f"'s approved leave, minimum staffing {rng.randint(2, 6)}\" approver={rng.choice(SERVICE_ACCTS[:3])}")


def lv_ja(r):
    rng = r.rng
    p = r.person(native_p=0.7, native_trad="ja_jp")
    a = r.person(native_p=0.7, native_trad="ja_jp")
    r.t(f"{iso(rng)} 休暇申請 {rng.choice(['承認済み', '差し戻し', '申請中'])} 申請者=").N(p.full()).t(" 承認者=").N(a.full())
    r.t(f" 種別={rng.choice(['年次有給休暇', '特別休暇', '代休'])} 日数={rng.randint(1, 5)}")


HOLIDAYS = ["St. Patrick's Day", "King's Birthday", "Juneteenth", "Washington's Birthday", "St. Stephen's Day",
            "Family Day", "Labour Day", "Columbus Day", "Martin Luther King Jr. Day", "Canada Day",
            "Tag der Deutschen Einheit", "Fête nationale", "Día de la Hispanidad", "Boxing Day"]


def lv_neg_holidays(r):
    rng = r.rng
    r.t(f"{iso(rng)} holiday-calendar load region={rng.choice(['US', 'IE', 'CA', 'AU', 'DE'])} entries=")
    hs = rng.sample(HOLIDAYS, 4)
    r.t("; ".join(f"{ymd(rng)} {h}" for h in hs) + f" loaded_by={rng.choice(SERVICE_ACCTS)}")


def lv_neg_policy(r):
    rng = r.rng
    obj = {"policy": rng.choice(["PTO-US", "VAC-DE", "ANNUAL-UK"]), "accrual_rate": rng.choice([1.54, 3.08, 2.0]),
           "cap_hours": rng.randint(80, 240), "site": rng.choice(PLACES), "updated_by": rng.choice(SERVICE_ACCTS),
           "label": rng.choice(UI_STRINGS)}
    r.t(f"{iso(rng)} policy.updated ").t(r.doc("json", J(obj, compact_=True), obj))


def lv_neg_printr(r):
    rng = r.rng
    r.t(f"[{iso(rng)}] leave.DEBUG: policy dump\nArray\n(\n    [code] => {rng.choice(['SICK-CA', 'PTO-NY'])}\n"
        f"    [label] => {rng.choice(TITLE_UI)}\n    [carryover] => {rng.randint(0, 80)}\n    [owner] => "
        f"{rng.choice(SERVICE_ACCTS)}\n)")


def lv_neg_table(r):
    rng = r.rng
    r.t(f"$ tna balances --plan {rng.choice(['PTO-US', 'VAC-DE'])} --group-by site\n")
    r.t(f"{'SITE':<30}{'ACCRUED':>9}{'USED':>7}{'BALANCE':>9}\n")
    for s in rng.sample(PLACES, 3):
        acc = rng.randint(200, 2000)
        used = rng.randint(0, acc)
        r.t(f"{s:<30}{acc:>9.1f}{used:>7.1f}{acc - used:>9.1f}\n")
    _strip_last_nl(r)


# ============================================================================ 10. payroll_calc_engine
def pc_calc(r):
    rng = r.rng
    p = r.person(latin=True)
    g = rng.randint(1200, 9000)
    r.t(f"{iso(rng)} [PAYCALC] run=PR-2026-{rng.randint(1, 26):02d} emp={emp_id(rng)} name=\"").N(
        rng.choice([p.up_lf(), p.lf(), p.up()]))
    r.t(f"\" group={rng.choice(['BW', 'SM', 'WK'])} gross={g:,}.{rng.randint(0, 99):02d} fit={money(rng, 50, 900)} "
        f"fica={money(rng, 40, 600)} net={money(rng, 800, 7000)} status=ok")


def pc_java(r):
    rng = r.rng
    p = r.person(latin=True)
    r.t(f"{iso(rng)} ERROR [calc-worker-{rng.randint(1, 16)}] c.e.payroll.NetPayCalculator - calculation failed\n")
    r.t(f"com.example.payroll.CalcException: Negative net pay for Employee[id={emp_id(rng)}, name=").N(p.full())
    r.t(", ssn=").S(ssn(rng)).t(f", payGroup={rng.choice(['BW', 'SM'])}]\n"
                                "\tat com.example.payroll.NetPayCalculator.apply(NetPayCalculator.java:311)\n"
                                "\tat com.example.payroll.RunExecutor.lambda$calc$4(RunExecutor.java:142)\n"
                                "\tat java.base/java.util.concurrent.ForkJoinTask.doExec(ForkJoinTask.java:387)")


def pc_retro(r):
    rng = r.rng
    p = r.person(latin=True)
    a = r.person(latin=True)
    r1 = rng.randint(15, 60)
    r.t(f"{iso(rng)} retro: emp {emp_id(rng)} (").N(p.lf()).t(f") rate {r1}.50 -> {r1 + rng.randint(1, 4)}.00 effective "
                                                              f"{ymd(rng)} periods={rng.randint(1, 5)} approved by ").N(a.acct())


def pc_check(r):
    rng = r.rng
    p = r.person(latin=True)
    a = r.person(latin=True)
    emp, _ = _emp(rng)
    r.t(f"---- OFF-CYCLE CHECK  {emp.upper()}  ----\nCHECK NO: {num(rng, 6)}   DATE: {ymd(rng)}\nPAY TO THE ORDER OF: ")
    r.N(p.up()).t(f"\nAMOUNT: ***{money(rng, 300, 6000)}***\nMEMO: {rng.choice(['final pay', 'missed overtime', 'bonus'])}"
                  " - approved by ").N(rng.choice([a.full(), a.gi()])).t(f"\n---- printed by {rng.choice(SERVICE_ACCTS[:3])} ----")


def pc_iwo(r):
    rng = r.rng
    p = r.person(latin=True)
    cp = r.person(latin=True)
    x = SB()
    x.t("<IWO>\n  <DocumentTrackingNumber>", num(rng, 12), "</DocumentTrackingNumber>\n  <Employee>\n    <LastName>")
    x.N(xesc(fold(p.family).upper())).t("</LastName>\n    <FirstName>").N(xesc(fold(p.given).upper()))
    x.t("</FirstName>\n    <SSN>").S(ssn(rng, "bare")).t("</SSN>\n  </Employee>\n  <CaseIdentifier>",
                                                          f"{rng.choice(['TX', 'GA', 'WA'])}{num(rng, 8)}",
                                                          "</CaseIdentifier>\n  <CustodialPartyName>")
    x.N(xesc(cp.up())).t(f"</CustodialPartyName>\n  <CurrentSupportAmount>{money(rng, 100, 900)}</CurrentSupportAmount>\n"
                         "  <PerFrequency>M</PerFrequency>\n</IWO>")
    r.t(f"{iso(rng)} garnish-intake INFO e-IWO received:\n").t(r.doc("xml", x.segs))


def pc_traceback(r):
    rng = r.rng
    p = r.person()
    loc = {"employee": VN(p.full()), "emp_id": emp_id(rng), "ssn": V(ssn(rng), "SSN"), "period": "2026-24",
           "earnings": {"REG": rng.randint(40, 86), "OT": rng.randint(0, 20)}}
    r.t("Traceback (most recent call last):\n  File \"/srv/payroll/calc/taxes.py\", line 88, in withhold\n"
        "    table = STATE_TABLES[state]\nKeyError: 'ZZ'\nlocal vars: ")
    r.t(r.doc("py", PY(loc), py_plain(loc)))


def pc_fixed(r):
    rng = r.rng
    r.t("G2N AUDIT  RUN PR-2026-" + f"{rng.randint(1, 26):02d}\nEMPID    LAST_NAME          FIRST_NAME   GRP "
        "HOURS    GROSS      NET\n")
    for _ in range(rng.randint(2, 4)):
        p = r.person(latin=True)
        ln = fold(p.family).upper()[:18]
        fn = fold(p.given).upper()[:12]
        r.t(f"{num(rng, 7):<9}").N(ln).t(" " * (19 - len(ln))).N(fn).t(" " * (13 - len(fn)) + f"{rng.choice(['BW', 'SM'])}  "
                                                                      f"{rng.randint(40, 99):03d}.00 {rng.randint(1000, 9999):06d}.00 "
                                                                      f"{rng.randint(800, 7000):06d}.00\n")
    _strip_last_nl(r)


def pc_paycard(r):
    rng = r.rng
    p = r.person(latin=True)
    a = r.person(latin=True)
    r.t(f"{iso(rng)} paycard-perso: emp={emp_id(rng)} pan=").C(card(rng, rng.choice(["", " "])))
    r.t(" track1_name=").N(p.slash()).t(' emboss="').N(p.up()).t(f'" load={money(rng, 200, 3000)} requested_by=')
    r.N(a.acct())


def pc_neg_summary(r):
    rng = r.rng
    r.t(f"{iso(rng)} [PAYCALC] run=PR-2026-{rng.randint(1, 26):02d} finished employees={rng.randint(50, 9000)} "
        f"errors={rng.randint(0, 9)} gross_total={money(rng, 10 ** 5, 10 ** 6)} elapsed={rng.randint(20, 900)}s "
        f"by {rng.choice(SERVICE_ACCTS)}")


def pc_neg_codes(r):
    rng = r.rng
    obj = {"earning_code": rng.choice(["REG", "OT15", "HOL", "BONUS"]), "taxable": True, "gl_account": num(rng, 6),
           "label": rng.choice(TITLE_UI + UI_STRINGS), "updated_by": rng.choice(SERVICE_ACCTS)}
    r.t(f"{iso(rng)} config.earning_code.updated ").t(r.doc("json", J(obj, compact_=True), obj))


def pc_neg_taxtable(r):
    rng = r.rng
    r.t(f"{iso(rng)} tax-tables: loaded {rng.randint(2, 20)} jurisdictions: " +
        ", ".join(rng.sample(["Regina SK", "Victoria BC", "Madison WI", "Austin TX", "Augusta GA", "Helena MT",
                              "Charlotte NC", "Eugene OR", "Florence AL"], 4)) + f" version 2026.{rng.randint(1, 12)}")


def pc_neg_fixed(r):
    rng = r.rng
    r.t("G2N AUDIT  RUN PR-2026-" + f"{rng.randint(1, 26):02d}\nEMPID    LAST_NAME          FIRST_NAME   GRP "
        "HOURS    GROSS      NET\n")
    r.t(f"{'0000000':<9}{'SEED RECORD':<19}{'DO NOT PAY':<13}BW  000.00 000000.00 000000.00\n"
        f"{'TOTALS':<41}{rng.choice(['BW', 'SM'])}  {rng.randint(100, 999):03d}.00 {rng.randint(100000, 999999):06d}.00")


# ============================================================================ 11. payslip_distribution
def ps_render(r):
    rng = r.rng
    p = r.person(latin=True)
    t = rng.choice(["Lohnabrechnung_2026-11_{n}.pdf", "Payslip_2026-11_{n}.pdf", "BulletinPaie_2026_11_{n}.pdf",
                    "Nomina_202611_{n}.pdf"])
    a, b = t.split("{n}")
    r.t(f"{iso(rng)} INFO render ok template=payslip_{rng.choice(['de', 'uk', 'fr', 'es'])}_v{rng.randint(2, 5)} "
        f"file=/out/2026-11/{a}").N(rng.choice([p.us(), p.gu(), fold(p.family).upper().replace(" ", "") + "_" +
                                               fold(p.given).replace(" ", "")])).t(b + f" pages={rng.randint(1, 3)} "
                                                                                      f"ms={rng.randint(40, 900)}")


def ps_deliver(r):
    rng = r.rng
    p = r.person()
    r.t(f"{iso(rng)} deliver payslip run=PR-2026-{rng.randint(1, 26):02d} to=\"").N(p.full()).t('" <').E(p.email())
    r.t(f"> status={rng.choice(['250', '250', '451', '550'])} encrypted={rng.choice(['yes', 'no'])}")


def ps_portal(r):
    rng = r.rng
    p = r.person(latin=True)
    r.IP(ip(rng, 0.3)).t(f" - - [{clf(rng)}] \"GET /ess/payslips?period=2026-{rng.randint(1, 12):02d}&user=")
    r.E(pct(p.email())).t(f"&format=pdf HTTP/1.1\" 200 {rng.randint(30000, 300000)} \"-\" \"Mozilla/5.0\"")


def ps_text(r):
    rng = r.rng
    kind = rng.choice(["uk", "de", "fr", "es", "ja"])
    emp, _ = _emp(rng)
    if kind == "ja":
        p = r.person(native_p=0.8, native_trad="ja_jp")
        r.t(f"==== 給与明細書 2026年{rng.randint(1, 12)}月分 ====\n{emp}\n社員番号: {num(rng, 6)}\n氏名: ").N(p.full())
        r.t(f" 様\n基本給 {rng.randint(200, 600)},000\n差引支給額 {rng.randint(150, 500)},{rng.randint(100, 999)}")
        return
    p = r.person(latin=True, trad={"de": "de_de", "fr": "fr_fr", "es": "es_es"}.get(kind))
    if kind == "uk":
        r.t(f"{'-' * 44}\n{emp.upper():<30}PAYSLIP {rng.choice(['NOV', 'DEC'])} 2026\nEmployee: ").N(p.full())
        r.t(f"   No: {num(rng, 6)}\nTax code: 1257L   Pay date: {rng.randint(1, 28):02d}/11/2026\n"
            f"Basic pay ........ {money(rng, 1500, 5000)}\nNet pay .......... {money(rng, 1000, 4000)}\n{'-' * 44}")
    elif kind == "de":
        title = "Herr" if p.gender == "m" else "Frau"
        r.t(f"Lohnabrechnung {rng.choice(['November', 'Dezember'])} 2026 - {emp}\n{title} ").N(p.full())
        r.t(f"\nPersonalnummer {num(rng, 5)}  Steuerklasse {rng.randint(1, 5)}\nGesamtbrutto {money_eu(rng, 2000, 7000)} EUR\n"
            f"Auszahlungsbetrag {money_eu(rng, 1500, 3000)} EUR")
    elif kind == "fr":
        title = "M." if p.gender == "m" else "Mme"
        r.t(f"BULLETIN DE PAIE - Période du 01/11/2026 au 30/11/2026\nEmployeur : {emp}\nSalarié : {title} ").N(p.full())
        r.t(f"\nMatricule : {num(rng, 5)}\nNet à payer avant impôt : {money_eu(rng, 1500, 5000)} €")
    else:
        r.t(f"NÓMINA {rng.choice(['NOVIEMBRE', 'DICIEMBRE'])} 2026\nEmpresa: {emp}\nTrabajador/a: ").N(
            fold(p.family).upper() + ", " + fold(p.given).upper())
        r.t(f"\nCategoría: {rng.choice(['Oficial 1ª', 'Técnico', 'Auxiliar'])}\nLíquido a percibir: {money_eu(rng, 900, 4000)} €")


PSMS = {
    "en": "Hi {g}, your payslip for {m} is ready in the app.",
    "es": "Hola {g}, tu nómina de {m} ya está disponible.",
    "de": "Hallo {g}, Ihre Lohnabrechnung für {m} ist verfügbar.",
    "pt": "Olá {g}, o seu recibo de vencimento de {m} já está disponível.",
    "pl": "Cześć {g}, Twój pasek wypłaty za {m} jest dostępny.",
}


def ps_sms(r):
    rng = r.rng
    p = r.person()
    lang = rng.choice(sorted(PSMS))
    a, b = PSMS[lang].split("{g}")
    r.t(f"{iso(rng)} sms-out to=").P(phone(rng)).t(f' lang={lang} text="{a}').N(p.gn()).t(b.replace("{m}", "11/2026") + '"')


def ps_protect(r):
    rng = r.rng
    p = r.person(latin=True)
    r.t(f"{iso(rng)} WARN pdf-protect: missing date of birth for employee ").N(p.lf()).t(f" ({emp_id(rng)}); "
                                                                                        "sending portal link to ")
    r.E(p.email()).t(" instead of attachment")


def ps_csv(r):
    rng = r.rng
    r.t("employee_id,name,channel,address,status\n")
    for _ in range(rng.randint(2, 4)):
        p = r.person(latin=True)
        ch = rng.choice(["email", "sms", "email"])
        r.t(f"{emp_id(rng)},\"").N(p.lf()).t(f"\",{ch},")
        if ch == "email":
            r.E(p.email())
        else:
            r.P(phone(rng, rng.choice(["US", "GB", "AU"]), e164=True))
        r.t(f",{rng.choice(['delivered', 'bounced', 'queued'])}\n")
    _strip_last_nl(r)


def ps_neg_render(r):
    rng = r.rng
    r.t(f"{iso(rng)} INFO render ok template=payslip_{rng.choice(['de', 'uk', 'fr'])}_v{rng.randint(2, 5)} "
        f"file=/preview/SAMPLE_EMPLOYEE_2026-11.pdf pages=1 watermark=\"{rng.choice(['MUSTER', 'SPECIMEN', 'EXEMPLE'])}\"")


def ps_neg_stats(r):
    rng = r.rng
    obj = {"run": f"PR-2026-{rng.randint(1, 26):02d}", "rendered": rng.randint(100, 9000), "emailed": rng.randint(50, 8000),
           "sms": rng.randint(0, 900), "failed": rng.randint(0, 30), "company": rng.choice(SURNAME_COMPANIES)}
    r.t(f"{iso(rng)} distribution summary ").t(r.doc("json", J(obj, compact_=True), obj))


def ps_neg_text(r):
    rng = r.rng
    r.t(f"Lohnabrechnung {rng.choice(['November', 'Dezember'])} 2026 - {rng.choice(SURNAME_COMPANIES)}\nMUSTER "
        f"MITARBEITER\nPersonalnummer 00000  Steuerklasse 1\nGesamtbrutto 0,00 EUR\nStatus: {rng.choice(UI_STRINGS)}")


def ps_neg_csv(r):
    rng = r.rng
    r.t("channel,sent,delivered,bounced\n")
    for ch in ["email", "sms", "portal"]:
        s = rng.randint(10, 9000)
        r.t(f"{ch},{s},{rng.randint(0, s)},{rng.randint(0, 40)}\n")
    _strip_last_nl(r)


# ============================================================================ 12. year_end_tax_forms
def _rw(r, p, rng):
    r.t("RW").S(ssn(rng, "bare"))
    fn = fold(p.given).upper().replace("'", "")[:15]
    ln = fold(p.family).upper()[:20]
    mid = (p.middle or "")[:15]
    r.N(fn).t(" " * (15 - len(fn)) + f"{mid:<15}").N(ln).t(" " * (20 - len(ln)))
    r.t(f"{'':<4}{'':<22}{str(rng.randint(10, 9999)) + ' ' + rng.choice(['MAIN ST', 'OAK AVE', 'RIVER RD']):<22}"
        f"{rng.choice(['AUSTIN', 'MADISON', 'SAVANNAH', 'EUGENE', 'HELENA']):<22}"
        f"{rng.choice(['TX', 'WI', 'GA', 'OR', 'MT'])}{rng.randint(10000, 99999)}{'':<4}{'':<5}{'':<23}{'':<15}{'':<2}"
        f"{rng.randint(10 ** 6, 10 ** 8):011d}{rng.randint(10 ** 5, 10 ** 7):011d}")


def ye_efw2(r):
    rng = r.rng
    r.t(f"{iso(rng)} efw2-writer: RA/RE written for employer (EIN on file), tax_year=2026\n")
    for _ in range(rng.randint(1, 3)):
        p = r.person(latin=True, trad=rng.choice(["en_us", "en_us", "es_mx", "vi_vn", "ga_ie", "pl_pl", "hi_in",
                                                  "tl_ph", "ko_kr", "yo_ng"]))
        _rw(r, p, rng)
        r.t("\n")
    _strip_last_nl(r)


def ye_consent(r):
    rng = r.rng
    p = r.person(latin=True)
    _, dom = _emp(rng)
    r.t(f"ts={iso(rng)} event=w2.econsent.granted employee=").N(p.acct()).t(" email=").E(p.email(dom)).t(" ip=")
    r.IP(ip(rng, 0.3)).t(" tax_year=2026 method=portal")


def ye_reprint(r):
    rng = r.rng
    p = r.person()
    a = r.person(latin=True)
    obj = {"form": "W-2", "tax_year": 2026, "employee": {"id": emp_id(rng), "name": VN(p.full()), "email": VE(p.email())},
           "mail_to": {"line1": f"{rng.randint(10, 9999)} {rng.choice(['Elm St', 'Lakeview Dr', 'Pine Ct'])}",
                       "city": rng.choice(PLACES)},
           "requested_by": VN(a.acct()), "reason": rng.choice(["lost", "address_change", "never_received"])}
    r.t(f"{iso(rng)} reprint-queue enqueue ").t(r.doc("json", J(obj, compact_=rng.random() < 0.5), py_plain(obj)))


def ye_w2c(r):
    rng = r.rng
    p = r.person(latin=True, trad=rng.choice(["es_mx", "es_es", "pt_br", "en_us"]))
    q = r.person(latin=True, trad=p.trad)
    r.t(f"{iso(rng)} W-2c correction emp={emp_id(rng)}: EE name corrected \"").N(fold(p.full_l()).upper()).t('" -> "')
    r.N(fold(p.given + " " + p.family + " " + q.family).upper()).t('"; SSN corrected ').S(ssn(rng)).t(" -> ").S(ssn(rng))


def ye_state_csv(r):
    rng = r.rng
    st = rng.choice(["CA", "NY", "GA", "OR", "IL"])
    r.t(f"# state wage file {st} Q4 2026\nssn,last_name,first_name,state_wages,state_tax\n")
    for _ in range(rng.randint(2, 4)):
        p = r.person(latin=True)
        r.S(ssn(rng, rng.choice(["bare", "dash"]))).t(",").N(fold(p.family).upper()).t(",").N(fold(p.given).upper())
        r.t(f",{rng.randint(10000, 200000)}.00,{rng.randint(100, 9000)}.00\n")
    _strip_last_nl(r)


def ye_download(r):
    rng = r.rng
    p = r.person()
    r.t(f"{sysl(rng)} ess-web[{rng.randint(100, 9999)}]: W-2 2026 downloaded by ").E(p.email()).t(" from ")
    r.IP(ip(rng, 0.25)).t(" (SSN ending ").S(last4(rng)).t(")")


def ye_validation(r):
    rng = r.rng
    p = r.person(latin=True)
    r.t(f"AccuWage check: Record {rng.randint(3, 900)} (RW): Employee Last Name contains invalid characters: '")
    r.N(p.family.upper()).t("' ; First Name '").N(fold(p.given).upper()).t("' ok")


def ye_neg_totals(r):
    rng = r.rng
    r.t(f"{iso(rng)} efw2-writer: totals\n")
    r.t(f"RT{rng.randint(1, 9999999):07d}{rng.randint(10 ** 8, 10 ** 12):015d}{rng.randint(10 ** 7, 10 ** 11):015d}\n")
    r.t(f"RF{'':<5}{rng.randint(1, 9999999):07d}{'':<16}")


def ye_neg_recon(r):
    rng = r.rng
    r.t(f"$ yearend reconcile --tax-year 2026 --company {alnum(rng, 4)}\n{'BOX':<8}{'W-2 TOTAL':>16}{'941 TOTAL':>16}"
        f"  RESULT\n")
    for b in ["1", "2", "3", "5"]:
        v = rng.randint(10 ** 5, 10 ** 8)
        r.t(f"{b:<8}{v:>16,}{v + rng.choice([0, 0, 12, -40]):>16,}  {rng.choice(['match', 'diff'])}\n")
    _strip_last_nl(r)


def ye_neg_stats(r):
    rng = r.rng
    r.t(f"ts={iso(rng)} event=w2.econsent.campaign sent={rng.randint(100, 9000)} granted={rng.randint(50, 5000)} "
        f"site=\"{rng.choice(PLACES)}\" sender={rng.choice(SERVICE_ACCTS)} subject=\"{rng.choice(TITLE_UI)}\"")


def ye_neg_validation(r):
    rng = r.rng
    r.t(f"AccuWage check: Record {rng.randint(2, 5)} (RE): {rng.choice(['Establishment Number must be blank', 'Kind of Employer code invalid', 'Employment Code must be R'])}"
        f" ; employer=\"{rng.choice(SURNAME_COMPANIES).upper()}\"")


FAMILIES = [
    ("onboarding_preboarding",
     [ob_checklist, ob_upload, ob_w4_sql, ob_welcome_mail, ob_assign, ob_escaped_form, ob_ship],
     [ob_neg_template, ob_neg_assign, ob_neg_form, ob_neg_sites]),
    ("zk_push_terminals",
     [zk_userinfo, zk_attlog, zk_enrol, zk_cmd, zk_lang, zk_traceback],
     [zk_neg_heartbeat, zk_neg_attlog, zk_neg_options, zk_neg_userinfo]),
    ("leave_absence_requests",
     [lv_json, lv_mail, lv_balance, lv_sql, lv_printr, lv_rejected, lv_ja],
     [lv_neg_holidays, lv_neg_policy, lv_neg_printr, lv_neg_table]),
    ("payroll_calc_engine",
     [pc_calc, pc_java, pc_retro, pc_check, pc_iwo, pc_traceback, pc_fixed, pc_paycard],
     [pc_neg_summary, pc_neg_codes, pc_neg_taxtable, pc_neg_fixed]),
    ("payslip_distribution",
     [ps_render, ps_deliver, ps_portal, ps_text, ps_sms, ps_protect, ps_csv],
     [ps_neg_render, ps_neg_stats, ps_neg_text, ps_neg_csv]),
    ("year_end_tax_forms",
     [ye_efw2, ye_consent, ye_reprint, ye_w2c, ye_state_csv, ye_download, ye_validation],
     [ye_neg_totals, ye_neg_recon, ye_neg_stats, ye_neg_validation]),
]
