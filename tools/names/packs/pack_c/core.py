"""Builder, value generators and checks for pack_c.

A record is a list of segments (text, TYPE or None). Offsets follow from segment lengths, so spans are
exact by construction. Encoders (JSON escaping, percent/form encoding, CSV quoting, XML escaping) are
applied piece by piece; all of them are character-local, so an encoded value is labelled as it appears."""

from __future__ import annotations

import datetime as _dt
import ipaddress
import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from urllib.parse import quote, quote_plus, unquote, unquote_plus

import names as NL

TYPES = ("NAME", "EMAIL", "PHONE", "SSN", "CREDIT_CARD", "IP_ADDRESS")


class TemplateBug(AssertionError):
    pass


# ---------------------------------------------------------------- encoders
def ident(s):
    return s


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jesc_ascii(s):
    return json.dumps(s)[1:-1]


def jesc_ps(s):
    """Windows PowerShell 5.1 ConvertTo-Json: also escapes ' < > & as \\uXXXX."""
    out = jesc(s)
    for c, r in (("'", "\\u0027"), ("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        out = out.replace(c, r)
    return out


def pct(s):
    return quote(s, safe="")


def form(s):
    return quote_plus(s, safe="")


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def csvq(s):
    return s.replace('"', '""')


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


class JS:
    """A JSON string value made of literal pieces and labelled tuples."""

    def __init__(self, *pieces):
        self.pieces = pieces


class Raw:
    def __init__(self, text):
        self.text = text


def ptext(pieces):
    """Plain text of a piece list (before encoding)."""
    out = []
    for p in pieces:
        if isinstance(p, str):
            out.append(p)
        elif isinstance(p, tuple):
            out.append(p[0])
        elif isinstance(p, list):
            out.append(ptext(p))
        elif isinstance(p, Rec):
            out.append(p.text())
    return "".join(out)


def encp(pieces, fn):
    """Apply a character-local encoder to every piece (literal and labelled)."""
    out = []
    for p in pieces:
        if isinstance(p, str):
            out.append(fn(p))
        elif isinstance(p, tuple):
            out.append((fn(p[0]), p[1]))
        elif isinstance(p, list):
            out.extend(encp(p, fn))
        elif isinstance(p, Rec):
            out.extend(encp(p.pieces(), fn))
        else:
            raise TypeError(type(p))
    return out


class Rec:
    def __init__(self):
        self.segs = []
        self.docs = []  # (start, end, kind)

    def add(self, *pieces):
        for p in pieces:
            if isinstance(p, str):
                if p:
                    self.segs.append((p, None))
            elif isinstance(p, tuple):
                v, typ = p
                if typ not in TYPES or not v:
                    raise TemplateBug(f"bad labelled value {p!r}")
                self.segs.append((v, typ))
            elif isinstance(p, list):
                self.add(*p)
            elif isinstance(p, Rec):
                base = len(self.text())
                self.docs.extend((s + base, e + base, k) for s, e, k in p.docs)
                self.segs.extend(p.segs)
            elif p is None:
                continue
            else:
                raise TypeError(type(p))
        return self

    def doc(self, kind, *pieces):
        """Append pieces that form a document checked by parsing (json, xml, csvjson)."""
        s = len(self.text())
        self.add(*pieces)
        self.docs.append((s, len(self.text()), kind))
        return self

    def pieces(self):
        return [t if typ is None else (t, typ) for t, typ in self.segs]

    def text(self):
        return "".join(t for t, _ in self.segs)

    def labelled(self):
        out, pos = [], 0
        for t, typ in self.segs:
            if typ is not None:
                out.append((pos, pos + len(t), typ, t))
            pos += len(t)
        return out


def jx(obj, indent=None, esc=jesc, seps=(",", ":"), level=0, ind_kv=": "):
    """JSON rendering to pieces. Strings are escaped with esc; tuples are labelled values; JS mixes both."""
    item_sep, kv_sep = seps
    if indent is not None:
        item_sep, kv_sep = ",", ind_kv
    nl = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    out = []
    if isinstance(obj, dict):
        if not obj:
            return ["{}"]
        out.append("{")
        for i, (k, v) in enumerate(obj.items()):
            out.append((item_sep if i else "") + nl + '"' + esc(k) + '"' + kv_sep)
            out.extend(jx(v, indent, esc, seps, level + 1, ind_kv))
        out.append(end + "}")
    elif isinstance(obj, list):
        if not obj:
            return ["[]"]
        out.append("[")
        for i, v in enumerate(obj):
            out.append((item_sep if i else "") + nl)
            out.extend(jx(v, indent, esc, seps, level + 1, ind_kv))
        out.append(end + "]")
    elif isinstance(obj, tuple):
        out += ['"', (esc(obj[0]), obj[1]), '"']
    elif isinstance(obj, JS):
        out += ['"'] + encp(list(obj.pieces), esc) + ['"']
    elif isinstance(obj, str):
        out.append('"' + esc(obj) + '"')
    elif isinstance(obj, Raw):
        out.append(obj.text)
    else:
        out.append(json.dumps(obj))
    return out


def csv_cell(pieces, delim=",", force=False):
    pieces = pieces if isinstance(pieces, list) else [pieces]
    t = ptext(pieces)
    if force or any(c in t for c in (delim, '"', "\n", "\r")):
        return ['"'] + encp(pieces, csvq) + ['"']
    return pieces


def csv_row(cells, delim=",", force=False):
    out = []
    for i, c in enumerate(cells):
        if i:
            out.append(delim)
        out.extend(csv_cell(c, delim, force))
    return out


# ---------------------------------------------------------------- names / persons
_FOLD = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
         "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "œ": "oe", "Œ": "OE"}


def fold(s):
    s = "".join(_FOLD.get(c, c) for c in s)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _parse_traditions():
    trads = []
    for code, region, order, groups in NL.TRADITIONS:
        gs = [(g.split("|"), f.split("|")) for g, f in groups]
        trads.append((code, region, order, gs))
    return trads


TRADS = _parse_traditions()
ALL_GIVEN = sorted({g for _, _, _, gs in TRADS for gl, _ in gs for g in gl})
ALL_FAMILY = sorted({f for _, _, _, gs in TRADS for _, fl in gs for f in fl})


class Person:
    def __init__(self, given, family, order, trad, native=None, joiner=" "):
        self.g, self.f, self.order, self.trad = given, family, order, trad
        self.native = native  # (native given, native family) or None
        self.joiner = joiner
        self.login = self.local = self.domain = None

    def full(self):
        return f"{self.f} {self.g}" if self.order == "fg" else f"{self.g} {self.f}"

    def nat(self):
        if not self.native:
            return self.full()
        ng, nf = self.native
        return nf + self.joiner + ng if self.order == "fg" else ng + " " + nf

    def lf(self):
        return f"{self.f}, {self.g}"

    def up(self):
        return self.full().upper()

    def slash(self):
        return f"{fold(self.f).upper()}/{fold(self.g).upper()}"

    def low(self):
        return self.full().lower()

    def ga(self):
        """ASCII given (first word) for accounts."""
        return re.sub(r"[^a-z]", "", fold(self.g if self.trad in ("ko", "yue_tw", "zh_tw", "mn") else self.g.split(" ")[0].split("-")[0]).lower())

    def fa(self):
        fam = self.f
        for pre in ("bin ", "binti "):
            if fam.startswith(pre):
                fam = fam[len(pre):]
        if self.trad in ("es", "es_mx", "ca") and " " in fam and not fam.lower().startswith("de "):
            fam = fam.split(" ")[0]
        return re.sub(r"[^a-z]", "", fold(fam).lower())

    def tokens(self):
        words = set()
        parts = [self.g, self.f] + (list(self.native) if self.native else [])
        for part in parts:
            for w in re.split(r"[\s]+", part):
                for sub in [w] + re.split(r"[-'’]", w):
                    if sub and sub.lower() not in NL.PARTICLES and len(sub) > 1:
                        words.add(sub)
                        fw = fold(sub)
                        if fw.lower() not in NL.PARTICLES and len(fw) > 1:
                            words.add(fw)
        return sorted(words)


ACCT_STYLES = ["first.last", "flast", "firstl", "first_last", "firstlast", "lastf", "f.last", "last.first",
               "flast9", "first.last9", "lastfirst", "first9"]


class Ctx:
    """Per-record drawing context: the random stream plus the persons drawn (for the leak check)."""

    def __init__(self, rng):
        self.r = rng
        self.persons = []
        self._t = None

    # generic helpers
    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def chance(self, p):
        return self.r.random() < p

    def num(self, a, b):
        return self.r.randint(a, b)

    def hexs(self, n):
        return "".join(self.pick("0123456789abcdef") for _ in range(n))

    def uuid(self):
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.pick('89ab')}{h[17:20]}-{h[20:]}"

    def idnum(self, n):
        """A numeric id that can never look like a card (first digit 1, 7, 8 or 9)."""
        return self.pick("1789") + "".join(self.pick("0123456789") for _ in range(n - 1))

    def ts(self):
        """Timestamps of one record: a random start, then increasing by a few seconds per call."""
        if self._t is None:
            base = _dt.datetime(2026, 1, 5, 0, 0, 0)
            self._t = base + _dt.timedelta(seconds=self.r.randrange(320 * 86400), microseconds=self.r.randrange(10**6))
        else:
            self._t += _dt.timedelta(seconds=self.r.randrange(0, 40), microseconds=self.r.randrange(10**6))
        return self._t

    def sid(self):
        return f"S-1-5-21-{self.num(10**9, 4294967295)}-{self.num(10**9, 4294967295)}-{self.num(10**9, 4294967295)}-{self.num(1100, 99999)}"

    # persons
    def person(self, script=None, trad=None, lang=None):
        if script is None:
            script = self.chance(0.16)
        if script:
            pairs = [sp for sp in NL.SCRIPT_PAIRS if lang is None or sp[0] == lang]
            lang_, ng, nf, rg, rf, order, joiner = self.pick(pairs)
            p = Person(rg, rf, order, lang_, native=(ng, nf), joiner=joiner)
        else:
            code, _, order, groups = self.pick(TRADS) if trad is None else next(t for t in TRADS if t[0] == trad)
            gl, fl = self.pick(groups)
            if order == "mix":
                order = self.pick(["fg", "gf"])
            p = Person(self.pick(gl), self.pick(fl), order, code)
        if any(set(p.tokens()) & set(q.tokens()) for q in self.persons):
            return self.person(script, trad, lang)
        self.persons.append(p)
        return p

    def acct(self, p, style=None):
        """The person's login: one per person and record unless a style is asked for."""
        if style is None:
            if p.login is None:
                p.login = self._acct(p, self.pick(ACCT_STYLES))
            return p.login
        return self._acct(p, style)

    def _acct(self, p, st):
        g, f = p.ga() or "x", p.fa() or "x"
        d = str(self.num(1, 99)) if st.endswith("9") else ""
        st = st.rstrip("9")
        m = {"first.last": f"{g}.{f}", "flast": f"{g[0]}{f}", "firstl": f"{g}{f[0]}", "first_last": f"{g}_{f}",
             "firstlast": f"{g}{f}", "lastf": f"{f}{g[0]}", "f.last": f"{g[0]}.{f}", "last.first": f"{f}.{g}",
             "lastfirst": f"{f}{g}", "first": g}
        return m[st] + d

    def email(self, p, domain=None, style=None):
        """The person's address: one local part and default domain per person and record."""
        if style is None:
            if p.local is None:
                p.local = self._acct(p, self.pick(["first.last", "first.last", "flast", "first_last", "f.last",
                                                   "firstlast", "first.last9"]))
                p.domain = self.pick(DOMAINS)
            return f"{p.local}@{domain or p.domain}"
        return f"{self._acct(p, style)}@{domain or self.pick(DOMAINS)}"

    # numbers
    def phone(self, cc=None, form=None):
        cc = cc or self.pick(list(PHONE_PLANS))
        e164cc, nat_fn = PHONE_PLANS[cc]
        groups = nat_fn(self)  # list of groups incl. trunk prefix handling
        trunk, sub = groups
        forms = form or self.pick(["e164", "intl", "nat", "nat", "intl"])
        if forms == "e164":
            return "+" + e164cc + "".join(sub)
        if forms == "00":
            return "00" + e164cc + " " + " ".join(sub)
        if forms == "intl":
            return "+" + e164cc + " " + " ".join(sub)
        if forms == "bare":
            return e164cc + "".join(sub)
        return NAT_FMT.get(cc, lambda t, s: t + " ".join(s))(trunk, sub)

    def ssn(self, form="dash"):
        while True:
            a, g, s = self.num(1, 899), self.num(1, 99), self.num(1, 9999)
            if a != 666:
                break
        a, g, s = f"{a:03d}", f"{g:02d}", f"{s:04d}"
        return {"dash": f"{a}-{g}-{s}", "bare": a + g + s, "space": f"{a} {g} {s}", "last4": s}[form]

    def card(self, form=None):
        kind = self.pick(["visa", "visa", "mc", "mc2", "amex", "disc"])
        pre, ln = {"visa": ("4", 16), "mc": (str(self.num(51, 55)), 16), "mc2": (str(self.num(2221, 2720)), 16),
                   "amex": (self.pick(["34", "37"]), 15), "disc": ("6011", 16)}[kind]
        body = pre + "".join(self.pick("0123456789") for _ in range(ln - len(pre) - 1))
        d = body + luhn_digit(body)
        f = form or self.pick(["plain", "space", "dash", "plain"])
        if f == "plain":
            return d
        sep = " " if f == "space" else "-"
        if ln == 15:
            return sep.join([d[:4], d[4:10], d[10:]])
        return sep.join(d[i:i + 4] for i in range(0, 16, 4))

    def ip4(self, kind=None):
        k = kind or self.pick(["doc", "doc", "priv", "priv", "pub"])
        n = lambda: self.num(1, 254)
        if k == "doc":
            return f"{self.pick(['192.0.2', '198.51.100', '203.0.113'])}.{n()}"
        if k == "priv":
            return self.pick([f"10.{self.num(0, 254)}.{self.num(0, 254)}.{n()}",
                              f"172.{self.num(16, 31)}.{self.num(0, 254)}.{n()}", f"192.168.{self.num(0, 254)}.{n()}"])
        return f"{self.pick(['81.2', '92.40', '145.100', '177.38', '41.203', '115.64', '62.12'])}.{self.num(0, 254)}.{n()}"

    def ip6(self):
        pre = self.pick(["2001:db8:", "2001:db8:", "fd12:3456:"])
        g = [f"{self.num(0, 0xffff):x}" for _ in range(6)]
        s = pre + ":".join(g[:2]) + "::" + ":".join(g[4:]) if self.chance(0.6) else pre + ":".join(g)
        return str(ipaddress.ip_address(s)) if self.chance(0.7) else s

    def ip(self, p6=0.12):
        return self.ip6() if self.chance(p6) else self.ip4()


DOMAINS = ["example.com", "example.org", "example.net", "corp.example.com", "mail.example.org", "eu.example.net",
           "contoso.example", "fabrikam.example", "example.co.uk", "example.de", "example.jp"]


def _digits(x, n):
    return "".join(x.pick("0123456789") for _ in range(n))


PHONE_PLANS = {
    "US": ("1", lambda x: ("", [x.pick(["202", "312", "415", "617", "206", "512", "303"]), "555", "01" + _digits(x, 2)])),
    "CA": ("1", lambda x: ("", [x.pick(["416", "604", "514", "403"]), "555", "01" + _digits(x, 2)])),
    "GB": ("44", lambda x: ("0", ["7700", "900" + _digits(x, 3)])),
    "AU": ("61", lambda x: ("0", ["491", "570", x.pick(["156", "157", "158", "159", "110"])])),
    "DE": ("49", lambda x: ("0", [x.pick(["151", "160", "170", "176"]), _digits(x, 8)])),
    "FR": ("33", lambda x: ("0", [x.pick(["6", "7"])] + [_digits(x, 2) for _ in range(4)])),
    "ES": ("34", lambda x: ("", [x.pick(["6", "7"]) + _digits(x, 2), _digits(x, 3), _digits(x, 3)])),
    "IT": ("39", lambda x: ("", ["3" + _digits(x, 2), _digits(x, 3), _digits(x, 4)])),
    "NL": ("31", lambda x: ("0", ["6", _digits(x, 8)])),
    "BR": ("55", lambda x: ("", [x.pick(["11", "21", "31", "61"]), "9" + _digits(x, 4), _digits(x, 4)])),
    "MX": ("52", lambda x: ("", [x.pick(["55", "33", "81"]), _digits(x, 4), _digits(x, 4)])),
    "IN": ("91", lambda x: ("0", [x.pick(["98", "97", "90", "88"]) + _digits(x, 3), _digits(x, 5)])),
    "JP": ("81", lambda x: ("0", [x.pick(["90", "80", "70"]), _digits(x, 4), _digits(x, 4)])),
    "KR": ("82", lambda x: ("0", ["10", _digits(x, 4), _digits(x, 4)])),
    "CN": ("86", lambda x: ("", ["1" + x.pick(["38", "39", "58", "86"]), _digits(x, 4), _digits(x, 4)])),
    "NG": ("234", lambda x: ("0", [x.pick(["803", "806", "813", "703"]), _digits(x, 3), _digits(x, 4)])),
    "KE": ("254", lambda x: ("0", ["7" + _digits(x, 2), _digits(x, 6)])),
    "ZA": ("27", lambda x: ("0", [x.pick(["82", "83", "72"]), _digits(x, 3), _digits(x, 4)])),
    "AE": ("971", lambda x: ("0", [x.pick(["50", "52", "55"]), _digits(x, 3), _digits(x, 4)])),
    "SG": ("65", lambda x: ("", [x.pick(["8", "9"]) + _digits(x, 3), _digits(x, 4)])),
    "PL": ("48", lambda x: ("", ["5" + _digits(x, 2), _digits(x, 3), _digits(x, 3)])),
    "SE": ("46", lambda x: ("0", ["70", _digits(x, 3), _digits(x, 2), _digits(x, 2)])),
    "RU": ("7", lambda x: ("8", ["9" + _digits(x, 2), _digits(x, 3), _digits(x, 2), _digits(x, 2)])),
    "TR": ("90", lambda x: ("0", ["5" + _digits(x, 2), _digits(x, 3), _digits(x, 2), _digits(x, 2)])),
    "EG": ("20", lambda x: ("0", ["1" + x.pick("0125"), _digits(x, 4), _digits(x, 4)])),
    "PH": ("63", lambda x: ("0", ["9" + _digits(x, 2), _digits(x, 3), _digits(x, 4)])),
    "ID": ("62", lambda x: ("0", ["8" + _digits(x, 2), _digits(x, 4), _digits(x, 4)])),
    "AR": ("54", lambda x: ("0", ["9", "11", _digits(x, 4), _digits(x, 4)])),
}

NAT_FMT = {
    "US": lambda t, s: f"({s[0]}) {s[1]}-{s[2]}", "CA": lambda t, s: f"{s[0]}-{s[1]}-{s[2]}",
    "NL": lambda t, s: f"0{s[0]}-{s[1]}", "BR": lambda t, s: f"({s[0]}) {s[1]}-{s[2]}",
    "JP": lambda t, s: "0" + "-".join(s), "KR": lambda t, s: "0" + "-".join(s),
    "RU": lambda t, s: f"8 ({s[0]}) {s[1]}-{s[2]}-{s[3]}", "SE": lambda t, s: f"0{s[0]}-{s[1]} {s[2]} {s[3]}",
    "AR": lambda t, s: f"011 15-{s[2]}-{s[3]}", "FR": lambda t, s: "0" + " ".join(s),
}


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(d):
    return luhn_digit(d[:-1]) == d[-1]


# ---------------------------------------------------------------- checks
_EMAIL = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
_PHONE_CHARS = re.compile(r"^[0-9+()\-./ ]+$")


def ssn_ok(a, g, s):
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and s != "0000"


def valid_value(typ, v):
    if typ == "EMAIL":
        return None if _EMAIL.match(unquote(unquote(v))) else "bad e-mail"
    if typ == "IP_ADDRESS":
        try:
            ipaddress.ip_address(v)
        except ValueError:
            return "bad IP"
        return None
    if typ == "SSN":
        if re.fullmatch(r"\d{4}", v):
            return None
        m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", v)
        return None if m and ssn_ok(m[1], m[3], m[4]) else "bad SSN"
    if typ == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", unquote_plus(v))
        return None if d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d) and d[0] in "23456" else "bad card"
    if typ == "PHONE":
        dec = unquote_plus(v)
        n = len(re.sub(r"\D", "", dec))
        return None if _PHONE_CHARS.match(dec) and 7 <= n <= 15 else "bad phone"
    if typ == "NAME":
        return None if "@" not in v and any(c.isalpha() for c in v) else "bad name"
    return "bad type"


def check_structure(rec, negative):
    text = rec.text()
    prev = 0
    for s, e, typ, value in rec.labelled():
        if not (0 <= s < e <= len(text)):
            raise TemplateBug(f"span out of range {s, e}")
        if text[s:e] != value:
            raise TemplateBug(f"span text {text[s:e]!r} != {value!r}")
        if value != value.strip():
            raise TemplateBug(f"whitespace at edge of {value!r}")
        if s < prev:
            raise TemplateBug(f"overlapping spans at {s}")
        prev = e
        why = valid_value(typ, value)
        if why:
            raise TemplateBug(f"{why}: {value!r} in {text[:400]!r}")
    if negative and rec.labelled():
        raise TemplateBug(f"negative with spans: {text[:400]!r}")
    if not negative and not rec.labelled():
        raise TemplateBug(f"positive without spans: {text[:400]!r}")
    for s, e, kind in rec.docs:
        doc = text[s:e]
        try:
            if kind == "json":
                json.loads(doc)
            elif kind == "xml":
                ET.fromstring(doc)
            elif kind == "csvjson":
                if not (doc.startswith('"') and doc.endswith('"')):
                    raise ValueError("csv cell not quoted")
                json.loads(doc[1:-1].replace('""', '"'))
            else:
                raise TemplateBug(f"unknown doc kind {kind}")
        except (ValueError, ET.ParseError) as exc:
            raise TemplateBug(f"{kind} document does not parse ({exc}): {doc[:400]!r}") from exc


_EMAIL_IN_TEXT = re.compile(
    r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
    r"|(?:[A-Za-z0-9._-]|%2[Bb])+(?:%40|%2540)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_IPV4 = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?!\.?\d)")
_CARDLIKE = re.compile(r"(?<![\w-])(?:\d{13,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{1,7}|\d{4}([ -])\d{6}\2\d{5})(?!\w)")
_SSNLIKE = re.compile(r"(?<![\w-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\w-])")


def _inside(s, e, spans, types=None):
    return any(a <= s and e <= b and (types is None or t in types) for a, b, t, _ in spans)


def find_leaks(rec, persons):
    text = rec.text()
    spans = rec.labelled()
    leaks = []
    for m in _EMAIL_IN_TEXT.finditer(text):
        dom = re.split(r"@|%40|%2540", m.group(0), maxsplit=1)[1]
        if dom == dom.upper():
            continue  # Kerberos-style user@REALM: the account part is checked as a name word
        at = m.start() + re.search(r"@|%40|%2540", m.group(0)).start()
        # the span must hold the '@' and run to the end of the address (a prefix such as "oidc-" may stay out)
        if not any(a <= at and b == m.end() and t == "EMAIL" for a, b, t, _ in spans):
            leaks.append(f"e-mail {m.group(0)!r}")
    for m in _IPV4.finditer(text):
        try:
            ipaddress.IPv4Address(m.group(0))
        except ValueError:
            continue
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
        for tok in p.tokens():
            forms = {tok, quote_plus(tok), quote(tok), jesc_ascii(tok), jesc_ps(tok)}
            for fm in forms:
                pat = re.compile(r"(?<![^\W_])" + re.escape(fm) + r"(?![^\W_])", re.IGNORECASE)
                for m in pat.finditer(text):
                    if not _inside(m.start(), m.end(), spans, ("NAME", "EMAIL")):
                        leaks.append(f"name word {fm!r} at {m.start()}")
    return leaks
