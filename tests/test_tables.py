"""Tables inside a record (``backends/_tables.py``) and the SSN columns the pattern tier reads from them."""

from __future__ import annotations

import pytest

from piiredact.backends._regex import RegexDetector
from piiredact.backends._tables import find_tables


def test_a_header_and_its_rows() -> None:
    text = 'id,name,ssn\n1,"Chen, Jun",123-45-6789\nINFO done'
    (table,) = find_tables(text)
    assert table.keys == ["id", "name", "ssn"]
    assert [[text[s:e] for s, e in row] for row in table.rows] == [["1", "Chen, Jun", "123-45-6789"]]


def test_an_insert_with_a_column_list() -> None:
    text = "statement: INSERT INTO t (id, first_name, ssn) VALUES (7, 'Ann', '123456789'), (8, N'Bo', NULL)"
    (table,) = find_tables(text)
    assert table.keys == ["id", "first_name", "ssn"]
    assert [[text[s:e] for s, e in row] for row in table.rows] == [["7", "Ann", "123456789"], ["8", "Bo", "NULL"]]


@pytest.mark.parametrize("text", ["a,b,c", "INFO,WARN,ERROR\n", "x = f(a, b, c)", "INSERT INTO t VALUES (1, 2)"])
def test_no_table(text: str) -> None:
    assert find_tables(text) == []


def _ssns(text: str) -> list[str]:
    return [text[f.start:f.end] for f in RegexDetector().detect([text])[0] if f.entity == "SSN"]


@pytest.mark.parametrize("text,expected", [
    # a bare 9-digit cell is an SSN when its column's key says so (header or column list)
    ("ssn,last_name,first_name,wages\n591116028,PEETERS,JENS,1000.00", ["591116028"]),
    ("TYPE|SURNAME|GIVEN|SSN|PROGRAM\nFELLOW|WATANABE|RYOSUKE|064596383|NIH F31", ["064596383"]),
    ("INSERT INTO tax_profiles (user_id, ssn, kind) VALUES (802262, '824058393', 'individual')", ["824058393"]),
    ("emp,ssn_last4,dept\n77,0345,HR", ["0345"]),
    ("id,sku,qty\n123456789,A1,3", []),                    # no SSN column
    ("ssn,name\n900123456,Ann", []),                        # not an issuable SSN
])
def test_ssn_columns(text: str, expected: list[str]) -> None:
    assert _ssns(text) == expected


def test_a_header_says_nothing_of_the_next_record() -> None:
    """Records of one batch are joined internally: a header ending one record never labels the next one."""
    det = RegexDetector()
    assert det.detect(["id,ssn,name", "123456789,x,y"]) == [[], []]
    assert [f.entity for f in det.detect(["id,ssn,name\n123456789,x,y"])[0]] == ["SSN"]


@pytest.mark.parametrize("text,expected", [
    # the last four digits after a cue in another language
    ("Commande créée pour Solomiya Melnyk (SSN se terminant par 0345) par x", ["0345"]),
    ("Pedido criado para Parisa Karimi (SSN final 3498) por y", ["3498"]),
    ("Orden creada (SSN terminado en 1473)", ["1473"]),
    ("social security number endet auf 9921", ["9921"]),
    ("SSN 1234 records processed", []),                     # no cue: a count
])
def test_last_four_cues_in_other_languages(text: str, expected: list[str]) -> None:
    assert _ssns(text) == expected


def _found(text: str, entity: str) -> list[str]:
    from piiredact.backends.builtin import BuiltinDetector
    return [text[f.start:f.end] for f in BuiltinDetector(cache_size=0).detect([text])[0] if f.entity == entity]


@pytest.mark.parametrize("text,expected", [
    # a phone column of an export: an undivided number no keyword labels on its line
    ("email,phone,fn,ln,country\nioana80@posteo.example,48512224691,ioana,dumitru,RO", ["48512224691"]),
    ("id,phone,qty\n1,2026-01-02,3", []),                   # a date in a phone column is no phone
    ("sku,tel_ext,qty\nA,12,3", []),
])
def test_phone_columns(text: str, expected: list[str]) -> None:
    assert _found(text, "PHONE") == expected


@pytest.mark.parametrize("text,expected", [
    # a form's "+" between digits is a space: phone=082+650+3860 is "082 650 3860"
    ("GET /s?name=x&phone=082+650+3860&cc=4", ["082+650+3860"]),
    ("GET /s?phone=%2B1+801+555+0102&stock=U1514", ["%2B1+801+555+0102"]),
    ("sum 2017+2018+2019=6054", []), ("q=1+1", []),
    ("订单 81804 已确认，电话 138 9562 1079", ["138 9562 1079"]),    # the simplified Chinese word for phone
])
def test_form_encoded_and_cjk_phones(text: str, expected: list[str]) -> None:
    assert _found(text, "PHONE") == expected


def test_an_audience_export_names_its_first_and_last_name_columns() -> None:
    text = "email,phone,fn,ln,country\nioana80@posteo.example,48512224691,ioana,dumitru,RO"
    assert _found(text, "NAME") == ["ioana", "dumitru"]


@pytest.mark.parametrize("text,expected", [
    # "contact" labels a phone in Portuguese, Spanish and German, and as a label in English or French
    ("para retenção (atendente: dritag32). Contato: 956 668 679", ["956 668 679"]),
    ("permis accordé. Contact : 55 5536 0365", ["55 5536 0365"]),
    ("contact id 12345678 updated", []), ("contact: 2026-01-02", []),
])
def test_contact_labels_a_phone(text: str, expected: list[str]) -> None:
    assert _found(text, "PHONE") == expected
