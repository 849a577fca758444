"""SSNs and phone numbers in the columns of a table whose key says so (``ssn``, ``tin``,
``ssn_last4``, ``phone``, ``mobile``, ``msisdn``).

A bare 9-digit cell is an SSN, and a bare 11-digit one a phone, only with a reason: a keyword before
it on the line (``_numbers``) or, in an export or a SQL insert logged as one record, the column's key
in the header or column list (``backends/_tables.py``). A full SSN column takes 9 digits (or 3-2-4
with dashes or spaces) in the issuable ranges; a last-four column takes 4 digits; a phone column 7 to
15 digits written with phone characters only.
"""

from __future__ import annotations

import re
from typing import Final

from ..._entities import PHONE, SSN
from .._tables import find_tables
from ._scores import _S_PHONE_KEYWORD, _S_SSN_KEYWORD, _S_SSN_LAST4
from ._validators import _ssn_ok

# keys of a column of SSNs (normalised: lower case, no separators); TIN and ITIN columns of a person's
# tax record hold an SSN or an ITIN of the same shape
_FULL_KEYS: Final = frozenset(
    "ssn ssno ssnum ssnumber socialsecurity socialsecuritynumber socsec ssntin tin itin taxid taxpayerid".split()
)
_LAST4_KEYS: Final = frozenset("ssn4 ssnlast4 last4ssn ssnlastfour last4 lastfour".split())
_PHONE_KEYS: Final = frozenset(
    "phone phonenumber phoneno tel telephone telno mobile mobilephone mobileno cell cellphone msisdn fax"
    " contactnumber contactphone homephone workphone tn mdn".split()  # (tn, mdn: a carrier's telephone number)
)
_FULL: Final = re.compile(r"\d{3}([- ]?)\d{2}\1\d{4}")
_PHONE_CELL: Final = re.compile(r"\+?\(?\d[\d ().\-/]{5,22}\d")
_DATE_CELL: Final = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}")
_KEY_CHARS: Final = re.compile(r"[^a-z0-9]")


def column_values(text: str) -> list[tuple[int, int, str, float]]:
    """(start, end, entity, score) of the SSN and phone cells of ``text``'s tables."""
    out: list[tuple[int, int, str, float]] = []
    for table in find_tables(text):
        kinds = [_kind(k) for k in table.keys]
        if not any(kinds):
            continue
        for row in table.rows:
            for (s, e), kind in zip(row, kinds):
                value = text[s:e]
                if kind == "full" and _FULL.fullmatch(value) is not None and _ssn_ok(re.sub(r"\D", "", value)):
                    out.append((s, e, SSN, _S_SSN_KEYWORD))
                elif kind == "last4" and len(value) == 4 and value.isdigit():
                    out.append((s, e, SSN, _S_SSN_LAST4))
                elif kind == "phone" and _PHONE_CELL.fullmatch(value) is not None and _DATE_CELL.fullmatch(value) is None \
                        and 7 <= sum(c.isdigit() for c in value) <= 15:
                    out.append((s, e, PHONE, _S_PHONE_KEYWORD))
    return out


def _kind(key: str) -> str:
    norm = _KEY_CHARS.sub("", key.lower())
    if norm in _FULL_KEYS or (norm.endswith("ssn") and len(norm) <= 12):  # member_ssn, employeeSSN
        return "full"
    if norm in _LAST4_KEYS:
        return "last4"
    return "phone" if norm in _PHONE_KEYS else ""


__all__ = ["column_values"]
