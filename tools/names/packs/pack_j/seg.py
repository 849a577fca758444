"""Segment builder: a record is a list of (text, TYPE|None) segments, so span offsets follow from the lengths of
the segments before them. Encoders (JSON, form, percent, XML, repr) are applied per segment, so an encoded
value is labelled exactly as it appears."""

from __future__ import annotations

import json
from contextlib import contextmanager
from urllib.parse import quote, quote_plus
from xml.sax.saxutils import escape as _xesc

TYPES = ("NAME", "EMAIL", "PHONE", "SSN", "CREDIT_CARD", "IP_ADDRESS")


def N(v):
    return (v, "NAME")


def E(v):
    return (v, "EMAIL")


def P(v):
    return (v, "PHONE")


def S(v):
    return (v, "SSN")


def C(v):
    return (v, "CREDIT_CARD")


def I(v):  # noqa: E743
    return (v, "IP_ADDRESS")


def jesc(s: str, ascii: bool = False) -> str:
    return json.dumps(s, ensure_ascii=ascii)[1:-1]


def jesc_a(s: str) -> str:
    return jesc(s, True)


def form(s: str) -> str:
    return quote_plus(s, safe="")


def pct(s: str) -> str:
    return quote(s, safe="")


def xesc(s: str) -> str:
    return _xesc(s, {'"': "&quot;"})


def csvq(s: str) -> str:
    return s.replace('"', '""')


class Cat:
    """A string value (JSON or repr) made of literal and labelled pieces."""

    def __init__(self, *pieces) -> None:
        self.pieces = pieces


class Raw:
    def __init__(self, text: str) -> None:
        self.text = text


def _is_lab(p) -> bool:
    return isinstance(p, tuple) and len(p) == 2 and p[1] in TYPES


def _json_segs(obj, indent, level, ascii) -> list:
    out: list = []
    nl = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    colon = ": " if indent is not None else ":"
    comma = "," if indent is not None else ","
    if isinstance(obj, dict):
        if not obj:
            return [("{}", None)]
        out.append(("{", None))
        for i, (k, v) in enumerate(obj.items()):
            out.append(((comma if i else "") + nl + json.dumps(k, ensure_ascii=ascii) + colon, None))
            out.extend(_json_segs(v, indent, level + 1, ascii))
        out.append((end + "}", None))
    elif isinstance(obj, list):
        if not obj:
            return [("[]", None)]
        out.append(("[", None))
        for i, v in enumerate(obj):
            out.append(((comma if i else "") + nl, None))
            out.extend(_json_segs(v, indent, level + 1, ascii))
        out.append((end + "]", None))
    elif _is_lab(obj):
        out += [('"', None), (jesc(obj[0], ascii), obj[1]), ('"', None)]
    elif isinstance(obj, Cat):
        out.append(('"', None))
        for p in obj.pieces:
            out.append((jesc(p[0], ascii), p[1]) if _is_lab(p) else (jesc(p, ascii), None))
        out.append(('"', None))
    elif isinstance(obj, Raw):
        out.append((obj.text, None))
    else:
        out.append((json.dumps(obj, ensure_ascii=ascii), None))
    return out


def _py_str(p) -> list:
    """repr() of a str, with the labelled part kept as a span."""
    if _is_lab(p):
        r = repr(p[0])
        return [(r[0], None), (r[1:-1], p[1]), (r[-1], None)]
    if isinstance(p, Cat):
        whole = "".join(x[0] if _is_lab(x) else x for x in p.pieces)
        q = repr(whole)[0]
        out = [(q, None)]
        for x in p.pieces:
            v = x[0] if _is_lab(x) else x
            inner = repr(v + "'\"")[1:-4] if q == "'" else repr(v + "'")[1:-2]
            out.append((inner, x[1] if _is_lab(x) else None))
        out.append((q, None))
        return out
    return [(repr(p), None)]


def _py_segs(obj) -> list:
    if isinstance(obj, dict):
        out = [("{", None)]
        for i, (k, v) in enumerate(obj.items()):
            out.append(((", " if i else "") + repr(k) + ": ", None))
            out.extend(_py_segs(v))
        return out + [("}", None)]
    if isinstance(obj, list):
        out = [("[", None)]
        for i, v in enumerate(obj):
            if i:
                out.append((", ", None))
            out.extend(_py_segs(v))
        return out + [("]", None)]
    if isinstance(obj, (str, Cat)) or _is_lab(obj):
        return _py_str(obj)
    return [(repr(obj), None)]


class Rec:
    def __init__(self) -> None:
        self.segs: list[tuple[str, str | None]] = []
        self.docs: list[tuple[int, int, str]] = []
        self.n = 0

    def add(self, *pieces, enc=None) -> Rec:
        for p in pieces:
            if p is None or p == "":
                continue
            if isinstance(p, str):
                self._push(enc(p) if enc else p, None)
            elif _is_lab(p):
                v = enc(p[0]) if enc else p[0]
                if not v:
                    raise ValueError(f"empty labelled value {p!r}")
                self._push(v, p[1])
            elif isinstance(p, (list, tuple)):
                self.add(*p, enc=enc)
            elif isinstance(p, Rec):
                for t, typ in p.segs:
                    self._push(enc(t) if enc else t, typ)
            else:
                raise TypeError(f"piece {p!r}")
        return self

    def _push(self, t: str, typ: str | None) -> None:
        if t:
            self.segs.append((t, typ))
            self.n += len(t)

    def json(self, obj, indent: int | None = None, ascii: bool = False, enc=None) -> Rec:
        start = self.n
        for t, typ in _json_segs(obj, indent, 0, ascii):
            self._push(enc(t) if enc else t, typ)
        if enc is None:
            self.docs.append((start, self.n, "json"))
        return self

    def py(self, obj) -> Rec:
        """A Python literal (dict/list/str) as repr() prints it."""
        start = self.n
        for t, typ in _py_segs(obj):
            self._push(t, typ)
        self.docs.append((start, self.n, "py"))
        return self

    def pystr(self, p) -> Rec:
        for t, typ in _py_str(p):
            self._push(t, typ)
        return self

    @contextmanager
    def doc(self, kind: str):
        start = self.n
        yield self
        self.docs.append((start, self.n, kind))

    def finish(self) -> Rec:
        """Drop trailing whitespace of the final literal segments (spans are never trailing whitespace)."""
        while self.segs and self.segs[-1][1] is None:
            t = self.segs[-1][0].rstrip()
            self.n -= len(self.segs[-1][0]) - len(t)
            if t:
                self.segs[-1] = (t, None)
                break
            self.segs.pop()
        self.docs = [(a, min(b, self.n), k) for a, b, k in self.docs]
        return self

    def text(self) -> str:
        return "".join(t for t, _ in self.segs)

    def spans(self) -> list[tuple[int, int, str, str]]:
        out, pos = [], 0
        for t, typ in self.segs:
            if typ:
                out.append((pos, pos + len(t), typ, t))
            pos += len(t)
        return out
