"""Core of pack_aa: document builder with spans, person model, value generators, decoys, verifier."""

from __future__ import annotations

import ast
import datetime as _dt
import ipaddress
import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from urllib.parse import quote, quote_plus

import names as N

# ----------------------------------------------------------------------------------------------
# encoders (all of them work character by character, so they can be applied piecewise)


def pct(s: str) -> str:
    return quote(s, safe="")


def form(s: str) -> str:
    return quote_plus(s, safe="")


def jesc(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jasc(s: str) -> str:
    return json.dumps(s, ensure_ascii=True)[1:-1]


def xesc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def chain(*fs):
    def run(s: str) -> str:
        for f in fs:
            s = f(s)
        return s
    return run


# ----------------------------------------------------------------------------------------------
# document builder


@dataclass
class S:
    """A labelled value inside a structure (JSON, repr, XML helper)."""
    value: str
    type: str = "NAME"
    enc: object = None


class Cat(list):
    """Several pieces (str or S) written as one string value in js()/py()."""


class Doc:
    def __init__(self) -> None:
        self.parts: list[tuple[str, str | None]] = []
        self.n = 0
        self.checks: list[tuple[str, int, int]] = []

    def t(self, *ss: str) -> Doc:
        for s in ss:
            if s:
                self.parts.append((s, None))
                self.n += len(s)
        return self

    def v(self, value: str, typ: str = "NAME", enc=None) -> Doc:
        text = enc(value) if enc else value
        assert text, "empty span"
        self.parts.append((text, typ))
        self.n += len(text)
        return self

    def add(self, item, enc=None) -> Doc:
        """Append a str (plain) or an S (labelled), with an optional outer encoder."""
        if isinstance(item, S):
            e = chain(*(f for f in (item.enc, enc) if f))
            return self.v(item.value, item.type, e)
        return self.t(enc(item) if enc else item)

    def seq(self, *items) -> Doc:
        for it in items:
            self.add(it)
        return self

    def embed(self, other: Doc, enc=None) -> Doc:
        for text, typ in other.parts:
            t2 = enc(text) if enc else text
            self.parts.append((t2, typ))
            self.n += len(t2)
        return self

    def mark(self) -> int:
        return self.n

    def check(self, kind: str, start: int) -> None:
        self.checks.append((kind, start, self.n))

    def text(self) -> str:
        return "".join(p for p, _ in self.parts)

    def spans(self) -> list[list]:
        out, pos = [], 0
        for text, typ in self.parts:
            if typ:
                out.append([pos, pos + len(text), typ])
            pos += len(text)
        return out

    def expected(self) -> list[str]:
        return [p for p, t in self.parts if t]


# JSON writer ----------------------------------------------------------------------------------


def js(doc: Doc, obj, indent: int | None = None, compact: bool = False, ascii_: bool = False,
       level: int = 0, enc=None) -> None:
    """Write obj as JSON like json.dumps would; S values become spans (escaped as written)."""
    esc = jasc if ascii_ else jesc
    item_sep, key_sep = (",", ":") if compact else (", ", ": ")
    if indent is not None:
        item_sep = ","

    def nl(lv: int) -> str:
        return "\n" + " " * (indent * lv) if indent is not None else ""

    def w(s: str) -> None:
        doc.t(enc(s) if enc else s)

    if isinstance(obj, S):
        w('"')
        doc.v(obj.value, obj.type, chain(*(f for f in (obj.enc, esc, enc) if f)))
        w('"')
    elif isinstance(obj, Cat):
        w('"')
        for part in obj:
            if isinstance(part, S):
                doc.v(part.value, part.type, chain(*(f for f in (part.enc, esc, enc) if f)))
            else:
                w(esc(part))
        w('"')
    elif isinstance(obj, dict):
        if not obj:
            w("{}")
            return
        w("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                w(item_sep)
            w(nl(level + 1))
            w(json.dumps(k, ensure_ascii=ascii_) + key_sep)
            js(doc, v, indent, compact, ascii_, level + 1, enc)
        w(nl(level))
        w("}")
    elif isinstance(obj, list):
        if not obj:
            w("[]")
            return
        w("[")
        for i, v in enumerate(obj):
            if i:
                w(item_sep)
            w(nl(level + 1))
            js(doc, v, indent, compact, ascii_, level + 1, enc)
        w(nl(level))
        w("]")
    else:
        w(json.dumps(obj, ensure_ascii=ascii_))


def jdoc(doc: Doc, obj, **kw) -> None:
    m = doc.mark()
    js(doc, obj, **kw)
    if kw.get("enc") is None:
        doc.check("json", m)


def _pyq(s: str) -> tuple[str, str]:
    r = repr(s)
    return r[0], r[1:-1]


def py(doc: Doc, obj) -> None:
    """Python repr of dicts/lists/tuples/str/numbers with S values as spans (quotes outside)."""
    if isinstance(obj, S):
        q, _ = _pyq(obj.value)
        doc.t(q)
        doc.v(obj.value, obj.type, lambda s: _pyq(s)[1])
        doc.t(q)
    elif isinstance(obj, Cat):
        doc.t("'")
        for part in obj:
            if isinstance(part, S):
                doc.v(part.value, part.type, lambda x: repr('"' + x)[2:-1])
            else:
                doc.t(repr('"' + part)[2:-1])
        doc.t("'")
    elif isinstance(obj, dict):
        doc.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                doc.t(", ")
            doc.t(repr(k) + ": ")
            py(doc, v)
        doc.t("}")
    elif isinstance(obj, (list, tuple)):
        doc.t("[" if isinstance(obj, list) else "(")
        for i, v in enumerate(obj):
            if i:
                doc.t(", ")
            py(doc, v)
        if isinstance(obj, tuple) and len(obj) == 1:
            doc.t(",")
        doc.t("]" if isinstance(obj, list) else ")")
    else:
        doc.t(repr(obj))


def pydoc(doc: Doc, obj) -> None:
    m = doc.mark()
    py(doc, obj)
    doc.check("py", m)


def xml_el(doc: Doc, tag: str, val, pad: str = "", attrs: dict | None = None) -> None:
    doc.t(pad + "<" + tag)
    for k, a in (attrs or {}).items():
        doc.t(f' {k}="')
        doc.add(a, xesc)
        doc.t('"')
    doc.t(">")
    doc.add(val, xesc)
    doc.t(f"</{tag}>\n")


# ----------------------------------------------------------------------------------------------
# folding and person model

_FOLD = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L",
         "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ı": "i", "œ": "oe", "Œ": "OE", "ʻ": "", "’": "'"}


def fold(s: str) -> str:
    s = "".join(_FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


_FEM = {
    "pl": [("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")],
    "ru": [("sky", "skaya"), ("ov", "ova"), ("ev", "eva"), ("yov", "yova"), ("in", "ina")],
    "gr": [("opoulos", "opoulou"), ("akis", "aki"), ("idis", "idou"), ("iou", "iou"), ("os", "ou"),
           ("is", "i"), ("as", "a")],
}


def feminine(trad: str, fam: str) -> str:
    if trad == "cz_sk":
        if fam.endswith(("ý",)):
            return fam[:-1] + "á"
        if fam.endswith("a"):
            return fam[:-1] + "ová"
        if fam.endswith(("ek",)):
            return fam[:-2] + "ková"
        return fam + "ová"
    if trad == "en_ie" and fam.startswith("Mac "):
        return "Nic " + fam[4:]
    key = {"pl": "pl", "ru": "ru", "gr": "gr"}.get(trad)
    if key:
        for a, b in _FEM[key]:
            if fam.endswith(a):
                return fam[: -len(a)] + b
    return fam


def patronymic(father: str, female: bool) -> str:
    base = father[:-2] if father.endswith("ur") else father
    return base + ("sdóttir" if female else "sson")


@dataclass
class Person:
    given: str
    family: str
    trad: str
    order: str = "GF"
    middle: str = ""
    country: str = "US"
    female: bool = False
    native: tuple | None = None  # (native given, native family, native order)
    extra: list = field(default_factory=list)
    rom: tuple | None = None  # romanised (given, family) when given/family hold a native script

    def _cjk_native(self) -> bool:
        return self.rom is not None and self.trad_native_cjk()

    # display forms
    def full(self) -> str:
        if self._cjk_native():
            return self.family + self.given
        if self.order == "FG":
            return f"{self.family} {self.given}"
        mid = f" {self.middle}" if self.middle else ""
        return f"{self.given}{mid} {self.family}"

    def western(self) -> str:
        return f"{self.given} {self.family}"

    def nat(self) -> str:
        if not self.native:
            return self.full()
        g, f, o = self.native
        return f + g if o == "FG" and self.trad_native_cjk() else (f"{f} {g}" if o == "FG" else f"{g} {f}")

    def trad_native_cjk(self) -> bool:
        return bool(self.native) and any("\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af"
                                         for c in self.native[0])

    def lf(self) -> str:
        if self._cjk_native():
            return self.full()
        return f"{self.family}, {self.given}"

    def _upper(self, s: str) -> str:
        # native scripts without a customary upper case in such listings stay as written
        if self.rom is not None and self.trad not in ("native_ru", "native_uk", "native_bg", "native_sr",
                                                      "native_el"):
            return s
        return s.upper()

    def LF(self) -> str:
        return self._upper(self.lf())

    def FAM(self) -> str:
        return self._upper(self.family)

    def rom_person(self) -> Person:
        """The romanised form (for ASCII-only channels such as ACARS)."""
        if self.rom is None:
            return self
        return Person(self.rom[0], self.rom[1], self.trad, "GF", country=self.country)

    def SG(self) -> str:
        g, f = self.rom or (self.given, self.family)
        return f"{slash(f)}/{slash(g)}"

    def up(self) -> str:
        return self._upper(self.full())

    def gi(self) -> str:
        if self._cjk_native():
            return self.full()
        return f"{self.given[0]}. {self.family}"

    def fi(self) -> str:
        if self._cjk_native():
            return self.full()
        return f"{self.family} {self.given[0]}."

    def g(self) -> str:
        return self.given

    def f(self) -> str:
        return self.family

    def ascii_full(self) -> str:
        return fold(self.full())

    # accounts
    def login(self, rng, style: str | None = None, digits: bool | None = None) -> str:
        rg, rf = self.rom or (self.given, self.family)
        g = slug(rg.split(" ")[0].split("-")[0]) if " " in rg else slug(rg)
        f = slug(rf)
        style = style or rng.choice(["first.last", "flast", "firstl", "first_last", "firstlast", "lastf",
                                     "f.last", "last.first", "flast", "first.last"])
        acc = {"first.last": f"{g}.{f}", "flast": g[0] + f, "firstl": g + f[0], "first_last": f"{g}_{f}",
               "firstlast": g + f, "lastf": f + g[0], "f.last": f"{g[0]}.{f}", "last.first": f"{f}.{g}"}[style]
        if digits or (digits is None and rng.random() < 0.25):
            acc += str(rng.choice([1, 2, 3, 7, 11, 21, 42, 77, 88, 99, 2024]))
        return acc

    def email(self, rng, domain: str | None = None) -> str:
        style = rng.choice(["first.last", "first.last", "flast", "f.last", "first_last", "firstl"])
        return f"{self.login(rng, style, digits=rng.random() < 0.15)}@{domain or rng.choice(DOMAINS)}"

    def words(self) -> list[str]:
        out = []
        parts = [self.given, self.family, self.middle] + list(self.extra)
        if self.native:
            parts += [self.native[0], self.native[1]]
        for p in parts:
            for w in re.split(r"[\s\-'’.]+", p):
                if len(w) >= 2 and w.lower() not in N.PARTICLES:
                    out.append(w)
        return out


def slash(s: str) -> str:
    return re.sub(r"[^A-Z]", "", fold(s).upper())


DOMAINS = ["example.com", "example.org", "example.net", "crew.example", "mail.example", "ops.example.com",
           "skyline-air.example", "aerotech.example", "groundhandling.example.net", "cargo.example.org"]


def _weighted(rng, items: dict) -> str:
    keys = list(items)
    return rng.choices(keys, weights=[items[k] for k in keys])[0]


def make_person(rng, trad: str | None = None, female: bool | None = None, native: bool | None = None,
                wordlike: bool = False, lang: str | None = None) -> Person:
    if lang or native or (native is None and trad is None and rng.random() < 0.06):
        pool = [x for x in N.NATIVE if lang is None or x[0] in lang.split(",")]
        lang, ng, nf, rg, rf, o = rng.choice(pool)
        cjk = lang in ("ja", "zh", "ko")
        if rng.random() < 0.55:  # shown in its own script; accounts and e-mails stay romanised
            return Person(ng, nf, "native_" + lang, o, country=N.NATIVE_COUNTRY[lang], native=(ng, nf, o),
                          extra=[rg, rf], rom=(rg, rf))
        return Person(rg, rf, "native_" + lang, "FG" if cjk and rng.random() < 0.5 else "GF",
                      country=N.NATIVE_COUNTRY[lang], native=(ng, nf, o))
    trad = trad or _weighted(rng, N.WEIGHTS)
    region, order, country, male, fem, fams = N.TRADITIONS[trad]
    female = rng.random() < 0.45 if female is None else female
    given = rng.choice(fem if female else male)
    middle = ""
    extra: list[str] = []
    if trad == "is":
        father = rng.choice(N.TRADITIONS["is"][3])
        family = patronymic(father, female)
    elif trad == "id_my" and rng.random() < 0.4:
        father = rng.choice(male)
        family = ("binti " if female else "bin ") + father
    else:
        family = feminine(trad, rng.choice(fams)) if female else rng.choice(fams)
    if trad in ("es", "mx", "latam") and rng.random() < 0.5:
        second = rng.choice(fams)
        if second != family:
            family = f"{family} {'y ' if rng.random() < 0.1 else ''}{second}"
    if trad == "ph" and rng.random() < 0.5:
        middle = rng.choice(fams)
    if trad in ("cn", "jp", "kr") and rng.random() < 0.5:
        order = "GF"
    if wordlike:
        if rng.random() < 0.5:
            given = rng.choice(N.WORDLIKE_GIVEN)
        else:
            family = rng.choice(N.WORDLIKE_FAMILY)
        trad, order = "wordlike", "GF"
    return Person(given, family, trad, order, middle, country, female, None, extra)


# ----------------------------------------------------------------------------------------------
# numbers

_PLANS = {
    # country: (cc, trunk, groups generator)
    "US": ("1", "", lambda r: [r.choice(["212", "312", "415", "617", "713", "305", "206", "404", "972",
                                         "303", "702", "808", "907"]), "555", f"01{r.randint(0, 99):02d}"]),
    "CA": ("1", "", lambda r: [r.choice(["514", "416", "604", "403", "613"]), "555",
                               f"01{r.randint(0, 99):02d}"]),
    "GB": ("44", "0", lambda r: ["7700", "900", f"{r.randint(0, 999):03d}"]),
    "IE": ("353", "0", lambda r: [f"8{r.choice('35679')}", _d(r, 3), _d(r, 4)]),
    "DE": ("49", "0", lambda r: [r.choice(["151", "152", "160", "170", "171", "176"]), _d(r, 8)]),
    "AT": ("43", "0", lambda r: [r.choice(["664", "660", "676", "699"]), _d(r, 7)]),
    "FR": ("33", "0", lambda r: [r.choice("67"), _d(r, 2), _d(r, 2), _d(r, 2), _d(r, 2)]),
    "ES": ("34", "", lambda r: ["6" + _d(r, 2), _d(r, 3), _d(r, 3)]),
    "IT": ("39", "", lambda r: ["3" + _d(r, 2), _d(r, 3), _d(r, 4)]),
    "NL": ("31", "0", lambda r: ["6", _d(r, 8)]),
    "BE": ("32", "0", lambda r: ["47" + _d(r, 1), _d(r, 2), _d(r, 2), _d(r, 2)]),
    "PL": ("48", "", lambda r: ["5" + _d(r, 2), _d(r, 3), _d(r, 3)]),
    "CZ": ("420", "", lambda r: ["6" + _d(r, 2), _d(r, 3), _d(r, 3)]),
    "SE": ("46", "0", lambda r: ["7" + r.choice("0236"), _d(r, 3), _d(r, 2), _d(r, 2)]),
    "IS": ("354", "", lambda r: ["6" + _d(r, 2), _d(r, 4)]),
    "RU": ("7", "8", lambda r: ["9" + _d(r, 2), _d(r, 3), _d(r, 2), _d(r, 2)]),
    "UA": ("380", "0", lambda r: [r.choice(["50", "67", "63", "97"]), _d(r, 3), _d(r, 4)]),
    "HU": ("36", "06", lambda r: [r.choice(["20", "30", "70"]), _d(r, 3), _d(r, 4)]),
    "RO": ("40", "0", lambda r: ["7" + _d(r, 2), _d(r, 3), _d(r, 3)]),
    "HR": ("385", "0", lambda r: ["9" + r.choice("1258"), _d(r, 3), _d(r, 4)]),
    "RS": ("381", "0", lambda r: ["6" + r.choice("0345"), _d(r, 3), _d(r, 4)]),
    "GR": ("30", "", lambda r: ["69" + r.choice("3478"), _d(r, 3), _d(r, 4)]),
    "TR": ("90", "0", lambda r: ["5" + _d(r, 2), _d(r, 3), _d(r, 2), _d(r, 2)]),
    "AE": ("971", "0", lambda r: ["5" + r.choice("0256"), _d(r, 3), _d(r, 4)]),
    "EG": ("20", "0", lambda r: ["1" + r.choice("0125"), _d(r, 4), _d(r, 4)]),
    "IL": ("972", "0", lambda r: ["5" + r.choice("02348"), _d(r, 3), _d(r, 4)]),
    "IN": ("91", "0", lambda r: [r.choice("6789") + _d(r, 4), _d(r, 5)]),
    "PK": ("92", "0", lambda r: ["3" + _d(r, 2), _d(r, 7)]),
    "PH": ("63", "0", lambda r: ["9" + _d(r, 2), _d(r, 3), _d(r, 4)]),
    "ID": ("62", "0", lambda r: ["8" + _d(r, 2), _d(r, 4), _d(r, 4)]),
    "VN": ("84", "0", lambda r: ["9" + _d(r, 1), _d(r, 3), _d(r, 4)]),
    "TH": ("66", "0", lambda r: ["8" + _d(r, 1), _d(r, 3), _d(r, 4)]),
    "CN": ("86", "", lambda r: ["13" + _d(r, 1), _d(r, 4), _d(r, 4)]),
    "SG": ("65", "", lambda r: [r.choice("89") + _d(r, 3), _d(r, 4)]),
    "JP": ("81", "0", lambda r: [r.choice(["90", "80", "70"]), _d(r, 4), _d(r, 4)]),
    "KR": ("82", "0", lambda r: ["10", _d(r, 4), _d(r, 4)]),
    "NG": ("234", "0", lambda r: ["80" + _d(r, 1), _d(r, 3), _d(r, 4)]),
    "KE": ("254", "0", lambda r: ["7" + _d(r, 2), _d(r, 6)]),
    "ET": ("251", "0", lambda r: ["9" + _d(r, 1), _d(r, 3), _d(r, 4)]),
    "ZA": ("27", "0", lambda r: ["8" + r.choice("2346"), _d(r, 3), _d(r, 4)]),
    "CO": ("57", "", lambda r: ["3" + _d(r, 2), _d(r, 3), _d(r, 4)]),
    "BR": ("55", "0", lambda r: [r.choice(["11", "21", "31", "61"]), "9" + _d(r, 4), _d(r, 4)]),
    "MX": ("52", "", lambda r: [r.choice(["55", "33", "81"]), _d(r, 4), _d(r, 4)]),
    "PT": ("351", "", lambda r: ["9" + r.choice("1236") + _d(r, 1), _d(r, 3), _d(r, 3)]),
    "AU": ("61", "0", lambda r: ["491", "57" + _d(r, 1), _d(r, 3)]),
    "GE": ("995", "0", lambda r: ["5" + _d(r, 2), _d(r, 3), _d(r, 3)]),
    "AM": ("374", "0", lambda r: ["9" + _d(r, 1), _d(r, 3), _d(r, 3)]),
    "BG": ("359", "0", lambda r: ["88" + _d(r, 1), _d(r, 3), _d(r, 3)]),
}


def _d(r, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def phone(rng, country: str | None = None, style: str | None = None) -> str:
    country = country if country in _PLANS else rng.choice(sorted(_PLANS))
    cc, trunk, gen = _PLANS[country]
    g = gen(rng)
    style = style or rng.choice(["intl", "intl", "e164", "00", "national", "dash"])
    if style == "intl":
        return f"+{cc} " + " ".join(g)
    if style == "e164":
        return f"+{cc}" + "".join(g)
    if style == "e164n":
        return cc + "".join(g)
    if style == "00":
        return f"00{cc} " + " ".join(g)
    if style == "dash":
        return f"+{cc}-" + "-".join(g)
    if country in ("US", "CA"):
        return rng.choice([f"({g[0]}) {g[1]}-{g[2]}", f"{g[0]}-{g[1]}-{g[2]}", f"{g[0]}.{g[1]}.{g[2]}"])
    if country in ("JP", "KR", "IL"):
        return trunk + "-".join(g)
    if country == "BR":
        return f"({g[0]}) {g[1]}-{g[2]}"
    return trunk + " ".join(g) if trunk != "8" else f"8 {g[0]} {g[1]}-{g[2]}-{g[3]}"


def ssn(rng, style: str = "dash") -> str:
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    sep = {"dash": "-", "bare": "", "space": " "}[style]
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def last4(rng) -> str:
    return f"{rng.randint(1, 9999):04d}"


def luhn_ok(digits: str) -> bool:
    tot = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        tot += d
    return tot % 10 == 0


def _luhn_complete(prefix: str, length: int, rng) -> str:
    body = prefix + _d(rng, length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(rng, style: str | None = None) -> str:
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb"])
    pre = {"visa": "4" + _d(rng, 5), "mc": str(rng.randint(51, 55)) + _d(rng, 4),
           "mc2": str(rng.randint(2221, 2720)) + _d(rng, 2), "amex": rng.choice(["34", "37"]) + _d(rng, 4),
           "disc": "6011" + _d(rng, 2), "jcb": str(rng.randint(3528, 3589)) + _d(rng, 2)}[kind]
    n = _luhn_complete(pre, 15 if kind == "amex" else 16, rng)
    style = style or rng.choice(["plain", "space", "dash"])
    if style == "plain":
        return n
    sep = " " if style == "space" else "-"
    if kind == "amex":
        return sep.join([n[:4], n[4:10], n[10:]])
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def nonluhn(rng, n: int) -> str:
    while True:
        s = str(rng.randint(1, 9)) + _d(rng, n - 1)
        if not luhn_ok(s):
            return s


def ipv4(rng) -> str:
    k = rng.randint(0, 5)
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
    pre = rng.choice(["2001:db8", "fd12:3456"])
    groups = [f"{rng.randint(0, 0xffff):x}" for _ in range(rng.choice([2, 3, 6]))]
    if len(groups) == 6:
        return pre + ":" + ":".join(groups)
    return pre + ":" + groups[0] + "::" + ":".join(groups[1:])


def ip(rng, v6: float = 0.2) -> str:
    return ipv6(rng) if rng.random() < v6 else ipv4(rng)


# ----------------------------------------------------------------------------------------------
# aviation decoys and ids (never labelled)

AIRPORTS = [("FRA", "EDDF", "Frankfurt"), ("LHR", "EGLL", "London Heathrow"), ("JFK", "KJFK", "New York JFK"),
            ("DXB", "OMDB", "Dubai"), ("SIN", "WSSS", "Singapore Changi"), ("NRT", "RJAA", "Tokyo Narita"),
            ("GRU", "SBGR", "São Paulo Guarulhos"), ("JNB", "FAOR", "Johannesburg"), ("ORD", "KORD", "Chicago O'Hare"),
            ("ATL", "KATL", "Atlanta"), ("CDG", "LFPG", "Paris CDG"), ("MAD", "LEMD", "Madrid Barajas"),
            ("AMS", "EHAM", "Amsterdam Schiphol"), ("DOH", "OTHH", "Doha Hamad"), ("IST", "LTFM", "Istanbul"),
            ("SYD", "YSSY", "Sydney"), ("YYZ", "CYYZ", "Toronto Pearson"), ("MEX", "MMMX", "Mexico City"),
            ("DEL", "VIDP", "Delhi"), ("BOM", "VABB", "Mumbai"), ("MNL", "RPLL", "Manila"),
            ("CGK", "WIII", "Jakarta"), ("KUL", "WMKK", "Kuala Lumpur"), ("BKK", "VTBS", "Bangkok Suvarnabhumi"),
            ("ICN", "RKSI", "Seoul Incheon"), ("PEK", "ZBAA", "Beijing Capital"), ("LOS", "DNMM", "Lagos"),
            ("NBO", "HKJK", "Nairobi"), ("ADD", "HAAB", "Addis Ababa"), ("CAI", "HECA", "Cairo"),
            ("MUC", "EDDM", "Munich"), ("ZRH", "LSZH", "Zurich"), ("VIE", "LOWW", "Vienna"),
            ("WAW", "EPWA", "Warsaw"), ("PRG", "LKPR", "Prague"), ("LIS", "LPPT", "Lisbon"),
            ("DUB", "EIDW", "Dublin"), ("CPH", "EKCH", "Copenhagen"), ("KEF", "BIKF", "Keflavik"),
            ("ATH", "LGAV", "Athens"), ("HKG", "VHHH", "Hong Kong"), ("LAX", "KLAX", "Los Angeles"),
            ("ANC", "PANC", "Anchorage"), ("LEJ", "EDDP", "Leipzig/Halle"), ("CVG", "KCVG", "Cincinnati"),
            ("SDF", "KSDF", "Louisville")]

PLACE_NAMES = ["Victoria", "Charlotte", "Adelaide", "Florence", "Savannah", "Georgetown", "Santa Maria",
               "Regina", "Austin", "Augusta", "Lafayette", "Lincoln", "Jackson Hole", "Alexandria",
               "St. John's", "Madison", "Eugene", "Elizabeth City", "Cecilia"]

AIRPORTS_AFTER_PEOPLE = ["John F. Kennedy International", "Charles de Gaulle", "Indira Gandhi International",
                         "Leonardo da Vinci-Fiumicino", "Ninoy Aquino International", "Jomo Kenyatta International",
                         "Soekarno-Hatta", "O. R. Tambo International", "Warsaw Chopin", "Václav Havel Airport",
                         "Venice Marco Polo", "Pisa Galileo Galilei", "Lisbon Humberto Delgado",
                         "George Bush Intercontinental", "Ronald Reagan Washington National",
                         "Louis Armstrong New Orleans", "Liverpool John Lennon", "Salzburg W. A. Mozart",
                         "Munich Franz Josef Strauss", "Gdańsk Lech Wałęsa", "Queen Alia International",
                         "King Khalid International", "Benito Juárez International", "Jorge Chávez International",
                         "Montréal-Trudeau", "Kempegowda International", "Rafic Hariri International"]

AIRCRAFT_NAMES = ["Roald Amundsen", "Greta Garbo", "Hans Christian Andersen", "Freddie Mercury", "Sonja Henie",
                  "Nancy-Bird Walton", "St. Kevin", "Anthony Fokker", "Amelia", "Spirit of Dubai",
                  "Lady Penelope", "Ingrid Bergman", "Thor Heyerdahl", "Karen Blixen"]

COMPANIES = ["Swissport", "Menzies Aviation", "dnata", "Worldwide Flight Services", "Boeing", "Airbus",
             "Pratt & Whitney", "Rolls-Royce", "Honeywell Aerospace", "Collins Aerospace", "Safran Landing Systems",
             "Goodrich", "Dassault Falcon Service", "Bombardier", "Embraer", "Lockheed Martin", "Sikorsky",
             "Hamilton Sundstrand", "Parker Aerospace", "Moog Inc", "Liebherr-Aerospace", "Meggitt", "Thales",
             "Jeppesen", "Gulfstream", "Cessna", "Piper Aircraft", "Fokker Services", "Dornier Seawings",
             "Michelin Aircraft Tyre", "Goodyear Aviation", "Gate Gourmet", "Lufthansa Technik", "Sabena technics",
             "Aviapartner", "Groundforce", "Celebi Ground Handling", "Havas", "Skyserv Handling", "Alha Cargo",
             "Cargolux", "Kuehne+Nagel", "DB Schenker", "Morrison Express", "Hellmann Worldwide", "Dachser",
             "McAllister Aero Services", "O'Brien Aviation Parts Ltd", "Okafor Air Logistics",
             "Kowalski Cargo Sp. z o.o.", "Hartmann & Söhne Luftfracht GmbH", "AJ Walter Aviation",
             "Satair", "Wencor", "Boeing Distribution", "Kellstrom Aerospace", "AAR Corp"]

PRODUCTS = ["Jeppesen Crew Tracking", "Sabre CrewTrac", "AIMS", "NetLine/Crew", "AMOS", "TRAX", "Ramco Aviation",
            "SITA WorldTracer", "Champ Cargosystems", "iCargo", "Lido Flight 4D", "Jeppesen FliteDeck",
            "CAE 7000XR", "Goldhofer Bison", "Mototok Spacer", "TLD TPX-200", "Vestergaard Elephant Beta",
            "Global Ground Support Ice Bear", "Kalmar", "Marvin", "Hermes", "Athena", "Mercury Ops", "Gemini",
            "Atlas", "Odin", "Freya", "Daisy", "Elsa", "Project Icarus", "Project Daedalus"]

SERVICE_ACCOUNTS = ["svc_roster", "crewsync-bot", "AIMS_BATCH", "SYSTEM", "root", "opsctl", "mro-etl", "amos_if",
                    "trax_batch", "bhs-plc03", "acdm-feed", "ramp-bot", "cargo-int", "badge-svc", "TSA_STA_IF",
                    "dispatch-auto", "ofp-publisher", "fuelnet-gw", "deice-sched", "gse-telematics", "scheduler",
                    "nobody", "www-data", "jenkins", "ldap-sync", "CREWBATCH", "OPSBOT", "svc-efb-sync",
                    "kiosk04", "KIOSK-FRA-2", "hangar-tv", "stores_auto", "reliability_job", "ndt-lab-svc"]

PLACEHOLDERS = ["VACANT", "OPEN TIME", "TBA", "TBD", "RESERVE POOL", "UNASSIGNED", "N/A", "(none)", "-",
                "DEADHEAD POOL", "OPEN", "NOT REQUIRED", "HOTEL TBC", "SYSTEM", "ANY QUALIFIED"]

STATUS_WORDS = ["Published", "Pending", "Accepted", "Declined", "Rostered", "Standby", "Released", "Closed",
                "Deferred", "Serviceable", "Unserviceable", "Quarantined", "On Blocks", "Off Blocks",
                "Boarding Closed", "Doors Closed", "Loaded", "Offloaded", "Screened", "Ready for Carriage",
                "Valid", "Expired", "Suspended", "Revoked", "Issued"]

AIRLINES = [("LH", "DLH", "Lufthansa"), ("BA", "BAW", "British Airways"), ("AF", "AFR", "Air France"),
            ("KL", "KLM", "KLM"), ("EK", "UAE", "Emirates"), ("QR", "QTR", "Qatar Airways"),
            ("SQ", "SIA", "Singapore Airlines"), ("NH", "ANA", "ANA"), ("DL", "DAL", "Delta"),
            ("UA", "UAL", "United"), ("AA", "AAL", "American"), ("TK", "THY", "Turkish Airlines"),
            ("LA", "LAN", "LATAM"), ("ET", "ETH", "Ethiopian"), ("QF", "QFA", "Qantas"), ("AC", "ACA", "Air Canada"),
            ("IB", "IBE", "Iberia"), ("EI", "EIN", "Aer Lingus"), ("DY", "NOZ", "Norwegian"), ("CV", "CLX", "Cargolux"),
            ("5X", "UPS", "UPS Airlines"), ("FX", "FDX", "FedEx"), ("LO", "LOT", "LOT"), ("OK", "CSA", "CSA")]

AC_TYPES = ["A320", "A20N", "A21N", "A319", "A333", "A359", "A388", "B738", "B38M", "B772", "B77W", "B789",
            "B744F", "B77F", "E190", "E295", "AT76", "DH8D", "CRJ9", "A332F"]


def reg(rng) -> str:
    k = rng.randint(0, 9)
    L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if k == 0:
        return f"N{rng.randint(100, 999)}{rng.choice(L)}{rng.choice(L)}"
    if k == 1:
        return "G-" + "".join(rng.choice(L) for _ in range(4))
    if k == 2:
        return "D-A" + "".join(rng.choice(L) for _ in range(3))
    if k == 3:
        return "9V-S" + "".join(rng.choice(L) for _ in range(2))
    if k == 4:
        return "VH-" + "".join(rng.choice(L) for _ in range(3))
    if k == 5:
        return f"JA{rng.randint(801, 899)}{rng.choice('ABCDJ')}"
    if k == 6:
        return f"B-{rng.randint(1000, 9999)}"
    if k == 7:
        return "A6-E" + "".join(rng.choice(L) for _ in range(2))
    if k == 8:
        return "EI-" + "".join(rng.choice(L) for _ in range(3))
    return "PH-B" + "".join(rng.choice(L) for _ in range(2))


def flight(rng) -> str:
    return f"{rng.choice(AIRLINES)[0]}{rng.randint(1, 9899)}"


def awb(rng) -> str:
    pre = rng.choice(["020", "176", "157", "618", "125", "057", "074", "235", "172", "406", "023", "297"])
    ser = rng.randint(1000000, 9999999)
    return f"{pre}-{ser}{ser % 7}"


def uld(rng) -> str:
    return f"{rng.choice(['AKE', 'AKH', 'PMC', 'PAG', 'PLA', 'AAP', 'RKN', 'PAJ'])}{rng.randint(10000, 99999)}" \
           f"{rng.choice(['LH', 'BA', 'EK', 'QR', 'SQ', 'CV', 'AF', 'KL', 'DL', 'R7'])}"


def pn(rng) -> str:
    k = rng.randint(0, 5)
    if k == 0:
        return f"{rng.randint(1000, 9999)}M{rng.randint(10, 99)}-{rng.randint(1, 9)}"
    if k == 1:
        return f"D{rng.randint(10000000, 99999999)}-{rng.randint(1, 99)}"
    if k == 2:
        return f"{rng.randint(100, 999)}-{rng.randint(10000, 99999)}-{rng.randint(1000, 9999)}"
    if k == 3:
        return f"C{rng.randint(10000, 99999)}{rng.choice('ABCDE')}{rng.randint(10, 99)}"
    if k == 4:
        return f"{rng.randint(3000000, 3999999)}-{rng.randint(1, 9)}"
    return f"MS{rng.randint(20000, 29999)}-{rng.randint(1, 30)}"


def sn(rng) -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return rng.choice(["", "SN", "S/N "]) + rng.choice(L) + str(rng.randint(1000, 99999)) + rng.choice(["", rng.choice(L)])


def emp(rng) -> str:
    return str(rng.randint(10000, 899999))


def badge(rng) -> str:
    return f"{rng.choice(['AID', 'SIDA', 'B', 'ASIC'])}-{rng.randint(100000, 999999)}"


def stamp(rng) -> _dt.datetime:
    base = _dt.datetime(2025, 1, 1)
    return base + _dt.timedelta(seconds=rng.randint(0, 60 * 60 * 24 * 690))


def iso(rng, z: bool = True) -> str:
    d = stamp(rng)
    return d.strftime("%Y-%m-%dT%H:%M:%S") + (f".{rng.randint(0, 999):03d}Z" if z else "")


def syslog_ts(rng) -> str:
    return stamp(rng).strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1)


def ddmon(rng) -> str:
    return stamp(rng).strftime("%d%b").upper()


def hhmm(rng) -> str:
    return f"{rng.randint(0, 23):02d}{rng.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]):02d}"


# ----------------------------------------------------------------------------------------------
# context handed to templates


class NoPerson(Exception):
    pass


class Ctx:
    def __init__(self, rng, negative: bool) -> None:
        self.rng = rng
        self.negative = negative
        self.people: list[Person] = []

    def person(self, **kw) -> Person:
        if self.negative:
            raise NoPerson("negative template drew a person")
        if "wordlike" not in kw and self.rng.random() < 0.07:
            kw["wordlike"] = True
        p = make_person(self.rng, **kw)
        self.people.append(p)
        return p

    def phone(self, p: Person | None = None, style: str | None = None) -> str:
        c = p.country if p and self.rng.random() < 0.8 else None
        return phone(self.rng, c, style)

    def email(self, p: Person, domain: str | None = None) -> str:
        return p.email(self.rng, domain)

    def login(self, p: Person, style: str | None = None, digits: bool | None = None) -> str:
        return p.login(self.rng, style, digits)

    def ip(self, v6: float = 0.2) -> str:
        return ip(self.rng, v6)

    def c(self, seq):
        return self.rng.choice(seq)

    def nm(self, p: Person, forms: str = "full western lf up LF gi") -> str:
        """A display form of the person's name, chosen among the given method names."""
        return getattr(p, self.rng.choice(forms.split()))()

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def ri(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)


def ljust(s: str, w: int) -> str:
    return s + " " * max(1, w - len(s))


# ----------------------------------------------------------------------------------------------
# verification

_EMAIL = re.compile(r"[\w.+\-]+(?:@|%40|%2540)[\w\-]+\.[\w.\-]*[A-Za-z]")
_IP4 = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
_IP6 = re.compile(r"(?<![\w:])([0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?![\w:])")
_CARD = re.compile(r"(?<![\d\-])(\d{13,19}|\d{4}([ \-])\d{4}\2\d{4}\2\d{4}(?:\2\d{1,3})?|\d{4}([ \-])\d{6}\3\d{5})"
                   r"(?![\d\-])")
_SSN = re.compile(r"(?<![\d\-])(\d{3})([ \-])(\d{2})\2(\d{4})(?![\d\-])")
_PHONE = re.compile(r"(?:\+|%2B)[\d][\d \-().]{6,}\d")


class VerifyError(Exception):
    pass


def _issuable(a: str, g: str, s: str) -> bool:
    ai = int(a)
    return 0 < ai < 900 and ai != 666 and int(g) > 0 and int(s) > 0


def _forms(w: str) -> set[str]:
    out = {w, fold(w), pct(w), form(w), jasc(w), pct(fold(w))}
    return {x for x in out if x}


def verify(doc: Doc, people: list[Person], negative: bool) -> None:
    text = doc.text()
    spans = doc.spans()
    exp = doc.expected()
    if negative and (spans or people):
        raise VerifyError("negative with spans or people")
    if not negative and not spans:
        raise VerifyError("positive without spans")
    prev = -1
    for (s, e, typ), val in zip(spans, exp):
        if s < prev or not (0 <= s < e <= len(text)):
            raise VerifyError("span order")
        prev = e
        v = text[s:e]
        if v != val or v != v.strip():
            raise VerifyError(f"span value {v!r}")
        if typ == "NAME" and (not any(ch.isalpha() for ch in v) or "@" in v):
            raise VerifyError(f"bad NAME {v!r}")
        if typ == "EMAIL" and not re.fullmatch(r"[^\s@]+(@|%40|%2540)[^\s@]+\.[A-Za-z]+", v):
            raise VerifyError(f"bad EMAIL {v!r}")
        if typ == "IP_ADDRESS":
            ipaddress.ip_address(v)
        if typ == "PHONE":
            digits = re.sub(r"\D", "", v.replace("%2B", "+"))
            if not 7 <= len(digits) <= 15 or not re.fullmatch(r"(\+|%2B)?[\d \-().%20]+", v):
                raise VerifyError(f"bad PHONE {v!r}")
        if typ == "SSN":
            d = re.sub(r"\D", "", v)
            if not (len(d) == 4 or (len(d) == 9 and _issuable(d[:3], d[3:5], d[5:]))):
                raise VerifyError(f"bad SSN {v!r}")
        if typ == "CREDIT_CARD":
            d = re.sub(r"\D", "", v)
            if not (13 <= len(d) <= 19 and luhn_ok(d)):
                raise VerifyError(f"bad card {v!r}")
    # embedded documents parse
    for kind, a, b in doc.checks:
        seg = text[a:b]
        if kind == "json":
            json.loads(seg)
        elif kind == "xml":
            ET.fromstring(seg)
        elif kind == "py":
            ast.literal_eval(seg)
        elif kind == "pyexpr":
            ast.parse(seg)
    # masked text: what is outside the spans
    chars = list(text)
    for s, e, _ in spans:
        for i in range(s, e):
            chars[i] = " "
    masked = "".join(chars)
    if _EMAIL.search(masked):
        raise VerifyError(f"unlabelled e-mail {_EMAIL.search(masked).group(0)!r}")
    for m in _IP4.finditer(masked):
        try:
            ipaddress.IPv4Address(m.group(1))
            raise VerifyError(f"unlabelled ipv4 {m.group(1)}")
        except ipaddress.AddressValueError:
            pass
    for m in _IP6.finditer(masked):
        cand = m.group(1)
        if cand.count(":") >= 2 and ("::" in cand or cand.count(":") == 7):
            try:
                ipaddress.IPv6Address(cand)
                raise VerifyError(f"unlabelled ipv6 {cand}")
            except ipaddress.AddressValueError:
                pass
    for m in _CARD.finditer(masked):
        d = re.sub(r"\D", "", m.group(1))
        if luhn_ok(d):
            raise VerifyError(f"unlabelled luhn {m.group(1)}")
    for m in _SSN.finditer(masked):
        if _issuable(m.group(1), m.group(3), m.group(4)):
            raise VerifyError(f"unlabelled ssn {m.group(0)}")
    if _PHONE.search(masked):
        raise VerifyError(f"unlabelled phone {_PHONE.search(masked).group(0)!r}")
    # every name word of every person drawn must lie inside a NAME or EMAIL span
    cover = [(s, e) for s, e, t in spans if t in ("NAME", "EMAIL")]
    for p in people:
        for w in p.words():
            for f in _forms(w):
                if any(ord(c) > 0x24F and not 0x1E00 <= ord(c) <= 0x1EFF for c in f):
                    pat = re.compile(re.escape(f))
                else:
                    pat = re.compile(r"(?<![^\W_])" + re.escape(f) + r"(?![^\W_])", re.IGNORECASE)
                for m in pat.finditer(text):
                    if not any(s <= m.start() and m.end() <= e for s, e in cover):
                        raise VerifyError(f"name word {w!r} outside a span at {m.start()}")
