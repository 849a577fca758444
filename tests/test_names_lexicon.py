"""The shipped gazetteers (``lexicon.bin``): what their sources must and must not contribute."""

from __future__ import annotations

import pytest

from piiredact.backends._names._lexicon import load_lexicon


@pytest.mark.parametrize("surname", ["Dlamini", "Petrenko", "Okafor", "Kowalczyk", "Nakamura", "Abramenko"])
def test_surnames_of_many_countries_are_known(surname: str) -> None:
    # the 1990 Census list alone lacked most of these (one country's names); Census 2010 and
    # mimesis's locales (Cyrillic romanised) bring them
    assert load_lexicon().is_last(surname)


@pytest.mark.parametrize("word", ["data", "group", "office", "trip", "rappel", "marcar", "ny", "arr", "mstr"])
def test_the_larger_lists_bring_no_words_and_no_codes(word: str) -> None:
    # Census 2010's long tail and mimesis hold such entries; the build keeps them out
    lex = load_lexicon()
    assert not lex.is_last(word) and not lex.is_first(word)


def test_the_header_names_every_source() -> None:
    sources = load_lexicon().header["sources"]
    assert "Census 2010" in sources["last"] and "mimesis" in sources["last"] and "mimesis" in sources["first"]
