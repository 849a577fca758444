"""The template-slot path for stdlib logging records.

A record is ``msg % args``: the template is constant per call site, the arguments change.
The caller keeps both (:func:`snapshot`, next to the message it formats anyway); the
worker (:class:`SlotRedact`, a :data:`~piiredact._queue.RedactFn`) then

- runs the pattern tier (validated SSNs, e-mails, cards ...) over every message, batched;
- asks :class:`~piiredact.backends._names.SlotLearner` for the names: a slot seen to carry
  names is redacted without the model, slots without a name-shaped word skip it, and
  the model runs only when some open slot could hold a name;
- sends everything else through the redactor unchanged: exception text, stack, extras,
  ``%(key)s`` templates, messages without slots (an f-string is a different template
  every time), templates seen only once so far, templates whose own text holds a name.

A template enters the learner only when it is seen a second time, so one-off templates
(f-strings with ``%`` slots too) never evict the call sites that repeat. Only hashes and
counts are kept, in bounded, aged tables (:class:`_Admission` here, the learner's own).
Any failure on the slot path sends the record down the ordinary path: the slot path can
make a record cheaper, never less redacted.
"""

from __future__ import annotations

import re
import threading
import time
import weakref
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any, Final, NamedTuple

from . import _redact
from ._finding import Finding
from ._redactor import RedactionResult, Redactor

# One printf conversion (as logging's %-style formatting understands them).
_SPEC: Final = re.compile(r"%(?P<key>\([^)]*\))?[-#0 +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?(?P<conv>[diouxXeEfFgGcrsa%])")
# Argument types kept by reference: immutable, and rendered the same later.
_KEPT: Final = (str, int, float, type(None))
_TIER_RANK: Final = {"primary": 0, "fallback": 1, "placeholder": 2}


class RecordPayload(NamedTuple):
    """What the caller hands the worker for one record (texts captured now)."""

    message: str                       # msg % args, formatted in the caller
    exc: str | None                    # rendered exception text
    stack: str | None
    extras: dict[str, Any] | None
    template: str | None               # positional %-template, or None (plain text / mapping args)
    args: tuple[Any, ...] | None       # str/int/float/None only: other objects are rendered now


# -- caller side -----------------------------------------------------------------------


class _Parsed(NamedTuple):
    specs: tuple[tuple[int, int, str], ...]   # (start, end, conversion) of each value slot


_parse_cache: dict[str, _Parsed | None] = {}
_PARSE_CACHE_MAX: Final = 4096


def _parse(template: str) -> _Parsed | None:
    """The positional slots of ``template``, or None if it is not a positional template."""
    hit = _parse_cache.get(template, False)
    if hit is not False:
        return hit  # type: ignore[return-value]
    specs: list[tuple[int, int, str]] = []
    result: _Parsed | None
    for m in _SPEC.finditer(template):
        conv = m.group("conv")
        if conv == "%":
            continue
        if m.group("key") is not None or "*" in m.group():
            specs = []
            result = None
            break
        specs.append((m.start(), m.end(), conv))
    else:
        result = _Parsed(tuple(specs)) if specs else None
    if len(_parse_cache) >= _PARSE_CACHE_MAX:
        _parse_cache.clear()  # hashable text of templates only; f-strings must not grow it
    _parse_cache[template] = result
    return result


def snapshot(msg: object, args: object, message: str, exc: str | None, stack: str | None,
             extras: dict[str, Any] | None) -> RecordPayload:
    """The payload of a record whose message the caller formatted as ``message``.

    The template and its arguments are kept when the record is a positional %-template
    with a tuple of arguments that fit it; an argument that is not a str/int/float is
    rendered now (its state may change later, and its ``str()`` may hold PII), with its
    slot's conversion, and the template's slot becomes ``%s`` — the same text.
    """
    if type(msg) is not str or type(args) is not tuple or not args:
        return RecordPayload(message, exc, stack, extras, None, None)
    parsed = _parse(msg)
    if parsed is None or len(parsed.specs) != len(args):
        return RecordPayload(message, exc, stack, extras, None, None)
    if all(isinstance(a, _KEPT) and type(a) is not bool for a in args):
        return RecordPayload(message, exc, stack, extras, msg, args)
    try:
        template, values = _prerender(msg, parsed, args)
    except Exception:  # the caller's formatting succeeded; ours did not: ordinary path
        return RecordPayload(message, exc, stack, extras, None, None)
    return RecordPayload(message, exc, stack, extras, template, values)


def _prerender(msg: str, parsed: _Parsed, args: tuple[Any, ...]) -> tuple[str, tuple[Any, ...]]:
    parts: list[str] = []
    values: list[Any] = []
    pos = 0
    for (start, end, _), a in zip(parsed.specs, args):
        parts.append(msg[pos:start])
        if isinstance(a, _KEPT) and type(a) is not bool:
            parts.append(msg[start:end])
            values.append(a)
        else:
            parts.append("%s")
            values.append(msg[start:end] % (a,))
        pos = end
    parts.append(msg[pos:])
    return "".join(parts), tuple(values)


# -- worker side -----------------------------------------------------------------------


class _Admission:
    """Which templates repeat: hashes seen once (probation) and admitted ones, each bounded.

    A template is admitted on its second sighting. Probation is cleared wholesale when full
    (10,000 one-off f-strings cost nothing but a few resets); admitted hashes are LRU with
    an age limit, so the learner is re-checked against the model now and then.
    """

    def __init__(self, max_templates: int, max_age: float) -> None:
        self.max = max(1, int(max_templates))
        self.age = float(max_age)
        self._once: set[int] = set()
        self._known: OrderedDict[int, tuple[float, bool]] = OrderedDict()  # hash -> (born, usable)
        self._lock = threading.Lock()

    def state(self, key: int) -> Any:
        """True: use the slot path; False: admitted, not usable; None: first sighting;
        :data:`_ADMIT`: second sighting (the caller checks the template and admits it)."""
        now = time.monotonic()
        with self._lock:
            hit = self._known.get(key)
            if hit is not None:
                if now - hit[0] <= self.age:
                    self._known.move_to_end(key)
                    return hit[1]
                del self._known[key]
            if key in self._once:
                self._once.discard(key)
                return _ADMIT
            if len(self._once) >= self.max:
                self._once.clear()
            self._once.add(key)
            return None

    def admit(self, key: int, usable: bool) -> None:
        with self._lock:
            self._known[key] = (time.monotonic(), usable)
            self._known.move_to_end(key)
            while len(self._known) > self.max:
                self._known.popitem(last=False)

    def sizes(self) -> tuple[int, int]:
        with self._lock:
            return len(self._once), len(self._known)

    def reset_after_fork(self) -> None:
        self._lock = threading.Lock()


class _AdmitMarker:
    """Returned by :meth:`_Admission.state` on a template's second sighting."""


_ADMIT: Any = _AdmitMarker()


class _Engine:
    """The slot path for one redactor whose detector is the builtin (patterns + names)."""

    def __init__(self, redactor: Redactor, max_templates: int, max_age: float, min_evidence: int) -> None:
        from .backends._names import SlotLearner

        det: Any = redactor.detector
        self.names = det._names
        # The pattern tier alone, guarded like the primary (no fallback: it is the fallback).
        self.patterns = Redactor(det._regex, redactor.policy, fallback=None, metrics=redactor.metrics)
        self.learner = SlotLearner(self.names, min_evidence=min_evidence, max_templates=max_templates,
                                   max_age=max_age)
        self.admission = _Admission(max_templates, max_age)

    def literal_usable(self, template: str) -> bool:
        """The template's own text holds no name the model would find (checked once)."""
        literal = _SPEC.sub(" ", template)
        return not self.names.detect([literal])[0]

    def reset_after_fork(self) -> None:
        self.learner.reset_after_fork()
        self.admission.reset_after_fork()


def _slot_capable(redactor: Redactor) -> bool:
    det = getattr(redactor, "detector", None)
    return (getattr(det, "name", None) == "builtin" and getattr(det, "_names", None) is not None
            and getattr(det, "_regex", None) is not None)


class SlotRedact:
    """A :data:`~piiredact._queue.RedactFn` for :class:`RecordPayload` batches.

    Returns the 4-tuples ``(message, exc, stack, extras)`` the logging handler applies.
    Thread-safe; one instance serves every redactor it is called with (the primary on the
    worker, the degrade tier in callers).
    """

    def __init__(self, *, max_templates: int = 4096, max_age: float = 3600.0, min_evidence: int = 3) -> None:
        self.max_templates = max(1, int(max_templates))
        self.max_age = float(max_age)
        self.min_evidence = max(1, int(min_evidence))
        self._engines: weakref.WeakKeyDictionary[Redactor, _Engine | None] = weakref.WeakKeyDictionary()
        self._lock = threading.Lock()

    def __call__(self, redactor: Redactor, payloads: Sequence[Any], *,
                 timeout: float | None | object = None) -> RedactionResult:
        payloads = list(payloads)
        engine = self._engine(redactor)
        if engine is None:
            return _ordinary(redactor, payloads, timeout)
        return _slot_batch(engine, redactor, payloads, timeout)

    def stats(self) -> dict[str, int]:
        """Value-free sizes of the caches (templates tracked)."""
        out = {"templates_probation": 0, "templates_admitted": 0, "templates_learned": 0}
        with self._lock:
            engines = [e for e in self._engines.values() if e is not None]
        for e in engines:
            once, known = e.admission.sizes()
            out["templates_probation"] += once
            out["templates_admitted"] += known
            out["templates_learned"] += e.learner.known_slots()
        return out

    def reset_after_fork(self) -> None:
        self._lock = threading.Lock()
        for e in list(self._engines.values()):
            if e is not None:
                e.reset_after_fork()

    def _engine(self, redactor: Redactor) -> _Engine | None:
        with self._lock:
            try:
                return self._engines[redactor]
            except KeyError:
                pass
        engine = None
        if _slot_capable(redactor):
            try:
                engine = _Engine(redactor, self.max_templates, self.max_age, self.min_evidence)
            except Exception:  # the builtin's shape changed: the ordinary path still works
                engine = None
        with self._lock:
            return self._engines.setdefault(redactor, engine)


def _as_tuple(p: Any) -> Any:
    return tuple(p[:4]) if isinstance(p, RecordPayload) else p


def _ordinary(redactor: Redactor, payloads: list[Any], timeout: float | None | object) -> RedactionResult:
    res = redactor.redact_values_result([_as_tuple(p) for p in payloads], timeout=timeout)
    return res


def _worst(a: RedactionResult | None, tier: str, reason: str | None) -> tuple[str, str | None]:
    if a is None or _TIER_RANK.get(tier, 2) >= _TIER_RANK.get(a.tier, 2):
        return tier, reason
    return a.tier, a.reason


def _slot_batch(engine: _Engine, redactor: Redactor, payloads: list[Any],
                timeout: float | None | object) -> RedactionResult:
    from .backends.builtin import _unite

    slot_idx: list[int] = []
    messages: list[str] = []
    names: list[list[Finding]] = []
    for i, p in enumerate(payloads):
        if not isinstance(p, RecordPayload) or p.template is None:
            continue
        found = _slot_names(engine, p)
        if found is None:
            continue
        slot_idx.append(i)
        messages.append(p.message)
        names.append(found)

    # Everything the slot path does not cover: one ordinary call (walks, keys as context).
    in_slots = set(slot_idx)
    rest_idx: list[int] = []
    rest: list[Any] = []
    for i, p in enumerate(payloads):
        if i in in_slots:
            if p.exc is not None or p.stack is not None or p.extras:
                rest_idx.append(i)
                rest.append((None, p.exc, p.stack, p.extras))
        else:
            rest_idx.append(i)
            rest.append(_as_tuple(p))
    other: RedactionResult | None = None
    if rest:
        other = redactor.redact_values_result(rest, timeout=timeout)
    out: list[Any] = [None] * len(payloads)
    if other is not None:
        for i, v in zip(rest_idx, other.values):
            out[i] = v
    tier, reason = ("primary", None) if other is None else (other.tier, other.reason)
    if slot_idx:
        det = engine.patterns.guard.detect(messages, timeout=timeout)
        tier, reason = _worst(other, det.tier, det.reason)
        found = [None if pf is None else _unite(pf, nf) for pf, nf in zip(det.findings, names)]
        redacted = _apply(redactor, messages, found)
        for i, text in zip(slot_idx, redacted):
            prev = out[i]
            if prev is None:
                out[i] = (text, None, None, None)
            else:  # exc/stack/extras came back from the ordinary call
                out[i] = (text, prev[1], prev[2], prev[3])
    return RedactionResult(out, tier, reason)  # type: ignore[arg-type]


def _slot_names(engine: _Engine, p: RecordPayload) -> list[Finding] | None:
    """NAME/USERNAME findings for ``p.message`` from the learner, or None: ordinary path."""
    template = p.template
    assert template is not None
    key = hash(template)
    state = engine.admission.state(key)
    if state is None:
        return None
    if state is _ADMIT:
        try:
            usable = engine.literal_usable(template)
        except Exception:
            usable = False
        engine.admission.admit(key, usable)
        state = usable
    if not state:
        return None
    try:
        message, found = engine.learner.detect_record(template, p.args)
    except Exception:
        return None
    if message != p.message:  # rendered differently (a str subclass' __str__...): do not trust slots
        return None
    return found


def _apply(redactor: Redactor, texts: list[str], found: list[list[Finding] | None]) -> list[str]:
    """Redactor._apply's contract: policy selection, rendering, value-free counts."""
    out: list[str] = []
    counts: dict[str, int] = {}
    policy = redactor.policy
    for text, fs in zip(texts, found):
        if fs is None:
            out.append(_redact.UNANALYSED_PLACEHOLDER if text else text)
            continue
        if fs:
            selected = _redact.select(text, fs, policy)
            for f in selected:
                counts[f.entity] = counts.get(f.entity, 0) + 1
            out.append(_redact.apply_selected(text, selected, policy) if selected else text)
        else:
            out.append(text)
    redactor.metrics.incr("records", len(texts))
    if counts:
        redactor.metrics.add_all(counts, prefix="findings.")
    return out


__all__ = ["RecordPayload", "SlotRedact", "snapshot"]
