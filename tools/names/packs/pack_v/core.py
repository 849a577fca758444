"""Segment builder, value generators, decoys and verifier for pack_v.

A record is built from segments: literal text and labelled values. Text and spans are produced together,
never by searching for a value afterwards. Encoders (JSON, XML, percent, form, Python repr) are applied per
segment, so a labelled value keeps its span after escaping.
"""

from __future__ import annotations

import ast
import datetime
import ipaddress
import json
import re
import unicodedata
import urllib.parse
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape as _xesc

import names as NM

TYPES = ("NAME", "EMAIL", "PHONE", "SSN", "CREDIT_CARD", "IP_ADDRESS")


class TemplateBug(Exception):
    """A template produced an inconsistent record (raised, never redrawn)."""


class Leak(Exception):
    """A record leaks a drawn value outside its spans (the record is drawn again)."""


# ---------------------------------------------------------------- labelled values and segments

class L:
    __slots__ = ("text", "typ")

    def __init__(self, text: str, typ: str | None):
        self.text = text
        self.typ = typ

    def __repr__(self) -> str:
        return f"L({self.text!r}, {self.typ})"


def N(s: str) -> L:
    return L(s, "NAME")


def E(s: str) -> L:
    return L(s, "EMAIL")


def P(s: str) -> L:
    return L(s, "PHONE")


def I(s: str) -> L:  # noqa: E743
    return L(s, "IP_ADDRESS")


def S(s: str) -> L:
    return L(s, "SSN")


def C(s: str) -> L:
    return L(s, "CREDIT_CARD")


Seg = tuple[str, "str | None"]


def _map(x, fn):
    """Apply a text encoder to a str, an L or a list of segments, keeping labels."""
    if isinstance(x, L):
        return L(fn(x.text), x.typ)
    if isinstance(x, list):
        return [(fn(t), k) for t, k in x]
    return fn(x)


def pct(x, safe: str = ""):
    return _map(x, lambda s: urllib.parse.quote(s, safe=safe))


def form(x):
    return _map(x, lambda s: urllib.parse.quote_plus(s))


def xml(x):
    return _map(x, lambda s: _xesc(s, {'"': "&quot;"}))


def jstr(x, ascii_: bool = False):
    """JSON string escaping (no quotes)."""
    return _map(x, lambda s: json.dumps(s, ensure_ascii=ascii_)[1:-1])


def upper(x):
    return _map(x, str.upper)


def pyq(x: L | str) -> list[Seg]:
    """A Python string literal (repr); the quotes stay outside the span."""
    if isinstance(x, str):
        return [(repr(x), None)]
    rep = repr(x.text)
    return [(rep[0], None), (rep[1:-1], x.typ), (rep[-1], None)]


def rbq(x: L | str) -> list[Seg]:
    """A Ruby/Java-style double-quoted literal."""
    if isinstance(x, str):
        return [(json.dumps(x, ensure_ascii=False), None)]
    return [('"', None), (json.dumps(x.text, ensure_ascii=False)[1:-1], x.typ), ('"', None)]


# ---------------------------------------------------------------- JSON emitter

class JS:
    """A JSON string made of parts (str or L)."""

    def __init__(self, *parts):
        self.parts = parts


class Inner:
    """A JSON string whose content is another JSON document (escaped inside the outer one)."""

    def __init__(self, obj, **kw):
        self.obj = obj
        self.kw = kw


def plain(obj):
    if isinstance(obj, L):
        return obj.text
    if isinstance(obj, JS):
        return "".join(p.text if isinstance(p, L) else p for p in obj.parts)
    if isinstance(obj, Inner):
        return "".join(t for t, _ in jsegs(obj.obj, **obj.kw))
    if isinstance(obj, dict):
        return {k: plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [plain(v) for v in obj]
    return obj


def jsegs(obj, indent: int | None = None, ascii_: bool = False, compact: bool = False, _lvl: int = 0,
          checks: list | None = None) -> list[Seg]:
    out: list[Seg] = []
    item_sep = "," if (compact or indent is not None) else ", "
    key_sep = ":" if compact else ": "

    def esc(s: str) -> str:
        return json.dumps(s, ensure_ascii=ascii_)[1:-1]

    def nl(level: int) -> str:
        return "\n" + " " * (indent * level) if indent is not None else ""

    if isinstance(obj, L):
        return [('"', None), (esc(obj.text), obj.typ), ('"', None)]
    if isinstance(obj, JS):
        out.append(('"', None))
        for p in obj.parts:
            out.append((esc(p.text), p.typ) if isinstance(p, L) else (esc(p), None))
        out.append(('"', None))
        return out
    if isinstance(obj, Inner):
        inner = jsegs(obj.obj, checks=checks, **obj.kw)
        if checks is not None:
            checks.append(("json", "".join(t for t, _ in inner), plain(obj.obj)))
        out.append(('"', None))
        out.extend((esc(t), k) for t, k in inner)
        out.append(('"', None))
        return out
    if isinstance(obj, dict):
        if not obj:
            return [("{}", None)]
        out.append(("{", None))
        for i, (k, v) in enumerate(obj.items()):
            if i:
                out.append((item_sep, None))
            out.append((nl(_lvl + 1) + json.dumps(k, ensure_ascii=ascii_) + key_sep, None))
            out.extend(jsegs(v, indent, ascii_, compact, _lvl + 1, checks))
        out.append((nl(_lvl) + "}", None))
        return out
    if isinstance(obj, (list, tuple)):
        if not obj:
            return [("[]", None)]
        out.append(("[", None))
        for i, v in enumerate(obj):
            if i:
                out.append((item_sep, None))
            out.append((nl(_lvl + 1), None))
            out.extend(jsegs(v, indent, ascii_, compact, _lvl + 1, checks))
        out.append((nl(_lvl) + "]", None))
        return out
    return [(json.dumps(obj, ensure_ascii=ascii_), None)]


class J:
    """A JSON document to embed with Rec.f; it is parsed back when the record is verified."""

    def __init__(self, obj, **kw):
        self.obj = obj
        self.kw = kw


class X:
    """Marks a region (list of segments) that must parse as XML."""

    def __init__(self, segs: list[Seg]):
        self.segs = segs


# ---------------------------------------------------------------- record builder

class Rec:
    def __init__(self) -> None:
        self.parts: list[Seg] = []
        self.n = 0
        self.checks: list[tuple] = []

    def _add(self, text: str, typ: str | None) -> None:
        if text:
            self.parts.append((text, typ))
            self.n += len(text)

    def t(self, s: str) -> Rec:
        self._add(s, None)
        return self

    def v(self, s: str, typ: str) -> Rec:
        self._add(s, typ)
        return self

    def add(self, x) -> Rec:
        if isinstance(x, str):
            self._add(x, None)
        elif isinstance(x, L):
            if x.typ is None:
                self._add(x.text, None)
            else:
                if not x.text:
                    raise TemplateBug("empty labelled value")
                self._add(x.text, x.typ)
        elif isinstance(x, J):
            start = self.n
            checks: list = []
            segs = jsegs(x.obj, checks=checks, **x.kw)
            for t, k in segs:
                self._add(t, k)
            self.checks.append(("jsonregion", start, self.n, plain(x.obj)))
            for c in checks:
                self.checks.append(c)
        elif isinstance(x, X):
            start = self.n
            for t, k in x.segs:
                self._add(t, k)
            self.checks.append(("xmlregion", start, self.n, None))
        elif isinstance(x, list):
            for t, k in x:
                self._add(t, k)
        else:
            raise TemplateBug(f"bad segment {x!r}")
        return self

    def f(self, fmt: str, *args) -> Rec:
        pieces = fmt.split("¤")
        if len(pieces) != len(args) + 1:
            raise TemplateBug(f"placeholder count mismatch in {fmt!r}")
        for i, lit in enumerate(pieces):
            self._add(lit, None)
            if i < len(args):
                self.add(args[i])
        return self

    def mark(self) -> int:
        return self.n

    def check_xml(self, start: int) -> None:
        self.checks.append(("xmlregion", start, self.n, None))

    def check_py(self, start: int) -> None:
        self.checks.append(("pyregion", start, self.n, None))

    def check_json(self, start: int) -> None:
        self.checks.append(("jsonregion", start, self.n, None))

    def build(self) -> tuple[str, list[list]]:
        text = ""
        spans: list[list] = []
        for t, k in self.parts:
            if k is not None:
                spans.append([len(text), len(text) + len(t), k])
            text += t
        return text, spans


def xseg(fmt: str, *args) -> list[Seg]:
    """Build a list of segments with the same placeholder syntax as Rec.f (XML: escape args with xml())."""
    r = Rec()
    r.f(fmt, *args)
    return r.parts


# ---------------------------------------------------------------- persons

def _toks(s: str) -> list[str]:
    return [t for t in re.split(r"[\s\-'’.]+", s) if t]


class Person:
    def __init__(self, trad: str, gender: str, given: str, family: str, rgiven: str, rfamily: str,
                 native: bool, fam_first: bool, rng) -> None:
        self.trad = trad
        self.gender = gender
        self.g = given
        self.f = family
        self.rg = rgiven
        self.rf = rfamily
        self.native = native
        self.fam_first = fam_first
        self.digits = str(rng.randint(1, 99)) if rng.random() < 0.25 else ""
        self._rng = rng
        self._acct: str | None = None
        self.accounts: list[str] = []

    # display forms
    @property
    def full(self) -> str:
        if self.native and self.trad in NM.NO_SPACE:
            return self.f + self.g
        if self.fam_first:
            return f"{self.f} {self.g}"
        return f"{self.g} {self.f}"

    @property
    def gf(self) -> str:  # Latin, given first
        return f"{self.rg} {self.rf}"

    @property
    def latin(self) -> str:  # Latin, native order
        return f"{self.rf} {self.rg}" if self.fam_first else f"{self.rg} {self.rf}"

    @property
    def lf(self) -> str:
        return f"{self.rf}, {self.rg}"

    @property
    def LF(self) -> str:
        return f"{NM.fold(self.rf).upper()}, {NM.fold(self.rg).upper()}"

    @property
    def GF(self) -> str:
        return self.gf.upper()

    @property
    def sg(self) -> str:  # SURNAME/GIVEN
        fam = re.sub(r"[^A-Z]", "", NM.fold(self.rf).upper())
        giv = re.sub(r"[^A-Z ]", "", NM.fold(self.rg).upper()).replace(" ", "")
        return f"{fam}/{giv}"

    @property
    def fi(self) -> str:  # G. Family
        return f"{self.rg[0]}. {self.rf}"

    @property
    def FG(self) -> str:  # FAMILY G
        return f"{NM.fold(self.rf).upper()} {NM.fold(self.rg)[0].upper()}"

    @property
    def a_given(self) -> str:
        return re.sub(r"[^a-z0-9]", "", NM.fold(self.rg.split()[0]).lower())

    @property
    def a_family(self) -> str:
        parts = self.rf.split()
        lower = [p.lower() for p in parts]
        if len(parts) > 1 and self.trad in ("es", "mx", "andes", "ar_la", "br", "pt") and \
                lower[0] not in NM.PARTICLES:
            parts = parts[:1]
        return re.sub(r"[^a-z0-9]", "", NM.fold("".join(parts)).lower())

    def acct(self, style: str | None = None, digits: bool | None = None) -> str:
        g, f = self.a_given, self.a_family
        if style is None and digits is None and self._acct is not None:
            return self._acct
        memo = style is None and digits is None
        style = style or self._rng.choice(["first.last", "flast", "firstl", "first_last", "firstlast",
                                           "lastf", "f.last", "flast", "first.last", "last.first"])
        out = {"first.last": f"{g}.{f}", "flast": f"{g[0]}{f}", "firstl": f"{g}{f[0]}",
               "first_last": f"{g}_{f}", "firstlast": f"{g}{f}", "lastf": f"{f}{g[0]}",
               "f.last": f"{g[0]}.{f}", "last.first": f"{f}.{g}", "first-last": f"{g}-{f}"}[style]
        use_d = (self.digits != "") if digits is None else digits
        out += (self.digits or "7") if use_d else ""
        if out not in self.accounts:
            self.accounts.append(out)
        if memo:
            self._acct = out
        return out

    def email(self, domain: str | None = None, style: str | None = None) -> str:
        domain = domain or self._rng.choice(EMAIL_DOMAINS)
        style = style or self._rng.choice(["first.last", "flast", "first_last", "firstl", "first.last",
                                           "f.last", "firstlast"])
        return f"{self.acct(style, digits=self._rng.random() < 0.2)}@{domain}"

    def words(self) -> list[str]:
        out: list[str] = []
        for s in (self.g, self.f, self.rg, self.rf):
            toks = _toks(s)
            for t in toks:
                if len(toks) > 1 and (t.lower() in NM.PARTICLES or t.lower().strip("'") in NM.PARTICLES):
                    continue
                if len(t) < 2 and not _cjk(t):
                    continue
                out.append(t)
                ft = NM.fold(t)
                if ft != t:
                    out.append(ft)
        # dedupe, keep order
        seen: list[str] = []
        for t in out:
            if t not in seen:
                seen.append(t)
        return seen


def _cjk(s: str) -> bool:
    return any(0x2E80 <= ord(c) <= 0x9FFF or 0xAC00 <= ord(c) <= 0xD7AF or 0x0E00 <= ord(c) <= 0x0E7F
               for c in s)


_TRADS = list(NM.TABLE)
_TWEIGHTS = [6 if t == "en_us" else 3 if t in ("en_gb", "de", "fr", "es") else 1 for t in _TRADS]
DOUBLE_SURNAME = {"es": 0.5, "mx": 0.5, "andes": 0.4, "ar_la": 0.3, "br": 0.35, "pt": 0.35}


def draw_person(rng, native_ok: bool = True, trad: str | None = None) -> Person:
    if native_ok and trad is None and rng.random() < 0.12:
        tr, gen, ng, nf, rg, rf = rng.choice(NM.NATIVE)
        fam_first = tr in ("ja", "zh", "yue", "ko", "hu", "vi") and rng.random() < 0.5
        return Person(tr, gen, ng, nf, rg, rf, True, fam_first, rng)
    tr = trad or rng.choices(_TRADS, weights=_TWEIGHTS)[0]
    t = NM.TABLE[tr]
    gen = rng.choice("mf")
    given = rng.choice(t[gen])
    sm, sf = rng.choice(t["s"])
    fam = sm if gen == "m" else sf
    p2 = DOUBLE_SURNAME.get(tr, 0)
    if p2 and rng.random() < p2:
        sm2, sf2 = rng.choice(t["s"])
        if sm2 != sm:
            fam = f"{fam} {sm2}" if rng.random() < 0.85 else f"{fam}-{sm2}"
    if tr in ("hu", "vi"):
        fam_first = True
    elif tr in ("zh", "yue", "ja", "ko"):
        fam_first = rng.random() < 0.5
    else:
        fam_first = False
    return Person(tr, gen, given, fam, given, fam, False, fam_first, rng)


# ---------------------------------------------------------------- values

EMAIL_DOMAINS = ["example.com", "example.org", "example.net", "mail.example", "corp.example",
                 "tollway.example", "parkright.example", "visitpass.example", "metro-access.example",
                 "campus.example.edu", "fastlane.example", "gmail.example", "outlook.example"]

# country: (cc, [(national, intl) formats as functions of a digit string]) built below
PHONE_PLANS: list[str] = ["US", "GB", "AU", "DE", "FR", "ES", "IT", "NL", "PL", "BR", "MX", "IN", "JP", "KR",
                          "CN", "ZA", "NG", "KE", "SE", "NO", "CH", "AE", "SG", "PH", "TR", "IE", "NZ", "IL",
                          "EG", "AR", "CA", "BE", "PT", "AT", "DK", "FI"]


def _d(rng, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def phone(rng, cc: str | None = None, style: str | None = None) -> str:
    cc = cc or rng.choice(PHONE_PLANS)
    style = style or rng.choice(["nat", "intl", "e164", "nat", "intl"])
    d = _d
    if cc in ("US", "CA"):
        area = rng.choice(["212", "312", "415", "617", "702", "305", "206", "416", "604", "514", "713", "404"])
        last = "01" + d(rng, 2)
        if style == "e164":
            return f"+1{area}555{last}"
        if style == "intl":
            return rng.choice([f"+1 {area} 555 {last}", f"+1-{area}-555-{last}", f"+1 ({area}) 555-{last}"])
        return rng.choice([f"({area}) 555-{last}", f"{area}-555-{last}", f"{area}.555.{last}"])
    if cc == "GB":
        x = d(rng, 3)
        return {"e164": f"+447700900{x}", "intl": f"+44 7700 900{x}"}.get(style, f"07700 900{x}")
    if cc == "AU":
        x = str(rng.randint(0, 9)) + d(rng, 3)
        return {"e164": f"+6149157{x}", "intl": f"+61 491 57{x[0]} {x[1:]}"}.get(style, f"0491 57{x[0]} {x[1:]}")
    # generic plans: (cc digits, trunk, national grouping pattern, nsn length prefix)
    plans = {
        "DE": ("49", "0", "15" + str(rng.choice([1, 2, 7])), [3, 8], " "),
        "FR": ("33", "0", str(rng.choice([6, 7])), [1, 2, 2, 2, 2], " "),
        "ES": ("34", "", str(rng.choice([6, 7])), [3, 3, 3], " "),
        "IT": ("39", "", "3" + str(rng.randint(2, 9)), [3, 3, 4], " "),
        "NL": ("31", "0", "6", [1, 8], "-"),
        "PL": ("48", "", str(rng.choice([5, 6, 7, 8])), [3, 3, 3], " "),
        "BR": ("55", "", rng.choice(["11", "21", "31", "41", "51", "61", "71", "81"]) + "9", [2, 5, 4], "-"),
        "MX": ("52", "", rng.choice(["55", "33", "81"]), [2, 4, 4], " "),
        "IN": ("91", "0", str(rng.choice([9, 8, 7])), [5, 5], " "),
        "JP": ("81", "0", rng.choice(["90", "80", "70"]), [2, 4, 4], "-"),
        "KR": ("82", "0", "10", [2, 4, 4], "-"),
        "CN": ("86", "", "1" + str(rng.choice([3, 5, 8])), [3, 4, 4], " "),
        "ZA": ("27", "0", str(rng.choice([6, 7, 8])), [2, 3, 4], " "),
        "NG": ("234", "0", rng.choice(["80", "81", "70", "90"]), [3, 3, 4], " "),
        "KE": ("254", "0", "7", [3, 3, 3], " "),
        "SE": ("46", "0", "7" + str(rng.choice([0, 2, 3, 6])), [2, 3, 2, 2], " "),
        "NO": ("47", "", str(rng.choice([4, 9])), [3, 2, 3], " "),
        "CH": ("41", "0", "7" + str(rng.choice([6, 7, 8, 9])), [2, 3, 2, 2], " "),
        "AE": ("971", "0", "5" + str(rng.choice([0, 2, 5, 6])), [2, 3, 4], " "),
        "SG": ("65", "", str(rng.choice([8, 9])), [4, 4], " "),
        "PH": ("63", "0", "9" + str(rng.randint(1, 9)), [3, 3, 4], " "),
        "TR": ("90", "0", "5" + str(rng.randint(0, 5)), [3, 3, 2, 2], " "),
        "IE": ("353", "0", "8" + str(rng.choice([3, 5, 6, 7])), [2, 3, 4], " "),
        "NZ": ("64", "0", "2" + str(rng.choice([1, 2, 7])), [2, 3, 4], " "),
        "IL": ("972", "0", "5" + str(rng.choice([0, 2, 4, 8])), [2, 3, 4], "-"),
        "EG": ("20", "0", "1" + str(rng.choice([0, 1, 2])), [2, 4, 4], " "),
        "AR": ("54", "0", "11", [2, 4, 4], " "),
        "BE": ("32", "0", "4" + str(rng.randint(7, 9)), [3, 2, 2, 2], " "),
        "PT": ("351", "", "9" + str(rng.choice([1, 2, 3, 6])), [3, 3, 3], " "),
        "AT": ("43", "0", "6" + str(rng.choice([64, 76, 99])), [3, 7], " "),
        "DK": ("45", "", str(rng.randint(2, 9)), [2, 2, 2, 2], " "),
        "FI": ("358", "0", "4" + str(rng.choice([0, 1, 4, 5])), [2, 3, 4], " "),
    }
    ccd, trunk, pre, groups, sep = plans[cc]
    total = sum(groups)
    nsn = pre + d(rng, total - len(pre))
    if cc == "NL" or cc == "AT":
        sep_groups = [nsn[: groups[0]], nsn[groups[0]:]]
    else:
        sep_groups = []
        i = 0
        for g in groups:
            sep_groups.append(nsn[i: i + g])
            i += g
    if style == "e164":
        return f"+{ccd}{nsn}" if rng.random() < 0.85 else f"00{ccd}{nsn}"
    if style == "intl":
        if cc == "AR":
            return f"+54 9 11 {nsn[2:6]}-{nsn[6:]}"
        return f"+{ccd} " + " ".join(sep_groups)
    if cc == "BR":
        return f"({nsn[:2]}) {nsn[2:7]}-{nsn[7:]}"
    if cc == "AR":
        return f"011 15-{nsn[2:6]}-{nsn[6:]}"
    g0 = trunk + sep_groups[0]
    return sep.join([g0] + sep_groups[1:])


def luhn_ok(num: str) -> bool:
    ds = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, dd in enumerate(reversed(ds)):
        if i % 2:
            dd *= 2
            if dd > 9:
                dd -= 9
        tot += dd
    return tot % 10 == 0


def _luhn_complete(prefix: str, length: int, rng) -> str:
    body = prefix + _d(rng, length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


CARD_PREFIXES = [("visa", "4", 16), ("mc", "5", 16), ("mc2", "2", 16), ("amex", "3", 15), ("disc", "6011", 16),
                 ("jcb", "35", 16)]


def card(rng, brand: str | None = None, fmt: str | None = None) -> str:
    b = brand or rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb"])
    if b == "visa":
        pre, n = "4" + _d(rng, 1), 16
    elif b == "mc":
        pre, n = str(rng.randint(51, 55)), 16
    elif b == "mc2":
        pre, n = str(rng.randint(2221, 2720)), 16
    elif b == "amex":
        pre, n = rng.choice(["34", "37"]), 15
    elif b == "disc":
        pre, n = "6011", 16
    else:
        pre, n = str(rng.randint(3528, 3589)), 16
    num = _luhn_complete(pre, n, rng)
    fmt = fmt or rng.choice(["plain", "plain", "space", "dash"])
    if fmt == "plain":
        return num
    sep = " " if fmt == "space" else "-"
    if n == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i: i + 4] for i in range(0, 16, 4))


def ssn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    a, g, ser = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g != 0 and ser != 0


def ssn(rng, fmt: str | None = None) -> str:
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    fmt = fmt or rng.choice(["dash", "dash", "plain", "space"])
    if fmt == "dash":
        return f"{a:03d}-{g:02d}-{s:04d}"
    if fmt == "space":
        return f"{a:03d} {g:02d} {s:04d}"
    return f"{a:03d}{g:02d}{s:04d}"


def ipv4(rng) -> str:
    k = rng.randint(0, 6)
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
    if k == 5:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"100.{rng.randint(64, 127)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng) -> str:
    if rng.random() < 0.7:
        parts = ["2001", "db8"] + [f"{rng.randint(0, 0xffff):x}" for _ in range(6)]
    else:
        parts = ["fd12", "3456"] + [f"{rng.randint(0, 0xffff):x}" for _ in range(6)]
    if rng.random() < 0.6:
        parts[3:6] = ["0", "0", "0"]
    return str(ipaddress.ip_address(":".join(parts)))


class Ctx:
    """Per-record drawing context: records every person and value drawn, for the leak check."""

    def __init__(self, rng, neg: bool) -> None:
        self.rng = rng
        self.neg = neg
        self.persons: list[Person] = []
        self.values: list[tuple[str, str]] = []
        self._t: datetime.datetime | None = None

    def person(self, native_ok: bool = True, trad: str | None = None) -> Person:
        if self.neg:
            raise TemplateBug("negative record drew a person")
        for _ in range(50):
            p = draw_person(self.rng, native_ok, trad)
            if all(p.rf != q.rf and p.rg != q.rg for q in self.persons):
                break
        self.persons.append(p)
        return p

    def _val(self, typ: str, v: str) -> str:
        if self.neg:
            raise TemplateBug(f"negative record drew a {typ}")
        self.values.append((typ, v))
        return v

    def phone(self, cc: str | None = None, style: str | None = None) -> str:
        return self._val("PHONE", phone(self.rng, cc, style))

    def email(self, p: Person | None = None, domain: str | None = None, style: str | None = None) -> str:
        if p is None:
            local = self.rng.choice(["security", "facilities", "parking", "reception", "tolls.support",
                                     "gsoc", "noreply", "access-admin", "valet", "billing"])
            return self._val("EMAIL", f"{local}@{domain or self.rng.choice(EMAIL_DOMAINS)}")
        return self._val("EMAIL", p.email(domain, style))

    def ip(self, v6: float = 0.15) -> str:
        return self._val("IP_ADDRESS", ipv6(self.rng) if self.rng.random() < v6 else ipv4(self.rng))

    def card(self, brand: str | None = None, fmt: str | None = None) -> str:
        return self._val("CREDIT_CARD", card(self.rng, brand, fmt))

    def ssn(self, fmt: str | None = None) -> str:
        return self._val("SSN", ssn(self.rng, fmt))

    def ssn4(self) -> str:
        if self.neg:
            raise TemplateBug("negative record drew an SSN")
        return ssn(self.rng, "plain")[-4:]

    # ---- non-PII helpers
    def digits(self, n: int) -> str:
        """n random digits, never a Luhn-valid 13-19 digit run."""
        while True:
            s = _d(self.rng, n)
            if s[0] == "0" and n > 1:
                s = "1" + s[1:]
            if not (13 <= n <= 19 and luhn_ok(s)):
                return s

    def hexid(self, n: int = 8) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def ts(self, style: str = "iso") -> str:
        """A timestamp; successive calls in one record move forward by a few seconds."""
        r = self.rng
        if self._t is None:
            self._t = datetime.datetime(2026, r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59),
                                        r.randint(0, 59))
        else:
            self._t += datetime.timedelta(seconds=r.randint(0, 95))
        t = self._t
        y, mo, da, h, mi, se = t.year, t.month, t.day, t.hour, t.minute, t.second
        ms = r.randint(0, 999)
        if style == "iso":
            return f"{y}-{mo:02d}-{da:02d}T{h:02d}:{mi:02d}:{se:02d}.{ms:03d}Z"
        if style == "sp":
            return f"{y}-{mo:02d}-{da:02d} {h:02d}:{mi:02d}:{se:02d}"
        if style == "us":
            return f"{mo:02d}/{da:02d}/{y} {h:02d}:{mi:02d}:{se:02d}"
        if style == "eu":
            return f"{da:02d}.{mo:02d}.{y} {h:02d}:{mi:02d}"
        if style == "syslog":
            mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][mo - 1]
            return f"{mon} {da:2d} {h:02d}:{mi:02d}:{se:02d}"
        if style == "hms":
            return f"{h:02d}:{mi:02d}:{se:02d}"
        if style == "date":
            return f"{y}-{mo:02d}-{da:02d}"
        if style == "compact":
            return f"{y}{mo:02d}{da:02d}{h:02d}{mi:02d}{se:02d}"
        raise TemplateBug(style)

    def plate(self) -> str:
        r = self.rng
        L_ = "ABCDEFGHJKLMNPRSTVWXYZ"

        def ls(n: int) -> str:
            return "".join(r.choice(L_) for _ in range(n))

        k = r.randint(0, 6)
        if k == 0:
            return f"{ls(2)}{r.randint(10, 75)} {ls(3)}"  # GB
        if k == 1:
            return f"{r.randint(1, 9)}{ls(3)}{r.randint(100, 999)}"  # US
        if k == 2:
            return f"{ls(1)}-{ls(2)} {r.randint(100, 9999)}"  # DE
        if k == 3:
            return f"{r.randint(1000, 9999)} {ls(3)}"  # ES
        if k == 4:
            return f"{ls(2)}-{r.randint(100, 999)}-{ls(2)}"  # FR
        if k == 5:
            return f"{ls(2)}-{r.randint(100, 999)}-{ls(1)}"  # NL
        return f"{ls(3)}{r.randint(1000, 9999)}"

    def pick(self, seq):
        return self.rng.choice(seq)


# ---------------------------------------------------------------- decoys (hard negatives)

SERVICE_ACCTS = ["svc_anpr_ingest", "lpr-sync", "pacs-bridge", "SYSTEM", "root", "kiosk-lobby-02", "KIOSK03",
                 "visitor-bot", "tollsys", "IMGREV_AUTO", "ocr-engine", "ccure_svc", "onguard_dts", "hr-feed",
                 "lift-gw", "traka-svc", "valet-bot", "batch_citation", "svc-reservations", "paystation-agent",
                 "ldap-sync", "NT AUTHORITY\\SYSTEM", "api-gateway", "scheduler", "RULE_ENGINE", "gsoc-bot",
                 "svc_dmvlookup", "mqtt-bridge", "fulfil-batch", "integration-user", "TOLLADM", "admin",
                 "handheld-sync", "report-runner", "dd-group-ctrl", "apb-engine"]
COMPANIES = ["Enterprise Fleet Management", "Hertz Vehicles LLC", "Penske Truck Leasing", "Ryder Truck Rental",
             "Harrison & Cole Logistics", "Okafor Facilities Ltd", "MCCARTHY SECURITY SERVICES",
             "Schindler Lifts", "Otis Elevator Company", "KONE Service", "Johnson Controls", "Gallagher Group",
             "Brinks Armoured", "Morrison Plumbing & Heating", "Ferreira Transportes Lda", "Nakamura Logistics KK",
             "Van den Berg Transport BV", "Dubois Nettoyage SARL", "Schmidt Gebäudetechnik GmbH",
             "Campbell Catering", "Abbott Couriers", "Lewis & Clark Movers", "WALSH BROS HAULAGE",
             "Kowalski Budownictwo Sp. z o.o.", "Sullivan Window Cleaning", "Patel Pharmacy Ltd",
             "Ramirez Landscaping", "Wright Electrical", "Fischer Sicherheitsdienst", "Nguyen Food Supply"]
PLACES = ["Victoria", "Regina", "Madison", "Sofia", "Jordan", "Florence", "Charlotte", "Adelaide", "Austin",
          "Orlando", "Elizabeth", "Lawrence", "Marion", "Chester", "Georgetown", "Alexandria", "Savannah",
          "Helena", "Aurora", "Beatrice", "Clifton", "Douglas", "Eugene", "Florence", "Raleigh", "Tyler"]
PRODUCTS = ["Alexa", "Otis Gen2", "KONE Polaris", "Schindler PORT", "AutoVu SharpZ3", "HID Signo 40",
            "Lenel OnGuard", "C-CURE 9000", "Genetec Synergis", "Traka Touch", "Renault Zoe", "Skoda Octavia",
            "Lincoln Navigator", "Mercedes-Benz Sprinter", "Project Athena", "Marvin", "Jarvis", "Ford Ranger",
            "Nissan Leaf", "Vauxhall Corsa", "Toyota Camry", "Chevrolet Malibu", "Kia Ceed", "Opel Astra",
            "Honda Jazz", "Fiat Doblò", "VW Caddy", "Tesla Model Y"]
CARS = ["Renault Zoe", "Skoda Octavia", "Lincoln Navigator", "Mercedes-Benz Sprinter", "Ford Ranger", "Nissan Leaf",
        "Vauxhall Corsa", "Toyota Camry", "Chevrolet Malibu", "Kia Ceed", "Opel Astra", "Honda Jazz", "Fiat Doblò",
        "VW Caddy", "Tesla Model Y", "Hyundai Santa Fe", "Mazda CX-5", "Peugeot 208"]
STATUS = ["Access Granted", "Door Held Open", "Door Forced Open", "Online", "Offline", "Tamper", "Valid",
          "Expired", "Pending Review", "Auto-Approved", "In Service", "Out of Service", "Independent Service",
          "Fire Recall", "Comm Lost", "Comm Restored", "Barrier Up", "Barrier Down", "Lane Closed",
          "Low Paper", "Cash Box Full", "Card Reader Fault", "Invalid Badge", "Anti-Passback", "Reset"]
UI = ["Bienvenue, veuillez vous présenter à l'accueil", "Bitte Ausweis an das Lesegerät halten",
      "Por favor, acerque su tarjeta al lector", "Welkom, meld u aan bij de receptie", "Benvenuto, inserire il biglietto",
      "ようこそ。受付で手続きしてください", "欢迎光临，请扫描二维码", "환영합니다. 카드를 태그하세요", "Добро пожаловать, приложите пропуск",
      "Witamy, proszę pobrać bilet", "Hoş geldiniz, lütfen kartınızı okutun", "Välkommen, var god vänta",
      "Tervetuloa, ota lippu", "Velkommen, vennligst vent", "Bem-vindo, retire o seu talão", "مرحبا بكم، يرجى الانتظار",
      "ברוכים הבאים, נא להציג כרטיס", "स्वागत है, कृपया टिकट लें", "Καλώς ήρθατε, παρακαλώ περιμένετε",
      "Vítejte, přiložte kartu", "Üdvözöljük, kérjük várjon", "Bun venit, vă rugăm așteptați",
      "Selamat datang, silakan tempelkan kartu", "ยินดีต้อนรับ กรุณาแตะบัตร", "Chào mừng, vui lòng chạm thẻ"]
UI_EN = ["Please Take Your Ticket", "Insert Card", "Thank You, Have A Nice Day", "Lane Closed", "Please Wait",
         "Press For Help", "Visitor Sign In", "Welcome To Reception", "Scan Your Badge", "Exit Via Lane 2",
         "Pay At Machine", "Remove Card", "Fee Paid, Barrier Opening", "See Attendant", "Max Stay 3 Hours"]


# ---------------------------------------------------------------- verification

_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+(?:@|%40|%2540)[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
_IP4_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
_IP6_RE = re.compile(r"(?<![0-9A-Fa-f:])([0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?![0-9A-Fa-f:])")
_CARD_RE = re.compile(r"(?<![\d])(\d(?:[ \-]?\d){12,18})(?!\d)")
_SSN_RE = re.compile(r"(?<!\d)(\d{3}[- ]\d{2}[- ]\d{4})(?!\d)")
_PHONE_CHARS = re.compile(r"^(?:\+|%2B|00|\()?[0-9 ().\-/]*(?:%20[0-9 ().\-]*)*$")


def _inside(spans: list[list], s: int, e: int, types: tuple[str, ...] | None = None) -> bool:
    return any(a <= s and e <= b and (types is None or t in types) for a, b, t in spans)


def _check_value(v: str, typ: str) -> None:
    if typ == "EMAIL":
        dv = urllib.parse.unquote(urllib.parse.unquote(v)).replace("\\u0040", "@")
        if not re.fullmatch(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+", dv):
            raise TemplateBug(f"bad email {v!r}")
    elif typ == "IP_ADDRESS":
        ipaddress.ip_address(v)
    elif typ == "SSN":
        if not (ssn_ok(v) or re.fullmatch(r"\d{4}", v)):
            raise TemplateBug(f"bad ssn {v!r}")
    elif typ == "CREDIT_CARD":
        dd = re.sub(r"\D", "", urllib.parse.unquote_plus(v))
        if not (luhn_ok(dd) and len(dd) in (15, 16) and dd[0] in "23456"):
            raise TemplateBug(f"bad card {v!r}")
    elif typ == "PHONE":
        nd = len(re.sub(r"\D", "", v.replace("%2B", "+").replace("%20", " ")))
        if not (7 <= nd <= 15) or not _PHONE_CHARS.match(v):
            raise TemplateBug(f"bad phone {v!r}")
    elif typ == "NAME":
        if "@" in v or not any(c.isalpha() for c in v):
            raise TemplateBug(f"bad name {v!r}")
    else:
        raise TemplateBug(typ)


def _forms(word: str) -> list[str]:
    out = [word]
    for f in (urllib.parse.quote(word), urllib.parse.quote_plus(word), json.dumps(word)[1:-1],
              json.dumps(word, ensure_ascii=True)[1:-1],
              "".join(c if ord(c) < 128 else "".join(f"\\x{b:02x}" for b in c.encode()) for c in word)):
        if f not in out:
            out.append(f)
    dbl = json.dumps(word, ensure_ascii=True)[1:-1].replace("\\", "\\\\")
    if dbl not in out:
        out.append(dbl)
    return out


def verify(text: str, spans: list[list], ctx: Ctx, checks: list[tuple]) -> None:
    """Raise TemplateBug on a structural error, Leak on a leak."""
    last = -1
    for s, e, t in sorted(spans):
        if not (0 <= s < e <= len(text)):
            raise TemplateBug("span out of range")
        if s < last:
            raise TemplateBug("overlapping spans")
        last = e
        v = text[s:e]
        if v != v.strip():
            raise TemplateBug(f"edge whitespace {v!r}")
        if t not in TYPES:
            raise TemplateBug(t)
        _check_value(v, t)
    # documents
    for c in checks:
        kind = c[0]
        if kind == "jsonregion":
            got = json.loads(text[c[1]:c[2]])
            if c[3] is not None and got != c[3]:
                raise TemplateBug("json round trip differs")
        elif kind == "json":
            if json.loads(c[1]) != c[2]:
                raise TemplateBug("inner json differs")
        elif kind == "xmlregion":
            ET.fromstring(text[c[1]:c[2]])
        elif kind == "pyregion":
            ast.literal_eval(text[c[1]:c[2]])
    # record classes
    if ctx.neg and spans:
        raise TemplateBug("negative with spans")
    if not ctx.neg and not spans:
        raise TemplateBug("positive without spans")
    # leak: e-mails, IPs, cards, SSNs outside spans
    for m in _EMAIL_RE.finditer(text):
        local = m.group(0).split("@")[0].split("%40")[0]
        if local.isdigit():
            continue
        if not _inside(spans, m.start(), m.end(), ("EMAIL",)):
            # allow a prefix before the e-mail span (e.g. mailto:, interface prefix)
            if not any(a >= m.start() and b == m.end() and t == "EMAIL" for a, b, t in spans):
                raise Leak(f"email outside span: {m.group(0)}")
    for m in _IP4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group(1))
        except ValueError:
            continue
        if not _inside(spans, m.start(1), m.end(1), ("IP_ADDRESS",)):
            raise Leak(f"ipv4 outside span: {m.group(1)}")
    for m in _IP6_RE.finditer(text):
        cand = m.group(1)
        if cand.count(":") < 2:
            continue
        try:
            ipaddress.IPv6Address(cand)
        except ValueError:
            continue
        if not _inside(spans, m.start(1), m.end(1), ("IP_ADDRESS",)):
            raise Leak(f"ipv6 outside span: {cand}")
    for m in _CARD_RE.finditer(text):
        dd = re.sub(r"\D", "", m.group(1))
        if 13 <= len(dd) <= 19 and luhn_ok(dd) and not _inside(spans, m.start(1), m.end(1)):
            # a Luhn-valid run inside a longer labelled value (e.g. a phone) is fine
            raise Leak(f"card-like number outside span: {m.group(1)}")
    for m in _SSN_RE.finditer(text):
        if ssn_ok(m.group(1)) and not _inside(spans, m.start(1), m.end(1)):
            raise Leak(f"ssn-like number outside span: {m.group(1)}")
    # every drawn value sits inside a span
    for typ, v in ctx.values:
        for m in re.finditer(re.escape(v), text):
            if not _inside(spans, m.start(), m.end()):
                raise Leak(f"{typ} value outside span: {v}")
    # every account built from a drawn person sits inside a NAME or EMAIL span, wherever it occurs
    for p in ctx.persons:
        for a in p.accounts:
            for m in re.finditer(re.escape(a), text, flags=re.IGNORECASE):
                if not _inside(spans, m.start(), m.end(), ("NAME", "EMAIL")):
                    raise Leak(f"account {a!r} outside span")
    # every name word of every drawn person sits inside a NAME or EMAIL span
    for p in ctx.persons:
        for w in p.words():
            for f in _forms(w):
                if _cjk(f):
                    pat = re.escape(f)
                else:
                    pat = r"(?<![^\W_])" + re.escape(f) + r"(?![^\W_])"
                for m in re.finditer(pat, text, flags=re.IGNORECASE):
                    if not _inside(spans, m.start(), m.end(), ("NAME", "EMAIL")):
                        raise Leak(f"name word {f!r} outside span")


def name_shape(v: str) -> list[str]:
    out = []
    letters = [c for c in v if c.isalpha()]
    if any("LATIN" not in unicodedata.name(c, "") for c in letters):
        out.append("non-Latin")
    cased = [c for c in letters if c.upper() != c.lower()]
    if cased and len(cased) > 1 and all(c.isupper() for c in cased):
        out.append("ALL CAPS")
    if cased and all(c.islower() for c in cased):
        out.append("lower case")
    if ", " in v or re.search(r"[A-Za-z],[A-Za-z]", v):
        out.append("Last, First")
    if "/" in v or "<<" in v:
        out.append("SURNAME/GIVEN or MRZ")
    if "_" in v:
        out.append("joined by _")
    if "%" in v or "\\u" in v or "\\x" in v or ("+" in v and " " not in v):
        out.append("percent/form/\\u-escaped")
    if re.search(r"\b[A-Z]\.", v):
        out.append("initial")
    if "-" in v:
        out.append("hyphenated")
    return out
