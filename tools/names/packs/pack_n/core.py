"""pack_n core: segment builder, value generators, decoys and the verifier.

Text and spans are built together from segments: a segment is (text, TYPE or None). Encoders (JSON, XML,
percent, form) are applied per segment, so a labelled value keeps its span in its escaped form.
"""

from __future__ import annotations

import datetime
import ipaddress
import json
import random
import re
import unicodedata
import xml.etree.ElementTree as ET
from urllib.parse import quote, quote_plus, unquote
from xml.sax.saxutils import escape as _xml_escape

from names import NATIVE, PARTICLES, TRADITIONS

NAME, EMAIL, PHONE, SSN, CARD, IP = "NAME", "EMAIL", "PHONE", "SSN", "CREDIT_CARD", "IP_ADDRESS"
TYPES = (NAME, EMAIL, PHONE, SSN, CARD, IP)


class TemplateError(Exception):
    pass


# ------------------------------------------------------------------ segment builder
class B:
    """A sequence of segments; labelled segments become spans."""

    def __init__(self, *items):
        self.segs: list[tuple[str, str | None]] = []
        self.add(*items)

    def add(self, *items):
        for it in items:
            if it is None:
                continue
            if isinstance(it, B):
                self.segs.extend(it.segs)
            elif isinstance(it, tuple):
                if it[1] not in TYPES:
                    raise TemplateError(f"bad type {it!r}")
                self.segs.append((str(it[0]), it[1]))
            elif isinstance(it, str):
                if it:
                    self.segs.append((it, None))
            elif isinstance(it, (int, float)):
                self.segs.append((str(it), None))
            elif isinstance(it, list):
                self.add(*it)
            else:
                raise TemplateError(f"bad item {it!r}")
        return self

    __call__ = add

    def text(self) -> str:
        return "".join(s for s, _ in self.segs)

    def enc(self, fn) -> B:
        out = B()
        out.segs = [(fn(s), t) for s, t in self.segs]
        return out

    def spans(self) -> list[list]:
        out, pos = [], 0
        for s, t in self.segs:
            if t is not None:
                out.append([pos, pos + len(s), t])
            pos += len(s)
        return out

    def upper(self) -> B:
        return self.enc(str.upper)


def N(s):
    return (s, NAME)


def E(s):
    return (s, EMAIL)


def PH(s):
    return (s, PHONE)


def I(s):  # noqa: E743
    return (s, IP)


def S(s):
    return (s, SSN)


def C(s):
    return (s, CARD)


def join(items, sep) -> B:
    b = B()
    for k, it in enumerate(items):
        if k:
            b.add(sep)
        b.add(it)
    return b


# ------------------------------------------------------------------ encoders
def jesc(s: str, ascii_: bool = False) -> str:
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def xesc(s: str) -> str:
    return _xml_escape(s, {'"': "&quot;", "'": "&apos;"})


def pct(s: str) -> str:
    return quote(s, safe="")


def pct_path(s: str) -> str:
    return quote(s, safe="/")


def form(s: str) -> str:
    return quote_plus(s, safe="")


def uesc(s: str) -> str:
    """\\uXXXX for every non-ASCII char (JSON ensure_ascii style)."""
    return jesc(s, True)


def xbytes(s: str) -> str:
    """\\xNN byte escapes of UTF-8 for non-ASCII chars."""
    return "".join(ch if ord(ch) < 128 else "".join(f"\\x{b:02x}" for b in ch.encode()) for ch in s)


# ------------------------------------------------------------------ JSON with labelled values
def _plain(obj):
    if isinstance(obj, tuple):
        return obj[0]
    if isinstance(obj, B):
        return obj.text()
    if isinstance(obj, dict):
        return {k: _plain(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_plain(v) for v in obj]
    return obj


def jb(obj, indent: int | None = None, ascii_: bool = False, compact: bool = False) -> B:
    """Serialise obj (values may be (str, TYPE) or B) to JSON; checks json.loads of the result."""
    out = B()
    isep = "," if (compact or indent is not None) else ", "
    ksep = ":" if compact else ": "

    def emit(o, lvl):
        if isinstance(o, dict):
            if not o:
                out.add("{}")
                return
            out.add("{")
            for k, (key, v) in enumerate(o.items()):
                if k:
                    out.add(isep)
                if indent is not None:
                    out.add("\n" + " " * indent * (lvl + 1))
                out.add(json.dumps(key, ensure_ascii=ascii_) + ksep)
                emit(v, lvl + 1)
            if indent is not None:
                out.add("\n" + " " * indent * lvl)
            out.add("}")
        elif isinstance(o, list):
            if not o:
                out.add("[]")
                return
            out.add("[")
            for k, v in enumerate(o):
                if k:
                    out.add(isep)
                if indent is not None:
                    out.add("\n" + " " * indent * (lvl + 1))
                emit(v, lvl + 1)
            if indent is not None:
                out.add("\n" + " " * indent * lvl)
            out.add("]")
        elif isinstance(o, tuple):
            out.add('"', (jesc(o[0], ascii_), o[1]), '"')
        elif isinstance(o, B):
            out.add('"', o.enc(lambda s: jesc(s, ascii_)), '"')
        else:
            out.add(json.dumps(o, ensure_ascii=ascii_))

    emit(obj, 0)
    if json.loads(out.text()) != _plain(obj):
        raise TemplateError("JSON round trip failed")
    return out


def chk_json(b: B) -> B:
    json.loads(b.text())
    return b


def chk_xml(b: B) -> B:
    ET.fromstring(b.text())
    return b


# ------------------------------------------------------------------ folding
_FOLD = {"ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
         "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "œ": "oe", "Œ": "OE", "ʻ": "", "’": ""}


def fold(s: str) -> str:
    s = "".join(_FOLD.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def is_ascii(s: str) -> bool:
    return all(ord(c) < 128 for c in s)


# ------------------------------------------------------------------ persons
def _split_given(raw: str) -> list[str]:
    return [g.replace("_", " ") for g in raw.split()]


_TRAD = {}
for _key, _region, _order, _m, _f, _sur in TRADITIONS:
    _TRAD[_key] = (_region, _order, _split_given(_m), _split_given(_f), _sur)
_TRAD_KEYS = [t[0] for t in TRADITIONS]
_WEIGHTS = {"english": 4, "us_general": 4, "german": 3, "french": 3, "spanish": 3, "hindi_north": 3,
            "chinese": 3, "japanese": 2, "dutch": 2, "italian": 2, "brazilian": 2, "mexican": 2, "polish": 2,
            "korean": 2, "nordic": 2, "irish": 2, "tamil_telugu": 2}
_KEY_W = [_WEIGHTS.get(k, 1) for k in _TRAD_KEYS]

CJK_TRADS = {"chinese", "cantonese_taiwanese", "japanese", "korean"}


class Person:
    def __init__(self, rng: random.Random, native: float = 0.12, ascii_only: bool = False,
                 latin: bool = False, trad: str | None = None):
        self.rng = rng
        self.script = False
        self.ng = self.nf = None
        if not latin and not ascii_only and trad is None and rng.random() < native:
            t, gen, ng, nf, rg, rf, order = rng.choice(NATIVE)
            self.trad, self.gender, self.ng, self.nf, self.rg, self.rf = t, gen, ng, nf, rg, rf
            self.script = True
            self.norder = order
            self.order = order if t in CJK_TRADS and rng.random() < 0.5 else "gf"
        else:
            for _ in range(100):
                key = trad or rng.choices(_TRAD_KEYS, _KEY_W)[0]
                region, order, male, female, sur = _TRAD[key]
                self.gender = rng.choice("mf")
                self.rg = rng.choice(male if self.gender == "m" else female)
                s = rng.choice(sur)
                self.rf = s if isinstance(s, str) else s[0 if self.gender == "m" else 1]
                self.trad = key
                if order == "either":
                    order = rng.choice(["gf", "fg"])
                self.order = order
                if not ascii_only or (is_ascii(self.rg) and is_ascii(self.rf)):
                    break
            else:
                raise TemplateError("no ascii name")
        self._acct: dict[str, str] = {}
        self._style = rng.choice(["first.last"] * 4 + ["flast"] * 3 + ["firstl", "first_last", "firstlast",
                                                                          "lastf", "f.last"])
        self._digits = str(rng.randint(1, 99)) if rng.random() < 0.15 else ""
        self._emails: set[str] = set()

    # display forms ----------------------------------------------------
    def g(self) -> str:
        return self.ng if self.script else self.rg

    def f(self) -> str:
        return self.nf if self.script else self.rf

    def full(self) -> str:
        if self.script:
            if self.norder == "fg":
                sep = "" if self.trad in ("japanese", "chinese", "cantonese_taiwanese") else " "
                if self.trad == "korean":
                    sep = ""
                return f"{self.nf}{sep}{self.ng}"
            return f"{self.ng} {self.nf}"
        return self.rom()

    def rom(self) -> str:
        return f"{self.rf} {self.rg}" if self.order == "fg" else f"{self.rg} {self.rf}"

    def west(self) -> str:
        return f"{self.rg} {self.rf}"

    def lf(self) -> str:
        return f"{self.rf}, {self.rg}"

    def up(self) -> str:
        return self.rom().upper()

    def up_lf(self) -> str:
        return f"{self.rf.upper()}, {self.rg.upper()}"

    def slash(self) -> str:
        return f"{self.rf.upper()}/{self.rg.upper()}"

    def initial(self) -> str:
        return f"{self.rg[0]}. {self.rf}"

    def us(self) -> str:
        """Family_Given joined by underscores (file names)."""
        return f"{self.rf}_{self.rg}".replace(" ", "_")

    def gu(self) -> str:
        return f"{self.rg}_{self.rf}".replace(" ", "_")

    # account forms ----------------------------------------------------
    def _keys(self) -> tuple[str, str]:
        g = fold(self.rg).lower()
        if self.trad == "vietnamese":
            g = g.split()[-1]
        g = re.sub(r"[^a-z]", "", g)
        fam = [w for w in fold(self.rf).lower().split() if w not in ("bin", "binti", "bint", "ibn")]
        f = re.sub(r"[^a-z]", "", "".join(fam))
        return g, f

    def acct(self, style: str | None = None) -> str:
        style = style or self._style
        if style not in self._acct:
            g, f = self._keys()
            a = {"first.last": f"{g}.{f}", "flast": f"{g[0]}{f}", "firstl": f"{g}{f[0]}",
                 "first_last": f"{g}_{f}", "firstlast": f"{g}{f}", "lastf": f"{f}{g[0]}",
                 "f.last": f"{g[0]}.{f}", "last.first": f"{f}.{g}"}[style]
            self._acct[style] = a + self._digits
        return self._acct[style]

    def email(self, dom: str, style: str | None = None) -> str:
        local = self.acct(style) if style else (self.acct("first.last") if self._style != "flast"
                                                else self.acct())
        e = f"{local}@{dom}"
        self._emails.add(e)
        return e

    def words(self) -> list[str]:
        out = []
        for part in (self.rg, self.rf, self.ng or "", self.nf or ""):
            for w in re.split(r"[\s\-]+", part):
                w = w.strip(".,'")
                if not w or w.lower() in PARTICLES:
                    continue
                if w.lower().startswith(("d'", "o'")) and len(w) > 2:
                    w2 = w[2:]
                    out.append(w2)
                out.append(w)
        out.extend(self._acct.values())
        return out


# ------------------------------------------------------------------ value generators
DOMAINS = ["corp.example", "example.com", "example.org", "example.net", "northwind.example", "hq.example",
           "lumenworks.example", "teamhub.example", "fabrikam.example", "collab.example.org"]

PHONE_PLANS = {
    "US": lambda r: ("+1", f"{r.choice([212, 312, 415, 617, 646, 206, 303, 512])}", "555", f"01{r.randint(0, 99):02d}"),
    "CA": lambda r: ("+1", f"{r.choice([416, 514, 604, 613])}", "555", f"01{r.randint(0, 99):02d}"),
    "GB": lambda r: ("+44", "7700", "900", f"{r.randint(0, 999):03d}"),
    "DE": lambda r: ("+49", f"15{r.randint(1, 7)}", f"{r.randint(100, 999)}", f"{r.randint(10000, 99999)}"),
    "FR": lambda r: ("+33", f"{r.choice([6, 7])}", f"{r.randint(10, 99)} {r.randint(10, 99)}",
                     f"{r.randint(10, 99)} {r.randint(10, 99)}"),
    "NL": lambda r: ("+31", "6", f"{r.randint(1000, 9999)}", f"{r.randint(1000, 9999)}"),
    "ES": lambda r: ("+34", f"6{r.randint(10, 99)}", f"{r.randint(100, 999)}", f"{r.randint(100, 999)}"),
    "IT": lambda r: ("+39", f"3{r.randint(20, 49)}", f"{r.randint(100, 999)}", f"{r.randint(1000, 9999)}"),
    "PL": lambda r: ("+48", f"{r.choice([5, 6, 7])}{r.randint(10, 99)}", f"{r.randint(100, 999)}",
                     f"{r.randint(100, 999)}"),
    "SE": lambda r: ("+46", f"7{r.choice([0, 2, 3, 6])}", f"{r.randint(100, 999)}", f"{r.randint(10, 99)} {r.randint(10, 99)}"),
    "AU": lambda r: ("+61", "491", f"57{r.randint(0, 9)}", f"{r.randint(100, 999)}"),
    "JP": lambda r: ("+81", f"{r.choice([70, 80, 90])}", f"{r.randint(1000, 9999)}", f"{r.randint(1000, 9999)}"),
    "KR": lambda r: ("+82", "10", f"{r.randint(1000, 9999)}", f"{r.randint(1000, 9999)}"),
    "CN": lambda r: ("+86", f"1{r.choice([38, 39, 58, 86])}", f"{r.randint(1000, 9999)}", f"{r.randint(1000, 9999)}"),
    "IN": lambda r: ("+91", f"9{r.randint(1000, 9999)}", f"{r.randint(10000, 99999)}", ""),
    "BR": lambda r: ("+55", f"{r.choice([11, 21, 31, 41])}", f"9{r.randint(1000, 9999)}", f"{r.randint(1000, 9999)}"),
    "MX": lambda r: ("+52", f"{r.choice([55, 33, 81])}", f"{r.randint(1000, 9999)}", f"{r.randint(1000, 9999)}"),
    "ZA": lambda r: ("+27", f"{r.choice([71, 72, 82, 83])}", f"{r.randint(100, 999)}", f"{r.randint(1000, 9999)}"),
    "NG": lambda r: ("+234", f"{r.choice([803, 806, 813, 905])}", f"{r.randint(100, 999)}", f"{r.randint(1000, 9999)}"),
    "KE": lambda r: ("+254", f"7{r.randint(10, 99)}", f"{r.randint(100, 999)}", f"{r.randint(100, 999)}"),
    "SG": lambda r: ("+65", f"{r.choice([8, 9])}{r.randint(100, 999)}", f"{r.randint(1000, 9999)}", ""),
    "CH": lambda r: ("+41", f"7{r.choice([6, 7, 8, 9])}", f"{r.randint(100, 999)}", f"{r.randint(10, 99)} {r.randint(10, 99)}"),
    "IE": lambda r: ("+353", f"8{r.choice([3, 5, 6, 7])}", f"{r.randint(100, 999)}", f"{r.randint(1000, 9999)}"),
    "AE": lambda r: ("+971", f"5{r.choice([0, 2, 5, 6])}", f"{r.randint(100, 999)}", f"{r.randint(1000, 9999)}"),
    "TR": lambda r: ("+90", f"5{r.randint(30, 59)}", f"{r.randint(100, 999)}", f"{r.randint(10, 99)} {r.randint(10, 99)}"),
}
_NATIONAL = {"US": "1", "CA": "1", "GB": "0", "DE": "0", "FR": "0", "NL": "0", "ES": "", "IT": "", "PL": "",
             "SE": "0", "AU": "0", "JP": "0", "KR": "0", "CN": "", "IN": "0", "BR": "0", "MX": "", "ZA": "0",
             "NG": "0", "KE": "0", "SG": "", "CH": "0", "IE": "0", "AE": "0", "TR": "0"}


def luhn_ok(digits: str) -> bool:
    tot = 0
    for k, ch in enumerate(reversed(digits)):
        d = int(ch)
        if k % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def _luhn_complete(prefix: str, length: int, r: random.Random) -> str:
    body = prefix + "".join(str(r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise TemplateError("luhn")


def ssn_ok(s: str) -> bool:
    d = re.sub(r"[ -]", "", s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and n > 0


class Ctx:
    """Per-record drawing context: the random stream, the persons drawn and a domain."""

    def __init__(self, rng: random.Random):
        self.r = rng
        self.persons: list[Person] = []
        self.dom = rng.choice(DOMAINS)
        self._t: datetime.datetime | None = None

    # basic draws
    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def ri(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def hex(self, n: int) -> str:
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def alnum(self, n: int, upper: bool = False) -> str:
        al = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789" if upper else "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        return "".join(self.r.choice(al) for _ in range(n))

    def uuid(self) -> str:
        h = self.hex(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.r.choice('89ab')}{h[17:20]}-{h[20:]}"

    def person(self, **kw) -> Person:
        p = Person(self.r, **kw)
        self.persons.append(p)
        return p

    def people(self, n: int, **kw) -> list[Person]:
        out: list[Person] = []
        while len(out) < n:
            p = self.person(**kw)
            if all(p.rf != q.rf and p.rg != q.rg for q in out):
                out.append(p)
            else:
                self.persons.remove(p)
        return out

    # time
    def date(self) -> tuple[int, int, int, int, int, int, int]:
        """The first call draws the record's moment; later calls move forward by a few seconds."""
        if self._t is None:
            self._t = datetime.datetime(2026, 1, 1) + datetime.timedelta(seconds=self.ri(0, 364 * 86400 - 3600))
        else:
            self._t += datetime.timedelta(seconds=self.ri(0, 40))
        t = self._t
        return (t.year, t.month, t.day, t.hour, t.minute, t.second, self.ri(0, 999))

    def ts(self, kind: str = "iso") -> str:
        y, mo, d, h, mi, s, ms = self.date()
        mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][mo - 1]
        if kind == "iso":
            return f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.{ms:03d}Z"
        if kind == "isos":
            return f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z"
        if kind == "space":
            return f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}"
        if kind == "comma":
            return f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d},{ms:03d}"
        if kind == "dot":
            return f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}.{ms:03d}"
        if kind == "syslog":
            return f"{mon} {d:2d} {h:02d}:{mi:02d}:{s:02d}"
        if kind == "clf":
            return f"{d:02d}/{mon}/{y}:{h:02d}:{mi:02d}:{s:02d} +0000"
        if kind == "epoch":
            return str(int((datetime.datetime(y, mo, d, h, mi, s) - datetime.datetime(1970, 1, 1)).total_seconds()))
        if kind == "hm":
            return f"{h:02d}:{mi:02d}"
        if kind == "date":
            return f"{y}-{mo:02d}-{d:02d}"
        raise TemplateError(kind)

    # network
    def ip4(self) -> str:
        k = self.ri(0, 5)
        if k == 0:
            return f"192.0.2.{self.ri(1, 254)}"
        if k == 1:
            return f"198.51.100.{self.ri(1, 254)}"
        if k == 2:
            return f"203.0.113.{self.ri(1, 254)}"
        if k == 3:
            return f"10.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"
        if k == 4:
            return f"172.{self.ri(16, 31)}.{self.ri(0, 255)}.{self.ri(1, 254)}"
        return f"192.168.{self.ri(0, 255)}.{self.ri(1, 254)}"

    def ip6(self) -> str:
        if self.chance(0.5):
            return f"2001:db8:{self.ri(1, 0xffff):x}:{self.ri(0, 0xffff):x}::{self.ri(1, 0xffff):x}"
        return str(ipaddress.IPv6Address(f"2001:db8:{self.ri(1, 0xfff):x}:{self.ri(0, 0xffff):x}:"
                                         f"{self.ri(0, 0xffff):x}:{self.ri(0, 0xffff):x}:"
                                         f"{self.ri(0, 0xffff):x}:{self.ri(1, 0xffff):x}"))

    def ip(self, v6: float = 0.2) -> str:
        return self.ip6() if self.chance(v6) else self.ip4()

    # phone
    def phone(self, cc: str | None = None, fmt: str | None = None) -> str:
        cc = cc or self.pick(list(PHONE_PLANS))
        pre, a, b, c = PHONE_PLANS[cc](self.r)
        fmt = fmt or self.pick(["intl", "intl", "e164", "national", "dash", "e164"])
        parts = [x for x in (a, b, c) if x]
        if cc in ("US", "CA") and fmt == "national":
            return f"({a}) {b}-{c}"
        if fmt == "e164":
            return pre + "".join(p.replace(" ", "") for p in parts)
        if fmt == "bare":
            return pre[1:] + "".join(p.replace(" ", "") for p in parts)
        if fmt == "national":
            nat = _NATIONAL[cc]
            if cc in ("US", "CA"):
                return f"{a}-{b}-{c}"
            return (nat + " ".join(parts)) if nat else " ".join(parts)
        if fmt == "dash":
            return pre + "-" + "-".join(p.replace(" ", "") for p in parts)
        if fmt == "00":
            return "00" + pre[1:] + " " + " ".join(parts)
        return pre + " " + " ".join(parts)

    def ssn(self, fmt: str = "dash") -> str:
        while True:
            a = self.ri(1, 899)
            if a != 666:
                break
        g, n = self.ri(1, 99), self.ri(1, 9999)
        if fmt == "bare":
            return f"{a:03d}{g:02d}{n:04d}"
        if fmt == "space":
            return f"{a:03d} {g:02d} {n:04d}"
        return f"{a:03d}-{g:02d}-{n:04d}"

    def last4(self) -> str:
        return f"{self.ri(1, 9999):04d}"

    def card(self, fmt: str | None = None) -> str:
        kind = self.pick(["visa", "visa", "mc", "mc2", "amex", "disc"])
        if kind == "visa":
            num = _luhn_complete("4" + str(self.ri(0, 9)), 16, self.r)
        elif kind == "mc":
            num = _luhn_complete(str(self.ri(51, 55)), 16, self.r)
        elif kind == "mc2":
            num = _luhn_complete(str(self.ri(2221, 2720)), 16, self.r)
        elif kind == "amex":
            num = _luhn_complete(self.pick(["34", "37"]), 15, self.r)
        else:
            num = _luhn_complete("6011", 16, self.r)
        fmt = fmt or self.pick(["plain", "space", "dash"])
        if fmt == "plain":
            return num
        sep = " " if fmt == "space" else "-"
        if len(num) == 15:
            return sep.join([num[:4], num[4:10], num[10:]])
        return sep.join(num[k:k + 4] for k in range(0, 16, 4))


# ------------------------------------------------------------------ decoys (no person in them)
SERVICE_ACCOUNTS = ["svc_calsync", "svc-ldap-sync", "matrix-admin", "jicofo", "jvb", "focus", "admin", "root",
                    "www-data", "nextcloud", "seafile", "confluence-sync", "MediaWiki default", "Maintenance script",
                    "wikibot", "esign-api", "SYSTEM", "svc_roombook", "room-panel", "ics-importer", "transcriber",
                    "notetaker-bot", "oncall-bot", "deploy-bot", "hookshot", "alertmanager", "backup", "scim-sync",
                    "svc_directory", "LOCAL SERVICE", "NETWORK SERVICE", "integration-user", "api-gateway",
                    "grafana-bot", "cron", "sync-agent", "svc_docusign", "recorder", "sip-gw", "provisioner"]
COMPANIES = ["Harrison & Cole LLP", "Okafor Logistics Ltd", "McAllister Facilities", "Dubois Traiteur SARL",
             "Nakamura Printing K.K.", "Whitfield Catering", "Schäfer Gebäudetechnik GmbH", "Rossi Arredamenti",
             "Ferreira Construções", "Mensah Audio Visual", "Lindqvist Konsult AB", "Kowalski Transport Sp. z o.o.",
             "Fitzgerald Partners", "Haddad Trading", "van der Berg Interieur BV", "Johnson Controls", "Siemens",
             "Bosch Security", "Crestron", "Barco", "Ernst & Young", "Deloitte", "Baker McKenzie", "Morgan Lewis"]
PLACES = ["Victoria", "Regina", "Madison", "Sofia", "Jordan", "Georgia", "Florence", "Adelaide", "Charlotte",
          "Austin", "Lincoln", "Santiago", "Paris", "Alexandria", "Beatrice", "Eugene", "Marion", "Orlando",
          "Savannah", "Helena", "Chester", "Luzern", "Valencia", "Jackson", "Houston", "Kingston"]
ROOMS = ["Curie", "Hopper", "Lovelace", "Turing", "Tesla", "Darwin", "Kepler", "Noether", "Fibonacci", "Mandela",
         "Orion", "Andromeda", "Everest", "Kilimanjaro", "Fuji", "Danube", "Amazon", "Sahara", "Aurora", "Boardroom",
         "Zen Den", "Huddle 3B", "Focus Pod 2", "Atrium", "Galileo", "Da Vinci", "Einstein", "Franklin"]
PRODUCTS = ["Alexa", "Cortana", "Siri", "Jenkins", "Cassandra", "Julia", "Marvin", "Watson", "Ada", "Hermes",
            "Athena", "Apollo", "Phoenix", "Orion", "Poly Studio X50", "Room Kit Pro", "Desk Pro", "Rally Bar",
            "Meeting Owl 3", "Jabra PanaCast", "Project Beatrix", "Project Clara", "Oscar", "Sherlock", "Hugo"]
STATUS_WORDS = ["Available", "Busy", "Away", "Do Not Disturb", "Offline", "In a meeting", "Presenting",
                "Out of Office", "Tentative", "Accepted", "Declined", "Pending", "Completed", "Voided", "Delivered",
                "Signed", "Archived", "Active", "Inactive", "Suspended", "Provisioned", "Idle", "Standby",
                "Checked In", "Released", "Occupied", "Free"]
UI_STRINGS = [
    "Join Meeting", "Leave Meeting", "Start Recording", "Mute All", "Share Screen", "Raise Hand",
    "Meeting Ended", "Waiting Room", "Book This Room", "End Early", "Extend Meeting", "Check In Now",
    "Sie sind der Besprechung beigetreten", "Besprechung beendet", "Raum jetzt buchen",
    "Vous avez rejoint la réunion", "La réunion est terminée", "Réserver cette salle",
    "Se ha unido a la reunión", "La reunión ha finalizado", "Reservar esta sala",
    "Você entrou na reunião", "Reunião encerrada", "Sei entrato nella riunione", "Riunione terminata",
    "U bent lid geworden van de vergadering", "Vergadering beëindigd", "Du har gått med i mötet",
    "Dołączyłeś do spotkania", "Spotkanie zakończone", "Připojili jste se ke schůzce", "Toplantıya katıldınız",
    "Вы присоединились к встрече", "Встреча завершена", "Ви приєдналися до зустрічі", "Έχετε συνδεθεί στη σύσκεψη",
    "会議に参加しました", "会議が終了しました", "您已加入会议", "会议已结束", "회의에 참가했습니다", "회의가 종료되었습니다",
    "لقد انضممت إلى الاجتماع", "הצטרפת לפגישה", "आप मीटिंग में शामिल हो गए हैं", "คุณได้เข้าร่วมการประชุมแล้ว",
    "Bạn đã tham gia cuộc họp", "Anda telah bergabung dengan rapat", "Liittyit kokoukseen", "Csatlakozott az értekezlethez",
]
SUBJECTS = ["Sprint Planning", "Quarterly Business Review", "Weekly Sync", "Design Review", "All Hands",
            "Incident Retro", "Budget FY27", "Roadmap Deep Dive", "Security Champions", "Onboarding Cohort 14",
            "Release Readiness", "Office Hours", "Lunch & Learn", "Customer Advisory Board", "Offsite Planning",
            "Architecture Council", "Hackathon Kickoff", "Vendor Evaluation", "Town Hall", "Board Prep"]
VERSIONS = ["1.98.0", "v2.4.17", "5.2.1", "11.14.2.4", "RoomOS 11.9.1.13", "28.0.4", "8.5.6", "1.40.2",
            "2.3.0-rc1", "10.2.4 LTS", "3.11.7", "v1.11.58"]


# ------------------------------------------------------------------ verification
_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+(?:@|%40|%2540)[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
_IP4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
_IP6_RE = re.compile(r"(?<![0-9A-Za-z:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Za-z:])")
_CARD_RE = re.compile(r"(?<![\d])(?:\d[ \-]?){12,18}\d(?![\d])")
_SSN_RE = re.compile(r"(?<![\d\-])\d{3}-\d{2}-\d{4}(?![\d\-])")
_PHONE_RE = re.compile(r"(?:\+|%2B)\d[\d ().\-]{5,}\d")


def _decode(v: str) -> str:
    s = v
    for _ in range(2):
        s = unquote(s)
    if "\\u" in s or "\\x" in s:
        try:
            s = json.loads('"' + s.replace('\\x', '\\u00') + '"') if "\\x" not in s else \
                bytes(s, "ascii").decode("unicode_escape").encode("latin-1").decode("utf-8")
        except Exception:
            pass
    return s


def check_value(v: str, t: str) -> str | None:
    if t == EMAIL:
        d = _decode(v)
        if not re.fullmatch(r"[^@\s]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}", d):
            return f"bad email {v!r}"
    elif t == IP:
        try:
            ipaddress.ip_address(v)
        except ValueError:
            return f"bad ip {v!r}"
    elif t == SSN:
        if not (re.fullmatch(r"\d{4}", v) or (re.fullmatch(r"\d{3}-\d{2}-\d{4}|\d{3} \d{2} \d{4}|\d{9}", v)
                                               and ssn_ok(v))):
            return f"bad ssn {v!r}"
    elif t == CARD:
        d = re.sub(r"[ \-]", "", v)
        if not (d.isdigit() and len(d) in (15, 16) and luhn_ok(d) and d[0] in "23456"):
            return f"bad card {v!r}"
    elif t == PHONE:
        d = unquote(v)
        d = d[:1] + d[1:].replace("+", " ")  # form encoding
        if not re.fullmatch(r"\+?[0-9 ().\-]+", d):
            return f"bad phone {v!r}"
        nd = sum(ch.isdigit() for ch in d)
        if not 7 <= nd <= 15:
            return f"bad phone digits {v!r}"
    elif t == NAME:
        d = _decode(v).replace("+", " ")
        if "@" in d or not any(ch.isalpha() for ch in d):
            return f"bad name {v!r}"
        if d[0] in ",;:./-_" or d[-1] in ",;:/-_":
            return f"bad name edge {v!r}"
    return None


def _inside(s: int, e: int, spans, types=None) -> bool:
    return any(a <= s and e <= b and (types is None or t in types) for a, b, t in spans)


def _overlaps(s: int, e: int, spans) -> bool:
    return any(a < e and s < b for a, b, _ in spans)


def hard_check(text: str, spans: list, neg: bool, ctx: Ctx) -> None:
    """Template bugs: raise."""
    prev_end = -1
    for s, e, t in spans:
        if not (0 <= s < e <= len(text)):
            raise TemplateError(f"span out of range {s, e}")
        if s < prev_end:
            raise TemplateError("overlap")
        if s == prev_end:
            raise TemplateError(f"touching spans at {s}: {text[max(0, s - 20):e]!r}")
        v = text[s:e]
        if v != v.strip():
            raise TemplateError(f"edge whitespace {v!r}")
        err = check_value(v, t)
        if err:
            raise TemplateError(err)
        prev_end = e
    if neg and (spans or ctx.persons):
        raise TemplateError("negative with spans or persons")
    if not neg and not spans:
        raise TemplateError("positive without spans")


def leak_check(text: str, spans: list, ctx: Ctx) -> list[str]:
    """Values outside spans; a failure makes the record be drawn again."""
    problems = []
    for m in _EMAIL_RE.finditer(text):
        if not _inside(m.start(), m.end(), spans, (EMAIL,)):
            # number@host (SIP) is exempt when the number is a labelled phone
            local = re.split(r"@|%40|%2540", m.group())[0]
            if local.lstrip("+").isdigit():
                continue
            line_start = text.rfind("\n", 0, m.start()) + 1
            if "message-id:" in text[line_start:m.start()].lower():
                continue  # Message-IDs are not labelled
            problems.append(f"email outside span {m.group()!r}")
    for m in _IP4_RE.finditer(text):
        try:
            ipaddress.ip_address(m.group())
        except ValueError:
            continue
        pre = text[max(0, m.start() - 12):m.start()].lower()
        if "ver" in pre or pre.endswith(("/", "v", "-", "os ")):
            continue
        if not _inside(m.start(), m.end(), spans, (IP,)):
            problems.append(f"ip outside span {m.group()!r}")
    for m in _IP6_RE.finditer(text):
        g = m.group()
        if g.count(":") < 2 or ("::" not in g and g.count(":") < 7) or not re.search(r"[0-9A-Fa-f]", g):
            continue
        try:
            ipaddress.ip_address(g)
        except ValueError:
            continue
        if not _inside(m.start(), m.end(), spans, (IP,)):
            problems.append(f"ipv6 outside span {g!r}")
    for m in _CARD_RE.finditer(text):
        d = re.sub(r"[ \-]", "", m.group())
        if len(d) in (15, 16) and d[0] in "23456" and luhn_ok(d) and not _overlaps(m.start(), m.end(), spans):
            problems.append(f"card-like outside span {m.group()!r}")
    for m in _SSN_RE.finditer(text):
        if ssn_ok(m.group()) and not _inside(m.start(), m.end(), spans, (SSN,)):
            problems.append(f"ssn outside span {m.group()!r}")
    for m in _PHONE_RE.finditer(text):
        if sum(ch.isdigit() for ch in m.group()) >= 7 and not _overlaps(m.start(), m.end(), spans):
            problems.append(f"phone outside span {m.group()!r}")
    low = text.lower()
    for p in ctx.persons:
        for w in p.words():
            forms = {w, fold(w), pct(w), pct(fold(w)), form(w), uesc(w), xbytes(w), jesc(w), xesc(w)}
            for f in forms:
                if len(f) < 2:
                    continue
                fl = f.lower()
                cjk = any(ord(ch) > 0x2E80 for ch in f)
                if cjk:
                    it = (m.start() for m in re.finditer(re.escape(fl), low))
                else:
                    it = (m.start() for m in re.finditer(r"(?<![^\W_])" + re.escape(fl) + r"(?![^\W_])", low))
                for st in it:
                    if not _inside(st, st + len(f), spans, (NAME, EMAIL)):
                        problems.append(f"name word {f!r} outside span")
                        break
    return problems


def make_record(b: B, family: str, group: str) -> dict:
    text = b.text()
    spans = b.spans()
    # merge nothing: adjacent labelled segments of one value must be built as one segment
    return {"text": text, "spans": spans, "family": family, "group": group}
