"""stdlib logging integration, through real dictConfig and real files."""

from __future__ import annotations

import logging
import logging.config
import os
import subprocess
import sys
import textwrap
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from piiredact import Finding, RedactingFilter, RedactingQueueHandler, attach_redaction
from piiredact.testing import FailingDetector, FakeDetector

pytestmark = pytest.mark.usefixtures("restore_logging")

SSN = "123-45-6789"
SSN2 = "234-56-7891"
EMAIL = "alice.liddell@example.com"
EMAIL2 = "bob.builder@example.org"
PII = (SSN, SSN2, EMAIL, EMAIL2)


class ListHandler(logging.Handler):
    """Keeps the records it is given (to inspect what a target handler receives)."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)
        self.lines.append(self.format(record))


class StalledDetector(FakeDetector):
    """Signals ``entered`` when a detect call starts, then waits on its gate."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.entered = threading.Event()

    def detect(self, texts: Sequence[str]) -> list[list[Finding]]:
        self.entered.set()
        return super().detect(texts)


def _dict_config(tmp_path: Path, redact: dict[str, Any]) -> tuple[Path, Path]:
    main, second = tmp_path / "app.log", tmp_path / "second.log"
    logging.config.dictConfig({
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "line": {"format": "%(levelname)s %(name)s %(message)s"},
            "extra": {"format": "%(message)s | user=%(user)s contact=%(contact)s"},
        },
        "handlers": {
            # named "a..." so dictConfig builds it before its targets exist (resolved lazily)
            "a_redact": redact,
            "file": {"class": "logging.FileHandler", "filename": str(main), "mode": "w",
                     "formatter": "line"},
            "second": {"class": "logging.FileHandler", "filename": str(second), "mode": "w",
                       "formatter": "extra"},
        },
        "root": {"level": "INFO", "handlers": ["a_redact"]},
    })
    return main, second


def _log_everything(log: logging.Logger) -> None:
    log.info("signup ssn %s mail %s", SSN, EMAIL, extra={"user": f"ssn {SSN2}", "contact": EMAIL2})
    try:
        try:
            raise ValueError(f"bad ssn {SSN2}")
        except ValueError as inner:
            raise RuntimeError(f"lookup failed for {EMAIL2}") from inner
    except RuntimeError:
        log.exception("failed for %s", EMAIL, extra={"user": "none", "contact": "none"})
    log.warning("where %s", EMAIL, stack_info=True, extra={"user": "none", "contact": "none"})


@pytest.mark.parametrize("redact", [
    {"()": "piiredact.RedactingQueueHandler", "handlers": ["file", "second"], "backend": "regex"},
    {"class": "piiredact.RedactingQueueHandler", "handlers": ["file", "second"], "backend": "regex",
     "max_batch": 2, "max_delay": 0.001},
], ids=["factory", "class"])
def test_dictconfig_queue_handler_writes_no_pii(tmp_path: Path, redact: dict[str, Any]) -> None:
    """Message, args, chained exception, stack info and extra: no PII reaches either file."""
    main, second = _dict_config(tmp_path, redact)
    _log_everything(logging.getLogger("app.signup"))
    logging.shutdown()
    text, text2 = main.read_text(), second.read_text()
    for value in PII:
        assert value not in text
        assert value not in text2
    assert "INFO app.signup signup ssn ***********" in text
    assert "RuntimeError: lookup failed for" in text          # the exception text is there...
    assert "ValueError: bad ssn" in text                      # ...with its cause
    assert "The above exception was the direct cause" in text
    assert "Stack (most recent call last):" in text
    assert "user=ssn ***********" in text2                    # extra, redacted, formatted by the target
    assert 3 == text.count(" app.signup ")


def test_dictconfig_filter_with_log4j2_knobs(tmp_path: Path) -> None:
    """The log4j2 sample's maskMode/mask/minScore/entitiesToReplace work from dictConfig."""
    out = tmp_path / "out.log"
    logging.config.dictConfig({
        "version": 1,
        "filters": {"pii": {"()": "piiredact.RedactingFilter", "backend": "regex", "maskMode": "REPLACE",
                            "mask": "#", "minScore": "0.9", "entitiesToReplace": "SSN"}},
        "handlers": {"file": {"class": "logging.FileHandler", "filename": str(out), "mode": "w",
                              "filters": ["pii"]}},
        "root": {"level": "INFO", "handlers": ["file"]},
    })
    logging.getLogger("svc").info("ssn %s email %s", SSN, EMAIL)
    logging.shutdown()
    assert f"ssn [SSN] email {EMAIL}\n" == out.read_text()  # only SSN acted on, replaced


@pytest.mark.parametrize("python_le_312_style", [True, False])
def test_queue_handler_accepts_handler_objects(python_le_312_style: bool) -> None:
    """Programmatic use: handler objects or names; records arrive redacted, args cleared."""
    target = ListHandler()
    target.name = "list-target"
    if not python_le_312_style:
        logging._handlers["list-target"] = target  # type: ignore[attr-defined]
    h = RedactingQueueHandler(handlers=[target if python_le_312_style else "list-target"],
                              backend="regex", max_batch=8, max_delay=0.001)
    log = logging.getLogger("prog")
    log.addHandler(h)
    log.propagate = False
    log.setLevel(logging.INFO)
    args = [SSN]
    log.info("ssn %s", args)
    args[0] = "mutated"  # later mutation of args must not change what is logged
    h.flush()
    rec = target.records[0]
    assert ["ssn ['***********']"] == target.lines
    assert None is rec.args
    assert None is rec.exc_info
    assert "ssn ['***********']" == rec.msg
    h.close()


def test_original_record_seen_by_other_handlers_is_untouched() -> None:
    """The queue handler redacts a copy: another handler on the same logger gets the original."""
    plain = ListHandler()
    target = ListHandler()
    h = RedactingQueueHandler(handlers=[target], backend="regex")
    log = logging.getLogger("two")
    log.propagate = False
    log.setLevel(logging.INFO)
    log.addHandler(h)
    log.addHandler(plain)
    log.info("ssn %s", SSN)
    h.close()
    assert [f"ssn {SSN}"] == plain.lines
    assert ["ssn ***********"] == target.lines


def test_threads_all_records_once_in_per_thread_order(tmp_path: Path) -> None:
    """8 threads x 10,000 records: each arrives once, each thread's order kept, no PII."""
    out = tmp_path / "threads.log"
    fh = logging.FileHandler(out, mode="w")
    fh.setFormatter(logging.Formatter("%(message)s"))
    det = FakeDetector({SSN: "SSN"})
    h = RedactingQueueHandler(handlers=[fh], backend=det, max_queue=50_000)
    log = logging.getLogger("threads")
    log.propagate = False
    log.setLevel(logging.INFO)
    log.addHandler(h)
    n, per = 8, 10_000

    def work(t: int) -> None:
        for i in range(per):
            log.info("t=%d i=%d ssn %s", t, i, SSN)

    ts = [threading.Thread(target=work, args=(t,)) for t in range(n)]
    for th in ts:
        th.start()
    for th in ts:
        th.join()
    h.close()
    fh.close()
    seen: dict[int, list[int]] = {t: [] for t in range(n)}
    lines = out.read_text().splitlines()
    for line in lines:
        t, i, _ = line.split(" ", 2)
        seen[int(t[2:])].append(int(i[2:]))
    assert n * per == len(lines)
    assert {t: list(range(per)) for t in range(n)} == seen
    assert SSN not in out.read_text()
    stats = h.stats()
    assert n * per == stats["records_out"]


def test_backend_raising_every_call_still_fully_redacted(tmp_path: Path) -> None:
    """A backend that always raises: the regex fallback redacts every record; counted."""
    out = tmp_path / "fail.log"
    fh = logging.FileHandler(out, mode="w")
    h = RedactingQueueHandler(handlers=[fh], backend=FailingDetector(), max_batch=4, max_delay=0.001)
    log = logging.getLogger("failing")
    log.propagate = False
    log.setLevel(logging.INFO)
    log.addHandler(h)
    for i in range(20):
        log.info("record %d ssn %s email %s", i, SSN, EMAIL)
    h.close()
    fh.close()
    text = out.read_text()
    assert 20 == len(text.splitlines())
    assert SSN not in text
    assert EMAIL not in text
    assert 20 <= h.stats()["fallbacks"]  # type: ignore[operator]


def test_backend_and_fallback_failing_are_redone_by_the_degrade_tier(tmp_path: Path) -> None:
    """Backend and fallback both failing: the worker redoes the record with the builtin
    degrade tier (names included), never the raw text; counted as reredacted."""
    target = ListHandler()
    h = RedactingQueueHandler(handlers=[target], backend=FailingDetector(), fallback=FailingDetector())
    h.handle(logging.makeLogRecord({"msg": "ssn %s for Alan Turing", "args": (SSN,), "levelno": 20}))
    h.close()
    assert ["ssn *********** for ***********"] == target.lines
    assert 1 == h.stats()["reredacted"]


def test_overflow_degrades_without_blocking_while_backend_is_stuck(tmp_path: Path) -> None:
    """Worker stuck on a gated backend: callers return, overflow is regex-redacted, order kept."""
    out = tmp_path / "overflow.log"
    fh = logging.FileHandler(out, mode="w")
    fh.setFormatter(logging.Formatter("%(message)s"))
    gate = threading.Event()
    det = StalledDetector({SSN: "SSN"}, gate=gate)
    h = RedactingQueueHandler(handlers=[fh], backend=det, max_queue=10, max_batch=5, max_delay=0,
                              timeout=None)
    log = logging.getLogger("overflow")
    log.propagate = False
    log.setLevel(logging.INFO)
    log.addHandler(h)
    log.info("0 ssn %s", SSN)
    assert det.entered.wait(30)  # the worker is now blocked inside detect, on the gate
    returned = threading.Event()

    def caller() -> None:
        for i in range(1, 100):
            log.info("%d ssn %s", i, SSN)
        returned.set()

    threading.Thread(target=caller, daemon=True).start()
    # Nothing opens the gate: the caller can only finish if logging never waits for the worker
    # (the bound is a watchdog so a blocking bug fails instead of hanging the suite).
    assert returned.wait(60)
    assert not gate.is_set()
    assert not det.batch_sizes[1:]  # the worker is still inside its first detect call
    assert 100 - 1 - 10 == h.stats()["degraded"]
    gate.set()
    h.close()
    fh.close()
    assert [f"{i} ssn ***********" for i in range(100)] == out.read_text().splitlines()


def test_internal_and_backend_records_never_reach_the_detector() -> None:
    """botocore/urllib3/piiredact records are regex-redacted in the caller, not detected."""
    det = FakeDetector({"needle": "NAME"})
    target = ListHandler()
    h = RedactingQueueHandler(handlers=[target], backend=det)
    for name in ("botocore.endpoint", "urllib3.connectionpool", "piiredact.internal", "app"):
        h.handle(logging.makeLogRecord({"name": name, "msg": "needle ssn %s", "args": (SSN,), "levelno": 20}))
    h.close()
    assert ["needle ssn ***********"] * 3 + ["****** ssn 123-45-6789"] == target.lines
    assert [1] == det.batch_sizes  # only the app record was sent to the detector
    assert 3 == h.stats()["internal_records"]


def test_shutdown_delivers_queued_records(tmp_path: Path) -> None:
    """logging.shutdown() drains the queue before the target file is closed."""
    main, _ = _dict_config(tmp_path, {"()": "piiredact.RedactingQueueHandler", "handlers": ["file"],
                                      "backend": "regex", "max_delay": 60})
    for i in range(50):
        logging.getLogger("shut").info("n=%d ssn %s", i, SSN)
    logging.shutdown()
    lines = main.read_text().splitlines()
    assert [f"INFO shut n={i} ssn ***********" for i in range(50)] == lines


def test_interpreter_exit_delivers_queued_records(tmp_path: Path) -> None:
    """A program that exits without shutdown still writes every queued record, redacted."""
    out = tmp_path / "exit.log"
    script = textwrap.dedent(f"""
        import logging
        from piiredact import RedactingQueueHandler
        fh = logging.FileHandler({str(out)!r}, mode="w")
        h = RedactingQueueHandler(handlers=[fh], backend="regex", max_delay=60)
        root = logging.getLogger()
        root.addHandler(h)
        root.setLevel(logging.INFO)
        for i in range(200):
            logging.info("n=%d ssn %s", i, {SSN!r})
    """)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    subprocess.run([sys.executable, "-c", script], check=True, env=env, timeout=120)
    assert [f"n={i} ssn ***********" for i in range(200)] == out.read_text().splitlines()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # 3.12+: fork() with threads running
def test_forked_child_logs_through_its_own_worker(tmp_path: Path) -> None:
    """A child forked with records still queued logs via a fresh worker; parent items not re-emitted."""

    class PidFileHandler(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            with open(tmp_path / f"{os.getpid()}.log", "a", encoding="utf-8") as f:
                f.write(self.format(record) + "\n")

    gate = threading.Event()
    det = StalledDetector({SSN: "SSN"}, gate=gate)
    h = RedactingQueueHandler(handlers=[PidFileHandler()], backend=det, max_batch=1, max_delay=0,
                              timeout=None)
    log = logging.getLogger("forking")
    log.propagate = False
    log.setLevel(logging.INFO)
    log.addHandler(h)
    log.info("parent 0 ssn %s", SSN)
    assert det.entered.wait(30)
    for i in range(1, 5):
        log.info("parent %d ssn %s", i, SSN)  # queued behind the stuck batch at fork time
    parent_worker = h.queue._worker
    pid = os.fork()
    if pid == 0:  # child
        code = 1
        try:
            gate.set()
            for i in range(3):
                log.info("child %d ssn %s", i, SSN)
            worker = h.queue._worker
            # the parent's worker did not survive the fork (threading marks it stopped)
            own_worker = worker is not None and worker.is_alive() and worker is not parent_worker
            h.close()
            code = 0 if own_worker and not h.stats().get("delivered_synchronously") else 2
        finally:
            os._exit(code)
    gate.set()
    _, status = os.waitpid(pid, 0)
    h.close()
    assert 0 == os.waitstatus_to_exitcode(status)
    child = (tmp_path / f"{pid}.log").read_text().splitlines()
    parent = (tmp_path / f"{os.getpid()}.log").read_text().splitlines()
    assert [f"child {i} ssn ***********" for i in range(3)] == child
    assert [f"parent {i} ssn ***********" for i in range(5)] == parent


def test_handle_error_never_prints_the_record(capsys: pytest.CaptureFixture[str]) -> None:
    """A failure inside the handler reports type and origin on stderr, never msg or args."""
    h = RedactingQueueHandler(handlers=[ListHandler()], backend="regex")

    def explode(*_: object) -> None:
        raise RuntimeError(f"queue broke near {EMAIL}")

    h.queue.submit = explode  # type: ignore[method-assign]
    log = logging.getLogger("errors")
    log.propagate = False
    log.addHandler(h)
    logging.raiseExceptions = True
    log.error("ssn %s mail %s", SSN, EMAIL)
    err = capsys.readouterr().err
    assert "RuntimeError" in err
    assert "errors" in err
    for value in (SSN, EMAIL):
        assert value not in err
    assert 1 == h.stats()["handle_errors"]
    h.close()


def test_target_handler_error_prints_only_redacted_text(capsys: pytest.CaptureFixture[str]) -> None:
    """When a target handler fails, the stdlib report it prints holds the redacted record."""

    class Broken(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            raise OSError("disk full")

    h = RedactingQueueHandler(handlers=[Broken()], backend="regex")
    logging.raiseExceptions = True
    h.handle(logging.makeLogRecord({"msg": "ssn %s", "args": (SSN,), "levelno": 40}))
    h.close()
    err = capsys.readouterr().err
    assert "OSError" in err
    assert SSN not in err


def test_filter_redacts_in_place_everything() -> None:
    """RedactingFilter: message, args, exception, stack and extra are redacted synchronously."""
    target = ListHandler()
    target.addFilter(RedactingFilter(backend="regex"))
    log = logging.getLogger("filtered")
    log.propagate = False
    log.addHandler(target)
    try:
        raise ValueError(f"bad {EMAIL}")
    except ValueError:
        log.error("ssn %s", SSN, exc_info=True, stack_info=True, extra={"who": f"mail {EMAIL2}"})
    rec = target.records[0]
    line = target.lines[0]
    for value in PII:
        assert value not in line
        assert value not in str(rec.__dict__)
    assert None is rec.args
    assert "ValueError: bad" in line


@pytest.mark.skipif(sys.version_info < (3, 11), reason="ExceptionGroup is 3.11+")
def test_exception_group_members_are_redacted() -> None:
    """Exceptions inside an ExceptionGroup are rendered and redacted."""
    target = ListHandler()
    h = RedactingQueueHandler(handlers=[target], backend="regex")
    log = logging.getLogger("groups")
    log.propagate = False
    log.addHandler(h)
    try:
        raise ExceptionGroup("many", [ValueError(f"ssn {SSN}"), KeyError(EMAIL)])  # noqa: F821
    except Exception:
        log.exception("group")
    h.close()
    text = target.lines[0]
    assert "ExceptionGroup: many" in text
    assert "ValueError: ssn ***********" in text
    assert SSN not in text
    assert EMAIL not in text


def test_attach_redaction_covers_propagated_records_and_last_resort(
        capsys: pytest.CaptureFixture[str]) -> None:
    """The wiring trap: records from a child logger are redacted by handler filters, and so
    is logging.lastResort's output when no handler exists."""
    root_target = ListHandler()
    logging.getLogger().addHandler(root_target)
    lib_target = ListHandler()
    logging.getLogger("somelib").addHandler(lib_target)
    flt = attach_redaction(backend="regex")
    assert flt is attach_redaction(filter=flt)  # idempotent: no second filter added
    assert 1 == sum(isinstance(f, RedactingFilter) for f in root_target.filters)
    logging.getLogger("app.db.pool").warning("ssn %s", SSN)   # propagated from a child logger
    logging.getLogger("somelib.core").warning("mail %s", EMAIL)
    assert ["ssn ***********", "mail *************************"] == root_target.lines
    assert ["mail *************************"] == lib_target.lines
    logging.getLogger().handlers.clear()
    logging.getLogger("somelib").handlers.clear()
    logging.getLogger("nowhere").warning("ssn %s", SSN)  # no handler at all: lastResort
    err = capsys.readouterr().err
    assert "ssn ***********" in err
    assert SSN not in err


def test_logger_filter_alone_misses_child_records() -> None:
    """Why attach_redaction exists: a filter on a logger does not see its children's records."""
    target = ListHandler()
    parent = logging.getLogger("trap")
    parent.addHandler(target)
    parent.propagate = False
    parent.addFilter(RedactingFilter(backend="regex"))
    logging.getLogger("trap.child").warning("ssn %s", SSN)
    assert [f"ssn {SSN}"] == target.lines


class ChattyDetector(FakeDetector):
    """A backend that logs on every call, like an SDK client at DEBUG level."""

    def detect(self, texts: Sequence[str]) -> list[list[Finding]]:
        if self.calls < 5:  # bounded, so a recursion bug fails the test instead of hanging it
            logging.getLogger("app.sdk").warning("calling the service with ssn %s", SSN)
            logging.getLogger("app.sdk.retry").warning("retrying %d texts", len(texts))
            logging.getLogger("botocore.endpoint").warning("request body %s", list(texts))
        return super().detect(texts)


def test_queue_handler_backend_logging_does_not_feed_back(tmp_path: Path) -> None:
    """A backend logging during detection: its records are regex-redacted, never re-detected."""
    target = ListHandler()
    det = ChattyDetector({SSN: "SSN"})
    h = RedactingQueueHandler(handlers=[target], backend=det, max_batch=100, max_delay=60)
    root = logging.getLogger()
    root.addHandler(h)
    root.setLevel(logging.INFO)
    logging.getLogger("app").info("ssn %s", SSN)
    h.flush()
    h.flush()  # the backend's own records were queued during the first flush's batch
    h.close()
    assert 1 == det.calls  # nothing the backend logged went back into the detector
    assert 4 == len(target.lines)
    assert not any(SSN in line for line in target.lines)


def test_filter_backend_logging_does_not_recurse() -> None:
    """RedactingFilter with a backend that logs: the nested records use the regex tier."""
    target = ListHandler()
    det = ChattyDetector({SSN: "SSN"})
    logging.getLogger().addHandler(target)
    logging.getLogger().setLevel(logging.INFO)
    attach_redaction(backend=det)
    logging.getLogger("app").info("ssn %s", SSN)
    assert 1 == det.calls
    assert 4 == len(target.lines)
    assert not any(SSN in line for line in target.lines)


def test_queue_handler_without_targets_is_a_config_error() -> None:
    """Forgetting 'handlers' is a one-line ConfigError naming the option."""
    from piiredact import ConfigError

    with pytest.raises(ConfigError, match=r"^handlers: "):
        RedactingQueueHandler(backend="regex")


# -- targets resolved at configuration time (12.1, 13.5) ---------------------------------


@pytest.mark.parametrize("name", ["a_redact", "redact"], ids=["configured-before-targets", "after"])
@pytest.mark.parametrize("key", ["()", "class"])
def test_named_targets_survive_a_gc_before_the_first_record(tmp_path: Path, name: str, key: str) -> None:
    """logging._handlers is a weak dict: a garbage collection between dictConfig and the
    first record must not lose the FileHandler (it used to: nothing was written)."""
    import gc

    out = tmp_path / "app.log"
    logging.config.dictConfig({
        "version": 1,
        "disable_existing_loggers": False,
        "handlers": {
            "file": {"class": "logging.FileHandler", "filename": str(out), "mode": "w"},
            name: {key: "piiredact.RedactingQueueHandler", "handlers": ["file"], "backend": "regex"},
        },
        "root": {"level": "INFO", "handlers": [name]},
    })
    gc.collect()
    logging.getLogger("app").info("ssn %s", SSN)
    logging.shutdown()
    assert "ssn ***********\n" == out.read_text()


@pytest.mark.parametrize("name", ["a_redact", "redact"])
def test_unknown_target_name_is_a_config_error_at_dictconfig_time(tmp_path: Path, name: str) -> None:
    """A typo in 'handlers' fails dictConfig itself (naming the handler), before any record."""
    from piiredact import ConfigError

    with pytest.raises(ValueError, match=f"Unable to configure handler '{name}'") as info:
        logging.config.dictConfig({
            "version": 1,
            "handlers": {
                "file": {"class": "logging.FileHandler", "filename": str(tmp_path / "x.log")},
                name: {"()": "piiredact.RedactingQueueHandler", "handlers": ["fiel"], "backend": "regex"},
            },
            "root": {"handlers": [name]},
        })
    cause = info.value.__cause__
    assert isinstance(cause, ConfigError)
    assert "handlers: no handler named 'fiel'" in str(cause)
    assert "file" in str(cause)  # the configured names are listed


def test_unregistered_target_name_outside_dictconfig_is_a_config_error() -> None:
    """Programmatic use with a name nothing registered: ConfigError at construction."""
    from piiredact import ConfigError

    with pytest.raises(ConfigError, match=r"^handlers: no handler named 'nosuch'"):
        RedactingQueueHandler(handlers=["nosuch"], backend="regex")


def test_failed_init_leaves_no_half_built_handler_for_shutdown(tmp_path: Path) -> None:
    """A handler whose __init__ failed (unknown backend) must not be flushed by
    logging.shutdown() at exit: the original error stays the last word (12.2)."""
    script = textwrap.dedent(f"""
        import logging.config
        logging.config.dictConfig({{
            "version": 1,
            "handlers": {{
                "file": {{"class": "logging.FileHandler", "filename": {str(tmp_path / 'x.log')!r}}},
                "redact": {{"()": "piiredact.RedactingQueueHandler", "handlers": ["file"],
                           "backend": "nosuch"}},
            }},
            "root": {{"handlers": ["redact"]}},
        }})
    """)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    proc = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert 1 == proc.returncode
    assert "Unable to configure handler 'redact'" in proc.stderr
    assert "AttributeError" not in proc.stderr
    assert "Exception ignored" not in proc.stderr
    assert proc.stderr.rstrip().splitlines()[-1].startswith("ValueError: Unable to configure handler")


# -- the stdlib split and one option meaning (15.1, 12.14) ------------------------------


def test_emit_is_prepare_then_enqueue() -> None:
    """prepare() snapshots in the caller into a QueueItem; enqueue() hands it to the queue."""
    from piiredact._queue import QueueItem

    target = ListHandler()
    h = RedactingQueueHandler(handlers=[target], backend="regex")
    rec = logging.makeLogRecord({"name": "app", "msg": "ssn %s", "args": (SSN,), "levelno": 20})
    item = h.prepare(rec)
    assert isinstance(item, QueueItem)
    assert (f"ssn {SSN}", None, None, None) == item.payload[:4]  # the caller's snapshot, not yet redacted
    assert ("ssn %s", (SSN,)) == (item.payload.template, item.payload.args)  # kept for the slot path (18)
    assert False is item.redacted
    h.enqueue(item)
    h.close()
    assert ["ssn ***********"] == target.lines
    assert (SSN,) == rec.args  # the caller's record is untouched


def test_redact_keys_option_adds_to_the_default_keys() -> None:
    """redact_keys='session' on the filter and the handler adds a key: password and token
    are still redacted whole (it used to replace the defaults)."""
    target = ListHandler()
    target.setFormatter(logging.Formatter("%(session)s %(password)s %(token)s"))
    target.addFilter(RedactingFilter(backend="regex", redact_keys="session"))
    queued = ListHandler()
    queued.setFormatter(logging.Formatter("%(session)s %(password)s %(token)s"))
    h = RedactingQueueHandler(handlers=[queued], backend="regex", redact_keys="session")
    extra = {"session": "s3ss", "password": "hunter2", "token": "tok123"}
    for handler in (target, h):
        handler.handle(logging.makeLogRecord({"msg": "login", "levelno": 20, **extra}))
    h.close()
    for line in (target.lines[0], queued.lines[0]):
        for value in extra.values():
            assert value not in line


# -- nothing raw from handleError (13.8) ----------------------------------------------


class FailingStream(logging.StreamHandler):  # type: ignore[type-arg]
    """Someone else's handler whose write fails (a full disk)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.format(record)
            raise OSError("disk full")
        except Exception:
            self.handleError(record)


def test_filter_on_a_failing_handler_inside_except_prints_nothing_raw(
        capsys: pytest.CaptureFixture[str]) -> None:
    """RedactingFilter + a failing handler, logging inside an `except` block: the stdlib
    handleError would print the in-flight exception (its text, as the error's context) raw."""
    h = FailingStream()
    h.addFilter(RedactingFilter(backend="regex"))
    log = logging.getLogger("inflight")
    log.propagate = False
    log.addHandler(h)
    logging.raiseExceptions = True
    try:
        raise ValueError(f"lookup failed for {EMAIL} ssn {SSN}")
    except ValueError:
        log.error("could not sign up %s", EMAIL2)
        log.exception("with exc_info too")
    err = capsys.readouterr().err
    assert "OSError" in err  # the failure is still reported...
    assert "inflight" in err
    for value in PII:  # ...without the record's, the error's or the in-flight exception's text
        assert value not in err


def test_attach_redaction_gives_covered_handlers_a_value_free_handle_error(
        capsys: pytest.CaptureFixture[str]) -> None:
    """Handlers wired by attach_redaction report failures without the in-flight exception."""
    h = FailingStream()
    log = logging.getLogger("attached")
    log.propagate = False
    log.addHandler(h)
    attach_redaction("attached", backend="regex", last_resort=False)
    logging.raiseExceptions = True
    try:
        raise KeyError(EMAIL)
    except KeyError:
        log.warning("failed")
    err = capsys.readouterr().err
    assert "OSError" in err
    assert EMAIL not in err


def test_stalled_target_bounds_memory_and_marks_the_gap_in_the_log() -> None:
    """A target that stops: the handler holds at most queue_limit records, the rest are
    dropped (counted) and a WARNING record in the output says how many, where (13.15)."""
    gate = threading.Event()
    entered = threading.Event()

    class Stuck(ListHandler):
        def emit(self, record: logging.LogRecord) -> None:
            entered.set()
            gate.wait()
            super().emit(record)

    target = Stuck()
    h = RedactingQueueHandler(handlers=[target], backend="regex", max_queue=2, max_batch=1, max_delay=0)
    log = logging.getLogger("stuck")
    log.propagate = False
    log.setLevel(logging.INFO)
    log.addHandler(h)
    log.info("first")
    assert entered.wait(30)
    for i in range(2_000):
        log.info("n=%d ssn %s", i, SSN)
    stats = h.stats()
    assert 2 + 1024 == stats["queue_limit"]
    assert stats["queue_limit"] >= stats["queue_depth_max"]  # type: ignore[operator]
    dropped = stats["dropped_full"]
    assert 2_000 - 1026 == dropped
    gate.set()
    h.flush()  # the target caught up: room again
    log.info("after")
    h.close()
    marker = f"piiredact: {dropped} records dropped here: the queue was full (the target handlers did not keep up)"
    assert [marker, "after"] == target.lines[-2:]
    assert 1 + 1026 + 2 == len(target.lines)
