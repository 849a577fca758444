"""f08 templates."""

from __future__ import annotations

from typing import Any

from _ctx import Ctx
from _decoys import (
    COMPANIES,
    HOSTNAMES,
    PRODUCTS_LIKE_PEOPLE,
    SERVICE_ACCOUNTS,
    STATUSES,
    UI_FOREIGN,
    VERSIONS,
)
from _people import Person
from _seg import Bare, M, Rec, T, cc, em, ip, nm, ph, sn

APPS = ("signup-api", "checkout", "crm-sync", "helpdesk", "payroll", "notifier")


def _ts_obj(c: Ctx) -> Bare:
    t = c.when()
    return Bare(t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z")


def _ls_ts(c: Ctx) -> str:
    t = c.when()
    return t.strftime("%Y-%m-%dT%H:%M:%S,") + f"{t.microsecond // 1000:03d}"


def _app_line(c: Ctx, p: Person) -> tuple[M, dict]:
    """An application log line with PII and the fields a parser would pull out of it."""
    k = c.randint(0, 5)
    if k == 0:
        e, a = c.email(p), c.ip(0.15)
        return M("user ", em(e), " logged in from ", ip(a)), {"user": {"email": em(e)}, "source": {"ip": ip(a)}}
    if k == 1:
        a, acct = c.ip(0.1), c.acct(p)
        e = c.email(p)
        t = c.when().strftime("%d/%b/%Y:%H:%M:%S +0000")
        return (M(ip(a), " - ", nm(acct), f" [{t}] \"GET /account?email=", T(e.replace("@", "%40"), "EMAIL"),
                  ' HTTP/1.1" 200 ', str(c.randint(100, 9000)), ' "-" "Mozilla/5.0"'),
                {"client": {"ip": ip(a)}, "user": {"name": nm(acct)}, "http": {"response": {"status_code": 200}}})
    if k == 2:
        ph_ = c.phone(p)
        return M("Password reset requested for ", nm(p.full()), " (", ph(ph_), ")"), {"user": {"full_name": nm(p.full())}}
    if k == 3:
        card = c.card()
        return M("payment failed card=", cc(card), ' holder="', nm(p.caps()), '"'), {"payment": {"status": "failed"}}
    if k == 4:
        s = c.ssn()
        return M("new hire: ", nm(p.last_first()), " ssn=", sn(s)), {"hr": {"event": "hire"}}
    e = c.email(p)
    return (M("ticket #", str(c.randint(1000, 99999)), " opened by ", nm(p.full()), " <", em(e), ">"),
            {"ticket": {"requester": em(e)}})


# ------------------------------------------------------------------------------------------ positives
def pos_rubydebug(c: Ctx) -> Rec:
    p = c.person()
    line, extra = _app_line(c, p)
    ev: dict[str, Any] = {"@timestamp": _ts_obj(c), "@version": "1", "message": line,
                          "host": {"name": c.choice(HOSTNAMES)},
                          "log": {"file": {"path": f"/var/log/{c.choice(APPS)}/app.log"}}}
    ev.update(extra)
    if c.chance(0.4):
        ev["tags"] = ["_grokparsefailure"] if c.chance(0.5) else ["beats_input_codec_plain_applied"]
    if c.chance(0.3):
        ev["event"] = {"original": line}
    keys = list(ev)
    c.rng.shuffle(keys)
    return Rec().rubydebug({k: ev[k] for k in keys})


def pos_es_reject(c: Ctx) -> Rec:
    p = c.person()
    line, extra = _app_line(c, p)
    ph_ = c.phone(p)
    doc: dict[str, Any] = {"@timestamp": _ts_obj(c), "@version": "1", "message": line, "phone": ph(ph_)}
    doc.update(extra)
    idx = f"logs-{c.choice(APPS)}-{c.when().strftime('%Y.%m.%d')}"
    r = Rec()
    r.lit(f"[{_ls_ts(c)}][WARN ][logstash.outputs.elasticsearch][main][{c.hex(64)}] Could not index event to "
          f"Elasticsearch. status: 400, action: [\"index\", {{:_id=>nil, :_index=>\"{idx}\", :routing=>nil}}, ")
    r.rb(doc)
    r.add("], response: {\"index\"=>{\"status\"=>400, \"error\"=>{\"type\"=>\"mapper_parsing_exception\", \"reason\"=>"
          f"\"failed to parse field [phone] of type [long] in document with id '{c.alnum(20)}'. Preview of field's value: '",
          ph(ph_), "'\", \"caused_by\"=>{\"type\"=>\"illegal_argument_exception\", \"reason\"=>\"For input string: \\\"",
          ph(ph_), "\\\"\"}}}}")
    return r


def pos_fluentbit_stdout(c: Ctx) -> Rec:
    p = c.person()
    line, _ = _app_line(c, p)
    app = c.choice(APPS)
    pod = f"{app}-{c.hex(10)}-{c.alnum(5).lower()}"
    t = c.when()
    rec: dict[str, Any] = {"log": line, "stream": c.choice(["stdout", "stderr"]),
                           "time": t.strftime("%Y-%m-%dT%H:%M:%S.%f") + "Z"}
    if c.chance(0.6):
        rec["kubernetes"] = {"pod_name": pod, "namespace_name": c.choice(["default", "prod", "payments"]),
                             "container_name": app, "host": c.choice(HOSTNAMES)}
    r = Rec()
    ts = f"{t.timestamp():.9f}"
    if c.chance(0.5):
        r.lit(f"[{c.randint(0, 3)}] kube.var.log.containers.{pod}_default_{app}-{c.hex(12)}.log: [[{ts}, {{}}], ")
        r.rb(rec)
        r.lit("]")
    else:
        r.lit(f"[{c.randint(0, 3)}] tail.0: [{ts}, ")
        r.rb(rec)
        r.lit("]")
    return r


def pos_fluentd_stdout(c: Ctx) -> Rec:
    p = c.person()
    t = c.when()
    a = c.ip(0.15)
    acct = c.acct(p)
    rec: dict[str, Any] = c.choice([
        {"remote": ip(a), "host": "-", "user": nm(acct), "method": "GET",
         "path": M("/profile?email=", T(c.email(p).replace("@", "%40"), "EMAIL")), "code": "200", "size": str(c.randint(100, 9000)),
         "referer": "-", "agent": "Mozilla/5.0"},
        {"event": "signup", "name": nm(p.full()), "email": em(c.email(p)), "phone": ph(c.phone(p)), "ip": ip(a)},
        {"level": "info", "msg": M("sms sent to ", ph(c.phone(p, "e164"))), "provider": "twilio"},
    ])
    return Rec().lit(t.strftime("%Y-%m-%d %H:%M:%S.%f") + f"000 +0000 app.{c.choice(['access', 'events', 'sms'])}: ").json(rec)


def pos_fluentd_error(c: Ctx) -> Rec:
    p = c.person()
    t = c.when()
    rec: dict[str, Any] = {"name": nm(p.full()), "email": em(c.email(p))}
    if c.chance(0.7):
        rec["phone"] = ph(c.phone(p))
    if c.chance(0.3):
        rec["card"] = cc(c.card())
    r = Rec()
    r.lit(t.strftime("%Y-%m-%d %H:%M:%S +0000") + " [warn]: #0 dump an error event: error_class=ArgumentError "
          f"error=\"{c.choice(['invalid phone number', 'invalid byte sequence in UTF-8', 'value too long'])}\" location=nil "
          f"tag=\"app.{c.choice(['signup', 'crm', 'billing'])}\" time={t.strftime('%Y-%m-%d %H:%M:%S.%f')}000 +0000 record=")
    r.rb(rec)
    return r


def pos_json_lines(c: Ctx) -> Rec:
    p = c.person()
    line, extra = _app_line(c, p)
    t = c.when()
    obj: dict[str, Any] = {"date": Bare(f"{t.timestamp():.6f}"), "log": line, "stream": "stdout"}
    if c.chance(0.5):
        obj.update(extra)
    return Rec(is_json=True).json(obj)


POS = [pos_rubydebug, pos_rubydebug, pos_es_reject, pos_fluentbit_stdout, pos_fluentbit_stdout, pos_fluentd_stdout,
       pos_fluentd_error, pos_json_lines]


# ------------------------------------------------------------------------------------------ negatives
def _neutral_line(c: Ctx) -> str:
    return c.choice([
        f"GET /healthz 200 {c.randint(0, 9)}ms", f"indexed {c.randint(10, 9000)} products into catalog-{c.randint(1, 9)}",
        f"cron job {c.choice(['expire_carts', 'rollup_daily', 'sync_prices'])} finished in {c.randint(1, 900)}s",
        f"order {c.randint(10000, 99999)} status changed to {c.choice(STATUSES)}",
        f"invoice batch for {c.choice(COMPANIES)} exported", f"locale fr_FR message '{c.choice(UI_FOREIGN)}' missing",
        f"model {c.choice(PRODUCTS_LIKE_PEOPLE)} warmed up on gpu0", f"run_as={c.choice(SERVICE_ACCOUNTS)} job=reindex ok",
        f"starting {c.choice(APPS)} {c.choice(VERSIONS)}",
    ])


def neg_rubydebug(c: Ctx) -> Rec:
    ev: dict[str, Any] = {"@timestamp": _ts_obj(c), "@version": "1", "message": _neutral_line(c),
                          "host": {"name": c.choice(HOSTNAMES)}, "service": {"name": c.choice(APPS)}}
    if c.chance(0.5):
        ev["tags"] = ["_jsonparsefailure"]
    return Rec().rubydebug(ev)


def neg_logstash_plain(c: Ctx) -> Rec:
    msgs = [
        '[INFO ][logstash.javapipeline][main] Pipeline started {"pipeline.id"=>"main"}',
        "[INFO ][logstash.agent] Successfully started Logstash API endpoint {:port=>9600, :ssl_enabled=>false}",
        '[WARN ][logstash.outputs.elasticsearch][main] Restored connection to ES instance {:url=>"https://elastic:xxxxxx@es01:9200/"}',
        f'[INFO ][logstash.outputs.elasticsearch][main] Elasticsearch version determined ({c.choice(["8.15.3", "8.13.4"])}) {{:es_version=>8}}',
        '[INFO ][logstash.inputs.beats][main] Starting input listener {:address=>":5044"}',
        f"[WARN ][logstash.filters.grok][main][{c.hex(64)}] Timeout executing grok '%{{COMBINEDAPACHELOG}}' against field 'message' with value 'Value too large to output ({c.randint(9000, 90000)} bytes)! First 255 chars are: GET /static/'",
    ]
    picked = c.sample(msgs, c.randint(1, 3))
    return Rec().lit("\n".join(f"[{_ls_ts(c)}]{m}" for m in picked))


def neg_fluentbit(c: Ctx) -> Rec:
    t = c.when().strftime("%Y/%m/%d %H:%M:%S")
    app = c.choice(APPS)
    msgs = [f"[ info] [fluent bit] version=3.1.9, commit={c.hex(10)}, pid=1",
            "[ info] [storage] ver=1.5.2, type=memory, sync=normal, checksum=off, max_chunks_up=128",
            f"[ info] [input:tail:tail.0] inotify_fs_add(): inode={c.randint(10**5, 10**7)} watch_fd={c.randint(1, 40)} name=/var/log/containers/{app}-{c.hex(10)}_default_{app}-{c.hex(12)}.log",
            f"[ warn] [engine] failed to flush chunk '1-{c.when().timestamp():.6f}.flb', retry in {c.randint(2, 60)} seconds: task_id={c.randint(0, 20)}, input=tail.0 > output=es.0 (out_id=0)",
            "[ info] [sp] stream processor started", "[ info] [output:stdout:stdout.0] worker #0 started"]
    return Rec().lit("\n".join(f"[{t}] {m}" for m in c.sample(msgs, c.randint(1, 3))))


def neg_fluentbit_stdout(c: Ctx) -> Rec:
    t = c.when()
    rec = {"log": _neutral_line(c), "stream": "stdout", "time": t.strftime("%Y-%m-%dT%H:%M:%S.%f") + "Z"}
    return Rec().lit(f"[0] tail.0: [{t.timestamp():.9f}, ").rb(rec).lit("]")


def neg_fluentd(c: Ctx) -> Rec:
    t = c.when()
    if c.chance(0.5):
        return Rec().lit(t.strftime("%Y-%m-%d %H:%M:%S +0000") + f" [info]: #0 following tail of /var/log/containers/"
                         f"{c.choice(APPS)}-{c.hex(10)}_default.log")
    rec = {"level": "info", "msg": _neutral_line(c), "service": c.choice(APPS)}
    return Rec().lit(t.strftime("%Y-%m-%d %H:%M:%S.%f") + "000 +0000 app.events: ").json(rec)


NEG = [neg_rubydebug, neg_rubydebug, neg_logstash_plain, neg_fluentbit, neg_fluentbit_stdout, neg_fluentd]
