"""Numbers (phones, SSNs, cards, IPs, ids) and hand-written look-alikes for pack_a. All random from the seed."""

from __future__ import annotations

import random


def d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def nz(rng: random.Random, n: int) -> str:
    return rng.choice("123456789") + d(rng, n - 1)


# ---- phones: (country, generator) -> several written forms each ----
def _us(rng: random.Random) -> str:
    a = rng.choice(["212", "312", "415", "617", "202", "713", "305", "503", "614", "919", "416", "604", "514"])
    x = f"01{d(rng, 2)}"
    return rng.choice([f"({a}) 555-{x}", f"{a}-555-{x}", f"{a}.555.{x}", f"+1 {a} 555 {x}", f"+1{a}555{x}",
                       f"1-{a}-555-{x}", f"+1 ({a}) 555-{x}", f"{a}555{x}"])


def _uk(rng: random.Random) -> str:
    x = d(rng, 3)
    return rng.choice([f"07700 900{x}", f"+44 7700 900{x}", f"+447700900{x}", f"(0)7700 900{x}",
                       f"020 7946 0{x}", f"+44 20 7946 0{x}", f"0044 7700 900{x}"])


PHONES = {
    "US": _us, "UK": _uk,
    "AU": lambda r: r.choice([f"0491 570 1{d(r, 2)}", f"+61 491 570 1{d(r, 2)}", f"+614915701{d(r, 2)}"]),
    "DE": lambda r: r.choice([f"+49 30 {nz(r, 8)}", f"030 {nz(r, 4)} {d(r, 4)}", f"+49 151 {nz(r, 8)}",
                              f"0151-{nz(r, 8)}", f"+49 (0)89 {nz(r, 7)}"]),
    "FR": lambda r: (lambda a: r.choice([f"0{a[0]} {a[1:3]} {a[3:5]} {a[5:7]} {a[7:]}", f"+33 {a[0]} {a[1:3]} {a[3:5]} {a[5:7]} {a[7:]}",
                                         f"+33{a}", f"0{a[0]}.{a[1:3]}.{a[3:5]}.{a[5:7]}.{a[7:]}"]))(r.choice("67") + d(r, 8)),
    "ES": lambda r: (lambda a: r.choice([f"+34 {a[:3]} {a[3:6]} {a[6:]}", f"{a[:3]} {a[3:5]} {a[5:7]} {a[7:]}", f"0034{a}"]))("6" + d(r, 8)),
    "IT": lambda r: (lambda a: r.choice([f"+39 {a[:3]} {a[3:6]} {a[6:]}", f"{a[:3]} {a[3:]}", f"+39{a}"]))("3" + d(r, 9)),
    "NL": lambda r: (lambda a: r.choice([f"+31 6 {a}", f"06-{a}", f"06 {a[:2]} {a[2:4]} {a[4:6]} {a[6:]}"]))(nz(r, 8)),
    "BR": lambda r: (lambda a: r.choice([f"+55 11 9{a[:4]}-{a[4:]}", f"(11) 9{a[:4]}-{a[4:]}", f"+5511 9{a}"]))(nz(r, 8)),
    "MX": lambda r: (lambda a: r.choice([f"+52 55 {a[:4]} {a[4:]}", f"55 {a[:4]} {a[4:]}", f"+52 1 55 {a[:4]} {a[4:]}"]))(nz(r, 8)),
    "IN": lambda r: (lambda a: r.choice([f"+91 {a[:5]} {a[5:]}", f"+91-{a}", f"0{a[:5]} {a[5:]}", f"91{a}"]))(r.choice("6789") + d(r, 9)),
    "JP": lambda r: (lambda a: r.choice([f"090-{a[:4]}-{a[4:]}", f"+81 90-{a[:4]}-{a[4:]}", f"+81 3-{a[:4]}-{a[4:]}", f"03-{a[:4]}-{a[4:]}"]))(nz(r, 8)),
    "CN": lambda r: (lambda a: r.choice([f"+86 138 {a[:4]} {a[4:]}", f"139{a}", f"+86 10 {a[:4]} {a[4:]}"]))(nz(r, 8)),
    "KR": lambda r: (lambda a: r.choice([f"010-{a[:4]}-{a[4:]}", f"+82 10-{a[:4]}-{a[4:]}", f"+82 2-{a[:3]}-{a[3:7]}"]))(nz(r, 8)),
    "NG": lambda r: (lambda a: r.choice([f"+234 803 {a[:3]} {a[3:]}", f"0803 {a[:3]} {a[3:]}", f"234803{a}"]))(nz(r, 7)),
    "KE": lambda r: (lambda a: r.choice([f"+254 712 {a}", f"0712 {a[:3]} {a[3:]}", f"254712{a}"]))(nz(r, 6)),
    "ZA": lambda r: (lambda a: r.choice([f"+27 82 {a[:3]} {a[3:]}", f"082 {a[:3]} {a[3:]}", f"+27 21 {a[:3]} {a[3:]}"]))(nz(r, 7)),
    "EG": lambda r: (lambda a: r.choice([f"+20 10 {a[:4]} {a[4:]}", f"010 {a[:4]} {a[4:]}"]))(nz(r, 8)),
    "SA": lambda r: (lambda a: r.choice([f"+966 50 {a[:3]} {a[3:]}", f"050 {a[:3]} {a[3:]}", f"+96650{a}"]))(nz(r, 7)),
    "AE": lambda r: (lambda a: r.choice([f"+971 50 {a[:3]} {a[3:]}", f"050-{a}", f"+971 4 {a[:3]} {a[3:]}"]))(nz(r, 7)),
    "TR": lambda r: (lambda a: r.choice([f"+90 532 {a[:3]} {a[3:5]} {a[5:]}", f"0532 {a[:3]} {a[3:5]} {a[5:]}"]))(nz(r, 7)),
    "PL": lambda r: (lambda a: r.choice([f"+48 {a[:3]} {a[3:6]} {a[6:]}", f"{a[:3]}-{a[3:6]}-{a[6:]}"]))("5" + d(r, 8)),
    "RU": lambda r: (lambda a: r.choice([f"+7 912 {a[:3]}-{a[3:5]}-{a[5:]}", f"8 (912) {a[:3]}-{a[3:5]}-{a[5:]}", f"+7 495 {a[:3]}-{a[3:5]}-{a[5:]}"]))(nz(r, 7)),
    "PH": lambda r: (lambda a: r.choice([f"+63 917 {a[:3]} {a[3:]}", f"0917-{a[:3]}-{a[3:]}"]))(nz(r, 7)),
    "ID": lambda r: (lambda a: r.choice([f"+62 812-{a[:4]}-{a[4:]}", f"0812 {a[:4]} {a[4:]}"]))(nz(r, 8)),
    "VN": lambda r: (lambda a: r.choice([f"+84 91 {a[:3]} {a[3:5]} {a[5:]}", f"091 {a[:3]} {a[3:]}"]))(nz(r, 7)),
    "NZ": lambda r: (lambda a: r.choice([f"+64 21 {a[:3]} {a[3:]}", f"021 {a[:3]} {a[3:]}"]))(nz(r, 7)),
    "AR": lambda r: (lambda a: r.choice([f"+54 9 11 {a[:4]}-{a[4:]}", f"011 15-{a[:4]}-{a[4:]}"]))(nz(r, 8)),
    "CO": lambda r: (lambda a: r.choice([f"+57 301 {a}", f"301 {a[:3]} {a[3:]}"]))(nz(r, 7)),
    "IE": lambda r: (lambda a: r.choice([f"+353 85 {a[:3]} {a[3:]}", f"085 {a[:3]} {a[3:]}"]))(nz(r, 7)),
    "SE": lambda r: (lambda a: r.choice([f"+46 70 {a[:3]} {a[3:5]} {a[5:]}", f"070-{a[:3]} {a[3:5]} {a[5:]}"]))(nz(r, 7)),
    "CH": lambda r: (lambda a: r.choice([f"+41 79 {a[:3]} {a[3:5]} {a[5:]}", f"079 {a[:3]} {a[3:5]} {a[5:]}"]))(nz(r, 7)),
    "GH": lambda r: (lambda a: r.choice([f"+233 24 {a[:3]} {a[3:]}", f"024 {a[:3]} {a[3:]}"]))(nz(r, 7)),
    "PK": lambda r: (lambda a: r.choice([f"+92 300 {a}", f"0300-{a}"]))(nz(r, 7)),
}
_PHONE_KEYS = list(PHONES)


def phone(rng: random.Random, country: str | None = None) -> str:
    if country is None:
        country = rng.choice(["US", "US", "US", "UK", "UK"] + _PHONE_KEYS)
    return PHONES[country](rng)


def e164(rng: random.Random) -> str:
    """Digits-only E.164 forms (with or without +)."""
    v = rng.choice([f"+1{rng.choice(['212', '646', '415'])}55501{d(rng, 2)}", f"+447700900{d(rng, 3)}",
                    f"+4915{nz(rng, 9)}", f"+336{d(rng, 8)}", f"+9198{d(rng, 8)}", f"+234803{nz(rng, 7)}",
                    f"+5511{'9' + nz(rng, 8)}", f"+8190{nz(rng, 8)}", f"+61491570{'1' + d(rng, 2)}"])
    return v if rng.random() < 0.75 else v[1:]


def ssn(rng: random.Random, sep: str = "-") -> str:
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{sep}{rng.randint(1, 99):02d}{sep}{rng.randint(1, 9999):04d}"


def luhn_ok(digits: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        tot += n
    return tot % 10 == 0


def _luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + d(rng, length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(rng: random.Random, fmt: str | None = None) -> str:
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    pre, n = {"visa": ("4", 16), "mc": (str(rng.randint(51, 55)), 16), "mc2": (str(rng.randint(2221, 2720)), 16),
              "amex": (rng.choice(["34", "37"]), 15), "disc": (rng.choice(["6011", "65"]), 16)}[kind]
    num = _luhn_complete(pre, n, rng)
    fmt = fmt or rng.choice(["plain", "space", "dash", "plain"])
    if fmt == "plain":
        return num
    sep = " " if fmt == "space" else "-"
    if n == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def masked_pan(rng: random.Random) -> str:
    return rng.choice(["4", "5", "3"]) + d(rng, 5) + "******" + d(rng, 4)


def ip(rng: random.Random, v6: float = 0.1) -> str:
    if rng.random() < v6:
        return rng.choice([f"2001:db8:{rng.randint(1, 0xffff):x}::{rng.randint(1, 0xffff):x}",
                           f"2001:db8:{rng.randint(0, 0xfff):x}:{rng.randint(0, 0xffff):x}::{rng.randint(1, 0xff):x}",
                           f"fd{rng.randint(0, 0xff):02x}:{rng.randint(0, 0xffff):x}::{rng.randint(1, 0xffff):x}"])
    return rng.choice([f"192.0.2.{rng.randint(1, 254)}", f"198.51.100.{rng.randint(1, 254)}",
                       f"203.0.113.{rng.randint(1, 254)}", f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                       f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                       f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])


def not_card_id(rng: random.Random, n: int, prefix: str = "") -> str:
    """A long digit id that is not a Luhn-valid card-like number."""
    while True:
        v = prefix + nz(rng, n - len(prefix)) if not prefix else prefix + d(rng, n - len(prefix))
        if not (13 <= len(v) <= 19 and v[0] in "23456" and luhn_ok(v)):
            return v


def hexid(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid(rng: random.Random) -> str:
    h = hexid(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def ts(rng: random.Random, fmt: str = "iso") -> str:
    mo, dd, hh, mi, ss, ms = rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999)
    y = rng.choice([2025, 2026])
    if fmt == "iso":
        return f"{y}-{mo:02d}-{dd:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{ms:03d}Z"
    if fmt == "sp":
        return f"{y}-{mo:02d}-{dd:02d} {hh:02d}:{mi:02d}:{ss:02d},{ms:03d}"
    if fmt == "us":
        return f"{mo:02d}/{dd:02d}/{y} {hh % 12 + 1:02d}:{mi:02d}:{ss:02d} {'AM' if hh < 12 else 'PM'}"
    if fmt == "date":
        return f"{y}-{mo:02d}-{dd:02d}"
    if fmt == "ymd":
        return f"{y}{mo:02d}{dd:02d}"
    if fmt == "eu":
        return f"{dd:02d}.{mo:02d}.{y} {hh:02d}:{mi:02d}:{ss:02d}"
    return f"{y}-{mo:02d}-{dd:02d} {hh:02d}:{mi:02d}:{ss:02d}"


def dob(rng: random.Random) -> str:
    return f"{rng.randint(1946, 2006)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def money(rng: random.Random, lo: int = 10, hi: int = 50000) -> str:
    return f"{rng.randint(lo, hi)}.{rng.randint(0, 99):02d}"


def pick(rng: random.Random, s: str) -> str:
    return rng.choice(s.split("|"))


# ---- hand-written look-alikes (never labelled) ----
COMPANIES = ("Morgan Stanley|Charles Schwab|Wells Fargo|Merrill Lynch|Edward Jones|Raymond James|John Hancock|"
             "Liberty Mutual|Fannie Mae|Freddie Mac|Ginnie Mae|Sallie Mae|Johnson & Johnson|Marks & Spencer|"
             "Sherwin-Williams|Dow Jones|Thomson Reuters|Baker McKenzie|Clifford Chance|Allen & Overy|"
             "Hartley & Sons Ltd|Okonjo Logistics Ltd|Brennan Mutual Insurance|Van Dijk Bouw B.V.|"
             "Hermanos Quiroga S.A.|Müller Versicherungen AG|Tanaka Shoji K.K.|Whitfield Roofing LLC|"
             "Abernathy Family Foundation|Castellanos & Ruiz Abogados|Lindgren Revision AB|"
             "Papadakis Shipping S.A.|Fitzroy Hale Partners LLP|Ashdown Capital Management|"
             "Kowalczyk Sp. z o.o.|Rahman Textiles Pvt Ltd|Mbeki Holdings (Pty) Ltd|O'Malley Brothers Bakery")
COMPANIES_UP = ("MORGAN STANLEY SMITH BARNEY LLC|CHARLES SCHWAB & CO INC|WELLS FARGO CLEARING SERVICES|"
                "LIBERTY MUTUAL INS CO|HARTLEY & SONS LTD|BRENNAN MUTUAL INSURANCE|JOHN HANCOCK LIFE INS CO|"
                "WHITFIELD ROOFING LLC|ABERNATHY FAMILY FOUNDATION|FITZROY HALE PARTNERS LLP|"
                "O'MALLEY BROTHERS BAKERY|TANAKA SHOJI KK|VAN DIJK BOUW BV|PAPADAKIS SHIPPING SA")
PLACES = ("Victoria|Madison|Charlotte|Austin|Florence|Georgia|Jackson|Lincoln|Santiago|Sofia|Adelaide|Regina|"
          "Eugene|Marion|Tyler|Alexandria|Elizabeth|Augusta|Helena|Lafayette|Raleigh|Chester|Salem|Troy|Quincy|"
          "Aurora|Juneau|Savannah|Cheyenne|Beatrice")
STATES = "VA|WI|NC|TX|SC|GA|MS|NE|CA|TN|MA|IL|OR|IA|FL|WY|NY|OH|PA|AZ"
PRODUCTS = ("Jenkins|Cassandra|Erica|Amelia|Watson|Oscar|Lemonade|Hudson|Sage|Jasper|Crystal Reports|Ada|"
            "Grace|Florence Leather Tote|Victoria Sponge|Lincoln Navigator|Austin Healey|Martha Stewart Living|"
            "Duck Creek|Sherlock|Orion|Atlas|Marvin|Clara")
CODENAMES = "Project Hermes|Project Bianca|Project Juniper|Project Olivia|Falcon|Nightingale|Magellan|Ptolemy"
ROOMS = "Lovelace Room|Turing Room|Hopper Suite|Curie Hall|Mandela Boardroom|Nightingale Wing|Darwin 3B"
SERVICE_ACCTS = ("svc_claims_batch|svc-underwriting|etl_loader|batch_user|integration.user|SYSTEM|sys_admin|"
                 "api-gateway|scheduler|docusign_connect|sftp_drop|rpa_bot07|CORP\\svc_efile|"
                 "ServiceNow.Integration|noreply-bot|workflow_engine|jobrunner|kyc-orchestrator|ACH_POSTER|"
                 "BATCHADM|informatica_svc|sa_reporting|app_recon|MULESOFT_INT")
STATUS = ("Pending Review|Approved|Declined|On Hold|Referred|Closed|Reopened|Awaiting Documents|In Progress|"
          "Escalated|Withdrawn|Active|Lapsed|Cancelled|Accepted|Rejected|Submitted|Filed|Served|Dismissed")
UI_STRINGS = ("Save Changes|Submit Claim|Add Beneficiary|Upload Document|Review And Sign|Request Callback|"
              "Policy Holder Details|Next Of Kin|Account Holder|Joint Applicant|Primary Borrower|Authorized Signer|"
              "Power Of Attorney|First Name|Last Name|Date Of Birth|Email Address|Phone Number")
FOREIGN_UI = ("Antrag wurde erfolgreich übermittelt|Dossier transmis au gestionnaire|Solicitud en revisión|"
              "Pratica chiusa senza seguito|Aanvraag is goedgekeurd|申請は受理されました|索赔已提交|"
              "Заявка отклонена|Wniosek został odrzucony|Başvurunuz alındı|O pedido foi aprovado|"
              "Begäran har arkiverats|तृतीय पक्ष सत्यापन पूर्ण|طلب التعويض قيد المراجعة")
HOSTS = "clm-app-03|uw-rules-01|efile-gw-2|kyc-worker-5|oms-prod-7|los-api-02|gl-batch-1|p2p-web-04|donor-etl|case-mgmt-3|dms-idx-02"
