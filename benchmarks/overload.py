"""Overload must not cost names (issue 13.10): records falling back, names written raw.

Two overloads, through a real ``RedactingQueueHandler`` (default ``builtin`` backend,
default ``timeout=5.0``, default ``max_queue``) into an in-memory target:

  slow-records  ordinary records paced at --rate, plus five slow-to-analyse 100 KB
                ``Aa.Aa.…`` records spread over the run. The builtin is now linear on that
                token, so its old cost is simulated: the detector takes --slow seconds on a
                text over 50 KB (more than the 5 s budget by default), as it did before.
  flood         8 threads logging --flood records each, unpaced.

Each runs twice in one go: ``current`` (this design: name-aware builtin degrade tier in the
callers, large records analysed alone, name-blind answers re-redacted on the worker) and
``baseline`` (the previous design, emulated: regex degrade tier in the callers, every
batch takes whatever tier the guard answered with). Ordinary records are prose lines
whose person name the builtin finds and the regex tier does not (``met Ada Lovelace
today``); "names raw" counts delivered records that still contain their name.

    python benchmarks/overload.py                  # both overloads, both designs
    python benchmarks/overload.py --records 4000 --flood 2000 --slow 6
"""

from __future__ import annotations

import argparse
import logging
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from piiredact import Finding, RedactingQueueHandler, Redactor
from piiredact._queue import BackgroundQueue
from piiredact.backends import create_detector

NAMES = ("Alan Turing", "Grace Hopper", "Ada Lovelace", "Edsger Dijkstra", "Barbara Liskov",
         "Donald Knuth", "Margaret Hamilton", "Ken Thompson")
TEMPLATES = ("met {} today", "{} logged in from the portal", "call {} back about the refund")
SLOW_TOKEN = "Aa." * 34_000  # ~100 KB


class SlowOnLarge:
    """The builtin detector, taking ``slow`` seconds (CPU-bound) on any text over 50 KB."""

    name = "builtin"

    def __init__(self, slow: float) -> None:
        self._inner = create_detector("builtin")
        self.entities = self._inner.entities
        self.slow = slow

    def detect(self, texts: Sequence[str]) -> list[list[Finding]]:
        if any(len(t) > 50_000 for t in texts):
            end = time.perf_counter() + self.slow
            while time.perf_counter() < end:  # burn CPU like the old quadratic scan did
                sum(range(1000))
        return self._inner.detect(texts)

    def close(self) -> None:
        self._inner.close()


class BaselineQueue(BackgroundQueue):
    """The previous design: regex degrade tier, the guard's answer taken as it is."""

    def _redact_batch(self, payloads: list[Any]) -> list[Any]:
        result = self._redact(self.redactor, payloads, timeout=self.timeout)
        if result.tier != "primary":
            self.metrics.incr("name_blind_records", len(payloads))
        return list(result.values)


class Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def build(design: str, backend: Any) -> tuple[RedactingQueueHandler, Collect]:
    target = Collect()
    h = RedactingQueueHandler(handlers=[target], backend=backend, worker_name=f"piiredact-bench-{design}")
    if design == "baseline":
        old = h.queue
        old.close()
        regex = Redactor("regex", h.redactor.policy, fallback=None, metrics=h.metrics)
        h.queue = BaselineQueue(h.redactor, degrade=regex, metrics=h.metrics, name="piiredact-bench-base")
    return h, target


def ordinary(i: int) -> tuple[str, str]:
    name = NAMES[i % len(NAMES)]
    # distinct lines (a reference number), so no detector cache can make the flood cheap
    return TEMPLATES[(i // len(NAMES)) % len(TEMPLATES)].format(name) + f" (ref {i})", name


def slow_records(design: str, n: int, rate: float, slow: float) -> dict[str, Any]:
    h, target = build(design, SlowOnLarge(slow))
    log = logging.getLogger(f"bench.slow.{design}")
    log.propagate = False
    log.setLevel(logging.INFO)
    log.addHandler(h)
    every = max(1, n // 5)
    t0 = time.perf_counter()
    for i in range(n):
        if i % every == every // 2:
            log.info("token %s", SLOW_TOKEN)
        log.info("%s", ordinary(i)[0])
        ahead = (i + 1) / rate - (time.perf_counter() - t0)
        if ahead > 0:
            time.sleep(ahead)
    logged = time.perf_counter() - t0
    h.close()
    out = report(h, target, n)
    out["log_s"] = logged
    return out


def flood(design: str, per_thread: int, threads: int = 8) -> dict[str, Any]:
    h, target = build(design, "builtin")
    log = logging.getLogger(f"bench.flood.{design}")
    log.propagate = False
    log.setLevel(logging.INFO)
    log.addHandler(h)

    def work(t: int) -> None:
        for i in range(per_thread):
            log.info("%s", ordinary(t * per_thread + i)[0])

    ts = [threading.Thread(target=work, args=(t,)) for t in range(threads)]
    t0 = time.perf_counter()
    for th in ts:
        th.start()
    for th in ts:
        th.join()
    logged = time.perf_counter() - t0
    h.close()
    out = report(h, target, per_thread * threads)
    out["log_s"] = logged
    return out


def report(h: RedactingQueueHandler, target: Collect, n: int) -> dict[str, Any]:
    stats = h.stats()
    lines = [ln for ln in target.lines if not ln.startswith("token ")]
    raw = sum(1 for ln in lines if any(name in ln for name in NAMES))
    blind = int(stats.get("name_blind_records", 0))  # type: ignore[call-overload]
    degraded = int(stats.get("degraded", 0))  # type: ignore[call-overload]
    if isinstance(h.queue, BaselineQueue):
        blind += degraded  # the baseline's caller-side tier is the regex one
    return {"records": n, "delivered": len(lines), "degraded": degraded, "blind": blind,
            "fallbacks": int(stats.get("fallbacks", 0)),  # type: ignore[call-overload]
            "reredacted": int(stats.get("reredacted", 0)), "raw": raw}  # type: ignore[call-overload]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", type=int, default=6000, help="ordinary records in slow-records")
    ap.add_argument("--rate", type=float, default=400.0, help="records/s in slow-records")
    ap.add_argument("--slow", type=float, default=6.0, help="seconds per slow record (budget is 5)")
    ap.add_argument("--flood", type=int, default=5000, help="records per thread in flood (8 threads)")
    args = ap.parse_args(argv)
    rows = []
    for design in ("baseline", "current"):
        rows.append(("slow-records", design, slow_records(design, args.records, args.rate, args.slow)))
        rows.append(("flood", design, flood(design, args.flood)))
    print(f"{'overload':<13} {'design':<9} {'records':>8} {'delivered':>9} {'degraded':>8} "
          f"{'guard fb':>8} {'redone':>7} {'name-blind':>10} {'names raw':>9} {'raw %':>6} {'log s':>6}")
    for scenario, design, r in rows:
        pct = 100.0 * r["raw"] / max(1, r["records"])
        print(f"{scenario:<13} {design:<9} {r['records']:>8} {r['delivered']:>9} {r['degraded']:>8} "
              f"{r['fallbacks']:>8} {r['reredacted']:>7} {r['blind']:>10} {r['raw']:>9} {pct:>5.1f}% "
              f"{r['log_s']:>6.1f}")
    print("name-blind: records answered by a tier that cannot see names (regex fallback, regex degrade);"
          " target: names raw <= 1% of records. log s: wall time of the logging calls (paced in"
          " slow-records; the flood's cost in time)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
