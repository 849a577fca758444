"""Family vpn_radius: OpenVPN server log excerpts and status files, Cisco ASA/AnyConnect syslog,
FreeRADIUS radius.log, accounting detail files and debug output.

Negative lines are the kinds of line in these logs that carry no client address: machine
certificates, service accounts, `anonymous`, start-up and housekeeping messages."""

from __future__ import annotations

from typing import Any

import _values as val
from _build import Rec, V
from _ctx import Ctx

_GROUPS = ("GP-Staff", "GP-Contractors", "GP-Finance", "AnyConnect-Corp", "RA-Engineering", "DfltGrpPolicy")
_MACHINE_CNS = (
    "laptop-7F3K2Q",
    "WS-0412",
    "build-runner-07",
    "kiosk-lobby-02",
    "pos-terminal-19",
    "router-branch-lyon",
    "vpn-probe",
    "ovpn-client-003",
    "edge-lon-02",
    "iot-gw-5521",
)
_NAS = ("wlc-hq-01", "wlc-branch-7", "asa-edge-01", "vpn-concentrator", "sw-core-02", "ap-group-floor3", "localhost")
_SVC = (
    "svc-vpnprobe",
    "svc.radius.probe",
    "radius-healthcheck",
    "anonymous",
    "host/WS-0412.corp.example.com",
    "svc_backup",
    "monitoring",
    "nagios",
    "kiosk-lobby",
    "scanner01",
)


def _user(c: Ctx, upper: bool = False) -> tuple[V, Any]:
    """A person's VPN identity: account name, or an e-mail for SAML/RADIUS setups."""
    p = c.person(latin_only=True)
    if c.chance(0.2):
        v = c.v_email(p, work=True)
    else:
        v = c.v_acct(p, upper=upper and c.chance(0.5))
    return v, p


# ------------------------------------------------------------------------------------ OpenVPN
def _openvpn(c: Ctx) -> Rec:
    r = Rec()
    ts = c.pick(["date", "ctime", "none"])

    def stamp() -> str:
        t = c.later(5, 900)
        return {"date": f"{t:%Y-%m-%d %H:%M:%S} ", "ctime": f"{val.ctime_ts(t)} ", "none": ""}[ts]

    if c.negative:
        rows: list[list[Any]] = c.sample(
            [
                ["OpenVPN 2.6.8 x86_64-pc-linux-gnu [SSL (OpenSSL)] [LZO] [LZ4] [EPOLL] [MH/PKTINFO] [AEAD]"],
                ["library versions: OpenSSL 3.0.13 30 Jan 2024, LZO 2.10"],
                ["MANAGEMENT: Client connected from [AF_UNIX]/run/openvpn/server.sock"],
                ["Initialization Sequence Completed"],
                ["MULTI: multi_create_instance called"],
                ["Diffie-Hellman initialized with 2048 bit key"],
                ["CRL: loaded 1 CRLs from file /etc/openvpn/crl.pem"],
                [f"VERIFY ERROR: depth=0, error=certificate revoked: CN={c.pick(_MACHINE_CNS)}"],
                ["TLS Error: TLS handshake failed"],
                ["SIGUSR1[soft,ping-restart] received, process restarting"],
            ],
            c.n(2, 4),
        )
        return r.lines([[stamp(), *row] for row in rows])
    v, _p = _user(c)
    # A dual-stack (udp6) server sees IPv4 clients as IPv4-mapped IPv6 addresses.
    mapped = c.chance(0.15)
    ip, port = ("::ffff:" if mapped else "") + c.ip4(), val.port(c.rng)
    vip = c.ip4(private=True)
    peer: list[Any] = [V(ip, "IP_ADDRESS"), f":{port}"]
    peer_pre: list[Any] = []
    af = "AF_INET6" if mapped else "AF_INET"
    cn: Any = v
    rows = [
        [
            *peer_pre,
            *peer,
            f" TLS: Initial packet from [{af}]",
            *peer_pre,
            *peer,
            f", sid={val.hexs(c.rng, 8)} {val.hexs(c.rng, 8)}",
        ],
        [*peer_pre, *peer, " VERIFY OK: depth=1, CN=Corp VPN CA"],
        [*peer_pre, *peer, " VERIFY OK: depth=0, CN=", cn],
        [*peer_pre, *peer, " peer info: IV_VER=", c.pick(["2.6.8", "3.git::d3f8b18b", "2.5.9"])],
        [*peer_pre, *peer, " peer info: IV_PLAT=", c.pick(["win", "mac", "linux", "ios", "android"])],
    ]
    if c.chance(0.5):
        rows.append([*peer_pre, *peer, " TLS: Username/Password authentication succeeded for username '", v, "'"])
    rows += [
        [*peer_pre, *peer, " [", cn, "] Peer Connection Initiated with [" + af + "]", *peer_pre, *peer],
        [cn, "/", *peer_pre, *peer, " MULTI_sva: pool returned IPv4=", V(vip, "IP_ADDRESS"), ", IPv6=(Not enabled)"],
        [cn, "/", *peer_pre, *peer, " MULTI: Learn: ", V(vip, "IP_ADDRESS"), " -> ", cn, "/", *peer_pre, *peer],
    ]
    if c.chance(0.4):
        rows.append([cn, "/", *peer_pre, *peer, " SIGTERM[soft,remote-exit] received, client-instance exiting"])
    start = c.n(0, 3)
    rows = rows[start : start + c.n(1, 5)]
    return r.lines([[stamp(), *row] for row in rows])


def _ovpn_status(c: Ctx) -> Rec:
    """openvpn-status.log, status-version 2 rows."""
    r = Rec()
    head = [
        ["TITLE,OpenVPN 2.6.8 x86_64-pc-linux-gnu [SSL (OpenSSL)] [LZO] [LZ4] [EPOLL] [MH/PKTINFO] [AEAD]"],
        [f"TIME,{c.t:%Y-%m-%d %H:%M:%S},{val.epoch(c.t)}"],
        [
            "HEADER,CLIENT_LIST,Common Name,Real Address,Virtual Address,Virtual IPv6 Address,Bytes Received,Bytes Sent,Connected Since,Connected Since (time_t),Username,Client ID,Peer ID,Data Channel Cipher"
        ],
    ]
    rows: list[list[Any]] = []
    for i in range(c.n(1, 3)):
        since = c.later(-86400000, -1000)
        if c.negative:
            rows.append(
                [
                    f"CLIENT_LIST,{c.pick(_MACHINE_CNS)},UNDEF,,,{c.n(1000, 9**9)},{c.n(1000, 9**9)},{since:%Y-%m-%d %H:%M:%S},{val.epoch(since)},UNDEF,{i},{i},AES-256-GCM"
                ]
            )
            continue
        v, _ = _user(c)
        ip = c.ip4()
        user: Any = v if c.chance(0.6) else "UNDEF"
        rows.append(
            [
                "CLIENT_LIST,",
                v,
                ",",
                V(ip, "IP_ADDRESS"),
                f":{val.port(c.rng)},",
                V(c.ip4(private=True), "IP_ADDRESS"),
                f",,{c.n(1000, 9**9)},{c.n(1000, 9**9)},{since:%Y-%m-%d %H:%M:%S},{val.epoch(since)},",
                user,
                f",{i},{i},AES-256-GCM",
            ]
        )
    if c.negative:
        head = [*head[:1], ["GLOBAL_STATS,Max bcast/mcast queue length,0"], *head[2:]]
    return r.lines(head + rows + [["END"]] if c.chance(0.5) else rows)


# ------------------------------------------------------------------------------------ Cisco ASA
def _asa(c: Ctx) -> Rec:
    r = Rec().lit(
        c.pick(
            [
                f"{val.syslog_ts(c.t)} {c.pick(['asa-edge-01', 'asa-dmz-01', 'fw-core'])} ",
                f"{val.iso_z(c.t)} asa-edge-01 : ",
                "",
            ]
        )
    )
    if c.negative:
        return r.lit(
            c.pick(
                [
                    f"%ASA-6-113008: AAA transaction status ACCEPT : user = {c.pick(_SVC)}",
                    f"%ASA-6-113009: AAA retrieved default group policy (DfltGrpPolicy) for user = {c.pick(_SVC)}",
                    "%ASA-5-502103: User priv level changed: Uname: enable_15 From: 1 To: 15",
                    "%ASA-5-111008: User 'enable_15' executed the 'write memory' command.",
                    f"%ASA-4-113019: Group = {c.pick(_GROUPS)}, Username = {c.pick(_SVC)}, IP = (redacted), Session disconnected. Session Type: SSL, Duration: 0h:00m:04s, Bytes xmt: 0, Bytes rcv: 0, Reason: Idle Timeout",
                    f"%ASA-6-722023: Group <{c.pick(_GROUPS)}> User <{c.pick(_SVC)}> SVC connection terminated without compression",
                    f"%ASA-6-734001: DAP: User {c.pick(_SVC)}, Addr (redacted), Connection AnyConnect: The following DAP records were selected for this connection: DfltAccessPolicy",
                    "%ASA-3-717009: Certificate validation failed. No suitable trustpoint found to validate certificate serial number: 6A1F, subject name: cn=kiosk-lobby-02,ou=Devices,o=Acme.",
                ]
            )
        )
    v, _ = _user(c, upper=True)
    ip = c.ip4()
    grp = c.pick(_GROUPS)
    ipv: Any = V(ip, "IP_ADDRESS")
    k = c.n(0, 7)
    if k == 0:
        return r.add(
            "%ASA-6-113004: AAA user authentication Successful : server =  ",
            V(c.ip4(private=True), "IP_ADDRESS"),
            " : user = ",
            v,
        )
    if k == 1:
        return r.add(f"%ASA-6-113039: Group <{grp}> User <", v, "> IP <", ipv, "> AnyConnect parent session started.")
    if k == 2:
        r.add(
            f"%ASA-4-722051: Group <{grp}> User <",
            v,
            "> IP <",
            ipv,
            "> IPv4 Address <",
            V(c.ip4(private=True), "IP_ADDRESS"),
        )
        if c.chance(0.5):
            return r.add("> IPv6 address <", V(val.ipv6(c.rng), "IP_ADDRESS"), "> assigned to session")
        return r.lit("> assigned to session")
    if k == 3:
        return r.add(
            f"%ASA-5-722037: Group <{grp}> User <",
            v,
            "> IP <",
            ipv,
            "> SVC closing connection: ",
            c.pick(["DPD failure.", "Transport closing.", "Idle Timeout."]),
        )
    if k == 4:
        return r.add(
            f"%ASA-4-113019: Group = {grp}, Username = ",
            v,
            ", IP = ",
            ipv,
            f", Session disconnected. Session Type: SSL, Duration: {c.n(0, 9)}h:{c.n(0, 59):02d}m:{c.n(0, 59):02d}s, "
            f"Bytes xmt: {c.n(1000, 9**9)}, Bytes rcv: {c.n(1000, 9**9)}, Reason: {c.pick(['User Requested', 'Idle Timeout', 'Lost Service'])}",
        )
    if k == 5:
        return r.add(
            "%ASA-6-734001: DAP: User ",
            v,
            ", Addr ",
            ipv,
            ", Connection AnyConnect: The following DAP records were selected for this connection: DAP-Corp",
        )
    if k == 6:
        return r.add(
            "%ASA-6-113005: AAA user authentication Rejected : reason = AAA failure : server = ",
            V(c.ip4(private=True), "IP_ADDRESS"),
            " : user = ",
            v,
            " : user IP = ",
            ipv,
        )
    return r.add(f"%ASA-6-716001: Group <{grp}> User <", v, "> IP <", ipv, "> WebVPN session started.")


# ------------------------------------------------------------------------------------ FreeRADIUS
def _radius_log(c: Ctx) -> Rec:
    r = Rec().lit(f"{val.ctime_ts(c.t)} : Auth: ({c.n(1, 99999)}) ")
    if c.negative:
        who = c.pick(_SVC)
        return r.lit(
            c.pick(
                [
                    f"Login OK: [{who}] (from client {c.pick(_NAS)} port 0)",
                    f"Login OK: [{who}] (from client {c.pick(_NAS)} port {c.n(0, 48)} cli {val.hexs(c.rng, 2).upper()}-{val.hexs(c.rng, 2).upper()}-{val.hexs(c.rng, 2).upper()}-{val.hexs(c.rng, 2).upper()}-{val.hexs(c.rng, 2).upper()}-{val.hexs(c.rng, 2).upper()} via TLS tunnel)",
                    f"Login incorrect (Home Server says so): [{who}/<via Auth-Type = eap>] (from client {c.pick(_NAS)} port 0)",
                    "Ignoring request to auth address * port 1812 bound to server default from unknown client",
                ]
            )
        )
    v, _p = _user(c)
    nas = c.pick(_NAS)
    cli: Any
    kind = c.n(0, 2)
    if kind == 0:  # Wi-Fi: the calling station is a MAC, not PII here
        cli = "-".join(val.hexs(c.rng, 2).upper() for _ in range(6))
    elif kind == 1:  # VPN: the calling station is the client's address
        cli = V(c.ip4(), "IP_ADDRESS")
    else:  # mobile data / dial-up: the calling station is the MSISDN
        cli = V(c.phone().msisdn, "PHONE")
    tunnel = c.pick(["", " via TLS tunnel", ""])
    k = c.n(0, 2)
    if k == 0:
        return r.add("Login OK: [", v, f"] (from client {nas} port {c.n(0, 48)} cli ", cli, f"{tunnel})")
    if k == 1:
        return r.add(
            c.pick(
                [
                    "Login incorrect (mschap: MS-CHAP2-Response is incorrect): [",
                    'Login incorrect (pap: Cleartext password does not match "known good" password): [',
                ]
            ),
            v,
            f"/<via Auth-Type = {c.pick(['eap', 'mschap', 'PAP'])}>] (from client {nas} port {c.n(0, 48)} cli ",
            cli,
            ")",
        )
    return r.add("Login OK: [", v, f"] (from client {nas} port {c.n(0, 48)} cli ", cli, ") via TLS tunnel")


def _radacct(c: Ctx) -> Rec:
    """A radacct `detail` file record."""
    r = Rec()
    st = c.pick(["Start", "Stop", "Interim-Update"])
    rows: list[list[Any]] = [[val.ctime_ts(c.t)], [f"\tAcct-Status-Type = {st}"]]
    if c.negative:
        rows += [
            [f'\tUser-Name = "{c.pick(_SVC)}"'],
            [f'\tNAS-Identifier = "{c.pick(_NAS)}"'],
            [f'\tCalling-Station-Id = "{"-".join(val.hexs(c.rng, 2).upper() for _ in range(6))}"'],
            [f'\tAcct-Session-Id = "{val.hexs(c.rng, 16).upper()}"'],
        ]
    else:
        v, _ = _user(c)
        rows += [
            ['\tUser-Name = "', v, '"'],
            ["\tNAS-IP-Address = ", V(c.ip4(private=True), "IP_ADDRESS")],
            [f"\tNAS-Port = {c.n(0, 9999)}"],
            [
                '\tCalling-Station-Id = "',
                V(c.phone().msisdn, "PHONE") if c.chance(0.6) else V(c.ip4(), "IP_ADDRESS"),
                '"',
            ],
            ["\tFramed-IP-Address = ", V(c.ip4(private=True), "IP_ADDRESS")],
            [f'\tAcct-Session-Id = "{val.hexs(c.rng, 16).upper()}"'],
        ]
        if st != "Start":
            rows.append([f"\tAcct-Session-Time = {c.n(10, 90000)}"])
    rows += [
        [f'\tEvent-Timestamp = "{val.MONTHS[c.t.month - 1]} {c.t.day:>2} {c.t.year} {c.t:%H:%M:%S} UTC"'],
        [f"\tTimestamp = {val.epoch(c.t)}"],
    ]
    return r.lines(rows)


def _radiusd_x(c: Ctx) -> Rec:
    """`radiusd -X` debug output for one request."""
    n = c.n(0, 999)
    r = Rec()
    v, _p = _user(c)
    src = c.ip4(private=True)
    rows: list[list[Any]] = [
        [
            f"({n}) Received Access-Request Id {c.n(0, 255)} from ",
            V(src, "IP_ADDRESS"),
            f":{val.port(c.rng)} to ",
            V(c.ip4(private=True), "IP_ADDRESS"),
            f":1812 length {c.n(90, 400)}",
        ],
        [f'({n})   User-Name = "', v, '"'],
        [f'({n})   NAS-Identifier = "{c.pick(_NAS)}"'],
        [f'({n})   Calling-Station-Id = "', V(c.phone().e164, "PHONE"), '"'],
        [f"({n})   Framed-Protocol = PPP"],
        [f"({n}) # Executing section authorize from file /etc/freeradius/3.0/sites-enabled/default"],
        [
            f"({n}) Sent Access-Accept Id {c.n(0, 255)} from ",
            V(c.ip4(private=True), "IP_ADDRESS"),
            ":1812 to ",
            V(src, "IP_ADDRESS"),
            f":{val.port(c.rng)} length 0",
        ],
    ]
    return r.lines(rows[: c.n(3, len(rows))])


def vpn_radius(c: Ctx) -> Rec:
    k = c.n(0, 9)
    if c.negative:
        return [_openvpn, _openvpn, _ovpn_status, _asa, _asa, _radius_log, _radius_log, _radacct][c.n(0, 7)](c)
    if k <= 2:
        return _openvpn(c)
    if k == 3:
        return _ovpn_status(c)
    if k <= 5:
        return _asa(c)
    if k <= 7:
        return _radius_log(c)
    if k == 8:
        return _radacct(c)
    return _radiusd_x(c)
