"""Family pino_bunyan: Node.js pino and bunyan JSON lines (pino-http / Fastify request logs with
headers and bodies, err objects with stacks), pino-pretty and bunyan CLI renderings."""

from __future__ import annotations

from typing import Any

import _lookalikes as lk
import _values as val
from _build import Rec, S, V
from _ctx import Ctx
from _names import Person

_SERVICES = ("billing-api", "signup-svc", "crm-gateway", "notifications", "lucia-auth-proxy", "marko-storefront")
_UA = (
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.86 Safari/537.36",
    "okhttp/4.12.0",
    "Dart/3.5 (dart:io)",
    "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
    "curl/8.5.0",
)
_PROBE_UA = ("kube-probe/1.30", "ELB-HealthChecker/2.0", "GoogleHC/1.0", "Consul Health Check", "Prometheus/2.54.1")


def _body(c: Ctx, p: Person) -> dict[str, Any]:
    k = c.n(0, 3)
    if k == 0:
        return {
            "firstName": V(p.given, "NAME"),
            "lastName": V(p.family, "NAME"),
            "email": c.v_email(p),
            "phone": V(c.phone().e164, "PHONE"),
            "marketingOptIn": c.chance(0.5),
        }
    if k == 1:
        return {"name": V(c.disp(p), "NAME"), "email": c.v_email(p), "password": "[Redacted]"}
    if k == 2:
        return {"contact": {"full_name": V(c.disp(p), "NAME"), "mobile": V(c.phone().intl, "PHONE")}, "source": "web"}
    return {
        "cardholder": V(p.upper_ascii() if c.chance(0.4) else p.western(), "NAME"),
        "pan": V(val.card(c.rng), "CREDIT_CARD"),
        "exp": f"{c.n(1, 12):02d}/{c.n(27, 31)}",
    }


def _req(c: Ctx, p: Person | None, url: str, method: str) -> dict[str, Any]:
    req: dict[str, Any] = {"id": c.n(1, 99999), "method": method, "url": url, "query": {}, "params": {}}
    headers: dict[str, Any] = {
        "host": c.pick(["api.northwind.example", "localhost:3000", "signup.tailspin.example"]),
        "user-agent": c.pick(_UA) if p else c.pick(_PROBE_UA),
        "accept": "application/json",
    }
    if p is not None:
        if c.chance(0.5):
            chain = [V(c.ip(v6_share=0.1, private_share=0.0), "IP_ADDRESS")]
            if c.chance(0.5):
                chain.append(V(c.ip4(private=True), "IP_ADDRESS"))
            pieces: list[Any] = []
            for i, x in enumerate(chain):
                pieces += ([", "] if i else []) + [x]
            headers["x-forwarded-for"] = S(*pieces)
        if c.chance(0.3):
            headers["x-user-email"] = c.v_email(p)
        headers["content-type"] = "application/json"
    req["headers"] = headers
    if p is not None and c.chance(0.7):
        req["remoteAddress"] = V(c.pick(["::ffff:", ""]) + c.ip4(private=c.chance(0.5)), "IP_ADDRESS")
        req["remotePort"] = val.port(c.rng)
    return req


def _err(c: Ctx, p: Person) -> dict[str, Any]:
    k = c.n(0, 2)
    if k == 0:
        msg = S("Email ", c.v_email(p), " is already registered")
        typ = "ConflictError"
    elif k == 1:
        msg = S('Invalid phone number "', V(c.phone().national, "PHONE"), '" for ', V(c.disp(p), "NAME"))
        typ = "ValidationError"
    else:
        msg = S(
            'duplicate key value violates unique constraint "users_email_key": Key (email)=(',
            c.v_email(p),
            ") already exists.",
        )
        typ = "DatabaseError"
    stack = S(
        typ,
        ": ",
        msg,
        "\n    at UserService.create (/app/src/services/user.js:",
        str(c.n(10, 200)),
        ":11)\n    at async Object.handler (/app/src/routes/signup.js:",
        str(c.n(10, 90)),
        ":18)\n    at async preHandlerCallback (/app/node_modules/fastify/lib/handleRequest.js:137:5)",
    )
    return {"type": typ, "message": msg, "stack": stack, "code": c.pick(["E_CONFLICT", "23505", "E_VALIDATION"])}


def _doc(c: Ctx, bunyan: bool) -> dict[str, Any]:
    """One pino (or bunyan) log object."""
    name = c.pick(_SERVICES)
    host = c.pick(["api-7d9f8b6c5-x2k4q", "node-api-blue", "ip-10-0-3-17", "web-01"])
    pid = c.n(1, 9999)
    level = c.pick([30, 30, 30, 40, 50])
    doc: dict[str, Any] = (
        {"name": name, "hostname": host, "pid": pid, "level": level}
        if bunyan
        else {"level": level, "time": val.epoch_ms(c.t), "pid": pid, "hostname": host}
    )
    if c.negative:
        k = c.n(0, 4)
        if k == 0:
            doc.update(
                {
                    "req": _req(c, None, c.pick(["/healthz", "/readyz", "/metrics", "/livez"]), "GET"),
                    "res": {"statusCode": 200},
                    "responseTime": round(c.rng.random() * 3, 3),
                    "msg": "request completed",
                }
            )
        elif k == 1:
            doc["msg"] = c.pick(
                [
                    "Server listening on port 3000",
                    "Connected to database",
                    "Loaded 142 feature flags",
                    "winston transport ready",
                    "graceful shutdown in 30s",
                ]
            )
            doc["db"] = {"host": "pg-primary.internal", "name": c.pick(["orders", "catalog"])}
        elif k == 2:
            doc.update(
                {
                    "job": c.pick(["rebuild-search-index", "prune-sessions", "sync-catalog"]),
                    "durationMs": c.n(20, 9000),
                    "msg": "cron job finished",
                    "status": c.pick(lk.STATUS_WORDS),
                }
            )
        elif k == 3:
            doc.update(
                {
                    "err": {
                        "type": "Error",
                        "message": "connect ECONNREFUSED redis:6379",
                        "stack": "Error: connect ECONNREFUSED redis:6379\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)",
                    },
                    "msg": "cache unavailable, falling back",
                }
            )
        else:
            doc.update(
                {
                    "product": {"sku": val.alnum_upper(c.rng, 8), "title": c.pick(lk.PERSON_LIKE_PRODUCTS)},
                    "msg": "product indexed",
                    "collection": c.pick(lk.NAME_PLACES),
                }
            )
    else:
        p = c.person(native_share=0.1)
        k = c.n(0, 4)
        if k <= 1:
            doc["req"] = _req(c, p, c.pick(["/api/users", "/v1/signup", "/api/contacts", "/checkout/pay"]), "POST")
            doc["req"]["body"] = _body(c, p)
            if k == 1:
                doc["res"] = {"statusCode": c.pick([201, 400, 409]), "headers": {"content-type": "application/json"}}
                doc["responseTime"] = round(c.rng.random() * 300, 2)
            doc["msg"] = c.pick(["incoming request", "request completed", "request errored"])
        elif k == 2:
            doc["err"] = _err(c, p)
            doc["msg"] = doc["err"]["message"]
            doc["level"] = 50
        elif k == 3:
            doc.update(
                {
                    "userId": f"usr_{val.b62(c.rng, 12)}",
                    "email": c.v_email(p),
                    "msg": S("password reset requested for ", V(c.disp(p), "NAME")),
                    "ip": V(c.ip(v6_share=0.1, private_share=0.1), "IP_ADDRESS"),
                }
            )
        else:
            doc.update(
                {"to": V(c.phone().e164, "PHONE"), "template": "otp", "msg": S("sms queued for ", V(p.given, "NAME"))}
            )
    if bunyan:
        doc["msg"] = doc.pop("msg")
        doc["time"] = val.iso_z(c.t)
        doc["v"] = 0
    return doc


_LEVEL = {10: "TRACE", 20: "DEBUG", 30: "INFO", 40: "WARN", 50: "ERROR", 60: "FATAL"}


def _pretty(c: Ctx) -> Rec:
    """pino-pretty: a header line, then the remaining keys as `key: value`, objects as indented JSON."""
    doc = _doc(c, bunyan=False)
    r = Rec()
    name = c.pick(_SERVICES)
    when = c.pick(
        [
            f"[{c.t:%H:%M:%S}.{c.t.microsecond // 1000:03d}]",
            f"[{c.t:%Y-%m-%d %H:%M:%S}.{c.t.microsecond // 1000:03d} +0000]",
        ]
    )
    r.lit(f"{when} {_LEVEL[doc['level']]} ({name}/{doc['pid']} on {doc['hostname']}): ").add(
        doc["msg"] if isinstance(doc["msg"], (str, S, V)) else str(doc["msg"])
    )
    for key, value in doc.items():
        if key in ("level", "time", "pid", "hostname", "msg"):
            continue
        r.lit(f"\n    {key}: ")
        if isinstance(value, (dict, list)):
            r.json(value, style="pretty", indent=2, lead="    ")
        elif isinstance(value, (V, S)):
            r.lit('"').add(value).lit('"')
        else:
            r.lit(str(value) if not isinstance(value, bool) else str(value).lower())
    return r


def _bunyan_cli(c: Ctx) -> Rec:
    """`bunyan` CLI long format: `[time] LEVEL: name/pid on host: msg (k=v, ...)`."""
    r = Rec()
    name, pid, host = c.pick(_SERVICES), c.n(1, 9999), c.pick(["api-7d9f8b6c5-x2k4q", "web-01"])
    level = c.pick(["INFO", "WARN", "ERROR"])
    r.lit(f"[{val.iso_z(c.t)}] {level:>5}: {name}/{pid} on {host}: ")
    if c.negative:
        return r.lit(
            c.pick(
                [
                    "listening (port=3000, env=production)",
                    f"cron finished (job=prune-sessions, durationMs={c.n(10, 900)})",
                    f"GET /healthz 200 (responseTime=0.{c.n(1, 9)})",
                ]
            )
        )
    p = c.person(native_share=0.1)
    return r.add(
        c.pick(
            [
                S("charge created (customer=", V(c.disp(p), "NAME"), ", email=", c.v_email(p), ")"),
                S("login failed (user=", c.v_acct(p), ", ip=", V(c.ip4(), "IP_ADDRESS"), ")"),
                S("sms sent (to=", V(c.phone().e164, "PHONE"), ", name=", V(p.given, "NAME"), ")"),
            ]
        )
    )


def pino_bunyan(c: Ctx) -> Rec:
    k = c.n(0, 9)
    if k <= 4:
        return Rec(is_json=True).json(_doc(c, bunyan=False), style="compact")
    if k <= 6:
        return Rec(is_json=True).json(_doc(c, bunyan=True), style="compact")
    if k <= 8:
        return _pretty(c)
    return _bunyan_cli(c)
