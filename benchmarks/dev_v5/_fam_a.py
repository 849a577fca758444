"""Families 1-6: job queues, MySQL logs, proxies, network IDS, SAP, pharmacy."""

from __future__ import annotations

from _build import JS, C, E, I, N, P, Rec, S
from _ctx import Ctx
from _lookalikes import (
    COMPANIES,
    NON_ENGLISH_UI,
    PLACES_LIKE_NAMES,
    PRODUCTS_LIKE_NAMES,
    SERVICE_ACCOUNTS,
    STATUSES,
    TITLE_CASE_UI,
)

# =============================================================================== 1. job queues
_TASKS = ["notifications.tasks.send_welcome_email", "billing.tasks.charge_invoice", "crm.tasks.sync_contact",
          "accounts.tasks.send_password_reset", "reports.tasks.export_user_data", "sms.tasks.send_otp"]


def _celery_ts(c: Ctx) -> str:
    return c.ts("%Y-%m-%d %H:%M:%S,") + c.ms()


def jq_celery_received(c: Ctx) -> Rec:
    p = c.person()
    worker = c.pick(["MainProcess", "ForkPoolWorker-3", "ForkPoolWorker-11"])
    r = Rec().add(f"[{_celery_ts(c)}: INFO/{worker}] Task {c.pick(_TASKS)}[{c.uuid()}] received")
    if c.p(0.6):
        r.add(f"\n[{_celery_ts(c)}: DEBUG/MainProcess] TaskPool: Apply <function _trace_task_ret at 0x7f{c.hex(10)}> "
              "(args:(", "'", E(p.email(c.r)), "', '", N(p.full()), "'), kwargs:{'locale': '",
              c.pick(["en_GB", "de_DE", "fr_FR", "ja_JP"]), "'})")
    else:
        r.add(f" args=({c.num(1000, 99999)}, '", E(p.email(c.r)), "') kwargs={'full_name': '", N(c.any_form(p)),
              "', 'phone': '", P(c.phone()), "'}")
    return r


def jq_celery_failed(c: Ctx) -> Rec:
    p = c.person(latin_only=True)
    r = Rec().add(f"[{_celery_ts(c)}: ERROR/ForkPoolWorker-{c.num(1, 16)}] Task billing.tasks.charge_invoice"
                  f"[{c.uuid()}] raised unexpected: ")
    k = c.r.random()
    if k < 0.4:
        r.add("CardError('Your card was declined.', 'card ", C(c.card()), " for ", N(p.full()), "')")
    elif k < 0.7:
        r.add("ValidationError(\"Customer '", N(p.lf()), "' has no default payment method\")\nTraceback (most recent "
              "call last):\n  File \"/app/billing/tasks.py\", line ", str(c.num(20, 300)), ", in charge_invoice\n"
              "    customer = Customer.objects.get(email=\"", E(p.email(c.r)), "\")\nbilling.models.Customer.DoesNotExist")
    else:
        r.add("SMTPRecipientsRefused({'", E(p.email(c.r)), "': (550, b'5.1.1 <", E(p.email(c.r, "example.org")),
              ">: Recipient address rejected: User unknown')})")
    return r


def jq_celery_succeeded(c: Ctx) -> Rec:
    p = c.person()
    return Rec().add(f"[{_celery_ts(c)}: INFO/ForkPoolWorker-{c.num(1, 16)}] Task crm.tasks.sync_contact"
                     f"[{c.uuid()}] succeeded in {c.r.uniform(0.01, 9):.6f}s: {{'id': {c.num(100, 99999)}, "
                     "'name': '", N(c.any_form(p)), "', 'mobile': '", P(c.phone()), "', 'status': 'synced'}")


def jq_sidekiq_text(c: Ctx) -> Rec:
    p = c.person()
    tid = c.hex(4)
    jid = c.hex(24)
    cls = c.pick(["WelcomeMailerJob", "SmsReminderJob", "AccountExportJob", "Stripe::ChargeJob"])
    r = Rec().add(f"{c.iso()} pid={c.num(100, 9999)} tid={tid} class={cls} jid={jid} INFO: start\n")
    c.tick()
    r.add(f"{c.iso()} pid={c.num(100, 9999)} tid={tid} class={cls} jid={jid} WARN: ")
    r.js({"context": "Job raised exception",
          "job": {"retry": True, "queue": "default", "class": cls,
                  "args": [c.num(100, 99999), (p.email(c.r), "EMAIL"), JS("Dear ", N(p.full().split()[0] if p.latin else p.full()), ",")]
                  if c.p(0.5) else [(c.phone(), "PHONE"), JS("Hi ", N(p.full()), ", your appointment is tomorrow")],
                  "jid": jid, "created_at": round(c.r.uniform(1.7e9, 1.8e9), 3)}})
    return r


def jq_sidekiq_json(c: Ctx) -> Rec:
    p = c.person()
    obj = {"ts": c.iso(), "pid": c.num(100, 9999), "tid": c.hex(4), "lvl": "ERROR",
           "msg": JS("undefined method `deliver_later' for nil:NilClass (user ", N(p.acct(c.r)), ")"),
           "ctx": {"class": "Users::GdprExportJob", "jid": c.hex(24), "args": [(p.email(c.r), "EMAIL")],
                   "client_ip": (c.ip(), "IP_ADDRESS")}}
    return Rec("json").js(obj)


def jq_rq(c: Ctx) -> Rec:
    p = c.person()
    t = c.ts("%H:%M:%S")
    q = c.pick(["default", "high", "emails", "exports"])
    jid = c.uuid()
    r = Rec().add(f"{t} {q}: app.jobs.export_user(user_id={c.num(10, 99999)}, email='", E(p.email(c.r)),
                  "', display_name='", N(c.any_form(p)), f"') ({jid})\n")
    if c.p(0.5):
        r.add(f"{t} {q}: Job OK ({jid})")
    else:
        r.add(f"{t} [Job {jid}]: exception raised while executing (app.jobs.export_user)\nTraceback (most recent call "
              "last):\n  File \"/srv/app/jobs.py\", line 88, in export_user\n    raise ExportError(f\"no archive for "
              "{display_name}\")\napp.errors.ExportError: no archive for ", N(p.full()))
    return r


def jq_neg(c: Ctx) -> Rec:
    k = c.r.random()
    if k < 0.25:
        return Rec().add(f"[{_celery_ts(c)}: INFO/Beat] Scheduler: Sending due task {c.pick(['cleanup-expired-sessions', 'refresh-fx-rates', 'rebuild-search-index'])} "
                         f"({c.pick(['sessions.tasks.cleanup', 'fx.tasks.refresh', 'search.tasks.rebuild'])})")
    if k < 0.45:
        cls = c.pick(["JenkinsSyncJob", "CassandraCompactionJob", "Victoria::WarehouseImportJob", "AlexaSkillRefreshJob"])
        return Rec().add(f"{c.iso()} pid={c.num(100, 9999)} tid={c.hex(4)} class={cls} jid={c.hex(24)} "
                         f"elapsed={c.r.uniform(0, 30):.3f} INFO: done")
    if k < 0.65:
        return Rec().add(f"[{_celery_ts(c)}: INFO/ForkPoolWorker-{c.num(1, 16)}] Task catalog.tasks.reprice"
                         f"[{c.uuid()}] succeeded in {c.r.uniform(0.01, 9):.6f}s: {{'sku': 'SKU-{c.num(1000, 99999)}', "
                         f"'title': '{c.pick(PRODUCTS_LIKE_NAMES)}', 'status': '{c.pick(STATUSES)}'}}")
    if k < 0.8:
        return Rec().add(f"{c.ts('%H:%M:%S')} default: app.jobs.notify(template='{c.pick(TITLE_CASE_UI)}', "
                         f"locale='fr', subject='{c.pick(NON_ENGLISH_UI)}') ({c.uuid()})")
    return Rec("json").js({"ts": c.iso(), "pid": c.num(100, 9999), "tid": c.hex(4), "lvl": "INFO",
                           "msg": "Running in ruby 3.3.4 +YJIT [x86_64-linux]", "ctx": {"queues": ["default", "mailers"],
                           "concurrency": 10, "user": c.pick(SERVICE_ACCOUNTS)}})


# ============================================================================== 2. MySQL logs
def _mysql_ts(c: Ctx) -> str:
    return c.ts("%Y-%m-%dT%H:%M:%S.") + f"{c.when.microsecond:06d}Z"


def my_general_insert(c: Ctx) -> Rec:
    p = c.person()
    tid = c.num(5, 900)
    r = Rec().add(f"{_mysql_ts(c)}\t{tid:>5} Query\t")
    if c.p(0.5):
        r.add("INSERT INTO customers (first_name, last_name, email, phone, created_at) VALUES ('", N(p.given), "', '",
              N(p.family), "', '", E(p.email(c.r)), "', '", P(c.phone()), "', NOW())")
    else:
        r.add("UPDATE `employees` SET `display_name` = '", N(c.any_form(p)), "', `ssn` = '", S(c.ssn("-")),
              f"', `updated_by` = 'hr_app' WHERE `id` = {c.num(1, 99999)}")
    return r


def my_general_connect(c: Ctx) -> Rec:
    p = c.person()
    ip = c.ip(0.0)
    tid = c.num(5, 900)
    acct = p.acct(c.r)
    r = Rec().add(f"{_mysql_ts(c)}\t{tid:>5} Connect\t", N(acct), "@", I(ip), f" on {c.pick(['crm', 'hr', 'billing'])} using TCP/IP\n")
    r.add(f"{_mysql_ts(c)}\t{tid:>5} Query\tSELECT id, email FROM users WHERE email LIKE '", E(p.email(c.r)), "'")
    return r


def my_error_denied(c: Ctx) -> Rec:
    p = c.person()
    return Rec().add(f"{_mysql_ts(c)} {c.num(5, 900)} [Note] [MY-010926] [Server] Access denied for user '",
                     N(p.acct(c.r)), "'@'", I(c.ip(0.15)), f"' (using password: {c.pick(['YES', 'NO'])})")


def my_binlog(c: Ctx) -> Rec:
    p = c.person()
    rid = c.num(100, 99999)
    pos = c.num(1000, 9999999)
    rows = [f"# at {pos}", f"#{c.ts('%y%m%d %H:%M:%S')} server id 1  end_log_pos {pos + 311} CRC32 0x{c.hex(8)} "
            f"\tUpdate_rows: table id {c.num(80, 400)} flags: STMT_END_F"]
    r = Rec().add("\n".join(rows) + "\n### UPDATE `crm`.`contacts`\n### WHERE\n###   @1=" + str(rid) + "\n###   @2='")
    r.add(N(p.given), "'\n###   @3='", N(p.family), "'\n###   @4='", E(p.email(c.r)), "'\n### SET\n###   @1=", str(rid),
          "\n###   @2='", N(p.given), "'\n###   @3='", N(p.family), "'\n###   @4='", E(p.email(c.r)), "'\n###   @5='",
          P(c.phone()), "'")
    return r


def my_slow(c: Ctx) -> Rec:
    p = c.person()
    acct = p.acct(c.r)
    ip = c.ip(0.0)
    r = Rec().add(f"# Time: {_mysql_ts(c)}\n# User@Host: ", N(acct), "[", N(acct), "] @  [", I(ip), f"]  Id: {c.num(5, 900)}\n"
                  f"# Query_time: {c.r.uniform(1, 30):.6f}  Lock_time: 0.000{c.num(100, 999)} Rows_sent: 1  "
                  f"Rows_examined: {c.num(10000, 900000)}\nSET timestamp={c.num(1700000000, 1790000000)};\n")
    if c.p(0.5):
        r.add("SELECT * FROM patients WHERE last_name = '", N(p.family), "' AND first_name = '", N(p.given), "';")
    else:
        r.add("SELECT o.* FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.email = '", E(p.email(c.r)), "';")
    return r


def my_neg(c: Ctx) -> Rec:
    k = c.r.random()
    tid = c.num(5, 900)
    if k < 0.25:
        return Rec().add(f"{_mysql_ts(c)}\t{tid:>5} Connect\t{c.pick(SERVICE_ACCOUNTS)}@localhost on inventory using Socket\n"
                         f"{_mysql_ts(c)}\t{tid:>5} Query\tSELECT sku, title FROM products WHERE title = "
                         f"'{c.pick(PRODUCTS_LIKE_NAMES)}'")
    if k < 0.45:
        return Rec().add(f"{_mysql_ts(c)}\t{tid:>5} Query\tUPDATE stores SET city = '{c.pick(PLACES_LIKE_NAMES)}', "
                         f"status = '{c.pick(STATUSES)}' WHERE store_id = {c.num(1, 999)}")
    if k < 0.65:
        return Rec().add(f"### INSERT INTO `crm`.`companies`\n### SET\n###   @1={c.num(1, 9999)}\n###   @2='"
                         f"{c.pick(COMPANIES)}'\n###   @3='{c.pick(STATUSES)}'")
    if k < 0.8:
        return Rec().add(f"# Time: {_mysql_ts(c)}\n# User@Host: {c.pick(SERVICE_ACCOUNTS)}[app] @ localhost []  Id: {tid}\n"
                         f"# Query_time: {c.r.uniform(1, 30):.6f}  Lock_time: 0.000100 Rows_sent: 0  Rows_examined: "
                         f"{c.num(10000, 900000)}\nSELECT COUNT(*) FROM audit_events WHERE created_at < NOW() - INTERVAL 90 DAY;")
    return Rec().add(f"{_mysql_ts(c)} 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. "
                     f"Version: '8.0.{c.num(30, 40)}'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.")


# ============================================================================ 3. HTTP proxies
def px_haproxy(c: Ctx) -> Rec:
    p = c.person()
    ip = c.ip(0.1)
    r = Rec().add(f"{c.ts('%b %d %H:%M:%S')} lb{c.num(1, 4)} haproxy[{c.num(100, 9999)}]: ", I(ip),
                  f":{c.port()} [{c.ts('%d/%b/%Y:%H:%M:%S')}.{c.ms()}] fe_https~ be_app/app{c.num(1, 9)} "
                  f"0/0/{c.num(0, 5)}/{c.num(5, 400)}/{c.num(5, 500)} {c.pick([200, 302, 401, 403])} {c.num(200, 90000)} - - ---- "
                  f"{c.num(1, 90)}/{c.num(1, 90)}/2/1/0 0/0 {{")
    k = c.r.random()
    if k < 0.4:
        r.add("Mozilla/5.0|", E(p.email(c.r)), "} ")
    elif k < 0.7:
        r.add(N(p.acct(c.r)), "|", I(c.ip(0.0)), "} ")
    else:
        r.add("|", I(c.ip(0.0)), ", ", I(c.ip(0.0)), "} ")
    if c.p(0.5):
        r.add('"GET /api/v2/password-reset?email=', E(p.email(c.r)), ' HTTP/1.1"')
    else:
        r.add('"POST /api/v2/session HTTP/2.0"')
    return r


def px_squid(c: Ctx) -> Rec:
    p = c.person()
    user = [N(p.acct(c.r))] if c.p(0.6) else (["CORP\\", N(p.acct(c.r))] if c.p(0.5) else [E(p.email(c.r, "corp.example.com"))])
    dest = c.pick(["login.microsoftonline.com:443", "www.example.net:443", "updates.example.org:443"])
    return Rec().add(f"{c.epoch()[:-3]} {c.num(3, 9000):>6} ", I(c.ip(0.05)),
                     f" {c.pick(['TCP_TUNNEL/200', 'TCP_MISS/200', 'TCP_DENIED/403', 'TCP_DENIED/407'])} {c.num(200, 90000)} "
                     f"CONNECT {dest} ", *user, " HIER_DIRECT/", I(c.ip(0.0)), " -")


def px_traefik(c: Ctx) -> Rec:
    p = c.person()
    ip = c.ip(0.15)
    obj = {"ClientAddr": JS(I(ip), f":{c.port()}") if ":" not in ip else JS("[", I(ip), f"]:{c.port()}"),
           "ClientHost": (ip, "IP_ADDRESS"), "ClientUsername": (p.acct(c.r), "NAME") if c.p(0.6) else "-",
           "DownstreamStatus": c.pick([200, 204, 401, 500]), "Duration": c.num(10000, 900000000),
           "RequestMethod": "GET", "RequestPath": JS("/v1/users/lookup?phone=", P(c.phone("US").replace(" ", "").replace("(", "").replace(")", ""))),
           "RequestProtocol": "HTTP/1.1", "RouterName": "users@docker", "ServiceName": "users@docker",
           "request_X-Forwarded-For": (c.ip(0.0), "IP_ADDRESS"), "level": "info", "msg": "", "time": c.iso(0)}
    return Rec("json").js(obj)


def px_squid_ntlm_denied(c: Ctx) -> Rec:
    p = c.person()
    return Rec().add(f"{c.ts('%Y/%m/%d %H:%M:%S')} kid1| ERROR: NTLM Authentication validating user. Result: "
                     "{result=BH, notes={message: NT_STATUS_WRONG_PASSWORD NT_STATUS_WRONG_PASSWORD; }}\n",
                     f"{c.ts('%Y/%m/%d %H:%M:%S')} kid1| ntlm_auth: user '", "CORP\\", N(p.acct(c.r)), "' (",
                     N(p.full()), ") from ", I(c.ip(0.0)), " locked out after 5 attempts")


def px_neg(c: Ctx) -> Rec:
    k = c.r.random()
    if k < 0.3:
        return Rec().add(f"{c.ts('%b %d %H:%M:%S')} lb{c.num(1, 4)} haproxy[{c.num(100, 9999)}]: Server be_search/"
                         f"{c.pick(['cassandra-2', 'victoria-metrics', 'jenkins-agent', 'hudson'])} is DOWN, reason: Layer4 "
                         f"timeout, check duration: 2001ms. 0 active and 1 backup servers left.")
    if k < 0.5:
        return Rec().add(f"{c.ts('%b %d %H:%M:%S')} lb1 haproxy[{c.num(100, 9999)}]: unix:1 [{c.ts('%d/%b/%Y:%H:%M:%S')}.{c.ms()}] "
                         f"stats stats/<STATS> 0/0/0/0/0 200 {c.num(1000, 9000)} - - LR-- 1/1/0/0/0 0/0 \"GET /stats;csv HTTP/1.1\"")
    if k < 0.75:
        return Rec().add(f"{c.epoch()[:-3]} {c.num(3, 9000):>6} ws-{c.num(100, 999)}.corp.example TCP_MISS/200 {c.num(200, 90000)} "
                         f"GET http://repo.example.org/debian/dists/bookworm/InRelease {c.pick(SERVICE_ACCOUNTS)} HIER_DIRECT/repo.example.org -")
    return Rec("json").js({"ClientHost": "ws-0412.corp.example", "ClientUsername": c.pick(SERVICE_ACCOUNTS),
                           "DownstreamStatus": 200, "RequestPath": f"/catalog?q={c.pick(PRODUCTS_LIKE_NAMES).replace(' ', '+')}",
                           "RouterName": "shop@file", "level": "info", "msg": "", "time": c.iso(0)})


# ================================================================================ 4. network IDS
def ids_suricata_http(c: Ctx) -> Rec:
    p = c.person()
    src, dst = c.ip(0.1), c.ip(0.0)
    obj = {"timestamp": c.ts("%Y-%m-%dT%H:%M:%S.") + f"{c.when.microsecond:06d}+0000", "flow_id": c.num(10**14, 10**15 - 1),
           "in_iface": "eth1", "event_type": "alert", "src_ip": (src, "IP_ADDRESS"), "src_port": c.port(),
           "dest_ip": (dst, "IP_ADDRESS"), "dest_port": 80, "proto": "TCP",
           "alert": {"action": "allowed", "gid": 1, "signature_id": c.num(2000000, 2099999), "rev": c.num(1, 9),
                     "signature": "ET POLICY Cleartext Credentials in HTTP GET", "category": "Potential Corporate Privacy Violation",
                     "severity": 2},
           "http": {"hostname": "intranet.example.com",
                    "url": JS("/login.php?user=", N(p.acct(c.r)), "&mail=", E(p.email(c.r))),
                    "http_user_agent": "curl/8.5.0", "http_method": "GET", "status": 200, "length": c.num(100, 9000)}}
    return Rec("json").js(obj, indent=2 if c.p(0.2) else None)


def ids_suricata_smtp(c: Ctx) -> Rec:
    p, q = c.person(latin_only=True), c.person()
    fe, te = p.email(c.r), q.email(c.r)
    obj = {"timestamp": c.ts("%Y-%m-%dT%H:%M:%S.") + f"{c.when.microsecond:06d}+0000", "event_type": "smtp",
           "src_ip": (c.ip(0.0), "IP_ADDRESS"), "src_port": c.port(), "dest_ip": (c.ip(0.0), "IP_ADDRESS"), "dest_port": 25,
           "proto": "TCP", "smtp": {"helo": "mx1.example.org", "mail_from": JS("<", E(fe), ">"), "rcpt_to": [JS("<", E(te), ">")]},
           "email": {"status": "PARSE_DONE", "from": JS(N(p.full()), " <", E(fe), ">"), "to": [JS(E(te))],
                     "subject": JS(c.pick(["Re: ", "Fwd: ", ""]), c.pick(["Invoice for ", "Meeting with ", "Contract – "]),
                                   N(c.any_form(q)))}}
    return Rec("json").js(obj)


def ids_zeek_http(c: Ctx) -> Rec:
    p = c.person()
    uid = "C" + c.hex(17)
    f = [c.epoch(), uid, (c.ip(0.05), "IP_ADDRESS"), str(c.port()), (c.ip(0.0), "IP_ADDRESS"), "80", "1", "POST",
         "portal.example.com", "/api/register", "-", "1.1", "Mozilla/5.0 (X11; Linux x86_64)", "-", str(c.num(40, 900)),
         str(c.num(40, 900)), "200", "OK"]
    r = Rec()
    for i, x in enumerate(f):
        r.add("\t" if i else "", x)
    r.add("\t-\t-\t(empty)\t", N(p.acct(c.r)), "\t-\t-\tF" + c.hex(17) + "\t-\tapplication/json")
    return r


def ids_zeek_ntlm_smtp(c: Ctx) -> Rec:
    p = c.person()
    uid = "C" + c.hex(17)
    r = Rec().add(c.epoch(), "\t", uid, "\t", I(c.ip(0.0)), f"\t{c.port()}\t", I(c.ip(0.0)), "\t445\t")
    if c.p(0.5):
        r.add(N(p.acct(c.r)), f"\tWS-{c.num(100, 999)}\tCORP\tFILESRV01\tCORP\tcorp.example.com\tT")
    else:
        q = c.person()
        r = Rec().add(c.epoch(), "\t", uid, "\t", I(c.ip(0.0)), f"\t{c.port()}\t", I(c.ip(0.0)), "\t25\t1\tmx1.example.org\t",
                      E(p.email(c.r)), "\t", E(q.email(c.r)), "\t", c.ts("%a, %d %b %Y %H:%M:%S +0000"), "\t",
                      N(p.full()), " <", E(p.email(c.r)), ">\t", E(q.email(c.r)), "\t-\t<", c.hex(12), "@mx1.example.org>\t-\t",
                      "Payslip for ", N(q.full()), "\t-\t-\t-\t250 2.0.0 Ok: queued\t", I(c.ip(0.0)))
    return r


def ids_snort(c: Ctx) -> Rec:
    return Rec().add(c.ts("%m/%d-%H:%M:%S.") + f"{c.when.microsecond:06d}  [**] [1:{c.num(2000000, 2099999)}:{c.num(1, 9)}] "
                     f"{c.pick(['ET SCAN Potential SSH Scan', 'ET POLICY curl User-Agent Outbound', 'GPL ICMP_INFO PING *NIX'])} [**] "
                     f"[Classification: {c.pick(['Attempted Information Leak', 'Misc activity'])}] [Priority: {c.num(1, 3)}] "
                     "{TCP} ", I(c.ip(0.0)), f":{c.port()} -> ", I(c.ip(0.0)), f":{c.pick([22, 80, 443, 3389])}")


def ids_neg(c: Ctx) -> Rec:
    k = c.r.random()
    if k < 0.3:
        return Rec("json").js({"timestamp": c.ts("%Y-%m-%dT%H:%M:%S.000000+0000"), "event_type": "stats",
                               "stats": {"uptime": c.num(100, 999999), "capture": {"kernel_packets": c.num(10**5, 10**9),
                               "kernel_drops": c.num(0, 999)}, "decoder": {"pkts": c.num(10**5, 10**9), "ipv4": c.num(10**5, 10**8)}}})
    if k < 0.55:
        return Rec().add(f"{c.ts('%d/%m/%Y -- %H:%M:%S')} - <Notice> - all {c.num(2, 16)} packet processing threads, "
                         f"{c.num(2, 4)} management threads initialized, engine started.")
    if k < 0.75:
        return Rec().add(f"{c.ts('%d/%m/%Y -- %H:%M:%S')} - <Info> - {c.num(20000, 60000)} signatures processed. "
                         f"{c.num(1000, 2000)} are IP-only rules, {c.num(4000, 5000)} are inspecting packet payload; rule "
                         f"\"ET INFO Observed {c.pick(['Discord', 'Telegram', 'Jenkins', 'Cassandra'])} Domain in DNS Lookup\" loaded")
    return Rec().add(f"{c.epoch()}\tReporter::WARNING\tSSL certificate for {c.pick(['victoria', 'madison', 'hudson'])}"
                     f".corp.example expires in {c.num(1, 30)} days\t(empty)")


# ========================================================================================== 5. SAP
def _sap_ts(c: Ctx) -> str:
    return c.ts("%d.%m.%Y %H:%M:%S")


def sap_sm20(c: Ctx) -> Rec:
    p = c.person()
    term = [I(c.ip(0.0))] if c.p(0.6) else [f"WS-{c.num(100, 999)}"]
    ev = c.pick([("AU1", "Logon successful (type=A, method=A)"), ("AU2", "Logon failed (reason=1, type=A, method=A)"),
                 ("AU3", "Transaction SU01 started"), ("BU4", "Dynamic ABAP code: event 01, checksum 0x1A2F")])
    return Rec().add(f"{_sap_ts(c)} | {ev[0]} | {ev[1]} | user ", N(p.sap_id()), f" | client {c.pick(['100', '200', '800'])} | terminal ",
                     *term, f" | {c.pick(['DIA', 'RFC', 'BTC'])} | SAPLSMTR_NAVIGATION")


def sap_idoc(c: Ctx) -> Rec:
    p = c.person()
    if c.p(0.5):
        r = Rec().add(f"IDoc {c.num(10**10, 10**11 - 1)} DEBMAS06 status 51 'Application document not posted'\n"
                      f"  E1KNA1M  KUNNR=00{c.num(10**7, 10**8 - 1)} LAND1={c.pick(['DE', 'FR', 'US', 'NG', 'IN'])} NAME1=",
                      N(p.caps() if c.p(0.5) else p.full()), " TELF1=", P(c.phone()), "\n  E1KNVKM  NAMEV=", N(p.given),
                      " NAME1=", N(p.family), " SMTP_ADDR=", E(p.email(c.r)))
    else:
        r = Rec().add(f"HRMD_A07 IDoc {c.num(10**10, 10**11 - 1)} infotype 0002 PERNR={c.num(10**7, 10**8 - 1)} "
                      "NACHN=", N(p.family), " VORNA=", N(p.given), " GBDAT=19", str(c.num(60, 99)), "0", str(c.num(1, 9)),
                      "1", str(c.num(0, 9)), " PERID=", S(c.ssn("")), " - E HRPAD00 123: Personnel number is locked by user ",
                      N(c.person().sap_id()))
    return r


def sap_sm21(c: Ctx) -> Rec:
    p = c.person()
    return Rec().add(f"{c.ts('%H:%M:%S')} DIA {c.num(0, 40):03d} {c.pick(['100', '200'])} ", N(p.sap_id()),
                     f"  {c.pick(['R68', 'BU4', 'AB0'])} Run-time error \"{c.pick(['MESSAGE_TYPE_X', 'DBSQL_DUPLICATE_KEY_ERROR', 'CX_SY_OPEN_SQL_DB'])}\" "
                     "occurred; short dump written. Last screen: SAPMF02D 0110. Customer ", N(p.lf() if p.latin else p.full()),
                     " being edited (phone ", P(c.phone()), ")")


def sap_bapi(c: Ctx) -> Rec:
    p = c.person()
    q = c.person()
    return Rec().add(f"SLG1 object BUPA subobject CHANGE {_sap_ts(c)}: Business partner {c.num(10**6, 10**7 - 1)} (",
                     N(p.full()), ") changed by user ", N(q.sap_id()), "\n  BAPIRET2 TYPE=E ID=R11 NUMBER=",
                     f"{c.num(100, 999)} MESSAGE=E-mail address ", E(p.email(c.r)), " already assigned to partner ",
                     str(c.num(10**6, 10**7 - 1)))


def sap_neg(c: Ctx) -> Rec:
    k = c.r.random()
    if k < 0.3:
        return Rec().add(f"{_sap_ts(c)} | AU1 | Logon successful (type=B, method=A) | user {c.pick(['DDIC', 'SAP*', 'BATCH_ADM', 'WF-BATCH', 'TMSADM', 'SAPSYS'])} "
                         f"| client 000 | terminal SAPSRV01 | BTC | RSBTCRTE")
    if k < 0.55:
        return Rec().add(f"IDoc {c.num(10**10, 10**11 - 1)} DEBMAS06 status 53 'Application document posted'\n"
                         f"  E1KNA1M  KUNNR=00{c.num(10**7, 10**8 - 1)} LAND1=FR NAME1={c.pick(COMPANIES)} ORT01="
                         f"{c.pick(PLACES_LIKE_NAMES)}")
    if k < 0.75:
        return Rec().add(f"{c.ts('%H:%M:%S')} BTC {c.num(0, 40):03d} 000 SAPSYS  EG1 Job SAP_REORG_JOBS "
                         f"(step 1) {c.pick(['started', 'finished', 'canceled'])}; material {c.pick(PRODUCTS_LIKE_NAMES)} status "
                         f"{c.pick(STATUSES)}")
    return Rec().add(f"SLG1 object BUPA {_sap_ts(c)}: BAPIRET2 TYPE=W ID=F2 NUMBER={c.num(100, 999)} MESSAGE="
                     f"{c.pick(['Adresse nicht vollständig', 'Kunde gesperrt für Buchungen', 'Pedido bloqueado', 'Compte bloqué'])}")


# ==================================================================================== 6. pharmacy
def ph_newrx(c: Ctx) -> Rec:
    p = c.person(latin_only=True)
    d = c.person(latin_only=True)
    ph = c.phone("US")
    digits = "".join(ch for ch in ph if ch.isdigit())[-10:]
    r = Rec("xml").add("<NewRx><Patient><HumanPatient><Name><LastName>", N(p.family), "</LastName><FirstName>", N(p.given),
                       "</FirstName></Name><Gender>", c.pick(["F", "M", "U"]), "</Gender><DateOfBirth><Date>19",
                       str(c.num(40, 99)), "-0", str(c.num(1, 9)), "-1", str(c.num(0, 9)), "</Date></DateOfBirth>")
    if c.p(0.5):
        r.add("<Identification><SocialSecurity>", S(c.ssn("")), "</SocialSecurity></Identification>")
    r.add("<CommunicationNumbers><PrimaryTelephone><Number>", P(digits), "</Number></PrimaryTelephone></CommunicationNumbers>"
          "</HumanPatient></Patient><Prescriber><NonVeterinarian><Identification><NPI>1", str(c.num(10**8, 10**9 - 1)),
          "</NPI></Identification><Name><LastName>", N(d.family), "</LastName><FirstName>", N(d.given),
          "</FirstName></Name></NonVeterinarian></Prescriber><MedicationPrescribed><DrugDescription>",
          c.pick(["Atorvastatin 20 MG Oral Tablet", "Amoxicillin 500 MG Oral Capsule", "Lisinopril 10 MG Oral Tablet"]),
          "</DrugDescription></MedicationPrescribed></NewRx>")
    return r


def ph_queue(c: Ctx) -> Rec:
    p = c.person(latin_only=True)
    d = c.person()
    return Rec().add(f"{c.ts('%Y-%m-%d %H:%M:%S')} RxQueue[{c.num(100, 9999)}] INFO Rx#{c.num(10**6, 10**7 - 1)} filled for ",
                     N(p.caps_lf()), f" (DOB 19{c.num(40, 99)}-0{c.num(1, 9)}-1{c.num(0, 9)}) ph ", P(c.phone("US")),
                     "; prescriber Dr. ", N(d.full()), c.pick(["", "'s office notified", " notified by fax"]))


def ph_ncpdp_claim(c: Ctx) -> Rec:
    p = c.person(latin_only=True)
    g = p.slash().split("/")[1]
    f = p.slash().split("/")[0]
    ph = "".join(ch for ch in c.phone("US") if ch.isdigit())[-10:]
    return Rec().add(f"{c.ts('%H:%M:%S')} switch-out B1 txn={c.hex(10)} seg=AM01<FS>C419{c.num(10, 99)}0{c.num(1, 9)}"
                     "1<FS>C51<FS>CA", N(g), "<FS>CB", N(f), "<FS>CM123 MAIN ST<FS>CNSPRINGFIELD<FS>COIL<FS>CP62701<FS>CQ",
                     P(ph), "<GS>AM07<FS>EM1<FS>D2", str(c.num(10**6, 10**7 - 1)), "<FS>E1", "03<FS>D7", str(c.num(10**10, 10**11 - 1)))


def ph_pdmp(c: Ctx) -> Rec:
    p = c.person()
    d = c.person(latin_only=True)
    return Rec().add(f"[{c.iso()}] pdmp-gateway WARN query patient=", N(p.lf().replace(", ", ",") if p.latin else p.full()),
                     f" dob=19{c.num(40, 99)}-0{c.num(1, 9)}-2{c.num(0, 8)} state={c.pick(['OH', 'TX', 'CA', 'NY'])} requester=",
                     N(d.acct(c.r)), " ip=", I(c.ip(0.05)), " result=MULTIPLE_MATCHES ssn_last4=", S(c.last4()))


def ph_neg(c: Ctx) -> Rec:
    k = c.r.random()
    if k < 0.3:
        return Rec("xml").add(f"<DrugAdministration><NDC>{c.num(10**9, 10**10 - 1)}</NDC><DrugDescription>"
                              f"{c.pick(['Allegra 180 MG Oral Tablet', 'Valium 5 MG Oral Tablet', 'Ella 30 MG Oral Tablet', 'Addyi 100 MG'])}"
                              f"</DrugDescription><Status>{c.pick(STATUSES)}</Status></DrugAdministration>")
    if k < 0.55:
        return Rec().add(f"{c.ts('%Y-%m-%d %H:%M:%S')} RxQueue[{c.num(100, 9999)}] INFO Rx#{c.num(10**6, 10**7 - 1)} "
                         f"filled for TEST, PATIENT (training mode) store {c.pick(PLACES_LIKE_NAMES)} #{c.num(100, 999)}")
    if k < 0.8:
        return Rec().add(f"{c.ts('%H:%M:%S')} switch-in B1 response txn={c.hex(10)} status=R reject=75 "
                         f"'Prior Authorization Required' plan=MEDICARE PART D BIN=0{c.num(10000, 99999)} PCN={c.pick(['ADV', 'MEDDADV'])}")
    return Rec().add(f"[{c.iso()}] pdmp-gateway INFO nightly reconciliation {c.pick(STATUSES)}: {c.num(100, 9000)} "
                     f"dispensations uploaded to {c.pick(['Ohio', 'Georgia', 'Virginia'])} PMP by {c.pick(SERVICE_ACCOUNTS)}")


FAMILIES_A = [
    ("job_queue_workers", [jq_celery_received, jq_celery_failed, jq_celery_succeeded, jq_sidekiq_text, jq_sidekiq_json, jq_rq], jq_neg),
    ("mysql_general_binlog_slow", [my_general_insert, my_general_connect, my_error_denied, my_binlog, my_slow], my_neg),
    ("http_proxy_haproxy_squid_traefik", [px_haproxy, px_squid, px_traefik, px_squid_ntlm_denied], px_neg),
    ("network_ids_suricata_zeek_snort", [ids_suricata_http, ids_suricata_smtp, ids_zeek_http, ids_zeek_ntlm_smtp, ids_snort], ids_neg),
    ("sap_erp_audit_idoc", [sap_sm20, sap_idoc, sap_sm21, sap_bapi], sap_neg),
    ("pharmacy_ncpdp_rx", [ph_newrx, ph_queue, ph_ncpdp_claim, ph_pdmp], ph_neg),
]
