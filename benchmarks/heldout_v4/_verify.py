"""Checks run on every record.

Structural problems are bugs in a template and raise `TemplateBug`. Leaks (something a detector should
flag lying outside every span) make the generator draw the record again from the same random stream.
"""

from __future__ import annotations

import ipaddress
import json
import re
from urllib.parse import quote_plus, unquote, unquote_plus

from _people import Person
from _seg import TYPES, Rec, json_enc, zeek_enc
from _values import luhn_ok


class TemplateBug(AssertionError):
    pass


_EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
_PHONE_CHARS = re.compile(r"^[0-9+()\-./ ]+$")


def ssn_issuable(area: str, group: str, serial: str) -> bool:
    return area not in ("000", "666") and not area.startswith("9") and group != "00" and serial != "0000"


def why_invalid(typ: str, v: str) -> str | None:
    """None when v is a plausible value of its type, else the reason."""
    if typ == "EMAIL":
        return None if _EMAIL_RE.match(unquote(unquote(v))) else "bad e-mail"
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
        return None if m and ssn_issuable(m[1], m[3], m[4]) else "bad SSN"
    if typ == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", unquote_plus(v))
        ok = d.isdigit() and 13 <= len(d) <= 19 and d[0] in "23456" and luhn_ok(d)
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
    prev_end = -1
    spans = rec.labelled()
    for s, e, typ, value in spans:
        if not 0 <= s < e <= len(text):
            raise TemplateBug(f"span out of range {s, e}")
        if text[s:e] != value:
            raise TemplateBug(f"span text {text[s:e]!r} != value {value!r}")
        if value != value.strip():
            raise TemplateBug(f"whitespace at the edge of {value!r}")
        if typ not in TYPES:
            raise TemplateBug(f"bad type {typ}")
        if s < prev_end:
            raise TemplateBug("overlapping spans")
        prev_end = e
        why = why_invalid(typ, value)
        if why:
            raise TemplateBug(f"{why}: {value!r} in {text[:300]!r}")
    if negative and spans:
        raise TemplateBug(f"negative record has spans: {text[:300]!r}")
    if not negative and not spans:
        raise TemplateBug(f"positive record has no span: {text[:300]!r}")
    if rec.is_json:
        json.loads(text)


# ------------------------------------------------------------------------------------------ leaks
_EMAIL_IN_TEXT = re.compile(
    r"[A-Za-z0-9._%+-][A-Za-z0-9._%+'-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
    r"|(?:[A-Za-z0-9._-]|%2[Bb])+(?:%40|%2540)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
)
_IPV4 = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?!\.?\d)")
_CARDLIKE = re.compile(r"(?<![\w-])(?:\d{13,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{1,7}|\d{4}([ -])\d{6}\2\d{5})(?!\w)")
_SSNLIKE = re.compile(r"(?<![\w-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\w-])")


def _covered(s: int, e: int, spans: list[tuple[int, int, str, str]], types: tuple[str, ...] | None) -> bool:
    return any(a <= s and e <= b and (types is None or t in types) for a, b, t, _ in spans)


def _forms(tok: str) -> list[str]:
    """A name word as it may appear: plain, form-encoded, JSON \\u-escaped, Zeek \\x-escaped."""
    out = [tok]
    for t in (tok, tok.lower(), tok.upper()):
        for f in (quote_plus(t), json_enc(ascii_only=True)(t), zeek_enc(t)):
            if f != t and f not in out:
                out.append(f)
    return out


def find_leaks(rec: Rec, persons: list[Person]) -> list[str]:
    text = rec.text()
    spans = rec.labelled()
    leaks: list[str] = []
    for m in _EMAIL_IN_TEXT.finditer(text):
        if any(m.group(0) in x or x in m.group(0) for x in rec.exempt):
            continue  # a Message-ID, which is not labelled
        if text[max(0, m.start() - 5) : m.start()].endswith(("sip:", "sips:", "tel:")):
            continue  # `number@host` in a SIP URI: only the number is labelled
        at = m.start() + re.search(r"@|%40|%2540", m.group(0)).start()
        if not any(a <= at < b and t == "EMAIL" for a, b, t, _ in spans):
            leaks.append(f"e-mail {m.group(0)!r}")
    for m in _IPV4.finditer(text):
        try:
            ipaddress.IPv4Address(m.group(0))
        except ValueError:
            continue
        if re.search(r"[A-Za-z][\w.-]*/$", text[max(0, m.start() - 30) : m.start()]):
            continue  # a product version in a user agent (`Chrome/130.0.0.0`), not an address
        if not _covered(m.start(), m.end(), spans, None):
            leaks.append(f"IPv4 {m.group(0)!r}")
    for m in _CARDLIKE.finditer(text):
        d = re.sub(r"[ -]", "", m.group(0))
        if 13 <= len(d) <= 19 and d[0] in "23456" and luhn_ok(d) and not _covered(m.start(), m.end(), spans, None):
            leaks.append(f"card-like {m.group(0)!r}")
    for m in _SSNLIKE.finditer(text):
        if ssn_issuable(m[1], m[3], m[4]) and not _covered(m.start(), m.end(), spans, None):
            leaks.append(f"SSN-like {m.group(0)!r}")
    for p in persons:
        for tok in p.tokens():
            for form in _forms(tok):
                pat = re.compile(r"(?<![^\W_])" + re.escape(form) + r"(?![^\W_])", re.IGNORECASE)
                for m in pat.finditer(text):
                    if not _covered(m.start(), m.end(), spans, ("NAME", "EMAIL")):
                        leaks.append(f"name word {form!r}")
    return leaks
