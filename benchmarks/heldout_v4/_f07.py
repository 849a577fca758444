"""f07 templates."""

from __future__ import annotations

from typing import Any

from _ctx import Ctx
from _decoys import HOSTNAMES, PLACES_LIKE_NAMES, STATUSES
from _people import Person
from _seg import M, Rec, em, ip, nm, ph, sn

SERVICES = ("ORCLPDB1", "SALESDB", "HRPRD", "FINPROD", "CRM_RO", "DWH")
DBHOSTS = ("dbhost01", "ora-prod-2", "exa01db03", "orahr01")
SYSTEM_USERS = ("DBSNMP", "SYSBACKUP", "ORDS_PUBLIC_USER", "GGADMIN", "APEX_PUBLIC_USER", "APP_SVC", "ETL_LOADER",
                "SYSRAC", "AUDSYS", "REPORTING_RO")


def _ltime(c: Ctx) -> str:
    return c.when().strftime("%d-%b-%Y %H:%M:%S").upper()


def _db_user(c: Ctx, p: Person) -> str:
    return c.choice([c.acct(p, "flast"), c.acct(p, "first_last"), c.acct(p, "firstl")]).upper()


def _client_host(c: Ctx, acct: str) -> tuple[Any, Any]:
    """(HOST= value, Userhost value) for a client machine, maybe named after its user."""
    k = c.randint(0, 3)
    if k == 0:
        host = M(nm(acct.upper()), c.choice(["-LT", "-PC", "-WS"]))
        return host, M(c.choice(["CORP\\", "EMEA\\", ""]), host)
    if k == 1:
        h = f"LAP-{c.randint(1000, 9999)}"
        return h, "CORP\\" + h
    if k == 2:
        h = M(nm(acct.lower()), "-mbp.local")
        return h, h
    return "__jdbc__", c.choice(HOSTNAMES)


def _connect(c: Ctx, p: Person) -> tuple[M, str]:
    os_user = c.acct(p, c.choice(["flast", "first.last", "firstl"]))
    host, _ = _client_host(c, os_user)
    prog = c.choice(["sqlplus", "JDBC Thin Client", "python", "toad.exe", "SQL Developer",
                     f"C:\\Users\\{os_user}\\AppData\\Local\\Programs\\dbeaver\\dbeaver.exe"])
    svc = c.choice(SERVICES)
    prog_piece: Any = prog
    if os_user in prog:
        a, b = prog.split(os_user)
        prog_piece = M(a, nm(os_user), b)
    cd = M("(CONNECT_DATA=(SERVICE_NAME=", svc, ")(CID=(PROGRAM=", prog_piece, ")(HOST=", host, ")(USER=", nm(os_user), ")))")
    return cd, svc


def _addr(c: Ctx) -> M:
    return M("(ADDRESS=(PROTOCOL=tcp)(HOST=", ip(c.ip(0.1)), f")(PORT={c.randint(30000, 65000)}))")


# ------------------------------------------------------------------------------------------ positives
def pos_listener(c: Ctx) -> Rec:
    r = Rec()
    n = c.randint(1, 3)
    for i in range(n):
        p = c.person(scripts=0.0)
        cd, svc = _connect(c, p)
        code = c.choice(["0", "0", "0", "12514", "12505", "12528"])
        r.add(_ltime(c), " * ", cd, " * ", _addr(c), f" * establish * {svc} * {code}")
        if code != "0":
            msg = {"12514": "TNS:listener does not currently know of service requested in connect descriptor",
                   "12505": "TNS:listener does not currently know of SID given in connect descriptor",
                   "12528": "TNS:listener: all appropriate instances are blocking new connections"}[code]
            r.lit(f"\nTNS-{code}: {msg}")
        if i < n - 1:
            r.lit("\n")
    return r


def pos_listener_xml(c: Ctx) -> Rec:
    p = c.person(scripts=0.0)
    cd, svc = _connect(c, p)
    t = c.when()
    host = c.choice(DBHOSTS)
    r = Rec()
    r.add(f"<msg time='{t.strftime('%Y-%m-%dT%H:%M:%S.')}{t.microsecond // 1000:03d}+00:00' org_id='oracle' comp_id='tnslsnr'\n"
          f" type='UNKNOWN' level='16' host_id='{host}'\n host_addr='", ip(c.ip4("private")),
          f"' pid='{c.randint(1000, 99999)}'>\n <txt>", _ltime(c), " * ", cd, " * ", _addr(c),
          f" * establish * {svc} * 0\n </txt>\n</msg>")
    return r


def _aud_header(c: Ctx, host: str, pid: int) -> str:
    return (f"Audit file /u01/app/oracle/admin/ORCL/adump/ORCL_ora_{pid}_{c.when().strftime('%Y%m%d%H%M%S')}"
            f"{c.randint(100000, 999999)}.aud\n"
            "Oracle Database 19c Enterprise Edition Release 19.0.0.0.0 - Production\nVersion 19.24.0.0.0\n"
            "Build label:    RDBMS_19.24.0.0.0DBRU_LINUX.X64_240715\n"
            "ORACLE_HOME:    /u01/app/oracle/product/19.0.0/dbhome_1\nSystem name:    Linux\n"
            f"Node name:      {host}\nRelease:        5.4.17-2136.330.7.1.el8uek.x86_64\n"
            "Version:        #2 SMP Thu Mar 28 16:04:03 PDT 2024\nMachine:        x86_64\n"
            f"Instance name: ORCL\nRedo thread mounted by this instance: 1\nOracle process number: {c.randint(20, 300)}\n"
            f"Unix process pid: {pid}, image: oracle@{host}\n\n")


def _q(r: Rec, label: str, val: Any) -> None:
    plain = val if isinstance(val, str) else val.plain() if isinstance(val, M) else val.value
    r.add(f"{label}:[{len(plain.encode('utf-8'))}] '", val, "'\n")


def pos_aud_file(c: Ctx) -> Rec:
    p = c.person(scripts=0.0)
    host = c.choice(DBHOSTS)
    pid = c.randint(1000, 99999)
    r = Rec()
    r.lit(_aud_header(c, host, pid))
    t = c.when()
    r.lit(t.strftime("%a %b %d %H:%M:%S %Y") + " +00:00\n")
    k = c.randint(0, 2)
    dbu = _db_user(c, p)
    if k == 0:
        act: Any = "CONNECT"
    elif k == 1:
        act = M("UPDATE hr.employees SET phone_number = '", ph(c.phone(p)), "' WHERE employee_id = ",
                str(c.randint(100, 9999)))
    else:
        act = M("SELECT * FROM crm.customers WHERE email = '", em(c.email(p)), "'")
    action_plain = act if isinstance(act, str) else act.plain()
    r.lit(f"LENGTH : '{200 + len(action_plain)}'\n")
    _q(r, "ACTION ", act)
    _q(r, "DATABASE USER", nm(dbu))
    _q(r, "PRIVILEGE ", c.choice(["NONE", "SYSDBA"]))
    _q(r, "CLIENT USER", nm(c.acct(p, c.choice(["flast", "first.last"]))))
    _q(r, "CLIENT TERMINAL", c.choice(["pts/1", "pts/3", "unknown"]))
    _q(r, "STATUS", c.choice(["0", "0", "1017"]))
    _q(r, "DBID", c.digits(10))
    r.lit(f"SESSIONID:[{len(str(pid))}] '{c.randint(100000, 999999)}'\nUSERHOST:[{len(host)}] '{host}'")
    return r


def _table(cols: list[tuple[str, int]], rows: list[list[Any]]) -> Rec:
    r = Rec()
    r.lit(" ".join(h.ljust(w) for h, w in cols).rstrip() + "\n")
    r.lit(" ".join("-" * w for _, w in cols) + "\n")
    for i, row in enumerate(rows):
        for j, ((_, w), v) in enumerate(zip(cols, row)):
            plain = v if isinstance(v, str) else v.plain() if isinstance(v, M) else v.value
            r.add(" " if j else "", v, " " * max(0, w - len(plain)) if j < len(cols) - 1 else "")
        if i < len(rows) - 1:
            r.lit("\n")
    return r


def pos_unified_table(c: Ctx) -> Rec:
    cols = [("EVENT_TIMESTAMP", 28), ("DBUSERNAME", 14), ("OS_USERNAME", 16), ("USERHOST", 22),
            ("ACTION_NAME", 12), ("RETURN_CODE", 11)]
    rows = []
    for _ in range(c.randint(1, 4)):
        if c.chance(0.25):
            svc = c.choice(SYSTEM_USERS)
            rows.append([c.when().strftime("%d-%b-%y %I.%M.%S.%f %p").upper(), svc, "oracle", c.choice(HOSTNAMES),
                         c.choice(["LOGON", "SELECT", "EXECUTE"]), "0"])
            continue
        p = c.person(scripts=0.0, max_len=24)
        os_u = c.acct(p, c.choice(["flast", "firstl"]))
        if len(os_u) > 14:
            os_u = os_u[:14]
        _, uh = _client_host(c, os_u)
        uh_plain = uh if isinstance(uh, str) else uh.plain()
        if len(uh_plain) > 22:
            uh = "CORP\\LAP-" + str(c.randint(1000, 9999))
        rows.append([c.when().strftime("%d-%b-%y %I.%M.%S.%f %p").upper(), nm(os_u.upper()), nm(os_u), uh,
                     c.choice(["LOGON", "LOGON", "SELECT", "UPDATE", "LOGOFF"]), c.choice(["0", "0", "1017", "28000"])])
    if all(isinstance(row[1], str) for row in rows):
        p = c.person(scripts=0.0)
        os_u = c.acct(p, "flast")[:14]
        rows.append([c.when().strftime("%d-%b-%y %I.%M.%S.%f %p").upper(), nm(os_u.upper()), nm(os_u), "CORP\\LAP-0412",
                     "LOGON", "1017"])
    return _table(cols, rows)


def pos_binds(c: Ctx) -> Rec:
    p = c.person()
    e = c.email(p)
    k = c.randint(0, 2)
    r = Rec()
    r.add(f"DBUSERNAME:   {c.choice(SYSTEM_USERS[5:])}\nACTION_NAME:  {c.choice(['UPDATE', 'INSERT'])}\n")
    if k == 0:
        binds = [em(e), ph(c.phone(p)), str(c.randint(10, 99999))]
        r.lit("SQL_TEXT:     UPDATE customers SET email = :1, phone = :2 WHERE id = :3\n")
    elif k == 1:
        binds = [nm(p.given), nm(p.family), sn(c.ssn(c.choice(["dash", "bare"])))]
        r.lit("SQL_TEXT:     INSERT INTO hr.applicants (first_name, last_name, ssn) VALUES (:1, :2, :3)\n")
    else:
        binds = [nm(p.full()), em(e)]
        r.lit("SQL_TEXT:     UPDATE crm.contacts SET full_name = :b1 WHERE email = :b2\n")
    r.lit("SQL_BINDS:   ")
    for i, b in enumerate(binds, start=1):
        r.add(f" #{i}({len(b.value if not isinstance(b, str) else b)}):", b)
    return r


def pos_sqlnet(c: Ctx) -> Rec:
    r = Rec()
    code = c.choice(["12170", "12537", "12547"])
    r.lit("\n***********************************************************************\n"
          f"Fatal NI connect error {code}, connecting to:\n")
    p = c.person(scripts=0.0)
    cd, _ = _connect(c, p)
    r.add(" (DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=", c.choice(DBHOSTS), ".corp.example.com)(PORT=1521))", cd, ")\n\n")
    r.lit("  VERSION INFORMATION:\n\tTNS for Linux: Version 19.0.0.0.0 - Production\n"
          "\tTCP/IP NT Protocol Adapter for Linux: Version 19.0.0.0.0 - Production\n"
          f"  Time: {_ltime(c)}\n  Tracing not turned on.\n  Tns error struct:\n    ns main err code: 12535\n    \n"
          "TNS-12535: TNS:operation timed out\n    ns secondary err code: 12560\n    nt main err code: 505\n    \n"
          "TNS-00505: Operation timed out\n    nt secondary err code: 110\n    nt OS err code: 0\n")
    r.add("  Client address: ", _addr(c))
    return r


def pos_xml_audit(c: Ctx) -> Rec:
    p = c.person()
    os_u = c.acct(p, c.choice(["flast", "first.last"]))
    _, uh = _client_host(c, os_u)
    t = c.when()
    sql = c.choice([M("SELECT * FROM hr.employees WHERE last_name = '", nm(p.family), "'"),
                    M("UPDATE crm.contacts SET email = '", em(c.email(p)), "' WHERE contact_id = ", str(c.randint(1, 99999))),
                    "SELECT COUNT(*) FROM sales.orders"])
    r = Rec()
    r.add(f"<AuditRecord><Audit_Type>1</Audit_Type><Session_Id>{c.randint(100000, 999999)}</Session_Id>"
          f"<StatementId>{c.randint(1, 90)}</StatementId><EntryId>{c.randint(1, 9)}</EntryId>"
          f"<Extended_Timestamp>{t.strftime('%Y-%m-%dT%H:%M:%S.%f')}Z</Extended_Timestamp><DB_User>", nm(os_u.upper()),
          "</DB_User><OS_User>", nm(os_u), "</OS_User><Userhost>", uh, f"</Userhost><OS_Process>{c.randint(1000, 9999)}:"
          f"{c.randint(1000, 9999)}</OS_Process><Terminal>unknown</Terminal><Instance_Number>0</Instance_Number>"
          f"<Object_Schema>HR</Object_Schema><Object_Name>EMPLOYEES</Object_Name><Action>3</Action>"
          f"<Returncode>0</Returncode><Scn>{c.randint(10**6, 10**8)}</Scn><SesActions>---------S------</SesActions>"
          "<Sql_Text>", sql, f"</Sql_Text><DBID>{c.digits(10)}</DBID></AuditRecord>")
    return r


POS = [pos_listener, pos_listener, pos_listener_xml, pos_aud_file, pos_unified_table, pos_binds, pos_sqlnet,
       pos_xml_audit]


# ------------------------------------------------------------------------------------------ negatives
def neg_listener(c: Ctx) -> Rec:
    host = c.choice(DBHOSTS)
    lines = []
    for _ in range(c.randint(1, 4)):
        k = c.randint(0, 3)
        if k == 0:
            lines.append(f"{_ltime(c)} * service_update * {c.choice(SERVICES)} * 0")
        elif k == 1:
            lines.append(f"{_ltime(c)} * (CONNECT_DATA=(CID=(PROGRAM=)(HOST={host})(USER=oracle))(COMMAND=status)"
                         f"(ARGUMENTS=64)(SERVICE=LISTENER)(VERSION=318767104)) * status * 0")
        elif k == 2:
            lines.append(f"{_ltime(c)} * ping * 0")
        else:
            lines.append(f"{_ltime(c)} * service_register * {c.choice(SERVICES)} * 0")
    return Rec().lit("\n".join(lines))


def neg_aud_sys(c: Ctx) -> Rec:
    host = c.choice(DBHOSTS)
    pid = c.randint(1000, 99999)
    r = Rec()
    r.lit(_aud_header(c, host, pid))
    r.lit(c.when().strftime("%a %b %d %H:%M:%S %Y") + " +00:00\n")
    r.lit("LENGTH : '160'\n")
    _q(r, "ACTION ", "CONNECT")
    _q(r, "DATABASE USER", "/")
    _q(r, "PRIVILEGE ", "SYSDBA")
    _q(r, "CLIENT USER", "oracle")
    _q(r, "CLIENT TERMINAL", "pts/0")
    _q(r, "STATUS", "0")
    _q(r, "DBID", c.digits(10))
    return r


def neg_alert(c: Ctx) -> Rec:
    msgs = [f"Thread 1 advanced to log sequence {c.randint(1000, 99999)} (LGWR switch)",
            f"  Current log# {c.randint(1, 4)} seq# {c.randint(1000, 99999)} mem# 0: /u02/oradata/ORCL/redo0{c.randint(1, 4)}.log",
            f"ORA-12012: error on auto execute of job \"SYS\".\"ORA$AT_OS_OPT_SY_{c.randint(1000, 9999)}\"",
            "Completed: ALTER DATABASE OPEN", "Starting background process MMON",
            f"Resize operation completed for file# {c.randint(1, 40)}, old size {c.randint(100, 900)}M, new size {c.randint(901, 2000)}M",
            "TABLESPACE USERS is 91% full", f"ORA-12899: value too large for column \"CRM\".\"CONTACTS\".\"LAST_NAME\" (actual: {c.randint(41, 60)}, maximum: 40)"]
    r = Rec()
    for i, m in enumerate(c.sample(msgs, c.randint(1, 3))):
        r.lit(f"{c.when().strftime('%Y-%m-%dT%H:%M:%S.%f')}+00:00\n{m}")
        if i < 2:
            r.lit("\n")
    return Rec().lit(r.text().rstrip("\n"))


def neg_unified_table(c: Ctx) -> Rec:
    cols = [("EVENT_TIMESTAMP", 28), ("DBUSERNAME", 16), ("OS_USERNAME", 12), ("USERHOST", 16),
            ("ACTION_NAME", 12), ("RETURN_CODE", 11)]
    rows: list[list[Any]] = [[c.when().strftime("%d-%b-%y %I.%M.%S.%f %p").upper(), c.choice(SYSTEM_USERS),
                              c.choice(["oracle", "grid", "appsvc", "tomcat"]), c.choice(HOSTNAMES),
                              c.choice(["LOGON", "SELECT", "EXECUTE", "LOGOFF"]), c.choice(["0", "0", "0", "1017"])]
                             for _ in range(c.randint(1, 4))]
    return _table(cols, rows)


def neg_binds(c: Ctx) -> Rec:
    r = Rec()
    r.lit(f"DBUSERNAME:   {c.choice(SYSTEM_USERS[5:])}\nACTION_NAME:  UPDATE\n"
          "SQL_TEXT:     UPDATE sales.shipments SET status = :1, depot = :2 WHERE shipment_id = :3\n")
    st, dep = c.choice(STATUSES), c.choice(PLACES_LIKE_NAMES)
    sid = str(c.randint(10000, 999999))
    r.lit(f"SQL_BINDS:    #1({len(st)}):{st} #2({len(dep)}):{dep} #3({len(sid)}):{sid}")
    return r


NEG = [neg_listener, neg_listener, neg_aud_sys, neg_alert, neg_unified_table, neg_binds]
