"""f02 templates."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from _ctx import Ctx
from _decoys import COMPANIES, PLACES_LIKE_NAMES
from _seg import Bare, M, Rec, T, em, ip, nm, ph, zeek_enc

FIELDS: dict[str, list[tuple[str, str]]] = {
    "conn": [("ts", "time"), ("uid", "string"), ("id.orig_h", "addr"), ("id.orig_p", "port"), ("id.resp_h", "addr"),
             ("id.resp_p", "port"), ("proto", "enum"), ("service", "string"), ("duration", "interval"),
             ("orig_bytes", "count"), ("resp_bytes", "count"), ("conn_state", "string"), ("local_orig", "bool"),
             ("local_resp", "bool"), ("missed_bytes", "count"), ("history", "string"), ("orig_pkts", "count"),
             ("orig_ip_bytes", "count"), ("resp_pkts", "count"), ("resp_ip_bytes", "count"),
             ("tunnel_parents", "set[string]")],
    "http": [("ts", "time"), ("uid", "string"), ("id.orig_h", "addr"), ("id.orig_p", "port"), ("id.resp_h", "addr"),
             ("id.resp_p", "port"), ("trans_depth", "count"), ("method", "string"), ("host", "string"),
             ("uri", "string"), ("referrer", "string"), ("version", "string"), ("user_agent", "string"),
             ("origin", "string"), ("request_body_len", "count"), ("response_body_len", "count"),
             ("status_code", "count"), ("status_msg", "string"), ("info_code", "count"), ("info_msg", "string"),
             ("tags", "set[enum]"), ("username", "string"), ("password", "string"), ("proxied", "set[string]"),
             ("orig_fuids", "vector[string]"), ("orig_filenames", "vector[string]"),
             ("orig_mime_types", "vector[string]"), ("resp_fuids", "vector[string]"),
             ("resp_filenames", "vector[string]"), ("resp_mime_types", "vector[string]")],
    "smtp": [("ts", "time"), ("uid", "string"), ("id.orig_h", "addr"), ("id.orig_p", "port"), ("id.resp_h", "addr"),
             ("id.resp_p", "port"), ("trans_depth", "count"), ("helo", "string"), ("mailfrom", "string"),
             ("rcptto", "set[string]"), ("date", "string"), ("from", "string"), ("to", "set[string]"),
             ("cc", "set[string]"), ("reply_to", "string"), ("msg_id", "string"), ("in_reply_to", "string"),
             ("subject", "string"), ("x_originating_ip", "addr"), ("first_received", "string"),
             ("second_received", "string"), ("last_reply", "string"), ("path", "vector[addr]"),
             ("user_agent", "string"), ("tls", "bool"), ("fuids", "vector[string]")],
    "dhcp": [("ts", "time"), ("uids", "set[string]"), ("client_addr", "addr"), ("server_addr", "addr"),
             ("mac", "string"), ("host_name", "string"), ("client_fqdn", "string"), ("domain", "string"),
             ("requested_addr", "addr"), ("assigned_addr", "addr"), ("lease_time", "interval"),
             ("client_message", "string"), ("server_message", "string"), ("msg_types", "vector[string]"),
             ("duration", "interval")],
    "ntlm": [("ts", "time"), ("uid", "string"), ("id.orig_h", "addr"), ("id.orig_p", "port"), ("id.resp_h", "addr"),
             ("id.resp_p", "port"), ("username", "string"), ("hostname", "string"), ("domainname", "string"),
             ("server_nb_computer_name", "string"), ("server_dns_computer_name", "string"),
             ("server_tree_name", "string"), ("success", "bool")],
    "kerberos": [("ts", "time"), ("uid", "string"), ("id.orig_h", "addr"), ("id.orig_p", "port"),
                 ("id.resp_h", "addr"), ("id.resp_p", "port"), ("request_type", "string"), ("client", "string"),
                 ("service", "string"), ("success", "bool"), ("error_msg", "string"), ("from", "time"),
                 ("till", "time"), ("cipher", "string"), ("forwardable", "bool"), ("renewable", "bool")],
    "sip": [("ts", "time"), ("uid", "string"), ("id.orig_h", "addr"), ("id.orig_p", "port"), ("id.resp_h", "addr"),
            ("id.resp_p", "port"), ("trans_depth", "count"), ("method", "string"), ("uri", "string"),
            ("date", "string"), ("request_from", "string"), ("request_to", "string"), ("response_from", "string"),
            ("response_to", "string"), ("reply_to", "string"), ("call_id", "string"), ("seq", "string"),
            ("subject", "string"), ("request_path", "vector[string]"), ("response_path", "vector[string]"),
            ("user_agent", "string"), ("status_code", "count"), ("status_msg", "string"), ("warning", "string"),
            ("request_body_len", "count"), ("response_body_len", "count"), ("content_type", "string")],
    "rdp": [("ts", "time"), ("uid", "string"), ("id.orig_h", "addr"), ("id.orig_p", "port"), ("id.resp_h", "addr"),
            ("id.resp_p", "port"), ("cookie", "string"), ("result", "string"), ("security_protocol", "string"),
            ("client_channels", "vector[string]"), ("keyboard_layout", "string"), ("client_build", "string"),
            ("client_name", "string"), ("client_dig_product_id", "string"), ("desktop_width", "count"),
            ("desktop_height", "count"), ("requested_color_depth", "string"), ("cert_type", "string"),
            ("cert_count", "count"), ("cert_permanent", "bool"), ("encryption_level", "string"),
            ("encryption_method", "string")],
    "smb_files": [("ts", "time"), ("uid", "string"), ("id.orig_h", "addr"), ("id.orig_p", "port"),
                  ("id.resp_h", "addr"), ("id.resp_p", "port"), ("fuid", "string"), ("action", "enum"),
                  ("path", "string"), ("name", "string"), ("size", "count"), ("prev_name", "string"),
                  ("times.modified", "time"), ("times.accessed", "time"), ("times.created", "time"),
                  ("times.changed", "time")],
    "notice": [("ts", "time"), ("uid", "string"), ("id.orig_h", "addr"), ("id.orig_p", "port"),
               ("id.resp_h", "addr"), ("id.resp_p", "port"), ("fuid", "string"), ("proto", "enum"),
               ("note", "enum"), ("msg", "string"), ("sub", "string"), ("src", "addr"), ("dst", "addr"),
               ("p", "port"), ("n", "count"), ("actions", "set[enum]"), ("suppress_for", "interval")],
    # negatives: logs that carry no address
    "x509": [("ts", "time"), ("fingerprint", "string"), ("certificate.version", "count"),
             ("certificate.serial", "string"), ("certificate.subject", "string"), ("certificate.issuer", "string"),
             ("certificate.not_valid_before", "time"), ("certificate.not_valid_after", "time"),
             ("certificate.key_alg", "string"), ("certificate.sig_alg", "string"), ("certificate.key_type", "string"),
             ("certificate.key_length", "count"), ("certificate.exponent", "string"), ("san.dns", "vector[string]"),
             ("basic_constraints.ca", "bool"), ("host_cert", "bool"), ("client_cert", "bool")],
    "stats": [("ts", "time"), ("peer", "string"), ("mem", "count"), ("pkts_proc", "count"), ("bytes_recv", "count"),
              ("pkts_dropped", "count"), ("pkts_link", "count"), ("pkt_lag", "interval"), ("events_proc", "count"),
              ("events_queued", "count"), ("active_tcp_conns", "count"), ("active_udp_conns", "count"),
              ("timers", "count"), ("active_timers", "count"), ("files", "count"), ("active_files", "count")],
    "capture_loss": [("ts", "time"), ("ts_delta", "interval"), ("peer", "string"), ("gaps", "count"),
                     ("acks", "count"), ("percent_lost", "double")],
    "reporter": [("ts", "time"), ("level", "enum"), ("message", "string"), ("location", "string")],
    "weird": [("ts", "time"), ("uid", "string"), ("id.orig_h", "addr"), ("id.orig_p", "port"), ("id.resp_h", "addr"),
              ("id.resp_p", "port"), ("name", "string"), ("addl", "string"), ("notice", "bool"), ("peer", "string"),
              ("source", "string")],
    "ocsp": [("ts", "time"), ("id", "string"), ("hashAlgorithm", "string"), ("issuerNameHash", "string"),
             ("issuerKeyHash", "string"), ("serialNumber", "string"), ("certStatus", "string"),
             ("revoketime", "time"), ("revokereason", "string"), ("thisUpdate", "time"), ("nextUpdate", "time")],
    "pe": [("ts", "time"), ("id", "string"), ("machine", "string"), ("compile_ts", "time"), ("os", "string"),
           ("subsystem", "string"), ("is_exe", "bool"), ("is_64bit", "bool"), ("uses_aslr", "bool"),
           ("uses_dep", "bool"), ("uses_code_integrity", "bool"), ("uses_seh", "bool"),
           ("has_import_table", "bool"), ("has_export_table", "bool"), ("has_cert_table", "bool"),
           ("has_debug_data", "bool"), ("section_names", "vector[string]")],
}

UAS = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15",
       "curl/8.5.0", "python-requests/2.32.3", "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17928)")
REALM = ("CORP.EXAMPLE.COM", "AD.NORTHWIND.EXAMPLE", "EU.GLOBEX.LOCAL", "HQ.INITECH.EXAMPLE")


def _uid(c: Ctx, p: str = "C") -> str:
    return p + c.alnum(17)


def _ts(c: Ctx) -> float:
    return round(c.when().timestamp(), 6)


class Z:
    """A Zeek log row: field -> value (str, T, M, int, float, bool, list); missing fields are unset."""

    def __init__(self, logpath: str, /, **vals: Any) -> None:
        self.path = logpath
        self.vals = {k.replace("__", "."): v for k, v in vals.items()}


def _tsv_val(r: Rec, typ: str, v: Any) -> None:
    if v is None:
        r.lit("-")
    elif isinstance(v, list):
        if not v:
            r.lit("(empty)")
        for i, x in enumerate(v):
            r.lit("," if i else "")
            _tsv_val(r, typ.split("[")[1].rstrip("]"), x)
    elif isinstance(v, bool):
        r.lit("T" if v else "F")
    elif typ in ("time", "interval", "double") and isinstance(v, float):
        r.lit(f"{v:.6f}")
    elif isinstance(v, int):
        r.lit(str(v))
    else:
        r.add(v, enc=zeek_enc)


def tsv(c: Ctx, rows: list[Z], header: str = "full", cut: list[str] | None = None) -> Rec:
    r = Rec()
    path = rows[0].path
    fields = FIELDS[path]
    if cut:
        fields = [f for f in fields if f[0] in cut]
    if header == "full":
        opened = datetime.fromtimestamp(rows[0].vals["ts"], tz=timezone.utc).strftime("%Y-%m-%d-%H-%M-%S")
        r.lit("#separator \\x09\n#set_separator\t,\n#empty_field\t(empty)\n#unset_field\t-\n")
        r.lit(f"#path\t{path}\n#open\t{opened}\n")
    if header in ("full", "fields"):
        r.lit("#fields\t" + "\t".join(f for f, _ in fields) + "\n")
        r.lit("#types\t" + "\t".join(t for _, t in fields) + "\n")
    for i, row in enumerate(rows):
        for j, (f, t) in enumerate(fields):
            r.lit("\t" if j else "")
            _tsv_val(r, t, row.vals.get(f))
        if i < len(rows) - 1:
            r.lit("\n")
    return r


def _json_val(typ: str, v: Any, iso: bool) -> Any:
    if isinstance(v, list):
        return [_json_val(typ.split("[")[1].rstrip("]"), x, iso) for x in v]
    if typ == "time" and isinstance(v, float):
        if iso:
            return datetime.fromtimestamp(v, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        return Bare(f"{v:.6f}")
    if typ in ("interval", "double") and isinstance(v, float):
        return Bare(f"{v:.6f}".rstrip("0").rstrip(".") if v else "0.0")
    return v


def zjson(c: Ctx, rows: list[Z], iso: bool = False) -> Rec:
    r = Rec(is_json=len(rows) == 1)
    for i, row in enumerate(rows):
        obj = {}
        for f, t in FIELDS[row.path]:
            if row.vals.get(f) is not None:
                obj[f] = _json_val(t, row.vals[f], iso)
        r.json(obj)
        if i < len(rows) - 1:
            r.lit("\n")
    return r


def render(c: Ctx, rows: list[Z], json_ok: bool = True) -> Rec:
    k = c.randint(0, 9)
    if json_ok and k < 4:
        return zjson(c, rows, iso=k == 0)
    return tsv(c, rows, header="full" if k < 7 else "fields" if k < 9 else "none")


# --------------------------------------------------------------------------------------- row makers
def _ids(c: Ctx, resp_port: int, inside: bool = True) -> dict:
    o = c.ip4("private") if inside else c.ip(0.12)
    rsp = c.ip(0.1) if inside else c.ip4("private")
    return {"id__orig_h": ip(o), "id__orig_p": c.randint(1025, 65000), "id__resp_h": ip(rsp), "id__resp_p": resp_port}


def row_http(c: Ctx) -> Z:
    p = c.person(scripts=0.0)
    k = c.randint(0, 4)
    vals: dict = {"ts": _ts(c), "uid": _uid(c), **_ids(c, c.choice([80, 8080, 443])), "trans_depth": 1,
                  "method": "GET", "host": c.choice(["portal.example.com", "hr.northwind.example", "intranet", "shop.example.net"]),
                  "version": "1.1", "user_agent": c.choice(UAS), "request_body_len": 0,
                  "response_body_len": c.randint(200, 90000), "status_code": 200, "status_msg": "OK",
                  "tags": [], "resp_fuids": [_uid(c, "F")], "resp_mime_types": ["text/html"]}
    if k == 0:
        vals["uri"] = M("/account/reset?email=", T(c.email(p).replace("@", "%40"), "EMAIL"), "&lang=en")
    elif k == 1:
        vals["uri"] = "/wiki/Main_Page"
        vals["username"] = nm(c.acct(p))
        vals["password"] = "<hidden>"
    elif k == 2:
        vals["method"] = "POST"
        vals["uri"] = "/upload"
        vals["request_body_len"] = c.randint(30000, 900000)
        pre = c.choice(["CV", "Payslip", "Passport_scan", "Offer_letter"])
        name_part = f"{p.a_given}_{p.a_family}".replace(" ", "_")
        vals["orig_fuids"] = [_uid(c, "F")]
        vals["orig_filenames"] = [M(pre, "_", nm(name_part), ".pdf")]
        vals["orig_mime_types"] = ["application/pdf"]
    elif k == 3:
        vals["uri"] = M("/api/v1/customers?phone=", ph(c.phone(p, "e164np")), "&limit=1")
    else:
        vals["uri"] = "/login"
        vals["referrer"] = M("https://mail.example.com/u/0/?to=", T(c.email(p).replace("@", "%40"), "EMAIL"))
    return Z("http", **vals)


def _addr_hdr(c: Ctx, p) -> M:  # type: ignore[no-untyped-def]
    e = em(c.email(p))
    if c.chance(0.6):
        return M('"', nm(p.caps(False) if c.chance(0.1) else p.western()), '" <', e, ">")
    return M("<", e, ">")


def row_smtp(c: Ctx, rec_exempt: list[str]) -> Z:
    a, b = c.person(scripts=0.0), c.person(scripts=0.0)
    mid = f"{c.ualnum(20)}@{c.choice(['mail.gmail.com', 'EUR03.prod.outlook.example', 'mx.example.net'])}"
    rec_exempt.append(mid)
    t = c.when()
    subj = c.choice([M("Re: contract for ", nm(b.western())), M("Fwd: invoice ", str(c.randint(1000, 99999))),
                     M("Interview schedule - ", nm(a.western())), M("Call me back on ", ph(c.phone(a))),
                     "Quarterly numbers", M(nm(b.rom_given), ", your order has shipped")])
    vals = {"ts": t.timestamp(), "uid": _uid(c), **_ids(c, 25, inside=c.chance(0.5)), "trans_depth": 1,
            "helo": c.choice(["mail.example.com", "mx2.northwind.example", "[192.0.2.1]"]),
            "mailfrom": em(c.email(a)), "rcptto": [em(c.email(b))],
            "date": t.strftime("%a, %d %b %Y %H:%M:%S +0000"), "from": _addr_hdr(c, a), "to": [_addr_hdr(c, b)],
            "msg_id": f"<{mid}>", "subject": subj, "last_reply": "250 2.0.0 Ok: queued as " + c.ualnum(10),
            "path": [ip(c.ip4()), ip(c.ip4("private"))], "user_agent": c.choice((*UAS[4:], "Mozilla Thunderbird")),
            "tls": c.chance(0.5), "fuids": [_uid(c, "F")]}
    if vals["helo"] == "[192.0.2.1]":
        vals["helo"] = M("[", ip("192.0.2.1" if c.chance(0.5) else c.ip4("doc")), "]")
    if c.chance(0.3):
        vals["x_originating_ip"] = ip(c.ip4())
    return Z("smtp", **vals)


def _device_host(c: Ctx, p) -> M:  # type: ignore[no-untyped-def]
    g = p.a_given.replace(" ", "-")
    k = c.randint(0, 5)
    if k == 0:
        return M(nm(g), "s-iPhone")
    if k == 1:
        return M("MacBook-Pro-de-", nm(g))
    if k == 2:
        return M("iPhone-von-", nm(g))
    if k == 3:
        return M(nm(c.acct(p, "flast")), "-laptop")
    if k == 4:
        return M(nm(g), "s-MBP")
    return M(nm(c.acct(p, "firstl").upper()), "-LT")


def row_dhcp(c: Ctx) -> Z:
    p = c.person(scripts=0.0)
    addr = c.lan_ip()
    host = _device_host(c, p)
    vals = {"ts": _ts(c), "uids": [_uid(c)], "client_addr": ip(addr), "server_addr": ip(c.lan_ip()),
            "mac": ":".join(c.hex(2) for _ in range(6)), "host_name": host,
            "domain": c.choice(["lan", "corp.example.com", "home.arpa"]), "assigned_addr": ip(addr),
            "lease_time": float(c.choice([3600, 86400, 43200])), "msg_types": ["REQUEST", "ACK"],
            "duration": round(c.random() * 0.01, 6)}
    if c.chance(0.4):
        vals["requested_addr"] = ip(addr)
    return Z("dhcp", **vals)


def row_ntlm(c: Ctx) -> Z:
    p = c.person(scripts=0.0)
    acct = c.acct(p, c.choice(["flast", "first.last", "firstl"]))
    dom = c.choice(["CORP", "NORTHWIND", "GLOBEX", "EMEA"])
    host: Any = c.choice(["DESKTOP-" + c.ualnum(7), M(nm(acct.upper()[:12]), "-PC") if len(acct) <= 12 else "WS-" + c.ualnum(5)])
    return Z("ntlm", ts=_ts(c), uid=_uid(c), **_ids(c, 445), username=nm(acct), hostname=host, domainname=dom,
             server_nb_computer_name=f"FS{c.randint(1, 9):02d}", server_dns_computer_name=f"fs{c.randint(1, 9):02d}.{dom.lower()}.example.com",
             server_tree_name=f"{dom.lower()}.example.com", success=c.chance(0.8))


def row_kerberos(c: Ctx) -> Z:
    p = c.person(scripts=0.0)
    realm = c.choice(REALM)
    t = _ts(c)
    ok = c.chance(0.7)
    return Z("kerberos", ts=t, uid=_uid(c), **_ids(c, 88), request_type=c.choice(["AS", "TGS"]),
             client=M(nm(c.acct(p, c.choice(["flast", "first.last", "firstl"]))), "/", realm),
             service=c.choice([f"krbtgt/{realm}", f"cifs/fs01.{realm.lower()}", f"HTTP/intranet.{realm.lower()}"]),
             success=ok, error_msg=None if ok else c.choice(["KDC_ERR_PREAUTH_FAILED", "KDC_ERR_C_PRINCIPAL_UNKNOWN"]),
             till=t + 36000.0, cipher="aes256-cts-hmac-sha1-96" if ok else None, forwardable=True, renewable=True)


def row_sip(c: Ctx) -> Z:
    a, b = c.person(scripts=0.0), c.person(scripts=0.0)
    na, nb = c.phone(a, "e164"), c.phone(b, c.choice(["e164", "e164np"]))
    dom = c.choice(["sip.example.com", "pbx.northwind.example", "voip.example.net"])
    cid = f"{c.hex(16)}@{c.ip4('private')}"
    host = cid.split("@")[1]
    frm = M('"', nm(a.western()), '" <sip:', ph(na), "@", dom, ">;tag=", c.hex(8))
    to = M("<sip:", ph(nb), "@", dom, ">")
    return Z("sip", ts=_ts(c), uid=_uid(c), **_ids(c, 5060), trans_depth=0, method="INVITE",
             uri=M("sip:", ph(nb), "@", dom), request_from=frm, request_to=to, response_from=frm,
             response_to=M(to, ";tag=", c.hex(8)), call_id=M(cid.split("@")[0], "@", ip(host)),
             seq="1 INVITE", request_path=[M("SIP/2.0/UDP ", ip(c.ip4("private")), ":5060")],
             user_agent=c.choice(["Cisco-CP8845/14.2.1", "Zoiper rv2.10.20.5", "Linphone/5.2.5"]),
             **dict(zip(("status_code", "status_msg"), c.choice([(200, "OK"), (180, "Ringing"), (486, "Busy Here"),
                                                                 (603, "Decline")]))), request_body_len=c.randint(200, 900),
             response_body_len=c.randint(0, 900), content_type="application/sdp")


def row_rdp(c: Ctx) -> Z:
    p = c.person(scripts=0.0)
    acct = c.acct(p, c.choice(["flast", "first.last", "firstl", "f.last"]))
    return Z("rdp", ts=_ts(c), uid=_uid(c), **_ids(c, 3389, inside=c.chance(0.6)), cookie=nm(acct),
             result="encrypted", security_protocol=c.choice(["HYBRID", "SSL"]), client_channels=["rdpdr", "rdpsnd", "cliprdr"],
             keyboard_layout=c.choice(["English - United States", "German", "French", "Spanish"]),
             client_build="RDP 10.0", client_name=M(nm(acct.upper()[:15])) if c.chance(0.3) else "DESKTOP-" + c.ualnum(7),
             desktop_width=c.choice([1920, 2560, 1440]), desktop_height=c.choice([1080, 1440, 900]),
             requested_color_depth="32bit", encryption_level="client-compatible", encryption_method="128bit")


def row_smb(c: Ctx) -> Z:
    p = c.person(scripts=0.0)
    acct = c.acct(p, c.choice(["flast", "first.last"]))
    fname = M(c.choice(["Payslip_", "Contract_", "Medical_note_", "Tax_return_"]),
              nm(f"{p.a_given}_{p.a_family.replace(' ', '_')}"), c.choice(["_2026-10.pdf", ".docx", "_signed.pdf"]))
    t = _ts(c)
    return Z("smb_files", ts=t, uid=_uid(c), **_ids(c, 445), fuid=_uid(c, "F"), action="SMB::FILE_OPEN",
             path=M("\\\\fs01\\users$\\", nm(acct)), name=M("Documents\\", fname), size=c.randint(20000, 3000000),
             **{"times__modified": t - 86400.0, "times__accessed": t, "times__created": t - 90000.0,
                "times__changed": t - 86400.0})


def row_notice(c: Ctx) -> Z:
    src, dst = c.ip4(), c.ip4("private")
    k = c.randint(0, 2)
    if k == 0:
        note, msg = "SSH::Password_Guessing", M(ip(src), " appears to be guessing SSH passwords (seen in 30 connections).")
        sub = M("Sampled servers:  ", ip(dst), ", ", ip(c.ip4("private")))
    elif k == 1:
        note, msg = "Scan::Port_Scan", M(ip(src), " scanned at least 15 unique ports of host ", ip(dst), " in 0m3s")
        sub = "local"
    else:
        note, msg = "SSL::Invalid_Server_Cert", "SSL certificate validation failed with (unable to get local issuer certificate)"
        sub = "CN=printer.lan,O=Printer Vendor"
    return Z("notice", ts=_ts(c), uid=_uid(c) if k == 2 else None, note=note, msg=msg, sub=sub, src=ip(src),
             dst=ip(dst) if k else None, p=22 if k == 0 else None, actions=["Notice::ACTION_LOG"],
             suppress_for=3600.0)


def row_conn(c: Ctx) -> Z:
    return Z("conn", ts=_ts(c), uid=_uid(c), **_ids(c, c.choice([443, 53, 22, 3389, 1883])),
             proto=c.choice(["tcp", "udp"]), service=c.choice(["ssl", "dns", "ssh", None]),
             duration=round(c.random() * 30, 6), orig_bytes=c.randint(0, 9000), resp_bytes=c.randint(0, 90000),
             conn_state=c.choice(["SF", "S0", "RSTO", "SH"]), local_orig=True, local_resp=False, missed_bytes=0,
             history=c.choice(["ShADadFf", "S", "ShADadR", "Dd"]), orig_pkts=c.randint(1, 90),
             orig_ip_bytes=c.randint(40, 9000), resp_pkts=c.randint(0, 90), resp_ip_bytes=c.randint(0, 90000),
             tunnel_parents=[])


# ------------------------------------------------------------------------------------------ positives
def _pos(maker):  # type: ignore[no-untyped-def]
    def t(c: Ctx) -> Rec:
        rows = [maker(c) for _ in range(c.randint(1, 3))]
        return render(c, rows)

    t.__name__ = "pos_" + maker.__name__
    return t


def pos_smtp(c: Ctx) -> Rec:
    exempt: list[str] = []
    rows = [row_smtp(c, exempt) for _ in range(c.randint(1, 2))]
    r = render(c, rows)
    r.exempt.extend(exempt)
    return r


def pos_zeek_cut(c: Ctx) -> Rec:
    """`zeek-cut -d ts id.orig_h username host uri` style output."""
    maker = c.choice([row_http, row_ntlm])
    rows = [maker(c) for _ in range(c.randint(1, 3))]
    cols = (["ts", "id.orig_h", "username", "host", "uri"] if maker is row_http
            else ["ts", "id.orig_h", "username", "hostname", "domainname", "success"])
    r = Rec()
    for i, row in enumerate(rows):
        for j, col in enumerate(cols):
            r.lit("\t" if j else "")
            val = row.vals.get(col)
            if col == "ts":
                r.lit(datetime.fromtimestamp(val, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%S+0000"))
            else:
                _tsv_val(r, dict(FIELDS[row.path])[col], val)
        if i < len(rows) - 1:
            r.lit("\n")
    return r


POS = [_pos(row_http), _pos(row_http), pos_smtp, pos_smtp, _pos(row_dhcp), _pos(row_ntlm), _pos(row_kerberos),
       _pos(row_sip), _pos(row_rdp), _pos(row_smb), _pos(row_notice), _pos(row_conn), pos_zeek_cut]


# ------------------------------------------------------------------------------------------ negatives
def _subject(c: Ctx) -> str:
    co = c.choice(COMPANIES).replace(",", "")
    return f"CN=*.{c.choice(['northwind.example', 'globex.example', 'shop.example.net'])},O={co},L={c.choice(PLACES_LIKE_NAMES)},C={c.choice(['US', 'GB', 'DE', 'CA', 'AU'])}"


def neg_x509(c: Ctx) -> Rec:
    rows = []
    for _ in range(c.randint(1, 2)):
        t = _ts(c)
        subj = _subject(c)
        rows.append(Z("x509", ts=t, fingerprint=c.hex(64), certificate__version=3, certificate__serial=c.hex(32).upper(),
                      certificate__subject=subj,
                      certificate__issuer=c.choice(["CN=R11,O=Let's Encrypt,C=US", "CN=Sectigo RSA Domain Validation Secure Server CA,O=Sectigo Limited,L=Salford,ST=Greater Manchester,C=GB"]),
                      certificate__not_valid_before=t - 86400 * 30.0, certificate__not_valid_after=t + 86400 * 60.0,
                      certificate__key_alg="rsaEncryption", certificate__sig_alg="sha256WithRSAEncryption",
                      certificate__key_type="rsa", certificate__key_length=2048, certificate__exponent="65537",
                      san__dns=[subj.split(",")[0][3:]], basic_constraints__ca=False, host_cert=True, client_cert=False))
    return render(c, rows)


def neg_stats(c: Ctx) -> Rec:
    rows = []
    t = _ts(c)
    for i in range(c.randint(1, 3)):
        rows.append(Z("stats", ts=t + 300.0 * i, peer=c.choice(["zeek", "worker-1-1", "worker-1-2", "manager"]),
                      mem=c.randint(200, 2000), pkts_proc=c.randint(10000, 9000000), bytes_recv=c.randint(10**6, 10**9),
                      pkts_dropped=c.randint(0, 50), pkts_link=c.randint(10000, 9000000), pkt_lag=round(c.random(), 6),
                      events_proc=c.randint(1000, 900000), events_queued=c.randint(1000, 900000),
                      active_tcp_conns=c.randint(0, 900), active_udp_conns=c.randint(0, 900), timers=c.randint(0, 90000),
                      active_timers=c.randint(0, 9000), files=c.randint(0, 900), active_files=c.randint(0, 90)))
    return render(c, rows)


def neg_capture_loss(c: Ctx) -> Rec:
    t = _ts(c)
    rows = [Z("capture_loss", ts=t + 900.0 * i, ts_delta=900.0, peer=f"worker-1-{c.randint(1, 4)}",
              gaps=c.randint(0, 40), acks=c.randint(1000, 90000), percent_lost=round(c.random() * 0.2, 6))
            for i in range(c.randint(1, 3))]
    return render(c, rows)


def neg_reporter(c: Ctx) -> Rec:
    msgs = [("Reporter::INFO", "received termination signal", "-"),
            ("Reporter::WARNING", "SumStats key request for the SSH::Password_Guessing took longer than expected", "-"),
            ("Reporter::WARNING", "Dropping log entry with invalid field 'host_name'", "/opt/zeek/share/zeek/base/protocols/dhcp/main.zeek, line 197"),
            ("Reporter::ERROR", "string index out of bounds", "/opt/zeek/share/zeek/site/local-policy.zeek, line 42"),
            ("Reporter::INFO", "Zeek 7.0.3 started (pid " + str(c.randint(1000, 90000)) + ")", "-")]
    rows = []
    for _ in range(c.randint(1, 2)):
        lvl, m, loc = c.choice(msgs)
        rows.append(Z("reporter", ts=_ts(c), level=lvl, message=m, location=loc))
    return render(c, rows)


def neg_weird(c: Ctx) -> Rec:
    rows = [Z("weird", ts=_ts(c), name=c.choice(["non_ip_packet_in_ethernet", "truncated_link_header",
                                                 "unknown_protocol_2", "internally_truncated_header"]),
              addl=c.choice([None, "ethertype=0x88cc", "len=12"]), notice=False, peer=f"worker-1-{c.randint(1, 4)}",
              source=c.choice(["ETHERNET", "IP", "-"]))
            for _ in range(c.randint(1, 3))]
    return render(c, rows)


def neg_ocsp(c: Ctx) -> Rec:
    t = _ts(c)
    rows = [Z("ocsp", ts=t, id=_uid(c, "F"), hashAlgorithm="sha1", issuerNameHash=c.hex(40), issuerKeyHash=c.hex(40),
              serialNumber=c.hex(32).upper(), certStatus=c.choice(["good", "good", "revoked"]),
              thisUpdate=t - 3600.0, nextUpdate=t + 86400 * 7.0)]
    return render(c, rows)


def neg_pe(c: Ctx) -> Rec:
    t = _ts(c)
    rows = [Z("pe", ts=t, id=_uid(c, "F"), machine=c.choice(["AMD64", "I386"]), compile_ts=t - 86400 * 300.0,
              os="Windows XP x64 or Server 2003", subsystem=c.choice(["WINDOWS_GUI", "WINDOWS_CUI"]), is_exe=True,
              is_64bit=True, uses_aslr=True, uses_dep=True, uses_code_integrity=False, uses_seh=True,
              has_import_table=True, has_export_table=False, has_cert_table=c.chance(0.5), has_debug_data=True,
              section_names=[".text", ".rdata", ".data", ".pdata", ".rsrc", ".reloc"])]
    return render(c, rows)


def neg_zeekctl(c: Ctx) -> Rec:
    lines = ["Name         Type    Host             Status    Pid    Started"]
    nodes = [("logger-1", "logger"), ("manager", "manager"), ("proxy-1", "proxy")] + [
        (f"worker-1-{i}", "worker") for i in range(1, c.randint(2, 5))]
    t = c.when()
    for name, typ in nodes:
        lines.append(f"{name:<12} {typ:<7} localhost        {c.choice(['running', 'running', 'stopped', 'crashed']):<9} "
                     f"{c.randint(1000, 99999):<6} {t.strftime('%d %b %H:%M:%S')}")
    return Rec().lit("\n".join(lines))


NEG = [neg_x509, neg_x509, neg_stats, neg_capture_loss, neg_reporter, neg_weird, neg_ocsp, neg_pe, neg_zeekctl]
