"""Core of pack_z: persons, the segment builder, value generators, decoys and the verifier.

Text and spans are built together from segments: a value is appended once, with its type, and its span is the
offsets of that segment. Encoders (percent, form, JSON, XML, repr) are applied per segment, so a span always
covers the value exactly as it appears. Nothing searches for a value after the text is built.
"""

from __future__ import annotations

import ast
import ipaddress
import json
import random
import re
import unicodedata
import urllib.parse
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta

import names as N

# ------------------------------------------------------------------------------------------------ folding
_FOLD = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
         "ı": "i", "þ": "th", "Þ": "TH", "ð": "d", "Ð": "D", "œ": "oe", "Œ": "OE", "ħ": "h"}


def fold(s: str) -> str:
    s = "".join(_FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def alnum(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


def is_latin(s: str) -> bool:
    for c in s:
        if c.isalpha() and "LATIN" not in unicodedata.name(c, ""):
            return False
    return True


# ------------------------------------------------------------------------------------------------ persons
_TRADS = N.parsed()
_TRAD_BY_CODE = {t["code"]: t for t in _TRADS}
# seafaring nations weigh more (crew lists are full of them)
_WEIGHT = {"tl": 4, "hi": 2, "ta": 2, "ml": 2, "goan": 2, "id": 3, "zh": 3, "uk": 3, "ru": 2, "my": 2, "el": 2,
           "hr": 2, "pl": 2, "tr": 2, "ro": 2, "bg": 2, "lv": 1, "vi": 2, "gil": 1, "ko": 2, "ja": 2}
_TRAD_ORDER = [t["code"] for t in _TRADS]
_TRAD_W = [_WEIGHT.get(c, 1) for c in _TRAD_ORDER]


class Person:
    def __init__(self, given: str, family: str, gender: str, trad: str, order: str, middle: str = "",
                 native: tuple[str, str, str] | None = None):
        self.given, self.family, self.gender, self.trad = given, family, gender, trad
        self.order, self.middle, self.native = order, middle, native

    # --- display forms
    def full(self) -> str:
        if self.order == "FG":
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"

    def gf(self) -> str:
        return f"{self.given} {self.family}"

    def gmf(self) -> str:
        return f"{self.given} {self.middle} {self.family}" if self.middle else self.gf()

    def disp(self) -> str:
        """Native script if the person has one, else the usual full name."""
        if self.native:
            ng, nf, no = self.native
            return nf + ng if no == "FG0" else f"{ng} {nf}"
        return self.full()

    def lf(self) -> str:
        return f"{self.family}, {self.given}"

    def LF(self) -> str:
        return f"{self.family}, {self.given}".upper()

    def up(self) -> str:
        return self.full().upper()

    def sg(self, folded: bool = True) -> str:
        s = f"{self.family}/{self.given}".upper()
        return fold(s) if folded else s

    def ifam(self) -> str:
        return f"{self.given[0]}. {self.family}"

    def fami(self) -> str:
        return f"{self.family} {self.given[0]}."

    def first(self) -> str:
        return self.given.split(" ")[0]

    def fam_core(self) -> str:
        """Surname without leading particles (for `Capt. X` and `Dear Mr X`)."""
        return self.family

    def mrz(self) -> str:
        def m(s: str) -> str:
            s = fold(s).upper().replace("'", "")
            return re.sub(r"[^A-Z]+", "<", s).strip("<")
        return f"{m(self.family)}<<{m(self.given)}"

    # --- accounts and mailboxes
    def toks(self) -> tuple[str, str]:
        return alnum(self.first()), alnum(self.family)

    def acct(self, rng, style: str | None = None, digits: float = 0.25) -> str:
        g, f = self.toks()
        style = style or rng.choice(["first.last", "flast", "firstl", "first_last", "firstlast", "lastf",
                                     "f.last", "flast", "first.last"])
        a = {"first.last": f"{g}.{f}", "flast": g[0] + f, "firstl": g + f[0], "first_last": f"{g}_{f}",
             "firstlast": g + f, "lastf": f + g[0], "f.last": f"{g[0]}.{f}"}[style]
        if rng.random() < digits:
            a += str(rng.randint(1, 99))
        return a

    def email(self, rng, domain: str | None = None) -> str:
        g, f = self.toks()
        local = rng.choice([f"{g}.{f}", f"{g[0]}{f}", f"{g}_{f}", f"{g}{f[0]}", f"{f}.{g}", f"{g}.{f}"])
        if rng.random() < 0.15:
            local += str(rng.randint(1, 99))
        return f"{local}@{domain or rng.choice(DOMAINS)}"

    # --- leak check words
    def words(self) -> list[str]:
        out: list[str] = []
        for part in (self.given, self.middle, self.family):
            for w in part.split(" "):
                if not w or w.lower() in N.PARTICLES:
                    continue
                pieces = [w]
                if "-" in w:
                    pieces += [x for x in w.split("-") if len(x) >= 4]
                if "'" in w:
                    pieces += [x for x in w.split("'") if len(x) >= 3]
                for x in pieces:
                    if len(x) >= 2 and x not in out:
                        out.append(x)
        if self.native:
            for x in self.native[:2]:
                if x not in out:
                    out.append(x)
        return out


def _pick_family(rng, t, gender, given):
    s = rng.choice(t["s"])
    if s == "@patronymic":
        father = alnum_keep(rng.choice(t["m"]))
        return father + ("son" if gender == "m" else "dóttir")
    if s == "@malay":
        father = rng.choice([x for x in t["m"] if x.split(" ")[-1] not in given]).split(" ")[-1]
        return ("bin " if gender == "m" else "binti ") + father
    if "/" in s:
        m, f = s.split("/")
        return m if gender == "m" else f
    return s


def alnum_keep(s: str) -> str:
    """Icelandic patronymic stem: Guðmundur -> Guðmunds, Jón -> Jóns."""
    for suf in ("ur", "ir", "i"):
        if s.endswith(suf) and len(s) > 4:
            return s[: -len(suf)] + "s"
    return s + "s"


def draw_person(rng, native_p: float = 0.10, trad: str | None = None) -> Person:
    if trad is None and rng.random() < native_p:
        code, ng, nf, rg, rf, gender, no = rng.choice(N.NATIVE)
        order = "FG" if (no == "FG0" and rng.random() < 0.5) else "GF"
        return Person(rg, rf, gender, code, order, native=(ng, nf, no))
    code = trad or rng.choices(_TRAD_ORDER, weights=_TRAD_W)[0]
    t = _TRAD_BY_CODE[code]
    gender = rng.choice("mf")
    given = rng.choice(t[gender])
    fam = _pick_family(rng, t, gender, given)
    order = t["order"]
    if order == "XX":
        order = "FG" if rng.random() < 0.5 else "GF"
    middle = ""
    if code == "tl" and rng.random() < 0.5:
        middle = _pick_family(rng, t, gender, given)
        if middle == fam:
            middle = ""
    return Person(given, fam, gender, code, order, middle)


# ------------------------------------------------------------------------------------------------ builder
class TemplateBug(Exception):
    pass


class V:
    """A typed value inside a document (JSON/XML/repr)."""

    def __init__(self, raw: str, typ: str):
        self.raw, self.typ = raw, typ


class Sub:
    """An inner builder embedded as a (JSON) string value."""

    def __init__(self, inner: B):
        self.inner = inner


def pct(s: str) -> str:
    return urllib.parse.quote(s, safe="")


def form(s: str) -> str:
    return urllib.parse.quote_plus(s, safe="")


def jesc(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jesc_a(s: str) -> str:
    return json.dumps(s, ensure_ascii=True)[1:-1]


def xesc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def rq(s: str) -> str:
    return repr(s)[1:-1]


class B:
    def __init__(self):
        self.segs: list[tuple[str, tuple | None]] = []  # (text, (typ, raw, encs) or None)
        self.n = 0
        self.docs: list[tuple[int, int, str]] = []
        self.persons: list[Person] = []

    # --- plain text and typed values
    def t(self, *xs: str) -> B:
        for x in xs:
            if x:
                self.segs.append((x, None))
                self.n += len(x)
        return self

    def v(self, raw: str, typ: str, enc=None) -> B:
        encs = (enc,) if enc else ()
        txt = enc(raw) if enc else raw
        if not txt:
            raise TemplateBug("empty value")
        self.segs.append((txt, (typ, raw, encs)))
        self.n += len(txt)
        return self

    def nm(self, raw, enc=None):
        return self.v(raw, "NAME", enc)

    def em(self, raw, enc=None):
        return self.v(raw, "EMAIL", enc)

    def ph(self, raw, enc=None):
        return self.v(raw, "PHONE", enc)

    def ip(self, raw, enc=None):
        return self.v(raw, "IP_ADDRESS", enc)

    def ssn(self, raw, enc=None):
        return self.v(raw, "SSN", enc)

    def cc(self, raw, enc=None):
        return self.v(raw, "CREDIT_CARD", enc)

    def person(self, rng, **kw) -> Person:
        p = draw_person(rng, **kw)
        self.persons.append(p)
        return p

    def people(self, rng, k, **kw) -> list[Person]:
        return [self.person(rng, **kw) for _ in range(k)]

    def add(self, *items) -> B:
        """Mixed items: str is text, V is a value."""
        for it in items:
            if isinstance(it, V):
                self.v(it.raw, it.typ)
            else:
                self.t(it)
        return self

    # --- embedding
    def sub(self, inner: B, enc) -> B:
        verify_docs(inner)
        self.persons += inner.persons
        for txt, meta in inner.segs:
            e = enc(txt)
            if meta is None:
                self.segs.append((e, None))
            else:
                typ, raw, encs = meta
                self.segs.append((e, (typ, raw, encs + (enc,))))
            self.n += len(e)
        return self

    # --- documents
    def js(self, obj, indent: int | None = None, ascii_: bool = False, compact: bool = False) -> B:
        start = self.n
        self._js(obj, indent, 0, ascii_, compact)
        self.docs.append((start, self.n, "json"))
        return self

    def _js(self, o, indent, level, asc, compact):
        enc = jesc_a if asc else jesc
        if isinstance(o, V):
            self.t('"').v(o.raw, o.typ, enc).t('"')
        elif isinstance(o, Sub):
            self.t('"').sub(o.inner, enc).t('"')
        elif isinstance(o, str):
            self.t(json.dumps(o, ensure_ascii=asc))
        elif isinstance(o, bool) or o is None or isinstance(o, (int, float)):
            self.t(json.dumps(o))
        elif isinstance(o, (dict, list)):
            items = list(o.items()) if isinstance(o, dict) else list(o)
            op, cl = ("{", "}") if isinstance(o, dict) else ("[", "]")
            if not items:
                self.t(op + cl)
                return
            self.t(op)
            isep, ksep = ((",", ":") if compact else (", ", ": "))
            for i, it in enumerate(items):
                if indent is not None:
                    self.t("\n" + " " * (indent * (level + 1)))
                if isinstance(o, dict):
                    k, val = it
                    self.t(json.dumps(k, ensure_ascii=asc), ksep if indent is None else ": ")
                    self._js(val, indent, level + 1, asc, compact)
                else:
                    self._js(it, indent, level + 1, asc, compact)
                if i < len(items) - 1:
                    self.t(isep if indent is None else ",")
            if indent is not None:
                self.t("\n" + " " * (indent * level))
            self.t(cl)
        else:
            raise TemplateBug(f"json type {type(o)}")

    def xml(self, node, indent: int | None = 2, decl: bool = False) -> B:
        if decl:
            self.t('<?xml version="1.0" encoding="UTF-8"?>' + ("\n" if indent is not None else ""))
        start = self.n
        self._xml(node, indent, 0)
        self.docs.append((start, self.n, "xml"))
        return self

    def _xml(self, node, indent, level):
        tag, attrs, kids = node
        pad = "" if indent is None else " " * (indent * level)
        self.t(pad, "<", tag)
        for k, val in attrs.items():
            self.t(f' {k}="')
            if isinstance(val, V):
                self.v(val.raw, val.typ, xesc)
            else:
                self.t(xesc(val))
            self.t('"')
        if not kids:
            self.t("/>")
        elif all(not isinstance(k, tuple) for k in kids):
            self.t(">")
            for k in kids:
                if isinstance(k, V):
                    self.v(k.raw, k.typ, xesc)
                else:
                    self.t(xesc(k))
            self.t(f"</{tag}>")
        else:
            self.t(">")
            for k in kids:
                if indent is not None:
                    self.t("\n")
                self._xml(k, indent, level + 1)
            self.t("\n" + pad if indent is not None else "", f"</{tag}>")

    def pyval(self, o) -> B:
        """Python literal: dicts, lists, tuples, strings, numbers, V; with Obj for class reprs."""
        if isinstance(o, V):
            r = repr(o.raw)
            self.t(r[0]).v(o.raw, o.typ, rq).t(r[-1])
        elif isinstance(o, Obj):
            self.t(o.cls, "(")
            for i, (k, val) in enumerate(o.fields):
                if i:
                    self.t(", ")
                self.t(f"{k}=")
                self.pyval(val)
            self.t(")")
        elif isinstance(o, dict):
            self.t("{")
            for i, (k, val) in enumerate(o.items()):
                if i:
                    self.t(", ")
                self.t(repr(k), ": ")
                self.pyval(val)
            self.t("}")
        elif isinstance(o, (list, tuple)):
            op, cl = ("[", "]") if isinstance(o, list) else ("(", ")")
            self.t(op)
            for i, it in enumerate(o):
                if i:
                    self.t(", ")
                self.pyval(it)
            if isinstance(o, tuple) and len(o) == 1:
                self.t(",")
            self.t(cl)
        else:
            self.t(repr(o))
        return self

    def py(self, o) -> B:
        start = self.n
        self.pyval(o)
        self.docs.append((start, self.n, "pyexpr"))
        return self

    @property
    def text(self) -> str:
        return "".join(s for s, _ in self.segs)

    def spans(self) -> list[tuple[int, int, str, str, tuple]]:
        out, pos = [], 0
        for txt, meta in self.segs:
            if meta is not None:
                out.append((pos, pos + len(txt), meta[0], meta[1], meta[2]))
            pos += len(txt)
        return out


class Obj:
    def __init__(self, cls: str, **fields):
        self.cls, self.fields = cls, list(fields.items())


def jtostr(b: B, cls: str, fields: list[tuple], style: str = "java") -> B:
    """Java/Kotlin toString: Cls{a='x', b=y} (java) or Cls(a=x, b=y) (kotlin). Field: (key, value[, quoted])."""
    op, cl = ("{", "}") if style == "java" else ("(", ")")
    b.t(cls, op)
    for i, f in enumerate(fields):
        k, val = f[0], f[1]
        q = "'" if (f[2] if len(f) > 2 else style == "java") else ""
        if i:
            b.t(", ")
        b.t(f"{k}=")
        if isinstance(val, V):
            b.t(q).v(val.raw, val.typ).t(q)
        else:
            b.t(q, str(val), q)
    b.t(cl)
    return b


# ------------------------------------------------------------------------------------------------ values
DOMAINS = ["example.com", "example.org", "example.net", "shipmgmt.example", "crewing.example",
           "portagency.example", "fleetmail.example", "harbourpilots.example", "terminal.example",
           "mail.example.com", "seafarers.example.org", "towage.example.net"]


def dig(rng, k: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(k))


def luhn_ok(d: str) -> bool:
    tot = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def rid(rng, k: int) -> str:
    """Random digit id that is never a Luhn-valid card-like number."""
    d = str(rng.randint(1, 9)) + dig(rng, k - 1)
    if k >= 13 and luhn_ok(d):
        d = d[:-1] + str((int(d[-1]) + 1) % 10)
    return d


def _mk(cc, trunk, groups_fn, sep=" "):
    return (cc, trunk, groups_fn, sep)


def _g(rng, pat: str) -> str:
    return "".join(str(rng.randint(0, 9)) if c == "#" else c for c in pat)


PLANS = {
    "PH": _mk("63", "0", lambda r: [_g(r, "9##"), _g(r, "###"), _g(r, "####")]),
    "IN": _mk("91", "0", lambda r: [_g(r, r.choice("987") + "####"), _g(r, "#####")]),
    "UA": _mk("380", "0", lambda r: [r.choice(["67", "50", "63", "93"]), _g(r, "###"), _g(r, "##"), _g(r, "##")]),
    "RU": _mk("7", "8", lambda r: [_g(r, "9##"), _g(r, "###"), _g(r, "##"), _g(r, "##")], "-"),
    "GR": _mk("30", "", lambda r: [_g(r, "69#"), _g(r, "###"), _g(r, "####")]),
    "GB": _mk("44", "0", lambda r: ["7700", _g(r, "900###")]),
    "US": _mk("1", "", lambda r: [r.choice(["212", "305", "713", "504", "206", "757", "912", "843"]), "555",
                                  _g(r, "01##")], "-"),
    "AU": _mk("61", "0", lambda r: ["491", _g(r, "57#"), _g(r, "###")]),
    "SG": _mk("65", "", lambda r: [_g(r, r.choice("89") + "###"), _g(r, "####")]),
    "NL": _mk("31", "0", lambda r: ["6", _g(r, "####"), _g(r, "####")]),
    "DE": _mk("49", "0", lambda r: [r.choice(["151", "160", "171", "176"]), _g(r, "#######")]),
    "PA": _mk("507", "", lambda r: [_g(r, "6###"), _g(r, "####")], "-"),
    "NG": _mk("234", "0", lambda r: [r.choice(["803", "806", "813", "703"]), _g(r, "###"), _g(r, "####")]),
    "CN": _mk("86", "", lambda r: [_g(r, "13#"), _g(r, "####"), _g(r, "####")]),
    "JP": _mk("81", "0", lambda r: [r.choice(["90", "80"]), _g(r, "####"), _g(r, "####")], "-"),
    "KR": _mk("82", "0", lambda r: ["10", _g(r, "####"), _g(r, "####")], "-"),
    "BR": _mk("55", "", lambda r: [r.choice(["11", "13", "21", "47"]), _g(r, "9####"), _g(r, "####")]),
    "TR": _mk("90", "0", lambda r: [_g(r, "5##"), _g(r, "###"), _g(r, "##"), _g(r, "##")]),
    "PL": _mk("48", "", lambda r: [_g(r, "5##"), _g(r, "###"), _g(r, "###")]),
    "NO": _mk("47", "", lambda r: [_g(r, "4##"), _g(r, "##"), _g(r, "###")]),
    "ID": _mk("62", "0", lambda r: [_g(r, "81#"), _g(r, "####"), _g(r, "####")], "-"),
    "VN": _mk("84", "0", lambda r: [_g(r, "9#"), _g(r, "###"), _g(r, "##"), _g(r, "##")]),
    "MM": _mk("95", "0", lambda r: ["9", _g(r, "###"), _g(r, "###"), _g(r, "###")]),
    "HR": _mk("385", "0", lambda r: [_g(r, "9#"), _g(r, "###"), _g(r, "####")]),
    "EG": _mk("20", "0", lambda r: ["10", _g(r, "####"), _g(r, "####")]),
    "ZA": _mk("27", "0", lambda r: [_g(r, "8#"), _g(r, "###"), _g(r, "####")]),
    "KE": _mk("254", "0", lambda r: [_g(r, "7##"), _g(r, "###"), _g(r, "###")]),
    "AE": _mk("971", "0", lambda r: [_g(r, "5#"), _g(r, "###"), _g(r, "####")]),
    "ES": _mk("34", "", lambda r: [_g(r, "6##"), _g(r, "##"), _g(r, "##"), _g(r, "##")]),
    "FR": _mk("33", "0", lambda r: [r.choice("67"), _g(r, "##"), _g(r, "##"), _g(r, "##"), _g(r, "##")]),
    "IT": _mk("39", "", lambda r: [_g(r, "3##"), _g(r, "###"), _g(r, "####")]),
    "RO": _mk("40", "0", lambda r: [_g(r, "7##"), _g(r, "###"), _g(r, "###")]),
    "BE": _mk("32", "0", lambda r: [_g(r, "4##"), _g(r, "##"), _g(r, "##"), _g(r, "##")]),
    "MX": _mk("52", "", lambda r: ["55", _g(r, "####"), _g(r, "####")]),
    "FJ": _mk("679", "", lambda r: [_g(r, "7##"), _g(r, "####")]),
    "INMARSAT": _mk("870", "", lambda r: [_g(r, "77#"), _g(r, "###"), _g(r, "###")]),
    "IRIDIUM": _mk("881", "", lambda r: [_g(r, "6###"), _g(r, "####"), _g(r, "##")]),
}
PLAN_KEYS = list(PLANS)
_SAT = {"INMARSAT", "IRIDIUM"}


def phone(rng, country: str | None = None, style: str | None = None) -> str:
    country = country or rng.choice([k for k in PLAN_KEYS if k not in _SAT])
    cc, trunk, gfn, sep = PLANS[country]
    g = gfn(rng)
    style = style or rng.choice(["intl", "intl", "e164", "nat", "00", "intl_dash"])
    if country in _SAT and style == "nat":
        style = "intl"
    if style == "nat":
        if country == "US":
            return rng.choice([f"({g[0]}) {g[1]}-{g[2]}", f"{g[0]}-{g[1]}-{g[2]}", f"{g[0]}.{g[1]}.{g[2]}"])
        if country == "RU":
            return f"8 ({g[0]}) {g[1]}-{g[2]}-{g[3]}"
        if country == "BR":
            return f"({g[0]}) {g[1]}-{g[2]}"
        return trunk + sep.join(g)
    if style == "e164":
        return "+" + cc + "".join(g)
    if style == "bare":
        return cc + "".join(g)
    if style == "00":
        return "00" + cc + " " + " ".join(g)
    if style == "intl_dash":
        return "+" + cc + "-" + "-".join(g)
    return "+" + cc + " " + sep.join(g) if sep == " " else "+" + cc + " " + "-".join(g)


def ipv4(rng) -> str:
    k = rng.randrange(6)
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
    if rng.random() < 0.6:
        a = ipaddress.ip_address(f"2001:db8:{rng.randint(0, 0xffff):x}:{rng.randint(0, 0xffff):x}::"
                                 f"{rng.randint(1, 0xffff):x}")
    else:
        a = ipaddress.ip_address(f"fd12:3456:{rng.randint(0, 0xffff):x}:{rng.randint(0, 0xff):x}:"
                                 f"{rng.randint(0, 0xffff):x}:{rng.randint(0, 0xffff):x}:"
                                 f"{rng.randint(0, 0xffff):x}:{rng.randint(1, 0xffff):x}")
    return str(a)


def ip_any(rng, v6: float = 0.2) -> str:
    return ipv6(rng) if rng.random() < v6 else ipv4(rng)


def ssn(rng, style: str = "dash") -> str:
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    if style == "bare":
        return f"{a:03d}{g:02d}{s:04d}"
    if style == "space":
        return f"{a:03d} {g:02d} {s:04d}"
    return f"{a:03d}-{g:02d}-{s:04d}"


def last4(rng) -> str:
    return f"{rng.randint(1, 9999):04d}"


def card(rng, style: str | None = None) -> str:
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb"])
    pre, ln = {"visa": ("4", 16), "mc": (str(rng.randint(51, 55)), 16), "mc2": (str(rng.randint(2221, 2720)), 16),
               "amex": (rng.choice(["34", "37"]), 15), "disc": ("6011", 16), "jcb": ("35" + str(rng.randint(28, 89)),
                                                                                  16)}[kind]
    body = pre + dig(rng, ln - len(pre) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            d = body + c
            break
    style = style or rng.choice(["plain", "space", "dash"])
    if style == "plain":
        return d
    sep = " " if style == "space" else "-"
    if ln == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join([d[i:i + 4] for i in range(0, 16, 4)])


def card_ok(s: str) -> bool:
    d = re.sub(r"[ -]", "", s)
    if not d.isdigit() or not 13 <= len(d) <= 19 or not luhn_ok(d):
        return False
    return bool(re.match(r"4|5[1-5]|2(2[2-9]|[3-6]\d|7[01]|720)|3[47]|6011|65|35", d))


def masked_pan(rng) -> str:
    return rng.choice(["4", "5"]) + "*" * 11 + dig(rng, 4) if rng.random() < 0.5 else "XXXX-XXXX-XXXX-" + dig(rng, 4)


# --- maritime identifiers (none of them labelled)
def imo(rng) -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(6)]
        if d[0] in (9, 8, 7):
            break
    chk = sum(x * (7 - i) for i, x in enumerate(d)) % 10
    return "".join(map(str, d)) + str(chk)


_MID = ["636", "538", "370", "371", "372", "563", "477", "244", "211", "232", "229", "209", "311", "241", "257",
        "351", "431", "440", "548", "219"]


def mmsi(rng) -> str:
    return rng.choice(_MID) + dig(rng, 6)


def callsign(rng) -> str:
    L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return rng.choice(["9V", "D5", "V7", "3F", "C6", "5L", "9H", "A8", "VR", "PC", "DC", "2G", "H3", "SV"]) + \
        "".join(rng.choice(L) for _ in range(2)) + str(rng.randint(1, 9))


def container(rng) -> str:
    L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    owner = rng.choice(["MSCU", "MAEU", "CMAU", "HLXU", "OOLU", "TGHU", "TCNU", "CSNU", "EGHU", "SEGU", "FCIU",
                        "TRHU", "BMOU", "GESU"])
    num = dig(rng, 6)
    vals = {}
    v = 10
    for c in L:
        if v % 11 == 0:
            v += 1
        vals[c] = v
        v += 1
    s = sum((vals[c] if c.isalpha() else int(c)) * (2 ** i) for i, c in enumerate(owner + num))
    return owner + num + str(s % 11 % 10)


PORTS = [("NLRTM", "Rotterdam"), ("SGSIN", "Singapore"), ("DEHAM", "Hamburg"), ("BEANR", "Antwerp"),
         ("CNSHA", "Shanghai"), ("USLAX", "Los Angeles"), ("USNYC", "New York"), ("GBFXT", "Felixstowe"),
         ("ESALG", "Algeciras"), ("MAPTM", "Tanger Med"), ("AEJEA", "Jebel Ali"), ("KRPUS", "Busan"),
         ("JPTYO", "Tokyo"), ("PHMNL", "Manila"), ("GRPIR", "Piraeus"), ("ITGOA", "Genoa"), ("PLGDN", "Gdansk"),
         ("BRSSZ", "Santos"), ("ZADUR", "Durban"), ("AUMEL", "Melbourne"), ("CAVAN", "Vancouver"),
         ("PAONX", "Colon"), ("LKCMB", "Colombo"), ("INNSA", "Nhava Sheva"), ("MYPKG", "Port Klang"),
         ("NOOSL", "Oslo"), ("USHOU", "Houston"), ("TRMER", "Mersin"), ("EGPSD", "Port Said"), ("FRLEH", "Le Havre")]
RANKS = ["Master", "Chief Officer", "2nd Officer", "3rd Officer", "Chief Engineer", "2nd Engineer",
         "3rd Engineer", "ETO", "Bosun", "AB", "OS", "Oiler", "Wiper", "Fitter", "Ch. Cook", "Messman", "Deck Cadet",
         "Engine Cadet", "Pumpman", "Electrician"]
RANK_CODES = ["MSTR", "C/O", "2/O", "3/O", "C/E", "2/E", "3/E", "ETO", "BSN", "AB", "OS", "OLR", "WPR", "FTR",
              "CCK", "MSM", "D/C", "E/C"]
NAT = ["PHL", "IND", "UKR", "RUS", "CHN", "IDN", "MMR", "GRC", "HRV", "POL", "TUR", "ROU", "BGR", "LVA", "VNM",
       "KIR", "GBR", "NLD", "DEU", "NGA", "GHA", "LKA", "BRA", "MEX", "KOR", "JPN", "EGY", "ZAF", "FJI", "GEO"]
VESSELS = ["MAERSK ESSEN", "CHARLOTTE MAERSK", "ANNA MARIA", "MSC GÜLSÜN", "EVER GIVEN", "CMA CGM JACQUES SAADE",
           "NORDIC HELENA", "STELLA POLARIS", "MARIA LUISA", "KOTA PELANGI", "HMM ALGECIRAS", "ONE APUS",
           "SAFMARINE NOKWANDA", "COSCO SHIPPING ARIES", "SEASPAN ZAMBEZI", "BBC CHARLOTTE", "ELISABETH SCHULTE",
           "KAROLINE", "LADY RACHEL", "SIR DAVID ATTENBOROUGH", "OCEAN VICTORY", "PACIFIC JULIA", "ATLANTIC SAPPHIRE",
           "BALTIC TERN", "GRANDE MAROCCO", "NAVIOS KORNELIA", "STAR LOUISE", "HÖEGH TRIGGER", "TORM HERMIA",
           "BRITISH MARINER", "GASLOG GENEVA", "FRONT ALTAIR", "SOFIA EXPRESS", "CAPE ELIZABETH"]
TUGS = ["SVITZER MARGARETHA", "SMIT HUDSON", "BOLUDA VB CARMEN", "RT MAGIC", "KOTUG ANNA", "FAIRPLAY X",
        "MULTRATUG 19", "PSA ELLEN", "MT JOSEPHINE", "SVITZER ROSS", "GEORGE V. MOORE", "KAREN MORAN"]
PILOT_BOATS = ["PILOT 23", "DIONE", "MERCURIUS", "PERSEUS", "LOODS 4", "SEABIRD", "PILOT 7", "SANDPIPER"]
COMPANIES = ["Wilhelmsen Ships Service", "Inchcape Shipping Services", "Svitzer", "Smit Lamnalco", "Boluda Towage",
             "Bernhard Schulte Shipmanagement", "Thome Ship Management", "Anglo-Eastern Ship Management",
             "Maersk Line", "Hapag-Lloyd", "Evergreen Marine", "Kotug", "Kuehne+Nagel", "Van Ommeren Tank Terminal",
             "Dalton Marine Agency", "Okafor Logistics Ltd", "Mensah Freight & Clearing", "Pereira Shipchandlers Lda",
             "Tanaka Kaiun K.K.", "Papadopoulos Bros Bunkering", "GARCIA HERMANOS S.A.", "O'BRIEN STEVEDORING LTD",
             "McAllister Towing", "Moran Towing", "Fernandes Marine Services", "Kowalski Transport Sp. z o.o.",
             "Nguyen Brothers Trucking", "Haddad & Khoury Shipping", "Jebsen & Jessen", "Swire Shipping"]
PLACES = ["Victoria", "Georgetown", "Port Elizabeth", "Santa Marta", "San Antonio", "Port Louis", "Saint John",
          "Charleston", "Savannah", "Adelaide", "Alexandria", "Augusta", "Salvador", "Douglas", "Elizabeth",
          "Mariehamn", "Florianópolis", "Santa Cruz de Tenerife", "Port Augusta", "Lorenzo"]
PRODUCTS = ["Navis N4", "Project Neptune", "Triton", "Liebherr LHM 550", "Kalmar FastCharge", "Konecranes Noell",
            "Cavotec MoorMaster", "Wärtsilä 31", "Furuno FAR-3320", "JRC JAN-9201", "Kongsberg K-Bridge",
            "Navi-Sailor 4000", "Navtor NavStation", "Marvin", "Ellie", "Aurora", "Project Magellan",
            "Operation Odysseus", "Hermes Gateway", "Athena PCS"]
SERVICE_ACCTS = ["svc_pcs_gateway", "tos-batch", "N4ADMIN", "gateocr-svc", "vts-replay", "pilotdisp-bot",
                 "tugsched", "crewsync", "ais-ingest", "root", "SYSTEM", "portbase-sync", "kiosk07", "lane3-ocr",
                 "nsw-connector", "cargo-rules-engine", "reefer-monitor", "svc_crewing", "BATCH01", "dgcheck-svc",
                 "harbour-bot", "svc-husbandry", "customs-sync", "isps-reader"]
STATUS = ["Approved", "Pending", "Rejected", "Cleared", "On Hold", "Berthed", "Anchored", "Underway", "Released",
          "Awaiting Pilot", "All Fast", "Let Go", "Gate In", "Gate Out", "Discharged", "Loaded", "Cancelled",
          "Completed", "Overdue", "Valid", "Expired", "Not Required"]
UI_STRINGS = ["Llegada confirmada", "Ankunft bestätigt", "Arrivée confirmée", "Прибытие подтверждено", "入港確認済み",
              "Liegeplatz zugewiesen", "Atracación autorizada", "Zarpe autorizado", "Lotsenbestellung storniert",
              "Aanvraag loods ontvangen", "Rimorchio assegnato", "Despacho aduanero completado", "Cargo liberado",
              "Documentação pendente", "Escala encerrada", "Besoin de remorqueur", "Odprawa zakończona",
              "Yük tahliyesi tamamlandı", "선석 배정 완료", "靠泊计划已更新", "Στάση ολοκληρώθηκε", "Kỳ hạn đã qua",
              "Tarkastus valmis", "Klarering godkänd", "Vessel Details", "Berth Schedule", "Crew Overview",
              "Submit Declaration", "Save Draft", "Print Gate Ticket", "Show Hidden Columns"]
TRUCKERS = ["Nguyen Brothers Trucking", "Kowalski Transport Sp. z o.o.", "Okafor Logistics Ltd", "J.B. Hunt",
            "Schneider National", "Harbor Freight Lines", "Van den Bosch Transport", "DFDS Logistics",
            "Mensah Haulage"]


def plate(rng) -> str:
    L = "BCDFGHJKLNPRSTVXZ"
    k = rng.randrange(5)
    if k == 0:
        return f"{rng.randint(10, 99)}-{''.join(rng.choice(L) for _ in range(3))}-{rng.randint(1, 9)}"
    if k == 1:
        return f"HH-{rng.choice(L)}{rng.choice(L)} {rng.randint(100, 9999)}"
    if k == 2:
        return f"{rng.randint(1, 9)}{''.join(rng.choice(L) for _ in range(3))}{rng.randint(100, 999)}"
    if k == 3:
        return f"{rng.choice(L)}{rng.choice(L)}{rng.randint(10, 79)} {''.join(rng.choice(L) for _ in range(3))}"
    return f"X{rng.choice(L)} {rng.randint(1000, 9999)} {rng.choice(L)}"


BASE = datetime(2026, 11, 2, 0, 0, 0)


def when(rng) -> datetime:
    return BASE + timedelta(seconds=rng.randint(0, 28 * 86400))


def iso(d: datetime, z: bool = True) -> str:
    return d.strftime("%Y-%m-%dT%H:%M:%S") + ("Z" if z else "")


def isoms(d: datetime, rng) -> str:
    return d.strftime("%Y-%m-%dT%H:%M:%S") + f".{rng.randint(0, 999):03d}Z"


def sysl(d: datetime) -> str:
    return d.strftime("%b ") + f"{d.day:2d}" + d.strftime(" %H:%M:%S")


def hm(d: datetime) -> str:
    return d.strftime("%H%M")


def voyage(rng) -> str:
    return f"{rng.randint(1, 60):03d}{rng.choice('EWNS')}" if rng.random() < 0.6 else f"2{rng.randint(540, 560)}"


def host(rng, kind: str) -> str:
    return f"{kind}-{rng.choice(['rtm', 'sin', 'ham', 'anr', 'pir', 'lax'])}-{rng.randint(1, 12):02d}"


def pick(rng, seq, k):
    return rng.sample(list(seq), k)


# ------------------------------------------------------------------------------------------------ verify
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


def ssn_ok(s: str) -> bool:
    if re.fullmatch(r"\d{4}", s):
        return True
    m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", s)
    if not m:
        return False
    a, g, r = int(m.group(1)), int(m.group(3)), int(m.group(4))
    return 0 < a < 900 and a != 666 and g > 0 and r > 0


def check_value(typ: str, raw: str) -> bool:
    if typ == "EMAIL":
        return bool(EMAIL_RE.match(raw))
    if typ == "IP_ADDRESS":
        try:
            ipaddress.ip_address(raw)
            return True
        except ValueError:
            return False
    if typ == "SSN":
        return ssn_ok(raw)
    if typ == "CREDIT_CARD":
        return card_ok(raw)
    if typ == "PHONE":
        d = re.sub(r"\D", "", raw)
        return bool(re.fullmatch(r"[+0-9 ().-]+", raw)) and 7 <= len(d) <= 15
    if typ == "NAME":
        return any(c.isalpha() for c in raw) and "@" not in raw and raw == raw.strip()
    return False


def verify_docs(b: B) -> None:
    text = b.text
    for s, e, kind in b.docs:
        doc = text[s:e]
        try:
            if kind == "json":
                json.loads(doc)
            elif kind == "xml":
                ET.fromstring(doc)
            elif kind == "pyexpr":
                ast.parse(doc, mode="eval")
                if doc.startswith(("{", "[", "(")):
                    ast.literal_eval(doc)
        except Exception as ex:
            raise TemplateBug(f"{kind} does not parse: {ex}: {doc[:200]!r}") from ex


_EMAIL_LEAK = re.compile(r"[A-Za-z0-9._+-]+(?:@|%40|%2540)([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
_IP4 = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
_IP6 = re.compile(r"(?<![0-9A-Fa-f:])[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:]*(?![0-9A-Fa-f:])")
_CARD = [re.compile(r"(?<!\d)\d{13,19}(?!\d)"), re.compile(r"(?<!\d)\d{4}([ -])\d{4}\1\d{4}\1\d{1,7}(?!\d)"),
         re.compile(r"(?<!\d)\d{4}([ -])\d{6}\1\d{5}(?!\d)")]
_SSN = re.compile(r"(?<!\d)\d{3}([- ])\d{2}\1\d{4}(?!\d)")


def _escapes(w: str) -> list[str]:
    out = [w]
    for f in (fold, pct, form, jesc_a, lambda s: fold(s).upper()):
        x = f(w)
        if x not in out:
            out.append(x)
    xb = "".join(f"\\x{b:02x}" for b in w.encode()) if not w.isascii() else w
    if xb not in out:
        out.append(xb)
    return out


class Leak(Exception):
    pass


def leak_check(b: B, text: str, spans) -> None:
    chars = list(text)
    for s, e, *_ in spans:
        for i in range(s, e):
            chars[i] = "\x00"
    masked = "".join(chars)
    for m in _EMAIL_LEAK.finditer(masked):
        local = m.group(0).split("@")[0]
        dom = m.group(1)
        if local.isdigit() or dom.isupper():
            continue
        raise Leak(f"email outside span: {m.group(0)!r}")
    for m in _IP4.finditer(masked):
        try:
            ipaddress.ip_address(m.group(0))
        except ValueError:
            continue
        raise Leak(f"ip outside span: {m.group(0)}")
    for m in _IP6.finditer(masked):
        cand = m.group(0)
        if cand.count(":") < 2:
            continue
        try:
            ipaddress.IPv6Address(cand)
        except ValueError:
            continue
        raise Leak(f"ipv6 outside span: {cand}")
    for rx in _CARD:
        for m in rx.finditer(masked):
            if card_ok(m.group(0)):
                raise Leak(f"card outside span: {m.group(0)}")
    for m in _SSN.finditer(masked):
        if ssn_ok(m.group(0)):
            raise Leak(f"ssn outside span: {m.group(0)}")
    okspans = [(s, e) for s, e, typ, *_ in spans if typ in ("NAME", "EMAIL")]
    for p in b.persons:
        for w in p.words():
            for form_ in _escapes(w):
                if is_latin(form_):
                    rx = re.compile(r"(?<![^\W_])" + re.escape(form_) + r"(?![^\W_])", re.I)
                else:
                    rx = re.compile(re.escape(form_))
                for m in rx.finditer(text):
                    if not any(s <= m.start() and m.end() <= e for s, e in okspans):
                        raise Leak(f"name word {form_!r} outside span at {m.start()}: "
                                   f"{text[max(0, m.start() - 30):m.end() + 30]!r}")


def verify(b: B, negative: bool) -> dict:
    text = b.text
    verify_docs(b)
    spans = b.spans()
    prev = 0
    for s, e, typ, raw, encs in spans:
        if s < prev or e <= s or e > len(text):
            raise TemplateBug(f"bad span {s},{e}")
        prev = e
        val = text[s:e]
        if val != val.strip():
            raise TemplateBug(f"edge whitespace {val!r}")
        x = raw
        for f in encs:
            x = f(x)
        if x != val:
            raise TemplateBug(f"span text {val!r} != encoded value {x!r}")
        if not check_value(typ, raw):
            raise TemplateBug(f"bad {typ} value {raw!r}")
    if negative:
        if spans or b.persons:
            raise TemplateBug("negative with spans or persons")
    elif not spans:
        raise TemplateBug("positive without spans")
    leak_check(b, text, spans)
    return {"text": text, "spans": [[s, e, typ] for s, e, typ, _r, _e in spans],
            "_raw": [(typ, raw, text[s:e]) for s, e, typ, raw, _e in spans]}


def run_family(family: str, pos, neg, n: int, seed: int, stats: dict) -> list[dict]:
    rng = random.Random(f"pack_z|{seed}|{family}")
    n_neg = round(n * 0.3)
    flags = [False] * (n - n_neg) + [True] * n_neg
    rng.shuffle(flags)
    pi = ni = 0
    out = []
    for is_neg in flags:
        if is_neg:
            tpl = neg[ni % len(neg)]
            ni += 1
        else:
            tpl = pos[pi % len(pos)]
            pi += 1
        for _attempt in range(80):
            b = B()
            tpl(rng, b)
            try:
                rec = verify(b, is_neg)
                break
            except Leak as ex:
                stats["redraws"] = stats.get("redraws", 0) + 1
                stats.setdefault("redraw_reasons", []).append(f"{family}/{tpl.__name__}: {ex}")
        else:
            raise TemplateBug(f"{family}/{tpl.__name__}: 80 redraws")
        if rec["text"].endswith("\n"):
            rec["text"] = rec["text"].rstrip("\n")
            if any(e > len(rec["text"]) for _s, e, _t in rec["spans"]):
                raise TemplateBug("span in trailing newline")
        rec["family"] = family
        rec["group"] = "pack_z"
        out.append(rec)
    return out
