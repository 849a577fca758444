"""pack_o core: segment builder, encoders, serialisers, value generators, decoys and the verifier.

Text and spans are built together: every value is appended as a segment that carries its type, and an encoder
(percent, form, JSON, XML, repr ...) is applied per segment, so offsets never have to be searched for.
"""

from __future__ import annotations

import ast
import datetime
import ipaddress
import json
import re
import string
import unicodedata
import urllib.parse
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

import names as NM

TYPES = ("NAME", "EMAIL", "PHONE", "SSN", "CREDIT_CARD", "IP_ADDRESS")


# ---------------------------------------------------------------------------------------------- values
class V(str):
    """A string value tagged with its type (NAME, EMAIL, ...) or "X" (exempt: a decoy that may look like a
    value, e.g. a four-part version, and is not labelled)."""

    t: str | None = None


def tag(s: str, t: str | None) -> V:
    v = V(s)
    v.t = t
    return v


def N(s):
    return tag(s, "NAME")


def E(s):
    return tag(s, "EMAIL")


def PH(s):
    return tag(s, "PHONE")


def IP(s):
    return tag(s, "IP_ADDRESS")


def SSN(s):
    return tag(s, "SSN")


def CC(s):
    return tag(s, "CREDIT_CARD")


def X(s):
    return tag(s, "X")


class S:
    """One string value made of several pieces (plain strings and tagged values)."""

    def __init__(self, *parts):
        self.parts = [p for p in parts if p != ""]

    def plain(self) -> str:
        return "".join(str(p) for p in self.parts)


def plain(o):
    if isinstance(o, S):
        return o.plain()
    if isinstance(o, V):
        return str(o)
    if isinstance(o, dict):
        return {plain(k): plain(v) for k, v in o.items()}
    if isinstance(o, (list, tuple)):
        return [plain(x) for x in o]
    return o


# ---------------------------------------------------------------------------------------------- encoders
def pct(s: str) -> str:
    return urllib.parse.quote(s, safe="")


def pct_keep(s: str) -> str:
    return urllib.parse.quote(s, safe="@.-_~")


def form(s: str) -> str:
    return urllib.parse.quote_plus(s, safe="")


def jstr(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jasc(s: str) -> str:
    return json.dumps(s)[1:-1]


def xesc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def csvq(s: str) -> str:
    return s.replace('"', '""')


def rbq(s: str) -> str:
    return s.replace("\\", "\\\\").replace('"', '\\"')


def xbytes(s: str) -> str:
    """Python bytes-literal style \\xNN escapes of UTF-8 for non-ASCII characters."""
    out = []
    for ch in s:
        if ord(ch) < 128:
            out.append(ch)
        else:
            out.extend(f"\\x{b:02x}" for b in ch.encode("utf-8"))
    return "".join(out)


def compose(*fs):
    def f(s):
        for g in fs:
            s = g(s)
        return s
    return f


# ---------------------------------------------------------------------------------------------- builder
class B:
    def __init__(self):
        self.segs: list[tuple[str, str | None]] = []
        self.docs: list[tuple[str, int, int]] = []
        self._n = 0

    def __len__(self):
        return self._n

    def _push(self, t: str, ty):
        if t == "":
            return
        self.segs.append((t, ty))
        self._n += len(t)

    def __call__(self, *xs, enc=None):
        for x in xs:
            self.add(x, enc)
        return self

    def add(self, x, enc=None):
        if isinstance(x, B):
            base = self._n
            for t, ty in x.segs:
                self._push(enc(t) if enc else t, ty)
            if enc is None:
                self.docs.extend((k, s + base, e + base) for k, s, e in x.docs)
        elif isinstance(x, S):
            for p in x.parts:
                self.add(p, enc)
        elif isinstance(x, V):
            self._push(enc(str(x)) if enc else str(x), x.t)
        elif isinstance(x, str):
            self._push(enc(x) if enc else x, None)
        elif isinstance(x, (list, tuple)):
            for y in x:
                self.add(y, enc)
        elif x is None:
            pass
        else:
            self._push(enc(str(x)) if enc else str(x), None)
        return self

    def text(self) -> str:
        return "".join(t for t, _ in self.segs)

    def spans(self):
        out, pos = [], 0
        for t, ty in self.segs:
            if ty in TYPES:
                out.append([pos, pos + len(t), ty])
            pos += len(t)
        return out

    def exempt(self):
        out, pos = [], 0
        for t, ty in self.segs:
            if ty == "X":
                out.append((pos, pos + len(t)))
            pos += len(t)
        return out

    def doc(self, kind: str, start: int):
        self.docs.append((kind, start, self._n))


# ---------------------------------------------------------------------------------------------- serialisers
def J(obj, indent=None, ascii=False, sep=None) -> B:
    """JSON with tagged leaves. The result is parsed and compared with the plain object."""
    b = B()
    enc = jasc if ascii else jstr
    isep, ksep = sep or ((", ", ": ") if indent is None else (",", ": "))

    def emit(o, lvl):
        if isinstance(o, dict):
            if not o:
                b("{}")
                return
            b("{")
            for i, (k, v) in enumerate(o.items()):
                if i:
                    b(isep)
                if indent is not None:
                    b("\n" + " " * (indent * (lvl + 1)))
                b('"', enc(k), '"', ksep)
                emit(v, lvl + 1)
            if indent is not None:
                b("\n" + " " * (indent * lvl))
            b("}")
        elif isinstance(o, (list, tuple)):
            if not o:
                b("[]")
                return
            b("[")
            for i, v in enumerate(o):
                if i:
                    b(isep)
                if indent is not None:
                    b("\n" + " " * (indent * (lvl + 1)))
                emit(v, lvl + 1)
            if indent is not None:
                b("\n" + " " * (indent * lvl))
            b("]")
        elif isinstance(o, (str, S)):
            b('"')
            b.add(o, enc)
            b('"')
        elif o is None:
            b("null")
        elif isinstance(o, bool):
            b("true" if o else "false")
        else:
            b(json.dumps(o))

    emit(obj, 0)
    got = json.loads(b.text())
    if got != plain(obj):
        raise AssertionError("JSON serialiser mismatch")
    b.docs.append(("json", 0, len(b)))
    return b


def JC(obj, ascii=False) -> B:
    """Compact JSON (no spaces)."""
    return J(obj, ascii=ascii, sep=(",", ":"))


def _py_piece_escape(s: str, q: str) -> str:
    out = []
    for ch in s:
        if ch == "\\":
            out.append("\\\\")
        elif ch == q:
            out.append("\\" + q)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif not ch.isprintable():
            out.append(repr(ch)[1:-1])
        else:
            out.append(ch)
    return "".join(out)


class Obj:
    """A Python object repr: Name(k=v, ...) (or a dataclass-like repr)."""

    def __init__(self, cls, **kw):
        self.cls, self.kw = cls, kw


def PY(obj) -> B:
    """Python repr with tagged leaves; every string literal is checked against repr()."""
    b = B()

    def emit(o):
        if isinstance(o, Obj):
            b(o.cls, "(")
            for i, (k, v) in enumerate(o.kw.items()):
                if i:
                    b(", ")
                b(k, "=")
                emit(v)
            b(")")
        elif isinstance(o, dict):
            b("{")
            for i, (k, v) in enumerate(o.items()):
                if i:
                    b(", ")
                emit(k)
                b(": ")
                emit(v)
            b("}")
        elif isinstance(o, (list, tuple)):
            b("[" if isinstance(o, list) else "(")
            for i, v in enumerate(o):
                if i:
                    b(", ")
                emit(v)
            b("]" if isinstance(o, list) else ")")
        elif isinstance(o, (str, S)):
            full = plain(o)
            r = repr(full)
            q = r[0]
            pieces = o.parts if isinstance(o, S) else [o]
            start = len(b)
            b(q)
            for p in pieces:
                b.add(p, lambda s, q=q: _py_piece_escape(s, q))
            b(q)
            if b.text()[start:] != r:
                raise AssertionError("repr mismatch")
            if ast.literal_eval(b.text()[start:]) != full:
                raise AssertionError("repr literal mismatch")
        else:
            b(repr(o))

    emit(obj)
    if not isinstance(obj, Obj):
        if ast.literal_eval(b.text()) != plain(obj):
            raise AssertionError("PY mismatch")
        b.docs.append(("py", 0, len(b)))
    return b


def query(pairs, enc=form) -> B:
    """URL query string (form- or percent-encoded) from (key, value) pairs."""
    b = B()
    for i, (k, v) in enumerate(pairs):
        if i:
            b("&")
        b(enc(k), "=")
        b.add(v, enc)
    got = urllib.parse.parse_qsl(b.text(), keep_blank_values=True)
    if got != [(k, plain(v)) for k, v in pairs]:
        raise AssertionError("query mismatch")
    return b


def logfmt(pairs) -> B:
    b = B()
    for i, (k, v) in enumerate(pairs):
        if i:
            b(" ")
        b(k, "=")
        pv = plain(v) if not isinstance(v, (int, float)) else str(v)
        if isinstance(v, (int, float)) or (pv and not re.search(r'[\s"=]', pv)):
            b.add(v)
        else:
            b('"')
            b.add(v, lambda s: s.replace("\\", "\\\\").replace('"', '\\"'))
            b('"')
    return b


def xml_doc(b: B, start: int):
    b.doc("xml", start)


# ---------------------------------------------------------------------------------------------- persons
def slug(s: str) -> str:
    s = NM.fold(s).lower()
    return re.sub(r"[^a-z0-9]", "", s)


ACCT_STYLES = ["first.last", "flast", "firstl", "first_last", "firstlast", "lastf", "f.last", "first.last", "flast"]


@dataclass
class Person:
    given: str
    family: str
    gender: str
    trad: str
    order: str  # "gf" or "fg"
    native: tuple | None = None  # (lang, given, family, order, sep)
    use_native: bool = False
    middle: str = ""
    _cache: dict = field(default_factory=dict)

    def full(self) -> str:
        if self.order == "fg":
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"

    def western(self) -> str:
        return f"{self.given} {self.family}"

    def nat_full(self) -> str:
        lang, g, f, order, sep = self.native
        return f"{f}{sep}{g}" if order == "fg" else f"{g}{sep}{f}"

    def disp(self) -> str:
        """Display name: native script when the person is drawn as such, else the full name."""
        return self.nat_full() if (self.native and self.use_native) else self.full()

    def disp_given(self) -> str:
        return self.native[1] if (self.native and self.use_native) else self.given

    def disp_family(self) -> str:
        return self.native[2] if (self.native and self.use_native) else self.family

    def last_first(self) -> str:
        return f"{self.family}, {self.given}"

    def upper(self) -> str:
        return self.full().upper()

    def g(self) -> str:
        return slug(self.given)

    def f(self) -> str:
        return slug(self.family)

    def initial(self) -> str:
        return NM.fold(self.given)[0].upper()

    def acct(self, r, style=None, digits=None) -> str:
        """The person's account name; without arguments the same one every time within a record."""
        if style is None and digits is None:
            if "acct" not in self._cache:
                self._cache["acct"] = self.acct(r, style=r.choice(ACCT_STYLES), digits=r.random() < 0.25)
            return self._cache["acct"]
        g, f = self.g(), self.f()
        style = style or r.choice(ACCT_STYLES)
        a = {"first.last": f"{g}.{f}", "flast": f"{g[0]}{f}", "firstl": f"{g}{f[0]}", "first_last": f"{g}_{f}",
             "firstlast": f"{g}{f}", "lastf": f"{f}{g[0]}", "f.last": f"{g[0]}.{f}", "last.first": f"{f}.{g}",
             "first": g}[style]
        if digits is None:
            digits = r.random() < 0.25
        if digits:
            a += str(r.choice([r.randint(1, 9), r.randint(10, 99), r.randint(1970, 2009)]))
        return a

    def handle(self, r, new=False) -> str:
        """A gamer tag / nickname derived from the name; the same one within a record unless new=True."""
        if not new and "handle" in self._cache:
            return self._cache["handle"]
        h = self._handle(r)
        if not new:
            self._cache["handle"] = h
        return h

    def _handle(self, r) -> str:
        G, F = NM.fold(self.given).replace(" ", "").replace("-", "").replace("'", ""), \
            NM.fold(self.family).replace(" ", "").replace("-", "").replace("'", "")
        g, f = self.g(), self.f()
        k = r.randint(0, 8)
        if k == 0:
            return G + F
        if k == 1:
            return f"{g}_{f[0]}{r.randint(1, 99)}"
        if k == 2:
            return f"{G}{r.randint(100, 999)}"
        if k == 3:
            return f"{g}{f}{r.randint(80, 99)}"
        if k == 4:
            return f"{G}_{F}"
        if k == 5:
            return f"{g[0]}{f}{r.randint(1, 9)}"
        if k == 6:
            return f"{F}.{G[0]}"
        if k == 7:
            return f"{G}{F[0]}".upper() if len(G) <= 6 else G + F[0]
        return f"{g}.{f}"

    def email(self, r, domain=None) -> str:
        if domain is None:
            if "email" not in self._cache:
                self._cache["email"] = self.email(r, r.choice(EMAIL_DOMAINS))
            return self._cache["email"]
        local = self.acct(r) if r.random() < 0.5 else self.acct(r, style=r.choice(ACCT_STYLES),
                                                                 digits=r.random() < 0.3)
        return f"{local}@{domain}"

    def words(self) -> set[str]:
        ws = set()
        srcs = [self.given, self.family, self.middle]
        if self.native:
            srcs += [self.native[1], self.native[2]]
        for s in srcs:
            for w in re.split(r"[\s\-'’]+", s):
                if not w or w.lower() in NM.PARTICLES:
                    continue
                ws.add(w)
                fw = NM.fold(w)
                if fw.lower() not in NM.PARTICLES:
                    ws.add(fw)
        # compact forms of multi-part names (accounts fold "van der Meulen" to "vandermeulen")
        for s in (self.given, self.family):
            c = slug(s)
            if len(c) >= 3:
                ws.add(c)
        return {w for w in ws if len(w) >= 2}


def draw_person(r, native_rate=0.15, trad=None, gender=None) -> Person:
    if trad is None and r.random() < native_rate:
        n = r.choice(NM.NATIVE)
        lang, ng, nf, rg, rf, gen, order, sep = n
        east = lang in ("ja", "zh", "yue", "ko")
        o = ("fg" if r.random() < 0.5 else "gf") if east else "gf"
        p = Person(rg, rf, gen, "native:" + lang, o, native=(lang, ng, nf, order, sep))
        p.use_native = r.random() < 0.65
        return p
    key = trad or r.choice(sorted(NM.T))
    t = NM.T[key]
    gen = gender or r.choice("mf")
    given = r.choice(t[gen])
    fam = r.choice(t["s"])
    if "|" in fam:
        m, f = fam.split("|")
        fam = m if gen == "m" else f
    order = t["order"]
    if order == "mix":
        order = "fg" if r.random() < 0.5 else "gf"
    return Person(given, fam, gen, key, order)


# ---------------------------------------------------------------------------------------------- numbers
EMAIL_DOMAINS = ["example.com", "example.org", "example.net", "mail.example", "inbox.example", "post.example",
                 "players.example", "gamehub.example", "corp.example.com", "uni.example.edu"]


def ipv4(r, kind=None) -> str:
    kind = kind or r.choice(["doc1", "doc2", "doc3", "p10", "p172", "p192", "cgnat", "doc3", "doc2"])
    if kind == "doc1":
        return f"192.0.2.{r.randint(1, 254)}"
    if kind == "doc2":
        return f"198.51.100.{r.randint(1, 254)}"
    if kind == "doc3":
        return f"203.0.113.{r.randint(1, 254)}"
    if kind == "p10":
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if kind == "p172":
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if kind == "p192":
        return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"100.{r.randint(64, 127)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(r) -> str:
    if r.random() < 0.5:
        return f"2001:db8:{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}::{r.randint(1, 0xffff):x}"
    return "2001:db8:" + ":".join(f"{r.randint(0, 0xffff):x}" for _ in range(6))


def ip(r, v6=0.15) -> str:
    return ipv6(r) if r.random() < v6 else ipv4(r)


def luhn_ok(d: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def card_prefix_ok(d: str) -> bool:
    n = len(d)
    if d[0] == "4" and n in (13, 16, 19):
        return True
    if n == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return True
    if n == 15 and d[:2] in ("34", "37"):
        return True
    if n == 16 and (d[:4] == "6011" or d[:2] == "65"):
        return True
    return n == 16 and 3528 <= int(d[:4]) <= 3589


def card(r, sep=None) -> str:
    brand = r.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb"])
    if brand == "visa":
        pre, n = "4" + str(r.randint(10000, 99999)), 16
    elif brand == "mc":
        pre, n = str(r.randint(51, 55)) + str(r.randint(1000, 9999)), 16
    elif brand == "mc2":
        pre, n = str(r.randint(2221, 2720)) + str(r.randint(10, 99)), 16
    elif brand == "amex":
        pre, n = r.choice(["34", "37"]) + str(r.randint(1000, 9999)), 15
    elif brand == "disc":
        pre, n = "6011" + str(r.randint(10, 99)), 16
    else:
        pre, n = str(r.randint(3528, 3589)) + str(r.randint(10, 99)), 16
    body = pre + "".join(str(r.randint(0, 9)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            d = body + c
            break
    sep = sep if sep is not None else r.choice(["", "", " ", "-"])
    if not sep:
        return d
    groups = [4, 6, 5] if n == 15 else [4, 4, 4, 4]
    out, i = [], 0
    for gsz in groups:
        out.append(d[i:i + gsz])
        i += gsz
    return sep.join(out)


def ssn_ok(a: int, g: int, s: int) -> bool:
    return 1 <= a <= 899 and a != 666 and g != 0 and s != 0


def ssn(r, style=None) -> str:
    while True:
        a, g, s = r.randint(1, 899), r.randint(1, 99), r.randint(1, 9999)
        if ssn_ok(a, g, s):
            break
    style = style or r.choice(["-", "-", "-", "", " "])
    return f"{a:03d}{style}{g:02d}{style}{s:04d}"


def last4(r) -> str:
    return f"{r.randint(1, 9999):04d}"


def _d(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def phone(r, cc=None, style=None) -> str:
    cc = cc or r.choice(PHONE_CC)
    st = style or r.choice(["e164", "intl", "nat", "nat", "e164"])
    if cc == "us":
        x = f"{r.randint(201, 989)}"
        while x[1:] == "11":
            x = f"{r.randint(201, 989)}"
        s = f"01{r.randint(0, 99):02d}"
        return {"e164": f"+1{x}555{s}", "intl": f"+1 {x}-555-{s}", "nat": r.choice(
            [f"({x}) 555-{s}", f"{x}-555-{s}", f"{x}.555.{s}"]), "plain": f"1{x}555{s}"}.get(st, f"({x}) 555-{s}")
    if cc == "uk":
        t = f"{r.randint(0, 999):03d}"
        return {"e164": f"+447700900{t}", "intl": f"+44 7700 900{t}", "nat": f"07700 900{t}",
                "plain": f"447700900{t}"}.get(st, f"07700 900{t}")
    if cc == "au":
        t = f"{r.randint(0, 9999):04d}"
        return {"e164": f"+6149157{t}", "intl": f"+61 491 57{t[0]} {t[1:]}", "nat": f"0491 57{t[0]} {t[1:]}",
                "plain": f"6149157{t}"}.get(st)
    if cc == "de":
        p, n = r.choice(["151", "160", "170", "176"]), _d(r, 8)
        return {"e164": f"+49{p}{n}", "intl": f"+49 {p} {n}", "nat": f"0{p} {n[:4]} {n[4:]}",
                "plain": f"49{p}{n}"}.get(st, f"0{p} {n}")
    if cc == "fr":
        n = str(r.choice([6, 7])) + _d(r, 8)
        g = " ".join(n[i:i + 2] for i in range(1, 9, 2))
        return {"e164": f"+33{n}", "intl": f"+33 {n[0]} {g}", "nat": f"0{n[0]} {g}", "plain": f"33{n}"}.get(st)
    if cc == "jp":
        p, a, b = r.choice(["090", "080", "070"]), _d(r, 4), _d(r, 4)
        return {"e164": f"+81{p[1:]}{a}{b}", "intl": f"+81 {p[1:]}-{a}-{b}", "nat": f"{p}-{a}-{b}",
                "plain": f"81{p[1:]}{a}{b}"}.get(st)
    if cc == "kr":
        a, b = _d(r, 4), _d(r, 4)
        return {"e164": f"+8210{a}{b}", "intl": f"+82 10-{a}-{b}", "nat": f"010-{a}-{b}",
                "plain": f"8210{a}{b}"}.get(st)
    if cc == "br":
        dd, a, b = r.choice(["11", "21", "31", "41", "51", "61", "71", "81"]), _d(r, 4), _d(r, 4)
        return {"e164": f"+55{dd}9{a}{b}", "intl": f"+55 {dd} 9{a}-{b}", "nat": f"({dd}) 9{a}-{b}",
                "plain": f"55{dd}9{a}{b}"}.get(st)
    if cc == "in":
        n = r.choice("6789") + _d(r, 9)
        return {"e164": f"+91{n}", "intl": f"+91 {n[:5]} {n[5:]}", "nat": f"0{n[:5]} {n[5:]}",
                "plain": f"91{n}"}.get(st)
    if cc == "mx":
        a, b = _d(r, 4), _d(r, 4)
        return {"e164": f"+5255{a}{b}", "intl": f"+52 55 {a} {b}", "nat": f"55 {a} {b}",
                "plain": f"5255{a}{b}"}.get(st)
    if cc == "es":
        n = "6" + _d(r, 8)
        return {"e164": f"+34{n}", "intl": f"+34 {n[:3]} {n[3:6]} {n[6:]}", "nat": f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}",
                "plain": f"34{n}"}.get(st)
    if cc == "ng":
        p, n = r.choice(["803", "806", "813", "706", "905"]), _d(r, 7)
        return {"e164": f"+234{p}{n}", "intl": f"+234 {p} {n[:3]} {n[3:]}", "nat": f"0{p} {n[:3]} {n[3:]}",
                "plain": f"234{p}{n}"}.get(st)
    if cc == "ph":
        p, n = r.choice(["917", "918", "927", "939"]), _d(r, 7)
        return {"e164": f"+63{p}{n}", "intl": f"+63 {p} {n[:3]} {n[3:]}", "nat": f"0{p} {n[:3]} {n[3:]}",
                "plain": f"63{p}{n}"}.get(st)
    if cc == "se":
        n = "7" + r.choice("02369") + _d(r, 7)
        return {"e164": f"+46{n}", "intl": f"+46 {n[:2]} {n[2:5]} {n[5:7]} {n[7:]}",
                "nat": f"0{n[:2]}-{n[2:5]} {n[5:7]} {n[7:]}", "plain": f"46{n}"}.get(st)
    if cc == "pl":
        n = r.choice("5678") + _d(r, 8)
        return {"e164": f"+48{n}", "intl": f"+48 {n[:3]} {n[3:6]} {n[6:]}", "nat": f"{n[:3]} {n[3:6]} {n[6:]}",
                "plain": f"48{n}"}.get(st)
    if cc == "tr":
        n = "5" + r.choice("0345") + _d(r, 8)
        return {"e164": f"+90{n}", "intl": f"+90 {n[:3]} {n[3:6]} {n[6:8]} {n[8:]}",
                "nat": f"0{n[:3]} {n[3:6]} {n[6:8]} {n[8:]}", "plain": f"90{n}"}.get(st)
    if cc == "za":
        n = r.choice(["72", "82", "83", "61"]) + _d(r, 7)
        return {"e164": f"+27{n}", "intl": f"+27 {n[:2]} {n[2:5]} {n[5:]}", "nat": f"0{n[:2]} {n[2:5]} {n[5:]}",
                "plain": f"27{n}"}.get(st)
    if cc == "ke":
        n = "7" + _d(r, 8)
        return {"e164": f"+254{n}", "intl": f"+254 {n[:3]} {n[3:]}", "nat": f"0{n[:3]} {n[3:]}",
                "plain": f"254{n}"}.get(st)
    # it
    n = "3" + _d(r, 9)
    return {"e164": f"+39{n}", "intl": f"+39 {n[:3]} {n[3:6]} {n[6:]}", "nat": f"{n[:3]} {n[3:6]} {n[6:]}",
            "plain": f"39{n}"}.get(st)


PHONE_CC = ["us", "us", "uk", "uk", "au", "de", "fr", "jp", "kr", "br", "in", "mx", "es", "ng", "ph", "se", "pl",
            "tr", "za", "ke", "it"]


def hexid(r, n=12) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def uuid(r) -> str:
    h = hexid(r, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"


def snowflake(r) -> str:
    return str(r.randint(10**17, 13 * 10**17))


def steam64(r) -> str:
    return str(76561197960265728 + r.randint(10**7, 10**9))


def alnum(r, n, alphabet=string.ascii_uppercase + string.digits) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


_CLOCK = [1767225600]
_DOW = "Mon Tue Wed Thu Fri Sat Sun".split()


def set_clock(r):
    """Each record starts at a random moment of 2026; every timestamp drawn after it moves forward."""
    _CLOCK[0] = r.randint(1767225600, 1798761599 - 86400)


def _now(r) -> datetime.datetime:
    _CLOCK[0] += r.randint(0, 75)
    return datetime.datetime.fromtimestamp(_CLOCK[0], datetime.timezone.utc)


def ts_iso(r, z=True, ms=True) -> str:
    d = _now(r)
    s = d.strftime("%Y-%m-%dT%H:%M:%S")
    if ms:
        s += f".{r.randint(0, 999):03d}"
    return s + ("Z" if z else "")


def ts_sp(r) -> str:
    return _now(r).strftime("%Y-%m-%d %H:%M:%S")


MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def ts_syslog(r) -> str:
    d = _now(r)
    return f"{MONTHS[d.month - 1]} {d.day:2d} {d:%H:%M:%S}"


def ts_clf(r) -> str:
    d = _now(r)
    return f"{d.day:02d}/{MONTHS[d.month - 1]}/{d.year}:{d:%H:%M:%S} +0000"


def ts_mail(r) -> str:
    d = _now(r)
    return f"{_DOW[d.weekday()]}, {d.day:02d} {MONTHS[d.month - 1]} {d.year} {d:%H:%M:%S} +0000"


def ts_ue(r) -> str:
    d = _now(r)
    return f"[{d:%Y.%m.%d-%H.%M.%S}:{r.randint(0, 999):03d}][{r.randint(0, 999):3d}]"


def ts_hm(r) -> str:
    return _now(r).strftime("%H:%M")


def ts_hms(r) -> str:
    return _now(r).strftime("%H:%M:%S")


def now_epoch(r) -> int:
    _now(r)
    return _CLOCK[0]


def epoch(r) -> int:
    return _CLOCK[0] - r.randint(0, 86400 * 300)


# ---------------------------------------------------------------------------------------------- decoys
SERVICE_ACCTS = ["matchmaker-svc", "svc_anticheat", "mm-backfill", "ops-automation", "root", "gameops", "deploy-bot",
                 "trustsafety-bot", "svc_forum_cron", "lobby-orchestrator", "SYSTEM", "fleet-manager",
                 "svc_payments", "support-macro", "mod-queue-worker", "noreply", "api-gateway", "telemetry-ingest",
                 "rcon-admin", "svc_dsar_export", "federation-relay", "chatbridge", "tournament-bot", "admin"]
BOTS = ["Sentinel", "WardenBot", "GuildKeeper", "Herald", "LobbyBot", "ModMail", "AutoReport", "Scribe",
        "TriviaBot", "MusicRelay", "RoleSync", "Bouncer", "Clippy-9000", "StatsBot"]
COMPANIES = ["Whitfield Interactive Ltd", "Okafor Games Studio", "Lindqvist Entertainment AB", "Haddad Media Group",
             "Tanaka Soft K.K.", "Morozov Digital LLC", "García Hermanos Producciones", "Nakamura Arcade Co.",
             "McAllister & Burke LLP", "Dlamini Esports (Pty) Ltd", "Kowalczyk Studio S.A.", "Fontaine Légal SELARL",
             "Bergström Licensing AB", "Mensah Creative Ltd", "Ferreira & Souza Advogados", "Cohen Rights Management"]
PLACES = ["Victoria", "Regina", "Madison", "Florence", "Sofia", "Adelaide", "Charlotte", "Austin", "Jackson",
          "Georgia", "Jordan", "Savannah", "Eugene", "Lorraine", "Santiago", "Alexandria", "Valencia", "Augusta"]
REGIONS = ["eu-west", "eu-central", "us-east", "us-west", "ap-northeast", "ap-southeast", "sa-east", "me-central",
           "af-south", "oce"]
CODE_NAMES = ["Project Athena", "Operation Nightingale", "Codename Marlowe", "Hermes", "Artemis", "Project Juniper",
              "Orion", "Cassandra", "Ophelia", "Phoenix", "Percival", "Minerva"]
NPCS = ["Merchant Oswin", "Captain Ysolde", "Old Man Fenwick", "Sister Maribel", "Quartermaster Dagny",
        "Archivist Tobiah", "Blacksmith Hulda", "Lady Evangeline", "Warden Cormac", "Ferryman Idris"]
HEROES = ["Juno", "Atlas", "Nova", "Sage", "Raven", "Wraith", "Echo", "Vesper", "Kestrel", "Ember", "Marco", "Iris"]
MAPS = ["Dustbowl", "Harbor Lights", "Frostfall", "Citadel", "Sunken Temple", "Neon District", "Ashen Keep",
        "Verdant Reach", "Old Town", "Foundry"]
GAME_MODES = ["ranked_solo", "ranked_duo", "casual_5v5", "battle_royale_squads", "arena_2v2", "capture_the_flag",
              "king_of_the_hill", "co-op_raid", "deathmatch", "custom"]
STATUS = ["Active", "Inactive", "Pending", "Suspended", "Resolved", "Escalated", "Closed", "Queued", "Ready",
          "In Progress", "Awaiting Review", "Dismissed", "Upheld", "Overturned", "Expired", "Muted", "Banned",
          "Shadowbanned", "Verified", "Unverified"]
UI_STRINGS = [
    ("en", "Find Match"), ("en", "Leave Party"), ("en", "Report Player"), ("en", "Block User"),
    ("en", "Friend Request Sent"), ("de", "Spieler melden"), ("de", "Gruppe verlassen"), ("fr", "Signaler le joueur"),
    ("fr", "Rejoindre la partie"), ("es", "Buscar partida"), ("es", "Denunciar jugador"), ("it", "Cerca partita"),
    ("pt", "Denunciar jogador"), ("nl", "Speler rapporteren"), ("pl", "Zgłoś gracza"), ("tr", "Oyuncuyu şikayet et"),
    ("ru", "Пожаловаться на игрока"), ("uk", "Поскаржитися на гравця"), ("ja", "プレイヤーを報告"),
    ("zh", "举报玩家"), ("ko", "플레이어 신고"), ("ar", "الإبلاغ عن لاعب"), ("he", "דווח על שחקן"),
    ("hi", "खिलाड़ी की रिपोर्ट करें"), ("th", "รายงานผู้เล่น"), ("vi", "Báo cáo người chơi"), ("id", "Laporkan pemain"),
    ("sv", "Rapportera spelare"), ("fi", "Ilmianna pelaaja"), ("el", "Αναφορά παίκτη"), ("cs", "Nahlásit hráče"),
    ("hu", "Játékos jelentése"), ("ro", "Raportează jucătorul"), ("da", "Anmeld spiller"),
]
VERSIONS = ["1.42.0", "2.7.13", "5.3.2", "0.9.4-beta", "3.1.0-rc2", "4.27.2", "2026.3.1", "11.2.7", "8.0.1"]


def pick(r, xs):
    return r.choice(xs)


# ---------------------------------------------------------------------------------------------- verifier
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+'\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$")
LEAK_EMAIL = re.compile(r"[A-Za-z0-9._+'\-]+(?:@|%40|%2540)[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}(?![\w.])")
LEAK_V4 = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
LEAK_V6 = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
LEAK_CARD = re.compile(r"(?<![\d])\d(?:[ \-]?\d){12,18}(?![\d])")
LEAK_SSN = re.compile(r"(?<![\d\-])(\d{3})-(\d{2})-(\d{4})(?![\d\-])")
LEAK_PHONE = re.compile(r"(?:\+|%2B)\d[\d ().\-]{6,}\d")


class VerifyError(Exception):
    pass


class LeakError(Exception):
    pass


def _inside(s, e, ranges):
    return any(a <= s and e <= b for a, b in ranges)


def _unq(s: str) -> str:
    for _ in range(3):
        s2 = urllib.parse.unquote_plus(s) if "%" in s or ("+" in s and "@" not in s) else urllib.parse.unquote(s)
        if s2 == s:
            break
        s = s2
    return s


def _unesc(s: str) -> str:
    if "\\u" in s:
        try:
            s = json.loads('"' + s + '"')
        except ValueError:
            pass
    if "\\x" in s:
        try:
            s = ast.literal_eval("b'" + s + "'").decode("utf-8")
        except (ValueError, SyntaxError):
            pass
    return s


def check_value(v: str, ty: str):
    if v != v.strip() or not v:
        raise VerifyError(f"edge whitespace in {ty} {v!r}")
    if ty == "EMAIL":
        d = urllib.parse.unquote(urllib.parse.unquote(v))
        if not EMAIL_RE.match(d):
            raise VerifyError(f"bad email {v!r}")
    elif ty == "IP_ADDRESS":
        ipaddress.ip_address(urllib.parse.unquote(v))
    elif ty == "SSN":
        if re.fullmatch(r"\d{4}", v):
            return
        m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", v)
        if not m or not ssn_ok(int(m.group(1)), int(m.group(3)), int(m.group(4))):
            raise VerifyError(f"bad ssn {v!r}")
    elif ty == "CREDIT_CARD":
        d = re.sub(r"[ \-+]|%20", "", v)
        if not d.isdigit() or not luhn_ok(d) or not card_prefix_ok(d):
            raise VerifyError(f"bad card {v!r}")
    elif ty == "PHONE":
        d = urllib.parse.unquote(v)
        if re.search(r"[^\d+ ().\-]", d) or not 7 <= sum(c.isdigit() for c in d) <= 15:
            raise VerifyError(f"bad phone {v!r}")
    elif ty == "NAME":
        d = _unesc(_unq(v))
        if "@" in d or not any(c.isalpha() for c in d):
            raise VerifyError(f"bad name {v!r}")


def _word_variants(w: str) -> set[str]:
    out = {w}
    for x in (w, w.lower(), w.upper()):
        out.add(pct(x))
        out.add(jasc(x))
        out.add(xbytes(x))
    return {o for o in out if o}


def _wb(text, s, e):
    """Whole word: no letter or digit on either side (an underscore counts as a separator)."""
    before = text[s - 1] if s > 0 else ""
    after = text[e] if e < len(text) else ""
    return not before.isalnum() and not after.isalnum()


def _is_cjk(w):
    return any(unicodedata.name(c, "").startswith(("CJK", "HIRAGANA", "KATAKANA", "HANGUL")) for c in w)


def verify(b: B, persons, negative: bool):
    text = b.text()
    spans = b.spans()
    exempt = b.exempt()
    prev = 0
    for s, e, ty in sorted(spans):
        if s < prev:
            raise VerifyError("overlapping spans")
        prev = e
        check_value(text[s:e], ty)
    pos = 0
    for t, ty in b.segs:
        if ty in TYPES and text[pos:pos + len(t)] != t:
            raise VerifyError("span text mismatch")
        pos += len(t)
    for kind, s, e in b.docs:
        doc = text[s:e]
        try:
            if kind == "json":
                json.loads(doc)
            elif kind == "xml":
                ET.fromstring(doc)
            elif kind == "py":
                ast.literal_eval(doc)
        except Exception as ex:
            raise VerifyError(f"{kind} doc does not parse: {ex}\n{doc}") from ex
    if negative:
        if spans or persons:
            raise VerifyError("negative with spans or persons")
    elif not spans:
        raise VerifyError("positive without spans")
    by = {t: [(s, e) for s, e, ty in spans if ty == t] for t in TYPES}
    ok_email = by["EMAIL"] + exempt
    for m in LEAK_EMAIL.finditer(text):
        if not _inside(m.start(), m.end(), ok_email):
            # an e-mail span must hold the @ and the whole domain; a prefix may stay outside
            at = max(text.find("@", m.start(), m.end()), text.find("%40", m.start(), m.end()))
            if not any(a <= at and m.end() <= b2 for a, b2 in ok_email):
                raise LeakError(f"email outside span: {m.group()}")
    ok_ip = by["IP_ADDRESS"] + exempt
    for m in LEAK_V4.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
        except ValueError:
            continue
        if not _inside(m.start(), m.end(), ok_ip):
            raise LeakError(f"ipv4 outside span: {m.group()}")
    for m in LEAK_V6.finditer(text):
        g = m.group()
        if "::" not in g and g.count(":") < 7:
            continue
        try:
            ipaddress.IPv6Address(g)
        except ValueError:
            continue
        if not _inside(m.start(), m.end(), ok_ip):
            raise LeakError(f"ipv6 outside span: {g}")
    for m in LEAK_CARD.finditer(text):
        d = re.sub(r"\D", "", m.group())
        if luhn_ok(d) and card_prefix_ok(d) and not _inside(m.start(), m.end(), [(a, z) for a, z, _ in spans] + exempt):
            raise LeakError(f"card-like outside span: {m.group()}")
    for m in LEAK_SSN.finditer(text):
        if ssn_ok(int(m.group(1)), int(m.group(2)), int(m.group(3))) and \
                not _inside(m.start(), m.end(), by["SSN"] + exempt):
            raise LeakError(f"ssn-like outside span: {m.group()}")
    if negative:
        m = LEAK_PHONE.search(text)
        if m:
            raise LeakError(f"phone-like in negative: {m.group()}")
    ok_name = by["NAME"] + by["EMAIL"]
    low = text.lower()
    for p in persons:
        for w in p.words():
            for v in _word_variants(w):
                cs = len(v) <= 2 or _is_cjk(v)
                hay = text if cs else low
                needle = v if cs else v.lower()
                i = hay.find(needle)
                while i >= 0:
                    j = i + len(needle)
                    if (_is_cjk(v) or _wb(text, i, j)) and not _inside(i, j, ok_name):
                        raise LeakError(f"name word {v!r} outside span")
                    i = hay.find(needle, i + 1)
    return text, spans


@dataclass
class Ctx:
    r: object
    persons: list = field(default_factory=list)

    def __post_init__(self):
        set_clock(self.r)

    def person(self, **kw) -> Person:
        p = draw_person(self.r, **kw)
        self.persons.append(p)
        return p

    def people(self, n, **kw):
        out = []
        while len(out) < n:
            p = self.person(**kw)
            if all(p.family != q.family or p.given != q.given for q in out):
                out.append(p)
            else:
                self.persons.pop()
        return out
