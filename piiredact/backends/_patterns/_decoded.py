"""Percent-encoded values: detect on a decoded view of a line and map the offsets back.

``phone=%2B491764696747``, ``num=%2B31%20630%20971128``, ``ana%2Bshop%2540gmail.com``: the
escapes break number runs and e-mail local parts. Lines holding one of the escapes that can
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
_ESCAPE = re.compile(r"%(?:25)?(2[BbDdEeFf089]|40|3[Aa])")
# A line is worth decoding only if it holds an escape that can be inside a phone or address.
CANDIDATE = re.compile(r"%(?:25)?(?:2[Bb0]|40)")


def decode(text: str, lo: int, hi: int) -> tuple[str, list[int], list[int]]:
    """``text[lo:hi]`` decoded, with each decoded character's original start and end offsets."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = lo
    for m in _ESCAPE.finditer(text, lo, hi):
        a = m.start()
        if a > pos:
            out.append(text[pos:a])
            starts.extend(range(pos, a))
            ends.extend(range(pos + 1, a + 1))
        out.append(_DECODE[m.group(1).lower()])
        starts.append(a)
        ends.append(m.end())
        pos = m.end()
    out.append(text[pos:hi])
    starts.extend(range(pos, hi))
    ends.extend(range(pos + 1, hi + 1))
    return "".join(out), starts, ends
