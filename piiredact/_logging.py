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
import types
import weakref
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ._exceptions import ConfigError
from ._metrics import Metrics
from ._options import build_redactor
from ._queue import DEFAULT_EXIT_TIMEOUT, BackgroundQueue, Overflow, QueueItem, flush_on_sigterm
from ._redactor import Redactor
from ._templates import SlotRedact, snapshot

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
    propagated from child loggers. ``options`` are :func:`~piiredact.build_redactor`'s.
    From dictConfig::

        "filters": {"pii": {"()": "piiredact.RedactingFilter", "maskMode": "MASK",
                            "mask": "*", "minScore": "0.9", "entitiesToReplace": "SSN,EMAIL"}}

    The handler it is attached to gets a value-free ``handleError`` (the stdlib's prints
    the in-flight exception, with its chained context, raw on stderr).
    """

    def __init__(self, name: str = "", *, redactor: Redactor | None = None, **options: Any) -> None:
        super().__init__(name)
        self.redactor = build_redactor(redactor, **options)
        self.metrics = self.redactor.metrics
        self._fast: Redactor | None = None
        self._reentry = _Reentry()

    @property
    def fast(self) -> Redactor:
        """The regex tier for records that must not reach the detector (piiredact's own)."""
        if self._fast is None:
            self._fast = Redactor("regex", self.redactor.policy, fallback=None, metrics=self.metrics)
        return self._fast

    def filter(self, record: logging.LogRecord) -> bool:
        if not super().filter(record):
            return False
        _guard_calling_handler()
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

    ``emit`` is the stdlib split: :meth:`prepare` snapshots the record in the caller
    (message formatted with its args, exception rendered, a copy for the targets) and
    :meth:`enqueue` hands it to the :class:`~piiredact.BackgroundQueue`; the caller never
    waits for detection. ``handlers`` are Handler objects or names of handlers: from
    dictConfig, names are checked when this handler is configured (an unknown name is a
    configuration error then) and held by strong reference (``logging._handlers`` is a
    weak dict: a garbage collection before the first record must not lose a target);
    outside dictConfig a name must already be registered.

    Overload: ``overflow="degrade"`` (default) redacts in the caller with the builtin
    (name-aware) tier and still delivers; ``"block"`` waits; ``"drop"`` discards
    (counted). ``timeout`` is the per-batch detection budget; ``exit_timeout`` bounds the
    drain at close/exit; ``flush_on_sigterm=True`` installs the opt-in SIGTERM drain
    (main thread only). Other ``options`` are :func:`~piiredact.build_redactor`'s.
    """

    def __init__(
        self,
        handlers: Iterable[logging.Handler | str] | None = None,
        *,
        redactor: Redactor | None = None,
        max_queue: int = 10_000,
        max_batch: int = 256,
        max_delay: float = 0.05,
        overflow: Overflow = "degrade",
        timeout: float | None = 5.0,
        exit_timeout: float | None = DEFAULT_EXIT_TIMEOUT,
        flush_on_sigterm: bool = False,
        level: int | str = logging.NOTSET,
        worker_name: str = "piiredact-logging",
        **options: Any,
    ) -> None:
        # Everything that can fail runs before logging.Handler.__init__ registers this
        # handler for logging.shutdown(): a half-built handler must not be flushed there.
        logging._checkLevel(level)  # type: ignore[attr-defined]
        targets, pending = _resolve_at_config(handlers)
        own_redactor = redactor is None
        built = build_redactor(redactor, **options)
        if isinstance(timeout, str):
            timeout = _number("timeout", timeout)
        try:
            queue = BackgroundQueue(
                built, max_queue=max_queue, max_batch=max_batch, max_delay=max_delay,
                overflow=overflow, timeout=timeout, name=worker_name, metrics=built.metrics,
                exit_timeout=exit_timeout,
                redact=SlotRedact(),  # the template-slot path for %-templates (issue 18)
            )
        except ValueError as e:
            if own_redactor:
                built.close()
            raise ConfigError(str(e)) from None
        if flush_on_sigterm and not _flush_on_sigterm():
            queue.close()
            raise ConfigError("flush_on_sigterm: must be configured from the main thread")
        super().__init__(level)
        self.redactor = built
        self.metrics = built.metrics
        self.queue = queue
        self._own_redactor = own_redactor
        self._targets: list[logging.Handler] = [t for t in targets if isinstance(t, logging.Handler)]
        # Names dictConfig configures after this handler, with its handler table (which
        # holds them strongly); resolved on the first record.
        self._pending = pending
        self._slots = targets
        self._resolve_lock = threading.Lock()
        self._closed = False
        queue.after_close = _weak_call(self, "_flush_targets")
        if pending is None:
            self._settle()

    # -- targets --------------------------------------------------------------------

    @property
    def targets(self) -> list[logging.Handler]:
        """The real handlers records are forwarded to."""
        if self._pending is not None:
            self._resolve_pending()
        return self._targets

    def _resolve_pending(self) -> None:
        with self._resolve_lock:
            table = self._pending
            if table is None:
                return
            found: list[logging.Handler] = []
            for slot in self._slots:
                target = dict.get(table, slot) if isinstance(slot, str) else slot  # type: ignore[call-overload]
                if not isinstance(target, logging.Handler):
                    # dictConfig failed on it (and raised): nothing to forward to under that name
                    self.metrics.incr("unresolved_handlers")
                    raise ConfigError(f"handlers: the handler named {slot!r} was not configured")
                if target is not self:
                    found.append(target)
            self._targets = found
            self._pending = None  # drop the reference to dictConfig's handler table
            self._slots = list(found)
            self._settle()

    def _settle(self) -> None:
        for h in self._targets:
            _guard_handle_error(h)
        self._move_after()

    def _move_after(self) -> None:
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
            self.enqueue(self.prepare(record))
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def prepare(self, record: logging.LogRecord) -> QueueItem:
        """Snapshot ``record`` in the caller: the texts to redact (args formatted, exception
        rendered, extras stringified) and a copy the worker fills and forwards.

        Records of piiredact's own and its backends' loggers are redacted here with the
        degrade tier (never fed back into detection) and marked ``redacted``.
        """
        if self._pending is not None:
            self._resolve_pending()
        payload = _safe_payload(record, self.metrics)
        internal = _is_internal(record.name) or bool(record.__dict__.get("_piiredact"))
        if internal:
            self.metrics.incr("internal_records")
            payload = self.queue.redact_now(payload)
        else:  # keep the %-template and its arguments for the worker's slot path
            payload = snapshot(record.msg, record.args, *payload)
        return QueueItem(payload, _Delivery(_copy(record), self), internal, 0.0)

    def enqueue(self, item: QueueItem) -> None:
        """Hand a prepared item to the background queue (never blocks by default)."""
        if item.redacted:
            self.queue.submit_redacted(item.payload, item.emit)
        else:
            self.queue.submit(item.payload, item.emit)

    def handleError(self, record: logging.LogRecord) -> None:
        """Report a failure without the record's text (the stdlib prints msg and args)."""
        metrics = self.__dict__.get("metrics")
        if metrics is not None:
            metrics.incr("handle_errors")
        if not logging.raiseExceptions:
            return
        _report_error(self, record)

    # -- lifecycle ------------------------------------------------------------------

    def flush(self) -> None:
        """Deliver every queued record (waiting at most ``exit_timeout``), then flush the targets."""
        queue = self.__dict__.get("queue")
        if queue is None:  # __init__ did not finish
            return
        if queue.flush(queue.exit_timeout):
            self._flush_targets()  # not after a failed drain: the stuck worker may hold a target's lock

    def _flush_targets(self) -> None:
        try:
            targets = self.targets
        except ConfigError:
            return
        for h in targets:
            try:
                h.flush()
            except Exception:
                pass

    def close(self) -> None:
        """Deliver every queued record, stop the worker (targets stay open: they are
        closed by their owner or by logging.shutdown)."""
        queue = self.__dict__.get("queue")
        if queue is not None and not self._closed:
            self._closed = True
            try:
                self._resolve_pending()  # a record may still be queued for them
            except ConfigError:
                pass
            queue.close()
            if self._own_redactor:
                self.redactor.close()
        super().close()

    def stats(self) -> dict[str, object]:
        """Value-free counters: records in/out, degraded, dropped, fallbacks, findings per entity..."""
        return self.queue.stats()


class _Delivery:
    """Called on the worker with the redacted payload: fill the copy, forward in order."""

    __slots__ = ("handler", "record")

    def __init__(self, record: logging.LogRecord, handler: RedactingQueueHandler) -> None:
        self.record = record
        self.handler = handler

    def __call__(self, redacted: Sequence[Any]) -> None:
        record = self.record
        _apply(record, redacted)
        _forward(self.handler, record)

    def gap(self, n: int) -> None:
        """Records were dropped just before this one (the targets did not keep up): say so
        in the log itself, where the gap is."""
        marker = logging.LogRecord(
            "piiredact.internal", logging.WARNING, __file__, 0,
            f"piiredact: {n} records dropped here: the queue was full (the target handlers did "
            "not keep up)", None, None)
        marker.__dict__["_piiredact"] = True
        _forward(self.handler, marker)


def _forward(handler: RedactingQueueHandler, record: logging.LogRecord) -> None:
    levelno = record.levelno
    for h in handler.targets:
        if levelno >= h.level:
            try:
                h.handle(record)
            except Exception:
                handler.handleError(record)


# -- resolving target names -------------------------------------------------------------


def _resolve_at_config(
    handlers: Iterable[logging.Handler | str] | None,
) -> tuple[list[logging.Handler | str], Mapping[str, Any] | None]:
    """Targets in order (Handler objects, strong references; names dictConfig has yet to
    configure stay names), and dictConfig's handler table when some are pending.

    Inside dictConfig the ``handlers`` list is a ConvertingList whose ``configurator`` holds
    the table of this configuration's handlers (configured ones are Handler objects,
    the others still dicts). A name missing from it is a typo: a ConfigError now, which
    dictConfig reports as "Unable to configure handler ...". A name configured after
    this handler (dictConfig goes in sorted order) is resolved from that table — kept
    alive by it — on the first record. 3.12+ resolves ``handlers`` itself only for
    ``QueueHandler`` subclasses, which would hand us Handler objects: accepted too.
    """
    if isinstance(handlers, (str, bytes)):
        handlers = [handlers]
    wanted = list(handlers or [])
    if not wanted:
        raise ConfigError("handlers: RedactingQueueHandler needs the handlers to forward to "
                          "(handler objects or names of configured handlers)")
    configurator = getattr(handlers, "configurator", None)
    table: Any = None
    if configurator is not None:
        config = getattr(configurator, "config", None)
        table = dict.get(config, "handlers") if isinstance(config, dict) else None
    slots: list[logging.Handler | str] = []
    pending = False
    for h in wanted:
        if isinstance(h, logging.Handler):
            slots.append(h)
            continue
        if not isinstance(h, str):
            raise ConfigError(f"handlers: expected handler names or objects, got {type(h).__name__}")
        if isinstance(table, dict):
            if h not in table:
                known = ", ".join(sorted(str(k) for k in table))
                raise ConfigError(f"handlers: no handler named {h!r} in this configuration (configured: {known})")
            target = dict.get(table, h)
        else:
            target = logging._handlers.get(h)  # type: ignore[attr-defined]
            if target is None:
                raise ConfigError(f"handlers: no handler named {h!r} is registered")
        if isinstance(target, logging.Handler):
            slots.append(target)
        else:
            slots.append(h)
            pending = True
    return slots, (table if pending else None)


# -- value-free error reports ---------------------------------------------------------


def _report_error(handler: logging.Handler, record: logging.LogRecord) -> None:
    """One value-free line on stderr: where the record came from and the error type.

    Never the message, the args or the exception's text — nor the exception being
    handled when the record was logged (the stdlib prints it as the error's context)."""
    etype, _, tb = sys.exc_info()
    where = ""
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    if tb is not None:
        where = f" at {tb.tb_frame.f_code.co_filename}:{tb.tb_lineno}"
    try:
        sys.stderr.write(
            f"piiredact: error while handling a log record from logger {record.name!r} "
            f"({record.pathname}:{record.lineno}) in {type(handler).__name__}: "
            f"{etype.__name__ if etype else 'unknown error'}{where} (record text withheld)\n")
    except Exception:
        pass


def _value_free_handle_error(self: logging.Handler, record: logging.LogRecord) -> None:
    if logging.raiseExceptions and sys.stderr:
        _report_error(self, record)


_guarded: weakref.WeakSet[logging.Handler] = weakref.WeakSet()


def _guard_handle_error(handler: logging.Handler) -> None:
    """Give ``handler`` a value-free handleError if it has the stdlib's (idempotent)."""
    if handler in _guarded:
        return
    if type(handler).handleError is logging.Handler.handleError and "handleError" not in handler.__dict__:
        handler.handleError = types.MethodType(_value_free_handle_error, handler)  # type: ignore[method-assign]
    _guarded.add(handler)


def _guard_calling_handler() -> None:
    """From RedactingFilter.filter: guard the handler whose Filterer called us."""
    try:
        frame = sys._getframe(2)  # filter() <- Filterer.filter(self=<handler>)
    except ValueError:
        return
    owner = frame.f_locals.get("self")
    if isinstance(owner, logging.Handler) and owner not in _guarded:
        _guard_handle_error(owner)


# -- small helpers ------------------------------------------------------------------


def _number(key: str, value: str) -> float:
    try:
        return float(value)
    except ValueError:
        raise ConfigError(f"{key}: expected a number") from None


def _flush_on_sigterm() -> bool:
    return flush_on_sigterm()


def _weak_call(obj: object, method: str) -> Any:
    ref = weakref.ref(obj)

    def call() -> None:
        o = ref()
        if o is not None:
            getattr(o, method)()

    return call


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
    Each covered handler gets a value-free ``handleError``. ``options`` are
    :class:`RedactingFilter` options. Idempotent; returns the filter.
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
        _guard_handle_error(h)
    return flt


__all__ = ["INTERNAL_LOGGERS", "RedactingFilter", "RedactingQueueHandler", "attach_redaction"]
