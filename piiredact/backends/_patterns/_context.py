"""Context rules for numbers: the keyword that labels the next number (SSN, phone, card)."""

from __future__ import annotations

import re

# How far before a value its labelling keyword may stand.
_KEYWORD_WINDOW = 40


# Labels. A keyword labels the *next* number: no digit may stand between them.
_SSN_KEYWORD = re.compile(
    r"(?i)(?:ssn|ss\#|\bss[ \t]*no\b|\bss[_\- ]?(?:number|num|nbr)\b|social[ \t_\-]*sec(?:urity)?|\bsoc[ \t_.\-]*sec|\btax[ \t_\-]*(?:id|payer)"
    # (a TIN as a key's last part too: donor_tin=, payee_tin:)
    r"|taxpayer|(?<![A-Za-z])i?tin(?![A-Za-z])|\bsocial\b)"
)
_PHONE_KEYWORD = re.compile(
    # (a key's index counts: tel1, fax2, TELF1 as SAP writes "Telefon 1")
    r"(?i)(?:phone|\btel\d?\b|\btel\.|telephone|mobile|\bcell|\bfax\d?\b|\bcall(?:ed|ing)?\b|\bsms\b|whatsapp"
    r"|\breach\b|\bdial(?:ed|ing)?\b|msisdn|\bph\b|\bmob\d?\b"
    # a call-back request, a telephony subscriber (an MSISDN), "my number is …" (en fr es pt it de)
    r"|\bcall[ \t_\-]?back\b|\bsubscriber\b"
    # a conversation or a message by phone ("spoke with Ann on …", "texted …", "contact Bo at …"), a
    # telephony record's calling or called party (calledNumber, callingPartyNumber, ANI, DNIS), and
    # "reachable at" (nl de it)
    r"|\bspoke\b|\btext(?:ed|ing)\b|\bcontact(?:ed)?\b(?![ \t_\-]*(?:id|ref|key|uuid)\b)|call(?:ed|ing)[ \t_\-]?(?:party[ \t_\-]?)?(?:number|num|no)"
    r"|(?-i:(?<![A-Z])(?:ANI|DNIS))\b|bereikbaar|erreichbar|raggiungibile"
    r"|\b(?:my|his|her|your|their|our|mon|ma|mi|meu|minha|mio|mein|meine)[ \t]+(?:phone[ \t]+|mobile[ \t]+)?"
    r"(?:number|no\.|num[eé]ro|n[uú]mero|nummer)(?:[ \t]+(?:is|est|es|é|è|ist))?\b"
    # the same cue in other languages (call back, reach at, mobile): de fr es it pt nl pl tr ja ko zh
    r"|r(?:ü|ue)ckruf|\brappel(?:er|ez)?\b|joignable|\bllam(?:ar|e|ad)|\bm[oó]vil|celular|cellulare"
    # "contact" in pt/es/it/de/pl, and the English or French word as a label ("Contact : 55 5536 0365")
    r"|\bcontat(?:o|to)\b|\bcontacto\b|\bkontakt\b|\bcontact[ \t]*:"
    r"|richiam|\bligar\b|\bligue\b|\btelf\d?\b|retorno|terugbel|\bmobiel|oddzwo|zadzwo|kom[oó]rk|\btlf\b|\barama"
    r"|折り返し|電話|电话|携帯|연락처|전화|回电|手机|手機"
    # "telephone" and "mobile" in more languages: de/pl/tr/sv/da/cs, pt, es/it, fi, be/nl, ch, ru/uk,
    # ar, he, el, hi, th, vi
    r"|\btelef[oó]n(?:e|o|u|a)?\b|\btel[eé]fono\b|\bpuhelin|\bgsm\b|\bnatel\b|телефон|\bтел\b|моб"
    r"|هاتف|جوال|טלפון|τηλ[εέ]φωνο|κινητό|फ़ोन|फोन|मोबाइल|โทรศัพท์|มือถือ|điện thoại)"
)
_CARD_KEYWORD = re.compile(
    r"(?i)(?:card|\bcc\b|\bpan\b|visa|master[ \t]*card|amex|american express|discover|maestro|diners|\bjcb\b"
    r"|unionpay|debit|credit)"
)


# Literal pieces of every alternative of each keyword pattern, lower-case: a keyword can
# stand in an ASCII text only where one of these does. The case-insensitive keyword patterns
# cost ~10 us on a 40-character window (no first character to skip on); these ~0.5 us.
_KEYWORD_ANCHORS: dict[re.Pattern[str], re.Pattern[str]] = {
    _SSN_KEYWORD: re.compile(r"ssn|ss\#|ss[ \t]*no|ss[_\- ]?n|soc|tax|tin"),
    _PHONE_KEYWORD: re.compile(
        r"ph|tel|mob|cell|fax|call|sms|whatsapp|reach|dial|msisdn|rueckruf|rappel|joignable|llam|movil|celu"
        r"|richiam|ligar|retorno|terugbel|oddzwo|zadzwo|komork|tlf|arama|puhelin|gsm|natel|contat|contact|kontakt"
        # ("number" alone is in many log lines: the anchor is the possessive's last letter before it)
        r"|subscriber|[ysre] number|[ysre] no\.|numero|nummer|ligue"
        r"|spoke|text|ani|dnis|bereikbaar|erreichbar|raggiung"
    ),
    _CARD_KEYWORD: re.compile(
        r"card|cc|pan|visa|master|amex|americ|discover|maestro|diners|jcb|unionpay|debit|credit"
    ),
}


def _labelled(keyword: re.Pattern[str], text: str, start: int, floor: int) -> bool:
    """Whether ``keyword`` stands shortly before ``start`` with no other number in between."""
    tail = text[max(floor, start - _KEYWORD_WINDOW) : start]
    if tail.isascii():
        anchor = _KEYWORD_ANCHORS[keyword].search
        low = tail.lower()
        if anchor(low) is None:  # none anywhere in the tail: none after its last digit
            return False
        cut = _after_last_digit(tail)
        if anchor(low, cut) is None:
            return False
        return keyword.search(tail, cut) is not None
    return keyword.search(tail, _after_last_digit(tail)) is not None


# Up to the last ASCII digit (greedy: one backward walk from the end, no rescans).
LAST_DIGIT = re.compile(r".*[0-9]", re.S)


def _after_last_digit(tail: str) -> int:
    """The offset after the last ASCII digit of ``tail`` (0 if none), a key's index aside."""
    m = LAST_DIGIT.match(tail, 0, key_index_start(tail, 0, len(tail)))
    return 0 if m is None else m.end()


_KEY_END = " \t\"'=:"


def key_index_start(text: str, lo: int, hi: int) -> int:
    """Where the index of a key that ends ``text[lo:hi]`` starts (``TELF1=``, ``"phone2": "``), else ``hi``.

    The digits of a key's index are no number standing between a keyword and its value, so the
    search for the last number before a value stops short of them."""
    j = hi
    while j > lo and text[j - 1] in _KEY_END:
        j -= 1
    if j == hi or ("=" not in text[j:hi] and ":" not in text[j:hi]):
        return hi  # no key's separator right before the value
    i = j
    while i > lo and j - i < 3 and "0" <= text[i - 1] <= "9":
        i -= 1
    if i == j or j - i > 2 or i == lo or not text[i - 1].isalpha():
        return hi
    return i


# Any of the three labels (a match of one is a match of the union, and vice versa).
_ANY_KEYWORD = re.compile(
    "|".join(f"(?:{k.pattern.removeprefix('(?i)')})" for k in (_SSN_KEYWORD, _PHONE_KEYWORD, _CARD_KEYWORD)),
    re.I,
)
_ANY_ANCHOR = re.compile("|".join(a.pattern for a in _KEYWORD_ANCHORS.values()))


def _any_keyword(tail: str, pos: int) -> bool:
    """Whether any number keyword stands in ``tail`` at or after ``pos`` (as ``_labelled`` looks)."""
    if tail.isascii() and _ANY_ANCHOR.search(tail.lower(), pos) is None:
        return False  # the cheap literal test first (see ``_KEYWORD_ANCHORS``)
    return _ANY_KEYWORD.search(tail, pos) is not None
