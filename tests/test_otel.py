"""piiredact.otel: the redacting processor with the real opentelemetry-sdk."""

from __future__ import annotations

import json
import logging
import re
import subprocess
import sys
import textwrap
import threading
import warnings
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("opentelemetry.sdk._logs")
from opentelemetry._logs import LogRecord, SeverityNumber
from opentelemetry.sdk._logs import LoggerProvider
from opentelemetry.sdk._logs.export import (
    BatchLogRecordProcessor,
    InMemoryLogRecordExporter,
    SimpleLogRecordProcessor,
)

from piiredact import ConfigError, Redactor
from piiredact.otel import RedactingLogRecordProcessor
from piiredact.testing import FakeDetector

ROOT = Path(__file__).resolve().parents[1]

EMAIL = "alice.walker@example.com"
EMAIL2 = "bob.stone@example.org"
CARD = "4111 1111 1111 1111"
IP = "203.0.113.77"
SSN = "123-45-6789"
PII = (EMAIL, EMAIL2, CARD, IP, SSN)


def _handler_classes() -> list[Any]:
    """Both LoggingHandlers: the SDK's (deprecated) and opentelemetry-instrumentation-logging's."""
    out = []
    try:
        from opentelemetry.instrumentation.logging.handler import LoggingHandler as Instrumented
        out.append(pytest.param(Instrumented, id="instrumentation"))
    except ImportError:
        out.append(pytest.param(None, id="instrumentation",
                                marks=pytest.mark.skip(reason="opentelemetry-instrumentation-logging not installed")))
    from opentelemetry.sdk._logs import LoggingHandler as Sdk
    out.append(pytest.param(Sdk, id="sdk"))
    return out


def _make_handler(cls: Any, provider: LoggerProvider) -> logging.Handler:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # the SDK's handler says it is deprecated
        return cls(logger_provider=provider)  # type: ignore[no-any-return]


PROCESSORS = {
    "simple": SimpleLogRecordProcessor,
    "batch": lambda exporter: BatchLogRecordProcessor(exporter, schedule_delay_millis=60_000),
}


@pytest.fixture
def pipeline():
    """(provider, exporter, processor) builder; every provider is shut down after the test."""
    made: list[LoggerProvider] = []

    def build(inner: str = "batch", **options: Any) -> tuple[LoggerProvider, InMemoryLogRecordExporter, Any]:
        exporter = InMemoryLogRecordExporter()
        proc = RedactingLogRecordProcessor(PROCESSORS[inner](exporter), **options)
        provider = LoggerProvider(shutdown_on_exit=False)
        provider.add_log_record_processor(proc)
        made.append(provider)
        return provider, exporter, proc

    yield build
    for p in made:
        p.shutdown()


@pytest.fixture
def stdlib_logger():
    """A fresh stdlib logger (no propagation) whose handlers are removed after the test."""
    lg = logging.getLogger("tests.otel.app")
    lg.setLevel(logging.INFO)
    lg.propagate = False
    yield lg
    for h in list(lg.handlers):
        lg.removeHandler(h)


def exported_json(exporter: InMemoryLogRecordExporter) -> str:
    return "\n".join(r.to_json() for r in exporter.get_finished_logs())


def assert_clean(text: str) -> None:
    for value in PII:
        assert value not in text, f"{value!r} was exported"


def _charge(card: str) -> None:
    raise ValueError(f"card {card} declined")


@pytest.mark.parametrize("handler_cls", _handler_classes())
@pytest.mark.parametrize("inner", ["simple", "batch"])
@pytest.mark.parametrize("background", [True, False], ids=["background", "sync"])
def test_stdlib_logging_through_the_logging_handler(pipeline, stdlib_logger, handler_cls, inner, background):
    """Body, extra= attributes (nested too) and exception.* attributes are exported redacted;
    PII-free values are kept; one record exported per record logged."""
    provider, exporter, proc = pipeline(inner, background=background)
    stdlib_logger.addHandler(_make_handler(handler_cls, provider))
    stdlib_logger.info("password reset for %s", EMAIL,
                       extra={"customer": {"email": EMAIL2, "tier": "gold"}, "client_ip": IP, "order": 1042})
    try:
        _charge(CARD)
    except ValueError:
        stdlib_logger.exception("payment failed")
    stdlib_logger.info("cache warmed")
    assert proc.force_flush()
    logs = exporter.get_finished_logs()
    assert 3 == len(logs)
    assert_clean(exported_json(exporter))
    first, second, third = (r.log_record for r in logs)
    assert first.body.startswith("password reset for ")
    assert "gold" == first.attributes["customer"]["tier"]
    assert 1042 == first.attributes["order"]
    assert "ValueError" == second.attributes["exception.type"]
    assert second.attributes["exception.message"].startswith("card ")
    assert "Traceback" in second.attributes["exception.stacktrace"]
    assert "cache warmed" == third.body


@pytest.mark.parametrize("background", [True, False], ids=["background", "sync"])
def test_the_otel_logger_api_dict_body_nested_attributes_exception(pipeline, background):
    """The OTel logger API: a dict body, nested attributes and an exception are redacted;
    the live exception object is not passed on."""
    provider, exporter, proc = pipeline("simple", background=background)
    otel_logger = provider.get_logger("tests.otel.api")
    try:
        _charge(CARD)
    except ValueError as e:
        exc = e
    otel_logger.emit(body={"event": "signup", "email": EMAIL, "plan": "gold"},
                     attributes={"user": {"ip": IP, "ids": [SSN, "u-42"]}},
                     severity_number=SeverityNumber.WARN, exception=exc)
    proc.force_flush()
    (r,) = exporter.get_finished_logs()
    assert_clean(exported_json(exporter))
    rec = r.log_record
    assert {"event": "signup", "plan": "gold"}.items() <= rec.body.items()
    assert "u-42" in rec.attributes["user"]["ids"]
    assert getattr(rec, "exception", None) is None
    assert "exception.stacktrace" in rec.attributes


def test_a_pii_free_record_is_unchanged_and_the_original_is_not_mutated(pipeline):
    """No finding: body and attributes reach the exporter equal to what was logged; the
    SDK record other processors see is not touched either."""
    provider, exporter, _ = pipeline("simple", background=False)
    seen: list[Any] = []

    class Tap(SimpleLogRecordProcessor):
        def on_emit(self, log_record: Any) -> None:
            seen.append(log_record)

    provider.add_log_record_processor(Tap(InMemoryLogRecordExporter()))
    body = {"event": "cache warmed", "items": 42, "tags": ["eu", "fast"]}
    provider.get_logger("x").emit(LogRecord(body=body, attributes={"region": "eu-west-1", "n": 3}))
    (r,) = exporter.get_finished_logs()
    assert body == r.log_record.body
    assert {"region": "eu-west-1", "n": 3} == dict(r.log_record.attributes)
    provider.get_logger("x").emit(LogRecord(body=f"mail {EMAIL}", attributes={"to": EMAIL2}))
    assert f"mail {EMAIL}" == seen[-1].log_record.body  # the tap sees the original record
    assert_clean(exported_json(exporter))


@pytest.mark.parametrize("background", [True, False], ids=["background", "sync"])
def test_count_exported_equals_count_logged_from_many_threads(pipeline, stdlib_logger, background):
    """4 threads x 250 records through Batch: 1,000 exported, each once, each thread's in order."""
    provider, exporter, proc = pipeline("batch", background=background,
                                        backend=FakeDetector({EMAIL: "EMAIL"}), fallback=None)
    from opentelemetry.sdk._logs import LoggingHandler
    stdlib_logger.addHandler(_make_handler(LoggingHandler, provider))

    def work(t: int) -> None:
        for n in range(250):
            stdlib_logger.info("t%d n%03d %s", t, n, EMAIL)

    threads = [threading.Thread(target=work, args=(t,)) for t in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert proc.force_flush()
    bodies = [r.log_record.body for r in exporter.get_finished_logs()]
    assert 1000 == len(bodies)
    assert_clean("\n".join(bodies))
    for t in range(4):
        mine = [int(m.group(1)) for b in bodies if (m := re.match(rf"t{t} n(\d+) ", b))]
        assert list(range(250)) == mine


def test_background_on_emit_never_waits_for_detection(pipeline):
    """background=True: with the detector blocked, on_emit returns and nothing is exported
    yet; releasing it and force_flush() exports every record, redacted."""
    gate = threading.Event()
    det = FakeDetector({EMAIL: "EMAIL"}, gate=gate, latency=0.05)
    provider, exporter, proc = pipeline("simple", background=True, backend=det, fallback=None)
    lg = provider.get_logger("x")
    for n in range(500):
        lg.emit(LogRecord(body=f"n{n} {EMAIL}"))
    assert not gate.is_set()
    assert () == exporter.get_finished_logs()
    gate.set()
    assert proc.force_flush()
    assert 500 == len(exporter.get_finished_logs())
    assert_clean(exported_json(exporter))


def test_force_flush_and_shutdown_reach_the_inner_processor():
    """force_flush and shutdown are passed on (after the queue is drained); shutdown is idempotent."""
    calls: list[str] = []

    class Inner(SimpleLogRecordProcessor):
        def force_flush(self, timeout_millis: int = 30000) -> bool:
            calls.append("flush")
            return True

        def shutdown(self) -> None:
            calls.append("shutdown")
            super().shutdown()

    exporter = InMemoryLogRecordExporter()
    proc = RedactingLogRecordProcessor(Inner(exporter))
    provider = LoggerProvider(shutdown_on_exit=False)
    provider.add_log_record_processor(proc)
    provider.get_logger("x").emit(LogRecord(body=f"hi {EMAIL}"))
    assert provider.force_flush()
    assert ["flush"] == calls
    assert 1 == len(exporter.get_finished_logs())
    provider.shutdown()
    proc.shutdown()
    assert ["flush", "shutdown"] == calls


def test_options_go_through_build_redactor():
    """Options mean what build_redactor says; misuse is a ConfigError naming the option."""
    exporter = InMemoryLogRecordExporter()
    proc = RedactingLogRecordProcessor(SimpleLogRecordProcessor(exporter), background=False, mode="replace")
    provider = LoggerProvider(shutdown_on_exit=False)
    provider.add_log_record_processor(proc)
    provider.get_logger("x").emit(LogRecord(body=f"mail {EMAIL}"))
    assert "mail [EMAIL]" == exporter.get_finished_logs()[0].log_record.body
    provider.shutdown()
    with pytest.raises(ConfigError, match="mode"):
        RedactingLogRecordProcessor(SimpleLogRecordProcessor(exporter), redactor=Redactor(), mode="replace")
    with pytest.raises(ConfigError, match="no_such_option"):
        RedactingLogRecordProcessor(SimpleLogRecordProcessor(exporter), no_such_option=1)
    with pytest.raises(ConfigError, match="max_queue"):
        RedactingLogRecordProcessor(SimpleLogRecordProcessor(exporter), max_queue=0)
    with pytest.raises(ConfigError, match="inner"):
        RedactingLogRecordProcessor(object())
    with pytest.raises(ConfigError, match="max_batch"):
        RedactingLogRecordProcessor(SimpleLogRecordProcessor(exporter), background=False, max_batch=8)
    sync = RedactingLogRecordProcessor(SimpleLogRecordProcessor(exporter), background=False, timeout=0.5)
    assert 0.5 == sync.redactor.timeout  # without a queue, the redactor's budget
    queued = RedactingLogRecordProcessor(SimpleLogRecordProcessor(exporter), timeout=0.5)
    assert queued.queue is not None and 0.5 == queued.queue.timeout
    assert queued.redactor.timeout is None
    queued.shutdown()


def _run(args: list[str], **kw: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=120, **kw)


def test_import_piiredact_does_not_import_opentelemetry():
    """`import piiredact` stays light; a missing SDK names the pip line."""
    r = _run(["-c", "import sys, piiredact; print(any(m.startswith('opentelemetry') for m in sys.modules))"],
             cwd=ROOT)
    assert "False" == r.stdout.strip(), r.stderr
    r = _run(["-c", textwrap.dedent("""
        import sys
        sys.modules['opentelemetry'] = None
        try:
            import piiredact.otel
        except ImportError as e:
            print(type(e).__name__, e)
    """)], cwd=ROOT)
    assert "MissingDependencyError" in r.stdout and "pip install 'piiredact[otel]'" in r.stdout, r.stderr


def test_doc_setup_runs_as_written(tmp_path):
    """docs/otel.md: the setup block, gc.collect(), then the usage block, in a fresh
    interpreter; the console exporter's output (at exit) holds the records, redacted."""
    text = (ROOT / "docs" / "otel.md").read_text(encoding="utf-8")
    setup, usage = re.findall(r"```python\n(.*?)```", text, re.S)[:2]
    script = tmp_path / "app.py"
    script.write_text(setup + "\nimport gc; gc.collect()\n" + usage, encoding="utf-8")
    r = _run(["-W", "ignore::DeprecationWarning", str(script)], cwd=tmp_path)
    assert 0 == r.returncode, r.stderr[-2000:]
    out = r.stdout
    docs = [json.loads(m) for m in re.findall(r"^\{.*?^\}", out, re.S | re.M)]
    bodies = [d["body"] for d in docs]
    assert any(str(b).startswith("password reset for") for b in bodies), out[-2000:]
    assert any(d["attributes"] and "exception.stacktrace" in d["attributes"] for d in docs)
    for value in ("alice@example.com", "4111 1111 1111 1111", "203.0.113.9"):
        assert value not in out, value


class _BrokenBody(dict):  # type: ignore[type-arg]
    """A body whose walk raises (items() fails): it must become the placeholder, not vanish."""

    def items(self):  # type: ignore[no-untyped-def,override]
        raise RuntimeError("broken")


@pytest.mark.parametrize("background", [True, False], ids=["background", "sync"])
def test_an_unwalkable_body_becomes_the_placeholder_and_is_still_exported(pipeline, background):
    """Fail closed and keep the count: one record in, one record out, without its data."""
    from piiredact import UNANALYSED_PLACEHOLDER

    provider, exporter, proc = pipeline("simple", background=background)
    provider.get_logger("x").emit(LogRecord(body=_BrokenBody(email=EMAIL), attributes={"n": 1}))
    proc.force_flush()
    (r,) = exporter.get_finished_logs()
    assert UNANALYSED_PLACEHOLDER == r.log_record.body
