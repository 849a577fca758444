"""Names in the columns of a table whose header line names a person: ``id,surname,given,qty``.

An export, a report or a bound-parameter dump logged as one record often starts with its header.
Then the header says what each column holds, and that beats anything the cell's own shape says:
``YUSUPOVA`` under ``SURNAME`` is a surname whatever the gazetteers know, and ``j.liu`` under
``updated_by`` is a person's login. Each row is read by the header's delimiter, with double
quotes respected (``"Chen, Jun"`` is one cell), and only while the rows keep the header's number
of cells. The decision is structural (which key the column has) plus the shape of the value
(letters, no number, no placeholder, no service account); no literal from a corpus.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from ..._entities import NAME, USERNAME
from ..._finding import Finding
from ._features import is_word, split_key
from ._lexicon import load_lexicon
from ._shaped import ROLE_KEYS, login_ok
from ._vocab import (
    FOREIGN_NAME_PART_KEYS,
    NON_PERSON_KEYS,
    PARTICLES,
    PERSON_KEY_PARTS,
    PERSON_KEYS,
    SERVICE_ACCOUNTS,
    STATUS_WORDS,
)

#: Score of a cell under a person column: the header decides, as a key does.
HEADED_SCORE: Final = 0.9
_DELIMITERS: Final = (",", "\t", "|", ";")
_MIN_COLUMNS: Final = 3
# (a header is short; a longer text is read up to here, so the cost stays bounded)
_MAX_TEXT: Final = 65536
_HEADER_CELL: Final = re.compile(r"[A-Za-z\u00c0-\u024f][\w .#/()\-]{0,40}")
# a cell's value: letters first, at most five words (a name, a login, "Last, First")
_VALUE: Final = re.compile(r"[^\W\d_][\w.'’\-]*(?:,? [^\W\d_][\w.'’\-]*){0,4}")
_PLACEHOLDERS: Final = frozenset("na n/a none null nil unknown redacted tbd tba blank empty missing anonymous".split())
# keys of a name's parts: their cells are names whatever else the header holds
_NAME_PART_SUFFIXES: Final = frozenset("first last given family surname forename middle maiden".split())
# keys whose cells are a person only in a table of people (``name`` is a product's as often)
_WEAK: Final = frozenset({"name", "names", "display", "contact", "person", "to", "from", "cc", "bcc"})
# columns that make a table one of people: a weak ``name`` column there is a person's
_PERSON_DATA: Final = frozenset(
    "email mail phone mobile tel telephone dob birthdate birthday ssn address msisdn gender sex".split()
)
_ROLE_SUFFIXES: Final = ("by", "to")


class _Column(NamedTuple):
    """A person column of a header: its index, what its cells are (NAME, or USERNAME for a role), and
    whether its key names a part of a name (``surname``: firm) or only a person (``customer_name``:
    a business as often, so its cells must read as a person's)."""

    column: int
    entity: str
    part: bool


def find_headed_names(text: str) -> list[Finding]:
    """NAME (and USERNAME for role columns) findings in the rows under a header that names a person."""
    if "\n" not in text or max(text.count(d) for d in _DELIMITERS) < 2 * (_MIN_COLUMNS - 1):
        return []  # (a header and one row of three cells hold four delimiters)
    text = text[:_MAX_TEXT]
    lines = text.split("\n")
    starts: list[int] = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    out: list[Finding] = []
    i = 0
    while i < len(lines) - 1:
        header = _header(lines[i])
        if header is None:
            i += 1
            continue
        delim, width, columns = header
        j = i + 1
        while j < len(lines):
            cells = _cells(lines[j], delim)
            if len(cells) != width:
                break
            row: list[Finding] = []
            for col in columns:
                s, e = cells[col.column]
                entity = _cell_entity(lines[j][s:e], col)
                if entity is not None:
                    row.append(Finding(starts[j] + s, starts[j] + e, entity, HEADED_SCORE, "builtin"))
            if row and _all_words(lines[j], [cells[c.column] for c in columns if c.entity == NAME]):
                row = [f for f in row if f.entity != NAME]  # HOUSE,HOLD: a row of words is a placeholder's
            out.extend(row)
            j += 1
        i = j
    return out


def _header(line: str) -> tuple[str, int, list[_Column]] | None:
    """(delimiter, number of cells, person columns) when ``line`` is a header naming a person."""
    for d in _DELIMITERS:
        if line.count(d) < _MIN_COLUMNS - 1:
            continue
        cells = _cells(line, d)
        keys = [line[s:e] for s, e in cells]
        if any(_HEADER_CELL.fullmatch(k) is None for k in keys if k) or sum(1 for k in keys if k) < _MIN_COLUMNS:
            continue
        parts = [split_key(k.replace(" ", "_")) for k in keys]
        norms = ["".join(p) for p in parts]
        people = any(n in _PERSON_DATA or (p and p[-1] in _PERSON_DATA) for n, p in zip(norms, parts))
        columns: list[_Column] = []
        for k, (p, norm) in enumerate(zip(parts, norms)):
            entity = _column_entity(p, norm, people)
            if entity is not None:
                part = norm in PERSON_KEY_PARTS or norm in FOREIGN_NAME_PART_KEYS or p[-1] in _NAME_PART_SUFFIXES
                columns.append(_Column(k, entity, part and entity == NAME))
        strong = any(_column_entity(p, n, False) is not None for p, n in zip(parts, norms))
        if columns and (strong or people):
            return d, len(cells), columns
        return None  # the first delimiter that makes a header decides
    return None


def _column_entity(parts: list[str], norm: str, people: bool) -> str | None:
    """What a column keyed ``parts`` holds: NAME, USERNAME (a role's login or name) or None."""
    if not parts or norm in NON_PERSON_KEYS or parts[-1] in ("id", "ids", "count", "host", "url", "code", "type"):
        return None
    if norm in PERSON_KEY_PARTS or norm in FOREIGN_NAME_PART_KEYS or parts[-1] in _NAME_PART_SUFFIXES:
        if len(parts) >= 2 and parts[-1] in ("family", "given") and parts[-2] not in ("customer", "patient", "legal"):
            return None  # font_family, product_family: a kind, no surname
        return NAME
    if norm in _WEAK or parts[-1] in _WEAK:
        return NAME if people and (norm in ("name", "names") or parts[-1] == "name") else None
    if parts[-1] == "name" and len(parts) >= 2 and parts[-2] in PERSON_KEYS:
        return NAME  # customer_name, agent name
    if parts[-1] == "name":
        return None  # product_name, file_name: a thing's
    if norm in ROLE_KEYS or parts[-1] in ROLE_KEYS or (len(parts) >= 2 and parts[-1] in _ROLE_SUFFIXES):
        return USERNAME  # agent, updated_by, assigned_to: a person in a role, by login or by name
    return None


def _cells(line: str, delim: str) -> list[tuple[int, int]]:
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


def _cell_entity(value: str, col: _Column) -> str | None:
    """What the cell ``value`` of column ``col`` is, or None: a number, a placeholder, a service
    account, an address, a status word; ordinary words no gazetteer knows as a name (a totals row,
    a test record, a label row: ``ZZTEST, PATIENT``, ``Recipient Last Name``). Under a key that only
    names a person (``customer_name``) a business is as likely: a word of it must be a known name
    and none an ordinary word (``Johnson Controls``). In a role's column a login only in a person's
    shape (``j.liu``, not ``acs-sync`` or ``kiosk01``), and a whole name there is a NAME."""
    if not 2 <= len(value) <= 60 or _VALUE.fullmatch(value) is None or "@" in value:
        return None
    low = value.lower()
    if low in _PLACEHOLDERS or low in STATUS_WORDS or low in SERVICE_ACCOUNTS or low.rstrip("0123456789") in SERVICE_ACCOUNTS:
        return None
    lex = load_lexicon()
    words = [w for w in _WORDS.findall(value) if w.lower() not in PARTICLES]
    if not words:
        return None
    if any(is_word(w.lower()) and not lex.is_name(w) for w in words):
        return None  # ZZTEST, PATIENT; Recipient Last Name: an ordinary word no name list holds
    if col.part:
        return NAME
    if col.entity == NAME or " " in value or "," in value:
        if any(is_word(w.lower()) and not lex.is_first(w) for w in words) or not any(lex.is_name(w) for w in words):
            return None  # Johnson Controls, Turner Construction, Cisco: a business under customer_name
        return NAME if value != low else None  # "Chen, Jun" under updated_by: the person's name
    if value[:1].isupper() and not value.isupper():
        return None  # one Title Case word in a role's cell is a company or a team (Hochtief)
    return USERNAME if login_ok(low, lex) else None


_WORDS: Final = re.compile(r"[^\W\d_]+")


def _all_words(line: str, cells: list[tuple[int, int]]) -> bool:
    """Two or more of the name cells hold something, and all of it is ordinary words."""
    values = [line[s:e] for s, e in cells if e > s]
    return len(values) >= 2 and all(is_word(w.lower()) for v in values for w in _WORDS.findall(v))


__all__ = ["HEADED_SCORE", "find_headed_names"]
