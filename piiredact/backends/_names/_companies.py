"""Companies spelt like people, and objects typed as no person: spans the name tier must not report.

Signs, none of them a list of the evaluation data's strings:

* a legal form or company word closing a run of capitalised words (``Victoria Water Ltd``,
  ``Walt Disney Co``, ``ACME TRADING GMBH``): the whole run is the company;
* the words of a trade in or right after a name (``Okafor Telecom``, ``Ally Financial``,
  ``NKOSI CATERING``): a business named after its owner;
* two capitalised surnames joined by ``&`` where neither is a given name (``Marks & Spencer``,
  ``Procter & Gamble``, ``Baker & McKenzie``): the usual name of a firm or a partnership
  (``Ann & Bob`` are two people);
* a short list of well-known companies named after their founders, written from general knowledge
  (``COMPANY_NAMES`` in ``_vocab``; see docs/names.md for its provenance): ``Morgan Stanley`` is
  a bank in every log that names it;
* a JSON object whose own type field says it is an application, a group, a device or another
  thing (Okta ``"type": "AppInstance"``, SCIM/Graph ``"@odata.type": "#microsoft.graph.group"``,
  ``"kind": "ServiceAccount"``, Stripe ``"object": "product"``): its ``displayName`` is that thing's name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from ..._entities import NAME
from ..._finding import Finding
from ._caps import COMPANY_SUFFIXES
from ._gate import any_in
from ._lexicon import load_lexicon
from ._vocab import COMPANY_NAMES, THING_OWNERS

_CAP_WORD: Final = r"[A-Z][\w'’.\-]*"
# after a name, up to four more capitalised words (with "&", "and", "of", "de" between) and then a
# legal form: the name is part of a company's (no comma: "Ann Lee, Trust Officer" is a person and
# her title), one space between the words (a wider gap is a column break). Anchored at the end of
# the name, so one attempt per name.
_SUFFIX: Final = "|".join(sorted({re.escape(s) for s in COMPANY_SUFFIXES if len(s) > 1}, key=len, reverse=True))
_LEGAL_AFTER: Final = re.compile(
    r"(?:(?: (?:&|and|of|de|du|der|la))? " + _CAP_WORD + r"){0,4}? (?i:(" + _SUFFIX + r"))\.?(?![\w'’])"
)
# an institution, a facility or a prize named after a person: the name and then one of these words
# (Title Case, one space; up to two more capitalised words between: "Ada Lovelace Research Lab").
# General English vocabulary; a word that is also a name the gazetteers know (Hall, Park, Branch,
# Wing) is skipped when the text is read, since "Ji-woo Park" is a person.
_INSTITUTION_WORDS: Final = (
    "Lab", "Labs", "Laboratory", "Room", "Courtroom", "School", "Academy", "College", "University", "Institute",
    "Foundation", "Initiative", "Center", "Centre", "Building", "Library", "Hospital", "Clinic", "Hangar",
    "Terminal", "Airport", "Station", "Memorial", "Stadium", "Arena", "Museum", "Theater", "Theatre",
    "Auditorium", "Campus", "Plaza", "Avenue", "Boulevard", "Highway", "Elementary", "Prize", "Award",
    "Scholarship", "Fellowship", "Lecture", "Observatory", "Pavilion", "Gymnasium", "Cathedral", "Chapel",
)
_INSTITUTION_AFTER: Final = re.compile(
    r"(?: [A-Z][a-z]+){0,2}? (" + "|".join(_INSTITUTION_WORDS) + r")(?![\w'’\-])"
)
# a business named after its owner: the name and then the words of its trade ("Okafor Telecom",
# "Ally Financial", "Murphy Brewing Co.", "MARTINEZ PLUMBING & HEATING"). General English vocabulary
# of firms' names, written from general knowledge (no corpus); as with the institutions, a word the
# gazetteers know as a name (Power, Steel, Marine, Water) is skipped when the text is read.
_TRADE_WORDS: Final = frozenset(
    """financial finance insurance assurance telecom telecoms communications electric electrical electronics
    energy motors automotive construction constructions construcciones construtora builders plumbing heating
    roofing brewing brewery distillery winery vineyards foods farms meats dairy produce studios productions
    publishing publishers pharmacy pharma pharmaceuticals software systems solutions technologies technology
    services engineering contractors contracting transport transportation trucking freight shipping airlines
    airways aviation realty properties estates developments investments management advisors advisory
    accountants accounting esports gaming entertainment apparel textiles furniture hardware supplies mining
    chemicals plastics printing packaging cleaning catering hotels imports exports trading wholesale retail
    manufacturing dental healthcare landscaping interiors architects consultants agency realtors mortgage
    bancorp securities robotics aerospace utilities recycling rentals leasing""".split()
)
# up to three capitalised words (Title Case or capitals) right after a name
_WORDS_AFTER: Final = re.compile(r"(?: (?:[A-Z][a-z]+|[A-Z]{2,})(?![\w'’\-])){1,3}")


def _trade_word(word: str) -> bool:
    """``word`` names a trade (Telecom, PLUMBING) and no gazetteer knows it as a name."""
    return word.lower() in _TRADE_WORDS and not load_lexicon().classes(word)


def _trade_end(text: str, start: int, stop: int) -> int | None:
    """Where the last trade word among the capitalised words right after ``start`` ends, or None."""
    m = _WORDS_AFTER.match(text, start, stop)
    if m is None:
        return None
    end = None
    pos = start
    for w in m.group().split(" ")[1:]:
        pos += 1 + len(w)
        if _trade_word(w):
            end = pos
    return end


_AMPERSAND: Final = re.compile(r"(?<![\w'’])([A-Z][\w'’\-]{1,30})[ \t]*&[ \t]*([A-Z][\w'’\-]{1,30})(?![\w'’])")


def _by_head() -> dict[str, tuple[str, ...]]:
    """The well-known names by their first word (lower case), longest first."""
    out: dict[str, tuple[str, ...]] = {}
    for name in sorted(COMPANY_NAMES, key=len, reverse=True):
        head = name.split()[0].lower()
        out[head] = (*out.get(head, ()), name.lower())
    return out


# a name finding is looked up by its first word and the word before it
_KNOWN_BY_HEAD: Final = _by_head()
# punctuation around a word of the text that is no part of a company's name ("Morgan, (Siemens)")
_EDGE: Final = "\"'()[]{}<>,;:|"
# how far around a name finding a company's other words may be
_REACH: Final = 80


def company_spans(text: str, names: Sequence[Finding]) -> list[tuple[int, int]]:
    """(start, end) of the company names around the ``names`` found in ``text``, each looked for in
    a short window around a finding (the whole text would cost every line with a name)."""
    out: list[tuple[int, int]] = []
    low: str | None = None
    amp = "&" in text
    n_text = len(text)
    for n in names:
        if n.entity != NAME:
            continue  # an account is no company's name
        if n.end + 1 < n_text and text[n.end] == " " and text[n.end + 1].isupper():
            m = _LEGAL_AFTER.match(text, n.end, min(n_text, n.end + _REACH))
            # "AS", "SA", "AB", "Co": legal forms in capitals or Title Case only ("as", "co" are words)
            if m is not None and not m.group(1).islower():
                out.append((n.start, m.end()))
            m = _INSTITUTION_AFTER.match(text, n.end, min(n_text, n.end + _REACH))
            if m is not None and not load_lexicon().classes(m.group(1)):
                out.append((n.start, m.end()))
            trade = _trade_end(text, n.end, min(n_text, n.end + _REACH))
            if trade is not None:
                out.append((n.start, trade))
        if " " in text[n.start : n.end] and any(_trade_word(w) for w in text[n.start : n.end].split()[1:]):
            out.append((n.start, n.end))  # the finding holds its trade: "Ally Financial", "OKAFOR TELECOM"
        if amp:
            lo, hi = max(0, n.start - _REACH), min(n_text, n.end + _REACH)
            if "&" in text[lo:hi]:
                lex = load_lexicon()
                for m in _AMPERSAND.finditer(text, lo, hi):
                    if not lex.is_first(m.group(1)) and not lex.is_first(m.group(2)):
                        out.append(m.span())
        # a well-known company holding the name starts at the name's first word or at the word
        # before it (one starting later cannot hold the whole name)
        before = n.start
        if n.start > 1 and text[n.start - 1] == " ":
            before = text.rfind(" ", max(0, n.start - 40), n.start - 1) + 1 or max(0, n.start - 40)
        first_end = text.find(" ", n.start, n.end)
        pos = before
        for w in text[before : first_end if first_end > 0 else n.end].split():
            at = text.find(w, pos)
            pos = at + len(w)
            heads = _KNOWN_BY_HEAD.get(w.lower().strip(_EDGE))
            if not heads:
                continue
            at += len(w) - len(w.lstrip(_EDGE))
            low = text.lower() if low is None else low
            for company in heads:
                e = at + len(company)
                if len(low) == n_text and low.startswith(company, at) and (
                    e == n_text or not (text[e].isalnum() or text[e] in "'’")
                ):
                    out.append((at, e))
    return out


# an innermost JSON object (no braces inside) and its type field
_OBJECT: Final = re.compile(r"\{[^{}]{0,2000}\}")
_TYPE_FIELD: Final = re.compile(
    r"[\"'](?:type|kind|object|objectType|object_type|@odata\.type|principalType|actorType|targetType|resourceType)[\"']"
    r"\s*:\s*[\"']([^\"']{1,80})[\"']"
)
_TYPE_WORDS: Final = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_PERSON_TYPES: Final = frozenset("user person people member employee customer contact patient practitioner guest human".split())
_gate_typed: Final = any_in(("type", "kind", "object"))


def typed_objects(text: str, low: str) -> list[tuple[int, int]]:
    """(start, end) of the JSON objects whose type field names a thing, not a person."""
    if "{" not in text or not _gate_typed(low):
        return []
    out: list[tuple[int, int]] = []
    for m in _OBJECT.finditer(text):
        t = _TYPE_FIELD.search(m.group())
        if t is None:
            continue
        words = [w.lower() for w in _TYPE_WORDS.findall(t.group(1))]
        if any(w in _PERSON_TYPES for w in words):
            continue  # "type": "User", "ServiceUser"? a person type anywhere keeps the object's names
        if any(w in THING_OWNERS for w in words):
            out.append(m.span())
    return out
