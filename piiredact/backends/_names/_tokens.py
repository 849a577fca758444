"""Tokenising a log line for the name model: words, numbers and punctuation with offsets.

Python's ``re`` has no ``\\p{M}``: ``\\w`` stops at combining marks, which would cut
Devanagari (``सीमा``) or decomposed Latin (``Jose\\u0301``) into pieces. The mark class is
built once from :mod:`unicodedata` so a word keeps its marks and its offsets stay exact.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from typing import Final


def _mark_class() -> str:
    ranges: list[tuple[int, int]] = []
    for cp in range(0x300, min(sys.maxunicode, 0x20000)):
        if unicodedata.category(chr(cp)).startswith("M"):
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges
    )


_MARKS: Final = _mark_class()
# A word: letters/digits/underscore plus marks, with inner ' ’ - . joining parts
# (O'Brien, Jean-Luc, com.acme.Foo); a trailing '.' stays punctuation.
# ZWJ/ZWNJ (U+200D/U+200C) are format characters inside Indic and Persian words.
_WORD_CHARS: Final = rf"[\w{_MARKS}\u200c\u200d]"
_TOKEN_RE: Final = re.compile(rf"({_WORD_CHARS}+(?:['’.\-]{_WORD_CHARS}+)*)|(\S)")

WORD: Final = 0
PUNCT: Final = 1
# Token fields: plain tuples (text, start, end, kind) are ~2x cheaper to build than a
# NamedTuple, and tokenising is most of the cost of a line without names.
TEXT: Final = 0
START: Final = 1
END: Final = 2
KIND: Final = 3
Token = tuple[str, int, int, int]


# The same tokens for ASCII text (no marks, ZWJ or curly apostrophes can occur there): the
# short pattern is ~1.7x faster than the one carrying the Unicode mark class.
_ASCII_TOKEN_RE: Final = re.compile(r"(\w+(?:['.\-]\w+)*)|(\S)")


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` in order (whitespace dropped; offsets are exact)."""
    pat = _ASCII_TOKEN_RE if text.isascii() else _TOKEN_RE
    # group 1 is a word, group 2 one punctuation character: lastindex - 1 is WORD (0) or PUNCT (1)
    return [(m.group(), m.start(), m.end(), m.lastindex - 1) for m in pat.finditer(text)]  # type: ignore[operator]


# -- scripts ------------------------------------------------------------------------
# Coarse script of a word, from its first non-Latin letter; enough for features.
_SCRIPT_RANGES: Final = (
    (0x0370, 0x03FF, "greek"),
    (0x0400, 0x052F, "cyrillic"),
    (0x0530, 0x058F, "armenian"),
    (0x0590, 0x05FF, "hebrew"),
    (0x0600, 0x06FF, "arabic"),
    (0x0750, 0x077F, "arabic"),
    (0x0900, 0x097F, "devanagari"),
    (0x0980, 0x0DFF, "indic"),
    (0x0E00, 0x0E7F, "thai"),
    (0x0E80, 0x0EFF, "lao"),
    (0x0F00, 0x0FFF, "tibetan"),
    (0x1000, 0x109F, "myanmar"),
    (0x10A0, 0x10FF, "georgian"),
    (0x1100, 0x11FF, "hangul"),
    (0x1200, 0x139F, "ethiopic"),
    (0x13A0, 0x13FF, "cherokee"),
    (0x1780, 0x17FF, "khmer"),
    (0x1800, 0x18AF, "mongolian"),
    (0x2D80, 0x2DDF, "ethiopic"),
    (0x3040, 0x30FF, "kana"),
    (0x3400, 0x4DBF, "cjk"),
    (0x4E00, 0x9FFF, "cjk"),
    (0xAC00, 0xD7AF, "hangul"),
    (0xF900, 0xFAFF, "cjk"),
)
#: Scripts without letter case: capitalisation says nothing there.
CASELESS: Final = frozenset(
    {"hebrew", "arabic", "devanagari", "indic", "thai", "georgian", "hangul", "kana", "cjk", "lao", "tibetan",
     "myanmar", "ethiopic", "khmer", "mongolian"}
)


def script(word: str) -> str:
    """``latin`` for ASCII/Latin-extended words, else the first non-Latin script found."""
    if word.isascii():
        return "latin"
    for ch in word:
        cp = ord(ch)
        if cp < 0x370 or 0x1E00 <= cp <= 0x1EFF:
            continue
        for lo, hi, name in _SCRIPT_RANGES:
            if lo <= cp <= hi:
                return name
        if ch.isalpha():
            return "other"
    return "latin"


_ASCII_SHAPE: Final = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "X" * 26 + "x" * 26 + "d" * 10
)
_RUNS: Final = re.compile(r"(.)\1{2,}")
_LOWER_RUN: Final = re.compile("xxx+")
_UPPER_RUN: Final = re.compile("XXX+")
_DIGIT_RUN: Final = re.compile("ddd+")
_OTHER_RUN: Final = re.compile(r"([^Xxd])\1{2,}")


def shape(word: str) -> str:
    """A compact shape: runs of X (upper), x (lower), d (digit), others kept; runs capped at 2."""
    if word.isascii():
        # the same as _RUNS.sub(r"\1\1", t), without a template expansion per run (hot path)
        t = word.translate(_ASCII_SHAPE)
        if "xxx" in t:
            t = _LOWER_RUN.sub("xx", t)
        if "XXX" in t:
            t = _UPPER_RUN.sub("XX", t)
        if "ddd" in t:
            t = _DIGIT_RUN.sub("dd", t)
        if len(t) > 2 and _OTHER_RUN.search(t) is not None:
            t = _RUNS.sub(r"\1\1", t)
        return t
    out: list[str] = []
    prev = ""
    run = 0
    for ch in word:
        if ch.isupper():
            c = "X"
        elif ch.islower():
            c = "x"
        elif ch.isdigit():
            c = "d"
        elif ch.isalpha():
            c = "L"
        elif unicodedata.category(ch).startswith("M"):
            continue
        else:
            c = ch
        if c == prev:
            run += 1
            if run > 2:
                continue
        else:
            run = 1
            prev = c
        out.append(c)
    return "".join(out)
