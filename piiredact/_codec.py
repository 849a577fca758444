"""The one line codec: "a line of text or JSON" -> the redacted line.

Used by the CLI, the structlog sink, the Spark job, the Lambda handler and loguru. A
line that parses as a JSON object or array (with ``fmt="jsonl"``: any JSON value) is
redacted value by value, each string with its key as context and ``redact_keys``
values whole; it is kept byte for byte when nothing changed, otherwise re-serialised
compactly, ASCII-escaped exactly when the original line was ASCII (so escapes such as
a lone ``\\udcff`` stay escapes). Any other line, and JSON nested deeper than the walk
goes, is redacted as text. All lines of a call share one detector call.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from ._guard import Tier
from ._redactor import RedactionResult, Redactor, ScanResult, ValueFinding
from ._structured import MAX_DEPTH

Format = Literal["auto", "text", "jsonl"]
_FORMATS = ("auto", "text", "jsonl")


class _Text:
    """Marker for a line handled as text (a class, so the parsed value can be None)."""

    __slots__ = ()


_TEXT = _Text()


def _too_deep(doc: Any) -> bool:
    stack: list[tuple[Any, int]] = [(doc, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            return True
        children = node.values() if isinstance(node, dict) else node
        stack.extend((c, depth + 1) for c in children if isinstance(c, (dict, list)))
    return False


def parse_line(line: str, fmt: Format = "auto") -> Any:
    """The JSON value a line holds (as the codec reads it), or the text marker."""
    if fmt == "text":
        return _TEXT
    s = line.lstrip(" \t")
    if fmt == "auto" and (not s or s[0] not in "{["):
        return _TEXT
    try:
        doc = json.loads(line)
    except (ValueError, RecursionError):  # not JSON (or absurdly deep): text it is
        return _TEXT
    if isinstance(doc, (dict, list)):
        return _TEXT if _too_deep(doc) else doc
    return doc if fmt == "jsonl" else _TEXT


def is_text(parsed: Any) -> bool:
    return parsed is _TEXT


def _check(lines: Sequence[str], fmt: str) -> list[str]:
    if fmt not in _FORMATS:
        raise ValueError(f"fmt: must be one of {', '.join(_FORMATS)}")
    if isinstance(lines, (str, bytes, bytearray)):
        raise TypeError(f"redact_lines: expected a sequence of str, got a single {type(lines).__name__}")
    return list(lines)


def redact_lines(redactor: Redactor, lines: Sequence[str], fmt: Format = "auto", *,
                 key_values: bool = False, timeout: float | object | None = ...) -> RedactionResult:
    """Redacted lines in input order, with the detection tier that produced them.

    ``key_values``: in text lines, also mask whole the values written as
    ``key=value`` / ``key: value`` under ``redact_keys`` (rendered structlog lines:
    ConsoleRenderer, KeyValueRenderer). ``timeout`` overrides the redactor's detection
    budget for this call.
    """
    mixed = redact_mixed(redactor, lines, (), fmt, key_values=key_values, timeout=timeout)
    return RedactionResult(mixed.lines, mixed.tier, mixed.reason)


@dataclass(frozen=True, slots=True)
class MixedResult:
    """:func:`redact_mixed`'s answer: redacted lines, redacted values, and the tier."""

    lines: list[str]
    values: list[Any]
    tier: Tier
    reason: str | None = None


def redact_mixed(redactor: Redactor, lines: Sequence[str], values: Sequence[Any], fmt: Format = "auto", *,
                 key_values: bool = False, timeout: float | object | None = ...) -> MixedResult:
    """Lines (through the codec) and structured values (walked as they are) in ONE
    detector call: for callers whose batch holds both (a CloudWatch event's messages
    and its ``extractedFields``, a renderer-less structlog event among rendered lines)."""
    lines = _check(lines, fmt)
    values = list(values)
    parsed = [parse_line(line, fmt) for line in lines]
    docs = [line if p is _TEXT else p for line, p in zip(lines, parsed)]
    result = redactor.redact_values_result(docs + values, timeout=timeout)
    n = len(lines)
    return MixedResult(finish_lines(redactor, lines, parsed, result.values[:n], key_values=key_values),
                       result.values[n:], result.tier, result.reason)


def finish_lines(redactor: Redactor, lines: Sequence[str], parsed: Sequence[Any], redacted: Sequence[Any], *,
                 key_values: bool = False) -> list[str]:
    """The output lines from each line, its :func:`parse_line` value and its redacted value
    (for callers that run the detector call themselves, e.g. inside a Redactor subclass)."""
    out: list[str] = []
    kv = _kv_pattern(_kv_keys(redactor)) if key_values else None
    for line, p, new in zip(lines, parsed, redacted):
        if p is _TEXT:
            out.append(_mask_key_values(redactor, kv, new) if kv is not None else new)
        elif new == p and type(new) is type(p):
            out.append(line)  # nothing redacted: the original bytes and formatting
        else:
            trail = line[len(line.rstrip()):]
            out.append(json.dumps(new, ensure_ascii=line.isascii(), separators=(",", ":")) + trail)
    return out


def scan_lines(redactor: Redactor, lines: Sequence[str], fmt: Format = "auto", *,
               key_values: bool = False) -> list[list[ValueFinding]]:
    """What :func:`redact_lines` would redact, per line (see :func:`scan_lines_result`)."""
    return scan_lines_result(redactor, lines, fmt, key_values=key_values).findings


def scan_lines_result(redactor: Redactor, lines: Sequence[str], fmt: Format = "auto", *,
                      key_values: bool = False, timeout: float | object | None = ...) -> ScanResult:
    """What :func:`redact_lines` would redact, per line (nothing is changed), and the tier.

    JSON lines report findings by path into the document (``redact_keys`` values with
    ``source="redact_keys"``); text lines report offsets into the line (``path=()``).
    """
    lines = _check(lines, fmt)
    parsed = [parse_line(line, fmt) for line in lines]
    values = [line if p is _TEXT else p for line, p in zip(lines, parsed)]
    result = redactor.scan_values_result(values, timeout=timeout)
    found = result.findings
    if key_values:
        kv = _kv_pattern(_kv_keys(redactor))
        if kv is not None:
            for i, (line, p) in enumerate(zip(lines, parsed)):
                if p is _TEXT:
                    found[i] = sorted(found[i] + _kv_findings(kv, line), key=lambda f: (f.start, f.end))
    return result


# -- key=value in text lines ------------------------------------------------------------

def _kv_keys(redactor: Redactor) -> frozenset[str]:
    return redactor.policy.redact_keys - redactor.policy.skip_keys


@functools.lru_cache(maxsize=32)
def _kv_pattern(keys: frozenset[str]) -> re.Pattern[str] | None:
    if not keys:
        return None
    names = "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
    return re.compile(
        r"(?i)(?<![\w.-])(?P<k>" + names + r")"
        r"(?P<sep>[\"']?[ \t]*[=:][ \t]*)"
        r"""(?P<v>'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|[^\s,;]+)"""
    )


def _value_span(m: re.Match[str]) -> tuple[int, int]:
    v = m.group("v")
    s, e = m.span("v")
    if len(v) >= 2 and v[0] in "'\"" and v[-1] == v[0]:
        return s + 1, e - 1  # the value inside its quotes
    return s, e


def _mask_key_values(redactor: Redactor, rx: re.Pattern[str], text: str) -> str:
    if not text:
        return text

    def repl(m: re.Match[str]) -> str:
        s, e = _value_span(m)
        base = m.start()
        value = m.string[s:e]
        return (m.string[base:s] + redactor._whole(m.group("k").lower(), value) + m.string[e:m.end()]) \
            if value else m.group()

    return rx.sub(repl, text)


def _kv_findings(rx: re.Pattern[str], line: str) -> list[ValueFinding]:
    from ._redactor import _key_entity

    out = []
    for m in rx.finditer(line):
        s, e = _value_span(m)
        if e > s:
            out.append(ValueFinding((), s, e, _key_entity(m.group("k")), 1.0, "redact_keys"))
    return out


__all__ = ["Format", "MixedResult", "finish_lines", "is_text", "parse_line", "redact_lines", "redact_mixed",
           "scan_lines", "scan_lines_result"]
