"""Names in the cells of delimited data rows: ``106;Sandi;0113507540;FR;oui``.

Exports and bound-parameter dumps write one record per line, cells separated by ``;``, ``|``,
a tab or ``,``. The model reads a lone cell without context (no key, no neighbour name), so
these are decided by structure plus the gazetteers: a line is a *data row* when it has at
least four cells of one delimiter and at least two of them are data (an id or another number,
a date, a two-letter code, an e-mail, a phone, a short lower-case flag). In a data row, a cell
of one to four Title Case words (particles such as ``al``/``bint``/``le`` allowed) is a name
when a word of it is a known first name or surname and no word is an ordinary English word, a
place or log vocabulary; two such cells side by side (``Victoria;Ogunleye``) make each other
names even when the gazetteer knows only one. Every decision is lexical and structural, no
literal from a corpus.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from ..._entities import NAME
from ..._finding import Finding
from ._features import PRONOUNCEABLE, is_any_word, is_camel_case, is_word
from ._lexicon import Lexicon, fold, load_lexicon
from ._vocab import CALENDAR_WORDS, NEVER_NAMES, PARTICLES, REGION_CODES, STATUS_WORDS

ROW_SCORE: Final = 0.86
# A delimiter needs this many cells on the line before the line can be a data row.
_MIN_CELLS: Final = 4
# Longest line read as delimited cells or aligned columns.
_MAX_ROW: Final = 2048
_DELIMITERS: Final = (";", "|", "\t", ",")
_DATA: Final = re.compile(
    r"""(?x)
    [-+]?\d[\d.,]*%?                          # an id, an amount, a count
    | \d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?    # a date
    | [A-Z]{2,3}                              # a country or currency code
    | [A-Za-z]{1,5}[-_#]?\d{3,}                 # a reference: MRN1733464, ORD-962575
    | [^\s@]+@[^\s@]+\.[A-Za-z]{2,}            # an e-mail
    | \+?[\d()][\d ()./-]{5,}\d               # a phone
    | [a-z]{1,8}                              # a flag or a status: yes, non, active
    """
)
_WORD: Final = re.compile(r"[^\W\d_][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)*")
_CELL_STRIP: Final = " \"'"


# Literals of a SQL value tuple or a bound-parameter echo: 'text' / N'text' / a number / NULL,
# each optionally labelled ($1 = , :name = ), separated by commas.
# (a literal starts at a boundary, and a number ends where its characters do: a long digit run is
# then tried once, not from each of its digits -- linear, where the plain pattern is quadratic)
_LITERAL: Final = (
    r"(?<![\w.:\-'])(?:(?:\$\d+|:\w+|@\w+)\s*=\s*)?"
    r"(?:N?'(?:[^'\n]|'')*'|-?\d[\d.:\-]*(?![\d.:\-])|NULL|null|TRUE|FALSE|true|false)"
)
_TUPLE: Final = re.compile(rf"{_LITERAL}(?:\s*,\s*{_LITERAL}){{2,}}")
_LABEL: Final = re.compile(r"(?:\$\d+|:\w+|@\w+)\s*=\s*N?'?|N'")
# Columns aligned with runs of spaces (fixed-width reports, `ps`-like tables).
_COLUMN_GAP: Final = re.compile(r" {2,}|\t")


class RowCells(NamedTuple):
    """What the data rows of a text say: name cells, and cells that are surely not a person
    (a one-word place or word-like cell beside a whole name: the city after the customer)."""

    names: list[Finding]
    not_names: list[tuple[int, int]]


_NONE: Final = RowCells([], [])


def find_row_names(text: str) -> list[Finding]:
    """NAME findings in the name cells of the data rows of ``text``."""
    return find_rows(text).names


def find_rows(text: str) -> RowCells:
    """The name cells and the not-a-person cells of the data rows of ``text``."""
    delimited = text.count(";") >= 3 or text.count("|") >= 3 or text.count("\t") >= 3 or text.count(",") >= 3
    quoted = "'" in text and "," in text
    columns = "   " in text
    if not (delimited or quoted or columns):
        return _NONE
    out = RowCells([], [])
    pos = 0
    for line in text.split("\n"):
        if len(line) >= 12:
            # (a record row is short; a long line of cells is a dump or an attack: its cost is bounded)
            row_sized = len(line) <= _MAX_ROW
            found = _row(line, pos) if delimited and row_sized else None
            if _empty(found) and quoted:
                found = _tuples(line, pos)
            if _empty(found) and columns and row_sized:
                found = _judge(line, pos, _columns(line))
            if found:
                out.names.extend(found.names)
                out.not_names.extend(found.not_names)
        pos += len(line) + 1
    return out


def _empty(found: RowCells | None) -> bool:
    return found is None or not (found.names or found.not_names)


def _row(line: str, offset: int) -> RowCells | None:
    for d in _DELIMITERS:
        if line.count(d) < _MIN_CELLS - 1:
            continue
        cells: list[tuple[int, int]] = []
        start = 0
        for part in line.split(d):
            end = start + len(part)
            cells.append(_strip(line, start, end))
            start = end + 1
        found = _judge(line, offset, cells)
        if found is not None:
            return found  # one delimiter per line: the first that makes it a data row
    return None


# Tables whose rows are places, things or organisations: their text values are never a person.
_THING_TABLES: Final = frozenset(
    """city cities country countries region regions state states province provinces location locations
    place places site sites zone zones area areas store stores shop shops branch branches office offices
    warehouse warehouses airport airports hotel hotels product products item items sku skus category
    categories brand brands company companies organization organizations organisation organisations
    vendor vendors supplier suppliers tag tags currency currencies language languages timezone timezones
    """.split()
)
_QUOTED: Final = re.compile(r"'((?:[^'\n]|'')+)'")
_TABLE: Final = re.compile(r"(?i)\b(?:into|from|update|join)\s+[`\"\[]?(?:\w+[`\"\]]?\.)?[`\"\[]?(\w+)")


def _tuples(line: str, offset: int) -> RowCells | None:
    """The quoted literals of SQL value tuples and parameter echoes, as the cells of a row (in a
    statement on a table of places or things, each of them is a cell that is not a person)."""
    out = RowCells([], [])
    tables = {t.lower() for t in _TABLE.findall(line)} if "'" in line else set()
    if tables and tables <= _THING_TABLES:
        for m in _QUOTED.finditer(line):
            out.not_names.append((offset + m.start(1), offset + m.end(1)))
        return out
    for m in _TUPLE.finditer(line):
        cells: list[tuple[int, int]] = []
        for lit in re.finditer(_LITERAL, m.group()):
            s, e = m.start() + lit.start(), m.start() + lit.end()
            label = _LABEL.match(line, s)
            if label is not None:
                s = label.end()
            cells.append(_strip(line, s, e))
        found = _judge(line, offset, cells, need_data=1)
        if found:
            out.names.extend(found.names)
            out.not_names.extend(found.not_names)
    return out if out.names or out.not_names else None


def _columns(line: str) -> list[tuple[int, int]]:
    cells: list[tuple[int, int]] = []
    start = 0
    for gap in _COLUMN_GAP.finditer(line):
        if gap.start() > start:
            cells.append((start, gap.start()))
        start = gap.end()
    if start < len(line):
        cells.append((start, len(line)))
    return cells if len(cells) >= _MIN_CELLS else []


def _strip(line: str, s: int, e: int) -> tuple[int, int]:
    while s < e and line[s] in _CELL_STRIP:
        s += 1
    while e > s and line[e - 1] in _CELL_STRIP:
        e -= 1
    return s, e


def _judge(line: str, offset: int, cells: list[tuple[int, int]], need_data: int = 2) -> RowCells | None:
    """The name cells of ``cells`` if they make a data row (``need_data`` data cells), else None."""
    if len(cells) < (3 if need_data == 1 else _MIN_CELLS):
        return None
    data = sum(1 for s, e in cells if e > s and _DATA.fullmatch(line, s, e) is not None)
    if data < need_data:
        return None
    contact = any(e > s and _CONTACT.fullmatch(line, s, e) is not None for s, e in cells)
    kinds = [_name_cell(line[s:e]) for s, e in cells]
    out = RowCells([], [])
    for k, ((s, e), kind) in enumerate(zip(cells, kinds)):
        if kind and _is_name(kinds, k, contact):
            out.names.append(Finding(offset + s, offset + e, NAME, ROW_SCORE, "builtin"))
        elif kind in (_PLACE, _WORDLIKE) and _STRONG_MANY in _beside(kinds, k):
            out.not_names.append((offset + s, offset + e))
        elif kind == _PLACE and not contact and not _beside(kinds, k) & _NAME_KINDS:
            out.not_names.append((offset + s, offset + e))  # a city alone among codes and words: Pickup|Lyon|JP
    return out


def _beside(kinds: list[str], k: int) -> set[str]:
    return {kinds[j] for j in (k - 1, k + 1) if 0 <= j < len(kinds)}


# Cell kinds: a name the gazetteers back and nothing contradicts; one they back that is also
# a place (Victoria, Sandi); one they back that is also an ordinary word (Yang, Pan); a
# Title Case word they do not know (most of the world's surnames).
_STRONG: Final = "strong"
_PLACE: Final = "place"
_WORDLIKE: Final = "word"
_SHAPED: Final = "shaped"
_NAME_KINDS: Final = frozenset({"strong", "strong+", "shaped", "word"})
_PLACE_ONLY: Final = "place-only"  # (inside a cell of several words only)
_STRONG_MANY: Final = "strong+"  # a cell of several words, one of them a backed name
_CAPS_KNOWN: Final = "caps"  # a cell in capitals that the gazetteers back as a name, and no word
_CAPS_SHAPED: Final = "caps-shaped"  # a cell in capitals of a name the gazetteers lack
# A cell that holds contact data makes the row a person's record.
# (the name tier reads digits as 0, so a date "2026-03-04" arrives as "0000-00-00", which starts
# like a national phone number: date shapes are excluded by shape, not by their digits)
_CONTACT: Final = re.compile(
    r"[^\s@]+@[^\s@]+\.[A-Za-z]{2,}"
    r"|(?!\d{4}[-/.]\d\d[-/.]\d\d(?:[ T][\d:.]+)?\Z|\d\d?[-/.]\d\d?[-/.]\d{2,4}\Z)(?:\+|0|\(0?\d)[\d ()./-]{6,}\d"
)


def _is_name(kinds: list[str], k: int, contact: bool) -> bool:
    """Whether cell ``k`` of kind ``kinds[k]`` is a name, given its neighbours and the row.

    A place or a word that is also a name needs a one-word name cell beside it (a row that
    splits given name and surname across cells: ``Victoria;Ogunleye``); a city after a
    whole name (``Jill Murray|Denver``) stays a city. A cell in capitals is a name only
    beside another (``GAUTHIER,AURELIEN``): codes fill rows in capitals, a lone known name
    among them (``CHAN``, ``DEAN``) is as often a code."""
    kind = kinds[k]
    if kind in (_CAPS_KNOWN, _CAPS_SHAPED):
        beside = _beside(kinds, k)
        return _CAPS_KNOWN in beside or (kind == _CAPS_KNOWN and _CAPS_SHAPED in beside)
    if kind == _STRONG or kind == _STRONG_MANY:
        return True
    beside = _beside(kinds, k)
    if kind == _SHAPED:
        return contact or bool(beside & {_STRONG, _STRONG_MANY, _SHAPED, _PLACE, _WORDLIKE})
    if kind in (_PLACE, _WORDLIKE):
        # (a row with a phone or an e-mail is a person's record: its one name cell is the person)
        return bool(beside & {_STRONG, _SHAPED}) or (contact and not beside & {_STRONG_MANY})
    return False


def _name_cell(cell: str) -> str:
    """The kind of a cell of one to four Title Case words (particles allowed), or of one to three
    words in capitals (``_caps_cell``), or ""."""
    if not 2 <= len(cell) <= 60:
        return ""
    words = cell.split()
    if not 1 <= len(words) <= 4:
        return ""
    lex = load_lexicon()
    if cell.isupper() and len(words) <= 3:
        return _caps_cell(words, lex)
    kinds: list[str] = []
    for w in words:
        low = w.lower()
        if low in PARTICLES:
            continue  # al, bint, le: part of a name, never one alone
        head, sep, tail = w.partition("-")
        if sep and head.lower() in PARTICLES and tail:
            w, low = tail, tail.lower()  # al-Ghunayn: the word after the particle decides
        if _WORD.fullmatch(w) is None or not w[0].isupper() or len(w) < 2 or w.isupper() or is_camel_case(w):
            return ""  # Title Case words only (ALL-CAPS cells are the caps rules')
        if low in NEVER_NAMES or low in STATUS_WORDS or low in CALENDAR_WORDS:
            return ""
        f = fold(w)
        part = fold(w.split("-", 1)[0])
        known = f in lex.first or f in lex.last or part in lex.first or part in lex.last
        if is_word(low):
            if not known:
                return ""  # an ordinary word: Sales, Shipped, Widget
            kinds.append(_WORDLIKE)
        elif f in lex.place:
            if not known:
                if len(words) == 1:
                    return ""  # a city or a region: Pune
                kinds.append(_PLACE_ONLY)  # (GeoNames knows many surnames as hamlets: Mitali Badami)
                continue
            kinds.append(_PLACE)
        else:
            kinds.append(_STRONG if known else _SHAPED)
    if not kinds or all(k == _PLACE_ONLY for k in kinds):
        return ""  # New York
    if len(kinds) == 1:
        return kinds[0]
    if _STRONG in kinds or (kinds.count(_SHAPED) + kinds.count(_PLACE_ONLY) >= 2 and _SHAPED in kinds):
        return _STRONG_MANY  # Mei-Yu Sung, Stephanie Johansson, Köker Zengin
    if _SHAPED in kinds:
        return _SHAPED
    return _WORDLIKE  # only words that are also names or places: Garden Hose


def _caps_cell(words: list[str], lex: Lexicon) -> str:
    """The kind of a cell in capitals: ``_CAPS_KNOWN`` when a word of it is a known name and none
    is an ordinary word, a place, log vocabulary or a region code; ``_CAPS_SHAPED`` for one word
    of five letters or more that reads like a name's (no word either); else ""."""
    known = False
    for w in words:
        low = w.lower()
        if low in PARTICLES:
            continue
        if _WORD.fullmatch(w) is None or len(w) < 2:
            return ""
        if (is_any_word(low, lex) or low in NEVER_NAMES or low in STATUS_WORDS or low in CALENDAR_WORDS
                or low in REGION_CODES):
            return ""
        f = fold(w)
        if f in lex.place and len(words) == 1:
            return ""
        part = fold(w.split("-", 1)[0])
        known = known or f in lex.first or f in lex.last or part in lex.first or part in lex.last
    if known:
        return _CAPS_KNOWN
    w = words[0].lower()
    if len(words) == 1 and len(w) >= 5 and w.isalpha() and PRONOUNCEABLE.fullmatch(fold(w)) is not None:
        return _CAPS_SHAPED
    return ""


__all__ = ["ROW_SCORE", "RowCells", "find_row_names", "find_rows"]
