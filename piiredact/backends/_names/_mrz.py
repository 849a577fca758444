"""Names in the machine-readable zone of passports, visas and ID cards (ICAO 9303).

The zone writes ``SURNAME<<GIVEN<NAMES`` in capitals, ``<`` for a blank, and pads the field with
``<``: the first line of a passport or visa (``P<UTOERIKSSON<<ANNA<MARIA<<<<<<``, a document code,
the issuing state, then the name) and the third line of an ID card (the name alone, padded). A
reader's log (OCR, e-gates, check-in kiosks) prints those lines as they are; the format decides,
no name list is needed.
"""

from __future__ import annotations

import re
from typing import Final

from ..._entities import NAME
from ..._finding import Finding
from ._features import is_word
from ._lexicon import load_lexicon

#: Score of a name read from a machine-readable zone (a fixed format).
MRZ_SCORE: Final = 0.9

_NAME: Final = r"([A-Z]+(?:<[A-Z]+){0,4}<<[A-Z]+(?:<[A-Z]+){0,5})"
# P<, PA, V<, I<, ID, A<, C< and the issuing state (three letters, "<" padding a shorter code: D<<)
_DOCUMENT_LINE: Final = re.compile(r"(?<![A-Za-z0-9<])[PVIAC][A-Z<][A-Z][A-Z<]{2}" + _NAME + r"(?:<{2,}|<?$|<?(?=\s))")
# an ID card's third line: the name field alone, padded to the line's end
_NAME_LINE: Final = re.compile(r"(?m)(?:^|(?<=[\s\"'=:]))" + _NAME + r"<{3,}")


def find_mrz_names(text: str) -> list[Finding]:
    """NAME findings for the holder's name in each machine-readable line of ``text``."""
    if "<<" not in text:
        return []
    spans: dict[int, int] = {}
    for m in _DOCUMENT_LINE.finditer(text):
        spans[m.start(1)] = m.end(1)
    for m in _NAME_LINE.finditer(text):
        if not any(s < m.end(1) and m.start(1) < e for s, e in spans.items()):
            spans[m.start(1)] = m.end(1)
    lex = load_lexicon()
    return [
        Finding(s, e, NAME, MRZ_SCORE, "builtin") for s, e in sorted(spans.items())
        # a specimen's or a test card's words (SPECIMEN<<TEST<DOCUMENT) are no holder's name
        if not any(is_word(w.lower()) and not lex.is_name(w) for w in text[s:e].split("<") if w)
    ]


__all__ = ["MRZ_SCORE", "find_mrz_names"]
