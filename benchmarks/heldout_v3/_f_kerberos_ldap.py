"""Family kerberos_ldap: MIT krb5kdc and kadmind logs, Heimdal kdc.log, OpenLDAP slapd stats lines,
389-DS access log, and ldapsearch LDIF output.

A principal's realm (`@CORP.EXAMPLE.COM`) is outside the NAME span; service principals (`host/`,
`HTTP/`, `krbtgt/`) and admin principals are never labelled."""

from __future__ import annotations

from typing import Any

import _lookalikes as lk
import _values as val
from _build import Rec, S, V
from _ctx import Ctx

_REALMS = ("CORP.EXAMPLE.COM", "AD.NORTHWIND.EXAMPLE", "EXAMPLE.ORG", "LAB.TAILSPIN.EXAMPLE", "HQ.FABRIKAM.EXAMPLE")
_ETYPES = "{aes256-cts-hmac-sha1-96(18), aes128-cts-hmac-sha1-96(17), aes256-cts-hmac-sha384-192(20), aes128-cts-hmac-sha256-128(19)}"
_ETYPE_REP = (
    "etypes {rep=aes256-cts-hmac-sha1-96(18), tkt=aes256-cts-hmac-sha1-96(18), ses=aes256-cts-hmac-sha1-96(18)}"
)
_SERVICES = (
    "host/fs01.{d}",
    "HTTP/intranet.{d}",
    "HTTP/grafana.{d}",
    "ldap/ldap02.{d}",
    "cifs/files.{d}",
    "nfs/nas-02.{d}",
    "postgres/db-primary.{d}",
    "imap/mail.{d}",
)
_HOSTS = ("ws-0412", "build-runner-07", "kiosk-lobby-02", "jenkins-agent-3", "print01", "pacs-archive-01")
_ADMINS = ("admin/admin", "kadmin/admin", "kadmin/changepw", "root/admin", "K/M", "kiprop/kdc02.corp.example.com")
_BASES = ("dc=corp,dc=example,dc=com", "dc=example,dc=org", "dc=northwind,dc=example", "o=fabrikam,c=de")
_OUS = ("ou=people", "ou=People", "ou=users,ou=accounts", "ou=staff", "cn=users")


def _dom(realm: str) -> str:
    return realm.lower()


def _kdc_prefix(c: Ctx, what: str = "krb5kdc") -> str:
    host = c.pick(["kdc01", "kdc02", "kerberos"])
    return f"{val.MONTHS[c.t.month - 1]} {c.t.day:02d} {c.t:%H:%M:%S} {host}.corp.example.com {what}[{c.n(300, 9000)}](info): "


def _principal(c: Ctx) -> tuple[V, Any]:
    p = c.person(latin_only=True)
    return c.v_acct(p, c.pick(["flast", "first.last", "flast", "firstl", "lastf", "first_last"])), p


# ------------------------------------------------------------------------------------ MIT / Heimdal
def _mit(c: Ctx) -> Rec:
    realm = c.pick(_REALMS)
    r = Rec().lit(_kdc_prefix(c))
    svc = c.pick(_SERVICES).format(d=_dom(realm)) + "@" + realm
    tgt = f"krbtgt/{realm}@{realm}"
    if c.negative:
        host = f"host/{c.pick(_HOSTS)}.{_dom(realm)}@{realm}"
        return r.lit(
            c.pick(
                [
                    "commencing operation",
                    "setting up network...",
                    f"closing down fd {c.n(10, 40)}",
                    "preauth pkinit failed to initialize: No realms configured correctly for pkinit support",
                    f"Request: kadm5_randkey_principal, {c.pick(_SERVICES).format(d=_dom(realm))}@{realm}, success, client={c.pick(_ADMINS)}@{realm}, service=kadmin/admin@{realm}",
                ]
            )
            if not c.chance(0.3)
            else f"TGS_REQ: Server not found in Kerberos database: {host} for {svc}"
        )
    v, _p = _principal(c)
    ip = c.ip(v6_share=0.05, private_share=0.8)
    kind = c.n(0, 5)
    n_et = c.pick([2, 4])
    etypes = "{" + ", ".join(_ETYPES.strip("{}").split(", ")[:n_et]) + "}"
    head = f"{'AS_REQ' if kind in (0, 1, 2) else 'TGS_REQ'} ({n_et} etypes {etypes}) "
    r.lit(head).val(ip, "IP_ADDRESS").lit(": ")
    if kind == 0:
        return r.add(f"ISSUE: authtime {val.epoch(c.t)}, {_ETYPE_REP}, ", v, f"@{realm} for {tgt}")
    if kind == 1:
        return r.add("NEEDED_PREAUTH: ", v, f"@{realm} for {tgt}, Additional pre-authentication required")
    if kind == 2:
        return r.add(
            c.pick(["PREAUTH_FAILED: ", "CLIENT_NOT_FOUND: ", "LOCKED_OUT: "]),
            v,
            f"@{realm} for {tgt}, "
            + c.pick(
                [
                    "Preauthentication failed",
                    "Client not found in Kerberos database",
                    "Client's credentials have been revoked",
                ]
            ),
        )
    if kind == 3:
        return r.add(f"ISSUE: authtime {val.epoch(c.t)}, {_ETYPE_REP}, ", v, f"@{realm} for {svc}")
    if kind == 4:
        return r.add(
            f"S4U2Self: ISSUE: authtime {val.epoch(c.t)}, {_ETYPE_REP}, HTTP/intranet.{_dom(realm)}@{realm} for ",
            v,
            f"@{realm}",
        )
    return r.add(
        "UNKNOWN_SERVER: authtime 0,  ",
        v,
        f"@{realm} for HTTP/wiki-old.{_dom(realm)}@{realm}, Server not found in Kerberos database",
    )


def _kadmind(c: Ctx) -> Rec:
    realm = c.pick(_REALMS)
    r = Rec().lit(_kdc_prefix(c, "kadmind").replace("(info)", "(Notice)"))
    v, _ = _principal(c)
    op = c.pick(
        [
            "kadm5_create_principal",
            "kadm5_modify_principal",
            "kadm5_get_principal",
            "kadm5_delete_principal",
            "kadm5_init",
        ]
    )
    if op == "kadm5_init":
        return r.add(
            "Request: kadm5_init, ",
            v,
            f"@{realm}, success, client=",
            v,
            f"@{realm}, service=kadmin/changepw@{realm}, addr=",
            V(c.ip4(private=True), "IP_ADDRESS"),
            ", vers=4, flavor=6",
        )
    return r.add(
        f"Request: {op}, ",
        v,
        f"@{realm}, success, client={c.pick(_ADMINS)}@{realm}, service=kadmin/admin@{realm}, addr=",
        V(c.ip4(private=True), "IP_ADDRESS"),
        ", vers=4, flavor=6",
    )


def _heimdal(c: Ctx) -> Rec:
    realm = c.pick(_REALMS)
    r = Rec()
    stamp = lambda: f"{c.later(1, 50):%Y-%m-%dT%H:%M:%S} "  # noqa: E731
    if c.negative:
        host = f"host/{c.pick(_HOSTS)}.{_dom(realm)}@{realm}"
        rows: list[list[Any]] = c.sample(
            [
                ["Client sent patypes: REQ-ENC-PA-REP"],
                [f"Looking for PKINIT pa-data -- {host}"],
                [f"ENC-TS Pre-authentication succeeded -- {host} using aes256-cts-hmac-sha1-96"],
                [
                    f"AS-REQ authtime: {c.t:%Y-%m-%dT%H:%M:%S} starttime: unset endtime: {c.t:%Y-%m-%d}T23:59:59 renew till: unset"
                ],
                [f"Server not found in database: HTTP/wiki-old.{_dom(realm)}@{realm}: no such entry found in hdb"],
                [f"TGS-REQ {host} for krbtgt/{realm}@{realm} [renewable, forwardable]"],
            ],
            c.n(2, 4),
        )
        return r.lines([[stamp(), *row] for row in rows])
    v, _ = _principal(c)
    ip = c.ip4(private=True)
    svc = c.pick(_SERVICES).format(d=_dom(realm)) + "@" + realm
    rows = [
        ["AS-REQ ", v, f"@{realm} from IPv4:", V(ip, "IP_ADDRESS"), f" for krbtgt/{realm}@{realm}"],
        ["Client sent patypes: encrypted-timestamp, REQ-ENC-PA-REP"],
        ["ENC-TS Pre-authentication succeeded -- ", v, f"@{realm} using aes256-cts-hmac-sha1-96"],
        [
            f"AS-REQ authtime: {c.t:%Y-%m-%dT%H:%M:%S} starttime: unset endtime: {c.t:%Y-%m-%d}T23:59:59 renew till: unset"
        ],
        ["TGS-REQ ", v, f"@{realm} from IPv4:", V(ip, "IP_ADDRESS"), f" for {svc} [canonicalize, forwardable]"],
    ]
    if c.chance(0.3):
        rows.insert(
            2,
            [
                "Failed to decrypt PA-DATA -- ",
                v,
                f"@{realm} (enctype aes256-cts-hmac-sha1-96) error Decrypt integrity check failed for checksum type hmac-sha1-96-aes256, key type aes256-cts-hmac-sha1-96",
            ],
        )
    start = c.pick([0, 2])  # rows 0 and 2 name the client, so every excerpt has one
    return r.lines([[stamp(), *row] for row in rows[start : start + c.n(1, 4)]])


# ------------------------------------------------------------------------------------ OpenLDAP / 389
def _dn(c: Ctx, v: Any, base: str, ou: str | None = None) -> S:
    return S("uid=", v, f",{ou or c.pick(_OUS)},{base}")


def _filter(c: Ctx) -> S:
    p = c.person(native_share=0.05)
    k = c.n(0, 6)
    if k == 0:
        return S("(&(objectClass=inetOrgPerson)(cn=", V(c.disp(p), "NAME"), "))")
    if k == 1:
        return S("(mail=", c.v_email(p, work=True), ")")
    if k == 2:
        return S("(|(uid=", c.v_acct(p), ")(mail=", c.v_email(p, work=True), "))")
    if k == 3:
        return S("(&(sn=", V(p.family, "NAME"), ")(givenName=", V(p.given, "NAME"), "))")
    if k == 4:
        return S("(cn=", V(p.given, "NAME"), "*)")
    if k == 5:
        return S("(telephoneNumber=", V(c.phone().intl, "PHONE"), ")")
    return S("(&(objectClass=posixAccount)(uid=", c.v_acct(p), "))")


def _slapd(c: Ctx) -> Rec:
    base = c.pick(_BASES)
    conn, op = c.n(1000, 99999), c.n(0, 9)
    pre = f"{val.syslog_ts(c.t)} {c.pick(['ldap01', 'ldap02', 'dir-a'])} slapd[{c.n(300, 9000)}]: conn={conn} "
    r = Rec().lit(pre)
    if c.negative:
        return r.lit(
            c.pick(
                [
                    f"op={op} RESULT tag=97 err=0 qtime=0.000012 etime=0.000{c.n(100, 999)} text=",
                    f'op={op} BIND dn="cn=admin,{base}" method=128',
                    f'op={op} BIND dn="uid=svc-ldap-sync,ou=services,{base}" mech=SIMPLE bind_ssf=0 ssf=256',
                    f'op={op} SRCH base="{base}" scope=2 deref=0 filter="(objectClass=posixGroup)"',
                    f'op={op} SRCH base="ou=groups,{base}" scope=1 deref=0 filter="(cn=Domain Users)"',
                    f"op={op} SRCH attr=cn memberUid gidNumber",
                    f"op={op} SEARCH RESULT tag=101 err=0 qtime=0.000010 etime=0.00{c.n(1000, 9999)} nentries={c.n(0, 400)} text=",
                    f"op={op} UNBIND",
                    f"fd={c.n(10, 90)} closed",
                    f'op={op} SRCH base="ou=sites,{base}" scope=1 deref=0 filter="(l={c.pick(lk.NAME_PLACES)})"',
                    f'op={op} MOD dn="cn=replicator,cn=config"',
                ]
            )
        )
    k = c.n(0, 5)
    if k == 0:
        r.lit(f"fd={c.n(10, 90)} ACCEPT from IP=").val(c.ip4(private=True), "IP_ADDRESS").lit(
            f":{val.port(c.rng)} (IP="
        )
        return r.val(c.ip4(private=True), "IP_ADDRESS").lit(f":{c.pick([389, 636])})")
    if k == 1:
        v, _ = _principal(c)
        return r.add(
            f'op={op} BIND dn="', _dn(c, v, base), '" ', c.pick(["method=128", "mech=SIMPLE bind_ssf=0 ssf=256"])
        )
    if k == 2:
        return r.add(f'op={op} SRCH base="{base}" scope=2 deref=0 filter="', _filter(c), '"')
    if k == 3:
        p = c.person(native_share=0.05)
        return r.add(f'op={op} ADD dn="cn=', V(c.disp(p, last_first=False), "NAME"), f',{c.pick(_OUS)},{base}"')
    if k == 4:
        v, _ = _principal(c)
        return r.add(
            f'op={op} MOD dn="',
            _dn(c, v, base),
            '"\n',
            f"{pre}op={op} MOD attr=",
            c.pick(["telephoneNumber mail", "userPassword", "mobile", "loginShell"]),
        )
    v, _ = _principal(c)
    return r.add(
        f'op={op} BIND dn="',
        _dn(c, v, base),
        f'" method=128\n{pre}op={op} RESULT tag=97 err=49 qtime=0.000014 etime=0.002130 text=',
    )


def _ds389(c: Ctx) -> Rec:
    base = c.pick(_BASES)
    conn, op = c.n(10, 9999), c.n(0, 9)
    stamp = f"[{c.t.day:02d}/{val.MONTHS[c.t.month - 1]}/{c.t.year}:{c.t:%H:%M:%S}.{c.n(0, 999999999):09d} +0000] conn={conn} "
    r = Rec().lit(stamp)
    if c.negative:
        return r.lit(
            c.pick(
                [
                    f'op={op} SRCH base="cn=config" scope=0 filter="(objectClass=*)" attrs="nsslapd-version"',
                    f"op={op} RESULT err=0 tag=101 nentries=1 wtime=0.000112 optime=0.000420 etime=0.000530",
                    f'op={op} BIND dn="cn=Directory Manager" method=128 version=3',
                    f'op={op} BIND dn="cn=replication manager,cn=config" method=128 version=3',
                    f"op={op} UNBIND",
                    f"op=-1 fd={c.n(60, 90)} closed error 11 (Resource temporarily unavailable) - B1",
                    f'op={op} EXT oid="1.3.6.1.4.1.1466.20037" name="start_tls_plugin"',
                ]
            )
        )
    k = c.n(0, 3)
    if k == 0:
        r.lit(f"fd={c.n(60, 90)} slot={c.n(60, 90)} {c.pick(['', 'SSL '])}connection from ").val(
            c.ip(v6_share=0.1, private_share=0.8), "IP_ADDRESS"
        )
        return r.lit(" to ").val(c.ip4(private=True), "IP_ADDRESS")
    if k == 1:
        v, _ = _principal(c)
        return r.add(f'op={op} BIND dn="', _dn(c, v, base, "ou=People"), '" method=128 version=3')
    if k == 2:
        v, _ = _principal(c)
        return r.add(
            f'op={op} RESULT err={c.pick([0, 49])} tag=97 nentries=0 wtime=0.000112 optime=0.000420 etime=0.000530 dn="',
            _dn(c, v, base.lower(), "ou=people"),
            '"',
        )
    return r.add(f'op={op} SRCH base="{base}" scope=2 filter="', _filter(c), '" attrs="cn mail telephoneNumber"')


def _ldif(c: Ctx) -> Rec:
    """ldapsearch output captured in a provisioning job's log."""
    base = c.pick(_BASES)
    r = Rec().lit(
        f"# extended LDIF\n#\n# LDAPv3\n# base <{base}> with scope subtree\n# requesting: cn mail telephoneNumber\n#\n\n"
    )
    if c.negative:
        grp = c.pick(["Domain Users", "vpn-users", "finance-readers", "printer-admins"])
        return r.lit(
            f"# {grp}, groups, {base.split(',')[0].split('=')[1]}\ndn: cn={grp},ou=groups,{base}\ncn: {grp}\n"
            f"gidNumber: {c.n(1000, 9999)}\n\n# search result\nsearch: 2\nresult: 0 Success\n\n# numEntries: 1"
        )
    v, p = _principal(c)
    full = V(c.disp(p), "NAME")  # AD-style directories often hold "Last, First" in cn
    rows: list[list[Any]] = [
        ["dn: ", _dn(c, v, base, "ou=people")],
        ["uid: ", v],
        ["cn: ", full],
        ["sn: ", V(p.family, "NAME")],
        ["givenName: ", V(p.given, "NAME")],
        ["mail: ", c.v_email(p, work=True)],
    ]
    if c.chance(0.7):
        rows.append(["telephoneNumber: ", V(c.phone().intl, "PHONE")])
    if c.chance(0.3):
        rows.append(["mobile: ", V(c.phone().national, "PHONE")])
    rows.append([f"uidNumber: {c.n(10000, 60000)}"])
    return r.lines(rows).lit("\n\n# search result\nsearch: 2\nresult: 0 Success\n\n# numEntries: 1")


def kerberos_ldap(c: Ctx) -> Rec:
    fns = [_mit, _mit, _mit, _kadmind, _heimdal, _heimdal, _slapd, _slapd, _slapd, _ds389, _ds389, _ldif]
    if c.negative:
        fns = [_mit, _mit, _heimdal, _slapd, _slapd, _slapd, _ds389, _ds389, _ldif]
    return c.pick(fns)(c)
