"""Who wrote a message: signatures, message headers, self-introductions and chat nicks
(names the gazetteers may not know), from our own cases."""

from __future__ import annotations

import pytest

from piiredact.backends._names import NameDetector


def _names(text: str) -> list[str]:
    return [text[f.start:f.end] for f in NameDetector(cache_size=0).detect([text])[0] if f.entity == "NAME"]


@pytest.mark.parametrize("text,expected", [
    ('ticket 5521 reply: "the courier never came, call me on the usual number" — Oluwaseun', ["Oluwaseun"]),
    ('ticket #40021 from Tsegaye Woldemariam: "the invoice total is wrong"', ["Tsegaye Woldemariam"]),
    ('comment by Ingibjorg: "looks good, merging"', ["Ingibjorg"]),
    ("[chat 19fe] visitor: hello this is tauranga again, the parcel is late", ["tauranga"]),
    ("[chat 77ab] visitor: hi, mirembe again, still locked out", ["mirembe"]),
    ("slack #billing <oyelowo> can someone look at the refund", ["oyelowo"]),
])
def test_the_writer_of_a_message(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize("text", [
    "build 4411 — Success",
    "deploy finished — Done",
    "update from Jenkins: build green",
    "caused by Timeout: connection reset",
    "this is prod again, please check",
    "slack #ops <deploybot> restarted the workers",
    "hi team again, the build failed",
])
def test_tools_results_and_words_in_the_same_places(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize("text,expected", [
    ('10.1.2.3 - kdlamini [01/Dec/2026:10:22:31 +0000] "GET /reports HTTP/1.1" 200 512', ["kdlamini"]),
    ("GET /api/v1/users/Esperanza.Villalobos/profile HTTP/1.1", ["Esperanza.Villalobos"]),
    ("PATCH /members/tnakamura/settings 204", ["tnakamura"]),
])
def test_accounts_in_access_logs_and_rest_paths(text: str, expected: list[str]) -> None:
    found = [text[f.start:f.end] for f in NameDetector(cache_size=0).detect([text])[0] if f.entity == "USERNAME"]
    assert found == expected


@pytest.mark.parametrize("text", [
    '10.1.2.3 - - [01/Dec/2026:10:22:31 +0000] "GET / HTTP/1.1" 200 512',
    '10.1.2.3 - deploy [01/Dec/2026:10:22:31 +0000] "GET / HTTP/1.1" 200 512',
    "GET /api/v1/users/me HTTP/1.1", "GET /api/v1/customers/5521/orders", "GET /users/settings/",
    "Error Path:/home/builder/.cache/pip",  # a tool's files under a home directory
])
def test_no_account_in_an_anonymous_request_a_service_or_a_route(text: str) -> None:
    assert [f for f in NameDetector(cache_size=0).detect([text])[0] if f.entity == "USERNAME"] == []
