"""`BackgroundQueue`: the non-blocking path shared by the logging handler and the structlog sink.

::

    caller thread                         worker thread                     helper thread
    ─────────────                         ─────────────                     ─────────────
    submit(payload, emit) ─▶ deque ─▶ batch (max_batch | oldest waited max_delay)
      full? degrade: redact with the       raw items ─▶ redact_values ──────▶ Redactor (time budget)
      fast tier here, enqueue as           late / raising / busy / breaker open ─▶ fast tier (regex)
      already-redacted (same deque,        emit(redacted) for every item, in submission order
      so order is kept)

One deque holds every item in submission order. Only *raw* items count against
``max_queue``; an item the caller already redacted (overflow ``degrade``, or a record
produced by piiredact's own threads) is appended past the bound, so the worker emits it
in sequence and the caller never waits. The worker never waits on a detector longer than
``timeout``: detection runs on a helper thread, a late result is discarded, and while
the helper is still stuck later batches go straight to the fast tier.
"""

from __future__ import annotations

import atexit
import logging
import os
import threading
import time
import weakref
from collections import deque
from collections.abc import Callable
from typing import Any, Literal

from ._metrics import Metrics
from ._redact import UNANALYSED_PLACEHOLDER
from ._redactor import Redactor
from ._resilience import CircuitBreaker

Overflow = Literal["degrade", "block", "drop"]
Emit = Callable[[Any], None]

#: piiredact's own logger. Messages sent here never contain analysed text.
internal_logger = logging.getLogger("piiredact.internal")

# How often (seconds) one queue reports the same kind of problem on `internal_logger`.
_REPORT_INTERVAL = 60.0
# Upper bounds of the batch-size histogram buckets.
_BATCH_BUCKETS: tuple[int, ...] = (1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024)
# How long close()/atexit wait for a worker whose detector has no time budget.
_UNBOUNDED_CLOSE_WAIT = 30.0

_OVERFLOWS = ("degrade", "block", "drop")

_get_ident = threading.get_ident
_monotonic = time.monotonic
_sleep = time.sleep


# One submitted item: (payload, emit, redacted, enqueue time). A tuple: cheapest to build
# in the caller. ``redacted`` items skip detection (the caller already redacted them).
_Item = tuple[Any, Emit, bool, float]


class _Job:
    __slots__ = ("arg", "done", "error", "fn", "result")

    def __init__(self, fn: Callable[[Any], Any], arg: Any) -> None:
        self.fn = fn
        self.arg = arg
        self.done = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None


class _Helper:
    """One daemon thread that runs detection so the worker can stop waiting for it.

    A daemon, not a ThreadPoolExecutor: executor threads are joined at interpreter exit,
    so a detector stuck forever would hang the process.
    """

    def __init__(self, name: str) -> None:
        self._cv = threading.Condition(threading.Lock())
        self._job: _Job | None = None
        self.thread = threading.Thread(target=self._run, name=name, daemon=True)
        self.thread.start()

    def run(self, fn: Callable[[Any], Any], arg: Any, timeout: float) -> _Job | None:
        """Run ``fn(arg)``; the job (check ``done``) or None if a previous job is still running."""
        job = _Job(fn, arg)
        with self._cv:
            if self._job is not None:
                return None
            self._job = job
            self._cv.notify()
        job.done.wait(timeout)
        return job

    def _run(self) -> None:
        while True:
            with self._cv:
                while self._job is None:
                    self._cv.wait()
                job = self._job
            try:
                job.result = job.fn(job.arg)
            except BaseException as e:  # report to the worker, never die
                job.error = e
            with self._cv:
                self._job = None  # free again; an abandoned job's result is simply dropped
            job.done.set()


class BackgroundQueue:
    """Redact payloads on a background thread and hand them to ``emit`` in order.

    ``submit(payload, emit)`` returns at once (unless ``overflow="block"``); the worker
    batches items, redacts them with ``redactor.redact_values`` (one detector call per
    batch, under a ``timeout`` budget, falling back to the ``fast`` regex tier) and calls
    ``emit(redacted_payload)`` on the worker thread, in submission order.

    Overflow (``max_queue`` raw items waiting): ``degrade`` (default) redacts in the
    caller with the fast tier and still delivers, in order; ``block`` waits for room;
    ``drop`` discards the item. Every degrade/drop is counted in :meth:`stats`.
    ``flush``/``close``/interpreter exit deliver every queued item; after ``os.fork()``
    the child starts with an empty queue and its own worker.
    """

    def __init__(
        self,
        redactor: Redactor,
        *,
        fast: Redactor | None = None,
        max_queue: int = 10_000,
        max_batch: int = 256,
        max_delay: float = 0.05,
        overflow: Overflow = "degrade",
        timeout: float | None = 5.0,
        name: str = "piiredact-worker",
        metrics: Metrics | None = None,
    ) -> None:
        if overflow not in _OVERFLOWS:
            raise ValueError(f"overflow: unknown value {overflow!r} (use one of: {', '.join(_OVERFLOWS)})")
        if max_queue < 1:
            raise ValueError("max_queue: must be >= 1")
        if max_batch < 1:
            raise ValueError("max_batch: must be >= 1")
        if max_delay < 0:
            raise ValueError("max_delay: must be >= 0")
        if timeout is not None and timeout <= 0:
            raise ValueError("timeout: must be > 0 or None")
        self.redactor = redactor
        self.metrics = metrics if metrics is not None else redactor.metrics
        self._own_fast = fast is None
        self.fast = fast if fast is not None else Redactor(
            "regex", redactor.policy, fallback=None, metrics=self.metrics)
        self.max_queue = max_queue
        self.max_batch = max_batch
        self.max_delay = max_delay
        self.overflow: Overflow = overflow
        self.timeout = timeout
        self.name = name
        # Trips on timeouts (the Redactor's own breaker handles exceptions).
        self.breaker = CircuitBreaker()
        self._closed = False
        self._init_state()
        _live.add(self)

    def _init_state(self) -> None:
        """Fresh synchronisation state: at construction and in a forked child."""
        lock = threading.Lock()
        self._lock = lock
        self._cv_items = threading.Condition(lock)   # worker waits for items / a full batch
        self._cv_room = threading.Condition(lock)    # overflow="block" callers wait for room
        self._cv_done = threading.Condition(lock)    # flush() waits for delivery
        self._items: deque[_Item] = deque()
        self._raw = 0             # raw items in the deque (the bounded part)
        self._submitted = 0       # items accepted into the deque, ever
        self._delivered = 0       # items the worker finished (emitted or failed to emit)
        self._n_degraded = 0
        self._n_dropped = 0
        self._depth_max = 0
        self._waiting = 0         # worker state: 0 busy, 1 waiting for an item, 2 filling a batch
        self._urgent = 0          # flush()/close() in progress: do not wait for max_delay
        self._stopping = False
        self._worker: threading.Thread | None = None
        self._helper: _Helper | None = None
        self._thread_ids: set[int] = set()
        self._batch_hist = [0] * len(_BATCH_BUCKETS)
        self._marked = 0          # items of the current batch already counted as delivered
        self._last_report: dict[str, float] = {}
        self._pid = os.getpid()

    # -- caller side ----------------------------------------------------------------

    def submit(self, payload: Any, emit: Emit) -> None:
        """Queue ``payload`` (a str, or a dict/list/tuple of them) for redaction, then ``emit``.

        Never blocks unless ``overflow="block"``; never raises on overload.
        """
        # Fast path (the hot one): worker running, room in the queue, not our own thread.
        if self._worker is not None and _get_ident() not in self._thread_ids:
            with self._lock:
                if self._raw < self.max_queue and self._append(payload, emit, False):
                    return
        self._submit(payload, emit, False)

    def submit_redacted(self, payload: Any, emit: Emit) -> None:
        """Queue an already-redacted payload: no detection, emitted in sequence, never blocks.

        For records that must not reach the detector (piiredact's own, its backends').
        """
        self._submit(payload, emit, True)

    def _submit(self, payload: Any, emit: Emit, redacted: bool) -> None:
        if self._closed or not self._ensure_worker():
            # No worker (closed, or threads cannot start at interpreter shutdown): deliver
            # synchronously, still redacted, rather than lose the item.
            self._deliver_now(payload, emit, redacted)
            return
        if not redacted and _get_ident() in self._thread_ids:
            # Logged by our own worker/helper (a target handler or a backend logging): a raw
            # item would feed back into detection, and waiting for room here would deadlock.
            payload, redacted = self._fast_redact(payload), True
        with self._lock:
            if redacted or self._raw < self.max_queue:
                action = "queued" if self._append(payload, emit, redacted) else "stopped"
            elif self.overflow == "block":
                while self._raw >= self.max_queue and not self._stopping:
                    self._cv_room.wait()
                action = "queued" if self._append(payload, emit, False) else "stopped"
            elif self.overflow == "drop":
                self._n_dropped += 1
                action = "dropped"
            else:
                self._n_degraded += 1
                action = "degrade"
        if action == "queued":
            return
        if action == "dropped":  # opt-in; reported outside the lock (logging may re-enter submit)
            self._report("drop", "piiredact: queue full (%d records); records dropped (overflow='drop')",
                         self.max_queue)
            return
        if action == "degrade":
            # The fast tier in this thread (never waits for the worker); the already-redacted
            # item then joins the same deque, so it is emitted in sequence.
            payload, redacted = self._fast_redact(payload), True
            with self._lock:
                if self._append(payload, emit, True):
                    return
        self._deliver_now(payload, emit, redacted)  # the worker stopped meanwhile (close)

    def _append(self, payload: Any, emit: Emit, redacted: bool) -> bool:
        """Enqueue (lock held). False when the worker is stopping: deliver synchronously."""
        if self._stopping:
            return False
        items = self._items
        items.append((payload, emit, redacted, _monotonic()))
        self._submitted += 1
        if not redacted:
            self._raw += 1
        depth = len(items)
        if depth > self._depth_max:
            self._depth_max = depth
        w = self._waiting
        if w == 1 or (w == 2 and depth >= self.max_batch):
            self._cv_items.notify()
        return True

    def _fast_redact(self, payload: Any) -> Any:
        return self._fast_many([payload])[0]

    def _fast_many(self, payloads: list[Any]) -> list[Any]:
        """The fast tier; a payload it cannot walk (a broken custom mapping...) becomes the
        placeholder, so an item is never lost nor emitted raw."""
        try:
            return self.fast.redact_values(payloads)
        except Exception:
            out = []
            for p in payloads:
                try:
                    out.append(self.fast.redact_values([p])[0])
                except Exception:
                    self.metrics.incr("placeholders")
                    out.append(UNANALYSED_PLACEHOLDER)
            return out

    def _deliver_now(self, payload: Any, emit: Emit, redacted: bool) -> None:
        if not redacted:
            payload = self._fast_redact(payload)
        self.metrics.incr("delivered_synchronously")
        try:
            emit(payload)
        except Exception as e:
            self.metrics.incr("emit_errors")
            self._report("emit", "piiredact: delivering a record failed (%s); record not written",
                         type(e).__name__)

    def _ensure_worker(self) -> bool:
        if self._worker is not None:
            return True
        return self.start()

    # -- lifecycle ------------------------------------------------------------------

    def start(self) -> bool:
        """Start the worker (idempotent; :meth:`submit` does it on first use).

        Returns False when no thread can be started (closed, or interpreter shutdown).
        """
        with self._lock:
            if self._worker is not None:
                return True
            if self._closed:
                return False
            t = threading.Thread(target=self._run, name=self.name, daemon=True)
            try:
                t.start()
            except RuntimeError:  # "can't create new thread at interpreter shutdown"
                return False
            self._worker = t
            if t.ident is not None:
                self._thread_ids.add(t.ident)
        if self.timeout is not None and self._helper is None:
            # now, not at the first batch: that may come at exit, when no thread can start
            self._start_helper()
        return True

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until every item submitted before this call was emitted. False on timeout."""
        if _get_ident() in self._thread_ids:
            return False  # a target handler flushing from the worker: it cannot wait on itself
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._lock:
            target = self._submitted
            if self._delivered >= target:
                return True
            if self._worker is None:
                return False
            self._urgent += 1
            self._cv_items.notify()
            try:
                while self._delivered < target:
                    if deadline is None:
                        self._cv_done.wait()
                    else:
                        remaining = deadline - time.monotonic()
                        if remaining <= 0:
                            return False
                        self._cv_done.wait(remaining)
                return True
            finally:
                self._urgent -= 1

    def close(self) -> None:
        """Deliver every queued item, then stop the worker (idempotent).

        Items submitted after close are redacted with the fast tier in the caller and
        delivered at once.
        """
        if self._closed:
            return
        if self._pid != os.getpid():
            self._after_fork_child()
        # A time budget bounds each batch, so the drain ends; without one, do not hang exit forever.
        ok = self.flush(None if self.timeout is not None else _UNBOUNDED_CLOSE_WAIT)
        with self._lock:
            self._closed = True
            self._stopping = True
            undelivered = self._submitted - self._delivered
            self._cv_items.notify_all()
            self._cv_room.notify_all()
            worker = self._worker
        if not ok and undelivered:
            self.metrics.incr("undelivered_at_close", undelivered)
            self._report("close", "piiredact: %d queued records could not be delivered at close "
                         "(the detector did not return and has no timeout)", undelivered)
        if worker is not None and worker is not threading.current_thread():
            worker.join(1.0 if ok else 0.1)
        if self._own_fast:
            self.fast.close()
        _live.discard(self)

    def __enter__(self) -> BackgroundQueue:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def stats(self) -> dict[str, object]:
        """Value-free numbers: records in/out, degraded, dropped, fallbacks, timeouts,
        queue depth (now and high-water mark), batch sizes, findings per entity, backend latency."""
        out = self.metrics.snapshot()
        if self.redactor.metrics is not self.metrics:
            for k, v in self.redactor.metrics.snapshot().items():
                out.setdefault(k, v)
        sync = self.metrics.get("delivered_synchronously")
        with self._lock:
            out.update({
                "records_in": self._submitted + self._n_dropped + sync,
                "records_out": self._delivered + sync,
                "degraded": self._n_degraded,
                "dropped": self._n_dropped,
                "queue_depth": len(self._items),
                "queue_depth_max": self._depth_max,
                "batch_size_hist": {str(b): c for b, c in zip(_BATCH_BUCKETS, self._batch_hist)},
            })
        return dict(sorted(out.items()))

    # -- worker ---------------------------------------------------------------------

    def _take_batch(self) -> list[_Item] | None:
        """Block until a batch is due; None when stopping with nothing left."""
        with self._lock:
            items = self._items
            while not items:
                if self._stopping:
                    return None
                self._waiting = 1
                self._cv_items.wait()
                self._waiting = 0
            # Dynamic batching: close the batch at max_batch items or when the oldest has
            # waited max_delay, unless someone is flushing or closing.
            deadline = items[0][3] + self.max_delay  # (.., .., .., t)
            while len(items) < self.max_batch and not self._urgent and not self._stopping:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                self._waiting = 2
                self._cv_items.wait(remaining)
                self._waiting = 0
            n = min(len(items), self.max_batch)
            batch = [items.popleft() for _ in range(n)]
            raw = sum(1 for it in batch if not it[2])
            if raw:
                self._raw -= raw
                if self.overflow == "block":
                    self._cv_room.notify_all()
            return batch

    def _run(self) -> None:
        me = _get_ident()
        self._thread_ids.add(me)
        while True:
            batch = self._take_batch()
            if batch is None:
                return
            self._marked = 0
            try:
                self._process(batch)
            except BaseException as e:  # a bug: count it, keep the worker (and flush()) alive
                self.metrics.incr("worker_errors")
                self._report("worker", "piiredact: worker error (%s)", type(e).__name__)
                self._mark_delivered(len(batch) - self._marked)

    def _process(self, batch: list[_Item]) -> None:
        payloads = [it[0] for it in batch]
        raw_idx = [i for i, it in enumerate(batch) if not it[2]]
        if raw_idx:
            self._batch_hist[_bucket(len(raw_idx))] += 1
            results = self._redact_batch([payloads[i] for i in raw_idx])
            for i, r in zip(raw_idx, results):
                payloads[i] = r
        for n, (it, payload) in enumerate(zip(batch, payloads), 1):
            try:
                it[1](payload)
            except Exception as e:
                self.metrics.incr("emit_errors")
                self._report("emit", "piiredact: delivering a record failed (%s); record not written",
                             type(e).__name__)
            if n % 32 == 0:
                # A large batch is a long run of Python code holding the GIL: pause so caller
                # threads waiting for it get in now, not at the next forced switch (5 ms).
                _sleep(0)
                if n % 64 == 0:  # let flush() callers see progress in large batches
                    self._mark_delivered(64)
        rest = len(batch) % 64
        if rest:
            self._mark_delivered(rest)

    def _mark_delivered(self, n: int) -> None:
        self._marked += n
        with self._lock:
            self._delivered += n
            self._cv_done.notify_all()

    def _redact_batch(self, payloads: list[Any]) -> list[Any]:
        """Primary redactor within the time budget; the fast tier otherwise. Never raises."""
        t0 = time.perf_counter()
        result: list[Any] | None = None
        reason = None
        errors_before = self.redactor.metrics.get("backend_errors")
        if not self.breaker.allow():
            reason = "circuit_open"
        elif self.timeout is None:
            try:
                result = self.redactor.redact_values(payloads)
            except Exception as e:
                reason = f"error:{type(e).__name__}"
        elif self._helper is None and not self._start_helper():
            reason = "no_helper_thread"  # interpreter shutting down: no thread to time-box detect
        else:
            assert self._helper is not None
            job = self._helper.run(self.redactor.redact_values, payloads, self.timeout)
            if job is None:
                reason = "busy"  # the previous batch's detector call has not returned yet
            elif not job.done.is_set():
                reason = "timeout"  # abandoned: its late result is discarded
            elif job.error is not None:
                reason = f"error:{type(job.error).__name__}"
            else:
                result = job.result
        if result is not None and len(result) != len(payloads):
            result, reason = None, "error:wrong_length"
        m = self.metrics
        if result is None:
            if reason == "timeout":
                self.breaker.record_failure()
                m.incr("timeouts")
            elif reason == "busy":
                m.incr("backend_busy")
            elif reason == "circuit_open":
                m.incr("circuit_open_skips")
            else:
                self.breaker.record_failure()
                m.incr("batch_errors")
            m.incr("fallbacks", len(payloads))
            self._report(reason or "fallback",
                         "piiredact: detector %s (%s) for a batch of %d records; redacted with the "
                         "fallback tier", getattr(self.redactor.detector, "name", "?"), reason, len(payloads))
            result = self._fast_many(payloads)
        else:
            self.breaker.record_success()
            if self.redactor.metrics.get("backend_errors") > errors_before:
                # the Redactor failed over to its own fallback: say so (once per interval)
                self._report("error", "piiredact: detector %s failed; a batch of %d records was "
                             "redacted by the fallback tier", getattr(self.redactor.detector, "name", "?"),
                             len(payloads))
        m.observe("batch_latency", time.perf_counter() - t0)
        return result

    def _start_helper(self) -> bool:
        with self._lock:
            if self._helper is not None:
                return True
            try:
                helper = _Helper(self.name + "-detect")
            except RuntimeError:  # "can't create new thread at interpreter shutdown" (3.12+)
                return False
            if helper.thread.ident is not None:
                self._thread_ids.add(helper.thread.ident)
            self._helper = helper
            return True

    def _report(self, kind: str, msg: str, *args: object) -> None:
        """Log a value-free problem report, at most once per interval per kind."""
        key = kind.split(":")[0]
        now = time.monotonic()
        last = self._last_report.get(key)
        if last is not None and now - last < _REPORT_INTERVAL:
            return
        self._last_report[key] = now
        try:
            internal_logger.warning(msg, *args)
        except Exception:
            pass

    # -- fork -----------------------------------------------------------------------

    def _after_fork_child(self) -> None:
        """In a forked child: an empty queue and no threads (the parent's did not survive
        the fork); the worker starts on first submit. Parent items are not re-emitted."""
        closed = self._closed
        self._init_state()
        self._closed = closed
        self.breaker._lock = threading.Lock()  # may have been held by a parent thread
        for m in {id(self.metrics): self.metrics, id(self.redactor.metrics): self.redactor.metrics}.values():
            m._lock = threading.Lock()
        self.redactor.breaker._lock = threading.Lock()


def _bucket(n: int) -> int:
    for i, b in enumerate(_BATCH_BUCKETS):
        if n <= b:
            return i
    return len(_BATCH_BUCKETS) - 1



_live: weakref.WeakSet[BackgroundQueue] = weakref.WeakSet()


def _after_fork_in_child() -> None:
    for q in list(_live):
        q._after_fork_child()


def _drain_all_at_exit() -> None:
    """atexit: deliver what is queued. Registered after `logging` was imported, so it runs
    before logging.shutdown() closes the target handlers (atexit is last-in, first-out)."""
    for q in list(_live):
        try:
            q.close()
        except Exception:
            pass


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)
atexit.register(_drain_all_at_exit)


__all__ = ["BackgroundQueue", "Overflow"]
