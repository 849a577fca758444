"""Numbers, addresses, e-mails, look-alikes and the per-record drawing context of pack_b."""

from __future__ import annotations

import datetime as dt

from _core import fold, luhn_ok
from _names import draw_person, relative


def _d(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def _g(s, *sizes):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    return out


# Each plan returns (international, national) forms; digits are random except where fiction ranges exist.
def _us(r):
    a = r.choice(["212", "415", "617", "312", "206", "303", "512", "404", "713", "919", "614", "602", "604", "416", "514"])
    ln = "01" + _d(r, 2)
    return r.choice([f"+1 {a} 555 {ln}", f"+1{a}555{ln}", f"+1-{a}-555-{ln}", f"1{a}555{ln}"]), \
        r.choice([f"({a}) 555-{ln}", f"{a}-555-{ln}", f"{a}.555.{ln}", f"1-{a}-555-{ln}", f"555-{ln}", f"({a})555-{ln}"])


def _gb(r):
    if r.random() < 0.7:
        n = "900" + _d(r, 3)
        return r.choice([f"+44 7700 {n}", f"+447700{n}", f"0044 7700 {n}"]), r.choice([f"07700 {n}", f"07700{n}"])
    n = "0" + _d(r, 3)
    return f"+44 20 7946 {n}", f"020 7946 {n}"


def _au(r):
    n = "1" + _d(r, 2)
    return r.choice([f"+61 491 570 {n}", f"+61491570{n}"]), f"0491 570 {n}"


def _fr(r):
    a, b = _d(r, 2), _d(r, 2)
    return r.choice([f"+33 6 39 98 {a} {b}", f"+33639 98{a}{b}", f"+33 1 99 00 {a} {b}"]), \
        r.choice([f"06 39 98 {a} {b}", f"06.39.98.{a}.{b}", f"01 99 00 {a} {b}"])


def _simple(cc, trunk, fmt_i, fmt_n, lead):
    def plan(r):
        s = r.choice(lead) + _d(r, sum(fmt_n) - len(lead[0]))
        parts = _g(s, *fmt_n)
        nat = trunk + " ".join(parts) if trunk is not None else " ".join(parts)
        ip = _g(s, *fmt_i)
        return r.choice([f"+{cc} " + " ".join(ip), f"+{cc}{s}", f"00{cc} " + " ".join(ip)]), \
            r.choice([nat, nat.replace(" ", ""), nat.replace(" ", "-")])
    return plan


PLANS = {
    "US": _us, "GB": _gb, "AU": _au, "NZ": _au, "FR": _fr, "HT": _fr,
    "DE": _simple("49", "0", (3, 8), (3, 8), ["151", "160", "170", "176"]),
    "NL": _simple("31", "0", (1, 8), (1, 8), ["6"]),
    "ES": _simple("34", "", (3, 3, 3), (3, 3, 3), ["612", "655", "699"]),
    "MX": _simple("52", "", (2, 4, 4), (2, 4, 4), ["55", "33", "81"]),
    "BR": _simple("55", "", (2, 5, 4), (2, 5, 4), ["119", "219", "319"]),
    "IT": _simple("39", "", (3, 3, 4), (3, 3, 4), ["333", "347", "320"]),
    "PL": _simple("48", "", (3, 3, 3), (3, 3, 3), ["512", "601", "790"]),
    "CZ": _simple("420", "", (3, 3, 3), (3, 3, 3), ["602", "731", "777"]),
    "RU": _simple("7", "8 ", (3, 3, 2, 2), (3, 3, 2, 2), ["916", "926", "903"]),
    "UA": _simple("380", "0", (2, 3, 2, 2), (2, 3, 2, 2), ["67", "50", "93"]),
    "GR": _simple("30", "", (3, 3, 4), (3, 3, 4), ["694", "697", "698"]),
    "SE": _simple("46", "0", (2, 3, 2, 2), (2, 3, 2, 2), ["7017406"]),
    "DK": _simple("45", None, (2, 2, 2, 2), (2, 2, 2, 2), ["20", "31", "40"]),
    "FI": _simple("358", "0", (2, 3, 4), (2, 3, 4), ["40", "50"]),
    "IS": _simple("354", None, (3, 4), (3, 4), ["690", "770"]),
    "HU": _simple("36", "06 ", (2, 3, 4), (2, 3, 4), ["20", "30", "70"]),
    "RO": _simple("40", "0", (3, 3, 3), (3, 3, 3), ["722", "744", "755"]),
    "RS": _simple("381", "0", (2, 3, 4), (2, 3, 4), ["63", "64"]),
    "BG": _simple("359", "0", (2, 3, 4), (2, 3, 4), ["87", "88"]),
    "LT": _simple("370", "8 ", (3, 5), (3, 5), ["612", "686"]),
    "IE": _simple("353", "0", (2, 3, 4), (2, 3, 4), ["85", "87"]),
    "TR": _simple("90", "0", (3, 3, 2, 2), (3, 3, 2, 2), ["532", "555", "505"]),
    "AE": _simple("971", "0", (2, 3, 4), (2, 3, 4), ["50", "55"]),
    "EG": _simple("20", "0", (2, 4, 4), (2, 4, 4), ["10", "12"]),
    "IR": _simple("98", "0", (3, 3, 4), (3, 3, 4), ["912", "935"]),
    "IL": _simple("972", "0", (2, 3, 4), (2, 3, 4), ["52", "54"]),
    "IN": _simple("91", "0", (5, 5), (5, 5), ["98", "97", "88"]),
    "BD": _simple("880", "0", (4, 6), (4, 6), ["17", "18"]),
    "PK": _simple("92", "0", (3, 7), (3, 7), ["300", "321"]),
    "NP": _simple("977", "", (3, 7), (3, 7), ["984", "980"]),
    "LK": _simple("94", "0", (2, 3, 4), (2, 3, 4), ["77", "71"]),
    "CN": _simple("86", "", (3, 4, 4), (3, 4, 4), ["138", "139", "186"]),
    "HK": _simple("852", None, (4, 4), (4, 4), ["9", "6"]),
    "JP": _simple("81", "0", (2, 4, 4), (2, 4, 4), ["90", "80"]),
    "KR": _simple("82", "0", (2, 4, 4), (2, 4, 4), ["10"]),
    "VN": _simple("84", "0", (2, 3, 2, 2), (2, 3, 2, 2), ["90", "91"]),
    "PH": _simple("63", "0", (3, 3, 4), (3, 3, 4), ["917", "918"]),
    "MY": _simple("60", "0", (2, 3, 4), (2, 3, 4), ["12", "17"]),
    "TH": _simple("66", "0", (2, 3, 4), (2, 3, 4), ["81", "89"]),
    "MN": _simple("976", None, (4, 4), (4, 4), ["99", "88"]),
    "NG": _simple("234", "0", (3, 3, 4), (3, 3, 4), ["803", "806", "813"]),
    "GH": _simple("233", "0", (2, 3, 4), (2, 3, 4), ["24", "54"]),
    "KE": _simple("254", "0", (3, 3, 3), (3, 3, 3), ["712", "722", "733"]),
    "ET": _simple("251", "0", (2, 3, 4), (2, 3, 4), ["91", "92"]),
    "SO": _simple("252", "0", (2, 3, 4), (2, 3, 4), ["61", "63"]),
    "ZA": _simple("27", "0", (2, 3, 4), (2, 3, 4), ["82", "72", "83"]),
    "GE": _simple("995", "", (3, 2, 2, 2), (3, 2, 2, 2), ["555", "599"]),
    "AM": _simple("374", "0", (2, 3, 3), (2, 3, 3), ["91", "77"]),
    "KZ": _simple("7", "8 ", (3, 3, 2, 2), (3, 3, 2, 2), ["701", "777"]),
    "PE": _simple("51", "", (3, 3, 3), (3, 3, 3), ["987", "912"]),
}

DOMAINS = ["example.com", "example.org", "example.net", "mail.example", "inbox.example", "post.example.net",
           "students.example.org", "alumni.example.edu.test", "riverbend-health.example", "northfield-isd.example",
           "lakeside-clinic.test", "staff.example.org", "correo.example", "web.example.de", "posteo.example",
           "yandex.example", "naver.example", "qq.example", "libero.example.it", "uol.example.com.br"]

V4_POOLS = [("192.0.2.", 1, 254), ("198.51.100.", 1, 254), ("203.0.113.", 1, 254), ("10.{a}.{b}.", 1, 254),
            ("172.{c}.{b}.", 1, 254), ("192.168.{b}.", 2, 254), ("100.64.{b}.", 1, 254)]


class Ctx:
    """Drawing context for one record: its random stream and the persons drawn for it."""

    def __init__(self, r, negative):
        self.r, self.neg, self.persons = r, negative, []

    def __getattr__(self, k):  # pick / chance helpers forwarded to the stream
        return getattr(self.r, k)

    def pick(self, seq):
        return self.r.choice(seq)

    def p(self, x):
        return self.r.random() < x

    def person(self, **kw):
        if self.neg:
            raise AssertionError("a negative record may not draw a person")
        for _ in range(30):
            p = draw_person(self.r, **kw)
            if not any(p.tokens() & q.tokens() for q in self.persons):
                break
        self.persons.append(p)
        return p

    def relative(self, p):
        q = relative(self.r, p) or self.person()
        if q not in self.persons:
            self.persons.append(q)
        return q

    def tokens(self):
        out = set()
        for p in self.persons:
            out |= p.tokens()
        return out

    # --- values
    def phone(self, p=None, cc=None, intl=None):
        cc = cc or (p.cc if p is not None and self.p(0.75) else self.pick(["US", "US", "GB", "AU", "CA", "DE", "FR",
                                                                           "IN", "NG", "BR", "JP", "KE", "MX", "PH"]))
        i, n = PLANS.get(cc, _us)(self.r)
        if intl is None:
            intl = self.p(0.5)
        return i if intl else n

    def email(self, p=None, domain=None, local=None):
        r = self.r
        if p is None:
            return f"{local or r.choice(['frontdesk', 'registrar', 'noreply', 'notifications'])}@{domain or r.choice(DOMAINS)}"
        g, f = p.a_g(), p.a_f()
        local = r.choice([f"{g}.{f}", f"{g[0]}{f}", f"{g}_{f}", f"{g}{f}{r.randint(1, 99)}", f"{f}.{g}",
                          f"{g}.{f}+{r.choice(['portal', 'school', 'jobs', 'lab'])}", f"{g}{r.randint(70, 99)}",
                          f"{g[0]}.{f}"])
        return f"{local}@{domain or r.choice(DOMAINS)}"

    def ip(self, v6=None, kind=None):
        r = self.r
        if kind:
            pools = V4_POOLS[:3] if kind == "pub" else V4_POOLS[3:]
            pre, lo, hi = r.choice(pools)
            return pre.format(a=r.randint(0, 255), b=r.randint(0, 255), c=r.randint(16, 31)) + str(r.randint(lo, hi))
        if v6 is None:
            v6 = r.random() < 0.1
        if v6:
            h = [f"{r.randint(0, 0xffff):x}" for _ in range(4)]
            return r.choice([f"2001:db8:{h[0]}:{h[1]}::{h[2]}", f"2001:db8::{h[0]}:{h[3]}",
                             f"fd{r.randint(0, 255):02x}:{h[1]}:{h[2]}::{h[3]}", f"2001:db8:{h[0]}:{h[1]}:{h[2]}:{h[3]}:1:2"])
        pre, lo, hi = r.choice(V4_POOLS)
        pre = pre.format(a=r.randint(0, 255), b=r.randint(0, 255), c=r.randint(16, 31))
        return pre + str(r.randint(lo, hi))

    def ssn(self, sep="-"):
        r = self.r
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        s = f"{a:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}"
        return s

    def last4(self):
        return f"{self.r.randint(1, 9999):04d}"

    def card(self, sep=None):
        r = self.r
        kind = r.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
        pre = {"visa": "4", "mc": str(r.randint(51, 55)), "mc2": str(r.randint(2221, 2720)),
               "amex": r.choice(["34", "37"]), "disc": "6011"}[kind]
        ln = 15 if kind == "amex" else 16
        body = pre + _d(r, ln - len(pre) - 1)
        chk = next(str(c) for c in range(10) if luhn_ok(body + str(c)))
        d = body + chk
        sep = r.choice(["", " ", "-"]) if sep is None else sep
        if ln == 15:
            return sep.join(_g(d, 4, 6, 5))
        return sep.join(_g(d, 4, 4, 4, 4))

    def digits(self, n, no_card=True):
        while True:
            s = str(self.r.randint(1, 9)) + _d(self.r, n - 1)
            if not (no_card and 13 <= n <= 19 and s[0] in "23456" and luhn_ok(s)):
                return s

    def hexid(self, n):
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def when(self):
        base = dt.datetime(2025, 9, 1) + dt.timedelta(seconds=self.r.randint(0, 200 * 86400))
        return base.replace(microsecond=self.r.randint(0, 999) * 1000)

    def ts(self, style="iso"):
        t = self.when()
        mon = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[t.month - 1]  # locale-independent
        return {"iso": t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z",
                "isos": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "sql": t.strftime("%Y-%m-%d %H:%M:%S"),
                "ms": t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d}",
                "us": t.strftime("%m/%d/%Y %H:%M"), "syslog": f"{mon} {t.day:2d} " + t.strftime("%H:%M:%S"),
                "compact": t.strftime("%Y%m%d%H%M%S"), "hms": t.strftime("%H:%M:%S"), "date": t.strftime("%Y-%m-%d"),
                "eu": t.strftime("%d.%m.%Y %H:%M"), "moodle": t.strftime("%d/%m/%y, %H:%M"),
                "apache": f"{t.day:02d}/{mon}/{t.year}:" + t.strftime("%H:%M:%S +0000"),
                "epoch": str(int(t.replace(tzinfo=dt.timezone.utc).timestamp()))}[style]

    def dob(self):
        t = dt.date(1940, 1, 1) + dt.timedelta(days=self.r.randint(0, 30000))
        return t


def name_form(c, p, forms=("full", "full", "full", "lf", "caps", "caps_lf")):
    f = c.pick(forms)
    return {"full": p.full, "lf": p.lf, "caps": p.caps, "caps_lf": p.caps_lf, "western": p.western}[f]()


def ascii_name(p):
    return fold(p.full())


# ----------------------------------------------------------------------------- look-alikes
SERVICE_ACCTS = ["svc_lis_interface", "hl7_inbound", "SYSTEM", "root", "clarity_etl", "sis-sync", "clever_bot",
                 "moodle_cron", "koha_cron", "ats-webhook", "kronos_integration", "benefits_batch", "redcap_api",
                 "cad_interface", "svc-telehealth", "admin", "guest", "scheduler", "EPICSVC01", "INTERFACE_ENGINE",
                 "LABAUTOVERIFY", "sftp_carrier", "jenkins", "www-data", "postgres", "sa", "NT AUTHORITY\\SYSTEM"]
COMPANIES = ["Kaiser Permanente", "Robert Walters", "Michael Page", "Johnson & Johnson", "Abbott Laboratories",
             "Siemens Healthineers", "Roche Diagnostics", "Beckman Coulter", "Thermo Fisher Scientific", "Henry Schein",
             "Patterson Dental", "Dentsply Sirona", "Cardinal Health", "Baxter International", "Eli Lilly", "Boehringer Ingelheim",
             "McKesson", "Hays Recruitment", "Korn Ferry", "Pearson", "McGraw Hill", "Houghton Mifflin Harcourt", "Wiley",
             "Baker & Taylor", "Follett", "Ingram Content", "Morgan Stanley", "Marsh McLennan", "Willis Towers Watson",
             "Hewitt Associates", "Banfield Pet Hospital", "Zoetis", "Bausch + Lomb", "Wells Fargo", "Ernst & Young"]
PLACES = ["Victoria", "Florence", "Madison", "Charlotte", "Austin", "Eugene", "Jackson", "Tyler", "Marion",
          "Elizabeth", "Augusta", "Alexandria", "Beatrice", "Adelaide", "Chelsea", "Regina", "Sofia", "Lourdes",
          "Santiago", "Georgia", "Jordan", "Savannah", "Helena", "Lafayette", "Orlando", "Eugenia", "Isabela"]
HOSPITALS = ["Mayo Clinic", "Cedars-Sinai", "St. Vincent's Hospital", "Mount Sinai", "Johns Hopkins Bayview",
             "St. Mary's Regional", "Kennedy Memorial", "Mercy Wing", "Charité Campus Virchow", "Hôpital Necker"]
SCHOOLS = ["Lincoln Elementary", "Roosevelt High School", "Frederick Douglass Academy", "Lycée Marie Curie",
           "Cesar Chavez Middle School", "Goethe-Gymnasium", "Colegio San Ignacio", "Sir John A. Macdonald SS",
           "Eleanor Roosevelt Academy", "Escola Estadual Anísio Teixeira"]
INSTITUTIONS = HOSPITALS + SCHOOLS
PRODUCTS = ["Alexa", "Siri", "Cortana", "Watson", "Jenkins", "Cassandra", "Julia", "Dragon Medical One", "Einstein",
            "Sophia", "Ada", "Grace", "Athena", "Minerva", "Cerner Millennium", "Epic Hyperspace", "Haiku", "Rover",
            "Aurora", "Luna", "Stella", "Iris", "Mercury", "Orion", "Phoenix", "Tesla", "Darwin"]
TRIALS = ["STELLA", "HANNAH", "ARIEL", "SOPHIA", "ESTHER", "VIOLA", "AURORA", "DIANA", "CLARITY", "ELLIPSE",
          "MONARCH", "EMPEROR", "DAPA-HF", "JUPITER", "ATHENA", "CAROLINA"]
PETS = ["Biscuit", "Mochi", "Pepper", "Noodle", "Ziggy", "Tofu", "Pickles", "Waffles", "Sprocket", "Bean", "Nacho",
        "Pumpkin", "Clover", "Maple", "Gizmo", "Peanut", "Churro", "Pretzel", "Dumpling", "Socks"]
ROOMS = ["Hopper", "Lovelace", "Curie", "Turing", "Nightingale", "Everest", "Kilimanjaro", "Maple", "Cedar",
         "Room Florence", "Room Sydney", "Oak Suite"]
STREETS = ["MARTIN LUTHER KING JR BLVD", "WASHINGTON ST", "ELIZABETH AVE", "VICTORIA RD", "JEFFERSON AVE",
           "LINCOLN HWY", "MADISON AVE", "ST JAMES PL", "FRANKLIN ST", "CHAVEZ DR", "GRANT AVE", "KING ST"]
STATUS = ["Pending Review", "Ready For Pickup", "Checked In", "Awaiting Results", "Final", "Preliminary",
          "Corrected", "No Show", "Left Without Being Seen", "Clocked In", "Grace Period", "Open Enrollment",
          "Waiting Room", "Approved", "Rejected", "On Hold", "In Transit", "Submitted", "Not Started", "Completed"]
UI_I18N = ["Sitzung beendet", "Consulta finalizada", "Rendez-vous confirmé", "予約が確定しました", "Запись подтверждена",
           "Agendamento confirmado", "Prenotazione annullata", "Afspraak verplaatst", "Wizyta potwierdzona",
           "تم تأكيد الموعد", "예약이 완료되었습니다", "预约已取消", "Randevu onaylandı", "Termin verschoben"]
