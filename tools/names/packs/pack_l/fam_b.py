# ruff: noqa: UP031
"""Families 7-12: DHCP/BNG subscriber sessions, TR-069 ACS, NOC tickets, billing mediation, roaming, abuse desk."""
import json

from core import (
    COMPANIES,
    FOREIGN_UI,
    HOSTS,
    PLACES,
    PRODUCTS,
    SERVICE_ACCTS,
    STATUSES,
    UI_STRINGS,
    C,
    E,
    I,
    J,
    N,
    P,
    R,
    S,
    card,
    digits,
    hexs,
    imsi,
    ip4,
    ip6,
    last4,
    mac,
    pct,
    pyq,
    ssn,
    xesc,
)
from fam_a import title

ISP = "fibrenet.example"


def cgnat(c):
    return "100.%d.%d.%d" % (c.n(64, 127), c.n(0, 255), c.n(1, 254))


def host_of(c, p):
    """A device hostname built from a person: only the name part is labelled."""
    g, a = p.rg.split(" ")[0].replace("'", ""), p.acct(c.r, c.ch(["flast", "firstl", "lastf"]))
    k = c.n(0, 4)
    if k == 0:
        return [N(g), "s-" + c.ch(["iPhone", "iPad", "MacBook-Pro", "Galaxy-S24", "Pixel-8"])]
    if k == 1:
        return [c.ch(["Galaxy-S23", "iPhone", "portatil", "PC"]), "-de-", N(g)]
    if k == 2:
        return [N(a.upper()), "-" + c.ch(["LT", "PC", "WS"])]
    if k == 3:
        return [N(a), "-laptop"]
    return [N(g.lower()), "s-" + c.ch(["ipad", "phone", "xbox"])]


DEV_HOSTS = ["Living-Room-TV", "Chromecast", "HP-LaserJet-M404", "android-7f3a2c91", "ESP_3A7C21", "Nintendo-Switch",
             "Kitchen-Echo", "Alexa-Dot", "RingDoorbell", "DESKTOP-8Q2L1M", "iPhone", "Galaxy-S23", "victoria-nas", "PS5-123"]


# ============================================================================ 7. dhcp_subscriber_sessions
def dhcp_isc(c):
    p = c.person()
    m = mac(c.r)
    return R()(c.ts().syslog(), " ", c.ch(HOSTS[4:6]), " dhcpd[", str(c.n(300, 9999)), "]: DHCPACK on ", I(cgnat(c) if c.p(.5) else ip4(c.r)),
               " to ", m, " (", host_of(c, p), ") via ", c.ch(["eth1", "vlan100", "bond0.210"]))


def dhcp_kea(c):
    p = c.person()
    return R()(c.ts().log(), " INFO  [kea-dhcp4.leases/", str(c.n(100, 9999)), "] DHCP4_LEASE_ALLOC [hwtype=1 ", mac(c.r), "], cid=[01:",
               mac(c.r), "], tid=0x", hexs(c.r, 8), ": lease ", I(cgnat(c)), " has been allocated for ", c.ch(["3600", "86400", "7200"]),
               " seconds; hostname=", host_of(c, p), ".home; relay remote-id=", hexs(c.r, 12))


def dhcp_dnsmasq(c):
    p = c.person()
    return R()(c.ts().syslog(), " dnsmasq-dhcp[", str(c.n(300, 9999)), "]: DHCPACK(br-lan) ", I("192.168.%d.%d" % (c.n(0, 10), c.n(2, 250))),
               " ", mac(c.r), " ", host_of(c, p))


def dhcp_pppoe(c):
    p = c.person()
    if c.p(.5):
        user = [N(p.acct(c.r))]
    else:
        user = [E(p.acct(c.r) + "@" + ISP)]
    return R()(c.ts().syslog(), " ", c.ch(HOSTS[2:4]), " pppoe,ppp,info <pppoe-", user, ">: ",
               c.ch(["authenticated", "connected", "disconnected"]), " ip=", I(cgnat(c)),
               *([" ipv6=", I(ip6(c.r))] if c.p(.3) else []), " mac=", mac(c.r, upper=True))


def dhcp_subscribers(c):
    r = R()("user@", c.ch(HOSTS[2:4]), "> show subscribers\nInterface           IP Address/VLAN ID           User Name                    LS:RI\n")
    for _ in range(c.n(2, 4)):
        p = c.person()
        ifc = "pp0.%d" % c.n(3221225472, 3221299999)
        ip = cgnat(c)
        u = p.acct(c.r) + "@" + ISP
        r("%-20s" % ifc, I(ip), " " * (29 - len(ip)), E(u), " " * max(1, 29 - len(u)), "default:default\n")
    return r


def dhcp_leasefile(c):
    p = c.person()
    ip = cgnat(c) if c.p(.6) else ip4(c.r)
    return R()("lease ", I(ip), " {\n  starts 3 2026/", "%02d/%02d" % (c.n(1, 12), c.n(1, 28)), " 08:12:44;\n  ends 4 2026/",
               "%02d/%02d" % (c.n(1, 12), c.n(1, 28)), " 08:12:44;\n  binding state active;\n  hardware ethernet ", mac(c.r), ";\n",
               '  client-hostname "', host_of(c, p), '";\n}')


def dhcp_kea_json(c):
    leases = []
    for _ in range(c.n(1, 3)):
        p = c.person()
        h = host_of(c, p)
        leases.append({"ip-address": I(cgnat(c)), "hw-address": mac(c.r), "hostname": J(*h), "valid-lft": 3600,
                       "subnet-id": c.n(1, 40), "state": 0})
    return R().json({"result": 0, "text": "%d IPv4 lease(s) found." % len(leases), "arguments": {"leases": leases}}, indent=c.ch([2, 4]))


def dhcp_v6(c):
    p = c.person()
    return R()(c.ts().log(), " INFO  [kea-dhcp6.leases] DHCP6_LEASE_ALLOC duid=[00:03:00:01:", mac(c.r), "], tid=0x", hexs(c.r, 6),
               ": lease for address ", I(ip6(c.r)), " and iaid=", str(c.n(1, 9999)), " has been allocated; fqdn=", host_of(c, p), ".home.arpa")


def dhcp_n1(c):
    return R()(c.ts().syslog(), " ", c.ch(HOSTS[4:6]), " dhcpd[", str(c.n(300, 9999)), "]: DHCPDISCOVER from ", mac(c.r), " (",
               c.ch(DEV_HOSTS), ") via ", c.ch(["eth1", "vlan100"]), ": network CGNAT-POOL-", str(c.n(1, 9)), ": no free leases")


def dhcp_n2(c):
    return R()(c.ts().log(), " INFO  [kea-dhcp4.dhcpsrv] DHCPSRV_CFGMGR_NEW_SUBNET4 a new subnet has been added to configuration: pool ",
               c.ch(PLACES).replace(" ", "-"), "-", str(c.n(1, 9)), " with params: valid-lifetime=", c.ch(["3600", "86400"]))


def dhcp_n3(c):
    return R()(c.ts().syslog(), " ", c.ch(HOSTS[2:4]), " pppoe,ppp,info <pppoe-", c.ch(["test-line-01", "monitor", "svc_probe", "lab-cpe7"]),
               ">: ", c.ch(["authenticated", "disconnected"]), " mac=", mac(c.r, upper=True), " reason=", c.ch(STATUSES))


def dhcp_n4(c):
    return R()(c.ts().syslog(), " dnsmasq-dhcp[", str(c.n(300, 9999)), "]: DHCPREQUEST(br-lan) ", mac(c.r), " ", c.ch(DEV_HOSTS),
               " ignored: lease table full (", str(c.n(100, 254)), " entries)")


# ============================================================================ 8. tr069_acs_cpe
def acs_inform(c):
    p = c.person()
    return R()(c.ts().iso(), " [cwmp] ", I(cgnat(c) if c.p(.6) else ip6(c.r)), " ", hexs(c.r, 6, True), "-", c.ch(PRODUCTS[-6:]), "-",
               hexs(c.r, 12, True), ": Inform; informEvent=\"", c.ch(["2 PERIODIC", "1 BOOT", "4 VALUE CHANGE"]), "\" owner=\"", N(p.full), '"')


def acs_ssid(c):
    p = c.person(0.0)
    k = c.n(0, 2)
    ssid = [[N(p.f.split(" ")[-1]), "_Family_5G"], [N(p.g), "'s Wi-Fi"], [N(p.f.split(" ")[-1]), "-Home-", hexs(c.r, 4, True)]][k]
    return R()(c.ts().iso(), " [cwmp] ", hexs(c.r, 6, True), "-", hexs(c.r, 12, True), ": SetParameterValues ",
               "InternetGatewayDevice.LANDevice.1.WLANConfiguration.", str(c.n(1, 5)), '.SSID="', ssid, '" by ', N(c.latin_person().acct(c.r)))


def acs_ppp(c):
    p = c.person()
    return R()(c.ts().iso(), " [cwmp] ", hexs(c.r, 6, True), "-", hexs(c.r, 12, True), ": SetParameterValues ",
               "InternetGatewayDevice.WANDevice.1.WANConnectionDevice.1.WANPPPConnection.1.Username=\"", E(p.acct(c.r) + "@" + ISP),
               "\" Password=\"********\" (task ", hexs(c.r, 24), ")")


def acs_xml(c):
    p, q = c.person(0.0), c.person(0.0)
    host = host_of(c, p)
    r = R()(c.ts().iso(), " DEBUG cwmp inform body:\n").begin()
    r('<cwmp:Inform xmlns:cwmp="urn:dslforum-org:cwmp-1-0">\n  <ParameterList>\n')
    r("    <ParameterValueStruct><Name>Device.Hosts.Host.", str(c.n(1, 9)), ".HostName</Name><Value>", host, "</Value></ParameterValueStruct>\n")
    r("    <ParameterValueStruct><Name>Device.Hosts.Host.", str(c.n(1, 9)), ".IPAddress</Name><Value>", I("192.168.1.%d" % c.n(2, 250)),
      "</Value></ParameterValueStruct>\n")
    r("    <ParameterValueStruct><Name>Device.WiFi.SSID.1.SSID</Name><Value>", N(xesc(q.f.split(" ")[-1])), " Home</Value></ParameterValueStruct>\n")
    return r("  </ParameterList>\n</cwmp:Inform>").end("xml")


def acs_audit(c):
    u, p = c.latin_person(), c.person()
    return R()(c.ts().sql(), " [audit] user=CORP\\", N(u.acct(c.r)), " action=", c.ch(["reboot", "factoryReset", "download firmware"]),
               " device=", hexs(c.r, 6, True), "-", hexs(c.r, 12, True), ' reason="cust ', N(p.full), ' requested via ', c.ch(["chat", "phone"]), '"')


def acs_task_json(c):
    p = c.person(0.0)
    doc = {"device": hexs(c.r, 6, True) + "-" + hexs(c.r, 12, True), "name": "setParameterValues",
           "parameterValues": [["Device.WiFi.SSID.1.SSID", J(N(p.g), "'s Wi-Fi"), "xsd:string"],
                               ["Device.WiFi.AccessPoint.1.Security.KeyPassphrase", "********", "xsd:string"]]}
    return R()("POST /devices/", hexs(c.r, 12, True), "/tasks?connection_request 202 ").json(doc, sep=c.ch([None, "spaced"]))


def acs_traceback(c):
    p, ph = c.person(), c.phone()
    r = R()("Traceback (most recent call last):\n  File \"/opt/acs-tools/provision.py\", line ", str(c.n(40, 300)),
            ", in push_profile\n    cpe.set(params[key])\nKeyError: 'Device.ManagementServer.ConnectionRequestUsername'\n  locals: ")
    r.begin()("{'subscriber': ", pyq(p.full, "NAME"), ", 'msisdn': ", pyq(ph.msisdn, "PHONE"), ", 'cpe_ip': ", pyq(cgnat(c), "IP_ADDRESS"),
              ", 'retries': ", str(c.n(0, 5)), "}").end("py")
    return r


def acs_n1(c):
    return R()(c.ts().iso(), " [cwmp] ", hexs(c.r, 6, True), "-", c.ch(PRODUCTS[-6:]), "-", hexs(c.r, 12, True), ": TransferComplete; firmware ",
               c.ch(["V5R020C10S115", "V1.2.6_B23", "21.05.0-r3"]), " FaultCode=", c.ch(["0", "9010"]))


def acs_n2(c):
    return R()(c.ts().iso(), " [cwmp] ", hexs(c.r, 6, True), "-", hexs(c.r, 12, True), ": SetParameterValues Device.WiFi.SSID.1.SSID=\"",
               c.ch(["FibreNet-5G-" + hexs(c.r, 4, True), c.ch(PLACES) + " Lodge WiFi", "Guest", c.ch(PRODUCTS)]), '" by ', c.ch(SERVICE_ACCTS))


def acs_n3(c):
    return R()(c.ts().iso(), " [cwmp] connection request to ", hexs(c.r, 6, True), "-", hexs(c.r, 12, True), " timed out after ",
               str(c.n(3, 30)), "s (", c.ch(STATUSES), ")")


def acs_n4(c):
    doc = {"device": hexs(c.r, 6, True) + "-" + hexs(c.r, 12, True), "name": "refreshObject", "objectName": "Device.Hosts.",
           "status": c.ch(["pending", "fault"]), "owner": c.ch(SERVICE_ACCTS)}
    return R()("POST /devices/", hexs(c.r, 12, True), "/tasks 202 ").json(doc)


# ============================================================================ 9. noc_tickets_outage
def noc_timeline(c):
    a, b, k = c.latin_person(), c.latin_person(), c.person()
    t = "%02d:%02d"
    return R()("TT-2026-", digits(c.r, 6), "  P", str(c.n(1, 3)), "  Fibre cut ", hexs(c.r, 3, True), "-", hexs(c.r, 3, True), " span ",
               str(c.n(1, 40)), "\n  ", t % (c.n(0, 9), c.n(0, 59)), " opened by noc-bot (auto from alarm)\n  ",
               t % (c.n(10, 12), c.n(0, 59)), " assigned to ", N(a.last_first()), " (NOC L2)\n  ", t % (c.n(13, 15), c.n(0, 59)),
               " handover ", N(a.acct(c.r)), " -> ", N(b.acct(c.r)), " (shift change)\n  ", t % (c.n(16, 18), c.n(0, 59)),
               " field: splicing crew lead ", N(k.full), " on site, ETA restore ", str(c.n(19, 23)), ":00\n")


def noc_mail(c):
    p = c.person()
    return R()("From: \"Fibrenet NOC\" <", E("noc@" + ISP), ">\nTo: \"", N(p.full), "\" <", E(p.email(c.r)), ">\nSubject: [Planned work] ",
               c.ch(PLACES), " exchange, ", c.ts().date(), "\n\nDear ", N(p.given), ",\n\nWe will carry out maintenance between 00:00 and 06:00. ",
               "Your service may be interrupted for up to ", str(c.n(5, 90)), " minutes.\n")


def noc_escalation(c):
    a, b, d = c.person(), c.latin_person(), c.person()
    arrow = c.ch([" → ", " -> ", " >> "])
    return R()(c.ts().iso(), " escalation INC", digits(c.r, 7), ": L1 ", N(a.full), " (", P(c.phone().intl), ")", arrow, "L2 ", N(b.full),
               arrow, "duty manager ", N(d.full))


def noc_change(c):
    a, b, d = c.latin_person(), c.latin_person(), c.latin_person()
    return R()("change=CHG-", digits(c.r, 6), " window=", c.ts().date(), "T01:00/04:00 approver=\"", N(a.last_first()), "\" implementer=",
               N(b.acct(c.r)), " peer_review=", N(d.acct(c.r)), " risk=", c.ch(["low", "medium"]), " mop=MOP-", digits(c.r, 4))


def noc_impact_csv(c):
    r = R()("circuit_id;customer;contact;phone\n")
    for _ in range(c.n(2, 4)):
        p = c.person()
        r("FTTP-", digits(c.r, 8), ";", N(p.upper()) if c.p(.4) else N(p.full), ";", E(p.email(c.r)), ";", P(c.phone().any(c.r)), "\n")
    return r


def noc_bridge(c):
    ps = [c.person() for _ in range(c.n(2, 4))]
    r = R()(c.ts().hm(), " bridge joined: ")
    for i, p in enumerate(ps):
        r(", " if i else "", N(p.full))
    return r(" (vendor TAC: ", c.ch(COMPANIES[3:8]), ")")


def noc_fr(c):
    p = c.latin_person()
    return R()("Incident majeur INC", digits(c.r, 7), " : coupure fibre entre ", c.ch(["Lyon", "Nantes", "Lille"]), " et ",
               c.ch(["Dijon", "Rennes", "Amiens"]), " ; responsable d'astreinte : ", title(p, "fr"), " ", N(p.full), " (", P(c.phone("FR").nat), ")")


def noc_n1(c):
    return R()("TT-2026-", digits(c.r, 6), "  P", str(c.n(2, 4)), "  ", c.ch(["BNG CPU high", "OLT card reset", "Core link flap"]),
               "\n  ", "%02d:%02d" % (c.n(0, 9), c.n(0, 59)), " opened by ", c.ch(SERVICE_ACCTS), "\n  status ", c.ch(STATUSES),
               " -> ", c.ch(STATUSES), "; vendor ", c.ch(COMPANIES[3:8] + COMPANIES[30:]), " case open\n")


def noc_n2(c):
    return R()("Subject: [Planned work] ", c.ch(PLACES), " exchange, ", c.ts().date(), "\n\nMaintenance at ", c.ch(PLACES), " and ",
               c.ch(PLACES), " POPs. Affected: ", c.ch(PRODUCTS), ". ", c.ch(FOREIGN_UI), ".\n")


def noc_n3(c):
    return R()("change=CHG-", digits(c.r, 6), " window=", c.ts().date(), "T01:00/04:00 approver=", c.ch(["CAB", "auto-approve"]),
               " implementer=", c.ch(SERVICE_ACCTS), " result=", c.ch(["Resolved - No Fault Found", "Completed", "Rolled Back"]))


def noc_n4(c):
    return R()(c.ts().iso(), " escalation INC", digits(c.r, 7), ": L1 ", c.ch(["NOC Team", "Tier 1 Queue"]), " -> L2 ",
               c.ch(["Transport Team", "Access Engineering"]), " -> ", c.ch(COMPANIES[3:8]), " TAC")


# ============================================================================ 10. billing_mediation
def med_reject(c):
    r = R()
    for _ in range(c.n(1, 3)):
        ph = c.phone()
        r("REJ|", c.ts().iso(), "|SRC=", c.ch(["GGSN03", "SMF-2", "MSC07", "IMS-TAS1"]), "|ERR=E", str(c.n(100, 999)), " ",
          c.ch(["unknown subscriber", "duplicate record", "no rating plan"]), "|MSISDN=", P(ph.msisdn), "|IMSI=", imsi(c.r),
          "|VOL=", str(c.n(1, 99999)), "\n")
    return r


def med_invoice(c):
    p = c.latin_person()
    nm = p.last_first().upper() if c.p(.6) else p.upper()
    return R()("InvoiceRun 2026-", "%02d" % c.n(1, 12), " acct=", digits(c.r, 8), ' name="', N(nm), '" total=', "%d.%02d" % (c.n(10, 300), c.n(0, 99)),
               " ", c.ch(["EUR", "GBP", "USD"]), " dunning=", c.ch(["NONE", "LEVEL1", "LEVEL2"]))


def med_payment(c):
    p = c.person()
    return R()(c.ts().log(), " DEBUG payment.failed account=", digits(c.r, 8), ' holder="', N(p.full), '" card=', C(card(c.r)),
               " reason=", c.ch(["do_not_honor", "insufficient_funds", "expired_card"]))


def med_exc(c):
    p = c.person()
    return R()(c.ts().log(), " ERROR [rating-", str(c.n(1, 9)), "] RatingEngine - cannot rate usage\n",
               "com.fibrenet.billing.RatingException: no tariff for Subscription[id=", digits(c.r, 7), ", owner=Customer[name=", N(p.full),
               ", email=", E(p.email(c.r)), "], plan=", c.ch(PRODUCTS), "]\n\tat com.fibrenet.billing.RatingEngine.rate(RatingEngine.java:",
               str(c.n(100, 900)), ")\n\tat com.fibrenet.billing.MediationConsumer.onMessage(MediationConsumer.java:", str(c.n(20, 99)), ")")


def med_billprint(c):
    p = c.latin_person()
    f, g = p.f.upper()[:20].strip(), p.g.upper()[:15].strip()
    return R()("01", digits(c.r, 8), " ", N(f), " " * (21 - len(f)), N(g), " " * (16 - len(g)), "%09d" % c.n(1000, 99999), "EUR",
               c.ts().compact()[:8], " ", c.ch(["DD", "CC", "BT"]))


def med_dunning(c):
    p = c.latin_person()
    doc = {"template": "dunning_l2", "locale": "de-DE",
           "to": {"name": N(p.full), "email": E(p.email(c.r))},
           "vars": {"salutation": J("Sehr geehrte" + ("" if p.female else "r") + " " + title(p, "de") + " ", N(p.f)),
                    "amount": "%d,%02d" % (c.n(10, 300), c.n(0, 99))}}
    return R()(c.ts().iso(), " dunning-queue enqueue ").json(doc, indent=c.ch([None, 2]))


def med_credit(c):
    p = c.latin_person()
    return R()(c.ts().log(), " INFO CreditCheckClient - request bureau=", c.ch(["EQX", "TU", "EXP"]), " applicant=\"", N(p.full),
               "\" ssn=", S(ssn(c.r)), " phone=", P(c.phone("US").nat), " score_band=", c.ch(["A", "B", "C"]))


def med_n1(c):
    return R()(c.ts().log(), " INFO mediation - processed ", f"{c.n(10000, 9999999):,}", " CDRs from ", c.ch(["GGSN03", "SMF-2", "MSC07"]),
               ", rejected ", str(c.n(0, 500)), ", duplicates ", str(c.n(0, 90)))


def med_n2(c):
    return R()("InvoiceRun 2026-", "%02d" % c.n(1, 12), " acct=", digits(c.r, 8), ' name="', c.ch(COMPANIES).upper(), '" total=',
               "%d.%02d" % (c.n(100, 9000), c.n(0, 99)), " EUR dunning=NONE")


def med_n3(c):
    return R()("REJ|", c.ts().iso(), "|SRC=", c.ch(["GGSN03", "SMF-2"]), "|ERR=E", str(c.n(100, 999)), " no rating plan|APN=",
               c.ch(["iot.fibrenet", "internet", "ims"]), "|VOL=", str(c.n(1, 99999)))


def med_n4(c):
    return R()("tariff ", c.ch(PRODUCTS), " | ", c.ch(["Victoria Unlimited", "Florence 50GB", "Family Share"]), " | ", "%d.%02d" % (c.n(5, 90), c.n(0, 99)),
               " | ", c.ch(STATUSES))


# ============================================================================ 11. roaming_settlement
def tap_dump(c):
    ph = c.phone()
    r = R()("mobileOriginatedCall {\n  basicCallInformation {\n    chargeableSubscriber simChargeableSubscriber {\n      imsi '",
            imsi(c.r), "'H,\n      msisdn '", P(ph.msisdn), "'H\n    },\n    destination { calledNumber '", P(c.phone().msisdn),
            "'H },\n    callEventStartTimeStamp { localTimeStamp '", c.ts().compact(), "' }\n  }\n}")
    return r


def tap_rap(c):
    ph = c.phone()
    return R()("RAP ", c.ch(["DEUD1", "ESPTE", "FRAF2", "GBRCN"]), "->", c.ch(["GBRVF", "NLDPT", "ITAWI"]), " seq=", digits(c.r, 5),
               " severe error ", str(c.n(30, 60)), " (CallingNumber invalid) MSISDN ", P(ph.msisdn), " callEventStartTimeStamp ", c.ts().compact())


def tap_fms(c):
    p, ag, ph = c.person(), c.latin_person(), c.phone()
    return R()(c.ts().iso(), " FMS alert NRTRDE high-usage: subscriber ", P(ph.msisdn), " (", N(p.full), ", postpaid) roaming in ",
               c.ch(["ESPTE", "USATM", "THACA", "TURTC"]), " ", str(c.n(200, 5000)), " MB in ", str(c.n(1, 6)), "h; account manager ", E(ag.email(c.r, ISP)))


def tap_ir21(c):
    p, ph = c.latin_person(), c.phone()
    r = R().begin()
    r("<RAEXIR21><OrganisationInfo><OrganisationName>", xesc(c.ch(COMPANIES)), "</OrganisationName><Contact>\n  <Type>",
      c.ch(["Roaming Coordinator", "IREG Contact", "Fraud Contact"]), "</Type>\n  <Name>", N(xesc(p.full)), "</Name>\n  <Email>",
      E(p.email(c.r)), "</Email>\n  <Phone>", P(ph.intl), "</Phone>\n</Contact></OrganisationInfo></RAEXIR21>")
    return r.end("xml")


def tap_welcome(c):
    p, ph = c.person(0.0), c.phone()
    g = c.ch(["Hola ", "Welcome ", "Bienvenue ", "Willkommen "])
    return R()(c.ts().iso(), " steering: sent welcome SMS to ", P(ph.e164), ' ("', g, N(p.given), ", roaming in ",
               c.ch(["Spain", "France", "Germany", "Turkey"]), ' is active")')


def tap_billshock(c):
    p, ph = c.person(), c.phone()
    doc = {"msisdn": P(ph.msisdn), "name": N(p.full), "cap": "%d EUR" % c.n(20, 100), "visited": c.ch(["ESPTE", "FRAF2"]),
           "notified_via": c.ch(["sms", "email"]), "lang": c.ch(["en", "de", "es"])}
    return R()(c.ts().iso(), " billshock ").json(doc, ascii_=c.p(.3))


def tap_dispute(c):
    p = c.latin_person()
    return R()("From: ", N(p.full), " <", E(p.email(c.r, c.ch(["roaming.example", "carrier.example"]))), ">\nSubject: Dispute TAP seq ",
               digits(c.r, 5), "\n\nPlease re-issue the file; IOT discount not applied.\n\nRegards,\n", N(p.initial()), "\n")


def tap_py(c):
    p, ph = c.person(), c.phone()
    return R()(c.ts().log(), " DEBUG roaming.settle: RoamingSubscriber(msisdn=", pyq(ph.msisdn, "PHONE"), ", first_name=",
               pyq(p.given, "NAME"), ", last_name=", pyq(p.family, "NAME"), ", tadig=", pyq(c.ch(["ESPTE", "FRAF2", "USATM"])),
               ", charge=Decimal('", "%d.%04d" % (c.n(0, 90), c.n(0, 9999)), "'))")


def tap_n1(c):
    return R()("transferBatch {\n  batchControlInfo { sender '", c.ch(["DEUD1", "ESPTE", "FRAF2"]), "', recipient '", c.ch(["GBRVF", "NLDPT"]),
               "', fileSequenceNumber '", digits(c.r, 5), "' },\n  accountingInfo { localCurrency 'EUR', tapDecimalPlaces ", str(c.n(2, 5)), " }\n}")


def tap_n2(c):
    r = R()("IOT discount table (", c.ch(COMPANIES[26:30]), ")\n")
    for _ in range(c.n(2, 4)):
        r("  ", c.ch(["DEUD1", "ESPTE", "FRAF2", "ITAWI", "GRCCO"]), "  ", c.ch(["voice", "data", "sms"]), "  ", "%.4f" % c.r.uniform(0, 1), " EUR\n")
    return r


def tap_n3(c):
    return R()(c.ts().iso(), " steering: ", str(c.n(100, 9000)), " welcome SMS sent for visited country ", c.ch(["Jordan", "Georgia", "Chad"]),
               ", ", c.ch(FOREIGN_UI))


def tap_n4(c):
    return R()("RAP ", c.ch(["DEUD1", "ESPTE"]), "->GBRVF seq=", digits(c.r, 5), " severe error ", str(c.n(30, 60)),
               " (", c.ch(["Missing Exchange Rate", "Invalid Recipient"]), ")")


# ============================================================================ 12. abuse_desk_notices
def abuse_acns(c):
    p, ip = c.person(), c.ch([ip4(c.r), cgnat(c)])
    r = R().begin()('<Infringement xmlns="http://www.acns.net/ACNS">\n  <Case><ID>', digits(c.r, 9), "</ID></Case>\n  <Source><TimeStamp>",
                    c.ts().iso(), "</TimeStamp><IP_Address>", I(ip), "</IP_Address><Port>", str(c.n(1024, 65535)),
                    "</Port></Source>\n</Infringement>").end("xml")
    return r("\nresolver: mapped to acct ", digits(c.r, 8), " (", N(p.full), ")")


def abuse_arf(c):
    p = c.person()
    return R()("Feedback-Type: abuse\nUser-Agent: ", c.ch(["SpamCop", "ReportBot"]), "/", str(c.n(1, 9)), ".0\nVersion: 1\n",
               "Source-IP: ", I(c.ch([ip4(c.r), ip4(c.r), ip6(c.r)])), "\nOriginal-Mail-From: <", E(p.email(c.r)), ">\nArrival-Date: ", c.ts().iso(), "\n")


def abuse_cgnat(c):
    p = c.person()
    inside, port = cgnat(c), c.n(1024, 65535)
    return R()(c.ts().iso(), " NAT44 SESSION CREATE inside ", I(inside), ":", str(port), " outside ", I(ip4(c.r)), ":", str(c.n(1024, 65535)),
               " proto=6 -> subscriber ", E(p.acct(c.r) + "@" + ISP))


def abuse_note(c):
    p = c.person()
    return R()("Sent warning #", str(c.n(1, 3)), " to customer ", N(p.full), " (", E(p.email(c.r)), "), device at ", I(cgnat(c)),
               " appears compromised (", c.ch(["Mirai", "Mozi", "open resolver"]), "); next strike suspends. -- ", N(c.latin_person().acct(c.r)))


def abuse_feed(c):
    p = c.person()
    doc = {"ip": I(ip4(c.r)), "listed": c.ch(["XBL", "CBL", "PBL"]), "first_seen": c.ts().iso(),
           "subscriber": {"name": N(p.full), "email": E(p.email(c.r)), "phone": P(c.phone().e164)}}
    return R()("abuse-feed enrich ").json(doc, indent=c.ch([None, 2]), ascii_=c.p(.3))


def abuse_portal(c):
    p = c.person()
    r = R()(I(c.ch([ip4(c.r), ip6(c.r)])), " - - [", c.ts().clf(), '] "POST /abuse/report HTTP/1.1" 302 0 "https://abuse.', ISP,
            '/report?reporter=')
    r(N(p.full), enc=pct)("&reporter_email=")(E(p.email(c.r)), enc=pct)
    return r('&category=spam" "Mozilla/5.0"')


def abuse_n1(c):
    return R()(c.ts().iso(), " CBL listing removed for ", str(c.n(2, 90)), " addresses in CGNAT-POOL-", str(c.n(1, 9)), " (",
               c.ch(["Mirai-Scanner", "Open-Resolver", "SMTP-Direct"]), "); by ", c.ch(SERVICE_ACCTS))


def abuse_n2(c):
    return R()("Feedback-Type: abuse\nUser-Agent: ReportBot/2.0\nVersion: 1\nReported-Domain: ", c.ch(["promo", "news", "deals"]), ".",
               c.ch(["victoria", "jordan", "florence"]), "-shop.example\nSource: ", "%d-%d-%d-%d.pool.%s" % (100, c.n(64, 127), c.n(0, 255), c.n(1, 254), ISP), "\n")


def abuse_n3(c):
    return R()("Rule '", c.ch(["Mirai-Scanner", "SMTP-Direct"]), "' matched ", str(c.n(1, 900)), " subscribers; status ", c.ch(STATUSES),
               "; owner ", c.ch(SERVICE_ACCTS), "; ", c.ch(UI_STRINGS))


def abuse_n4(c):
    doc = {"listed": c.ch(["XBL", "PBL"]), "range": "CGNAT-POOL-%d" % c.n(1, 9), "subscriber": None, "owner": c.ch(COMPANIES)}
    return R()("abuse-feed enrich ").json(doc, indent=c.ch([None, 2]))


FAMILIES = [
    ("dhcp_subscriber_sessions", [dhcp_isc, dhcp_kea, dhcp_dnsmasq, dhcp_pppoe, dhcp_subscribers, dhcp_leasefile, dhcp_kea_json, dhcp_v6],
     [dhcp_n1, dhcp_n2, dhcp_n3, dhcp_n4]),
    ("tr069_acs_cpe", [acs_inform, acs_ssid, acs_ppp, acs_xml, acs_audit, acs_task_json, acs_traceback], [acs_n1, acs_n2, acs_n3, acs_n4]),
    ("noc_tickets_outage", [noc_timeline, noc_mail, noc_escalation, noc_change, noc_impact_csv, noc_bridge, noc_fr],
     [noc_n1, noc_n2, noc_n3, noc_n4]),
    ("billing_mediation", [med_reject, med_invoice, med_payment, med_exc, med_billprint, med_dunning, med_credit],
     [med_n1, med_n2, med_n3, med_n4]),
    ("roaming_settlement", [tap_dump, tap_rap, tap_fms, tap_ir21, tap_welcome, tap_billshock, tap_dispute, tap_py], [tap_n1, tap_n2, tap_n3, tap_n4]),
    ("abuse_desk_notices", [abuse_acns, abuse_arf, abuse_cgnat, abuse_note, abuse_feed, abuse_portal], [abuse_n1, abuse_n2, abuse_n3, abuse_n4]),
]
_ = (json, UI_STRINGS, S, last4, PLACES, FOREIGN_UI)
