"""Core of pack_af: persons, the segment builder, document serialisers, value generators, decoys, verifier."""

from __future__ import annotations

import ast
import datetime
import functools
import ipaddress
import json
import random
import re
import unicodedata
import urllib.parse
import xml.etree.ElementTree as ET

from names import NATIVE, PARTICLES, TRADITIONS

GROUP = "pack_af"

# ---------------------------------------------------------------- encoders (each is a pure str -> str)


def pct(s: str) -> str:
    return urllib.parse.quote(s, safe="")


def pct_at(s: str) -> str:  # percent-encoding that keeps nothing but unreserved characters; '@' -> %40
    return urllib.parse.quote(s, safe="-._~")


def form(s: str) -> str:
    return urllib.parse.quote_plus(s)


def json_s(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)[1:-1]


def json_u(s: str) -> str:
    return json.dumps(s, ensure_ascii=True)[1:-1]


def xml_e(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def upper(s: str) -> str:
    return s.upper()


def lower(s: str) -> str:
    return s.lower()


def fold(s: str) -> str:
    out = []
    for ch in s:
        out.append(_fold_char(ch))
    return "".join(out)


_SPECIAL_FOLD = {"ß": "ss", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "æ": "ae", "Æ": "AE",
                 "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ı": "i", "’": "'"}


def _fold_char(ch: str) -> str:
    if ch in _SPECIAL_FOLD:
        return _SPECIAL_FOLD[ch]
    d = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in d if not unicodedata.combining(c))
    return base if base else ch


def _fold1(ch: str) -> str:
    """Fold one character to exactly one character (for offset-preserving leak search)."""
    f = _fold_char(ch)
    return f[0] if len(f) >= 1 and f.isascii() else ch


def py_inner(s: str, q: str) -> str:
    r = s.replace("\\", "\\\\")
    if q == "'":
        r = r.replace("'", "\\'")
    return r.replace("\n", "\\n")


def py_quote(s: str) -> str:
    return '"' if ("'" in s and '"' not in s) else "'"


def rb_inner(s: str) -> str:
    return s.replace("\\", "\\\\").replace('"', '\\"')


def sql_inner(s: str) -> str:
    return s.replace("'", "''")


def csv_inner(s: str) -> str:
    return s.replace('"', '""')


def xu(s: str) -> str:
    """\\xNN escapes for the UTF-8 bytes of non-ASCII characters (bytes-literal style)."""
    out = []
    for ch in s:
        if ord(ch) < 128:
            out.append(ch)
        else:
            out.extend(f"\\x{b:02x}" for b in ch.encode("utf-8"))
    return "".join(out)


def rsys_oct(s: str) -> str:
    """rsyslog's control-character escape applied to UTF-8 bytes (#ooo per byte above 0x7f)."""
    out = []
    for ch in s:
        if ord(ch) < 128:
            out.append(ch)
        else:
            out.extend(f"#{b:03o}" for b in ch.encode("utf-8"))
    return "".join(out)


def apply_chain(v: str, chain) -> str:
    for f in chain:
        v = f(v)
    return v


# ---------------------------------------------------------------- segments and records


class P:
    """A PII value to be placed in a document, with its encoders."""

    __slots__ = ("enc", "t", "v")

    def __init__(self, v: str, t: str, *enc):
        self.v = v
        self.t = t
        self.enc = list(enc)


def N(v, *enc):
    return P(v, "NAME", *enc)


def EM(v, *enc):
    return P(v, "EMAIL", *enc)


def PH(v, *enc):
    return P(v, "PHONE", *enc)


def IP(v, *enc):
    return P(v, "IP_ADDRESS", *enc)


def SSN(v, *enc):
    return P(v, "SSN", *enc)


def CC(v, *enc):
    return P(v, "CREDIT_CARD", *enc)


class Seg:
    __slots__ = ("chain", "label", "raw", "text")

    def __init__(self, text, label=None, raw=None, chain=None):
        self.text = text
        self.label = label
        self.raw = raw
        self.chain = chain or []


def seg_of(x) -> list[Seg]:
    if isinstance(x, P):
        return [Seg(apply_chain(x.v, x.enc), x.t, x.v, list(x.enc))]
    if isinstance(x, Seg):
        return [x]
    if isinstance(x, list):
        out = []
        for y in x:
            out.extend(seg_of(y))
        return out
    return [Seg(str(x))]


def map_segs(segs: list[Seg], fn) -> list[Seg]:
    out = []
    for s in segs:
        if s.label:
            out.append(Seg(fn(s.text), s.label, s.raw, s.chain + [fn]))
        else:
            out.append(Seg(fn(s.text)))
    return out


def text_of(segs: list[Seg]) -> str:
    return "".join(s.text for s in segs)


class Rec:
    def __init__(self):
        self.segs: list[Seg] = []
        self.persons: list = []
        self.docs: list[tuple[int, int, str]] = []

    def __call__(self, *parts):
        for p in parts:
            self.segs.extend(seg_of(p))
        return self

    def pos(self) -> int:
        return sum(len(s.text) for s in self.segs)

    def doc(self, kind: str, segs: list[Seg]):
        start = self.pos()
        self.segs.extend(segs)
        self.docs.append((start, self.pos(), kind))
        return self

    def build(self):
        while self.segs and not self.segs[-1].label and self.segs[-1].text.rstrip() != self.segs[-1].text:
            last = self.segs[-1]
            if any(a <= len(text_of(self.segs)) <= b for a, b, _k in self.docs):
                break
            last.text = last.text.rstrip()
            if not last.text:
                self.segs.pop()
        text = ""
        spans = []
        for s in self.segs:
            if s.label:
                spans.append((len(text), len(text) + len(s.text), s.label, s.raw, s.chain))
            text += s.text
        return text, spans


# ---------------------------------------------------------------- serialisers to segments


def js(obj, indent=None, ascii=False, seps=(", ", ": "), _lvl=0) -> list[Seg]:
    enc = json_u if ascii else json_s
    if isinstance(obj, P):
        return [Seg('"'), *map_segs(seg_of(obj), enc), Seg('"')]
    if isinstance(obj, dict):
        if not obj:
            return [Seg("{}")]
        out = [Seg("{")]
        items = list(obj.items())
        for i, (k, v) in enumerate(items):
            if indent is not None:
                out.append(Seg("\n" + " " * (indent * (_lvl + 1))))
            out.append(Seg(json.dumps(k, ensure_ascii=ascii) + (": " if indent is not None else seps[1])))
            out.extend(js(v, indent, ascii, seps, _lvl + 1))
            if i < len(items) - 1:
                out.append(Seg("," if indent is not None else seps[0]))
        if indent is not None:
            out.append(Seg("\n" + " " * (indent * _lvl)))
        out.append(Seg("}"))
        return out
    if isinstance(obj, (list, tuple)):
        if not obj:
            return [Seg("[]")]
        out = [Seg("[")]
        for i, v in enumerate(obj):
            if indent is not None:
                out.append(Seg("\n" + " " * (indent * (_lvl + 1))))
            out.extend(js(v, indent, ascii, seps, _lvl + 1))
            if i < len(obj) - 1:
                out.append(Seg("," if indent is not None else seps[0]))
        if indent is not None:
            out.append(Seg("\n" + " " * (indent * _lvl)))
        out.append(Seg("]"))
        return out
    return [Seg(json.dumps(obj, ensure_ascii=ascii))]


def js_in_string(obj, **kw) -> list[Seg]:
    """A JSON document serialised, then escaped into a JSON string (with its quotes)."""
    inner = js(obj, **kw)
    json.loads(text_of(inner))
    return [Seg('"'), *map_segs(inner, json_s), Seg('"')]


class Obj:
    """An object dump: style py (Python repr), java (toString), kotlin (data class), ruby (inspect)."""

    def __init__(self, cls, fields, style="py"):
        self.cls = cls
        self.fields = fields
        self.style = style


def _pystr(v) -> list[Seg]:
    raw = v.v if isinstance(v, P) else v
    q = py_quote(apply_chain(raw, v.enc) if isinstance(v, P) else raw)
    f = functools.partial(py_inner, q=q)
    if isinstance(v, P):
        return [Seg(q), *map_segs(seg_of(v), f), Seg(q)]
    return [Seg(q + f(v) + q)]


def pyr(obj) -> list[Seg]:
    if isinstance(obj, (P, str)):
        return _pystr(obj)
    if isinstance(obj, dict):
        out = [Seg("{")]
        for i, (k, v) in enumerate(obj.items()):
            if i:
                out.append(Seg(", "))
            out.extend(_pystr(k))
            out.append(Seg(": "))
            out.extend(pyr(v))
        return out + [Seg("}")]
    if isinstance(obj, (list, tuple)):
        o, c = ("[", "]") if isinstance(obj, list) else ("(", ")")
        out = [Seg(o)]
        for i, v in enumerate(obj):
            if i:
                out.append(Seg(", "))
            out.extend(pyr(v))
        if isinstance(obj, tuple) and len(obj) == 1:
            out.append(Seg(","))
        return out + [Seg(c)]
    if isinstance(obj, Obj):
        return obj_dump(obj)
    return [Seg(repr(obj))]


def obj_dump(o: Obj) -> list[Seg]:
    out: list[Seg] = []
    if o.style == "py":
        out.append(Seg(o.cls + "("))
        for i, (k, v) in enumerate(o.fields):
            out.append(Seg((", " if i else "") + k + "="))
            out.extend(pyr(v))
        out.append(Seg(")"))
    elif o.style in ("java", "kotlin"):
        op, cl = ("{", "}") if o.style == "java" else ("(", ")")
        out.append(Seg(o.cls + op))
        for i, (k, v) in enumerate(o.fields):
            out.append(Seg((", " if i else "") + k + "="))
            if isinstance(v, Obj):
                out.extend(obj_dump(v))
            elif isinstance(v, P):
                q = "'" if o.style == "java" else ""
                out.extend([Seg(q), *seg_of(v), Seg(q)])
            elif v is None:
                out.append(Seg("null"))
            elif isinstance(v, str) and o.style == "java":
                out.append(Seg(f"'{v}'"))
            else:
                out.append(Seg(str(v).lower() if isinstance(v, bool) else str(v)))
        out.append(Seg(cl))
    elif o.style == "ruby":
        out.append(Seg("#<" + o.cls + " "))
        for i, (k, v) in enumerate(o.fields):
            out.append(Seg((", " if i else "") + k + ": "))
            if isinstance(v, Obj):
                out.extend(obj_dump(v))
            elif isinstance(v, P):
                out.extend([Seg('"'), *map_segs(seg_of(v), rb_inner), Seg('"')])
            elif v is None:
                out.append(Seg("nil"))
            elif isinstance(v, str):
                out.append(Seg('"' + rb_inner(v) + '"'))
            else:
                out.append(Seg(str(v).lower() if isinstance(v, bool) else str(v)))
        out.append(Seg(">"))
    return out


# ---------------------------------------------------------------- persons


_TRAD_KEYS = sorted(TRADITIONS)
_TRAD_W = [TRADITIONS[k]["w"] for k in _TRAD_KEYS]


class Person:
    def __init__(self, given, family, gender, trad, middle="", native=None):
        self.given = given
        self.family = family
        self.gender = gender
        self.trad = trad
        self.middle = middle
        self.native = native  # (given_native, family_native) or None
        t = TRADITIONS.get(trad, {})
        self.cjk = bool(t.get("cjk"))
        self.fg = t.get("order") == "fg"

    # renderings -------------------------------------------------------
    def full(self, fg=None, middle=True) -> str:
        fg = self.fg if fg is None else fg
        g = self.given + (" " + self.middle if (middle and self.middle) else "")
        return f"{self.family} {g}" if fg else f"{g} {self.family}"

    def native_full(self) -> str:
        gn, fn = self.native
        if self.trad in ("zh", "ja", "ko"):
            return fn + gn
        if self.trad == "vi":
            return f"{fn} {gn}"
        return f"{gn} {fn}"

    def last_first(self, middle=False) -> str:
        g = self.given + (" " + self.middle if (middle and self.middle) else "")
        return f"{self.family}, {g}"

    def slash(self, folded=True) -> str:
        g = self.given + (" " + self.middle if self.middle else "")
        s = f"{self.family}/{g}".upper()
        return fold(s) if folded else s

    def initial_family(self) -> str:
        return f"{self.given[0]}. {self.family}"

    def family_initial(self) -> str:
        return f"{self.family} {self.given[0]}."

    # accounts ---------------------------------------------------------
    def _parts(self):
        def clean(x):
            return re.sub(r"[^a-z0-9]", "", fold(x).lower())

        g = clean(self.given.split(" ")[0].split("-")[0]) if self.given else ""
        if "-" in self.given and self.trad == "ko":
            g = clean(self.given)
        f = clean(self.family)
        return g, f

    def login(self, rng: random.Random, style=None) -> str:
        g, f = self._parts()
        style = style or rng.choice(["first.last", "flast", "firstl", "first_last", "firstlast", "lastf",
                                     "f.last", "first.last", "flast"])
        base = {"first.last": f"{g}.{f}", "flast": f"{g[0]}{f}", "firstl": f"{g}{f[0]}",
                "first_last": f"{g}_{f}", "firstlast": f"{g}{f}", "lastf": f"{f}{g[0]}",
                "f.last": f"{g[0]}.{f}"}[style]
        r = rng.random()
        if r < 0.2:
            base += str(rng.randint(1, 9))
        elif r < 0.3:
            base += str(rng.randint(10, 99))
        return base

    def email(self, rng: random.Random, domain=None) -> str:
        dom = domain or rng.choice(PERSONAL_DOMAINS)
        return f"{self.login(rng, rng.choice(['first.last', 'flast', 'first_last', 'firstlast', 'f.last']))}@{dom}"

    def words(self) -> list[str]:
        out = []
        for part in (self.given, self.family, self.middle):
            for w in re.split(r"[\s\-]+", part or ""):
                w2 = w.strip("'.")
                if not w2 or w.lower() in PARTICLES or w2.lower() in PARTICLES:
                    continue
                if "'" in w2:  # O'Sullivan, d'Arcy: the part after the apostrophe too
                    out.append(w2.split("'")[-1])
                out.append(w2)
        if self.native:
            out.extend(x for x in self.native if x)
        return out


PERSONAL_DOMAINS = ["example.com", "example.net", "example.org", "mail.example", "post.example",
                    "inbox.example", "correo.example", "posteo.example", "webmail.example.in"]


def draw_person(rng: random.Random, trad=None, native_rate=0.08, gender=None) -> Person:
    if rng.random() < native_rate:
        cands = [x for x in NATIVE if trad is None or x[0] == trad]
        if cands:
            t, gnd, gn, fn, gr, fr = rng.choice(cands)
            return Person(gr, fr, gnd, t, native=(gn, fn))
    if trad is None:
        trad = rng.choices(_TRAD_KEYS, weights=_TRAD_W)[0]
    t = TRADITIONS[trad]
    gnd = gender or rng.choice("mf")
    given = rng.choice(t[gnd])

    def sur():
        s = rng.choice(t["s"])
        if "/" in s:
            m, f = s.split("/")
            s = m if gnd == "m" else f
        return s

    family = sur()
    middle = ""
    if t.get("double") and rng.random() < 0.6:
        other = sur()
        if other != family:
            family = f"{family} y {other}" if rng.random() < 0.1 else f"{family} {other}"
    if t.get("middle") and rng.random() < 0.7:
        m = sur()
        if m != family:
            middle = m
    if t.get("patronymic"):
        father = family
        family = father + ("son" if father.endswith("s") else "sson") if gnd == "m" else \
            father + ("dóttir" if father.endswith("s") else "sdóttir")
    if t.get("malay"):
        family = ("bin " if gnd == "m" else "binti ") + family
    return Person(given, family, gnd, trad, middle=middle)


# ---------------------------------------------------------------- numbers


def digits(rng, n) -> str:
    while True:
        s = "".join(rng.choice("0123456789") for _ in range(n))
        if n not in (15, 16) or not luhn_ok(s):
            return s


def luhn_ok(d: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def card(rng, brand=None, style=None) -> str:
    brand = brand or rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb"])
    if brand == "visa":
        pre, n = "4" + digits(rng, 5), 16
    elif brand == "mc":
        pre, n = str(rng.randint(51, 55)) + digits(rng, 4), 16
    elif brand == "mc2":
        pre, n = str(rng.randint(2221, 2720)) + digits(rng, 2), 16
    elif brand == "amex":
        pre, n = rng.choice(["34", "37"]) + digits(rng, 4), 15
    elif brand == "disc":
        pre, n = "6011" + digits(rng, 2), 16
    else:
        pre, n = "35" + str(rng.randint(28, 89)) + digits(rng, 2), 16
    body = pre + digits(rng, n - len(pre) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            num = body + c
            break
    style = style or rng.choice(["plain", "space", "dash", "plain"])
    if style == "plain":
        return num
    sep = " " if style == "space" else "-"
    groups = [num[:4], num[4:10], num[10:]] if n == 15 else [num[i:i + 4] for i in range(0, 16, 4)]
    return sep.join(groups)


def ssn(rng, style="dash") -> str:
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g = rng.randint(1, 99)
    s = rng.randint(1, 9999)
    if style == "dash":
        return f"{a:03d}-{g:02d}-{s:04d}"
    if style == "space":
        return f"{a:03d} {g:02d} {s:04d}"
    return f"{a:03d}{g:02d}{s:04d}"


def ssn_ok(v: str) -> bool:
    d = re.sub(r"[ -]", "", v)
    if len(d) == 4:
        return d.isdigit()
    if len(d) != 9 or not d.isdigit():
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


def ipv4(rng) -> str:
    r = rng.random()
    if r < 0.25:
        return f"192.0.2.{rng.randint(1, 254)}"
    if r < 0.5:
        return f"198.51.100.{rng.randint(1, 254)}"
    if r < 0.7:
        return f"203.0.113.{rng.randint(1, 254)}"
    if r < 0.8:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if r < 0.9:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng) -> str:
    pre = rng.choice(["2001:db8", "fd12:3456"])
    tail = [f"{rng.randint(0, 0xffff):x}" for _ in range(rng.choice([2, 3, 4]))]
    return str(ipaddress.ip_address(pre + ":" + rng.choice(["", "0:"]) + ":" + ":".join(tail)))


def ip(rng, v6_rate=0.25) -> str:
    return ipv6(rng) if rng.random() < v6_rate else ipv4(rng)


# Phone plans: country -> (calling code, trunk prefix, list of national-number templates with spaces).
PLANS = {
    "US": ("1", "1", ["### 555-01##"]),
    "CA": ("1", "1", ["### 555-01##"]),
    "GB": ("44", "0", ["7700 900###", "20 7946 0###"]),
    "IN": ("91", "0", ["98### #####", "70### #####", "22 2### ####"]),
    "CN": ("86", "0", ["138 #### ####", "159 #### ####", "10 6### ####"]),
    "PH": ("63", "0", ["917 ### ####", "928 ### ####"]),
    "NG": ("234", "0", ["803 ### ####", "806 ### ####"]),
    "MX": ("52", "", ["55 #### ####", "33 #### ####"]),
    "BR": ("55", "0", ["11 9####-####", "21 9####-####"]),
    "DE": ("49", "0", ["151 ########", "30 #######"]),
    "FR": ("33", "0", ["6 ## ## ## ##", "1 ## ## ## ##"]),
    "NL": ("31", "0", ["6 ########", "20 ### ####"]),
    "ES": ("34", "", ["6## ## ## ##", "91 ### ## ##"]),
    "IT": ("39", "", ["3## ### ####", "06 #### ####"]),
    "PL": ("48", "", ["5## ### ###"]),
    "UA": ("380", "0", ["67 ### ## ##", "50 ### ## ##"]),
    "TR": ("90", "0", ["5## ### ## ##"]),
    "AE": ("971", "0", ["50 ### ####", "4 ### ####"]),
    "SA": ("966", "0", ["5# ### ####"]),
    "EG": ("20", "0", ["10 #### ####"]),
    "PK": ("92", "0", ["3## #######"]),
    "BD": ("880", "0", ["17## ######"]),
    "VN": ("84", "0", ["9# ### ## ##"]),
    "JP": ("81", "0", ["90-####-####", "3-####-####"]),
    "KR": ("82", "0", ["10-####-####"]),
    "SG": ("65", "", ["8### ####", "6### ####"]),
    "AU": ("61", "0", ["491 57# ###"]),
    "NZ": ("64", "0", ["21 ### ####"]),
    "KE": ("254", "0", ["7## ### ###"]),
    "ZA": ("27", "0", ["8# ### ####"]),
    "GH": ("233", "0", ["24 ### ####"]),
    "ET": ("251", "0", ["91 ### ####"]),
    "CO": ("57", "", ["3## ### ####"]),
    "SE": ("46", "0", ["70-### ## ##"]),
    "CH": ("41", "0", ["79 ### ## ##"]),
    "IE": ("353", "0", ["85 ### ####"]),
    "TH": ("66", "0", ["8# ### ####"]),
    "ID": ("62", "0", ["812-####-####"]),
    "MY": ("60", "0", ["12-### ####"]),
    "RU": ("7", "8", ["9## ###-##-##"]),
}

TRAD_COUNTRY = {"en_us": "US", "en_gb": "GB", "en_word": "US", "irish": "IE", "de": "DE", "nl": "NL", "fr": "FR",
                "es": "ES", "mx": "MX", "co": "CO", "br": "BR", "pt": "ES", "it": "IT", "pl": "PL", "cz": "DE",
                "ru": "RU", "ua": "UA", "ro": "IT", "hu": "DE", "gr": "GB", "nordic": "SE", "is": "SE", "tr": "TR",
                "ar": "AE", "fa": "DE", "af": "PK", "he": "US", "in_n": "IN", "in_s": "IN", "in_pb": "IN",
                "bn": "BD", "pk": "PK", "np": "IN", "lk": "AE", "zh": "CN", "hk": "SG", "ja": "JP", "ko": "KR",
                "vi": "VN", "ph": "PH", "id": "ID", "my": "MY", "th": "TH", "ng_y": "NG", "gh": "GH", "sn": "FR",
                "ke": "KE", "et": "ET", "so": "KE", "za": "ZA", "zw": "ZA", "ca_fr": "CA", "caribbean": "US",
                "pacific": "NZ", "ge": "DE", "am": "RU", "sr": "DE", "al": "IT"}


def phone(rng, country=None, style=None) -> str:
    country = country or rng.choice(sorted(PLANS))
    cc, trunk, tpls = PLANS[country]
    t = rng.choice(tpls)
    nsn = "".join(rng.choice("23456789") if (ch == "#" and i == 0) else (rng.choice("0123456789") if ch == "#"
                                                                            else ch) for i, ch in enumerate(t))
    if country in ("US", "CA"):
        area = str(rng.choice([202, 212, 312, 415, 617, 646, 713, 305, 206, 416, 604, 514]))
        nsn = area + nsn[3:]
    style = style or rng.choice(["intl", "intl", "e164", "national", "00"])
    flat = re.sub(r"\D", "", nsn)
    if style == "e164":
        return f"+{cc}{flat}"
    if style == "e164_noplus":
        return f"{cc}{flat}"
    if style == "00":
        return f"00{cc} {nsn}"
    if style == "national":
        if country in ("US", "CA"):
            return f"({flat[:3]}) {flat[3:6]}-{flat[6:]}"
        return f"{trunk}{nsn}"
    if country in ("US", "CA"):
        return f"+1 {flat[:3]}-{flat[3:6]}-{flat[6:]}"
    return f"+{cc} {nsn}"


def hexid(rng, n=12) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid(rng) -> str:
    h = hexid(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def upref(rng, n=3, m=6) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n)) + digits(rng, m)


# ---------------------------------------------------------------- timestamps

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


class Clock:
    """Times of one record: a random start in 2025, then each call a little later."""

    def __init__(self, rng):
        self.rng = rng
        self.t = datetime.datetime(2025, 1, 1) + datetime.timedelta(seconds=rng.randint(0, 364 * 86400))

    def parts(self):
        self.t += datetime.timedelta(seconds=self.rng.randint(0, 95))
        t = self.t
        return t.year, t.month, t.day, t.hour, t.minute, t.second

    def iso(self, z=True, ms=False):
        y, mo, d, h, mi, s = self.parts()
        frac = f".{self.rng.randint(0, 999):03d}" if ms else ""
        return f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}{frac}" + ("Z" if z else "+00:00")

    def sp(self, ms=False):
        y, mo, d, h, mi, s = self.parts()
        frac = f",{self.rng.randint(0, 999):03d}" if ms else ""
        return f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}{frac}"

    def syslog(self):
        _, mo, d, h, mi, s = self.parts()
        return f"{MONTHS[mo - 1]} {d:2d} {h:02d}:{mi:02d}:{s:02d}"

    def date(self):
        y, mo, d, *_ = self.parts()
        return f"{y}-{mo:02d}-{d:02d}"

    def dmy(self, sep="."):
        y, mo, d, *_ = self.parts()
        return f"{d:02d}{sep}{mo:02d}{sep}{y}"

    def clf(self):
        y, mo, d, h, mi, s = self.parts()
        return f"{d:02d}/{MONTHS[mo - 1]}/{y}:{h:02d}:{mi:02d}:{s:02d} +0000"

    def hm(self):
        _, _, _, h, mi, _ = self.parts()
        return f"{h:02d}:{mi:02d}"

    def slot(self):
        return f"{self.rng.randint(7, 18):02d}:{self.rng.choice(['00', '15', '30', '45'])}"

    def epoch_ms(self):
        return str(1735689600000 + self.rng.randint(0, 31_000_000_000))


# ---------------------------------------------------------------- decoys (never PII)

SERVICE_ACCOUNTS = ["svc_vfs_sync", "booking-bot", "SYSTEM", "root", "casemgr-batch", "svc-cos-gateway",
                    "noreply", "scheduler", "etl_nightly", "kiosk03", "biostation-agent", "qa_tester",
                    "admin", "intake-bot", "sevis-rti", "relo-integration", "tms-connector", "opi-router",
                    "moveware-sync", "IMPORT_JOB", "CASEADM", "ivr-service", "migration_user", "anonymous"]
COMPANIES = ["Baker McKenzie Immigration", "Fragomen LLP", "Santa Fe Relocation", "Crown Worldwide",
             "Sterling Lexicon", "Cartus", "Graebel Companies", "Allied Pickfords", "Atlas Van Lines",
             "Mayflower Transit", "Bekins", "Lionbridge", "RWS Moravia", "TransPerfect", "LanguageLine Solutions",
             "Berlitz", "Wilson & Sons Removals", "Okonkwo & Partners Solicitors", "Chen Brothers Trading",
             "Patel Logistics Pvt Ltd", "O'NEILL INTERNATIONAL MOVERS", "García Hermanos S.L.",
             "Kowalski Przeprowadzki Sp. z o.o.", "Nakamura Shoji K.K.", "Abdullah Al-Othaim Co.",
             "Morgan Stanley", "Johnson Controls", "Ernst & Young", "Deloitte Tax", "Siemens Healthineers",
             "Tata Consultancy Services", "Infosys BPM", "McKinsey & Company"]
PLACES = ["Victoria", "Georgetown", "Santiago", "São Paulo", "San José", "St. Louis", "Charlotte", "Adelaide",
          "Alexandria", "Elizabeth", "Augusta", "Florence", "Jackson", "Lincoln", "Madison", "Austin",
          "Santa Clara", "Saint-Denis", "Port Louis", "Marseille", "Medina", "Hamilton", "Regina", "Kingston"]
PRODUCTS = ["VFS Global eVisa", "Apollo Case Manager", "Oscar", "Ada", "Siri", "Alexa", "Trados Studio",
            "memoQ", "XTM Cloud", "Smartcat", "Moveware", "MoversSuite", "Lumina", "Project Magellan",
            "Project Columbus", "Hermes", "Athena", "Jenkins", "Cassandra", "Mercury", "Iris Scanner 3",
            "Crossmatch Guardian", "Morpho MSO 1300", "Canon EOS Kiosk", "Dermalog LF10"]
STATUS = ["Pending", "Approved", "Refused", "Withdrawn", "On Hold", "Awaiting Biometrics", "Ready for Collection",
          "Dispatched", "Under Review", "Closed", "Open", "Lapsed", "Granted", "Curtailed", "Active", "Inactive",
          "No Show", "Rescheduled", "Delivered", "In Transit", "Cancelled", "Draft", "Submitted"]
PLACEHOLDERS = ["TBA", "TBD", "N/A", "UNKNOWN", "FNU", "LNU", "VACANT", "Applicant", "Dependant 1",
                "Test User", "John Doe", "Jane Doe", "<redacted>", "***", "null", "Main Applicant",
                "Primary Assignee", "Placeholder", "Spouse", "Child 2", "-", "XXXXX"]
UI_STRINGS = {
    "en": "Your appointment has been confirmed",
    "de": "Ihr Termin wurde bestätigt",
    "fr": "Votre rendez-vous est confirmé",
    "es": "Su cita ha sido confirmada",
    "it": "Il suo appuntamento è confermato",
    "pl": "Twoja wizyta została potwierdzona",
    "tr": "Randevunuz onaylandı",
    "vi": "Lịch hẹn của bạn đã được xác nhận",
    "id": "Janji temu Anda telah dikonfirmasi",
    "ar": "تم تأكيد موعدك",
    "zh": "您的预约已确认",
    "ja": "ご予約が確定しました",
    "ko": "예약이 확정되었습니다",
    "ru": "Ваша запись подтверждена",
    "uk": "Ваш запис підтверджено",
    "hi": "आपकी अपॉइंटमेंट की पुष्टि हो गई है",
    "th": "การนัดหมายของคุณได้รับการยืนยันแล้ว",
    "tl": "Nakumpirma na ang iyong appointment",
    "pt": "O seu agendamento foi confirmado",
    "nl": "Uw afspraak is bevestigd",
}

# ---------------------------------------------------------------- the per-record generator context


class NegDraw(Exception):
    pass


class Gen:
    def __init__(self, rng: random.Random, rec: Rec, neg: bool):
        self.r = rng
        self.R = rec
        self.neg = neg
        self.clock = Clock(rng)

    def person(self, trad=None, native_rate=0.12, gender=None) -> Person:
        if self.neg:
            raise NegDraw("negative template drew a person")
        p = draw_person(self.r, trad, native_rate, gender)
        self.R.persons.append(p)
        return p

    def nm(self, person, p=0.6) -> str:
        """The person's name as one field: in native script when there is one (often), else Given Family."""
        if person.native and self.r.random() < p:
            return person.native_full()
        return person.full()

    def c(self, seq):
        return self.r.choice(seq)

    def i(self, a, b):
        return self.r.randint(a, b)

    def p(self, x=0.5) -> bool:
        return self.r.random() < x

    def phone_for(self, person, style=None) -> str:
        country = TRAD_COUNTRY.get(person.trad, "GB") if self.p(0.6) else self.c(sorted(PLANS))
        return phone(self.r, country, style)


# ---------------------------------------------------------------- verifier

EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+\-']+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}$")
LEAK_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+(?:@|%40|%2540)[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
LEAK_V4 = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.]*\d)")
LEAK_V6 = re.compile(r"(?<![0-9A-Za-z:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Za-z:])")
LEAK_CARD = re.compile(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)")
LEAK_SSN = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")


class VerifyError(Exception):
    pass


class LeakError(Exception):
    pass


def check_value(label, raw):
    if label == "EMAIL":
        ok = bool(EMAIL_RE.match(raw))
    elif label == "IP_ADDRESS":
        try:
            ipaddress.ip_address(raw)
            ok = True
        except ValueError:
            ok = False
    elif label == "SSN":
        ok = ssn_ok(raw)
    elif label == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", raw)
        ok = d.isdigit() and len(d) in (15, 16) and luhn_ok(d) and d[0] in "23456"
    elif label == "PHONE":
        d = re.sub(r"\D", "", raw)
        ok = 7 <= len(d) <= 15 and bool(re.fullmatch(r"[+0-9 ().\-]+", raw))
    elif label == "NAME":
        ok = any(ch.isalpha() for ch in raw) and "@" not in raw
    else:
        ok = False
    if not ok:
        raise VerifyError(f"bad {label} value {raw!r}")


def _inside(s, e, spans, labels):
    return any(a <= s and e <= b and lab in labels for a, b, lab, *_ in spans)


def _outside_text(text, spans):
    chars = list(text)
    for a, b, *_ in spans:
        for k in range(a, b):
            chars[k] = "\x00"
    return "".join(chars)


def verify(rec: Rec, neg: bool):
    text, spans = rec.build()
    last = 0
    for s, e, lab, raw, chain in spans:
        if not (0 <= s < e <= len(text)) or s < last:
            raise VerifyError(f"span out of order/overlap {s},{e}")
        last = e
        if text[s:e] != text[s:e].strip():
            raise VerifyError(f"edge whitespace {text[s:e]!r}")
        if text[s:e] != apply_chain(raw, chain):
            raise VerifyError(f"span text {text[s:e]!r} != value {raw!r}")
        check_value(lab, raw)
    if neg and (spans or rec.persons):
        raise VerifyError("negative has spans or persons")
    if not neg and not spans:
        raise VerifyError("positive without spans")
    for a, b, kind in rec.docs:
        d = text[a:b]
        try:
            if kind == "json":
                json.loads(d)
            elif kind == "xml":
                ET.fromstring(d)
            elif kind == "py":
                ast.literal_eval(d)
            elif kind == "pyexpr":
                ast.parse(d, mode="eval")
        except Exception as ex:
            raise VerifyError(f"{kind} document does not parse: {ex}: {d[:200]!r}") from ex
    # leak check: values outside spans
    out = _outside_text(text, spans)
    for m in LEAK_EMAIL.finditer(out):
        line_start = out.rfind("\n", 0, m.start()) + 1
        if "Message-ID:" in out[line_start:m.start()]:
            continue  # Message-IDs are not e-mail addresses (not labelled)
        raise LeakError(f"e-mail outside span: {m.group(0)!r}")
    for m in LEAK_V4.finditer(out):
        try:
            ipaddress.ip_address(m.group(0))
            raise LeakError(f"IPv4 outside span: {m.group(0)!r}")
        except ValueError:
            pass
    for m in LEAK_V6.finditer(out):
        g = m.group(0)
        if g.count(":") >= 2 and re.search(r"[0-9A-Fa-f]", g):
            try:
                ipaddress.ip_address(g)
                raise LeakError(f"IPv6 outside span: {g!r}")
            except ValueError:
                pass
    for m in LEAK_CARD.finditer(out):
        d = re.sub(r"\D", "", m.group(0))
        for n in (15, 16):
            for k in range(0, len(d) - n + 1):
                sub = d[k:k + n]
                if len(d) == n and luhn_ok(sub) and sub[0] in "23456":
                    raise LeakError(f"card-like number outside span: {m.group(0)!r}")
    for m in LEAK_SSN.finditer(out):
        if ssn_ok(m.group(0)):
            raise LeakError(f"SSN outside span: {m.group(0)!r}")
    # leak check: name words of every person drawn
    folded = "".join(_fold1(ch) for ch in text)
    for p in rec.persons:
        for w in p.words():
            if len(w) < 3 and w.isascii():
                continue
            if not w.isascii() and not any(ch.isalpha() and ord(ch) < 0x250 for ch in w):
                pat = re.compile(re.escape(w))
                hay = [text]
            else:
                pat = re.compile(r"(?<![^\W_])" + re.escape(fold(w)) + r"(?![^\W_])", re.IGNORECASE)
                hay = [folded]
            for h in hay:
                for m in pat.finditer(h):
                    if not _inside(m.start(), m.end(), spans, ("NAME", "EMAIL")):
                        raise LeakError(f"name word {w!r} outside a span at {m.start()}: "
                                        f"{text[max(0, m.start() - 30):m.end() + 30]!r}")
    return text, [[s, e, lab] for s, e, lab, *_ in spans]


# ---------------------------------------------------------------- family runner


def neg_slot(i: int) -> bool:
    return i % 10 in (2, 5, 8)


def run_family(name, pos, negs, n, seed):
    rng = random.Random(f"{GROUP}/{name}/{seed}")
    out = []
    redraws = 0
    kp = kn = 0
    for i in range(n):
        neg = neg_slot(i)
        tpl = negs[kn % len(negs)] if neg else pos[kp % len(pos)]
        if neg:
            kn += 1
        else:
            kp += 1
        for attempt in range(50):
            R = Rec()
            g = Gen(rng, R, neg)
            tpl(g, R)
            try:
                text, spans = verify(R, neg)
                break
            except LeakError as ex:
                redraws += 1
                if attempt == 49:
                    raise VerifyError(f"{name}/{tpl.__name__}: keeps leaking: {ex}") from ex
        out.append({"text": text, "spans": spans, "family": name, "group": GROUP})
    return out, redraws
