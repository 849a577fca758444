"""piiredact.loguru: the redacting sink with the real loguru (enqueue=False throughout)."""

from __future__ import annotations

import asyncio
import io
import json
import re
import subprocess
import sys
import textwrap
import threading
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("loguru")
from loguru import logger

from piiredact import ConfigError, Redactor
from piiredact.loguru import RedactingSink, redact_keys_patcher, redacting_sink
from piiredact.testing import FakeDetector

ROOT = Path(__file__).resolve().parents[1]

EMAIL = "alice.walker@example.com"
EMAIL2 = "bob.stone@example.org"
CARD = "4111 1111 1111 1111"
IP = "203.0.113.77"
SSN = "123-45-6789"
PII = (EMAIL, EMAIL2, CARD, IP, SSN)


@pytest.fixture(autouse=True)
def clean_logger():
    """No handler of loguru's (the default stderr one included) leaks into or out of a test."""
    logger.remove()
    yield
    logger.remove()
    # loguru's default again: stderr, resolved at each write (pytest swaps sys.stderr per test)
    logger.add(lambda message: sys.stderr.write(message))


def assert_clean(text: str) -> None:
    for value in PII:
        assert value not in text, f"{value!r} reached the sink's target"


class _Entered(FakeDetector):
    """A FakeDetector that says when a batch has reached it (then waits on its gate)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.entered = threading.Event()

    def detect(self, texts):  # type: ignore[no-untyped-def]
        self.entered.set()
        return super().detect(texts)


def _charge(card: str, email: str) -> None:
    note = f"charging {email}"  # noqa: F841  (diagnose=True prints it under the frame)
    raise ValueError("card declined")


def _log_everything() -> None:
    logger.info("password reset for {}", EMAIL)
    logger.bind(customer=EMAIL2, client_ip=IP).info("order 1042 paid")
    try:
        _charge(CARD, EMAIL)
    except ValueError:
        logger.exception("payment failed")


FMT = "{level} | {message} | {extra}"


def test_file_holds_no_pii_from_messages_extras_or_diagnose_tracebacks(tmp_path):
    """Messages, bind() extras and a diagnose=True traceback (variable values) are redacted;
    logger.remove() delivers every record and closes the file."""
    path = tmp_path / "logs" / "app.log"
    sink = redacting_sink(path)
    hid = logger.add(sink, format=FMT, diagnose=True, backtrace=True)
    _log_everything()
    logger.remove(hid)
    text = path.read_text(encoding="utf-8")
    assert_clean(text)
    assert "password reset for " in text and "order 1042 paid" in text and "payment failed" in text
    assert "ValueError: card declined" in text
    assert "└" in text  # diagnose's variable annotations went through the sink (redacted)
    assert sink._stream is not None and sink._stream.closed


def test_control_loguru_alone_writes_the_pii(tmp_path):
    """Control: the same calls with loguru's own file sink leak every value checked above."""
    path = tmp_path / "raw.log"
    hid = logger.add(path, format=FMT, diagnose=True, backtrace=True)
    _log_everything()
    logger.remove(hid)
    text = path.read_text(encoding="utf-8")
    for value in PII[:4]:
        assert value in text


def test_serialize_true_lines_are_json_redacted_value_by_value():
    """serialize=True: each line stays JSON; extra values are redacted with their key as
    context and PII-free values are kept."""
    out = io.StringIO()
    hid = logger.add(redacting_sink(out), serialize=True)
    logger.bind(email=EMAIL, order_id="A-1042", ssn=SSN).info("refund for {}", EMAIL2)
    logger.remove(hid)
    lines = out.getvalue().splitlines()
    assert 1 == len(lines)
    doc = json.loads(lines[0])
    assert_clean(lines[0])
    assert "A-1042" == doc["record"]["extra"]["order_id"]
    assert doc["record"]["message"].startswith("refund for ")


def test_eight_threads_thousand_records_each_once_in_order(tmp_path):
    """8 threads x 1,000 records: every record written exactly once, each thread's in order."""
    path = tmp_path / "threads.log"
    det = FakeDetector({EMAIL: "EMAIL"})
    hid = logger.add(redacting_sink(path, backend=det, fallback=None), format="{message}")
    start = threading.Barrier(8)

    def work(t: int) -> None:
        start.wait()
        for n in range(1000):
            logger.info("t{} n{:04d} mail {}", t, n, EMAIL)

    threads = [threading.Thread(target=work, args=(t,)) for t in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    logger.remove(hid)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert 8000 == len(lines)
    assert_clean("\n".join(lines))
    seen: dict[int, list[int]] = {t: [] for t in range(8)}
    for line in lines:
        m = re.fullmatch(r"t(\d) n(\d{4}) mail \*+", line)
        assert m, line
        seen[int(m.group(1))].append(int(m.group(2)))
    for t in range(8):
        assert list(range(1000)) == seen[t]
    assert sum(det.batch_sizes) == 8000  # all went through the detector, in batches
    assert len(det.batch_sizes) < 8000


def test_a_slow_detector_does_not_slow_the_logging_calls():
    """A detector blocked on an Event (and sleeping 50 ms per batch): 2,000 logger calls
    return while it is still blocked, so they never waited for detection (nor for loguru's
    flush() after every write). Releasing it and removing the sink delivers all of them."""
    gate = threading.Event()
    det = _Entered({EMAIL: "EMAIL"}, latency=0.05, gate=gate)
    out = io.StringIO()
    sink = redacting_sink(out, backend=det, fallback=None)
    hid = logger.add(sink, format="{message}")
    logger.info("first {}", EMAIL)
    assert det.entered.wait(10), "the worker never reached the detector"
    for n in range(2000):
        logger.info("call {} for {}", n, EMAIL)
    # Structural: the detector is still blocked inside its first call, and every call above
    # returned; none was redacted in the caller (the queue had room for all of them).
    assert not gate.is_set()
    assert 1 == det.calls
    assert 0 == sink.stats()["degraded"]
    assert "" == out.getvalue()  # nothing was written synchronously either
    gate.set()
    logger.remove(hid)
    lines = out.getvalue().splitlines()
    assert 2001 == len(lines)
    assert_clean(out.getvalue())
    assert [f"call {n} for" for n in range(2000)] == [line.rsplit(" ", 1)[0] for line in lines[1:]]


def test_overload_degrades_in_the_caller_in_order_and_json_stays_json():
    """max_queue records waiting on a blocked detector: later records are redacted in the
    caller by the degrade tier (through the same line codec: serialize=True lines stay JSON),
    and every record is still written once, in order."""
    gate = threading.Event()
    det = _Entered({EMAIL: "EMAIL"}, gate=gate)
    out = io.StringIO()
    sink = redacting_sink(out, backend=det, fallback=None, max_queue=10)
    hid = logger.add(sink, serialize=True)
    for n in range(200):
        logger.bind(n=n, email=EMAIL).info("n={} {}", n, EMAIL)
    assert sink.stats()["degraded"] > 0
    gate.set()
    logger.remove(hid)
    docs = [json.loads(line) for line in out.getvalue().splitlines()]
    assert list(range(200)) == [d["record"]["extra"]["n"] for d in docs]
    assert_clean(out.getvalue())


def test_logger_complete_delivers_from_sync_and_async_code():
    """logger.complete() waits for the worker (loguru would not flush a sync sink)."""
    out = io.StringIO()
    logger.add(redacting_sink(out), format="{message}")
    for n in range(50):
        logger.info("n={} {}", n, EMAIL)
    logger.complete()
    assert 50 == len(out.getvalue().splitlines())

    async def main() -> None:
        logger.info("async {}", EMAIL)
        await logger.complete()

    asyncio.run(main())
    assert 51 == len(out.getvalue().splitlines())
    assert_clean(out.getvalue())


def test_a_callable_target_gets_a_message_with_a_redacted_record():
    """A callable sink receives loguru-like messages: redacted text, record["message"] and
    record["extra"] redacted copies, record["exception"] None (the traceback is in the text)."""
    got: list[Any] = []
    hid = logger.add(redacting_sink(got.append), format="{message}", diagnose=True)
    logger.bind(email=EMAIL, plan="gold").info("hello {}", EMAIL2)
    try:
        _charge(CARD, EMAIL)
    except ValueError:
        logger.exception("failed")
    logger.remove(hid)
    assert 2 == len(got)
    first, second = got
    assert_clean(str(first) + str(second))
    assert first.record["message"].startswith("hello ")
    assert "gold" == first.record["extra"]["plan"]
    assert EMAIL not in first.record["extra"]["email"]
    assert "INFO" == first.record["level"].name
    assert second.record["exception"] is None
    assert "ValueError: card declined" in second
    assert_clean(repr([m.record["extra"] for m in got]))


def test_options_go_through_build_redactor():
    """Options mean what build_redactor says; redactor= plus options, unknown options and bad
    queue options are ConfigErrors naming the option."""
    out = io.StringIO()
    hid = logger.add(redacting_sink(out, mode="replace"), format="{message}")
    logger.info("mail {}", EMAIL)
    logger.remove(hid)
    assert "mail [EMAIL]\n" == out.getvalue()
    with pytest.raises(ConfigError, match="mode"):
        redacting_sink(io.StringIO(), redactor=Redactor(), mode="replace")
    with pytest.raises(ConfigError, match="no_such_option"):
        redacting_sink(io.StringIO(), no_such_option=1)
    with pytest.raises(ConfigError, match="max_batch"):
        redacting_sink(io.StringIO(), max_batch=0)
    with pytest.raises(ConfigError, match="target"):
        redacting_sink(42)
    assert isinstance(redacting_sink(io.StringIO()), RedactingSink)


def test_redact_keys_patcher_masks_bound_secrets_for_every_sink():
    """The cheap caller-thread patcher: bind() values under redact_keys are masked before
    any sink (here loguru's own stream sink) sees them; other values are untouched."""
    out = io.StringIO()
    hid = logger.add(out, format="{message} | {extra}")
    patched = logger.patch(redact_keys_patcher(redact_keys="session_id"))
    patched.bind(password="hunter2", session_id="s-77f1", user_id="u-42").info("login")
    logger.remove(hid)
    text = out.getvalue()
    assert "hunter2" not in text and "s-77f1" not in text
    assert "'user_id': 'u-42'" in text and text.startswith("login | ")


def test_a_coroutine_target_is_a_config_error():
    """An async callable would never run on the worker thread: refused at construction."""

    async def sink(message: Any) -> None:
        pass

    with pytest.raises(ConfigError, match="target"):
        redacting_sink(sink)


def test_loguru_enqueue_true_still_works(tmp_path):
    """enqueue=True (loguru's own queue in front of ours) delivers everything, redacted."""
    path = tmp_path / "q.log"
    hid = logger.add(redacting_sink(path), format="{message}", enqueue=True)
    for n in range(100):
        logger.info("n={} {}", n, EMAIL)
    logger.complete()
    assert 100 == len(path.read_text(encoding="utf-8").splitlines())
    logger.remove(hid)
    assert_clean(path.read_text(encoding="utf-8"))


def _run(args: list[str], **kw: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=120, **kw)


def test_import_piiredact_does_not_import_loguru():
    """`import piiredact` stays light; a missing loguru names the pip line."""
    r = _run(["-c", "import sys, piiredact; print('loguru' in sys.modules)"], cwd=ROOT)
    assert "False" == r.stdout.strip(), r.stderr
    r = _run(["-c", textwrap.dedent("""
        import sys
        sys.modules['loguru'] = None
        try:
            import piiredact.loguru
        except ImportError as e:
            print(type(e).__name__, e)
    """)], cwd=ROOT)
    assert "MissingDependencyError" in r.stdout and "pip install 'piiredact[loguru]'" in r.stdout, r.stderr


def test_doc_setup_runs_as_written(tmp_path):
    """docs/loguru.md: the setup block, gc.collect(), then the usage block, as a script in a
    fresh interpreter (a file, so diagnose=True can show source and values): stderr holds the
    records, redacted."""
    text = (ROOT / "docs" / "loguru.md").read_text(encoding="utf-8")
    setup, usage = re.findall(r"```python\n(.*?)```", text, re.S)[:2]
    script = tmp_path / "app.py"
    script.write_text(setup + "\nimport gc; gc.collect()\n" + usage, encoding="utf-8")
    r = _run([str(script)], cwd=tmp_path)
    assert 0 == r.returncode, r.stderr[-2000:]
    err = r.stderr
    assert "password reset for" in err and "payment failed" in err and "ValueError" in err
    assert "└" in err or "-> " in err  # diagnose annotations (ASCII arrows if stderr is not UTF-8)
    for value in ("alice@example.com", "4111 1111 1111 1111"):
        assert value not in err, value


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="needs os.fork")
def test_a_forked_child_writes_through_its_own_worker(tmp_path):
    """After fork() the child logs through the same sink: its records are redacted and
    written (its own worker, fresh locks), the parent's are not written twice."""
    import os

    path = tmp_path / "fork.log"
    hid = logger.add(redacting_sink(path), format="{message}")
    logger.info("parent before fork {}", EMAIL)
    logger.complete()
    pid = os.fork()
    if pid == 0:  # the child: log, deliver, leave without running the parent's atexit hooks
        try:
            logger.info("child {}", EMAIL2)
            logger.complete()
        finally:
            os._exit(0)
    _, status = os.waitpid(pid, 0)
    assert 0 == status
    logger.remove(hid)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert 2 == len(lines)
    assert lines[0].startswith("parent before fork ") and lines[1].startswith("child ")
    assert_clean("\n".join(lines))
