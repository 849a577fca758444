"""Checks run on every record. Structural problems are template bugs and raise; leaks (PII left outside
a span) make the generator draw the record again."""

from __future__ import annotations

import ipaddress
import json
import re
import xml.etree.ElementTree as ET
from urllib.parse import quote_plus, unquote, unquote_plus

from _build import TYPES, Rec
from _names import Person
from _values import luhn_ok


class TemplateBug(AssertionError):
    pass


_EMAIL = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
_PHONE_CHARS = re.compile(r"^[0-9+()\-./ ]+$")


def ssn_ok(a: str, g: str, s: str) -> bool:
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and s != "0000"


def valid_value(typ: str, v: str) -> str | None:
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


def check_structure(rec: Rec, negative: bool) -> None:
    text = rec.text()
    prev = -1
    for s, e, typ, value in rec.labelled():
        if not (0 <= s < e <= len(text)):
            raise TemplateBug(f"span out of range {s, e}")
        if text[s:e] != value:
            raise TemplateBug(f"span text {text[s:e]!r} != {value!r}")
        if value != value.strip():
            raise TemplateBug(f"whitespace at edge of {value!r}")
        if typ not in TYPES:
            raise TemplateBug(typ)
        if s < prev:
            raise TemplateBug("overlapping spans")
        prev = e
        why = valid_value(typ, value)
        if why:
            raise TemplateBug(f"{why}: {value!r} in {text[:300]!r}")
    if negative and rec.labelled():
        raise TemplateBug(f"negative with spans: {text[:300]!r}")
    if not negative and not rec.labelled():
        raise TemplateBug(f"positive without spans: {text[:300]!r}")
    if rec.kind == "json":
        json.loads(text)
    elif rec.kind == "xml":
        ET.fromstring(text)


_EMAIL_IN_TEXT = re.compile(
    r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
    r"|(?:[A-Za-z0-9._-]|%2[Bb])+(?:%40|%2540)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
)
_IPV4 = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?!\.?\d)")
_CARDLIKE = re.compile(r"(?<![\w-])(?:\d{13,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{1,7}|\d{4}([ -])\d{6}\2\d{5})(?!\w)")
_SSNLIKE = re.compile(r"(?<![\w-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\w-])")


def _inside(s: int, e: int, spans: list[tuple[int, int, str, str]], types: tuple[str, ...] | None) -> bool:
    return any(a <= s and e <= b and (types is None or t in types) for a, b, t, _ in spans)


def find_leaks(rec: Rec, persons: list[Person]) -> list[str]:
    text = rec.text()
    spans = rec.labelled()
    leaks: list[str] = []
    for m in _EMAIL_IN_TEXT.finditer(text):
        dom = re.split(r"@|%40|%2540", m.group(0), maxsplit=1)[1]
        if dom == dom.upper():
            continue  # Kerberos-style realm, not an e-mail address
        if not _inside(m.start(), m.end(), spans, ("EMAIL",)):
            leaks.append(f"e-mail {m.group(0)!r}")
    for m in _IPV4.finditer(text):
        try:
            ipaddress.IPv4Address(m.group(0))
        except ValueError:
            continue
        if not _inside(m.start(), m.end(), spans, None):
            leaks.append(f"IPv4 {m.group(0)!r}")
    for m in _CARDLIKE.finditer(text):
        d = re.sub(r"[ -]", "", m.group(0))
        if 13 <= len(d) <= 19 and d[0] in "23456" and luhn_ok(d) and not _inside(m.start(), m.end(), spans, None):
            leaks.append(f"card-like {m.group(0)!r}")
    for m in _SSNLIKE.finditer(text):
        if ssn_ok(m[1], m[3], m[4]) and not _inside(m.start(), m.end(), spans, None):
            leaks.append(f"SSN-like {m.group(0)!r}")
    for p in persons:
        for tok in p.tokens:
            forms = {tok, quote_plus(tok), quote_plus(tok.upper()), json.dumps(tok)[1:-1]}
            for form in forms:
                pat = re.compile(r"(?<![^\W_])" + re.escape(form) + r"(?![^\W_])", re.IGNORECASE)
                for m in pat.finditer(text):
                    if not _inside(m.start(), m.end(), spans, ("NAME", "EMAIL")):
                        leaks.append(f"name word {form!r} at {m.start()}")
    return leaks
