"""RedactProcessor in real structlog configurations (JSON/Console renderers, real sinks, ProcessorFormatter)."""

from __future__ import annotations

import importlib
import io
import json
import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from piiredact._structured import CUT_PLACEHOLDER

structlog = pytest.importorskip("structlog")

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from piiredact import ConfigError, MissingDependencyError, Policy, Redactor  # noqa: E402
from piiredact.structlog import RedactProcessor  # noqa: E402
from piiredact.testing import FailingDetector, FakeDetector  # noqa: E402

EMAIL = "jane.doe@example.com"
SSN = "123-45-6789"
PHONE = "+1 415 555 0132"


@pytest.fixture(autouse=True)
def _reset_structlog() -> Iterator[None]:
    """structlog's configuration is process-global: restore the defaults after every test."""
    structlog.reset_defaults()
    yield
    structlog.reset_defaults()


@pytest.fixture
def stdlib_logger() -> Iterator[logging.Logger]:
    """A private stdlib logger; its handlers and level are restored afterwards."""
    logger = logging.getLogger("piiredact.tests.structlog")
    saved = (logger.handlers[:], logger.level, logger.propagate)
    logger.handlers[:] = []
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    yield logger
    logger.handlers[:], logger.level, logger.propagate = saved[0], saved[1], saved[2]


def _json_to_file(path: Path, processor: Any, *pre: Any) -> Any:
    """Configure structlog to write JSON lines to ``path`` through ``processor``."""
    fh = path.open("w", encoding="utf-8")
    structlog.configure(
        processors=[structlog.processors.add_log_level, *pre, processor, structlog.processors.JSONRenderer()],
        logger_factory=structlog.WriteLoggerFactory(file=fh),
        cache_logger_on_first_use=False,
    )
    return fh


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# -- import behaviour -------------------------------------------------------------------


def test_import_piiredact_does_not_import_structlog() -> None:
    """`import piiredact` leaves structlog unimported (lazy optional dependency)."""
    code = "import sys, piiredact; print('structlog' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "False" == out.stdout.strip()


def test_module_uses_real_structlog() -> None:
    """Inside piiredact.structlog, `import structlog` is the real package, not the module itself."""
    mod = importlib.import_module("piiredact.structlog")
    assert structlog is mod.structlog


def test_missing_structlog_raises_pip_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without structlog, importing the integration raises MissingDependencyError with the pip line."""
    monkeypatch.delitem(sys.modules, "piiredact.structlog")
    monkeypatch.setitem(sys.modules, "structlog", None)  # makes `import structlog` fail
    monkeypatch.setitem(sys.modules, "structlog.processors", None)
    with pytest.raises(MissingDependencyError) as info:
        importlib.import_module("piiredact.structlog")
    assert "pip install 'piiredact[structlog]'" in str(info.value)


# -- JSONRenderer into a real file ------------------------------------------------------


def test_json_nested_pii_redacted(tmp_path: Path) -> None:
    """Strings in nested dicts, lists and tuples are redacted; keys and shape are kept."""
    out = tmp_path / "app.log"
    fh = _json_to_file(out, RedactProcessor(backend="regex"))
    structlog.get_logger().info(
        f"signup from {EMAIL}",
        user={"contact": {"email": EMAIL, "phones": [PHONE, ("home", PHONE)]}},
        tags=["new", f"ssn {SSN}"],
    )
    fh.close()
    text = out.read_text(encoding="utf-8")
    assert EMAIL not in text and SSN not in text and PHONE not in text
    (line,) = _lines(out)
    assert "signup from " + "*" * len(EMAIL) == line["event"]
    assert "*" * len(EMAIL) == line["user"]["contact"]["email"]
    assert ["*" * len(PHONE), ["home", "*" * len(PHONE)]] == line["user"]["contact"]["phones"]
    assert ["new", "ssn " + "*" * len(SSN)] == line["tags"]


def test_numbers_holding_a_phone_or_card_redacted(tmp_path: Path) -> None:
    """A phone or card passed as an int keyword is redacted like the same digits in a string."""
    out = tmp_path / "app.log"
    fh = _json_to_file(out, RedactProcessor(backend="regex"))
    structlog.get_logger().info("sms sent", phone=14155552671, card=4111111111111111, attempts=3)
    fh.close()
    (line,) = _lines(out)
    assert ("*" * 11, "*" * 16, 3) == (line["phone"], line["card"], line["attempts"])


def test_bound_context_redacted(tmp_path: Path) -> None:
    """Values bound with log.bind(...) are part of every event and are redacted too."""
    out = tmp_path / "app.log"
    fh = _json_to_file(out, RedactProcessor(backend="regex"))
    log = structlog.get_logger().bind(user_email=EMAIL)
    log.info("first")
    log.bind(caller=PHONE).warning("second")
    fh.close()
    lines = _lines(out)
    assert ["*" * len(EMAIL)] * 2 == [ln["user_email"] for ln in lines]
    assert "*" * len(PHONE) == lines[1]["caller"]
    assert EMAIL not in out.read_text(encoding="utf-8")


def test_skip_keys_and_non_strings_untouched(tmp_path: Path) -> None:
    """skip_keys are never touched (even if they look like PII); ints that hold no value, floats, bools,
    None stay as they are."""
    out = tmp_path / "app.log"
    fh = _json_to_file(out, RedactProcessor(backend="regex", skip_keys=["request_id", "trace_id"]))
    structlog.get_logger().info(
        "ok", request_id=SSN, trace_id=EMAIL, count=4155550132, ratio=0.5, flag=True, nothing=None,
        nested={"n": [1, 2.5, False]},
    )
    fh.close()
    (line,) = _lines(out)
    assert SSN == line["request_id"]
    assert EMAIL == line["trace_id"]
    assert (4155550132, 0.5, True, None) == (line["count"], line["ratio"], line["flag"], line["nothing"])
    assert {"n": [1, 2.5, False]} == line["nested"]


def test_redact_keys_whatever_the_detector_says(tmp_path: Path) -> None:
    """password/ssn-like keys and the user's redact_keys are redacted whole even when nothing is detected."""
    out = tmp_path / "app.log"
    nothing_found = FakeDetector({})
    fh = _json_to_file(out, RedactProcessor(backend=nothing_found, fallback=None, redact_keys="pin_code"))
    structlog.get_logger().info("login", password="hunter2", ssn="not-a-pattern", pin_code="4711",
                                user="alice")
    fh.close()
    (line,) = _lines(out)
    assert ("*******", "*" * len("not-a-pattern"), "****") == (line["password"], line["ssn"], line["pin_code"])
    assert "alice" == line["user"]
    assert 1 == nothing_found.calls  # one batched detector call per event


def test_policy_shortcuts_replace_mode(tmp_path: Path) -> None:
    """mode='replace' (Policy.from_options) writes entity labels instead of masks."""
    out = tmp_path / "app.log"
    fh = _json_to_file(out, RedactProcessor(backend="regex", mode="replace", entities="EMAIL"))
    structlog.get_logger().info(f"mail {EMAIL} ssn {SSN}")
    fh.close()
    assert f"mail [EMAIL] ssn {SSN}" == _lines(out)[0]["event"]


def test_policy_object_and_dict_accepted() -> None:
    """policy= accepts a Policy or a dict; keyword shortcuts extend it."""
    by_obj = RedactProcessor(backend="regex", policy=Policy(action="replace"), skip_keys="request_id")
    by_dict = RedactProcessor(backend="regex", policy={"action": "replace"})
    assert "replace" == by_obj.redactor.policy.action == by_dict.redactor.policy.action
    assert "request_id" in by_obj.redactor.policy.skip_keys
    assert "password" in by_obj.redactor.policy.redact_keys  # defaults kept


@pytest.mark.parametrize(
    ("kwargs", "key"),
    [({"mode": "scramble"}, "action"), ({"policy": {"colour": "red"}}, "colour"),
     ({"min_score": 7}, "min_score")],
)
def test_bad_options_name_the_key(kwargs: dict[str, Any], key: str) -> None:
    """Invalid options raise a one-line ConfigError naming the key."""
    with pytest.raises(ConfigError) as info:
        RedactProcessor(backend="regex", **kwargs)
    assert key in str(info.value) and "\n" not in str(info.value)


def test_redactor_and_backend_are_exclusive() -> None:
    """Passing a Redactor and backend options at once is a ConfigError naming the option."""
    with pytest.raises(ConfigError, match="backend"):
        RedactProcessor(redactor=Redactor("regex"), backend="regex")


def test_shared_redactor_is_not_closed() -> None:
    """A processor given a Redactor uses it (counters land there) and does not close it."""
    closed: list[bool] = []

    class Probe(FakeDetector):
        def close(self) -> None:
            closed.append(True)

    red = Redactor(Probe({EMAIL: "EMAIL"}), fallback=None)
    proc = RedactProcessor(redactor=red)
    assert {"event": "*" * len(EMAIL)} == proc(None, "info", {"event": EMAIL})
    proc.close()
    assert [] == closed
    assert 1 == red.stats()["findings.EMAIL"]


# -- exceptions -------------------------------------------------------------------------


def _raise_with_pii() -> None:
    secret_local = f"ssn={SSN}"  # noqa: F841 - a local variable for show_locals renderers
    raise ValueError(f"cannot bill {EMAIL}, ssn {SSN}")


@pytest.mark.parametrize(
    "pre",
    [[], [structlog.processors.format_exc_info]],
    ids=["exc_info-rendered-by-processor", "format_exc_info"],
)
def test_exception_text_redacted(tmp_path: Path, pre: list[Any]) -> None:
    """exc_info=True inside an except block yields a redacted traceback string, raw exception gone."""
    out = tmp_path / "app.log"
    fh = _json_to_file(out, RedactProcessor(backend="regex"), *pre)
    log = structlog.get_logger()
    try:
        _raise_with_pii()
    except ValueError:
        log.error("billing failed", exc_info=True)
    fh.close()
    text = out.read_text(encoding="utf-8")
    assert EMAIL not in text and SSN not in text
    (line,) = _lines(out)
    assert "exc_info" not in line
    assert "Traceback (most recent call last)" in line["exception"]
    assert "ValueError: cannot bill " + "*" * len(EMAIL) in line["exception"]


def test_exception_instance_as_exc_info(tmp_path: Path) -> None:
    """An exception object passed as exc_info (outside the except block) is rendered and redacted."""
    out = tmp_path / "app.log"
    fh = _json_to_file(out, RedactProcessor(backend="regex"))
    try:
        _raise_with_pii()
    except ValueError as e:
        err = e
    structlog.get_logger().error("later", exc_info=err)
    fh.close()
    (line,) = _lines(out)
    assert "ValueError: cannot bill " + "*" * len(EMAIL) in line["exception"]
    assert SSN not in out.read_text(encoding="utf-8")


def test_dict_tracebacks_redacted_including_locals(tmp_path: Path) -> None:
    """Structured tracebacks: exc_value and rendered locals are redacted, frames kept."""
    out = tmp_path / "app.log"
    renderer = structlog.processors.ExceptionRenderer(
        structlog.tracebacks.ExceptionDictTransformer(show_locals=True))
    fh = _json_to_file(out, RedactProcessor(backend="regex"), renderer)
    try:
        _raise_with_pii()
    except ValueError:
        structlog.get_logger().exception("billing failed")
    fh.close()
    text = out.read_text(encoding="utf-8")
    assert EMAIL not in text and SSN not in text
    (line,) = _lines(out)
    (stack,) = line["exception"]
    assert "ValueError" == stack["exc_type"]
    assert "cannot bill " + "*" * len(EMAIL) + ", ssn " + "*" * len(SSN) == stack["exc_value"]
    assert "_raise_with_pii" in [f["name"] for f in stack["frames"]]


def test_dict_tracebacks_default_placement(tmp_path: Path) -> None:
    """The stock dict_tracebacks processor before RedactProcessor is covered too."""
    out = tmp_path / "app.log"
    fh = _json_to_file(out, RedactProcessor(backend="regex"), structlog.processors.dict_tracebacks)
    try:
        _raise_with_pii()
    except ValueError:
        structlog.get_logger().error("boom", exc_info=True)
    fh.close()
    assert SSN not in out.read_text(encoding="utf-8")
    assert "*" * len(SSN) in _lines(out)[0]["exception"][0]["exc_value"]


# -- ConsoleRenderer --------------------------------------------------------------------


def test_console_renderer_to_stringio() -> None:
    """ConsoleRenderer(colors=False) writing to a StringIO: message, context and traceback redacted."""
    buf = io.StringIO()
    structlog.configure(
        processors=[
            structlog.processors.add_log_level,
            RedactProcessor(backend="regex", skip_keys="request_id"),
            structlog.dev.ConsoleRenderer(colors=False, exception_formatter=structlog.dev.plain_traceback),
        ],
        logger_factory=structlog.PrintLoggerFactory(file=buf),
        cache_logger_on_first_use=False,
    )
    log = structlog.get_logger().bind(user=EMAIL, request_id="req-42")
    log.info(f"call {PHONE}", attempt=3)
    try:
        _raise_with_pii()
    except ValueError:
        log.exception("failed")
    text = buf.getvalue()
    assert EMAIL not in text and SSN not in text and PHONE not in text
    assert "call " + "*" * len(PHONE) in text
    assert "request_id=req-42" in text and "attempt=3" in text
    assert "ValueError: cannot bill" in text


def test_too_deep_nesting_does_not_crash() -> None:
    """A structure nested past the walk's depth bound is cut to a placeholder there; the rest of
    the event is redacted and the call does not raise."""
    deep: list[Any] = []
    cur = deep
    for _ in range(sys.getrecursionlimit() + 100):
        cur.append([])
        cur = cur[0]
    cur.append(EMAIL)
    out = RedactProcessor(backend="regex")(None, "info", {"event": f"x {EMAIL}", "deep": deep, "n": 1})
    assert f"x {'*' * len(EMAIL)}" == out["event"] and 1 == out["n"]
    assert EMAIL not in repr(out)
    assert CUT_PLACEHOLDER in repr(out)


# -- backend failure --------------------------------------------------------------------


def test_failing_backend_falls_back_to_regex(tmp_path: Path) -> None:
    """A failing backend still yields redacted output (regex fallback), counted in stats."""
    out = tmp_path / "app.log"
    proc = RedactProcessor(backend=FailingDetector())
    fh = _json_to_file(out, proc)
    structlog.get_logger().info(f"mail {EMAIL}")
    fh.close()
    assert "mail " + "*" * len(EMAIL) == _lines(out)[0]["event"]
    assert 1 <= int(proc.stats()["backend_errors"])  # type: ignore[call-overload]


def test_failing_backend_without_fallback_placeholder(tmp_path: Path) -> None:
    """With no fallback, strings become the placeholder: never the raw text."""
    out = tmp_path / "app.log"
    fh = _json_to_file(out, RedactProcessor(backend=FailingDetector(), fallback=None))
    structlog.get_logger().info(f"mail {EMAIL}", n=1)
    fh.close()
    (line,) = _lines(out)
    assert EMAIL not in line["event"] and "REDACTED" in line["event"]
    assert 1 == line["n"]


# -- stdlib records through ProcessorFormatter -------------------------------------------


def _formatter(placement: str, **kw: Any) -> structlog.stdlib.ProcessorFormatter:
    proc = RedactProcessor(backend="regex")
    pre: list[Any] = [structlog.stdlib.add_log_level]
    # Before remove_processors_meta: the processor needs `_record` to harden keep_exc_info.
    post: list[Any] = [] if placement == "foreign_pre_chain" else [proc]
    if placement == "foreign_pre_chain":
        pre.append(proc)
    return structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=pre,
        processors=[*post, structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                    structlog.processors.JSONRenderer()],
        **kw,
    )


@pytest.mark.parametrize("placement", ["foreign_pre_chain", "processors"])
def test_processor_formatter_stdlib_record(stdlib_logger: logging.Logger, placement: str) -> None:
    """A plain stdlib record (positional args, exception) rendered by ProcessorFormatter is redacted."""
    buf = io.StringIO()
    handler = logging.StreamHandler(buf)
    handler.setFormatter(_formatter(placement, pass_foreign_args=True))
    stdlib_logger.addHandler(handler)
    stdlib_logger.info("user %s called from %s", EMAIL, PHONE)
    try:
        _raise_with_pii()
    except ValueError:
        stdlib_logger.exception("failed for %s", EMAIL)
    text = buf.getvalue()
    assert EMAIL not in text and SSN not in text and PHONE not in text
    first, second = (json.loads(line) for line in text.splitlines())
    assert f"user {'*' * len(EMAIL)} called from {'*' * len(PHONE)}" == first["event"]
    assert ["*" * len(EMAIL), "*" * len(PHONE)] == first["positional_args"]
    assert "ValueError: cannot bill" in second["exception"]


@pytest.mark.parametrize("placement", ["foreign_pre_chain", "processors"])
def test_processor_formatter_keep_exc_info(stdlib_logger: logging.Logger, placement: str) -> None:
    """With keep_exc_info=True the traceback the stdlib formatter appends is the redacted one."""
    buf = io.StringIO()
    handler = logging.StreamHandler(buf)
    handler.setFormatter(_formatter(placement, keep_exc_info=True, keep_stack_info=True))
    stdlib_logger.addHandler(handler)
    try:
        _raise_with_pii()
    except ValueError:
        stdlib_logger.error("failed", exc_info=True, stack_info=True)
    text = buf.getvalue()
    assert EMAIL not in text and SSN not in text
    assert "ValueError: cannot bill " + "*" * len(EMAIL) in text


def test_processor_formatter_structlog_events(stdlib_logger: logging.Logger) -> None:
    """structlog events routed through stdlib (wrap_for_formatter) and foreign records share one handler."""
    buf = io.StringIO()
    handler = logging.StreamHandler(buf)
    handler.setFormatter(_formatter("processors"))
    stdlib_logger.addHandler(handler)
    structlog.configure(
        processors=[structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=lambda *a: stdlib_logger,
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=False,
    )
    structlog.get_logger().bind(user_email=EMAIL).info("hello", ssn_note=f"ssn {SSN}")
    stdlib_logger.warning("plain %s", EMAIL)
    text = buf.getvalue()
    assert EMAIL not in text and SSN not in text
    first, second = (json.loads(line) for line in text.splitlines())
    assert "*" * len(EMAIL) == first["user_email"]
    assert "plain " + "*" * len(EMAIL) == second["event"]


@pytest.mark.parametrize("redact_first", [True, False], ids=["before-formatting", "after-formatting"])
def test_stdlib_bound_logger_positional_args(stdlib_logger: logging.Logger, redact_first: bool) -> None:
    """structlog.stdlib.BoundLogger's %-style args are redacted wherever the processor sits
    relative to PositionalArgumentsFormatter (args as a tuple, or the formatted event)."""
    buf = io.StringIO()
    handler = logging.StreamHandler(buf)
    handler.setFormatter(logging.Formatter("%(message)s"))
    stdlib_logger.addHandler(handler)
    proc = RedactProcessor(backend="regex")
    fmt = structlog.stdlib.PositionalArgumentsFormatter()
    structlog.configure(
        processors=[*([proc, fmt] if redact_first else [fmt, proc]), structlog.processors.JSONRenderer()],
        logger_factory=lambda *a: stdlib_logger,
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=False,
    )
    structlog.get_logger().info("user %s from %s", EMAIL, "10.1.2.3", attempt=2)
    text = buf.getvalue()
    assert EMAIL not in text and "10.1.2.3" not in text
    line = json.loads(text)
    assert f"user {'*' * len(EMAIL)} from ********" == line["event"]
    assert 2 == line["attempt"]


# -- properties -------------------------------------------------------------------------

SECRET = "zq-secret-value-zq"
_leaf = st.one_of(
    st.integers(), st.floats(allow_nan=False), st.booleans(), st.none(),
    st.text(alphabet="abc xyz-", max_size=12).map(lambda s: s.replace(SECRET, "")),
    st.text(alphabet="abc ", max_size=6).map(lambda s: f"{s}{SECRET}{s}"),
)
_values = st.recursive(
    _leaf,
    lambda kids: st.one_of(st.lists(kids, max_size=4),
                           st.dictionaries(st.sampled_from(["a", "b", "c", "d"]), kids, max_size=4)),
    max_leaves=15,
)
_PROP_PROC = RedactProcessor(backend=FakeDetector({SECRET: "PASSWORD"}), fallback=None)


def _strip_strings(obj: Any) -> Any:
    if isinstance(obj, str):
        return str
    if isinstance(obj, dict):
        return {k: _strip_strings(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_strip_strings(v) for v in obj]
    return obj


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(st.sampled_from(["event", "x", "y"]), _values, max_size=3))
def test_secret_never_rendered_and_shape_kept(event: dict[str, Any]) -> None:
    """Whatever the nesting, the secret never reaches the renderer; keys and non-strings are unchanged."""
    out = _PROP_PROC(None, "info", dict(event))
    assert SECRET not in json.dumps(out)
    assert _strip_strings(event) == _strip_strings(out)


def test_dict_tracebacks_truncated_locals_never_keep_a_partial_value() -> None:
    """Issue 13.9: dict_tracebacks cuts each local at 80 characters before redaction, so a value
    crossing the cut (12 of 16 card digits, an e-mail up to its domain) cannot be recognised;
    the tail of every truncated local is masked whole."""
    import structlog as real_structlog

    def pay() -> None:
        card_note = "a" * 67 + " 4111111111111111"  # noqa: F841  (cut after 12 digits)
        mail_note = "b" * 65 + " ann.lee@example.com"  # noqa: F841  (cut inside the domain)
        ssn_note = "c" * 74 + " 123-45-6789"  # noqa: F841  (cut after 5 digits)
        raise ValueError("declined")

    try:
        pay()
    except ValueError:
        event = real_structlog.processors.dict_tracebacks(None, "error", {"event": "x", "exc_info": True})
    out = RedactProcessor(backend="regex")(None, "error", event)
    local = out["exception"][0]["frames"][-1]["locals"]
    text = repr(local)
    assert "411111111111" not in text and "ann.lee" not in text and "123-4" not in text
    assert local["card_note"].startswith("'" + "a" * 67 + " ") and local["card_note"].endswith("'+4")
