"""`BackgroundQueue`: the non-blocking path shared by every entry point that must not wait.

::

    caller thread                         worker thread
    ─────────────                         ─────────────
    submit(payload, emit) ─▶ deque ─▶ batch (max_batch | oldest waited max_delay)
      detection backlog full? degrade:     ordinary records: one guarded call
      redact here with the name-aware        redactor.redact_values_result(batch)
      degrade tier, enqueue as redacted      -> values + the tier that answered
      (same deque: order kept)             large records: one guarded call each
      everything held full? drop,          answer from a name-blind tier (or none)?
      counted, a marker says where           re-redact those records with the degrade tier
                                           emit(redacted) for every item, in submission order

The time budget, circuit breaker and fallback tier belong to the redactor's guard
(:class:`~piiredact._guard.DetectionGuard`); the queue only learns which tier answered
(``RedactionResult.tier``) and keeps overload from costing names:

* the caller-side degrade tier is the builtin detector (name-aware), not the regex tier,
  so an unpaced flood costs the callers time, not names;
* records larger than ``_LARGE_RECORD`` characters are analysed on their own, so one
  slow record cannot push its batch-mates to a fallback;
* when the guard answered from a name-blind tier (a late or busy primary, regex fallback)
  or from placeholders, the ordinary records of that batch are re-redacted with the
  degrade tier on the worker; a record the degrade tier cannot walk becomes the placeholder.

Memory is bounded whatever the targets do: at most ``max_queue`` raw records wait for
detection, and at most ``max(max_queue, 1024)`` more already-redacted records (degraded
ones, piiredact's own) wait for delivery. At that bound a caller waits for room only for
the worker's local CPU work (a flood costs time, not records), never for the backend: a
detector call running longer than ``_STALLED_DETECT`` is interrupted (the guard's
:meth:`~DetectionGuard.interrupt`) and its batch redacted by the local tiers;
when a target call has been running for more than ``_STALLED_EMIT`` seconds (the targets
are the bottleneck) the record is dropped instead — never waiting on a stalled target —
counted in ``dropped_full``, reported on ``piiredact.internal``, and the next delivered
record is preceded by a marker (``emit.gap(n)`` when the emit callable has one).

Exit: ``close()`` and interpreter exit wait at most ``exit_timeout`` seconds (default
30) for the drain, then say on stderr how many records were not delivered. A
``multiprocessing`` child (it ends with ``os._exit``, skipping ``atexit``) is drained by
a ``multiprocessing.util.Finalize``. :func:`flush_on_sigterm` is the opt-in SIGTERM drain.
After ``os.fork()`` the child starts with an empty queue, fresh locks and its own worker;
a fork waits (bounded) for the parent's worker to finish the record it is writing, so the
child never inherits a target handler mid-write.
"""

from __future__ import annotations

import atexit
import logging
import os
import signal
import sys
import threading
import time
import weakref
from collections import deque
from collections.abc import Callable
from typing import Any, Literal, NamedTuple

from ._metrics import Metrics
from ._redact import UNANALYSED_PLACEHOLDER
from ._redactor import RedactionResult, Redactor
from ._threads import block_process_signals

Overflow = Literal["degrade", "block", "drop"]
Emit = Callable[[Any], None]
#: How the worker (and the degrade tier) turn a batch of payloads into a result:
#: ``redact(redactor, payloads, timeout=budget)``; ``timeout=None`` means no budget.
RedactFn = Callable[..., RedactionResult]


def redact_values(redactor: Redactor, payloads: list[Any], *, timeout: float | None = None) -> RedactionResult:
    """The default :data:`RedactFn`: structured values, keys as context (one detector call)."""
    return redactor.redact_values_result(payloads, timeout=timeout)

#: piiredact's own logger. Messages sent here never contain analysed text.
internal_logger = logging.getLogger("piiredact.internal")

# How often (seconds) one queue reports the same kind of problem on `internal_logger`.
_REPORT_INTERVAL = 60.0
# Upper bounds of the batch-size histogram buckets.
_BATCH_BUCKETS: tuple[int, ...] = (1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024)
# Default bound (seconds) of the drain at close()/exit: a hung backend without a time
# budget, or a target that never returns, must not keep the process alive forever.
DEFAULT_EXIT_TIMEOUT = 30.0
# Already-redacted records that may wait for delivery beyond max_queue raw ones (at least).
_MIN_HEADROOM = 1024
# A record with more text than this (characters) is analysed in a call of its own.
_LARGE_RECORD = 16_384
# A target call running longer than this (seconds) counts as stalled: callers at the memory
# bound drop their record instead of waiting for room.
_STALLED_EMIT = 1.0
# A detector call running longer than this (seconds) while callers wait at the memory bound
# is interrupted (its batch goes to the local tiers): callers may wait for CPU work on the
# worker, never for a slow or hung backend.
_STALLED_DETECT = 0.25
# How long (seconds) a fork waits for the worker to finish writing one record.
_FORK_WAIT = 2.0
# Threads whose name starts with this are piiredact's (workers, the guard's helpers).
_OWN_THREAD_PREFIX = "piiredact"

_OVERFLOWS = ("degrade", "block", "drop")

_get_ident = threading.get_ident
_current_thread = threading.current_thread
_monotonic = time.monotonic
_sleep = time.sleep
_new_item = tuple.__new__


class QueueItem(NamedTuple):
    """One submitted record. ``redacted`` items skip detection (already redacted);
    ``gap`` is how many records were dropped (everything held full) just before it."""

    payload: Any
    emit: Emit
    redacted: bool
    enqueued: float
    gap: int = 0


def _on_own_thread() -> bool:
    return _current_thread().name.startswith(_OWN_THREAD_PREFIX)


def _size(obj: Any, depth: int = 0) -> int:
    """Characters of text in a payload (depth-limited: a self-referencing value ends)."""
    if type(obj) is str:
        return len(obj)
    if depth > 3:
        return 0
    if isinstance(obj, (tuple, list)):
        return sum(_size(x, depth + 1) for x in obj)
    if isinstance(obj, dict):
        try:
            return sum(_size(v, depth + 1) for v in obj.values())
        except Exception:
            return 0
    return 0


def _is_name_blind(detector: object) -> bool:
    """The regex tier sees names only next to context words; every other tier is name-aware."""
    return getattr(detector, "name", None) == "regex"


class BackgroundQueue:
    """Redact payloads on a background thread and hand them to ``emit`` in order.

    ``submit(payload, emit)`` returns at once (unless ``overflow="block"``); the worker
    batches items, redacts them with ``redactor.redact_values_result`` (one guarded
    detector call per batch, within ``timeout``) and calls ``emit(redacted_payload)`` on
    the worker thread, in submission order. A payload is a str, or a dict/list/tuple of
    them (walked with keys as context).

    Overflow (``max_queue`` raw items waiting): ``degrade`` (default) redacts in the
    caller with the name-aware ``degrade`` tier (default: the builtin detector, or the
    primary itself when it is builtin/regex) and still delivers, in order; ``block``
    waits for room; ``drop`` discards the item. Every degrade/drop is counted in
    :meth:`stats`. Memory stays bounded when the targets are slow (see the module doc).
    ``flush``/``close``/interpreter exit/the end of a multiprocessing child deliver every
    queued item (close and exit wait at most ``exit_timeout``).

    ``redact`` (a :data:`RedactFn`) replaces how a batch becomes redacted values, e.g. an
    integration passing the line codec; it is called with this queue's redactor on the
    worker (``timeout=`` the queue's budget) and with the degrade tier (``timeout=None``).
    """

    def __init__(
        self,
        redactor: Redactor,
        *,
        max_queue: int = 10_000,
        max_batch: int = 256,
        max_delay: float = 0.05,
        overflow: Overflow = "degrade",
        timeout: float | None = 5.0,
        name: str = "piiredact-worker",
        metrics: Metrics | None = None,
        degrade: Redactor | None = None,
        exit_timeout: float | None = DEFAULT_EXIT_TIMEOUT,
        redact: RedactFn | None = None,
        fast: Redactor | None = None,  # the former name of `degrade`
    ) -> None:
        if overflow not in _OVERFLOWS:
            raise ValueError(f"overflow: unknown value {overflow!r} (use one of: {', '.join(_OVERFLOWS)})")
        for key, value in (("max_queue", max_queue), ("max_batch", max_batch)):
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"{key}: must be an integer >= 1")
        if max_delay < 0:
            raise ValueError("max_delay: must be >= 0")
        if timeout is not None and not timeout > 0:
            raise ValueError("timeout: must be > 0 or None")
        if exit_timeout is not None and exit_timeout < 0:
            raise ValueError("exit_timeout: must be >= 0 or None")
        if not name.startswith(_OWN_THREAD_PREFIX):
            name = f"{_OWN_THREAD_PREFIX}-{name}"  # our threads are recognised by their name
        self.redactor = redactor
        self.metrics = metrics if metrics is not None else redactor.metrics
        degrade = degrade if degrade is not None else fast
        self._own_degrade = degrade is None
        self._own_degrade_detector = False  # set by _default_degrade when it creates one
        self.degrade = degrade if degrade is not None else self._default_degrade(redactor)
        self.max_queue = max_queue
        self.max_batch = max_batch
        self.max_delay = max_delay
        self.overflow: Overflow = overflow
        self.timeout = timeout
        self.exit_timeout = exit_timeout
        self.name = name
        self._hard_limit = max_queue + max(max_queue, _MIN_HEADROOM)
        self._redact = redact if redact is not None else redact_values
        guard = getattr(redactor, "guard", None)
        if guard is not None:
            guard.interruptible = True  # even timeout=None calls can be cut short at the bound
        self._closed = False
        #: called (no arguments) after close() drained the queue, e.g. to flush targets
        self.after_close: Callable[[], None] | None = None
        self._init_state()
        _live.add(self)
        _watch_mp_child(self)


    # -- tiers ----------------------------------------------------------------------

    def _default_degrade(self, redactor: Redactor) -> Redactor:
        """The caller-side tier: the primary when it is local (builtin/regex), else builtin."""
        primary = getattr(redactor, "detector", None)
        if getattr(primary, "name", None) in ("builtin", "regex"):
            det: Any = primary
            self._own_degrade_detector = False
        else:
            from .backends import create_detector

            det = create_detector("builtin")
            self._own_degrade_detector = True
        fallback = None if _is_name_blind(det) else "regex"
        return Redactor(det, redactor.policy, fallback=fallback, metrics=self.metrics)

    @property
    def fast(self) -> Redactor:
        """The former name of :attr:`degrade`."""
        return self.degrade

    def _fallback_detector(self) -> object:
        guard = getattr(self.redactor, "guard", None)
        if guard is not None:
            return getattr(guard, "fallback_built", None) or getattr(guard, "fallback", None)
        return getattr(self.redactor, "fallback", None)

    def _init_state(self) -> None:
        """Fresh synchronisation state: at construction and in a forked child."""
        # Re-entrant: the opt-in SIGTERM handler flushes from the main thread, which may
        # have been interrupted while holding this lock inside submit().
        lock = threading.RLock()
        self._lock = lock
        self._cv_items = threading.Condition(lock)   # worker waits for items / a full batch
        self._cv_room = threading.Condition(lock)    # overflow="block" callers wait for room
        self._cv_done = threading.Condition(lock)    # flush() waits for delivery
        self._emit_lock = threading.Lock()           # held while one record is written (fork waits)
        # A fork waiting for the emit lock: threading.Lock is not fair, and a busy worker
        # re-takes it for its next record before the waiting thread wakes, so the worker
        # steps aside (waits on the gate) until the fork is done. Cleared before the flag is set.
        self._fork_gate = threading.Event()
        self._fork_gate.set()
        self._fork_pending = False
        self._items: deque[QueueItem] = deque()
        self._raw = 0             # raw items in the deque (the detection backlog)
        self._submitted = 0       # items accepted into the deque, ever
        self._delivered = 0       # items the worker finished (emitted or failed to emit)
        self._n_degraded = 0
        self._n_dropped = 0
        self._n_full = 0          # dropped because everything held was full
        self._gap = 0             # dropped since the last accepted item
        self._depth_max = 0
        self._room_waiters = 0    # callers waiting at the memory bound
        self._emit_started = 0.0  # when the worker's current emit call began (0: not emitting)
        self._detect_started = 0.0  # when the worker's current detector call began (0: none)
        self._waiting = 0         # worker state: 0 busy, 1 waiting for an item, 2 filling a batch
        self._urgent = 0          # flush()/close() in progress: do not wait for max_delay
        self._stopping = False
        self._worker: threading.Thread | None = None
        self._thread_ids: set[int] = set()
        self._batch_hist = [0] * len(_BATCH_BUCKETS)
        self._marked = 0          # items of the current batch already counted as delivered
        self._last_report: dict[str, float] = {}
        self._pid = os.getpid()

    # -- caller side ----------------------------------------------------------------

    def submit(self, payload: Any, emit: Emit) -> None:
        """Queue ``payload`` for redaction, then ``emit`` (on the worker, in order).

        Never blocks unless ``overflow="block"``; never raises on overload.
        """
        # Fast path (the hot one): worker running, room in the queue, not our own thread.
        if self._worker is not None and _get_ident() not in self._thread_ids and not _on_own_thread():
            with self._lock:
                if (self._raw < self.max_queue and len(self._items) < self._hard_limit
                        and not self._stopping):
                    self._append(payload, emit, False)
                    return
        self._submit(payload, emit, False)

    def submit_redacted(self, payload: Any, emit: Emit) -> None:
        """Queue an already-redacted payload: no detection, emitted in sequence, never blocks.

        For records that must not reach the detector (piiredact's own, its backends').
        """
        self._submit(payload, emit, True)

    def _submit(self, payload: Any, emit: Emit, redacted: bool) -> None:
        if self._pid != os.getpid():  # forked without the at-fork hook (os.fork unavailable?)
            self._after_fork_child()
        if self._closed or not self._ensure_worker():
            # No worker (closed, or threads cannot start at interpreter shutdown): deliver
            # synchronously, still redacted, rather than lose the item.
            self._deliver_now(payload, emit, redacted)
            return
        own = _get_ident() in self._thread_ids or _on_own_thread()
        if not redacted and own:
            # Logged by our own worker or a detection helper (a target handler or a backend
            # logging): a raw item would feed back into detection, and waiting for room
            # here would deadlock.
            payload, redacted = self._degrade_one(payload), True
        with self._lock:
            if self._stopping:
                action = "stopped"
            elif len(self._items) >= self._hard_limit and (own or not self._room_at_limit()):
                action = "stopped" if self._stopping else "full"
            elif redacted or self._raw < self.max_queue:
                self._append(payload, emit, redacted)
                return
            elif self.overflow == "block":
                while (self._raw >= self.max_queue or len(self._items) >= self._hard_limit) \
                        and not self._stopping:
                    self._cv_room.wait()
                if self._stopping:
                    action = "stopped"
                else:
                    self._append(payload, emit, False)
                    return
            elif self.overflow == "drop":
                self._n_dropped += 1
                action = "dropped"
            else:
                self._n_degraded += 1
                action = "degrade"
        if action == "dropped":  # opt-in; reported outside the lock (logging may re-enter submit)
            self._report("drop", "piiredact: queue full (%d records); records dropped (overflow='drop')",
                         self.max_queue)
            return
        if action == "degrade":
            # The degrade tier in this thread (never waits for the worker); the redacted item
            # then joins the same deque, so it is emitted in sequence.
            payload, redacted = self._degrade_one(payload), True
            with self._lock:
                if not self._stopping and (len(self._items) < self._hard_limit or self._room_at_limit()):
                    self._append(payload, emit, True)
                    return
                action = "stopped" if self._stopping else "full"
        if action == "full":
            self._drop_full()
            return
        self._deliver_now(payload, emit, redacted)  # the worker stopped meanwhile (close)

    def _room_at_limit(self) -> bool:
        """Everything held is full (lock held). While the worker detects, or its targets
        answer promptly, wait for room: overload costs the caller time, not records. A
        target call stuck longer than ``_STALLED_EMIT`` means the targets are the
        bottleneck: no waiting on them (False: the caller drops its record)."""
        self._room_waiters += 1
        try:
            while len(self._items) >= self._hard_limit and not self._stopping:
                started = self._emit_started
                if started and _monotonic() - started > _STALLED_EMIT:
                    return False
                started = self._detect_started
                if started and _monotonic() - started > _STALLED_DETECT:
                    guard = getattr(self.redactor, "guard", None)
                    if guard is not None:
                        guard.interrupt()  # its batch goes to the local tiers now
                self._cv_room.wait(0.05)
            return not self._stopping
        finally:
            self._room_waiters -= 1

    def _drop_full(self) -> None:
        """Everything held is full (the targets do not keep up): drop, count, say where."""
        with self._lock:
            self._n_full += 1
            self._gap += 1
        self.metrics.incr("dropped_full")
        self._report("full", "piiredact: %d records are waiting for the target handlers; records "
                     "dropped until they catch up (counted as dropped_full)", self._hard_limit)

    def _append(self, payload: Any, emit: Emit, redacted: bool) -> None:
        """Enqueue (lock held, not stopping)."""
        items = self._items
        gap = self._gap
        if gap:
            self._gap = 0
        items.append(_new_item(QueueItem, (payload, emit, redacted, _monotonic(), gap)))
        self._submitted += 1
        if not redacted:
            self._raw += 1
        depth = len(items)
        if depth > self._depth_max:
            self._depth_max = depth
        w = self._waiting
        if w == 1 or (w == 2 and depth >= self.max_batch):
            self._cv_items.notify()

    def redact_now(self, payload: Any) -> Any:
        """``payload`` redacted in this thread with the degrade tier (for records that must
        not reach the detector, before :meth:`submit_redacted`). Never raises."""
        return self._degrade_one(payload)

    def _degrade_one(self, payload: Any) -> Any:
        return self._degrade_many([payload])[0]

    def _degrade_many(self, payloads: list[Any]) -> list[Any]:
        """The degrade tier; a payload it cannot walk (a broken custom mapping...) becomes
        the placeholder, so an item is never lost nor emitted raw."""
        try:
            return self._tiered(self.degrade, payloads)
        except Exception:
            out = []
            for p in payloads:
                try:
                    out.append(self._tiered(self.degrade, [p])[0])
                except Exception:
                    self.metrics.incr("placeholders")
                    out.append(UNANALYSED_PLACEHOLDER)
            return out

    def _tiered(self, redactor: Redactor, payloads: list[Any]) -> list[Any]:
        """``redactor``'s values, counting records a name-blind tier answered."""
        result = self._redact(redactor, payloads, timeout=None)
        if result.tier == "fallback" and not _is_name_blind(getattr(redactor, "detector", None)):
            self.metrics.incr("name_blind_records", len(payloads))
        return list(result.values)

    def _deliver_now(self, payload: Any, emit: Emit, redacted: bool) -> None:
        if not redacted:
            payload = self._degrade_one(payload)
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
        return True

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until every item submitted before this call was emitted. False on timeout."""
        if _get_ident() in self._thread_ids:
            return False  # a target handler flushing from the worker: it cannot wait on itself
        if self._pid != os.getpid():
            self._after_fork_child()
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._lock:
            target = self._submitted
            if self._delivered >= target:
                return True
            if self._closed or self._worker is None or not self._worker.is_alive():
                return False  # closed: close() already waited its exit_timeout, do not wait again
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

    def close(self, timeout: float | object | None = ...) -> bool:
        """Deliver every queued item, then stop the worker (idempotent).

        Waits at most ``timeout`` seconds (default: ``exit_timeout``); records still queued
        then are counted (``undelivered_at_close``) and reported on stderr. Items submitted
        after close are redacted with the degrade tier in the caller and delivered at once.
        Returns False when the drain did not finish.
        """
        if self._closed:
            return True
        if self._pid != os.getpid():
            self._after_fork_child()
        wait = self.exit_timeout if timeout is ... else timeout
        ok = self.flush(wait)  # type: ignore[arg-type]
        with self._lock:
            self._closed = True
            self._stopping = True
            undelivered = self._submitted - self._delivered
            gap = self._gap
            self._gap = 0
            self._cv_items.notify_all()
            self._cv_room.notify_all()
            worker = self._worker
        if undelivered and not ok:
            self.metrics.incr("undelivered_at_close", undelivered)
            _stderr(f"piiredact: {undelivered} queued records were not delivered within "
                    f"{wait} s at close (the detector or a target handler did not finish)")
        if gap:
            _stderr(f"piiredact: {gap} records were dropped before close (the target handlers "
                    "did not keep up; counted as dropped_full)")
        if worker is not None and worker is not threading.current_thread() and ok:
            worker.join(1.0)
        if self._own_degrade and self._own_degrade_detector:
            self.degrade.close()
        hook = self.after_close
        if hook is not None and ok:  # not after a failed drain: a stuck worker may hold a target's lock
            try:
                hook()
            except Exception:
                pass
        _live.discard(self)
        return ok

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
                "records_in": self._submitted + self._n_dropped + self._n_full + sync,
                "records_out": self._delivered + sync,
                "degraded": self._n_degraded,
                "dropped": self._n_dropped + self._n_full,
                "queue_depth": len(self._items),
                "queue_depth_max": self._depth_max,
                "queue_limit": self._hard_limit,
                "batch_size_hist": {str(b): c for b, c in zip(_BATCH_BUCKETS, self._batch_hist)},
            })
        return dict(sorted(out.items()))

    # -- worker ---------------------------------------------------------------------

    def _take_batch(self) -> list[QueueItem] | None:
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
            deadline = items[0].enqueued + self.max_delay
            while len(items) < self.max_batch and not self._urgent and not self._stopping:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                self._waiting = 2
                self._cv_items.wait(remaining)
                self._waiting = 0
            n = min(len(items), self.max_batch)
            batch = [items.popleft() for _ in range(n)]
            raw = sum(1 for it in batch if not it.redacted)
            if raw:
                self._raw -= raw
            if self.overflow == "block" or self._room_waiters:
                self._cv_room.notify_all()
            return batch

    def _run(self) -> None:
        block_process_signals()  # signals go to the main thread (see _threads)
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

    def _process(self, batch: list[QueueItem]) -> None:
        payloads = [it.payload for it in batch]
        raw_idx = [i for i, it in enumerate(batch) if not it.redacted]
        if raw_idx:
            self._batch_hist[_bucket(len(raw_idx))] += 1
            results = self._redact_batch([payloads[i] for i in raw_idx])
            for i, r in zip(raw_idx, results):
                payloads[i] = r
        emit_lock = self._emit_lock
        for n, (it, payload) in enumerate(zip(batch, payloads), 1):
            if it.gap:
                self._emit_gap(it.emit, it.gap)
            with emit_lock:  # a fork waits for this record to be written (see _before_fork)
                self._emit_started = _monotonic()  # read by callers at the limit (_room_at_limit)
                try:
                    it.emit(payload)
                except Exception as e:
                    self.metrics.incr("emit_errors")
                    self._report("emit", "piiredact: delivering a record failed (%s); record not written",
                                 type(e).__name__)
                finally:
                    self._emit_started = 0.0
            if self._fork_pending:  # let the forking thread take the emit lock now
                self._fork_gate.wait(_FORK_WAIT)
            if n % 32 == 0:
                # A large batch is a long run of Python code holding the GIL: pause so caller
                # threads waiting for it get in now, not at the next forced switch (5 ms).
                _sleep(0)
                if n % 64 == 0:  # let flush() callers see progress in large batches
                    self._mark_delivered(64)
        rest = len(batch) % 64
        if rest:
            self._mark_delivered(rest)

    def _emit_gap(self, emit: Emit, n: int) -> None:
        gap = getattr(emit, "gap", None)
        if gap is None:
            return
        try:
            gap(n)
        except Exception:
            self.metrics.incr("emit_errors")

    def _mark_delivered(self, n: int) -> None:
        self._marked += n
        with self._lock:
            self._delivered += n
            self._cv_done.notify_all()

    def _redact_batch(self, payloads: list[Any]) -> list[Any]:
        """Guarded redaction of one batch: ordinary records together, large ones alone.
        Never raises."""
        t0 = time.perf_counter()
        out: list[Any] = [None] * len(payloads)
        ordinary: list[int] = []
        large: list[int] = []
        for i, p in enumerate(payloads):
            (large if _size(p) > _LARGE_RECORD else ordinary).append(i)
        groups = ([ordinary] if ordinary else []) + [[i] for i in large]
        for idx in groups:
            values = self._redact_group([payloads[i] for i in idx], len(idx) == 1 and idx[0] in large)
            for i, v in zip(idx, values):
                out[i] = v
        self.metrics.observe("batch_latency", time.perf_counter() - t0)
        return out

    def _redact_group(self, payloads: list[Any], large: bool) -> list[Any]:
        reason: str | None
        self._detect_started = _monotonic()
        try:
            result = self._redact(self.redactor, payloads, timeout=self.timeout)
            values, tier, reason = list(result.values), result.tier, result.reason
            if len(values) != len(payloads):
                raise ValueError("wrong length")
        except Exception as e:  # a payload the redactor cannot walk, or a bug
            values, tier, reason = [], "placeholder", f"error:{type(e).__name__}"
        finally:
            self._detect_started = 0.0
        if tier == "primary":
            return values
        name_blind = tier == "placeholder" or _is_name_blind(self._fallback_detector())
        primary_blind = _is_name_blind(getattr(self.redactor, "detector", None))
        if tier == "fallback" and (not name_blind or primary_blind):
            self._report(reason or "fallback", "piiredact: detector %s (%s) for a batch of %d records; "
                         "redacted by the fallback tier", self._primary_name(), reason, len(payloads))
            return values
        if large and values:
            # One large record the primary could not do in time: re-running it here could
            # stall the worker just as long. Its batch-mates were not affected.
            self.metrics.incr("name_blind_records", len(payloads))
            self._report("large", "piiredact: detector %s (%s) on a large record; redacted by the "
                         "fallback tier", self._primary_name(), reason)
            return values
        # A name-blind answer (or none) for ordinary records: redo them with the degrade
        # tier here, record by record if need be, so overload costs time, not names.
        self.metrics.incr("reredacted", len(payloads))
        self._report(reason or "fallback", "piiredact: detector %s (%s) for a batch of %d records; "
                     "redacted by the degrade tier on the worker", self._primary_name(), reason,
                     len(payloads))
        return self._degrade_many(payloads)

    def _primary_name(self) -> str:
        return str(getattr(getattr(self.redactor, "detector", None), "name", "?"))

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

    def _before_fork(self) -> bool:
        """In the forking thread: wait (bounded) until the worker is between two records,
        and keep it there until the fork is done. True when the emit lock was taken."""
        worker = self._worker
        if worker is None or worker is threading.current_thread() or not worker.is_alive():
            return False
        self._fork_gate.clear()
        self._fork_pending = True
        held = self._emit_lock.acquire(timeout=_FORK_WAIT)
        if not held:  # a target stuck in one emit: fork anyway, and let the worker go on
            self._end_fork_wait()
        return held

    def _end_fork_wait(self) -> None:
        self._fork_pending = False
        self._fork_gate.set()

    def _after_fork_child(self) -> None:
        """In a forked child: an empty queue, fresh locks, no threads (the parent's did not
        survive the fork); the worker starts on first submit. Parent items are not re-emitted."""
        closed = self._closed
        self._init_state()
        self._closed = closed
        seen: set[int] = set()
        for r in (self.redactor, self.degrade):
            if id(r) in seen:
                continue
            seen.add(id(r))
            reset = getattr(r, "reset_after_fork", None)
            if reset is not None:
                try:
                    reset()
                except Exception:
                    pass
            metrics = getattr(r, "metrics", None)
            if metrics is not None:
                metrics._lock = threading.Lock()
        self.metrics._lock = threading.Lock()
        if not closed:
            _watch_mp_child(self)


def _bucket(n: int) -> int:
    for i, b in enumerate(_BATCH_BUCKETS):
        if n <= b:
            return i
    return len(_BATCH_BUCKETS) - 1


def _stderr(line: str) -> None:
    try:
        sys.stderr.write(line + "\n")
        sys.stderr.flush()
    except Exception:
        pass


_live: weakref.WeakSet[BackgroundQueue] = weakref.WeakSet()
_fork_held: list[BackgroundQueue] = []


def _close_weak(ref: weakref.ref[BackgroundQueue]) -> None:
    q = ref()
    if q is not None:
        try:
            q.close()
        except Exception:
            pass


def _watch_mp_child(q: BackgroundQueue) -> None:
    """If this process becomes (or is being bootstrapped as) a multiprocessing child, drain
    ``q`` at its end. Such a child ends with os._exit (no atexit) after running the
    finalizers its bootstrap registers; it runs the registered after-fork hooks once
    bootstrapped (after clearing inherited finalizers), also when the queue was created
    while the child imported the main module (spawn, forkserver)."""
    mp_util = sys.modules.get("multiprocessing.util")
    if mp_util is not None:
        try:
            mp_util.register_after_fork(q, _register_mp_finalizer)
        except Exception:
            pass


def _register_mp_finalizer(q: BackgroundQueue) -> None:
    mp_util = sys.modules.get("multiprocessing.util")
    if mp_util is not None:
        mp_util.Finalize(q, _close_weak, args=(weakref.ref(q),), exitpriority=10)


def _before_fork() -> None:
    for q in list(_live):
        try:
            if q._before_fork():
                _fork_held.append(q)
        except Exception:
            pass


def _after_fork_in_parent() -> None:
    while _fork_held:
        q = _fork_held.pop()
        try:
            q._emit_lock.release()
        except RuntimeError:
            pass
        q._end_fork_wait()


def _after_fork_in_child() -> None:
    _fork_held.clear()  # the child's queues get fresh locks below
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


def flush_all(timeout: float | None = DEFAULT_EXIT_TIMEOUT) -> bool:
    """Flush every live queue of this process, within ``timeout`` seconds overall."""
    deadline = None if timeout is None else time.monotonic() + timeout
    ok = True
    for q in list(_live):
        left = None if deadline is None else max(0.0, deadline - time.monotonic())
        try:
            done = q.flush(left)
            ok = done and ok
            hook = q.after_close
            if hook is not None and done:
                hook()
        except Exception:
            ok = False
    return ok


# -- opt-in SIGTERM drain -----------------------------------------------------------

_sigterm: dict[str, Any] = {}


def flush_on_sigterm(timeout: float | None = 10.0) -> bool:
    """Opt in: on SIGTERM, deliver every queued record (waiting at most ``timeout``
    seconds), then do what SIGTERM did before: call the previous Python handler, ignore
    it if it was ignored, or end the process by SIGTERM (exit status 143 / -15) under the
    default disposition.

    Must be called from the main thread (Python installs signal handlers there); returns
    False when it cannot install (another thread, no SIGTERM on this platform). Idempotent.
    A server that installs its own SIGTERM handler later (uvicorn, gunicorn) replaces this
    one; those exit normally on SIGTERM, and interpreter exit delivers the queue anyway.
    """
    sig = getattr(signal, "SIGTERM", None)
    if sig is None or threading.current_thread() is not threading.main_thread():
        return False
    _sigterm["timeout"] = timeout
    current = signal.getsignal(sig)
    if current is _on_sigterm:
        return True
    _sigterm["previous"] = current
    signal.signal(sig, _on_sigterm)
    return True


def _on_sigterm(signum: int, frame: Any) -> None:
    flush_all(_sigterm.get("timeout", 10.0))
    previous = _sigterm.get("previous", signal.SIG_DFL)
    if callable(previous):
        previous(signum, frame)
        return
    if previous == signal.SIG_IGN:
        return
    # The default disposition: end the process the way SIGTERM does (status -15 / 143).
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)


if hasattr(os, "register_at_fork"):
    os.register_at_fork(before=_before_fork, after_in_parent=_after_fork_in_parent,
                        after_in_child=_after_fork_in_child)
atexit.register(_drain_all_at_exit)


__all__ = ["DEFAULT_EXIT_TIMEOUT", "BackgroundQueue", "Overflow", "QueueItem", "RedactFn", "flush_all",
           "flush_on_sigterm", "redact_values"]
