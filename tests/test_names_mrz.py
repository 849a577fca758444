"""Holders' names in machine-readable zones of passports, visas and ID cards (``_names/_mrz.py``)."""

from __future__ import annotations

import pytest

from piiredact.backends._names import NameDetector
from piiredact.backends._names._mrz import find_mrz_names


def names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in NameDetector(cache_size=0).detect([text])[0] if f.entity == "NAME"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("passport.ocr reader=DESK-02 quality=0.84 P<MEXSOUSA<<TIAGO<<<<<<<<<<<<<<<<<<<<", ["SOUSA<<TIAGO"]),
        ("mrz=P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", ["ERIKSSON<<ANNA<MARIA"]),
        ("egate scan P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<<<", ["MUSTERMANN<<ERIKA"]),  # a state of one letter
        ("V<GBRDE<LA<CRUZ<<MARIA<<<<<<<<<<<<<<<<<<<<<<<<<<", ["DE<LA<CRUZ<<MARIA"]),          # a visa, a surname of three parts
        ("I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<",
         ["ERIKSSON<<ANNA<MARIA"]),                                                                # an ID card's third line
    ],
)
def test_the_holder_of_a_machine_readable_zone(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "P<UKRSPECIMEN<<TEST<DOCUMENT<<<<<<<<<<<<<<<<",   # a specimen's words
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10",   # the second line: numbers and checks
        "shift a<<b; template C<<<<<<<<; git log a..b<<EOF",
    ],
)
def test_no_name_outside_a_holder_field(text: str) -> None:
    assert find_mrz_names(text) == []
