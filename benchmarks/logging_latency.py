"""Caller-side latency of ``logger.info("User %s, SSN %s, opened an account", name, ssn)``.

Rows (each writes real files, then checks records logged == records written, in order):

  plain            logging.StreamHandler on a file (no redaction, synchronous)
  stdlib-queue     logging.handlers.QueueHandler + QueueListener -> the same file handler (baseline)
  filter-regex     RedactingFilter(backend="regex") on the file handler (synchronous redaction)
  rqh-regex        RedactingQueueHandler(backend="regex") -> file handler
  rqh-slow50ms     RedactingQueueHandler over FakeDetector(latency=0.05): 50 ms per batch

Callers are paced (open loop, a fixed rate per thread) so the figure is the latency of
one logging call in a running service, not a saturation test. Only the logger.info call
is timed (perf_counter_ns). Ratios printed at the end:

  rqh-regex p99 / stdlib-queue p99          target <= 1.5
  rqh-slow50ms p99.9 / rqh-regex p99.9      target <= 2.0

Run:  python benchmarks/logging_latency.py [--records 4000] [--rate 2000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import queue
import re
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from piiredact import RedactingFilter, RedactingQueueHandler
from piiredact.testing import FakeDetector

SSN = "123-45-6789"
_ID = re.compile(r"\((\d+):(\d+)\)")


@dataclass
class Setup:
    logger: logging.Logger
    finish: Callable[[], dict[str, object]]  # drain + close; returns stats (may be empty)


def _file_handler(path: str) -> logging.StreamHandler:  # type: ignore[type-arg]
    h = logging.StreamHandler(open(path, "w", encoding="utf-8"))
    h.setFormatter(logging.Formatter("%(threadName)s %(message)s"))
    return h


def _logger(name: str, handler: logging.Handler) -> logging.Logger:
    lg = logging.getLogger(f"bench.{name}")
    lg.handlers[:] = [handler]
    lg.propagate = False
    lg.setLevel(logging.INFO)
    return lg


def _close_file(h: logging.StreamHandler) -> None:  # type: ignore[type-arg]
    h.flush()
    h.stream.close()
    h.close()


def setup_plain(path: str) -> Setup:
    fh = _file_handler(path)
    return Setup(_logger("plain", fh), lambda: (_close_file(fh), {})[1])


def setup_stdlib_queue(path: str) -> Setup:
    fh = _file_handler(path)
    q: queue.Queue[logging.LogRecord] = queue.Queue(-1)
    qh = logging.handlers.QueueHandler(q)
    listener = logging.handlers.QueueListener(q, fh)
    listener.start()

    def finish() -> dict[str, object]:
        listener.stop()
        _close_file(fh)
        qh.close()
        return {}
    return Setup(_logger("stdlib", qh), finish)


def setup_filter(path: str) -> Setup:
    fh = _file_handler(path)
    flt = RedactingFilter(backend="regex")
    fh.addFilter(flt)

    def finish() -> dict[str, object]:
        _close_file(fh)
        return flt.stats()
    return Setup(_logger("filter", fh), finish)


def _setup_rqh(path: str, name: str, **opts: object) -> Setup:
    fh = _file_handler(path)
    rqh = RedactingQueueHandler(handlers=[fh], **opts)  # type: ignore[arg-type]

    def finish() -> dict[str, object]:
        rqh.close()
        _close_file(fh)
        return rqh.stats()
    return Setup(_logger(name, rqh), finish)


def setup_rqh_regex(path: str) -> Setup:
    return _setup_rqh(path, "rqh", backend="regex")


def setup_rqh_slow(path: str) -> Setup:
    slow = FakeDetector({"Alice Smith": "NAME", SSN: "SSN"}, latency=0.05)
    return _setup_rqh(path, "rqh-slow", backend=slow)


ROWS: list[tuple[str, Callable[[str], Setup]]] = [
    ("plain", setup_plain),
    ("stdlib-queue", setup_stdlib_queue),
    ("filter-regex", setup_filter),
    ("rqh-regex", setup_rqh_regex),
    ("rqh-slow50ms", setup_rqh_slow),
]


def run_row(make: Callable[[str], Setup], threads: int, per_thread: int, rate: float,
            tmp: str, tag: str) -> tuple[list[int], str, dict[str, object]]:
    path = os.path.join(tmp, f"{tag}-{threads}.log")
    setup = make(path)
    log = setup.logger
    lat: list[list[int]] = [[] for _ in range(threads)]
    interval = threads / rate  # each thread's share of the total rate
    start = threading.Barrier(threads)

    def work(t: int) -> None:
        out = lat[t]
        info = log.info
        clock = time.perf_counter_ns
        start.wait()
        t_next = time.perf_counter()
        for i in range(per_thread):
            name = f"Alice Smith ({t}:{i})"
            t0 = clock()
            info("User %s, SSN %s, opened an account", name, SSN)
            out.append(clock() - t0)
            t_next += interval
            delay = t_next - time.perf_counter()
            if delay > 0:
                time.sleep(delay)

    ts = [threading.Thread(target=work, args=(t,), name=f"T{t}") for t in range(threads)]
    for th in ts:
        th.start()
    for th in ts:
        th.join()
    stats = setup.finish()
    return [x for per in lat for x in per], _check(path, threads, per_thread), stats


def _check(path: str, threads: int, per_thread: int) -> str:
    """Every record written once, per-thread order kept, no raw SSN in the file."""
    seqs: dict[int, list[int]] = {t: [] for t in range(threads)}
    raw = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = _ID.search(line)
            if m:
                seqs[int(m.group(1))].append(int(m.group(2)))
            raw += SSN in line
    ok = all(s == list(range(per_thread)) for s in seqs.values())
    written = sum(len(s) for s in seqs.values())
    return f"{written}/{threads * per_thread} {'in-order' if ok else 'ORDER/COUNT MISMATCH'} raw_ssn={raw}"


def exception_cost(tmp: str, n: int) -> None:
    """Caller cost of log.exception: the traceback is rendered in the caller in both the stdlib
    QueueHandler (prepare() formats the record) and RedactingQueueHandler (frames die with the call)."""
    def chained() -> None:
        try:
            raise ValueError("inner failure for 123-45-6789")
        except ValueError as e:
            raise RuntimeError("outer failure") from e

    print(f"\nexception records (1 thread, {n} x log.exception with a chained exception)")
    base = None
    for tag, make in (("stdlib-queue", setup_stdlib_queue), ("rqh-regex", setup_rqh_regex)):
        setup = make(os.path.join(tmp, f"exc-{tag}.log"))
        lat: list[int] = []
        for _ in range(n):
            try:
                chained()
            except RuntimeError:
                t0 = time.perf_counter_ns()
                setup.logger.exception("request failed for %s", "Alice Smith")
                lat.append(time.perf_counter_ns() - t0)
            time.sleep(0.0005)
        setup.finish()
        p50, p99 = pct(lat, 0.5), pct(lat, 0.99)
        ratio = "" if base is None else f"  (p50 ratio to stdlib-queue {p50 / base:.2f})"
        base = p50 if base is None else base
        print(f"  {tag:14} p50 {p50:7.1f} µs  p99 {p99:7.1f} µs{ratio}")


def pct(xs: list[int], q: float) -> float:
    s = sorted(xs)
    return s[min(len(s) - 1, int(q * len(s)))] / 1000.0  # µs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=4000, help="records per run (split across threads)")
    ap.add_argument("--rate", type=float, default=2000.0, help="total records per second (all threads)")
    ap.add_argument("--threads", default="1,8")
    ap.add_argument("--repeat", type=int, default=3, help="interleaved repeats per row (samples pooled)")
    args = ap.parse_args()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cpus, records/run={args.records}, "
          f"rate={args.rate:.0f}/s, switchinterval={sys.getswitchinterval() * 1000:.0f}ms")
    res: dict[tuple[str, int], tuple[float, float, float]] = {}
    thread_counts = [int(x) for x in args.threads.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        for threads in thread_counts:
            per = args.records // threads
            print(f"\n{threads} thread(s) x {per} records x {args.repeat} interleaved repeats")
            print(f"  {'row':14} {'p50 µs':>8} {'p99 µs':>8} {'p99.9 µs':>9} {'mean µs':>8}  written (every repeat)"
                  "                  queue stats")
            samples: dict[str, list[int]] = {tag: [] for tag, _ in ROWS}
            checks: dict[str, list[str]] = {tag: [] for tag, _ in ROWS}
            extras: dict[str, str] = {}
            # Rows interleaved within each repeat, so bursts of noise from other processes on
            # the machine spread over all rows instead of hitting one.
            for rep in range(args.repeat):
                for tag, make in ROWS:
                    lat, check, stats = run_row(make, threads, per, args.rate, tmp, f"{tag}-{rep}")
                    samples[tag].extend(lat)
                    checks[tag].append(check)
                    if stats:
                        extras[tag] = (f"degraded={stats.get('degraded', 0)} "
                                       f"fallbacks={stats.get('fallbacks', 0)} "
                                       f"depth_max={stats.get('queue_depth_max', '-')}")
            for tag, _ in ROWS:
                lat = samples[tag]
                p50, p99, p999 = pct(lat, 0.50), pct(lat, 0.99), pct(lat, 0.999)
                res[(tag, threads)] = (p50, p99, p999)
                check = checks[tag][0] if len(set(checks[tag])) == 1 else " / ".join(checks[tag])
                print(f"  {tag:14} {p50:8.1f} {p99:8.1f} {p999:9.1f} {statistics.fmean(lat) / 1000:8.1f}  "
                      f"{check:40} {extras.get(tag, '')}")
        exception_cost(tmp, 1000)
    print("\nratios (same run):")
    for threads in thread_counts:
        r1 = res[("rqh-regex", threads)][1] / res[("stdlib-queue", threads)][1]
        r2 = res[("rqh-slow50ms", threads)][2] / res[("rqh-regex", threads)][2]
        r3 = res[("filter-regex", threads)][1] / res[("stdlib-queue", threads)][1]
        print(f"  {threads} thread(s): rqh-regex p99 / stdlib-queue p99 = {r1:.2f} (target <= 1.5)   "
              f"rqh-slow50ms p99.9 / rqh-regex p99.9 = {r2:.2f} (target <= 2.0)   "
              f"[filter-regex p99 / stdlib-queue p99 = {r3:.2f}]")


if __name__ == "__main__":
    main()
