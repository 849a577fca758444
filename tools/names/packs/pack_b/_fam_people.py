"""Families: school roster sync (SIS), learning management systems, library ILS/SIP2, recruiting/ATS,
time and attendance, benefits enrolment."""

from __future__ import annotations

from _core import C, D, E, I, J, Mix, N, P, S, fold, form, pystr, rbstr
from _values import COMPANIES, PLACES, PRODUCTS, ROOMS, SCHOOLS, STATUS

# ----------------------------------------------------------------------------- SIS roster sync
SECTIONS = ["MATH-7B", "MATH-7C", "ELA-8A", "SCI-6D", "HIST-10", "AP-CHEM-2", "PE-9"]


def sis_oneroster(c, neg=False):
    d = D("sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyName,"
          "middleName,identifier,email,sms,phone,grades,password\n")
    for i in range(c.randint(1, 2)):
        d("\n" if i else "", f"u-{c.hexid(8)},active,{c.ts('isos')},true,org-{c.randint(10, 99)},")
        if neg:
            d(c.pick(["administrator", "aide"]), ",", c.pick(["clever-sync", "sis_import", "kiosk01"]), ",{Fed:}," +
              c.pick(["Lincoln,Elementary", "Test,Student", "Sub,Teacher"]), f",,{c.digits(6)},,,,,")
            continue
        p = c.person()
        role = c.pick(["student", "teacher", "guardian"])
        d(role, ",", N(p.acct(c.r)), f",{{Fed:{c.digits(6)}}},", N(p.g), ",", N(p.f), f",,{c.digits(6)},", E(c.email(p)), ",")
        d(P(c.phone(p, intl=True)) if role == "guardian" else "", ",", P(c.phone(p, intl=False)) if c.p(0.4) else "",
          f",{c.pick(['07', '08', 'KG', '10'])},")
    return d


def sis_sync(c, neg=False):
    d = D(f"[{c.ts('sql')}] sync.{c.pick(['WARN', 'INFO'])} ")
    if neg:
        return d(f"section {c.pick(SECTIONS)} room changed to '{c.pick(SCHOOLS)} {c.randint(100, 320)}' by {c.pick(['clever_bot', 'sis-sync'])}")
    s, t = c.person(), c.person()
    d(f"student {c.digits(6)} (", N(c.pick([s.full(), s.lf(), s.caps_lf()])), f") moved from section {c.pick(SECTIONS)} to ")
    return d(c.pick(SECTIONS), " by teacher ", N(t.acct(c.r, style=c.pick(["f.last", "flast", "first.last"]))))


def sis_guardians(c, neg=False):
    if neg:
        return J({"studentId": c.digits(6), "school": c.pick(SCHOOLS), "guardians": [], "status": c.pick(STATUS)}, indent=2)
    s = c.person()
    gs = [c.relative(s) if c.p(0.7) else c.person() for _ in range(c.randint(1, 2))]
    o = {"studentId": c.digits(6), "student": {"first": N(s.g), "last": N(s.f)}, "school": c.pick(SCHOOLS),
         "guardians": [{"relationship": c.pick(["mother", "father", "grandparent", "guardian"]), "name": N(g.full()),
                        "mobile": P(c.phone(g)), "email": E(c.email(g))} for g in gs]}
    return J(o, indent=c.pick([2, None]), ascii_only=c.p(0.3))


def sis_duplicate(c, neg=False):
    if neg:
        return D(f'Possible duplicate: school "{c.pick(SCHOOLS)}" vs "{c.pick(SCHOOLS)}" (NCES id match) - skipped')
    p = c.person()
    a = p.caps_lf()
    b = fold(a).replace("'", "").replace("-", " ")
    b = b if b != a else p.caps()
    return D('Possible duplicate: "', N(a), '" vs "', N(b), f'" (dob match, score {c.randint(80, 99)}) student ids {c.digits(6)}/{c.digits(6)}')


def sis_grade(c, neg=False):
    if neg:
        return D(f"Grade changed for section {c.pick(SECTIONS)} assignment 'Unit 3 Quiz' by scheduler from B+ to A- (reason: curve applied)")
    s, t = c.person(), c.person()
    return D("Grade changed for student ", N(s.full()), " by teacher ", c.pick(["Mr. ", "Ms. ", "Mx. ", "Dr. "]), N(t.rf), " (", N(t.acct(c.r)),
             ') from B+ to A-, reason: "recalculated after ', N(s.rg), "'s retake\"")


def sis_dump(c, neg=False):
    d = D(c.ts("ms"), " ERROR roster.sync Failed to upsert record\nTraceback (most recent call last):\n"
          '  File "/srv/sis/sync/worker.py", line 214, in upsert\n    row = mapper.to_row(obj)\n'
          '  File "/srv/sis/sync/mapper.py", line 88, in to_row\n    grade = obj.raw["grade"]\n')
    if neg:
        return d(f"KeyError: 'grade'\nwhile syncing Section(id='{c.hexid(6)}', name='{c.pick(SECTIONS)}', school='{c.pick(SCHOOLS)}')")
    p = c.person()
    return d("KeyError: 'grade'\nwhile syncing Student(id='", c.hexid(6), "', name={'first': ", *pystr(N(p.g)), ", 'last': ",
             *pystr(N(p.f)), "}, email=", *pystr(E(c.email(p))), ")")


# ----------------------------------------------------------------------------- LMS
COURSES = ["BIO101", "CHEM-210", "HIST 1301", "MATH 2413", "ENG-102"]


def lms_moodle_csv(c, neg=False):
    if neg:
        return D(f'"{c.ts("moodle")}","Admin User","-","Course: {c.pick(COURSES)}","System","Course backup created",'
                 f'"The user with id \'2\' created a backup of course \'{c.randint(2, 400)}\'.","cli",""')
    u = c.person()
    aff = c.person() if c.p(0.3) else None
    d = D(f'"{c.ts("moodle")}","', N(u.full()), '","', N(aff.full()) if aff else "-", f'","Course: {c.pick(COURSES)}","Quiz",')
    return d(f'"Quiz attempt submitted","The user with id \'{c.digits(4)}\' has submitted the attempt with id \'{c.digits(5)}\'.","web","', I(c.ip()), '"')


def lms_lti11(c, neg=False):
    d = D(c.ts("ms"), " DEBUG lti.launch POST body: oauth_consumer_key=", c.hexid(10), "&resource_link_id=", c.hexid(8))
    if neg:
        return d("&roles=Instructor&context_title=", form(c.pick(["Intro to Julia", "Shakespeare Workshop 2", "Cassandra Ops"])),
                 "&lis_person_name_full=&user_id=", c.hexid(12))
    p = c.person()
    d("&lis_person_name_given=", N(form(p.g)), "&lis_person_name_family=", N(form(p.f)))
    d("&lis_person_name_full=", N(form(p.western())), "&lis_person_contact_email_primary=", E(form(c.email(p))))
    return d("&roles=Learner&user_id=", c.hexid(12))


def lms_lti13(c, neg=False):
    if neg:
        return J({"iss": "https://lms.example.org", "aud": c.hexid(10), "sub": c.hexid(16),
                  "https://purl.imsglobal.org/spec/lti/claim/roles": ["http://purl.imsglobal.org/vocab/lis/v2/system/person#None"],
                  "https://purl.imsglobal.org/spec/lti/claim/context": {"title": c.pick(["Darwin Seminar", "Ada Programming"])}}, indent=2)
    p = c.person()
    return J({"iss": "https://lms.example.org", "aud": c.hexid(10), "sub": c.hexid(16), "given_name": N(p.g), "family_name": N(p.f),
              "name": N(p.full()), "email": E(c.email(p)),
              "https://purl.imsglobal.org/spec/lti/claim/roles": ["http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"]},
             indent=2, ascii_only=c.p(0.4))


def lms_forum_mail(c, neg=False):
    if neg:
        return D('From: "Moodle Notifications" <noreply>\nSubject: ', c.pick(["Forum digest: Week 3", "Assignment due soon"]),
                 "\nX-Course: ", c.pick(COURSES))
    a, b = c.person(), c.person()
    d = D('From: "', N(a.full()), ' (via LMS)" <', E(c.email(None, "lms.example.org", "noreply")), ">\nReply-To: ", E(c.email(a)), "\n")
    return d("Subject: Re: Week 3 discussion — thanks ", N(b.rg), "!\nX-Course: ", c.pick(COURSES))


def lms_cron(c, neg=False):
    d = D(f"... Sending forum digests for user {c.digits(4)} (")
    if neg:
        return d(c.pick(["guest", "admin", "gradingbot"]), f")\n... Done: {c.randint(0, 30)} messages")
    p = c.person()
    return d(N(p.acct(c.r)), f")\n... Done: {c.randint(1, 30)} messages")


def lms_vardump(c, neg=False):
    def s(v):
        raw = v[0] if isinstance(v, tuple) else v
        return [f'string({len(raw.encode())}) "', v, '"']
    d = D(f"object(stdClass)#{c.randint(100, 900)} (4) {{\n  [\"id\"]=>\n  string(4) \"{c.digits(4)}\"\n  [\"firstname\"]=>\n  ")
    if neg:
        return d(*s("Guest"), '\n  ["lastname"]=>\n  ', *s("User"), '\n  ["auth"]=>\n  ', *s("nologin"), "\n}")
    p = c.person()
    d(*s(N(p.g)), '\n  ["lastname"]=>\n  ', *s(N(p.f)), '\n  ["email"]=>\n  ', *s(E(c.email(p))), "\n}")
    return d


# ----------------------------------------------------------------------------- library ILS / SIP2
TITLES = ["Emma", "Matilda", "Rebecca", "Anne of Green Gables", "Jane Eyre", "Little Women", "Oliver Twist", "Middlemarch",
          "The Hobbit", "Dune", "Beloved", "Atonement"]
BRANCHES = ["Carnegie Branch", "Eleanor Roosevelt Branch", "Central Library", "Madison Branch", "Victoria Park Branch"]


def _sip_ck(msg: str) -> str:
    return f"{(-sum(msg.encode())) & 0xFFFF:04X}"


def lib_sip_patron(c, neg=False):
    t = c.ts("compact")
    hdr = f"{c.pick(['64', '24'])}              001{t[:8]}    {t[8:]}"
    d = D(c.ts("ms"), f" sip2 [{c.pick(['SC-CENTRAL-1', 'kiosk-03'])}] <- ", hdr, "AOMAIN|AA", c.digits(14), "|AE")
    if neg:
        d(c.pick(["SELFCHECK TEST PATRON", "Staff Card", "MADISON PUBLIC LIBRARY ILL", "Victoria Branch Deposit"]), "|BLN|")
    else:
        p = c.person()
        d(N(c.pick([p.full(), p.caps(), p.lf()])), "|BLY|")
        if c.p(0.6):
            d("BE", E(c.email(p)), "|")
        if c.p(0.5):
            d("BF", P(c.phone(p)), "|")
        if c.p(0.5):
            d("AFGreetings ", N(p.rg), "|")
    body = d.text().split(" <- ", 1)[1] + "AY1AZ"
    return d("AY1AZ", _sip_ck(body))


def lib_sip_checkout(c, neg=False):
    d = D(c.ts("ms"), f" sip2 checkout ok=1 AA{c.digits(14)} AB3{c.digits(12)} AJ{c.pick(TITLES)} due={c.ts('date')}")
    if neg:
        return d(" AF", c.pick(["Renewal limit reached", "Thank you!", "Item on hold for another patron"]))
    p = c.person()
    return d(" patron=", N(p.acct(c.r)) if c.p(0.5) else N(p.full()), " branch=", c.pick(BRANCHES))


def lib_koha(c, neg=False):
    aid = c.digits(6)
    if neg:
        return D(f"{aid}|{c.ts('sql')}|0|CRONJOBS|RUN|0|{c.pick(['overdue_notices.pl', 'fines.pl'])}|cron")
    p = c.person()
    info = J({"firstname": N(p.g), "surname": N(p.f), "email": E(c.email(p)), "branchcode": "CPL"}, ascii_only=c.p(0.3))
    return D(f"{aid}|{c.ts('sql')}|{c.randint(1, 80)}|MEMBERS|MODIFY|{c.digits(5)}|", info, "|intranet")


def lib_overdue(c, neg=False):
    if neg:
        return D(f"overdue_notices: branch {c.pick(BRANCHES)} letter ODUE2 queued {c.randint(0, 80)} notices; {c.randint(0, 5)} without e-mail")
    p = c.person()
    d = D('To: "', N(p.lf()), '" <', E(c.email(p)), ">\nSubject: Overdue items\n\nDear ", N(p.rg), ",\n")
    return d(f"The following item is overdue: {c.pick(TITLES)} (due {c.ts('date')}). {c.pick(BRANCHES)}")


def lib_ill(c, neg=False):
    d = D("POST /ill/request body=")
    if neg:
        return d(f"title={form(c.pick(TITLES))}&isbn={c.digits(13, no_card=True)}&patron_type=STAFF&pickup={form(c.pick(BRANCHES))}")
    p = c.person()
    if c.p(0.35):  # fine payment at the web OPAC, logged with the raw form body
        return D("POST /opac/fines/pay body=amount=", str(c.randint(1, 30)), ".50&cardnumber=", C(form(c.card())),
                 "&cardholder=", N(form(p.full())), "&borrowernumber=", c.digits(5), " from ", I(c.ip()))
    d(f"title={form(c.pick(TITLES))}&patron_name=", N(form(p.full())), "&patron_email=", E(form(c.email(p))))
    return d("&pickup=", form(c.pick(BRANCHES)), " from ", I(c.ip()))


def lib_hold_sms(c, neg=False):
    if neg:
        return D(f"hold_notify: {c.randint(0, 50)} holds ready at {c.pick(BRANCHES)}; sms gateway {c.pick(['up', 'degraded'])}")
    p = c.person()
    return D("hold_notify: Hold ready for ", N(p.caps()), f" at {c.pick(BRANCHES)} ({c.pick(TITLES)}) - sms to ", P(c.phone(p)))


# ----------------------------------------------------------------------------- recruiting / ATS
JOBS = ["Senior Engineer, Platform", "Registered Nurse - ICU", "Data Analyst II", "Teacher, Grade 4", "Librarian"]


def ats_webhook(c, neg=False):
    if neg:
        return J({"action": "job_post_updated", "payload": {"job": {"title": c.pick(JOBS), "office": c.pick(PLACES),
                  "agency": c.pick(["Robert Walters", "Michael Page", "Hays Recruitment", "Korn Ferry"])}}}, indent=2)
    p, rec = c.person(), c.person()
    cand = {"first_name": N(p.g), "last_name": N(p.f), "email_addresses": [{"value": E(c.email(p)), "type": "personal"}]}
    if c.p(0.6):
        cand["phone_numbers"] = [{"value": P(c.phone(p)), "type": "mobile"}]
    o = {"action": "candidate_stage_change", "payload": {"application": {"candidate": cand, "job": c.pick(JOBS),
         "recruiter": {"name": N(rec.full()), "email": E(c.email(rec))}, "stage": c.pick(["Onsite", "Offer", "Phone Screen"])}}}
    return J(o, indent=c.pick([2, None]), ascii_only=c.p(0.3))


def ats_parser(c, neg=False):
    if neg:
        return D(f"ParsedResume(name=None, emails=[], phones=[], skills=['Kubernetes', {c.pick(PRODUCTS)!r}, 'Cassandra'], "
                 f"employer={c.pick(COMPANIES)!r})")
    p = c.person()
    return D("ParsedResume(name=", *pystr(N(p.full())), ", emails=[", *pystr(E(c.email(p))), "], phones=[", *pystr(P(c.phone(p))),
             "], skills=['Python', 'HL7'], confidence=0.", str(c.randint(50, 99)), ")")


def ats_schedule(c, neg=False):
    room = c.pick(ROOMS)
    if neg:
        return D(f"Scheduler: room '{room}' blocked {c.ts('sql')[:16]} for '{c.pick(JOBS)}' panel calibration (owner: greenhouse-bot)")
    p = c.person()
    ivs = [c.person() for _ in range(2)]
    return D("Scheduled onsite for candidate ", N(p.full()), " with interviewers ", N(ivs[0].acct(c.r)), ", ",
             N(ivs[1].acct(c.r)), f" on {c.ts('sql')[:16]} (Room {room})")


def ats_offer(c, neg=False):
    arrow = c.pick([" → ", " -> ", " >> "])
    if neg:
        return D(f"Offer template OF-{c.digits(4)} '{c.pick(JOBS)}' approved by Compensation Committee{arrow}pending Finance")
    p, a, b = c.person(), c.person(), c.person()
    return D(f"Offer OF-{c.digits(4)} for ", N(p.full()), " approved by ", N(a.full()), " (VP Eng)", arrow, "pending ",
             N(b.lf()), " (Finance)")


def ats_bgcheck(c, neg=False):
    d = D(c.ts("iso"), " bgcheck.callback vendor=", c.pick(["Sterling", "HireRight", "Checkr"]), " body=")
    if neg:
        return d(f"report_id={c.hexid(10)}&status=clear&package={form('Standard Plus')}")
    p = c.person()
    d("report_id=", c.hexid(10), "&candidate_name=", N(form(p.full())), "&ssn_last4=", S(c.last4()))
    return d("&status=", c.pick(["clear", "consider"]))


def ats_inspect(c, neg=False):
    if neg:
        return D(f'#<Agency id: {c.digits(3)}, name: "{c.pick(["Robert Walters", "Michael Page", "Korn Ferry"])}", fee_pct: 20>')
    p = c.person()
    return D(f"#<Candidate id: {c.digits(5)}, first_name: ", *rbstr(N(p.g)), ", last_name: ", *rbstr(N(p.f)), ", email: ",
             *rbstr(E(c.email(p))), ', source: "Referral">')


# ----------------------------------------------------------------------------- time and attendance
CLOCKS = ["CLK-LOBBY-2", "CLK-DOCK-1", "TA-ER-03", "KIOSK-4W"]


def ta_fixed(c, neg=False):
    rows = []
    for i in range(c.randint(1, 3)):
        d = D(f"{c.digits(5)}  ")
        if neg:
            d(f"{c.pick(['KIOSK USER', 'TEMP BADGE 12', 'AGENCY POOL']):<26}")
        else:
            p = c.person()
            v = c.pick([p.caps_lf(), p.caps()])[:26].rstrip()
            d(N(v), " " * (26 - len(v)))
        d(f"{c.ts('sql')[:16]} {c.pick(['IN ', 'OUT'])}  T{c.randint(1, 9):02d} {c.pick(CLOCKS)}")
        rows.append(d)
    out = D()
    for i, r in enumerate(rows):
        out("\n" if i else "", r)
    return out


def ta_terminal(c, neg=False):
    d = D(f"[{c.pick(CLOCKS)}] {c.ts('sql')} badge={c.digits(7)} ")
    if neg:
        return d(f"emp=\"\" punch=REJECTED reason=\"{c.pick(['Unknown Badge', 'Outside Grace Period', 'Clocked In'])}\"")
    p = c.person()
    return d('emp="', N(p.full()), f'" punch={c.pick(["IN", "OUT", "BREAK"])} method=FACE score=0.{c.randint(80, 99)} ip=', I(c.ip(False)))


def ta_approval(c, neg=False):
    if neg:
        return J({"timesheetId": c.digits(6), "employee": None, "approver": {"name": "Auto-Approve Rule"}, "status": "APPROVED",
                  "comment": f"Auto-approved; {c.pick(['Victoria Day', 'Labour Day', 'Family Day', 'Boxing Day'])} holiday pay applied"}, indent=c.pick([None, 2]))
    e, a, o = c.person(), c.person(), c.person()
    return J({"timesheetId": c.digits(6), "employee": {"name": N(e.full()), "login": N(e.acct(c.r))},
              "approver": {"name": N(a.lf())}, "status": "APPROVED",
              "comment": Mix("Approved — ", N(e.rg), " covered ", N(o.rg), "'s shift")}, indent=c.pick([None, 2]), ascii_only=c.p(0.3))


def ta_swap(c, neg=False):
    if neg:
        return D(f"Shift swap SW-{c.digits(4)}: Day Shift ⇄ Night Shift (template {c.pick(PLACES)} ED) rejected by rule 'Max 16h'")
    a, b, m = c.person(), c.person(), c.person()
    return D(f"Shift swap SW-{c.digits(4)}: ", N(a.full()), c.pick([" ⇄ ", " <-> ", " / "]), N(b.full()),
             " (Sat 07:00-15:00) approved by manager ", N(m.acct(c.r)))


def ta_missed_mail(c, neg=False):
    if neg:
        return D("From: Timekeeping <timekeeping>\nSubject: Missed punch report — 0 exceptions for pay period ", c.ts("date"))
    p = c.person()
    return D("From: Timekeeping <", E(c.email(None, "hr.example.org", "timekeeping")), '>\nTo: "', N(p.full()), '" <', E(c.email(p)),
             ">\nSubject: Missed punch on ", c.ts("date"), "\n\nHi ", N(p.rg), ", please correct your timecard.")


def ta_japanese(c, neg=False):
    if neg:
        return D(f"打刻エラー: 端末 {c.pick(CLOCKS)} 通信タイムアウト ({c.randint(3, 30)}秒)")
    p = c.person(lang="ja") if c.p(0.6) else c.person()
    return D(f"打刻エラー: 社員番号 {c.digits(5)} ", N(p.full()), " さん 出勤打刻なし (", c.pick(CLOCKS), ")")


# ----------------------------------------------------------------------------- benefits enrolment
CARRIERS = ["Kaiser Permanente", "Aetna", "Cigna", "Delta Dental", "MetLife", "Guardian", "Lincoln Financial", "Humana",
            "Principal", "The Hartford", "Anthem Blue Cross"]
PLANS = ["Kaiser Permanente HMO", "Aetna Choice POS II", "Cigna OAP", "Delta Dental PPO", "VSP Choice", "MetLife Basic Life"]


def ben_dependents(c, neg=False):
    if neg:
        return J({"event": "plan_year_rollover", "plans": c.sample(PLANS, 3), "employees": c.randint(100, 4000)}, indent=2)
    emp = c.person()
    deps = [c.relative(emp) if c.p(0.8) else c.person() for _ in range(c.randint(1, 2))]
    o = {"employee": {"name": N(emp.full()), "ssn": S(c.ssn(c.pick(["-", ""])))},
         "dependents": [{"firstName": N(d.g), "lastName": N(d.f), "relationship": c.pick(["Spouse", "Child", "Domestic Partner"]),
                         "ssn": S(c.ssn())} for d in deps], "plan": c.pick(PLANS)}
    return J(o, indent=c.pick([2, None]), ascii_only=c.p(0.3))


def ben_carrier(c, neg=False):
    d = D("MEMBER_SSN,REL,LAST,FIRST,DOB,PLAN,TIER,EFF_DATE\n" if c.p(0.6) else "")
    if neg:
        return d(f",EE,TOTAL,RECORDS {c.randint(10, 900)},,{c.pick(PLANS).upper()},,{c.ts('date')}")
    p = c.person()
    return d(S(c.ssn(c.pick(["-", ""]))), ",", c.pick(["EE", "SP", "CH"]), ",", N(p.f.upper()), ",", N(p.g.upper()), ",",
             c.dob().strftime("%Y%m%d"), ",", c.pick(PLANS).upper(), ",", c.pick(["EE+SP", "FAM", "EE"]), ",", c.ts("date"))


def ben_life_event(c, neg=False):
    if neg:
        return D(f"Qualifying life event window closed for {c.randint(2, 40)} employees (BIRTH, MARRIAGE); docs pending: {c.randint(0, 9)}")
    p = c.person()
    dep = c.relative(p)
    return D("Qualifying life event BIRTH submitted by ", N(p.full()), ' for dependent "', N(dep.full()),
             '" (SSN ending ', S(c.last4()), "); docs pending")


def ben_exception(c, neg=False):
    d = D("com.example.benefits.ValidationException: Beneficiary allocation != 100% for ")
    if neg:
        d(f"Plan{{id={c.digits(4)}, name='{c.pick(PLANS)}', carrier='{c.pick(CARRIERS)}'}}")
    else:
        p = c.person()
        d(f"Employee{{id={c.digits(6)}, name='", N(p.full()), "', email='", E(c.email(p)), "'}")
    return d("\n\tat com.example.benefits.ElectionService.validate(ElectionService.java:212)\n\tat com.example.benefits.api.EnrollController.submit(EnrollController.java:88)")


def ben_fsa_card(c, neg=False):
    if neg:
        return D(f"FSA card batch {c.digits(5)}: {c.randint(10, 500)} cards sent to {c.pick(['WEX', 'HealthEquity', 'Lincoln Financial'])}; masked ****{c.last4()} last")
    p = c.person()
    return D("FSA debit card issued to ", N(p.caps()), ": ", C(c.card()), " exp 12/28 mailed; employee portal login ", N(p.acct(c.r)))


def ben_i18n(c, neg=False):
    if neg:
        return D(c.pick(["Confirmación de inscripción: periodo abierto cerrado (", "Bestätigung: Open Enrollment abgeschlossen ("]),
                 c.pick(PLANS), ")")
    p = c.person()
    return c.pick([
        lambda: D("Confirmación de inscripción para ", N(p.full()), ": plan ", c.pick(PLANS), ", tel. ", P(c.phone(p))),
        lambda: D("Bestätigung der Anmeldung für ", N(p.lf()), " (", E(c.email(p)), ") — Tarif ", c.pick(PLANS)),
        lambda: D("Confirmation d'adhésion : ", N(p.caps()), ", mutuelle ", c.pick(PLANS)),
    ])()


FAMILIES = [
    ("school_sis_roster", [sis_oneroster, sis_sync, sis_guardians, sis_duplicate, sis_grade, sis_dump]),
    ("lms_activity", [lms_moodle_csv, lms_lti11, lms_lti13, lms_forum_mail, lms_cron, lms_vardump]),
    ("library_ils_sip2", [lib_sip_patron, lib_sip_checkout, lib_koha, lib_overdue, lib_ill, lib_hold_sms]),
    ("recruiting_ats", [ats_webhook, ats_parser, ats_schedule, ats_offer, ats_bgcheck, ats_inspect]),
    ("time_attendance", [ta_fixed, ta_terminal, ta_approval, ta_swap, ta_missed_mail, ta_japanese]),
    ("benefits_enrollment", [ben_dependents, ben_carrier, ben_life_event, ben_exception, ben_fsa_card, ben_i18n]),
]
