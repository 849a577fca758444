"""pack_ag core: persons, the segment builder, serialisers, value generators, decoys and the verifier."""

from __future__ import annotations

import ast
import ipaddress
import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from urllib.parse import quote, quote_plus

from names import NATIVE, PARTICLES, TRADITIONS, WORD_GIVEN_F, WORD_GIVEN_M, WORD_SURNAMES

# ---------------------------------------------------------------------------------------------------------------
# encoders (each applied to one segment, so a span covers the value as it appears)


def PCT(v: str) -> str:
    return quote(v, safe="")


def FORM(v: str) -> str:
    return quote_plus(v, safe="")


def JS(v: str) -> str:
    return json.dumps(v, ensure_ascii=False)[1:-1]


def JSA(v: str) -> str:
    return json.dumps(v, ensure_ascii=True)[1:-1]


def XML(v: str) -> str:
    return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def SQL(v: str) -> str:
    return v.replace("'", "''")


def CSVQ(v: str) -> str:
    return v.replace('"', '""')


def PYR(v: str) -> str:
    return repr(v)[1:-1]


def RB(v: str) -> str:
    return v.replace("\\", "\\\\").replace('"', '\\"')


def XESC(v: str) -> str:  # \xNN escapes of the UTF-8 bytes of non-ASCII characters
    out = []
    for ch in v:
        if ord(ch) < 128:
            out.append(ch)
        else:
            out.extend(f"\\x{b:02x}" for b in ch.encode("utf-8"))
    return "".join(out)


# ---------------------------------------------------------------------------------------------------------------
# the segment builder


@dataclass
class P:
    """A labelled value inside a document."""

    value: str
    typ: str


class M:
    """A string made of pieces (str or P), rendered as one string inside a document."""

    def __init__(self, *pieces):
        self.pieces = pieces


class R:
    def __init__(self):
        self.parts: list[tuple[str, str | None, str]] = []  # (text as written, type or None, raw value)
        self.n = 0
        self.docs: list[tuple[int, int, str]] = []
        self.persons: list[Person] = []

    def t(self, *xs: str) -> R:
        for x in xs:
            if x:
                self.parts.append((x, None, x))
                self.n += len(x)
        return self

    def v(self, value: str, typ: str, *enc) -> R:
        s = value
        for e in enc:
            s = e(s)
        assert s and s == s.strip(), (value, typ)
        self.parts.append((s, typ, value))
        self.n += len(s)
        return self

    def embed(self, sub: R, *enc) -> R:
        verify_docs(sub)
        for text, typ, raw in sub.parts:
            s = text
            for e in enc:
                s = e(s)
            if s:
                self.parts.append((s, typ, raw))
                self.n += len(s)
        self.persons.extend(p for p in sub.persons if p not in self.persons)
        return self

    def text(self) -> str:
        return "".join(p[0] for p in self.parts)

    def spans(self) -> list[tuple[int, int, str, str, str]]:
        out, pos = [], 0
        for text, typ, raw in self.parts:
            if typ:
                out.append((pos, pos + len(text), typ, text, raw))
            pos += len(text)
        return out

    def doc(self, kind: str, start: int) -> None:
        self.docs.append((start, self.n, kind))


def pv(r: R, x, enc) -> None:
    """Write a str, P or M with the given string encoder (the literal parts are encoded too)."""
    if isinstance(x, P):
        r.v(x.value, x.typ, enc)
    elif isinstance(x, M):
        for piece in x.pieces:
            pv(r, piece, enc)
    else:
        r.t(enc(str(x)))


def jdoc(r: R, obj, indent: int | None = None, ascii: bool = False, compact: bool = False) -> R:
    start = r.n
    _j(r, obj, indent, 0, JSA if ascii else JS, compact)
    r.doc("json", start)
    return r


def _j(r, o, indent, lvl, enc, compact):
    sep, colon = ("," if compact else ", "), (":" if compact else ": ")
    if isinstance(o, dict):
        if not o:
            r.t("{}")
            return
        r.t("{")
        items = list(o.items())
        for i, (k, v) in enumerate(items):
            if indent is not None:
                r.t("\n" + " " * (indent * (lvl + 1)))
            r.t(json.dumps(k, ensure_ascii=enc is JSA), colon)
            _j(r, v, indent, lvl + 1, enc, compact)
            if i < len(items) - 1:
                r.t("," if indent is not None else sep)
        if indent is not None:
            r.t("\n" + " " * (indent * lvl))
        r.t("}")
    elif isinstance(o, list):
        if not o:
            r.t("[]")
            return
        r.t("[")
        for i, v in enumerate(o):
            if indent is not None:
                r.t("\n" + " " * (indent * (lvl + 1)))
            _j(r, v, indent, lvl + 1, enc, compact)
            if i < len(o) - 1:
                r.t("," if indent is not None else sep)
        if indent is not None:
            r.t("\n" + " " * (indent * lvl))
        r.t("]")
    elif isinstance(o, (P, M)):
        r.t('"')
        pv(r, o, enc)
        r.t('"')
    elif isinstance(o, str):
        r.t(json.dumps(o, ensure_ascii=enc is JSA))
    else:
        r.t(json.dumps(o))


def pyval(r: R, o) -> None:
    """Python literal / repr of nested objects. Objects are ('Class', [(k, v), ...])."""
    if isinstance(o, tuple) and len(o) == 2 and isinstance(o[0], str) and isinstance(o[1], list):
        r.t(o[0], "(")
        for i, (k, v) in enumerate(o[1]):
            r.t(", " if i else "", k, "=")
            pyval(r, v)
        r.t(")")
    elif isinstance(o, dict):
        r.t("{")
        for i, (k, v) in enumerate(o.items()):
            r.t(", " if i else "", repr(k), ": ")
            pyval(r, v)
        r.t("}")
    elif isinstance(o, list):
        r.t("[")
        for i, v in enumerate(o):
            r.t(", " if i else "")
            pyval(r, v)
        r.t("]")
    elif isinstance(o, P):
        q = repr(o.value)[0]
        r.t(q).v(o.value, o.typ, PYR).t(q)
    elif isinstance(o, M):
        full = "".join(x.value if isinstance(x, P) else str(x) for x in o.pieces)
        q = "'" if "'" not in full else '"'

        def enc(s: str, q: str = q) -> str:
            return s.replace("\\", "\\\\").replace(q, "\\" + q).replace("\n", "\\n")

        r.t(q)
        pv(r, o, enc)
        r.t(q)
    else:
        r.t(repr(o))


def pyrepr(r: R, o) -> R:
    start = r.n
    pyval(r, o)
    r.doc("py", start)
    return r


def xml_start(r: R) -> int:
    return r.n


def el(r: R, tag: str, val, attrs: str = "") -> R:
    r.t(f"<{tag}{attrs}>")
    pv(r, val, XML)
    r.t(f"</{tag}>")
    return r


def verify_docs(r: R) -> None:
    text = r.text()
    for s, e, kind in r.docs:
        frag = text[s:e]
        if kind == "json":
            json.loads(frag)
        elif kind == "xml":
            ET.fromstring(frag)
        elif kind == "py":
            ast.parse(frag)
        else:
            raise ValueError(kind)


# ---------------------------------------------------------------------------------------------------------------
# folding and persons

_FOLD = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "AE", "đ": "d", "Đ": "D", "ı": "i",
         "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "œ": "oe", "Œ": "OE"}


def fold(s: str) -> str:
    s = "".join(_FOLD.get(ch, ch) for ch in s)
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def squash(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


@dataclass(eq=False)
class Person:
    given: str
    family: str
    middle: str = ""
    gender: str = "f"
    trad: str = "en_us"
    cc: str = "US"
    ff: bool = False
    native: tuple | None = None  # (native given, native family, kind)
    show_native: bool = False  # display names in the native script (separate fields stay romanised)
    aliases: list = field(default_factory=list)

    # --- display forms
    def full(self, middle: bool = False) -> str:
        if self.native and self.show_native:
            return self.nat()
        mid = f" {self.middle}" if middle and self.middle else ""
        if self.ff:
            return f"{self.family} {self.given}{mid}"
        return f"{self.given}{mid} {self.family}"

    def western(self) -> str:
        return f"{self.given} {self.family}"

    def nat(self) -> str:
        """Native-script full name (the romanised one if there is none)."""
        if not self.native:
            return self.full()
        g, f, kind = self.native
        return f"{f}{g}" if kind == "cjk" else f"{g} {f}"

    def lf(self) -> str:
        return f"{self.family}, {self.given}"

    def LF(self) -> str:
        return f"{self.family.upper()}, {self.given.upper()}"

    def UP(self) -> str:
        return self.western().upper()

    def SG(self) -> str:
        return f"{squash_up(self.family)}/{squash_up(self.given)}"

    def gi(self) -> str:
        return f"{self.given[0]}. {self.family}"

    def fi(self) -> str:
        return f"{self.family} {self.given[0]}."

    def gF(self) -> str:
        return f"{self.given} {self.family[0]}."

    def fam_title(self) -> str:
        return self.family

    def file(self) -> str:
        return f"{fold(self.family).replace(' ', '').replace(chr(39), '')}_{fold(self.given).replace(' ', '')}"

    def words(self) -> list[str]:
        out = []
        for part in [self.given, self.family, self.middle] + (list(self.native[:2]) if self.native else []):
            for w in re.split(r"[\s\-]+", part):
                w = w.strip(".")
                if w and w.lower() not in PARTICLES and len(w) >= 2:
                    out.append(w)
                    if w.lower().startswith(("o'", "d'")) and len(w) > 3:
                        out.append(w[2:])
        return out

    # --- accounts and e-mails
    def acct(self, style: str, digits: str = "") -> str:
        g = squash(self.given.split()[0]) if " " in self.given and style in ("flast", "firstl") else squash(self.given)
        f = squash(self.family)
        m = {"first.last": f"{g}.{f}", "flast": f"{g[0]}{f}", "firstl": f"{g}{f[0]}", "first_last": f"{g}_{f}",
             "firstlast": f"{g}{f}", "lastf": f"{f}{g[0]}", "f.last": f"{g[0]}.{f}", "first": g,
             "last.first": f"{f}.{g}", "first-last": f"{g}-{f}"}[style]
        return m + digits


def squash_up(s: str) -> str:
    return re.sub(r"[^A-Z]", "", fold(s).upper())


WORDLIKE = {w.lower() for w in WORD_GIVEN_M + WORD_GIVEN_F + WORD_SURNAMES}

_TR_KEYS = list(TRADITIONS)
_TR_W = [TRADITIONS[k]["w"] for k in _TR_KEYS]


def make_person(rng, trad: str | None = None, native_p: float = 0.08, word_p: float = 0.08, gender: str | None = None,
                ff_ok: bool = True) -> Person:
    gender = gender or rng.choice("fm")
    if native_p and rng.random() < native_p and trad is None:
        t, ng, nf, rg, rf, kind = rng.choice(NATIVE)
        spec = TRADITIONS[t]
        ff = kind == "cjk" and rng.random() < 0.5 and ff_ok
        return Person(rg, rf, "", gender, t, spec["cc"], ff, (ng, nf, kind), rng.random() < 0.6)
    if word_p and rng.random() < word_p and trad is None:
        t = rng.choice(["en_us", "en_gb", "en_au"])
        spec = TRADITIONS[t]
        g = rng.choice(WORD_GIVEN_F if gender == "f" else WORD_GIVEN_M) if rng.random() < 0.6 else \
            rng.choice(spec[gender])
        f = rng.choice(WORD_SURNAMES) if rng.random() < 0.7 or g in spec[gender] else rng.choice(spec["s"])
        return Person(g, f, "", gender, t, spec["cc"])
    t = trad or rng.choices(_TR_KEYS, _TR_W)[0]
    spec = TRADITIONS[t]
    given = rng.choice(spec[gender])
    fam = rng.choice(spec["s"])
    if "/" in fam:
        a, b = fam.split("/")
        fam = a if gender == "m" else b
    if spec.get("bin"):
        fam = ("bin " if gender == "m" else "binti ") + rng.choice(spec["m"])
    middle = ""
    if spec.get("mid"):
        middle = rng.choice(spec["s"]).split("/")[0]
    elif t in ("en_us", "en_gb") and rng.random() < 0.2:
        middle = rng.choice(spec["m" if rng.random() < 0.5 else "f"])
    ff = ff_ok and (bool(spec.get("ff")) or (bool(spec.get("ffh")) and rng.random() < 0.5))
    if t == "es_es" and rng.random() < 0.3 and " " not in fam:
        fam = fam + " " + rng.choice([x for x in spec["s"] if " " not in x and x != fam])
    return Person(given, fam, middle, gender, t, spec["cc"], ff)


# ---------------------------------------------------------------------------------------------------------------
# value generators

PHONE_PLANS = {
    # cc: (country code, trunk prefix, leading digits, NSN length, grouping)
    "GB": ("44", "0", ["7700900"], 10, [4, 6]), "IE": ("353", "0", ["83", "85", "86", "87"], 9, [2, 3, 4]),
    "AU": ("61", "0", ["49157"], 9, [3, 3, 3]), "NZ": ("64", "0", ["21", "22", "27"], 9, [2, 3, 4]),
    "FR": ("33", "0", ["6", "7"], 9, [1, 2, 2, 2, 2]), "SN": ("221", "", ["77", "78", "76"], 9, [2, 3, 2, 2]),
    "DE": ("49", "0", ["151", "152", "160", "170", "176"], 11, [3, 8]), "AT": ("43", "0", ["664", "676", "699"], 10, [3, 7]),
    "CH": ("41", "0", ["76", "78", "79"], 9, [2, 3, 2, 2]), "NL": ("31", "0", ["6"], 9, [1, 8]),
    "BE": ("32", "0", ["470", "475", "486", "496"], 9, [3, 2, 2, 2]), "ES": ("34", "", ["6", "7"], 9, [3, 3, 3]),
    "MX": ("52", "", ["55", "33", "81"], 10, [2, 4, 4]), "CO": ("57", "", ["300", "310", "315", "320"], 10, [3, 3, 4]),
    "AR": ("54", "0", ["11"], 10, [2, 4, 4]), "BR": ("55", "0", ["119", "219", "319", "419", "519"], 11, [2, 5, 4]),
    "PT": ("351", "", ["91", "92", "93", "96"], 9, [3, 3, 3]), "IT": ("39", "", ["320", "333", "347", "366", "389"], 10, [3, 3, 4]),
    "PL": ("48", "", ["50", "51", "60", "66", "78"], 9, [3, 3, 3]), "CZ": ("420", "", ["601", "602", "720", "775"], 9, [3, 3, 3]),
    "SK": ("421", "0", ["905", "911", "944"], 9, [3, 3, 3]), "HU": ("36", "06", ["20", "30", "70"], 9, [2, 3, 4]),
    "RO": ("40", "0", ["721", "722", "744", "755"], 9, [3, 3, 3]), "HR": ("385", "0", ["91", "95", "98"], 9, [2, 3, 4]),
    "RS": ("381", "0", ["60", "63", "64"], 9, [2, 3, 4]), "BG": ("359", "0", ["87", "88", "89"], 9, [2, 3, 4]),
    "GR": ("30", "", ["690", "693", "694", "697", "698"], 10, [3, 3, 4]), "RU": ("7", "8", ["912", "916", "925", "903"], 10, [3, 3, 2, 2]),
    "UA": ("380", "0", ["50", "67", "63", "93"], 9, [2, 3, 2, 2]), "LT": ("370", "8", ["612", "650", "686"], 8, [3, 5]),
    "LV": ("371", "", ["2"], 8, [4, 4]), "EE": ("372", "", ["5"], 8, [4, 4]), "FI": ("358", "0", ["40", "44", "50"], 9, [2, 3, 4]),
    "SE": ("46", "0", ["70", "72", "73", "76"], 9, [2, 3, 2, 2]), "NO": ("47", "", ["4", "9"], 8, [3, 2, 3]),
    "DK": ("45", "", ["20", "28", "30", "40", "50"], 8, [2, 2, 2, 2]), "IS": ("354", "", ["6", "7", "8"], 7, [3, 4]),
    "TR": ("90", "0", ["532", "533", "542", "555"], 10, [3, 3, 2, 2]), "EG": ("20", "0", ["10", "11", "12"], 10, [2, 4, 4]),
    "LB": ("961", "0", ["70", "71", "76"], 8, [2, 3, 3]), "AE": ("971", "0", ["50", "52", "55", "56"], 9, [2, 3, 4]),
    "MA": ("212", "0", ["6", "7"], 9, [1, 2, 2, 2, 2]), "IR": ("98", "0", ["912", "935", "919"], 10, [3, 3, 4]),
    "IL": ("972", "0", ["50", "52", "54", "58"], 9, [2, 3, 4]), "IN": ("91", "0", ["98", "97", "99", "88", "70", "63"], 10, [5, 5]),
    "PK": ("92", "0", ["300", "301", "321", "333"], 10, [3, 7]), "BD": ("880", "0", ["171", "181", "191"], 10, [4, 6]),
    "LK": ("94", "0", ["71", "77"], 9, [2, 3, 4]), "CN": ("86", "", ["138", "139", "150", "186"], 11, [3, 4, 4]),
    "HK": ("852", "", ["5", "6", "9"], 8, [4, 4]), "TW": ("886", "0", ["912", "933", "988"], 9, [3, 3, 3]),
    "JP": ("81", "0", ["90", "80", "70"], 10, [2, 4, 4]), "KR": ("82", "0", ["10"], 10, [2, 4, 4]),
    "VN": ("84", "0", ["90", "91", "98", "97"], 9, [2, 3, 2, 2]), "TH": ("66", "0", ["81", "86", "89"], 9, [2, 3, 4]),
    "PH": ("63", "0", ["917", "918", "927", "995"], 10, [3, 3, 4]), "ID": ("62", "0", ["812", "813", "857"], 11, [3, 4, 4]),
    "MY": ("60", "0", ["12", "13", "17", "19"], 9, [2, 3, 4]), "SG": ("65", "", ["8", "9"], 8, [4, 4]),
    "NG": ("234", "0", ["803", "806", "813", "816"], 10, [3, 3, 4]), "GH": ("233", "0", ["24", "54", "20"], 9, [2, 3, 4]),
    "KE": ("254", "0", ["712", "722", "733", "790"], 9, [3, 3, 3]), "ZA": ("27", "0", ["82", "83", "72", "61"], 9, [2, 3, 4]),
    "ET": ("251", "0", ["911", "912", "913"], 9, [3, 3, 3]), "GE": ("995", "", ["555", "577", "599"], 9, [3, 2, 2, 2]),
    "AM": ("374", "0", ["91", "93", "94"], 8, [2, 3, 3]), "PE": ("51", "", ["9"], 9, [3, 3, 3]),
}


def luhn_ok(d: str) -> bool:
    s, alt = 0, False
    for ch in reversed(d):
        x = int(ch)
        if alt:
            x = x * 2 - 9 if x > 4 else x * 2
        s += x
        alt = not alt
    return s % 10 == 0


def _group(d: str, sizes: list[int], sep: str) -> str:
    out, i = [], 0
    for n in sizes:
        out.append(d[i:i + n])
        i += n
    return sep.join(out)


def ssn_ok(d: str) -> bool:
    d = re.sub(r"\D", "", d)
    if len(d) == 4:
        return d != "0000"
    if len(d) != 9:
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+\-']+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+$")


class Ctx:
    """Random helpers bound to one family's stream and to the record being built."""

    DOMAINS = ("example.com", "example.net", "example.org", "mail.example", "inbox.example", "posteo.example",
               "correo.example", "courriel.example", "web.example", "yandex.example", "naver.example", "qq.example")

    def __init__(self, rng):
        self.rng = rng
        self.r = R()

    # --- basics
    def ch(self, xs):
        return self.rng.choice(xs)

    def ri(self, a, b):
        return self.rng.randint(a, b)

    def p(self, x: float) -> bool:
        return self.rng.random() < x

    def digits(self, n: int) -> str:
        while True:
            d = str(self.rng.randint(1, 9)) + "".join(str(self.rng.randint(0, 9)) for _ in range(n - 1))
            if n < 13 or not luhn_ok(d):
                return d

    def hexs(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def alnum(self, n: int, up: bool = True) -> str:
        a = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789" if up else "abcdefghijkmnpqrstuvwxyz23456789"
        return "".join(self.rng.choice(a) for _ in range(n))

    def date(self) -> str:
        return f"2026-{self.ri(1, 11):02d}-{self.ri(1, 28):02d}"

    def time(self) -> str:
        return f"{self.ri(7, 20):02d}:{self.ri(0, 59):02d}:{self.ri(0, 59):02d}"

    def iso(self, z: bool = True, ms: bool = True) -> str:
        t = f"{self.date()}T{self.time()}"
        if ms:
            t += f".{self.ri(0, 999):03d}"
        return t + ("Z" if z else f"+{self.ch(['00', '01', '02', '10', '08'])}:00")

    def sys_ts(self) -> str:
        m = self.ch(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"])
        return f"{m} {self.ri(1, 28):2d} {self.time()}"

    def clf_ts(self) -> str:
        m = self.ch(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"])
        return f"[{self.ri(1, 28):02d}/{m}/2026:{self.time()} +0000]"

    def hhmm(self) -> str:
        return f"{self.ri(8, 19):02d}:{self.ch(['00', '15', '30', '45'])}"

    def money(self, a=15, b=420) -> str:
        return f"{self.ri(a, b)}.{self.ch(['00', '50', '95', '25', '75'])}"

    # --- people
    def person(self, **kw) -> Person:
        p = make_person(self.rng, **kw)
        self.r.persons.append(p)
        return p

    def name_form(self, p: Person, forms=("full", "full", "lf", "LF", "UP", "gi", "gF")) -> str:
        f = self.ch(list(forms))
        return {"full": p.full(), "lf": p.lf(), "LF": p.LF(), "UP": p.UP(), "gi": p.gi(), "gF": p.gF(),
                "fi": p.fi(), "SG": p.SG(), "nat": p.nat(), "western": p.western(), "given": p.given}[f]

    def acct(self, p: Person, styles=("first.last", "flast", "firstl", "first_last", "lastf", "f.last", "firstlast")) -> str:
        d = self.ch(["", "", "", str(self.ri(1, 9)), str(self.ri(10, 99))])
        return p.acct(self.ch(list(styles)), d)

    def email(self, p: Person, domain: str | None = None) -> str:
        local = p.acct(self.ch(["first.last", "flast", "firstlast", "first_last", "firstl", "last.first"]),
                       self.ch(["", "", "", str(self.ri(1, 99))]))
        if self.p(0.08):
            local += "+" + self.ch(["salon", "spa", "booking", "bday"])
        return f"{local}@{domain or self.ch(list(self.DOMAINS))}"

    def phone(self, cc: str | Person = "US", style: str | None = None) -> str:
        if isinstance(cc, Person):
            cc = cc.cc
        style = style or self.ch(["intl", "intl", "nat", "nat", "e164", "00"])
        if cc in ("US", "CA"):
            area = self.ch(["212", "312", "415", "503", "617", "646", "702", "713", "808", "919", "305", "404"]
                           if cc == "US" else ["416", "604", "514", "403", "613"])
            line = f"01{self.ri(0, 99):02d}"
            return {"intl": f"+1 {area} 555 {line}", "e164": f"+1{area}555{line}", "00": f"+1-{area}-555-{line}",
                    "nat": self.ch([f"({area}) 555-{line}", f"{area}-555-{line}", f"{area}.555.{line}"]),
                    "bare": f"1{area}555{line}"}[style]
        code, trunk, leads, n, grp = PHONE_PLANS[cc]
        lead = self.ch(leads)
        nsn = lead + "".join(str(self.ri(0, 9)) for _ in range(n - len(lead)))
        if style == "intl":
            return f"+{code} " + _group(nsn, grp, " ")
        if style == "e164":
            return f"+{code}{nsn}"
        if style == "bare":
            return f"{code}{nsn}"
        if style == "00":
            return f"00{code} " + _group(nsn, grp, " ")
        if cc == "BR":
            return f"({nsn[:2]}) {nsn[2:7]}-{nsn[7:]}"
        sep = {"FR": ".", "IL": "-", "JP": "-", "KR": "-", "RU": "-", "TW": "-"}.get(cc, " ") if self.p(0.5) else " "
        return trunk + _group(nsn, grp, sep)

    def card(self, style: str | None = None) -> str:
        kind = self.ch(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb"])
        pre, n = {"visa": ("4", 16), "mc": (str(self.ri(51, 55)), 16), "mc2": (str(self.ri(2221, 2720)), 16),
                  "amex": (self.ch(["34", "37"]), 15), "disc": ("6011", 16), "jcb": (str(self.ri(3528, 3589)), 16)}[kind]
        while True:
            body = pre + "".join(str(self.ri(0, 9)) for _ in range(n - len(pre) - 1))
            for c in "0123456789":
                if luhn_ok(body + c):
                    d = body + c
                    break
            if d != "4242424242424242":
                break
        style = style or self.ch(["plain", "plain", "space", "dash"])
        if style == "plain":
            return d
        sizes = [4, 6, 5] if n == 15 else [4, 4, 4, 4]
        return _group(d, sizes, " " if style == "space" else "-")

    def masked(self) -> str:
        return self.ch(["************", "XXXX-XXXX-XXXX-", "•••• ", "411111******", "5454********"]) + self.digits(4)[:4]

    def ssn(self, style: str | None = None) -> str:
        while True:
            a = self.ri(1, 899)
            if a != 666:
                break
        d = f"{a:03d}{self.ri(1, 99):02d}{self.ri(1, 9999):04d}"
        style = style or self.ch(["dash", "dash", "bare", "space"])
        return {"dash": f"{d[:3]}-{d[3:5]}-{d[5:]}", "bare": d, "space": f"{d[:3]} {d[3:5]} {d[5:]}"}[style]

    def last4(self) -> str:
        return f"{self.ri(1, 9999):04d}"

    def ip4(self) -> str:
        net = self.ch(["192.0.2", "198.51.100", "203.0.113", "10.{}.{}", "172.{}.{}", "192.168.{}"])
        if net.startswith("10."):
            net = f"10.{self.ri(0, 254)}.{self.ri(0, 254)}"
        elif net.startswith("172."):
            net = f"172.{self.ri(16, 31)}.{self.ri(0, 254)}"
        elif net.startswith("192.168"):
            net = f"192.168.{self.ri(0, 254)}"
        return f"{net}.{self.ri(2, 254)}"

    def ip6(self) -> str:
        pre = self.ch(["2001:db8", "fd12:3456"])
        g = [f"{self.ri(0, 0xffff):x}" for _ in range(self.ri(2, 4))]
        return str(ipaddress.ip_address(f"{pre}:{g[0]}::" + ":".join(g[1:])))

    def ip(self) -> str:
        return self.ip6() if self.p(0.3) else self.ip4()


# ---------------------------------------------------------------------------------------------------------------
# decoys: things that look like names (or like personal data) but are not

SERVICE_ACCTS = ["svc_booking", "booking-api", "frontdesk-kiosk", "KIOSK02", "SYSTEM", "root", "pos-sync", "svc-recall",
                 "reminder-bot", "noah-bridge", "fitting-svc", "cron", "payroll-export", "TILL01", "FRONTDESK",
                 "ADMIN", "webhook-relay", "svc_consent", "lab-gateway", "sms-dispatch", "scheduler", "RECEPTION2",
                 "integration-user", "svc-commission", "backup", "www-data", "chatbot", "ivr-gateway"]
PLACEHOLDERS = ["Walk-in", "WALK IN", "Guest", "Client, New", "New Client", "TBC", "N/A", "(none)", "Anonymous",
                "Test Client", "Any stylist", "First available", "UNASSIGNED", "Next available", "House Client"]
COMPANIES = ["Toni & Guy", "Jean Louis David", "Franck Provost", "Paul Mitchell", "John Frieda", "Vidal Sassoon",
             "Charlotte Tilbury", "Jo Malone", "Estée Lauder", "Specsavers", "Leightons Opticians", "Vision Express",
             "Boots Opticians", "Amplifon", "Hidden Hearing", "Oliver Peoples", "Tom Ford Eyewear", "Ray-Ban",
             "Michael Kors", "Lindberg", "Paul Smith", "Hugo Boss", "Ted Baker", "Elizabeth Arden", "Clarins",
             "Rodenstock", "Carl Zeiss Vision", "Hoya", "Essilor", "Bausch + Lomb", "Johnson & Johnson Vision",
             "Cooper Vision", "Phonak", "Oticon", "Widex", "Signia", "Starkey", "ReSound", "Bernafon", "Unitron",
             "Kérastase", "L'Oréal Professionnel", "Wella", "Schwarzkopf", "Redken", "Davines", "Moroccanoil",
             "Olaplex", "Aveda", "Dermalogica", "Elemis", "Decléor", "OPI", "Essie", "CND", "Gelish", "Bio Sculpture",
             "Murray Hearing Ltd", "Okafor Beauty Supplies", "Brennan & Daughters Barbers", "McAllister Physio Group",
             "Nguyen Nails Inc", "Kowalski Optyk Sp. z o.o.", "Dr. Martens", "Fred Perry", "Mary Kay", "Avon"]
PRODUCTS = ["Olaplex No.3", "Wella Koleston 7/1", "Redken Shades EQ 09V", "OPI Big Apple Red", "Essie Ballet Slippers",
            "CND Shellac Romantique", "Phonak Audéo Lumity 90", "Oticon Intent 1", "Signia Pure Charge&Go AX",
            "ReSound Nexia 9", "Widex Moment Sheer 440", "Starkey Genesis AI 24", "Varilux XR", "Zeiss SmartLife",
            "Hoya MiYOSMART", "Acuvue Oasys", "Dailies Total1", "Tom Ford FT5401", "Ray-Ban Wayfarer RB2140",
            "Oliver Peoples Gregory Peck OV5186", "Lindberg Morten", "Moroccanoil Treatment", "Kérastase Elixir Ultime",
            "Wahl Magic Clip", "Andis Slimline Pro", "Babyliss FX", "Dyson Supersonic", "GHD Platinum+",
            "Theragun Prime", "Compex Fixx", "Gonstead table", "Activator V", "Hyperice Normatec 3", "Tattoo Goo",
            "Dynamic Black", "Eternal Ink Lipstick Red", "Cheyenne Hawk Pen", "FK Irons Spektra"]
TECHNIQUES = ["Swedish massage", "Thai massage", "Shiatsu", "Hot stone", "Lomi Lomi", "Balayage", "Brazilian blowout",
              "French manicure", "Russian manicure", "Hollywood wax", "Brazilian wax", "Japanese head spa",
              "McKenzie extension protocol", "Mulligan mobilisation", "Gonstead adjustment", "Graston technique",
              "Thompson drop", "Maitland grade III", "Bowen therapy", "Alexander technique", "Pilates reformer",
              "Keratin smoothing", "Ombré", "Caesar cut", "Mohawk fade", "Marcel wave", "Hannya mask flash",
              "Traditional swallow", "Koi half sleeve", "Daith piercing", "Monroe piercing", "Medusa piercing",
              "Industrial bar", "Snellen chart", "Ishihara plates", "Amsler grid", "Jaeger card", "Weber test",
              "Rinne test", "Romberg test", "Lachman test", "Phalen's test"]
PLACES = ["Victoria", "Charlotte", "Florence", "Adelaide", "Savannah", "Madison", "Georgetown", "Sofia", "Regina",
          "Alexandria", "Augusta", "Elizabeth", "Lourdes", "Santiago", "San José", "Santa Clara", "Marylebone",
          "Kensington", "St Helens", "Port Louis"]
ROOMS = ["Lotus Suite", "Jasmine", "Serenity Room", "Orchid", "Room 3", "Chair 4", "Station B", "Treatment 2",
         "Bay 1", "Booth 5", "Sauna", "Rasul", "Studio Blue", "Quiet Room", "Refraction 1", "Sound booth A"]
STATUSES = ["Confirmed", "Arrived", "No Show", "Cancelled", "Completed", "Pending", "Checked In", "In Chair",
            "Rebooked", "Late", "Deposit Held", "Deposit Captured", "Refunded", "Awaiting Consent", "Ready"]
UI_STRINGS = ["Add New Client", "Book Again", "Client Notes", "Patch Test Due", "Save Formula", "Close Till",
              "Rendez-vous confirmé", "Termin bestätigt", "Cita confirmada", "Appuntamento confermato",
              "Afspraak bevestigd", "Wizyta potwierdzona", "ご予約ありがとうございます", "예약이 확정되었습니다",
              "预约已确认", "Randevunuz onaylandı", "تم تأكيد الموعد", "Bokning bekräftad", "Agendamento confirmado",
              "Запись подтверждена", "Подтвердите визит", "Réservation annulée", "Kein Termin verfügbar",
              "Sin disponibilidad", "Nessuna disponibilità"]


# ---------------------------------------------------------------------------------------------------------------
# the verifier

_EMAIL_ANY = re.compile(r"[A-Za-z0-9._+\-]+(@|%40|%2540)[A-Za-z0-9\-]+\.[A-Za-z0-9.\-]+")
_IP4 = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
_IP6 = re.compile(r"(?<![0-9A-Za-z:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Za-z:])")
_CARDLIKE = re.compile(r"(?<!\d)\d(?:[ \-]?\d){12,18}(?!\d)")
_SSNLIKE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")


class LeakError(Exception):
    pass


def _check_value(typ: str, raw: str) -> None:
    if typ == "EMAIL":
        assert EMAIL_RE.match(raw), raw
    elif typ == "IP_ADDRESS":
        ipaddress.ip_address(raw)
    elif typ == "SSN":
        assert re.fullmatch(r"\d{4}|\d{3}([- ]?)\d{2}\1\d{4}", raw) and ssn_ok(raw), raw
    elif typ == "CREDIT_CARD":
        d = re.sub(r"[ \-]", "", raw)
        assert d.isdigit() and 15 <= len(d) <= 16 and luhn_ok(d) and d[0] in "23456" and d != "4242424242424242", raw
    elif typ == "PHONE":
        assert re.fullmatch(r"[+0-9() .\-]+", raw) and 7 <= len(re.sub(r"\D", "", raw)) <= 15, raw
    elif typ == "NAME":
        assert any(ch.isalpha() for ch in raw) and "@" not in raw, raw
    else:
        raise AssertionError(typ)


def _word_patterns(w: str):
    vs = {w, fold(w)}
    out = []
    for v in vs:
        nonlatin = any(ord(ch) > 0x24F and ch.isalpha() for ch in v)
        if nonlatin:
            out.append(re.compile(re.escape(v)))
            out.append(re.compile(re.escape(quote(v, safe=""))))
            out.append(re.compile(re.escape(json.dumps(v)[1:-1])))
            continue
        ci = len(v) > 3 and v.lower() not in WORDLIKE
        b = r"(?<![^\W_])"
        e = r"(?![^\W_])"
        if ci:
            out.append(re.compile(b + re.escape(v) + e, re.IGNORECASE))
        else:
            for x in {v, v.upper(), v.capitalize()}:
                out.append(re.compile(b + re.escape(x) + e))
        if v != fold(v) or any(ord(ch) > 127 for ch in v):
            for enc in (quote(v, safe=""), json.dumps(v)[1:-1], XESC(v)):
                out.append(re.compile(re.escape(enc), re.IGNORECASE))
    return out


def verify(r: R, neg: bool) -> dict:
    """Check one record; raises AssertionError on a template bug and LeakError on an accidental leak."""
    text = r.text()
    spans = r.spans()
    prev = 0
    for s, e, typ, written, raw in spans:
        assert 0 <= s < e <= len(text), (s, e)
        assert s >= prev, ("overlap", s, prev, text)
        assert text[s:e] == written and written == written.strip(), (written, text)
        _check_value(typ, raw)
        prev = e
    verify_docs(r)
    if neg:
        assert not spans and not r.persons, text
    else:
        assert spans, text
    # leak check outside the spans
    mask = list(text)
    for s, e, *_ in spans:
        for i in range(s, e):
            mask[i] = "\x00"
    out = "".join(mask)
    for m in _EMAIL_ANY.finditer(out):
        if re.fullmatch(r"[\d.]+", m.group(0).split("@")[0]):
            continue  # a Message-ID such as <1234.5@host> is not an e-mail address
        raise LeakError(f"email outside spans: {m.group(0)}")
    for m in _IP4.finditer(out):
        try:
            ipaddress.ip_address(m.group(0))
            raise LeakError(f"ipv4 outside spans: {m.group(0)}")
        except ValueError:
            pass
    for m in _IP6.finditer(out):
        g = m.group(0)
        if g.count(":") >= 2 and ("::" in g or g.count(":") == 7):
            try:
                ipaddress.ip_address(g)
                if g not in ("::",):
                    raise LeakError(f"ipv6 outside spans: {g}")
            except ValueError:
                pass
    for m in _CARDLIKE.finditer(out):
        d = re.sub(r"\D", "", m.group(0))
        if luhn_ok(d) and d[0] in "23456":
            raise LeakError(f"card-like outside spans: {m.group(0)}")
    for m in _SSNLIKE.finditer(out):
        if ssn_ok(m.group(0)):
            raise LeakError(f"ssn-like outside spans: {m.group(0)}")
    okspans = [(s, e) for s, e, typ, *_ in spans if typ in ("NAME", "EMAIL")]
    for p in r.persons:
        for w in p.words():
            for pat in _word_patterns(w):
                for m in pat.finditer(text):
                    if not any(s <= m.start() and m.end() <= e for s, e in okspans):
                        raise LeakError(f"name word {w!r} outside spans at {m.start()}: {text[max(0, m.start() - 30):m.end() + 30]!r}")
    return {"text": text, "spans": [[s, e, typ] for s, e, typ, *_ in spans]}


# ---------------------------------------------------------------------------------------------------------------
# family runner


def run_family(name: str, pos_templates, neg_templates, n: int, seed: int, stats: dict | None = None) -> list[dict]:
    import random

    rng = random.Random(f"pack_ag:{seed}:{name}")
    n_neg = round(n * 0.3)
    flags = [True] * n_neg + [False] * (n - n_neg)
    rng.shuffle(flags)
    out = []
    ip = ineg = 0
    for neg in flags:
        if neg:
            tpl = neg_templates[ineg % len(neg_templates)]
            ineg += 1
        else:
            tpl = pos_templates[ip % len(pos_templates)]
            ip += 1
        for attempt in range(50):
            c = Ctx(rng)
            tpl(c)
            try:
                rec = verify(c.r, neg)
                break
            except LeakError as ex:
                if stats is not None:
                    stats.setdefault("redraws", []).append(f"{name}/{tpl.__name__}: {ex}")
        else:
            raise RuntimeError(f"{name}/{tpl.__name__}: could not draw a clean record")
        rec["family"] = name
        rec["group"] = "pack_ag"
        out.append(rec)
    return out
