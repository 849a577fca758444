"""Packing many texts into few size-limited requests, and mapping findings back.

Paid NLP APIs bill per request with a minimum (Comprehend: 3 units of 100 characters)
and cap the request size (Comprehend: 100 KB of UTF-8). Log lines are short, so one
request per line pays the minimum almost every time. Packing joins texts with a
separator into requests of at most ``max_bytes`` UTF-8 bytes; each finding is mapped
back to the text it fell in, with that text's own offsets. A text larger than a
request is cut on whitespace into chunks that overlap, so an entity at a cut lies
whole in at least one chunk.

All offsets are Python ``str`` indices (code points), which is what Comprehend
returns too; only the size limit is measured in bytes.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from .._finding import Finding

#: Joins texts in a request. A blank line is a paragraph break (a hard boundary for
#: sentence splitting and entity spans), and the lone "." between two of them is a
#: neutral token: no entity type matches it, and it ends a "sentence" even for a
#: tokenizer that would merge blank lines.
SEPARATOR = "\n\n.\n\n"

_WS = re.compile(r"\s")


def utf8_len(text: str) -> int:
    """Size of ``text`` in UTF-8 bytes (lone surrogates count as 3, as escaped)."""
    if text.isascii():
        return len(text)
    return len(text.encode("utf-8", "surrogatepass"))


class Span(NamedTuple):
    """A backend's raw answer for a packed request: offsets into :attr:`Pack.text`."""

    begin: int
    end: int
    entity: str
    score: float


class Located(NamedTuple):
    """A finding of text number ``text`` (offsets into that text)."""

    text: int
    finding: Finding


@dataclass(frozen=True, slots=True)
class Piece:
    """A text, or a chunk of one: ``text`` starts at ``offset`` of text number ``index``."""

    index: int
    offset: int
    text: str


@dataclass(frozen=True, slots=True)
class Pack:
    """One request: ``text`` is the pieces joined; ``starts[i]`` is piece i's offset in it."""

    pieces: tuple[Piece, ...]
    starts: tuple[int, ...]
    text: str

    def unpack(self, spans: Iterable[Span | tuple[int, int, str, float]], source: str) -> list[Located]:
        """Map ``(begin, end, entity, score)`` spans of :attr:`text` to ``(index, Finding)``.

        A span inside the separator belongs to no text and is dropped; a span that
        crosses a boundary is clipped to each text it touches (never lost).
        """
        out: list[Located] = []
        starts = self.starts
        pieces = self.pieces
        for begin, end, entity, score in spans:
            if end <= begin:
                continue
            j = max(0, bisect.bisect_right(starts, begin) - 1)
            while j < len(pieces) and starts[j] < end:
                base = starts[j]
                piece = pieces[j]
                s = max(begin, base)
                e = min(end, base + len(piece.text))
                if e > s:
                    shift = piece.offset - base
                    out.append(Located(piece.index, Finding(s + shift, e + shift, entity, score, source)))
                j += 1
        return out


def _max_end(text: str, start: int, max_bytes: int) -> int:
    """The largest ``end`` such that ``text[start:end]`` fits in ``max_bytes``."""
    n = len(text)
    hi = min(n, start + max_bytes)
    if utf8_len(text[start:hi]) <= max_bytes:
        return hi
    lo = min(n, start + max_bytes // 4)  # 4 bytes per code point at most: always fits
    while lo < hi:  # binary search for the last end that fits
        mid = (lo + hi + 1) // 2
        if utf8_len(text[start:mid]) <= max_bytes:
            lo = mid
        else:
            hi = mid - 1
    return max(lo, start + 1)


def split_text(text: str, max_bytes: int, overlap: int = 256) -> list[tuple[int, str]]:
    """Cut ``text`` into ``(offset, chunk)`` pieces of at most ``max_bytes`` UTF-8 bytes.

    Cuts fall on whitespace where the second half of a chunk has any (else at the
    limit); each chunk after the first starts about ``overlap`` characters before the
    previous cut, on a word start, so an entity shorter than the overlap is whole in
    one of them.
    """
    if utf8_len(text) <= max_bytes:
        return [(0, text)]
    n = len(text)
    out: list[tuple[int, str]] = []
    start = 0
    while start < n:
        end = _max_end(text, start, max_bytes)
        cut = end
        if end < n:
            lo = start + (end - start) // 2
            ws = text.rfind(" ", lo, end)
            if ws < 0:  # no space: any other whitespace (tab, newline), the last one
                ws = max((m.start() for m in _WS.finditer(text, lo, end)), default=-1)
            if ws >= 0:
                cut = ws + 1
        out.append((start, text[start:cut]))
        if cut >= n:
            break
        # Overlap at most half a chunk, so every step makes real progress.
        back = min(overlap, (cut - start) // 2)
        nxt = cut - back
        # Start on a word start at or after nxt (nxt itself if a space precedes it).
        m = _WS.search(text, max(nxt - 1, start), cut)
        if m is not None and m.end() < cut:
            nxt = m.end()
        start = max(start + 1, nxt)
    return out


def build_packs(
    items: Sequence[Piece],
    max_bytes: int,
    *,
    separator: str = SEPARATOR,
    overlap: int = 256,
) -> list[Pack]:
    """Greedily pack ``items`` (in order) into requests of at most ``max_bytes`` bytes.

    Items larger than a request are split with :func:`split_text` first; blank items
    and blank chunks are skipped (they cannot hold an entity).
    """
    sep_bytes = utf8_len(separator)
    sep_len = len(separator)
    packs: list[Pack] = []
    cur: list[Piece] = []
    cur_bytes = 0

    def close() -> None:
        nonlocal cur, cur_bytes
        if cur:
            starts: list[int] = []
            pos = 0
            for p in cur:
                starts.append(pos)
                pos += len(p.text) + sep_len
            packs.append(Pack(tuple(cur), tuple(starts), separator.join(p.text for p in cur)))
        cur, cur_bytes = [], 0

    for item in items:
        if not item.text or item.text.isspace():
            continue
        size = utf8_len(item.text)
        if size > max_bytes:
            chunks = [Piece(item.index, item.offset + off, chunk)
                      for off, chunk in split_text(item.text, max_bytes, overlap)]
        else:
            chunks = [item]
        for piece in chunks:
            if piece is not item:
                if piece.text.isspace():
                    continue
                size = utf8_len(piece.text)
            need = size if not cur else cur_bytes + sep_bytes + size
            if cur and need > max_bytes:
                close()
                need = size
            cur.append(piece)
            cur_bytes = need
    close()
    return packs


def merge_overlapping(findings: Iterable[Finding]) -> list[Finding]:
    """Dedupe findings of a chunked text: same-entity spans that overlap become one.

    Overlapping chunks report an entity near a cut twice (once whole, maybe once
    truncated at the chunk's edge); the union covers both, with the higher score.
    """
    out: list[Finding] = []
    by_entity: dict[str, list[Finding]] = {}
    for f in findings:
        by_entity.setdefault(f.entity, []).append(f)
    for fs in by_entity.values():
        fs.sort()
        cur = fs[0]
        for f in fs[1:]:
            if f.start < cur.end:
                cur = Finding(cur.start, max(cur.end, f.end), cur.entity, max(cur.score, f.score), cur.source)
            else:
                out.append(cur)
                cur = f
        out.append(cur)
    out.sort()
    return out


__all__ = ["SEPARATOR", "Pack", "Piece", "build_packs", "merge_overlapping", "split_text", "utf8_len"]
