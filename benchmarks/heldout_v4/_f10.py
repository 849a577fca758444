"""f10 templates."""

from __future__ import annotations

from typing import Any

from _ctx import Ctx
from _decoys import COMPANIES, PLACES_LIKE_NAMES, PRODUCTS_LIKE_PEOPLE, STATUSES
from _people import Person
from _seg import Emb, M, Rec, cc, em, ip, nm, ph, sn

TASKS = ("crm.tasks.sync_contact", "notifications.tasks.send_sms", "notifications.tasks.send_welcome_email",
         "billing.tasks.charge_card", "kyc.tasks.verify_identity", "hr.tasks.onboard_employee",
         "support.tasks.create_ticket", "accounts.tasks.merge_duplicates")
WORKERS = ("worker-1", "worker-2", "celery-7f9c", "jobs-3", "w-eu-2")


def _ts(c: Ctx) -> str:
    t = c.when()
    return t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d}"


def _hdr(c: Ctx, level: str, proc: str) -> str:
    return f"[{_ts(c)}: {level}/{proc}] "


def _pool(c: Ctx) -> str:
    return f"ForkPoolWorker-{c.randint(1, 16)}"


def _bytes_enc(s: str) -> str:
    out = []
    for ch in s:
        if ch == "\\":
            out.append("\\\\")
        elif ch == "'":
            out.append("\\'")
        elif 0x20 <= ord(ch) < 0x7F:
            out.append(ch)
        else:
            out.extend(f"\\x{b:02x}" for b in ch.encode("utf-8"))
    return "".join(out)


def _args(c: Ctx, p: Person, task: str) -> tuple[list[Any], dict[str, Any]]:
    if "sms" in task:
        return [ph(c.phone(p)), M("Hi ", nm(p.given), ", your code expires in 10 minutes")], {}
    if "email" in task:
        return [em(c.email(p))], {"name": nm(p.full()), "locale": c.choice(["en", "de", "pt-BR", "ja"])}
    if "charge" in task:
        return [c.randint(1000, 99999)], {"card_number": cc(c.card("plain")), "holder": nm(p.caps())}
    if "kyc" in task:
        return [nm(p.full())], {"ssn": sn(c.ssn()), "dob": "1987-03-14"}
    if "onboard" in task:
        return [c.randint(100, 9999)], {"first_name": nm(p.given), "last_name": nm(p.family),
                                        "work_email": em(c.email(p, "northwind.example"))}
    if "ticket" in task:
        return [M("Customer ", nm(p.full()), " cannot log in")], {"requester": em(c.email(p)), "ip": ip(c.ip(0.1))}
    if "merge" in task:
        q = c.person()
        return [em(c.email(p)), em(c.email(q))], {"keep": nm(p.full())}
    return [nm(p.full()), em(c.email(p))], {"phone": ph(c.phone(p))}


def _result(c: Ctx, p: Person, task: str) -> dict[str, Any]:
    if "sms" in task:
        return {"sid": "SM" + c.hex(32), "to": ph(c.phone(p, "e164")), "status": "queued"}
    if "email" in task:
        return {"sent_to": em(c.email(p)), "message_id": c.hex(24)}
    if "kyc" in task:
        return {"applicant": nm(p.full()), "ssn_last4": sn(c.ssn("last4")), "match": c.choice([True, False])}
    return {"contact_id": c.randint(100, 99999), "email": em(c.email(p)), "name": nm(p.full())}


def _repr_rec(obj: Any) -> Rec:
    return Rec().py(obj)


# ------------------------------------------------------------------------------------------ positives
def pos_received_succeeded(c: Ctx) -> Rec:
    p = c.person()
    task = c.choice(TASKS)
    tid = c.uuid()
    r = Rec()
    r.lit(_hdr(c, "INFO", "MainProcess") + f"Task {task}[{tid}] received\n")
    r.lit(_hdr(c, "INFO", _pool(c)) + f"Task {task}[{tid}] succeeded in {c.random() * 3:.3f}s: ")
    r.py(_result(c, p, task))
    return r


def pos_retry(c: Ctx) -> Rec:
    p = c.person()
    tid = c.uuid()
    k = c.randint(0, 2)
    if k == 0:
        task, exc = "billing.tasks.charge_card", M("CardDeclined('card ", cc(c.card()), " declined for ", nm(p.full()), "')")
    elif k == 1:
        task, exc = "notifications.tasks.send_sms", M("GatewayTimeout('sms to ", ph(c.phone(p)), " timed out')")
    else:
        task, exc = "crm.tasks.sync_contact", M("RateLimited('contact ", em(c.email(p)), " throttled')")
    r = Rec()
    r.add(_hdr(c, "INFO", _pool(c)), f"Task {task}[{tid}] retry: Retry in {c.choice([10, 30, 60, 300])}s: ", exc)
    return r


def pos_failure(c: Ctx) -> Rec:
    p = c.person()
    tid = c.uuid()
    task = c.choice(["notifications.tasks.send_sms", "crm.tasks.sync_contact", "kyc.tasks.verify_identity"])
    if "sms" in task:
        q = '"' if "'" in p.full() else "'"
        msg = M("invalid phone '", ph(c.phone(p)), "' for contact ", q, nm(p.full()), q)
        exc_type, src = "ValueError", 'raise ValueError(f"invalid phone {phone!r} for contact {name!r}")'
    elif "crm" in task:
        msg = M("duplicate key value violates unique constraint \"contacts_email_key\"\nDETAIL:  Key (email)=(",
                em(c.email(p)), ") already exists.")
        exc_type, src = "psycopg2.errors.UniqueViolation", "cur.execute(INSERT_CONTACT, row)"
    else:
        msg = M("name mismatch: expected ", nm(p.caps()), ", bureau returned ", nm(p.latin()))
        exc_type, src = "kyc.errors.IdentityMismatch", "raise IdentityMismatch(msg)"
    r = Rec()
    r.add(_hdr(c, "ERROR", _pool(c)), f"Task {task}[{tid}] raised unexpected: {exc_type.split('.')[-1]}(")
    r.py(msg)
    r.lit(")\nTraceback (most recent call last):\n"
          '  File "/usr/local/lib/python3.12/site-packages/celery/app/trace.py", line 453, in trace_task\n'
          "    R = retval = fun(*args, **kwargs)\n                 ^^^^^^^^^^^^^^^^^^^^\n"
          '  File "/usr/local/lib/python3.12/site-packages/celery/app/trace.py", line 736, in __protected_call__\n'
          "    return self.run(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^\n"
          f'  File "/app/{task.split(".")[0]}/tasks.py", line {c.randint(20, 300)}, in {task.split(".")[-1]}\n'
          f"    {src}\n")
    r.add(f"{exc_type}: ", msg)
    return r


def pos_taskpool_debug(c: Ctx) -> Rec:
    p = c.person()
    task = c.choice(TASKS)
    tid = c.uuid()
    args, kwargs = _args(c, p, task)
    argsrepr = _repr_rec(tuple(args))
    kwargsrepr = _repr_rec(kwargs)
    body = Rec().json([args, kwargs, {"callbacks": None, "errbacks": None, "chain": None, "chord": None}])
    hdr = {"lang": "py", "task": task, "id": tid, "shadow": None, "eta": None, "expires": None, "group": None,
           "group_index": None, "retries": 0, "timelimit": [None, None], "root_id": tid, "parent_id": None,
           "argsrepr": Emb(argsrepr), "kwargsrepr": Emb(kwargsrepr), "origin": f"gen{c.randint(1, 99)}@{c.choice(['web-3', 'api-2', 'app-prod-12'])}",
           "ignore_result": False, "hostname": f"celery@{c.choice(WORKERS)}",
           "delivery_info": {"exchange": "", "routing_key": "celery", "priority": 0, "redelivered": False},
           "args": args, "kwargs": kwargs}
    r = Rec()
    r.lit(_hdr(c, "DEBUG", "MainProcess") + f"TaskPool: Apply <function fast_trace_task at 0x7f{c.hex(10)}> (args:('{task}', '{tid}', ")
    r.py(hdr)
    r.lit(", b'")
    r.embed(body, _bytes_enc)
    r.lit("', 'application/json', 'utf-8') kwargs:{})")
    return r


def pos_inspect_active(c: Ctx) -> Rec:
    rows: list[Rec] = []
    for w in c.sample(WORKERS, c.randint(1, 2)):
        rows.append(Rec().lit(f"-> celery@{w}: OK"))
        for _ in range(c.randint(1, 2)):
            p = c.person()
            task = c.choice(TASKS)
            args, kwargs = _args(c, p, task)
            row = Rec().lit("    * ")
            row.py({"id": c.uuid(), "name": task, "args": args, "kwargs": kwargs, "type": task,
                    "hostname": f"celery@{w}", "time_start": round(c.when().timestamp() % 100000 + c.random(), 6),
                    "acknowledged": True,
                    "delivery_info": {"exchange": "", "routing_key": "celery", "priority": 0, "redelivered": False},
                    "worker_pid": c.randint(100, 99999)})
            rows.append(row)
    return Rec().rows([[x] for x in rows])


def pos_json_logger(c: Ctx) -> Rec:
    p = c.person()
    task = c.choice(TASKS)
    tid = c.uuid()
    res = _repr_rec(_result(c, p, task))
    msg = Rec().lit(f"Task {task}[{tid}] succeeded in {c.random() * 3:.3f}s: ").embed(res)
    obj = {"asctime": _ts(c), "levelname": "INFO", "name": "celery.app.trace", "message": Emb(msg),
           "task_id": tid, "task_name": task}
    return Rec(is_json=True).json(obj, style="spaced", ascii_only=True)


def pos_result_backend(c: Ctx) -> Rec:
    p = c.person()
    task = c.choice(TASKS)
    tid = c.uuid()
    r = Rec()
    r.lit(f'redis:6379> GET "celery-task-meta-{tid}"\n"')
    inner = Rec().json({"status": "SUCCESS", "result": _result(c, p, task), "traceback": None, "children": [],
                        "date_done": c.when().isoformat(), "task_id": tid}, style="spaced")
    r.embed(inner, lambda s: s.replace("\\", "\\\\").replace('"', '\\"'))
    r.lit('"')
    return r


POS = [pos_received_succeeded, pos_received_succeeded, pos_retry, pos_failure, pos_failure, pos_taskpool_debug,
       pos_inspect_active, pos_json_logger, pos_result_backend]


# ------------------------------------------------------------------------------------------ negatives
NEG_TASKS = ("reports.tasks.rollup_daily", "catalog.tasks.reindex_products", "cache.tasks.warm",
             "billing.tasks.generate_invoices", "shipping.tasks.poll_carrier", "ml.tasks.refresh_model")


def _neg_result(c: Ctx) -> dict[str, Any]:
    return c.choice([
        {"rows": c.randint(10, 90000), "status": "done"},
        {"indexed": c.randint(10, 9000), "index": f"products-v{c.randint(1, 9)}"},
        {"account": c.choice(COMPANIES), "invoices": c.randint(1, 90)},
        {"shipment": c.randint(10000, 99999), "status": c.choice(STATUSES), "hub": c.choice(PLACES_LIKE_NAMES)},
        {"model": c.choice(PRODUCTS_LIKE_PEOPLE), "version": f"{c.randint(1, 9)}.{c.randint(0, 20)}"},
    ])


def neg_succeeded(c: Ctx) -> Rec:
    task = c.choice(NEG_TASKS)
    tid = c.uuid()
    r = Rec()
    r.lit(_hdr(c, "INFO", "MainProcess") + f"Task {task}[{tid}] received\n")
    r.lit(_hdr(c, "INFO", _pool(c)) + f"Task {task}[{tid}] succeeded in {c.random() * 30:.3f}s: ")
    r.py(_neg_result(c))
    return r


def neg_lifecycle(c: Ctx) -> Rec:
    msgs = ["Connected to amqp://guest:**@rabbitmq:5672//", "mingle: searching for neighbors", "mingle: all alone",
            f"celery@{c.choice(WORKERS)} ready.", f"Scheduler: Sending due task nightly-rollup ({NEG_TASKS[0]})",
            "beat: Starting...", "Events of group {task} enabled by remote.",
            f"sync with celery@{c.choice(WORKERS)}", "Cancelling all in-flight tasks due to connection loss"]
    r = Rec()
    n = c.randint(1, 4)
    for i, m in enumerate(c.sample(msgs, n)):
        r.lit(_hdr(c, c.choice(["INFO", "INFO", "WARNING"]), c.choice(["MainProcess", "Beat"])) + m)
        if i < n - 1:
            r.lit("\n")
    return r


def neg_banner(c: Ctx) -> Rec:
    w = c.choice(WORKERS)
    t = c.when().strftime("%Y-%m-%d %H:%M:%S")
    return Rec().lit(
        f" -------------- celery@{w} v5.4.0 (opalescent)\n--- ***** ----- \n"
        f"-- ******* ---- Linux-6.8.0-1017-aws-x86_64-with-glibc2.36 {t}\n- *** --- * --- \n"
        "- ** ---------- [config]\n"
        f"- ** ---------- .> app:         {c.choice(['crm', 'billing', 'jobs'])}:0x7f{c.hex(10)}\n"
        "- ** ---------- .> transport:   amqp://guest:**@rabbitmq:5672//\n"
        "- ** ---------- .> results:     redis://redis:6379/0\n"
        f"- *** --- * --- .> concurrency: {c.choice([4, 8, 16])} (prefork)\n"
        "-- ******* ---- .> task events: OFF (enable -E to monitor tasks in this worker)\n--- ***** ----- \n"
        " -------------- [queues]\n                .> celery           exchange=celery(direct) key=celery")


def neg_retry(c: Ctx) -> Rec:
    task = c.choice(NEG_TASKS)
    exc = c.choice(["HTTPError('503 Service Unavailable')", "OperationalError('server closed the connection unexpectedly')",
                    f"TimeoutError('carrier API {c.choice(PLACES_LIKE_NAMES)} hub did not answer')"])
    return Rec().lit(_hdr(c, "INFO", _pool(c)) + f"Task {task}[{c.uuid()}] retry: Retry in {c.choice([10, 60])}s: {exc}")


def neg_inspect(c: Ctx) -> Rec:
    w = c.choice(WORKERS)
    r = Rec().lit(f"-> celery@{w}: OK\n    * ")
    task = c.choice(NEG_TASKS)
    r.py({"id": c.uuid(), "name": task, "args": [c.randint(1, 9999)], "kwargs": {"region": c.choice(PLACES_LIKE_NAMES)},
          "type": task, "hostname": f"celery@{w}", "acknowledged": True, "worker_pid": c.randint(100, 99999)})
    return r


NEG = [neg_succeeded, neg_succeeded, neg_lifecycle, neg_banner, neg_retry, neg_inspect]
