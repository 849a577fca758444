"""Value-free counters: numbers about records and findings, never their text."""

from __future__ import annotations

import bisect
import threading
from collections.abc import Mapping

# Upper bounds (seconds) of the latency histogram buckets.
_LATENCY_BUCKETS: tuple[float, ...] = (
    0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1.0, 5.0, float("inf"),
)


class Metrics:
    """Thread-safe counters, high-water marks and histograms.

    Names are fixed strings chosen by piiredact (``records_in``, ``findings.SSN``,
    ``fallbacks``, ...); no method accepts or stores analysed text.
    """

    __slots__ = ("_counters", "_highs", "_hists", "_lock")

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counters: dict[str, int] = {}
        self._highs: dict[str, float] = {}
        self._hists: dict[str, list[int]] = {}

    def incr(self, name: str, n: int = 1) -> None:
        with self._lock:
            self._counters[name] = self._counters.get(name, 0) + n

    def add_all(self, counts: Mapping[str, int], prefix: str = "") -> None:
        with self._lock:
            for k, v in counts.items():
                key = prefix + k
                self._counters[key] = self._counters.get(key, 0) + v

    def high_water(self, name: str, value: float) -> None:
        with self._lock:
            if value > self._highs.get(name, float("-inf")):
                self._highs[name] = value

    def observe(self, name: str, seconds: float) -> None:
        i = bisect.bisect_left(_LATENCY_BUCKETS, seconds)
        with self._lock:
            hist = self._hists.get(name)
            if hist is None:
                hist = self._hists[name] = [0] * len(_LATENCY_BUCKETS)
            hist[i] += 1

    def get(self, name: str) -> int:
        with self._lock:
            return self._counters.get(name, 0)

    def snapshot(self) -> dict[str, object]:
        """A plain dict: counters, ``*_max`` high-water marks, ``*_hist`` {bucket_le: count}."""
        with self._lock:
            out: dict[str, object] = dict(sorted(self._counters.items()))
            for k, v in sorted(self._highs.items()):
                out[f"{k}_max"] = v
            for k, hist in sorted(self._hists.items()):
                out[f"{k}_hist"] = {
                    ("+Inf" if b == float("inf") else str(b)): c for b, c in zip(_LATENCY_BUCKETS, hist)
                }
            return out
