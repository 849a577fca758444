"""`DetectionGuard`: the one place that decides which tier answers a detector call.

::

    detect(texts) ── breaker open? ─────────────────────────────┐
          │                                                      ▼
          ├─ primary.detect(texts)  (on a helper thread when a   fallback.detect(texts)
          │   time budget is set; late results are discarded)    │ raised / malformed?
          │   raised, late, busy, malformed ───────────────────▶ │
          ▼                                                      ▼
    Detection(findings, "primary")              Detection(findings, "fallback") or
                                                Detection([None]*n, "placeholder")

Every finding is validated (a ``Finding``; ``0 <= start < end <= len(text)``) before it
is trusted: a backend bug that points past the end, into the joined batch or before the
start would otherwise leave raw text in place. One invalid finding sends the whole batch
to the fallback (the rest of that answer cannot be trusted either), counted in
``Metrics`` as ``invalid_findings``. Reasons are value-free strings.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from ._detector import Detector
from ._finding import Finding
from ._metrics import Metrics
from ._resilience import CircuitBreaker
from ._threads import block_process_signals

Tier = Literal["primary", "fallback", "placeholder"]
Findings = list[list[Finding] | None]

# Concurrent callers of one guard each get a helper thread, up to this many.
_MAX_HELPERS = 4


@dataclass(frozen=True, slots=True)
class Detection:
    """What a guarded detector call produced.

    ``findings[i]`` is None when text ``i`` could not be analysed at all (it becomes the
    placeholder). ``reason`` says why the primary did not answer (None when it did):
    ``"timeout"``, ``"busy"``, ``"circuit_open"``, ``"invalid_findings"``,
    ``"no_helper_thread"`` or ``"error:<ExceptionType>"``.
    """

    findings: Findings
    tier: Tier
    reason: str | None = None


class _InvalidFindings(Exception):
    """A detector answer that fails validation (never carries the text)."""


def validate(texts: Sequence[str], result: Any) -> list[list[Finding]]:
    """``result`` as a list of finding lists, or :class:`_InvalidFindings`."""
    try:
        n = len(result)
    except TypeError:
        raise _InvalidFindings("not a sequence") from None
    if n != len(texts):
        raise _InvalidFindings("wrong length")
    out: list[list[Finding]] = []
    for text, found in zip(texts, result):
        if not isinstance(found, (list, tuple)):
            raise _InvalidFindings("not a list of findings")
        size = len(text)
        for f in found:
            if type(f) is not Finding and not isinstance(f, Finding):
                raise _InvalidFindings("not a Finding")
            s, e = f.start, f.end
            if type(s) is not int or type(e) is not int or not 0 <= s < e <= size:
                raise _InvalidFindings("offsets out of bounds")
        out.append(found if type(found) is list else list(found))
    return out


class _Job:
    # ``done``: the call returned. ``wake``: the waiting caller should look now (the call
    # returned, or the guard was interrupted: see DetectionGuard.interrupt).
    __slots__ = ("arg", "done", "error", "fn", "result", "wake")

    def __init__(self, fn: Callable[[Any], Any], arg: Any) -> None:
        self.fn = fn
        self.arg = arg
        self.done = threading.Event()
        self.wake = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None


class _Helper:
    """A daemon thread running one job at a time. A daemon, not a ThreadPoolExecutor:
    executor threads are joined at interpreter exit, so a detector stuck forever would
    hang the process."""

    __slots__ = ("_cv", "_job", "_pool", "abandoned", "thread")

    def __init__(self, pool: _HelperPool, name: str) -> None:
        self._pool = pool
        self._cv = threading.Condition(threading.Lock())
        self._job: _Job | None = None
        self.abandoned = False
        self.thread = threading.Thread(target=self._run, name=name, daemon=True)
        self.thread.start()

    def give(self, job: _Job) -> None:
        with self._cv:
            self._job = job
            self._cv.notify()

    def _run(self) -> None:
        block_process_signals()  # signals go to the main thread (see _threads)
        while True:
            with self._cv:
                while self._job is None:
                    self._cv.wait()
                job = self._job
            try:
                job.result = job.fn(job.arg)
            except BaseException as e:  # report to the caller, never die
                job.error = e
            with self._cv:
                self._job = None
            job.done.set()
            job.wake.set()
            self._pool.release(self)


class _HelperPool:
    """Helper threads for time-boxed calls. While one of them is stuck in an abandoned
    call, the detector is considered busy: piling more threads onto a hung backend
    would only grow the damage."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._lock = threading.Lock()
        self._released = threading.Condition(self._lock)
        self._idle: list[_Helper] = []
        self._all: list[_Helper] = []

    def acquire(self) -> _Helper | Literal[False] | None:
        """An idle helper; None when busy; False when no thread can be started."""
        with self._lock:
            if any(h.abandoned for h in self._all):
                return None
            if self._idle:
                return self._idle.pop()
            if len(self._all) >= _MAX_HELPERS:
                return None
            try:
                helper = _Helper(self, f"{self.name}-{len(self._all) + 1}")
            except RuntimeError:  # "can't create new thread at interpreter shutdown"
                return False
            self._all.append(helper)
            return helper

    def release(self, helper: _Helper) -> None:
        with self._lock:
            helper.abandoned = False
            if helper in self._all and helper not in self._idle:
                self._idle.append(helper)
            self._released.notify_all()

    def wait_idle(self, timeout: float | None) -> bool:
        with self._lock:
            return self._released.wait_for(lambda: len(self._idle) == len(self._all), timeout)

    def abandon(self, helper: _Helper) -> None:
        with self._lock:
            helper.abandoned = True

    def thread_ids(self) -> set[int]:
        with self._lock:
            return {h.thread.ident for h in self._all if h.thread.ident is not None}


class DetectionGuard:
    """Runs ``primary`` within a time budget and a circuit breaker, validates its answer,
    and falls back to ``fallback`` (then to placeholders) when it cannot be trusted.

    ``timeout`` (seconds, None: no budget) applies per call; a late answer is discarded
    and, while the abandoned call is still running, later calls go to the fallback
    (``"busy"``). The breaker opens after repeated failures (exceptions, timeouts,
    malformed answers). Thread-safe; never raises for a detector failure.
    """

    def __init__(
        self,
        primary: Detector,
        fallback: Detector | Callable[[], Detector | None] | None = None,
        *,
        timeout: float | None = None,
        breaker: CircuitBreaker | None = None,
        metrics: Metrics | None = None,
        name: str = "piiredact-detect",
    ) -> None:
        if timeout is not None and (isinstance(timeout, bool) or not timeout > 0):
            raise ValueError("timeout: must be > 0 or None")
        self.primary = primary
        self._fallback = fallback
        self.timeout = timeout
        self.breaker = breaker if breaker is not None else CircuitBreaker()
        self.metrics = metrics if metrics is not None else Metrics()
        self.name = name
        self._fb_lock = threading.Lock()
        self._helpers = _HelperPool(name)
        #: Run every call on a helper thread, even without a budget, so that
        #: :meth:`interrupt` can always stop the wait (set by the background queue).
        self.interruptible = False
        self._waiting: set[_Job] = set()
        self._waiting_lock = threading.Lock()

    # -- the fallback is built on first need (the builtin's model costs a load) --------

    @property
    def fallback(self) -> Detector | None:
        fb = self._fallback
        if fb is None or isinstance(fb, Detector):
            return fb
        with self._fb_lock:
            fb = self._fallback
            if fb is not None and not isinstance(fb, Detector):
                fb = self._fallback = fb()
            return fb

    @property
    def fallback_built(self) -> Detector | None:
        """The fallback detector if it exists already (without building it)."""
        fb = self._fallback
        return fb if isinstance(fb, Detector) else None

    # -- detection --------------------------------------------------------------------

    def detect(self, texts: Sequence[str], *, timeout: float | object | None = ...) -> Detection:
        """Findings for every text, from the first tier that can be trusted.

        ``timeout`` overrides the guard's budget for this call (``...``: the guard's own).
        """
        texts = list(texts)
        if not texts:
            return Detection([], "primary")
        budget = self.timeout if timeout is ... else timeout
        m = self.metrics
        if not self.breaker.allow():
            m.incr("circuit_open_skips")
            return self._fall_back(texts, "circuit_open")
        t0 = time.perf_counter()
        result, reason = self._call_primary(texts, budget)  # type: ignore[arg-type]
        if reason is None:
            try:
                found = validate(texts, result)
            except _InvalidFindings:
                reason = "invalid_findings"
                m.incr("invalid_findings")
            else:
                self.breaker.record_success()
                m.observe("backend_latency", time.perf_counter() - t0)
                return Detection(list(found), "primary")
        if reason in ("busy", "no_helper_thread", "pressure"):
            self.breaker.cancel_trial()  # no verdict on the backend: it was not tried, or cut short
            m.incr({"busy": "backend_busy", "pressure": "pressure_interrupts"}.get(reason, reason))
        else:
            self.breaker.record_failure()
            if reason == "timeout":
                m.incr("timeouts")
            elif reason.startswith("error:"):
                m.incr("backend_errors")
                m.incr(f"backend_errors.{reason[6:]}")
        return self._fall_back(texts, reason)

    def _call_primary(self, texts: list[str], budget: float | None) -> tuple[Any, str | None]:
        detect = self.primary.detect
        if budget is None and not self.interruptible:
            try:
                return detect(texts), None
            except Exception as e:
                return None, f"error:{type(e).__name__}"
        helper = self._helpers.acquire()
        if helper is None:
            return None, "busy"
        if helper is False:
            return None, "no_helper_thread"
        job = _Job(detect, texts)
        with self._waiting_lock:
            self._waiting.add(job)
        helper.give(job)
        try:
            job.wake.wait(budget)
        finally:
            with self._waiting_lock:
                self._waiting.discard(job)
        if not job.done.is_set():
            self._helpers.abandon(helper)
            if not job.done.is_set():
                return None, "pressure" if job.wake.is_set() else "timeout"
            self._helpers.release(helper)  # finished between the wait and the mark
        if job.error is not None:
            if not isinstance(job.error, Exception):  # KeyboardInterrupt & co. belong to the caller
                raise job.error
            return None, f"error:{type(job.error).__name__}"
        return job.result, None

    def _fall_back(self, texts: list[str], reason: str) -> Detection:
        m = self.metrics
        m.incr("fallbacks", len(texts))
        try:
            fb = self.fallback
        except Exception:
            fb = None
            m.incr("fallback_errors")
        if fb is not None:
            try:
                found = validate(texts, fb.detect(texts))
            except Exception:
                m.incr("fallback_errors")
            else:
                return Detection(list(found), "fallback", reason)
        m.incr("placeholders", len(texts))
        return Detection([None] * len(texts), "placeholder", reason)

    # -- lifecycle --------------------------------------------------------------------

    def interrupt(self) -> int:
        """Stop waiting for the calls in flight now: each goes to the fallback (reason
        ``"pressure"``), its late answer discarded. For the background queue at its memory
        bound: callers then wait for local CPU work, never for a slow backend. Returns how
        many calls were interrupted."""
        with self._waiting_lock:
            jobs = [j for j in self._waiting if not j.wake.is_set()]
            for j in jobs:
                j.wake.set()
        return len(jobs)

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Wait until no call (abandoned ones included) is running; False on timeout."""
        return self._helpers.wait_idle(timeout)

    def thread_ids(self) -> set[int]:
        """Idents of the helper threads (their own log records must not recurse)."""
        return self._helpers.thread_ids()

    def reset_after_fork(self) -> None:
        """In a forked child: fresh locks, no helper threads (the parent's did not survive)."""
        self._fb_lock = threading.Lock()
        self._helpers = _HelperPool(self.name)
        self._waiting = set()
        self._waiting_lock = threading.Lock()
        self.breaker.reset_after_fork()
        self.metrics._lock = threading.Lock()

    def close(self) -> None:
        """Close both tiers (idempotent as far as they are)."""
        for d in (self.primary, self.fallback_built):
            close = getattr(d, "close", None)
            if close is not None:
                close()


__all__ = ["Detection", "DetectionGuard", "Tier", "validate"]
