"""pack_ae core: persons, the segment builder, serialisers, value generators and the verifier.

A record is built as a list of items: plain strings and `Val`s (a labelled value, already rendered
through a chain of encoders). Text and spans come out of the same list, so no value is ever searched
for after the text is built.
"""

from __future__ import annotations

import ast
import ipaddress
import json
import re
import unicodedata
import urllib.parse
import xml.etree.ElementTree as ET

import names as NM

# --------------------------------------------------------------------------- encoders


def _json_body(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def _json_ascii(s):
    return json.dumps(s, ensure_ascii=True)[1:-1]


def _xml(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _pyq(s):
    return s.replace("\\", "\\\\").replace("'", "\\'")


def _dq(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


def _csvq(s):
    return s.replace('"', '""')


def _pct(s):
    return urllib.parse.quote(s, safe="")


def _pct_keep(s):
    return urllib.parse.quote(s, safe="@.-_~")


def _form(s):
    return urllib.parse.quote_plus(s, safe="")


ENC = {"json": _json_body, "jsonu": _json_ascii, "xml": _xml, "pyq": _pyq, "dq": _dq, "csv": _csvq,
       "pct": _pct, "pctk": _pct_keep, "form": _form}


class Val:
    __slots__ = ("chain", "raw", "text", "typ")

    def __init__(self, raw, typ, text=None, chain=()):
        self.raw, self.typ = raw, typ
        self.text = raw if text is None else text
        self.chain = tuple(chain)

    def enc(self, name):
        return Val(self.raw, self.typ, ENC[name](self.text), self.chain + (name,))

    def __repr__(self):
        return f"Val({self.text!r}, {self.typ})"


class Rich(list):
    """A string made of several items (plain text and Vals), e.g. a note naming a person."""


def rich(*items):
    return Rich(flat(items))


def flat(items):
    out = []
    for it in items:
        if it is None:
            continue
        if isinstance(it, (list, tuple)) and not isinstance(it, Val):
            out.extend(flat(it))
        else:
            out.append(it)
    return out


def enc(items, name):
    """Apply a char-local encoder to every item (plain text and values alike)."""
    out = []
    for it in flat([items]):
        out.append(it.enc(name) if isinstance(it, Val) else ENC[name](it))
    return out


def plain(items):
    return "".join(it.text if isinstance(it, Val) else it for it in flat([items]))


def N(x):
    return Val(x, "NAME")


def E(x):
    return Val(x, "EMAIL")


def P(x):
    return Val(x, "PHONE")


def IP(x):
    return Val(x, "IP_ADDRESS")


def SSN(x):
    return Val(x, "SSN")


def CC(x):
    return Val(x, "CREDIT_CARD")


def upper_items(items):
    out = []
    for it in flat([items]):
        if isinstance(it, Val):
            out.append(Val(it.raw.upper(), it.typ))
        else:
            out.append(it.upper())
    return out


# --------------------------------------------------------------------------- record builder


class NegativeDraw(Exception):
    pass


class R:
    def __init__(self, rng, neg):
        self.rng, self.neg = rng, neg
        self.items = []
        self.persons = []

    def t(self, *items):
        self.items.extend(flat(items))
        return self

    def person(self, **kw):
        if self.neg:
            raise NegativeDraw("negative record drew a person")
        p = make_person(self.rng, **kw)
        self.persons.append(p)
        return p

    def build(self):
        text, spans, vals, pos = [], [], [], 0
        for it in self.items:
            if isinstance(it, Val):
                spans.append([pos, pos + len(it.text), it.typ])
                vals.append(it)
                s = it.text
            else:
                s = it
            text.append(s)
            pos += len(s)
        return "".join(text), spans, vals


# --------------------------------------------------------------------------- serialisers


def jdoc(obj, indent=None, ascii_=False, seps=None, check=True):
    """JSON with Vals and Rich strings inside. Returns items."""
    e = "jsonu" if ascii_ else "json"
    item_sep, kv_sep = seps or ((", ", ": ") if indent is None else (",", ": "))
    out = []

    def s_items(v):
        out.append('"')
        out.extend(enc(v, e))
        out.append('"')

    def walk(v, lvl):
        nl = "\n" + " " * (indent * (lvl + 1)) if indent is not None else ""
        end = "\n" + " " * (indent * lvl) if indent is not None else ""
        if isinstance(v, dict):
            if not v:
                out.append("{}")
                return
            out.append("{")
            for i, (k, x) in enumerate(v.items()):
                out.append((item_sep if i else "") + nl + json.dumps(k, ensure_ascii=ascii_) + kv_sep)
                walk(x, lvl + 1)
            out.append(end + "}")
        elif isinstance(v, Rich) or isinstance(v, (str, Val)):
            s_items(v)
        elif isinstance(v, list):
            if not v:
                out.append("[]")
                return
            out.append("[")
            for i, x in enumerate(v):
                out.append((item_sep if i else "") + nl)
                walk(x, lvl + 1)
            out.append(end + "]")
        else:
            out.append(json.dumps(v))

    walk(obj, 0)
    if check:
        json.loads(plain(out))
    return out


class X:
    def __init__(self, tag, attrs=None, *children):
        self.tag, self.attrs, self.children = tag, attrs or [], list(children)


def xdoc(x, indent=2, decl=True, check=True):
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n'] if decl else []

    def walk(n, lvl):
        pad = " " * (indent * lvl) if indent else ""
        out.append(pad + "<" + n.tag)
        for k, v in n.attrs:
            out.append(f' {k}="')
            out.extend(enc(v, "xml"))
            out.append('"')
        kids = n.children
        if not kids:
            out.append("/>")
        elif all(not isinstance(c, X) for c in kids):
            out.append(">")
            out.extend(enc(kids, "xml"))
            out.append(f"</{n.tag}>")
        else:
            out.append(">")
            for c in kids:
                if indent:
                    out.append("\n")
                walk(c, lvl + 1)
            out.append(("\n" + pad if indent else "") + f"</{n.tag}>")

    walk(x, 0)
    if check:
        ET.fromstring(plain(out).split("?>", 1)[-1] if decl else plain(out))
    return out


class Obj:
    """An object dump: style py | java | kotlin | ruby | pydict."""

    def __init__(self, cls, fields, style="py"):
        self.cls, self.fields, self.style = cls, fields, style


def odump(o, check=True):
    out = []

    def val(v, style):
        if isinstance(v, Obj):
            walk(v)
        elif isinstance(v, dict):
            out.append("{")
            for i, (k, x) in enumerate(v.items()):
                out.append((", " if i else "") + repr(k) + ": ")
                val(x, "py")
            out.append("}")
        elif isinstance(v, (list, tuple)) and not isinstance(v, Rich):
            out.append("[")
            for i, x in enumerate(v):
                out.append(", " if i else "")
                val(x, style)
            out.append("]")
        elif isinstance(v, (str, Val, Rich)):
            if style in ("py", "pydict"):
                out.append("'")
                out.extend(enc(v, "pyq"))
                out.append("'")
            elif style == "java":
                out.append("'")
                out.extend(flat([v]))
                out.append("'")
            elif style == "kotlin":
                out.extend(flat([v]))
            else:  # ruby
                out.append('"')
                out.extend(enc(v, "dq"))
                out.append('"')
        elif v is None:
            out.append({"py": "None", "pydict": "None", "java": "null", "kotlin": "null", "ruby": "nil"}[style])
        elif isinstance(v, bool):
            out.append({"py": str(v), "pydict": str(v)}.get(style, str(v).lower()))
        else:
            out.append(str(v))

    def walk(o):
        st = o.style
        if st == "ruby":
            out.append(f"#<{o.cls}")
            for i, (k, v) in enumerate(o.fields):
                out.append((", " if i else " ") + f"{k}: ")
                val(v, st)
            out.append(">")
            return
        op, cl, kv = {"py": ("(", ")", "="), "java": ("{", "}", "="), "kotlin": ("(", ")", "=")}[st]
        out.append(o.cls + op)
        for i, (k, v) in enumerate(o.fields):
            out.append((", " if i else "") + f"{k}{kv}")
            val(v, st)
        out.append(cl)

    if isinstance(o, dict):
        val(o, "py")
    else:
        walk(o)
    if check and (isinstance(o, dict) or o.style == "py"):
        ast.parse(plain(out))
    return out


def csv_row(cells, sep=",", quote="auto"):
    out = []
    for i, c in enumerate(cells):
        if i:
            out.append(sep)
        s = plain(c)
        need = quote == "all" or (quote == "auto" and (sep in s or '"' in s or "," in s))
        if need:
            out.append('"')
            out.extend(enc(c, "csv"))
            out.append('"')
        else:
            out.extend(flat([c]))
    return out


def pad(items, width, right=False):
    s = plain(items)
    fill = " " * max(1, width - len(s))
    return flat([fill, items]) if right else flat([items, fill])


def box_table(headers, rows):
    widths = [max(len(plain(h)), *(len(plain(r[i])) for r in rows)) for i, h in enumerate(headers)]
    line = "+" + "+".join("-" * (w + 2) for w in widths) + "+\n"
    out = [line]

    def row(cells):
        res = ["|"]
        for c, w in zip(cells, widths):
            res.extend([" ", c, " " * (w - len(plain(c))) + " |"])
        return res + ["\n"]

    out += row(headers) + [line]
    for r in rows:
        out += row(r)
    out.append(line.rstrip("\n"))
    return flat(out)


# --------------------------------------------------------------------------- persons

PARTICLES = {"van", "der", "den", "de", "la", "du", "le", "da", "dos", "das", "von", "zu", "ter", "'t", "di",
             "lo", "della", "bin", "binti", "al", "el", "abou", "abdel", "ben", "y", "ó", "ní", "nic", "te",
             "dela", "mac", "d'", "del", "e"}

FOLD = str.maketrans({"ø": "o", "Ø": "O", "ß": "ss", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "æ": "ae",
                      "Æ": "AE", "ı": "i", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "œ": "oe", "Œ": "OE"})


def fold(s):
    s = s.translate(FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _split(s):
    return [w.replace("_", " ") for w in s.split()]


def _is_genitive_base(g):
    return g[:-2] if g.endswith("ur") else g


class Person:
    def __init__(self, trad, sex, given, family, country, order="gf", middle=None, native=None):
        self.trad, self.sex, self.given, self.family = trad, sex, given, family
        self.country, self.order, self.middle, self.native = country, order, middle, native
        self.pref_native = False

    # display forms
    def full(self, native=None, mid=False):
        if native is None:
            native = self.pref_native
        if native and self.native:
            g, f = self.native
            if self.trad in ("jp", "cn", "hk", "kr"):
                return f + g if self.trad != "kr" else f + g
            return f"{g} {f}"
        g = f"{self.given} {self.middle}" if (mid and self.middle) else self.given
        return f"{self.family} {g}" if self.order == "fg" else f"{g} {self.family}"

    def gf(self):
        return f"{self.given} {self.family}"

    def fg(self):
        return f"{self.family} {self.given}"

    def lf(self):
        return f"{self.family}, {self.given}"

    def gi_f(self):
        return f"{self.given[0]}. {self.family}"

    def f_gi(self):
        return f"{self.family} {self.given[0]}."

    def sg(self, sep="/"):
        return f"{fold(self.family).upper().replace(' ', '')}{sep}{fold(self.given).upper().replace(' ', '')}"

    def a_given(self):
        return re.sub(r"[^a-z]", "", fold(self.given.split()[0]).lower())

    def a_family(self):
        fam = re.sub(r"^(bin|binti) ", "", self.family)
        return re.sub(r"[^a-z]", "", fold(fam).lower())

    def login(self, rng, style=None):
        g, f = self.a_given(), self.a_family()
        style = style or rng.choice(["first.last", "flast", "firstl", "first_last", "firstlast", "lastf",
                                     "f.last", "first.last2", "flast2", "first_last2"])
        d = str(rng.randint(1, 99))
        base = {"first.last": f"{g}.{f}", "flast": g[0] + f, "firstl": g + f[0], "first_last": f"{g}_{f}",
                "firstlast": g + f, "lastf": f + g[0], "f.last": f"{g[0]}.{f}", "first.last2": f"{g}.{f}{d}",
                "flast2": g[0] + f + d, "first_last2": f"{g}_{f}{d}"}[style]
        return base

    def email(self, rng, domain=None):
        return f"{self.login(rng, rng.choice(['first.last', 'flast', 'f.last', 'firstl', 'first_last']))}@" \
               f"{domain or rng.choice(PERSON_DOMAINS)}"

    def words(self):
        ws = set()
        for part in (self.given, self.family, self.middle or ""):
            for w in re.split(r"[\s\-]+", part):
                w = w.strip("'")
                if len(w) >= 2 and w.lower() not in PARTICLES:
                    ws.add(w)
                    if "'" in w:
                        ws.update(x for x in w.split("'") if len(x) >= 3)
        if self.native:
            ws.update(x for x in self.native if x)
        return ws


TRADS = list(NM.TRADITIONS)


def make_person(rng, trad=None, native_p=0.05, sex=None, middle_p=0.0, trads=None):
    if trad is None and rng.random() < native_p:
        tr, gn, fn, gr, fr, sx = rng.choice(NM.NATIVE)
        region, country, order = NM.TRADITIONS[tr][:3]
        order = order if tr not in ("cn", "jp", "kr") else rng.choice(["fg", "gf"])
        p = Person(tr, sx, gr, fr, country, order, native=(gn, fn))
        p.pref_native = rng.random() < 0.6
        return p
    tr = trad or rng.choice(trads or TRADS)
    region, country, order, gm, gf, fs = NM.TRADITIONS[tr]
    sx = sex or rng.choice("mf")
    given = rng.choice(_split(gm if sx == "m" else gf))
    if fs == "PATRONYMIC":
        father = _is_genitive_base(rng.choice(_split(NM.TRADITIONS[tr][3])))
        family = father + ("sson" if sx == "m" and not father.endswith("s") else "son" if sx == "m" else
                           "sdóttir" if not father.endswith("s") else "dóttir")
    elif fs == "MALAY":
        father = rng.choice([x for x in _split(NM.TRADITIONS[tr][3]) if x != given])
        family = ("bin " if sx == "m" else "binti ") + father
    else:
        family = rng.choice(_split(fs))
        if "|" in family:
            m, f = family.split("|")
            family = m if sx == "m" else f
    if tr in ("cn", "jp", "kr"):
        order = rng.choice(["fg", "gf"])
    middle = None
    if rng.random() < middle_p:
        middle = rng.choice(_split(gm if sx == "m" else gf))
        if middle == given:
            middle = None
    return Person(tr, sx, given, family, country, order, middle)


# --------------------------------------------------------------------------- value generators

PERSON_DOMAINS = ["example.com", "example.org", "example.net", "mail.example", "post.example.de",
                  "talent.example", "crewmail.example", "studio.example.co.uk", "correo.example.es",
                  "agency.example", "press.example.fr", "inbox.example.jp"]

PHONE_PLANS = {
    # country: (dial code, pattern of the national significant number, trunk prefix or None)
    "US": ("1", "AAA-555-01##", "1"), "CA": ("1", "BBB-555-01##", "1"), "JM": ("1", "876-555-01##", "1"),
    "GB": ("44", "7700 900###", "0"), "IE": ("353", "87 ### ####", "0"), "DE": ("49", "15# #######", "0"),
    "AT": ("43", "664 #######", "0"), "NL": ("31", "6 ########", "0"), "BE": ("32", "4## ## ## ##", "0"),
    "FR": ("33", "6 ## ## ## ##", "0"), "ES": ("34", "6## ### ###", None), "PT": ("351", "91# ### ###", None),
    "IT": ("39", "3## ### ####", None), "SE": ("46", "70 ### ## ##", "0"), "NO": ("47", "9## ## ###", None),
    "DK": ("45", "2# ## ## ##", None), "FI": ("358", "40 ### ####", "0"), "IS": ("354", "6## ####", None),
    "PL": ("48", "5## ### ###", None), "CZ": ("420", "6## ### ###", None), "HU": ("36", "30 ### ####", "06"),
    "RO": ("40", "7## ### ###", "0"), "HR": ("385", "91 ### ####", "0"), "RS": ("381", "6# ### ####", "0"),
    "RU": ("7", "9## ###-##-##", "8"), "UA": ("380", "67 ### ## ##", "0"), "GR": ("30", "69# ### ####", None),
    "TR": ("90", "5## ### ## ##", "0"), "GE": ("995", "5## ## ## ##", None), "AM": ("374", "9# ######", "0"),
    "EG": ("20", "10 #### ####", "0"), "MA": ("212", "6## ######", "0"), "IR": ("98", "912 ### ####", "0"),
    "IL": ("972", "5#-###-####", "0"), "IN": ("91", "98### #####", "0"), "BD": ("880", "17## ######", "0"),
    "PK": ("92", "3## #######", "0"), "LK": ("94", "7# ### ####", "0"), "CN": ("86", "13# #### ####", None),
    "HK": ("852", "9### ####", None), "JP": ("81", "90-####-####", "0"), "KR": ("82", "10-####-####", "0"),
    "VN": ("84", "9# ### ## ##", "0"), "TH": ("66", "8#-###-####", "0"), "PH": ("63", "917 ### ####", "0"),
    "ID": ("62", "812-####-####", "0"), "MY": ("60", "12-### ####", "0"), "NG": ("234", "803 ### ####", "0"),
    "GH": ("233", "24 ### ####", "0"), "SN": ("221", "77 ### ## ##", None), "KE": ("254", "7## ######", "0"),
    "ET": ("251", "91 ### ####", "0"), "ZA": ("27", "82 ### ####", "0"), "MX": ("52", "55 #### ####", None),
    "AR": ("54", "9 11 ####-####", None), "CO": ("57", "3## ### ####", None), "BR": ("55", "11 9####-####", "0"),
    "AU": ("61", "491 57# ###", "0"), "NZ": ("64", "21 ### ####", "0"),
}
US_AREAS = ["212", "213", "310", "323", "404", "615", "512", "917", "818", "702", "504", "305"]
CA_AREAS = ["416", "514", "604", "403"]


def phone(rng, country="US", style=None):
    dial, pat, trunk = PHONE_PLANS.get(country, PHONE_PLANS["US"])
    pat = pat.replace("AAA", rng.choice(US_AREAS)).replace("BBB", rng.choice(CA_AREAS))
    nsn = "".join(str(rng.randint(0, 9)) if c == "#" else c for c in pat)
    style = style or rng.choice(["intl", "intl", "e164", "national", "00"])
    digits = re.sub(r"\D", "", nsn)
    if style == "e164":
        return "+" + dial + digits
    if style == "00":
        return "00" + dial + " " + nsn
    if style == "national" and trunk is not None:
        if dial == "1":
            a, b, c = nsn.split("-")
            return rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}"])
        if country == "BR":
            a, b = nsn.split(" ", 1)
            return f"({a}) {b}"
        return trunk + nsn
    if dial == "1":
        return "+1 " + nsn
    return "+" + dial + " " + nsn


def phone_ok(s):
    d = re.sub(r"\D", "", urllib.parse.unquote(s))
    return 7 <= len(d) <= 15 and re.fullmatch(r"[+\d(][\d\s().\-]*", urllib.parse.unquote(s)) is not None


def ssn(rng, style="dash"):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    sep = {"dash": "-", "bare": "", "space": " "}[style]
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def ssn_ok(s):
    d = re.sub(r"[\s-]", "", s)
    if re.fullmatch(r"\d{4}", d):
        return True
    if not re.fullmatch(r"\d{9}", d):
        return False
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and n > 0


def luhn_ok(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def card(rng, kind=None, sep=None):
    kind = kind or rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    pre, ln = {"visa": ("4", 16), "mc": (str(rng.randint(51, 55)), 16), "mc2": (str(rng.randint(2221, 2720)), 16),
               "amex": (rng.choice(["34", "37"]), 15), "disc": ("6011", 16)}[kind]
    body = pre + "".join(str(rng.randint(0, 9)) for _ in range(ln - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            body += c
            break
    sep = rng.choice(["", " ", "-"]) if sep is None else sep
    if ln == 15:
        return sep.join([body[:4], body[4:10], body[10:]])
    return sep.join(body[i:i + 4] for i in range(0, 16, 4))


def ipv4(rng):
    return rng.choice([f"192.0.2.{rng.randint(1, 254)}", f"198.51.100.{rng.randint(1, 254)}",
                       f"203.0.113.{rng.randint(1, 254)}", f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}."
                       f"{rng.randint(1, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                       f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])


def ipv6(rng):
    return "2001:db8:" + ":".join(f"{rng.randint(0, 0xffff):x}" for _ in range(rng.choice([2, 3]))) + \
        "::" + f"{rng.randint(1, 0xffff):x}"


def ip(rng, v6=0.25):
    return ipv6(rng) if rng.random() < v6 else ipv4(rng)


def hexid(rng, n=8):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def ts(rng, fmt="iso"):
    y, mo, d = 2026, rng.randint(1, 12), rng.randint(1, 28)
    h, mi, s, ms = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999)
    if fmt == "iso":
        return f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.{ms:03d}Z"
    if fmt == "sp":
        return f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d},{ms:03d}"
    if fmt == "sys":
        mon = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[mo - 1]
        return f"{mon} {d:2d} {h:02d}:{mi:02d}:{s:02d}"
    if fmt == "clf":
        mon = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[mo - 1]
        return f"{d:02d}/{mon}/{y}:{h:02d}:{mi:02d}:{s:02d} +0000"
    if fmt == "date":
        return f"{y}-{mo:02d}-{d:02d}"
    if fmt == "hm":
        return f"{h:02d}:{mi:02d}"
    if fmt == "rfc2822":
        day = "Mon Tue Wed Thu Fri Sat Sun".split()[rng.randint(0, 6)]
        mon = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[mo - 1]
        return f"{day}, {d} {mon} {y} {h:02d}:{mi:02d}:{s:02d} +0000"
    raise ValueError(fmt)


def money(rng, lo=50, hi=5000):
    return f"{rng.uniform(lo, hi):.2f}"


def pick(rng, seq, k=1):
    return rng.sample(list(seq), k) if k > 1 else rng.choice(list(seq))


# Shared decoys for negatives and for positive records alike
SERVICE_ACCOUNTS = ["svc_payroll", "castbot", "callsheet-svc", "residuals-batch", "royalty_etl", "accred-bot",
                    "tourdesk-sync", "traffic-import", "rota-engine", "screener-dist", "crewcall-svc", "root",
                    "SYSTEM", "www-data", "jenkins", "mcr-automation", "AUTOPLAY", "playout01", "kiosk-07",
                    "ingest-worker", "api-gateway", "PAYMASTER_BATCH", "noreply-bot", "scheduler"]
PLACEHOLDERS = ["TBD", "TBA", "VACANT", "OPEN", "HOLD", "N/A", "UNASSIGNED", "POOL", "Test Talent",
                "SAMPLE PERFORMER", "MUSTERMANN (TEST)", "Stand-in #2", "Background Pool", "House Seats",
                "ALL CREW", "Company", "{{talent_name}}", "<redacted>", "Jane Doe (template)"]
UI_STRINGS = [
    "Call Sheet Published", "Submit For Approval", "Save Draft", "Mark As Wrapped", "Request Changes",
    "Veröffentlicht", "Entwurf gespeichert", "Feuille de service publiée", "Hoja de rodaje enviada",
    "Foglio di produzione pubblicato", "Opnameschema bijgewerkt", "撮影スケジュールを更新しました",
    "通告单已发布", "촬영 일정이 변경되었습니다", "Расписание съёмок обновлено", "Η πρόσκληση δημοσιεύτηκε",
    "تم نشر جدول التصوير", "Harmonogram zdjęć zaktualizowany", "Çekim planı yayınlandı", "Kuvausaikataulu päivitetty",
]
STATUS_WORDS = ["Confirmed", "Pencilled", "First Option", "Second Option", "Released", "Wrapped", "On Hold",
                "Pending Review", "Approved", "Rejected", "Cleared", "Embargoed", "Live", "Standby", "Dark Day"]


# --------------------------------------------------------------------------- verifier

EMAIL_RX = re.compile(r"[A-Za-z0-9._%+\-]+(?:@|%40|%2540)[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
IPV4_RX = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
IPV6_RX = re.compile(r"(?<![0-9A-Fa-f:])([0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?![0-9A-Fa-f:])")
CARD_RX = re.compile(r"(?<!\d)(\d(?:[ \-]?\d){12,18})(?!\d)")
SSN_RX = re.compile(r"(?<!\d)(\d{3}[- ]\d{2}[- ]\d{4})(?!\d)")


class Leak(Exception):
    pass


def _check_value(v):
    raw = v.raw
    t = raw
    for name in v.chain:
        t = ENC[name](t)
    if t != v.text:
        raise AssertionError(f"encoder chain mismatch {v!r}")
    if raw != raw.strip() or not raw:
        raise AssertionError(f"edge whitespace {v!r}")
    if v.typ == "EMAIL":
        assert re.fullmatch(r"[A-Za-z0-9._+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+", raw), raw
    elif v.typ == "IP_ADDRESS":
        ipaddress.ip_address(raw)
    elif v.typ == "SSN":
        assert ssn_ok(raw), raw
    elif v.typ == "CREDIT_CARD":
        d = re.sub(r"[\s-]", "", raw)
        assert d.isdigit() and len(d) in (15, 16) and luhn_ok(d), raw
    elif v.typ == "PHONE":
        assert phone_ok(raw), raw
    elif v.typ == "NAME":
        assert any(c.isalpha() for c in raw) and "@" not in raw, raw
    else:
        raise AssertionError(v.typ)


def _word_in(word, hay):
    w = word.casefold()
    if not w.isascii() and not any("a" <= c <= "z" for c in fold(w)):
        return w in hay  # non-Latin scripts: substring
    i = hay.find(w)
    while i >= 0:
        before = hay[i - 1] if i > 0 else " "
        after = hay[i + len(w)] if i + len(w) < len(hay) else " "
        if not before.isalpha() and not after.isalpha():
            return True
        i = hay.find(w, i + 1)
    return False


def verify(rec, vals, persons, neg):
    text, spans = rec["text"], rec["spans"]
    last = 0
    for (s, e, typ), v in zip(spans, vals):
        assert 0 <= s < e <= len(text), (s, e)
        assert s >= last, "overlap"
        last = e
        assert text[s:e] == v.text and typ == v.typ, (text[s:e], v)
        assert text[s:e] == text[s:e].strip(), "edge whitespace"
        _check_value(v)
    if neg:
        assert not spans and not persons, "negative with PII"
    else:
        assert spans, "positive without spans"
    # leak check: mask spans and look for detectable values outside them
    chars = list(text)
    for s, e, _ in spans:
        for i in range(s, e):
            chars[i] = "\x00"
    masked = "".join(chars)
    if EMAIL_RX.search(masked):
        raise Leak("email outside span: " + EMAIL_RX.search(masked).group(0))
    for m in IPV4_RX.finditer(masked):
        try:
            ipaddress.ip_address(m.group(1))
            raise Leak("ipv4 outside span " + m.group(1))
        except ValueError:
            pass
    for m in IPV6_RX.finditer(masked):
        cand = m.group(1)
        if cand.count(":") >= 2 and re.search(r"[0-9a-fA-F]", cand):
            try:
                ipaddress.IPv6Address(cand)
                raise Leak("ipv6 outside span " + cand)
            except ValueError:
                pass
    for m in CARD_RX.finditer(masked):
        d = re.sub(r"\D", "", m.group(1))
        if len(d) in (15, 16) and luhn_ok(d) and d[0] in "3456":
            raise Leak("card-like outside span " + m.group(1))
    for m in SSN_RX.finditer(masked):
        if ssn_ok(m.group(1)):
            raise Leak("ssn-like outside span " + m.group(1))
    # person words outside NAME/EMAIL spans
    hay_plain = masked.casefold()
    hay_fold = fold(masked).casefold()
    hay_dec = fold(urllib.parse.unquote_plus(masked)).casefold()
    for p in persons:
        for w in p.words():
            for hay in (hay_plain, hay_fold, hay_dec):
                if _word_in(w, hay) or _word_in(fold(w), hay):
                    raise Leak(f"name word {w!r} outside spans")
    return True


# --------------------------------------------------------------------------- helpers for templates


def name_form(rng, p, forms=("full", "full", "lf", "upper", "gi_f", "native")):
    """A NAME Val for one display form of a person."""
    f = rng.choice(forms)
    if f == "native" and not p.native:
        f = "full"
    s = {"full": lambda: p.full(), "gf": p.gf, "fg": p.fg, "lf": p.lf, "upper": lambda: fold(p.full(False)).upper(),
         "upper_lf": lambda: p.lf().upper(), "gi_f": p.gi_f, "f_gi": p.f_gi, "native": lambda: p.full(True),
         "mid": lambda: p.full(mid=True), "sg": p.sg, "given": lambda: p.given}[f]()
    return N(s)


def jdump_any(rng, obj, ascii_p=0.3, compact_p=0.4):
    if rng.random() < compact_p:
        return jdoc(obj, None, rng.random() < ascii_p, seps=rng.choice([None, (",", ":")]))
    return jdoc(obj, rng.choice([2, 2, 4]), rng.random() < ascii_p)
