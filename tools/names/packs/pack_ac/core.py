"""Shared machinery for pack_ac: segment builder, serialisers, person model, value generators, decoys and
the verifier. Standard library only."""

from __future__ import annotations

import ipaddress
import json
import re
import unicodedata
import urllib.parse
import xml.etree.ElementTree as ET

from names import HANDLES, NATIVE, PARTICLES, TRADITIONS, WEIGHTS

# ---------------------------------------------------------------------------------------------------------
# segment builder


class B:
    """A record under construction: a list of (text, type or None, raw value)."""

    def __init__(self) -> None:
        self.segs: list[tuple[str, str | None, str | None]] = []

    def t(self, s: str) -> B:
        if s:
            self.segs.append((s, None, None))
        return self

    def p(self, v: str, typ: str, enc=None) -> B:
        shown = enc(v) if enc else v
        self.segs.append((shown, typ, v))
        return self

    def sub(self, other: B) -> B:
        self.segs.extend(other.segs)
        return self

    def map(self, fn) -> B:
        out = B()
        out.segs = [(fn(s), typ, raw) for s, typ, raw in self.segs]
        return out

    def text(self) -> str:
        return "".join(s for s, _, _ in self.segs)

    def spans(self) -> list[tuple[int, int, str, str, str]]:
        out = []
        pos = 0
        for s, typ, raw in self.segs:
            if typ:
                out.append((pos, pos + len(s), typ, s, raw))
            pos += len(s)
        return out


def jstr(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jstr_a(s: str) -> str:
    return json.dumps(s, ensure_ascii=True)[1:-1]


def pct(s: str) -> str:
    return urllib.parse.quote(s, safe="")


def form(s: str) -> str:
    return urllib.parse.quote_plus(s, safe="")


def upper(s: str) -> str:
    return s.upper()


def lower(s: str) -> str:
    return s.lower()


class P:
    """A labelled leaf inside a document given to a serialiser."""

    def __init__(self, v: str, typ: str, enc=None) -> None:
        self.v, self.typ, self.enc = v, typ, enc


class S:
    """A JSON string made of plain parts and labelled P parts."""

    def __init__(self, *parts) -> None:
        self.parts = parts


def js(obj, pretty: bool = False, ascii_: bool = False, indent: int = 2, sp: bool = False) -> B:
    """Serialise obj (dicts, lists, str, numbers, None, P) to JSON, keeping spans; checks json.loads."""
    b = B()
    esc = jstr_a if ascii_ else jstr
    colon = ": " if (pretty or sp) else ":"
    comma = "," if pretty else (", " if sp else ",")

    def walk(o, level: int) -> None:
        pad = "\n" + " " * (indent * (level + 1)) if pretty else ""
        end = "\n" + " " * (indent * level) if pretty else ""
        if isinstance(o, P):
            b.t('"')
            b.p(o.v, o.typ, (lambda x: esc(o.enc(x))) if o.enc else esc)
            b.t('"')
        elif isinstance(o, S):
            b.t('"')
            for part in o.parts:
                if isinstance(part, P):
                    b.p(part.v, part.typ, (lambda x, f=part.enc: esc(f(x))) if part.enc else esc)
                else:
                    b.t(esc(part))
            b.t('"')
        elif isinstance(o, dict):
            if not o:
                b.t("{}")
                return
            b.t("{")
            for i, (k, v) in enumerate(o.items()):
                b.t((comma if i else "") + pad + json.dumps(k, ensure_ascii=ascii_) + colon)
                walk(v, level + 1)
            b.t(end + "}")
        elif isinstance(o, list):
            if not o:
                b.t("[]")
                return
            b.t("[")
            for i, v in enumerate(o):
                b.t((comma if i else "") + pad)
                walk(v, level + 1)
            b.t(end + "]")
        else:
            b.t(json.dumps(o, ensure_ascii=ascii_))

    walk(obj, 0)
    json.loads(b.text())
    return b


def xml_check(s: str) -> None:
    ET.fromstring(s)


def xa(s: str) -> str:
    assert not any(c in s for c in '&<>"'), s
    return s


def pyrepr(b: B, v: str, typ: str) -> B:
    r = repr(v)
    assert r[1:-1] == v, v
    return b.t(r[0]).p(v, typ).t(r[-1])


# ---------------------------------------------------------------------------------------------------------
# folding and logins

_FOLD = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i",
         "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "œ": "oe", "Œ": "OE"}


def fold(s: str) -> str:
    s = "".join(_FOLD.get(c, c) for c in s)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


def fem_surname(fam: str, rule: str | None) -> str:
    if rule == "pl":
        for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if fam.endswith(a):
                return fam[: -len(a)] + b
        return fam
    if rule == "cz":
        if fam.endswith("ý"):
            return fam[:-1] + "á"
        if fam.endswith("a"):
            return fam[:-1] + "ová"
        if fam.endswith("ec"):
            return fam[:-2] + "cová"
        return fam + "ová"
    if rule == "ru":
        if fam.endswith("sky"):
            return fam[:-3] + "skaya"
        if fam.endswith(("ov", "ev", "in")):
            return fam + "a"
        return fam
    if rule == "gr":
        if fam.endswith("os"):
            return fam[:-2] + "ou"
        if fam.endswith("is"):
            return fam[:-1]
        if fam.endswith("as"):
            return fam[:-1]
        return fam
    return fam


class Person:
    def __init__(self, rng, trad: str, native: tuple | None = None) -> None:
        t = TRADITIONS[trad]
        self.trad, self.cc = trad, t["cc"]
        self.native_given = self.native_family = None
        self.middle = None
        if native:
            _, self.sex, self.native_given, self.native_family, self.given, self.family = native
        else:
            self.sex = rng.choice("mf")
            self.given = rng.choice(t[self.sex])
            fam = rng.choice(t["fam"])
            if t["sfx"] == "is":
                if self.sex == "m":
                    fam = fam + ("son" if fam.endswith("s") else "sson")
                else:
                    fam = fam + ("dóttir" if fam.endswith("s") else "sdóttir")
            elif self.sex == "f":
                fam = fem_surname(fam, t["sfx"])
            if t.get("double") and rng.random() < 0.6:
                second = rng.choice([x for x in t["fam"] if x != fam])
                fam = fam + (" y " if rng.random() < 0.15 else " ") + second
            self.family = fam
            if trad == "tl" and rng.random() < 0.5:
                self.middle = rng.choice([x for x in t["fam"] if x != fam])
            elif trad in ("en_us", "en_gb") and rng.random() < 0.15:
                self.middle = rng.choice(TRADITIONS[trad]["m" if rng.random() < 0.5 else "f"])
        order = t["order"]
        if trad in ("zh", "yue", "ja", "ko"):
            order = "fg" if rng.random() < 0.5 else "gf"
        self.order = order

    # display forms
    def full(self) -> str:
        if self.order == "fg":
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"

    def gf(self) -> str:
        return f"{self.given} {self.family}"

    def with_middle(self) -> str:
        if self.middle:
            return f"{self.given} {self.middle} {self.family}"
        return self.full()

    def lf(self) -> str:
        return f"{self.family}, {self.given}"

    def native(self) -> str | None:
        if not self.native_given:
            return None
        if self.trad in ("ja", "zh", "yue", "ko"):
            return self.native_family + self.native_given
        return f"{self.native_given} {self.native_family}"

    def initial_family(self) -> str:
        return f"{self.given[0]}. {self.family}"

    def given_initial(self) -> str:
        return f"{self.given} {self.family[0] if self.family[0].isalpha() else self.family[1]}."

    def family_initial(self) -> str:
        return f"{self.family} {self.given[0]}."

    def words(self) -> list[str]:
        out = []
        for part in (self.given, self.family, self.middle or "", self.native_given or "",
                     self.native_family or ""):
            for w in re.split(r"[\s\-]+", part):
                w = w.strip("'")
                if w and w.lower() not in PARTICLES and len(w) >= 2:
                    out.append(w)
                    if "'" in w:
                        out.extend(x for x in w.split("'") if len(x) >= 2)
        return out

    @property
    def ag(self) -> str:
        return slug(self.given.split(" ")[0] if self.trad not in ("vi", "zh") else self.given)

    @property
    def af(self) -> str:
        return slug(self.family.split(" ")[0] if self.trad in ("es", "es_mx") else self.family)


# ---------------------------------------------------------------------------------------------------------
# phones

def _d(rng, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def phone(rng, cc: str, style: str | None = None) -> str:
    style = style or rng.choice(["intl", "intl", "nat", "e164"])
    r = rng
    if cc in ("US", "CA"):
        area = r.choice(["212", "312", "415", "617", "206", "512", "718", "404", "213", "305", "604", "416"])
        ln = "01" + _d(r, 2)
        if style == "intl":
            return f"+1 {area} 555 {ln}"
        if style == "nat":
            return r.choice([f"({area}) 555-{ln}", f"{area}-555-{ln}", f"{area}.555.{ln}"])
        return f"+1{area}555{ln}"
    plans = {
        "GB": ("44", lambda: "7700 900" + _d(r, 3), lambda s: "0" + s),
        "IE": ("353", lambda: "85 " + _d(r, 3) + " " + _d(r, 4), lambda s: "0" + s),
        "DE": ("49", lambda: r.choice(["151", "160", "172", "176"]) + " " + _d(r, 8), lambda s: "0" + s),
        "NL": ("31", lambda: "6 " + _d(r, 8), lambda s: "0" + s.replace(" ", "-", 1)),
        "FR": ("33", lambda: r.choice("67") + " " + " ".join(_d(r, 2) for _ in range(4)), lambda s: "0" + s),
        "ES": ("34", lambda: r.choice("67") + _d(r, 2) + " " + _d(r, 3) + " " + _d(r, 3), lambda s: s),
        "MX": ("52", lambda: "55 " + _d(r, 4) + " " + _d(r, 4), lambda s: s),
        "BR": ("55", lambda: r.choice(["11", "21", "31"]) + " 9" + _d(r, 4) + "-" + _d(r, 4),
               lambda s: "(" + s[:2] + ") " + s[3:]),
        "IT": ("39", lambda: "3" + _d(r, 2) + " " + _d(r, 3) + " " + _d(r, 4), lambda s: s),
        "PL": ("48", lambda: r.choice("5678") + _d(r, 2) + " " + _d(r, 3) + " " + _d(r, 3), lambda s: s),
        "CZ": ("420", lambda: r.choice(["601", "602", "731", "777"]) + " " + _d(r, 3) + " " + _d(r, 3),
               lambda s: s),
        "RU": ("7", lambda: "9" + _d(r, 2) + " " + _d(r, 3) + "-" + _d(r, 2) + "-" + _d(r, 2),
               lambda s: "8 " + s),
        "UA": ("380", lambda: r.choice(["50", "67", "93"]) + " " + _d(r, 3) + " " + _d(r, 4),
               lambda s: "0" + s),
        "GR": ("30", lambda: "69" + _d(r, 1) + " " + _d(r, 3) + " " + _d(r, 4), lambda s: s),
        "TR": ("90", lambda: "5" + _d(r, 2) + " " + _d(r, 3) + " " + _d(r, 2) + " " + _d(r, 2),
               lambda s: "0" + s),
        "SE": ("46", lambda: "70 " + _d(r, 3) + " " + _d(r, 2) + " " + _d(r, 2), lambda s: "0" + s),
        "IS": ("354", lambda: r.choice("678") + _d(r, 2) + " " + _d(r, 4), lambda s: s),
        "HU": ("36", lambda: r.choice(["20", "30", "70"]) + " " + _d(r, 3) + " " + _d(r, 4),
               lambda s: "06 " + s),
        "RO": ("40", lambda: "7" + _d(r, 2) + " " + _d(r, 3) + " " + _d(r, 3), lambda s: "0" + s),
        "EG": ("20", lambda: "1" + r.choice("0125") + " " + _d(r, 4) + " " + _d(r, 4), lambda s: "0" + s),
        "MA": ("212", lambda: "6" + _d(r, 2) + "-" + _d(r, 6), lambda s: "0" + s),
        "IR": ("98", lambda: "912 " + _d(r, 3) + " " + _d(r, 4), lambda s: "0" + s),
        "IL": ("972", lambda: "5" + r.choice("0234") + "-" + _d(r, 3) + "-" + _d(r, 4), lambda s: "0" + s),
        "IN": ("91", lambda: r.choice("6789") + _d(r, 4) + " " + _d(r, 5), lambda s: "0" + s),
        "PK": ("92", lambda: "3" + _d(r, 2) + " " + _d(r, 7), lambda s: "0" + s),
        "BD": ("880", lambda: "1" + r.choice("3789") + _d(r, 2) + "-" + _d(r, 6), lambda s: "0" + s),
        "CN": ("86", lambda: "1" + r.choice("3589") + _d(r, 1) + " " + _d(r, 4) + " " + _d(r, 4),
               lambda s: s),
        "HK": ("852", lambda: r.choice("5679") + _d(r, 3) + " " + _d(r, 4), lambda s: s),
        "JP": ("81", lambda: r.choice(["90", "80", "70"]) + "-" + _d(r, 4) + "-" + _d(r, 4), lambda s: "0" + s),
        "KR": ("82", lambda: "10-" + _d(r, 4) + "-" + _d(r, 4), lambda s: "0" + s),
        "VN": ("84", lambda: r.choice(["90", "91", "98"]) + _d(r, 1) + " " + _d(r, 3) + " " + _d(r, 3),
               lambda s: "0" + s),
        "TH": ("66", lambda: r.choice("689") + " " + _d(r, 4) + " " + _d(r, 4), lambda s: "0" + s),
        "ID": ("62", lambda: "8" + _d(r, 2) + "-" + _d(r, 4) + "-" + _d(r, 4), lambda s: "0" + s),
        "PH": ("63", lambda: "9" + _d(r, 2) + " " + _d(r, 3) + " " + _d(r, 4), lambda s: "0" + s),
        "NG": ("234", lambda: r.choice(["803", "806", "813", "905"]) + " " + _d(r, 3) + " " + _d(r, 4),
               lambda s: "0" + s),
        "KE": ("254", lambda: "7" + _d(r, 2) + " " + _d(r, 6), lambda s: "0" + s),
        "ET": ("251", lambda: "91 " + _d(r, 3) + " " + _d(r, 4), lambda s: "0" + s),
        "ZA": ("27", lambda: r.choice(["82", "83", "72"]) + " " + _d(r, 3) + " " + _d(r, 4), lambda s: "0" + s),
        "AU": ("61", lambda: "491 57" + _d(r, 1) + " " + _d(r, 3), lambda s: "0" + s),
    }
    code, sub, nat = plans[cc]
    s = sub()
    if style == "intl":
        return f"+{code} {s}"
    if style == "nat":
        return nat(s)
    if style == "00":
        return f"00{code} {s}"
    if style == "bare":
        return code + re.sub(r"\D", "", s)
    return "+" + code + re.sub(r"\D", "", s)


# ---------------------------------------------------------------------------------------------------------
# numbers

def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def _luhn_complete(prefix: str, length: int, rng) -> str:
    body = prefix + _d(rng, length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(rng, style: str | None = None) -> str:
    brand = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb"])
    if brand == "visa":
        num = _luhn_complete("4", 16, rng)
    elif brand == "mc":
        num = _luhn_complete(str(rng.randint(51, 55)), 16, rng)
    elif brand == "mc2":
        num = _luhn_complete(str(rng.randint(2221, 2720)), 16, rng)
    elif brand == "amex":
        num = _luhn_complete(rng.choice(["34", "37"]), 15, rng)
    elif brand == "disc":
        num = _luhn_complete("6011", 16, rng)
    else:
        num = _luhn_complete("35" + str(rng.randint(28, 89)), 16, rng)
    style = style or rng.choice(["plain", "plain", "space", "dash"])
    if style == "plain":
        return num
    sep = " " if style == "space" else "-"
    if len(num) == 15:
        return num[:4] + sep + num[4:10] + sep + num[10:]
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def ssn_valid(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g != 0 and n != 0


def ssn(rng, style: str | None = None) -> str:
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    s = f"{a:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
    style = style or rng.choice(["dash", "dash", "bare", "space"])
    if style == "bare":
        return s
    sep = "-" if style == "dash" else " "
    return s[:3] + sep + s[3:5] + sep + s[5:]


def ip4(rng) -> str:
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


def ip6(rng) -> str:
    h = [f"{rng.randrange(1, 65536):x}" for _ in range(4)]
    if rng.random() < 0.5:
        return f"2001:db8:{h[0]}:{h[1]}::{h[2]}"
    return f"2001:db8:{h[0]}:{h[1]}:{h[2]}:{h[3]}:{rng.randrange(1, 65536):x}:{rng.randrange(1, 65536):x}"


def ip(rng) -> str:
    return ip6(rng) if rng.random() < 0.22 else ip4(rng)


def non_luhn(rng, n: int) -> str:
    while True:
        s = str(rng.randint(1, 9)) + _d(rng, n - 1)
        if not luhn_ok(s):
            return s


def hexid(rng, n: int = 8) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid(rng) -> str:
    h = hexid(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def ts_iso(rng, z: bool = True, ms: bool = True) -> str:
    s = (f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:"
         f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}")
    if ms:
        s += f".{rng.randint(0, 999):03d}"
    return s + ("Z" if z else "+01:00")


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def ts_sys(rng) -> str:
    return f"{rng.choice(MONTHS)} {rng.randint(1, 28):2d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:" \
           f"{rng.randint(0, 59):02d}"


def ts_sp(rng) -> str:
    return (f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:"
            f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}")


def hhmm(rng) -> str:
    return f"{rng.randint(5, 23):02d}:{rng.randint(0, 59):02d}"


def date(rng) -> str:
    return f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}"


def plate(rng) -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    k = rng.randrange(6)
    c = lambda n: "".join(rng.choice(L) for _ in range(n))
    if k == 0:
        return f"{c(2)}{rng.randint(10, 99)} {c(3)}"           # GB
    if k == 1:
        return f"B-{c(2)} {rng.randint(100, 9999)}"            # DE
    if k == 2:
        return f"{c(2)}-{rng.randint(100, 999)}-{c(2)}"       # FR
    if k == 3:
        return f"{rng.randint(1000, 9999)} {c(3)}"             # ES
    if k == 4:
        return f"T{rng.randint(100000, 799999)}C"              # NYC TLC style
    return f"{c(3)}-{rng.randint(1000, 9999)}"                 # US


# ---------------------------------------------------------------------------------------------------------
# decoys: no person in them

STATIONS = [
    "Frederick Douglass Blvd & W 129 St", "Martin Luther King Jr Way", "Jean Jaurès", "Charles de Gaulle - Étoile",
    "Rosa-Luxemburg-Platz", "Ernst-Reuter-Platz", "Karl-Marx-Straße", "Piazza Garibaldi", "Simón Bolívar",
    "Victoria", "Lincoln Center", "Franklin Av", "Kennedy Plaza", "George Square", "Queen Street",
    "Roosevelt Island", "Plac Wilsona", "Václavské náměstí", "Bolívar", "Washington Sq", "Adelaide St",
    "Madison Av & E 42 St", "Jefferson Park", "Gare Saint-Lazare", "Marie-Curie-Straße", "Largo Augusto",
    "Praça Marechal Deodoro", "Teodoro Sampaio", "Atatürk Bulvarı", "Rembrandtplein", "Mozartplatz",
    "Sankt Georgen", "Kossuth Lajos tér", "Avenida Insurgentes", "Pershing Square", "Nelson Mandela Blvd",
    "Gandhi Nagar", "Elisabethplatz", "Shakespeare Ave", "Wilhelmina Gasthuis", "Kaiser-Wilhelm-Ring",
]
COMPANIES = [
    "Hertz Corporation", "Addison Lee", "Ford Smart Mobility", "Gebr. Oberhauser Taxi GmbH",
    "Nkemelu Transport Ltd", "Cabrera Shuttle Services SL", "Van Houten Vervoer BV", "Kowalczyk Trans Sp. z o.o.",
    "Bolt Operations OÜ", "Marchetti Noleggio SRL", "Okeke & Daughters Logistics", "Sung Won Mobility Co.",
    "DiMaggio Limousine LLC", "Transdev", "Keolis", "FirstGroup", "Abellio", "Arriva",
]
PRODUCTS = [
    "CharlieCard", "Oyster", "Clipper", "Ventra", "Opal", "Presto", "Navigo Easy", "OV-chipkaart", "Suica",
    "Octopus", "Leap Card", "Deutschlandticket", "Monthly Pass Zone 1-2", "Day Pass", "Senior Reduced Fare",
    "Student Semester Pass", "Citi Bike Annual", "Vélib' V-Max", "Jelbi", "Bike Angel", "Plus 30",
]
CODE_NAMES = ["Project Atlas", "Matchmaker v3", "Ellis dispatcher", "Orion router", "Sherlock fraud graph",
              "Hermes notifier", "Athena ETA model", "Penny pricing", "Watson (IBM) NLU"]
SVC = ["svc-dispatch", "dispatch-bot", "mdt-gw", "root", "SYSTEM", "onboarding-automation", "bgcheck-webhook",
       "rebalance-planner", "fleet-ops-bot", "kiosk07", "KIOSK-12", "svc_farecard", "cardprint-spool",
       "inspection-sync", "paratransit-ivr", "scheduler-batch", "microtransit-api", "pool-matcher",
       "safety-rules-engine", "trust-automod", "zendesk-macro-runner", "support-bot", "autoload-svc",
       "carshare-box-gw", "iot-ingest", "juicer-payouts", "mds-publisher", "TRAPEZE_BATCH", "PARAADMIN"]
STATUS = ["ACCEPTED", "EN_ROUTE", "ARRIVED", "ON_TRIP", "COMPLETED", "CANCELLED_BY_SYSTEM", "NO_DRIVERS",
          "Pending", "Active", "Suspended", "Expired", "Validated", "Rejected", "Queued", "Retrying", "OK"]
UI = {
    "en": ["Trip completed", "Your driver is arriving", "Tap card on reader", "Ride ended - park safely"],
    "de": ["Fahrt beendet", "Ihr Fahrer ist gleich da", "Bitte Karte an das Lesegerät halten",
           "Fahrschein ungültig"],
    "fr": ["Course terminée", "Votre chauffeur arrive", "Titre de transport validé", "Trajet annulé"],
    "es": ["Viaje finalizado", "Tu conductor está llegando", "Tarjeta no válida", "Saldo insuficiente"],
    "it": ["Corsa terminata", "Il tuo autista sta arrivando", "Biglietto convalidato", "Titolo scaduto"],
    "pt": ["Viagem concluída", "Seu motorista está chegando", "Bilhete validado", "Saldo insuficiente"],
    "nl": ["Rit beëindigd", "Je chauffeur komt eraan", "Inchecken gelukt", "Saldo te laag"],
    "pl": ["Przejazd zakończony", "Kierowca jest w drodze", "Bilet skasowany", "Brak środków"],
    "tr": ["Yolculuk tamamlandı", "Sürücünüz geliyor", "Kart okutuldu", "Yetersiz bakiye"],
    "ja": ["乗車が完了しました", "ドライバーが到着します", "カードをタッチしてください", "残高不足です"],
    "zh": ["行程已结束", "司机即将到达", "请刷卡", "余额不足"],
    "ko": ["운행이 완료되었습니다", "기사님이 도착합니다", "카드를 태그하세요", "잔액이 부족합니다"],
    "ru": ["Поездка завершена", "Водитель подъезжает", "Проездной недействителен", "Недостаточно средств"],
    "ar": ["انتهت الرحلة", "السائق في الطريق", "البطاقة غير صالحة", "الرصيد غير كافٍ"],
    "sv": ["Resan avslutad", "Din förare är på väg", "Biljett giltig", "Otillräckligt saldo"],
    "cs": ["Jízda ukončena", "Řidič je na cestě", "Jízdenka označena", "Nedostatečný zůstatek"],
}
CITIES = ["Lyon", "Saint-Étienne", "San José", "Victoria, BC", "Florence", "Charlotte, NC", "Eugene, OR",
          "Madison, WI", "Regina, SK", "Sofia", "Adelaide", "Augusta", "Georgetown", "Santa Clara",
          "Valencia", "Porto", "Kraków", "Brno", "Rotterdam", "Marseille", "Bologna", "Graz"]


def _decoy_words() -> set[str]:
    words: set[str] = set()
    for lst in (STATIONS, COMPANIES, PRODUCTS, CODE_NAMES, CITIES):
        for item in lst:
            for w in re.split(r"[\s\-,.&()/']+", item):
                if w:
                    words.add(fold(w).lower())
    return words


DECOY_WORDS = _decoy_words()


# ---------------------------------------------------------------------------------------------------------
# context


class NegDraw(Exception):
    pass


class Ctx:
    def __init__(self, rng, neg: bool) -> None:
        self.rng = rng
        self.neg = neg
        self.people: list[Person] = []
        self.accts: list[str] = []
        self._trads = list(WEIGHTS)
        self._w = [WEIGHTS[k] for k in self._trads]

    # people
    def per(self, trad: str | None = None, native: bool = False) -> Person:
        if self.neg:
            raise NegDraw("negative records draw no person")
        r = self.rng
        for _ in range(200):
            if native or (trad is None and r.random() < 0.05):
                nat = r.choice([n for n in NATIVE if trad is None or n[0] == trad])
                p = Person(r, nat[0], nat)
            else:
                p = Person(r, trad or r.choices(self._trads, self._w)[0])
            if any(fold(w).lower() in DECOY_WORDS for w in p.words()):
                continue
            seen = {slug(x) for q in self.people for x in q.words()}
            if any(slug(w) in seen for w in p.words()):
                continue
            self.people.append(p)
            return p
        raise AssertionError("could not draw a person")

    def acct(self, p: Person, style: str | None = None) -> str:
        r = self.rng
        g, f = p.ag, p.af
        style = style or r.choice(["first.last", "flast", "firstl", "first_last", "firstlast", "f.last", "lastf",
                                   "flast9", "first.last9", "first9", "handle"])
        if style == "handle":
            a = r.choice(HANDLES)
            if a in self.accts:
                a = a + str(r.randint(2, 9))
        else:
            a = {"first.last": f"{g}.{f}", "flast": f"{g[0]}{f}", "firstl": f"{g}{f[0]}",
                 "first_last": f"{g}_{f}", "firstlast": f"{g}{f}", "f.last": f"{g[0]}.{f}", "lastf": f"{f}{g[0]}",
                 "flast9": f"{g[0]}{f}{r.randint(1, 99)}", "first.last9": f"{g}.{f}{r.randint(1, 9)}",
                 "first9": f"{g}{r.randint(10, 999)}"}[style]
        self.accts.append(a)
        return a

    def email(self, p: Person, domain: str | None = None) -> str:
        r = self.rng
        g, f = p.ag, p.af
        local = r.choice([f"{g}.{f}", f"{g[0]}{f}", f"{g}{f[0]}", f"{g}_{f}{r.randint(1, 99)}", f"{g}{r.randint(1, 99)}",
                          f"{f}.{g}", f"{g}.{f}+rides"])
        domain = domain or r.choice(["example.com", "example.org", "example.net", "mail.example", "inbox.example",
                                     "post.example", "webmail.example", "correo.example", "posteo.example"])
        return f"{local}@{domain}"

    def phone(self, p: Person | str, style: str | None = None) -> str:
        cc = p.cc if isinstance(p, Person) else p
        return phone(self.rng, cc, style)

    # shortcuts
    def ip(self) -> str:
        return ip(self.rng)

    def ip4(self) -> str:
        return ip4(self.rng)

    def ssn(self, style=None) -> str:
        return ssn(self.rng, style)

    def card(self, style=None) -> str:
        return card(self.rng, style)

    def c(self, seq):
        return self.rng.choice(seq)

    def ri(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def pr(self, x: float) -> bool:
        return self.rng.random() < x

    def hx(self, n: int = 8) -> str:
        return hexid(self.rng, n)


# ---------------------------------------------------------------------------------------------------------
# verification

EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+$")
EMAIL_ANY = re.compile(r"[A-Za-z0-9._%+\-]+(@|%40|%2540)[A-Za-z0-9\-]+\.[A-Za-z]{2,}")
IP4_ANY = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]|\.\d)")
IP6_ANY = re.compile(r"(?<![0-9A-Za-z:])(?:[0-9a-fA-F]{1,4}:){2,7}:?[0-9a-fA-F]{0,4}(?:::?[0-9a-fA-F]{1,4})*")
CARD_ANY = re.compile(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)")
SSN_ANY = re.compile(r"(?<!\d)(\d{3})([- ])(\d{2})\2(\d{4})(?!\d)")
E164_ANY = re.compile(r"(\+|%2B)\d[\d \-]{7,16}\d")


def check_value(typ: str, raw: str) -> None:
    if typ == "EMAIL":
        assert EMAIL_RE.match(raw), raw
    elif typ == "IP_ADDRESS":
        ipaddress.ip_address(raw)
    elif typ == "SSN":
        assert ssn_valid(raw) or re.fullmatch(r"\d{4}", raw), raw
    elif typ == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", raw)
        assert d.isdigit() and luhn_ok(d) and len(d) in (15, 16), raw
    elif typ == "PHONE":
        d = re.sub(r"\D", "", raw)
        assert 7 <= len(d) <= 15 and re.fullmatch(r"\+?[\d ()\-.]+", raw), raw
    elif typ == "NAME":
        assert any(ch.isalpha() for ch in raw) and "@" not in raw, raw
    else:
        raise AssertionError(typ)


def _inside(spans, s: int, e: int, types=("NAME", "EMAIL")) -> bool:
    return any(a <= s and e <= b and t in types for a, b, t, _, _ in spans)


def lw(s: str) -> str:
    """Lower-case without changing the length (Turkish dotted I)."""
    return "".join(ch.lower()[0] for ch in s)


def leaks(text: str, spans, ctx: Ctx) -> list[str]:
    """Problems with a record: detectable values or drawn-person words outside the spans."""
    bad = []
    for m in EMAIL_ANY.finditer(text):
        if not _inside(spans, m.start(), m.end(), ("EMAIL",)):
            bad.append("email " + m.group(0))
    for m in IP4_ANY.finditer(text):
        if all(int(x) <= 255 for x in m.groups()) and not _inside(spans, m.start(), m.end(), ("IP_ADDRESS",)):
            bad.append("ip " + m.group(0))
    for m in IP6_ANY.finditer(text):
        v = m.group(0)
        try:
            ipaddress.IPv6Address(v)
        except ValueError:
            continue
        if not _inside(spans, m.start(), m.end(), ("IP_ADDRESS",)):
            bad.append("ip6 " + v)
    for m in CARD_ANY.finditer(text):
        d = re.sub(r"\D", "", m.group(0))
        if 13 <= len(d) <= 19 and luhn_ok(d) and \
                not _inside(spans, m.start(), m.end(), ("CREDIT_CARD", "PHONE", "SSN")):
            bad.append("card " + m.group(0))
    for m in SSN_ANY.finditer(text):
        if ssn_valid(m.group(0)) and not _inside(spans, m.start(), m.end(), ("SSN", "PHONE", "CREDIT_CARD")):
            bad.append("ssn " + m.group(0))
    for m in E164_ANY.finditer(text):
        if not _inside(spans, m.start(), m.end(), ("PHONE",)):
            bad.append("phone " + m.group(0))
    low = lw(text)
    ftext = lw("".join((fold(ch) or ch)[0] for ch in text))
    assert len(ftext) == len(text) == len(low)
    words = set()
    for p in ctx.people:
        for w in p.words():
            words.add(w)
    words.update(ctx.accts)
    for w in words:
        if not w.isascii() and not any(ch.isascii() and ch.isalpha() for ch in w) and \
                not any(unicodedata.category(ch).startswith("L") and ord(ch) < 0x250 for ch in w):
            # non-Latin script: substring search
            start = 0
            while True:
                i = text.find(w, start)
                if i < 0:
                    break
                if not _inside(spans, i, i + len(w)):
                    bad.append("name " + w)
                start = i + 1
            continue
        for hay in {low, ftext}:
            for form_ in {lw(w), lw(fold(w))}:
                for m in re.finditer(r"(?<![^\W_])" + re.escape(form_) + r"(?![^\W_])", hay):
                    if not _inside(spans, m.start(), m.end()):
                        bad.append("name " + w)
    return bad


def verify(text: str, spans, neg: bool) -> None:
    last = 0
    for s, e, typ, shown, raw in spans:
        assert 0 <= s < e <= len(text), (s, e)
        assert s >= last, "overlap"
        last = e
        assert text[s:e] == shown, (text[s:e], shown)
        assert shown == shown.strip() and shown, repr(shown)
        check_value(typ, raw)
    if neg:
        assert not spans
    else:
        assert spans
