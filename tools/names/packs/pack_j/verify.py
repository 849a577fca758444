"""Checks run on every record. A structural problem is a template bug and raises TemplateBug; a leak (PII left
outside a span) is reported so that the generator draws the record again."""

from __future__ import annotations

import ast
import ipaddress
import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from urllib.parse import unquote, unquote_plus

from seg import TYPES
from values import luhn_ok


class TemplateBug(AssertionError):
    pass


_EMAIL = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
_PHONE = re.compile(r"^\+?[0-9()\-./ ]+$")


def ssn_ok(a: str, g: str, s: str) -> bool:
    return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


def bad_value(typ: str, v: str) -> str | None:
    if typ == "EMAIL":
        return None if _EMAIL.match(unquote(unquote(v))) else "bad e-mail"
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
        return None if d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d) and d[0] in "23456" else "bad card"
    if typ == "PHONE":
        dec = unquote_plus(v)
        n = sum(c.isdigit() for c in dec)
        return None if _PHONE.match(dec) and 7 <= n <= 15 else "bad phone"
    if typ == "NAME":
        return None if "@" not in v and any(c.isalpha() for c in v) else "bad name"
    return "bad type"


def check(rec, negative: bool) -> None:
    text = rec.text()
    prev = 0
    spans = rec.spans()
    for s, e, typ, val in spans:
        where = f" in {text[:240]!r}"
        if not (0 <= s < e <= len(text)):
            raise TemplateBug(f"span out of range {(s, e)}{where}")
        if text[s:e] != val:
            raise TemplateBug(f"span text {text[s:e]!r} != {val!r}{where}")
        if val != val.strip():
            raise TemplateBug(f"edge whitespace in {val!r}{where}")
        if typ not in TYPES:
            raise TemplateBug(f"type {typ}")
        if s < prev:
            raise TemplateBug(f"overlapping spans at {s}{where}")
        prev = e
        why = bad_value(typ, val)
        if why:
            raise TemplateBug(f"{why}: {val!r}{where}")
    if negative and spans:
        raise TemplateBug(f"negative with spans{text[:240]!r}")
    if not negative and not spans:
        raise TemplateBug(f"positive without spans: {text[:240]!r}")
    for a, b, kind in rec.docs:
        doc = text[a:b]
        try:
            if kind == "json":
                json.loads(doc)
            elif kind == "xml":
                ET.fromstring(doc)
            elif kind == "py":
                ast.literal_eval(doc)
            else:
                raise TemplateBug(f"doc kind {kind}")
        except (ValueError, SyntaxError, ET.ParseError) as ex:
            raise TemplateBug(f"{kind} document does not parse ({ex}): {doc[:300]!r}") from None


_EMAIL_IN = re.compile(r"[A-Za-z0-9._%+-]+(?:@|%40|%2540)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_IPV4 = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)")
_CARD = re.compile(r"(?<![\w-])(?:\d{13,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{1,7}|\d{4}([ -])\d{6}\2\d{5})(?![\w])")
_SSN = re.compile(r"(?<![\w-])(\d{3})([- ]?)(\d{2})\2(\d{4})(?![\w-])")


def _wordch(c: str) -> bool:
    return c.isalnum() or unicodedata.category(c)[0] == "M"


def _inside(s: int, e: int, spans, types=None) -> bool:
    return any(a <= s and e <= b and (types is None or t in types) for a, b, t, _ in spans)


def leaks(rec, persons, ssn_bare_ok: bool = False) -> list[str]:
    text = rec.text()
    spans = rec.spans()
    out = []
    for m in _EMAIL_IN.finditer(text):
        dom = re.split(r"@|%40|%2540", m.group(0), maxsplit=1)[1]
        if dom == dom.upper():
            continue  # a Kerberos realm (user@REALM), not an e-mail address
        if not _inside(m.start(), m.end(), spans, ("EMAIL",)):
            out.append(f"e-mail {m.group(0)!r}")
    for m in _IPV4.finditer(text):
        try:
            ipaddress.IPv4Address(m.group(0))
        except ValueError:
            continue
        if not _inside(m.start(), m.end(), spans):
            out.append(f"IPv4 {m.group(0)!r}")
    for m in _CARD.finditer(text):
        d = re.sub(r"[ -]", "", m.group(0))
        if 13 <= len(d) <= 19 and d[0] in "23456" and luhn_ok(d) and not _inside(m.start(), m.end(), spans):
            out.append(f"card-like {m.group(0)!r}")
    for m in _SSN.finditer(text):
        if not m[2] and ssn_bare_ok:
            continue
        if ssn_ok(m[1], m[3], m[4]) and not _inside(m.start(), m.end(), spans):
            out.append(f"SSN-like {m.group(0)!r}")
    for p in persons:
        for tok in p.tokens():
            for m in re.finditer(re.escape(tok), text, re.IGNORECASE):
                s, e = m.start(), m.end()
                if (s > 0 and _wordch(text[s - 1])) or (e < len(text) and _wordch(text[e])):
                    continue
                if not _inside(s, e, spans, ("NAME", "EMAIL")):
                    out.append(f"name word {tok!r} at {s}")
    return out
