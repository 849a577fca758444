"""loguru integration: a sink that redacts on piiredact's background worker.

::

    from loguru import logger
    from piiredact.loguru import redacting_sink

    logger.remove()
    logger.add(redacting_sink("app.log"), serialize=True)   # or sys.stderr, or a callable

What loguru hands a sink is the *formatted* message: the line, the ``extra`` values the
format (or ``serialize=True``) writes, and the traceback, including the variable values
``diagnose=True`` prints under each frame. The sink redacts exactly that text with the
line codec (a ``serialize=True`` line is JSON and is redacted value by value, keys as
context; other lines as text), so what reaches the target is what loguru would have
written, minus the PII.

The logging call never waits for detection, with ``enqueue=False`` too: the sink's
``write()`` (loguru calls it on the logging thread) only copies the text and hands it to
a :class:`piiredact.BackgroundQueue`; a worker thread batches, redacts and writes to the
target in order. ``flush()`` (loguru calls it after every write) does nothing;
``logger.complete()`` waits until everything logged so far is written, and
``logger.remove()`` (loguru calls the sink's ``stop()``) and interpreter exit deliver
everything.

:func:`redact_keys_patcher` is the optional cheap part for the caller's thread: a loguru
patcher that masks ``bind()`` values under ``redact_keys`` (no detector) before any sink,
loguru's own included, sees them.

Importing this module needs loguru (``pip install 'piiredact[loguru]'``); importing
:mod:`piiredact` alone never imports it.
"""

from __future__ import annotations

import functools
import inspect
import os
import threading
import weakref
from collections.abc import Callable, Mapping, Sequence
from typing import IO, Any

from . import (
    UNANALYSED_PLACEHOLDER,
    BackgroundQueue,
    ConfigError,
    MissingDependencyError,
    RedactionResult,
    Redactor,
    build_redactor,
)
from . import redact_lines as _redact_lines

try:  # absolute import: the real loguru, not this module
    import loguru  # noqa: F401  (only checked: the sink protocol needs nothing from it)
except ImportError:  # pragma: no cover - exercised by a test that hides loguru
    raise MissingDependencyError(
        "the loguru integration needs loguru: pip install 'piiredact[loguru]'"
    ) from None

# Options for the sink's BackgroundQueue (their defaults and meaning are the queue's).
_QUEUE_OPTIONS = ("max_queue", "max_batch", "max_delay", "overflow", "timeout", "exit_timeout")

# `extra` values kept as they are (walked or left alone); anything else is stringified in
# the caller, as loguru's own formatting would, so the worker never sees a live object.
_KEPT = (str, int, float, bool, type(None), Mapping, list, tuple)


class RedactingSink:
    """A loguru sink (pass it to ``logger.add``) that redacts before writing to ``target``.

    ``target``: a path (opened for appending, UTF-8, line-buffered; loguru's rotation and
    retention apply only to sinks it opens itself), a text stream (``sys.stderr``; written
    and flushed on the worker, never closed), or a callable sink. A callable receives a
    ``str`` subclass with a ``record`` attribute like loguru's message: ``record["message"]``
    and ``record["extra"]`` are redacted copies and ``record["exception"]`` is ``None`` (the
    traceback is in the redacted text, never the live exception).

    ``options`` are :func:`piiredact.build_redactor` options, or pass ``redactor=``, plus
    the :class:`piiredact.BackgroundQueue` options ``max_queue``, ``max_batch``,
    ``max_delay``, ``overflow``, ``timeout`` (the per-batch detection budget) and
    ``exit_timeout``, with the queue's defaults and meaning.
    """

    def __init__(
        self,
        target: Any,
        *,
        redactor: Redactor | None = None,
        encoding: str = "utf-8",
        **options: Any,
    ) -> None:
        queue_options = {k: options.pop(k) for k in _QUEUE_OPTIONS if k in options}
        if inspect.iscoroutinefunction(target) or inspect.iscoroutinefunction(getattr(target, "__call__", None)):  # noqa: B004
            raise ConfigError("target: a coroutine function is not supported (the worker thread has no "
                              "event loop); pass a plain callable, a stream or a path")
        self.redactor = build_redactor(redactor, **options)
        self._owns_redactor = redactor is None
        self._lock = threading.Lock()  # the worker writes; stop() may close meanwhile
        self._stream: IO[str] | None = None
        self._owns_stream = False
        self._call: Callable[[Any], Any] | None = None
        if isinstance(target, (str, os.PathLike)):
            path = os.fspath(target)
            parent = os.path.dirname(os.path.abspath(path))
            os.makedirs(parent, exist_ok=True)
            self._stream = open(path, "a", encoding=encoding, buffering=1)
            self._owns_stream = True
            self.name = repr(path)
        elif callable(getattr(target, "write", None)):
            self._stream = target
            self.name = getattr(target, "name", None) or repr(target)
            # a stream without one (StringIO) takes text of any alphabet
            encoding = getattr(target, "encoding", None) or "utf-8"
        elif callable(target):
            self._call = target
            self.name = getattr(target, "__name__", None) or repr(target)
        else:
            if self._owns_redactor:
                self.redactor.close()
            raise ConfigError(f"target: expected a path, a text stream or a callable, got {type(target).__name__}")
        try:
            self.queue = BackgroundQueue(
                self.redactor, redact=_redact_batch, name="piiredact-loguru",
                metrics=self.redactor.metrics, **queue_options,
            )
        except ValueError as e:  # the queue names the key; make it ours
            if self._owns_stream and self._stream is not None:
                self._stream.close()
            raise ConfigError(str(e)) from None
        self.queue.after_close = self._flush_target  # at exit too
        #: loguru reads it to choose what a traceback may contain (box-drawing characters).
        self.encoding = encoding
        self._submit = self.queue.submit
        self._stopped = False
        # loguru awaits (or, from sync code, calls and drops) the sink's `complete()`
        # only when it is a coroutine function; ours drains synchronously when called.
        self.complete = _coroutine_flagged(self._complete)
        _live.add(self)

    # -- the caller side: what loguru calls on the logging thread ------------------------

    def write(self, message: Any) -> None:
        """Copy the formatted message and enqueue it (never waits for detection)."""
        text = str(message)
        if self._call is None:
            self._submit(text, self._write_stream)
            return
        record = getattr(message, "record", None)
        if not isinstance(record, Mapping):
            self._submit(text, self._call_plain)
            return
        rec = dict(record)
        extra = rec.get("extra")
        payload = (text, str(rec.get("message", "")), _snapshot(extra) if isinstance(extra, Mapping) else {})
        self._submit(payload, functools.partial(self._call_record, rec))

    def flush(self) -> None:
        """Nothing: loguru calls this after every write, and it must stay cheap.
        ``logger.complete()`` (or :meth:`drain`) is the one that waits."""

    # -- the worker side ----------------------------------------------------------------

    def _write_stream(self, text: str) -> None:
        stream = self._stream
        with self._lock:
            if stream is None or (self._owns_stream and stream.closed):
                return
            stream.write(text)
            if not self._owns_stream:  # a line-buffered file we opened flushes itself
                flush = getattr(stream, "flush", None)
                if flush is not None:
                    flush()

    def _call_plain(self, text: str) -> None:
        assert self._call is not None
        self._call(text)

    def _call_record(self, record: dict[str, Any], redacted: Sequence[Any]) -> None:
        assert self._call is not None
        if isinstance(redacted, tuple) and len(redacted) == 3:
            text, msg, extra = redacted
        else:  # the payload could not be walked (a broken custom extra): placeholder, not lost
            text, msg, extra = UNANALYSED_PLACEHOLDER + "\n", UNANALYSED_PLACEHOLDER, {}
        record["message"] = msg
        record["extra"] = extra
        record["exception"] = None  # the live exception would re-render the raw values
        self._call(_Message(text, record))

    # -- lifecycle ----------------------------------------------------------------------

    def drain(self, timeout: float | None = None) -> bool:
        """Wait until every message written so far reached the target. False on timeout."""
        ok = self.queue.flush(timeout)
        self._flush_target()
        return ok

    def _flush_target(self) -> None:
        stream = self._stream
        if stream is None:
            return
        with self._lock:
            try:
                if not (self._owns_stream and stream.closed):
                    stream.flush()
            except (ValueError, OSError):  # closed by its owner
                pass

    def _complete(self) -> _Done:
        self.drain()
        return _DONE

    def stop(self) -> None:
        """Deliver everything, stop the worker, close a file we opened (idempotent).
        loguru calls it from ``logger.remove()``."""
        if self._stopped:
            return
        self._stopped = True
        self.queue.close()
        if self._owns_redactor:
            self.redactor.close()
        stream = self._stream
        if stream is not None:
            with self._lock:
                try:
                    if self._owns_stream:
                        stream.close()
                    else:
                        stream.flush()
                except (ValueError, OSError):
                    pass

    close = stop

    def stats(self) -> dict[str, object]:
        """Value-free counters: records in/out, degraded, fallbacks, findings per entity, ..."""
        return self.queue.stats()

    def __repr__(self) -> str:
        return f"<piiredact RedactingSink {self.name}>"


def redacting_sink(target: Any, **options: Any) -> RedactingSink:
    """A loguru sink that redacts what loguru formats, then writes it to ``target``.

    ``logger.add(redacting_sink("app.log"))``; see :class:`RedactingSink` for ``target``
    and the options.
    """
    return RedactingSink(target, **options)


_live: weakref.WeakSet[RedactingSink] = weakref.WeakSet()


def _after_fork_in_child() -> None:
    # The worker may have held a sink's lock at fork(): the child's first write would hang.
    # (The queue itself restarts empty in the child.)
    for sink in list(_live):
        sink._lock = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


class _KeysPatcher:
    """See :func:`redact_keys_patcher`."""

    __slots__ = ("_keys", "_redact_values", "redactor")

    def __init__(self, redactor: Redactor) -> None:
        self.redactor = redactor
        self._keys = redactor.policy.redact_keys - redactor.policy.skip_keys
        self._redact_values = redactor.redact_values

    def __call__(self, record: Any) -> None:
        extra = record.get("extra")
        if not extra:
            return
        keys = self._keys
        picked = {k: v for k, v in extra.items() if isinstance(k, str) and k.lower() in keys}
        if picked:
            # Only redact_keys values: the walk masks them whole, with no detector call.
            extra.update(self._redact_values([picked])[0])


def redact_keys_patcher(*, redactor: Redactor | None = None, **options: Any) -> Callable[[Any], None]:
    """A cheap caller-thread patcher: ``logger = logger.patch(redact_keys_patcher())``.

    Replaces, before any sink sees the record, the ``bind()``/``extra`` values whose key is
    in ``redact_keys`` (``password``, ``token``, ``ssn``, ... plus yours) with the policy's
    whole-value redaction; no detector runs (about 10 µs for a record that has such keys,
    a dict scan for one that has none). So every sink — loguru's own too — sees them masked.
    It does not analyse messages or tracebacks: that is :func:`redacting_sink`'s job.
    ``options`` are :func:`piiredact.build_redactor` options (only the policy ones matter).
    """
    return _KeysPatcher(build_redactor(redactor, **options))


def _redact_batch(redactor: Redactor, payloads: Sequence[Any], *, timeout: Any = ...) -> RedactionResult:
    """The sink's batch function: formatted messages through the line codec.

    A plain payload is a formatted message, redacted by :func:`piiredact.redact_lines`
    (JSON when ``serialize=True``, text otherwise). A callable target's payload is
    ``(text, message, extra)``: the text by the codec, message and extra as values.
    """
    payloads = list(payloads)
    if all(type(p) is str for p in payloads):
        return _redact_lines(redactor, payloads, timeout=timeout)
    lines = _redact_lines(redactor, [p[0] if isinstance(p, tuple) else str(p) for p in payloads],
                          timeout=timeout)
    rest = redactor.redact_values_result([p[1:] if isinstance(p, tuple) else () for p in payloads],
                                         timeout=timeout)
    out: list[Any] = []
    for p, line, more in zip(payloads, lines.values, rest.values):
        if not isinstance(p, tuple):
            out.append(line)
        elif isinstance(more, tuple):
            out.append((line, *more))
        else:  # (message, extra) could not be walked: the placeholder, never the raw values
            out.append((line, UNANALYSED_PLACEHOLDER, {}))
    worst = lines if lines.tier != "primary" else rest
    return RedactionResult(out, worst.tier, worst.reason)


class _Message(str):
    """What a callable target receives: the redacted text, with loguru's ``record``."""

    __slots__ = ("record",)
    record: dict[str, Any]

    def __new__(cls, text: str, record: dict[str, Any]) -> _Message:
        self = super().__new__(cls, text)
        self.record = record
        return self


def _snapshot(extra: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in extra.items():
        if not isinstance(v, _KEPT):
            try:
                v = str(v)
            except Exception:
                v = f"<unprintable {type(v).__name__}>"
        out[str(k)] = v
    return out


class _Done:
    """An already-finished awaitable: what ``complete()`` returns to loguru."""

    __slots__ = ()

    def __await__(self) -> Any:
        return iter(())


_DONE = _Done()


async def _marker() -> None:  # only its code flags are used: they say "coroutine function"
    """Never called."""


class _CoroutineFlagged:
    """A plain callable that :func:`inspect.iscoroutinefunction` accepts (Python < 3.12).

    loguru only offers a stream sink's ``complete()`` to ``logger.complete()`` when it is a
    coroutine function, and a real one would not run when sync code calls
    ``logger.complete()`` without awaiting. This runs at the call and returns a done
    awaitable, so ``logger.complete()`` delivers from sync and async code alike.
    """

    __slots__ = ("__annotations__", "__code__", "__defaults__", "__kwdefaults__", "__name__", "_fn")

    def __init__(self, fn: Callable[[], Any]) -> None:
        self._fn = fn
        self.__name__ = "complete"
        self.__code__ = _marker.__code__
        self.__defaults__ = None
        self.__kwdefaults__ = None
        self.__annotations__: dict[str, Any] = {}

    def __call__(self) -> Any:
        return self._fn()


def _coroutine_flagged(fn: Callable[[], Any]) -> Callable[[], Any]:
    mark = getattr(inspect, "markcoroutinefunction", None)  # 3.12+: the supported way
    if mark is not None:
        def complete() -> Any:
            return fn()
        return mark(complete)  # type: ignore[no-any-return]
    return _CoroutineFlagged(fn)


__all__ = ["RedactingSink", "redact_keys_patcher", "redacting_sink"]
