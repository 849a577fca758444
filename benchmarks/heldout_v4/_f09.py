"""f09 templates."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote_plus

from _ctx import Ctx
from _decoys import PRODUCTS_LIKE_PEOPLE
from _people import Person
from _seg import M, Rec, T, em, ip, nm

FRONTENDS = ("fe_https~", "fe_http", "https-in~", "public~", "fe_api~")
BACKENDS = (("be_app", "web"), ("be_api", "api"), ("static", "srv"), ("be_auth", "auth"), ("be_portal", "portal"))
UAS = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
       "okhttp/4.12.0", "curl/8.5.0", "Go-http-client/2.0")
HOSTS = ("shop.example.com", "portal.northwind.example", "api.example.net", "accounts.globex.example")


def _syslog(c: Ctx) -> str:
    t = c.when()
    k = c.randint(0, 2)
    pid = c.randint(1000, 99999)
    if k == 0:
        return f"{t.strftime('%b')} {t.day:2d} {t.strftime('%H:%M:%S')} {c.choice(['lb-1', 'lb-2', 'edge-fra-01', 'haproxy-0'])} haproxy[{pid}]: "
    if k == 1:
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond:06d}+00:00 {c.choice(['lb-1', 'lb-2'])} haproxy[{pid}]: "
    return ""


def _accept(c: Ctx) -> str:
    t = c.when()
    return t.strftime("%d/%b/%Y:%H:%M:%S.") + f"{t.microsecond // 1000:03d}"


def _pii_path(c: Ctx, p: Person) -> M:
    k = c.randint(0, 5)
    if k == 0:
        return M("/api/v1/users?email=", T(c.email(p).replace("@", "%40"), "EMAIL"))
    if k == 1:
        return M("/track?phone=", T(quote_plus(c.phone(p, c.choice(["e164", "intl"]))), "PHONE"), "&src=sms")
    if k == 2:
        return M("/reset-password?user=", nm(c.acct(p)), "&token=", c.alnum(24))
    if k == 3:
        return M("/search?q=", nm(quote_plus(p.western())), "&type=customer")
    if k == 4:
        return M("/u/", nm(c.acct(p)), "/settings")
    return M("/newsletter/unsubscribe?email=", em(c.email(p)))


def _httplog(c: Ctx, p: Person | None, addr: str) -> M:
    be, srvp = c.choice(BACKENDS)
    status = c.choice([200, 200, 302, 401, 403, 404, 500, 503])
    path: Any = _pii_path(c, p) if p is not None else c.choice(["/", "/login", "/static/app.js", "/api/v1/orders"])
    caps: list[Any] = [c.choice(HOSTS), c.choice(UAS)]
    if c.chance(0.5):
        caps.append(M(ip(addr), ", ", ip(c.ip4("private"))) if c.chance(0.5) else ip(addr))
    if p is not None and c.chance(0.4):
        caps.append(em(c.email(p)) if c.chance(0.5) else nm(c.acct(p)))
    cap_pieces: list[Any] = []
    for i, x in enumerate(caps):
        cap_pieces += (["|"] if i else []) + [x]
    tq, tw, tc, tr = c.randint(0, 20), c.randint(0, 5), c.randint(0, 9), c.randint(1, 900)
    return M(ip(addr), f":{c.randint(1025, 65000)} [{_accept(c)}] {c.choice(FRONTENDS)} {be}/{srvp}{c.randint(1, 6)} "
             f"{tq}/{tw}/{tc}/{tr}/{tq + tw + tc + tr} {status} {c.randint(100, 90000)} - - {c.choice(['----', '--VN', 'CD--', 'SH--'])} "
             f"{c.randint(1, 900)}/{c.randint(1, 900)}/{c.randint(0, 90)}/{c.randint(0, 9)}/0 0/0 {{", *cap_pieces, '} {} "',
             c.choice(["GET", "POST"]), " ", path, ' HTTP/1.1"')


def _client_addr(c: Ctx) -> str:
    return c.ip(0.12)


# ------------------------------------------------------------------------------------------ positives
def pos_httplog(c: Ctx) -> Rec:
    r = Rec()
    n = c.randint(1, 3)
    for i in range(n):
        p = c.person(scripts=0.0) if (i == 0 or c.chance(0.5)) else None
        r.add(_syslog(c), _httplog(c, p, _client_addr(c)))
        if i < n - 1:
            r.lit("\n")
    return r


def pos_tcplog(c: Ctx) -> Rec:
    r = Rec()
    n = c.randint(1, 3)
    for i in range(n):
        addr = _client_addr(c)
        r.add(_syslog(c), ip(addr), f":{c.randint(1025, 65000)} [{_accept(c)}] {c.choice(['fe_mysql', 'fe_smtp', 'fe_rdp', 'ft_ldaps'])} "
              f"{c.choice(['be_mysql/db1', 'be_smtp/mx2', 'be_rdp/ts3', 'bk_ldap/dc1'])} {c.randint(0, 9)}/{c.randint(0, 9)}/{c.randint(10, 90000)} "
              f"{c.randint(100, 900000)} {c.choice(['--', 'cD', 'sD', 'CD'])} {c.randint(1, 90)}/{c.randint(1, 90)}/{c.randint(0, 9)}/{c.randint(0, 9)}/0 0/0")
        if i < n - 1:
            r.lit("\n")
    return r


def pos_json_logformat(c: Ctx) -> Rec:
    p = c.person()
    addr = _client_addr(c)
    obj: dict[str, Any] = {"client_ip": ip(addr), "client_port": str(c.randint(1025, 65000)),
                           "request_date": _accept(c), "frontend": c.choice(FRONTENDS), "backend": c.choice(BACKENDS)[0],
                           "server": f"web{c.randint(1, 6)}", "status": c.choice([200, 401, 403]),
                           "bytes": c.randint(100, 90000), "user": nm(c.acct(p)) if c.chance(0.6) else em(c.email(p)),
                           "request": M("GET ", _pii_path(c, p), " HTTP/1.1")}
    r = Rec()
    pre = _syslog(c)
    r.is_json = pre == ""
    r.lit(pre)
    r.json(obj, style=c.choice(["compact", "spaced"]))
    return r


def pos_ssl_fail(c: Ctx) -> Rec:
    r = Rec()
    n = c.randint(1, 3)
    for i in range(n):
        addr = _client_addr(c)
        r.add(_syslog(c), ip(addr), f":{c.randint(1025, 65000)} [{_accept(c)}] {c.choice(FRONTENDS).rstrip('~')}/{c.randint(1, 4)}: "
              f"{c.choice(['SSL handshake failure', 'Connection closed during SSL handshake', 'Timeout during SSL handshake'])}")
        if i < n - 1:
            r.lit("\n")
    return r


def pos_show_table(c: Ctx) -> Rec:
    r = Rec()
    if c.chance(0.5):
        n = c.randint(1, 4)
        r.lit(f"# table: be_login, type: ip, size:102400, used:{n}\n")
        for i in range(n):
            r.add(f"0x{c.hex(12)}: key=", ip(c.ip(0.1) if i else c.ip4()), f" use=0 exp={c.randint(1000, 30000)} shard=0 "
                  f"gpc0={c.randint(0, 40)} http_req_rate(10000)={c.randint(0, 90)}")
            if i < n - 1:
                r.lit("\n")
    else:
        n = c.randint(1, 3)
        r.lit(f"# table: be_api_users, type: string, size:1048576, used:{n}\n")
        for i in range(n):
            p = c.person(scripts=0.0)
            key: Any = em(c.email(p)) if c.chance(0.6) else nm(c.acct(p))
            r.add(f"0x{c.hex(12)}: key=", key, f" use=0 exp={c.randint(1000, 30000)} shard=0 conn_cnt={c.randint(1, 90)} "
                  f"http_err_rate(60000)={c.randint(0, 20)}")
            if i < n - 1:
                r.lit("\n")
    return r


def pos_show_sess(c: Ctx) -> Rec:
    r = Rec()
    n = c.randint(1, 3)
    for i in range(n):
        addr = c.ip(0.1)
        src: Any = M(ip(addr), f":{c.randint(1025, 65000)}") if ":" not in addr else M("[", ip(addr), f"]:{c.randint(1025, 65000)}")
        r.add(f"0x{c.hex(12)}: proto={'tcpv6' if ':' in addr else 'tcpv4'} src=", src,
              f" fe={c.choice(FRONTENDS).rstrip('~')} be={c.choice(BACKENDS)[0]} srv=web{c.randint(1, 6)} ts=00 epoch=0x0 "
              f"age={c.randint(0, 90)}s calls={c.randint(1, 20)} rate={c.randint(0, 9)} cpu=0 lat=0 rq[f=848000h,i=0,an=00h,rx=,wx=,ax=] "
              "rp[f=80048000h,i=0,an=00h,rx=,wx=,ax=]")
        if i < n - 1:
            r.lit("\n")
    return r


def pos_captured_cookie(c: Ctx) -> Rec:
    p = c.person(scripts=0.0)
    addr = _client_addr(c)
    be, srvp = c.choice(BACKENDS)
    r = Rec()
    r.add(_syslog(c), ip(addr), f":{c.randint(1025, 65000)} [{_accept(c)}] {c.choice(FRONTENDS)} {be}/{srvp}{c.randint(1, 6)} "
          f"0/0/1/{c.randint(1, 300)}/{c.randint(2, 310)} 200 {c.randint(100, 9000)} last_user=", nm(c.acct(p)),
          " - --NI 3/3/0/0/0 0/0 \"POST /api/session HTTP/1.1\"")
    return r


POS = [pos_httplog, pos_httplog, pos_httplog, pos_tcplog, pos_json_logformat, pos_ssl_fail, pos_show_table,
       pos_show_sess, pos_captured_cookie]


# ------------------------------------------------------------------------------------------ negatives
def neg_lifecycle(c: Ctx) -> Rec:
    pid = c.randint(1000, 99999)
    be, srvp = c.choice(BACKENDS)
    msgs = [f"Proxy {c.choice(FRONTENDS).rstrip('~')} started.",
            f"Proxy {be} stopped (cumulated conns: FE: {c.randint(0, 99999)}, BE: {c.randint(0, 99999)}).",
            f"[WARNING]  ({pid}) : Server {be}/{srvp}{c.randint(1, 6)} is DOWN, reason: Layer4 timeout, check duration: "
            f"{c.randint(1000, 3000)}ms. {c.randint(0, 4)} active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.",
            f"[WARNING]  ({pid}) : Server {be}/{srvp}{c.randint(1, 6)} is UP, reason: Layer7 check passed, code: 200, check duration: {c.randint(1, 40)}ms. {c.randint(1, 4)} active and 0 backup servers online. 0 sessions requeued, 0 total in queue.",
            f"[NOTICE]   ({pid}) : haproxy version is {c.choice(['2.8.5-1ubuntu3', '3.0.5-1', '2.6.12'])}",
            f"[NOTICE]   ({pid}) : path to executable is /usr/sbin/haproxy",
            f"[ALERT]    ({pid}) : config : parsing [/etc/haproxy/haproxy.cfg:{c.randint(10, 300)}] : unknown keyword 'optoin' in 'backend' section",
            f"backend {be} has no server available!",
            f"[WARNING]  ({pid}) : config : 'option httplog' not usable with proxy 'fe_mysql' (needs 'mode http'). Falling back to 'option tcplog'."]
    r = Rec()
    n = c.randint(1, 3)
    for i, m in enumerate(c.sample(msgs, n)):
        r.lit(_syslog(c) + m)
        if i < n - 1:
            r.lit("\n")
    return r


def neg_show_info(c: Ctx) -> Rec:
    lines = ["Name: HAProxy", f"Version: {c.choice(['2.8.5-1ubuntu3', '3.0.5-1'])}", "Release_date: 2024/11/14",
             f"Nbthread: {c.choice([2, 4, 8])}", "Nbproc: 1", "Process_num: 1", f"Pid: {c.randint(1000, 99999)}",
             f"Uptime: {c.randint(0, 40)}d {c.randint(0, 23)}h{c.randint(0, 59):02d}m{c.randint(0, 59):02d}s",
             f"Uptime_sec: {c.randint(1000, 9000000)}", "Memmax_MB: 0", "PoolAlloc_MB: 12", "Ulimit-n: 200039",
             "Maxsock: 200039", "Maxconn: 100000", f"CurrConns: {c.randint(0, 9000)}", f"CumConns: {c.randint(10**5, 10**8)}",
             f"CumReq: {c.randint(10**5, 10**8)}", "MaxSslConns: 0", f"CurrSslConns: {c.randint(0, 900)}"]
    return Rec().lit("\n".join(lines[: c.randint(8, len(lines))]))


def neg_show_stat(c: Ctx) -> Rec:
    hdr = "# pxname,svname,qcur,qmax,scur,smax,slim,stot,bin,bout,dreq,dresp,ereq,econ,eresp,wretr,wredis,status,weight,act,bck"
    rows = [hdr]
    fe = c.choice(FRONTENDS).rstrip("~")
    rows.append(f"{fe},FRONTEND,,,{c.randint(0, 90)},{c.randint(90, 900)},2000,{c.randint(10**4, 10**7)},{c.randint(10**6, 10**9)},"
                f"{c.randint(10**6, 10**9)},0,0,{c.randint(0, 90)},,,,,OPEN,,,")
    be, srvp = c.choice(BACKENDS)
    for i in range(1, c.randint(2, 4)):
        rows.append(f"{be},{srvp}{i},0,0,{c.randint(0, 90)},{c.randint(90, 900)},,{c.randint(10**4, 10**7)},{c.randint(10**6, 10**9)},"
                    f"{c.randint(10**6, 10**9)},,0,,0,{c.randint(0, 9)},0,0,{c.choice(['UP', 'UP', 'DOWN', 'MAINT'])},1,1,0")
    return Rec().lit("\n".join(rows))


def neg_show_table(c: Ctx) -> Rec:
    n = c.randint(1, 4)
    r = Rec().lit(f"# table: be_rate_by_key, type: string, size:1048576, used:{n}\n")
    for i in range(n):
        key = c.choice([f"apikey:{c.hex(16)}", f"country:{c.choice(['DE', 'FR', 'BR', 'JP', 'US'])}",
                        f"tenant:{c.choice(PRODUCTS_LIKE_PEOPLE).lower()}", f"route:/v1/{c.choice(['orders', 'search', 'carts'])}"])
        r.lit(f"0x{c.hex(12)}: key={key} use=0 exp={c.randint(1000, 30000)} shard=0 http_req_rate(10000)={c.randint(0, 900)}")
        if i < n - 1:
            r.lit("\n")
    return r


NEG = [neg_lifecycle, neg_lifecycle, neg_show_info, neg_show_stat, neg_show_table]
