"""Segment builder, value generators, decoys and the verifier for pack_x.

A record is a list of segments (text, type-or-None). Text and spans are therefore built together; nothing is
searched for afterwards. Encoders (JSON string escaping, percent/form encoding, XML escaping, Python repr) are
applied segment by segment, so a labelled value keeps its span in the encoded form.
"""

from __future__ import annotations

import ast
import ipaddress
import json
import re
import unicodedata
import urllib.parse
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape as _xml_escape

import names as N

TYPES = ("NAME", "EMAIL", "PHONE", "SSN", "CREDIT_CARD", "IP_ADDRESS")


class Leak(Exception):
    """A record failed the leak check; it is drawn again."""


# --------------------------------------------------------------------------------------------- text helpers
_FOLD = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "æ": "ae",
                       "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D"})


def fold(s: str) -> str:
    s = s.translate(_FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def compact(s: str) -> str:
    """ASCII-folded, lower case, without spaces, hyphens and apostrophes (account building)."""
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


def jesc(s: str, ascii_only: bool = False) -> str:
    return json.dumps(s, ensure_ascii=ascii_only)[1:-1]


def pct(s: str) -> str:
    return urllib.parse.quote(s, safe="")


def form(s: str) -> str:
    return urllib.parse.quote_plus(s, safe="")


def xesc(s: str) -> str:
    return _xml_escape(s)


def pyq(s: str) -> tuple[str, str]:
    """Quote character and escaped body of a Python str literal, as repr() would write them."""
    r = repr(s)
    return r[0], r[1:-1]


# --------------------------------------------------------------------------------------------- segments
class V:
    """A labelled value inside a document tree."""

    __slots__ = ("s", "t")

    def __init__(self, s: str, t: str | None):
        self.s = s
        self.t = t


class M:
    """A string made of several parts (plain strings, V values, or (text, type) segments)."""

    def __init__(self, *parts):
        self.segs: list[tuple[str, str | None]] = []
        for p in parts:
            if isinstance(p, V):
                self.segs.append((p.s, p.t))
            elif isinstance(p, tuple):
                self.segs.append(p)
            elif isinstance(p, list):
                self.segs.extend(p)
            else:
                self.segs.append((str(p), None))

    def plain(self) -> str:
        return "".join(s for s, _ in self.segs)


class Obj:
    """A Python object repr: Name(k=v, ...)."""

    def __init__(self, name: str, fields: list[tuple[str, object]]):
        self.name = name
        self.fields = fields


class SB:
    """Segment builder."""

    def __init__(self):
        self.segs: list[tuple[str, str | None]] = []

    def t(self, *xs):
        for x in xs:
            self._add(x)
        return self

    def _add(self, x):
        if isinstance(x, str):
            if x:
                self.segs.append((x, None))
        elif isinstance(x, V):
            self.v(x.s, x.t)
        elif isinstance(x, M):
            self.segs.extend(x.segs)
        elif isinstance(x, SB):
            self.segs.extend(x.segs)
        elif isinstance(x, list):
            self.segs.extend(x)
        elif isinstance(x, tuple):
            self.segs.append(x)
        else:
            raise TypeError(type(x))

    def v(self, s: str, typ: str | None):
        assert typ is None or typ in TYPES, typ
        assert s, "empty value"
        self.segs.append((s, typ))
        return self

    def text(self) -> str:
        return "".join(s for s, _ in self.segs)

    def N(self, s):
        return self.v(s, "NAME")

    def E(self, s):
        return self.v(s, "EMAIL")

    def P(self, s):
        return self.v(s, "PHONE")

    def IP(self, s):
        return self.v(s, "IP_ADDRESS")

    def S(self, s):
        return self.v(s, "SSN")

    def C(self, s):
        return self.v(s, "CREDIT_CARD")


def mapsegs(segs, fn):
    return [(fn(s), t) for s, t in segs]


def jstr_segs(segs, ascii_only=False):
    return [(jesc(s, ascii_only), t) for s, t in segs]


# --------------------------------------------------------------------------------------------- JSON / repr
def J(obj, indent: int | None = None, ascii_only: bool = False, compact_: bool = False) -> list:
    out: list[tuple[str, str | None]] = []
    isep = "," if (compact_ or indent is not None) else ", "
    ksep = ":" if compact_ else ": "

    def put(s, t=None):
        out.append((s, t))

    def nl(lvl):
        if indent is not None:
            put("\n" + " " * (indent * lvl))

    def rec(o, lvl):
        if isinstance(o, V):
            put('"')
            put(jesc(o.s, ascii_only), o.t)
            put('"')
        elif isinstance(o, M):
            put('"')
            for s, t in o.segs:
                put(jesc(s, ascii_only), t)
            put('"')
        elif isinstance(o, str):
            put(json.dumps(o, ensure_ascii=ascii_only))
        elif o is None or isinstance(o, (bool, int, float)):
            put(json.dumps(o))
        elif isinstance(o, dict):
            if not o:
                put("{}")
                return
            put("{")
            for i, (k, val) in enumerate(o.items()):
                if i:
                    put(isep)
                nl(lvl + 1)
                put(json.dumps(k, ensure_ascii=ascii_only) + ksep)
                rec(val, lvl + 1)
            nl(lvl)
            put("}")
        elif isinstance(o, list):
            if not o:
                put("[]")
                return
            put("[")
            for i, val in enumerate(o):
                if i:
                    put(isep)
                nl(lvl + 1)
                rec(val, lvl + 1)
            nl(lvl)
            put("]")
        else:
            raise TypeError(type(o))

    rec(obj, 0)
    return [(s, t) for s, t in out if s]


def PY(obj) -> list:
    out: list[tuple[str, str | None]] = []

    def put(s, t=None):
        out.append((s, t))

    def pstr(segs):
        whole = "".join(s for s, _ in segs)
        q = repr(whole)[0]
        put(q)
        for s, t in segs:
            body = s.replace("\\", "\\\\").replace(q, "\\" + q).replace("\n", "\\n")
            put(body, t)
        put(q)

    def rec(o):
        if isinstance(o, V):
            pstr([(o.s, o.t)])
        elif isinstance(o, M):
            pstr(o.segs)
        elif isinstance(o, str):
            put(repr(o))
        elif o is None or isinstance(o, (bool, int, float)):
            put(repr(o))
        elif isinstance(o, dict):
            put("{")
            for i, (k, val) in enumerate(o.items()):
                if i:
                    put(", ")
                put(repr(k) + ": ")
                rec(val)
            put("}")
        elif isinstance(o, list):
            put("[")
            for i, val in enumerate(o):
                if i:
                    put(", ")
                rec(val)
            put("]")
        elif isinstance(o, Obj):
            put(o.name + "(")
            for i, (k, val) in enumerate(o.fields):
                if i:
                    put(", ")
                put(k + "=")
                rec(val)
            put(")")
        else:
            raise TypeError(type(o))

    rec(obj)
    return [(s, t) for s, t in out if s]


def py_plain(obj):
    """The same object as plain Python data (for ast.literal_eval comparison); Obj becomes a dict."""
    if isinstance(obj, V):
        return obj.s
    if isinstance(obj, M):
        return obj.plain()
    if isinstance(obj, dict):
        return {k: py_plain(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [py_plain(v) for v in obj]
    return obj


# --------------------------------------------------------------------------------------------- persons
PERSONAL_DOMAINS = ["mail.example", "example.com", "example.net", "inbox.example", "correo.example",
                    "post.example", "webmail.test", "example.org", "posteo.test", "home.example"]


class Person:
    def __init__(self, rng, given, family, gender, trad, ff, native=None, middle=None):
        self.rng = rng
        self.given = given
        self.family = family
        self.gender = gender
        self.trad = trad
        self.ff = ff
        self.native = native  # (given, family, family_first, joiner) or None
        self.middle = middle
        self.tokens: set[str] = set()

    # Latin forms
    def full_l(self) -> str:
        return f"{self.family} {self.given}" if self.ff else f"{self.given} {self.family}"

    def full(self) -> str:
        if self.native:
            g, f, nff, j = self.native
            return f + j + g if nff else g + j + f
        return self.full_l()

    def gn(self) -> str:
        return self.native[0] if self.native else self.given

    def fn(self) -> str:
        return self.native[1] if self.native else self.family

    def first_word(self) -> str:
        return self.given.split(" ")[0]

    def lf(self) -> str:
        return f"{self.family}, {self.given}"

    def up(self) -> str:
        return fold(self.full_l()).upper()

    def up_lf(self) -> str:
        return fold(self.lf()).upper()

    def slash(self) -> str:
        return fold(self.family).upper().replace(" ", "") + "/" + fold(self.given).upper().replace(" ", "")

    def gi(self) -> str:
        return f"{self.given[0]}. {self.family}"

    def us(self, sep="_") -> str:
        """Family_Given as in file names (ASCII-folded, spaces removed)."""
        f = re.sub(r"[^A-Za-z0-9-]", "", fold(self.family).replace(" ", "-"))
        g = re.sub(r"[^A-Za-z0-9-]", "", fold(self.given).replace(" ", "-"))
        return f + sep + g

    def gu(self, sep="_") -> str:
        f = re.sub(r"[^A-Za-z0-9-]", "", fold(self.family).replace(" ", "-"))
        g = re.sub(r"[^A-Za-z0-9-]", "", fold(self.given).replace(" ", "-"))
        return g + sep + f

    def acct(self, style: str | None = None, digits: bool | None = None) -> str:
        rng = self.rng
        g = compact(self.given)
        f = compact(self.family)
        style = style or rng.choice(["first.last", "flast", "firstl", "first_last", "firstlast", "lastf",
                                     "f.last", "flast", "first.last"])
        a = {"first.last": f"{g}.{f}", "flast": g[0] + f, "firstl": g + f[0], "first_last": f"{g}_{f}",
             "firstlast": g + f, "lastf": f + g[0], "f.last": f"{g[0]}.{f}", "last.first": f"{f}.{g}"}[style]
        if digits is None:
            digits = rng.random() < 0.25
        if digits:
            a += str(rng.randint(1, 99))
        self.tokens.add(a)
        return a

    def email(self, domain: str | None = None, style: str | None = None) -> str:
        rng = self.rng
        g = compact(self.given)
        f = compact(self.family)
        style = style or rng.choice(["first.last", "flast", "first_last", "firstlast", "f.last", "first.last",
                                     "firstNN", "last.first"])
        local = {"first.last": f"{g}.{f}", "flast": g[0] + f, "first_last": f"{g}_{f}", "firstlast": g + f,
                 "f.last": f"{g[0]}.{f}", "firstNN": f"{g}{rng.randint(1, 99)}", "last.first": f"{f}.{g}"}[style]
        if domain is None:
            domain = rng.choice(PERSONAL_DOMAINS)
        self.tokens.add(local)
        return f"{local}@{domain}"

    def words(self) -> list[str]:
        out = []
        for part in (self.given, self.family):
            for w in re.split(r"[ \-]", part):
                if not w or w.lower() in N.PARTICLES:
                    continue
                m = re.match(r"^(d'|o'|D'|O')(.+)$", w)
                if m and m.group(1).lower() == "d'":
                    w = m.group(2)
                out.append(w)
        return out

    def native_words(self) -> list[str]:
        if not self.native:
            return []
        g, f, _nff, _j = self.native
        return [g, f]


TRAD_KEYS = sorted(N.TRADITIONS)


def draw_person(rng, native_p: float = 0.12, trad: str | None = None, gender: str | None = None,
                latin: bool = False, native_trad: str | None = None) -> Person:
    if not latin and trad is None and rng.random() < native_p:
        pool = [x for x in N.NATIVE if native_trad is None or x[0] == native_trad] or N.NATIVE
        t, gd, ng, nf, rg, rf, nff, j = rng.choice(pool)
        ff = nff and rng.random() < 0.5
        return Person(rng, rg, rf, gd, t, ff, native=(ng, nf, nff, j))
    if trad is None:
        trad = rng.choice(TRAD_KEYS)
    _region, ffd, male, female, surnames = N.TRADITIONS[trad]
    gender = gender or rng.choice("mf")
    given = rng.choice(male if gender == "m" else female)
    sur = rng.choice(surnames)
    if isinstance(sur, tuple):
        sur = sur[0] if gender == "m" else sur[1]
    if trad in ("hu_hu", "vi_vn"):
        ff = True
    elif ffd:
        ff = rng.random() < 0.5
    else:
        ff = False
    middle = rng.choice(N.US_MIDDLE) if trad == "en_us" and rng.random() < 0.5 else None
    return Person(rng, given, sur, gender, trad, ff, middle=middle)


# --------------------------------------------------------------------------------------------- numbers
def _d(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _us(rng, style):
    area = rng.choice(["201", "212", "312", "415", "512", "617", "646", "702", "713", "818", "917", "303",
                       "404", "206"])
    line = "01" + _d(rng, 2)
    return {0: f"({area}) 555-{line}", 1: f"{area}-555-{line}", 2: f"+1 {area} 555 {line}",
            3: f"+1{area}555{line}", 4: f"{area}.555.{line}", 5: f"+1 ({area}) 555-{line}"}[style % 6]


PHONE_PLANS = {
    "US": _us,
    "GB": lambda r, s: [f"07700 900{_d(r, 3)}", f"+44 7700 900{_d(r, 3)}", f"+447700900{_d(r, 3)}",
                        f"020 7946 0{_d(r, 3)}"][s % 4],
    "AU": lambda r, s: [f"0491 570 {_d(r, 3)}", f"+61 491 570 {_d(r, 3)}"][s % 2],
    "DE": lambda r, s: [f"+49 151 {_d(r, 4)} {_d(r, 4)}", f"0151 {_d(r, 8)}", f"+49 30 {_d(r, 8)}"][s % 3],
    "FR": lambda r, s: [f"06 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
                        f"+33 6 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}"][s % 2],
    "ES": lambda r, s: [f"6{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}", f"+34 6{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}"][s % 2],
    "IT": lambda r, s: [f"+39 34{_d(r, 1)} {_d(r, 3)} {_d(r, 4)}", f"34{_d(r, 1)} {_d(r, 7)}"][s % 2],
    "NL": lambda r, s: [f"06-{_d(r, 8)}", f"+31 6 {_d(r, 8)}"][s % 2],
    "PL": lambda r, s: [f"+48 5{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}", f"5{_d(r, 2)}-{_d(r, 3)}-{_d(r, 3)}"][s % 2],
    "BR": lambda r, s: [f"+55 11 9{_d(r, 4)}-{_d(r, 4)}", f"(11) 9{_d(r, 4)}-{_d(r, 4)}"][s % 2],
    "MX": lambda r, s: [f"+52 55 {_d(r, 4)} {_d(r, 4)}", f"55 {_d(r, 4)} {_d(r, 4)}"][s % 2],
    "IN": lambda r, s: [f"+91 9{_d(r, 4)} {_d(r, 5)}", f"09{_d(r, 4)} {_d(r, 5)}", f"+919{_d(r, 9)}"][s % 3],
    "JP": lambda r, s: [f"090-{_d(r, 4)}-{_d(r, 4)}", f"+81 90-{_d(r, 4)}-{_d(r, 4)}"][s % 2],
    "KR": lambda r, s: [f"010-{_d(r, 4)}-{_d(r, 4)}", f"+82 10-{_d(r, 4)}-{_d(r, 4)}"][s % 2],
    "CN": lambda r, s: [f"+86 138 {_d(r, 4)} {_d(r, 4)}", f"139{_d(r, 8)}"][s % 2],
    "PH": lambda r, s: [f"0917 {_d(r, 3)} {_d(r, 4)}", f"+63 917 {_d(r, 3)} {_d(r, 4)}"][s % 2],
    "NG": lambda r, s: [f"0803 {_d(r, 3)} {_d(r, 4)}", f"+234 803 {_d(r, 3)} {_d(r, 4)}"][s % 2],
    "KE": lambda r, s: [f"0712 {_d(r, 6)}", f"+254 712 {_d(r, 6)}"][s % 2],
    "ZA": lambda r, s: [f"082 {_d(r, 3)} {_d(r, 4)}", f"+27 82 {_d(r, 3)} {_d(r, 4)}"][s % 2],
    "TR": lambda r, s: [f"0532 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}", f"+90 532 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}"][s % 2],
    "SE": lambda r, s: [f"070-174 {_d(r, 2)} {_d(r, 2)}", f"+46 70 174 {_d(r, 2)} {_d(r, 2)}"][s % 2],
    "IE": lambda r, s: [f"087 {_d(r, 3)} {_d(r, 4)}", f"+353 87 {_d(r, 3)} {_d(r, 4)}"][s % 2],
    "CO": lambda r, s: [f"+57 310 {_d(r, 3)} {_d(r, 4)}", f"310 {_d(r, 3)} {_d(r, 4)}"][s % 2],
    "AR": lambda r, s: [f"+54 9 11 {_d(r, 4)}-{_d(r, 4)}", f"011 15-{_d(r, 4)}-{_d(r, 4)}"][s % 2],
    "VN": lambda r, s: [f"+84 91 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}", f"091 {_d(r, 3)} {_d(r, 4)}"][s % 2],
    "ID": lambda r, s: [f"+62 812-{_d(r, 4)}-{_d(r, 4)}", f"0812-{_d(r, 4)}-{_d(r, 4)}"][s % 2],
    "AE": lambda r, s: [f"+971 50 {_d(r, 3)} {_d(r, 4)}", f"050 {_d(r, 3)} {_d(r, 4)}"][s % 2],
    "PK": lambda r, s: [f"+92 300 {_d(r, 7)}", f"0300-{_d(r, 7)}"][s % 2],
    "EG": lambda r, s: [f"+20 10 {_d(r, 4)} {_d(r, 4)}", f"010 {_d(r, 4)} {_d(r, 4)}"][s % 2],
    "CA": _us,
    "SG": lambda r, s: [f"+65 9{_d(r, 3)} {_d(r, 4)}", f"9{_d(r, 3)} {_d(r, 4)}"][s % 2],
    "GH": lambda r, s: [f"+233 24 {_d(r, 3)} {_d(r, 4)}", f"024 {_d(r, 3)} {_d(r, 4)}"][s % 2],
}
PHONE_CC = sorted(PHONE_PLANS)


def phone(rng, cc: str | None = None, e164: bool = False) -> str:
    cc = cc or rng.choice(["US", "US", "US", "GB", "GB"] + PHONE_CC)
    if e164:
        s = PHONE_PLANS[cc](rng, 2 if cc in ("US", "CA") else 1)
        return s
    return PHONE_PLANS[cc](rng, rng.randint(0, 5))


def luhn_ok(d: str) -> bool:
    tot = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def _luhn_complete(prefix: str, length: int, rng) -> str:
    body = prefix + _d(rng, length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(rng, sep: str | None = None) -> str:
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if kind == "visa":
        d = _luhn_complete("4", 16, rng)
    elif kind == "mc":
        d = _luhn_complete(str(rng.randint(51, 55)), 16, rng)
    elif kind == "mc2":
        d = _luhn_complete(str(rng.randint(2221, 2720)), 16, rng)
    elif kind == "amex":
        d = _luhn_complete(rng.choice(["34", "37"]), 15, rng)
    else:
        d = _luhn_complete(rng.choice(["6011", "65"]), 16, rng)
    if sep is None:
        sep = rng.choice(["", " ", "-", " "])
    if not sep:
        return d
    if len(d) == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i:i + 4] for i in range(0, 16, 4))


def ssn_ok(a: int, g: int, s: int) -> bool:
    return 1 <= a <= 899 and a != 666 and 1 <= g <= 99 and 1 <= s <= 9999


def ssn(rng, style: str = "dash") -> str:
    while True:
        a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if ssn_ok(a, g, s) and a not in (78, 219):
            break
    if style == "dash":
        return f"{a:03d}-{g:02d}-{s:04d}"
    if style == "space":
        return f"{a:03d} {g:02d} {s:04d}"
    return f"{a:03d}{g:02d}{s:04d}"


def last4(rng) -> str:
    return f"{rng.randint(1, 9999):04d}"


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
    if rng.random() < 0.7:
        return "2001:db8:" + ":".join(f"{rng.randint(0, 0xffff):x}" for _ in range(2)) + "::" + \
            f"{rng.randint(1, 0xffff):x}"
    return f"fd12:3456:{rng.randint(0, 0xffff):x}::{rng.randint(1, 0xffff):x}"


def ip(rng, v6p: float = 0.2) -> str:
    return ipv6(rng) if rng.random() < v6p else ipv4(rng)


# --------------------------------------------------------------------------------------------- misc values
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def iso(rng, z: bool = True) -> str:
    s = f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:" \
        f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    if z:
        return s + rng.choice(["Z", f".{rng.randint(0, 999):03d}Z", "+00:00"])
    return s


def ymd(rng) -> str:
    return f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def hms(rng) -> str:
    return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def clf(rng) -> str:
    return f"{rng.randint(1, 28):02d}/{rng.choice(MONTHS)}/2026:{hms(rng)} +0000"


def sysl(rng) -> str:
    return f"{rng.choice(MONTHS)} {rng.randint(1, 28):2d} {hms(rng)}"


class Clock:
    """Increasing HH:MM:SS times for transcripts."""

    def __init__(self, rng):
        self.rng = rng
        self.t = rng.randint(6 * 3600, 20 * 3600)

    def __call__(self) -> str:
        self.t += self.rng.randint(5, 240)
        t = self.t % 86400
        return f"{t // 3600:02d}:{t % 3600 // 60:02d}:{t % 60:02d}"


def money_eu(rng, lo=200, hi=9000) -> str:
    return money(rng, lo, hi).replace(",", "X").replace(".", ",").replace("X", ".")


def hexid(rng, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(rng, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))


def num(rng, n: int) -> str:
    assert n != 9 and n < 13
    return str(rng.randint(1, 9)) + _d(rng, n - 1)


def money(rng, lo=200, hi=9000) -> str:
    v = rng.randint(lo * 100, hi * 100) / 100
    return f"{v:,.2f}"


def emp_id(rng) -> str:
    return rng.choice(["E", "EMP", "W", ""]) + num(rng, rng.choice([5, 6, 7]))


def req_id(rng) -> str:
    return rng.choice(["REQ-2026-", "R", "JR-", "2026-REQ-"]) + num(rng, 4)


def cand_id(rng) -> str:
    return rng.choice(["C-", "cand_", "", "CAN"]) + num(rng, rng.choice([6, 7, 8]))


# --------------------------------------------------------------------------------------------- decoys
EMPLOYERS = ["Kestrel Foods", "Northwind Logistics", "Bluegate Health", "Harbor & Pine", "Lumen Retail Group",
             "Corvid Systems", "Tallgrass Energy", "Maple Ridge Hospitality", "Orbis Manufacturing",
             "Granite Peak Bank", "Sundial Insurance", "Ferncliff Labs"]
EMP_DOMAINS = ["kestrelfoods.example", "northwind-log.example", "bluegate.example", "harborpine.example",
               "lumenretail.example", "corvid.example", "tallgrass.example", "mapleridge.example",
               "orbis-mfg.example", "granitepeak.example", "sundial.example", "ferncliff.example"]
SURNAME_COMPANIES = ["Whitaker & Sons Ltd", "Okafor Facilities Ltd", "Lindqvist Bygg AB", "Moreau Transports SAS",
                     "Kowalski Logistyka Sp. z o.o.", "Hernández Construcciones SA de CV", "Tanaka Seiki KK",
                     "Müller Gebäudereinigung GmbH", "Rossi & Figli S.r.l.", "McCarthy Staffing Group",
                     "Ferreira Limpezas Lda", "Nguyen Brothers Bakery", "Patel Pharmacy Group", "Kelly Services",
                     "Robert Half", "Hays plc", "Johnson Controls", "Morgan & Reid Recruitment",
                     "Fitzgerald Temps", "Van Dijk Uitzendbureau", "Papadopoulos Shipping", "Haddad Trading LLC"]
PLACES = ["Victoria", "Regina", "Florence", "Charlotte", "Adelaide", "Alexandria", "Eugene", "Austin",
          "Santiago", "Sofia", "Lorraine", "Madison", "Georgia", "Jordan", "Chelsea", "Savannah", "Beatrice",
          "Marion", "Augusta", "Kingston", "Elizabeth", "Helena", "Francisco Morato", "San José", "Santa Clara",
          "Bellevue", "Tyler", "Lafayette", "Douglas", "Paris"]
PRODUCTS = ["Olivia", "Mya", "Ava", "Watson", "Einstein", "Jarvis", "Project Hermes", "Apollo", "Sage",
            "Atlas", "Juno", "Iris", "Cleo", "Ada Connector", "Marvin"]
SERVICE_ACCTS = ["svc_payroll", "ats-sync", "hris_bot", "timeclock-ingest", "onboard-svc", "svc_bgcheck",
                 "payslip-mailer", "root", "scheduler", "integration.user", "SYSTEM", "api-client-07",
                 "svc-w2-export", "kiosk01", "recruiting-bot", "etl_loader", "PAYRUN_BATCH", "admin", "noreply",
                 "jenkins", "sourcing-bot", "workflow-engine"]
STATUS = ["Pending", "Approved", "Rejected", "On Hold", "In Review", "Scheduled", "Completed", "Cancelled",
          "Withdrawn", "Offer Extended", "Active", "Terminated", "Not Started", "Overdue"]
UI_STRINGS = ["Solicitud recibida", "Antrag genehmigt", "Demande approuvée", "申請が承認されました", "申请已提交",
              "Заявка одобрена", "Wniosek zatwierdzony", "Aanvraag goedgekeurd", "Richiesta approvata",
              "Pedido aprovado", "Başvuru onaylandı", "Ansökan godkänd", "Hakemus hyväksytty",
              "Η αίτηση εγκρίθηκε", "הבקשה אושרה", "تمت الموافقة على الطلب", "अनुरोध स्वीकृत",
              "요청이 승인되었습니다", "Yêu cầu đã được duyệt", "คำขอได้รับการอนุมัติ", "Permintaan disetujui",
              "Žádost schválena", "Kérelem jóváhagyva", "Cererea a fost aprobată", "Ansøgning godkendt"]
TITLE_UI = ["Submit Application", "View Job Details", "Schedule Interview", "Upload Documents", "Review Offer",
            "Clock In", "Clock Out", "Request Time Off", "Download Payslip", "Start Onboarding", "Save Draft",
            "Hiring Manager", "Talent Pool", "Pay Statement", "Direct Deposit", "Year End Forms"]
JOB_TITLES = ["Warehouse Associate", "Senior Software Engineer", "Registered Nurse", "Store Manager",
              "Payroll Specialist", "Line Cook", "Forklift Operator", "Data Analyst", "Customer Success Manager",
              "Electrician", "Delivery Driver", "HR Business Partner", "Barista", "Site Reliability Engineer",
              "Cashier", "Maintenance Technician"]
DEPTS = ["Warehouse", "Engineering", "Nursing", "Retail", "Finance", "Kitchen", "Logistics", "People Ops",
         "Sales", "Facilities", "Customer Care"]


# --------------------------------------------------------------------------------------------- record
class Rec(SB):
    def __init__(self, rng, neg: bool):
        super().__init__()
        self.rng = rng
        self.neg = neg
        self.persons: list[Person] = []
        self.docs: list[tuple[str, str, object]] = []

    def person(self, **kw) -> Person:
        assert not self.neg, "negative record drew a person"
        p = draw_person(self.rng, **kw)
        self.persons.append(p)
        return p

    def doc(self, kind: str, segs, expect=None, inner: bool = False):
        txt = "".join(s for s, _ in (segs.segs if isinstance(segs, SB) else segs))
        self.docs.append((kind, txt, (expect, inner)))
        return segs

    def build(self):
        text = ""
        spans = []
        for s, t in self.segs:
            if t is not None:
                spans.append([len(text), len(text) + len(s), t, s])
            text += s
        return text, spans


# --------------------------------------------------------------------------------------------- verification
_EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
_PREFIX_OK = ("4", "51", "52", "53", "54", "55", "34", "37", "6011", "65")


def _unq(s: str) -> str:
    for _ in range(3):
        s2 = urllib.parse.unquote(s)
        if s2 == s:
            break
        s = s2
    return s


def check_value(v: str, t: str):
    assert v == v.strip() and v, f"edge whitespace in {v!r}"
    if t == "EMAIL":
        assert _EMAIL_RE.match(_unq(v)), f"bad email {v!r}"
    elif t == "IP_ADDRESS":
        ipaddress.ip_address(v)
    elif t == "SSN":
        if len(v) == 4:
            assert v.isdigit() and v != "0000", v
        else:
            m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", v)
            assert m and ssn_ok(int(m.group(1)), int(m.group(3)), int(m.group(4))), f"bad ssn {v!r}"
    elif t == "CREDIT_CARD":
        d = re.sub(r"[ \-+]|%20", "", v)
        assert d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d), f"bad card {v!r}"
        ok = d.startswith(_PREFIX_OK) or 2221 <= int(d[:4]) <= 2720
        assert ok, f"bad card prefix {v!r}"
    elif t == "PHONE":
        u = _unq(v)
        assert re.fullmatch(r"[+0-9 ().\-]+", u), f"bad phone chars {v!r}"
        n = sum(c.isdigit() for c in u)
        assert 7 <= n <= 15, f"bad phone length {v!r}"
    elif t == "NAME":
        assert any(c.isalpha() for c in v) and "@" not in v, f"bad name {v!r}"
    else:
        raise AssertionError(t)


def _inside(a: int, b: int, spans, types) -> bool:
    return any(s <= a and b <= e and t in types for s, e, t in spans)


_IPV4 = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.]*\d)")
_IPV6 = re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])")
_CARD_RUN = re.compile(r"(?<!\d)\d{13,19}(?!\d)")
_CARD_GRP = re.compile(r"(?<![\d])\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?![\d])|(?<![\d])\d{4}([ -])\d{6}\2\d{5}(?!\d)")
_SSN_SEP = re.compile(r"(?<![\d-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d-])")
_SSN_BARE = re.compile(r"(?<!\d)\d{9}(?!\d)")
_PHONE_PAT = [re.compile(r"\+\d[\d ().\-]{5,}\d"), re.compile(r"\(\d{3}\) ?\d{3}-\d{4}"),
              re.compile(r"(?<!\d)\d{3}[-.]555[-.]01\d\d(?!\d)"), re.compile(r"07700 ?900\d{3}"),
              re.compile(r"%2B\d{6,}")]
_AT = re.compile(r"(?<=[A-Za-z0-9._+-])(@|%40|%2540)(?=[A-Za-z0-9-]+\.[A-Za-z])")


def _word_forms(w: str) -> list[tuple[str, bool]]:
    """(form, plain?) pairs for a name word."""
    forms = {w, fold(w)}
    enc = set()
    for f in list(forms):
        for g in (pct(f), form(f), jesc(f, True), jesc(jesc(f, True)), f.replace("'", "\\'"), f.replace("'", "&apos;"),
                  f.replace("'", "''")):
            if g not in forms:
                enc.add(g)
    return [(f, True) for f in sorted(forms)] + [(f, False) for f in sorted(enc)]


def leak_check(text: str, spans, persons: list[Person]):
    sp = [(s, e, t) for s, e, t in spans]
    # e-mail addresses
    for m in _AT.finditer(text):
        a = m.start()
        loc = re.search(r"[A-Za-z0-9._+-]+$", text[:a])
        if loc and text[:loc.start()].endswith("Message-ID: <"):
            continue  # Message-IDs are not e-mail addresses (not labelled)
        dom = re.match(r"[A-Za-z0-9.-]+", text[m.end():])
        b = m.end() + (len(dom.group(0).rstrip(".-")) if dom else 0)
        if not _inside(a, b, sp, ("EMAIL",)):
            raise Leak(f"email outside span at {a}: {text[max(0, a - 20):b]!r}")
    for m in _IPV4.finditer(text):
        try:
            ipaddress.IPv4Address(m.group(0))
        except ValueError:
            continue
        if not _inside(m.start(), m.end(), sp, ("IP_ADDRESS",)):
            raise Leak(f"ipv4 outside span {m.group(0)!r}")
    for m in _IPV6.finditer(text):
        g = m.group(0)
        if g.count(":") < 2 or not re.search(r"[0-9A-Fa-f]", g):
            continue
        try:
            ipaddress.IPv6Address(g)
        except ValueError:
            continue
        if not _inside(m.start(), m.end(), sp, ("IP_ADDRESS",)):
            raise Leak(f"ipv6 outside span {g!r}")
    for m in _CARD_RUN.finditer(text):
        if luhn_ok(m.group(0)) and not _inside(m.start(), m.end(), sp, ("CREDIT_CARD",)):
            raise Leak(f"card-like run outside span {m.group(0)!r}")
    for m in _CARD_GRP.finditer(text):
        d = re.sub(r"\D", "", m.group(0))
        if luhn_ok(d) and not _inside(m.start(), m.end(), sp, ("CREDIT_CARD",)):
            raise Leak(f"grouped card outside span {m.group(0)!r}")
    for m in _SSN_SEP.finditer(text):
        if ssn_ok(int(m.group(1)), int(m.group(3)), int(m.group(4))) and \
                not _inside(m.start(), m.end(), sp, ("SSN",)):
            raise Leak(f"ssn outside span {m.group(0)!r}")
    for m in _SSN_BARE.finditer(text):
        if not _inside(m.start(), m.end(), sp, ("SSN", "PHONE", "CREDIT_CARD")):
            raise Leak(f"bare 9-digit outside span {m.group(0)!r}")
    for pat in _PHONE_PAT:
        for m in pat.finditer(text):
            if not any(s < m.end() and m.start() < e for s, e, t in sp if t == "PHONE"):
                raise Leak(f"phone-like outside span {m.group(0)!r}")
    # name words, accounts and e-mail local parts of every drawn person
    for p in persons:
        for w in p.words() + sorted(p.tokens):
            for f, plain in _word_forms(w):
                if plain:
                    flags = re.I if len(f) >= 3 else 0
                    pat = re.compile(r"(?:(?<![^\W\d_])|(?<=%[0-9A-Fa-f]{2}))" + re.escape(f) + r"(?![^\W\d_])", flags)
                    hits = list(pat.finditer(text))
                    if len(f) < 3:
                        pat2 = re.compile(r"(?<![^\W\d_])" + re.escape(f.upper()) + r"(?![^\W\d_])")
                        hits += list(pat2.finditer(text))
                else:
                    hits = list(re.finditer(re.escape(f), text, re.I))
                for m in hits:
                    if not _inside(m.start(), m.end(), sp, ("NAME", "EMAIL")):
                        raise Leak(f"name word {w!r} outside span at {m.start()}: "
                                   f"{text[max(0, m.start() - 25):m.end() + 25]!r}")
        for w in p.native_words():
            for f in {w, jesc(w, True), pct(w)}:
                for m in re.finditer(re.escape(f), text):
                    if not _inside(m.start(), m.end(), sp, ("NAME", "EMAIL")):
                        raise Leak(f"native word {w!r} outside span")


def check_docs(text: str, docs):
    for kind, txt, (expect, inner) in docs:
        if not inner:
            assert txt in text, f"{kind} document not in text"
        if kind == "json":
            got = json.loads(txt)
            if expect is not None:
                assert got == expect, "json round trip differs"
        elif kind == "xml":
            ET.fromstring(txt)
        elif kind == "py":
            got = ast.literal_eval(txt)
            if expect is not None:
                assert got == expect, "py repr round trip differs"
        elif kind == "pyexpr":
            ast.parse(txt, mode="eval")
        else:
            raise AssertionError(kind)


def verify(text: str, spans, rec: Rec):
    prev = 0
    for s, e, t, val in spans:
        assert 0 <= s < e <= len(text), "span out of range"
        assert s >= prev, "overlapping or unsorted spans"
        prev = e
        assert text[s:e] == val, "span text differs from appended value"
        assert t in TYPES
        check_value(val, t)
    if rec.neg:
        assert not spans and not rec.persons, "negative with spans or persons"
    else:
        assert spans, "positive without spans"
    check_docs(text, rec.docs)
    leak_check(text, [(s, e, t) for s, e, t, _ in spans], rec.persons)
    if rec.neg:
        # a negative must not hold any value shaped like a labelled type
        leak_check(text, [], [])


def shape_counts(text: str, spans) -> dict[str, int]:
    c = {"non_latin": 0, "all_caps": 0, "lower": 0, "last_first": 0, "slash": 0, "underscore": 0, "escaped": 0,
         "hyphenated": 0}
    for s, e, t in spans:
        if t != "NAME":
            continue
        v = text[s:e]
        letters = [ch for ch in v if ch.isalpha()]
        if any(ord(ch) > 0x24F and ch.isalpha() for ch in v) or "\\u" in v:
            c["non_latin"] += 1
        if len(letters) >= 2 and all(ch.isupper() for ch in letters):
            c["all_caps"] += 1
        if letters and all(ch.islower() for ch in letters if ord(ch) < 0x250) and \
                any(ord(ch) < 0x250 for ch in letters):
            c["lower"] += 1
        if re.search(r"\w, \w", v):
            c["last_first"] += 1
        if "/" in v:
            c["slash"] += 1
        if "_" in v:
            c["underscore"] += 1
        if "%" in v or "\\u" in v or "+" in v or "\\x" in v:
            c["escaped"] += 1
        if "-" in v:
            c["hyphenated"] += 1
    return c
