"""Redactor: backends by name or object, batches, structured values, fail-closed behaviour."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


def test_numbers_holding_a_value_are_redacted_other_numbers_kept() -> None:
    """An int phone, card or SSN last four is redacted like the same digits in a string (and becomes
    the masked string); ints that hold no value, floats, bools and an int too long to print stay as they are."""
    r = Redactor("regex")
    value = {"phone": 14155552671, "card": 4111111111111111, "ssn_last4": 6789, "port": 8080,
             "count": 4155550132, "items": [123, 4111111111111111], "ok": True, "ratio": 0.5, "huge": 10**80}
    assert {"phone": "*" * 11, "card": "*" * 16, "ssn_last4": "****", "port": 8080, "count": 4155550132,
            "items": [123, "*" * 16], "ok": True, "ratio": 0.5, "huge": 10**80} == r.redact_value(value)


def test_scan_reports_a_number_by_its_path() -> None:
    """scan_values finds a value held by an int, at its path, with offsets into its digits."""
    (found,) = Redactor("regex").scan_values([{"user": {"card": 4111111111111111, "id": 7}}])
    assert [(("user", "card"), 0, 16, "CREDIT_DEBIT_NUMBER")] == [(f.path, f.start, f.end, f.entity) for f in found]


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=-(10**70), max_value=10**70))
def test_an_int_stays_itself_or_becomes_its_mask(n: int) -> None:
    """Whatever the int, redaction returns it unchanged or as a mask of its digits' length, and is idempotent."""
    r = Redactor("regex")
    (out,) = r.redact_values([{"phone": n}])
    got = out["phone"]
    assert got == n or (isinstance(got, str) and len(got) == len(str(n)) and str(n) not in got)
    assert [out] == r.redact_values([out])


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


# -- issue 12.9: wrong argument types -----------------------------------------------------------


@pytest.mark.parametrize(("call", "arg"), [
    ("redact_many", "Ann Lee 123-45-6789"),
    ("redact_many", b"Ann Lee 123-45-6789"),
    ("redact_many", ["ok", b"bytes item"]),
    ("redact", b"Ann Lee 123-45-6789"),
    ("redact", 42),
    ("redact_values", "a string, not a batch"),
    ("detect", "a string, not a batch"),
])
def test_wrong_argument_types_are_type_errors(call: str, arg: object) -> None:
    """redact_many("text") used to return one result per character and redact(b"...") the
    placeholder; both (and their kin) are TypeErrors that do not echo the value."""
    r = Redactor("regex")
    with pytest.raises(TypeError) as info:
        getattr(r, call)(arg)
    assert "Ann" not in str(info.value) and "123" not in str(info.value)


# -- issue 13.3: deep or self-referencing values ---------------------------------------------------


def test_self_referencing_value_becomes_a_placeholder_and_batch_mates_are_unaffected() -> None:
    """A value that contains itself is cut where it recurses; the rest of it and every other
    value of the batch are redacted by the primary detector as usual."""
    from piiredact._structured import CUT_PLACEHOLDER

    loop: dict[str, object] = {"mail": "a@b.io"}
    loop["self"] = loop
    r = Redactor(FakeDetector({"a@b.io": "EMAIL"}), Policy(action="replace"), fallback=None)
    batch = [{"extra": loop}] + [f"record {i} a@b.io" for i in range(199)]
    result = r.redact_values_result(batch)
    assert "primary" == result.tier
    assert {"extra": {"mail": "[EMAIL]", "self": CUT_PLACEHOLDER}} == result.values[0]
    assert [f"record {i} [EMAIL]" for i in range(199)] == result.values[1:]
    assert 1 == r.stats()["values_cut"]


def test_deep_value_is_cut_at_the_bound() -> None:
    """Nesting far past the recursion limit neither raises nor costs the batch its tier."""
    from piiredact._structured import CUT_PLACEHOLDER, MAX_DEPTH

    deep: list[object] = []
    cur = deep
    for _ in range(5000):
        nxt: list[object] = ["a@b.io"]
        cur.append(nxt)
        cur = nxt
    r = Redactor(FakeDetector({"a@b.io": "EMAIL"}), Policy(action="replace"), fallback=None)
    result = r.redact_values_result([{"deep": deep}, "a@b.io"])
    assert ("primary", "[EMAIL]") == (result.tier, result.values[1])
    text = repr(result.values[0])
    assert "a@b.io" not in text and CUT_PLACEHOLDER in text
    assert MAX_DEPTH - 3 <= text.count("[EMAIL]") <= MAX_DEPTH


def test_unwalkable_value_is_a_placeholder_alone() -> None:
    """A mapping whose items() raises fails closed for that value only."""
    from collections.abc import Mapping

    class Broken(Mapping):  # type: ignore[type-arg]
        def __getitem__(self, k):  # type: ignore[no-untyped-def]
            raise KeyError(k)

        def __iter__(self):  # type: ignore[no-untyped-def]
            raise RuntimeError("boom")

        def __len__(self) -> int:
            return 1

    r = Redactor(FakeDetector({"a@b.io": "EMAIL"}), Policy(action="replace"), fallback=None)
    assert ["[REDACTED: detection unavailable]", "[EMAIL]"] == r.redact_values([Broken(), "a@b.io"])


# -- issue 12.5: the fallback of a model backend is the best local detector -------------------------


@pytest.mark.parametrize(("backend", "fallback"), [("builtin", "regex"), ("regex", None)])
def test_auto_fallback_by_backend(backend: str, fallback: str | None) -> None:
    """fallback="auto": regex for the builtin, none for regex."""
    r = Redactor(backend)
    assert fallback == (r.fallback.name if r.fallback is not None else None)


def test_custom_backend_falls_back_to_builtin_and_reports_the_tier() -> None:
    """A custom (model) backend that fails is replaced by the builtin, which finds names the
    regex tier does not; the result says which tier answered and why."""
    r = Redactor(FakeDetector(fail=BackendError("down")), Policy(action="replace"))
    result = r.redact_many_result(["Ann Lee called support about her refund"])
    assert ("fallback", "error:BackendError") == (result.tier, result.reason)
    assert "builtin" == r.fallback.name  # type: ignore[union-attr]
    assert "Ann Lee" not in result.values[0]


# -- issue 17: what would be redacted, key-based redaction included ---------------------------------


def test_scan_values_reports_key_based_whole_value_redaction() -> None:
    """scan_values reports {"password": ...} (whole value, by key) as well as detected spans."""
    r = Redactor(FakeDetector({"a@b.io": "EMAIL"}), fallback=None)
    (found,) = r.scan_values([{"password": "hunter2", "user": {"mail": "x a@b.io"}, "pin": 1234}])
    assert [
        {"path": ["user", "mail"], "start": 2, "end": 8, "entity": "EMAIL", "score": 0.99, "source": "fake"},
        {"path": ["password"], "start": 0, "end": 7, "entity": "PASSWORD", "score": 1.0, "source": "redact_keys"},
    ] == [f.as_dict() for f in found]
    assert {"password": "*******", "user": {"mail": "x ******"}, "pin": 1234} == r.redact_value(
        {"password": "hunter2", "user": {"mail": "x a@b.io"}, "pin": 1234})


# -- issue 13.11: the fallback covers every type the primary was asked for -------------------------


def test_fallback_covers_aws_keys_and_secrets_of_a_model_primary() -> None:
    """Persistent throttling of a Comprehend-like primary: AWS keys and secrets are still
    found by the local fallback (they were raw in 2,000 of 2,000 lines with the regex tier)."""
    primary = FakeDetector(fail=BackendError("throttled"), entities={"AWS_ACCESS_KEY", "SECRET", "ADDRESS"})
    r = Redactor(primary, Policy(action="replace"))
    out = r.redact("rotated AKIAABCDEFGHIJKLMNOP for ann.lee@example.com")
    assert "AKIAABCDEFGHIJKLMNOP" not in out and "ann.lee@example.com" not in out


def test_fallback_adds_the_street_address_row_when_the_primary_reports_addresses() -> None:
    """A primary that reports ADDRESS gets a fallback that detects ADDRESS (the pattern tier's
    opt-in street-address row), so an outage does not leave addresses raw."""
    from piiredact.backends._regex import RegexDetector

    if "ADDRESS" not in RegexDetector.SUPPORTED_ENTITIES:
        pytest.skip("the pattern tier has no street-address row yet (issue 13.11, H3)")
    primary = FakeDetector(fail=BackendError("throttled"), entities={"ADDRESS", "NAME"})
    r = Redactor(primary, Policy(action="replace"))
    assert "742 Evergreen Terrace Street" not in r.redact("moved to 742 Evergreen Terrace Street yesterday")
    assert "ADDRESS" in r.fallback.entities  # type: ignore[union-attr]
    plain = Redactor(FakeDetector(fail=BackendError("x"), entities={"NAME"}))
    assert "ADDRESS" not in plain.fallback.entities  # type: ignore[union-attr]  # only when asked for
