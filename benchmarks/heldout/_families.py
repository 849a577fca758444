"""Template families of the held-out synthetic set (``synthetic.jsonl``).

``HELD_OUT`` families are log formats that neither dev corpus has; ``DEV_LIKE`` families cover
the categories dev v2 has (auth logs, SQL, delimited rows, HL7/PNR, key/value numbers,
percent-encoding) with templates and names of our own. Labelling follows
``../shared/data/README.md``.
"""

from __future__ import annotations

import urllib.parse

from _gen import Gen, Part, Template
from _lexicon import COMPANIES, JARGON, PLACES, PRODUCTS, PRODUCTS_SOLD, SERVICE_ACCOUNTS, STATUSES, TEAMS


def N(v: str) -> Part:
    return (v, "NAME")


def E(v: str) -> Part:
    return (v, "EMAIL")


def P(v: str) -> Part:
    return (v, "PHONE")


def S(v: str) -> Part:
    return (v, "SSN")


def C(v: str) -> Part:
    return (v, "CREDIT_CARD")


def IP(v: str) -> Part:
    return (v, "IP_ADDRESS")


def full_or_parts(g: Gen, sep: str = " ") -> list[Part]:
    """A full name as one span (sometimes with a title that is not part of it)."""
    p = g.person()
    title = g.r.choice(["", "", "", "Dr. ", "Mr ", "Ms. ", "Mrs "])
    return [title, N(p.full)]


# ---------------------------------------------------------------- held-out families


def _k8s(g: Gen) -> list[Part]:
    p, ns = g.person(), g.pick(["payments", "identity", "default", "crm"])
    return g.r.choice([
        lambda: [g.ts(), " stdout F {\"level\":\"info\",\"msg\":\"profile updated\",\"namespace\":\"", ns,
                 "\",\"customer\":\"", N(p.full), "\",\"email\":\"", E(g.email(p)), "\"}"],
        lambda: [g.ts(), " stderr F I0", g.n(101, 928), " ", g.n(10, 23), ":14:07.", g.n(100000, 999999),
                 "       1 handler.go:", g.n(20, 400), "] \"Password reset requested\" user=\"", N(g.acct(p)),
                 "\" remoteAddr=\"", IP(g.ip4()), ":", g.n(1024, 65000), "\""],
        lambda: [g.ts(), " stdout P [", g.pick(["INFO", "WARN"]), "] pod=", ns, "-", g.hexid(5),
                 " contact_phone=", P(g.phone()), " owner=", N(p.given), " ", N(p.family)],
        lambda: [g.ts(), " stdout F level=info ts=", g.ts(), " caller=grpc.go:", g.n(10, 300),
                 " msg=\"rpc ok\" method=/users.v1.Users/Get subject=", N(g.acct(p)), " peer=", IP(g.ip())],
    ])()


def _k8s_neg(g: Gen) -> list[Part]:
    return g.r.choice([
        lambda: [g.ts(), " stdout F {\"level\":\"info\",\"msg\":\"", g.pick(JARGON), "\",\"status\":\"",
                 g.pick(STATUSES), "\",\"region\":\"", g.pick(PLACES), "\"}"],
        lambda: [g.ts(), " stderr F W0", g.n(101, 928), " 10:14:07.", g.n(100000, 999999), "       1 reflector.go:",
                 g.n(20, 400), "] watch of *v1.Pod ended with: ", g.pick(STATUSES), " (user=system:serviceaccount:",
                 g.pick(["kube-system", "argocd"]), ":", g.pick(["default", "controller", "replicaset-controller"]), ")"],
        lambda: [g.ts(), " stdout F msg=\"", g.pick(PRODUCTS), " connector ", g.pick(STATUSES).lower(),
                 "\" team=", g.pick(TEAMS).replace(" ", "-")],
    ])()


def _django_rails(g: Gen) -> list[Part]:
    p = g.person()
    return g.r.choice([
        lambda: ["[", g.n(1, 28), "/Mar/2025 10:", g.n(10, 59), ":", g.n(10, 59), "] INFO accounts.views: User ",
                 N(g.acct(p)), " logged in from ", IP(g.ip())],
        lambda: ["Started POST \"/customers\" for ", IP(g.ip()), " at 2025-03-0", g.n(1, 9), " 12:00:01 +0000\n"
                 "  Parameters: {\"customer\"=>{\"first_name\"=>\"", N(p.given), "\", \"last_name\"=>\"", N(p.family),
                 "\", \"email\"=>\"", E(g.email(p)), "\"}}"],
        lambda: ["  Customer Update (0.", g.n(2, 9), "ms)  UPDATE \"customers\" SET \"phone\" = $1 WHERE \"id\" = $2  "
                 "[[\"phone\", \"", P(g.phone()), "\"], [\"id\", ", g.n(), "]]"],
        lambda: ["WARNING django.security.csrf: Forbidden (CSRF token missing): /profile/ user=<User: ",
                 N(p.full), ">"],
        lambda: ["I, [2025-03-02T10:", g.n(10, 59), ":00.", g.n(100000, 999999), " #", g.n(100, 9999),
                 "]  INFO -- : [", g.uuid(), "] Sent mail to ", N(p.full), " <", E(g.email(p)), ">"],
    ])()


def _django_neg(g: Gen) -> list[Part]:
    return g.r.choice([
        lambda: ["[02/Mar/2025 10:11:12] \"GET /api/", g.pick(["status", "health", "plans"]), "/ HTTP/1.1\" 200 ",
                 g.n(100, 9000)],
        lambda: ["Started GET \"/reports/", g.pick(PLACES).lower(), "\" for ", IP("127.0.0.1"), " at 2025-03-02 12:00:01 +0000\n"
                 "  Parameters: {\"status\"=>\"", g.pick(STATUSES), "\", \"plan\"=>\"", g.pick(PRODUCTS_SOLD), "\"}"],
        lambda: ["INFO django.server: ", g.pick(JARGON), " (worker=", g.pick(SERVICE_ACCOUNTS), ")"],
    ])()


def _spring(g: Gen) -> list[Part]:
    p = g.person()
    pre = f"2025-04-0{g.n(1, 9)} 09:{g.n(10, 59)}:{g.n(10, 59)}.{g.n(100, 999)}  INFO {g.n(1000, 99999)} --- " \
          f"[nio-8080-exec-{g.n(1, 9)}] c.e.crm.CustomerService          : "
    return g.r.choice([
        lambda: [pre, "Created Customer{id=", g.n(), ", firstName='", N(p.given), "', lastName='", N(p.family),
                 "', email='", E(g.email(p)), "'}"],
        lambda: [pre, "Loaded CustomerDto(id=", g.n(), ", fullName=", N(p.full), ", phone=", P(g.phone()),
                 ", tier=GOLD)"],
        lambda: [pre, "Authentication success for principal '", N(g.acct(p)), "' from ", IP(g.ip())],
        lambda: [pre, "Card on file updated: holder=", N(p.full.upper()), " pan=", C(g.card())],
        lambda: [pre, "binding Payee[name=", N(p.full), ", ssn=", S(g.ssn()), "]"],
    ])()


def _spring_neg(g: Gen) -> list[Part]:
    pre = f"2025-04-02 09:13:44.120  INFO {g.n(1000, 99999)} --- [           main] o.s.b.w.e.tomcat.TomcatWebServer : "
    return g.r.choice([
        lambda: [pre, "Tomcat started on port(s): 8080 (http) with context path ''"],
        lambda: [pre, "Initialized ", g.pick(PRODUCTS), "Client{endpoint='https://", g.pick(PRODUCTS).lower(),
                 ".internal', status=", g.pick(STATUSES).upper(), "}"],
        lambda: [pre, "Account{owner='", g.pick(COMPANIES), "', city='", g.pick(PLACES), "', status='",
                 g.pick(STATUSES), "'}"],
    ])()


def _zap_logrus(g: Gen) -> list[Part]:
    p = g.person()
    return g.r.choice([
        lambda: ["{\"level\":\"info\",\"ts\":17", g.n(10000000, 99999999), ".", g.n(100, 999),
                 ",\"caller\":\"billing/invoice.go:", g.n(10, 300), "\",\"msg\":\"invoice sent\",\"recipient\":\"",
                 N(p.full), "\",\"to\":\"", E(g.email(p)), "\"}"],
        lambda: ["time=\"", g.ts(), "\" level=warning msg=\"sms delivery slow\" msisdn=\"", P(g.phone()),
                 "\" contact=\"", N(p.full), "\""],
        lambda: ["{\"L\":\"INFO\",\"T\":\"", g.ts(), "\",\"M\":\"login\",\"username\":\"", N(g.acct(p)),
                 "\",\"ip\":\"", IP(g.ip()), "\"}"],
        lambda: ["time=\"", g.ts(), "\" level=info msg=\"kyc check\" given_name=", N(p.given), " family_name=",
                 N(p.family), " tax_id=", S(g.ssn(g.pick(["dash", "bare"])))],
    ])()


def _zap_neg(g: Gen) -> list[Part]:
    return g.r.choice([
        lambda: ["{\"level\":\"info\",\"ts\":17", g.n(10000000, 99999999), ",\"msg\":\"", g.pick(JARGON),
                 "\",\"service\":\"", g.pick(PRODUCTS).lower(), "\",\"state\":\"", g.pick(STATUSES), "\"}"],
        lambda: ["time=\"", g.ts(), "\" level=info msg=\"job done\" owner=", g.pick(SERVICE_ACCOUNTS),
                 " rows=", g.n(), " duration=", g.n(1, 900), "ms"],
    ])()


def _cloudtrail_alb(g: Gen) -> list[Part]:
    p = g.person(latin=True)
    acct, acc = g.acct(p), g.n(100000000000, 999999999999)
    return g.r.choice([
        lambda: ["{\"eventName\":\"ConsoleLogin\",\"userIdentity\":{\"type\":\"IAMUser\",\"arn\":\"arn:aws:iam::",
                 acc, ":user/", N(acct), "\",\"userName\":\"", N(acct), "\"},\"sourceIPAddress\":\"", IP(g.ip()),
                 "\",\"responseElements\":{\"ConsoleLogin\":\"", g.pick(["Success", "Failure"]), "\"}}"],
        lambda: ["https 2025-05-01T10:00:0", g.n(0, 9), ".", g.n(100000, 999999), "Z app/web-alb/", g.hexid(16), " ",
                 IP(g.ip4()), ":", g.n(1024, 65000), " ", IP(g.ip4()), ":443 0.001 0.0", g.n(10, 99),
                 " 0.000 200 200 ", g.n(100, 999), " ", g.n(100, 9999),
                 " \"GET https://shop.example:443/account?email=", E(g.email(p).replace("@", "%40")),
                 " HTTP/1.1\" \"Mozilla/5.0\""],
        lambda: ["{\"eventName\":\"AssumeRoleWithSAML\",\"userIdentity\":{\"principalId\":\"AROA", g.hexid(12).upper(),
                 ":", E(g.email(p)), "\"},\"sourceIPAddress\":\"", IP(g.ip()), "\"}"],
    ])()


def _cloudtrail_neg(g: Gen) -> list[Part]:
    return g.r.choice([
        lambda: ["{\"eventName\":\"PutObject\",\"userIdentity\":{\"type\":\"AssumedRole\",\"arn\":\"arn:aws:sts::",
                 g.n(100000000000, 999999999999), ":assumed-role/", g.pick(["ci-deploy", "lambda-exec", "ecsTask"]),
                 "/", g.pick(SERVICE_ACCOUNTS), "\"},\"awsRegion\":\"eu-west-1\"}"],
        lambda: ["http 2025-05-01T10:00:01.000000Z app/web-alb/", g.hexid(16), " - - -1 -1 -1 503 - 0 0 \"GET http://",
                 g.host(), ":80/healthz HTTP/1.1\" \"ELB-HealthChecker/2.0\""],
    ])()


def _windows(g: Gen) -> list[Part]:
    p = g.person(latin=True)
    acct = g.acct(p)
    return g.r.choice([
        lambda: ["An account was successfully logged on.\r\nSubject:\r\n\tSecurity ID:\t\tS-1-5-18\r\nNew Logon:\r\n"
                 "\tAccount Name:\t\t", N(acct), "\r\n\tAccount Domain:\t\tCORP\r\nNetwork Information:\r\n"
                 "\tSource Network Address:\t", IP(g.ip())],
        lambda: ["<Event><System><EventID>4625</EventID></System><EventData><Data Name=\"TargetUserName\">", N(acct),
                 "</Data><Data Name=\"IpAddress\">", IP(g.ip()), "</Data></EventData></Event>"],
        lambda: ["EventCode=4740 Message=A user account was locked out. Account That Was Locked Out: Account Name: ",
                 "CORP\\", N(acct), " Caller Computer Name: WS-", g.n(100, 999)],
        lambda: ["4720: A user account was created. New Account: SAM Account Name: ", N(acct), " Display Name: ",
                 N(p.full)],
    ])()


def _windows_neg(g: Gen) -> list[Part]:
    return ["An account was successfully logged on. New Logon: Account Name: ",
            g.pick(["SYSTEM", "LOCAL SERVICE", "NETWORK SERVICE", "WEB01$", "DWM-1", "UMFD-0"]),
            " Account Domain: NT AUTHORITY Logon Type: ", g.n(2, 11)]


def _mail(g: Gen) -> list[Part]:
    p = g.person()
    return g.r.choice([
        lambda: [g.ts_sys(), " mx1 postfix/smtp[", g.n(100, 99999), "]: ", g.hexid(10).upper(), ": to=<",
                 E(g.email(p)), ">, relay=mx.example.net[", IP(g.ip()), "]:25, delay=0.", g.n(1, 99),
                 ", status=sent (250 ok)"],
        lambda: [g.ts_sys(), " imap01 dovecot: imap-login: Login: user=<", N(g.acct(p)), ">, method=PLAIN, rip=",
                 IP(g.ip()), ", lip=", IP(g.ip()), ", TLS"],
        lambda: ["From: \"", N(p.full), "\" <", E(g.email(p)), ">\r\nSubject: Re: invoice ", g.n()],
        lambda: [g.ts_sys(), " mail dovecot: pop3(", N(g.acct(p)), ")<", g.n(), "><", g.hexid(12),
                 ">: Disconnected: Logged out top=0/0, retr=", g.n(0, 9), "/", g.n(100, 9999)],
    ])()


def _mail_neg(g: Gen) -> list[Part]:
    return g.r.choice([
        lambda: [g.ts_sys(), " mx1 postfix/qmgr[", g.n(), "]: ", g.hexid(10).upper(), ": from=<>, size=", g.n(),
                 ", nrcpt=1 (queue active)"],
        lambda: [g.ts_sys(), " imap01 dovecot: master: Dovecot v2.3.", g.n(1, 21), " starting up for imap, lmtp"],
        lambda: ["Subject: [", g.pick(PRODUCTS), "] ", g.pick(JARGON)],
    ])()


def _reprs(g: Gen) -> list[Part]:
    p = g.person()
    return g.r.choice([
        lambda: ["validated Customer(id=", g.n(), ", first_name='", N(p.given), "', last_name='", N(p.family),
                 "', phone='", P(g.phone()), "')"],
        lambda: ["payload={'name': '", N(p.full), "', 'ssn': '", S(g.ssn()), "', 'plan': 'basic'}"],
        lambda: ["Applicant(full_name=", N(p.full), ", email=", E(g.email(p)), ", score=0.", g.n(10, 99), ")"],
        lambda: ["1 validation error for Signup\nholder_name\n  String should match pattern [type=string_pattern_mismatch,"
                 " input_value='", N(p.full), "', input_type=str]"],
        lambda: ["Traceback (most recent call last):\n  File \"app.py\", line ", g.n(10, 400), ", in charge\n"
                 "ValueError: declined card ", C(g.card()), " for ", N(p.full)],
    ])()


def _reprs_neg(g: Gen) -> list[Part]:
    return g.r.choice([
        lambda: ["Settings(debug=False, region='", g.pick(PLACES), "', backend='", g.pick(PRODUCTS), "', retries=3)"],
        lambda: ["Job(id=", g.n(), ", status=<Status.", g.pick(STATUSES).upper(), ": ", g.n(1, 9), ">, owner='",
                 g.pick(SERVICE_ACCOUNTS), "')"],
        lambda: ["{'team': '", g.pick(TEAMS), "', 'vendor': '", g.pick(COMPANIES), "', 'product': '",
                 g.pick(PRODUCTS_SOLD), "'}"],
    ])()


def _graphql_xml(g: Gen) -> list[Part]:
    p = g.person()
    return g.r.choice([
        lambda: ["graphql op=UpdateProfile variables={\"input\":{\"displayName\":\"", N(p.full),
                 "\",\"mobile\":\"", P(g.phone()), "\"}} duration_ms=", g.n(1, 900)],
        lambda: ["<Employee><GivenName>", N(p.given), "</GivenName><Surname>", N(p.family), "</Surname><Mail>",
                 E(g.email(p)), "</Mail></Employee>"],
        lambda: ["- full_name: ", N(p.full), "\n  role: ", g.pick(["owner", "editor", "viewer"]), "\n  phone: ",
                 P(g.phone())],
        lambda: ["<soap:Body><ns2:verifyIdentity><ssn>", S(g.ssn("bare")), "</ssn><lastName>", N(p.family),
                 "</lastName></ns2:verifyIdentity></soap:Body>"],
    ])()


def _graphql_neg(g: Gen) -> list[Part]:
    return g.r.choice([
        lambda: ["graphql op=ListPlans variables={\"status\":\"", g.pick(STATUSES), "\",\"city\":\"",
                 g.pick(PLACES), "\"} duration_ms=", g.n(1, 900)],
        lambda: ["<Vendor><Name>", g.pick(COMPANIES), "</Name><Product>", g.pick(PRODUCTS), "</Product></Vendor>"],
    ])()


def _ci_chatops(g: Gen) -> list[Part]:
    p = g.person()
    return g.r.choice([
        lambda: ["Started by user ", N(p.full), "\nRunning as SYSTEM\nBuilding in workspace /var/lib/ws/", g.word()],
        lambda: ["[pagerduty] incident #", g.n(), " acknowledged by ", N(p.full), " (escalation L2)"],
        lambda: ["deploy ", g.word(), "@", g.hexid(7), " approved by ", N(g.acct(p)), " via slack"],
        lambda: ["Reviewed-on: https://review.example/c/", g.n(), "\nReviewed-by: ", N(p.full), " <",
                 E(g.email(p)), ">"],
    ])()


def _ci_neg(g: Gen) -> list[Part]:
    return g.r.choice([
        lambda: ["Started by timer\nRunning as SYSTEM\n[Pipeline] stage (", g.pick(JARGON), ")"],
        lambda: ["deploy ", g.word(), "@", g.hexid(7), " approved by ", g.pick(SERVICE_ACCOUNTS), " via ",
                 g.pick(PRODUCTS)],
        lambda: ["[pagerduty] incident #", g.n(), " resolved: ", g.pick(PRODUCTS), " ", g.pick(STATUSES).lower(),
                 " in ", g.pick(PLACES)],
    ])()


# ---------------------------------------------------------------- dev-like families


def _auth(g: Gen) -> list[Part]:
    p = g.person(latin=True)
    acct = g.acct(p)
    return g.r.choice([
        lambda: [g.ts_sys(), " ", g.host(), " sshd[", g.n(), "]: Accepted publickey for ", N(acct), " from ",
                 IP(g.ip()), " port ", g.n(1024, 65000), " ssh2"],
        lambda: [g.ts_sys(), " ", g.host(), " sshd[", g.n(), "]: pam_unix(sshd:session): session opened for user ",
                 N(acct), "(uid=", g.n(1000, 9999), ") by (uid=0)"],
        lambda: [g.ts_sys(), " ", g.host(), " sudo:   ", N(acct), " : TTY=pts/", g.n(0, 9), " ; PWD=/home/",
                 N(acct), " ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx"],
        lambda: [g.ts_sys(), " ", g.host(), " sshd[", g.n(), "]: Failed password for invalid user ", N(acct),
                 " from ", IP(g.ip()), " port ", g.n(1024, 65000), " ssh2"],
    ])()


def _auth_neg(g: Gen) -> list[Part]:
    return [g.ts_sys(), " ", g.host(), " sshd[", g.n(), "]: Accepted publickey for ",
            g.pick(["root", "deploy", "ubuntu", "ec2-user", "git", "ansible", "backup"]), " from ",
            IP(f"10.0.{g.n(0, 255)}.{g.n(1, 254)}"), " port ", g.n(1024, 65000), " ssh2"]


def _sql(g: Gen) -> list[Part]:
    p = g.person()
    return g.r.choice([
        lambda: ["LOG:  statement: INSERT INTO patients (given_name, family_name, phone) VALUES ('", N(p.given),
                 "', '", N(p.family), "', '", P(g.phone()), "')"],
        lambda: ["INFO sqlalchemy.engine.Engine [cached since 3.1s ago] ('", N(p.given), "', '", N(p.family), "', ",
                 g.n(), ")"],
        lambda: ["DEBUG o.h.SQL - update members set display_name=?, email=? where id=?\nTRACE o.h.t.d.s.BasicBinder"
                 " - binding parameter [1] as [VARCHAR] - [", N(p.full), "]"],
        lambda: ["Query_time: 2.", g.n(100, 999), "  Rows_examined: ", g.n(), "\nSELECT * FROM staff WHERE surname = '",
                 N(p.family), "' AND ssn = '", S(g.ssn()), "';"],
    ])()


def _sql_neg(g: Gen) -> list[Part]:
    return ["LOG:  statement: UPDATE jobs SET state = '", g.pick(STATUSES), "', region = '", g.pick(PLACES),
            "' WHERE id = ", g.n()]


def _delimited(g: Gen) -> list[Part]:
    p, q = g.person(), g.person()
    return g.r.choice([
        lambda: [g.n(), ",", N(p.given), ",", N(p.family), ",", E(g.email(p)), ",", g.pick(TEAMS)],
        lambda: [g.n(), "|", N(p.last_first), "|", P(g.phone()), "|", g.pick(STATUSES)],
        lambda: [g.n(), "\t", N(p.full), "\t", g.pick(PLACES), "\t", g.n(18, 90)],
        lambda: ["on-call handover: ", N(p.full), " => ", N(q.full), " (", g.pick(TEAMS), ")"],
    ])()


def _delimited_neg(g: Gen) -> list[Part]:
    return g.r.choice([
        lambda: [g.n(), ",", g.pick(PRODUCTS_SOLD), ",", g.pick(PLACES), ",", g.n(1, 999), ".", g.n(10, 99)],
        lambda: ["region failover: ", g.pick(PLACES), " => ", g.pick(PLACES), " (", g.pick(STATUSES), ")"],
    ])()


def _hl7_pnr(g: Gen) -> list[Part]:
    p = g.person(latin=True)
    from _gen import fold
    fam, giv = fold(p.family).upper() or "X", fold(p.given).upper() or "Y"
    return g.r.choice([
        lambda: ["PID|1||", g.n(100000, 999999), "^^^HOSP^MR||", N(f"{fam}^{giv}"), "||19", g.n(50, 99), "0",
                 g.n(1, 9), "1", g.n(0, 9), "|", g.pick(["M", "F"]), "|||||", P(g.phone())],
        lambda: [" ", g.n(1, 4), ".", N(f"{fam}/{giv}"), g.pick([" MR", " MRS", " MS", "MR", " DR"]), "  ",
                 g.hexid(6).upper()],
        lambda: ["NK1|1|", N(f"{fam}^{giv}"), "|SPO|||", P(g.phone())],
    ])()


def _hl7_neg(g: Gen) -> list[Part]:
    return ["MSH|^~\\&|LAB|", g.pick(PLACES).upper(), "|EHR|HOSP|2025", g.n(1000, 9999), "||ORU^R01|",
            g.n(), "|P|2.5"]


def _kv_numbers(g: Gen) -> list[Part]:
    p = g.person()
    return g.r.choice([
        lambda: ["verify identity: applicant=", N(p.full), " ssn=", S(g.ssn(g.pick(["dash", "space", "bare"])))],
        lambda: ["caller confirmed last four of social ", S(g.last4()), " callback ", P(g.phone())],
        lambda: ["charge ok card=", C(g.card()), " exp=0", g.n(1, 9), "/2", g.n(6, 9), " amount=", g.n(1, 999), ".00"],
        lambda: ["sms otp sent to ", P(g.phone()), " for ", N(p.given)],
    ])()


def _kv_neg(g: Gen) -> list[Part]:
    return g.r.choice([
        lambda: ["order=", g.n(100000000, 999999999), " tracking=1Z", g.hexid(16).upper(), " status=",
                 g.pick(STATUSES)],
        lambda: ["card ending in ", g.n(1000, 9999), " declined; retry ", g.n(1, 5), "/5"],
        lambda: ["build ", g.n(1000, 9999), ".", g.n(0, 99), ".", g.n(0, 999), " took ", g.n(1, 600), "s"],
    ])()


def _urlenc(g: Gen) -> list[Part]:
    p = g.person(latin=True)
    from _gen import fold
    return g.r.choice([
        lambda: [IP(g.ip()), " - - [01/May/2025:10:00:00 +0000] \"GET /signup?email=",
                 E(urllib.parse.quote(g.email(p), safe="")), "&plan=pro HTTP/1.1\" 302 0"],
        lambda: [IP(g.ip()), " - - [01/May/2025:10:00:00 +0000] \"POST /contact HTTP/1.1\" 200 12 \"name=",
                 N(f"{fold(p.given)}+{fold(p.family)}"), "&topic=billing\""],
        lambda: ["redirect_uri=https%3A%2F%2Fapp.example%2Fcb&login_hint=", E(g.email(p).replace("@", "%40"))],
    ])()


def _urlenc_neg(g: Gen) -> list[Part]:
    return [IP(g.ip()), " - - [01/May/2025:10:00:00 +0000] \"GET /search?q=", g.pick(PLACES), "+",
            g.pick(PRODUCTS).lower(), "&page=", g.n(1, 9), " HTTP/1.1\" 200 ", g.n()]


def _negatives(g: Gen) -> list[Part]:
    return g.r.choice([
        lambda: ["Link ", g.pick(["Up", "Down"]), " on port ", g.n(1, 48), "; state=", g.pick(STATUSES)],
        lambda: ["Shipping to ", g.pick(PLACES), ", ", g.pick(["TX", "GA", "BC", "WI", "NC", "SC"]), " via ",
                 g.pick(COMPANIES)],
        lambda: [g.pick(JARGON), " for ", g.pick(PRODUCTS), " in ", g.pick(PLACES)],
        lambda: ["Ack: ", g.n(), " Seq: ", g.n(), " Window: ", g.n(1, 65535)],
        lambda: ["user-agent=", g.pick(PRODUCTS), "/", g.n(1, 9), ".", g.n(0, 9), " device=", g.pick(STATUSES)],
        lambda: ["Welcome back! ", g.pick(["Your plan renews soon.", "What's new in 3.2", "Thanks for upgrading."])],
        lambda: ["vendor=", g.pick(COMPANIES), " contact=", g.pick(["Sales Desk", "Support Team", "Billing Office"])],
    ])()


def _fhir(g: Gen) -> list[Part]:
    p = g.person()
    return g.r.choice([
        lambda: ["{\"resourceType\":\"Patient\",\"id\":\"", g.hexid(8), "\",\"name\":[{\"family\":\"", N(p.family),
                 "\",\"given\":[\"", N(p.given), "\"]}],\"telecom\":[{\"system\":\"phone\",\"value\":\"",
                 P(g.phone()), "\"}]}"],
        lambda: ["{\"resourceType\":\"Practitioner\",\"name\":[{\"text\":\"", N(p.full), "\",\"prefix\":[\"Dr\"]}]}"],
        lambda: ["AuditEvent agent.who.display=\"", N(p.full), "\" action=R outcome=0 network.address=", IP(g.ip())],
        lambda: ["{\"resourceType\":\"Coverage\",\"subscriberId\":\"", S(g.ssn()), "\",\"subscriber\":{\"display\":\"",
                 N(p.full), "\"}}"],
    ])()


def _fhir_neg(g: Gen) -> list[Part]:
    return g.r.choice([
        lambda: ["{\"resourceType\":\"Organization\",\"name\":\"", g.pick(COMPANIES), "\",\"address\":[{\"city\":\"",
                 g.pick(PLACES), "\"}]}"],
        lambda: ["{\"resourceType\":\"Observation\",\"status\":\"", g.pick(["final", "amended", "preliminary"]),
                 "\",\"code\":{\"text\":\"Glucose\"},\"valueQuantity\":{\"value\":", g.n(60, 200), "}}"],
    ])()


def _payments(g: Gen) -> list[Part]:
    p = g.person(latin=True)
    from _gen import fold
    up = f"{fold(p.given)} {fold(p.family)}".upper()
    return g.r.choice([
        lambda: ["webhook charge.succeeded billing_details={name: '", N(p.full), "', phone: '", P(g.phone()),
                 "'} amount=", g.n(100, 99999)],
        lambda: ["authorise shopperName.firstName=", N(p.given), "&shopperName.lastName=", N(p.family),
                 "&card.number=", C(g.card("plain"))],
        lambda: ["POS txn ", g.n(), " CARDHOLDER ", N(up), " PAN ", C(g.card()), " AUTH ", g.n(100000, 999999)],
        lambda: ["chargeback opened: cardholder_name=\"", N(up), "\" reason=fraud amount=", g.n(1, 999), ".", g.n(10, 99)],
    ])()


def _payments_neg(g: Gen) -> list[Part]:
    return g.r.choice([
        lambda: ["webhook charge.refunded card=************", g.n(1000, 9999), " brand=visa last4=", g.n(1000, 9999),
                 " status=", g.pick(STATUSES).lower()],
        lambda: ["POS txn ", g.n(), " CARDHOLDER NOT PRESENT PAN ", g.n(400000, 499999), "******", g.n(1000, 9999),
                 " AUTH DECLINED"],
        lambda: ["payout ", g.hexid(14), " to ", g.pick(COMPANIES), " settled; fee ", g.n(1, 99), ".", g.n(10, 99)],
    ])()


# particle -> (mimesis locale for the given name, family-name roots or None for that locale's surnames)
_ARABIC_GIVEN = ["Mohammed", "Lubna", "Youssef", "Khadija", "Walid", "Dalia", "Ahmad", "Aisha", "Jawad", "Noor",
                 "Ziyad", "Salma", "Ismail", "Mariam"]
_ARABIC_ROOTS = ["Rashid", "Hashimi", "Masri", "Salleh", "Qasim", "Khatib", "Nasser", "Hamdan", "Zahrani", "Amin",
                 "Ismail", "Shami", "Hakim", "Sayed"]
_IRISH_ROOTS = ["Brien", "Connor", "Sullivan", "Neill", "Donnell", "Mahony", "Dowd", "Keeffe"]
_GAELIC_ROOTS = ["Briain", "Conchúir", "Súilleabháin", "Néill", "Dónaill", "Mathúna"]
_PARTICLES: dict[str, tuple[str, list[str] | None]] = {
    "van der": ("nl", None), "van": ("nl", None), "ter": ("nl", None), "de la": ("es", None), "de": ("es-mx", None),
    "da": ("pt-br", None), "dos": ("pt", None), "von": ("de", None), "zu": ("de-at", None), "du": ("fr", None),
    "Le": ("fr", None), "d'": ("fr", ["Arcy", "Aubigné", "Estaing", "Orléans", "Amboise"]),
    "bin": ("", _ARABIC_ROOTS), "bint": ("", _ARABIC_ROOTS), "ibn": ("", _ARABIC_ROOTS), "al-": ("", _ARABIC_ROOTS),
    "el-": ("", _ARABIC_ROOTS), "O'": ("en-gb", _IRISH_ROOTS), "Mac": ("en-gb", ["Donald", "Leod", "Kenzie", "Intyre"]),
    "Ní": ("", _GAELIC_ROOTS), "Ó": ("", _GAELIC_ROOTS),
}
_GAELIC_GIVEN = ["Clodagh", "Órlaith", "Sadhbh", "Tadhg", "Cathal", "Donnchadh", "Séamus", "Róisín"]


def _particle_name(g: Gen) -> str:
    part = g.pick(list(_PARTICLES))
    loc, roots = _PARTICLES[part]
    if part in ("Ní", "Ó"):
        given = g.pick(_GAELIC_GIVEN)
    elif not loc:
        given = g.pick(_ARABIC_GIVEN)
    else:
        given = g.person_from(loc).given
    fam = g.pick(roots) if roots else g.person_from(loc).family
    if part.endswith(("-", "'")):
        return f"{given} {part}{fam}"
    return f"{given} {part} {fam}"


def _particles(g: Gen) -> list[Part]:
    name = _particle_name(g)
    return g.r.choice([
        lambda: ["Passenger: ", N(name), " seat ", g.n(1, 40), g.pick("ABCDEF"), " gate B", g.n(1, 60)],
        lambda: ["{\"holder\": \"", N(name), "\", \"status\": \"", g.pick(STATUSES), "\"}"],
        lambda: [g.n(), ";", N(name), ";", E(g.email()), ";", g.pick(TEAMS)],
        lambda: ["signed by ", N(name), " on 2025-0", g.n(1, 9), "-1", g.n(0, 9)],
    ])()


def _particles_neg(g: Gen) -> list[Part]:
    return g.r.choice([
        lambda: ["route ", g.pick(["Rio de Janeiro", "Aix-en-Provence", "Den Haag", "Frankfurt am Main", "Stratford-upon-Avon",
                                   "Saint-Étienne", "Castellón de la Plana", "Bergen op Zoom"]), " -> ", g.pick(PLACES),
                 " delayed ", g.n(5, 90), "m"],
        lambda: [g.pick(["Mise à jour terminée", "Verbindung wird hergestellt", "Sincronización completa",
                         "Aggiornamento della cache", "Opnieuw verbinden met de server"]), " (", g.n(1, 99), "%)"],
    ])()


def _banking_caps(g: Gen) -> list[Part]:
    p = g.person(latin=True)
    from _gen import fold
    fam, giv = fold(p.family).upper() or "X", fold(p.given).upper() or "Y"
    return g.r.choice([
        lambda: [":59:/", g.n(10000000, 99999999), "\n", N(f"{giv} {fam}"), "\n", g.n(1, 200), " ", g.pick(PLACES).upper(),
                 " ROAD"],
        lambda: ["BENEFICIARY NAME: ", N(f"{fam}, {giv}"), "  AMOUNT: ", g.n(100, 99999), ".00 EUR"],
        lambda: ["ACCT HOLDER=", N(f"{fam}/{giv}"), " STATUS=", g.pick(STATUSES).upper()],
        lambda: [g.n(100000, 999999), "  ", N(f"{fam:<14s}".rstrip()), "  ", N(giv), "  ", g.pick(["DR", "CR"]), "  ",
                 g.n(1, 9999), ".00"],
    ])()


def _banking_neg(g: Gen) -> list[Part]:
    return g.r.choice([
        lambda: ["BENEFICIARY NAME: ", g.pick(COMPANIES).upper(), "  AMOUNT: ", g.n(100, 99999), ".00 EUR"],
        lambda: ["ACCT HOLDER=JOINT ACCOUNT STATUS=", g.pick(STATUSES).upper()],
        lambda: ["BATCH ", g.n(), " ", g.pick(["SETTLED", "PENDING", "REJECTED"]), " BRANCH ", g.pick(PLACES).upper()],
    ])()



#: family -> (group, positive templates, negative templates)
FAMILIES: dict[str, tuple[str, list[Template], list[Template]]] = {
    "k8s_cri": ("held-out", [_k8s], [_k8s_neg]),
    "django_rails": ("held-out", [_django_rails], [_django_neg]),
    "spring_java": ("held-out", [_spring], [_spring_neg]),
    "zap_logrus_json": ("held-out", [_zap_logrus], [_zap_neg]),
    "cloudtrail_alb": ("held-out", [_cloudtrail_alb], [_cloudtrail_neg]),
    "windows_security": ("held-out", [_windows], [_windows_neg]),
    "smtp_imap": ("held-out", [_mail], [_mail_neg]),
    "reprs": ("held-out", [_reprs], [_reprs_neg]),
    "graphql_xml_yaml": ("held-out", [_graphql_xml], [_graphql_neg]),
    "ci_chatops": ("held-out", [_ci_chatops], [_ci_neg]),
    "fhir_json": ("held-out", [_fhir], [_fhir_neg]),
    "payments": ("held-out", [_payments], [_payments_neg]),
    "hard_negatives": ("held-out", [_negatives], []),
    "sshd_pam_sudo": ("dev-like", [_auth], [_auth_neg]),
    "sql_echo": ("dev-like", [_sql], [_sql_neg]),
    "csv_pipe_arrows": ("dev-like", [_delimited], [_delimited_neg]),
    "hl7_pnr": ("dev-like", [_hl7_pnr], [_hl7_neg]),
    "kv_numbers": ("dev-like", [_kv_numbers], [_kv_neg]),
    "url_encoded": ("dev-like", [_urlenc], [_urlenc_neg]),
    "particles_world": ("dev-like", [_particles], [_particles_neg]),
    "banking_caps": ("dev-like", [_banking_caps], [_banking_neg]),
}
