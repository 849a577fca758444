"""OpenTelemetry integration: a log record processor that redacts before the real one.

::

    from opentelemetry.sdk._logs import LoggerProvider
    from opentelemetry.sdk._logs.export import BatchLogRecordProcessor
    from piiredact.otel import RedactingLogRecordProcessor

    provider = LoggerProvider()
    provider.add_log_record_processor(RedactingLogRecordProcessor(BatchLogRecordProcessor(exporter)))

:class:`RedactingLogRecordProcessor` wraps any ``LogRecordProcessor`` (Simple, Batch, your
own) and hands it a redacted copy of each record: the body (a string, or a dict/list walked
value by value with keys as context), every attribute (those the ``LoggingHandler`` makes
from ``extra=``, nested values included) and the ``exception.*`` attributes the SDK renders
from the exception (``exception.message``, ``exception.stacktrace``). The live exception
object is dropped from the copy. A record without PII reaches the inner processor with equal
body and attributes; every record logged reaches it exactly once.

Where detection runs: the SDK calls ``on_emit`` on the logging thread (a
``BatchLogRecordProcessor`` only moves the *export* off it). So by default
(``background=True``) ``on_emit`` only copies the body and attributes onto a
:class:`piiredact.BackgroundQueue`; a worker redacts in batches and calls the inner
processor's ``on_emit``, in order. ``background=False`` redacts in ``on_emit`` itself (no
thread; the inner processor is called on the logging thread, inside its context) — for
fast backends and simple setups. ``force_flush``/``shutdown`` deliver what is queued first,
then reach the inner processor.

Importing this module needs the SDK (``pip install 'piiredact[otel]'``); importing
:mod:`piiredact` alone never imports it. The SDK's logs API lives under ``_logs`` and moves
between releases: the tested range is the extra's (``opentelemetry-sdk>=1.39,<1.46``).
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from . import UNANALYSED_PLACEHOLDER, ConfigError, MissingDependencyError, Redactor, build_redactor

try:  # absolute import: the real SDK
    from opentelemetry.sdk._logs import LogRecordProcessor
except ImportError:  # pragma: no cover - exercised by a test that hides opentelemetry
    raise MissingDependencyError(
        "the OpenTelemetry integration needs opentelemetry-sdk: pip install 'piiredact[otel]'"
    ) from None

if TYPE_CHECKING:
    from . import BackgroundQueue

# Options for the BackgroundQueue (their defaults and meaning are the queue's); `timeout`
# last: without the queue it is the redactor's budget (build_redactor's option).
_QUEUE_OPTIONS = ("max_queue", "max_batch", "max_delay", "overflow", "exit_timeout", "timeout")


class RedactingLogRecordProcessor(LogRecordProcessor):
    """Redacts each log record, then passes a redacted copy to ``inner``.

    ``options`` are :func:`piiredact.build_redactor` options, or pass ``redactor=`` (not
    both). ``background`` (default True) moves detection off the logging thread onto a
    :class:`piiredact.BackgroundQueue`, whose options ``max_queue``, ``max_batch``,
    ``max_delay``, ``overflow``, ``exit_timeout`` and ``timeout`` (the per-batch detection
    budget) are accepted with the queue's defaults; ``background=False`` redacts
    synchronously in ``on_emit`` (``timeout`` is then the redactor's budget per record).
    ``bytes`` bodies and attribute values are passed on as they are (not analysed).
    """

    def __init__(
        self,
        inner: Any,
        *,
        background: bool = True,
        redactor: Redactor | None = None,
        **options: Any,
    ) -> None:
        if not callable(getattr(inner, "on_emit", None)):
            raise ConfigError(f"inner: expected a LogRecordProcessor, got {type(inner).__name__}")
        queue_options: dict[str, Any] = {}
        if background:
            # `timeout` is the queue's per-batch budget here; in sync mode the redactor's.
            queue_options = {k: options.pop(k) for k in _QUEUE_OPTIONS if k in options}
        else:
            for k in _QUEUE_OPTIONS[:-1]:
                if k in options:
                    raise ConfigError(f"{k}: a queue option, only with background=True")
        self.inner = inner
        self.redactor = build_redactor(redactor, **options)
        self._owns_redactor = redactor is None
        self.queue: BackgroundQueue | None = None
        if background:
            # Imported here: synchronous users get no worker machinery (atexit/at-fork hooks).
            from . import BackgroundQueue

            try:
                self.queue = BackgroundQueue(
                    self.redactor, name="piiredact-otel", metrics=self.redactor.metrics, **queue_options,
                )
            except ValueError as e:  # the queue names the key; make it ours
                if self._owns_redactor:
                    self.redactor.close()
                raise ConfigError(str(e)) from None
        self._redact_values = self.redactor.redact_values
        self._shut = False

    # -- the SDK's calls ---------------------------------------------------------------

    def on_emit(self, log_record: Any) -> None:
        """Snapshot body and attributes; redact them (here or on the worker); pass a copy on."""
        try:
            payload = _payload(log_record)
        except Exception:  # an unreadable record: still one record out, without its data
            payload = (UNANALYSED_PLACEHOLDER, {})
        queue = self.queue
        if queue is not None:
            queue.submit(payload, functools.partial(self._deliver, log_record))
            return
        try:
            redacted = self._redact_values([payload])[0]
        except Exception:  # a processor must not raise into the logging call
            redacted = _failed(payload)
        self._deliver(log_record, redacted)

    def enabled(self, **kwargs: Any) -> bool:
        inner_enabled = getattr(self.inner, "enabled", None)
        return True if inner_enabled is None else bool(inner_enabled(**kwargs))

    def force_flush(self, timeout_millis: int = 30000) -> bool:
        """Deliver everything queued to the inner processor, then flush it."""
        deadline = time.monotonic() + timeout_millis / 1000
        ok = True if self.queue is None else self.queue.flush(timeout_millis / 1000)
        remaining = max(0, int((deadline - time.monotonic()) * 1000))
        return bool(self.inner.force_flush(remaining)) and ok

    def shutdown(self) -> None:
        """Deliver everything queued, stop the worker, shut the inner processor down (idempotent)."""
        if self._shut:
            return
        self._shut = True
        if self.queue is not None:
            self.queue.close()
        self.inner.shutdown()
        if self._owns_redactor:
            self.redactor.close()

    def stats(self) -> dict[str, object]:
        """Value-free counters (records in/out, fallbacks, findings per entity...)."""
        return self.redactor.stats() if self.queue is None else self.queue.stats()

    # -- delivery ------------------------------------------------------------------------

    def _deliver(self, log_record: Any, redacted: Any) -> None:
        if isinstance(redacted, tuple) and len(redacted) == 2 and isinstance(redacted[1], dict):
            body, attributes = redacted
        else:  # the payload could not be walked (a broken custom body): placeholder, not lost
            body, attributes = UNANALYSED_PLACEHOLDER, {}
        self.inner.on_emit(_redacted_copy(log_record, body, attributes))

    def __repr__(self) -> str:
        mode = "background" if self.queue is not None else "sync"
        return f"RedactingLogRecordProcessor({self.inner!r}, {mode})"


def _payload(log_record: Any) -> tuple[Any, dict[str, Any]]:
    """What to redact, copied now: the body and the attributes (exception.* among them)."""
    rec = log_record.log_record
    attrs = rec.attributes
    return (rec.body, dict(attrs) if attrs else {})


def _redacted_copy(log_record: Any, body: Any, attributes: dict[str, Any]) -> Any:
    """A copy of the SDK record with the redacted body and attributes; the original (which
    other processors of the provider may still see) is left as it was."""
    rec = copy.copy(log_record.log_record)
    old = rec.attributes
    rec.body = body
    rec.attributes = attributes
    if getattr(rec, "exception", None) is not None:
        rec.exception = None  # exporters must not re-render the raw exception
    if dataclasses.is_dataclass(log_record) and not isinstance(log_record, type):
        # re-wraps the attributes in BoundedAttributes with the record's own limits
        new: Any = dataclasses.replace(log_record, log_record=rec)
    else:  # pragma: no cover - an SDK whose record type is not a dataclass
        new = copy.copy(log_record)
        new.log_record = rec
    dropped = getattr(old, "dropped", 0)
    if dropped:
        try:
            new.log_record.attributes.dropped = dropped
        except AttributeError:  # pragma: no cover
            pass
    return new


def _failed(value: Any) -> Any:
    """The payload with every string replaced: what a record becomes if redaction itself broke."""
    if isinstance(value, str):
        return UNANALYSED_PLACEHOLDER
    if isinstance(value, Mapping):
        return {k: _failed(v) for k, v in value.items()}
    if isinstance(value, tuple):
        return tuple(_failed(v) for v in value)
    if isinstance(value, list):
        return [_failed(v) for v in value]
    return value


__all__ = ["RedactingLogRecordProcessor"]
