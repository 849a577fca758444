"""Families 1-6: identity events, message trace, CDRs, hotel PMS, order webhooks, PostgreSQL csvlog.

Every function takes (ctx, neg) and returns a Builder; with ``neg`` the record has no PII.
"""
from __future__ import annotations

import _values as V
from _build import Builder, L, Msg, Raw, csv_esc, emit_csv, json_record
from _ctx import Ctx
from _lookalikes import (
    CITIES,
    COMPANIES,
    JOB_TITLES,
    NON_ENGLISH_UI,
    PERSONLIKE_PRODUCTS,
    PLACES_NAMELIKE,
    PRODUCT_TITLES,
    PROJECT_CODENAMES,
    SERVICE_ACCOUNTS,
    STATUSES,
    SYSTEM_DISPLAY,
    UI_STRINGS,
    VERSIONS,
)
from _names import Person, up

UA = ["Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.102 Mobile Safari/537.36",
      "Okta Verify/9.27.0 (iPhone; iOS 18.1)", "python-requests/2.32.3", "okhttp/4.12.0"]
GROUPS = ["Finance Approvers", "Victoria Office", "Jenkins Admins", "Everyone", "Contractors - APAC",
          "Madison Warehouse", "Project Aurora", "Tier 2 Support", "Helpdesk L1", "HR Business Partners"]
APPS = ["Jenkins", "Workday", "Salesforce.com", "Slack", "Atlassian Cloud", "Zoom", "Cassandra Admin",
        "Athena Analytics", "GitHub Enterprise", "ServiceNow", "Okta Admin Console"]


def _person_name(c: Ctx, p: Person) -> str:
    """Mostly the full name, sometimes only the given name."""
    return p.full() if c.chance(0.85) else p.given


# =============================================================================== 1. okta_auth0
def _okta_user(c: Ctx, p: Person, login_as_acct: bool) -> dict:
    alt = L(c.acct(p), "NAME") if (login_as_acct and p.latin) else c.email(p)
    return {"id": "00u" + c.alnum(17), "type": "User", "alternateId": alt,
            "displayName": c.nm(p.full()), "detailEntry": None}


def _okta_geo(c: Ctx) -> dict:
    return {"city": c.pick(CITIES), "state": c.pick(["", "Lagos", "Victoria", "Almaty", "Georgia", "Ontario"]),
            "country": c.pick(["Nigeria", "Australia", "Kazakhstan", "United States", "Canada", "Kenya"]),
            "postalCode": None,
            "geolocation": {"lat": Raw(f"{c.rng.uniform(-40, 60):.4f}"), "lon": Raw(f"{c.rng.uniform(-120, 170):.4f}")}}


def _okta_event_obj(c: Ctx, neg: bool) -> dict:
    ts = c.iso()
    ev: dict = {"actor": None, "client": None}
    if neg:
        et, msg = c.pick([("system.org.rate_limit.warning", "Rate limit warning"),
                          ("app.oauth2.as.token.grant.access_token", "OAuth2 access token is granted"),
                          ("policy.lifecycle.update", "Update policy"),
                          ("system.import.complete", "Import complete"),
                          ("application.lifecycle.update", "Update application"),
                          ("group.lifecycle.create", "Create Okta group")])
        ev["actor"] = {"id": "0oa" + c.alnum(17), "type": c.pick(["PublicClientApp", "SystemPrincipal", "Client"]),
                       "alternateId": c.pick(["unknown", "0oa" + c.alnum(17), c.pick(SERVICE_ACCOUNTS)]),
                       "displayName": c.pick(SYSTEM_DISPLAY + PERSONLIKE_PRODUCTS), "detailEntry": None}
        ev["client"] = {"userAgent": None, "zone": None, "device": None, "id": None, "ipAddress": None,
                        "geographicalContext": None}
        targets = [{"id": "0oa" + c.alnum(17), "type": "AppInstance", "alternateId": c.pick(APPS),
                    "displayName": c.pick(APPS)}]
        if c.chance(0.5):
            targets.append({"id": "00g" + c.alnum(17), "type": "UserGroup", "alternateId": "unknown",
                            "displayName": c.pick(GROUPS)})
        outcome = {"result": c.pick(["SUCCESS", "ALLOW", "SKIPPED"]), "reason": None}
        debug = {"requestId": c.alnum(27), "requestUri": c.pick(["/oauth2/v1/token", "/api/v1/groups", "/api/v1/apps"]),
                 "url": "/api/v1/policies/" + c.alnum(20)}
        ip_chain: list = []
    else:
        p = c.person()
        et, msg = c.pick([("user.session.start", "User login to Okta"),
                          ("user.authentication.auth_via_mfa", "Authentication of user via MFA"),
                          ("user.account.lock", "Max sign in attempts exceeded"),
                          ("user.account.update_password", "User update password for Okta"),
                          ("user.lifecycle.deactivate", "Deactivate Okta user"),
                          ("group.user_membership.add", "Add user to group membership"),
                          ("user.mfa.factor.activate", "User set up SMS factor"),
                          ("application.user_membership.add", "Add user to application membership")])
        ev["actor"] = _okta_user(c, p, c.chance(0.35))
        addr = c.ip()
        ev["client"] = {"userAgent": {"rawUserAgent": c.pick(UA), "os": c.pick(["Mac OS X", "Windows 10", "Android", "iOS"]),
                                      "browser": c.pick(["SAFARI", "CHROME", "UNKNOWN"])},
                        "zone": "null", "device": c.pick(["Computer", "Mobile"]), "id": None,
                        "ipAddress": addr, "geographicalContext": _okta_geo(c)}
        targets = []
        if et in ("user.lifecycle.deactivate", "group.user_membership.add", "application.user_membership.add") or c.chance(0.3):
            q = c.person()
            targets.append(_okta_user(c, q, c.chance(0.3)))
            if et.startswith("group"):
                targets.append({"id": "00g" + c.alnum(17), "type": "UserGroup", "alternateId": "unknown",
                                "displayName": c.pick(GROUPS)})
            if et.startswith("application"):
                targets.append({"id": "0oa" + c.alnum(17), "type": "AppInstance", "alternateId": c.pick(APPS),
                                "displayName": c.pick(APPS)})
        reason = None if et != "user.account.lock" else "LOCKED_OUT"
        outcome = {"result": "FAILURE" if reason else c.pick(["SUCCESS", "SUCCESS", "CHALLENGE"]), "reason": reason}
        debug = {"requestId": c.alnum(27), "requestUri": c.pick(["/api/v1/authn", "/idp/idx/identify", "/api/v1/users"]),
                 "threatSuspected": c.pick(["false", "true"]), "url": "/api/v1/authn?"}
        if et == "user.mfa.factor.activate":
            debug["factor"] = "SMS"
            debug["phoneNumber"] = c.phone(c.pick(["e164", "intl"]))
        ip_chain = [{"ip": L(addr.value, "IP_ADDRESS"), "geographicalContext": None,
                     "version": "V6" if ":" in addr.value else "V4", "source": None}]
    ev.update({
        "authenticationContext": {"authenticationProvider": None, "credentialProvider": None,
                                  "credentialType": None, "issuer": None, "interface": None,
                                  "authenticationStep": 0, "externalSessionId": "102" + c.alnum(22)},
        "displayMessage": msg, "eventType": et, "outcome": outcome, "published": ts,
        "securityContext": {"asNumber": None if neg else c.rint(1000, 65000), "asOrg": None if neg else c.pick(["safaricom", "mtn nigeria", "kazakhtelecom", "telstra", "comcast"]),
                            "isp": None, "domain": None, "isProxy": None},
        "severity": c.pick(["INFO", "WARN"]), "debugContext": {"debugData": debug},
        "legacyEventType": None, "transaction": {"type": "WEB", "id": c.alnum(27), "detail": {}},
        "uuid": c.uuid(), "version": "0", "request": {"ipChain": ip_chain}, "target": targets or None,
    })
    return ev


def _auth0(c: Ctx, neg: bool) -> Builder:
    data: dict = {"date": c.iso()}
    if neg:
        t, d = c.pick([("sapi", "Update tenant settings"), ("api_limit", "Rate limit exceeded"),
                       ("depnote", "Deprecation Notice"), ("mgmt_api_read", "Get clients"),
                       ("sys_os_update_end", "Auth0 OS update ended")])
        data.update({"type": t, "description": d, "client_id": c.alnum(32),
                     "client_name": c.pick(SYSTEM_DISPLAY[:3] + APPS),
                     "details": {"request": {"method": c.pick(["patch", "get"]), "path": "/api/v2/" + c.pick(["tenants/settings", "clients", "logs"]),
                                             "auth": {"strategy": "jwt", "credentials": {"scopes": ["read:clients"]}}},
                                 "response": {"statusCode": c.pick([200, 429])}},
                     "user_id": "", "user_name": c.pick(["", "Auth0 Management API", c.pick(SERVICE_ACCOUNTS)]),
                     "hostname": c.pick(["acme.eu.auth0.com", "login.example.com"])})
    else:
        p = c.person()
        t, d = c.pick([("s", "Success Login"), ("f", "Wrong email or password."), ("fp", "Wrong password"),
                       ("ss", "Success Signup"), ("scp", "Success Change Password"), ("slo", "Success Logout"),
                       ("gd_send_sms", "Guardian - Second factor SMS sent")])
        uname = c.email(p) if (c.chance(0.8) or not p.latin) else L(c.acct(p), "NAME")
        details: dict = {}
        if t == "ss":
            details = {"body": {"email": L(uname.value, uname.typ) if uname.typ == "EMAIL" else c.email(p),
                                "given_name": c.nm(p.given), "family_name": c.nm(p.family),
                                "connection": "Username-Password-Authentication"}}
            if c.chance(0.5):
                details["body"]["phone_number"] = c.phone("e164")
        elif t == "gd_send_sms":
            details = {"to": c.phone("e164"), "enrollment": "dev_" + c.alnum(16)}
        elif t in ("f", "fp"):
            details = {"error": {"message": d}}
        data.update({"type": t, "description": d, "connection": "Username-Password-Authentication",
                     "connection_id": "con_" + c.alnum(16), "client_id": c.alnum(32),
                     "client_name": c.pick(["Acme Portal", "Jenkins", "Customer App (iOS)", "Partner Hub"]),
                     "ip": c.ip(), "user_agent": c.pick(["Chrome 131.0.0 / Mac OS X 10.15.7", "Safari 17.1.0 / iOS 18.1.0", "okhttp 4.12.0 / Other 0.0.0"]),
                     "details": details, "user_id": "auth0|" + c.hexs(24), "user_name": uname,
                     "strategy": "auth0", "strategy_type": "database",
                     "hostname": c.pick(["acme.eu.auth0.com", "login.example.com"])})
    obj = {"log_id": "900" + c.digits(53), "data": data}
    return json_record(obj, compact=c.chance(0.5))


def okta_auth0(c: Ctx, neg: bool) -> Builder:
    """Okta System Log events (bare, pretty or inside an event-hook payload) and Auth0 log-stream events."""
    v = c.rng.randrange(5)
    if v in (0, 1):
        return json_record(_okta_event_obj(c, neg), compact=c.chance(0.6))
    if v == 2:
        return json_record(_okta_event_obj(c, neg), indent=2)
    if v == 3:
        return _auth0(c, neg)
    hook = {"eventType": "com.okta.event_hook", "eventTypeVersion": "1.0", "cloudEventsVersion": "0.1",
            "source": "https://acme.okta.com/api/v1/eventHooks/who" + c.alnum(17),
            "eventId": c.uuid(), "data": {"events": [_okta_event_obj(c, neg)]},
            "eventTime": c.iso(), "contentType": "application/json"}
    return json_record(hook, compact=True)


# =============================================================================== 2. o365_message_trace
def _subject(c: Ctx, neg: bool) -> Msg:
    if neg or c.chance(0.35):
        return Msg(c.pick([
            "Quarterly Business Review – " + c.pick(PLACES_NAMELIKE) + " office",
            f"Your {c.pick(['Jenkins', 'Hudson', 'Gerrit'])} build #{c.rint(100, 9999)} failed",
            f"[External] Invoice INV-2026-{c.rint(1000, 9999)}", "Automatic reply: Out of Office",
            f"Undeliverable: Order {c.digits(6)} shipped", c.pick(NON_ENGLISH_UI),
            c.pick(UI_STRINGS) + " – " + c.pick(COMPANIES), c.pick(PROJECT_CODENAMES) + " weekly status",
            f"Open role: {c.pick(JOB_TITLES)} ({c.pick(CITIES)})", "Your Alexa order has shipped",
            f"{c.pick(STATUSES)}: ticket #{c.rint(10000, 99999)}", "Planned maintenance 2026-12-14 02:00 UTC"]))
    p = c.person()
    k = c.rng.randrange(7)
    if k == 0:
        return Msg("Offer letter – ", c.nm(p.full()))
    if k == 1:
        return Msg(f"RE: Invoice {c.rint(1000, 9999)} for ", c.nm(p.full()))
    if k == 2:
        return Msg(c.nm(p.given), "'s leave request (22 Dec – 3 Jan)")
    if k == 3:
        return Msg("Call back ", c.phone(), f" re: claim {c.digits(7)}")
    if k == 4:
        return Msg("FW: Meeting notes w/ ", c.pick(["Dr. ", "Mr ", "Ms ", "Prof. "]), c.nm(p.family))
    if k == 5:
        return Msg("Payslip December – ", c.nm(up(p.comma())))
    return Msg("Welcome aboard, ", c.nm(p.given), "!")


def _x500(c: Ctx) -> str:
    return ("/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn="
            + c.hexs(32) + "-" + c.pick(["svc_backup", "MicrosoftSystemAttendant", "FederatedEmail", "DiscoverySearch"]))


def _msgid(c: Ctx) -> str:
    return f"<{c.alnum(40)}@{c.pick(['AM0PR01MB', 'EUR05', 'SN6PR', 'SY4PR'])}{c.digits(4)}.{c.pick(['eurprd01', 'namprd11', 'ausprd01'])}.prod.outlook.com>"


def o365_message_trace(c: Ctx, neg: bool) -> Builder:
    """Exchange Online message-trace CSV exports, on-prem message-tracking rows and trace-detail lists."""
    v = c.rng.randrange(3)
    d = c.dt()
    tenant = c.pick(["contoso.onmicrosoft.com", "fabrikam.onmicrosoft.com", "northwind.onmicrosoft.com"])
    if v == 0:
        b = Builder()
        if c.chance(0.3):
            b.lit('"Organization","MessageId","Received","SenderAddress","RecipientAddress","Subject","Status","ToIP","FromIP","Size","MessageTraceId","StartDate","EndDate","Index"\n')
        if neg:
            sender, rcpt, toip, fromip = _x500(c), c.pick(["", _x500(c)]), "", ""
            status = c.pick(["Expanded", "Quarantined", "FilteredAsSpam", "GettingStatus", "Pending"])
        else:
            sender, rcpt = c.email(c.person()), c.email(c.person())
            toip, fromip = (c.ip() if c.chance(0.6) else ""), c.ip(v6=0.2)
            status = c.pick(["Delivered", "Failed", "Delivered", "Resolved"])
        fields = [tenant, _msgid(c), d.strftime("%m/%d/%Y %H:%M:%S"), sender, rcpt, _subject(c, neg), status,
                  toip, fromip, str(c.rint(2000, 9_000_000)), c.uuid(), "11/24/2026 00:00:00", "12/01/2026 23:59:59",
                  str(c.rint(0, 5000))]
        emit_csv(b, fields, ",", "all")
        return b
    if v == 1:
        b = Builder()
        if neg:
            ev = c.pick(["NOTIFYMAPI", "HADISCARD", "RESUBMITDEFER", "HAREDIRECTFAIL", "SUBMITDEFER"])
            src = c.pick(["STOREDRIVER", "SHADOWREDUNDANCY", "AGENT", "ROUTING"])
            fields = [c.iso(d, 3), "", "", "", f"EX{c.rint(1, 9):02d}", c.pick(["", "MDB:" + c.uuid()]), "", src, ev,
                      c.digits(12), _msgid(c), c.uuid(), "", "", "0", "", "", "", "", "", "", "", "Originating",
                      c.uuid(), "", "", "", "", "", "15.02.1544.004"]
        else:
            sender = c.email(c.person())
            rc = [c.email(c.person()) for _ in range(c.rint(1, 2))]
            rcpt = Msg(*[x for i, r in enumerate(rc) for x in ((";" if i else ""), r)])
            fields = [c.iso(d, 3), c.ip(), c.pick(["mail.contoso.com", "smtp.example.net", ""]), c.ip(),
                      f"EX{c.rint(1, 9):02d}", "08DC" + c.hexs(12).upper() + ";250 2.6.0 Queued mail for delivery",
                      f"EX{c.rint(1, 9):02d}\\Default Frontend EX{c.rint(1, 9):02d}", "SMTP",
                      c.pick(["RECEIVE", "SEND", "DELIVER", "FAIL"]), c.digits(12), _msgid(c), c.uuid(), rcpt,
                      c.pick(["250 2.1.5 Recipient OK", "550 5.1.1 RESOLVER.ADR.RecipNotFound", ""]),
                      str(c.rint(2000, 900000)), str(len(rc)), "", "", _subject(c, False), sender,
                      L(sender.value, "EMAIL"), "", c.pick(["Incoming", "Originating"]), c.uuid(), "", "", "", "Email",
                      "MessageTrackingLog", "15.02.1544.004"]
        emit_csv(b, fields, ",", "minimal")
        return b
    b = Builder()
    rows: list[tuple[str, object]] = [("Organization", tenant), ("MessageId", _msgid(c)), ("MessageTraceId", c.uuid()),
                                      ("Date", d.strftime("%-m/%-d/%Y %-I:%M:%S %p"))]
    if neg:
        rows += [("Event", c.pick(["Spam Diagnostics", "Transport rule", "Defer", "Expand"])), ("Action", ""),
                 ("Detail", f"Message was redirected by transport rule '{c.pick(['Quarantine Jenkins Alerts', 'Victoria Office Disclaimer', 'Block Macro Attachments'])}'"),
                 ("Data", f'<root><MEP Name="RuleId" String="{c.uuid()}"/><MEP Name="RecipientCount" Integer="{c.rint(1, 40)}"/></root>'),
                 ("SenderAddress", _x500(c)), ("RecipientAddress", "")]
    else:
        addr = c.ip()
        subj = _subject(c, False)
        rows += [("Event", c.pick(["Receive", "Deliver", "Send external", "Fail"])), ("Action", ""),
                 ("Detail", f"Message received by: {c.pick(['AM0PR01MB', 'SN6PR11MB'])}{c.digits(4)}.eurprd01.prod.exchangelabs.com"),
                 ("Data", Msg('<root><MEP Name="ConnectorId" String="Default"/><MEP Name="ClientIP" String="', addr,
                             '"/><MEP Name="Subject" String="', subj, '"/></root>')),
                 ("SenderAddress", c.email(c.person())), ("RecipientAddress", c.email(c.person()))]
    w = max(len(k) for k, _ in rows) + 1
    for i, (k, val) in enumerate(rows):
        b.lit(("\n" if i else "") + k.ljust(w) + ": ")
        b.add(val)  # type: ignore[arg-type]
    return b


# =============================================================================== 3. telecom_cdr
def telecom_cdr(c: Ctx, neg: bool) -> Builder:
    """Asterisk Master.csv, mobile-core pipe CDRs (upper case), softswitch billing CSV, FreeSWITCH JSON CDRs."""
    v = c.rng.randrange(4)
    d = c.dt()
    dur = c.rint(3, 2400)
    if v == 0:
        b = Builder()
        if neg:
            src = c.pick(["anonymous", "", "s"])
            dst = c.pick(["*97", "s", "*65", f"conf-{c.rint(1000, 9999)}", "t"])
            clid = c.pick(['"Anonymous" <anonymous>', '"Voicemail" <*97>', '"Jenkins Alert" <alert>', '"Cortana Bridge" <bridge>', '"" <>'])
            app, data = c.pick([("Playback", "tt-monkeys"), ("VoiceMailMain", "s@default"), ("ConfBridge", dst), ("Hangup", "")])
            fields = ["", src, dst, c.pick(["from-internal", "ivr-main", "default"]), clid,
                      f"PJSIP/{c.pick(['trunk-ng', 'trunk-ke', 'local'])}-0000{c.hexs(4)}", "", app, data,
                      d.strftime("%Y-%m-%d %H:%M:%S"), d.strftime("%Y-%m-%d %H:%M:%S"), d.strftime("%Y-%m-%d %H:%M:%S"),
                      Raw(str(dur)), Raw(str(dur - 2)), c.pick(["ANSWERED", "NO ANSWER"]), "DOCUMENTATION",
                      f"{int(d.timestamp())}.{c.rint(1, 999)}", ""]
        else:
            p = c.person()
            src = c.phone(c.pick(["msisdn", "e164", "national"]))
            dst = c.phone(c.pick(["msisdn", "e164"]))
            cname = up(p.full()) if c.chance(0.3) else p.full()
            clid = Msg('"', c.nm(cname), '" <', L(src.value, "PHONE"), ">")
            fields = [c.pick(["", "acc-" + c.digits(4)]), src, dst, c.pick(["from-trunk", "from-internal", "outbound"]), clid,
                      f"PJSIP/{c.pick(['trunk-ng', 'trunk-ke', 'trunk-uz'])}-0000{c.hexs(4)}",
                      f"PJSIP/trunk-out-0000{c.hexs(4)}", "Dial", Msg("PJSIP/", L(dst.value, "PHONE"), "@trunk-out,30,tT"),
                      d.strftime("%Y-%m-%d %H:%M:%S"), d.strftime("%Y-%m-%d %H:%M:%S"), d.strftime("%Y-%m-%d %H:%M:%S"),
                      Raw(str(dur)), Raw(str(max(0, dur - 7))), c.pick(["ANSWERED", "NO ANSWER", "BUSY", "FAILED"]),
                      "DOCUMENTATION", f"{int(d.timestamp())}.{c.rint(1, 999)}", c.pick(["", "campaign=winter26", "queue=billing"])]
        for i, f in enumerate(fields):  # Asterisk quotes every string column, numbers are bare
            if i:
                b.lit(",")
            if isinstance(f, Raw):
                b.lit(f.text)
            else:
                b.lit('"').add(f, esc=csv_esc).lit('"')
        return b
    if v == 1:
        b = Builder(upper=True)
        akey, bkey = c.pick([("A=", "B="), ("CALLING=", "CALLED="), ("ORIG=", "DEST="), ("MSISDN_A=", "MSISDN_B=")])
        ts = d.strftime("%Y%m%d%H%M%S")
        tail = [f"IMSI={V.imsi(c.rng)}", f"IMEI={V.imei(c.rng)}", f"LAC={c.hexs(4)}", f"CI={c.rint(1000, 65000)}",
                f"MSC={c.pick(['TAS-MSC-02', 'LOS-MSC-11', 'NBO-MSS-3', 'ALA-MSC-1'])}"]
        if neg:
            rt = c.pick(["LOC_UPD", "ATTACH", "DETACH", "PDP_CTX", "USSD", "HLR_SYNC"])
            b.lit(f"{rt}|{ts}|{ts}|0|")
            if rt == "USSD":
                b.lit(f"SVC={c.pick(['*100#', '*123*1#', '*555#'])}|")
            if rt == "PDP_CTX":
                b.lit(f"APN={c.pick(['internet.example', 'ims', 'm2m.example'])}|UP={c.rint(100, 90000)}|DOWN={c.rint(100, 900000)}|")
            b.lit("|".join(tail) + f"|CAUSE={c.pick(['0', '16', '31'])}|CHG=0.00")
        else:
            rt = c.pick(["MOC", "MTC", "SMS-MO", "SMS-MT", "FWD", "ROAM_MOC"])
            b.lit(f"{rt}|{ts}|{ts}|{dur if 'SMS' not in rt else 0}|{akey}")
            b.add(c.phone(c.pick(["msisdn", "e164"])))
            b.lit(f"|{bkey}")
            b.add(c.phone(c.pick(["msisdn", "e164", "national"])))
            b.lit("|" + "|".join(tail))
            if c.chance(0.35):
                p = c.person(latin=True)
                b.lit("|SUB_NAME=").add(c.nm(p.slash() if c.chance(0.5) else p.full()))
            b.lit(f"|CAUSE=16|CHG={c.rng.uniform(0, 4):.2f} {c.pick(['USD', 'KES', 'UZS', 'NGN'])}")
        return b
    if v == 2:
        b = Builder()
        if c.chance(0.3):
            b.lit("call_id,start_time,caller_number,caller_name,called_number,duration_s,rate,cost,currency,trunk,src_ip,codec,hangup_cause\n")
        if neg:
            fields = [c.hexs(32), d.strftime("%Y-%m-%d %H:%M:%S"), c.pick(["anonymous", "restricted", "unknown"]),
                      c.pick(["UNAVAILABLE", "WIRELESS CALLER", "TOLL FREE", "VICTORIA BC", "MADISON WI", "PRIVATE", "AUSTIN TX"]),
                      c.pick(["IVR-MAIN", "*98", f"conf-{c.rint(1000, 9999)}", "voicemail"]), str(dur), "0.0000", "0.00",
                      c.pick(["USD", "EUR"]), c.pick(["TRK-LOS-01", "TRK-NBO-02", "TRK-SYD-01"]), "",
                      c.pick(["G.711a", "G.722", "OPUS"]), c.pick(["NORMAL_CLEARING", "NO_ANSWER", "ORIGINATOR_CANCEL"])]
        else:
            p = c.person()
            cname = c.nm(up(p.full()) if c.chance(0.5) else (up(p.comma()) if p.latin and c.chance(0.5) else p.full()))
            rate = c.rng.uniform(0.001, 0.2)
            fields = [c.hexs(32), d.strftime("%Y-%m-%d %H:%M:%S"), c.phone(c.pick(["e164", "msisdn"])), cname,
                      c.phone(c.pick(["e164", "msisdn"])), str(dur), f"{rate:.4f}", f"{rate * dur / 60:.2f}",
                      c.pick(["USD", "EUR", "KES"]), c.pick(["TRK-LOS-01", "TRK-NBO-02", "TRK-SYD-01"]),
                      c.ip(v6=0.0), c.pick(["G.711a", "G.722", "OPUS"]),
                      c.pick(["NORMAL_CLEARING", "USER_BUSY", "CALL_REJECTED"])]
        emit_csv(b, fields, ",", "minimal")
        return b
    variables: dict = {"uuid": c.uuid(), "direction": c.pick(["inbound", "outbound"])}
    if neg:
        variables.update({"caller_id_name": c.pick(["FreeSWITCH", "Outbound Call", "IVR", "Siri Gateway"]),
                          "caller_id_number": c.pick(["anonymous", "0000000000"]),
                          "destination_number": c.pick(["voicemail", f"conference-{c.rint(1000, 9999)}", "park+1001"]),
                          "sip_user_agent": "FreeSWITCH-mod_sofia/1.10.11-release~64bit"})
    else:
        p = c.person()
        num = c.phone(c.pick(["msisdn", "e164"]))
        variables.update({"sip_from_user": L(num.value, "PHONE"), "sip_from_display": c.nm(p.full()),
                          "caller_id_name": c.nm(p.full()), "caller_id_number": num,
                          "destination_number": c.phone(c.pick(["msisdn", "e164", "national"])),
                          "sip_network_ip": c.ip(v6=0.0), "sip_network_port": str(c.rint(5060, 5080)),
                          "sip_user_agent": c.pick(["Grandstream GXP2170 1.0.11.23", "Yealink SIP-T54W 96.86.0.45", "Linphone/5.2.5"])})
    variables.update({"duration": str(dur), "billsec": str(max(0, dur - 5)),
                      "hangup_cause": c.pick(["NORMAL_CLEARING", "NO_ANSWER", "USER_BUSY"]),
                      "start_epoch": str(int(d.timestamp()))})
    obj = {"core-uuid": c.uuid(), "switchname": c.pick(["fs-edge-02", "fs-core-01"]),
           "channel_data": {"state": "CS_REPORTING", "direction": variables["direction"], "state_number": "11"},
           "variables": variables}
    return json_record(obj, compact=c.chance(0.5))


# =============================================================================== 4. hotel_pms
_TITLES_PMS = ["MR", "MS", "MRS", "DR", "MSTR", "MX", "PROF"]


def _pms_name(c: Ctx, p: Person) -> str:
    return p.slash() if c.chance(0.5) else up(p.comma())


def hotel_pms(c: Ctx, neg: bool) -> Builder:
    """Opera-style audit lines (upper case), FIAS interface records, interface/key-encoder logs, night-audit rows."""
    v = c.rng.randrange(4)
    d = c.dt()
    rm = f"{c.rint(1, 22)}{c.rint(1, 40):02d}"
    if v == 0:
        b = Builder(upper=True)
        b.lit(d.strftime("%d-%b-%y %H:%M:%S") + f" OPERA[PMS{c.rint(1, 4):02d}] ")
        if neg:
            b.lit(c.pick([
                f"ROOM STATUS RM {rm} VD -> VC BY HK-{c.rint(1, 20):02d} (HOUSEKEEPING)",
                f"RM {rm} OUT OF ORDER REASON: {c.pick(['AIRCON', 'PLUMBING', 'REFURB'])} UNTIL {d.strftime('%d-%b-%y')}",
                f"GROUP BLOCK {c.pick([*PROJECT_CODENAMES, 'VICTORIA TECH SUMMIT 2026', 'MADISON SALES KICKOFF'])} PICKUP {c.rint(1, 40)}/{c.rint(41, 90)}",
                f"CITY LEDGER TRANSFER AR#{c.digits(4)} {c.pick(COMPANIES)} {c.rng.uniform(50, 5000):,.2f} EUR",
                f"END OF DAY ROLL BUSINESS DATE {d.strftime('%d-%b-%y')} STATUS {c.pick(['COMPLETED', 'RUNNING'])}",
                f"PM ROOM 9001 GUEST PAYMASTER MASTER FOLIO GROUP '{c.pick(COMPANIES)}'"]))
            b.lit(f" USER {c.pick(['NIGHT_AUDIT', 'IFC8_INTERFACE', 'SUPERVISOR', 'HK_TABLET'])}")
            return b
        p = c.person(latin=c.chance(0.7))
        ev = c.pick(["CHECK IN", "CHECK OUT", "ROOM MOVE", "RATE CHANGE", "NAME CHANGE", "ADD SHARER", "REINSTATE"])
        b.lit(f"{ev} RESV#{c.digits(8)} RM {rm} GUEST ")
        b.add(c.nm(_pms_name(c, p)))
        b.lit(f" {c.pick(_TITLES_PMS)}")
        if ev == "NAME CHANGE":
            q = c.person()
            b.lit(" TO ").add(c.nm(_pms_name(c, q)))
        if ev == "ADD SHARER":
            q = c.person()
            b.lit(" SHARER ").add(c.nm(_pms_name(c, q)))
        b.lit(f" ARR {d.strftime('%d-%b-%y')} NTS {c.rint(1, 9)} RATE {c.pick(['BAR2', 'CORP', 'AAA', 'PKG'])} {c.rng.uniform(80, 600):.2f}")
        if c.chance(0.3):
            b.lit(" TEL ").add(c.phone(c.pick(["intl", "e164"])))
        if c.chance(0.2):
            b.lit(" EMAIL ").add(c.email(p))
        if c.chance(0.5):
            agent = c.person(latin=True)
            b.lit(" USER ").add(L(c.acct(agent, c.pick(["flast", "firstl", "lastf"])), "NAME"))
        else:
            b.lit(f" USER {c.pick(['IFC8_INTERFACE', 'OWS_BOOKING', 'NIGHT_AUDIT'])}")
        return b
    if v == 1:
        b = Builder()
        b.lit(f"{c.iso(d, 3, False).replace('T', ' ')} [IFC8 {c.pick(['RX', 'TX'])}] ")
        da, ti = d.strftime("%y%m%d"), d.strftime("%H%M%S")
        if neg:
            b.lit(c.pick([f"PS|RN{rm}|P#{c.rint(1000, 9999)}|PTC|TA{c.rint(100, 90000)}|DA{da}|TI{ti}|",
                          f"RE|RN{rm}|RS{c.rint(1, 4)}|DA{da}|TI{ti}|", f"DR|DA{da}|TI{ti}|", f"LS|DA{da}|TI{ti}|",
                          f"LA|DA{da}|TI{ti}|", f"GO|RN{rm}|G#{c.digits(5)}|GSN|DA{da}|TI{ti}|",
                          f"PA|RN{rm}|P#{c.rint(1000, 9999)}|ASOK|CTPosting accepted|DA{da}|TI{ti}|",
                          f"PA|RN{rm}|P#{c.rint(1000, 9999)}|ASNG|CTGuest {c.pick(['Checked Out', 'No Show', 'Due Out'])}|DA{da}|TI{ti}|"]))
            return b
        p = c.person()
        rec = c.pick(["GI", "GC", "GI"])
        b.lit(f"{rec}|RN{rm}|G#{c.digits(5)}|GS{c.pick(['N', 'Y'])}|GN")
        fam = up(p.family) if c.chance(0.3) else p.family
        b.add(c.nm(fam)).lit("|GF").add(c.nm(p.given)).lit(f"|GT{c.pick(['Mr', 'Ms', 'Mrs', 'Dr', ''])}|GL{c.pick(['EN', 'DE', 'FR', 'AR', 'JA', 'RU'])}")
        if c.chance(0.3):
            b.lit("|GV").lit(c.pick(["VIP1", "VIP2", ""]))
        b.lit(f"|GA{da}|GD{(d.strftime('%y%m'))}{c.rint(1, 28):02d}|NP{c.rint(1, 4)}|DA{da}|TI{ti}|")
        return b
    if v == 2:
        b = Builder()
        b.lit(f"[{d.strftime('%Y-%m-%d %H:%M:%S')}] ")
        if neg:
            b.lit(c.pick([
                f"KeyEncoder ENC-0{c.rint(1, 5)}: issued {c.rint(1, 3)} key(s) rm={rm} guest='{c.pick(['HOUSE USE', 'OUT OF ORDER', 'Walk-In', 'PM ROOM'])}' by=housekeeping",
                f"Folio #{c.digits(5)} window 2 routed to CITY LEDGER '{c.pick(COMPANIES)}'",
                f"Wake-up call set rm {rm} 06:30 (group {c.pick(PROJECT_CODENAMES)})",
                f"Minibar posting rejected: room {rm} status {c.pick(STATUSES)}",
                f"Guarantee card captured for profile {c.digits(5)}: {V.masked_pan(c.rng)} exp {c.rint(1, 12):02d}/{c.rint(27, 31)} (tokenised)",
                f"Loyalty sync to {c.pick(['Hilton Honors', 'Marriott Bonvoy', 'Accor ALL'])} finished: {c.rint(0, 900)} profiles, 0 errors",
                f"Spa booking '{c.pick(['Lomi Lomi Massage', 'Hammam Ritual', 'Balinese Massage'])}' moved to {c.pick(['Madison Suite', 'Victoria Room', 'Room Aroha'])}",
                f"Rate code {c.pick(['BAR2', 'CORP'])} loaded from {c.pick(VERSIONS)} channel manager"]))
            return b
        p = c.person()
        k = c.rng.randrange(7)
        if k == 0:
            b.add(f"KeyEncoder ENC-0{c.rint(1, 5)}: issued {c.rint(1, 3)} key(s) rm={rm} guest='", c.nm(p.full()),
                  f"' valid_to={c.iso(d, 0, False)} by=")
            b.add(L(c.acct(c.person(latin=True)), "NAME") if c.chance(0.5) else "frontdesk02")
        elif k == 1:
            b.add(f"Folio #{c.digits(5)} window 1: posted {c.pick(['2100 MINIBAR', '1010 ROOM', '3300 SPA', '4100 F&B'])} "
                  f"{c.rng.uniform(5, 500):.2f} {c.pick(['EUR', 'NZD', 'KES', 'AED'])} to ", c.nm(p.comma()),
                  f" (profile {c.digits(5)})")
        elif k == 2:
            b.add(f"Guarantee card captured for profile {c.digits(5)}: ", c.card(c.pick(["space", "plain", "dash"])),
                  f" exp {c.rint(1, 12):02d}/{c.rint(27, 31)} holder=", c.nm(up(p.full())))
        elif k == 3:
            b.add(f"Guest contact updated (profile {c.digits(5)}): mobile ", c.phone(c.pick(["intl", "national", "e164"])),
                  ", email ", c.email(p))
        elif k == 4:
            b.add("Registration card printed for ", c.pick(["Mr. ", "Ms ", "Dr. ", "Mrs. ", ""]), c.nm(p.full()),
                  f", room {rm}, {c.rint(1, 4)} adult(s)")
        elif k == 5:
            b.add(f"Wake-up call set rm {rm} 06:30 for {c.pick(['Ms', 'Mr', 'Dr'])} ", c.nm(p.family))
        else:
            agent = c.person()
            b.add("Guest complaint logged by ", c.nm(agent.given), ": ", c.nm(p.given), "'s room was not ready at ",
                  f"{c.rint(14, 17)}:00; comped breakfast")
        return b
    b = Builder(upper=True)
    dep = d.strftime("%d.%m.%y")
    if neg:
        emit_csv(b, [c.pick(["9001", "9002", rm]), c.pick(["PAYMASTER/GROUP", "OUT OF ORDER", "HOUSE USE", "DAY USE ROOM", "PM ROOM"]),
                     d.strftime("%d.%m.%y"), dep, str(c.rint(0, 5)), "0,00", f"{c.rng.uniform(0, 9000):.2f}".replace(".", ","),
                     c.pick([*COMPANIES, "DIRECT", "BOOKING.COM", "GROUP"])], ";", "none")
        return b
    p = c.person()
    name: object = Msg(c.nm(p.slash()), " ", c.pick(_TITLES_PMS))
    if c.chance(0.3):
        q = c.person()
        name = Msg(name, " + ", c.nm(q.slash()), " ", c.pick(_TITLES_PMS))
    emit_csv(b, [rm, name, d.strftime("%d.%m.%y"), dep, str(c.rint(1, 9)), f"{c.rng.uniform(80, 600):.2f}".replace(".", ","),
                 f"{c.rng.uniform(0, 900):.2f}".replace(".", ","), c.pick(["DIRECT", "BOOKING.COM", "EXPEDIA", "GDS", "WALK-IN"])],
             ";", "none")
    return b


# =============================================================================== 5. ecommerce_webhook
STREETS = ["Station Road", "Hauptstraße", "Avenida Paulista", "Admiralty Way", "Ngong Road", "Rue du Marché",
           "Calle Mayor", "Bağdat Caddesi", "Queen Street", "Mill Lane", "Rustaveli Avenue", "Abai Avenue",
           "Jalan Sudirman", "Ayala Avenue", "Karangahape Road"]


def _addr(c: Ctx, p: Person | None) -> dict:
    d: dict = {}
    if p is not None:
        d.update({"first_name": c.nm(p.given), "last_name": c.nm(p.family),
                  "name": c.nm(p.full()) if c.chance(0.7) else None})
    d.update({"address1": f"{c.rint(1, 300)} {c.pick(STREETS)}", "address2": c.pick(["", f"Apt {c.rint(1, 90)}", None]),
              "city": c.pick(CITIES), "zip": c.digits(5), "country_code": c.pick(["NZ", "KE", "UZ", "DE", "PH", "ZA", "TR", "US"]),
              "company": c.pick([None, None, c.pick(COMPANIES)])})
    if p is not None:
        d["phone"] = c.phone() if c.chance(0.6) else None
    return d


def _shopify(c: Ctx, neg: bool) -> dict:
    oid = int(c.digits(13))
    if neg:
        k = c.rng.randrange(3)
        if k == 0:
            t = c.pick(PRODUCT_TITLES)
            return {"id": oid, "title": t, "vendor": c.pick(COMPANIES + PERSONLIKE_PRODUCTS), "product_type": c.pick(["Apparel", "Home", "Grocery"]),
                    "handle": t.lower().replace(" ", "-"), "status": c.pick(["active", "draft", "archived"]),
                    "tags": ", ".join(c.rng.sample(["gift", "Victoria", "bestseller", "Hugo", "eco", "Florence"], 3)),
                    "variants": [{"id": int(c.digits(14)), "sku": c.alnum(8).upper(), "price": f"{c.rng.uniform(3, 300):.2f}",
                                  "inventory_quantity": c.rint(0, 500)}],
                    "updated_at": c.iso()}
        if k == 1:
            return {"inventory_item_id": int(c.digits(14)), "location_id": int(c.digits(11)), "available": c.rint(0, 900),
                    "updated_at": c.iso(), "admin_graphql_api_id": f"gid://shopify/InventoryLevel/{c.digits(11)}"}
        return {"id": oid, "name": f"#{c.rint(1000, 99999)}", "email": None, "customer": None, "browser_ip": None,
                "billing_address": None, "cancel_reason": c.pick(["inventory", "fraud", "customer"]),
                "financial_status": c.pick(["voided", "refunded"]), "note": c.pick([f"Staged for {c.pick(CITIES)} warehouse", c.pick(UI_STRINGS), None]),
                "line_items": [{"title": c.pick(PRODUCT_TITLES), "quantity": c.rint(1, 3), "price": f"{c.rng.uniform(3, 300):.2f}",
                                "vendor": c.pick(COMPANIES)}], "cancelled_at": c.iso()}
    p = c.person()
    em = c.email(p)
    ship_p = c.person() if c.chance(0.3) else p
    addr = c.ip()
    order: dict = {"id": oid, "admin_graphql_api_id": f"gid://shopify/Order/{oid}", "email": em,
                   "created_at": c.iso(frac=0, z=False) + c.pick(["+12:00", "+03:00", "+05:00", "-05:00"]),
                   "currency": c.pick(["NZD", "KES", "UZS", "EUR", "PHP", "ZAR"]), "total_price": f"{c.rng.uniform(5, 900):.2f}",
                   "financial_status": c.pick(["paid", "pending", "authorized"]), "fulfillment_status": None,
                   "name": f"#{c.rint(1000, 99999)}", "browser_ip": addr, "phone": c.phone() if c.chance(0.3) else None}
    if c.chance(0.4):
        order["note"] = Msg(c.pick(["Please leave with neighbour ", "Call ", "Gift for "]), c.nm(c.person().given),
                            c.pick([" if not home", " before delivery", ""]))
    else:
        order["note"] = None
    order["customer"] = {"id": int(c.digits(13)), "email": L(em.value, "EMAIL"), "first_name": c.nm(p.given),
                         "last_name": c.nm(p.family), "phone": c.phone("e164") if c.chance(0.4) else None,
                         "state": "enabled", "tags": c.pick(["vip, wholesale", "", "Victoria, returning"]),
                         "verified_email": True}
    order["billing_address"] = _addr(c, p)
    order["shipping_address"] = _addr(c, ship_p)
    order["line_items"] = [{"title": c.pick(PRODUCT_TITLES), "quantity": c.rint(1, 4), "price": f"{c.rng.uniform(3, 300):.2f}",
                            "sku": c.alnum(6).upper(), "vendor": c.pick(COMPANIES)} for _ in range(c.rint(1, 2))]
    order["client_details"] = {"browser_ip": L(addr.value, "IP_ADDRESS"), "user_agent": c.pick(UA), "accept_language": c.pick(["en-NZ", "sw-KE", "uz-UZ", "tr-TR"])}
    if c.chance(0.3):
        g = c.person()
        order["note_attributes"] = [{"name": "gift_message", "value": Msg("Happy birthday ", c.nm(g.given), "! Love, ", c.nm(p.given))}]
    return order


def _woo(c: Ctx, neg: bool) -> dict:
    empty = {"first_name": "", "last_name": "", "company": "", "address_1": "", "city": "", "postcode": "", "country": "",
             "email": "", "phone": ""}
    base: dict = {"id": c.rint(1000, 99999), "parent_id": 0, "status": c.pick(["processing", "on-hold", "pending"]),
                  "currency": c.pick(["ZAR", "KES", "NGN", "USD"]), "date_created": c.iso(frac=0, z=False),
                  "total": f"{c.rng.uniform(50, 5000):.2f}", "customer_id": c.rint(0, 900)}
    if neg:
        base.update({"status": c.pick(["cancelled", "failed", "draft"]), "billing": empty, "shipping": {k: v for k, v in empty.items() if k not in ("email",)},
                     "payment_method": "", "customer_ip_address": "", "customer_user_agent": "",
                     "customer_note": c.pick([f"Leave at {c.pick(PLACES_NAMELIKE)} reception", c.pick(NON_ENGLISH_UI), ""]),
                     "line_items": [{"name": c.pick(PRODUCT_TITLES), "quantity": 1, "total": f"{c.rng.uniform(5, 300):.2f}"}]})
        return base
    p = c.person()
    bill = {"first_name": c.nm(p.given), "last_name": c.nm(p.family), "company": c.pick(["", c.pick(COMPANIES)]),
            "address_1": f"{c.rint(1, 300)} {c.pick(STREETS)}", "city": c.pick(CITIES), "postcode": c.digits(4),
            "country": c.pick(["ZA", "KE", "NG", "US"]), "email": c.email(p), "phone": c.phone(c.pick(["national", "e164", "intl"]))}
    sp = c.person() if c.chance(0.3) else p
    ship = {"first_name": c.nm(sp.given), "last_name": c.nm(sp.family), "company": "", "address_1": bill["address_1"],
            "city": bill["city"], "postcode": bill["postcode"], "country": bill["country"]}
    base.update({"billing": bill, "shipping": ship, "payment_method": c.pick(["payfast", "mpesa", "paystack", "stripe"]),
                 "payment_method_title": c.pick(["PayFast", "M-Pesa", "Paystack", "Credit Card (Stripe)"]),
                 "customer_ip_address": c.ip(), "customer_user_agent": c.pick(UA),
                 "customer_note": Msg("Please call ", c.nm(sp.given), " on arrival") if c.chance(0.3) else "",
                 "line_items": [{"name": c.pick(PRODUCT_TITLES), "quantity": 1, "total": f"{c.rng.uniform(5, 300):.2f}"}]})
    if c.chance(0.15):
        base["meta_data"] = [{"id": c.rint(100, 9999), "key": "_debug_raw_pan", "value": c.card("plain")}]
    return base


def _ct(c: Ctx, neg: bool) -> dict:
    base: dict = {"notificationType": "Message", "projectKey": c.pick(["acme-eu", "acme-apac"]), "id": c.uuid(), "version": 1,
                  "sequenceNumber": c.rint(1, 9), "resource": {"typeId": "order", "id": c.uuid()},
                  "createdAt": c.iso()}
    if neg:
        if c.chance(0.5):
            base.update({"type": "OrderStateChanged", "orderState": c.pick(["Complete", "Cancelled", "Confirmed"]),
                         "oldOrderState": "Open", "resourceUserProvidedIdentifiers": {"orderNumber": f"EU-2026-{c.digits(5)}"}})
        else:
            base["resource"]["typeId"] = "product"
            base.update({"type": "ProductPublished", "productProjection": {"name": {"en": c.pick(PRODUCT_TITLES), "de": c.pick(NON_ENGLISH_UI)},
                                                                           "slug": {"en": c.alnum(10).lower()}, "categories": [{"typeId": "category", "id": c.uuid()}]}})
        return base
    p = c.person()
    order: dict = {"orderNumber": f"EU-2026-{c.digits(5)}", "customerEmail": c.email(p), "customerId": c.uuid(),
                   "totalPrice": {"type": "centPrecision", "currencyCode": c.pick(["EUR", "GEL", "TRY", "KZT"]), "centAmount": c.rint(500, 90000), "fractionDigits": 2},
                   "shippingAddress": {"firstName": c.nm(p.given), "lastName": c.nm(p.family), "streetName": c.pick(STREETS),
                                       "city": c.pick(CITIES), "country": c.pick(["GE", "TR", "KZ", "DE"])},
                   "orderState": "Open"}
    if c.chance(0.6):
        order["shippingAddress"]["mobile"] = c.phone(c.pick(["e164", "intl"]))
    if c.chance(0.4):
        q = c.person() if c.chance(0.5) else p
        order["billingAddress"] = {"firstName": c.nm(q.given), "lastName": c.nm(q.family), "email": c.email(q)}
    custom: dict = {}
    if c.chance(0.35):
        g = c.person()
        custom["giftNote"] = Msg("Für ", c.nm(g.given), c.pick([" – alles Gute!", ", with love", ""]))
    if c.chance(0.15):
        custom["rawCardNumber"] = c.card()
    if custom:
        order["custom"] = {"type": {"typeId": "type", "key": "order-extras"}, "fields": custom}
    order["lineItems"] = [{"name": {"en": c.pick(PRODUCT_TITLES)}, "quantity": c.rint(1, 3)}]
    base.update({"type": "OrderCreated", "order": order})
    return base


def ecommerce_webhook(c: Ctx, neg: bool) -> Builder:
    """Order-created webhooks: Shopify-like (compact or pretty), WooCommerce, commercetools-like messages."""
    v = c.rng.randrange(4)
    if v == 0:
        return json_record(_shopify(c, neg), compact=c.chance(0.5))
    if v == 1:
        return json_record(_shopify(c, neg), indent=2)
    if v == 2:
        return json_record(_woo(c, neg), compact=c.chance(0.5))
    return json_record(_ct(c, neg), compact=c.chance(0.3))


# =============================================================================== 6. postgres_csvlog
_PG_APPS = ["psql", "pgAdmin 4 - DB:crm", "Metabase v0.48.1", "PostgreSQL JDBC Driver", "crm-api", "Debezium", "DBeaver 24.2.5"]
_PG_SVC = ["postgres", "app_rw", "replicator", "debezium", "etl_loader", "metabase", "crm_api"]


def _pg_positive(c: Ctx) -> tuple[object, object, object, str, str, str, str]:
    """(message, detail, query, command_tag, severity, sqlstate, user) for a PII-bearing statement."""
    p = c.person(plain=True)
    k = c.rng.randrange(6)
    if k == 0:
        table, cols = c.pick([("contacts", ("given_name", "family_name", "email", "phone")),
                              ("patients", ("first_name", "last_name", "contact_email", "mobile")),
                              ("guests", ("forename", "surname", "mail", "tel"))])
        msg = f"execute <unnamed>: INSERT INTO {table} ({', '.join(cols)}) VALUES ($1, $2, $3, $4)"
        det = Msg("parameters: $1 = '", c.nm(p.given), "', $2 = '", c.nm(p.family), "', $3 = '", c.email(p),
                  "', $4 = '", c.phone(), "'")
        return msg, det, None, "INSERT", "LOG", "00000", ""
    if k == 1:
        em = c.email(p)
        msg = f'duplicate key value violates unique constraint "{c.pick(["users_email_key", "customers_email_uq"])}"'
        det = Msg("Key (email)=(", em, ") already exists.")
        q = Msg("INSERT INTO users (email, display_name) VALUES ('", L(em.value, "EMAIL"), "', '", c.nm(p.full()), "')")
        return msg, det, q, "INSERT", "ERROR", "23505", ""
    if k == 2:
        msg = Msg("statement: UPDATE customers SET last_name = '", c.nm(p.family), "', phone = '", c.phone(),
                  f"' WHERE id = {c.rint(1, 99999)}")
        return msg, None, None, "UPDATE", "LOG", "00000", ""
    if k == 3:
        acct = c.acct(p) if p.latin else None
        if acct is None:
            msg = Msg(f"duration: {c.rng.uniform(200, 9000):.3f} ms  statement: SELECT id FROM customers WHERE full_name = '",
                      c.nm(p.full()), "'")
            return msg, None, None, "SELECT", "LOG", "00000", ""
        if c.chance(0.5):
            msg = Msg("connection authorized: user=", L(acct, "NAME"), " database=crm application_name=psql SSL enabled "
                      "(protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)")
            return msg, None, None, "authentication", "LOG", "00000", acct
        msg = Msg('password authentication failed for user "', L(acct, "NAME"), '"')
        det = 'Connection matched file "/etc/postgresql/16/main/pg_hba.conf" line 98: "hostssl all all samenet scram-sha-256"'
        return msg, det, None, "authentication", "FATAL", "28P01", acct
    if k == 4:
        msg = Msg(f"duration: {c.rng.uniform(200, 9000):.3f} ms  execute S_{c.rint(1, 40)}: SELECT * FROM employees WHERE ssn = $1 OR work_email = $2")
        det = Msg("parameters: $1 = '", c.ssn(c.pick(["dash", "plain"])), "', $2 = '", c.email(p), "'")
        return msg, det, None, "SELECT", "LOG", "00000", ""
    msg = Msg("statement: INSERT INTO card_vault (holder, pan, exp) VALUES ('", c.nm(up(p.full())), "', '",
              c.card("plain"), f"', '{c.rint(1, 12):02d}/{c.rint(27, 31)}')")
    return msg, None, None, "INSERT", "LOG", "00000", ""


def _pg_negative(c: Ctx) -> tuple[object, object, object, str, str, str]:
    k = c.rng.randrange(7)
    if k == 0:
        return (f"checkpoint complete: wrote {c.rint(10, 9000)} buffers ({c.rng.uniform(0, 30):.1f}%); 0 WAL file(s) added, "
                f"{c.rint(0, 3)} removed, {c.rint(0, 3)} recycled; write={c.rng.uniform(0, 300):.3f} s", None, None, "", "LOG", "00000")
    if k == 1:
        return (f'automatic vacuum of table "crm.public.{c.pick(["orders", "inventory", "audit_log"])}": index scans: 1',
                f"pages: 0 removed, {c.rint(100, 90000)} remain", None, "", "LOG", "00000")
    if k == 2:
        return (f"statement: UPDATE orders SET status = '{c.pick(STATUSES)}' WHERE warehouse = '{c.pick(PLACES_NAMELIKE)}' AND id = {c.rint(1, 99999)}",
                None, None, "UPDATE", "LOG", "00000")
    if k == 3:
        return ("execute <unnamed>: SELECT * FROM tickets WHERE status = $1 AND created_at > $2",
                f"parameters: $1 = '{c.pick(STATUSES)}', $2 = '2026-{c.rint(1, 12):02d}-01 00:00:00+00'", None, "SELECT", "LOG", "00000")
    if k == 4:
        col = c.pick(["first_name", "last_name", "ssn", "email", "phone_number"])
        return (f'column "{col}" does not exist', None, f"SELECT {col} FROM public.staging_{c.alnum(4).lower()}",
                "SELECT", "ERROR", "42703")
    if k == 5:
        return (f"duration: {c.rng.uniform(200, 9000):.3f} ms  statement: SELECT sku, title FROM products WHERE vendor = '{c.pick(COMPANIES).replace(chr(39), '')}' AND title ILIKE '%{c.pick(['Florence', 'Ruby', 'Madison', 'Hugo'])}%'",
                None, None, "SELECT", "LOG", "00000")
    return ("connection received: host=[local]", None, None, "", "LOG", "00000")


def postgres_csvlog(c: Ctx, neg: bool) -> Builder:
    """PostgreSQL csvlog rows and jsonlog (PG 15+) objects with statements, bind parameters and errors."""
    d = c.dt()
    pid = c.rint(1000, 99999)
    sess = f"{c.hexs(8)}.{pid:x}"
    if neg:
        msg, det, q, tag, sev, state = _pg_negative(c)
        user: object = c.pick([*_PG_SVC, ""])
        conn: object = "[local]" if c.chance(0.7) else ""
    else:
        msg, det, q, tag, sev, state, acct = _pg_positive(c)
        user = L(acct, "NAME") if acct else c.pick(_PG_SVC)
        conn = c.ip() if (acct or c.chance(0.7)) else "[local]"
    app = c.pick(_PG_APPS)
    if c.chance(0.25):
        obj: dict = {"timestamp": d.strftime("%Y-%m-%d %H:%M:%S.") + f"{d.microsecond // 1000:03d} UTC",
                     "user": user if user != "" else None, "dbname": "crm", "pid": pid}
        if isinstance(conn, L):
            obj["remote_host"] = conn
            obj["remote_port"] = c.rint(30000, 65000)
        obj.update({"session_id": sess, "line_num": c.rint(1, 90), "ps": tag or "idle", "session_start": d.strftime("%Y-%m-%d %H:%M:%S UTC"),
                    "vxid": f"{c.rint(1, 9)}/{c.rint(1, 99999)}", "txid": 0, "error_severity": sev, "state_code": state,
                    "message": msg})
        if det is not None:
            obj["detail"] = det
        if q is not None:
            obj["statement"] = q
        obj.update({"application_name": app, "backend_type": "client backend", "query_id": -int(c.digits(18))})
        return json_record(obj, compact=True)
    b = Builder()
    if isinstance(conn, L):
        conn = Msg(conn, f":{c.rint(30000, 65000)}")
    fields = [d.strftime("%Y-%m-%d %H:%M:%S.") + f"{d.microsecond // 1000:03d} UTC", user, "crm", str(pid), conn, sess,
              str(c.rint(1, 90)), tag, d.strftime("%Y-%m-%d %H:%M:%S UTC"), f"{c.rint(1, 9)}/{c.rint(1, 99999)}", "0",
              sev, state, msg, det, None, None, None, None, q, None, None, app, "client backend", None, "0"]
    quoted = {1, 2, 4, 7, 13, 14, 19, 22, 23}
    for i, f in enumerate(fields):
        if i:
            b.lit(",")
        if f is None or f == "":
            continue
        if i in quoted:
            b.lit('"').add(f, esc=csv_esc).lit('"')  # type: ignore[arg-type]
        else:
            b.add(f)  # type: ignore[arg-type]
    return b
