"""Text builder that records span offsets while the text is written.

A record is an ordered list of segments. A segment is either plain text or a tagged value (one of the six
types). The text is the concatenation of the segments, so the offsets of a tagged value follow from the
lengths of the segments before it; nothing is searched for after the fact.

Serialisers (JSON, Python repr, Ruby inspect, a Logstash-style pretty hash, Node's util.inspect, Rust's
Debug) walk a nested structure and append segments. A tagged value that the serialiser has to escape is
escaped segment by segment, so its span is exactly the escaped form that appears in the text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, quote_plus

TYPES = ("NAME", "EMAIL", "PHONE", "SSN", "CREDIT_CARD", "IP_ADDRESS")

Enc = Callable[[str], str]


@dataclass(frozen=True)
class T:
    """A tagged value."""

    value: str
    typ: str


@dataclass(frozen=True)
class Num:
    """A tagged value written as a bare number inside a structure (a phone stored as an integer)."""

    value: str
    typ: str


@dataclass(frozen=True)
class Bare:
    """Text written as is inside a structure (a Ruby symbol, a timestamp object, a float with fixed places)."""

    text: str


class M:
    """A string made of plain pieces and tagged values."""

    def __init__(self, *pieces: Any) -> None:
        self.pieces = tuple(p for p in pieces if p != "" and p is not None)

    def plain(self) -> str:
        return "".join(plain(p) for p in self.pieces)


@dataclass(frozen=True)
class Emb:
    """A string whose content is another record (JSON inside a JSON string, a form body in a field)."""

    rec: Rec


@dataclass(frozen=True)
class RS:
    """A Rust struct for the Debug serialiser: `Name { field: value }`."""

    name: str
    fields: dict


@dataclass(frozen=True)
class RSome:
    """Rust `Some(value)`."""

    inner: Any


def nm(v: str) -> T:
    return T(v, "NAME")


def em(v: str) -> T:
    return T(v, "EMAIL")


def ph(v: str) -> T:
    return T(v, "PHONE")


def sn(v: str) -> T:
    return T(v, "SSN")


def cc(v: str) -> T:
    return T(v, "CREDIT_CARD")


def ip(v: str) -> T:
    return T(v, "IP_ADDRESS")


def plain(p: Any) -> str:
    if isinstance(p, str):
        return p
    if isinstance(p, (T, Num)):
        return p.value
    if isinstance(p, M):
        return p.plain()
    if isinstance(p, Emb):
        return p.rec.text()
    raise TypeError(type(p))


def ident(s: str) -> str:
    return s


# ---------------------------------------------------------------------------------------- encoders
def json_enc(ascii_only: bool = False, slashes: bool = False) -> Enc:
    def enc(s: str) -> str:
        out = json.dumps(s, ensure_ascii=ascii_only)[1:-1]
        return out.replace("/", "\\/") if slashes else out

    return enc


def form_enc(s: str) -> str:
    return quote_plus(s, safe="")


def pct_enc(s: str) -> str:
    return quote(s, safe="")


def zeek_enc(s: str) -> str:
    """Zeek's ASCII writer: non-printable and non-ASCII bytes become \\xNN; a tab in a value too."""
    out = []
    for ch in s:
        if ch == "\\":
            out.append("\\\\")
        elif 0x20 <= ord(ch) < 0x7F:
            out.append(ch)
        else:
            out.extend(f"\\x{b:02x}" for b in ch.encode("utf-8"))
    return "".join(out)


def _py_enc(q: str) -> Enc:
    def enc(s: str) -> str:
        out = []
        for ch in s:
            if ch == "\\":
                out.append("\\\\")
            elif ch == q:
                out.append("\\" + q)
            elif ch == "\n":
                out.append("\\n")
            elif ch == "\r":
                out.append("\\r")
            elif ch == "\t":
                out.append("\\t")
            elif not ch.isprintable():
                out.append(repr(ch)[1:-1])
            else:
                out.append(ch)
        return "".join(out)

    return enc


def _rb_enc(s: str) -> str:
    s = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
    return re.sub(r"#(?=[{$@])", r"\\#", s)


def _node_quote(s: str) -> str:
    if "'" not in s:
        return "'"
    if '"' not in s:
        return '"'
    return "`"


def _node_enc(q: str) -> Enc:
    def enc(s: str) -> str:
        return s.replace("\\", "\\\\").replace(q, "\\" + q).replace("\n", "\\n")

    return enc


def _rust_enc(s: str) -> str:
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


# ------------------------------------------------------------------------------------------ record
class Rec:
    def __init__(self, is_json: bool = False) -> None:
        self.segs: list[tuple[str, str | None]] = []
        self.is_json = is_json
        self.exempt: list[str] = []  # e-mail-shaped strings that are not e-mails (Message-IDs)

    # appending ----------------------------------------------------------------------------------
    def lit(self, s: str, enc: Enc = ident) -> Rec:
        if s:
            self.segs.append((enc(s), None))
        return self

    def tag(self, v: str, typ: str, enc: Enc = ident) -> Rec:
        if typ not in TYPES:
            raise ValueError(f"bad type {typ!r}")
        if not v:
            raise ValueError("empty tagged value")
        self.segs.append((enc(v), typ))
        return self

    def add(self, *pieces: Any, enc: Enc = ident) -> Rec:
        for p in pieces:
            if p is None or p == "":
                continue
            if isinstance(p, str):
                self.lit(p, enc)
            elif isinstance(p, (T, Num)):
                self.tag(p.value, p.typ, enc)
            elif isinstance(p, M):
                self.add(*p.pieces, enc=enc)
            elif isinstance(p, Emb):
                self.embed(p.rec, enc)
            elif isinstance(p, Rec):
                self.embed(p, enc)
            else:
                raise TypeError(type(p))
        return self

    def embed(self, other: Rec, enc: Enc = ident) -> Rec:
        for text, typ in other.segs:
            self.segs.append((enc(text), typ))
        return self

    def rows(self, rows: list[list[Any]], sep: str = "\n") -> Rec:
        for i, row in enumerate(rows):
            if i:
                self.lit(sep)
            self.add(*row)
        return self

    # reading ------------------------------------------------------------------------------------
    def text(self) -> str:
        return "".join(t for t, _ in self.segs)

    def labelled(self) -> list[tuple[int, int, str, str]]:
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

    def tail_len(self) -> int:
        """Length of the text after the last newline (for aligning continuation lines)."""
        t = self.text()
        return len(t) - (t.rfind("\n") + 1)

    # serialisers --------------------------------------------------------------------------------
    def json(self, obj: Any, style: str = "compact", indent: int = 2, lead: str = "", ascii_only: bool = False,
             slashes: bool = False) -> Rec:
        """style: compact (`,` `:`), spaced (`, ` `: `) or pretty. The written text is parsed at once."""
        start = len(self.segs)
        _json(self, obj, style, indent, lead, json_enc(ascii_only, slashes), 0)
        json.loads("".join(t for t, _ in self.segs[start:]))
        return self

    def py(self, obj: Any) -> Rec:
        """Python repr of dicts, lists, tuples, str, int, float, None, bool."""
        _py(self, obj)
        return self

    def rb(self, obj: Any) -> Rec:
        """Ruby Hash#inspect (`{"k"=>"v", "n"=>1}`)."""
        _rb(self, obj)
        return self

    def rubydebug(self, obj: dict, lead: str = "") -> Rec:
        """Logstash rubydebug codec: keys right-aligned on `=>`, nested hashes indented by 4."""
        _rubydebug(self, obj, 0, lead)
        return self

    def node(self, obj: Any, depth: int = 2, break_len: int = 72) -> Rec:
        """Node's util.inspect (console.log of an object)."""
        _node(self, obj, 0, depth, break_len)
        return self

    def rust(self, obj: Any, pretty: bool = False) -> Rec:
        """Rust Debug ({:?}) or pretty Debug ({:#?})."""
        _rust(self, obj, 0, pretty)
        return self


# -------------------------------------------------------------------------------------------- JSON
def _json_str(r: Rec, p: Any, enc: Enc) -> None:
    r.lit('"')
    r.add(p, enc=enc)
    r.lit('"')


def _json(r: Rec, obj: Any, style: str, indent: int, lead: str, enc: Enc, level: int) -> None:
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
            _json(r, v, style, indent, lead, enc, level + 1)
        r.lit(nl(level) + "}")
    elif isinstance(obj, (list, tuple)):
        if not obj:
            r.lit("[]")
            return
        r.lit("[")
        for i, v in enumerate(obj):
            r.lit((item_sep if i else "") + nl(level + 1))
            _json(r, v, style, indent, lead, enc, level + 1)
        r.lit(nl(level) + "]")
    elif isinstance(obj, (T, M, Emb)):
        _json_str(r, obj, enc)
    elif isinstance(obj, Num):
        r.tag(obj.value, obj.typ)
    elif isinstance(obj, Bare):
        r.lit(obj.text)
    elif isinstance(obj, str):
        r.lit('"' + enc(obj) + '"')
    elif obj is None or isinstance(obj, (bool, int, float)):
        r.lit(json.dumps(obj))
    else:
        raise TypeError(type(obj))


# ------------------------------------------------------------------------------------------ Python
def _py(r: Rec, obj: Any) -> None:
    if isinstance(obj, dict):
        r.lit("{")
        for i, (k, v) in enumerate(obj.items()):
            r.lit(", " if i else "")
            _py(r, k)
            r.lit(": ")
            _py(r, v)
        r.lit("}")
    elif isinstance(obj, (list, tuple)):
        o, c = ("[", "]") if isinstance(obj, list) else ("(", ")")
        r.lit(o)
        for i, v in enumerate(obj):
            r.lit(", " if i else "")
            _py(r, v)
        if isinstance(obj, tuple) and len(obj) == 1:
            r.lit(",")
        r.lit(c)
    elif isinstance(obj, (str, T, M, Emb)):
        s = plain(obj)
        q = '"' if ("'" in s and '"' not in s) else "'"
        start = len(r.segs)
        r.lit(q)
        r.add(obj, enc=_py_enc(q))
        r.lit(q)
        written = "".join(t for t, _ in r.segs[start:])
        if written != repr(s):
            raise AssertionError(f"python repr mismatch {written!r} != {s!r}")
    elif isinstance(obj, Num):
        r.tag(obj.value, obj.typ)
    elif isinstance(obj, Bare):
        r.lit(obj.text)
    elif obj is None or isinstance(obj, (bool, int, float)):
        r.lit(repr(obj))
    else:
        raise TypeError(type(obj))


# -------------------------------------------------------------------------------------------- Ruby
def _rb_scalar(r: Rec, obj: Any) -> bool:
    if isinstance(obj, (str, T, M, Emb)):
        r.lit('"')
        r.add(obj, enc=_rb_enc)
        r.lit('"')
    elif isinstance(obj, Num):
        r.tag(obj.value, obj.typ)
    elif isinstance(obj, Bare):
        r.lit(obj.text)
    elif obj is None:
        r.lit("nil")
    elif obj is True:
        r.lit("true")
    elif obj is False:
        r.lit("false")
    elif isinstance(obj, (int, float)):
        r.lit(repr(obj))
    else:
        return False
    return True


def _rb(r: Rec, obj: Any) -> None:
    if isinstance(obj, dict):
        r.lit("{")
        for i, (k, v) in enumerate(obj.items()):
            r.lit(", " if i else "")
            if isinstance(k, Bare):
                r.lit(k.text)
            else:
                _rb_scalar(r, k)
            r.lit("=>")
            _rb(r, v)
        r.lit("}")
    elif isinstance(obj, (list, tuple)):
        r.lit("[")
        for i, v in enumerate(obj):
            r.lit(", " if i else "")
            _rb(r, v)
        r.lit("]")
    elif not _rb_scalar(r, obj):
        raise TypeError(type(obj))


def _rubydebug(r: Rec, obj: Any, level: int, lead: str) -> None:
    pad = " " * (4 * level)
    if isinstance(obj, dict):
        r.lit("{\n")
        keys = ['"' + _rb_enc(k) + '"' for k in obj]
        width = max(len(k) for k in keys)
        for i, (k, v) in enumerate(zip(keys, obj.values())):
            r.lit(lead + pad + "    " + k.rjust(width) + " => ")
            _rubydebug(r, v, level + 1, lead)
            r.lit(",\n" if i < len(keys) - 1 else "\n")
        r.lit(lead + pad + "}")
    elif isinstance(obj, (list, tuple)):
        r.lit("[\n")
        for i, v in enumerate(obj):
            r.lit(lead + pad + "    " + f"[{i}] ")
            _rubydebug(r, v, level + 1, lead)
            r.lit(",\n" if i < len(obj) - 1 else "\n")
        r.lit(lead + pad + "]")
    elif not _rb_scalar(r, obj):
        raise TypeError(type(obj))


# -------------------------------------------------------------------------------------------- Node
_JS_IDENT = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*$")


def _node_plain_len(obj: Any, level: int, depth: int) -> int:
    """Length of the one-line rendering (to decide whether util.inspect breaks the object)."""
    tmp = Rec()
    _node(tmp, obj, level, depth, 10**9)
    return len(tmp)


def _node(r: Rec, obj: Any, level: int, depth: int, break_len: int) -> None:
    if isinstance(obj, (dict, list, tuple)):
        is_dict = isinstance(obj, dict)
        if level > depth:
            r.lit("[Object]" if is_dict else "[Array]")
            return
        if not obj:
            r.lit("{}" if is_dict else "[]")
            return
        o, c = ("{", "}") if is_dict else ("[", "]")
        one_line = _node_plain_len(obj, level, depth) + 2 * level <= break_len if break_len < 10**9 else True
        items = list(obj.items()) if is_dict else [(None, v) for v in obj]
        if one_line:
            r.lit(o + " ")
        else:
            r.lit(o + "\n")
        for i, (k, v) in enumerate(items):
            if one_line:
                r.lit(", " if i else "")
            else:
                r.lit("  " * (level + 1))
            if k is not None:
                r.lit(k if _JS_IDENT.match(k) else "'" + k.replace("'", "\\'") + "'")
                r.lit(": ")
            _node(r, v, level + 1, depth, break_len)
            if not one_line:
                r.lit(",\n" if i < len(items) - 1 else "\n")
        r.lit(" " + c if one_line else "  " * level + c)
    elif isinstance(obj, (str, T, M, Emb)):
        q = _node_quote(plain(obj))
        r.lit(q)
        r.add(obj, enc=_node_enc(q))
        r.lit(q)
    elif isinstance(obj, Num):
        r.tag(obj.value, obj.typ)
    elif isinstance(obj, Bare):
        r.lit(obj.text)
    elif obj is None:
        r.lit("null")
    elif obj is True:
        r.lit("true")
    elif obj is False:
        r.lit("false")
    elif isinstance(obj, (int, float)):
        r.lit(repr(obj))
    else:
        raise TypeError(type(obj))


# -------------------------------------------------------------------------------------------- Rust
def _rust(r: Rec, obj: Any, level: int, pretty: bool) -> None:
    ind = "    "
    if isinstance(obj, RS):
        if not obj.fields:
            r.lit(obj.name)
            return
        if pretty:
            r.lit(obj.name + " {\n")
            for k, v in obj.fields.items():
                r.lit(ind * (level + 1) + k + ": ")
                _rust(r, v, level + 1, pretty)
                r.lit(",\n")
            r.lit(ind * level + "}")
        else:
            r.lit(obj.name + " { ")
            for i, (k, v) in enumerate(obj.fields.items()):
                r.lit((", " if i else "") + k + ": ")
                _rust(r, v, level + 1, pretty)
            r.lit(" }")
    elif isinstance(obj, RSome):
        if pretty:
            r.lit("Some(\n" + ind * (level + 1))
            _rust(r, obj.inner, level + 1, pretty)
            r.lit(",\n" + ind * level + ")")
        else:
            r.lit("Some(")
            _rust(r, obj.inner, level, pretty)
            r.lit(")")
    elif isinstance(obj, (list, tuple)):
        if not obj:
            r.lit("[]")
            return
        if pretty:
            r.lit("[\n")
            for v in obj:
                r.lit(ind * (level + 1))
                _rust(r, v, level + 1, pretty)
                r.lit(",\n")
            r.lit(ind * level + "]")
        else:
            r.lit("[")
            for i, v in enumerate(obj):
                r.lit(", " if i else "")
                _rust(r, v, level, pretty)
            r.lit("]")
    elif isinstance(obj, (str, T, M, Emb)):
        r.lit('"')
        r.add(obj, enc=_rust_enc)
        r.lit('"')
    elif isinstance(obj, Num):
        r.tag(obj.value, obj.typ)
    elif isinstance(obj, Bare):
        r.lit(obj.text)
    elif obj is None:
        r.lit("None")
    elif isinstance(obj, bool):
        r.lit("true" if obj else "false")
    elif isinstance(obj, (int, float)):
        r.lit(repr(obj))
    else:
        raise TypeError(type(obj))


def sub(*pieces: Any) -> Rec:
    """A detached record of pieces, to be embedded through an encoder."""
    return Rec().add(*pieces)


def form_body(pairs: list[tuple[str, Any]]) -> Rec:
    """key=value&... (form encoding, space as '+')."""
    r = Rec()
    for i, (k, v) in enumerate(pairs):
        r.lit(("&" if i else "") + form_enc(k) + "=")
        if v is None:
            continue
        r.add(v, enc=form_enc)
    return r
