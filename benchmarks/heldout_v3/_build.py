"""Span-recording text builder.

A record is a list of segments, each either literal text or a labelled value. The text is their
concatenation, so every span's offsets follow from the lengths of the segments before it: nothing is
searched for afterwards. Encoders (JSON string escaping, percent-encoding) are applied segment by
segment, so a labelled value that gets encoded is labelled exactly as it appears in the text
(e.g. `%2B447700900123`, `Luc%C3%ADa`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, quote_plus

TYPES = ("NAME", "EMAIL", "PHONE", "SSN", "CREDIT_CARD", "IP_ADDRESS")


@dataclass(frozen=True)
class V:
    """A labelled value."""

    value: str
    typ: str


@dataclass(frozen=True)
class N:
    """A labelled value written as a bare JSON number (a phone or card stored as an integer)."""

    value: str
    typ: str


@dataclass(frozen=True)
class Raw:
    """Literal JSON text written as is (e.g. a decimal with a fixed number of places)."""

    text: str


class S:
    """A string made of literal pieces and labelled values (a message, a header value)."""

    def __init__(self, *pieces: Piece) -> None:
        self.pieces = tuple(p for p in pieces if p != "")

    def plain(self) -> str:
        return "".join(p if isinstance(p, str) else p.plain() if isinstance(p, S) else p.value for p in self.pieces)


Piece = str | V | S
Enc = Callable[[str], str]


def ident(s: str) -> str:
    return s


def jstr(ascii_only: bool = False, slashes: bool = False) -> Enc:
    """Escaper for the inside of a JSON string (PHP's json_encode also escapes '/')."""

    def enc(s: str) -> str:
        out = json.dumps(s, ensure_ascii=ascii_only)[1:-1]
        return out.replace("/", "\\/") if slashes else out

    return enc


def form_enc(s: str) -> str:
    """application/x-www-form-urlencoded value (space as '+')."""
    return quote_plus(s, safe="")


def pct_enc(s: str) -> str:
    """Percent-encoding with space as %20."""
    return quote(s, safe="")


class Rec:
    """Accumulates segments; `is_json` asks the checker to json.loads the whole text."""

    def __init__(self, is_json: bool = False) -> None:
        self.segs: list[tuple[str, str | None]] = []
        self.is_json = is_json

    # -- appending ------------------------------------------------------------------------------
    def lit(self, s: str, enc: Enc = ident) -> Rec:
        if s:
            self.segs.append((enc(s), None))
        return self

    def val(self, v: str, typ: str, enc: Enc = ident) -> Rec:
        if typ not in TYPES:
            raise ValueError(f"bad type {typ!r}")
        if not v:
            raise ValueError("empty labelled value")
        self.segs.append((enc(v), typ))
        return self

    def add(self, *pieces: Piece, enc: Enc = ident) -> Rec:
        for p in pieces:
            if isinstance(p, str):
                self.lit(p, enc)
            elif isinstance(p, V):
                self.val(p.value, p.typ, enc)
            elif isinstance(p, S):
                self.add(*p.pieces, enc=enc)
            else:
                raise TypeError(type(p))
        return self

    def embed(self, other: Rec, enc: Enc = ident) -> Rec:
        """Append another record's segments through an encoder (JSON inside a string, a form body
        inside a URL-encoded field)."""
        for text, typ in other.segs:
            self.segs.append((enc(text), typ))
        return self

    def lines(self, rows: Iterable[Iterable[Piece]], sep: str = "\n") -> Rec:
        """Append rows of pieces joined by newlines."""
        for i, row in enumerate(rows):
            if i:
                self.lit(sep)
            self.add(*row)
        return self

    # -- reading --------------------------------------------------------------------------------
    def text(self) -> str:
        return "".join(t for t, _ in self.segs)

    def labelled(self) -> list[tuple[int, int, str, str]]:
        """(start, end, TYPE, appended value) for each labelled segment."""
        out, pos = [], 0
        for t, typ in self.segs:
            if typ is not None:
                out.append((pos, pos + len(t), typ, t))
            pos += len(t)
        return out

    def spans(self) -> list[list[Any]]:
        return [[s, e, t] for s, e, t, _ in self.labelled()]

    def __len__(self) -> int:
        return sum(len(t) for t, _ in self.segs)

    # -- JSON -----------------------------------------------------------------------------------
    def json(
        self,
        obj: Any,
        style: str = "compact",
        indent: int = 2,
        lead: str = "",
        ascii_only: bool = False,
        slashes: bool = False,
    ) -> Rec:
        """Serialise obj like json.dumps and check right away that the written text parses.

        style: "compact" (`,` `:`), "spaced" (`, ` `: `, json.dumps default) or "pretty" (indented).
        lead: text put after every newline of a pretty document (for documents nested in a log).
        """
        start = len(self.segs)
        enc = jstr(ascii_only, slashes)
        _emit(self, obj, style, indent, lead, enc, ascii_only, 0)
        written = "".join(t for t, _ in self.segs[start:])
        json.loads(written)  # fails loudly on a template bug
        return self


def _emit(r: Rec, obj: Any, style: str, indent: int, lead: str, enc: Enc, ascii_only: bool, level: int) -> None:
    item_sep = ", " if style == "spaced" else ","
    key_sep = ":" if style == "compact" else ": "

    def nl(lvl: int) -> str:
        return "\n" + lead + " " * (indent * lvl) if style == "pretty" else ""

    if isinstance(obj, dict):
        if not obj:
            r.lit("{}")
            return
        r.lit("{")
        for i, (k, v) in enumerate(obj.items()):
            r.lit((item_sep if i else "") + nl(level + 1))
            r.lit('"' + enc(k) + '"' + key_sep)
            _emit(r, v, style, indent, lead, enc, ascii_only, level + 1)
        r.lit(nl(level) + "}")
    elif isinstance(obj, (list, tuple)):
        if not obj:
            r.lit("[]")
            return
        r.lit("[")
        for i, v in enumerate(obj):
            r.lit((item_sep if i else "") + nl(level + 1))
            _emit(r, v, style, indent, lead, enc, ascii_only, level + 1)
        r.lit(nl(level) + "]")
    elif isinstance(obj, (V, S)):
        r.lit('"')
        r.add(obj, enc=enc)
        r.lit('"')
    elif isinstance(obj, N):
        r.val(obj.value, obj.typ)
    elif isinstance(obj, Raw):
        r.lit(obj.text)
    elif isinstance(obj, str):
        r.lit('"' + enc(obj) + '"')
    elif obj is None or isinstance(obj, (bool, int, float)):
        r.lit(json.dumps(obj))
    else:
        raise TypeError(type(obj))


def sub(*pieces: Piece) -> Rec:
    """A detached record of pieces, to embed through an encoder."""
    return Rec().add(*pieces)


def form_body(pairs: Iterable[tuple[str, Piece | Rec | None]]) -> Rec:
    """key=value&... with form encoding; a None value is written as an empty value."""
    r = Rec()
    for i, (k, v) in enumerate(pairs):
        r.lit(("&" if i else "") + form_enc(k) + "=")
        if v is None:
            continue
        if isinstance(v, Rec):
            r.embed(v, form_enc)
        else:
            r.add(v, enc=form_enc)
    return r


def plain(p: Piece) -> str:
    return p if isinstance(p, str) else p.plain() if isinstance(p, S) else p.value
