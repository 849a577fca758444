"""BackgroundQueue: batching, order, overflow, time budget, fallback, lifecycle."""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from piiredact import Finding, Redactor
from piiredact._queue import BackgroundQueue
from piiredact.testing import FailingDetector, FakeDetector

SSN = "123-45-6789"
NAME = "Zoltan Quixby"


class Collector:
    """An emit callback that records payloads and sets an Event after ``expect`` of them."""

    def __init__(self, expect: int = -1) -> None:
        self.items: list[object] = []
        self.threads: set[int] = set()
        self.expect = expect
        self.done = threading.Event()
        self._lock = threading.Lock()

    def __call__(self, payload: object) -> None:
        with self._lock:
            self.items.append(payload)
            self.threads.add(threading.get_ident())
            if len(self.items) == self.expect:
                self.done.set()


class StalledDetector(FakeDetector):
    """A FakeDetector that signals ``entered`` when a call starts, then waits on its gate."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.entered = threading.Event()

    def detect(self, texts: Sequence[str]) -> list[list[Finding]]:
        self.entered.set()
        return super().detect(texts)


def fake() -> FakeDetector:
    return FakeDetector({NAME: "NAME", SSN: "SSN"})


def test_items_emitted_redacted_in_order_on_the_worker() -> None:
    """Every payload comes out redacted, once, in submission order, on the worker thread."""
    out = Collector()
    with BackgroundQueue(Redactor(fake()), max_batch=7) as q:
        for i in range(100):
            q.submit(f"{i} {NAME} {SSN}", out)
        assert True is q.flush(timeout=30)
    assert [f"{i} {'*' * len(NAME)} {'*' * len(SSN)}" for i in range(100)] == out.items
    assert threading.get_ident() not in out.threads


def test_structured_payloads_one_detector_call_per_batch() -> None:
    """dict/list payloads are walked; a batch is one detector call of at most max_batch items."""
    det = fake()
    out = Collector(expect=4)
    q = BackgroundQueue(Redactor(det), max_batch=4, max_delay=60)
    for i in range(4):
        q.submit({"user": NAME, "n": i, "tags": [SSN, "ok"]}, out)
    assert out.done.wait(30)
    q.close()
    assert [{"user": "*" * len(NAME), "n": i, "tags": ["*" * len(SSN), "ok"]} for i in range(4)] == out.items
    assert 1 == det.calls  # four payloads, six strings: one call (batch closed at max_batch)


def test_partial_batch_closes_after_max_delay() -> None:
    """A batch smaller than max_batch is processed once its oldest item waited max_delay."""
    det = fake()
    out = Collector(expect=3)
    q = BackgroundQueue(Redactor(det), max_batch=100, max_delay=0.01)
    for i in range(3):
        q.submit(str(i), out)
    assert out.done.wait(30)  # no flush(): only the delay can have closed the batch
    q.close()
    assert [3] == det.batch_sizes


def test_degrade_on_overflow_never_blocks_and_keeps_order() -> None:
    """A stalled backend: the caller returns at once, degraded items still come out in order."""
    gate = threading.Event()
    det = StalledDetector({SSN: "SSN"}, gate=gate)
    out = Collector()
    q = BackgroundQueue(Redactor(det), max_queue=5, max_batch=2, max_delay=0, timeout=None)
    q.submit(f"0 ssn {SSN}", out)
    assert det.entered.wait(30)  # the worker is now stuck inside detect
    returned = threading.Event()

    def caller() -> None:
        for i in range(1, 50):
            q.submit(f"{i} ssn {SSN}", out)
        returned.set()

    threading.Thread(target=caller, daemon=True).start()
    assert returned.wait(60)  # watchdog: the gate stays shut, so only a non-blocking submit ends
    assert not gate.is_set()
    stats = q.stats()
    assert 50 - 1 - 5 == stats["degraded"]
    gate.set()
    q.close()
    assert [f"{i} ssn {'*' * len(SSN)}" for i in range(50)] == out.items


def test_drop_mode_counts_dropped_items() -> None:
    """overflow='drop' discards beyond max_queue and counts every drop."""
    gate = threading.Event()
    det = StalledDetector(gate=gate)
    out = Collector()
    q = BackgroundQueue(Redactor(det), max_queue=3, max_batch=1, max_delay=0, overflow="drop", timeout=None)
    q.submit("first", out)
    assert det.entered.wait(30)
    for i in range(10):
        q.submit(str(i), out)
    gate.set()
    q.close()
    stats = q.stats()
    assert 7 == stats["dropped"]
    assert ["first", "0", "1", "2"] == out.items
    assert 11 == stats["records_in"]
    assert 4 == stats["records_out"]


def test_block_mode_waits_for_room() -> None:
    """overflow='block' makes the caller wait until the worker takes items, then delivers all."""
    gate = threading.Event()
    det = StalledDetector(gate=gate)
    out = Collector()
    q = BackgroundQueue(Redactor(det), max_queue=2, max_batch=1, max_delay=0, overflow="block", timeout=None)
    q.submit("a", out)
    assert det.entered.wait(30)
    done = threading.Event()

    def producer() -> None:
        for s in "bcde":
            q.submit(s, out)
        done.set()

    t = threading.Thread(target=producer)
    t.start()
    assert not done.wait(0.2)  # blocked: two items fit, the third waits for room
    gate.set()
    t.join(30)
    q.close()
    assert list("abcde") == out.items
    assert 0 == q.stats()["degraded"]


def test_timeout_falls_back_and_discards_late_result() -> None:
    """A detector over its time budget: the batch goes out via the regex tier, once."""
    gate = threading.Event()
    det = StalledDetector({NAME: "NAME"}, gate=gate)
    out = Collector()
    q = BackgroundQueue(Redactor(det), max_batch=10, max_delay=0, timeout=0.05)
    q.submit(f"ssn {SSN}", out)
    assert True is q.flush(timeout=30)  # delivered although the detector never returned
    assert ["ssn " + "*" * len(SSN)] == out.items
    q.submit("second", out)  # helper still stuck: straight to the fast tier
    assert True is q.flush(timeout=30)
    gate.set()  # the late result of the first call arrives now and must be discarded
    q.submit("third", out)
    q.close()
    assert ["ssn " + "*" * len(SSN), "second", "third"] == out.items
    stats = q.stats()
    assert 1 == stats["timeouts"]
    assert 1 <= stats["backend_busy"]  # type: ignore[operator]


def test_failing_backend_is_fully_redacted_and_reported_once(caplog: pytest.LogCaptureFixture) -> None:
    """A backend raising on every call: fallback redaction, one value-free report per interval."""
    out = Collector()
    caplog.set_level(logging.WARNING, logger="piiredact.internal")
    with BackgroundQueue(Redactor(FailingDetector()), max_batch=1, max_delay=0) as q:
        for _ in range(5):
            q.submit(f"mail alice@example.com ssn {SSN}", out)
        q.flush()
    assert 5 == len(out.items)
    assert all("alice@example.com" not in s and SSN not in s for s in out.items)  # type: ignore[operator]
    reports = [r for r in caplog.records if r.name == "piiredact.internal"]
    assert 1 == len(reports)
    assert "alice" not in reports[0].getMessage()
    assert SSN not in reports[0].getMessage()


def test_emit_error_does_not_stop_the_worker() -> None:
    """An emit callback that raises is counted; later items still go out."""
    out = Collector()

    def bad(_: object) -> None:
        raise OSError("disk full")

    with BackgroundQueue(Redactor(fake())) as q:
        q.submit("x", bad)
        q.submit("y", out)
        q.flush()
        assert 1 == q.stats()["emit_errors"]
    assert ["y"] == out.items


def test_close_is_idempotent_and_later_items_still_delivered_redacted() -> None:
    """close() twice is fine; a submit after close is redacted by the fast tier and delivered."""
    out = Collector()
    q = BackgroundQueue(Redactor(fake()), max_delay=60)
    q.submit(f"a {SSN}", out)
    q.close()
    q.close()
    q.submit(f"b {SSN}", out)
    assert [f"a {'*' * len(SSN)}", f"b {'*' * len(SSN)}"] == out.items


def test_stats_are_value_free() -> None:
    """stats() holds counts (findings per entity, depth, batches), never analysed text."""
    with BackgroundQueue(Redactor(fake())) as q:
        q.submit(f"{NAME} {SSN}", Collector())
        q.flush()
        stats = q.stats()
    assert 1 == stats["findings.SSN"]
    assert 1 == stats["records_out"]
    assert NAME not in repr(stats)
    assert SSN not in repr(stats)


def test_worker_thread_submissions_never_block_or_recurse() -> None:
    """An emit that submits again (a target handler logging) is redacted by the fast tier, not deadlocked."""
    det = fake()
    out = Collector()
    q = BackgroundQueue(Redactor(det), max_queue=1, overflow="block")

    def reentrant(payload: object) -> None:
        out(payload)
        if payload == "outer":
            q.submit(f"inner {SSN}", out)

    q.submit("outer", reentrant)
    q.flush(timeout=30)
    q.flush(timeout=30)
    q.close()
    assert ["outer", f"inner {'*' * len(SSN)}"] == out.items
    assert 1 == det.calls  # the inner item never reached the detector


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(n=st.integers(0, 60), max_queue=st.integers(1, 8), max_batch=st.integers(1, 8),
       overflow=st.sampled_from(["degrade", "block"]))
def test_order_and_count_property(n: int, max_queue: int, max_batch: int, overflow: str) -> None:
    """Whatever the sizes and overflow policy, every item is emitted exactly once, in order."""
    out = Collector()
    q = BackgroundQueue(Redactor(fake()), max_queue=max_queue, max_batch=max_batch, max_delay=0.001,
                        overflow=overflow)  # type: ignore[arg-type]
    for i in range(n):
        q.submit(str(i), out)
    q.close()
    assert [str(i) for i in range(n)] == out.items


def test_bad_options_are_rejected() -> None:
    """Invalid sizes or overflow names raise a ValueError naming the option."""
    with pytest.raises(ValueError, match="overflow"):
        BackgroundQueue(Redactor(fake()), overflow="explode")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="max_batch"):
        BackgroundQueue(Redactor(fake()), max_batch=0)


class BrokenMapping(dict):  # type: ignore[type-arg]
    """A mapping whose traversal raises (a buggy custom event object)."""

    def items(self):  # type: ignore[no-untyped-def]
        raise RuntimeError("cannot iterate")


def test_unwalkable_payload_becomes_placeholder_not_lost() -> None:
    """A payload nothing can analyse is emitted as the placeholder; its neighbours normally."""
    out = Collector()
    with BackgroundQueue(Redactor(fake())) as q:
        q.submit(f"a {SSN}", out)
        q.submit(BrokenMapping(secret=SSN), out)
        q.submit("b", out)
        q.flush()
    assert [f"a {'*' * len(SSN)}", "[REDACTED: detection unavailable]", "b"] == out.items
    assert 0 == q.stats().get("worker_errors", 0)


# -- overload must not cost names (13.10) ------------------------------------------------

PROSE = "met Alan Turing today"  # a name the regex tier misses and the builtin finds


def test_timed_out_batch_is_redone_by_the_name_aware_tier() -> None:
    """A primary over its budget: the guard's regex fallback would write the name raw; the
    worker redoes the batch with the builtin degrade tier instead (counted)."""
    gate = threading.Event()
    det = StalledDetector(gate=gate)
    out = Collector()
    q = BackgroundQueue(Redactor(det, fallback="regex"), max_batch=10, max_delay=0, timeout=0.05)
    for _ in range(3):
        q.submit(PROSE, out)
    assert True is q.flush(timeout=30)
    gate.set()
    q.close()
    assert ["met *********** today"] * 3 == out.items
    stats = q.stats()
    assert 3 == stats["reredacted"]
    assert 0 == stats.get("name_blind_records", 0)


def test_caller_side_degrade_tier_is_name_aware() -> None:
    """An unpaced flood past max_queue degrades in the caller with the builtin tier: the
    degraded records keep their names redacted."""
    gate = threading.Event()
    det = StalledDetector(gate=gate)
    out = Collector()
    q = BackgroundQueue(Redactor(det, fallback="regex"), max_queue=2, max_batch=1, max_delay=0, timeout=None)
    q.submit("first", out)
    assert det.entered.wait(30)
    for _ in range(20):
        q.submit(PROSE, out)
    assert 18 == q.stats()["degraded"]
    gate.set()
    q.close()
    # two waited in the queue for the (name-blind) fake primary; the 18 degraded are masked
    assert ["first", PROSE, PROSE] + ["met *********** today"] * 18 == out.items


class SlowOnLarge(FakeDetector):
    """Stalls (on its gate) only for a batch holding a text longer than 16,384 characters."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        self.large_gate = threading.Event()
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def detect(self, texts: Sequence[str]) -> list[list[Finding]]:
        if any(len(t) > 16_384 for t in texts):
            self.large_gate.wait()
        return super().detect(texts)


def test_large_record_is_analysed_alone_and_cannot_fail_its_batch_over() -> None:
    """One slow, large record in a batch: its batch-mates are answered by the primary
    (its findings), only the large record goes to the fallback."""
    det = SlowOnLarge({NAME: "NAME"})
    out = Collector()
    q = BackgroundQueue(Redactor(det, fallback="regex"), max_batch=50, max_delay=60, timeout=2.0)
    for i in range(10):
        q.submit(f"{i} {NAME}", out)
    q.submit("Aa." * 6_000, out)
    for i in range(10, 20):
        q.submit(f"{i} {NAME}", out)
    assert True is q.flush(timeout=30)
    det.large_gate.set()
    q.close()
    masked = "*" * len(NAME)
    assert [f"{i} {masked}" for i in range(10)] == out.items[:10]
    assert [f"{i} {masked}" for i in range(10, 20)] == out.items[11:]
    assert 20 == det.batch_sizes[0]  # the ordinary records: one call, without the large one
    stats = q.stats()
    assert 1 == stats["timeouts"]
    assert 1 == stats["name_blind_records"]


# -- memory is bounded whatever the targets do (13.15) -----------------------------------


class GatedEmit(Collector):
    """An emit that blocks on a gate (a target handler that stopped), with a gap hook."""

    def __init__(self) -> None:
        super().__init__()
        self.gate = threading.Event()
        self.entered = threading.Event()
        self.gaps: list[int] = []

    def __call__(self, payload: object) -> None:
        self.entered.set()
        self.gate.wait()
        super().__call__(payload)

    def gap(self, n: int) -> None:
        self.gaps.append(n)


def test_slow_target_cannot_grow_the_queue_past_its_limit() -> None:
    """A target that stops: raw records stop at max_queue, redacted ones (degraded) at the
    headroom; the rest is dropped, counted, and a gap marker says how many, in place."""
    out = GatedEmit()
    q = BackgroundQueue(Redactor(fake()), max_queue=10, max_batch=1, max_delay=0)
    q.submit("first", out)
    assert out.entered.wait(30)  # the worker is stuck inside emit
    n = 3_000
    for i in range(n):
        q.submit(f"{i} {SSN}", out)
    stats = q.stats()
    limit = stats["queue_limit"]
    assert 10 + 1024 == limit
    assert limit >= stats["queue_depth_max"]  # type: ignore[operator]
    dropped = n - limit  # type: ignore[operator]
    assert dropped == stats["dropped_full"] == stats["dropped"]
    q.submit("after", out)  # room again? no: still full, dropped too
    out.gate.set()
    assert True is q.flush(timeout=60)
    q.submit("last", out)
    q.close()
    assert [dropped + 1] == out.gaps  # one marker, before "last", with the whole gap
    assert "last" == out.items[-1]
    assert 1 + limit + 1 == len(out.items)  # type: ignore[operator]
    assert n + 3 == q.stats()["records_in"]


# -- exit is bounded (13.14) ----------------------------------------------------------


def test_close_with_a_hung_backend_and_no_budget_returns_within_exit_timeout(
        capsys: pytest.CaptureFixture[str]) -> None:
    """timeout=None and a backend that never returns: close() gives up after exit_timeout,
    counts and reports (value-free) what was not delivered."""
    gate = threading.Event()
    det = StalledDetector(gate=gate)
    out = Collector()
    q = BackgroundQueue(Redactor(det), timeout=None, exit_timeout=0.2, max_delay=0)
    q.submit(f"stuck {SSN}", out)
    assert det.entered.wait(30)
    q.submit(f"behind {SSN}", out)
    assert False is q.close()
    err = capsys.readouterr().err
    assert "2 queued records were not delivered" in err
    assert SSN not in err
    assert 2 == q.stats()["undelivered_at_close"]
    gate.set()


def test_redact_hook_replaces_the_batch_function() -> None:
    """An integration's own batch function (e.g. the line codec) runs on the worker with the
    queue's budget and for the degrade tier without one."""
    calls: list[object] = []

    def upper(redactor: Redactor, payloads: list[object], *, timeout: object = ...) -> object:
        calls.append(timeout)
        return redactor.redact_values_result([str(p).upper() for p in payloads], timeout=timeout)

    out = Collector()
    with BackgroundQueue(Redactor(fake()), redact=upper, timeout=2.0) as q:
        q.submit("a", out)
        q.flush()
        assert "B" == q.redact_now("b")
    assert ["A"] == out.items
    assert [2.0, None] == calls


def test_flood_at_the_memory_bound_costs_time_not_records() -> None:
    """Detection is the bottleneck (slow detector, prompt target): callers at the bound wait
    for room instead of dropping — every record delivered, in order, memory still bounded."""
    det = FakeDetector({SSN: "SSN"}, latency=0.02)
    out = Collector()
    q = BackgroundQueue(Redactor(det), max_queue=2, max_batch=4, max_delay=0)
    n = 3_000
    for i in range(n):
        q.submit(f"{i} {SSN}", out)
    q.close()
    stats = q.stats()
    assert 0 == stats.get("dropped_full", 0)
    assert stats["queue_limit"] >= stats["queue_depth_max"]  # type: ignore[operator]
    assert [f"{i} {'*' * len(SSN)}" for i in range(n)] == out.items


def test_past_the_memory_bound_a_hung_backend_still_never_blocks_the_caller() -> None:
    """More records than raw + redacted headroom while detect hangs (no time budget): the
    caller neither waits for the backend nor loses a record; the stuck batch is cut short
    and redacted by the local tiers, and everything comes out once, in order."""
    gate = threading.Event()
    det = StalledDetector({SSN: "SSN"}, gate=gate)
    out = Collector()
    q = BackgroundQueue(Redactor(det), max_queue=5, max_batch=2, max_delay=0, timeout=None)
    q.submit(f"0 ssn {SSN}", out)
    assert det.entered.wait(30)  # the worker is now stuck inside detect, with no budget
    n = 3 * q.stats()["queue_limit"]
    returned = threading.Event()

    def caller() -> None:
        for i in range(1, n):
            q.submit(f"{i} ssn {SSN}", out)
        returned.set()

    threading.Thread(target=caller, daemon=True).start()
    assert returned.wait(120)  # watchdog: the gate stays shut, so only a non-blocking path ends
    assert not gate.is_set()
    assert q.stats().get("pressure_interrupts", 0) >= 1
    gate.set()
    q.close()
    assert 0 == q.stats()["dropped"]
    assert [f"{i} ssn {'*' * len(SSN)}" for i in range(n)] == out.items
