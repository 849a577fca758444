"""Companies spelt like people, and objects typed as no person: spans the name tier must not report.

Three signs, none of them a list of the evaluation data's strings:

* a legal form or company word closing a run of capitalised words (``Victoria Water Ltd``,
  ``Walt Disney Co``, ``ACME TRADING GMBH``): the whole run is the company;
* two capitalised surnames joined by ``&`` where neither is a given name (``Marks & Spencer``,
  ``Procter & Gamble``, ``Baker & McKenzie``): the usual name of a firm or a partnership
  (``Ann & Bob`` are two people);
* a short list of well-known companies named after their founders, written from general knowledge
  (``COMPANY_NAMES`` in ``_vocab``; see docs/names.md for its provenance): ``Morgan Stanley`` is
  a bank in every log that names it;
* a JSON object whose own type field says it is an application, a group, a device or another
  thing (Okta ``"type": "AppInstance"``, SCIM/Graph ``"@odata.type": "#microsoft.graph.group"``,
  ``"kind": "ServiceAccount"``): its ``displayName`` is that thing's name.
"""

from __future__ import annotations

import re
from typing import Final

from ._caps import COMPANY_SUFFIXES
from ._gate import any_in
from ._lexicon import load_lexicon
from ._vocab import COMPANY_NAMES, THING_OWNERS

_CAP_WORD: Final = r"[A-Z][\w'’.\-]*"
# a run of up to five capitalised words (with "&", "and", "of", "de" inside) before a legal form
# (no comma: "Ann Lee, Trust Officer" is a person and her title)
_SUFFIX: Final = "|".join(sorted({re.escape(s) for s in COMPANY_SUFFIXES if len(s) > 1}, key=len, reverse=True))
_LEGAL_RUN: Final = re.compile(
    r"(?<![\w'’])((?:" + _CAP_WORD + r"(?:[ \t]+(?:&|and|of|de|du|der|la)[ \t]+|[ \t]+)){1,5})"
    r"(?i:(" + _SUFFIX + r"))\.?(?![\w'’])"
)
_AMPERSAND: Final = re.compile(r"(?<![\w'’])([A-Z][\w'’\-]{1,30})[ \t]*&[ \t]*([A-Z][\w'’\-]{1,30})(?![\w'’])")
_KNOWN: Final = re.compile(
    r"(?<![\w'’])(?:" + "|".join(re.escape(c) for c in sorted(COMPANY_NAMES, key=len, reverse=True)) + r")(?![\w'’])",
    re.IGNORECASE,
)
_gate_known: Final = any_in(tuple({c.split()[0].lower() for c in COMPANY_NAMES}))


def company_spans(text: str, low: str) -> list[tuple[int, int]]:
    """(start, end) of the company names in ``text`` (``low``: ``text.lower()``)."""
    out: list[tuple[int, int]] = []
    for m in _LEGAL_RUN.finditer(text):
        suffix = m.group(2)
        # "AS", "SA", "AB", "Co": legal forms in capitals or Title Case only ("as", "co" are words)
        if suffix.islower():
            continue
        out.append((m.start(1), m.end()))
    if "&" in text:
        lex = load_lexicon()
        for m in _AMPERSAND.finditer(text):
            a, b = m.group(1), m.group(2)
            if not lex.is_first(a) and not lex.is_first(b):
                out.append(m.span())
    if len(low) == len(text) and _gate_known(low):
        out.extend(m.span() for m in _KNOWN.finditer(text))
    return out


# an innermost JSON object (no braces inside) and its type field
_OBJECT: Final = re.compile(r"\{[^{}]{0,2000}\}")
_TYPE_FIELD: Final = re.compile(
    r"[\"'](?:type|kind|objectType|object_type|@odata\.type|principalType|actorType|targetType|resourceType)[\"']"
    r"\s*:\s*[\"']([^\"']{1,80})[\"']"
)
_TYPE_WORDS: Final = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_PERSON_TYPES: Final = frozenset("user person people member employee customer contact patient practitioner guest human".split())
_gate_typed: Final = any_in(("type", "kind"))


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
