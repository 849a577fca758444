"""Core of pack_ad: persons, the segment builder, serialisers, value generators and the verifier."""

from __future__ import annotations

import ast
import ipaddress
import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from urllib.parse import quote, quote_plus, unquote, unquote_plus

try:  # run as a script from the pack folder or imported as a module
    from . import names as N
except ImportError:  # pragma: no cover
    import names as N  # type: ignore[no-redef]

# ---------------------------------------------------------------- folding and encoders

_FOLD = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
         "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "œ": "oe", "Œ": "OE", "’": "'"}


def fold(s: str) -> str:
    s = "".join(_FOLD.get(ch, ch) for ch in s)
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def jesc(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jasc(s: str) -> str:
    return json.dumps(s)[1:-1]


def xesc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def pct(s: str) -> str:
    return quote(s, safe="")


def pct_soft(s: str) -> str:
    return quote(s, safe="@.-_")


def form(s: str) -> str:
    return quote_plus(s, safe="")


def csvq(s: str) -> str:
    return s.replace('"', '""')


def pyesc(s: str) -> str:
    return s.replace("\\", "\\\\").replace("'", "\\'")


# ---------------------------------------------------------------- segment builder


class Rec:
    """A record built from segments; labelled segments become spans after their encoders."""

    def __init__(self) -> None:
        self.pieces: list[tuple[str, str | None, tuple]] = []

    def t(self, s: str) -> Rec:
        if s:
            self.pieces.append((s, None, ()))
        return self

    def v(self, value: str, typ: str, *enc) -> Rec:
        assert value, "empty labelled value"
        self.pieces.append((value, typ, tuple(enc)))
        return self

    def add(self, other: Rec, *enc) -> Rec:
        for raw, typ, e in other.pieces:
            self.pieces.append((raw, typ, e + tuple(enc)))
        return self

    def build(self) -> tuple[str, list[list], list[tuple]]:
        out: list[str] = []
        spans: list[list] = []
        checks: list[tuple] = []
        pos = 0
        for raw, typ, enc in self.pieces:
            s = raw
            for f in enc:
                s = f(s)
            if typ:
                spans.append([pos, pos + len(s), typ])
                checks.append((pos, pos + len(s), typ, raw, s))
            out.append(s)
            pos += len(s)
        return "".join(out), spans, checks

    @property
    def text(self) -> str:
        return self.build()[0]


@dataclass
class V:
    value: str
    typ: str = "NAME"


@dataclass
class S:
    """A string made of plain parts and labelled parts (e.g. "Dr. " + name)."""

    parts: list


@dataclass
class Obj:
    cls: str
    fields: list[tuple[str, object]]
    style: str = "py"  # py | java | kotlin | ruby | cs


def _plain(obj):
    if isinstance(obj, V):
        return obj.value
    if isinstance(obj, S):
        return "".join(p.value if isinstance(p, V) else p for p in obj.parts)
    if isinstance(obj, dict):
        return {k: _plain(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_plain(v) for v in obj]
    return obj


def emit_json(r: Rec, obj, indent: int | None = None, asc: bool = False, lvl: int = 0, tight: bool = False) -> None:
    enc = jasc if asc else jesc
    ksep = ":" if tight else ": "
    isep = "," if (tight or indent) else ", "
    if isinstance(obj, V):
        r.t('"').v(obj.value, obj.typ, enc).t('"')
    elif isinstance(obj, S):
        r.t('"')
        for p in obj.parts:
            if isinstance(p, V):
                r.v(p.value, p.typ, enc)
            else:
                r.t(enc(p))
        r.t('"')
    elif isinstance(obj, str):
        r.t('"' + enc(obj) + '"')
    elif isinstance(obj, dict) or isinstance(obj, list):
        items = list(obj.items()) if isinstance(obj, dict) else list(enumerate(obj))
        o, c = ("{", "}") if isinstance(obj, dict) else ("[", "]")
        if not items:
            r.t(o + c)
            return
        r.t(o)
        for i, (k, v) in enumerate(items):
            if i:
                r.t(isep)
            if indent:
                r.t("\n" + " " * (indent * (lvl + 1)))
            if isinstance(obj, dict):
                r.t('"' + enc(k) + '"' + ksep)
            emit_json(r, v, indent, asc, lvl + 1, tight)
        if indent:
            r.t("\n" + " " * (indent * lvl))
        r.t(c)
    else:
        r.t(json.dumps(obj))


def J(obj, indent: int | None = None, asc: bool = False, tight: bool = False) -> Rec:
    """A JSON document as a Rec; parsed back and compared with the plain object."""
    r = Rec()
    emit_json(r, obj, indent, asc, 0, tight)
    if json.loads(r.text) != _plain(obj):
        raise AssertionError("JSON round trip failed")
    return r


def check_xml(text: str) -> None:
    ET.fromstring(text)


def _pyq(r: Rec, val, typ=None) -> None:
    s = val.value if isinstance(val, V) else val
    if "'" in s and '"' not in s:
        q, enc = '"', ()
    else:
        q, enc = "'", (pyesc,)
    r.t(q)
    if isinstance(val, V):
        r.v(s, val.typ, *enc)
    else:
        r.t(pyesc(s) if enc else s)
    r.t(q)


def emit_obj(r: Rec, o: Obj) -> None:
    st = o.style
    heads = {"py": (o.cls + "(", ")", "=", ", "), "kotlin": (o.cls + "(", ")", "=", ", "),
             "java": (o.cls + "{", "}", "=", ", "), "ruby": ("#<" + o.cls + " ", ">", ": ", ", "),
             "cs": (o.cls + " { ", " }", " = ", ", ")}
    h, t, eq, sep = heads[st]
    r.t(h)
    for i, (k, v) in enumerate(o.fields):
        if i:
            r.t(sep)
        r.t(k + eq)
        if isinstance(v, Obj):
            emit_obj(r, v)
        elif v is None:
            r.t({"py": "None", "ruby": "nil", "cs": "null"}.get(st, "null"))
        elif isinstance(v, bool):
            r.t({"py": str(v)}.get(st, str(v).lower()))
        elif isinstance(v, (int, float)):
            r.t(str(v))
        elif st == "py":
            _pyq(r, v)
        elif st == "java":
            r.t("'")
            if isinstance(v, V):
                r.v(v.value, v.typ)
            else:
                r.t(v)
            r.t("'")
        elif st == "ruby":
            r.t('"')
            if isinstance(v, V):
                r.v(v.value, v.typ, jesc)
            else:
                r.t(jesc(v))
            r.t('"')
        else:
            if isinstance(v, V):
                r.v(v.value, v.typ)
            else:
                r.t(v)
    r.t(t)


def OB(o: Obj) -> Rec:
    r = Rec()
    emit_obj(r, o)
    if o.style == "py":
        ast.parse(r.text, mode="eval")
    return r


def xel(r: Rec, tag: str, val, ind: str = "", nl: str = "\n") -> Rec:
    r.t(f"{ind}<{tag}>")
    if isinstance(val, V):
        r.v(val.value, val.typ, xesc)
    else:
        r.t(xesc(val))
    return r.t(f"</{tag}>{nl}")


def csv_row(r: Rec, cells: list, delim: str = ",", always: bool = False) -> Rec:
    for i, cell in enumerate(cells):
        if i:
            r.t(delim)
        raw = cell.value if isinstance(cell, V) else str(cell)
        q = always or any(ch in raw for ch in (delim, '"', "\n"))
        if q:
            r.t('"')
        if isinstance(cell, V):
            r.v(cell.value, cell.typ, csvq)
        else:
            r.t(csvq(raw) if q else raw)
        if q:
            r.t('"')
    return r


def put(r: Rec, val) -> Rec:
    """Append a str, V or S."""
    if isinstance(val, V):
        return r.v(val.value, val.typ)
    if isinstance(val, S):
        for p in val.parts:
            put(r, p)
        return r
    return r.t(val)


# ---------------------------------------------------------------- persons


@dataclass
class Person:
    given: str
    family: str
    middle: str
    trad: str
    gender: str
    order: str  # gf | fg
    native_given: str = ""
    native_family: str = ""
    native_order: str = ""
    cache: dict = field(default_factory=dict)

    # name renderings -------------------------------------------------
    def full(self) -> str:
        parts = [self.given, self.middle, self.family] if self.order == "gf" else [self.family, self.middle, self.given]
        return " ".join(p for p in parts if p)

    def native(self) -> str:
        if not self.native_given:
            return self.full()
        if self.native_order == "fg0":
            return self.native_family + self.native_given
        return self.native_given + " " + self.native_family

    def form(self, f: str) -> str:
        g, fam = self.given, self.family
        ini = ".".join(w[0] for w in g.replace("-", " ").split()) + "."
        table = {
            "full": self.full(),
            "FULL": self.full().upper(),
            "FULLa": fold(self.full()).upper(),
            "gf": f"{g} {fam}",
            "lf": f"{fam}, {g}",
            "LF": f"{fam}, {g}".upper(),
            "LFa": fold(f"{fam}, {g}").upper(),
            "LFm": f"{fam}, {g} {self.middle}".upper() if self.middle else f"{fam}, {g}".upper(),
            "sg": fold(f"{fam}/{g}").upper(),
            "g.f": f"{ini} {fam}",
            "f g.": f"{fam} {ini}",
            "FAM G": fold(f"{fam} {ini[0]}").upper(),
            "cite": f"{fold(fam)} {ini.replace('.', '')}",
            "given": g,
            "family": fam,
            "GIVEN": fold(g).upper(),
            "FAMILY": fold(fam).upper(),
            "native": self.native(),
            "ascii": fold(self.full()),
        }
        return table[f]

    def words(self) -> list[str]:
        out = []
        for part in (self.given, self.family, self.middle, self.native_given, self.native_family):
            for w in re.split(r"[\s\-'’/]+", part):
                if len(w) >= 2 and w.lower() not in N.PARTICLES:
                    out.append(w)
        return out

    def is_native(self) -> bool:
        return bool(self.native_given)

    # accounts and mailboxes ------------------------------------------
    def _bases(self) -> tuple[str, str]:
        g = re.sub(r"[^a-z0-9]", "", fold(self.given.split()[0].split("-")[0] if " " in self.given
                                             else self.given).lower())
        f = re.sub(r"[^a-z0-9]", "", fold(self.family).lower())
        return g, f

    def login(self, rng, style: str | None = None) -> str:
        key = "login:" + (style or "")
        if key in self.cache:
            return self.cache[key]
        g, f = self._bases()
        st = style or rng.choice(["first.last", "flast", "firstl", "first_last", "lastf", "f.last",
                                  "firstlast", "flast", "flast", "first.last"])
        acct = {"first.last": f"{g}.{f}", "flast": f"{g[0]}{f}", "firstl": f"{g}{f[0]}",
                "first_last": f"{g}_{f}", "lastf": f"{f}{g[0]}", "f.last": f"{g[0]}.{f}",
                "firstlast": f"{g}{f}", "last.first": f"{f}.{g}"}[st]
        if rng.random() < 0.3:
            acct += str(rng.choice([rng.randint(1, 9), rng.randint(10, 99), rng.randint(70, 99)]))
        self.cache[key] = acct
        return acct

    def mail(self, rng, domain: str | None = None) -> str:
        key = "mail:" + (domain or "")
        if key in self.cache:
            return self.cache[key]
        g, f = self._bases()
        local = rng.choice([f"{g}.{f}", f"{g[0]}{f}", f"{g}{f}", f"{g}_{f}{rng.randint(1, 99)}",
                            f"{f}.{g}", f"{g}{rng.randint(60, 99)}"])
        dom = domain or rng.choice(EMAIL_DOMAINS)
        self.cache[key] = f"{local}@{dom}"
        return self.cache[key]


EMAIL_DOMAINS = ["example.com", "example.org", "example.net", "mail.example", "post.example.de",
                 "correo.example.es", "inbox.example.co.uk", "example.fr", "webmail.example.jp",
                 "example.com.br", "example.in", "posteo.example"]

_PATRO_SPECIAL = {"Þórður": "Þórðar", "Guðmundur": "Guðmunds", "Sigurður": "Sigurðar", "Ólafur": "Ólafs",
                  "Gunnar": "Gunnars", "Einar": "Einars"}


def make_person(rng, trad: str | None = None, native: bool | None = None) -> Person:
    if trad is None and (native or (native is None and rng.random() < 0.1)):
        lang, ng, nf, rg, rf, nord = rng.choice(N.NATIVE)
        gender = rng.choice("mf")
        order = "gf"
        if lang in ("ja", "zh", "ko"):
            order = rng.choice(["gf", "fg"])
        return Person(rg, rf, "", lang, gender, order, ng, nf, nord)
    key = trad or rng.choice(list(N.TRADITIONS))
    t = N.TRADITIONS[key]
    gender = rng.choice("mf")
    given = rng.choice(t[gender])
    if t.get("patronymic"):
        father = rng.choice(t["m"])
        stem = _PATRO_SPECIAL.get(father, father + "s")
        family = stem + ("son" if gender == "m" else "dóttir")
    else:
        sur = rng.choice(t["s"])
        if "/" in sur:
            a, b = sur.split("/")
            sur = a if gender == "m" else b
        family = sur
    middle = ""
    if t.get("middle"):
        mids = t["middle"]
        if key == "vi":
            middle = "Văn" if gender == "m" and rng.random() < 0.5 else ("Thị" if gender == "f" and rng.random() < 0.5
                                                                        else rng.choice(mids[2:]))
        elif rng.random() < 0.6:
            middle = rng.choice(mids)
    order = t["order"]
    if order == "cjk":
        order = rng.choice(["gf", "fg"])
    if order == "fg" and key == "hu":
        middle = ""
    return Person(given, family, middle, key, gender, order)


def word_person(rng) -> Person:
    """An English-speaking person whose given or family name is also an English word."""
    g = rng.choice(N.WORD_NAMES_GIVEN)
    f = rng.choice(N.WORD_NAMES_FAMILY)
    if rng.random() < 0.5:
        f = rng.choice(N.TRADITIONS["en_us"]["s"] + N.TRADITIONS["en_gb"]["s"])
    return Person(g, f, "", "en_word", rng.choice("mf"), "gf")


# ---------------------------------------------------------------- value generators

# country: (cc, trunk, pattern of the national significant number)
PHONE_PLANS: dict[str, tuple[str, str, str]] = {
    "US": ("1", "", "AAA 555-01##"), "CA": ("1", "", "CCC 555-01##"), "GB": ("44", "0", "7700 900###"),
    "IE": ("353", "0", "8# ### ####"), "DE": ("49", "0", "15# #######"), "AT": ("43", "0", "664 ######"),
    "CH": ("41", "0", "7# ### ## ##"), "FR": ("33", "0", "6 ## ## ## ##"), "BE": ("32", "0", "47# ## ## ##"),
    "NL": ("31", "0", "6 ########"), "ES": ("34", "", "6## ### ###"), "PT": ("351", "", "9## ### ###"),
    "IT": ("39", "", "3## ### ####"), "PL": ("48", "", "5## ### ###"), "CZ": ("420", "", "7## ### ###"),
    "SE": ("46", "0", "70-### ## ##"), "NO": ("47", "", "4## ## ###"), "DK": ("45", "", "2# ## ## ##"),
    "FI": ("358", "0", "40 ### ####"), "GR": ("30", "", "69# ### ####"), "TR": ("90", "0", "5## ### ## ##"),
    "RU": ("7", "8", "9## ###-##-##"), "UA": ("380", "0", "67 ### ## ##"), "RO": ("40", "0", "7## ### ###"),
    "HU": ("36", "06", "30 ### ####"), "BR": ("55", "0", "11 9####-####"), "MX": ("52", "", "55 #### ####"),
    "AR": ("54", "0", "9 11 ####-####"), "IN": ("91", "0", "9#### #####"), "PK": ("92", "0", "3## #######"),
    "BD": ("880", "0", "17## ######"), "JP": ("81", "0", "90-####-####"), "KR": ("82", "0", "10-####-####"),
    "CN": ("86", "", "13# #### ####"), "PH": ("63", "0", "917 ### ####"), "VN": ("84", "0", "9# ### ## ##"),
    "TH": ("66", "0", "8# ### ####"), "ID": ("62", "0", "812 #### ####"), "MY": ("60", "0", "12-### ####"),
    "NG": ("234", "0", "803 ### ####"), "GH": ("233", "0", "24 ### ####"), "KE": ("254", "0", "7## ######"),
    "ZA": ("27", "0", "82 ### ####"), "EG": ("20", "0", "10 #### ####"), "MA": ("212", "0", "6## ## ## ##"),
    "SA": ("966", "0", "5# ### ####"), "AE": ("971", "0", "50 ### ####"), "IL": ("972", "0", "5#-###-####"),
    "AU": ("61", "0", "491 57# ###"), "NZ": ("64", "0", "21 ### ####"), "ET": ("251", "0", "91 ### ####"),
}
_AREAS = {"AAA": ["212", "415", "617", "312", "713", "206", "305", "404", "503", "702", "614", "919"],
          "CCC": ["416", "604", "514", "403", "613"]}
TRAD_COUNTRY = {"en_gb": "GB", "en_us": "US", "ie": "IE", "de": "DE", "fr": "FR", "nl": "NL", "es": "ES", "pt": "PT",
                "it": "IT", "pl": "PL", "cs": "CZ", "ru": "RU", "uk": "UA", "el": "GR", "hr": "DE", "ro": "RO",
                "hu": "HU", "fi": "FI", "sv": "SE", "da_no": "NO", "is": "DK", "tr": "TR", "lt_lv": "FI",
                "cy_gd": "GB", "ar_levant": "AE", "ar_gulf": "SA", "ar_maghreb": "MA", "fa": "DE", "he": "IL",
                "hi": "IN", "ta_te": "IN", "bn": "BD", "pk": "PK", "si_ne": "IN", "zh": "CN", "yue": "GB",
                "ja": "JP", "ko": "KR", "vi": "VN", "th": "TH", "fil": "PH", "id_ms": "ID", "yo_ig": "NG",
                "ha_ff": "NG", "ak": "GH", "sw": "KE", "am": "ET", "zu_xh": "ZA", "es_latam": "MX", "pt_br": "BR",
                "ht_jm": "US", "pacific": "NZ", "en_word": "US"}


def phone(rng, country: str | None = None, style: str | None = None) -> str:
    cc_key = country or rng.choice(list(PHONE_PLANS))
    cc, trunk, pat = PHONE_PLANS[cc_key]
    for k, lst in _AREAS.items():
        if k in pat:
            pat = pat.replace(k, rng.choice(lst))
    nsn = "".join(str(rng.randint(0, 9)) if ch == "#" else ch for ch in pat)
    digits = re.sub(r"\D", "", nsn)
    st = style or rng.choice(["intl", "intl", "e164", "nat", "nat", "00"])
    if cc == "1":
        a, rest = nsn.split(" ", 1)
        return {"intl": f"+1 {a}-{rest}", "e164": f"+1{digits}", "nat": f"({a}) {rest}",
                "00": f"1-{a}-{rest}", "bare": f"1{digits}"}[st]
    if st == "bare":
        return cc + digits
    if st == "e164":
        return "+" + cc + digits
    if st == "00":
        return "00" + cc + " " + nsn
    if st == "nat":
        if cc_key == "RU":
            a, b = nsn.split(" ", 1)
            return f"8 ({a}) {b}"
        if cc_key == "BR":
            a, b = nsn.split(" ", 1)
            return f"({a}) {b}"
        if cc_key == "NL":
            return "06-" + nsn[2:]
        if cc_key == "AR":
            return "011 15-" + nsn.split(" ", 2)[2]
        return trunk + nsn
    return "+" + cc + " " + nsn


def person_phone(rng, p: Person, style: str | None = None) -> str:
    key = "phone:" + (style or "")
    if key not in p.cache:
        cty = TRAD_COUNTRY.get(p.trad, "US") if rng.random() < 0.75 else rng.choice(list(PHONE_PLANS))
        p.cache[key] = phone(rng, cty, style)
    return p.cache[key]


def ssn_ok(d: str) -> bool:
    a, g, s = d[:3], d[3:5], d[5:]
    return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


def ssn(rng, style: str = "dash") -> str:
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        d = f"{a:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn_ok(d):
            break
    return {"dash": f"{d[:3]}-{d[3:5]}-{d[5:]}", "bare": d, "space": f"{d[:3]} {d[3:5]} {d[5:]}"}[style]


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


def _luhn_complete(prefix: str, length: int, rng) -> str:
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(rng, sep: str | None = None) -> str:
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    pre = {"visa": "4" + str(rng.randint(10000, 99999)), "mc": str(rng.randint(51, 55)) + str(rng.randint(1000, 9999)),
           "mc2": str(rng.randint(2221, 2720)) + str(rng.randint(10, 99)), "amex": rng.choice(["34", "37"]) + "12",
           "disc": "6011" + str(rng.randint(10, 99))}[kind]
    n = _luhn_complete(pre, 15 if kind == "amex" else 16, rng)
    sp = sep if sep is not None else rng.choice(["", " ", "-", " "])
    if not sp:
        return n
    if kind == "amex":
        return sp.join([n[:4], n[4:10], n[10:]])
    return sp.join(n[i:i + 4] for i in range(0, 16, 4))


def nonluhn(rng, n: int) -> str:
    while True:
        d = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
        if not luhn_ok(d):
            return d


def ip4(rng, kind: str | None = None) -> str:
    k = kind or rng.choice(["doc1", "doc2", "doc3", "p10", "p172", "p192"])
    return {"doc1": f"192.0.2.{rng.randint(1, 254)}", "doc2": f"198.51.100.{rng.randint(1, 254)}",
            "doc3": f"203.0.113.{rng.randint(1, 254)}", "p10": f"10.{rng.randint(0, 254)}.{rng.randint(0, 254)}."
            f"{rng.randint(1, 254)}", "p172": f"172.{rng.randint(16, 31)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}",
            "p192": f"192.168.{rng.randint(0, 254)}.{rng.randint(1, 254)}"}[k]


def ip6(rng) -> str:
    if rng.random() < 0.5:
        return f"2001:db8:{rng.randint(0, 0xffff):x}::{rng.randint(1, 0xffff):x}"
    return "2001:db8:" + ":".join(f"{rng.randint(0, 0xffff):x}" for _ in range(6))


def anyip(rng) -> str:
    return ip6(rng) if rng.random() < 0.2 else ip4(rng)


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def ts(rng, style: str = "iso") -> str:
    mo, d, h, mi, s = rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    ms = rng.randint(0, 999)
    y = 2026
    return {
        "iso": f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.{ms:03d}Z",
        "isoz": f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z",
        "isooff": f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}+01:00",
        "log4j": f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d},{ms:03d}",
        "space": f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}",
        "syslog": f"{MONTHS[mo - 1]} {d:2d} {h:02d}:{mi:02d}:{s:02d}",
        "de": f"{d:02d}.{mo:02d}.{y} {h:02d}:{mi:02d}",
        "us": f"{mo:02d}/{d:02d}/{y} {h:02d}:{mi:02d}",
        "usd": f"{mo:02d}/{d:02d}/{y}",
        "date": f"{y}-{mo:02d}-{d:02d}",
        "clf": f"{d:02d}/{MONTHS[mo - 1]}/{y}:{h:02d}:{mi:02d}:{s:02d} +0000",
        "hm": f"{h:02d}:{mi:02d}",
        "compact": f"{y}{mo:02d}{d:02d}{h:02d}{mi:02d}{s:02d}",
        "e2b": f"{y}{mo:02d}{d:02d}",
    }[style]


def dob(rng) -> str:
    return f"{rng.randint(1938, 2008)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def hexid(rng, n: int = 8) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def rxno(rng) -> str:
    return str(rng.randint(1000000, 9999999))


def ndc(rng) -> str:
    return f"{rng.randint(10000, 99999)}-{rng.randint(100, 999)}-{rng.randint(10, 99)}"


def lot(rng) -> str:
    return rng.choice("ABCEFGHJKLMNPRSTWXY") + rng.choice("ABCEFGHJKLMNPRSTWXY") + str(rng.randint(1000, 9999))


# ---------------------------------------------------------------- context


class Ctx:
    def __init__(self, rng, negative: bool) -> None:
        self.rng = rng
        self.negative = negative
        self.persons: list[Person] = []

    def person(self, trad: str | None = None, native: bool | None = None, word: bool = False) -> Person:
        if self.negative:
            raise AssertionError("negative template drew a person")
        if not word and trad is None and native is None and self.rng.random() < 0.05:
            word = True
        p = word_person(self.rng) if word else make_person(self.rng, trad, native)
        self.persons.append(p)
        return p

    def relative(self, p: Person) -> Person:
        """Someone sharing p's surname (gendered forms kept where the tradition has them)."""
        q = self.person(p.trad if p.trad in N.TRADITIONS else None)
        t = N.TRADITIONS.get(p.trad)
        fam = p.family
        if t:
            for s in t["s"]:
                if "/" in s and p.family in s.split("/"):
                    a, b = s.split("/")
                    fam = a if q.gender == "m" else b
        if p.trad == "is":
            fam = q.family
        q.family = fam
        q.native_given = q.native_family = ""
        return q

    # shortcuts
    def ch(self, seq):
        return self.rng.choice(seq)

    def r(self) -> float:
        return self.rng.random()

    def ri(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def phone(self, p: Person | None = None, country: str | None = None, style: str | None = None) -> str:
        if p is not None and country is None:
            return person_phone(self.rng, p, style)
        return phone(self.rng, country, style)

    def ts(self, style: str = "iso") -> str:
        return ts(self.rng, style)


def nm(c: Ctx, p: Person, forms: list[str], native_ok: bool = True) -> str:
    if native_ok and p.is_native() and c.r() < 0.45:
        return p.native()
    return p.form(c.ch(forms))


# decoys for negatives (and for positive records, where they never collide with a drawn person)
SERVICE_ACCTS = ["svc_rxqueue", "pyxis-sync", "omni_iface", "erx-gateway", "pdmp-bot", "RXBATCH", "SYSTEM", "root",
                 "argus-etl", "scriptpro01", "kiosk04", "vax-scheduler", "bbank-svc", "donor-kiosk-2",
                 "svc_hub_intake", "medinfo-ivr", "cleanroom-bms", "robot01", "RPHQUEUE", "autofill",
                 "interface_user", "PHARMNET_BATCH", "svc-cdreg", "integration-bot"]
COMPANIES = ["Johnson & Johnson", "Eli Lilly and Company", "Bristol-Myers Squibb", "Boehringer Ingelheim",
             "Dr. Reddy's Laboratories", "Fresenius Kabi", "Grifols", "Octapharma", "CSL Behring", "Walgreens",
             "Boots UK", "McKesson", "Cardinal Health", "Becton Dickinson", "Baxter Healthcare",
             "Abbott Laboratories", "Merck Sharp & Dohme", "Sanofi Pasteur", "Hikma", "Kedrion",
             "Bio Products Laboratory", "Shoppers Drug Mart", "Farmacia San Martín", "Pharmacie Victor Hugo",
             "Apotheke am Marienplatz", "Morrisons Pharmacy", "Sainsbury's Pharmacy", "Wellcome Trust"]
EPONYM_TERMS = ["Stevens-Johnson syndrome", "Guillain-Barre syndrome", "Bell's palsy", "Kawasaki's disease",
                "Reye's syndrome", "Raynaud's phenomenon", "Henoch-Schonlein purpura", "Quincke's oedema",
                "Kounis syndrome", "Brugada syndrome", "Sweet's syndrome", "Sjogren's syndrome",
                "Parkinson's disease", "Cushing's syndrome", "Addison's disease", "Crohn's disease",
                "Hashimoto's thyroiditis", "Wernicke's encephalopathy", "Tourette's disorder", "Hodgkin's disease"]
EQUIPMENT = ["Pyxis MedStation ES", "Omnicell XT", "Parata Max 2", "ScriptPro SP 200", "Kirby Lester KL1",
             "Swisslog BoxPicker", "Haemonetics PCS2", "Trima Accel 7", "Fenwal Amicus", "Aurora Xi",
             "Baxa ExactaMix", "Thermo TSX", "BioStore III", "Liconic STX", "Yuyama YS-TR"]
VACCINES = ["Comirnaty", "Spikevax", "Shingrix", "Gardasil 9", "Fluzone High-Dose", "Vaxigrip Tetra", "Boostrix",
            "Arexvy", "Abrysvo", "Nuvaxovid", "Stamaril", "Typhim Vi", "Dukoral", "Ixiaro"]
PLACES = ["Victoria", "Madison", "Charlotte", "Savannah", "Florence", "Adelaide", "Augusta", "Eugene", "Regina",
          "Alexandria", "Santa Clara", "St. Louis", "San José", "Marysville", "Georgetown", "Sofia"]
WARDS = ["Florence Nightingale Ward", "Mary Seacole Ward", "Lister Ward", "Nuffield Wing", "St. Jude Pavilion",
         "Fleming Unit", "Jenner Clinic", "Pasteur Room", "Curie Oncology Suite", "Garrett Anderson Wing"]
PLACEHOLDERS = ["PATIENT, TEST", "ZZZTEST, RXONLY", "CASH CUSTOMER", "WALK-IN", "ANONYMOUS DONOR", "UNKNOWN",
                "Not provided", "Consumer (anonymous)", "[REDACTED]", "N/A", "TBD", "{{patient.first_name}}",
                "<Name>", "Pharmacist on duty", "HOUSE ACCOUNT", "DEMO, PATIENT"]
DRUGS = ["atorvastatin 20 mg tab", "amoxicillin 500 mg cap", "metformin ER 750 mg", "oxycodone 5 mg tab",
         "hydrocodone/APAP 10/325 mg", "methylphenidate ER 36 mg", "buprenorphine/naloxone 8/2 mg film",
         "insulin glargine 100 U/mL pen", "adalimumab 40 mg/0.4 mL", "sertraline 50 mg tab",
         "levothyroxine 75 mcg", "vancomycin 1 g IV", "morphine 2 mg/mL inj", "fentanyl 50 mcg/mL inj",
         "lorazepam 1 mg tab", "alprazolam 0.5 mg tab", "tramadol 50 mg cap", "semaglutide 1 mg pen",
         "warfarin 5 mg tab", "enoxaparin 40 mg syringe"]
CDRUGS = ["oxycodone 5 mg tab", "hydromorphone 2 mg tab", "fentanyl 25 mcg/h patch", "morphine sulfate ER 30 mg",
          "methylphenidate 10 mg tab", "amphetamine salts 20 mg", "hydrocodone/APAP 5/325 mg", "methadone 10 mg"]
UI_STRINGS = ["Rezept eingelöst", "Ordonnance délivrée", "Receta dispensada", "Ricetta evasa", "Recept afgeleverd",
              "処方箋受付完了", "处方已调配", "Рецепт выдан", "Recepta zrealizowana", "Reçete karşılandı",
              "Receita aviada", "Ready for Pickup", "Awaiting Pharmacist Verification", "On Hold - Insurance",
              "Partial Fill", "Out of Stock", "Refill Too Soon", "Resep siap diambil", "Đơn thuốc đã cấp phát",
              "Recepten har expedierats", "Resepti toimitettu", "Συνταγή εκτελέστηκε", "Will Call Ready",
              "Grant Access", "Page 2 of 4", "Price Check", "Summer Hours", "Hope Street Clinic", "Rose Hip Syrup",
              "Chase Bank Card Declined", "Hunter Valley Depot", "Lane 2 Closed"]
STATUS = ["QUEUED", "VERIFIED", "ON_HOLD", "READY", "DISPENSED", "RTS", "CANCELLED", "PARTIAL", "REJECTED"]


# ---------------------------------------------------------------- verification

_EMAIL_RE = re.compile(r"[A-Za-z0-9._+\-]+(?:@|%40|%2540)[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
_IP4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
_IP6_RE = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
_CARD_RE = re.compile(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)")
_SSN_RE = re.compile(r"(?<!\d)(\d{3})[- ](\d{2})[- ](\d{4})(?!\d)")


def _value_ok(typ: str, raw: str) -> bool:
    if raw != raw.strip():
        return False
    if typ == "NAME":
        return any(ch.isalpha() for ch in raw) and "@" not in raw
    if typ == "EMAIL":
        d = unquote(unquote(raw))
        return re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", d) is not None
    if typ == "PHONE":
        d = unquote(raw)
        dig = re.sub(r"\D", "", d)
        return 7 <= len(dig) <= 15 and set(d) <= set("+0123456789 -().")
    if typ == "SSN":
        dig = re.sub(r"[ -]", "", raw)
        return dig.isdigit() and (len(dig) == 4 or (len(dig) == 9 and ssn_ok(dig)))
    if typ == "CREDIT_CARD":
        dig = re.sub(r"[ -]", "", raw)
        return dig.isdigit() and 13 <= len(dig) <= 19 and luhn_ok(dig)
    if typ == "IP_ADDRESS":
        try:
            ipaddress.ip_address(raw)
            return True
        except ValueError:
            return False
    return False


def verify(text: str, spans: list[list], checks: list[tuple]) -> None:
    """Raise on any structural error (a template bug)."""
    last = 0
    for (s, e, typ, raw, enc), sp in zip(checks, spans, strict=True):
        if not (0 <= s < e <= len(text)) or s < last:
            raise AssertionError(f"bad span {sp}")
        seg = text[s:e]
        if seg != enc or seg != seg.strip():
            raise AssertionError(f"span text mismatch {sp} {seg!r}")
        if not _value_ok(typ, raw):
            raise AssertionError(f"bad {typ} value {raw!r}")
        last = e


def _is_latin(w: str) -> bool:
    return all(ord(ch) < 0x0300 or not ch.isalpha() for ch in w)


def leak_free(text: str, spans: list[list], persons: list[Person]) -> str:
    """Empty if no detectable value and no name word of a drawn person lies outside the spans, else why."""
    masked = list(text)
    for s, e, _ in spans:
        for i in range(s, e):
            masked[i] = "\x00"
    m = "".join(masked)
    if _EMAIL_RE.search(m):
        return "email " + _EMAIL_RE.search(m).group()
    for hit in _IP4_RE.finditer(m):
        try:
            ipaddress.IPv4Address(hit.group())
            return "ipv4 " + hit.group()
        except ValueError:
            pass
    for hit in _IP6_RE.finditer(m):
        g = hit.group()
        if "::" in g or g.count(":") == 7:
            try:
                ipaddress.IPv6Address(g)
                return "ipv6 " + g
            except ValueError:
                pass
    for hit in _CARD_RE.finditer(m):
        d = re.sub(r"\D", "", hit.group())
        if 13 <= len(d) <= 19 and luhn_ok(d):
            return "card " + d
    for hit in _SSN_RE.finditer(m):
        if ssn_ok("".join(hit.groups())):
            return "ssn " + hit.group()
    for p in persons:
        for w in p.words():
            variants = {w, fold(w), pct(w), form(w), jasc(w), xesc(w)}
            for var in variants:
                if _is_latin(var):
                    pat = r"(?<![^\W_])" + re.escape(var) + r"(?![^\W_])"
                    if re.search(pat, m, re.IGNORECASE):
                        return "name " + var
                elif var in m:
                    return "name " + var
    return ""


def decode_check(text: str) -> None:
    """Percent/form-decoding must not fail (sanity for encoded records)."""
    unquote_plus(text)


__all__ = ["V", "S", "Obj", "xel", "csv_row", "put", "nm", "Rec", "J", "OB", "Ctx", "Person", "verify", "leak_free", "check_xml", "fold",
           "jesc", "jasc", "xesc", "pct", "pct_soft", "form", "csvq", "card", "ssn", "ip4", "ip6", "anyip",
           "phone", "ts", "dob", "hexid", "rxno", "ndc", "lot", "nonluhn", "emit_json", "emit_obj"]
