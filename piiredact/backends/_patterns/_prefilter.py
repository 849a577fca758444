"""The optional google-re2 engine (``piiredact[fast]``): linear-time prefilters for gated patterns."""

from __future__ import annotations

import atexit
import os
import sys
import threading
from collections.abc import Callable
from typing import Any

from ._hints import _CUE_STRENGTH, _KEY_ENDS
from ._secrets import SECRETS_PREFILTER
from ._text import _trie
from ._values import _IPV6_CANDIDATE

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
    SECRETS_PREFILTER,
)
# Names are tried at every offset where a cue or a key prefilter matches, both patterns at
# each (``_hints._names``): one scan for the two.
_NAMES_PREFILTER = f"(?:{_PREFILTER_PATTERNS[0]})|(?:{_PREFILTER_PATTERNS[1]})"


_Search = Callable[[bytes, int], int]  # start of the first match at or after pos, or -1


def _compile_prefilters() -> tuple[_Search, ...] | None:
    try:
        import re2  # type: ignore[import-not-found,import-untyped,unused-ignore]  # piiredact[fast]
    except ImportError:
        return None
    try:
        return tuple(
            _re2_search(re2, re2.compile(p.encode())) for p in (*_PREFILTER_PATTERNS, _NAMES_PREFILTER)
        )
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


def _prefilter_lines(
    text: str, names: bool, secrets: bool = True, others: bool = True
) -> list[list[Any]] | None:
    """The line windows of ``text`` that can hold a name cue, a name key, any other gated value.

    None without re2 (or for text that is not valid UTF-8); no name windows if not ``names``,
    no windows of group 2 if not ``others`` nor of group 3 if not ``secrets``. Name windows
    (the first list, for cues and keys alike; the second is empty) are ``(start, end, starts)``,
    ``starts`` every offset where the cue or the key prefilter matches (see :func:`_re2_starts`);
    the other windows are ``(start, end)``.
    """
    global _active
    pre = _prefilter
    if pre is None or not (names or secrets or others):
        return None  # (nothing gated by re2: the rows' own gates answer the same)
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: re2 reads UTF-8 only
        return None
    # Count the call in before looking at the exit flag: once ``_stop_at_exit`` has set it
    # and seen the count at zero, no thread can enter re2 any more (see ``_stop_at_exit``).
    with _lock:
        if _exiting or sys.is_finalizing():
            return None
        _active += 1
    try:
        _, _, gated, secret, both = pre
        return [
            _re2_starts(both, text, data) if names else [],
            [],  # (the key offsets are in the first list: one scan for cues and keys)
            _re2_lines(gated, text, data) if others else [],
            _re2_lines(secret, text, data) if secrets else [],
        ]
    except _Exiting:
        return None  # the pure-``re`` gates answer for this text, with the same findings
    finally:
        with _idle:
            _active -= 1
            if not _active:
                _idle.notify_all()


# google-re2 releases the GIL while it matches. A daemon thread that wants the GIL back
# after finalisation has begun is ended by ``pthread_exit``, which unwinds the C++ frame
# and aborts the process (SIGABRT). So at exit (atexit runs before finalisation) the
# engine is switched off for every thread, and calls already inside it are waited for;
# from then on the pure-``re`` gates answer, which find exactly the same values.
# A call in flight makes one re2 search per candidate line, each taking the GIL back, and
# under load each take can wait a switch interval: draining a long text took seconds in
# CI, past the wait, and aborted. So a call in flight stops at its next search once the
# flag is set (``_Exiting``), and the wait is for one search per thread.
_lock = threading.Lock()
_idle = threading.Condition(_lock)  # notified when the last call in flight has left re2
_active = 0
_exiting = False
_EXIT_WAIT = 5.0  # seconds; one re2 search of a 10 MB text takes milliseconds


class _Exiting(Exception):
    """Raised between two re2 searches of a call in flight once the exit flag is set."""


def _stop_at_exit() -> None:
    global _exiting
    with _idle:
        _exiting = True
        _idle.wait_for(lambda: not _active, timeout=_EXIT_WAIT)


atexit.register(_stop_at_exit)


def reset_after_fork() -> None:
    """In a forked child: a fresh lock (another thread may have held it at the fork) and no calls in flight."""
    global _lock, _idle, _active
    _lock = threading.Lock()
    _idle = threading.Condition(_lock)
    _active = 0


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=reset_after_fork)


def _re2_lines(search: _Search, text: str, data: bytes) -> list[tuple[int, int]]:
    """The ``(start, end)`` windows of the lines of ``text`` (``data`` in UTF-8) ``search`` finds in."""
    out: list[tuple[int, int]] = []
    ascii_only = len(data) == len(text)
    pos = 0  # byte offset where the next search starts (a line start)
    cpos = 0  # the same line start as a character offset
    while (ms := search(data, pos)) >= 0:
        if _exiting:
            raise _Exiting
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


def _re2_starts(search: _Search, text: str, data: bytes) -> list[tuple[int, int, list[int]]]:
    """Windows ``(start, end, starts)`` of the lines ``search`` finds in, as :func:`_re2_lines`,
    with the character offset of every match start of ``search`` in them, in order.

    For a name pattern whose prefilter matches at every offset the pattern itself matches at
    (the same word trie, a wider rest): the pattern need only be tried at these offsets, not
    scanned for (``_hints._names``). One search per candidate, each from one past the last.
    """
    out: list[tuple[int, int, list[int]]] = []
    ascii_only = len(data) == len(text)
    pos = 0
    ref_b = ref_c = 0  # a byte offset on a character boundary, and its character offset
    line_end = -1  # byte offset of the newline (or the end) closing the last window's last line
    while (ms := search(data, pos)) >= 0:
        if _exiting:
            raise _Exiting
        if ascii_only:
            c = ms
        else:  # a match starts on a character boundary: count the characters since the last one
            c = ref_c + len(data[ref_b:ms].decode("utf-8"))
            ref_b, ref_c = ms, c
        if ms < line_end:
            out[-1][2].append(c)  # another candidate on the same line
        else:
            ble = data.find(b"\n", ms)
            line_end = len(data) if ble < 0 else ble
            ls = text.rfind("\n", 0, c) + 1
            le = text.find("\n", c)
            end = len(text) if le < 0 else le
            if out and out[-1][1] + 1 == ls:
                last = out[-1]
                last[2].append(c)
                out[-1] = (last[0], end, last[2])  # adjacent lines: one window
            else:
                out.append((ls, end, [c]))
        pos = ms + 1
    return out
