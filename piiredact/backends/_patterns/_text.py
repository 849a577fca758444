"""Text helpers shared by every pattern: case-variant tries, line windows, de-duplication."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..._finding import Finding


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


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _ascii_windows(text: str) -> list[tuple[int, int, bool]]:
    """``text`` cut at newlines into ``(start, end, is_ascii)`` windows, in order.

    The number pattern cannot match across a newline and sees a newline as it sees the end
    of a window, so each window may be scanned with the pattern its alphabet allows: a
    batch with a few non-ASCII lines keeps the fast ASCII pattern for the rest.
    """
    n = len(text)
    if text.isascii():
        return [(0, n, True)]
    out: list[tuple[int, int, bool]] = []
    lo = 0  # where the pending ASCII lines start
    search = _NON_ASCII.search
    while (m := search(text, lo)) is not None:
        ls = text.rfind("\n", lo, m.start()) + 1 or lo
        le = text.find("\n", m.start())
        le = n if le < 0 else le
        if ls > lo:
            out.append((lo, ls - 1, True))  # the ASCII lines before this one
        if out and not out[-1][2] and out[-1][1] + 1 == ls:
            out[-1] = (out[-1][0], le, False)  # the line after a non-ASCII one
        else:
            out.append((ls, le, False))
        lo = le + 1
        if lo > n:
            return out
    out.append((lo, n, True))
    return out


def _word_ends(words: Sequence[str], n: int) -> str:
    """An alternation of the last ``n`` characters of ``words`` (all at least that long) as ``_trie`` spells them."""
    ends: set[str] = set()
    for w in words:
        ends.update(re.escape(v[-n:]) for v in (w, w[:1].upper() + w[1:], w.title(), w.upper()))
    return "|".join(sorted(ends))


def _lines(
    text: str, candidates: re.Pattern[str] | Sequence[re.Pattern[str]] | None, needles: Sequence[str] | None
) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each line of ``text`` holding a ``candidates`` match or a needle, in order
    (adjacent lines merged into one window)."""
    if isinstance(candidates, re.Pattern):
        candidates = (candidates,)
    marked: set[int] = set()
    wanted: list[re.Pattern[str] | str] = [*(candidates or ()), *(needles or ())]
    for what in wanted:
        marked |= _line_starts(text, what)
    return _windows(text, marked)


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


def _line_starts(text: str, what: re.Pattern[str] | str) -> set[int]:
    """The start of every line of ``text`` holding a match of ``what`` (a pattern or a literal)."""
    marked: set[int] = set()
    if isinstance(what, str):
        i = text.find(what)
        while i >= 0:
            marked.add(text.rfind("\n", 0, i) + 1)
            le = text.find("\n", i)
            if le < 0:
                break
            i = text.find(what, le + 1)
        return marked
    pos = 0
    while (m := what.search(text, pos)) is not None:
        marked.add(text.rfind("\n", 0, m.start()) + 1)
        le = text.find("\n", m.start())
        if le < 0:
            break
        pos = le + 1
    return marked


def _windows(text: str, marked: set[int]) -> list[tuple[int, int]]:
    """``(start, end)`` windows of the lines starting at ``marked``, adjacent lines merged."""
    out: list[tuple[int, int]] = []
    for ls in sorted(marked):
        le = text.find("\n", ls)
        end = len(text) if le < 0 else le
        if out and out[-1][1] + 1 == ls:
            out[-1] = (out[-1][0], end)
        else:
            out.append((ls, end))
    return out
