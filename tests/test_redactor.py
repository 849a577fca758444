"""Redactor: backends by name or object, batches, structured values, fail-closed behaviour."""

from __future__ import annotations

import pytest

from piiredact import BackendError, ConfigError, Finding, Policy, Redactor
from piiredact.testing import FailingDetector, FakeDetector


def test_seed_scenario_regex() -> None:
    """The issue's seed lines lose their SSN, email and name with the regex backend."""
    r = Redactor("regex", Policy(action="replace"))
    assert "User [NAME], SSN [SSN], opened an account" == r.redact("User Napoleon, SSN 366435036, opened an account")
    out = r.redact("Processing user User(name=Terina, ssn=626031641, email=mel.swift@Taylor.com, id=7)")
    assert "Processing user User(name=[NAME], ssn=[SSN], email=[EMAIL], id=7)" == out


def test_redact_many_keeps_order_and_uses_one_call() -> None:
    """A batch is one detector call and comes back in input order."""
    det = FakeDetector({"Ann": "NAME", "Bo": "NAME"})
    r = Redactor(det, Policy(action="replace"))
    assert ["hi [NAME]", "x", "[NAME]!"] == r.redact_many(["hi Ann", "x", "Bo!"])
    assert [3] == det.batch_sizes


def test_detect_applies_policy_unless_raw() -> None:
    """detect() returns only findings the policy acts on; apply_policy=False returns all."""
    det = FakeDetector({"Ann": "NAME"}, score=0.4)
    r = Redactor(det)
    assert [[]] == r.detect(["Ann"])
    assert [[Finding(0, 3, "NAME", 0.4, "fake")]] == r.detect(["Ann"], apply_policy=False)


def test_backend_error_falls_back_to_regex_and_counts() -> None:
    """A failing backend never lets raw text through: the regex tier redacts, counted."""
    r = Redactor(FailingDetector())
    assert "mail ****** now" == r.redact("mail a@b.io now")
    stats = r.stats()
    assert 1 == stats["backend_errors"]
    assert 1 == stats["fallbacks"]


def test_fallback_failure_gives_placeholder() -> None:
    """If the fallback fails too, the text is replaced whole by the placeholder."""
    r = Redactor(FailingDetector(), fallback=FailingDetector())
    assert "[REDACTED: detection unavailable]" == r.redact("Ann Lee 123-45-6789")
    assert 1 == r.stats()["placeholders"]


def test_malformed_backend_result_is_a_failure() -> None:
    """A backend returning the wrong number of results is treated as failed."""

    class Short(FakeDetector):
        def detect(self, texts):  # type: ignore[no-untyped-def]
            return []

    r = Redactor(Short(), Policy(action="replace"))
    assert ["[EMAIL]", "[EMAIL]"] == r.redact_many(["a@b.io", "c@d.io"])


def test_circuit_breaker_stops_calling_failing_backend() -> None:
    """After repeated failures the backend is skipped for a cool-down."""
    det = FakeDetector(fail=BackendError("down"))
    r = Redactor(det)
    for _ in range(20):
        r.redact("x")
    assert 5 == det.calls
    assert 15 == r.stats()["circuit_open_skips"]


def test_errors_do_not_echo_text() -> None:
    """Counters name the error type only; nothing of the text is in stats."""
    r = Redactor(FakeDetector(fail=RuntimeError("boom with Ann Lee 123-45-6789")))
    r.redact("Ann Lee 123-45-6789")
    assert "Ann" not in repr(r.stats()) and "123" not in repr(r.stats())


def test_unknown_backend_name() -> None:
    """An unknown backend name is a ConfigError naming the key and the known names."""
    with pytest.raises(ConfigError, match=r"^backend: unknown backend 'nope' \(known: .*regex"):
        Redactor("nope")


def test_not_a_detector() -> None:
    """An object without the protocol is rejected with a TypeError."""
    with pytest.raises(TypeError):
        Redactor(object())  # type: ignore[arg-type]


def test_policy_from_dict() -> None:
    """A policy may be given as a dict."""
    assert "replace" == Redactor("regex", {"action": "replace"}).policy.action


def test_redact_value_recurses_and_keeps_types() -> None:
    """Nested strings are redacted; keys, numbers, None and bools are untouched; tuples stay tuples."""
    r = Redactor(FakeDetector({"Ann Lee": "NAME", "a@b.io": "EMAIL"}), Policy(action="replace"))
    value = {"user": {"name": "Ann Lee", "tags": ["a@b.io", 3, None, True]}, "t": ("Ann Lee", 1.5), "n": 7}
    assert {"user": {"name": "[NAME]", "tags": ["[EMAIL]", 3, None, True]}, "t": ("[NAME]", 1.5), "n": 7} == (
        r.redact_value(value))


def test_redact_value_key_rules() -> None:
    """redact_keys values are redacted whole; skip_keys values are never touched."""
    r = Redactor(FakeDetector({"a@b.io": "EMAIL"}), Policy(skip_keys=["request_id"]))
    out = r.redact_value({"password": "hunter2", "request_id": "a@b.io", "note": "a@b.io"})
    assert {"password": "*******", "request_id": "a@b.io", "note": "******"} == out


def test_redact_value_uses_key_as_context() -> None:
    """A bare value under a name-like key is judged with its key (regex context names)."""
    r = Redactor("regex", Policy(action="replace"))
    assert {"first_name": "[NAME]", "service": "Payments"} == r.redact_value(
        {"first_name": "Terina", "service": "Payments"})


def test_redact_values_is_one_call() -> None:
    """Many structured values are analysed in a single detector batch."""
    det = FakeDetector({"Ann": "NAME"})
    r = Redactor(det, Policy(action="replace"))
    assert [{"a": "[NAME]"}, ["[NAME]", "b"]] == r.redact_values([{"a": "Ann"}, ["Ann", "b"]])
    assert [3] == det.batch_sizes


def test_findings_counted_per_entity() -> None:
    """stats() counts findings per entity without values."""
    r = Redactor(FakeDetector({"Ann": "NAME", "a@b.io": "EMAIL"}))
    r.redact_many(["Ann a@b.io", "Ann"])
    s = r.stats()
    assert (2, 1, 2) == (s["findings.NAME"], s["findings.EMAIL"], s["records"])


def test_context_manager_closes() -> None:
    """Redactor is a context manager that closes its backends."""
    closed = []

    class D(FakeDetector):
        def close(self) -> None:
            closed.append(self.name)

    with Redactor(D(), fallback=None):
        pass
    assert ["fake"] == closed
