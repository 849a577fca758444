"""Segment builder, encoders, serialisers, value generators and the verifier of pack_s.

A record is a list of segments (text, type-or-None). Offsets come from the lengths of the segments, never from a
search. Encoders work character by character, so a value keeps its span when it is escaped.
"""

from __future__ import annotations

import ast
import ipaddress
import json
import re
import string
import urllib.parse
import xml.etree.ElementTree as ET
from typing import Any

import names as N

Seg = tuple[str, Any]
TYPES = ("NAME", "EMAIL", "PHONE", "SSN", "CREDIT_CARD", "IP_ADDRESS")


class TemplateError(Exception):
    pass


class Redraw(Exception):
    pass


# ------------------------------------------------------------------------------------------------ segments
def L(value: str, typ: str) -> list[Seg]:
    if typ not in TYPES:
        raise TemplateError(f"bad type {typ}")
    return [(value, typ)]


def flat(*parts: Any) -> list[Seg]:
    out: list[Seg] = []
    for p in parts:
        if p is None:
            continue
        if isinstance(p, str):
            if p:
                out.append((p, None))
        elif isinstance(p, (int, float)):
            out.append((str(p), None))
        elif isinstance(p, list):
            out.extend(flat(*p))
        elif isinstance(p, tuple):
            out.append(p)
        else:
            raise TemplateError(f"bad part {p!r}")
    return out


def enc(segs: Any, fn) -> list[Seg]:
    return [(fn(t), ty) for t, ty in flat(segs)]


def plain(segs: Any) -> str:
    return "".join(t for t, _ in flat(segs))


# ------------------------------------------------------------------------------------------------ encoders
def e_json(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)[1:-1]


def e_jascii(s: str) -> str:
    return json.dumps(s, ensure_ascii=True)[1:-1]


def e_pct(s: str) -> str:
    return urllib.parse.quote(s, safe="")


def e_pct_soft(s: str) -> str:
    return urllib.parse.quote(s, safe="@.-_~")


def e_form(s: str) -> str:
    return urllib.parse.quote_plus(s, safe="")


def e_xml(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def e_py(s: str) -> str:
    return s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n")


def e_dq(s: str) -> str:
    """Double-quoted C/Swift/Dart/Kotlin literal."""
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def e_csv(s: str) -> str:
    return s.replace('"', '""')


def e_xesc(s: str) -> str:
    """\\xNN UTF-8 byte escapes for non-ASCII (some native log writers)."""
    return "".join(c if ord(c) < 128 else "".join(f"\\x{b:02x}" for b in c.encode()) for c in s)


# ------------------------------------------------------------------------------------------------ serialisers
class V:
    """A labelled scalar inside a document."""

    def __init__(self, value: str, typ: str | None, raw: bool = False):
        self.value, self.typ, self.raw = value, typ, raw


class S:
    """A string value made of parts (text and labelled segments)."""

    def __init__(self, *parts: Any):
        self.segs = flat(*parts)


def jseg(obj: Any, indent: int | None = None, ascii_: bool = False, _lvl: int = 0,
         seps: tuple[str, str] = (", ", ": ")) -> list[Seg]:
    """JSON as segments. indent=None gives one line; seps=(',', ':') gives compact JSON."""
    esc = e_jascii if ascii_ else e_json
    item_sep, kv_sep = seps
    if indent is not None:
        item_sep = item_sep.rstrip()
    nl = ("\n" + " " * (indent * (_lvl + 1))) if indent is not None else ""
    nl_end = ("\n" + " " * (indent * _lvl)) if indent is not None else ""
    if isinstance(obj, V):
        if obj.raw:
            return [(obj.value, obj.typ)]
        return [('"', None), (esc(obj.value), obj.typ), ('"', None)]
    if isinstance(obj, S):
        return [('"', None), *enc(obj.segs, esc), ('"', None)]
    if isinstance(obj, dict):
        if not obj:
            return [("{}", None)]
        out: list[Seg] = [("{", None)]
        for i, (k, v) in enumerate(obj.items()):
            if i:
                out.append((item_sep, None))
            out.append((nl + json.dumps(k, ensure_ascii=ascii_) + kv_sep, None))
            out.extend(jseg(v, indent, ascii_, _lvl + 1, seps))
        out.append((nl_end + "}", None))
        return out
    if isinstance(obj, list):
        if not obj:
            return [("[]", None)]
        out = [("[", None)]
        for i, v in enumerate(obj):
            if i:
                out.append((item_sep, None))
            out.append((nl, None))
            out.extend(jseg(v, indent, ascii_, _lvl + 1, seps))
        out.append((nl_end + "]", None))
        return out
    return [(json.dumps(obj, ensure_ascii=ascii_), None)]


def pyseg(obj: Any) -> list[Seg]:
    """Python repr as segments (single-quoted strings)."""
    if isinstance(obj, V):
        if obj.raw:
            return [(obj.value, obj.typ)]
        return [("'", None), (e_py(obj.value), obj.typ), ("'", None)]
    if isinstance(obj, S):
        return [("'", None), *enc(obj.segs, e_py), ("'", None)]
    if isinstance(obj, dict):
        out: list[Seg] = [("{", None)]
        for i, (k, v) in enumerate(obj.items()):
            if i:
                out.append((", ", None))
            out.append((repr(k) + ": ", None))
            out.extend(pyseg(v))
        out.append(("}", None))
        return out
    if isinstance(obj, list):
        out = [("[", None)]
        for i, v in enumerate(obj):
            if i:
                out.append((", ", None))
            out.extend(pyseg(v))
        out.append(("]", None))
        return out
    if isinstance(obj, str):
        return [("'" + e_py(obj) + "'", None)]
    return [(repr(obj), None)]


def plist_seg(obj: Any, _lvl: int = 0) -> list[Seg]:
    """NSDictionary/NSArray -description (OpenStep style) as segments."""
    pad = "    " * (_lvl + 1)
    end = "    " * _lvl

    def scalar(seg_text: list[Seg], raw_text: str) -> list[Seg]:
        if re.fullmatch(r"[A-Za-z0-9_.]+", raw_text) and raw_text:
            return seg_text
        return [('"', None), *enc(seg_text, e_dq), ('"', None)]

    if isinstance(obj, V):
        return scalar([(obj.value, obj.typ)], obj.value)
    if isinstance(obj, S):
        return scalar(obj.segs, plain(obj.segs))
    if isinstance(obj, dict):
        out: list[Seg] = [("{\n", None)]
        for k, v in obj.items():
            out.append((pad + k + " = ", None))
            out.extend(plist_seg(v, _lvl + 1))
            out.append((";\n", None))
        out.append((end + "}", None))
        return out
    if isinstance(obj, list):
        out = [("(\n", None)]
        for i, v in enumerate(obj):
            out.append((pad, None))
            out.extend(plist_seg(v, _lvl + 1))
            out.append((",\n" if i < len(obj) - 1 else "\n", None))
        out.append((end + ")", None))
        return out
    if isinstance(obj, bool):
        return [("1" if obj else "0", None)]
    return scalar([(str(obj), None)], str(obj))


def jsseg(obj: Any) -> list[Seg]:
    """JavaScript console / util.inspect style object (unquoted keys, single-quoted strings)."""
    if isinstance(obj, V):
        if obj.raw:
            return [(obj.value, obj.typ)]
        return [("'", None), (e_py(obj.value), obj.typ), ("'", None)]
    if isinstance(obj, S):
        return [("'", None), *enc(obj.segs, e_py), ("'", None)]
    if isinstance(obj, dict):
        if not obj:
            return [("{}", None)]
        out: list[Seg] = [("{ ", None)]
        for i, (k, v) in enumerate(obj.items()):
            if i:
                out.append((", ", None))
            key = k if re.fullmatch(r"[A-Za-z_$][A-Za-z0-9_$]*", k) else "'" + e_py(k) + "'"
            out.append((key + ": ", None))
            out.extend(jsseg(v))
        out.append((" }", None))
        return out
    if isinstance(obj, list):
        if not obj:
            return [("[]", None)]
        out = [("[ ", None)]
        for i, v in enumerate(obj):
            if i:
                out.append((", ", None))
            out.extend(jsseg(v))
        out.append((" ]", None))
        return out
    if obj is None:
        return [("null", None)]
    if isinstance(obj, bool):
        return [("true" if obj else "false", None)]
    if isinstance(obj, str):
        return [("'" + e_py(obj) + "'", None)]
    return [(str(obj), None)]


def dartseg(obj: Any) -> list[Seg]:
    """Dart Map/List toString: {key: value, ...} with no quotes at all."""
    if isinstance(obj, V):
        return [(obj.value, obj.typ)]
    if isinstance(obj, S):
        return list(obj.segs)
    if isinstance(obj, dict):
        out: list[Seg] = [("{", None)]
        for i, (k, v) in enumerate(obj.items()):
            if i:
                out.append((", ", None))
            out.append((k + ": ", None))
            out.extend(dartseg(v))
        out.append(("}", None))
        return out
    if isinstance(obj, list):
        out = [("[", None)]
        for i, v in enumerate(obj):
            if i:
                out.append((", ", None))
            out.extend(dartseg(v))
        out.append(("]", None))
        return out
    if obj is None:
        return [("null", None)]
    if isinstance(obj, bool):
        return [("true" if obj else "false", None)]
    return [(str(obj), None)]


def cell(*parts: Any, sep: str = ",") -> list[Seg]:
    """One CSV cell: quoted (with doubled quotes) when it needs to be."""
    segs = flat(*parts)
    txt = plain(segs)
    if any(c in txt for c in (sep, '"', "\n")):
        return [('"', None), *enc(segs, e_csv), ('"', None)]
    return segs


def row(cells: list[Any], sep: str = ",") -> list[Seg]:
    out: list[Seg] = []
    for i, c in enumerate(cells):
        if i:
            out.append((sep, None))
        out.extend(cell(c, sep=sep))
    return out


# ------------------------------------------------------------------------------------------------ record
class Rec:
    def __init__(self, r, positive: bool):
        self.r = r
        self.positive = positive
        self.segs: list[Seg] = []
        self.persons: list[N.Person] = []
        self.docs: list[tuple[str, str]] = []

    def add(self, *parts: Any) -> Rec:
        self.segs.extend(flat(*parts))
        return self

    def person(self, native: float = 0.12) -> N.Person:
        if not self.positive:
            raise TemplateError("negative record drew a person")
        p = N.draw(self.r, native)
        self.persons.append(p)
        return p

    def doc(self, kind: str, segs: Any) -> list[Seg]:
        """Register a document for a parse check and return its segments."""
        self.docs.append((kind, plain(segs)))
        return flat(segs)

    def build(self) -> tuple[str, list[list]]:
        text, spans, pos = [], [], 0
        for t, ty in self.segs:
            if ty and t:
                spans.append([pos, pos + len(t), ty])
            text.append(t)
            pos += len(t)
        return "".join(text), spans


# ------------------------------------------------------------------------------------------------ values
DOMAINS = ["example.com", "example.org", "example.net", "mail.example", "inbox.example", "post.example",
           "corp.example", "uni.example.edu", "fastmail.example", "proton.example"]
APP_DOMAINS = ["acme-app.example", "snapcart.example", "tripnest.example", "fitloop.example", "notely.example"]


def email_of(r, p: N.Person, domain: str | None = None) -> str:
    style = r.choice(["first.last", "flast", "firstlast", "first_last", "firstl", "first", "last.first"])
    digits = str(r.randint(1, 99)) if r.random() < 0.3 else ""
    local = p.acct(style, digits)
    if r.random() < 0.08:
        local += "+" + r.choice(["app", "ios", "beta", "shop"])
    return f"{local}@{domain or r.choice(DOMAINS)}"


def acct_of(r, p: N.Person, upper: bool = False) -> str:
    style = r.choice(["first.last", "flast", "firstl", "first_last", "firstlast", "lastf", "f.last"])
    digits = str(r.randint(1, 999)) if r.random() < 0.25 else ""
    a = p.acct(style, digits)
    return a.upper() if upper else a


def ipv4(r) -> str:
    kind = r.random()
    if kind < 0.35:
        pre = r.choice(["192.0.2", "198.51.100", "203.0.113"])
        return f"{pre}.{r.randint(1, 254)}"
    if kind < 0.6:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if kind < 0.8:
        return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if kind < 0.9:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"100.{r.randint(64, 127)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(r) -> str:
    if r.random() < 0.6:
        return f"2001:db8:{r.randint(1, 0xffff):x}:{r.randint(0, 0xffff):x}::{r.randint(1, 0xffff):x}"
    groups = [f"{r.randint(0, 0xffff):x}" for _ in range(4)]
    return "2001:db8:" + ":".join(groups) + f":{r.randint(0, 0xffff):x}:{r.randint(1, 0xffff):x}"


def ip(r, v6: float = 0.2) -> str:
    return ipv6(r) if r.random() < v6 else ipv4(r)


# Numbering plans: (country code, national trunk prefix, national pattern with X for digits, fixed prefix)
PLANS = {
    "US": ("1", "", ["(XXX) 555-01YY", "XXX-555-01YY", "XXX.555.01YY"]),
    "CA": ("1", "", ["XXX-555-01YY"]),
    "GB": ("44", "0", ["07700 900YYY", "07700900YYY"]),
    "AU": ("61", "0", ["0491 57Y YYY", "0491 570 YYY"]),
    "DE": ("49", "0", ["0151 XXXXXXXX", "0170 XXXXXXX", "0176 XXXXXXXX"]),
    "FR": ("33", "0", ["06 XX XX XX XX", "07 XX XX XX XX"]),
    "ES": ("34", "", ["6XX XXX XXX", "7XX XX XX XX"]),
    "IT": ("39", "", ["3XX XXX XXXX"]),
    "NL": ("31", "0", ["06-XXXXXXXX", "06 XXXX XXXX"]),
    "BR": ("55", "0", ["(XX) 9XXXX-XXXX"]),
    "MX": ("52", "", ["XX XXXX XXXX"]),
    "IN": ("91", "0", ["9XXXX XXXXX", "8XXXXXXXXX"]),
    "JP": ("81", "0", ["090-XXXX-XXXX", "080-XXXX-XXXX"]),
    "KR": ("82", "0", ["010-XXXX-XXXX"]),
    "CN": ("86", "", ["13X XXXX XXXX", "15XXXXXXXXX"]),
    "NG": ("234", "0", ["080X XXX XXXX", "0703 XXX XXXX"]),
    "KE": ("254", "0", ["07XX XXX XXX"]),
    "ZA": ("27", "0", ["08X XXX XXXX", "07X XXX XXXX"]),
    "PL": ("48", "", ["5XX XXX XXX", "6XX-XXX-XXX"]),
    "SE": ("46", "0", ["07X-XXX XX XX"]),
    "TR": ("90", "0", ["05XX XXX XX XX"]),
    "AE": ("971", "0", ["05X XXX XXXX"]),
    "EG": ("20", "0", ["010 XXXX XXXX"]),
    "PH": ("63", "0", ["09XX XXX XXXX"]),
    "ID": ("62", "0", ["08XX-XXXX-XXXX"]),
    "VN": ("84", "0", ["09X XXX XX XX"]),
    "AR": ("54", "", ["9 11 XXXX-XXXX"]),
    "IE": ("353", "0", ["08X XXX XXXX"]),
    "PT": ("351", "", ["9XX XXX XXX"]),
    "GR": ("30", "", ["69XX XXX XXX"]),
    "IL": ("972", "0", ["05X-XXX-XXXX"]),
    "TH": ("66", "0", ["08X XXX XXXX"]),
}


def _fill(r, pat: str) -> str:
    out = []
    for c in pat:
        if c == "X":
            out.append(str(r.randint(0, 9)))
        elif c == "Y":
            out.append(str(r.randint(0, 9)))
        else:
            out.append(c)
    s = "".join(out)
    if "555-01" in pat or "555.01" in pat:
        # first digit of an NANP area code is 2-9
        s = re.sub(r"\d", str(r.randint(2, 9)), s, count=1)
    return s


def phone(r, cc: str | None = None, style: str | None = None) -> str:
    cc = cc or r.choice(sorted(PLANS))
    code, trunk, pats = PLANS[cc]
    nat = _fill(r, r.choice(pats))
    style = style or r.choice(["e164", "e164", "intl", "national", "national", "bare"])
    digits = re.sub(r"\D", "", nat)
    if code == "1":
        sub = digits
    else:
        sub = digits[len(trunk):] if trunk and digits.startswith(trunk) else digits
    if style == "national":
        return nat
    if style == "e164":
        return f"+{code}{sub}"
    if style == "bare":
        return f"{code}{sub}"
    if style == "00":
        return f"00{code} {sub}"
    # intl: +CC and the national groups without the trunk prefix
    grp = nat
    if trunk and grp.startswith(trunk):
        grp = grp[len(trunk):].lstrip(" -")
    grp = grp.replace("(", "").replace(")", "")
    return f"+{code} {grp}"


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


def _luhn_complete(prefix: str, length: int, r) -> str:
    body = prefix + "".join(str(r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise TemplateError("luhn")


def card(r, fmt: str | None = None) -> str:
    brand = r.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb"])
    if brand == "visa":
        d = _luhn_complete("4", 16, r)
    elif brand == "mc":
        d = _luhn_complete(str(r.randint(51, 55)), 16, r)
    elif brand == "mc2":
        d = _luhn_complete(str(r.randint(2221, 2720)), 16, r)
    elif brand == "amex":
        d = _luhn_complete(r.choice(["34", "37"]), 15, r)
    elif brand == "disc":
        d = _luhn_complete("6011", 16, r)
    else:
        d = _luhn_complete("35" + str(r.randint(28, 89)), 16, r)
    fmt = fmt or r.choice(["plain", "plain", "space", "dash"])
    if fmt == "plain":
        return d
    sep = " " if fmt == "space" else "-"
    if len(d) == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i:i + 4] for i in range(0, 16, 4))


def ssn(r, fmt: str = "dash") -> str:
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    g, s = r.randint(1, 99), r.randint(1, 9999)
    if fmt == "dash":
        return f"{a:03d}-{g:02d}-{s:04d}"
    if fmt == "space":
        return f"{a:03d} {g:02d} {s:04d}"
    return f"{a:03d}{g:02d}{s:04d}"


def last4(r) -> str:
    return f"{r.randint(1, 9999):04d}"


def hexs(r, n: int) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def uuid(r, upper: bool = False) -> str:
    h = hexs(r, 32)
    u = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"
    return u.upper() if upper else u


def alnum(r, n: int, chars: str = string.ascii_uppercase + string.digits) -> str:
    return "".join(r.choice(chars) for _ in range(n))


def ts_iso(r, ms: bool = True, z: bool = True) -> str:
    s = (f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:"
         f"{r.randint(0, 59):02d}")
    if ms:
        s += f".{r.randint(0, 999):03d}"
    return s + ("Z" if z else "")


def ts_log(r) -> str:
    return (f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:"
            f"{r.randint(0, 59):02d}.{r.randint(0, 999):03d}")


def ts_logcat(r) -> str:
    return (f"{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:"
            f"{r.randint(0, 59):02d}.{r.randint(0, 999):03d}")


def ts_seq(r, n: int) -> list[str]:
    """n increasing logcat timestamps within one second or two."""
    mo, d, h, mi, s = r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 57)
    ms = r.randint(0, 400)
    out = []
    for _ in range(n):
        ms += r.randint(0, 120)
        out.append(f"{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s + ms // 1000:02d}.{ms % 1000:03d}")
    return out


def epoch_ms(r) -> str:
    return str(r.randint(1735689600000, 1767225599000))


def epoch_s(r) -> str:
    return str(r.randint(1735689600, 1767225599))


IOS_DEVICES = ["iPhone15,2", "iPhone15,3", "iPhone16,1", "iPhone16,2", "iPhone14,5", "iPhone17,1", "iPad13,4",
               "iPad14,3", "iPhone12,8"]
ANDROID_DEVICES = [("samsung", "SM-S918B"), ("samsung", "SM-A546E"), ("Google", "Pixel 8 Pro"), ("Google", "Pixel 7a"),
                   ("Xiaomi", "23049PCD8G"), ("OnePlus", "CPH2581"), ("motorola", "moto g54 5G"),
                   ("OPPO", "CPH2493"), ("HUAWEI", "NOH-NX9")]
IOS_VERSIONS = ["17.5.1", "17.6", "18.0.1", "18.1", "18.2.1", "18.3", "16.7.10"]
ANDROID_VERSIONS = ["12", "13", "14", "15"]


def app_version(r) -> str:
    return f"{r.randint(2, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)}"


def build_no(r) -> str:
    return str(r.randint(1000, 98000))


# ------------------------------------------------------------------------------------------------ verifier
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\w.])(\d{1,3}(?:\.\d{1,3}){3})(?![\w]|\.\d)")
IPV6_RE = re.compile(r"(?<![\w.:%])([0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:\.\d{1,3}){0,3})(?![\w:])")
CARD_RE = re.compile(r"(?<![\d-])(\d(?:[ -]?\d){12,18})(?![\d])")
SSN_RE = re.compile(r"(?<!\d)(\d{3})([- ])(\d{2})\2(\d{4})(?!\d)")


def card_like(d: str) -> bool:
    if not luhn_ok(d):
        return False
    n = len(d)
    if d[0] == "4" and n in (13, 16, 19):
        return True
    if n == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return True
    if n == 15 and d[:2] in ("34", "37"):
        return True
    if n == 16 and (d.startswith("6011") or d.startswith("65") or 3528 <= int(d[:4]) <= 3589):
        return True
    return False


def ssn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) == 4:
        return d != "0000"
    if len(d) != 9:
        return False
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and n > 0


def _decoded_variants(s: str) -> list[str]:
    out = [s]
    try:
        d = urllib.parse.unquote(s)
        out.append(d)
        out.append(urllib.parse.unquote(d))
        out.append(urllib.parse.unquote_plus(s))
    except Exception:  # pragma: no cover
        pass
    return out


def check_value(v: str, ty: str) -> None:
    if v != v.strip() or not v:
        raise TemplateError(f"edge whitespace in {ty} {v!r}")
    if ty == "EMAIL":
        dec = urllib.parse.unquote(urllib.parse.unquote(v))
        dec = dec.encode().decode("unicode_escape") if "\\u" in dec else dec
        if not re.fullmatch(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+", dec):
            raise TemplateError(f"bad email {v!r}")
    elif ty == "IP_ADDRESS":
        ipaddress.ip_address(v)
    elif ty == "SSN":
        if not ssn_ok(v):
            raise TemplateError(f"bad ssn {v!r}")
    elif ty == "CREDIT_CARD":
        d = re.sub(r"[ \-]|%20|\+", "", v)
        if not (d.isdigit() and card_like(d)):
            raise TemplateError(f"bad card {v!r}")
    elif ty == "PHONE":
        dv = v.replace("%2B", "+").replace("%20", " ")
        d = re.sub(r"\D", "", dv)
        if not (7 <= len(d) <= 15) or re.search(r"[^\d +().\-]", dv):
            raise TemplateError(f"bad phone {v!r}")
    elif ty == "NAME":
        if "@" in v or not any(c.isalpha() for c in v):
            raise TemplateError(f"bad name {v!r}")


def _name_variants(w: str) -> set[str]:
    vs = {w, N.fold(w), e_pct(w), e_form(w), e_jascii(w), e_xesc(w), e_pct(N.fold(w))}
    return {x for x in vs if x}


def _inside(s: int, e: int, spans: list[list], types: tuple[str, ...]) -> bool:
    return any(a <= s and e <= b and t in types for a, b, t in spans)


def verify(rec: Rec, text: str, spans: list[list]) -> None:
    """Raise TemplateError for a template bug, Redraw for a leak that a new draw can avoid."""
    last = 0
    for s, e, ty in sorted(spans):
        if not (0 <= s < e <= len(text)):
            raise TemplateError("span out of range")
        if s < last:
            raise TemplateError("overlapping spans")
        last = e
        check_value(text[s:e], ty)
    for kind, doc in rec.docs:
        try:
            if kind == "json":
                json.loads(doc)
            elif kind == "xml":
                ET.fromstring(doc)
            elif kind == "py":
                ast.literal_eval(doc)
            elif kind == "jsonl":
                for line in doc.splitlines():
                    if line.strip():
                        json.loads(line)
            else:
                raise TemplateError(kind)
        except (ValueError, SyntaxError, ET.ParseError) as ex:
            raise TemplateError(f"{kind} does not parse: {ex}\n{doc}") from ex
    if rec.positive and not spans:
        raise TemplateError("positive record without spans")
    if not rec.positive and spans:
        raise TemplateError("negative record with spans")
    # --- leak check: detectable values outside spans
    for variant_i, t in enumerate(_decoded_variants(text)):
        for m in EMAIL_RE.finditer(t):
            local = m.group(0).split("@")[0]
            dom = m.group(0).split("@")[1]
            if local.isdigit() or local.lstrip("+").isdigit():
                continue  # number@host
            if dom.isupper():
                continue  # Kerberos-style realm
            if variant_i == 0 and _inside(m.start(), m.end(), spans, ("EMAIL",)):
                continue
            if variant_i > 0 and any(t2 == "EMAIL" for *_x, t2 in spans):
                # decoded text: offsets differ; accept if an EMAIL span decodes to this address
                if any(m.group(0) in urllib.parse.unquote(urllib.parse.unquote(text[a:b])) for a, b, ty in spans
                       if ty == "EMAIL"):
                    continue
            raise Redraw(f"email outside span: {m.group(0)}")
    for m in IPV4_RE.finditer(text):
        try:
            ipaddress.ip_address(m.group(1))
        except ValueError:
            continue
        if not _inside(m.start(1), m.end(1), spans, ("IP_ADDRESS",)):
            raise Redraw(f"ipv4 outside span: {m.group(1)}")
    for m in IPV6_RE.finditer(text):
        cand = m.group(1).rstrip(".")
        if cand.count(":") < 2 or not re.search(r"[0-9A-Fa-f]", cand):
            continue
        try:
            ipaddress.ip_address(cand)
        except ValueError:
            continue
        if not _inside(m.start(1), m.start(1) + len(cand), spans, ("IP_ADDRESS",)):
            raise Redraw(f"ipv6 outside span: {cand}")
    for m in CARD_RE.finditer(text):
        d = re.sub(r"\D", "", m.group(1))
        if card_like(d) and not _inside(m.start(1), m.end(1), spans, TYPES):
            raise Redraw(f"card-like number outside span: {m.group(1)}")
    for m in SSN_RE.finditer(text):
        if ssn_ok(m.group(0)) and not _inside(m.start(), m.end(), spans, TYPES):
            raise Redraw(f"ssn outside span: {m.group(0)}")
    # --- leak check: every name word of every drawn person
    for p in rec.persons:
        for w in p.words():
            for v in _name_variants(w):
                short = len(N.fold(w)) <= 3
                flags = 0 if short else re.IGNORECASE
                variants = {v, v.upper()} if short else {v}
                for vv in variants:
                    pat = re.compile(r"(?<![^\W_])" + re.escape(vv) + r"(?![^\W_])", flags)
                    for m in pat.finditer(text):
                        if not _inside(m.start(), m.end(), spans, ("NAME", "EMAIL")):
                            raise Redraw(f"name word {vv!r} outside span")


def make(fn, r, positive: bool, tries: int = 60) -> tuple[str, list[list]]:
    last_err = None
    for _ in range(tries):
        rec = Rec(r, positive)
        fn(rec)
        text, spans = rec.build()
        try:
            verify(rec, text, spans)
        except Redraw as ex:
            last_err = ex
            make.redraws += 1  # type: ignore[attr-defined]
            continue
        return text, spans
    raise TemplateError(f"{fn.__name__}: no clean draw after {tries} tries: {last_err}")


make.redraws = 0  # type: ignore[attr-defined]


# ------------------------------------------------------------------------------------------------ name forms
def pacct(r, p: N.Person) -> str:
    """The person's account name (drawn once per person)."""
    if "_acct" not in p.__dict__:
        p.__dict__["_acct"] = acct_of(r, p)
    return p.__dict__["_acct"]


def pmail(r, p: N.Person, domain: str | None = None) -> str:
    """The person's e-mail address (drawn once per person)."""
    if "_mail" not in p.__dict__:
        p.__dict__["_mail"] = email_of(r, p, domain)
    return p.__dict__["_mail"]


def form(r, p: N.Person, *forms: str) -> str:
    """A name in one of the given display forms."""
    f = r.choice(forms or ("disp",))
    if f == "disp":
        return p.disp()
    if f == "full":
        return p.full()
    if f == "lf":
        return p.last_first()
    if f == "upper":
        return p.upper()
    if f == "ulf":
        return p.last_first().upper()
    if f == "given":
        return p.first()
    if f == "family":
        return p.last()
    if f == "gfam":
        return p.initial_family()
    if f == "slash":
        return p.slash()
    if f == "acct":
        return pacct(r, p)
    if f == "under":
        return f"{N.fold(p.given).replace(' ', '_')}_{N.fold(p.family).replace(' ', '_')}"
    raise TemplateError(f)


def nm(r, p: N.Person, *forms: str) -> list[Seg]:
    return L(form(r, p, *forms), "NAME")


def device_name(r, p: N.Person) -> list[Seg]:
    """A device name built from a person: only the name part is labelled."""
    g = p.first()
    k = r.randint(0, 5)
    if k == 0:
        return [(g, "NAME"), ("'s iPhone", None)]
    if k == 1:
        return [(g, "NAME"), ("’s iPad", None)]
    if k == 2:
        return [("iPhone de ", None), (g, "NAME")]
    if k == 3:
        return [("Galaxy S23 de ", None), (g, "NAME")]
    if k == 4 and p.use_native and p.cjk:
        return [(p.native(), "NAME"), ("のiPhone", None)]
    return [(N.fold(p.given).replace(" ", ""), "NAME"), ("s-Pixel-8", None)]


# ------------------------------------------------------------------------------------------------ decoys
SERVICE_ACCTS = ["svc_push", "ci-bot", "release-bot", "crash-uploader", "SYSTEM", "root", "mobile", "_securityd",
                 "store-sync", "review-ingest", "support-bot", "autoreply", "qa_automation", "guest", "anonymous",
                 "relay", "fastlane", "buildkite-agent", "svc_analytics", "notifier", "deeplink-router",
                 "PUSH_GATEWAY", "APNS_WORKER", "nobody", "_installd", "u0_a234", "shell"]
COMPANIES = ["Johnson & Johnson", "Harrison Foods Ltd", "Morgan Stanley", "Dell Technologies", "Ford Motor Co",
             "Philips", "Siemens Healthineers", "Peugeot", "McDonald's", "Kellogg's", "Goldman Sachs",
             "Baker McKenzie", "Patel Brothers", "Nakamura Logistics KK", "Okafor Pharmacy Group",
             "Schneider Electric", "Marks & Spencer", "Walgreens", "Ben & Jerry's", "Hilton Hotels",
             "Ferrero", "Bosch", "Dyson", "Tata Consultancy", "Wendy's", "Lidl", "Casey's", "Trader Joe's"]
PLACES = ["Victoria", "Madison", "Charlotte", "Regina", "Sofia", "Florence", "Alexandria", "Eugene", "Austin",
          "Jackson", "Adelaide", "Georgetown", "Santiago", "São Paulo", "Lourdes", "Elizabeth", "Jordan", "Chelsea",
          "Savannah", "Marion", "San José", "Santa Monica", "Saint-Denis", "Cleveland", "Lincoln", "Houston"]
PRODUCTS = ["Alexa", "Siri", "Cortana", "Bixby", "Jarvis", "Marvin", "Lincoln Navigator", "Ada", "Julia", "Hermes",
            "Picasso", "Timber", "Lottie", "Kingfisher", "Moshi", "Koin", "Dagger", "Hilt", "Retrofit", "Alamofire",
            "Glide", "Fresco", "Realm", "Chucker", "Stetho", "Ava", "Max", "Ivy", "Sherlock", "Mercedes-Benz",
            "Hugo", "Orion", "Athena", "Clara", "Otto", "Bruno", "Leo"]
STATUS = ["Pending", "Delivered", "Unregistered", "Active", "Resolved", "Crashed", "Foreground", "Backgrounded",
          "Throttled", "BadDeviceToken", "Suspended", "Terminated", "Idle", "Expired", "Queued", "Archived",
          "Escalated", "Closed", "Open", "Snoozed"]
UI_STRINGS = ["Sign in with Apple", "Continue as Guest", "Allow Notifications", "Bienvenue !", "Willkommen zurück",
              "Bem-vindo de volta", "Bentornato", "おかえりなさい", "欢迎回来", "다시 오신 것을 환영합니다", "С возвращением",
              "مرحبا بعودتك", "ברוך שובך", "वापसी पर स्वागत है", "Witaj ponownie", "Tekrar hoş geldiniz",
              "Chào mừng trở lại", "ยินดีต้อนรับกลับ", "Καλώς ήρθατε ξανά", "Välkommen tillbaka", "Tervetuloa takaisin",
              "Welkom terug", "Bienvenido de nuevo", "Add to Cart", "Order Summary", "Payment Method",
              "Edit Profile", "Privacy Settings", "Rate Us", "What's New", "Try Again", "Restore Purchases",
              "Mettre à jour maintenant", "Jetzt aktualisieren", "Actualizar ahora", "今すぐアップデート"]
SCREENS = ["Inbox", "Settings", "Onboarding", "Checkout", "Cart", "Home", "Search", "Paywall", "Notifications",
           "Feed", "Map", "OrderHistory", "Help", "About", "Wallet", "Rewards", "Player", "Library"]
HOSTS = ["api.snapcart.example", "edge-eu-1.tripnest.example", "push-gw-03.internal", "ingest.fitloop.example",
         "cdn.notely.example", "events.acme-app.example", "mq-07.prod.internal", "symbolicator-2.internal"]


def decoy_person_like(r) -> str:
    return r.choice([*COMPANIES, *PLACES, *PRODUCTS])
