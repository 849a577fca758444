"""The embedded default backend: the regex tier plus the log-aware name detector.

Validated patterns (SSN, e-mail, phone, card, IP) come from :class:`RegexDetector`;
person names and account names come from :class:`~piiredact.backends._names.NameDetector`
(structure rules, lexicons and a compact model shipped as package data; pure Python, no
downloads); ``regex_names=True`` also unites the regex tier's own context names with them.
A phone-shaped number right beside a name found is a phone, nine digits in a row holding one an SSN
(``_patterns/_beside.py``).
See docs/names.md.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from typing import Final

from .._entities import EMAIL, NAME, USERNAME
from .._finding import Finding
from ._names import NameDetector
from ._patterns._beside import phones_beside_names, ssns_beside_names
from ._regex import RegexDetector


class BuiltinDetector:
    """The embedded default: validated patterns, names and account names from structure and a small model."""

    name = "builtin"
    entities: frozenset[str] = RegexDetector.entities | NameDetector.entities

    def __init__(
        self, *, names: bool = True, name_threshold: float = 0.5, cache_size: int = 16384, regex_names: bool = False
    ) -> None:
        # regex_names=True unites the regex tier's context names with the name detector's (issue 16.13).
        # Off by default: measured after the name detector learned accounts, capitals, lists and
        # prose, the union adds ~0.003 NAME recall on dev v2 and none on our unfamiliar-format set,
        # costs 0.01-0.02 precision on the held-out synthetic and prose sets, and ~2 us per line.
        self._regex = RegexDetector(names=names and regex_names)
        self._names = NameDetector(threshold=name_threshold, cache_size=cache_size) if names else None

    def detect(self, texts: Sequence[str]) -> list[list[Finding]]:
        texts = list(texts)
        out = self._regex.detect(texts)
        if self._names is None:
            return out
        found_names = self._names.detect(texts)
        for k, (found, extra) in enumerate(zip(out, found_names)):
            if extra or found:
                out[k] = combine(texts[k], found, extra)
        return out

    def preflight(self) -> None:
        """The name detector's package data loads now (called by the Redactor at construction):
        a broken install is a configuration error, not a fallback counted at the first record."""
        if self._names is not None:
            self._names.preflight()

    def reset_after_fork(self) -> None:
        """Fresh locks in a forked child (the name cache's; the regex tier's if it has any)."""
        reset = getattr(self._regex, "reset_after_fork", None)
        if reset is not None:
            reset()
        if self._names is not None:
            self._names.reset_after_fork()

    def close(self) -> None:
        """Release the name cache."""
        self._regex.close()
        if self._names is not None:
            self._names.close()


def combine(text: str, found: list[Finding], names: list[Finding]) -> list[Finding]:
    """The builtin's findings for ``text`` from its two tiers: the pattern tier's ``found`` and the
    name tier's ``names`` united, then what a name found makes plain beside it (a phone number
    right before or after it, an SSN's nine digits in its row: no keyword needed, the name is the
    context). The one way to combine them: the template-slot path calls it too."""
    if names and found and "@" in text:
        found = _principals(text, found, names)
    united = _unite(found, names)
    if names and _DIGIT_RUN.search(text) is not None:  # (most records with a name hold no such number)
        index: Callable[[Finding], bool] | None = None

        def taken(f: Finding) -> bool:
            # (the overlap index is built on first need: most records have no candidate number)
            nonlocal index
            if index is None:
                index = _overlap_test(united)
            return index(f)

        extra = phones_beside_names(text, names, taken)
        if _NINE_DIGITS.search(text) is not None:
            extra += ssns_beside_names(text, names, lambda f: taken(f) or any(
                o.start < f.end and f.start < o.end for o in extra))
        united += extra
    return united


# the shortest number either pass looks for: seven digits with separators; nine undivided digits
_DIGIT_RUN: Final = re.compile(r"[0-9][0-9 ()\-.]{5}")
_NINE_DIGITS: Final = re.compile(r"[0-9]{9}")


class _Covered:
    """Does a span overlap any of ``spans``? Sorted starts and a running maximum of the ends, so a
    record with thousands of findings costs n log n, not n * m (a hostile line of e-mails and logins)."""

    __slots__ = ("_max_end", "_starts")

    def __init__(self, spans: list[Finding]) -> None:
        ordered = sorted((f.start, f.end) for f in spans)
        self._starts = [s for s, _ in ordered]
        self._max_end: list[int] = []
        top = -1
        for _, e in ordered:
            top = max(top, e)
            self._max_end.append(top)

    def overlaps(self, f: Finding) -> bool:
        # the spans starting before f.end; one of them overlaps f iff the largest end among them
        # is past f.start
        i = bisect.bisect_left(self._starts, f.end)
        return i > 0 and self._max_end[i - 1] > f.start


def _principals(text: str, regex: list[Finding], names: list[Finding]) -> list[Finding]:
    """The regex tier's findings without the e-mail addresses that are Kerberos principals whose user
    the name tier found (``jdoe@CORP.EXAMPLE.COM``: a realm is written in capitals, a mail domain is
    not): the user is a USERNAME, the realm no person's. Alone, the regex tier keeps the whole
    principal as an e-mail (it finds no accounts), so nothing is left unredacted there."""
    users = {(n.start, n.end) for n in names if n.entity == USERNAME}
    if not users:
        return regex
    out = []
    for f in regex:
        if f.entity == EMAIL:
            at = text.find("@", f.start, f.end)
            realm = text[at + 1 : f.end]
            user = text[f.start : at]
            # (all in capitals, JOHN.SMITH@EXAMPLE.COM, is an address written in capitals)
            if at > 0 and (f.start, at) in users and user != user.upper() and "." in realm \
                    and not any(c.islower() for c in realm):
                continue
        out.append(f)
    return out


def _unite(regex: list[Finding], names: list[Finding]) -> list[Finding]:
    """Validated findings, the name detector's names/accounts, then the regex tier's
    context names where neither covers them (an e-mail is not also a name)."""
    if not regex:
        return names
    if not names and not any(f.entity == NAME for f in regex):
        return regex  # most records: validated findings only (an IP, a timestamp's neighbours)
    validated = [f for f in regex if f.entity != NAME]
    covered = _overlap_test(validated)
    out = validated + [n for n in names if not covered(n)]
    context = [f for f in regex if f.entity == NAME]
    if context:
        taken = _overlap_test(validated + names)
        out += [f for f in context if not taken(f)]
    return out


# Up to this many spans a pairwise test is cheaper than building an index.
_PAIRWISE_MAX = 16


def _overlap_test(spans: list[Finding]) -> Callable[[Finding], bool]:
    """"Does a finding overlap one of ``spans``?" -- pairwise for a few spans, an index for many."""
    if len(spans) <= _PAIRWISE_MAX:
        return lambda f: any(o.start < f.end and f.start < o.end for o in spans)
    return _Covered(spans).overlaps


__all__ = ["BuiltinDetector"]
