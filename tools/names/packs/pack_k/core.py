"""Segment builder and verifier for pack_k.

A record is a list of (text, TYPE|None) segments, so every span's offsets follow from the lengths of the
segments before it; nothing is searched for afterwards. Encoders are applied per segment, so an escaped
value is labelled exactly as it appears. Embedded JSON/XML documents are registered and parsed again.
"""

from __future__ import annotations

import ipaddress
import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from urllib.parse import quote, quote_plus, unquote, unquote_plus

TYPES = ("NAME", "EMAIL", "PHONE", "SSN", "CREDIT_CARD", "IP_ADDRESS")


class TemplateBug(AssertionError):
    pass


# ---------------------------------------------------------------- encoders
def ident(s: str) -> str:
    return s


def jesc(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jesc_a(s: str) -> str:
    return json.dumps(s, ensure_ascii=True)[1:-1]


def form(s: str) -> str:
    return quote_plus(s, safe="")


def pct(s: str) -> str:
    return quote(s, safe="")


def xesc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def N(v):
    return (v, "NAME")


def E(v):
    return (v, "EMAIL")


def P(v):
    return (v, "PHONE")


def S(v):
    return (v, "SSN")


def C(v):
    return (v, "CREDIT_CARD")


def I(v):  # noqa: E743
    return (v, "IP_ADDRESS")


class J:
    """A JSON (or repr) string value made of literal pieces and labelled (value, TYPE) tuples."""

    def __init__(self, *pieces):
        self.pieces = pieces

    def plain(self) -> str:
        return "".join(p if isinstance(p, str) else p[0] for p in self.pieces)


class Raw:
    def __init__(self, text: str):
        self.text = text


def _plain(obj):
    if isinstance(obj, dict):
        return {k: _plain(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_plain(v) for v in obj]
    if isinstance(obj, tuple):
        return obj[0]
    if isinstance(obj, J):
        return obj.plain()
    return obj


class Rec:
    def __init__(self, kind: str = "text"):
        self.segs: list[tuple[str, str | None]] = []
        self.kind = kind  # "text", "json" or "xml": the whole text must parse
        self.docs: list[tuple[int, int, str]] = []

    def __len__(self) -> int:
        return sum(len(t) for t, _ in self.segs)

    def __call__(self, *pieces, enc=ident) -> Rec:
        for p in pieces:
            if p is None or p == "":
                continue
            if isinstance(p, str):
                self.segs.append((enc(p), None))
            elif isinstance(p, tuple):
                v, typ = p
                if typ not in TYPES or not v:
                    raise TemplateBug(f"bad labelled value {p!r}")
                self.segs.append((enc(v), typ))
            elif isinstance(p, (list, J)):
                self(*(p.pieces if isinstance(p, J) else p), enc=enc)
            elif isinstance(p, Rec):
                self.segs.extend(p.segs)
            else:
                raise TypeError(type(p))
        return self

    # ---- JSON
    def js(self, obj, indent: int | None = None, ascii: bool = False, sep=None, _lvl: int = 0) -> Rec:
        if _lvl == 0:
            start = len(self)
        e = jesc_a if ascii else jesc
        item_sep, kv_sep = sep or ((",", ": ") if indent is not None else (",", ":"))
        nl = "" if indent is None else "\n" + " " * (indent * (_lvl + 1))
        end = "" if indent is None else "\n" + " " * (indent * _lvl)
        if isinstance(obj, dict):
            if not obj:
                self("{}")
            else:
                self("{")
                for i, (k, v) in enumerate(obj.items()):
                    self((item_sep if i else "") + nl + json.dumps(k, ensure_ascii=ascii) + kv_sep)
                    self.js(v, indent, ascii, sep, _lvl + 1)
                self(end + "}")
        elif isinstance(obj, list):
            if not obj:
                self("[]")
            else:
                self("[")
                for i, v in enumerate(obj):
                    self((item_sep if i else "") + nl)
                    self.js(v, indent, ascii, sep, _lvl + 1)
                self(end + "]")
        elif isinstance(obj, (tuple, J)):
            self('"')(obj, enc=e)('"')
        elif isinstance(obj, Raw):
            self(obj.text)
        else:
            self(json.dumps(obj, ensure_ascii=ascii))
        if _lvl == 0:
            self.docs.append((start, len(self), "json"))
            want = json.dumps(_plain(obj), ensure_ascii=ascii)
            if json.loads(self.text()[start:]) != json.loads(want):
                raise TemplateBug("JSON writer mismatch")
        return self

    # ---- Python repr of dicts/lists/str (checked against repr())
    def py(self, obj, _top: bool = True) -> Rec:
        start = len(self)
        if isinstance(obj, dict):
            self("{")
            for i, (k, v) in enumerate(obj.items()):
                self((", " if i else "") + repr(k) + ": ")
                self.py(v, False)
            self("}")
        elif isinstance(obj, list):
            self("[")
            for i, v in enumerate(obj):
                self(", " if i else "")
                self.py(v, False)
            self("]")
        elif isinstance(obj, (tuple, J)):
            pieces = obj.pieces if isinstance(obj, J) else (obj,)
            full = repr(_plain(obj))
            q = full[0]

            def enc(s, q=q):
                r = repr(s)[1:-1]
                if q == '"':  # repr of the whole string chose double quotes; pieces must agree
                    r = s.replace("\\", "\\\\").replace('"', '\\"')
                return r

            self(q)(*pieces, enc=enc)(q)
        else:
            self(repr(obj))
        if _top and self.text()[start:] != repr(_plain(obj)):
            raise TemplateBug(f"repr mismatch {self.text()[start:]!r}")
        return self

    def doc(self, kind: str, build) -> Rec:
        """Register a sub-document written by build(self) (kind json or xml) for a parse check."""
        start = len(self)
        build(self)
        self.docs.append((start, len(self), kind))
        return self

    def text(self) -> str:
        return "".join(t for t, _ in self.segs)

    def spans(self) -> list[tuple[int, int, str, str]]:
        out, pos = [], 0
        for t, typ in self.segs:
            if typ is not None:
                out.append((pos, pos + len(t), typ, t))
            pos += len(t)
        return out


# ---------------------------------------------------------------- value checks
_EMAIL = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
_PHONE_CH = re.compile(r"^\+?[0-9()\-./ ]+$")


def luhn_ok(d: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        tot += n
    return tot % 10 == 0


def ssn_ok(a: str, g: str, s: str) -> bool:
    return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


def _value_problem(typ: str, v: str) -> str | None:
    if typ == "EMAIL":
        return None if _EMAIL.match(unquote(unquote(v.replace("\\u0040", "@")))) else "bad e-mail"
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
        return None if d.isdigit() and 13 <= len(d) <= 19 and d[0] in "23456" and luhn_ok(d) else "bad card"
    if typ == "PHONE":
        dec = unquote_plus(v)
        n = len(re.sub(r"\D", "", dec))
        return None if _PHONE_CH.match(dec) and 7 <= n <= 15 else "bad phone"
    if typ == "NAME":
        return None if "@" not in v and any(c.isalpha() for c in v) else "bad name"
    return "bad type"


def check_structure(rec: Rec, negative: bool) -> None:
    text = rec.text()
    prev = 0
    for s, e, typ, v in rec.spans():
        if not (0 <= s < e <= len(text)) or text[s:e] != v:
            raise TemplateBug(f"span {s, e} does not hold {v!r}")
        if v != v.strip():
            raise TemplateBug(f"whitespace at edge of {v!r}")
        if s < prev:
            raise TemplateBug("overlapping spans")
        prev = e
        why = _value_problem(typ, v)
        if why:
            raise TemplateBug(f"{why}: {v!r} in {text[:400]!r}")
    if negative and rec.spans():
        raise TemplateBug(f"negative with spans: {text[:400]!r}")
    if not negative and not rec.spans():
        raise TemplateBug(f"positive without spans: {text[:400]!r}")
    docs = list(rec.docs)
    if rec.kind in ("json", "xml"):
        docs.append((0, len(text), rec.kind))
    for a, b, kind in docs:
        chunk = text[a:b]
        try:
            json.loads(chunk) if kind == "json" else ET.fromstring(chunk)
        except Exception as ex:
            raise TemplateBug(f"{kind} document does not parse ({ex}): {chunk[:300]!r}") from None


# ---------------------------------------------------------------- leak check
_EMAIL_IN = re.compile(
    r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
    r"|(?:[A-Za-z0-9._-]|%2[Bb])+(?:%40|%2540|\\u0040)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
)
_IPV4 = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.]*\d)")
_CARD = re.compile(r"(?<![\w-])(?:\d{13,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{1,7}|\d{4}([ -])\d{6}\2\d{5})(?![\w])")
_SSN = re.compile(r"(?<![\w-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\w-])")
_NOSPACE = re.compile(r"[\u0E00-\u0E7F\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF\u1780-\u17FF]")


def _inside(s, e, spans, types=None) -> bool:
    return any(a <= s and e <= b and (types is None or t in types) for a, b, t, _ in spans)


def fold(s: str) -> str:
    s = s.translate(_FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


_FOLD = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "đ": "d", "Đ": "D", "ł": "l",
                       "Ł": "L", "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "œ": "oe", "ʻ": "'", "’": "'"})


def name_forms(tok: str) -> set[str]:
    out = set()
    for t in {tok, fold(tok)}:
        out |= {t, quote_plus(t), quote(t), jesc_a(t), quote_plus(t.upper()), jesc_a(t.upper()),
                t.encode("unicode_escape").decode("ascii")}
    return {f for f in out if f}


def find_leaks(rec: Rec, tokens: list[str]) -> list[str]:
    text = rec.text()
    spans = rec.spans()
    leaks = []
    for m in _EMAIL_IN.finditer(text):
        dom = re.split(r"@|%40|%2540|\\u0040", m.group(0), maxsplit=1)[1]
        if dom == dom.upper():
            continue  # Kerberos-style realm (user@REALM), not an e-mail address
        if not _inside(m.start(), m.end(), spans, ("EMAIL",)):
            leaks.append(f"e-mail {m.group(0)!r}")
    for m in _IPV4.finditer(text):
        try:
            ipaddress.IPv4Address(m.group(0))
        except ValueError:
            continue
        if not _inside(m.start(), m.end(), spans):
            leaks.append(f"IPv4 {m.group(0)!r}")
    for m in _CARD.finditer(text):
        d = re.sub(r"[ -]", "", m.group(0))
        if 13 <= len(d) <= 19 and d[0] in "23456" and luhn_ok(d) and not _inside(m.start(), m.end(), spans):
            leaks.append(f"card-like {m.group(0)!r}")
    for m in _SSN.finditer(text):
        if ssn_ok(m[1], m[3], m[4]) and not _inside(m.start(), m.end(), spans):
            leaks.append(f"SSN-like {m.group(0)!r}")
    for tok in tokens:
        for f in name_forms(tok):
            if _NOSPACE.search(f):
                pat = re.compile(re.escape(f))
            else:
                pat = re.compile(r"(?<![^\W_])" + re.escape(f) + r"(?![^\W_])", re.IGNORECASE)
            for m in pat.finditer(text):
                if not _inside(m.start(), m.end(), spans, ("NAME", "EMAIL")):
                    leaks.append(f"name word {f!r} at {m.start()}")
    return leaks
