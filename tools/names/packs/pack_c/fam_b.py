"""Families 7-12: mail gateways, Windows/PowerShell events, firewall/VPN syslog, CI/CD, backup, code review."""

import names as NL
from common import disp, epoch, host_of, iso, logts, syslogts
from core import JS, C, E, I, N, P, Rec, S, csv_row, encp, form, jesc_ps, jx, pct, xesc


# ============================================================ 7. mail_gateway
def _subject(x, p):
    return x.pick([["Re: Offer letter for ", N(p.full())], ["Payroll details - ", N(p.up())], ["Fwd: ", N(p.g), "'s expense report"],
                   ["Solicitud de vacaciones de ", N(p.full())], ["Rappel : rendez-vous avec ", N(p.full())],
                   ["Invoice ", str(x.num(1000, 9999))], ["Your parcel is on its way"],
                   ["E-ticket receipt ", N(p.slash()), " ", x.pick(["MR", "MS", "MRS"]), " ", str(x.num(10, 28)), "MAR LHR-JFK"],
                   ["Itinerary: ", N(p.slash()), x.pick(["MR", "MS"]), " / booking ", x.hexs(6).upper()]])


def mg_ironport(x):
    a, b = x.person(), x.person()
    t = x.ts()
    pre = lambda: [t.strftime("%a %b ") + f"{t.day:>2}" + t.strftime(" %H:%M:%S %Y"), " Info: "]
    icid, mid = str(x.num(1000, 999999)), str(x.num(10000, 9999999))
    r = Rec().add(pre(), "New SMTP ICID ", icid, " interface Management (", I(x.ip4("priv")), ") address ", I(x.ip4("doc")),
                  " reverse dns host mail.example.net verified yes\n")
    r.add(pre(), "MID ", mid, " ICID ", icid, " From: <", E(x.email(a)), ">\n")
    r.add(pre(), "MID ", mid, " ICID ", icid, " RID 0 To: <", E(x.email(b)), ">\n")
    r.add(pre(), "MID ", mid, ' Subject "', _subject(x, b), '"\n')
    r.add(pre(), "MID ", mid, " ready ", str(x.num(2000, 900000)), " bytes from <", E(x.email(a)), ">\n")
    r.add(pre(), "MID ", mid, " interim verdict using engine: CASE spam ", x.pick(["negative", "positive", "suspect"]))
    return r


def mg_pps(x):
    a, b = x.person(), x.person()
    t = x.ts()
    s_id = x.hexs(10)
    pre = [iso(t, 6, "+00:00"), " pps01 filter_instance1[", str(x.num(1000, 40000)), "]: rprt s=", s_id, " m=1 x=", s_id, "-1 "]
    r = Rec().add(pre, "mod=session cmd=data from=", E(x.email(a)), " suborg=\n")
    r.add(pre, "mod=session cmd=data rcpt=", E(x.email(b)), " suborg=\n")
    r.add(pre, "mod=mail cmd=msg module= rule= action=continue attachments=", str(x.num(0, 3)), " rcpts=1 routes=allow_relay,firewallsafe size=",
          str(x.num(2000, 900000)), ' hdr_from="', N(disp(x, a)), '" <', E(x.email(a)), '> hdr_to=', E(x.email(b)),
          ' hdr_subject="', _subject(x, b), '" ip=', I(x.ip(0.2)))
    return r


def mg_tap(x):
    a, b = x.person(), x.person()
    fa = x.email(a)
    obj = {"GUID": x.hexs(32), "QID": "r" + x.hexs(13), "ccAddresses": [], "clusterId": "example_hosted", "fromAddress": [E(fa)],
           "headerFrom": JS('"', N(disp(x, a)), '" <', E(fa), ">"), "headerReplyTo": None, "impostorScore": 0,
           "messageTime": iso(x.ts()), "phishScore": x.num(0, 100), "recipient": [E(x.email(b))], "replyToAddress": [],
           "sender": E(fa), "senderIP": I(x.ip(0.2)), "spamScore": x.num(0, 100), "subject": JS(*_subject(x, b)),
           "threatsInfoMap": [{"threat": JS("http://", I(x.ip4("doc")), "/login"), "threatType": "url", "classification": "phish"}],
           "toAddresses": [E(x.email(b))], "modulesRun": ["spam", "urldefense"]}
    return Rec().doc("json", jx(obj, x.pick([None, 2])))


def mg_mimecast(x):
    a, b = x.person(), x.person()
    return Rec().add("datetime=", iso(x.ts(), 0, "+0000"), "|aCode=", x.hexs(8), "|acc=C0A0|SpamScore=", str(x.num(0, 20)),
                     "|IP=", I(x.ip4()), "|Dir=Inbound|Subject=", _subject(x, b), "|headerFrom=", E(x.email(a)),
                     "|Sender=", E(x.email(a)), "|Rcpt=", E(x.email(b)), "|Act=", x.pick(["Acc", "Rej", "Hld"]),
                     "|TlsVer=TLSv1.3|Cphr=TLS_AES_256_GCM_SHA384|SpamProcessingDetail=", x.pick(["Spam Score: 0", "Greylisted"]))


def mg_quarantine(x):
    a, b = x.person(), x.person()
    k = x.pick([0, 1, 1, 2])
    if k == 0:
        return Rec().add("Quarantine release: message \"", _subject(x, b), "\" to ", N(b.full()), " <", E(x.email(b)),
                         "> released by admin ", N(x.acct(a)), " from ", I(x.ip4("priv")))
    if k == 1:
        return Rec().add("DLP: outbound message from ", E(x.email(a)), " held: body contains card number ", C(x.card()),
                         " and SSN ", S(x.ssn(x.pick(["dash", "bare"]))), "; sender notified (", N(a.g), ")")
    return Rec().add("隔離解除: 件名「", N(b.nat()), " 様 ご請求書」 宛先 ", E(x.email(b)), " 操作者 ", N(x.acct(a)))


def mg_headers(x):
    a, b = x.person(), x.person()
    fa = x.email(a).upper() if x.chance(0.3) else x.email(a)
    disp_a = a.up() if fa.isupper() else disp(x, a)
    ip = x.ip4("doc")
    return Rec().add("SPF softfail / DKIM none for message ", x.hexs(12), "; headers:\n",
                     "Received: from mail.example.net (mail.example.net [", I(ip), "])\n\tby mx1.example.com with ESMTPS id ",
                     x.hexs(10), "\n", 'From: "', N(disp_a), '" <', E(fa), ">\nTo: ", N(b.full()), " <", E(x.email(b)), ">\n",
                     "Reply-To: ", E(x.email(a)), "\nX-Originating-IP: [", I(x.ip4("pub")), "]")


def mg_neg(x):
    t = x.ts()
    k = x.num(0, 2)
    if k == 0:
        mid = str(x.num(10000, 9999999))
        return Rec().add(t.strftime("%a %b ") + f"{t.day:>2}" + t.strftime(" %H:%M:%S %Y"), " Info: ", x.pick([
            f"MID {mid} matched all recipients for per-recipient policy DEFAULT in the inbound table",
            f"MID {mid} interim verdict using engine: CASE spam negative", f"Message finished MID {mid} done",
            f'MID {mid} Subject "{x.pick(["Victoria office closed Monday", "Welcome to Jenkins 2.440", "Grace Period Ending", "Sauvegarde terminée"])}"',
            f"Version: 15.0.1-{x.num(10, 99)} SN: {x.hexs(12).upper()}-{x.hexs(7).upper()}", "Anti-Spam: rule update complete"]))
    if k == 1:
        s_id = x.hexs(10)
        return Rec().add(iso(t, 6, "+00:00"), " pps01 filter_instance1[", str(x.num(1000, 40000)), "]: rprt s=", s_id, " m=1 x=", s_id,
                         "-1 mod=", x.pick(["av", "spam", "dkimv"]), " cmd=", x.pick(["run", "clean"]), " rule=",
                         x.pick(["notspam", "safe", "bulk"]), " score=", str(x.num(0, 100)), " policy=", x.pick(["inbound", "madison_inbound"]))
    return Rec().add("Quarantine digest for group ", x.pick(["Finance", "Hudson Ops"]), ": ", str(x.num(0, 40)),
                     " messages held, ", x.pick(NL.STATUS_UI))


# ============================================================ 8. windows_sysmon_ps
def ws_sysmon_xml(x):
    p = x.person()
    acct = x.acct(p, x.pick(["flast", "first.last", "firstl"]))
    doc = x.pick(["Documents\\", "Desktop\\"])
    fname = x.pick([[N(p.g), "_", N(p.f.replace(" ", "_")), "_CV.docx"], ["Payslip_", N(p.ga()), "_", N(p.fa()), ".pdf"],
                    ["notes.txt"]])
    data = [("RuleName", ["-"]), ("UtcTime", [x.ts().strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]]), ("ProcessGuid", ["{" + x.uuid() + "}"]),
            ("ProcessId", [str(x.num(100, 20000))]), ("Image", ["C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE"]),
            ("CommandLine", ['"C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE" /n "C:\\Users\\', N(acct), "\\", doc] + fname + ['"']),
            ("CurrentDirectory", ["C:\\Users\\", N(acct), "\\"]), ("User", ["CORP\\", N(acct)]),
            ("LogonId", ["0x" + x.hexs(6)]), ("IntegrityLevel", ["Medium"]), ("ParentImage", ["C:\\Windows\\explorer.exe"])]
    body = ["<Event xmlns=\"http://schemas.microsoft.com/win/2004/08/events/event\"><System><Provider Name=\"Microsoft-Windows-Sysmon\" "
            "Guid=\"{5770385f-c22a-43e0-bf4c-06f5698ffbd9}\"/><EventID>1</EventID><Version>5</Version><Level>4</Level>"
            "<TimeCreated SystemTime=\"", iso(x.ts(), 7), "\"/><EventRecordID>", str(x.num(10000, 9999999)),
            "</EventRecordID><Channel>Microsoft-Windows-Sysmon/Operational</Channel><Computer>"] + host_of(x, p) + \
           [".corp.example.com</Computer><Security UserID=\"S-1-5-18\"/></System><EventData>"]
    for k, v in data:
        body += [f'<Data Name="{k}">'] + encp(v, xesc) + ["</Data>"]
    body.append("</EventData></Event>")
    return Rec().doc("xml", body)


def ws_sysmon3(x):
    p = x.person()
    acct = x.acct(p)
    v6 = x.chance(0.2)
    src, dst = (x.ip6(), x.ip6()) if v6 else (x.ip4("priv"), x.ip4(x.pick(["doc", "pub"])))
    return Rec().add("Network connection detected:\nRuleName: -\nUtcTime: ", x.ts().strftime("%Y-%m-%d %H:%M:%S.%f")[:-3],
                     "\nProcessGuid: {", x.uuid(), "}\nProcessId: ", str(x.num(100, 20000)),
                     "\nImage: C:\\Users\\", N(acct), "\\AppData\\Local\\Programs\\", x.pick(["Zoom\\bin\\Zoom.exe", "Microsoft VS Code\\Code.exe"]),
                     "\nUser: CORP\\", N(acct), "\nProtocol: tcp\nInitiated: true\nSourceIsIpv6: ", str(v6).lower(),
                     "\nSourceIp: ", I(src), "\nSourceHostname: ", host_of(x, p), ".corp.example.com\nSourcePort: ", str(x.num(49152, 65535)),
                     "\nSourcePortName: -\nDestinationIsIpv6: ", str(v6).lower(), "\nDestinationIp: ", I(dst),
                     "\nDestinationHostname: -\nDestinationPort: 443\nDestinationPortName: https")


def _script(x, p):
    q = x.person()
    return x.pick([
        ["Send-MailMessage -To '", N(p.full()), " <", E(x.email(p)), ">' -From '", E("it-noreply@example.com"),
         "' -Subject 'Your new laptop' -SmtpServer smtp.example.com"],
        ['$r = Invoke-RestMethod -Uri "https://hr.example.com/api/employees?name=', N(form(p.full())), "&ssn=", S(x.ssn("bare")),
         '" -UseDefaultCredentials'],
        ["Set-Mailbox -Identity '", E(x.email(p)), "' -ForwardingSmtpAddress '", E(x.email(q)), "' -DeliverToMailboxAndForward $true"],
        ["$callback = '", P(x.phone()), "'  # ", N(q.full()), " asked for a call back\nWrite-Host \"Calling $callback for ", N(q.g), '"']])


def ws_ps4104(x):
    p = x.person()
    acct = x.acct(p)
    t = x.ts()
    body = _script(x, p)
    msg = ["Creating Scriptblock text (1 of 1):\n"] + body + ["\n\nScriptBlock ID: ", x.uuid(), "\nPath: C:\\Users\\", N(acct),
                                                              "\\Desktop\\", x.pick(["onboard.ps1", "fix-mail.ps1", "tmp.ps1"])]
    pieces = [s.replace("\n", "\n               ") if isinstance(s, str) else s for s in msg]
    return Rec().add("TimeCreated  : ", f"{t.month}/{t.day}/{t.year} {t.hour % 12 or 12}:{t.strftime('%M:%S %p')}", "\nProviderName : Microsoft-Windows-PowerShell\n",
                     "Id           : 4104\nMachineName  : ", host_of(x, p), ".corp.example.com\nUserId       : ", x.sid(),
                     "\nMessage      : ", pieces)


def ws_ps4103(x):
    p, q = x.person(), x.person()
    acct = x.acct(p)
    return Rec().add("CommandInvocation(Send-MailMessage): \"Send-MailMessage\"\nParameterBinding(Send-MailMessage): name=\"To\"; value=\"",
                     N(q.full()), " <", E(x.email(q)), ">\"\nParameterBinding(Send-MailMessage): name=\"Subject\"; value=\"Welcome ",
                     N(q.g), "\"\n\n\nContext:\n        Severity = Informational\n        Host Name = ConsoleHost\n        Host Version = 5.1.22621.4249\n",
                     "        Host ID = ", x.uuid(), "\n        Host Application = C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe\n",
                     "        Engine Version = 5.1.22621.4249\n        Runspace ID = ", x.uuid(), "\n        Pipeline ID = ", str(x.num(1, 90)),
                     "\n        Command Name = Send-MailMessage\n        Command Type = Cmdlet\n        Script Name = \n",
                     "        Command Path = \n        Sequence Number = ", str(x.num(10, 900)), "\n        User = CORP\\", N(acct),
                     "\n        Connected User = \n        Shell ID = Microsoft.PowerShell")


def ws_rdp(x):
    p = x.person()
    acct = x.acct(p)
    if x.chance(0.5):
        return Rec().add("Remote Desktop Services: User authentication succeeded:\n\nUser: ", N(acct), "\nDomain: CORP\nSource Network Address: ",
                         I(x.ip(0.15)))
    return Rec().add("Remote Desktop Services: Session ", x.pick(["logon succeeded", "reconnection succeeded"]), ":\n\nUser: CORP\\",
                     N(acct), "\nSession ID: ", str(x.num(1, 9)), "\nSource Network Address: ", I(x.ip4()))


def ws_json(x):
    p = x.person()
    acct = x.acct(p)
    v = x.pick([p.full(), p.full(), p.lf()])
    src = x.ip4()
    msg = JS("Remote Desktop Services: User authentication succeeded:\r\n\r\nUser: ", N(acct), "\r\nDomain: CORP\r\nSource Network Address: ",
             I(src))
    obj = {"Id": 1149, "ProviderName": "Microsoft-Windows-TerminalServices-RemoteConnectionManager", "MachineName": "RDS01.corp.example.com",
           "TimeCreated": f"/Date({epoch(x.ts()) * 1000})/", "Message": msg,
           "Properties": [{"Value": N(acct)}, {"Value": "CORP"}, {"Value": I(src)}]}
    if x.chance(0.5):
        obj = {"Id": 4104, "ProviderName": "Microsoft-Windows-PowerShell", "MachineName": JS(*host_of(x, p)),
               "TimeCreated": f"/Date({epoch(x.ts()) * 1000})/",
               "Message": JS("Creating Scriptblock text (1 of 1):\r\n$owner = '", N(v), "'\r\nGet-ChildItem \\\\fs01\\home$\\", N(acct))}
    pieces = jx(obj, 4, jesc_ps, ind_kv=":  ")
    pieces = [s.replace("/Date(", "\\/Date(").replace(")/", ")\\/") if isinstance(s, str) else s for s in pieces]
    return Rec().doc("json", pieces)


def ws_neg(x):
    k = x.num(0, 3)
    if k == 0:
        return Rec().add("Network connection detected:\nRuleName: -\nUtcTime: ", x.ts().strftime("%Y-%m-%d %H:%M:%S.%f")[:-3],
                         "\nImage: C:\\Windows\\System32\\svchost.exe\nUser: NT AUTHORITY\\", x.pick(["SYSTEM", "NETWORK SERVICE", "LOCAL SERVICE"]),
                         "\nProtocol: udp\nInitiated: true\nSourceHostname: DC01.corp.example.com\nDestinationHostname: time.windows.com\nDestinationPort: 123")
    if k == 1:
        return Rec().add("Creating Scriptblock text (1 of 1):\nfunction Get-", x.pick(["CassandraNode", "HudsonJob", "VictoriaConfig"]),
                         " {\n    param([string]$Name = 'default')\n    Get-Item -Path \"HKLM:\\SOFTWARE\\Contoso\\$Name\"\n}\n\nScriptBlock ID: ",
                         x.uuid(), "\nPath: C:\\Program Files\\WindowsPowerShell\\Modules\\ContosoTools\\1.4.2\\ContosoTools.psm1")
    if k == 2:
        return Rec().add("Remote Desktop Services: Session logon succeeded:\n\nUser: ", x.pick(["CORP\\svc_rdsbroker", "CORP\\Administrator", "WS-0412\\kiosk"]),
                         "\nSession ID: ", str(x.num(1, 9)), "\nSource Network Address: LOCAL")
    return Rec().add("CommandInvocation(Get-Service): \"Get-Service\"\nParameterBinding(Get-Service): name=\"Name\"; value=\"",
                     x.pick(["Spooler", "WinRM", "VeeamBackupSvc"]), "\"\n\n\nContext:\n        Severity = Informational\n        User = NT AUTHORITY\\SYSTEM")


# ============================================================ 9. fw_vendor_syslog
def _pan_user(x, p):
    return x.pick([["corp\\", N(x.acct(p))], [E(x.email(p))], [N(x.acct(p))]])


def fw_pan_traffic(x):
    p = x.person()
    t = x.ts().strftime("%Y/%m/%d %H:%M:%S")
    src, dst, nat = x.ip4("priv"), x.ip4(x.pick(["doc", "pub"])), x.ip4("doc")
    f = ["1", t, x.idnum(12), "TRAFFIC", "end", "2561", t, [I(src)], [I(dst)], [I(nat)], [I(dst)], "Allow-Web", _pan_user(x, p), "",
         x.pick(["ssl", "web-browsing", "ms-teams"]), "vsys1", "trust", "untrust", "ethernet1/2", "ethernet1/1", "Log-Fwd", t,
         str(x.num(10000, 99999)), "1", str(x.num(49152, 65535)), "443", str(x.num(10000, 65000)), "443", "0x400019", "tcp", "allow",
         str(x.num(500, 90000)), str(x.num(100, 9000)), str(x.num(100, 90000)), str(x.num(1, 90)), t, str(x.num(1, 900)),
         "business-and-economy", "0", x.idnum(10), "0x0", x.pick(["Spain", "Japan", "Kenya"]), "United States"]
    r = Rec().add("<14>", syslogts(x.ts()), " PA-3220 ")
    return r.add(csv_row(f))


def fw_pan_gp(x):
    p = x.person()
    t = x.ts().strftime("%Y/%m/%d %H:%M:%S")
    f = ["1", t, x.idnum(12), "GLOBALPROTECT", "0", "2561", t, "vsys1", x.pick(["gateway-auth", "portal-auth", "gateway-connected"]),
         x.pick(["login", "connected"]), "", "", _pan_user(x, p), x.pick(["US", "DE", "IN"]), host_of(x, p), [I(x.ip4("doc"))], "",
         [I(x.ip4("priv"))], "", x.uuid(), x.hexs(12).upper(), "6.2.4", "Windows", "Microsoft Windows 11 Enterprise , 64-bit", "1",
         "", "", x.pick(["success", "failure"]), "", "", x.idnum(10)]
    return Rec().add("<14>", syslogts(x.ts()), " PA-VM ", csv_row(f))


def fw_forti(x):
    p = x.person()
    t = x.ts()
    hdr = ['date=', t.strftime("%Y-%m-%d"), ' time=', t.strftime("%H:%M:%S"), ' devname="FG100F-HQ" devid="FG100FTK2', x.idnum(7),
           '" eventtime=', str(epoch(t)) + "".join(x.pick("0123456789") for _ in range(9)), ' tz="+0100" ']
    if x.chance(0.5):
        return Rec().add(hdr, 'logid="0101039424" type="event" subtype="vpn" level="information" vd="root" logdesc="SSL VPN tunnel up" ',
                         'action="tunnel-up" tunneltype="ssl-tunnel" tunnelid=', str(x.num(10000, 9999999)), ' remip=', I(x.ip4("doc")),
                         ' tunnelip=', I(x.ip4("priv")), ' user="', N(x.acct(p)), '" group="VPN-Staff" dst_host="N/A" reason="N/A" msg="SSL tunnel established"')
    return Rec().add(hdr, 'logid="0000000013" type="traffic" subtype="forward" level="notice" vd="root" srcip=', I(x.ip4("priv")),
                     ' srcname="', host_of(x, p), '" srcport=', str(x.num(49152, 65535)), ' srcintf="port2" dstip=', I(x.ip4("pub")),
                     ' dstport=443 dstintf="wan1" action="accept" policyid=', str(x.num(1, 90)), ' service="HTTPS" user="', E(x.email(p)),
                     '" unauthuser="', N(x.acct(p)), x.pick(["", "@CORP.EXAMPLE.COM"]), '" unauthusersource="kerberos" sentbyte=', str(x.num(100, 90000)))


def fw_checkpoint(x):
    p = x.person()
    acct = x.acct(p)
    kv = lambda k, v: [f'{k}:"', v, '"; ']
    return Rec().add("<134>1 ", iso(x.ts(), 0), " gw-hq CheckPoint ", str(x.num(1000, 30000)), " - [",
                     kv("action", x.pick(["Accept", "Drop"])), kv("flags", str(x.num(10000, 999999))), kv("ifdir", "outbound"),
                     kv("ifname", "eth1"), kv("loguid", "{0x" + x.hexs(8) + ",0x0,0x" + x.hexs(8) + ",0x" + x.hexs(8) + "}"),
                     kv("origin", I(x.ip4("priv"))), kv("time", str(epoch(x.ts()))), kv("version", "5"), kv("dst", I(x.ip4("pub"))),
                     kv("proto", "6"), kv("s_port", str(x.num(49152, 65535))), kv("service", "443"), kv("src", I(x.ip4("priv"))),
                     kv("src_user_name", [N(p.full()), " (", N(acct), ")"]), kv("src_machine_name", host_of(x, p)),
                     'product:"Firewall"]')


def fw_sonicwall(x):
    p = x.person()
    return Rec().add("<134>id=firewall sn=0017C5", x.hexs(6).upper(), ' time="', x.ts().strftime("%Y-%m-%d %H:%M:%S"), ' UTC" fw=',
                     I(x.ip4("doc")), " pri=6 c=1024 m=", x.pick(["1079", "1080"]), ' msg="',
                     x.pick(["User login from an internal zone allowed", "User logged out - logout detected by SSO"]), '" usr="',
                     N(x.acct(p)), '" src=', I(x.ip4("priv")), ":", str(x.num(49152, 65535)), ":X0 dst=", I(x.ip4("priv")),
                     ':443:X0 proto=tcp/443 note="LDAP"')


def fw_sophos(x):
    p = x.person()
    em = x.email(p)
    ok = x.chance(0.6)
    return Rec().add('device_name="SFW" timestamp="', iso(x.ts(), 0, "+0100"), '" log_type="Event" log_component="SSL VPN" ',
                     'log_subtype="Authentication" status="', "Successful" if ok else "Failed", '" user_name="', E(em),
                     '" usergroupname="Open Group" auth_client="SSLVPN" auth_mechanism="AD" src_ip="', I(x.ip(0.15)), '" message="User ',
                     E(em), " of group Open Group ", "logged in successfully to SSL VPN" if ok else "failed to login to SSL VPN",
                     ' through AD authentication mechanism"')


def fw_neg(x):
    t = x.ts()
    k = x.num(0, 3)
    if k == 0:
        ts = t.strftime("%Y/%m/%d %H:%M:%S")
        return Rec().add("<14>", syslogts(t), " PA-3220 1,", ts, ",", x.idnum(12), ",SYSTEM,general,0,", ts, ",,general,,0,0,general,",
                         x.pick(["informational,\"Commit job succeeded for user admin\"", "critical,\"HA Group 1: Moved from state Passive to state Active\"",
                                 "informational,\"WildFire update job succeeded for user Auto update agent\""]))
    if k == 1:
        return Rec().add("date=", t.strftime("%Y-%m-%d"), " time=", t.strftime("%H:%M:%S"), ' devname="FG100F-HQ" logid="0100032002" type="event" ',
                         'subtype="system" level="information" vd="root" logdesc="', x.pick(["FortiGate update succeeded", "Admin login successful",
                                                                                           "Interface status changed"]),
                         '" user="', x.pick(["admin", "FortiManager", "system"]), '" ui="', x.pick(["GUI", "ssh", "FGFM"]), '"')
    if k == 2:
        return Rec().add("<134>id=firewall sn=0017C5", x.hexs(6).upper(), ' time="', t.strftime("%Y-%m-%d %H:%M:%S"),
                         ' UTC" pri=6 c=16 m=', x.pick(["1154", "96"]), ' msg="', x.pick(["Interface X1 Link Up", "Status of Victoria-VPN tunnel changed: up"]), '" n=',
                         str(x.num(1, 9000)))
    return Rec().add('device_name="SFW" timestamp="', iso(t, 0, "+0100"), '" log_type="Event" log_component="Firewall Rule" ',
                     'status="Successful" message="', x.pick(["Rule 12 Allow-Jenkins updated by admin", "Pattern update applied: 24.3.1",
                                                            "HA peer Madison-DC synchronized"]), '"')


# ============================================================ 10. ci_runner_logs
def ci_ado(x):
    p, q = x.person(), x.person()
    t = x.ts()  # noqa: F841  (draws from the stream: removing it changes the output)
    ts = lambda: iso(x.ts(), 7) + " "
    r = Rec().add(ts(), "##[section]Starting: Print environment\n", ts(), "==============================================================================\n",
                  ts(), "Task         : Command line\n", ts(), "Version      : 2.246.1\n")
    r.add(ts(), "BUILD_REQUESTEDFOR=", N(disp(x, p)), "\n", ts(), "BUILD_REQUESTEDFOREMAIL=", E(x.email(p)), "\n",
          ts(), "BUILD_REQUESTEDFORID=", x.uuid(), "\n", ts(), "BUILD_SOURCEVERSIONAUTHOR=", N(q.full()), "\n",
          ts(), "BUILD_SOURCEVERSIONMESSAGE=Merged PR ", str(x.num(100, 9999)), ": ", x.pick(["Fix retry in ledger sync", "Bump axios"]), "\n",
          ts(), "SYSTEM_PULLREQUEST_SOURCEBRANCH=refs/heads/users/", N(x.acct(q)), "/", x.pick(["fix-login", "hotfix"]), "\n")
    if x.chance(0.5):
        r.add(ts(), "##[warning]Agent 'build-agent-07' is running as ", N(x.acct(p)), "; expected a service account\n")
    r.add(ts(), "##[section]Finishing: Print environment")
    return r


def ci_teamcity(x):
    p, q = x.person(), x.person()
    return Rec().add("[", x.ts().strftime("%H:%M:%S"), "]i: TeamCity server version is 2024.12 (build 174331)\n[",
                     x.ts().strftime("%H:%M:%S"), "] : Triggered by ", N(p.full()), " (", N(x.acct(p)), ") on ", x.ts().strftime("%d %b %y %H:%M"),
                     "\n[", x.ts().strftime("%H:%M:%S"), "] : Collecting changes in 1 VCS root\n[", x.ts().strftime("%H:%M:%S"),
                     "] :\t [Collecting changes in 1 VCS root] Changes: ", str(x.num(1, 4)), " (", N(x.acct(p)), ", ", N(x.acct(q)), ")\n[",
                     x.ts().strftime("%H:%M:%S"), "] : Running as 'buildagent' on agent ", x.pick(["Linux-Medium-7", "win-agent-02"]),
                     "\n[", x.ts().strftime("%H:%M:%S"), "]E: Step 2/3: Tests (Maven) (", str(x.num(1, 9)), "m:", str(x.num(10, 59)), "s)\n[",
                     x.ts().strftime("%H:%M:%S"), "]W: Investigation assigned to ", N(q.full()), " <", E(x.email(q)), ">")


def ci_buildkite(x):
    p, q = x.person(), x.person()
    ts = lambda: x.ts().strftime("%Y-%m-%d %H:%M:%S") + " "
    return Rec().add(ts(), "INFO   Assigned job ", x.uuid(), ". Accepting...\n~~~ Preparing working directory\n",
                     "BUILDKITE_BUILD_CREATOR=\"", N(disp(x, p)), "\"\nBUILDKITE_BUILD_CREATOR_EMAIL=\"", E(x.email(p)), "\"\n",
                     "BUILDKITE_BUILD_AUTHOR=\"", N(q.full()), "\"\nBUILDKITE_UNBLOCKER=\"", N(x.person().full()), "\"\n",
                     "BUILDKITE_MESSAGE=\"Merge pull request #", str(x.num(10, 999)), " from ", N(x.acct(q)), "/fix-login\"\n",
                     ts(), "INFO   Finished job ", x.uuid(), " (exit status ", str(x.num(0, 1)), ")")


def ci_argocd(x):
    p = x.person()
    who = x.pick([E(x.email(p)), N(x.acct(p))])
    return Rec().add('time="', iso(x.ts(), 0), '" level=info msg="', who, " initiated sync to HEAD (", x.hexs(7), ')" application=argocd/',
                     x.pick(["payments", "orion-api", "ledger"]), ' dest-namespace=prod dest-server="https://kubernetes.default.svc" ',
                     'reason=OperationStarted type=Normal\ntime="', iso(x.ts(), 0), '" level=info msg="Sync operation to ', x.hexs(7),
                     ' succeeded" application=argocd/payments user="', who, '"')


def ci_octopus(x):
    p, q = x.person(), x.person()
    return Rec().add("Deploying Payments API release 2026.", str(x.num(1, 12)), ".", str(x.num(1, 40)), " to Production\n",
                     "  Step 3: Manual intervention required\n  Interruption submitted by ", N(p.full()), "\n  Manual intervention approved by ",
                     N(q.full()), ': "', x.pick([["Looks good, CAB ticket CHG-", str(x.num(1000, 9999))],
                                                 ["Freigegeben, Rückfragen an ", N(p.g)], ["OK, ping ", N(p.g), " if smoke tests fail"]]),
                     '"\n  Step 4: Deploy to ', x.pick(["eu-west", "ap-south"]), " completed")


def ci_pytest(x):
    p = x.person()
    em, ph = x.email(p), x.phone()
    return Rec().add("FAILED tests/test_signup.py::test_duplicate_email - AssertionError: assert {'email': '", E(em), "', 'name': '",
                     N(p.full()), "', 'phone': '", P(ph), "'} == {'email': '", E(em), "', 'name': '", N(p.full()), "', 'phone': None}\n",
                     "  Differing items:\n  {'phone': '", P(ph), "'} != {'phone': None}\n",
                     x.pick([["  card fixture: ", C(x.card("plain"))], ["  client_ip fixture: ", I(x.ip4("doc"))],
                             ["  ssn fixture: ", S(x.ssn(x.pick(["dash", "bare"])))]]), "\n",
                     "=========================== short test summary info ============================")


def ci_neg(x):
    k = x.num(0, 3)
    ts = iso(x.ts(), 7) + " "
    if k == 0:
        return Rec().add(ts, "##[section]Starting: Initialize job\n", ts, "Agent name: 'build-agent-07'\n", ts, "Agent machine name: 'vmss-ado-000007'\n",
                         ts, "Current agent version: '3.248.0'\n", ts, "Requested for: Project Collection Build Service (Contoso)\n", ts,
                         "Triggered by: Scheduled (", x.pick(["Nightly", "Hudson weekly"]), ")")
    if k == 1:
        return Rec().add("[", x.ts().strftime("%H:%M:%S"), "] : Triggered by Schedule Trigger on ", x.ts().strftime("%d %b %y %H:%M"),
                         "\n[", x.ts().strftime("%H:%M:%S"), "] : Running as 'buildagent' on agent Linux-Medium-", str(x.num(1, 9)),
                         "\n[", x.ts().strftime("%H:%M:%S"), "]i: Changes: 1 (renovate-bot)")
    if k == 2:
        return Rec().add('time="', iso(x.ts(), 0), '" level=info msg="admin initiated sync to HEAD (', x.hexs(7), ')" application=argocd/',
                         x.pick(["cassandra-operator", "jenkins", "grace-ui"]), ' dest-namespace=prod reason=OperationStarted type=Normal')
    return Rec().add(x.ts().strftime("%Y-%m-%d %H:%M:%S"), " NOTICE Starting buildkite-agent v3.87.1 with PID: ", str(x.num(100, 9000)),
                     "\n", x.ts().strftime("%Y-%m-%d %H:%M:%S"), " INFO   Registering agent with Buildkite... name=", x.pick(["orion-1", "hermes-ci-2"]),
                     " tags=queue=default")


# ============================================================ 11. backup_reports
def bk_veeam_m365(x):
    p, a = x.person(), x.person()
    t = x.ts().strftime("%d.%m.%Y %H:%M:%S")
    ts = lambda: [f"[{t}.{x.num(100, 999)}] <{x.num(1, 90):>3}> "]
    return Rec().add(ts(), "Info     Processing mailbox: ", N(disp(x, p)), " (", E(x.email(p, "contoso.example")), ")\n",
                     ts(), "Info     Processing OneDrive: ", N(p.full()), " (https://contoso-my.sharepoint.com/personal/",
                     N(x.acct(p, "first_last")), "_contoso_example)\n",
                     ts(), "Info     Restore session started by user [CORP\\", N(x.acct(a)), "] from ", I(x.ip4("priv")))


def bk_bacula(x):
    p = x.person()
    acct = x.acct(p, x.pick(["flast", "first.last", "firstl"]))
    jid = str(x.num(1000, 99999))
    t = x.ts()
    return Rec().add(t.strftime("%d-%b %H:%M"), " bacula-dir JobId ", jid, ": Bacula bacula-dir 13.0.3 (12Feb24):\n",
                     "  Build OS:               x86_64-pc-linux-gnu debian 12\n  JobId:                  ", jid,
                     "\n  Job:                    Home-", N(acct), ".", t.strftime("%Y-%m-%d_%H.%M.%S"), "_07\n",
                     "  Backup Level:           Incremental\n  Client:                 \"", N(acct), "-laptop-fd\" 13.0.3 (12Feb24)\n",
                     "  FileSet:                \"HomeDirs\"\n  Files Expected:         ", str(x.num(100, 90000)),
                     "\n  Non-fatal FD errors:    1\n  Termination:            Backup OK -- with warnings\n\n",
                     t.strftime("%d-%b %H:%M"), " ", N(acct), "-laptop-fd JobId ", jid, ":      Could not stat \"/home/", N(acct),
                     "/Documents/", N(p.full()), " - Passport.pdf\": ERR=Permission denied")


def bk_restic(x):
    p = x.person()
    acct = x.acct(p, x.pick(["first.last", "first", "flast"]))
    snaps = [{"time": iso(x.ts(), 6, "+01:00"), "tree": x.hexs(64), "paths": [JS("/home/", N(acct))],
              "hostname": JS(N(p.ga()), x.pick(["-thinkpad", "-desktop", "-mbp"])), "username": N(acct), "uid": 1000, "gid": 1000,
              "id": x.hexs(64), "short_id": x.hexs(8)} for _ in range(x.num(1, 2))]
    return Rec().doc("json", jx(snaps, x.pick([None, 2])))


def bk_nbu(x):
    rows = []
    for i in range(x.num(1, 3)):
        p = x.person()
        cl = x.acct(p, x.pick(["flast", "first.last", "flast9", "firstl"]))
        rows.append([f"{x.num(10000, 99999):>7}", f"{'Backup':>8}", f"{x.pick(['Done', 'Active']):>7}",
                     f"{x.pick(['0', '1', '58', '']):>8}", "  User-Home  UserBkp   ", N(cl), "-ws",
                     " " * max(1, 13 - len(cl)), "nbu-media01", f"{x.num(1000, 65000):>11}"])
    r = Rec().add("  JobID     Type   State  Status  Policy     Schedule  Client           Dest Media Svr   Active PID\n")
    for i, row in enumerate(rows):
        r.add("\n" if i else "", *row)
    return r


def bk_restore_prose(x):
    a, b, c = x.person(), x.person(), x.person()
    k = x.pick([0, 1, 2, 3, 3])
    if k == 0:
        return Rec().add("Restore request REQ-", str(x.num(1000, 9999)), ": restore of folder \\\\fs01\\home$\\", N(x.acct(a)),
                         "\\Payroll to original location requested by ", N(b.full()), " (", E(x.email(b)), ") approved by ", N(c.full()),
                         "; contact ", P(x.phone()))
    if k == 1:
        return Rec().add("[", x.ts().strftime("%d.%m.%Y %H:%M:%S"), "] <01> Info     [AgentJob] Sicherung von C:\\ für Benutzer CORP\\",
                         N(x.acct(a)), " (", N(a.full()), ") abgeschlossen. Rückfragen: ", P(x.phone("DE")))
    if k == 3:
        acct = x.acct(a)
        return Rec().add("Commvault Data Governance: sensitive data found in backup of ", host_of(x, a), ": /home/", N(acct),
                         "/taxes/W2_2025.pdf contains SSN ", S(x.ssn(x.pick(["dash", "space"]))), " (owner ", N(a.full()),
                         "); file /home/", N(acct), "/cards.txt contains card ", C(x.card()))
    return Rec().add("Commvault job ", str(x.num(100000, 999999)), ": Exchange mailbox restore for ", N(a.lf()), " <", E(x.email(a)),
                     "> completed; initiated by ", N(x.acct(b)), " from ", I(x.ip(0.2)))


def bk_neg(x):
    k = x.num(0, 3)
    t = x.ts()
    if k == 0:
        jid = str(x.num(1000, 99999))
        return Rec().add(t.strftime("%d-%b %H:%M"), " bacula-dir JobId ", jid, ": Bacula bacula-dir 13.0.3 (12Feb24):\n  JobId:                  ", jid,
                         "\n  Job:                    BackupCatalog.", t.strftime("%Y-%m-%d_%H.%M.%S"), "_12\n  Client:                 \"",
                         x.pick(["orion-fd", "db-01-fd", "hudson-fd"]), "\"\n  Termination:            Backup OK")
    if k == 1:
        return Rec().add(t.strftime("%d-%b %H:%M"), " bacula-sd JobId ", str(x.num(1000, 99999)), ": 3304 Issuing autochanger \"load Volume A",
                         str(x.num(10000, 99999)), ", Slot ", str(x.num(1, 40)), ", Drive 0\" command.")
    if k == 2:
        return Rec().add("[", t.strftime("%d.%m.%Y %H:%M:%S"), "] <01> Info     ", x.pick([
            "Job [Backup Job - Cassandra Cluster] finished with Success", "Repository [Madison-DC Repo] free space: 4.2 TB",
            "Sauvegarde terminée avec succès", "Job [Backup Job - Victoria SQL] started by user [CORP\\svc_backup]"]))
    return Rec().doc("json", jx({"message_type": "summary", "files_new": x.num(0, 900), "files_changed": x.num(0, 90),
                                 "data_added": x.num(1000, 90000000), "total_duration": round(x.r.random() * 100, 3),
                                 "snapshot_id": x.hexs(64)}))


# ============================================================ 12. code_review
def _gacct(x, p):
    return {"name": N(disp(x, p)), "email": E(x.email(p)), "username": N(x.acct(p))}


def cr_gerrit_event(x):
    a, b = x.person(), x.person()
    num = x.num(1000, 99999)
    ch = {"project": x.pick(["platform/payments", "tools/hudson-bridge", "apps/ada-web"]), "branch": "main", "id": "I" + x.hexs(40),
          "number": num, "subject": x.pick(["Fix retry in ledger sync", "Add Cassandra health probe"]), "owner": _gacct(x, a),
          "url": f"https://review.example.com/c/platform/payments/+/{num}", "status": "NEW"}
    if x.chance(0.5):
        obj = {"type": "comment-added", "change": ch, "patchSet": {"number": x.num(1, 9), "revision": x.hexs(40), "uploader": _gacct(x, a)},
               "author": _gacct(x, b), "approvals": [{"type": "Code-Review", "description": "Code-Review", "value": "2", "oldValue": "0"}],
               "comment": JS("Patch Set 3: Code-Review+2\n\n", x.pick([["LGTM, thanks ", N(a.g), "!"], ["Danke ", N(a.g), ", sieht gut aus."],
                                                                          ["Please sync with ", N(x.person().full()), " before submit"]])),
               "eventCreatedOn": epoch(x.ts())}
    else:
        obj = {"type": "reviewer-added", "change": ch, "reviewer": _gacct(x, b), "adder": _gacct(x, a), "eventCreatedOn": epoch(x.ts())}
    return Rec().doc("json", jx(obj, x.pick([None, None, 2])))


def cr_gerrit_logs(x):
    p = x.person()
    acct = x.acct(p)
    aid = str(x.num(1000000, 1099999))
    ip = x.ip(0.15)
    if x.chance(0.4):
        sid = x.hexs(8)
        return Rec().add("[", iso(x.ts(), 3, "+01:00"), "] ", sid, " ", N(acct), " a/", aid, " LOGIN FROM ", I(ip), "\n[",
                         iso(x.ts(), 3, "+01:00"), "] ", sid, " ", N(acct), " a/", aid, " git-upload-pack./platform/payments ",
                         str(x.num(1, 90)), "ms ", str(x.num(10, 900)), "ms 0")
    em = x.email(p)
    q = x.pick([[E(pct(em))], ["%22", N(form(x.person().full())), "%22"], ["%22", N(pct(p.full())), "%22"]])
    return Rec().add(I(ip), " - ", N(acct), " [", x.ts().strftime("%d/%b/%Y:%H:%M:%S +0100"), '] "GET /a/changes/?q=owner:',
                     q, "+status:open&o=DETAILED_ACCOUNTS HTTP/1.1\" 200 ", str(x.num(100, 90000)), ' - "git/2.43.0"')


def cr_reviewboard(x):
    a, b = x.person(), x.person()
    ua, ub = x.acct(a), x.acct(b)
    obj = {"stat": "ok", "review_request": {"id": x.num(100, 9999), "submitter": {"title": N(ua), "href": JS("https://rb.example.com/api/users/", N(ua), "/")},
           "summary": x.pick(["Refactor backup scheduler", "Handle empty Jenkins payload"]), "status": "pending",
           "target_people": [{"title": N(ub), "href": JS("https://rb.example.com/api/users/", N(ub), "/")}],
           "description": JS("Reported by ", N(b.full()), "; repro steps from ", N(a.g), "."), "bugs_closed": [f"PAY-{x.num(10, 999)}"]}}
    return Rec().doc("json", jx(obj, x.pick([None, 2])))


def cr_phab(x):
    a, b = x.person(), x.person()
    rev = f"D{x.num(100, 99999)}"
    return Rec().add(x.pick([[N(x.acct(a)), " accepted ", rev, ": Fix retry in ledger sync."],
                             [N(a.full()), " (", N(x.acct(a)), ") requested changes to ", rev, ": \"", N(b.g), ", please add a test.\""],
                             [N(x.acct(a)), " added a reviewer for ", rev, ": ", N(x.acct(b)), "."],
                             [N(x.acct(a)), " commandeered ", rev, " from ", N(b.full()), "."]]))


def cr_gerrit_rest(x):
    ppl = [x.person() for _ in range(x.num(1, 3))]
    arr = [{"_account_id": x.num(1000000, 1099999), "name": N(disp(x, p)), "email": E(x.email(p)), "username": N(x.acct(p)),
            "display_name": N(p.g)} for p in ppl]
    return Rec().add(")]}'\n").doc("json", jx(arr, x.pick([None, 2])))


def cr_gerrit_error(x):
    p = x.person()
    em = x.email(p)
    if x.chance(0.4):
        return Rec().add("[", logts(x.ts()), " +0100] [HTTP-", str(x.num(10, 999)), "] WARN  com.google.gerrit.server.account.AccountCacheImpl : ",
                         "Stale entry AccountState{account=Account{id=Account.Id{", str(x.num(1000000, 1099999)), "}, fullName=",
                         N(p.full()), ", displayName=", N(p.g), ", preferredEmail=", E(em), ", inactive=false}, userName=Optional[",
                         N(x.acct(p)), "], externalIds=[ExternalId{key=username:", N(x.acct(p)), "}]}")
    return Rec().add("[", logts(x.ts()), " +0100] [SendEmail-", str(x.num(1, 9)), "] ERROR com.google.gerrit.server.mail.send.ChangeEmail : ",
                     "Cannot send email to \"", N(p.full()), "\" <", E(em), "> for change ", str(x.num(1000, 99999)), "\n",
                     "com.google.gerrit.exceptions.EmailException: Mail Error: Server smtp.example.com rejected recipient: ", E(em), "\n",
                     "\tat com.google.gerrit.server.mail.send.SmtpEmailSender.send(SmtpEmailSender.java:234)\n",
                     "\tat com.google.gerrit.server.mail.send.OutgoingEmail.send(OutgoingEmail.java:178)\n\t... 12 more")


def cr_neg(x):
    k = x.num(0, 3)
    if k == 0:
        obj = {"type": "ref-updated", "submitter": {"name": "Gerrit Code Review", "username": "gerrit"},
               "refUpdate": {"oldRev": x.hexs(40), "newRev": x.hexs(40), "refName": "refs/heads/main", "project": x.pick(["tools/hudson-bridge", "apps/ada-web"])},
               "eventCreatedOn": x.num(1700000000, 1799999999)}
        return Rec().doc("json", jx(obj))
    if k == 1:
        return Rec().add("[", iso(x.ts(), 3, "+01:00"), "] ", x.hexs(8), " ", x.pick(["jenkins", "zuul", "replication"]), " a/", str(x.num(1000000, 1000010)),
                         " git-upload-pack./", x.pick(["platform/payments", "apps/ada-web"]), " ", str(x.num(1, 90)), "ms ", str(x.num(10, 900)), "ms 0")
    if k == 2:
        return Rec().add("[", logts(x.ts()), " +0100] [ReplicateTo-mirror-", str(x.num(1, 4)), "] INFO  com.googlesource.gerrit.plugins.replication.PushOne : ",
                         "Replication to mirror-", x.pick(["madison", "victoria"]), " completed in ", str(x.num(10, 900)), "ms, 0ms delay, 0 retries")
    return Rec().add(x.pick(["harbormaster", "phabricator-bot"]), " ", x.pick(["updated", "closed"]), f" D{x.num(100, 99999)}: ",
                     x.pick(["Build Passed", "Landed", "Ready to Merge", "Bump Jenkins plugin to 2.440.3"]), ".")


FAMILIES_B = [
    ("mail_gateway", [mg_ironport, mg_pps, mg_tap, mg_mimecast, mg_quarantine, mg_headers], [mg_neg]),
    ("windows_sysmon_ps", [ws_sysmon_xml, ws_sysmon3, ws_ps4104, ws_ps4103, ws_rdp, ws_json], [ws_neg]),
    ("fw_vendor_syslog", [fw_pan_traffic, fw_pan_gp, fw_forti, fw_checkpoint, fw_sonicwall, fw_sophos], [fw_neg]),
    ("ci_runner_logs", [ci_ado, ci_teamcity, ci_buildkite, ci_argocd, ci_octopus, ci_pytest], [ci_neg]),
    ("backup_reports", [bk_veeam_m365, bk_bacula, bk_restic, bk_nbu, bk_restore_prose], [bk_neg]),
    ("code_review", [cr_gerrit_event, cr_gerrit_logs, cr_reviewboard, cr_phab, cr_gerrit_rest, cr_gerrit_error], [cr_neg]),
]
