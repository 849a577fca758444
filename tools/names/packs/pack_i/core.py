"""Segment builder, value makers, per-record context and checks for pack_i.

A record is a list of (text, TYPE|None) segments; a span's offsets follow from the lengths of the segments
before it, so nothing is searched for afterwards. Encoders (JSON, form, percent, XML, Python repr) are applied
segment by segment and are character-local, so an encoded value is labelled exactly as it appears.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import random
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from typing import Any
from urllib.parse import quote, quote_plus, unquote, unquote_plus

import names as NM

TYPES = ("NAME", "EMAIL", "PHONE", "SSN", "CREDIT_CARD", "IP_ADDRESS")


class TemplateBug(AssertionError):
    pass


# ---------------------------------------------------------------- labelled values and encoders
def N(v: str) -> tuple[str, str]:
    return (v, "NAME")


def E(v: str) -> tuple[str, str]:
    return (v, "EMAIL")


def P(v: str) -> tuple[str, str]:
    return (v, "PHONE")


def S(v: str) -> tuple[str, str]:
    return (v, "SSN")


def C(v: str) -> tuple[str, str]:
    return (v, "CREDIT_CARD")


def I(v: str) -> tuple[str, str]:  # noqa: E743
    return (v, "IP_ADDRESS")


def jesc(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jesc_a(s: str) -> str:
    return json.dumps(s, ensure_ascii=True)[1:-1]


def form(s: str) -> str:
    return quote_plus(s, safe="")


def pct(s: str) -> str:
    return quote(s, safe="")


def xesc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("'", "&apos;")


def rb(s: str) -> str:
    """Inside of a Ruby/Rails double-quoted inspect string."""
    return s.replace("\\", "\\\\").replace('"', '\\"')


class Cat:
    """A JSON/repr string value made of literal pieces and labelled tuples."""

    def __init__(self, *pieces: Any) -> None:
        self.pieces = pieces


class Raw:
    def __init__(self, text: str) -> None:
        self.text = text


class Rec:
    def __init__(self, kind: str = "text") -> None:
        self.segs: list[tuple[str, str | None]] = []
        self.kind = kind  # "text", "json" or "xml": the whole text must parse
        self.docs: list[tuple[str, int, int]] = []
        self.exempt: list[str] = []

    def pos(self) -> int:
        return sum(len(t) for t, _ in self.segs)

    def add(self, *pieces: Any, enc: Callable[[str], str] | None = None) -> Rec:
        for p in pieces:
            if p is None or p == "":
                continue
            if isinstance(p, str):
                self.segs.append((enc(p) if enc else p, None))
            elif isinstance(p, tuple):
                v, typ = p
                if typ not in TYPES or not v:
                    raise TemplateBug(f"bad labelled value {p!r}")
                self.segs.append((enc(v) if enc else v, typ))
            elif isinstance(p, Rec):
                if enc is None:
                    base = self.pos()
                    self.docs.extend((k, s + base, e + base) for k, s, e in p.docs)
                else:
                    p.check_docs()
                for t, typ in p.segs:
                    self.segs.append((enc(t) if enc else t, typ))
                self.exempt.extend(p.exempt)
            elif isinstance(p, list):
                self.add(*p, enc=enc)
            else:
                raise TemplateBug(f"bad piece {type(p)}")
        return self

    # JSON ---------------------------------------------------------------------------------------------
    def js(self, obj: Any, indent: int | None = None, ascii: bool = False, sep: tuple[str, str] | None = None) -> Rec:
        start = self.pos()
        self._js(obj, indent, 0, jesc_a if ascii else jesc, sep or ((",", ": ") if indent else (",", ":")))
        self.docs.append(("json", start, self.pos()))
        return self

    def _js(self, o: Any, ind: int | None, lvl: int, esc: Callable[[str], str], sep: tuple[str, str]) -> None:
        nl = "" if ind is None else "\n" + " " * (ind * (lvl + 1))
        end = "" if ind is None else "\n" + " " * (ind * lvl)
        if isinstance(o, dict):
            if not o:
                self.add("{}")
                return
            self.add("{")
            for i, (k, v) in enumerate(o.items()):
                self.add((sep[0] if i else "") + nl + '"' + esc(k) + '"' + sep[1])
                self._js(v, ind, lvl + 1, esc, sep)
            self.add(end + "}")
        elif isinstance(o, list):
            if not o:
                self.add("[]")
                return
            self.add("[")
            for i, v in enumerate(o):
                self.add((sep[0] if i else "") + nl)
                self._js(v, ind, lvl + 1, esc, sep)
            self.add(end + "]")
        elif isinstance(o, tuple):
            self.add('"').add(o, enc=esc).add('"')
        elif isinstance(o, Cat):
            self.add('"').add(*o.pieces, enc=esc).add('"')
        elif isinstance(o, Raw):
            self.add(o.text)
        elif isinstance(o, str):
            self.add('"' + esc(o) + '"')
        else:
            self.add(json.dumps(o))

    def xml_doc(self, start: int) -> Rec:
        self.docs.append(("xml", start, self.pos()))
        return self

    # Python repr ------------------------------------------------------------------------------------------
    def py(self, v: Any) -> Rec:
        """Append a Python repr of a str or labelled tuple, quoted and escaped as repr() does."""
        if isinstance(v, tuple):
            rp = repr(v[0])
            return self.add(rp[0]).add((rp[1:-1], v[1])).add(rp[-1])
        return self.add(repr(v))

    def text(self) -> str:
        return "".join(t for t, _ in self.segs)

    def labelled(self) -> list[tuple[int, int, str, str]]:
        out, pos = [], 0
        for t, typ in self.segs:
            if typ is not None:
                out.append((pos, pos + len(t), typ, t))
            pos += len(t)
        return out

    def check_docs(self) -> None:
        text = self.text()
        for kind, s, e in self.docs:
            doc = text[s:e]
            try:
                json.loads(doc) if kind == "json" else ET.fromstring(doc)
            except Exception as ex:
                raise TemplateBug(f"{kind} document does not parse ({ex}): {doc[:400]!r}") from ex


# ---------------------------------------------------------------- numbers
def luhn_ok(d: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        tot += n
    return tot % 10 == 0


def ssn_ok(a: str, g: str, s: str) -> bool:
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and s != "0000"


# National plans: (country code, trunk prefix, national significant number pattern; X = random digit)
PLANS: dict[str, list[tuple[str, str, str]]] = {
    "UK": [("44", "0", "7700 900XXX")], "IE": [("353", "0", "8X XXX XXXX")], "DE": [("49", "0", "151 XXXXXXXX"),
    ("49", "0", "171 XXX XXXX")], "NL": [("31", "0", "6 XXXX XXXX")], "FR": [("33", "0", "6 XX XX XX XX")],
    "ES": [("34", "", "6XX XXX XXX")], "MX": [("52", "", "55 XXXX XXXX"), ("52", "", "33 XXXX XXXX")],
    "PE": [("51", "", "9XX XXX XXX")], "PT": [("351", "", "91X XXX XXX")], "BR": [("55", "0", "11 9XXXX-XXXX"),
    ("55", "0", "44 9XXXX-XXXX")], "IT": [("39", "", "3XX XXX XXXX")], "PL": [("48", "", "5XX XXX XXX")],
    "CZ": [("420", "", "6XX XXX XXX")], "RU": [("7", "8 ", "9XX XXX-XX-XX")], "UA": [("380", "0", "6X XXX XX XX")],
    "HU": [("36", "06 ", "30 XXX XXXX")], "RO": [("40", "0", "7XX XXX XXX")], "GR": [("30", "", "69X XXX XXXX")],
    "SE": [("46", "0", "70-XXX XX XX")], "FI": [("358", "0", "40 XXX XXXX")], "IS": [("354", "", "6XX XXXX")],
    "TR": [("90", "0", "5XX XXX XX XX")], "AE": [("971", "0", "50 XXX XXXX")], "IR": [("98", "0", "912 XXX XXXX")],
    "IL": [("972", "0", "5X-XXX-XXXX")], "IN": [("91", "0", "9XXXX XXXXX")], "BD": [("880", "0", "17XX-XXXXXX")],
    "PK": [("92", "0", "3XX XXXXXXX")], "NP": [("977", "", "98XXXXXXXX")], "LK": [("94", "0", "7X XXX XXXX")],
    "CN": [("86", "", "138 XXXX XXXX")], "HK": [("852", "", "9XXX XXXX")], "JP": [("81", "0", "90-XXXX-XXXX")],
    "KR": [("82", "0", "10-XXXX-XXXX")], "VN": [("84", "0", "9X XXX XX XX")], "PH": [("63", "0", "917 XXX XXXX")],
    "ID": [("62", "0", "812-XXXX-XXXX")], "MY": [("60", "0", "12-XXX XXXX")], "TH": [("66", "0", "8X XXX XXXX")],
    "NG": [("234", "0", "803 XXX XXXX")], "GH": [("233", "0", "24 XXX XXXX")], "KE": [("254", "0", "7XX XXX XXX")],
    "ET": [("251", "0", "91 XXX XXXX")], "ZA": [("27", "0", "82 XXX XXXX")], "NZ": [("64", "0", "21 XXX XXXX")],
    "GE": [("995", "", "5XX XX XX XX")], "KZ": [("7", "8 ", "7XX XXX XX XX")], "RS": [("381", "0", "6X XXX XXXX")],
    "AU": [("61", "0", "491 57X XXX")], "NO": [("47", "", "4XX XX XXX")],
    "IRIDIUM": [("881", "", "6XX XXX XXXX")], "INMARSAT": [("870", "", "77X XXX XXX")],
}
NANP_AREAS = {"US": ["406", "701", "605", "308", "785", "515", "319", "620", "559", "209", "208", "509", "806", "580",
                     "217", "563", "320", "402", "920", "712"],
              "CA": ["306", "403", "204", "519", "780", "587", "250", "418"]}


def _fill(r: random.Random, pat: str) -> str:
    return "".join(str(r.randint(0, 9)) if ch == "X" else ch for ch in pat)


def phone(r: random.Random, cc: str = "US", style: str | None = None) -> str:
    style = style or r.choice(["nat", "nat", "intl", "e164", "e164", "bare", "00"])
    if cc in NANP_AREAS:
        a, x = r.choice(NANP_AREAS[cc]), f"01{r.randint(0, 9)}{r.randint(0, 9)}"
        return {"nat": r.choice([f"({a}) 555-{x}", f"{a}-555-{x}", f"{a}.555.{x}", f"1-{a}-555-{x}"]),
                "intl": f"+1 {a} 555 {x}", "e164": f"+1{a}555{x}", "bare": f"1{a}555{x}", "00": f"001 {a} 555 {x}"}[style]
    code, trunk, pat = r.choice(PLANS[cc])
    nsn = _fill(r, pat)
    digits = re.sub(r"\D", "", nsn)
    if style == "nat":
        return trunk + nsn if trunk else nsn
    return {"intl": f"+{code} {nsn}", "e164": f"+{code}{digits}", "bare": code + digits, "00": f"00{code} {nsn}"}[style]


def ssn(r: random.Random, style: str | None = None) -> str:
    while True:
        a, g, s = f"{r.randint(1, 899):03d}", f"{r.randint(1, 99):02d}", f"{r.randint(1, 9999):04d}"
        if ssn_ok(a, g, s):
            break
    style = style or r.choice(["dash", "dash", "dash", "bare", "space"])
    return {"dash": f"{a}-{g}-{s}", "bare": a + g + s, "space": f"{a} {g} {s}"}[style]


def card(r: random.Random, sep: str | None = None) -> str:
    brand = r.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    pre, n = {"visa": ("4", 16), "mc": (str(r.randint(51, 55)), 16), "mc2": (str(r.randint(2221, 2720)), 16),
              "amex": (r.choice(["34", "37"]), 15), "disc": ("6011", 16)}[brand]
    body = pre + "".join(str(r.randint(0, 9)) for _ in range(n - len(pre) - 1))
    d = next(body + str(c) for c in range(10) if luhn_ok(body + str(c)))
    sep = r.choice(["", "", " ", "-"]) if sep is None else sep
    if n == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i:i + 4] for i in range(0, 16, 4))


def ip4(r: random.Random) -> str:
    k = r.randint(0, 5)
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


def ip6(r: random.Random) -> str:
    pre = r.choice(["2001:db8:", "2001:db8:4a1:", "fd3c:9e2a:"])
    groups = pre.rstrip(":").split(":")
    groups += [f"{r.randint(0, 0xffff):x}" for _ in range(8 - len(groups))]
    if r.random() < 0.5:
        groups[4:7] = ["0", "0", "0"]
    return ipaddress.IPv6Address(":".join(groups)).compressed


def safe_digits(r: random.Random, n: int, lead: str = "") -> str:
    """A digit id that is no Luhn-valid card-like number."""
    while True:
        d = lead + "".join(str(r.randint(0, 9)) for _ in range(n - len(lead)))
        if not (13 <= n <= 19 and d[0] in "23456" and luhn_ok(d)):
            return d


def gs1(r: random.Random, n: int, lead: str = "0") -> str:
    """A GS1 key (GTIN/GLN/SSCC) with a valid GS1 check digit, drawn again if it is Luhn-valid card-like."""
    while True:
        body = lead + "".join(str(r.randint(0, 9)) for _ in range(n - 1 - len(lead)))
        tot = sum(int(ch) * (3 if i % 2 == 0 else 1) for i, ch in enumerate(reversed(body)))
        d = body + str((10 - tot % 10) % 10)
        if not (13 <= n <= 19 and d[0] in "23456" and luhn_ok(d)):
            return d


# ---------------------------------------------------------------- per-record context
class Ctx:
    def __init__(self, r: random.Random, negative: bool, prefs: list[str]) -> None:
        self.r = r
        self.negative = negative
        self.prefs = prefs
        self.persons: list[NM.Person] = []
        self.t0 = dt.datetime(2025, 1, 6) + dt.timedelta(seconds=r.randint(0, 330 * 86400))

    # random helpers
    def ch(self, seq: Any) -> Any:
        return self.r.choice(seq)

    def ri(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def p(self, prob: float) -> bool:
        return self.r.random() < prob

    def dig(self, n: int, lead: str = "") -> str:
        return safe_digits(self.r, n, lead)

    def hexs(self, n: int) -> str:
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def uuid(self) -> str:
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"

    def t(self, fmt: str = "iso", plus: int = 0) -> str:
        d = self.t0 + dt.timedelta(seconds=plus)
        ms = self.r.randint(0, 999)
        return {"iso": d.strftime("%Y-%m-%dT%H:%M:%S") + f".{ms:03d}Z", "isoz": d.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "log": d.strftime("%Y-%m-%d %H:%M:%S") + f",{ms:03d}", "sp": d.strftime("%Y-%m-%d %H:%M:%S"),
                "us": d.strftime("%m/%d/%Y"), "ust": d.strftime("%m/%d/%Y %H:%M"), "eu": d.strftime("%d.%m.%Y %H:%M"),
                "date": d.strftime("%Y-%m-%d"), "hm": d.strftime("%H:%M"), "syslog": d.strftime("%b %d %H:%M:%S"),
                "rails": d.strftime("%Y-%m-%d %H:%M:%S -0500"), "dmy": d.strftime("%d/%m/%Y"),
                "compact": d.strftime("%Y%m%d%H%M%S")}[fmt]

    # people and values
    def person(self, trads: list[str] | None = None, native: float = 0.25, _depth: int = 0) -> NM.Person:
        if self.negative:
            raise TemplateBug("a negative record drew a person")
        r = self.r
        pool = trads or (self.prefs if r.random() < 0.6 else sorted(NM.TRADITIONS))
        if _depth > 8:
            pool, native = sorted(NM.TRADITIONS), 0.0
        if r.random() < native:
            cand = [x for x in NM.NATIVE if x[0] in pool] or NM.NATIVE
            trad, gen, g, f, gn, fn = r.choice(cand)
            p = NM.Person(trad, gen, g, f, (gn, fn), NM.TRADITIONS[trad][1] == "fg" or
                          (NM.TRADITIONS[trad][1] == "mix" and r.random() < 0.5))
        else:
            trad = r.choice(pool)
            _cc, order, m, fem, s = NM.TRADITIONS[trad]
            gen = r.choice("mf")
            g = r.choice(NM._split(m if gen == "m" else fem))
            fam = r.choice(NM._split(s)).split("~")
            f = fam[1] if gen == "f" and len(fam) > 1 else fam[0]
            p = NM.Person(trad, gen, g, f, None, order == "fg" or (order == "mix" and r.random() < 0.5))
        if any(p.given == q.given or p.family == q.family for q in self.persons):
            return self.person(trads, native, _depth + 1)
        self.persons.append(p)
        return p

    def relative(self, p: NM.Person) -> NM.Person:
        """A relative sharing the person's surname (gendered form matched), with another given name."""
        _cc, _o, m, fem, s = NM.TRADITIONS[p.trad]
        gen = self.ch("mf")
        taken = {q.given for q in self.persons}
        pool = [g for g in NM._split(m if gen == "m" else fem) if g not in taken]
        if not pool:
            gen = "f" if gen == "m" else "m"
            pool = [g for g in NM._split(m if gen == "m" else fem) if g not in taken] or ["Sam"]
        fam = p.family
        for entry in NM._split(s):
            forms = entry.split("~")
            if p.family in forms and len(forms) == 2:
                fam = forms[1] if gen == "f" else forms[0]
        q = NM.Person(p.trad, gen, self.ch(pool), fam, None, p.ff)
        self.persons.append(q)
        return q

    def people(self, k: int, trads: list[str] | None = None) -> list[NM.Person]:
        return [self.person(trads) for _ in range(k)]

    def phone(self, p: NM.Person | None = None, cc: str | None = None, style: str | None = None) -> str:
        cc = cc or (p.cc if p and self.r.random() < 0.8 else self.ch(["US", "US", "CA"] + [k for k in sorted(PLANS)
                                                                                           if len(k) == 2]))
        return phone(self.r, cc, style)

    def ssn(self, style: str | None = None) -> str:
        return ssn(self.r, style)

    def card(self, sep: str | None = None) -> str:
        return card(self.r, sep)

    def ip(self, v6: float = 0.12) -> str:
        return ip6(self.r) if self.r.random() < v6 else ip4(self.r)

    def acct(self, p: NM.Person, style: str | None = None, digits: float = 0.25) -> str:
        return p.acct(self.r, style, digits)

    def email(self, p: NM.Person, domain: str | None = None) -> str:
        return p.email(self.r, domain)

    def nm(self, p: NM.Person) -> str:
        """Display name: native script half the time when the person has one, else mostly 'Given Family'."""
        return p.any(self.r, 0.5)

    def name_form(self, p: NM.Person, forms: list[str] | None = None) -> str:
        f = self.ch(forms or ["full", "full", "full", "lf", "caps", "caps_lf", "western", "nat"])
        if f == "nat" and not p.native:
            f = "full"
        return {"full": p.full, "lf": p.lf, "caps": p.caps, "caps_lf": p.caps_lf, "western": p.western,
                "nat": p.nat, "slash": p.slash, "given": lambda: p.given, "family": lambda: p.family}[f]()


# ---------------------------------------------------------------- checks
_EMAIL = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
_EMAIL_IN_TEXT = re.compile(
    r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
    r"|(?:[A-Za-z0-9._-]|%2[Bb])+(?:%40|%2540)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_IPV4 = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![.\w])")
_CARDLIKE = re.compile(r"(?<![\w-])(?:\d{13,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{1,7}|\d{4}([ -])\d{6}\2\d{5})(?![\w-])")
_SSNLIKE = re.compile(r"(?<![\w-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\w-])")


def valid_value(typ: str, v: str) -> str | None:
    if typ == "EMAIL":
        return None if _EMAIL.match(unquote(unquote(v))) else "bad e-mail"
    if typ == "IP_ADDRESS":
        try:
            ipaddress.ip_address(v)
            return None
        except ValueError:
            return "bad IP"
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
        return None if re.fullmatch(r"[0-9+()\-. ]+", dec) and 7 <= n <= 15 else "bad phone"
    if typ == "NAME":
        return None if "@" not in v and any(ch.isalpha() for ch in v) else "bad name"
    return "bad type"


def check_structure(rec: Rec, negative: bool) -> None:
    text = rec.text()
    prev = 0
    for s, e, typ, value in rec.labelled():
        if not (0 <= s < e <= len(text)) or text[s:e] != value:
            raise TemplateBug(f"span {s, e} does not hold {value!r}")
        if value != value.strip():
            raise TemplateBug(f"whitespace at the edge of {value!r}")
        if s < prev:
            raise TemplateBug("overlapping spans")
        prev = e
        why = valid_value(typ, value)
        if why:
            raise TemplateBug(f"{why}: {value!r} in {text[:300]!r}")
    if negative and rec.labelled():
        raise TemplateBug(f"negative with spans: {text[:300]!r}")
    if not negative and not rec.labelled():
        raise TemplateBug(f"positive without spans: {text[:300]!r}")
    rec.check_docs()
    if rec.kind == "json":
        json.loads(text)
    elif rec.kind == "xml":
        ET.fromstring(text)


def _inside(s: int, e: int, spans: list[tuple[int, int, str, str]], types: tuple[str, ...] | None) -> bool:
    return any(a <= s and e <= b and (types is None or t in types) for a, b, t, _ in spans)


def find_leaks(rec: Rec, persons: list[NM.Person]) -> list[str]:
    text = rec.text()
    spans = rec.labelled()
    leaks: list[str] = []
    for m in _EMAIL_IN_TEXT.finditer(text):
        dom = re.split(r"@|%40|%2540", m.group(0), maxsplit=1)[1]
        if dom == dom.upper():
            continue  # acct@REALM (Kerberos-style upper-case realm) is no e-mail address
        if not _inside(m.start(), m.end(), spans, ("EMAIL",)):
            leaks.append(f"e-mail {m.group(0)!r}")
    for m in _IPV4.finditer(text):
        try:
            ipaddress.IPv4Address(m.group(0))
        except ValueError:
            continue
        if m.group(0) not in rec.exempt and not _inside(m.start(), m.end(), spans, ("IP_ADDRESS",)):
            leaks.append(f"IPv4 {m.group(0)!r}")
    for m in _CARDLIKE.finditer(text):
        d = re.sub(r"[ -]", "", m.group(0))
        if 13 <= len(d) <= 19 and d[0] in "23456" and luhn_ok(d) and not _inside(m.start(), m.end(), spans, None):
            leaks.append(f"card-like {m.group(0)!r}")
    for m in _SSNLIKE.finditer(text):
        if ssn_ok(m[1], m[3], m[4]) and not _inside(m.start(), m.end(), spans, None):
            leaks.append(f"SSN-like {m.group(0)!r}")
    for p in persons:
        for tok in p.tokens():
            forms = {tok, quote_plus(tok), quote(tok), jesc_a(tok), xesc(tok)}
            for f in forms:
                pat = re.compile(r"(?<![^\W_])" + re.escape(f) + r"(?![^\W_])", re.IGNORECASE)
                for m in pat.finditer(text):
                    if not _inside(m.start(), m.end(), spans, ("NAME", "EMAIL")):
                        leaks.append(f"name word {f!r} at {m.start()}")
    return leaks
