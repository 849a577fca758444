"""Account names found by their shape alone, where no key or phrase says "account".

Logs of formats nobody wrote a rule for still print logins: a MySQL slow-log header
(``# User@Host: ann.lee[ann.lee]``), a proxy's captured header (``{jdoe|10.0.0.4}``), a TSV
column, a bracketed actor. The context rules of ``_accounts`` cannot know those formats, so
this pass trusts a shape that is personal on its own, backed by the gazetteers:

* ``first.last`` / ``last_first`` (both parts known names, neither an ordinary word) and
  ``f.last`` (an initial, a dot, a known surname of four letters or more), anywhere a word
  starts;
* one glued token (``annalee``, ``alee``, ``annal``, trailing digits allowed) only in a *field*
  position — after a delimiter (``[{(|,<=:`` or a tab, a quote) or a ``key:`` — and only
  when it is no word of either dictionary, no name or place by itself, and splits into a known
  first name + surname, an initial + a surname or a first name + an initial (the name
  of five letters or more). In running prose a
  glued token is far more often a foreign word (``gracias``) than a login.

Under a key that names a person's role (``driver=``, ``"return_agent":``, ``reviewer=``) the value
is a person already, so a weaker shape is enough: one known name part (``haeun.choi``, ``ewan36``,
``ingrid``) or a name and an initial (``poojak``).

What is never taken: the value of a key that never holds a person (``"service":"clippy"``), a
token inside a path, a host name or an address (a ``.``, ``/``, ``@``
or ``-`` joins it to more), upper or mixed case (``_accounts`` decides those in context).
"""

from __future__ import annotations

import re
from typing import Final

from ._features import is_word, split_key
from ._lexicon import Lexicon, fold
from ._vocab import NEVER_NAMES, NON_PERSON_KEYS, PERSON_KEYS, SERVICE_ACCOUNTS

# first part, optional "." or "_", second part, optional digits; not inside a longer identifier,
# path, address or host name (nothing of those glued on either side)
_TOKEN: Final = re.compile(
    r"(?<![A-Za-z0-9._%+\-@/\\$&#])([a-z]{1,20})([._]?)([a-z]{2,20})(\d{0,3})"
    r"(?![A-Za-z0-9_@$]|[.\-/:][A-Za-z0-9])"
)
# what may stand right before a glued token for it to be a field value
_FIELD_OPEN: Final = frozenset("[{(|,<=:\t\"'")
# the key a value belongs to, read backwards from the value: "service":"…", host=…, app: …
_KEY_BEFORE: Final = re.compile(r"([A-Za-z_][A-Za-z0-9_.\-]{0,40})[\"']?[ \t]*[:=][ \t]*[\"']?$")


def shaped_accounts(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Spans of the lower-case tokens of ``text`` that are shaped like a person's login."""
    out: list[tuple[int, int]] = []
    for m in _TOKEN.finditer(text):
        first, sep, second, digits = m.groups()
        kind = _key_kind(text, m.start())
        if kind == _THING:
            continue
        if sep:
            personal = _two_part(first, second, lex)
        else:
            personal = _in_field(text, m.start()) and _glued(first + second, lex)
        if not personal and kind == _ROLE:
            personal = _role_login(first + sep + second, bool(digits), lex)
        if personal:
            out.append((m.start(), m.end()))
    return out


_THING: Final = "thing"
_ROLE: Final = "role"
# person keys that name a role (driver=, "return_agent":, reviewer=): their value is a person, so a
# login there may take a weaker shape; not the address keys (to, from, cc: mailboxes, queues, numbers)
# nor the keys of a name's parts (the name detector's business)
_NOT_ROLES: Final = frozenset("to from cc bcc attn primary secondary oncall name names contact person".split())
ROLE_KEYS: Final = frozenset(
    k for k in PERSON_KEYS if k.isascii() and not k.endswith("name") and k not in _NOT_ROLES and len(k) > 3
) - frozenset("mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday".split())


def _key_kind(text: str, start: int) -> str:
    """``_THING``: the value's key never holds a person (``service``, ``host``, ``app``, ``…_id``);
    ``_ROLE``: it names a person's role (``driver``, ``return_agent``); "" otherwise or no key."""
    m = _KEY_BEFORE.search(text, max(0, start - 48), start)
    if m is None:
        return ""
    parts = split_key(m.group(1).rsplit(".", 1)[-1])
    if not parts:
        return ""
    norm = "".join(parts)
    if norm in NON_PERSON_KEYS or parts[-1] in ("id", "ids", "host", "url"):
        return _THING
    if norm in ROLE_KEYS or parts[-1] in ROLE_KEYS:
        return _ROLE
    return ""


def _role_login(value: str, digits: bool, lex: Lexicon) -> bool:
    """A login under a role key: one known name part is enough (``haeun.choi``, ``ewan36``,
    ``ingrid``), and a name and an initial (``poojak``, ``mehtar``), with no word among them."""
    parts = [p for p in re.split(r"[._]", value) if p]
    if len(parts) == 2:
        return all(_usable(p, lex) for p in parts) and any(
            len(p) >= 3 and (fold(p) in lex.first or fold(p) in lex.last) for p in parts
        )
    w = value
    if len(w) < 3 or not _usable(w, lex) or fold(w) in lex.place:
        return False
    f = fold(w)
    if (f in lex.first or f in lex.last) and (digits or len(w) >= 4):
        return True
    if len(w) >= 5 and (w[:-1] in lex.first or w[:-1] in lex.last) and _usable(w[:-1], lex):
        return True  # firstl, lastf
    return len(w) >= 5 and w[1:] in lex.last and _usable(w[1:], lex)  # flast


def _in_field(text: str, start: int) -> bool:
    """A delimiter, or a ``key:``/``key=`` and one blank, right before ``start`` (or the line's start)."""
    if start == 0:
        return True
    before = text[start - 1]
    if before in _FIELD_OPEN:
        return True
    return before == " " and start >= 2 and text[start - 2] in ":="


def _usable(part: str, lex: Lexicon) -> bool:
    """No ordinary word (either list), log word or service word: ``mark.price`` stays text."""
    return not (is_word(part) or part in NEVER_NAMES or part in SERVICE_ACCOUNTS or fold(part) in lex.dictionary)


def _two_part(first: str, second: str, lex: Lexicon) -> bool:
    if len(first) == 1:
        return len(second) >= 4 and fold(second) in lex.last and _usable(second, lex)
    if not (_usable(first, lex) and _usable(second, lex)):
        return False
    a, b = fold(first), fold(second)
    return (a in lex.first and b in lex.last) or (a in lex.last and b in lex.first)


def _glued(word: str, lex: Lexicon) -> bool:
    if len(word) < 6 or not _usable(word, lex):
        return False
    f = fold(word)
    if f in lex.first or f in lex.last or f in lex.place:
        return False  # one name alone says nothing of an account; a place is a place
    # flast and firstl; not lastf, which brand names split into far more often (a surname and a
    # letter: "contos"+"o", "metabas"+"e") than logins are written so
    flast, firstl = word[1:], word[:-1]
    if len(flast) >= 5 and flast in lex.last and _usable(flast, lex):
        return True
    if len(firstl) >= 5 and firstl in lex.first and _usable(firstl, lex):
        return True
    for i in range(4, len(word) - 3):  # firstlast: four letters a half at least
        given, family = word[:i], word[i:]
        if given in lex.first and family in lex.last and _usable(given, lex) and _usable(family, lex):
            return True
    return False
