"""Street addresses (US style): ``123 Main St``, ``4500 N. Oak Grove Ave, Apt 5B``.

Off by default (``ADDRESS`` is not a core entity): ``RegexDetector(extra_entities={"ADDRESS"})``
turns the row on, e.g. for a fallback that must cover what Comprehend was asked for.
The span is the street line with its unit, and the city, state and ZIP when they follow.
"""

from __future__ import annotations

import re

from ._table import Row, Span

ADDRESS = "ADDRESS"
_S_ADDRESS = 0.8

_SUFFIXES = (
    "Street St Avenue Ave Road Rd Boulevard Blvd Drive Dr Lane Ln Way Court Ct Place Pl Terrace Ter Parkway Pkwy "
    "Highway Hwy Circle Cir Square Sq Trail Trl Alley Aly Plaza Plz Loop Row"
).split()
_STREET = re.compile(
    r"""(?x)
    (?<![\w#.\-/:])[0-9]{1,6}[A-Za-z]?                                  # house number
    (?:[ \t]+(?:[NSEW]|N[EW]|S[EW]|North|South|East|West)\.?)?          # a direction
    (?:[ \t]+(?:[A-Z][a-z'’\-]+|[0-9]{1,3}(?:st|nd|rd|th)|[A-Z]{1,2}\b)){1,4}   # street name words
    [ \t]+(?:"""
    + "|".join(_SUFFIXES)
    + r""")\b\.?
    (?:[ \t]+(?:[NS][EW]|[NSEW])\b\.?)?                                # a post-direction: NW
    (?:,?[ \t]+(?:Apt|Apartment|Suite|Ste|Unit|Fl|Floor|Rm|Room|\#)\.?[ \t]*\#?[A-Za-z0-9\-]{1,6}\b)?   # unit
    (?:,[ \t]*[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2},?[ \t]+[A-Z]{2}(?:[ \t]+[0-9]{5}(?:-[0-9]{4})?)?\b)?  # city, ST ZIP
    """
)


def _street_extract(text: str, m: re.Match[str], floor: int) -> list[Span]:
    return [(m.start(), m.end(), ADDRESS, _S_ADDRESS)]


ADDRESS_ROWS: tuple[Row, ...] = (Row("street_address", frozenset({ADDRESS}), _STREET, _street_extract),)
