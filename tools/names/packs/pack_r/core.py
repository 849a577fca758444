"""Segment builder, value generators, decoys and the verifier of pack_r.

A record is built as a *frag*: a list of segments ``(text, label)``, label None for literal text. Offsets
come from the lengths of the segments, so a value is never searched for afterwards. Encoders (JSON, XML,
CSV, percent, form, Python literal) are applied segment by segment, so an encoded value keeps its label
and is labelled exactly as it appears.
"""

from __future__ import annotations

import ast
import ipaddress
import json
import re
import unicodedata
import urllib.parse
import uuid
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta
from typing import Any

import names as NM

LABELS = ("NAME", "EMAIL", "PHONE", "SSN", "CREDIT_CARD", "IP_ADDRESS")
Frag = list  # list[tuple[str, str | None]]


class Leak(Exception):
    """A record failed the leak check: it is drawn again from the same random stream."""


# ----------------------------------------------------------------------------------------------- segments
def S(*parts: Any) -> Frag:
    """Concatenate literals (str), labelled segments ((text, LABEL)) and frags (list)."""
    out: Frag = []
    for p in parts:
        if p is None:
            continue
        if isinstance(p, str):
            if p:
                out.append((p, None))
        elif isinstance(p, tuple):
            assert len(p) == 2 and (p[1] in LABELS or p[1] is None), p
            out.append(p)
        elif isinstance(p, list):
            out.extend(S(*p))
        else:
            raise TypeError(type(p))
    return out


def N(v: str) -> tuple[str, str]:
    return (v, "NAME")


def E(v: str) -> tuple[str, str]:
    return (v, "EMAIL")


def P(v: str) -> tuple[str, str]:
    return (v, "PHONE")


def IP(v: str) -> tuple[str, str]:
    return (v, "IP_ADDRESS")


def SSN(v: str) -> tuple[str, str]:
    return (v, "SSN")


def CC(v: str) -> tuple[str, str]:
    return (v, "CREDIT_CARD")


def plain(frag: Frag) -> str:
    return "".join(t for t, _ in S(frag))


def enc(frag: Any, fn: Any) -> Frag:
    return [(fn(t), lab) for t, lab in S(frag)]


def join(items: list, sep: str) -> Frag:
    out: Frag = []
    for i, it in enumerate(items):
        if i:
            out.append((sep, None))
        out.extend(S(it))
    return out


# ----------------------------------------------------------------------------------------------- encoders
def pct(s: str) -> str:
    return urllib.parse.quote(s, safe="")


def pct_soft(s: str) -> str:
    return urllib.parse.quote(s, safe="@.-_~")


def form(s: str) -> str:
    return urllib.parse.quote_plus(s, safe="")


def jesc(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jesc_a(s: str) -> str:
    return json.dumps(s, ensure_ascii=True)[1:-1]


def xesc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def csvq(frag: Any, always: bool = False, delim: str = ",") -> Frag:
    p = plain(frag)
    if always or any(c in p for c in (delim, '"', "\n")):
        return S('"', enc(frag, lambda s: s.replace('"', '""')), '"')
    return S(frag)


def pystr(frag: Any) -> Frag:
    """A Python str literal as repr() writes it, built per segment."""
    p = plain(frag)
    q = '"' if ("'" in p and '"' not in p) else "'"

    def e(s: str) -> str:
        s = s.replace("\\", "\\\\").replace("\n", "\\n")
        return s.replace(q, "\\" + q) if q == "'" else s

    return S(q, enc(frag, e), q)


def jstr(frag: Any, ascii_: bool = False) -> Frag:
    return S('"', enc(frag, jesc_a if ascii_ else jesc), '"')


# ----------------------------------------------------------------------------------------------- JSON
class M:
    """A JSON string value made of several segments (e.g. ``Maria's iPad`` with only Maria labelled)."""

    def __init__(self, *parts: Any) -> None:
        self.frag = S(*parts)


def J(obj: Any, indent: int | None = None, ascii_: bool = False, _lvl: int = 0,
      seps: tuple[str, str] = (", ", ": ")) -> Frag:
    """Render obj as JSON; leaves may be labelled segments or M."""
    if indent is not None:
        seps = (",", ": ")
    if isinstance(obj, tuple):
        return jstr([obj], ascii_)
    if isinstance(obj, M):
        return jstr(obj.frag, ascii_)
    if isinstance(obj, str):
        return S(json.dumps(obj, ensure_ascii=ascii_))
    if obj is None or isinstance(obj, (bool, int, float)):
        return S(json.dumps(obj))
    if isinstance(obj, dict):
        if not obj:
            return S("{}")
        items = []
        for k, v in obj.items():
            items.append(S(json.dumps(k, ensure_ascii=ascii_), seps[1], J(v, indent, ascii_, _lvl + 1, seps)))
        return _wrap("{", "}", items, indent, _lvl, seps)
    if isinstance(obj, list):
        if not obj:
            return S("[]")
        items = [J(v, indent, ascii_, _lvl + 1, seps) for v in obj]
        return _wrap("[", "]", items, indent, _lvl, seps)
    raise TypeError(type(obj))


def _wrap(o: str, c: str, items: list, indent: int | None, lvl: int, seps: tuple[str, str]) -> Frag:
    if indent is None:
        return S(o, join(items, seps[0]), c)
    pad = "\n" + " " * (indent * (lvl + 1))
    end = "\n" + " " * (indent * lvl)
    return S(o, pad, join(items, "," + pad), end, c)


def check_json(frag: Frag) -> Frag:
    json.loads(plain(frag))
    return frag


def check_xml(frag: Frag) -> Frag:
    ET.fromstring(plain(frag))
    return frag


def check_py(frag: Frag) -> Frag:
    ast.literal_eval(plain(frag))
    return frag


# ----------------------------------------------------------------------------------------------- context
class _Ctx:
    def __init__(self) -> None:
        self.persons: list[Person] = []
        self.tokens: set[str] = set()
        self.allow: set[str] = set()
        self.clock: Any = None


CTX = _Ctx()


def begin() -> None:
    CTX.persons = []
    CTX.tokens = set()
    CTX.allow = set()
    CTX.clock = None


# ----------------------------------------------------------------------------------------------- persons
def _alnum(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", NM.fold(s).lower())


class Person:
    def __init__(self, given: str, family: str, gender: str, trad: str, ff: bool,
                 native: tuple[str, str, bool] | None = None, acct_family: str | None = None) -> None:
        self.given, self.family, self.gender, self.trad, self.ff = given, family, gender, trad, ff
        self.native = native
        self.acct_family = acct_family or family
        g = given.split()[-1] if trad == "vi" else given
        self.a_first = _alnum(g)
        fam = self.acct_family
        if trad in ("ms",):
            fam = fam.split()[-1]
        self.a_last = _alnum(fam)
        self.first = given.split()[-1] if trad == "vi" else given

    # display forms
    def full(self) -> str:
        return f"{self.family} {self.given}" if self.ff else f"{self.given} {self.family}"

    def gf(self) -> str:
        return f"{self.given} {self.family}"

    def lf(self) -> str:
        return f"{self.family}, {self.given}"

    def nat(self) -> str:
        if self.native:
            ng, nf, joined = self.native
            return nf + ng if joined else f"{ng} {nf}"
        return self.full()

    def nat_given(self) -> str:
        return self.native[0] if self.native else self.given

    def nat_family(self) -> str:
        return self.native[1] if self.native else self.family

    def disp(self, rng: Any) -> str:
        """A display name: the native script for most persons who have one."""
        if self.native and rng.random() < 0.8:
            return self.nat()
        return self.full()

    def up(self) -> str:
        return self.full().upper()

    def up_ascii(self) -> str:
        return NM.fold(self.full()).upper()

    def lf_up(self) -> str:
        return NM.fold(self.lf()).upper()

    def sg(self) -> str:
        return f"{re.sub(r'[^A-Z]', '', NM.fold(self.acct_family).upper())}/{re.sub(r'[^A-Z ]', '', NM.fold(self.first).upper())}"

    def init_last(self) -> str:
        return f"{self.given[0]}. {self.family}"

    def fam_up(self) -> str:
        return NM.fold(self.acct_family).upper()

    def any(self, rng: Any, native_ok: bool = True) -> str:
        """The name as a display field: native script when the person has one, else a Latin form."""
        if native_ok and self.native and rng.random() < 0.7:
            return self.nat()
        r = rng.random()
        if r < 0.75:
            return self.full()
        if r < 0.88:
            return self.lf()
        return self.up()

    # accounts
    def acct(self, rng: Any, style: str | None = None, digits: float = 0.18) -> str:
        f, l = self.a_first, self.a_last
        style = style or rng.choice(["first.last", "flast", "firstl", "first_last", "firstlast", "lastf",
                                     "f.last", "flast", "first.last", "flast"])
        a = {"first.last": f"{f}.{l}", "flast": f"{f[0]}{l}", "firstl": f"{f}{l[0]}",
             "first_last": f"{f}_{l}", "firstlast": f"{f}{l}", "lastf": f"{l}{f[0]}",
             "f.last": f"{f[0]}.{l}", "last.first": f"{l}.{f}", "first": f}[style]
        if rng.random() < digits:
            a += str(rng.randint(1, 99))
        CTX.tokens.add(a)
        return a

    def profile(self, rng: Any) -> str:
        """A Windows profile folder name as written by a domain join (Maria.Garcia) or the account."""
        if rng.random() < 0.5:
            a = f"{NM.fold(self.first).replace(' ', '')}.{NM.fold(self.acct_family).replace(' ', '')}"
            CTX.tokens.add(a)
            return a
        return self.acct(rng)

    def email(self, rng: Any, domain: str | None = None, style: str | None = None) -> str:
        style = style or rng.choice(["first.last", "first.last", "flast", "f.last", "first_last", "first",
                                     "firstl"])
        local = self.acct(rng, style, digits=0.08)
        return f"{local}@{domain or rng.choice(DOMAINS)}"

    def tokens(self) -> set[str]:
        out: set[str] = set()
        words = re.split(r"[\s\-]+", self.given) + re.split(r"[\s\-]+", self.family)
        if self.native:
            out.update([self.native[0], self.native[1], self.nat()])
        for w in words:
            w = w.strip(",.")
            if not w or w.lower() in NM.PARTICLES or len(w) < 2:
                continue
            out.add(w)
            out.add(NM.fold(w))
        return out


def person(rng: Any, trad: str | None = None, native: float = 0.16, gender: str | None = None) -> Person:
    if trad is None and rng.random() < native:
        lang, g, ng, nf, rg, rf, joined = rng.choice(NM.NATIVE)
        ff = joined and rng.random() < 0.5
        p = Person(rg, rf, g, lang, ff, native=(ng, nf, joined))
    else:
        trad = trad or rng.choice(sorted(NM.LISTS))
        d = NM.LISTS[trad]
        g = gender or rng.choice("mf")
        given = rng.choice(d[g])
        order = d["order"]
        acct_family = None
        ff = order == "ff" or (order == "either" and rng.random() < 0.5)
        if order == "double":
            s1, s2 = rng.sample([m for m, _ in d["s"]], 2)
            family = f"{s1} {s2}" if rng.random() < 0.75 else s1
            acct_family = s1
        elif order == "pt":
            ss = rng.sample([m for m, _ in d["s"]], 2)
            r = rng.random()
            if r < 0.3:
                family = f"{rng.choice(['da', 'dos', 'de'])} {ss[0]}"
            elif r < 0.6:
                family = f"{ss[0]} {rng.choice(['da', 'dos', 'de'])} {ss[1]}"
            else:
                family = f"{ss[0]} {ss[1]}"
            acct_family = family.split()[-1]
        elif order == "bin":
            family = ("bin " if g == "m" else "binti ") + rng.choice([m for m, _ in d["s"]])
        elif order == "father":
            family = rng.choice([x for x in d["m"] if x != given])
        else:
            m, f = rng.choice(d["s"])
            family = m if g == "m" else f
        p = Person(given, family, g, trad, ff, acct_family=acct_family)
    CTX.persons.append(p)
    return p


# ----------------------------------------------------------------------------------------------- values
DOMAINS = ["example.com", "example.org", "example.net", "corp.example.com", "mail.example.org",
           "northwind.example", "contoso.example", "fabrikam.example", "uni.example.edu", "example.co.uk",
           "example.de", "example.fr", "example.jp", "tailspin.example"]
CORP = "corp.example.com"


def _d(rng: Any, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def phone(rng: Any, cc: str | None = None, intl: float | None = None) -> str:
    cc = cc or rng.choice(["US", "US", "UK", "UK", "DE", "FR", "ES", "IT", "NL", "PL", "SE", "CH", "JP", "KR",
                           "CN", "IN", "BR", "MX", "AU", "ZA", "NG", "KE", "AE", "TR", "SG", "IE", "NZ", "PH",
                           "CA", "EG"])
    i = rng.random() < (0.55 if intl is None else intl)
    d = lambda n: _d(rng, n)
    if cc in ("US", "CA"):
        area = rng.choice(["212", "415", "312", "617", "206", "303", "512", "404"] if cc == "US"
                          else ["416", "604", "514", "403"])
        line = "01" + d(2)
        return rng.choice([f"+1 {area} 555 {line}", f"+1-{area}-555-{line}", f"+1{area}555{line}",
                           f"1{area}555{line}"]) if i else rng.choice(
            [f"({area}) 555-{line}", f"{area}-555-{line}", f"{area}.555.{line}"])
    if cc == "UK":
        if rng.random() < 0.7:
            x = d(3)
            return rng.choice([f"+44 7700 900{x}", f"+447700900{x}", f"447700900{x}"]) if i else f"07700 900{x}"
        x = d(3)
        return f"+44 20 7946 0{x}" if i else f"020 7946 0{x}"
    if cc == "DE":
        pre = rng.choice(["151", "160", "171", "176"])
        x = d(8)
        return rng.choice([f"+49 {pre} {x}", f"+49{pre}{x}", f"49{pre}{x}"]) if i else f"0{pre} {x[:4]} {x[4:]}"
    if cc == "FR":
        x = [d(2) for _ in range(4)]
        s = rng.choice("67")
        return f"+33 {s} {' '.join(x)}" if i else f"0{s} {' '.join(x)}"
    if cc == "ES":
        a, b, c = d(2), d(3), d(3)
        return f"+34 6{a} {b} {c}" if i else f"6{a} {b} {c}"
    if cc == "IT":
        a, b = d(3), d(4)
        return f"+39 34{d(1)} {a} {b}" if i else f"34{d(1)} {a}{b}"
    if cc == "NL":
        x = d(8)
        return f"+31 6 {x}" if i else f"06-{x}"
    if cc == "PL":
        return f"+48 5{d(2)} {d(3)} {d(3)}" if i else f"5{d(2)} {d(3)} {d(3)}"
    if cc == "SE":
        a, b, c = d(3), d(2), d(2)
        return f"+46 70 {a} {b} {c}" if i else f"070-{a} {b} {c}"
    if cc == "CH":
        return f"+41 79 {d(3)} {d(2)} {d(2)}" if i else f"079 {d(3)} {d(2)} {d(2)}"
    if cc == "JP":
        a, b = d(4), d(4)
        return rng.choice([f"+81 90-{a}-{b}", f"+81 3-{a}-{b}"]) if i else rng.choice([f"090-{a}-{b}",
                                                                                      f"03-{a}-{b}"])
    if cc == "KR":
        a, b = d(4), d(4)
        return f"+82 10-{a}-{b}" if i else f"010-{a}-{b}"
    if cc == "CN":
        a, b = d(4), d(4)
        return f"+86 138 {a} {b}" if i else f"138{a}{b}"
    if cc == "IN":
        a, b = d(4), d(5)
        return f"+91 9{a} {b}" if i else f"09{a} {b}"
    if cc == "BR":
        a, b = d(4), d(4)
        return f"+55 11 9{a}-{b}" if i else f"(11) 9{a}-{b}"
    if cc == "MX":
        return f"+52 55 {d(4)} {d(4)}" if i else f"55 {d(4)} {d(4)}"
    if cc == "AU":
        x = d(3)
        return f"+61 491 570 {x}" if i else f"0491 570 {x}"
    if cc == "ZA":
        return f"+27 82 {d(3)} {d(4)}" if i else f"082 {d(3)} {d(4)}"
    if cc == "NG":
        return f"+234 803 {d(3)} {d(4)}" if i else f"0803 {d(3)} {d(4)}"
    if cc == "KE":
        return f"+254 712 {d(6)}" if i else f"0712 {d(6)}"
    if cc == "AE":
        return f"+971 50 {d(3)} {d(4)}" if i else f"050 {d(3)} {d(4)}"
    if cc == "TR":
        return f"+90 532 {d(3)} {d(2)} {d(2)}" if i else f"0532 {d(3)} {d(2)} {d(2)}"
    if cc == "SG":
        return f"+65 8{d(3)} {d(4)}"
    if cc == "IE":
        return f"+353 87 {d(3)} {d(4)}" if i else f"087 {d(3)} {d(4)}"
    if cc == "NZ":
        return f"+64 21 {d(3)} {d(4)}" if i else f"021 {d(3)} {d(4)}"
    if cc == "PH":
        return f"+63 917 {d(3)} {d(4)}" if i else f"0917 {d(3)} {d(4)}"
    if cc == "EG":
        return f"+20 100 {d(3)} {d(4)}" if i else f"0100 {d(3)} {d(4)}"
    raise ValueError(cc)


def luhn_ok(num: str) -> bool:
    ds = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(ds)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def _luhn_complete(prefix: str, length: int, rng: Any) -> str:
    body = prefix + _d(rng, length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(rng: Any, style: str | None = None) -> str:
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb"])
    pre = {"visa": "4", "mc": str(rng.randint(51, 55)), "mc2": str(rng.randint(2221, 2720)),
           "amex": rng.choice(["34", "37"]), "disc": "6011", "jcb": str(rng.randint(3528, 3589))}[kind]
    n = _luhn_complete(pre, 15 if kind == "amex" else 16, rng)
    style = style or rng.choice(["plain", "space", "dash"])
    if style == "plain":
        return n
    sep = " " if style == "space" else "-"
    if len(n) == 15:
        return sep.join([n[:4], n[4:10], n[10:]])
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def ssn(rng: Any, style: str | None = None) -> str:
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    style = style or rng.choice(["dash", "dash", "space", "bare"])
    sep = {"dash": "-", "space": " ", "bare": ""}[style]
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def ssn_ok(v: str) -> bool:
    d = re.sub(r"[ -]", "", v)
    if len(d) == 4:
        return d.isdigit()
    if not (len(d) == 9 and d.isdigit()):
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


def ipv4(rng: Any, kind: str | None = None) -> str:
    kind = kind or rng.choice(["doc", "doc", "p10", "p172", "p192"])
    if kind == "doc":
        return f"{rng.choice(['192.0.2', '198.51.100', '203.0.113'])}.{rng.randint(1, 254)}"
    if kind == "p10":
        return f"10.{rng.randint(0, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"
    if kind == "p172":
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"
    return f"192.168.{rng.randint(0, 254)}.{rng.randint(1, 254)}"


def ipv6(rng: Any) -> str:
    pre = rng.choice(["2001:db8", "fd12:3456", "2001:db8:4a1"])
    groups = pre.split(":") + [f"{rng.randint(0, 0xffff):x}" for _ in range(8 - len(pre.split(":")))]
    if rng.random() < 0.6:
        k = rng.randint(len(pre.split(":")), 5)
        for j in range(k, min(k + rng.randint(1, 3), 8)):
            groups[j] = "0"
    return str(ipaddress.IPv6Address(":".join(groups)))


def ip(rng: Any, v6: float = 0.3) -> str:
    return ipv6(rng) if rng.random() < v6 else ipv4(rng)


def hexs(rng: Any, n: int, upper: bool = False) -> str:
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(rng: Any, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(n))


def uid(rng: Any, upper: bool = False) -> str:
    u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return u.upper() if upper else u


def digits(rng: Any, n: int) -> str:
    """n random digits, never Luhn-valid when long enough to look like a card."""
    while True:
        s = str(rng.randint(1, 9)) + _d(rng, n - 1)
        if n < 13 or not luhn_ok(s):
            return s


def mac(rng: Any, sep: str = ":") -> str:
    return sep.join(f"{rng.randint(0, 255):02x}" for _ in range(6))


def apple_serial(rng: Any) -> str:
    return rng.choice(["C02", "F9F", "FVF", "DMP", "G6T", "H4W"]) + alnum(rng, 9)


def udid(rng: Any) -> str:
    return f"0000{rng.choice(['8110', '8120', '8030', '8101'])}-00{hexs(rng, 14, True)}"


def imei(rng: Any) -> str:
    """A Luhn-valid IMEI: declared for the record, so the card leak check lets it pass."""
    v = _luhn_complete("35" + _d(rng, 6), 15, rng)
    CTX.allow.add(v)
    return v


def version(rng: Any, parts: int = 3) -> str:
    v = [str(rng.randint(1, 30)), str(rng.randint(0, 12)), str(rng.randint(0, 40))]
    if parts == 2:
        return ".".join(v[:2])
    if parts == 4:
        return ".".join(v + [str(rng.randint(1000, 29999))])
    return ".".join(v)


def win_build(rng: Any) -> str:
    return f"10.0.{rng.choice(['19045', '22621', '22631', '26100'])}.{rng.randint(1000, 5200)}"


def now(rng: Any) -> datetime:
    """The record's clock: a random start, then forward by a few seconds at each call."""
    if CTX.clock is None:
        CTX.clock = datetime(2024, rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59),
                             rng.randint(0, 59), rng.randint(0, 999999))
    else:
        CTX.clock += timedelta(seconds=rng.randint(0, 75), microseconds=rng.randint(0, 999999))
    return CTX.clock


def ts_iso(rng: Any, z: bool = True, ms: bool = True) -> str:
    t = now(rng)
    s = t.strftime("%Y-%m-%dT%H:%M:%S")
    if ms:
        s += f".{t.microsecond // 1000:03d}"
    return s + ("Z" if z else "")


def ts_sp(rng: Any, frac: int = 3) -> str:
    t = now(rng)
    s = t.strftime("%Y-%m-%d %H:%M:%S")
    if frac:
        s += "." + f"{t.microsecond:06d}"[:frac]
    return s


MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def ts_syslog(rng: Any) -> str:
    t = now(rng)
    return f"{MONTHS[t.month - 1]} {t.day:2d} {t:%H:%M:%S}"


def hhmmss(rng: Any) -> str:
    return f"{now(rng):%H:%M:%S}"


def ts_fmt(rng: Any, fmt: str) -> str:
    return now(rng).strftime(fmt)


def pick(rng: Any, seq: Any) -> Any:
    return rng.choice(seq)


# ----------------------------------------------------------------------------------------------- decoys
SERVICE = ["SYSTEM", "svc_print", "svc-backup", "svc_mdm_sync", "root", "_mbsetupuser", "_spotlight", "daemon",
           "gdm", "nobody", "Administrator", "DefaultAccount", "WDAGUtilityAccount", "scan2folder",
           "papercut-svc", "pdq-deploy", "helpdesk-bot", "kiosk01", "lab-user", "guest", "loaner-pool", "munki",
           "ansible", "svc_sccm_na", "mdm-enroll", "svc_assetsync", "backup-agent", "LOCAL SERVICE",
           "NETWORK SERVICE", "svc_rma", "tv-support", "itops-automation", "_softwareupdate", "svc_scanner",
           "frontdesk-ipad", "conf-room-3b", "autopilot-tech", "svc_glpi_inventory"]
COMPANIES = ["Harrison Print Services Ltd", "Okafor Office Supplies", "McAllister IT Solutions",
             "Brandt & Söhne GmbH", "Dubois Bureautique SARL", "Tanaka Shoji K.K.", "Fitzgerald Logistics",
             "Mensah Technologies", "Kowalski Serwis Sp. z o.o.", "Hughes Managed Print", "Ferreira & Filhos Lda",
             "Lindqvist Kontorsteknik AB", "Walker Copier Repair", "Nakamura Denki", "Papadopoulos Bros. IT",
             "O'Brien Document Solutions", "Schneider Electric", "Dell Technologies", "Johnson Controls",
             "Marks & Spencer", "Ernst & Young", "Ricoh", "Konica Minolta", "Kyocera Document Solutions"]
PLACES = ["Victoria", "Madison", "Regina", "Florence", "Sofia", "Charlotte", "Austin", "Adelaide",
          "Alexandria", "Eugene", "Jordan", "Georgia", "Lourdes", "Santiago", "Marietta", "Savannah",
          "Augusta", "Beatrice", "Helena", "Tyler", "Chelsea", "Lafayette", "Jackson", "Paris"]
PRODUCTS = ["Alexa", "Siri", "Cortana", "Bixby", "Jarvis", "Project Athena", "Hermes", "Marvin", "Jenkins",
            "Hudson", "Jasper", "Sonoma", "Ventura", "Monterey", "Sequoia", "Clippy", "Oscar", "Ada",
            "Mercury", "Tesla", "Lincoln", "Casper", "Watson", "Ember"]
STATUS = ["Idle", "Ready", "Paused", "Offline", "Toner Low", "Paper Jam", "Door Open", "Enrolled", "Pending",
          "Compliant", "Not Compliant", "Supervised", "Checked In", "Retired", "Lost/Stolen", "In Repair",
          "Awaiting Parts", "Deployable", "Archived", "Unassigned", "Succeeded", "Warning", "Failed", "Skipped"]
UI_TITLE = ["Print Test Page", "Check For Updates", "Restore From Backup", "Open Software Center",
            "Request Remote Assistance", "Mark As Returned", "Assign To Me", "Show More Details",
            "Install Now", "Remind Me Later", "Sign In With Work Account", "Add Printer", "Scan To Folder",
            "Device Settings", "Join Session", "Allow Remote Control", "End Session", "Send Logs"]
UI_I18N = ["Druckauftrag abgeschlossen", "Impression terminée", "Trabajo de impresión completado",
           "Stampa completata", "Afdruk voltooid", "Wydruk zakończony", "印刷が完了しました", "打印完成",
           "인쇄 완료", "Печать завершена", "Tisk dokončen", "Utskrift klar", "Tulostus valmis",
           "Yazdırma tamamlandı", "Impressão concluída", "Nyomtatás kész", "Η εκτύπωση ολοκληρώθηκε",
           "ההדפסה הושלמה", "اكتملت الطباعة", "मुद्रण पूर्ण हुआ", "Sauvegarde terminée",
           "Copia de seguridad completada", "バックアップが完了しました", "Kopia zapasowa ukończona",
           "Sicherung erfolgreich", "Synchronisatie voltooid", "Обновление установлено",
           "Atualização instalada", "La sesión remota ha finalizado", "Fernsitzung beendet",
           "Session à distance terminée", "リモートセッションが終了しました", "원격 세션이 종료되었습니다"]
DEV_WORDS = ["LT", "PC", "WS", "MBP", "MBA", "NB", "DT", "IMAC", "SURF"]


def decoy_account(rng: Any) -> str:
    return rng.choice(SERVICE)


# ----------------------------------------------------------------------------------------------- verifier
_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+(?:@|%40|%2540)[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
_EMAIL_EXEMPT = (".service", ".socket", ".target", ".scope", ".slice", ".mount", ".timer")
_IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.]*\d)")
_IPV6_RE = re.compile(r"(?<![\w:.])([0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:\.\d{1,3}){0,3})(?![\w:])")
_CARD_RE = re.compile(r"(?<![\d\-])(\d{13,19}|\d{4}([ \-])\d{4}\2\d{4}\2\d{1,7}|\d{4}([ \-])\d{6}\3\d{5})(?![\d])")
_SSN_RE = re.compile(r"(?<![\d\-])(\d{3}([ \-])\d{2}\2\d{4})(?![\d\-])")
_EMAIL_OK = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$")


def _inside(spans: list, s: int, e: int, types: tuple[str, ...] | None = None) -> bool:
    return any(a <= s and e <= b and (types is None or t in types) for a, b, t in spans)


def _variants(tok: str) -> set[str]:
    out = {tok, NM.fold(tok)}
    for t in list(out):
        out.add(pct(t))
        out.add(jesc_a(t))
        b = t.encode("utf-8")
        if any(c > 127 for c in b):
            out.add("".join(chr(c) if c < 128 else f"\\x{c:02x}" for c in b))
    return {v for v in out if v}


def _is_latin(tok: str) -> bool:
    return all(c.isascii() or "LATIN" in unicodedata.name(c, "") or not c.isalpha() for c in tok)


def check_value(v: str, t: str) -> None:
    assert v == v.strip() and v, (v, t)
    if t == "EMAIL":
        assert _EMAIL_OK.match(urllib.parse.unquote(urllib.parse.unquote(v))), v
    elif t == "IP_ADDRESS":
        ipaddress.ip_address(v)
    elif t == "SSN":
        assert ssn_ok(v), v
    elif t == "CREDIT_CARD":
        d = re.sub(r"[ \-]", "", v)
        assert d.isdigit() and len(d) in (15, 16) and luhn_ok(d), v
        assert d[0] in "3456" or 2221 <= int(d[:4]) <= 2720, v
    elif t == "PHONE":
        vv = v[3:] if v.startswith("%2B") else v
        vv = vv.replace("%20", " ")
        assert re.fullmatch(r"\+?[0-9 ()\-.]+", vv), v
        assert 7 <= len(re.sub(r"\D", "", vv)) <= 15, v
    elif t == "NAME":
        assert any(c.isalpha() for c in v) and "@" not in v, v


def render(frag: Frag) -> tuple[str, list]:
    text = []
    spans = []
    pos = 0
    for t, lab in S(frag):
        if lab is not None:
            check_value(t, lab)
            spans.append([pos, pos + len(t), lab])
        text.append(t)
        pos += len(t)
    return "".join(text), spans


def verify(text: str, spans: list, positive: bool) -> None:
    """Raise AssertionError for a template bug, Leak for a leak (the record is drawn again)."""
    last = 0
    for s, e, t in spans:
        assert 0 <= s < e <= len(text) and s >= last, (s, e, t)
        v = text[s:e]
        assert v == v.strip(), v
        check_value(v, t)
        last = e
    if not positive:
        assert not spans and not CTX.persons, "negative with PII"
    else:
        assert spans, "positive without spans"
    # e-mails
    for m in _EMAIL_RE.finditer(text):
        if m.group(0).lower().endswith(_EMAIL_EXEMPT):
            continue
        end = m.end() - 4 if m.group(0).lower().endswith((".ost", ".pst")) else m.end()
        if not _inside(spans, m.start(), end, ("EMAIL",)):
            raise Leak(f"email outside span: {m.group(0)}")
    for m in _IPV4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group(1))
        except ValueError:
            continue
        if not _inside(spans, m.start(1), m.end(1), ("IP_ADDRESS",)):
            raise Leak(f"ipv4 outside span: {m.group(1)}")
    for m in _IPV6_RE.finditer(text):
        c = m.group(1)
        if c.count(":") < 2 or not re.search(r"[0-9a-fA-F]{2}", c) or ("::" not in c and c.count(":") < 7):
            continue
        try:
            ipaddress.IPv6Address(c)
        except ValueError:
            continue
        if not _inside(spans, m.start(1), m.end(1), ("IP_ADDRESS",)):
            raise Leak(f"ipv6 outside span: {c}")
    for m in _CARD_RE.finditer(text):
        d = re.sub(r"\D", "", m.group(1))
        if d in CTX.allow:
            continue
        if 13 <= len(d) <= 19 and luhn_ok(d) and d[0] in "23456" and not _inside(
                spans, m.start(1), m.end(1), ("CREDIT_CARD", "PHONE")):
            if re.fullmatch(r"\d+", m.group(1)) and len(d) not in (15, 16):
                continue
            raise Leak(f"card-like outside span: {m.group(1)}")
    for m in _SSN_RE.finditer(text):
        if ssn_ok(m.group(1)) and not _inside(spans, m.start(1), m.end(1), ("SSN", "PHONE", "CREDIT_CARD")):
            raise Leak(f"ssn outside span: {m.group(1)}")
    # name words of every person drawn, and every account built
    toks: set[str] = set(CTX.tokens)
    for p in CTX.persons:
        toks |= p.tokens()
    for tok in toks:
        for v in _variants(tok):
            if _is_latin(v):
                pat = re.compile(r"(?:(?<![^\W_])|(?<=%[0-9A-Fa-f]{2})|(?<=\\u[0-9a-fA-F]{4}))"
                                 + re.escape(v) + r"(?![^\W_])", re.I)
            else:
                pat = re.compile(re.escape(v), re.I)
            hits = [(m.start(), m.end()) for m in pat.finditer(text)]
            for s, e in hits:
                if not _inside(spans, s, e, ("NAME", "EMAIL")):
                    raise Leak(f"name word {v!r} outside span at {s}: {text[max(0, s - 30):e + 30]!r}")


def finish(frag: Frag, positive: bool) -> tuple[str, list]:
    text, spans = render(frag)
    verify(text, spans, positive)
    return text, spans


# ----------------------------------------------------------------------------------------------- devices
def first_word(p: Person) -> str:
    return p.first.split()[0]


def dev_display(rng: Any, p: Person, kind: str | None = None) -> Frag:
    """An Apple/Android device name set by its owner: only the name part is labelled."""
    kind = kind or rng.choice(["iPhone", "iPad", "MacBook Air", "MacBook Pro", "iPhone", "Galaxy S23",
                               "Pixel 8"])
    g = p.native[0] if (p.native and rng.random() < 0.5) else first_word(p)
    if p.native and g == p.native[0] and p.trad == "ja":
        return S(N(g), f"の{kind}")
    if p.native and g == p.native[0] and p.trad == "ko":
        return S(N(g), f"의 {kind}")
    r = rng.random()
    if r < 0.55:
        return S(N(g), rng.choice(["'s ", "’s "]), kind)
    if r < 0.8:
        return S(f"{kind} de ", N(g))
    if r < 0.9:
        return S(f"{kind} von ", N(g))
    return S(f"{kind} di ", N(g))


def dev_host(rng: Any, p: Person, style: str | None = None) -> Frag:
    """A hostname built from the owner (NetBIOS, macOS Bonjour or Linux desktop style)."""
    style = style or rng.choice(["netbios", "netbios", "mac", "linux", "prefix"])
    if style == "netbios":
        a = p.acct(rng, rng.choice(["flast", "firstl", "lastf", "flast"]), digits=0.1).upper()[:11]
        CTX.tokens.add(a)
        return S(N(a), "-", rng.choice(DEV_WORDS))
    if style == "prefix":
        a = p.acct(rng, rng.choice(["flast", "lastf"]), digits=0.0).upper()[:10]
        CTX.tokens.add(a)
        return S(rng.choice(DEV_WORDS), "-", N(a))
    if style == "mac":
        g = NM.fold(first_word(p))
        CTX.tokens.add(g)
        return S(N(g), rng.choice(["s-MacBook-Pro", "s-MacBook-Air", "s-iMac", "s-MBP", "s-Mac-mini"]))
    a = p.acct(rng, rng.choice(["first", "flast", "first.last"]), digits=0.0)
    if "." in a:
        a = a.replace(".", "-")
        CTX.tokens.add(a)
    return S(N(a), "-", rng.choice(["thinkpad", "xps13", "desktop", "framework", "latitude", "fedora", "ubuntu"]))


NEG_DEVICES = ["Conference Room 4B iPad", "Victoria Lobby Kiosk", "Loaner-MBA-07", "Cart 4 - iPad 17",
               "Front Desk iPad", "Madison Showroom Display", "LAB-IMAC-12", "KIOSK-LOBBY-01", "Warehouse Scanner 3",
               "Boardroom Apple TV", "Shared iPad 22", "POS-Register-2", "Training Room MacBook", "Regina DC Tablet",
               "Sofia Office Mac mini", "Reception Surface Hub", "Spare iPhone 14 (IT)", "DEMO-PIXEL-02"]
NEG_HOSTS = ["PRINT01", "FS01", "LAB-PC-07", "KIOSK-LOBBY-01", "WS-FIN-0231", "NB-POOL-14", "IMAC-ART-03",
             "MBP-LOANER-07", "ubuntu-build-02", "reception-nuc", "SCCM-DP01", "VICTORIA-FRONTDESK", "TRAIN-PC-11",
             "conf-room-3b", "HR-SHARED-01", "MADISON-POS-2"]
