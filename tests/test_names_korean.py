"""Hyphenated Korean given names (``_names/_korean.py``), from our own cases."""

from __future__ import annotations

import pytest

from piiredact.backends._names import NameDetector
from piiredact.backends._names._korean import find_korean_given_names


def _names(text: str) -> list[str]:
    return [text[f.start:f.end] for f in NameDetector(cache_size=0).detect([text])[0] if f.entity == "NAME"]


@pytest.mark.parametrize("text,expected", [
    ("Hi Da-eun, your order has shipped", ["Da-eun"]),
    ("GET /track?fn=Woo-jin&src=mail", ["Woo-jin"]),
    ("pairing with 'Hye-won's Galaxy'", ["Hye-won"]),
    ("reply from Seung-Hyun: ok", ["Seung-Hyun"]),
])
def test_a_hyphenated_korean_given_name_alone(text: str, expected: list[str]) -> None:
    assert [text[f.start:f.end] for f in find_korean_given_names(text)] == expected
    assert set(expected) <= set(_names(text))


@pytest.mark.parametrize("text", [
    "Pop-up blocked", "Set-up done", "Re-run queued", "Top-up of 10 EUR", "Sign-in failed",
    "Content-type: text/plain", "Keep-alive: 5", "Wi-Fi on", "host Da-eun-laptop", "/img/Da-eun.png",
    "build-Da-eun", "X-Forwarded-For: 1.2.3.4",
])
def test_words_hosts_and_paths_are_not_korean_names(text: str) -> None:
    assert find_korean_given_names(text) == []
