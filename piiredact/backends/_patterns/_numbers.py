"""Number runs: one pattern finds runs of digits with single separators; validators and
context classify them as SSN, card, phone (IPv4 is found by the same pattern).

A run that is no value as a whole is searched for a value standing apart inside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import accumulate
from operator import add
from typing import Final

from ..._entities import CREDIT_DEBIT_NUMBER, PHONE, SSN
from ._context import (
    _CARD_KEYWORD,
    _KEYWORD_WINDOW,
    _PHONE_KEYWORD,
    _SSN_KEYWORD,
    LAST_DIGIT,
    _any_keyword,
    _labelled,
    key_index_start,
)
from ._scores import (
    _S_CARD_BRAND,
    _S_CARD_GROUPED,
    _S_CARD_KEYWORD,
    _S_PHONE_FIELD,
    _S_PHONE_INTL,
    _S_PHONE_KEYWORD,
    _S_PHONE_NANP,
    _S_PHONE_NATIONAL,
    _S_SSN_DASHED,
    _S_SSN_KEYWORD,
    _S_SSN_ROW,
    _S_SSN_SPACED,
)
from ._text import _word_char
from ._validators import _card_brand_ok, _e164_ok, _luhn_ok, _nanp_ok, _ssn_ok

# A digit that starts a number: an IPv4 address, or a run of 7+ digits with single
# separators (phone, card, SSN). "+" and "(" before the run are looked at in Python.
# Both need six more digits or separators after the first digit: checking that first
# rejects the digits of timestamps and counters early (a third faster, same matches).
# In the run, a bare digit is tried before a separator: no separator starts with a digit,
# so each step still has one way to match (same matches, the common step tried first).
# A run does not start with the seconds of a clock time ("13:53:08 2017-05-16"), and one that
# ends with the hour of a clock time loses that group (``_scan``): digits of timestamps.
# An ISO date followed by a clock time ("2015-10-18 18:01:47", a quarter of the runs of real logs)
# is a timestamp: no run starts there (one look-ahead in the engine, not a trip through Python).
_NUMERIC_TEMPLATE = r"""
    {d}(?<![{w}.]{d})(?=[{dc} .\-()]{{6}})(?!{d}{{3}}-{d}{{2}}-{d}{{2}}[ T]{d}{{2}}:)
    (?:
        (?P<ipv4>{d}{{0,2}}\.{d}{{1,3}}\.{d}{{1,3}}\.{d}{{1,3}}(?!\.?{d})(?![{w}\-]))
      | (?P<num>(?<![\-/\\]{d})(?<!{d}:{d}{d}:{d})(?:{d}|(?:[ .\-]|\)[ .\-]?|[ .\-]?\(){d}){{6,}}(?![{w}]))
    )
    """
_NUMERIC = re.compile(_NUMERIC_TEMPLATE.format(d=r"\d", dc=r"\d", w=r"\w"), re.VERBOSE)
# The same pattern for ASCII text, where \d is [0-9] and \w is [A-Za-z0-9_]: the engine
# tests a small character set much faster than a Unicode category (twice as fast here).
_NUMERIC_ASCII = re.compile(_NUMERIC_TEMPLATE.format(d="[0-9]", dc="0-9", w="A-Za-z0-9_"), re.VERBOSE)


_DIGITS = re.compile(r"\d+")
_NON_DIGITS = re.compile(r"\D+")


class _Run:
    """A number run split into digit groups and the separators between them."""

    __slots__ = ("groups", "lens", "lparen", "plus", "seps", "starts")

    def __init__(self, text: str, start: int, end: int, floor: int) -> None:
        # findall/accumulate keep this at C speed on megabyte-long runs
        self.groups: list[str] = _DIGITS.findall(text, start, end)
        self.seps: list[str] = _NON_DIGITS.findall(text, start, end)
        self.lens: list[int] = list(map(len, self.groups))
        self.starts: list[int] = list(accumulate(map(add, self.lens, map(len, self.seps)), initial=start))
        before = text[start - 1] if start > floor else ""
        # "+49 ...": a plus that starts a word (not "1+2345678") makes it international.
        self.plus = -1
        if before == "+" and (
            start - 1 == floor or not (_word_char(text[start - 2]) or text[start - 2] in "+.")
        ):
            self.plus = start - 1
        # "(415) 555-0100": the area code's opening parenthesis belongs to the number.
        self.lparen = before == "(" and bool(self.seps) and self.seps[0].startswith(")")


def _classify(
    run: _Run, i: int, j: int, text: str, floor: int, whole: bool
) -> tuple[int, int, str, float] | None:
    """The value made of groups ``i..j-1`` of ``run``, if they form one."""
    groups = run.groups[i:j]
    seps = run.seps[i : j - 1]
    d = "".join(groups)
    n = len(d)
    lens = run.lens[i:j]
    s = run.starts[i]
    e = run.starts[j - 1] + lens[-1]
    plus = i == 0 and run.plus >= 0
    paren = False
    if plus:
        s = run.plus
    elif (i == 0 and run.lparen) or (i > 0 and run.seps[i - 1].endswith("(")):
        s -= 1
        paren = True
    if not paren and seps:
        joined = "".join(seps)
        paren = "(" in joined or ")" in joined
    # one separator throughout, a blank, a dash or a dot (all equal: the first decides)
    same_sep = not seps or (seps[0] in (" ", "-", ".") and seps.count(seps[0]) == len(seps))

    # SSN: 3-2-4 with one separator, or 9 digits that an SSN keyword labels (not a phone key's
    # nine digits: "mobile": "612345678" is a phone, see below).
    if not plus and not paren and (lens == [9] or (lens == [3, 2, 4] and same_sep)) and not (
        lens == [9] and whole and s > floor and text[s - 1] in _VALUE_START and _phone_key_value(text, s, floor)
    ):
        if not _ssn_ok(d):
            return None
        if _labelled(_SSN_KEYWORD, text, s, floor):
            return s, e, SSN, _S_SSN_KEYWORD
        if lens == [9]:
            if whole and _hr_row(text, s, e, floor):
                return s, e, SSN, _S_SSN_ROW
            return None
        if seps[0] == "-":
            return s, e, SSN, _S_SSN_DASHED
        if seps[0] == " " and whole:
            return s, e, SSN, _S_SSN_SPACED
        return None

    # Payment card: 13-19 digits, Luhn-valid, undivided or in groups of 3+ with one separator.
    if (
        not plus
        and not paren
        and 13 <= n <= 19
        and same_sep
        and "." not in seps
        and (len(groups) == 1 or min(lens) >= 3)
        # A window of a longer run ("0.000 502 200 107 34278", step counters) must be in a
        # card grouping (4-4-4-4, 4-6-5): a Luhn-passing stretch of other groups is chance.
        and (whole or len(groups) == 1 or _card_grouped(lens))
        and _luhn_ok(d)
        # "msisdn=4915112345678": a phone keyword (and no card one) makes it a phone
        and not (
            n <= 15
            and _labelled(_PHONE_KEYWORD, text, s, floor)
            and not _labelled(_CARD_KEYWORD, text, s, floor)
        )
    ):
        if _card_brand_ok(d):
            return s, e, CREDIT_DEBIT_NUMBER, _S_CARD_BRAND
        if len(groups) > 1 and _card_grouped(lens):
            return s, e, CREDIT_DEBIT_NUMBER, _S_CARD_GROUPED
        if _labelled(_CARD_KEYWORD, text, s, floor):
            return s, e, CREDIT_DEBIT_NUMBER, _S_CARD_KEYWORD

    # Phone numbers: international with "+", North American by shape, others by keyword.
    if plus:
        # (a first group longer than a country code is the country and area code run together,
        # "+1919555-0176": a whole number of a known plan only)
        if 8 <= n <= 15 and (len(groups) == 1 or lens[0] <= 4 or (n >= 10 and _e164_ok(d))):
            return s, e, PHONE, _S_PHONE_INTL
        return None
    if (
        _nanp_ok(d)
        and lens[-3:] == [3, 3, 4]
        and len(groups) in (3, 4)
        and (whole or paren or not any(" " in x for x in seps))
    ):
        return s, e, PHONE, _S_PHONE_NANP
    if (
        7 <= n <= 15
        and not _looks_like_date(lens, groups)
        and (
            ((len(groups) > 1 or n >= 10) and _labelled(_PHONE_KEYWORD, text, s, floor))
            or (whole and s > floor and text[s - 1] in _VALUE_START and _phone_key_value(text, s, floor))
        )
    ):
        return s, e, PHONE, _S_PHONE_KEYWORD
    if whole and not _looks_like_date(lens, groups):
        return _phone_without_keyword(text, s, e, floor, d, lens, seps)
    return None


def _phone_without_keyword(
    text: str, s: int, e: int, floor: int, d: str, lens: list[int], seps: list[str]
) -> tuple[int, int, str, float] | None:
    """National and international formats that need no English keyword (a whole run only).

    ``00`` + country code (the international prefix written out); a national number with
    its trunk ``0`` (``0512 616 24 83``, ``070-9980-2029``, ``06 86 15 48 91``); the number of
    a ``sip:``/``tel:`` URI; and 9-11 digits in three or more short groups standing as a
    whole field of a delimited row or a quoted value (``954 45 47 07;``).
    """
    n = len(d)
    k = len(lens)
    if (
        s - floor >= 4
        and text[max(floor, s - 5) : s].lower().endswith(("sip:", "sips:", "tel:"))
        and 6 <= n <= 15
    ):
        return s, e, PHONE, _S_PHONE_INTL
    if k == 1 and 8 <= n <= 15 and e < len(text) and text[e] == "@" and s > floor and text[s - 1] == "[":
        return s, e, PHONE, _S_PHONE_INTL  # Asterisk "Executing [4930123456@from-trunk:1]"
    if (
        k == 1 and 8 <= n <= 15 and e < len(text) and s > floor and text[e] == ">" and text[s - 1] == "<"
        and text[max(floor, s - 3) : s - 1].endswith(('"', '" '))
    ):
        return s, e, PHONE, _S_PHONE_INTL  # a caller ID, "Ann Lee" <4930123456> (dial strings: _table)
    if k == 1 and 11 <= n <= 13 and _e164_ok(d) and _e164_context(text, s, e, floor):
        return s, e, PHONE, _S_PHONE_FIELD  # E.164 written without "+": CDR fields, num=, "destination"
    if "." in seps and len(set(seps)) > 1:
        return None  # "0.001 0.016": decimals, not a grouping
    if text[s] == "(" and k == 3 and lens[0] == 2 and lens[1] in (4, 5) and lens[2] == 4 and d[0] != "0" \
            and seps[0] in (")", ") ") and seps[1] == "-":
        return s, e, PHONE, _S_PHONE_NATIONAL  # Brazil's "(11) 98765-4321": a two-digit area code in brackets
    if d[0] == "8" and lens == [1, 3, 3, 2, 2] and seps[2] == seps[3] == "-":
        return s, e, PHONE, _S_PHONE_NATIONAL  # Russia's trunk 8: "8 916 375-32-16", "8 (495) 123-45-67"
    if d[0] == "0":
        if d[1] == "0":  # 00 + a country code (which never starts with 0)
            if 11 <= n <= 17 and d[2] != "0" and (_field(text, s, e, floor) if k == 1 else lens[0] <= 5):
                return s, e, PHONE, _S_PHONE_INTL
            return None
        if not 9 <= n <= 12 or (k > 1 and not all(x <= (8 if k == 2 else 5) for x in lens)):
            return None
        if k == 1:
            return (s, e, PHONE, _S_PHONE_NATIONAL) if _phone_field(text, s, e, floor) else None
        # a lone trunk "0" is written before a bracketed area code only ("0 (542) 111 98 60")
        if lens[0] == 1 and "(" not in seps[0]:
            return None
        return s, e, PHONE, _S_PHONE_NATIONAL
    if k >= 3 and 9 <= n <= 11 and all(2 <= x <= 5 for x in lens) and _phone_field(text, s, e, floor):
        return s, e, PHONE, _S_PHONE_FIELD
    return None


# Keys and words that say a field holds a telephone number (beyond the phone keywords): SMPP's
# source/destination address, a number port's "tn", an SMS's recipient (sms_to, notify_to).
_TELEPHONY_KEY = re.compile(
    r"(?i)(?:\b(?:num|number|destination|dest|dst|src|caller|callee|calling|called|ani|dnis|cli|recipient|to|from"
    r"|msisdn|isdn|mdn|e164|caller[_\-]?id|orig|(?-i:A|B)|[ab][_\-]?party|(?:sip_)?(?:from|to)_user|tn|subscriber"
    r"|(?:source|src|dest(?:ination)?|dst|sender|receiver)[_\-]?addr(?:ess)?)"
    r"|[_\-](?:num|number|msisdn|to))[\"']?[ \t]*[=:][ \t]*[\"']?\Z"
)
# A key that names a telephone number, right before its value ("Phone = 99682772", "mobile": "612345678",
# "tel_no=…"): an undivided number of seven to nine digits counts there, not after a keyword in prose
# ("call 12345678" is as often a call's id). Not "cell" alone (a radio cell's id).
_PHONE_KEY_VALUE = re.compile(
    r"(?:(?<![A-Za-z])(?i:ph|tel|mob|fax)|(?i:phone|mobile|msisdn|whatsapp|subscriber|cell[_\- ]?(?:phone|no|num|number)))"
    # (a list of them: phones=['599299965'])
    r"(?i:[_\-. ]?(?:no|nr|num|number))?s?[\"']?[ \t]*(?:=>?|:)[ \t]*\[?[\"']?\Z"
)


def _phone_key_value(text: str, s: int, floor: int) -> bool:
    """Whether the value starting at ``s`` is a phone key's (``_PHONE_KEY_VALUE``)."""
    j = s
    while j > floor and s - j < 4 and text[j - 1] in "\"' \t[":
        j -= 1
    if j == floor or text[j - 1] not in "=:>":
        return False  # no key's separator right before: the cheap test first
    return _PHONE_KEY_VALUE.search(text, max(floor, s - 24), s) is not None
# (a neighbour written with "+" counts too: "+19355550110,KAJA MALIK,639173050774")
_FIELD_DIGITS = re.compile(r"(?:^|[,;|\t\"'])\+?([0-9]{11,13})(?=$|[,;|\t\"'])", re.M)


def _telephony_key_value(text: str, s: int, floor: int) -> bool | None:
    """Whether the value starting at ``s`` is a telephony key's (``_TELEPHONY_KEY``); ``None`` when no
    key's separator stands right before it."""
    lo = max(floor, s - 24)
    # The key pattern ends in "=" or ":", blanks and a quote: test that end first (the
    # case-insensitive alternation has no literal to skip on).
    j = s - 1 if s > lo and text[s - 1] in "\"'" else s
    while j > lo and text[j - 1] in " \t":
        j -= 1
    if j > lo and text[j - 1] in "=:":
        return _TELEPHONY_KEY.search(text, lo, s) is not None
    return None


def _e164_context(text: str, s: int, e: int, floor: int) -> bool:
    """An undivided E.164-shaped run as a telephony key's value, or a field next to another one (a CDR)."""
    keyed = _telephony_key_value(text, s, floor)
    if keyed is not None:
        return keyed  # a key's value: the key decides ("actor_id": "829653639406" is an id beside other ids)
    if not _field(text, s, e, floor):
        return False
    lo = max(floor, s - 160)
    ls = text.rfind("\n", lo, s) + 1 or lo
    le = text.find("\n", e, e + 160)
    le = min(len(text), e + 160) if le < 0 else le
    for m in _FIELD_DIGITS.finditer(text, ls, le):
        if m.start(1) != s and _e164_ok(m.group(1)):
            return True
    return False


_FIELD_EDGE = ",;|\t\"'"


def _field(text: str, s: int, e: int, floor: int) -> bool:
    """Whether ``text[s:e]`` fills a whole field: delimiters (or quotes) on both sides, blanks aside."""
    i = s
    while i > floor and text[i - 1] in " \t":
        i -= 1
    if i == floor or text[i - 1] not in _FIELD_EDGE:
        if not (i > floor and text[i - 1] == "("):
            return False
    j = e
    while j < len(text) and text[j] in " \t":
        j += 1
    return j == len(text) or text[j] in _FIELD_EDGE or text[j] == "\n"


_VALUE_END = " \t\n&,;|\"'"


def _phone_field(text: str, s: int, e: int, floor: int) -> bool:
    """Whether ``text[s:e]`` stands where a phone stands by its position: a whole field of a row, or
    the whole value of a telephony key (``to=33 5433 0302``, ``caller: 0916319967``)."""
    if _field(text, s, e, floor):
        return True
    return (e == len(text) or text[e] in _VALUE_END) and _telephony_key_value(text, s, floor) is True


_DELIMS = ",;|\t"
# A birth date (not a log timestamp: years up to 2015) as a field of the same row.
_BIRTH_DATE = re.compile(
    r"(?:^|[,;|\t])[ \t]*(?:(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12][0-9]|3[01])/(?:19[0-9]{2}|200[0-9]|201[0-5])"
    r"|(?:0?[1-9]|[12][0-9]|3[01])[./](?:0?[1-9]|1[0-2])[./](?:19[0-9]{2}|200[0-9]|201[0-5])"
    r"|(?:19[0-9]{2}|200[0-9]|201[0-5])-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01]))[ \t]*(?:$|[,;|\t])",
    re.M,
)


def _delimited(text: str, s: int, e: int, floor: int) -> bool:
    """Whether ``text[s:e]`` is a whole field of a delimited row (CSV, pipes, tabs)."""
    return s > floor and text[s - 1] in _DELIMS and (e == len(text) or text[e] in _DELIMS or text[e] == "\n")


def _hr_row(text: str, s: int, e: int, floor: int) -> bool:
    """A 9-digit field of a delimited row that also holds a birth date: an HR/PII export's SSN."""
    if not _delimited(text, s, e, floor):
        return False
    # Only rows of ordinary length: every search is bounded, so a megabyte line stays linear.
    lo = max(floor, s - 2000)
    ls = text.rfind("\n", lo, s) + 1 or lo
    if ls == lo and lo > floor:
        return False
    le = text.find("\n", e, e + 2000)
    if le < 0:
        if e + 2000 < len(text):
            return False
        le = len(text)
    return _BIRTH_DATE.search(text, ls, le) is not None


def _card_grouped(lens: list[int]) -> bool:
    """4-4-4-4(-n) or 4-6-n: how cards are printed."""
    return lens[0] == 4 and (all(x == 4 for x in lens[:-1]) or lens[1] == 6)


# An IPv4 address inside a number run ("10.0.0.1:80 10.0.0.2:443": the run "80 10.0.0.2"),
# bounded as the run pattern's own ipv4 alternative bounds one.
_EMBEDDED_IPV4 = re.compile(r"(?<=[ ()])[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}(?!\.?[0-9])(?![\w\-])")


def _embedded_ipv4(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the IPv4 addresses standing inside the run ``text[start:end]`` after a blank."""
    if text.count(".", start, end) < 3:
        return []
    from ._validators import _ipv4_ok  # (no cycle: validators import nothing of ours)

    return [m.span() for m in _EMBEDDED_IPV4.finditer(text, start, end) if _ipv4_ok(m.group())]


def _looks_like_date(lens: list[int], groups: list[str]) -> bool:
    return (lens[:3] == [4, 2, 2] and groups[0][:2] in ("19", "20")) or (
        len(lens) >= 3 and lens[2] == 4 and lens[:2] == [2, 2] and groups[2][:2] in ("19", "20")
    )


def _numbers(text: str, start: int, end: int, floor: int) -> Iterator[tuple[int, int, str, float]]:
    """Findings in the number run ``text[start:end]``: the whole run, else runs inside it."""
    run = _Run(text, start, end, floor)
    k = len(run.groups)
    if end - start <= 40:  # no value has more than 19 digits
        found = _classify(run, 0, k, text, floor, True)
        if found is not None:
            yield found
            return
    if k < 2:
        return
    # A value inside a longer run must stand apart from the rest of it by a space:
    # "1234-123-45-6789-12" is one identifier, not an SSN with digits around it.
    # Groups after a value's first have 2+ digits ("1 415 555 0132", "4111 1111 ..."), which
    # also keeps a long run of single digits ("1 2 3 4 ...") linear.
    # Every group of the run is looked at (a value glued after megabytes of "12 12 ..." is
    # still found): at most seven windows per group keeps that linear, and past the first
    # group only a window that can be self-evident is tried (see ``_self_evident``).
    lens = run.lens
    seps = run.seps
    i = 0
    while i < k:
        nxt = i + 1
        if i > 0 and lens[i] < 3 and (i + 1 >= k or lens[i + 1] != 3):
            i = nxt  # no SSN, card or NANP phone window starts with this group
            continue
        if i == 0 or " " in seps[i - 1]:
            j_hi = i + 1
            while j_hi < k and j_hi < i + 7 and lens[j_hi] >= 2:
                j_hi += 1
            total = sum(lens[i:j_hi])
            for j in range(j_hi, i, -1):
                if j < j_hi:
                    total -= lens[j]
                if total < 7:
                    break
                if (i, j) == (0, k) or (j < k and " " not in run.seps[j - 1]):
                    continue
                # Past the run's first group no keyword can label a value (digits stand
                # between), so only self-evident shapes are worth classifying there.
                if i > 0 and not _self_evident(lens[i:j], total):
                    continue
                found = _classify(run, i, j, text, floor, False)
                if found is not None:
                    yield found
                    nxt = j
                    break
        i = nxt


# -- a cheap exact rejection for the common number runs of logs (timestamps, counters) -------

# A run's shape: its text with ASCII digits as "9" (other digits kept, as ``_Run`` counts them).
_NINES = str.maketrans("0123456789", "9999999999")
_NINES_BYTES = bytes.maketrans(b"0123456789", b"9999999999")
_LAST_DIGIT = LAST_DIGIT  # up to the last ASCII digit (``_context``)
# Any of the three labels (a match of one is a match of the union, and vice versa).
_SHAPE_CACHE: dict[str, tuple[tuple[tuple[int, int], ...] | None, bool, bool]] = {}
_SHAPE_CACHE_MAX = 8192
_SHAPE_MAX_LEN = 64


def _value_windows(shape: str) -> tuple[tuple[int, int], ...] | None:
    """The group windows of a run shaped ``shape`` that may hold a value found without a keyword.

    ``None``: some window is an SSN (3-2-4), NANP phone (..3-3-4) or grouped card (4-4-..)
    shape, so the run must be classified. Otherwise the card-length windows ``(i, j)``
    (13-19 digits), each a value only if its digits are in a known issuer range. Every
    value ``_classify`` accepts without a keyword or a leading "+" is one of these, whatever
    its digits; checking *every* window (not only those ``_numbers`` tries) keeps the answer
    a safe over-approximation.
    """
    lens = list(map(len, _DIGITS.findall(shape)))
    k = len(lens)
    if lens == [1, 3, 3, 2, 2]:
        return None  # a trunk "8" may lead it (``_phone_without_keyword``)
    cards: list[tuple[int, int]] = []
    if k >= 3 and 9 <= sum(lens) <= 11 and all(2 <= x <= 5 for x in lens):
        cards.append(_FIELD_MARK)  # a phone if it is a whole field (``_phone_without_keyword``)
    for i in range(k):
        total = 0
        for j in range(i + 1, k + 1):
            w = lens[i:j]
            total += lens[j - 1]
            if total > 19 and j - i > 4:
                break  # longer windows only grow: no value shape left
            if w == [3, 2, 4] or (j - i in (3, 4) and w[-3:] == [3, 3, 4]):
                return None
            if 13 <= total <= 19 and (j - i == 1 or min(w) >= 3):
                if j - i > 1 and w[0] == 4 and (all(x == 4 for x in w[:-1]) or w[1] == 6):
                    return None
                cards.append((i, j))
    return tuple(cards)


_FIELD_MARK = (-2, -2)  # in a shape's windows: "a phone if it is a whole field"


def _plain_number(text: str, s: int, e: int, floor: int) -> bool:
    """Whether the run ``text[s:e]`` surely holds no value: no value shape (or card-length
    digits outside every issuer range), no "+"/"(" before it, no keyword before it.

    Exact, not heuristic: when it says True, ``_numbers`` would find nothing. (Each test
    below can only answer False, so they come cheapest and most decisive first.)
    """
    n = e - s
    if n > _SHAPE_MAX_LEN:
        return False
    run = text[s:e]
    # (bytes.translate is a table lookup, str.translate a dict lookup per character: 4x slower)
    if run.isascii():
        shape = run.encode().translate(_NINES_BYTES).decode()
        plan = _SHAPE_CACHE.get(shape)
        if plan is None:
            plan = _shape_plan(shape)
            if len(_SHAPE_CACHE) >= _SHAPE_CACHE_MAX:
                _SHAPE_CACHE.clear()  # distinct shapes are few in real logs; bound adversarial ones
            _SHAPE_CACHE[shape] = plan
    else:  # other digits are kept by the translation: such shapes are never remembered
        shape = run.translate(_NINES)
        plan = _shape_plan(shape)
    cards, field_phone, undivided = plan
    if cards is None:
        return False
    if n == 9 and _delimited(text, s, e, floor):
        return False  # a bare 9-digit field: an HR row may make it an SSN (``_hr_row``)
    if run[0] == "0" and _trunk_possible(text, s, e, floor, shape):
        return False  # a trunk or international prefix (``_phone_without_keyword``)
    if undivided and 8 <= n <= 15:
        if (e < len(text) and (text[e] == "@" or (text[e] == ">" and s > floor and text[s - 1] == "<"))) or (
            11 <= n <= 13 and _e164_ok(run) and _e164_context(text, s, e, floor)
        ):
            return False  # "[4930123456@ctx", "<4930123456>", an undivided E.164 number (``_phone_without_keyword``)
    if s > floor:
        before = text[s - 1]
        # "+": international; "(": an area code's parenthesis (``_Run.lparen``: a ")" follows)
        if before == "+" or (before == "(" and run.find(")") >= 0):
            return False
        if (
            before == ":"
            and s - floor >= 4
            and text[max(floor, s - 5) : s].lower().endswith(("sip:", "sips:", "tel:"))
        ):
            return False  # a sip:/tel: URI's number
        lo = s - _KEYWORD_WINDOW if s - _KEYWORD_WINDOW > floor else floor
        # Only the text after the tail's last digit can label the number (``_labelled``),
        # and a keyword looks back one character at most (``\b``): that piece decides, and
        # log templates repeat it ("... Received block blk_"), so its answer is remembered.
        last = _LAST_DIGIT.match(text, lo, key_index_start(text, lo, s))
        key = text[lo:s] if last is None else text[last.end() - 1 : s]
        # Remembered under its hash, never its text: the words before a number may be a
        # name ("Grace Hopper called tel"), and this memo lives as long as the process.
        digest = (hash(key), len(key), last is not None)
        labelled = _TAIL_CACHE.get(digest)
        if labelled is None:
            labelled = _any_keyword(key, 0 if last is None else 1)
            if len(_TAIL_CACHE) >= _SHAPE_CACHE_MAX:
                _TAIL_CACHE.clear()
            _TAIL_CACHE[digest] = labelled
        if labelled:
            return False
    if field_phone and _phone_field(text, s, e, floor):
        return False
    if cards:
        # one undivided group: the digits are the run itself ("blk_-1608999687919862906")
        groups = [run] if undivided else _DIGITS.findall(text, s, e)
        for i, j in cards:
            d = "".join(groups[i:j])
            # an issuer range is decided by the first six digits and the length alone
            issuer = (d[:6], len(d))
            brand = _BRAND_CACHE.get(issuer)
            if brand is None:
                brand = _card_brand_ok(d)
                if len(_BRAND_CACHE) >= _SHAPE_CACHE_MAX:
                    _BRAND_CACHE.clear()
                _BRAND_CACHE[issuer] = brand
            if brand:
                return False
    # a phone key's value ("Phone = 99682772"): the last test, the few runs left pay for it
    return not (s > floor and text[s - 1] in _VALUE_START and _phone_key_value(text, s, floor))


_VALUE_START: Final = frozenset("\"' \t=:>")


def _shape_plan(shape: str) -> tuple[tuple[tuple[int, int], ...] | None, bool, bool]:
    """What :func:`_plain_number` must test for a run of this shape: its card windows (None:
    classify it), whether it is a phone if it is a whole field, whether it is undivided
    ASCII digits."""
    windows = _value_windows(shape)
    if windows is None:
        return None, False, False
    field_phone = bool(windows) and windows[0] == _FIELD_MARK
    return (windows[1:] if field_phone else windows), field_phone, shape.count("9") == len(shape)


_BRAND_CACHE: dict[tuple[str, int], bool] = {}
_NINE_GROUPS = re.compile("9+")
_NOT_NINES = re.compile("[^9]+")


def _trunk_possible(text: str, s: int, e: int, floor: int, shape: str) -> bool:
    """Whether the run ``text[s:e]`` (led by "0", shaped ``shape``) may be a phone by its trunk
    "0" or its "00" prefix: the tests of ``_phone_without_keyword``, over-approximated (no
    date test). Runs of other digits than ASCII ones: always.
    """
    if not shape.isascii():
        return True
    lens = list(map(len, _NINE_GROUPS.findall(shape)))
    seps = _NOT_NINES.findall(shape)
    n = sum(lens)
    k = len(lens)
    if "." in seps and len(set(seps)) > 1:
        return False  # decimals (``_phone_without_keyword`` answers None before the trunk tests)
    d = "".join(_DIGITS.findall(text, s, e))
    if d[1] == "0":
        return 11 <= n <= 17 and d[2] != "0" and (_field(text, s, e, floor) if k == 1 else lens[0] <= 5)
    if not 9 <= n <= 12 or (k > 1 and not all(x <= (8 if k == 2 else 5) for x in lens)):
        return False
    if k == 1:
        return _phone_field(text, s, e, floor)
    return not (lens[0] == 1 and "(" not in seps[0])


_TAIL_CACHE: dict[tuple[int, int, bool], bool] = {}  # (hash, length, cut) -> labelled


def _self_evident(lens: list[int], total: int) -> bool:
    """Whether digit groups of these lengths can be an SSN, a card or a North American phone."""
    return (
        lens == [3, 2, 4]
        or (13 <= total <= 19 and min(lens) >= 3)
        or (lens[-3:] == [3, 3, 4] and len(lens) in (3, 4))
    )
