"""Account names found by their shape alone, where no key or phrase says "account".

Logs of formats nobody wrote a rule for still print logins: a MySQL slow-log header
(``# User@Host: ann.lee[ann.lee]``), a proxy's captured header (``{jdoe|10.0.0.4}``), a TSV
column, a bracketed actor. The context rules of ``_accounts`` cannot know those formats, so
this pass trusts a shape that is personal on its own, backed by the gazetteers:

* ``first.last`` / ``last_first`` (both parts known names, neither an ordinary word) and
  ``f.last`` (an initial, a dot, a known surname of four letters or more), anywhere a word
  starts;
* one glued token (``annalee``, ``alee``, ``annal``, trailing digits allowed) only in a *field*
  position — after a delimiter (``[{(|,<=:`` or a tab, a quote) or a ``key:`` — and only
  when it is no word of either dictionary, no name or place by itself, and splits into a known
  first name + surname, an initial + a surname or a first name + an initial (the name
  of five letters or more). In running prose a
  glued token is far more often a foreign word (``gracias``) than a login.

Under a key that names a person's role (``driver=``, ``"return_agent":``, ``reviewer=``) the value
is a person already, so a weaker shape is enough: one known name part (``haeun.choi``, ``ewan36``,
``ingrid``) or a name and an initial (``poojak``).

What is never taken: the value of a key that never holds a person (``"service":"clippy"``), a
token inside a path, a host name or an address (a ``.``, ``/``, ``@``
or ``-`` joins it to more), upper or mixed case (``_accounts`` decides those in context).
"""

from __future__ import annotations

import re
from typing import Final

from .._tables import DELIMITERS, cells
from ._features import PRONOUNCEABLE, is_any_word, is_word, split_key
from ._lexicon import Lexicon, fold
from ._loginshape import login_prob
from ._vocab import (
    HOST_WORDS,
    HUMAN_ROLES,
    MACHINE_HANDLE_ENDINGS,
    NEVER_NAMES,
    NON_PERSON_KEYS,
    PERSON_KEYS,
    ROLE_ABBREVIATIONS,
    SERVICE_ACCOUNTS,
    SERVICE_SUFFIXES,
    VENDORS,
)

# Only the positions this pass can accept are matched (one C-level scan, no Python per word):
# first.last / last_first anywhere a word starts (groups 1-4), or one glued token in a field
# position (groups 5-6): right after a delimiter, after "key: " or "key= ", or at the very start.
# Nothing of a longer identifier, path, address or host name may be glued on either side.
_TOKEN: Final = re.compile(
    # (the first letter is matched before the look-behinds: a pattern that starts with a character
    # class is scanned fast; "the character before it" is then a look-behind of two)
    r"[a-z](?<![A-Za-z0-9._%+\-@/\\$&#][a-z])"
    r"(?:(?P<rest>[a-z]{0,19})(?P<sep>[._])(?P<second>[a-z]{1,20})(?P<digits>\d{0,4})"
    r"|(?:(?<=[\[{(|,<=:\t\"'][a-z])|(?<=[:=] [a-z])|(?<=^[a-z]))(?P<glued>[a-z]{2,39})(?P<gdigits>\d{0,4}))"
    r"(?![A-Za-z0-9_@$]|[.\-/:][A-Za-z0-9])"
)
# a key and its separator; a value starting where one ends belongs to that key ("service":"…", host=…)
_KEY: Final = re.compile(r"(?<![A-Za-z0-9_.\-])([A-Za-z_][A-Za-z0-9_.\-]{0,40})[\"']?[ \t]*[:=][ \t]*[\"']?")


def shaped_accounts(text: str, lex: Lexicon, low: str | None = None) -> list[tuple[int, int]]:
    """Spans of the lower-case tokens of ``text`` that are shaped like a person's login.

    ``low``: ``text.lower()`` if the caller has it already."""
    out = _by_shape(text, lex)
    if low is None:
        low = text.lower()
    # a role noun before a login ("approved by manager nsokolov", "agent tupous:"), a mention
    # ("@rasmus_o12"): the words say "a person", so the weaker shapes of a role key are enough
    if not _ROLE_NOUN_SET.isdisjoint(low.split()) and len(low) == len(text):
        out += [m.span(2) for m in _ROLE_NOUN_LOGIN.finditer(text)
                if login_ok(m.group(2), lex) or unknown_login_reads_personal(m.group(2), lex)]
    if "@" in text:
        # (a bare name mentioned, "@thaddeus can you…", is a person spoken to: the name rules' NAME)
        out += [m.span(1) for m in _MENTION.finditer(text) if not (m.group(1).isalpha() and lex.classes(m.group(1)))
                and login_ok(m.group(1), lex)]
    if "Users" in text or "home/" in text:
        # a home directory is its user's (C:\Users\<login>\, /Users/<login>/, /home/<login>/)
        out += [m.span(1) for m in _HOME.finditer(text) if login_ok(m.group(1).lower(), lex)]
    if _CAMEL_HINT.search(text) is not None:
        out += _title_logins(text, lex)
    if " (" in text or "=" in text:
        # a person's number, then the login in parentheses: "user 9853 (kasunp21)", "bidder=5708654 (na_li)"
        out += [m.span(1) for m in _ID_THEN_LOGIN.finditer(text) if login_ok(m.group(1), lex)]
    return sorted(set(out))


# A person's or an account's number (after a key or word that names one), then the login in parentheses
_ID_THEN_LOGIN: Final = re.compile(
    r"(?<![A-Za-z])(?i:user|admin|member|customer|player|bidder|agent|employee|student|patient|author|editor"
    r"|owner|seller|buyer|driver|rider|guest|account|staff)(?:[_ \-]?(?i:id|no|number|#))?[ \t]*[=:#]?[ \t]*"
    r"[0-9]{2,12}[ \t]*\(([a-z][a-z0-9._\-]{1,40}[a-z0-9])\)"
)


# a home directory's user: the one segment after Users or home
_HOME: Final = re.compile(
    r"(?:(?<![\w/])/home/|(?<![\w/])/Users/|(?<![\w\\])[A-Za-z]:\\{1,2}Users\\{1,2})"
    r"([A-Za-z][A-Za-z0-9._\-]{1,40}[A-Za-z0-9])(?=[/\\\"'\s]|$)"
)
# a handle spelt in Title Case: AwaSow, RicardoB, ArpitaDas7 (a known given name, then a known surname
# or an initial), Naidu.N (a known surname, a dot, an initial); never inside an identifier or a path
_TITLE_LOGIN: Final = re.compile(
    r"[A-Z](?<![\w.$/\\@\-][A-Z])"
    r"(?:(?P<head>[a-z]{1,19})(?P<tail>[A-Z][a-z]{0,19})(?P<digits>\d{0,4})|(?P<sur>[a-z]{2,19})\.(?P<initial>[A-Z])"
    r"|(?P<given>[a-z]{2,19})(?P<count>\d{2,4}))"
    r"(?![\w@$]|[.\-/][A-Za-z0-9])"
)
_CAMEL_HINT: Final = re.compile(r"[a-z][A-Z]|[a-z]\.[A-Z](?![\w])|[A-Z][a-z]+[0-9]{2}")


def _title_logins(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """The spans of handles in Title Case (``_TITLE_LOGIN``): the gazetteers back both parts, and no
    part is an ordinary word (KafkaConsumer, JacksonParser, GraceTimeout stay code)."""
    out: list[tuple[int, int]] = []
    for m in _TITLE_LOGIN.finditer(text):
        word = m.group()
        if m.group("given") is not None:
            # Mona656, Sarah92: a given name and a number of two digits or more (a gamer tag, a handle;
            # a product's version has one: Claude3, Alexa2); no English word (Python37), no place
            given = word[0].lower() + m.group("given")
            # (a given name may be a dictionary's word of another language, Maria: not an English one)
            if "f" in lex.classes(given) and not is_word(given) and given not in NEVER_NAMES \
                    and given not in SERVICE_ACCOUNTS and fold(given) not in lex.place:
                out.append(m.span())
            continue
        if m.group("sur") is not None:
            sur = word[0].lower() + m.group("sur")
            if len(sur) >= 4 and "l" in lex.classes(sur) and _usable(sur, lex):
                out.append(m.span())
            continue
        head = (word[0] + m.group("head")).lower()
        tail = m.group("tail").lower()
        if "f" not in lex.classes(head) or not _usable(head, lex) or (fold(head) in lex.place and "l" not in lex.classes(head)):
            continue
        if len(tail) == 1:
            ok = len(head) >= 4
        else:
            ok = "l" in lex.classes(tail) and _usable(tail, lex)
        if ok:
            out.append(m.span())
    return out


# Title Case words joined by "_" (file and folder names, identifiers built from a person): Smith_John.pdf,
# Maria_Garcia_cv.docx, EST-1_Yip_ShuFen; hyphenated parts and a CamelCase given name (ShuFen) kept whole
_JOINED: Final = re.compile(
    r"[A-Z](?<![A-Za-z][A-Z])[a-z]+(?:-[A-Z][a-z]+)?_[A-Z][a-z]+(?:-[A-Z][a-z]+|[A-Z][a-z]+)?(?![a-z])"
)


def joined_names(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Spans of ``Given_Family`` / ``Family_Given`` pairs joined by "_", both parts known to the
    gazetteers in those roles, not both ordinary words or both places (Grace_Period, Mark_Price and
    Jordan_Austin stay identifiers)."""
    out: list[tuple[int, int]] = []
    for m in _JOINED.finditer(text):
        a, b = m.group().split("_", 1)
        if fold(f"{a} {b}") in lex.place:
            continue  # America/Sao_Paulo, Santo_Domingo: a place's name in an identifier
        fa, fb = (_first_part(a).lower(), _first_part(b).lower())
        ca, cb = lex.classes(fa), lex.classes(fb)
        if not (("f" in ca and "l" in cb) or ("l" in ca and "f" in cb)):
            # one name the lists know beside a word no list holds (Yutong_Liu, Mahnoor_Sheikh): a name
            # part the gazetteers lack, when it is pronounceable and in no dictionary
            known, other = (fa, fb) if ca.strip("p") else (fb, fa)
            if not lex.classes(known).strip("p") or lex.classes(other) or len(other) < 3 or not _usable(known, lex) \
                    or not _usable(other, lex) or PRONOUNCEABLE.fullmatch(other) is None:
                continue
            out.append(m.span())
            continue
        # (a name spelt in Title Case may be a dictionary's word too, Smith_John: one part at least
        # must be no English word, and not both places)
        wordy = is_word(fa) or is_word(fb)  # (then the other, a name, has four letters: Young_Gen is a heap's)
        if not (is_word(fa) and is_word(fb)) and not ("p" in ca and "p" in cb) and fa not in NEVER_NAMES \
                and fb not in NEVER_NAMES and not (wordy and min(len(fa), len(fb)) < 4):
            out.append(m.span())
    return out


# Device and operating-system words that end a host name built from its owner's name (jdoe-laptop,
# aino-lehtonen-fedora, CATRIONAM-PC, Anns-MacBook-Pro); read on the lower-cased line
_DEVICE_WORDS: Final = (
    "laptop desktop pc nb lt dt ws wks workstation mbp mba macbook imac mac mini iphone ipad phone android galaxy"
    " pixel tablet surface thinkpad latitude xps precision elitebook probook zenbook yoga framework fedora"
    " ubuntu debian mint manjaro win10 win11"
).split()
_DEVICE_WORD_SET: Final = frozenset(_DEVICE_WORDS)
_DEVICE_WORD: Final = "(?:" + "|".join(sorted(_DEVICE_WORDS, key=len, reverse=True)) + ")"
#: A device word after a hyphen (the cheap test before ``device_owner_names``: most lines hold none)
DEVICE_GATE: Final = re.compile(r"-" + _DEVICE_WORD + r"(?![a-z])")
_DEVICE_HOST: Final = re.compile(
    r"(?<![\w.\-])([a-z][a-z']{1,24}(?:-[a-z]{2,24})?)-" + _DEVICE_WORD
    # (a local domain may follow: Athinas-iPhone.home, Nomvulas-MacBook-Pro.local; no other domain)
    + r"(?:-[a-z0-9]{1,12})?\d{0,4}(?![\w\-]|\.(?!(?:local|home|lan|localdomain)\b)[a-z0-9])"
)
# Apple's and Android's default device names: "Astrid's iPhone", "Kele’s Time Capsule" (original case)
_POSSESSIVE_DEVICE: Final = re.compile(
    r"(?<![\w'’])([A-Z][a-z]{1,20}(?:[ \-][A-Z][a-z]{1,20})?)['’]s[ \t]+(?:iPhone|iPad|iPod|iMac|Mac(?:Book)?|Mac mini"
    r"|MacBook (?:Pro|Air)|Apple Watch|AirPods|Time Capsule|Galaxy|Pixel|Android|Kindle|Echo|laptop|Laptop|PC|phone|Phone)"
    r"(?![a-z])"
)


def device_owner_names(text: str, low: str, lex: Lexicon) -> list[tuple[int, int]]:
    """The name part of host names built from their owner's name and a device word (``jdoe-laptop``,
    ``aino-lehtonen-fedora``, ``CATRIONAM-PC``, ``Anns-MacBook-Pro``: the possessive ``s`` outside):
    a login's shape the gazetteers back, or one or two known names that are no ordinary words.
    ``low`` is ``text.lower()`` of the same length."""
    out: list[tuple[int, int]] = []
    for m in _DEVICE_HOST.finditer(low):
        s, e = m.span(1)
        part = m.group(1).replace("'", "")
        words = part.split("-")
        if len(words) == 2 and words[1] in _DEVICE_WORD_SET:
            words, e = words[:1], s + len(m.group(1).split("-")[0])  # Nikhils-Mac-mini: two device words
        if len(words) == 2:
            if all(lex.classes(w).strip("p") and _usable(w, lex) for w in words):
                out.append((s, e))
            continue
        w = words[0]
        if w.endswith("s") and "f" in lex.classes(w[:-1]) and _usable(w[:-1], lex) and not lex.classes(w):
            out.append((s, e - 1 - (text[e - 2 : e - 1] == "'")))  # Anns-MacBook-Pro, Ann's-iPhone
        elif len(w) >= 4 and (("f" in lex.classes(w) and _usable(w, lex)) or login_ok(w, lex)):
            out.append((s, e))
    return out


def possessive_device_names(text: str) -> list[tuple[int, int]]:
    """The owner in a device's default name ("Astrid's iPhone"): a word that is no ordinary word and no
    vendor's (the gazetteers need not know it: the phrase says whose device it is)."""
    out: list[tuple[int, int]] = []
    for m in _POSSESSIVE_DEVICE.finditer(text):
        words = m.group(1).replace("-", " ").split()
        if all(not is_word(w.lower()) and w.lower() not in VENDORS and w.lower() not in NEVER_NAMES for w in words):
            out.append(m.span(1))
    return out


def _first_part(word: str) -> str:
    """The first part of a hyphenated or CamelCase word (Jean-Charles -> Jean, ShuFen -> Shu)."""
    head = word.split("-", 1)[0]
    for i in range(1, len(head)):
        if head[i].isupper():
            return head[:i]
    return head


def login_beside_name(text: str, start: int, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """The login in parentheses right after a person's name ``text[start:end]``, as audit logs print
    a user (``Ann Lee (alee)``, ``Mx. Wong (chunhung.wong)``): its span, or None. A login spelt from
    the name's own words (``Ann Lee (ann.lee)``) counts whatever the word lists say."""
    m = _BESIDE.match(text, end)
    if m is None:
        return None
    login = m.group(1).lower()  # (an upper-case login, BUDIS2, as mainframes and ERPs print it)
    return m.span(1) if _spelt_from(login, text[start:end]) or login_ok(login, lex) else None


_CELL_LOGIN: Final = re.compile(r"[a-z][a-z0-9._\-]{1,40}[a-z0-9]")
_CELL_LOGIN_UPPER: Final = re.compile(r"[A-Z][A-Z0-9._\-]{1,40}[A-Z0-9]")


def logins_in_rows(text: str, names: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, int]]:
    """Logins in the cells of a delimited row (CSV, pipes, tabs) that holds a person's name found at
    one of ``names``: a whole cell in lower case, spelt from that name or in a login's shape the
    gazetteers back (``"Ferrara, Donatella",d.ferrara@…,neha_k6,198.51.100.22``). The cells are
    ``_tables.cells``' (quotes respected, blanks and quotes stripped)."""
    out: list[tuple[int, int]] = []
    done: set[int] = set()
    for start, end in names:
        ls = text.rfind("\n", 0, start) + 1
        if ls in done:
            continue
        done.add(ls)
        le = text.find("\n", end)
        le = len(text) if le < 0 else le
        line = text[ls:le]
        delim = max(DELIMITERS, key=line.count)
        if line.count(delim) < 2:
            continue  # no row: the prose rules decide
        row_names = _grouped(text, [(s, e) for s, e in names if ls <= s < le])
        for cs, ce in cells(line, delim):
            login = line[cs:ce]
            if not 3 <= len(login) <= 42:
                continue
            # (a cell in capitals only when spelt from the row's name: KAZLAUSKASD3,"Kazlauskas, Darius")
            upper = _CELL_LOGIN.fullmatch(login) is None
            if upper and (_CELL_LOGIN_UPPER.fullmatch(login) is None or len(login.rstrip("0123456789")) < 4):
                continue
            s = ls + cs
            # (one known name alone is a word of the row as often: an occupation, a surname)
            alone = login.isalpha() and bool(lex.classes(login))
            if not any(a < s + len(login) and s < b for a, b in names) and (
                any(_spelt_from(login.lower(), n) for n in row_names) or (not upper and not alone and login_ok(login, lex))
            ):
                out.append((s, s + len(login)))
    return out


def _grouped(text: str, names: list[tuple[int, int]]) -> list[str]:
    """The names at ``names``, one person's parts found apart (``"Kazlauskas, Darius"``,
    ``SURNAME^GIVEN``) joined into one."""
    out: list[str] = []
    prev = -1
    for s, e in sorted(names):
        if out and 0 <= s - prev <= 3 and not text[prev:s].strip(" ,^/"):
            out[-1] += " " + text[s:e]
        else:
            out.append(text[s:e])
        prev = e
    return out


# "login (" right before a name: the login, then " (" (the name in parentheses closes at once)
_BEFORE: Final = re.compile(r"(?<![\w.@\-/\\])([A-Za-z][A-Za-z0-9._\-]{1,40}[A-Za-z0-9]) ?\($")


def login_before_name(text: str, start: int, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """The login right before a person's name in parentheses, as many tools print a user
    (``by fsaleh (Fatima Saleh)``, ``adv=LEWANDOWSKAJ77 (Justyna Lewandowska)``): its span, or None.
    The login must be spelt from the name's words (``f.saleh``, ``fsaleh``, ``lewandowskaj``) or be
    in a login's shape the gazetteers back."""
    if end >= len(text) or text[end] != ")" or start < 3:
        return None
    m = _BEFORE.search(text, max(0, start - 44), start)
    if m is None:
        return None
    login = m.group(1)
    low = login.lower()
    if _spelt_from(low, text[start:end]) or ((low == login or login.isupper()) and login_ok(low, lex)):
        return m.span(1)
    return None


def _spelt_from(login: str, name: str) -> bool:
    """The lower-case ``login`` is spelt from the words of ``name`` (trailing digits aside): its
    separated parts are the words or their initials (``ann.lee``, ``a.lee``), or it is two of them
    glued (``guliyeval``, ``fsaleh``)."""
    words = [fold(w) for w in _NAME_WORD_SEP.split(name) if w]
    parts = [p for p in _PART_SEP.split(login.rstrip("0123456789")) if p]
    if len(parts) >= 2:
        return all(p in words or (len(p) == 1 and any(w[:1] == p for w in words)) for p in parts)
    return len(parts) == 1 and _glued_from(parts[0], [w for w in words if len(w) >= 2])


def _glued_from(login: str, words: list[str]) -> bool:
    """``login`` is two of the name's words glued, either whole or as an initial, in either order
    (``Leyla Guliyeva (guliyeval)``, ``(lguliyeva)``, ``(leylag)``), one of them whole."""
    for a in words:
        for b in words:
            if a == b:
                continue
            for head, tail in ((a, b), (a, b[0]), (a[0], b)):
                if login == head + tail:
                    return True
    return False


# " (login)" after a name: lower case, the shape of a login, closed at once
_BESIDE: Final = re.compile(r"[\"'’”]? ?\(([a-z][a-z0-9._\-]{1,40}[a-z0-9]|[A-Z][A-Z0-9._\-]{1,40}[A-Z0-9])\)")


def login_ok(value: str, lex: Lexicon) -> bool:
    """``_role_login`` of a whole value: trailing digits say "login" and are no part of the name."""
    base = value.rstrip("0123456789")
    return bool(base) and _role_login(base, base != value, lex)


# Nouns that name a person's role in running text; a login after one is that person's
_ROLE_NOUNS: Final = (
    "agent seller buyer teacher clerk tech technician medic paramedic operator manager supervisor officer nurse"
    " curator contractor witness admin"
    " doctor driver courier rider cashier dispatcher inspector analyst engineer moderator editor player reviewer"
    " approver author member guest customer student tutor coach caller requester assignee owner adjuster"
    " underwriter teller pharmacist therapist counselor caseworker investigator auditor instructor librarian"
    " volunteer recruiter interviewer resident tenant landlord passenger patient employee staff"
    # "user" in other languages ("el usuario X", "l'utilisateur X", "Benutzer X")
    " usuario usuário utilisateur benutzer utente gebruiker użytkownik uzytkownik"
).split()
# (one split and a set test: far cheaper than seventy substring tests)
_ROLE_NOUN_SET: Final = frozenset(_ROLE_NOUNS)
_ROLE_NOUN_LOGIN: Final = re.compile(
    r"(?<![A-Za-z])((?i:" + "|".join(sorted(_ROLE_NOUNS, key=len, reverse=True)) + r"))[ \t]+"
    r"([a-z][a-z0-9._\-]{1,40}[a-z0-9])(?![A-Za-z0-9_@$]|[.\-/][A-Za-z0-9])"
)
# "@handle" at a word's start (not the "@" of an address): the span leaves the "@" out
_MENTION: Final = re.compile(r"(?:(?<=[\s(\[,;\"'])|^)@([a-z][a-z0-9._]{1,30}[a-z0-9])(?![A-Za-z0-9_@]|[.\-][A-Za-z0-9])")


def _by_shape(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    kinds: dict[int, str] | None = None  # value start -> kind of its key (one scan, on first need)
    for m in _TOKEN.finditer(text):
        rest, sep, second, digits, glued, glued_digits = m.groups()
        if sep:
            first = m.group()[0] + rest
            value = first + sep + second
            personal = _two_part(first, second, lex)
        else:
            value, digits = m.group()[0] + glued, glued_digits
            if text.startswith(('":', '" :'), m.end()):
                continue  # a JSON key ("branchcode": "CPL"), not a value
            personal = len(value) >= 6 and glued_name(value, lex)
        weak = human = False
        if not personal:
            if not _maybe_role_key(text, m.start()):
                continue  # a role key is the only other way in: none ends here
            weak = _role_login(value, bool(digits), lex)
            human = not weak and _unknown_name_login(value, lex)
            if not weak and not human:
                continue  # no weaker login shape
        if kinds is None:
            kinds = _key_kinds(text)  # (the keys are read only for a line with a candidate)
        kind = kinds.get(m.start(), "")
        # under a role a program can hold too (agent=, created_by=), a login of names no gazetteer
        # has only where it reads like a name, not like a program (the login-shape model)
        if kind != _THING and (personal or (weak and kind in (_ROLE, _HUMAN)) or (human and (
                kind == _HUMAN or (kind == _ROLE and _reads_personal(value))))):
            out.append((m.start(), m.end()))
    if "=" in text or ":" in text:
        # Upper-case logins (mainframes, brokerage and ERP systems: rep=SSTEINER, GONCALO.OLIVEIRA,
        # KAYLA_THOMPSON): only as the value of a role key; the shape is read in lower case
        for m in _UPPER_VALUE.finditer(text):
            value = m.group(1)
            if not _maybe_role_key(text, m.start(1)):
                continue
            low = value.lower()
            # (a short capital word is an acronym first: issuedBy=CAMO; a login has a digit, a
            # separator or six letters)
            if (len(low) < 6 and low.isalpha()) or not login_ok(low, lex):
                continue
            if kinds is None:
                kinds = _key_kinds(text)
            if kinds.get(m.start(1), "") == _ROLE:
                out.append(m.span(1))
    return out


# an upper-case value right after a key's separator ("agent=SSTEINER", "approvedBy": "JSMITH")
_UPPER_VALUE: Final = re.compile(
    r"[=:][ \t]?[\"']?([A-Z]{2,20}(?:[._][A-Z]{2,20})?[0-9]{0,4})(?![A-Za-z0-9_@$]|[.\-/:][A-Za-z0-9])"
)


#: Least login-shape score of a login of unknown names under a role key (``_loginshape``; at 0.9 the
#: model passes 74% of held-out names' logins, 2.8% of held-out negatives, and 11 of 150 held-out
#: program names that pass the other shape tests).
LOGIN_SHAPE_MIN: Final = 0.9
_THING: Final = "thing"
_ROLE: Final = "role"
_HUMAN: Final = "human"  # a role only a person holds (HUMAN_ROLES)
# person keys that name a role (driver=, "return_agent":, reviewer=; and a verb's person: referred_to=,
# approved_by=, by=): their value is a person, so a
# login there may take a weaker shape; not the address keys (to, from, cc: mailboxes, queues, numbers)
# nor the keys of a name's parts (the name detector's business)
_NOT_ROLES: Final = frozenset("to from cc bcc attn primary secondary oncall name names contact person".split())
ROLE_KEYS: Final = (frozenset(
    k for k in PERSON_KEYS if k.isascii() and not k.endswith("name") and k not in _NOT_ROLES and len(k) > 3
) - frozenset("mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday".split())
) | ROLE_ABBREVIATIONS
# the characters between a key and its value
_KEY_GAP: Final = frozenset("\"' \t")
# what a role key's text ends with (a superset: the exact test is _key_kinds, on the few that pass)
_ROLE_SUFFIXES: Final = (*sorted(ROLE_KEYS), "by", "to", "id", "ids")


def _maybe_role_key(text: str, start: int) -> bool:
    """Could the key of a value starting at ``start`` be a role key? (A backward look at a few
    characters and one ``endswith``: far cheaper than reading the line's keys for every value.)"""
    i = start
    while i > 0 and text[i - 1] in _KEY_GAP and start - i < 3:
        i -= 1
    if i == 0 or text[i - 1] not in ":=":
        return False
    i -= 1
    while i > 0 and text[i - 1] in _KEY_GAP and start - i < 6:
        i -= 1
    return text[max(0, i - 24) : i].lower().endswith(_ROLE_SUFFIXES)


def _key_kinds(text: str) -> dict[int, str]:
    """Where each keyed value starts -> ``_THING`` (the key never holds a person: ``service``, ``host``,
    ``app``, ``…_id``), ``_ROLE`` (it names a person's role: ``driver``, ``return_agent``) or ""."""
    out: dict[int, str] = {}
    for m in _KEY.finditer(text):
        parts = split_key(m.group(1).rsplit(".", 1)[-1])
        if not parts:
            continue
        norm = "".join(parts)
        if len(parts) >= 2 and parts[-1] in ("id", "ids") and parts[-2] in ROLE_KEYS:
            out[m.end()] = _ROLE  # editor_id, agentId: the login of a person in a role
        elif norm in NON_PERSON_KEYS or parts[-1] in ("id", "ids", "host", "url"):
            out[m.end()] = _THING
        elif norm in HUMAN_ROLES or parts[-1] in HUMAN_ROLES:
            out[m.end()] = _HUMAN
        elif norm in ROLE_KEYS or parts[-1] in ROLE_KEYS or norm == "by" or (
            len(parts) >= 2 and parts[-1] in ("by", "to") and parts[-2] not in _NOT_ROLES
        ):
            out[m.end()] = _ROLE  # (referred_to=, approved_by=, by=: a verb's person)
    return out


def _role_login(value: str, digits: bool, lex: Lexicon) -> bool:
    """A login under a role key: one known name part is enough (``haeun.choi``, ``ewan36``,
    ``ingrid``), and a name and an initial (``poojak``, ``mehtar``), with no word among them; or,
    of names no gazetteer holds, a login's shape (``_unknown_login``)."""
    if "." in value or "_" in value:
        parts = [p for p in _PART_SEP.split(value) if p]
        if len(parts) == 2 and all(len(p) >= 3 and lex.classes(p).strip("p") and _name_word(p) for p in parts):
            return True  # oliver_cooper: two names the lists know, a word of another dictionary or not
        return len(parts) == 2 and all(len(p) == 1 or _usable(p, lex) for p in parts) and (
            any(len(p) >= 3 and lex.classes(p).strip("p") for p in parts) or _unknown_login(parts, digits, lex)
        )
    w = value
    if len(w) < 3 or is_word(w):  # (the word list is a set: the cheapest test first)
        return False
    c = lex.classes(w)
    if "p" in c:
        return False
    if c and (digits or len(w) >= 4):
        return _usable(w, lex)
    if len(w) < 5:
        return False
    # firstl, lastf; flast; or a glued name of the field-position shapes
    return (bool(lex.classes(w[:-1]).strip("p")) and _usable(w[:-1], lex) and _usable(w, lex)) or (
        "l" in lex.classes(w[1:]) and _usable(w[1:], lex) and _usable(w, lex)
    ) or (len(w) >= 6 and glued_name(w, lex)) or _unknown_login([w], digits, lex)


def _unknown_login(parts: list[str], digits: bool, lex: Lexicon) -> bool:
    """A role's login spelt from names the gazetteers lack (most of the world's): pronounceable
    parts that are no word of either dictionary, no host or service word, in a login's shape:
    ``wiremu_t37``, ``thanawat.chaiyasit``, ``wekesak12`` (trailing digits), or one glued token of
    twelve letters or more that is no two words run together (``nattayarattanakorn``, not
    ``alertmanager``)."""
    if any(not p.isascii() or not p.isalpha() for p in parts):
        return False
    longer = [p for p in parts if len(p) > 1]
    if not longer or any(
        len(p) < 3 or PRONOUNCEABLE.fullmatch(p) is None or not _usable(p, lex) or p in HOST_WORDS for p in longer
    ):
        return False
    if len(parts) == 2:
        return digits or len(longer) == 2
    w = parts[0]
    if w.endswith(MACHINE_HANDLE_ENDINGS) or w.endswith(SERVICE_SUFFIXES):
        return False
    return (digits and len(w) >= 5) or (len(w) >= 12 and not two_words(w, lex))


def _unknown_name_login(value: str, lex: Lexicon) -> bool:
    """Under a role only a person holds: one lower-case token of six to twenty letters that reads like a
    word of a human language and is no word of either dictionary, no host or service word, not two
    words run together (``vainikolov``, ``breathnachc``; not ``terraform``, ``autoapprove``)."""
    return (
        value.isalpha() and value.isascii() and 6 <= len(value) <= 20 and PRONOUNCEABLE.fullmatch(value) is not None
        and _usable(value, lex) and value not in HOST_WORDS and not value.endswith(MACHINE_HANDLE_ENDINGS)
        and not two_words(value, lex)
    )


def unknown_login_reads_personal(value: str, lex: Lexicon) -> bool:
    """A login spelt from names no gazetteer has (``_unknown_name_login``; trailing digits aside) that
    the login-shape model reads as a person's, not a program's: for a place where a person's role
    or a passive's agent is named but a program could stand too (``agent=``, ``approved by``)."""
    base = value.rstrip("0123456789")
    # (one name the gazetteers know, alone, is as often a brand's: built by mcafee; the other rules judge it)
    return _unknown_name_login(base, lex) and not lex.classes(base) and _reads_personal(base)


def _reads_personal(value: str) -> bool:
    return not value.endswith(SERVICE_SUFFIXES) and not agent_noun_tail(value) and login_prob(value) >= LOGIN_SHAPE_MIN


def agent_noun_tail(value: str) -> bool:
    """``value`` ends in an English agent noun after a head of two letters or more: a program's
    name (``oomkiller``, ``logwatcher``, ``jobmonitor``), which a spelling alone can read as a name."""
    return value.endswith(("er", "or")) and any(is_word(value[i:]) for i in range(2, len(value) - 4))


def two_words(w: str, lex: Lexicon) -> bool:
    """``w`` is two ordinary words run together, three letters each at least (``alertmanager``)."""
    return any(
        is_any_word(w[:i], lex) and is_any_word(w[i:], lex)
        for i in range(3, len(w) - 2)
    )




_PART_SEP: Final = re.compile(r"[._]")
# between a name's words as logs print it ("Lee, Ann", LEE^ANN, Jean-Luc)
_NAME_WORD_SEP: Final = re.compile(r"[\s.,_^\-/]+")


def _name_word(part: str) -> bool:
    """No English word, log word or service word (a dictionary's other words allowed: cooper)."""
    return not (is_word(part) or part in NEVER_NAMES or part in SERVICE_ACCOUNTS)


def _usable(part: str, lex: Lexicon) -> bool:
    """No ordinary word (either list), log word or service word: ``mark.price`` stays text."""
    return not (is_word(part) or part in NEVER_NAMES or part in SERVICE_ACCOUNTS or fold(part) in lex.dictionary)


def _two_part(first: str, second: str, lex: Lexicon) -> bool:
    # (the gazetteers first: one pair of probes answers all three sets, and most dotted tokens,
    # org.apache or conf.d, fail there; the word lists only for the few that pass)
    if len(first) == 1:
        return len(second) >= 4 and "l" in lex.classes(second) and _usable(second, lex)
    if len(second) == 1:
        return False  # last_f, first.l: a login only under a role key (``_role_login``), not anywhere
    ca = lex.classes(first)
    if not ca:
        return False
    cb = lex.classes(second)
    if not (("f" in ca and "l" in cb) or ("l" in ca and "f" in cb)):
        return False
    return _usable(first, lex) and _usable(second, lex)


def glued_name(word: str, lex: Lexicon) -> bool:
    """``word`` is a login glued from a name the gazetteers know: ``flast``, ``firstl`` or ``firstlast``
    (no part an ordinary word)."""
    if is_word(word) or lex.classes(word):  # (the word list is a set: the cheapest test first)
        return False  # one name alone says nothing of an account; a place is a place
    if fold(word) in lex.other or agent_noun_tail(word):
        return False  # a word of British English or another language (chamada, colour) splits by chance,
        # and so does a program's name ending in an agent noun (uploader, logwatcher)
    # flast and firstl; not lastf, which brand names split into far more often (a surname and a
    # letter: "contos"+"o", "metabas"+"e") than logins are written so
    flast, firstl = word[1:], word[:-1]
    split = (len(flast) >= 5 and "l" in lex.classes(flast) and _usable(flast, lex)) or (
        len(firstl) >= 5 and "f" in lex.classes(firstl) and _usable(firstl, lex)
    )
    if not split:
        for i in range(4, len(word) - 3):  # firstlast: four letters a half at least
            given, family = word[:i], word[i:]
            head, tail = lex.classes(given), lex.classes(family)
            # firstlast, or lastfirst as some directories write it (hansenmads)
            if (("f" in head and "l" in tail) or ("l" in head and "f" in tail)) and _usable(given, lex) \
                    and _usable(family, lex):
                split = True
                break
    return split and _usable(word, lex)
