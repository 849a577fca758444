"""Words whose case says nothing: a second model reads lower-case and upper-case tokens in context.

The name model sees capitalised words only, so a name written in lower case (``jsmith``,
``maria.lopez``, ``owner=okafor``) or in capitals (``PAYEE MORRISON-HALE``) was found only where a rule
knew the position: a key, a phrase, a record format. Formats nobody wrote a rule for missed them
(on the development packs' unseen formats, lower-case names were found about three times in four).

Here every such token whose *spelling* could be a person's, judged with the gazetteers and the
login-shape model (:func:`uncased_kind`), is scored by a logistic regression over the same context
features as the name model (:func:`..._features.features`: neighbours, the key, position) plus what
the spelling says (:func:`uncased_features`). It is trained by ``tools/names/train_uncased.py`` on
the name model's training lines (the generator's and the development packs'), never on the
evaluation sets. It only adds findings where no rule found anything, at high thresholds
(:data:`MIN_SCORE`), and the detector's company and object vetoes still apply to them. (The rules
own the accounts in paths, ``/home/<login>``, and handles, ``@<login>``: the tier leaves those alone,
and the values of keys that never hold a person, ``host=``.)
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from ..._entities import NAME, USERNAME
from ..._finding import Finding
from ._caps import STREET_TYPES, is_legal_form
from ._fastscore import CallMemo
from ._features import (
    GATED_OUT,
    PRONOUNCEABLE,
    candidates,
    features,
    find_key,
    first_word_index,
    hashed,
    is_any_word,
    split_key,
    thing_key,
)
from ._lexicon import Lexicon, fold
from ._loginshape import login_prob
from ._model import NameModel, load_model
from ._shaped import agent_noun_tail, glued_name, two_words
from ._tokens import END, KIND, START, TEXT, WORD, Token
from ._vocab import HOST_WORDS, INTERFACE_NAMES, SERVICE_ACCOUNTS, SERVICE_SUFFIXES

#: Package data: the uncased model's weights (written by ``tools/names/train_uncased.py``).
MODEL_FILE: Final = "uncased.bin"
#: log2 of its weight table's size.
BITS: Final = 18
#: Every kind ``uncased_kind`` returns.
KINDS: Final = ("lc-parts", "lc-pshape", "lc-glued", "lc-shape", "lc-gz", "uc-gz", "uc-parts", "uc-shape")
#: The model's probability a token needs to be a finding, by the kind of spelling evidence. It adds
#: to rules that are already precise, so each is set for precision: each development pack scored by a
#: name model and an uncased model that did not train on it, the lowest threshold at which that kind's
#: *new* findings (where the rest of the detector found nothing) were right four times in five or more
#: (``python benchmarks/uncased_lopo.py`` charts them and prints the choice). Two kinds never were and
#: are not asked: a known name alone in capitals (``uc-gz``: firms, brands and codes named after
#: people, as often as a person) and a capitalised word read by its spelling alone
#: (``uc-shape``); the model still learns from their examples.
MIN_SCORE: Final = {
    "lc-parts": 0.85, "lc-pshape": 0.7, "lc-glued": 0.6, "lc-shape": 0.85, "lc-gz": 0.95, "uc-parts": 0.9,
}

# A token made of letters with inner separators; trailing digits are cut off first (digits are 0
# here: the detector reads every digit as 0)
_SPELLING: Final = re.compile(r"[^\W\d_]+(?:[._\-'][^\W\d_]+)*")
_PARTS: Final = re.compile(r"[._\-']")
_PATH_SEPARATORS: Final = ("/", "\\")
# the roots of Java's and Android's package names beside the reverse domains (com., org.)
_PACKAGE_ROOTS: Final = frozenset("java javax jdk sun android androidx dalvik kotlin kotlinx scala".split())
# inside a group opened right after a word, no space between: a program's facility or a call's argument
_CALL_ARGUMENT: Final = re.compile(r"\w\([^()\s]*\Z")
# the accounts tier owns the value after these: a guessed login from a word list is no person's
_GUESSED_LOGIN: Final = re.compile(r"(?i:invalid|illegal|unknown)[ _]user[ \t]+\Z")


def uncased_kind(word: str, lex: Lexicon) -> str | None:
    """Why ``word`` (lower case or capitals) could be spelt from a person's name, or None.

    ``lc``/``uc`` (the case) and ``-parts`` (dotted/underscored parts, one a known name),
    ``-gz`` (a known name that is no ordinary word), ``-glued`` (``flast``/``firstlast``) or
    ``-shape`` (the login-shape model reads it as a person's spelling)."""
    base = word.rstrip("0")
    if not base or _SPELLING.fullmatch(base) is None:
        return None
    if base.islower():
        case = "lc"
    elif base.isupper():
        case = "uc"
    else:
        return None  # Title Case and CamelCase are the name model's
    low = base.lower()
    if len(low) < 3 or low in GATED_OUT or low in SERVICE_ACCOUNTS or low in HOST_WORDS or low in INTERFACE_NAMES:
        return None
    parts = [p for p in _PARTS.split(low) if p]
    if len(parts) > 1:
        if all(is_any_word(p, lex) for p in parts if len(p) > 1):
            return None  # conf.d, read-only, fall-back
        if "." in low and (parts[-1] in HOST_WORDS or parts[0] in HOST_WORDS or parts[0] in _PACKAGE_ROOTS):
            return None  # a host's name (acme.com, smith.local) or a package's (org.acme, java.lang)
        if any(len(p) >= 2 and lex.is_name(p) for p in parts):
            return case + "-parts"
        # no part known (j.oyelaran, t.wekerle): each part a name's letters and no word, and the
        # login-shape model reads the letters as a person's
        joined = "".join(parts)
        if (
            case == "lc" and joined.isascii() and 5 <= len(joined) <= 24 and len(parts) <= 3
            and len(parts[-1]) != 2  # (a country's domain: acme.de)
            and all(len(p) == 1 or (PRONOUNCEABLE.fullmatch(p) is not None and not is_any_word(p, lex)) for p in parts)
            and login_prob(joined) >= 0.5
        ):
            return "lc-pshape"
        return None
    if is_any_word(low, lex) or low.endswith(SERVICE_SUFFIXES) or agent_noun_tail(low):
        return None  # (oomkiller, backupadmin: a program's or a role's name)
    if lex.is_name(low):
        return None if case == "uc" and "p" in lex.classes(low) else case + "-gz"  # MILANO: a place as often
    if not low.isascii():
        return None  # the spelling tests below know English letters only
    if fold(low) in lex.other:
        return None  # a word of British English or of another language (colour, angetroffen, pratica)
    if case == "lc" and glued_name(low, lex):
        return case + "-glued"
    # by spelling alone: a name's letters (vowels between clusters of three consonants at most; sdpd,
    # xkcd are programs' and codes' spellings) that the login-shape model reads as a person's
    if 4 <= len(low) <= 20 and PRONOUNCEABLE.fullmatch(low) is not None and not two_words(low, lex) \
            and login_prob(low) >= 0.5:  # (two words run together, samenet, read as a login too)
        return case + "-shape"
    return None


def uncased_features(
    toks: list[Token], text: str, i: int, cand: list[bool], first_word: int, kind: str, lex: Lexicon
) -> list[str]:
    """The name model's context features of token ``i`` plus what its spelling says."""
    t = toks[i][TEXT]
    base = t.rstrip("0")
    low = base.lower()
    f = features(toks, text, i, cand, first_word)
    f.append("uk=" + kind)
    if base != t:
        f.append("udig")
    parts = [p for p in _PARTS.split(low) if p]
    f.append("unp=" + str(min(len(parts), 3)))
    f.append("ugz=" + "|".join(lex.classes(p) or "-" for p in parts[:3]))
    if len(parts) == 1 and 3 <= len(low) <= 24 and low.isascii():
        f.append(f"ulp={int(login_prob(low) * 5)}")
    return f


def load_uncased_model() -> NameModel:
    """The shipped uncased model (loaded once per process; BackendUnavailable if missing)."""
    return load_model(MODEL_FILE)


def find_uncased_names(
    text: str, toks: list[Token], lex: Lexicon, memo: CallMemo, taken: list[tuple[int, int]],
    model: NameModel | None = None, min_score: Mapping[str, float] = MIN_SCORE,
) -> list[Finding]:
    """NAME/USERNAME findings for lower-case and upper-case tokens the model reads as a person's,
    outside the ``taken`` spans (what the rules found). ``text`` is digit-blind. ``min_score``: the
    thresholds by kind (a kind missing is not asked; benchmarks pass their own to chart them)."""
    kinds = memo.uncased
    cand: list[bool] | None = None
    fw = 0
    out: list[Finding] = []
    n = len(toks)
    for i, tok in enumerate(toks):
        if tok[KIND] != WORD:
            continue
        word = tok[TEXT]
        kind = kinds.get(word, "")
        if kind == "":
            kind = kinds[word] = uncased_kind(word, lex)
        if kind is None or kind not in min_score:
            continue
        s, e = tok[START], tok[END]
        if any(a < e and s < b for a, b in taken):
            continue
        if text[e : e + 1] == "@" or text[e : e + 3].upper() == "%40":
            continue  # an e-mail address's local part (its domain: the "@" test below)
        if "(" in text and _CALL_ARGUMENT.search(text, max(0, s - 40), s) is not None:
            continue  # pam_unix(passwd:chauthtok), fn(arg): a facility or an argument of a call
        if _GUESSED_LOGIN.search(text, max(0, s - 16), s) is not None:
            continue
        if kind[0] == "u" and (_before_a_thing(toks, text, i, n, lex) or _among_codes(toks, text, i, n, lex)):
            continue
        if text[s - 1 : s] in _PATH_SEPARATORS or text[e : e + 1] in _PATH_SEPARATORS or text[s - 1 : s] == "@":
            continue  # a path segment (the rules own /home/<login>), a handle or a domain after "@"
        key, _ = find_key(toks, text, i)
        if key and thing_key(split_key(key), ids=False):  # (an id may hold a login: the model reads it)
            continue  # host=, app=, bucket=: a thing's name spelt like a login
        if cand is None:
            cand = candidates(toks)
            fw = first_word_index(toks)
        if model is None:
            model = load_uncased_model()
        p = model.prob(hashed(uncased_features(toks, text, i, cand, fw, kind, lex), model.mask))
        if p < min_score[kind]:
            continue
        entity = NAME if kind in ("lc-gz", "uc-gz", "uc-parts") and word[-1:] != "0" else USERNAME
        out.append(Finding(s, e, entity, round(p, 4), "builtin"))
    return out


def _before_a_thing(toks: list[Token], text: str, i: int, n: int, lex: Lexicon) -> bool:
    """A word in capitals right before an ordinary word, a street type or a legal form in capitals
    names a thing after someone (``CLARK CONSTRUCTION``, ``CHAVEZ DR``, ``YAMAMOTO KAJI KK``)."""
    j = i + 1
    while j < n and j <= i + 2 and toks[j][KIND] == WORD and text[toks[j - 1][END] : toks[j][START]] == " ":
        nxt = toks[j][TEXT]
        if not nxt.isupper():
            return False
        low = nxt.lower()
        if low in STREET_TYPES or is_legal_form(nxt) or (len(low) > 3 and is_any_word(low, lex)):
            return True
        j += 1
    return False


def _among_codes(toks: list[Token], text: str, i: int, n: int, lex: Lexicon) -> bool:
    """A cell in capitals between two cells that are ordinary words in capitals (``DORMANT|MILANO|GOLD``):
    a row of codes and states, where a word spelt like a surname is one more code or a place."""
    if i < 2 or i + 2 >= n:
        return False
    for j, gap in ((i - 2, text[toks[i - 2][END] : toks[i][START]]), (i + 2, text[toks[i][END] : toks[i + 2][START]])):
        w = toks[j][TEXT]
        if gap not in _CELL_GAPS or toks[j][KIND] != WORD or not w.isupper() or not is_any_word(w.lower(), lex):
            return False
    return True


_CELL_GAPS: Final = frozenset("|,;\t")
