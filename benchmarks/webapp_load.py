"""A busy web service with piiredact in its logging: requests/s and p99 against the stdlib queue.

A small WSGI app under gunicorn (``gthread``, 1 worker x 8 threads) logs two INFO records
per request carrying fake names, SSNs and e-mails, and a traceback (whose exception text
holds an SSN) every 50th request. ``wrk -t2 -c16`` drives it over 127.0.0.1 for a fixed
duration. Modes, interleaved in every repetition (noise from the machine spreads over all):

  stdlib_queue             logging.handlers.QueueHandler + QueueListener -> FileHandler (baseline)
  piiredact_queue          RedactingQueueHandler(backend="regex") -> the same FileHandler
  piiredact_queue_default  RedactingQueueHandler() (default backend) -> the same FileHandler

Each run checks that records written == records logged (counted by the app itself) and that
no fake PII value is in the file -- and that the values ARE in the stdlib mode's file, which
proves the check can see them. Printed: medians over the repetitions of requests/s and of
wrk's p99 latency, and their ratios to the stdlib queue (goals: >= 0.9x requests/s, <= 1.5x p99
for the default backend). Loopback only; needs ``wrk`` (Debian package) and gunicorn.

Run:  python benchmarks/webapp_load.py [--quick] [--duration 5] [--repeat 3] [--modes a,b]
"""

from __future__ import annotations

import argparse
import atexit
import itertools
import logging
import logging.handlers
import os
import queue
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Callable, Iterable
from typing import Any

MODES = ("stdlib_queue", "piiredact_queue", "piiredact_queue_default")
# Experiment (off the GIL), only with --modes: the default backend's detection in a separate
# process; the service's process pays pickling and a pipe instead of the detection.
EXPERIMENTS = ("piiredact_queue_process",)

# Fake people, varied per request (a service rarely logs the same text twice, so caches of
# whole texts do not flatter the figures): 50 given names x 26 middle initials x 50 surnames
# (65,000 people, picked by a multiplicative hash of the request number, so a 5 s run of ~25,000
# records meets most people once), e-mails with a per-person number, SSNs valid in shape.
_FIRST = ("Alice", "Robert", "Maria", "David", "Sarah", "James", "Linda", "Michael", "Emily", "Daniel",
          "Olivia", "Thomas", "Sophia", "Kevin", "Laura", "Brian", "Megan", "Steven", "Rachel", "Jason",
          "Priya", "Ahmed", "Chen", "Fatima", "Lucas", "Ingrid", "Mateo", "Aisha", "Kenji", "Elena",
          "Tomasz", "Chloe", "Rahul", "Beatriz", "Oskar", "Nadia", "Hiroshi", "Amara", "Felix", "Yasmin",
          "Dmitri", "Grace", "Samuel", "Leila", "Patrick", "Sienna", "Omar", "Hannah", "Diego", "Freya")
_LAST = ("Johnson", "Miller", "Garcia", "Thompson", "Wilson", "Anderson", "Martinez", "Brown", "Taylor",
         "Moore", "Jackson", "White", "Harris", "Clark", "Lewis", "Walker", "Young", "Allen", "King", "Wright",
         "Nakamura", "Kowalski", "Okafor", "Lindqvist", "Fernandes", "Haddad", "Petrov", "Schneider", "Rossi",
         "Dubois", "Novak", "Gupta", "Tanaka", "Mensah", "Jensen", "Moreau", "Ibrahim", "Santos", "Keller",
         "Nguyen", "Horvath", "Sullivan", "Bergstrom", "Castillo", "Oyelaran", "Fischer", "Romano", "Duarte",
         "Kaplan", "Whitfield")
_PEOPLE = len(_FIRST) * 26 * len(_LAST)
# (half a name is a leak too: the given name before its initial, the surname after it)
_LEAK_RE = re.compile(
    r"\b\d{3}-\d{2}-\d{4}\b|[\w.]+@example\.(?:com|org|net)|\b(?:" + "|".join(_FIRST) + r") [A-Z]\."
    r"|\b[A-Z]\. (?:" + "|".join(_LAST) + r")\b"
)


def fake_person(i: int) -> tuple[str, str, str]:
    """(name, e-mail, SSN) number ``i``: deterministic, varied, fake."""
    who = (i * 40503 + 17) % _PEOPLE  # (40503 is prime to _PEOPLE: every person, in a scattered order)
    first, rest = _FIRST[who % len(_FIRST)], who // len(_FIRST)
    middle, last = chr(ord("A") + rest % 26), _LAST[rest // 26]
    area = 100 + i % 599
    area = 667 if area == 666 else area
    ssn = f"{area:03d}-{1 + (i // 7) % 99:02d}-{1000 + (i * 37) % 9000:04d}"
    email = f"{first.lower()}.{last.lower()}{who % 1000}@example.{('com', 'org', 'net')[i % 3]}"
    return f"{first} {middle}. {last}", email, ssn


def leaked(text: str) -> int:
    """How many fake PII values (SSN-shaped, fake e-mails, fake full names) are in ``text``."""
    return len(_LEAK_RE.findall(text))


_MARK = "REC "  # every record's first line starts with it (tracebacks add lines without it)


# -- the app (runs inside the gunicorn worker) ------------------------------------------


def _file_handler(path: str) -> logging.FileHandler:
    fh = logging.FileHandler(path, encoding="utf-8")
    fh.setFormatter(logging.Formatter(_MARK + "%(levelname)s %(name)s %(message)s"))
    return fh


def _setup_logging(mode: str, path: str) -> tuple[logging.Handler, Callable[[], None], Callable[[], str]]:
    """(the handler the app logs to, stop at exit, "backlog depth_max degraded" now)."""
    fh = _file_handler(path)
    if mode == "stdlib_queue":
        q: queue.SimpleQueue[logging.LogRecord] = queue.SimpleQueue()
        listener = logging.handlers.QueueListener(q, fh)
        listener.start()

        def stop() -> None:
            listener.stop()
            fh.close()
        return logging.handlers.QueueHandler(q), stop, lambda: f"{q.qsize()} - 0"
    from piiredact import RedactingQueueHandler

    opts: dict[str, Any] = {"backend": "regex"} if mode == "piiredact_queue" else {}
    rqh = RedactingQueueHandler(handlers=[fh], **opts)
    if mode == "piiredact_queue_process":
        rqh.queue._redact = _ProcessRedact()  # experiment: private hook of the queue

    def stop_rqh() -> None:
        rqh.close()
        fh.close()

    def pending() -> str:
        st = rqh.stats()
        return f"{st['queue_depth']} {st['queue_depth_max']} {st['degraded']}"
    return rqh, stop_rqh, pending


_child_redactor: Any = None


def _child_redact(payloads: list[Any]) -> list[Any]:
    """In the detection process: the default redactor, built once."""
    global _child_redactor
    if _child_redactor is None:
        from piiredact import build_redactor

        _child_redactor = build_redactor()
    return list(_child_redactor.redact_values_result(payloads, timeout=None).values)


class _ProcessRedact:
    """A RedactFn that runs each batch in one child process (forkserver), in order."""

    def __init__(self) -> None:
        self._pool: Any = None
        self._lock = threading.Lock()

    def __call__(self, redactor: Any, payloads: list[Any], *, timeout: Any = None) -> Any:
        from piiredact import RedactionResult

        if not threading.current_thread().name.startswith("piiredact"):
            # the degrade tier in a caller thread (overload): in-process, never wait on the pipe
            return redactor.redact_values_result([tuple(p[:4]) for p in payloads], timeout=timeout)
        with self._lock:
            if self._pool is None:
                import multiprocessing

                self._pool = multiprocessing.get_context("forkserver").Pool(1)
            values = self._pool.apply(_child_redact, ([tuple(p[:4]) for p in payloads],))
        return RedactionResult(values, "primary", None)


def create_app() -> Callable[..., Iterable[bytes]]:
    """gunicorn factory (``webapp_load:create_app()``); configured by WEBAPP_MODE / WEBAPP_LOG."""
    mode = os.environ["WEBAPP_MODE"]
    path = os.environ["WEBAPP_LOG"]
    handler, stop, pending = _setup_logging(mode, path)
    log = logging.getLogger("webapp")
    log.handlers[:] = [handler]
    log.propagate = False
    log.setLevel(logging.INFO)
    atexit.register(stop)
    counter = itertools.count()
    logged = [0]
    lock = threading.Lock()

    def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        route = environ.get("PATH_INFO", "/")
        if route == "/ping":
            start_response("200 OK", [("Content-Type", "text/plain")])
            return [b"ok"]
        if route == "/pending":
            start_response("200 OK", [("Content-Type", "text/plain")])
            return [pending().encode()]
        if route == "/count":
            start_response("200 OK", [("Content-Type", "text/plain")])
            with lock:
                return [str(logged[0]).encode()]
        n = next(counter)
        name, email, ssn = fake_person(n)
        log.info("User %s signed in from %s", name, email)
        log.info("Payment by %s, SSN %s, amount %d cents", name, ssn, 100 + n % 900)
        k = 2
        if n % 50 == 49:
            try:
                raise ValueError(f"SSN {ssn} rejected by the payment provider")
            except ValueError:
                log.exception("Request %d failed for %s", n, email)
            k = 3
        with lock:
            logged[0] += k
        body = b"<html><body>ok</body></html>"
        start_response("200 OK", [("Content-Type", "text/html"), ("Content-Length", str(len(body)))])
        return [body]

    return app


# -- the driver -------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str, timeout: float = 2.0) -> str:
    with urllib.request.urlopen(url, timeout=timeout) as r:  # loopback only
        return str(r.read().decode())


def _wait_ready(url: str, proc: subprocess.Popen[bytes], limit: float = 60.0) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"gunicorn exited with {proc.returncode} before serving")
        try:
            _get(url + "/ping", 1.0)
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("gunicorn did not answer in time")


_UNIT = {"us": 1e-3, "ms": 1.0, "s": 1000.0}


def _parse_wrk(out: str) -> tuple[float, float, int]:
    """(requests/s, p99 in ms, socket errors) from ``wrk --latency`` output."""
    rps = float(re.search(r"Requests/sec:\s*([\d.]+)", out).group(1))  # type: ignore[union-attr]
    m = re.search(r"^\s*99%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
    p99 = float(m.group(1)) * _UNIT[m.group(2)] if m else float("nan")
    errs = sum(int(x) for x in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    non2xx = re.search(r"Non-2xx or 3xx responses:\s*(\d+)", out)
    return rps, p99, errs + (int(non2xx.group(1)) if non2xx else 0)


def _check_file(path: str, mode: str, logged: int) -> tuple[int, str]:
    with open(path, encoding="utf-8") as f:
        text = f.read()
    written = sum(1 for line in text.splitlines() if line.startswith(_MARK))
    present = leaked(text)
    if mode == "stdlib_queue":
        verdict = "raw PII present (check works)" if present else "CHECK BROKEN: no raw PII in baseline"
    else:
        verdict = "no raw PII" if not present else f"LEAK: {present} fake values in the file"
    if written != logged:
        verdict += f"; COUNT MISMATCH written={written} logged={logged}"
    return written, verdict


def run_once(mode: str, duration: float, tmp: str, rep: int, wrk_threads: int, conns: int) -> dict[str, Any]:
    path = os.path.join(tmp, f"{mode}-{rep}.log")
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    env = dict(os.environ, WEBAPP_MODE=mode, WEBAPP_LOG=path)
    here = os.path.dirname(os.path.abspath(__file__))
    cmd = [sys.executable, "-m", "gunicorn", "--worker-class", "gthread", "--workers", "1", "--threads", "8",
           "--bind", f"127.0.0.1:{port}", "--log-level", "warning", "--graceful-timeout", "60",
           "--chdir", here, "webapp_load:create_app()"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _wait_ready(url, proc)
        # warm-up: lazy model loading and first-record costs are not the service's steady state
        subprocess.run(["wrk", "-t1", "-c2", "-d1s", url + "/"], capture_output=True, check=True)
        before = int(_get(url + "/count"))
        out = subprocess.run(["wrk", f"-t{wrk_threads}", f"-c{conns}", f"-d{duration:g}s", "--latency", url + "/"],
                             capture_output=True, text=True, check=True).stdout
        time.sleep(0.3)  # the last responses' threads finish their logging calls
        logged = int(_get(url + "/count"))
        # Work the handler deferred past the load window is a cost too: the backlog left and
        # how long it takes to drain (the stdlib listener is measured the same way).
        t_end = time.monotonic()
        backlog, depth_max, degraded = _get(url + "/pending").split()
        while _get(url + "/pending").split()[0] != "0" and time.monotonic() - t_end < 120:
            time.sleep(0.05)
        drain = time.monotonic() - t_end
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            _, err = proc.communicate(timeout=90)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, err = proc.communicate()
    rps, p99, errors = _parse_wrk(out)
    written, verdict = _check_file(path, mode, logged)
    if proc.returncode not in (0, -signal.SIGTERM):
        verdict += f"; gunicorn exit {proc.returncode}: {err.decode(errors='replace')[-300:]!r}"
    os.unlink(path)
    return {"rps": rps, "p99": p99, "errors": errors, "logged": logged, "measured": logged - before,
            "written": written, "verdict": verdict, "backlog": int(backlog), "drain": drain,
            "depth_max": depth_max, "degraded": degraded}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--duration", type=float, default=5.0, help="seconds of load per run (wrk -d)")
    ap.add_argument("--repeat", type=int, default=3, help="interleaved repetitions; medians are printed")
    ap.add_argument("--modes", default=",".join(MODES))
    ap.add_argument("--connections", type=int, default=16)
    ap.add_argument("--wrk-threads", type=int, default=2)
    ap.add_argument("--quick", action="store_true", help="2 s runs, 1 repetition")
    args = ap.parse_args()
    if args.quick:
        args.duration, args.repeat = 2.0, 1
    if shutil.which("wrk") is None:
        sys.exit("webapp_load: wrk not found (apt-get install wrk)")
    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    bad = [m for m in modes if m not in MODES + EXPERIMENTS]
    if bad:
        sys.exit(f"webapp_load: unknown mode(s) {bad}; choose from {list(MODES)}")
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cpus, gunicorn gthread 1x8, "
          f"wrk -t{args.wrk_threads} -c{args.connections} -d{args.duration:g}s, {args.repeat} interleaved repetition(s)")
    res: dict[str, list[dict[str, Any]]] = {m: [] for m in modes}
    with tempfile.TemporaryDirectory() as tmp:
        for rep in range(args.repeat):
            for mode in modes:
                r = run_once(mode, args.duration, tmp, rep, args.wrk_threads, args.connections)
                res[mode].append(r)
                print(f"  rep {rep} {mode:24} {r['rps']:8.0f} req/s  p99 {r['p99']:7.2f} ms  "
                      f"records {r['written']}/{r['logged']}  backlog {r['backlog']} (drained in {r['drain']:.2f} s, "
                      f"depth_max {r['depth_max']}, degraded {r['degraded']})  errors {r['errors']}  {r['verdict']}",
                      flush=True)
    print(f"\nmedians over {args.repeat} repetition(s):")
    med = {m: (statistics.median(r["rps"] for r in rs), statistics.median(r["p99"] for r in rs))
           for m, rs in res.items()}
    base = med.get("stdlib_queue")
    for m in modes:
        rps, p99 = med[m]
        ratio = ""
        if base is not None and m != "stdlib_queue":
            ratio = f"   req/s {rps / base[0]:.2f}x   p99 {p99 / base[1]:.2f}x  (vs stdlib_queue)"
        print(f"  {m:24} {rps:8.0f} req/s  p99 {p99:7.2f} ms{ratio}")
    if base is not None and "piiredact_queue_default" in med:
        rps, p99 = med["piiredact_queue_default"]
        print(f"\ngoal (default backend): req/s >= 0.90x -> {rps / base[0]:.2f}x "
              f"{'met' if rps / base[0] >= 0.9 else 'NOT met'};  p99 <= 1.50x -> {p99 / base[1]:.2f}x "
              f"{'met' if p99 / base[1] <= 1.5 else 'NOT met'}")
    failed = [r["verdict"] for rs in res.values() for r in rs
              if "LEAK" in r["verdict"] or "MISMATCH" in r["verdict"] or "BROKEN" in r["verdict"]]
    if failed:
        print(f"\nCHECKS FAILED in {len(failed)} run(s)")
        sys.exit(1)


if __name__ == "__main__":
    main()
