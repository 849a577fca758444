"""BackgroundLoggerFactory: structlog's renderer output redacted and written by the background queue."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

structlog = pytest.importorskip("structlog")

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from piiredact import ConfigError, Redactor  # noqa: E402
from piiredact.structlog import BackgroundLoggerFactory, _redact_payloads  # noqa: E402
from piiredact.testing import FailingDetector, FakeDetector  # noqa: E402

EMAIL = "jane.doe@example.com"
SSN = "123-45-6789"
MASKED_EMAIL = "*" * len(EMAIL)


@pytest.fixture(autouse=True)
def _reset_structlog() -> Iterator[None]:
    """structlog's configuration is process-global: restore the defaults after every test."""
    structlog.reset_defaults()
    yield
    structlog.reset_defaults()


def _configure(factory: BackgroundLoggerFactory, renderer: Any = None) -> Any:
    structlog.configure(
        processors=[structlog.processors.add_log_level,
                    renderer if renderer is not None else structlog.processors.JSONRenderer()],
        logger_factory=factory,
        cache_logger_on_first_use=False,
    )
    return structlog.get_logger()


def test_json_lines_in_order_after_flush(tmp_path: Path) -> None:
    """Every event arrives, in order, redacted, compact JSON; skip_keys and non-strings untouched."""
    path = tmp_path / "app.log"
    with path.open("w", encoding="utf-8") as fh:
        factory = BackgroundLoggerFactory(fh, backend="regex", skip_keys="request_id", max_batch=16)
        log = _configure(factory).bind(user_email=EMAIL)
        for i in range(300):
            log.info(f"event {i} for {EMAIL}", n=i, request_id=SSN, password="hunter2",
                     nested={"ssn": [SSN], "ok": 1.5})
        assert factory.flush()
        text = path.read_text(encoding="utf-8")
        factory.close()
    assert EMAIL not in text
    lines = text.splitlines()
    assert list(range(300)) == [json.loads(ln)["n"] for ln in lines]
    first = json.loads(lines[0])
    assert {"user_email": MASKED_EMAIL, "request_id": SSN, "password": "*******",
            "nested": {"ssn": ["*" * len(SSN)], "ok": 1.5}, "event": f"event 0 for {MASKED_EMAIL}",
            "n": 0, "level": "info"} == first
    assert json.dumps(first, separators=(",", ":")) == lines[0]
    assert 300 == factory.stats()["records_out"]


def test_close_writes_everything(tmp_path: Path) -> None:
    """close() (via the context manager) delivers every queued line without a flush()."""
    path = tmp_path / "app.log"
    with path.open("w", encoding="utf-8") as fh:
        with BackgroundLoggerFactory(fh, backend="regex", max_delay=10.0) as factory:
            log = _configure(factory)
            for i in range(50):
                log.warning("ssn", value=f"{SSN}", i=i)
    lines = [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines()]
    assert list(range(50)) == [ln["i"] for ln in lines]
    assert {"*" * len(SSN)} == {ln["value"] for ln in lines}


def test_console_renderer_text_mode() -> None:
    """Non-JSON lines are redacted as text, and key=value secrets are masked whole."""
    buf = io.StringIO()
    factory = BackgroundLoggerFactory(buf, backend="regex")
    log = _configure(factory, structlog.dev.ConsoleRenderer(colors=False))
    log.info(f"mail from {EMAIL}", password="hunter 2", api_key="k-123")
    factory.close()
    text = buf.getvalue()
    assert EMAIL not in text and "hunter" not in text and "k-123" not in text
    assert f"mail from {MASKED_EMAIL}" in text
    assert 1 == len(text.splitlines())


def test_key_value_renderer_quotes_kept() -> None:
    """KeyValueRenderer's quoted values under redact_keys are masked inside their quotes."""
    buf = io.StringIO()
    factory = BackgroundLoggerFactory(buf, backend="regex", redact_keys="pin")
    log = _configure(factory, structlog.processors.KeyValueRenderer(key_order=["event"]))
    log.info("x", pin="1234", token="ab c", count=3)
    factory.close()
    assert "event='x' pin='****' token='****' count=3 level='info'\n" == buf.getvalue()


def test_failing_backend_still_redacted() -> None:
    """A backend that raises on every call: output is redacted by the regex fallback, nothing lost."""
    buf = io.StringIO()
    factory = BackgroundLoggerFactory(buf, backend=FailingDetector())
    log = _configure(factory)
    for i in range(20):
        log.error(f"user {EMAIL}", i=i)
    factory.close()
    lines = [json.loads(ln) for ln in buf.getvalue().splitlines()]
    assert list(range(20)) == [ln["i"] for ln in lines]
    assert {f"user {MASKED_EMAIL}"} == {ln["event"] for ln in lines}
    assert 1 <= int(factory.stats()["backend_errors"])  # type: ignore[call-overload]


def test_failing_backend_without_fallback_uses_placeholder() -> None:
    """With no fallback detector the line is still delivered and never raw (the queue's
    degrade tier or the placeholder answers)."""
    buf = io.StringIO()
    factory = BackgroundLoggerFactory(buf, backend=FailingDetector(), fallback=None)
    _configure(factory).info(f"user {EMAIL}", n=7)
    factory.close()
    line = json.loads(buf.getvalue())
    assert EMAIL not in buf.getvalue()
    assert 7 == line["n"] and line["event"] in ("user " + MASKED_EMAIL, "[REDACTED: detection unavailable]")
    assert 7 == line["n"]


def test_stalled_backend_does_not_block_caller() -> None:
    """A detector stuck on a gate: the caller finishes logging; after the gate opens all lines arrive in order."""
    gate = threading.Event()
    buf = io.StringIO()
    factory = BackgroundLoggerFactory(buf, backend=FakeDetector({EMAIL: "EMAIL"}, gate=gate),
                                      max_batch=8, max_delay=0.0, timeout=60.0)
    log = _configure(factory)
    caller = threading.Thread(target=lambda: [log.info(f"to {EMAIL}", i=i) for i in range(100)])
    try:
        caller.start()
        caller.join(60.0)  # a bound against hanging the suite, not a timing assertion
        assert not caller.is_alive()
        assert "" == buf.getvalue()  # the detector has not returned: nothing could be written yet
    finally:
        gate.set()
    factory.close()
    lines = [json.loads(ln) for ln in buf.getvalue().splitlines()]
    assert list(range(100)) == [ln["i"] for ln in lines]
    assert {f"to {MASKED_EMAIL}"} == {ln["event"] for ln in lines}


def test_overflow_degrades_in_order() -> None:
    """A full queue behind a stalled backend: the caller redacts with the regex tier; order is kept."""
    gate = threading.Event()
    buf = io.StringIO()
    # The primary finds only the email; the regex tier finds the SSN too, so we can tell them apart.
    factory = BackgroundLoggerFactory(buf, backend=FakeDetector({EMAIL: "EMAIL"}, gate=gate),
                                      max_queue=2, max_batch=1, max_delay=0.0, timeout=60.0)
    log = _configure(factory)
    try:
        for i in range(20):
            log.info(f"to {EMAIL} ssn {SSN}", i=i)
    finally:
        gate.set()
    factory.close()
    lines = [json.loads(ln) for ln in buf.getvalue().splitlines()]
    assert list(range(20)) == [ln["i"] for ln in lines]
    assert EMAIL not in buf.getvalue()
    degraded = int(factory.stats()["degraded"])  # type: ignore[call-overload]
    assert degraded == sum(1 for ln in lines if SSN not in ln["event"])
    assert 17 <= degraded  # at most 1 item in the stuck detector + max_queue=2 waiting


def test_binary_file_gets_utf8_lines() -> None:
    """A binary sink receives UTF-8 encoded, redacted lines."""
    buf = io.BytesIO()
    factory = BackgroundLoggerFactory(buf, backend="regex")
    structlog.configure(
        processors=[structlog.processors.JSONRenderer(ensure_ascii=False)], logger_factory=factory)
    structlog.get_logger().info(f"héllo {EMAIL}")
    factory.close()
    assert f'{{"event":"héllo {MASKED_EMAIL}"}}\n'.encode() == buf.getvalue()


def test_chain_without_renderer_writes_json() -> None:
    """An event dict reaching the logger unrendered is redacted as a structure and written as JSON."""
    buf = io.StringIO()
    factory = BackgroundLoggerFactory(buf, backend="regex")
    structlog.configure(processors=[], logger_factory=factory)
    structlog.get_logger().info("x", email=EMAIL, obj=object())
    factory.close()
    assert {"event": "x", "email": MASKED_EMAIL, "obj": "<object>"} == json.loads(buf.getvalue())


def test_exceptions_redacted_off_thread() -> None:
    """format_exc_info runs in the caller; the rendered traceback is redacted by the worker."""
    buf = io.StringIO()
    factory = BackgroundLoggerFactory(buf, backend="regex")
    structlog.configure(
        processors=[structlog.processors.format_exc_info, structlog.processors.JSONRenderer()],
        logger_factory=factory,
    )
    try:
        raise ValueError(f"no account for {EMAIL} ({SSN})")
    except ValueError:
        structlog.get_logger().exception("lookup failed")
    factory.close()
    assert EMAIL not in buf.getvalue() and SSN not in buf.getvalue()
    assert f"ValueError: no account for {MASKED_EMAIL}" in json.loads(buf.getvalue())["exception"]


def test_bad_data_written_redacted() -> None:
    """Invalid UTF-8 bytes, JSON nested past the recursion limit and non-JSON braces all arrive redacted."""
    buf = io.StringIO()
    factory = BackgroundLoggerFactory(buf, backend="regex")
    logger = factory()
    depth = sys.getrecursionlimit() + 100
    logger.info(b"\xff\xfe mail " + EMAIL.encode())
    logger.info('{"a":' * depth + json.dumps(EMAIL) + "}" * depth)
    logger.info("{not json " + EMAIL)
    factory.close()
    lines = buf.getvalue().splitlines()
    assert 3 == len(lines)
    assert EMAIL not in buf.getvalue()
    assert "\ufffd\ufffd mail " + MASKED_EMAIL == lines[0]
    assert "{not json " + MASKED_EMAIL == lines[2]


@pytest.mark.parametrize(
    ("kwargs", "key"),
    [({"overflow": "explode"}, "overflow"), ({"max_queue": 0}, "max_queue"), ({"mode": "x"}, "action")],
)
def test_bad_options_name_the_key(kwargs: dict[str, Any], key: str) -> None:
    """Invalid factory options raise a one-line ConfigError naming the key."""
    with pytest.raises(ConfigError, match=key):
        BackgroundLoggerFactory(io.StringIO(), backend="regex", **kwargs)


def test_atexit_drains_queue(tmp_path: Path) -> None:
    """A process that exits without close() still writes every queued line, redacted."""
    path = tmp_path / "out.log"
    script = textwrap.dedent(f"""
        import structlog
        from piiredact.structlog import BackgroundLoggerFactory
        fh = open({str(path)!r}, "w", encoding="utf-8")
        factory = BackgroundLoggerFactory(fh, backend="regex", max_delay=30.0, max_batch=10_000)
        structlog.configure(processors=[structlog.processors.JSONRenderer()], logger_factory=factory)
        log = structlog.get_logger()
        for i in range(500):
            log.info("mail {EMAIL}", i=i)
    """)
    subprocess.run([sys.executable, "-c", script], check=True, timeout=120,
                   cwd=Path(__file__).resolve().parent.parent)
    lines = [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines()]
    assert list(range(500)) == [ln["i"] for ln in lines]
    assert {f"mail {MASKED_EMAIL}"} == {ln["event"] for ln in lines}


# -- the worker-side line redactor -------------------------------------------------------

SECRET = "zq-secret-value-zq"
_leaf = st.one_of(
    st.integers(), st.booleans(), st.none(), st.text(max_size=10).map(lambda s: s.replace(SECRET, "")),
    st.text(max_size=4).map(lambda s: f"{s}{SECRET}{s}"),
)
_keys = st.text(alphabet="abxyz_", max_size=6)  # never a redact_keys name: their ints would become strings
_docs = st.dictionaries(
    _keys,
    st.recursive(_leaf, lambda kids: st.one_of(st.lists(kids, max_size=3),
                                               st.dictionaries(_keys, kids, max_size=3)),
                 max_leaves=10),
    max_size=4,
)
_LINE = Redactor(FakeDetector({SECRET: "PASSWORD"}), {"skip_keys": []}, fallback=None)


@settings(max_examples=60, deadline=None)
@given(_docs, st.booleans())
def test_json_line_roundtrip_property(doc: dict[str, Any], ascii_only: bool) -> None:
    """Any JSON object line: the secret is gone, it still parses, and every non-string is unchanged."""
    line = json.dumps(doc, ensure_ascii=ascii_only)
    (out,) = _redact_payloads(_LINE, [line]).values
    assert SECRET not in out
    parsed = json.loads(out)

    def shape(o: Any) -> Any:
        if isinstance(o, str):
            return str
        if isinstance(o, dict):
            return {k: shape(v) for k, v in o.items()}
        if isinstance(o, list):
            return [shape(v) for v in o]
        return o

    assert shape(json.loads(line)) == shape(parsed)
