"""Segment builder, value generators, decoys and the verifier of pack_w.

Text and spans are built together: a record is a list of segments (text, type-or-None). Encoders (JSON string
escaping, percent/form encoding, XML escaping, Python string literals) are applied per segment, so a labelled value
keeps its span in whatever escaped form it ends up. Documents are parsed as they are rendered.
"""

from __future__ import annotations

import ast
import ipaddress
import json
import re
import urllib.parse
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape as _xesc

from names import NATIVE, PARTICLES, TRADITIONS, fold

Seg = tuple[str, "str | None"]


# ----------------------------------------------------------------------------------------------- segments
def N(v: str) -> Seg:
    return (v, "NAME")


def E(v: str) -> Seg:
    return (v, "EMAIL")


def P(v: str) -> Seg:
    return (v, "PHONE")


def S(v: str) -> Seg:
    return (v, "SSN")


def C(v: str) -> Seg:
    return (v, "CREDIT_CARD")


def I(v: str) -> Seg:  # noqa: E743
    return (v, "IP_ADDRESS")


class Txt:
    """A string made of several segments (used as one JSON/XML/repr string value)."""

    def __init__(self, *parts):
        self.segs = norm(parts)

    def plain(self) -> str:
        return "".join(t for t, _ in self.segs)


def norm(parts) -> list[Seg]:
    out: list[Seg] = []
    for p in parts:
        if p is None:
            continue
        if isinstance(p, str):
            if p:
                out.append((p, None))
        elif isinstance(p, tuple):
            out.append(p)
        elif isinstance(p, Txt):
            out.extend(p.segs)
        elif isinstance(p, list):
            out.extend(norm(p))
        else:
            raise TypeError(repr(p))
    return out


def render(parts) -> tuple[str, list[list]]:
    segs = norm([parts])
    text = []
    spans = []
    pos = 0
    for t, typ in segs:
        if typ is not None:
            spans.append([pos, pos + len(t), typ])
        text.append(t)
        pos += len(t)
    return "".join(text), spans


def plain(parts) -> str:
    return "".join(t for t, _ in norm([parts]))


def enc(parts, fn) -> list[Seg]:
    return [(fn(t), typ) for t, typ in norm([parts])]


def pct(parts, safe="") -> list[Seg]:
    return enc(parts, lambda t: urllib.parse.quote(t, safe=safe))


def form(parts) -> list[Seg]:
    return enc(parts, lambda t: urllib.parse.quote_plus(t))


def jesc(parts, ascii_=False) -> list[Seg]:
    return enc(parts, lambda t: json.dumps(t, ensure_ascii=ascii_)[1:-1])


def xesc(parts) -> list[Seg]:
    return enc(parts, lambda t: _xesc(t, {'"': "&quot;"}))


def _strval(v) -> list[Seg]:
    if isinstance(v, str):
        return [(v, None)]
    if isinstance(v, tuple):
        return [v]
    if isinstance(v, Txt):
        return v.segs
    raise TypeError(repr(v))


# ----------------------------------------------------------------------------------------------- JSON
def _jplain(o):
    if isinstance(o, (str, tuple, Txt)):
        return plain(_strval(o))
    if isinstance(o, dict):
        return {k: _jplain(v) for k, v in o.items()}
    if isinstance(o, list):
        return [_jplain(v) for v in o]
    return o


def _jd(o, indent, ascii_, level, seps) -> list[Seg]:
    if isinstance(o, (str, tuple, Txt)):
        return [('"', None)] + jesc(_strval(o), ascii_) + [('"', None)]
    if o is None or isinstance(o, (bool, int, float)):
        return [(json.dumps(o), None)]
    nl = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    if isinstance(o, dict):
        if not o:
            return [("{}", None)]
        out: list[Seg] = [("{", None)]
        for i, (k, v) in enumerate(o.items()):
            if i:
                out.append((seps[0].rstrip() if indent is not None else seps[0], None))
            out.append((nl + json.dumps(k, ensure_ascii=ascii_) + seps[1], None))
            out.extend(_jd(v, indent, ascii_, level + 1, seps))
        out.append((end + "}", None))
        return out
    if isinstance(o, list):
        if not o:
            return [("[]", None)]
        out = [("[", None)]
        for i, v in enumerate(o):
            if i:
                out.append((seps[0].rstrip() if indent is not None else seps[0], None))
            out.append((nl, None))
            out.extend(_jd(v, indent, ascii_, level + 1, seps))
        out.append((end + "]", None))
        return out
    raise TypeError(repr(o))


def jd(o, indent=None, ascii_=False, compact=False) -> list[Seg]:
    """Serialise o (dicts, lists, str, labelled tuples, Txt, numbers) to JSON segments; parsed to check."""
    seps = (",", ":") if compact else (", ", ": ")
    segs = _jd(o, indent, ascii_, 0, seps)
    txt = plain(segs)
    if json.loads(txt) != _jplain(o):
        raise AssertionError("JSON round trip failed: " + txt)
    return segs


# ----------------------------------------------------------------------------------------------- XML
class X:
    def __init__(self, tag, *kids, attrs=None):
        self.tag = tag
        self.kids = list(kids)
        self.attrs = attrs or []


def _xd(n: X, indent, level) -> list[Seg]:
    pad = "" if indent is None else " " * (indent * level)
    out: list[Seg] = [(pad + "<" + n.tag, None)]
    for k, v in n.attrs:
        out.append((f' {k}="', None))
        out.extend(xesc(_strval(v)))
        out.append(('"', None))
    if not n.kids:
        out.append(("/>", None))
        return out
    out.append((">", None))
    if all(not isinstance(k, X) for k in n.kids):
        for k in n.kids:
            out.extend(xesc(_strval(k)))
        out.append((f"</{n.tag}>", None))
        return out
    for k in n.kids:
        if indent is not None:
            out.append(("\n", None))
        if isinstance(k, X):
            out.extend(_xd(k, indent, level + 1))
        else:
            out.extend(xesc(_strval(k)))
    out.append((("" if indent is None else "\n" + pad) + f"</{n.tag}>", None))
    return out


def xd(n: X, indent=2, decl=True) -> list[Seg]:
    segs = _xd(n, indent, 0)
    if decl:
        segs = [('<?xml version="1.0" encoding="UTF-8"?>' + ("\n" if indent is not None else ""), None)] + segs
    ET.fromstring(plain(segs))
    return segs


def check_xml(parts) -> None:
    ET.fromstring(plain(parts))


# ----------------------------------------------------------------------------------------------- Python repr
class Obj:
    """A Python object repr: Name(k=v, ...)."""

    def __init__(self, name, *kv):
        self.name = name
        self.kv = list(kv)


def _pstr(v) -> list[Seg]:
    segs = _strval(v)
    whole = plain(segs)
    q = '"' if ("'" in whole and '"' not in whole) else "'"

    def esc(t):
        t = t.replace("\\", "\\\\").replace("\n", "\\n")
        return t.replace(q, "\\" + q)

    return [(q, None)] + enc(segs, esc) + [(q, None)]


def _pr(o) -> list[Seg]:
    if isinstance(o, (str, tuple, Txt)):
        return _pstr(o)
    if o is None or isinstance(o, (bool, int, float)):
        return [(repr(o), None)]
    if isinstance(o, dict):
        out: list[Seg] = [("{", None)]
        for i, (k, v) in enumerate(o.items()):
            out.append(((", " if i else "") + repr(k) + ": ", None))
            out.extend(_pr(v))
        return out + [("}", None)]
    if isinstance(o, list):
        out = [("[", None)]
        for i, v in enumerate(o):
            if i:
                out.append((", ", None))
            out.extend(_pr(v))
        return out + [("]", None)]
    if isinstance(o, Obj):
        out = [(o.name + "(", None)]
        for i, (k, v) in enumerate(o.kv):
            out.append(((", " if i else "") + k + "=", None))
            out.extend(_pr(v))
        return out + [(")", None)]
    raise TypeError(repr(o))


def pr(o) -> list[Seg]:
    segs = _pr(o)
    txt = plain(segs)
    if isinstance(o, (dict, list)):
        if ast.literal_eval(txt) != _jplain(o):
            raise AssertionError("repr round trip failed: " + txt)
    else:
        ast.parse(txt, mode="eval")
    return segs


# ----------------------------------------------------------------------------------------------- persons
class Person:
    def __init__(self, rng, trad, gender, given, family, native=None, order="gf"):
        self.trad = trad
        self.gender = gender
        self.given = given
        self.family = family
        self.native = native  # (given_native, family_native, native_order) or None
        self.fg = order == "fg" or (order == "mix" and rng.random() < 0.5)
        self.use_native = native is not None and rng.random() < 0.55
        self.middle = None
        self.words_extra: list[str] = []

    # --- display forms
    def name(self) -> str:
        """Display name as the person would write it (native script at times, family-first where native)."""
        if self.use_native:
            return self.native_full()
        return self.roman()

    def roman(self) -> str:
        return f"{self.family} {self.given}" if self.fg else f"{self.given} {self.family}"

    def native_full(self) -> str:
        gn, fn, o = self.native
        if o == "fg":
            return fn + gn
        if o == "fg_sp":
            return fn + " " + gn
        return gn + " " + fn

    def gf(self) -> str:
        return f"{self.given} {self.family}"

    def g(self) -> str:
        return self.native[0] if self.use_native else self.given

    def f(self) -> str:
        return self.native[1] if self.use_native else self.family

    def lf(self) -> str:
        return f"{self.family}, {self.given}"

    def up(self) -> str:
        return self.roman().upper()

    def upf(self) -> str:
        return fold(self.roman()).upper()

    def lf_up(self) -> str:
        return fold(f"{self.family}, {self.given}").upper()

    def slash(self) -> str:
        return fold(self.family).upper().replace("'", "") + "/" + fold(self.given).upper().replace(" ", "")

    def init(self) -> str:
        return f"{self.given[0]}. {self.family}"

    def given_init(self) -> str:
        return f"{self.given} {self.family[0]}."

    def mrz(self) -> str:
        def m(s):
            return re.sub(r"[^A-Z]+", "<", fold(s).upper()).strip("<")

        return m(self.family) + "<<" + m(self.given)

    # --- folded parts
    def _gl(self) -> str:
        return re.sub(r"[^a-z0-9]", "", fold(self.given).lower())

    def _fl(self) -> str:
        return re.sub(r"[^a-z0-9]", "", fold(self.family).lower())

    def slug(self) -> str:
        return re.sub(r"[^a-z0-9]+", "-", fold(self.gf()).lower()).strip("-")

    def acct(self, rng, style=None) -> str:
        g, f = self._gl(), self._fl()
        styles = ["first.last", "flast", "firstl", "first_last", "firstlast", "lastf", "f.last", "last.first",
                  "first"]
        style = style or rng.choice(styles)
        a = {"first.last": f"{g}.{f}", "flast": g[0] + f, "firstl": g + f[0], "first_last": f"{g}_{f}",
             "firstlast": g + f, "lastf": f + g[0], "f.last": f"{g[0]}.{f}", "last.first": f"{f}.{g}",
             "first": g}[style]
        if rng.random() < 0.3:
            a += str(rng.choice([1, 2, 7, 9, 11, 21, 77, 88, 93, 2024]))
        return a

    def email(self, rng, domain=None) -> str:
        local = self.acct(rng, rng.choice(["first.last", "flast", "firstl", "first_last", "firstlast",
                                           "f.last", "last.first"]))
        if rng.random() < 0.08:
            local += "+" + rng.choice(["gigs", "work", "invoices", "payouts"])
        return local + "@" + (domain or rng.choice(PERSONAL_DOMAINS))

    # --- words the leak check looks for
    def words(self) -> list[str]:
        out = []
        for part in [self.given, self.family, self.middle] + self.words_extra:
            if not part:
                continue
            for w in part.split(" "):
                if w.lower() in PARTICLES or len(w) < 2:
                    continue
                out.append(w)
                if "'" in w:
                    tail = w.split("'")[-1]
                    if len(tail) >= 3:
                        out.append(tail)
                if "-" in w:
                    out.append(w.replace("-", ""))
        if self.native:
            gn, fn, _ = self.native
            out.extend([gn, fn, self.native_full()])
        res = []
        for w in out:
            for v in (w, fold(w)):
                if v not in res:
                    res.append(v)
        return res


PERSONAL_DOMAINS = ["example.com", "example.net", "example.org", "mail.example", "inbox.example",
                    "posteo.example", "correo.example", "studio.example", "freelance.example"]


def draw_person(rng, trad=None, gender=None, native_ok=True, native_p=0.12) -> Person:
    if native_ok and trad is None and rng.random() < native_p:
        t, gnd, given, family, gn, fn, o = rng.choice(NATIVE)
        return Person(rng, t, gnd, given, family, (gn, fn, o), TRADITIONS[t]["order"])
    t = trad or rng.choice(sorted(TRADITIONS))
    d = TRADITIONS[t]
    gender = gender or rng.choice("mf")
    given = rng.choice(d[gender])
    m, f = rng.choice(d["s"])
    family = m if gender == "m" else f
    return Person(rng, t, gender, given, family, None, d["order"])


# ----------------------------------------------------------------------------------------------- numbers
def luhn_ok(d: str) -> bool:
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def _luhn_complete(prefix: str, length: int, rng) -> str:
    d = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(d + c):
            return d + c
    raise AssertionError


def card(rng, brand=None, fmt=None) -> str:
    brand = brand or rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb"])
    pre, ln = {"visa": ("4" + str(rng.randint(10, 99)), 16), "mc": (str(rng.randint(51, 55)), 16),
               "mc2": (str(rng.randint(2221, 2720)), 16), "amex": (rng.choice(["34", "37"]), 15),
               "disc": (rng.choice(["6011", "65"]), 16), "jcb": ("35" + str(rng.randint(28, 89)), 16)}[brand]
    d = _luhn_complete(pre, ln, rng)
    fmt = fmt or rng.choice(["plain", "space", "dash"])
    if fmt == "plain":
        return d
    sep = " " if fmt == "space" else "-"
    if ln == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i:i + 4] for i in range(0, 16, 4))


def card_like(d: str) -> bool:
    if not (13 <= len(d) <= 19) or not luhn_ok(d):
        return False
    if d[0] == "4" and len(d) in (13, 16, 19):
        return True
    if len(d) == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720 or d[:4] == "6011"
                         or d[:2] == "65" or 3528 <= int(d[:4]) <= 3589):
        return True
    return len(d) == 15 and d[:2] in ("34", "37")


def ssn(rng, fmt=None) -> str:
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g = rng.randint(1, 99)
    s = rng.randint(1, 9999)
    fmt = fmt or rng.choice(["dash", "dash", "bare", "space"])
    sep = {"dash": "-", "bare": "", "space": " "}[fmt]
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def ssn_ok(v: str) -> bool:
    d = re.sub(r"[ -]", "", v)
    if not re.fullmatch(r"\d{9}", d):
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


def last4(rng) -> str:
    return f"{rng.randint(1, 9999):04d}"


def ipv4(rng) -> str:
    k = rng.random()
    if k < 0.5:
        net = rng.choice(["192.0.2", "198.51.100", "203.0.113"])
        return f"{net}.{rng.randint(1, 254)}"
    if k < 0.7:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if k < 0.85:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if k < 0.93:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"100.{rng.randint(64, 127)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng) -> str:
    base = rng.choice(["2001:db8", "fd12:3456"])
    groups = [f"{rng.randint(0, 0xffff):x}" for _ in range(rng.choice([2, 3, 6]))]
    raw = base + ":" + ":".join(groups) if len(groups) == 6 else base + ":" + groups[0] + "::" + ":".join(groups[1:])
    return str(ipaddress.ip_address(raw))


def ip(rng, v6p=0.2) -> str:
    return ipv6(rng) if rng.random() < v6p else ipv4(rng)


def _d(rng, n) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def phone(rng, cc=None, style=None) -> str:
    cc = cc or rng.choice(["us", "us", "uk", "de", "fr", "es", "it", "nl", "br", "mx", "in", "ng", "ke", "za",
                           "ph", "jp", "kr", "pl", "tr", "au", "ca", "ar", "se", "ua", "id", "ae", "pk", "eg", "vn"])
    r = rng
    if cc in ("us", "ca"):
        npa = r.choice(["212", "415", "312", "617", "206", "512", "305", "416", "604", "514", "303", "404"])
        x = f"01{r.randint(0, 99):02d}"
        forms = [f"({npa}) 555-{x}", f"{npa}-555-{x}", f"+1 {npa} 555 {x}", f"+1{npa}555{x}",
                 f"{npa}.555.{x}", f"+1 ({npa}) 555-{x}", f"1{npa}555{x}"]
    elif cc == "uk":
        x = _d(r, 3)
        forms = [f"07700 900{x}", f"+44 7700 900{x}", f"+447700900{x}", f"(0)7700 900 {x}"]
    elif cc == "au":
        x = _d(r, 3)
        forms = [f"0491 57{r.randint(0, 9)} {x}", f"+61 491 57{r.randint(0, 9)} {x}"]
    elif cc == "de":
        p, x = r.choice(["151", "160", "170", "176"]), _d(r, 8)
        forms = [f"+49 {p} {x}", f"0{p} {x}", f"0049 {p} {x[:4]} {x[4:]}", f"+49{p}{x}"]
    elif cc == "fr":
        x = [_d(r, 2) for _ in range(4)]
        lead = r.choice(["6", "7"])
        forms = [f"0{lead} {' '.join(x)}", f"+33 {lead} {' '.join(x)}", f"+33{lead}{''.join(x)}", f"0{lead}.{'.'.join(x)}"]
    elif cc == "es":
        x = _d(r, 8)
        forms = [f"+34 6{x[:2]} {x[2:5]} {x[5:]}", f"6{x[:2]} {x[2:4]} {x[4:6]} {x[6:]}"]
    elif cc == "it":
        x = _d(r, 7)
        forms = [f"+39 347 {x[:3]} {x[3:]}", f"347 {x}", f"+39 333{x}"]
    elif cc == "nl":
        x = _d(r, 8)
        forms = [f"06-{x}", f"+31 6 {x}", f"06 {x[:2]} {x[2:4]} {x[4:6]} {x[6:]}"]
    elif cc == "br":
        ddd, x = r.choice(["11", "21", "31", "41", "51", "61", "71", "81"]), _d(r, 8)
        forms = [f"+55 {ddd} 9{x[:4]}-{x[4:]}", f"({ddd}) 9{x[:4]}-{x[4:]}", f"+55{ddd}9{x}"]
    elif cc == "mx":
        x = _d(r, 8)
        forms = [f"+52 55 {x[:4]} {x[4:]}", f"55 {x[:4]} {x[4:]}", f"+52 1 33 {x[:4]} {x[4:]}"]
    elif cc == "in":
        x = _d(r, 9)
        forms = [f"+91 9{x[:4]} {x[4:]}", f"09{x[:4]} {x[4:]}", f"+91-9{x}"]
    elif cc == "ng":
        x = _d(r, 7)
        p = r.choice(["803", "806", "813", "703", "902"])
        forms = [f"+234 {p} {x[:3]} {x[3:]}", f"0{p} {x[:3]} {x[3:]}", f"234{p}{x}"]
    elif cc == "ke":
        x = _d(r, 6)
        p = r.choice(["712", "722", "733", "701"])
        forms = [f"+254 {p} {x}", f"0{p} {x}", f"254{p}{x}"]
    elif cc == "za":
        x = _d(r, 7)
        forms = [f"+27 82 {x[:3]} {x[3:]}", f"082 {x[:3]} {x[3:]}"]
    elif cc == "ph":
        x = _d(r, 7)
        forms = [f"+63 917 {x[:3]} {x[3:]}", f"0917 {x[:3]} {x[3:]}", f"+639{r.randint(10, 99)}{x}"]
    elif cc == "jp":
        x = _d(r, 8)
        forms = [f"090-{x[:4]}-{x[4:]}", f"+81 90-{x[:4]}-{x[4:]}", f"080-{x[:4]}-{x[4:]}"]
    elif cc == "kr":
        x = _d(r, 8)
        forms = [f"010-{x[:4]}-{x[4:]}", f"+82 10-{x[:4]}-{x[4:]}"]
    elif cc == "pl":
        x = _d(r, 6)
        forms = [f"+48 512 {x[:3]} {x[3:]}", f"512-{x[:3]}-{x[3:]}", f"+48 6{x[:2]} {x[2:5]} {x[5]}{_d(r, 2)}"]
    elif cc == "tr":
        x = _d(r, 7)
        forms = [f"+90 532 {x[:3]} {x[3:5]} {x[5:]}", f"0532 {x[:3]} {x[3:5]} {x[5:]}"]
    elif cc == "ar":
        x = _d(r, 8)
        forms = [f"+54 9 11 {x[:4]}-{x[4:]}", f"011 15-{x[:4]}-{x[4:]}"]
    elif cc == "se":
        x = _d(r, 7)
        forms = [f"070-{x[:3]} {x[3:5]} {x[5:]}", f"+46 70 {x[:3]} {x[3:5]} {x[5:]}"]
    elif cc == "ua":
        x = _d(r, 7)
        forms = [f"+380 67 {x[:3]} {x[3:]}", f"067 {x[:3]} {x[3:5]} {x[5:]}"]
    elif cc == "id":
        x = _d(r, 8)
        forms = [f"+62 812-{x[:4]}-{x[4:]}", f"0812{x}"]
    elif cc == "ae":
        x = _d(r, 7)
        forms = [f"+971 50 {x[:3]} {x[3:]}", f"050 {x[:3]} {x[3:]}"]
    elif cc == "pk":
        x = _d(r, 7)
        forms = [f"+92 300 {x}", f"0300-{x}"]
    elif cc == "eg":
        x = _d(r, 8)
        forms = [f"+20 10 {x[:4]} {x[4:]}", f"010 {x[:4]} {x[4:]}"]
    else:  # vn
        x = _d(r, 6)
        forms = [f"+84 912 {x[:3]} {x[3:]}", f"0912 {x[:3]} {x[3:]}"]
    if style == "e164":
        return next(f for f in forms if f.startswith("+")).replace(" ", "").replace("-", "").replace(
            "(", "").replace(")", "")
    return r.choice(forms)


def phone_ok(v: str) -> bool:
    v = urllib.parse.unquote(v)
    digits = re.sub(r"\D", "", v)
    return bool(re.fullmatch(r"\+?[\d ()\-.]+", v)) and 7 <= len(digits) <= 15


# ----------------------------------------------------------------------------------------------- ids and stamps
def hexid(rng, n=8) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def num(rng, n) -> str:
    """An id of n digits that is never card-like (first digit 9 or 8 keeps it out of issuer ranges)."""
    return rng.choice("89") + _d(rng, n - 1)


def upid(rng, n=6) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


class Stamp:
    def __init__(self, rng):
        self.y = 2026
        self.mo = rng.randint(1, 12)
        self.d = rng.randint(1, 28)
        self.h = rng.randint(0, 23)
        self.mi = rng.randint(0, 59)
        self.s = rng.randint(0, 59)
        self.ms = rng.randint(0, 999)

    def iso(self, z=True, ms=True) -> str:
        base = f"{self.y}-{self.mo:02d}-{self.d:02d}T{self.h:02d}:{self.mi:02d}:{self.s:02d}"
        return base + (f".{self.ms:03d}" if ms else "") + ("Z" if z else "")

    def sql(self) -> str:
        return f"{self.y}-{self.mo:02d}-{self.d:02d} {self.h:02d}:{self.mi:02d}:{self.s:02d}"

    def date(self) -> str:
        return f"{self.y}-{self.mo:02d}-{self.d:02d}"

    def syslog(self) -> str:
        return f"{MONTHS[self.mo - 1]} {self.d:2d} {self.h:02d}:{self.mi:02d}:{self.s:02d}"

    def clf(self) -> str:
        return f"{self.d:02d}/{MONTHS[self.mo - 1]}/{self.y}:{self.h:02d}:{self.mi:02d}:{self.s:02d} +0000"

    def hm(self) -> str:
        return f"{self.h:02d}:{self.mi:02d}"

    def rfc2822(self) -> str:
        wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][(self.d + self.mo * 3) % 7]
        return f"{wd}, {self.d:02d} {MONTHS[self.mo - 1]} {self.y} {self.h:02d}:{self.mi:02d}:{self.s:02d} +0000"

    def epoch(self) -> int:
        return 1767225600 + ((self.mo - 1) * 30 + self.d) * 86400 + self.h * 3600 + self.mi * 60 + self.s


def money(rng, lo=20, hi=9000) -> str:
    return f"{rng.randint(lo, hi)}.{rng.randint(0, 99):02d}"


CURRENCIES = ["USD", "EUR", "GBP", "CAD", "AUD", "INR", "BRL", "PHP", "NGN", "KES", "PLN", "JPY", "MXN"]

# ----------------------------------------------------------------------------------------------- decoys
SERVICE_ACCOUNTS = ["svc-payouts", "escrow-engine", "payout_worker", "contracts-bot", "TAXFORM_SVC", "svc_tin_match",
                    "dispute-router", "system", "root", "tracker-ingest", "webhook-relay", "billing-cron",
                    "sponsor-sync", "kyc-orchestrator", "review-mod-bot", "ledger_reconciler", "api-gateway",
                    "ci-deploy", "ops-automation", "SYSTEM", "invoice-renderer", "fanhub-bot", "mediator-queue",
                    "noreply-robot", "trust-safety-automation", "scheduler"]
COMPANIES = ["Harrison & Webb Creative LLC", "Okonkwo Digital Ltd", "Brennan Media Group", "Lindqvist Design AB",
             "Nakamura Sound K.K.", "Fischer Übersetzungen GmbH", "Dubois Conseil SARL", "Mensah Logistics Ltd",
             "Kowalski Studio Sp. z o.o.", "Al-Masri Trading FZE", "Patel Brothers Analytics", "Santos & Filhos Ltda",
             "Johnson Controls", "Morgan Stanley", "Wells Fargo", "Ford Motor Company", "Dell Technologies",
             "Walt Disney Studios", "Procter & Gamble", "Van Damme Logistics BV", "Hernández Ruiz Abogados S.C.",
             "Cheung Kong Media", "Murphy Brewing Co.", "McAllister Outdoor Pty Ltd", "Tanaka Robotics Inc.",
             "Goldberg & Stein LLP", "Ramírez Construcciones", "Nguyen Foods Pte Ltd", "Schneider Electric",
             "Dlamini Creative Agency", "Boateng Prints", "Rossi Moda S.r.l."]
BRANDS = ["Northwind Coffee", "Lumen Skincare", "Kestrel Audio", "Bluepeak Outdoors", "Fernwood Tea Co.",
          "Orbit Energy Drinks", "Pixelforge", "Brightside VPN", "Tidal Threads", "Moss & Maple Home"]
PLACES = ["Victoria, BC", "Florence, Italy", "Regina, SK", "Madison, WI", "Austin, TX", "Charlotte, NC",
          "Savannah, GA", "Sofia, Bulgaria", "Georgia", "Jordan", "Adelaide, SA", "Alexandria, VA", "Lorraine",
          "Eugene, OR", "Santiago, Chile", "São Paulo", "San José, CR", "Chelsea, London", "Paris, TX",
          "Lagos", "Nairobi", "Kraków", "St. Helena"]
PRODUCTS = ["Project Athena", "Jarvis Scheduler", "Alexa Skill", "Casper Monitor", "Gutenberg editor",
            "Sherlock fraud model", "Hermes relay", "Mercury payouts API", "Apollo GraphQL", "Jenkins",
            "Ada runtime", "Django admin", "Sinatra worker", "Cassandra cluster", "Watson NLU", "Julia notebook",
            "Marvin CLI", "Sophia theme", "Oscar rate engine", "Penelope queue", "Atlas search", "Orion tracker"]
STATUS = ["Pending Review", "In Escrow", "Released", "Awaiting Funding", "On Hold", "Disputed", "Resolved",
          "Closed Won", "Approved", "Rejected", "Draft", "Active", "Paused", "Completed", "Archived", "Overdue"]
UI_STRINGS = ["Submit Proposal", "View Contract", "Release Funds", "Request Changes", "Add Milestone",
              "Download Invoice", "Mark As Complete", "Open Dispute", "Connect Bank Account", "Verify Identity",
              "Nouvelle proposition envoyée", "Vertrag wurde unterzeichnet", "Pago liberado correctamente",
              "Pagamento em processamento", "Contratto in attesa di firma", "Factuur is verzonden",
              "支払いが完了しました", "계약이 체결되었습니다", "付款已发放", "Платёж отправлен", "Wypłata zaplanowana",
              "Ödeme beklemede", "Hóa đơn đã được gửi", "تم إرسال الدفعة", "התשלום שוחרר", "भुगतान जारी किया गया",
              "Maksu on vapautettu", "Utbetalningen är klar", "Η πληρωμή εκκρεμεί", "Faktura została wysłana"]
SKILLS = ["React", "Figma", "Illustrator", "Python", "Copywriting", "SEO", "Voice Over", "Video Editing",
          "Translation EN>DE", "3D Modelling", "Bookkeeping", "Shopify", "Motion Graphics", "Data Entry",
          "Mobile QA", "Podcast Editing", "UX Research", "Technical Writing"]

# ----------------------------------------------------------------------------------------------- verification
_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+(@|%40|%2540)[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
_IPV4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d]|\.\d)")
_IPV6_RE = re.compile(r"(?<![0-9A-Za-z:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Za-z])")
_CARD_RE = re.compile(r"(?<![\d])\d(?:[ \-]?\d){12,18}(?![\d])")
_SSN_RE = re.compile(r"(?<![\d\-])\d{3}([\- ])\d{2}\1\d{4}(?![\d\-])")


class VerifyError(Exception):
    pass


def _inside(a, b, spans, types=None) -> bool:
    return any(s <= a and b <= e and (types is None or t in types) for s, e, t in spans)


def _variants(w: str) -> set[str]:
    v = {w, fold(w)}
    for x in list(v):
        v.add(urllib.parse.quote(x))
        v.add(urllib.parse.quote_plus(x))
        v.add(json.dumps(x, ensure_ascii=True)[1:-1])
        v.add(x.encode("unicode_escape").decode("ascii"))
    return {x for x in v if len(x) >= 2}


def value_ok(v: str, typ: str) -> bool:
    if typ == "EMAIL":
        u = urllib.parse.unquote(urllib.parse.unquote(v))
        return bool(re.fullmatch(r"[A-Za-z0-9._+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}", u))
    if typ == "IP_ADDRESS":
        try:
            ipaddress.ip_address(v)
            return True
        except ValueError:
            return False
    if typ == "SSN":
        return bool(re.fullmatch(r"\d{4}", v)) or ssn_ok(v)
    if typ == "CREDIT_CARD":
        return bool(re.fullmatch(r"[\d \-]+", v)) and card_like(re.sub(r"\D", "", v))
    if typ == "PHONE":
        return phone_ok(v)
    if typ == "NAME":
        u = urllib.parse.unquote_plus(v)
        return "@" not in u and any(c.isalpha() for c in u) and not u.isdigit()
    return False


def verify(text: str, spans: list, persons: list[Person], negative: bool) -> None:
    prev = 0
    for s, e, t in spans:
        if not (0 <= s < e <= len(text)):
            raise VerifyError(f"span out of range {s, e}")
        if s < prev:
            raise VerifyError("overlapping spans")
        prev = e
        v = text[s:e]
        if v != v.strip():
            raise VerifyError(f"edge whitespace in {v!r}")
        if not value_ok(v, t):
            raise VerifyError(f"bad {t} value {v!r}")
    if negative and (spans or persons):
        raise VerifyError("negative record with spans or persons")
    if not negative and not spans:
        raise VerifyError("positive record without spans")
    # e-mails: the @ and the whole domain must lie in an EMAIL span; number@host is exempt
    for m in _EMAIL_RE.finditer(text):
        local = text[m.start():m.start(1)]
        if re.fullmatch(r"(%2B|\+)?\d+", local):
            continue
        if not _inside(m.start(1), m.end(), spans, {"EMAIL"}):
            raise VerifyError(f"e-mail outside span: {m.group(0)!r}")
    for m in _IPV4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group(0))
        except ValueError:
            continue
        if not _inside(m.start(), m.end(), spans):
            raise VerifyError(f"IPv4 outside span: {m.group(0)!r}")
    for m in _IPV6_RE.finditer(text):
        g = m.group(0)
        if g.count(":") < 2 or (re.fullmatch(r"[\d:]+", g) and "::" not in g):
            continue
        try:
            ipaddress.IPv6Address(g)
        except ValueError:
            continue
        if not _inside(m.start(), m.end(), spans):
            raise VerifyError(f"IPv6 outside span: {g!r}")
    for m in _CARD_RE.finditer(text):
        if card_like(re.sub(r"\D", "", m.group(0))) and not _inside(m.start(), m.end(), spans):
            raise VerifyError(f"card-like number outside span: {m.group(0)!r}")
    for m in _SSN_RE.finditer(text):
        if ssn_ok(m.group(0)) and not _inside(m.start(), m.end(), spans):
            raise VerifyError(f"SSN outside span: {m.group(0)!r}")
    # name words of every drawn person: each occurrence inside a NAME or EMAIL span
    for p in persons:
        for w in p.words():
            for v in _variants(w):
                latin = any("a" <= ch.lower() <= "z" for ch in v) or v.isascii()
                pat = r"(?<![^\W_])" + re.escape(v) + r"(?![^\W_])" if latin else re.escape(v)
                for m in re.finditer(pat, text, re.IGNORECASE):
                    if not _inside(m.start(), m.end(), spans, {"NAME", "EMAIL"}):
                        raise VerifyError(f"name word {v!r} outside a span")


class Ctx:
    def __init__(self, rng):
        self.r = rng
        self.persons: list[Person] = []
        self.t = Stamp(rng)

    def p(self, **kw) -> Person:
        p = draw_person(self.r, **kw)
        self.persons.append(p)
        return p

    def ps(self, n, **kw) -> list[Person]:
        """n distinct persons (no shared name word)."""
        out: list[Person] = []
        while len(out) < n:
            q = draw_person(self.r, **kw)
            if any(set(map(str.lower, q.words())) & set(map(str.lower, o.words())) for o in out):
                continue
            out.append(q)
        self.persons.extend(out)
        return out
