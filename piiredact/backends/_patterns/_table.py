"""The pattern table: one row per single-pattern value (entity, pattern, gate, validator).

Adding an entity or one more token format is one :class:`Row` here (or in the module of
its family, e.g. ``_secrets``) plus its validator and a test. Number runs, e-mails and
name hints have their own passes (``_numbers``, ``_values``, ``_hints``): they are
classified, not matched row by row.

A row's pattern must not match across a newline (the scan gates by line) and must be
linear-time for Python's ``re`` (no nested unbounded repeats that can overlap).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..._entities import IP_ADDRESS, PHONE, SSN
from ._context import _PHONE_KEYWORD, _labelled
from ._numbers import _field
from ._scores import _S_IP, _S_PHONE_FIELD, _S_PHONE_INTL, _S_PHONE_KEYWORD, _S_PHONE_NATIONAL, _S_SSN_LAST4
from ._values import (
    _IPV6,
    _IPV6_CANDIDATE,
    _LAST4,
    _LAST4_NEEDLES,
    _MASK_NEEDLES,
    _MASKED_SSN,
    _ipv6,
    _last4,
)

#: ``(finding start, finding end, entity, score)``
Span = tuple[int, int, str, float]
#: ``extract(text, match, floor) -> spans``; ``floor`` is where the match's own text starts
#: in a joined batch (context must not be looked for before it). No spans: rejected.
Extract = Callable[[str, "re.Match[str]", int], "list[Span]"]


@dataclass(frozen=True, slots=True)
class Row:
    """One pattern row.

    The scan runs ``pattern`` only on the lines its gate lets through: lines holding a
    ``candidate`` match, or one of ``needles`` (lower-case literals, looked for in the
    lower-cased text); no gate at all means every line. ``re2_group`` names the google-re2
    prefilter group that covers the row when that engine is installed (``_prefilter``).
    """

    name: str
    entities: frozenset[str]
    pattern: re.Pattern[str]
    extract: Extract
    candidate: re.Pattern[str] | tuple[re.Pattern[str], ...] | None = None
    needles: tuple[str, ...] = ()
    re2_group: int | None = None


def _v6_extract(text: str, m: re.Match[str], floor: int) -> list[Span]:
    span = _ipv6(text, m)
    return [(span[0], span[1], IP_ADDRESS, _S_IP)] if span else []


def _masked_extract(text: str, m: re.Match[str], floor: int) -> list[Span]:
    s, e = m.span(1)
    return [(s, e, SSN, _S_SSN_LAST4)]


def _last4_extract(text: str, m: re.Match[str], floor: int) -> list[Span]:
    span = _last4(text, m, floor)
    return [(span[0], span[1], SSN, _S_SSN_LAST4)] if span else []


# "0160/5657157", "389/3852679": area code and number split by a slash (German, Italian
# usage). Led by the slash (a literal: fast); the area code is read back in Python.
_SLASH_PHONE = re.compile(r"/(?<=[0-9]/)[0-9]{5,9}(?![\w/.\-]|\.[0-9])")


def _slash_phone_extract(text: str, m: re.Match[str], floor: int) -> list[Span]:
    i = m.start()
    j = i
    while j > floor and i - j < 5 and text[j - 1].isdigit():
        j -= 1
    if i - j < 2 or (j > floor and (text[j - 1].isalnum() or text[j - 1] in "/.-_:")):
        return []
    n = m.end() - j - 1
    if not 9 <= n <= 12:
        return []
    if text[j] == "0" and text[j + 1] != "0":
        return [(j, m.end(), PHONE, _S_PHONE_NATIONAL)]
    if _labelled(_PHONE_KEYWORD, text, j, floor):
        return [(j, m.end(), PHONE, _S_PHONE_KEYWORD)]
    if _field(text, j, m.end(), floor):
        return [(j, m.end(), PHONE, _S_PHONE_FIELD)]
    return []


# A dial string's number: Asterisk "PJSIP/2348031234567@trunk-out", FreeSWITCH
# "sofia/gateway/gw1/4930123456@host". (Number runs never start after "/", which keeps
# URL paths out of the number pass: the channel technology before the slash is what says
# "telephone" here.)
_DIAL_STRING = re.compile(
    r"(?i:\b(?:pj)?sip|\biax2|\bdahdi|\blocal|\bdongle|\bsofia(?:/[\w.\-]{1,40}){1,2}|\bgateway/[\w.\-]{1,40})"
    r"/(\+?[0-9]{8,15})@"
)
# the gate: an "@" right after a digit (led by a literal, so the engine skips to each "@" fast,
# rarer in logs than "/"; no lower-casing of the text as needles would need)
_DIAL_CANDIDATE = re.compile(r"@(?<=[0-9]@)")


def _dial_extract(text: str, m: re.Match[str], floor: int) -> list[Span]:
    s, e = m.span(1)
    return [(s, e, PHONE, _S_PHONE_INTL)] if s >= floor else []


#: The rows for PII values (secrets add theirs in ``_secrets``).
PII_ROWS: tuple[Row, ...] = (
    Row("ipv6", frozenset({IP_ADDRESS}), _IPV6, _v6_extract, candidate=_IPV6_CANDIDATE, re2_group=2),
    Row("masked_ssn", frozenset({SSN}), _MASKED_SSN, _masked_extract, needles=_MASK_NEEDLES, re2_group=2),
    Row("ssn_last4", frozenset({SSN}), _LAST4, _last4_extract, needles=_LAST4_NEEDLES, re2_group=2),
    Row("slash_phone", frozenset({PHONE}), _SLASH_PHONE, _slash_phone_extract),
    Row("dial_string", frozenset({PHONE}), _DIAL_STRING, _dial_extract, candidate=_DIAL_CANDIDATE),
)
