"""Families 1-6 of pack_r: MDM (Apple protocol, Android EMM), printing, scanning/fax, assets, backup agents."""

from __future__ import annotations

from typing import Any

import core as C
from core import CC, IP, SSN, E, J, M, N, P, S  # noqa: F401

R = Any


def _title(p: C.Person, rng: R) -> str:
    return rng.choice(["Ms. ", "Mrs. "]) if p.gender == "f" else "Mr. "


def _ts_unified(rng: R) -> str:
    t = C.ts_sp(rng, 6)
    return t + ("+0200" if 4 <= C.CTX.clock.month <= 10 else "+0100")


# ======================================================================= 1. apple_mdm_protocol
def _plist(items: list) -> C.Frag:
    out = S('<?xml version="1.0" encoding="UTF-8"?>\n',
            '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n',
            '<plist version="1.0">\n<dict>\n')
    for k, v in items:
        if isinstance(v, bool):
            out += S(f"\t<key>{k}</key>\n\t<{'true' if v else 'false'}/>\n")
        else:
            out += S(f"\t<key>{k}</key>\n\t<string>", C.enc(v, C.xesc), "</string>\n")
    out += S("</dict>\n</plist>")
    C.check_xml(S(plain_after_doctype(out)))
    return out


def plain_after_doctype(frag: C.Frag) -> str:
    return C.plain(frag).split("\n", 1)[1]


def mdm_checkin(rng: R) -> C.Frag:
    p = C.person(rng)
    mt = rng.choice(["TokenUpdate", "Authenticate", "UserAuthenticate"])
    items = [("MessageType", mt), ("Topic", f"com.apple.mgmt.External.{C.uid(rng)}"), ("UDID", C.udid(rng))]
    if mt == "Authenticate":
        items += [("DeviceName", C.dev_display(rng, p, rng.choice(["iPad", "iPhone", "MacBook Air"]))),
                  ("Model", rng.choice(["iPad13,18", "iPhone15,3", "Mac14,2"])), ("OSVersion", C.version(rng, 2)),
                  ("SerialNumber", C.apple_serial(rng))]
    else:
        items += [("UserID", C.uid(rng, True)), ("UserLongName", [N(p.any(rng))]),
                  ("UserShortName", [N(p.acct(rng))]), ("AwaitingConfiguration", False)]
    src = C.ip(rng)
    head = S(C.ts_iso(rng), " level=debug component=mdm.checkin msg=\"check-in received\" remote=", IP(src),
             f" ua=\"MDM/1.0\" type={mt}\n")
    return S(head, _plist(items))


def mdm_devinfo(rng: R) -> C.Frag:
    p = C.person(rng)
    ph = C.phone(rng)
    out = S(C.ts_iso(rng), f" INFO cmd_uuid={C.uid(rng)} request_type=DeviceInformation status=Acknowledged ",
            f"udid={C.udid(rng)} DeviceName=\"", C.dev_display(rng, p), "\" ",
            f"OSVersion={C.version(rng, 3)} BuildVersion=21E{C.digits(rng, 3)} ")
    if rng.random() < 0.6:
        out += S("PhoneNumber=\"", P(ph), "\" ")
    out += S(f"IMEI=\"{C.imei(rng)}\" BluetoothMAC={C.mac(rng)} WiFiMAC={C.mac(rng)}")
    if rng.random() < 0.5:
        out += S(" UserShortName=", N(p.acct(rng)))
    return out


def ade_sync(rng: R) -> C.Frag:
    devs = []
    for _ in range(rng.randint(1, 3)):
        p = C.person(rng)
        devs.append({"serial_number": C.apple_serial(rng),
                     "model": rng.choice(["MacBook Air (M2, 2022)", "iPad (10th generation)", "iPhone 15"]),
                     "description": rng.choice(["MBA 13.6 MDN CTO", "IPAD WI-FI 64GB SLV", "IPHONE 15 128GB BLK"]),
                     "color": rng.choice(["MIDNIGHT", "SILVER", "BLACK"]),
                     "profile_status": rng.choice(["assigned", "pushed"]),
                     "profile_uuid": C.hexs(rng, 32, True),
                     "device_assigned_by": E(p.email(rng, C.CORP)),
                     "device_assigned_date": C.ts_iso(rng, ms=False),
                     "op_type": "added", "op_date": C.ts_iso(rng, ms=False)})
    body = J({"devices": devs, "cursor": C.hexs(rng, 40), "more_to_follow": False},
             indent=rng.choice([2, 4, None]))
    C.check_json(body)
    return S(C.ts_iso(rng), " [ade-sync] fetched device changes from mdmenrollment.apple.com:\n", body)


def mdmclient_log(rng: R) -> C.Frag:
    p = C.person(rng)
    a = p.acct(rng)
    pid = rng.randint(300, 2000)
    lines = []
    for _ in range(rng.randint(2, 4)):
        what = rng.choice([
            S("Processing server request: ", rng.choice(["InstallProfile", "ProfileList", "InstalledApplicationList"]),
              "  for: <User: ", N(a), f" ({rng.randint(501, 505)})>"),
            S("Connecting to MDM server for user channel of ", N(a), " (", N(p.nat()), ")"),
            S("Installed configuration profile: Mail - ", E(p.email(rng, C.CORP)), " (", C.uid(rng, True), ")"),
        ])
        lines.append(S(_ts_unified(rng), f" 0x{C.hexs(rng, 5)}    Default     0x0                  {pid}    0    ",
                       "mdmclient: [com.apple.ManagedClient:MDMDaemon] ", what))
    return C.join(lines, "\n")


def ddm_declaration(rng: R) -> C.Frag:
    p = C.person(rng)
    inner = J({"Type": "com.apple.configuration.account.mail", "Identifier": f"mail.{C.hexs(rng, 8)}",
               "ServerToken": C.hexs(rng, 12),
               "Payload": {"UserIdentityName": N(p.any(rng)),
                           "UserIdentityEmailAddress": E(p.email(rng, C.CORP)),
                           "IncomingServerHostName": "outlook.office365.com",
                           "IncomingAuthenticationCredentialsAssetReference": "asset.mail.creds"}})
    C.check_json(inner)
    outer = J({"time": C.ts_iso(rng), "level": "info", "msg": "declaration stored",
               "enrollment_id": C.udid(rng), "payload": M(inner)}, ascii_=rng.random() < 0.3)
    C.check_json(outer)
    return outer


def shared_ipad(rng: R) -> C.Frag:
    st = C.person(rng)
    t = C.person(rng)
    dom = rng.choice(["appleid.example.edu", "students.example.edu"])
    return S(C.ts_sp(rng), f" sharedipad event=UserSessionStart device=\"Cart {rng.randint(1, 9)} - iPad {rng.randint(1, 30)}\" ",
             "managed_apple_id=", E(st.email(rng, dom)), " class=\"",
             rng.choice(["Year 9 Chemistry", "7B Mathe", "Grade 5 Reading", "Français 4e"]),
             "\" teacher=\"", _title(t, rng), N(t.family), "\" quota_mb=", str(rng.choice([2048, 4096])))


def activation_lock(rng: R) -> C.Frag:
    p = C.person(rng)
    a = C.person(rng)
    return S(C.ts_iso(rng), " WARN activation_lock: escrowed bypass code for serial=", C.apple_serial(rng),
             " owner=\"", N(p.lf()), "\" requested_by=", N(a.acct(rng)), " from=", IP(C.ip(rng)),
             " reason=\"", rng.choice(["offboarding", "device returned without passcode", "repair depot"]), "\"")


def mdmctl_table(rng: R) -> C.Frag:
    rows = [S("UDID                       SERIAL        USER             ENROLLED  LAST_SEEN")]
    for _ in range(rng.randint(2, 4)):
        p = C.person(rng)
        a = p.acct(rng)
        rows.append(S(C.udid(rng), "  ", C.apple_serial(rng), "  ", N(a), " " * max(1, 17 - len(a)),
                      "true      ", C.ts_iso(rng, ms=False)))
    return S("$ mdmctl get devices\n", C.join(rows, "\n"))


def n_mdm_checkin(rng: R) -> C.Frag:
    items = [("MessageType", "TokenUpdate"), ("Topic", f"com.apple.mgmt.External.{C.uid(rng)}"),
             ("UDID", C.udid(rng))]
    if rng.random() < 0.5:
        items += [("UserID", C.uid(rng, True)), ("UserLongName", "Setup User"),
                  ("UserShortName", "_mbsetupuser"), ("AwaitingConfiguration", True)]
    head = S(C.ts_iso(rng), " level=debug component=mdm.checkin msg=\"check-in received\" remote=mdm-lb-",
             str(rng.randint(1, 4)), ".corp.example.com ua=\"MDM/1.0\" type=TokenUpdate\n")
    return S(head, _plist(items))


def n_mdm_devinfo(rng: R) -> C.Frag:
    return S(C.ts_iso(rng), f" INFO cmd_uuid={C.uid(rng)} request_type=DeviceInformation status=Acknowledged ",
             f"udid={C.udid(rng)} DeviceName=\"{rng.choice(C.NEG_DEVICES)}\" OSVersion={C.version(rng, 3)} ",
             f"BluetoothMAC={C.mac(rng)} IsSupervised=true")


def n_ade_sync(rng: R) -> C.Frag:
    devs = [{"serial_number": C.apple_serial(rng), "profile_status": rng.choice(["empty", "removed"]),
             "op_type": rng.choice(["modified", "deleted"]), "op_date": C.ts_iso(rng, ms=False)}
            for _ in range(rng.randint(1, 3))]
    body = J({"devices": devs, "cursor": C.hexs(rng, 40), "more_to_follow": rng.random() < 0.5}, indent=2)
    return S(C.ts_iso(rng), " [ade-sync] fetched device changes from mdmenrollment.apple.com:\n", body)


def n_mdmclient(rng: R) -> C.Frag:
    pid = rng.randint(300, 2000)
    prof = rng.choice(["Wi-Fi - Victoria Campus", "FileVault Escrow", "Privacy Preferences (Jasper)",
                       "Software Update Deferral", "Madison Office VPN", "Login Window Banner"])
    return S(_ts_unified(rng), f" 0x{C.hexs(rng, 5)}    Default     0x0                  {pid}    0    ",
             "mdmclient: [com.apple.ManagedClient:MDMDaemon] Installed configuration profile: ", prof,
             f" ({C.uid(rng, True)}) for: <Computer>")


def n_mdmctl(rng: R) -> C.Frag:
    rows = [S("UDID                       SERIAL        USER             ENROLLED  LAST_SEEN")]
    for _ in range(rng.randint(2, 4)):
        u = rng.choice(["-", "_mbsetupuser", "kiosk01", "-", "loaner-pool"])
        rows.append(S(C.udid(rng), "  ", C.apple_serial(rng), "  ", u, " " * (17 - len(u)),
                      rng.choice(["true      ", "false     "]), C.ts_iso(rng, ms=False)))
    return S("$ mdmctl get devices\n", C.join(rows, "\n"))


# ======================================================================= 2. android_emm_uem
def amapi_device(rng: R) -> C.Frag:
    p = C.person(rng)
    token = J({"owner": E(p.email(rng, C.CORP)), "display": N(p.any(rng)), "cost_center": str(rng.randint(1000, 9999))},
              ascii_=rng.random() < 0.3)
    C.check_json(token)
    body = J({"name": f"enterprises/LC0{C.alnum(rng, 7).lower()}/devices/{C.hexs(rng, 16)}",
              "managementMode": rng.choice(["DEVICE_OWNER", "PROFILE_OWNER"]),
              "state": "ACTIVE", "appliedPolicyName": f"enterprises/LC0x/policies/{rng.choice(['sales', 'field', 'byod'])}",
              "hardwareInfo": {"brand": rng.choice(["samsung", "google", "motorola"]),
                               "model": rng.choice(["SM-S911B", "Pixel 8", "moto g84 5G"]),
                               "serialNumber": C.alnum(rng, 11)},
              "enrollmentTokenData": M(token),
              "enrollmentTime": C.ts_iso(rng)}, indent=2, ascii_=rng.random() < 0.35)
    C.check_json(body)
    return S("GET /v1/enterprises/LC0x/devices?pageSize=100 -> 200\n", body)


def ws1_csv(rng: R) -> C.Frag:
    rows = [S("Date/Time,Severity,Module,Category,Event,User,Device Friendly Name,Event Data")]
    for _ in range(rng.randint(2, 4)):
        p = C.person(rng)
        a = p.acct(rng)
        model = rng.choice(["Android 14 SM-S911B", "iOS 17.4 iPhone15,3", "Android 13 TC52"])
        fr = S(N(a), f" {model} {C.alnum(rng, 10)}")
        data = rng.choice([S("Enrollment completed"), S("Compliance: passcode required"),
                           S("Enterprise Wipe requested by ", N(C.person(rng).acct(rng))),
                           S("Device phone number updated to ", P(C.phone(rng)))])
        rows.append(S(C.ts_sp(rng, 0), ",", rng.choice(["Information", "Warning"]), ",Device,",
                      rng.choice(["Enrollment", "Compliance", "Command"]), ",",
                      rng.choice(["EnrollmentComplete", "ComplianceStatusChanged", "CommandSent"]), ",",
                      C.csvq([N(a)]), ",", C.csvq(fr), ",", C.csvq(data, always=True)))
    return C.join(rows, "\n")


def knox_kme(rng: R) -> C.Frag:
    p = C.person(rng)
    ap = C.person(rng)
    return S(C.ts_iso(rng), " knox.kme INFO device imei=", C.imei(rng), " assigned profile=\"",
             rng.choice(["Field Sales", "Clinical Devices", "Drivers"]), "\" user_id=", E(p.email(rng, C.CORP)),
             " approved_by=", N(ap.acct(rng)), " reseller=\"", rng.choice(C.COMPANIES), "\"")


def gws_mobile_audit(rng: R) -> C.Frag:
    p = C.person(rng)
    adm = C.person(rng)
    verb = rng.choice(["approved", "blocked", "wiped (account)"])
    return S("Event Description,User,Device Id,Device Type,Device Model,Date\n",
             C.csvq(S("Device ", rng.choice(["SM-G991B", "Pixel 7a", "iPhone14,5"]), " owned by ",
                      E(p.email(rng)), f" was {verb} by admin ", E(adm.email(rng, C.CORP))), always=True),
             ",", E(p.email(rng)), ",", C.hexs(rng, 16), ",", rng.choice(["ANDROID", "IOS_SYNC"]), ",",
             rng.choice(["SM-G991B", "Pixel 7a"]), ",", C.ts_iso(rng, ms=False))


def dumpsys_user(rng: R) -> C.Frag:
    p = C.person(rng)
    nm = p.any(rng)
    out = S("$ adb shell dumpsys user\nUsers:\n  UserInfo{0:", N(nm), ":c13} running\n",
            "    State: RUNNING_UNLOCKED\n    Created: <unknown>\n")
    if rng.random() < 0.6:
        out += S(f"  UserInfo{{{rng.choice([10, 11])}:Work profile:1030}} running\n",
                 "    State: RUNNING_UNLOCKED\n    Profile owner: com.airwatch.androidagent\n")
    out += S("  Device owner account: ", E(p.email(rng, C.CORP)))
    return out


def sms_invite(rng: R) -> C.Frag:
    p = C.person(rng)
    ph = C.phone(rng, rng.choice(["DE", "CH", "FR", "ES", "UK"]))
    a = p.acct(rng)
    tpl = rng.choice([
        S("Registrierungseinladung per SMS an ", P(ph), " gesendet (Benutzer: ", N(p.lf()), ", Konto ", N(a), ")"),
        S("Invitation d'enrôlement envoyée par SMS au ", P(ph), " pour ", N(p.disp(rng)), " (", N(a), ")"),
        S("Invitación de inscripción enviada por SMS al ", P(ph), " para ", N(p.disp(rng))),
        S("enrollment invite sent via SMS to ", P(ph), " for user ", N(a), " (", N(p.disp(rng)), ")"),
    ])
    return S(C.ts_sp(rng), " [EnrollmentNotifier] ", tpl)


def n_amapi(rng: R) -> C.Frag:
    token = J({"profile": rng.choice(["Kiosk-Lobby", "Warehouse-Scanners", "Madison-POS"]),
               "cost_center": str(rng.randint(1000, 9999))})
    body = J({"name": f"enterprises/LC0{C.alnum(rng, 7).lower()}/devices/{C.hexs(rng, 16)}",
              "managementMode": "DEVICE_OWNER", "state": rng.choice(["ACTIVE", "PROVISIONING"]),
              "hardwareInfo": {"brand": "zebra", "model": rng.choice(["TC52", "TC21", "ET40"]),
                               "serialNumber": C.alnum(rng, 11)},
              "enrollmentTokenData": M(token), "enrollmentTime": C.ts_iso(rng)}, indent=2)
    return S("GET /v1/enterprises/LC0x/devices?pageSize=100 -> 200\n", body)


def n_ws1_csv(rng: R) -> C.Frag:
    rows = [S("Date/Time,Severity,Module,Category,Event,User,Device Friendly Name,Event Data")]
    for _ in range(rng.randint(2, 4)):
        u = rng.choice(["System", "Console Admin", "svc_mdm_sync", "staging-user"])
        rows.append(S(C.ts_sp(rng, 0), ",Information,Device,Command,CommandSent,", u, ",",
                      C.csvq(S(rng.choice(C.NEG_DEVICES))), ",", C.csvq(S(rng.choice(C.STATUS)), always=True)))
    return C.join(rows, "\n")


def n_dumpsys(rng: R) -> C.Frag:
    return S("$ adb shell dumpsys user\nUsers:\n  UserInfo{0:", rng.choice(["Owner", "Owner", "Kiosk", "Besitzer",
                                                                          "Propriétaire"]),
             ":c13} running\n    State: RUNNING_UNLOCKED\n    Created: <unknown>\n",
             "  Device owner: ComponentInfo{com.airwatch.androidagent/com.airwatch.agent.DeviceAdministratorReceiver}")


def n_knox(rng: R) -> C.Frag:
    return S(C.ts_iso(rng), f" knox.kme INFO device imei={C.imei(rng)} assigned profile=\"",
             rng.choice(["Warehouse Scanners", "Victoria Depot", "Loaner Pool"]), "\" user_id=svc_kme approved_by=",
             rng.choice(["itops-automation", "svc_mdm_sync"]), " reseller=\"", rng.choice(C.COMPANIES), "\"")


# ======================================================================= 3. print_accounting
def _doc_with_name(rng: R, p: C.Person) -> C.Frag:
    g = C.NM.fold(C.first_word(p))
    f = C.NM.fold(p.acct_family).replace(" ", "")
    C.CTX.tokens.update([g, f])
    return rng.choice([
        S("Offer_Letter_", N(f"{f}_{g}"), ".docx"),
        S(N(f"{g} {f}"), " CV.pdf"),
        S("Payslip - ", N(p.lf()), ".pdf"),
        S("Contract_", N(f), rng.choice(["_2024", "_signed", "_v3"]), ".pdf"),
        S(rng.choice(["Expenses", "Travel request", "Timesheet"]), " - ", N(p.disp(rng)), ".xlsx"),
    ])


def evt307(rng: R) -> C.Frag:
    p = C.person(rng)
    a = p.acct(rng)
    client = rng.choice([S("\\\\", C.dev_host(rng, p, "netbios")), S("\\\\", IP(C.ipv4(rng, "p10")))])
    return S("Log Name: Microsoft-Windows-PrintService/Operational\nSource: Microsoft-Windows-PrintService\n",
             f"Event ID: 307\nTask Category: Printing a document\nLevel: Information\nUser: {C.uid(rng)[:8]}\n",
             f"Description:\nDocument {rng.randint(2, 400)}, ", _doc_with_name(rng, p), " owned by ", N(a), " on ",
             client, f" was printed on {rng.choice(['HR-Floor3-M607', 'FIN-MFP-02', 'Legal-Colour-01'])} through port ",
             IP(C.ipv4(rng, "p10")), f". Size in bytes: {rng.randint(2000, 900000)}. Pages printed: {rng.randint(1, 40)}. ",
             "No user action is required.")


def papercut_csv(rng: R) -> C.Frag:
    rows = [S("Time,User,Pages,Copies,Printer,Document Name,Client,Paper Size,Language,Duplex,Grayscale")]
    for _ in range(rng.randint(2, 4)):
        p = C.person(rng)
        a = p.acct(rng)
        rows.append(S(C.ts_sp(rng, 0), ",", N(a), f",{rng.randint(1, 30)},{rng.randint(1, 3)},",
                      rng.choice(["\\\\print01\\HR-M607", "\\\\print01\\FIN-MFP-02", "\\\\ps02\\Library-BW"]), ",",
                      C.csvq(_doc_with_name(rng, p), always=True), ",", C.dev_host(rng, p, "netbios"), ",",
                      rng.choice(["A4", "LETTER"]), ",", rng.choice(["PCL6", "POSTSCRIPT"]), ",",
                      rng.choice(["DUPLEX", "NOT DUPLEX"]), ",", rng.choice(["GRAYSCALE", "NOT GRAYSCALE"])))
    return C.join(rows, "\n")


def papercut_server(rng: R) -> C.Frag:
    p = C.person(rng)
    a = p.acct(rng)
    ts = f"{C.ts_sp(rng, 0)},{rng.randint(100, 999)}"
    if rng.random() < 0.5:
        return S(ts, f" INFO  ReleaseStationManager:{rng.randint(100, 999)} - User \"", N(a), "\" (", N(p.disp(rng)),
                 f") released {rng.randint(1, 4)} job(s) at device \"", rng.choice(["MFP-3F-EAST", "Konica-Lib-1"]),
                 "\" [card ", C.digits(rng, 10), "]")
    e = C.person(rng)
    return S(ts, f" ERROR UserSyncService:{rng.randint(100, 999)} - Failed to update user record\n",
             "biz.papercut.pcng.domain.UserException: duplicate card number for User[userName=", N(a),
             ", fullName=", N(p.disp(rng)), ", email=", E(p.email(rng)), ", department=",
             rng.choice(["Finance", "HR", "Legal"]), "]\n",
             "\tat biz.papercut.pcng.service.impl.UserSyncServiceImpl.update(UserSyncServiceImpl.java:412)\n",
             "\tat biz.papercut.pcng.service.impl.UserSyncServiceImpl.syncUser(UserSyncServiceImpl.java:268)\n",
             "Caused by: conflicting owner User[userName=", N(e.acct(rng)), ", fullName=", N(e.disp(rng)), "]")


def quota_mail(rng: R) -> C.Frag:
    p = C.person(rng)
    em = p.email(rng)
    bal = f"{rng.randint(0, 3)}.{rng.randint(0, 99):02d}"
    return S("From: PaperCut MF <", E(f"papercut@{C.CORP}"), ">\nTo: \"", N(p.disp(rng)), "\" <", E(em), ">\n",
             "Subject: Your print balance is low\nDate: ", C.ts_fmt(rng, "%a, %d %b %Y %H:%M:%S +0000"), "\n\n",
             "Dear ", N(p.first), f",\nyour balance is now {bal} EUR. Top up at https://print.corp.example.com/user?u=",
             N(C.pct(p.acct(rng))), "&name=", N(C.form(p.full())), "\n")


def print_sql(rng: R) -> C.Frag:
    p = C.person(rng)
    host = C.dev_host(rng, p, "netbios")
    return S(C.ts_sp(rng), " DEBUG [jdbc] INSERT INTO tbl_printer_usage_log (used_by_user_id, document_name, ",
             "client_machine, client_ip, total_pages) VALUES (", str(rng.randint(100, 9999)), ", '",
             C.enc(_doc_with_name(rng, p), lambda s: s.replace("'", "''")), "', '", host, "', '",
             IP(C.ipv4(rng, "p10")), f"', {rng.randint(1, 50)})")


def print_fr(rng: R) -> C.Frag:
    p = C.person(rng)
    a = p.acct(rng)
    return rng.choice([
        S(C.ts_sp(rng, 0), " Le travail « ", _doc_with_name(rng, p), " » de ", N(a),
          " a été imprimé sur ", rng.choice(["Compta-MFP", "RH-Couleur"]), f" ({rng.randint(1, 20)} pages)."),
        S(C.ts_sp(rng, 0), " El trabajo «", _doc_with_name(rng, p), "» de ", N(a), " (", N(p.disp(rng)),
          ") quedó retenido en la cola segura."),
        S(C.ts_sp(rng, 0), " Druckauftrag \"", _doc_with_name(rng, p), "\" von ", N(p.lf()),
          " wurde nach 24 h gelöscht (nicht freigegeben)."),
    ])


def n_evt307(rng: R) -> C.Frag:
    u = rng.choice(["SYSTEM", "svc_reports", "NETWORK SERVICE", "papercut-svc"])
    return S("Log Name: Microsoft-Windows-PrintService/Operational\nSource: Microsoft-Windows-PrintService\n",
             "Event ID: 307\nTask Category: Printing a document\nLevel: Information\n",
             f"Description:\nDocument {rng.randint(2, 400)}, ",
             rng.choice(["Quarterly Report.xlsx", "Test Page", "Victoria Site Map.pdf", "Print Test Page"]),
             f" owned by {u} on \\\\{rng.choice(['PRINT01', 'FS01', 'SCCM-DP01'])} was printed on ",
             rng.choice(["Madison-2F", "HR-Floor3-M607"]), " through port WSD-",
             C.uid(rng)[:8], f". Size in bytes: {rng.randint(2000, 900000)}. Pages printed: {rng.randint(1, 40)}. ",
             "No user action is required.")


def n_papercut_csv(rng: R) -> C.Frag:
    rows = [S("Time,User,Pages,Copies,Printer,Document Name,Client,Paper Size,Language,Duplex,Grayscale")]
    for _ in range(rng.randint(2, 4)):
        rows.append(S(C.ts_sp(rng, 0), ",", rng.choice(["guest-kiosk", "scan2folder", "lab-user", "[unknown]"]),
                      f",{rng.randint(1, 30)},1,\\\\print01\\", rng.choice(["Victoria-2F", "Library-BW"]), ",",
                      C.csvq(S(rng.choice(["Microsoft Word - Document1", "Test Page", "Boarding pass",
                                           "Sofia Office Floorplan.pdf"])), always=True),
                      ",", rng.choice(C.NEG_HOSTS), ",A4,PCL6,DUPLEX,GRAYSCALE"))
    return C.join(rows, "\n")


def n_papercut_server(rng: R) -> C.Frag:
    ts = f"{C.ts_sp(rng, 0)},{rng.randint(100, 999)}"
    return S(ts, f" WARN  DeviceMonitor:{rng.randint(100, 999)} - Printer \"", rng.choice(["Madison Lab", "Regina-3F",
                                                                                           "Konica-Lib-1"]),
             "\" is in error state: ", rng.choice(["Paper Jam", "Toner Low", "Door Open", "Offline"]),
             f" (since {C.hhmmss(rng)}); ", rng.choice(C.UI_I18N))


def n_print_fr(rng: R) -> C.Frag:
    return S(C.ts_sp(rng, 0), " ", rng.choice(["La file d'attente « Compta-MFP » est en pause.",
                                                "Die Warteschlange \"Victoria-2F\" wurde angehalten.",
                                                "La cola «Madison-Lab» está detenida.",
                                                "プリンター「Konica-Lib-1」はオフラインです。"]),
             " ", rng.choice(C.UI_I18N))


# ======================================================================= 4. mfp_scan_fax
def scan_email(rng: R) -> C.Frag:
    p = C.person(rng)
    em = p.email(rng)
    return S(C.ts_sp(rng, 0), f" [SMTP] Scan job {rng.randint(1, 9999):04d} from panel user \"", N(p.lf()),
             "\" sent to ", E(em), " via relay ", IP(C.ipv4(rng, "p10")),
             f":25 size={rng.randint(1, 9)}.{rng.randint(0, 9)}MB attachments=SCAN_{C.digits(rng, 8)}_{C.digits(rng, 6)}.pdf result=OK")


def scan_folder(rng: R) -> C.Frag:
    p = C.person(rng)
    a = p.acct(rng)
    g = C.NM.fold(C.first_word(p))
    f = C.NM.fold(p.acct_family).replace(" ", "")
    C.CTX.tokens.update([g, f])
    fn = rng.choice([S("Scan_", N(f"{f}_{g}"), f"_{C.digits(rng, 8)}.pdf"),
                     S(N(a), f"_{C.digits(rng, 14)}.pdf")])
    return S(C.ts_sp(rng, 0), " scan2folder: SMB write \\\\fs01\\scans\\", N(a), "\\", fn,
             " OK (user=CORP\\", N(a), ", host=", IP(C.ipv4(rng)), f", pages={rng.randint(1, 30)})")


def fax_journal(rng: R) -> C.Frag:
    rows = [S(f"FAX JOURNAL   MFP-{rng.randint(1, 5)}F-WEST   2024/05/{rng.randint(10, 28)} {C.hhmmss(rng)[:5]}\n",
              "NO.  DATE   TIME   REMOTE STATION            DURATION PAGES MODE  RESULT")]
    for i in range(rng.randint(2, 5)):
        if rng.random() < 0.5:
            v = C.phone(rng, rng.choice(["US", "DE", "UK", "FR", "JP"]))
            cell = S(P(v))
        else:
            p = C.person(rng)
            v = p.sg() if rng.random() < 0.35 else p.up_ascii()
            if len(v) > 24:
                v = p.fam_up()[:24]
            cell = S(N(v))
        rows.append(S(f"{rng.randint(10, 99):04d} 05/{rng.randint(10, 28)}  {C.hhmmss(rng)[:5]}  ", cell,
                      " " * max(1, 26 - len(v)), f"00:0{rng.randint(0, 9)}:{rng.randint(10, 59)}  {rng.randint(1, 20):03d}  ",
                      rng.choice(["ECM", "G3 "]), "   ", rng.choice(["OK", "OK", "NG #018", "OK"])))
    return C.join(rows, "\n")


def abook_csv(rng: R) -> C.Frag:
    rows = [S('"No","Name","Key Display","E-mail","Fax Number","Folder Path"')]
    for i in range(rng.randint(2, 4)):
        p = C.person(rng)
        a = p.acct(rng)
        rows.append(S(f'"{rng.randint(1, 500):05d}",', C.csvq([N(p.any(rng))], always=True), ',',
                      C.csvq([N(p.fam_up()[:10])], always=True), ',', C.csvq([E(p.email(rng))], always=True), ',',
                      C.csvq([P(C.phone(rng))], always=True) if rng.random() < 0.6 else S('""'), ',',
                      C.csvq(S("\\\\fs01\\scans\\", N(a)), always=True)))
    return C.join(rows, "\n")


def ldap_panel(rng: R) -> C.Frag:
    p = C.person(rng)
    q = C.person(rng)
    pre = C.NM.fold(p.acct_family)[:3].lower()
    return S(C.ts_sp(rng, 0), f" [AddressBook] LDAP search (|(cn={pre}*)(mail={pre}*)) base=ou=People,dc=corp,dc=example ",
             "-> 2 entries: cn=", N(p.disp(rng)), ",ou=People mail=", E(p.email(rng, C.CORP)), "; cn=", N(q.disp(rng)),
             ",ou=Contractors mail=", E(q.email(rng)))


def jp_joblog(rng: R) -> C.Frag:
    p = C.person(rng)
    return rng.choice([
        S(C.ts_sp(rng, 0), " ジョブ履歴: 送信 宛先=", E(p.email(rng)), " ユーザー名=", N(p.any(rng)), " 結果=正常終了"),
        S(C.ts_sp(rng, 0), " ファクス受信 発信元=", P(C.phone(rng, "JP")), " 転送先=", N(p.any(rng)), " 枚数=",
          str(rng.randint(1, 9))),
    ])


def inbound_fax(rng: R) -> C.Frag:
    p = C.person(rng)
    q = C.person(rng)
    return S(C.ts_sp(rng, 0), " faxrouter INFO inbound fax from ", P(C.phone(rng)), " CSID=\"",
             rng.choice(["DR ", ""]), N(q.fam_up()), " OFFICE\" routed to mailbox of ", N(p.lf()), " <",
             E(p.email(rng, C.CORP)), f"> pages={rng.randint(1, 12)}")


def n_scan_email(rng: R) -> C.Frag:
    return S(C.ts_sp(rng, 0), f" [SMTP] Scan job {rng.randint(1, 9999):04d} from panel user \"",
             rng.choice(["Public", "Guest", "Admin", "scan2folder"]), "\" failed: ",
             rng.choice(["530 5.7.0 Authentication required", "relay not configured", "attachment exceeds 10MB"]),
             " status=", rng.choice(["Failed", "Warning", "Retry"]))


def n_scan_folder(rng: R) -> C.Frag:
    return S(C.ts_sp(rng, 0), " scan2folder: SMB write \\\\fs01\\scans\\", rng.choice(["Finance", "Legal", "Victoria-Office"]),
             f"\\SCAN_{C.digits(rng, 8)}.pdf OK (user=CORP\\svc_scanner, host=", rng.choice(C.NEG_HOSTS), ")")


def n_fax_journal(rng: R) -> C.Frag:
    rows = [S(f"FAX JOURNAL   MFP-{rng.randint(1, 5)}F-WEST\n",
              "NO.  DATE   TIME   REMOTE STATION            DURATION PAGES MODE  RESULT")]
    for _ in range(rng.randint(2, 4)):
        v = rng.choice(["HARRISON PRINT LTD", "ACCOUNTS PAYABLE", "MADISON CLINIC", "----------", "POLLING"])
        rows.append(S(f"{rng.randint(10, 99):04d} 05/{rng.randint(10, 28)}  {C.hhmmss(rng)[:5]}  {v}",
                      " " * (26 - len(v)), "00:00:00  000  G3    ", rng.choice(["BUSY", "NO ANSWER", "NG #001"])))
    return C.join(rows, "\n")


def n_abook(rng: R) -> C.Frag:
    rows = [S('"No","Name","Key Display","E-mail","Fax Number","Folder Path"')]
    for g in rng.sample(["Finance Shared", "Sofia Office", "Legal Scans", "Reception", "Harrison Print Services"],
                        rng.randint(2, 3)):
        rows.append(S(f'"{rng.randint(1, 500):05d}","{g}","{g.upper()[:10]}","","","\\\\fs01\\scans\\{g.split()[0]}"'))
    return C.join(rows, "\n")


# ======================================================================= 5. it_asset_inventory
def snipe_checkout(rng: R) -> C.Frag:
    p = C.person(rng)
    body = J({"status": "success", "messages": "Asset checked out successfully.",
              "payload": {"asset": f"LT-{rng.randint(1000, 99999)}", "model": rng.choice(["Latitude 7440", "MacBook Pro 14"]),
                          "assigned_to": {"id": rng.randint(10, 9999), "username": N(p.acct(rng)),
                                          "name": N(p.disp(rng)), "first_name": N(p.given), "last_name": N(p.family),
                                          "employee_num": C.digits(rng, 6), "type": "user"}}},
             indent=rng.choice([2, None]))
    C.check_json(body)
    return S(C.ts_iso(rng), " POST /api/v1/hardware/", str(rng.randint(10, 9999)), "/checkout 200 ", body)


def glpi_sql(rng: R) -> C.Frag:
    p = C.person(rng)
    a = p.acct(rng)
    com = rng.choice([S("handover from ", N(C.person(rng).acct(rng))), S("new starter"),
                      S("replacement for ", N(p.disp(rng)))])
    return S(f"[{C.ts_sp(rng, 0)}] glpisqllog.DEBUG: SQL: UPDATE `glpi_computers` SET `users_id` = '{rng.randint(2, 900)}', ",
             "`contact` = '", N(a), "', `name` = '", C.dev_host(rng, p, "netbios"), "', `comment` = '",
             C.enc(com, lambda x: x.replace("'", "''")), f"' WHERE `id` = '{rng.randint(1, 9999)}'")


def lansweeper_csv(rng: R) -> C.Frag:
    rows = [S("AssetName\tAssetType\tIPAddress\tUsername\tUserdomain\tLastSeen\tDescription")]
    for _ in range(rng.randint(2, 4)):
        p = C.person(rng)
        a = p.acct(rng)
        rows.append(S(C.dev_host(rng, p, "netbios"), "\t", rng.choice(["Windows", "Macintosh"]), "\t",
                      IP(C.ipv4(rng, rng.choice(["p10", "p172"]))), "\t", N(a), "\tCORP\t", C.ts_sp(rng, 0), "\t",
                      rng.choice([S(""), S(N(p.disp(rng)), "'s laptop"), S("owner: ", N(p.lf()))])))
    return C.join(rows, "\n")


def handover_form(rng: R) -> C.Frag:
    p = C.person(rng)
    t = C.person(rng)
    return S("EQUIPMENT HANDOVER\n", f"Asset tag:   LT-{rng.randint(1000, 99999)}\n",
             f"Serial:      {C.alnum(rng, 7)}\n", "Issued to:   ", N(p.lf()), " (", N(p.acct(rng)), ")\n",
             "Phone:       ", P(C.phone(rng)), "\n",
             *([S("Employee SSN (last 4): ", SSN(C.ssn(rng, "bare")[-4:]), "\n")] if rng.random() < 0.4 else []),
             "Issued by:   ", N(t.init_last()), "\n",
             "Signed:      e-signature from ", IP(C.ip(rng)), f" at {C.ts_iso(rng, ms=False)}")


def ocs_xml(rng: R) -> C.Frag:
    p = C.person(rng)
    a = p.acct(rng)
    host = C.dev_host(rng, p, "netbios")
    x = S("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<REQUEST>\n  <CONTENT>\n    <HARDWARE>\n",
          "      <NAME>", host, "</NAME>\n      <USERID>", N(a), "</USERID>\n      <WORKGROUP>CORP</WORKGROUP>\n",
          "      <IPADDR>", IP(C.ipv4(rng, "p10")), "</IPADDR>\n      <WINOWNER>", C.enc([N(p.disp(rng))], C.xesc),
          "</WINOWNER>\n      <WINCOMPANY>", C.xesc(rng.choice(C.COMPANIES)), "</WINCOMPANY>\n",
          "      <OSNAME>Microsoft Windows 11 Enterprise</OSNAME>\n      <OSVERSION>", C.win_build(rng),
          "</OSVERSION>\n    </HARDWARE>\n  </CONTENT>\n  <DEVICEID>", host, f"-{C.digits(rng, 8)}</DEVICEID>\n",
          "  <QUERY>INVENTORY</QUERY>\n</REQUEST>")
    C.check_xml(S(C.plain(x)))
    return x


def asset_de(rng: R) -> C.Frag:
    p = C.person(rng)
    q = C.person(rng)
    k = C.person(rng)
    return rng.choice([
        S(C.ts_sp(rng, 0), f" Inventur: Gerät NB-{rng.randint(1000, 9999)} Benutzer geändert von ", N(p.lf()), " auf ",
          N(q.lf()), " (durch ", N(k.acct(rng)), ")"),
        S(C.ts_sp(rng, 0), f" asset LT-{rng.randint(1000, 9999)} owner: ", N(p.acct(rng)), rng.choice([" -> ", " → ", " => "]),
          N(q.acct(rng)), " approved by ", N(k.disp(rng))),
    ])


def asset_repr(rng: R) -> C.Frag:
    p = C.person(rng)
    d = S("{'tag': 'LT-", str(rng.randint(1000, 99999)), "', 'serial': '", C.apple_serial(rng), "', 'owner': {'login': ",
          C.pystr([N(p.acct(rng))]), ", 'display': ", C.pystr([N(p.any(rng))]), ", 'email': ",
          C.pystr([E(p.email(rng))]), "}}")
    C.check_py(d)
    return S("Traceback (most recent call last):\n  File \"/opt/assetsync/sync.py\", line ", str(rng.randint(40, 400)),
             ", in push\n    payload = build(asset)\n", "KeyError: 'department'\n",
             "WARNING assetsync: skipped asset ", d)


def n_snipe(rng: R) -> C.Frag:
    body = J({"status": "success", "messages": "Asset checked out successfully.",
              "payload": {"asset": f"LT-{rng.randint(1000, 99999)}",
                          "assigned_to": {"id": rng.randint(1, 99), "name": rng.choice(C.PLACES) + " Warehouse",
                                          "type": "location"}}}, indent=2)
    return S(C.ts_iso(rng), " POST /api/v1/hardware/", str(rng.randint(10, 9999)), "/checkout 200 ", body)


def n_glpi(rng: R) -> C.Frag:
    return S(f"[{C.ts_sp(rng, 0)}] glpisqllog.DEBUG: SQL: UPDATE `glpi_computers` SET `contact` = '",
             rng.choice(["Administrator", "SYSTEM", "", "svc_glpi_inventory"]), "', `name` = '",
             rng.choice(C.NEG_HOSTS), "', `states_id` = '", str(rng.randint(1, 9)), f"' WHERE `id` = '{rng.randint(1, 9999)}'")


def n_lansweeper(rng: R) -> C.Frag:
    rows = [S("AssetName\tAssetType\tIPAddress\tUsername\tUserdomain\tLastSeen\tDescription")]
    for _ in range(rng.randint(2, 4)):
        rows.append(S(rng.choice(C.NEG_HOSTS), "\t", rng.choice(["Windows", "Printer", "Linux"]), "\t\t",
                      rng.choice(C.SERVICE), "\tCORP\t", C.ts_sp(rng, 0), "\t", rng.choice(C.STATUS)))
    return C.join(rows, "\n")


def n_ocs(rng: R) -> C.Frag:
    h = rng.choice(C.NEG_HOSTS)
    return S("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<REQUEST>\n  <CONTENT>\n    <HARDWARE>\n",
             f"      <NAME>{h}</NAME>\n      <USERID>{rng.choice(['SYSTEM', 'Administrator'])}</USERID>\n",
             "      <WINOWNER>Windows User</WINOWNER>\n      <WINCOMPANY>", C.xesc(rng.choice(C.COMPANIES)),
             "</WINCOMPANY>\n    </HARDWARE>\n  </CONTENT>\n  <DEVICEID>", h, f"-{C.digits(rng, 8)}</DEVICEID>\n",
             "  <QUERY>INVENTORY</QUERY>\n</REQUEST>")


def n_asset_repr(rng: R) -> C.Frag:
    return S("WARNING assetsync: skipped asset {'tag': 'LT-", str(rng.randint(1000, 99999)), "', 'owner': None, ",
             "'location': '", rng.choice(C.PLACES), " DC', 'status': '", rng.choice(C.STATUS), "'}")


# ======================================================================= 6. endpoint_backup_agents
def timemachine(rng: R) -> C.Frag:
    p = C.person(rng)
    a = p.acct(rng)
    pid = rng.randint(300, 3000)
    pre = f" 0x{C.hexs(rng, 5)}    Default     0x0                  {pid}    0    backupd: "
    lines = [
        S(_ts_unified(rng), pre, "[com.apple.TimeMachine:BackupScheduling] Starting automatic backup to \"",
          rng.choice([S(N(C.first_word(p)), "’s Time Capsule"), S("Backups of ", C.dev_host(rng, p, "mac"))]), "\""),
        S(_ts_unified(rng), pre, "[com.apple.TimeMachine:Exclusions] Skipping excluded path: /Users/", N(a),
          "/Library/Caches"),
        S(_ts_unified(rng), pre, f"[com.apple.TimeMachine:Copying] Copied {rng.randint(100, 90000)} items "
          f"({rng.randint(1, 900)} MB) from volume Macintosh HD - Data, /Users/", N(a), "/Documents"),
    ]
    return C.join(lines[: rng.randint(2, 3)], "\n")


def code42(rng: R) -> C.Frag:
    p = C.person(rng)
    em = p.email(rng, C.CORP)
    ts = "[" + C.ts_fmt(rng, "%m.%d.%y %H:%M:%S.%f")[:-3]
    return C.join([
        S(ts, " INFO  main      com.code42.auth.LoginService] Login success user=", E(em), f" guid={C.digits(rng, 18)}"),
        S(ts, " INFO  BQTask    com.code42.backup.BackupQueue] Backup started source=/Users/", N(p.acct(rng)),
          " destination=\"Code42 Cloud\" files=", str(rng.randint(100, 50000))),
        S(ts, " WARN  BQTask    com.code42.backup.FileScanner] Skipped locked file C:\\Users\\", N(p.profile(rng)),
          "\\AppData\\Local\\Microsoft\\Outlook\\", E(em), ".ost"),
    ][: rng.randint(2, 3)], "\n")


def acronis(rng: R) -> C.Frag:
    p = C.person(rng)
    body = J({"activity": "Backup", "resource": M(C.dev_host(rng, p, "netbios")), "plan": rng.choice(
        ["Laptops - Daily", "Executives - Hourly", "Home folders"]),
        "initiatedBy": E(p.email(rng, C.CORP)), "state": rng.choice(["succeeded", "failed", "warning"]),
        "bytesProcessed": rng.randint(10 ** 6, 10 ** 10), "agentIp": IP(C.ip(rng))}, ascii_=rng.random() < 0.4)
    C.check_json(body)
    return S(C.ts_iso(rng), " acronis-agent activity ", body)


def file_history(rng: R) -> C.Frag:
    p = C.person(rng)
    prof = p.profile(rng)
    return S(f"Log Name: Microsoft-Windows-FileHistory-Engine/BackupLog\nEvent ID: {rng.choice([201, 202, 208])}\n",
             "Description: File History backed up C:\\Users\\", N(prof), "\\Documents to \\\\NAS01\\FileHistory\\",
             N(prof), "\\", C.dev_host(rng, p, "netbios"), "\\Data (", str(rng.randint(10, 9000)), " files).")


def restore_chat(rng: R) -> C.Frag:
    u = C.person(rng)
    t = C.person(rng)
    ta = t.acct(rng)
    ph = C.phone(rng)
    un = u.disp(rng)
    return C.join([
        S(f"[{C.hhmmss(rng)}] ", N(un), ": hi, I deleted the ", rng.choice(["Q3 budget", "thesis", "contracts"]),
          " folder yesterday, can you restore it?"),
        S(f"[{C.hhmmss(rng)}] Agent (", N(ta), "): Hi ", N(u.first), ", restoring from last night's snapshot of /Users/",
          N(u.acct(rng)), " now"),
        S(f"[{C.hhmmss(rng)}] ", N(un), ": thanks! call me on ", P(ph), " if you need anything"),
    ], "\n")


def backup_traceback(rng: R) -> C.Frag:
    p = C.person(rng)
    a = p.acct(rng)
    d = S("{'user': ", C.pystr([N(a)]), ", 'home': ", C.pystr(S("/home/", N(a))), ", 'notify': ",
          C.pystr([E(p.email(rng))]), ", 'retries': ", str(rng.randint(0, 3)), "}")
    C.check_py(d)
    return S("Traceback (most recent call last):\n  File \"/usr/local/bin/borg-wrapper.py\", line ",
             str(rng.randint(50, 300)), ", in <module>\n    run_job(job)\n  File \"/usr/local/bin/borg-wrapper.py\", line ",
             str(rng.randint(20, 49)), ", in run_job\n    raise BackupError(job)\n",
             "BackupError: ", d)


def abb_tsv(rng: R) -> C.Frag:
    rows = [S("Time\tTask\tDevice\tUser\tStatus\tTransferred")]
    for _ in range(rng.randint(2, 4)):
        p = C.person(rng)
        rows.append(S(C.ts_sp(rng, 0), "\tPC-Daily\t", C.dev_host(rng, p, "netbios"), "\tCORP\\", N(p.acct(rng)), "\t",
                      rng.choice(["Succeeded", "Partially succeeded", "Failed"]), f"\t{rng.randint(1, 900)} MB"))
    return C.join(rows, "\n")


def n_timemachine(rng: R) -> C.Frag:
    pid = rng.randint(300, 3000)
    return S(_ts_unified(rng), f" 0x{C.hexs(rng, 5)}    Default     0x0                  {pid}    0    backupd: ",
             "[com.apple.TimeMachine:BackupScheduling] Starting automatic backup to \"",
             rng.choice(["Backups-NAS-Madison", "TM-Victoria-01", "LaCie Rugged", "Time Machine"]), "\" (",
             rng.choice(["Sauvegarde terminée", "Copia de seguridad completada", "バックアップが完了しました",
                         "Kopia zapasowa ukończona", "Sicherung erfolgreich", "Backup completed"]), ")")


def n_code42(rng: R) -> C.Frag:
    ts = "[" + C.ts_fmt(rng, "%m.%d.%y %H:%M:%S.%f")[:-3]
    return S(ts, " INFO  BQTask    com.code42.backup.BackupQueue] Backup completed for device ",
             rng.choice(C.NEG_HOSTS), f" files={rng.randint(100, 50000)} status=", rng.choice(["Succeeded", "Warning", "Skipped", "Failed"]))


def n_acronis(rng: R) -> C.Frag:
    return S(C.ts_iso(rng), " acronis-agent activity ", J({"activity": "Backup", "resource": rng.choice(C.NEG_HOSTS),
                                                            "plan": "Servers - Nightly", "initiatedBy": "Scheduler",
                                                            "state": rng.choice(["succeeded", "failed"])}))


def n_abb(rng: R) -> C.Frag:
    rows = [S("Time\tTask\tDevice\tUser\tStatus\tTransferred")]
    for _ in range(rng.randint(2, 4)):
        rows.append(S(C.ts_sp(rng, 0), "\tServer-Weekly\t", rng.choice(C.NEG_HOSTS), "\t",
                      rng.choice(["SYSTEM", "NT AUTHORITY\\SYSTEM", "backup-agent"]), "\t",
                      rng.choice(["Succeeded", "Skipped"]), f"\t{rng.randint(1, 900)} MB"))
    return C.join(rows, "\n")


FAMILIES_A = [
    ("apple_mdm_protocol", [mdm_checkin, mdm_devinfo, ade_sync, mdmclient_log, ddm_declaration, shared_ipad,
                            activation_lock, mdmctl_table],
     [n_mdm_checkin, n_mdm_devinfo, n_ade_sync, n_mdmclient, n_mdmctl]),
    ("android_emm_uem", [amapi_device, ws1_csv, knox_kme, gws_mobile_audit, dumpsys_user, sms_invite],
     [n_amapi, n_ws1_csv, n_dumpsys, n_knox]),
    ("print_accounting", [evt307, papercut_csv, papercut_server, quota_mail, print_sql, print_fr],
     [n_evt307, n_papercut_csv, n_papercut_server, n_print_fr]),
    ("mfp_scan_fax", [scan_email, scan_folder, fax_journal, abook_csv, ldap_panel, jp_joblog, inbound_fax],
     [n_scan_email, n_scan_folder, n_fax_journal, n_abook]),
    ("it_asset_inventory", [snipe_checkout, glpi_sql, lansweeper_csv, handover_form, ocs_xml, asset_de, asset_repr],
     [n_snipe, n_glpi, n_lansweeper, n_ocs, n_asset_repr]),
    ("endpoint_backup_agents", [timemachine, code42, acronis, file_history, restore_chat, backup_traceback, abb_tsv],
     [n_timemachine, n_code42, n_acronis, n_abb]),
]
