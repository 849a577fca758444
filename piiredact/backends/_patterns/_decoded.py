"""Percent-encoded values: detect on a decoded view of a line and map the offsets back.

``phone=%2B491764696747``, ``num=%2B31%20630%20971128``, ``ana%2Bshop%2540gmail.com``,
``phone=082+650+3860`` (a form's space between digits): the escapes break number runs and e-mail
local parts. Lines holding one of the escapes that can
sit inside a phone number or an address are decoded (once or twice: ``%2540`` is ``@``) and
scanned for phones and e-mails; a finding is reported with the offsets of the original text,
from the first escape on (``%2B49...`` is the whole PHONE), and only if it covers an escape
(the rest is found on the text itself).
"""

from __future__ import annotations

import re

# The escapes decoded: "+", " ", "@", "(", ")", "-", ".", ":" and "/" (a ``tel:`` URI), each
# also double-encoded (%25XX). Others ("&", "=", "?", "#") separate parameters: kept.
_DECODE = {"2b": "+", "20": " ", "40": "@", "28": "(", "29": ")", "2d": "-", "2e": ".", "3a": ":", "2f": "/"}
# A form-encoded space ("+") between two digits is decoded too: phone=082+650+3860 is "082 650 3860".
# (and before an area code's encoded bracket: %2B90+%28212%29+790+72+15)
_ESCAPE = re.compile(r"%(?:25)?(2[BbDdEeFf089]|40|3[Aa])|(?<=[0-9])\+(?=[0-9]|%(?:25)?28)")
# A line is worth decoding only if it holds an escape that can be inside a phone or address.
CANDIDATE = re.compile(r"%(?:25)?(?:2[Bb0]|40)")
# a form-encoded space between the digits of a parameter's value; the lines to decode when a text has one
# (a separate pattern: tried at every "=", it would slow the common case of percent escapes alone)
FORM_PLUS = re.compile(r"=[^&\s=]{0,6}[0-9]\+[0-9]")
CANDIDATE_OR_FORM = re.compile(r"%(?:25)?(?:2[Bb0]|40)|=[^&\s=]{0,6}[0-9]\+[0-9]")


def decode(text: str, lo: int, hi: int) -> tuple[str, list[int], list[int]]:
    """``text[lo:hi]`` decoded, with each decoded character's original start and end offsets."""
    view, starts, ends, _ = decode_marked(text, lo, hi)
    return view, starts, ends


def decode_marked(text: str, lo: int, hi: int) -> tuple[str, list[int], list[int], list[int]]:
    """:func:`decode`, plus the offsets in the view of the characters that were escapes."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    marks: list[int] = []
    pos = lo
    for m in _ESCAPE.finditer(text, lo, hi):
        a = m.start()
        if a > pos:
            out.append(text[pos:a])
            starts.extend(range(pos, a))
            ends.extend(range(pos + 1, a + 1))
        marks.append(len(starts))
        out.append(_DECODE[m.group(1).lower()] if m.group(1) else " ")
        starts.append(a)
        ends.append(m.end())
        pos = m.end()
    out.append(text[pos:hi])
    starts.extend(range(pos, hi))
    ends.extend(range(pos + 1, hi + 1))
    return "".join(out), starts, ends, marks


def may_hold(view: str, marks: list[int]) -> tuple[bool, bool]:
    """Whether an e-mail, and whether a phone, found in ``view`` can cover one of its decoded escapes.

    An e-mail needs an "@". Every character of a phone is a digit or stands next to one (its
    separators are one or two characters between digits; a "+" or "(" right before the first
    digit; the slash of "0160/5657157"): a decoded character no digit stands next to is in
    no phone.
    """
    n = len(view)
    for i in marks:
        if (i > 0 and view[i - 1].isdigit()) or (i + 1 < n and view[i + 1].isdigit()):
            return "@" in view, True
    return "@" in view, False
