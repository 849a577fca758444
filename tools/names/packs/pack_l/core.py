# ruff: noqa: UP031
"""Segment builder, value generators, decoys and the record verifier for pack_l.

A record is a list of (text, TYPE|None) segments; span offsets follow from segment lengths, so nothing
is searched for afterwards. Encoders (JSON, percent, form, repr) are applied per segment, so an escaped
value is labelled exactly as it appears.
"""
import ast
import ipaddress
import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from urllib.parse import quote, quote_plus, unquote, unquote_plus

import names as NM

TYPES = ("NAME", "EMAIL", "PHONE", "SSN", "CREDIT_CARD", "IP_ADDRESS")


class TemplateError(Exception):
    pass


class LeakError(Exception):
    pass


def N(v): return (v, "NAME")
def E(v): return (v, "EMAIL")
def P(v): return (v, "PHONE")
def S(v): return (v, "SSN")
def C(v): return (v, "CREDIT_CARD")
def I(v): return (v, "IP_ADDRESS")  # noqa: E743


def jesc(s, ascii_=False):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def pct(s): return quote(s, safe="")
def form(s): return quote_plus(s, safe="")
def xesc(s): return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
def xattr(s): return xesc(s).replace('"', "&quot;")


class J:
    """A JSON string made of literal pieces and labelled tuples."""
    def __init__(self, *parts): self.parts = parts


class Raw:
    def __init__(self, text): self.text = text


class R:
    def __init__(self):
        self.segs = []
        self.docs = []  # (start, end, kind)
        self._open = []

    def __call__(self, *parts, enc=None):
        for p in parts:
            if p is None or p == "":
                continue
            if isinstance(p, str):
                self.segs.append((enc(p) if enc else p, None))
            elif isinstance(p, tuple):
                v, t = p
                if t not in TYPES or not v:
                    raise TemplateError("bad labelled value %r" % (p,))
                self.segs.append((enc(v) if enc else v, t))
            elif isinstance(p, list):
                self(*p, enc=enc)
            elif isinstance(p, R):
                base = len(self.text())
                self.segs.extend(p.segs)
                self.docs.extend((s + base, e + base, k) for s, e, k in p.docs)
            else:
                raise TemplateError("bad part %r" % (p,))
        return self

    def pos(self):
        return sum(len(t) for t, _ in self.segs)

    def begin(self):
        self._open.append(self.pos())
        return self

    def end(self, kind):
        self.docs.append((self._open.pop(), self.pos(), kind))
        return self

    def json(self, obj, indent=None, ascii_=False, sep=None):
        self.begin()
        self._js(obj, indent, 0, ascii_, sep)
        return self.end("json")

    def _js(self, o, ind, lvl, a, sep):
        nl = "" if ind is None else "\n" + " " * (ind * (lvl + 1))
        close = "" if ind is None else "\n" + " " * (ind * lvl)
        colon = ": " if (ind is not None or sep == "spaced") else ":"
        comma = ", " if (ind is None and sep == "spaced") else ","
        enc = lambda s: jesc(s, a)
        if isinstance(o, dict):
            if not o:
                return self("{}")
            self("{")
            for i, (k, v) in enumerate(o.items()):
                self((comma if i else "") + nl + json.dumps(k, ensure_ascii=a) + colon)
                self._js(v, ind, lvl + 1, a, sep)
            return self(close + "}")
        if isinstance(o, list):
            if not o:
                return self("[]")
            self("[")
            for i, v in enumerate(o):
                self((comma if i else "") + nl)
                self._js(v, ind, lvl + 1, a, sep)
            return self(close + "]")
        if isinstance(o, tuple):
            return self('"')(o, enc=enc)('"')
        if isinstance(o, J):
            return self('"')(*o.parts, enc=enc)('"')
        if isinstance(o, Raw):
            return self(o.text)
        return self(json.dumps(o, ensure_ascii=a))

    def embed(self, inner, enc):
        """Append another record's segments through an encoder (e.g. JSON inside a JSON string)."""
        for s, e, k in inner.docs:
            if k == "json":
                json.loads(inner.text()[s:e])
        for t, typ in inner.segs:
            self((t, typ) if typ else t, enc=enc)
        return self

    def text(self):
        return "".join(t for t, _ in self.segs)

    def spans(self):
        out, pos = [], 0
        for t, typ in self.segs:
            if typ:
                out.append((pos, pos + len(t), typ, t))
            pos += len(t)
        return out


def pyq(v, typ=None):
    """Python repr of a string, with only the inside labelled."""
    r = repr(v)
    return [r[0], (r[1:-1], typ), r[-1]] if typ else r


def rbq(v, typ=None):
    """Ruby/JS double-quoted string."""
    inner = jesc(v)
    return ['"', (inner, typ), '"'] if typ else '"' + inner + '"'


# ----------------------------------------------------------------------------- folding and persons
_FOLD = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ı": "i",
         "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "œ": "oe"}


def fold(s):
    s = "".join(_FOLD.get(c, c) for c in s)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def alnum(s):
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


TRADS = NM.load()
EMAIL_DOMAINS = ["example.com", "example.net", "example.org", "mail.example", "inbox.example", "post.example",
                 "web.example", "correo.example", "kunden.example", "fibrenet.example", "glasnet.example"]


class Person:
    def __init__(self, given, family, female, fg, trad, native=None):
        self.g, self.f, self.female, self.fg, self.trad, self.native = given, family, female, fg, trad, native
        if native:
            self.ng, self.nf, self.lang = native
        self.rg, self.rf = fold(given), fold(family)

    @property
    def given(self): return self.ng if self.native else self.g

    @property
    def family(self): return self.nf if self.native else self.f

    @property
    def full(self):
        if self.native:
            return self.nf + self.ng if self.lang in NM.FAMILY_FIRST_SCRIPTS else self.ng + " " + self.nf
        return self.f + " " + self.g if self.fg else self.g + " " + self.f

    @property
    def latin(self):  # the Latin-script name, in the person's order
        return self.f + " " + self.g if self.fg else self.g + " " + self.f

    def last_first(self): return self.f + ", " + self.g
    def upper(self): return self.latin.upper()
    def slash(self): return self.f.upper() + "/" + self.g.upper()
    def initial(self): return self.g[0] + ". " + self.f

    def words(self):
        out = set()
        for s in (self.g, self.f) + ((self.ng, self.nf) if self.native else ()):
            for w in re.split(r"[\s\-'’]+", s):
                if len(w) >= 2 and w.lower() not in NM.PARTICLES:
                    out.add(w)
        return out

    def acct(self, rng, style=None):
        g, f = alnum(self.g), alnum(self.f)
        style = style or rng.choice(["first.last", "flast", "firstl", "first_last", "firstlast", "lastf", "f.last",
                                     "flast", "first.last"])
        a = {"first.last": g + "." + f, "flast": g[0] + f, "firstl": g + f[0], "first_last": g + "_" + f,
             "firstlast": g + f, "lastf": f + g[0], "f.last": g[0] + "." + f, "last.first": f + "." + g}[style]
        if rng.random() < 0.25:
            a += str(rng.randint(1, 99))
        return a

    def local(self, rng):
        g, f = alnum(self.g), alnum(self.f)
        a = rng.choice([g + "." + f, g[0] + f, g + f, g + "_" + f, f + "." + g, g + str(rng.randint(70, 99)),
                        g + "." + f + str(rng.randint(1, 9))])
        return a

    def email(self, rng, domain=None):
        return self.local(rng) + "@" + (domain or rng.choice(EMAIL_DOMAINS))


def make_person(rng, native_p=0.12):
    if rng.random() < native_p:
        lang, ng, nf, rg, rf, fem = rng.choice(NM.NATIVE)
        return Person(rg, rf, bool(fem), lang in NM.FAMILY_FIRST_SCRIPTS and rng.random() < 0.5, lang, (ng, nf, lang))
    t = rng.choice(TRADS)
    female = rng.random() < 0.5
    g = rng.choice(t["f"] if female else t["m"])
    m, fem = rng.choice(t["s"])
    fg = t["order"] == "fg" or (t["order"] == "mix" and rng.random() < 0.5)
    return Person(g, fem if female else m, female, fg, t["key"])


# ----------------------------------------------------------------------------- numbers
# (iso, country code, trunk prefix shown in national form, national display patterns). N=2-9, X=0-9.
PLANS = [
    ("US", "1", "", ["NXX-555-01XX", "(NXX) 555-01XX", "NXX.555.01XX"]), ("CA", "1", "", ["NXX-555-01XX"]),
    ("GB", "44", "0", ["07700 900XXX", "07700900XXX"]), ("DE", "49", "0", ["0151 XXXXXXXX", "0171 XXXXXXX", "0160/XXXXXXX"]),
    ("FR", "33", "0", ["06 XX XX XX XX", "07 XX XX XX XX"]), ("ES", "34", "", ["6XX XXX XXX", "6XX XX XX XX"]),
    ("IT", "39", "", ["3XX XXX XXXX"]), ("NL", "31", "0", ["06-XXXXXXXX", "06 XXXX XXXX"]),
    ("BE", "32", "0", ["04XX XX XX XX"]), ("PL", "48", "", ["5XX XXX XXX"]), ("PT", "351", "", ["9NX XXX XXX"]),
    ("BR", "55", "", ["(NX) 9XXXX-XXXX"]), ("MX", "52", "", ["NX XXXX XXXX"]), ("CO", "57", "", ["3XX XXX XXXX"]),
    ("IN", "91", "", ["9XXXX XXXXX", "8XXXX XXXXX"]), ("PK", "92", "0", ["03XX-XXXXXXX"]),
    ("BD", "880", "0", ["01XXX-XXXXXX"]), ("JP", "81", "0", ["090-XXXX-XXXX", "080-XXXX-XXXX"]),
    ("KR", "82", "0", ["010-XXXX-XXXX"]), ("CN", "86", "", ["13X XXXX XXXX", "18X XXXX XXXX"]),
    ("AU", "61", "0", ["0491 57X XXX"]), ("NZ", "64", "0", ["021 XXX XXXX"]), ("NG", "234", "0", ["0803 XXX XXXX"]),
    ("KE", "254", "0", ["07XX XXX XXX"]), ("ZA", "27", "0", ["082 XXX XXXX"]), ("EG", "20", "0", ["010 XXXX XXXX"]),
    ("SA", "966", "0", ["05X XXX XXXX"]), ("AE", "971", "0", ["05X XXX XXXX"]), ("TR", "90", "0", ["05XX XXX XX XX"]),
    ("RU", "7", "8", ["8 (9XX) XXX-XX-XX"]), ("UA", "380", "0", ["06X XXX XX XX"]), ("PH", "63", "0", ["09XX XXX XXXX"]),
    ("ID", "62", "0", ["08XX-XXXX-XXXX"]), ("VN", "84", "0", ["09X XXX XX XX"]), ("SE", "46", "0", ["07X-XXX XX XX"]),
    ("IE", "353", "0", ["08X XXX XXXX"]), ("GH", "233", "0", ["02X XXX XXXX"]),
]
PLAN = {p[0]: p for p in PLANS}


class Phone:
    def __init__(self, rng, iso=None):
        iso = iso or rng.choice([p[0] for p in PLANS])
        self.iso, self.cc, self.trunk, pats = PLAN[iso]
        pat = rng.choice(pats)
        self.nat = "".join(str(rng.randint(2, 9)) if c == "N" else str(rng.randint(0, 9)) if c == "X" else c for c in pat)
        d = re.sub(r"\D", "", self.nat)
        self.nsn = d[len(self.trunk):] if self.trunk and d.startswith(self.trunk) else d

    @property
    def e164(self): return "+" + self.cc + self.nsn

    @property
    def msisdn(self): return self.cc + self.nsn

    @property
    def intl(self):
        n = self.nat
        if self.trunk and n.startswith(self.trunk):
            n = n[len(self.trunk):].lstrip(" ")
        return "+" + self.cc + " " + n

    def any(self, rng):
        return rng.choice([self.e164, self.e164, self.nat, self.intl, self.msisdn, "00" + self.cc + self.nsn])


def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2:
            x = x * 2 - 9 if x > 4 else x * 2
        s += x
    return s % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card(rng, style=None):
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb"])
    pre, n = {"visa": ("4", 16), "mc": (str(rng.randint(51, 55)), 16), "mc2": (str(rng.randint(2221, 2720)), 16),
              "amex": (rng.choice(["34", "37"]), 15), "disc": ("6011", 16), "jcb": (str(rng.randint(3528, 3589)), 16)}[kind]
    body = pre + "".join(str(rng.randint(0, 9)) for _ in range(n - len(pre) - 1))
    d = luhn_complete(body)
    style = style or rng.choice(["plain", "plain", "space", "dash"])
    if style == "plain":
        return d
    sep = " " if style == "space" else "-"
    groups = [d[:4], d[4:10], d[10:]] if n == 15 else [d[i:i + 4] for i in range(0, 16, 4)]
    return sep.join(groups)


def ssn(rng, style=None):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    style = style or rng.choice(["dash", "dash", "plain", "space"])
    sep = {"dash": "-", "plain": "", "space": " "}[style]
    return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)


def last4(rng):
    return "%04d" % rng.randint(1, 9999)


def ip4(rng):
    k = rng.random()
    if k < 0.45:
        return "%s.%d" % (rng.choice(["192.0.2", "198.51.100", "203.0.113"]), rng.randint(1, 254))
    if k < 0.65:
        return "100.%d.%d.%d" % (rng.randint(64, 127), rng.randint(0, 255), rng.randint(1, 254))
    if k < 0.8:
        return "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    if k < 0.9:
        return "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254))
    return "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254))


def ip6(rng):
    h = lambda: "%x" % rng.randint(1, 0xFFFF)
    pre = rng.choice(["2001:db8:", "2001:db8:", "fd12:3456:"])
    k = rng.random()
    if k < 0.5:
        return pre + h() + "::" + h()
    if k < 0.8:
        return pre + ":".join(h() for _ in range(6))
    return pre + h() + ":" + h() + "::" + h() + ":" + h()


def digits(rng, n, first_nonzero=True):
    s = str(rng.randint(1, 9)) if first_nonzero else str(rng.randint(0, 9))
    return s + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def nonluhn(rng, prefix, n):
    while True:
        d = prefix + "".join(str(rng.randint(0, 9)) for _ in range(n - len(prefix)))
        if not luhn_ok(d):
            return d


def hexs(rng, n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def mac(rng, sep=":", upper=False):
    return sep.join(hexs(rng, 2, upper) for _ in range(6))


def iccid(rng):  # 20 digits incl. Luhn check digit; 20 digits never look like a card
    return luhn_complete("89" + rng.choice(["44", "49", "34", "33", "01", "86", "91"]) +
                         "".join(str(rng.randint(0, 9)) for _ in range(15)))


def imsi(rng):
    return nonluhn(rng, rng.choice(["234150", "262011", "214070", "310260", "208150", "440100", "404450", "621300"]), 15)


def eid(rng):
    return "89049032" + "".join(str(rng.randint(0, 9)) for _ in range(24))


MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


class TS:
    def __init__(self, rng):
        self.mo, self.d = rng.randint(1, 12), rng.randint(1, 28)
        self.h, self.mi, self.s, self.ms = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999)

    def iso(self, z=True): return "2026-%02d-%02dT%02d:%02d:%02d.%03d%s" % (self.mo, self.d, self.h, self.mi, self.s, self.ms, "Z" if z else "")
    def sql(self): return "2026-%02d-%02d %02d:%02d:%02d" % (self.mo, self.d, self.h, self.mi, self.s)
    def log(self): return "2026-%02d-%02d %02d:%02d:%02d,%03d" % (self.mo, self.d, self.h, self.mi, self.s, self.ms)
    def syslog(self): return "%s %2d %02d:%02d:%02d" % (MONTHS[self.mo - 1], self.d, self.h, self.mi, self.s)
    def hm(self): return "%02d:%02d" % (self.h, self.mi)
    def date(self): return "2026-%02d-%02d" % (self.mo, self.d)
    def eu(self): return "%02d.%02d.2026 %02d:%02d" % (self.d, self.mo, self.h, self.mi)
    def clf(self): return "%02d/%s/2026:%02d:%02d:%02d +0000" % (self.d, MONTHS[self.mo - 1], self.h, self.mi, self.s)
    def compact(self): return "2026%02d%02d%02d%02d%02d" % (self.mo, self.d, self.h, self.mi, self.s)


# ----------------------------------------------------------------------------- decoys (never PII)
SERVICE_ACCTS = ["svc_provision", "noc-bot", "acs-sync", "oss_batch", "SYSTEM", "mediation01", "bss-integration",
                 "svc-lnp", "portbot", "netconf", "nms_poller", "root", "admin", "olt-automation", "crm-api",
                 "workforce-sync", "billing-batch", "RATING_ENGINE", "SIMMGR", "esim-orchestrator", "abuse-desk-bot",
                 "jenkins", "ansible", "SOAPGW01", "autoassign", "tac-integration", "kea-ctrl-agent"]
COMPANIES = ["Harrison Fibre Ltd", "Okafor Telecom Contractors", "Müller Tiefbau GmbH", "Ericsson", "Nokia", "Siemens",
             "Bell Canada", "Marconi Networks", "Jansen Netwerkbouw B.V.", "Dubois & Fils Télécom", "Hughes Network Systems",
             "Johnson Controls", "Schneider Electric", "Thompson Cabling Co.", "Zhang Optical Components",
             "Kowalski Instalacje Sp. z o.o.", "Tanaka Densetsu K.K.", "Rossi Impianti S.r.l.", "Mensah & Sons Civil Works",
             "Fernández Obras y Servicios S.L.", "MCCARTHY TRENCHING LTD", "O'NEILL COMMUNICATIONS", "Bakker Glasvezel",
             "Giesecke+Devrient", "Thales", "IDEMIA", "Telefónica", "Orange", "Vodafone", "Deutsche Telekom", "Huawei",
             "ZTE", "Calix", "Adtran", "Juniper Networks", "Cisco"]
PLACES = ["Victoria", "Florence", "Regina", "Adelaide", "Charlotte", "Madison", "Austin", "Eugene", "Jackson",
          "Lincoln", "Sofia", "Georgia", "Jordan", "Savannah", "Alexandria", "Santiago", "Marion", "Chelsea",
          "Beverly Hills", "San José", "Santa Maria", "St. Helena", "Port Elizabeth", "Hamilton", "Wellington"]
PRODUCTS = ["Alexa", "Siri", "Cortana", "Bixby", "Echo Show", "Nest Hub", "Fibre Max 1000", "Gigabit Pro",
            "Project Athena", "Kestrel", "Project Hermes", "Victoria Plan", "Sophie Mesh", "Eero Pro 6",
            "Apollo", "Orion Backbone", "Titan Core", "Juno Gateway", "Casa Systems", "HG8245H", "F680", "G-240W-F",
            "XS-2426G-B", "FritzBox 7590", "Marvin", "Jarvis"]
STATUSES = ["Pending", "Ready For Service", "Port Out Pending", "In Progress", "Completed", "Cancelled", "On Hold",
            "Awaiting Customer", "No Fault Found", "Resolved", "Activated", "Suspended", "Link Up", "Link Down",
            "Provisioned", "Powered Off", "Degraded", "Closed", "Escalated", "Pending Vendor"]
UI_STRINGS = ["Account Holder", "Service Address", "Customer Since", "Primary Contact", "Billing Account",
              "Installation Appointment", "Technician Notes", "Port Request", "Authorised User", "Network Status",
              "Speed Test Result", "Change Plan", "Contact Preferences", "Welcome Back", "Sign In", "Forgot Password"]
FOREIGN_UI = ["Anschluss erfolgreich aktiviert", "Portabilidad completada", "Activation réussie",
              "Подключение выполнено", "開通工事が完了しました", "Portabilidade concluída", "Attivazione completata",
              "Aansluiting geactiveerd", "Aktywacja zakończona", "Hizmet etkinleştirildi", "تم تفعيل الخدمة",
              "서비스가 개통되었습니다", "服务已开通", "Kích hoạt thành công", "सेवा सक्रिय हो गई", "Palvelu aktivoitu",
              "Tjänsten är aktiverad", "Η υπηρεσία ενεργοποιήθηκε", "השירות הופעל", "Služba aktivována"]
HOSTS = ["olt-mad-03", "olt-lis-01", "bng-ams-02", "bng-fra-01", "acs01.oss.fibrenet.example", "kea-dhcp-2",
         "med-node-7", "noc-web-1", "crm-app-04", "wfm-api-2", "sm-dpplus-1", "lnp-gw-01"]


# ----------------------------------------------------------------------------- record context
class Ctx:
    def __init__(self, rng, neg):
        self.r, self.neg, self.persons, self.allow = rng, neg, [], set()

    def person(self, native_p=0.12):
        if self.neg:
            raise TemplateError("negative template drew a person")
        p = make_person(self.r, native_p)
        self.persons.append(p)
        return p

    def latin_person(self):
        return self.person(native_p=0.0)

    def phone(self, iso=None): return Phone(self.r, iso)
    def ts(self): return TS(self.r)
    def ch(self, seq): return self.r.choice(seq)
    def p(self, x): return self.r.random() < x
    def n(self, a, b): return self.r.randint(a, b)

    def imei(self):
        v = luhn_complete(self.ch(["35", "86", "01"]) + digits(self.r, 12, False))
        self.allow.add(v)
        return v


# ----------------------------------------------------------------------------- verifier
_WB = r"(?<![^\W_]){}(?![^\W_])"
RE_EMAIL = re.compile(r"[A-Za-z0-9._+\-]+(?:@|%40|%2540)[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
RE_IP4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d]|\.\d)")
RE_CARD = re.compile(r"(?<![\d])(?:\d{13,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{1,7}|\d{4}([ -])\d{6}\2\d{5})(?![\d])")
RE_SSN = re.compile(r"(?<![\d-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d-])")
CARD_PRE = re.compile(r"^(4|5[1-5]|2[2-7]|3[47]|35|6011|65|62)")


def _inside(s, e, spans, types=None):
    return any(a <= s and e <= b and (types is None or t in types) for a, b, t, _ in spans)


def _check_value(typ, v):
    if typ == "EMAIL":
        d = unquote(unquote(v))
        if not re.fullmatch(r"[^@\s]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+", d):
            raise TemplateError("bad email %r" % v)
    elif typ == "IP_ADDRESS":
        ipaddress.ip_address(v)
    elif typ == "SSN":
        d = re.sub(r"\D", "", v)
        if len(d) == 4:
            return
        if len(d) != 9 or d[:3] in ("000", "666") or d[0] == "9" or d[3:5] == "00" or d[5:] == "0000":
            raise TemplateError("bad ssn %r" % v)
    elif typ == "CREDIT_CARD":
        d = re.sub(r"\D", "", v)
        if not (13 <= len(d) <= 19 and luhn_ok(d) and CARD_PRE.match(d)):
            raise TemplateError("bad card %r" % v)
    elif typ == "PHONE":
        d = unquote_plus(v)
        if not re.fullmatch(r"[+\d ()./\-]+", d) or not 7 <= len(re.sub(r"\D", "", d)) <= 15:
            raise TemplateError("bad phone %r" % v)
    elif typ == "NAME":
        if "@" in v or not re.search(r"[^\W\d_]", v):
            raise TemplateError("bad name %r" % v)


def word_variants(w):
    out = {w, fold(w), quote(w), quote_plus(w), jesc(w, True), fold(w).lower()}
    out.add("".join("\\x%02x" % b if b > 127 else chr(b) for b in w.encode("utf-8")))
    return {x for x in out if x}


def verify(rec, ctx):
    text = rec.text()
    spans = rec.spans()
    last = 0
    for s, e, t, v in spans:
        if text[s:e] != v or s < last or e > len(text) or s >= e:
            raise TemplateError("span offsets broken %r" % v)
        if v != v.strip():
            raise TemplateError("span with edge whitespace %r" % v)
        _check_value(t, v)
        last = e
    for s, e, k in rec.docs:
        doc = text[s:e]
        try:
            if k == "json":
                json.loads(doc)
            elif k == "xml":
                ET.fromstring(doc)
            elif k == "py":
                ast.literal_eval(doc)
        except Exception as ex:
            raise TemplateError("%s document does not parse: %s\n%s" % (k, ex, doc)) from ex
    if ctx.neg and (spans or ctx.persons):
        raise TemplateError("negative with spans or persons")
    if not ctx.neg and not spans:
        raise TemplateError("positive without spans")
    # leak check: detectable values outside spans
    for m in RE_EMAIL.finditer(text):
        local, dom = re.split(r"@|%40|%2540", m.group(0), maxsplit=1)
        if re.fullmatch(r"\+?\d+", local) or dom.upper() == dom:
            continue  # number@host URI, upper-case Kerberos-style realm
        at = m.start() + len(local)  # an EMAIL span must hold the @ and the whole domain (a prefix such as pppoe- may stay out)
        if not _inside(at, m.end(), spans, {"EMAIL"}):
            raise LeakError("email outside span: %s" % m.group(0))
    for m in RE_IP4.finditer(text):
        try:
            ipaddress.IPv4Address(m.group(0))
        except ValueError:
            continue
        pre = text[max(0, m.start() - 1):m.start()]
        if (pre == "/" and re.search(r"[A-Za-z]/$", text[:m.start()])) or (pre in "vV" and pre):
            continue
        if not _inside(m.start(), m.end(), spans, {"IP_ADDRESS"}):
            raise LeakError("ip outside span: %s" % m.group(0))
    for m in RE_CARD.finditer(text):
        d = re.sub(r"\D", "", m.group(0))
        if luhn_ok(d) and CARD_PRE.match(d) and m.group(0) not in ctx.allow and not _inside(m.start(), m.end(), spans):
            raise LeakError("card-like number outside span: %s" % m.group(0))
    for m in RE_SSN.finditer(text):
        a, g, s_ = m.group(1), m.group(3), m.group(4)
        if a in ("000", "666") or a[0] == "9" or g == "00" or s_ == "0000":
            continue
        if not _inside(m.start(), m.end(), spans):
            raise LeakError("ssn-like number outside span: %s" % m.group(0))
    for p in ctx.persons:
        for w in p.words():
            for var in word_variants(w):
                for m in re.finditer(_WB.format(re.escape(var)), text, re.IGNORECASE):
                    if not _inside(m.start(), m.end(), spans, {"NAME", "EMAIL"}):
                        raise LeakError("name word %r outside span at %d" % (var, m.start()))
    return text, [[s, e, t] for s, e, t, _ in spans]
