"""Gazetteers for the name detector: first names, surnames and places (package data).

``lexicon.bin`` is written by ``tools/names/lexicon.py`` from sources independent of the
project's evaluation data (US Census 1990 and 2010 name lists, the gender-guesser first-name
dictionary, mimesis's 45 locales, GeoNames; see docs/names.md). Entries are lower-case ASCII folds, so a look-up
matches ``SMITH``, ``Smith`` and ``smith``, ``MÜLLER`` and ``muller``.

Each set is a Bloom filter (two crc32 probes into 2**24 bits): 2 MiB per set in memory,
about 0.05% false hits for the 178k surnames, and no word list kept in the process. Loaded once, on first use
(never at import), immutable afterwards: safe to share between threads.
"""

from __future__ import annotations

import json
import os
import struct
import threading
import unicodedata
import zlib
from importlib import resources
from typing import Final
from zlib import crc32

from ..._exceptions import BackendUnavailable

MAGIC: Final = b"PIILEX02"
BITS: Final = 24
_MASK: Final = (1 << BITS) - 1
_FILE: Final = "lexicon.bin"
_EXTRA_FOLD: Final = str.maketrans({"ß": "ss", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d",
                                    "æ": "ae", "Æ": "ae", "œ": "oe", "ı": "i", "’": "'"})


def fold(word: str) -> str:
    """Lower-case ASCII fold used for every look-up (``Müller`` -> ``muller``)."""
    low = word.lower()
    if low.isascii():
        return low
    d = unicodedata.normalize("NFKD", low.translate(_EXTRA_FOLD))
    return "".join(c for c in d if not unicodedata.combining(c))


def probes(folded: str) -> tuple[int, int]:
    """The two bit positions of a folded word (shared with tools/names/lexicon.py)."""
    raw = folded.encode("utf-8", "surrogatepass")
    return crc32(raw) & _MASK, crc32(raw, 0x5BD1E995) & _MASK


class _Bloom:
    __slots__ = ("_bits",)

    def __init__(self, bits: bytes) -> None:
        self._bits = bits

    def has(self, a: int, b: int) -> bool:
        bits = self._bits
        return bool(bits) and bool(bits[a >> 3] >> (a & 7) & 1) and bool(bits[b >> 3] >> (b & 7) & 1)

    def __contains__(self, folded: object) -> bool:
        if not isinstance(folded, str) or not folded:
            return False
        bits = self._bits
        if not bits:
            return False
        a, b = probes(folded)
        return bool(bits[a >> 3] >> (a & 7) & 1) and bool(bits[b >> 3] >> (b & 7) & 1)


class Lexicon:
    """Membership tests on folded words: ``first``, ``last``, ``place``, ``dictionary`` (the
    lower-case entries of an English word list, for text whose case is lost) and ``other`` (words of
    British English and five other languages, for the uncased tier)."""

    __slots__ = ("dictionary", "first", "header", "last", "other", "place")

    def __init__(
        self, first: _Bloom, last: _Bloom, place: _Bloom, header: dict[str, object], dictionary: _Bloom | None = None,
        other: _Bloom | None = None,
    ) -> None:
        self.first = first
        self.last = last
        self.place = place
        self.dictionary = dictionary if dictionary is not None else _Bloom(b"")
        self.other = other if other is not None else _Bloom(b"")
        self.header = header

    def classes(self, word: str) -> str:
        """``"f"``/``"l"``/``"p"`` for each set holding ``word`` (one fold, one pair of probes).

        On the per-candidate hot path: probes and bit tests are inlined.
        """
        f = word.lower() if word.isascii() else fold(word)
        if not f:
            return ""
        raw = f.encode("utf-8", "surrogatepass")
        a = crc32(raw) & _MASK
        b = crc32(raw, 0x5BD1E995) & _MASK
        ia, ma, ib, mb = a >> 3, 1 << (a & 7), b >> 3, 1 << (b & 7)
        out = ""
        fb, lb, pb = self.first._bits, self.last._bits, self.place._bits
        if fb and fb[ia] & ma and fb[ib] & mb:
            out = "f"
        if lb and lb[ia] & ma and lb[ib] & mb:
            out += "l"
        if pb and pb[ia] & ma and pb[ib] & mb:
            out += "p"
        return out

    def is_first(self, word: str) -> bool:
        return fold(word) in self.first

    def is_last(self, word: str) -> bool:
        return fold(word) in self.last

    def is_name(self, word: str) -> bool:
        f = fold(word)
        return f in self.first or f in self.last

    def is_place(self, word: str) -> bool:
        return fold(word) in self.place


_cached: Lexicon | None = None
_lock = threading.Lock()


def load_lexicon() -> Lexicon:
    """The shipped lexicon (loaded once per process). A missing or corrupt file is a broken
    install: BackendUnavailable, never a silently weaker detector."""
    global _cached
    if _cached is None:
        with _lock:
            if _cached is None:
                _cached = _read()
    return _cached


def _read() -> Lexicon:
    try:
        data = resources.files(__package__).joinpath(_FILE).read_bytes()
    except (OSError, ModuleNotFoundError) as e:
        raise BackendUnavailable(f"name lexicon: package data {_FILE} is missing ({type(e).__name__})") from None
    if data[:8] != MAGIC:
        raise BackendUnavailable(f"name lexicon: package data {_FILE} is not a piiredact lexicon")
    (hlen,) = struct.unpack_from("<I", data, 8)
    header = json.loads(data[12 : 12 + hlen].decode("utf-8"))
    raw = zlib.decompress(data[12 + hlen :])
    size = 1 << (int(header["bits"]) - 3)
    sets = {name: _Bloom(raw[k * size : (k + 1) * size]) for k, name in enumerate(header["sets"])}
    return Lexicon(sets["first"], sets["last"], sets["place"], header, sets.get("dictionary"), sets.get("other"))


def _reset_lock_after_fork() -> None:
    # A fork while another thread was loading the lexicon would leave the child's copy held.
    global _lock
    _lock = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_reset_lock_after_fork)
