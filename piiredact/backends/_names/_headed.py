"""Names in the columns of a table whose keys name a person: ``id,surname,given,qty``, or the column
list of ``INSERT INTO t (first_name, last_name) VALUES (…)``.

An export, a report or a bound-parameter dump logged as one record often carries its schema (read by
``backends/_tables.py``). Then the key says what each column holds, and that beats anything the cell's
own shape says: ``YUSUPOVA`` under ``SURNAME`` is a surname whatever the gazetteers know, and ``j.liu``
under ``updated_by`` is a person's login. The decision is structural (which key the column has) plus
the shape of the value (letters, no number, no placeholder, no service account); no literal from a
corpus.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from ..._entities import NAME, USERNAME
from ..._finding import Finding
from .._tables import find_tables
from ._caps import is_legal_form
from ._features import is_word, split_key
from ._lexicon import load_lexicon
from ._shaped import ROLE_KEYS, login_ok
from ._vocab import (
    FOREIGN_NAME_PART_KEYS,
    NAME_PART_SUFFIXES,
    NON_PERSON_KEYS,
    PARTICLES,
    PERSON_KEY_PARTS,
    PERSON_KEYS,
    PERSON_ROLES,
    SERVICE_ACCOUNTS,
    STATUS_WORDS,
)

#: Score of a cell under a person column: the header decides, as a key does.
HEADED_SCORE: Final = 0.9
# a cell's value: letters first, at most five words (a name, a login, "Last, First")
_VALUE: Final = re.compile(r"[^\W\d_][\w.'’\-]*(?:,? [^\W\d_][\w.'’\-]*){0,4}")
_PLACEHOLDERS: Final = frozenset("na n/a none null nil unknown redacted tbd tba blank empty missing anonymous".split())
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
    """NAME (and USERNAME for role columns) findings in the rows of a table whose keys name a person
    (a header line, or the column list of a SQL insert: ``_tables.find_tables``)."""
    out: list[Finding] = []
    for table in find_tables(text):
        columns = _person_columns(table.keys)
        if not columns:
            continue
        for row in table.rows:
            found: list[Finding] = []
            for col in columns:
                s, e = row[col.column]
                entity = _cell_entity(text[s:e], col)
                if entity is not None:
                    found.append(Finding(s, e, entity, HEADED_SCORE, "builtin"))
            if found and _all_words(text, [row[c.column] for c in columns if c.entity == NAME]):
                found = [f for f in found if f.entity != NAME]  # HOUSE,HOLD: a row of words is a placeholder's
            out.extend(found)
    return out


def _person_columns(keys: list[str]) -> list[_Column]:
    """The person columns of a table keyed ``keys``: a name part's key, or a person's key in a table that
    holds people (an e-mail or phone column says so)."""
    parts = [split_key(k.replace(" ", "_")) for k in keys]
    norms = ["".join(p) for p in parts]
    people = any(n in _PERSON_DATA or (p and p[-1] in _PERSON_DATA) for n, p in zip(norms, parts))
    columns: list[_Column] = []
    for k, (p, norm) in enumerate(zip(parts, norms)):
        entity = _column_entity(p, norm, people)
        if entity is not None:
            part = _name_part_key(p, norm) or norm in _AUDIENCE_PARTS
            columns.append(_Column(k, entity, part and entity == NAME))
    strong = any(_column_entity(p, n, False) is not None for p, n in zip(parts, norms))
    return columns if columns and (strong or people) else []


def _column_entity(parts: list[str], norm: str, people: bool) -> str | None:
    """What a column keyed ``parts`` holds: NAME, USERNAME (a role's login or name) or None."""
    if not parts or norm in NON_PERSON_KEYS or parts[-1] in ("id", "ids", "count", "host", "url", "code", "type"):
        return None
    if _name_part_key(parts, norm):
        if len(parts) >= 2 and parts[-1] in ("family", "given") and parts[-2] not in PERSON_ROLES:
            return None  # font_family, product_family: a kind, no surname
        return NAME
    if norm in _AUDIENCE_PARTS and people:
        return NAME  # email,phone,fn,ln: an audience export's first and last name
    if norm in _WEAK or parts[-1] in _WEAK:
        return NAME if people and (norm in ("name", "names") or parts[-1] == "name") else None
    if parts[-1] == "name" and len(parts) >= 2 and parts[-2] in PERSON_KEYS:
        return NAME  # customer_name, agent name
    if parts[-1] == "name":
        return None  # product_name, file_name: a thing's
    if norm in ROLE_KEYS or parts[-1] in ROLE_KEYS or (len(parts) >= 2 and parts[-1] in _ROLE_SUFFIXES):
        return USERNAME  # agent, updated_by, assigned_to: a person in a role, by login or by name
    return None


def _name_part_key(parts: list[str], norm: str) -> bool:
    """The key names a part of a name (``surname``, ``first_name``, ``NACHN``, ``legal_last``)."""
    return norm in PERSON_KEY_PARTS or norm in FOREIGN_NAME_PART_KEYS or parts[-1] in NAME_PART_SUFFIXES


# an audience export's short name-part keys (email,phone,fn,ln): name parts only in a table of people
_AUDIENCE_PARTS: Final = frozenset({"fn", "ln", "mn"})


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
    if " " in value and is_legal_form(value.split()[-1]):
        return None  # Dubois Conseil SARL, Murphy Brewing Co.: a business in a person's column
    if col.entity == NAME or " " in value or "," in value:
        if any(is_word(w.lower()) and not lex.is_first(w) for w in words) or not any(lex.is_name(w) for w in words):
            return None  # Johnson Controls, Turner Construction, Cisco: a business under customer_name
        return NAME if value != low else None  # "Chen, Jun" under updated_by: the person's name
    if value[:1].isupper() and not value.isupper():
        return None  # one Title Case word in a role's cell is a company or a team (Hochtief)
    return USERNAME if login_ok(low, lex) else None


_WORDS: Final = re.compile(r"[^\W\d_]+")


def _all_words(text: str, spans: list[tuple[int, int]]) -> bool:
    """Two or more of the name cells hold something, and all of it is ordinary words."""
    values = [text[s:e] for s, e in spans if e > s]
    return len(values) >= 2 and all(is_word(w.lower()) for v in values for w in _WORDS.findall(v))


__all__ = ["HEADED_SCORE", "find_headed_names"]
