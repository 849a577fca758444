"""Segment builder, value generators, decoys and verifier for pack_t.

Text and spans are built together: a record is a list of segments (text, label or None). An encoder is applied
per segment (percent, form, JSON-string, XML, Python literal), so a labelled value keeps its span whatever
escaping the surrounding document needs. Nothing here searches for a value after the fact.
"""

from __future__ import annotations

import ast
import csv
import datetime as _dt
import io
import ipaddress
import itertools
import json
import re
import unicodedata
import urllib.parse
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape as _xml_escape

import names

TYPES = ("NAME", "EMAIL", "PHONE", "SSN", "CREDIT_CARD", "IP_ADDRESS")


class TemplateBug(Exception):
    pass


class Leak(Exception):
    pass


# ---------------------------------------------------------------- encoders (applied per segment)

def pct(s: str) -> str:
    return urllib.parse.quote(s, safe="")


def pct_name(s: str) -> str:
    """Percent-encode with %20 for the space (as many JS clients do)."""
    return urllib.parse.quote(s, safe="-._~")


def form(s: str) -> str:
    return urllib.parse.quote_plus(s)


def jesc(s: str) -> str:
    """Content of a JSON string, non-ASCII kept."""
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jesc_a(s: str) -> str:
    """Content of a JSON string, non-ASCII as \\u escapes."""
    return json.dumps(s)[1:-1]


def xesc(s: str) -> str:
    return _xml_escape(s, {'"': "&quot;"})


def xbytes(s: str) -> str:
    """\\xNN escapes of the UTF-8 bytes of non-ASCII characters (as some log writers print bytes)."""
    out = []
    for c in s:
        if ord(c) < 128:
            out.append(c)
        else:
            out.extend(f"\\x{b:02x}" for b in c.encode("utf-8"))
    return "".join(out)


def upper(s: str) -> str:
    return s.upper()


# ---------------------------------------------------------------- labelled value holder for emitters

class L:
    __slots__ = ("enc", "t", "v")

    def __init__(self, v: str, t: str, enc=None):
        self.v, self.t, self.enc = v, t, enc


class S:
    """A string made of plain parts and labelled parts (L)."""

    __slots__ = ("parts",)

    def __init__(self, *parts):
        self.parts = [x for x in parts if x != ""]


def plain(obj):
    if isinstance(obj, L):
        return obj.enc(obj.v) if obj.enc else obj.v
    if isinstance(obj, S):
        return "".join(plain(x) if isinstance(x, L) else x for x in obj.parts)
    if isinstance(obj, dict):
        return {k: plain(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [plain(v) for v in obj]
    return obj


# ---------------------------------------------------------------- the record builder

class Rec:
    def __init__(self, rng, neg: bool, root: Rec | None = None):
        self.rng = rng
        self.neg = neg
        self.segs: list[tuple[str, str | None]] = []
        self.root = root or self
        if root is None:
            self.persons: list[Person] = []
            self.dt = _dt.datetime(2024, 1, 1) + _dt.timedelta(seconds=rng.randrange(0, 2 * 365 * 86400))

    # building
    def t(self, *parts: str) -> Rec:
        for p in parts:
            if p:
                self.segs.append((p, None))
        return self

    def v(self, val: str, lab: str, enc=None) -> Rec:
        if self.root.neg:
            raise TemplateBug(f"labelled value {val!r} in a negative")
        if lab not in TYPES:
            raise TemplateBug(lab)
        s = enc(val) if enc else val
        if not s:
            raise TemplateBug("empty value")
        self.segs.append((s, lab))
        return self

    def n(self, val, enc=None):
        return self.v(val, "NAME", enc)

    def e(self, val, enc=None):
        return self.v(val, "EMAIL", enc)

    def p(self, val, enc=None):
        return self.v(val, "PHONE", enc)

    def ip(self, val, enc=None):
        return self.v(val, "IP_ADDRESS", enc)

    def ssn(self, val, enc=None):
        return self.v(val, "SSN", enc)

    def cc(self, val, enc=None):
        return self.v(val, "CREDIT_CARD", enc)

    def text(self) -> str:
        return "".join(s for s, _ in self.segs)

    def mark(self) -> int:
        return sum(len(s) for s, _ in self.segs)

    def child(self) -> Rec:
        return Rec(self.rng, self.neg, root=self.root)

    def put(self, child: Rec, enc=None) -> Rec:
        for s, lab in child.segs:
            s2 = enc(s) if enc else s
            if s2:
                self.segs.append((s2, lab))
        return self

    def person(self, native: bool = True, trad: str | None = None, gender: str | None = None,
               family: str | None = None) -> Person:
        if self.root.neg:
            raise TemplateBug("person drawn in a negative")
        p = draw_person(self.rng, native=native, trad=trad, gender=gender, family=family)
        self.root.persons.append(p)
        return p

    def pystr(self, val: str, lab: str | None = None) -> Rec:
        """A Python string literal; the quotes stay outside the span."""
        r = repr(val)
        self.t(r[0])
        if lab:
            self.v(r[1:-1], lab)
        else:
            self.t(r[1:-1])
        return self.t(r[-1])

    # documents
    def json(self, obj, indent: int | None = None, asc: bool = False, sep=(", ", ": ")) -> Rec:
        m = self.mark()
        _emit_json(self, obj, indent, 0, asc, sep)
        doc = self.text()[m:]
        try:
            ok = json.loads(doc) == plain(obj)
        except ValueError as ex:
            raise TemplateBug(f"bad JSON: {ex}: {doc[:200]}") from ex
        if not ok:
            raise TemplateBug("JSON round trip differs")
        return self

    def check_json(self, m: int):
        try:
            json.loads(self.text()[m:])
        except ValueError as ex:
            raise TemplateBug(f"bad JSON: {ex}: {self.text()[m:][:300]}") from ex

    def check_xml(self, m: int):
        try:
            ET.fromstring(self.text()[m:])
        except ET.ParseError as ex:
            raise TemplateBug(f"bad XML: {ex}: {self.text()[m:][:300]}") from ex

    def check_csv(self, m: int, delim: str = ","):
        rows = list(csv.reader(io.StringIO(self.text()[m:]), delimiter=delim))
        rows = [row for row in rows if row]
        if len({len(row) for row in rows}) != 1:
            raise TemplateBug(f"ragged CSV: {[len(x) for x in rows]}: {self.text()[m:][:300]}")

    def check_py(self, m: int):
        try:
            ast.literal_eval(self.text()[m:])
        except (ValueError, SyntaxError) as ex:
            raise TemplateBug(f"bad Python literal: {self.text()[m:][:300]}") from ex

    # small helpers bound to the record's random stream
    def ch(self, seq):
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def num(self, digits: int) -> str:
        return str(self.rng.randrange(10 ** (digits - 1), 10**digits))

    def hexid(self, n: int = 8) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def ref(self, prefix: str, digits: int = 6) -> str:
        return f"{prefix}{self.num(digits)}"

    def when(self, minutes: int = 0) -> _dt.datetime:
        return self.root.dt + _dt.timedelta(minutes=minutes)

    def iso(self, minutes: int = 0, ms: bool = True, z: bool = True) -> str:
        d = self.when(minutes)
        s = d.strftime("%Y-%m-%dT%H:%M:%S")
        if ms:
            s += f".{self.rng.randrange(1000):03d}"
        return s + ("Z" if z else "")

    def ts(self, minutes: int = 0) -> str:
        return self.when(minutes).strftime("%Y-%m-%d %H:%M:%S")

    def syslog_ts(self, minutes: int = 0) -> str:
        d = self.when(minutes)
        return d.strftime("%b ") + f"{d.day:2d}" + d.strftime(" %H:%M:%S")

    def clf_ts(self, minutes: int = 0) -> str:
        return self.when(minutes).strftime("%d/%b/%Y:%H:%M:%S +0000")

    def date(self, days: int = 0, fmt: str = "%Y-%m-%d") -> str:
        return (self.root.dt + _dt.timedelta(days=days)).strftime(fmt)

    def hm(self, minutes: int = 0) -> str:
        return self.when(minutes).strftime("%H:%M")


def _emit_json(r: Rec, obj, indent, level, asc, sep):
    esc = jesc_a if asc else jesc
    if isinstance(obj, L):
        r.t('"')
        r.v(esc(plain(obj)), obj.t)
        r.t('"')
    elif isinstance(obj, S):
        r.t('"')
        for x in obj.parts:
            if isinstance(x, L):
                r.v(esc(plain(x)), x.t)
            else:
                r.t(esc(x))
        r.t('"')
    elif isinstance(obj, str):
        r.t('"' + esc(obj) + '"')
    elif obj is None or isinstance(obj, (bool, int, float)):
        r.t(json.dumps(obj))
    elif isinstance(obj, (dict, list)):
        items = list(obj.items()) if isinstance(obj, dict) else list(obj)
        o, c = ("{", "}") if isinstance(obj, dict) else ("[", "]")
        if not items:
            r.t(o + c)
            return
        r.t(o)
        for i, it in enumerate(items):
            if i:
                r.t(sep[0].rstrip() if indent is not None else sep[0])
            if indent is not None:
                r.t("\n" + " " * (indent * (level + 1)))
            if isinstance(obj, dict):
                k, val = it
                r.t('"' + esc(k) + '"' + (": " if indent is not None else sep[1]))
            else:
                val = it
            _emit_json(r, val, indent, level + 1, asc, sep)
        if indent is not None:
            r.t("\n" + " " * (indent * level))
        r.t(c)
    else:
        raise TemplateBug(type(obj))


# ---------------------------------------------------------------- persons

class Person:
    def __init__(self, given, family, gender, trad, order, middle=None, native=None, ff=False):
        self.given, self.family, self.gender, self.trad, self.order = given, family, gender, trad, order
        self.middle = middle
        self.native = native  # (given, family, family_first) in script
        self.use_native = native is not None
        self.ff = ff  # display family-first

    # display
    @property
    def g(self) -> str:
        return self.native[0] if self.use_native else self.given

    @property
    def f(self) -> str:
        return self.native[1] if self.use_native else self.family

    def full(self) -> str:
        if self.use_native:
            return self.native[1] + self.native[0] if self.native[2] else f"{self.native[0]} {self.native[1]}"
        if self.ff:
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"

    def western(self) -> str:
        """Given-first, romanised (systems that force one order)."""
        return f"{self.given} {self.family}"

    def lf(self) -> str:
        return f"{self.f}, {self.g}"

    def up(self) -> str:
        return self.full().upper()

    def ascii_full(self) -> str:
        return names.fold(self.western())

    def slash(self) -> str:
        return f"{_compact(self.family).upper()}/{_compact(self.given).upper()}"

    def ini(self) -> str:
        return f"{self.given[0]}. {self.family}"

    def gi(self) -> str:
        return f"{self.given} {self.family[0].upper()}."

    @property
    def rg(self) -> str:
        return names.fold(self.given)

    @property
    def rf(self) -> str:
        return names.fold(self.family)

    def acct(self, rng, style: str | None = None, digits: float = 0.25) -> str:
        g = _compact(self.given).lower()
        f = _compact(self.family).lower()
        style = style or rng.choice(ACCT_STYLES)
        a = {
            "first.last": f"{g}.{f}", "flast": f"{g[0]}{f}", "firstl": f"{g}{f[0]}", "first_last": f"{g}_{f}",
            "firstlast": f"{g}{f}", "lastf": f"{f}{g[0]}", "f.last": f"{g[0]}.{f}", "last.first": f"{f}.{g}",
            "first": g,
        }[style]
        if rng.random() < digits:
            a += str(rng.randrange(1, 99))
        return a

    def email(self, rng, domain: str | None = None, style: str | None = None) -> str:
        return f"{self.acct(rng, style or rng.choice(EMAIL_STYLES), 0.2)}@{domain or rng.choice(DOMAINS)}"

    def words(self) -> list[str]:
        out = []
        parts = [self.given, self.family] + ([self.middle] if self.middle else [])
        for part in parts:
            for w in re.split(r"[ \-]+", part):
                if w.lower() in names.PARTICLES or len(w) < 2:
                    continue
                out.append(w)
                if "'" in w:
                    out.append(w.replace("'", ""))
                    out.append(w.split("'")[-1])
        if self.native:
            out.extend([self.native[0], self.native[1]])
        return out


ACCT_STYLES = ["first.last", "flast", "firstl", "first_last", "firstlast", "lastf", "f.last"]
EMAIL_STYLES = ["first.last", "first.last", "flast", "firstlast", "first_last", "f.last", "first", "last.first"]
DOMAINS = ["example.com", "example.org", "example.net", "mail.example", "post.example", "inbox.example",
           "family.example", "home.example", "web.example.de", "correo.example.es", "example.co.uk"]


def _compact(s: str) -> str:
    return re.sub(r"[^A-Za-z0-9]", "", names.fold(s))


def draw_person(rng, native=True, trad=None, gender=None, family=None) -> Person:
    if native == "force" or (native and trad is None and rng.random() < 0.12):
        lang, gn, fn, gr, fr, gd, ff = rng.choice(names.NATIVE)
        p = Person(gr, fr, gd, "native_" + lang, "native", native=(gn, fn, ff), ff=ff)
        return p
    tabs = names.TABLES
    if trad:
        t = next(x for x in tabs if x[0] == trad)
    else:
        t = rng.choice(tabs)
    key, _region, order, males, females, sn = t
    gd = gender or rng.choice("mf")
    given = rng.choice(males if gd == "m" else females)
    fam_m, fam_f = rng.choice(sn)
    fam = family or (fam_m if gd == "m" else fam_f)
    ff = order == "ff" or (order == "opt" and rng.random() < 0.5)
    middle = None
    if key == "en_us" and rng.random() < 0.3:
        middle = rng.choice(males if gd == "m" else females)
    return Person(given, fam, gd, key, order, middle=middle, ff=ff)


def relative(r: Rec, p: Person, gender: str | None = None) -> Person:
    """A relative sharing the family name (gendered form matched when the tradition has one)."""
    if p.use_native or p.trad.startswith("native"):
        q = r.person(native=False)
        return q
    t = next(x for x in names.TABLES if x[0] == p.trad)
    gd = gender or r.rng.choice("mf")
    fam = p.family
    for m, f in t[5]:
        if p.family in (m, f):
            fam = m if gd == "m" else f
    q = r.person(native=False, trad=p.trad, gender=gd, family=fam)
    q.ff = p.ff
    return q


# ---------------------------------------------------------------- values

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


def card(rng, style: str | None = None) -> str:
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb"])
    pre = {"visa": "4", "mc": str(rng.randrange(51, 56)), "mc2": str(rng.randrange(2221, 2721)),
           "amex": rng.choice(["34", "37"]), "disc": rng.choice(["6011", "65"]), "jcb": str(rng.randrange(3528, 3590))}[kind]
    n = 15 if kind == "amex" else 16
    body = pre + "".join(str(rng.randrange(10)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            body += c
            break
    style = style or rng.choice(["plain", "space", "dash"])
    if style == "plain":
        return body
    sep = " " if style == "space" else "-"
    if n == 15:
        return sep.join([body[:4], body[4:10], body[10:]])
    return sep.join(body[i:i + 4] for i in range(0, 16, 4))


def ssn(rng, style: str | None = None) -> str:
    while True:
        a = rng.randrange(1, 900)
        if a != 666:
            break
    g, s = rng.randrange(1, 100), rng.randrange(1, 10000)
    style = style or rng.choice(["dash", "dash", "plain", "space"])
    if style == "plain":
        return f"{a:03d}{g:02d}{s:04d}"
    sep = "-" if style == "dash" else " "
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def last4(rng) -> str:
    return f"{rng.randrange(1, 10000):04d}"


def ipv4(rng) -> str:
    k = rng.randrange(7)
    if k == 0:
        return f"192.0.2.{rng.randrange(1, 255)}"
    if k == 1:
        return f"198.51.100.{rng.randrange(1, 255)}"
    if k == 2:
        return f"203.0.113.{rng.randrange(1, 255)}"
    if k == 3:
        return f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    if k == 4:
        return f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    if k == 5:
        return f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    return f"100.{rng.randrange(64, 128)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"


def ipv6(rng) -> str:
    if rng.random() < 0.5:
        return f"2001:db8:{rng.randrange(65536):x}:{rng.randrange(65536):x}::{rng.randrange(1, 65536):x}"
    groups = [f"{rng.randrange(65536):x}" for _ in range(6)]
    return "2001:db8:" + ":".join(groups)


def ip(rng, v6: float = 0.15) -> str:
    return ipv6(rng) if rng.random() < v6 else ipv4(rng)


def _d(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def phone(rng, cc: str | None = None) -> str:
    cc = cc or rng.choice(PHONE_PLANS)
    d = lambda n: _d(rng, n)
    if cc == "us":
        a = rng.choice(["212", "312", "415", "617", "206", "303", "512", "614", "404", "702", "416", "604", "514"])
        x = f"{rng.randrange(100):02d}"
        return rng.choice([f"({a}) 555-01{x}", f"{a}-555-01{x}", f"{a}.555.01{x}", f"+1 {a} 555 01{x}",
                           f"+1{a}55501{x}", f"1-{a}-555-01{x}", f"+1 ({a}) 555-01{x}"])
    if cc == "uk":
        x = d(3)
        return rng.choice([f"07700 900{x}", f"+44 7700 900{x}", f"+447700900{x}", f"07700900{x}", f"0044 7700 900{x}"])
    if cc == "au":
        x = str(rng.randrange(570, 580)) + d(3)
        return rng.choice([f"0491 {x[:3]} {x[3:]}", f"+61 491 {x[:3]} {x[3:]}", f"+61491{x}"])
    if cc == "de":
        pre = rng.choice(["151", "152", "160", "170", "171", "176"])
        x = d(8)
        return rng.choice([f"+49 {pre} {x[:4]} {x[4:]}", f"0{pre} {x}", f"+49 (0){pre} {x}", f"0{pre}/{x}", f"+49{pre}{x}"])
    if cc == "fr":
        x = [d(2) for _ in range(4)]
        m = rng.choice("67")
        return rng.choice([f"0{m} {' '.join(x)}", f"+33 {m} {' '.join(x)}", f"0{m}.{'.'.join(x)}", f"+33{m}{''.join(x)}"])
    if cc == "es":
        x = "6" + d(8)
        return rng.choice([f"{x[:3]} {x[3:6]} {x[6:]}", f"+34 {x[:3]} {x[3:6]} {x[6:]}", f"+34{x}"])
    if cc == "it":
        x = "3" + d(9)
        return rng.choice([f"{x[:3]} {x[3:6]} {x[6:]}", f"+39 {x[:3]} {x[3:]}", f"+39 {x[:3]} {x[3:6]} {x[6:]}"])
    if cc == "nl":
        x = d(8)
        return rng.choice([f"06-{x}", f"06 {x[:2]} {x[2:5]} {x[5:]}", f"+31 6 {x}", f"+316{x}"])
    if cc == "pl":
        x = rng.choice("5678") + d(8)
        return rng.choice([f"{x[:3]} {x[3:6]} {x[6:]}", f"+48 {x[:3]} {x[3:6]} {x[6:]}", f"+48{x}"])
    if cc == "se":
        x = d(7)
        return rng.choice([f"070-{x[:3]} {x[3:5]} {x[5:]}", f"+46 70 {x[:3]} {x[3:5]} {x[5:]}", f"+4670{x}"])
    if cc == "jp":
        pre = rng.choice(["090", "080", "070"])
        a, b = d(4), d(4)
        return rng.choice([f"{pre}-{a}-{b}", f"+81 {pre[1:]}-{a}-{b}", f"{pre}{a}{b}"])
    if cc == "kr":
        a, b = d(4), d(4)
        return rng.choice([f"010-{a}-{b}", f"+82 10-{a}-{b}", f"+82 10 {a} {b}"])
    if cc == "cn":
        x = "1" + rng.choice("3589") + d(9)
        return rng.choice([f"{x[:3]} {x[3:7]} {x[7:]}", f"+86 {x[:3]} {x[3:7]} {x[7:]}", f"+86{x}"])
    if cc == "in":
        x = rng.choice("6789") + d(9)
        return rng.choice([f"+91 {x[:5]} {x[5:]}", f"0{x[:5]} {x[5:]}", f"+91-{x}", f"{x[:5]} {x[5:]}"])
    if cc == "br":
        a = rng.choice(["11", "21", "31", "41", "51", "61", "71", "81"])
        x = "9" + d(8)
        return rng.choice([f"({a}) {x[:5]}-{x[5:]}", f"+55 {a} {x[:5]}-{x[5:]}", f"+55{a}{x}"])
    if cc == "mx":
        a = rng.choice(["55", "33", "81"])
        x = d(8)
        return rng.choice([f"{a} {x[:4]} {x[4:]}", f"+52 {a} {x[:4]} {x[4:]}", f"+52 1 {a} {x[:4]} {x[4:]}"])
    if cc == "za":
        pre = rng.choice(["82", "83", "72", "73", "61"])
        x = d(7)
        return rng.choice([f"0{pre} {x[:3]} {x[3:]}", f"+27 {pre} {x[:3]} {x[3:]}"])
    if cc == "ng":
        pre = rng.choice(["803", "806", "813", "706", "905"])
        x = d(7)
        return rng.choice([f"0{pre} {x[:3]} {x[3:]}", f"+234 {pre} {x[:3]} {x[3:]}", f"+234{pre}{x}"])
    if cc == "ke":
        x = rng.choice(["7", "1"]) + d(8)
        return rng.choice([f"0{x[:3]} {x[3:]}", f"+254 {x[:3]} {x[3:]}", f"254{x}"])
    if cc == "ph":
        x = "9" + d(9)
        return rng.choice([f"0{x[:3]} {x[3:6]} {x[6:]}", f"+63 {x[:3]} {x[3:6]} {x[6:]}"])
    if cc == "ie":
        pre = rng.choice(["83", "85", "86", "87", "89"])
        x = d(7)
        return rng.choice([f"0{pre} {x[:3]} {x[3:]}", f"+353 {pre} {x[:3]} {x[3:]}"])
    if cc == "ca":
        return phone(rng, "us")
    raise TemplateBug(cc)


PHONE_PLANS = ["us", "us", "us", "uk", "uk", "au", "de", "fr", "es", "it", "nl", "pl", "se", "jp", "kr", "cn",
               "in", "br", "mx", "za", "ng", "ke", "ph", "ie"]


def email_of(r: Rec, p: Person, domain: str | None = None) -> str:
    return p.email(r.rng, domain)


# ---------------------------------------------------------------- decoys for negatives

SVC_ACCOUNTS = ["svc-dispatch", "sched-bot", "root", "cron", "evv-sync", "ivr-gateway", "kiosk-auto", "KIOSK03",
                "SYSTEM", "svc_payouts", "gedcom-importer", "ops-automation", "integration-user", "api_client_7",
                "batch_runner", "moderation-bot", "trust-safety-bot", "www-data", "scheduler", "svc-esign",
                "archivematica", "reporting_ro", "SVC_EDRS", "alarm-router", "autodialer", "lead-router"]
COMPANIES = ["Harrison Home Services Ltd", "Okafor Cleaning Co.", "Brennan & Sons Plumbing", "Castillo Handyman LLC",
             "O'MALLEY BROTHERS ROOFING", "Nakamura Tutoring Centre", "Lindqvist Begravningsbyrå AB",
             "Whitfield Funeral Home", "Kowalski Care Sp. z o.o.", "Fitzgerald Memorial Gardens",
             "Dubois Nettoyage SARL", "Schneider Haushaltshilfe GmbH", "Mensah Electrical Ltd",
             "Pemberton & Hale Estates", "Fisher-Price", "Hoover", "Morgan Stanley", "Ferreira Limpezas Lda",
             "Goldberg Kinderbetreuung e.V.", "Marshall Removals", "Sutherland Stonemasons", "Bakker Schilderwerken BV",
             "Yamamoto Kaji Service KK", "Dlamini Home Care (Pty) Ltd", "Reyes Landscaping Inc.", "Ortega & Wolfe LLP"]
PLACES = ["Victoria", "Madison", "Charlotte", "Regina", "Florence", "Sofia", "Adelaide", "Jackson", "Austin",
          "Lafayette", "Alexandria", "Eugene", "Savannah", "Augusta", "Georgia", "Jordan", "Santa Clara", "Marion",
          "Beatrice", "Chelsea", "Darwin", "Hamilton", "Florence, SC", "Lincoln, NE", "Victoria, BC", "Charlotte, NC",
          "Madison, WI", "Fort Myers", "St. Helena", "Douglas"]
PRODUCTS = ["Alexa", "Roomba j7", "Dyson V15", "Project Athena", "Marvin", "Bosch Serie 6", "Casey", "Ada",
            "Ella Care Assistant", "Sofia virtual agent", "Kärcher K5", "Miele Complete C3", "Hoover H-Free",
            "Jenkins", "Julia", "Watson", "Siri", "Cortana", "Bertha", "Apollo", "Athena Health", "Tesla Powerwall"]
STATUSES = ["Pending", "Confirmed", "Checked In", "No Show", "Completed", "Cancelled", "On Hold", "Awaiting Signature",
            "Voided", "Active", "Inactive", "Archived", "In Progress", "Rescheduled", "Declined", "Approved"]
UI_STRINGS = ["Ihre Buchung wurde bestätigt", "Votre réservation est confirmée", "Su cita ha sido reprogramada",
              "La sessione è terminata", "Twoja rezerwacja została anulowana", "予約が確定しました",
              "예약이 완료되었습니다", "预约已取消", "Бронирование подтверждено", "Η κράτηση επιβεβαιώθηκε",
              "Rezervasyonunuz onaylandı", "Uw afspraak is verzet", "Din bokning är bekräftad",
              "Varauksesi on vahvistettu", "Sua reserva foi confirmada", "تم تأكيد الحجز", "ההזמנה אושרה",
              "आपकी बुकिंग की पुष्टि हो गई है", "Booking yako imethibitishwa", "Lịch hẹn của bạn đã được xác nhận",
              "Rezervace byla potvrzena", "Foglalását visszaigazoltuk", "Rezervarea a fost confirmată"]
TITLE_UI = ["Book Again", "Add Household Member", "Mark As Complete", "View Invoice", "Request Reschedule",
            "Emergency Contacts", "Care Plan Summary", "Family Tree", "Reading Room Rules", "Next Available Slot",
            "Leave a Review", "Cancel Subscription", "Forgot Password", "Terms Of Service", "Download Receipt"]


# ---------------------------------------------------------------- verification

_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+(?:@|%40|%2540)[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
_IP4_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d]|\.\d)")
_CARD_RE = re.compile(r"(?<!\d)(?:\d[ \-]?){12,18}\d(?!\d)")
_SSN_RE = re.compile(r"(?<!\d)(\d{3})([- ])(\d{2})\2(\d{4})(?!\d)")
_PHONE_OK = re.compile(r"^(?:\+|%2B|00)?[0-9 ()./\-]+$|^%2B[0-9%20]+$|^\+?[0-9+ ()./\-]+$")


def _inside(spans, s, e, types=None):
    return any(a <= s and e <= b and (types is None or t in types) for a, b, t in spans)


def _overlaps(spans, s, e):
    return any(a < e and s < b for a, b, _t in spans)


def _ssn_ok(a, g, s):
    a, g, s = int(a), int(g), int(s)
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


def check_value(val: str, typ: str):
    if typ == "EMAIL":
        dec = urllib.parse.unquote(urllib.parse.unquote(val))
        dec = dec.encode().decode("unicode_escape") if "\\u" in dec else dec
        if not re.fullmatch(r"[A-Za-z0-9._+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+", dec):
            raise TemplateBug(f"bad email {val!r}")
    elif typ == "IP_ADDRESS":
        ipaddress.ip_address(val)
    elif typ == "SSN":
        if re.fullmatch(r"\d{4}", val):
            return
        m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", val)
        if not m or not _ssn_ok(m.group(1), m.group(3), m.group(4)):
            raise TemplateBug(f"bad ssn {val!r}")
    elif typ == "CREDIT_CARD":
        d = re.sub(r"[ \-+]|%20", "", val)
        if not d.isdigit() or not 13 <= len(d) <= 19 or not luhn_ok(d) or d[0] not in "23456":
            raise TemplateBug(f"bad card {val!r}")
    elif typ == "PHONE":
        dec = urllib.parse.unquote(val)
        digits = re.sub(r"\D", "", dec)
        if not 7 <= len(digits) <= 15 or not re.fullmatch(r"[0-9+ ()./\-]+", dec):
            raise TemplateBug(f"bad phone {val!r}")
    elif typ == "NAME":
        if "@" in val or not any(c.isalpha() for c in val):
            raise TemplateBug(f"bad name {val!r}")


def _variants(w: str) -> set[str]:
    out = {w, names.fold(w), pct(w), form(w), jesc_a(w), jesc_a(jesc_a(w)), xbytes(w), pct(pct(w))}
    return {v for v in out if v}


def _is_script_word(w: str) -> bool:
    return any(ord(c) > 0x2E80 for c in w)


def verify(rec: Rec) -> dict:
    text = rec.text()
    spans = []
    pos = 0
    for s, lab in rec.segs:
        if lab:
            spans.append([pos, pos + len(s), lab])
        pos += len(s)
    # spans
    for a, b, t in spans:
        v = text[a:b]
        if not v or v != v.strip():
            raise TemplateBug(f"edge whitespace {v!r}")
        check_value(v, t)
    for (_a1, b1, _), (a2, _b2, _) in itertools.pairwise(spans):
        if a2 < b1:
            raise TemplateBug("overlap")
    if rec.neg and (spans or rec.persons):
        raise TemplateBug("negative with spans")
    if not rec.neg and not spans:
        raise TemplateBug("positive without spans")
    # leak check: values of the detectable types outside spans
    for m in _EMAIL_RE.finditer(text):
        # an e-mail span must hold the whole address (an interface prefix may stay outside)
        at = re.search(r"@|%40|%2540", m.group(0))
        s0 = m.start() + at.start()
        if not any(a <= s0 and b >= m.end() and t == "EMAIL" for a, b, t in spans):
            raise Leak(f"email outside span {m.group(0)!r}")
    for m in _IP4_RE.finditer(text):
        try:
            ipaddress.ip_address(m.group(1))
        except ValueError:
            continue
        if not _inside(spans, m.start(1), m.end(1), {"IP_ADDRESS"}):
            raise Leak(f"ip outside span {m.group(1)!r}")
    for m in _CARD_RE.finditer(text):
        d = re.sub(r"\D", "", m.group(0))
        if 13 <= len(d) <= 19 and luhn_ok(d) and not _overlaps(spans, m.start(), m.end()):
            raise Leak(f"card-like outside span {m.group(0)!r}")
    for m in _SSN_RE.finditer(text):
        if _ssn_ok(m.group(1), m.group(3), m.group(4)) and not _overlaps(spans, m.start(), m.end()):
            raise Leak(f"ssn-like outside span {m.group(0)!r}")
    # every labelled number/e-mail value: every occurrence inside a span
    for a, b, t in spans:
        v = text[a:b]
        if t == "NAME" or len(v) < 7:
            continue
        for m in re.finditer(r"(?<![\w.])" + re.escape(v) + r"(?!\w)", text):
            if not _overlaps(spans, m.start(), m.end()):
                raise Leak(f"labelled value repeated outside span {v!r}")
    # every name word of every drawn person
    low = text
    for p in rec.persons:
        for w in p.words():
            for var in _variants(w):
                if _is_script_word(var):
                    pat = re.escape(var)
                else:
                    pat = r"(?<![^\W_])" + re.escape(var) + r"(?![^\W_])"
                for m in re.finditer(pat, low, re.IGNORECASE):
                    if not _inside(spans, m.start(), m.end(), {"NAME", "EMAIL"}):
                        raise Leak(f"name word {var!r} outside span at {m.start()}")
    return {"text": text, "spans": spans}


def is_non_latin(s: str) -> bool:
    for c in s:
        if c.isalpha():
            try:
                if "LATIN" not in unicodedata.name(c):
                    return True
            except ValueError:
                return True
    return False
