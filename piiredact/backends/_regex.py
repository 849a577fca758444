"""The built-in regex backend: validated patterns plus context, no dependencies.

One combined pattern is run over a whole batch joined by newlines (one C-level scan
instead of one per line and per pattern); matches are validated in Python and mapped
back to each text's own offsets. A match that straddles two texts is re-checked on the
texts alone, so joining can never hide or invent a finding.
"""

from __future__ import annotations

import bisect
import ipaddress
import re
from collections.abc import Callable, Sequence

from .._entities import CREDIT_DEBIT_NUMBER, EMAIL, IP_ADDRESS, NAME, PHONE, SSN
from .._finding import Finding

# -- scores: validated / structured >= 0.9, context-inferred lower ------------------
_S_SSN_DASHED = 0.95
_S_SSN_KEYWORD = 0.9
_S_SSN_SPACED = 0.85
_S_SSN_LAST4 = 0.8
_S_EMAIL = 0.95
_S_CARD = 0.95
_S_IP = 0.95
_S_PHONE_INTL = 0.9
_S_PHONE_NANP = 0.9
_S_PHONE_KEYWORD = 0.85
_S_NAME_KEY = 0.85
_S_NAME_PHRASE = 0.7

_SSN_KEYWORDS = re.compile(
    r"(?i)(?:\bssn|\bss#|social[\s_-]*sec(?:urity)?|soc[\s_.-]*sec|\btax[\s_-]*(?:id|payer)|\btaxpayer"
    r"|\bi?tin\b|\bsocial\b)"
)
_PHONE_KEYWORDS = re.compile(
    r"(?i)(?:phone|tel\b|tel\.|telephone|mobile|cell|fax|call(?:ed)?\b|sms|whatsapp|contact|reach|dial|msisdn)"
)

_NAME_KEYS = (
    r"(?:full|first|last|given|family|middle|display|legal|real|sur|nick|contact|customer|user|account|"
    r"card|billing|shipping|patient|employee|holder|owner|sender|recipient|author|applicant)?[_ -]?name"
    r"|firstname|lastname|fname|lname|surname|customer|cardholder|card_holder|holder|account_holder"
    r"|recipient|patient|employee|applicant|beneficiary|signer|signatory|assignee|reporter|requester"
    r"|contact|agent|owner"
)
# A name token: a capitalised word of letters (any script), apostrophes, hyphens and
# combining marks. Python's re has no \p{Lu}, so "letter" is "not digit/space/punct".
_TOK = r"[^\W\d_][^\s\d\"'`,;:=(){}\[\]<>|/\\@#$%^&*+!?]*"
_NAME_VALUE = rf"{_TOK}(?:[ \t]+(?:{_TOK}|[A-Z]\.))" + "{0,3}"

_PATTERN = re.compile(
    r"""
    (?P<email>(?<![\w.%+-])[\w.%+-]{1,64}(?:@|%40)[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.)+[A-Za-z]{2,24}(?![\w-]))
  | (?P<ssn>(?<![\w-])\d{3}(?P<ssep>[- ])\d{2}(?P=ssep)\d{4}(?![\w-]))
  | (?P<ssn4>(?i:xxx-xx-|\*\*\*-\*\*-)\d{4}(?!\d))
  | (?P<ipv6>(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?(?![\w:]))
  | (?P<ipv4>(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?!\.?\d)(?![\w-]))
  | (?P<phone>(?<![\w+])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?)?\d{1,4}(?:[ .-]\d{1,4}){1,4}(?![\w-]|\.\d)
             |(?<![\w+])\+\d{8,15}(?!\w)|(?<![\w+])\(\d{3}\)\d{3}-\d{4}(?!\w))
  | (?P<digits>(?<![\w.-])\d{9,19}(?![\w-]|\.\d))
    """,
    re.VERBOSE,
)

# Names from context: key=value, "key": "value", key: value, and phrases.
_NAME_KEY_PATTERN = re.compile(
    rf"""(?ix)
    (?<![\w.])(?:{_NAME_KEYS})["']?\s*(?:=|:|=>|->)\s*(?:(?P<q>["'])(?P<qv>[^"'\n]{{1,80}})(?P=q)
      |(?P<v>(?-i:{_NAME_VALUE})))
    """
)
_NAME_PHRASE_PATTERN = re.compile(
    rf"""(?x)
    (?:\b(?i:dear|hi|hello|user|customer|patient|employee|member|agent|cardholder|applicant|by|for|to
          |on\ behalf\ of|signed\ by|approved\ by|assigned\ to|contact(?:ed)?|from|name\ is|named
          |mr|mrs|ms|miss|dr|prof)\.?[ \t]+)
    (?P<v>(?-i:[A-Z]\w*[^\W\d_](?:['’-][A-Za-z]\w*)?(?:[ \t]+[A-Z]\w*[^\W\d_](?:['’-][A-Za-z]\w*)?){{0,2}}))
    (?=[,;:.)!?\s"']|$)
    """
)

# Capitalised words that are never names in a log line.
_NOT_NAMES = frozenset(
    """
    A An The This That These Those It Its I We You He She They Our Your My Me Us Them
    User Users Customer Customers Admin Administrator Root System Service Server Client Guest Anonymous
    Unknown None Null True False Ok OK Error Warning Info Debug Trace Fatal Critical Notice Success
    Failed Failure Request Response Session Account Order Payment Invoice Ticket Job Task Worker
    Thread Process Node Host Cluster Pod Container Instance Job Build Deploy Release Version Api API
    GET POST PUT DELETE PATCH HEAD OPTIONS HTTP HTTPS URL URI ID Id UUID JSON XML SQL DB
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    January February March April May June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Wed Thu Fri Sat Sun
    New Old All Any Some No Not Yes Team Support Sales Billing Security Ops Default Test Tests
    """.split()
)


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _card_prefix_ok(d: str) -> bool:
    n = len(d)
    if d[0] == "4":
        return n in (13, 16, 19)
    two, four = int(d[:2]), int(d[:4])
    if 51 <= two <= 55 or 2221 <= four <= 2720:
        return n == 16
    if two in (34, 37):
        return n == 15
    if d.startswith("6011") or d.startswith("65") or 644 <= int(d[:3]) <= 649 or 622126 <= int(d[:6]) <= 622925:
        return 16 <= n <= 19
    if two in (36, 38, 39) or 300 <= int(d[:3]) <= 305:
        return 14 <= n <= 19
    if 3528 <= four <= 3589:
        return 16 <= n <= 19
    return False


def _ssn_ok(area: str, group: str, serial: str) -> bool:
    a = int(area)
    return a != 0 and a != 666 and a < 900 and group != "00" and serial != "0000"


def _looks_like_name(value: str) -> bool:
    words = value.split()
    if not 1 <= len(words) <= 4:
        return False
    if any(w in _NOT_NAMES for w in words):
        return False
    for w in words:
        core = w.strip(".")
        if not core:
            return False
        if any(c.isdigit() for c in core):
            return False
        # CamelCase identifiers (UserService) and dotted names (com.acme.Foo) are code.
        if "." in core or "_" in core:
            return False
        if len(core) > 2 and any(c.isupper() for c in core[1:]) and not ("'" in core or "-" in core or "’" in core):
            upper_inner = sum(1 for c in core[1:] if c.isupper())
            if upper_inner and not core.isupper():
                # McDonald / MacArthur / O'Neil style stays a name; FooBarService does not.
                if not re.match(r"^(?:Mc|Mac|De|Di|Da|La|Le|Van|Von)[A-Z][a-z]+$", core):
                    return False
    first = words[0]
    if first[0].isalpha() and first[0].islower() and first.isascii():
        return False
    return True


def _context_before(text: str, start: int, width: int = 40) -> str:
    return text[max(0, start - width) : start]


class RegexDetector:
    """Validated SSN, email, phone, card (Luhn), IPv4/IPv6; names from context."""

    name = "regex"
    entities: frozenset[str] = frozenset({SSN, EMAIL, NAME, PHONE, CREDIT_DEBIT_NUMBER, IP_ADDRESS})

    def __init__(self, *, names: bool = True) -> None:
        self._names = names

    # -- Detector protocol ----------------------------------------------------------

    def detect(self, texts: Sequence[str]) -> list[list[Finding]]:
        texts = list(texts)
        if not texts:
            return []
        if len(texts) == 1:
            return [self._detect_one(texts[0])]
        joined = "\n".join(texts)
        starts: list[int] = []
        pos = 0
        for t in texts:
            starts.append(pos)
            pos += len(t) + 1
        results: list[list[Finding]] = [[] for _ in texts]
        redo: set[int] = set()
        for f in self._scan(joined):
            i = bisect.bisect_right(starts, f.start) - 1
            base = starts[i]
            if f.end > base + len(texts[i]):
                # Straddles a join: settle both texts on their own.
                redo.add(i)
                redo.update(range(i + 1, bisect.bisect_right(starts, f.end - 1)))
                continue
            results[i].append(f.shifted(-base))
        for i in redo:
            results[i] = self._detect_one(texts[i])
        return results

    def close(self) -> None:
        """Nothing to release."""

    # -- internals ------------------------------------------------------------------

    def _detect_one(self, text: str) -> list[Finding]:
        return list(self._scan(text))

    def _scan(self, text: str) -> list[Finding]:
        out: list[Finding] = []
        add = out.append
        for m in _PATTERN.finditer(text):
            kind = m.lastgroup
            handler = _HANDLERS.get(kind or "")
            if handler is not None:
                f = handler(text, m)
                if f is not None:
                    add(f)
        if self._names:
            out.extend(_names(text))
        # last-four SSN forms that need a keyword
        if "ssn" in text.lower() or "social" in text.lower() or "ending" in text.lower():
            out.extend(_ssn_last4(text))
        return out


def _h_email(text: str, m: re.Match[str]) -> Finding | None:
    s, e = m.span("email")
    value = m.group("email")
    # strip URL/mailto artefacts a lookbehind cannot express
    if value.startswith("%"):
        return None
    return Finding(s, e, EMAIL, _S_EMAIL, "regex")


def _h_ssn(text: str, m: re.Match[str]) -> Finding | None:
    s, e = m.span("ssn")
    v = m.group("ssn")
    area, group, serial = v[0:3], v[4:6], v[7:11]
    if not _ssn_ok(area, group, serial):
        return None
    if m.group("ssep") == "-":
        return Finding(s, e, SSN, _S_SSN_DASHED, "regex")
    keyword = _SSN_KEYWORDS.search(_context_before(text, s, 60)) is not None
    if keyword:
        return Finding(s, e, SSN, _S_SSN_KEYWORD, "regex")
    # "123 45 6789" without a keyword: could be a phone fragment; still likely an SSN.
    return Finding(s, e, SSN, _S_SSN_SPACED, "regex")


def _h_ssn4(text: str, m: re.Match[str]) -> Finding | None:
    s, e = m.span("ssn4")
    return Finding(e - 4, e, SSN, _S_SSN_LAST4, "regex")


def _h_ipv4(text: str, m: re.Match[str]) -> Finding | None:
    s, e = m.span("ipv4")
    return Finding(s, e, IP_ADDRESS, _S_IP, "regex")


def _h_ipv6(text: str, m: re.Match[str]) -> Finding | None:
    s, e = m.span("ipv6")
    v = m.group("ipv6")
    if v.count(":") < 2 or len(v) < 3:
        return None
    try:
        ipaddress.IPv6Address(v)
    except ValueError:
        return None
    return Finding(s, e, IP_ADDRESS, _S_IP, "regex")


def _h_phone(text: str, m: re.Match[str]) -> Finding | None:
    s, e = m.span("phone")
    v = m.group("phone")
    digits = "".join(c for c in v if c.isdigit())
    nd = len(digits)
    if v.startswith("+"):
        if 8 <= nd <= 15:
            return Finding(s, e, PHONE, _S_PHONE_INTL, "regex")
        return None
    # North American: 10 digits (optionally 1 + 10) in 3-3-4 grouping.
    if nd == 11 and digits[0] == "1":
        digits = digits[1:]
        nd = 10
    if nd == 10 and digits[0] in "23456789" and digits[3] in "23456789":
        groups = re.findall(r"\d+", v)
        if [len(g) for g in groups[-3:]] == [3, 3, 4]:
            return Finding(s, e, PHONE, _S_PHONE_NANP, "regex")
    # Other groupings only with a phone keyword nearby.
    if 7 <= nd <= 15 and _PHONE_KEYWORDS.search(_context_before(text, s, 30)):
        return Finding(s, e, PHONE, _S_PHONE_KEYWORD, "regex")
    # It may still be a separated card number.
    if 13 <= nd <= 19 and _card_prefix_ok(digits) and _luhn_ok(digits):
        return Finding(s, e, CREDIT_DEBIT_NUMBER, _S_CARD, "regex")
    return None


def _h_digits(text: str, m: re.Match[str]) -> Finding | None:
    s, e = m.span("digits")
    d = m.group("digits")
    n = len(d)
    if 13 <= n <= 19 and _card_prefix_ok(d) and _luhn_ok(d):
        return Finding(s, e, CREDIT_DEBIT_NUMBER, _S_CARD, "regex")
    before = _context_before(text, s, 40)
    if n == 9 and _ssn_ok(d[:3], d[3:5], d[5:]) and _SSN_KEYWORDS.search(before):
        return Finding(s, e, SSN, _S_SSN_KEYWORD, "regex")
    if n in (10, 11) and _PHONE_KEYWORDS.search(_context_before(text, s, 30)):
        dd = d[1:] if n == 11 and d[0] == "1" else d
        if len(dd) == 10 and dd[0] in "23456789":
            return Finding(s, e, PHONE, _S_PHONE_KEYWORD, "regex")
    return None


_HANDLERS: dict[str, Callable[[str, re.Match[str]], Finding | None]] = {
    "email": _h_email,
    "ssn": _h_ssn,
    "ssn4": _h_ssn4,
    "ipv4": _h_ipv4,
    "ipv6": _h_ipv6,
    "phone": _h_phone,
    "digits": _h_digits,
}

_LAST4 = re.compile(
    r"(?i)(?:ssn|social security(?: number)?|ss#)[^\n\d]{0,25}?(?:last\s*(?:4|four)(?:\s*digits)?|ending(?:\s+in)?|ends\s+(?:in|with))\D{0,6}(\d{4})(?!\d)"
    r"|(?:last\s*(?:4|four)(?:\s*digits)?\s*(?:of\s*)?(?:the\s*)?(?:ssn|social security(?: number)?))\D{0,6}(\d{4})(?!\d)"
)


def _ssn_last4(text: str) -> list[Finding]:
    out = []
    for m in _LAST4.finditer(text):
        g = 1 if m.group(1) else 2
        s, e = m.span(g)
        out.append(Finding(s, e, SSN, _S_SSN_LAST4, "regex"))
    return out


def _names(text: str) -> list[Finding]:
    out: list[Finding] = []
    for m in _NAME_KEY_PATTERN.finditer(text):
        grp = "qv" if m.group("qv") is not None else "v"
        s, e = m.span(grp)
        value = m.group(grp).strip()
        if not value:
            continue
        s = text.index(value, s)
        e = s + len(value)
        if "@" in value:
            continue
        if _looks_like_name(value):
            out.append(Finding(s, e, NAME, _S_NAME_KEY, "regex"))
    for m in _NAME_PHRASE_PATTERN.finditer(text):
        s, e = m.span("v")
        value = m.group("v")
        if _looks_like_name(value):
            out.append(Finding(s, e, NAME, _S_NAME_PHRASE, "regex"))
    return out
