"""Span-safe record builder: text is the concatenation of literal pieces and labelled values."""
from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape as _xml_escape

from _names import up

TYPES = frozenset({"NAME", "EMAIL", "PHONE", "SSN", "CREDIT_CARD", "IP_ADDRESS"})


@dataclass(frozen=True)
class L:
    """A labelled value, written verbatim and recorded as a span."""
    value: str
    typ: str


class Msg:
    """A free-text string made of literal pieces and labelled values."""

    def __init__(self, *pieces: Piece) -> None:
        self.pieces = tuple(p for p in pieces if p != "")


@dataclass(frozen=True)
class Num:
    """A labelled value written without JSON quotes (e.g. a phone number stored as a number)."""
    value: str
    typ: str


@dataclass(frozen=True)
class Raw:
    """Literal JSON text written as is (e.g. a pre-formatted decimal)."""
    text: str


Piece = str | L | Msg
Esc = Callable[[str], str]


def ident(s: str) -> str:
    """No escaping."""
    return s


def json_esc(s: str) -> str:
    """Escape for the inside of a JSON string (UTF-8 kept)."""
    return json.dumps(s, ensure_ascii=False)[1:-1]


def xml_esc(s: str) -> str:
    """Escape XML text content."""
    return _xml_escape(s)


def csv_esc(s: str) -> str:
    """Escape for the inside of a double-quoted CSV field."""
    return s.replace('"', '""')


def plain(piece: Piece) -> str:
    """The unescaped text of a piece."""
    if isinstance(piece, str):
        return piece
    if isinstance(piece, L):
        return piece.value
    return "".join(plain(p) for p in piece.pieces)


class Builder:
    """Accumulates text and spans; offsets are recorded as pieces are appended."""

    def __init__(self, upper: bool = False, kind: str | None = None) -> None:
        self._parts: list[str] = []
        self._spans: list[tuple[int, int, str, str]] = []
        self._pos = 0
        self.upper = upper
        self.kind = kind  # 'json' / 'xml' / None: extra well-formedness check at the end

    def _tx(self, s: str) -> str:
        return up(s) if self.upper else s

    def lit(self, s: str, esc: Esc = ident) -> Builder:
        """Append literal (unlabelled) text."""
        s = esc(self._tx(s))
        self._parts.append(s)
        self._pos += len(s)
        return self

    def val(self, v: str, typ: str, esc: Esc = ident) -> Builder:
        """Append a labelled value; it must need no escaping in its context."""
        if typ not in TYPES:
            raise ValueError(typ)
        v = self._tx(v)
        if esc(v) != v:
            raise ValueError(f"labelled value needs escaping: {v!r}")
        start = self._pos
        self._parts.append(v)
        self._pos += len(v)
        self._spans.append((start, self._pos, typ, v))
        return self

    def add(self, *pieces: Piece, esc: Esc = ident) -> Builder:
        """Append literal strings, L values and Msg sequences."""
        for piece in pieces:
            if isinstance(piece, str):
                self.lit(piece, esc)
            elif isinstance(piece, L):
                self.val(piece.value, piece.typ, esc)
            elif isinstance(piece, Msg):
                self.add(*piece.pieces, esc=esc)
            else:
                raise TypeError(type(piece))
        return self

    def text(self) -> str:
        """The record text."""
        return "".join(self._parts)

    def spans(self) -> list[list[Any]]:
        """Spans as [start, end, TYPE]."""
        return [[s, e, t] for s, e, t, _ in self._spans]

    def checked(self) -> list[tuple[int, int, str, str]]:
        """Spans with the value that was appended (for validation)."""
        return list(self._spans)


# ---------------------------------------------------------------------------- JSON
def emit_json(b: Builder, obj: Any, indent: int | None = None, compact: bool = False,
              _level: int = 0) -> None:
    """Serialise ``obj`` (dict/list/str/int/float/bool/None/L/Msg/Num/Raw) like json.dumps."""
    assert not b.upper
    item_sep = "," if (compact or indent is not None) else ", "
    key_sep = ":" if compact else ": "
    pad = (lambda lvl: "\n" + " " * (indent * lvl)) if indent is not None else (lambda lvl: "")
    if isinstance(obj, dict):
        if not obj:
            b.lit("{}")
            return
        b.lit("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                b.lit(item_sep)
            b.lit(pad(_level + 1))
            b.lit(json.dumps(k, ensure_ascii=False) + key_sep)
            emit_json(b, v, indent, compact, _level + 1)
        b.lit(pad(_level) + "}")
    elif isinstance(obj, (list, tuple)):
        if not obj:
            b.lit("[]")
            return
        b.lit("[")
        for i, v in enumerate(obj):
            if i:
                b.lit(item_sep)
            b.lit(pad(_level + 1))
            emit_json(b, v, indent, compact, _level + 1)
        b.lit(pad(_level) + "]")
    elif isinstance(obj, (L, Msg)):
        b.lit('"')
        b.add(obj, esc=json_esc)
        b.lit('"')
    elif isinstance(obj, Num):
        if not obj.value.isdigit():
            raise ValueError(obj.value)
        b.val(obj.value, obj.typ)
    elif isinstance(obj, Raw):
        b.lit(obj.text)
    elif isinstance(obj, str) or obj is None or isinstance(obj, (bool, int, float)):
        b.lit(json.dumps(obj, ensure_ascii=False))
    else:
        raise TypeError(type(obj))


def json_record(obj: Any, indent: int | None = None, compact: bool = False) -> Builder:
    """A Builder holding one JSON document."""
    b = Builder(kind="json")
    emit_json(b, obj, indent, compact)
    return b


# ---------------------------------------------------------------------------- XML
@dataclass
class X:
    """An XML element: tag, attributes, and either child elements or one text piece."""
    tag: str
    body: Any = None  # list[X] | Piece | None
    attrs: dict[str, str] | None = None


def emit_xml(b: Builder, node: X, indent: str | None = "  ", _level: int = 0) -> None:
    """Serialise an X tree, pretty-printed with ``indent`` or on one line when None."""
    attrs = "".join(f' {k}="{_xml_escape(v, {chr(34): "&quot;"})}"' for k, v in (node.attrs or {}).items())
    if node.body is None or node.body == []:
        b.lit(f"<{node.tag}{attrs}/>")
        return
    b.lit(f"<{node.tag}{attrs}>")
    if isinstance(node.body, list):
        for child in node.body:
            if indent is not None:
                b.lit("\n" + indent * (_level + 1))
            emit_xml(b, child, indent, _level + 1)
        if indent is not None:
            b.lit("\n" + indent * _level)
    else:
        b.add(node.body, esc=xml_esc)
    b.lit(f"</{node.tag}>")


# ---------------------------------------------------------------------------- CSV
def emit_csv(b: Builder, fields: Sequence[Piece | None], delim: str = ",",
             quote: str = "minimal") -> None:
    """Write one delimited row; quote = 'all', 'minimal' or 'none'."""
    for i, f in enumerate(fields):
        if i:
            b.lit(delim)
        if f is None:
            continue
        text = plain(f)
        q = quote == "all" or (quote == "minimal" and (delim in text or '"' in text or "\n" in text))
        if q:
            b.lit('"')
            b.add(f, esc=csv_esc)
            b.lit('"')
        else:
            if quote == "none" and delim in text:
                raise ValueError(f"delimiter in unquoted field: {text!r}")
            b.add(f)
