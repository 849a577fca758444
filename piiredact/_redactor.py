"""`Redactor`: detector + policy. The synchronous core every entry point uses."""

from __future__ import annotations

import os
import weakref
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from . import _redact, _structured
from ._detector import Detector
from ._entities import CORE_ENTITIES
from ._exceptions import BackendUnavailable, ConfigError
from ._finding import Finding
from ._guard import Detection, DetectionGuard, Tier
from ._metrics import Metrics
from ._policy import Policy
from ._resilience import CircuitBreaker
from .backends import DEFAULT_BACKEND, create_detector

#: Backends whose failure costs model-only findings (names, addresses): their fallback
#: is the best local detector, so an outage costs no names. Anything else (a custom
#: backend included) is treated the same way; only the embedded tiers differ.
_AUTO_FALLBACK: dict[str, str | None] = {"regex": None, "builtin": "regex"}
_LOCAL_BEST = "builtin"


@dataclass(frozen=True, slots=True)
class RedactionResult:
    """Redacted values (in input order) and which detection tier produced them.

    ``tier`` is ``"primary"`` (the configured backend answered), ``"fallback"`` or
    ``"placeholder"``; ``reason`` is the value-free cause of a fallback (see
    :class:`~piiredact.Detection`).
    """

    values: list[Any]
    tier: Tier
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class ValueFinding:
    """A finding inside a structured value, for reports (``piiredact scan``).

    ``path`` locates the string (keys and list indices from the root; ``()`` for a plain
    string); ``start``/``end`` are offsets into that string. ``source`` is the backend,
    or ``"redact_keys"`` for a value redacted whole because of its key.
    """

    path: tuple[str | int, ...]
    start: int
    end: int
    entity: str
    score: float
    source: str

    def as_dict(self) -> dict[str, object]:
        """The value-free JSON form (the path holds keys, never values)."""
        return {"path": list(self.path), "start": self.start, "end": self.end, "entity": self.entity,
                "score": round(self.score, 4), "source": self.source}


@dataclass(frozen=True, slots=True)
class ScanResult:
    """:meth:`Redactor.scan_values_result`'s answer: findings per value, and the tier."""

    findings: list[list[ValueFinding]]
    tier: Tier
    reason: str | None = None


def _as_detector(backend: str | Detector, options: Mapping[str, Any]) -> Detector:
    if isinstance(backend, str):
        return create_detector(backend, **options)
    if not isinstance(backend, Detector):
        raise TypeError("backend must be a backend name or an object implementing Detector")
    return backend


def _as_policy(policy: Policy | Mapping[str, Any] | None) -> Policy:
    if policy is None:
        return Policy()
    if isinstance(policy, Policy):
        return policy
    if not isinstance(policy, Mapping):
        raise ConfigError(f"policy: expected a Policy or a mapping, got {type(policy).__name__}")
    return Policy.from_dict(policy)


def _preflight(detector: Detector) -> None:
    """A backend that cannot start is a configuration error now, not a silent fallback
    at the first record (missing spaCy pipeline, no AWS credentials...)."""
    check = getattr(detector, "preflight", None)
    if check is None:
        return
    try:
        check()
    except BackendUnavailable as e:
        raise ConfigError(str(e)) from None


def _fallback_for(primary: Detector, fallback: str | Detector | None,
                  policy: Policy) -> Detector | Callable[[], Detector | None] | None:
    name = getattr(primary, "name", None)
    if isinstance(fallback, str) and fallback == "auto":
        fallback = _AUTO_FALLBACK.get(name, _LOCAL_BEST) if isinstance(name, str) else _LOCAL_BEST
    if fallback is None or (isinstance(fallback, str) and fallback == name):
        return None
    if isinstance(fallback, str):
        from .backends import available_backends

        if fallback not in available_backends():
            raise ConfigError(f"fallback: unknown backend {fallback!r} (known: {', '.join(available_backends())})")
        name = fallback
        return lambda: _build_fallback(name, primary, policy)  # built on first need
    return _as_detector(fallback, {})


#: Types a model backend may be asked for that only an opt-in pattern row of the local tiers
#: finds: the fallback adds those rows so an outage does not leave them raw (issue 13.11).
_OPT_IN_LOCAL = ("ADDRESS",)


def _local_extra(primary: Detector, policy: Policy) -> frozenset[str]:
    """Opt-in types the primary can report and the policy acts on (value-free)."""
    asked: frozenset[str] = getattr(primary, "entities", frozenset()) or frozenset()
    wanted = {e for e in _OPT_IN_LOCAL if e in asked and (policy.entities is None or e in policy.entities)}
    if not wanted:
        return frozenset()
    from .backends._regex import RegexDetector

    return frozenset(wanted & getattr(RegexDetector, "SUPPORTED_ENTITIES", frozenset()))


def _build_fallback(name: str, primary: Detector, policy: Policy) -> Detector:
    """The fallback named ``name``, covering every type the primary was asked for that a
    local tier can detect: the builtin/regex tiers already find the core, secret, AWS-key,
    IBAN and MAC types; opt-in rows (a street ADDRESS) are added when the primary reports
    them. (If the pattern tier does not support a row yet, the fallback is the tier alone.)"""
    base = create_detector(name)
    extra = _local_extra(primary, policy) if name in ("builtin", "regex") else frozenset()
    if not extra:
        return base
    from .backends._chain import UnionDetector
    from .backends._regex import RegexDetector

    return UnionDetector([base, RegexDetector(names=False, entities=extra)], name=name)


def _texts_only(texts: Sequence[str], what: str) -> list[str]:
    if isinstance(texts, (str, bytes, bytearray)):
        raise TypeError(f"{what}: expected a sequence of str, got a single {type(texts).__name__}")
    out = list(texts)
    for t in out:
        if type(t) is not str and not isinstance(t, str):
            raise TypeError(f"{what}: expected str items, got {type(t).__name__}")
    return out


class Redactor:
    """Detects PII with ``backend`` and redacts it according to ``policy``.

    Fail closed: if the backend raises, exceeds ``timeout`` or returns a malformed
    result, the batch is analysed by ``fallback`` (``"auto"``: the builtin for model
    backends such as presidio/comprehend/custom ones, the regex tier for the builtin,
    none for regex); if that fails too, each text is replaced whole by a placeholder.
    Every such event is counted in :attr:`metrics` and reported in the ``*_result``
    methods' tier; nothing is dropped and no raw text is returned unanalysed. A backend
    that keeps failing is skipped for a cool-down (circuit breaker).

    A backend that cannot start at all (missing spaCy pipeline, no AWS credentials)
    raises :class:`~piiredact.ConfigError` here.

    Thread-safe as long as the detector is (the contract requires it).
    """

    def __init__(
        self,
        backend: str | Detector = DEFAULT_BACKEND,
        policy: Policy | Mapping[str, Any] | None = None,
        *,
        fallback: str | Detector | None = "auto",
        timeout: float | None = None,
        metrics: Metrics | None = None,
        breaker: CircuitBreaker | None = None,
        **backend_options: Any,
    ) -> None:
        self.policy = _as_policy(policy)
        self.detector = _as_detector(backend, backend_options)
        _preflight(self.detector)
        self.metrics = metrics if metrics is not None else Metrics()
        try:
            self.guard = DetectionGuard(
                self.detector, _fallback_for(self.detector, fallback, self.policy),
                timeout=timeout, breaker=breaker, metrics=self.metrics,
            )
        except ValueError as e:
            if isinstance(e, ConfigError):
                raise
            raise ConfigError(str(e)) from None
        _live.add(self)

    @property
    def fallback(self) -> Detector | None:
        """The fallback detector (built on first use), or None."""
        return self.guard.fallback

    @property
    def breaker(self) -> CircuitBreaker:
        return self.guard.breaker

    @property
    def timeout(self) -> float | None:
        return self.guard.timeout

    # -- detection ------------------------------------------------------------------

    def detect(self, texts: Sequence[str], *, apply_policy: bool = True) -> list[list[Finding]]:
        """Findings per text. With ``apply_policy`` (default) only those the policy acts on."""
        texts = _texts_only(texts, "detect")
        out: list[list[Finding]] = []
        select = _redact.Selector(self.policy)
        for text, found in zip(texts, self.guard.detect(texts).findings):
            if found is None:  # unanalysable: the whole text is one finding
                out.append([Finding(0, len(text), "UNANALYSED", 1.0, "placeholder")] if text else [])
            elif apply_policy:
                out.append(sorted(select(text, found)))
            else:
                out.append(sorted(found))
        return out

    # -- redaction ------------------------------------------------------------------

    def redact(self, text: str) -> str:
        """``text`` with PII replaced according to the policy."""
        if not isinstance(text, str):
            raise TypeError(f"redact: expected str, got {type(text).__name__}")
        out: str = self.redact_many_result([text]).values[0]
        return out

    def redact_many(self, texts: Sequence[str]) -> list[str]:
        """Redact a batch with one detector call; output order equals input order."""
        return self.redact_many_result(texts).values

    def redact_many_result(self, texts: Sequence[str], *,
                           timeout: float | object | None = ...) -> RedactionResult:
        """:meth:`redact_many` plus the tier that answered. ``timeout`` overrides the
        redactor's detection budget for this call."""
        texts = _texts_only(texts, "redact_many")
        det = self.guard.detect(texts, timeout=timeout)
        return RedactionResult(self.apply_findings(texts, det.findings), det.tier, det.reason)

    def apply_findings(self, texts: Sequence[str], found: Sequence[list[Finding] | None]) -> list[str]:
        """``texts`` redacted with findings already made (None: unanalysable, the placeholder):
        the policy's selection and rendering, counted in :attr:`metrics`. For callers that
        detect by other means (the logging template path) and must redact exactly as
        :meth:`redact_many` does."""
        out: list[str] = []
        counts: dict[str, int] = {}
        policy = self.policy
        select = _redact.Selector(policy)
        for text, fs in zip(texts, found):
            if fs is None:
                out.append(_redact.UNANALYSED_PLACEHOLDER if text else text)
                continue
            if fs:
                selected = select(text, fs)
                for f in selected:
                    counts[f.entity] = counts.get(f.entity, 0) + 1
                out.append(_redact.apply_selected(text, selected, policy) if selected else text)
            else:
                out.append(text)
        self.metrics.incr("records", len(texts))
        if counts:
            self.metrics.add_all(counts, prefix="findings.")
        return out

    def redact_value(self, obj: Any) -> Any:
        """Redact every string inside a structured value (dict, list, tuple, str).

        Keys are kept and each string is analysed with its key as context; values
        under ``policy.redact_keys`` are redacted whole, ``policy.skip_keys`` untouched.
        """
        return self.redact_values_result([obj]).values[0]

    def redact_values(self, objs: Sequence[Any]) -> list[Any]:
        """Redact many structured values with a single detector call."""
        return self.redact_values_result(objs).values

    def redact_values_result(self, objs: Sequence[Any], *,
                             timeout: float | object | None = ...) -> RedactionResult:
        """:meth:`redact_values` plus the tier that answered (one detector call).

        A value that cannot be walked (a mapping whose ``items()`` raises) becomes the
        placeholder; values nested too deep or containing themselves have those parts
        replaced (see :mod:`piiredact._structured`). Its batch-mates are unaffected.
        """
        if isinstance(objs, (str, bytes, bytearray)):
            raise TypeError(f"redact_values: expected a sequence of values, got a single {type(objs).__name__}")
        objs = list(objs)
        walk = self._walk(objs)
        det = self.guard.detect(walk.texts, timeout=timeout)
        found = det.findings
        if any(walk.prefixes):
            found = [
                fs if fs is None or not p else
                [Finding(max(f.start, p) - p, f.end - p, f.entity, f.score, f.source) for f in fs if f.end > p]
                for fs, p in zip(found, walk.prefixes)
            ]
        it = iter(self.apply_findings(walk.values, found))
        policy = self.policy
        out: list[Any] = []
        for o, ok in zip(objs, walk.walkable):
            if type(o) is str:
                out.append(next(it))
            elif not ok:
                out.append(_redact.UNANALYSED_PLACEHOLDER)
            else:
                out.append(_structured.rebuild(o, policy, it, self._whole))
        return RedactionResult(out, det.tier, det.reason)

    def _walk(self, objs: list[Any]) -> _Walk:
        policy = self.policy
        walk = _Walk()
        texts, values, prefixes, walkable = walk.texts, walk.values, walk.prefixes, walk.walkable
        for o in objs:
            if type(o) is str:  # plain lines (the CLI's common case) skip the tree walk
                texts.append(o)
                values.append(o)
                prefixes.append(0)
                walkable.append(True)
                continue
            try:
                leaves = _structured.collect(o, policy)
                cuts = _structured.cut_count(o, policy)
            except Exception:  # a broken custom container: this value alone fails closed
                self.metrics.incr("placeholders")
                walk.walkable.append(False)
                continue
            if cuts:
                self.metrics.incr("values_cut", cuts)
            for leaf in leaves:
                walk.add(leaf.prefix, leaf.value)
            walk.walkable.append(True)
        return walk

    def _whole(self, key: str, value: str) -> str:
        entity = _key_entity(key)
        action = self.policy.action_for(entity)
        if action == "keep":
            action = "mask"
        self.metrics.incr(f"findings.{entity}")
        if action == "mask":
            return self.policy.mask_char * len(value)
        return _redact.render(value, entity, self.policy) if action == "hash" else f"[{entity}]"

    # -- reporting (piiredact scan) -------------------------------------------------

    def scan_values(self, objs: Sequence[Any]) -> list[list[ValueFinding]]:
        """What :meth:`redact_values` would redact, per value (see :meth:`scan_values_result`)."""
        return self.scan_values_result(objs).findings

    def scan_values_result(self, objs: Sequence[Any], *, timeout: float | object | None = ...) -> ScanResult:
        """What :meth:`redact_values` would redact, per value, without changing anything.

        Detected spans the policy acts on, plus every value redacted whole because its
        key is in ``redact_keys`` (``source="redact_keys"``, the whole string). One
        detector call. A text no tier could analyse is one ``UNANALYSED`` finding.
        """
        if isinstance(objs, (str, bytes, bytearray)):
            raise TypeError(f"scan_values: expected a sequence of values, got a single {type(objs).__name__}")
        objs = list(objs)
        policy = self.policy
        per_obj: list[list[_ScanLeaf]] = []
        whole: list[list[ValueFinding]] = []
        texts: list[str] = []
        for o in objs:
            leaves: list[_ScanLeaf] = []
            keyed: list[ValueFinding] = []
            _scan_walk(o, policy, (), None, leaves, keyed, 0, set())
            per_obj.append(leaves)
            whole.append(keyed)
            texts.extend(p + v for _, p, v in leaves)
        det = self.guard.detect(texts, timeout=timeout)
        found = det.findings
        out: list[list[ValueFinding]] = []
        it = iter(found)
        select = _redact.Selector(policy)
        for leaves, keyed in zip(per_obj, whole):
            items: list[ValueFinding] = []
            for path, prefix, value in leaves:
                fs = next(it)
                if fs is None:
                    if value:
                        items.append(ValueFinding(path, 0, len(value), "UNANALYSED", 1.0, "placeholder"))
                    continue
                p = len(prefix)
                shifted = [Finding(max(f.start, p) - p, f.end - p, f.entity, f.score, f.source)
                           for f in fs if f.end > p] if p else fs
                for f in sorted(select(value, shifted)):
                    items.append(ValueFinding(path, f.start, f.end, f.entity, f.score, f.source))
            items.extend(keyed)
            out.append(items)
        return ScanResult(out, det.tier, det.reason)

    # -- lifecycle ------------------------------------------------------------------

    def stats(self) -> dict[str, object]:
        """Value-free counters (records, findings per entity, fallbacks, ...)."""
        return self.metrics.snapshot()

    def reset_after_fork(self) -> None:
        """In a forked child: fresh locks and no inherited helper threads."""
        self.guard.reset_after_fork()
        for d in (self.detector, self.guard.fallback_built):
            reset = getattr(d, "reset_after_fork", None)
            if reset is not None:
                reset()

    def close(self) -> None:
        """Release the backends' resources (idempotent)."""
        self.guard.close()

    def __enter__(self) -> Redactor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# Every live Redactor is reset in a forked child: a lock held by another parent thread
# at fork (breaker, metrics, a backend's client lock) would otherwise block the child's
# first redaction forever, queue or no queue (issue 13.2).
_live: weakref.WeakSet[Redactor] = weakref.WeakSet()


def _reset_all_after_fork() -> None:
    for r in list(_live):
        try:
            r.reset_after_fork()
        except Exception:  # a child must never die in a fork hook
            pass


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_reset_all_after_fork)


class _ScanLeaf(NamedTuple):
    """A string to analyse for a report: where it is, its ``key=`` context, the value."""

    path: tuple[str | int, ...]
    prefix: str
    value: str


class _Walk:
    """What the detector sees for a batch of values: ``key=`` context + value, per leaf."""

    __slots__ = ("prefixes", "texts", "values", "walkable")

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.values: list[str] = []
        self.prefixes: list[int] = []
        self.walkable: list[bool] = []

    def add(self, prefix: str, value: str) -> None:
        self.texts.append(prefix + value if prefix else value)
        self.values.append(value)
        self.prefixes.append(len(prefix))


def _key_entity(key: str) -> str:
    """The entity a value redacted whole because of its key is reported as."""
    key = key.lower()
    if "ssn" in key or "social" in key:
        return "SSN"
    if "card" in key or "cvv" in key:
        return "CREDIT_DEBIT_NUMBER"
    return "PASSWORD"


def _scan_walk(obj: Any, policy: Policy, path: tuple[str | int, ...], key: object,
               leaves: list[_ScanLeaf], keyed: list[ValueFinding],
               depth: int, seen: set[int]) -> None:
    """The same traversal as :func:`_structured.collect`, keeping paths for reports."""
    if isinstance(obj, str):
        leaves.append(_ScanLeaf(path, _structured.leaf_prefix(key), obj))
        return
    digits = _structured.number_text(obj, key)
    if digits is not None:
        leaves.append(_ScanLeaf(path, _structured.leaf_prefix(key), digits))
        return
    if not isinstance(obj, (Mapping, list, tuple)) or depth >= _structured.MAX_DEPTH or id(obj) in seen:
        return
    seen.add(id(obj))
    if isinstance(obj, Mapping):
        for k, v in obj.items():
            rule = _structured.key_rule(k, policy)
            sub = (*path, k if isinstance(k, (str, int)) else str(k))
            if rule is None:
                _scan_walk(v, policy, sub, k, leaves, keyed, depth + 1, seen)
            elif rule == "whole":
                _scan_whole(v, str(k).lower(), sub, keyed, depth + 1)
    else:
        for i, v in enumerate(obj):
            _scan_walk(v, policy, (*path, i), key, leaves, keyed, depth + 1, seen)
    seen.discard(id(obj))


def _scan_whole(value: Any, key: str, path: tuple[str | int, ...], keyed: list[ValueFinding], depth: int) -> None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if isinstance(value, str):
        if value:
            keyed.append(ValueFinding(path, 0, len(value), _key_entity(key), 1.0, "redact_keys"))
    elif isinstance(value, Mapping) and depth < _structured.MAX_DEPTH:
        for k, v in value.items():
            _scan_whole(v, key, (*path, str(k)), keyed, depth + 1)
    elif isinstance(value, (list, tuple)) and depth < _structured.MAX_DEPTH:
        for i, v in enumerate(value):
            _scan_whole(v, key, (*path, i), keyed, depth + 1)


__all__ = ["CORE_ENTITIES", "Detection", "RedactionResult", "Redactor", "ScanResult", "ValueFinding"]
