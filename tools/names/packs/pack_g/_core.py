"""Segment builder, serialisers, value generators and look-alike pools for pack_g.

A record is a list of (text, TYPE|None) segments; a span's offsets follow from the lengths of the segments
before it, so nothing is searched for afterwards. Encoders are applied per segment, so an escaped value is
labelled exactly as it appears.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from urllib.parse import quote, quote_plus

from _names import Person, draw_person, draw_relative, fold

TYPES = ("NAME", "EMAIL", "PHONE", "SSN", "CREDIT_CARD", "IP_ADDRESS")


def N(v): return (v, "NAME")
def E(v): return (v, "EMAIL")
def P(v): return (v, "PHONE")
def S(v): return (v, "SSN")
def C(v): return (v, "CREDIT_CARD")
def I(v): return (v, "IP_ADDRESS")  # noqa: E743


def ident(s): return s
def form(s): return quote_plus(s, safe="")
def pct(s): return quote(s, safe="")
def jesc(s): return json.dumps(s, ensure_ascii=False)[1:-1]
def jesc_a(s): return json.dumps(s)[1:-1]
def xesc(s): return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
def csvq(s): return s.replace('"', '""')
def rbesc(s): return s.replace("\\", "\\\\").replace('"', '\\"')


class Cat:
    """A string value (JSON, repr, XML text) built from literal pieces and labelled tuples."""

    def __init__(self, *pieces):
        self.pieces = pieces


class Raw:
    """Literal JSON text, written as is."""

    def __init__(self, text):
        self.text = text


class R:
    def __init__(self):
        self.segs: list[tuple[str, str | None]] = []
        self.docs: list[tuple[int, int, str]] = []  # (start, end, "json"|"xml") regions that must parse

    def __len__(self):
        return sum(len(t) for t, _ in self.segs)

    def add(self, *pieces, enc=ident):
        for p in pieces:
            if p is None or p == "":
                continue
            if isinstance(p, str):
                self.segs.append((enc(p), None))
            elif isinstance(p, tuple):
                v, typ = p
                if typ not in TYPES or not v:
                    raise ValueError(f"bad labelled value {p!r}")
                self.segs.append((enc(v), typ))
            elif isinstance(p, Cat):
                self.add(*p.pieces, enc=enc)
            elif isinstance(p, (list, R)):
                self.add(*(p.pieces() if isinstance(p, R) else p), enc=enc)
            else:
                raise TypeError(type(p))
        return self

    def pieces(self):
        return [t if typ is None else (t, typ) for t, typ in self.segs]

    def text(self):
        return "".join(t for t, _ in self.segs)

    def spans(self):
        out, pos = [], 0
        for t, typ in self.segs:
            if typ is not None:
                out.append((pos, pos + len(t), typ, t))
            pos += len(t)
        return out

    # --- documents -------------------------------------------------------------------------------
    def json(self, obj, indent=None, ascii_=False, sep=None):
        start = len(self)
        self._js(obj, indent, 0, jesc_a if ascii_ else jesc, sep)
        self.docs.append((start, len(self), "json"))
        return self

    def _js(self, obj, indent, level, enc, sep):
        nl = "" if indent is None else "\n" + " " * (indent * (level + 1))
        end = "" if indent is None else "\n" + " " * (indent * level)
        comma, colon = sep or ((",", ":") if indent is None else (",", ": "))
        if isinstance(obj, dict):
            if not obj:
                return self.add("{}")
            self.add("{")
            for i, (k, v) in enumerate(obj.items()):
                self.add((comma if i else "") + nl + '"' + enc(k) + '"' + colon)
                self._js(v, indent, level + 1, enc, sep)
            return self.add(end + "}")
        if isinstance(obj, list):
            if not obj:
                return self.add("[]")
            self.add("[")
            for i, v in enumerate(obj):
                self.add((comma if i else "") + nl)
                self._js(v, indent, level + 1, enc, sep)
            return self.add(end + "]")
        if isinstance(obj, (tuple, Cat)):
            return self.add('"').add(obj, enc=enc).add('"')
        if isinstance(obj, Raw):
            return self.add(obj.text)
        if isinstance(obj, str):
            return self.add('"' + enc(obj) + '"')
        return self.add(json.dumps(obj))

    def xml(self, build):
        """build(r) appends an XML document; its region must parse."""
        start = len(self)
        build(self)
        self.docs.append((start, len(self), "xml"))
        return self

    def el(self, tag, *val, ind="", nl="\n"):
        """<tag>value</tag> with XML-escaped text."""
        return self.add(f"{ind}<{tag}>").add(*val, enc=xesc).add(f"</{tag}>{nl}")

    def pystr(self, *pieces):
        """A Python repr() of the string the pieces make, labelled as it appears."""
        whole = "".join(p if isinstance(p, str) else p[0] for p in pieces)
        q = "'" if "'" not in whole or '"' in whole else '"'
        return self.add(q).add(*pieces, enc=(lambda s: _pyinner(s, q))).add(q)

    def rbstr(self, *pieces):
        return self.add('"').add(*pieces, enc=rbesc).add('"')

    def col(self, piece, width, sep=" "):
        """A fixed-width column: the value cut to width (edge spaces outside the span), then padding."""
        v, typ = (piece, None) if isinstance(piece, str) else piece
        cut = v[:width].rstrip()
        self.add(cut if typ is None else (cut, typ))
        return self.add(" " * (width - len(cut)) + sep)


def _pyinner(s: str, q: str) -> str:
    out = []
    for ch in s:
        if ch == "\\":
            out.append("\\\\")
        elif ch == q:
            out.append("\\" + q)
        elif ch == "\n":
            out.append("\\n")
        else:
            out.append(ch)
    return "".join(out)


# --- numbers ---------------------------------------------------------------------------------------
def luhn_ok(d: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        tot += n
    return tot % 10 == 0


def _luhn_complete(prefix: str, length: int, rng) -> str:
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(rng, style=None):
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    pre, ln = {"visa": ("4", 16), "mc": (str(rng.randint(51, 55)), 16), "mc2": (str(rng.randint(2221, 2720)), 16),
               "amex": (rng.choice(["34", "37"]), 15), "disc": ("6011", 16)}[kind]
    d = _luhn_complete(pre, ln, rng)
    style = style or rng.choice(["plain", "plain", "space", "dash"])
    if style == "plain":
        return d
    sep = " " if style == "space" else "-"
    if ln == 15:
        return sep.join((d[:4], d[4:10], d[10:]))
    return sep.join(d[i:i + 4] for i in range(0, 16, 4))


def ssn(rng, style=None):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    style = style or rng.choice(["dash", "dash", "dash", "bare", "space"])
    sep = {"dash": "-", "bare": "", "space": " "}[style]
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def last4(rng):
    return f"{rng.randint(1, 9999):04d}"


def ipv4(rng):
    k = rng.randrange(6)
    if k == 0:
        return f"192.0.2.{rng.randint(1, 254)}"
    if k == 1:
        return f"198.51.100.{rng.randint(1, 254)}"
    if k == 2:
        return f"203.0.113.{rng.randint(1, 254)}"
    if k == 3:
        return f"10.{rng.randint(0, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"
    if k == 4:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"
    return f"192.168.{rng.randint(0, 254)}.{rng.randint(1, 254)}"


def ipv6(rng):
    h = lambda: f"{rng.randint(1, 0xffff):x}"
    if rng.random() < 0.5:
        return f"2001:db8:{h()}:{h()}::{h()}"
    return f"fd{rng.randint(0, 255):02x}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}"


def ip(rng, v6=0.2):
    return ipv6(rng) if rng.random() < v6 else ipv4(rng)


def _dg(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


PHONE_PLANS = {
    "US": lambda r, f: {0: f"({r.choice(['212','312','415','617','713','206','505','614'])}) 555-01{_dg(r,2)}",
                       1: f"{r.choice(['404','503','702','919'])}-555-01{_dg(r,2)}",
                       2: f"+1 {r.choice(['202','646','303','213'])} 555 01{_dg(r,2)}",
                       3: f"+1{r.choice(['801','615','412'])}55501{_dg(r,2)}",
                       4: f"{r.choice(['480','602','480'])}.555.01{_dg(r,2)}"}[f % 5],
    "CA": lambda r, f: [f"(416) 555-01{_dg(r,2)}", f"+1 604 555 01{_dg(r,2)}"][f % 2],
    "GB": lambda r, f: [f"07700 900{_dg(r,3)}", f"+44 7700 900{_dg(r,3)}", f"+447700900{_dg(r,3)}", f"020 7946 0{_dg(r,3)}"][f % 4],
    "IE": lambda r, f: [f"+353 85 {_dg(r,3)} {_dg(r,4)}", f"085 {_dg(r,3)} {_dg(r,4)}"][f % 2],
    "DE": lambda r, f: [f"+49 151 {_dg(r,8)}", f"0151 {_dg(r,8)}", f"+49 30 {_dg(r,8)}", f"0049 172 {_dg(r,7)}"][f % 4],
    "FR": lambda r, f: [f"06 {_dg(r,2)} {_dg(r,2)} {_dg(r,2)} {_dg(r,2)}", f"+33 6 {_dg(r,2)} {_dg(r,2)} {_dg(r,2)} {_dg(r,2)}"][f % 2],
    "ES": lambda r, f: [f"+34 6{_dg(r,2)} {_dg(r,3)} {_dg(r,3)}", f"6{_dg(r,2)} {_dg(r,2)} {_dg(r,2)} {_dg(r,2)}"][f % 2],
    "IT": lambda r, f: [f"+39 3{_dg(r,2)} {_dg(r,3)} {_dg(r,4)}", f"3{_dg(r,2)} {_dg(r,7)}"][f % 2],
    "NL": lambda r, f: [f"06-{_dg(r,8)}", f"+31 6 {_dg(r,8)}"][f % 2],
    "PL": lambda r, f: [f"+48 5{_dg(r,2)} {_dg(r,3)} {_dg(r,3)}", f"5{_dg(r,2)}-{_dg(r,3)}-{_dg(r,3)}"][f % 2],
    "MX": lambda r, f: [f"+52 55 {_dg(r,4)} {_dg(r,4)}", f"55 {_dg(r,4)} {_dg(r,4)}"][f % 2],
    "BR": lambda r, f: [f"+55 11 9{_dg(r,4)}-{_dg(r,4)}", f"(21) 9{_dg(r,4)}-{_dg(r,4)}"][f % 2],
    "IN": lambda r, f: [f"+91 9{_dg(r,4)} {_dg(r,5)}", f"09{_dg(r,9)}", f"+91-9{_dg(r,9)}"][f % 3],
    "JP": lambda r, f: [f"090-{_dg(r,4)}-{_dg(r,4)}", f"+81 90 {_dg(r,4)} {_dg(r,4)}"][f % 2],
    "KR": lambda r, f: [f"010-{_dg(r,4)}-{_dg(r,4)}", f"+82 10 {_dg(r,4)} {_dg(r,4)}"][f % 2],
    "CN": lambda r, f: [f"+86 138 {_dg(r,4)} {_dg(r,4)}", f"139{_dg(r,8)}"][f % 2],
    "AU": lambda r, f: [f"0491 570 {_dg(r,3)}", f"+61 491 570 {_dg(r,3)}"][f % 2],
    "NG": lambda r, f: [f"+234 803 {_dg(r,3)} {_dg(r,4)}", f"0803 {_dg(r,3)} {_dg(r,4)}", f"234803{_dg(r,7)}"][f % 3],
    "KE": lambda r, f: [f"+254 712 {_dg(r,6)}", f"0712 {_dg(r,3)} {_dg(r,3)}"][f % 2],
    "ZA": lambda r, f: [f"+27 82 {_dg(r,3)} {_dg(r,4)}", f"082 {_dg(r,3)} {_dg(r,4)}"][f % 2],
    "PH": lambda r, f: [f"+63 917 {_dg(r,3)} {_dg(r,4)}", f"0917-{_dg(r,3)}-{_dg(r,4)}"][f % 2],
    "TR": lambda r, f: [f"+90 532 {_dg(r,3)} {_dg(r,2)} {_dg(r,2)}", f"0532 {_dg(r,3)} {_dg(r,2)} {_dg(r,2)}"][f % 2],
    "AE": lambda r, f: [f"+971 50 {_dg(r,3)} {_dg(r,4)}", f"050 {_dg(r,3)} {_dg(r,4)}"][f % 2],
    "UA": lambda r, f: [f"+380 67 {_dg(r,3)} {_dg(r,2)} {_dg(r,2)}", f"067 {_dg(r,3)} {_dg(r,4)}"][f % 2],
    "VN": lambda r, f: [f"+84 91 {_dg(r,3)} {_dg(r,4)}", f"091 {_dg(r,3)} {_dg(r,4)}"][f % 2],
    "HT": lambda r, f: [f"+509 3{_dg(r,3)} {_dg(r,4)}"][0],
    "SE": lambda r, f: [f"070-{_dg(r,3)} {_dg(r,2)} {_dg(r,2)}", f"+46 70 {_dg(r,3)} {_dg(r,2)} {_dg(r,2)}"][f % 2],
}
_US_HEAVY = ["US"] * 8 + ["CA"] * 2 + sorted(PHONE_PLANS)


def phone(rng, plan=None):
    plan = plan or rng.choice(_US_HEAVY)
    return PHONE_PLANS[plan](rng, rng.randrange(12))


def us_phone(rng):
    return phone(rng, "US")


def digits_id(rng, n, first="123456789"):
    """A digit id that is never a Luhn-valid card-like number."""
    while True:
        d = rng.choice(first) + _dg(rng, n - 1)
        if not (13 <= n <= 19 and luhn_ok(d)):
            return d


def hexid(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def when(rng):
    return datetime(2026, 1, 1) + timedelta(seconds=rng.randrange(330 * 86400))


# --- look-alikes (hard negatives) -------------------------------------------------------------------
SERVICE_ACCTS = ["svc_permits", "svc-311-intake", "ACCELA_BATCH", "BATCHADM", "sysadmin", "SYSTEM", "etl_loader",
                 "svc_jury_ivr", "interface.user", "rms_sync", "api-gateway", "cjis_broker", "NIGHTLY", "scheduler",
                 "svc-erecord", "vrs_import", "jms_interface", "housing-bot", "autoassign", "integration01",
                 "NT AUTHORITY\\SYSTEM", "root", "cron", "svc_payments", "lockbox_ftp", "ELR_FEED", "kiosk03"]
COMPANIES = ["Whitfield & Sons Title Co.", "Kowalski Construction LLC", "Hartmann Bau GmbH", "O'NEILL BROTHERS PAVING",
             "Morgan Stanley", "Johnson Controls", "Ferreira & Filhos Lda", "Baker Tilly", "Dr. Oetker", "Ben & Jerry's",
             "McKinsey & Company", "Tata Consultancy Services", "Lockheed Martin", "Wells Fargo", "Ernst & Young",
             "Perkins Coie", "Fitzgerald Roofing Inc", "MARTINEZ PLUMBING & HEATING", "Nakamura Shoji K.K.",
             "Dlamini Holdings (Pty) Ltd", "Van Houten Vastgoed B.V.", "Sullivan Electric Co", "Kaufmann Elektro AG"]
PLACES = ["Victoria", "Madison", "Charlotte", "Florence", "Austin", "Savannah", "Jackson County", "Lincoln Park",
          "Augusta", "Helena", "St. Louis", "San José", "Santa Clara", "Marion County", "Washington Ave",
          "Martin Luther King Jr Blvd", "Adelaide", "Alexandria", "Georgetown", "Eugene", "Tyler", "Beatrice",
          "Marietta", "Elizabeth", "Port Louis", "Frederick", "Mount Vernon", "Fort Collins", "Jefferson City"]
PRODUCTS = ["Accela Civic Platform", "Tyler Odyssey", "Matilda IVR", "HANNAH rules engine", "Project Juniper",
            "Ada Lovelace Room", "Thurgood Marshall Courtroom", "Ruth Bader Ginsburg Hall", "Sherlock search",
            "Watson Assistant", "Jenkins", "Cassandra", "Alexa", "Cortana", "Erica", "Lincoln Navigator",
            "Ford Explorer", "Dodge Charger", "Chevrolet Tahoe", "Axon Body 4", "Motorola APX", "Oliver Wyman"]
STATUSES = ["Pending Review", "Issued", "Void", "Closed - Duplicate", "Awaiting Payment", "In Review", "Approved",
            "Denied", "On Hold", "Expired", "Scheduled", "Completed", "No Show", "Referred", "Active", "Inactive"]
UI = ["Submit Application", "Print Receipt", "Add Contact", "Request Inspection", "Pay Now", "View Case",
      "Continue as Guest", "Upload Documents", "Schedule Appointment", "Save Draft", "Sign In", "Track My Request",
      "Solicitar cita", "Antrag einreichen", "Payer maintenant", "Prendre rendez-vous", "申請を送信",
      "Подать заявление", "Aanvraag indienen", "Zahlung bestätigen", "Richiedi certificato", "Pagar multa"]


class Ctx:
    """Per-record drawing context: the random stream, persons drawn and value helpers."""

    def __init__(self, rng, neg: bool):
        self.rng = rng
        self.neg = neg
        self.persons: list[Person] = []

    def person(self, native_share=0.12) -> Person:
        if self.neg:
            raise AssertionError("negative records draw no person")
        p = draw_person(self.rng, native_share)
        self.persons.append(p)
        return p

    def latin(self) -> Person:
        return self.person(native_share=0.0)

    def relative(self, p: Person) -> Person:
        if self.neg:
            raise AssertionError("negative records draw no person")
        q = draw_relative(self.rng, p)
        self.persons.append(q)
        return q

    def dob(self, style=0):
        d = datetime(1940, 1, 1) + timedelta(days=self.rng.randrange(66 * 365))
        return [d.strftime("%Y-%m-%d"), d.strftime("%m/%d/%Y"), d.strftime("%d/%m/%Y"), d.strftime("%Y%m%d")][style]

    def hon(self, p: Person, lang="en"):
        """A title agreeing with the person's gender, or a neutral one."""
        f = p.female
        t = {"en": ("Mx. ", "Mr. ", "Ms. "), "de": ("", "Herrn ", "Frau "), "fr": ("", "M. ", "Mme "),
             "es": ("", "Sr. ", "Sra. ")}[lang]
        return t[0] if f is None else t[2 if f else 1]

    def c(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def acct(self, p: Person, styles=None, caps=False):
        st = self.c(styles or ["first.last", "flast", "firstl", "first_last", "firstlast", "lastf", "f.last"])
        a = p.acct(st, self.rng.randint(1, 99) if self.chance(0.2) else 0)
        return a.upper() if caps else a

    def email(self, p: Person, domain=None):
        st = self.c(["first.last", "first.last", "flast", "firstlast", "first_last", "f.last"])
        dom = domain or self.c(["example.com", "example.org", "example.net", "mail.example", "post.example",
                                "correo.example", "city.example.gov", "web.example"])
        return p.acct(st, self.rng.randint(1, 99) if self.chance(0.2) else 0) + "@" + dom

    def name(self, p: Person, caps=None):
        """Display name in one of the natural field forms."""
        f = self.c(["full", "full", "full", "lf", "caps", "caps_lf"]) if caps is None else caps
        if p.native and f in ("caps", "caps_lf"):
            f = "full"
        return {"full": p.full(), "lf": p.last_first(), "caps": fold(p.full()).upper(),
                "caps_lf": p.caps_last_first(", ")}[f]

    def ts(self, style=0):
        d = when(self.rng)
        ms = self.rng.randrange(1000)
        return [d.strftime("%Y-%m-%dT%H:%M:%S") + f".{ms:03d}Z", d.strftime("%Y-%m-%d %H:%M:%S") + f",{ms:03d}",
                d.strftime("%m/%d/%Y %I:%M:%S %p"), f"{d:%b} {d.day:2d} {d:%H:%M:%S}",
                d.strftime("%d.%m.%Y %H:%M:%S"), d.strftime("%Y%m%d%H%M%S"), d.strftime("%d/%b/%Y:%H:%M:%S +0000")][style]

    def date(self, style=0):
        d = when(self.rng)
        return [d.strftime("%Y-%m-%d"), d.strftime("%m/%d/%Y"), d.strftime("%d/%m/%Y"), d.strftime("%Y%m%d")][style]
