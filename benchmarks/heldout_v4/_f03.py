"""f03 templates."""

from __future__ import annotations

from typing import Any

from _ctx import Ctx
from _decoys import COMPANIES, PLACES_LIKE_NAMES, PRODUCTS_LIKE_PEOPLE, SERVICE_ACCOUNTS, STATUSES, VERSIONS
from _seg import RS, M, Rec, RSome, T, cc, em, ip, nm, ph, sn

TARGETS = ("accounts_api::handlers::signup", "billing::invoices", "notifier::sms", "kyc_worker::checks",
           "crm_sync::contacts", "orders::checkout", "support_desk::tickets", "payroll_core::employees")
LEVELS = ("TRACE", "DEBUG", " INFO", " WARN", "ERROR")
WORKERS = ("tokio-runtime-worker", "main", "actix-rt|system:0|arbiter:3", "blocking-7")


def _ts(c: Ctx) -> str:
    return c.when().strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _lvl(c: Ctx, bias: str | None = None) -> str:
    return bias or c.choice(LEVELS[1:])


class F:
    """A tracing field: key plus value; `debug` values are quoted (recorded with `?` or as &str)."""

    def __init__(self, key: str, value: Any, debug: bool = True) -> None:
        self.key, self.value, self.debug = key, value, debug


def _fields_text(fields: list[F], style: str) -> list[Any]:
    """Pieces for the fields: full/compact `k=v`, pretty `k: v`."""
    out: list[Any] = []
    for i, f in enumerate(fields):
        if style == "pretty":
            out.append(", " if i else "")
            out.append(f.key + ": ")
        else:
            out.append(" " if i else "")
            out.append(f.key + "=")
        if isinstance(f.value, (int, float)):
            out.append(str(f.value))
        elif f.debug:
            out.extend(['"', f.value, '"'])
        else:
            out.append(f.value)
    return out


def _span(name: str, fields: list[F]) -> tuple[str, list[F]]:
    return name, fields


def _event(c: Ctx, target: str, msg: Any, fields: list[F], spans: list[tuple[str, list[F]]], style: str,
           level: str | None = None) -> Rec:
    r = Rec()
    lvl = _lvl(c, level)
    ts = _ts(c)
    if style == "full":
        r.add(ts, " ", lvl, " ")
        for name, sf in spans:
            if sf:
                r.add(name, "{", *_fields_text(sf, "full"), "}:")
            else:
                r.add(name, ":")
        if spans:
            r.lit(" ")
        r.add(target, ": ", msg)
        if fields:
            r.add(" ", *_fields_text(fields, "full"))
    elif style == "compact":
        r.add(ts, " ", lvl, " ")
        if spans:
            r.add(":".join(n for n, _ in spans), ": ")
        r.add(target, ": ", msg)
        allf = fields + [f for _, sf in spans for f in sf]
        if allf:
            r.add(" ", *_fields_text(allf, "compact"))
    elif style == "pretty":
        r.add("  ", ts, " ", lvl.strip().rjust(5), " ", target, ": ", msg)
        if fields:
            r.add(", ", *_fields_text(fields, "pretty"))
        r.add(f"\n    at src/{target.split('::', 1)[-1].replace('::', '/')}.rs:{c.randint(20, 400)} on {c.choice(WORKERS)}")
        for name, sf in reversed(spans):
            r.add(f"\n    in {target.split('::')[0]}::{name}")
            if sf:
                r.add(" with ", *_fields_text(sf, "pretty"))
        r.lit("\n")
    else:  # json
        r.is_json = True
        obj: dict[str, Any] = {"timestamp": ts, "level": lvl.strip()}
        fobj: dict[str, Any] = {"message": msg}
        for f in fields:
            fobj[f.key] = f.value
        obj["fields"] = fobj
        obj["target"] = target
        if spans:
            name, sf = spans[-1]
            obj["span"] = {**{f.key: f.value for f in sf}, "name": name}
            obj["spans"] = [{**{f.key: f.value for f in s}, "name": n} for n, s in spans]
        r.json(obj)
    return r


def _req_span(c: Ctx, p=None, with_ip: bool = True) -> tuple[str, list[F]]:  # type: ignore[no-untyped-def]
    fields = [F("method", c.choice(["GET", "POST", "PUT", "PATCH"]), False),
              F("uri", c.choice(["/v1/customers", "/v1/signup", "/api/contacts", "/v2/invoices/send"]), False)]
    if with_ip and c.chance(0.7):
        fields.append(F("client_ip", ip(c.ip(0.15)), False))
    if p is not None and c.chance(0.5):
        fields.append(F("user", nm(c.acct(p)), c.chance(0.5)))
    return "request" if c.chance(0.5) else "http_request", fields


def _pii_fields(c: Ctx, p) -> tuple[Any, list[F]]:  # type: ignore[no-untyped-def]
    k = c.randint(0, 7)
    if k == 0:
        return "customer created", [F("customer.name", nm(p.full())), F("customer.email", em(c.email(p)))]
    if k == 1:
        return "sending verification sms", [F("to", ph(c.phone(p)), c.chance(0.5)), F("attempt", c.randint(1, 3))]
    if k == 2:
        return M("invoice sent to ", nm(p.full())), [F("email", em(c.email(p))), F("amount_cents", c.randint(500, 90000))]
    if k == 3:
        return "identity check failed", [F("applicant", nm(p.latin()), False), F("ssn", sn(c.ssn()))]
    if k == 4:
        return "card declined", [F("pan", cc(c.card("plain"))), F("reason", "insufficient_funds")]
    if k == 5:
        return M("ticket assigned to ", nm(p.given)), [F("assignee", nm(c.acct(p)), False), F("queue", "tier2")]
    if k == 6:
        q = c.person()
        return "employee manager changed", [F("employee", nm(p.full())), F("manager", nm(q.full())),
                                            F("phone", ph(c.phone(p)))]
    return "login succeeded", [F("user.email", em(c.email(p))), F("peer", ip(c.ip(0.2)), False)]


# ------------------------------------------------------------------------------------------ positives
def _pos_style(style: str):  # type: ignore[no-untyped-def]
    def t(c: Ctx) -> Rec:
        p = c.person()
        msg, fields = _pii_fields(c, p)
        spans = [_req_span(c, p)] if c.chance(0.7) else []
        return _event(c, c.choice(TARGETS), msg, fields, spans, style)

    t.__name__ = f"pos_{style}"
    return t


def pos_env_logger(c: Ctx) -> Rec:
    p = c.person()
    t = c.when().strftime("%Y-%m-%dT%H:%M:%SZ")
    lvl = c.choice(["INFO ", "WARN ", "ERROR", "DEBUG"])
    mod = c.choice(TARGETS)
    msg = c.choice([
        M("Connecting to CRM as ", em(c.email(p))),
        M("Queued welcome mail for ", nm(p.full()), " <", em(c.email(p)), ">"),
        M("SMS gateway rejected ", ph(c.phone(p)), ": 21614 not a mobile number"),
        M("Matched payroll record for ", nm(p.last_first())),
    ])
    return Rec().add(f"[{t} {lvl} {mod}] ", msg)


def pos_actix(c: Ctx) -> Rec:
    p = c.person()
    t = c.when().strftime("%Y-%m-%dT%H:%M:%SZ")
    addr = c.ip(0.15)
    peer: Any = M(ip(addr), f":{c.randint(1025, 65000)}") if ":" not in addr and c.chance(0.4) else ip(addr)
    path = c.choice([M("/api/users?email=", em(c.email(p))), M("/api/profile/", nm(c.acct(p))), "/api/orders",
                     M("/api/lookup?phone=", T(c.phone(p, "e164").replace("+", "%2B"), "PHONE"))])
    return Rec().add(f"[{t} INFO  actix_web::middleware::logger] ", peer, ' "', c.choice(["GET", "POST"]), " ", path,
                     ' HTTP/1.1" ', str(c.choice([200, 201, 404, 422])), " ", str(c.randint(20, 9000)), ' "-" "',
                     c.choice(["Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/132.0", "okhttp/4.12.0",
                               "reqwest/0.12.9"]), f'" {c.random():.6f}')


def _customer_struct(c: Ctx, p) -> RS:  # type: ignore[no-untyped-def]
    return RS(c.choice(["Customer", "NewCustomer", "Contact", "Applicant"]), {
        "id": c.randint(100, 99999),
        "name": nm(p.full()),
        "email": em(c.email(p)),
        "phone": RSome(ph(c.phone(p))) if c.chance(0.7) else None,
        "tier": RS(c.choice(["Gold", "Standard", "Trial"]), {}),
    })


def pos_panic(c: Ctx) -> Rec:
    p = c.person()
    r = Rec()
    r.lit(f"thread '{c.choice(WORKERS)}' panicked at src/{c.choice(['handlers/signup', 'billing', 'sync/contacts'])}.rs:"
          f"{c.randint(10, 400)}:{c.randint(5, 60)}:\n")
    r.lit("called `Result::unwrap()` on an `Err` value: ")
    err = c.choice(["Validation", "Conflict", "Rejected"])
    r.lit(err + "(")
    r.rust(_customer_struct(c, p))
    r.lit(")\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace")
    return r


def pos_debug_pretty(c: Ctx) -> Rec:
    p = c.person()
    r = Rec()
    r.add(_ts(c), " DEBUG ", c.choice(TARGETS), ": loaded ")
    r.rust(_customer_struct(c, p), pretty=True)
    return r


def pos_sqlx(c: Ctx) -> Rec:
    p = c.person()
    e = c.email(p)
    stmt = c.choice([
        M("SELECT id, full_name FROM customers WHERE email = '", em(e), "'"),
        M("UPDATE employees SET phone = '", ph(c.phone(p)), "' WHERE id = ", str(c.randint(10, 9999))),
        M("INSERT INTO contacts (full_name, email) VALUES ('", nm(p.full()), "', '", em(e), "')"),
    ])
    summary = stmt.plain()[:28].rsplit(" ", 1)[0] + " …"
    r = Rec()
    r.add(_ts(c), "  WARN sqlx::query: slow statement: execution time exceeded alert threshold summary=\"",
          summary, '" db.statement="\\n\\n', stmt, '\\n" rows_affected=', str(c.randint(0, 1)),
          f" rows_returned={c.randint(0, 1)} elapsed={c.randint(1, 4)}.{c.randint(100, 999)}s slow_threshold=1s")
    return r


def pos_tower(c: Ctx) -> Rec:
    p = c.person()
    acct = c.acct(p)
    uri: Any = c.choice([M("/v1/users/", nm(acct)), M("/v1/users/", em(c.email(p)), "/devices")])
    span = [F("method", "GET", False), F("uri", uri, False), F("version", "HTTP/1.1", False)]
    r = Rec()
    r.add(_ts(c), " DEBUG request{", *_fields_text(span, "full"), "}: tower_http::trace::on_request: started processing request\n")
    r.add(_ts(c), " DEBUG request{", *_fields_text(span, "full"),
          f"}}: tower_http::trace::on_response: finished processing request latency={c.randint(1, 900)} ms status={c.choice([200, 404, 403])}")
    return r


POS = [_pos_style("full"), _pos_style("full"), _pos_style("compact"), _pos_style("pretty"), _pos_style("json"),
       _pos_style("json"), pos_env_logger, pos_actix, pos_panic, pos_debug_pretty, pos_sqlx, pos_tower]


# ------------------------------------------------------------------------------------------ negatives
def _neg_fields(c: Ctx) -> tuple[Any, list[F]]:
    k = c.randint(0, 9)
    if k == 0:
        return "listening", [F("addr", "unix:/run/app/api.sock", False), F("version", c.choice(VERSIONS), False)]
    if k == 1:
        return "applied migration", [F("version", 20260000000000 + c.randint(1000000, 9999999) * 10 + 1),
                                     F("description", c.choice(["add_index_orders", "create_regions", "drop_legacy_sku"]))]
    if k == 2:
        return "background job finished", [F("job", c.choice(["reindex_products", "expire_carts", "rollup_metrics"])),
                                           F("run_as", c.choice(SERVICE_ACCOUNTS)), F("duration_ms", c.randint(5, 90000))]
    if k == 3:
        return "inference backend selected", [F("gpu.arch", c.choice(["Hopper", "Ada", "Ampere", "Blackwell", "Volta"])),
                                              F("model", c.choice(["ada-embed-002", "marvin-small", "otto-v3"]))]
    if k == 4:
        return "shipment status changed", [F("from", c.choice(STATUSES)), F("to", c.choice(STATUSES)),
                                           F("warehouse", c.choice(PLACES_LIKE_NAMES))]
    if k == 5:
        return "invoice generated", [F("account", c.choice(COMPANIES)), F("total_cents", c.randint(100, 9000000))]
    if k == 6:
        return "cache stats", [F("hits", c.randint(0, 99999)), F("misses", c.randint(0, 9999)),
                               F("evictions", c.randint(0, 999))]
    if k == 7:
        return "feature flag evaluated", [F("flag", c.choice(["new-checkout", "dark-mode", "grace-period-banner"])),
                                          F("variant", c.choice(PRODUCTS_LIKE_PEOPLE))]
    if k == 8:
        return "rate limit exceeded", [F("route", "/v1/search"), F("bucket", "anonymous"), F("retry_after_s", c.randint(1, 60))]
    return "config reloaded", [F("region", c.choice(["eu-west-1", "us-east-2", "ap-southeast-2"])),
                               F("owner", c.choice(["platform-team", "payments-squad", "sre"]))]


def _neg_style(style: str):  # type: ignore[no-untyped-def]
    def t(c: Ctx) -> Rec:
        msg, fields = _neg_fields(c)
        spans = [("job", [F("id", c.randint(1000, 99999))])] if c.chance(0.4) else []
        tgt = c.choice(["inventory::jobs", "catalog::index", "gateway::server", "billing::scheduler", "shipping::events"])
        return _event(c, tgt, msg, fields, spans, style)

    t.__name__ = f"neg_{style}"
    return t


def neg_panic(c: Ctx) -> Rec:
    k = c.randint(0, 2)
    msg = ["index out of bounds: the len is 3 but the index is 7",
           "called `Option::unwrap()` on a `None` value",
           'called `Result::unwrap()` on an `Err` value: Config(MissingField { field: "region", file: "config/prod.toml" })'][k]
    return Rec().lit(f"thread '{c.choice(WORKERS)}' panicked at src/{c.choice(['catalog', 'jobs/rollup', 'server'])}.rs:"
                     f"{c.randint(10, 400)}:{c.randint(5, 60)}:\n{msg}\n"
                     "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace")


def neg_debug_pretty(c: Ctx) -> Rec:
    cfg = RS("Config", {"region": c.choice(["eu-west-1", "us-east-2"]), "pool": RS("PoolOptions", {
        "max_connections": c.choice([8, 16, 32]), "idle_timeout": RSome(RS("Duration", {"secs": 600, "nanos": 0}))}),
        "owner": c.choice(["platform-team", "sre"]), "warehouse": c.choice(PLACES_LIKE_NAMES),
        "default_product": c.choice(PRODUCTS_LIKE_PEOPLE)})
    r = Rec()
    r.add(_ts(c), " DEBUG gateway::config: effective ")
    r.rust(cfg, pretty=c.chance(0.6))
    return r


def neg_tower(c: Ctx) -> Rec:
    uri = c.choice(["/healthz", "/metrics", "/v1/products?category=garden", "/readyz"])
    r = Rec()
    r.add(_ts(c), f" DEBUG request{{method=GET uri={uri} version=HTTP/1.1}}: tower_http::trace::on_response: "
          f"finished processing request latency={c.randint(0, 40)} ms status=200")
    return r


def neg_env_logger(c: Ctx) -> Rec:
    t = c.when().strftime("%Y-%m-%dT%H:%M:%SZ")
    msg = c.choice([f"Starting {c.randint(2, 16)} workers", "Starting \"actix-web-service-unix:/run/app.sock\" service on unix:/run/app.sock",
                    f"Loaded {c.randint(10, 900)} price rules for {c.choice(COMPANIES)}", "Tokio runtime shutting down",
                    f"Using GPU backend {c.choice(['Hopper', 'Ada', 'Ampere'])} (driver {c.choice(VERSIONS)})"])
    return Rec().lit(f"[{t} {c.choice(['INFO ', 'WARN ', 'DEBUG'])} {c.choice(['actix_server::builder', 'inventory::jobs', 'gateway'])}] {msg}")


NEG = [_neg_style("full"), _neg_style("compact"), _neg_style("pretty"), _neg_style("json"), neg_panic,
       neg_debug_pretty, neg_tower, neg_env_logger]
