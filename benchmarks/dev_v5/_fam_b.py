"""Families 7-12: Go slog / Rust tracing, SQL Server and Oracle audit, WAF, smart home and access control,
POS journals, payroll/HRIS integrations."""

from __future__ import annotations

from _build import JS, C, E, I, N, P, Rec, S, form
from _ctx import Ctx
from _lookalikes import (
    COMPANIES,
    JOB_TITLES,
    NON_ENGLISH_UI,
    PLACES_LIKE_NAMES,
    PRODUCTS_LIKE_NAMES,
    SERVICE_ACCOUNTS,
    STATUSES,
    TITLE_CASE_UI,
)
from _names import fold


def _q(v: str) -> bool:
    return " " in v or "," in v


# ============================================================================ 7. Go slog / Rust tracing
def gr_slog_text(c: Ctx) -> Rec:
    p = c.person()
    name = c.any_form(p)
    r = Rec().add(f"time={c.iso()} level={c.pick(['INFO', 'WARN', 'ERROR'])} "
                  f"source=/app/internal/{c.pick(['signup', 'billing', 'profile'])}/handler.go:{c.num(20, 400)} "
                  f"msg=\"{c.pick(['user signed up', 'profile updated', 'payment declined'])}\" user.id={c.num(1, 999999)} user.email=",
                  E(p.email(c.r)), " user.name=", *(['"', N(name), '"'] if _q(name) else [N(name)]))
    if c.p(0.5):
        r.add(" user.phone=\"", P(c.phone()), "\"")
    r.add(" remote_addr=", I(c.ip(0.0)), f":{c.port()}")
    return r


def gr_slog_json(c: Ctx) -> Rec:
    p = c.person()
    obj = {"time": c.iso(), "level": "ERROR", "source": {"function": "main.(*Server).handleCharge",
           "file": "/app/cmd/api/charge.go", "line": c.num(20, 400)},
           "msg": "charge failed", "err": JS("card ", C(c.card()), " declined: insufficient funds"),
           "customer": {"name": (c.any_form(p), "NAME"), "phone": (c.phone(), "PHONE")}, "trace_id": c.hex(32)}
    return Rec("json").js(obj)


def gr_tracing_fmt(c: Ctx) -> Rec:
    p = c.person()
    name = p.full()
    return Rec().add(f"{c.iso(6)}  {c.pick(['INFO', 'WARN', 'DEBUG'])} request{{method=POST uri=/v1/accounts "
                     f"version=HTTP/1.1 user_id={c.num(1, 99999)}}}: api::handlers::accounts: created account email=",
                     E(p.email(c.r)), ' name="', N(name), '" client_ip=', I(c.ip(0.1)))


def gr_tracing_error(c: Ctx) -> Rec:
    p = c.person()
    r = Rec().add(f"{c.iso(6)} ERROR billing_worker::invoice: failed to send invoice {c.num(1000, 99999)}\n"
                  "Error: SMTP error: permanent: 550 5.1.1 <", E(p.email(c.r)), "> mailbox unavailable\n\nCaused by:\n"
                  "    0: could not deliver to ")
    r.add(N(p.full() if c.p(0.6) else p.full().lower()), "\n    1: server replied 550\n\nLocation:\n    "
          "src/invoice.rs:", str(c.num(20, 400)), ":", str(c.num(5, 40)))
    return r


def gr_logfmt_audit(c: Ctx) -> Rec:
    p = c.person()
    return Rec().add(f"ts={c.iso()} caller=auth.go:{c.num(20, 400)} level=warn component=login msg=\"too many attempts\" "
                     "login=", N(p.acct(c.r)), " ssn_last4=", S(c.last4()), " ip=", I(c.ip(0.15)), " attempts=", str(c.num(5, 20)))


def gr_neg(c: Ctx) -> Rec:
    k = c.r.random()
    if k < 0.3:
        return Rec().add(f"time={c.iso()} level=INFO msg=\"server listening\" addr=:{c.pick([8080, 9090, 3000])} "
                         f"version=v1.{c.num(0, 30)}.{c.num(0, 9)} commit={c.hex(7)}")
    if k < 0.5:
        return Rec().add(f"{c.iso(6)}  INFO sqlx::query: summary=\"SELECT id, name FROM products …\" db.statement=\"\" "
                         f"rows_affected=0 rows_returned={c.num(0, 99)} elapsed={c.r.uniform(0, 9):.3f}ms product=\""
                         f"{c.pick(PRODUCTS_LIKE_NAMES)}\"")
    if k < 0.75:
        return Rec("json").js({"time": c.iso(), "level": "WARN", "msg": "circuit breaker state changed",
                               "from": "closed", "to": "open", "dependency": c.pick(["cassandra", "kafka", "hudson-api"]),
                               "region": c.pick(PLACES_LIKE_NAMES), "user": c.pick(SERVICE_ACCOUNTS)})
    return Rec().add(f"ts={c.iso()} level=info msg=\"{c.pick(NON_ENGLISH_UI)}\" locale={c.pick(['fr', 'de', 'ja', 'es'])} "
                     f"template=\"{c.pick(TITLE_CASE_UI)}\" status=\"{c.pick(STATUSES)}\"")


# ============================================================================ 8. SQL Server / Oracle
def db_mssql_errorlog(c: Ctx) -> Rec:
    p = c.person()
    acct = p.acct(c.r)
    login = ["CORP\\", N(acct)] if c.p(0.5) else [N(acct)]
    reason = c.pick(["Password did not match that for the login provided.", "Could not find a login matching the name provided.",
                     "The account is disabled.", "Failed to open the explicitly specified database 'HR'."])
    return Rec().add(f"{c.ts('%Y-%m-%d %H:%M:%S.')}{c.ms()[:2]} Logon       Error: 18456, Severity: 14, State: {c.num(5, 40)}.\n"
                     f"{c.ts('%Y-%m-%d %H:%M:%S.')}{c.ms()[:2]} Logon       Login failed for user '", *login, f"'. Reason: {reason} [CLIENT: ",
                     I(c.ip(0.05)), "]")


def db_mssql_audit(c: Ctx) -> Rec:
    p = c.person()
    q = c.person(latin_only=True)
    stmt = c.r.random()
    if stmt < 0.4:
        st = ["UPDATE dbo.Employees SET SSN = '", S(c.ssn("-")), "', LastName = N'", N(q.family), f"' WHERE EmployeeID = {c.num(1, 99999)}"]
    elif stmt < 0.7:
        st = ["SELECT * FROM dbo.Customers WHERE Email = N'", E(q.email(c.r)), "'"]
    else:
        st = ["EXEC dbo.usp_UpdateContact @FullName = N'", N(q.full()), "', @Mobile = N'", P(c.phone()), "'"]
    return Rec().add(f"{c.ts('%Y-%m-%d %H:%M:%S.')}{c.num(1000000, 9999999)}|SL|1|", "CORP\\", N(p.acct(c.r)), "|dbo|HR|",
                     I(c.ip(0.0)), "|Microsoft SQL Server Management Studio - Query|", *st)


def db_oracle_listener(c: Ctx) -> Rec:
    p = c.person()
    return Rec().add(f"{c.ts('%d-%b-%Y %H:%M:%S').upper()} * (CONNECT_DATA=(SERVICE_NAME={c.pick(['ORCLPDB1', 'FINPRD', 'HRPRD'])})"
                     f"(CID=(PROGRAM={c.pick(['sqlplus', 'SQL Developer', 'JDBC Thin Client', 'toad.exe'])})(HOST=WS-{c.num(100, 999)})"
                     "(USER=", N(p.acct(c.r)), "))) * (ADDRESS=(PROTOCOL=tcp)(HOST=", I(c.ip(0.0)), f")(PORT={c.port()})) * "
                     f"establish * ORCLPDB1 * {c.pick([0, 0, 12514, 12505])}")


def db_oracle_audit_syslog(c: Ctx) -> Rec:
    p = c.person()
    dbu = p.sap_id()[:12]
    osu = p.acct(c.r)

    def f(label: str, v: str, typ: str | None = None) -> list:
        return [f"{label}:[{len(v)}] '", (v, typ) if typ else v, "' "]

    return Rec().add(f"{c.ts('%b %d %H:%M:%S')} db01 Oracle Audit[{c.num(1000, 99999)}]: LENGTH: '{c.num(200, 400)}' ",
                     *f("ACTION", "CONNECT"), *f("DATABASE USER", dbu, "NAME"), *f("PRIVILEGE", "NONE"),
                     *f("CLIENT USER", osu, "NAME"), *f("CLIENT TERMINAL", f"WS-{c.num(100, 999)}"), *f("STATUS", "0"),
                     *f("DBID", str(c.num(10**9, 4 * 10**9))))


def db_ora_error(c: Ctx) -> Rec:
    p = c.person()
    return Rec().add(f"{c.ts('%Y-%m-%dT%H:%M:%S.')}{c.when.microsecond:06d}+00:00\nORA-00001: unique constraint "
                     "(HR.EMP_EMAIL_UK) violated\nORA-06512: at \"HR.ADD_EMPLOYEE\", line 42\n  binds: :1='", N(p.family.upper() if p.latin else p.family),
                     "' :2='", N(p.given), "' :3='", E(p.email(c.r)), "' :4='", P(c.phone()), "'")


def db_neg(c: Ctx) -> Rec:
    k = c.r.random()
    if k < 0.25:
        who = c.pick(["NT AUTHORITY\\SYSTEM", "sa", "NT SERVICE\\SQLSERVERAGENT", "CORP\\svc_sqlbackup", "CORP\\WEB01$"])
        return Rec().add(f"{c.ts('%Y-%m-%d %H:%M:%S.')}{c.ms()[:2]} Logon       Login succeeded for user "
                         f"'{who}'. "
                         "Connection made using Windows authentication. [CLIENT: <local machine>]")
    if k < 0.45:
        return Rec().add(f"{c.ts('%Y-%m-%d %H:%M:%S.')}{c.ms()[:2]} Backup      Database backed up. Database: HR, creation date(time): "
                         f"2024/01/1{c.num(0, 9)}(10:11:12), pages dumped: {c.num(1000, 99999)}, first LSN: {c.num(100, 999)}:"
                         f"{c.num(100, 999)}:1, number of dump devices: 1.")
    if k < 0.65:
        return Rec().add(f"{c.ts('%d-%b-%Y %H:%M:%S').upper()} * service_update * {c.pick(['ORCLCDB', 'FINPRD'])} * 0\n"
                         f"{c.ts('%d-%b-%Y %H:%M:%S').upper()} * (CONNECT_DATA=(SID=FINPRD)(CID=(PROGRAM=oracle)(HOST=db01)"
                         "(USER=oracle))) * (ADDRESS=(PROTOCOL=beq)(HOST=db01)) * establish * FINPRD * 0")
    if k < 0.85:
        return Rec().add(f"{c.ts('%Y-%m-%dT%H:%M:%S.')}000000+00:00\nORA-12899: value too large for column "
                         f"\"HR\".\"EMPLOYEES\".\"LAST_NAME\" (actual: {c.num(31, 60)}, maximum: 30)")
    return Rec().add(f"{c.ts('%Y-%m-%d %H:%M:%S.')}{c.num(1000000, 9999999)}|SL|1|CORP\\{c.pick(SERVICE_ACCOUNTS)}|dbo|Sales||"
                     f"SQLAgent - TSQL JobStep|UPDATE dbo.Stores SET Region = N'{c.pick(PLACES_LIKE_NAMES)}', "
                     f"Status = N'{c.pick(STATUSES)}' WHERE StoreID = {c.num(1, 999)}")


# ============================================================================================ 9. WAF
def waf_modsec_audit(c: Ctx) -> Rec:
    p = c.person()
    b = c.hex(8)
    src = c.ip(0.1)
    pairs = [("name", N(p.full())), ("email", E(p.email(c.r))), ("phone", P(c.phone()))]
    if c.p(0.5):
        pairs.append(("card_number", C(c.card())))
    r = Rec().add(f"--{b}-A--\n[{c.ts('%d/%b/%Y:%H:%M:%S')}.{c.when.microsecond:06d} +0000] {c.hex(20)} ", I(src),
                  f" {c.port()} ", I(c.ip(0.0)), f" 443\n--{b}-B--\nPOST /checkout/submit HTTP/1.1\nHost: shop.example.com\n"
                  "Content-Type: application/x-www-form-urlencoded\n")
    if c.p(0.5):
        r.add("X-Forwarded-For: ", I(src), "\n")
    r.add(f"\n--{b}-C--\n")
    for i, (k, v) in enumerate(pairs):
        r.add("&" if i else "", k, "=")
        r.add(v, enc=form)
    r.add(f"\n--{b}-H--\nMessage: Warning. Pattern match \"(?i)<script\" at ARGS:name. [file \"/etc/modsecurity/crs/"
          f"REQUEST-941-APPLICATION-ATTACK-XSS.conf\"] [line \"{c.num(50, 300)}\"] [id \"941{c.num(100, 399)}\"]\n"
          f"Apache-Handler: proxy-server\nStopwatch: {c.num(10**15, 10**16 - 1)} {c.num(100, 9999)} (- - -)\n--{b}-Z--")
    return r


def waf_modsec_error(c: Ctx) -> Rec:
    p = c.person()
    em = p.email(c.r)
    return Rec().add(f"[{c.ts('%a %b %d %H:%M:%S.')}{c.when.microsecond:06d} {c.ts('%Y')}] [security2:error] [pid {c.num(100, 99999)}] "
                     "[client ", I(c.ip(0.1)), f":{c.port()}] [client ", I(c.ip(0.0)), "] ModSecurity: Access denied with code 403 "
                     "(phase 2). detected SQLi using libinjection. [file \"/etc/modsecurity/crs/REQUEST-942-APPLICATION-"
                     "ATTACK-SQLI.conf\"] [id \"942100\"] [msg \"SQL Injection Attack Detected via libinjection\"] "
                     "[data \"Matched Data: s&1c found within ARGS:email: ", E(em), "' or 1=1--\"] [hostname \"shop.example.com\"] "
                     f"[uri \"/login\"] [unique_id \"{c.hex(24)}\"]")


def waf_aws(c: Ctx) -> Rec:
    p = c.person()
    cip = c.ip(0.1)
    args = Rec().add("user=").add(N(p.acct(c.r)) if c.p(0.5) else E(p.email(c.r)), enc=form).add("&redirect=%2Fhome")
    obj = {"timestamp": c.num(1700000000000, 1790000000000), "formatVersion": 1, "webaclId": f"arn:aws:wafv2:eu-west-1:{c.num(10**11, 10**12 - 1)}:regional/webacl/prod/{c.uuid()}",
           "terminatingRuleId": "AWS-AWSManagedRulesSQLiRuleSet", "action": "BLOCK",
           "httpRequest": {"clientIp": (cip, "IP_ADDRESS"), "country": c.pick(["DE", "NG", "BR", "IN", "US"]),
                           "headers": [{"name": "Host", "value": "api.example.com"},
                                       {"name": "X-Forwarded-For", "value": JS(I(cip), ", ", I(c.ip(0.0)))},
                                       {"name": "X-User-Phone", "value": (c.phone(), "PHONE")}],
                           "uri": "/auth/login", "args": JS(*args.segs_as_pieces()), "httpMethod": "GET", "requestId": c.uuid()}}
    return Rec("json").js(obj)


def waf_fail2ban(c: Ctx) -> Rec:
    p = c.person()
    ip = c.ip(0.05)
    t = c.ts("%Y-%m-%d %H:%M:%S,") + c.ms()
    return Rec().add(f"{t} fail2ban.filter  [{c.num(100, 9999)}]: INFO    [{c.pick(['postfix-sasl', 'dovecot', 'nextcloud'])}] "
                     "Found ", I(ip), f" - {c.ts('%Y-%m-%d %H:%M:%S')}\n{t} fail2ban.filter  [{c.num(100, 9999)}]: DEBUG   "
                     "matched line: Login failed: '", E(p.email(c.r)), "' (Remote IP: '", I(ip), "')\n"
                     f"{t} fail2ban.actions [{c.num(100, 9999)}]: NOTICE  [nextcloud] Ban ", I(ip))


def waf_neg(c: Ctx) -> Rec:
    k = c.r.random()
    if k < 0.3:
        return Rec().add(f"[{c.ts('%a %b %d %H:%M:%S.')}{c.when.microsecond:06d} {c.ts('%Y')}] [security2:notice] [pid {c.num(100, 99999)}] "
                         "ModSecurity for Apache/2.9.7 (http://www.modsecurity.org/) configured.\n"
                         f"[{c.ts('%a %b %d %H:%M:%S.')}000000 {c.ts('%Y')}] [security2:notice] [pid {c.num(100, 99999)}] ModSecurity: "
                         "APR compiled version=\"1.7.2\"; loaded version=\"1.7.2\"")
    if k < 0.55:
        return Rec().add(f"{c.ts('%Y-%m-%d %H:%M:%S,')}{c.ms()} fail2ban.jail    [{c.num(100, 9999)}]: INFO    Jail "
                         f"'{c.pick(['sshd', 'nextcloud', 'postfix-sasl', 'recidive'])}' {c.pick(['started', 'stopped'])}")
    if k < 0.8:
        return Rec("json").js({"timestamp": c.num(1700000000000, 1790000000000), "action": "ALLOW",
                               "httpRequest": {"clientIp": "-", "uri": f"/products/{c.pick(PRODUCTS_LIKE_NAMES).lower().replace(' ', '-')}",
                                               "args": f"ref={c.pick(PLACES_LIKE_NAMES).lower()}&utm_campaign=summer_sale"},
                               "ruleGroupList": [{"ruleGroupId": "AWS#AWSManagedRulesCommonRuleSet", "terminatingRule": None}]})
    return Rec().add(f"--{c.hex(8)}-H--\nMessage: Rule {c.num(900000, 999999)} matched ARGS:q \"{c.pick(TITLE_CASE_UI)}\" "
                     f"[tag \"application-multi\"] [tag \"{c.pick(NON_ENGLISH_UI)}\"]\nAction: Intercepted (phase 2)")


# =========================================================================== 10. smart home / access control
def iot_homeassistant(c: Ctx) -> Rec:
    p = c.person(latin_only=True)
    slug = p.acct(c.r, "first_last")
    t = c.ts("%Y-%m-%d %H:%M:%S.") + c.ms()
    k = c.r.random()
    if k < 0.35:
        return Rec().add(f"{t} INFO (MainThread) [homeassistant.components.zwave_js] Front Door Lock: unlocked by user code "
                         f"{c.num(1, 20)} (", N(p.given), ")")
    if k < 0.7:
        return Rec().add(f"{t} DEBUG (MainThread) [homeassistant.core] Bus:Handling <Event state_changed[L]: entity_id=person.",
                         N(slug), ", old_state=<state person.", N(slug), "=not_home; friendly_name=", N(p.full()),
                         " @ 2026-03-01T07:00:00+00:00>, new_state=<state person.", N(slug), "=home; source=device_tracker.",
                         N(p.rg), "_iphone>>")
    return Rec().add(f"{t} INFO (MainThread) [homeassistant.components.mobile_app] Registered device \"", N(p.given),
                     f"'s iPhone\" ({c.hex(16)}); notifications go to ", E(p.email(c.r, "icloud.com")))


def iot_access_csv(c: Ctx) -> Rec:
    p = c.person()
    ev = c.pick(["Access Granted", "Access Denied - Invalid Time Zone", "Access Granted - Door Used", "Anti-Passback Violation"])
    name = p.lf() if p.latin else p.full()
    return Rec().add(f"{c.ts('%Y-%m-%d %H:%M:%S')},{ev},Reader: {c.pick(['B2-Lobby-In', 'DC1-Cage-4', 'HQ-Garage-Exit'])},"
                     "Cardholder: \"", N(name), f"\",Badge: {c.num(10000, 999999):07d},Dept: {c.pick(['Finance', 'IT', 'Facilities'])}")


def iot_mqtt(c: Ctx) -> Rec:
    p = c.person()
    if c.p(0.5):
        return Rec().add(f"{c.ts('%Y-%m-%d %H:%M:%S')} mosquitto: zigbee2mqtt/front_door_lock ").js(
            {"action": "keypad_unlock", "action_user": c.num(1, 20), "action_user_name": (p.given, "NAME"), "battery": c.num(10, 100),
             "linkquality": c.num(10, 255), "state": "UNLOCK"})
    return Rec().add(f"[{c.iso()}] doorbell-svc INFO live view started on 'Front Door' by ", E(p.email(c.r)), " from ",
                     I(c.ip(0.1)), "; motion alert sent to ", P(c.phone()))


def iot_visitor(c: Ctx) -> Rec:
    p = c.person()
    h = c.person()
    return Rec().add(f"{c.ts('%d/%m/%Y %H:%M')} KIOSK-{c.num(1, 9)} VISITOR_SIGN_IN name=\"", N(c.any_form(p)), "\" company=\"",
                     c.pick(COMPANIES), "\" host=\"", N(h.full()), "\" phone=\"", P(c.phone()), "\" badge=V",
                     str(c.num(1000, 9999)), " nda=accepted")


def iot_neg(c: Ctx) -> Rec:
    k = c.r.random()
    t = c.ts("%Y-%m-%d %H:%M:%S.") + c.ms()
    if k < 0.25:
        return Rec().add(f"{t} INFO (MainThread) [homeassistant.components.zwave_js] Front Door Lock: locked by "
                         f"{c.pick(['auto-lock', 'keypad', 'schedule', 'manual'])} ({c.pick(STATUSES)})")
    if k < 0.45:
        return Rec().add(f"{t} WARNING (MainThread) [homeassistant.components.alexa] Entity media_player."
                         f"{c.pick(['kitchen_alexa', 'victoria_lounge', 'madison_room_speaker'])} unavailable; retrying")
    if k < 0.7:
        return Rec().add(f"{c.ts('%Y-%m-%d %H:%M:%S')},{c.pick(['Door Held Open', 'Door Forced Open', 'Access Denied - Card Not In Database'])},"
                         f"Reader: {c.pick(['Madison Wing-In', 'Lincoln Lobby', 'Aurora Room'])},Cardholder: \"\","
                         f"Badge: {c.num(10000, 999999):07d},Dept: ")
    return Rec().add(f"{c.ts('%Y-%m-%d %H:%M:%S')} mosquitto: zigbee2mqtt/bridge/log ").js(
        {"type": "device_announced", "message": "announce", "meta": {"friendly_name": c.pick(['hue_bulb_hall', 'Florence Lamp', 'ikea_remote'])}})


# =============================================================================== 11. POS / EMV journals
def pos_journal(c: Ctx) -> Rec:
    p = c.person(latin_only=True)
    cashier = p.caps_lf().replace(",", "") if c.p(0.5) else f"{fold_caps(p.family)} {fold_caps(p.given)[0]}"
    lines = [f"STORE {c.num(100, 9999):04d} REG {c.num(1, 20):02d} TRN {c.num(1000, 9999)}  {c.ts('%m/%d/%Y %H:%M')}",
             f"  {c.pick(['MILK 2% GAL', 'BEN & JERRYS 16OZ', 'MRS MEYERS SOAP', 'JACK DANIELS 750ML'])}   {c.r.uniform(1, 40):6.2f}",
             f"  VISA ************{c.num(1000, 9999)}  AUTH {c.num(100000, 999999)}"]
    r = Rec().add("\n".join(lines[:1]), "\nCASHIER: ", N(cashier), "\n" + "\n".join(lines[1:]))
    if c.p(0.5):
        r.add("\n  THANK YOU ", N(fold_caps(p.given)), "!")
    return r


def fold_caps(s: str) -> str:
    return fold(s).upper()


def pos_emv_debug(c: Ctx) -> Rec:
    p = c.person(latin_only=True)
    d = c.card("")
    return Rec().add(f"{c.ts('%H:%M:%S')}.{c.ms()} EMV  DBG kernel=VISA ctls=1 TLV: 9F02=0000000{c.num(10000, 99999)} "
                     "5A=", C(d), f" 5F24={c.num(27, 31)}{c.num(1, 12):02d}31 5F20=", N(p.slash()), f" 9F26={c.hex(16).upper()} "
                     f"9F36=00{c.hex(2).upper()}")


def pos_loyalty(c: Ctx) -> Rec:
    p = c.person()
    return Rec().add(f"[{c.iso()}] pos-{c.num(1, 40):02d} loyalty INFO lookup phone=", P(c.phone()), " -> member ",
                     N(c.any_form(p)), f" tier={c.pick(['GOLD', 'SILVER', 'BASIC'])} points={c.num(0, 90000)}; e-receipt to ",
                     E(p.email(c.r)))


def pos_gateway(c: Ctx) -> Rec:
    p = c.person(latin_only=True)
    return Rec().add(f"{c.ts('%Y%m%d %H%M%S')} GW> AUTHREQ term=T{c.num(1000, 9999)} pan=", C(c.card(" ")),
                     f" exp=**/** amt={c.r.uniform(1, 400):.2f} ccy=USD avs_zip=9{c.num(1000, 9999)} name=", N(p.caps()),
                     f" resp={c.pick(['00', '05', '51'])} src=", I(c.ip(0.0)))


def pos_neg(c: Ctx) -> Rec:
    k = c.r.random()
    if k < 0.3:
        return Rec().add(f"STORE {c.num(100, 9999):04d} REG {c.num(1, 20):02d} TRN {c.num(1000, 9999)}  {c.ts('%m/%d/%Y %H:%M')}\n"
                         f"CASHIER: SELF-CHECKOUT {c.num(1, 9)}\n  {c.pick(['BEN & JERRYS 16OZ', 'MRS MEYERS SOAP', 'JACK DANIELS 750ML', 'UNCLE BENS RICE'])}"
                         f"   {c.r.uniform(1, 40):6.2f}\n  MC ************{c.num(1000, 9999)}  CARD ENDING {c.num(1000, 9999)}")
    if k < 0.55:
        return Rec().add(f"{c.ts('%H:%M:%S')}.{c.ms()} EMV  DBG kernel=MC ctls=0 TLV: 5A=5413********{c.num(1000, 9999)} "
                         f"5F20=VALUED CUSTOMER 9F26={c.hex(16).upper()} 8A=3030")
    if k < 0.8:
        return Rec().add(f"{c.ts('%Y%m%d %H%M%S')} GW> SETTLE batch={c.num(100, 999)} count={c.num(10, 900)} "
                         f"total={c.r.uniform(100, 90000):.2f} status={c.pick(STATUSES).upper().replace(' ', '_')} merchant=\"{c.pick(COMPANIES)}\"")
    return Rec().add(f"[{c.iso()}] pos-{c.num(1, 40):02d} loyalty INFO promo \"{c.pick(TITLE_CASE_UI)}\" applied; "
                     f"store {c.pick(PLACES_LIKE_NAMES)} #{c.num(100, 999)}")


# =============================================================================== 12. payroll / HRIS
def hr_eib(c: Ctx) -> Rec:
    p = c.person()
    name = p.lf() if p.latin else p.full()
    return Rec().add(f"{c.ts('%Y-%m-%d %H:%M:%S')} Integration Event: Worker_Sync_{c.pick(['ADP', 'Ceridian', 'Paylocity'])} | "
                     f"Worker {c.num(10000, 99999)} (", N(name), ") | Error: Invalid value for National_ID \"", S(c.ssn("-")),
                     "\": ID already exists for another worker")


def hr_adp_row(c: Ctx) -> Rec:
    p = c.person(latin_only=True)
    return Rec().add(f"E,{c.num(10000, 99999)},", N(fold_caps(p.family)), ",", N(fold_caps(p.given)), ",", S(c.ssn("")),
                     f",{c.ts('%Y-%m-%d')},{c.r.uniform(1000, 9000):.2f},DD,021000021,****{c.num(1000, 9999)}")


def hr_direct_deposit(c: Ctx) -> Rec:
    p = c.person()
    lang = c.r.random()
    r = Rec().add(f"[{c.iso()}] payroll-notify INFO ")
    if lang < 0.6:
        r.add("Direct deposit updated for ", N(c.any_form(p)), " (SSN ending ", S(c.last4()), "): routing 0",
              str(c.num(10**7, 10**8 - 1)), f" account ****{c.num(1000, 9999)}; confirmation sent to ", E(p.email(c.r)))
    else:
        r.add("Bankverbindung geändert für ", N(p.full()), " – Rückfragen unter ", P(c.phone("DE")), ", SSN last 4 ",
              S(c.last4()))
    return r


def hr_bamboo(c: Ctx) -> Rec:
    p = c.person()
    obj = {"employees": [{"id": str(c.num(100, 9999)), "timestamp": c.iso(0), "changedFields": ["mobilePhone", "workEmail"],
                          "fields": {"firstName": (p.given, "NAME"), "lastName": (p.family, "NAME"),
                                     "workEmail": (p.email(c.r, "acme-corp.example"), "EMAIL"), "mobilePhone": (c.phone(), "PHONE"),
                                     "jobTitle": c.pick(JOB_TITLES), "status": "Active"}}]}
    return Rec("json").js(obj, indent=2 if c.p(0.3) else None)


def hr_w2(c: Ctx) -> Rec:
    p = c.person(latin_only=True)
    m = c.person()
    return Rec().add(f"{c.ts('%Y-%m-%d %H:%M:%S')} TAXFORMS W-2 generated for employee {c.num(10000, 99999)} ",
                     N(p.caps()), " SSN XXX-XX-", S(c.last4()), " approved by ", N(m.acct(c.r)),
                     "; Exception in thread \"w2-render\" java.lang.IllegalStateException: missing box 12 code for ",
                     N(p.full()))


def hr_neg(c: Ctx) -> Rec:
    k = c.r.random()
    if k < 0.25:
        return Rec().add(f"{c.ts('%Y-%m-%d %H:%M:%S')} Integration Event: Worker_Sync_ADP | {c.num(100, 9000)} workers "
                         f"processed, {c.num(0, 9)} warnings | Status: {c.pick(STATUSES)} | run by {c.pick(SERVICE_ACCOUNTS)}")
    if k < 0.5:
        return Rec().add(f"H,PAYRUN,{c.ts('%Y-%m-%d')},{c.pick(['BIWEEKLY', 'MONTHLY'])},{c.pick(COMPANIES).upper()},"
                         f"{c.num(10, 900)} EMPLOYEES,{c.r.uniform(10000, 900000):.2f}")
    if k < 0.75:
        return Rec("json").js({"employees": [{"id": str(c.num(100, 9999)), "changedFields": ["department"],
                                              "fields": {"firstName": "Open", "lastName": "Requisition",
                                                         "jobTitle": c.pick(JOB_TITLES), "department": c.pick(['Hunter Valley Ops', 'Florence Plant', 'Madison Sales']),
                                                         "status": "Pending Approval"}}]})
    return Rec().add(f"[{c.iso()}] payroll-notify INFO {c.pick(NON_ENGLISH_UI)}; template \"{c.pick(TITLE_CASE_UI)}\" "
                     f"rendered for cost centre {c.pick(PLACES_LIKE_NAMES).upper()}-{c.num(10, 99)}")


FAMILIES_B = [
    ("go_slog_rust_tracing", [gr_slog_text, gr_slog_json, gr_tracing_fmt, gr_tracing_error, gr_logfmt_audit], gr_neg),
    ("mssql_oracle_audit", [db_mssql_errorlog, db_mssql_audit, db_oracle_listener, db_oracle_audit_syslog, db_ora_error], db_neg),
    ("waf_modsecurity_awswaf_fail2ban", [waf_modsec_audit, waf_modsec_error, waf_aws, waf_fail2ban], waf_neg),
    ("smart_home_access_control", [iot_homeassistant, iot_access_csv, iot_mqtt, iot_visitor], iot_neg),
    ("pos_emv_journal", [pos_journal, pos_emv_debug, pos_loyalty, pos_gateway], pos_neg),
    ("payroll_hris_integrations", [hr_eib, hr_adp_row, hr_direct_deposit, hr_bamboo, hr_w2], hr_neg),
]
