"""Span-recording builder: a record is a list of (text, TYPE|None) segments, so every span's offsets
follow from the lengths of the segments before it. Nothing is searched for afterwards."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote_plus

TYPES = ("NAME", "EMAIL", "PHONE", "SSN", "CREDIT_CARD", "IP_ADDRESS")


def ident(s: str) -> str:
    return s


def jesc(s: str) -> str:
    """Escaper for the inside of a JSON string."""
    return json.dumps(s, ensure_ascii=False)[1:-1]


def form(s: str) -> str:
    """x-www-form-urlencoded value (space as '+')."""
    return quote_plus(s, safe="")


class JS:
    """A JSON string value made of literal pieces and labelled (value, TYPE) tuples."""

    def __init__(self, *pieces: Any) -> None:
        self.pieces = pieces


class Raw:
    """Literal JSON text (a number written as is)."""

    def __init__(self, text: str) -> None:
        self.text = text


class Rec:
    def __init__(self, kind: str = "text") -> None:
        self.segs: list[tuple[str, str | None]] = []
        self.kind = kind  # "text", "json" (whole text must parse) or "xml" (whole text must parse)

    def add(self, *pieces: Any, enc: Callable[[str], str] = ident) -> Rec:
        for p in pieces:
            if isinstance(p, str):
                if p:
                    self.segs.append((enc(p), None))
            elif isinstance(p, tuple):
                v, typ = p
                if typ not in TYPES or not v:
                    raise ValueError(f"bad labelled value {p!r}")
                e = enc(v)
                if enc is _jesc_checked and e != v:
                    raise ValueError(f"labelled JSON value needs escaping: {v!r}")
                self.segs.append((e, typ))
            elif isinstance(p, Rec):
                self.segs.extend(p.segs)
            elif isinstance(p, list):
                self.add(*p, enc=enc)
            else:
                raise TypeError(type(p))
        return self

    def js(self, obj: Any, indent: int | None = None, level: int = 0) -> Rec:
        """Append obj as JSON; labelled values must need no escaping."""
        nl = "" if indent is None else "\n" + " " * (indent * (level + 1))
        end = "" if indent is None else "\n" + " " * (indent * level)
        colon = ": " if indent is not None else ":"
        if isinstance(obj, dict):
            if not obj:
                return self.add("{}")
            self.add("{")
            for i, (k, v) in enumerate(obj.items()):
                self.add(("," if i else "") + nl + json.dumps(k, ensure_ascii=False) + colon)
                self.js(v, indent, level + 1)
            return self.add(end + "}")
        if isinstance(obj, list):
            if not obj:
                return self.add("[]")
            self.add("[")
            for i, v in enumerate(obj):
                self.add(("," if i else "") + nl)
                self.js(v, indent, level + 1)
            return self.add(end + "]")
        if isinstance(obj, tuple):
            return self.add('"').add(obj, enc=_jesc_checked).add('"')
        if isinstance(obj, JS):
            return self.add('"').add(*obj.pieces, enc=_jesc_checked).add('"')
        if isinstance(obj, Raw):
            return self.add(obj.text)
        return self.add(json.dumps(obj, ensure_ascii=False))

    def segs_as_pieces(self) -> list[Any]:
        """This record's segments as pieces, to embed already-encoded text in another value."""
        return [t if typ is None else (t, typ) for t, typ in self.segs]

    def text(self) -> str:
        return "".join(t for t, _ in self.segs)

    def labelled(self) -> list[tuple[int, int, str, str]]:
        out, pos = [], 0
        for t, typ in self.segs:
            if typ is not None:
                out.append((pos, pos + len(t), typ, t))
            pos += len(t)
        return out


def _jesc_checked(s: str) -> str:
    return jesc(s)


def N(v: str) -> tuple[str, str]:
    return (v, "NAME")


def E(v: str) -> tuple[str, str]:
    return (v, "EMAIL")


def P(v: str) -> tuple[str, str]:
    return (v, "PHONE")


def S(v: str) -> tuple[str, str]:
    return (v, "SSN")


def C(v: str) -> tuple[str, str]:
    return (v, "CREDIT_CARD")


def I(v: str) -> tuple[str, str]:  # noqa: E743
    return (v, "IP_ADDRESS")
