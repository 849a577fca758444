"""Test doubles for users testing their own logging setups with piiredact.

``FakeDetector`` finds fixed literal values (or anything a callable returns), with
injectable latency, failures, and a gate (``threading.Event``) to stall it
deterministically; it counts calls and batch sizes.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence

from ._exceptions import BackendError
from ._finding import Finding


class FakeDetector:
    """A deterministic :class:`~piiredact.Detector`.

    ``values`` maps literal strings to entity types: every occurrence is a finding
    with ``score``. ``latency`` sleeps per batch; ``fail`` (an exception instance, or
    a callable ``batch_no -> exception | None``) makes calls raise; ``gate`` blocks
    each call until the event is set.
    """

    def __init__(
        self,
        values: Mapping[str, str] | None = None,
        *,
        score: float = 0.99,
        latency: float = 0.0,
        fail: BaseException | Callable[[int], BaseException | None] | None = None,
        gate: threading.Event | None = None,
        name: str = "fake",
        entities: Iterable[str] | None = None,
    ) -> None:
        self.values = dict(values or {})
        self.score = score
        self.latency = latency
        self.fail = fail
        self.gate = gate
        self.name = name
        self.entities = frozenset(entities if entities is not None else set(self.values.values()))
        self.calls = 0
        self.batch_sizes: list[int] = []
        self._lock = threading.Lock()
        self._rx = (
            re.compile("|".join(re.escape(v) for v in sorted(self.values, key=len, reverse=True)))
            if self.values else None
        )

    def detect(self, texts: Sequence[str]) -> list[list[Finding]]:
        with self._lock:
            self.calls += 1
            call_no = self.calls
            self.batch_sizes.append(len(texts))
        if self.gate is not None:
            self.gate.wait()
        if self.latency:
            time.sleep(self.latency)
        err = self.fail(call_no) if callable(self.fail) else self.fail
        if err is not None:
            raise err
        out: list[list[Finding]] = []
        for t in texts:
            found = []
            if self._rx is not None:
                for m in self._rx.finditer(t):
                    found.append(Finding(m.start(), m.end(), self.values[m.group()], self.score, self.name))
            out.append(found)
        return out

    def close(self) -> None:
        """Nothing to release."""


class FailingDetector(FakeDetector):
    """A detector that raises :class:`~piiredact.BackendError` on every call."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(fail=BackendError("fake backend failure"), name="failing", **kwargs)  # type: ignore[arg-type]


__all__ = ["FailingDetector", "FakeDetector"]
