"""The model's weight sum for one candidate, without building its feature strings.

:func:`~._features.features` (shared with training) lists a candidate's features as strings
that :func:`~._features.hashed` maps to buckets with crc32; the model adds the int16 weights
of those buckets. Integer addition is exact and order-free, so the same sum can be built
from parts: crc32 is chained (``crc32(b, crc32(a)) == crc32(a + b)``), the feature prefixes
are hashed once at import, and what depends on one token's text alone (its own features, its
description as a neighbour) is computed once per token text *within one detect() call*
(:class:`CallMemo`; dropped with the call, so no text outlives it). tests/test_names_fastscore.py
checks the sum against ``features()`` + ``hashed()`` on every corpus shape.
"""

from __future__ import annotations

from array import array
from typing import Final
from zlib import crc32

from ._features import WORDS, _bucket, find_key, is_candidate, is_word, split_key
from ._lexicon import Lexicon
from ._tokens import CASELESS, END, KIND, START, TEXT, WORD, Token, script, shape
from ._vocab import PARTICLES

# surrogatepass gives the strict codec's bytes for every valid string and hashed()'s
# fallback bytes for a lone surrogate, so one codec serves both
_ENC: Final = "surrogatepass"


def _c(prefix: str) -> int:
    return crc32(prefix.encode())


_B: Final = _c("b")
_DIAC: Final = _c("diac")
_JOIN: Final = _c("join")
_W, _S, _SC, _LEN, _SUF3, _SUF2, _PRE3 = (_c(p) for p in ("w=", "s=", "sc=", "len=", "suf3=", "suf2=", "pre3="))
_P1, _P1S, _P2, _P12, _N1, _N1S, _N2, _N12, _P1N1, _P1S_ = (
    _c(p) for p in ("p1=", "p1s=", "p2=", "p12=", "n1=", "n1s=", "n2=", "n12=", "p1n1=", "p1|s=")
)
_GZ, _GZP = _c("gz="), _c("gz=p+")
_DICT, _DICT_FIRST, _DICT_CANDL, _DICT_P1 = _c("dict"), _c("dict+first"), _c("dict+candL"), _c("dict+p1=")
_PW, _NW = _c("pw="), _c("nw=")
_CANDL, _CANDL_DICT, _CANDR, _CANDR_DICT, _CANDRR = (
    _c(p) for p in ("candL", "candL+dict", "candR", "candR+dict", "candRR")
)
_PARTL, _FIRST, _BOS = _c("partL"), _c("first"), _c("bos=")
_KEY, _KLAST, _KP, _KPOS = _c("key="), _c("klast="), _c("kp="), _c("kpos=")
_BOS_AFTER: Final = frozenset((".", "!", "?", ":", "]", ">", "-", "|"))
_EDGE: Final = ("<s>", b"<s>", b"<s>")


class CallMemo:
    """Per-token-text facts for one detect() call (never kept across calls)."""

    __slots__ = ("cand", "desc", "left", "own", "place_cover", "place_of", "right", "tokens", "uncased")

    def __init__(self) -> None:
        # token text -> is_candidate (words only)
        self.cand: dict[str, bool] = {}
        # token text -> (neighbour word, its bytes, shape bytes): _wdesc/_lex of features()
        self.desc: dict[str, tuple[str, bytes, bytes]] = {}
        # token text -> (own weight sum, shape bytes, dict flag, gazetteer classes)
        self.own: dict[str, tuple[int, bytes, bool, str]] = {}
        # (p1, its shape, gap class, p2) -> weights of p1=, p1s=, p2=, p12= (and the mirror for n1, n2)
        self.left: dict[tuple[bytes, bytes, bytes, bytes], int] = {}
        self.right: dict[tuple[bytes, bytes, bytes, bytes], int] = {}
        # the tokens inside a place of several words, for the token list ``place_of`` (one text)
        self.place_of: object = None
        self.place_cover: frozenset[int] = frozenset()
        # (text, its tokens) of the last text the name tier tokenised: the uncased tier reads the same
        self.tokens: tuple[str, list[Token]] | None = None
        # token text -> uncased_kind (None: not a spelling the uncased model reads)
        self.uncased: dict[str, str | None] = {}


def is_candidate_memo(tok: Token, memo: CallMemo) -> bool:
    """``is_candidate`` through the call's memo (it depends on the token text and kind only)."""
    if tok[KIND] != WORD:
        return False
    t = tok[TEXT]
    hit = memo.cand.get(t)
    if hit is None:
        hit = memo.cand[t] = is_candidate(tok)
    return hit


def candidates_memo(toks: list[Token], memo: CallMemo) -> list[bool]:
    """:func:`~._features.candidates` with the call's memo.

    A punctuation token is one non-word character and a word token is word characters, so
    no text is both: the memo can be keyed by the text alone, punctuation included.
    """
    known = memo.cand
    out: list[bool | None] = list(map(known.get, [t[TEXT] for t in toks]))
    if None in out:
        for k, v in enumerate(out):
            if v is None:
                t = toks[k]
                w = t[TEXT]
                c0 = w[0]
                out[k] = known[w] = bool(
                    (c0.isupper() or c0 > "\u036f" or (c0 in "aeib" and "-" in w[1:5])) and is_candidate(t)
                )
    return out  # type: ignore[return-value]


def _desc(tok: Token, memo: CallMemo) -> tuple[str, bytes, bytes]:
    """(lower-cased word or punctuation, its bytes, shape bytes) of a neighbour (``_wdesc``)."""
    t = tok[TEXT]
    if tok[KIND] != WORD:
        return t, t.encode("utf-8", _ENC), b"P"
    hit = memo.desc.get(t)
    if hit is None:
        # _lex: a word holding a digit is described by its shape (isalpha() excludes every digit)
        w = "#" + shape(t) if not t.isalpha() and any(c.isdigit() for c in t) else t.lower()
        hit = memo.desc[t] = (w, w.encode("utf-8", _ENC), shape(t).encode("utf-8", _ENC))
    return hit


def _own(t: str, memo: CallMemo, wt: array[int], mask: int, lex: Lexicon) -> tuple[int, bytes, bool, str]:
    hit = memo.own.get(t)
    if hit is not None:
        return hit
    low = t.lower()
    sc = script(t)
    shp = shape(t) if sc not in CASELESS else sc
    lb = low.encode("utf-8", _ENC)
    sb = shp.encode("utf-8", _ENC)
    scb = sc.encode()
    gz = lex.classes(t)
    z = (
        wt[_B & mask] + wt[crc32(lb, _W) & mask] + wt[crc32(sb, _S) & mask] + wt[crc32(scb, _SC) & mask]
        + wt[crc32((sc[:2] + _bucket(len(t))).encode(), _LEN) & mask]
        + wt[crc32(low[-3:].encode("utf-8", _ENC), _SUF3) & mask]
        + wt[crc32(low[-2:].encode("utf-8", _ENC), _SUF2) & mask]
        + wt[crc32(low[:3].encode("utf-8", _ENC), _PRE3) & mask]
        + wt[crc32((gz or "-").encode(), _GZ) & mask]
    )
    if sc == "latin" and not t.isascii():
        z += wt[_DIAC & mask]
    if "-" in t or "'" in t or "’" in t:
        z += wt[_JOIN & mask]
    dict_ = low in WORDS or (len(low) > 5 and is_word(low))
    if dict_:
        z += wt[_DICT & mask]
    hit = memo.own[t] = (z, sb, dict_, gz)
    return hit


def weight_sum(
    toks: list[Token], text: str, i: int, cand: list[bool], first_word: int,
    memo: CallMemo, wt: array[int], mask: int, lex: Lexicon,
) -> tuple[int, str, list[str] | None]:
    """(sum of the weights of ``features(toks, text, i, cand, first_word)``, the token's gazetteer
    classes, ``split_key`` of its key or None without one)."""
    tok = toks[i]
    z, sb, dict_, gz = _own(tok[TEXT], memo, wt, mask, lex)
    n = len(toks)
    p1 = toks[i - 1] if i >= 1 else None
    n1 = toks[i + 1] if i + 1 < n else None
    p1w, p1b, p1s = _desc(p1, memo) if p1 is not None else _EDGE
    _p2w, p2b, _ = _desc(toks[i - 2], memo) if i >= 2 else _EDGE
    n1w, n1b, n1s = _desc(n1, memo) if n1 is not None else _EDGE
    _n2w, n2b, _ = _desc(toks[i + 2], memo) if i + 2 < n else _EDGE
    if p1 is not None:
        gap_p = text[p1[END] : tok[START]]
        gp = b"n" if "\n" in gap_p else (b"s" if gap_p else b"0")
    else:
        gp = b"s"  # "^"
    if n1 is not None:
        gap_n = text[tok[END] : n1[START]]
        gn = b"n" if "\n" in gap_n else (b"s" if gap_n else b"0")
    else:
        gn = b"s"  # "$"
    # the left and right neighbour blocks repeat across a batch (punctuation, log words)
    lk = (p1b, p1s, gp, p2b)
    left = memo.left.get(lk)
    if left is None:
        left = memo.left[lk] = (
            wt[crc32(p1b, _P1) & mask] + wt[crc32(p1s + gp, _P1S) & mask] + wt[crc32(p2b, _P2) & mask]
            + wt[crc32(p2b + b"|" + p1b, _P12) & mask]
        )
    rk = (n1b, n1s, gn, n2b)
    right = memo.right.get(rk)
    if right is None:
        right = memo.right[rk] = (
            wt[crc32(n1b, _N1) & mask] + wt[crc32(n1s + gn, _N1S) & mask] + wt[crc32(n2b, _N2) & mask]
            + wt[crc32(n1b + b"|" + n2b, _N12) & mask]
        )
    z += left + right + wt[crc32(p1b + b"|" + n1b, _P1N1) & mask] + wt[crc32(p1b + b"|" + sb, _P1S_) & mask]
    if gz == "p" or (p1 is not None and p1[TEXT] == "," and "p" in gz):
        z += wt[crc32(p1b, _GZP) & mask]
    if dict_:
        if i <= first_word:
            z += wt[_DICT_FIRST & mask]
        if p1 is not None and cand[i - 1]:
            z += wt[_DICT_CANDL & mask]
        z += wt[crc32(p1b, _DICT_P1) & mask]
    # nearest words (skipping punctuation) on each side
    j = i - 1
    k = 0
    while j >= 0 and k < 4:
        if toks[j][KIND] == WORD:
            z += wt[crc32(_desc(toks[j], memo)[1], _PW) & mask]
            break
        j -= 1
        k += 1
    j = i + 1
    k = 0
    while j < n and k < 4:
        if toks[j][KIND] == WORD:
            z += wt[crc32(_desc(toks[j], memo)[1], _NW) & mask]
            break
        j += 1
        k += 1
    if p1 is not None and cand[i - 1] and gp == b"s":
        z += wt[_CANDL & mask]
        if p1w in WORDS:
            z += wt[_CANDL_DICT & mask]
    if n1 is not None and cand[i + 1] and gn == b"s":
        z += wt[_CANDR & mask]
        if n1w in WORDS:
            z += wt[_CANDR_DICT & mask]
        if i + 2 < n and cand[i + 2]:
            z += wt[_CANDRR & mask]
    if p1 is not None and p1[KIND] == WORD and p1[TEXT].lower() in PARTICLES:
        z += wt[_PARTL & mask]
    if i <= first_word:
        z += wt[_FIRST & mask]
    if p1 is None:
        z += wt[crc32(b"^", _BOS) & mask]
    elif p1[TEXT] in _BOS_AFTER or gp == b"n":
        z += wt[crc32(p1[TEXT].encode("utf-8", _ENC), _BOS) & mask]
    key, pos = find_key(toks, text, i)
    if key:
        parts = split_key(key)
        z += wt[crc32("".join(parts).encode("utf-8", _ENC), _KEY) & mask]
        z += wt[crc32((parts[-1] if parts else "").encode("utf-8", _ENC), _KLAST) & mask]
        for p in parts:
            z += wt[crc32(p.encode("utf-8", _ENC), _KP) & mask]
        z += wt[crc32(str(min(pos, 3)).encode(), _KPOS) & mask]
        return z, gz, parts
    return z, gz, None
