"""A mixed-case view of text written in capitals, for the model.

Banking exports, mainframe records, payment references and telex-style messages are written
entirely in capitals (``WIRE IN FROM BOLAT DZHAKSYBEKOV VIA CITIBANK NA``). There case says
nothing, and the model (trained on ordinary logs) never reads an ALL-CAPS word. The rules in
``_caps.py`` decide such names by the gazetteers alone, so a name they do not know is missed
however plain its position is.

This module restores the case a writer would have used, one character for one, so offsets are
unchanged: ordinary English words, log vocabulary, codes and words without a vowel become
lower case, titles (``MR``, ``DR``) and every other word Title Case. The model then reads the
view with its usual context features (``wire in from Bolat Dzhaksybekov via Citibank na``).
Only *stretches* of capitals are rewritten: at least ``_MIN_STRETCH`` cased words in a row,
none with a lower-case letter (a JSON key or an English sentence ends a stretch), so a line in
ordinary case is left exactly as it is and costs one regular-expression scan.
Every decision is lexical: the word list, the log vocabulary and the gazetteers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final, NamedTuple

from ..._finding import Finding
from ._caps import INFLECTIONS, has_legal_form, inflected_word
from ._features import WORDS
from ._lexicon import Lexicon, fold, load_lexicon
from ._vocab import NEVER_NAMES, PARTICLES, ROLE_WORDS, TITLES

# A word: letters with inner apostrophes or hyphens (ADEYEMI-BELLO, O'NEIL); letters glued to
# digits or underscores (DE0012, TX_ID) are a code and stay as they are.
_WORD: Final = re.compile(r"(?<![\w])[^\W\d_]+(?:['’\-][^\W\d_]+)*(?![\w])")
# Three words of two or more capitals (single letters, initials, may stand between them) with
# no letter in lower case or underscore between them (YARN_AM_RM is one identifier) (letters and non-letters
# are disjoint classes, so the scan is linear): most lines fail this at once. Capitals outside
# Latin-1 (Cyrillic, Greek) are not looked at.
_GATE: Final = re.compile(r"[A-ZÀ-ÖØ-Þ]{2,}(?:[^A-Za-zÀ-ÖØ-öø-ÿ_]+(?:[A-ZÀ-ÖØ-Þ][^A-Za-zÀ-ÖØ-öø-ÿ_]+)*[A-ZÀ-ÖØ-Þ]{2,}){2}")
# Fewest cased words in a stretch: two are a name at most, three make a record of capitals.
_MIN_STRETCH: Final = 3
_VOWELS: Final = frozenset("aeiouyàáâãäåèéêëìíîïòóôõöùúûüýÿæœø")
_MAX_TEXT: Final = 2048
_MAX_WORD: Final = 40
# the structure level of a title before the word (``_detector._FIRM``)
_TITLED: Final = 2
# the caps rules' inflections but -er (a name so often ends in it: PARKER, TURNER)
_INFLECTIONS: Final = tuple(x for x in INFLECTIONS if x != ("er", ""))


class CapsView(NamedTuple):
    """The rewritten text and the (start, end) spans of the words that were rewritten."""

    text: str
    spans: list[tuple[int, int]]


def _ordinary(low: str, lex: Lexicon) -> bool:
    # the model's word list, log vocabulary, and a larger dictionary (DEBIT, APPLICANT, DORMANT)
    if low in WORDS or low in NEVER_NAMES or fold(low) in lex.dictionary:
        return True
    if "-" in low:  # BREAK-IN, FAIL-SAFE: a compound of words is a word
        return all(_ordinary(part, lex) for part in low.split("-") if part)
    return inflected_word(low, _INFLECTIONS)


def _title(word: str) -> str:
    # each hyphen/apostrophe part keeps its capital: ADEYEMI-BELLO -> Adeyemi-Bello, O'NEIL -> O'Neil
    out = []
    up = True
    for c in word:
        out.append(c.upper() if up else c.lower())
        up = not c.isalpha()
    return "".join(out)


def _recase(word: str, prev_plain: bool, next_plain: bool, lex: Lexicon) -> str:
    """The case a writer would have used for one ALL-CAPS word."""
    low = word.lower()
    if "-" in word and not _ordinary(low, lex):
        # each part on its own: ADEYEMI-BELLO -> Adeyemi-Bello, WAW-CPH (airports) -> waw-cph
        parts = [_recase(p, True, True, lex) if p else p for p in word.split("-")]
        return "-".join(parts) if any(p[:1].isupper() for p in parts) and all(
            p[:1].isupper() or not p for p in parts) else low
    if low in TITLES:
        return _title(word)
    f = fold(word)
    known = f in lex.first or f in lex.last
    if low in PARTICLES or low in ROLE_WORDS:
        return low  # VAN, DE; REMITTER, ORIGINATOR: a role names no one
    if _ordinary(low, lex):
        if len(low) <= 3:
            return low  # TO, OF, THE, FOR: a short word is the word, even where a name list has it
        # a name that is also a word (GRACE, ROSE, BAKER) keeps its capital beside a word that
        # is not ordinary (GRACE NAKASHIMA, OLUWASEUN BAKER), else it is the word (GRACE PERIOD)
        return _title(word) if known and not (prev_plain and next_plain) else low
    if f.isascii() and not any(c in _VOWELS for c in f):
        return low  # STMT, TRN, CHQ: abbreviations, never a name
    if len(word) <= 3 and not known:
        return low  # codes: USD, ATM, REF
    if not known and f in lex.place:
        return low  # MILANO, WIEN: a place the name lists do not know is not a person
    if len(word) <= 2 and (f in lex.place or not known):
        return low
    return _title(word)


def _is_key(text: str, end: int) -> bool:
    return text[end : end + 1] in ("=", ":") and text[end + 1 : end + 2] not in ("/", ":")


def caps_view(text: str, lex: Lexicon | None = None) -> CapsView | None:
    """The mixed-case view of the stretches of capitals in ``text``; None when there is none.

    Records are short: a text over ``_MAX_TEXT`` characters gets no view, and a word over
    ``_MAX_WORD`` letters is no name (the model's cost per character stays that of ordinary text
    on a hostile line of capitals)."""
    if len(text) > _MAX_TEXT or _GATE.search(text) is None:
        return None
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    stretches: list[list[tuple[int, int, str]]] = []
    cur: list[tuple[int, int, str]] = []
    for item in words:
        if len(item[2]) > _MAX_WORD:
            if len(cur) >= _MIN_STRETCH:
                stretches.append(cur)
            cur = []
            continue
        if item[2].isupper():
            if len(item[2]) > 1:  # an initial (J, A) neither counts nor ends a stretch
                cur.append(item)
            continue
        if any(c.islower() for c in item[2]):
            if len(cur) >= _MIN_STRETCH:
                stretches.append(cur)
            cur = []
    if len(cur) >= _MIN_STRETCH:
        stretches.append(cur)
    if not stretches:
        return None
    lex = lex if lex is not None else load_lexicon()
    chars = list(text)
    spans: list[tuple[int, int]] = []
    for run in stretches:
        # a first pass with plain neighbours: which words are lower case whatever their neighbours
        # (a plain neighbour only ever lowers a word, so a Title Case word here stays one)
        first = [w.lower() if _is_key(text, e) else _recase(w, True, True, lex) for s, e, w in run]
        plain = [not f[:1].isupper() for f in first]
        for k, (s, e, w) in enumerate(run):
            new = first[k]  # (a key, IBAN= or ACCT:, stays lower case: it is not a value)
            if plain[k] and not _is_key(text, e):
                prev_plain = k == 0 or plain[k - 1]
                next_plain = k == len(run) - 1 or plain[k + 1]
                if not (prev_plain and next_plain):
                    new = _recase(w, prev_plain, next_plain, lex)
            if len(new) != e - s:
                continue  # a letter whose case changes its length (ß): left as it is
            chars[s:e] = new
            if new != w.lower():
                spans.append((s, e))  # a Title Case word: a candidate for the model
    if not spans:
        return None
    return CapsView("".join(chars), spans)


def _on_rewritten(view: CapsView, start: int, end: int) -> bool:
    """[start, end) ends on a word of the view that was rewritten to Title Case and begins on one or
    on an initial (``MR J OKAFOR``)."""
    initial = end - start > 2 and view.text[start].isupper() and not view.text[start + 1].isalpha()
    return (initial or any(s <= start < e for s, e in view.spans)) and any(s < end <= e for s, e in view.spans)


# a segment of one record: words joined by single spaces (a wider gap or punctuation ends it)
_SEGMENT: Final = re.compile(r"[^\W\d_][\w'’\-]*(?: [^\W\d_][\w'’\-]*)*")


def recased_names(
    view: CapsView, found: list[Finding], text: str, lifted: Callable[[int], int]
) -> list[Finding]:
    """The model's findings on the view that a record of capitals supports.

    Only spans on rewritten words count. A lone word needs its position to say it is a person
    (``lifted``): a title before it, or a person key before a name of four letters or more the
    gazetteers know. Without case, one word among codes and cells (``EQXPHAX``, ``MILANO``) is
    as likely a code or a place as a name. A segment that holds a legal-form word is a company
    (``PACIFIC FREIGHT LINES LTD``, ``ESCROW TRUST``)."""
    lex = load_lexicon()
    out = []
    for f in found:
        if not _on_rewritten(view, f.start, f.end):
            continue
        word = text[f.start : f.end].strip()
        if " " not in word:
            lift = lifted(f.start)
            # a title before it (MR, DR) names a person, known or not; a key needs a known name
            if lift < _TITLED and (lift <= 0 or len(word) < 4 or not lex.is_name(word)):
                continue
        seg = next((m for m in _SEGMENT.finditer(text, max(0, f.start - 80), min(len(text), f.end + 80))
                    if m.start() <= f.start and f.end <= m.end()), None)
        if seg is not None and has_legal_form(seg.group()):
            continue
        out.append(f)
    return out
