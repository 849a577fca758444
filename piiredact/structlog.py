"""structlog integration: a redacting processor and a non-blocking logger factory.

``RedactProcessor`` redacts an event dict synchronously, in the processor chain::

    structlog.configure(processors=[
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso"),
        structlog.processors.format_exc_info,      # or dict_tracebacks
        RedactProcessor(),                         # after exceptions are rendered
        structlog.processors.JSONRenderer(),       # before the renderer
    ])

``BackgroundLoggerFactory`` is the non-blocking path: the caller runs the usual chain
(renderer included) and only enqueues the rendered line; a worker thread redacts it
(JSON-aware) and writes it, in order.

Importing this module needs structlog (``pip install 'piiredact[structlog]'``);
importing :mod:`piiredact` alone never imports it.
"""

from __future__ import annotations

import io
import json
import logging
import re
import sys
import threading
from collections.abc import Mapping, MutableMapping
from typing import IO, TYPE_CHECKING, Any

from ._exceptions import ConfigError, MissingDependencyError

try:  # absolute import: the real structlog, not this module
    import structlog  # noqa: F401  (re-exported for checks: this must be the real package)
    from structlog.processors import ExceptionRenderer
except ImportError:  # pragma: no cover - exercised by a test that hides structlog
    raise MissingDependencyError(
        "the structlog integration needs structlog: pip install 'piiredact[structlog]'"
    ) from None

from . import _codec
from ._options import build_policy, build_redactor
from ._redact import UNANALYSED_PLACEHOLDER
from ._redactor import RedactionResult, Redactor

if TYPE_CHECKING:
    from ._queue import BackgroundQueue, Overflow

#: What the stdlib record's cached exception text becomes when the exception went
#: into the event dict in structured form (there is no redacted string to reuse).
_STRUCTURED_EXC_TEXT = "[exception rendered in the event]"


_SCALARS = (str, int, float, bool, type(None))

# A local that structlog's dict_tracebacks cut at ``locals_max_string``: ``'<first 80>'+N``
# (the repr of the truncated repr, then the number of characters cut).
_TRUNCATED = re.compile(r"""(?s)\A(?P<q>['"])(?P<body>.*)(?P=q)\+(?P<n>\d+)\Z""")
# The tail a cut may have split: a run of digits and separators (card, SSN, phone) or one
# unbroken token (an e-mail up to "example."). Masked whatever the detector said.
_TAIL = re.compile(r"""(?:\+?\d[\d \-.()/]*|[^\s'"\\]+)\Z""")


class RedactProcessor:
    """A structlog processor that redacts PII from every string in the event dict.

    Strings are redacted recursively (nested dicts, lists, tuples) with one batched
    detector call per event; each string is analysed with its key as context. Values
    under ``redact_keys`` (``password``, ``ssn``, ... plus yours) are redacted whole
    whatever the detector says; ``skip_keys`` (e.g. ``request_id``) are never touched;
    non-strings are left alone (but note: a renderer may ``repr()`` them).

    Exceptions: an ``exc_info`` entry is rendered to text here (with
    ``exception_formatter``, structlog's plain traceback by default) and redacted, so
    no later processor can re-render the raw exception; an ``exception`` entry made
    earlier by ``format_exc_info`` (a string) or ``dict_tracebacks`` (a list of dicts)
    is redacted like any other value.

    Place it after ``format_exc_info``/``dict_tracebacks`` and every processor that adds
    data, immediately before the renderer (or ``ProcessorFormatter.wrap_for_formatter``).
    """

    __slots__ = ("_exc", "_mask", "_owns", "_redact_value", "redactor")

    def __init__(self, *, redactor: Redactor | None = None, exception_formatter: Any = None,
                 **options: Any) -> None:
        # ``options`` are piiredact.build_redactor's: backend, policy, config, mode, mask,
        # min_score, entities, redact_keys/skip_keys (additive), fallback, timeout, metrics.
        self.redactor = build_redactor(redactor, **options)
        self._owns = redactor is None
        # Bound once: __call__ is on every log call's path.
        self._redact_value = self.redactor.redact_value
        self._mask = self.redactor.policy.mask_char
        self._exc = ExceptionRenderer() if exception_formatter is None else ExceptionRenderer(
            exception_formatter)

    def __call__(self, logger: Any, method_name: str, event_dict: MutableMapping[str, Any]) -> Any:
        if "exc_info" in event_dict:
            # Render now (inside the except block, where exc_info=True still resolves)
            # so the raw exception object never reaches a later processor or renderer.
            event_dict = self._exc(logger, method_name, event_dict)
        try:
            redacted = self._redact_value(event_dict)
        except RecursionError:  # bad data never crashes the logging call
            redacted = self._redact_value({k: v if isinstance(v, _SCALARS) else UNANALYSED_PLACEHOLDER
                                           for k, v in event_dict.items()})
        exc = redacted.get("exception")
        if isinstance(exc, list):
            _mask_truncated_locals(exc, self._mask)
        record = redacted.get("_record")
        if record is not None and "_from_structlog" in redacted and isinstance(record, logging.LogRecord):
            _harden_record(record, redacted)
        return redacted

    def stats(self) -> dict[str, object]:
        """Value-free counters of the underlying Redactor."""
        return self.redactor.stats()

    def close(self) -> None:
        """Release the backend if this processor created it (idempotent)."""
        if self._owns:
            self.redactor.close()

    def __repr__(self) -> str:
        return f"RedactProcessor(backend={getattr(self.redactor.detector, 'name', '?')!r})"


def _harden_record(record: logging.LogRecord, event_dict: Mapping[str, Any]) -> None:
    """Inside ``ProcessorFormatter`` the event carries ``_record``, the formatter's own
    shallow copy of the stdlib record. With ``keep_exc_info``/``keep_stack_info`` the
    formatter would append the record's raw traceback and stack after our processors;
    point those at the redacted texts instead (the copy is private to this format())."""
    if record.exc_info:
        exc = event_dict.get("exception")
        record.exc_text = exc if isinstance(exc, str) and exc else _STRUCTURED_EXC_TEXT
    if record.stack_info:
        stack = event_dict.get("stack_info")
        record.stack_info = stack if isinstance(stack, str) else None


# -- the non-blocking path -------------------------------------------------------------

def _mask_truncated_locals(exception: list[Any], mask: str) -> None:
    """dict_tracebacks cuts each local's repr at ``locals_max_string`` *before* we see it,
    so a value crossing the cut cannot be recognised (13 of 16 card digits, an e-mail up
    to ``example.``). Treat the cut conservatively: the tail token of every truncated local
    is masked whole, in place (the structure is our own redacted copy)."""
    for exc in exception:
        frames = exc.get("frames") if isinstance(exc, dict) else None
        for frame in frames if isinstance(frames, list) else ():
            local = frame.get("locals") if isinstance(frame, dict) else None
            if not isinstance(local, dict):
                continue
            for name, value in local.items():
                m = _TRUNCATED.match(value) if isinstance(value, str) else None
                if m is None:
                    continue
                body = m.group("body")
                tail = _TAIL.search(body)
                if tail is not None and tail.group():
                    body = body[: tail.start()] + mask * len(tail.group())
                    local[name] = f"{m.group('q')}{body}{m.group('q')}+{m.group('n')}"


def _redact_payloads(redactor: Redactor, payloads: list[Any], *, timeout: float | None = None) -> RedactionResult:
    """The background queue's batch function for rendered structlog output (worker and
    degrade tier alike): lines through the one line codec (JSON lines value by value,
    text lines with ``key=value`` masking for ConsoleRenderer/KeyValueRenderer), bytes
    decoded as UTF-8 first, renderer-less event dicts walked as structured values."""
    lines: list[str] = []
    others: list[Any] = []
    is_line: list[bool] = []
    for p in payloads:
        if isinstance(p, (bytes, bytearray)):
            p = bytes(p).decode("utf-8", "replace")
        is_line.append(isinstance(p, str))
        (lines if isinstance(p, str) else others).append(p)
    mixed = _codec.redact_mixed(redactor, lines, others, key_values=True, timeout=timeout)
    line_out, other_out = iter(mixed.lines), iter(mixed.values)
    return RedactionResult([next(line_out) if ok else next(other_out) for ok in is_line], mixed.tier, mixed.reason)


class _BackgroundLogger:
    """What ``BackgroundLoggerFactory`` hands structlog: every level method enqueues the
    renderer's output and returns (the caller does nothing else)."""

    __slots__ = ("_emit", "_submit")

    def __init__(self, submit: Any, emit: Any) -> None:
        self._submit = submit
        self._emit = emit

    def msg(self, message: Any = None, /, **event: Any) -> None:
        # A chain without a renderer ends in a dict, which structlog passes as keywords.
        self._submit(message if not event else event, self._emit)

    log = debug = info = warn = warning = msg
    fatal = failure = err = error = critical = exception = msg

    def __repr__(self) -> str:
        return "<piiredact background logger>"


class BackgroundLoggerFactory:
    """A structlog ``logger_factory`` that redacts and writes off the caller's thread.

    The caller runs its usual processor chain, renderer included, and its logger only
    enqueues the rendered line on a :class:`~piiredact.BackgroundQueue`. A worker
    batches lines, redacts them with the line codec (:func:`piiredact.redact_lines`: JSON
    lines value by value, other lines as text) and writes them to ``file`` (default
    ``sys.stdout``) in order, one per line. Options mean what they mean for
    :func:`piiredact.build_redactor`.

    Overload, failure and shutdown behave as the queue does: ``overflow="degrade"``
    (default) redacts in the caller with the local tier when ``max_queue`` lines wait; a
    failing or stalled backend (``timeout`` per batch) falls back (``fallback="auto"``),
    then to a placeholder; :meth:`flush`/:meth:`close` and interpreter exit write every
    queued line. Nothing is written unredacted.
    """

    def __init__(
        self,
        file: IO[str] | IO[bytes] | None = None,
        *,
        max_batch: int = 256,
        max_delay: float = 0.05,
        max_queue: int = 10_000,
        overflow: Overflow = "degrade",
        timeout: float | None = 5.0,
        **options: Any,
    ) -> None:
        # Imported here: processor-only users get no worker machinery (atexit/at-fork hooks).
        from ._queue import BackgroundQueue

        # ``options`` are piiredact.build_redactor's; ``timeout`` is the worker's budget per batch.
        self.redactor = build_redactor(**options)
        try:
            self.queue: BackgroundQueue = BackgroundQueue(
                self.redactor, max_queue=max_queue, max_batch=max_batch, max_delay=max_delay,
                overflow=overflow, timeout=timeout, name="piiredact-structlog", metrics=self.redactor.metrics,
                redact=_redact_payloads,
            )
        except ValueError as e:  # the queue names the key; make it ours
            if isinstance(e, ConfigError):
                raise
            raise ConfigError(str(e)) from None
        self.file = sys.stdout if file is None else file
        self._binary = isinstance(self.file, (io.RawIOBase, io.BufferedIOBase))
        self._lock = threading.Lock()  # emit runs on the worker, or in callers after close()
        self._logger = _BackgroundLogger(self.queue.submit, self._emit)

    def __call__(self, *args: Any) -> _BackgroundLogger:
        return self._logger

    def _emit(self, payload: Any) -> None:
        line = payload if isinstance(payload, str) else json.dumps(
            payload, separators=(",", ":"), default=_unserialisable)
        f: Any = self.file
        with self._lock:
            f.write((line + "\n").encode("utf-8", "surrogateescape") if self._binary else line + "\n")
            f.flush()

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until every line logged so far is written; False on timeout."""
        ok = self.queue.flush(timeout)
        with self._lock:
            self.file.flush()
        return ok

    def close(self) -> None:
        """Write every queued line and stop the worker (idempotent). Does not close ``file``."""
        self.queue.close()
        self.redactor.close()
        with self._lock:
            try:
                self.file.flush()
            except ValueError:  # the file was closed by its owner
                pass

    def stats(self) -> dict[str, object]:
        """Value-free counters: records in/out, degraded, fallbacks, findings per entity, ..."""
        return self.queue.stats()

    def __enter__(self) -> BackgroundLoggerFactory:
        self.queue.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _unserialisable(obj: object) -> str:
    # Values inside a renderer-less event are not known to be safe to repr(): fail closed.
    return f"<{type(obj).__name__}>"


__all__ = ["BackgroundLoggerFactory", "RedactProcessor", "build_policy"]
