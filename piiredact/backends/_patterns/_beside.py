"""Phone numbers and SSNs written beside a person's name, found from the name (the builtin's second pass).

A telephone number's most common neighbour in a log is its owner's name: ``Noam Ben-David
(639027708016)``, ``tenant Nikos Vlachos 652 79 12 77``, a fixed-width row's ``IMANE BEN YOUSSEF
447700900533``, ``"254783420167 - Sévérine Mercier"``, ``SIMREG|639016036456|MCKENZIE``. Without a
keyword the pattern tier cannot tell those digits from an id, so this pass runs after the name
tier, on the text right before and right after each name it found: only blanks and one
separator (``(``, ``|``, ``,``, ``;``, `` - ``, ``:``) between them, and the digits in a phone's
shape (an E.164 or North American number undivided, or eight to thirteen digits in two to five
short groups; no date, no decimal, no address). Likewise nine undivided digits in an SSN's ranges
as a whole cell of a row that holds the name (a payroll or tax export), unless a key labels them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from ..._entities import NAME, PHONE, SSN
from ..._finding import Finding
from ._scores import _S_PHONE_BESIDE_NAME, _S_SSN_ROW, SOURCE
from ._validators import _e164_ok, _nanp_ok, _ssn_ok

# After a name: blanks, at most one separator, the number (digits, blanks, dashes, brackets,
# dots), and no more of an identifier after it.
_AFTER: Final = re.compile(
    r"(?:[ \t]{1,16}|[ \t]*(?:[(\[|,;:]|[-–][ \t])[ \t]*)(\+?[0-9][0-9 ()\-.]{5,20}[0-9])(?![0-9A-Za-z_@]|[.\-][0-9])"
)
# Before a name: the same, read backwards from the name's start (``\Z``: the window ends there).
_BEFORE: Final = re.compile(
    r"(?<![0-9A-Za-z_.+\-])(\+?[0-9][0-9 ()\-.]{5,20}[0-9])(?:[ \t]{1,16}|[ \t]*(?:[|,;]|[ \t][-–])[ \t]*)\Z"
)
_GROUPS: Final = re.compile(r"[0-9]+")
_NANP_DOTTED: Final = re.compile(r"\(?[2-9][0-9]{2}\)?[.][2-9][0-9]{2}[.][0-9]{4}")
_WINDOW: Final = 40


def phones_beside_names(text: str, found: Sequence[Finding], taken: Callable[[Finding], bool]) -> list[Finding]:
    """PHONE findings for phone-shaped numbers right before or after a NAME of ``found``
    (none that ``taken`` says overlaps a finding already made; it is asked only of a candidate)."""
    out: list[Finding] = []
    for f in found:
        if f.entity != NAME:
            continue
        m = _AFTER.match(text, f.end)
        if m is not None:
            _add(out, text, m.start(1), m.end(1), taken)
        j = f.start
        while j > 0 and f.start - j < 20 and text[j - 1] in " \t|,;-–":
            j -= 1
        if j > 0 and text[j - 1].isdigit():  # (a digit before the name: only then the backward look)
            m = _BEFORE.search(text, max(0, f.start - _WINDOW), f.start)
            if m is not None:
                _add(out, text, m.start(1), m.end(1), taken)
    return out


# nine undivided digits standing as a whole cell: delimiters, or a fixed-width column's blanks, on both sides
_NINE_DIGIT_CELL: Final = re.compile(r"(?:(?<=[,;|\t\"'])|(?<=  )|^)[ ]?([0-9]{9})[ ]?(?=[,;|\t\"']|  |$)", re.M)


def ssns_beside_names(text: str, found: Sequence[Finding], taken: Callable[[Finding], bool]) -> list[Finding]:
    """SSN findings for nine undivided digits in an SSN's ranges standing as a whole cell of a row
    (CSV, pipes, tabs, fixed-width columns) that holds a NAME of ``found``: a payroll, tax or HR
    export's record (``07421,"Walker, Kevin",199310511,64140.76``), where no keyword labels the column."""
    out: list[Finding] = []
    lines: set[int] = set()
    for f in found:
        if f.entity != NAME:
            continue
        ls = text.rfind("\n", 0, f.start) + 1
        if ls in lines:
            continue
        lines.add(ls)
        le = text.find("\n", f.end)
        le = len(text) if le < 0 else le
        for m in _NINE_DIGIT_CELL.finditer(text, ls, le):
            s, e = m.span(1)
            d = m.group(1)
            j = s
            while j > ls and s - j < 4 and text[j - 1] in " \"'":
                j -= 1
            if not _ssn_ok(d) or (j > ls and text[j - 1] in "=:[("):
                continue  # out of an SSN's ranges; a key's value ("mmsi": "…", phones=['…']): the key decides
            finding = Finding(s, e, SSN, _S_SSN_ROW, SOURCE)
            if not taken(finding) and not any(o.start < e and s < o.end for o in found):
                out.append(finding)
    return out


def _add(out: list[Finding], text: str, s: int, e: int, taken: Callable[[Finding], bool]) -> None:
    value = text[s:e]
    if value.count(")") > value.count("(") and s > 0 and text[s - 1] == "(":
        s -= 1  # "(555) 123-4567": the area code's bracket is part of the number
        value = text[s:e]
    elif value.count("(") != value.count(")"):
        return
    if not _phone_shaped(value):
        return
    finding = Finding(s, e, PHONE, _S_PHONE_BESIDE_NAME, SOURCE)
    if not taken(finding) and all(o.end <= s or e <= o.start for o in out):
        out.append(finding)


def _phone_shaped(value: str) -> bool:
    if "  " in value or "\t" in value:
        return False  # columns of counts ("309     239       19"): a phone's groups have one separator
    groups = _GROUPS.findall(value)
    digits = "".join(groups)
    n = len(digits)
    lens = [len(g) for g in groups]
    if "." in value:
        return _NANP_DOTTED.fullmatch(value) is not None  # 212.555.0100; any other dot: a decimal, an address
    if value[0] == "+":
        return 8 <= n <= 15
    if len(groups) == 1:
        # a country code and its number's length; ten undivided digits are as often an id (a remote
        # desktop's, a session's) as a North American number, which is written grouped
        return 11 <= n <= 13 and (_e164_ok(digits) or _nanp_ok(digits))
    if not 8 <= n <= 13 or len(groups) > 5 or lens[-1] < 2 or max(lens) > 5:
        return False
    # a date or a year range beside the name: 28-04-2024 10, 2025-11-26, 1888-1976
    return not any(x == 4 and g[:2] in ("18", "19", "20") for x, g in zip(lens, groups))


__all__ = ["phones_beside_names", "ssns_beside_names"]
