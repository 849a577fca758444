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
from ._features import PRONOUNCEABLE, WORDS, split_key
from ._lexicon import Lexicon, fold, load_lexicon
from ._vocab import (
    NEVER_NAMES,
    NON_PERSON_KEYS,
    PARTICLES,
    PERSON_KEY_PARTS,
    PERSON_KEYS,
    REGION_CODES,
    ROLE_WORDS,
    TITLES,
)

CAPS_SCORE: Final = 0.85
# Capitals of Latin-script alphabets: Latin-1, Latin Extended-A (Ł, Ş, Č, İ), Ə, Ș/Ț and
# Vietnamese (Ũ, Ă). The extended blocks interleave capitals and small letters; a small one
# inside a word that is otherwise in capitals does not happen in practice.
_CAPS: Final = "A-ZÀ-ÖØ-ÞĀ-žƏȘ-țẠ-ỹ"
_U: Final = rf"[{_CAPS}]"
_W: Final = rf"{_U}[{_CAPS}'’\-]*{_U}"
# Each pattern below starts with the first capital of its first word and checks what precedes
# that word in a look-behind placed *after* it ("(?<!x)C" as "C(?<!xC)", the same test): a
# pattern that starts with a character class is scanned fast, one that starts with a
# look-behind is tried at every position (2-5x slower on every line that reaches these).
_W_REST: Final = rf"[{_CAPS}'’\-]*" + _U  # _W after its first capital
# SURNAME/GIVEN, optionally with a title glued on or after a space (MR, MRS, MSTR ...)
# (an IATA boarding-pass barcode glues "M1" to the surname, and a passenger list its number of
# passengers, "1HORVATH/ANIKOMRS", ".P/1SORENSEN/INGRID": allowed before it)
_SLASH: Final = re.compile(
    rf"({_U}(?:(?<![\w/]{_U})|(?<=\bM\d{_U})|(?<=\d\.\d{_U})|(?<=[\s/]\d{_U})|(?<=^\d{_U})){_W_REST}(?: {_W})?)"
    rf"/({_W}(?: {_W})?)(?![\w/])"
)
# LAST, FIRST (upper case)
_COMMA: Final = re.compile(rf"({_U}(?<![\w]{_U}){_W_REST}(?: {_W}){{0,2}}), ({_W}(?: {_W})?)(?![\w])")
# LAST, I (upper case): a surname and an initial, the cell closed after it
_COMMA_INITIAL: Final = re.compile(rf"({_U}(?<![\w]{_U}){_W_REST}), {_U}(?![\w.'’\-])(?=\s{{2}}|\s*$|[|;\t\"'])")
# two to four upper-case words in a row (one space, or a fixed-width gap)
_RUN: Final = re.compile(
    rf"({_U}(?<![\w\-.]{_U})(?<![A-Za-z]/{_U}){_W_REST}(?:(?: |[ \t]{{2,24}}){_W}){{1,3}})(?![\w\-/])"
)
_XML: Final = re.compile(r"<([A-Za-z][\w.\-]*:)?([A-Za-z][\w\-]*)(?:\s[^<>]*)?>([^<>\n]{2,80})</\1?\2>")
# HL7 v2 person name (XPN): FAMILY^GIVEN^MIDDLE... between field separators
# FAMILY^GIVEN as a field of a |-delimited record (HL7, ASTM), or after an id component (|4065^KUČERA^MAREK|);
# letters of any script with case (ŽUKAUSKIENĖ), particles and apostrophes (VAN 'T HOF)
_HL7: Final = re.compile(
    r"\|(?:[0-9]{1,12}\^)?((?:[^\W\d_]|['’\- ]){2,40})\^((?:[^\W\d_]|['’\- ]){2,40})(?=\^|\||\r|\n|<|$)"
)
_TITLE_AFTER: Final = re.compile(r" (?:MSTR|MISS|MRS|MR|MS|DR|PROF|CHD|INF)\b")
_TITLE_TAIL: Final = ("MSTR", "MISS", "MRS", "MR", "MS", "DR", "PROF", "CHD", "INF", "REV", "SIR")
# Two upper-case words next to each other (or an XML end tag): most lines fail this at once.
# (three tests, not one alternation: a pattern that starts with a character class is scanned fast)
# (only from the first capital of a run, and atomic: the separator can never be inside the
# run, so giving characters back cannot help -- a 20k-character ALL-CAPS token was quadratic.
# Atomic as a lookahead plus backreference: possessive `++` needs Python 3.11.)
_CAPS_PAIR: Final = re.compile(
    rf"[{_CAPS}](?<![{_CAPS}][{_CAPS}])(?=([{_CAPS}'\-]+))\1(?:[ /]|, |[ \t]{{2,24}})[{_CAPS}][{_CAPS}]"
)
_HL7_GATE: Final = re.compile(r"\|[^|^]{2,40}\^")
# Short upper-case tokens that are codes even when a name list knows them (ISO, IATA, states).
_MIN_LEN: Final = 2
#: Street-type words: "12 OAK AVE" is an address, not a person.
STREET_TYPES: Final = frozenset(
    "ave avenue st street rd road blvd ln lane dr drive ct court pl place hwy way sq plz calle rue via strasse"
    " str ulica ul avenida av rua plaza camino weg straat vej gatan gata allee"
    # after the name in other languages: Turkish, Hungarian, Finnish, Scandinavian, Dutch, German, Russian
    " caddesi cad sokak sokagi bulvari utca ut ter katu tie kuja vagen gade gate vei veien laan plein gracht"
    " kade strasse gasse platz damm ufer chaussee ulitsa prospekt".split()
)
#: Street-type words written before the street's name (Calle Mayor, Jalan Sudirman, Rua Augusta).
STREET_PREFIXES: Final = frozenset(
    "calle carrer carretera paseo rambla avenida rua travessa praca via viale strada"
    " rue boulevard chemin allee quai impasse jalan jl lorong soi thanon ulica ul aleja".split()
)
#: Legal-form suffixes: a run that holds one is a company (NORDIC STEEL AB, ALPINE SOLAR GMBH).
COMPANY_SUFFIXES: Final = frozenset(
    "ab ag as asa bv co corp gmbh inc kg kk llc llp lp ltd ltda nv oy oyj plc pte pty sa sarl sas spa srl"
    " sl ug company limited holdings group bank trust"
    # more legal forms: joint-stock companies (JSC, PJSC), Gulf (Q.P.S.C., SAOG), Malaysia (Sdn Bhd),
    # Indonesia (Tbk), Denmark (ApS), Germany (OHG, SE), France (SAS), written with or without dots
    " jsc pjsc ojsc cjsc qpsc qsc saog saoc sae bhd berhad sdn tbk aps ohg kgaa"
    " q.p.s.c s.a s.p.a s.a.s s.r.l n.v b.v a.s l.l.c k.k s.l p.l.c"
    # words that name a firm after its owners' names (Patel Brothers, Mensah Haulage, Lee & Partners)
    " brothers bros partners partnership associates enterprises industries consulting logistics haulage"
    " analytics ventures".split()
)


_NON_BLANK: Final = re.compile(r"\S+")
_NEXT_WORD: Final = re.compile(r" ([A-Za-z]+\.?)(?![\w'’\-])")


def has_legal_form(value: str) -> bool:
    """A word of ``value`` is a legal form or company word (LTD, GmbH, Bank): a company, not a person."""
    return any(is_legal_form(w) for w in value.split())


def is_legal_form(word: str) -> bool:
    """``word`` is a legal form or company word, with or without its dots (``Q.P.S.C.``, ``GmbH``)."""
    return word.lower().rstrip(".,") in COMPANY_SUFFIXES


# SWIFT MT party fields: ordering customer :50K:/:50F: and beneficiary :59:/:59F:, an /account
# line, then the name (in 50F/59F after "1/"). 50A/59A hold a BIC, never a name. (The name tier
# reads digits as 0, so the field number is any two digits; the value check -- letters only, no
# ordinary word -- keeps other fields' lines out.)
_SWIFT_PARTY: Final = re.compile(r"(?m)^:\d\d[FKH]?:/[^\n]*\n(?:\d/)?([^\n/:]{2,60}?)[ \t]*\r?$")


# HL7 v2 person fields: PID-5 (patient name) and NK1-2 (next of kin), FAMILY^GIVEN^MIDDLE^...
_HL7_PERSON_FIELD: Final = {"PID": 5, "NK1": 2}
_HL7_SEGMENT: Final = re.compile(r"(?:^|[\r\n])(PID|NK1)\|")
# vCard (RFC 6350) N:Family;Given;Middle;Prefix;Suffix and FN:Full Name
_VCARD_N: Final = re.compile(r"(?m)^N(?:;[^:\n]*)?:([^;\r\n]*);([^;\r\n]*)")
_VCARD_FN: Final = re.compile(r"(?m)^FN(?:;[^:\n]*)?:([^\r\n]+?)\r?$")
# ASC X12 individual or organisational name (NM1): NM103-NM105 are the last, first and middle
# name of a person (the name tier reads digits as 0, so "NM1" is any digit; the element
# separator is the character after the segment id, "*" in practice).
_X12_NM1: Final = re.compile(r"(?:^|(?<=[~\n\r']))[ \t]*NM\d\*[^*~\n]{1,3}\*\d\*([^*~\n]*)(?:\*([^*~\n]*))?(?:\*([^*~\n]*))?")
# Oracle Hospitality FIAS (Fidelio interface) guest records: GI/GC/GO (check-in, change,
# check-out) and posting records, "|"-separated fields whose first two letters are the field id;
# GN is the guest's (family) name, GF the first name. The id is no part of the name.
_FIAS_RECORD: Final = re.compile(r"(?:^|(?<=[\s\x02\]]))(?:GI|GC|GO|PS|PA|PR|PL)\|[^\n\x03]*")
_FIAS_NAME: Final = re.compile(r"\|G[NF]([^|\n]{2,60})(?=\|)")
# DICOM person names (value representation PN) as dcmdump and pydicom print them:
# "(0010,0010) PN [FAMILY^GIVEN^MIDDLE^PREFIX^SUFFIX]", "Patient's Name  PN: 'FAMILY^GIVEN'".
# The family, given and middle name are the name; prefix and suffix (DR, JR) are not.
_DICOM_PN: Final = re.compile(r"\bPN(?: \[|: ')([^\]\n'^]{0,40}(?:\^[^\]\n'^]{0,40}){0,4})[\]']")
_NAME_TEXT: Final = re.compile(r"[^\W\d_](?:[^\W\d_]|['’\-. ])*")  # letters, with ' - . and spaces inside


def find_record_names(text: str) -> list[Finding]:
    """Names in the person fields of standard record formats, where the field says it is a
    name whatever the gazetteers know: HL7 v2 PID-5/NK1-2, vCard N/FN, X12 NM1 (a person),
    FIAS guest records (GN/GF) and DICOM person names (PN)."""
    out: list[Finding] = []
    if "|" in text and "^" in text:
        for m in _HL7_SEGMENT.finditer(text):
            start = m.start(1)
            end = len(text)
            for stop in ("\r", "\n"):
                k = text.find(stop, start)
                if k >= 0:
                    end = min(end, k)
            fields = text[start:end].split("|")
            idx = _HL7_PERSON_FIELD[m.group(1)]
            if len(fields) <= idx:
                continue
            pos = start + sum(len(f) + 1 for f in fields[:idx])
            parts = fields[idx].split("^")[:3]
            last = max((k for k, p in enumerate(parts) if p), default=-1)
            if last >= 0 and all(not p or _NAME_TEXT.fullmatch(p) for p in parts[: last + 1]):
                out.append(Finding(pos, pos + len("^".join(parts[: last + 1])), NAME, CAPS_SCORE, "builtin"))
    if "PN" in text:
        for m in _DICOM_PN.finditer(text):
            parts = m.group(1).split("^")[:3]
            last = max((k for k, p in enumerate(parts) if p.strip()), default=-1)
            if last == 0 and _ordinary(parts[0].strip()):
                continue  # PN [ANONYMOUS], PN [UNKNOWN]: a de-identified placeholder
            if last >= 0 and all(not p or _NAME_TEXT.fullmatch(p) for p in parts[: last + 1]):
                s = m.start(1)
                out.append(Finding(s, s + len("^".join(parts[: last + 1])), NAME, CAPS_SCORE, "builtin"))
    if "|G" in text:
        for rec in _FIAS_RECORD.finditer(text):
            for m in _FIAS_NAME.finditer(text, rec.start(), rec.end()):
                v = m.group(1)
                if not v[0].islower() and _NAME_TEXT.fullmatch(v):  # a name is written with a capital
                    out.append(Finding(m.start(1), m.end(1), NAME, CAPS_SCORE, "builtin"))
    if "NM" in text and "*" in text:
        for m in _X12_NM1.finditer(text):
            # NM102 tells a person (1) from an organisation (2), but this tier sees every digit as
            # 0: an organisation has no first name (NM104) and may carry a legal-form word
            if not m.group(2) or has_legal_form(m.group(1)):
                continue
            for g in (1, 2, 3):
                v = m.group(g)
                if v and _NAME_TEXT.fullmatch(v):
                    out.append(Finding(m.start(g), m.end(g), NAME, CAPS_SCORE, "builtin"))
    if "N:" in text or "FN" in text:
        for m in _VCARD_N.finditer(text):
            for g in (1, 2):
                v = m.group(g).strip()
                if v and _NAME_TEXT.fullmatch(v):
                    s = m.start(g) + m.group(g).find(v)
                    out.append(Finding(s, s + len(v), NAME, CAPS_SCORE, "builtin"))
        for m in _VCARD_FN.finditer(text):
            v = m.group(1).strip()
            if _NAME_TEXT.fullmatch(v):
                s = m.start(1) + m.group(1).find(v)
                out.append(Finding(s, s + len(v), NAME, CAPS_SCORE, "builtin"))
    return out


# East Asian order with the family name in capitals: "HAN Na-jin", "NAKAMURA Mai".
_FAMILY_CAPS_FIRST: Final = re.compile(r"(?<![\w\-])([A-Z]{2,12}) ([A-Z][a-z]+(?:-[a-z]+)?)(?![\w\-])")


def _family_caps_first(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in _FAMILY_CAPS_FIRST.finditer(text):
        fam, given = m.group(1), m.group(2)
        fl = fam.lower()
        if fl in NEVER_NAMES or fl in WORDS or fold(fam) not in lex.last or fold(fam) in lex.place:
            continue  # INFO Starting, HTTP Request, LONDON Office
        g = given.lower()
        if "-" in given or (fold(given) in lex.first and g not in NEVER_NAMES and g not in WORDS):
            out.append((m.start(1), m.end(2)))
    return out


def find_caps_names(text: str, lex: Lexicon | None = None) -> list[Finding]:
    swift = "\n:" in text and ":/" in text
    family = _FAMILY_CAPS_FIRST.search(text) is not None
    if (
        not swift and not family and _CAPS_PAIR.search(text) is None and "</" not in text
        and ("^" not in text or _HL7_GATE.search(text) is None)
        and (", " not in text or _COMMA_INITIAL.search(text) is None)
    ):
        return []
    lex = lex if lex is not None else load_lexicon()
    spans: dict[int, int] = {}
    for s, e in _family_caps_first(text, lex) if family else ():
        spans[s] = e
    for m in _SWIFT_PARTY.finditer(text) if swift else ():
        v = m.group(1)
        if _xml_value_ok(v, lex) and not has_legal_form(v):
            spans[m.start(1)] = m.end(1)
    # each pattern runs only if its literal can be in the text (their leading look-behinds
    # make the engine try every position: a plain substring test is far cheaper)
    for m in _SLASH.finditer(text) if "/" in text else ():
        sur, given = m.group(1), m.group(2)
        start = m.start(1)
        counted = start > 0 and text[start - 1].isdigit() and (start == 1 or text[start - 2].isspace() or text[start - 2] == "/")
        if counted and not (len(sur) >= 3 and fold(sur.split(" ")[0]) in lex.last):
            continue  # a number glued on (3RD/FLOOR): only a surname the lists know follows a count
        if " " in sur and _ordinary(head := sur.split(" ", 1)[0]) and head.lower() not in PARTICLES:
            sur, start = sur.split(" ", 1)[1], start + len(head) + 1  # GUEST ŁAZARCZYK/SYLWESTER
        given_clean = _strip_title(given, lex)
        if " " in given_clean and len(tail := given_clean.rsplit(" ", 1)[1]) <= 3 and not _known(tail, lex):
            given_clean = given_clean.rsplit(" ", 1)[0]  # OSMAN/HAKIM ARR: a code after the name
        titled = given_clean != given or _TITLE_AFTER.match(text, m.end()) is not None
        if not titled and text.startswith((": ", ":\t"), m.end()) and any(
                _ordinary(w) for w in (*sur.split(" "), *given_clean.split(" "))):
            continue  # a field's label of words, VESSEL/VOY: COSCO … (not HORVATH/ANIKO: seat 4A)
        if given_clean and (_slash_ok(sur, given_clean, lex) or (titled and _slash_shape(sur, given_clean))):
            spans[start] = m.start(2) + len(given_clean)
    for m in _HL7.finditer(text) if "^" in text and "|" in text else ():
        fam, given = m.group(1).strip(), m.group(2).strip()
        if fam and given and _hl7_ok(fam, given, lex):
            spans[m.start(1)] = m.end(2)
    for m in _COMMA.finditer(text) if ", " in text else ():
        if _overlap(spans, m.start(), m.end()):
            continue
        last, first = m.group(1), _strip_title(m.group(2), lex)
        start = m.start(1)
        # a person key in Title Case right before the surname: "Patient DOE, JOHN admitted"
        # (also quoted, and a key of several parts: customer="KOWALSKA, MAGDALENA", coBorrower='…')
        keyed = _key_before(text, start) is not None
        # a key word before the surname is no part of it: GUEST HOLT, REGITZE; CUSTOMER DE BONIS, MARICA
        while " " in last and _ordinary(head := last.split(" ", 1)[0]):
            keyed = keyed or head.lower() in PERSON_KEYS or head.lower() in ROLE_WORDS
            last = last.split(" ", 1)[1]
            start += len(head) + 1
        if first and (_comma_ok(last, first, lex) or (keyed and _comma_shape(last, first, lex))):
            spans[start] = m.start(2) + len(first)
    for m in _COMMA_INITIAL.finditer(text) if ", " in text else ():
        # SANTOS, L in a report's column: a surname the lists know (no word, no place) and an initial
        last = m.group(1)
        if not _overlap(spans, m.start(), m.end()) and len(last) >= 3 and fold(last) in lex.last \
                and not _ordinary(last) and fold(last) not in lex.place and not is_legal_form(last):
            spans[m.start(1)] = m.end()
    for m in _RUN.finditer(text):
        if _overlap(spans, m.start(), m.end()):
            continue
        found = _runs(text, m.start(1), m.group(1), lex)
        for s, e in found:
            spans[s] = e
        if not found and _keyed_run(text, m.start(1), m.end(1), lex):
            spans[m.start(1)] = m.end(1)
    for m in _XML.finditer(text) if "</" in text else ():
        if _overlap(spans, m.start(3), m.end(3)):
            continue
        key = "".join(split_key(m.group(2)))
        if key in ("nm", "name", "nam") or key in PERSON_KEY_PARTS or (key in PERSON_KEYS and key not in ("to", "from")):
            if key in NON_PERSON_KEYS:
                continue
            v = m.group(3)
            s = m.start(3) + len(v) - len(v.lstrip())
            v = v.strip()
            if _xml_value_ok(v, lex) and not has_legal_form(v):
                spans[s] = s + len(v)
    out = []
    end = -1
    for s in sorted(spans):
        if s >= end:
            out.append(Finding(s, spans[s], NAME, CAPS_SCORE, "builtin"))
            end = spans[s]
    return out


def _key_before(text: str, start: int) -> list[str] | None:
    """The parts of the person key (or role word) right before ``start``, if there is one:
    ``Patient DOE``, ``customer="KOWALSKA``, ``coBorrower='…'``."""
    before = text[max(0, start - 24) : start].rstrip(" :=\"'").rsplit(" ", 1)[-1]
    parts = split_key(before) if before else []
    if start > 0 and text[start - 1] in " :=\"'" and parts and (
        "".join(parts) in PERSON_KEYS or parts[-1] in PERSON_KEYS or parts[-1] in ROLE_WORDS
    ):
        return parts
    return None


# person keys that also name things (a host's name, a mailbox, a display label) or days (a rota's
# columns): under them a run in capitals needs a name the gazetteers know, as anywhere else
_GENERIC_PERSON_KEYS: Final = frozenset(
    "name names nm nam display to from cc bcc attn mon tue wed thu fri sat sun monday tuesday wednesday "
    "thursday friday saturday sunday".split()
)


def _keyed_run(text: str, s: int, e: int, lex: Lexicon) -> bool:
    """Two or three words in capitals that are the whole value of a key naming a person's role
    (``holder="WICHAI KAEWKLA"``, ``receiver: TSERENDORJ SARANGEREL``): the key decides, so names
    no gazetteer has count, as long as every word is shaped like one (pronounceable letters, no
    ordinary word, place, code or legal form that is not also a known name)."""
    parts = _key_before(text, s)
    if parts is None or parts[-1] in _GENERIC_PERSON_KEYS or "".join(parts) in _GENERIC_PERSON_KEYS:
        return False
    if not _whole_cell(text, s, e) and not (e < len(text) and text[e] in " )" and text[s - 1] in ":= "):
        return False
    words = text[s:e].split()
    if not 2 <= len(words) <= 3 or any(is_legal_form(w) for w in words):
        return False
    for w in words:
        if _known(w, lex):
            continue
        f = fold(w)
        letters = w.replace("'", "").replace("’", "").replace("-", "")
        if len(w) < 4 or not letters.isalpha() or _ordinary(w) or f in lex.dictionary or f in lex.place \
                or PRONOUNCEABLE.fullmatch(f) is None:
            return False
    return True


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


#: (suffix, what it replaced) of the regular inflections the word list may lack
INFLECTIONS: Final = (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""), ("er", ""), ("ly", ""))


def inflected_word(low: str, inflections: tuple[tuple[str, str], ...] = INFLECTIONS) -> bool:
    """``low`` is an inflection of a word of the word list (CONTACTING, RETRIED, NODES)."""
    return any(
        low.endswith(suf) and len(low) - len(suf) >= 3 and low[: len(low) - len(suf)] + rep in WORDS
        for suf, rep in inflections
    )


def _ordinary(w: str) -> bool:
    low = w.lower()
    return low in WORDS or low in NEVER_NAMES or low in TITLES or low in ROLE_WORDS or inflected_word(low)


def _known(w: str, lex: Lexicon) -> bool:
    f = fold(w)
    return f in lex.first or f in lex.last


def _slash_ok(sur: str, given: str, lex: Lexicon) -> bool:
    gw, sw = given.split(" "), sur.split(" ")
    if min(len(w) for w in gw + sw) < _MIN_LEN or max(len(w) for w in gw + sw) < 3:
        return False  # (two letters a side are codes: EN/DE, RA/RE)
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
    if not lw or any(len(w) < _MIN_LEN for w in fw + lw) or any(is_legal_form(w) for w in fw):
        return False
    if len(fw) == 1 and fw[0] in REGION_CODES:
        return False  # COLUMBUS, OH; MADISON, WI: a city and its state
    if all(fold(w) in lex.last and fold(w) not in lex.place and not _ordinary(w) for w in lw):
        # a surname the lists know, no word and no place: the given name may be one they lack
        # (LIU, XINYI), as long as it is no ordinary word (SMITH, MANAGER is a role)
        return not any(_ordinary(w) and not _known(w, lex) for w in fw)
    if fold(fw[0]) not in lex.first and not any(fold(w) in lex.last for w in lw):
        return False
    words = fw + lw
    if any(fold(w) in lex.place and not _known(w, lex) for w in words):
        return False  # (a place that is also a name, CAMPBELL, is a name here)
    ordinary = [w for w in words if _ordinary(w)]
    # a word that is also a name (JAMES, MORALES) beside a name that is no word; BROWN, WHITE stay words
    return not ordinary or (all(_known(w, lex) for w in ordinary) and len(ordinary) < len(words))


def _runs(text: str, start: int, run: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Name sub-runs of an upper-case run: >= 2 words, one a first name, no ordinary word or place."""
    out: list[tuple[int, int]] = []
    words = [(m.start() + start, m.end() + start, m.group()) for m in _NON_BLANK.finditer(run)]
    if any(is_legal_form(w) for _, _, w in words):
        return out
    # the words before a street type name the street (JEFFERSON AVE, MARTIN LUTHER KING JR BLVD),
    # also when the type is the word right after the run (a run holds four words at most)
    after = _NEXT_WORD.match(text, start + len(run))
    if after is not None and fold(after.group(1).rstrip(".")) in STREET_TYPES:
        return out
    for k, (_, _, w) in enumerate(words):
        if k and fold(w) in STREET_TYPES:
            words = words[k + 1 :]
            break
    cur: list[tuple[int, int, str]] = []
    if len(words) == 2 and _whole_cell(text, words[0][0], words[-1][1]):
        # a cell or line holding exactly FIRST SURNAME: a surname may be an ordinary word (THOMAS BLOT)
        (s0, _e0, w0), (_s1, e1, w1) = words
        for a, b in ((w0, w1), (w1, w0)):
            if fold(a) in lex.first and not _ordinary(a) and _surname_shaped(b, lex):
                return [(s0, e1)]

    def flush() -> None:
        # one word must be a known name that is not also an ordinary word (ELLIOT in ELLIOT BROWN)
        if len(cur) >= 2 and any(
            _known(w, lex) and not _ordinary(w) and len(w) >= 3 and w.lower() not in PARTICLES for _, _, w in cur
        ):
            if max(len(w) for _, _, w in cur) >= 3:
                out.append((cur[0][0], cur[-1][1]))
        cur.clear()

    for s, e, w in words:
        f = fold(w)
        # (an ordinary word of the 64k dictionary too: APPLICANT, ACCT are no names the 20k list knows)
        bad = (len(w) < _MIN_LEN or w.lower() in NEVER_NAMES
               or ((_ordinary(w) or f in lex.dictionary) and not _known(w, lex))
               or (f in lex.place and not _known(w, lex)) or (not _known(w, lex) and len(w) < 4))
        if f in STREET_TYPES:
            cur.clear()
            break  # an address: the words after a street type are its name (RUE DE LYON)
        if len(w) <= 3 and not _known(w, lex):
            bad = True  # codes (ISO/IATA/currency)
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


def _hl7_ok(fam: str, given: str, lex: Lexicon) -> bool:
    # (particles say nothing either way: VAN 'T HOF, DE LA CRUZ)
    words = [w for w in fam.split() + given.replace("-", " ").split() if w.lower().strip("'’") not in PARTICLES
             and w.lower() not in ("'t", "’t")]
    if not words:
        return False
    # (a two-letter word is a code unless the lists know it as a name: LAB^QC, not NG^MEI)
    if any(len(w) < 2 or (_ordinary(w) and not _known(w, lex)) or (len(w) < 3 and not _known(w, lex)) for w in words):
        return False
    if any(fold(w) in lex.place and not _known(w, lex) for w in words):
        return False
    if not all(w[:1].isupper() for w in words):
        return False
    return any(fold(w) in lex.first for w in given.replace("-", " ").split()) or fold(fam.split()[-1]) in lex.last


_CELL_EDGE: Final = frozenset("|;,=\"'\t\n\r:>/")


def _whole_cell(text: str, s: int, e: int) -> bool:
    """The span fills its line or delimited cell (start/end of text or a delimiter on both sides)."""
    before = text[s - 1] if s > 0 else "\n"
    after = text[e] if e < len(text) else "\n"
    return before in _CELL_EDGE and after in _CELL_EDGE


def _surname_shaped(w: str, lex: Lexicon) -> bool:
    low = w.lower()
    if len(w) < 3 or low in NEVER_NAMES or is_legal_form(w) or fold(w) in STREET_TYPES:
        return False
    return not (fold(w) in lex.place and not _known(w, lex))


def _comma_shape(last: str, first: str, lex: Lexicon) -> bool:
    """LAST, FIRST after a person key word (GUEST, SHARER): the shape is enough, if no word is an
    ordinary word or a place."""
    words = [w for w in last.split(" ") + first.split(" ") if w.lower() not in PARTICLES]
    return (
        bool(words)
        and all(len(w) >= 2 and (not _ordinary(w) or _known(w, lex)) and (fold(w) not in lex.place or _known(w, lex))
                for w in words)
        and max(len(w) for w in words) >= 3
    )


def _slash_shape(sur: str, given: str) -> bool:
    """SURNAME/GIVEN followed by a passenger title: the airline shape alone is enough."""
    words = sur.split(" ") + given.split(" ")
    return all(len(w) >= 2 and w.lower() not in NEVER_NAMES for w in words) and max(len(w) for w in words) >= 3
