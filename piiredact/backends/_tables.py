"""Tables inside a record: a header line and the rows under it, or a SQL column list and its values.

Exports, reports and bound-parameter dumps logged as one record carry their own schema: the header
(``id,surname,given,ssn``) or the column list of an ``INSERT`` says what each cell holds, and that
beats anything the cell's own shape says. Both detection tiers read tables through this module: the
name tier for person columns (``_names/_headed.py``), the pattern tier for SSN columns
(``_patterns/_columns.py``). A header is a line of three cells or more of one delimiter (``,``, tab,
``|``, ``;``), every cell a key; its rows follow while they keep its number of cells (double quotes
respected: ``"Chen, Jun"`` is one cell). Cells are reported as offsets of the text, never copied.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

#: The cell delimiters of a row (CSV, tabs, pipes, semicolons).
DELIMITERS: Final = (",", "\t", "|", ";")
_MIN_COLUMNS: Final = 3
# (a header is short; a longer text is read up to here, so the cost stays bounded)
_MAX_TEXT: Final = 65536
_HEADER_CELL: Final = re.compile(r"[A-Za-z\u00c0-\u024f][\w .#/()\-]{0,40}")
# INSERT INTO t (a, b, c) VALUES (…), (…): the column list, then the tuples
_INSERT: Final = re.compile(
    r"(?i)\binsert\s+into\s+[`\"\[]?[\w.]+[`\"\]]?\s*\(([^()]{1,2000})\)\s*values\s*", re.ASCII
)
_LITERAL: Final = re.compile(r"N?'(?:[^'\n]|'')*'|-?\d[\d.:\-]*|NULL|null|TRUE|FALSE|true|false")
_TUPLE_OPEN: Final = re.compile(r"\s*,?\s*\(")  # a later tuple: after a comma
_FIRST_TUPLE: Final = re.compile(r"\s*\(")


class Table(NamedTuple):
    """A table of a record: its keys (as written) and, per row, each cell's ``(start, end)`` in the text
    (quotes and surrounding spaces outside)."""

    keys: list[str]
    rows: list[list[tuple[int, int]]]


def find_tables(text: str) -> list[Table]:
    """Every table of ``text``: header-delimited ones and SQL inserts with a column list."""
    out: list[Table] = []
    if "\n" in text and max(text.count(d) for d in DELIMITERS) >= 2 * (_MIN_COLUMNS - 1):
        out.extend(_headed_tables(text[:_MAX_TEXT]))  # (a header and one row of three cells: four delimiters)
    if "(" in text and ("INSERT" in text or "insert" in text):
        out.extend(_insert_tables(text[:_MAX_TEXT]))
    return out


def cells(line: str, delim: str) -> list[tuple[int, int]]:
    """The cells of ``line`` as (start, end), quotes respected, spaces and quotes stripped."""
    bounds: list[tuple[int, int]] = []
    if '"' not in line:  # (the common case: str.split, no loop per character)
        start = 0
        for part in line.split(delim):
            bounds.append((start, start + len(part)))
            start += len(part) + 1
    else:
        start, quoted, n = 0, False, len(line)
        for k in range(n + 1):
            ch = line[k] if k < n else delim
            if ch == '"':
                quoted = not quoted
            elif ch == delim and not quoted:
                bounds.append((start, k))
                start = k + 1
    out: list[tuple[int, int]] = []
    for s, e in bounds:
        while s < e and line[s] in " \t\"'":
            s += 1
        while e > s and line[e - 1] in " \t\"'":
            e -= 1
        out.append((s, e))
    return out


def _headed_tables(text: str) -> list[Table]:
    lines = text.split("\n")
    starts: list[int] = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    out: list[Table] = []
    i = 0
    while i < len(lines) - 1:
        header = _header(lines[i])
        if header is None:
            i += 1
            continue
        delim, keys = header
        rows: list[list[tuple[int, int]]] = []
        j = i + 1
        while j < len(lines):
            row = cells(lines[j], delim)
            if len(row) != len(keys):
                break
            rows.append([(starts[j] + s, starts[j] + e) for s, e in row])
            j += 1
        if rows:
            out.append(Table(keys, rows))
        i = j
    return out


def _header(line: str) -> tuple[str, list[str]] | None:
    """(delimiter, keys) when ``line`` is a header: the first delimiter giving three key cells decides."""
    for d in DELIMITERS:
        if line.count(d) < _MIN_COLUMNS - 1:
            continue
        keys = [line[s:e] for s, e in cells(line, d)]
        if any(_HEADER_CELL.fullmatch(k) is None for k in keys if k) or sum(1 for k in keys if k) < _MIN_COLUMNS:
            continue
        return d, keys
    return None


def _insert_tables(text: str) -> list[Table]:
    out: list[Table] = []
    for m in _INSERT.finditer(text):
        keys = [k.strip(" \t`\"[]") for k in m.group(1).split(",")]
        rows: list[list[tuple[int, int]]] = []
        pos = m.end()
        while True:
            opened = (_TUPLE_OPEN if rows else _FIRST_TUPLE).match(text, pos)
            if opened is None:
                break
            row, pos = _tuple(text, opened.end())
            if row is None or len(row) != len(keys):
                break
            rows.append(row)
        if rows:
            out.append(Table(keys, rows))
    return out


def _tuple(text: str, pos: int) -> tuple[list[tuple[int, int]] | None, int]:
    """The literals of one value tuple starting at ``pos`` (after its "("), and where it ends."""
    row: list[tuple[int, int]] = []
    n = len(text)
    while pos < n:
        while pos < n and text[pos] in " \t":
            pos += 1
        lit = _LITERAL.match(text, pos)
        if lit is None:
            return None, pos
        s, e = lit.span()
        if text[s] == "N" and s + 1 < e and text[s + 1] == "'":
            s += 1
        if text[s] == "'":
            s, e = s + 1, e - 1
        row.append((s, e))
        pos = lit.end()
        while pos < n and text[pos] in " \t":
            pos += 1
        if pos < n and text[pos] == ",":
            pos += 1
            continue
        if pos < n and text[pos] == ")":
            return row, pos + 1
        return None, pos
    return None, pos


__all__ = ["DELIMITERS", "Table", "cells", "find_tables"]
