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
from collections.abc import Iterable, Mapping, MutableMapping, Sequence
from typing import IO, TYPE_CHECKING, Any

from ._exceptions import ConfigError, MissingDependencyError

try:  # absolute import: the real structlog, not this module
    import structlog  # noqa: F401  (re-exported for checks: this must be the real package)
    from structlog.processors import ExceptionRenderer
except ImportError:  # pragma: no cover - exercised by a test that hides structlog
    raise MissingDependencyError(
        "the structlog integration needs structlog: pip install 'piiredact[structlog]'"
    ) from None

from ._detector import Detector
from ._metrics import Metrics
from ._policy import Policy
from ._redact import UNANALYSED_PLACEHOLDER
from ._redactor import Redactor
from .backends import DEFAULT_BACKEND

if TYPE_CHECKING:
    from ._queue import BackgroundQueue, Overflow

#: What the stdlib record's cached exception text becomes when the exception went
#: into the event dict in structured form (there is no redacted string to reuse).
_STRUCTURED_EXC_TEXT = "[exception rendered in the event]"


_SCALARS = (str, int, float, bool, type(None))


def _key_set(keys: str | Iterable[str]) -> frozenset[str]:
    if isinstance(keys, str):
        keys = [k for k in re.split(r"[,\s]+", keys) if k]
    return frozenset(str(k).lower() for k in keys)


def build_policy(
    policy: Policy | Mapping[str, Any] | None = None,
    *,
    mode: str | None = None,
    mask: str | None = None,
    min_score: float | str | None = None,
    entities: str | Iterable[str] | None = None,
    redact_keys: str | Iterable[str] | None = None,
    skip_keys: str | Iterable[str] | None = None,
) -> Policy:
    """``policy`` with the shortcut options applied.

    ``redact_keys``/``skip_keys`` ADD to the policy's own lists, so the default
    secret keys (``password``, ``ssn``, ...) stay redacted when you add yours.
    """
    base = policy if isinstance(policy, Policy) else Policy.from_dict(policy or {})
    extra: dict[str, Any] = {}
    if redact_keys is not None:
        extra["redact_keys"] = base.redact_keys | _key_set(redact_keys)
    if skip_keys is not None:
        extra["skip_keys"] = base.skip_keys | _key_set(skip_keys)
    if mode is None and mask is None and min_score is None and entities is None and not extra:
        return base
    return Policy.from_options(mode=mode, mask=mask, min_score=min_score, entities=entities,
                               base=base, **extra)


def build_redactor(
    redactor: Redactor | None,
    backend: str | Detector | None,
    policy: Policy | Mapping[str, Any] | None,
    *,
    fallback: str | Detector | None = "regex",
    metrics: Metrics | None = None,
    **shortcuts: Any,
) -> Redactor:
    """A Redactor from the integration's keyword arguments (shared by both entry points)."""
    if redactor is not None:
        given = [k for k, v in {"backend": backend, "policy": policy, **shortcuts}.items() if v is not None]
        if given:
            raise ConfigError(f"{given[0]}: pass either redactor= or backend/policy options, not both")
        return redactor
    return Redactor(
        DEFAULT_BACKEND if backend is None else backend,
        build_policy(policy, **shortcuts),
        fallback=fallback,
        metrics=metrics,
    )


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

    __slots__ = ("_exc", "_owns", "_redact_value", "redactor")

    def __init__(
        self,
        *,
        backend: str | Detector | None = None,
        policy: Policy | Mapping[str, Any] | None = None,
        mode: str | None = None,
        mask: str | None = None,
        min_score: float | str | None = None,
        entities: str | Iterable[str] | None = None,
        redact_keys: str | Iterable[str] | None = None,
        skip_keys: str | Iterable[str] | None = None,
        fallback: str | Detector | None = "regex",
        metrics: Metrics | None = None,
        redactor: Redactor | None = None,
        exception_formatter: Any = None,
    ) -> None:
        self.redactor = build_redactor(
            redactor, backend, policy, fallback=fallback, metrics=metrics, mode=mode, mask=mask,
            min_score=min_score, entities=entities, redact_keys=redact_keys, skip_keys=skip_keys,
        )
        self._owns = redactor is None
        # Bound once: __call__ is on every log call's path.
        self._redact_value = self.redactor.redact_value
        self._exc = ExceptionRenderer() if exception_formatter is None else ExceptionRenderer(
            exception_formatter)

    def __call__(self, logger: Any, method_name: str, event_dict: MutableMapping[str, Any]) -> Any:
        if "exc_info" in event_dict:
            # Render now (inside the except block, where exc_info=True still resolves)
            # so the raw exception object never reaches a later processor or renderer.
            event_dict = self._exc(logger, method_name, event_dict)
        try:
            redacted = self._redact_value(event_dict)
        except RecursionError:  # nested deeper than the walk can go: bad data never crashes
            redacted = self._redact_value({k: v if isinstance(v, _SCALARS) else UNANALYSED_PLACEHOLDER
                                           for k, v in event_dict.items()})
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

# How each rendered line was read by _LineRedactor (so it is written back the same way).
_TEXT, _JSON_ASCII, _JSON_UNICODE, _OTHER = range(4)


def _as_json(line: str) -> Any:
    """The JSON object/array a line holds, or None for any other text (worker side only)."""
    head = line[:1]
    if head != "{" and head != "[":
        return None
    try:
        doc = json.loads(line)
    except (ValueError, RecursionError):  # not JSON, or nested too deep to walk: text it is
        return None
    return doc if isinstance(doc, (dict, list)) else None


class _LineRedactor(Redactor):
    """A Redactor for rendered log lines, used by the background queue (worker side).

    A line holding a JSON object (``JSONRenderer``) is parsed, redacted as a structured
    value (key context, ``redact_keys``/``skip_keys``) and re-serialised compactly; any
    other line is redacted as text, after which values of ``redact_keys`` written as
    ``key=value`` (ConsoleRenderer, KeyValueRenderer) are masked whole too. Bytes are
    decoded as UTF-8 first; structured payloads are walked as they are.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        keys = sorted(self.policy.redact_keys - self.policy.skip_keys, key=len, reverse=True)
        self._kv_rx = re.compile(
            r"(?i)(?<![\w.-])(?P<k>" + "|".join(re.escape(k) for k in keys) + r")"
            r"(?P<sep>[\"']?[ \t]*[=:][ \t]*)"
            r"""(?P<v>'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|[^\s,;]+)"""
        ) if keys else None

    def redact_values(self, objs: Sequence[Any]) -> list[Any]:
        docs: list[Any] = []
        kinds: list[int] = []
        lines: list[Any] = []  # each payload as text (for the RecursionError path)
        for o in objs:
            if isinstance(o, (bytes, bytearray)):
                o = bytes(o).decode("utf-8", "replace")
            lines.append(o)
            if isinstance(o, str):
                doc = _as_json(o)
                if doc is not None:
                    docs.append(doc)
                    kinds.append(_JSON_ASCII if o.isascii() else _JSON_UNICODE)
                    continue
                kinds.append(_TEXT)
            else:
                kinds.append(_OTHER)
            docs.append(o)
        try:
            out = super().redact_values(docs)
        except RecursionError:
            # Nested deeper than the walk can go: JSON lines are redacted as the text they
            # were, other structures become the placeholder. Never raw, never lost.
            for i, kind in enumerate(kinds):
                if kind in (_JSON_ASCII, _JSON_UNICODE):
                    docs[i], kinds[i] = lines[i], _TEXT
                elif kind == _OTHER:
                    docs[i] = UNANALYSED_PLACEHOLDER
                    self.metrics.incr("placeholders")
            out = super().redact_values(docs)
        for i, kind in enumerate(kinds):
            if kind == _TEXT:
                out[i] = self._mask_key_values(out[i])
            elif kind != _OTHER:
                try:  # compact, and ASCII-escaped exactly when the renderer's line was
                    out[i] = json.dumps(out[i], separators=(",", ":"), ensure_ascii=kind == _JSON_ASCII)
                except (RecursionError, ValueError):
                    out[i] = self._mask_key_values(self.redact_many([lines[i]])[0])
        return out

    def _mask_key_values(self, text: str) -> str:
        rx = self._kv_rx
        if rx is None or not text:
            return text

        def repl(m: re.Match[str]) -> str:
            v = m.group("v")
            if len(v) >= 2 and v[0] in "'\"" and v[-1] == v[0]:
                v = v[0] + self._whole(m.group("k").lower(), v[1:-1]) + v[0]
            else:
                v = self._whole(m.group("k").lower(), v)
            return m.group("k") + m.group("sep") + v

        return rx.sub(repl, text)


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
    enqueues the rendered line on a :class:`~piiredact._queue.BackgroundQueue`. A
    worker batches lines, redacts them (JSON lines as structured values, other lines as
    text) and writes them to ``file`` (default ``sys.stdout``) in order, one per line.

    Overload, failure and shutdown behave as the queue does: ``overflow="degrade"``
    (default) redacts in the caller with the regex tier when ``max_queue`` lines wait; a
    failing or stalled backend (``timeout`` per batch) falls back to the regex tier, then
    to a placeholder; :meth:`flush`/:meth:`close` and interpreter exit write every
    queued line. Nothing is written unredacted.
    """

    def __init__(
        self,
        file: IO[str] | IO[bytes] | None = None,
        *,
        backend: str | Detector | None = None,
        policy: Policy | Mapping[str, Any] | None = None,
        mode: str | None = None,
        mask: str | None = None,
        min_score: float | str | None = None,
        entities: str | Iterable[str] | None = None,
        redact_keys: str | Iterable[str] | None = None,
        skip_keys: str | Iterable[str] | None = None,
        fallback: str | Detector | None = "regex",
        max_batch: int = 256,
        max_delay: float = 0.05,
        max_queue: int = 10_000,
        overflow: Overflow = "degrade",
        timeout: float | None = 5.0,
        metrics: Metrics | None = None,
    ) -> None:
        # Imported here: processor-only users get no worker machinery (atexit/at-fork hooks).
        from ._queue import BackgroundQueue

        pol = build_policy(policy, mode=mode, mask=mask, min_score=min_score, entities=entities,
                           redact_keys=redact_keys, skip_keys=skip_keys)
        self.redactor = _LineRedactor(DEFAULT_BACKEND if backend is None else backend, pol,
                                      fallback=fallback, metrics=metrics)
        fast = _LineRedactor("regex", pol, fallback=None, metrics=self.redactor.metrics)
        try:
            self.queue: BackgroundQueue = BackgroundQueue(
                self.redactor, fast=fast, max_queue=max_queue, max_batch=max_batch,
                max_delay=max_delay, overflow=overflow, timeout=timeout,
                name="piiredact-structlog", metrics=self.redactor.metrics,
            )
        except ValueError as e:  # the queue names the key; make it ours
            raise ConfigError(str(e)) from None
        self._fast = fast
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
        self._fast.close()
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
