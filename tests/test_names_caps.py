"""Names in capitals: FAMILY^GIVEN fields of delimited records, LAST, FIRST under quoted person keys."""

from __future__ import annotations

import pytest

from piiredact.backends._names import NameDetector


def _names(text: str) -> list[str]:
    return [text[f.start:f.end] for f in NameDetector(cache_size=0).detect([text])[0] if f.entity == "NAME"]


@pytest.mark.parametrize("text,expected", [
    # a |-delimited record's FAMILY^GIVEN field (HL7, ASTM), after an id component too, in any cased script
    ("P|1|E647|||VAN 'T HOF^DAAN||20131206|M|||||4065^KUČERA^MAREK\r", ["VAN 'T HOF^DAAN", "KUČERA^MAREK"]),
    ("P|1|E209|||ŽUKAUSKIENĖ^GINTARĖ^^||20160814|F|", ["ŽUKAUSKIENĖ^GINTARĖ"]),
    # codes and test words in the same shape
    ("P|1|QC-6705|||QC^LEVEL2|||U|||||1043^LAB^QC\r", []),
    ("OBR|1||CBC^COMPLETE BLOOD COUNT^L|", []),
])
def test_family_given_fields_of_delimited_records(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize("text,expected", [
    ('rule=STRUCTURING customer="KOWALSKA, MAGDALENA" cust_id=12466', ["KOWALSKA, MAGDALENA"]),
    ("coBorrower='NAVARRO, MAITE' coSsn=***", ["NAVARRO, MAITE"]),
    ('region="NORTH, WEST" status=OK', []),     # not a person key: the shape alone is not enough
])
def test_last_first_in_capitals_under_a_quoted_person_key(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # LAST, FIRST in a fixed-width cell: a given name that is also a word (JAMES), a surname that is
    # also a place (CAMPBELL), a given name no list holds beside a known surname (LIU, XINYI)
    ("AC904128043GB           WILLIAMS, JAMES                +254", ["WILLIAMS, JAMES"]),
    ("INVOLVED: VICTIM    CAMPBELL, EILIDH         DOB 19", ["CAMPBELL, EILIDH"]),
    ("OB-2026355|salmonella|CASE=LIU, XINYI|ONSET=20260605", ["LIU, XINYI"]),
    ("BROWN, WHITE", []), ("SMITH, MANAGER", []), ("LONDON, ONTARIO", []), ("ERROR, RETRYING", []),
    ("COLUMBUS, OH", []), ("HOUSTON, TX 77002", []),                 # a city and its state
    # LAST, I in a report's column: a known surname and an initial
    ("605   HOSSEINI, A            812", ["HOSSEINI, A"]), ("ERROR, E  ", []), ("VALUE, X", []),
])
def test_last_first_in_capitals(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a passenger list's count glued before SURNAME/GIVEN (a title glued after it)
    ("PNL\n1NJOROGE/NYOKABIMS .L/D3C6F3", ["NJOROGE/NYOKABIMS"]),
    (".W/K/1/24\n.P/1SORENSEN/INGRID\nENDBSM", ["SORENSEN/INGRID"]),
    ('bcbp="M1SOUKUPOVA/ANETA     EXR5E2V CPHFCOAF"', ["SOUKUPOVA/ANETA"]),   # an unknown surname after M1
    ("3RD/FLOOR", []), ("TAG 2SFO/LAX", []),
])
def test_surname_given_after_a_count(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # two letters a side are codes; a label of words before its colon; a name before a colon stays
    ("efw2-writer: RA/RE written; posts in EN/DE.", []), ("VESSEL/VOY: COSCO SHIPPING LIBRA 622W", []),
    ("pax HORVATH/ANIKO: seat 4A", ["HORVATH/ANIKO"]), ("LI/WEI seat 4A", ["LI/WEI"]),
])
def test_surname_given_codes_and_labels(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the whole value of a key naming a person's role: names no gazetteer has count in capitals
    ('customer="TSERENDORJ SARANGEREL" tier=2', ["TSERENDORJ SARANGEREL"]),
    ("cardholder=ZORBLAX FENTRIX|exp=12/27", ["ZORBLAX FENTRIX"]),
    # words, codes, legal forms, a team; a generic key (a host's or a file's name) needs a known name
    ('holder="ACME CORP"', []), ("driver=NIGHT SHIFT", []), ('owner="PLATFORM TEAM"', []),
    ("agent: XKCD QWRT", []), ('name="ZORBLAX FENTRIX"', []),
])
def test_an_unknown_name_in_capitals_under_a_person_key(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a street named after a person: the street type after the words (also past a run's four words)
    ("8514 JEFFERSON AVE", []),
    ("LOCATION: MARTIN LUTHER KING JR BLVD / 4TH ST", []),
    ("SHIP TO: MARIA GARCIA 12 MAIN ST", ["MARIA GARCIA"]),          # a number ends the name before the street
    # a firm named after its owners: a company word closes the run
    ('"holder":"PATEL BROTHERS ANALYTICS"', []),
    ('holder="JOHN SMITH"', ["JOHN SMITH"]),
])
def test_streets_and_firms_named_after_people_in_capitals(text: str, expected: list[str]) -> None:
    assert _names(text) == expected
