"""Segment builder, serialisers and the record verifier of pack_b.

A record is a list of (text, TYPE-or-None) segments. Offsets follow from the segment lengths, so
spans are exact by construction; encoders are applied segment by segment, so an escaped value is
labelled exactly as it appears in the text."""

from __future__ import annotations

import ipaddress
import json
import re
import unicodedata
from urllib.parse import quote, quote_plus, unquote, unquote_plus

TYPES = ("NAME", "EMAIL", "PHONE", "SSN", "CREDIT_CARD", "IP_ADDRESS")


class TemplateBug(AssertionError):
    """A structural error in a template: generation stops."""


# ----------------------------------------------------------------------------- encoders
def jesc(s: str, ascii_only: bool = False) -> str:
    return json.dumps(s, ensure_ascii=ascii_only)[1:-1]


def jesc_a(s: str) -> str:
    return jesc(s, True)


def form(s: str) -> str:
    return quote_plus(s, safe="")


def pct(s: str) -> str:
    return quote(s, safe="")


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


class D:
    """Document under construction: call it with pieces (str literal, (value, TYPE), D, list)."""

    def __init__(self, *pieces, enc=None):
        self.segs: list[tuple[str, str | None]] = []
        self.frags: list[tuple[int, int]] = []  # JSON documents to parse again (offsets)
        if pieces:
            self(*pieces, enc=enc)

    def __len__(self):
        return sum(len(t) for t, _ in self.segs)

    def __call__(self, *pieces, enc=None) -> D:
        for p in pieces:
            if p is None or p == "":
                continue
            if isinstance(p, str):
                self.segs.append((enc(p) if enc else p, None))
            elif isinstance(p, tuple):
                v, typ = p
                if typ not in TYPES or not isinstance(v, str) or not v:
                    raise TemplateBug(f"bad labelled value {p!r}")
                self.segs.append((enc(v) if enc else v, typ))
            elif isinstance(p, D):
                if enc is None:
                    base = len(self)
                    self.frags.extend((base + s, base + e) for s, e in p.frags)
                for t, typ in p.segs:
                    self.segs.append((enc(t) if enc else t, typ))
            elif isinstance(p, (list, Mix)):
                self(*(p.pieces if isinstance(p, Mix) else p), enc=enc)
            else:
                raise TemplateBug(f"bad piece {type(p)}")
        return self

    def text(self) -> str:
        return "".join(t for t, _ in self.segs)

    def spans(self) -> list[list]:
        out, pos = [], 0
        for t, typ in self.segs:
            if typ:
                out.append([pos, pos + len(t), typ])
            pos += len(t)
        return out

    def pieces(self) -> list:
        return [t if typ is None else (t, typ) for t, typ in self.segs]


class Mix:
    """A string value made of literal and labelled pieces (for J)."""

    def __init__(self, *pieces):
        self.pieces = list(pieces)


class Raw:
    """Literal JSON text."""

    def __init__(self, text):
        self.text = text


def J(obj, indent=None, ascii_only=False, sep=None) -> D:
    """Serialise obj as JSON into a D; string contents (labelled or not) are JSON-escaped."""
    d = D()
    enc = jesc_a if ascii_only else jesc
    colon, comma = sep or ((": ", ",") if indent is not None else (":", ","))

    def w(o, level):
        nl = "" if indent is None else "\n" + " " * (indent * (level + 1))
        end = "" if indent is None else "\n" + " " * (indent * level)
        if isinstance(o, dict):
            if not o:
                d("{}")
                return
            d("{")
            for i, (k, v) in enumerate(o.items()):
                d((comma if i else "") + nl + '"' + enc(k) + '"' + colon)
                w(v, level + 1)
            d(end + "}")
        elif isinstance(o, list):
            if not o:
                d("[]")
                return
            d("[")
            for i, v in enumerate(o):
                d((comma if i else "") + nl)
                w(v, level + 1)
            d(end + "]")
        elif isinstance(o, (tuple, Mix, D)):
            d('"')
            d(o, enc=enc)
            d('"')
        elif isinstance(o, str):
            d('"' + enc(o) + '"')
        elif isinstance(o, Raw):
            d(o.text)
        else:
            d(json.dumps(o))

    w(obj, 0)
    t = d.text()
    json.loads(t)  # a JSON document must parse as it is written
    d.frags.append((0, len(t)))
    return d


def pystr(v) -> list:
    """Python repr of a str value (labelled or not) as pieces: quote choice as repr() makes it."""
    raw = v[0] if isinstance(v, tuple) else v
    r = repr(raw)
    q, inner = r[0], r[1:-1]
    return [q, (inner, v[1]) if isinstance(v, tuple) else inner, q]


def rbstr(v) -> list:
    raw = v[0] if isinstance(v, tuple) else v
    inner = raw.replace("\\", "\\\\").replace('"', '\\"')
    return ['"', (inner, v[1]) if isinstance(v, tuple) else inner, '"']


# ----------------------------------------------------------------------------- checks
_EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
_PHONE_CH = re.compile(r"^[0-9+()\-. /]+$")


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


def _unjson(v: str) -> str:
    try:
        return json.loads('"' + v + '"') if "\\" in v else v
    except ValueError:
        return v


def value_problem(typ: str, v: str) -> str | None:
    if typ == "NAME":
        return None if "@" not in v and any(ch.isalpha() for ch in v) else "bad name"
    if typ == "EMAIL":
        return None if _EMAIL_RE.match(unquote(unquote(_unjson(v)))) else "bad e-mail"
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
        d = re.sub(r"[ +-]", "", unquote_plus(v))
        ok = d.isdigit() and 13 <= len(d) <= 19 and d[0] in "23456" and luhn_ok(d)
        return None if ok else "bad card"
    if typ == "PHONE":
        dec = unquote_plus(_unjson(v).replace("\\/", "/"))
        n = len(re.sub(r"\D", "", dec))
        return None if _PHONE_CH.match(dec) and 7 <= n <= 15 else "bad phone"
    return "bad type"


_EMAIL_IN = re.compile(
    r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
    r"|(?:[A-Za-z0-9._-]|%2[Bb])+(?:%40|%2540)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_IPV4_IN = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.]*\d)")
_CARD_IN = re.compile(r"(?<![\w-])(?:\d{13,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{1,7}|\d{4}([ -])\d{6}\2\d{5})(?!\w)")
_SSN_IN = re.compile(r"(?<![\w-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\w-])")
PARTICLES = {"van", "der", "den", "de", "la", "le", "du", "da", "dos", "das", "do", "del", "della", "di",
             "von", "zu", "ter", "te", "al", "el", "bin", "binti", "ibn", "ben", "ap", "y", "st", "ní", "ó", "t"}


def fold(s: str) -> str:
    for a, b in (("ß", "ss"), ("ø", "o"), ("Ø", "O"), ("æ", "ae"), ("Æ", "AE"), ("ł", "l"), ("Ł", "L"),
                 ("đ", "d"), ("Đ", "D"), ("ı", "i"), ("þ", "th"), ("Þ", "Th"), ("ð", "d"), ("œ", "oe")):
        s = s.replace(a, b)
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def name_tokens(*names: str) -> set[str]:
    out = set()
    for n in names:
        for w in re.split(r"[\W_]+", n):
            if len(w) >= 2 and w.lower() not in PARTICLES:
                out.add(w)
    return out


_NOSPACE = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _inside(s, e, spans, types=None):
    return any(a <= s and e <= b and (types is None or t in types) for a, b, t in spans)


def find_leaks(text: str, spans: list, tokens) -> list[str]:
    leaks = []
    for m in _EMAIL_IN.finditer(text):
        dom = re.split(r"@|%40|%2540", m.group(0), maxsplit=1)[1]
        glued = any(t == "EMAIL" and b == m.end() and m.start() <= a for a, b, t in spans)  # SIP2 "BE<addr>"
        if dom != dom.upper() and not glued and not _inside(m.start(), m.end(), spans, ("EMAIL",)):
            leaks.append(f"e-mail {m.group(0)!r}")
    for m in _IPV4_IN.finditer(text):
        try:
            ipaddress.IPv4Address(m.group(0))
        except ValueError:
            continue
        if re.search(r"[A-Za-z]/$", text[max(0, m.start() - 12):m.start()]):
            continue  # Product/1.2.3.4 version in a user agent
        if not _inside(m.start(), m.end(), spans):
            leaks.append(f"IPv4 {m.group(0)!r}")
    for m in _CARD_IN.finditer(text):
        d = re.sub(r"[ -]", "", m.group(0))
        if 13 <= len(d) <= 19 and d[0] in "23456" and luhn_ok(d) and not _inside(m.start(), m.end(), spans):
            leaks.append(f"card-like {m.group(0)!r}")
    for m in _SSN_IN.finditer(text):
        if ssn_ok(m[1], m[3], m[4]) and not _inside(m.start(), m.end(), spans):
            leaks.append(f"SSN-like {m.group(0)!r}")
    for tok in sorted(tokens):
        forms = {tok, fold(tok), form(tok), jesc_a(tok)}
        for f in sorted(forms):
            if _NOSPACE.search(f):  # scripts written without spaces: any occurrence counts
                pat = re.compile(re.escape(f))
            else:
                pat = re.compile(r"(?<![^\W_])" + re.escape(f) + r"(?![^\W_])", re.IGNORECASE)
            for m in pat.finditer(text):
                if not _inside(m.start(), m.end(), spans, ("NAME", "EMAIL")):
                    leaks.append(f"name word {f!r} at {m.start()}")
    return leaks


def check_structure(text: str, spans: list, negative: bool, frags=(), values=None) -> None:
    """Raise TemplateBug on any structural problem; values are the labelled values as they were appended."""
    if values is not None and len(values) != len(spans):
        raise TemplateBug("span count differs from the appended values")
    prev = 0
    for k, (s, e, typ) in enumerate(spans):
        if values is not None and text[s:e] != values[k]:
            raise TemplateBug(f"span text {text[s:e]!r} != appended value {values[k]!r}")
        if not (0 <= s < e <= len(text)):
            raise TemplateBug(f"span out of range {(s, e)} in {text[:200]!r}")
        if s < prev:
            raise TemplateBug(f"overlapping spans in {text[:200]!r}")
        prev = e
        v = text[s:e]
        if v != v.strip():
            raise TemplateBug(f"edge whitespace {v!r}")
        if typ not in TYPES:
            raise TemplateBug(f"bad type {typ}")
        why = value_problem(typ, v)
        if why:
            raise TemplateBug(f"{why}: {v!r} in {text[:300]!r}")
    if negative and spans:
        raise TemplateBug(f"negative with spans: {text[:300]!r}")
    if not negative and not spans:
        raise TemplateBug(f"positive without spans: {text[:300]!r}")
    for s, e in frags:
        try:
            json.loads(text[s:e])
        except ValueError as exc:
            raise TemplateBug(f"JSON fragment does not parse ({exc}): {text[s:e][:200]!r}") from exc
    if text.lstrip()[:1] in "{[" and text.rstrip()[-1:] in "}]":
        try:
            json.loads(text)
        except ValueError as exc:
            raise TemplateBug(f"record looks like JSON but does not parse: {text[:200]!r}") from exc
