"""Class names printing their fields, and keys naming a business: no person there."""

from __future__ import annotations

import pytest

from piiredact.backends._names import NameDetector


def _names(text: str) -> list[str]:
    return [text[f.start:f.end] for f in NameDetector(cache_size=0).detect([text])[0] if f.entity == "NAME"]


@pytest.mark.parametrize("text,expected", [
    # a class printing its fields (toString, repr, data classes): the type is no person, its fields may hold one
    ("trip=7 state=EN_ROUTE driver=Driver(id=drv_1, rating=4)", []),
    ("saved Patient{id=4, status=ADMITTED}", []),
    ("Customer{firstName='Ines', lastName='Duarte'}", ["Ines", "Duarte"]),
    ("loaded Courier(name='Tomasz Wrona', zone=3)", ["Tomasz Wrona"]),
    # a name followed by a parenthesis with a space is still a name
    ("assigned to Tomasz Wrona (id=4)", ["Tomasz Wrona"]),
])
def test_a_class_printing_its_fields_is_no_person(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize("text", [
    '{"restaurant": "Casa Lucia", "items": 3}',
    "merchant=Chez Marie Bistro amount=12.50",
    'hotel="Hotel Adeline" nights=2',
    "school=Saint Josephine Academy grade=4",
])
def test_a_business_key_holds_no_person(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize("text,expected", [
    ('{"range": {"first": "Alpha", "last": "Omega"}}', []),                        # the ends of a thing
    ('{"drivers": [{"first": "Saba", "last": "Girma"}]}', ["Saba", "Girma"]),      # a list of people
    ('{"user": {"first": "Siosaia", "last": "Havili"}}', ["Siosaia", "Havili"]),
])
def test_first_and_last_belong_to_their_parent(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("reviewers=[Summer Cross, Ifeoma Obi]", ["Summer Cross", "Ifeoma Obi"]),   # word-like names in a list of people
    ("owners=[Platform, Payments]", []),                                       # teams, not people
    ("booked by Ann & Grace Okafor", ["Ann", "Grace Okafor"]),                # a first name before a surname joins it
])
def test_lists_of_people_and_first_names_before_a_surname(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize("text", [
    # ships are named after people: after a vessel prefix, under a vessel key, in a vessel element
    "VMS pos F/V MISS KATIE 52.613N 164.38",
    '{"vessel": "ANNA MARIE", "trip": 1}',
    '<Vessel imo="7828968">ANNA MARIA</Vessel>',
    "MV MAERSK ESSEN berthed at 06:00",
    "sold a Volkswagen Jetta",                                     # a carmaker's model
    # a vessel object's name, a name in capitals after "ship", a name before its IMO number, a voyage key
    '"vessel": {"name": "CHARLOTTE MAERSK", "imo": "7824364"}',
    "PSC INSPECTION Tokyo MoU | ship CAPE ELIZABETH IMO 9376141 | port Manila",
    "arrived: NAVIOS KORNELIA (IMO 9301847) at berth 4",
])
def test_ships_and_car_models_named_like_people(text: str) -> None:
    assert [f for f in NameDetector(cache_size=0).detect([text])[0] if f.entity == "NAME"] == []


def test_a_ship_under_a_voyage_key() -> None:
    text = "NOTIFY PARTY: ARAM PETROSYAN VESSEL/VOY: CMA CGM JACQUES SAADE 850W"
    found = [text[f.start:f.end] for f in NameDetector(cache_size=0).detect([text])[0]]
    assert "ARAM PETROSYAN" in found and not any("SAADE" in f for f in found)


def test_a_person_beside_a_ship_stays_a_person() -> None:
    text = "vessel=NORDIC HELENA master=Ann Lee relationship: Bo Chan"
    found = [text[f.start:f.end] for f in NameDetector(cache_size=0).detect([text])[0]]
    assert found == ["Ann Lee", "Bo Chan"]
