"""Grouping log lines into records (a message plus its stack trace) for the CLI.

A record is analysed as one text, so a name in an exception message on line 3 is judged
with the context of line 1. Grouping is a pure function of the lines, decided by a
*start-of-record* rule, and is applied twice with the same rule: by the reader, which
only ever cuts its buffer before a record start, and by the worker, which splits a chunk
of whole records with one regex call (no per-line Python work).

Rules (``--record-start``):

``auto`` (default)
    A line joins the record above only when it cannot be a record of its own: it is
    indented (``  File "x.py"``, ``\\tat com.acme.Foo``), or a stack-trace marker
    (``Traceback (most recent call last):``, ``Caused by: ...``), or an exception
    header (``ValueError: ...``, ``java.lang.IllegalStateException: ...``), and it
    does not start with a timestamp. Plain unindented lines are never merged, so logs
    without stack traces are processed line by line exactly as with ``line``.
``timestamp``
    A line starting with a common timestamp begins a record; every other line joins
    the record above (Filebeat/Logstash multiline semantics). For logs where every
    record starts with a timestamp.
``line`` (or ``none``)
    One line is one record.
any other value
    A regular expression: a line matching it (at the line's start) begins a record,
    every other line joins the record above. To be taken as a regex the value must
    compile *and* contain a regex metacharacter (``^ $ . [ ( \\ * + ? { |``): a bare
    word such as ``tiemstamp`` is a typo of a rule name, not a rule, and is refused
    (write ``^START`` to match lines beginning with a literal word).

Streaming never waits for a continuation: the CLI closes the pending record when the
input is idle (~50 ms) or the record reaches its size cap; a continuation arriving later
simply starts a record of its own.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from ._exceptions import ConfigError

# Timestamps at the start of a line: ISO 8601 / RFC 3339 (optionally bracketed), Apache
# ``[Sun Dec 04 04:47:44 2005]``, syslog ``Jun 14 15:16:01``, access-log ``[10/Oct/2000:13:55``,
# ``17/06/09 20:10:40``, Android ``03-17 16:13:38.811``, HDFS ``081109 203615``, epoch seconds.
TIMESTAMP = (
    r"\[?(?:\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}"
    r"|\d{4}/\d{2}/\d{2}[T ]\d{2}:\d{2}"
    r"|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}"
    r"|[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2}"
    r"|\d{2}/[A-Z][a-z]{2}/\d{4}:\d{2}:\d{2}"
    r"|\d{2}/\d{2}/\d{2,4} \d{2}:\d{2}"
    r"|\d{2}-\d{2} \d{2}:\d{2}:\d{2}"
    r"|\d{6} \d{6}"
    r"|1\d{9}(?:\.\d+)?\s)"
)

# Lines that continue the record above in ``auto`` mode.
_CONTINUATION = (
    r"(?:[ \t]+\S"  # indented: stack frames, "\tat ...", "\t... 12 more", pretty-printed dumps
    r"|Traceback \(most recent call last\):"
    r"|Caused by: |Suppressed: "
    r"|\.\.\. \d+ (?:more|common frames omitted)"
    r"|(?:[A-Za-z_$][\w$]*\.)*[A-Za-z_$][\w$]*(?:Error|Exception|Exit|Interrupt|Warning|Throwable|Fault)"
    r"(?::|$))"
)

#: Names accepted by ``--record-start`` besides a regular expression.
PRESETS = ("auto", "timestamp", "line", "none")


@dataclass(frozen=True, slots=True)
class RecordRule:
    """A compiled start-of-record rule (picklable: only the source is stored)."""

    spec: str

    @property
    def grouping(self) -> bool:
        return self.spec not in ("line", "none")

    def boundary(self) -> re.Pattern[str]:
        """Matches the ``\\n`` between two records (never one inside a record)."""
        return _boundary(self.spec)

    def starts_record(self, line: str) -> bool:
        """True when ``line`` (without its newline) begins a new record."""
        if not self.grouping:
            return True
        return _boundary(self.spec).match("\n" + line) is not None

    def split(self, text: str) -> list[str]:
        """``text`` (whole records joined by ``\\n``) as a list of records."""
        if not self.grouping:
            return text.split("\n")
        return _boundary(self.spec).split(text)


_CACHE: dict[str, re.Pattern[str]] = {}


def _boundary(spec: str) -> re.Pattern[str]:
    rx = _CACHE.get(spec)
    if rx is None:
        if spec == "auto":
            source = rf"\n(?!(?!{TIMESTAMP}){_CONTINUATION})"
        elif spec == "timestamp":
            source = rf"\n(?={TIMESTAMP})"
        else:
            source = rf"\n(?=(?:{spec}))"
        rx = _CACHE[spec] = re.compile(source, re.MULTILINE)
    return rx


# A value is taken as a regular expression only when it holds one of these: a bare word
# (``tiemstamp``) is far more likely a misspelt rule name than a literal line prefix.
_REGEX_SYNTAX = re.compile(r"[\^$.\[\](){}*+?|\\]")


def record_rule(spec: str | None, *, option: str = "record_start") -> RecordRule:
    """Validate a ``--record-start`` value: a rule name, or a regex that compiles and
    contains regex syntax. Anything else is a one-line ConfigError naming ``option``."""
    spec = "auto" if spec is None or spec == "" else spec
    if spec.lower() in PRESETS:
        return RecordRule(spec.lower())
    if _REGEX_SYNTAX.search(spec) is None:
        close = difflib.get_close_matches(spec.lower(), PRESETS, n=1, cutoff=0.6)
        hint = f"did you mean '{close[0]}'? " if close else ""
        raise ConfigError(
            f"{option}: not a rule name ({', '.join(PRESETS)}) nor a regular expression; {hint}"
            "to match lines starting with a literal word, anchor it: ^WORD"
        )
    try:
        _boundary(spec)
    except re.error as e:
        raise ConfigError(f"{option}: invalid regular expression ({e.msg})") from None
    return RecordRule(spec)


__all__ = ["PRESETS", "TIMESTAMP", "RecordRule", "record_rule"]
