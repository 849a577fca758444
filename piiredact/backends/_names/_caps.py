"""Names written in capitals and XML person elements: airline ``SURNAME/GIVEN MR``,
``SMITH, JOHN`` exports, ``JOHN SMITH`` in upper-case records and ``<Nm>..</Nm>``.

The model never sees ALL-CAPS words (levels, states and acronyms fill logs), so these are
decided by shape plus the gazetteers (``_lexicon``): a run of capitalised words is a name
when one of them is a known first name, none is an ordinary word, a log word or a place,
and the run is not a title/acronym soup. Every decision is lexical and structural: no
literal from a corpus.
"""

from __future__ import annotations

import re
from typing import Final

from ..._entities import NAME
from ..._finding import Finding
from ._features import WORDS, split_key
from ._lexicon import Lexicon, fold, load_lexicon
from ._vocab import NEVER_NAMES, NON_PERSON_KEYS, PARTICLES, PERSON_KEY_PARTS, PERSON_KEYS, TITLES

CAPS_SCORE: Final = 0.85
_W: Final = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]*[A-ZÀ-ÖØ-Þ]"
# SURNAME/GIVEN, optionally with a title glued on or after a space (MR, MRS, MSTR ...)
# (an IATA boarding-pass barcode glues "M1" to the surname: allowed before it)
_SLASH: Final = re.compile(rf"(?:(?<![\w/])|(?<=\bM[1-4]))({_W}(?: {_W})?)/({_W}(?: {_W})?)(?![\w/])")
# LAST, FIRST (upper case)
_COMMA: Final = re.compile(rf"(?<![\w])({_W}(?: {_W}){{0,2}}), ({_W}(?: {_W})?)(?![\w])")
# two to four upper-case words in a row (one space, or a fixed-width gap)
_RUN: Final = re.compile(rf"(?<![\w\-.])(?<![A-Za-z]/)({_W}(?:(?: |[ \t]{{2,24}}){_W}){{1,3}})(?![\w\-/])")
_XML: Final = re.compile(r"<([A-Za-z][\w.\-]*:)?([A-Za-z][\w\-]*)(?:\s[^<>]*)?>([^<>\n]{2,80})</\1?\2>")
_TITLE_TAIL: Final = ("MSTR", "MISS", "MRS", "MR", "MS", "DR", "PROF", "CHD", "INF", "REV", "SIR")
_CAPS_GATE: Final = re.compile(r"[A-Z]{2}[A-Z]*[ /,]|</")
# Short upper-case tokens that are codes even when a name list knows them (ISO, IATA, states).
_MIN_LEN: Final = 2
# Street-type words: "12 OAK AVE" is an address, not a person.
_STREET: Final = frozenset("ave avenue st street rd road blvd ln lane dr drive ct court pl place hwy way sq plz".split())


def find_caps_names(text: str, lex: Lexicon | None = None) -> list[Finding]:
    if _CAPS_GATE.search(text) is None:
        return []
    lex = lex if lex is not None else load_lexicon()
    spans: dict[int, int] = {}
    for m in _SLASH.finditer(text):
        sur, given = m.group(1), m.group(2)
        given_clean = _strip_title(given, lex)
        if given_clean and _slash_ok(sur, given_clean, lex):
            spans[m.start(1)] = m.start(2) + len(given_clean)
    for m in _COMMA.finditer(text):
        if _overlap(spans, m.start(), m.end()):
            continue
        last, first = m.group(1), _strip_title(m.group(2), lex)
        if first and _comma_ok(last, first, lex):
            spans[m.start(1)] = m.start(2) + len(first)
    for m in _RUN.finditer(text):
        if _overlap(spans, m.start(), m.end()):
            continue
        for s, e in _runs(text, m.start(1), m.group(1), lex):
            spans[s] = e
    for m in _XML.finditer(text):
        if _overlap(spans, m.start(3), m.end(3)):
            continue
        key = "".join(split_key(m.group(2)))
        if key in ("nm", "name", "nam") or key in PERSON_KEY_PARTS or (key in PERSON_KEYS and key not in ("to", "from")):
            if key in NON_PERSON_KEYS:
                continue
            v = m.group(3)
            s = m.start(3) + len(v) - len(v.lstrip())
            v = v.strip()
            if _xml_value_ok(v, lex):
                spans[s] = s + len(v)
    out = []
    end = -1
    for s in sorted(spans):
        if s >= end:
            out.append(Finding(s, spans[s], NAME, CAPS_SCORE, "builtin"))
            end = spans[s]
    return out


def _overlap(spans: dict[int, int], s: int, e: int) -> bool:
    return any(a < e and s < b for a, b in spans.items())


def _strip_title(given: str, lex: Lexicon) -> str:
    """``JOHN MR`` / ``JOHNMR`` -> ``JOHN`` (a title is not part of the name)."""
    words = given.split(" ")
    if len(words) > 1 and words[-1].lower() in TITLES | {t.lower() for t in _TITLE_TAIL}:
        return " ".join(words[:-1])
    for t in _TITLE_TAIL:
        if given.endswith(t) and len(given) > len(t) + 1:
            head = given[: -len(t)]
            if fold(head) in lex.first and fold(given) not in lex.first:
                return head
    return given


def _ordinary(w: str) -> bool:
    low = w.lower()
    if low in WORDS or low in NEVER_NAMES or low in TITLES:
        return True
    # inflected forms the word list lacks (CONTACTING, RETRIED, NODES)
    for suf, rep in (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""), ("er", ""), ("ly", "")):
        if low.endswith(suf) and len(low) - len(suf) >= 3 and low[: len(low) - len(suf)] + rep in WORDS:
            return True
    return False


def _known(w: str, lex: Lexicon) -> bool:
    f = fold(w)
    return f in lex.first or f in lex.last


def _slash_ok(sur: str, given: str, lex: Lexicon) -> bool:
    gw, sw = given.split(" "), sur.split(" ")
    if min(len(w) for w in gw + sw) < _MIN_LEN:
        return False
    if max(len(w) for w in gw + sw) < 4 and not all(_known(w, lex) for w in gw + sw):
        return False
    if any(fold(w) in lex.place and not _known(w, lex) for w in gw + sw):
        return False
    first_known = any(fold(w) in lex.first for w in gw)
    if not first_known and not any(fold(w) in lex.last for w in sw):
        return False
    return not any(_ordinary(w) and not _known(w, lex) for w in gw + sw)


def _comma_ok(last: str, first: str, lex: Lexicon) -> bool:
    fw = first.split(" ")
    lw = [w for w in last.split(" ") if w.lower() not in PARTICLES]
    if not lw or any(len(w) < _MIN_LEN for w in fw + lw):
        return False
    if fold(fw[0]) not in lex.first and not any(fold(w) in lex.last for w in lw):
        return False
    if any(fold(w) in lex.place for w in fw + lw):
        return False
    return not any(_ordinary(w) for w in fw + lw)


def _runs(text: str, start: int, run: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Name sub-runs of an upper-case run: >= 2 words, one a first name, no ordinary word or place."""
    out: list[tuple[int, int]] = []
    words = [(m.start() + start, m.end() + start, m.group()) for m in re.finditer(r"\S+", run)]
    cur: list[tuple[int, int, str]] = []

    def flush() -> None:
        # one word must be a known name that is not also an ordinary word (ELLIOT in ELLIOT BROWN)
        if len(cur) >= 2 and any(_known(w, lex) and not _ordinary(w) for _, _, w in cur):
            if max(len(w) for _, _, w in cur) >= 3:
                out.append((cur[0][0], cur[-1][1]))
        cur.clear()

    for s, e, w in words:
        f = fold(w)
        bad = (len(w) < _MIN_LEN or w.lower() in NEVER_NAMES or _ordinary(w) and not _known(w, lex)
               or (f in lex.place and not _known(w, lex)) or (not _known(w, lex) and len(w) < 4))
        if (len(w) <= 3 and not _known(w, lex)) or f in _STREET:
            bad = True  # codes (ISO/IATA/currency) and street types
        elif cur and len(w) < 3 and text[cur[-1][1] : s] != " ":
            bad = True  # a 2-letter code across a fixed-width gap
        if bad:
            flush()
        else:
            cur.append((s, e, w))
    flush()
    return out


def _xml_value_ok(v: str, lex: Lexicon) -> bool:
    words = v.split()
    if not 1 <= len(words) <= 4 or not all(w.replace("'", "").replace("-", "").replace(".", "").isalpha() for w in words):
        return False
    if any(w.lower() in NEVER_NAMES for w in words):
        return False
    if any(_ordinary(w) and not _known(w, lex) for w in words if w.lower() not in PARTICLES):
        return False
    return any(_known(w, lex) for w in words) or all(w[:1].isupper() for w in words)
