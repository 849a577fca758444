"""The circuit breaker of :class:`~piiredact._guard.DetectionGuard`.

There is one breaker per guarded detector: the guard records timeouts, exceptions and
malformed results on it; nothing else in piiredact keeps its own.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class CircuitBreaker:
    """Stops calling a backend that keeps failing, for a cool-down period.

    After ``threshold`` consecutive failures the circuit opens for ``cooldown``
    seconds: callers skip the backend and use their fallback. After the cool-down a
    single trial call is let through (half-open); success closes the circuit.
    """

    __slots__ = ("_clock", "_failures", "_lock", "_open_until", "_trial", "cooldown", "threshold")

    def __init__(self, threshold: int = 5, cooldown: float = 30.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.threshold = threshold
        self.cooldown = cooldown
        self._clock = clock
        self._lock = threading.Lock()
        self._failures = 0
        self._open_until = 0.0
        self._trial = False

    def allow(self) -> bool:
        """True when the backend may be called now."""
        with self._lock:
            if self._failures < self.threshold:
                return True
            if self._clock() >= self._open_until and not self._trial:
                self._trial = True  # half-open: one probe at a time
                return True
            return False

    def record_success(self) -> None:
        with self._lock:
            self._failures = 0
            self._trial = False

    def record_failure(self) -> None:
        with self._lock:
            self._failures += 1
            self._trial = False
            if self._failures >= self.threshold:
                self._open_until = self._clock() + self.cooldown

    def cancel_trial(self) -> None:
        """A half-open trial that was granted but not used (the call never happened)."""
        with self._lock:
            self._trial = False

    def reset_after_fork(self) -> None:
        """A fresh lock in a forked child: the parent's may have been held at fork."""
        self._lock = threading.Lock()
        self._trial = False

    @property
    def is_open(self) -> bool:
        with self._lock:
            return self._failures >= self.threshold and self._clock() < self._open_until
