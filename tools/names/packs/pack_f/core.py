"""Segment builder and verifier for pack_f.

A record is a list of (text, TYPE-or-None) segments; span offsets follow from the segment lengths, so
nothing is searched for afterwards. Encoders (JSON, form, percent, XML) are applied segment by segment,
so an escaped value is labelled exactly as it appears in the text.
"""

from __future__ import annotations

import ipaddress
import json
import re
import xml.etree.ElementTree as ET
from urllib.parse import quote, quote_plus, unquote, unquote_plus
from xml.sax.saxutils import escape as _xml_escape

TYPES = ("NAME", "EMAIL", "PHONE", "SSN", "CREDIT_CARD", "IP_ADDRESS")


class TemplateBug(AssertionError):
    pass


# ---------------------------------------------------------------- encoders
def ident(s: str) -> str:
    return s


def jstr(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jascii(s: str) -> str:
    return json.dumps(s, ensure_ascii=True)[1:-1]


def form(s: str) -> str:
    return quote_plus(s, safe="")


def pct(s: str) -> str:
    return quote(s, safe="")


def xesc(s: str) -> str:
    return _xml_escape(s, {'"': "&quot;"})


class L:
    """A labelled value."""

    __slots__ = ("t", "v")

    def __init__(self, v: str, t: str) -> None:
        if t not in TYPES or not v:
            raise TemplateBug(f"bad label {v!r} {t}")
        self.v, self.t = v, t


def N(v: str) -> L:
    return L(v, "NAME")


def E(v: str) -> L:
    return L(v, "EMAIL")


def PH(v: str) -> L:
    return L(v, "PHONE")


def SS(v: str) -> L:
    return L(v, "SSN")


def CC(v: str) -> L:
    return L(v, "CREDIT_CARD")


def IP(v: str) -> L:
    return L(v, "IP_ADDRESS")


class Mix:
    """A string value for a JSON document made of literal text and labelled pieces."""

    def __init__(self, *pieces) -> None:
        self.pieces = pieces

    def plain(self) -> str:
        return "".join(p if isinstance(p, str) else p.v for p in self.pieces)


class Sub:
    """A JSON string whose content is another record's text (nested, escaped document)."""

    def __init__(self, rec: Rec) -> None:
        self.rec = rec


def _plain(o):
    if isinstance(o, dict):
        return {k: _plain(v) for k, v in o.items()}
    if isinstance(o, list):
        return [_plain(v) for v in o]
    if isinstance(o, L):
        return o.v
    if isinstance(o, Mix):
        return o.plain()
    if isinstance(o, Sub):
        return o.rec.text()
    return o


class Rec:
    def __init__(self) -> None:
        self.segs: list[tuple[str, str | None]] = []
        self.docs: list[tuple[int, int, str, object]] = []  # (seg_from, seg_to, kind, expected)
        self.exempt: list[str] = []  # strings the leak check may ignore (e.g. Message-IDs)
        self.nested: list[Rec] = []  # records embedded as escaped JSON strings

    # -- building
    def add(self, *pieces, enc=ident) -> Rec:
        for p in pieces:
            if isinstance(p, str):
                if p:
                    self.segs.append((enc(p), None))
            elif isinstance(p, L):
                self.segs.append((enc(p.v), p.t))
            elif isinstance(p, Rec):
                for t, typ in p.segs:
                    self.segs.append((enc(t), typ))
            elif isinstance(p, (list, tuple)):
                self.add(*p, enc=enc)
            elif p is None:
                continue
            else:
                raise TemplateBug(f"unknown piece {type(p)}")
        return self

    __call__ = add

    def pyq(self, v: str | L) -> Rec:
        """A Python str repr: quotes chosen as repr() does, value labelled inside."""
        raw = v.v if isinstance(v, L) else v
        r = repr(raw)
        self.add(r[0])
        self.add(L(r[1:-1], v.t) if isinstance(v, L) else r[1:-1])
        return self.add(r[-1])

    def rbq(self, v: str | L) -> Rec:
        """A Ruby String#inspect (double quotes)."""
        enc = lambda s: s.replace("\\", "\\\\").replace('"', '\\"')
        return self.add('"').add(v, enc=enc).add('"')

    def json(self, obj, indent: int | None = None, ascii: bool = False, seps=None) -> Rec:
        if seps is None:
            seps = (",", ":") if indent is None else (",", ": ")
        start = len(self.segs)
        self._emit(obj, indent, ascii, seps, 0)
        expected = json.dumps(_plain(obj), indent=indent, ensure_ascii=ascii, separators=seps)
        self.docs.append((start, len(self.segs), "json", expected))
        return self

    def _emit(self, o, indent, ascii, seps, lvl) -> None:
        enc = jascii if ascii else jstr
        nl = "" if indent is None else "\n" + " " * (indent * (lvl + 1))
        end = "" if indent is None else "\n" + " " * (indent * lvl)
        if isinstance(o, dict):
            if not o:
                self.add("{}")
                return
            self.add("{")
            for i, (k, v) in enumerate(o.items()):
                self.add((seps[0] if i else "") + nl + json.dumps(k, ensure_ascii=ascii) + seps[1])
                self._emit(v, indent, ascii, seps, lvl + 1)
            self.add(end + "}")
        elif isinstance(o, list):
            if not o:
                self.add("[]")
                return
            self.add("[")
            for i, v in enumerate(o):
                self.add((seps[0] if i else "") + nl)
                self._emit(v, indent, ascii, seps, lvl + 1)
            self.add(end + "]")
        elif isinstance(o, L):
            self.add('"').add(o, enc=enc).add('"')
        elif isinstance(o, Mix):
            self.add('"').add(*o.pieces, enc=enc).add('"')
        elif isinstance(o, Sub):
            self.add('"').add(o.rec, enc=enc).add('"')
            self.nested.append(o.rec)
        else:
            self.add(json.dumps(o, ensure_ascii=ascii))

    def xml(self, *pieces) -> Rec:
        """Append an XML document (pieces already escaped by the caller); it must parse."""
        start = len(self.segs)
        self.add(*pieces)
        self.docs.append((start, len(self.segs), "xml", None))
        return self

    # -- reading
    def text(self) -> str:
        return "".join(t for t, _ in self.segs)

    def spans(self) -> list[tuple[int, int, str]]:
        out, pos = [], 0
        for t, typ in self.segs:
            if typ is not None:
                out.append((pos, pos + len(t), typ))
            pos += len(t)
        return out


# ---------------------------------------------------------------- value checks
_EMAIL = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
_PHONE_CHARS = re.compile(r"^[0-9+()\-./ ]+$")


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


def value_problem(typ: str, v: str) -> str | None:
    if typ == "EMAIL":
        return None if _EMAIL.match(unquote(unquote(v))) else "bad e-mail"
    if typ == "IP_ADDRESS":
        try:
            ipaddress.ip_address(v)
        except ValueError:
            return "bad IP"
        return None
    if typ == "SSN":
        if re.fullmatch(r"\d{4}", v):
            return None
        m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", v)
        return None if m and ssn_ok(m[1], m[3], m[4]) else "bad SSN"
    if typ == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", unquote_plus(v))
        ok = d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d) and d[0] in "23456"
        return None if ok else "bad card"
    if typ == "PHONE":
        dec = unquote_plus(v)
        n = len(re.sub(r"\D", "", dec))
        return None if _PHONE_CHARS.match(dec) and 7 <= n <= 15 else "bad phone"
    if typ == "NAME":
        return None if "@" not in v and any(c.isalpha() for c in v) else "bad name"
    return "bad type"


def verify_structure(rec: Rec, negative: bool, words: set[str] | None = None) -> None:
    text = rec.text()
    prev = 0
    spans = rec.spans()
    labelled = [seg for seg, typ in rec.segs if typ is not None]
    for (s, e, typ), seg in zip(spans, labelled):
        val = text[s:e]
        if val != seg:
            raise TemplateBug(f"span text {val!r} != labelled value {seg!r}")
        if typ == "NAME" and words is not None and not _names_person(val, words):
            raise TemplateBug(f"NAME span {val!r} holds no word of a drawn person")
        if not (0 <= s < e <= len(text)):
            raise TemplateBug(f"span out of range {(s, e)}")
        if s < prev:
            raise TemplateBug(f"overlapping spans at {s} in {text[:200]!r}")
        prev = e
        if val != val.strip():
            raise TemplateBug(f"edge whitespace in {val!r}")
        why = value_problem(typ, val)
        if why:
            raise TemplateBug(f"{why}: {val!r} in {text[:300]!r}")
    if negative and spans:
        raise TemplateBug(f"negative with spans: {text[:300]!r}")
    if not negative and not spans:
        raise TemplateBug(f"positive without spans: {text[:300]!r}")
    if "<__main__" in text or "object at 0x" in text or "<core." in text:
        raise TemplateBug(f"unrendered object in {text[:300]!r}")
    _check_docs(rec)


def _names_person(val: str, words: set[str]) -> bool:
    forms = {val, unquote_plus(val), unquote(val)}
    try:
        forms.add(json.loads('"' + val + '"'))
    except ValueError:
        pass
    low = {f.lower() for f in forms}
    return any(w.lower() in f for w in words for f in low)


def _check_docs(rec: Rec) -> None:
    for sub in rec.nested:
        _check_docs(sub)
    for a, b, kind, expected in rec.docs:
        chunk = "".join(t for t, _ in rec.segs[a:b])
        if kind == "json":
            if chunk != expected:
                raise TemplateBug(f"JSON differs from json.dumps: {chunk[:200]!r} vs {expected[:200]!r}")
            json.loads(chunk)
        else:
            try:
                ET.fromstring(chunk)
            except ET.ParseError as exc:
                raise TemplateBug(f"XML does not parse ({exc}): {chunk[:300]!r}") from None


# ---------------------------------------------------------------- leak check
_EMAIL_IN_TEXT = re.compile(
    r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
    r"|(?:[A-Za-z0-9._-]|%2[Bb])+(?:%40|%2540)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
)
_IPV4 = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)")
_CARDLIKE = re.compile(r"(?<![\w-])(?:\d{13,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{1,7}|\d{4}([ -])\d{6}\2\d{5})(?!\w)")
_SSNLIKE = re.compile(r"(?<![\w-])(\d{3})([- ]?)(\d{2})\2(\d{4})(?![\w-])")


def _covered(s: int, e: int, spans, types=None) -> bool:
    return any(a <= s and e <= b and (types is None or t in types) for a, b, t in spans)


def _forms(tok: str) -> set[str]:
    out = {tok, form(tok), pct(tok), jascii(tok), form(tok.upper()), jascii(tok.upper())}
    return {f for f in out if f}


def find_leaks(rec: Rec, words: set[str]) -> list[str]:
    """PII left outside any span. `words` are the drawn persons' name words and account names."""
    text = rec.text()
    spans = rec.spans()
    leaks = []
    for m in _EMAIL_IN_TEXT.finditer(text):
        if m.group(0) in rec.exempt:
            continue
        realm = re.split(r"@|%40|%2540", m.group(0), maxsplit=1)[1]
        if realm == realm.upper():
            continue  # user@REALM (Kerberos principal): the user is labelled NAME, the realm is not an e-mail
        if not _covered(m.start(), m.end(), spans, ("EMAIL",)):
            leaks.append(f"e-mail {m.group(0)!r}")
    for m in _IPV4.finditer(text):
        try:
            ipaddress.IPv4Address(m.group(0))
        except ValueError:
            continue
        if re.search(r"[A-Za-z]/$", text[max(0, m.start() - 2):m.start()]):
            continue  # a version after a Product/ token (Chrome/130.0.0.0), not an address
        if not _covered(m.start(), m.end(), spans):
            leaks.append(f"IPv4 {m.group(0)!r}")
    for m in _CARDLIKE.finditer(text):
        d = re.sub(r"[ -]", "", m.group(0))
        if d[0] in "23456" and luhn_ok(d) and not _covered(m.start(), m.end(), spans):
            leaks.append(f"card-like {m.group(0)!r}")
    for m in _SSNLIKE.finditer(text):
        if m[2] == "":
            continue  # bare nine digits are ids everywhere; only dashed/spaced forms are checked
        if ssn_ok(m[1], m[3], m[4]) and not _covered(m.start(), m.end(), spans):
            leaks.append(f"SSN-like {m.group(0)!r}")
    for w in sorted(words):
        for f in sorted(_forms(w)):
            pat = re.compile(r"(?<![^\W_])" + re.escape(f) + r"(?![^\W_])", re.IGNORECASE)
            for m in pat.finditer(text):
                if not _covered(m.start(), m.end(), spans, ("NAME", "EMAIL")):
                    leaks.append(f"name word {f!r} at {m.start()}")
    return leaks
