"""f01 templates."""

from __future__ import annotations

from _ctx import Ctx
from _decoys import COMPANIES, PLACES_LIKE_NAMES, PRODUCTS_LIKE_PEOPLE, STATUSES, UI_FOREIGN, UI_TITLE
from _seg import M, Rec, cc, em, ip, nm, ph, sn

HEADER = ("62.0 APEX_CODE,FINEST;APEX_PROFILING,INFO;CALLOUT,INFO;DB,INFO;NBA,INFO;SYSTEM,DEBUG;VALIDATION,INFO;"
          "VISUALFORCE,INFO;WAVE,INFO;WORKFLOW,INFO")
TZS = (
    "(GMT+01:00) Central European Standard Time (Europe/Paris)|GMT+01:00",
    "(GMT-08:00) Pacific Standard Time (America/Los_Angeles)|GMT-08:00",
    "(GMT+09:00) Japan Standard Time (Asia/Tokyo)|GMT+09:00",
    "(GMT+05:30) India Standard Time (Asia/Kolkata)|GMT+05:30",
    "(GMT+00:00) Greenwich Mean Time (Europe/London)|GMT+00:00",
    "(GMT-03:00) Brasilia Standard Time (America/Sao_Paulo)|GMT-03:00",
    "(GMT+10:00) Australian Eastern Standard Time (Australia/Sydney)|GMT+10:00",
)
ORG_DOMAINS = ("northwind.example", "acme-corp.example", "globex.example.com", "initech.example",
               "umbrella-health.example", "contoso.com", "fabrikam.com")


def _sfid(c: Ctx, prefix: str, n: int = 18) -> str:
    core = prefix + c.choice(["5g", "8W", "4x", "7Q", "Hn", "Dp", "Ak"]) + "00000" + c.alnum(5)
    return core + (c.ualnum(3) if n == 18 else "")


class _Clock:
    def __init__(self, c: Ctx) -> None:
        t = c.when()
        self.c = c
        self.start = t.hour * 3600 + t.minute * 60 + t.second
        self.ns = c.randint(1, 60) * 1_000_000 + c.randint(0, 999_999)

    def __call__(self) -> str:
        self.ns += self.c.randint(15_000, 3_500_000)
        total_ms = self.start * 1000 + self.ns // 1_000_000
        h, rem = divmod(total_ms // 1000, 3600)
        m, s = divmod(rem, 60)
        return f"{h % 24:02d}:{m:02d}:{s:02d}.{total_ms % 1000:03d} ({self.ns})"


def _line(r: Rec, clk: _Clock, *pieces: object) -> None:
    r.add(clk(), "|", *pieces, "\n")


def _username(c: Ctx, p) -> str:  # type: ignore[no-untyped-def]
    dom = c.choice(ORG_DOMAINS)
    base = f"{c.acct(p, c.choice(['first.last', 'flast', 'f.last']))}@{dom}"
    return base + c.choice(["", "", "", ".uat", ".partial", ".dev"])


def _contact_json(c: Ctx, p, typ: str = "Contact") -> dict:  # type: ignore[no-untyped-def]
    d: dict = {"Id": _sfid(c, "003" if typ == "Contact" else "00Q")}
    d["FirstName"] = nm(p.given)
    d["LastName"] = nm(p.family)
    if c.chance(0.8):
        d["Email"] = em(c.email(p))
    if c.chance(0.7):
        d["Phone" if c.chance(0.5) else "MobilePhone"] = ph(c.phone(p))
    if c.chance(0.4):
        d["MailingCity"] = c.choice(PLACES_LIKE_NAMES)
    if typ == "Lead":
        d["Company"] = c.choice(COMPANIES)
        d["Status"] = c.choice(STATUSES)
    d["OwnerId"] = _sfid(c, "005")
    return d


def _user_info(r: Rec, clk: _Clock, c: Ctx, user) -> None:  # type: ignore[no-untyped-def]
    _line(r, clk, "USER_INFO|[EXTERNAL]|", _sfid(c, "005", 15), "|", user, "|", c.choice(TZS))


# ------------------------------------------------------------------------------------------ positives
def pos_trigger_log(c: Ctx) -> Rec:
    r = Rec()
    clk = _Clock(c)
    runner = c.person()
    p = c.person()
    typ = c.choice(["Contact", "Lead"])
    r.lit(HEADER + "\n")
    _user_info(r, clk, c, em(_username(c, runner)))
    _line(r, clk, "EXECUTION_STARTED")
    trig = f"{typ}Trigger on {typ} trigger event {c.choice(['AfterInsert', 'AfterUpdate', 'BeforeInsert'])}"
    _line(r, clk, f"CODE_UNIT_STARTED|[EXTERNAL]|{_sfid(c, '01q', 15)}|{trig}|__sfdc_trigger/{typ}Trigger")
    var = c.choice(["c", "rec", "newRecord", "con"])
    _line(r, clk, f"VARIABLE_SCOPE_BEGIN|[{c.randint(5, 20)}]|{var}|{typ}|true|false")
    r.lit(clk() + f"|VARIABLE_ASSIGNMENT|[{c.randint(5, 20)}]|{var}|")
    r.json(_contact_json(c, p, typ))
    r.lit(f"|0x{c.hex(8)}\n")
    msg = c.choice([
        M("Enrolling ", nm(p.full()), " in onboarding journey"),
        M("Duplicate check for ", em(c.email(p)), ": 0 matches"),
        M("Assigning ", nm(p.full()), " to territory EMEA-North"),
        M("Welcome SMS queued for ", ph(c.phone(p))),
    ])
    _line(r, clk, f"USER_DEBUG|[{c.randint(20, 60)}]|DEBUG|", msg)
    _line(r, clk, f"SOQL_EXECUTE_BEGIN|[{c.randint(20, 60)}]|Aggregations:0|SELECT Id, OwnerId FROM Lead WHERE Email = :tmpVar1")
    _line(r, clk, f"SOQL_EXECUTE_END|[{c.randint(20, 60)}]|Rows:{c.randint(0, 2)}")
    if c.chance(0.5):
        _line(r, clk, f"DML_BEGIN|[{c.randint(60, 90)}]|Op:Insert|Type:Task|Rows:1")
        _line(r, clk, f"DML_END|[{c.randint(60, 90)}]")
    _line(r, clk, f"CODE_UNIT_FINISHED|{trig}|__sfdc_trigger/{typ}Trigger")
    r.add(clk(), "|EXECUTION_FINISHED")
    return r


def _debug_msg(c: Ctx) -> M:
    p = c.person()
    k = c.randint(0, 9)
    if k == 0:
        return M("Sending SMS to ", ph(c.phone(p)), " for case 0", str(c.randint(1000000, 9999999)))
    if k == 1:
        return M("Lead converted: ", nm(p.full()), " <", em(c.email(p)), ">")
    if k == 2:
        return M("Payment token created for ", nm(p.latin()), ", card ", cc(c.card()))
    if k == 3:
        return M("Verifying identity: SSN last 4 ", sn(c.ssn("last4")), " for ", nm(p.western()))
    if k == 4:
        parts = ["Contact:{FirstName=", nm(p.given), ", LastName=", nm(p.family)]
        if c.chance(0.7):
            parts += [", Email=", em(c.email(p))]
        parts += [", Phone=", ph(c.phone(p)), ", Id=", _sfid(c, "003"), "}"]
        return M(*parts)
    if k == 5:
        q = c.person()
        return M("Owner reassigned from ", nm(p.full()), " to ", nm(q.full()))
    if k == 6:
        return M("Callout payload: {\"customer\":{\"name\":\"", nm(p.full()), "\",\"email\":\"", em(c.email(p)), "\"}}")
    if k == 7:
        return M("ssn=", sn(c.ssn(c.choice(["dash", "bare"]))), " matched applicant ", nm(p.caps(False)))
    if k == 8:
        return M("Case ", str(c.randint(10000, 99999)), " contact: ", nm(p.last_first()), " / ", ph(c.phone(p)))
    return M("Portal user ", em(_username(c, p)), " reset password from ", ip(c.ip()))


def pos_debug_lines(c: Ctx) -> Rec:
    r = Rec()
    clk = _Clock(c)
    n = c.randint(1, 3)
    for i in range(n):
        r.add(clk(), f"|USER_DEBUG|[{c.randint(3, 240)}]|{c.choice(['DEBUG', 'DEBUG', 'INFO', 'WARN', 'ERROR'])}|",
              _debug_msg(c))
        if i < n - 1:
            r.lit("\n")
    return r


def pos_setup_audit(c: Ctx) -> Rec:
    r = Rec()
    if c.chance(0.6):
        r.lit("Date,User,Source Namespace Prefix,Action,Section,Delegate User\n")
    n = c.randint(1, 3)
    for i in range(n):
        t = c.when()
        admin = c.person()
        admin_user = em(_username(c, admin))
        p = c.person()
        hour = t.hour % 12 or 12
        date = f'"{t.month}/{t.day}/{t.year}, {hour}:{t.minute:02d}:{t.second:02d} {"AM" if t.hour < 12 else "PM"} {c.choice(["PST", "CET", "GMT", "IST", "EST"])}"'
        k = c.randint(0, 6)
        delegate: object = ""
        if k == 0:
            action, section = M("Changed ", nm(p.full()), "'s Role from Sales Rep to Sales Manager"), "Manage Users"
        elif k == 1:
            action, section = M("Changed email for user ", nm(p.full()), " from ", em(c.email(p)), " to ",
                                em(c.email(p))), "Manage Users"
        elif k == 2:
            action, section = M("Password reset for user ", em(_username(c, p))), "Manage Users"
        elif k == 3:
            action, section = M("Logged in using Login-As access for ", nm(p.full())), "Manage Users"
            delegate = em(_username(c, c.person()))
        elif k == 4:
            action, section = M("Deactivated user ", nm(p.full())), "Manage Users"
        elif k == 5:
            action, section = M("Changed mobile phone for user ", nm(p.full()), " from ", ph(c.phone(p)), " to ",
                                ph(c.phone(p))), "Manage Users"
        else:
            action, section = M("Created new user ", nm(p.full()), " (", em(_username(c, p)), ")"), "Manage Users"
        r.add(date, ",", admin_user, ',,"', action, '",', section, ",", delegate)
        if i < n - 1:
            r.lit("\n")
    return r


LOGIN_COLS = ("EVENT_TYPE", "TIMESTAMP", "REQUEST_ID", "ORGANIZATION_ID", "USER_ID", "RUN_TIME", "CPU_TIME",
              "URI", "LOGIN_KEY", "USER_TYPE", "LOGIN_TYPE", "BROWSER_TYPE", "API_TYPE", "USER_NAME",
              "TLS_PROTOCOL", "LOGIN_STATUS", "TIMESTAMP_DERIVED", "CLIENT_IP", "SOURCE_IP")


def pos_login_events(c: Ctx) -> Rec:
    r = Rec()
    r.lit(",".join(f'"{h}"' for h in LOGIN_COLS) + "\n")
    org = _sfid(c, "00D", 15)
    n = c.randint(1, 3)
    for i in range(n):
        p = c.person()
        t = c.when()
        src = c.ip(0.15)
        vals: list[object] = [
            "Login", t.strftime("%Y%m%d%H%M%S.") + f"{t.microsecond // 1000:03d}", "4" + c.alnum(14), org,
            _sfid(c, "005", 15), str(c.randint(40, 900)), str(c.randint(10, 200)), "/index.jsp", c.alnum(16),
            "Standard", c.choice(["Application", "Remote Access 2.0", "SAML Idp Initiated SSO"]),
            c.choice(["1", "3", "11"]) + str(c.randint(10000, 99999)), "", em(_username(c, p)), "TLSv1.3",
            c.choice(["LOGIN_NO_ERROR", "LOGIN_NO_ERROR", "LOGIN_ERROR_INVALID_PASSWORD", "LOGIN_CHALLENGE_ISSUED"]),
            t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z", ip(src), ip(src),
        ]
        for j, val in enumerate(vals):
            r.add("," if j else "", '"', val, '"')
        if i < n - 1:
            r.lit("\n")
    return r


def pos_exception_email(c: Ctx) -> Rec:
    r = Rec()
    p = c.person()
    obj = c.choice([("Lead", "00Q", "MobilePhone"), ("Contact", "003", "Phone"), ("Case", "500", "SuppliedPhone")])
    r.lit(f"Apex script unhandled trigger exception by user/organization: {_sfid(c, '005', 15)}/{_sfid(c, '00D', 15)}\n\n")
    r.lit(f"{obj[0]}Trigger: execution of {c.choice(['AfterUpdate', 'AfterInsert', 'BeforeUpdate'])}\n\n")
    r.lit(f"caused by: System.DmlException: Update failed. First exception on row 0 with id {_sfid(c, obj[1])}; ")
    k = c.randint(0, 2)
    if k == 0:
        r.add("first error: FIELD_CUSTOM_VALIDATION_EXCEPTION, ", M(ph(c.phone(p)), " for ", nm(p.full()),
              " is not a valid E.164 number"), f": [{obj[2]}]")
    elif k == 1:
        r.add("first error: DUPLICATE_VALUE, duplicate value found: Email__c duplicates value on record with id: ",
              _sfid(c, obj[1], 15), " (", em(c.email(p)), "): []")
    else:
        r.add("first error: INVALID_EMAIL_ADDRESS, Email: invalid email address: ", nm(p.latin()), " <",
              em(c.email(p)), ">: [Email]")
    r.lit(f"\n\nTrigger.{obj[0]}Trigger: line {c.randint(10, 200)}, column 1")
    return r


def pos_callout(c: Ctx) -> Rec:
    r = Rec()
    clk = _Clock(c)
    p = c.person()
    line = c.randint(30, 120)
    host = c.choice(["api.example-sms.com/v2/messages", "hooks.example.net/crm/contact", "kyc.example.io/v1/checks"])
    _line(r, clk, f"CALLOUT_REQUEST|[{line}]|System.HttpRequest[Endpoint=https://{host}, Method=POST]")
    body = c.choice([
        {"to": ph(c.phone(p, "e164")), "text": M("Hi ", nm(p.given), ", your appointment is confirmed")},
        {"contact": {"name": nm(p.full()), "email": em(c.email(p))}, "source": "web-to-lead"},
        {"applicant": {"given_name": nm(p.given), "family_name": nm(p.family), "ssn": sn(c.ssn())}},
    ])
    r.lit(clk() + f"|USER_DEBUG|[{line + 2}]|DEBUG|")
    r.json(body)
    r.lit("\n")
    status, code = c.choice([("Created", 201), ("OK", 200), ("Bad Request", 400)])
    r.add(clk(), f"|CALLOUT_RESPONSE|[{line + 3}]|System.HttpResponse[Status={status}, StatusCode={code}]")
    return r


def pos_var_assign(c: Ctx) -> Rec:
    r = Rec()
    clk = _Clock(c)
    p = c.person()
    ln = c.randint(5, 90)
    rows: list[list[object]] = []
    rows.append([clk(), f"|VARIABLE_ASSIGNMENT|[{ln}]|ownerName|\"", nm(p.full()), "\""])
    if c.chance(0.7):
        rows.append([clk(), f"|VARIABLE_ASSIGNMENT|[{ln + 1}]|email|\"", em(c.email(p)), "\""])
    if c.chance(0.6):
        rows.append([clk(), f"|VARIABLE_ASSIGNMENT|[{ln + 2}]|mobile|\"", ph(c.phone(p)), "\""])
    if c.chance(0.3):
        rows.append([clk(), f"|VARIABLE_ASSIGNMENT|[{ln + 3}]|this.cardNumber|\"", cc(c.card("plain")), "\""])
    rows.append([clk(), f"|STATEMENT_EXECUTE|[{ln + 4}]"])
    r.rows(rows)
    return r


POS = [pos_trigger_log, pos_debug_lines, pos_debug_lines, pos_setup_audit, pos_login_events, pos_exception_email,
       pos_callout, pos_var_assign]


# ------------------------------------------------------------------------------------------ negatives
def _autoproc(c: Ctx) -> str:
    return "autoproc@" + _sfid(c, "00d", 18).lower()


LIMITS = (
    "Number of SOQL queries: {a} out of 100", "Number of query rows: {b} out of 50000",
    "Number of SOSL queries: 0 out of 20", "Number of DML statements: {c} out of 150",
    "Number of Publish Immediate DML: 0 out of 150", "Number of DML rows: {d} out of 10000",
    "Maximum CPU time: {e} out of 10000", "Maximum heap size: 0 out of 6000000",
    "Number of callouts: 0 out of 100", "Number of Email Invocations: 0 out of 10",
    "Number of future calls: 0 out of 50", "Number of queueable jobs added to the queue: 0 out of 50",
    "Number of Mobile Apex push calls: 0 out of 10",
)


def _limits(r: Rec, clk: _Clock, c: Ctx) -> None:
    r.lit(clk() + "|LIMIT_USAGE_FOR_NS|(default)|\n")
    vals = {"a": c.randint(1, 40), "b": c.randint(1, 900), "c": c.randint(0, 20), "d": c.randint(0, 400),
            "e": c.randint(10, 4000)}
    for L in LIMITS:
        r.lit("  " + L.format(**vals) + "\n")


def neg_batch_log(c: Ctx) -> Rec:
    r = Rec()
    clk = _Clock(c)
    r.lit(HEADER + "\n")
    _user_info(r, clk, c, _autoproc(c))
    _line(r, clk, "EXECUTION_STARTED")
    cls = c.choice(["AccountRollupBatch", "OpportunityStageSync", "TerritoryRealignJob", "PriceBookRefresh"])
    _line(r, clk, f"CODE_UNIT_STARTED|[EXTERNAL]|{_sfid(c, '01p', 15)}|{cls}")
    _line(r, clk, f"SOQL_EXECUTE_BEGIN|[{c.randint(5, 30)}]|Aggregations:0|SELECT Id, Name, BillingCity, Industry FROM Account WHERE Type = 'Customer'")
    _line(r, clk, f"SOQL_EXECUTE_END|[{c.randint(5, 30)}]|Rows:{c.randint(1, 300)}")
    acc = {"Id": _sfid(c, "001"), "Name": c.choice(COMPANIES), "BillingCity": c.choice(PLACES_LIKE_NAMES),
           "Industry": c.choice(["Manufacturing", "Retail", "Healthcare", "Logistics"]),
           "Rating": c.choice(["Hot", "Warm", "Cold"])}
    r.lit(clk() + f"|VARIABLE_ASSIGNMENT|[{c.randint(30, 60)}]|acc|")
    r.json(acc)
    r.lit(f"|0x{c.hex(8)}\n")
    _line(r, clk, f"USER_DEBUG|[{c.randint(60, 90)}]|DEBUG|Rolled up {c.randint(1, 80)} opportunities into {acc['Name']}")
    _limits(r, clk, c)
    _line(r, clk, f"CODE_UNIT_FINISHED|{cls}")
    r.lit(clk() + "|EXECUTION_FINISHED")
    return r


def neg_debug_lines(c: Ctx) -> Rec:
    r = Rec()
    clk = _Clock(c)
    msgs = [
        lambda: f"Recalculated {c.randint(2, 90)} opportunity line items for {c.choice(COMPANIES)}",
        lambda: f"Stage changed: {c.choice(STATUSES)} -> {c.choice(STATUSES)}",
        lambda: f"Skipping record {_sfid(c, '006')}: status {c.choice(STATUSES)}",
        lambda: f"Label resolved for de_DE: '{c.choice(UI_FOREIGN)}'",
        lambda: f"Territory set to {c.choice(PLACES_LIKE_NAMES)} (region code {c.randint(10, 99)})",
        lambda: f"Einstein model '{c.choice(PRODUCTS_LIKE_PEOPLE)}' scored {c.randint(100, 999)} leads",
        lambda: f"Queueable {c.choice(['SyncInventoryJob', 'ContractRenewalJob'])} enqueued as {_sfid(c, '707', 15)}",
        lambda: "Case owner is a queue (Tier 2 Support); skipping notification",
        lambda: f"Quick action '{c.choice(UI_TITLE)}' rendered for page layout {c.choice(['Case Layout', 'Lead Layout'])}",
    ]
    n = c.randint(1, 3)
    for i in range(n):
        r.lit(clk() + f"|USER_DEBUG|[{c.randint(3, 240)}]|{c.choice(['DEBUG', 'INFO', 'WARN'])}|{c.choice(msgs)()}")
        if i < n - 1:
            r.lit("\n")
    return r


def neg_test_results(c: Ctx) -> Rec:
    tests = c.sample(["OpportunityTriggerTest.testStageChange", "AccountRollupBatchTest.testRollup",
                      "PriceBookRefreshTest.testRefresh", "CaseEscalationTest.testQueueOwner",
                      "TerritoryRealignJobTest.testVictoriaRegion", "LeadScoringTest.testHopperModel",
                      "QuoteSyncTest.testDiscountRounding"], c.randint(2, 4))
    w = max(len(t) for t in tests) + 2
    lines = ["=== Test Results", "TEST NAME".ljust(w) + "OUTCOME  MESSAGE  RUNTIME (MS)",
             "─" * (w - 2) + "  ───────  ───────  ────────────"]
    for t in tests:
        lines.append(t.ljust(w) + "Pass".ljust(9) + " " * 9 + str(c.randint(20, 900)))
    lines += ["", "=== Test Summary", "NAME                 VALUE", "───────────────────  ─────",
              "Outcome              Passed", f"Tests Ran            {len(tests)}", "Pass Rate            100%",
              f"Test Run Id          {_sfid(c, '707', 15)}"]
    return Rec().lit("\n".join(lines))


def neg_limits(c: Ctx) -> Rec:
    r = Rec()
    clk = _Clock(c)
    _line(r, clk, f"CODE_UNIT_FINISHED|{c.choice(['QuoteSyncService.sync', 'CaseEscalation.run'])}")
    r.lit(clk() + "|CUMULATIVE_LIMIT_USAGE\n")
    _limits(r, clk, c)
    r.lit(clk() + "|CUMULATIVE_LIMIT_USAGE_END")
    return r


def neg_opportunity(c: Ctx) -> Rec:
    r = Rec()
    clk = _Clock(c)
    co = c.choice(COMPANIES)
    opp = {"Id": _sfid(c, "006"), "Name": f"{co} - Renewal {c.randint(2026, 2028)}",
           "StageName": c.choice(STATUSES), "Amount": c.randint(1000, 900000),
           "LeadSource": c.choice(["Partner Referral", "Web", "Trade Show"]), "AccountId": _sfid(c, "001")}
    r.lit(clk() + f"|VARIABLE_ASSIGNMENT|[{c.randint(5, 90)}]|opp|")
    r.json(opp)
    r.lit(f"|0x{c.hex(8)}\n")
    r.lit(clk() + f"|DML_BEGIN|[{c.randint(90, 120)}]|Op:Update|Type:Opportunity|Rows:1\n")
    r.lit(clk() + f"|DML_END|[{c.randint(90, 120)}]")
    return r


NEG = [neg_batch_log, neg_debug_lines, neg_debug_lines, neg_test_results, neg_limits, neg_opportunity]
