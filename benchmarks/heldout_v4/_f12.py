"""f12 templates."""

from __future__ import annotations

from typing import Any

from _ctx import Ctx
from _decoys import PRODUCTS_LIKE_PEOPLE, UI_FOREIGN, UI_TITLE
from _people import Person
from _seg import Emb, M, Rec, T, cc, em, form_body, form_enc, ip, nm, ph, sn

HOSTS = ("shop.example.com", "portal.northwind.example", "accounts.globex.example", "careers.initech.example")
UAS = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15",
       "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/130.0.0.0 Mobile Safari/537.36")
RULES = (
    ("942100", "SQL Injection Attack Detected via libinjection", "REQUEST-942-APPLICATION-ATTACK-SQLI.conf"),
    ("941100", "XSS Attack Detected via libinjection", "REQUEST-941-APPLICATION-ATTACK-XSS.conf"),
    ("920273", "Invalid character in request (outside of very strict set)", "REQUEST-920-PROTOCOL-ENFORCEMENT.conf"),
    ("942432", "Restricted SQL Character Anomaly Detection (args): # of special characters exceeded (2)",
     "REQUEST-942-APPLICATION-ATTACK-SQLI.conf"),
    ("932200", "RCE Bypass Technique", "REQUEST-932-APPLICATION-ATTACK-RCE.conf"),
)
CRS = ("OWASP_CRS/3.3.5", "OWASP_CRS/4.7.0")


def _uid(c: Ctx) -> str:
    return c.alnum(24)


def _ts_a(c: Ctx) -> str:
    t = c.when()
    return t.strftime("%d/%b/%Y:%H:%M:%S.") + f"{t.microsecond:06d} +0000"


class _Form:
    """A form submission: field name -> labelled value; and the one value a rule matched on."""

    def __init__(self, c: Ctx, p: Person) -> None:
        self.fields: list[tuple[str, Any]] = []
        k = c.randint(0, 3)
        if k == 0:
            self.fields = [("first_name", nm(p.given)), ("last_name", nm(p.family)), ("email", em(c.email(p))),
                           ("phone", ph(c.phone(p)))]
        elif k == 1:
            self.fields = [("name", nm(p.full())), ("email", em(c.email(p))),
                           ("comment", M("please call me back on ", ph(c.phone(p)), " - ", nm(p.given)))]
        elif k == 2:
            self.fields = [("card_holder", nm(p.caps())), ("card_number", cc(c.card(c.choice(["plain", "space"])))),
                           ("email", em(c.email(p)))]
        else:
            self.fields = [("applicant_name", nm(p.full())), ("ssn", sn(c.ssn())), ("email", em(c.email(p)))]
        name, val = c.choice(self.fields)
        self.match_name, self.match_val = name, val

    def body(self) -> Rec:
        return form_body(self.fields)


def _rule_msg(c: Ctx, form: _Form, host_ip: str | None) -> tuple[list[Any], str]:
    rid, msg, f = c.choice(RULES)
    crs = c.choice(CRS)
    pieces: list[Any] = [f'[file "/etc/modsecurity/crs/rules/{f}"] [line "{c.randint(40, 1500)}"] [id "{rid}"] '
                         f'[msg "{msg}"] [data "Matched Data: ', c.choice(["s&sos", "'", "(", "#", "@"]),
                         f" found within ARGS:{form.match_name}: ", form.match_val,
                         f'"] [severity "CRITICAL"] [ver "{crs}"] [tag "application-multi"] [tag "language-multi"] '
                         '[tag "platform-multi"] [tag "attack-generic"]']
    if host_ip:
        pieces += [' [hostname "', ip(host_ip), '"]']
    return pieces, rid


def pos_serial(c: Ctx) -> Rec:
    p = c.person(scripts=0.05)
    form = _Form(c, p)
    b = c.hex(8)
    cl, srv = c.ip(0.1), c.ip4("private")
    host = c.choice(HOSTS)
    uri = c.choice(["/account/profile", "/contact", "/checkout/payment", "/careers/apply"])
    body = form.body()
    r = Rec()
    r.add(f"--{b}-A--\n[{_ts_a(c)}] {_uid(c)} ", ip(cl), f" {c.randint(1025, 65000)} ", ip(srv), f" {c.choice([80, 443])}\n")
    r.lit(f"--{b}-B--\nPOST {uri} HTTP/1.1\nHost: {host}\nUser-Agent: {c.choice(UAS)}\n"
          "Accept: text/html,application/xhtml+xml\nContent-Type: application/x-www-form-urlencoded\n"
          f"Content-Length: {len(body)}\n")
    if c.chance(0.5):
        r.add("X-Forwarded-For: ", ip(cl), "\n")
    if c.chance(0.3):
        r.add(f"Cookie: session={c.hex(32)}; remember_user=", nm(c.acct(p)), "\n")
    r.lit(f"Referer: https://{host}{uri}\n\n")
    r.lit(f"--{b}-C--\n").embed(body).lit("\n")
    status = c.choice([403, 403, 200])
    r.lit(f"--{b}-F--\nHTTP/1.1 {status} {'Forbidden' if status == 403 else 'OK'}\nContent-Type: text/html; charset=UTF-8\n\n")
    pieces, _ = _rule_msg(c, form, srv if c.chance(0.5) else None)
    r.add(f"--{b}-H--\nMessage: {'Access denied with code 403 (phase 2)' if status == 403 else 'Warning'}. "
          "Pattern match \"(?i)...\" at ARGS:", form.match_name, ". ", *pieces, "\n")
    stamp = int(c.when().timestamp() * 1_000_000)
    r.lit("Apache-Handler: proxy-server\n"
          f"Stopwatch: {stamp} {c.randint(1000, 90000)} (- - -)\n"
          f"Stopwatch2: {stamp} {c.randint(1000, 90000)}; combined={c.randint(100, 9000)}, p1={c.randint(10, 900)}, "
          f"p2={c.randint(10, 9000)}, p3=0, p4=0, p5={c.randint(10, 900)}, sr=0, sw=0, l=0, gc=0\n"
          f"Producer: ModSecurity for Apache/2.9.7 (http://www.modsecurity.org/); {c.choice(CRS)}.\n"
          f"Server: Apache\nEngine-Mode: \"ENABLED\"\n\n--{b}-Z--")
    return r


def pos_json_audit(c: Ctx) -> Rec:
    p = c.person()
    form = _Form(c, p)
    cl, srv = c.ip(0.1), c.ip4("private")
    host = c.choice(HOSTS)
    uri = c.choice(["/login", "/api/users", "/signup", "/checkout"])
    t = c.when()
    rid, msg, f = c.choice(RULES)
    crs = c.choice(CRS)
    json_body = c.chance(0.5)
    body: Rec = Rec().json({k: v for k, v in form.fields}) if json_body else form.body()
    data = M("Matched Data: ", c.choice(["s&sos", "'", "("]), f" found within ARGS:{form.match_name}: ", form.match_val)
    obj = {"transaction": {
        "client_ip": ip(cl), "time_stamp": t.strftime("%a %b %d %H:%M:%S %Y"), "server_id": c.hex(40),
        "client_port": c.randint(1025, 65000), "host_ip": ip(srv), "host_port": 443,
        "unique_id": f"{int(t.timestamp() * 100)}.{c.randint(100000, 999999)}",
        "request": {"method": "POST", "http_version": 1.1, "uri": uri, "body": Emb(body),
                    "headers": {"Host": host, "User-Agent": c.choice(UAS),
                                "Content-Type": "application/json" if json_body else "application/x-www-form-urlencoded",
                                "Content-Length": str(len(body))}},
        "response": {"body": "", "http_code": 403, "headers": {"Server": "nginx", "Content-Type": "text/html"}},
        "producer": {"modsecurity": "ModSecurity v3.0.13 (Linux)", "connector": "ModSecurity-nginx v1.0.3",
                     "secrules_engine": "Enabled", "components": [crs]},
        "messages": [{"message": msg, "details": {
            "match": f"detected {'SQLi' if rid.startswith('942') else 'XSS'} using libinjection.",
            "reference": f"v{c.randint(100, 900)},{c.randint(5, 40)}", "ruleId": rid,
            "file": f"/etc/nginx/modsec/coreruleset/rules/{f}", "lineNumber": str(c.randint(40, 1500)), "data": data,
            "severity": "2", "ver": crs, "rev": "", "tags": ["application-multi", "language-multi", "platform-multi"],
            "maturity": "0", "accuracy": "0"}}]}}
    return Rec(is_json=True).json(obj, style=c.choice(["compact", "pretty"]))


def pos_apache_error(c: Ctx) -> Rec:
    p = c.person(scripts=0.0)
    form = _Form(c, p)
    cl = c.ip(0.1)
    port = c.randint(1025, 65000)
    t = c.when()
    host = c.choice(HOSTS)
    uri = c.choice(["/contact", "/account/profile", "/careers/apply"])
    pieces, _ = _rule_msg(c, form, None)
    r = Rec()
    cl_port: Any = M("[", ip(cl), f"]:{port}") if ":" in cl else M(ip(cl), f":{port}")
    r.add(f"[{t.strftime('%a %b %d %H:%M:%S.')}{t.microsecond:06d} {t.year}] [security2:error] [pid {c.randint(1000, 99999)}:tid "
          f"{c.digits(15, '1')}] [client ", cl_port, "] [client ", ip(cl), "] ModSecurity: Warning. Pattern match "
          "\"(?i)...\" at ARGS:", form.match_name, ". ", *pieces, f' [hostname "{host}"] [uri "{uri}"] [unique_id "{_uid(c)}"]')
    if c.chance(0.5):
        r.add(f", referer: https://{host}{uri}?name=", nm(form_enc(p.western())))
    return r


def pos_nginx_error(c: Ctx) -> Rec:
    p = c.person(scripts=0.0)
    cl, srv = c.ip(0.1), c.ip4("private")
    host = c.choice(HOSTS)
    t = c.when()
    q = c.choice([M("/api/users?email=", T(c.email(p).replace("@", "%40"), "EMAIL")),
                  M("/api/lookup?phone=", T(form_enc(c.phone(p, c.choice(["e164", "intl"]))), "PHONE")),
                  M("/search?q=", nm(form_enc(p.western())), "%27%20OR%201%3D1")])
    crs = c.choice(CRS)
    score = c.choice([5, 10, 15])
    r = Rec()
    r.add(t.strftime("%Y/%m/%d %H:%M:%S") + f" [error] {c.randint(10, 9999)}#{c.randint(10, 9999)}: *{c.randint(1, 99999)} "
          "[client ", ip(cl), f"] ModSecurity: Access denied with code 403 (phase 2). Matched \"Operator `Ge' with parameter "
          f"`5' against variable `TX:BLOCKING_INBOUND_ANOMALY_SCORE' (Value: `{score}' ) "
          "[file \"/etc/nginx/modsec/coreruleset/rules/REQUEST-949-BLOCKING-EVALUATION.conf\"] [line \"233\"] [id \"949110\"] "
          f"[rev \"\"] [msg \"Inbound Anomaly Score Exceeded (Total Score: {score})\"] [data \"\"] [severity \"0\"] "
          f"[ver \"{crs}\"] [maturity \"0\"] [accuracy \"0\"] [tag \"anomaly-evaluation\"] [hostname \"", ip(srv),
          "\"] [uri \"", M(q.pieces[0].split("?")[0]), f"\"] [unique_id \"{int(t.timestamp() * 100)}.{c.randint(100000, 999999)}\"] "
          "[ref \"\"], client: ", ip(cl), f", server: {host}, request: \"GET ", q, f" HTTP/1.1\", host: \"{host}\"")
    return r


def pos_debug(c: Ctx) -> Rec:
    p = c.person()
    form = _Form(c, p)
    host = c.choice(HOSTS)
    uri = c.choice(["/account/profile", "/contact", "/checkout/payment"])
    sid, rid = c.hex(12), c.hex(12)
    pre = f"[{_ts_a(c)}] [{host}/sid#{sid}][rid#{rid}][{uri}]"
    r = Rec()
    r.add(pre, "[4] Recipe: Invoking rule ", c.hex(12), "; [file \"/etc/modsecurity/crs/rules/REQUEST-942-APPLICATION-ATTACK-SQLI.conf\"] "
          f"[line \"{c.randint(40, 1500)}\"] [id \"942100\"].\n")
    r.add(pre, "[5] Rule ", c.hex(12), ": SecRule \"REQUEST_COOKIES|ARGS_NAMES|ARGS|XML:/*\" \"@detectSQLi\"\n")
    r.add(pre, "[9] T (0) urlDecodeUni: \"", form.match_val, "\"\n")
    r.add(pre, f"[4] Executing operator \"detectSQLi\" with param \"\" against ARGS:{form.match_name}.\n")
    r.add(pre, "[9] Target value: \"", form.match_val, "\"\n")
    r.add(pre, f"[4] Operator completed in {c.randint(2, 90)} usec.\n")
    r.lit(pre + "[4] Rule returned 0.")
    return r


POS = [pos_serial, pos_serial, pos_serial, pos_json_audit, pos_json_audit, pos_apache_error, pos_nginx_error,
       pos_debug]


# ------------------------------------------------------------------------------------------ negatives
def neg_startup(c: Ctx) -> Rec:
    t = c.when()
    pid = c.randint(1000, 99999)
    tid = c.digits(15, "1")
    pre = f"[{t.strftime('%a %b %d %H:%M:%S.')}{t.microsecond:06d} {t.year}] [:notice] [pid {pid}:tid {tid}] "
    lines = ["ModSecurity for Apache/2.9.7 (http://www.modsecurity.org/) configured.",
             'ModSecurity: APR compiled version="1.7.2"; loaded version="1.7.2"',
             'ModSecurity: PCRE2 compiled version="10.42 "; loaded version="10.42 2022-12-11"',
             'ModSecurity: LUA compiled version="Lua 5.4"', 'ModSecurity: YAJL compiled version="2.1.0"',
             'ModSecurity: LIBXML compiled version="2.9.14"',
             "ModSecurity: Status engine is currently disabled, enable it by set SecStatusEngine to On."]
    k = c.randint(3, len(lines))
    return Rec().lit("\n".join(pre + x for x in lines[:k]))


def neg_nginx(c: Ctx) -> Rec:
    t = c.when().strftime("%Y/%m/%d %H:%M:%S")
    msgs = [f"[notice] 1#1: ModSecurity-nginx v1.0.3 (rules loaded inline/local/remote: 0/{c.randint(800, 990)}/0)",
            "[notice] 1#1: using the \"epoll\" event method", f"[notice] 1#1: nginx/{c.choice(['1.26.2', '1.27.3'])}",
            "[notice] 1#1: start worker processes", f"[notice] 1#1: start worker process {c.randint(20, 90)}",
            "[warn] 1#1: ModSecurity: Rules error. File: /etc/nginx/modsec/coreruleset/rules/REQUEST-900-EXCLUSION-RULES-BEFORE-CRS.conf. "
            "Line: 12. Column: 33. Expecting an action, got: ctl:ruleRemoveTargetById=942100;ARGS:last_name\""]
    return Rec().lit("\n".join(f"{t} {m}" for m in c.sample(msgs, c.randint(1, 3))))


def neg_debug(c: Ctx) -> Rec:
    host = c.choice(HOSTS)
    uri = c.choice(["/search", "/catalog", "/api/products"])
    sid, rid = c.hex(12), c.hex(12)
    val = c.choice([f"{c.choice(PRODUCTS_LIKE_PEOPLE)} {c.choice(['lamp', 'tote', 'chair', 'backpack'])}", "garden hose 25m",
                    c.choice(UI_FOREIGN), "size:XL color:navy", c.choice(UI_TITLE)])
    pre = f"[{_ts_a(c)}] [{host}/sid#{sid}][rid#{rid}][{uri}]"
    lines = [f"{pre}[4] Recipe: Invoking rule {c.hex(12)}; [file \"/etc/modsecurity/crs/rules/REQUEST-942-APPLICATION-ATTACK-SQLI.conf\"] [line \"{c.randint(40, 1500)}\"] [id \"942100\"].",
             f"{pre}[9] T (0) urlDecodeUni: \"{val}\"", f"{pre}[4] Executing operator \"detectSQLi\" with param \"\" against ARGS:q.",
             f"{pre}[9] Target value: \"{val}\"", f"{pre}[4] Operator completed in {c.randint(2, 90)} usec.", f"{pre}[4] Rule returned 0."]
    return Rec().lit("\n".join(lines))


def neg_rule_stats(c: Ctx) -> Rec:
    rows = [{"ruleId": rid, "msg": msg, "severity": c.choice(["2", "4", "5"]), "count": c.randint(1, 9000),
             "top_uri": c.choice(["/search", "/wp-login.php", "/api/products", "/.env"])}
            for rid, msg, _ in c.sample([*list(RULES), ("920350", "Host header is a numeric IP address", ""), ("913100", "Found User-Agent associated with security scanner", "")],
                                        c.randint(1, 3))]
    r = Rec()
    for i, row in enumerate(rows):
        r.json(row)
        if i < len(rows) - 1:
            r.lit("\n")
    return r


NEG = [neg_startup, neg_startup, neg_nginx, neg_debug, neg_debug, neg_rule_stats]
