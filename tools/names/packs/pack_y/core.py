"""Segment builder, value generators, decoys and verifier for pack_y (physical retail stores).

Text and spans are built together: a template returns an `F`, a list of (text, label) segments. Encoders
(JSON, percent, form, XML, CSV, Python literal) are applied per segment, so a label always covers the value
as it is written in the record. Nothing is searched for after the text is built; the verifier only checks.
"""

from __future__ import annotations

import ast
import csv
import io
import ipaddress
import json
import re
import unicodedata
import urllib.parse
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta

import names as N

TYPES = ("NAME", "EMAIL", "PHONE", "SSN", "CREDIT_CARD", "IP_ADDRESS")


class TemplateBug(Exception):
    """A template produced a record that breaks a rule (never redrawn: the code is wrong)."""


class Leak(Exception):
    """A drawn value sits outside its span (redrawn from the same random stream)."""


# ---------------------------------------------------------------- segments
class F:
    __slots__ = ("segs",)

    def __init__(self, segs=()):
        self.segs = [s for s in segs if s[0]]

    def __add__(self, o):
        return F(self.segs + _segs(o))

    def __radd__(self, o):
        return F(_segs(o) + self.segs)

    @property
    def text(self) -> str:
        return "".join(s for s, _ in self.segs)

    def render(self):
        text, spans, pos = [], [], 0
        for s, t in self.segs:
            if t is not None:
                spans.append([pos, pos + len(s), t])
            text.append(s)
            pos += len(s)
        return "".join(text), spans


def _segs(o):
    if isinstance(o, F):
        return o.segs
    if isinstance(o, str):
        return [(o, None)] if o else []
    if isinstance(o, (int, float)):
        return [(str(o), None)]
    raise TemplateBug(f"cannot concatenate {type(o)!r}")


def L(s) -> F:
    return F(_segs(s))


def V(s: str, t: str) -> F:
    if not s or s != s.strip():
        raise TemplateBug(f"bad value {s!r}")
    if t not in TYPES:
        raise TemplateBug(t)
    return F([(s, t)])


def NM(s):
    return V(s, "NAME")


def EM(s):
    return V(s, "EMAIL")


def PH(s):
    return V(s, "PHONE")


def SS(s):
    return V(s, "SSN")


def CC(s):
    return V(s, "CREDIT_CARD")


def IPV(s):
    return V(s, "IP_ADDRESS")


def form_of(p, kind):
    """One display form of a person: full, rfull, lf, LF, UP, slash, g_family, given_f, FAMILY_G, given, family."""
    if kind == "given":
        return p.given
    if kind == "family":
        return p.family
    return getattr(p, kind)


_TITLES = {"en": ("Mr", "Ms"), "fr": ("M.", "Mme"), "de": ("Herrn", "Frau"), "nl": ("meneer", "mevrouw"),
           "es": ("Sr.", "Sra."), "it": ("Sig.", "Sig.ra"), "pt": ("Sr.", "Sra."), "pl": ("Pan", "Pani"),
           "ja": ("様", "様")}


def title(p, lang="en"):
    """A courtesy title that fits the person's gender (never part of a NAME span)."""
    return _TITLES[lang][0 if p.gender == "m" else 1]


def cat(*parts) -> F:
    out = F()
    for p in parts:
        out = out + p
    return out


def join(sep, items) -> F:
    out = F()
    for i, it in enumerate(items):
        if i:
            out = out + sep
        out = out + it
    return out


def emap(frag, fn) -> F:
    return F([(fn(s), t) for s, t in L(frag).segs])


def plain(o):
    if isinstance(o, F):
        return o.text
    if isinstance(o, dict):
        return {k: plain(v) for k, v in o.items()}
    if isinstance(o, (list, tuple)):
        return [plain(v) for v in o]
    return o


# ---------------------------------------------------------------- encoders
def pct(frag, safe="") -> F:
    return emap(frag, lambda s: urllib.parse.quote(s, safe=safe))


def form(frag) -> F:
    return emap(frag, lambda s: urllib.parse.quote_plus(s))


def jesc(frag, ea=False) -> F:
    return emap(frag, lambda s: json.dumps(s, ensure_ascii=ea)[1:-1])


def jstr(frag, ea=False) -> F:
    return '"' + jesc(frag, ea) + '"'


def xesc(frag, attr=False) -> F:
    def esc(s):
        s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return s.replace('"', "&quot;") if attr else s
    return emap(frag, esc)


def pyq(frag) -> F:
    """A Python string literal of the fragment, per segment (checked with ast.literal_eval)."""
    frag = L(frag)
    text = frag.text
    q = '"' if ("'" in text and '"' not in text) else "'"

    def esc(s):
        s = s.replace("\\", "\\\\").replace(q, "\\" + q)
        return s.replace("\n", "\\n")
    out = q + emap(frag, esc) + q
    if ast.literal_eval(out.text) != text:
        raise TemplateBug("python literal")
    return out


def csvf(frag, sep=",", always=False) -> F:
    frag = L(frag)
    t = frag.text
    if always or any(c in t for c in (sep, '"', "\n")) or t != t.strip():
        return '"' + emap(frag, lambda s: s.replace('"', '""')) + '"'
    return frag


def csvrow(fields, sep=",", always=False) -> F:
    row = join(sep, [csvf(f, sep, always) for f in fields])
    got = next(csv.reader(io.StringIO(row.text), delimiter=sep))
    if got != [L(f).text for f in fields]:
        raise TemplateBug(f"csv row {got!r}")
    return row


def pad(frag, width, right=False) -> F:
    frag = L(frag)
    n = len(frag.text)
    if n >= width:  # an overlong value pushes the next column, as real fixed-width writers do
        return (" " + frag) if right else (frag + " ")
    return (" " * (width - n) + frag) if right else (frag + " " * (width - n))


# ---------------------------------------------------------------- JSON
def _jd(o, ind, lvl, seps, ea):
    if isinstance(o, F):
        return jstr(o, ea)
    if isinstance(o, str):
        return L(json.dumps(o, ensure_ascii=ea))
    if o is None or isinstance(o, (bool, int, float)):
        return L(json.dumps(o))
    item, kv = seps
    if isinstance(o, dict):
        if not o:
            return L("{}")
        parts = [L(json.dumps(k, ensure_ascii=ea)) + kv + _jd(v, ind, lvl + 1, seps, ea) for k, v in o.items()]
        if ind is None:
            return "{" + join(item, parts) + "}"
        pre = "\n" + " " * (ind * (lvl + 1))
        return "{" + pre + join("," + pre, parts) + "\n" + " " * (ind * lvl) + "}"
    if isinstance(o, (list, tuple)):
        if not o:
            return L("[]")
        parts = [_jd(v, ind, lvl + 1, seps, ea) for v in o]
        if ind is None:
            return "[" + join(item, parts) + "]"
        pre = "\n" + " " * (ind * (lvl + 1))
        return "[" + pre + join("," + pre, parts) + "\n" + " " * (ind * lvl) + "]"
    raise TemplateBug(f"json type {type(o)!r}")


def J(o, indent=None, compact=True, ea=False) -> F:
    """JSON of an object whose strings may be fragments; parsed back and compared."""
    seps = (",", ":") if (compact and indent is None) else (", " if indent is None else ",", ": ")
    out = _jd(o, indent, 0, seps, ea)
    if json.loads(out.text) != plain(o):
        raise TemplateBug("json round trip")
    return out


def X(frag) -> F:
    """An XML document or element: parsed to check that it is well formed."""
    frag = L(frag)
    try:
        ET.fromstring(frag.text)
    except ET.ParseError as e:
        raise TemplateBug(f"xml: {e}: {frag.text[:200]}") from e
    return frag


def PYDICT(frag) -> F:
    frag = L(frag)
    try:
        ast.literal_eval(frag.text)
    except (ValueError, SyntaxError) as e:
        raise TemplateBug(f"python literal: {frag.text[:200]}") from e
    return frag


# ---------------------------------------------------------------- persons
_TR = N.parsed()
_TR_CODES = [t[0] for t in N.TRADITIONS]
_CJK_LANGS = {"ja", "zh", "zh_tw", "ko"}
# tradition -> phone plan, where a natural one exists
_TR_PHONE = {"en_us": "US", "en_gb": "UK", "en_sco": "UK", "en_ie": "IE", "en_au": "AU", "de": "DE", "de_at": "DE",
             "nl": "NL", "be_nl": "NL", "fr": "FR", "ht": "FR", "es": "ES", "ca": "ES", "pt": "PT", "pt_br": "BR",
             "es_mx": "MX", "it": "IT", "pl": "PL", "ja": "JP", "ko": "KR", "hi": "IN", "ta": "IN", "yo": "NG",
             "ig": "NG", "zu": "ZA", "af": "ZA", "sv": "SE", "zh": "SG", "yue": "SG", "ms": "SG", "cari": "US",
             "nav": "US"}


class Person:
    def __init__(self, rng, native_ok=False, trad=None, langs=None):
        self.native = False
        if langs or (native_ok and trad is None and rng.random() < 0.14):
            pool = [n for n in N.NATIVE if n[0] in langs] if langs else N.NATIVE
            lang, gender, ng, nf, rg, rf, ffn = rng.choice(pool)
            self.native, self.lang, self.gender = True, lang, gender
            self.given, self.family = ng, nf
            self.rgiven, self.rfamily = rg, rf
            self.trad = {"ja": "ja", "zh": "zh", "zh_tw": "zh", "ko": "ko"}.get(lang, lang)
            self.ff = ffn
            self.rff = ffn and rng.random() < 0.5
            self.double = False
        else:
            code = trad or rng.choice(_TR_CODES)
            t = _TR[code]
            self.trad, self.lang = code, code
            self.gender = rng.choice("mf")
            self.given = rng.choice(t[self.gender])
            fam = rng.choice(t["s"])
            fam = fam[0] if self.gender == "m" else fam[1]
            self.double = False
            if t["double"] and rng.random() < t["double"]:
                other = rng.choice([x for x in t["s"] if x[0] != fam and x[1] != fam])
                fam2 = other[0] if self.gender == "m" else other[1]
                fam = fam + (" y " if code == "es" and rng.random() < 0.08 else " ") + fam2
                self.double = True
            self.family = fam
            self.rgiven, self.rfamily = self.given, self.family
            self.ff = t["order"] == "fg" or (t["order"] == "mix" and rng.random() < 0.5)
            self.rff = self.ff
        self.digits = rng.randint(1, 99) if rng.random() < 0.25 else None

    # display forms (native script when the person has one)
    @property
    def full(self):
        if self.native and self.lang in _CJK_LANGS:
            return self.family + self.given
        return f"{self.family} {self.given}" if self.ff else f"{self.given} {self.family}"

    @property
    def rfull(self):
        return f"{self.rfamily} {self.rgiven}" if self.rff else f"{self.rgiven} {self.rfamily}"

    @property
    def lf(self):
        return f"{self.rfamily}, {self.rgiven}"

    @property
    def LF(self):
        return f"{N.fold(self.rfamily).upper()}, {N.fold(self.rgiven).upper()}"

    @property
    def UP(self):
        return N.fold(self.rfull).upper()

    @property
    def slash(self):
        return f"{N.fold(self.rfamily).upper()}/{N.fold(self.rgiven).upper()}"

    @property
    def g_family(self):
        return f"{self.rgiven[0]}. {self.rfamily}"

    @property
    def given_f(self):
        return f"{self.rgiven} {self.rfamily[0].upper()}."

    @property
    def FAMILY_G(self):
        return f"{N.fold(self.rfamily).upper()} {N.fold(self.rgiven)[0].upper()}"

    @property
    def ag(self):
        """ASCII given name for accounts: its first word, letters only."""
        w = N.fold(self.rgiven).lower().replace(".", " ").split()[0]
        return re.sub(r"[^a-z0-9]", "", w)

    @property
    def af(self):
        fam = N.fold(self.rfamily).lower()
        if self.double:
            fam = fam.split()[0]
        return re.sub(r"[^a-z0-9]", "", fam)

    def acct(self, style, digits=True):
        g, f = self.ag, self.af
        base = {"first.last": f"{g}.{f}", "flast": f"{g[0]}{f}", "firstl": f"{g}{f[0]}",
                "first_last": f"{g}_{f}", "firstlast": f"{g}{f}", "lastf": f"{f}{g[0]}",
                "f.last": f"{g[0]}.{f}", "last.first": f"{f}.{g}", "first": g}[style]
        if digits and self.digits is not None and style != "first":
            base += str(self.digits)
        return base

    def words(self):
        """Name words for the leak check (particles left out)."""
        out = set()
        for s in (self.given, self.family, self.rgiven, self.rfamily):
            for w in re.split(r"[\s\-]+", s):
                w = w.strip(".,")
                if not w or w.lower() in N.PARTICLES:
                    continue
                for piece in {w, w.split("'")[-1], w.replace("'", "")}:
                    if len(piece) >= 2 and piece.lower() not in N.PARTICLES:
                        out.add(piece)
                        out.add(N.fold(piece))
        return sorted(x for x in out if x)


# ---------------------------------------------------------------- values
DOMAINS = ["example.com", "example.net", "example.org", "mail.example", "inbox.example", "post.example",
           "correo.example", "kunde.example", "posteo.example", "webmail.example"]
STAFF_DOMAIN = ["stores.example", "retailgroup.example", "corp.example.com", "markt.example"]


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
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise TemplateBug("luhn")


def card(rng, brand=None, fmt=None) -> str:
    brand = brand or rng.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "jcb"])
    if brand == "visa":
        n = _luhn_complete("4" + str(rng.randint(0, 9)), 16, rng)
    elif brand == "mc":
        pre = str(rng.randint(51, 55)) if rng.random() < 0.7 else str(rng.randint(2221, 2720))
        n = _luhn_complete(pre, 16, rng)
    elif brand == "amex":
        n = _luhn_complete(rng.choice(["34", "37"]), 15, rng)
    elif brand == "disc":
        n = _luhn_complete("6011", 16, rng)
    else:
        n = _luhn_complete(str(rng.randint(3528, 3589)), 16, rng)
    fmt = fmt or rng.choice(["plain", "plain", "space", "dash"])
    if fmt == "plain":
        return n
    sep = " " if fmt == "space" else "-"
    if len(n) == 15:
        return sep.join([n[:4], n[4:10], n[10:]])
    return sep.join(n[i:i + 4] for i in range(0, len(n), 4))


def not_luhn(rng, length) -> str:
    while True:
        d = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(length - 1))
        if not luhn_ok(d):
            return d


def ssn(rng, fmt="dash") -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    sep = {"dash": "-", "bare": "", "space": " "}[fmt]
    return f"{area:03d}{sep}{g:02d}{sep}{s:04d}"


def ssn_ok(v: str) -> bool:
    d = re.sub(r"[ -]", "", v)
    if len(d) == 4:
        return d.isdigit()
    if len(d) != 9 or not d.isdigit():
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


def _dd(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def phone(rng, plan=None) -> str:
    plan = plan or rng.choice(["US", "US", "UK", "UK", "AU", "DE", "FR", "ES", "IT", "NL", "PL", "JP", "KR",
                               "IN", "BR", "MX", "ZA", "NG", "SG", "IE", "SE", "PT"])
    c = rng.choice
    if plan == "US":
        a, x = c(["212", "312", "415", "617", "713", "206", "305", "404", "503", "614", "416", "604"]), _dd(rng, 2)
        return c([f"({a}) 555-01{x}", f"{a}-555-01{x}", f"+1 {a} 555 01{x}", f"+1-{a}-555-01{x}",
                  f"{a}.555.01{x}", f"1{a}55501{x}"])
    if plan == "UK":
        x = _dd(rng, 3)
        return c([f"07700 900{x}", f"+44 7700 900{x}", f"447700900{x}", f"+447700900{x}", f"07700900{x}"])
    if plan == "AU":
        x, y = rng.randint(0, 9), _dd(rng, 3)
        return c([f"0491 57{x} {y}", f"+61 491 57{x} {y}", f"04915 7{x}{y}"])
    if plan == "DE":
        p, x = c(["151", "160", "170", "176", "152"]), _dd(rng, 8)
        return c([f"0{p} {x}", f"+49 {p} {x}", f"+49 (0){p} {x[:4]} {x[4:]}", f"0{p}/{x}"])
    if plan == "FR":
        d = [_dd(rng, 2) for _ in range(4)]
        p = c(["6", "7"])
        return c([f"0{p} {' '.join(d)}", f"+33 {p} {' '.join(d)}", f"+33{p}{''.join(d)}", f"0{p}.{'.'.join(d)}"])
    if plan == "ES":
        x = _dd(rng, 8)
        return c([f"6{x[:2]} {x[2:5]} {x[5:]}", f"+34 6{x[:2]} {x[2:4]} {x[4:6]} {x[6:]}", f"+346{x}"])
    if plan == "IT":
        x = _dd(rng, 7)
        p = c(["347", "333", "320", "389"])
        return c([f"{p} {x}", f"+39 {p} {x[:3]} {x[3:]}", f"0039{p}{x}"])
    if plan == "NL":
        x = _dd(rng, 8)
        return c([f"06-{x}", f"+31 6 {x}", f"06 {x[:2]} {x[2:4]} {x[4:6]} {x[6:]}"])
    if plan == "PL":
        x = _dd(rng, 6)
        p = c(["512", "601", "698", "725"])
        return c([f"+48 {p} {x[:3]} {x[3:]}", f"{p}-{x[:3]}-{x[3:]}", f"{p} {x[:3]} {x[3:]}"])
    if plan == "JP":
        p, x = c(["090", "080", "070"]), _dd(rng, 8)
        return c([f"{p}-{x[:4]}-{x[4:]}", f"+81 {p[1:]}-{x[:4]}-{x[4:]}", f"+81{p[1:]}{x}"])
    if plan == "KR":
        x = _dd(rng, 8)
        return c([f"010-{x[:4]}-{x[4:]}", f"+82 10-{x[:4]}-{x[4:]}", f"+82 10 {x[:4]} {x[4:]}"])
    if plan == "IN":
        x = str(rng.randint(6, 9)) + _dd(rng, 9)
        return c([f"+91 {x[:5]} {x[5:]}", f"0{x[:5]} {x[5:]}", f"+91-{x}", f"91{x}"])
    if plan == "BR":
        a, x = c(["11", "21", "31", "41", "71"]), _dd(rng, 8)
        return c([f"({a}) 9{x[:4]}-{x[4:]}", f"+55 {a} 9{x[:4]}-{x[4:]}", f"+55{a}9{x}"])
    if plan == "MX":
        x = _dd(rng, 8)
        return c([f"+52 55 {x[:4]} {x[4:]}", f"55 {x[:4]} {x[4:]}", f"+52 1 55 {x[:4]} {x[4:]}"])
    if plan == "ZA":
        p, x = c(["82", "83", "72", "61"]), _dd(rng, 7)
        return c([f"0{p} {x[:3]} {x[3:]}", f"+27 {p} {x[:3]} {x[3:]}"])
    if plan == "NG":
        p, x = c(["803", "806", "813", "905"]), _dd(rng, 7)
        return c([f"0{p} {x[:3]} {x[3:]}", f"+234 {p} {x[:3]} {x[3:]}", f"234{p}{x}"])
    if plan == "SG":
        x = c(["8", "9"]) + _dd(rng, 7)
        return c([f"+65 {x[:4]} {x[4:]}", f"{x[:4]} {x[4:]}", f"+65{x}"])
    if plan == "IE":
        p, x = c(["83", "85", "86", "87"]), _dd(rng, 7)
        return c([f"0{p} {x[:3]} {x[3:]}", f"+353 {p} {x[:3]} {x[3:]}"])
    if plan == "SE":
        x = _dd(rng, 7)
        return c([f"070-{x[:3]} {x[3:5]} {x[5:]}", f"+46 70 {x[:3]} {x[3:5]} {x[5:]}"])
    if plan == "PT":
        x = _dd(rng, 7)
        return c([f"91{x[0]} {x[1:4]} {x[4:]}", f"+351 91{x[0]} {x[1:4]} {x[4:]}"])
    raise TemplateBug(plan)


def phone_ok(v: str) -> bool:
    d = re.sub(r"\D", "", v.replace("%2B", "+").replace("%20", " "))
    return 7 <= len(d) <= 15 and re.fullmatch(r"(\+|%2B)?[0-9 ()./\-]+|(\+|%2B)?[0-9%20]+", v) is not None


def ip4(rng) -> str:
    k = rng.random()
    if k < 0.2:
        return f"192.0.2.{rng.randint(1, 254)}"
    if k < 0.35:
        return f"198.51.100.{rng.randint(1, 254)}"
    if k < 0.5:
        return f"203.0.113.{rng.randint(1, 254)}"
    if k < 0.75:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if k < 0.88:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ip6(rng) -> str:
    parts = ["2001", "db8"] + [f"{rng.randint(0, 0xFFFF):x}" for _ in range(6)]
    if rng.random() < 0.5:
        parts[3:6] = ["0", "0", "0"]
    if rng.random() < 0.2:
        parts = ["fd12", "3456"] + parts[2:]
    return ipaddress.IPv6Address(":".join(parts)).compressed


def ip(rng, v6share=0.15) -> str:
    return ip6(rng) if rng.random() < v6share else ip4(rng)


def email_for(rng, p: Person, staff=False) -> str:
    style = rng.choice(["first.last", "first.last", "flast", "firstlast", "first_last", "f.last", "firstl",
                        "last.first"])
    local = p.acct(style)
    if not staff and rng.random() < 0.08:
        local += "+" + rng.choice(["receipts", "shop", "store", "rewards"])
    dom = rng.choice(STAFF_DOMAIN if staff else DOMAINS)
    return f"{local}@{dom}"


# ---------------------------------------------------------------- decoys and retail vocabulary
SERVICE_ACCTS = ["svc_pos", "posd", "svc-ejupload", "tlog_export", "SCO_SUPERVISOR", "SYSTEM", "root",
                 "retail-sync", "till-agent", "svc_lp_feed", "cash_recon", "bopis-bot", "taxfree-gw", "giftcard-api",
                 "AUTO", "BATCH01", "jenkins", "ansible", "storeops-bot", "svc_returns", "ESL_GATEWAY", "www-data",
                 "mdm-agent", "POSADMIN", "nightly_eod", "svc-ageverify"]
COMPANIES = ["Harrison & Sons Ltd", "Okafor Logistics", "McCarthy Shopfitting Ltd", "Brinkmann Sicherheitsdienst",
             "Loomis", "Garda World", "Pemberton Bakeries", "Dubois Frères SARL", "Kowalski Transport Sp. z o.o.",
             "Van der Meer Bloemen B.V.", "Fitzgerald Dairies", "Nakamura Trading KK", "Haddad Imports",
             "Sullivan Cleaning Services", "Bergström Textil AB", "Rossi Distribuzione S.r.l.",
             "Johnson Controls", "Ben & Jerry's", "Dr. Oetker", "Lindt & Sprüngli", "Procter & Gamble",
             "Marks & Spencer", "Sainsbury's", "Kellogg's", "Heinz", "Mondelez", "Anderson Packaging Ltd"]
COMPANIES_UP = ["HARRISON & SONS LTD", "OKAFOR LOGISTICS", "MCCARTHY SHOPFITTING", "PEMBERTON BAKERIES",
                "FITZGERALD DAIRIES LTD", "BRINKMANN GMBH", "DUBOIS FRERES", "WHITFIELD FARMS", "LOOMIS UK LTD"]
PLACES = ["Victoria", "Regina", "Florence", "Adelaide", "Charlotte", "Alexandria", "Sofia", "Austin", "Madison",
          "Eugene", "Lafayette", "Marion", "Savannah", "Beatrice", "Georgetown", "Chelsea", "Jackson",
          "Santa Clara", "San José", "St. Helena", "Lourdes", "Santa Monica", "Victoria Park", "St. Albans",
          "Aurora", "Elizabeth", "Augusta", "Helena", "Douglas", "Lincoln"]
PRODUCT_PEOPLE = ["MARIE BISCUITS 200G", "TIA MARIA 70CL", "JAMESON 70CL", "CAPTAIN MORGAN SPICED 1L",
                  "JOHNNIE WALKER RED 70CL", "UNCLE BEN'S RICE 250G", "AUNT BESSIE'S YORKSHIRES", "BABY RUTH BAR",
                  "JACK DANIEL'S 1L", "BETTY CROCKER MIX", "DR MARTENS 1460 UK9", "CHARLOTTE POTATOES 1KG",
                  "GRANNY SMITH APPLES 6PK", "MARGHERITA PIZZA", "EARL GREY TEA 80S", "BARTLETT PEARS",
                  "LEVI'S 501 W32 L32", "ALEXA ECHO DOT", "HENRY HOOVER HVR160", "TOMMY HILFIGER POLO M",
                  "CALVIN KLEIN BOXER 3PK", "RALPH LAUREN POLO L", "PAUL SMITH SCARF"]
PRODUCTS = ["SEMI SKIMMED MILK 2L", "AA BATTERIES 8PK", "BATH TOWEL GREY", "USB-C CABLE 1M", "KIDS RAINCOAT 5-6Y",
            "GARDEN HOSE 25M", "DARK ROAST COFFEE 1KG", "LED BULB E27 9W", "WHOLEMEAL BREAD 800G", "DISH SOAP 500ML",
            "RUNNING SHOE W 7", "DESK LAMP BLACK", "PHONE CASE CLEAR", "FREE RANGE EGGS 12", "OLIVE OIL 1L",
            "WINTER GLOVES L", "PAINT ROLLER 9IN", "HDMI CABLE 2M", "PRINTER PAPER A4", "BANANAS LOOSE",
            "CHEDDAR MATURE 400G", "SPARKLING WATER 6X1L", "NOTEBOOK A5 RULED", "TOOTHPASTE 75ML",
            "BEDSHEET DOUBLE", "SUNFLOWER SEEDS 1KG", "CORDLESS DRILL 18V", "YOGA MAT PURPLE"]
STATUS = ["Completed", "Pending", "Voided", "Suspended", "Resumed", "Offline", "Online", "Approved", "Declined",
          "Ready for Pickup", "Collected", "Expired", "On Hold", "Closed", "Open", "Balanced", "Over", "Short"]
UI_STRINGS = ["Please wait for assistance", "Unexpected item in bagging area", "Approval Needed",
              "Bitte warten Sie auf Hilfe", "Veuillez patienter", "Espere, por favor", "Attendere prego",
              "Even geduld a.u.b.", "Proszę czekać", "お待ちください", "请稍候", "잠시 기다려 주세요",
              "Lütfen bekleyiniz", "Vänta, tack", "Odota hetki", "Aguarde, por favor", "Пожалуйста, подождите",
              "Παρακαλώ περιμένετε", "يرجى الانتظار", "Vent venligst", "Vennligst vent", "Kérjük, várjon",
              "Vă rugăm să așteptați", "Prosím, čekejte", "Thank You For Shopping With Us", "Insert Card",
              "Remove Card", "Signature Not Required", "Customer Copy", "Merchant Copy", "Have A Nice Day",
              "Danke für Ihren Einkauf", "Merci de votre visite", "Gracias por su compra", "Grazie e arrivederci",
              "ありがとうございました", "谢谢惠顾", "감사합니다"]
HOSTS = ["pos-0412-r03.stores.example", "sco07.s0188.retail.local", "bo-srv-0412", "ejsrv01", "till-03",
         "mpos-ipad-12", "hht-zebra-07", "esl-ap-02", "cctv-nvr-01", "eft-gw-eu1", "lp-portal", "bopis-lockers-3"]
LANGS_THANKS = UI_STRINGS


def version(rng) -> str:
    # 3-part, or 4-part with a build number over 255 (never shaped like an IPv4 address)
    if rng.random() < 0.6:
        return f"{rng.randint(1, 12)}.{rng.randint(0, 20)}.{rng.randint(0, 40)}"
    return f"{rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}.{rng.randint(300, 9999)}"


class Ctx:
    """What a template draws from: its random stream and the values it used (for the leak check)."""

    def __init__(self, rng, neg: bool):
        self.r = rng
        self.neg = neg
        self.persons: list[Person] = []
        self.t0 = datetime(2025, 1, 2, 6, 0, 0) + timedelta(seconds=rng.randint(0, 3600 * 24 * 330))

    # people
    def person(self, native=False, trad=None, langs=None) -> Person:
        if self.neg:
            raise TemplateBug("a negative drew a person")
        p = Person(self.r, native, trad, langs)
        self.persons.append(p)
        return p

    def c(self, seq):
        return self.r.choice(seq)

    def ri(self, a, b):
        return self.r.randint(a, b)

    def chance(self, p):
        return self.r.random() < p

    def phone(self, p=None, plan=None):
        if self.neg:
            raise TemplateBug("a negative drew a phone")
        if plan is None and p is not None and p.trad in _TR_PHONE and self.r.random() < 0.7:
            plan = _TR_PHONE[p.trad]
        return phone(self.r, plan)

    def email(self, p, staff=False):
        if self.neg:
            raise TemplateBug("a negative drew an e-mail")
        return email_for(self.r, p, staff)

    def acct(self, p, styles=None):
        return p.acct(self.c(styles or ["first.last", "flast", "firstl", "first_last", "firstlast", "lastf",
                                        "f.last", "flast", "first.last"]))

    def ip(self, v6share=0.15):
        if self.neg:
            raise TemplateBug("a negative drew an IP")
        return ip(self.r, v6share)

    def card(self, brand=None, fmt=None):
        if self.neg:
            raise TemplateBug("a negative drew a card")
        return card(self.r, brand, fmt)

    def ssn(self, fmt="dash"):
        if self.neg:
            raise TemplateBug("a negative drew an SSN")
        return ssn(self.r, fmt)

    def ssn4(self):
        if self.neg:
            raise TemplateBug("a negative drew an SSN")
        return f"{self.ri(1, 9999):04d}"

    # retail
    def store(self):
        return f"{self.ri(1, 2999):04d}"

    def reg(self):
        return f"{self.ri(1, 24):02d}"

    def txn(self):
        return str(self.ri(1000, 99999))

    def amt(self, a=1, b=400):
        return f"{self.r.uniform(a, b):.2f}"

    def sku(self):
        return str(self.ri(10 ** 6, 10 ** 7 - 1))

    def ean(self):
        d = "".join(str(self.ri(0, 9)) for _ in range(12))
        s = sum(int(x) * (3 if i % 2 else 1) for i, x in enumerate(d))
        return d + str((10 - s % 10) % 10)

    def last4(self):
        return f"{self.ri(0, 9999):04d}"

    def mask(self):
        return self.c(["************", "XXXXXXXXXXXX", "**** **** **** ", "4*** **** **** ", "5xxxxxxxxxxx"]) \
            + self.last4()

    def product(self, people_ok=None):
        if people_ok is None:
            people_ok = self.neg
        if people_ok and self.chance(0.35):
            return self.c(PRODUCT_PEOPLE)
        return self.c(PRODUCTS)

    def svc(self):
        return self.c(SERVICE_ACCTS)

    def ts(self, kind="iso", step=0):
        t = self.t0 + timedelta(seconds=step)
        if kind == "iso":
            return t.strftime("%Y-%m-%dT%H:%M:%S") + f".{self.ri(0, 999):03d}Z"
        if kind == "isoz":
            return t.strftime("%Y-%m-%dT%H:%M:%SZ")
        if kind == "sys":
            return f"{t.strftime('%b')} {t.day:2d} {t.strftime('%H:%M:%S')}"
        if kind == "log":
            return t.strftime("%Y-%m-%d %H:%M:%S") + f",{self.ri(0, 999):03d}"
        if kind == "eu":
            return t.strftime("%d.%m.%Y %H:%M")
        if kind == "uk":
            return t.strftime("%d/%m/%Y %H:%M")
        if kind == "us":
            return t.strftime("%m/%d/%Y %I:%M %p")
        if kind == "date":
            return t.strftime("%Y-%m-%d")
        if kind == "hm":
            return t.strftime("%H:%M")
        if kind == "compact":
            return t.strftime("%Y%m%d%H%M%S")
        if kind == "ej":
            return t.strftime("%d%b%y %H:%M").upper()
        raise TemplateBug(kind)


# ---------------------------------------------------------------- verification
_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+(?:@|%40|%2540)[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
_IP4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]*\d)")
_CARD_RE = re.compile(r"(?<![\d])(?:\d[ \-]?){12,18}\d(?!\d)")
_SSN_RE = re.compile(r"(?<!\d)\d{3}([- ])\d{2}\1\d{4}(?!\d)")
_EMAIL_OK = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+$")


def _inside(a, b, spans, types=None):
    return any(s <= a and b <= e and (types is None or t in types) for s, e, t in spans)


def _overlaps(a, b, spans):
    return any(a < e and s < b for s, e, _ in spans)


def _is_latin_word(w):
    return all(ord(ch) < 0x250 or unicodedata.combining(ch) or ch in "'’" for ch in w)


def _variants(w):
    out = {w, urllib.parse.quote(w), urllib.parse.quote_plus(w), json.dumps(w)[1:-1],
           json.dumps(w, ensure_ascii=False)[1:-1]}
    return {v for v in out if v}


def check_value(v, t):
    if t == "EMAIL":
        d = urllib.parse.unquote(urllib.parse.unquote(v))
        if not _EMAIL_OK.match(d):
            raise TemplateBug(f"email {v!r}")
    elif t == "IP_ADDRESS":
        ipaddress.ip_address(v)
    elif t == "SSN":
        if not ssn_ok(v):
            raise TemplateBug(f"ssn {v!r}")
    elif t == "CREDIT_CARD":
        d = re.sub(r"[ \-]|%20|\+", "", v)
        if not (d.isdigit() and luhn_ok(d) and 13 <= len(d) <= 19 and d[0] in "23456"):
            raise TemplateBug(f"card {v!r}")
    elif t == "PHONE":
        if not phone_ok(v):
            raise TemplateBug(f"phone {v!r}")
    elif t == "NAME":
        if "@" in v or not any(ch.isalpha() for ch in v):
            raise TemplateBug(f"name {v!r}")


def verify(text, spans, ctx: Ctx):
    prev = -1
    for s, e, t in spans:
        if not (0 <= s < e <= len(text)) or s < prev:
            raise TemplateBug(f"span order/range {s},{e}")
        v = text[s:e]
        if v != v.strip():
            raise TemplateBug(f"edge whitespace {v!r}")
        check_value(v, t)
        prev = e
    if ctx.neg:
        if spans or ctx.persons:
            raise TemplateBug("negative with PII")
    elif not spans:
        raise TemplateBug("positive without spans")
    # leak check: detectable values outside spans
    for m in _EMAIL_RE.finditer(text):
        if not _inside(m.start(), m.end(), spans, {"EMAIL"}):
            # an EMAIL span must hold the @ and the whole domain
            raise Leak(f"email outside span: {m.group()!r}")
    for m in _IP4_RE.finditer(text):
        if all(int(x) <= 255 for x in m.groups()) and not _inside(m.start(), m.end(), spans, {"IP_ADDRESS"}):
            raise Leak(f"ip outside span: {m.group()!r}")
    for m in _CARD_RE.finditer(text):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and luhn_ok(d) and not _overlaps(m.start(), m.end(), spans):
            raise Leak(f"card-like outside span: {m.group()!r}")
    for m in _SSN_RE.finditer(text):
        if ssn_ok(m.group()) and not _overlaps(m.start(), m.end(), spans):
            raise Leak(f"ssn-like outside span: {m.group()!r}")
    for p in ctx.persons:
        for w in p.words():
            for var in _variants(w):
                if _is_latin_word(w):
                    pat = re.compile(r"(?<![^\W_])" + re.escape(var) + r"(?![^\W_])", re.I)
                else:
                    pat = re.compile(re.escape(var))
                for m in pat.finditer(text):
                    if not _inside(m.start(), m.end(), spans, {"NAME", "EMAIL"}):
                        raise Leak(f"name word {var!r} outside span at {m.start()}")
