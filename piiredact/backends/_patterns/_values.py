"""Single-pattern values: e-mail, IPv6, masked and labelled SSN digits."""

from __future__ import annotations

import ipaddress
import re

from ._text import _trie, _word_char

_EMAIL_DOMAIN_PATTERN = r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}\.)+[A-Za-z]{2,24}(?![\w\-])"
_EMAIL_DOMAIN = re.compile(_EMAIL_DOMAIN_PATTERN)
# Only an "@" that a domain follows is worth a look (the others cannot be an address). One
# pattern per spelling: a literal first character lets the engine jump between candidates
# (memchr-fast), a class of first characters costs ~10x more per character scanned.
_ATS = (re.compile(rf"@(?={_EMAIL_DOMAIN_PATTERN})"), re.compile(rf"%40(?={_EMAIL_DOMAIN_PATTERN})"))
# An escape that cannot be in a local part ends it ("%3C" "<", "%22" a quote); "%2B" (a plus
# tag), "%2D" and "%2E" can.
_URL_ESCAPE = re.compile(r"%(?!2[BbDdEe])[23][0-9A-Fa-f]")
# "scheme://user" right before a colon (the user part may be empty: redis://:PASS@host).
_USERINFO_BEFORE = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*://[^\s:/@?#\"'<>]*\Z")

_IPV6 = re.compile(
    r"""
    [0-9A-Fa-f:](?<![\w:.].)
    (?=[0-9A-Fa-f:.]*::|(?<=:):|(?:[0-9A-Fa-f.]*:){6})   # compressed (::) or all eight groups
    [0-9A-Fa-f:.]*(?![\w:])
    """,
    re.VERBOSE,
)

_MASKED_SSN = re.compile(
    r"[xX*#](?<![\w*#].)(?:[xX]{2}|\*{2}|#{2})[\- ]?(?:[xX]{2}|\*{2}|#{2})[\- ]?(\d{4})(?!\d)"
)

_SSN_WORDS = (
    "ssn",
    "ss#",
    "social security",
    "social security number",
    "social security no",
    "social_security_number",
    "socialsecuritynumber",
    "socialSecurityNumber",
)
_LAST4_WORDS = (
    "last 4",
    "last four",
    "last4",
    "last-4",
    "last_4",
    "last 4 digits",
    "last four digits",
    "ending in",
    "ending with",
    "ends in",
    "ends with",
    "ending",
)
_SSN_LAST4_WORDS = (
    "ssn_last4",
    "ssn_last_4",
    "ssnLast4",
    "SSNLast4",
    "SSN_Last4",
    "SsnLast4",
    "ssn_last_four",
    "ssn-last4",
    "ssn4",
    "ssn_4",
    "last4ssn",
    "last4_ssn",
    "last_4_ssn",
    "lastFourSsn",
    "last_four_ssn",
    "ssnLastFour",
)
_LAST4 = re.compile(
    rf"(?P<w>{_trie(_SSN_WORDS + _LAST4_WORDS + _SSN_LAST4_WORDS)})(?P<gap>[^\d\n]{{0,30}}?)(?P<l4>\d{{4}})(?![\d\-])"
)
# "last four", "ending in", in English and in the languages of the name lists' largest countries:
# se terminant par / finissant par, terminado en / que termina en / final, termina em / final,
# endet auf / endend auf / letzte vier, termina con / ultime quattro, eindigend op / laatste vier
_LAST4_IN = re.compile(
    r"(?i)last[ \t_\-]*(?:4|four)|\bend(?:ing|s)\b|\btermin(?:ant|ad[oa]|a|e)\b|\bfinissant\b|\bfinal\b"
    r"|\bend(?:et|end)\b|\beindig(?:end|t)\b|\b(?:derniers|[uú]ltim[oa]s?|letzten?|ultime|laatste)[ \t]+(?:4|quatre|cuatro"
    r"|quatro|vier|quattro)\b"
)
# (a taxpayer identification number, "tin_last4", is an SSN or an EIN)
_SSN_IN = re.compile(
    r"(?i)ssn|ss\#|social[ \t_\-]*security|\bsoc(?:ial)?[ \t_.\-]*sec\b|\bsocial\b|(?<![a-z])i?tin(?![a-z])|taxpayer"
)
_SSN_WORD_KIND = (
    {w.lower(): 1 for w in _SSN_WORDS}
    | {w.lower(): 2 for w in _LAST4_WORDS}
    | {w.lower(): 3 for w in _SSN_LAST4_WORDS}
)


def _emails(text: str, at: re.Match[str], floor: int) -> tuple[int, int] | None:
    """The address around the ``@`` (or URL-encoded ``%40``) of ``at``, if any."""
    a = at.start()
    d = _EMAIL_DOMAIN.match(text, at.end())
    if d is None:
        return None
    j = a
    while j > floor and a - j <= 64 and (_word_char(text[j - 1]) or text[j - 1] in ".%+-"):
        j -= 1
    if a - j > 64:
        return None
    # "?to=%3Cann@example.com%3E": the address starts after the URL-encoded "<" or quote.
    for esc in _URL_ESCAPE.finditer(text, j, a):
        j = esc.end()
    if j == a:
        return None
    if j > floor and text[j - 1] == ":" and _USERINFO_BEFORE.search(text, max(floor, j - 256), j - 1):
        return None  # scheme://user:PASS@host: a password and a host, not an address
    if _not_an_address(text, j, a, d.end(), floor):
        return None
    return j, d.end()


_UNIT_SUFFIXES = (
    ".service",
    ".socket",
    ".timer",
    ".target",
    ".mount",
    ".slice",
    ".scope",
    ".device",
    ".swap",
)


def _not_an_address(text: str, j: int, a: int, e: int, floor: int) -> bool:
    """``@`` forms that are no e-mail address (the labelling conventions' list)."""
    local = text[j:a]
    if text[max(floor, j - 5) : j].lower().endswith(("sip:", "sips:")) or (
        local[:1] == "+" and local[1:].isdigit()
    ):
        return True  # sip:+4930123@host: a SIP URI's number and host
    if local.isdigit() and len(local) >= 10 and j > floor and text[j - 1] == "<":
        return True  # <20251126153957.12345@mailer>: a Message-ID
    if text[a:e].lower().endswith(_UNIT_SUFFIXES):
        return True  # getty@tty1.service: a systemd unit instance
    # git@github.com:org/repo.git: an scp-style SSH path
    return (
        e < len(text)
        and text[e] == ":"
        and e + 1 < len(text)
        and (text[e + 1].isalpha() or text[e + 1] in "/~")
    )


_DATE_TIME_TAIL = re.compile(r"\d{2,4}::\d{1,2}:\d\d(?::\d\d)?")


def _ipv6(text: str, m: re.Match[str]) -> tuple[int, int] | None:
    s, e = m.span()
    while e > s and text[e - 1] == ".":
        e -= 1
    v = text[s:e]
    if len(v) < 3 or not any(c != ":" for c in v):
        return None
    if s > 0 and text[s - 1] in "-/." and _DATE_TIME_TAIL.fullmatch(v):
        return None  # Erlang's "4-Mar-2026::10:11:12": a year, "::", a clock time
    try:
        ipaddress.IPv6Address(v)
    except ValueError:
        return None
    return s, e


_SSN_AFTER = re.compile(r"[ \t]*[(\[,]?[ \t]*(?:of[ \t]+)?(?:the[ \t]+)?(?:ssn|ss#|social)\b", re.I)


def _ssn_after(text: str, pos: int) -> bool:
    """``last four 0039 (ssn)``: the SSN word right after the digits."""
    line_end = text.find("\n", pos, pos + 24)  # bounded: a long line must not cost its length per match
    return _SSN_AFTER.match(text, pos, pos + 24 if line_end < 0 else line_end) is not None


def _last4(text: str, m: re.Match[str], floor: int) -> tuple[int, int] | None:
    """The four digits of "SSN ending in 1234", "last four of SSN: 1234", "ssn_last4=1234"."""
    s = m.start()
    if s > floor and text[s - 1].isalpha() and not (text[s - 1].islower() and text[s].isupper()):
        return None  # "pending 1234", "lessn"; a camel-case key's part is one: AcctSSNLast4
    kind = _SSN_WORD_KIND.get(m.group("w").lower(), 0)
    gap = m.group("gap")
    if kind == 1 and not _LAST4_IN.search(gap):
        return None
    if kind == 2 and not (
        _SSN_IN.search(gap) or _SSN_IN.search(text, max(floor, s - 30), s) or _ssn_after(text, m.end("l4"))
    ):
        return None
    if kind == 0:
        return None
    return m.span("l4")


# Each gated pattern cannot match across a newline and looks at most at the newline around
# a line, so scanning only the lines that hold a candidate finds exactly what a scan of the
# whole batch finds. A candidate over-approximates the pattern's start: an IPv6 address has
# "::" or six colons between hex digits; a masked SSN has two mask characters in a row; a
# last-four label starts with one of these (lower-cased) words.
_IPV6_CANDIDATE = re.compile(r":(?::|[0-9A-Fa-f.]*:[0-9A-Fa-f.]*:[0-9A-Fa-f.]*:[0-9A-Fa-f.]*:[0-9A-Fa-f.]*:)")
_MASK_NEEDLES = ("xx", "**", "##")


_LAST4_NEEDLES = ("ssn", "ss#", "social", "last", "ending", "ends")
