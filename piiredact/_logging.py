"""stdlib ``logging`` integration: a synchronous filter and a non-blocking queue handler.

What is redacted in a record: the message after %-formatting (then ``msg`` is the
redacted text and ``args`` is None, so the raw values are not kept), the exception text
(``exc_info`` rendered in the caller while its frames exist, including chained exceptions
and exception groups; then ``exc_info`` is cleared so no formatter re-renders the raw
exception), ``stack_info``, and every non-standard attribute (``extra=...``): strings are
analysed with their key as context, dicts/lists walked, other objects stringified first.

Records from piiredact's own loggers and its backends' (botocore, urllib3, presidio ...),
and any record logged on a piiredact worker thread, never reach the detector: they are
redacted with the regex tier in the calling thread (no feedback loop, nothing dropped).
"""

from __future__ import annotations

import logging
import sys
import threading
import weakref
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ._detector import Detector
from ._exceptions import ConfigError
from ._metrics import Metrics
from ._policy import Policy
from ._queue import BackgroundQueue, Overflow
from ._redactor import Redactor
from .backends import DEFAULT_BACKEND

# Attributes every LogRecord has; anything else on a record came from `extra=` or a filter.
_STANDARD_ATTRS = frozenset(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {
    "message", "asctime", "taskName", "_piiredact",
}

#: Loggers whose records never go to the detector (piiredact and the backends' clients).
INTERNAL_LOGGERS: tuple[str, ...] = (
    "piiredact", "botocore", "boto3", "s3transfer", "urllib3", "presidio-analyzer", "decision_process",
    "presidio_analyzer", "spacy",
)

# Renders exc_info exactly as logging.Formatter does (chains, groups, notes).
_EXC_FORMATTER = logging.Formatter()

# Extra values kept as they are (walked or left alone); anything else is stringified.
_KEPT_TYPES = (str, Mapping, list, tuple, int, float, bool, type(None))


_internal_cache: dict[str, bool] = {}


def _is_internal(name: str) -> bool:
    """True for piiredact's and its backends' loggers (and their children). Cached: hot path."""
    hit = _internal_cache.get(name)
    if hit is None:
        n = name if isinstance(name, str) else str(name)
        hit = any(n == p or n.startswith(p + ".") for p in INTERNAL_LOGGERS)
        if len(_internal_cache) < 10_000:  # logger names are few; do not grow without bound
            _internal_cache[name] = hit
    return hit


# -- building the redactor from handler/filter options ----------------------------------


def _make_redactor(
    redactor: Redactor | None,
    backend: str | Detector,
    policy: Policy | Mapping[str, Any] | None,
    config: str | None,
    options: Mapping[str, Any],
    backend_options: Mapping[str, Any] | None,
    fallback: str | Detector | None,
    metrics: Metrics | None,
) -> Redactor:
    """One Redactor from the keyword options a dictConfig entry can carry.

    The log4j2 Comprehend sample's knobs are accepted under their own names too:
    ``maskMode``/``mask_mode``/``mode``, ``mask``, ``minScore``/``min_score``,
    ``entitiesToReplace``/``entities``.
    """
    if redactor is not None:
        return redactor
    opts = dict(options)
    mode = opts.pop("mode", None) or opts.pop("mask_mode", None) or opts.pop("maskMode", None)
    min_score = opts.pop("min_score", None)
    if min_score is None:
        min_score = opts.pop("minScore", None)
    entities = opts.pop("entities", None)
    if entities is None:
        entities = opts.pop("entitiesToReplace", None)
    mask = opts.pop("mask", None)
    for k in ("mask_mode", "maskMode", "minScore", "entitiesToReplace"):
        opts.pop(k, None)
    base: Policy | Mapping[str, Any] | None = policy
    if config is not None:
        base = Policy.from_toml(config)
        if isinstance(policy, Mapping):
            base = Policy.from_options(base=base, **dict(policy))
    if isinstance(mode, str):
        mode = mode.lower()
    pol = Policy.from_options(mode=mode, mask=mask, min_score=min_score, entities=entities, base=base, **opts)
    return Redactor(backend, pol, fallback=fallback, metrics=metrics, **dict(backend_options or {}))


# -- snapshot / apply ---------------------------------------------------------------


def _render_exc(record: logging.LogRecord) -> str | None:
    if record.exc_text:
        return record.exc_text
    if record.exc_info and record.exc_info[0] is not None:
        return _EXC_FORMATTER.formatException(record.exc_info)
    return None


def _extras(record: logging.LogRecord) -> dict[str, Any] | None:
    d = record.__dict__
    if d.keys() <= _STANDARD_ATTRS:  # the common case, checked in C
        return None
    out: dict[str, Any] | None = None
    for k in d:
        if k in _STANDARD_ATTRS:
            continue
        v = d[k]
        if not isinstance(v, _KEPT_TYPES):
            try:
                v = str(v)  # snapshot now: the object may change, and its str() may hold PII
            except Exception:
                v = f"<unprintable {type(v).__name__}>"
        if out is None:
            out = {}
        out[k] = v
    return out


def _payload(record: logging.LogRecord) -> tuple[str, str | None, str | None, dict[str, Any] | None]:
    """The texts of a record to redact, captured now (args formatted, exception rendered)."""
    return (record.getMessage(), _render_exc(record), record.stack_info, _extras(record))


def _safe_payload(record: logging.LogRecord, metrics: Metrics) -> tuple[Any, ...]:
    """:func:`_payload`, but a message that cannot be formatted (wrong args) still yields a
    record, whose message says so without the values (the stdlib would print them)."""
    try:
        return _payload(record)
    except Exception:
        metrics.incr("unformattable_records")
        try:
            exc = _render_exc(record)
        except Exception:
            exc = None
        return ("[piiredact: unformattable log message]", exc, record.stack_info, None)


def _apply(record: logging.LogRecord, redacted: Sequence[Any]) -> None:
    """Write a redacted payload back into ``record`` (which then holds no raw text)."""
    msg, exc_text, stack, extras = redacted
    d = record.__dict__
    d["msg"] = msg
    d["args"] = None
    d["message"] = msg
    d["exc_info"] = None
    d["exc_text"] = exc_text
    d["stack_info"] = stack
    if extras:
        d.update(extras)
    d["_piiredact"] = True


def _copy(record: logging.LogRecord) -> logging.LogRecord:
    """A shallow copy, cheaper than copy.copy; other handlers keep seeing the original."""
    new = logging.LogRecord.__new__(type(record))
    new.__dict__.update(record.__dict__)
    return new


class _Reentry(threading.local):
    active = False


# -- the synchronous filter -----------------------------------------------------------


class RedactingFilter(logging.Filter):
    """Redacts each record in place, synchronously, before the handler formats it.

    For simple setups and fast backends (the default ``builtin``/``regex``). Attach it to
    *handlers* (see :func:`attach_redaction`): a filter on a logger does not see records
    propagated from child loggers. From dictConfig::

        "filters": {"pii": {"()": "piiredact.RedactingFilter", "maskMode": "MASK",
                            "mask": "*", "minScore": "0.9", "entitiesToReplace": "SSN,EMAIL"}}
    """

    def __init__(
        self,
        name: str = "",
        *,
        backend: str | Detector = DEFAULT_BACKEND,
        policy: Policy | Mapping[str, Any] | None = None,
        config: str | None = None,
        redactor: Redactor | None = None,
        fallback: str | Detector | None = "regex",
        backend_options: Mapping[str, Any] | None = None,
        metrics: Metrics | None = None,
        **options: Any,
    ) -> None:
        super().__init__(name)
        self.redactor = _make_redactor(redactor, backend, policy, config, options, backend_options,
                                       fallback, metrics)
        self.metrics = self.redactor.metrics
        self._fast: Redactor | None = None
        self._reentry = _Reentry()

    @property
    def fast(self) -> Redactor:
        if self._fast is None:
            self._fast = Redactor("regex", self.redactor.policy, fallback=None, metrics=self.metrics)
        return self._fast

    def filter(self, record: logging.LogRecord) -> bool:
        if not super().filter(record):
            return False
        if record.__dict__.get("_piiredact"):
            return True  # already redacted (by a RedactingQueueHandler upstream)
        reentry = self._reentry
        # A backend that logs while we detect (botocore) must not recurse into detection.
        internal = reentry.active or _is_internal(record.name)
        redactor = self.fast if internal else self.redactor
        payload = _safe_payload(record, self.metrics)
        outer = reentry.active
        reentry.active = True
        try:
            redacted = redactor.redact_values([payload])[0]
        except Exception:  # a filter must never raise into the caller's logging call
            self.metrics.incr("filter_errors")
            redacted = ("[piiredact: redaction failed]", None, None, None)
        finally:
            reentry.active = outer
        _apply(record, redacted)
        return True

    def stats(self) -> dict[str, object]:
        """Value-free counters of the underlying redactor."""
        return self.redactor.stats()


# -- the non-blocking handler ---------------------------------------------------------


class RedactingQueueHandler(logging.Handler):
    """Takes records in the caller's thread, redacts them on a background worker, then
    hands them to the real ``handlers`` in the order they were logged.

    The caller only snapshots the record (message formatted with its args, exception
    rendered) and enqueues it; it never waits for detection. ``handlers`` are Handler
    objects or names of handlers configured by dictConfig (resolved at first use, so
    the order of the ``handlers`` section does not matter, on every Python version).
    Overload: ``overflow="degrade"`` (default) redacts in the caller with the regex tier
    and still delivers; ``"block"`` waits; ``"drop"`` discards (counted).
    """

    def __init__(
        self,
        handlers: Iterable[logging.Handler | str] | None = None,
        *,
        backend: str | Detector = DEFAULT_BACKEND,
        policy: Policy | Mapping[str, Any] | None = None,
        config: str | None = None,
        redactor: Redactor | None = None,
        fallback: str | Detector | None = "regex",
        backend_options: Mapping[str, Any] | None = None,
        metrics: Metrics | None = None,
        max_queue: int = 10_000,
        max_batch: int = 256,
        max_delay: float = 0.05,
        overflow: Overflow = "degrade",
        timeout: float | None = 5.0,
        level: int | str = logging.NOTSET,
        worker_name: str = "piiredact-logging",
        **options: Any,
    ) -> None:
        wanted: list[logging.Handler | str] = list(handlers or [])
        if not wanted:
            raise ConfigError("handlers: RedactingQueueHandler needs the handlers to forward to "
                              "(handler objects or names of configured handlers)")
        super().__init__(level)
        self._wanted = wanted
        self._own_redactor = redactor is None
        self.redactor = _make_redactor(redactor, backend, policy, config, options, backend_options,
                                       fallback, metrics)
        self.metrics = self.redactor.metrics
        self.queue = BackgroundQueue(
            self.redactor, max_queue=max_queue, max_batch=max_batch, max_delay=max_delay,
            overflow=overflow, timeout=timeout, name=worker_name, metrics=self.metrics,
        )
        self._targets: list[logging.Handler] | None = None
        self._resolve_lock = threading.Lock()
        self._closed = False

    # -- targets --------------------------------------------------------------------

    @property
    def targets(self) -> list[logging.Handler]:
        """The real handlers records are forwarded to (names resolved on first use)."""
        t = self._targets
        return t if t is not None else self._resolve()

    def _resolve(self) -> list[logging.Handler]:
        with self._resolve_lock:
            if self._targets is not None:
                return self._targets
            found: list[logging.Handler] = []
            missing: list[str] = []
            for h in self._wanted:
                if isinstance(h, logging.Handler):
                    found.append(h)
                    continue
                # dictConfig registers every named handler in logging._handlers (a weak dict)
                target = logging._handlers.get(h)  # type: ignore[attr-defined]
                if target is None:
                    missing.append(str(h))
                elif target is not self:
                    found.append(target)
            if missing:
                self.metrics.incr("unresolved_handlers", len(missing))
                sys.stderr.write(
                    f"piiredact: RedactingQueueHandler: no handler named {', '.join(missing)} "
                    "(check the 'handlers' option); records go to the others\n")
            self._targets = found
            self._move_after(found)
            return found

    def _move_after(self, targets: list[logging.Handler]) -> None:
        """Re-register this handler after its targets in logging's shutdown list.

        logging.shutdown() closes handlers newest first; being newer than the targets
        means our queue is drained into them before they are closed.
        """
        try:
            hl = logging._handlerList  # type: ignore[attr-defined]
            mine = [wr for wr in hl if wr() is self]
            for wr in mine:
                hl.remove(wr)
            hl.append(weakref.ref(self, logging._removeHandlerRef))  # type: ignore[attr-defined]
        except Exception:  # private API moved: the atexit drain still runs before shutdown
            pass

    # -- caller side ----------------------------------------------------------------

    def handle(self, record: logging.LogRecord) -> Any:
        # No handler lock: the queue is thread-safe, and callers must not serialise on us.
        rv = self.filter(record)
        if isinstance(rv, logging.LogRecord):  # 3.12+: a filter may return a replacement
            record = rv
        if rv:
            self.emit(record)
        return rv

    def emit(self, record: logging.LogRecord) -> None:
        try:
            targets = self._targets if self._targets is not None else self._resolve()
            copy = _copy(record)
            deliver = _Delivery(copy, targets, self)
            if _is_internal(record.name) or record.__dict__.get("_piiredact"):
                # piiredact's or a backend's own record: never fed back into detection
                self.metrics.incr("internal_records")
                payload = _safe_payload(record, self.metrics)
                self.queue.submit_redacted(self.queue.fast.redact_values([payload])[0], deliver)
            else:
                self.queue.submit(_safe_payload(record, self.metrics), deliver)
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def handleError(self, record: logging.LogRecord) -> None:
        """Report a failure without the record's text (the stdlib prints msg and args)."""
        self.metrics.incr("handle_errors")
        if not logging.raiseExceptions:
            return
        _report_error(self, record)

    # -- lifecycle ------------------------------------------------------------------

    def flush(self) -> None:
        """Deliver every queued record to the targets, then flush them."""
        self.queue.flush()
        for h in self.targets:
            try:
                h.flush()
            except Exception:
                pass

    def close(self) -> None:
        """Deliver every queued record, stop the worker (targets stay open: they are
        closed by their owner or by logging.shutdown)."""
        if not self._closed:
            self._closed = True
            if self._targets is None:
                self._resolve()
            self.queue.close()
            if self._own_redactor:
                self.redactor.close()
        super().close()

    def stats(self) -> dict[str, object]:
        """Value-free counters: records in/out, degraded, dropped, fallbacks, findings per entity..."""
        return self.queue.stats()


class _Delivery:
    """Called on the worker with the redacted payload: fill the copy, forward in order."""

    __slots__ = ("handler", "record", "targets")

    def __init__(self, record: logging.LogRecord, targets: list[logging.Handler],
                 handler: RedactingQueueHandler) -> None:
        self.record = record
        self.targets = targets
        self.handler = handler

    def __call__(self, redacted: Sequence[Any]) -> None:
        record = self.record
        _apply(record, redacted)
        levelno = record.levelno
        for h in self.targets:
            if levelno >= h.level:
                try:
                    h.handle(record)
                except Exception:
                    self.handler.handleError(record)


def _report_error(handler: logging.Handler, record: logging.LogRecord) -> None:
    """One value-free line on stderr: where the record came from and the error type."""
    etype = sys.exc_info()[0]
    try:
        sys.stderr.write(
            f"piiredact: error while handling a log record from logger {record.name!r} "
            f"({record.pathname}:{record.lineno}) in {type(handler).__name__}: "
            f"{etype.__name__ if etype else 'unknown error'} (record text withheld)\n")
    except Exception:
        pass


# -- wiring -------------------------------------------------------------------------


def attach_redaction(
    logger: logging.Logger | str | None = None,
    *,
    last_resort: bool = True,
    filter: RedactingFilter | None = None,
    **options: Any,
) -> RedactingFilter:
    """Attach one :class:`RedactingFilter` to every handler that can write a record.

    Filters on a *logger* only see records logged on that very logger, not those
    propagated from its children (``logging.getLogger("app.db")`` records skip a filter
    on ``"app"``); handler filters see them all. So this walks ``logger`` (default: the
    root) and every existing logger below it, including libraries', adds the filter to
    each of their handlers, and to :data:`logging.lastResort` (used when no handler is
    configured). Handlers that are :class:`RedactingQueueHandler` already redact and are
    skipped; handlers added later are not covered (call again after adding them).
    ``options`` are :class:`RedactingFilter` options. Idempotent; returns the filter.
    """
    flt = filter if filter is not None else RedactingFilter(**options)
    if isinstance(logger, str):
        logger = logging.getLogger(logger)
    top = logger if logger is not None else logging.getLogger()
    loggers: list[logging.Logger] = [top]
    prefix = "" if top is logging.getLogger() else top.name + "."
    for name, lg in list(logging.Logger.manager.loggerDict.items()):
        if isinstance(lg, logging.Logger) and (not prefix or name.startswith(prefix)):
            loggers.append(lg)
    handlers: list[logging.Handler] = []
    for lg in loggers:
        handlers.extend(lg.handlers)
    if last_resort and logging.lastResort is not None:
        handlers.append(logging.lastResort)
    seen: set[int] = set()
    for h in handlers:
        if id(h) in seen or isinstance(h, RedactingQueueHandler):
            continue
        seen.add(id(h))
        if not any(isinstance(f, RedactingFilter) for f in h.filters):
            h.addFilter(flt)
    return flt


__all__ = ["INTERNAL_LOGGERS", "RedactingFilter", "RedactingQueueHandler", "attach_redaction"]
