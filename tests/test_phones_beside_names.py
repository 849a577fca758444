"""Phone numbers beside a person's name, found by the builtin from the name tier's findings."""

from __future__ import annotations

import pytest

from piiredact.backends._patterns import RegexDetector
from piiredact.backends.builtin import BuiltinDetector

BUILTIN = BuiltinDetector()


def values(text: str, entity: str, detector: BuiltinDetector | RegexDetector = BUILTIN) -> set[str]:
    return {text[f.start : f.end] for f in detector.detect([text])[0] if f.entity == entity}


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("ChatRepository: send message to Ya-Ting Lin (48618564814) thread=th_74213", "48618564814"),
        ("1     IMANE BEN YOUSSEF  447700900533      ring twice", "447700900533"),
        ("driver  : Chiara De Luca (953 725 14 17)   clerk   : g.leve", "953 725 14 17"),
        ('{"Key":"ReceiverPartyPublicName","Value":"254783420167 - Sévérine Mercier"}', "254783420167"),
        ("tenant Nikos Vlachos 652 79 12 77 | assigned=quispey", "652 79 12 77"),
        ("Plan de traitement accepté par Mme Choi (11 91894 1465), praticien", "11 91894 1465"),
        ("ticket for Bob Stone (555) 123-4567 today", "(555) 123-4567"),  # the bracket is part of it
    ],
)
def test_a_phone_shaped_number_beside_a_name_is_a_phone(text: str, phone: str) -> None:
    assert phone in values(text, "PHONE")
    assert phone not in values(text, "PHONE", RegexDetector())  # the name is the only context


@pytest.mark.parametrize(
    "text",
    [
        "user Ann Lee 2025-11-26 10:42:01 logged in",                  # a timestamp
        "Connections_incoming.txt <== 1980323430\tStoyanova, Vesela\t28-04-2024 10:46:23",  # an id, a date
        "Incoming session request: Aditya Bhattacharya (5913402414) info",  # ten undivided digits: an id
        '<persname source="local">Krajnc, Mirela, 1888-1976</persname>',   # a lifespan
        "PROSPECT ilir.gashi           309     239       19  Balogun, Babatunde",  # columns of counts
        "Ann Lee, 42, paid 1 234 567 EUR from 10.20.30.40",              # an age, an amount, an address
        "Ann Lee 1234.5678",                                             # a decimal
    ],
)
def test_numbers_beside_a_name_that_are_no_phone(text: str) -> None:
    assert set() == values(text, "PHONE")


def test_a_number_the_pattern_tier_found_is_not_found_twice() -> None:
    text = "Ann Lee +44 7700 900123"
    found = [f for f in BUILTIN.detect([text])[0] if f.entity == "PHONE"]
    assert [(text[f.start : f.end], f.source) for f in found] == [("+44 7700 900123", "regex")]
    assert found[0].score > 0.7  # the pattern tier's own (international) score, not the beside-a-name one


@pytest.mark.parametrize(
    ("text", "ssn"),
    [
        ('07421,"Walker, Kevin",199310511,64140.76,1099-MISC box 7', "199310511"),
        ("result file (2 records) 2;540721259;YONAS HAILE;ACCT832973;0", "540721259"),
        ("DTL DE SMET               INE             699180581  BART            05D 539.00", "699180581"),
    ],
)
def test_nine_digits_in_a_row_that_holds_a_name_are_an_ssn(text: str, ssn: str) -> None:
    assert ssn in values(text, "SSN")
    assert ssn not in values(text, "SSN", RegexDetector())  # the name is the only context


@pytest.mark.parametrize(
    "text",
    [
        '{"vessel": {"name": "ELISABETH SCHULTE", "imo": "9585053", "mmsi": "538280115"}}',  # a key's value
        "emails=['ann@example.org'], phones=['599299965'], name=Ann Lee",                    # a list under a key
        '07421,"Walker, Kevin",999310511,64140.76',                                           # out of range (9xx)
        "order 199310511 shipped to Ann Lee",                                                 # no row
    ],
)
def test_nine_digits_that_are_no_ssn_of_a_row(text: str) -> None:
    assert set() == values(text, "SSN")
