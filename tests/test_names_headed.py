"""Names in the columns of a table under a header that names a person (``_names/_headed.py``), from
our own cases."""

from __future__ import annotations

import pytest

from piiredact.backends._names import NameDetector
from piiredact.backends._names._headed import find_headed_names


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[f.start:f.end], f.entity) for f in NameDetector(cache_size=0).detect([text])[0]
            if f.entity in ("NAME", "USERNAME")]


@pytest.mark.parametrize("text,expected", [
    # capitals and names no gazetteer holds: the header decides, the cell's shape does not
    ("ROW,SURNAME,GIVEN,SEATS\n1,OKONKWO-ADEYEMI,CHIDINMA,2\n2,TUIMAVAVE,SIONE,1",
     [("OKONKWO-ADEYEMI", "NAME"), ("CHIDINMA", "NAME"), ("TUIMAVAVE", "NAME"), ("SIONE", "NAME")]),
    # a quoted "Last, First" is one cell; a role's column holds a login
    ('ticket\tstate\tcontact_name\tclosed_by\nT-88\tdone\t"Varga, Zsófia"\tb.okafor',
     [("Varga, Zsófia", "NAME"), ("b.okafor", "USERNAME")]),
    # a bare "name" column in a table of people (an e-mail column says so)
    ("id|name|email|plan\n7|Ingrid Solberg|is@example.org|gold",
     [("Ingrid Solberg", "NAME")]),
    # German part keys
    ("PERNR;NACHN;VORNA;ABKRS\n00012;Wójcik;Bartłomiej;K1", [("Wójcik", "NAME"), ("Bartłomiej", "NAME")]),
])
def test_cells_under_a_person_column_are_names(text: str, expected: list[tuple[str, str]]) -> None:
    for item in expected:
        assert item in _found(text)


@pytest.mark.parametrize("text", [
    "sku,name,price,qty\nA1,Garden Hose,12.00,3\nB2,Victoria Sponge,4.50,1",  # a product's name
    "ROW,LAST,FIRST,SEATS\n1,HOUSE,HOLD,4",                                     # a row of words
    "id,customer_name,segment,mrr\n9,Harbour Logistics,smb,1200",              # a business
    "job,status,updated_by,ms\n4,done,batch-runner,12\n5,done,kiosk7,9",       # systems, not persons
    "id,patient_name,mrn,room\n1,TEST, PATIENT,000,B2",                          # a test record's words
    "host,font_family,size\nweb1,Georgia,12",                                   # a kind, no surname
    "deliverable\tcreator\tdue\nBanner set\tDubois Conseil SARL\t2026-10-15",    # a legal form: a business
])
def test_cells_that_are_no_person_stay(text: str) -> None:
    assert [f for f in find_headed_names(text)
            if f.entity in ("NAME", "USERNAME")] == []


def test_rows_end_where_the_cell_count_changes() -> None:
    """After the table a log line of another shape is not a row: its words are not read by column."""
    text = "id,surname,given\n1,Abebe,Tigist\nINFO export done, 1 row, by scheduler"
    assert [text[f.start:f.end] for f in find_headed_names(text)] == ["Abebe", "Tigist"]


def test_a_one_line_text_costs_nothing() -> None:
    assert find_headed_names("id,surname,given,1,Abebe,Tigist") == []
