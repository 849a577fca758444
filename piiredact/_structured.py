"""Walking structured values (event dicts, JSON documents) for redaction.

Two passes so detection stays batch-first: ``collect`` lists every string leaf that
needs analysis (with its key as context), one batch call analyses them all, then
``rebuild`` puts the results back in the same traversal order. Keys are kept, other
types untouched, containers rebuilt with their own type.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from ._policy import Policy


@dataclass(frozen=True, slots=True)
class Leaf:
    """A string value to analyse. ``prefix`` is context (``key=``) prepended for the
    detector only: name-like keys then work as they do in ``key=value`` text."""

    prefix: str
    value: str


_WHOLE = object()  # marker: redact the entire value (key in redact_keys)


def _key_rule(key: object, policy: Policy) -> str | None:
    if not isinstance(key, str):
        return None
    k = key.lower()
    if k in policy.skip_keys:
        return "skip"
    if k in policy.redact_keys:
        return "whole"
    return None


def collect(obj: Any, policy: Policy, key: object = None) -> list[Leaf]:
    """String leaves of ``obj`` that need detection, in traversal order."""
    out: list[Leaf] = []
    _collect(obj, policy, key, out)
    return out


def _collect(obj: Any, policy: Policy, key: object, out: list[Leaf]) -> None:
    if isinstance(obj, str):
        out.append(Leaf(f"{key}=" if isinstance(key, str) and key else "", obj))
    elif isinstance(obj, Mapping):
        for k, v in obj.items():
            rule = _key_rule(k, policy)
            if rule is None:
                _collect(v, policy, k, out)
            # skip: untouched; whole: replaced without detection
    elif isinstance(obj, (list, tuple)):
        for v in obj:
            _collect(v, policy, key, out)


def rebuild(obj: Any, policy: Policy, results: Iterator[str],
            whole: Callable[[str, str], str], key: object = None) -> Any:
    """``obj`` with each collected leaf replaced by the next of ``results``.

    ``whole(key, value)`` renders values under ``redact_keys``.
    """
    if isinstance(obj, str):
        return next(results)
    if isinstance(obj, Mapping):
        new = {}
        for k, v in obj.items():
            rule = _key_rule(k, policy)
            if rule is None:
                new[k] = rebuild(v, policy, results, whole, k)
            elif rule == "whole":
                new[k] = _redact_whole(v, str(k), whole)
            else:
                new[k] = v
        if type(obj) is not dict:
            try:
                return type(obj)(new)  # type: ignore[call-arg]  # OrderedDict and friends
            except Exception:
                return new
        return new
    if isinstance(obj, list):
        return [rebuild(v, policy, results, whole, key) for v in obj]
    if isinstance(obj, tuple):
        items = [rebuild(v, policy, results, whole, key) for v in obj]
        return type(obj)(*items) if hasattr(obj, "_fields") else tuple(items)
    return obj


def _redact_whole(value: Any, key: str, whole: Callable[[str, str], str]) -> Any:
    if isinstance(value, str):
        return whole(key, value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return whole(key, str(value))
    if isinstance(value, Mapping):
        return {k: _redact_whole(v, key, whole) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_redact_whole(v, key, whole) for v in value]
    return value
