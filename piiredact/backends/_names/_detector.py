"""`NameDetector`: person names in log lines from structure first, then the model.

Per text: tokenise, gate (only name-shaped words that are not log vocabulary are
candidates; a line without one costs a tokenisation and nothing more), score each
candidate with the model, lift candidates that sit in an unambiguous structure
(a person key, a greeting or title, a display name before ``<email>``) to >= 0.85,
drop those under a key that never holds a person, and join neighbouring name words
into one span. Every ASCII digit reads as 0 (``digit_blind``), so lines that differ only in
numbers share one result; results are cached by a hash of that view (no text is kept).
"""

from __future__ import annotations

import os
import re
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from typing import Final

from ..._entities import NAME, USERNAME
from ..._exceptions import BackendUnavailable
from ..._finding import Finding
from ._accounts import ACCOUNT_SCORE, LEANS_PERSONAL, find_accounts, is_person_account
from ._caps import STREET_PREFIXES, STREET_TYPES, find_caps_names, find_record_names, is_legal_form
from ._companies import company_spans, typed_objects
from ._digits import digit_blind
from ._fastscore import CallMemo, candidates_memo, is_candidate_memo, weight_sum
from ._features import (
    WORDS,
    candidates,
    find_key,
    first_word_index,
    is_any_word,
    is_candidate,
    is_word,
    split_key,
    thing_key,
)
from ._gate import any_in
from ._headed import find_headed_names
from ._korean import find_korean_given_names
from ._lexicon import Lexicon, fold, load_lexicon
from ._loginshape import MODEL_FILE as LOGIN_MODEL_FILE
from ._loginshape import login_prob
from ._lower import find_lower_names
from ._model import NameModel, load_model
from ._mrz import find_mrz_names
from ._rows import find_rows
from ._shaped import DEVICE_GATE as _DEVICE_GATE
from ._shaped import (
    device_owner_names,
    joined_names,
    login_before_name,
    login_beside_name,
    logins_in_rows,
    possessive_device_names,
    unknown_login_reads_personal,
)
from ._tokens import _ASCII_TOKEN_RE, CASELESS, END, KIND, START, TEXT, WORD, Token, script, tokenize
from ._truecase import caps_view, recased_names
from ._uncased import MIN_SCORE as UNCASED_MIN_SCORE
from ._uncased import MODEL_FILE as UNCASED_MODEL_FILE
from ._uncased import find_uncased_names
from ._vocab import (
    CALENDAR_WORDS,
    FOREIGN_NAME_PART_KEYS,
    GREETINGS,
    MACHINE_HANDLE_ENDINGS,
    NAME_PART_SUFFIXES,
    NEVER_NAMES,
    PARTICLES,
    PERSON_KEY_PARTS,
    PERSON_KEYS,
    PERSON_ROLES,
    REGION_CODES,
    STATUS_WORDS,
    THING_OWNERS,
    TITLE_CASE_GLUE,
    TITLES,
    VALEDICTIONS,
    VENDORS,
)

#: Score of a name found through structure (key, greeting, title, display name).
STRUCTURE_SCORE: Final = 0.9
# Below this model probability even a person key does not make a word a name
# ("name": "Redis" stays a service).
_STRUCTURE_FLOOR: Final = 0.1
# A name-shaped word next to a confident name word joins it from this probability.
_NEIGHBOUR: Final = 0.15
# ... and a known first name right before a confident word (a given name that is also a word)
_FIRST_NAME_NEIGHBOUR: Final = 0.005
# The score of a candidate that structure says is not a person (a never-person key, a place).
_DEMOTED: Final = 0.05
# _structure's answer after a title (Prof., Mrs., Dr.), for a message's signature and for its
# writer in a header: a name even when it is also a word or unknown ("Prof. Chase" scores 0.08),
# so the floor is far lower (a candidate structure demoted never gets here: its lift is -1).
_FIRM: Final = 2
# A position that decides whatever the model says: a day of a rota (weekday keys), an element of a
# bracketed list under a plural person key (attendees=[Chase Rose, …]: the model reads word-like
# names as words, "Chase" a bank).
_CERTAIN: Final = 3
_FIRM_FLOOR: Final = 0.01
#: Texts longer than this are scanned in windows so memory stays bounded.
_WINDOW: Final = 8192
#: Score of a lower-case or ALL-CAPS value under an unambiguous person key.
_S_ANY_CASE: Final = 0.85
# Cheap pre-check for the any-case rule: only lines mentioning such a key pay for it.
_STRONG_KEY_RE: Final = re.compile(
    r"(?i)(?:first|last|full|given|family|middle|sur|fore|display|legal|maiden|holder|contact|customer)[_\- ]?name"
    r"|(?:first|last|full|given|family|cust(?:omer)?)[_\- ]?nm|cust_?name|cardholder|fname|lname"
    r"|payee|payer|beneficiary|debtor|creditor|remitter|insured|policyholder|guarantor|signatory|passenger"
    r"|name[_\- ]?on[_\- ]?card|(?:embossed|printed|card)[_\- ]?name"
)
# The same keys matched on the lower-cased line (a case-insensitive pattern is far slower).
_STRONG_KEY_LOW: Final = re.compile(_STRONG_KEY_RE.pattern.replace("(?i)", "", 1))
_STRONG_HINTS: Final = ("name", "holder", "_nm", "nm=", "nm:", 'nm"', "paye", "benef", "debtor", "creditor",
                        "remitter", "insured", "guarantor", "signatory", "passenger", "last", "first", "given",
                        "family")
# A key that ends in a name part without "name": contact_last=, billing.first:, "given":
_NAME_PART_KEY_LOW: Final = re.compile(
    r"""(?:^|[\s{,;&?"'(])(?:[a-z]+[_\-.])?(?:first|last|given|family|middle|maiden)["']?[ \t]*[=:]"""
)
_strong_hint: Final = any_in(_STRONG_HINTS)
# _STRONG_KEY_LOW.search(low) is not None, decided from the occurrences of "name" / "nm" and
# literal tests: the alternation is tried at every letter of the line (~9 us on a long one).
_SEPS: Final = ("", "_", "-", " ")
_NAME_PREFIXES: Final = (
    *(p + sep for p in "first last full given family middle sur fore display legal maiden holder contact customer".split()
      for sep in _SEPS),
    "cust",
    "cust_",
)
_NM_PREFIXES: Final = tuple(p + sep for p in "first last full given family cust customer".split() for sep in _SEPS)
_strong_literal: Final = any_in(tuple(
    "cardholder fname lname payee payer beneficiary debtor creditor remitter insured policyholder guarantor"
    " signatory passenger name_on_card nameoncard name-on-card embossed printed_name cardname card_name".split()
))


def _ends_key(low: str, word: str, prefixes: tuple[str, ...]) -> bool:
    """Does some occurrence of ``word`` in ``low`` follow one of ``prefixes``?"""
    i = low.find(word)
    while i >= 0:
        if low[max(0, i - 9) : i].endswith(prefixes):
            return True
        i = low.find(word, i + 1)
    return False


def _has_strong_key(low: str) -> bool:
    return (
        _strong_literal(low) or _ends_key(low, "name", _NAME_PREFIXES) or _ends_key(low, "nm", _NM_PREFIXES)
        or _NAME_PART_KEY_LOW.search(low) is not None
    )
#: Keys of payments, insurance and travel records whose value is a person (any case).
_RECORD_PERSON_KEYS: Final = frozenset(
    "payee payer beneficiary debtor creditor remitter insured policyholder guarantor signatory passenger".split()
)
# Where an ASCII candidate can start: a capital after a non-word character, then a
# lower-case letter or apostrophe (a superset of candidate starts; see _has_candidate).
# (the look-behind sits after the capital: a pattern that starts with a character class is
# scanned fast; "(?<!\w[A-Z])" after [A-Z] is "(?<!\w)" before it)
_CAP_START: Final = re.compile(r"[A-Z](?<!\w[A-Z])[a-z']")
# Keys too generic to lift a value on their own: the model decides those.
_WEAK_KEYS: Final = frozenset({"name", "names", "to", "from", "cc", "bcc", "contact", "display", "person"})
class NameDetector:
    """Detects NAME and USERNAME spans; thread-safe (immutable model, locked cache)."""

    name = "names"
    entities: frozenset[str] = frozenset({NAME, USERNAME})

    def __init__(
        self, *, threshold: float = 0.5, cache_size: int = 4096, model: NameModel | None = None,
        uncased_model: NameModel | None = None, uncased_min_score: Mapping[str, float] = UNCASED_MIN_SCORE,
    ) -> None:
        self._threshold = threshold
        self._model = model
        # the uncased tier's model (None: the shipped one) and thresholds by kind: benchmarks pass
        # their own to measure and chart them (benchmarks/uncased_lopo.py)
        self._uncased_model = uncased_model
        self._uncased_min_score = uncased_min_score
        self._cache_size = max(0, int(cache_size))
        self._cache: OrderedDict[tuple[int, int], tuple[Finding, ...]] = OrderedDict()
        self._lock = threading.Lock()
        _LIVE.add(self)

    @property
    def model(self) -> NameModel:
        if self._model is None:
            self._model = load_model()
        return self._model

    def preflight(self) -> None:
        """Load every piece of package data now: a broken install (``names.bin``, ``logins.bin``,
        ``uncased.bin``, ``lexicon.bin`` or ``words.txt`` missing or corrupt) is a configuration error at
        construction, not a fallback counted at the first record. Raises BackendUnavailable."""
        _ = self.model
        load_model(LOGIN_MODEL_FILE)
        load_model(UNCASED_MODEL_FILE)
        load_lexicon()
        if not WORDS:
            raise BackendUnavailable("name detector: package data words.txt is missing or empty; reinstall piiredact")

    def detect(self, texts: Sequence[str]) -> list[list[Finding]]:
        # one memo of per-token facts for the whole call (log lines repeat their words); dropped after it
        memo = CallMemo()
        texts = [digit_blind(t) for t in texts]
        if not self._cache_size:
            return [self._find(t, memo) if t else [] for t in texts]
        # the cache is read under one lock and written under one more per call, not two per text
        # (hash() of a str is computed once and kept on the object; the key holds no text)
        keys = [(hash(t), len(t)) for t in texts]
        out: list[list[Finding] | None] = [None] * len(keys)
        cache = self._cache
        with self._lock:
            get = cache.get
            for k, key in enumerate(keys):
                hit = get(key)
                if hit is not None:
                    cache.move_to_end(key)
                    out[k] = list(hit)
        fresh: dict[tuple[int, int], tuple[Finding, ...]] = {}  # a text repeated within the call
        for k, found in enumerate(out):
            if found is not None:
                continue
            text = texts[k]
            if not text:
                out[k] = []
                continue
            done = fresh.get(keys[k])
            if done is None:
                done = fresh[keys[k]] = tuple(self._find(text, memo))
            out[k] = list(done)
        if fresh:
            with self._lock:
                cache = self._cache  # reset_after_fork may have replaced it
                for key, done in fresh.items():
                    cache[key] = done
                    cache.move_to_end(key)
                while len(cache) > self._cache_size:
                    cache.popitem(last=False)
        return out  # type: ignore[return-value]

    def close(self) -> None:
        """Drop the cache."""
        with self._lock:
            self._cache.clear()

    def reset_after_fork(self) -> None:
        """A fresh cache lock in a forked child (the parent's may have been held at fork).

        Also run automatically through ``os.register_at_fork``; idempotent.
        """
        self._lock = threading.Lock()
        self._cache = OrderedDict()

    def cache_info(self) -> dict[str, int]:
        """Value-free cache figures (entries, capacity)."""
        with self._lock:
            return {"entries": len(self._cache), "capacity": self._cache_size}

    # -- one text --------------------------------------------------------------------

    def detect_one(self, text: str, memo: CallMemo | None = None) -> list[Finding]:
        if not text:
            return []
        text = digit_blind(text)
        # hash() of a str is computed once and kept on the object; the key holds no text.
        key = (hash(text), len(text))
        if self._cache_size:
            with self._lock:
                hit = self._cache.get(key)
                if hit is not None:
                    self._cache.move_to_end(key)
                    return list(hit)
        found = self._find(text, memo if memo is not None else CallMemo())
        if self._cache_size:
            with self._lock:
                self._cache[key] = tuple(found)
                if len(self._cache) > self._cache_size:
                    self._cache.popitem(last=False)
        return found

    def _find(self, text: str, memo: CallMemo) -> list[Finding]:
        """Every rule on one (non-empty) text, uncached."""
        if len(text) <= _WINDOW:
            found = self._window(text, memo)
            if "%" in text or "+" in text or "\\" in text:
                found = _with_decoded(found, text, lambda t: self._window(t, memo))
        else:
            found = self._scan_long(text, memo)
        return found

    def _window(self, text: str, memo: CallMemo) -> list[Finding]:
        """Every rule on one window of text (<= _WINDOW characters)."""
        low = text.lower()  # shared by the rules' substring gates
        rows = find_rows(text)
        names = self._scan(text, memo, low)
        view = caps_view(text)
        if view is not None:  # capitals carry no case: the model reads a re-cased copy
            recased = recased_names(view, self._scan(view.text, memo, view.text.lower()), text, _Lifted(view.text))
            names = _with_structure(recased, names) if recased else names
        vetoes = rows.not_names
        if "Mozilla/" in text:
            vetoes = vetoes + _user_agents(text)
        if vetoes:  # the city after a customer's whole name in a data row; a browser's user agent
            names = _outside(names, vetoes)
        names = _with_structure(_with_structure(names, find_caps_names(text)), rows.names)
        headed = find_headed_names(text) if "\n" in text else []
        if headed:  # a table under a header that names its person columns
            names = _with_structure(names, [f for f in headed if f.entity == NAME])
        if "^" in text or "N:" in text or "FN" in text or "NM" in text or "|G" in text or "PN" in text:
            names = _with_structure(names, find_record_names(text))
        if "<<" in text:  # a passport's or ID card's machine-readable zone
            names = _with_structure(names, find_mrz_names(text))
        if "-" in text:
            korean = find_korean_given_names(text)
            if korean:
                names = _with_structure(names, korean)
        if (">" in text or "→" in text) and any(c in low for c in _HANDOFF_CUES):
            # (arrows also mean state changes, routes and pipelines: only a handoff says "person")
            names = _with_structure(names, _arrow_partners(text, names) + _arrow_pair(text) + _arrow_logins(text))
        names = _with_structure(names, find_lower_names(text, None, low))
        if "-" in text and len(low) == len(text) and _DEVICE_GATE.search(low) is not None:
            owners = device_owner_names(text, low, load_lexicon())
            if owners:
                names = _with_structure(names, [Finding(s, e, NAME, _JOINED_SCORE, "builtin") for s, e in owners])
        if "'s " in text or "’s " in text:
            names = _with_structure(
                names, [Finding(s, e, NAME, _JOINED_SCORE, "builtin") for s, e in possessive_device_names(text)]
            )
        if "_" in text:
            names = _with_structure(
                names, [Finding(s, e, NAME, _JOINED_SCORE, "builtin") for s, e in joined_names(text, load_lexicon())]
            )
        if "name" in low:
            names = _with_structure(names, _bare_name_values(text))
        # names in lower case or capitals where no rule knew the position: the uncased model's
        seen = memo.tokens
        toks = seen[1] if seen is not None and seen[0] is text else tokenize(text)
        uncased = find_uncased_names(text, toks, load_lexicon(), memo, [(f.start, f.end) for f in names],
                                     self._uncased_model, self._uncased_min_score)
        if uncased:
            names = sorted(names + [f for f in uncased if f.entity == NAME])
        if names:
            # a company spelt like people, whichever rule found it (Morgan Stanley, Marks & Spencer); an
            # object whose type says it is no person ({"type": "AppInstance", "displayName": "Workday"})
            things = company_spans(text, names) + typed_objects(text, low)
            if _VESSEL_WORDS.search(low) is not None or _VESSEL_PREFIXES.search(text) is not None:
                things += _vessels(text)  # (after every rule: capitals and rows find ships' names too)
            if things:
                names = _outside(names, things)
        accounts = find_accounts(text, None, low)
        accounts.extend(f for f in headed if f.entity == USERNAME)
        if names and "(" in text:
            # a user printed as "Name (login)": the login beside a name found is that person's
            lex = load_lexicon()
            for f in names:
                if f.entity != NAME:
                    continue
                for span in (login_beside_name(text, f.start, f.end, lex), login_before_name(text, f.start, f.end, lex)):
                    if span is not None:
                        accounts.append(Finding(span[0], span[1], USERNAME, ACCOUNT_SCORE, "builtin"))
        if names and ("," in text or "|" in text or ";" in text or "\t" in text):
            # a login in a cell of a delimited row that holds a person's name
            spans = logins_in_rows(text, [(f.start, f.end) for f in names if f.entity == NAME], load_lexicon())
            accounts.extend(Finding(s, e, USERNAME, ACCOUNT_SCORE, "builtin") for s, e in spans)
        for f in uncased:
            if f.entity == USERNAME and not any(a.start < f.end and f.start < a.end for a in accounts):
                accounts.append(f)
        return _with_accounts(names, sorted(set(accounts)))  # (two rules may find one login)

    def _scan_long(self, text: str, memo: CallMemo) -> list[Finding]:
        # Windows cut at newlines/spaces so a name is not split; overlapping findings merged.
        out: list[Finding] = []
        pos = 0
        n = len(text)
        while pos < n:
            end = min(n, pos + _WINDOW)
            if end < n:
                cut = max(text.rfind("\n", pos, end), text.rfind(" ", pos, end))
                if cut > pos:
                    end = cut
            part = text[pos:end]
            found = self._window(part, memo)
            if "%" in part or "+" in part or "\\" in part:
                found = _with_decoded(found, part, lambda t: self._window(t, memo))
            out.extend(f.shifted(pos) for f in found)
            pos = end
        return out

    def scores(self, text: str) -> list[tuple[int, int, float]]:
        """(start, end, score) for every candidate word, before thresholding (for tools/tests)."""
        text = digit_blind(text)
        toks = tokenize(text)
        cand = candidates(toks)
        return [(toks[i][START], toks[i][END], s) for i, s in self._score(toks, text, cand, CallMemo()).items()]

    def _score(self, toks: list[Token], text: str, cand: list[bool], memo: CallMemo) -> dict[int, float]:
        model = self.model
        mask = model.mask
        wt = model.weights
        fw = first_word_index(toks)
        lex = load_lexicon()
        has_mail = "@" in text
        mail_owner: frozenset[int] | None = None  # computed on first need
        out: dict[int, float] = {}
        for i, c in enumerate(cand):
            if not c:
                continue
            # == model.prob(hashed(features(toks, text, i, cand, fw, gz), mask)), built from cached parts
            total, gz, parts = weight_sum(toks, text, i, cand, fw, memo, wt, mask, lex)
            p = model.prob_of_sum(total)
            lift = _structure(toks, text, i, parts)
            demoted = lift == 0 and p >= _NEIGHBOUR and _not_a_person(toks, text, i, cand, gz, memo)
            if demoted:
                lift = -1
            elif (
                lift == 0 and p < _PAIR_SCORE and _gazetteer_pair(toks, text, i, cand)
                and not _not_a_person(toks, text, i, cand, gz, memo)
            ):
                p = _PAIR_SCORE
            if _is_key_or_placeholder(toks, i):
                lift = -1  # "Wed=Ana Beatriz Sun=Jo", "Ip":, {Ip}: a key or a template's placeholder, not a name
            elif lift <= 0 and has_mail:
                if mail_owner is None:
                    mail_owner = _mail_owner_tokens(toks, text, cand)
                if i in mail_owner:
                    lift = _FIRM  # "ulugbek.rakhimov@example.org (Ulugbek Rakhimov)": the address's owner
            if lift < 0:
                p = min(p, _DEMOTED)
            elif lift > 0 and (
                p >= _STRUCTURE_FLOOR or (lift == _FIRM and p >= _FIRM_FLOOR) or lift == _CERTAIN
                or (p >= _FIRM_FLOOR and _given_family_pair(toks, text, i, cand))
            ):
                p = max(p, STRUCTURE_SCORE)
            out[i] = p
        return out

    def _scan(self, text: str, memo: CallMemo, low: str) -> list[Finding]:
        # substring tests first: the case-insensitive key pattern is slow on every line
        strong = _strong_hint(low) and _has_strong_key(low)
        if not strong and text.isascii() and not _has_candidate(text, memo):
            return []
        toks = tokenize(text)
        memo.tokens = (text, toks)
        cand = candidates_memo(toks, memo)
        if True not in cand and not strong:
            return []
        scores = self._score(toks, text, cand, memo)
        if strong:
            _lower_and_upper_case_values(toks, text, cand, scores)
        th = self._threshold
        n = len(toks)
        kept = {i for i, p in scores.items() if p >= th}
        if not kept:
            return []
        # A name found once is the same name at its other occurrences in the record ("Escalated to
        # Ghusun (Tier 3). Ghusun says …": the model reads the second as a sentence's first word);
        # not for a word that is also an ordinary word (Will, Rose), nor where a rule demoted it.
        found_words = {toks[i][TEXT]: scores[i] for i in kept if len(toks[i][TEXT]) >= 3}
        # (one count per found word, C-level: most names occur once, and then no candidate is walked)
        if len(found_words) < len(scores) and any(text.count(w) > 1 for w in found_words):
            for j, p in scores.items():
                if j not in kept and p > _DEMOTED and toks[j][TEXT] in found_words \
                        and not is_word(toks[j][TEXT].lower()):
                    kept.add(j)
                    scores[j] = found_words[toks[j][TEXT]]
        # A confident name word pulls in weaker name-shaped neighbours ("Vincent" beside
        # "Strohmeier"): a half-redacted name still leaks.
        grow = list(kept)
        while grow:
            i = grow.pop()
            # the next word on each side: adjacent, or one list cell away (Ann,Lee / 'Ann', 'Lee')
            for j in (_next_word(toks, i, -1), _next_word(toks, i, 1)):
                if j < 0 or j in kept:
                    continue
                p = scores.get(j, 0.0)
                # a known first name right before a confident word ("Ann & Grace Okafor": Grace 0.05)
                # joins it at a far lower score than other neighbours: half a name still leaks
                if p < _NEIGHBOUR and not (
                    p >= _FIRST_NAME_NEIGHBOUR and j < i and text[toks[j][END] : toks[i][START]] == " "
                    and load_lexicon().is_first(toks[j][TEXT])
                ):
                    continue
                a, b = (j, i) if j < i else (i, j)
                gap = text[toks[a][END] : toks[b][START]]
                if _joins(gap) or (_LIST_GAP.fullmatch(gap) is not None and _may_be_cell_name(toks[j][TEXT])):
                    kept.add(j)
                    grow.append(j)
        out: list[Finding] = []
        i = 0
        while i < n:
            if i not in kept:
                i += 1
                continue
            start, end, best = toks[i][START], toks[i][END], scores[i]
            start = _initials_before(toks, text, i, start)
            j = i + 1
            # extend over following name words, particles ("van der") and initials ("J.")
            while j < n:
                gap = text[toks[j - 1][END] : toks[j][START]]
                if not _joins(gap):
                    break
                t = toks[j]
                if j in kept:
                    end = t[END]
                    best = max(best, scores[j])
                    j += 1
                    continue
                if t[KIND] == WORD and t[TEXT] in PARTICLES and gap:
                    k = j + 1
                    while k < n and toks[k][TEXT] in PARTICLES:
                        k += 1
                    if k in kept and text[toks[k - 1][END] : toks[k][START]] == " ":
                        end = toks[k][END]
                        best = max(best, scores[k])
                        j = k + 1
                        continue
                # A middle initial: the model reads the word after "O." like a sentence start
                # ("Hannah O. White" scored White 0.10), so any name-shaped candidate it did not
                # demote joins the confident name before it.
                if (
                    t[KIND] == WORD and len(t[TEXT]) == 1 and t[TEXT].isupper() and j + 2 < n
                    and toks[j + 1][TEXT] == "." and toks[j + 1][START] == t[END]
                    and (j + 2 in kept or scores.get(j + 2, 0.0) > _DEMOTED)
                    and text[toks[j + 1][END] : toks[j + 2][START]] == " "
                ):
                    end = toks[j + 2][END]
                    best = max(best, scores[j + 2])
                    j += 3
                    continue
                break
            # a surname written as its initial ("approved by Bolat D."): the initial is the rest of the name
            if (
                j + 1 < n and toks[j][KIND] == WORD and len(toks[j][TEXT]) == 1 and toks[j][TEXT].isupper()
                and text[toks[j - 1][END] : toks[j][START]] == " " and toks[j + 1][TEXT] == "."
                and toks[j + 1][START] == toks[j][END] and text[toks[j + 1][END] : toks[j + 1][END] + 1] in _AFTER_INITIAL
            ):
                end = toks[j][END]
                j += 1
            out.append(Finding(start, end, NAME, round(best, 4), "builtin"))
            i = j
        return out


# Every live detector, so a forked child gets fresh locks without the caller's help.
_LIVE: weakref.WeakSet[NameDetector] = weakref.WeakSet()


def _reset_all_after_fork() -> None:
    for det in list(_LIVE):
        det.reset_after_fork()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_reset_all_after_fork)


def _has_candidate(text: str, memo: CallMemo | None = None) -> bool:
    """Cheap pre-gate for ASCII text: is any capitalised word a candidate? (No full tokenising.)"""
    match = _ASCII_TOKEN_RE.match  # called for ASCII text only
    done = 0  # end of the last token matched: a capital inside it (Aa.Aa.Aa) is not a token start
    for m in _CAP_START.finditer(text):
        if m.start() < done:
            continue  # re-matching from inside a long dotted token made this quadratic (13.17)
        t = match(text, m.start())
        if t is None:
            continue
        done = t.end()
        if t.lastindex == 1 and (
            is_candidate_memo((t.group(), 0, 0, WORD), memo) if memo is not None else is_candidate((t.group(), 0, 0, WORD))
        ):
            return True
    return False


class _Lifted:
    """The structure level of the word starting at an offset of ``text`` (``_structure``: 1 a
    person key, ``_FIRM`` a title); the text is tokenised once, on the first question."""

    __slots__ = ("_starts", "_text", "_toks")

    def __init__(self, text: str) -> None:
        self._text = text
        self._toks: list[Token] | None = None
        self._starts: dict[int, int] = {}

    def __call__(self, start: int) -> int:
        if self._toks is None:
            self._toks = tokenize(self._text)
            self._starts = {t[START]: k for k, t in enumerate(self._toks)}
        i = self._starts.get(start, -1)
        return _structure(self._toks, self._text, i) if i >= 0 else 0


def _outside(names: list[Finding], vetoes: list[tuple[int, int]]) -> list[Finding]:
    """The names that lie inside none of the ``vetoes`` spans."""
    return [n for n in names if not any(s <= n.start and n.end <= e for s, e in vetoes)]


def _with_accounts(names: list[Finding], accounts: list[Finding]) -> list[Finding]:
    """An account wins over a NAME inside it (the account is the whole value); a longer NAME
    holding the account (``Ann Lee`` around ``Ann``) wins over it."""
    if not accounts:
        return names
    accounts = [a for a in accounts if not any(n.start <= a.start and a.end <= n.end and
                                               n.end - n.start > a.end - a.start for n in names)]
    kept = [n for n in names if not any(a.start < n.end and n.start < a.end for a in accounts)]
    return sorted(kept + accounts)


# Between two quoted values of one list: ('Ann', 'Lee'), "Ann";"Lee", N'Ann', N'Lee'
_LIST_GAP: Final = re.compile(r"""['"]\s*[,;|]\s*N?['"]|[ \t]*[,;|\t][ \t]*""")
# A bound-parameter echo: "as [VARCHAR] - [Ann]", "(1:VARCHAR) <- [Ann]"
_BOUND_PARAM: Final = re.compile(r"(?i)(?:n?varchar|n?char|text|string|clob)\]?\)?\s*(?:-|<-)\s*\[$")


def _may_be_cell_name(word: str) -> bool:
    """A neighbouring list cell joins a name unless it is an ordinary word or a place (Pune, Large)."""
    f = fold(word)
    return not is_word(word.lower()) and f not in load_lexicon().place


_PCT_HEX: Final = re.compile(r"%[0-9A-Fa-f]{2}")
_PLUS: Final = re.compile(r"[A-Za-z]\+[A-Za-z%]")
_PCT: Final = re.compile(
    r"(?:%[0-9A-Fa-f]{2})+|(?<=[A-Za-z])\+(?=[A-Za-z%])|(?:\\u[0-9A-Fa-f]{4})+|(?:\\x[0-9A-Fa-f]{2})+"
)
# JSON and Python string escapes of letters ("Sj\u00f6berg", "\u5c71\u7530", 'Sj\xf6berg')
_ESCAPE: Final = re.compile(r"\\[ux][0-9A-Fa-f]{2}")
# %25XX (double encoding) decodes in two passes; two are enough for real URLs
_PASSES: Final = 2
# A name seen only in the decoded view needs this score (query strings hold Title Case phrases).
_DECODED_MIN: Final = 0.8


def _decoded_view(text: str) -> tuple[str, list[int], list[int]] | None:
    """Percent-decoded text (``%20``/``+`` -> space, UTF-8 ``%C3%A9`` -> ``é``) with, per decoded
    character, its start and end offset in ``text``; None when nothing is encoded."""
    if not (("%" in text and _PCT_HEX.search(text) is not None) or ("+" in text and _PLUS.search(text) is not None)
            or ("\\" in text and _ESCAPE.search(text) is not None)):
        return None  # the common case: "+0000", "C++", "100%", nothing encoded
    starts = list(range(len(text)))
    ends = list(range(1, len(text) + 1))
    cur = text
    changed = False
    for _ in range(_PASSES):
        if "%" not in cur and "+" not in cur and "\\" not in cur:
            break
        out: list[str] = []
        ns: list[int] = []
        ne: list[int] = []
        pos = 0
        for m in _PCT.finditer(cur):
            out.append(cur[pos : m.start()])
            ns.extend(starts[pos : m.start()])
            ne.extend(ends[pos : m.start()])
            raw = m.group()
            dec = _unescape(raw)
            if dec == raw:
                out.append(raw)
                ns.extend(starts[m.start() : m.end()])
                ne.extend(ends[m.start() : m.end()])
            else:
                changed = True
                # every decoded character of this run maps to the whole encoded run
                for _c in dec:
                    ns.append(starts[m.start()])
                    ne.append(ends[m.end() - 1])
                out.append(dec)
            pos = m.end()
        out.append(cur[pos:])
        ns.extend(starts[pos:])
        ne.extend(ends[pos:])
        new = "".join(out)
        if new == cur:
            break
        cur, starts, ends = new, ns, ne
    return (cur, starts, ends) if changed else None


def _unescape(raw: str) -> str:
    """One run of ``_PCT``: "+" is a space; percent escapes and ``\\x`` escapes are UTF-8 bytes
    (``\\x`` falls back to Latin-1 code points, as Python prints a str); ``\\u`` escapes are UTF-16
    code units (surrogate pairs joined). ``raw`` itself when it does not decode to text."""
    if raw == "+":
        return " "
    try:
        if raw[0] == "%":
            return bytes.fromhex(raw.replace("%", "")).decode("utf-8")
        if raw[1] == "x":
            data = bytes.fromhex(raw.replace("\\x", ""))
            try:
                return data.decode("utf-8")
            except UnicodeDecodeError:
                return data.decode("latin-1")
        units = raw.split("\\u")[1:]
        dec = "".join(chr(int(u, 16)) for u in units).encode("utf-16", "surrogatepass").decode("utf-16")
    except (UnicodeDecodeError, ValueError):
        return raw
    return dec if dec.isprintable() else raw


def _with_decoded(found: list[Finding], text: str, scan: Callable[[str], list[Finding]]) -> list[Finding]:
    """Names in the percent-decoded view of ``text``, mapped back to original offsets (issue 16.9)."""
    view = _decoded_view(text)
    if view is None:
        return found
    dec, starts, ends = view
    out = list(found)
    for f in scan(dec):
        s, e = starts[f.start], ends[f.end - 1]
        if text[s:e] == dec[f.start : f.end] or f.score < _DECODED_MIN:
            continue  # nothing was encoded inside it, or too weak for a guess made on rewritten text
        hit = [g for g in out if g.start < e and s < g.end]
        if not hit:
            out.append(Finding(s, e, f.entity, f.score, f.source))
        elif all(s <= g.start and g.end <= e for g in hit) and (e - s) > max(g.end - g.start for g in hit):
            # the decoded name is whole where the raw view saw a piece (Pokorn%C3%A1, Maria+Garcia)
            out = [g for g in out if g not in hit]
            out.append(Finding(s, e, hit[0].entity, max(f.score, *(g.score for g in hit)), f.source))
    return sorted(out)


def _next_word(toks: list[Token], i: int, step: int) -> int:
    """Index of the nearest word token within three tokens of ``i`` (or -1)."""
    j = i + step
    for _ in range(4):
        if not 0 <= j < len(toks):
            return -1
        if toks[j][KIND] == WORD:
            return j
        j += step
    return -1


def _with_structure(names: list[Finding], caps: list[Finding]) -> list[Finding]:
    """Structure findings (capitals, data-row cells) where the model found nothing overlapping,
    or only weaker spans inside them (a cell the model scored 0.41 is the row rule's 0.86)."""
    if not caps:
        return names
    out = list(names)
    for c in caps:
        inside = [n for n in out if n.start < c.end and c.start < n.end]
        if not inside:
            out.append(c)
        elif all(c.start <= n.start and n.end <= c.end for n in inside):
            top = max(n.score for n in inside)
            if c.end - c.start > max(n.end - n.start for n in inside):
                # the structure span holds more than the model's (a half-found name still leaks)
                out = [n for n in out if n not in inside] + [Finding(c.start, c.end, c.entity, max(c.score, top), c.source)]
            elif c.score > top:
                out = [n for n in out if n not in inside] + [c]
    return sorted(out)


# A handoff: "Ann Lee -> bchan", "on-call: mgarcia > Bo Chan", "escalated Ann → dkim".
_ARROW_AFTER: Final = re.compile(r"[ \t]*(?:-->|->|=>|→)[ \t]*|[ \t]+>[ \t]+")
_ARROW_BEFORE: Final = re.compile(r"(?:[ \t]*(?:-->|->|=>|→)[ \t]*|[ \t]+>[ \t]+)\Z")
_PARTNER: Final = re.compile(r"[^\W\d_][\w.'’\-]*(?:[ ][A-Z][^\W\d_'’\-]+){0,2}")
_PARTNER_BACK: Final = re.compile(r"(?:^|(?<=[\s:\]]))([^\W\d_][\w.'’\-]*(?:[ ][A-Z][^\W\d_'’\-]+){0,2})\Z")
_ARROW_SCORE: Final = 0.8
# a Given_Family pair joined by "_" (a file or folder named after a person): both parts backed by the gazetteers
_JOINED_SCORE: Final = 0.85
_HANDOFF_CUES: Final = ("on-call", "oncall", "on call", "handoff", "hand-off", "handover", "hand over", "shift",
                        "owner", "assign", "escalat", "rotation", "rota", "transfer", "reassign", "delegat",
                        "pager", "coverage", "backup")


def _arrow_partners(text: str, names: list[Finding]) -> list[Finding]:
    """The other side of a handoff arrow whose one side is a found name: the person it goes to
    (or comes from), in any case and whether the gazetteers know them or not (a line the caller
    found to be a handoff)."""
    out: list[Finding] = []
    for n in names:
        m = _ARROW_AFTER.match(text, n.end)
        if m is not None:
            p = _PARTNER.match(text, m.end())
            if p is not None and _partner_ok(p.group()):
                out.append(Finding(p.start(), p.end(), NAME, _ARROW_SCORE, "builtin"))
        lo = max(0, n.start - 60)
        m = _ARROW_BEFORE.search(text, lo, n.start)
        if m is not None:
            p = _PARTNER_BACK.search(text, lo, m.start())
            if p is not None:
                start, value = p.start(1), p.group(1)
                head, _, rest = value.partition(" ")
                if rest and head.islower() and rest[:1].isupper():
                    start, value = start + len(head) + 1, rest  # "handoff Grace -> Will": the word is no part of her name
                if _partner_ok(value):
                    out.append(Finding(start, start + len(value), NAME, _ARROW_SCORE, "builtin"))
    return out


# "Cornelius => Selena": one capitalised word on each side of a handoff arrow
_ARROW_PAIR: Final = re.compile(
    r"(?<![\w.'’\-])([A-Z][a-z]{2,19})(?:[ \t]*(?:-->|->|=>|→)[ \t]*|[ \t]+>[ \t]+)([A-Z][a-z]{2,19})(?![\w'’\-])"
)


def _arrow_pair(text: str) -> list[Finding]:
    """Both sides of a handoff arrow: two given names the gazetteers know (``rotation netops
    Cornelius => Selena``), in a line the caller found to be a handoff."""
    lex = load_lexicon()
    out: list[Finding] = []
    for m in _ARROW_PAIR.finditer(text):
        a, b = m.group(1), m.group(2)
        if lex.is_first(a) and lex.is_first(b) and _partner_ok(a) and _partner_ok(b):
            out.append(Finding(m.start(1), m.end(1), NAME, _ARROW_SCORE, "builtin"))
            out.append(Finding(m.start(2), m.end(2), NAME, _ARROW_SCORE, "builtin"))
    return out


# "handover o.bergstrom -> osullivana97": a lower-case login on each side of a handoff arrow
_ARROW_LOGINS: Final = re.compile(
    r"(?<![\w.@/\-])([a-z][a-z0-9._\-]{2,39})(?:[ \t]*(?:-->|->|=>|→)[ \t]*|[ \t]+>[ \t]+)"
    r"([a-z][a-z0-9._\-]{2,39})(?![\w@/:])"
)


def _arrow_logins(text: str) -> list[Finding]:
    """Both sides of a handoff arrow between two lower-case logins, in a line the caller found to be
    a handoff, when each side reads as a person's login: spelt from names the gazetteers know
    (``is_person_account``) or, failing that, in the shape the login model reads as a person's.
    Neither side alone is enough: ``nginx -> haproxy`` and ``eu-west-1 -> us-east-1`` are routes."""
    if "->" not in text and "=>" not in text and "→" not in text and " > " not in text:
        return []
    lex = load_lexicon()
    out: list[Finding] = []
    for m in _ARROW_LOGINS.finditer(text):
        a, b = m.group(1).rstrip(".-"), m.group(2).rstrip(".-")
        if all(_arrow_login_ok(x, lex) for x in (a, b)):
            out.append(Finding(m.start(1), m.start(1) + len(a), USERNAME, ACCOUNT_SCORE, "builtin"))
            out.append(Finding(m.start(2), m.start(2) + len(b), USERNAME, ACCOUNT_SCORE, "builtin"))
    return out


def _arrow_login_ok(value: str, lex: Lexicon) -> bool:
    # (a bare dictionary word is a stage or a queue: escalation ... -> arbitration)
    if value.isalpha():
        if is_any_word(value, lex):
            return False
        # a glued token splits into an initial and a "surname" easily (kubectl): its spelling must
        # lean towards a person's too
        return (is_person_account(value, lex) and login_prob(value) >= LEANS_PERSONAL) or \
            unknown_login_reads_personal(value, lex)
    return is_person_account(value, lex) or unknown_login_reads_personal(value, lex)


def _partner_ok(value: str) -> bool:
    value = value.rstrip(".'’-")
    first = value.split(" ", 1)[0]
    low = first.lower()
    if len(first) < 3 or low in NEVER_NAMES or low in STATUS_WORDS or (first.isupper() and len(first) <= 4):
        return False
    if any(c.isdigit() for c in first) or "." in first or "_" in first:
        return is_person_account(low)  # ajones34, first.last: a person's account shape, not tier2/queue.eu
    if is_word(low):
        return load_lexicon().is_first(first)  # a word that is also a given name (Mark, Faith)
    if first.islower():
        # an unknown lower-case token: a handle when it is shaped like a name, not a team or a tool
        # (and not a program's: "-> kubectl"; the login-shape model tells the two spellings apart)
        return len(first) >= 4 and not first.endswith(MACHINE_HANDLE_ENDINGS) and login_prob(first) >= LEANS_PERSONAL
    return True


def _joins(gap: str) -> bool:
    """Whitespace that can sit between two words of one name: none, or one or two spaces."""
    return gap in ("", " ", "  ")


def _lower_and_upper_case_values(toks: list[Token], text: str, cand: list[bool], scores: dict[int, float]) -> None:
    """Values of unambiguous person keys in any case: ``first_name=ann``, ``lastName: SMITH``.

    Under a key that names one part of a name (``last_name``, ``contact_last``, ``surname``) the
    key decides even for a word (``last_name=Close``, ``surname: Black``) or two letters (``Wu``):
    only placeholders (``Unknown``, ``N/A``, ``Test``) stay text."""
    n = len(toks)
    for i, t in enumerate(toks):
        if t[KIND] != WORD or (i + 1 < n and toks[i + 1][TEXT] in ("=", ":")):
            continue  # punctuation, or the next key
        w = t[TEXT]
        low = w.lower()
        if not w.replace("'", "").replace("-", "").isalpha():
            continue
        part_key = None
        if cand[i]:
            if scores.get(i, 0.0) >= STRUCTURE_SCORE:
                continue  # already a name
            part_key = _name_part_key(toks, text, i)
            if not part_key:
                continue  # a name-shaped word the model scored: its score stands
        if low in _PLACEHOLDERS:
            continue
        if len(w) < 3 or low in NEVER_NAMES or (is_word(low) and not load_lexicon().is_name(w)):
            if part_key is None:
                part_key = _name_part_key(toks, text, i)
            if not part_key or len(w) < 2:
                continue  # a placeholder or an ordinary word (JOINT, ACCOUNT, DEFAULT) under another key
        if any(toks[x][KIND] == WORD and is_legal_form(toks[x][TEXT]) for x in range(i, min(n, i + 4))):
            continue  # a company: ACME TRADING GMBH
        if part_key is None:
            part_key = _name_part_key(toks, text, i)
        if part_key:
            scores[i] = max(scores.get(i, 0.0), _S_ANY_CASE)
            continue
        key, _ = find_key(toks, text, i)
        if key:
            parts = split_key(key)
            if _strong_person_key(parts) or (parts and parts[-1] in _RECORD_PERSON_KEYS):
                scores[i] = _S_ANY_CASE


# Keys that name what their owner is called: the owner decides whether it is a person.
_LABEL_KEYS: Final = frozenset("name displayname title label".split())


# name="babajide mwangi", name=AROHA TUPOU: a lower-case or upper-case value of two or three words under a
# bare name key (the any-case rule above needs an unambiguous key: a bare "name" names anything)
_BARE_NAME_VALUE: Final = re.compile(
    r"""(?i:name)(?<![\w.](?i:name))["']?[ \t]*[=:][ \t]*["']?([^\W\d_](?:[^\W\d_]|['’\-])*(?: [^\W\d_](?:[^\W\d_]|['’\-])*){1,2})"""
    r"""(?=["',;}&\s]|$)"""
)


def _bare_name_values(text: str) -> list[Finding]:
    """NAME findings for whole names in lower case or capitals under a bare ``name`` key: no word an
    ordinary word (unless a given name: HARPER), a log word or a legal form, and the gazetteers know
    at least one of them."""
    lex = load_lexicon()
    out: list[Finding] = []
    for m in _BARE_NAME_VALUE.finditer(text):
        words = m.group(1).split(" ")
        if not (m.group(1).islower() or m.group(1).isupper()):
            continue  # Title Case is the model's; this rule is for values whose case says nothing
        if all(len(w) >= 2 and (not is_word(w.lower()) or lex.is_first(w)) and w.lower() not in NEVER_NAMES
               and not is_legal_form(w) for w in words) and any(
            lex.is_name(w) for w in words
        ):
            out.append(Finding(m.start(1), m.end(1), NAME, _S_ANY_CASE, "builtin"))
    return out


# Values that hold no person under any key.
_PLACEHOLDERS: Final = frozenset(
    """unknown none null nil na n/a test tester testing redacted anonymous anon guest user customer default
    sample example empty blank missing undefined dummy string value name first last xxx tbd tba
    fnu lnu nfn nln""".split()  # (first/last name unknown, no first/last name: US government records)
)


def _name_part_key(toks: list[Token], text: str, i: int) -> bool:
    """Token i is the first word of the value of a key naming a part of a name (``last_name``,
    ``contact_first``, ``surname``, ``given``)."""
    key, pos = find_key(toks, text, i)
    if not key or pos != 0:
        return False
    parts = split_key(key)
    norm = "".join(parts)
    if norm in _NAME_PART_KEYS:
        return True
    if norm in ("first", "last", "given", "family", "middle"):
        owner = key.rsplit(".", 2)[-2].lower() if "." in key else _parent_key(toks, i)
        if owner in PERSON_ROLES | _PERSON_PARENTS:
            return True  # "user": {"first": "Siosaia", "last": "Havili"}, patient.last="IGLESIAS"
        if norm in ("first", "last") and _SIBLING_PART[norm].search(text) is not None:
            # last=OLAWALE first=YETUNDE: a record holding both is a person's (first=1 last=100 is a
            # page's, and first=true a flag's: only a word that is no ordinary word, or a name)
            w = toks[i][TEXT]
            return w.isalpha() and not is_word(w.lower()) and w.lower() not in NEVER_NAMES
    # contact_last, billing_first: a part of a name of someone the prefix names (not os_family,
    # font_family, last_run: there the part word means something else)
    return len(parts) == 2 and parts[1] in ("first", "last", "surname", "forename") and parts[0] in PERSON_ROLES


_PERSON_PARENTS: Final = frozenset("name names user person people author requester assignee".split())
# the other bare part key of the same record ("first" for "last" and back)
_SIBLING_PART: Final = {
    a: re.compile(r"(?<![\w.\-])(?i:" + b + r")[\"']?[ \t]*[=:]") for a, b in (("first", "last"), ("last", "first"))
}


def _parent_key(toks: list[Token], i: int) -> str:
    """The key of the object that holds token i (``"user": {... i ...}`` -> ``user``), lower-cased, or ""."""
    depth = 0
    for j in range(i - 1, max(-1, i - 80), -1):
        t = toks[j][TEXT]
        if t == "}":
            depth += 1
        elif t == "{":
            if depth:
                depth -= 1
                continue
            k = _list_key_end(toks, j - 1)
            if k >= 0 and toks[k][TEXT] in ("=", ":"):
                k -= 1
            if k >= 0 and toks[k][TEXT] in ('"', "'"):
                k -= 1
            return "".join(split_key(toks[k][TEXT])) if k >= 0 and toks[k][KIND] == WORD else ""
    return ""


def _list_key_end(toks: list[Token], k: int) -> int:
    """Token ``k`` is before an object's "{": if the object is an element of a list
    (``"items": [{…}, {…}]``), the token before the list's "[" instead."""
    depth = 0
    start = k
    while k >= 0 and start - k < 200:
        t = toks[k][TEXT]
        if t in ("}", "]"):
            depth += 1
        elif t in ("{", "[") and depth:
            depth -= 1
        elif t == "[":
            return k - 1
        elif depth == 0 and t != ",":
            return start  # not a list's element: the object's own key is before it
        k -= 1
    return start


_NAME_PART_KEYS: Final = frozenset(
    "firstname lastname givenname familyname surname forename middlename maidenname fname lname"
    # plural forms (passport and visa records: <Surnames>, <GivenNames>)
    " firstnames lastnames givennames surnames forenames middlenames".split()
) | FOREIGN_NAME_PART_KEYS


#: Score of two neighbouring words that the gazetteers know as first name + surname.
_PAIR_SCORE: Final = 0.75


def _gazetteer_pair(toks: list[Token], text: str, i: int, cand: list[bool]) -> bool:
    """A candidate next to another (same line, a space or a column gap) where the gazetteers
    know one as a first name and the other as a first name or surname, and neither is an
    ordinary word or a place only: ``Aksu      Songurkan``, ``Ping Fang``."""
    lex = load_lexicon()
    t = toks[i][TEXT]
    ft = fold(t)
    if is_word(t.lower()) or not (ft in lex.first or ft in lex.last):
        return False
    for j in (i - 1, i + 1):
        if not 0 <= j < len(toks) or not cand[j]:
            continue
        a, b = (j, i) if j < i else (i, j)
        gap = text[toks[a][END] : toks[b][START]]
        if not gap or len(gap) > 24 or "\n" in gap or not gap.isspace():
            continue
        o = toks[j][TEXT]
        fo = fold(o)
        if is_word(o.lower()):
            continue
        if (ft in lex.first and (fo in lex.last or fo in lex.first)) or (ft in lex.last and fo in lex.first):
            return True
    return False


def _given_family_pair(toks: list[Token], text: str, i: int, cand: list[bool]) -> bool:
    """Token ``i`` and its neighbour (one space apart) are a known given name then a known surname,
    ordinary words or not (``Chase Flowers``, ``Summer Little``): under a person key the pair is the
    person, however word-like its parts."""
    lex = load_lexicon()
    for a, b in ((i - 1, i), (i, i + 1)):
        if 0 <= a and b < len(toks) and cand[a] and cand[b] and text[toks[a][END] : toks[b][START]] == " " \
                and fold(toks[a][TEXT]) in lex.first and fold(toks[b][TEXT]) in lex.last:
            return True
    return False


# a ship's name: after its prefix, as the value of a vessel key, as the text of a vessel element
# (alternations of literals, far cheaper than a case-insensitive pattern on every line with a name)
_VESSEL_KINDS: Final = "MV MT FV SS RV MY SY HMS USNS USS HMCS HMAS INS".split()  # motor/fishing/research vessel, navies
_VESSEL_WORDS: Final = re.compile("vessel|ship|tug|boat|yacht|imo")
_VESSEL_PREFIXES: Final = re.compile("|".join(f"{k} " for k in _VESSEL_KINDS) + "|/V |/T |/Y ")
_VESSEL_NAME: Final = r"([A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,3})"
_VESSELS: Final = re.compile(
    r"(?:(?<![\w/])(?:" + "|".join(_VESSEL_KINDS) + r")|(?<![\w/])[MFRS]/[VTY])[ \t]+" + _VESSEL_NAME
    + r"|(?<![\w.\-])(?i:[\"']?(?:vessel|ship|tug|boat|yacht)(?:[_ ]?name)?(?:/voy(?:age)?)?[\"']?[ \t]*[:=][ \t]*[\"']?)"
    + _VESSEL_NAME
    + r"|<(?i:vessel|ship|tug)\b[^<>]*>[ \t]*" + _VESSEL_NAME + r"[ \t]*</"
    # "ship CAPE ELIZABETH", a name in capitals after the word; any name before its IMO number
    + r"|(?<![\w.\-])(?i:vessel|ship)[ \t]+([A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+){0,3})(?![\w'’])"
    + r"|" + _VESSEL_NAME + r"[ \t]*[,(]?[ \t]*IMO[ \t]*[:#]?[ \t]*[0-9]{7}(?![0-9])"
    # a vessel object's name: "vessel": {"name": "CHARLOTTE MAERSK", …}
    + r"|(?i:[\"']?(?:vessel|ship|tug|boat|yacht)[\"']?[ \t]*:[ \t]*\{[ \t]*[\"']?name[\"']?[ \t]*:[ \t]*[\"'])"
    + _VESSEL_NAME
)


def _vessels(text: str) -> list[tuple[int, int]]:
    """Ships' names (``MV MAERSK ESSEN``, ``"vessel": "ANNA MARIE"``, ``<Vessel …>ANNA MARIA</Vessel>``):
    ships are named after people as often as after places, and none of them is a person."""
    out: list[tuple[int, int]] = []
    for m in _VESSELS.finditer(text):
        g = next(k for k in range(1, 7) if m.group(k) is not None)
        out.append(m.span(g))
    return out


_TZ_AREAS: Final = frozenset("africa america antarctica arctic asia atlantic australia europe indian pacific etc".split())
_WEEKDAYS: Final = frozenset("mon tue tues wed thu thur thurs fri sat sun".split())
_MONTHS3: Final = frozenset("jan feb mar apr may jun jul aug sep oct nov dec".split())
_VERSION: Final = re.compile(r"v?\d+(?:\.\d+)+[a-z]?$")
_TRADEMARK: Final = ("(R)", "(TM)", "®", "™")


def _not_a_person(
    toks: list[Token], text: str, i: int, cand: list[bool], gz: str | None = None, memo: CallMemo | None = None
) -> bool:
    """Precision rules for a model-only candidate: labels, places, products, Title Case glue, holidays.

    Each looks at shape and the shipped lexicons, never at a corpus literal.
    """
    n = len(toks)
    t = toks[i][TEXT]
    low = t.lower()
    nxt = toks[i + 1] if i + 1 < n else None
    gap_n = text[toks[i][END] : nxt[START]] if nxt is not None else ""
    # a compound of ordinary words: "Renew-Subscription", "Read-Only", "Content-Type" (Jean-Luc,
    # Smith-Jones and Rose-Marie have a part that is no word or is a name)
    if "-" in t and _compound_of_words(t):
        return True
    # a short field label: "Rebuild: In Progress", "Auto Renew: Enabled" (an ordinary word before ':')
    if nxt is not None and nxt[TEXT] == ":" and gap_n == "" and is_word(low):
        return True
    # one capitalised word of a dictionary that no gazetteer holds as a name, alone (no name-shaped
    # word beside it): a queue, a state or a noun (assigned to Backlog., moved to Triage)
    if t[:1].isupper() and not (i > 0 and cand[i - 1] and text[toks[i - 1][END] : toks[i][START]] == " ") \
            and not (nxt is not None and cand[i + 1] and gap_n == " "):
        lex = load_lexicon()
        if fold(t) in lex.dictionary and not lex.is_name(t):
            return True
    # a letter's closing word before the signature: "Best,\nAnn Lee"
    if low in VALEDICTIONS and nxt is not None and nxt[TEXT] == "," and "\n" in text[nxt[END] : nxt[END] + 3]:
        return True
    # an IANA time zone: America/Sao_Paulo, Europe/Berlin
    if low in _TZ_AREAS and nxt is not None and nxt[TEXT] == "/" and gap_n == "":
        return True
    # the last word of a run: look past the run for ", WI" / ", Georgia" (a place), "1.10.2" (a version)
    # (a run is walked at most _RUN_REACH words each way: a name has fewer, and a window of
    # thousands of Title Case words must not cost each of them the whole run)
    j = i
    while j + 1 < n and j - i < _RUN_REACH and cand[j + 1] and text[toks[j][END] : toks[j + 1][START]] == " ":
        j += 1
    after = toks[j + 1] if j + 1 < n else None
    if after is not None:
        a = after[TEXT]
        if a in _CELL_SEPARATORS and j + 2 < n and text[after[END] : toks[j + 2][START]] in (" ", ""):
            b = toks[j + 2][TEXT]
            # a city before its state or province: "Tyler, TX", "Victoria|BC|CA"
            if b in REGION_CODES or (a == "," and b[:1].isupper() and fold(b) in load_lexicon().place
                                     and b.lower() not in NEVER_NAMES and _is_region_name(b)):
                return True
        if _VERSION.match(a) is not None and text[toks[j][END] : after[START]] == " ":
            return True  # Julia 1.10, Firefox 121.0: products carry versions, people do not
        if a == "(" and text[after[END] : after[END] + 3] in ("R)", "TM)"):
            return True
        if a in ("®", "™"):
            return True
        if a.lower() in ("day", "eve") or a.lower() in CALENDAR_WORDS:
            return True
    if low in CALENDAR_WORDS or (low.split("-", 1)[0] in VENDORS and t[:1].isupper()):
        return True  # holidays; a vendor is a company, never a person
    # a weekday abbreviation before a month: "[Sun Dec 04 ..." is a date
    if low in _WEEKDAYS and after is not None and after[TEXT].lower()[:3] in _MONTHS3:
        return True
    # walk back over the run: a vendor before it (Amazon Aurora, Intel Xeon), Title Case glue (Add To Cart)
    k = i
    while k - 1 >= 0 and i - k < _RUN_REACH and cand[k - 1] and text[toks[k - 1][END] : toks[k][START]] == " ":
        k -= 1
    if any(toks[x][TEXT].lower() in CALENDAR_WORDS for x in range(k, j + 1)):
        return True  # Christmas Day, Easter Monday
    if any(toks[x][TEXT].lower() in VENDORS and toks[x][TEXT][:1].isupper() for x in range(k, i)):
        return True  # Volkswagen Jetta: a maker earlier in the run makes it a product
    if memo is not None:
        if memo.place_of is not toks:
            memo.place_of, memo.place_cover = toks, _place_phrase_tokens(toks, text)
        cover = memo.place_cover
    else:
        cover = _place_phrase_tokens(toks, text)
    if i in cover:
        return True  # Santa Clara, Port Louis, Los Angeles: a place of several words
    lex = load_lexicon()
    if j > k:
        if fold(toks[k][TEXT]) in STREET_PREFIXES:
            return True  # Calle Mayor, Jalan Sudirman, Rua Augusta: a street named after its type
        last = toks[j][TEXT]
        lf = fold(last)
        if lf in STREET_TYPES and len(lf) > 2 and lf not in lex.last:
            return True  # Ludwig van Beethoven Strasse, Harriet Tubman Avenue: an address
        if any(fold(toks[x][TEXT]) in STREET_TYPES and len(toks[x][TEXT]) > 2 for x in range(k + 1, j)):
            return True  # "Victoria Street Bakery": a street type inside the run makes it a place's name
        if (
            last[:1].isupper() and is_word(last.lower()) and lf not in lex.first and lf not in lex.last
            and not any(_clear_given_name(toks[x][TEXT], lex) for x in range(k, j))
        ):
            # the run ends in an ordinary noun no name list has, after no clear given name: a
            # Title Case phrase naming a thing (Harmony Pipeline, Alexa Skills), not a person
            # (Eric Renders, Antonia Humer: a given name before a surname that is also a word)
            return True
    if after is not None and text[toks[j][END] : after[START]] == " " and _title_word(after[TEXT], lex) and not any(
        _clear_given_name(toks[x][TEXT], lex) for x in range(k, j + 1)
    ):
        return True  # "Harmony Health Portal": the run goes on in ordinary Title Case words that name a thing
    if (
        k == j and k >= 1 and toks[k - 1][KIND] == WORD and text[toks[k - 1][END] : toks[k][START]] == " "
        and _title_word(toks[k - 1][TEXT], lex) and _title_word(t, lex)
    ):
        return True  # "User Guide", "Release Notes": an ordinary word after another, both Title Case
    if k >= 1 and toks[k - 1][KIND] == WORD and text[toks[k - 1][END] : toks[k][START]] == " ":
        prev = toks[k - 1][TEXT]
        if prev.lower() in VENDORS and prev[:1].isupper():
            return True
        if prev[:1].isupper() and prev.lower() in TITLE_CASE_GLUE:
            return True
    # a lone word that is a place and not also a person's name in the gazetteers
    # (next to another name word it is part of a full name: Ngozi Okonkwo)
    if k != i or j != i:
        return False
    if gz is None:
        gz = load_lexicon().classes(t)
    if gz == "p":
        return True
    before_lower = nxt is not None and nxt[KIND] == WORD and nxt[TEXT][:1].islower() and gap_n == " "
    # a lone -ing word starting a sentence and followed by a lower-case word ("... assigned. Ramping
    # up all reduces"): a verb, unless the gazetteers know it as a name (Fleming, Browning)
    if not gz and low.endswith("ing") and len(low) >= 7 and _sentence_start(toks, k) and before_lower:
        return True
    # an ordinary word opening a sentence or a cell before a lower-case ordinary word ("Offer letter
    # for …", "|Invoice attached|"): a sentence's first word, unless it is also a given name (Grace said)
    return (
        before_lower and "f" not in gz and is_word(low) and is_word(nxt[TEXT]) and len(low) >= 3  # type: ignore[index]
        and (_sentence_start(toks, k) or toks[k - 1][TEXT] in _CELL_STARTS)
        and not _after_initial_or_title(toks, k)
    )


def _compound_of_words(word: str) -> bool:
    """Every part is an ordinary word (the model's list or the dictionary) and not every part is a
    given name (Grace-Joy is a person; a surname that is a word, Read, does not make one)."""
    lex = load_lexicon()
    parts = word.split("-")
    return (
        len(parts) >= 2
        and all(p and (is_word(p.lower()) or fold(p) in lex.dictionary) for p in parts)
        and not all(fold(p) in lex.first for p in parts)
    )


def _title_word(word: str, lex: Lexicon) -> bool:
    """A Title Case ordinary word that no name list has (Portal, Guide, Health)."""
    if len(word) < 2 or not word[0].isupper() or not word[1:].islower() or not is_word(word.lower()):
        return False
    f = fold(word)
    return f not in lex.first and f not in lex.last


def _clear_given_name(word: str, lex: Lexicon) -> bool:
    low = word.lower()
    return not is_word(low) and low not in NEVER_NAMES and fold(word) in lex.first


_AFTER_INITIAL: Final = frozenset({"", " ", "\t", "\n", "\r", ")", "]", "}", ",", ";", '"', "'"})
_CELL_SEPARATORS: Final = frozenset({",", "|", ";", "\t"})
_PLACE_REACH: Final = 3  # words looked at before and after a run for a place of several words
# lower-case words inside place names: Bergen op Zoom, Stratford-upon-Avon, Frankfurt am Main
_PLACE_LINKS: Final = PARTICLES | frozenset("op sur sous am an im upon on en aan över och i e".split())


def _place_phrase_tokens(toks: list[Token], text: str) -> frozenset[int]:
    """The tokens inside a place name of two to six words the gazetteer knows, joined by single
    spaces or a query string's ``+`` (``Santa Clara``, ``Port+Louis``, ``Bergen op Zoom``).

    One pass over the text: the stretches of place-shaped words (capitalised, or link words),
    and in each the sub-phrases the place list holds."""
    out: set[int] = set()
    n = len(toks)
    x = 0
    while x < n:
        w = toks[x][TEXT]
        if toks[x][KIND] != WORD or not w[:1].isupper() or len(w) < 2 or w.isupper():
            x += 1  # (a word in capitals: a level, a method; records of capitals have their own view)
            continue
        run = [x]
        y = x
        while True:
            z = _place_neighbour(toks, text, y, 1)
            if z < 0:
                break
            run.append(z)
            y = z
        if len(run) >= 2:
            seq = [fold(toks[t][TEXT]) for t in run]
            place = load_lexicon().place
            for a in range(len(run)):
                if toks[run[a]][TEXT] in _PLACE_LINKS:
                    continue  # a place starts with a capitalised word
                for b in range(a + 2, min(len(run), a + 6) + 1):
                    if toks[run[b - 1]][TEXT] not in _PLACE_LINKS and " ".join(seq[a:b]) in place:
                        out.update(run[a:b])
        x = run[-1] + 1
    return frozenset(out)


def _may_be_place_word(word: str) -> bool:
    # (the words of a place are capitalised or link words: the others end the walk at once)
    return len(word) > 1 and (word[:1].isupper() or word in _PLACE_LINKS)


def _place_neighbour(toks: list[Token], text: str, x: int, step: int) -> int:
    """The word next to token x across one space or a glued ``+``; -1 when there is none."""
    y = x + step
    if not 0 <= y < len(toks):
        return -1
    a, b = (y, x) if step < 0 else (x, y)
    if toks[y][KIND] == WORD and text[toks[a][END] : toks[b][START]] == " ":
        return y if _may_be_place_word(toks[y][TEXT]) else -1
    z = y + step
    if toks[y][TEXT] == "+" and 0 <= z < len(toks) and toks[z][KIND] == WORD and _may_be_place_word(toks[z][TEXT]):
        lo, hi = (z, x) if step < 0 else (x, z)
        if toks[lo][END] == toks[y][START] and toks[y][END] == toks[hi][START]:
            return z
    return -1


_RUN_REACH: Final = 6  # words of a Title Case run looked at on each side of a candidate
_CELL_STARTS: Final = frozenset({",", "|", '"', "(", "[", "–", "—"})


def _after_initial_or_title(toks: list[Token], k: int) -> bool:
    """Token ``k`` follows "A." or "Dr.": the full stop ends an initial or a title, not a sentence."""
    if k < 2 or toks[k - 1][TEXT] != ".":
        return False
    w = toks[k - 2][TEXT]
    return (len(w) == 1 and w.isupper()) or w.lower() in TITLES


def _sentence_start(toks: list[Token], k: int) -> bool:
    """Token ``k`` opens the text, or follows a full stop, "!", "?" or a colon."""
    return k == 0 or toks[k - 1][TEXT] in (".", "!", "?", ":", ";")


_REGIONS: Final = frozenset(
    """
    alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho
    illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
    mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah
    vermont virginia washington wisconsin wyoming alberta ontario quebec manitoba saskatchewan
    """.split()
)


def _is_region_name(word: str) -> bool:
    return fold(word) in _REGIONS or word.isupper()




_DAY_KEYS: Final = frozenset("mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday".split())
_DAY_KEY_RE: Final = re.compile(r"(?i)\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}=")


def _is_key_or_placeholder(toks: list[Token], i: int) -> bool:
    """Token i is glued to a following ``=`` (a key), is a quoted JSON key (``"Ip":``), sits
    in braces (``{Ip}``, a message template's placeholder) or is a class printing its fields
    (``Driver(id=…)``, ``Customer{name=…}``)."""
    n = len(toks)
    end = toks[i][END]
    nxt = toks[i + 1] if i + 1 < n else None
    if nxt is None or nxt[START] != end:
        return False
    if nxt[TEXT] == "=":
        return True
    if nxt[TEXT] in ("(", "{") and i + 3 < n:
        field, sep = toks[i + 2], toks[i + 3]
        if field[START] == nxt[END] and field[TEXT][:1].isalpha() and sep[TEXT] in ("=", ":") \
                and sep[START] == field[END]:
            return True  # Driver(id=…), Customer{name='…'}: a class printing its fields (toString, repr)
    if nxt[TEXT] in ('"', "'") and i + 2 < n and toks[i + 2][TEXT] == ":" and toks[i + 2][START] == nxt[END]:
        return i >= 1 and toks[i - 1][TEXT] == nxt[TEXT] and toks[i - 1][END] == toks[i][START]
    return nxt[TEXT] == "}" and i >= 1 and toks[i - 1][TEXT] == "{" and toks[i - 1][END] == toks[i][START]


# the characters of an e-mail address's local part that can spell a name (letters, ' - . _)
_MAIL_SPLIT: Final = re.compile(r"[._]")
_MAIL_LOCAL_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'-._")


def _mail_locals(text: str) -> list[str]:
    """The local parts of the e-mail addresses in (the first 4 KB of) ``text``."""
    out: list[str] = []
    at = text.find("@", 0, 4096)
    while at > 0:
        s = at
        while s > 0 and text[s - 1] in _MAIL_LOCAL_CHARS and at - s < 64:
            s -= 1
        local = text[s:at].strip("._-'")
        if local and local[0].isalpha() and "." in text[at : at + 64]:
            out.append(local)
        at = text.find("@", at + 1, 4096)
    return out


def _mail_owner_tokens(toks: list[Token], text: str, cand: list[bool]) -> frozenset[int]:
    """Candidate tokens that spell the name in an e-mail address of the text: all its parts in a
    row (``grace.wood@…`` and ``Grace Wood``), or one part that is no ordinary word (``Rakhimov``)."""
    seqs: list[list[str]] = []
    for local in _mail_locals(text):
        parts = [p.lower() for p in _MAIL_SPLIT.split(local)]
        if 2 <= len(parts) <= 3 and all(len(p) >= 2 and p not in NEVER_NAMES for p in parts):
            seqs.append(parts)
    if not seqs:
        return frozenset()
    single = {p for parts in seqs for p in parts if not is_word(p)}
    words = {i: fold(t[TEXT]) for i, t in enumerate(toks) if cand[i]}
    out = {i for i, w in words.items() if w in single}
    for parts in seqs:
        for i in words:
            span = [i + k for k in range(len(parts))]
            if all(words.get(x) == p for x, p in zip(span, parts)):
                out.update(span)
    return frozenset(out)


def _initials_start(toks: list[Token], text: str, k: int) -> int:
    """The first of up to two initials (``J``, ``J.``) standing, one space apart, right before
    token k; k itself when there is none."""
    units = 0
    while units < 2:
        x = k - 1
        if x >= 1 and toks[x][TEXT] == ".":
            x -= 1  # an initial's dot
        if not (x >= 0 and toks[x][KIND] == WORD and len(toks[x][TEXT]) == 1 and toks[x][TEXT].isupper()):
            break
        if text[toks[k - 1][END] : toks[k][START]] != " ":
            break
        units += 1
        k = x
    return k


def _title_before(toks: list[Token], k: int) -> bool:
    """A title (``Mr``, ``Mr.``, ``DR``) stands right before token k."""
    t = k - 1
    if t >= 1 and toks[t][TEXT] == ".":
        t -= 1
    return t >= 0 and toks[t][KIND] == WORD and toks[t][TEXT].lower() in TITLES


def _initials_before(toks: list[Token], text: str, i: int, start: int) -> int:
    """The start of a name at token i moved back over one or two initials after a title
    ("Mr J Okafor", "Mrs A. B. Obiora", "MR J OKAFOR"): the initials are part of the name."""
    x = _initials_start(toks, text, i)
    return toks[x][START] if x < i and _title_before(toks, x) else start


def _in_list(toks: list[Token], i: int) -> bool:
    """Token i is inside a bracketed list (``[...]`` or ``(...)``) opened at most 60 tokens before it."""
    depth = 0
    for j in range(i - 1, max(-1, i - 60), -1):
        t = toks[j][TEXT]
        if t in ("]", ")"):
            depth += 1
        elif t in ("[", "("):
            if depth == 0:
                return True
            depth -= 1
    return False


def _is_schedule(text: str) -> bool:
    """Three or more weekday keys with values: a rota (``Mon=Ann Tue=Bo Wed=Cy``)."""
    return len(_DAY_KEY_RE.findall(text, 0, 4096)) >= 3


def _strong_person_key(parts: list[str]) -> bool:
    """``first_name``, ``lastName``, ``contact_last``, ``billing_first``: a key that names a name part."""
    if "".join(parts) in PERSON_KEY_PARTS:
        return True
    if len(parts) >= 2 and parts[-1] in ("family", "given"):
        # os_family, font-family, address_family: "family" is a kind there, not a surname
        return parts[-2] in PERSON_ROLES
    return len(parts) >= 2 and (parts[-1] in NAME_PART_SUFFIXES or "".join(parts[-2:]) in PERSON_KEY_PARTS)


# A message's signature ("... call me back" — Ann Lee) and its header ("comment by Ann:",
# "ticket #4411 from Ann Lee:", "Messaggio da Ann:"): the writer's name, whatever the model says.
_DASHES: Final = frozenset({"—", "–", "--", "―"})
_BY_FROM: Final = frozenset({"by", "from", "da", "von", "de"})
# A person named by their relation to the writer, after a possessive: "my husband X", "our CFO X".
_RELATION_NOUNS: Final = frozenset(
    """husband wife partner son daughter mother father mom mum dad brother sister aunt uncle cousin
    grandmother grandfather grandson granddaughter fiance fiancee friend neighbour neighbor colleague
    coworker boss manager supervisor assistant landlord tenant roommate flatmate doctor lawyer
    accountant ceo cfo cto coo owner""".split()
)
_POSSESSIVES: Final = frozenset("my our your his her their".split())
_OBJECT_PREPOSITIONS: Final = frozenset("for to from by with of".split())
_MESSAGE_NOUNS: Final = frozenset(
    """comment comments reply replies message messages note notes post review feedback question answer
    email mail letter ticket request update memo messaggio mensaje nachricht mensagem bericht""".split()
)
_SIGNATURE_END: Final = re.compile(r"""[\s"'}\])]*\Z""")


# A browser's user agent: product tokens and platform words (like Mac OS X, Windows NT), no person.
_USER_AGENT: Final = re.compile(r"Mozilla/\d[^\"\n]{0,400}?(?=[\"\n]|\s[\w.\-]+[=:]|$)")


def _user_agents(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _USER_AGENT.finditer(text)]


# Words that speak to someone before a name, besides the greetings: "sorry Ann,", "ok Ann!".
_VOCATIVE_CUES: Final = frozenset("sorry ok okay thx ty yo bye morning evening congrats congratulations".split())
# Verbs of handling a ticket or a task whose "by"/"to" names a person: "resolved by Ann."
# ("assigned to" / "escalated to" take teams and queues as often: not here)
_HANDLING_VERBS: Final = frozenset(
    "resolved handled closed approved rejected reviewed answered acknowledged signed over".split()
)
# Keys whose value is free text: the positions inside it (greetings, signatures) still count.
_FREE_TEXT_KEYS: Final = frozenset("text msg message body comment note description content log summary".split())


def _clause_ends(toks: list[Token], k: int, marks: str) -> bool:
    """Does a run of name words that stops before token ``k`` end the text, or sit right before
    one of ``marks``?"""
    return k >= len(toks) or (toks[k][TEXT] in marks and toks[k][START] == toks[k - 1][END])


def _signed_or_headed(toks: list[Token], text: str, j: int, k: int) -> int:
    """``_FIRM`` if the name run ending before token ``k`` is a signature after a dash at token
    ``j`` (nothing but quotes/brackets after it); 1 if it is the writer in a message header
    (``<noun> by|from NAME:``: the model's floor still applies, "update from Jenkins:"); else 0."""
    before = toks[j][TEXT]
    if before in _DASHES or (before == "-" and j >= 1 and toks[j - 1][TEXT] == "-"):
        end = toks[k - 1][END]
        return _FIRM if _SIGNATURE_END.match(text, end) is not None else 0
    if toks[j][KIND] != WORD or before.lower() not in _BY_FROM or k >= len(toks) or toks[k][TEXT] != ":":
        return 0
    m = j - 1
    while m >= 0 and (toks[m][KIND] != WORD or toks[m][TEXT][:1].isdigit()) and j - m < 4:
        m -= 1  # "ticket #95937 from": step back over the number and its "#"
    if m < 0 or toks[m][TEXT].lower() not in _MESSAGE_NOUNS:
        return 0
    # "comment by X:" names the author; after "from" a tool may speak ("update from Jenkins:"),
    # so there only two or more name-shaped words (a whole name) outrank the model
    return _FIRM if before.lower() == "by" or k - j > 2 else 1


class _Lookup:
    """Marker: find the key here."""


_LOOKUP: Final = _Lookup()


def _structure(toks: list[Token], text: str, i: int, key_parts: list[str] | _Lookup | None = _LOOKUP) -> int:
    """+1: an unambiguous name position (``_FIRM``: after a title, a signature, a header's writer); -1: a key that never
    holds a person; 0: no opinion.

    ``key_parts``: ``split_key`` of the token's key if the caller found it already (None: no key)."""
    # an XML/HTML element or attribute name (<Dbtr>, </Nm>, <Order Id=..>) is markup, never a person
    if i >= 1 and toks[i - 1][END] == toks[i][START]:
        p = toks[i - 1][TEXT]
        if p == "<" or (p == "/" and i >= 2 and toks[i - 2][TEXT] == "<" and toks[i - 2][END] == toks[i - 1][START]):
            return -1
    if isinstance(key_parts, _Lookup):
        key, _ = find_key(toks, text, i)
        key_parts = split_key(key) if key else None
    if key_parts is not None:
        parts = key_parts
        norm = "".join(parts)
        if norm == "host" and toks[i][TEXT][:1].isupper() and not toks[i][TEXT].isupper():
            return 0  # host="Emre Demir": a visitor's host is a person; a machine's is lower case
        if thing_key(parts):
            return -1
        if len(parts) >= 2 and parts[-1] in ("family", "given") and parts[-2] not in PERSON_ROLES:
            return -1  # font-family, os_family, product_family: a kind of thing, never a surname
        if parts and parts[-1] in _LABEL_KEYS and (
            (len(parts) >= 2 and parts[-2] in THING_OWNERS) or (len(parts) == 1 and _parent_key(toks, i) in THING_OWNERS)
        ):
            return -1  # ticket_group_name, "group": {"name": ...}: the name of a group, a team, an app
        if norm in ("first", "last", "given", "middle"):
            parent = _parent_key(toks, i)
            if parent and not (parent in PERSON_ROLES or parent in _PERSON_PARENTS or parent in PERSON_KEYS
                               or parent[:-1] in PERSON_KEYS):  # ("drivers": [{"first": …}]: people)
                return -1  # "range": {"first": "Alpha", "last": "Omega"}: the ends of a thing, no person's
        plural = norm.endswith("s") and norm[:-1] in PERSON_KEYS and norm[:-1] not in _WEAK_KEYS
        if plural and _in_list(toks, i):
            # attendees=[Faith Black, Angel Frost]: a list of people, word-like names too (Chase
            # Rose); an ordinary word that is no known name is a team or a thing (owners=[Platform])
            w = toks[i][TEXT]
            return _CERTAIN if not is_word(w.lower()) or load_lexicon().is_name(w) else _FIRM
        single = norm[:-1] if plural else norm  # attendees, owners
        if norm in _DAY_KEYS and _is_schedule(text):
            w = toks[i][TEXT]
            if not is_word(w.lower()) or load_lexicon().is_first(w):
                return _CERTAIN  # "Mon=Mark Wed=Comfort": a rota's days hold people, word-like or not
        if norm in FOREIGN_NAME_PART_KEYS:
            return _CERTAIN  # NACHN=Okwuosa, voornaam: a key naming a part of a name decides
        if _strong_person_key(parts) or (single in PERSON_KEYS and single not in _WEAK_KEYS):
            # a word of a script without case says nothing to the model by its shape: under a
            # person key (姓名: 王小明) the key decides
            return _FIRM if script(toks[i][TEXT]) in CASELESS else 1
        if norm not in _FREE_TEXT_KEYS:
            return 0
    if i >= 1 and toks[i - 1][TEXT] == "[" and _BOUND_PARAM.search(text, max(0, toks[i][START] - 40), toks[i][START]):
        return 1
    # walk back over the earlier words of this name, then look at the word before it
    j = i - 1
    while j >= 0 and toks[j][KIND] == WORD and is_candidate(toks[j]) and i - j < 4:
        j -= 1
    # initials between a title and the surname: "MR J OKAFOR", "Mrs A. B. Obiora"
    x = _initials_start(toks, text, j + 1)
    if x <= j and _title_before(toks, x):
        j = x - 1
    if j >= 0 and toks[j][TEXT] == "." and j >= 1:
        j -= 1
    # the token after the run of name-shaped words holding token i
    k = i + 1
    while k < len(toks) and toks[k][KIND] == WORD and is_candidate(toks[k]) and k - i < 4:
        k += 1
    if j >= 0 and toks[j][KIND] == WORD:
        w = toks[j][TEXT].lower()
        if w in TITLES:
            return _FIRM
        if w in _RELATION_NOUNS and j >= 1 and toks[j - 1][TEXT].lower() in _POSSESSIVES and j == i - 1:
            return _FIRM  # "my husband Tsegaye", "our CFO Bolat ...": a person named by a relation
        if w in GREETINGS or w in _VOCATIVE_CUES:
            # "sorry Qutaybah, ..." / "ok Orinder!": a name spoken to, when a comma or "!" closes it
            return _FIRM if _clause_ends(toks, k, ",!") else 1 if w in GREETINGS else 0
        if j >= 1 and (w == "by" or (w == "to" and toks[j - 1][TEXT].lower() == "over")) and (
            toks[j - 1][TEXT].lower() in _HANDLING_VERBS and _clause_ends(toks, k, ".,;!")
        ):
            return _FIRM  # "resolved by Gloria." / "handed over to Rafaela."
        if (
            w in _OBJECT_PREPOSITIONS and k < len(toks) and toks[k][TEXT] == ":" and toks[k][START] == toks[k - 1][END]
            and k - j >= 3 and not any(is_word(toks[x][TEXT].lower()) for x in range(j + 1, k))
        ):
            return _FIRM  # "Payment declined for Siosaia Havili: insufficient funds": a whole name, then the reason
    # the writer naming themselves: "Siosaia here again", ", Marta here —"
    if (
        k + 1 < len(toks) and toks[k][TEXT] == "here" and text[toks[k - 1][END] : toks[k][START]] == " "
        and toks[k + 1][TEXT] in ("again", ",", "—", "–", "-", ".", "!", ":")
        and (j < 0 or toks[j][TEXT] in (",", ".", "!", "?", ":", "—", "-", "(") or text[toks[j][END] : toks[j + 1][START]].count("\n"))
        and not is_word(toks[i][TEXT].lower())
    ):
        return _FIRM
    # display name before an address: Ann Lee <ann@example.com>, "Ann Lee" <...>
    if j >= 0:
        position = _signed_or_headed(toks, text, j, k)
        if position:
            return position
    if k < len(toks) and toks[k][TEXT] in ('"', "'"):
        k += 1
    if k + 2 < len(toks) and toks[k][TEXT] == "<" and "@" in text[toks[k][END] : toks[k][END] + 80].split(">", 1)[0]:
        return 1
    return 0
