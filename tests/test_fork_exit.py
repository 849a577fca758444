"""Fork, exit and signal paths of the logging queue, each in a real child process.

Every test runs a fresh interpreter (``subprocess``) so the process's own exit path —
``os._exit`` in a multiprocessing child, SIGTERM, a hung backend at shutdown — is the one
under test. The subprocess timeout is a watchdog: a hang fails the test instead of the suite.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SSN = "123-45-6789"

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")

# Shared head of the child scripts: a queue handler whose worker only closes a batch after
# 60 s (max_delay) unless flushed, so whatever is not drained explicitly is still queued.
HEAD = textwrap.dedent(f"""
    import logging, os, signal, sys, threading, time
    from piiredact import RedactingQueueHandler
    from piiredact.testing import FakeDetector
    SSN = {SSN!r}
    def handler(path, **kw):
        fh = logging.FileHandler(path)
        fh.setFormatter(logging.Formatter("%(message)s"))
        kw.setdefault("max_delay", 60)
        h = RedactingQueueHandler(handlers=[fh], backend=FakeDetector({{SSN: "SSN"}}), **kw)
        root = logging.getLogger()
        root.addHandler(h)
        root.setLevel(logging.INFO)
        return h
""")


def run(script: str, cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    (cwd / "child.py").write_text(HEAD + textwrap.dedent(script))  # a file: spawn re-imports it
    return subprocess.run([sys.executable, "child.py"], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=timeout)


def lines(path: Path) -> list[str]:
    return path.read_text().splitlines() if path.exists() else []


@pytest.mark.parametrize("method", ["fork", "forkserver", "spawn"])
@pytest.mark.parametrize("kind", ["process", "pool"])
def test_multiprocessing_children_deliver_their_queued_records(tmp_path: Path, kind: str, method: str) -> None:
    """A Process / Pool worker forked (fork, forkserver) ends with os._exit, skipping atexit:
    its queued records are drained by a multiprocessing finalizer (they used to be lost: 0 of
    N). A spawned one exits normally; checked too."""
    result = run(f"""
        import multiprocessing as mp
        h = handler("out.log")
        def work(i):
            for j in range(100):
                logging.info("child %d rec %d ssn %s", i, j, SSN)
            return i
        if __name__ == "__main__":
            ctx = mp.get_context({method!r})
            if {kind!r} == "process":
                ps = [ctx.Process(target=work, args=(i,)) for i in range(4)]
                for p in ps: p.start()
                for p in ps: p.join()
                codes = [p.exitcode for p in ps]
            else:
                pool = ctx.Pool(2)
                codes = [0 for _ in pool.map(work, range(4))]
                pool.close(); pool.join()
            logging.info("parent done")
            print(codes)
    """, tmp_path)
    assert 0 == result.returncode, result.stderr
    assert "[0, 0, 0, 0]" == result.stdout.strip()
    got = lines(tmp_path / "out.log")
    assert 401 == len(got)
    for i in range(4):
        assert [f"child {i} rec {j} ssn ***********" for j in range(100)] == [
            ln for ln in got if ln.startswith(f"child {i} ")]
    assert SSN not in "\n".join(got)


def test_fork_while_the_parent_logs_never_hangs_a_child(tmp_path: Path) -> None:
    """Children forked while the parent's worker writes to a target (one holding its own
    lock) must not inherit that lock held: every child logs, exits 0, loses nothing."""
    result = run("""
        import warnings
        warnings.simplefilter("ignore", DeprecationWarning)  # 3.12+: fork() with threads
        class SlowFile(logging.Handler):
            # a target with a private lock: logging's at-fork hook cannot reinitialise it
            def __init__(self, path):
                super().__init__()
                self.path, self.io_lock = path, threading.Lock()
            def emit(self, record):
                with self.io_lock:
                    time.sleep(0.001)
                    with open(self.path, "a") as f:
                        f.write(self.format(record) + "\\n")
        h = RedactingQueueHandler(handlers=[SlowFile("out.log")], backend="builtin", max_batch=8,
                                  max_delay=0.001)
        log = logging.getLogger("busy")
        log.addHandler(h)
        log.setLevel(logging.INFO)
        log.propagate = False
        log.info("warm up Alan Turing")  # model and lexicon loaded before any fork (their
        h.flush()                         # module locks are the name detector's to reset)
        stop = threading.Event()
        def chatter(t):
            i = 0
            while not stop.is_set():
                log.info("parent %d %d Alan Turing ssn %s", t, i, SSN)
                i += 1
        threads = [threading.Thread(target=chatter, args=(t,)) for t in range(2)]
        for t in threads: t.start()
        pids = []
        for c in range(20):
            time.sleep(0.02)
            pid = os.fork()
            if pid == 0:
                for j in range(3):
                    log.info("child %d rec %d ssn %s", c, j, SSN)
                ok = h.queue.close()
                os._exit(0 if ok else 3)
            pids.append(pid)
        stop.set()
        for t in threads: t.join()
        deadline, codes = time.monotonic() + 60, {}
        while pids and time.monotonic() < deadline:
            for pid in list(pids):
                done, status = os.waitpid(pid, os.WNOHANG)
                if done:
                    codes[pid] = os.waitstatus_to_exitcode(status)
                    pids.remove(pid)
            time.sleep(0.05)
        for pid in pids:  # still running: hung
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        h.close()
        print(len(pids), sorted(set(codes.values())))
    """, tmp_path, timeout=180)
    assert 0 == result.returncode, result.stderr
    assert "0 [0]" == result.stdout.strip()  # no hung child, every child exited 0
    got = lines(tmp_path / "out.log")
    children = [ln for ln in got if ln.startswith("child ")]
    assert "Alan Turing" not in "\n".join(got)
    assert sorted(f"child {c} rec {j} ssn ***********" for c in range(20) for j in range(3)) == sorted(children)
    assert SSN not in "\n".join(got)


def test_sigterm_flush_is_opt_in_and_delivers_everything(tmp_path: Path) -> None:
    """With flush_on_sigterm=True a SIGTERM delivers every queued record, then the process
    still dies by SIGTERM (default disposition kept: status -15)."""
    result = run("""
        h = handler("out.log", flush_on_sigterm=True)
        for i in range(5000):
            logging.info("rec %d ssn %s", i, SSN)
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(60)
        print("not reached")
    """, tmp_path)
    assert -signal.SIGTERM == result.returncode
    assert "not reached" not in result.stdout
    assert [f"rec {i} ssn ***********" for i in range(5000)] == lines(tmp_path / "out.log")


def test_sigterm_flush_chains_the_existing_handler(tmp_path: Path) -> None:
    """An application's own SIGTERM handler still runs, after the queue was drained."""
    result = run("""
        def mine(signum, frame):
            logging.getLogger().handlers[0].flush()
            print("app handler ran")
            sys.exit(7)
        signal.signal(signal.SIGTERM, mine)
        h = handler("out.log", flush_on_sigterm=True)
        for i in range(1000):
            logging.info("rec %d ssn %s", i, SSN)
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(60)
    """, tmp_path)
    assert 7 == result.returncode, result.stderr
    assert "app handler ran" in result.stdout
    assert [f"rec {i} ssn ***********" for i in range(1000)] == lines(tmp_path / "out.log")


def test_without_the_opt_in_sigterm_is_left_alone(tmp_path: Path) -> None:
    """No handler is installed unless asked: SIGTERM keeps its default disposition."""
    result = run("""
        h = handler("out.log")
        print(signal.getsignal(signal.SIGTERM) is signal.SIG_DFL)
    """, tmp_path)
    assert "True" == result.stdout.strip()


def test_hung_backend_without_budget_does_not_keep_the_process_alive(tmp_path: Path) -> None:
    """timeout=None and a backend that never returns: exit waits at most exit_timeout
    (it used to hang forever in logging.shutdown's flush), and says what was lost."""
    result = run("""
        gate = threading.Event()  # never set
        fh = logging.FileHandler("out.log")
        h = RedactingQueueHandler(handlers=[fh], backend=FakeDetector({SSN: "SSN"}, gate=gate),
                                  timeout=None, exit_timeout=0.5, max_delay=0)
        logging.getLogger().addHandler(h)
        logging.getLogger().setLevel(logging.INFO)
        for i in range(3):
            logging.info("rec %d ssn %s", i, SSN)
        logging.shutdown()   # explicit, then again at exit
        print("exited")
    """, tmp_path, timeout=120)
    assert 0 == result.returncode, result.stderr
    assert "exited" in result.stdout
    assert "queued records were not delivered within 0.5 s" in result.stderr
    assert SSN not in result.stderr


def test_os_exit_keeps_only_what_was_flushed(tmp_path: Path) -> None:
    """As documented: os._exit skips every hook; records flushed before it are kept."""
    result = run("""
        h = handler("out.log")
        logging.info("kept ssn %s", SSN)
        h.flush()
        logging.info("lost ssn %s", SSN)
        os._exit(0)
    """, tmp_path)
    assert 0 == result.returncode
    assert ["kept ssn ***********"] == lines(tmp_path / "out.log")


def test_pool_terminate_keeps_records_with_the_sigterm_opt_in(tmp_path: Path) -> None:
    """`with Pool() as p:` terminates its workers with SIGTERM on exit (their queued records
    are lost by default, unless a worker happened to exit first): with flush_on_sigterm=True,
    inherited by the forked workers, every record is kept."""
    result = run("""
        import multiprocessing as mp
        h = handler("out.log", flush_on_sigterm=True)
        def work(i):
            for j in range(100):
                logging.info("child %d rec %d ssn %s", i, j, SSN)
        if __name__ == "__main__":
            with mp.get_context("fork").Pool(2) as pool:
                pool.map(work, range(4))
    """, tmp_path)
    assert 0 == result.returncode, result.stderr
    got = lines(tmp_path / "out.log")
    assert 400 == len(got)
    assert SSN not in "\n".join(got)


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="needs thread signal masks")
def test_background_threads_leave_process_signals_to_the_main_thread() -> None:
    """A signal sent to the process goes to a thread that does not block it. Python runs its
    handler in the main thread only, so one that lands on our worker leaves a main thread
    waiting in C (a Pool worker in its task-queue lock) never running the SIGTERM drain: the
    worker could not be terminated (Pool.__exit__ hung). Our threads block those signals."""
    from piiredact import DetectionGuard, Redactor
    from piiredact._queue import BackgroundQueue
    from piiredact.testing import FakeDetector

    masks: dict[str, set[int]] = {}

    class _Recording(FakeDetector):
        def detect(self, texts):  # type: ignore[no-untyped-def]
            masks["guard"] = set(signal.pthread_sigmask(signal.SIG_BLOCK, []))
            return super().detect(texts)

    guard = DetectionGuard(_Recording({SSN: "SSN"}), timeout=30)
    assert guard.detect(["x"]).findings == [[]]
    q = BackgroundQueue(Redactor(FakeDetector({SSN: "SSN"})), max_delay=60)
    q.submit("x", lambda _: masks.setdefault("queue", set(signal.pthread_sigmask(signal.SIG_BLOCK, []))))
    assert q.flush(timeout=30)
    q.close()
    for where in ("guard", "queue"):
        assert {signal.SIGTERM, signal.SIGINT, signal.SIGHUP} <= masks[where], where
    assert signal.SIGTERM not in signal.pthread_sigmask(signal.SIG_BLOCK, [])  # the caller's mask is its own
