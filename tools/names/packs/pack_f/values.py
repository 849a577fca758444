"""Numbers, addresses and hand-written look-alikes for pack_f. Everything random comes from the caller's rng."""

from __future__ import annotations

from core import luhn_ok

EMAIL_DOMAINS = ["example.com", "example.org", "example.net", "mail.example", "post.example", "fleet.example",
                 "grid-energy.example", "kunden.example", "correo.example", "haulage.example", "plant.example",
                 "forwarding.example", "example.co.uk", "transit.example"]


def dig(rng, n: int) -> str:
    """n random digits that never form a Luhn-valid card-like number."""
    while True:
        s = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
        if not (13 <= n <= 19 and s[0] in "23456" and luhn_ok(s)):
            return s


def _d(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


# Phone plans: (country, builder(rng) -> (national, e164-digits-without-plus, grouped-international))
def _us(r):
    a = r.choice(["212", "312", "415", "617", "713", "404", "303", "206", "604", "416"])
    x = f"01{r.randint(0, 9)}{r.randint(0, 9)}"
    return r.choice([f"({a}) 555-{x}", f"{a}-555-{x}", f"{a}.555.{x}"]), f"1{a}555{x}", f"+1 {a}-555-{x}"


def _gb(r):
    x = f"{r.randint(0, 999):03d}"
    if r.random() < 0.7:
        return f"07700 900{x}", f"447700900{x}", f"+44 7700 900{x}"
    return f"020 7946 0{x}", f"442079460{x}", f"+44 20 7946 0{x}"


def _au(r):
    x = f"{r.randint(0, 999):03d}"
    return f"0491 570 {x}", f"61491570{x}", f"+61 491 570 {x}"


def _simple(cc, nat_fmt, intl_fmt):
    """nat_fmt/intl_fmt use 'd' for a random digit; the national trunk prefix is written literally."""
    def b(r):
        digits = [str(r.randint(0, 9)) for _ in range(intl_fmt.count("d"))]
        it = iter(digits)
        intl = "".join(next(it) if ch == "d" else ch for ch in intl_fmt)
        it = iter(digits)
        nat = "".join(next(it) if ch == "d" else ch for ch in nat_fmt)
        e164 = "".join(ch for ch in intl if ch.isdigit())
        return nat, e164, intl
    return b


PLANS = {
    "US": _us, "GB": _gb, "AU": _au,
    "DE": _simple("49", "0151 dddddddd", "+49 151 dddddddd"),
    "FR": _simple("33", "06 dd dd dd dd", "+33 6 dd dd dd dd"),
    "ES": _simple("34", "6dd ddd ddd", "+34 6dd ddd ddd"),
    "IT": _simple("39", "33d ddd dddd", "+39 33d ddd dddd"),
    "NL": _simple("31", "06-dddddddd", "+31 6 dddddddd"),
    "BE": _simple("32", "047d dd dd dd", "+32 47d dd dd dd"),
    "PL": _simple("48", "5dd ddd ddd", "+48 5dd ddd ddd"),
    "SE": _simple("46", "070-ddd dd dd", "+46 70 ddd dd dd"),
    "NO": _simple("47", "4dd dd ddd", "+47 4dd dd ddd"),
    "IE": _simple("353", "087 ddd dddd", "+353 87 ddd dddd"),
    "PT": _simple("351", "9dd ddd ddd", "+351 9dd ddd ddd"),
    "BR": _simple("55", "(11) 9dddd-dddd", "+55 11 9dddd-dddd"),
    "MX": _simple("52", "55 dddd dddd", "+52 55 dddd dddd"),
    "IN": _simple("91", "09dddd ddddd", "+91 9dddd ddddd"),
    "JP": _simple("81", "090-dddd-dddd", "+81 90-dddd-dddd"),
    "CN": _simple("86", "138 dddd dddd", "+86 138 dddd dddd"),
    "KR": _simple("82", "010-dddd-dddd", "+82 10-dddd-dddd"),
    "ZA": _simple("27", "082 ddd dddd", "+27 82 ddd dddd"),
    "NG": _simple("234", "0803 ddd dddd", "+234 803 ddd dddd"),
    "KE": _simple("254", "07dd dddddd", "+254 7dd dddddd"),
    "AE": _simple("971", "050 ddd dddd", "+971 50 ddd dddd"),
    "SA": _simple("966", "05d ddd dddd", "+966 5d ddd dddd"),
    "TR": _simple("90", "0532 ddd dd dd", "+90 532 ddd dd dd"),
    "RU": _simple("7", "8 (912) ddd-dd-dd", "+7 912 ddd-dd-dd"),
    "UA": _simple("380", "067 ddd dd dd", "+380 67 ddd dd dd"),
    "PK": _simple("92", "0300 ddddddd", "+92 300 ddddddd"),
    "PH": _simple("63", "0917 ddd dddd", "+63 917 ddd dddd"),
    "ID": _simple("62", "0812-dddd-dddd", "+62 812-dddd-dddd"),
    "VN": _simple("84", "091 ddd dd dd", "+84 91 ddd dd dd"),
    "SG": _simple("65", "9ddd dddd", "+65 9ddd dddd"),
    "LK": _simple("94", "077 ddd dddd", "+94 77 ddd dddd"),
    "CH": _simple("41", "079 ddd dd dd", "+41 79 ddd dd dd"),
    "AT": _simple("43", "0664 dddddd", "+43 664 dddddd"),
    "NZ": _simple("64", "021 ddd dddd", "+64 21 ddd dddd"),
    "CL": _simple("56", "9 dddd dddd", "+56 9 dddd dddd"),
    "EG": _simple("20", "010 dddd dddd", "+20 10 dddd dddd"),
}


def phone(rng, country: str | None = None, style: str | None = None) -> str:
    country = country or rng.choice(sorted(PLANS))
    while True:
        nat, e164, intl = PLANS[country](rng)
        if not (len(e164) >= 13 and e164[0] in "23456" and luhn_ok(e164)):
            break
    style = style or rng.choice(["nat", "nat", "intl", "intl", "e164", "bare", "00"])
    return {"nat": nat, "intl": intl, "e164": "+" + e164, "bare": e164, "00": "00" + e164}[style]


def ssn(rng, style: str | None = None) -> str:
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    sep = {"dash": "-", "bare": "", "space": " "}[style or rng.choice(["dash", "dash", "bare", "space"])]
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def last4(rng) -> str:
    return f"{rng.randint(1, 9999):04d}"


def card(rng, style: str | None = None) -> str:
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    prefix, n = {"visa": ("4", 16), "mc": (str(rng.randint(51, 55)), 16), "mc2": (str(rng.randint(2221, 2720)), 16),
                 "amex": (rng.choice(["34", "37"]), 15), "disc": ("6011", 16)}[kind]
    body = prefix + _d(rng, n - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            num = body + c
            break
    style = style or rng.choice(["plain", "plain", "space", "dash"])
    if style == "plain":
        return num
    sep = " " if style == "space" else "-"
    if n == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def ipv4(rng) -> str:
    k = rng.randint(0, 5)
    if k == 0:
        return f"192.0.2.{rng.randint(1, 254)}"
    if k == 1:
        return f"198.51.100.{rng.randint(1, 254)}"
    if k == 2:
        return f"203.0.113.{rng.randint(1, 254)}"
    if k == 3:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if k == 4:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng) -> str:
    h = lambda: f"{rng.randint(1, 0xffff):x}"
    if rng.random() < 0.6:
        return f"2001:db8:{h()}:{h()}::{h()}"
    return f"fd{rng.randint(0, 255):02x}:{h()}:{h()}::{h()}"


def ip(rng) -> str:
    return ipv6(rng) if rng.random() < 0.1 else ipv4(rng)


def fmt_time(t, style: str = "iso") -> str:
    """Format a datetime in one of the log styles used by the templates."""
    ms = t.microsecond // 1000
    if style == "iso":
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms:03d}Z"
    if style == "log":
        return t.strftime("%Y-%m-%d %H:%M:%S,") + f"{ms:03d}"
    if style == "sp":
        return t.strftime("%Y-%m-%d %H:%M:%S")
    if style == "date":
        return t.strftime("%Y-%m-%d")
    if style == "eu":
        return t.strftime("%d.%m.%Y %H:%M")
    if style == "clf":
        mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][t.month - 1]
        return f"{t.day:02d}/{mon}/{t.year}:" + t.strftime("%H:%M:%S") + " +0000"
    if style == "hm":
        return t.strftime("%H:%M")
    raise ValueError(style)


def hexid(rng, n: int = 8) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def plate(rng) -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    c = rng.choice
    return rng.choice([f"{c(L)}{c(L)}{rng.randint(10, 99)} {c(L)}{c(L)}{c(L)}", f"{rng.randint(1, 9)}{c(L)}{c(L)}{c(L)}{rng.randint(100, 999)}",
                       f"B-{c(L)}{c(L)} {rng.randint(100, 9999)}", f"NL-{rng.randint(10, 99)}-{c(L)}{c(L)}{c(L)}",
                       f"{c(L)}{c(L)}-{rng.randint(100, 999)}-{c(L)}{c(L)}"])


# ---------------------------------------------------------------- hand-written look-alikes (never PII)
SERVICE_ACCOUNTS = ["svc_ocpp", "ocpp-gateway", "SYSTEM", "root", "mes_batch", "scada_hist", "svc-dispatch",
                    "integration.user", "api.client", "erp_interface", "historian_svc", "ptw_sync", "autoscheduler",
                    "NT AUTHORITY\\SYSTEM", "admin", "operator1", "CONSOLE3", "hmi-kiosk", "ami.headend", "billing.batch",
                    "tollsys", "lpr-ingest", "MXADMIN", "svc_tms", "customs.bot", "jenkins", "etl_loader", "guest",
                    "maint.ctrl", "shift.lead", "plant.operator", "svc_fsm", "noc-automation", "cis_api", "dispatch-bot",
                    "AutoScheduler", "ptw-bot[bot]", "Data Historian", "Quality Bot", "svc$mes01"]
HOSTS = ["csms-prod-eu-3.grid.internal", "ocpp-gw-02", "victoria-hmi-01", "ip-10-20-3-4.ec2.internal", "mes-app-7",
         "lincoln-scada-fe2", "fsm-api-blue", "tollhost-nj-14", "lpr-edge-madison-03", "amos-db01.mro.local",
         "jackson-rtu-gw", "ptw-sync-adelaide", "cis-batch-02.utility.example"]
COMPANIES = ["Schneider Electric", "Johnson Controls", "Siemens Energy", "Bosch Rexroth", "Emerson", "Honeywell",
             "Kuehne+Nagel", "C.H. Robinson", "DB Schenker", "Hellmann Worldwide Logistics", "Maersk", "Rolls-Royce",
             "Pratt & Whitney", "Baker Hughes", "Schlumberger", "Halliburton", "John Deere", "Caterpillar",
             "Wärtsilä", "Michelin", "Goodyear", "Dunlop", "Philips Lighting", "Dow Chemical", "Ferrari Logistics",
             "Harrison & Sons Haulage", "MORRISON UTILITY SERVICES", "McDermott International", "Jacobs Engineering",
             "Kiewit", "Fluor", "Thales", "Abbott Laboratories", "Procter & Gamble", "Mitsubishi Heavy Industries",
             "Hitachi Energy", "Dassault Systèmes", "Merck KGaA", "Wallbox", "Alfen", "ABB E-mobility", "Kempower"]
HAULIERS = ["Harrison & Sons Haulage", "DB Schenker", "Kuehne+Nagel", "Hellmann Worldwide Logistics", "C.H. Robinson",
            "Stobart Logistics", "Dachser", "Girteka", "J.B. Hunt Transport", "Werner Enterprises"]
PRODUCTS = ["Tesla Model Y", "Renault Zoe", "Nissan Leaf", "Ford Transit", "Mercedes eSprinter", "Volvo FH16",
            "Kia Soul EV", "Škoda Enyaq", "Terra AC", "Eve Single Pro", "Pulsar Plus", "Fanuc M-20iA", "KUKA KR 210",
            "Boeing 737-800", "Airbus A320neo", "Rolls-Royce Trent 1000", "Alexa", "Cassandra", "Jenkins", "Julia",
            "Marvin", "Watson", "Cortana", "Victor 3000", "Grace Hopper Superchip", "Oscar-2 analyser"]
PLACES = ["Victoria", "Madison", "Charlotte", "Florence", "Austin", "Eugene", "Santiago", "Adelaide", "Regina",
          "Alexandria", "Sofia", "Lincoln", "Jackson", "Elizabeth", "Marion", "Beatrice", "Augusta", "Tyler",
          "Savannah", "Douglas", "Georgetown", "São José", "San Lorenzo", "Aix-en-Provence", "Den Haag", "Kiruna"]
NAMED_PLACES = ["King's Cross St. Pancras", "Gare Saint-Lazare", "Jean Jaurès", "George Washington Bridge",
                "Lincoln Tunnel", "Elizabeth line", "Victoria line", "Jubilee line", "Charles de Gaulle–Étoile",
                "Amelia Earhart Hangar", "Hangar Lindbergh", "Marie Curie Building", "Humboldthain", "Kennedy Plaza",
                "Sir Adam Beck Station", "Hoover Dam Substation", "Martin Luther King Jr. Blvd", "Rosa Parks Transit Center"]
VESSELS = ["CMA CGM JACQUES SAADE", "EVER GIVEN", "MAERSK MC-KINNEY MØLLER", "MSC GÜLSÜN", "HMM ALGECIRAS",
           "MSC IRINA", "ONE APUS", "MADRID MAERSK", "COSCO SHIPPING LIBRA", "EMMA MAERSK"]
STATUSES = ["Accepted", "Rejected", "Pending Review", "Charging", "Suspended EV", "Finishing", "Faulted", "Available",
            "Preparing", "Unavailable", "En Route", "On Site", "Job Complete", "Released", "On Hold", "Closed Out",
            "Power Outage", "Tamper Detected", "Comm Fail", "Normal", "Acknowledged", "Shelved", "Return To Service"]
UI_STRINGS = ["Ladevorgang beendet", "Recharge terminée", "Carga finalizada", "Ricarica completata", "Laden voltooid",
              "充電が完了しました", "充电完成", "충전이 완료되었습니다", "Зарядка завершена", "Ładowanie zakończone",
              "Şarj tamamlandı", "Lataus valmis", "Nabíjení dokončeno", "Carregamento concluído", "Laddning klar",
              "اكتملت عملية الشحن", "Η φόρτιση ολοκληρώθηκε", "Töltés befejezve", "Încărcare finalizată", "ชาร์จเสร็จแล้ว"]
