"""Lower-case names in free text: ``@mentions``, chat nicks, self-introductions, greetings.

The model only classifies capitalised words; chat and support text often writes names in
lower case (``hi, i'm maria garcia``, ``thanks joris``, ``@cecilia``). Here a lower-case word
is a name only in one of those positions *and* when the gazetteers know it as a first name
(or, for the word after it, a surname / a non-word), so ordinary words in the same places
(``thanks team``, ``@types/node``, ``it's me again``) stay text.
"""

from __future__ import annotations

import re
from typing import Final

from ..._entities import NAME
from ..._finding import Finding
from ._accounts import SPOKE_TO, is_person_account
from ._features import is_word
from ._gate import any_in
from ._lexicon import Lexicon, fold, load_lexicon
from ._vocab import MACHINE_HANDLE_ENDINGS, NEVER_NAMES

LOWER_SCORE: Final = 0.8
_L: Final = r"[a-zß-öø-ÿāăąćčďđēėęěğīįıķĺļľłńņňōőœŕřśşšţťūůűųźżžș-ț][a-zß-öø-ÿ\-'ā-ž]*"
_CUE: Final = re.compile(
    r"\b(?:[Ii]'m|[Ii] am|[Ii]m|[Tt]his is|[Ii]t's|[Ii]ts|[Mm]y name is|[Nn]ame's|[Tt]hanks|[Tt]hank you|[Tt]hx|[Tt]y|"
    r"[Ss]orry|[Cc]heers|[Hh]i|[Hh]ello|[Hh]ey|[Yy]o|[Oo]k|[Oo]kay|[Dd]ear|[Bb]ye|[Ww]elcome(?: back)?),?[ \t]+"
    rf"({_L}(?:[ \t]{_L})?)(?=[ \t]*(?:[,.!?;:)\"'’”]|again\b|here\b|and\b|from\b|$))"
)
# (the character before "@"/"<" is checked in code: a leading look-behind defeats the literal-prefix scan)
_MENTION: Final = re.compile(rf"@({_L}(?:[._]{_L})?)(?![\w.@/\-]*[\w/]\.)(?![\w@/])")
# handoff arrows: "ann -> Bo Lee", "Bo Lee → ann"
_ARROW: Final = re.compile(rf"(?:(?<=[\s:])({_L})[ \t]?(?=(?:->|=>|→|-->)))|(?:(?:(?<=->)|(?<==>)|(?<=→))[ \t]?({_L})(?=[\s,;.)]|$))")
_NICK: Final = re.compile(rf"<({_L})>(?=\s)")
# the person one spoke with, a given name alone ("spoke w/ julien re: …", "called back, spoke to reza");
# logins there are the account tier's (_accounts._CONTACT)
_SPOKE: Final = re.compile(rf"(?i:{SPOKE_TO})[ \t]+({_L})(?=[\s,;.)\"']|$)")


_spoke_gate: Final = any_in(("spoke", "talked", "chatted"))

_LEAD_OK: Final = (
    lambda c: not (c.isalnum() or c in "._@"),  # @mention: not inside a word or an address
    lambda c: c.isspace() or c == "]",  # <nick>: at line start, after a space or a [channel]
)


_HANDLE_SEP: Final = re.compile(r"[._]")
# what follows a handle that is spoken to: a request, thanks, or a comma / colon
_ADDRESSED: Final = re.compile(
    r"(?:[ \t]+(?:please|pls|plz|can|could|would|will|thanks|thank|thx|ty|did|do|does|are|is|have|any|when|what|"
    r"how|why|fyi|ptal|lgtm|sorry|ok|also|mind)\b|[,:])"
)


def find_lower_names(text: str, lex: Lexicon | None = None, low: str | None = None) -> list[Finding]:
    """NAME findings for lower-case names in free-text positions (``low``: ``text.lower()`` if known)."""
    arrows = "->" in text or "=>" in text or "→" in text
    patterns = [p for p, on in ((_CUE, _has_cue(text, low)), (_MENTION, "@" in text), (_NICK, "<" in text)) if on]
    spoke = _spoke_gate(low if low is not None else text.lower())
    if not patterns and not arrows and not spoke:
        return []
    lex = lex if lex is not None else load_lexicon()
    out: list[Finding] = []
    for sm in _SPOKE.finditer(text) if spoke else ():
        if _first_ok(sm.group(1), lex):
            out.append(Finding(sm.start(1), sm.end(1), NAME, LOWER_SCORE, "builtin"))
    if arrows:
        for am in _ARROW.finditer(text):
            k = 1 if am.group(1) is not None else 2
            w = am.group(k)
            if _first_ok(w, lex):
                out.append(Finding(am.start(k), am.end(k), NAME, LOWER_SCORE, "builtin"))
    for pat in patterns:
        pos = 0
        while True:
            m = pat.search(text, pos)
            if m is None:
                break
            # resume inside the value: "hey it's ann" -- "it's" is itself a cue
            pos = m.start(1)
            if pat is not _CUE and m.start() > 0 and not _LEAD_OK[pat is _NICK](text[m.start() - 1]):
                continue  # a@b is an address, x<y> is markup
            words = m.group(1).split()
            if pat is _MENTION and words and "." not in words[0] and "_" not in words[0] and not _first_ok(words[0], lex):
                # @mgarcia / @mariagarcia: initial or first name glued to a surname; or a handle the
                # gazetteers do not know, spoken to ("@yago can you take this", "@nayara please retry")
                if is_person_account(words[0], lex, strict=True) or (
                    _unknown_ok(words[0]) and _ADDRESSED.match(text, m.end(1)) is not None
                ):
                    out.append(Finding(m.start(1), m.end(1), NAME, LOWER_SCORE, "builtin"))
                pos = m.end(1)
                continue
            if pat is _MENTION and words and ("." in words[0] or "_" in words[0]):
                # @first.last / @first_last: a handle shaped like a person's account
                head = _HANDLE_SEP.split(words[0], 1)[0]
                # a known given name first, or two parts that are neither words nor machine
                # parts (@nkechi.obiora: most given names are in no list here)
                if (_first_ok(head, lex) or _unknown_handle(words[0])) and is_person_account(words[0], lex):
                    out.append(Finding(m.start(1), m.end(1), NAME, LOWER_SCORE, "builtin"))
                pos = m.end(1)
                continue
            if not words or not words[0][:1].islower():
                continue
            if not _first_ok(words[0], lex) and not (_strong_position(pat, text, m) and _unknown_ok(words[0])):
                continue
            pos = m.end(1)
            end = m.start(1) + len(words[0])
            if len(words) > 1 and _second_ok(words[1], lex):
                end = m.end(1)
            out.append(Finding(m.start(1), end, NAME, LOWER_SCORE, "builtin"))
    return out


def _has_cue(text: str, low: str | None = None) -> bool:
    if low is None:
        low = text.lower()
    if "this is" in low or "my name" in low or "i am" in low or "name's" in low:
        return True
    # whole words only ("hi" in "this", "ok" in "token" must not wake the patterns up);
    # a line holding none of them even inside a word is settled by substring tests alone
    return _cue_inside(low) and not _CUE_SET.isdisjoint(_WORDS_RE.findall(low))


_WORDS_RE: Final = re.compile(r"[a-z']+")
_CUE_SET: Final = frozenset(
    "i'm im it's its thanks thank thx ty sorry cheers hi hello hey yo ok okay dear bye welcome".split()
)


# every cue word holds one of these (the short ones first: they settle most lines)
_cue_inside: Final = any_in(
    ("hi", "im", "i'm", "ty", "ok", "yo", "it's", "its", "thank", "thx", "sorry", "cheers", "hey", "hello", "dear", "bye",
     "welcome")
)
_CUE_WORDS: Final = ("i'm", "i am", "im ", "this is", "it's", "its ", "my name", "name's", "thank", "thx", "ty ",
                     "sorry", "cheers", "hi", "hello", "hey", "yo ", "ok", "dear", "bye", "welcome")


def _first_ok(w: str, lex: Lexicon) -> bool:
    f = fold(w.replace("-", ""))
    parts = w.split("-")
    if w in NEVER_NAMES or len(w) < 3:
        return False
    if all(fold(p) in lex.first for p in parts if p):
        # a first name that is also a common word (hunter, patience) only with a comma/greeting shape
        return not is_word(w) or w in _WORDLIKE_OK
    return f in lex.first and not is_word(w)


# Cues after which the next word is the writer's own name ("this is X again", "i'm X and ..."),
# and the chat line whose nick it is ("#support <X> ..."): there a name the gazetteers do not know
# (most of the world's) still counts when it is shaped like a word of some language, not English.
_SELF_CUES: Final = ("i'm", "i am", "im", "this is", "my name is", "name's", "it's", "its")
_VOCATIVE_CUES: Final = ("thanks", "thank you", "thx", "ty", "sorry", "cheers", "ok", "okay", "hi", "hello", "hey", "bye")
# an IRC/Slack channel before the nick: "#deploys <nick>", "[#deploys] <nick>"
_CHANNEL_BEFORE: Final = re.compile(r"(?:^|[\s\]])(?:#[\w\-]{1,40}|\[#[\w\-]{1,40}\])[ \t]+$")
_VOWEL: Final = re.compile(r"[aeiouyà-æè-ïò-öù-üāēīōūăĕĭŏŭ]")


def _strong_position(pat: re.Pattern[str], text: str, m: re.Match[str]) -> bool:
    if pat is _NICK:  # (not at a line start alone: "<div> rendered twice" is markup)
        return _CHANNEL_BEFORE.search(text, 0, m.start()) is not None
    if pat is not _CUE:
        return False
    cue = text[m.start() : m.start(1)].strip(" \t,").lower()
    words = m.group(1).split()
    if len(words) > 1 and words[1] == "again":
        return True  # "hi, aafiya again": the writer, back
    after = text[m.end(1) : m.end(1) + 7].lstrip(" \t")
    if cue in _VOCATIVE_CUES and len(words) == 1 and after[:1] in (",", "!"):
        return True  # "thanks awan, will try", "sorry sevla!": the person spoken to
    return (cue in _SELF_CUES and after[:3] in ("and", "aga", "her", "fro")) or after.startswith("again")


def _unknown_handle(handle: str) -> bool:
    """``first.last`` / ``first_last`` of two name-shaped parts the gazetteers need not know."""
    parts = _HANDLE_SEP.split(handle)
    return len(parts) == 2 and all(_unknown_ok(p) or (len(p) >= 3 and p.isalpha() and not is_word(p)) for p in parts)


# chat words that are in no word list: spoken to, they are still not people
_CHAT_WORDS: Final = frozenset(
    "lol lmao rofl yall y'all btw imo imho tbh idk omg wtf asap pls plz thx np nvm brb afk gg bro dude fam peeps"
    " folks guys everyone everybody anyone".split()
)


def _unknown_ok(w: str) -> bool:
    """A lower-case word the gazetteers do not know, shaped like a name rather than a word or a handle."""
    return (
        3 <= len(w) <= 20 and w.isalpha() and w not in NEVER_NAMES and w not in _CHAT_WORDS and not is_word(w)
        and _VOWEL.search(w) is not None and not w.endswith(_MACHINE_ENDINGS)
    )


# nicks of bots, teams and daemons (deploybot, crond, worker): the shared endings, plus those of
# daemons and helpers, which a chat nick has and a handoff's other side rarely does
_MACHINE_ENDINGS: Final = (*MACHINE_HANDLE_ENDINGS, "ci", "er", "d")


def _second_ok(w: str, lex: Lexicon) -> bool:
    if w in NEVER_NAMES or w in ("again", "here", "and", "from", "the", "a", "an") or len(w) < 2:
        return False
    f = fold(w)
    return f in lex.last or f in lex.first or not is_word(w)


# Common words that are also first names, accepted after a greeting/introduction cue.
_WORDLIKE_OK: Final = frozenset("hunter patience grace hope joy faith mark will rose dawn summer".split())
