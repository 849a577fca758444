"""Segment builder, value generators and the verifier of pack_e.

A record is a list of *pieces*: a literal `str`, a labelled `(value, TYPE)` tuple, a `Doc` (a JSON or XML
document whose text must parse), or a nested list. Offsets follow from the lengths of the pieces before a
span, so nothing is searched for afterwards. Encoders (JSON string, percent, form, XML escaping) are applied
piece by piece, so an escaped value is labelled exactly as it appears.
"""

from __future__ import annotations

import html
import ipaddress
import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from urllib.parse import quote, quote_plus, unquote, unquote_plus

from names import NATIVE, PARTICLES, TRADITIONS

TYPES = ("NAME", "EMAIL", "PHONE", "SSN", "CREDIT_CARD", "IP_ADDRESS")


class TemplateBug(AssertionError):
    pass


# ----------------------------------------------------------------------------------------------- pieces
def N(v):
    return (v, "NAME")


def E(v):
    return (v, "EMAIL")


def P(v):
    return (v, "PHONE")


def S(v):
    return (v, "SSN")


def C(v):
    return (v, "CREDIT_CARD")


def I(v):  # noqa: E743
    return (v, "IP_ADDRESS")


class Doc:
    """A document (`json` or `xml`) whose text, after undoing `layers` of encoding, must parse."""

    def __init__(self, kind, pieces, layers=()):
        self.kind, self.pieces, self.layers = kind, pieces, tuple(layers)


class Str:
    """A JSON string value made of pieces."""

    def __init__(self, *pieces):
        self.pieces = list(pieces)


class Raw:
    """Literal JSON text (a number, or a labelled number written bare)."""

    def __init__(self, piece):
        self.piece = piece


def mapenc(pieces, f, layer=None):
    """Apply the encoder f to every piece, keeping labels and documents."""
    if isinstance(pieces, str):
        return f(pieces)
    if isinstance(pieces, tuple):
        return (f(pieces[0]), pieces[1])
    if isinstance(pieces, Doc):
        return Doc(pieces.kind, mapenc(pieces.pieces, f, layer),
                   pieces.layers + ((layer,) if layer else ()))
    return [mapenc(p, f, layer) for p in pieces]


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jesc_a(s):
    return json.dumps(s)[1:-1]


def form(s):
    return quote_plus(s, safe="")


def pct(s):
    return quote(s, safe="")


def xesc(s):
    return html.escape(s, quote=True).replace("&#x27;", "&apos;")


def J(obj, indent=None, ascii_=False, compact=True, level=0):
    """Serialise obj to JSON pieces (labelled leaves are tuples; Str/Raw for composite strings/bare values)."""
    esc = jesc_a if ascii_ else jesc
    nl = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    colon = ": " if (indent is not None or not compact) else ":"
    comma = "," if (indent is not None or compact) else ", "
    if isinstance(obj, dict):
        if not obj:
            return ["{}"]
        out = ["{"]
        for i, (k, v) in enumerate(obj.items()):
            out.append((comma if i else "") + nl + json.dumps(k, ensure_ascii=ascii_) + colon)
            out.append(J(v, indent, ascii_, compact, level + 1))
        return out + [end + "}"]
    if isinstance(obj, list):
        if not obj:
            return ["[]"]
        out = ["["]
        for i, v in enumerate(obj):
            out += [(comma if i else "") + nl, J(v, indent, ascii_, compact, level + 1)]
        return out + [end + "]"]
    if isinstance(obj, tuple):
        return ['"', mapenc(obj, esc), '"']
    if isinstance(obj, Str):
        return ['"', mapenc(obj.pieces, esc), '"']
    if isinstance(obj, Raw):
        return [obj.piece]
    return [json.dumps(obj, ensure_ascii=ascii_)]


def jdoc(obj, indent=None, ascii_=False, compact=True):
    return Doc("json", J(obj, indent, ascii_, compact))


def jstr_embed(pieces):
    """Embed pieces (e.g. a JSON document) inside a JSON string, escaped once more."""
    return mapenc(pieces, jesc, "jstr")


def text_of(pieces):
    if isinstance(pieces, str):
        return pieces
    if isinstance(pieces, tuple):
        return pieces[0]
    if isinstance(pieces, Doc):
        return text_of(pieces.pieces)
    return "".join(text_of(p) for p in pieces)


def _pyesc(s, q):
    out = []
    for ch in s:
        if ch == "\\" or ch == q:
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif not ch.isprintable():
            out.append(repr(ch)[1:-1])
        else:
            out.append(ch)
    return "".join(out)


def pyq(*pieces):
    """A Python repr() of the string made of pieces, checked against repr() itself."""
    full = text_of(list(pieces))
    q = "'" if ("'" not in full or '"' in full) else '"'
    out = [q, mapenc(list(pieces), lambda s: _pyesc(s, q)), q]
    if text_of(out) != repr(full):
        raise TemplateBug(f"pyq mismatch {text_of(out)!r} != {repr(full)!r}")
    return out


def rbq(*pieces):
    """A Ruby String#inspect (double quotes; UTF-8 kept)."""
    return ['"', mapenc(list(pieces), lambda s: jesc(s).replace("#{", "\\#{")), '"']


def phpvd(piece):
    """PHP var_dump of a string: string(<bytes>) "value"."""
    return [f'string({len(text_of(piece).encode())}) "', piece, '"']


# ----------------------------------------------------------------------------------------------- names
_FOLD = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "Ae", "đ": "d", "Đ": "D",
         "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i", "œ": "oe"}


def fold(s):
    s = "".join(_FOLD.get(c, c) for c in s)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def squash(s):
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


class Person:
    def __init__(self, given, family, trad, ffirst, native=None):
        self.given, self.family, self.trad, self.ffirst = given, family, trad, ffirst
        self.native = native  # (native full, native given, native family) or None
        self.accts = []
        self.extra = []  # other labelled forms to search for

    def fkey(self):
        return squash(re.sub(r"^(bin|binti) ", "", self.family))

    def rom(self):
        return f"{self.family} {self.given}" if self.ffirst else f"{self.given} {self.family}"

    def full(self):
        return self.native[0] if self.native else self.rom()

    def gf(self):
        return f"{self.given} {self.family}"

    def lf(self):
        return f"{self.family}, {self.given}"

    def caps(self):
        return self.rom().upper()

    def slash(self):
        return re.sub(r"[^A-Z]", "", fold(self.family).upper()) + "/" + re.sub(r"[^A-Z]", "", fold(self.given).upper())

    def first(self):
        return self.native[1] if self.native else self.given

    def last(self):
        return self.native[2] if self.native else self.family

    def words(self):
        ws = set()
        for part in (self.given,):
            ws.add(part)
            ws.add(part.replace("-", ""))
            ws.update(w for w in part.split(" ") if w.lower() not in PARTICLES)
        for w in re.split(r"[ ]", self.family) + [self.family]:
            ws.add(w)
            ws.update(x for x in re.split(r"[-']", w) if x.lower() not in PARTICLES and len(x) > 1)
        if self.native:
            ws.update([self.native[0], self.native[1], self.native[2]])
        ws.update(self.accts)
        ws.update(self.extra)
        ws = {w for w in ws if (len(w) > 1 or ord(w[0]) > 0x2E7F) and w.lower() not in PARTICLES}
        return sorted(ws | {fold(w) for w in ws})


def _load():
    trads = []
    for tag, region, order, g, s in TRADITIONS:
        given = [x.split(":") if ":" in x else [x, ""] for x in g.split(",")]
        trads.append((tag, region, order, given, s.split(",")))
    return trads


TRADS = _load()
ALL_GIVEN = sorted({x[0] for t in TRADS for x in t[3]} | {n[2] for n in NATIVE})
ALL_FAMILY = sorted({y for t in TRADS for x in t[4] for y in x.split("/")} | {n[3] for n in NATIVE})

DOMAINS = ["example.com", "example.org", "example.net", "mail.example.com", "inbox.example", "post.example",
           "correo.example", "posteo.example", "example.co.uk", "example.de", "example.fr", "example.jp",
           "webmail.example.net", "newsroom.example", "agency.example"]


# ----------------------------------------------------------------------------------------------- values
PHONE_PLANS = [
    ("US", "201 212 305 312 415 503 617 646 702 718 805 917",
     "(A) 555-01##|A-555-01##|A.555.01##|+1 A 555 01##|+1A55501##|1A55501##|+1-A-555-01##|+1 (A) 555-01##"),
    ("CA", "416 604 514 613 403 902", "(A) 555-01##|A-555-01##|+1 A-555-01##|+1A55501##"),
    ("GB", "", "07700 900###|+44 7700 900###|+447700900###|447700900###|020 7946 0###|+44 20 7946 0###|"
     "0044 7700 900###"),
    ("AU", "", "0491 570 ###|+61 491 570 ###|+61491570###|(02) 5550 ####"),
    ("DE", "151 152 157 160 170 171 176", "0A ########|+49 A ########|+49A########|030 #######|"
     "+49 30 #######|0049 A #######"),
    ("FR", "6 7", "0A ## ## ## ##|+33 A ## ## ## ##|+33A########|01 ## ## ## ##|0033 A ## ## ## ##"),
    ("ES", "6 7", "A## ### ###|+34 A## ### ###|+34 A## ## ## ##|91 ### ## ##"),
    ("IT", "32 33 34 39", "A# ### ####|+39 A# ### ####|+39 06 #### ####|06 #### ####"),
    ("NL", "", "06-########|06 ## ## ## ##|+31 6 ########|+316########|020 ### ####"),
    ("BE", "", "04## ## ## ##|+32 4## ## ## ##"),
    ("CH", "76 78 79", "0A ### ## ##|+41 A ### ## ##|044 ### ## ##"),
    ("SE", "70 72 73", "0A-### ## ##|+46 A ### ## ##|08-### ### ##"),
    ("PL", "5 6 7", "A## ### ###|+48 A## ### ###|+48A########"),
    ("RU", "", "8 (9##) ###-##-##|+7 9## ###-##-##|+7 (9##) ###-##-##|8 495 ###-##-##"),
    ("TR", "532 505 542", "0A ### ## ##|+90 A ### ## ##|+90 (212) ### ## ##"),
    ("BR", "11 21 31 61", "(A) 9####-####|+55 A 9####-####|+55 (A) 9####-####|+55A9########"),
    ("MX", "", "55 #### ####|+52 55 #### ####|+52 1 55 #### ####"),
    ("AR", "", "011 15-####-####|+54 9 11 ####-####"),
    ("CO", "", "3## ### ####|+57 3## ### ####"),
    ("IN", "98 97 88 70", "A### #####|+91 A### #####|+91-A###-#####|+91A########"),
    ("PK", "", "03##-#######|+92 3## #######"),
    ("BD", "", "01#########|+880 1###-######"),
    ("JP", "90 80 70", "0A-####-####|+81 A-####-####|03-####-####|+81 3-####-####"),
    ("KR", "", "010-####-####|+82 10-####-####|02-###-####"),
    ("CN", "138 139 186", "A #### ####|+86 A #### ####|+86 10 #### ####|A########"),
    ("TW", "", "0912-###-###|+886 912 ### ###"),
    ("HK", "5 6 9", "A### ####|+852 A### ####"),
    ("SG", "8 9", "A### ####|+65 A### ####"),
    ("PH", "917 918 927", "0A ### ####|+63 A ### ####"),
    ("ID", "812 813 857", "0A-####-####|+62 A-####-####"),
    ("VN", "90 91 98", "0A ### ## ##|+84 A ### ## ##"),
    ("TH", "81 86 89", "0A-###-####|+66 A ### ####"),
    ("MY", "12 16 17", "0A-### ####|+60 A-### ####"),
    ("AE", "50 52 55", "0A ### ####|+971 A ### ####|+971A#######"),
    ("SA", "50 55", "0A ### ####|+966 A ### ####"),
    ("IL", "50 52 54", "0A-###-####|+972 A-###-####"),
    ("EG", "10 11 12", "0A #### ####|+20 A #### ####"),
    ("MA", "", "06## ## ## ##|+212 6## ## ## ##"),
    ("NG", "803 806 813", "0A ### ####|+234 A ### ####|234A#######"),
    ("GH", "24 54", "0A ### ####|+233 A ### ####"),
    ("KE", "712 722 733", "0A ######|+254 A ######|254A######"),
    ("ZA", "82 83 72", "0A ### ####|+27 A ### ####|+27A#######"),
    ("NZ", "21 22 27", "0A ### ####|+64 A ### ####"),
    ("IE", "83 85 87", "0A ### ####|+353 A ### ####"),
    ("GR", "69", "A# ### ####|+30 A# ### ####"),
    ("PT", "91 93 96", "A# ### ###|+351 A# ### ###"),
]

SVC_ACCOUNTS = ["svc_mailer", "wp-cron", "drupal_batch", "mc-sync-bot", "www-data", "root", "deploy",
                "jenkins", "admin", "editor-bot", "SYSTEM", "publisher-svc", "feedbot", "cdn-purge",
                "svc_esp_webhook", "integration-user", "api_user", "sched-worker", "noreply", "postmaster",
                "cron", "nobody", "ghost-admin", "importer", "automation", "SVC_LOYALTY", "kafka-connect"]
COMPANIES = ["Johnson & Johnson", "Morgan Stanley", "Procter & Gamble", "Marks & Spencer", "Ernst & Young",
             "Dolce & Gabbana", "Simon & Schuster", "HarperCollins", "Condé Nast", "Hachette Livre",
             "Penguin Random House", "Macmillan Publishers", "John Wiley & Sons", "Dow Jones", "Warner Bros.",
             "Saatchi & Saatchi", "Leo Burnett", "Ogilvy", "Wieden+Kennedy", "Ben & Jerry's", "McKinsey",
             "Sainsbury's", "Tiffany & Co.", "Levi Strauss", "Hewlett Packard", "Ferrero", "Cadbury",
             "Boots", "Mercedes-Benz", "Porsche", "Kellogg's", "Heinz", "Goldman Sachs", "Bertelsmann"]
PLACES = ["Victoria", "Madison", "Charlotte", "Florence", "Adelaide", "Sydney", "Austin", "Jackson",
          "Regina", "Alexandria", "Santiago", "São Paulo", "Augusta", "Lincoln", "Eugene", "Chelsea",
          "Orlando", "Raleigh", "Savannah", "Luzern", "San José", "Santa Monica", "Salvador", "Aurora"]
PRODUCTS = ["Alexa", "Siri", "Cortana", "Julia", "Jenkins", "Cassandra", "Ruby", "Casper", "Oscar",
            "Emmy Awards", "Grammy", "Tony Awards", "Pulitzer Prize", "Hermes", "Athena", "Apollo",
            "Orion", "Phoenix", "Marvin", "Clippy", "Watson", "Bard", "Tesla Model Y", "Ford Mustang",
            "Lovelace", "Turing", "Hopper", "Darwin", "Einstein Analytics", "Galileo"]
STATUSES = ["Published", "Scheduled", "Pending Review", "Draft", "Archived", "Soft Bounce", "Hard Bounce",
            "Unsubscribed", "Opened", "Clicked", "Spam Report", "Delivered", "Deferred", "Processed",
            "Active", "Inactive", "Suspended", "Gold Tier", "Silver Tier", "Expired", "Resolved",
            "Waiting On Customer", "Read More", "Sign Up Now", "Terms Of Service", "Privacy Policy"]
UI_INTL = ["Artikel veröffentlicht", "Brouillon enregistré", "Borrador guardado", "記事を公開しました",
           "Статья опубликована", "Bozza salvata", "Rascunho salvo", "Concept opgeslagen", "草稿已保存",
           "임시 저장됨", "Taslak kaydedildi", "Wersja robocza zapisana", "Koncept uložen", "تم حفظ المسودة",
           "Luonnos tallennettu", "Utkast sparat", "Πρόχειρο αποθηκεύτηκε", "मसौदा सहेजा गया",
           "Abonnement bestätigt", "Désinscription effectuée", "Suscripción cancelada", "Iscrizione confermata"]


def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def ssn_ok(a, g, s):
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and s != "0000"


class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.persons = []
        self.exempt = []

    # random helpers
    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def chance(self, p):
        return self.rng.random() < p

    def num(self, a, b):
        return self.rng.randint(a, b)

    def digits(self, n):
        while True:
            d = str(self.rng.randint(1, 9)) + "".join(str(self.rng.randrange(10)) for _ in range(n - 1))
            if not (13 <= n <= 19 and luhn_ok(d)):
                return d

    def hexid(self, n):
        return "".join(self.pick("0123456789abcdef") for _ in range(n))

    def uuid(self):
        h = self.hexid(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"

    def ts(self, style="iso"):
        y, mo, d = 2026, self.num(1, 12), self.num(1, 28)
        hh, mm, ss, ms = self.num(0, 23), self.num(0, 59), self.num(0, 59), self.num(0, 999)
        mon = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[mo - 1]
        if style == "iso":
            return f"{y}-{mo:02d}-{d:02d}T{hh:02d}:{mm:02d}:{ss:02d}.{ms:03d}Z"
        if style == "isoz":
            return f"{y}-{mo:02d}-{d:02d}T{hh:02d}:{mm:02d}:{ss:02d}Z"
        if style == "sql":
            return f"{y}-{mo:02d}-{d:02d} {hh:02d}:{mm:02d}:{ss:02d}"
        if style == "clf":
            return f"{d:02d}/{mon}/{y}:{hh:02d}:{mm:02d}:{ss:02d} +0000"
        if style == "syslog":
            return f"{mon} {d:2d} {hh:02d}:{mm:02d}:{ss:02d}"
        if style == "epoch":
            return str(1767225600 + self.num(0, 31_000_000))
        if style == "date":
            return f"{y}-{mo:02d}-{d:02d}"
        if style == "us":
            return f"{mo:02d}/{d:02d}/{y} {hh % 12 + 1}:{mm:02d} {'AM' if hh < 12 else 'PM'}"
        if style == "eu":
            return f"{d:02d}.{mo:02d}.{y} {hh:02d}:{mm:02d}"
        raise ValueError(style)

    # persons
    def person(self, native=0.15):
        if self.chance(native):
            ng, nf, rg, rf, ff, nospace, lang = self.pick(NATIVE)
            full = (nf + ng if nospace else f"{nf} {ng}") if ff else f"{ng} {nf}"
            p = Person(rg, rf, lang, ff and self.chance(0.5), (full, ng, nf))
        else:
            tag, region, order, given, fams = self.pick(TRADS)
            g, sex = self.pick(given)
            f = self.pick(fams)
            if "/" in f:
                m, w = f.split("/")
                f = w if (sex == "f" or (not sex and self.chance(0.5))) else m
            ff = order == "fg" or (order == "mix" and self.chance(0.5))
            p = Person(g, f, tag, ff)
        if any(p.given.lower() == q.given.lower() or p.family.lower() == q.family.lower() for q in self.persons):
            return self.person(native)
        self.persons.append(p)
        return p

    def acct(self, p, style=None, digits=0.25):
        g, f = squash(p.given), p.fkey()
        style = style or self.pick(["first.last", "flast", "firstl", "first_last", "firstlast", "lastf",
                                    "f.last", "last.first"])
        a = {"first.last": f"{g}.{f}", "flast": g[0] + f, "firstl": g + f[0], "first_last": f"{g}_{f}",
             "firstlast": g + f, "lastf": f + g[0], "f.last": f"{g[0]}.{f}", "last.first": f"{f}.{g}",
             "first": g}[style]
        if self.chance(digits):
            a += str(self.num(1, 99))
        p.accts.append(a)
        return a

    def handle(self, p):
        g, f = squash(p.given), p.fkey()
        h = self.pick([fold(p.given).replace(" ", "") + fold(p.family).replace(" ", "").replace("'", ""),
                       f"{g}_{f[:1]}{self.num(1, 99)}", f"{g}{self.num(70, 99)}", f"the{g}{f}", f"{g}.{f[:3]}"])
        h = re.sub(r"[^A-Za-z0-9_.]", "", h)
        p.accts.append(h)
        return h

    def email(self, p, domain=None):
        g, f = squash(p.given), p.fkey()
        local = self.pick([f"{g}.{f}", f"{g[0]}{f}", f"{g}{f[0]}", f"{g}_{f}", f"{g}", f"{f}.{g}",
                           f"{g}.{f}{self.num(1, 99)}", f"{g}+news", f"{g[0]}.{f}"])
        return f"{local}@{domain or self.pick(DOMAINS)}"

    # numbers
    def phone(self, cc=None):
        plans = [x for x in PHONE_PLANS if cc is None or x[0] == cc]
        c, areas, pats = self.pick(plans)
        pat = self.pick(pats.split("|"))
        if "A" in pat:
            pat = pat.replace("A", self.pick(areas.split()))
        return "".join(str(self.rng.randrange(10)) if ch == "#" else ch for ch in pat)

    def ip(self, v6=0.12):
        if self.chance(v6):
            h = [self.hexid(4).lstrip("0") or "0" for _ in range(4)]
            return self.pick([f"2001:db8:{h[0]}:{h[1]}::{h[2]}", f"2001:db8::{h[0]}:{h[1]}",
                              f"fd12:3456:789a:{h[0]}::{h[3]}", f"2001:db8:{h[0]}:{h[1]}:{h[2]}:{h[3]}:1:2"])
        n = self.num
        return self.pick([f"192.0.2.{n(1, 254)}", f"198.51.100.{n(1, 254)}", f"203.0.113.{n(1, 254)}",
                          f"10.{n(0, 255)}.{n(0, 255)}.{n(1, 254)}", f"172.{n(16, 31)}.{n(0, 255)}.{n(1, 254)}",
                          f"192.168.{n(0, 255)}.{n(1, 254)}", f"100.{n(64, 127)}.{n(0, 255)}.{n(1, 254)}"])

    def ssn(self, style=None):
        while True:
            a, g, s = f"{self.num(1, 899):03d}", f"{self.num(1, 99):02d}", f"{self.num(1, 9999):04d}"
            if ssn_ok(a, g, s):
                break
        style = style or self.pick(["-", "-", "", " "])
        return f"{a}{style}{g}{style}{s}"

    def card(self, sep=None):
        kind = self.pick(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb"])
        pre, ln = {"visa": ("4", 16), "mc": (str(self.num(51, 55)), 16), "mc2": (str(self.num(2221, 2720)), 16),
                   "amex": (self.pick(["34", "37"]), 15), "disc": ("6011", 16), "jcb": ("35" + str(self.num(28, 89)), 16)}[kind]
        body = pre + "".join(str(self.rng.randrange(10)) for _ in range(ln - len(pre) - 1))
        for chk in "0123456789":
            if luhn_ok(body + chk):
                d = body + chk
                break
        sep = self.pick(["", " ", "-"]) if sep is None else sep
        if not sep:
            return d
        groups = [d[:4], d[4:10], d[10:]] if ln == 15 else [d[i:i + 4] for i in range(0, 16, 4)]
        return sep.join(groups)


# ----------------------------------------------------------------------------------------------- flatten
def flatten(pieces):
    parts, spans, docs = [], [], []
    pos = 0

    def walk(p):
        nonlocal pos
        if isinstance(p, str):
            parts.append(p)
            pos += len(p)
        elif isinstance(p, tuple):
            v, typ = p
            if typ not in TYPES or not v:
                raise TemplateBug(f"bad labelled piece {p!r}")
            spans.append((pos, pos + len(v), typ, v))
            parts.append(v)
            pos += len(v)
        elif isinstance(p, Doc):
            s = pos
            walk(p.pieces)
            docs.append((s, pos, p.kind, p.layers))
        elif isinstance(p, list):
            for q in p:
                walk(q)
        else:
            raise TemplateBug(f"unrenderable piece {type(p)}: {p!r}")

    walk(pieces)
    return "".join(parts), spans, docs


# ----------------------------------------------------------------------------------------------- verify
_EMAIL = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
_PHONE_CHARS = re.compile(r"^[0-9+()\-. ]+$")
_DECODE = {"jstr": lambda s: json.loads('"' + s + '"'), "form": unquote_plus, "pct": unquote,
           "xml": html.unescape}


def check_value(typ, v):
    if typ == "EMAIL":
        return bool(_EMAIL.match(unquote(unquote(v))))
    if typ == "IP_ADDRESS":
        try:
            ipaddress.ip_address(v)
            return True
        except ValueError:
            return False
    if typ == "SSN":
        if re.fullmatch(r"\d{4}", v):
            return True
        m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", v)
        return bool(m) and ssn_ok(m[1], m[3], m[4])
    if typ == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", unquote_plus(v))
        return d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d) and d[0] in "23456"
    if typ == "PHONE":
        dec = unquote_plus(v)
        return bool(_PHONE_CHARS.match(dec)) and 7 <= len(re.sub(r"\D", "", dec)) <= 15
    if typ == "NAME":
        return "@" not in v and any(c.isalpha() for c in v)
    return False


def check_structure(text, spans, docs, negative, persons):
    prev = 0
    for s, e, typ, v in spans:
        if not (0 <= s < e <= len(text)):
            raise TemplateBug(f"span out of range {s, e}")
        if s < prev:
            raise TemplateBug(f"overlapping spans at {s} in {text[:200]!r}")
        prev = e
        if text[s:e] != v:
            raise TemplateBug(f"span text {text[s:e]!r} != {v!r}")
        if v != v.strip():
            raise TemplateBug(f"edge whitespace in {v!r}")
        if not check_value(typ, v):
            raise TemplateBug(f"bad {typ} value {v!r} in {text[:300]!r}")
    if negative and (spans or persons):
        raise TemplateBug(f"negative with spans or persons: {text[:300]!r}")
    if not negative and not spans:
        raise TemplateBug(f"positive without spans: {text[:300]!r}")
    for s, e, kind, layers in docs:
        body = text[s:e]
        for layer in reversed(layers):
            body = _DECODE[layer](body)
        try:
            if kind == "json":
                json.loads(body)
            elif kind == "xml":
                ET.fromstring(body)
            else:
                raise TemplateBug(kind)
        except (ValueError, ET.ParseError) as exc:
            raise TemplateBug(f"{kind} does not parse ({exc}): {body[:400]!r}") from exc
    if "<__main__" in text or "object at 0x" in text or "<core." in text:
        raise TemplateBug(f"unrendered object in {text[:200]!r}")


_EMAIL_IN_TEXT = re.compile(r"[A-Za-z0-9._%+-]+(?:@|%40|%2540)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_IPV4 = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.]*\d)")
_CARDLIKE = re.compile(r"(?<![\w-])(?:\d{13,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{1,7}|\d{4}([ -])\d{6}\2\d{5})(?![\w])")
_SSNLIKE = re.compile(r"(?<![\w-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\w-])")


def _inside(s, e, spans, types=None):
    return any(a <= s and e <= b and (types is None or t in types) for a, b, t, _ in spans)


def find_leaks(text, spans, persons, exempt=()):
    leaks = []
    ex = [(m.start(), m.end()) for x in exempt for m in re.finditer(re.escape(x), text)]

    def exempted(s, e):
        return any(a <= s and e <= b for a, b in ex)

    for m in _EMAIL_IN_TEXT.finditer(text):
        dom = re.split(r"@|%40|%2540", m.group(0), maxsplit=1)[1]
        if dom == dom.upper() or exempted(m.start(), m.end()):
            continue  # Kerberos-style realm or a declared Message-ID
        if not _inside(m.start(), m.end(), spans, ("EMAIL",)):
            leaks.append(f"e-mail {m.group(0)!r}")
    for m in _IPV4.finditer(text):
        try:
            ipaddress.IPv4Address(m.group(0))
        except ValueError:
            continue
        if m.start() >= 2 and text[m.start() - 1] == "/" and text[m.start() - 2].isalpha():
            continue  # Product/1.2.3.4 version in a user agent
        if not _inside(m.start(), m.end(), spans):
            leaks.append(f"IPv4 {m.group(0)!r}")
    for m in _CARDLIKE.finditer(text):
        d = re.sub(r"[ -]", "", m.group(0))
        if 13 <= len(d) <= 19 and d[0] in "23456" and luhn_ok(d) and not _inside(m.start(), m.end(), spans):
            leaks.append(f"card-like {m.group(0)!r}")
    for m in _SSNLIKE.finditer(text):
        if ssn_ok(m[1], m[3], m[4]) and not _inside(m.start(), m.end(), spans):
            leaks.append(f"SSN-like {m.group(0)!r}")
    for p in persons:
        for w in p.words():
            forms = {w, quote_plus(w), quote(w), jesc_a(w), quote_plus(w.upper()), quote(w.upper()),
                     jesc_a(w.upper()), quote_plus(w.lower()), jesc_a(w.lower())}
            for f in forms:
                if any(ord(c) > 0x2E7F for c in f):  # CJK and other unspaced scripts: substring search
                    pat = re.compile(re.escape(f))
                else:
                    pat = re.compile(r"(?<![^\W_])" + re.escape(f) + r"(?![^\W_])", re.IGNORECASE)
                for m in pat.finditer(text):
                    if not _inside(m.start(), m.end(), spans, ("NAME", "EMAIL")):
                        leaks.append(f"name word {f!r} at {m.start()}")
    return leaks
