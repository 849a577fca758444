"""Names in the cells of delimited data rows (``_names/_rows.py``), from our own cases."""

from __future__ import annotations

import pytest

from piiredact.backends._names import NameDetector
from piiredact.backends._names._rows import find_row_names


def _names(text: str) -> list[str]:
    return [text[f.start:f.end] for f in NameDetector(cache_size=0).detect([text])[0] if f.entity == "NAME"]


@pytest.mark.parametrize("text,expected", [
    # (the model alone misses each of these: a lone cell has no key and no neighbour name)
    ("88210;Ruangsri;0812345678;TH;yes", ["Ruangsri"]),                        # unknown surname, contact row
    ("1207;Victoria;Obinwanne;vobi@example.org;ES;1990-03-02;1", ["Victoria", "Obinwanne"]),  # place-name beside a name
])
def test_name_cells_of_data_rows(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize("text", [
    "90011;Garden Rake;Green;Medium;19.99;EUR",          # a product and a colour
    "2026-01-04 10:00:00|ORD-1182|Pickup|Leeds|GB|packed",  # a delivery mode and a city
    "12,Paris,FR,active,2020-01-01",                     # a city alone
    "INFO;Started;Worker;3;ok",                          # log words
    "id;name;city;country;phone",                        # a header row
])
def test_product_place_and_word_cells_are_not_names(text: str) -> None:
    assert find_row_names(text) == []


def test_a_city_after_a_whole_name_stays_a_city() -> None:
    text = "2026-01-04 10:00:00|ORD-1182|Amelia Hartmann|Denver|US|shipped"
    assert [text[f.start:f.end] for f in find_row_names(text)] == ["Amelia Hartmann"]


def test_rows_need_data_cells() -> None:
    """Four Title Case cells and nothing else are a list of words, not a record."""
    assert find_row_names("Alpha;Bravo;Charlie;Delta") == []


@pytest.mark.parametrize("text,surname", [
    ("40211,Marta,Zwierzchowska,512-44-7781,03/11/1961,FT", "Zwierzchowska"),
    ("7713,Joaquim,Brandolini,411-20-9934,08/02/1970,PT", "Brandolini"),
])
def test_a_row_cell_outranks_a_weaker_model_span_inside_it(text: str, surname: str) -> None:
    """The model scores a lone surname cell under the threshold; the row rule's finding replaces
    that weaker span instead of giving way to it."""
    found = {text[f.start:f.end]: f.score for f in NameDetector(cache_size=0).detect([text])[0]}
    assert found.get(surname, 0.0) >= 0.5


@pytest.mark.parametrize("text,expected", [
    ("INSERT INTO members VALUES (5521,'Ilse','Vanderhaegen','1969-04-12','F')", ["Ilse", "Vanderhaegen"]),
    ("execute stmt_3: DETAIL: parameters: $1 = 'Ottilie', $2 = 'Wrzesniewska', $3 = 'PAT8812301'",
     ["Ottilie", "Wrzesniewska"]),
    ("upsert into guest(name,room,nights) values('Zeynep Karaoglanli','212',3)", ["Zeynep Karaoglanli"]),
    ("  40917  Oyelaran-Bassey  Adaeze   NG  ACTIVE  03/2021", ["Oyelaran-Bassey", "Adaeze"]),
    ("7301;Hill;0471 220 918;AU;yes", ["Hill"]),  # a word-like surname alone in a contact row
])
def test_sql_tuples_parameter_echoes_columns_and_contact_rows(text: str, expected: list[str]) -> None:
    found = [text[f.start:f.end] for f in find_row_names(text)]
    assert found == expected


def test_a_cell_of_place_names_only_is_a_place() -> None:
    assert find_row_names("2026-01-04|ORD-88|New York|US|shipped|x") == []


def test_the_city_after_a_whole_name_is_vetoed_for_the_model_too() -> None:
    """A one-word place that is also a surname (Lyon, Leeds) right after a customer's whole
    name is the customer's city: the row says so even when the model reads it as a name."""
    from piiredact.backends._names._rows import find_rows

    text = "2026-03-02 09:14:11|ORD-55120|Annika Lindqvist|Leeds|GB|packed"
    rows = find_rows(text)
    assert [text[s:e] for s, e in rows.not_names] == ["Leeds"]
    assert _names(text) == ["Annika Lindqvist"]


def test_a_statement_on_a_table_of_places_or_things_names_nobody() -> None:
    """The text values of a cities/products table are not people, whatever the gazetteers say."""
    text = "INSERT INTO cities (name, country, population) VALUES ('Charlotte', 'US', 874579)"
    assert _names(text) == []
    text = "INSERT INTO customers (name, country) VALUES ('Charlotte Okafor', 'US'), ('Ines Duarte', 'PT')"
    assert _names(text) == ["Charlotte Okafor", "Ines Duarte"]


def test_a_city_alone_among_codes_is_vetoed() -> None:
    """A one-word place cell with no name cell beside it and no contact data in the row."""
    text = "2026-03-02 09:14:11|ORD-55120|EXPRESS|Leeds|GB|packed"
    from piiredact.backends._names._rows import find_rows

    assert [text[s:e] for s, e in find_rows(text).not_names] == ["Leeds"]
    assert _names(text) == []


def test_a_camel_case_cell_is_a_code_not_a_name() -> None:
    """FilteredAsSpam, InTransit: identifiers and states in CamelCase, even in a row with contacts."""
    text = '"2026-03-04T10:11:12Z","alerts@example.io","ops@example.org","CPU High","FilteredAsSpam","",""'
    assert [text[f.start:f.end] for f in find_row_names(text)] == []


@pytest.mark.parametrize("text,expected", [
    # cells in capitals, a given name and a surname side by side (headerless exports)
    ("E;44102;HALVORSEN;INGEBORG;2026-02-01;1520.00", ["HALVORSEN", "INGEBORG"]),
    ("R|20260301|ABERNATHY|PRISCILLA|F|TX", ["ABERNATHY", "PRISCILLA"]),
    ("7,2026-03-04,KOWALCZYK,ZOFIA,PL,1", ["KOWALCZYK", "ZOFIA"]),
    # a surname the gazetteers lack beside a known given name; two names they lack are not enough
    ("E;44102;WHAKAREWA;TAMSIN;2026-02-01;1520.00", ["WHAKAREWA", "TAMSIN"]),
    ("E;44102;OKONJO;CHIDINMA;2026-02-01;1520.00", []),
])
def test_a_pair_of_name_cells_in_capitals(text: str, expected: list[str]) -> None:
    """(ALL-CAPS cells count only in pairs: codes fill rows in capitals, and one known name alone is a code as often.)"""
    assert [text[f.start:f.end] for f in find_row_names(text)] == expected


@pytest.mark.parametrize("text", [
    "1;2026-03-04;DEAN;ACTIVE;US;42",            # one known name alone among codes
    "7|20260301|TCP|UDP|OK|SENT",                # protocol and state words
    "9,2026-03-04,PARIS,LYON,FR,1",              # places
    "3;2026-03-04;GRANT;ACCESS;EU;2",            # ordinary words in capitals
    "5|20260301|NY|CA|US|GB",                    # region codes
])
def test_cells_in_capitals_that_are_codes_words_or_places(text: str) -> None:
    assert find_row_names(text) == []
