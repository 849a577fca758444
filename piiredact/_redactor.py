"""`Redactor`: detector + policy. The synchronous core every entry point uses."""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from typing import Any

from . import _redact, _structured
from ._detector import Detector
from ._entities import CORE_ENTITIES
from ._finding import Finding
from ._metrics import Metrics
from ._policy import Policy
from ._resilience import CircuitBreaker
from .backends import DEFAULT_BACKEND, create_detector


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
    return Policy.from_dict(policy)


class Redactor:
    """Detects PII with ``backend`` and redacts it according to ``policy``.

    Fail closed: if the backend raises (or returns a malformed result), the batch is
    analysed by ``fallback`` (default: the regex backend); if that fails too, each
    text is replaced whole by a placeholder. Every such event is counted in
    :attr:`metrics`; nothing is dropped and no raw text is returned unanalysed.
    A backend that keeps failing is skipped for a cool-down (circuit breaker).

    Thread-safe as long as the detector is (the contract requires it).
    """

    def __init__(
        self,
        backend: str | Detector = DEFAULT_BACKEND,
        policy: Policy | Mapping[str, Any] | None = None,
        *,
        fallback: str | Detector | None = "regex",
        metrics: Metrics | None = None,
        breaker: CircuitBreaker | None = None,
        **backend_options: Any,
    ) -> None:
        self.policy = _as_policy(policy)
        self.detector = _as_detector(backend, backend_options)
        if fallback is None or (isinstance(fallback, str) and fallback == getattr(self.detector, "name", None)):
            self.fallback: Detector | None = None
        else:
            self.fallback = _as_detector(fallback, {})
        self.metrics = metrics if metrics is not None else Metrics()
        self.breaker = breaker if breaker is not None else CircuitBreaker()

    # -- detection ------------------------------------------------------------------

    def detect(self, texts: Sequence[str], *, apply_policy: bool = True) -> list[list[Finding]]:
        """Findings per text. With ``apply_policy`` (default) only those the policy acts on."""
        raw = self._detect_safely(texts)
        out: list[list[Finding]] = []
        for text, found in zip(texts, raw):
            if found is None:  # unanalysable: the whole text is one finding
                out.append([Finding(0, len(text), "UNANALYSED", 1.0, "placeholder")] if text else [])
            elif apply_policy:
                out.append(sorted(_redact.select(text, found, self.policy)))
            else:
                out.append(sorted(found))
        return out

    def _detect_safely(self, texts: Sequence[str]) -> list[list[Finding] | None]:
        texts = list(texts)
        if not texts:
            return []
        m = self.metrics
        if self.breaker.allow():
            t0 = time.perf_counter()
            try:
                result = self.detector.detect(texts)
                if len(result) != len(texts):
                    raise ValueError("detector returned a result of the wrong length")
            except Exception as e:
                self.breaker.record_failure()
                m.incr("backend_errors")
                m.incr(f"backend_errors.{type(e).__name__}")
            else:
                self.breaker.record_success()
                m.observe("backend_latency", time.perf_counter() - t0)
                return list(result)
        else:
            m.incr("circuit_open_skips")
        return self._fallback_detect(texts)

    def _fallback_detect(self, texts: list[str]) -> list[list[Finding] | None]:
        m = self.metrics
        m.incr("fallbacks", len(texts))
        if self.fallback is not None:
            try:
                result = self.fallback.detect(texts)
                if len(result) == len(texts):
                    return list(result)
            except Exception:
                pass
            m.incr("fallback_errors")
        m.incr("placeholders", len(texts))
        return [None] * len(texts)

    # -- redaction ------------------------------------------------------------------

    def redact(self, text: str) -> str:
        """``text`` with PII replaced according to the policy."""
        return self.redact_many([text])[0]

    def redact_many(self, texts: Sequence[str]) -> list[str]:
        """Redact a batch with one detector call; output order equals input order."""
        texts = list(texts)
        found = self._detect_safely(texts)
        return self._apply(texts, found)

    def _apply(self, texts: Sequence[str], found: Sequence[list[Finding] | None]) -> list[str]:
        out: list[str] = []
        counts: dict[str, int] = {}
        policy = self.policy
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
        self.metrics.incr("records", len(texts))
        if counts:
            self.metrics.add_all(counts, prefix="findings.")
        return out

    def redact_value(self, obj: Any) -> Any:
        """Redact every string inside a structured value (dict, list, tuple, str).

        Keys are kept and each string is analysed with its key as context; values
        under ``policy.redact_keys`` are redacted whole, ``policy.skip_keys`` untouched.
        """
        return self.redact_values([obj])[0]

    def redact_values(self, objs: Sequence[Any]) -> list[Any]:
        """Redact many structured values with a single detector call."""
        policy = self.policy
        texts: list[str] = []  # what the detector sees: "key=" context + value
        values: list[str] = []  # what is redacted: the value alone
        prefixes: list[int] = []
        for o in objs:
            if type(o) is str:  # plain lines (the CLI's common case) skip the tree walk
                texts.append(o)
                values.append(o)
                prefixes.append(0)
                continue
            for leaf in _structured.collect(o, policy):
                texts.append(leaf.prefix + leaf.value)
                values.append(leaf.value)
                prefixes.append(len(leaf.prefix))
        found = self._detect_safely(texts)
        if any(prefixes):
            found = [
                fs if fs is None or not p else
                [Finding(max(f.start, p) - p, f.end - p, f.entity, f.score, f.source) for f in fs if f.end > p]
                for fs, p in zip(found, prefixes)
            ]
        it = iter(self._apply(values, found))
        return [next(it) if type(o) is str else _structured.rebuild(o, policy, it, self._whole) for o in objs]

    def _whole(self, key: str, value: str) -> str:
        entity = "SSN" if "ssn" in key or "social" in key else (
            "CREDIT_DEBIT_NUMBER" if "card" in key or "cvv" in key else "PASSWORD")
        action = self.policy.action_for(entity)
        if action == "keep":
            action = "mask"
        self.metrics.incr(f"findings.{entity}")
        if action == "mask":
            return self.policy.mask_char * len(value)
        return _redact.render(value, entity, self.policy) if action == "hash" else f"[{entity}]"

    # -- lifecycle ------------------------------------------------------------------

    def stats(self) -> dict[str, object]:
        """Value-free counters (records, findings per entity, fallbacks, ...)."""
        return self.metrics.snapshot()

    def close(self) -> None:
        """Release the backends' resources (idempotent)."""
        for d in (self.detector, self.fallback):
            close = getattr(d, "close", None)
            if close is not None:
                close()

    def __enter__(self) -> Redactor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


__all__ = ["CORE_ENTITIES", "Redactor"]
