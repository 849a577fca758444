"""Korean given names romanised with a hyphen between their two syllables: ``Seo-yeon``, ``Ji-hoon``.

A Korean given name is two syllables, and the most common way to write it in Latin letters puts a
hyphen between them. Alone (``Hi Seo-yeon,``, ``fn=Ji-woo``) no gazetteer knows it as a whole and
the model reads an unknown hyphenated word. But the syllables of romanised Korean are a closed
set (an initial consonant, a vowel, a final consonant: Revised Romanisation plus the spellings
names keep, ``hyun``, ``woo``, ``soo``, ``young``), and two of them joined by a hyphen, in Title
Case, are a name far more often than anything else. English hyphenated words that fit the
syllables (``Pop-up``, ``Set-up``, ``Re-run``) are words on both sides or start with a prefix.
"""

from __future__ import annotations

import re
from typing import Final

from ..._entities import NAME
from ..._finding import Finding
from ._features import is_any_word
from ._lexicon import load_lexicon

#: Score of a hyphenated Korean given name (its shape alone: below a keyed name's).
KOREAN_SCORE: Final = 0.86

_INITIAL: Final = "(?:kk|tt|pp|ss|jj|ch|g|k|n|d|t|r|l|m|b|p|s|j|h)?"
_VOWEL: Final = "(?:yae|yeo|you|wae|woo|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|a|e|o|u|i)"
_FINAL: Final = "(?:ng|k|n|t|l|m|p)?"
_SYLLABLE: Final = re.compile(_INITIAL + _VOWEL + _FINAL)
# Title-case syllable, hyphen, syllable (lower or Title case); nothing of an identifier, a path or a
# host name glued on either side (a possessive may follow: "Ji-hoon's iPhone")
_HYPHENATED: Final = re.compile(
    r"[A-Z](?<![\w\-./@%\\][A-Z])([a-z]{1,5})-([A-Za-z][a-z]{0,5})(?![\w@]|[-.][A-Za-z0-9])"
)
_PREFIXES: Final = frozenset("re de un in non sub pre pro bi co".split())


def find_korean_given_names(text: str) -> list[Finding]:
    """NAME findings for hyphenated Korean given names in ``text``."""
    out: list[Finding] = []
    lex = None
    for m in _HYPHENATED.finditer(text):
        first = m.group()[0].lower() + m.group(1)
        second = m.group(2).lower()
        if not (_SYLLABLE.fullmatch(first) and _SYLLABLE.fullmatch(second)):
            continue
        lex = lex or load_lexicon()
        if first in _PREFIXES or is_any_word(first + second, lex) or (is_any_word(first, lex)
                                                                     and is_any_word(second, lex)):
            continue  # Re-run, Pop-up, Set-up
        out.append(Finding(m.start(), m.end(), NAME, KOREAN_SCORE, "builtin"))
    return out


__all__ = ["KOREAN_SCORE", "find_korean_given_names"]
