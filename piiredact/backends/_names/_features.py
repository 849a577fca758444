"""Candidate gating and the model's features, shared by training and inference.

The model never sees every token: only *candidates* (capitalised words that are not
identifiers, or words in a caseless non-Latin script) are classified. Everything else
is decided by shape alone, which is what keeps the detector at logging speed.
Training (tools/names/train.py) imports this module, so the features seen at training
and at inference are the same code.
"""

from __future__ import annotations

import re
from importlib import resources
from typing import Final
from zlib import crc32

from ._lexicon import Lexicon, fold, load_lexicon
from ._tokens import CASELESS, END, KIND, START, TEXT, WORD, Token, script, shape
from ._vocab import (
    CONTRACTION_STEMS,
    GREETINGS,
    NEVER_NAMES,
    NON_PERSON_KEYS,
    PARTICLES,
    QUOTES,
    STATUS_WORDS,
    TITLES,
)

# Inner capitals allowed in names: McDonald, MacArthur, O'Brien, D'Angelo, DeAndre, LaToya, Jean-Luc.
_NAME_INNER_CAPS: Final = re.compile(
    r"^(?:Mc|Mac|O['’]|D['’]|L['’]|De|Di|Da|Du|La|Le|Van|Von|St)?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+"
    r"(?:[-'’](?:Mc|Mac|O['’]|D['’])?[A-ZÀ-ÖØ-Þa-zß-öø-ÿ][a-zß-öø-ÿ'’]*)*$"
)


def is_camel_case(word: str) -> bool:
    """An identifier in CamelCase (FilteredAsSpam, UserService), not a name with inner capitals."""
    return word.isascii() and not word[1:].islower() and not word.isupper() and _NAME_INNER_CAPS.match(word) is None


def _load_words() -> frozenset[str]:
    """Ordinary English words (package data ``words.txt``, written by ``make model``)."""
    try:
        raw = resources.files(__package__).joinpath("words.txt").read_text(encoding="utf-8")
    except (OSError, ModuleNotFoundError):
        return frozenset()
    return frozenset(w for w in raw.split("\n") if w and not w.startswith("#"))


#: Dictionary words: capitalised, they are usually a sentence start or a Title Case
#: phrase, not a name -- the model weighs this against the context.
WORDS: Final = _load_words()

#: Words that introduce a name are never part of it (and log vocabulary, titles, greetings, states).
GATED_OUT: Final = NEVER_NAMES | TITLES | GREETINGS | STATUS_WORDS
_DIGIT_UNDERSCORE_DOT: Final = re.compile(r"[\d_.]")
_SPLIT_KEY: Final = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


def is_candidate(tok: Token) -> bool:
    """Can this token be (part of) a person name? Shape and log vocabulary only."""
    if tok[KIND] != WORD:
        return False
    t = tok[TEXT]
    c0 = t[0]
    if _DIGIT_UNDERSCORE_DOT.search(t) is not None:
        return False
    if c0.isupper():
        if len(t) == 1:
            return False
        if t.isupper():
            # ALL-CAPS: levels, states, acronyms. Names in capitals are left to structure rules.
            return False
        if t.lower() in GATED_OUT:
            return False
        if t.isascii() and not t[1:].islower() and _NAME_INNER_CAPS.match(t) is None:
            return False  # CamelCase identifier (is_camel_case, inlined: the hot path)
        if "-" in t and (t.count("-") > 2 or any(p[:1].islower() or len(p) == 1 for p in t.split("-")[1:])):
            return False  # Cross-group, Front-line, Hyper-V: compounds, not double names
        if "'" in t or "’" in t:
            stem, _, tail = t.replace("’", "'").rpartition("'")
            if tail.lower() in ("s", "m", "re", "ve", "ll", "d", "t") and stem.lower() in CONTRACTION_STEMS:
                return False  # I'm, It's, You're, Let's: contractions of function words
        return True
    if c0.islower() and "-" in t:
        # Arabic article/patronymic glued by a hyphen: al-Rashid, el-Amin, bin-Salem
        head, _, rest = t.partition("-")
        return head in _HYPHEN_PARTICLES and rest[:1].isupper() and rest[1:].islower() and len(rest) > 1
    # (Georgian Mkhedruli has had capitals, Mtavruli, since Unicode 11, so str.islower() is true of
    # its everyday letters: the script, not the case test, decides)
    return c0.isalpha() and script(t) in CASELESS and t not in GATED_OUT


_HYPHEN_PARTICLES: Final = frozenset("al el ad ar as ash at az bin ibn abu abd".split())


#: Letters a person's name can be spelt with: consonant clusters of three at most between vowels
#: (``wekesa``, ``dzhaksybekov``), which codes and hashes rarely are (``xkcd0``, ``qwrtz``).
PRONOUNCEABLE: Final = re.compile(r"(?:[bcdfghjklmnpqrstvwxz]{0,3}[aeiouy]+)+[bcdfghjklmnpqrstvwxz]{0,3}")


def is_any_word(low: str, lex: Lexicon) -> bool:
    """An ordinary word of either list: the model's English words (with inflections) or the
    lexicon's dictionary (``low`` lower case)."""
    return is_word(low) or fold(low) in lex.dictionary


def is_word(low: str) -> bool:
    """An ordinary word, or a regular inflection of one (clicked, renewed, shortcuts)."""
    if low in WORDS:
        return True
    if low[-1:] not in ("d", "g", "s", "r") and not low.startswith("re"):
        return False  # no inflection ends otherwise (the common case for names)
    for suf, rep in (("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"), ("s", ""), ("es", ""), ("er", "")):
        if low.endswith(suf) and len(low) - len(suf) >= 3:
            stem = low[: len(low) - len(suf)]
            if suf == "es" and not stem.endswith(("s", "x", "z", "ch", "sh")):
                continue  # English adds -es only after sibilants: "barnes" is not a plural of "barn"
            if stem + rep in WORDS:
                return True
            # a doubled final consonant before -ed/-ing/-er: logged, stopped, running, shipper
            if not rep and suf != "s" and len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls" \
                    and stem[:-1] in WORDS:
                return True
    return low.startswith("re") and len(low) > 5 and low[2:] in WORDS


def candidates(toks: list[Token]) -> list[bool]:
    """``is_candidate`` for every token; most tokens are rejected on their first character."""
    return [
        (c0.isupper() or c0 > "\u036f" or (c0 in "aeib" and "-" in t[TEXT][1:5])) and is_candidate(t)
        for t in toks
        for c0 in (t[TEXT][0],)
    ]


def split_key(key: str) -> list[str]:
    """``firstName``/``first_name``/``user.first-name`` -> ``['first', 'name']`` (lowercase)."""
    last = key.rsplit(".", 1)[-1]
    parts = [p.lower() for p in _SPLIT_KEY.findall(last)]
    if not parts and last and not last.isascii() and last.isalpha():
        return [last]  # a label in a script without case (姓名, 이름): the whole word is the key
    return parts


def thing_key(parts: list[str], *, ids: bool = True) -> bool:
    """A key (``split_key`` parts) whose value is never a person: a host, a service, a url and, with
    ``ids``, an id (``ids=False`` where a login may be the id: ``"user": {"id": "ann.lee"}``)."""
    if not parts:
        return False
    return "".join(parts) in NON_PERSON_KEYS or parts[-1] in ("count", "host", "url") or (
        ids and parts[-1] in ("id", "ids"))


def _one_space(text: str, start: int, end: int) -> bool:
    return end == start + 1 and text[start].isspace()


def find_key(toks: list[Token], text: str, i: int) -> tuple[str, int]:
    """The key whose value contains token ``i`` (``key=value``, ``"key": "v"``, ``key: v``).

    Returns (key, position of the token inside the value) or ("", -1).
    """
    j = i - 1
    pos = 0
    # walk back over the earlier words of the same value (e.g. "Ann" in "Ann Lee"); a wider gap
    # is a column break ("NAME: Ann Lee  ACCT 0012": ACCT is not in NAME's value)
    while j >= 0 and pos < 4 and toks[j][KIND] == WORD and _one_space(text, toks[j][END], toks[j + 1][START]):
        w = toks[j][TEXT]
        if w[:1].islower() and w in WORDS and w not in PARTICLES:
            return "", -1  # "…Service : Payment declined for Ann Lee": a sentence, not a key's value
        j -= 1
        pos += 1
    if j >= 0 and toks[j][TEXT] in QUOTES:
        j -= 1
    if (
        j >= 4 and toks[j][TEXT] == "," and toks[j - 1][TEXT] in QUOTES and toks[j - 2][KIND] == WORD
        and toks[j - 3][TEXT] in QUOTES and toks[j - 4][TEXT] == "["
    ):
        return toks[j - 2][TEXT], pos  # a bound parameter's pair: [["first_name", "Jay"], ["last_name", …]]
    if j >= 0 and toks[j][TEXT] == ",":
        j = _list_open(toks, text, j)  # a later element: attendees=[Ann Lee, Bo Chan, ...]
    if j >= 1 and toks[j][TEXT] in ("[", "(") and toks[j - 1][TEXT] in _KEY_SEPARATORS:
        j -= 1  # a list value: attendees=[Ann Lee, ...]
    if j < 0:
        return "", -1
    if "\n" in text[toks[j][END] : toks[j + 1][START]]:
        return "", -1  # "outbound mail:\nHello Ann,": a heading, not a key whose value is on the next line
    sep = toks[j][TEXT]
    if sep == ">" and j >= 2 and toks[j - 1][KIND] == WORD and toks[j - 2][TEXT] == "<" \
            and toks[j - 2][END] == toks[j - 1][START] and toks[j - 1][END] == toks[j][START]:
        return toks[j - 1][TEXT], pos  # an XML element is the key of its text: <TwnNm>Nelson</TwnNm>
    if sep == ">" and j >= 1 and toks[j - 1][TEXT] in "=-":
        j -= 2
    elif sep in _KEY_SEPARATORS:
        j -= 1
    else:
        return "", -1
    if j >= 0 and toks[j][TEXT] in QUOTES:
        j -= 1
    if j >= 0 and toks[j][KIND] == WORD:
        key = toks[j][TEXT]
        if sep == ":" and toks[j + 1][START] > toks[j][END] and _CLASS_NAME.search(key) is not None:
            return "", -1  # "c.a.b.PaymentService   : message": a logger's name, not a key
        return key, pos
    return "", -1


# between a key and its value; CJK text writes the full-width forms (姓名：王小明)
_KEY_SEPARATORS: Final = frozenset({"=", ":", "：", "＝"})
# a logger's or class's name: dotted or CamelCase (PaymentService, o.h.SQL)
_CLASS_NAME: Final = re.compile(r"[a-z][A-Z]|\.")


_LIST_REACH: Final = 40  # tokens walked back over a list's earlier elements


def _list_open(toks: list[Token], text: str, j: int) -> int:
    """The ``[`` opening the list whose element separator is token ``j``, or ``j`` itself if
    the elements before it are not a plain list of words (quoted or not)."""
    k = j
    while k >= 0 and j - k < _LIST_REACH:
        t = toks[k][TEXT]
        if t == "[":
            return k
        if toks[k][KIND] != WORD and t != "," and t not in QUOTES and t not in ("'", "-", "."):
            return j
        k -= 1
    return j


def first_word_index(toks: list[Token]) -> int:
    """Index of the first word that does not start with a digit (timestamps skipped)."""
    for j, t in enumerate(toks):
        if t[KIND] == WORD and not t[TEXT][0].isdigit():
            return j
    return len(toks)


def _bucket(n: int) -> str:
    return "1" if n <= 1 else "2" if n == 2 else "3" if n == 3 else "45" if n <= 5 else "68" if n <= 8 else "9"


def _lex(word: str) -> str:
    """A neighbour word as a feature: lowercased, but a token holding digits by its shape
    ("#dd-dd"). Counters, ids, ports and times vary on every line: as literal features they
    would only hash into buckets trained for something else, so "job 6324 Alan" and
    "job 6325 Alan" would get different scores."""
    if any(c.isdigit() for c in word):
        return "#" + shape(word)
    return word.lower()


def _wdesc(tok: Token | None) -> tuple[str, str]:
    """(lowercased word or punctuation, shape) for a neighbour; '<s>'/'</s>' at the edges."""
    if tok is None:
        return "<s>", "<s>"
    if tok[KIND] == WORD:
        return _lex(tok[TEXT]), shape(tok[TEXT])
    return tok[TEXT], "P"


def features(
    toks: list[Token], text: str, i: int, cand: list[bool], first_word: int, gz: str | None = None
) -> list[str]:
    """String features of candidate token ``i`` (hashed by :func:`hashed`).

    ``first_word`` is the index of the line's first word token (see :func:`first_word_index`).
    """
    tok = toks[i]
    t = tok[TEXT]
    low = t.lower()
    sc = script(t)
    shp = shape(t) if sc not in CASELESS else sc
    n = len(toks)
    f = [
        "b",
        "w=" + low,
        "s=" + shp,
        "sc=" + sc,
        "len=" + sc[:2] + _bucket(len(t)),
        "suf3=" + low[-3:],
        "suf2=" + low[-2:],
        "pre3=" + low[:3],
    ]
    if sc == "latin" and not t.isascii():
        f.append("diac")
    if "-" in t or "'" in t or "’" in t:
        f.append("join")
    # neighbours, two on each side, with the whitespace between them
    p1 = toks[i - 1] if i >= 1 else None
    p2 = toks[i - 2] if i >= 2 else None
    n1 = toks[i + 1] if i + 1 < n else None
    n2 = toks[i + 2] if i + 2 < n else None
    p1w, p1s = _wdesc(p1)
    p2w, _ = _wdesc(p2)
    n1w, n1s = _wdesc(n1)
    n2w, _ = _wdesc(n2)
    gap_p = text[p1[END] : tok[START]] if p1 is not None else "^"
    gap_n = text[tok[END] : n1[START]] if n1 is not None else "$"
    gp = "n" if "\n" in gap_p else ("s" if gap_p else "0")
    gn = "n" if "\n" in gap_n else ("s" if gap_n else "0")
    f += [
        "p1=" + p1w,
        "p1s=" + p1s + gp,
        "p2=" + p2w,
        "p12=" + p2w + "|" + p1w,
        "n1=" + n1w,
        "n1s=" + n1s + gn,
        "n2=" + n2w,
        "n12=" + n1w + "|" + n2w,
        "p1n1=" + p1w + "|" + n1w,
        "p1|s=" + p1w + "|" + shp,
    ]
    # gazetteers (first names, surnames, places: tools/names/lexicon.py) -- lexical knowledge the
    # word feature alone cannot have for names and places it never saw in training
    if gz is None:
        gz = load_lexicon().classes(t)
    f.append("gz=" + (gz or "-"))
    if gz == "p" or (p1 is not None and p1[TEXT] == "," and "p" in gz):
        f.append("gz=p+" + p1w)
    if low in WORDS or (len(low) > 5 and is_word(low)):
        f.append("dict")
        if i <= first_word:
            f.append("dict+first")
        if p1 is not None and cand[i - 1]:
            f.append("dict+candL")
        f.append("dict+p1=" + p1w)
    # nearest words (skipping punctuation) on each side
    for step, tag in ((-1, "pw"), (1, "nw")):
        j = i + step
        k = 0
        while 0 <= j < n and k < 4:
            if toks[j][KIND] == WORD:
                f.append(tag + "=" + _lex(toks[j][TEXT]))
                break
            j += step
            k += 1
    # adjacent candidates: "Ann Lee" (two name-shaped words side by side)
    if p1 is not None and cand[i - 1] and gp == "s":
        f.append("candL")
        if p1w in WORDS:
            f.append("candL+dict")  # "Output Committer": a Title Case phrase
    if n1 is not None and cand[i + 1] and gn == "s":
        f.append("candR")
        if n1w in WORDS:
            f.append("candR+dict")
        if i + 2 < n and cand[i + 2]:
            f.append("candRR")
    if p1 is not None and p1[KIND] == WORD and p1[TEXT].lower() in PARTICLES:
        f.append("partL")
    # position: first word of the line / of the message
    if i <= first_word:
        f.append("first")
    if p1 is None or p1[TEXT] in (".", "!", "?", ":", "]", ">", "-", "|") or gp == "n":
        f.append("bos=" + (p1[TEXT] if p1 is not None else "^"))
    # structure: the key this value belongs to
    key, pos = find_key(toks, text, i)
    if key:
        parts = split_key(key)
        f.append("key=" + "".join(parts))
        f.append("klast=" + (parts[-1] if parts else ""))
        for p in parts:
            f.append("kp=" + p)
        f.append("kpos=" + str(min(pos, 3)))
    return f


MASK_BITS: Final = 20


def hashed(feats: list[str], mask: int = (1 << MASK_BITS) - 1) -> list[int]:
    """Stable bucket indices (crc32: identical across processes and Python versions).

    Deliberately not memoised: a memo would keep words of recent log lines (names
    among them) alive in the process.
    """
    try:
        return [crc32(x.encode()) & mask for x in feats]  # the strict codec is the fast path
    except UnicodeEncodeError:  # a lone surrogate: same bytes as before, slower codec
        return [crc32(x.encode("utf-8", "surrogatepass")) & mask for x in feats]
