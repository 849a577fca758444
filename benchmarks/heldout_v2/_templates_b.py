"""Families 7-12: Log4j2 JSON, .NET ILogger console, helpdesk webhooks, Debezium CDC, ISO 20022 XML,
PowerShell transcripts and AD cmdlet output.

Every function takes (ctx, neg) and returns a Builder; with ``neg`` the record has no PII.
"""
from __future__ import annotations

from datetime import timedelta

import _values as V
from _build import Builder, L, Msg, X, emit_json, emit_xml, json_record, plain
from _ctx import Ctx
from _lookalikes import (
    CITIES,
    COMPANIES,
    JOB_TITLES,
    NON_ENGLISH_UI,
    PERSONLIKE_PRODUCTS,
    PLACES_NAMELIKE,
    PLACES_PARTICLE,
    PRODUCT_TITLES,
    PROJECT_CODENAMES,
    SERVICE_ACCOUNTS,
    STATUSES,
    SYSTEM_DISPLAY,
    UI_STRINGS,
    VERSIONS,
)
from _names import Person, up


def _last4(c: Ctx) -> L:
    return L(V.ssn_parts(c.rng)[2], "SSN")


# =============================================================================== 7. log4j2_json
_J_LOGGERS = ["com.acme.billing.InvoiceService", "com.acme.crm.CustomerService", "io.acme.auth.LoginController",
              "com.acme.payroll.ExportJob", "com.acme.notify.SmsGateway", "org.acme.kyc.VerificationFlow",
              "com.acme.payments.CardAuthorizer"]
_J_THREADS = ["http-nio-8080-exec-3", "pool-3-thread-7", "kafka-consumer-orders-1", "scheduling-1", "main",
              "reactor-http-epoll-2", "ForkJoinPool.commonPool-worker-5"]


def _java_msg(c: Ctx) -> Msg:
    k = c.rng.randrange(12)
    if k in (6, 7, 10):
        p = c.person(latin=True)
    else:
        p = c.person()
    if k == 0:
        return Msg("Password reset link sent to ", c.email(p))
    if k == 1:
        return Msg("Customer ", c.nm(p.full()), " upgraded plan to ", c.pick(["Premium", "Business", "Team"]))
    if k == 2:
        return Msg("KYC check passed for ", c.nm(p.full()), f" (document {c.alnum(9).upper()})")
    if k == 3:
        return Msg("SMS OTP dispatched to ", c.phone(), f" via {c.pick(['twilio', 'africastalking', 'vonage'])}")
    if k == 4:
        return Msg("Card ", c.card(), f" declined: insufficient funds (order {c.digits(8)})")
    if k == 5:
        return Msg("Refund approved by ", c.nm(p.given), f" for order {c.digits(8)}")
    if k == 6:
        return Msg("Loaded profile of ", c.nm(p.comma()), " [", L(c.acct(p), "NAME"), "]")
    if k == 7:
        return Msg("Login failed for user '", L(c.acct(p), "NAME"), "' from ", c.ip())
    if k == 8:
        return Msg("Payroll export: employee ", c.nm(p.full()), " ssn=", c.ssn())
    if k == 9:
        return Msg(f"Sending invoice INV-{c.digits(6)} to ", c.nm(p.full()), " <", c.email(p), ">")
    if k == 10:
        return Msg("Account ", L(c.acct(p), "NAME"), " locked after 5 failed attempts")
    return Msg("Updated emergency contact for ", c.nm(p.given), ": ", c.phone())


def _java_neg(c: Ctx) -> str:
    return c.pick([
        "HikariPool-1 - Start completed.",
        f"Started BillingApplication in {c.rng.uniform(2, 20):.3f} seconds (process running for {c.rng.uniform(3, 25):.2f})",
        f"Kafka consumer group 'orders' rebalanced: assigned partitions [orders-{c.rint(0, 9)}, orders-{c.rint(10, 19)}]",
        f"Cassandra session established to datacenter '{c.pick(PLACES_NAMELIKE)}-DC1'",
        f"Jenkins webhook received for job 'release-{c.pick(['madison', 'victoria', 'aurora'])}'",
        f"Scheduled task '{c.pick(['Night Audit', 'Invoice Run', 'Dunning Letters'])}' completed in {c.rint(10, 9000)} ms",
        "Tomcat started on port 8080 (http) with context path '/'",
        f'Flyway: Successfully applied {c.rint(1, 9)} migrations to schema "crm", now at version v2026.12.{c.rint(1, 30)}',
        f"Cache 'customerProfiles' evicted {c.rint(10, 9000)} entries",
        f"Circuit breaker '{c.pick(PERSONLIKE_PRODUCTS).lower()}-client' changed state from CLOSED to OPEN",
        f"Template '{c.pick(UI_STRINGS)}' rendered for locale {c.pick(['sw_KE', 'uz_UZ', 'ka_GE', 'tr_TR'])}",
        f"Status changed to {c.pick(STATUSES)} for batch {c.digits(6)}",
        f"Message '{c.pick(NON_ENGLISH_UI)}' not found in bundle messages_{c.pick(['fr', 'de', 'ru', 'ja'])}",
        f"Using {c.pick(['Athena', 'Aurora', 'Hermes'])} driver {c.pick(VERSIONS)}"])


def _java_ctx(c: Ctx, neg: bool) -> dict:
    ctx: dict = {"traceId": c.hexs(32), "spanId": c.hexs(16)}
    if neg:
        ctx.update({"tenant": c.pick(COMPANIES), "env": c.pick(["prod", "staging"]),
                    "service": c.pick(["jenkins-agent", "billing", "crm-api"]), "principal": c.pick(SERVICE_ACCOUNTS)})
        return ctx
    if c.chance(0.5):
        p = c.person(latin=True)
        ctx["userId"] = L(c.acct(p), "NAME")
    else:
        ctx["userId"] = "u-" + c.digits(7)
    if c.chance(0.5):
        ctx["clientIp"] = c.ip()
    if c.chance(0.25):
        ctx["X-Forwarded-For"] = Msg(c.ip(v6=0), ", ", c.ip(v6=0))
    if c.chance(0.2):
        ctx["user.email"] = c.email(c.person())
    return ctx


def log4j2_json(c: Ctx, neg: bool) -> Builder:
    """Log4j2 JsonLayout (compact, pretty, legacy contextMap list, with thrown) and ECS layout events."""
    d = c.dt()
    msg: object = _java_neg(c) if neg else _java_msg(c)
    level = c.pick(["INFO", "WARN", "ERROR", "DEBUG"])
    logger = c.pick(_J_LOGGERS)
    v = c.rng.randrange(5)
    if v == 4:
        obj: dict = {"@timestamp": c.iso(d), "ecs.version": "1.2.0", "log.level": level, "message": msg,
                     "process.thread.name": c.pick(_J_THREADS), "log.logger": logger}
        if not neg and c.chance(0.6):
            obj["user.name"] = L(c.acct(c.person(latin=True)), "NAME")
        if not neg and c.chance(0.5):
            obj["client.ip"] = c.ip()
        obj["labels"] = {"tenant": c.pick(COMPANIES), "region": c.pick(["af-south-1", "ap-southeast-2", "me-central-1"])}
        obj["service.name"] = c.pick(["billing", "crm-api", "auth"])
        return json_record(obj, compact=True)
    ctx = _java_ctx(c, neg)
    obj = {"instant": {"epochSecond": int(d.timestamp()), "nanoOfSecond": d.microsecond * 1000},
           "thread": c.pick(_J_THREADS), "level": level, "loggerName": logger, "message": msg}
    if v == 3:
        if neg:
            em = Msg(c.pick([f"Connection refused: {c.pick(['cassandra', 'kafka', 'jenkins'])}.internal/<unresolved>:9042",
                             f"Unknown status '{c.pick(STATUSES)}'", "Read timed out after 30000 ms"]))
        else:
            p = c.person()
            em = c.pick([Msg("No account for email ", c.email(p)), Msg("Duplicate customer: ", c.nm(p.comma())),
                         Msg("Invalid phone number ", c.phone(), " for profile ", c.digits(6))])
        obj["thrown"] = {"commonElementCount": 0, "localizedMessage": em, "message": em,
                         "name": c.pick(["java.lang.IllegalStateException", "com.acme.crm.DuplicateCustomerException",
                                         "java.net.ConnectException"]),
                         "extendedStackTrace": [{"class": logger, "method": c.pick(["create", "handle", "apply"]),
                                                 "file": logger.rsplit(".", 1)[1] + ".java", "line": c.rint(20, 900),
                                                 "exact": False, "location": "crm-core-2.4.1.jar", "version": "2.4.1"}]}
    obj["endOfBatch"] = False
    obj["loggerFqcn"] = "org.apache.logging.slf4j.Log4jLogger"
    if v == 2:
        obj["contextMap"] = [{"key": k, "value": val} for k, val in ctx.items()]
    else:
        obj["contextMap"] = ctx
    obj["threadId"] = c.rint(1, 300)
    obj["threadPriority"] = 5
    if v == 1:
        return json_record(obj, indent=2)
    return json_record(obj, compact=c.chance(0.7))


# =============================================================================== 8. dotnet_ilogger
_LVL = {"info": "Information", "warn": "Warning", "fail": "Error", "dbug": "Debug", "crit": "Critical", "trce": "Trace"}


def _dotnet_pos(c: Ctx) -> tuple[str, str, int, Msg, dict]:
    """(level, category, event id, message, JSON state) with PII."""
    k = c.rng.randrange(9)
    if k == 0:
        p = c.person()
        m = Msg(f"Invoice {c.digits(5)} created for customer ", c.nm(p.full()), " (", c.email(p), ")")
        return "info", "Contoso.Billing.InvoiceService", 0, m, {"{OriginalFormat}": "Invoice {InvoiceId} created for customer {CustomerName} ({Email})"}
    if k == 1:
        p = c.person(latin=True)
        a = L(c.acct(p), "NAME")
        m = Msg("User ", a, " failed to provide the correct password.")
        return "warn", "Microsoft.AspNetCore.Identity.SignInManager", 2, m, {"UserName": a, "{OriginalFormat}": "User {UserName} failed to provide the correct password."}
    if k == 2:
        p = c.person()
        n, ip = c.nm(p.full()), c.ip()
        m = Msg("User ", n, " signed in from ", ip, ".")
        return "info", "Fabrikam.Portal.Auth.LoginHandler", 10, m, {"UserName": n, "RemoteIp": ip, "{OriginalFormat}": "User {UserName} signed in from {RemoteIp}."}
    if k == 3:
        ph = c.phone()
        m = Msg("Sending SMS verification code to ", ph)
        return "dbug", "Northwind.Notifications.SmsSender", 0, m, {"Phone": ph, "{OriginalFormat}": "Sending SMS verification code to {Phone}"}
    if k == 4:
        p = c.person(plain=True)
        m = Msg(f"Executed DbCommand ({c.rint(1, 90)}ms) [Parameters=[@p0='", c.nm(p.given), "' (Nullable = false) (Size = 4000), @p1='",
                c.nm(p.family), "' (Size = 4000), @p2='", c.email(p), "' (Size = 256)], CommandType='Text', CommandTimeout='30']\n"
                "      SET IMPLICIT_TRANSACTIONS OFF;\n      INSERT INTO [Customers] ([GivenName], [Surname], [Email])\n"
                "      OUTPUT INSERTED.[Id]\n      VALUES (@p0, @p1, @p2);")
        return "info", "Microsoft.EntityFrameworkCore.Database.Command", 20101, m, {"{OriginalFormat}": "Executed DbCommand ({elapsed}ms) [Parameters=[{parameters}], CommandType='{commandType}', CommandTimeout='{commandTimeout}']{newLine}{commandText}"}
    if k == 5:
        p = c.person()
        m = Msg("Exported payroll record for ", c.nm(p.comma()), " (SSN ending ", _last4(c), ")")
        return "info", "Contoso.Payroll.Exporter", 3, m, {"{OriginalFormat}": "Exported payroll record for {Employee} (SSN ending {Last4})"}
    if k == 6:
        p, q = c.person(), c.person()
        m = Msg(f"Ticket {c.digits(5)} reassigned from ", c.nm(p.given), " to ", c.nm(q.full()))
        return "info", "Contoso.Support.Routing", 0, m, {"{OriginalFormat}": "Ticket {TicketId} reassigned from {From} to {To}"}
    if k == 7:
        p = c.person()
        m = Msg(f'Connection id "0HN8{c.alnum(9).upper()}", Request id "0HN8{c.alnum(9).upper()}:0000000{c.rint(1, 9)}": '
                "An unhandled exception was thrown by the application.\n      System.InvalidOperationException: Duplicate customer email '",
                c.email(p), "'\n         at Contoso.Crm.CustomerService.CreateAsync(CustomerDto dto) in /src/Crm/CustomerService.cs:line ",
                str(c.rint(20, 400)))
        return "fail", "Microsoft.AspNetCore.Server.Kestrel", 13, m, {"{OriginalFormat}": "Connection id \"{ConnectionId}\", Request id \"{TraceIdentifier}\": An unhandled exception was thrown by the application."}
    p = c.person()
    card = c.card()
    m = Msg(f"Charge of {c.rng.uniform(5, 900):.2f} {c.pick(['USD', 'GEL', 'PHP'])} on card ", card, " for ", c.nm(p.full()), " failed: do_not_honor")
    return "warn", "Contoso.Payments.StripeGateway", 7, m, {"{OriginalFormat}": "Charge of {Amount} {Currency} on card {Card} for {Holder} failed: {Code}"}


def _dotnet_neg(c: Ctx) -> tuple[str, str, int, str, dict]:
    k = c.rng.randrange(9)
    if k == 0:
        a = c.pick(["http://localhost:5000", "https://localhost:7043", "http://+:8080"])
        return "info", "Microsoft.Hosting.Lifetime", 14, f"Now listening on: {a}", {"address": a, "{OriginalFormat}": "Now listening on: {address}"}
    if k == 1:
        return "info", "Microsoft.Hosting.Lifetime", 0, "Application started. Press Ctrl+C to shut down.", {"{OriginalFormat}": "Application started. Press Ctrl+C to shut down."}
    if k == 2:
        e = c.pick(["Production", "Staging", "Development"])
        return "info", "Microsoft.Hosting.Lifetime", 0, f"Hosting environment: {e}", {"EnvName": e, "{OriginalFormat}": "Hosting environment: {EnvName}"}
    if k == 3:
        return ("info", "Microsoft.EntityFrameworkCore.Database.Command", 20101,
                f"Executed DbCommand ({c.rint(1, 90)}ms) [Parameters=[@__p_0='?' (DbType = Int32)], CommandType='Text', CommandTimeout='30']\n"
                "      SELECT TOP(1) [o].[Id], [o].[Status], [o].[Warehouse]\n      FROM [Orders] AS [o]\n      WHERE [o].[Id] = @__p_0", {})
    if k == 4:
        return "info", "Microsoft.AspNetCore.Hosting.Diagnostics", 1, f"Request starting HTTP/1.1 GET http://localhost:5000/api/{c.pick(['health', 'reports/daily', 'orders/' + c.digits(5)])} - - -", {}
    if k == 5:
        ctl = c.pick(["Reports", "Orders", "Rooms", "Tickets"])
        return "info", "Microsoft.AspNetCore.Routing.EndpointMiddleware", 0, f"Executing endpoint 'Contoso.Api.Controllers.{ctl}Controller.Get (Contoso.Api)'", {"EndpointName": f"Contoso.Api.Controllers.{ctl}Controller.Get (Contoso.Api)", "{OriginalFormat}": "Executing endpoint '{EndpointName}'"}
    if k == 6:
        return "info", "Hangfire.Server.BackgroundServerProcess", 0, f"Server wintermute:{c.rint(1000, 9999)}:{c.hexs(8)} successfully announced in {c.rng.uniform(1, 90):.1f} ms", {}
    if k == 7:
        chk = c.pick(["cassandra", "kafka", "jenkins", "aurora-db"])
        st = c.pick(["Healthy", "Degraded", "Unhealthy"])
        return "warn" if st != "Healthy" else "info", "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService", 103, f"Health check '{chk}' completed with status {st}", {"HealthCheckName": chk, "HealthStatus": st, "{OriginalFormat}": "Health check {HealthCheckName} completed after {ElapsedMilliseconds}ms with status {HealthStatus}"}
    t = c.pick(UI_STRINGS + NON_ENGLISH_UI)
    return "info", "Contoso.Notifications.TemplateRenderer", 0, f"Rendered template '{t}' for {c.pick(COMPANIES)}", {"Template": t, "{OriginalFormat}": "Rendered template '{Template}' for {Tenant}"}


def dotnet_ilogger(c: Ctx, neg: bool) -> Builder:
    """Microsoft.Extensions.Logging console output: simple (two lines, scopes, timestamps), single-line,
    systemd and JSON formatters."""
    if neg:
        lvl, cat, eid, m0, state = _dotnet_neg(c)
        m: Msg = Msg(m0)
    else:
        lvl, cat, eid, m, state = _dotnet_pos(c)
    d = c.dt()
    v = c.rng.randrange(6)
    if v == 5:
        st = {"Message": m}
        st.update(state)
        obj = {"Timestamp": c.iso(d, 3, False) + "+00:00", "EventId": eid, "LogLevel": _LVL[lvl], "Category": cat,
               "Message": m, "State": st}
        if c.chance(0.3):
            obj["Scopes"] = [{"Message": f"SpanId:{c.hexs(16)}, TraceId:{c.hexs(32)}, ParentId:{'0' * 16}",
                              "SpanId": c.hexs(16), "TraceId": c.hexs(32)}]
        return json_record(obj, indent=2 if c.chance(0.3) else None, compact=c.chance(0.5))
    b = Builder()
    if v == 4:
        b.lit(f"<{ {'info': 6, 'warn': 4, 'fail': 3, 'dbug': 7, 'crit': 2, 'trce': 7}[lvl] }>{cat}[{eid}] ")
        b.add(Msg(*[p.replace("\n      ", " ").replace("\n         ", " ") if isinstance(p, str) else p for p in m.pieces]))
        return b
    if v == 3:
        b.lit(f"{lvl}: {cat}[{eid}] ")
        b.add(Msg(*[p.replace("\n      ", " ").replace("\n         ", " ") if isinstance(p, str) else p for p in m.pieces]))
        return b
    if v == 2:
        b.lit(d.strftime("%Y-%m-%d %H:%M:%S "))
    b.lit(f"{lvl}: {cat}[{eid}]\n")
    if v == 1:
        b.lit(f"      => SpanId:{c.hexs(16)}, TraceId:{c.hexs(32)}, ParentId:{'0' * 16} => ConnectionId:0HN8{c.alnum(9).upper()} "
              f"=> RequestPath:/api/{c.pick(['orders', 'customers', 'auth/login', 'tickets'])} RequestId:0HN8{c.alnum(9).upper()}:00000001\n")
    b.lit("      ").add(m)
    return b


# =============================================================================== 9. helpdesk_webhook
def _comment(c: Ctx, req: Person, agent: Person) -> Msg:
    k = c.rng.randrange(11)
    if k == 0:
        return Msg("Hi ", c.nm(agent.given), ", this is ", c.nm(req.given), " again — still can't log in to the portal.")
    if k == 1:
        return Msg("Spoke with ", c.pick(["Mr ", "Ms ", "Dr. ", "Mrs "]), c.nm(req.family), " on the phone (", c.phone(),
                   "); they'll send the form today.")
    if k == 2:
        return Msg("Please update the email on file to ", c.email(req), ". Thanks, ", c.nm(req.given))
    if k == 3:
        return Msg("Transferring to ", c.nm(agent.full()), "'s queue.")
    if k == 4:
        return Msg("my ssn ends in ", _last4(c), " if you need to verify")
    if k == 5:
        return Msg("The card charged twice was ", c.card(), " – please refund one.")
    if k == 6:
        return Msg("Hola ", c.nm(req.given), ", gracias por escribirnos. Un saludo, ", c.nm(agent.given))
    if k == 7:
        return Msg("hi im ", c.nm(req.given.lower()), " from accounts, pls call me back on ", c.phone())
    if k == 8:
        return Msg("Bonjour, je suis ", c.nm(req.full()), ". Ma commande n'est pas arrivée.")
    if k == 9:
        return Msg("Customer ", c.nm(req.full()), " (", c.email(req), ") reports a duplicate invoice.")
    return Msg("Habari ", c.nm(agent.given), ", naomba msaada na akaunti yangu. Asante, ", c.nm(req.given))


def _neg_comment(c: Ctx) -> str:
    return c.pick([
        f"Auto-closed after {c.rint(2, 9)} days of inactivity. Status: Solved.", f"Ticket merged into #{c.digits(5)}",
        f"Macro '{c.pick(['Refund – Partial', 'Close – Duplicate', 'Escalate to Tier 2'])}' applied",
        f"SLA breach warning: first reply time exceeded ({c.pick(['Premium', 'Enterprise'])} plan)",
        "Customer satisfaction: Good", c.pick(NON_ENGLISH_UI),
        f"{c.pick(PLACES_NAMELIKE)} warehouse outage resolved at {c.rint(0, 23):02d}:{c.rint(0, 59):02d} UTC",
        f"Please restart the Jenkins agent on build-{c.rint(1, 20):02d}.",
        f"Routing rule '{c.pick(JOB_TITLES)} queue' matched; priority set to {c.pick(['High', 'Urgent'])}",
        f"Alexa skill reports error code {c.rint(100, 999)} after firmware {c.pick(VERSIONS)}",
        f"Button '{c.pick(UI_STRINGS)}' does nothing on Safari 17.1"])


def _neg_subject(c: Ctx) -> str:
    return c.pick([f"{c.pick(PLACES_NAMELIKE)} warehouse outage", "Password reset not working on Safari 17.1",
                   f"Refund request #{c.digits(6)}", f"[{c.pick(STATUSES)}] Invoice question", c.pick(UI_STRINGS) + " broken",
                   f"{c.pick(PROJECT_CODENAMES)} rollout feedback", c.pick(NON_ENGLISH_UI), f"Hugo theme build fails ({c.pick(VERSIONS)})"])


def _pos_subject(c: Ctx, req: Person) -> object:
    if c.chance(0.3):
        return Msg(c.pick(["Refund for ", "Account locked – ", "Callback: "]), c.nm(req.full()))
    return _neg_subject(c)


def helpdesk_webhook(c: Ctx, neg: bool) -> Builder:
    """Zendesk trigger webhooks, Zendesk Events API payloads and Freshdesk flat webhooks."""
    tid = c.rint(1000, 999999)
    v = c.rng.randrange(3)
    if neg:
        req_name = c.pick(["Answer Bot", "Zendesk Support", "Freshdesk Automations", "{{ticket.requester.name}}", "Guest"])
        agent_name = c.pick(["Tier 2 Support", "No Agent", "Automation Rule", None])
        comment: object = _neg_comment(c)
        subj: object = _neg_subject(c)
    else:
        req, agent = c.person(), c.person()
        comment = _comment(c, req, agent)
        subj = _pos_subject(c, req)
    if v == 0:
        t: dict = {"id": tid, "url": f"https://acme.zendesk.com/api/v2/tickets/{tid}.json", "subject": subj,
                   "status": c.pick(["open", "pending", "hold", "solved"]), "priority": c.pick(["low", "normal", "high", "urgent"]),
                   "type": c.pick(["incident", "question", "problem"])}
        if neg:
            t["requester"] = {"id": int(c.digits(12)), "name": req_name, "email": c.pick([None, "{{ticket.requester.email}}"])}
            t["assignee"] = None if agent_name is None else {"id": int(c.digits(12)), "name": agent_name, "email": None}
        else:
            t["requester"] = {"id": int(c.digits(12)), "name": c.nm(req.full()), "email": c.email(req),
                              "phone": c.phone() if c.chance(0.4) else None}
            t["assignee"] = {"id": int(c.digits(12)), "name": c.nm(agent.full() if c.chance(0.7) else agent.given),
                             "email": c.email(agent, c.pick(["acme.zendesk.example", "support.example.com"]))}
        t["group"] = {"name": c.pick(["Billing", "Tier 2 Support", "Onboarding", "VIP Desk"])}
        t["organization"] = {"name": c.pick(COMPANIES)}
        t["tags"] = c.rng.sample(["refund", "vip", "victoria", "mobile_app", "sla_breach", "jenkins", "kyc"], 3)
        t["latest_comment"] = {"author": (c.nm(req.full()) if not neg else c.pick(SYSTEM_DISPLAY)), "public": True, "body": comment}
        return json_record({"ticket": t}, compact=c.chance(0.4))
    if v == 1:
        ev: dict = {"account_id": int(c.digits(8)),
                    "detail": {"actor_id": c.digits(12), "created_at": c.iso(frac=0), "id": str(tid),
                               "requester_id": c.digits(12), "status": c.pick(["OPEN", "PENDING", "SOLVED"]), "subject": subj},
                    "event": {"comment": {"author": {"id": c.digits(12), "is_staff": c.chance(0.5),
                                                     "name": c.nm(req.full()) if not neg else req_name},
                                          "body": comment, "id": c.digits(13), "is_public": c.chance(0.8)}},
                    "id": c.uuid(), "subject": f"zen:ticket:{tid}", "time": c.iso(),
                    "type": "zen:event-type:ticket.comment_added", "zendesk_event_version": "2022-11-06"}
        return json_record(ev, compact=c.chance(0.5))
    fd: dict = {"ticket_id": str(tid), "ticket_subject": subj,
                "ticket_description": Msg("<div>", comment, "</div>") if isinstance(comment, Msg) else f"<div>{comment}</div>"}
    if neg:
        fd.update({"ticket_requester_name": req_name, "ticket_requester_email": "", "ticket_requester_phone": "",
                   "ticket_agent_name": agent_name or "No Agent", "ticket_agent_email": ""})
    else:
        fd.update({"ticket_requester_name": c.nm(req.full()), "ticket_requester_email": c.email(req),
                   "ticket_requester_phone": c.phone() if c.chance(0.5) else "",
                   "ticket_agent_name": c.nm(agent.full()), "ticket_agent_email": c.email(agent, "helpdesk.example.com")})
    fd.update({"ticket_status": c.pick(["Open", "Pending", "Resolved", "Waiting on Customer"]),
               "ticket_priority": c.pick(["Low", "Medium", "High", "Urgent"]), "ticket_source": c.pick(["Email", "Portal", "Chat", "Phone"]),
               "ticket_group_name": c.pick(["Billing", "Tier 2 Support", "Returns"]),
               "ticket_tags": ", ".join(c.rng.sample(["refund", "vip", "madison", "app", "kyc"], 2)),
               "ticket_url": f"https://acme.freshdesk.com/helpdesk/tickets/{tid}"})
    return json_record({"freshdesk_webhook": fd}, compact=c.chance(0.5))


# =============================================================================== 10. debezium_cdc
def _ms(c: Ctx) -> int:
    """A realistic epoch timestamp in milliseconds."""
    return int(c.dt().timestamp() * 1000)


def _row(c: Ctx, table: str) -> dict:
    if table == "customers":
        p = c.person(plain=True)
        return {"id": c.rint(1000, 99999), "first_name": c.nm(p.given), "last_name": c.nm(p.family), "email": c.email(p),
                "phone": c.phone() if c.chance(0.6) else None, "created_at": _ms(c) * 1000, "status": "active"}
    if table == "employees":
        p = c.person(latin=True, plain=True)
        mgr = c.person(latin=True)
        return {"emp_id": c.rint(1000, 99999), "given_name": c.nm(p.given), "family_name": c.nm(p.family),
                "ssn": c.ssn(c.pick(["dash", "plain"])), "work_email": c.email(p, "corp.example.com"),
                "manager_login": L(c.acct(mgr), "NAME") if c.chance(0.6) else None, "title": c.pick(JOB_TITLES)}
    if table == "patients":
        p = c.person(plain=True)
        return {"mrn": "MRN" + c.digits(8), "full_name": c.nm(p.comma() if c.chance(0.5) else p.full()),
                "mobile": c.phone(), "city": c.pick(CITIES), "ward": c.pick(["Victoria Ward", "Florence Nightingale Wing", "B2"])}
    if table == "payment_methods":
        p = c.person(plain=True)
        return {"id": c.rint(1000, 99999), "customer_id": c.rint(1000, 99999), "holder_name": c.nm(up(p.full())),
                "pan": c.card("plain"), "exp_month": c.rint(1, 12), "exp_year": c.rint(2027, 2032),
                "brand": c.pick(["visa", "mastercard", "amex"])}
    p = c.person(latin=True, plain=True)
    return {"id": c.rint(1000, 99999), "username": L(c.acct(p), "NAME"), "display_name": c.nm(p.full()),
            "last_login_ip": c.ip(), "locale": c.pick(["sw-KE", "uz-UZ", "mi-NZ", "ka-GE", "en-PH"])}


def _neg_row(c: Ctx, table: str) -> dict:
    if table == "products":
        t = c.pick(PRODUCT_TITLES)
        return {"id": c.rint(100, 9999), "sku": c.alnum(8).upper(), "title": t, "vendor": c.pick(COMPANIES),
                "price_cents": c.rint(100, 90000), "brand": c.pick(PERSONLIKE_PRODUCTS)}
    if table == "orders":
        return {"id": c.rint(1000, 99999), "status": c.pick(STATUSES), "warehouse": c.pick(PLACES_NAMELIKE),
                "total_cents": c.rint(100, 900000), "currency": c.pick(["EUR", "KES", "NZD"])}
    if table == "regions":
        return {"code": c.alnum(3).upper(), "name": c.pick(PLACES_NAMELIKE + PLACES_PARTICLE), "country": c.pick(["AU", "US", "NZ", "BR", "VN"])}
    return {"sku": c.alnum(8).upper(), "location": c.pick(PLACES_NAMELIKE), "on_hand": c.rint(0, 900), "reserved": c.rint(0, 50)}


def _source(c: Ctx, table: str, conn: str) -> dict:
    s: dict = {"version": c.pick(["2.5.0.Final", "2.7.3.Final", "3.0.1.Final"]), "connector": conn,
               "name": c.pick(["dbserver1", "crm-prod", "hr-cdc"]), "ts_ms": _ms(c),
               "snapshot": c.pick(["false", "true", "last"]), "db": c.pick(["crm", "hr", "shop"])}
    if conn == "postgresql":
        s.update({"sequence": f'["{c.digits(9)}","{c.digits(9)}"]', "schema": "public", "table": table,
                  "txId": c.rint(100, 99999), "lsn": int(c.digits(10)), "xmin": None})
    elif conn == "mysql":
        s.update({"table": table, "server_id": c.rint(1, 999999), "gtid": None, "file": f"mysql-bin.{c.rint(1, 999):06d}",
                  "pos": c.rint(4, 99999), "row": 0, "thread": c.rint(1, 90), "query": None})
    else:
        s.update({"schema": "dbo", "table": table, "change_lsn": f"{c.hexs(8)}:{c.hexs(8)}:{c.hexs(4)}",
                  "commit_lsn": f"{c.hexs(8)}:{c.hexs(8)}:{c.hexs(4)}", "event_serial_no": 1})
    return s


def _mutate(c: Ctx, row: dict, table: str) -> dict:
    after = dict(row)
    if table == "customers":
        q = c.person(plain=True)
        if c.chance(0.5):
            after["last_name"] = c.nm(q.family)
        else:
            after["email"] = c.email(q)
    elif table == "employees":
        after["title"] = c.pick(JOB_TITLES)
    elif table == "users":
        after["last_login_ip"] = c.ip()
    elif table == "patients":
        after["mobile"] = c.phone()
    elif table == "payment_methods":
        after["exp_year"] = row["exp_year"] + 3
    elif "status" in row:
        after["status"] = c.pick(STATUSES)
    else:
        for k, v in row.items():
            if isinstance(v, int) and not isinstance(v, bool):
                after[k] = v + c.rint(1, 9)
                break
    return after


def debezium_cdc(c: Ctx, neg: bool) -> Builder:
    """Debezium change events (payload only, with a schema stub, or as console-consumer key/value lines)
    and Maxwell-style row events, for create/update/delete/snapshot operations."""
    conn = c.pick(["postgresql", "mysql", "sqlserver"])
    special = neg and c.chance(0.3)
    if neg:
        table = c.pick(["products", "orders", "regions", "inventory"])
        row = _neg_row(c, table)
    else:
        table = c.pick(["customers", "employees", "patients", "payment_methods", "users"])
        row = _row(c, table)
    op = c.pick(["c", "u", "u", "d", "r"])
    before, after = (None, row) if op in ("c", "r") else ((row, None) if op == "d" else (row, _mutate(c, row, table)))
    v = c.rng.randrange(4)
    if v == 3:
        mx: dict = {"database": c.pick(["crm", "hr", "shop"]), "table": table,
                    "type": {"c": "insert", "r": "bootstrap-insert", "u": "update", "d": "delete"}[op],
                    "ts": _ms(c) // 1000, "xid": c.rint(1000, 9_999_999), "commit": True,
                    "data": after if after is not None else before}
        if op == "u":
            mx["old"] = {k: val for k, val in before.items() if after[k] != val}  # type: ignore[union-attr,index]
        return json_record(mx, compact=True)
    payload: object
    if special:
        payload = c.pick([
            {"ts_ms": _ms(c)},
            {"status": c.pick(["BEGIN", "END"]), "id": f"{c.rint(100, 999)}:{c.digits(8)}", "event_count": None,
             "data_collections": None, "ts_ms": _ms(c)},
            {"source": _source(c, table, conn), "databaseName": "crm",
             "ddl": f"ALTER TABLE customers ADD COLUMN {c.pick(['middle_name', 'preferred_name', 'tax_id'])} VARCHAR(80)",
             "tableChanges": []}])
    else:
        payload = {"before": before, "after": after, "source": _source(c, table, conn), "op": op,
                   "ts_ms": _ms(c), "transaction": None}
    if v == 1 and not special:
        cols = list(row)
        schema = {"type": "struct", "fields": [
            {"type": "struct", "fields": [{"type": "string" if not isinstance(row[k], int) else "int64", "optional": True, "field": k} for k in cols],
             "optional": True, "name": f"{conn}.public.{table}.Value", "field": f}
            for f in ("before", "after")], "optional": False, "name": f"{conn}.public.{table}.Envelope", "version": 1}
        return json_record({"schema": schema, "payload": payload}, compact=True)
    if v == 2:
        b = Builder()
        key = {"id": row.get("id", row.get("emp_id", row.get("code", row.get("sku"))))} if not isinstance(row.get("mrn"), str) else {"mrn": row["mrn"]}
        b.lit(f"Partition:{c.rint(0, 11)}\tOffset:{c.digits(6)}\tKey:")
        emit_json(b, key, compact=True)
        b.lit("\tValue:")
        if neg and c.chance(0.3):
            b.lit("null")
        else:
            emit_json(b, payload, compact=True)
        return b
    return json_record(payload, compact=c.chance(0.6))


# =============================================================================== 11. iso20022_xml
def _party_name(c: Ctx, p: Person, caps: bool) -> str:
    if caps:
        return up(c.pick([p.full() if p.joined else f"{p.family} {p.given}", p.full(), p.comma()]))
    return c.pick([p.full(), p.full(), p.comma()])


def _company(c: Ctx, caps: bool) -> str:
    s = c.pick([*COMPANIES, "HM Revenue & Customs", "Victoria Water Ltd", "Kenya Power & Lighting", "PAYROLL BATCH 12"])
    return s.upper() if caps else s


def _ustrd(c: Ctx, p: Person | None, caps: bool) -> Msg:
    if p is None or c.chance(0.5):
        s = c.pick([f"INV 2026-{c.digits(4)} / PO {c.digits(5)}", f"Rent Dec flat {c.rint(1, 20)}{c.pick('ABCD')}",
                    f"Contract {c.alnum(8).upper()} instalment {c.rint(1, 12)}/12", f"SEPA REF {c.alnum(12).upper()}",
                    f"{c.pick(PROJECT_CODENAMES)} milestone {c.rint(1, 5)}"])
        return Msg(s.upper() if caps else s)
    k = c.rng.randrange(3)
    if k == 0:
        n = f"{p.given[0]} {p.family}" if p.latin else p.full()
        return Msg("SALARY DEC 2026 ", c.nm(up(n)))
    if k == 1:
        return Msg("Reimbursement for ", c.nm(p.given), f" – claim {c.digits(6)}")
    return Msg("Tuition fee Q1 student ", c.nm(up(p.full()) if caps else p.full()))


def _contact(c: Ctx, p: Person) -> X | None:
    kids = []
    if c.chance(0.5):
        kids.append(X("PhneNb", c.phone("iso")))
    if c.chance(0.5):
        kids.append(X("EmailAdr", c.email(p)))
    return X("CtctDtls", kids) if kids else None


def _party(c: Ctx, tag: str, neg: bool, caps: bool, nested_pty: bool = False) -> tuple[X, Person | None]:
    if neg or c.chance(0.25):
        kids = [X("Nm", _company(c, caps))]
        if c.chance(0.5):
            kids.append(X("PstlAdr", [X("TwnNm", c.pick(CITIES)), X("Ctry", c.pick(["GB", "KE", "AU", "DE", "TR"]))]))
        p = None
    else:
        p = c.person()
        kids = [X("Nm", c.nm(_party_name(c, p, caps)))]
        if c.chance(0.4):
            kids.append(X("PstlAdr", [X("TwnNm", c.pick(CITIES)), X("Ctry", c.pick(["NZ", "KE", "UZ", "GE", "PH"]))]))
        ct = _contact(c, p)
        if ct is not None:
            kids.append(ct)
    if nested_pty:
        return X(tag, [X("Pty", kids)]), p
    return X(tag, kids), p


def _acct(c: Ctx, tag: str) -> X:
    return X(tag, [X("Id", [X("IBAN", V.iban(c.rng))])])


def _agent(c: Ctx, tag: str) -> X:
    return X(tag, [X("FinInstnId", [X("BICFI", V.bic(c.rng))])])


def _cdt_tx(c: Ctx, neg: bool, caps: bool) -> tuple[X, list[Person | None]]:
    cdtr, p = _party(c, "Cdtr", neg, caps)
    kids = [X("PmtId", [X("InstrId", c.alnum(12).upper()), X("EndToEndId", c.alnum(16).upper())]),
            X("Amt", [X("InstdAmt", f"{c.rng.uniform(10, 90000):.2f}", {"Ccy": c.pick(["EUR", "GBP", "KES", "NZD", "CHF"])})]),
            _agent(c, "CdtrAgt"), cdtr, _acct(c, "CdtrAcct")]
    people: list[Person | None] = [p]
    if not neg and c.chance(0.2):
        u, q = _party(c, "UltmtCdtr", False, caps)
        kids.append(u)
        people.append(q)
    elif neg and c.chance(0.3):
        kids.append(X("UltmtCdtr", [X("Nm", "NOTPROVIDED")]))
    kids.append(X("RmtInf", [X("Ustrd", _ustrd(c, None if neg else (p or c.person()), caps))]))
    return X("CdtTrfTxInf", kids), people


def iso20022_xml(c: Ctx, neg: bool) -> Builder:
    """ISO 20022 fragments: pain.001 transactions and payment blocks, full pain.001 documents, camt.053 entries
    and one-line pacs.008 transactions (upper-case names)."""
    v = c.rng.randrange(5)
    caps = v == 4 or c.chance(0.15)
    indent: str | None = None if v == 4 else c.pick(["  ", "    ", "\t"])
    if v == 0:
        node, _ = _cdt_tx(c, neg, caps)
    elif v in (1, 2):
        dbtr, _ = _party(c, "Dbtr", neg, caps)
        tx, _ = _cdt_tx(c, neg, caps)
        pmt = X("PmtInf", [X("PmtInfId", c.alnum(14).upper()), X("PmtMtd", "TRF"), X("NbOfTxs", "1"),
                           X("ReqdExctnDt", [X("Dt", c.dt().strftime("%Y-%m-%d"))]), dbtr, _acct(c, "DbtrAcct"),
                           _agent(c, "DbtrAgt"), X("ChrgBr", "SLEV"), tx])
        if v == 1:
            node = pmt
        else:
            grp = X("GrpHdr", [X("MsgId", c.alnum(16).upper()), X("CreDtTm", c.iso(frac=0, z=False)), X("NbOfTxs", "1"),
                               X("CtrlSum", f"{c.rng.uniform(10, 90000):.2f}"), X("InitgPty", [X("Nm", _company(c, caps))])])
            node = X("Document", [X("CstmrCdtTrfInitn", [grp, pmt])],
                     {"xmlns": "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"})
    elif v == 3:
        dbtr, p = _party(c, "Dbtr", neg, caps, nested_pty=True)
        cdtr, _ = _party(c, "Cdtr", True, caps, nested_pty=True)
        node = X("Ntry", [X("NtryRef", c.alnum(10).upper()), X("Amt", f"{c.rng.uniform(10, 9000):.2f}", {"Ccy": c.pick(["EUR", "GBP", "NZD"])}),
                          X("CdtDbtInd", "CRDT"), X("Sts", [X("Cd", "BOOK")]), X("BookgDt", [X("Dt", c.dt().strftime("%Y-%m-%d"))]),
                          X("BkTxCd", [X("Domn", [X("Cd", "PMNT"), X("Fmly", [X("Cd", "RCDT"), X("SubFmlyCd", "ESCT")])])]),
                          X("NtryDtls", [X("TxDtls", [X("Refs", [X("EndToEndId", c.alnum(16).upper())]),
                                                      X("RltdPties", [dbtr, _acct(c, "DbtrAcct"), cdtr]),
                                                      X("RmtInf", [X("Ustrd", _ustrd(c, None if neg else (p or c.person()), caps))])])])])
    else:
        ud, _ = _party(c, "UltmtDbtr", neg, True)
        dbtr, _ = _party(c, "Dbtr", neg, True)
        tx, _ = _cdt_tx(c, neg, True)
        tx.body.insert(2, X("ChrgBr", "SHAR"))
        tx.body.insert(3, ud)
        tx.body.insert(4, dbtr)
        tx.body.insert(5, _acct(c, "DbtrAcct"))
        node = tx
    b = Builder(kind="xml")
    if c.chance(0.25):
        b.kind = None
        what = {0: "outbound pain.001 fragment", 1: "outbound pain.001 payment block", 2: "pain.001 document queued",
                3: "parsed camt.053 entry", 4: "pacs.008 to clearing"}[v]
        b.lit(f"{c.iso()} INFO  [{c.pick(['swift-gw', 'payments-out', 'camt-import'])}] {what}:\n")
    emit_xml(b, node, indent)
    return b


# =============================================================================== 12. powershell_ad
_DC = "DC=corp,DC=contoso,DC=com"
_OUS = ["Users", "Staff", "Finance", "Contractors", "Field Ops"]


def _kv_block(b: Builder, rows: list[tuple[str, object]]) -> None:
    w = max(len(k) for k, _ in rows)
    for i, (k, val) in enumerate(rows):
        b.lit(("\n" if i else "") + k.ljust(w) + " : ")
        if val not in (None, ""):
            b.add(val)  # type: ignore[arg-type]


def _sid(c: Ctx) -> str:
    return f"S-1-5-21-{c.digits(10)}-{c.digits(10)}-{c.digits(10)}-{c.rint(1000, 99999)}"


def _aduser_rows(c: Ctx, p: Person, props: bool) -> list[tuple[str, object]]:
    acct = c.acct(p) if p.latin else f"u{c.digits(6)}"
    a = L(acct, "NAME") if p.latin else acct
    ou, city = c.pick(_OUS), c.pick(CITIES)
    rows: list[tuple[str, object]] = [
        ("DistinguishedName", Msg("CN=", c.nm(p.full()), f",OU={ou},OU={city},{_DC}")),
        ("Enabled", c.pick(["True", "False"])), ("GivenName", c.nm(p.given)), ("Name", c.nm(p.full())),
        ("ObjectClass", "user"), ("ObjectGUID", c.uuid()), ("SamAccountName", a), ("SID", _sid(c)),
        ("Surname", c.nm(p.family)),
        ("UserPrincipalName", L(f"{acct}@corp.contoso.com", "EMAIL"))]
    if props:
        extra: list[tuple[str, object]] = [("Title", c.pick(JOB_TITLES)), ("Department", c.pick(["Finance", "Rooms Division", "IT Operations", "Sales"]))]
        if c.chance(0.6):
            extra.append(("EmailAddress", c.email(p, "contoso.com")))
        if c.chance(0.5):
            extra.append(("OfficePhone", c.phone(c.pick(["intl", "national"]))))
        if c.chance(0.4):
            extra.append(("MobilePhone", c.phone(c.pick(["intl", "e164"]))))
        if c.chance(0.4):
            m = c.person()
            extra.append(("Manager", Msg("CN=", c.nm(m.full()), f",OU={c.pick(_OUS)},{_DC}")))
        extra.append(("LastLogonDate", c.dt().strftime("%-m/%-d/%Y %-I:%M:%S %p")))
        rows = sorted(rows + extra, key=lambda r: r[0].lower())
    return rows


_NEG_CMDLETS = ["Get-ADComputer", "Get-ADGroup", "Get-ADServiceAccount", "Get-ADUser"]


def _neg_block(c: Ctx, k: int) -> list[tuple[str, object]]:
    """Key : value block for a computer (0), group (1), service account (2) or built-in account (3)."""
    city = c.pick(CITIES)
    if k == 0:
        host = f"WS-{c.rint(100, 9999):04d}"
        return [("DistinguishedName", f"CN={host},OU=Workstations,OU={city},{_DC}"), ("DNSHostName", f"{host.lower()}.corp.contoso.com"),
                ("Enabled", "True"), ("Name", host), ("ObjectClass", "computer"), ("ObjectGUID", c.uuid()),
                ("SamAccountName", host + "$"), ("SID", _sid(c)), ("UserPrincipalName", "")]
    if k == 1:
        g = c.pick(["Finance Approvers", f"{c.pick(PLACES_NAMELIKE)} Office", "Jenkins Admins", "Night Audit", "HR Business Partners"])
        return [("DistinguishedName", f"CN={g},OU=Groups,{_DC}"), ("GroupCategory", "Security"), ("GroupScope", c.pick(["Global", "Universal"])),
                ("Name", g), ("ObjectClass", "group"), ("ObjectGUID", c.uuid()), ("SamAccountName", g), ("SID", _sid(c))]
    if k == 2:
        s = c.pick(["svc_sql01", "svc_backup", "svc-okta-sync", "gmsa_jenkins"])
        return [("DistinguishedName", f"CN={s},CN=Managed Service Accounts,{_DC}"), ("Enabled", "True"), ("Name", s),
                ("ObjectClass", "msDS-GroupManagedServiceAccount"), ("ObjectGUID", c.uuid()), ("SamAccountName", s + "$"), ("SID", _sid(c))]
    s = c.pick(["krbtgt", "Guest", "DefaultAccount", "svc_backup", "WDAGUtilityAccount", "healthcheck"])
    return [("DistinguishedName", f"CN={s},CN=Users,{_DC}"), ("Enabled", "False"), ("GivenName", ""), ("Name", s),
            ("ObjectClass", "user"), ("ObjectGUID", c.uuid()), ("SamAccountName", s), ("SID", _sid(c)), ("Surname", ""),
            ("UserPrincipalName", "")]


def _transcript_header(c: Ctx, b: Builder, user: object, host: str, home: object) -> str:
    """Write the transcript banner; return the matching end-time stamp."""
    d = c.dt()
    b.lit("**********************\nWindows PowerShell transcript start\n" + f"Start time: {d.strftime('%Y%m%d%H%M%S')}\nUsername: ")
    b.add(user)  # type: ignore[arg-type]
    b.lit("\nRunAs User: ")
    b.add(user)  # type: ignore[arg-type]
    b.lit(f"\nConfiguration Name: \nMachine: {host} (Microsoft Windows NT 10.0.{c.pick(['19045', '22631', '20348'])}.0)\n"
          "Host Application: C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe\n"
          f"Process ID: {c.rint(1000, 20000)}\nPSVersion: 5.1.19041.{c.rint(1000, 5000)}\nPSEdition: Desktop\n"
          "BuildVersion: 10.0.19041.3570\nCLRVersion: 4.0.30319.42000\nWSManStackVersion: 3.0\n"
          "PSRemotingProtocolVersion: 2.3\n**********************\nTranscript started, output file is ")
    b.add(home)  # type: ignore[arg-type]
    b.lit(f"\\Documents\\PowerShell_transcript.{host}.{c.alnum(8)}.{d.strftime('%Y%m%d%H%M%S')}.txt\n")
    return (d + timedelta(seconds=c.rint(20, 3600))).strftime("%Y%m%d%H%M%S")


def _table(b: Builder, header: list[str], rows: list[list[object]]) -> None:
    widths = [max([len(h)] + [len(plain(r[i])) for r in rows]) for i, h in enumerate(header)]  # type: ignore[arg-type]
    b.lit(" ".join(h.ljust(w) for h, w in zip(header, widths)).rstrip() + "\n")
    b.lit(" ".join(("-" * len(h)).ljust(w) for h, w in zip(header, widths)).rstrip())
    for r in rows:
        b.lit("\n")
        for i, (cell, w) in enumerate(zip(r, widths)):
            if i:
                b.lit(" ")
            b.add(cell)  # type: ignore[arg-type]
            if i < len(r) - 1:
                b.lit(" " * (w - len(plain(cell))))  # type: ignore[arg-type]


def powershell_ad(c: Ctx, neg: bool) -> Builder:
    """Get-ADUser / Get-ADComputer / Get-ADGroup key : value blocks, Format-Table output and
    PowerShell transcripts with AD cmdlets."""
    v = c.rng.randrange(4)
    b = Builder()
    host = f"{c.pick(['WS', 'ADM', 'JUMP'])}-{c.rint(100, 9999):04d}"
    if v == 0:
        k = c.rng.randrange(4)
        if c.chance(0.4):
            b.lit(f"PS C:\\> {_NEG_CMDLETS[k] if neg else 'Get-ADUser'} -Identity ")
            b.lit(f"{c.pick(['$id', '$target', '$u'])}" + (" -Properties *" if c.chance(0.5) else "") + "\n\n")
        if neg:
            _kv_block(b, _neg_block(c, k))
        else:
            _kv_block(b, _aduser_rows(c, c.person(), c.chance(0.5)))
        return b
    if v == 1:
        if neg:
            b.lit("PS C:\\> Get-ADGroupMember -Identity 'Service Accounts' | Select-Object Name,SamAccountName,objectClass\n\n")
            rows = [[s, s + c.pick(["", "$"]), c.pick(["user", "msDS-GroupManagedServiceAccount", "computer"])]
                    for s in c.rng.sample(SERVICE_ACCOUNTS, c.rint(2, 4))]
            _table(b, ["Name", "SamAccountName", "objectClass"], rows)  # type: ignore[arg-type]
            return b
        b.lit(c.pick(["PS C:\\> Search-ADAccount -LockedOut | Select-Object Name,SamAccountName,Enabled\n\n",
                      "PS C:\\> Get-ADUser -Filter * -SearchBase 'OU=Staff,DC=corp,DC=contoso,DC=com' | ft Name,SamAccountName,Enabled\n\n"]))
        rows = []
        for _ in range(c.rint(1, 3)):
            p = c.person(latin=True)
            rows.append([c.nm(p.full()), L(c.acct(p), "NAME"), c.pick(["True", "False"])])
        if c.chance(0.5):
            rows.append([c.pick(["svc_backup", "Guest", "krbtgt"]), c.pick(["svc_backup", "Guest", "krbtgt"]), "False"])
        _table(b, ["Name", "SamAccountName", "Enabled"], rows)
        return b
    if neg:
        user = c.pick(["NT AUTHORITY\\SYSTEM", "CORP\\svc_backup", "CORP\\gmsa_jenkins$", "WORKGROUP\\Administrator"])
        home = "C:\\Windows\\system32\\config\\systemprofile" if "SYSTEM" in user else f"C:\\Users\\{user.split(chr(92))[1]}"
        end = _transcript_header(c, b, user, host, home)
        prompt = home
        cmds = c.rng.sample([
            "Get-Service | Where-Object Status -eq 'Running' | Measure-Object",
            f"Restart-Service -Name '{c.pick(['Jenkins', 'Cassandra', 'W3SVC'])}'",
            f"Get-ADGroupMember -Identity '{c.pick(PLACES_NAMELIKE)} Office' | Measure-Object",
            f"Install-Module -Name Az -RequiredVersion {c.pick(['11.1.0', '12.0.0'])}",
            "Get-ChildItem C:\\Logs -Recurse -Filter *.log | Where-Object LastWriteTime -lt (Get-Date).AddDays(-30) | Remove-Item",
            f"Set-ADUser -Identity svc_backup -Description '{c.pick(STATUSES)} – rotated {c.dt().strftime('%Y-%m-%d')}'",
            "Get-ADComputer -Filter 'OperatingSystem -like \"*Server*\"' | Select-Object -First 5 Name"], 2)
        for cmd in cmds:
            b.lit(f"PS {prompt}> {cmd}\n")
        b.lit("**********************\nWindows PowerShell transcript end\nEnd time: " + end + "\n**********************")
        return b
    me = c.person(latin=True)
    my = c.acct(me)
    end = _transcript_header(c, b, Msg("CORP\\", L(my, "NAME")), host, Msg("C:\\Users\\", L(my, "NAME")))
    t = c.person()
    tacct = c.acct(t) if t.latin else f"u{c.digits(6)}"
    ta: object = L(tacct, "NAME") if t.latin else tacct
    prompt = Msg("PS C:\\Users\\", L(my, "NAME"), "> ")
    k = c.rng.randrange(4)
    if k == 0:
        b.add(prompt, "Set-ADUser -Identity ", ta, ' -MobilePhone "', c.phone(c.pick(["intl", "e164"])), f'" -Title "{c.pick(JOB_TITLES)}"\n')
    elif k == 1:
        b.add(prompt, 'New-ADUser -Name "', c.nm(t.full()), '" -GivenName "', c.nm(t.given), '" -Surname "', c.nm(t.family),
              '" -SamAccountName "', ta, '" -UserPrincipalName "', L(f"{tacct}@corp.contoso.com", "EMAIL"),
              f'" -Path "OU={c.pick(_OUS)},OU={c.pick(CITIES)},{_DC}" -Enabled $true\n')
    elif k == 2:
        b.add(prompt, "Unlock-ADAccount -Identity ", ta, "\n", prompt,
              f"Add-ADGroupMember -Identity '{c.pick(['Finance Approvers', 'VPN Users', 'Jenkins Admins'])}' -Members ", ta, "\n")
    else:
        b.add(prompt, "Get-ADUser -Filter \"Surname -eq '", c.nm(t.family), "'\" -Properties EmailAddress | Select-Object Name,EmailAddress\n\n")
        _table(b, ["Name", "EmailAddress"], [[c.nm(t.full()), c.email(t, "contoso.com")]])
        b.lit("\n\n")
    b.lit("**********************\nWindows PowerShell transcript end\nEnd time: " + end + "\n**********************")
    return b
