"""Records written in capitals: the mixed-case view the model reads (``_names/_truecase.py``).

Every case is our own: banking, payment and mainframe-style lines with names the gazetteers
mostly do not know (the caps rules alone need a known first name or surname).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from piiredact.backends._names import NameDetector
from piiredact.backends._names._truecase import caps_view


def _names(text: str) -> list[str]:
    return [text[f.start:f.end] for f in NameDetector(cache_size=0).detect([text])[0] if f.entity == "NAME"]


@pytest.mark.parametrize("text,expected", [
    ("WIRE IN FROM BOLAT DZHAKSYBEKOV VIA CITIBANK NA", ["BOLAT DZHAKSYBEKOV"]),
    ("ORDERING CUSTOMER SIOSAIA HAVILI", ["SIOSAIA HAVILI"]),
    ("STANDING ORDER TO MARIA GONZALEZ MONTHLY", ["MARIA GONZALEZ"]),        # a run longer than four words
    ("CHQ 004412 PAY TO THE ORDER OF AROHA TE WHIU", ["AROHA TE WHIU"]),      # a particle inside
    ("ACCOUNT HOLDER: OLUSEGUN ADEYEMI-BELLO", ["OLUSEGUN ADEYEMI-BELLO"]),  # a hyphenated surname
    ("LOAN APPLICANT OLAWALE FASHOLA DOB 1979-03-02", ["OLAWALE FASHOLA"]),   # APPLICANT is a dictionary word
    ("PAYMENT RECEIVED FROM MS NURPEISOV REF 8812", ["NURPEISOV"]),           # a lone word after a title
    ("BENEFICIARY: GRACE NAKASHIMA", ["GRACE NAKASHIMA"]),                    # a given name that is a word
])
def test_names_in_records_of_capitals(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize("text", [
    "Dec 10 06:55:46 host sshd[24200]: reverse mapping failed - POSSIBLE BREAK-IN ATTEMPT!",
    "CR 1200.00 SALARY ACME CORPORATION LTD",
    "DIRECT DEBIT BRITISH GAS SERVICES",
    "CUST|2263698|DORMANT|MILANO|GOLD|SAVINGS",           # a city cell the place list does not know
    "HOLDER: ESCROW TRUST ACCOUNT  ACCT=77642882",         # a company (legal-form word)
    "SCAN OK BCBP M1 EQXPHAX ZRHDOHBA 2409 126F",          # a code among codes
    "POS PURCHASE TESCO STORES 3012 LONDON GB",
])
def test_words_codes_places_and_companies_in_capitals_are_not_names(text: str) -> None:
    assert _names(text) == []


def test_a_column_gap_ends_the_value_of_a_key() -> None:
    """``ACCT`` after two spaces starts the next column; it is not part of the beneficiary's name."""
    assert _names("BENEFICIARY: NKECHI OBIORA  ACCT 00123456789  AMT 1200.00 USD") == ["NKECHI OBIORA"]


def test_the_view_recases_words_and_keeps_offsets() -> None:
    text = "IBAN=DE0012 TRANSFER TO SOLVANG INGRID VIA SEPA"
    view = caps_view(text)
    assert view is not None
    assert view.text == "iban=DE0012 transfer to Solvang Ingrid via Sepa"
    assert [text[s:e] for s, e in view.spans] == ["SOLVANG", "INGRID", "SEPA"]


@pytest.mark.parametrize("text", [
    "user Ann Lee logged in from HTTP proxy",  # ordinary case: nothing to restore
    "state=ACTIVE mode=FAST",                  # two words in capitals are not a record of capitals
    "",
])
def test_no_view_for_text_in_ordinary_case(text: str) -> None:
    assert caps_view(text) is None


@given(st.text(alphabet=st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜßİ abc:=-'/0123456789"), max_size=80))
def test_the_view_changes_case_only(text: str) -> None:
    view = caps_view(text)
    if view is None:
        return
    assert len(view.text) == len(text)
    assert all(a == b or a.lower() == b.lower() for a, b in zip(view.text, text, strict=True))
    assert all(text[s:e].isupper() for s, e in view.spans)


@pytest.mark.parametrize("text,expected", [
    ("PAYMENT TO MR J OKAFOR REF 4412", ["J OKAFOR"]),                  # initials after a title are the name
    ("MRS A B OBIORA  SORT 12-34-56  ACCT 12345678", ["A B OBIORA"]),
    ("REMITTER AL-RASHID ABDULLAH", ["AL-RASHID ABDULLAH"]),             # a role word is not part of it
])
def test_titles_initials_and_roles_in_capitals(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Invoice for Mrs A. B. Obiora sent", ["A. B. Obiora"]),
    ("Dr J Okafor on call", ["J Okafor"]),
    ("Plan A B Testing", []),
])
def test_initials_after_a_title_join_the_name(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


def test_the_view_is_bounded_on_hostile_lines() -> None:
    """Records are short: no view over 2,048 characters, and a word over 40 letters is no name."""
    assert caps_view("HAROLD PEMBERTON " * 200) is None
    view = caps_view("TRANSFER TO " + "A" * 60 + " FROM OKAFOR NKECHI")
    assert view is not None and "A" * 60 in view.text
