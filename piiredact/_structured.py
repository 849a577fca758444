"""Walking structured values (event dicts, JSON documents) for redaction.

Two passes so detection stays batch-first: ``collect`` lists every string leaf that
needs analysis (with its key as context), one batch call analyses them all, then
``rebuild`` puts the results back in the same traversal order. Keys are kept, other
types untouched, containers rebuilt with their own type.

Integers of seven digits or more (four under a key that may name an SSN's last four) are leaves too: a phone, card or SSN handed over as a number
(``log.info("sms", phone=14155552671)``, a JSON body's ``"card": 4111111111111111``) is as
personal as the same digits in a string. One the detector finds a value in becomes the
redacted string; any other stays the same integer.

Hostile values are bounded, not fatal: a container nested deeper than
:data:`MAX_DEPTH` or one that contains itself (``d["self"] = d``) becomes the
placeholder in the output, so the rest of the value and its batch-mates are redacted
as usual. Both passes apply the same rule, so they stay in step.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from ._policy import Policy

#: Containers nested deeper than this are not walked (the value becomes the placeholder).
MAX_DEPTH = 64
#: What a value too deep to walk, or a cycle, becomes.
CUT_PLACEHOLDER = "[REDACTED: value too deep or recursive]"


@dataclass(frozen=True, slots=True)
class Leaf:
    """A string value to analyse. ``prefix`` is context (``key=``) prepended for the
    detector only: name-like keys then work as they do in ``key=value`` text."""

    prefix: str
    value: str


_WHOLE = object()  # marker: redact the entire value (key in redact_keys)
# The numbers worth analysing: seven digits or more (the shortest phone), or four to six under a key
# that may name an SSN's last four ("ssn_last4": 6789); timestamps in milliseconds, sizes and ids are
# analysed too, counts, ports and statuses are not. The longest, far beyond any card or phone, keeps
# str() within Python's integer-string limit.
_MIN_NUMBER = 1000
_MIN_UNKEYED = 10**6
_MAX_NUMBER = 10**64
_LAST_FOUR_KEY_PARTS = ("ssn", "4", "four", "tin", "social")


def number_text(obj: Any, key: object = None) -> str | None:
    """The digits of an integer leaf under ``key`` worth analysing (``None`` for other values, booleans included)."""
    if not isinstance(obj, int) or isinstance(obj, bool):
        return None
    size = abs(obj)
    if size < _MIN_NUMBER or size >= _MAX_NUMBER:
        return None
    if size < _MIN_UNKEYED and not (isinstance(key, str) and any(p in key.lower() for p in _LAST_FOUR_KEY_PARTS)):
        return None
    return str(int(obj))  # int(): an IntEnum's str() is its name


def leaf_prefix(key: object) -> str:
    """The detector's context for a leaf under ``key`` (``key=``), so keyed values read as in text."""
    return f"{key}=" if isinstance(key, str) and key else ""


def key_rule(key: object, policy: Policy) -> str | None:
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
    _collect(obj, policy, key, out, 0, set())
    return out


def cut_count(obj: Any, policy: Policy) -> int:
    """How many values of ``obj`` the walk replaces by :data:`CUT_PLACEHOLDER`."""
    return _count_cuts(obj, policy, 0, set())


def _is_container(obj: Any) -> bool:
    return isinstance(obj, (Mapping, list, tuple))


def _cut(obj: Any, depth: int, path: set[int]) -> bool:
    return depth >= MAX_DEPTH or id(obj) in path


def _collect(obj: Any, policy: Policy, key: object, out: list[Leaf], depth: int, path: set[int]) -> None:
    if isinstance(obj, str):
        out.append(Leaf(leaf_prefix(key), obj))
        return
    digits = number_text(obj, key)
    if digits is not None:
        out.append(Leaf(leaf_prefix(key), digits))
        return
    if not _is_container(obj) or _cut(obj, depth, path):
        return
    path.add(id(obj))
    if isinstance(obj, Mapping):
        for k, v in obj.items():
            if key_rule(k, policy) is None:
                _collect(v, policy, k, out, depth + 1, path)
            # skip: untouched; whole: replaced without detection
    else:
        for v in obj:
            _collect(v, policy, key, out, depth + 1, path)
    path.discard(id(obj))


def _count_cuts(obj: Any, policy: Policy, depth: int, path: set[int]) -> int:
    if not _is_container(obj):
        return 0
    if _cut(obj, depth, path):
        return 1
    path.add(id(obj))
    items = (v for k, v in obj.items() if key_rule(k, policy) is None) if isinstance(obj, Mapping) else obj
    n = sum(_count_cuts(v, policy, depth + 1, path) for v in items)
    path.discard(id(obj))
    return n


def rebuild(obj: Any, policy: Policy, results: Iterator[str],
            whole: Callable[[str, str], str], key: object = None) -> Any:
    """``obj`` with each collected leaf replaced by the next of ``results``.

    ``whole(key, value)`` renders values under ``redact_keys``.
    """
    return _rebuild(obj, policy, results, whole, key, 0, set())


def _rebuild(obj: Any, policy: Policy, results: Iterator[str], whole: Callable[[str, str], str],
             key: object, depth: int, path: set[int]) -> Any:
    if isinstance(obj, str):
        return next(results)
    digits = number_text(obj, key)
    if digits is not None:
        redacted = next(results)
        return obj if redacted == digits else redacted
    if not _is_container(obj):
        return obj
    if _cut(obj, depth, path):
        return CUT_PLACEHOLDER
    path.add(id(obj))
    try:
        if isinstance(obj, Mapping):
            new = {}
            for k, v in obj.items():
                rule = key_rule(k, policy)
                if rule is None:
                    new[k] = _rebuild(v, policy, results, whole, k, depth + 1, path)
                elif rule == "whole":
                    new[k] = _redact_whole(v, str(k), whole, depth + 1, path)
                else:
                    new[k] = v
            if type(obj) is not dict:
                try:
                    return type(obj)(new)  # type: ignore[call-arg]  # OrderedDict and friends
                except Exception:
                    return new
            return new
        items = [_rebuild(v, policy, results, whole, key, depth + 1, path) for v in obj]
        if isinstance(obj, list):
            return items
        return type(obj)(*items) if hasattr(obj, "_fields") else tuple(items)
    finally:
        path.discard(id(obj))


def _redact_whole(value: Any, key: str, whole: Callable[[str, str], str], depth: int = 0,
                  path: set[int] | None = None) -> Any:
    if isinstance(value, str):
        return whole(key, value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return whole(key, str(value))
    if not _is_container(value):
        return value
    path = set() if path is None else path
    if _cut(value, depth, path):
        return CUT_PLACEHOLDER
    path.add(id(value))
    try:
        if isinstance(value, Mapping):
            return {k: _redact_whole(v, key, whole, depth + 1, path) for k, v in value.items()}
        return [_redact_whole(v, key, whole, depth + 1, path) for v in value]
    finally:
        path.discard(id(value))
