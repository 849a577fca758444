"""Segment builder for pack_a: a record is a list of (text, TYPE|None) segments, so the offsets of every
span follow from the segments' lengths and nothing is searched for afterwards. Encoders (JSON, XML, form,
percent, Python repr) are applied per segment, so an escaped value is labelled exactly as it appears."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote, quote_plus
from xml.sax.saxutils import escape as _xml_escape

TYPES = ("NAME", "EMAIL", "PHONE", "SSN", "CREDIT_CARD", "IP_ADDRESS")


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


# ---- encoders (applied to literal pieces and labelled values alike) ----
def ident(s: str) -> str:
    return s


def jesc(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jesc_ascii(s: str) -> str:
    return json.dumps(s, ensure_ascii=True)[1:-1]


def xesc(s: str) -> str:
    return _xml_escape(s, {'"': "&quot;"})


def form(s: str) -> str:
    return quote_plus(s, safe="")


def pct(s: str) -> str:
    return quote(s, safe="")


class Mix:
    """A string value (e.g. a JSON message) made of literal pieces and labelled tuples."""

    def __init__(self, *pieces: Any) -> None:
        self.pieces = pieces

    def plain(self) -> str:
        return "".join(_plain(p) for p in self.pieces)


class Raw:
    """Literal JSON token written as is (numbers, true/null)."""

    def __init__(self, text: str) -> None:
        self.text = text


def _plain(p: Any) -> str:
    if isinstance(p, str):
        return p
    if isinstance(p, tuple):
        return p[0]
    if isinstance(p, Mix):
        return p.plain()
    if isinstance(p, Rec):
        return p.text()
    if isinstance(p, list):
        return "".join(_plain(x) for x in p)
    raise TypeError(type(p))


def plain_obj(o: Any, raws: list[str] | None = None) -> Any:
    """The object a JSON serialiser would see (labels stripped); Raw tokens become markers listed in raws."""
    if isinstance(o, dict):
        return {k: plain_obj(v, raws) for k, v in o.items()}
    if isinstance(o, list):
        return [plain_obj(v, raws) for v in o]
    if isinstance(o, (tuple, Mix, Rec)):
        return _plain(o)
    if isinstance(o, Raw):
        if raws is None:
            return json.loads(o.text)
        raws.append(o.text)
        return f"\x00RAW{len(raws) - 1}\x00"
    return o


def dumps_like(obj: Any, **kw: Any) -> str:
    """json.dumps of the plain object, with Raw tokens written as given (e.g. 12.50)."""
    raws: list[str] = []
    out = json.dumps(plain_obj(obj, raws), **kw)
    for i, t in enumerate(raws):
        out = out.replace(json.dumps(f"\x00RAW{i}\x00", ensure_ascii=kw.get("ensure_ascii", True)), t, 1)
    return out


class Rec:
    def __init__(self) -> None:
        self.segs: list[tuple[str, str | None]] = []
        self.docs: list[tuple[str, str]] = []  # (kind, document text) to parse: "json" or "xml"
        self.regions: list[tuple[str, int, int]] = []
        self.persons: list[Any] = []
        self.expect: list[tuple[int, int, str]] = []  # JSON regions that must equal json.dumps output
        self.exempt: set[str] = set()  # Message-ID-like strings (cXML payloadID) that are not e-mail addresses

    # -- appending --
    def __call__(self, *pieces: Any, enc: Callable[[str], str] = ident) -> Rec:
        for p in pieces:
            if isinstance(p, str):
                if p:
                    self.segs.append((enc(p), None))
            elif isinstance(p, tuple):
                v, typ = p
                if typ not in TYPES or not v:
                    raise ValueError(f"bad labelled value {p!r}")
                self.segs.append((enc(v), typ))
            elif isinstance(p, Mix):
                self(*p.pieces, enc=enc)
            elif isinstance(p, Rec):
                for s0, e0, want in p.expect:
                    if p.text()[s0:e0] != want:
                        raise AssertionError(f"embedded JSON differs from json.dumps: {want[:120]!r}")
                for t, typ in p.segs:
                    self.segs.append((enc(t), typ))
                self.docs.extend(p.docs)
                for kind, s, e in p.regions:
                    self.docs.append((kind, p.text()[s:e]))
                for pr in p.persons:
                    if pr not in self.persons:
                        self.persons.append(pr)
            elif isinstance(p, list):
                self(*p, enc=enc)
            else:
                raise TypeError(type(p))
        return self

    def pos(self) -> int:
        return sum(len(t) for t, _ in self.segs)

    def region(self, kind: str, start: int) -> Rec:
        self.regions.append((kind, start, self.pos()))
        return self

    def json(self, obj: Any, indent: int | None = None, compact: bool = False, ascii: bool = False,
             enc: Callable[[str], str] = ident) -> Rec:
        """Append obj as JSON (as json.dumps would write it), then register it to be parsed and compared."""
        start = self.pos()
        sep = (",", ":") if compact else (", ", ": ")
        if indent is not None:
            sep = (",", ": ")
        self._js(obj, indent, 0, sep, jesc_ascii if ascii else jesc, enc)
        if enc is ident:
            self.regions.append(("json", start, self.pos()))
            want = dumps_like(obj, indent=indent, separators=sep, ensure_ascii=ascii)
            self.expect.append((start, self.pos(), want))
        else:
            self.docs.append(("json", dumps_like(obj, indent=indent, separators=sep, ensure_ascii=ascii)))
        return self

    def _js(self, o: Any, ind: int | None, lvl: int, sep: tuple[str, str], sesc: Callable[[str], str],
            enc: Callable[[str], str]) -> None:
        nl = "" if ind is None else "\n" + " " * (ind * (lvl + 1))
        end = "" if ind is None else "\n" + " " * (ind * lvl)

        def lit(s: str) -> None:
            self(s, enc=enc)

        if isinstance(o, dict):
            if not o:
                return lit("{}")
            lit("{")
            for i, (k, v) in enumerate(o.items()):
                lit((sep[0] if i else "") + nl + json.dumps(k, ensure_ascii=sesc is jesc_ascii) + sep[1])
                self._js(v, ind, lvl + 1, sep, sesc, enc)
            return lit(end + "}")
        if isinstance(o, list):
            if not o:
                return lit("[]")
            lit("[")
            for i, v in enumerate(o):
                lit((sep[0] if i else "") + nl)
                self._js(v, ind, lvl + 1, sep, sesc, enc)
            return lit(end + "]")
        if isinstance(o, (tuple, Mix, Rec)):
            lit('"')
            pieces = [o] if isinstance(o, tuple) else (list(o.pieces) if isinstance(o, Mix) else [o])
            self(*pieces, enc=lambda s: enc(sesc(s)))
            return lit('"')
        if isinstance(o, Raw):
            return lit(o.text)
        return lit(json.dumps(o, ensure_ascii=sesc is jesc_ascii))

    # -- reading --
    def text(self) -> str:
        return "".join(t for t, _ in self.segs)

    def spans(self) -> list[tuple[int, int, str, str]]:
        out, pos = [], 0
        for t, typ in self.segs:
            if typ is not None:
                out.append((pos, pos + len(t), typ, t))
            pos += len(t)
        return out


# ---- language object dumps ----
def pystr(v: Any) -> list[Any]:
    """A Python str repr with the labelled content inside the quotes."""
    raw = v[0] if isinstance(v, tuple) else v
    r = repr(raw)
    q, inner = r[0], r[1:-1]
    return [q, (inner, v[1]) if isinstance(v, tuple) else inner, q]


def py_obj(cls: str, fields: list[tuple[str, Any]]) -> list[Any]:
    out: list[Any] = [cls + "("]
    for i, (k, v) in enumerate(fields):
        out.append((", " if i else "") + k + "=")
        out.extend(pystr(v) if isinstance(v, (str, tuple)) else [repr(v)])
    return out + [")"]


def py_dict(fields: list[tuple[str, Any]]) -> list[Any]:
    out: list[Any] = ["{"]
    for i, (k, v) in enumerate(fields):
        out.append((", " if i else "") + repr(k) + ": ")
        out.extend(pystr(v) if isinstance(v, (str, tuple)) else [repr(v)])
    return out + ["}"]


def rb_inspect(cls: str, fields: list[tuple[str, Any]]) -> list[Any]:
    """Ruby/ActiveRecord #inspect: #<Customer id: 7, name: "…">."""
    out: list[Any] = [f"#<{cls} "]
    for i, (k, v) in enumerate(fields):
        out.append((", " if i else "") + k + ": ")
        if isinstance(v, (str, tuple)):
            raw = v[0] if isinstance(v, tuple) else v
            inner = json.dumps(raw, ensure_ascii=False)[1:-1]
            out.extend(['"', (inner, v[1]) if isinstance(v, tuple) else inner, '"'])
        elif v is None:
            out.append("nil")
        elif isinstance(v, bool):
            out.append("true" if v else "false")
        else:
            out.append(str(v))
    return out + [">"]


def java_tostring(cls: str, fields: list[tuple[str, Any]], quote_str: bool = False) -> list[Any]:
    """Lombok-style toString: Cls(a=x, b=y), or IDE style Cls{a='x', b=y} with quote_str."""
    o, c = ("{", "}") if quote_str else ("(", ")")
    out: list[Any] = [cls + o]
    for i, (k, v) in enumerate(fields):
        out.append((", " if i else "") + k + "=")
        if isinstance(v, (str, tuple, Mix)) and quote_str:
            out.extend(["'", v, "'"])
        else:
            out.append(v if isinstance(v, (str, tuple, Mix)) else ("null" if v is None else str(v)))
    return out + [c]


def php_var_dump(fields: list[tuple[str, Any]], indent: str = "") -> list[Any]:
    out: list[Any] = [f"array({len(fields)}) {{\n"]
    for k, v in fields:
        raw = v[0] if isinstance(v, tuple) else v
        if isinstance(raw, str):
            out += [f'{indent}  ["{k}"]=>\n{indent}  string({len(raw.encode("utf-8"))}) "', v, '"\n']
        else:
            out += [f'{indent}  ["{k}"]=>\n{indent}  int({raw})\n']
    return out + [indent + "}"]


def X(tag: str, body: Any, attrs: dict[str, str] | None = None) -> tuple[str, dict[str, str], Any]:
    """An XML element for xml(): body is a list of elements, a str, a labelled tuple or a Mix."""
    return (tag, attrs or {}, body)


def xml(node: tuple[str, dict[str, str], Any], pretty: bool = True, ind: int = 2, lvl: int = 0) -> list[Any]:
    tag, attrs, body = node
    pad = " " * (ind * lvl) if pretty else ""
    nl = "\n" if pretty else ""
    a = "".join(f' {k}="{xesc(v)}"' for k, v in attrs.items())
    if isinstance(body, list):
        out: list[Any] = [f"{pad}<{tag}{a}>{nl}"]
        for ch in body:
            out += xml(ch, pretty, ind, lvl + 1)
            out.append(nl)
        return out + [f"{pad}</{tag}>"]
    if body is None or body == "":
        return [f"{pad}<{tag}{a}/>"]
    return [f"{pad}<{tag}{a}>", XE(body), f"</{tag}>"]


class XE:
    """Marker: a value to be XML-escaped when appended (see Rec.add_xml)."""

    def __init__(self, v: Any) -> None:
        self.v = v


def add_xml(rec: Rec, pieces: list[Any]) -> Rec:
    start = rec.pos()
    for p in pieces:
        if isinstance(p, XE):
            rec(p.v, enc=xesc)
        else:
            rec(p)
    return rec.region("xml", start)
