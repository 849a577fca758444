"""Process CPU per logged record: the stdlib queue against piiredact's queue handler.

CPU is ``time.process_time()`` (every thread of this process: the callers *and* the
background worker) from the first logging call of a run until the handler has drained
and the target has written every record; it is what a service pays in capacity for its
logging. The records are a realistic mix: six templates repeating, half of the records
carry PII (fake names, SSNs, e-mails), a traceback every 50th record, formatted to
/dev/null. Rows:

  stdlib_queue             logging.handlers.QueueHandler + QueueListener -> handler (baseline)
  piiredact_regex          RedactingQueueHandler(backend="regex") -> the same handler
  piiredact_default        RedactingQueueHandler() (default backend) -> the same handler

Every run checks records written == records logged, and that no fake PII value reached
the output of a piiredact row (and that it did reach the stdlib row's, proving the check
works). Rows are interleaved over the repetitions; medians printed, in µs per record and
as a ratio to the stdlib queue (goal for the default backend: <= 2.5x).

Callers are paced (``--rate``, default 4,000 records/s in all) so the figure is the steady
cost of a service that logs, not the overload path (``--rate 0`` measures that one).

Run:  python benchmarks/cpu_per_record.py [--records 20000] [--repeat 3] [--threads 2] [--rate 4000] [--quick]
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import queue
import statistics
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from webapp_load import fake_person, leaked

from piiredact import RedactingQueueHandler

_ROUTES = ("/api/orders", "/api/cart", "/health", "/api/users/me", "/static/app.js")


class _CountingNull(logging.StreamHandler):  # type: ignore[type-arg]
    """Formats every record to /dev/null; keeps the texts, checked after the clock stops."""

    def __init__(self) -> None:
        super().__init__(open(os.devnull, "w", encoding="utf-8"))
        self.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(threadName)s %(message)s"))
        self.texts: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        text = self.format(record)
        self.stream.write(text + "\n")
        self.texts.append(text)


def _log_mix(log: logging.Logger, start: int, n: int, interval: float = 0.0) -> None:
    """``n`` records of the mix; half carry PII, six templates, a traceback every 50th.
    ``interval``: seconds between records (paced in bursts of 10, like a service)."""
    info = log.info
    t_next = time.perf_counter()
    for i in range(start, start + n):
        if interval and i % 10 == 0:
            t_next += interval * 10
            delay = t_next - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
        name, email, ssn = fake_person(i)
        k = i % 12
        if i % 50 == 49:
            try:
                raise ValueError(f"SSN {ssn} rejected")
            except ValueError:
                log.exception("Request %d failed for %s", i, email)
        elif k == 0:
            info("User %s signed in from %s", name, email)
        elif k == 1:
            info("Payment by %s, SSN %s, amount %d cents", name, ssn, i % 900)
        elif k == 2:
            info("Password reset mail sent to %s", email)
        elif k in (3, 4, 5):
            info("Customer %s viewed %s", name, _ROUTES[i % len(_ROUTES)])
        elif k in (6, 7, 8):
            info("GET %s 200 in %d ms", _ROUTES[i % len(_ROUTES)], i % 97)
        else:
            info("cache hit ratio %.2f for shard %d", (i % 100) / 100, i % 16)


def _stdlib(target: logging.Handler) -> tuple[logging.Handler, Callable[[], None]]:
    q: queue.SimpleQueue[logging.LogRecord] = queue.SimpleQueue()
    listener = logging.handlers.QueueListener(q, target)
    listener.start()
    return logging.handlers.QueueHandler(q), listener.stop


def _rqh(**opts: Any) -> Callable[[logging.Handler], tuple[logging.Handler, Callable[[], None]]]:
    def make(target: logging.Handler) -> tuple[logging.Handler, Callable[[], None]]:
        h = RedactingQueueHandler(handlers=[target], **opts)
        return h, h.close
    return make


ROWS: dict[str, Callable[[logging.Handler], tuple[logging.Handler, Callable[[], None]]]] = {
    "stdlib_queue": _stdlib,
    "piiredact_regex": _rqh(backend="regex"),
    "piiredact_default": _rqh(),
}


def run_row(tag: str, records: int, threads: int, warmup: int, rate: float) -> tuple[float, str]:
    """µs of process CPU per record, and the check verdict."""
    target = _CountingNull()
    handler, stop = ROWS[tag](target)
    log = logging.getLogger(f"cpu.{tag}")
    log.handlers[:] = [handler]
    log.propagate = False
    log.setLevel(logging.INFO)
    # warm-up (lazy model load, first-template costs), drained before the clock starts
    _log_mix(log, 10_000_000, warmup)
    if isinstance(handler, RedactingQueueHandler):
        handler.flush()
    else:
        while len(target.texts) < warmup:
            time.sleep(0.001)
    base = len(target.texts)
    per = records // threads
    ts = [threading.Thread(target=_log_mix, args=(log, t * per, per, threads / rate if rate else 0.0), name=f"caller-{t}") for t in range(threads)]
    c0 = time.process_time()
    for th in ts:
        th.start()
    for th in ts:
        th.join()
    stats = handler.stats() if isinstance(handler, RedactingQueueHandler) else {}
    stop()  # drains: the worker's CPU is counted
    c1 = time.process_time()
    target.close()
    texts = target.texts[base:]
    written = len(texts)
    raw = sum(1 for t in texts if leaked(t))
    logged = per * threads
    if tag == "stdlib_queue":
        verdict = "raw PII present (check works)" if raw else "CHECK BROKEN"
    else:
        verdict = "no raw PII" if raw == 0 else f"LEAK in {raw} records"
    if written != logged:
        verdict += f"; COUNT MISMATCH {written}/{logged}"
    if stats:
        verdict += f"  (degraded in callers: {stats.get('degraded', 0)}, queue depth max {stats.get('queue_depth_max')})"
    return (c1 - c0) / logged * 1e6, verdict


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--records", type=int, default=20_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--threads", type=int, default=2, help="caller threads")
    ap.add_argument("--rate", type=float, default=4000.0,
                    help="records/s over all callers (0 = flat out: then the queue overflows and the "
                         "degrade tier redacts in the callers, which is the overload cost, not the steady one)")
    ap.add_argument("--rows", default=",".join(ROWS))
    ap.add_argument("--quick", action="store_true", help="5,000 records, 1 repetition")
    args = ap.parse_args()
    if args.quick:
        args.records, args.repeat = 5_000, 1
    rows = [r.strip() for r in args.rows.split(",") if r.strip()]
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cpus, {args.records} records x {args.threads} "
          f"caller thread(s) at {args.rate:g} records/s, {args.repeat} interleaved repetition(s)")
    res: dict[str, list[float]] = {r: [] for r in rows}
    failed = 0
    for rep in range(args.repeat):
        for tag in rows:
            us, verdict = run_row(tag, args.records, args.threads, warmup=600, rate=args.rate)
            res[tag].append(us)
            failed += "LEAK" in verdict or "MISMATCH" in verdict or "BROKEN" in verdict
            print(f"  rep {rep} {tag:18} {us:7.1f} µs/record  {verdict}", flush=True)
    print(f"\nmedians over {args.repeat} repetition(s), process CPU per record (callers + worker):")
    base = statistics.median(res["stdlib_queue"]) if "stdlib_queue" in res else None
    for tag in rows:
        m = statistics.median(res[tag])
        ratio = f"  {m / base:.2f}x stdlib_queue" if base and tag != "stdlib_queue" else ""
        print(f"  {tag:18} {m:7.1f} µs{ratio}")
    if base and "piiredact_default" in res:
        r = statistics.median(res["piiredact_default"]) / base
        print(f"\ngoal (default backend <= 2.50x stdlib_queue): {r:.2f}x {'met' if r <= 2.5 else 'NOT met'}")
    if failed:
        print(f"\nCHECKS FAILED in {failed} run(s)")
        sys.exit(1)


if __name__ == "__main__":
    main()
