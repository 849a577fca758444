"""The built-in regex backend: validated patterns plus context, no dependencies.

The whole batch is joined by newlines and scanned once per *kind* of value (numbers,
``@`` signs, IPv6 colons, SSN labels, name keys, name cues). Every pattern starts with
a literal or a character class, so the regex engine skips non-candidate positions in C;
each candidate is then validated in Python and mapped back to its own text's offsets.

Numbers are found as *runs* (digits with single separators: ``+1 (415) 555-0100``,
``4111 1111 1111 1111``, ``123-45-6789``) and classified by their digit groups, checksums
and the keyword that labels them, so every way of writing a card, phone or SSN is one
rule instead of one pattern per format. A run that is no value as a whole is searched
for a value standing apart inside it.

Names come from context only: the value of a person-name key (``name=``, ``"full_name":``,
``firstName='..'``, ``holder:``) or the words after a cue (``Dear``, ``on behalf of``,
``User X,``, ``by First Last``), accepted only when they are shaped like a name.

Joining can never hide or invent a finding: context (keywords, look-behind) is clipped
to the text a candidate belongs to, and a match that straddles two texts (validated or
not) sends the texts it touches to be scanned alone.

Speed (what is found never depends on it): patterns for rare values (IPv6, masked SSNs,
last-four labels, names) run only on the lines a cheap gate says can hold one; number runs
of common non-value shapes (timestamps, counters) skip classification by an exact check;
ASCII batches use an ASCII spelling of the number pattern. With the optional google-re2
(``pip install piiredact[fast]``) one linear-time prefilter per group of patterns finds
the lines worth scanning, names included. Pure per-value decisions that log templates
repeat (a run's shape, the words before a number, a name value, a Finding) are memoised in
bounded dicts, safe to share between threads. ``tools/regex_identity.py`` checks that every
change keeps the findings identical.
"""

from __future__ import annotations

import bisect
import ipaddress
import re
from collections.abc import Callable, Iterator, Sequence
from itertools import accumulate
from operator import add
from typing import Any

from .._entities import CREDIT_DEBIT_NUMBER, EMAIL, IP_ADDRESS, NAME, PHONE, SSN
from .._finding import Finding

_SOURCE = "regex"

# -- scores: validated / structured >= 0.9, context-inferred lower -------------------------
_S_EMAIL = 0.95
_S_IP = 0.95
_S_CARD_BRAND = 0.95  # Luhn-valid and a known issuer range/length
_S_CARD_GROUPED = 0.85  # Luhn-valid in a card grouping, unknown issuer
_S_CARD_KEYWORD = 0.85  # Luhn-valid, unknown issuer, a card keyword labels it
_S_SSN_DASHED = 0.95  # 123-45-6789, valid area/group/serial
_S_SSN_KEYWORD = 0.9  # any SSN form that an SSN keyword labels
_S_SSN_SPACED = 0.7  # 123 45 6789 without a keyword
_S_SSN_LAST4 = 0.8  # "SSN ending in 1234", "xxx-xx-1234"
_S_PHONE_INTL = 0.9  # +CC ..., 8-15 digits
_S_PHONE_NANP = 0.9  # (415) 555-0100 and friends
_S_PHONE_KEYWORD = 0.8  # other groupings labelled by a phone keyword
_S_NAME_KEY = 0.85  # value of a person-name key: full_name=, "firstName":
_S_NAME_ROLE_KEY = 0.75  # value of a role key: customer=, holder=, username=
_S_NAME_BARE_MULTI = 0.7  # "First Last" under a bare name= key outside any object
_S_NAME_BARE = 0.6  # one word under a bare name= key outside any object
_S_NAME_STRONG = 0.75  # after "Dear", "Mr.", "on behalf of", "legal name", ...
_S_NAME_ROLE = 0.6  # after a role noun: "User X,", "customer X"
_S_NAME_WEAK = 0.55  # First Last after "by", "for", "with", ... (raise NAME's min_score to drop these)

# How far before a value its labelling keyword may stand.
_KEYWORD_WINDOW = 40


def _trie(words: Sequence[str]) -> str:
    """A regex matching any of ``words`` as written, Capitalised, Title Cased or UPPER CASED.

    Spelling the case variants out (instead of ``(?i)``) and sharing prefixes in a trie lets
    the regex engine reject most positions on their first character: an order of magnitude
    faster on long batches than a case-insensitive alternation. Longer words win.
    """
    variants: set[str] = set()
    for w in words:
        variants.update((w, w[:1].upper() + w[1:], w.title(), w.upper()))
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in variants:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:  # type: ignore[type-arg]
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


# -- numbers: SSN, card, phone, IPv4 -----------------------------------------------------------

# Labels. A keyword labels the *next* number: no digit may stand between them.
_SSN_KEYWORD = re.compile(
    r"(?i)(?:ssn|ss\#|\bss[ \t]*no\b|social[ \t_\-]*sec(?:urity)?|\bsoc[ \t_.\-]*sec|\btax[ \t_\-]*(?:id|payer)"
    r"|taxpayer|\bi?tin\b|\bsocial\b)"
)
_PHONE_KEYWORD = re.compile(
    r"(?i)(?:phone|\btel\b|\btel\.|telephone|mobile|\bcell|\bfax\b|\bcall(?:ed|ing)?\b|\bsms\b|whatsapp"
    r"|\breach\b|\bdial(?:ed|ing)?\b|msisdn|\bph\b|\bmob\b)"
)
_CARD_KEYWORD = re.compile(
    r"(?i)(?:card|\bcc\b|\bpan\b|visa|master[ \t]*card|amex|american express|discover|maestro|diners|\bjcb\b"
    r"|unionpay|debit|credit)"
)

# A digit that starts a number: an IPv4 address, or a run of 7+ digits with single
# separators (phone, card, SSN). "+" and "(" before the run are looked at in Python.
# Both need six more digits or separators after the first digit: checking that first
# rejects the digits of timestamps and counters early (a third faster, same matches).
# In the run, a bare digit is tried before a separator: no separator starts with a digit,
# so each step still has one way to match (same matches, the common step tried first).
_NUMERIC_TEMPLATE = r"""
    {d}(?<![{w}.]{d})(?=[{dc} .\-()]{{6}})
    (?:
        (?P<ipv4>{d}{{0,2}}\.{d}{{1,3}}\.{d}{{1,3}}\.{d}{{1,3}}(?!\.?{d})(?![{w}\-]))
      | (?P<num>(?<![\-/\\]{d})(?:{d}|(?:[ .\-]|\)[ .\-]?|[ .\-]?\(){d}){{6,}}(?![{w}]))
    )
    """
_NUMERIC = re.compile(_NUMERIC_TEMPLATE.format(d=r"\d", dc=r"\d", w=r"\w"), re.VERBOSE)
# The same pattern for ASCII text, where \d is [0-9] and \w is [A-Za-z0-9_]: the engine
# tests a small character set much faster than a Unicode category (twice as fast here).
_NUMERIC_ASCII = re.compile(_NUMERIC_TEMPLATE.format(d="[0-9]", dc="0-9", w="A-Za-z0-9_"), re.VERBOSE)


def _ascii_windows(text: str) -> list[tuple[int, int, bool]]:
    """``text`` cut at newlines into ``(start, end, is_ascii)`` windows, in order.

    The number pattern cannot match across a newline and sees a newline as it sees the end
    of a window, so each window may be scanned with the pattern its alphabet allows: a
    batch with a few non-ASCII lines keeps the fast ASCII pattern for the rest.
    """
    out: list[tuple[int, int, bool]] = []
    todo = [(0, len(text))]
    while todo:
        lo, hi = todo.pop()
        if text[lo:hi].isascii():
            window = (lo, hi, True)
        else:
            mid = (lo + hi) // 2
            nl = text.find("\n", mid, hi) if hi - lo > 512 else -1
            if nl < 0 and hi - lo > 512:
                nl = text.rfind("\n", lo, mid)
            if nl >= 0:
                todo += ((nl + 1, hi), (lo, nl))  # left half first (a stack)
                continue
            window = (lo, hi, False)
        if out and out[-1][2] == window[2] and out[-1][1] + 1 == lo:
            out[-1] = (out[-1][0], hi, window[2])
        else:
            out.append(window)
    return out


_DIGITS = re.compile(r"\d+")
_NON_DIGITS = re.compile(r"\D+")


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


def _card_brand_ok(d: str) -> bool:
    """Whether ``d`` is in a known issuer range with a length that issuer uses."""
    n = len(d)
    p2, p3, p4, p6 = int(d[:2]), int(d[:3]), int(d[:4]), int(d[:6])
    if d[0] == "4":  # Visa
        return n in (13, 16, 19)
    if 51 <= p2 <= 55 or 2221 <= p4 <= 2720:  # Mastercard
        return n == 16
    if p2 in (34, 37):  # American Express
        return n == 15
    if p4 == 6011 or p2 == 65 or 644 <= p3 <= 649 or 622126 <= p6 <= 622925:  # Discover
        return 16 <= n <= 19
    if 3528 <= p4 <= 3589:  # JCB
        return 16 <= n <= 19
    if p2 in (36, 38, 39) or 300 <= p3 <= 305 or p4 == 3095:  # Diners Club
        return 14 <= n <= 19
    if p2 in (62, 81):  # UnionPay
        return 16 <= n <= 19
    if 2200 <= p4 <= 2204:  # Mir
        return 16 <= n <= 19
    if p2 in (60, 82) or p3 == 508:  # RuPay
        return n == 16
    if p2 == 50 or 56 <= p2 <= 69:  # Maestro
        return 12 <= n <= 19
    return False


def _ssn_ok(d: str) -> bool:
    """A possible SSN: area not 000, 666 or 9xx; group not 00; serial not 0000."""
    area = d[:3]
    return area != "000" and area != "666" and area[0] != "9" and d[3:5] != "00" and d[5:] != "0000"


# Literal pieces of every alternative of each keyword pattern, lower-case: a keyword can
# stand in an ASCII text only where one of these does. The case-insensitive keyword patterns
# cost ~10 us on a 40-character window (no first character to skip on); these ~0.5 us.
_KEYWORD_ANCHORS: dict[re.Pattern[str], re.Pattern[str]] = {
    _SSN_KEYWORD: re.compile(r"ssn|ss\#|ss[ \t]*no|soc|tax|tin"),
    _PHONE_KEYWORD: re.compile(r"ph|tel|mob|cell|fax|call|sms|whatsapp|reach|dial|msisdn"),
    _CARD_KEYWORD: re.compile(
        r"card|cc|pan|visa|master|amex|americ|discover|maestro|diners|jcb|unionpay|debit|credit"
    ),
}


def _labelled(keyword: re.Pattern[str], text: str, start: int, floor: int) -> bool:
    """Whether ``keyword`` stands shortly before ``start`` with no other number in between."""
    tail = text[max(floor, start - _KEYWORD_WINDOW) : start]
    if tail.isascii():
        anchor = _KEYWORD_ANCHORS[keyword].search
        low = tail.lower()
        if anchor(low) is None:  # none anywhere in the tail: none after its last digit
            return False
        cut = max(map(tail.rfind, "0123456789")) + 1
        if anchor(low, cut) is None:
            return False
        return keyword.search(tail, cut) is not None
    cut = max(map(tail.rfind, "0123456789")) + 1
    return keyword.search(tail, cut) is not None


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
        if before == "+" and (start - 1 == floor or not (_word_char(text[start - 2]) or text[start - 2] in "+.")):
            self.plus = start - 1
        # "(415) 555-0100": the area code's opening parenthesis belongs to the number.
        self.lparen = before == "(" and bool(self.seps) and self.seps[0].startswith(")")


def _classify(run: _Run, i: int, j: int, text: str, floor: int, whole: bool) -> tuple[int, int, str, float] | None:
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
    paren = paren or any("(" in x or ")" in x for x in seps)
    same_sep = len(set(seps)) <= 1 and all(x in (" ", "-", ".") for x in seps)

    # SSN: 3-2-4 with one separator, or 9 digits that an SSN keyword labels.
    if not plus and not paren and (lens == [9] or (lens == [3, 2, 4] and same_sep)):
        if not _ssn_ok(d):
            return None
        if _labelled(_SSN_KEYWORD, text, s, floor):
            return s, e, SSN, _S_SSN_KEYWORD
        if lens == [9]:
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
        and _luhn_ok(d)
    ):
        if _card_brand_ok(d):
            return s, e, CREDIT_DEBIT_NUMBER, _S_CARD_BRAND
        if len(groups) > 1 and lens[0] == 4 and (all(x == 4 for x in lens[:-1]) or lens[1] == 6):
            return s, e, CREDIT_DEBIT_NUMBER, _S_CARD_GROUPED
        if _labelled(_CARD_KEYWORD, text, s, floor):
            return s, e, CREDIT_DEBIT_NUMBER, _S_CARD_KEYWORD

    # Phone numbers: international with "+", North American by shape, others by keyword.
    if plus:
        if 8 <= n <= 15 and (len(groups) == 1 or lens[0] <= 4):
            return s, e, PHONE, _S_PHONE_INTL
        return None
    nanp = d[1:] if n == 11 and d[0] == "1" else d
    if (
        len(nanp) == 10
        and nanp[0] in "23456789"
        and nanp[3] in "23456789"
        and lens[-3:] == [3, 3, 4]
        and len(groups) in (3, 4)
        and (whole or paren or not any(" " in x for x in seps))
    ):
        return s, e, PHONE, _S_PHONE_NANP
    if (
        7 <= n <= 15
        and (len(groups) > 1 or n >= 10)
        and not _looks_like_date(lens, groups)
        and _labelled(_PHONE_KEYWORD, text, s, floor)
    ):
        return s, e, PHONE, _S_PHONE_KEYWORD
    return None


def _looks_like_date(lens: list[int], groups: list[str]) -> bool:
    return (lens[:3] == [4, 2, 2] and groups[0][:2] in ("19", "20")) or (
        len(lens) >= 3 and lens[2] == 4 and lens[:2] == [2, 2] and groups[2][:2] in ("19", "20")
    )


# A run of digits that yields no value for this many candidate windows in a row is data (a
# table, a dump), not a list of values: the rest of it is not searched. This bounds the
# work on pathological lines (megabytes of "12 34 56 ...") at a few milliseconds per run.
_MAX_IDLE_WINDOWS = 4096


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
    lens = run.lens
    i = 0
    idle = 0  # windows looked at since the last value found
    while i < k and idle < _MAX_IDLE_WINDOWS:
        nxt = i + 1
        idle += 1
        if i == 0 or " " in run.seps[i - 1]:
            j_hi = i + 1
            while j_hi < k and j_hi < i + 7 and lens[j_hi] >= 2:
                j_hi += 1
            total = sum(lens[i:j_hi])
            for j in range(j_hi, i, -1):
                if j < j_hi:
                    total -= lens[j]
                if total < 7:
                    break
                idle += 1
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
                    idle = 0
                    break
        i = nxt


# -- a cheap exact rejection for the common number runs of logs (timestamps, counters) -------

# A run's shape: its text with ASCII digits as "9" (other digits kept, as ``_Run`` counts them).
_NINES = str.maketrans("0123456789", "9999999999")
# Any of the three labels (a match of one is a match of the union, and vice versa).
_ANY_KEYWORD = re.compile(
    "|".join(f"(?:{k.pattern.removeprefix('(?i)')})" for k in (_SSN_KEYWORD, _PHONE_KEYWORD, _CARD_KEYWORD)), re.I
)
_ANY_ANCHOR = re.compile("|".join(a.pattern for a in _KEYWORD_ANCHORS.values()))
_SHAPE_CACHE: dict[str, tuple[tuple[int, int], ...] | None] = {}
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
    cards = []
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


_UNSEEN = ((-1, -1),)  # a cache miss (no real answer has a negative window)


def _plain_number(text: str, s: int, e: int, floor: int) -> bool:
    """Whether the run ``text[s:e]`` surely holds no value: no value shape (or card-length
    digits outside every issuer range), no "+"/"(" before it, no keyword before it.

    Exact, not heuristic: when it says True, ``_numbers`` would find nothing.
    """
    if e - s > _SHAPE_MAX_LEN:
        return False
    shape = text[s:e].translate(_NINES)
    cards = _SHAPE_CACHE.get(shape, _UNSEEN)
    if cards is _UNSEEN:
        cards = _value_windows(shape)
        if len(_SHAPE_CACHE) >= _SHAPE_CACHE_MAX:
            _SHAPE_CACHE.clear()  # distinct shapes are few in real logs; bound adversarial ones
        _SHAPE_CACHE[shape] = cards
    if cards is None:
        return False
    if s > floor:
        if text[s - 1] in "+(":
            return False
        lo = s - _KEYWORD_WINDOW if s - _KEYWORD_WINDOW > floor else floor
        tail = text[lo:s]
        # Only the text after the tail's last digit can label the number (``_labelled``),
        # and a keyword looks back one character at most (``\b``): that piece decides, and
        # log templates repeat it ("... Received block blk_"), so its answer is remembered.
        cut = tail.translate(_NINES).rfind("9") + 1
        key = tail[cut - 1 :] if cut else tail
        labelled = _TAIL_CACHE.get(key)
        if labelled is None:
            labelled = _any_keyword(key, 1 if cut else 0)
            if len(_TAIL_CACHE) >= _SHAPE_CACHE_MAX:
                _TAIL_CACHE.clear()
            _TAIL_CACHE[key] = labelled
        if labelled:
            return False
    if cards:
        groups = _DIGITS.findall(text, s, e)
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
    return True


_BRAND_CACHE: dict[tuple[str, int], bool] = {}
_TAIL_CACHE: dict[str, bool] = {}


def _any_keyword(tail: str, pos: int) -> bool:
    """Whether any number keyword stands in ``tail`` at or after ``pos`` (as ``_labelled`` looks)."""
    if tail.isascii() and _ANY_ANCHOR.search(tail.lower(), pos) is None:
        return False  # the cheap literal test first (see ``_KEYWORD_ANCHORS``)
    return _ANY_KEYWORD.search(tail, pos) is not None


def _self_evident(lens: list[int], total: int) -> bool:
    """Whether digit groups of these lengths can be an SSN, a card or a North American phone."""
    return (
        lens == [3, 2, 4]
        or (13 <= total <= 19 and min(lens) >= 3)
        or (lens[-3:] == [3, 3, 4] and len(lens) in (3, 4))
    )


_OCTET = r"(?:[0-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5])"
_IPV4_ASCII = re.compile(rf"{_OCTET}(?:\.{_OCTET}){{3}}")


def _ipv4_ok(v: str) -> bool:
    """Octets of one digit, or 10..255 without a leading zero."""
    if v.isascii():
        return _IPV4_ASCII.fullmatch(v) is not None
    return all(len(o) == 1 or (o[0] != "0" and int(o) <= 255) for o in v.split("."))


# -- e-mail, IPv6, masked and labelled SSN digits -----------------------------------------------

_EMAIL_DOMAIN_PATTERN = r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}\.)+[A-Za-z]{2,24}(?![\w\-])"
_EMAIL_DOMAIN = re.compile(_EMAIL_DOMAIN_PATTERN)
# Only an "@" that a domain follows is worth a look (the others cannot be an address). One
# pattern per spelling: a literal first character lets the engine jump between candidates
# (memchr-fast), a class of first characters costs ~10x more per character scanned.
_ATS = (re.compile(rf"@(?={_EMAIL_DOMAIN_PATTERN})"), re.compile(rf"%40(?={_EMAIL_DOMAIN_PATTERN})"))
_URL_ESCAPE = re.compile(r"%[23][0-9A-Fa-f]")

_IPV6 = re.compile(
    r"""
    [0-9A-Fa-f:](?<![\w:.].)
    (?=[0-9A-Fa-f:.]*::|(?<=:):|(?:[0-9A-Fa-f.]*:){6})   # compressed (::) or all eight groups
    [0-9A-Fa-f:.]*(?![\w:])
    """,
    re.VERBOSE,
)

_MASKED_SSN = re.compile(r"[xX*#](?<![\w*#].)(?:[xX]{2}|\*{2}|#{2})[\- ]?(?:[xX]{2}|\*{2}|#{2})[\- ]?(\d{4})(?!\d)")

_SSN_WORDS = ("ssn", "ss#", "social security", "social security number", "social security no",
              "social_security_number", "socialsecuritynumber", "socialSecurityNumber")
_LAST4_WORDS = ("last 4", "last four", "last4", "last-4", "last_4", "last 4 digits", "last four digits",
                "ending in", "ending with", "ends in", "ends with", "ending")
_SSN_LAST4_WORDS = ("ssn_last4", "ssn_last_4", "ssnLast4", "ssn_last_four", "ssn-last4", "ssn4", "ssn_4",
                    "last4ssn", "last4_ssn", "last_4_ssn", "lastFourSsn", "ssnLastFour")
_LAST4 = re.compile(
    rf"(?P<w>{_trie(_SSN_WORDS + _LAST4_WORDS + _SSN_LAST4_WORDS)})(?P<gap>[^\d\n]{{0,30}}?)(?P<l4>\d{{4}})(?![\d\-])"
)
_LAST4_IN = re.compile(r"(?i)last[ \t_\-]*(?:4|four)|\bend(?:ing|s)\b")
_SSN_IN = re.compile(r"(?i)ssn|ss\#|social[ \t_\-]*security")
_SSN_WORD_KIND = {w.lower(): 1 for w in _SSN_WORDS} | {w.lower(): 2 for w in _LAST4_WORDS} | {
    w.lower(): 3 for w in _SSN_LAST4_WORDS
}


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
    return j, d.end()


def _ipv6(text: str, m: re.Match[str]) -> tuple[int, int] | None:
    s, e = m.span()
    while e > s and text[e - 1] == ".":
        e -= 1
    v = text[s:e]
    if len(v) < 3 or not any(c != ":" for c in v):
        return None
    try:
        ipaddress.IPv6Address(v)
    except ValueError:
        return None
    return s, e


def _last4(text: str, m: re.Match[str], floor: int) -> tuple[int, int] | None:
    """The four digits of "SSN ending in 1234", "last four of SSN: 1234", "ssn_last4=1234"."""
    s = m.start()
    if s > floor and text[s - 1].isalpha():
        return None  # "pending 1234", "lessn"
    kind = _SSN_WORD_KIND.get(m.group("w").lower(), 0)
    gap = m.group("gap")
    if kind == 1 and not _LAST4_IN.search(gap):
        return None
    if kind == 2 and not (_SSN_IN.search(gap) or _SSN_IN.search(text, max(floor, s - 30), s)):
        return None
    if kind == 0:
        return None
    return m.span("l4")


# -- names from context ---------------------------------------------------------------------

# A letter of any script, or a combining mark: not a space, digit, ASCII punctuation, or
# common Unicode punctuation/symbols. (Python's re has no \p{L}; casing is checked later.)
_L = (
    r"[^\s\d!-/:-@\[-`{-~\u00a0-\u00bf\u00d7\u00f7\u2000-\u206f\u2190-\u2bff\u3000-\u303f"
    r"\ufe30-\ufe4f\uff00-\uff20\uff3b-\uff40\uff5b-\uff65]"
)
_TOKEN = rf"{_L}+(?:['’\-]{_L}+)*"
_VALUE = rf"{_TOKEN}\.?(?:[ \t]{{1,2}}{_TOKEN}\.?){{0,4}}"

# Keys are recognised by how they end (``...name``, ``...Name``, ``holder``); the whole key
# (``display_name``, ``customer.firstName``, not ``hostname``) is then judged in Python.
_KEY_ENDS = """
    name holder customer owner agent assignee recipient sender patient applicant employee beneficiary
    contact user author reporter requester display signer payee payer member guest passenger approver
    reviewer person client buyer seller insured spouse guardian addressee attendee subscriber driver
""".split()
_NAME_KEYVAL = re.compile(
    rf"""(?x)
    (?P<key>{_trie(_KEY_ENDS)})(?![A-Za-z0-9_])\\?["']?[ \t]*(?P<sep>=>|->|=|:)[ \t]*
    (?:\\?"(?P<qd>[^"\\\n]{{1,100}})\\?"|'(?P<qs>[^'\\\n]{{1,100}})'|(?P<v>{_VALUE}))
    """
)
# After a bare value of a weak key in "key: value" form: the end of the value or another key.
_VALUE_END = re.compile(r"[ \t]*(?:$|[\n\r,;)}\]|\"'<(]|[\w.\-]+[ \t]*[=:])")

# Words that introduce a person's name, by how sure they make us. Strong cues and role
# nouns accept one capitalised word; weak cues (prepositions) need a full "First Last".
_NAME_OWNERS = """
    legal full real first last given family maiden middle display birth customer client user account
    holder cardholder patient member contact person applicant employee recipient sender
""".split()
_STRONG_CUES = (
    "dear", "mr", "mrs", "ms", "mx", "dr", "prof", "sir", "madam", "attn", "attention",
    "on behalf of", "signed by", "approved by", "submitted by", "requested by", "authored by", "owned by",
    "belongs to", "belonging to", "addressed to", "name is", "my name is", "logged in as", "signed in as",
    "authenticated as", "impersonating", "impersonated",
    *(f"{o}{s} name{i}" for o in _NAME_OWNERS for s in ("", "'s") for i in ("", " is")),
)
_ROLE_CUES = (
    "user", "customer", "client", "patient", "member", "applicant", "employee", "agent", "cardholder",
    "card holder", "holder", "account holder", "recipient", "sender", "owner", "assignee", "reporter",
    "requester", "guest", "passenger", "beneficiary", "subscriber", "buyer", "seller", "hi", "hello",
    "welcome", "thanks", "thank you", "greetings", "cc", "invited", "invite", "contact", "contacted",
)
_WEAK_CUES = ("by", "for", "to", "with", "from", "and", "name", "named", "notify", "notified", "emailed", "paid")
_CUE_STRENGTH: dict[str, tuple[int, float]] = {
    **{c: (2, _S_NAME_WEAK) for c in _WEAK_CUES},
    **{c: (1, _S_NAME_ROLE) for c in _ROLE_CUES},
    **{c: (1, _S_NAME_STRONG) for c in _STRONG_CUES},
}
# (The look-behind "not inside a word" is checked in Python: a leading look-behind would
# stop the engine from skipping positions by the cue's first letter.)
_NAME_CUE = re.compile(
    rf"""(?x)
    (?P<cue>{_trie(sorted(_CUE_STRENGTH))})(?![\w'’\-])
    (?:\.|:)?[ \t]+(?![a-z])(?P<pv>{_VALUE})
    """
)
_TITLE_AHEAD = re.compile(r"(?:Mr|Mrs|Ms|Mx|Dr|Prof|MR|MRS|MS|DR|PROF)\.?[ \t]+\w")
_CHAIN = re.compile(rf"(?:[ \t]*,[ \t]*|[ \t]+(?:and|&|und|et|y|e)[ \t]+)(?![a-z])(?P<pv>{_VALUE})")

_PERSON_KEY_PREFIXES = frozenset(
    """
    full first last given family middle maiden display legal real nick sur fore preferred birth
    customer client user account card billing shipping patient employee holder cardholder accountholder
    owner sender recipient author applicant person member guest passenger beneficiary contact
    emergencycontact spouse parent guardian signer payee payer insured policyholder subscriber driver
    buyer seller approver reviewer reporter requester assignee agent addressee attendee
    """.split()
)
_ROLE_KEYS = frozenset(
    """
    holder cardholder accountholder customer owner agent assignee recipient sender patient applicant employee
    beneficiary contact author reporter requester display signer payee payer member guest passenger approver
    reviewer person client buyer seller insured spouse guardian addressee attendee subscriber driver user
    policyholder
    """.split()
)
_NAME_SUFFIXES = ("name", "names")

_TITLES = frozenset("mr mrs ms mx miss dr prof sir madam dame lord lady rev fr".split())
_PARTICLES = frozenset(
    "de da di do dos das del della der den van von le la du des bin ibn al el ten ter zu af av y e st".split()
)
# Capitalised words that are not names in a log line (checked case-insensitively).
_NOT_NAMES = frozenset(
    w.lower()
    for w in """
    A An The This That These Those It Its I We You He She They Our Your My Me Us Them His Her Their
    To For By With From Of In On At As Is Are Was Were Be Been Has Have Had Do Does Did Can Could Should
    Would Shall Must Into Onto Over Under About After Before Between Through During Without Within Via Per
    Than Then So If Else When Where Which Who Whom Whose What Why How Here There Please Let Lets
    San Santa Los Las Saint Fort Port Mount
    And Or But Not No Yes None Null Nil True False Ok Okay Done Yes All Any Some Each Every Other New Old
    User Users Customer Customers Admin Admins Administrator Root System Systems Service Services Server Servers
    Client Clients Guest Guests Anonymous Unknown Nobody Everyone Someone Default Defaults Test Tests Testing
    Error Errors Warning Warn Info Information Debug Trace Fatal Critical Notice Success Successful Failed Failure
    Request Requests Response Responses Session Sessions Account Accounts Order Orders Payment Payments Invoice
    Ticket Job Jobs Task Tasks Worker Workers Thread Threads Process Processes Node Nodes Host Hosts Cluster
    Pod Pods Container Containers Instance Instances Build Deploy Deployment Release Version Api Apis Http Https
    Url Uri Id Ids Uuid Json Xml Sql Db Database Databases Cache Caches Queue Queues Store Stores Storage
    Broker Brokers Manager Managers Controller Handler Handlers Scheduler Engine Interface Module Component
    Application Applications App Apps Network Object Objects Message Messages Event Events Data File Files Disk
    Memory Heap Pool Connection Connections Token Tokens Policy Policies Group Groups Role Roles Team Teams
    Project Projects Bucket Buckets Region Zone Primary Secondary Master Slave Leader Follower Replica Shard
    Partition Index Table Tables Schema Model Models Mode Level Status State Health Check Checks Monitor
    Metrics Metric Log Logs Logger Logging Config Configuration Settings Setting Console Dashboard Portal Web
    Site Home Main Core Base Common Public Private Internal External Local Remote Global Support Sales
    Billing Security Ops Operations Finance Marketing Engineering Legal Hr Help Desk Service Desk Office
    Inc Corp Corporation Co Company Llc Ltd Limited Gmbh Ag Sa Plc Bank Group Holdings Partners Foundation
    University College School Hospital Clinic Department Dept Agency Ministry Government
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Tomorrow Yesterday
    January February March September October November December
    Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Wed Thu Fri Sat
    Google Microsoft Apple Amazon Aws Azure Gcp Linux Windows Android Ios Macos Ubuntu Debian Chrome Firefox
    Safari Edge Mozilla Java Python Node Docker Kubernetes Redis Postgres Postgresql Mysql Mongo Mongodb Kafka
    Spark Hadoop Hdfs Yarn Nginx Apache Tomcat Jetty Spring Django Flask Rails Oracle Elasticsearch Github
    Gitlab Slack Jira Stripe Paypal Visa Mastercard Amex Discover Maestro
    Surface Window Screen Display View Activity Fragment Dialog Button Menu Layout Widget Image Video Audio
    Phone Mobile Email Mail Address Street City Country State Card Credit Debit Bank Name Names Value Key Keys
    Number Amount Total Currency Date Time Timestamp Days Week Month Year Hour Minute Second
    Unit Units Item Items Product Products Cart Checkout Shipping Delivery Refund Subscription Plan Trial
    Feature Flag Flags Rule Rules Report Reports Export Import Upload Download Sync Backup Restore Migration
    Start Started Stop Stopped Running Pending Active Inactive Enabled Disabled Open Closed Ready Idle Busy
    Read Write Delete Update Create Get Post Put Patch Head Options Login Logout Signin Signup Register
    Authentication Authorization Auth Password Permission Permissions Access Denied Allowed Blocked
    Provider Providers Source Target Destination Input Output Stream Streams Channel Channels Topic Topics
    Driver Plugin Plugins Extension Library Framework Platform Runtime Kernel Daemon Agent Agents Proxy
    Gateway Router Switch Firewall Balancer Load Endpoint Endpoints Resource Resources Context Scope
    Office Team Staff Member Members Owner Owners Operator Operators Bot Bots Robot Script Cron Batch
    Mr Mrs Ms Dr Prof Sir Madam Dear Hi Hello Welcome Thanks Thank Greetings Regards Attn Attention
    Summary Details Detail Description Note Notes Comment Comments Title Subject Body Header Footer
    Graphical Unified Central Regional National International General Special Standard Premium Basic
    Free Pro Plus Enterprise Business Personal Family Group Shared Team Cloud Edge Mesh Grid World Everybody
    North South East West Northern Southern Eastern Western Upper Lower Left Right Top Bottom Front Back
    Sent Received Delivered Bounced Queued Scheduled Processed Completed Cancelled Canceled Expired Rejected
    Guide Guides Reference Tutorial Manual Documentation Docs Interfaces Versions Classes Modules Tools
    Credentials Persistence Copies Emulator Emulators Terminal Terminals Cookie Cookies Syntax Query Queries
    Library Libraries Branch Branches Commit Commits Merge Pull Issue Issues Bug Bugs Fix Fixes Notes
    Changelog Install Installation Usage Example Examples Overview Introduction Quickstart Faq License
    Copyright Contributors Contributing Authors Maintainers Community Conduct Sponsor Funding Homepage
    Tracker Downloads Package Packages Dependencies Requirements Coverage Benchmark Benchmarks Performance
    Features Changes Breaking Deprecated Removed Added Fixed Improved Updated Hello World Lorem Ipsum
    Management Administration Accounting Purchasing Procurement Compliance Audit Infrastructure Platform
    Invalid Valid Illegal Retry Retrying Connecting Connected Disconnected Accepted Refused Timeout Exception
    """.split()
)


def _is_uncased(tok: str) -> bool:
    """A word in a script without letter case (CJK, Arabic, Devanagari, Hangul, ...)."""
    c = tok[0]
    return c.isalpha() and not c.isupper() and not c.islower()


_NAME_PARTS = re.compile(r"['\-]")
_NAME_PREFIX = re.compile(r"(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|Fitz)[^\W\d_]")
_NON_AZ = re.compile(r"[^a-z]")


def _name_token_ok(tok: str, allow_caps: bool) -> bool:
    """Whether ``tok`` can be one word of a person's name."""
    if _is_uncased(tok):
        return len(tok) >= 1
    if not tok[0].isupper():
        return False
    rest = tok[1:]
    if rest.isalpha() and rest.islower():
        return True  # "Ann", "Zoë": the common case, accepted by every check below
    letters = [c for c in tok if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return allow_caps  # ALLCAPS words are states and constants in logs; names only under a name key
    # CamelCase inside a word (UserService) is code, not a name; Mc/Mac/O'/De-style prefixes are fine.
    core = tok.replace("’", "'")
    for part in _NAME_PARTS.split(core):
        if len(part) > 2 and any(c.isupper() for c in part[1:]):
            if not _NAME_PREFIX.match(part):
                return False
            if sum(1 for c in part[1:] if c.isupper()) > 1:
                return False
    return True


def _tokens(text: str, s: int, e: int) -> list[tuple[int, int]]:
    return [m.span() for m in _NONSPACE.finditer(text, s, e)]


_NONSPACE = re.compile(r"\S+")
_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
_NUMBER_NEXT = re.compile(r"[ \t,.]*\d")
# Months that are also given names: stop words only when a number follows (a date).
_MONTHS = frozenset({"jan", "april", "may", "june", "july", "august", "sun", "day"})
# Word endings of common nouns that no name has (checked on words of 6+ letters).
_NOUN_ENDINGS = ("tion", "sion", "ment", "ness", "ship", "ware", "ism", "ology", "ility", "ances")
_NOUN_ENDING_NAMES = frozenset({"clement", "marion", "vision"})


def _common_word(word: str, n_words: int) -> bool:
    """Whether ``word`` is shaped like a common noun or verb form rather than a name."""
    low = word.rstrip(".").lower()
    if len(low) < 6 or low in _NOUN_ENDING_NAMES:
        return False
    if low.endswith(_NOUN_ENDINGS):
        return True
    # "Retrying", "Loading": a lone -ing word is a verb form (Fleming, Browning come with a first name)
    return n_words == 1 and low.endswith("ing")


# Memo of ``_name_core`` (a pure function of the value's text and the flags): log lines
# repeat the same cued and keyed values ("to Platform", "user=Alan Turing") over and over.
# Bounded (cleared when full) and only for short values; dict get/set are atomic, so
# concurrent detectors at worst recompute an entry.
_NAME_CACHE: dict[tuple[str, int, bool, bool], tuple[int, int, int] | None] = {}
_NAME_CACHE_MAX = 8192
_NAME_CACHE_MAX_LEN = 128
_NAME_UNSEEN = (-1, -1, -1)  # a cache miss (no real answer is negative)


def _name_span(
    text: str, s: int, e: int, *, min_tokens: int, allow_caps: bool, whole: bool
) -> tuple[int, int] | None:
    """The person's name at the start of ``text[s:e]``, or None.

    Titles (Mr., Dr.) are skipped; the name ends at the first word that cannot be part of
    one (``whole``: every word must be). A stop word anywhere rejects the value: "Object
    Store" is not a name however it is capitalised.
    """
    if e - s <= _NAME_CACHE_MAX_LEN:
        key = (text[s:e], min_tokens, allow_caps, whole)
        core = _NAME_CACHE.get(key, _NAME_UNSEEN)
        if core is _NAME_UNSEEN:
            core = _name_core(key[0], 0, e - s, min_tokens, allow_caps, whole)
            if len(_NAME_CACHE) >= _NAME_CACHE_MAX:
                _NAME_CACHE.clear()
            _NAME_CACHE[key] = core
    else:
        core = _name_core(text, s, e, min_tokens, allow_caps, whole)
        if core is not None:
            core = (core[0] - s, core[1] - s, core[2] - s if core[2] >= 0 else -1)
    if core is None:
        return None
    # What the name is followed by lies outside the value: checked on the text itself.
    start, end, month_end = s + core[0], s + core[1], core[2]
    if month_end >= 0 and _NUMBER_NEXT.match(text, s + month_end):
        return None  # "August 5", "May 2024": a date
    # The character after a name ends a word: not an e-mail, a path, a digit, or more letters.
    after = text[end : end + 2]
    if after and (after[0] == "@" or after[0].isdigit() or (after[0] in ".-/\\" and after[1:2].isalnum())):
        return None
    return start, end


def _name_core(
    text: str, s: int, e: int, min_tokens: int, allow_caps: bool, whole: bool
) -> tuple[int, int, int] | None:
    """``_name_span`` on ``text[s:e]`` alone: ``(start, end, month_end)`` or None.

    ``month_end`` (-1 if none): the end of the last word when a word is a month that is
    also a given name; a number after it then makes the value a date.
    """
    words: list[tuple[int, int]] = []
    for ws, we in _tokens(text, s, e):
        w = text[ws:we]
        bare = w.rstrip(".")
        if not words and bare.lower() in _TITLES:
            continue
        low = bare.lower()
        if words and low in _PARTICLES:
            words.append((ws, we))
            continue
        initial = len(bare) == 1 and bare.isupper() and w.endswith(".")
        if initial or _name_token_ok(bare, allow_caps):
            if low in _NOT_NAMES:
                return None  # a capitalised stop word: "Object Store", "User Service"
            words.append((ws, we))
            if w.endswith(".") and not initial:
                break  # "powered by Rich. Syntax ...": a full stop ends the name
            continue
        if whole:
            return None
        break
    while words and text[words[-1][0] : words[-1][1]].lower() in _PARTICLES:
        words.pop()
    if not words:
        return None
    # One uncased-script word (e.g. a CJK or Hangul name) is a full name by itself.
    uncased = any(_is_uncased(text[a:b]) for a, b in words)
    if len(words) < min_tokens and not uncased:
        return None
    if any(_common_word(text[a:b], len(words)) for a, b in words):
        return None
    month_end = words[-1][1] if any(text[a:b].rstrip(".").lower() in _MONTHS for a, b in words) else -1
    start, end = words[0][0], words[-1][1]
    while end > start and text[end - 1] in ".'’-":
        end -= 1
    if end - 2 > start and text[end - 2 : end] in ("'s", "’s"):
        end -= 2
    if end - start < 2 and not uncased:
        return None
    return start, end, month_end


def _enclosing_owner(text: str, key_start: int, floor: int) -> str | None:
    """The lower-cased name of the object whose field starts at ``key_start``, if bracketed.

    ``User(name=..)`` -> "user"; ``{"customer": {"ssn": .., "name": ..}}`` -> "customer";
    None when the key is not inside a named bracket (a flat log line).
    """
    lo = max(floor, key_start - 160)
    nl = text.rfind("\n", lo, key_start)
    if nl >= 0:
        lo = nl + 1
    depth = 0
    for m in reversed(list(_BRACKETS.finditer(text, lo, key_start))):
        if m.group() in ")}]":
            depth += 1
        elif depth:
            depth -= 1
        else:
            owner = _OWNER_BEFORE.search(text, lo, m.start())
            if owner:
                return owner.group(1).lower()
            # an anonymous object in a list ({"items": [{"name": ..}]}): the list's key owns it
    return None


_BRACKETS = re.compile(r"[(){}\[\]]")
_OWNER_BEFORE = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)[\"']?[ \t]*(?:[:=][ \t]*)?\Z")
_PERSON_OWNERS = ("user", "customer", "client", "person", "people", "patient", "employee", "contact", "profile",
                  "account", "applicant", "member", "owner", "holder", "cardholder", "author", "recipient",
                  "sender", "buyer", "seller", "guest", "passenger", "beneficiary", "subscriber", "payee",
                  "payer", "signer", "insured", "spouse", "guardian", "driver", "student", "teacher", "doctor",
                  "agent", "assignee", "reporter", "requester", "approver", "reviewer", "attendee", "addressee")


def _key_score(text: str, key_start: int, key_end: int, floor: int, multi: bool) -> float | None:
    """How surely the key ending at ``key_end`` holds a person's name (None: it does not).

    ``multi``: the value has several words (a bare ``name`` key is then surer).
    """
    i = key_start
    while i > floor and (text[i - 1].isalnum() or text[i - 1] in "_.-"):
        i -= 1
    raw = text[i:key_end]
    # the last dotted path component decides: customer.address.name is an address's name
    parts = [p for p in raw.split(".") if p]
    if not parts:
        return None
    if len(parts) > 1 and parts[-1][:1].isupper():
        return None  # org.apache.ipc.Client: a logger or class name, not a key
    last = _NON_AZ.sub("", parts[-1].lower())
    if not last:
        return None
    for suffix in _NAME_SUFFIXES:
        if not last.endswith(suffix):
            continue
        prefix = last[: -len(suffix)]
        if prefix:
            if prefix in _PERSON_KEY_PREFIXES or prefix.rstrip("s") in _PERSON_KEY_PREFIXES:
                return _S_NAME_ROLE_KEY if prefix in ("user", "display") else _S_NAME_KEY
            return None  # hostname, file_name, queueName
        # a bare "name": whose name? user.name yes, host.name no; User(name=..) yes, Job(name=..) no
        owner = _NON_AZ.sub("", parts[-2].lower()) if len(parts) > 1 else None
        if owner is None:
            owner = _enclosing_owner(text, i, floor)
        if owner is None:
            return _S_NAME_BARE_MULTI if multi else _S_NAME_BARE
        if owner.startswith(_PERSON_OWNERS) or owner.rstrip("s") in _PERSON_KEY_PREFIXES:
            return _S_NAME_KEY
        return None
    if last in _ROLE_KEYS:
        return _S_NAME_ROLE_KEY
    return None


def _names(
    text: str, lo: int, hi: int, *, keys: bool = True, cues: bool = True
) -> Iterator[tuple[int, int, float, int]]:
    """Name candidates ``(start, end, score, match_end)`` in ``text[lo:hi]``: key values, cued words."""
    for m in _NAME_KEYVAL.finditer(text, lo, hi) if keys else ():
        grp = "qd" if m.group("qd") is not None else "qs" if m.group("qs") is not None else "v"
        s, e = m.span(grp)
        if text[s] in _ASCII_LOWER:  # "user=root", "logname= uid": what _name_span rejects first
            first = _NONSPACE.match(text, s, e)
            if first is not None and first.group().rstrip(".").lower() not in _TITLES:
                continue
        span = _name_span(text, s, e, min_tokens=1, allow_caps=True, whole=grp != "v")
        if span is None:
            continue
        value = text[span[0] : span[1]]
        score = _key_score(text, m.start("key"), m.end("key"), lo, " " in value)
        if score is None:
            continue
        strong = score >= _S_NAME_KEY
        # ALLCAPS words are constants ("owner=HDFS"); a card's "JOHN SMITH" is two of them.
        if not strong and " " not in value and len(value) > 1 and value.isupper():
            continue
        # "Client: Retrying connect to server": prose after a heading, not a key's value.
        if grp == "v" and not strong and m.group("sep") == ":" and not _VALUE_END.match(text, span[1], hi):
            continue
        yield span[0], span[1], score, m.end()
    pos = lo
    while cues and (cue := _NAME_CUE.search(text, pos, hi)) is not None:
        s = cue.start()
        if s > lo and (_word_char(text[s - 1]) or text[s - 1] in "'’-"):
            pos = s + 1  # the cue is the tail of a longer word ("into", "nearby")
            continue
        min_tokens, score = _CUE_STRENGTH.get(" ".join(cue.group("cue").lower().split()), (2, _S_NAME_WEAK))
        pv = cue.start("pv")
        if _TITLE_AHEAD.match(text, pv):
            min_tokens, score = 1, max(score, _S_NAME_STRONG)  # "for Mr. Alan Turing"
        span = _name_span(text, pv, cue.end("pv"), min_tokens=min_tokens, allow_caps=False, whole=False)
        if span is None:
            pos = pv  # a cue may stand inside the rejected words ("to Platform by Ann Lee")
            continue
        yield span[0], span[1], score, span[1]
        # "with Ann Lee and Bo Chen", "to Ann, Bo and Cy": names listed after a name
        pos = span[1]
        for _ in range(8):
            c = _CHAIN.match(text, pos, hi)
            if c is None:
                break
            nxt = _name_span(text, *c.span("pv"), min_tokens=min_tokens, allow_caps=False, whole=False)
            if nxt is None:
                break
            yield nxt[0], nxt[1], score, nxt[1]
            pos = nxt[1]


# -- the detector ---------------------------------------------------------------------------------

# One scan per kind of value. Each reports (match start, match end, finding start, finding
# end, entity, score), entity None for a rejected match; Findings are made once, per text.
_Hit = tuple[int, int, int, int, "str | None", float]
_REJECTED = (0, 0, None, 0.0)


# Findings are immutable, and log lines repeat the same ones (the IP at the same offset of
# every line of a kind): one shared instance per (start, end, entity, score) saves building
# most of them. Bounded (cleared when full); dict get/set are atomic under concurrent use.
_FINDINGS: dict[tuple[int, int, str, float], Finding] = {}
_FINDINGS_MAX = 8192


def _finding(key: tuple[int, int, str, float]) -> Finding:
    """A new Finding for ``key`` (offsets, entity, score), remembered for reuse."""
    f = Finding(*key, _SOURCE)
    if len(_FINDINGS) >= _FINDINGS_MAX:
        _FINDINGS.clear()
    _FINDINGS[key] = f
    return f


def _shared_finding(key: tuple[int, int, str, float]) -> Finding:
    f = _FINDINGS.get(key)
    return _finding(key) if f is None else f


class RegexDetector:
    """Validated SSN, email, phone, card (Luhn), IPv4/IPv6; names from context."""

    name = "regex"
    entities: frozenset[str] = frozenset({SSN, EMAIL, NAME, PHONE, CREDIT_DEBIT_NUMBER, IP_ADDRESS})

    def __init__(self, *, names: bool = True) -> None:
        self._names = names

    # -- Detector protocol ----------------------------------------------------------------

    def detect(self, texts: Sequence[str]) -> list[list[Finding]]:
        """Findings for each text of the batch (offsets into that text)."""
        texts = list(texts)
        if not texts:
            return []
        if len(texts) == 1:
            return [self._detect_one(texts[0])]
        joined = "\n".join(texts)
        starts = list(accumulate([len(t) + 1 for t in texts[:-1]], initial=0))
        ends = [st + len(t) for st, t in zip(starts, texts)]
        results: list[list[Finding]] = [[] for _ in texts]
        redo: set[int] = set()
        bisect_right = bisect.bisect_right
        made = _FINDINGS
        for s, e, fs, fe, entity, score in self._scan(joined, starts):
            i = bisect_right(starts, s) - 1
            if e > ends[i]:
                # The match straddles a join: settle every text it touches on its own.
                redo.update(range(i, bisect_right(starts, e - 1)))
            elif entity is not None:
                base = starts[i]
                key = (fs - base, fe - base, entity, score)
                f = made.get(key)
                if f is None:
                    f = _finding(key)
                results[i].append(f)
        if not redo:
            return [fs if len(fs) < 2 else _dedupe(fs) for fs in results]
        return [self._detect_one(texts[i]) if i in redo else _dedupe(fs) for i, fs in enumerate(results)]

    def close(self) -> None:
        """Nothing to release."""

    # -- internals --------------------------------------------------------------------------

    def _detect_one(self, text: str) -> list[Finding]:
        return _dedupe(
            [
                _shared_finding(key)
                for key in [(fs, fe, entity, score) for _, _, fs, fe, entity, score in self._scan(text, [0]) if entity]
            ]
        )

    def _scan(self, text: str, starts: list[int]) -> list[_Hit]:
        """Every match in ``text`` (a batch joined at ``starts``), with its finding if valid.

        A rejected match (entity None) is reported if it holds a newline: the caller must
        see a match that straddled a join, since it may have hidden a finding in either
        text (a match without a newline cannot straddle one). Passes for rare values run
        only on the lines that can hold one (see ``_lines`` and ``_prefilter_lines``).
        """
        single = len(starts) == 1
        hits: list[_Hit] = []
        add = hits.append
        # A rejected match matters only if it straddles a join, i.e. holds a newline.
        find = text.find

        def floor(pos: int) -> int:
            return 0 if single else starts[bisect.bisect_right(starts, pos) - 1]

        ipv4_ascii = _IPV4_ASCII.fullmatch
        bisect_right = bisect.bisect_right
        plain_number = _plain_number
        for lo, hi, ascii_text in _ascii_windows(text):
            # (the ASCII pattern's ipv4 group is ASCII digits and dots: no isascii check)
            for m in (_NUMERIC_ASCII if ascii_text else _NUMERIC).finditer(text, lo, hi):
                s, e = m.span()
                if m.lastgroup == "ipv4":
                    if (
                        ipv4_ascii(text, s, e) is not None
                        if ascii_text or text[s:e].isascii()
                        else _ipv4_ok(m.group())
                    ):
                        add((s, e, s, e, IP_ADDRESS, _S_IP))
                    elif find("\n", s, e) >= 0:
                        add((s, e, *_REJECTED))
                    continue
                fl = 0 if single else starts[bisect_right(starts, s) - 1]
                if plain_number(text, s, e, fl):
                    if find("\n", s, e) >= 0:
                        add((s, e, *_REJECTED))
                    continue
                found = False
                for fs, fe, entity, score in _numbers(text, s, e, fl):
                    found = True
                    add((min(s, fs), e, fs, fe, entity, score))
                if not found and find("\n", s, e) >= 0:
                    add((s, e, *_REJECTED))
        for m in (m for at in _ATS for m in at.finditer(text)):
            span = _emails(text, m, floor(m.start()))
            if span is None:
                if find("\n", m.start(), m.end()) >= 0:
                    add((m.start(), m.end(), *_REJECTED))
            else:
                add((span[0], span[1], span[0], span[1], EMAIL, _S_EMAIL))
        whole = [(0, len(text))]
        pre = _prefilter_lines(text, self._names)
        if pre is not None:
            cue_lines, key_lines, v6_lines = pre
            mask_lines = last4_lines = v6_lines
        else:
            v6_lines = _lines(text, _IPV6_CANDIDATE, None)
            low = text.lower()
            if len(low) == len(text):
                mask_lines = _lines(low, None, _MASK_NEEDLES)
                last4_lines = _lines(low, None, _LAST4_NEEDLES)
            else:  # a case mapping moved the offsets: scan everything
                mask_lines = last4_lines = whole
            cue_lines = whole
            key_lines = _lines(text, _KEY_GATES, None) if self._names else []
        for ls, le in v6_lines:
            for m in _IPV6.finditer(text, ls, le):
                span = _ipv6(text, m)
                add((m.start(), m.end(), *((span[0], span[1], IP_ADDRESS, _S_IP) if span else _REJECTED)))
        for ls, le in mask_lines:
            for m in _MASKED_SSN.finditer(text, ls, le):
                s, e = m.span(1)
                add((m.start(), m.end(), s, e, SSN, _S_SSN_LAST4))
        for ls, le in last4_lines:
            for m in _LAST4.finditer(text, ls, le):
                span = _last4(text, m, floor(m.start()))
                add((m.start(), m.end(), *((span[0], span[1], SSN, _S_SSN_LAST4) if span else _REJECTED)))
        if self._names:
            windows = [(lo, hi, True, False) for lo, hi in key_lines]
            windows += [(lo, hi, False, True) for lo, hi in cue_lines]
            for lo, hi, keys, cues in windows:
                for s, e, score, mend in _names(text, lo, hi, keys=keys, cues=cues):
                    add((s, max(e, mend), s, e, NAME, score))
        return hits


# Each gated pattern cannot match across a newline and looks at most at the newline around
# a line, so scanning only the lines that hold a candidate finds exactly what a scan of the
# whole batch finds. A candidate over-approximates the pattern's start: an IPv6 address has
# "::" or six colons between hex digits; a masked SSN has two mask characters in a row; a
# last-four label starts with one of these (lower-cased) words.
_IPV6_CANDIDATE = re.compile(r":(?::|[0-9A-Fa-f.]*:[0-9A-Fa-f.]*:[0-9A-Fa-f.]*:[0-9A-Fa-f.]*:[0-9A-Fa-f.]*:)")
_MASK_NEEDLES = ("xx", "**", "##")


def _word_ends(words: Sequence[str], n: int) -> str:
    """An alternation of the last ``n`` characters of ``words`` (all at least that long) as ``_trie`` spells them."""
    ends: set[str] = set()
    for w in words:
        ends.update(re.escape(v[-n:]) for v in (w, w[:1].upper() + w[1:], w.title(), w.upper()))
    return "|".join(sorted(ends))


# Name keys without re2: a key ends right before its separator unless a quote, backslash or
# blank stands between. Led by one literal character, these scan at memchr speed; checking a
# key's last three letters only, they over-approximate ``_NAME_KEYVAL``. (Cues have no such
# cheap lead: without re2 they are looked for on every line.)
_KEY_GATES = tuple(
    re.compile(rf"{sep}(?:(?<=[ \t\"'\\]{sep})|(?<=(?:{_word_ends(_KEY_ENDS, 3)}){sep}))")
    for sep in ("=", ":", "->")
)

_LAST4_NEEDLES = ("ssn", "ss#", "social", "last", "ending", "ends")


# With google-re2 installed (``piiredact[fast]``), linear-time scans find the lines that can
# hold a match of the gated patterns, one scan per group: name cues followed by a word that
# is not lower-case; name keys followed by a separator (the cue and key tries are too wide a
# start for the ``re`` engine to skip on: it tries them at every letter); IPv6 candidates,
# masked SSNs and last-four labels. Each exact pattern then runs on its group's lines only.
# The prefilters have no look-arounds and ASCII-only classes, so each over-approximates its
# patterns: it never drops a line they match in. Without re2: the pure-``re`` gates above,
# and names are looked for on every line.
_PREFILTER_PATTERNS = (
    rf"(?:{_trie(sorted(_CUE_STRENGTH))})[.:]?[ \t]+[^\s\d!-/:-@\[-~]",
    rf"(?:{_trie(_KEY_ENDS)})\\?[\"']?[ \t]*(?:=|:|->)",
    "|".join((_IPV6_CANDIDATE.pattern, r"[xX]{2}|\*\*|##", r"(?i:ssn|ss#|social|last|ending|ends)")),
)


_Search = Callable[[bytes, int], int]  # start of the first match at or after pos, or -1


def _compile_prefilters() -> tuple[_Search, ...] | None:
    try:
        import re2  # type: ignore[import-not-found,import-untyped,unused-ignore]  # piiredact[fast]
    except ImportError:
        return None
    try:
        return tuple(_re2_search(re2, re2.compile(p.encode())) for p in _PREFILTER_PATTERNS)
    except Exception:  # an incompatible re2 build: fall back to the pure-re gates
        return None


def _re2_search(re2: Any, compiled: Any) -> _Search:
    """A search function over UTF-8 bytes for ``compiled``.

    google-re2's ``search`` builds a match object in Python (~8 us, as much as the scan of a
    line); its underlying ``Match`` call returns the spans alone. That call is not public API,
    so it is used only if present and if it agrees with ``search`` on a probe.
    """

    def public(data: bytes, pos: int) -> int:
        m = compiled.search(data, pos)
        return -1 if m is None else int(m.start())

    try:
        match = compiled._regexp.Match
        unanchored = re2._Anchor.UNANCHORED

        def fast(data: bytes, pos: int) -> int:
            return int(match(unanchored, data, pos, len(data))[0][0])

        probe = "Dear Ann, name=Bo fe80::1 xx ssn 日本\n".encode() * 2
        if all(fast(probe, i) == public(probe, i) for i in range(len(probe) + 1)):
            return fast
    except Exception:
        pass
    return public


_prefilter = _compile_prefilters()


def _prefilter_lines(text: str, names: bool) -> list[list[tuple[int, int]]] | None:
    """The line windows of ``text`` that can hold a name cue, a name key, any other gated value.

    None without re2 (or for text that is not valid UTF-8); no name windows if not ``names``.
    """
    pre = _prefilter
    if pre is None:
        return None
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: re2 reads UTF-8 only
        return None
    return [_re2_lines(p, text, data) if names or i == 2 else [] for i, p in enumerate(pre)]


def _re2_lines(search: _Search, text: str, data: bytes) -> list[tuple[int, int]]:
    """The ``(start, end)`` windows of the lines of ``text`` (``data`` in UTF-8) ``search`` finds in."""
    out: list[tuple[int, int]] = []
    ascii_only = len(data) == len(text)
    pos = 0  # byte offset where the next search starts (a line start)
    cpos = 0  # the same line start as a character offset
    while (ms := search(data, pos)) >= 0:
        bls = data.rfind(b"\n", pos, ms) + 1 or pos
        ble = data.find(b"\n", ms)
        if ascii_only:
            ls = bls
        else:  # both are line starts, so character boundaries: count the characters between
            ls = cpos + len(data[pos:bls].decode("utf-8"))
        le = text.find("\n", ls)
        end = len(text) if le < 0 else le
        if out and out[-1][1] + 1 == ls:
            out[-1] = (out[-1][0], end)  # adjacent lines: one window, fewer scans to start
        else:
            out.append((ls, end))
        if ble < 0:
            break
        pos = ble + 1
        cpos = le + 1
    return out


def _lines(
    text: str, candidates: re.Pattern[str] | Sequence[re.Pattern[str]] | None, needles: Sequence[str] | None
) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each line of ``text`` holding a ``candidates`` match or a needle, in order."""
    marked: set[int] = set()
    if isinstance(candidates, re.Pattern):
        candidates = (candidates,)
    for candidate in candidates or ():
        pos = 0
        while (m := candidate.search(text, pos)) is not None:
            ls = text.rfind("\n", 0, m.start()) + 1
            marked.add(ls)
            le = text.find("\n", m.start())
            if le < 0:
                break
            pos = le + 1
    for needle in needles or ():
        i = text.find(needle)
        while i >= 0:
            marked.add(text.rfind("\n", 0, i) + 1)
            le = text.find("\n", i)
            if le < 0:
                break
            i = text.find(needle, le + 1)
    out: list[tuple[int, int]] = []
    for ls in sorted(marked):
        le = text.find("\n", ls)
        end = len(text) if le < 0 else le
        if out and out[-1][1] + 1 == ls:
            out[-1] = (out[-1][0], end)  # adjacent lines: one window
        else:
            out.append((ls, end))
    return out


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """One finding per (span, entity), the highest-scoring; in text order."""
    if len(findings) < 2:
        return findings
    best: dict[tuple[int, int, str], Finding] = {}
    for f in findings:
        k = (f.start, f.end, f.entity)
        if k not in best or f.score > best[k].score:
            best[k] = f
    return sorted(best.values())
