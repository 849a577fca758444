"""Families 7-12 of pack_r: desktop OS logs (macOS, journald, Windows Application), remote support,
software deployment and hardware repair."""

from __future__ import annotations

from typing import Any

import core as C
from core import CC, IP, SSN, E, J, M, N, P, S

R = Any


def _ts_unified(rng: R) -> str:
    t = C.ts_sp(rng, 6)
    return t + ("+0200" if 4 <= C.CTX.clock.month <= 10 else "+0100")


def _ul(rng: R, proc: str, pid: int) -> str:
    return f"{_ts_unified(rng)} 0x{C.hexs(rng, 5)}    Default     0x0                  {pid}    0    {proc}: "


def _hostport(rng: R) -> C.Frag:
    a = C.ip(rng)
    port = rng.randint(1024, 65000)
    return S("[", IP(a), f"]:{port}") if ":" in a else S(IP(a), f":{port}")


# ======================================================================= 7. macos_unified_log
def mac_od_auth(rng: R) -> C.Frag:
    p = C.person(rng)
    a = p.acct(rng)
    uid = rng.randint(501, 505)
    return C.join([
        S(_ul(rng, "opendirectoryd", rng.randint(90, 200)), "[com.apple.opendirectoryd:auth] Authentication succeeded ",
          "for user '", N(a), f"' ({uid}) via ODNodeVerifyCredentials"),
        S(_ul(rng, "loginwindow", rng.randint(90, 400)), "[com.apple.loginwindow.logging:Standard] ",
          "-[SessionAgentNotificationCenter sendBSDNotification:forUserID:] | sending screenIsUnlocked for user: ",
          f"{uid} (", N(a), ")"),
    ][: rng.randint(1, 2)], "\n")


def mac_json(rng: R) -> C.Frag:
    p = C.person(rng)
    msg = rng.choice([
        M("AirDrop: Receiving transfer from '", C.dev_display(rng, p, "iPhone"), "' (", N(p.any(rng)), ")"),
        M("Discovered peer ", C.dev_display(rng, p, rng.choice(["MacBook Air", "iPad"])), " for Handoff"),
        M("Incoming call from ", P(C.phone(rng)), " (", N(p.any(rng)), ")"),
    ])
    body = J([{"timestamp": _ts_unified(rng), "messageType": "Default",
               "processImagePath": rng.choice(["/usr/libexec/sharingd", "/System/Library/PrivateFrameworks/"
                                               "TelephonyUtilities.framework/callservicesd"]),
               "subsystem": rng.choice(["com.apple.sharing", "com.apple.calls"]), "category": "AirDrop",
               "processID": rng.randint(300, 3000), "eventMessage": msg}], indent=2)
    C.check_json(body)
    return S("$ log show --style json --last 5m --predicate 'process == \"sharingd\"'\n", body)


def mac_dscl(rng: R) -> C.Frag:
    p = C.person(rng)
    a = p.acct(rng)
    nm = p.any(rng)
    return S("$ dscl . -read /Users/", N(a), " RealName NFSHomeDirectory UniqueID EMailAddress\n",
             "EMailAddress: ", E(p.email(rng, C.CORP)), "\nNFSHomeDirectory: /Users/", N(a), "\nRealName:\n ", N(nm),
             f"\nUniqueID: {rng.randint(501, 520)}")


def mac_compact(rng: R) -> C.Frag:
    p = C.person(rng)
    return S(C.ts_sp(rng), f" Df sharingd[{rng.randint(300, 3000)}:{C.hexs(rng, 5)}] [com.apple.sharing:Bluetooth] ",
             "Discovered ", C.dev_display(rng, p), " rssi=-", str(rng.randint(40, 90)), " owner=",
             N(p.acct(rng)))


def mac_install(rng: R) -> C.Frag:
    p = C.person(rng)
    a = p.acct(rng)
    pkg = rng.choice(["Microsoft Teams", "Zoom", "Slack", "Google Chrome", "Company Portal"])
    return S(f"{C.ts_sp(rng, 0)}+02 ",
             C.dev_host(rng, p, "mac"), f" installd[{rng.randint(300, 3000)}]: PackageKit: Installed \"{pkg}\" ",
             f"({C.version(rng)}) for user ", N(a), "\n", f"{C.ts_sp(rng, 0)}+02 ", C.dev_host(rng, p, "mac"),
             f" installer[{rng.randint(300, 3000)}]: Installer: ", N(a), " ran the installer from /Users/", N(a),
             "/Downloads")


def mac_psso(rng: R) -> C.Frag:
    p = C.person(rng)
    return S(_ul(rng, "AppSSOAgent", rng.randint(300, 3000)), "[com.apple.AppSSO:SSOExtension] ",
             rng.choice(["Platform SSO registration complete for ", "Refreshed primary refresh token for "]),
             E(p.email(rng, C.CORP)), " (local account ", N(p.acct(rng)), ", ", N(p.nat()), ")")


def mac_sysadminctl(rng: R) -> C.Frag:
    p = C.person(rng)
    a = p.acct(rng)
    adm = C.person(rng).acct(rng)
    return S(C.ts_sp(rng), f" sysadminctl[{rng.randint(300, 3000)}:{C.hexs(rng, 6)}] Creating user record…\n",
             C.ts_sp(rng), f" sysadminctl[{rng.randint(300, 3000)}:{C.hexs(rng, 6)}] Assigning UID: {rng.randint(501, 530)} ",
             "GID: 20 Full name: ", N(p.disp(rng)), " Short name: ", N(a), "\n", C.ts_sp(rng),
             f" sysadminctl[{rng.randint(300, 3000)}:{C.hexs(rng, 6)}] - Done! (invoked by ", N(adm), ")")


def n_mac_od(rng: R) -> C.Frag:
    u = rng.choice(["_mbsetupuser", "root", "_spotlight", "_softwareupdate", "daemon"])
    return S(_ul(rng, "opendirectoryd", rng.randint(90, 200)), "[com.apple.opendirectoryd:auth] ",
             f"Authentication succeeded for user '{u}' via ODNodeVerifyCredentials")


def n_mac_json(rng: R) -> C.Frag:
    body = J([{"timestamp": _ts_unified(rng), "messageType": "Default", "processImagePath": "/usr/libexec/sharingd",
               "subsystem": "com.apple.sharing", "category": "AirDrop", "processID": rng.randint(300, 3000),
               "eventMessage": f"AirDrop: Discovered peer '{rng.choice(C.NEG_DEVICES)}' model={rng.choice(['AppleTV14,1', 'iPad13,18'])}"}],
             indent=2)
    return S("$ log show --style json --last 5m --predicate 'process == \"sharingd\"'\n", body)


def n_mac_dscl(rng: R) -> C.Frag:
    u = rng.choice(["_spotlight", "_mbsetupuser", "_softwareupdate", "daemon"])
    rn = {"_spotlight": "Spotlight", "_mbsetupuser": "Setup User", "_softwareupdate": "Software Update Service",
          "daemon": "System Services"}[u]
    return S(f"$ dscl . -read /Users/{u} RealName NFSHomeDirectory UniqueID\nNFSHomeDirectory: /var/empty\n",
             f"RealName:\n {rn}\nUniqueID: {rng.randint(1, 300)}")


def n_mac_install(rng: R) -> C.Frag:
    h = rng.choice(["LAB-IMAC-12", "MBP-LOANER-07", "IMAC-ART-03", "Training-Room-MacBook"])
    return S(f"{C.ts_sp(rng, 0)}+02 {h} installd[{rng.randint(300, 3000)}]: ",
             f"PackageKit: Installed \"{rng.choice(C.PRODUCTS)} Agent\" ({C.version(rng)}) for user root")


# ======================================================================= 8. linux_desktop_journald
def jd_json(rng: R) -> C.Frag:
    p = C.person(rng)
    a = p.acct(rng)
    host = C.dev_host(rng, p, "linux")
    msg = rng.choice([M("udisks: Mounted /dev/sdb1 at /media/", N(a), "/", N(C.NM.fold(C.first_word(p)).upper()),
                        "_USB"),
                      M("Opening file /home/", N(a), "/Documents/", rng.choice(["notes.odt", "budget.ods"])),
                      M("Online account added: ", E(p.email(rng)), " (Microsoft Exchange)")])
    body = J({"__REALTIME_TIMESTAMP": C.digits(rng, 16), "_HOSTNAME": M(host), "_UID": "1000",
              "SYSLOG_IDENTIFIER": rng.choice(["gnome-shell", "udisksd", "goa-daemon", "nautilus"]),
              "_SYSTEMD_USER_UNIT": "org.gnome.Shell@wayland.service", "PRIORITY": "6", "MESSAGE": msg})
    C.check_json(body)
    return body


def jd_verbose(rng: R) -> C.Frag:
    p = C.person(rng)
    a = p.acct(rng)
    return S(f"{rng.choice(['Tue', 'Wed', 'Thu'])} {C.ts_sp(rng, 6)} CEST [s={C.hexs(rng, 32)};i={C.hexs(rng, 5)};",
             f"b={C.hexs(rng, 32)};m={C.hexs(rng, 8)};t={C.hexs(rng, 13)};x={C.hexs(rng, 16)}]\n",
             "    _HOSTNAME=", C.dev_host(rng, p, "linux"), "\n    _UID=1000\n    _COMM=accounts-daemon\n",
             "    MESSAGE=request by system-bus-name::1.", str(rng.randint(30, 200)),
             f" [gnome-control-center pid:{rng.randint(1000, 9000)} uid:1000]: change real name of user '", N(a),
             "' (1000) to '", N(p.any(rng)), "'\n    SYSLOG_IDENTIFIER=accounts-daemon")


def jd_logind(rng: R) -> C.Frag:
    p = C.person(rng)
    a = p.acct(rng)
    host = C.dev_host(rng, p, "linux")
    sid = rng.randint(2, 90)
    return C.join([
        S(C.ts_syslog(rng), " ", host, f" systemd-logind[{rng.randint(500, 900)}]: New session {sid} of user ", N(a), "."),
        S(C.ts_syslog(rng), " ", host, f" systemd[1]: Started session-{sid}.scope - Session {sid} of User ", N(a), "."),
        S(C.ts_syslog(rng), " ", host, " systemd[1]: Started user@1000.service - User Manager for UID 1000."),
    ], "\n")


def jd_nm(rng: R) -> C.Frag:
    p = C.person(rng)
    host = C.dev_host(rng, p, "linux")
    t = f"{rng.randint(1700000000, 1720000000)}.{rng.randint(1000, 9999)}"
    return C.join([
        S(C.ts_syslog(rng), " ", host, f" NetworkManager[{rng.randint(600, 900)}]: <info>  [{t}] device (wlp0s20f3): ",
          "Activation: starting connection '", C.dev_display(rng, p, "iPhone"), f"' ({C.uid(rng)})"),
        S(C.ts_syslog(rng), " ", host, f" NetworkManager[{rng.randint(600, 900)}]: <info>  [{t}] dhcp4 (wlp0s20f3): ",
          "state changed new lease, address=", IP(C.ipv4(rng, "p172"))),
    ], "\n")


def jd_bt(rng: R) -> C.Frag:
    p = C.person(rng)
    return S(C.ts_syslog(rng), " ", C.dev_host(rng, p, "linux"), f" bluetoothd[{rng.randint(600, 900)}]: ",
             rng.choice(["Pairing with \"", "Connected to \""]),
             rng.choice([S(N(C.first_word(p)), "'s AirPods Pro"), S("Galaxy Buds2 de ", N(C.first_word(p)))]),
             f"\" ({C.mac(rng).upper()})")


def jd_loginctl(rng: R) -> C.Frag:
    rows = [S("SESSION  UID USER             SEAT  TTY")]
    n = rng.randint(1, 3)
    for i in range(n):
        p = C.person(rng)
        a = p.acct(rng)
        rows.append(S(f"{rng.randint(2, 90):>7}  {1000 + i} ", N(a), " " * max(1, 17 - len(a)), "seat0 tty2"))
    rows.append(S(f"      c1  {rng.randint(100, 130)} gdm              seat0 tty1"))
    return S("$ loginctl list-sessions\n", C.join(rows, "\n"), f"\n\n{n + 1} sessions listed.")


def jd_de(rng: R) -> C.Frag:
    p = C.person(rng)
    a = p.acct(rng)
    return S(C.ts_syslog(rng), " ", C.dev_host(rng, p, "linux"), " gnome-shell[", str(rng.randint(1000, 9000)), "]: ",
             rng.choice([S("Benutzer ", N(a), " (", N(p.disp(rng)), ") hat den Bildschirm entsperrt"),
                         S("Utilisateur ", N(a), " : session verrouillée"),
                         S("Usuario ", N(p.disp(rng)), " cambió el fondo de escritorio")]))


def n_jd_json(rng: R) -> C.Frag:
    return J({"__REALTIME_TIMESTAMP": C.digits(rng, 16), "_HOSTNAME": rng.choice(C.NEG_HOSTS).lower(), "_UID": "0",
              "SYSLOG_IDENTIFIER": rng.choice(["udisksd", "fwupd", "packagekitd"]), "PRIORITY": "6",
              "MESSAGE": rng.choice(["Mounted /dev/sdb1 at /run/media/root/KINGSTON",
                                     "Updated firmware on ThinkPad Thunderbolt 4 Dock",
                                     "Transaction finished: update-packages"])})


def n_jd_logind(rng: R) -> C.Frag:
    h = rng.choice(C.NEG_HOSTS).lower()
    return C.join([
        S(C.ts_syslog(rng), f" {h} systemd-logind[{rng.randint(500, 900)}]: New session c1 of user gdm."),
        S(C.ts_syslog(rng), f" {h} systemd[1]: Started user@{rng.choice([120, 0])}.service - User Manager for UID 120."),
        S(C.ts_syslog(rng), f" {h} systemd[1]: Started getty@tty1.service - Getty on tty1."),
    ], "\n")


def n_jd_nm(rng: R) -> C.Frag:
    h = rng.choice(C.NEG_HOSTS).lower()
    return S(C.ts_syslog(rng), f" {h} NetworkManager[{rng.randint(600, 900)}]: <info>  device (wlp0s20f3): ",
             f"Activation: starting connection '{rng.choice(['Victoria-Guest', 'eduroam', 'CORP-WIFI', 'Madison Office'])}' ",
             f"({C.uid(rng)})")


def n_jd_bt(rng: R) -> C.Frag:
    return S(C.ts_syslog(rng), f" {rng.choice(C.NEG_HOSTS).lower()} bluetoothd[{rng.randint(600, 900)}]: Connected to \"",
             rng.choice(["JBL Flip 6", "Jabra Evolve2 65", "MX Master 3S", "Logitech Zone Vibe"]),
             f"\" ({C.mac(rng).upper()})")


# ======================================================================= 9. windows_application_eventlog
def wevt_msi(rng: R) -> C.Frag:
    p = C.person(rng)
    a = p.acct(rng)
    host = C.dev_host(rng, p, "netbios")
    prod = rng.choice(["Zoom Workplace (64-bit)", "Adobe Acrobat (64-bit)", "Citrix Workspace 2403", "7-Zip 23.01"])
    desc = rng.choice([f"Product: {prod} -- Installation completed successfully.",
                       f"Windows Installer installed the product. Product Name: {prod}. Installation success or error status: 0."])
    return S(f"Event[{rng.randint(0, 40)}]:\n  Log Name: Application\n  Source: MsiInstaller\n",
             f"  Date: {C.ts_iso(rng, z=False)}\n  Event ID: {rng.choice([11707, 1033])}\n  Task: None\n",
             "  Level: Information\n  Opcode: Info\n  Keyword: Classic\n",
             f"  User: S-1-5-21-{C.digits(rng, 10)}-{C.digits(rng, 10)}-{C.digits(rng, 9)}-{rng.randint(1000, 9999)}\n",
             "  User Name: CORP\\", N(a), "\n  Computer: ", host, ".corp.example.com\n  Description: \n", desc)


def wevt_profile(rng: R) -> C.Frag:
    p = C.person(rng)
    prof = p.profile(rng)
    return S(f"Log Name: Application\nSource: Microsoft-Windows-User Profiles Service\nEvent ID: {rng.choice([1530, 1511, 1515])}\n",
             "Level: Warning\nUser: SYSTEM\nDescription:\nWindows detected your registry file is still in use by other ",
             "applications or services. The file will be unloaded now.\n\n DETAIL - \n ",
             f"{rng.randint(1, 9)} user registry handles leaked from \\Registry\\User\\S-1-5-21-{C.digits(rng, 10)}-",
             f"{rng.randint(1000, 9999)}:\nProcess {rng.randint(100, 9000)} (\\Device\\HarddiskVolume3\\Users\\", N(prof),
             "\\AppData\\Local\\Microsoft\\OneDrive\\OneDrive.exe) has opened key \\REGISTRY\\USER\\S-1-5-21-",
             C.digits(rng, 10), "\\Software\\Microsoft\\Office")


def wevt_apperr(rng: R) -> C.Frag:
    p = C.person(rng)
    prof = p.profile(rng)
    app = rng.choice(["Teams.exe", "Code.exe", "slack.exe", "Greenshot.exe"])
    return S("Log Name: Application\nSource: Application Error\nEvent ID: 1000\nLevel: Error\nDescription:\n",
             f"Faulting application name: {app}, version: {C.version(rng, 4)}, time stamp: 0x{C.hexs(rng, 8)}\n",
             "Faulting module name: KERNELBASE.dll, version: ", C.win_build(rng), f", time stamp: 0x{C.hexs(rng, 8)}\n",
             f"Exception code: 0xe0434352\nFaulting process id: 0x{C.hexs(rng, 4)}\n",
             "Faulting application path: C:\\Users\\", N(prof), f"\\AppData\\Local\\Programs\\{app[:-4]}\\{app}\n",
             f"Report Id: {C.uid(rng)}")


def wevt_ost(rng: R) -> C.Frag:
    p = C.person(rng)
    prof = p.profile(rng)
    em = p.email(rng, C.CORP)
    x = S("<Event xmlns=\"http://schemas.microsoft.com/win/2004/08/events/event\">\n",
          "  <System>\n    <Provider Name=\"Microsoft Office 16 Alerts\" />\n    <EventID Qualifiers=\"0\">300</EventID>\n",
          "    <Level>4</Level>\n    <Channel>OAlerts</Channel>\n    <Computer>", C.dev_host(rng, p, "netbios"),
          ".corp.example.com</Computer>\n  </System>\n  <EventData>\n    <Data>Microsoft Outlook</Data>\n",
          "    <Data>", C.enc(rng.choice([
              S("The file C:\\Users\\", N(prof), "\\AppData\\Local\\Microsoft\\Outlook\\", E(em),
                ".ost cannot be accessed."),
              S("Do you want to save changes to 'Offer Letter - ", N(p.disp(rng)), ".docx'?"),
              S("Outlook could not connect to the mailbox of ", N(p.lf()), " (", E(em), ")."),
          ]), C.xesc), "</Data>\n    <Data>", str(rng.randint(100000, 999999)), "</Data>\n  </EventData>\n</Event>")
    C.check_xml(x)
    return x


def wevt_csv(rng: R) -> C.Frag:
    rows = [S("Level,Date and Time,Source,Event ID,Task Category,Description")]
    for _ in range(rng.randint(2, 3)):
        p = C.person(rng)
        d = rng.choice([
            S("The user '", N(p.acct(rng)), "' signed in to OneDrive for Business as ", E(p.email(rng, C.CORP)), "."),
            S("Customer Experience Improvement Program\nUser Logon Notification for ", N(p.acct(rng))),
            S("Sync client: folder C:\\Users\\", N(p.profile(rng)), "\\OneDrive - Contoso\\Desktop redirected."),
        ])
        rows.append(S(rng.choice(["Information", "Warning"]), ",", C.ts_fmt(rng, "%-m/%-d/%Y %-I:%M:%S %p"), ",",
                      rng.choice(["OneDrive", "Winlogon", "Microsoft-Windows-Shell-Core"]), f",{rng.randint(1, 7999)},None,",
                      C.csvq(d, always=True)))
    return C.join(rows, "\r\n")


def wevt_i18n(rng: R) -> C.Frag:
    p = C.person(rng)
    a = p.acct(rng)
    prod = rng.choice(["Microsoft Teams Meeting Add-in", "Google Chrome", "FortiClient VPN"])
    return rng.choice([
        S("Quelle: MsiInstaller  Ereignis-ID: 1033\nWindows Installer hat das Produkt installiert. Produktname: ", prod,
          ". Benutzer: KONTOSO\\", N(a), " (", N(p.disp(rng)), ")."),
        S("Source : MsiInstaller  ID de l’événement : 11707\nProduit : ", prod, " -- Installation réussie. ",
          "Utilisateur : CORP\\", N(a)),
        S("Origen: MsiInstaller  Id. del evento: 1040\nInicio de una transacción de Windows Installer: ", prod,
          ". Usuario: CORP\\", N(a)),
    ])


def wevt_dotnet(rng: R) -> C.Frag:
    p = C.person(rng)
    return S("Log Name: Application\nSource: .NET Runtime\nEvent ID: 1026\nLevel: Error\nDescription:\n",
             "Application: HelpdeskTray.exe\nFramework Version: v4.0.30319\n",
             "Description: The process was terminated due to an unhandled exception.\n",
             "Exception Info: System.InvalidOperationException: Cannot map directory entry Employee { Sam = ",
             N(p.acct(rng)), ", DisplayName = ", N(p.disp(rng)), ", Mail = ", E(p.email(rng, C.CORP)), ", Mobile = ",
             P(C.phone(rng)), " }\n",
             "   at Helpdesk.Tray.DirectoryCache.Map(Employee e)\n   at Helpdesk.Tray.App.OnStartup(StartupEventArgs e)")


def n_wevt_msi(rng: R) -> C.Frag:
    h = rng.choice(C.NEG_HOSTS)
    return S(f"Event[{rng.randint(0, 40)}]:\n  Log Name: Application\n  Source: MsiInstaller\n",
             f"  Date: {C.ts_iso(rng, z=False)}\n  Event ID: 11707\n  Task: None\n  Level: Information\n",
             "  User: S-1-5-18\n  User Name: NT AUTHORITY\\SYSTEM\n  Computer: ", h, ".corp.example.com\n",
             f"  Description: \nProduct: {rng.choice(C.PRODUCTS)} Agent -- Installation completed successfully.")


def n_wevt_spp(rng: R) -> C.Frag:
    return S("Log Name: Application\nSource: Microsoft-Windows-Security-SPP\nEvent ID: ",
             rng.choice(["16384", "1066", "903"]), "\nLevel: Information\nUser: N/A\nDescription:\n",
             rng.choice(["Successfully scheduled Software Protection service for re-start at ",
                         "The Software Protection service has stopped. "]),
             C.ts_iso(rng, ms=False), ". Reason: RulesEngine.")


def n_wevt_ost(rng: R) -> C.Frag:
    return S("<Event xmlns=\"http://schemas.microsoft.com/win/2004/08/events/event\">\n",
             "  <System>\n    <Provider Name=\"Microsoft Office 16 Alerts\" />\n    <EventID Qualifiers=\"0\">300</EventID>\n",
             "    <Channel>OAlerts</Channel>\n    <Computer>", rng.choice(C.NEG_HOSTS), ".corp.example.com</Computer>\n",
             "  </System>\n  <EventData>\n    <Data>Microsoft Excel</Data>\n    <Data>",
             C.xesc(rng.choice(["Do you want to save changes to 'Book1.xlsx'?", "Victoria Site Budget.xlsx is locked for editing.",
                                "The Madison template could not be found."])),
             "</Data>\n  </EventData>\n</Event>")


def n_wevt_csv(rng: R) -> C.Frag:
    rows = [S("Level,Date and Time,Source,Event ID,Task Category,Description")]
    for _ in range(rng.randint(2, 3)):
        rows.append(S("Information", ",", C.ts_fmt(rng, "%-m/%-d/%Y %-I:%M:%S %p"), ",",
                      "ESENT,", str(rng.randint(100, 999)), ",General,",
                      C.csvq(S(f"svchost ({rng.randint(100, 9999)},R,98) TILEREPOSITORYS-1-5-18: The database engine ",
                               f"({C.win_build(rng)}) started a new instance (0)."), always=True)))
    return C.join(rows, "\r\n")


# ======================================================================= 10. remote_support_sessions
def tv_incoming(rng: R) -> C.Frag:
    rows = []
    for _ in range(rng.randint(1, 3)):
        p = C.person(rng)
        loc = C.person(rng)
        rows.append(S(C.digits(rng, 10), "\t", N(p.any(rng)), f"\t{C.ts_fmt(rng, '%d-%m-%Y %H:%M:%S')}\t",
                      f"{C.ts_fmt(rng, '%d-%m-%Y %H:%M:%S')}\t",
                      N(loc.acct(rng)), "\tRemoteControl\t{", C.uid(rng, True), "}"))
    return S("==> C:\\Program Files\\TeamViewer\\Connections_incoming.txt <==\n", C.join(rows, "\n"))


def anydesk(rng: R) -> C.Frag:
    p = C.person(rng)
    pid = rng.randint(1000, 9000)
    pre = lambda: f"   info {C.ts_sp(rng)}       back  {pid}  {rng.randint(1000, 9000)}   {rng.randint(10, 40)}  "
    return C.join([
        S(pre(), "anynet.relay_conn - Incoming session request: ", N(p.any(rng)), f" ({C.digits(rng, 10)})"),
        S(pre(), "app.prepare_task - Logged in from ", _hostport(rng), " on relay ",
          C.hexs(rng, 8), "."),
        S(pre(), "app.session - Session accepted by local user ", N(C.person(rng).acct(rng))),
    ][: rng.randint(2, 3)], "\n")


def screenconnect(rng: R) -> C.Frag:
    g = C.person(rng)
    t = C.person(rng)
    host = C.dev_host(rng, g, "netbios")
    body = J({"Session": {"SessionID": C.uid(rng), "Name": M(N(g.disp(rng)), " - ", host),
                          "GuestLoggedOnUserName": M("CORP\\", N(g.acct(rng))), "GuestMachineName": M(host),
                          "Host": N(t.acct(rng)), "SessionType": "Support"},
              "Event": {"EventType": rng.choice(["Connected", "SentMessage", "Disconnected"]),
                        "Host": N(t.disp(rng)), "Data": rng.choice(["", "hi, taking control now"])},
              "Connection": {"ParticipantName": N(t.disp(rng)), "NetworkAddress": IP(C.ip(rng))}},
             indent=rng.choice([None, 2]), ascii_=rng.random() < 0.35)
    C.check_json(body)
    return S(C.ts_iso(rng), " webhook ScreenConnect.SessionEvent ", body)


def rs_chat(rng: R) -> C.Frag:
    t = C.person(rng)
    u = C.person(rng)
    tn, un = t.any(rng), u.any(rng)
    lines = [
        S(f"[{C.hhmmss(rng)}] ", N(tn), " (Technician): Hi ", N(u.first), ", I'm connecting to your machine now"),
        S(f"[{C.hhmmss(rng)}] ", N(un), ": ok. if it drops my mobile is ", P(C.phone(rng))),
        S(f"[{C.hhmmss(rng)}] ", N(tn), " (Technician): thanks, I'll also need to sign in as ", N(u.acct(rng)),
          ", please approve the prompt"),
    ]
    if rng.random() < 0.2:
        lines.append(S(f"[{C.hhmmss(rng)}] ", N(un), ": the licence isn't covered, just use my card ", CC(C.card(rng))))
    lines.append(S(f"[{C.hhmmss(rng)}] System: ", N(t.first), " ended the session"))
    return S(f"Session transcript {C.uid(rng)[:8]}\n", C.join(lines, "\n"))


def bomgar_xml(rng: R) -> C.Frag:
    c = C.person(rng)
    r = C.person(rng)
    x = S(f"<session lsid=\"{C.hexs(rng, 32)}\">\n  <customer_list>\n    <customer gsnumber=\"2\">\n",
          "      <username>", C.enc([N(c.any(rng))], C.xesc), "</username>\n      <public_ip>", IP(C.ip(rng)),
          "</public_ip>\n      <private_ip>", IP(C.ipv4(rng, "p192")), "</private_ip>\n      <hostname>",
          C.dev_host(rng, c, "netbios"), "</hostname>\n      <os>Windows 11 Enterprise</os>\n    </customer>\n",
          "  </customer_list>\n  <rep_list>\n    <representative gsnumber=\"1\">\n      <username>", N(r.acct(rng)),
          "</username>\n      <display_name>", C.enc([N(r.disp(rng))], C.xesc), "</display_name>\n",
          "      <email>", E(r.email(rng, C.CORP)), "</email>\n    </representative>\n  </rep_list>\n</session>")
    C.check_xml(x)
    return x


def splashtop_csv(rng: R) -> C.Frag:
    rows = [S("Date,Technician,Computer Name,Session Duration,Remote IP,Note")]
    for _ in range(rng.randint(2, 3)):
        t = C.person(rng)
        u = C.person(rng)
        note = rng.choice([S("called back ", N(u.first), " on ", P(C.phone(rng))), S("printer driver reinstall"),
                           S("for ", N(u.lf()))])
        rows.append(S(C.ts_fmt(rng, "%Y-%m-%d"), ",", C.csvq([N(t.disp(rng))]), ",",
                      C.dev_host(rng, u), f",00:{rng.randint(1, 59):02d}:{rng.randint(10, 59)},", IP(C.ip(rng)), ",",
                      C.csvq(note, always=True)))
    return C.join(rows, "\n")


def join_url(rng: R) -> C.Frag:
    p = C.person(rng)
    nm = p.any(rng)
    f = rng.choice([C.pct, C.form])
    return S(IP(C.ip(rng)), " - - [", C.ts_fmt(rng, "%d/%b/%Y:%H:%M:%S +0000"), "] \"GET /join?sessionCode=",
             C.digits(rng, 6), "&name=", N(f(nm)), "&email=", E(C.pct_soft(p.email(rng)).replace("@", "%40")),
             " HTTP/1.1\" 302 0 \"-\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64)\"")


def n_tv(rng: R) -> C.Frag:
    rows = []
    for _ in range(rng.randint(1, 3)):
        rows.append(S(C.digits(rng, 10), "\t", rng.choice(["Meeting Room Display", "KIOSK-LOBBY-01", "Jasper Signage"]),
                      f"\t{C.ts_fmt(rng, '%d-%m-%Y %H:%M:%S')}\t{C.ts_fmt(rng, '%d-%m-%Y %H:%M:%S')}\tSYSTEM\tRemoteControl\t{{",
                      C.uid(rng, True), "}"))
    return S("==> C:\\Program Files\\TeamViewer\\Connections_incoming.txt <==\n", C.join(rows, "\n"))


def n_anydesk(rng: R) -> C.Frag:
    pid = rng.randint(1000, 9000)
    return S(f"   info {C.ts_sp(rng)}       back  {pid}  {rng.randint(1000, 9000)}   22  ",
             "anynet.relay_conn - Connected to relay ", C.hexs(rng, 8), ".net.anydesk.com, ",
             rng.choice(["unattended access (profile: Servers)", f"update check: {C.version(rng)}",
                         f"license: Performance {C.version(rng)}"]))


def n_screenconnect(rng: R) -> C.Frag:
    return S(C.ts_iso(rng), " webhook ScreenConnect.SessionEvent ",
             J({"Session": {"Name": f"Unattended - {rng.choice(C.NEG_HOSTS)}", "Host": "Scheduled Task",
                            "SessionType": "Access"}, "Event": {"EventType": rng.choice(["RanCommand", "Connected"]),
                                                                "Data": rng.choice(C.UI_I18N)}}))


def n_chat(rng: R) -> C.Frag:
    return S(f"Session transcript {C.uid(rng)[:8]}\n[{C.hhmmss(rng)}] System: ", rng.choice(C.UI_I18N), "\n",
             f"[{C.hhmmss(rng)}] helpdesk-bot: ", rng.choice(C.UI_TITLE), " clicked\n",
             f"[{C.hhmmss(rng)}] System: session ended")


# ======================================================================= 11. software_deploy_selfservice
def munki(rng: R) -> C.Frag:
    p = C.person(rng)
    a = p.acct(rng)
    ts = C.ts_fmt(rng, "%b %d %Y %H:%M:%S +0200")
    return C.join([
        S(ts, " ### Beginning managed software check ###"),
        S(ts, " Console user is ", N(a), " (", N(p.nat()), ")"),
        S(ts, " Using manifest: ", rng.choice([S("site_default"), S(C.dev_host(rng, p, "mac"))])),
        S(ts, f" Installing {rng.choice(C.PRODUCTS)} (1 of {rng.randint(1, 4)})"),
    ], "\n")


def pdq_csv(rng: R) -> C.Frag:
    rows = [S("Deployment,Package,Target,Status,Error,Deployed By,Started")]
    for _ in range(rng.randint(2, 4)):
        t = C.person(rng)
        by = C.person(rng)
        rows.append(S(str(rng.randint(1000, 9999)), ",", rng.choice(["Chrome Enterprise", "Zoom", "VLC", "Notepad++"]), ",",
                      C.dev_host(rng, t, "netbios"), ",", rng.choice(["Successful", "Failed", "Successful"]), ",,",
                      "CORP\\", N(by.acct(rng)), ",", C.ts_sp(rng, 0)))
    return C.join(rows, "\n")


def choco(rng: R) -> C.Frag:
    p = C.person(rng)
    prof = p.profile(rng)
    ts = f"{C.ts_sp(rng, 0)},{rng.randint(100, 999)} {rng.randint(1000, 9000)}"
    return C.join([
        S(ts, " [INFO ] - Chocolatey v2.2.2 Business"),
        S(ts, " [DEBUG] - Installing to C:\\Users\\", N(prof), "\\AppData\\Local\\Temp\\chocolatey\\",
          rng.choice(["git", "vscode", "7zip"]), "\\", C.version(rng)),
        S(ts, " [INFO ] - Running as ", "CORP\\", N(p.acct(rng)), " (elevated)"),
    ], "\n")


def winget(rng: R) -> C.Frag:
    p = C.person(rng)
    prof = p.profile(rng)
    return S(f"WinGet-{C.ts_sp(rng, 0).replace(' ', '-').replace(':', '-')}.log\n",
             f"{C.ts_sp(rng)} <CLI > WinGet, version [1.7.10861], activity [{{{C.uid(rng, True)}}}]\n",
             f"{C.ts_sp(rng)} <CORE> Windows: Windows.Desktop v{C.win_build(rng)}\n",
             f"{C.ts_sp(rng)} <CLI > Command line Arg: \"C:\\Users\\", N(prof),
             "\\AppData\\Local\\Microsoft\\WindowsApps\\winget.exe\" install --id Microsoft.PowerToys\n",
             f"{C.ts_sp(rng)} <REPO> Downloading installer to C:\\Users\\", N(prof), "\\AppData\\Local\\Temp\\WinGet\\")


def ss_request(rng: R) -> C.Frag:
    r = C.person(rng)
    ap = C.person(rng)
    o = C.person(rng)
    sw = rng.choice(["Adobe Acrobat Pro", "Visio Plan 2", "Tableau Desktop", "Camtasia"])
    body = J({"request_id": f"REQ{C.digits(rng, 7)}", "requested_by": {"name": N(r.disp(rng)), "email": E(r.email(rng))},
              "software": sw, "justification": M(rng.choice([
                  S("Need to sign contracts for ", N(o.disp(rng)), "'s team"), S("covering for ", N(o.first), " while on leave"),
                  S("replacing licence of ", N(o.acct(rng)))])),
              "approver": N(ap.lf()), "approve_url": M("https://portal.example.com/approve?req=", C.digits(rng, 7),
                                                         "&approver=", E(C.pct(ap.email(rng, C.CORP))))},
             indent=rng.choice([2, None]), ascii_=rng.random() < 0.3)
    C.check_json(body)
    return S(C.ts_iso(rng), " selfservice.webhook ", body)


def ansible_recap(rng: R) -> C.Frag:
    p = C.person(rng)
    a = p.acct(rng)
    host = C.dev_host(rng, p, "linux")
    return S("TASK [desktop : add ", N(a), " to docker group] ****\nchanged: [", host, "]\n\n",
             "PLAY RECAP *********************************************************************\n",
             host, " " * 6, f": ok={rng.randint(5, 40)}   changed={rng.randint(1, 9)}   unreachable=0   failed=0   ",
             "skipped=2")


def license_mail(rng: R) -> C.Frag:
    p = C.person(rng)
    sw = rng.choice(["Visio", "Project", "Adobe Creative Cloud", "Tableau"])
    return S("From: Software Asset Management <", E(f"sam@{C.CORP}"), ">\nTo: ", N(p.disp(rng)), " <",
             E(p.email(rng, C.CORP)), f">\nSubject: Your {sw} licence will be reclaimed\n\n",
             rng.choice([S("Hi ", N(p.first), f", {sw} hasn't been opened on "), S("Hallo ", N(p.first),
                                                                                   f", {sw} wurde auf ")]),
             C.dev_host(rng, p, "netbios"), rng.choice([" for 90 days.", " seit 90 Tagen nicht gestartet."]))


def n_munki(rng: R) -> C.Frag:
    ts = C.ts_fmt(rng, "%b %d %Y %H:%M:%S +0200")
    return C.join([S(ts, " ### Beginning managed software check ###"),
                   S(ts, " No console user; running as ", rng.choice(["root", "_mbsetupuser"])),
                   S(ts, f" Using manifest: {rng.choice(['site_default', 'lab_imacs', 'kiosk'])}"),
                   S(ts, f" Installing {rng.choice(C.PRODUCTS)} (1 of 1)")], "\n")


def n_pdq(rng: R) -> C.Frag:
    rows = [S("Deployment,Package,Target,Status,Error,Deployed By,Started")]
    for _ in range(rng.randint(2, 4)):
        rows.append(S(str(rng.randint(1000, 9999)), ",", rng.choice(["Chrome Enterprise", "Zoom"]), ",",
                      rng.choice(C.NEG_HOSTS), ",", rng.choice(["Successful", "Failed"]), ",,",
                      rng.choice(["PDQ Scheduler", "CORP\\pdq-deploy", "SYSTEM"]), ",", C.ts_sp(rng, 0)))
    return C.join(rows, "\n")


def n_choco(rng: R) -> C.Frag:
    ts = f"{C.ts_sp(rng, 0)},{rng.randint(100, 999)} {rng.randint(1000, 9000)}"
    return S(ts, " [DEBUG] - Installing to C:\\Windows\\system32\\config\\systemprofile\\AppData\\Local\\Temp\\chocolatey\\",
             rng.choice(["git", "vscode"]), "\\", C.version(rng), "\n", ts, " [INFO ] - Running as NT AUTHORITY\\SYSTEM")


def n_ss_request(rng: R) -> C.Frag:
    return S(C.ts_iso(rng), " selfservice.webhook ",
             J({"request_id": f"REQ{C.digits(rng, 7)}", "requested_by": {"name": "itops-automation"},
                "software": rng.choice(C.PRODUCTS), "justification": "auto-approved (catalogue tier 1)",
                "approver": "Policy Engine", "status": rng.choice(C.STATUS)}, indent=2))


# ======================================================================= 12. hardware_repair_rma
def gsx_json(rng: R) -> C.Frag:
    c = C.person(rng)
    t = C.person(rng)
    body = J({"repairType": rng.choice(["CIN", "WUMS", "SVNR"]), "device": {"id": C.apple_serial(rng)},
              "customer": {"firstName": N(c.given), "lastName": N(c.family), "emailAddress": E(c.email(rng)),
                           "primaryPhone": P(C.phone(rng))},
              "technician": {"id": C.digits(rng, 6), "name": N(t.disp(rng))},
              "notes": [{"type": "TECHNICIAN", "content": M("Customer ", N(c.disp(rng)), " reports no power after update")}]},
             indent=2, ascii_=rng.random() < 0.35)
    C.check_json(body)
    return S(C.ts_iso(rng), " POST /gsx/api/repair/create request:\n", body)


def dell_xml(rng: R) -> C.Frag:
    c = C.person(rng)
    t = C.person(rng)
    x = S("<Dispatch>\n  <ServiceTag>", C.alnum(rng, 7), "</ServiceTag>\n  <PrimaryContactName>", C.enc([N(c.disp(rng))], C.xesc),
          "</PrimaryContactName>\n  <PrimaryContactPhone>", P(C.phone(rng)), "</PrimaryContactPhone>\n",
          "  <PrimaryContactEmail>", E(c.email(rng)), "</PrimaryContactEmail>\n  <ShipToAddress>12 Example Street</ShipToAddress>\n",
          "  <TechEmail>", E(t.email(rng, C.CORP)), "</TechEmail>\n  <Troubleshooting>", C.enc(S("Keyboard replaced for ",
                                                                                           N(c.first),
                                                                                           ", issue persists"), C.xesc),
          "</Troubleshooting>\n</Dispatch>")
    C.check_xml(x)
    return x


def rma_csv(rng: R) -> C.Frag:
    rows = [S("RMA;Serial;Model;Contact;Phone;Status")]
    for _ in range(rng.randint(2, 4)):
        c = C.person(rng)
        rows.append(S(f"RMA-{C.digits(rng, 6)};{C.alnum(rng, 8)};", rng.choice(["ThinkPad T14 Gen 4", "ThinkPad X1 Carbon"]),
                      ";", C.csvq([N(rng.choice([c.lf(), c.up_ascii(), c.full(), c.sg()]))], delim=";"), ";",
                      P(C.phone(rng)), ";",
                      rng.choice(["Awaiting Parts", "In Repair", "Shipped"])))
    return C.join(rows, "\n")


def loaner(rng: R) -> C.Frag:
    c = C.person(rng)
    t = C.person(rng)
    return S(C.ts_sp(rng, 0), f" loaner LN-MBA-{rng.randint(1, 40):02d} handed to ", N(c.lf()), " by ", N(t.acct(rng)),
             rng.choice([" -> ", " → ", " => "]), "due back ", (C.now(rng) + C.timedelta(days=rng.randint(3, 20))).strftime("%Y-%m-%d"),
             " (repair of ", C.dev_host(rng, c, "netbios"), ")")


def courier_msg(rng: R) -> C.Frag:
    c = C.person(rng)
    ph = C.phone(rng, rng.choice(["ES", "FR", "DE", "UK", "MX"]))
    return rng.choice([
        S("SMS to ", P(ph), ": Hola ", N(c.first), ", el mensajero recogerá su portátil mañana entre 9 y 13 h."),
        S("SMS à ", P(ph), " : Bonjour ", N(c.first), ", le coursier passera récupérer votre ordinateur demain."),
        S("SMS an ", P(ph), ": Hallo ", N(c.disp(rng)), ", Ihr Notebook wird morgen abgeholt."),
        S("SMS to ", P(ph), ": Hi ", N(c.first), ", your laptop repair is complete. Ref ", C.alnum(rng, 8)),
    ])


def rma_trace(rng: R) -> C.Frag:
    c = C.person(rng)
    return S(C.ts_sp(rng), " ERROR [http-nio-8080-exec-", str(rng.randint(1, 20)), "] c.e.repair.RmaController - ",
             "com.example.repair.RmaValidationException: missing shipping address for RmaRequest{id=RMA-",
             C.digits(rng, 5), ", contact=Contact{name='", N(c.disp(rng)), "', email='", E(c.email(rng)), "', phone='",
             P(C.phone(rng)), "'}, device=Device{serial='", C.alnum(rng, 10), "'}}\n",
             "\tat com.example.repair.RmaService.validate(RmaService.java:88)\n",
             "\tat com.example.repair.RmaController.create(RmaController.java:41)")


def wipe_cert(rng: R) -> C.Frag:
    rows = [S("ASSET     SERIAL        LAST USER              WIPED BY    METHOD")]
    for _ in range(rng.randint(2, 4)):
        u = C.person(rng)
        w = C.person(rng)
        nm = u.lf_up()[:22]
        if nm != u.lf_up():
            nm = u.fam_up()[:22]
        wa = w.acct(rng, "flast").upper()[:10]
        C.CTX.tokens.add(wa)
        rows.append(S(f"LT-{rng.randint(1000, 9999)}   {C.alnum(rng, 12)}  ", N(nm), " " * max(1, 23 - len(nm)), N(wa),
                      " " * max(1, 12 - len(wa)), rng.choice(["NIST 800-88 Purge", "Crypto Erase", "Shred"])))
    return C.join(rows, "\n")


def repair_payment(rng: R) -> C.Frag:
    c = C.person(rng)
    if rng.random() < 0.6:
        return S(C.ts_sp(rng, 0), " billing: out-of-warranty repair R-", C.digits(rng, 6), " authorised card=",
                 CC(C.card(rng)), " holder=", N(c.sg() if rng.random() < 0.5 else c.up_ascii()),
                 f" amount={rng.randint(80, 600)}.00 EUR")
    out = S(C.ts_sp(rng, 0), " payroll-deduction: lost device LT-", str(rng.randint(1000, 9999)), " employee=",
            N(c.lf()), " ssn_last4=", SSN(C.ssn(rng, "bare")[-4:]), f" amount={rng.randint(200, 1500)}.00 USD")
    if rng.random() < 0.3:
        out += S(" verified_ssn=", SSN(C.ssn(rng)))
    return out


def n_gsx(rng: R) -> C.Frag:
    return S(C.ts_iso(rng), " POST /gsx/api/repair/create request:\n",
             J({"repairType": "CIN", "device": {"id": C.apple_serial(rng)}, "customer": {"companyName": rng.choice(C.COMPANIES)},
                "technician": {"id": C.digits(rng, 6), "name": "Depot Queue"}, "status": rng.choice(C.STATUS)}, indent=2))


def n_dell(rng: R) -> C.Frag:
    return S("<Dispatch>\n  <ServiceTag>", C.alnum(rng, 7), "</ServiceTag>\n  <PrimaryContactName>",
             C.xesc(rng.choice(["Service Desk", "IT Depot", "Harrison Print Services Ltd"])), "</PrimaryContactName>\n",
             "  <Troubleshooting>", C.xesc(rng.choice(["Battery swelling, replaced", "No POST; motherboard ordered"])),
             "</Troubleshooting>\n</Dispatch>")


def n_rma_csv(rng: R) -> C.Frag:
    rows = [S("RMA;Serial;Model;Contact;Phone;Status")]
    for _ in range(rng.randint(2, 4)):
        rows.append(S(f"RMA-{C.digits(rng, 6)};{C.alnum(rng, 8)};ThinkPad T14 Gen 4;",
                      rng.choice(["IT Depot", "Victoria Warehouse", "Service Desk"]), ";;",
                      rng.choice(["Awaiting Parts", "In Repair", "Shipped"])))
    return C.join(rows, "\n")


def n_wipe(rng: R) -> C.Frag:
    rows = [S("ASSET     SERIAL        LAST USER              WIPED BY    METHOD")]
    for _ in range(rng.randint(2, 4)):
        u = rng.choice(["UNASSIGNED", "POOL", "KIOSK", "LAB"])
        rows.append(S(f"LT-{rng.randint(1000, 9999)}   {C.alnum(rng, 12)}  {u}", " " * (23 - len(u)),
                      "SVC_RMA     ", rng.choice(["NIST 800-88 Purge", "Crypto Erase"])))
    return C.join(rows, "\n")


FAMILIES_B = [
    ("macos_unified_log", [mac_od_auth, mac_json, mac_dscl, mac_compact, mac_install, mac_psso, mac_sysadminctl],
     [n_mac_od, n_mac_json, n_mac_dscl, n_mac_install]),
    ("linux_desktop_journald", [jd_json, jd_verbose, jd_logind, jd_nm, jd_bt, jd_loginctl, jd_de],
     [n_jd_json, n_jd_logind, n_jd_nm, n_jd_bt]),
    ("windows_application_eventlog", [wevt_msi, wevt_profile, wevt_apperr, wevt_ost, wevt_csv, wevt_i18n, wevt_dotnet],
     [n_wevt_msi, n_wevt_spp, n_wevt_ost, n_wevt_csv]),
    ("remote_support_sessions", [tv_incoming, anydesk, screenconnect, rs_chat, bomgar_xml, splashtop_csv, join_url],
     [n_tv, n_anydesk, n_screenconnect, n_chat]),
    ("software_deploy_selfservice", [munki, pdq_csv, choco, winget, ss_request, ansible_recap, license_mail],
     [n_munki, n_pdq, n_choco, n_ss_request]),
    ("hardware_repair_rma", [gsx_json, dell_xml, rma_csv, loaner, courier_msg, rma_trace, wipe_cert, repair_payment,
                             repair_payment],
     [n_gsx, n_dell, n_rma_csv, n_wipe]),
]
