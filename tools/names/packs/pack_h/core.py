"""Builder, value generators, persons and the record verifier of pack_h.

A template returns a list of *pieces*: a plain str is literal text, an L(value, TYPE) is a labelled value.
Escapers (JSON, XML, URL) work piece by piece, which is exact because those escapings are character-local,
so the offsets of every span follow from the lengths of the pieces before it.
"""

from __future__ import annotations

import ipaddress
import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from typing import NamedTuple
from urllib.parse import quote, quote_plus

import names as NM

TYPES = ("NAME", "EMAIL", "PHONE", "SSN", "CREDIT_CARD", "IP_ADDRESS")


class L(NamedTuple):
    v: str
    t: str


def N(v): return L(v, "NAME")
def E(v): return L(v, "EMAIL")
def P(v): return L(v, "PHONE")
def S(v): return L(v, "SSN")
def C(v): return L(v, "CREDIT_CARD")
def I(v): return L(v, "IP_ADDRESS")  # noqa: E743


class J:
    """A JSON string value made of pieces (labelled or not)."""
    def __init__(self, *pieces):
        self.pieces = flat(pieces)


def flat(pieces) -> list:
    out = []
    for p in pieces:
        if isinstance(p, (list, tuple)) and not isinstance(p, L):
            out.extend(flat(p))
        elif isinstance(p, (str, L)):
            if p != "":
                out.append(p)
        else:
            raise TypeError(f"bad piece {p!r}")
    return out


def plain(pieces) -> str:
    return "".join(p.v if isinstance(p, L) else p for p in flat(pieces))


def esc(pieces, fn) -> list:
    return [L(fn(p.v), p.t) if isinstance(p, L) else fn(p) for p in flat(pieces)]


def jesc(s, ascii_=False): return json.dumps(s, ensure_ascii=ascii_)[1:-1]
def xesc(s): return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
def form(s): return quote_plus(s, safe="")
def pct(s): return quote(s, safe="")


class Ctx:
    """Per-record state: documents to parse and persons drawn."""
    def __init__(self):
        self.docs: list[tuple[str, str]] = []
        self.persons: list = []
        self.neg = False


CTX = Ctx()


def _plainobj(o):
    if isinstance(o, dict):
        return {k: _plainobj(v) for k, v in o.items()}
    if isinstance(o, list):
        return [_plainobj(v) for v in o]
    if isinstance(o, L):
        return o.v
    if isinstance(o, J):
        return plain(o.pieces)
    return o


def jdoc(obj, indent=None, compact=False, ascii_=False) -> list:
    """Serialise obj (may hold L and J values) exactly as json.dumps would, as pieces."""
    out: list = []
    colon, comma = (":", ",") if compact else (": ", ", ")
    if indent is not None:
        comma = ","

    def emit(o, lvl):
        nl = "" if indent is None else "\n" + " " * (indent * (lvl + 1))
        end = "" if indent is None else "\n" + " " * (indent * lvl)
        if isinstance(o, dict) and o:
            out.append("{")
            for i, (k, v) in enumerate(o.items()):
                out.append((comma if i else "") + nl + json.dumps(k, ensure_ascii=ascii_) + colon)
                emit(v, lvl + 1)
            out.append(end + "}")
        elif isinstance(o, list) and o:
            out.append("[")
            for i, v in enumerate(o):
                out.append((comma if i else "") + nl)
                emit(v, lvl + 1)
            out.append(end + "]")
        elif isinstance(o, (L, J)):
            ps = [o] if isinstance(o, L) else o.pieces
            out.append('"')
            out.extend(esc(ps, lambda s: jesc(s, ascii_)))
            out.append('"')
        else:
            out.append(json.dumps(o, ensure_ascii=ascii_))

    emit(obj, 0)
    text = plain(out)
    ref = json.dumps(_plainobj(obj), ensure_ascii=ascii_, indent=indent, separators=(comma, colon))
    if text != ref:
        raise AssertionError(f"jdoc mismatch\n{text}\n{ref}")
    CTX.docs.append(("json", text))
    return out


def xdoc(pieces) -> list:
    ps = flat(pieces)
    CTX.docs.append(("xml", plain(ps)))
    return ps


# ---------------------------------------------------------------- folding and persons

_FOLD = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i",
         "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "œ": "oe", "ŋ": "ng"}


def fold(s: str) -> str:
    s = "".join(_FOLD.get(ch, ch) for ch in s)
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def squash(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


class Person:
    def __init__(self, given, family, trad, ff=False, native=None):
        self.given, self.family, self.trad, self.ff = given, family, trad, ff
        self.native = native  # (given, family) in own script, or None
        self.use_native = False
        self.fem = False

    def title(self, r):
        return r.choice(["Ms. ", "Mrs. ", "Dr. "] if self.fem else ["Mr. ", "Dr. "])

    # display forms
    def full(self, native=None):
        use = self.use_native if native is None else native
        if use and self.native:
            g, f = self.native
            if self.trad in NM.NATIVE_NOSPACE:
                return f + g
            return f"{f} {g}" if self.trad in NM.NATIVE_FAMILY_FIRST else f"{g} {f}"
        return f"{self.family} {self.given}" if self.ff else f"{self.given} {self.family}"

    def g(self, native=None):
        use = self.use_native if native is None else native
        return self.native[0] if use and self.native else self.given

    def f(self, native=None):
        use = self.use_native if native is None else native
        return self.native[1] if use and self.native else self.family

    def latin(self):
        return f"{self.family} {self.given}" if self.ff else f"{self.given} {self.family}"

    def last_first(self): return f"{self.family}, {self.given}"
    def slash(self): return f"{fold(self.family).upper()}/{fold(self.given).upper()}"
    def upper(self): return self.latin().upper()
    def initial(self): return f"{self.given[0]}. {self.family}"

    def acct(self, r, style=None):
        g, f = squash(self.given), squash(self.family)
        gp = re.sub(r"[^a-z0-9]", "", fold(self.given.split()[0].split("-")[0]).lower()) or g
        parts = self.family.split()
        fp = squash(parts[-1]) if parts[0].lower() in NM.PARTICLES else (squash(parts[0]) if r.random() < 0.5 else f)
        style = style or r.choice(["first.last", "flast", "firstl", "first_last", "firstlast", "lastf", "f.last",
                                   "first.last", "flast"])
        a = {"first.last": f"{gp}.{fp}", "flast": gp[0] + fp, "firstl": gp + fp[0], "first_last": f"{gp}_{fp}",
             "firstlast": gp + fp, "lastf": fp + gp[0], "f.last": f"{gp[0]}.{fp}"}[style]
        if r.random() < 0.25:
            a += str(r.randint(1, 99))
        return a

    def email(self, r, domain=None):
        return f"{self.acct(r, r.choice(['first.last', 'flast', 'firstlast', 'f.last', 'first_last']))}@{domain or r.choice(DOMAINS)}"

    def words(self):
        ws = set()
        for s in (self.given, self.family) + (tuple(self.native) if self.native else ()):
            for w in re.split(r"[\s\-'’]+", s):
                if len(w) >= 2 and w.lower() not in NM.PARTICLES:
                    ws.add(w)
                    ws.add(fold(w))
            if len(squash(s)) >= 3:
                ws.add(squash(s))
        if self.native:
            ws.add(self.full(native=True))
        return {w for w in ws if w}


def _split(lst):
    return [x for x in lst.split("|") if x]


def build_pool():
    pool = []
    for code, (order, m, f, s) in sorted(NM.TRADITIONS.items()):
        pool.append((code, order, _split(m), _split(f), _split(s)))
    return pool


POOL = build_pool()


def name_stats():
    gs, ss, trads = set(), set(), set()
    for _, _, m, f, s in POOL:
        gs.update(m + f)
        for x in s:
            ss.update(x.split("~"))
    for t, *_ in NM.NATIVE:
        trads.add(t)
    return len(gs), len(ss), len(NM.TRADITIONS), len(NM.NATIVE), len(trads)


def draw_person(r, native_rate=0.12):
    if CTX.neg:
        raise AssertionError("a negative record drew a person")
    if r.random() < native_rate:
        t, ng, nf, rg, rf, gen = r.choice(NM.NATIVE)
        p = Person(rg, rf, t, ff=t in NM.NATIVE_NOSPACE or t in NM.NATIVE_FAMILY_FIRST, native=(ng, nf))
        p.use_native, p.fem = True, gen == "f"
    else:
        code, order, m, f, s = r.choice(POOL)
        fem = r.random() < 0.5
        given = r.choice(f if fem else m)
        fam = r.choice(s)
        if "~" in fam:
            fam = fam.split("~")[1 if fem else 0]
        ff = order == 1 or (order == 2 and r.random() < 0.5)
        p = Person(given, fam, code, ff=ff)
        p.fem = fem
    CTX.persons.append(p)
    return p


# ---------------------------------------------------------------- values

DOMAINS = ["example.com", "example.org", "example.net", "mail.example", "inbox.example", "post.example.co.uk",
           "correo.example", "web.example.de", "example.jp"]

PHONE_PLANS = {  # country: (national pattern, international pattern); X random digit, N 2-9
    "US": ("(NXX) 555-01XX", "+1 NXX 555 01XX"), "CA": ("NXX-555-01XX", "+1 NXX-555-01XX"),
    "GB": ("07700 900XXX", "+44 7700 900XXX"), "AU": ("0491 570 1XX", "+61 491 570 1XX"),
    "DE": ("0151 NXXXXXX", "+49 151 NXXXXXX"), "AT": ("0664 NXXXXXX", "+43 664 NXXXXXX"),
    "CH": ("079 NXX XX XX", "+41 79 NXX XX XX"), "FR": ("06 NX XX XX XX", "+33 6 NX XX XX XX"),
    "ES": ("6NX XX XX XX", "+34 6NX XX XX XX"), "IT": ("34N NXX XXXX", "+39 34N NXX XXXX"),
    "NL": ("06-NXXXXXXX", "+31 6 NXXXXXXX"), "BE": ("047N XX XX XX", "+32 47N XX XX XX"),
    "IE": ("087 NXX XXXX", "+353 87 NXX XXXX"), "SE": ("070-NXX XX XX", "+46 70 NXX XX XX"),
    "PL": ("5NX XXX XXX", "+48 5NX XXX XXX"), "BR": ("(11) 9NXXX-XXXX", "+55 11 9NXXX-XXXX"),
    "MX": ("55 NXXX XXXX", "+52 55 NXXX XXXX"), "JP": ("090-NXXX-XXXX", "+81 90-NXXX-XXXX"),
    "KR": ("010-NXXX-XXXX", "+82 10-NXXX-XXXX"), "CN": ("138 NXXX XXXX", "+86 138 NXXX XXXX"),
    "IN": ("9NXXX XXXXX", "+91 9NXXX XXXXX"), "ZA": ("082 NXX XXXX", "+27 82 NXX XXXX"),
    "NG": ("0803 NXX XXXX", "+234 803 NXX XXXX"), "KE": ("0712 NXXXXX", "+254 712 NXXXXX"),
    "AE": ("050 NXX XXXX", "+971 50 NXX XXXX"), "TR": ("0532 NXX XX XX", "+90 532 NXX XX XX"),
    "NZ": ("021 NXX XXXX", "+64 21 NXX XXXX"), "SG": ("9NXX XXXX", "+65 9NXX XXXX"),
    "PH": ("0917 NXX XXXX", "+63 917 NXX XXXX"), "IL": ("050-NXX-XXXX", "+972 50-NXX-XXXX"),
    "GR": ("69N NXX XXXX", "+30 69N NXX XXXX"), "PT": ("91N NXX XXX", "+351 91N NXX XXX"),
    "DK": ("NX XX XX XX", "+45 NX XX XX XX"), "NO": ("4NX XX XXX", "+47 4NX XX XXX"),
}


def phone(r, cc=None, form_=None):
    cc = cc or r.choice(sorted(PHONE_PLANS))
    nat, intl = PHONE_PLANS[cc]
    toks = [r.choice("23456789") if ch == "N" else str(r.randint(0, 9)) for ch in nat if ch in "NX"]

    def fill(pat):
        it = iter(toks)
        return "".join(next(it) if ch in "NX" else ch for ch in pat)

    form_ = form_ or r.choice(["nat", "nat", "intl", "intl", "e164", "e164"])
    i = fill(intl)
    if form_ == "nat":
        return fill(nat)
    if form_ == "intl":
        return i
    digits = "+" + re.sub(r"\D", "", i)
    return digits if form_ == "e164" else ("00" + digits[1:] if form_ == "00" else digits[1:])


def luhn_ok(d: str) -> bool:
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        s += n
    return s % 10 == 0


def card(r, fmt=None):
    kind = r.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    pre, n = {"visa": ("4", 16), "mc": (str(r.randint(51, 55)), 16), "mc2": (str(r.randint(2221, 2720)), 16),
              "amex": (r.choice(["34", "37"]), 15), "disc": ("6011", 16)}[kind]
    body = pre + "".join(str(r.randint(0, 9)) for _ in range(n - len(pre) - 1))
    for chk in "0123456789":
        if luhn_ok(body + chk):
            d = body + chk
            break
    fmt = fmt or r.choice(["plain", "space", "dash"])
    if fmt == "plain":
        return d
    sep = " " if fmt == "space" else "-"
    groups = [d[:4], d[4:10], d[10:]] if n == 15 else [d[i:i + 4] for i in range(0, 16, 4)]
    return sep.join(groups)


def ssn(r, fmt="dash"):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    g, s = r.randint(1, 99), r.randint(1, 9999)
    return f"{a:03d}-{g:02d}-{s:04d}" if fmt == "dash" else f"{a:03d}{g:02d}{s:04d}"


def ip4(r):
    k = r.randrange(6)
    if k == 0:
        return f"192.0.2.{r.randint(1, 254)}"
    if k == 1:
        return f"198.51.100.{r.randint(1, 254)}"
    if k == 2:
        return f"203.0.113.{r.randint(1, 254)}"
    if k == 3:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 4:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ip6(r):
    if r.random() < 0.5:
        return f"2001:db8:{r.randint(1, 0xffff):x}:{r.randint(0, 0xffff):x}::{r.randint(1, 0xffff):x}"
    return f"fd{r.randint(0, 255):02x}:{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}::{r.randint(1, 0xfff):x}"


def ip(r, v6=0.15):
    return ip6(r) if r.random() < v6 else ip4(r)


def num(r, n):
    """n-digit id (n <= 12, so never card-length)."""
    assert n <= 12
    return str(r.randint(10 ** (n - 1), 10 ** n - 1))


def ref(r, n=6, alpha="ABCDEFGHJKLMNPQRSTUVWXYZ23456789"):
    return "".join(r.choice(alpha) for _ in range(n))


def hexid(r, n=8):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def ts_iso(r, z=True, ms=True):
    s = f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
    if ms:
        s += f".{r.randint(0, 999):03d}"
    return s + ("Z" if z else "")


def ts_log(r, comma=True):
    return (f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:"
            f"{r.randint(0, 59):02d}{',' if comma else '.'}{r.randint(0, 999):03d}")


def ts_syslog(r):
    mon = r.choice(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"])
    return f"{mon} {r.randint(1, 28):2d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def date(r, fmt="iso", year=None):
    y, m, d = year or 2026, r.randint(1, 12), r.randint(1, 28)
    return {"iso": f"{y}-{m:02d}-{d:02d}", "eu": f"{d:02d}/{m:02d}/{y}", "us": f"{m:02d}/{d:02d}/{y}",
            "de": f"{d:02d}.{m:02d}.{y}", "compact": f"{y}{m:02d}{d:02d}"}[fmt]


def hhmm(r):
    return f"{r.randint(6, 22):02d}:{r.choice(['00', '15', '30', '45'])}"


def money(r, lo=5, hi=500):
    return f"{r.randint(lo, hi)}.{r.choice(['00', '50', '95', '99', '25'])}"


# ---------------------------------------------------------------- verification

_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+(?:@|%40|%2540)[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
_IPV4 = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d]|\.\d)")
_CARD = re.compile(r"(?<![\d])\d(?:[ \-]?\d){12,18}(?!\d)")
_SSN = re.compile(r"(?<!\d)(\d{3})([- ])(\d{2})\2(\d{4})(?!\d)")
_WB_L, _WB_R = r"(?<![^\W_])", r"(?![^\W_])"


def ssn_valid(a, g, s):
    a, g, s = int(a), int(g), int(s)
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


def check_value(v, t):
    if t == "EMAIL":
        d = v.replace("%2540", "@").replace("%40", "@")
        assert re.fullmatch(r"[^@\s]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+", d), v
    elif t == "IP_ADDRESS":
        ipaddress.ip_address(v)
    elif t == "SSN":
        m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", v)
        assert (m and ssn_valid(*m.groups())) or re.fullmatch(r"\d{4}", v), v
    elif t == "CREDIT_CARD":
        d = re.sub(r"[ \-+]|%20", "", v)
        assert d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d), v
    elif t == "PHONE":
        d = re.sub(r"\D", "", v.replace("%2B", "+").replace("%20", " "))
        assert 7 <= len(d) <= 15 and re.fullmatch(r"[0-9+()\-. %A-F]+", v), v
    elif t == "NAME":
        assert "@" not in v and re.search(r"[^\W\d_]", v), v
    else:
        raise AssertionError(f"bad type {t}")


class LeakError(Exception):
    pass


def verify(text, spans, neg, persons, docs):
    """Raise AssertionError for a template bug, LeakError for a leak (the record is then redrawn)."""
    assert isinstance(text, str) and text.strip() == text and text, repr(text[-80:])
    prev = 0
    for s, e, t in spans:
        assert t in TYPES, t
        assert 0 <= prev <= s < e <= len(text), (s, e, prev)
        v = text[s:e]
        assert v.strip() == v and v, repr(v)
        check_value(v, t)
        prev = e
    if neg:
        assert not spans and not persons, "negative with spans or persons"
    else:
        assert spans, "positive without spans"
    for kind, d in docs:
        if kind == "json":
            json.loads(d)
        else:
            ET.fromstring(d)
    # mask labelled text
    chars = list(text)
    for s, e, _ in spans:
        for i in range(s, e):
            chars[i] = "\x00"
    masked = "".join(chars)
    name_mask = list(text)
    for s, e, t in spans:
        if t in ("NAME", "EMAIL"):
            for i in range(s, e):
                name_mask[i] = "\x00"
    nm = "".join(name_mask)
    for m in _EMAIL.finditer(masked):
        local, _, dom = re.split(r"(@|%40|%2540)", m.group(0), maxsplit=1)
        if m.group(0).split("@")[-1].isupper():
            continue  # user@REALM principal (not an e-mail)
        raise LeakError(f"e-mail outside a span: {m.group(0)}")
    for m in _IPV4.finditer(masked):
        try:
            ipaddress.IPv4Address(m.group(0))
        except ValueError:
            continue
        raise LeakError(f"IPv4 outside a span: {m.group(0)}")
    for m in _CARD.finditer(masked):
        d = re.sub(r"\D", "", m.group(0))
        if 13 <= len(d) <= 19 and luhn_ok(d):
            raise LeakError(f"card-like number outside a span: {m.group(0)}")
    for m in _SSN.finditer(masked):
        if ssn_valid(m.group(1), m.group(3), m.group(4)):
            raise LeakError(f"SSN-like number outside a span: {m.group(0)}")
    for p in persons:
        for w in p.words():
            forms = {w, pct(w), form(w), jesc(w, True)}
            for f in forms:
                if not re.search(r"[A-Za-z]", f) and not f.isascii():
                    if f in nm:  # non-Latin script: substring
                        raise LeakError(f"name word outside NAME/EMAIL: {f}")
                    continue
                if re.search(_WB_L + re.escape(f) + _WB_R, nm, re.I):
                    raise LeakError(f"name word outside NAME/EMAIL: {f}")


def relative(r, p):
    """Another person of the same tradition sharing the family name (a parent, spouse or child)."""
    if CTX.neg:
        raise AssertionError("a negative record drew a person")
    if p.native:
        return draw_person(r, native_rate=1.0)
    entry = next(x for x in POOL if x[0] == p.trad)
    while True:
        fem = r.random() < 0.5
        given = r.choice(entry[3] if fem else entry[2])
        if given != p.given:
            break
    fam = p.family
    for s in entry[4]:
        if "~" in s and p.family in s.split("~"):
            fam = s.split("~")[1 if fem else 0]
    q = Person(given, fam, p.trad, ff=p.ff)
    q.fem = fem
    CTX.persons.append(q)
    return q


def pyq(v, t="NAME"):
    """Python repr of a str value, as pieces (quotes outside the span)."""
    rp = repr(v)
    return [rp[0], L(rp[1:-1], t), rp[-1]]


def rbq(v, t="NAME"):
    """Ruby/Java-style double-quoted literal."""
    return ['"', L(v.replace("\\", "\\\\").replace('"', '\\"'), t), '"']


def slug(p):
    return f"{squash(p.given.split()[0])}-{squash(p.family)}"


def shown(r, p):
    """One display form of a person's name, as a NAME piece."""
    k = r.random()
    if p.use_native or k < 0.45:
        return N(p.full())
    if k < 0.6:
        return N(p.upper())
    if k < 0.75:
        return N(p.last_first())
    if k < 0.87:
        return N(p.initial())
    return N(f"{p.given} {p.family[0]}.")


# ---------------------------------------------------------------- shared hard negatives (no PII at all)
NEG_COMPANIES = ["Hartley & Sons Ltd", "McAllister Brothers Catering", "Moreau Traiteur SARL", "Okafor Facility Services",
                 "Brandt & Vogel GmbH", "Tanaka Kogyo K.K.", "Mensah Event Rentals", "O'MALLEY LINEN SUPPLY",
                 "Lindqvist Sound AB", "De Luca Gelato S.r.l.", "Johnson & Johnson", "Wells Fargo", "Ben & Jerry's"]
NEG_PLACES = ["Victoria, BC", "Madison, WI", "Savannah, GA", "Charlotte, NC", "Austin, TX", "Florence, IT",
              "Adelaide, SA", "Regina, SK", "Eugene, OR", "Augusta, GA", "Alexandria, VA", "Santa Rosa, CA"]
NEG_PRODUCTS = ["Alexa Echo Show", "Dyson Airblade", "Otis Gen2", "Schindler 3300", "Dolby Atmos", "Tesla Model Y",
                "Yale Conexis L2", "Jacuzzi J-335", "Ford Transit", "Casper Original", "Jenkins", "Cassandra"]
NEG_UI = ["Check-In Complete", "Guest Of Member", "No Show Fee Waived", "Manager Override Required",
          "Continue As Guest", "Booking Confirmed", "Waitlist Promoted", "Sold Out", "Late Cancel", "Walk-In",
          "Payment Method Updated", "House Account", "Pending Approval", "Member Since"]
NEG_I18N = ["Réservation confirmée", "Buchung bestätigt", "Reserva confirmada", "Prenotazione confermata",
            "予約が確定しました", "Бронирование подтверждено", "تم تأكيد الحجز", "예약이 확정되었습니다",
            "Boeking bevestigd", "Rezerwacja potwierdzona", "Rezervace potvrzena", "预订已确认"]
NEG_STATUS = ["Active", "Inactive", "Suspended", "Frozen", "Expired", "Renewed", "Pending", "Cancelled"]


def common_neg(r, svc, host):
    k = r.randrange(6)
    ts = ts_log(r)
    h = f"{host}-{r.randint(1, 12):02d}"
    ver = f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 40)}"
    if k == 0:
        a, b = r.sample(NEG_UI, 2)
        return [f"{ts} INFO [{h}] {svc} v{ver} started; banners: \"{a}\", \"{b}\""]
    if k == 1:
        return [f"{ts} WARN {svc} - vendor \"{r.choice(NEG_COMPANIES)}\" webhook retry {r.randint(1, 4)}/5 "
                f"(HTTP {r.choice([500, 502, 503, 504])}) host={h}"]
    if k == 2:
        return [f"{ts} DEBUG {svc} - geo lookup city=\"{r.choice(NEG_PLACES)}\" tz={r.choice(['America/Chicago', 'Europe/Rome', 'Australia/Adelaide'])} cache=hit"]
    if k == 3:
        return [f"{ts} INFO {svc} - device \"{r.choice(NEG_PRODUCTS)}\" status={r.choice(NEG_STATUS)} fw={ver} host={h}"]
    if k == 4:
        return [f"audit actor={r.choice(['SYSTEM', 'svc_' + svc.replace('-', '_'), 'api-key:' + hexid(r, 6), 'root'])} "
                f"action=status_change from={r.choice(NEG_STATUS)} to={r.choice(NEG_STATUS)} "
                f"object={ref(r, 8)} result=ok host={h}"]
    return [f"{ts} INFO {svc} - i18n key booking.confirmed = \"{r.choice(NEG_I18N)}\" (locale bundle {ver})"]
