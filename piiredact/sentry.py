"""Sentry integration: hooks that redact what the SDK sends, before it is sent.

::

    import sentry_sdk
    from piiredact.sentry import sentry_options

    sentry_sdk.init(dsn=..., enable_logs=True, **sentry_options())

:func:`sentry_options` returns ``before_send``, ``before_send_transaction``,
``before_breadcrumb`` and (on SDKs that have it) ``before_send_log``. They redact the
text fields where PII hides — exception values, frame local variables (Sentry sends them
as ``repr`` strings) and source context, messages and ``logentry.params``/``formatted``,
breadcrumbs, ``user``, ``extra``, ``tags``, contexts, request data, transaction names and
span descriptions/data, the body and attributes of Sentry logs (``sentry.message.parameter.N``
included) — with one detector call per event. Structural fields (ids, timestamps, levels,
SDK, release, frame file/function names) are left alone, and the event is always kept: a
redaction failure replaces the affected fields by a placeholder instead of dropping it.

Out of the hooks' reach: the envelope *header* (its ``trace`` item carries the transaction
name from the dynamic sampling context) is built by the SDK after the hooks ran. Keep PII
out of transaction names (use route templates: ``/users/{id}``), or set
``send_default_pii=False`` (the default) and parametrised routes in your framework.

The hooks run synchronously on the thread that captures the event (Sentry has no later
hook): use a fast backend (the default ``builtin``) or a ``timeout``.

Importing this module needs sentry-sdk (``pip install 'piiredact[sentry]'``); importing
:mod:`piiredact` alone never imports it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, MutableMapping
from typing import Any

from . import UNANALYSED_PLACEHOLDER, ConfigError, MissingDependencyError, Redactor, build_redactor

try:  # absolute import: the real SDK
    import sentry_sdk
    import sentry_sdk.consts
except ImportError:  # pragma: no cover - exercised by a test that hides sentry_sdk
    raise MissingDependencyError(
        "the Sentry integration needs sentry-sdk: pip install 'piiredact[sentry]'"
    ) from None

Hook = Callable[[Any, Any], Any]

# Contexts the SDK fills with machine facts (no user data): never sent to the detector,
# so versions and hostnames are not mangled by false positives.
_MACHINE_CONTEXTS = frozenset({"runtime", "os", "device", "app", "browser", "gpu", "culture", "cloud_resource"})
# Top-level event fields whose value is free text or user data.
_EVENT_FIELDS = ("message", "transaction", "culprit", "extra", "user", "request", "tags")
_FRAME_FIELDS = ("vars", "pre_context", "context_line", "post_context")
_SPAN_FIELDS = ("description", "data", "tags")
_CRUMB_FIELDS = ("message", "data")
# Sentry-log attributes that are machine facts; everything else (user.*, sentry.message.*,
# your own attributes) is redacted.
_LOG_MACHINE_PREFIXES = ("sentry.sdk.", "code.", "thread.", "process.", "os.", "server.")
_LOG_MACHINE_KEYS = frozenset({"sentry.environment", "sentry.release", "sentry.origin",
                               "sentry.trace.parent_span_id", "sentry.replay_id"})

_Slot = tuple[MutableMapping[Any, Any], Any]  # container[key] holds a value to redact


class SentryHooks:
    """The redacting hooks behind :func:`sentry_options`, one method per Sentry hook.

    Each takes ``(item, hint)`` and returns the item, redacted in place (never ``None``).
    """

    __slots__ = ("_redact_values", "redactor")

    def __init__(self, redactor: Redactor) -> None:
        self.redactor = redactor
        self._redact_values = redactor.redact_values  # bound once: on every event's path

    # -- the hooks ---------------------------------------------------------------------

    def before_send(self, event: Any, hint: Any = None) -> Any:
        """Error and message events."""
        if isinstance(event, MutableMapping):
            self._redact(_event_slots(event))
        return event

    before_send_transaction = before_send  # the same fields, plus spans (found when present)

    def before_breadcrumb(self, crumb: Any, hint: Any = None) -> Any:
        if isinstance(crumb, MutableMapping):
            self._redact(list(_fields(crumb, _CRUMB_FIELDS)))
        return crumb

    def before_send_log(self, log: Any, hint: Any = None) -> Any:
        """Sentry logs (``enable_logs=True``): the body and the non-machine attributes."""
        if not isinstance(log, MutableMapping):
            return log
        slots: list[_Slot] = list(_fields(log, ("body",)))
        attrs = log.get("attributes")
        holder: dict[str, Any] | None = None
        if isinstance(attrs, MutableMapping):
            # One mapping of only the attributes to redact: their keys stay the context.
            picked = {k: v for k, v in attrs.items() if _is_text_attribute(k, v)}
            if picked:
                holder = {"attributes": picked}
                slots.append((holder, "attributes"))
        self._redact(slots)
        if holder is not None and isinstance(attrs, MutableMapping):
            attrs.update(holder["attributes"])
        return log

    # -- the one batched call ---------------------------------------------------------

    def _redact(self, slots: list[_Slot]) -> None:
        if not slots:
            return
        try:
            out = self._redact_values([c[k] for c, k in slots])
        except Exception:
            # Sentry drops an event whose hook raised: keep it, without the text.
            out = [_failed(c[k]) for c, k in slots]
        for (container, key), value in zip(slots, out):
            container[key] = value

    def __repr__(self) -> str:
        return f"SentryHooks(backend={getattr(self.redactor.detector, 'name', '?')!r})"


def sentry_options(
    *,
    redactor: Redactor | None = None,
    before_send: Hook | None = None,
    before_send_transaction: Hook | None = None,
    before_breadcrumb: Hook | None = None,
    before_send_log: Hook | None = None,
    **options: Any,
) -> dict[str, Hook]:
    """The hook options for ``sentry_sdk.init(..., **sentry_options())``.

    ``options`` are :func:`piiredact.build_redactor` options (``backend``, ``policy``,
    ``redact_keys``, ``timeout``...; or pass ``redactor=``, not both). Your own hooks, given
    here, run first on the raw item (as they would without piiredact); what they return is
    redacted, and ``None`` from them still drops the item.
    """
    hooks = SentryHooks(build_redactor(redactor, **options))
    out: dict[str, Hook] = {
        "before_send": _chain(before_send, hooks.before_send),
        "before_send_transaction": _chain(before_send_transaction, hooks.before_send_transaction),
        "before_breadcrumb": _chain(before_breadcrumb, hooks.before_breadcrumb),
    }
    if _sdk_has_option("before_send_log"):
        out["before_send_log"] = _chain(before_send_log, hooks.before_send_log)
    elif before_send_log is not None:
        raise ConfigError("before_send_log: this sentry-sdk has no before_send_log option "
                          "(upgrade sentry-sdk to use Sentry logs)")
    return out


# -- what to redact in an event ---------------------------------------------------------


def _event_slots(event: MutableMapping[str, Any]) -> list[_Slot]:
    slots = list(_fields(event, _EVENT_FIELDS))
    entry = event.get("logentry")
    if isinstance(entry, MutableMapping):  # logging events: template, raw params, formatted text
        slots.extend(_fields(entry, ("message", "formatted", "params")))
    for exc in _values(event.get("exception")):
        slots.extend(_fields(exc, ("value",)))
        slots.extend(_frame_slots(exc.get("stacktrace")))
    for thread in _values(event.get("threads")):
        slots.extend(_frame_slots(thread.get("stacktrace")))
    slots.extend(_frame_slots(event.get("stacktrace")))
    for crumb in _values(event.get("breadcrumbs")):
        # Already redacted by before_breadcrumb when it was added; again here in case it
        # reached the scope another way (fail closed; redacted text stays as it is).
        slots.extend(_fields(crumb, _CRUMB_FIELDS))
    contexts = event.get("contexts")
    if isinstance(contexts, MutableMapping):
        for name, ctx in contexts.items():
            if name == "trace":  # ids stay (they link the event); span data may hold URLs, SQL
                if isinstance(ctx, MutableMapping):
                    slots.extend(_fields(ctx, ("data", "description")))
            elif name not in _MACHINE_CONTEXTS:
                slots.append((contexts, name))
    spans = event.get("spans")
    if isinstance(spans, list):
        for span in spans:
            if isinstance(span, MutableMapping):
                slots.extend(_fields(span, _SPAN_FIELDS))
    return slots


def _frame_slots(stacktrace: Any) -> Iterator[_Slot]:
    if not isinstance(stacktrace, MutableMapping):
        return
    frames = stacktrace.get("frames")
    if isinstance(frames, list):
        for frame in frames:
            if isinstance(frame, MutableMapping):
                yield from _fields(frame, _FRAME_FIELDS)


def _values(section: Any) -> Iterator[MutableMapping[str, Any]]:
    """The ``values`` entries of an interface like ``{"values": [...]}``."""
    if isinstance(section, MutableMapping):
        values = section.get("values")
        if isinstance(values, list):
            for v in values:
                if isinstance(v, MutableMapping):
                    yield v


def _fields(container: MutableMapping[str, Any], names: tuple[str, ...]) -> Iterator[_Slot]:
    for name in names:
        v = container.get(name)
        if isinstance(v, (str, MutableMapping, list, tuple)) and v:
            yield (container, name)


def _is_text_attribute(key: Any, value: Any) -> bool:
    if not isinstance(value, (str, list, tuple)) or not isinstance(key, str):
        return False
    if key.startswith("sentry.message."):
        return True
    return key not in _LOG_MACHINE_KEYS and not key.startswith(_LOG_MACHINE_PREFIXES)


def _failed(value: Any) -> Any:
    if isinstance(value, MutableMapping):
        return {k: _failed(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_failed(v) for v in value]
    return UNANALYSED_PLACEHOLDER if isinstance(value, str) else value


def _chain(user: Hook | None, ours: Hook) -> Hook:
    if user is None:
        return ours
    if not callable(user):
        raise ConfigError(f"{getattr(ours, '__name__', 'hook')}: must be callable")

    def hook(item: Any, hint: Any) -> Any:
        item = user(item, hint)
        return None if item is None else ours(item, hint)

    hook.__name__ = getattr(ours, "__name__", "hook")
    return hook


def _sdk_has_option(name: str) -> bool:
    defaults = getattr(sentry_sdk.consts, "DEFAULT_OPTIONS", None)
    return isinstance(defaults, dict) and name in defaults


__all__ = ["SentryHooks", "sentry_options"]
