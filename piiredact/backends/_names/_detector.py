"""`NameDetector`: person names in log lines from structure first, then the model.

Per text: tokenise, gate (only name-shaped words that are not log vocabulary are
candidates; a line without one costs a tokenisation and nothing more), score each
candidate with the model, lift candidates that sit in an unambiguous structure
(a person key, a greeting or title, a display name before ``<email>``) to >= 0.85,
drop those under a key that never holds a person, and join neighbouring name words
into one span. Results are cached by a hash of the text (the text itself is not kept).
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import Final

from ..._entities import NAME
from ..._finding import Finding
from ._features import candidates, features, find_key, first_word_index, hashed, is_candidate, split_key
from ._model import NameModel, load_model
from ._tokens import _TOKEN_RE, END, KIND, START, TEXT, WORD, Token, tokenize
from ._vocab import GREETINGS, NEVER_NAMES, NON_PERSON_KEYS, PARTICLES, PERSON_KEY_PARTS, PERSON_KEYS, TITLES

#: Score of a name found through structure (key, greeting, title, display name).
STRUCTURE_SCORE: Final = 0.9
# Below this model probability even a person key does not make a word a name
# ("name": "Redis" stays a service).
_STRUCTURE_FLOOR: Final = 0.1
# A name-shaped word next to a confident name word joins it from this probability.
_NEIGHBOUR: Final = 0.15
#: Texts longer than this are scanned in windows so memory stays bounded.
_WINDOW: Final = 8192
#: Score of a lower-case or ALL-CAPS value under an unambiguous person key.
_S_ANY_CASE: Final = 0.85
# Cheap pre-check for the any-case rule: only lines mentioning such a key pay for it.
_STRONG_KEY_RE: Final = re.compile(
    r"(?i)(?:first|last|full|given|family|middle|sur|fore|display|legal|maiden|holder|contact|customer)[_\- ]?name"
    r"|cardholder|fname|lname"
)
# Where an ASCII candidate can start: a capital after a non-word character, then a
# lower-case letter or apostrophe (a superset of candidate starts; see _has_candidate).
_CAP_START: Final = re.compile(r"(?<!\w)[A-Z][a-z']")
# Keys too generic to lift a value on their own: the model decides those.
_WEAK_KEYS: Final = frozenset({"name", "names", "to", "from", "cc", "bcc", "contact", "display", "person"})


class NameDetector:
    """Detects NAME spans; thread-safe (immutable model, locked cache)."""

    name = "names"
    entities: frozenset[str] = frozenset({NAME})

    def __init__(
        self, *, threshold: float = 0.5, cache_size: int = 4096, model: NameModel | None = None
    ) -> None:
        self._threshold = threshold
        self._model = model
        self._cache_size = max(0, int(cache_size))
        self._cache: OrderedDict[tuple[int, int], tuple[Finding, ...]] = OrderedDict()
        self._lock = threading.Lock()

    @property
    def model(self) -> NameModel:
        if self._model is None:
            self._model = load_model()
        return self._model

    def detect(self, texts: Sequence[str]) -> list[list[Finding]]:
        return [self.detect_one(t) for t in texts]

    def close(self) -> None:
        """Drop the cache."""
        with self._lock:
            self._cache.clear()

    def cache_info(self) -> dict[str, int]:
        """Value-free cache figures (entries, capacity)."""
        with self._lock:
            return {"entries": len(self._cache), "capacity": self._cache_size}

    # -- one text --------------------------------------------------------------------

    def detect_one(self, text: str) -> list[Finding]:
        if not text:
            return []
        # hash() of a str is computed once and kept on the object; the key holds no text.
        key = (hash(text), len(text))
        if self._cache_size:
            with self._lock:
                hit = self._cache.get(key)
                if hit is not None:
                    self._cache.move_to_end(key)
                    return list(hit)
        if len(text) <= _WINDOW:
            found = self._scan(text)
        else:
            found = self._scan_long(text)
        if self._cache_size:
            with self._lock:
                self._cache[key] = tuple(found)
                if len(self._cache) > self._cache_size:
                    self._cache.popitem(last=False)
        return found

    def _scan_long(self, text: str) -> list[Finding]:
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
            out.extend(f.shifted(pos) for f in self._scan(text[pos:end]))
            pos = end
        return out

    def scores(self, text: str) -> list[tuple[int, int, float]]:
        """(start, end, score) for every candidate word, before thresholding (for tools/tests)."""
        toks = tokenize(text)
        cand = candidates(toks)
        return [(toks[i][START], toks[i][END], s) for i, s in self._score(toks, text, cand).items()]

    def _score(self, toks: list[Token], text: str, cand: list[bool]) -> dict[int, float]:
        model = self.model
        mask = model.mask
        fw = first_word_index(toks)
        out: dict[int, float] = {}
        for i, c in enumerate(cand):
            if not c:
                continue
            p = model.prob(hashed(features(toks, text, i, cand, fw), mask))
            lift = _structure(toks, text, i)
            if lift < 0:
                p = min(p, 0.05)
            elif lift > 0 and p >= _STRUCTURE_FLOOR:
                p = max(p, STRUCTURE_SCORE)
            out[i] = p
        return out

    def _scan(self, text: str) -> list[Finding]:
        low = text.lower()
        # substring tests first: the case-insensitive key pattern is slow on every line
        strong = ("name" in low or "holder" in low) and _STRONG_KEY_RE.search(text) is not None
        if not strong and text.isascii() and not _has_candidate(text):
            return []
        toks = tokenize(text)
        cand = candidates(toks)
        if True not in cand and not strong:
            return []
        scores = self._score(toks, text, cand)
        if strong:
            _lower_and_upper_case_values(toks, text, cand, scores)
        th = self._threshold
        n = len(toks)
        kept = {i for i, p in scores.items() if p >= th}
        if not kept:
            return []
        # A confident name word pulls in weaker name-shaped neighbours ("Vincent" beside
        # "Strohmeier"): a half-redacted name still leaks.
        grow = list(kept)
        while grow:
            i = grow.pop()
            for j in (i - 1, i + 1):
                if j in kept or not 0 <= j < n or scores.get(j, 0.0) < _NEIGHBOUR:
                    continue
                a, b = (j, i) if j < i else (i, j)
                if _joins(text[toks[a][END] : toks[b][START]]):
                    kept.add(j)
                    grow.append(j)
        out: list[Finding] = []
        i = 0
        while i < n:
            if i not in kept:
                i += 1
                continue
            start, end, best = toks[i][START], toks[i][END], scores[i]
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
                if (
                    t[KIND] == WORD and len(t[TEXT]) == 1 and t[TEXT].isupper() and j + 2 < n
                    and toks[j + 1][TEXT] == "." and toks[j + 1][START] == t[END] and j + 2 in kept
                ):
                    end = toks[j + 2][END]
                    best = max(best, scores[j + 2])
                    j += 3
                    continue
                break
            out.append(Finding(start, end, NAME, round(best, 4), "builtin"))
            i = j
        return out


def _has_candidate(text: str) -> bool:
    """Cheap pre-gate for ASCII text: is any capitalised word a candidate? (No full tokenising.)"""
    match = _TOKEN_RE.match
    for m in _CAP_START.finditer(text):
        t = match(text, m.start())
        if t is not None and t.lastindex == 1 and is_candidate((t.group(), 0, 0, WORD)):
            return True
    return False


def _joins(gap: str) -> bool:
    """Whitespace that can sit between two words of one name: none, or one or two spaces."""
    return gap in ("", " ", "  ")


def _lower_and_upper_case_values(toks: list[Token], text: str, cand: list[bool], scores: dict[int, float]) -> None:
    """Values of unambiguous person keys in any case: ``first_name=ann``, ``lastName: SMITH``."""
    n = len(toks)
    for i, t in enumerate(toks):
        if cand[i] or t[KIND] != WORD or (i + 1 < n and toks[i + 1][TEXT] in ("=", ":")):
            continue  # a name-shaped word already scored, punctuation, or the next key
        w = t[TEXT]
        if len(w) < 2 or not w.replace("'", "").replace("-", "").isalpha() or w.lower() in NEVER_NAMES:
            continue
        key, _ = find_key(toks, text, i)
        if key and "".join(split_key(key)) in PERSON_KEY_PARTS:
            scores[i] = _S_ANY_CASE


def _structure(toks: list[Token], text: str, i: int) -> int:
    """+1: an unambiguous name position; -1: a key that never holds a person; 0: no opinion."""
    key, _ = find_key(toks, text, i)
    if key:
        parts = split_key(key)
        norm = "".join(parts)
        if norm in NON_PERSON_KEYS or (parts and parts[-1] in ("id", "ids", "count", "host", "url")):
            return -1
        if norm in PERSON_KEY_PARTS or (norm in PERSON_KEYS and norm not in _WEAK_KEYS):
            return 1
        return 0
    # walk back over the earlier words of this name, then look at the word before it
    j = i - 1
    while j >= 0 and toks[j][KIND] == WORD and is_candidate(toks[j]) and i - j < 4:
        j -= 1
    if j >= 0 and toks[j][TEXT] == "." and j >= 1:
        j -= 1
    if j >= 0 and toks[j][KIND] == WORD:
        w = toks[j][TEXT].lower()
        if w in TITLES or w in GREETINGS:
            return 1
    # display name before an address: Ann Lee <ann@example.com>, "Ann Lee" <...>
    k = i + 1
    while k < len(toks) and toks[k][KIND] == WORD and is_candidate(toks[k]) and k - i < 4:
        k += 1
    if k < len(toks) and toks[k][TEXT] in ('"', "'"):
        k += 1
    if k + 2 < len(toks) and toks[k][TEXT] == "<" and "@" in text[toks[k][END] : toks[k][END] + 80].split(">", 1)[0]:
        return 1
    return 0
