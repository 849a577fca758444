"""Shared machinery of pack_ab: persons, the record builder, value generators, decoys and the verifier.

Standard library only. Every random draw goes through the ``random.Random`` passed in, so the output depends
only on the seed.
"""

import ipaddress
import json
import re
import string
import unicodedata
from urllib.parse import quote, quote_plus, unquote

from names import NATIVE, PARTICLES, TRADITIONS, UNRELATED_HANDLES

# --------------------------------------------------------------------------------------------- folding

_FOLD = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
         "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "œ": "oe", "Œ": "OE", "ș": "s", "ț": "t"}


def fold(s):
    s = "".join(_FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s):
    """lower-case ASCII letters only (for logins and e-mail local parts)"""
    return re.sub(r"[^a-z]", "", fold(s).lower())


# --------------------------------------------------------------------------------------------- persons

class Person:
    def __init__(self, given, family, gender, trad, order="gf", middle="", native=None):
        self.given, self.family, self.gender, self.trad = given, family, gender, trad
        self.order, self.middle, self.native = order, middle, native
        self._login = None

    # forms of the name
    def full(self):
        if self.order == "fg":
            return " ".join(x for x in (self.family, self.middle, self.given) if x)
        return " ".join(x for x in (self.given, self.middle, self.family) if x)

    def western(self):
        return " ".join(x for x in (self.given, self.family) if x)

    def last_first(self):
        return f"{self.family}, {self.given}"

    def g_family(self):
        return f"{self.given[0]}. {self.family}"

    def family_g(self):
        return f"{self.family} {self.given[0]}."

    def native_full(self):
        ng, nf, ff = self.native
        return nf + ng if ff and self.native_cjk() else (f"{nf} {ng}" if ff else f"{ng} {nf}")

    def native_cjk(self):
        return self.native is not None and any("\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af"
                                               for c in self.native[0])

    # accounts
    def login(self, rng, style=None, digits=None):
        g = slug(self.given.split()[0])
        f = slug(self.family.split()[-1]) if self.trad == "es" else slug(self.family)
        style = style or rng.choice(["first.last", "flast", "firstl", "first_last", "lastf", "firstlast",
                                     "f.last", "flast"])
        out = {"first.last": f"{g}.{f}", "flast": f"{g[0]}{f}", "firstl": f"{g}{f[0]}",
               "first_last": f"{g}_{f}", "lastf": f"{f}{g[0]}", "firstlast": f"{g}{f}",
               "f.last": f"{g[0]}.{f}"}[style]
        if digits is None:
            digits = rng.random() < 0.25
        if digits:
            out += str(rng.choice([1, 2, 3, 7, 12, 21, 88]))
        return out

    def acct(self, rng):
        """the person's one account, stable within a record"""
        if self._login is None:
            self._login = self.login(rng) if rng.random() > 0.06 else rng.choice(UNRELATED_HANDLES)
        return self._login

    def email(self, rng, domain=None):
        g = slug(self.given.split()[0])
        f = slug(self.family)
        local = rng.choice([f"{g}.{f}", f"{g[0]}{f}", f"{g}", f"{g}.{f}", f"{f}.{g[0]}", f"{g}_{f}"])
        if rng.random() < 0.15:
            local += str(rng.randint(2, 99))
        return f"{local}@{domain or rng.choice(PERSONAL_DOMAINS)}"

    def tokens(self):
        parts = re.split(r"[\s\-'’.]+", f"{self.given} {self.middle} {self.family}")
        out = {p for p in parts if len(p) >= 2 and p.lower() not in PARTICLES}
        out |= {fold(p) for p in out}
        return out

    def native_tokens(self):
        return set(self.native[:2]) if self.native else set()


_TRAD_KEYS = list(TRADITIONS)
_TRAD_W = [TRADITIONS[k]["weight"] for k in _TRAD_KEYS]


def _surname(rng, t, gender):
    s = rng.choice(t["s"])
    if isinstance(s, tuple):
        s = s[0] if gender == "m" else s[1]
    return s


def make_person(rng, trad=None, native_p=0.0, gender=None):
    if native_p and rng.random() < native_p:
        ng, nf, rg, rf, lang, ff = rng.choice(NATIVE)
        order = "fg" if ff and rng.random() < 0.5 else "gf"
        return Person(rg, rf, rng.choice("mf"), lang, order=order, native=(ng, nf, ff))
    key = trad or rng.choices(_TRAD_KEYS, _TRAD_W)[0]
    t = TRADITIONS[key]
    gender = gender or rng.choice("mf")
    given = rng.choice(t[gender])
    family = _surname(rng, t, gender)
    middle = ""
    order = t["order"]
    if order == "mix":
        order = rng.choice(["fg", "gf"])
    if t.get("double") and rng.random() < 0.7:
        second = _surname(rng, t, gender)
        if second != family:
            family = f"{family} {'y ' if rng.random() < 0.1 else ''}{second}"
    if t.get("middle_always"):
        middle = rng.choice(t["mid_m" if gender == "m" else "mid_f"])
    if t.get("filipino_middle") and rng.random() < 0.6:
        middle = rng.choice([s for s in t["s"] if s != family])
    if t.get("malay") and rng.random() < 0.6:
        family = f"{'bin' if gender == 'm' else 'binti'} {rng.choice(t['s'])}"
    elif t.get("malay"):
        family = rng.choice(t["mono"])
    trad_tag = "es" if t.get("double") else key
    return Person(given, family, gender, trad_tag, order=order, middle=middle)


# --------------------------------------------------------------------------------------------- encoders

def pct(s, plus=False):
    return quote_plus(s, safe="") if plus else quote(s, safe="")


def jstr(s, ascii_=False):
    """a value as it appears inside a JSON string (without the quotes)"""
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


class P(str):
    """a PII value: str with a type"""

    def __new__(cls, value, typ):
        o = super().__new__(cls, value)
        o.typ = typ
        return o


class Mix(list):
    """one string value made of plain parts and ``P`` parts (rendered as a single JSON or XML string)"""


def N(v):
    return P(v, "NAME")


def E(v):
    return P(v, "EMAIL")


def PH(v):
    return P(v, "PHONE")


def IP(v):
    return P(v, "IP_ADDRESS")


def SSN(v):
    return P(v, "SSN")


def CC(v):
    return P(v, "CREDIT_CARD")


# --------------------------------------------------------------------------------------------- record builder

_FMT = string.Formatter()


class R:
    def __init__(self, rng):
        self.rng = rng
        self.parts = []
        self.spans = []
        self.persons = []
        self.n = 0

    def person(self, **kw):
        p = make_person(self.rng, **kw)
        self.persons.append(p)
        return p

    def t(self, s):
        self.parts.append(s)
        self.n += len(s)
        return self

    def v(self, s, typ):
        if not s:
            raise ValueError("empty PII value")
        self.spans.append((self.n, self.n + len(s), typ, s))
        return self.t(s)

    def add(self, *items):
        for it in items:
            if isinstance(it, P):
                self.v(str(it), it.typ)
            else:
                self.t(str(it))
        return self

    def f(self, template, **kw):
        """format ``template``; values that are ``P`` become spans"""
        for lit, field, spec, conv in _FMT.parse(template):
            if lit:
                self.t(lit)
            if field is None:
                continue
            val = kw[field]
            if spec:
                if isinstance(val, P):
                    s = format(str(val), spec)
                    stripped = s.strip()
                    lead = s.index(stripped) if stripped else 0
                    self.t(s[:lead]).v(stripped, val.typ).t(s[lead + len(stripped):])
                    continue
                val = format(val, spec)
            self.add(val)
        return self

    def json(self, obj, indent=None, ascii_=False, compact=False):
        sep_item, sep_key = ((",", ":") if compact else (", ", ": "))
        if indent is not None:
            sep_item = ","

        def emit(o, level):
            pad = "\n" + " " * (indent * (level + 1)) if indent is not None else ""
            end = "\n" + " " * (indent * level) if indent is not None else ""
            if isinstance(o, P):
                self.t('"').v(jstr(str(o), ascii_), o.typ).t('"')
            elif isinstance(o, Mix):
                self.t('"')
                for part in o:
                    if isinstance(part, P):
                        self.v(jstr(str(part), ascii_), part.typ)
                    else:
                        self.t(jstr(part, ascii_))
                self.t('"')
            elif isinstance(o, dict):
                if not o:
                    self.t("{}")
                    return
                self.t("{")
                for i, (k, val) in enumerate(o.items()):
                    if i:
                        self.t(sep_item)
                    self.t(pad + json.dumps(k, ensure_ascii=ascii_) + sep_key)
                    emit(val, level + 1)
                self.t(end + "}")
            elif isinstance(o, list):
                if not o:
                    self.t("[]")
                    return
                self.t("[")
                for i, val in enumerate(o):
                    if i:
                        self.t(sep_item)
                    self.t(pad)
                    emit(val, level + 1)
                self.t(end + "]")
            else:
                self.t(json.dumps(o, ensure_ascii=ascii_))

        emit(obj, 0)
        return self

    def pystr(self, val):
        """a Python string literal; the quotes are outside the span"""
        s = str(val)
        q = '"' if "'" in s else "'"
        self.t(q)
        self.add(val)
        return self.t(q)

    def chomp(self):
        while self.parts and self.parts[-1].endswith("\n"):
            self.parts[-1] = self.parts[-1][:-1]
            self.n -= 1
            assert not self.spans or self.spans[-1][1] <= self.n
        return self

    def text(self):
        return "".join(self.parts)


def csv_cell(val, delim=","):
    s = str(val)
    if any(c in s for c in (delim, '"', "\n")):
        inner = s.replace('"', '""')
        return ["\"", P(inner, val.typ) if isinstance(val, P) else inner, "\""]
    return [val]


def csv_row(r, cells, delim=",", eol="\n"):
    for i, c in enumerate(cells):
        if i:
            r.t(delim)
        r.add(*csv_cell(c, delim))
    r.t(eol)


# --------------------------------------------------------------------------------------------- values

PERSONAL_DOMAINS = ["mail.example.com", "example.net", "post.example.org", "inbox.example", "correo.example",
                    "webmail.example.de", "example.co.uk", "kanzlei-mail.example"]
FIRM_DOMAINS = ["hartwell-okafor.example", "lindqvistlaw.example", "bvk-legal.example", "mendoza-ip.example",
                "firm.example.com", "notariat-mitte.example", "legalaid-ne.example.org", "castellanos.example"]

_PHONE_PLANS = [
    ("US", lambda r: f"+1 {r.choice(['212', '312', '415', '617', '713'])} 555 01{r.randint(0, 99):02d}"),
    ("US", lambda r: f"({r.choice(['202', '305', '646', '503'])}) 555-01{r.randint(0, 99):02d}"),
    ("US", lambda r: f"{r.choice(['404', '312', '206'])}-555-01{r.randint(0, 99):02d}"),
    ("UK", lambda r: f"+44 7700 900{r.randint(0, 999):03d}"),
    ("UK", lambda r: f"07700 900{r.randint(0, 999):03d}"),
    ("UK", lambda r: f"020 7946 0{r.randint(0, 999):03d}"),
    ("DE", lambda r: f"+49 30 {r.randint(100, 999)} {r.randint(1000, 9999)}"),
    ("DE", lambda r: f"0151 {r.randint(1000000, 9999999)}"),
    ("FR", lambda r: "+33 6 " + " ".join(f"{r.randint(0, 99):02d}" for _ in range(4))),
    ("FR", lambda r: "01 " + " ".join(f"{r.randint(0, 99):02d}" for _ in range(4))),
    ("ES", lambda r: f"+34 6{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}"),
    ("MX", lambda r: f"+52 55 {r.randint(1000, 9999)} {r.randint(1000, 9999)}"),
    ("BR", lambda r: f"+55 11 9{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"),
    ("IT", lambda r: f"+39 3{r.randint(20, 49)} {r.randint(100, 999)} {r.randint(1000, 9999)}"),
    ("NL", lambda r: f"+31 6 {r.randint(10000000, 99999999)}"),
    ("PL", lambda r: f"+48 {r.randint(500, 899)} {r.randint(100, 999)} {r.randint(100, 999)}"),
    ("NG", lambda r: f"+234 80{r.randint(0, 9)} {r.randint(100, 999)} {r.randint(1000, 9999)}"),
    ("IN", lambda r: f"+91 98{r.randint(100, 999)} {r.randint(10000, 99999)}"),
    ("PH", lambda r: f"+63 917 {r.randint(100, 999)} {r.randint(1000, 9999)}"),
    ("AU", lambda r: f"0491 57{r.randint(0, 9)} {r.randint(100, 999)}"),
    ("JP", lambda r: f"090-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"),
    ("KE", lambda r: f"+254 7{r.randint(10, 99)} {r.randint(100000, 999999)}"),
    ("E164", lambda r: f"+1415555{r.randint(100, 199):04d}"),
    ("E164", lambda r: f"+4915{r.randint(10, 79)}{r.randint(1000000, 9999999)}"),
]


def phone(rng, country=None):
    plans = [p for c, p in _PHONE_PLANS if country is None or c == country] or [p for _, p in _PHONE_PLANS]
    return rng.choice(plans)(rng)


def ssn(rng, sep="-"):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def ssn_valid(v):
    d = re.sub(r"\D", "", v)
    if len(d) == 4:
        return True
    if len(d) != 9:
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


def luhn_ok(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def _luhn_complete(prefix, length, rng):
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError


def card(rng, style=None):
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    pre, ln = {"visa": ("4", 16), "mc": (str(rng.randint(51, 55)), 16), "mc2": (str(rng.randint(2221, 2720)), 16),
               "amex": (rng.choice(["34", "37"]), 15), "disc": ("6011", 16)}[kind]
    d = _luhn_complete(pre, ln, rng)
    style = style or rng.choice(["plain", "space", "dash"])
    if style == "plain":
        return d
    sep = " " if style == "space" else "-"
    if ln == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i:i + 4] for i in range(0, 16, 4))


def masked_pan(rng):
    return rng.choice(["4", "5", "3"]) + "*" * rng.choice([11, 12]) + f"{rng.randint(0, 9999):04d}"


def ipv4(rng):
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


def ipv6(rng):
    if rng.random() < 0.7:
        return f"2001:db8:{rng.randint(1, 0xffff):x}::{rng.randint(1, 0xffff):x}"
    return f"fd12:3456:{rng.randint(1, 0xffff):x}:{rng.randint(0, 0xffff):x}::{rng.randint(1, 0xff):x}"


def ip(rng, v6=0.2):
    return ipv6(rng) if rng.random() < v6 else ipv4(rng)


def digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def long_id(rng, n):
    """an n-digit id that is never Luhn-valid"""
    while True:
        d = str(rng.randint(1, 9)) + digits(rng, n - 1)
        if not luhn_ok(d):
            return d


def matter_no(rng):
    return rng.choice([f"{rng.randint(10000, 99999):05d}-{rng.randint(1, 120):04d}",
                       f"{rng.randint(100000, 999999)}.{rng.randint(1, 99):05d}",
                       f"M-{rng.randint(2019, 2026)}-{rng.randint(100, 9999):04d}",
                       f"{rng.randint(1000, 9999)}/{rng.randint(1, 999):03d}"])


def bates(rng, prefix=None):
    return f"{prefix or rng.choice(['MERID', 'ACME', 'PLTF', 'DEF', 'HRTW', 'SUB'])}{rng.randint(1, 999999):07d}"


def ts_iso(rng, z=True):
    base = f"2026-{rng.randint(9, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:" \
           f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    if z:
        return base + rng.choice(["Z", f".{rng.randint(0, 999):03d}Z", "+01:00", "-05:00"])
    return base


def ts_sp(rng):
    return f"2026-{rng.randint(9, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:" \
           f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def date(rng, fmt="iso"):
    y, m, d = 2026, rng.randint(1, 12), rng.randint(1, 28)
    if fmt == "us":
        return f"{m:02d}/{d:02d}/{y}"
    if fmt == "eu":
        return f"{d:02d}.{m:02d}.{y}"
    if fmt == "fr":
        return f"{d:02d}/{m:02d}/{y}"
    return f"{y}-{m:02d}-{d:02d}"


def syslog_ts(rng):
    return f"{rng.choice(['Sep', 'Oct', 'Nov', 'Dec'])} {rng.randint(1, 28):2d} " \
           f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def money(rng, lo=50, hi=25000):
    return f"{rng.randint(lo, hi)}.{rng.choice(['00', '50', '25', str(rng.randint(10, 99))])}"


def hexid(rng, n=8):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid(rng):
    return f"{hexid(rng, 8)}-{hexid(rng, 4)}-4{hexid(rng, 3)}-{rng.choice('89ab')}{hexid(rng, 3)}-{hexid(rng, 12)}"


# --------------------------------------------------------------------------------------------- decoys

# Law firms named after partners: companies, never NAME.
FIRMS = ["Hartwell Okafor LLP", "Lindqvist & Brandt", "Baptiste, Mercer & Cole LLP", "Okonkwo Adeyemi & Co.",
         "Kowalczyk Nowak sp.k.", "Mendoza Reyes Abogados S.C.", "Castellanos & Ruiz Asociados",
         "Dubois Lefèvre Avocats AARPI", "Müller-Brandt Rechtsanwälte PartG mbB", "van der Berg Advocaten N.V.",
         "Tanaka & Sato Law Office", "Chen Wang & Partners", "Sharma Iyer Associates", "Fitzgerald O'Brien Solicitors",
         "Judge Marshall & Bishop PLLC", "Law Love & Page LLP", "Fairchild Whitfield Pennington",
         "Haddad Khoury Law Firm", "Nguyen & Tran PLC", "Rossi De Luca Studio Legale", "Papadopoulos & Associates",
         "Dlamini Botha Inc.", "Mensah Asante & Associates", "Jefferson Washington Coleman LLP",
         "Grant Hope & Sterling", "Sokolov Partners", "Bergström Lund Advokatbyrå KB", "Kamau & Odhiambo Advocates"]
FIRMS_UPPER = [f.upper() for f in FIRMS]

ORG_PARTIES = ["Meridian Freight LLC", "Bluebird Airlines, Inc.", "Riverside County", "Northgate Pharmaceuticals plc",
               "Acme Holdings Corp.", "Harbor View Condominium Association", "City of Lakewood",
               "The Okafor Family Trust", "Estate Planning Department", "Pinecrest Medical Group",
               "State of Ohio", "Commonwealth of Virginia", "United States", "Victoria Mining Ltd",
               "Madison Capital Partners LP", "Jordan Logistics GmbH", "Sterling Bank & Trust",
               "Georgia-Pacific LLC", "Lincoln National Life Insurance Company", "Fairview School District"]
CAPTIONS = ["In re Bluebird Airlines Antitrust Litigation", "Meridian Freight LLC v. Riverside County",
            "United States v. $124,700 in U.S. Currency", "State of Ohio v. Northgate Pharmaceuticals plc",
            "In re Application of Acme Holdings Corp.", "Harbor View Condo. Ass'n v. City of Lakewood",
            "Sterling Bank & Trust v. Madison Capital Partners LP", "In the Matter of the Arbitration between "
            "Jordan Logistics GmbH and Victoria Mining Ltd", "SEC v. Pinecrest Medical Group"]
STATUTES = ["42 U.S.C. § 1983", "Fed. R. Civ. P. 26(b)(5)(A)", "Fed. R. Evid. 502(d)", "28 U.S.C. § 1332(a)",
            "Cal. Civ. Proc. Code § 2025.010", "N.Y. C.P.L.R. 3212", "Tex. R. Civ. P. 194.2", "§ 622 ZPO",
            "art. 1240 du Code civil", "§ 17 BeurkG", "Rule 1.15(a) Model Rules of Prof'l Conduct",
            "15 U.S.C. § 78j(b)", "Fed. R. Civ. P. 30(b)(6)", "Fed. R. Civ. P. 12(b)(6)", "11 U.S.C. § 362"]
SERVICE_ACCOUNTS = ["svc_dms_sync", "svc-efile", "ELITE_BATCH", "intake-bot", "conflicts.engine", "SYSTEM",
                    "NT AUTHORITY\\SYSTEM", "docketing-bot", "trust_recon", "relativity.service", "nuix-worker-07",
                    "tar-engine", "svc_ledes_export", "ron-platform", "apostille-api", "lsc-report",
                    "realtime-bridge", "admin", "root", "sharepoint-indexer", "wall.enforcer", "TIMEKEEPER_POOL"]
PLACEHOLDERS = ["TBD", "UNASSIGNED", "N/A", "(none)", "Paralegal Pool", "Associate TBD", "Client Services",
                "Records Department", "Anonymous Caller", "Jane Doe (placeholder)", "VOID", "[redacted]"]
PLACES = ["Victoria", "Madison", "Charlotte", "Savannah", "Augusta", "Jackson", "Lincoln", "Austin",
          "Georgetown", "Florence", "Regina", "Adelaide"]
STATUS = ["OPEN", "PENDING_REVIEW", "CLEARED", "WAIVER_REQUIRED", "BILLED", "WIP", "FINAL", "LOCKED",
          "REJECTED", "ACCEPTED", "Filed", "Served", "Closed – Advice Given", "Extended Service"]
COURTS = ["S.D.N.Y.", "N.D. Cal.", "D. Del.", "E.D. Tex.", "Cook County Circuit Court", "LG Berlin",
          "Tribunal judiciaire de Paris", "Superior Court of California, County of Los Angeles",
          "High Court (Chancery Division)", "Harris County District Court"]


# --------------------------------------------------------------------------------------------- verification

_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+(?:@|%40|%2540)[A-Za-z0-9\-]+\.[A-Za-z0-9.\-]+")
_IP4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
_IP6_RE = re.compile(r"(?<![0-9A-Za-z:])(?:[0-9a-fA-F]{1,4}:){2,7}:?[0-9a-fA-F]{0,4}(?![0-9A-Za-z:])")
_CARD_RE = re.compile(r"(?<!\d)(?:\d[ \-]?){12,18}\d(?!\d)")
_SSN_RE = re.compile(r"(?<!\d)\d{3}([- ])\d{2}\1\d{4}(?!\d)")
_PHONE_RE = re.compile(r"(?:\+|%2B)\d[\d \-().]{6,}")


class LeakError(Exception):
    pass


def _outside(text, spans):
    chars = list(text)
    for s, e, _t, _v in spans:
        for i in range(s, e):
            chars[i] = "\x00"
    return "".join(chars)


def check_values(text, spans):
    """structural checks; a failure is a template bug"""
    last = 0
    for s, e, typ, val in spans:
        assert 0 <= s < e <= len(text), (s, e)
        assert s >= last, "overlap or unsorted"
        last = e
        seg = text[s:e]
        assert seg == val, (seg, val)
        assert seg == seg.strip(), repr(seg)
        if typ == "EMAIL":
            assert "@" in seg or "%40" in seg, seg
        elif typ == "NAME":
            assert any(c.isalpha() for c in seg) and "@" not in seg, seg
        elif typ == "PHONE":
            plain = unquote(seg)
            d = re.sub(r"\D", "", plain)
            assert 7 <= len(d) <= 15 and re.fullmatch(r"\+?[\d \-().]+", plain), seg
        elif typ == "SSN":
            assert ssn_valid(seg) and re.fullmatch(r"\d{3}[- ]?\d{2}[- ]?\d{4}|\d{4}", seg), seg
        elif typ == "CREDIT_CARD":
            d = re.sub(r"\D", "", seg)
            assert luhn_ok(d) and 13 <= len(d) <= 19, seg
        elif typ == "IP_ADDRESS":
            ipaddress.ip_address(seg)
        else:
            raise AssertionError(typ)


def check_leaks(text, spans, persons):
    """values of the record outside its spans; a failure makes the record be drawn again"""
    out = _outside(text, spans)
    if m := _EMAIL_RE.search(out):
        raise LeakError(f"email {m.group()}")
    for m in _IP4_RE.finditer(out):
        try:
            ipaddress.IPv4Address(m.group())
            raise LeakError(f"ip {m.group()}")
        except ipaddress.AddressValueError:
            pass
    for m in _IP6_RE.finditer(out):
        try:
            ipaddress.IPv6Address(m.group())
            raise LeakError(f"ipv6 {m.group()}")
        except ipaddress.AddressValueError:
            pass
    for m in _CARD_RE.finditer(out):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and luhn_ok(d):
            raise LeakError(f"card-like {m.group()}")
    for m in _SSN_RE.finditer(out):
        if ssn_valid(m.group()):
            raise LeakError(f"ssn-like {m.group()}")
    if m := _PHONE_RE.search(out):
        raise LeakError(f"phone-like {m.group()}")
    covered = [(s, e) for s, e, t, _v in spans if t in ("NAME", "EMAIL")]

    def inside(a, b):
        return any(s <= a and b <= e for s, e in covered)

    low = text.lower()
    low_fold = fold(text).lower()
    for p in persons:
        for tok in p.tokens():
            pat = re.compile(r"(?<![^\W_])" + re.escape(tok.lower()) + r"(?![^\W_])")
            for hay in (low, low_fold) if len(low_fold) == len(low) else (low,):
                for m in pat.finditer(hay):
                    if not inside(m.start(), m.end()):
                        raise LeakError(f"name token {tok!r} outside spans")
            for enc in {pct(tok), pct(tok, True)} - {tok}:
                for m in re.finditer(re.escape(enc), text, re.I):
                    if not inside(m.start(), m.end()):
                        raise LeakError(f"encoded name token {enc!r}")
        for tok in p.native_tokens():
            for m in re.finditer(re.escape(tok), text):
                if not inside(m.start(), m.end()):
                    raise LeakError(f"native token {tok!r}")
