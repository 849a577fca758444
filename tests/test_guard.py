"""DetectionGuard: tiers, time budget, one circuit breaker, and validation of every finding."""

from __future__ import annotations

import threading
from collections.abc import Sequence

import pytest

from piiredact import BackendError, Detection, DetectionGuard, Finding, Policy, Redactor
from piiredact._resilience import CircuitBreaker
from piiredact.testing import FakeDetector

LINE = "user ann.lee@example.com paid"
EMAIL = "ann.lee@example.com"


class _Returns:
    """A detector whose answer is computed from the batch (the malformed-result cases)."""

    name = "bad"
    entities = frozenset({"EMAIL"})

    def __init__(self, answer) -> None:  # type: ignore[no-untyped-def]
        self.answer = answer

    def detect(self, texts: Sequence[str]) -> list[list[Finding]]:
        return self.answer(list(texts))


def _joined_offsets(texts: list[str]) -> list[list[Finding]]:
    # The realistic packing bug: offsets into "\n".join(texts) instead of each text.
    out, pos = [], 0
    for t in texts:
        i = t.find("@")
        out.append([Finding(pos + i - 7, pos + i + 12, "EMAIL", 0.99, "bad")] if i >= 0 else [])
        pos += len(t) + 1
    return out


def _past_end(texts: list[str]) -> list[list[Finding]]:
    return [[Finding(len(t) + 5, len(t) + 50, "EMAIL", 0.99, "bad")] for t in texts]


class _NegativeStart:
    """Finding() refuses a negative start, so a buggy backend builds it behind our back."""

    def __call__(self, texts: list[str]) -> list[list[Finding]]:
        out = []
        for _ in texts:
            f = Finding(0, 3, "EMAIL", 0.99, "bad")
            object.__setattr__(f, "start", -3)
            out.append([f])
        return out


@pytest.mark.parametrize("answer", [
    _past_end,                                   # offsets past the end of the text
    lambda texts: [0] * len(texts),              # [0] * n: right length, wrong type
    _NegativeStart(),                            # a negative start
    _joined_offsets,                             # offsets into the joined batch
    lambda texts: [[(0, 4, "EMAIL")] for _ in texts],   # tuples, not Findings
    lambda texts: [[Finding(3, 3, "EMAIL")] for _ in texts],  # empty span (start >= end)
    lambda texts: [[Finding(True, 4, "EMAIL")] for _ in texts],  # bool is not an offset
], ids=["past_end", "zeros", "negative_start", "joined_batch", "tuples", "empty_span", "bool_offset"])
def test_invalid_findings_send_the_whole_batch_to_the_fallback(answer) -> None:  # type: ignore[no-untyped-def]
    """Issue 13.6: a malformed answer that passes the length check is never trusted: every
    line of the batch is redacted by the fallback, and the event is counted."""
    lines = [f"{i} {LINE}" for i in range(256)]
    r = Redactor(_Returns(answer), Policy(action="replace"), fallback="regex")
    result = r.redact_many_result(lines)
    assert ("fallback", "invalid_findings") == (result.tier, result.reason)
    assert all(EMAIL not in out and "[EMAIL]" in out for out in result.values)
    stats = r.stats()
    assert (1, 256) == (stats["invalid_findings"], stats["fallbacks"])


def test_one_bad_finding_among_good_ones_rejects_the_batch() -> None:
    """Validation is per batch: a single out-of-bounds finding discards the whole answer."""

    def answer(texts: list[str]) -> list[list[Finding]]:
        good = [[Finding(t.find("ann"), t.find("ann") + len(EMAIL), "EMAIL", 0.99, "bad")] for t in texts]
        good[-1] = [Finding(0, len(texts[-1]) + 1, "EMAIL", 0.99, "bad")]
        return good

    g = DetectionGuard(_Returns(answer), FakeDetector({EMAIL: "EMAIL"}, name="fb"))
    d = g.detect([LINE, LINE])
    assert ("fallback", "invalid_findings") == (d.tier, d.reason)
    assert {"fb"} == {f.source for fs in d.findings for f in fs}  # type: ignore[union-attr]


def test_valid_answer_is_primary() -> None:
    """A good answer is returned as the primary tier with no reason."""
    g = DetectionGuard(FakeDetector({EMAIL: "EMAIL"}))
    d = g.detect([LINE])
    assert Detection([[Finding(5, 24, "EMAIL", 0.99, "fake")]], "primary", None) == d


def test_error_then_placeholder_when_fallback_fails() -> None:
    """Primary raising -> fallback; fallback raising too -> placeholders (None per text)."""
    g = DetectionGuard(FakeDetector(fail=BackendError("x")), FakeDetector(fail=RuntimeError("y")))
    d = g.detect(["a", "b"])
    assert ([None, None], "placeholder", "error:BackendError") == (d.findings, d.tier, d.reason)


def test_timeout_abandons_a_hung_call_and_later_calls_are_busy() -> None:
    """A call past its budget is abandoned (fallback, "timeout"); while it still hangs, the next
    call does not pile another thread onto it ("busy"); once it returns, primary answers again."""
    gate = threading.Event()
    slow = FakeDetector({EMAIL: "EMAIL"}, gate=gate)
    g = DetectionGuard(slow, FakeDetector({EMAIL: "EMAIL"}, name="fb"), timeout=0.05)
    first = g.detect([LINE])
    assert ("fallback", "timeout") == (first.tier, first.reason)
    assert "busy" == g.detect([LINE]).reason
    gate.set()
    assert g.wait_idle(10.0)  # the abandoned call finishes on its own thread
    assert "primary" == g.detect([LINE]).tier
    assert 1 == g.metrics.get("timeouts")


def test_per_call_timeout_none_means_unbounded_in_the_caller() -> None:
    """timeout=None for one call runs the detector in the calling thread."""
    seen = []

    class D(FakeDetector):
        def detect(self, texts):  # type: ignore[no-untyped-def]
            seen.append(threading.current_thread().name)
            return super().detect(texts)

    g = DetectionGuard(D(), timeout=1.0)
    g.detect(["x"], timeout=None)
    g.detect(["x"])
    assert [threading.current_thread().name, "piiredact-detect-1"] == seen


def test_breaker_opens_on_failures_and_busy_does_not_burn_the_trial() -> None:
    """One breaker: failures open it; an open circuit skips the backend."""
    clock = [0.0]
    breaker = CircuitBreaker(threshold=2, cooldown=10, clock=lambda: clock[0])
    det = FakeDetector(fail=BackendError("down"))
    g = DetectionGuard(det, breaker=breaker)
    for _ in range(5):
        g.detect(["x"])
    assert 2 == det.calls
    assert "circuit_open" == g.detect(["x"]).reason
    clock[0] = 11.0
    g.detect(["x"])  # half-open trial
    assert 3 == det.calls


def test_reset_after_fork_gives_fresh_locks() -> None:
    """A lock held at fork by another thread (breaker, metrics) does not block the child."""
    g = DetectionGuard(FakeDetector())
    g.breaker._lock.acquire()
    g.metrics._lock.acquire()
    g.reset_after_fork()
    assert "primary" == g.detect(["x"]).tier


def test_embedded_tiers_pass_validation() -> None:
    """The builtin and regex tiers never produce an invalid finding on ordinary text."""
    r = Redactor("builtin", fallback=None)
    assert "primary" == r.redact_many_result([LINE, "", "Ann Lee called 555-867-5309"]).tier


def test_forked_child_redacts_although_a_parent_thread_held_the_locks() -> None:
    """Issue 13.2 (layer side): a thread of the parent holds the breaker and metrics locks at
    fork; the child's first redaction does not block on them (reset at fork, real child)."""
    import os

    if not hasattr(os, "fork"):
        pytest.skip("needs fork()")
    r = Redactor("regex", Policy(action="replace"))
    held = threading.Event()
    release = threading.Event()

    def hold() -> None:
        with r.breaker._lock, r.metrics._lock:
            held.set()
            release.wait(30)

    t = threading.Thread(target=hold)
    t.start()
    held.wait(10)
    rd, wr = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: report whether redaction works, then leave at once
        try:
            os.write(wr, b"1" if r.redact("mail ann.lee@example.com") == "mail [EMAIL]" else b"0")
        finally:
            os._exit(0)
    os.close(wr)
    release.set()
    t.join()
    import select

    ready, _, _ = select.select([rd], [], [], 30.0)  # a hung child never writes
    answer = os.read(rd, 1) if ready else b""
    if not answer:
        os.kill(pid, 9)
    os.waitpid(pid, 0)
    os.close(rd)
    assert b"1" == answer
